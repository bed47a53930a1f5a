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
    assert names[:2] == ["__init__.py", "__init__.pyi"] and names[3] == "py.typed" and len(names) == 4, names
    assert names[2].startswith("_seccure.cpython-") and names[2].endswith(".so"), names
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


def test_version_is_the_projects():
    # seccure.__version__ (the pip metadata's version too) is the CMake project's
    import re
    import seccure
    src = os.environ.get("SECCURE_SRC") or os.path.join(os.path.dirname(__file__), "..", "..")
    with open(os.path.join(src, "CMakeLists.txt")) as f:
        m = re.search(r"project\(\w+ VERSION ([0-9.]+)", f.read())
    assert m and seccure.__version__ == m.group(1)


@pytest.mark.skipif(not os.environ.get("SECCURE_EXPECT_MODULE_IN"), reason="not run from test-pip.sh")
def test_the_pip_installed_module_is_tested():
    import importlib.metadata
    import seccure
    assert seccure.__file__.startswith(os.environ["SECCURE_EXPECT_MODULE_IN"]), seccure.__file__
    assert importlib.metadata.version("seccure") == seccure.__version__
    meta = importlib.metadata.metadata("seccure")
    assert meta["License"] == "ISC" and meta["Name"] == "seccure"
