#!/bin/bash
# The Python user's routes (README, "The Python module"), offline, with
# Debian's Python and packages only:
#   1. `pip install --no-build-isolation .` into a fresh
#      `venv --system-site-packages`, then the whole Python test suite run
#      with that venv's python against the installed module (no PYTHONPATH);
#   2. `python3 -m build --wheel --no-isolation`, and the wheel installed
#      into a fresh venv without system packages, where it works.
# Usage: test-pip.sh SOURCE_DIR   (CTest: python-pip, labels python, slow)
set -euo pipefail
src=$1
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A copy of the source tree without build trees or git metadata, so that
# nothing is written into the real one.
mkdir "$work/src"
tar -C "$src" --exclude=./.git --exclude=./build --exclude='./build-*' --exclude='./*.egg-info' \
    --exclude=./dist -cf - . | tar -C "$work/src" -xf -

echo "== pip install --no-build-isolation . (fresh venv --system-site-packages)"
$py -m venv --system-site-packages "$work/venv"
start=$(date +%s)
(cd "$work/src" && "$work/venv/bin/python" -m pip install --no-index --no-build-isolation -q .)
echo "pip install: $(( $(date +%s) - start )) s"

"$work/venv/bin/python" -m pip show seccure | tee "$work/show"
grep -qx 'Name: seccure' "$work/show"
grep -qx 'License: ISC' "$work/show"
grep -q '^Summary: SECCURE compatible elliptic curve cryptography' "$work/show"

echo "== the Python tests against the pip-installed module"
# from the copy's tests, outside the source tree, so that nothing else is imported as seccure
cd "$work"
env -u PYTHONPATH PYTHONDONTWRITEBYTECODE=1 SECCURE_SRC="$work/src" SECCURE_ORIG_BIN=/usr/bin \
    SECCURE_EXPECT_MODULE_IN="$work/venv/lib" \
    "$work/venv/bin/python" -m pytest -q -p no:cacheprovider -rs "$work/src/python/tests"

echo "== python3 -m build --wheel --no-isolation, the wheel in a fresh venv"
# (setuptools finds the CMake tree that pip's build left in build/setuptools
# of the copy, so this build is incremental.)
start=$(date +%s)
(cd "$work/src" && $py -m build --wheel --no-isolation --outdir "$work/dist" . > "$work/build.log" 2>&1) ||
    { tail -40 "$work/build.log"; exit 1; }
echo "wheel: $(( $(date +%s) - start )) s: $(ls "$work/dist")"
$py -m venv "$work/venv2"
"$work/venv2/bin/python" -m pip install --no-index -q "$work"/dist/seccure-*.whl
env -u PYTHONPATH "$work/venv2/bin/python" - "$work/venv2" <<'PY'
import importlib.metadata, sys
import seccure
assert seccure.__file__.startswith(sys.argv[1]), seccure.__file__
assert importlib.metadata.version("seccure") == seccure.__version__
# the key of py-seccure's README
assert str(seccure.passphrase_to_pubkey(b"my private key")) == "8W;>i^H0qi|J&$coR5MFpR*Vn"
pw, pk = seccure.generate_keypair("secp256r1/nistp256")
assert seccure.decrypt(seccure.encrypt(b"hi", pk), pw, curve="secp256r1/nistp256") == b"hi"
print("wheel in a fresh venv: ok,", seccure.__file__)
PY
echo "python-pip: all passed"
