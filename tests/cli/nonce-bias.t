# ours-only
# FORMAT.md §5.1: signatures on secp112r1 and the brainpool curves use
# biased nonces. The `seccure` front warns before signing (and signcrypting)
# there, unless -q; the seccure-* programs keep the original's stderr.

$ printf 'seccure is secure\n' > pw; printf 'my private key\n' > pw2; printf 'hello' > msg; chmod 600 pw*

$ seccure sign -c brainpoolp256r1 -F pw -i msg -s sig
! Warning: signatures on brainpoolp256r1 use slightly biased nonces (docs/FORMAT.md §5.1); prefer a secp curve of 192 bits or more.
$ seccure sign -c p112 -F pw -i msg -s sig112
! Warning: signatures on secp112r1 use slightly biased nonces (docs/FORMAT.md §5.1); prefer a secp curve of 192 bits or more.
$ seccure signcrypt -c brainpoolp384r1 -c p160 -F pw -i msg -o sc '8W;>i^H0qi|J&$coR5MFpR*Vn'
! Warning: signatures on brainpoolp384r1 use slightly biased nonces (docs/FORMAT.md §5.1); prefer a secp curve of 192 bits or more.

## -q silences it; the signature is the same either way.
$ seccure sign -q -c brainpoolp256r1 -F pw -i msg -s sig2; cmp sig sig2 && echo same
> same

## Curves without the bias, and the seccure-* programs: no warning.
$ seccure sign -c p256 -F pw -i msg -s sig3
$ seccure sign -c p160 -F pw -i msg -s sig4
$ seccure-sign -c brainpoolp256r1 -F pw -i msg -s sig5; cmp sig sig5 && echo same
> same
$ seccure-signcrypt -c brainpoolp384r1 -c p160 -F pw -i msg -o sc2 '8W;>i^H0qi|J&$coR5MFpR*Vn'
