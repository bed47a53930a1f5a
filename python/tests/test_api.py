"""py-seccure 0.5's API and behaviour, and what this module adds.

Known answers from py-seccure's documentation (README, tests, PR #16). Each
was checked against Debian's seccure 0.5 before it was written down here:

    $ printf 'my private key\\n' > pw; seccure-key -q -F pw
    8W;>i^H0qi|J&$coR5MFpR*Vn
    $ printf 'test\\n' > pw2; seccure-key -q -F pw2
    *jMVCU^[QC&q*v_8C1ZAFBAgD
    $ printf 'This message will be signed\\n' > m; seccure-sign -q -F pw -i m -s /dev/stdout
    $HPI?t(I*1vAYsl$|%21WXND=6Br*[>k(OR9B!GOwHqL0s+3Uq
    $ printf 'ttrMWDqBxjC8UAl8X4TRDSSpd1IyYMh4\\n' > m2; seccure-sign -q -F pw -i m2 -s /dev/stdout
    !!!5{LV[=|t~46wS2y<Ub9Ol;uO/fPGU*JYKid+|(JBMspwk7S
    $ seccure-decrypt -F pw -i readme.ct     # README_CIPHERTEXT below
    This is a very secret message
    Integrity check successful, message unforged!

test_known_answers_agree_with_debian re-checks them on every run.
"""
import array
import hashlib
import io
import os

import pytest

import seccure

PW = b"my private key"
PK = "8W;>i^H0qi|J&$coR5MFpR*Vn"
SIGNED = b"This message will be signed\n"
SIG = b"$HPI?t(I*1vAYsl$|%21WXND=6Br*[>k(OR9B!GOwHqL0s+3Uq"
# py-seccure PR #16: a signature whose compact form starts with '!' digits
PADDED_MSG = b"ttrMWDqBxjC8UAl8X4TRDSSpd1IyYMh4\n"
PADDED_SIG = b"!!!5{LV[=|t~46wS2y<Ub9Ol;uO/fPGU*JYKid+|(JBMspwk7S"
# py-seccure's README: seccure.encrypt(b'This is a very secret message\n', PK)
README_CIPHERTEXT = (b"\x00\x146\x17\xe9\xc1\x1a\x7fkX\xec\xa0n,h\xb4\xd0\x98\xeaO[\xf8\xfa\x85\xaa"
                     b"\xb37!\xf0j\x0e\xd4\xd0\x8b\xfe}\x8a\xd2+\xf2\xceu\x07\x90K2E\x12\x1d\xf1"
                     b"\xd8\x8f\xc6\x91\t<w\x99\x1b9\x98")
README_PLAIN = b"This is a very secret message\n"

ALL = seccure.curves


# --- known answers ---------------------------------------------------------------

def test_passphrase_to_pubkey():
    assert str(seccure.passphrase_to_pubkey(b"test")) == "*jMVCU^[QC&q*v_8C1ZAFBAgD"
    assert str(seccure.passphrase_to_pubkey(PW)) == PK
    for c in ALL:
        seccure.passphrase_to_pubkey(b"test", curve=c)


def test_pubkey_repr_and_forms():
    k = seccure.passphrase_to_pubkey(PW)
    assert repr(k) == "<PubKey 8W;>i^H0qi|J&$coR5MFpR*Vn>"  # py-seccure issue 5
    assert k.to_bytes(seccure.SER_COMPACT) == PK.encode()
    assert k.to_string(seccure.SER_COMPACT) == PK
    binary = k.to_bytes(seccure.SER_BINARY)
    assert len(binary) == 21 and k.to_bytes() == binary
    assert seccure.Curve.by_name("secp160r1").pubkey_from_string(binary) == k
    assert seccure.Curve.by_name("secp160r1").pubkey_from_string(PK, seccure.SER_COMPACT) == k
    assert hash(k) == hash(seccure.passphrase_to_pubkey(PW))


def test_sign_known_answer():
    assert seccure.sign(SIGNED, PW) == SIG
    assert isinstance(seccure.sign(SIGNED, PW), bytes)


def test_sign_pads_compact_signatures():
    assert seccure.sign(PADDED_MSG, PW) == PADDED_SIG


def test_verify_known_answer():
    assert seccure.verify(SIGNED, SIG, PK) is True
    assert seccure.verify(SIGNED, SIG.decode(), PK.encode())
    assert not seccure.verify(SIGNED + b"x", SIG, PK)


def test_verify_accepts_unpadded_compact_signatures():
    # py-seccure reads a compact signature as a number of any length
    assert seccure.verify(PADDED_MSG, PADDED_SIG.lstrip(b"!"), PK)
    assert seccure.verify(PADDED_MSG, b"!" + PADDED_SIG, PK)
    binary = seccure.sign(PADDED_MSG, PW, sig_format=seccure.SER_BINARY)
    assert seccure.verify(PADDED_MSG, binary.lstrip(b"\0"), PK, sig_format=seccure.SER_BINARY)
    assert not seccure.verify(PADDED_MSG, b"", PK)


def test_decrypt_readme_ciphertext():
    assert seccure.decrypt(README_CIPHERTEXT, PW) == README_PLAIN


def test_known_answers_agree_with_debian(orig):
    pw = orig.pwfile(PW)
    assert orig.run("key", ["-q", "-F", pw]).stdout == PK.encode() + b"\n"
    assert orig.run("key", ["-q", "-F", orig.pwfile(b"test")]).stdout == b"*jMVCU^[QC&q*v_8C1ZAFBAgD\n"
    assert orig.sign(["-q", "-F", pw, "-i", orig.file(SIGNED)]) == SIG + b"\n"
    assert orig.sign(["-q", "-F", pw, "-i", orig.file(PADDED_MSG)]) == PADDED_SIG + b"\n"
    out = orig.run("decrypt", ["-q", "-F", pw, "-i", orig.file(README_CIPHERTEXT)]).stdout
    assert out == README_PLAIN


# --- round trips on every curve ---------------------------------------------------

@pytest.mark.parametrize("curve", ALL)
def test_round_trips(curve):
    msg = b"My private message"
    pk = str(seccure.passphrase_to_pubkey(PW, curve=curve))
    assert seccure.decrypt(seccure.encrypt(msg, pk, curve=curve), PW, curve=curve) == msg
    sig = seccure.sign(msg, PW, curve=curve)
    c = seccure.Curve.by_name(curve)
    assert len(sig) == c.sig_len_compact
    assert seccure.verify(msg, sig, pk, curve=curve)
    binsig = seccure.sign(msg, PW, sig_format=seccure.SER_BINARY, curve=curve)
    assert len(binsig) == c.sig_len_bin
    assert seccure.verify(msg, binsig, pk, sig_format=seccure.SER_BINARY, curve=curve)
    assert seccure.veridec(seccure.signcrypt(msg, b"me", pk, curve="p160", pk_curve=curve), PW,
                           str(seccure.passphrase_to_pubkey(b"me")), curve=curve) == msg


def test_curves():
    assert len(ALL) == 15
    assert ALL[:3] == ["secp112r1", "secp128r1", "secp160r1"]
    assert "secp256r1/nistp256" in ALL and ALL[-1] == "brainpoolp512r1"
    c = seccure.Curve.by_name("secp256r1/nistp256")
    assert repr(c) == "<Curve secp256r1/nistp256>"
    assert (c.pk_len_bin, c.pk_len_compact, c.sig_len_bin, c.sig_len_compact) == (33, 40, 64, 79)
    assert c.order == 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
    assert c.key_bytes == 33 and c.cofactor == 1
    # lookups
    assert seccure.Curve.by_pk_len(25).name == "secp160r1"  # the first of two
    assert seccure.Curve.by_name_substring("NISTP521").name == "secp521r1/nistp521"
    with pytest.raises(KeyError):
        seccure.Curve.by_name_substring("p160")  # secp160r1 and brainpoolp160r1
    with pytest.raises(KeyError):
        seccure.Curve.by_pk_len(26)
    # seccure's -c rule as an extension: the first curve containing the text
    assert seccure.Curve.by_name("p160").name == "secp160r1"
    assert seccure.Curve.by_name("nistp256").name == "secp256r1/nistp256"


def test_curve_methods():
    c = seccure.Curve.by_name("brainpoolp256r1")
    k = c.passphrase_to_privkey(PW)
    assert k.curve == c and repr(k) == "<PrivKey of brainpoolp256r1>"
    assert k.pubkey == c.passphrase_to_pubkey(PW)
    ct = k.pubkey.encrypt(b"data", mac_bytes=4)
    assert c.decrypt(ct, k, mac_bytes=4) == b"data"
    assert k.decrypt(ct, 4) == b"data"
    with c.decrypt_from(io.BytesIO(ct), k, 4) as f:
        assert f.read() == b"data"
    h = hashlib.sha512(b"m").digest()
    sig = k.sign(h)
    assert k.pubkey.verify(h, sig)
    assert k.pubkey.verify(h, k.sign(h, seccure.SER_COMPACT), seccure.SER_COMPACT)
    assert not k.pubkey.verify(hashlib.sha512(b"n").digest(), sig)


# --- generate_keypair -------------------------------------------------------------------

@pytest.mark.parametrize("curve", ["secp160r1", "secp521r1/nistp521", "brainpoolp384r1"])
def test_generate_keypair(curve):
    passphrase, pubkey = seccure.generate_keypair(curve=curve)
    assert isinstance(passphrase, bytes) and isinstance(pubkey, str)
    assert pubkey == str(seccure.passphrase_to_pubkey(passphrase, curve=curve))
    assert len(pubkey) == seccure.Curve.by_name(curve).pk_len_compact
    assert set(passphrase) <= set(seccure.COMPACT_DIGITS) and not passphrase.startswith(b"!")
    assert seccure.generate_keypair(curve=curve)[0] != passphrase


def test_generate_keypair_randfunc():
    calls = []

    def randfunc(n):
        calls.append(n)
        return bytes([0, 0]) + bytes(range(1, n - 1))

    passphrase, pubkey = seccure.generate_keypair(randfunc=randfunc)
    assert calls == [21]
    # the number in as few base-90 digits as it needs (leading zeros dropped)
    n = int.from_bytes(bytes([0, 0]) + bytes(range(1, 20)), "big")
    digits = b""
    while n:
        n, r = divmod(n, 90)
        digits = seccure.COMPACT_DIGITS[r:r + 1] + digits
    assert passphrase == digits
    assert pubkey == str(seccure.passphrase_to_pubkey(passphrase))
    assert seccure.generate_keypair(randfunc=lambda n: bytes(n))[0] == b""


# --- exceptions ---------------------------------------------------------------------------

def test_text_is_refused():
    with pytest.raises(ValueError):
        seccure.passphrase_to_pubkey("test")
    with pytest.raises(ValueError):
        seccure.encrypt("text", PK)
    with pytest.raises(ValueError):
        seccure.decrypt("text", PW)
    with pytest.raises(ValueError):
        seccure.decrypt(b"x" * 40, "my private key")
    with pytest.raises(ValueError):
        seccure.sign("text", PW)
    with pytest.raises(ValueError):
        seccure.sign(b"text", "my private key")
    with pytest.raises(ValueError):
        seccure.verify("text", SIG, PK)
    with pytest.raises(ValueError):
        seccure.signcrypt("text", PW, PK)
    with pytest.raises(TypeError):
        seccure.encrypt(12, PK)


def test_unknown_curves_and_key_lengths_are_key_errors():
    with pytest.raises(KeyError):
        seccure.passphrase_to_pubkey(PW, curve="secp999r1")
    with pytest.raises(KeyError):
        seccure.decrypt(README_CIPHERTEXT, PW, curve="nope")
    with pytest.raises(KeyError):
        seccure.sign(b"m", PW, curve="")
    with pytest.raises(KeyError):
        seccure.encrypt(b"m", PK + "x")  # no curve has 26-character keys
    with pytest.raises(KeyError):
        seccure.verify(b"m", SIG, PK[:-1])
    with pytest.raises(KeyError):
        seccure.generate_keypair(curve="nope")


def test_invalid_keys():
    bad_char = PK[:-1] + " "
    with pytest.raises(KeyError):  # py-seccure: KeyError
        seccure.encrypt(b"m", bad_char)
    with pytest.raises(ValueError):  # ... and ours is a ValueError as well
        seccure.encrypt(b"m", bad_char)
    with pytest.raises(seccure.InvalidCharacterError):
        seccure.verify(b"m", SIG, "\u00e9" * 25)
    # not a point of the curve
    not_a_point = "~" * 25  # beyond 2p: no point
    with pytest.raises(ValueError):
        seccure.encrypt(b"m", not_a_point)
    with pytest.raises(ValueError):
        seccure.encrypt(b"m", PK, curve="secp128r1")  # 25 characters: too long for secp128r1
    with pytest.raises(ValueError):
        seccure.Curve.by_name("secp160r1").pubkey_from_string(b"\x05" * 21)
    with pytest.raises(ValueError):
        seccure.encrypt(b"m", PK, pk_format=7)


def test_invalid_signatures():
    with pytest.raises(KeyError):
        seccure.verify(SIGNED, SIG[:-1] + b" ", PK)
    with pytest.raises(ValueError):
        seccure.verify(SIGNED, "text", PK, sig_format=seccure.SER_BINARY)
    assert not seccure.verify(SIGNED, b"~" * 60, PK)  # a number beyond s*n + r


def test_decrypt_failures():
    ct = seccure.encrypt(b"secret", PK)
    assert issubclass(seccure.IntegrityError, ValueError)
    with pytest.raises(seccure.IntegrityError):
        seccure.decrypt(ct, b"wrong passphrase")
    with pytest.raises(seccure.IntegrityError):
        seccure.decrypt(ct[:-1] + bytes([ct[-1] ^ 1]), PW)
    with pytest.raises(seccure.IntegrityError):
        seccure.decrypt(ct, PW, mac_bytes=9)
    with pytest.raises(seccure.IntegrityError):
        seccure.decrypt(ct[:21 + 5], PW)  # shorter than the MAC
    with pytest.raises(ValueError):
        seccure.decrypt(ct[:20], PW)  # shorter than the header
    with pytest.raises(ValueError):
        seccure.decrypt(b"\x05" * 21 + ct[21:], PW)  # header: not a point
    with pytest.raises(ValueError):
        seccure.encrypt(b"m", PK, mac_bytes=33)
    with pytest.raises(ValueError):
        seccure.encrypt(b"m", PK, mac_bytes=-1)


@pytest.mark.parametrize("mac_bytes", [0, 1, 10, 32])
def test_mac_lengths(mac_bytes):
    ct = seccure.encrypt(b"abc", PK, mac_bytes=mac_bytes)
    assert len(ct) == 21 + 3 + mac_bytes
    assert seccure.decrypt(ct, PW, mac_bytes=mac_bytes) == b"abc"
    assert seccure.decrypt(seccure.encrypt(b"", PK, mac_bytes=mac_bytes), PW, mac_bytes=mac_bytes) == b""


# --- bytes-like arguments ------------------------------------------------------------------

@pytest.mark.parametrize("kind", [bytes, bytearray, memoryview, lambda b: array.array("B", b),
                                  lambda b: memoryview(b"__" + b + b"__")[2:-2]])
def test_bytes_like(kind):
    msg, pw = b"bytes-like message", PW
    ct = seccure.encrypt(kind(msg), PK)
    assert seccure.decrypt(kind(ct), kind(pw)) == msg
    assert seccure.sign(kind(msg), kind(pw)) == seccure.sign(msg, pw)
    assert seccure.verify(kind(msg), kind(seccure.sign(msg, pw)), kind(PK.encode()))
    binsig = seccure.sign(msg, pw, sig_format=seccure.SER_BINARY)
    assert seccure.verify(kind(msg), kind(binsig), PK, sig_format=seccure.SER_BINARY)
    assert str(seccure.passphrase_to_pubkey(kind(pw))) == PK
    sc = seccure.signcrypt(kind(msg), kind(pw), PK)
    assert seccure.veridec(kind(sc), kind(pw), PK) == msg


def test_non_contiguous_buffers_are_refused():
    with pytest.raises((TypeError, BufferError, ValueError)):
        seccure.encrypt(memoryview(b"abcdef")[::2], PK)


# --- streaming contexts and files ----------------------------------------------------------

def test_encrypt_to_decrypt_from():
    k = seccure.passphrase_to_pubkey(PW)
    out = io.BytesIO()
    with k.encrypt_to(out) as f:
        f.write(b"Hello, ")
        f.write(bytearray(b"World"))
        f.write(memoryview(b"!"))
    ct = out.getvalue()
    assert seccure.decrypt(ct, PW) == b"Hello, World!"
    with pytest.raises(IOError):
        f.write(b"more")

    priv = seccure.Curve.by_name("secp160r1").passphrase_to_privkey(PW)
    with priv.decrypt_from(io.BytesIO(ct)) as f:
        assert f.read(5) == b"Hello"  # exactly n bytes, as py-seccure
        assert f.read(3) == b", W"
        assert f.read(100) == b"orld!"
        assert f.read(1) == b""
    with priv.decrypt_from(io.BytesIO(ct)) as f:
        assert f.read() == b"Hello, World!"

    # a forged stream fails at its end, inside or at the end of the block
    forged = ct[:-1] + bytes([ct[-1] ^ 1])
    with pytest.raises(seccure.IntegrityError):
        with priv.decrypt_from(io.BytesIO(forged)) as f:
            f.read()
    with pytest.raises(seccure.IntegrityError):
        with priv.decrypt_from(io.BytesIO(forged)) as f:
            f.read(4)  # the rest is read (and checked) when the block ends


def test_encrypt_to_without_finish_on_error():
    out = io.BytesIO()
    with pytest.raises(RuntimeError):
        with seccure.passphrase_to_pubkey(PW).encrypt_to(out) as f:
            f.write(b"partial")
            raise RuntimeError
    assert len(out.getvalue()) == 21 + 7  # no MAC: it will not decrypt
    with pytest.raises(seccure.IntegrityError):
        seccure.decrypt(out.getvalue(), PW)


def test_files_by_path(tmp_path):
    msg = os.urandom(100000)
    src, enc, dec = tmp_path / "m", tmp_path / "m.enc", tmp_path / "m.dec"
    src.write_bytes(msg)
    seccure.encrypt_file(str(src), str(enc), PK)
    assert enc.stat().st_size == 21 + len(msg) + 10
    seccure.decrypt_file(str(enc), str(dec), PW)
    assert dec.read_bytes() == msg
    # bytes and os.PathLike paths, other chunk sizes
    seccure.encrypt_file(os.fsencode(str(src)), enc, PK, chunk_size=7)
    seccure.decrypt_file(enc, os.fsencode(str(dec)), PW, chunk_size=1000)
    assert dec.read_bytes() == msg


def test_files_by_object(tmp_path):
    msg = b"My private message"
    enc = io.BytesIO()
    seccure.encrypt_file(io.BytesIO(msg), enc, PK)
    dec = io.BytesIO()
    seccure.decrypt_file(io.BytesIO(enc.getvalue()), dec, PW)
    assert dec.getvalue() == msg
    p = tmp_path / "f"
    with open(p, "wb") as fo:
        seccure.encrypt_file(io.BytesIO(msg), fo, PK)
    with open(p, "rb") as fi:
        out = io.BytesIO()
        seccure.decrypt_file(fi, out, PW)
    assert out.getvalue() == msg


def test_decrypt_file_failure_removes_output_path(tmp_path):
    enc, dec = tmp_path / "m.enc", tmp_path / "m.dec"
    seccure.encrypt_file(io.BytesIO(b"x" * 1000), str(enc), PK)
    data = bytearray(enc.read_bytes())
    data[-1] ^= 1
    enc.write_bytes(bytes(data))
    with pytest.raises(seccure.IntegrityError):
        seccure.decrypt_file(str(enc), str(dec), PW)
    assert not dec.exists()
    out = io.BytesIO()
    with pytest.raises(seccure.IntegrityError):
        seccure.decrypt_file(str(enc), out, PW)


def test_sign_and_verify_file(tmp_path):
    p = tmp_path / "m"
    p.write_bytes(SIGNED)
    assert seccure.sign_file(str(p), PW) == SIG
    assert seccure.verify_file(str(p), SIG, PK)
    assert seccure.verify_file(io.BytesIO(SIGNED), SIG, PK, chunk_size=3)
    assert not seccure.verify_file(io.BytesIO(SIGNED + b"!"), SIG, PK)


# --- signcryption and DH -------------------------------------------------------------------

def test_signcrypt_veridec():
    alice, bob = b"alice", b"bob"
    bob_pk = str(seccure.passphrase_to_pubkey(bob, curve="secp256r1/nistp256"))
    alice_pk = str(seccure.passphrase_to_pubkey(alice))
    ct = seccure.signcrypt(b"for bob", alice, bob_pk)  # bob's curve from his key's length
    assert len(ct) == 33 + 7 + 41  # pk_bin(p256) + message + sig_bin(p160)
    assert seccure.veridec(ct, bob, alice_pk, curve="secp256r1/nistp256") == b"for bob"
    with pytest.raises(seccure.IntegrityError):
        seccure.veridec(ct, bob, str(seccure.passphrase_to_pubkey(b"mallory")), curve="secp256r1/nistp256")
    with pytest.raises(seccure.IntegrityError):
        seccure.veridec(ct[:-1] + bytes([ct[-1] ^ 1]), bob, alice_pk, curve="secp256r1/nistp256")
    with pytest.raises(seccure.IntegrityError):
        seccure.veridec(ct[:40], bob, alice_pk, curve="secp256r1/nistp256")
    with pytest.raises(ValueError):
        seccure.veridec(ct[:10], bob, alice_pk, curve="secp256r1/nistp256")


def test_signcrypt_files(tmp_path):
    msg = os.urandom(300000)
    out = io.BytesIO()
    seccure.signcrypt_file(io.BytesIO(msg), out, b"alice", str(seccure.passphrase_to_pubkey(b"bob")))
    res = tmp_path / "res"
    seccure.veridec_file(io.BytesIO(out.getvalue()), str(res), b"bob", str(seccure.passphrase_to_pubkey(b"alice")))
    assert res.read_bytes() == msg
    with pytest.raises(seccure.IntegrityError):
        seccure.veridec_file(io.BytesIO(out.getvalue()), str(res), b"bob", PK)
    assert not res.exists()


@pytest.mark.parametrize("curve", ALL)
def test_dh(curve):
    a, b = seccure.DiffieHellman(curve), seccure.DiffieHellman(curve)
    c = seccure.Curve.by_name(curve)
    assert len(a.pubkey) == c.pk_len_compact and a.pubkey != b.pubkey
    ka, kb = a.complete(b.pubkey), b.complete(a.pubkey.encode())
    assert ka == kb and ka.established != ka.verification
    assert len(ka.established) == len(ka.verification) == c.dh_len_compact
    with pytest.raises(ValueError):
        a.complete("~" * c.pk_len_compact)  # beyond 2p: no point
