"""The stubs (seccure/__init__.pyi, py.typed) check a typed program with
Debian's mypy (python3-mypy), and catch a wrong one. The module under test
is found as the tests import it (PYTHONPATH or the installed package)."""
import os
import subprocess
import sys

import pytest

import seccure

GOOD = '''
import io
from typing import Tuple
import seccure

def keys(curve: str) -> Tuple[bytes, str]:
    return seccure.generate_keypair(curve)

pw, pk = keys("secp256r1/nistp256")
ct: bytes = seccure.encrypt(b"hello", pk, curve="p256")
pt: bytes = seccure.decrypt(ct, pw, curve="p256")
sig: bytes = seccure.sign(b"m", pw, curve="p256")
ok: bool = seccure.verify(b"m", sig, pk, curve="p256")
c: seccure.Curve = seccure.Curve.by_name("secp160r1")
p: seccure.AffinePoint = c.base * 5 + c.base
n: int = seccure.deserialize_number(seccure.serialize_number(p.x), seccure.SER_BINARY)
key: seccure.PrivKey = c.passphrase_to_privkey(b"pw")
e: int = key.e
pub: seccure.PubKey = key.pubkey
q: seccure.AffinePoint = pub.p
out = io.BytesIO()
with pub.encrypt_to(out) as f:
    f.write(b"data")
dh = seccure.DiffieHellman()
established: str = dh.complete(seccure.DiffieHellman().pubkey).established
'''

BAD = '''
import seccure
x: str = seccure.sign(b"m", b"pw")
seccure.Curve.by_name("p256").base * "2"
'''


def _mypy(tmp_path, code):
    prog = tmp_path / "prog.py"
    prog.write_text(code)
    env = dict(os.environ)
    pkg_root = os.path.dirname(os.path.dirname(os.path.abspath(seccure.__file__)))
    # A build tree is named to mypy; an installed package (site-packages,
    # which mypy refuses in MYPYPATH) is found as pip installed it.
    if os.path.basename(pkg_root) not in ("site-packages", "dist-packages"):
        env["MYPYPATH"] = pkg_root
    return subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                           "--cache-dir", str(tmp_path / "cache"), str(prog)],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=str(tmp_path),
                          timeout=600)


def test_stubs_are_installed_beside_the_module():
    here = os.path.dirname(os.path.abspath(seccure.__file__))
    assert os.path.isfile(os.path.join(here, "__init__.pyi"))
    assert os.path.isfile(os.path.join(here, "py.typed"))


def test_mypy_accepts_a_typed_program(tmp_path):
    r = _mypy(tmp_path, GOOD)
    assert r.returncode == 0, r.stdout.decode()


def test_mypy_rejects_wrong_types(tmp_path):
    r = _mypy(tmp_path, BAD)
    out = r.stdout.decode()
    assert r.returncode == 1, out
    assert 'Incompatible types in assignment (expression has type "bytes", variable has type "str")' in out, out
    assert "Unsupported operand types" in out, out


def test_stubs_name_every_public_name():
    here = os.path.dirname(os.path.abspath(seccure.__file__))
    with open(os.path.join(here, "__init__.pyi")) as f:
        stub = f.read()
    for name in seccure.__all__:
        assert ("class %s" % name) in stub or ("def %s(" % name) in stub or ("%s:" % name) in stub, name
