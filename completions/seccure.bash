# Bash completion for seccure++: seccure-key, seccure-encrypt, seccure-decrypt,
# seccure-sign, seccure-verify, seccure-signcrypt, seccure-veridec, seccure-dh,
# seccure-speed and the `seccure` front end (seccure SUBCOMMAND ...).
#
# Self-contained: needs only bash's own programmable completion (complete,
# compgen, compopt), not the bash-completion package's helpers. Installed once
# per program name under share/bash-completion/completions/, because
# bash-completion loads completions by command name; sourcing any copy
# registers the functions for all programs.

# Curves (FORMAT.md §1, in table order): the fifteen full names, the halves of the
# two-name ones, and the common short forms (-c takes a part of a name that contains its size).
_seccure_curve_names='secp112r1 secp128r1 secp160r1
secp192r1/nistp192 secp224r1/nistp224 secp256r1/nistp256
secp384r1/nistp384 secp521r1/nistp521
brainpoolp160r1 brainpoolp192r1 brainpoolp224r1 brainpoolp256r1
brainpoolp320r1 brainpoolp384r1 brainpoolp512r1
secp192r1 secp224r1 secp256r1 secp384r1 secp521r1
nistp192 nistp224 nistp256 nistp384 nistp521
p112 p128 p160 p192 p224 p256 p384 p521'

# MAC lengths in bits (-m): multiples of 8 from 0 to 256.
_seccure_mac_bits='0 8 16 24 32 40 48 56 64 72 80 88 96 104 112 120 128 136 144 152 160 168 176 184 192 200 208 216 224 232 240 248 256'

_seccure_subcommands='key encrypt decrypt sign verify signcrypt veridec dh speed genkey'

# _seccure_spec TOOL FRONT: sets _seccure_short (option letters),
# _seccure_short_arg (the letters among them that take an argument),
# _seccure_long (long options), _seccure_long_arg (the long options that
# take an argument) and _seccure_input (1: an operand may be the input
# file). FRONT 1: as `seccure TOOL`, which also takes the front's own
# options (--password-fd for protected key files, --stream where output is
# held back until checked, genkey) and the input file as the last operand;
# FRONT 0: as the seccure-TOOL program, which refuses them. The lists are
# the option table's (tools/cli/options.cpp; tests/completions/test-bash.sh
# compares them with `SECCURE_LIST_OPTIONS=1 seccure TOOL`).
_seccure_spec() {
    local front=${2-0}
    local common='--verbose --quiet --help --version'
    local pw='--passphrase-file --identity --passphrase-fd --double-prompt'
    local io='--in --out --progress --no-progress'
    local password='' stream=''
    if (( front )); then
        password='--password-fd'
        stream='--stream'
    fi
    _seccure_short_arg='mcioFsp'
    _seccure_long_arg='--curve --passphrase-file --identity --passphrase-fd --password-fd --key-file --mac-bits --in --out --public-out --signature-file --seconds --bulk-mib'
    _seccure_input=$front
    case $1 in
        key)
            _seccure_input=0
            _seccure_short='cFdvqh'
            _seccure_long="--curve $pw $password $common" ;;
        encrypt)
            _seccure_short='mciovqh'
            _seccure_long="--mac-bits --curve $io --key-file $common" ;;
        decrypt)
            _seccure_short='mcioFdvqh'
            _seccure_long="--mac-bits --curve $io $pw $password $stream $common" ;;
        sign)
            _seccure_short='fbacsioFdvqh'
            _seccure_long="--filter --binary --append --curve --signature-file $io $pw $password $common" ;;
        verify)
            _seccure_short='fbacsiovqh'
            _seccure_long="--filter --binary --append --curve --signature-file $io --key-file $stream $common" ;;
        signcrypt)
            _seccure_short='cioFdvqh'
            _seccure_long="--curve $io $pw $password --key-file $common" ;;
        veridec)
            _seccure_short='cioFdvqh'
            _seccure_long="--curve $io $pw $password --key-file $stream $common" ;;
        dh)
            _seccure_input=0
            _seccure_short='cvqh'
            _seccure_long="--curve $common" ;;
        speed)
            _seccure_input=0
            _seccure_short='cqh'
            _seccure_long='--curve --json --seconds --bulk-mib --elapsed --quiet --help --version' ;;
        genkey)
            (( front )) || return 1  # no seccure-genkey program
            _seccure_input=0
            _seccure_short='copFvqh'
            _seccure_long="--curve --out --public-out --passphrase-file --identity --password-fd --protect --allow-weak-curve $common" ;;
        *)
            return 1 ;;
    esac
}

# _seccure_values OPTION CUR [PREFIX]: completes the argument of OPTION (a
# short letter without the dash, or a long option).
_seccure_values() {
    local opt=$1 cur=$2 prefix=${3-} w
    local -a words
    case $opt in
        c|--curve)
            mapfile -t words < <(compgen -W "$_seccure_curve_names" -- "$cur") ;;
        m|--mac-bits)
            mapfile -t words < <(compgen -W "$_seccure_mac_bits" -- "$cur") ;;
        i|o|s|F|p|--in|--out|--signature-file|--passphrase-file|--identity|--key-file|--public-out)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return 0 ;;
        --passphrase-fd|--password-fd)
            mapfile -t words < <(compgen -W '0 3 4 5 6 7 8 9' -- "$cur") ;;
        --bulk-mib)
            mapfile -t words < <(compgen -W '0 16 64 256 1024' -- "$cur") ;;
        *)
            COMPREPLY=()
            return 0 ;;
    esac
    COMPREPLY=()
    for w in "${words[@]}"; do
        COMPREPLY+=("$prefix$w")
    done
}

# _seccure_complete TOOL FIRST FRONT: completes COMP_WORDS[COMP_CWORD] for
# TOOL, whose arguments start at COMP_WORDS[FIRST]. The seccure-* programs
# (FRONT 0) end options at "--" or at the first operand (POSIX getopt, as
# the original); the front (FRONT 1) scans GNU-style, so options may follow
# operands and only "--" ends them, and an operand may be the input file
# (file names are offered). `--opt=value` arrives split at the "="
# (COMP_WORDBREAKS), as the words --opt, =, value.
_seccure_complete() {
    local tool=$1 first=$2 front=${3-0}
    local cword=$COMP_CWORD cur=${COMP_WORDS[COMP_CWORD]-}
    COMPREPLY=()
    _seccure_spec "$tool" "$front" || return 0

    local i=$first w need='' ended=0 j ch rest
    while (( i < cword )); do
        w=${COMP_WORDS[i]}
        if [[ $w == -- ]]; then
            ended=1
            break
        elif [[ $w == --?* ]]; then
            if [[ " $_seccure_long_arg " == *" $w "* ]]; then
                if [[ ${COMP_WORDS[i+1]-} == = ]]; then
                    # --opt = value: the value is two words on
                    if (( i + 1 == cword )); then need=$w; cur=''; break; fi
                    if (( i + 2 == cword )); then need=$w; break; fi
                    (( i += 3 ))
                    continue
                fi
                if (( i + 1 == cword )); then need=$w; break; fi
                (( i += 2 ))
                continue
            fi
        elif [[ $w == -?* ]]; then
            # a cluster of letters; the first one taking an argument takes
            # the rest of the word, or else the next word
            rest=${w#-}
            need=''
            for (( j = 0; j < ${#rest}; j++ )); do
                ch=${rest:j:1}
                if [[ $_seccure_short_arg == *"$ch"* ]]; then
                    [[ -z ${rest:j+1} ]] && need=$ch
                    break
                fi
            done
            if [[ -n $need ]]; then
                if (( i + 1 == cword )); then break; fi
                need=''
                (( i += 2 ))
                continue
            fi
        elif (( ! front )); then
            ended=1  # the first operand
            break
        fi
        (( i++ ))
    done

    if [[ -n $need ]]; then
        _seccure_values "$need" "$cur"
        return 0
    fi

    if (( ! ended )) && [[ $cur == --* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$_seccure_long" -- "$cur")
    elif (( ! ended )) && [[ $cur == -* ]]; then
        # -cNAME / -m128 with the argument in the same word
        local flags=${_seccure_short//[$_seccure_short_arg]/}
        if [[ -n $flags && $cur =~ ^-([$flags]*)([cm])(.+)$ && $_seccure_short == *"${BASH_REMATCH[2]}"* ]]; then
            _seccure_values "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}" "-${BASH_REMATCH[1]}${BASH_REMATCH[2]}"
            return 0
        fi
        local shorts='' k
        for (( k = 0; k < ${#_seccure_short}; k++ )); do
            shorts+=" -${_seccure_short:k:1}"
        done
        mapfile -t COMPREPLY < <(compgen -W "$shorts $_seccure_long" -- "$cur")
    elif (( _seccure_input )); then
        # an operand of the front: the input file (or a key, not completed)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
    # the seccure-* programs' operands (public keys, signatures) are not
    # completed
    return 0
}

# one entry point per program
_seccure_key() { _seccure_complete key 1 0; }
_seccure_encrypt() { _seccure_complete encrypt 1 0; }
_seccure_decrypt() { _seccure_complete decrypt 1 0; }
_seccure_sign() { _seccure_complete sign 1 0; }
_seccure_verify() { _seccure_complete verify 1 0; }
_seccure_signcrypt() { _seccure_complete signcrypt 1 0; }
_seccure_veridec() { _seccure_complete veridec 1 0; }
_seccure_dh() { _seccure_complete dh 1 0; }
_seccure_speed() { _seccure_complete speed 1 0; }

# seccure SUBCOMMAND [options]: the subcommand, then its options as the
# front takes them; seccure help SUBCOMMAND.
_seccure() {
    local cur=${COMP_WORDS[COMP_CWORD]-}
    COMPREPLY=()
    if (( COMP_CWORD == 1 )); then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W '-h --help --version' -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$_seccure_subcommands help" -- "$cur")
        fi
        return 0
    fi
    local sub=${COMP_WORDS[1]}
    if [[ $sub == help ]]; then  # seccure help COMMAND
        (( COMP_CWORD == 2 )) && mapfile -t COMPREPLY < <(compgen -W "$_seccure_subcommands" -- "$cur")
        return 0
    fi
    [[ " $_seccure_subcommands " == *" $sub "* ]] || return 0
    _seccure_complete "$sub" 2 1
}

complete -F _seccure seccure
complete -F _seccure_key seccure-key
complete -F _seccure_encrypt seccure-encrypt
complete -F _seccure_decrypt seccure-decrypt
complete -F _seccure_sign seccure-sign
complete -F _seccure_verify seccure-verify
complete -F _seccure_signcrypt seccure-signcrypt
complete -F _seccure_veridec seccure-veridec
complete -F _seccure_dh seccure-dh
complete -F _seccure_speed seccure-speed

# ex: filetype=sh
