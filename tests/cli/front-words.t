# ours-only
# The front's own words: each failure says what happened and what to do
# (the seccure-* programs keep the original's texts: differences.t,
# errors.t).

$ printf 'seccure is secure\n' > pw; chmod 600 pw; printf 'hello' > msg
$ seccure encrypt -q -i msg -o ct '2@DupCaCKykHBe-QHpAP%d%B['

## A ciphertext that is too short, or for another curve.
$ printf 'abc' > short; seccure decrypt -q -F pw -i short
! The input (3 bytes) is shorter than the header of a ciphertext for secp160r1 (21 bytes): it is empty, truncated, or not a ciphertext.
? 1
$ head -c 100 /dev/zero | seccure encrypt -q -o ct100 '2@DupCaCKykHBe-QHpAP%d%B['; seccure decrypt -q -c p256 -F pw -i ct100
!~ (Not a ciphertext for secp256r1: its header is no point on that curve \(not a seccure ciphertext, or one made for another curve\)|Integrity check failed: .*)\. Nothing was decrypted\.
? 1
$ head -c 25 ct > cut; seccure decrypt -q -F pw -i cut
! FATAL: The input is too short to hold its MAC (80 bits): it was truncated, or made with other options (-m).
? 1

## A key that is not a point: a typo?
$ seccure encrypt -q -i msg '2@DupCaCKykHBe-QHpAP%d%B]'
!~ FATAL: Invalid encryption key: (not a point on secp160r1 \(a typo, or a key on another curve\?\)|.*)\.
? 1
$ seccure encrypt -q -i msg '2@DupCaCKykHBe-QHpAP%d%B'
! FATAL: Invalid encryption key: it has 24 characters, and no curve's keys have that many (cut, or extended?).
? 1

## Signatures: the file name given where the signature goes, an empty file.
$ seccure sign -q -F pw -i msg -s sig
$ seccure verify -i msg '2@DupCaCKykHBe-QHpAP%d%B[' msg
! The signature has 3 characters; a signature on secp160r1 has 50 ('msg' is a file: give a signature file with -s, the message with -i).
? 1
$ : > empty.sig; seccure verify -s empty.sig -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! The signature has 0 characters; a signature on secp160r1 has 50 ('empty.sig' is empty or holds no signature).
? 1
# An appended signature that an editor gave a final newline still verifies
# (the signed bytes are unchanged); the original's program does not.
$ seccure sign -q -a -F pw -i msg -o signed; printf '\n' >> signed; seccure verify -a -f -i signed '2@DupCaCKykHBe-QHpAP%d%B['
> hello (no-eol)
! Signature successfully verified!
$ seccure-verify -a -i signed '2@DupCaCKykHBe-QHpAP%d%B['
! Invalid signature (inconsistent structure)!
? 1

## The MAC length's rule; a directory given as a key file.
$ seccure decrypt -m 81 -F pw -i ct
! FATAL: Invalid MAC length '81': a number of bits, a multiple of 8 from 0 to 256.
? 1
$ mkdir adir; seccure key -F adir
! FATAL: 'adir' is a directory, not a key file or passphrase file.
? 1

## --stream with -o: nothing was written, so nothing to disown.
$ printf 'other\n' > pw2; chmod 600 pw2; seccure decrypt --stream -q -F pw2 -o s2.out -i ct; s=$?; test -e s2.out || echo absent; exit $s
> absent
! Integrity check failed: wrong key, curve (secp160r1 assumed) or MAC length (80 bits assumed), or the file was modified. Nothing was written.
? 1

## A short password for --protect is accepted with a warning.
$ seccure genkey -q --protect --password-fd 3 -o p.key 3< <(echo 'abc') > /dev/null
! Warning: a password of 3 characters is quickly guessed by anyone who gets the key file; prefer 10 or more (a few random words).

## Operand order: the key is recognised by its form, wherever it stands.
$ seccure encrypt -q msg -o o1.enc -- '2@DupCaCKykHBe-QHpAP%d%B['; seccure decrypt -q -F pw o1.enc
> hello (no-eol)
$ seccure encrypt -q -o o2.enc nofile '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Cannot open input file '2@DupCaCKykHBe-QHpAP%d%B[': No such file or directory (it looks like a public key: the input file is the last operand; give the file with -i, or the key first).
? 1
$ printf '2@DupCaCKykHBe-QHpAP%%d%%B[\n' > k.pub; seccure encrypt -q --key-file k.pub -o o4.enc '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Both --key-file and a key were given ('2@DupCaCKykHBe-QHpAP%d%B[' looks like a public key); give one of them.
? 1
$ seccure sign -q -F pw -i msg -o sc.sig; seccure signcrypt -q -F pw -o y.sc msg '8W;>i^H0qi|J&$coR5MFpR*Vn'; printf 'my private key\n' > bobpw; chmod 600 bobpw; \
  seccure veridec -q -F bobpw -o y.out y.sc -- '2@DupCaCKykHBe-QHpAP%d%B['; cat y.out
> hello (no-eol)

## verify -f and -a -f release the message only after the signature checks.
$ seccure sign -q -a -F pw -i msg -o signed2; sed 's/hello/jello/' signed2 > forged; seccure verify -a -f -i forged '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 0
! Invalid signature, message forged!
$ printf 'jello' > msg2; seccure verify -f -s sig -i msg2 '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 0
! Invalid signature, message forged!
$ cat forged | seccure verify --stream -a -f '2@DupCaCKykHBe-QHpAP%d%B['
> jello (no-eol)
! Invalid signature, message forged!
? 1
