# Shared by the package tests (tests/packaging/test-deb.sh,
# python/tests/test-deb.sh): the counting of checks, the scratch directory
# and the cpack run. Source it after setting `build` and `cpack`.

passed=0
failed=0

ok() { passed=$((passed + 1)); echo "ok: $1"; }
not_ok() { failed=$((failed + 1)); echo "FAILED: $1"; }
finish() {
    echo "$passed passed, $failed failed"
    ((failed == 0))
    exit
}
check() {  # DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then ok "$what"; else not_ok "$what"; fi
}

# Every named program must be there, or the test ends failed.
require_tools() {  # PROGRAM...
    local tool
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            not_ok "$tool is not installed"
            finish
        fi
    done
}

# A scratch directory, removed at exit; the packages go to $scratch/out.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

run_cpack() {  # LABEL [CPACK ARGUMENTS...]
    local label=$1
    shift
    if "$cpack" -G DEB -B "$scratch/out" --config "$build/CPackConfig.cmake" "$@" >"$scratch/cpack.log" 2>&1; then
        ok "$label"
    else
        not_ok "$label:"
        cat "$scratch/cpack.log"
        finish
    fi
}

expect_field() {  # DEB NAME VALUE
    local got
    got=$(dpkg-deb -f "$1" "$2")
    if [[ $got == "$3" ]]; then ok "${1##*/}: $2: $3"; else not_ok "${1##*/}: $2 is '$got', expected '$3'"; fi
}
