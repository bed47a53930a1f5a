#!/usr/bin/env bash
# Builds the seccure++ library from this checkout in a temporary build
# directory, installs it into a temporary prefix with `cmake --install
# --component Development` (library, headers, CMake package, seccure.pc),
# and then builds
# examples/hello.cpp against that prefix only (never the build tree): once as
# a CMake project (find_package(seccure CONFIG), seccure::seccure) and once
# with `pkg-config --cflags --libs seccure`. Runs both programs and checks
# their output; also checks that every installed header compiles on its own
# with nothing but the installed include directory.
#
#   examples/build-against-install.sh [--full] [--keep] [--jobs N]
#
# --full builds everything and runs a plain `cmake --install` (programs, man
# pages, ... too; slower). --keep leaves the temporary directory (printed)
# for inspection. Exit status 0 when everything checks out. About a minute
# (the library alone, -j2); --full a few minutes.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)
keep=0
full=0
jobs=2
while [[ $# -gt 0 ]]; do
  case $1 in
    --keep) keep=1 ;;
    --full) full=1 ;;
    --jobs) jobs=$2; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "build-against-install.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

work=$(mktemp -d "${TMPDIR:-/tmp}/seccure-install-test.XXXXXX")
cleanup() { if [[ $keep == 1 ]]; then echo "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
fail() { echo "build-against-install.sh: FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

build=$work/build prefix=$work/prefix

if [[ $full == 1 ]]; then
  target=() component=()
else
  target=(--target seccure) component=(--component Development)
fi

step "configure and build seccure++ ${target[*]} (-j$jobs)"
# The configure-time prefix is deliberately not the one installed to: the
# installed files must name the prefix given to `cmake --install --prefix`.
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DSECCURE_BENCH=OFF \
  -DCMAKE_INSTALL_PREFIX="$work/wrong-prefix" >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log"; fail "configuring seccure++"; }
cmake --build "$build" -j"$jobs" "${target[@]}" >"$work/build.log" 2>&1 || { tail -50 "$work/build.log"; fail "building seccure++"; }

step "install ${component[*]} into $prefix"
cmake --install "$build" --prefix "$prefix" "${component[@]}" >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; fail "cmake --install"; }
[[ -e $work/wrong-prefix ]] && fail "something was installed into the configure-time prefix"

config=$(find "$prefix" -name seccureConfig.cmake -print -quit)
pcfile=$(find "$prefix" -name seccure.pc -print -quit)
archive=$(find "$prefix" -name libseccure.a -print -quit)
[[ -n $config ]] || fail "no seccureConfig.cmake installed"
[[ -n $pcfile ]] || fail "no seccure.pc installed"
[[ -n $archive ]] || fail "no libseccure.a installed"
[[ -f $prefix/include/seccure/seccure.hpp ]] || fail "no include/seccure/seccure.hpp installed"
[[ -f $(dirname "$config")/seccureConfigVersion.cmake ]] || fail "no seccureConfigVersion.cmake installed"
if [[ $full == 1 ]]; then
  for t in key encrypt decrypt sign verify signcrypt veridec dh; do
    [[ -x $prefix/bin/seccure-$t ]] || fail "bin/seccure-$t not installed"
  done
fi

step "installed files name no path of the source or build tree"
if grep -rlF -e "$build" -e "$src" "$prefix/lib" "$prefix/include" 2>/dev/null | grep -v '\.a$'; then
  fail "the files above contain $build or $src"
fi
grep -q "^prefix=$prefix\$" "$pcfile" || { cat "$pcfile"; fail "seccure.pc does not name the install prefix"; }

step "every installed header compiles alone with only the installed include directory"
if grep -rnE '#include [<"](gmp|gmpxx|sodium|gcrypt|CLI/)' "$prefix/include/seccure"; then
  fail "an installed header includes a dependency's header"
fi
for h in "$prefix"/include/seccure/*.hpp; do
  echo "#include <seccure/$(basename "$h")>" >"$work/one-header.cpp"
  c++ -std=c++20 -fsyntax-only -Wall -Wextra -I"$prefix/include" "$work/one-header.cpp" ||
    fail "$h does not compile on its own"
done

expected="public key: 2@DupCaCKykHBe-QHpAP%d%B[
signature: #5S%YpB.eU.Z>U>gs,8:_q:gKXJChK66(.qGv3TdjlDl~p8QU/
verify: ok
verify a changed message: rejected
ciphertext: 45 bytes
decrypt: ok
decrypt with a 128-bit MAC: ok
decrypt with a wrong passphrase: Integrity check failed, message forged"
check_output() {  # program label
  local out
  out=$("$1") || fail "$2: $1 exited with status $?"
  if [[ $out != "$expected" ]]; then
    diff <(echo "$expected") <(echo "$out") >&2 || true
    fail "$2: unexpected output of hello"
  fi
  echo "$2: hello's output is as expected"
}

step "build examples/ with find_package(seccure CONFIG) from the prefix"
cmake -S "$here" -B "$work/example" -DCMAKE_PREFIX_PATH="$prefix" >"$work/example-configure.log" 2>&1 ||
  { cat "$work/example-configure.log"; fail "configuring examples/"; }
cmake --build "$work/example" -j"$jobs" >"$work/example-build.log" 2>&1 ||
  { cat "$work/example-build.log"; fail "building examples/"; }
check_output "$work/example/hello" "CMake package"

step "build examples/hello.cpp with pkg-config"
flags=$(PKG_CONFIG_PATH=$(dirname "$pcfile") pkg-config --cflags --libs seccure) || fail "pkg-config --cflags --libs seccure"
echo "pkg-config --cflags --libs seccure: $flags"
# shellcheck disable=SC2086  # the flags are words
c++ -std=c++20 -o "$work/hello-pkgconfig" "$here/hello.cpp" $flags || fail "compiling with pkg-config's flags"
check_output "$work/hello-pkgconfig" "pkg-config"

echo "build-against-install.sh: all checks passed"
