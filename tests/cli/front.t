# ours-only
# The `seccure` front (issue 6): `seccure COMMAND ...` runs the matching
# seccure-* program, with the same options, output and exit status; `seccure
# genkey` is new (genkey.t). Errors about files name the file here; the
# seccure-* programs keep the original's texts (errors.t).

# Set-up: passphrases (key 2@Dup... on p160, 8W;>... for pw2), message.
$ printf 'seccure is secure\n' > pw; printf 'my private key\n' > pw2; printf 'hello' > msg; chmod 600 pw*

## seccure --help: the commands, one line each, on stdout, status 0.
$ seccure --help
> Usage: seccure COMMAND [options] [arguments]
> Elliptic curve cryptography with passphrases as private keys
> (seccure++ 0.5, compatible with seccure 0.5).
> 
> Commands:
>   key         print the public key of a passphrase
>   genkey      make a new random passphrase and print it with its public key
>   encrypt     encrypt a message for a public key
>   decrypt     decrypt a message with a passphrase and check its MAC
>   sign        sign a message with a passphrase
>   verify      verify a signature with a public key
>   signcrypt   sign with a passphrase and encrypt for a public key
>   veridec     decrypt with a passphrase and verify the sender's signature
>   dh          agree on a shared key with a peer (interactive Diffie-Hellman)
>   speed       measure the speed of the cryptography on this machine
> 
> `seccure COMMAND --help` lists the options of a command; `seccure COMMAND ...` is
> `seccure-COMMAND ...`. See seccure(1) for details.
$ seccure -h > h1; seccure help > h2; seccure --help | cmp - h1 && cmp h1 h2 && echo same
> same
$ seccure --version
> seccure (seccure++) 0.5

## Wrong command lines: a reason and the usage on stderr, status 2.
$ seccure
! seccure: missing command
! Usage: seccure COMMAND [options] [arguments]
!*
? 2
$ seccure frobnicate -q
! seccure: unknown command 'frobnicate'
! Usage: seccure COMMAND [options] [arguments]
!*
? 2
$ seccure --frobnicate
! seccure: unrecognized option '--frobnicate'
! Usage: seccure COMMAND [options] [arguments]
!*
? 2
# Options belong to the command: "seccure -q key" is not "seccure key -q".
$ seccure -q key
! seccure: unrecognized option '-q'
! Usage: seccure COMMAND [options] [arguments]
!*
? 2
# The seccure-* programs are not commands of their own name.
$ seccure seccure-key
! seccure: unknown command 'seccure-key'
!*
? 2

## Each command is its program: the same results and messages.
$ seccure key -F pw
> The public key is: 2@DupCaCKykHBe-QHpAP%d%B[
! Assuming curve p160.
$ seccure key -q -c p256 -F pw
> +W(jT5fL~M@&5^T<.5e+CHp$sV|X+j:zAQfiNR@i
$ seccure encrypt -i msg -o ct '2@DupCaCKykHBe-QHpAP%d%B['; wc -c < ct
> 36
! Assuming MAC length of 80 bits.
$ seccure decrypt -F pw -i ct
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Integrity check successful, message unforged!
$ seccure-decrypt -q -F pw -i ct
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.
# The front writes the signature to the output (the original: to stderr).
$ seccure sign -F pw -i msg
> !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
! Assuming curve p160.
$ seccure sign -q -F pw -i msg -o x.sig; cat x.sig
> !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
$ seccure sign -q -f -F pw -i msg
! FATAL: With -f the message goes to the output, so the signature needs -s FILE or -a.
? 1
$ seccure sign -c p160 -F pw -i msg -s sig; seccure-sign -c p160 -F pw -i msg -s sig2; cmp sig sig2 && echo same
> same
$ seccure verify -s sig -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Signature successfully verified!
$ printf 'hellO' | seccure verify -s sig '2@DupCaCKykHBe-QHpAP%d%B['
! Invalid signature, message forged!
? 1
$ seccure signcrypt -c p160 -F pw -i msg -o sc '8W;>i^H0qi|J&$coR5MFpR*Vn'; seccure veridec -F pw2 -i sc '2@DupCaCKykHBe-QHpAP%d%B['
> hello (no-eol)
! Assuming encryption curve p160.
! Signature successfully verified!
$ seccure-key -q -c p160 -F pw > key.p160; seccure dh -q -c p160 < key.p160
!~ [!#-&(-\[\]-_a-~]{25}
>~ [!#-&(-\[\]-_a-~]{13}
>~ [!#-&(-\[\]-_a-~]{13}
$ seccure speed -c p160 --seconds 0.01 --bulk-mib 0 --json | grep -o '"curve": "[^"]*"'
> "curve": "secp160r1"
$ seccure speed --frobnicate 2>/dev/null
? 2
# The -h of a command, or `seccure help COMMAND`, names it "seccure COMMAND".
$ seccure encrypt -h | head -4
> Usage: seccure encrypt [options] key [infile]
> Options may come before, between or after the operands; -- ends them.
> Encrypt a message with a public key (seccure++ 0.5, compatible with seccure 0.5).
> See seccure(1) and seccure-encrypt(1) for details.
$ seccure help encrypt | cmp - <(seccure encrypt --help) && echo same
> same
$ seccure help frobnicate
! seccure: unknown command 'frobnicate'
!*
? 2
$ seccure encrypt --version
> seccure encrypt (seccure++) 0.5
$ seccure encrypt
! seccure encrypt: wrong number of arguments
! Usage: seccure encrypt [options] key [infile]
! Options may come before, between or after the operands; -- ends them.
! Encrypt a message with a public key (seccure++ 0.5, compatible with seccure 0.5).
! See seccure(1) and seccure-encrypt(1) for details.
? 2
$ seccure key -x
! seccure key: invalid option -- 'x'
!~ Usage: seccure key .*
!*
? 2

## Errors about files name the file (the separate programs say only
## "Cannot open input file: ..." as the original does).
$ mkdir dir; seccure encrypt -i missing '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Cannot open input file 'missing': No such file or directory.
? 1
$ seccure-encrypt -F /dev/null -i missing '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Cannot open input file: No such file or directory.
? 1
$ seccure decrypt -F pw -i ct -o nodir/out
! FATAL: Cannot open output file 'nodir/out': No such file or directory.
? 1
$ seccure key -F missing
! FATAL: Cannot open password file 'missing': No such file or directory.
? 1
$ seccure decrypt -F pw -i dir
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! FATAL: Read error on 'dir': Is a directory.
? 1
$ seccure encrypt -q -i msg -o /dev/full '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Write error on '/dev/full': No space left on device.
? 1
$ seccure encrypt -q -i msg '2@DupCaCKykHBe-QHpAP%d%B[' > /dev/full
! FATAL: Write error: No space left on device.
? 1
$ seccure sign -F pw -i msg -s nodir/sig
! Assuming curve p160.
! FATAL: Cannot open signature file 'nodir/sig': No such file or directory.
? 1
$ seccure sign -F pw -i msg -s /dev/full
! Assuming curve p160.
! FATAL: Cannot close signature file '/dev/full': No space left on device.
? 1
$ seccure verify -s missing -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Cannot open signature file 'missing': No such file or directory.
? 1
$ seccure verify -s dir -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Cannot read signature file 'dir': Is a directory.
? 1
