# ours-only
# Curve names never silently mean the weakest curve (FORMAT.md §1.2, §9): a
# fragment of -c must have 3 or more characters and contain the size of the
# curve it selects. The original takes the first curve whose name contains
# the fragment, so "p", "r1", "secp" and "" meant secp112r1
# (curve-names-original.t shows what it does).

$ printf 'seccure is secure\n' > pw; chmod 600 pw

## What users type still works.
$ for c in p160 160 secp160r1 p256 256 nistp256 p256r1 secp256r1/nistp256 p521 521 brainpoolp384r1 brainpoolp384 112 secp112r1; do \
    seccure-key -v -c "$c" -F pw 2>&1 >/dev/null | sed -n 2p; done
> CURVE: secp160r1
> CURVE: secp160r1
> CURVE: secp160r1
> CURVE: secp256r1/nistp256
> CURVE: secp256r1/nistp256
> CURVE: secp256r1/nistp256
> CURVE: secp256r1/nistp256
> CURVE: secp256r1/nistp256
> CURVE: secp521r1/nistp521
> CURVE: secp521r1/nistp521
> CURVE: brainpoolp384r1
> CURVE: brainpoolp384r1
> CURVE: secp112r1
> CURVE: secp112r1

## Too short, or without the size: refused with the original's text in the
## seccure-* programs, with the list of curves in the front.
$ for c in p r1 1 '' 12 p5 p3 51 / secp nist nistp brainpool; do seccure-key -c "$c" -F pw; echo "$c: $?"; done 2>&1
> FATAL: Invalid curve name.
> p: 1
> FATAL: Invalid curve name.
> r1: 1
> FATAL: Invalid curve name.
> 1: 1
> FATAL: Invalid curve name.
> : 1
> FATAL: Invalid curve name.
> 12: 1
> FATAL: Invalid curve name.
> p5: 1
> FATAL: Invalid curve name.
> p3: 1
> FATAL: Invalid curve name.
> 51: 1
> FATAL: Invalid curve name.
> /: 1
> FATAL: Invalid curve name.
> secp: 1
> FATAL: Invalid curve name.
> nist: 1
> FATAL: Invalid curve name.
> nistp: 1
> FATAL: Invalid curve name.
> brainpool: 1
$ seccure-encrypt -c p -i pw '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming MAC length of 80 bits.
! FATAL: Invalid curve name.
? 1
$ seccure key -c r1 -F pw
! FATAL: Unknown curve 'r1' (a name, or a part of one that contains its size, such as p256); the curves are secp112r1, secp128r1, secp160r1, secp192r1/nistp192, secp224r1/nistp224, secp256r1/nistp256, secp384r1/nistp384, secp521r1/nistp521, brainpoolp160r1, brainpoolp192r1, brainpoolp224r1, brainpoolp256r1, brainpoolp320r1, brainpoolp384r1, brainpoolp512r1.
? 1
$ seccure key --curve= -F pw
!~ FATAL: Unknown curve '' \(a name, or a part of one that contains its size, such as p256\); the curves are .*
? 1
# The front's other names are whole names: P-256, prime256v1.
$ seccure key -q -c P-256 -F pw; seccure key -q -c prime256v1 -F pw
> +W(jT5fL~M@&5^T<.5e+CHp$sV|X+j:zAQfiNR@i
> +W(jT5fL~M@&5^T<.5e+CHp$sV|X+j:zAQfiNR@i
