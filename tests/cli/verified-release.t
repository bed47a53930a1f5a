# ours-only
# Nothing unverified is released by the front (issue 9): `seccure decrypt`
# and `seccure veridec` check the whole input before writing any plaintext.
# A regular input file is read twice (check, then decrypt and check again);
# anything else is spooled to an unlinked temporary file first (the
# ciphertext, never the plaintext). --stream keeps the original's behaviour.

$ printf 'seccure is secure\n' > pw; printf 'my private key\n' > pw2; head -c 3000000 /dev/urandom > big; printf 'attack at dawn\n' > msg; chmod 600 pw*
$ seccure-encrypt -q -m 80 -i msg -o ct -- '2@DupCaCKykHBe-QHpAP%d%B['; seccure-encrypt -q -m 80 -i big -o bigct -- '2@DupCaCKykHBe-QHpAP%d%B['
# A modified last byte (the MAC): 1 byte changed of the tag.
$ head -c -1 ct > bad; printf 'X' >> bad; head -c -1 bigct > bigbad; printf 'X' >> bigbad

## Good input: from a file, from a pipe, into a file; big inputs too.
$ seccure decrypt -q -F pw -i ct
> attack at dawn
$ cat ct | seccure decrypt -q -F pw
> attack at dawn
$ cat bigct | seccure decrypt -q -F pw | cmp - big && echo same
> same
$ seccure decrypt -q -F pw bigct -o out && cmp out big && echo same
> same

## Modified input: no plaintext anywhere, and a message that says why.
$ seccure decrypt -F pw -i bad
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Integrity check failed: wrong key, curve (secp160r1 assumed) or MAC length (80 bits assumed), or the file was modified. Nothing was decrypted.
? 1
$ cat bigbad | seccure decrypt -q -F pw | wc -c
> 0
! Integrity check failed: wrong key, curve (secp160r1 assumed) or MAC length (80 bits assumed), or the file was modified. Nothing was decrypted.
$ seccure decrypt -q -m 88 -c p160 -F pw -i ct -o out2; test ! -e out2 && echo no file
> no file
! Integrity check failed: wrong key, curve (secp160r1) or MAC length (88 bits), or the file was modified. Nothing was decrypted.
# The seccure-* programs stream as the original does: the plaintext is out
# before the verdict.
$ seccure-decrypt -m 80 -F pw -i bigbad | wc -c
> 3000000
! Assuming curve p160.
! Integrity check failed, message forged!
# So does the front with --stream.
$ seccure decrypt -q --stream -m 80 -F pw -i bigbad | wc -c
> 3000000
! Integrity check failed: wrong key, curve (secp160r1 assumed) or MAC length (80 bits), or the file was modified. Do not use what was written.

## Signcryption: the signature is checked before any plaintext is out.
$ seccure signcrypt -q -F pw -i big -o sc -- '8W;>i^H0qi|J&$coR5MFpR*Vn'; head -c -1 sc > scbad; printf 'X' >> scbad
$ cat sc | seccure veridec -q -F pw2 -- '2@DupCaCKykHBe-QHpAP%d%B[' | cmp - big && echo same
> same
$ cat scbad | seccure veridec -q -F pw2 -- '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 0
! Invalid signature: wrong sender key, wrong key or curves (encryption secp160r1 assumed, signature secp160r1), or the message was modified. Nothing was decrypted.
$ seccure-veridec -F pw2 -i scbad -- '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 3000000
! Assuming encryption curve p160.
! WARNING: Invalid signature, message forged!

## A pipe needs room for the spool; the error says what to do.
$ cat ct | TMPDIR=/nonexistent seccure decrypt -q -F pw
! FATAL: Cannot create a temporary file in /nonexistent to check the input before decrypting it: No such file or directory (set TMPDIR, or use --stream to decrypt without checking first).
? 1
$ cat ct | TMPDIR=/nonexistent seccure decrypt -q --stream -F pw
> attack at dawn

## --stream belongs to the front's decrypt and veridec only.
$ seccure-decrypt --stream -F pw -i ct
! seccure-decrypt: option '--stream' does not apply: seccure-decrypt always streams
!*
? 2
$ seccure encrypt --stream -i msg -- '2@DupCaCKykHBe-QHpAP%d%B['
! seccure encrypt: option '--stream' does not apply: seccure encrypt releases no plaintext
!*
? 2

## The front says why it failed even under -q (the seccure-* programs keep
## the original's silence).
$ printf 'abc' | seccure decrypt -q -F pw
! The input (3 bytes) is shorter than the header of a ciphertext for secp160r1 (21 bytes): it is empty, truncated, or not a ciphertext.
? 1
$ printf 'abc' | seccure-decrypt -q -m 80 -c p160 -F pw
? 1
$ seccure sign -q -F pw2 -i msg -s othersig; seccure verify -q -s othersig -i msg -- '2@DupCaCKykHBe-QHpAP%d%B['
! Invalid signature, message forged!
? 1
$ seccure-verify -q -s othersig -i msg -- '2@DupCaCKykHBe-QHpAP%d%B['
? 1
