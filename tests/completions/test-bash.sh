#!/bin/bash
# Checks the shell completions (completions/) against the program.
#
# bash: sets COMP_WORDS/COMP_CWORD and calls the registered functions, as
# bash does on TAB, and checks the candidates.
#
# zsh: `zsh -n` on _seccure, and its option lists. Rather than drive
# interactive completion through a pseudo-terminal (zsh/zpty: timing,
# prompts and escape codes make that fragile), the test runs _seccure in a
# plain `zsh -f` with `_arguments` replaced by a function that prints the
# specs it is given: they are exactly what zsh's real _arguments would
# complete from, after zsh itself has expanded the brace forms and arrays,
# and the way there (`seccure COMMAND` through _seccure_front, the
# seccure-* programs by $service) is the file's own code. The option name
# of each spec is its first word after the exclusion list, e.g. "--curve"
# in "(-c --curve)--curve=[elliptic curve]:curve:_seccure_curves".
#
# With SECCURE (the built program), both shells' per-command option lists
# are compared with the option table (tools/cli/options.cpp) as
# `SECCURE_LIST_OPTIONS=1 PROGRAM [COMMAND]` lists it: for each command of
# the front (`seccure COMMAND`, its own options included) and for each
# seccure-* program (run under that name with `exec -a`, as its link does,
# which must not be offered the front's options).
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

# bash: options after operands and the input-file operand, in the front only
expect "seccure decrypt $scratch/mess" "$scratch/message.txt"
expect "seccure sign -F $scratch/pwfile $scratch/mess" "$scratch/message.txt"
expect "seccure verify --key-file $scratch/pwfile -s x.sig $scratch/m" "$scratch/message.txt"
expect "seccure decrypt $scratch/message.txt --st" --stream
expect "seccure decrypt -- $scratch/mess" "$scratch/message.txt"
expect_not "seccure decrypt -- -" -F --stream
expect "seccure genkey --password-fd ''" 3
expect_not "seccure key $scratch/mess" "$scratch/message.txt"
expect_not "seccure-decrypt $scratch/mess" "$scratch/message.txt"
expect_not "seccure-decrypt --st" --stream
expect_not "seccure-key --pass" --password-fd

# zsh_arguments SERVICE [COMMAND]: the words _seccure hands to _arguments
# for seccure-COMMAND (SERVICE seccure-COMMAND) or for `seccure COMMAND`
# (SERVICE seccure), one a line: _arguments' own flags, ":", the specs.
# zsh_options: the option names of the specs.
zsh_dump='
_arguments() {
  if [[ $1 == -C ]]; then
    # _seccure_front: the command is word 1 after the shift of "*::"
    state=argument words=($cmd -) CURRENT=2
    return 0
  fi
  print -rl -- "$@"
}
service=$1 cmd=$2 words=($service $cmd -) CURRENT=3
source $dir/_seccure
'
zsh_arguments() {
    dir=$dir zsh -f -c "$zsh_dump" zsh "$1" "${2-}"
}
zsh_options() {
    zsh_arguments "$@" | sed '1,/^:$/d' |
        sed -nE 's/^\*?(\([^)]*\))?\*?(--?[A-Za-z0-9][A-Za-z0-9-]*).*/\2/p' | sort -u
}

# zsh: in the front, options after operands (no -A) and file names for
# operands; the seccure-* programs end options at the first operand.
if command -v zsh >/dev/null 2>&1; then
    for cmd in decrypt verify; do
        args=$(zsh_arguments seccure $cmd)
        if ! grep -qxF -- -A <<<"$args" && grep -qxF -- '*:input file:_files' <<<"$args"; then
            ok "zsh, seccure $cmd: options anywhere, file operands"
        else
            not_ok "zsh, seccure $cmd: options end at an operand, or operands are no files: $(grep -v '^(' <<<"$args" | tr '\n' ' ')"
        fi
        args=$(zsh_arguments seccure-$cmd)
        if grep -qxF -- -A <<<"$args" && ! grep -qF -- '_files' <<<"$(sed '1,/^:$/d; /^-/d; /^(/d; /^\*-/d' <<<"$args")"; then
            ok "zsh, seccure-$cmd: options before the operands, no file operands"
        else
            not_ok "zsh, seccure-$cmd: options after operands or file operands: $(grep -v '^(' <<<"$args" | tr '\n' ' ')"
        fi
    done
fi

# compare_lists WHAT WANT GOT
compare_lists() {
    if [[ -n $2 && $2 == "$3" ]]; then
        ok "$1: the options are the table's"
    else
        not_ok "$1: the options differ from the table's (< table, > completion): $(diff <(echo "$2") <(echo "$3") | grep '^[<>]' | tr '\n' ' ')"
    fi
}

# the option lists agree with the program's table (speed has its own options)
have_zsh=0
command -v zsh >/dev/null 2>&1 && have_zsh=1
if [[ -n $seccure ]]; then
    for cmd in key genkey encrypt decrypt sign verify signcrypt veridec dh; do
        want=$(SECCURE_LIST_OPTIONS=1 "$seccure" "$cmd" | sort)
        compare_lists "bash, seccure $cmd" "$want" "$(complete_words seccure "$cmd" - | sort)"
        (( have_zsh )) && compare_lists "zsh, seccure $cmd" "$want" "$(zsh_options seccure "$cmd")"
        [[ $cmd == genkey ]] && continue  # no seccure-genkey program
        want=$(export SECCURE_LIST_OPTIONS=1; (exec -a "seccure-$cmd" "$seccure") | sort)
        compare_lists "bash, seccure-$cmd" "$want" "$(complete_words "seccure-$cmd" - | sort)"
        (( have_zsh )) && compare_lists "zsh, seccure-$cmd" "$want" "$(zsh_options "seccure-$cmd")"
    done
    (( have_zsh )) || echo "skipped: the zsh option lists (zsh is not installed)"
else
    echo "skipped: the option lists against the program (no SECCURE given)"
fi

if (( have_zsh )); then
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
