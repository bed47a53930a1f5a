# ours-only
# One program, seccure, and the seccure-* names as links to it: the name it
# is called by picks the tool (as the original's hard-linked binary does), so
# seccure-X is tool X and gives what `seccure X` gives; any other name is the
# front.

$ printf 'seccure is secure\n' > pw; printf 'hello' > msg; chmod 600 pw*

## The links in the program directory.
$ for n in key encrypt decrypt sign verify signcrypt veridec dh speed; do \
    [ "$(readlink "$(command -v seccure-$n)")" = seccure ] || echo "seccure-$n is not a link to seccure"; done

## seccure-X and seccure X: the same output and status.
$ seccure-key -c p160 -F pw > a; seccure key -c p160 -F pw > b; cmp a b && cat a
> The public key is: 2@DupCaCKykHBe-QHpAP%d%B[
$ seccure-sign -q -c p160 -F pw -i msg 2> a; seccure sign -q -c p160 -F pw -i msg > b; cmp a b && wc -l < a
> 1
$ seccure-verify -i msg '2@DupCaCKykHBe-QHpAP%d%B[' "$(cat a)"
! Signature successfully verified!
$ seccure verify -i msg '2@DupCaCKykHBe-QHpAP%d%B[' "$(cat a)"
! Signature successfully verified!
$ seccure-encrypt -q -m 80 -i msg '2@DupCaCKykHBe-QHpAP%d%B[' | seccure decrypt -q -m 80 -c p160 -F pw -o b && cat b
> hello (no-eol)

## Called by its path, a link keeps its tool's name in messages.
$ "$(command -v seccure-encrypt)" -x
! seccure-encrypt: invalid option -- 'x'
!~ Usage: seccure-encrypt .*
!*
? 2

## Another name, or a seccure- name of no tool, is the front.
$ ln -s "$(command -v seccure)" my-seccure; ./my-seccure --version
> seccure (seccure++) 0.5
$ ln -s "$(command -v seccure)" seccure-genkey; ./seccure-genkey
! seccure: missing command
!~ Usage: seccure COMMAND .*
!*
? 2
