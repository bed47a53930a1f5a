# Hostile and bad input: every error message of the five main tools, in the
# order the original checks them. Fatal errors exit 1.

# Set-up: passphrase, key (2@Dup... on p160), message, ciphertext, signature.
$ printf 'seccure is secure\n' > pw; printf 'hello' > msg; mkdir dir
$ seccure-encrypt -q -F /dev/null -i msg -o ct '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming MAC length of 80 bits.

## Files that cannot be opened or read.

# -i: missing file, checked before anything else (after option parsing).
$ seccure-encrypt -F /dev/null -i missing '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Cannot open input file: No such file or directory.
? 1
$ seccure-decrypt -F pw -i missing
! FATAL: Cannot open input file: No such file or directory.
? 1
$ seccure-sign -F pw -i missing
! FATAL: Cannot open input file: No such file or directory.
? 1
$ seccure-verify -F /dev/null -i missing '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
! FATAL: Cannot open input file: No such file or directory.
? 1
$ seccure-key -i missing -F pw -c nope
! FATAL: Cannot open input file: No such file or directory.
? 1

# -o: a missing directory or a directory; reported before any status line.
$ seccure-encrypt -F /dev/null -i msg -o nodir/out '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Cannot open output file: No such file or directory.
? 1
$ seccure-decrypt -F pw -i ct -o nodir/out
! FATAL: Cannot open output file: No such file or directory.
? 1
$ seccure-decrypt -F pw -i ct -o dir
! FATAL: Cannot open output file: Is a directory.
? 1

# -F: a missing file, even for tools that do not need a passphrase.
$ seccure-key -F missing
! FATAL: Cannot open password file: No such file or directory.
? 1
$ seccure-decrypt -F missing -i ct
! FATAL: Cannot open password file: No such file or directory.
? 1
$ seccure-encrypt -F missing -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Cannot open password file: No such file or directory.
? 1

# Order: -i is opened before -F.
$ seccure-decrypt -F missing -i missing2
! FATAL: Cannot open input file: No such file or directory.
? 1

# -F naming a directory: the error comes when the passphrase is read.
$ seccure-key -F dir
! Assuming curve p160.
! FATAL: Cannot read text line: Is a directory.
? 1
$ seccure-decrypt -F dir -i ct
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! FATAL: Cannot read text line: Is a directory.
? 1

# -i naming a directory: a read error when the input is read.
$ seccure-encrypt -F /dev/null -i dir '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 21
! Assuming MAC length of 80 bits.
! FATAL: Read error: Is a directory.
$ seccure-decrypt -F pw -i dir
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! FATAL: Read error: Is a directory.
? 1
$ seccure-sign -F pw -i dir
! Assuming curve p160.
! FATAL: Read error: Is a directory.
? 1
$ seccure-verify -F /dev/null -i dir '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
! FATAL: Read error: Is a directory.
? 1

# Writing to a full device.
$ seccure-encrypt -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' > /dev/full
! Assuming MAC length of 80 bits.
! FATAL: Write error: No space left on device.
? 1
$ seccure-decrypt -F pw -i ct > /dev/full
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! FATAL: Write error: No space left on device.
? 1
$ seccure-sign -a -F pw -i msg > /dev/full
! Assuming curve p160.
! FATAL: Write error: No space left on device.
? 1
$ seccure-verify -f -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q' > /dev/full
! FATAL: Write error: No space left on device.
? 1

# Signature files: cannot create, cannot close (full), cannot open, cannot read.
$ seccure-sign -F pw -i msg -s nodir/sig
! Assuming curve p160.
! FATAL: Cannot open signature file: No such file or directory.
? 1
$ seccure-sign -F pw -i msg -s /dev/full
! Assuming curve p160.
! FATAL: Cannot close signature file: No space left on device.
? 1
$ seccure-sign -b -F pw -i msg -s /dev/full
! Assuming curve p160.
! FATAL: Cannot close signature file: No space left on device.
? 1
$ seccure-verify -s missing -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Cannot open signature file: No such file or directory.
? 1
$ seccure-verify -s dir -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Cannot read signature: Is a directory.
? 1
$ seccure-verify -b -s dir -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Cannot read signature: Is a directory.
? 1

## Bad curve names.
$ seccure-key -c nope -F pw
! FATAL: Invalid curve name.
? 1
$ seccure-encrypt -c nope -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming MAC length of 80 bits.
! FATAL: Invalid curve name.
? 1
$ seccure-decrypt -c nope -F pw -i ct
! Assuming MAC length of 80 bits.
! FATAL: Invalid curve name.
? 1
$ seccure-sign -c nope -F pw -i msg
! FATAL: Invalid curve name.
? 1
$ seccure-verify -c nope -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
! FATAL: Invalid curve name.
? 1

## Bad public keys (encrypt).
# Wrong length: no curve has 5- or 0-digit keys; a 25-digit key with -c p256.
$ seccure-encrypt -F /dev/null -i msg 'short'
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key (wrong length).
? 1
$ seccure-encrypt -F /dev/null -i msg ''
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key (wrong length).
? 1
$ seccure-encrypt -c p256 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key (wrong length).
? 1
$ seccure-encrypt -F /dev/null -i msg "$(head -c 5000 /dev/zero | tr '\0' 'a')"
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key (wrong length).
? 1
# Right length, but not a point: digits outside the alphabet, a value above
# 2p, a space, a non-ASCII byte, x = 1 (not on the curve).
$ seccure-encrypt -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B"'
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key.
? 1
$ seccure-encrypt -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B\'
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key.
? 1
$ seccure-encrypt -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B`'
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key.
? 1
$ seccure-encrypt -F /dev/null -i msg "2@DupCaCKykHBe-QHpAP%d%B'"
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key.
? 1
$ seccure-encrypt -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B '
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key.
? 1
$ seccure-encrypt -F /dev/null -i msg "$(printf '2@DupCaCKykHBe-QHpAP%%d%%B\377')"
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key.
? 1
$ seccure-encrypt -F /dev/null -i msg '~~~~~~~~~~~~~~~~~~~~~~~~~'
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key.
? 1
$ seccure-encrypt -F /dev/null -i msg '!!!!!!!!!!!!!!!!!!!!!!!!#'
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key.
? 1
# x = 0 is a point of secp160r1 (b is a square): a valid key.
$ seccure-encrypt -F /dev/null -i msg '!!!!!!!!!!!!!!!!!!!!!!!!!' | wc -c
> 36
! Assuming MAC length of 80 bits.
# Checks come in this order: curve name, key length, key value.
$ seccure-encrypt -c nope -F /dev/null -i msg 'short'
! Assuming MAC length of 80 bits.
! FATAL: Invalid curve name.
? 1
$ seccure-encrypt -q -F /dev/null -i msg 'short'
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key (wrong length).
? 1

## Bad public keys (verify).
$ seccure-verify -F /dev/null -i msg 'short' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
! FATAL: Invalid verification key (wrong length).
? 1
$ seccure-verify -c p256 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
! FATAL: Invalid verification key (wrong length).
? 1
$ seccure-verify -F /dev/null -i msg '~~~~~~~~~~~~~~~~~~~~~~~~~' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
! FATAL: Invalid verification key.
? 1
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B"' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
! FATAL: Invalid verification key.
? 1
# The key is checked before the signature file is opened.
$ seccure-verify -s missing -F /dev/null -i msg 'short'
! FATAL: Invalid verification key (wrong length).
? 1

## Bad signatures.
# Exactly one of: argument, -s, -a.
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Exactly one signature has to be specified.
? 1
$ seccure-verify -s sig -a -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Exactly one signature has to be specified.
? 1
$ seccure-verify -a -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
! FATAL: Exactly one signature has to be specified.
? 1
$ seccure-verify -s sig -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
! FATAL: Exactly one signature has to be specified.
? 1
# ... checked before the key and the curve.
$ seccure-verify -c nope -F /dev/null -i msg 'short'
! FATAL: Exactly one signature has to be specified.
? 1
# -b with a signature argument.
$ seccure-verify -b -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
! FATAL: Binary signature is not accepted here.
? 1
$ seccure-verify -b -c nope -F /dev/null -i msg 'short' 'sig'
! FATAL: Binary signature is not accepted here.
? 1
# Wrong length (too short, too long, empty), also under -q (silent, exit 1).
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>'
! Invalid signature (wrong length)!
? 1
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q!'
! Invalid signature (wrong length)!
? 1
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' ''
! Invalid signature (wrong length)!
? 1
$ seccure-verify -q -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' 'short'
? 1
# Right length, a digit outside the alphabet.
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>"'
! Invalid signature (inconsistent structure)!
? 1
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i> '
! Invalid signature (inconsistent structure)!
? 1
$ printf '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>`\n' > sig-bad; seccure-verify -s sig-bad -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Invalid signature (inconsistent structure)!
? 1
# Right length and alphabet, values out of range: zero, maximal, r = 0.
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!'
! Invalid signature, message forged!
? 1
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~'
! Invalid signature, message forged!
? 1
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!#'
! Invalid signature, message forged!
? 1
# An empty signature file, a binary file too short.
$ seccure-verify -s /dev/null -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Invalid signature (wrong length)!
? 1
$ seccure-verify -b -s /dev/null -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Invalid signature (wrong length)!
? 1
# -a with an input shorter than a signature (compact and binary).
$ seccure-verify -a -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Input too short.
? 1
$ seccure-verify -a -b -F /dev/null -i /dev/null '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Input too short.
? 1
# -a: the appended compact signature contains a byte outside the alphabet.
$ printf 'hello!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>\n' > signed-nl; seccure-verify -a -F /dev/null -i signed-nl '2@DupCaCKykHBe-QHpAP%d%B['
! Invalid signature (inconsistent structure)!
? 1

# sign: -s and -a together, checked before the curve.
$ seccure-sign -a -s sig -c nope -F pw -i msg
! FATAL: The options -s and -a may not be combined.
? 1
$ seccure-sign -a -b -s sig -F pw -i msg
! FATAL: The options -s and -a may not be combined.
? 1

## Bad ciphertexts (decrypt).
# Empty, shorter than a header (21 bytes on p160), header only (no room for
# the 10-byte MAC), header plus 9 bytes.
$ seccure-decrypt -F pw -i /dev/null
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Abort: Inconsistent header (too short).
? 1
$ head -c 20 ct > ct20; seccure-decrypt -F pw -i ct20
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Abort: Inconsistent header (too short).
? 1
$ head -c 21 ct > ct21; seccure-decrypt -F pw -i ct21
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! FATAL: Input too short.
? 1
$ head -c 30 ct > ct30; seccure-decrypt -F pw -i ct30
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! FATAL: Input too short.
? 1
# Header plus exactly a MAC: an empty message that fails the MAC.
$ head -c 31 ct > ct31; seccure-decrypt -F pw -i ct31
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Integrity check failed, message forged!
? 1
# The header is not a point: all 0xff (above 2p). (An all-zero header makes
# the original abort in libgcrypt; see differences.t.)
$ { head -c 21 /dev/zero | tr '\0' '\377'; tail -c +22 ct; } > ct-ff; seccure-decrypt -F pw -i ct-ff
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Abort: Inconsistent header.
? 1
# -q hides the reason, not the status.
$ seccure-decrypt -q -F pw -i ct20
! Assuming MAC length of 80 bits.
! Assuming curve p160.
? 1
$ seccure-decrypt -q -F pw -i ct-ff
! Assuming MAC length of 80 bits.
! Assuming curve p160.
? 1
$ seccure-decrypt -q -F pw -i ct30
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! FATAL: Input too short.
? 1
# Random garbage of various lengths never succeeds.
$ for n in 0 1 20 21 30 31 32 100 1000; do head -c $n /dev/urandom > junk; seccure-decrypt -q -F pw -i junk > /dev/null 2>&1; echo "$n $?"; done
> 0 1
> 1 1
> 20 1
> 21 1
> 30 1
> 31 1
> 32 1
> 100 1
> 1000 1

