# orig-only
# What the original makes of curve-name fragments that do not contain the
# size of the curve they select: the first curve whose name contains them,
# often secp112r1, the weakest. seccure++ refuses them (curve-names.t,
# FORMAT.md §9). These expected texts were captured from the original.

$ printf 'seccure is secure\n' > pw; chmod 600 pw

$ seccure-key -v -c r1 -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp112r1
$ seccure-key -v -c secp -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp112r1
$ seccure-key -v -c brainpool -F pw > /dev/null
! VERSION: 0.5
! CURVE: brainpoolp160r1
$ seccure-key -v -c nist -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp192r1/nistp192
$ seccure-key -v -c nistp -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp192r1/nistp192
$ seccure-key -v -c / -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp192r1/nistp192
$ seccure-key -v -c 51 -F pw > /dev/null
! VERSION: 0.5
! CURVE: brainpoolp512r1
$ seccure-key -v -c p5 -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp521r1/nistp521
$ seccure-key -v -c 12 -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp112r1
$ seccure-key -v -c p3 -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp384r1/nistp384
$ seccure-key -v -c '' -F pw > /dev/null
! VERSION: 0.5
! CURVE: secp112r1
