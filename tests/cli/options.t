# Every option of the getopt string "fbadm:i:o:F:s:c:hvq": curve selection,
# MAC length parsing, files, flags, clustering and "--".
# Wrong command lines (usage, exit codes) differ on purpose: see differences.t.

# Set-up.
$ printf 'seccure is secure\n' > pw; printf 'hello' > msg; chmod 600 pw*

## -c: the first curve (in table order) whose full name contains the
## argument, case-sensitively. (Fragments that do not name the curve's size,
## such as "r1" or "p", select secp112r1 in the original and are refused
## here: curve-names.t, curve-names-original.t.)
$ seccure-key -v -c p160 -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp160r1
$ seccure-key -v -c secp160r1 -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp160r1
$ seccure-key -v -c 160 -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp160r1
$ seccure-key -v -c brainpoolp160 -F pw > /dev/null
! VERSION: 0.5
! CURVE: brainpoolp160r1
$ seccure-key -v -c p256 -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp256r1/nistp256
$ seccure-key -v -c p256r1 -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp256r1/nistp256
$ seccure-key -v -c nistp256 -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp256r1/nistp256
$ seccure-key -v -c secp256r1/nistp256 -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp256r1/nistp256

# No match: wrong case, trailing space, a longer name, unknown.
$ seccure-key -c P160 -F pw
! FATAL: Invalid curve name.
? 1
$ seccure-key -c 'p160 ' -F pw
! FATAL: Invalid curve name.
? 1
$ seccure-key -c secp160r1x -F pw
! FATAL: Invalid curve name.
? 1
$ seccure-key -c secp256r1/nistp256/x -F pw
! FATAL: Invalid curve name.
? 1
$ seccure-key -c ed25519 -F pw
! FATAL: Invalid curve name.
? 1

# A second -c is ignored by the single-curve tools: the first one wins.
$ seccure-key -q -c p256 -c p384 -F pw
> +W(jT5fL~M@&5^T<.5e+CHp$sV|X+j:zAQfiNR@i
$ seccure-encrypt -q -c p160 -c p256 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 36
! Assuming MAC length of 80 bits.

# Clustered and attached option arguments.
$ seccure-key -qcp256 -F pw
> +W(jT5fL~M@&5^T<.5e+CHp$sV|X+j:zAQfiNR@i
$ seccure-key -cp256 -qFpw
> +W(jT5fL~M@&5^T<.5e+CHp$sV|X+j:zAQfiNR@i
$ seccure-key -q -Fpw -cbrainpoolp160r1
> 7DAw[o9dnNWao]q/@:o#.3vn+

## -m: MAC length in bits: a multiple of 8 in 0..256.
# (-m 0: seccure++ adds a warning on stderr; see differences.t.)
$ seccure-encrypt -m 0 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' 2>/dev/null | wc -c
> 26
$ seccure-encrypt -m 8 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 27
$ seccure-encrypt -m 80 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 36
$ seccure-encrypt -m80 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 36
$ seccure-encrypt -m 256 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 58
$ seccure-encrypt -m 7 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Invalid MAC length.
? 1
$ seccure-encrypt -m 264 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Invalid MAC length.
? 1
$ seccure-encrypt -m -8 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Invalid MAC length.
? 1
$ seccure-encrypt -m 1000 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Invalid MAC length.
? 1
# A leading "+" is accepted. (The original reads -m with atoi(): "abc",
# "", "0x10" meant no MAC and "8abc" meant 8; seccure++ refuses anything
# but digits: see differences.t.)
$ seccure-encrypt -m +16 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 28
# -m is checked while parsing options, before anything else, by every tool.
$ seccure-key -m 7 -c nope -F pw
! FATAL: Invalid MAC length.
? 1
$ seccure-key -c nope -m 7 -i missing
! FATAL: Invalid MAC length.
? 1
$ seccure-sign -m 12 -F pw -i msg
! FATAL: Invalid MAC length.
? 1
$ seccure-decrypt -m 7 -F pw -i msg
! FATAL: Invalid MAC length.
? 1
# -m is validated as soon as it is parsed; otherwise the last -m wins.
$ seccure-encrypt -m 7 -m 8 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 0
! FATAL: Invalid MAC length.
$ seccure-encrypt -m 8 -m 0 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' 2>/dev/null | wc -c
> 26

## -F: passphrase file (first line only); the last -F wins.
$ printf 'wrong\n' > pwx; seccure-key -q -c p160 -F pwx -F pw
> 2@DupCaCKykHBe-QHpAP%d%B[
$ seccure-key -q -c p160 -F pw -F pwx
> F+KU^9t:$OF_6ad^lSW.VfQE@

## -i: input file; with no -F, the passphrase is read from stdin.
$ seccure-sign -q -c p160 -F pw -i msg
! !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
$ printf 'seccure is secure\n' | seccure-sign -q -c p160 -i msg
! !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
$ printf 'seccure is secure\nhello' | seccure-sign -q -c p160 -i /dev/stdin
! !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q

## -o: output file. For seccure-key and seccure-dh the results go to stdout
## anyway, and -o only creates an empty file.
$ seccure-encrypt -F /dev/null -i msg -o out.ct '2@DupCaCKykHBe-QHpAP%d%B['; wc -c < out.ct
> 36
! Assuming MAC length of 80 bits.
$ printf 'old content that is longer\n' > out.txt; seccure-decrypt -q -F pw -i out.ct -o out.txt; cat out.txt
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.
$ seccure-key -q -c p160 -F pw -o keyout; wc -c < keyout
> 2@DupCaCKykHBe-QHpAP%d%B[
> 0
$ seccure-sign -q -c p160 -F pw -i msg -o signout; wc -c < signout
> 0
! !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
$ seccure-sign -q -f -c p160 -F pw -i msg -o signout; cat signout
> hello (no-eol)
! !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q

## -s, -b, -a, -f on sign/verify.
$ seccure-sign -c p160 -F pw -i msg -s sig; cat sig
> !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
$ seccure-sign -b -c p160 -F pw -i msg -s sig.bin; wc -c < sig.bin
> 41
$ seccure-sign -qba -c p160 -F pw -i msg | wc -c
> 46
$ seccure-sign -fb -c p160 -F pw -i msg 2>/dev/null
> hello (no-eol)
$ seccure-verify -fqa -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Input too short.
? 1
$ seccure-sign -a -c p160 -F pw -i msg > signed; seccure-verify -qfa -F /dev/null -i signed '2@DupCaCKykHBe-QHpAP%d%B['
> hello (no-eol)
$ seccure-verify -qbs sig.bin -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
$ seccure-verify -qs sig -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
# -f, -b, -a, -s mean nothing to encrypt/decrypt/key: ignored.
$ seccure-key -fba -s x -q -c p160 -F pw; test -e x || echo no-x
> 2@DupCaCKykHBe-QHpAP%d%B[
> no-x
$ seccure-encrypt -f -b -m 8 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 27

## -d: double prompt only on a terminal; otherwise a notice (hidden by -q).
$ seccure-key -d -F pw
> The public key is: 2@DupCaCKykHBe-QHpAP%d%B[
! Assuming curve p160.
! Ignoring -d flag.
$ seccure-key -dq -F pw
> 2@DupCaCKykHBe-QHpAP%d%B[
! Assuming curve p160.
$ seccure-decrypt -d -F pw -i out.ct
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Ignoring -d flag.
! Integrity check successful, message unforged!
$ seccure-sign -d -c p160 -F pw -i msg
! Ignoring -d flag.
! Signature: !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
$ seccure-signcrypt -d -F pw -i msg '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 67
! Assuming signature curve p160.
! Ignoring -d flag.
$ seccure-sign -a -c p160 -F pw -i msg > signed; seccure-verify -d -a -F /dev/null -i signed '2@DupCaCKykHBe-QHpAP%d%B['
! Signature successfully verified!

## -v: VERSION and CURVE (and MACLEN) lines; other -v lines are not checked.
$ seccure-key -v -F pw
> The public key is: 2@DupCaCKykHBe-QHpAP%d%B[
! Assuming curve p160.
! VERSION: 0.5
! CURVE: secp160r1
$ seccure-encrypt -v -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' 2>&1 >/dev/null | head -4
> Assuming MAC length of 80 bits.
> VERSION: 0.5
> CURVE: secp160r1
> MACLEN: 80
$ seccure-encrypt -v -m 0 -c p160 -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' 2> err >/dev/null; head -3 err
> VERSION: 0.5
> CURVE: secp160r1
> MACLEN: 0
$ seccure-decrypt -v -F pw -i out.ct 2> err >/dev/null; head -5 err
> Assuming MAC length of 80 bits.
> Assuming curve p160.
> VERSION: 0.5
> CURVE: secp160r1
> MACLEN: 80
$ seccure-sign -v -F pw -i msg 2> err; head -3 err
> Assuming curve p160.
> VERSION: 0.5
> CURVE: secp160r1
$ seccure-verify -v -s sig -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' 2> err; head -2 err
> VERSION: 0.5
> CURVE: secp160r1
# -v with -q: the labels are suppressed but the values are still printed.
$ seccure-key -vq -F pw
> 2@DupCaCKykHBe-QHpAP%d%B[
! Assuming curve p160.
! 0.5
! secp160r1

## -q on each tool (results bare, assumptions kept).
$ seccure-key -q -F pw
> 2@DupCaCKykHBe-QHpAP%d%B[
! Assuming curve p160.
$ seccure-sign -q -F pw -i msg
! Assuming curve p160.
! !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
$ seccure-verify -q -s sig -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
$ seccure-decrypt -q -F pw -i out.ct
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.

## -h: usage on stdout, exit 0, whatever else is on the command line.
$ seccure-key -h -F /dev/null | grep -q seccure-key && echo usage
> usage
$ seccure-encrypt -h -F /dev/null | grep -q seccure-encrypt && echo usage
> usage
$ seccure-decrypt -h -F /dev/null | grep -q seccure-decrypt && echo usage
> usage
$ seccure-sign -h -F /dev/null | grep -q seccure-sign && echo usage
> usage
$ seccure-verify -h -F /dev/null | grep -q seccure-verify && echo usage
> usage
$ seccure-signcrypt -h -F /dev/null | grep -q seccure-signcrypt && echo usage
> usage
$ seccure-veridec -h -F /dev/null | grep -q seccure-veridec && echo usage
> usage
$ seccure-dh -h -F /dev/null | grep -q seccure-dh && echo usage
> usage
$ seccure-key -h -c nope -F /dev/null > /dev/null
$ seccure-encrypt -h -F /dev/null 'short' > /dev/null
$ seccure-verify -qh -F /dev/null > /dev/null

## --: ends the options, for keys and signatures beginning with '-'.
$ printf 'k113\n' > pwdash; seccure-key -q -c p160 -F pwdash
> -0OI6#a<i7_ApA[<9h~|9sjvj
$ seccure-encrypt -q -F /dev/null -i msg -- '-0OI6#a<i7_ApA[<9h~|9sjvj' > ct-dash
! Assuming MAC length of 80 bits.
$ seccure-decrypt -q -F pwdash -i ct-dash
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.
$ seccure-sign -c p160 -F pwdash -i msg -s sig-dash
$ seccure-verify -F /dev/null -i msg -- '-0OI6#a<i7_ApA[<9h~|9sjvj' "$(cat sig-dash)"
! Signature successfully verified!

## POSIX option parsing: options end at the first operand (no GNU-style
## permutation), so an option-like word after the key is the signature.
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' -q
! Invalid signature (wrong length)!
? 1
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' -
! Invalid signature (wrong length)!
? 1

