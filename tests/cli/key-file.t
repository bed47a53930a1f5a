# ours-only
# Keys and passphrases without the shell (issue 6): the programs that take a
# public key accept --key-file FILE instead of the key argument (the first
# line of FILE); those that read a passphrase accept --passphrase-fd N.

# Set-up: passphrases (key 2@Dup... on p160, 8W;>... for pw2), message.
$ printf 'seccure is secure\n' > pw; printf 'my private key\n' > pw2; printf 'hello' > msg; chmod 600 pw*

## --key-file: the first line, as seccure-key prints it (with or without
## its label), CR and blanks around it ignored.
$ seccure-key -F pw > alice.pub; cat alice.pub
> The public key is: 2@DupCaCKykHBe-QHpAP%d%B[
! Assuming curve p160.
$ seccure-key -q -F pw2 > bob.pub 2>/dev/null; printf '  2@DupCaCKykHBe-QHpAP%%d%%B[ \r\n# a comment\r\n' > alice.crlf
$ seccure-encrypt --key-file alice.pub -i msg -o ct; seccure-decrypt -q -F pw -i ct
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming MAC length of 80 bits.
! Assuming curve p160.
$ seccure-encrypt -q --key-file=alice.crlf -i msg -o ct; seccure-decrypt -q -F pw -i ct
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming MAC length of 80 bits.
! Assuming curve p160.
# The key's curve is still recognised by its length, or given with -c.
$ seccure-key -q -c p256 -F pw > alice256.pub; seccure-encrypt -v -m 0 --key-file alice256.pub -i msg 2>&1 >/dev/null | head -2
> VERSION: 0.5
> CURVE: secp256r1/nistp256
$ seccure-sign -c p160 -F pw -i msg -s sig
$ seccure-verify --key-file alice.pub -s sig -i msg
! Signature successfully verified!
# With --key-file, the only argument of seccure-verify is the signature.
$ seccure-verify --key-file alice.pub -i msg "$(cat sig)"
! Signature successfully verified!
$ seccure-signcrypt -c p160 -F pw -i msg -o sc --key-file bob.pub; seccure-veridec -F pw2 -i sc --key-file alice.pub
> hello (no-eol)
! Assuming encryption curve p160.
! Signature successfully verified!
$ seccure encrypt -q --key-file alice.pub -i msg 2>/dev/null | seccure decrypt -q -F pw
> hello (no-eol)
# Errors: a missing or wrong key file; a key argument as well.
$ seccure-encrypt --key-file missing -i msg
! FATAL: Cannot open key file 'missing': No such file or directory.
? 1
$ printf 'not a key\n' > bad.pub; seccure-encrypt --key-file bad.pub -i msg
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key (wrong length).
? 1
$ : > empty.pub; seccure-verify --key-file empty.pub -s sig -i msg
! FATAL: 'empty.pub' holds no public key.
? 1
$ mkdir dir; seccure-encrypt --key-file dir -i msg
! FATAL: Cannot read key file 'dir': Is a directory.
? 1
$ seccure-encrypt --key-file alice.pub -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! seccure-encrypt: wrong number of arguments
!~ Usage: seccure-encrypt .*
!*
? 2
$ seccure-verify --key-file alice.pub -i msg sig1 sig2
! seccure-verify: wrong number of arguments
!*
? 2
# Only for the programs that take a public key.
$ seccure-decrypt --key-file alice.pub -F pw -i ct
! seccure-decrypt: option '--key-file' does not apply: seccure-decrypt takes no public key
!~ Usage: seccure-decrypt .*
!*
? 2

## --passphrase-fd N: the passphrase is the first line read from N.
$ seccure-key -q --passphrase-fd 3 3< pw
> 2@DupCaCKykHBe-QHpAP%d%B[
! Assuming curve p160.
$ seccure-key -q --passphrase-fd=0 < pw
> 2@DupCaCKykHBe-QHpAP%d%B[
! Assuming curve p160.
$ seccure-decrypt -q --passphrase-fd 3 -i ct 3< pw
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.
# From a pipe, while the data comes on stdin.
$ printf 'seccure is secure\n' | seccure-decrypt -q --passphrase-fd 3 3<&0 < ct
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.
# The descriptor of the data itself: the data follows the passphrase line.
$ (cat pw; cat ct) > both; seccure-decrypt -q --passphrase-fd 0 < both
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.
$ seccure-sign -q -c p160 --passphrase-fd 4 -i msg 4< pw
! !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
$ seccure-signcrypt -c p160 --passphrase-fd 3 -i msg -o sc --key-file bob.pub 3< pw; seccure-veridec --passphrase-fd 3 -i sc --key-file alice.pub 3< pw2
> hello (no-eol)
! Assuming encryption curve p160.
! Signature successfully verified!
$ seccure key -q --passphrase-fd 3 3< pw2
> 8W;>i^H0qi|J&$coR5MFpR*Vn
# Errors: a closed descriptor; not a number; with -F; where no passphrase
# is read.
$ seccure-key --passphrase-fd 9
! FATAL: Cannot read the passphrase from file descriptor 9: Bad file descriptor.
? 1
$ seccure-key --passphrase-fd three
! seccure-key: invalid file descriptor 'three' for --passphrase-fd
!~ Usage: seccure-key .*
!*
? 2
$ seccure-key --passphrase-fd=
! seccure-key: option '--passphrase-fd' needs a non-empty argument
!*
? 2
$ seccure-encrypt --key-file= -i msg
! seccure-encrypt: option '--key-file' needs a non-empty argument
!*
? 2
$ seccure-key -F pw --passphrase-fd 3 3< pw
! seccure-key: options -F and --passphrase-fd may not be combined
!*
? 2
$ seccure-encrypt --passphrase-fd 3 -i msg '2@DupCaCKykHBe-QHpAP%d%B[' 3< pw
! seccure-encrypt: option '--passphrase-fd' does not apply: seccure-encrypt reads no passphrase
!*
? 2
