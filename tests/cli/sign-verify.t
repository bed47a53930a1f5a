# seccure-sign / seccure-verify: deterministic signatures and the verdicts.
# Signatures are deterministic, so they are compared byte for byte.
# The original needs -F or -i even for verify (else it opens /dev/tty).

# Set-up.
$ printf 'seccure is secure\n' > pw
$ printf 'my private key\n' > pw2
$ printf 'hello' > msg

# Default curve, signature on stderr.
$ seccure-sign -F pw -i msg
! Assuming curve p160.
! Signature: !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
$ seccure-sign -F pw < msg
! Assuming curve p160.
! Signature: !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q

# -q: the bare signature (the curve assumption is still printed).
$ seccure-sign -q -F pw -i msg
! Assuming curve p160.
! !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q

# Empty message.
$ seccure-sign -c p160 -F pw -i /dev/null
! Signature: %/b_cCS?7(Eq:Y|HF^C|z%jE*^(QD6)p{(BeYs0}F1s_y?rjsA

# Different passphrase, different signature.
$ seccure-sign -c p160 -F pw2 -i msg
! Signature: !X@u7@^YyZ4Ey@@uw&M(dhb%eoVTstVv(VHk60xtW=4|.YG-iM

# -s: signature to a file as one line; stderr keeps only the assumption.
$ seccure-sign -s sig -F pw -i msg; cat sig
> !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
! Assuming curve p160.
$ umask 022; seccure-sign -c p160 -s sig2 -F pw -i msg; stat -c %a sig2
> 644

# -b: binary signature (41 bytes on p160) to stderr, or to the -s file.
$ seccure-sign -b -c p160 -F pw -i msg 2>&1 | od -An -tx1
>  00 12 d7 61 fb 55 7f 56 2d 5c 38 71 87 30 0a 01
>  ab 02 8f 5f 4f f8 2d 73 68 4c c4 8a c6 fe fc ee
>  65 e3 26 db bf f4 82 a9 7c
$ seccure-sign -b -c p160 -s sig.bin -F pw -i msg; wc -c < sig.bin; od -An -tx1 sig.bin
> 41
>  00 12 d7 61 fb 55 7f 56 2d 5c 38 71 87 30 0a 01
>  ab 02 8f 5f 4f f8 2d 73 68 4c c4 8a c6 fe fc ee
>  65 e3 26 db bf f4 82 a9 7c

# -f: the message is copied to stdout, the signature stays on stderr.
$ seccure-sign -f -c p160 -F pw -i msg
> hello (no-eol)
! Signature: !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q

# -a: message then compact signature on stdout (no newline), nothing on stderr.
$ seccure-sign -a -c p160 -F pw -i msg
> hello!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q (no-eol)
$ seccure-sign -a -c p160 -F pw -i msg > signed; wc -c < signed
> 55

# -a -b: message then binary signature.
$ seccure-sign -a -b -c p160 -F pw -i msg | od -An -c
>    h   e   l   l   o  \0 022 327   a 373   U 177   V   -   \   8
>    q 207   0  \n 001 253 002 217   _   O 370   -   s   h   L 304
>  212 306 376 374 356   e 343   & 333 277 364 202 251   |
$ seccure-sign -a -b -c p160 -F pw -i msg > signed.bin; wc -c < signed.bin
> 46

# -o with -f or -a: the stdout part goes to the file.
$ seccure-sign -a -c p160 -o signed2 -F pw -i msg; cmp signed signed2

# Verify a signature given as an argument (key on the command line: curve
# from its length).
$ seccure-verify -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
! Signature successfully verified!
$ seccure-verify -q -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'

# The message from stdin (-F given so the original does not open /dev/tty).
$ seccure-verify -F /dev/null '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q' < msg
! Signature successfully verified!

# Forged message, wrong key: exit 1.
$ printf 'hellO' | seccure-verify -F /dev/null '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
! Invalid signature, message forged!
? 1
$ seccure-verify -F /dev/null -i msg '8W;>i^H0qi|J&$coR5MFpR*Vn' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
! Invalid signature, message forged!
? 1
$ seccure-verify -q -F /dev/null -i msg '8W;>i^H0qi|J&$coR5MFpR*Vn' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
? 1

# -s file (compact, first line up to a space, \r or \n).
$ seccure-verify -s sig -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Signature successfully verified!
$ printf '%s junk\n' "$(cat sig)" > sig-sp; seccure-verify -s sig-sp -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Signature successfully verified!
$ printf '%s\r\n' "$(cat sig)" > sig-crlf; seccure-verify -s sig-crlf -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Signature successfully verified!
$ printf '%s' "$(cat sig)" > sig-noeol; seccure-verify -s sig-noeol -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Signature successfully verified!
$ printf '%s!\n' "$(cat sig)" > sig-long; seccure-verify -s sig-long -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Invalid signature (wrong length)!
? 1
$ printf '\n%s\n' "$(cat sig)" > sig-2nd; seccure-verify -s sig-2nd -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Invalid signature (wrong length)!
? 1

# -s -b: binary signature file.
$ seccure-verify -b -s sig.bin -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Signature successfully verified!
$ head -c 40 sig.bin > sig.short; seccure-verify -b -s sig.short -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Invalid signature (wrong length)!
? 1
$ { cat sig.bin; printf 'x'; } > sig.longbin; seccure-verify -b -s sig.longbin -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! Signature successfully verified!

# -a: the signature is taken from the end of the input.
$ seccure-verify -a -F /dev/null -i signed '2@DupCaCKykHBe-QHpAP%d%B['
! Signature successfully verified!
$ seccure-verify -a -b -F /dev/null -i signed.bin '2@DupCaCKykHBe-QHpAP%d%B['
! Signature successfully verified!
$ seccure-verify -a -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B['
! FATAL: Input too short.
? 1
$ seccure-verify -a -b -F /dev/null -i signed '2@DupCaCKykHBe-QHpAP%d%B['
! Invalid signature, message forged!
? 1

# -f: the message is copied to stdout (without the signature for -a).
$ seccure-verify -f -F /dev/null -i msg '2@DupCaCKykHBe-QHpAP%d%B[' '!;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q'
> hello (no-eol)
! Signature successfully verified!
$ seccure-verify -f -a -F /dev/null -i signed '2@DupCaCKykHBe-QHpAP%d%B['
> hello (no-eol)
! Signature successfully verified!
$ seccure-verify -f -a -b -F /dev/null -i signed.bin '2@DupCaCKykHBe-QHpAP%d%B['
> hello (no-eol)
! Signature successfully verified!
$ seccure-verify -f -a -o copy -F /dev/null -i signed '2@DupCaCKykHBe-QHpAP%d%B['; cmp copy msg
! Signature successfully verified!

# Large message (several copy buffers) signed with -a and verified.
$ head -c 2500000 /dev/zero > big; seccure-sign -a -c p160 -F pw -i big > big.signed; wc -c < big.signed
> 2500050
$ seccure-verify -a -F /dev/null -i big.signed '2@DupCaCKykHBe-QHpAP%d%B['
! Signature successfully verified!
$ seccure-verify -f -a -F /dev/null -i big.signed '2@DupCaCKykHBe-QHpAP%d%B[' | cmp - big
! Signature successfully verified!

# One signature per curve for the same message and passphrase.
$ seccure-sign -q -c secp112r1 -F pw -i msg
! !W;6EE/E#^3:X$uy3_qng[AUx]+|0WpwU3m
$ seccure-sign -q -c secp128r1 -F pw -i msg
! #upXQwIC!sc@n}LYF>>a^tR_xRRgH4/(;r!tO9Q9
$ seccure-sign -q -c secp160r1 -F pw -i msg
! !;db<3o+Ip>,CZk}?p{BJMN/tEgPhP<q-}$nv?S#7@{$Rs3i>Q
$ seccure-sign -q -c secp192r1 -F pw -i msg
! #tGe:T#%NRh;F2l;e%dX#G3U7Vz|u%,N1%mq&>r,tuciaqaxtpO)P:bPSsfA
$ seccure-sign -q -c secp224r1 -F pw -i msg
! !k1DlscT&4,Wbvxt6oyvn{Z7qeoB[2ZkCkwMhb0e*l.:Uh/xoAP.s]^9BH8OkdD5/vgqmM
$ seccure-sign -q -c secp256r1 -F pw -i msg
! KQ3v;GlBFfNP(Zy~MwI=07_W/E1mu-LN@Pwbi8xB3;Gg:+f;2[@-ohV1IQ%v*i2]rDdBaiU%Oc@<{Sv
$ seccure-sign -q -c secp384r1 -F pw -i msg
! ##1b.Lg087Zo%6aQ7L=dcM~7(kA(&(j0BASeBO5{M>QgwhEk$j:IPjb3c*-m&_!Dw}(,LggP~t3t$B;|nnUN_3xp#w%&0@/]#hY1ato*kqrx*L^j-duer8L
$ seccure-sign -q -c secp521r1 -F pw -i msg
! ,)G8pfq2xBa/g,L~!R?BE}z>GQk(PdZ_nT??a)G_12rx(hxRc8[L*cz,B]i(ZrtFa6Ji!?.Z8wfadBMi|WKhp#ZB{AV1$WU#-$u}uH*Y>Lq<bCuJc0JFoEI-#1LpzvY!%9=l=^]%RjBerBVn~am3qL;{C>ICp+I0g
$ seccure-sign -q -c brainpoolp160r1 -F pw -i msg
! !86@uEF_ASIx,Ag|iFye>R}iboogY[gY2xTCM:Lr57rj(nZgb;
$ seccure-sign -q -c brainpoolp192r1 -F pw -i msg
! !oM9NG0UAAZa{X[l5~_-7RPLivO%{i18Y;|qN2Q^(e>#+T)Wj$vB]B}$(^Z9
$ seccure-sign -q -c brainpoolp224r1 -F pw -i msg
! bO&Pu}@V9RXf_)u_N)TwwNbs.3#2EFK%aIcLQP)qe|qq,sl[5Hp)1hYw4|7/lK;Dk?2vV
$ seccure-sign -q -c brainpoolp256r1 -F pw -i msg
! +,3IJJ&/#y:mlTN[le?-MoTF<_?##d.26r$V{2AdYA92)49]XX|GY2v.>u!&0Dp~3G-77429]ldcGkq
$ seccure-sign -q -c brainpoolp320r1 -F pw -i msg
! #0rg;(/;4c9_/+L]O!LD%w)[d?bHugOkjrFUmIsZCRtvTACfhczl1*QcQ%s;E|.T5J;l3UBnL?/+n;W#]eR6)S3aF,%YV6*_na-
$ seccure-sign -q -c brainpoolp384r1 -F pw -i msg
! !n(bl5ys$g]!{[{N9:Nd+n&)ld:2qVk:e.OyF$#i/8aCN/Qj/h1?V=Z|d:6+qJ&<!K_xvJat[cpLN~@g~J/|>lf-S!{.-{)UrTXSHf<qP,}UG}P7AXd<SOv
$ seccure-sign -q -c brainpoolp512r1 -F pw -i msg
! #}%YA3#G5bwS)Yz)xItfkwKOq=[O>C,)4UmO}?^#5}x:*>#_p$?c>C3wpKkLqyv)Rm+HC{_5^u,n=uSoOyK1stlz_N{}n-n/dC}a2V9qo3t3*!+kBQjYwUh~X=7KE2$1<o0HFFwa@Sh<Ar|CAL5XW:Ih6%AJkN

# Binary signature lengths per curve.
$ for c in secp112r1 secp128r1 secp160r1 secp192r1 secp224r1 secp256r1 secp384r1 secp521r1 brainpoolp160r1 brainpoolp192r1 brainpoolp224r1 brainpoolp256r1 brainpoolp320r1 brainpoolp384r1 brainpoolp512r1; do seccure-sign -b -c $c -F pw -i msg 2>&1 | wc -c; done
> 28
> 32
> 41
> 48
> 56
> 64
> 96
> 131
> 40
> 48
> 56
> 64
> 80
> 96
> 128

# Sign and verify round trip on every curve (verify needs -c for brainpool;
# -- because some keys and signatures begin with '-').
$ for c in secp112r1 secp128r1 secp160r1 secp192r1 secp224r1 secp256r1 secp384r1 secp521r1 brainpoolp160r1 brainpoolp192r1 brainpoolp224r1 brainpoolp256r1 brainpoolp320r1 brainpoolp384r1 brainpoolp512r1; do k=$(seccure-key -q -c $c -F pw); s=$(seccure-sign -q -c $c -F pw -i msg 2>&1); seccure-verify -c $c -F /dev/null -i msg -- "$k" "$s" || echo "FAILED $c"; done 2>&1 | sort | uniq -c | sed 's/^ *//'
> 15 Signature successfully verified!

