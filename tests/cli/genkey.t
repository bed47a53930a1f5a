# ours-only
# seccure genkey (issue 6): a new random passphrase with at least as many
# bits as the curve's order, in the compact alphabet, and its public key.
# Nothing is stored; the warning to keep it safe goes to stderr (not with -q).

## Output: the passphrase and the public key, labelled or bare (-q). The
## passphrase has as many digits as the curve's order has bytes (26 for the
## 21 bytes of p160's order: 168 random bits).
$ seccure genkey
! Assuming curve p160.
!~ Store the passphrase safely: .*
!*
>~ Passphrase: [!#-&(-\[\]-_a-~]{26}
>~ The public key is: [!#-&(-\[\]-_a-~]{25}
$ seccure genkey -q -c p256
>~ [!#-&(-\[\]-_a-~]{40}
>~ [!#-&(-\[\]-_a-~]{40}
$ seccure genkey --quiet --curve=p521
>~ [!#-&(-\[\]-_a-~]{82}
>~ [!#-&(-\[\]-_a-~]{81}
$ seccure genkey -q -c brainpoolp512
>~ [!#-&(-\[\]-_a-~]{79}
>~ [!#-&(-\[\]-_a-~]{79}
$ seccure genkey -q -c secp112r1
>~ [!#-&(-\[\]-_a-~]{18}
>~ [!#-&(-\[\]-_a-~]{18}
$ seccure genkey -v -q -c p384 2>&1 >/dev/null
> 0.5
> secp384r1/nistp384
$ seccure genkey -c nope
! FATAL: Invalid curve name.
? 1

## The passphrase, as the first line of a file, gives the same key with
## seccure-key -F and works for decryption and signing, on every curve.
$ for c in secp112r1 secp128r1 p160 p192 p224 p256 p384 p521 brainpoolp160 brainpoolp192 brainpoolp224 brainpoolp256 brainpoolp320 brainpoolp384 brainpoolp512; do \
    seccure genkey -q -c $c > gk; head -1 gk > pw; \
    test "$(seccure-key -q -c $c -F pw)" = "$(sed -n 2p gk)" && echo "$c ok"; done
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
$ seccure genkey -q -c p256 > gk; head -1 gk > pw; printf 'secret' | seccure-encrypt -q -c p256 -- "$(sed -n 2p gk)" > ct; seccure-decrypt -q -c p256 -F pw < ct
> secret (no-eol)
! Assuming MAC length of 80 bits.
! Assuming MAC length of 80 bits.
$ seccure genkey -q > gk; head -1 gk > pw; printf 'm' > msg; seccure sign -q -F pw -i msg -s sig; seccure verify -s sig -i msg -- "$(sed -n 2p gk)"
! Assuming curve p160.
! Assuming curve p160.
! Signature successfully verified!

## Random: every run gives a new passphrase.
$ for i in 1 2 3 4 5 6 7 8; do seccure genkey -q -c p160 | head -1; done | sort -u | wc -l
> 8

## Wrong command lines: no arguments, no passphrase or key options.
$ seccure genkey extra
! seccure genkey: wrong number of arguments
! Usage: seccure genkey [-c curve] [-v] [-q]
! Generate a random passphrase and its public key (seccure++ 0.5, compatible with seccure 0.5).
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
