# seccure-signcrypt / seccure-veridec: encrypt-and-sign in one step.
# Output = header (pk_bin of the encryption curve) || ciphertext ||
# encrypted binary signature (sig_bin of the signature curve); no MAC.

# Set-up: sender passphrase pw (key 2@Dup...), recipient passphrase pw2
# (key 8W;>i...), both on p160.
$ printf 'seccure is secure\n' > pw
$ printf 'my private key\n' > pw2
$ printf 'hello' > msg

# Signcrypt with the default signature curve to a p160 recipient key.
$ seccure-signcrypt -F pw -i msg -o sc '8W;>i^H0qi|J&$coR5MFpR*Vn'
! Assuming signature curve p160.
$ wc -c < sc
> 67

# Veridec with the default encryption curve and the sender's key.
$ seccure-veridec -F pw2 -i sc '2@DupCaCKykHBe-QHpAP%d%B['
> hello (no-eol)
! Assuming encryption curve p160.
! Signature successfully verified!
$ seccure-veridec -F pw2 '2@DupCaCKykHBe-QHpAP%d%B[' < sc
> hello (no-eol)
! Assuming encryption curve p160.
! Signature successfully verified!

# -q: no status lines, but the curve assumption stays.
$ seccure-veridec -q -F pw2 -i sc '2@DupCaCKykHBe-QHpAP%d%B['
> hello (no-eol)
! Assuming encryption curve p160.
$ seccure-signcrypt -q -F pw -i msg '8W;>i^H0qi|J&$coR5MFpR*Vn' | wc -c
> 67
! Assuming signature curve p160.

# Passphrase on stdin with -i and no -F.
$ printf 'my private key\n' | seccure-veridec -i sc '2@DupCaCKykHBe-QHpAP%d%B['
> hello (no-eol)
! Assuming encryption curve p160.
! Signature successfully verified!

# Message from stdin, ciphertext to stdout.
$ printf 'piped\n' | seccure-signcrypt -F pw '8W;>i^H0qi|J&$coR5MFpR*Vn' > sc2
! Assuming signature curve p160.
$ seccure-veridec -q -F pw2 '2@DupCaCKykHBe-QHpAP%d%B[' < sc2
> piped
! Assuming encryption curve p160.

# -o: the plaintext file is mode 0600, the signcrypted file 0644.
$ umask 022; seccure-veridec -F pw2 -i sc -o plain '2@DupCaCKykHBe-QHpAP%d%B['; cat plain; echo; stat -c %a plain
> hello
> 600
! Assuming encryption curve p160.
! Signature successfully verified!
$ umask 022; seccure-signcrypt -c p160 -F pw -i msg -o sc3 '8W;>i^H0qi|J&$coR5MFpR*Vn'; stat -c %a sc3
> 644

# Empty message.
$ seccure-signcrypt -c p160 -F pw -i /dev/null -o sc-empty '8W;>i^H0qi|J&$coR5MFpR*Vn'; wc -c < sc-empty
> 62
$ seccure-veridec -c p160 -F pw2 -i sc-empty '2@DupCaCKykHBe-QHpAP%d%B['
! Signature successfully verified!

# Wrong sender key, wrong recipient passphrase: the signature check fails.
$ seccure-veridec -F pw2 -i sc '8W;>i^H0qi|J&$coR5MFpR*Vn' > /dev/null
! Assuming encryption curve p160.
! WARNING: Invalid signature, message forged!
? 1
$ seccure-veridec -F pw -i sc '2@DupCaCKykHBe-QHpAP%d%B[' > /dev/null
! Assuming encryption curve p160.
! WARNING: Invalid signature, message forged!
? 1
$ seccure-veridec -q -F pw -i sc '2@DupCaCKykHBe-QHpAP%d%B[' > /dev/null
! Assuming encryption curve p160.
? 1

# Tampering with the body or with the encrypted signature.
$ b=$(tail -c +22 sc | head -c 1 | od -An -tu1); { head -c 21 sc; printf "\\$(printf %o $((b ^ 1)))"; tail -c +23 sc; } > sc-badbody; seccure-veridec -F pw2 -i sc-badbody '2@DupCaCKykHBe-QHpAP%d%B['
> iello (no-eol)
! Assuming encryption curve p160.
! WARNING: Invalid signature, message forged!
? 1
$ b=$(tail -c 1 sc | od -An -tu1); { head -c -1 sc; printf "\\$(printf %o $((b ^ 1)))"; } > sc-badsig; seccure-veridec -F pw2 -i sc-badsig '2@DupCaCKykHBe-QHpAP%d%B['
> hello (no-eol)
! Assuming encryption curve p160.
! WARNING: Invalid signature, message forged!
? 1

# Truncated and invalid input.
$ seccure-veridec -F pw2 -i /dev/null '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming encryption curve p160.
! Abort: Inconsistent header (too short).
? 1
$ head -c 20 sc > sc-20; seccure-veridec -F pw2 -i sc-20 '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming encryption curve p160.
! Abort: Inconsistent header (too short).
? 1
$ head -c 61 sc > sc-61; seccure-veridec -F pw2 -i sc-61 '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming encryption curve p160.
! FATAL: Input too short.
? 1
$ head -c 62 sc > sc-62; seccure-veridec -F pw2 -i sc-62 '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c
> 0
! Assuming encryption curve p160.
! WARNING: Invalid signature, message forged!
$ { head -c 21 /dev/zero | tr '\0' '\377'; tail -c +22 sc; } > sc-badhdr; seccure-veridec -F pw2 -i sc-badhdr '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming encryption curve p160.
! Abort: Inconsistent header.
? 1
$ seccure-veridec -q -F pw2 -i sc-badhdr '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming encryption curve p160.
? 1

# Two curves: the first -c is the signature curve for signcrypt but the
# encryption curve for veridec.
$ seccure-key -q -c p256 -F pw2 > rcpt256; seccure-key -q -c p384 -F pw > send384
$ seccure-signcrypt -c p384 -c p256 -F pw -i msg -o sc-2c "$(cat rcpt256)"; wc -c < sc-2c
> 134
$ seccure-veridec -c p256 -c p384 -F pw2 -i sc-2c "$(cat send384)"
> hello (no-eol)
! Signature successfully verified!
$ seccure-veridec -c p256 -F pw2 -i sc-2c "$(cat send384)"
> hello (no-eol)
! Signature successfully verified!

# Without a second -c the key's length selects its curve.
$ seccure-signcrypt -c p384 -F pw -i msg -o sc-1c "$(cat rcpt256)"; wc -c < sc-1c
> 134
$ seccure-veridec -c p256 -F pw2 -i sc-1c "$(cat send384)"
> hello (no-eol)
! Signature successfully verified!

# Brainpool curves need -c (their key lengths are shared with secp curves).
$ seccure-key -q -c brainpoolp256r1 -F pw2 > rcptbp; seccure-key -q -c brainpoolp160r1 -F pw > sendbp
$ seccure-signcrypt -c brainpoolp160r1 -c brainpoolp256r1 -F pw -i msg -o sc-bp "$(cat rcptbp)"; wc -c < sc-bp
> 78
$ seccure-veridec -c brainpoolp256r1 -c brainpoolp160r1 -F pw2 -i sc-bp "$(cat sendbp)"
> hello (no-eol)
! Signature successfully verified!

# -v: curve diagnostics (both curves).
$ seccure-signcrypt -v -c p384 -c p256 -F pw -i msg "$(cat rcpt256)" 2> err > /dev/null; head -3 err
> VERSION: 0.5
> SIGNATURE CURVE: secp384r1/nistp384
> ENCRYPTION CURVE: secp256r1/nistp256
$ seccure-veridec -v -c p256 -c p384 -F pw2 -i sc-2c "$(cat send384)" 2> err > /dev/null; head -3 err
> VERSION: 0.5
> SIGNATURE CURVE: secp384r1/nistp384
> ENCRYPTION CURVE: secp256r1/nistp256

# Bad keys and curve names.
$ seccure-signcrypt -F pw -i msg 'tooshort'
! Assuming signature curve p160.
! FATAL: Invalid encryption key (wrong length).
? 1
$ seccure-signcrypt -F pw -i msg '~~~~~~~~~~~~~~~~~~~~~~~~~'
! Assuming signature curve p160.
! FATAL: Invalid encryption key.
? 1
$ seccure-signcrypt -c nope -F pw -i msg '8W;>i^H0qi|J&$coR5MFpR*Vn'
! FATAL: Invalid curve name.
? 1
$ seccure-signcrypt -c p160 -c nope -F pw -i msg '8W;>i^H0qi|J&$coR5MFpR*Vn'
! FATAL: Invalid curve name.
? 1
$ seccure-signcrypt -c p160 -c p256 -F pw -i msg '8W;>i^H0qi|J&$coR5MFpR*Vn'
! FATAL: Invalid encryption key (wrong length).
? 1
$ seccure-veridec -F pw2 -i sc 'tooshort'
! Assuming encryption curve p160.
! FATAL: Invalid verification key (wrong length).
? 1
$ seccure-veridec -F pw2 -i sc '~~~~~~~~~~~~~~~~~~~~~~~~~'
! Assuming encryption curve p160.
! FATAL: Invalid verification key.
? 1
$ seccure-veridec -c nope -F pw2 -i sc '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Invalid curve name.
? 1
$ seccure-veridec -c p160 -c nope -F pw2 -i sc '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Invalid curve name.
? 1
$ seccure-veridec -c p160 -c p256 -F pw2 -i sc '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Invalid verification key (wrong length).
? 1

