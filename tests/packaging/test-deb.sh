#!/bin/bash
# Builds the Debian packages of a build directory with `cpack -G DEB` (into a
# scratch directory: the build directory keeps no package) and inspects them
# with dpkg-deb: seccure-plusplus (one program, the seccure-* names as links
# to it) and libseccure-dev (headers, libseccure.a in the multiarch directory,
# CMake and pkg-config files); their control fields, file lists, copyright
# files and md5sums; then unpacks them (dpkg -x) into a scratch root and runs
# the programs there against Debian's original (/usr/bin/seccure-key). The
# packages are never installed (seccure-plusplus replaces Debian's seccure,
# which the interop tests need).
# Usage: test-deb.sh BUILD_DIR [CPACK]
set -u
build=${1:?usage: test-deb.sh BUILD_DIR [CPACK]}
cpack=${2:-cpack}
source "$(dirname "${BASH_SOURCE[0]}")/deb-lib.sh"

require_tools dpkg dpkg-deb ldd "$cpack" /usr/bin/seccure-key
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)
[[ -n $multiarch ]] || { not_ok "cannot tell the multiarch triplet"; finish; }

run_cpack "cpack -G DEB"
# (with -DSECCURE_PYTHON=ON cpack also makes python3-seccure_*.deb, which
# python/tests/test-deb.sh checks)
bin_deb=$(compgen -G "$scratch/out/seccure-plusplus_*.deb")
dev_deb=$(compgen -G "$scratch/out/libseccure-dev_*.deb")
if [[ -f $bin_deb && -f $dev_deb ]]; then
    ok "packages: $(cd "$scratch/out" && stat -c '%n (%s bytes)' *.deb | paste -sd' ')"
else
    not_ok "expected seccure-plusplus and libseccure-dev, found: $(ls "$scratch/out")"
    finish
fi

# --- control fields
arch=$(dpkg --print-architecture)
for deb in "$bin_deb" "$dev_deb"; do
    check "dpkg-deb -I ${deb##*/} shows the control file" grep -q '^ Package: ' <(dpkg-deb -I "$deb")
    expect_field "$deb" Architecture "$arch"
    for f in Version Maintainer Description; do
        check "${deb##*/}: $f is set" test -n "$(dpkg-deb -f "$deb" "$f")"
    done
    name=$(dpkg-deb -f "$deb" Package)_$(dpkg-deb -f "$deb" Version)_$arch.deb
    check "file name ${deb##*/} is package_version_arch.deb" test "${deb##*/}" = "$name"
done
expect_field "$bin_deb" Package seccure-plusplus
expect_field "$bin_deb" Section utils
for f in Replaces Conflicts Provides; do expect_field "$bin_deb" "$f" seccure; done
depends=$(dpkg-deb -f "$bin_deb" Depends)
check "seccure-plusplus Depends on libgcrypt20 and libsodium23 ($depends)" \
    grep -qE 'libgcrypt20.*libsodium23|libsodium23.*libgcrypt20' <<<"$depends"
check "seccure-plusplus Depends on no -dev package" test "${depends/-dev/}" = "$depends"
expect_field "$dev_deb" Package libseccure-dev
expect_field "$dev_deb" Section libdevel
check "libseccure-dev Depends on the -dev packages libseccure.a links" \
    grep -qE 'libgmp-dev.*libsodium-dev.*libgcrypt20-dev' <<<"$(dpkg-deb -f "$dev_deb" Depends)"

# --- file lists: "TYPE PATH" lines, d directory, - file, l link (PATH -> TARGET)
listing() {
    dpkg-deb -c "$1" | awk '{t = substr($1, 1, 1); $1 = $2 = $3 = $4 = $5 = ""; sub(/^ +/, ""); sub(/^\.\//, ""); print t, $0}'
}
bin_files=$(listing "$bin_deb")
dev_files=$(listing "$dev_deb")
has() {  # LISTING REGEX(anchored, on "TYPE PATH") DESCRIPTION
    if grep -qxE -- "$2" <<<"$1"; then ok "contains $3"; else not_ok "lacks $3"; fi
}
has "$bin_files" "- usr/bin/seccure" "usr/bin/seccure, a file"
check "usr/bin holds one file, the rest are links" test "$(grep -c '^- usr/bin/' <<<"$bin_files")" -eq 1
for p in key encrypt decrypt sign verify signcrypt veridec dh speed; do
    has "$bin_files" "l usr/bin/seccure-$p -> seccure" "usr/bin/seccure-$p -> seccure"
done
for p in seccure seccure-key seccure-encrypt seccure-decrypt seccure-sign seccure-verify \
         seccure-signcrypt seccure-veridec seccure-dh seccure-speed; do
    has "$bin_files" "- usr/share/bash-completion/completions/$p" "the bash completion for $p"
    has "$bin_files" "- usr/share/man/man1/$p\.1\.gz" "the man page $p.1.gz"
done
has "$bin_files" "- usr/share/zsh/vendor-completions/_seccure" "the zsh completion"
has "$bin_files" "- usr/share/doc/seccure-plusplus/copyright" "seccure-plusplus's copyright file"
check "seccure-plusplus has no headers or libraries" test -z "$(grep -E ' usr/(include|lib)/' <<<"$bin_files")"

has "$dev_files" "- usr/include/seccure/keys\.hpp" "usr/include/seccure/keys.hpp"
has "$dev_files" "- usr/include/seccure/seccure\.hpp" "usr/include/seccure/seccure.hpp"
has "$dev_files" "- usr/lib/$multiarch/libseccure\.a" "usr/lib/$multiarch/libseccure.a"
has "$dev_files" "- usr/lib/$multiarch/cmake/seccure/seccureConfig\.cmake" "the CMake package file"
has "$dev_files" "- usr/lib/$multiarch/cmake/seccure/seccureTargets\.cmake" "the CMake targets file"
has "$dev_files" "- usr/lib/$multiarch/pkgconfig/seccure\.pc" "the pkg-config file"
has "$dev_files" "- usr/share/doc/libseccure-dev/copyright" "libseccure-dev's copyright file"
check "libseccure-dev has no programs" test -z "$(grep -E ' usr/bin/' <<<"$dev_files")"
outside=$(printf '%s\n%s\n' "$bin_files" "$dev_files" | grep -vE '^. (usr(/.*)?)?$')
check "everything is under usr/" test -z "$outside"

# Nothing installed is left out of the packages: a plain install (every
# component) has exactly the files of all the packages.
if cmake --install "$build" --prefix "$scratch/plain/usr" >"$scratch/install.log" 2>&1; then
    plain=$(cd "$scratch/plain" && find usr ! -type d | sort)
    packaged=$(for deb in "$scratch"/out/*.deb; do listing "$deb"; done |
               grep -v '^d' | sed -E 's/^. //; s/ -> .*//; s/\.gz$//' | sort)
    if [[ $plain == "$packaged" ]]; then
        ok "the packages hold every installed file ($(wc -l <<<"$plain") files)"
    else
        not_ok "installed files and packaged files differ:"
        diff <(echo "$plain") <(echo "$packaged")
    fi
else
    not_ok "cmake --install into a scratch prefix"
    cat "$scratch/install.log"
fi

# --- contents: copyright, md5sums, .pc, programs that run
root=$scratch/root
for deb in "$bin_deb" "$dev_deb"; do
    dpkg -x "$deb" "$root"
    if dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./md5sums >"$scratch/md5sums" &&
       (cd "$root" && md5sum -c --quiet "$scratch/md5sums"); then
        ok "${deb##*/}: md5sums match"
    else
        not_ok "${deb##*/}: md5sums do not match"
    fi
done
for pkg in seccure-plusplus libseccure-dev; do
    c=$root/usr/share/doc/$pkg/copyright
    check "$pkg's copyright file is machine-readable (DEP-5)" \
        grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$c"
    check "$pkg's copyright file: License: ISC" grep -qx 'License: ISC' "$c"
done
pc=$root/usr/lib/$multiarch/pkgconfig/seccure.pc
check "seccure.pc: prefix=/usr, libdir in the multiarch directory" \
    grep -qx 'libdir=${prefix}/lib/'"$multiarch" "$pc"
check "seccure.pc: prefix=/usr" grep -qx 'prefix=/usr' "$pc"

libs=$(ldd "$root/usr/bin/seccure" 2>&1)
for lib in libgcrypt.so.20 libsodium.so.23; do
    check "ldd seccure: $lib is a shared library" grep -qE "^\s*$lib => /" <<<"$libs"
done
for p in seccure seccure-key seccure-encrypt; do
    if out=$("$root/usr/bin/$p" --version 2>&1) && [[ $out == *seccure++* ]]; then
        ok "$p --version runs ($out)"
    else
        not_ok "$p --version: $out"
    fi
done
# The public key of a passphrase file: the packaged seccure-key (a link),
# `seccure key` and Debian's original agree, on the full output.
printf 'secret\n' >"$scratch/pw"; chmod 600 "$scratch/pw"
want=$(/usr/bin/seccure-key -c p256 -F "$scratch/pw" 2>&1)
key=$("$root/usr/bin/seccure-key" -c p256 -F "$scratch/pw" 2>&1)
front=$("$root/usr/bin/seccure" key -c p256 -F "$scratch/pw" 2>&1)
if [[ -n $want && $key == "$want" ]]; then
    ok "the packaged seccure-key gives the original's output ($key)"
else
    not_ok "seccure-key: '$key', the original's: '$want'"
fi
check "seccure key gives the same" test "$front" = "$want"
check "bash -n on the installed bash completion" bash -n "$root/usr/share/bash-completion/completions/seccure-key"

finish
