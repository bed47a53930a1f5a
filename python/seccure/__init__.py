"""Elliptic curve cryptography compatible with seccure 0.5.

A drop-in replacement for py-seccure 0.5 (the same names, defaults, return
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

Numbers (serialize_number, AffinePoint coordinates and multipliers, PrivKey.e)
may be int, gmpy2.mpz or anything else with __index__; numbers returned are
int (py-seccure: gmpy2.mpz, which compares equal). gmpy2 is not needed.

Curves are named by their full names, as py-seccure's Curve.by_name takes
them ('secp160r1', 'secp256r1/nistp256', 'brainpoolp256r1', ...); also
accepted, as the seccure tools' -c: a part of a name of at least three
characters that contains the curve's size ('p256', 'nistp256', '384').
Anything else raises KeyError.

Where this module deliberately differs from py-seccure, it is safer or
fixes a py-seccure bug; each difference is marked "(py-seccure: ...)" below.
"""

import collections
import operator
import os

from . import _seccure

__version__ = "0.5.0"

__all__ = [
    "IntegrityError", "SER_COMPACT", "SER_BINARY", "curves", "Curve", "AffinePoint", "PubKey",
    "PrivKey", "EncryptionContext", "DecryptionContext", "serialize_number", "deserialize_number",
    "get_serialized_number_len", "mod_issquare", "mod_root", "passphrase_to_pubkey",
    "generate_keypair", "encrypt", "decrypt", "encrypt_file", "decrypt_file", "sign", "verify",
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


# Serialization formats of numbers, points, keys and signatures
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


def _integer(x, what):
    """An int from int, gmpy2.mpz, ... (anything with __index__)."""
    try:
        return operator.index(x)
    except TypeError:
        raise TypeError("%s must be an integer, not %s" % (what, type(x).__name__)) from None


def _compact_len(nbytes):
    """Digits of the largest value of `nbytes` bytes (seccure's lengths)."""
    top, d = 256 ** nbytes - 1, 0
    while top:
        top //= 90
        d += 1
    return d


def _int_bytes(x, length=None):
    """A non-negative int as big-endian bytes: as few as it needs, or `length`."""
    if length is None:
        length = (x.bit_length() + 7) // 8
    return x.to_bytes(length, "big")


# --- numbers (FORMAT.md section 2) ------------------------------------------------

def serialize_number(x, fmt=SER_BINARY, outlen=None):
    """The non-negative integer `x` as bytes: big-endian (SER_BINARY) or in
    base 90 (SER_COMPACT), as few bytes or digits as it needs (b'' for 0),
    or left-padded with zeros (b'\\0', b'!') to `outlen`.

    ValueError if `x` is negative or needs more than `outlen` (py-seccure:
    AssertionError, or no end for a negative `x`).
    """
    _check_format(fmt)
    x = _integer(x, "x")
    if x < 0:
        raise ValueError("cannot serialize a negative number")
    raw = _int_bytes(x)
    if fmt == SER_BINARY:
        out, pad = raw, b"\0"
    else:
        out = _seccure.compact_encode(raw, _compact_len(len(raw))).lstrip("!").encode("ascii")
        pad = b"!"
    if outlen is not None:
        if len(out) > outlen:
            raise ValueError("the number needs %d %s, more than outlen=%d"
                             % (len(out), "bytes" if fmt == SER_BINARY else "digits", outlen))
        out = out.rjust(outlen, pad)
    return out


def deserialize_number(s, fmt=SER_BINARY):
    """The integer that `s` holds: big-endian bytes (SER_BINARY, a str is a
    ValueError) or base-90 digits (SER_COMPACT: str or bytes;
    InvalidCharacterError, a KeyError, for a character outside the
    alphabet). Any length; b'' is 0. Returns an int (py-seccure: gmpy2.mpz).
    """
    _check_format(fmt)
    if fmt == SER_BINARY:
        return int.from_bytes(bytes(_no_text(s, "s")), "big")
    return _compact_to_int(_compact_text(s))


def _compact_to_int(text):
    """The value of checked compact digits. The core decodes up to a few
    hundred digits (the lengths of keys and signatures); longer text is split
    in halves, joined with Python's subquadratic multiplication, so that
    decoding n digits does not cost n^2 (py-seccure's loop did)."""
    if len(text) <= 256:
        return int.from_bytes(_seccure.compact_decode(text), "big")
    low = len(text) // 2
    return _compact_to_int(text[:-low]) * 90 ** low + _compact_to_int(text[-low:])


def get_serialized_number_len(x, fmt=SER_BINARY):
    """How many bytes (SER_BINARY) or digits (SER_COMPACT) serialize_number(x) has."""
    return len(serialize_number(x, fmt))


def _strip_leading_zeros(s, fmt):
    """A serialized number without its leading zero bytes or '!' digits: the
    same value, in time linear in the input."""
    if fmt == SER_COMPACT:
        return _compact_text(s).lstrip("!")
    return bytes(_no_text(s, "s")).lstrip(b"\0")


# --- modular arithmetic (py-seccure's helpers; plain number theory on Python
# ints, not used by the module's cryptography, which is all in the core) ---------

def mod_issquare(a, p):
    """Whether `a` is a square modulo the odd prime `p` (Euler's criterion);
    True for a = 0."""
    a, p = _integer(a, "a"), _integer(p, "p")
    if not a:
        return True
    return pow(a, (p - 1) // 2, p) == 1


def mod_root(a, p):
    """A square root of `a` modulo the odd prime `p` (Tonelli-Shanks, with
    the least non-residue from 2 up); ValueError if `a` is not a square."""
    a, p = _integer(a, "a"), _integer(p, "p")
    if a == 0:
        return 0
    if not mod_issquare(a, p):
        raise ValueError("%d is not a square modulo %d" % (a, p))
    # p - 1 = q * 2^e with q odd
    q, e = p - 1, 0
    while q % 2 == 0:
        q //= 2
        e += 1
    z = 2
    while mod_issquare(z, p):
        z += 1
    c = pow(z, q, p)            # a generator of the 2-Sylow subgroup
    root = pow(a, (q + 1) // 2, p)
    t = pow(a, q, p)            # root^2 = a * t
    while t != 1:
        # the least i with t^(2^i) = 1
        i, t2 = 0, t
        while t2 != 1:
            t2 = t2 * t2 % p
            i += 1
        b = pow(c, 1 << (e - i - 1), p)
        root = root * b % p
        c = b * b % p
        t = t * c % p
        e = i
    return root


# --- curves --------------------------------------------------------------------

def _find_curve_name(name):
    """The full name of the curve `name` names; KeyError otherwise.

    py-seccure's Curve.by_name takes the full names only. The seccure tools'
    -c takes the first curve whose name contains the text (FORMAT.md section
    1.2); here such a fragment must have at least three characters and
    contain the curve's size, so that 'p', 'r1' or 'secp' never silently
    mean secp112r1.
    """
    if isinstance(name, str):
        if name in _PARAMS:
            return name
        fragment = name.lower()
        if len(fragment) >= 3:
            for n in curves:
                if fragment in n:
                    if str(_PARAMS[n]["bits"]) in fragment:
                        return n
                    break
    raise KeyError("unknown curve %r: use one of %s, or a part of one with its size (e.g. 'p256')"
                   % (name, ", ".join(curves)))


class Curve(object):
    """One of the fifteen seccure curves (py-seccure's Curve): its domain
    parameters (m, a, b, order, cofactor, base) and seccure's lengths."""

    _cache = {}

    def __init__(self, name):
        """Use Curve.by_name, Curve.by_name_substring or Curve.by_pk_len.
        (py-seccure's constructor took the raw parameter tuple; a tuple
        whose first item is the name is accepted.)"""
        if isinstance(name, tuple):
            name = name[0]
        self._setup(_find_curve_name(name))

    def _setup(self, name):
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
        """The curve `name` names: a full name ('secp160r1',
        'secp256r1/nistp256', 'brainpoolp256r1'), a Curve, or a part of a
        name of at least three characters that contains the curve's size
        ('p256', 'nistp384'); KeyError otherwise (py-seccure: full names only).
        """
        if isinstance(name, Curve):
            return name
        return Curve._get(_find_curve_name(name))

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

    @property
    def base(self):
        """The base point G (an AffinePoint)."""
        return AffinePoint(self.base_x, self.base_y, self)

    def __repr__(self):
        return "<Curve %s>" % self.name

    def __eq__(self, other):
        return isinstance(other, Curve) and other.name == self.name

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.name)

    # Curves pickle and copy as their name (one object per curve).
    def __reduce__(self):
        return (Curve.by_name, (self.name,))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __setstate__(self, state):
        # a py-seccure pickle: its attributes, of which the name is enough
        self._setup(_find_curve_name(state["name"]))

    def passphrase_to_privkey(self, passphrase):
        """The private key of a passphrase: SHA-256 of exactly its bytes."""
        _no_text(passphrase, "passphrase")
        return PrivKey(_seccure.PrivateKey.from_passphrase(self.name, passphrase), self)

    def passphrase_to_pubkey(self, passphrase):
        return self.passphrase_to_privkey(passphrase).pubkey

    def hash_to_exponent(self, h):
        """The private exponent of a passphrase's 32-byte SHA-256 hash `h`
        (FORMAT.md section 3), an int."""
        return PrivKey(_seccure.PrivateKey.from_passphrase_hash(self.name, h), self).e

    def point_from_string(self, s, fmt=SER_BINARY):
        """The point (an AffinePoint) of its compressed form, x + (p if y is
        odd else 0), binary or compact, of any length.

        ValueError if it is not a point of the curve (py-seccure:
        AssertionError, ValueError or None), InvalidCharacterError (a
        KeyError) for a character outside the compact alphabet.
        """
        _check_format(fmt)
        v = _strip_leading_zeros(s, fmt)
        limit = self.pk_len_compact if fmt == SER_COMPACT else self.pk_len_bin
        if len(v) > limit:
            raise ValueError("Invalid point: the value exceeds 2p")
        value = deserialize_number(v, fmt)
        if value >= 2 * self.m:
            raise ValueError("Invalid point: the value exceeds 2p")
        k = _seccure.PublicKey.from_binary(self.name, _int_bytes(value, self.pk_len_bin))
        return AffinePoint(int.from_bytes(k.x, "big"), int.from_bytes(k.y, "big"), self)

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


# --- points ----------------------------------------------------------------------

class AffinePoint(object):
    """A point (x, y) of a curve, (0, 0) being the point at infinity
    (py-seccure's AffinePoint). Points are values: equal if their curve and
    coordinates are, hashable, immutable (py-seccure: equal whatever the
    curves; mutable and unhashable).

    P + Q and P * k (k an int or gmpy2.mpz, taken mod the curve's order; also
    k * P) are computed by the C++ core: addition in variable time (public
    points), multiplication in constant time in k. Both raise ValueError for
    a point that is not on its curve (py-seccure: an AssertionError or a
    wrong result).
    """

    __slots__ = ("_x", "_y", "_curve")

    def __init__(self, x, y, curve):
        self._x = _integer(x, "x")
        self._y = _integer(y, "y")
        self._curve = Curve.by_name(curve)

    x = property(lambda self: self._x)
    y = property(lambda self: self._y)
    curve = property(lambda self: self._curve)

    @classmethod
    def _of_xy(cls, xy, curve):
        if not xy:
            return cls(0, 0, curve)
        e = curve.elem_len_bin
        return cls(int.from_bytes(xy[:e], "big"), int.from_bytes(xy[e:], "big"), curve)

    def _xy(self):
        """x || y for the core (coordinates mod p, as py-seccure computes);
        b'' for infinity."""
        if not self:
            return b""
        m, e = self._curve.m, self._curve.elem_len_bin
        return _int_bytes(self._x % m, e) + _int_bytes(self._y % m, e)

    @property
    def on_curve(self):
        """Whether the point satisfies the curve's equation (mod p); True for infinity."""
        if not self:
            return True
        m, e = self._curve.m, self._curve.elem_len_bin
        return _seccure.point_on_curve(self._curve.name, _int_bytes(self._x % m, e),
                                       _int_bytes(self._y % m, e))

    @property
    def valid_embedded_key(self):
        """Whether this is a point other than infinity, on the curve, with
        coordinates in [0, p)."""
        m = self._curve.m
        return bool(self) and 0 <= self._x < m and 0 <= self._y < m and self.on_curve

    def __add__(self, other):
        if not isinstance(other, AffinePoint):
            return NotImplemented
        if other._curve != self._curve:
            raise ValueError("points of different curves: %s, %s" % (self._curve.name, other._curve.name))
        return AffinePoint._of_xy(_seccure.point_add(self._curve.name, self._xy(), other._xy()), self._curve)

    def double(self):
        """2P."""
        return self + self

    def __mul__(self, k):
        try:
            k = operator.index(k)
        except TypeError:
            return NotImplemented
        if k < 0:
            k %= self._curve.order
        return AffinePoint._of_xy(_seccure.point_mul(self._curve.name, self._xy(), _int_bytes(k)), self._curve)

    __rmul__ = __mul__

    def __neg__(self):
        return AffinePoint(self._x, (-self._y) % self._curve.m if self else 0, self._curve)

    def __bool__(self):
        return bool(self._x or self._y)

    def __eq__(self, other):
        if not isinstance(other, AffinePoint):
            return NotImplemented
        return self._x == other._x and self._y == other._y and self._curve == other._curve

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        return hash((self._x, self._y, self._curve.name))

    def __repr__(self):
        return "<AffinePoint (%s, %s) of %s>" % (self._x, self._y, self._curve.name)

    def __str__(self):
        return self.to_string(SER_COMPACT)

    def __reduce__(self):
        return (AffinePoint, (self._x, self._y, self._curve))

    def __setstate__(self, state):
        # a py-seccure pickle: {'x': ..., 'y': ..., 'curve': ...}
        self._x, self._y, self._curve = int(state["x"]), int(state["y"]), state["curve"]

    def to_bytes(self, fmt=SER_BINARY):
        """The compressed form x + (p if y is odd else 0), padded to the
        curve's public-key length (FORMAT.md section 2)."""
        _check_format(fmt)
        outlen = self._curve.pk_len_compact if fmt == SER_COMPACT else self._curve.pk_len_bin
        return serialize_number(self._x + (self._curve.m if self._y & 1 else 0), fmt, outlen)

    def to_string(self, fmt=SER_BINARY):
        return self.to_bytes(fmt).decode("latin-1" if fmt == SER_BINARY else "ascii")


# --- keys ------------------------------------------------------------------------

class PubKey(object):
    """A public key: a validated point of a curve other than infinity
    (py-seccure's PubKey). PubKey(point) takes an AffinePoint (ValueError if
    it is not a valid key); `p` is the point."""

    __slots__ = ("_k", "curve")

    def __init__(self, p):
        if isinstance(p, AffinePoint):
            c = p.curve
            if not p.valid_embedded_key:
                raise ValueError("Invalid key: not a point of %s" % c.name)
            p = _seccure.PublicKey.from_affine(c.name, _int_bytes(p.x, c.elem_len_bin),
                                               _int_bytes(p.y, c.elem_len_bin))
        elif not isinstance(p, _seccure.PublicKey):
            raise TypeError("PubKey takes an AffinePoint, not %s" % type(p).__name__)
        self._k = p
        self.curve = Curve._get(p.curve)

    @property
    def p(self):
        """The key's point (an AffinePoint)."""
        return AffinePoint(int.from_bytes(self._k.x, "big"), int.from_bytes(self._k.y, "big"), self.curve)

    def to_bytes(self, fmt=SER_BINARY):
        _check_format(fmt)
        if fmt == SER_COMPACT:
            return self._k.to_compact().encode("ascii")
        return self._k.to_binary()

    def to_string(self, fmt=SER_BINARY):
        return self.to_bytes(fmt).decode("latin-1" if fmt == SER_BINARY else "ascii")

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

    # Pickled as the curve and the binary key; copies are the same object
    # (keys are immutable).
    def __reduce__(self):
        return (_pubkey_from_binary, (self.curve.name, self._k.to_binary()))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __setstate__(self, state):
        # a py-seccure pickle: {'p': AffinePoint}
        PubKey.__init__(self, state["p"])

    def verify(self, h, sig, sig_fmt=SER_BINARY):
        """Whether `sig` is a signature of a message whose hash is `h`
        (SHA-512 for seccure's signatures; any length is taken, as
        py-seccure does). A signature of any length is taken too: a compact
        one without its leading '!' digits, a binary one without leading zero
        bytes. Too long a signature is refused at once (False), before any
        decoding."""
        value = _sig_value(sig, sig_fmt, self.curve)
        if value is None:
            return False
        return self._k.verify_hash(h, value)

    def encrypt(self, s, mac_bytes=10):
        """Encrypts `s` for this public key."""
        _no_text(s, "s")
        return _seccure.encrypt(self._k, s, mac_bytes)

    def encrypt_to(self, f, mac_bytes=10):
        """A file-like context: what is written to it is encrypted for this key
        and written to `f`; the MAC is written when the `with` block ends
        normally (not when it raises)."""
        return EncryptionContext(f, self, mac_bytes)


def _pubkey_from_binary(curve, data):
    return PubKey(_seccure.PublicKey.from_binary(curve, data))


class PrivKey(object):
    """A private key (py-seccure's PrivKey). PrivKey(e, curve) makes the key
    of the exponent e (1 <= e < the curve's order; py-seccure took any e).

    The scalar lives in the C++ core's locked, wiped memory. `e` returns it
    as a Python int: Python cannot wipe that copy (nor the pickle of a key,
    which holds it), so ask for it only when you must.

    str() and repr() do not show the scalar (py-seccure: they printed it,
    into every log line and traceback that showed the key).
    """

    __slots__ = ("_k", "curve", "_pub")

    def __init__(self, e, curve=None):
        if isinstance(e, _seccure.PrivateKey):
            self._k = e
            self.curve = curve if curve is not None else Curve._get(e.curve)
        else:
            if curve is None:
                raise TypeError("PrivKey(e, curve) needs the curve")
            c = Curve.by_name(curve)
            d = _integer(e, "e")
            if not 0 < d < c.order:
                raise ValueError("Invalid key: the private exponent must be from 1 to the curve's order - 1")
            self._k = _seccure.PrivateKey.from_scalar(c.name, _int_bytes(d, c.order_len_bin))
            self.curve = c
        self._pub = None

    @property
    def e(self):
        """The secret exponent, an int. A copy that Python cannot wipe."""
        return int.from_bytes(self._k.scalar, "big")

    @property
    def pubkey(self):
        """The public key (not in py-seccure)."""
        if self._pub is None:
            self._pub = PubKey(self._k.public_key())
        return self._pub

    def __repr__(self):
        return "<PrivKey of %s>" % self.curve.name

    # Pickled as (e, curve): the pickle holds the secret. Copies are the same
    # object (keys are immutable), so copying makes no Python copy of e.
    def __reduce__(self):
        return (PrivKey, (self.e, self.curve))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __setstate__(self, state):
        # a py-seccure pickle: {'e': ..., 'curve': Curve}
        PrivKey.__init__(self, state["e"], state["curve"])

    def sign(self, h, sig_format=SER_BINARY):
        """Signs the message whose hash is `h` (SHA-512 for seccure's
        signatures; any length is taken, as py-seccure does). The signature
        is padded to the curve's length in both formats."""
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


def _sig_value(sig, fmt, curve):
    """A signature as its integer's big-endian bytes, or None if it cannot
    be one of `curve` (more significant digits than the curve's signature
    length: then s >= n). Any shorter length is taken, as py-seccure does:
    compact signatures without their leading '!' digits, binary ones
    without leading zero bytes. The length is checked before anything is
    decoded, so an untrusted signature costs time linear in its length."""
    _check_format(fmt)
    v = _strip_leading_zeros(sig, fmt)
    if fmt == SER_COMPACT:
        if len(v) > curve.sig_len_compact:
            return None
        return _seccure.compact_decode(v)
    if len(v) > curve.sig_len_bin:
        return None
    return v


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

    randfunc(n) returns n random bytes (default: os.urandom).
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
    value = _sig_value(sig, sig_format, p.curve)
    if value is None:
        return False
    return _seccure.verify(p._k, s, value)


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
    value = _sig_value(sig, sig_format, p.curve)
    if value is None:
        return False
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
