#!/bin/bash
# The python3-seccure Debian package (python/packaging.cmake): built with
# cpack from a build directory configured with -DSECCURE_PYTHON=ON (the
# component "python" only, into a scratch directory), inspected with
# dpkg-deb, and the module imported from the unpacked tree. Never installed.
# Usage: test-deb.sh BUILD_DIR [CPACK [PYTHON]]
set -u
build=${1:?usage: test-deb.sh BUILD_DIR [CPACK [PYTHON]]}
cpack=${2:-cpack}
python=${3:-/usr/bin/python3}
source "$(dirname "${BASH_SOURCE[0]}")/../../tests/packaging/deb-lib.sh"

require_tools dpkg-deb "$cpack"
run_cpack "cpack -G DEB (component python)" -D CPACK_COMPONENTS_ALL=python
debs=("$scratch"/out/python3-seccure_*.deb)
if [[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]]; then
    deb=${debs[0]}
    ok "the package: ${deb##*/}"
else
    not_ok "no python3-seccure_*.deb, found: $(ls "$scratch/out")"
    finish
fi

field() { dpkg-deb -f "$deb" "$1"; }
expect_field "$deb" Package python3-seccure
expect_field "$deb" Section python
for f in Replaces Conflicts Provides; do
    if [[ -z $(field "$f") ]]; then ok "no $f"; else not_ok "$f: $(field "$f")"; fi
done
for f in Version Maintainer Description Architecture; do
    if [[ -n $(field "$f") ]]; then ok "$f is set"; else not_ok "$f is empty"; fi
done
depends=$(field Depends)
pyver=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
for d in "python3 (>= $pyver)" libgcrypt20 libsodium23 libgmp10; do
    if [[ $depends == *"$d"* ]]; then ok "Depends has $d"; else not_ok "Depends lacks $d: $depends"; fi
done
if [[ $depends != *-dev* && $depends != *seccure* ]]; then
    ok "Depends has no -dev package and not seccure"
else
    not_ok "Depends: $depends"
fi
if [[ ${deb##*/} == python3-seccure_$(field Version)_$(field Architecture).deb ]]; then
    ok "file name is package_version_arch.deb"
else
    not_ok "file name ${deb##*/}"
fi

files=$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./||' | grep -v '/$')
expected="usr/lib/python3/dist-packages/seccure/__init__.py
usr/lib/python3/dist-packages/seccure/__init__.pyi
usr/lib/python3/dist-packages/seccure/_seccure.cpython-
usr/lib/python3/dist-packages/seccure/py.typed
usr/share/doc/python3-seccure/copyright"
if [[ $(sed -E 's/cpython-.*/cpython-/' <<<"$files" | sort) == "$expected" ]]; then
    ok "contains exactly the package seccure in /usr/lib/python3/dist-packages and its copyright file"
else
    not_ok "file list: $files"
fi

mkdir "$scratch/root"
dpkg-deb -x "$deb" "$scratch/root"
out=$(cd "$scratch" && PYTHONPATH="$scratch/root/usr/lib/python3/dist-packages" "$python" -c '
import seccure
print(seccure.__file__)
print(seccure.passphrase_to_pubkey(b"my private key"))
print(seccure.decrypt(seccure.encrypt(b"deb", "8W;>i^H0qi|J&$coR5MFpR*Vn"), b"my private key").decode())' 2>&1)
want="$scratch/root/usr/lib/python3/dist-packages/seccure/__init__.py
8W;>i^H0qi|J&\$coR5MFpR*Vn
deb"
if [[ $out == "$want" ]]; then
    ok "the unpacked module imports and works"
else
    not_ok "the unpacked module: $out"
fi

finish
