#!/usr/bin/env bash
# check-man.sh MANDIR - render every *.[1-9] page in MANDIR with man(1) and
# groff(1) and report any warning or empty output.
# Exit status: 0 when every page passes, 1 when one fails, 2 on bad usage.
set -u

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 MANDIR" >&2
    exit 2
fi
mandir=$1

for tool in man groff; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check-man: $tool not found" >&2
        exit 2
    fi
done

shopt -s nullglob
pages=("$mandir"/*.[1-9])
if [ ${#pages[@]} -eq 0 ]; then
    echo "check-man: no manual pages in $mandir" >&2
    exit 1
fi

errfile=$(mktemp) || exit 2
trap 'rm -f "$errfile"' EXIT

passed=0
failed=0
for page in "${pages[@]}"; do
    name=$(basename "$page")
    problems=()

    # man(1): warnings go to stderr, the rendered page to stdout.
    out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
          man --warnings -E UTF-8 -l -Tutf8 "$page" 2>"$errfile")
    rc=$?
    warn=$(cat "$errfile")
    if [ $rc -ne 0 ]; then
        problems+=("man exited with status $rc")
    fi
    if [ -n "$warn" ]; then
        problems+=("man: $warn")
    fi
    # An empty page renders to (almost) nothing besides header and footer.
    body=$(printf '%s\n' "$out" | grep -c '[[:alnum:]]')
    if [ "$body" -lt 5 ]; then
        problems+=("renders empty ($body non-blank lines)")
    fi
    if ! printf '%s\n' "$out" | grep -q '^NAME\|^N.*A.*M.*E'; then
        problems+=("no NAME section in the rendered page")
    fi

    # groff(1): -ww enables all warnings, -z discards the output.
    warn=$(groff -man -ww -z "$page" 2>&1)
    rc=$?
    if [ $rc -ne 0 ]; then
        problems+=("groff exited with status $rc")
    fi
    if [ -n "$warn" ]; then
        problems+=("groff: $warn")
    fi

    if [ ${#problems[@]} -eq 0 ]; then
        echo "PASS $name"
        passed=$((passed + 1))
    else
        for p in "${problems[@]}"; do
            echo "FAIL $name: $p"
        done
        failed=$((failed + 1))
    fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
