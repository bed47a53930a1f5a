"""Shared fixtures of the seccure module's tests (python/tests).

Run by CTest (`ctest -R python`), which sets PYTHONPATH to the built module
and SECCURE_SRC, SECCURE_BUILD, SECCURE_ORIG_BIN; by hand:

    PYTHONPATH=build/python /usr/bin/python3 -m pytest python/tests
"""
import os
import subprocess

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("SECCURE_SRC") or os.path.abspath(os.path.join(HERE, "..", ".."))
ORIG_BIN = os.environ.get("SECCURE_ORIG_BIN", "/usr/bin")
VECTORS = os.path.join(SRC, "testvectors")

ORIG_TOOLS = ("key", "encrypt", "decrypt", "sign", "verify", "signcrypt", "veridec", "dh")


def passphrase_of_file(content):
    """What seccure 0.5 makes of a -F file: the first line, every \\r dropped.
    (The Python API, like py-seccure, hashes exactly the bytes it is given.)"""
    return content.split(b"\n", 1)[0].replace(b"\r", b"")


def read_vectors(name):
    """testvectors/NAME as a list of dicts (see testvectors/README.md)."""
    fields, rows = None, []
    with open(os.path.join(VECTORS, name), encoding="ascii") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# fields: "):
                fields = line[len("# fields: "):].split("\t")
            elif line and not line.startswith("#"):
                rows.append(dict(zip(fields, line.split("\t"))))
    assert fields and rows, name
    return rows


def message(name):
    with open(os.path.join(VECTORS, "messages", name), "rb") as f:
        return f.read()


class Orig:
    """Debian's seccure 0.5 (/usr/bin/seccure-*), run the way the testvector
    generator runs it: always with -F and/or -i (it needs a terminal
    otherwise), -q, keys and signatures after --."""

    def __init__(self, bindir, tmp):
        self.bindir, self.tmp, self.n = bindir, tmp, 0

    def file(self, data):
        self.n += 1
        p = os.path.join(str(self.tmp), "f%d" % self.n)
        with open(p, "wb") as f:
            f.write(data)
        return p

    def run(self, tool, args, check=True, stdin=b""):
        r = subprocess.run([os.path.join(self.bindir, "seccure-" + tool)] + list(args),
                           input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        if check and r.returncode != 0:
            raise AssertionError("seccure-%s %s: exit %d, stderr %r" % (tool, args, r.returncode, r.stderr))
        return r

    def pwfile(self, passphrase):
        return self.file(passphrase + b"\n")

    def sign(self, args):
        """seccure-sign ARGS -s FILE: the signature as written to FILE."""
        sigfile = self.file(b"")
        self.run("sign", list(args) + ["-s", sigfile])
        with open(sigfile, "rb") as f:
            return f.read()


@pytest.fixture
def orig(tmp_path):
    """Debian's seccure. Missing tools make the test FAIL, not skip."""
    missing = [t for t in ORIG_TOOLS if not os.access(os.path.join(ORIG_BIN, "seccure-" + t), os.X_OK)]
    assert not missing, ("Debian's seccure is not installed (%s/seccure-%s missing): "
                         "apt-get install seccure" % (ORIG_BIN, ", seccure-".join(missing)))
    return Orig(ORIG_BIN, tmp_path)
