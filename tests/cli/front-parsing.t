# ours-only
# The front's command line (issue 9): GNU-style (options may follow the
# operands), the input file as the last operand, a value-taking option only
# once, no options that the command would ignore, -q silencing the
# "Assuming ..." lines, the usual other curve names, trimmed keys.
# The seccure-* programs keep the original's POSIX scan (options.t).

$ printf 'seccure is secure\n' > pw; printf 'my private key\n' > pw2; printf 'hello\n' > msg; chmod 600 pw*

## Options after the operands; the input file as an operand.
$ seccure encrypt '2@DupCaCKykHBe-QHpAP%d%B[' -q -o ct msg
$ seccure decrypt ct -q -F pw
> hello
$ seccure decrypt -F pw -q < ct
> hello
# (After "--" everything is an operand: keys that begin with "-" need it.)
$ seccure sign msg -q -F pw -s sig; seccure verify -q -s sig -- '2@DupCaCKykHBe-QHpAP%d%B[' msg && echo verified
> verified
$ seccure verify -s sig -- '2@DupCaCKykHBe-QHpAP%d%B[' msg
! Signature successfully verified!
# verify's second operand is the signature unless -s or -a gives it.
$ seccure verify -q -i msg -- '2@DupCaCKykHBe-QHpAP%d%B[' "$(cat sig)" && echo verified
> verified
$ seccure signcrypt -q -F pw -o sc '8W;>i^H0qi|J&$coR5MFpR*Vn' msg; seccure veridec -q -F pw2 '2@DupCaCKykHBe-QHpAP%d%B[' sc
> hello
# The input given twice (-i and an operand) is one operand too many.
$ seccure decrypt -F pw -i ct ct
! seccure decrypt: wrong number of arguments
!~ Usage: seccure decrypt .*
!*
? 2

## A value-taking option given twice is a mistake, not "the last wins".
$ seccure decrypt -F pw -F pw2 -i ct
! seccure decrypt: option -F given twice
!*
? 2
$ seccure decrypt --passphrase-file pw --identity pw2 -i ct
! seccure decrypt: option -F given twice
!*
? 2
$ seccure encrypt -m 80 --mac-bits 88 -i msg -- '2@DupCaCKykHBe-QHpAP%d%B['
! seccure encrypt: option -m given twice
!*
? 2
$ seccure encrypt -c p160 -c p160 -i msg -- '2@DupCaCKykHBe-QHpAP%d%B['
! seccure encrypt: seccure encrypt takes one -c
!*
? 2
# (The seccure-* programs keep getopt's last-wins.)
$ seccure-decrypt -q -m 80 -F pw2 -F pw -i ct
> hello
! Assuming curve p160.

## Options the command would ignore are errors.
$ seccure key -m 80 -F pw
! seccure key: option -m does not apply to seccure key
!*
? 2
$ seccure encrypt -F pw -i msg -- '2@DupCaCKykHBe-QHpAP%d%B['
! seccure encrypt: option -F does not apply to seccure encrypt
!*
? 2
$ seccure decrypt -s sig -F pw -i ct
! seccure decrypt: option -s does not apply to seccure decrypt
!*
? 2
$ seccure dh --progress
! seccure dh: option --progress does not apply to seccure dh
!*
? 2

## -q silences the front's "Assuming ..." lines; without it they are there.
$ seccure key -q -F pw
> 2@DupCaCKykHBe-QHpAP%d%B[
$ seccure key -F pw
> The public key is: 2@DupCaCKykHBe-QHpAP%d%B[
! Assuming curve p160.

## Other names of curves, any case; an unknown one lists the curves.
# (Each compared with the original's key for -c p256 / -c p192.)
$ o=$(/usr/bin/seccure-key -q -c p256 -F pw); for c in P-256 prime256v1 NISTP256 Secp256R1; do test "$(seccure key -q -c $c -F pw)" = "$o" && echo "$c ok"; done
> P-256 ok
> prime256v1 ok
> NISTP256 ok
> Secp256R1 ok
$ o=$(/usr/bin/seccure-key -q -c p192 -F pw); for c in P-192 prime192v1 P192; do test "$(seccure key -q -c $c -F pw)" = "$o" && echo "$c ok"; done
> P-192 ok
> prime192v1 ok
> P192 ok
$ seccure key -c p999 -F pw
! FATAL: Unknown curve 'p999' (a name, or a part of one that contains its size, such as p256); the curves are secp112r1, secp128r1, secp160r1, secp192r1/nistp192, secp224r1/nistp224, secp256r1/nistp256, secp384r1/nistp384, secp521r1/nistp521, brainpoolp160r1, brainpoolp192r1, brainpoolp224r1, brainpoolp256r1, brainpoolp320r1, brainpoolp384r1, brainpoolp512r1.
? 1
$ seccure-key -c p999 -F pw
! FATAL: Invalid curve name.
? 1

## Pasted keys: blanks around them do not matter in the front.
$ seccure encrypt -q -i msg -o ct2 -- '  2@DupCaCKykHBe-QHpAP%d%B[ '; seccure decrypt -q -F pw ct2
> hello

## seccure speed follows the same conventions.
$ seccure speed --version
> seccure speed (seccure++) 0.5
$ seccure speed -q -c p160 --seconds 0.01 --bulk-mib 0 --json | grep -c '"curve": "secp160r1"'
> 1
$ seccure speed -c nothing
! FATAL: Unknown curve 'nothing' (a name, or a part of one that contains its size, such as p256); the curves are secp112r1, secp128r1, secp160r1, secp192r1/nistp192, secp224r1/nistp224, secp256r1/nistp256, secp384r1/nistp384, secp521r1/nistp521, brainpoolp160r1, brainpoolp192r1, brainpoolp224r1, brainpoolp256r1, brainpoolp320r1, brainpoolp384r1, brainpoolp512r1.
? 1
$ seccure speed --frobnicate
! seccure speed: unrecognized option '--frobnicate'
! Usage: seccure speed [-c curve] [--json] [--seconds S] [--bulk-mib M] [--elapsed] [-q]
! See seccure-speed(1) for details.
? 2
$ seccure-speed -x
! seccure-speed: invalid option -- 'x'
!*
? 2
$ seccure speed -q -c P-256 --seconds 0.01 --bulk-mib 0 --json | grep -c '"curve": "secp256r1"'
> 1
