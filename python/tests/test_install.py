"""`cmake --install BUILD --component python` puts the package where Debian's
python3 finds it (PREFIX/lib/python3/dist-packages/seccure), and it works
from there. Needs SECCURE_BUILD (set by CTest)."""
import os
import subprocess

import pytest

BUILD = os.environ.get("SECCURE_BUILD")
CMAKE = os.environ.get("CMAKE_COMMAND", "cmake")


@pytest.mark.skipif(not BUILD, reason="SECCURE_BUILD is not set (run through ctest)")
def test_cmake_install_component_python(tmp_path):
    prefix = tmp_path / "prefix"
    r = subprocess.run([CMAKE, "--install", BUILD, "--prefix", str(prefix), "--component", "python"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
    assert r.returncode == 0, r.stdout.decode()
    pkg = prefix / "lib" / "python3" / "dist-packages" / "seccure"
    names = sorted(os.listdir(pkg))
    assert names[0] == "__init__.py" and len(names) == 2, names
    assert names[1].startswith("_seccure.cpython-") and names[1].endswith(".so"), names
    # nothing else is installed by this component but its copyright file
    installed = sorted(str(p.relative_to(prefix)) for p in prefix.rglob("*") if p.is_file())
    assert [p for p in installed if not p.startswith("lib/python3/dist-packages/seccure/")] == \
        ["share/doc/python3-seccure/copyright"], installed
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(pkg.parent)
    code = ("import seccure; print(seccure.__file__); "
            "print(seccure.passphrase_to_pubkey(b'my private key'))")
    r = subprocess.run(["/usr/bin/python3", "-c", code], env=env, cwd=str(tmp_path),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    assert r.returncode == 0, r.stderr.decode()
    path, key = r.stdout.decode().splitlines()
    assert path == str(pkg / "__init__.py")
    assert key == "8W;>i^H0qi|J&$coR5MFpR*Vn"
