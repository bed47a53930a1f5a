# ours-only
# The front's own help: `seccure COMMAND --help` and `seccure help COMMAND`
# list the options as the front takes them, from the option table
# (tools/cli/options.cpp): its own (key files, --identity, --password-fd,
# --stream; genkey's -p, -F, --protect, --allow-weak-curve), the texts that
# differ there (the input file may be the last operand; genkey's default
# curve is p256), and a usage that says options may follow the operands.
# The seccure-* programs' -h stays the original's interface (long-options.t).

$ seccure genkey --help
> Usage: seccure genkey [options]
> Generate a key file: a random passphrase and its public key (seccure++ 0.5, compatible with seccure 0.5).
> See seccure(1) for details.
> 
> Options:
>   -c, --curve=CURVE           the curve: a name, or a part with its size (default p256)
>   -o, --out=FILE              write the key file to FILE (new, mode 0600)
>   -p, --public-out=FILE       also write the public key file to FILE (new)
>   -F, --passphrase-file=FILE  write key file FILE's key again (see --protect)
>       --identity=FILE         the same as -F
>       --password-fd=N         read passwords from file descriptor N, one a line
>       --protect               seal line 1 with a password (asked twice)
>       --allow-weak-curve      new keys on curves below 160 bits (p112, p128)
>   -v, --verbose               diagnostic lines on standard error
>   -q, --quiet                 no prompts or status lines; bare results
>   -h, --help                  print this help and exit
>       --version               print the version and exit
$ seccure decrypt --help
> Usage: seccure decrypt [options] [infile]
> Options may come before, between or after the operands; -- ends them.
> Decrypt a message using a private key (passphrase) (seccure++ 0.5, compatible with seccure 0.5).
> See seccure(1) and seccure-decrypt(1) for details.
> 
> Options:
>   -c, --curve=CURVE           the curve: a name, or a part with its size (default p160)
>   -m, --mac-bits=BITS         MAC length: a multiple of 8 up to 256 (default 80)
>   -i, --in=FILE               read the input from FILE (or: the last operand)
>   -o, --out=FILE              write the output to FILE (replaced on success only)
>   -F, --passphrase-file=FILE  the key file: its line 1 is the passphrase
>       --identity=FILE         the same as -F
>       --passphrase-fd=N       read the passphrase from file descriptor N
>       --password-fd=N         read passwords from file descriptor N, one a line
>   -d, --double-prompt         ask twice for the passphrase on a terminal
>   -v, --verbose               diagnostic lines on standard error
>   -q, --quiet                 no prompts or status lines; bare results
>       --stream                one pass: the output flows before it is checked
>       --progress              show a progress line on standard error
>       --no-progress           never show the progress line
>   -h, --help                  print this help and exit
>       --version               print the version and exit
$ seccure verify --help
> Usage: seccure verify [options] key [signature] [infile]
> Options may come before, between or after the operands; -- ends them.
> Verify the signature of a message (seccure++ 0.5, compatible with seccure 0.5).
> See seccure(1) and seccure-verify(1) for details.
> 
> Options:
>   -c, --curve=CURVE           the curve: a name, or a part with its size (default p160)
>   -i, --in=FILE               read the input from FILE (or: the last operand)
>   -o, --out=FILE              write the output to FILE (replaced on success only)
>       --key-file=FILE         the public key file (genkey -p): key and curve
>   -s, --signature-file=FILE   the signature file
>   -f, --filter                copy the message to standard output
>   -b, --binary                binary signature
>   -a, --append                the signature is appended to the message
>   -v, --verbose               diagnostic lines on standard error
>   -q, --quiet                 no prompts or status lines; bare results
>       --stream                one pass: the output flows before it is checked
>       --progress              show a progress line on standard error
>       --no-progress           never show the progress line
>   -h, --help                  print this help and exit
>       --version               print the version and exit
$ seccure help sign
> Usage: seccure sign [options] [infile]
> Options may come before, between or after the operands; -- ends them.
> Generate a signature (seccure++ 0.5, compatible with seccure 0.5).
> See seccure(1) and seccure-sign(1) for details.
> 
> Options:
>   -c, --curve=CURVE           the curve: a name, or a part with its size (default p160)
>   -i, --in=FILE               read the input from FILE (or: the last operand)
>   -o, --out=FILE              write the output to FILE (replaced on success only)
>   -F, --passphrase-file=FILE  the key file: its line 1 is the passphrase
>       --identity=FILE         the same as -F
>       --passphrase-fd=N       read the passphrase from file descriptor N
>       --password-fd=N         read passwords from file descriptor N, one a line
>   -s, --signature-file=FILE   the signature file
>   -f, --filter                copy the message to standard output
>   -b, --binary                binary signature
>   -a, --append                the signature is appended to the message
>   -d, --double-prompt         ask twice for the passphrase on a terminal
>   -v, --verbose               diagnostic lines on standard error
>   -q, --quiet                 no prompts or status lines; bare results
>       --progress              show a progress line on standard error
>       --no-progress           never show the progress line
>   -h, --help                  print this help and exit
>       --version               print the version and exit
# genkey's help says p256 because genkey makes p256 keys.
$ seccure genkey -q | sed -n 3p
> # curve: secp256r1
# The options each command's help lists are exactly those it takes (the
# table's rows that apply to it: SECCURE_LIST_OPTIONS, as the completions
# test reads them).
$ for c in key genkey encrypt decrypt sign verify signcrypt veridec dh; do \
    diff <(seccure $c --help | grep -o -- '--[a-z][a-z-]*' | sort -u) \
         <(SECCURE_LIST_OPTIONS=1 seccure $c | grep -- '^--' | sort) > /dev/null && echo "$c: all"; \
  done
> key: all
> genkey: all
> encrypt: all
> decrypt: all
> sign: all
> verify: all
> signcrypt: all
> veridec: all
> dh: all
# As the usage says: options after the operands, the input file as the last one.
$ seccure genkey -q -o k.key > k.pub; printf 'hello\n' > msg; seccure encrypt --key-file k.pub msg -o msg.enc -q
$ seccure decrypt msg.enc -q -F k.key
> hello
