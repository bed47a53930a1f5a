#!/usr/bin/env python3
"""Hostile-input tests for the seccure++ tools (issue 5), table-driven.

Usage: python3 tests/hostile/hostile.py --bin DIR [--verbose] [-k SUBSTRING]

Every case runs one of our binaries in a fresh directory, in a new session
(no controlling terminal), with a timeout, and checks:
  - the exit status (1 for failures, 2 for usage errors, 0 where noted);
  - the whole of stderr: the tool's usual "Assuming ..." lines and exactly
    one clear line for the error (the original's text where it has one);
  - that the tool was not killed by a signal (no crash, no abort);
  - for -o / -s cases, that the target file kept its old bytes and that no
    other file appeared in (or vanished from) its directory.
The hostile values (x >= p, non-residues, s = 0, r = 0, S >= n^2, ...) are
computed here from the curves' public domain parameters, independently of
the code under test. Some cases need root (a tmpfs for "disk full", running
as `nobody` for permission errors) or a C compiler (an LD_PRELOAD shim that
hides O_TMPFILE to exercise the named-temporary-file path); without them
those cases are reported as skipped.

The last line is `N passed, M failed, K skipped`; the exit status is 1 if
anything failed.
"""

import argparse
import os
import pty
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import termios
import time

TIMEOUT = 60
ALPHABET = "!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~"
assert len(ALPHABET) == 90
OLD = b"OLD CONTENT, MUST SURVIVE\n"
NOBODY = 65534

# Public domain parameters (SEC 2, RFC 5639), hex: p, a, b, n.
CURVE_PARAMS = {
    "secp112r1": (
        "db7c2abf62e35e668076bead208b", "db7c2abf62e35e668076bead2088",
        "659ef8ba043916eede8911702b22", "db7c2abf62e35e7628dfac6561c5"),
    "secp160r1": (
        "ffffffffffffffffffffffffffffffff7fffffff", "ffffffffffffffffffffffffffffffff7ffffffc",
        "1c97befc54bd7a8b65acf89f81d4d4adc565fa45", "100000000000000000001f4c8f927aed3ca752257"),
    # p = 1 mod 8: square roots need Tonelli-Shanks.
    "secp224r1": (
        "ffffffffffffffffffffffffffffffff000000000000000000000001",
        "fffffffffffffffffffffffffffffffefffffffffffffffffffffffe",
        "b4050a850c04b3abf54132565044b0b7d7bfd8ba270b39432355ffb4",
        "ffffffffffffffffffffffffffff16a2e0b8f03e13dd29455c5c2a3d"),
    "brainpoolp256r1": (
        "a9fb57dba1eea9bc3e660a909d838d726e3bf623d52620282013481d1f6e5377",
        "7d5a0975fc2c3057eef67530417affe7fb8055c126dc5c6ce94a4b44f330b5d9",
        "26dc5c6ce94a4b44f330b5d9bbd77cbf958416295cf7e1ce6bccdc18ff8c07b6",
        "a9fb57dba1eea9bc3e660a909d838d718c397aa3b561a6f7901e0e82974856a7"),
    "secp521r1": (
        "1" + "f" * 130, "1" + "f" * 129 + "c",
        "51953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00",
        "1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409"),
}


def clen(x):
    """Base-90 digits of x."""
    n = 0
    while x:
        x //= 90
        n += 1
    return max(n, 1)


def blen(x):
    return max((x.bit_length() + 7) // 8, 1)


def compact(v, length):
    digits = []
    for _ in range(length):
        v, d = divmod(v, 90)
        digits.append(ALPHABET[d])
    assert v == 0, "value does not fit"
    return "".join(reversed(digits))


def uncompact(text):
    v = 0
    for ch in text:
        v = v * 90 + ALPHABET.index(ch)
    return v


class Curve:
    def __init__(self, name):
        self.name = name
        self.p, self.a, self.b, self.n = (int(h, 16) for h in CURVE_PARAMS[name])
        self.pk_bin, self.pk_compact = blen(2 * self.p - 1), clen(2 * self.p - 1)
        self.sig_bin, self.sig_compact = blen(self.n * self.n - 1), clen(self.n * self.n - 1)

    def rhs(self, x):
        return (x * x * x + self.a * x + self.b) % self.p

    def is_square(self, v):
        return v == 0 or pow(v, (self.p - 1) // 2, self.p) == 1

    def decodes(self, v):
        """Whether v is a valid compressed point (FORMAT.md §2), by Euler's criterion."""
        odd = v >= self.p
        x = v - self.p if odd else v
        if x >= self.p:
            return False
        r = self.rhs(x)
        if r == 0:
            return not odd
        return self.is_square(r)

    def non_residue_x(self):
        x = 1
        while self.is_square(self.rhs(x)):
            x += 1
        return x


# ---------------------------------------------------------------- running

class Result:
    def __init__(self, rc, out, err):
        self.rc, self.out, self.err = rc, out, err


def default_signals():
    """Child set-up: the signals the tests send get their default actions
    (a background shell may have left SIGINT/SIGQUIT ignored, and the tools
    rightly keep an ignored disposition)."""
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_DFL)


def drop_to_nobody():
    default_signals()
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


def run(bindir, argv, cwd, stdin=b"", as_nobody=False, preload=None, extra_env=None, timeout=TIMEOUT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE):
    env = dict(os.environ, LC_ALL="C")
    env.pop("LD_PRELOAD", None)
    if preload:
        env["LD_PRELOAD"] = preload
        env["SECCURE_NO_O_TMPFILE"] = "1"  # the same for static binaries
    if extra_env:
        env.update(extra_env)
    argv = [os.path.join(bindir, argv[0])] + list(argv[1:])
    p = subprocess.Popen(argv, cwd=cwd, env=env, start_new_session=True,
                         stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                         stdout=stdout, stderr=stderr,
                         preexec_fn=drop_to_nobody if as_nobody else default_signals)
    try:
        out, err = p.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        raise
    return Result(p.returncode, out or b"", err or b"")


class Case:
    """One table row. err: expected stderr lines, each a str (exact) or a
    compiled regex (fullmatch). target: a file (relative to the case
    directory) pre-created with OLD that must survive; watch: directories
    (relative) whose listing must not change."""

    def __init__(self, name, argv, rc=1, err=(), stdin=b"", out=None, files=None, dirs=(), target=None,
                 watch=None, nobody=False, needs=(), setup=None, preload=False, check=None, stdout_to=None):
        self.name, self.argv, self.rc = name, argv, rc
        self.err = None if err is None else list(err)
        self.stdin, self.out, self.files, self.dirs = stdin, out, files or {}, dirs
        self.target, self.nobody, self.needs, self.setup = target, nobody, set(needs), setup
        self.preload, self.check, self.stdout_to = preload, check, stdout_to
        self.watch = watch if watch is not None else ([os.path.dirname(target) or "."] if target else [])
        if nobody:
            self.needs.add("root")


def listing(path):
    try:
        return sorted(os.listdir(path))
    except OSError as e:
        return "<%s>" % e


def match_lines(expected, text):
    lines = text.decode("utf-8", "surrogateescape").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        return "stderr does not end with a newline: %r" % text
    if len(lines) != len(expected):
        return "expected %d stderr lines, got %d" % (len(expected), len(lines))
    for want, got in zip(expected, lines):
        if isinstance(want, str):
            if want != got:
                return "stderr line %r != expected %r" % (got, want)
        elif not want.fullmatch(got):
            return "stderr line %r does not match /%s/" % (got, want.pattern)
    return None


# ---------------------------------------------------------------- fixtures

class Fixtures:
    """Keys, ciphertexts and signatures made once (by our tools: these tests
    are about hostile input, not about correctness) in `root`."""

    def __init__(self, bindir, root):
        self.bindir, self.root = bindir, root
        self.curves = {name: Curve(name) for name in CURVE_PARAMS}
        self.write("pw", b"hostile test passphrase\n")
        self.write("pw-wrong", b"not the passphrase\n")
        self.write("empty", b"")
        self.write("msg", bytes(range(256)) * 4)
        self.write("unreadable", b"secret\n", mode=0)
        os.mkdir(self.path("dir"))
        self.key, self.other_key, self.ct, self.sig, self.sigbin, self.sc = {}, {}, {}, {}, {}, {}
        for name in self.curves:
            self.key[name] = self.tool_key(name, "pw")
            self.other_key[name] = self.tool_key(name, "pw-wrong")
            r = self.tool(["seccure-encrypt", "-q", "-m", "80", "-c", name, "-i", self.path("msg"),
                           "-o", self.path("ct." + name), self.key[name]])
            self.ct[name] = self.read("ct." + name)
            self.tool(["seccure-sign", "-q", "-c", name, "-F", self.path("pw"), "-i", self.path("msg"),
                       "-s", self.path("sig." + name)])
            self.sig[name] = self.read("sig." + name).decode().strip()
            self.tool(["seccure-sign", "-q", "-b", "-c", name, "-F", self.path("pw"), "-i", self.path("msg"),
                       "-s", self.path("sigbin." + name)])
            self.sigbin[name] = self.read("sigbin." + name)
            self.tool(["seccure-signcrypt", "-q", "-c", name, "-c", name, "-F", self.path("pw"), "-i",
                       self.path("msg"), "-o", self.path("sc." + name), self.key[name]])
            self.sc[name] = self.read("sc." + name)
            del r
        os.chmod(root, 0o755)

    def path(self, name):
        return os.path.join(self.root, name)

    def write(self, name, data, mode=0o644):
        with open(self.path(name), "wb") as f:
            f.write(data)
        os.chmod(self.path(name), mode)
        return self.path(name)

    def read(self, name):
        with open(self.path(name), "rb") as f:
            return f.read()

    def tool(self, argv):
        r = run(self.bindir, argv, self.root, stdin=None)
        if r.rc != 0:
            raise RuntimeError("fixture command failed: %s: %s" % (argv, r.err))
        return r

    def tool_key(self, curve, pw):
        r = self.tool(["seccure-key", "-q", "-c", curve, "-F", self.path(pw)])
        return r.out.decode().strip()


# ---------------------------------------------------------------- the table

def flip(data, index, bit=0):
    b = bytearray(data)
    b[index] ^= 1 << bit
    return bytes(b)


def build_cases(fx, caps):
    cases = []
    add = cases.append
    P = fx.path
    msg_assume = "Assuming MAC length of 80 bits."

    for name, c in fx.curves.items():
        key, ct, sig, sigbin, sc = fx.key[name], fx.ct[name], fx.sig[name], fx.sigbin[name], fx.sc[name]
        pkb, pkc = c.pk_bin, c.pk_compact
        dec = ["seccure-decrypt", "-c", name, "-m", "80", "-F", P("pw")]
        vd = ["seccure-veridec", "-c", name, "-c", name, "-F", P("pw")]
        forged = "Integrity check failed, message forged!"
        bad_header = "Abort: Inconsistent header."
        vd_forged = "WARNING: Invalid signature, message forged!"

        def dec_case(label, data, err, rc=1, argv=dec):
            """Decrypt `data` from a file into an existing -o target."""
            add(Case("%s decrypt: %s" % (name, label), argv + ["-i", "in", "-o", "out/t"], rc=rc, err=err,
                     files={"in": data}, dirs=["out"], target="out/t"))

        def header_verdict(hdr, ok):
            return ok if c.decodes(int.from_bytes(hdr, "big")) else bad_header

        # Ciphertexts shorter than a header, header only, tag missing.
        dec_case("empty ciphertext", b"", ["Abort: Inconsistent header (too short)."])
        dec_case("shorter than the header", ct[:pkb - 1], ["Abort: Inconsistent header (too short)."])
        dec_case("header only, tag missing", ct[:pkb], ["FATAL: Input too short."])
        dec_case("header and 9 of 10 tag bytes", ct[:pkb + 9], ["FATAL: Input too short."])
        dec_case("header and a wrong 10-byte tag", ct[:pkb] + bytes(10), [forged])
        # The header is not a point.
        for label, v in [("x >= p (v = 2p)", 2 * c.p), ("x >= p (v = 2p + 1)", 2 * c.p + 1),
                         ("x >= p (all ones)", 256 ** pkb - 1),
                         ("x with no square root", c.non_residue_x()),
                         ("odd y, x with no square root", c.p + c.non_residue_x())]:
            assert not c.decodes(v), (name, label)
            dec_case("header " + label, v.to_bytes(pkb, "big") + ct[pkb:], [bad_header])
        # No encoding of the point at infinity exists; the all-zero header (the
        # original's stand-in for it) is x = 0: a point iff b is a square.
        dec_case("all-zero header (infinity)", bytes(pkb) + ct[pkb:], [header_verdict(bytes(pkb), forged)])
        # Flipped bits in header, body, tag.
        for i, bit in [(pkb - 1, 0), (pkb // 2, 3), (0, 0)]:
            h = flip(ct, i, bit)
            dec_case("flipped bit %d of header byte %d" % (bit, i), h, [header_verdict(h[:pkb], forged)])
        for i in [pkb, pkb + 500, len(ct) - 11]:
            dec_case("flipped bit in body byte %d" % i, flip(ct, i, 5), [forged])
        for i in [len(ct) - 10, len(ct) - 1]:
            dec_case("flipped bit in tag byte %d" % i, flip(ct, i, 7), [forged])
        dec_case("trailing garbage", ct + b"x", [forged])
        dec_case("truncated tag", ct[:-1], [forged])
        # Wrong passphrase, wrong -m.
        dec_case("wrong passphrase", ct, [forged],
                 argv=["seccure-decrypt", "-c", name, "-m", "80", "-F", P("pw-wrong")])
        for m in ["64", "96", "256", "8"]:
            dec_case("wrong -m %s" % m, ct, [forged], argv=["seccure-decrypt", "-c", name, "-m", m, "-F", P("pw")])

        # veridec: the same for signcryption.
        def vd_case(label, data, err, argv=None):
            add(Case("%s veridec: %s" % (name, label), (argv or vd) + ["-i", "in", "-o", "out/t", key], err=err,
                     files={"in": data}, dirs=["out"], target="out/t"))
        vd_case("shorter than the header", sc[:pkb - 1], ["Abort: Inconsistent header (too short)."])
        vd_case("header only, signature missing", sc[:pkb], ["FATAL: Input too short."])
        vd_case("header x >= p", (2 * c.p).to_bytes(pkb, "big") + sc[pkb:], [bad_header])
        vd_case("header with no square root", c.non_residue_x().to_bytes(pkb, "big") + sc[pkb:], [bad_header])
        for i in [pkb - 1, pkb + 3, len(sc) - 1]:
            h = flip(sc, i, 1)
            vd_case("flipped bit in byte %d" % i, h, [header_verdict(h[:pkb], vd_forged)])
        vd_case("wrong passphrase", sc, [vd_forged],
                argv=["seccure-veridec", "-c", name, "-c", name, "-F", P("pw-wrong")])
        add(Case("%s veridec: wrong sender key" % name,
                 vd + ["-i", P("sc." + name), "-o", "out/t", fx.other_key[name]], err=[vd_forged],
                 dirs=["out"], target="out/t"))

        # Public keys: encrypt, signcrypt, verify, veridec, dh.
        bad_keys = [
            ("a character outside the alphabet", key[:-1] + '"', False),
            ("a space", " " + key[1:], False),
            ("a non-ASCII byte", key[:-1] + "\udcff", False),
            ("one digit too many", key + "!", True),
            ("one digit too few", key[:-1], True),
            ("empty", "", True),
            ("x >= p (v = 2p)", compact(2 * c.p, pkc), False),
            ("x >= p (largest value)", "~" * pkc, False),
            ("x not on the curve", compact(c.non_residue_x(), pkc), False),
            ("odd y, x not on the curve", compact(c.p + c.non_residue_x(), pkc), False),
        ]
        for label, k, wrong_len in bad_keys:
            karg = k.encode("utf-8", "surrogateescape")
            enc_err = "FATAL: Invalid encryption key%s." % (" (wrong length)" if wrong_len else "")
            ver_err = "FATAL: Invalid verification key%s." % (" (wrong length)" if wrong_len else "")
            dh_err = "FATAL: Invalid key%s." % (" (wrong length)" if wrong_len else "")
            add(Case("%s encrypt key: %s" % (name, label),
                     ["seccure-encrypt", "-c", name, "-m", "80", "-i", P("msg"), "-o", "out/t", karg],
                     err=[enc_err], dirs=["out"], target="out/t"))
            add(Case("%s signcrypt key: %s" % (name, label),
                     ["seccure-signcrypt", "-c", name, "-c", name, "-F", P("pw"), "-i", P("msg"), "-o", "out/t",
                      karg], err=[enc_err], dirs=["out"], target="out/t"))
            add(Case("%s verify key: %s" % (name, label),
                     ["seccure-verify", "-c", name, "-i", P("msg"), karg, sig], err=[ver_err]))
            add(Case("%s veridec key: %s" % (name, label),
                     vd + ["-i", P("sc." + name), "-o", "out/t", karg], err=[ver_err], dirs=["out"], target="out/t"))
            # DH: the peer's key is the line on stdin.
            add(Case("%s dh peer key: %s" % (name, label), ["seccure-dh", "-q", "-c", name],
                     stdin=karg + b"\n", err=[re.compile(r"[!-~]{%d}" % pkc), dh_err]))

        # Signatures: on the command line, in a -s file, binary, appended.
        n, L, Lb = c.n, c.sig_compact, c.sig_bin
        ver = ["seccure-verify", "-c", name, "-i", P("msg"), key]
        ok = "Signature successfully verified!"
        bad_len = "Invalid signature (wrong length)!"
        bad_struct = "Invalid signature (inconsistent structure)!"
        sig_forged = "Invalid signature, message forged!"
        S = uncompact(sig)
        s_valid, r_valid = divmod(S, n)
        assert 1 <= s_valid < n and 1 <= r_valid < n
        sig_values = [
            ("s = 0", r_valid),
            ("r = 0", s_valid * n),
            ("s = 0 and r = 0", 0),
            ("r >= n (r + n, read as another (s, r))", s_valid * n + r_valid + n),
            ("s = n - 1, r = n - 1", (n - 1) * n + n - 1),
            ("S = n^2 (s = n)", n * n),
            ("S = n^2 + r (s = n)", n * n + r_valid),
            ("S >= n^2 (s = n + 1)", (n + 1) * n + r_valid),
        ]
        add(Case("%s verify: the valid signature (sanity)" % name, ver + [sig], rc=0, err=[ok]))
        for label, v in sig_values:
            if v < 90 ** L:
                add(Case("%s verify: compact %s" % (name, label), ver + [compact(v, L)], err=[sig_forged]))
                add(Case("%s verify -s: compact %s" % (name, label), ver[:-1] + ["-s", "sig", key],
                         files={"sig": compact(v, L).encode() + b"\n"}, err=[sig_forged]))
            if v < 256 ** Lb:
                add(Case("%s verify -b -s: binary %s" % (name, label), ["seccure-verify", "-b"] + ver[1:-1] +
                         ["-s", "sig", key], files={"sig": v.to_bytes(Lb, "big")}, err=[sig_forged]))
        add(Case("%s verify: largest compact value" % name, ver + ["~" * L], err=[sig_forged]))
        add(Case("%s verify -b: all-ones binary" % name, ["seccure-verify", "-b"] + ver[1:-1] + ["-s", "sig", key],
                 files={"sig": b"\xff" * Lb}, err=[sig_forged]))
        add(Case("%s verify: a bad character" % name, ver + [sig[:5] + "\\" + sig[6:]], err=[bad_struct]))
        add(Case("%s verify: a space" % name, ver + [sig[:-1] + " "], err=[bad_struct]))
        add(Case("%s verify: one digit short" % name, ver + [sig[:-1]], err=[bad_len]))
        add(Case("%s verify: one digit long" % name, ver + [sig + "!"], err=[bad_len]))
        add(Case("%s verify: empty argument" % name, ver + [""], err=[bad_len]))
        add(Case("%s verify: a changed digit" % name,
                 ver + [sig[:-1] + ALPHABET[(ALPHABET.index(sig[-1]) + 1) % 90]], err=[sig_forged]))
        add(Case("%s verify: a binary signature as the argument" % name,
                 ["seccure-verify", "-b"] + ver[1:] + [sig],
                 err=["FATAL: Binary signature is not accepted here."]))
        add(Case("%s verify -b -s: one byte short" % name, ["seccure-verify", "-b"] + ver[1:-1] + ["-s", "sig", key],
                 files={"sig": sigbin[:-1]}, err=[bad_len]))
        add(Case("%s verify -b -s: flipped bit" % name, ["seccure-verify", "-b"] + ver[1:-1] + ["-s", "sig", key],
                 files={"sig": flip(sigbin, Lb - 1, 0)}, err=[sig_forged]))
        add(Case("%s verify -s: empty signature file" % name, ver[:-1] + ["-s", P("empty"), key], err=[bad_len]))
        add(Case("%s verify -b -s: empty signature file" % name,
                 ["seccure-verify", "-b"] + ver[1:-1] + ["-s", P("empty"), key], err=[bad_len]))
        add(Case("%s verify -s: missing signature file" % name, ver[:-1] + ["-s", "missing", key],
                 err=["FATAL: Cannot open signature file: No such file or directory."]))
        add(Case("%s verify -a: S >= n^2 appended" % name,
                 ["seccure-verify", "-a", "-c", name, "-i", "in", key],
                 files={"in": fx.read("msg") + compact(n * n + 1, L).encode()} if n * n + 1 < 90 ** L else
                 {"in": fx.read("msg") + b"~" * L}, err=[sig_forged]))
        add(Case("%s verify -a -b: s = 0 appended" % name,
                 ["seccure-verify", "-a", "-b", "-c", name, "-i", "in", key],
                 files={"in": fx.read("msg") + r_valid.to_bytes(Lb, "big")}, err=[sig_forged]))
        add(Case("%s verify -a: input shorter than a signature" % name,
                 ["seccure-verify", "-a", "-c", name, "-i", "in", key], files={"in": sig[:-1].encode()},
                 err=["FATAL: Input too short."]))

        # DH: other peer-line shapes.
        own = re.compile(r"[!-~]+")
        add(Case("%s dh peer key: empty line" % name, ["seccure-dh", "-q", "-c", name], stdin=b"\n",
                 err=[own, "FATAL: Invalid key (wrong length)."]))
        add(Case("%s dh peer key: no input" % name, ["seccure-dh", "-q", "-c", name], stdin=b"",
                 err=[own, "FATAL: Invalid key (wrong length)."]))
        add(Case("%s dh peer key: binary garbage" % name, ["seccure-dh", "-q", "-c", name],
                 stdin=bytes(range(256)) * 8, err=[own, "FATAL: Invalid key (wrong length)."]))
        add(Case("%s dh peer key: a valid key (sanity)" % name, ["seccure-dh", "-q", "-c", name],
                 stdin=key.encode() + b"\n", rc=0, err=[own]))

    # ---- MAC length not a multiple of 8 or out of range (checked first).
    # Not a decimal number, or 2^32 and more (where the original's atoi()
    # wrapped): refused as a usage error, exit 2 (README, differences).
    for m in ["7", "12", "-8", "257", "264", "1000000000000", "abc", "", "0x50", "80x", "4294967376"]:
        rc = 1 if m.lstrip("-").isdigit() and int(m.lstrip("-")) < 2**32 else 2
        for tool, extra in [("seccure-decrypt", ["-F", P("pw"), "-i", P("ct.secp160r1")]),
                            ("seccure-encrypt", ["-i", P("msg"), fx.key["secp160r1"]])]:
            add(Case("%s -m %r" % (tool, m), [tool, "-m", m, "-o", "out/t"] + extra, rc=rc,
                     err=["FATAL: Invalid MAC length."], dirs=["out"], target="out/t"))

    # ---- -s with -a.
    add(Case("sign -s with -a", ["seccure-sign", "-a", "-s", "out/t", "-F", P("pw"), "-i", P("msg")],
             err=["FATAL: The options -s and -a may not be combined."], dirs=["out"], target="out/t"))
    add(Case("verify -s with -a", ["seccure-verify", "-a", "-s", P("sig.secp160r1"), "-i", P("msg"),
                                   fx.key["secp160r1"]],
             err=["FATAL: Exactly one signature has to be specified."]))
    add(Case("verify -s with an argument", ["seccure-verify", "-s", P("sig.secp160r1"), "-i", P("msg"),
                                            fx.key["secp160r1"], fx.sig["secp160r1"]],
             err=["FATAL: Exactly one signature has to be specified."]))

    # ---- Unknown curve, every tool.
    k160 = fx.key["secp160r1"]
    for argv, pre in [(["seccure-key", "-F", P("pw")], []),
                      (["seccure-encrypt", "-i", P("msg"), k160], [msg_assume]),
                      (["seccure-decrypt", "-F", P("pw"), "-i", P("ct.secp160r1")], [msg_assume]),
                      (["seccure-sign", "-F", P("pw"), "-i", P("msg")], []),
                      (["seccure-verify", "-i", P("msg"), k160, fx.sig["secp160r1"]], []),
                      (["seccure-signcrypt", "-F", P("pw"), "-i", P("msg"), k160], []),
                      (["seccure-veridec", "-F", P("pw"), "-i", P("sc.secp160r1"), k160], []),
                      (["seccure-dh"], [])]:
        for curve in ["nope", "p161", "secp160r1/x"]:
            add(Case("%s -c %r" % (argv[0], curve), [argv[0], "-c", curve] + argv[1:],
                     err=pre + ["FATAL: Invalid curve name."]))
    add(Case("signcrypt: unknown second curve", ["seccure-signcrypt", "-c", "p160", "-c", "nope", "-F", P("pw"),
                                                  "-i", P("msg"), k160], err=["FATAL: Invalid curve name."]))
    add(Case("veridec: unknown second curve", ["seccure-veridec", "-c", "p160", "-c", "nope", "-F", P("pw"),
                                                "-i", P("sc.secp160r1"), k160], err=["FATAL: Invalid curve name."]))

    # ---- Files that are missing, unreadable, directories; unwritable output.
    enoent, eacces = "No such file or directory", "Permission denied"
    dec160 = ["seccure-decrypt", "-m", "80", "-c", "p160"]
    for label, path, reason, nobody in [("missing", "missing", enoent, False),
                                        ("unreadable", P("unreadable"), eacces, True)]:
        add(Case("decrypt -i %s" % label, dec160 + ["-F", P("pw"), "-i", path, "-o", "out/t"],
                 err=["FATAL: Cannot open input file: %s." % reason], dirs=["out"], target="out/t", nobody=nobody))
        add(Case("encrypt -i %s" % label, ["seccure-encrypt", "-m", "80", "-i", path, "-o", "out/t", k160],
                 err=["FATAL: Cannot open input file: %s." % reason], dirs=["out"], target="out/t", nobody=nobody))
        add(Case("sign -i %s" % label, ["seccure-sign", "-F", P("pw"), "-i", path, "-s", "out/t"],
                 err=["FATAL: Cannot open input file: %s." % reason], dirs=["out"], target="out/t", nobody=nobody))
        add(Case("decrypt -F %s" % label, dec160 + ["-F", path, "-i", P("ct.secp160r1"), "-o", "out/t"],
                 err=["FATAL: Cannot open password file: %s." % reason], dirs=["out"], target="out/t",
                 nobody=nobody))
        add(Case("key -F %s" % label, ["seccure-key", "-F", path],
                 err=["FATAL: Cannot open password file: %s." % reason], nobody=nobody))
        add(Case("verify -s %s" % label, ["seccure-verify", "-s", path, "-i", P("msg"), k160],
                 err=["FATAL: Cannot open signature file: %s." % reason], nobody=nobody))
    add(Case("decrypt -i a directory", dec160 + ["-F", P("pw"), "-i", P("dir"), "-o", "out/t"],
             err=["FATAL: Read error: Is a directory."], dirs=["out"], target="out/t"))
    add(Case("encrypt -i a directory", ["seccure-encrypt", "-m", "80", "-i", P("dir"), "-o", "out/t", k160],
             err=["FATAL: Read error: Is a directory."], dirs=["out"], target="out/t"))
    add(Case("sign -i a directory", ["seccure-sign", "-c", "p160", "-F", P("pw"), "-i", P("dir"), "-s", "out/t"],
             err=["FATAL: Read error: Is a directory."], dirs=["out"], target="out/t"))
    add(Case("decrypt -F a directory", dec160 + ["-F", P("dir"), "-i", P("ct.secp160r1"), "-o", "out/t"],
             err=["FATAL: Cannot read text line: Is a directory."], dirs=["out"], target="out/t"))
    add(Case("verify -s a directory", ["seccure-verify", "-s", P("dir"), "-i", P("msg"), k160],
             err=["FATAL: Cannot read signature: Is a directory."]))
    add(Case("decrypt -o into a missing directory", dec160 + ["-F", P("pw"), "-i", P("ct.secp160r1"), "-o",
                                                              "missing/t"],
             err=["FATAL: Cannot open output file: No such file or directory."], watch=["."]))
    add(Case("decrypt -o a directory", dec160 + ["-F", P("pw"), "-i", P("ct.secp160r1"), "-o", "out"],
             err=["FATAL: Cannot open output file: Is a directory."], dirs=["out"], watch=[".", "out"]))

    def ro_dir(d):
        os.chmod(os.path.join(d, "out"), 0o555)
    for tool, argv, msg in [
            ("decrypt", dec160 + ["-F", P("pw"), "-i", P("ct.secp160r1"), "-o", "out/t"], "Cannot open output file"),
            ("encrypt", ["seccure-encrypt", "-m", "80", "-i", P("msg"), "-o", "out/t", k160],
             "Cannot open output file"),
            ("signcrypt", ["seccure-signcrypt", "-c", "p160", "-F", P("pw"), "-i", P("msg"), "-o", "out/t", k160],
             "Cannot open output file"),
            ("sign -s", ["seccure-sign", "-c", "p160", "-F", P("pw"), "-i", P("msg"), "-s", "out/t"],
             "Cannot open signature file")]:
        add(Case("%s into an unwritable directory" % tool, argv, err=["FATAL: %s: Permission denied." % msg],
                 dirs=["out"], target="out/t", nobody=True, setup=ro_dir))
        add(Case("%s into an unwritable directory, new file" % tool, [a if a != "out/t" else "out/new" for a in argv],
                 err=["FATAL: %s: Permission denied." % msg], dirs=["out"], target="out/t", nobody=True, setup=ro_dir))

    def ro_file(d):
        os.chmod(os.path.join(d, "out", "t"), 0o444)
    add(Case("decrypt -o a read-only file", dec160 + ["-F", P("pw"), "-i", P("ct.secp160r1"), "-o", "out/t"],
             err=["FATAL: Cannot open output file: Permission denied."], dirs=["out"], target="out/t", nobody=True,
             setup=ro_file))

    # ---- Disk full: a 1 MiB tmpfs (root), and /dev/full.
    big = "big"
    for tool, argv, err in [
            ("decrypt", dec160 + ["-F", P("pw"), "-i", P("ct.big"), "-o", "full/t"],
             ["FATAL: Write error: No space left on device."]),
            ("encrypt", ["seccure-encrypt", "-m", "80", "-i", P(big), "-o", "full/t", k160],
             ["FATAL: Write error: No space left on device."]),
            ("signcrypt", ["seccure-signcrypt", "-c", "p160", "-F", P("pw"), "-i", P(big), "-o", "full/t", k160],
             ["FATAL: Write error: No space left on device."]),
            ("sign -f", ["seccure-sign", "-f", "-c", "p160", "-F", P("pw"), "-i", P(big), "-o", "full/t"],
             ["FATAL: Write error: No space left on device."])]:
        add(Case("%s -o into a full file system" % tool, argv, err=err, target="full/t", needs=["tmpfs"]))
        add(Case("%s -o new file into a full file system" % tool, [a if a != "full/t" else "full/new" for a in argv],
                 err=err, target="full/t", needs=["tmpfs"]))

    def fill(d):
        # Fill the tmpfs up completely; the sign's small file then cannot be written.
        with open(os.path.join(d, "full", "filler"), "wb", buffering=0) as f:
            try:
                while True:
                    f.write(b"\0" * 4096)
                    f.flush()
            except OSError:
                pass
    add(Case("sign -s into a completely full file system",
             ["seccure-sign", "-c", "p160", "-F", P("pw"), "-i", P("msg"), "-s", "full/t"],
             err=["FATAL: Cannot close signature file: No space left on device."], target="full/t",
             needs=["tmpfs"], setup=fill))
    add(Case("encrypt to /dev/full", ["seccure-encrypt", "-m", "80", "-i", P("msg"), "-o", "/dev/full", k160],
             err=["FATAL: Write error: No space left on device."]))
    add(Case("decrypt stdout is /dev/full", dec160 + ["-F", P("pw"), "-i", P("ct.secp160r1")],
             err=["FATAL: Write error: No space left on device."], stdout_to="/dev/full"))
    add(Case("key stdout is /dev/full", ["seccure-key", "-c", "p160", "-F", P("pw")],
             err=["FATAL: Write error: No space left on device."], stdout_to="/dev/full"))
    add(Case("sign -s /dev/full", ["seccure-sign", "-c", "p160", "-F", P("pw"), "-i", P("msg"), "-s", "/dev/full"],
             err=["FATAL: Cannot close signature file: No space left on device."]))

    # ---- Usage errors: one reason line, then the usage text; exit 2.
    for tool, argv, reason in [
            ("seccure-encrypt", ["-x", k160], "invalid option -- 'x'"),
            ("seccure-decrypt", ["-c"], "option requires an argument -- 'c'"),
            ("seccure-encrypt", [], "wrong number of arguments"),
            ("seccure-encrypt", [k160, k160], "wrong number of arguments"),
            ("seccure-verify", [], "wrong number of arguments"),
            ("seccure-key", ["extra"], "wrong number of arguments"),
            ("seccure-dh", ["-Z"], "invalid option -- 'Z'")]:
        add(Case("%s usage: %s" % (tool, reason), [tool] + argv, rc=2,
                 err=["%s: %s" % (tool, reason), re.compile(re.escape("Usage: %s " % tool) + ".*"), re.compile(".*"),
                      re.compile(".*")]))

    # ---- The passphrase file: first line only, NULs; warnings (issue 5).
    k = fx.key["secp160r1"]
    first = "Warning: Only the first line of the password file was used; the rest was ignored."
    nul = "Warning: The password file contains NUL bytes; they are part of the passphrase."
    for label, data, warnings in [
            ("a trailing newline", b"hostile test passphrase\n", []),
            ("no trailing newline", b"hostile test passphrase", []),
            ("CRLF", b"hostile test passphrase\r\n", []),
            ("a second line", b"hostile test passphrase\nsecond line\n", [first]),
            ("an empty second line", b"hostile test passphrase\n\n", [first]),
            ("data after 5000 bytes", b"hostile test passphrase\n" + b"x" * 5000, [first])]:
        add(Case("-F with %s" % label, ["seccure-key", "-c", "p160", "-F", "pwf"], rc=0, files={"pwf": data},
                 out=b"The public key is: " + k.encode() + b"\n", err=warnings))
        add(Case("-q -F with %s" % label, ["seccure-key", "-q", "-c", "p160", "-F", "pwf"], rc=0,
                 files={"pwf": data}, out=k.encode() + b"\n"))
    long_line = b"y" * 4095  # with its newline, exactly the first 4096-byte read
    add(Case("-F: first line exactly one block, then more", ["seccure-key", "-c", "p160", "-F", "pwf"], rc=0,
             files={"pwf": long_line + b"\nmore"}, err=[first], out=None))
    add(Case("-F: first line exactly one block, newline last", ["seccure-key", "-c", "p160", "-F", "pwf"], rc=0,
             files={"pwf": long_line + b"\n"}, err=[], out=None))
    add(Case("-F with NUL bytes", ["seccure-key", "-c", "p160", "-F", "pwf"], rc=0, files={"pwf": b"a\0b\n"},
             err=[nul], out=b"The public key is: 2y?nLd+48R/cW(5.]Hjr$HZM1\n"))
    add(Case("-F with NUL bytes and a second line", ["seccure-key", "-c", "p160", "-F", "pwf"], rc=0,
             files={"pwf": b"a\0b\nc\0d\n"}, err=[nul, first], out=b"The public key is: 2y?nLd+48R/cW(5.]Hjr$HZM1\n"))
    add(Case("-F: NUL only after the first line", ["seccure-key", "-c", "p160", "-F", "pwf"], rc=0,
             files={"pwf": b"hostile test passphrase\n\0"}, err=[first], out=b"The public key is: " + k.encode() + b"\n"))
    add(Case("decrypt -F with a second line still decrypts",
             dec160 + ["-F", "pwf", "-i", P("ct.secp160r1"), "-o", "out/t"], rc=0,
             files={"pwf": b"hostile test passphrase\nrest\n"}, dirs=["out"],
             err=[first, "Integrity check successful, message unforged!"]))
    # -F naming a pipe (/dev/stdin): only the passphrase line is consumed, the
    # message follows on the same pipe (as the original reads it).
    add(Case("-F /dev/stdin, the message on the same pipe",
             ["seccure-sign", "-q", "-c", "p160", "-F", "/dev/stdin"], rc=0,
             stdin=b"hostile test passphrase\n" + fx.read("msg"), err=[fx.sig["secp160r1"]]))
    # stderr that cannot be written is not an error of its own (the original ignores it too).
    add(Case("key with stderr on /dev/full", ["seccure-key", "-F", P("pw")], rc=0, err=None,
             out=b"The public key is: " + fx.key["secp160r1"].encode() + b"\n"))
    return cases


def run_case(case, fx, bindir, caps, workroot):
    d = tempfile.mkdtemp(dir=workroot)
    os.chmod(d, 0o777)
    for sub in case.dirs:
        os.makedirs(os.path.join(d, sub), exist_ok=True)
        os.chmod(os.path.join(d, sub), 0o777)
    mounted = None
    try:
        if "tmpfs" in case.needs:
            mounted = os.path.join(d, "full")
            os.mkdir(mounted)
            subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0777", "tmpfs", mounted], check=True)
        for name, data in case.files.items():
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
            os.chmod(os.path.join(d, name), 0o644)
        if case.target:
            with open(os.path.join(d, case.target), "wb") as f:
                f.write(OLD)
            os.chmod(os.path.join(d, case.target), 0o666)
        if case.setup:
            case.setup(d)
        before = {w: listing(os.path.join(d, w)) for w in case.watch}
        stdout = subprocess.PIPE
        stderr = subprocess.PIPE
        opened = []
        if case.stdout_to:
            stdout = open(case.stdout_to, "wb")
            opened.append(stdout)
        if case.err is None:
            stderr = open("/dev/full", "wb")
            opened.append(stderr)
        try:
            r = run(bindir, case.argv, d, stdin=case.stdin if case.stdin else None, as_nobody=case.nobody,
                    preload=fx.preload if case.preload else None, stdout=stdout, stderr=stderr)
        except subprocess.TimeoutExpired:
            return "timed out after %d s" % TIMEOUT
        finally:
            for f in opened:
                f.close()
        problems = []
        if r.rc < 0:
            problems.append("killed by signal %d" % -r.rc)
        elif r.rc != case.rc:
            problems.append("exit status %d, expected %d" % (r.rc, case.rc))
        if case.err is not None:
            m = match_lines(case.err, r.err)
            if m:
                problems.append(m)
        if case.out is not None and r.out != case.out:
            problems.append("stdout %r, expected %r" % (r.out[:200], case.out[:200]))
        if case.target:
            try:
                with open(os.path.join(d, case.target), "rb") as f:
                    now = f.read()
            except OSError as e:
                now = str(e).encode()
            if case.rc != 0 and now != OLD:
                problems.append("target %s changed: %r" % (case.target, now[:80]))
        after = {w: listing(os.path.join(d, w)) for w in case.watch}
        if before != after:
            problems.append("directory listing changed: %s -> %s" % (before, after))
        if problems and r.err and case.err is not None:
            problems.append("stderr was: %r" % r.err[:400])
        return "; ".join(problems) or None
    finally:
        if mounted:
            subprocess.run(["umount", mounted])
        for root, dirs, files in os.walk(d):
            for x in dirs:
                os.chmod(os.path.join(root, x), 0o755)
        shutil.rmtree(d, ignore_errors=True)


# ---------------------------------------------------------------- special tests
# Tests that need more than one command line: same file in and out, signals,
# closed pipes, core-dump settings. Each returns None (pass), a string
# (failure) or raises Skip.

class Skip(Exception):
    pass


def special_tests(fx, bindir, caps, workroot):
    P = fx.path
    k160 = fx.key["secp160r1"]
    tests = []

    def test(fn):
        tests.append(fn)
        return fn

    def fresh():
        d = tempfile.mkdtemp(dir=workroot)
        os.chmod(d, 0o755)
        return d

    def read(path):
        with open(path, "rb") as f:
            return f.read()

    @test
    def same_file_in_place():
        """-i X -o X works: X is replaced only when the tool succeeds."""
        d = fresh()
        x = os.path.join(d, "X")
        msg = fx.read("msg")
        with open(x, "wb") as f:
            f.write(msg)
        r = run(bindir, ["seccure-encrypt", "-q", "-m", "80", "-i", "X", "-o", "X", k160], d, stdin=None)
        if r.rc != 0 or len(read(x)) != len(msg) + 21 + 10:
            return "encrypt in place: rc %d, %d bytes, %r" % (r.rc, len(read(x)), r.err)
        ct = read(x)
        r = run(bindir, ["seccure-decrypt", "-q", "-m", "80", "-c", "p160", "-F", P("pw-wrong"), "-i", "X", "-o",
                         "X"], d, stdin=None)
        if r.rc != 1 or read(x) != ct:
            return "decrypt in place with the wrong passphrase: rc %d, input changed: %s" % (r.rc, read(x) != ct)
        os.link(x, os.path.join(d, "L"))
        r = run(bindir, ["seccure-decrypt", "-q", "-m", "80", "-c", "p160", "-F", P("pw-wrong"), "-i", "X", "-o",
                         "L"], d, stdin=None)
        if r.rc != 1 or read(x) != ct or read(os.path.join(d, "L")) != ct:
            return "decrypt into a hard link of the input, wrong passphrase: the input changed"
        r = run(bindir, ["seccure-decrypt", "-q", "-m", "80", "-c", "p160", "-F", P("pw"), "-i", "X", "-o", "L"], d,
                stdin=None)
        if r.rc != 0 or read(os.path.join(d, "L")) != msg or read(x) != ct:
            return "decrypt into a hard link of the input: rc %d" % r.rc
        r = run(bindir, ["seccure-decrypt", "-q", "-m", "80", "-c", "p160", "-F", P("pw"), "-i", "X", "-o", "X"], d,
                stdin=None)
        if r.rc != 0 or read(x) != msg:
            return "decrypt in place: rc %d" % r.rc
        r = run(bindir, ["seccure-sign", "-q", "-a", "-c", "p160", "-F", P("pw"), "-i", "X", "-o", "X"], d, stdin=None)
        r2 = run(bindir, ["seccure-verify", "-q", "-a", "-f", "-i", "X", "-o", "X", k160], d, stdin=None)
        if r.rc or r2.rc or read(x) != msg:
            return "sign -a / verify -a -f in place: %d %d" % (r.rc, r2.rc)
        if sorted(os.listdir(d)) != ["L", "X"]:
            return "extra files: %s" % os.listdir(d)

    def interrupted(preload, sig, tool="decrypt"):
        """Starts a tool writing -o out/t, waits until it is writing, sends
        `sig`; target must be unchanged and no file left over."""
        if preload and not fx.preload:
            raise Skip("no C compiler for the O_TMPFILE-hiding shim")
        d = fresh()
        out = os.path.join(d, "out")
        os.mkdir(out)
        with open(os.path.join(out, "t"), "wb") as f:
            f.write(OLD)
        env = dict(os.environ, LC_ALL="C")
        env.pop("LD_PRELOAD", None)
        if preload:
            env["LD_PRELOAD"] = fx.preload
            env["SECCURE_NO_O_TMPFILE"] = "1"  # the same for static binaries
        if tool == "decrypt":
            argv = ["seccure-decrypt", "-q", "-m", "80", "-c", "p160", "-F", P("pw"), "-o", "out/t"]
            data = fx.read("ct.big")
        else:
            argv = ["seccure-encrypt", "-q", "-m", "80", "-o", "out/t", k160]
            data = fx.read("big")
        p = subprocess.Popen([os.path.join(bindir, argv[0])] + argv[1:], cwd=d, env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                             preexec_fn=default_signals)
        try:
            p.stdin.write(data[:len(data) // 2])
            p.stdin.flush()
            deadline = time.time() + 10
            if preload:
                # The named temporary file appears beside the target.
                while time.time() < deadline and listing(out) == ["t"]:
                    time.sleep(0.01)
                if listing(out) == ["t"]:
                    return "no temporary file appeared: %s" % listing(out)
            else:
                time.sleep(0.3)
            visible = listing(out)
            p.send_signal(sig)
            try:
                p.stdin.close()
            except BrokenPipeError:
                pass
            rc = p.wait(timeout=TIMEOUT)
            err = p.stderr.read()
        finally:
            if p.poll() is None:
                p.kill()
                p.wait()
        problems = []
        if rc != -sig:
            problems.append("status %d, expected death by signal %d" % (rc, sig))
        if read(os.path.join(out, "t")) != OLD:
            problems.append("target changed")
        if listing(out) != ["t"]:
            problems.append("files left: %s (while writing: %s)" % (listing(out), visible))
        if err:
            problems.append("stderr %r" % err)
        return "; ".join(problems) or None

    for preload in (False, True):
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            for tool in ("decrypt", "encrypt"):
                def t(preload=preload, sig=sig, tool=tool):
                    return interrupted(preload, sig, tool)
                t.__name__ = "%s -o interrupted by %s (%s)" % (
                    tool, signal.Signals(sig).name, "named temporary file" if preload else "O_TMPFILE")
                tests.append(t)

    def successful_named_temp():
        if not fx.preload:
            raise Skip("no C compiler for the O_TMPFILE-hiding shim")
        d = fresh()
        r = run(bindir, ["seccure-decrypt", "-q", "-m", "80", "-c", "p160", "-F", P("pw"), "-i", P("ct.secp160r1"),
                         "-o", "t"], d, stdin=None, preload=fx.preload)
        if r.rc != 0 or read(os.path.join(d, "t")) != fx.read("msg") or listing(d) != ["t"]:
            return "rc %d, files %s" % (r.rc, listing(d))
        if os.stat(os.path.join(d, "t")).st_mode & 0o777 != 0o600:
            return "mode %o" % (os.stat(os.path.join(d, "t")).st_mode & 0o777)
        r = run(bindir, ["seccure-decrypt", "-q", "-m", "80", "-c", "p160", "-F", P("pw-wrong"), "-i",
                         P("ct.secp160r1"), "-o", "t"], d, stdin=None, preload=fx.preload)
        if r.rc != 1 or read(os.path.join(d, "t")) != fx.read("msg") or listing(d) != ["t"]:
            return "wrong passphrase: rc %d, files %s" % (r.rc, listing(d))
    successful_named_temp.__name__ = "decrypt -o via a named temporary file (no O_TMPFILE)"
    tests.append(successful_named_temp)

    def closed_pipe(ignore_sigpipe, tool):
        d = fresh()
        if tool == "encrypt":
            argv = ["seccure-encrypt", "-m", "80", "-i", P("big"), k160]
        elif tool == "decrypt":
            argv = ["seccure-decrypt", "-q", "-m", "80", "-c", "p160", "-F", P("pw"), "-i", P("ct.big")]
        else:
            argv = ["seccure-verify", "-f", "-q", "-s", P("sig.big"), "-i", P("big"), k160]

        def pre():
            default_signals()
            signal.signal(signal.SIGPIPE, signal.SIG_IGN if ignore_sigpipe else signal.SIG_DFL)
        p = subprocess.Popen([os.path.join(bindir, argv[0])] + argv[1:], cwd=d, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                             preexec_fn=pre)
        p.stdout.read(1)
        p.stdout.close()
        try:
            err = p.stderr.read()
            rc = p.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            p.kill()
            return "hangs"
        ok = (1,) if ignore_sigpipe else (1, -signal.SIGPIPE)
        if rc not in ok or err:
            return "status %d (expected %s), stderr %r" % (rc, ok, err[:300])

    for ign in (False, True):
        for tool in ("encrypt", "decrypt", "verify -f"):
            def t(ign=ign, tool=tool):
                return closed_pipe(ign, tool.split()[0])
            t.__name__ = "%s into a closed pipe (SIGPIPE %s)" % (tool, "ignored" if ign else "default")
            tests.append(t)

    @test
    def no_core_dumps():
        """RLIMIT_CORE is 0 and the process is not dumpable (its /proc files
        then belong to root although it runs as another user)."""
        as_nobody = os.geteuid() == 0
        if not as_nobody and os.getuid() == 0:
            raise Skip("cannot run as a non-root user")
        for argv in (["seccure-decrypt", "-q", "-m", "80", "-c", "p160", "-F", P("pw")],
                     ["seccure-dh", "-q", "-c", "p160"]):
            p = subprocess.Popen([os.path.join(bindir, argv[0])] + argv[1:], cwd=fx.root, stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                                 preexec_fn=drop_to_nobody if as_nobody else default_signals)
            try:
                # Poll: under load the tool may take a while to get going.
                deadline = time.time() + 10
                while True:
                    with open("/proc/%d/limits" % p.pid) as f:
                        core = [line for line in f if line.startswith("Max core file size")]
                    owner = os.stat("/proc/%d/status" % p.pid).st_uid
                    if (core and core[0].split()[4:6] == ["0", "0"] and owner == 0) or time.time() > deadline:
                        break
                    time.sleep(0.05)
            finally:
                p.kill()
                p.communicate()
            if not core or core[0].split()[4:6] != ["0", "0"]:
                return "%s: core limit %r" % (argv[0], core)
            if owner != 0:
                return "%s: still dumpable (/proc/PID/status owned by %d)" % (argv[0], owner)

    @test
    def echo_restored_on_ctrl_c():
        """The passphrase prompt turns echo off; SIGINT turns it back on."""
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            master, slave = pty.openpty()
            try:
                p = subprocess.Popen([os.path.join(bindir, "seccure-key"), "-c", "p160"], stdin=slave,
                                     stdout=subprocess.PIPE, stderr=slave, start_new_session=True,
                                     preexec_fn=default_signals)
                deadline = time.time() + 10
                while time.time() < deadline and termios.tcgetattr(slave)[3] & termios.ECHO:
                    time.sleep(0.01)
                if termios.tcgetattr(slave)[3] & termios.ECHO:
                    p.kill()
                    p.wait()
                    return "echo was never turned off"
                p.send_signal(sig)
                rc = p.wait(timeout=TIMEOUT)
                echo = termios.tcgetattr(slave)[3] & termios.ECHO
            finally:
                os.close(master)
                os.close(slave)
            if not echo:
                return "echo still off after %s" % signal.Signals(sig).name
            if rc != -sig:
                return "status %d after %s" % (rc, signal.Signals(sig).name)

    @test
    def unlocked_memory_warning():
        """RLIMIT_MEMLOCK 0 (as nobody when root: CAP_IPC_LOCK ignores the
        limit): one warning line first on stderr, the same stdout and status
        as with locked memory; no warning when locking works."""
        import resource
        warning = b"Warning: cannot lock memory; secrets may be swapped to disk (raise ulimit -l).\n"
        root = os.geteuid() == 0

        def no_memlock():
            if root:
                drop_to_nobody()
            else:
                default_signals()
            resource.setrlimit(resource.RLIMIT_MEMLOCK, (0, 0))

        def run_unlocked(argv, d):
            p = subprocess.run([os.path.join(bindir, argv[0])] + argv[1:], cwd=d, stdin=subprocess.DEVNULL,
                               capture_output=True, start_new_session=True, preexec_fn=no_memlock,
                               timeout=TIMEOUT, env=dict(os.environ, LC_ALL="C"))
            return Result(p.returncode, p.stdout, p.stderr)

        d = fresh()
        for name in ("pw", "msg"):
            shutil.copy(P(name), os.path.join(d, name))
            os.chmod(os.path.join(d, name), 0o644)
        with open(os.path.join(d, "ct"), "wb") as f:
            f.write(fx.ct["secp160r1"])
        os.chmod(os.path.join(d, "ct"), 0o644)
        for argv in (["seccure-key", "-c", "p160", "-F", "pw"],
                     ["seccure-sign", "-c", "p160", "-F", "pw", "-i", "msg"],
                     ["seccure-decrypt", "-m", "80", "-c", "p160", "-F", "pw", "-i", "ct"],
                     ["seccure", "sign", "-q", "-c", "p160", "-F", "pw", "-i", "msg"]):
            locked = run(bindir, argv, d, stdin=None)
            unlocked = run_unlocked(argv, d)
            # (The front's warning about pw, readable by all and owned by
            # root, is not what this test is about.)
            for r in (locked, unlocked):
                r.err = b"".join(l for l in r.err.splitlines(True) if not l.startswith(b"Warning: 'pw' "))
            if locked.rc != 0 or warning in locked.err:
                return "%s with locked memory: rc %d, stderr %r" % (argv[0], locked.rc, locked.err)
            if (unlocked.rc, unlocked.out, unlocked.err) != (0, locked.out, warning + locked.err):
                return "%s without locked memory: rc %d, stderr %r (locked: %r), same stdout: %s" % (
                    argv, unlocked.rc, unlocked.err, locked.err, unlocked.out == locked.out)
        return None

    @test
    def key_file_of_another_user():
        """A key file of genkey that belongs to another user is refused, as ssh
        refuses such private keys; a passphrase file gets a warning
        (FORMAT.md §9.1)."""
        if "root" not in caps:
            raise Skip("needs root (a file owned by another user)")
        d = fresh()
        r = run(bindir, ["seccure", "genkey", "-q", "-o", "k.key"], d, stdin=None)
        if r.rc != 0:
            return "genkey: rc %d, %r" % (r.rc, r.err)
        os.chown(os.path.join(d, "k.key"), NOBODY, NOBODY)
        for argv in (["seccure", "key", "-F", "k.key"], ["seccure-key", "-c", "p256", "-F", "k.key"]):
            r = run(bindir, argv, d, stdin=None)
            if r.rc != 1 or b"'k.key' belongs to another user (uid %d)" % NOBODY not in r.err or r.out:
                return "%s: rc %d, %r" % (argv, r.rc, r.err)
        with open(os.path.join(d, "pw"), "wb") as f:
            f.write(b"seccure is secure\n")
        os.chmod(os.path.join(d, "pw"), 0o600)
        os.chown(os.path.join(d, "pw"), NOBODY, NOBODY)
        r = run(bindir, ["seccure", "key", "-q", "-F", "pw"], d, stdin=None)
        if r.rc != 0 or b"Warning: 'pw' belongs to another user" not in r.err:
            return "passphrase file: rc %d, %r" % (r.rc, r.err)
        return None

    @test
    def shared_directory_rules():
        """In a sticky world-writable directory (as /tmp), -o and -s follow a
        link or open a FIFO only if it is the user's or the directory owner's
        (the kernel's fs.protected_symlinks / protected_fifos rules, which
        user-space link following and O_WRONLY opens side-step)."""
        if "root" not in caps:
            raise Skip("needs root (files owned by another user)")
        d = fresh()
        shared = os.path.join(d, "tmp")
        os.mkdir(shared)
        os.chmod(shared, 0o1777)
        victim = os.path.join(d, "bashrc")
        with open(victim, "wb") as f:
            f.write(OLD)
        planted = os.path.join(shared, "x.txt")
        os.symlink(victim, planted)
        os.lchown(planted, NOBODY, NOBODY)
        fifo = os.path.join(shared, "fifo")
        os.mkfifo(fifo)
        os.chown(fifo, NOBODY, NOBODY)
        ct = ["-i", P("ct.secp160r1")]
        for argv in (["seccure-decrypt", "-q", "-m", "80", "-c", "p160", "-F", P("pw")] + ct + ["-o", planted],
                     ["seccure", "decrypt", "-q", "-c", "p160", "-F", P("pw")] + ct + ["-o", planted],
                     ["seccure-sign", "-q", "-c", "p160", "-F", P("pw"), "-i", P("msg"), "-s", planted],
                     ["seccure-decrypt", "-q", "-m", "80", "-c", "p160", "-F", P("pw")] + ct + ["-o", fifo]):
            r = run(bindir, argv, d, stdin=None, timeout=20)
            target = fifo if argv[-1] == fifo else planted
            if r.rc != 1 or b"belongs to another user, in the shared directory" not in r.err:
                return "%s: rc %d, %r" % (argv, r.rc, r.err)
            if read(victim) != OLD or not os.path.islink(planted):
                return "%s: the link's target was written" % argv
            if b"Refusing to %s '%s'" % (b"write to the FIFO" if target == fifo else b"follow the symbolic link",
                                          target.encode()) not in r.err:
                return "%s: the refusal does not name the path: %r" % (argv, r.err)
        # The user's own link in the same directory is followed, as before.
        own = os.path.join(shared, "own.txt")
        os.symlink(victim, own)
        r = run(bindir, ["seccure-decrypt", "-q", "-m", "80", "-c", "p160", "-F", P("pw")] + ct + ["-o", own], d,
                stdin=None)
        if r.rc != 0 or read(victim) != fx.read("msg"):
            return "own link: rc %d, %r" % (r.rc, r.err)
        return None

    return tests


# ---------------------------------------------------------------- main

PRELOAD_C = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/types.h>
/* Pretends that no file system supports O_TMPFILE. */
#define WRAP(name)                                                          \
  int name(const char *path, int flags, ...) {                             \
    static int (*real)(const char *, int, ...);                             \
    mode_t mode = 0;                                                        \
    if (flags & (O_CREAT | __O_TMPFILE)) {                                  \
      va_list ap;                                                           \
      va_start(ap, flags);                                                  \
      mode = va_arg(ap, int);                                               \
      va_end(ap);                                                           \
    }                                                                       \
    if ((flags & O_TMPFILE) == O_TMPFILE) {                                 \
      errno = EOPNOTSUPP;                                                   \
      return -1;                                                            \
    }                                                                       \
    if (!real) real = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, #name); \
    return real(path, flags, mode);                                         \
  }
WRAP(open)
WRAP(open64)
"""


def build_preload(workroot):
    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if not cc:
        return None
    src = os.path.join(workroot, "no_tmpfile.c")
    lib = os.path.join(workroot, "no_tmpfile.so")
    with open(src, "w") as f:
        f.write(PRELOAD_C)
    r = subprocess.run([cc, "-shared", "-fPIC", "-O2", "-o", lib, src, "-ldl"], capture_output=True)
    if r.returncode != 0:
        sys.stderr.write("cannot build the preload shim: %s\n" % r.stderr.decode(errors="replace"))
        return None
    os.chmod(lib, 0o755)
    return lib


def capabilities(workroot):
    caps = set()
    if os.geteuid() == 0:
        caps.add("root")
        probe = os.path.join(workroot, "probe")
        os.mkdir(probe)
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe],
                          capture_output=True).returncode == 0:
            subprocess.run(["umount", probe])
            caps.add("tmpfs")
        os.rmdir(probe)
    return caps


def reachable_bindir(bindir, workroot):
    """As root, the cases that run as nobody need programs nobody can reach:
    a build tree under /root (mode 0700) is not. The seccure program and its
    seccure-* links are copied into the work directory (mode 0755), so the
    test does not depend on where the tree lives."""
    if os.geteuid() != 0:
        return bindir
    copy = os.path.join(workroot, "bin")
    os.mkdir(copy)
    os.chmod(copy, 0o755)
    for name in sorted(os.listdir(bindir)):
        if name == "seccure" or name.startswith("seccure-"):
            src = os.path.join(bindir, name)
            if os.path.islink(src):
                os.symlink(os.readlink(src), os.path.join(copy, name))
            else:
                shutil.copy2(src, os.path.join(copy, name))
                os.chmod(os.path.join(copy, name), 0o755)
    return copy


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("-k", dest="only", help="run only cases whose name contains this")
    args = ap.parse_args()
    bindir = os.path.abspath(args.bin)
    workroot = tempfile.mkdtemp(prefix="seccure-hostile-")
    os.chmod(workroot, 0o755)
    passed = failed = skipped = 0
    start = time.time()
    try:
        caps = capabilities(workroot)
        bindir = reachable_bindir(bindir, workroot)
        fixroot = os.path.join(workroot, "fixtures")
        os.mkdir(fixroot)
        fx = Fixtures(bindir, fixroot)
        fx.preload = build_preload(workroot)
        # Large inputs for the disk-full and signal cases (3 MiB > the 1 MiB tmpfs).
        fx.write("big", os.urandom(3 << 20))
        fx.tool(["seccure-encrypt", "-q", "-m", "80", "-c", "p160", "-i", fx.path("big"), "-o", fx.path("ct.big"),
                 fx.key["secp160r1"]])
        fx.tool(["seccure-sign", "-q", "-c", "p160", "-F", fx.path("pw"), "-i", fx.path("big"), "-s",
                 fx.path("sig.big")])
        for c in build_cases(fx, caps):
            if args.only and args.only not in c.name:
                continue
            missing = c.needs - caps
            if missing:
                skipped += 1
                if args.verbose:
                    print("skip: %s (needs %s)" % (c.name, ", ".join(sorted(missing))))
                continue
            problem = run_case(c, fx, bindir, caps, workroot)
            if problem:
                failed += 1
                print("FAIL: %s\n  command: %s\n  %s" % (c.name, c.argv, problem))
            else:
                passed += 1
                if args.verbose:
                    print("ok: %s" % c.name)
        for t in special_tests(fx, bindir, caps, workroot):
            name = t.__name__.replace("_", " ")
            if args.only and args.only not in name:
                continue
            try:
                problem = t()
            except Skip as s:
                skipped += 1
                if args.verbose:
                    print("skip: %s (%s)" % (name, s))
                continue
            except Exception as e:  # a test that breaks is a failure, not a crash of the runner
                problem = "test raised %r" % e
            if problem:
                failed += 1
                print("FAIL: %s\n  %s" % (name, problem))
            else:
                passed += 1
                if args.verbose:
                    print("ok: %s" % name)
    finally:
        for root, dirs, files in os.walk(workroot):
            for x in dirs:
                try:
                    os.chmod(os.path.join(root, x), 0o755)
                except OSError:
                    pass
        shutil.rmtree(workroot, ignore_errors=True)
    if args.verbose:
        print("%.1f s" % (time.time() - start))
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
