# seccure-encrypt / seccure-decrypt: ECIES round trips and their status lines.
# Ciphertexts are random, so they are checked by length and by decrypting.
# -F is given to the original even where no passphrase is needed (else it
# opens /dev/tty); -F /dev/null is the empty passphrase.

# Set-up: passphrases, the matching p160 key, a message.
$ printf 'seccure is secure\n' > pw
$ printf 'my private key\n' > pw2
$ printf 'hello' > msg

# Encryption announces the default MAC length; the curve comes from the key.
$ seccure-encrypt -F /dev/null -i msg -o ct '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming MAC length of 80 bits.
$ wc -c < ct
> 36

# Decryption announces MAC length and curve, then the integrity verdict.
$ seccure-decrypt -F pw -i ct
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Integrity check successful, message unforged!

# Ciphertext on stdin, plaintext on stdout.
$ seccure-decrypt -F pw < ct
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Integrity check successful, message unforged!

# Message on stdin, ciphertext on stdout, straight into decrypt via a file.
$ printf 'piped message\n' | seccure-encrypt -F /dev/null '2@DupCaCKykHBe-QHpAP%d%B[' > ct2
! Assuming MAC length of 80 bits.
$ seccure-decrypt -q -F pw -i ct2
> piped message
! Assuming MAC length of 80 bits.
! Assuming curve p160.

# With -i and no -F the original reads the passphrase from stdin.
$ printf 'seccure is secure\n' | seccure-decrypt -i ct
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Integrity check successful, message unforged!

# -q: plaintext only, but the MAC/curve assumptions still go to stderr.
$ seccure-decrypt -q -F pw -i ct
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.

# -o writes the plaintext to a file, mode 0600 for decrypt, 0644 for encrypt.
$ umask 022; seccure-decrypt -F pw -i ct -o plain; cat plain; echo; stat -c %a plain
> hello
> 600
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Integrity check successful, message unforged!
$ umask 022; seccure-encrypt -F /dev/null -i msg -o ct3 '2@DupCaCKykHBe-QHpAP%d%B['; stat -c %a ct3
> 644
! Assuming MAC length of 80 bits.

# The empty message: header and MAC only.
$ seccure-encrypt -q -F /dev/null -i /dev/null '2@DupCaCKykHBe-QHpAP%d%B[' > ct-empty; wc -c < ct-empty
> 31
! Assuming MAC length of 80 bits.
$ seccure-decrypt -F pw -i ct-empty | wc -c
> 0
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Integrity check successful, message unforged!

# All 256 byte values survive the round trip.
$ for i in $(seq 0 255); do printf "\\$(printf %o $i)"; done > bytes; wc -c < bytes
> 256
$ seccure-encrypt -F /dev/null -i bytes -o ct-bytes '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming MAC length of 80 bits.
$ seccure-decrypt -q -F pw -i ct-bytes -o bytes.out; cmp bytes bytes.out
! Assuming MAC length of 80 bits.
! Assuming curve p160.

# A message bigger than the 1 MiB copy buffer (tail handling across reads).
$ head -c 3000001 /dev/zero | tr '\0' 'x' > big; seccure-encrypt -q -F /dev/null -i big -o ct-big '2@DupCaCKykHBe-QHpAP%d%B['; wc -c < ct-big
> 3000032
! Assuming MAC length of 80 bits.
$ seccure-decrypt -q -F pw -i ct-big | cmp - big
! Assuming MAC length of 80 bits.
! Assuming curve p160.

# -m 0: no MAC at all, and decrypt warns it cannot check integrity (exit 0).
# (seccure++'s encrypt warns too: see differences.t.)
$ seccure-encrypt -m 0 -F /dev/null -i msg -o ct-m0 '2@DupCaCKykHBe-QHpAP%d%B[' 2>/dev/null; wc -c < ct-m0
> 26
$ seccure-decrypt -m 0 -F pw -i ct-m0
> hello (no-eol)
! Assuming curve p160.
! Warning: No MAC available, message integrity cannot be verified!

# -m 256: the longest MAC, 32 bytes.
$ seccure-encrypt -m 256 -F /dev/null -i msg -o ct-m256 '2@DupCaCKykHBe-QHpAP%d%B['; wc -c < ct-m256
> 58
$ seccure-decrypt -m 256 -F pw -i ct-m256
> hello (no-eol)
! Assuming curve p160.
! Integrity check successful, message unforged!

# -m 8: one byte.
$ seccure-encrypt -m 8 -F /dev/null -i msg -o ct-m8 '2@DupCaCKykHBe-QHpAP%d%B['; wc -c < ct-m8
> 27
$ seccure-decrypt -m 8 -F pw -i ct-m8
> hello (no-eol)
! Assuming curve p160.
! Integrity check successful, message unforged!

# The MAC length is not stored: decrypting with another -m fails.
$ seccure-decrypt -m 88 -F pw -i ct > out-m88
! Assuming curve p160.
! Integrity check failed, message forged!
? 1
$ wc -c < out-m88
> 4
$ seccure-decrypt -m 256 -F pw -i ct
! Assuming curve p160.
! FATAL: Input too short.
? 1

# Wrong passphrase: MAC check fails, exit 1 (garbage plaintext on stdout).
$ seccure-decrypt -F pw2 -i ct > out-wrong
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Integrity check failed, message forged!
? 1
$ wc -c < out-wrong
> 5

# Flipping one bit of the MAC or of the body; another valid header.
$ b=$(tail -c 1 ct | od -An -tu1); { head -c -1 ct; printf "\\$(printf %o $((b ^ 1)))"; } > ct-badmac; seccure-decrypt -F pw -i ct-badmac
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Integrity check failed, message forged!
? 1
$ b=$(tail -c +22 ct | head -c 1 | od -An -tu1); { head -c 21 ct; printf "\\$(printf %o $((b ^ 1)))"; tail -c +23 ct; } > ct-badbody; seccure-decrypt -F pw -i ct-badbody > /dev/null
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Integrity check failed, message forged!
? 1
$ { head -c 21 ct2; tail -c +22 ct; } > ct-badhdr; seccure-decrypt -F pw -i ct-badhdr > /dev/null
! Assuming MAC length of 80 bits.
! Assuming curve p160.
! Integrity check failed, message forged!
? 1

# -q suppresses the verdict, not the exit status.
$ seccure-decrypt -q -F pw -i ct-badmac
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Assuming curve p160.
? 1

# Other curves: the key's length selects the curve for encrypt; decrypt
# needs -c.
$ seccure-key -q -c p256 -F pw > k256; seccure-encrypt -F /dev/null -i msg -o ct256 "$(cat k256)"; wc -c < ct256
> 48
! Assuming MAC length of 80 bits.
$ seccure-decrypt -c p256 -F pw -i ct256
> hello (no-eol)
! Assuming MAC length of 80 bits.
! Integrity check successful, message unforged!
$ seccure-key -q -c p521 -F pw > k521; seccure-encrypt -q -F /dev/null -i msg -o ct521 "$(cat k521)"; wc -c < ct521
> 81
! Assuming MAC length of 80 bits.
$ seccure-decrypt -q -c p521 -F pw -i ct521
> hello (no-eol)
! Assuming MAC length of 80 bits.
$ seccure-key -q -c secp112r1 -F pw > k112; seccure-encrypt -q -F /dev/null -i msg -o ct112 "$(cat k112)"; wc -c < ct112
> 30
! Assuming MAC length of 80 bits.
$ seccure-decrypt -q -c secp112r1 -F pw -i ct112
> hello (no-eol)
! Assuming MAC length of 80 bits.
$ seccure-key -q -c brainpoolp384r1 -F pw > kbp384; seccure-encrypt -q -c brainpoolp384r1 -F /dev/null -i msg -o ctbp384 "$(cat kbp384)"; wc -c < ctbp384
> 64
! Assuming MAC length of 80 bits.
$ seccure-decrypt -q -c brainpoolp384r1 -F pw -i ctbp384
> hello (no-eol)
! Assuming MAC length of 80 bits.

# brainpoolp512r1 keys (79 digits) and brainpoolp320r1 keys (50 digits) have
# lengths no other curve has, so encrypt finds their curve without -c.
$ seccure-key -q -c brainpoolp512r1 -F pw > kbp512; seccure-encrypt -v -F /dev/null -i msg -o ctbp512 "$(cat kbp512)" 2> err; head -3 err
> Assuming MAC length of 80 bits.
> VERSION: 0.5
> CURVE: brainpoolp512r1
$ seccure-decrypt -q -c brainpoolp512r1 -F pw -i ctbp512
> hello (no-eol)
! Assuming MAC length of 80 bits.
$ seccure-key -q -c brainpoolp320r1 -F pw > kbp320; seccure-encrypt -v -F /dev/null -i msg -o ctbp320 "$(cat kbp320)" 2> err; head -3 err
> Assuming MAC length of 80 bits.
> VERSION: 0.5
> CURVE: brainpoolp320r1
$ seccure-decrypt -q -c brainpoolp320r1 -F pw -i ctbp320
> hello (no-eol)
! Assuming MAC length of 80 bits.

# A brainpoolp256r1 key given without -c is taken for a secp256r1 key (the
# first curve with 40-digit keys).
$ seccure-key -q -c brainpoolp256r1 -F pw > kbp256; seccure-encrypt -q -F /dev/null -i msg "$(cat kbp256)" > /dev/null
! Assuming MAC length of 80 bits.
! FATAL: Invalid encryption key.
? 1

# Decrypting with the wrong curve (the verdict depends on the random header).
$ seccure-decrypt -c p192 -F pw -i ct > /dev/null
! Assuming MAC length of 80 bits.
!*
? 1
