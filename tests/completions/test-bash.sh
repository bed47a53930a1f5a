#!/bin/bash
# Checks the bash completions (completions/seccure.bash) by setting
# COMP_WORDS/COMP_CWORD and calling the registered functions, as bash does on
# TAB; and the zsh completion's syntax (zsh -n) when zsh is installed.
# With SECCURE (the built program), also that each command's options, as
# offered for "seccure COMMAND -", are those of the program's option table
# (tools/cli/options.cpp), listed by `SECCURE_LIST_OPTIONS=1 seccure COMMAND`.
# Usage: test-bash.sh [COMPLETIONS_DIR [SECCURE]]   (default: ../../completions)
set -u
dir=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../completions" && pwd)}
seccure=${2-}
passed=0
failed=0

ok() { passed=$((passed + 1)); echo "ok: $1"; }
not_ok() { failed=$((failed + 1)); echo "FAILED: $1"; }

# shellcheck source=/dev/null
if ! source "$dir/seccure.bash"; then
    echo "FAILED: cannot source $dir/seccure.bash"
    echo "0 passed, 1 failed"
    exit 1
fi

# complete WORD... : the candidates (one per line) for the last word, with
# the function registered for the first word's command.
complete_words() {
    local spec func
    spec=$(complete -p "$1" 2>/dev/null) || return 1
    func=${spec#*-F }
    func=${func%% *}
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    "$func" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s\n' "${COMPREPLY[@]}"
}

# expect "WORDS" CANDIDATE... : every CANDIDATE is offered.
expect() {
    local words=$1 out c missing=''
    shift
    # shellcheck disable=SC2086
    out=$(eval complete_words $words)
    for c in "$@"; do
        grep -qxF -- "$c" <<<"$out" || missing+=" $c"
    done
    if [[ -z $missing ]]; then
        ok "[$words] offers $*"
    else
        not_ok "[$words] lacks$missing (got: $(tr '\n' ' ' <<<"$out"))"
    fi
}

# expect_not "WORDS" CANDIDATE... : none of them is offered.
expect_not() {
    local words=$1 out c extra=''
    shift
    # shellcheck disable=SC2086
    out=$(eval complete_words $words)
    for c in "$@"; do
        grep -qxF -- "$c" <<<"$out" && extra+=" $c"
    done
    if [[ -z $extra ]]; then
        ok "[$words] does not offer $*"
    else
        not_ok "[$words] offers$extra"
    fi
}

# every program has a completion function
for p in seccure seccure-key seccure-encrypt seccure-decrypt seccure-sign seccure-verify \
         seccure-signcrypt seccure-veridec seccure-dh seccure-speed; do
    if complete -p "$p" >/dev/null 2>&1; then ok "$p is registered"; else not_ok "$p is not registered"; fi
done

expect "seccure-encrypt -c p2" p224 p256
expect_not "seccure-encrypt -c p2" p160 brainpoolp224r1
expect "seccure-encrypt -c secp22" secp224r1/nistp224
expect "seccure-encrypt -c ''" secp112r1 secp256r1/nistp256 brainpoolp512r1 p521
expect "seccure-encrypt --curve = brain" brainpoolp160r1 brainpoolp320r1 brainpoolp512r1
expect "seccure-verify -fc nist" nistp224 nistp521
expect "seccure-encrypt -cp38" -cp384
expect "seccure-sign --sig" --signature-file
expect "seccure-sign -" -f -b -a -c -s -i -o -F -d -v -q -h
expect_not "seccure-sign -" -m
expect "seccure ''" key encrypt decrypt sign verify signcrypt veridec dh speed genkey
expect "seccure s" sign signcrypt speed
expect "seccure decrypt --pass" --passphrase-file --passphrase-fd
expect "seccure signcrypt -c p256 -c ''" brainpoolp160r1 p384
expect "seccure-decrypt -m ''" 0 80 128 256
expect "seccure-encrypt --mac-bits = 1" 16 128
expect_not "seccure-decrypt -m ''" 7 300
expect "seccure-key -" -c -F -d -v -q -h
expect_not "seccure-key -" -i -o -m -s
expect "seccure-key --" --curve --passphrase-file --passphrase-fd --double-prompt --verbose --quiet --help --version
expect "seccure-encrypt --" --mac-bits --curve --in --out --key-file --progress --no-progress
expect "seccure-verify --" --filter --binary --append --signature-file --key-file
expect "seccure-speed --" --curve --json --seconds --bulk-mib --elapsed
expect "seccure-speed -c p5" p521
expect "seccure speed --e" --elapsed
expect "seccure-dh -" -c -v -q -h
# options end at the first operand and at --
expect_not "seccure-encrypt KEY -" -c -v
expect_not "seccure-encrypt -- -" -c -v

# file names after the file options
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
: >"$scratch/message.txt"
: >"$scratch/pwfile"
expect "seccure-sign -i $scratch/mess" "$scratch/message.txt"
expect "seccure-decrypt -F $scratch/pw" "$scratch/pwfile"
expect "seccure-sign --signature-file $scratch/m" "$scratch/message.txt"
expect "seccure-veridec --in = $scratch/me" "$scratch/message.txt"
expect "seccure-signcrypt -dqo $scratch/p" "$scratch/pwfile"

# the option lists agree with the program's table (speed has its own options)
if [[ -n $seccure ]]; then
    for cmd in key genkey encrypt decrypt sign verify signcrypt veridec dh; do
        want=$(SECCURE_LIST_OPTIONS=1 "$seccure" "$cmd" | sort)
        got=$(complete_words seccure "$cmd" - | sort)
        if [[ -n $want && $want == "$got" ]]; then
            ok "seccure $cmd: the completion's options are the table's"
        else
            not_ok "seccure $cmd: the completion's options differ from the table's: $(diff <(echo "$want") <(echo "$got") | grep '^[<>]' | tr '\n' ' ')"
        fi
    done
else
    echo "skipped: the option lists against the program (no SECCURE given)"
fi

if command -v zsh >/dev/null 2>&1; then
    if zsh -n "$dir/_seccure"; then ok "zsh -n _seccure"; else not_ok "zsh -n _seccure"; fi
else
    echo "skipped: zsh -n _seccure (zsh is not installed)"
fi
if head -n 1 "$dir/_seccure" | grep -q '^#compdef seccure .*seccure-key.*seccure-speed'; then
    ok "_seccure has a #compdef line for all programs"
else
    not_ok "_seccure has no #compdef line for all programs"
fi

echo "$passed passed, $failed failed"
((failed == 0))
