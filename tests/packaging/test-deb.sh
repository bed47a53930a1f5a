#!/bin/bash
# Builds the Debian package of a build directory with `cpack -G DEB` (into a
# scratch directory: the build directory keeps no package) and inspects it
# with dpkg-deb: the control fields, the file list, the md5sums, and that the
# unpacked programs run. The package is never installed (it would replace
# Debian's seccure, which the interop tests need).
# Usage: test-deb.sh BUILD_DIR [CPACK]
set -u
build=${1:?usage: test-deb.sh BUILD_DIR [CPACK]}
cpack=${2:-cpack}
passed=0
failed=0

ok() { passed=$((passed + 1)); echo "ok: $1"; }
not_ok() { failed=$((failed + 1)); echo "FAILED: $1"; }
finish() {
    echo "$passed passed, $failed failed"
    ((failed == 0))
    exit
}

for tool in dpkg-deb "$cpack"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        not_ok "$tool is not installed"
        finish
    fi
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if "$cpack" -G DEB -B "$scratch/out" --config "$build/CPackConfig.cmake" >"$scratch/cpack.log" 2>&1; then
    ok "cpack -G DEB"
else
    not_ok "cpack -G DEB:"
    cat "$scratch/cpack.log"
    finish
fi
# (with -DSECCURE_PYTHON=ON cpack also makes python3-seccure_*.deb, which
# python/tests/test-deb.sh checks)
debs=("$scratch"/out/seccure-plusplus_*.deb)
if [[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]]; then
    deb=${debs[0]}
    ok "one package: ${deb##*/}"
else
    not_ok "expected one .deb, found: ${debs[*]##*/}"
    finish
fi

# --- control fields
if dpkg-deb -I "$deb" | grep -qx ' Package: seccure-plusplus'; then
    ok "dpkg-deb -I shows the control file"
else
    not_ok "dpkg-deb -I: $(dpkg-deb -I "$deb" 2>&1 | head -5)"
fi
field() { dpkg-deb -f "$deb" "$1"; }
expect_field() {  # NAME VALUE
    local got
    got=$(field "$1")
    if [[ $got == "$2" ]]; then ok "$1: $2"; else not_ok "$1 is '$got', expected '$2'"; fi
}
expect_field Package seccure-plusplus
expect_field Replaces seccure
expect_field Conflicts seccure
expect_field Provides seccure
expect_field Section utils
arch=$(dpkg --print-architecture 2>/dev/null || true)
if [[ -n $arch ]]; then
    expect_field Architecture "$arch"
elif [[ -n $(field Architecture) ]]; then
    ok "Architecture: $(field Architecture)"
else
    not_ok "no Architecture field"
fi
for f in Version Maintainer Description; do
    if [[ -n $(field "$f") ]]; then ok "$f is set"; else not_ok "$f is empty"; fi
done
depends=$(field Depends)
if [[ $depends != *-dev* ]]; then
    ok "Depends has no -dev package ($depends)"
else
    not_ok "Depends pulls development packages: $depends"
fi
if [[ ${deb##*/} == seccure-plusplus_$(field Version)_$(field Architecture).deb ]]; then
    ok "file name is package_version_arch.deb"
else
    not_ok "file name ${deb##*/}"
fi

# --- file list (names without the leading ./)
files=$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./||')
expect_file() {  # REGEX (anchored) DESCRIPTION
    if grep -qxE -- "$1" <<<"$files"; then ok "contains $2"; else not_ok "lacks $2"; fi
}
for p in seccure seccure-key seccure-encrypt seccure-decrypt seccure-sign seccure-verify \
         seccure-signcrypt seccure-veridec seccure-dh seccure-speed; do
    expect_file "usr/bin/$p" "usr/bin/$p"
    expect_file "usr/share/bash-completion/completions/$p" "the bash completion for $p"
done
for m in seccure seccure-key seccure-encrypt seccure-decrypt seccure-sign seccure-verify \
         seccure-signcrypt seccure-veridec seccure-dh seccure-speed; do
    expect_file "usr/share/man/man1/$m\.1(\.gz)?" "the man page $m.1"
done
expect_file "usr/share/zsh/vendor-completions/_seccure" "the zsh completion"
expect_file "usr/include/seccure/keys\.hpp" "usr/include/seccure/keys.hpp"
expect_file "usr/lib/([^/]+/)?libseccure\.a" "the static library"
expect_file "usr/lib/([^/]+/)?cmake/seccure/seccureConfig\.cmake" "the CMake package file"
expect_file "usr/lib/([^/]+/)?pkgconfig/seccure\.pc" "the pkg-config file"
if grep -qvE '^usr/' <<<"$files"; then
    not_ok "files outside usr/: $(grep -vE '^usr/' <<<"$files" | tr '\n' ' ')"
else
    ok "everything is under usr/"
fi

# --- contents: md5sums, programs that run, completions that parse
mkdir "$scratch/root"
dpkg-deb -x "$deb" "$scratch/root"
if dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./md5sums >"$scratch/md5sums" &&
   (cd "$scratch/root" && md5sum -c --quiet "$scratch/md5sums"); then
    ok "md5sums match"
else
    not_ok "md5sums do not match"
fi
for p in seccure seccure-key seccure-encrypt; do
    if out=$("$scratch/root/usr/bin/$p" --version 2>&1) && [[ $out == *seccure++* ]]; then
        ok "$p --version runs ($out)"
    else
        not_ok "$p --version: $out"
    fi
done
# the public key of a passphrase, the same as the build's own seccure-key gives
printf 'secret\n' >"$scratch/pw"
key=$("$scratch/root/usr/bin/seccure-key" -q -c p160 -F "$scratch/pw" 2>&1)
want=$("$build/bin/seccure-key" -q -c p160 -F "$scratch/pw" 2>&1)
if [[ -n $key && $key == "$want" ]]; then
    ok "the packaged seccure-key gives the build's key ($key)"
else
    not_ok "seccure-key: '$key', the build's: '$want'"
fi
if bash -n "$scratch/root/usr/share/bash-completion/completions/seccure-key"; then
    ok "bash -n on the installed bash completion"
else
    not_ok "bash -n on the installed bash completion"
fi

finish
