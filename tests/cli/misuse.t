# ours-only
# Whatever file, name or stream is handed over by mistake is refused with a
# reason, never computed with (FORMAT.md §9.1, §9.2).

# Set-up: a passphrase file, a key file and its public key file.
$ printf 'seccure is secure\n' > pw; chmod 600 pw; printf 'hello' > msg
$ seccure genkey -q -o alice.key -p alice.pub > /dev/null; printf 'The public key is: 2@DupCaCKykHBe-QHpAP%%d%%B[\n' > label.pub

## A public key file is no passphrase: every .pub file would give the same
## key, which anyone can compute.
$ seccure key -F alice.pub
! FATAL: 'alice.pub' holds a public key, not a passphrase (its first line begins with '#'); anyone could compute the key of that line.
? 1
$ seccure sign -F alice.pub -i msg
! FATAL: 'alice.pub' holds a public key, not a passphrase (its first line begins with '#'); anyone could compute the key of that line.
? 1
$ seccure-key -c p256 -F alice.pub
! FATAL: 'alice.pub' holds a public key, not a passphrase (its first line begins with '#'); anyone could compute the key of that line.
? 1
$ seccure-sign -c p256 -F label.pub -i msg
! FATAL: 'label.pub' holds a public key, not a passphrase (its first line begins with 'The public key is:'); anyone could compute the key of that line.
? 1
$ seccure-key -q --passphrase-fd 3 3< alice.pub
! Assuming curve p160.
! FATAL: File descriptor 3 holds a public key, not a passphrase (its first line begins with '#'); anyone could compute the key of that line.
? 1

## A protected key file opens only with its password, in the front.
$ seccure genkey -q --protect --password-fd 3 -o p.key 3< <(echo 'a good password') > p.pub
$ seccure-key -c p256 -F p.key
! FATAL: 'p.key' holds a protected key (sealed with a password); only `seccure COMMAND -F FILE` opens it, and anyone with the file could compute the key of the sealed line.
? 1
$ seccure-sign -c p256 -F p.key -i msg
! FATAL: 'p.key' holds a protected key (sealed with a password); only `seccure COMMAND -F FILE` opens it, and anyone with the file could compute the key of the sealed line.
? 1
$ seccure key -c p256 --passphrase-fd 3 3< p.key
! FATAL: File descriptor 3 holds a protected key (sealed with a password); only `seccure COMMAND -F FILE` opens it, and anyone with the file could compute the key of the sealed line.
? 1
$ seccure key -q -F p.key --password-fd 3 3< <(echo 'a good password') | cmp - p.pub && echo same
> same
$ seccure key -q -F p.key --password-fd 3 3< <(echo 'wrong password')
! FATAL: Wrong password for 'p.key', or the file was modified.
? 1
$ seccure-key --password-fd 3 -F pw
! seccure-key: option '--password-fd' does not apply: seccure-key opens no protected key file (seccure does)
!*
? 2

## Empty means the same everywhere: carriage returns alone are empty.
$ printf '\r\r\n# curve: secp256r1\n' > crcr.key; chmod 600 crcr.key; seccure key -F crcr.key
! seccure: refusing an empty passphrase (the key of an empty passphrase is public knowledge)
? 1

## Key files others can read: refused (as ssh does) for genkey's key files,
## a warning for passphrase files of the original's kind.
$ cp alice.key open.key; chmod 644 open.key; seccure key -F open.key
! FATAL: 'open.key' can be read by others (mode 0644); a key file must be private to you (chmod 600 'open.key').
? 1
$ seccure-key -c p256 -F open.key
! FATAL: 'open.key' can be read by others (mode 0644); a key file must be private to you (chmod 600 'open.key').
? 1
$ cp alice.key gw.key; chmod 620 gw.key; seccure key -F gw.key
! FATAL: 'gw.key' can be written by others (mode 0620); a key file must be private to you (chmod 600 'gw.key').
? 1
$ cp pw pw-open; chmod 604 pw-open; seccure key -q -F pw-open
> 2@DupCaCKykHBe-QHpAP%d%B[
! Warning: 'pw-open' can be read by others (mode 0604); whoever can read it has your key (chmod 600 'pw-open').

## A key file cannot be edited into a weaker key: its curve and public key
## lines are required, and a key line is for one order length only.
$ sed -e 's/^# curve: .*/# curve: secp112r1/' -e '/^# public key:/d' alice.key > e1.key; chmod 600 e1.key; seccure sign -F e1.key -i msg
! FATAL: 'e1.key' is a key file without its '# public key:' line; it was cut or edited (make a new key, or restore the file).
? 1
$ sed -e 's/^# curve: .*/# curve: secp112r1/' alice.key > e2.key; chmod 600 e2.key; seccure sign -F e2.key -i msg
! FATAL: 'e2.key' names the weak curve secp112r1; give -c secp112r1 if you mean it.
? 1
$ seccure sign -c p112 -F e2.key -i msg
! Warning: signatures on secp112r1 use slightly biased nonces (docs/FORMAT.md §5.1); prefer a secp curve of 192 bits or more.
! FATAL: 'e2.key' holds a key for secp256r1 or brainpoolp256r1, not for secp112r1; on another curve it would give away part of its key.
? 1
$ seccure-sign -c p128 -F alice.key -i msg
! FATAL: 'alice.key' holds a key for secp256r1 or brainpoolp256r1, not for secp128r1; on another curve it would give away part of its key.
? 1
$ sed -e 's/^# curve: .*/# curve: brainpoolp256r1/' alice.key > e3.key; chmod 600 e3.key; seccure key -F e3.key
! FATAL: 'e3.key' is damaged: its passphrase does not give the public key the file names.
? 1
$ head -1 alice.key > cut.key; chmod 600 cut.key; seccure key -F cut.key
! FATAL: 'cut.key' is a key file without its '# curve:' line; it was cut or edited (make a new key, or restore the file).
? 1
# A sealed file binds its curve and public key lines (format 2).
$ sed -e 's/^# curve: .*/# curve: brainpoolp256r1/' p.key > e4.key; chmod 600 e4.key; seccure key -F e4.key --password-fd 3 3< <(echo 'a good password')
! FATAL: Wrong password for 'e4.key', or the file was modified.
? 1
# A file sealed in format 1 still opens, with a note on how to upgrade it.
$ pp=SECCURE-SECRET-KEY-$(printf '%052d' 0 | tr 0 A); printf '%s\n' "$pp" > pp.key; chmod 600 pp.key; \
  k=$(seccure-key -q -c p256 -F pp.key); python3 "$SRC/tests/cli/seal-v1.py" "$pp" 'old password' secp256r1 "$k" > v1.key; chmod 600 v1.key; \
  seccure key -q -F v1.key --password-fd 3 3< <(echo 'old password') | grep -qxF "$k" && echo opens
> opens
! Note: 'v1.key' is sealed in the first protected format, which does not bind its curve and public key; upgrade it with: seccure genkey --protect -F 'v1.key' -o NEW.key
$ seccure genkey -q --protect -F v1.key -o v2.key --password-fd 3 3< <(printf 'old password\nnew password\n') > /dev/null; \
  seccure key -q -F v2.key --password-fd 3 3< <(echo 'new password') | cmp - <(seccure-key -q -c p256 -F pp.key) && echo same key
> same key
!*

## New keys on weak curves only when asked.
$ seccure genkey -c p112 -o weak.key
! FATAL: secp112r1 is too small for a new key (its discrete logarithms are within reach); choose p160 or larger, or give --allow-weak-curve.
? 1
$ seccure genkey -q -c p128 --allow-weak-curve -o weak.key > /dev/null; sed -n 3p weak.key
> # curve: secp128r1
$ seccure key -F weak.key
! FATAL: 'weak.key' names the weak curve secp128r1; give -c secp128r1 if you mean it.
? 1

## A --key-file without its "# curve:" line: the curve taken is named.
$ seccure-key -q -c brainpoolp256r1 -F pw > bp.pub; seccure encrypt --key-file bp.pub -i msg -o ct
! Assuming MAC length of 80 bits.
! Assuming curve secp256r1 for the key (give -c brainpoolp256r1 if it is a key on that curve).
! FATAL: Invalid encryption key: not a point on secp256r1 (a typo, or a key on another curve?).
? 1

## dh: the pasted peer key may have blanks around it.
$ printf '   2@DupCaCKykHBe-QHpAP%%d%%B[  \n' | seccure dh -q -c p160 2>/dev/null | wc -l
> 2

## Names from files reach the terminal without escape sequences.
$ printf 'x\n# curve: \033]0;owned\007p256\n' > esc.key; chmod 600 esc.key; seccure key -F esc.key
! FATAL: Unknown curve '?]0;owned?p256' (a name, or a part of one that contains its size, such as p256); the curves are secp112r1, secp128r1, secp160r1, secp192r1/nistp192, secp224r1/nistp224, secp256r1/nistp256, secp384r1/nistp384, secp521r1/nistp521, brainpoolp160r1, brainpoolp192r1, brainpoolp224r1, brainpoolp256r1, brainpoolp320r1, brainpoolp384r1, brainpoolp512r1.
? 1
