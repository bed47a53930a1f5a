"""Elliptic curve cryptography compatible with seccure 0.5.

A drop-in replacement for py-seccure 0.5 (same functions, defaults, return
types and exceptions) on seccure++'s constant-time C++ core, plus what
py-seccure lacks: signcryption (signcrypt/veridec), Diffie-Hellman, and
messages of any size streamed in constant memory (the *_file functions, the
encrypt_to/decrypt_from contexts, sign_file/verify_file).

    >>> import seccure
    >>> str(seccure.passphrase_to_pubkey(b'my private key'))
    '8W;>i^H0qi|J&$coR5MFpR*Vn'
    >>> ct = seccure.encrypt(b'hello', b'8W;>i^H0qi|J&$coR5MFpR*Vn')
    >>> seccure.decrypt(ct, b'my private key')
    b'hello'

Byte strings: messages, ciphertexts, passphrases and binary keys or
signatures may be any bytes-like object (bytes, bytearray, memoryview, ...);
a str raises ValueError, as in py-seccure. Compact keys and signatures may
be str or bytes. The GIL is released while the core computes.

Where this module deliberately differs from py-seccure, it is safer or
fixes a py-seccure bug; each difference is marked "(py-seccure: ...)" below.
"""

import collections
import os

from . import _seccure

__version__ = "0.5.0"

__all__ = [
    "IntegrityError", "SER_COMPACT", "SER_BINARY", "curves", "Curve", "PubKey", "PrivKey",
    "EncryptionContext", "DecryptionContext", "passphrase_to_pubkey", "generate_keypair",
    "encrypt", "decrypt", "encrypt_file", "decrypt_file", "sign", "verify",
    "sign_file", "verify_file", "signcrypt", "veridec", "signcrypt_file", "veridec_file",
    "DiffieHellman", "DHKeys", "InvalidCharacterError",
]

# Raised when a MAC tag (decrypt) or an embedded signature (veridec) does
# not match. A ValueError, as in py-seccure.
IntegrityError = _seccure.IntegrityError


class InvalidCharacterError(KeyError, ValueError):
    """A compact (base-90) string holds a character outside the alphabet.

    py-seccure raises KeyError here (its digit lookup fails); this is both a
    KeyError and a ValueError, so either handler catches it.
    """

    def __str__(self):
        return Exception.__str__(self)


# Serialization formats of keys and signatures
SER_COMPACT = 0
SER_BINARY = 1

COMPACT_DIGITS = (b"!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                  b"[]^_abcdefghijklmnopqrstuvwxyz{|}~")
_COMPACT_SET = frozenset(COMPACT_DIGITS.decode("ascii"))

# Files are read and written in pieces of this size by the *_file functions
# (py-seccure's default was 4096; the size changes nothing but speed).
DEFAULT_CHUNK_SIZE = 1 << 18

_PARAMS = collections.OrderedDict((c["name"], c) for c in _seccure.curves)
# The fifteen curve names, in seccure's order (py-seccure's `curves`).
curves = list(_PARAMS)


# --- argument checks ---------------------------------------------------------

def _no_text(x, what):
    if isinstance(x, str):
        raise ValueError("Encode `%s` to a bytestring yourself to prevent problems "
                         "with different default encodings" % what)
    return x


def _compact_text(x):
    """A compact string (str or bytes-like) as str, every character checked."""
    if not isinstance(x, str):
        try:
            x = bytes(x).decode("ascii")
        except UnicodeDecodeError:
            raise InvalidCharacterError("a character is outside the compact alphabet") from None
    if not _COMPACT_SET.issuperset(x):
        bad = next(c for c in x if c not in _COMPACT_SET)
        raise InvalidCharacterError("%r is outside the compact alphabet" % bad)
    return x


def _check_format(fmt):
    if fmt not in (SER_COMPACT, SER_BINARY):
        raise ValueError("unknown format %r (SER_COMPACT or SER_BINARY)" % (fmt,))


def _is_path(x):
    # py-seccure: str or bytes are paths; os.PathLike is accepted too.
    return isinstance(x, (str, bytes, os.PathLike))


def _compact_len(nbytes):
    """Digits of the largest value of `nbytes` bytes (seccure's lengths)."""
    top, d = 256 ** nbytes - 1, 0
    while top:
        top //= 90
        d += 1
    return d


# --- curves --------------------------------------------------------------------

class Curve(object):
    """One of the fifteen seccure curves (py-seccure's Curve)."""

    _cache = {}

    def __init__(self, name):
        """Use Curve.by_name, Curve.by_name_substring or Curve.by_pk_len."""
        p = _PARAMS[name]
        self.name = name
        self.m = int(p["p"], 16)
        self.a = int(p["a"], 16)
        self.b = int(p["b"], 16)
        self.order = int(p["n"], 16)
        self.cofactor = 1
        self.base_x = int(p["gx"], 16)
        self.base_y = int(p["gy"], 16)
        self.pk_len_bin = p["pk_bin"]
        self.pk_len_compact = p["pk_compact"]
        self.sig_len_bin = p["sig_bin"]
        self.sig_len_compact = p["sig_compact"]
        self.dh_len_bin = p["dh_bin"]
        self.dh_len_compact = p["dh_compact"]
        self.elem_len_bin = p["elem_bin"]
        self.order_len_bin = p["order_bin"]

    @classmethod
    def _get(cls, name):
        c = cls._cache.get(name)
        if c is None:
            c = cls._cache[name] = cls(name)
        return c

    @staticmethod
    def by_name(name):
        """The curve of that exact name (e.g. 'secp160r1', 'secp256r1/nistp256',
        'brainpoolp256r1'); KeyError if there is none.

        (py-seccure: exact names only.) Also accepted, as the seccure tools'
        -c option does: the first curve whose name contains `name` ('p160',
        'nistp256', 'p521'), and a Curve object.
        """
        if isinstance(name, Curve):
            return name
        if isinstance(name, str) and name:
            if name in _PARAMS:
                return Curve._get(name)
            for n in curves:
                if name in n:
                    return Curve._get(n)
        raise KeyError(name)

    @staticmethod
    def by_name_substring(substring):
        """The only curve whose name contains `substring`; KeyError if none or several."""
        substring = substring.lower()
        found = [n for n in curves if substring in n]
        if len(found) != 1:
            raise KeyError(substring)
        return Curve._get(found[0])

    @staticmethod
    def by_pk_len(pk_len):
        """The first curve whose compact public keys have `pk_len` characters."""
        for n in curves:
            if _PARAMS[n]["pk_compact"] == pk_len:
                return Curve._get(n)
        raise KeyError(pk_len)

    @staticmethod
    def _by_pk_bin_len(pk_len):
        for n in curves:
            if _PARAMS[n]["pk_bin"] == pk_len:
                return Curve._get(n)
        raise KeyError(pk_len)

    @property
    def key_bytes(self):
        """The approximate number of bytes of information in a key."""
        return self.pk_len_bin

    def __repr__(self):
        return "<Curve %s>" % self.name

    def __eq__(self, other):
        return isinstance(other, Curve) and other.name == self.name

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.name)

    def passphrase_to_privkey(self, passphrase):
        """The private key of a passphrase: SHA-256 of exactly its bytes."""
        _no_text(passphrase, "passphrase")
        return PrivKey(_seccure.PrivateKey.from_passphrase(self.name, passphrase), self)

    def passphrase_to_pubkey(self, passphrase):
        return self.passphrase_to_privkey(passphrase).pubkey

    def pubkey_from_string(self, s, fmt=SER_BINARY):
        """A public key of this curve from its binary or compact form.

        ValueError if it is not a point of the curve or has the wrong length
        (py-seccure: AssertionError or ValueError), InvalidCharacterError (a
        KeyError) for a character outside the compact alphabet.
        """
        _check_format(fmt)
        if fmt == SER_COMPACT:
            return PubKey(_seccure.PublicKey.from_compact(self.name, _compact_text(s)))
        _no_text(s, "s")
        return PubKey(_seccure.PublicKey.from_binary(self.name, s))

    def decrypt_from(self, f, privkey, mac_bytes=10):
        return DecryptionContext(self, f, privkey, mac_bytes)

    def decrypt(self, s, privkey, mac_bytes=10):
        return privkey.decrypt(s, mac_bytes)


# --- keys ------------------------------------------------------------------------

class PubKey(object):
    """A public key: a validated point of a curve (py-seccure's PubKey)."""

    __slots__ = ("_k", "curve")

    def __init__(self, key):
        self._k = key
        self.curve = Curve._get(key.curve)

    def to_bytes(self, fmt=SER_BINARY):
        _check_format(fmt)
        if fmt == SER_COMPACT:
            return self._k.to_compact().encode("ascii")
        return self._k.to_binary()

    def to_string(self, fmt=SER_BINARY):
        return self.to_bytes(fmt).decode()

    def __str__(self):
        return self._k.to_compact()

    def __repr__(self):
        return "<PubKey %s>" % self

    def __eq__(self, other):
        return isinstance(other, PubKey) and self._k == other._k

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._k)

    def verify(self, h, sig, sig_fmt=SER_BINARY):
        """Whether `sig` is a signature of a message whose SHA-512 hash is `h`."""
        return self._k.verify_hash(h, _sig_value(sig, sig_fmt))

    def encrypt(self, s, mac_bytes=10):
        """Encrypts `s` for this public key."""
        _no_text(s, "s")
        return _seccure.encrypt(self._k, s, mac_bytes)

    def encrypt_to(self, f, mac_bytes=10):
        """A file-like context: what is written to it is encrypted for this key
        and written to `f`; the MAC is written when the `with` block ends
        normally (not when it raises)."""
        return EncryptionContext(f, self, mac_bytes)


class PrivKey(object):
    """A private key (py-seccure's PrivKey). Its scalar stays in the C++
    core's locked memory and is not exposed (py-seccure: the attribute `e`,
    and str()/repr() printed it)."""

    __slots__ = ("_k", "curve", "_pub")

    def __init__(self, key, curve=None):
        self._k = key
        self.curve = curve if curve is not None else Curve._get(key.curve)
        self._pub = None

    @property
    def pubkey(self):
        """The public key (not in py-seccure)."""
        if self._pub is None:
            self._pub = PubKey(self._k.public_key())
        return self._pub

    def __repr__(self):
        return "<PrivKey of %s>" % self.curve.name

    def sign(self, h, sig_format=SER_BINARY):
        """Signs the message whose SHA-512 hash is `h`."""
        return _serialize_sig(self._k.sign_hash(h), sig_format, self.curve)

    def decrypt(self, s, mac_bytes=10):
        if isinstance(s, str):
            raise ValueError("s should be bytes")
        return _seccure.decrypt(self._k, s, mac_bytes)

    def decrypt_from(self, f, mac_bytes=10):
        """A readable context decrypting what is read from `f`; see DecryptionContext."""
        return DecryptionContext(self.curve, f, self, mac_bytes)

    def signcrypt_to(self, f, pubkey):
        """Like PubKey.encrypt_to, signcrypting for `pubkey` (not in py-seccure)."""
        return SigncryptionContext(f, self, pubkey)

    def veridec_from(self, f, sender):
        """Like decrypt_from, for signcrypted input from `sender` (a PubKey)."""
        return VeridecryptionContext(f, self, sender)


def _serialize_sig(sig_bin, fmt, curve):
    # Padded to the curve's length in both formats, as seccure-sign prints
    # it (py-seccure < 0.4 dropped leading '!' digits of compact signatures).
    _check_format(fmt)
    if fmt == SER_BINARY:
        return sig_bin
    return _seccure.compact_encode(sig_bin, curve.sig_len_compact).encode("ascii")


def _sig_value(sig, fmt):
    """A signature as its integer's big-endian bytes. Any length is accepted,
    as py-seccure does: compact signatures without their leading '!' digits,
    binary ones without leading zero bytes."""
    _check_format(fmt)
    if fmt == SER_COMPACT:
        return _seccure.compact_decode(_compact_text(sig))
    return _no_text(sig, "sig")


def _pubkey(pk, pk_format, curve):
    if isinstance(pk, PubKey):
        if curve is not None and Curve.by_name(curve) != pk.curve:
            raise ValueError("the key is a %s key, not %s" % (pk.curve.name, curve))
        return pk
    _check_format(pk_format)
    if curve is not None:
        c = Curve.by_name(curve)
    elif pk_format == SER_COMPACT:
        c = Curve.by_pk_len(len(pk))
    else:
        # (py-seccure looked binary keys up by their compact length.)
        c = Curve._by_pk_bin_len(len(pk))
    return c.pubkey_from_string(pk, pk_format)


def _privkey(passphrase, curve):
    return Curve.by_name(curve).passphrase_to_privkey(passphrase)


# --- streaming contexts ------------------------------------------------------------

def _read_exact(f, n):
    """Up to n bytes from f: fewer only at the end of the input."""
    data = f.read(n)
    if data is None:
        data = b""
    if len(data) >= n or not data:
        return data
    parts, got = [data], len(data)
    while got < n:
        more = f.read(n - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


class _WriteContext(object):
    def __init__(self, f, core):
        self.f = f
        self._core = core
        f.write(core.header)

    def write(self, s):
        if not self.f:
            raise IOError("closed")
        _no_text(s, "s")
        self.f.write(self._core.update(s))

    def finish(self):
        if not self.f:
            raise IOError("closed")
        self.f.write(self._core.finish())
        self.f = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        # A failed block leaves the output without its MAC/signature (it
        # will not decrypt), as py-seccure's contexts do.
        if exc_type is None and self.f:
            self.finish()
        return False


class EncryptionContext(_WriteContext):
    """Encrypts what is written to it into `f`. Use PubKey.encrypt_to."""

    def __init__(self, f, p, mac_bytes=10):
        self.mac_bytes = mac_bytes
        _WriteContext.__init__(self, f, _seccure.Encryptor(p._k, mac_bytes))


class SigncryptionContext(_WriteContext):
    """Signcrypts what is written to it into `f`. Use PrivKey.signcrypt_to."""

    def __init__(self, f, privkey, pubkey):
        _WriteContext.__init__(self, f, _seccure.Signcryptor(privkey._k, pubkey._k))


class _ReadContext(object):
    def __init__(self, f, core, tail):
        self.f = f
        self._core = core
        # Read the tag's (signature's) length ahead, so that read(n) returns
        # n bytes (py-seccure's DecryptionContext does the same).
        ahead = _read_exact(f, tail) if tail else b""
        self._core.update(ahead)
        if len(ahead) < tail:
            self._finish()

    def _finish(self):
        self.f = None
        self._core.finish()  # IntegrityError if the tag does not match

    def read(self, n=None):
        """Up to n bytes of plaintext (all the rest if n is None).

        The tag is checked when the input ends: the read that reaches the
        end raises IntegrityError instead of returning its plaintext. What
        earlier reads returned is not authenticated until then.
        """
        if not self.f:
            return b""
        if n is None or n < 0:
            parts = []
            while True:
                chunk = self.f.read(DEFAULT_CHUNK_SIZE)
                if not chunk:
                    break
                parts.append(self._core.update(chunk))
            self._finish()
            return b"".join(parts)
        if n == 0:
            return b""
        data = _read_exact(self.f, n)
        plain = self._core.update(data)
        if len(data) < n:
            self._finish()
        return plain

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        # Like py-seccure: the rest is read (and dropped) so that the tag is
        # checked; here in pieces, in constant memory.
        if exc_type is None:
            while self.f:
                self.read(DEFAULT_CHUNK_SIZE)
        return False


class DecryptionContext(_ReadContext):
    """Decrypts what is read from `f`. Use PrivKey.decrypt_from.

    Raises ValueError if the header is not a point of the curve (py-seccure:
    ValueError or AssertionError), IntegrityError when the input ends and
    the MAC does not match.
    """

    def __init__(self, curve, f, privkey, mac_bytes=10):
        curve = Curve.by_name(curve)
        header = _read_exact(f, curve.pk_len_bin)
        if len(header) < curve.pk_len_bin:
            raise ValueError("Inconsistent header (too short)")
        self.mac_bytes = mac_bytes
        _ReadContext.__init__(self, f, _seccure.Decryptor(privkey._k, header, mac_bytes), mac_bytes)


class VeridecryptionContext(_ReadContext):
    """Decrypts and verifies signcrypted input from `f`. Use PrivKey.veridec_from."""

    def __init__(self, f, privkey, sender):
        header = _read_exact(f, privkey.curve.pk_len_bin)
        if len(header) < privkey.curve.pk_len_bin:
            raise ValueError("Inconsistent header (too short)")
        _ReadContext.__init__(self, f, _seccure.Veridecryptor(privkey._k, sender._k, header),
                              sender.curve.sig_len_bin)


# --- py-seccure's functions ------------------------------------------------------------

def passphrase_to_pubkey(passphrase, curve="secp160r1"):
    """The public key (a PubKey; str() gives the compact form) of a passphrase."""
    return Curve.by_name(curve).passphrase_to_pubkey(passphrase)


def generate_keypair(curve="secp160r1", randfunc=None):
    """A new random (passphrase, pubkey): the passphrase is bytes (the compact
    form of order_len_bin random bytes), the pubkey its compact key (str).

    randfunc(n) returns n random bytes (default: os.urandom). (py-seccure
    computed the public key on secp160r1 whatever `curve` was.)
    """
    c = Curve.by_name(curve)
    if randfunc is None:
        randfunc = os.urandom
    raw = bytes(randfunc(c.order_len_bin))
    # The number in as few digits as it needs, as py-seccure writes it.
    passphrase = _seccure.compact_encode(raw, _compact_len(len(raw))).lstrip("!").encode("ascii")
    return passphrase, str(c.passphrase_to_pubkey(passphrase))


def encrypt(s, pk, pk_format=SER_COMPACT, mac_bytes=10, curve=None):
    """Encrypts `s` for the public key `pk`; the curve is found from the key's
    length unless given."""
    _no_text(s, "s")
    return _seccure.encrypt(_pubkey(pk, pk_format, curve)._k, s, mac_bytes)


def decrypt(s, passphrase, curve="secp160r1", mac_bytes=10):
    """Decrypts `s` with `passphrase`. IntegrityError (a ValueError) if the
    MAC does not match: wrong passphrase, curve or mac_bytes, or a modified
    ciphertext. No plaintext is returned then."""
    if isinstance(s, str):
        raise ValueError("s should be bytes")
    return _privkey(passphrase, curve).decrypt(s, mac_bytes)


def sign(s, passphrase, sig_format=SER_COMPACT, curve="secp160r1"):
    """Signs `s` with `passphrase`: bytes, compact (padded to the curve's
    length, as seccure-sign prints it) or binary."""
    _no_text(s, "s")
    k = _privkey(passphrase, curve)
    return _serialize_sig(_seccure.sign(k._k, s), sig_format, k.curve)


def verify(s, sig, pk, sig_format=SER_COMPACT, pk_format=SER_COMPACT, curve=None):
    """Whether `sig` is a signature of `s` under the public key `pk`."""
    _no_text(s, "s")
    p = _pubkey(pk, pk_format, curve)
    return _seccure.verify(p._k, s, _sig_value(sig, sig_format))


class _Opened(object):
    """Opens paths (closing them after), passes file objects through. An
    output opened here is removed if the operation fails (py-seccure: it kept
    whatever had been written, unauthenticated plaintext included)."""

    def __init__(self, in_path_or_file, out_path_or_file=None):
        self.inp, self.out = in_path_or_file, out_path_or_file
        self._close = []
        self._remove = None

    def __enter__(self):
        try:
            if _is_path(self.inp):
                self.inp = open(self.inp, "rb")
                self._close.append(self.inp)
            if self.out is not None and _is_path(self.out):
                path = self.out
                self.out = open(path, "wb")
                self._close.append(self.out)
                self._remove = path
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, exc_type, exc, tb):
        for f in reversed(self._close):
            f.close()
        if exc_type is not None and self._remove is not None:
            try:
                os.remove(self._remove)
            except OSError:
                pass
        return False


def _copy_from(f, write, chunk_size):
    while True:
        buf = f.read(chunk_size)
        if not buf:
            break
        write(buf)


def _copy_to(reader, out, chunk_size):
    while True:
        buf = reader.read(chunk_size)
        if not buf:
            break
        out.write(buf)


def encrypt_file(in_path_or_file, out_path_or_file, pk, pk_format=SER_COMPACT, mac_bytes=10,
                 chunk_size=DEFAULT_CHUNK_SIZE, curve=None):
    """Encrypts a file (a path, or a binary file object) to another for `pk`,
    in constant memory."""
    p = _pubkey(pk, pk_format, curve)
    with _Opened(in_path_or_file, out_path_or_file) as io_:
        with p.encrypt_to(io_.out, mac_bytes) as ef:
            _copy_from(io_.inp, ef.write, chunk_size)


def decrypt_file(in_path_or_file, out_path_or_file, passphrase, curve="secp160r1", mac_bytes=10,
                 chunk_size=DEFAULT_CHUNK_SIZE):
    """Decrypts a file to another with `passphrase`, in constant memory.

    The plaintext is written as it is decrypted; IntegrityError at the end
    means it is not authentic. An output given as a path is then removed.
    """
    k = _privkey(passphrase, curve)
    with _Opened(in_path_or_file, out_path_or_file) as io_:
        with k.decrypt_from(io_.inp, mac_bytes) as df:
            _copy_to(df, io_.out, chunk_size)


# --- beyond py-seccure ----------------------------------------------------------------------

def sign_file(in_path_or_file, passphrase, sig_format=SER_COMPACT, curve="secp160r1",
              chunk_size=DEFAULT_CHUNK_SIZE):
    """sign() of a file's contents, in constant memory."""
    k = _privkey(passphrase, curve)
    signer = _seccure.Signer(k._k)
    with _Opened(in_path_or_file) as io_:
        _copy_from(io_.inp, signer.update, chunk_size)
    return _serialize_sig(signer.finish(), sig_format, k.curve)


def verify_file(in_path_or_file, sig, pk, sig_format=SER_COMPACT, pk_format=SER_COMPACT, curve=None,
                chunk_size=DEFAULT_CHUNK_SIZE):
    """verify() of a file's contents, in constant memory."""
    p = _pubkey(pk, pk_format, curve)
    value = _sig_value(sig, sig_format)
    verifier = _seccure.Verifier(p._k)
    with _Opened(in_path_or_file) as io_:
        _copy_from(io_.inp, verifier.update, chunk_size)
    return verifier.finish(value)


def signcrypt(s, passphrase, pk, curve="secp160r1", pk_curve=None, pk_format=SER_COMPACT):
    """Signs `s` with `passphrase` (on `curve`) and encrypts message and
    signature for `pk` (on `pk_curve`; None: by the key's length), as
    `seccure-signcrypt -c CURVE -c PK_CURVE`."""
    _no_text(s, "s")
    k = _privkey(passphrase, curve)
    core = _seccure.Signcryptor(k._k, _pubkey(pk, pk_format, pk_curve)._k)
    return b"".join((core.header, core.update(s), core.finish()))


def veridec(s, passphrase, pk, curve="secp160r1", pk_curve=None, pk_format=SER_COMPACT):
    """Decrypts what signcrypt made with `passphrase` (on `curve`) and checks
    the signature of the sender `pk` (on `pk_curve`; None: by the key's
    length), as `seccure-veridec -c CURVE -c PK_CURVE`. IntegrityError if the
    signature does not match."""
    if isinstance(s, str):
        raise ValueError("s should be bytes")
    k = _privkey(passphrase, curve)
    sender = _pubkey(pk, pk_format, pk_curve)
    s = memoryview(s).cast("B")
    hlen = k.curve.pk_len_bin
    if len(s) < hlen:
        raise ValueError("Inconsistent header (too short)")
    core = _seccure.Veridecryptor(k._k, sender._k, s[:hlen])
    plain = core.update(s[hlen:])
    core.finish()
    return plain


def signcrypt_file(in_path_or_file, out_path_or_file, passphrase, pk, curve="secp160r1", pk_curve=None,
                   pk_format=SER_COMPACT, chunk_size=DEFAULT_CHUNK_SIZE):
    """signcrypt() from file to file, in constant memory."""
    k = _privkey(passphrase, curve)
    p = _pubkey(pk, pk_format, pk_curve)
    with _Opened(in_path_or_file, out_path_or_file) as io_:
        with k.signcrypt_to(io_.out, p) as ef:
            _copy_from(io_.inp, ef.write, chunk_size)


def veridec_file(in_path_or_file, out_path_or_file, passphrase, pk, curve="secp160r1", pk_curve=None,
                 pk_format=SER_COMPACT, chunk_size=DEFAULT_CHUNK_SIZE):
    """veridec() from file to file, in constant memory; as decrypt_file, an
    output path is removed if the signature does not match."""
    k = _privkey(passphrase, curve)
    p = _pubkey(pk, pk_format, pk_curve)
    with _Opened(in_path_or_file, out_path_or_file) as io_:
        with k.veridec_from(io_.inp, p) as df:
            _copy_to(df, io_.out, chunk_size)


DHKeys = collections.namedtuple("DHKeys", ("established", "verification"))


class DiffieHellman(object):
    """One side of seccure-dh's key agreement, with a fresh random key:

        me = seccure.DiffieHellman()          # curve secp160r1, as seccure-dh
        send(me.pubkey)                       # compact, str
        keys = me.complete(received_key)      # DHKeys(established, verification)

    Both sides get the same keys; compare `verification` over an authentic
    channel. Interoperates with seccure-dh.
    """

    def __init__(self, curve="secp160r1"):
        self.curve = Curve.by_name(curve)
        self._core = _seccure.DiffieHellman(self.curve.name)

    @property
    def pubkey(self):
        return self._core.public_key

    def complete(self, peer_pk):
        peer = self.curve.pubkey_from_string(peer_pk, SER_COMPACT)
        return DHKeys(*self._core.complete(peer._k))
