# seccure-key: public key from a passphrase.
# The original opens /dev/tty unless -F or -i is given, so every command here
# names the passphrase source with -F (or -i, which makes stdin the source).

# Set-up: passphrase files.
$ printf 'seccure is secure\n' > pw
$ printf 'my private key\n' > pw2

# The reference keys of FORMAT.md §3.1 on the default curve, announced on stderr.
$ seccure-key -F pw
> The public key is: 2@DupCaCKykHBe-QHpAP%d%B[
! Assuming curve p160.
$ seccure-key -F pw2
> The public key is: 8W;>i^H0qi|J&$coR5MFpR*Vn
! Assuming curve p160.

# -q: bare key, but "Assuming curve" is still printed.
$ seccure-key -q -F pw
> 2@DupCaCKykHBe-QHpAP%d%B[
! Assuming curve p160.

# An explicit curve suppresses the announcement.
$ seccure-key -c p160 -F pw
> The public key is: 2@DupCaCKykHBe-QHpAP%d%B[

# Passphrase parsing: only the first line counts, \r is dropped anywhere,
# a missing final newline does not matter.
$ printf 'seccure is secure' > pw-noeol; seccure-key -q -c p160 -F pw-noeol
> 2@DupCaCKykHBe-QHpAP%d%B[
$ printf 'seccure is secure\r\n' > pw-crlf; seccure-key -q -c p160 -F pw-crlf
> 2@DupCaCKykHBe-QHpAP%d%B[
$ printf 'secc\rure is\r secure\r' > pw-cr; seccure-key -q -c p160 -F pw-cr
> 2@DupCaCKykHBe-QHpAP%d%B[
$ printf 'seccure is secure\nsecond line\n' > pw-2l; seccure-key -q -c p160 -F pw-2l
> 2@DupCaCKykHBe-QHpAP%d%B[

# The empty passphrase is valid (empty file, or a lone newline). (seccure++
# warns on stderr, and the seccure front refuses it: see differences.t.)
$ seccure-key -q -c p160 -F /dev/null 2>/dev/null
> =xRv_Lq&}shN]{w.uWTh!U[y{
$ printf '\n' > pw-empty; seccure-key -q -c p160 -F pw-empty 2>/dev/null
> =xRv_Lq&}shN]{w.uWTh!U[y{

# NUL and non-ASCII bytes are part of the passphrase.
$ printf 'a\000b\n' > pw-nul; seccure-key -q -c p160 -F pw-nul
> 2y?nLd+48R/cW(5.]Hjr$HZM1
$ printf 'ab\n' > pw-ab; seccure-key -q -c p160 -F pw-ab
> -x3:tFrcb{WhvmsN(O<}]?+IC
$ printf '\377\376\n' > pw-hi; seccure-key -q -c p160 -F pw-hi
> !;HaQa.=R;~VH~KNJsw6T9FG/

# A leading/trailing space is significant.
$ printf ' seccure is secure\n' > pw-sp; seccure-key -q -c p160 -F pw-sp
> #7gM6U6+o]*;pN9tK~fmQQf]l

# With -i and no -F, the passphrase is read from stdin.
$ printf 'seccure is secure\n' | seccure-key -q -c p160 -i /dev/null
> 2@DupCaCKykHBe-QHpAP%d%B[

# One key per curve (all fifteen), the same passphrase.
$ seccure-key -c secp112r1 -F pw
> The public key is: &dNucf;%!<z*9b=ZD1
$ seccure-key -c secp128r1 -F pw
> The public key is: =LigF:sx+vWjK)p=Wj/@
$ seccure-key -c secp160r1 -F pw
> The public key is: 2@DupCaCKykHBe-QHpAP%d%B[
$ seccure-key -c secp192r1 -F pw
> The public key is: &ztC{RD~BVITxk&<4FKo6/A,*XUp,*
$ seccure-key -c secp224r1 -F pw
> The public key is: 2vf,xMj*b?]N01nBZqU%rH(lp]WDE8P(8GY
$ seccure-key -c secp256r1 -F pw
> The public key is: +W(jT5fL~M@&5^T<.5e+CHp$sV|X+j:zAQfiNR@i
$ seccure-key -c secp384r1 -F pw
> The public key is: #n4R8B{5vga0;tn*CBuWN)4FVoZQjE}(DY/1,ZqWe?:tx<OuQRWW3=4;u+|!
$ seccure-key -c secp521r1 -F pw
> The public key is: (Iu8(w<}vPXC7DU1a*$}/Q=2aLnsnDm,Sg%:mhmY;&-/ziP^sQZ:;>sW+kNtYQM&<$Wou1J~U!kEKC2hg
$ seccure-key -c brainpoolp160r1 -F pw
> The public key is: 7DAw[o9dnNWao]q/@:o#.3vn+
$ seccure-key -c brainpoolp192r1 -F pw
> The public key is: 10|v[wnpXqZ!o~=PuHNc)Zl7L-eW=/
$ seccure-key -c brainpoolp224r1 -F pw
> The public key is: -%7_D[{oRs[W7q_NFGi&9U[ATFPiIvQ6E7K
$ seccure-key -c brainpoolp256r1 -F pw
> The public key is: )bS[QfPwu/4nX)V:(PJHwILvGk)9jAZ/Tq0@nTL3
$ seccure-key -c brainpoolp320r1 -F pw
> The public key is: (aMeD>0,)[QLfZWOau0brDuAGts!g[YCEC&H~8vy+e&/*Zr#C$
$ seccure-key -c brainpoolp384r1 -F pw
> The public key is: #=<WY.{9Jcqr)sjkxSqh/,JF<Il(6Sf(2]9@bT4|5OyhJ|%&(e-<mc3#H/AO
$ seccure-key -c brainpoolp512r1 -F pw
> The public key is: dPhkV]&e:$H+=7]&Z)yhNpNV.$rHH@f3n)73VKFsD^1m~(T9-]?dA6TP0DnQfh@4,g:NWuc^eb@);]]

# The nistp aliases name the same curves.
$ seccure-key -q -c nistp192 -F pw
> &ztC{RD~BVITxk&<4FKo6/A,*XUp,*
$ seccure-key -q -c nistp224 -F pw
> 2vf,xMj*b?]N01nBZqU%rH(lp]WDE8P(8GY
$ seccure-key -q -c nistp256 -F pw
> +W(jT5fL~M@&5^T<.5e+CHp$sV|X+j:zAQfiNR@i
$ seccure-key -q -c nistp384 -F pw
> #n4R8B{5vga0;tn*CBuWN)4FVoZQjE}(DY/1,ZqWe?:tx<OuQRWW3=4;u+|!
$ seccure-key -q -c nistp521 -F pw
> (Iu8(w<}vPXC7DU1a*$}/Q=2aLnsnDm,Sg%:mhmY;&-/ziP^sQZ:;>sW+kNtYQM&<$Wou1J~U!kEKC2hg

# Key lengths per curve (compact encoding).
$ for c in secp112r1 secp128r1 secp160r1 secp192r1 secp224r1 secp256r1 secp384r1 secp521r1 brainpoolp160r1 brainpoolp192r1 brainpoolp224r1 brainpoolp256r1 brainpoolp320r1 brainpoolp384r1 brainpoolp512r1; do seccure-key -q -c $c -F pw | tr -d '\n' | wc -c; done
> 18
> 20
> 25
> 30
> 35
> 40
> 60
> 81
> 25
> 30
> 35
> 40
> 50
> 60
> 79

