# ours-only
# Long options (issue 6): a long name beside every option letter, with the
# same meaning ("--curve p256" and "--curve=p256" are "-c p256"), and
# --version. Like the letters they come before the arguments; "--" ends them.
# They are not abbreviated. Unknown ones are wrong command lines (status 2).

# Set-up: passphrase (key 2@Dup... on p160), message.
$ printf 'seccure is secure\n' > pw; printf 'hello' > msg; chmod 600 pw*

## --curve, --passphrase-file, --quiet, --verbose; both spellings.
$ seccure-key --quiet --curve p256 --passphrase-file pw
> +W(jT5fL~M@&5^T<.5e+CHp$sV|X+j:zAQfiNR@i
$ seccure-key --quiet --curve=p256 --passphrase-file=pw
> +W(jT5fL~M@&5^T<.5e+CHp$sV|X+j:zAQfiNR@i
$ seccure-key --verbose --curve=p160 --passphrase-file=pw
> The public key is: 2@DupCaCKykHBe-QHpAP%d%B[
! VERSION: 0.5
! CURVE: secp160r1
# Mixed with letters and clusters; the last -F/--passphrase-file wins.
$ printf 'wrong\n' > pwx; seccure-key -q --passphrase-file pwx -F pw --curve p160
> 2@DupCaCKykHBe-QHpAP%d%B[
$ seccure-key -qc p160 --passphrase-file=pwx --passphrase-file pw
> 2@DupCaCKykHBe-QHpAP%d%B[
# A value that begins with '-' or is empty, as for the letters.
$ printf 'k113\n' > -pw; seccure-key -q --curve p160 --passphrase-file -pw
> -0OI6#a<i7_ApA[<9h~|9sjvj
$ seccure-key --curve P160 -F pw
! FATAL: Invalid curve name.
? 1

## --mac-bits, --in, --out.
$ seccure-encrypt --mac-bits 0 --in msg --out ct0 '2@DupCaCKykHBe-QHpAP%d%B['; wc -c < ct0
> 26
! Warning: no MAC (-m 0): the ciphertext has no integrity protection.
$ seccure-encrypt --mac-bits=128 --in=msg --out=ct '2@DupCaCKykHBe-QHpAP%d%B['; wc -c < ct
> 42
$ seccure-encrypt --mac-bits 7 -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Invalid MAC length.
? 1
$ seccure-decrypt --mac-bits 128 --passphrase-file pw --in ct --out pt; cat pt
> hello (no-eol)
! Assuming curve p160.
! Integrity check successful, message unforged!

## --signature-file, --binary, --append, --filter.
$ seccure-sign --curve p160 --passphrase-file pw --in msg --signature-file sig; cat sig
> !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
$ seccure-verify --signature-file sig --in msg '2@DupCaCKykHBe-QHpAP%d%B['
! Signature successfully verified!
$ seccure-sign --binary -c p160 -F pw -i msg -s sig.bin; seccure-sign -b -c p160 -F pw -i msg -s sig2.bin; cmp sig.bin sig2.bin && wc -c < sig.bin
> 41
$ seccure-verify --binary --quiet -s sig.bin -i msg '2@DupCaCKykHBe-QHpAP%d%B['
$ seccure-sign --append -c p160 -F pw -i msg > signed; seccure-verify --filter --append -i signed '2@DupCaCKykHBe-QHpAP%d%B['
> hello (no-eol)
! Signature successfully verified!
$ seccure-sign --filter --binary -c p160 -F pw -i msg 2>/dev/null
> hello (no-eol)

## --double-prompt: as -d, ignored without a terminal.
$ seccure-key --double-prompt -F pw
> The public key is: 2@DupCaCKykHBe-QHpAP%d%B[
! Assuming curve p160.
! Ignoring -d flag.

## --help is -h; --version.
$ seccure-encrypt --help | head -1
> Usage: seccure-encrypt [-m maclen] [-c curve] [-i infile] [-o outfile] [-v] [-q] key
$ seccure-encrypt --help | cmp - <(seccure-encrypt -h) && echo same
> same
$ seccure-key --help
> Usage: seccure-key [-c curve] [-F pwfile] [-d] [-v] [-q]
> Generate the public key of a private key (passphrase) (seccure++ 0.5, compatible with seccure 0.5).
> See seccure-key(1) for details.
> 
> Options (before the arguments; -- ends them):
>   -c, --curve=CURVE           the curve: a name, or a part with its size (default p160)
>   -F, --passphrase-file=FILE  the passphrase is the first line of FILE
>       --passphrase-fd=N       read the passphrase from file descriptor N
>   -d, --double-prompt         ask twice for the passphrase on a terminal
>   -v, --verbose               diagnostic lines on standard error
>   -q, --quiet                 no prompts or status lines; bare results
>   -h, --help                  print this help and exit
>       --version               print the version and exit
$ for t in key encrypt decrypt sign verify signcrypt veridec dh; do seccure-$t --version; done
> seccure-key (seccure++) 0.5
> seccure-encrypt (seccure++) 0.5
> seccure-decrypt (seccure++) 0.5
> seccure-sign (seccure++) 0.5
> seccure-verify (seccure++) 0.5
> seccure-signcrypt (seccure++) 0.5
> seccure-veridec (seccure++) 0.5
> seccure-dh (seccure++) 0.5
# --version and --help need no arguments, whatever else is there.
$ seccure-encrypt --version -c nope
> seccure-encrypt (seccure++) 0.5

## Wrong long options: status 2, a getopt_long-style reason and the usage.
$ seccure-key --frobnicate
! seccure-key: unrecognized option '--frobnicate'
! Usage: seccure-key [-c curve] [-F pwfile] [-d] [-v] [-q]
!*
? 2
$ seccure-key --cur p256 -F pw
! seccure-key: unrecognized option '--cur'
!~ Usage: seccure-key .*
!*
? 2
$ seccure-key -F pw --curve
! seccure-key: option '--curve' requires an argument
!~ Usage: seccure-key .*
!*
? 2
$ seccure-key --quiet=yes -F pw
! seccure-key: option '--quiet' doesn't allow an argument
!~ Usage: seccure-key .*
!*
? 2
$ seccure-key --CURVE p256 -F pw
! seccure-key: unrecognized option '--CURVE'
!~ Usage: seccure-key .*
!*
? 2

## Options end at the first argument or at "--", long ones too.
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' --quiet
! Invalid signature (wrong length)!
? 1
$ seccure-encrypt -q -i msg -- --curve > /dev/null
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key (wrong length).
? 1
# "--" alone still ends the options; "-" is an argument.
$ seccure-verify -i msg -- '2@DupCaCKykHBe-QHpAP%d%B[' -
! Invalid signature (wrong length)!
? 1
