# ours-only
# The progress line (issue 6) and binary output on terminals. The line goes
# to stderr only: automatically when stderr is a terminal and the input a
# regular file that takes more than a second to read (SECCURE_PROGRESS_DELAY
# shortens that second for these tests), never with -q or --no-progress;
# --progress forces it anywhere. On a terminal it is redrawn in place and
# cleared at the end; elsewhere each update is a line, the last one 100%.
# Terminals come from script(1).

# Set-up: passphrase (key 2@Dup... on p160), a 3 MB file, a short one.
$ printf 'seccure is secure\n' > pw; chmod 600 pw; head -c 3000000 /dev/zero > big; printf 'hello' > msg
$ seccure-sign -c p160 -F pw -i big -s big.sig

## --progress into a file: the last line is the 100% line.
$ seccure-encrypt --progress -i big -o big.ct '2@DupCaCKykHBe-QHpAP%d%B[' 2> err; head -1 err; tail -1 err
> Assuming MAC length of 80 bits.
>~ \[#{20}\] 100%  2\.9 MiB / 2\.9 MiB  [0-9.]+ [KMG]?i?B/s  [0-9]+:[0-9]{2} elapsed
$ seccure-decrypt --progress -F pw -i big.ct -o big.pt 2> err; cmp big big.pt && tail -2 err
>~ \[#{20}\] 100%  2\.9 MiB / 2\.9 MiB  .* elapsed
> Integrity check successful, message unforged!
$ seccure-verify --progress -s big.sig -i big '2@DupCaCKykHBe-QHpAP%d%B[' 2> err; tail -2 err
>~ \[#{20}\] 100%  2\.9 MiB / 2\.9 MiB  .* elapsed
> Signature successfully verified!
# The front's decrypt reads the input twice (check, then release:
# FORMAT.md §9.3): a line for each pass.
$ seccure decrypt -q --progress -c p160 -F pw -i big.ct -o big.pt2 2> err; cmp big big.pt2 && grep -c '100%' err
> 2
# Input from a pipe: no size known beforehand, 100% at the end all the same.
$ cat big | seccure-sign -q --progress -c p160 -F pw -s sig 2> err; tail -1 err; cmp sig big.sig && echo same
>~ \[#{20}\] 100%  2\.9 MiB / 2\.9 MiB  .* elapsed
> same
# An empty input.
$ seccure-encrypt -q --progress -i /dev/null -o e.ct '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming MAC length of 80 bits.
!~ \[#{20}\] 100%  0 B / 0 B  .* elapsed
# --progress wins over -q; the last of --progress and --no-progress counts.
$ seccure-encrypt -q --progress -i msg -o ct '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming MAC length of 80 bits.
!~ \[#{20}\] 100%  5 B / 5 B  .* elapsed
$ seccure-encrypt --no-progress --progress -i msg -o ct '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming MAC length of 80 bits.
!~ \[#{20}\] 100%  5 B / 5 B  .* elapsed
$ seccure-encrypt --progress --no-progress -i big -o ct '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming MAC length of 80 bits.
# Never on stdout.
$ seccure-encrypt --progress -i big '2@DupCaCKykHBe-QHpAP%d%B[' 2>/dev/null | wc -c
> 3000031
$ seccure encrypt --progress -i msg -o ct '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming MAC length of 80 bits.
!~ \[#{20}\] 100%  5 B / 5 B  .* elapsed
# Not in pipes or files unless forced.
$ SECCURE_PROGRESS_DELAY=0 seccure-encrypt -i big -o ct '2@DupCaCKykHBe-QHpAP%d%B['
! Assuming MAC length of 80 bits.

## On a terminal: drawn in place (\r, erase line) and cleared at the end.
$ SECCURE_PROGRESS_DELAY=0 script -qec "seccure-encrypt -i msg -o ct '2@DupCaCKykHBe-QHpAP%d%B['" /dev/null | cat -v
> Assuming MAC length of 80 bits.^M
> ^M^[[K[####################] 100%  5 B / 5 B^M^[[K (no-eol)
$ script -qec "seccure-encrypt --progress -i msg -o ct '2@DupCaCKykHBe-QHpAP%d%B['" /dev/null | cat -v
> Assuming MAC length of 80 bits.^M
> ^M^[[K[####################] 100%  5 B / 5 B^M^[[K (no-eol)
$ SECCURE_PROGRESS_DELAY=0 script -qec "seccure-verify -i msg -s sig '2@DupCaCKykHBe-QHpAP%d%B['; seccure-sign -F pw -i msg -c p160" /dev/null | cat -v
> ^M^[[K[####################] 100%  5 B / 5 B^M^[[KInvalid signature, message forged!^M
> ^M^[[K[####################] 100%  5 B / 5 B^M^[[KSignature: !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q^M
# Automatic: not before a second has passed (a short file), not with -q or
# --no-progress, not when the input is a pipe.
$ script -qec "seccure-encrypt -i big -o ct '2@DupCaCKykHBe-QHpAP%d%B['" /dev/null | cat -v
> Assuming MAC length of 80 bits.^M
$ SECCURE_PROGRESS_DELAY=0 script -qec "seccure-encrypt -q -i big -o ct '2@DupCaCKykHBe-QHpAP%d%B['" /dev/null | cat -v
> Assuming MAC length of 80 bits.^M
$ SECCURE_PROGRESS_DELAY=0 script -qec "seccure-encrypt --no-progress -i big -o ct '2@DupCaCKykHBe-QHpAP%d%B['" /dev/null | cat -v
> Assuming MAC length of 80 bits.^M
$ SECCURE_PROGRESS_DELAY=0 script -qec "cat big | seccure-encrypt -o ct '2@DupCaCKykHBe-QHpAP%d%B['" /dev/null | cat -v
> Assuming MAC length of 80 bits.^M
# Not when stderr is not the terminal.
$ SECCURE_PROGRESS_DELAY=0 script -qec "seccure-encrypt -i big -o ct '2@DupCaCKykHBe-QHpAP%d%B[' 2> err; cat err" /dev/null | cat -v
> Assuming MAC length of 80 bits.^M

## Binary output is refused when stdout is a terminal (exit 1), with a
## hint; -o or a redirect is fine, and so is text.
$ script -qec "seccure-encrypt -i msg '2@DupCaCKykHBe-QHpAP%d%B['; echo status \$?" /dev/null | tr -d '\r'
> FATAL: Refusing to write binary data to a terminal; use -o outfile or redirect standard output.
> status 1
$ script -qec "seccure encrypt -q -i msg '2@DupCaCKykHBe-QHpAP%d%B['; echo status \$?" /dev/null | tr -d '\r'
> FATAL: Refusing to write binary data to a terminal; use -o outfile or redirect standard output.
> status 1
$ script -qec "seccure-signcrypt -F pw -i msg '2@DupCaCKykHBe-QHpAP%d%B['; echo status \$?" /dev/null | tr -d '\r'
> FATAL: Refusing to write binary data to a terminal; use -o outfile or redirect standard output.
> status 1
$ script -qec "seccure-sign -a -b -F pw -i msg; echo status \$?" /dev/null | tr -d '\r'
> FATAL: Refusing to write binary data to a terminal; use -o outfile or redirect standard output.
> status 1
$ script -qec "seccure-encrypt -i msg -o ct '2@DupCaCKykHBe-QHpAP%d%B['; echo status \$?; seccure-encrypt -q -i msg '2@DupCaCKykHBe-QHpAP%d%B[' | wc -c" /dev/null | tr -d '\r'
> Assuming MAC length of 80 bits.
> status 0
> Assuming MAC length of 80 bits.
> 36
$ script -qec "seccure-sign -a -c p160 -F pw -i msg; echo; seccure-sign -b -c p160 -F pw -i msg -s sig.bin; echo status \$?" /dev/null | tr -d '\r'
> hello!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
> status 0
