# ours-only
# seccure genkey (issues 6 and 9): a key file. Line 1 is a new random
# passphrase, "SECCURE-SECRET-KEY-" and the curve order's bytes in base 32
# (a form no public key has); "#" lines name the curve and the public key.
# Every seccure reads line 1 with -F; the front also reads the curve.
# -o makes a new file, mode 0600, and never replaces one; -p writes the
# public key file to share. Default curve: p256.

## Without -o: the key file on stdout, the public key on stderr.
$ seccure genkey
>~ SECCURE-SECRET-KEY-[A-Z2-7]{52}
> # seccure key file: line 1 is the passphrase (seccure -F reads it); keep this file private
> # curve: secp256r1
>~ # public key: [!#-&(-\[\]-_a-~]{40}
!~ The public key is: [!#-&(-\[\]-_a-~]{40}
$ seccure genkey -q -c p160
>~ SECCURE-SECRET-KEY-[A-Z2-7]{34}
> # seccure key file: line 1 is the passphrase (seccure -F reads it); keep this file private
> # curve: secp160r1
>~ # public key: [!#-&(-\[\]-_a-~]{25}
# As many base-32 digits as the order has bits (8 * order_bin / 5, rounded up).
$ seccure genkey --quiet --curve=p521 | head -1
>~ SECCURE-SECRET-KEY-[A-Z2-7]{106}
$ seccure genkey -q -c brainpoolp512 | head -1
>~ SECCURE-SECRET-KEY-[A-Z2-7]{103}
$ seccure genkey -q -c secp112r1 --allow-weak-curve | head -1
>~ SECCURE-SECRET-KEY-[A-Z2-7]{23}
$ seccure genkey -v -q -c p384 2>&1 >/dev/null
> 0.5
> secp384r1/nistp384

## -o and -p: new files only; the key file is 0600, the public one 0644.
$ seccure genkey -o alice.key -p alice.pub
>~ The public key is: [!#-&(-\[\]-_a-~]{40}
$ stat -c '%a %n' alice.key alice.pub; sed -n 2p alice.pub; test "$(sed -n 3p alice.pub)" = "$(sed -n 4p alice.key | cut -c15-)" && echo same key
> 600 alice.key
> 644 alice.pub
> # curve: secp256r1
> same key
$ cp alice.key before; seccure genkey -o alice.key; cmp alice.key before && echo untouched
> untouched
! FATAL: 'alice.key' exists; it was not overwritten.
$ ln -s nowhere dangling; seccure genkey -q -o dangling; test -L dangling && test ! -e nowhere && echo link untouched
> link untouched
! FATAL: 'dangling' exists; it was not overwritten.
$ seccure genkey -q -o new.key -p alice.pub; test ! -e new.key && echo no key file without its public file
> no key file without its public file
! FATAL: 'alice.pub' exists; it was not overwritten.
$ seccure genkey -q -o bob.key
>~ [!#-&(-\[\]-_a-~]{40}

## The key file on every curve: the front reads its curve (no -c needed),
## and the original's seccure-key, given line 1 with -F, finds the same key.
$ for c in secp112r1 secp128r1 p160 p192 p224 p256 p384 p521 brainpoolp160 brainpoolp192 brainpoolp224 brainpoolp256 brainpoolp320 brainpoolp384 brainpoolp512; do \
    allow=; c2=; case $c in secp112r1|secp128r1) allow=--allow-weak-curve; c2="-c $c";; esac; \
    seccure genkey -q -c $c $allow -o k-$c > pub; \
    test "$(seccure key -q $c2 -F k-$c)" = "$(cat pub)" && \
    test "$(/usr/bin/seccure-key -q -c $c -F k-$c 2>/dev/null)" = "$(cat pub)" && echo "$c ok"; done
> secp112r1 ok
> secp128r1 ok
> p160 ok
> p192 ok
> p224 ok
> p256 ok
> p384 ok
> p521 ok
> brainpoolp160 ok
> brainpoolp192 ok
> brainpoolp224 ok
> brainpoolp256 ok
> brainpoolp320 ok
> brainpoolp384 ok
> brainpoolp512 ok

## Encrypt to the public file, decrypt and sign with the key file alone.
$ printf 'secret' > msg; seccure encrypt -q --key-file alice.pub -i msg -o ct; seccure decrypt -q -F alice.key -i ct
> secret (no-eol)
$ seccure sign -q --identity alice.key -i msg -s sig; seccure verify -q --key-file alice.pub -s sig msg
# The original's seccure-decrypt reads the same key file (line 1).
$ /usr/bin/seccure-decrypt -q -m 80 -c p256 -F alice.key -i ct
> secret (no-eol)
# Ours does too, without a warning about the "#" lines.
$ seccure-decrypt -q -m 80 -c p256 -F alice.key -i ct
> secret (no-eol)

## A key file's curve must agree with -c; a damaged key file is caught
## (its last digit replaced by "1", which base 32 does not have).
$ seccure decrypt -q -c p160 -F alice.key -i ct
! FATAL: 'alice.key' is a key on secp256r1, but -c names secp160r1.
? 1
$ sed '1s/.$/1/' alice.key > damaged.key; chmod 600 damaged.key; seccure key -F damaged.key
! FATAL: 'damaged.key' is damaged: its passphrase does not give the public key the file names.
? 1

## A key file is no public key: --key-file refuses it, and any file of
## more than one line (a passphrase and a key, as older genkey printed).
$ seccure encrypt --key-file alice.key -i msg
! FATAL: 'alice.key' holds a secret passphrase, not a public key; give the public key file (seccure genkey -p) or the key itself.
? 1
$ seccure-encrypt --key-file alice.key -i msg
! FATAL: 'alice.key' holds a secret passphrase, not a public key; give the public key file (seccure genkey -p) or the key itself.
? 1
$ printf 'q8(Ud+c%%bU7XhtN[yvN!bc;=ta\n2@DupCaCKykHBe-QHpAP%%d%%B[\n' > old.secret; seccure encrypt --key-file old.secret -i msg
! FATAL: 'old.secret' holds more than one line of text; a public key file holds one key (and # comments).
? 1

## Random: every run gives a new passphrase.
$ for i in 1 2 3 4 5 6 7 8; do seccure genkey -q -c p160 | head -1; done | sort -u | wc -l
> 8

## Wrong command lines: no arguments, no options of other commands.
$ seccure genkey extra
! seccure genkey: wrong number of arguments
! Usage: seccure genkey [options]
! Generate a key file: a random passphrase and its public key (seccure++ 0.5, compatible with seccure 0.5).
! See seccure(1) for details.
? 2
$ seccure genkey --passphrase-fd 0
! seccure genkey: option '--passphrase-fd' does not apply: seccure genkey reads no passphrase
!~ Usage: seccure genkey .*
!*
? 2
$ seccure genkey --key-file x
! seccure genkey: option '--key-file' does not apply: seccure genkey takes no public key
!*
? 2
$ seccure genkey -i x
! seccure genkey: option -i does not apply to seccure genkey
!*
? 2
# The seccure-* programs refuse genkey's options rather than ignore them.
$ seccure-key --public-out new.pub -F pw
! seccure-key: option '--public-out' does not apply: seccure-key writes no key file (seccure genkey does)
!~ Usage: seccure-key .*
!*
? 2
$ seccure-encrypt --protect -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! seccure-encrypt: option '--protect' does not apply: seccure-encrypt writes no key file (seccure genkey does)
!~ Usage: seccure-encrypt .*
!*
? 2
$ test -e new.pub || echo no public key file
> no public key file
$ seccure encrypt --protect -i msg -- '2@DupCaCKykHBe-QHpAP%d%B['
! seccure encrypt: option --protect does not apply to seccure encrypt
!*
? 2
$ seccure genkey -c nope
! FATAL: Unknown curve 'nope' (a name, or a part of one that contains its size, such as p256); the curves are secp112r1, secp128r1, secp160r1, secp192r1/nistp192, secp224r1/nistp224, secp256r1/nistp256, secp384r1/nistp384, secp521r1/nistp521, brainpoolp160r1, brainpoolp192r1, brainpoolp224r1, brainpoolp256r1, brainpoolp320r1, brainpoolp384r1, brainpoolp512r1.
? 1
$ seccure genkey --stream
! seccure genkey: option '--stream' does not apply: seccure genkey releases no plaintext
!*
? 2
