"""Interoperability with Debian's seccure 0.5 (/usr/bin/seccure-*), both
ways, on all fifteen curves: keys, encryption, signatures (compact and
binary), signcryption and Diffie-Hellman. If the tools are missing, every
test here fails (see the `orig` fixture)."""
import io
import os
import random
import select
import subprocess
import time

import pytest

import seccure

ALL = seccure.curves
rng = random.Random(11)
PRINTABLE = bytes(range(0x21, 0x7f))


def passphrase():
    return bytes(rng.choice(PRINTABLE) for _ in range(rng.randint(1, 40)))


def msg():
    return bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 3000)))


@pytest.mark.parametrize("curve", ALL)
def test_keys(orig, curve):
    for p in (passphrase(), passphrase(), b"seccure is secure"):
        theirs = orig.run("key", ["-q", "-c", curve, "-F", orig.pwfile(p)]).stdout
        assert theirs == str(seccure.passphrase_to_pubkey(p, curve=curve)).encode() + b"\n"
    p, k = seccure.generate_keypair(curve=curve)
    assert orig.run("key", ["-q", "-c", curve, "-F", orig.pwfile(p)]).stdout == k.encode() + b"\n"


@pytest.mark.parametrize("curve", ALL)
def test_encrypt_ours_decrypt_theirs(orig, curve):
    p = passphrase()
    pk = str(seccure.passphrase_to_pubkey(p, curve=curve))
    pw = orig.pwfile(p)
    for mac_bytes, m in ((10, msg()), (32, msg()), (0, msg()), (10, b"")):
        ct = seccure.encrypt(m, pk, curve=curve, mac_bytes=mac_bytes)
        out = orig.file(b"")
        orig.run("decrypt", ["-q", "-m", str(8 * mac_bytes), "-c", curve, "-F", pw,
                             "-i", orig.file(ct), "-o", out])
        with open(out, "rb") as f:
            assert f.read() == m
    # and a modified one is refused
    ct = bytearray(seccure.encrypt(b"attack at dawn", pk, curve=curve))
    ct[-3] ^= 4
    r = orig.run("decrypt", ["-q", "-c", curve, "-F", pw, "-i", orig.file(bytes(ct)), "-o", orig.file(b"")],
                 check=False)
    assert r.returncode != 0


@pytest.mark.parametrize("curve", ALL)
def test_encrypt_theirs_decrypt_ours(orig, curve):
    p = passphrase()
    pk = str(seccure.passphrase_to_pubkey(p, curve=curve))
    for mac_bits, m in ((80, msg()), (256, msg()), (0, msg()), (80, b"")):
        out = orig.file(b"")
        orig.run("encrypt", ["-q", "-m", str(mac_bits), "-c", curve, "-i", orig.file(m), "-o", out, "--", pk])
        with open(out, "rb") as f:
            ct = f.read()
        assert seccure.decrypt(ct, p, curve=curve, mac_bytes=mac_bits // 8) == m
        got = io.BytesIO()
        seccure.decrypt_file(io.BytesIO(ct), got, p, curve=curve, mac_bytes=mac_bits // 8, chunk_size=100)
        assert got.getvalue() == m


@pytest.mark.parametrize("curve", ALL)
def test_sign_ours_verify_theirs(orig, curve):
    p, m = passphrase(), msg()
    pk = str(seccure.passphrase_to_pubkey(p, curve=curve))
    mfile = orig.file(m)
    sig = seccure.sign(m, p, curve=curve).decode()
    orig.run("verify", ["-q", "-c", curve, "-i", mfile, "--", pk, sig])
    binsig = seccure.sign(m, p, sig_format=seccure.SER_BINARY, curve=curve)
    orig.run("verify", ["-q", "-b", "-c", curve, "-i", mfile, "-s", orig.file(binsig), "--", pk])
    r = orig.run("verify", ["-q", "-c", curve, "-i", orig.file(m + b"x"), "--", pk, sig], check=False)
    assert r.returncode != 0
    # and the signatures are theirs, byte for byte (seccure's are deterministic)
    assert orig.sign(["-q", "-c", curve, "-F", orig.pwfile(p), "-i", mfile]) == sig.encode() + b"\n"


@pytest.mark.parametrize("curve", ALL)
def test_sign_theirs_verify_ours(orig, curve):
    p, m = passphrase(), msg()
    pk = str(seccure.passphrase_to_pubkey(p, curve=curve))
    pw, mfile = orig.pwfile(p), orig.file(m)
    sig = orig.sign(["-q", "-c", curve, "-F", pw, "-i", mfile]).rstrip(b"\n")
    assert seccure.verify(m, sig, pk, curve=curve)
    assert not seccure.verify(m + b"x", sig, pk, curve=curve)
    binsig = orig.sign(["-q", "-b", "-c", curve, "-F", pw, "-i", mfile])
    assert seccure.verify(m, binsig, pk, sig_format=seccure.SER_BINARY, curve=curve)
    assert seccure.verify_file(io.BytesIO(m), binsig, pk, sig_format=seccure.SER_BINARY, curve=curve,
                               chunk_size=64)


def _pair(curve):
    """A signature curve to go with `curve` (another one, for mixed pairs)."""
    return ALL[(ALL.index(curve) + 5) % len(ALL)]


@pytest.mark.parametrize("curve", ALL)
def test_signcrypt_ours_veridec_theirs(orig, curve):
    for sig_curve in (curve, _pair(curve)):
        sp, rp, m = passphrase(), passphrase(), msg()
        rpk = str(seccure.passphrase_to_pubkey(rp, curve=curve))
        spk = str(seccure.passphrase_to_pubkey(sp, curve=sig_curve))
        ct = seccure.signcrypt(m, sp, rpk, curve=sig_curve, pk_curve=curve)
        out = orig.file(b"")
        orig.run("veridec", ["-q", "-c", curve, "-c", sig_curve, "-F", orig.pwfile(rp),
                             "-i", orig.file(ct), "-o", out, "--", spk])
        with open(out, "rb") as f:
            assert f.read() == m


@pytest.mark.parametrize("curve", ALL)
def test_signcrypt_theirs_veridec_ours(orig, curve):
    for sig_curve in (curve, _pair(curve)):
        sp, rp, m = passphrase(), passphrase(), msg()
        rpk = str(seccure.passphrase_to_pubkey(rp, curve=curve))
        spk = str(seccure.passphrase_to_pubkey(sp, curve=sig_curve))
        out = orig.file(b"")
        orig.run("signcrypt", ["-q", "-c", sig_curve, "-c", curve, "-F", orig.pwfile(sp),
                               "-i", orig.file(m), "-o", out, "--", rpk])
        with open(out, "rb") as f:
            ct = f.read()
        assert seccure.veridec(ct, rp, spk, curve=curve, pk_curve=sig_curve) == m
        got = io.BytesIO()
        seccure.veridec_file(io.BytesIO(ct), got, rp, spk, curve=curve, pk_curve=sig_curve, chunk_size=77)
        assert got.getvalue() == m


def _stderr_line(proc, deadline):
    fd, buf = proc.stderr.fileno(), b""
    while not buf.endswith(b"\n"):
        left = deadline - time.monotonic()
        assert left > 0, "seccure-dh printed no key: %r" % buf
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 1)
            assert chunk, "seccure-dh closed stderr: %r" % buf
            buf += chunk
    return buf[:-1]


@pytest.mark.parametrize("curve", ALL)
def test_dh_with_theirs(orig, curve):
    ours = seccure.DiffieHellman(curve)
    proc = subprocess.Popen([os.path.join(orig.bindir, "seccure-dh"), "-q", "-i", "/dev/null", "-c", curve],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        their_key = _stderr_line(proc, time.monotonic() + 30)
        out, err = proc.communicate(ours.pubkey.encode() + b"\n", timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    keys = ours.complete(their_key)
    assert out == ("%s\n%s\n" % keys).encode()
