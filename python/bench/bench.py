#!/usr/bin/python3
"""The seccure module against pure-Python arithmetic (what py-seccure does).

py-seccure itself is not installable here (only Debian packages are), so
this carries its own small reference with the same structure as
py-seccure 0.5: Jacobian double-and-add over gmpy2 integers (or Python
ints), AES-CTR from PyCryptodome or cryptography, hashlib/hmac. It computes
seccure's exact results -- key derivation (passphrase -> public key),
deterministic ECDSA signing, verification -- and is checked against the
module before anything is timed.

    PYTHONPATH=build/python /usr/bin/python3 python/bench/bench.py [--seconds 1] [--repeat 3] [--curves p160,p256,p521]

Debian packages: python3-gmpy2 and python3-pycryptodome (or
python3-cryptography). Prints a Markdown table (for BENCHMARKS.md).
"""
import argparse
import hashlib
import hmac
import os
import platform
import sys
import time

import seccure

try:
    import gmpy2

    MPZ, INVERT = gmpy2.mpz, gmpy2.invert
    ARITH = "gmpy2 %s" % gmpy2.version()
except ImportError:  # plain Python integers
    MPZ, INVERT = int, lambda a, m: pow(int(a), -1, int(m))
    ARITH = "Python int"

try:
    try:
        from Crypto.Cipher import AES
        from Crypto.Util import Counter
    except ImportError:  # Debian's python3-pycryptodome is PyCryptodomex
        from Cryptodome.Cipher import AES
        from Cryptodome.Util import Counter

    def aes_ctr_stream(key, n):
        return AES.new(key, AES.MODE_CTR, counter=Counter.new(128, initial_value=0)).encrypt(b"\0" * n)

    AES_LIB = "PyCryptodome"
except ImportError:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    def aes_ctr_stream(key, n):
        enc = Cipher(algorithms.AES(key), modes.CTR(b"\0" * 16)).encryptor()
        return enc.update(b"\0" * n) + enc.finalize()

    AES_LIB = "cryptography"

DIGITS = seccure.COMPACT_DIGITS


# --- the pure-Python reference ---------------------------------------------------------

class RefCurve:
    def __init__(self, name):
        c = seccure.Curve.by_name(name)
        self.c = c
        self.p, self.a, self.b, self.n = MPZ(c.m), MPZ(c.a), MPZ(c.b), MPZ(c.order)
        self.G = (MPZ(c.base_x), MPZ(c.base_y))
        assert c.m % 4 == 3, "the reference's square root needs p = 3 mod 4"

    # Jacobian coordinates (X, Y, Z), infinity as Z = 0; affine points as (x, y) or None
    def double(self, P):
        X, Y, Z = P
        if not Z or not Y:
            return (0, 0, 0)
        p = self.p
        YY = Y * Y % p
        S = 4 * X * YY % p
        ZZ = Z * Z % p
        M = (3 * X * X + self.a * ZZ * ZZ) % p
        X3 = (M * M - 2 * S) % p
        Y3 = (M * (S - X3) - 8 * YY * YY) % p
        return (X3, Y3, 2 * Y * Z % p)

    def add_affine(self, P, Q):
        """Jacobian P + affine Q."""
        if Q is None:
            return P
        X1, Y1, Z1 = P
        if not Z1:
            return (Q[0], Q[1], MPZ(1))
        p = self.p
        Z1Z1 = Z1 * Z1 % p
        U2 = Q[0] * Z1Z1 % p
        S2 = Q[1] * Z1 * Z1Z1 % p
        H = (U2 - X1) % p
        r = (S2 - Y1) % p
        if not H:
            return self.double(P) if not r else (0, 0, 0)
        HH = H * H % p
        HHH = H * HH % p
        V = X1 * HH % p
        X3 = (r * r - HHH - 2 * V) % p
        Y3 = (r * (V - X3) - Y1 * HHH) % p
        return (X3, Y3, Z1 * H % p)

    def affine(self, P):
        X, Y, Z = P
        if not Z:
            return None
        zi = INVERT(Z, self.p)
        zi2 = zi * zi % self.p
        return (X * zi2 % self.p, Y * zi2 * zi % self.p)

    def mul(self, Q, k):
        """k*Q, left-to-right double-and-add (not constant time, like py-seccure)."""
        R = (0, 0, 0)
        for bit in bin(int(k))[2:]:
            R = self.double(R)
            if bit == "1":
                R = self.add_affine(R, Q)
        return self.affine(R)

    def add(self, P, Q):
        if P is None:
            return Q
        return self.affine(self.add_affine((P[0], P[1], MPZ(1)), Q))

    # seccure's encodings and schemes
    def exponent(self, stream):
        return MPZ(int.from_bytes(stream, "big")) % (self.n - 1) + 1

    def privkey(self, passphrase):
        return self.exponent(aes_ctr_stream(hashlib.sha256(passphrase).digest(), self.c.order_len_bin))

    def compact(self, v, digits):
        v, out = int(v), b""
        while v:
            v, r = divmod(v, 90)
            out = DIGITS[r:r + 1] + out
        return out.rjust(digits, b"!")

    def uncompact(self, s):
        v = 0
        for ch in s:
            v = v * 90 + DIGITS.index(ch)
        return MPZ(v)

    def pubkey(self, passphrase):
        x, y = self.mul(self.G, self.privkey(passphrase))
        return self.compact(x + self.p if y & 1 else x, self.c.pk_len_compact)

    def decompress(self, text):
        v = self.uncompact(text)
        odd = v >= self.p
        x = v - self.p if odd else v
        rhs = (x * x * x + self.a * x + self.b) % self.p
        y = pow(rhs, (self.p + 1) // 4, self.p)
        assert y * y % self.p == rhs, "not a point"
        if (y & 1) != odd:
            y = self.p - y
        return (x, y)

    def sign(self, message, passphrase):
        d = self.privkey(passphrase)
        h = hashlib.sha512(message).digest()
        stream_key = hmac.new(int(d).to_bytes(self.c.order_len_bin, "big"), h, hashlib.sha256).digest()
        ob = self.c.order_len_bin
        stream, at = aes_ctr_stream(stream_key, 16 * ob), 0
        e = MPZ(int.from_bytes(h, "big")) % self.n
        while True:
            k = self.exponent(stream[at:at + ob])
            at += ob
            r = self.mul(self.G, k)[0] % self.n
            if not r:
                continue
            s = INVERT(k, self.n) * (e + d * r) % self.n
            if s:
                return self.compact(s * self.n + r, self.c.sig_len_compact)

    def verify(self, message, sig, pubkey):
        Q = self.decompress(pubkey)
        s, r = divmod(self.uncompact(sig), self.n)
        if not (0 < s < self.n and 0 < r < self.n):
            return False
        e = MPZ(int.from_bytes(hashlib.sha512(message).digest(), "big")) % self.n
        w = INVERT(s, self.n)
        X = self.add(self.mul(self.G, e * w % self.n), self.mul(Q, r * w % self.n))
        return X is not None and X[0] % self.n == r


# --- timing ---------------------------------------------------------------------------------

def rate(fn, seconds):
    """Operations per second of CPU time (the process's: other load on the
    machine counts less than in wall-clock time; neither side runs threads
    here), over as many calls as fit in `seconds` (at least 3)."""
    fn()
    n, start = 0, time.process_time()
    while True:
        fn()
        n += 1
        el = time.process_time() - start
        if el >= seconds and n >= 3:
            return n / el


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=1.0, help="time per measurement")
    ap.add_argument("--repeat", type=int, default=3, help="measurements per rate; the best counts")
    ap.add_argument("--curves", default="secp160r1,secp256r1/nistp256,secp521r1/nistp521")
    args = ap.parse_args()
    names = [seccure.Curve.by_name(c).name for c in args.curves.split(",")]

    pw, msg = b"seccure is secure", b"The quick brown fox jumps over the lazy dog\n"
    print("seccure module %s (%s), reference: %s, %s; Python %s on %s, %d CPUs" % (
        seccure.__version__, os.path.dirname(seccure.__file__), ARITH, AES_LIB,
        platform.python_version(), platform.machine(), os.cpu_count()), file=sys.stderr)

    rows = []
    for name in names:
        ref = RefCurve(name)
        pk = str(seccure.passphrase_to_pubkey(pw, curve=name))
        sig = seccure.sign(msg, pw, curve=name)
        # the reference computes seccure's results
        assert ref.pubkey(pw).decode() == pk, name
        assert ref.sign(msg, pw) == sig, name
        assert ref.verify(msg, sig, pk.encode()) and not ref.verify(msg + b".", sig, pk.encode()), name

        ops = [
            ("key", lambda: seccure.passphrase_to_pubkey(pw, curve=name), lambda: ref.pubkey(pw)),
            ("sign", lambda: seccure.sign(msg, pw, curve=name), lambda: ref.sign(msg, pw)),
            ("verify", lambda: seccure.verify(msg, sig, pk, curve=name), lambda: ref.verify(msg, sig, pk.encode())),
        ]
        for op, ours, theirs in ops:
            # best of --repeat alternating runs: other load only slows down
            a = b = 0.0
            for _ in range(args.repeat):
                a, b = max(a, rate(ours, args.seconds)), max(b, rate(theirs, args.seconds))
            rows.append((name, op, a, b))
            print("%-20s %-7s ours %10.1f/s  pure Python %8.1f/s  %6.1fx" % (name, op, a, b, a / b),
                  file=sys.stderr)

    print("| curve | operation | seccure module ops/s | pure Python (%s) ops/s | ratio |" % ARITH.split()[0])
    print("|---|---|--:|--:|--:|")
    for name, op, a, b in rows:
        print("| %s | %s | %s | %s | %.1fx |" % (name, op, format(round(a, 1), ",.1f"), format(round(b, 1), ",.1f"),
                                               a / b))


if __name__ == "__main__":
    main()
