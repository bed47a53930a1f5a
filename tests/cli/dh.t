# seccure-dh: interactive Diffie-Hellman. The own public key goes to stderr,
# the peer's key is one line read from stdin, the results go to stdout.
# The original opens /dev/tty unless -i is given, so every run has
# -i /dev/null (dh ignores -i otherwise). The keys are random: regexes check
# their length and alphabet (the 90 compact digits).

# Set-up: a valid peer key per curve.
$ printf 'seccure is secure\n' > pw
$ for c in p160 p256 p521 secp112r1 brainpoolp512r1 brainpoolp160r1; do seccure-key -q -c $c -F pw > key.$c; done

# Default curve: the assumption, the own key, the prompt (no newline, so the
# next stderr output joins it), then the two derived keys on stdout.
$ seccure-dh -i /dev/null < key.p160
! Assuming curve p160.
!~ Pass this key to your peer: [!#-&(-\[\]-_a-~]{25}
! Enter your peer's key:  (no-eol)
>~ Established key: [!#-&(-\[\]-_a-~]{13}
>~ Verification key: [!#-&(-\[\]-_a-~]{13}

# Explicit curve: no assumption line.
$ seccure-dh -i /dev/null -c p160 < key.p160
!~ Pass this key to your peer: [!#-&(-\[\]-_a-~]{25}
! Enter your peer's key:  (no-eol)
>~ Established key: [!#-&(-\[\]-_a-~]{13}
>~ Verification key: [!#-&(-\[\]-_a-~]{13}

# -q: the bare own key on stderr, the bare results on stdout.
$ seccure-dh -q -i /dev/null -c p160 < key.p160
!~ [!#-&(-\[\]-_a-~]{25}
>~ [!#-&(-\[\]-_a-~]{13}
>~ [!#-&(-\[\]-_a-~]{13}
$ seccure-dh -q -i /dev/null < key.p160
! Assuming curve p160.
!~ [!#-&(-\[\]-_a-~]{25}
>~ [!#-&(-\[\]-_a-~]{13}
>~ [!#-&(-\[\]-_a-~]{13}

# Other curves: key and result lengths.
$ seccure-dh -i /dev/null -c p256 < key.p256
!~ Pass this key to your peer: [!#-&(-\[\]-_a-~]{40}
! Enter your peer's key:  (no-eol)
>~ Established key: [!#-&(-\[\]-_a-~]{20}
>~ Verification key: [!#-&(-\[\]-_a-~]{20}
$ seccure-dh -q -i /dev/null -c p521 < key.p521
!~ [!#-&(-\[\]-_a-~]{81}
>~ [!#-&(-\[\]-_a-~]{40}
>~ [!#-&(-\[\]-_a-~]{40}
$ seccure-dh -q -i /dev/null -c secp112r1 < key.secp112r1
!~ [!#-&(-\[\]-_a-~]{18}
>~ [!#-&(-\[\]-_a-~]{9}
>~ [!#-&(-\[\]-_a-~]{9}
$ seccure-dh -q -i /dev/null -c brainpoolp512r1 < key.brainpoolp512r1
!~ [!#-&(-\[\]-_a-~]{79}
>~ [!#-&(-\[\]-_a-~]{40}
>~ [!#-&(-\[\]-_a-~]{40}
$ seccure-dh -q -i /dev/null -c brainpoolp160r1 < key.brainpoolp160r1
!~ [!#-&(-\[\]-_a-~]{25}
>~ [!#-&(-\[\]-_a-~]{13}
>~ [!#-&(-\[\]-_a-~]{13}

# The peer key line may end in \r\n, or have no newline at all.
$ printf '%s\r\n' "$(cat key.p160)" | seccure-dh -q -i /dev/null -c p160
!~ [!#-&(-\[\]-_a-~]{25}
>~ [!#-&(-\[\]-_a-~]{13}
>~ [!#-&(-\[\]-_a-~]{13}
$ printf '%s' "$(cat key.p160)" | seccure-dh -q -i /dev/null -c p160
!~ [!#-&(-\[\]-_a-~]{25}
>~ [!#-&(-\[\]-_a-~]{13}
>~ [!#-&(-\[\]-_a-~]{13}

# Only the first line is read.
$ printf '%s\nrest\n' "$(cat key.p160)" | seccure-dh -q -i /dev/null -c p160
!~ [!#-&(-\[\]-_a-~]{25}
>~ [!#-&(-\[\]-_a-~]{13}
>~ [!#-&(-\[\]-_a-~]{13}

# Two processes wired together through FIFOs agree on both keys.
$ mkfifo a2b b2a; seccure-dh -q -i /dev/null -c p160 2> a2b < b2a > outA & seccure-dh -q -i /dev/null -c p160 < a2b 2> b2a > outB; wait; cmp outA outB && wc -l < outA
> 2
$ rm -f a2b b2a outA outB; mkfifo a2b b2a; seccure-dh -q -i /dev/null -c brainpoolp384r1 2> a2b < b2a > outA & seccure-dh -q -i /dev/null -c brainpoolp384r1 < a2b 2> b2a > outB; wait; cmp outA outB && cut -c1-100 outA | tr -c '\n' x
> xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
> xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx

# Bad peer keys: wrong length (short, long, empty input) and invalid ones.
$ printf 'short\n' | seccure-dh -i /dev/null -c p160
!~ Pass this key to your peer: [!#-&(-\[\]-_a-~]{25}
! Enter your peer's key: FATAL: Invalid key (wrong length).
? 1
$ printf '%s!\n' "$(cat key.p160)" | seccure-dh -i /dev/null -c p160
!~ Pass this key to your peer: [!#-&(-\[\]-_a-~]{25}
! Enter your peer's key: FATAL: Invalid key (wrong length).
? 1
$ seccure-dh -i /dev/null -c p160 < /dev/null
!~ Pass this key to your peer: [!#-&(-\[\]-_a-~]{25}
! Enter your peer's key: FATAL: Invalid key (wrong length).
? 1
$ printf '\n' | seccure-dh -i /dev/null -c p160
!~ Pass this key to your peer: [!#-&(-\[\]-_a-~]{25}
! Enter your peer's key: FATAL: Invalid key (wrong length).
? 1
$ printf '~~~~~~~~~~~~~~~~~~~~~~~~~\n' | seccure-dh -i /dev/null -c p160
!~ Pass this key to your peer: [!#-&(-\[\]-_a-~]{25}
! Enter your peer's key: FATAL: Invalid key.
? 1
$ printf '"~~~~~~~~~~~~~~~~~~~~~~~~\n' | seccure-dh -i /dev/null -c p160
!~ Pass this key to your peer: [!#-&(-\[\]-_a-~]{25}
! Enter your peer's key: FATAL: Invalid key.
? 1
$ printf 'short\n' | seccure-dh -q -i /dev/null -c p160
!~ [!#-&(-\[\]-_a-~]{25}
! FATAL: Invalid key (wrong length).
? 1

# A key of another curve is rejected by its length.
$ seccure-dh -i /dev/null -c p160 < key.p256
!~ Pass this key to your peer: [!#-&(-\[\]-_a-~]{25}
! Enter your peer's key: FATAL: Invalid key (wrong length).
? 1

# Unknown curve.
$ seccure-dh -i /dev/null -c nope < key.p160
! FATAL: Invalid curve name.
? 1

# -v: version and curve before the own key.
$ seccure-dh -v -i /dev/null -c p256 < key.p256 2> err > /dev/null; head -2 err
> VERSION: 0.5
> CURVE: secp256r1/nistp256
