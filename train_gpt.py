import brotli
n=a=0;b=1
for c in r'''lÙRQ':D"'öߎ>]cfO^_7ðF
?nspP
R[kB}<Oߗ͖,jMdQ_NoC[Ѕ}+z	(ONn`ڌ`,7s|*U۷eLllϫ)hP3ܡ:[.3Hƈ;phqժM"}B8mڌ{m7kD	ܲ/ݩST;Ǘ-<Xlvi tcҘGOPͰNeb:Wg4!$>nznj߮2BLs-e1-=$fԃ`OPf;WӲ#%̠V
^ٚFJmgE?ona-ev0jV2L{ҲѵBa2)4FT$]ټZn
3cPWI	p	|Vap$(:M5Ufe3cS%aaIԒgDʡF{@8I!qnܔda%4%qV@-o(L	ðu<~Rp	f
I&Ӊʕ>6vc w\x%t*.9mcVV)CDZ-vX*s*aND@R1̦5#,G<r=\ӏ<D&Oi
S7|bS$#ɇC̛~ru/e6Vm5Q˵7]XŽٰ"rW{&I29#3;ipHmI>U60|Fg]SE{pMH&@+VlJbєt?Fhuoki"Μ\~T޸cy2c9v){L^ԮMPҊHQH2HO+CKhm[exÝ->s_;ih\p0_sN'/g JŨmZߧ9" Ƨy`_hSv|ukz?uU1õΖEhѮL˼\Ҍŉ`3
Hw)ƾasTe4M 7,"j=PGƹĞ~dk<%0ɨKP2gZ(p}FVl%R\TN֒/)f!S(iڤ!L]tPI:Qra;ыmhN("uȩ9B8{ǜYlAǉMy{خkfژ+Wm;W6ĒczL!˴a&)3ǋD֟Idb 92kO|u۹m<KFwIC>:a&ϊƽIM	Oy}qԨ!6bJTncϫߪGni>s%Sf5q~$`ǖgޮp3G/`-3ټǫt;z%K
:bUL+J87){`;	&مO1j"<x cq^oIs91NP_QaL}0z1Ȣ~~ǯFFIo2øE*:v!:P/Yr̨^fU&9rUnɎp"FL0!|Q|T,hۘ~8V99\ZnJɭ{VAufV.9yxՑ6/)3i%}ɔ+zrG£sxos1$B!ۖTffۈkСE0Ռ<15pS8q#[01H_ʗ[,տ@5҂`WkWK		.z6YG*=Y
ǝ`͂DN~q{OŒBV5cZjxiF&(rG׺
΄kЯ-8<b!ɀS|F@64ԃvȬ7{έmZumao!Q8t6ϨP6TڏKb;/3j:`o~,Mq|%}-K&-`lb9q֨,/6_&ߥ:g~ȍT{LZHeȕ4Ȥv6|)l^sy3G/=O.8dDyTUE[qʳD&FErzze[_ZHyq[n
a]vnmob'BWStMNI_{g0'*J*s,GsB]\kU|عGWm5:۹2/tYSSOve`\׀DVҞiJ2l6dg(DΌ(&;o0y[e5m[ʦɳTޕN^~W4Sp367oa,r1ؔУ܇;Ly)g<{j`T"THR< u0_4GȢ/APe5nE{|\H>W+3QUv`u(&Â"ĄV<νr?YX/zqJX,{C
7*y̶x0;(U<IK]DJDV
Dv9r"QIrRvՈ,zOƬQ/
>FyC;M8ڿ׌3B#X|r5߁2ƣWih>N1VȆ*=?׫F<;C*67\_^%\E@$pP8u`dt]Wy-x3TaATuo?"QH	h2ZYG@ovEW1AU2daؔ*z^^ύ3qK4z
^ ЦHu gJm8v
S܉qXzArB{Ov{|M/g)*՞hjڧޭ@
/mt \Ǵ:u.#X۫^EAn'ՂL0/:I4#"diTg!ve7~F<_HM2-vK6YԥL]{dNTZ'c֑^FI92bڠIi?'ut!0D|HZZ]fL"&M,I4Ӂ+$͵r6keWe˧3l#Qsʁ;\־`z%Cb6G]9S|_!W|Ѝ\d?c.#/ޕ2UE:4^F*מo	T֡]`S:)ʣj=I]9NrJؙrA,BE)M̉<<C:*uTҿޕDU:ztCdH	Q9(v9^{kWK<b+Ι[]>yN%fƭ<YI#ɂކ20p)`֣dK~C-)@Oټ?|Q%W^=;|RM+:X{ը J#T
VP|˴I7$5N*otukk՗ωzU[6̰Hju'L~Sүѥ2mZQ'_?ѡ2>(ӯXkwo;*ݹܮЉ+mVǡLXGzCg|ַBN#>#djtk2{dE@N;cMj%m΃@Skg$('-V:U(3de)z)_c_yNI
d)P}E+C-"G'yU\yjPCNyZWv8Z9^$9ّ-g$8}t*f͊-9m\A1!!j){9
?q5elyA]1#zzwOӦVpUK~["uz*a<mCmÜw.ҨگV6Iy^Lmȩ0?G{uњc@wȜ]׶*=w&+ǤN|tjȪº}qúo")@|4,GsM
Ȫш1cЍؔǫa@ٚ'xڎ*>āVgu&'	C׉ w¥t`u͓[@7r@ϖ!s2b#tZ_NftzOH9.[EHw
)9lpTϴd_~Lx*vKd0Ykǻ[[՛aYjDX/GGue$)Q	G>(vK	=FbA;ux~O38f%oˢ/:ɬg6H݋ߵMOh EPBܧ/̷6Źݹ*aȱٯ13A6SbIt`ŉ9ojdX%Rۡ(]Fߪ#fXySU7Oǆg՘X*i|ZE>ӣ}-$&>s(ԁJ
~uu0<߈ߨ]YVv }J9lCӹfla!!%o؈]*pNUן
y
}&ΨFN<lOxs]W\>:^?:E]Kô<
f{$,8)c4z߰Z>SL\E;q{AsZ.l؊v^xIMJ5CpF]MMj6KNe`ԧ$,KH$a|rƺ$H<&m#=|XvԮcR%MWcU5r0|mEz_C~wұ7OaqVl,dadrȽg5x;qĭ77~(O1&h85Ԗ(܎yBŹ;`VwqFMC])WPSxv'ـ^4}́+LLʭ"ԡĪ/y-]zz/	NiVt>[KZy>ޯpbM+!Zn#ʹay5N8ܟAejAPJX@Udnk+M}IbItڨіT=
`؁4~wVbѹhSBtL4uW7}!<zT~1Jm(|S,kۉ~ub	81rh ?oOH9VTxf}Nǻ5HDCjzKZϤP4̑,K9^KݒlT~U&i*9r0/KtG.|[ŇK2Y-JPnH9Duߥ#|H$1"Xr&:5qoяh*S!KަD@=rJXS%oD1Ag%7+18ڗ^k9% ʫPȭ&dԥknN/ʺTSݻ[/{+s\W	F.َ_֓؎!)fהqCXhX[*uLpB~2QJ`z|qi4tnXƮc1PW!G(HTͦW1վHoN;c)u2\H`dۋj jd-RrnoS2ͭ`Mѡ>6C
ҩÕWs-?0/QeS`(
:e@=jJH/ID`y3u2HX	Fdvnv
iݱ;R.=uv4\FheJ(tNZ,'w&`OֽqɁEܛfF~LӺ!XC"|fQ^L~	8Ŕ0w0{GTrֿX2%Wex5o?-%+G8b8+MI[`UwB3kU
lô5٧^3&M,B/>`kƘ Aޅ:'x0*>aݚTѦoR'6WRE$"kVL3`Ǒӥfu`>.ĠQ/Ƞ]?Pp%k4#ܑ0,>PW)e`VKDTDU*uo5٤S/ȝ	UDҒ`Y&{tmXYҸe3%x@y9RQ&)ǌ
\}.uSޘr?ȠFBV-q5lǡ|zcxC֚t7&gzDirT{ ШmƋu}g0S	tx_nՓjJXe6%"6"8݊cֶՏ:ъϢka.8pi\d4,դx3ku85\ٌMXdmq͏Qlh"qL]K+'ͽ؆A_1=F$5$q=cbl>aX/<0rE)ǎ~7RjoĒgX0ߔRxbQ5@*Rw;=YtbƍBQɃcj@LѹF7+@[~{?%5à>
X^O05MUP[}0ј4ojݳ|sۧڋv٭c46ioOFTޝǗ-Rh7EzmAn5R0n:wYۿɈI"Dnv:+yC\Ki5&Jqvaޫf\4D%`2@ph=@t:98o'_aլ`4W?S8W\V6kc66UxaÙ%GJwRʰ1s0ܩb٨2=KA͸+h-jOԣkQ_'~:@	#oL~î%c0mBL><Fnjw<sφa:N%9UbƄO."x~όc1ɃΟmb8cP	C%~zx1E(],Q`fɇ*q{(u.4(;BENٜyۗE?S$&m+@fȔ{~@23{30˕$/I`/b2	TM^gT`9sS5:y#DBRNI{I'Ѹ;4@cc
{ӵ̀4R8uNl@dCVn<(<)v<M|=T-J0#-'x	@[4ʱ^EҬ݅X(g?eD#(n`{8sϖPډh^Q@ٔeڐ3k>WۜSڃPR9ڥ]Tl4:6۹d(λ9L< RZ-Ts'·ةdsTl8E;ǌ/$+(HC+iq͈e-].HNF-M0K8۶!2ֈȉX*޾_͒YЏק'^&G]}Um8o+wFuo6>^ފnbJNs6[x. nч?7v':(S!-}s.-S݆)bC0XMq«n=3U՗ђR(81]+Ngo;6l`ώq /Tӹؚݰ`«gٌ]
ql;XigiNZ[Alws0-)j#^Fm~F'0isPyB63΁?Ġ2o8U7C?8ZNA%L4Hl{`L jj'E00CmppZ%@,$R8+%;bx/A'>\|1gA3>o	$8ݞI2&\-_w4,}xxr*GiG
)LضX_duZڳ_+Ϙl1N_dsh]KɁĺĀuG-38q͏.hIbXԙHjZ$ǫ˳
ML_hbȞ*bY9ru`S;<_P~?ČwiwGq0Y8ʣߪʚ";Rשk:nJʄdյ~$Aڶt'GτGݡ(˗ʰtKEӅQ~~iتN	U
-D
InnkԒj`VF:Btz_dJ2zAgx>knmT_%#΢'L3ǀo*GG4,PJIΛƤӆFs+~ڎ;+k]$4Tv295AH
A>h*en-IMVSB7']זP.XsiQQ^fܽq~]:]<9s\7϶ĩ|L9,6	&J`"n¿MnMe)KEق6G}$
QE8j>BlY81PpwQ+Ք?28oAwhzD(Sݏ4rA{s}6D$p7<X/ ffw°'Lp8quPX!0
Ӈ)&]aqחߩߝK:[:"e۷n-|ã-xx4Aћ-xN&2ӀjB֑=~K٨|$zF^FHP^jgb"79$Ũ-lk*Yʖ9^T=s]2bS	_:2Px;v
56Y\n^8{ќw0rN#Mpāʞ</BY/V+~xB6
zLʐe!åɛ"7@(FY,vlƩ2iM/Yrϫ́ISC!Lt0+\[R&޻	A#u
&Y(Xcp@3-*µvhN5%K0>)Wkb| WT֖bCV}8LXnaĴ3Ʒ%uǀln{MJB	umS$,3^"o+#Uܢm6Mno6vGU`3ْP:@|lS9QByX_dۃ.żUV
r߶Sa!xDfΎE}٬fOr3
8V'9ON^_L+TeL+iL@#l8NAnд_ō!DѶ~ܢaX(rY.-!|޶$>u)ڥߴr(ĵbEe΀ɗNRE$
hk4sݣf0ץ%xaOx<Xx'fZ)'Ҳ-OB`5'[o\]đ0LuTnȍpv`ZǰUD.2qD@˝P|;[̟_,_BsU'9H4M,E׽TsWaYoN!veT(%s&l7ݷBHذ'4xֆ7qɃy1F_dTWؖ\\FDZG$gVb˸sx٭՘\'{0#E,7̊
-M%!AI^=ޱm|ӲmEjVTlk2O
.Rrs<8^K;~ϼ1pi40j	$5)oTvM~k2nCt`v=cj׶.y}D,dtϓ'gl.L]ofH|AбcM?Ҫ<m%\D5!EU7vRsROd<݄<!?6LL+S{Zk)Th1A!eUphp`K$PKtФ@X0+";~۳lit=$ƨ-u=lQܘLbqWȽkڋ`L/`VG@G߇:0J(xZcwf`ό>Z=aφkPΐ~g}ݠMb]b	Iw^YQF'.12PŖ25xËg,Q@'Ӌi\hKt1|@2͒'O4#}H`س_-YX4pЀZO\I~v)!gR@)a2öp*D,B3QվpϥőF3yllB\zfz#/Ïg[J»t}c"6}o)@[u(B.g.j`6?Sl]jIUo|PڙDf¡Mu;pf~N
¥JfίH/(ψ9K1EMRP"}?ĸ,ah`ɩX3&vg[[Q@j=ɷfv3o]zOUw|unu0C}OW[.wc|ء"	рqv{UuD5z/ǎ='ܝF1++M?M/z~gѦ}:ySRõnR'bǬE+I26l֛78'X(qzS)Y&aXe[uKd|:3CWپ>ǂDS=TC1#EnIYBۂA҆+1ANb'jjKO'P#8_@ymٹFb3-wjJ ,;?>11^ݠVRá\+ʒ#ƭiJ,ײ\e4ҥѣ_-0*Ù8HD"^^Zh)صd
vcv0M&KTA(h4W0 
s"vTv'Yҟ|RW	#kj.Ƣc>?#&>	5"QhJd~I6!̕T>:pi^%](5nDxHޟ-`ş	b7
Xlt6z<p؄w XN.dի{M:w}B3j[b@;>J2r=1ڧ%#-u6)>;2Υz
! e	YŅgvyfFMAn2K4.J׀g(+Pz6Ougj"[|'ΈNC͊¸_9	!!PdxktXQ-Ϸ4i JLt,ZjTyS=[LG}%{ʴys)ݸCkZl5vd1=^ݷyڭX8Zg0gO<ٌE`eZ'v]qҝ{>LkN_J~ m-C#Z6J Z(q@2)"J+PCޛ`Β;u
w!Ӽe۬^K;frtˋEeg/#|~E³$|@4-
x7sP+7m}Ѱq>,%Pv &.`C_ەW!M
ď38q۵tbZ73+G<eKSJor̳L?NCX>211]&5Da.Deŏp@EMEȃ.PANs
RjbmP~-wٿ8\4hb8~Sx[ۋҩG!ӯhbf/ǺI!Ƶ4\¥o߿NkH9)ː^äz1{TъAJcƃRFlz3лjGGH/{T|.^َ6]L}v<-ɸYLYڙhzń8@gAW1q2hp˯PZE|Dhunʷ5Sq}gBBxׅѦ<emƧ:ƷϗJqΡԢNae
Sr` oBXɘ6	W1.}K]̟&ٵ5ZخWtd?m4f$?fa=~Ϸ֋ޫ-PGWi, No1}28uf)o^ڲ&YCT<B^ҝ`KS($ޙH֑Z*kK1ݕ8WE\èF81!ܭ^̉/EK	kbn7oѕh	#PN."}$(JdRR]<(&fҬЌ[;7=+3:VL4G~h3̵4԰u~b)\KA:mv28\EzPyzeڝ>"b>26`\aD4Ztcoeb.ag\='J$Ɵ^Y[y=;W0o8
4Ӏ(sw@A6b~!@6ˏtQ c A|NwlyghV4%ΰ%ۢ	!hRsn2sKm;iȈ9C2r93l^ tزFqߎ@v̲yL9nYSքVȒAh8vոw1ؿ6@7?HC{ΩD: J,8>̝ϳGBBZ!t{$ \4ɲHeV{[hl	$1\ʾfHĦkmL_Ǆs(L*Y#Y"J6(SզzhxYy޲P%ytς?Ɛکͬ=%җ59z	IޝrEJB:=Ňα/ÿ"/=5bq~Zg&Yp|FЈXD[#SJ"zoGHb"z4HqP3ϹllCI^'VQW>	.I4zwno_h\ͱ0ZfƛO22EY1NTf:ke0gU"Ȗ˛)m0S\l"8J"~dlXІljlD2Iv6
1bK1ՙ2L̛Ǩ	DW&ø2n)=U1!BUS97rUY
TQdZx[ےw>	cdNfRǰ˱Ȥ@'Lm@bXܛZ'ZY\K4'_p$*ѳRʇy#32QX!zUKjEpd ;)|8'(1dCWY	hRţ+zZ yۭo7:7gKGF#Či{.?4fijqg\ub=!Clt3!o/ ΨJ*\#tGi"͝E"o^68)B}-˭J?;ov`}vDr):vrnxpߖ	G@#{2a+yܬuPky^#\қH=g4נL[kh`Rz23g|ppP6bd]<&NۯzyFwU=.҃UԓƝ7~T !lEt^3ip@`Dư'6s<%ROo^yڛ">|QzH|?ɣ@|Paܲ|}wzjDQVy&_/6b_7ьe
R^/"xYod,u{\u]{^a~?VDԄ,-I$3әLE`֤_lw،EvИjdh6xGGnXuhKFhFR'p#As:n1YաG3a~F?1%4a$bxY5{݆\Oҩۣp92rV=VսhddFa
&܃dvo4+Q|rp-WqOFA`׹?qz_gmhN@Yrzד2Y'\id"-YHIS;1@*+HMrXSӥb=B̛}U tuCԛ̵/ٶIe}EL̚ ,nRžhɓ[vZт=qfT_;hc=UG@dz0:Ǟ/Q0di0?@TxۅsdO[ځܒ5ǂ+;Яĳ$_cIh<f4{7QidBȆv@L
6z&+yk58gyA*)Ț2xDŢsaFҦz#É^2:a ڌ%STۣE/BBC$UB8=iROR=,W۹ x,̫x/KL9;	=M	_țfLq -f>$ǅ 0 Z{:Ug@V2[N<R֚@QϚItCk˗r8t%V:dwդO| jv=*A'),dkrDy/WQ]kVa,-
!QUqQeEt<Bt*\2s4ѕ]8E}s~AD:7/?%˻۫4%)?+cA(ȇͮ;gˈS#Ȅ0dG8U1	OĒ9d&z҄7(Γ0F%BI"ta5+wOj>{osvмwȳCi 9}s
=(|њds%?c[x1Ot1}Ό׌~c߳1̸,Jފ,PU8>>tpݔqOteNʰ7vp2'm#dbabs,7ʁ~:DgcT=҆#dBG߈1UjҖ?Q;դ#U>32;}E@k`ZjMCH/{i0M$A^t$[WJGig{+qlVwC:p*ť|55#nF͹vjU;zp&K<}oTC8<o'W݋5U-$ΓŶqhJzzJKS;3S1Nh-B2=vDBcK;p\Id[bMB͂bP=:tpO~jIŸ_! /8{z?݋@qWnۄ/s'?ɥ'tWFw'7H]f4Dl>5
[o<SЊmYU/ʴ4RHuќ57^Hg'K==E&zҔ	*w3YSLhklI̞\0J}U&ڬgߨg~iN%+@$v+2a8
\![+uFѸ	u*\ְv%ɳELmʇv;z?vUŶ:]J0f׾4x_}pݺÅ88`EJ*.jLr!Zg0ރ!jTNޗ\xV&ޠǓvn?s\T,(2#@}	QI]Qs1ѓWGYL~x,R?że5QmW>݁Πi!p	{t78.Eq(lY^ʌVVC	A@ǜU<{2LGxCfӠulq%F4AoCXoˌPLgʤ";9-F?[BMhG֦ݸu	kRƴ-a9<Xoǆq/@y9hy`aɴ1ވ-_JN̳ƜTRrjb
JlXlIkJ|ЧOVwtU=&Qi3jp<T^}/\kVFoIu\U҃V-ۓv2CFNi`rʔv:*gw6FuƓ%#uO~6=Qt4azIg:'`"x*ӽ).WT$dEFagvD^\Be*(Uك6ɑNc}YwaQ̖IM*.2uZrݪ~+
j`jĖP1E(o^X	ŹWL@ ܾ\Z@щ:4X
Ֆͺ
`bVH
HQs#9ZN5Rjю$$HسyȈhW5sM_ɡ
W4AՈ,ƍuC,Qq9YX}wUMSܟEfMߕe@ۼ%6UACYhAF1| LT:w8V<BE{ǜ"QpjCz]9nޣğH_%
kM6Z*ž]aAh~++xv}Zoc%\Z"L	۽@λs]E]-Λ.{]YA$֋vD}fl}`7KP5Ɇԍ
#Bc'0ڐbو-C!|͠/*GX`X+o\[1BP(Y5зKPZη>L?zV\K8Qӝ_?6_A#:.4ڗAgڱH5$ɽ#G\ĻcGXQE	ߣ&i<9r*3`L4D@C!;hOKǊ+H(W4L{@ԀP#uّUBweң4N@G<
a_#<h#I ̛!zG
Z-9tτK\SݶϪ11hƘ)G(HFibhhҐمpA?,6b!f8?xוcm`+,n@ۀV(9ϟC|.+ap7\1fj@3,U?{)Rjfǟֱ3-LTWVU*d)3WC%98	"[w˄b``5"gbtup=ll-/"1`Euuu	{xҵzАU0ߒO;2TRy:G|XoGKۦEqƘ#fzfyk:4BM̈+KpyaKǶr4b$vԴyȀKOQ}"$.CMdQҘzV2aQb߼ljD8	Ģt/t%^Þ̺69ۓD0/JRLYiu(%!_ϑSe eo
vQLdj0// L&k>ORts0"M`Սܴ'ū{vՉUm3Y|jWݵJu9Jjf֜ }ЧtN~9S]-k6!Ԇ$gRLahҟ;hg9WZ7~Tł~9V0eSXؽySukq,I#?tY^A&ԫ.i"|vШ$gݓTءՂ&
xnWy9i.ekrZx%A5/ݘܳ
"U<&x@R $FCa(5a	}ęy#+ԼI~Y,FB@"юjpc6m6CLXAĕ"T+<_E[J:̐Bd6R'+Ql
6d|=[<4Ra)H~Q!zwXwxxrz%[y
+¥_swю,a	HjT%+gEfw\s?vҼ3;&L=c1&n	N>6;;ZS"z˹!7c.NTXMjܗ]_s`4/^W`f|*Jb[j7Gx.{0nm=Zv$`%TNnpoz7բsWoQDc	jA`9?K{`Hrs+ڪrf{v.MYyKBЙ}0)p7/+yAdNm֙h#Ɩۋ[ryk'z4nh|!QLsGQbBwU%!nAZ@Ĺ6"8_}t*f{;1!kLS8ȚΕP:ӇiU܉rv)ymH&|7eM+ʓ@qL1Lxr jpJXło<CHx	!v̯ԜxkwyZ8CEr~u[EmĿ̵}A&Aװx:Y1˛n4qʋMPnRL׶59unraEy20Zvji}]V4' NF2RÅ_SRxR=ΥƪO+UHl?/V2}~t;ذkNPN&Z8cK!ٹ܈rdn,њr#=Y4>P#ocˠܴBѧfsv$$íQ|ܢÍ"]#dC)	iR\'^@vǀ74K!,]"*Wuڐu7: x||ˬܞjBO{Nc{5aZ\чQeDT;MG+)9ZjF(ʳ9=CHi3m=;{k&Q(TfMVXVuâB*_ߒmh"ͷɟI[8B	Eլ6xzT,VPT0װ+AzN?Gt?em:#JK(YgQzD
߃
A̓ѫYݗaqv/k[H`]9ZoITfИc2WҐp!j=v*@MtRW,$JVM̪ .daxsٖfV=0Exʎúgc@׆!#ܙ|[!RzSnzFʻȧ6jKUUǷ1s/W5] Y<3+$9,4*@m Ht:J+3:B+@kZiWҏu1$(erN"˟:]}U>tHXƉt4T76e4?k!~r+v*ab|%rG{%11	%MoP,˛Ŏ~2`Wt SxWȩ*)xzjw׺(8%ъy5eDZMCO':'V<A9<'I("'9@ڲUeEҝ	O\:\ya_"$nڼG,YCj d(H
s(0PWJ+2g~-.j%l܎ji(١SDx1$j_<|$dҼȀ%S<^7p)89&iWq_}C5,,/ъU~Ak8U&ݘ
 q@	ǄցH`7Ҷ\~_ޜR#h*ЋXj[\7![(Uh TajlnTzL5$ySQb;+*1hܭ.ز?LŌV\yBgjh?ƶIIAl9z_=DfuM`Z_*)H[ȷMYM˧[ѳŁ[Y]zCZ= $oߑejL}5?+ַZ~pVad!ҫ۟ۦ{_rr?s5iЂML"J:&>u=i,*/I{"q5!
ampӆe_M2MH$Pdn]H۶*QvJxAV_"O$V+ӹЀ+AD;W;tm@\uTWb[ؐÒio%-:9D3Ͱѧk=Ŕ-UCG19uŰ'KX)(تMۓ@|TƄvawqVM:4)O`DFy+?FjÛc"W
u·H>T'v@P>Г-@dasˀm~Gջ`#u [:#U3ؘTtH>~o=Q>ve͇A^3C#oӔ-Ժe7߮YԥC9:uE, \HH;DGXnPi~~Yt$-f[><<Ik̋8f~pZ$;3U;tz2¦@w"7#2x:Ǜvhov*ܘRb*͢3aº=uiN'ݳiJZҒI)Ob%"<*ƀiuV'&Õda܈vԷ}׌K7a]YЮEhB5y~?Y'h%3x(HT$B͚FfZd9۾Vo͉RK(<AȀSC¬̲eԍu7z,]]ޟN&s&}maf$ET$^S
ժC=Ö:"3a&umB{AW@u<AgS١͠ŧv5]LڕU;PM1.3Ky"9åŉA#FJ6G*B e&2}^{ƣ8X	`{#X9SK^iiwڐRJΡ}|vAnp ͖peM<8OS0Mmf9?ׁZv=t`4Z70E4(T1T#hŧΘP
[%{= JjHM1%]3R): ݅;OOF0hȍq=Ĕ}ˍ[mzx~H'bPmJ5%ё˚|E!5?ۅofzًԁHЫtAT=Bt#خK!'!@9#L&m
;ʳwqO`	ZmِrVXT֊#>|a-?j:g_D{W'1P;p'P;QtD+ $&l>}zw+7rc$Rs +s.pāt<0%~b>0IlH=Č><i_^K3|xy_bCݥ>4-V$N)Z́dMض<d5W4U3a@l<@0}hݲq<{"q=_MYd4oVFrV;VJgn=X[]&syIӰSɴMqL̸z\ҟAES&Χ΂MQZ:ExfeCaل&V^aMz0MߦƤLSb±S#:PgmYC)ZKJkC~Thυ`.Ζp6s2&?
&ޮ@u/E9K
̶YܝԊ.T;bvXu_R++~:P)׍~ֲͳUpAш6-hKwTEA_\ve7O=T9;ev;٢em"#ap\XD4U88Ua"_*y4*ɴ˚%Kƅ)((gͩhtSí!sb|OYٱԕr!W׮uJPԜ_YQ9؃jXއ(])ݙc;[on0KydfQ'|@P"TyP
]rHj?w>Rٺa=?U/ë@}TDdP=.ٲe7pNLxŰtH"f/˷(7N9-kuU6ܘ|Grމf-JQIP̥ߎȧvԕo ,6Lل-JS̓SqE%4	NL,7-՝V"M>YͺjS{([7ݘ8Hd]b:L?Ա|,-MiԻz$zg8;{lX/6\j*E4[BKfZ*ZB0t>rZ~'ZTY9,xF1гA`p8[Bǥ|@_bm
-á_	#jJ ۖZu3Tn|ݝ'W&Ǩ#jTũdt54CI"A!$
WL!z'B<5fmd:,ͰdS,ޣ:ZfNb}}b6woMǉk
,DwmIRiˢA<u=o.,!KĦʝ<u[Q2/5xHN|Zl@irJfjUh%e\pBsCGRabOg78o)i@qR|@Ӷ[´ԶYN/?p:z[,r]^K8WA2jXJ:n'%KҏUK@p}yf2x,L%)ӥ]#b&tۿK\|91Uv`+M8ƒ\(Fؼ-¦\XN:dl>!Up̂6AW>LfdWF2Ӡ.JpWX0 {!̚RG~Ȃ5X|lrbp~%ē-UH
Y(c$=)o?g(;D*WH;2&$ɢE;Ն]6İXJ8rQt_]
4~6Ql
$.xӏ%racGQWÝyDTI8C{kuQXNIRCȂ-KlM'44Gd5LsE9˒7*tJ,0Tjy`jg{UZwӛF"fOh;Y!MdWmMSzE 5;:!JW߭M#4B3H 	ҷ-<:ˊ5|Tg8\Eyڜ@TTɲr0֒ǎ_ZwhiZyGmX4ԃD\#/MS|xfe,Xz#xƨ%Xz
"/SK5ڭʁ|9%Ta߃D7ёd*QCbQ˯:{J
e	uܺ|M.ΟPN£)Wl2Kx( 2^PP	y$6Xҋ"%e3+c("vcF܉oKjE&6(5+2}jN<ѯ9cPl2Z,˒HBA	aYrGޠէt?fh2]Ĳ0njUfs̘L9t4b!U	?{'YZYO]`S?t<ߘZlK."d37ݭ7TzޣR*HIͶĶ}*TЭgaonLyZsrb?D׍T]u[H=[mL.:384׍|3hiƣQlbJE
(M/X0!t3_"DsD13J	/o٨RFh"^ӬeHc(J',4ڌ{sV]lBò/ުͭ$yq,%';kE>
JZl̳lز
O"S7kp(L0-lTҸ:\S,,.~`ΤKN
O9-ڶVrJDZƲP)jV2#&gM<ni2@CHDkIş@1a?\XCb §TuUL5Ixi`I6ׂx
2.]4Ѕ@7uzގ]OzΦ[2ǗnB9֒Y޺A.O4;mqtkÔ׆	]M6,{oKZ0{2<'lċ 5 <.׋LS`h?)ό@ع|OΩ9a}cѝM7̄mHځ%ޓ:J.+(E4Բp¨R6iY?Ze/  e>ֵ\QpE)Q}ėê]	FN-c-L,AڊnuBΩ{Nfeq0_b>,qEع85n[ZP.>xOF,$E$>*/1&ϸ{,j9cِ]`TfTҴ"GLݝanjBgYBZmZ]vlA es `q]$?S="# YQޛ{{Eՙk}d>J"=Wz7v$Tק8D{[-]r9eaŽ͊gyיaS|y|LuНLT9u4-TP(=Îyu-MML+;2¤9!i6tFKǻy_k7$CĘ͞ dGr&Ĝܴͱo@
}idMs\MK
>m< ­O%g{CuYؿBՎ;ȠL<o܏ur'=GȈJJ5ňN3ԗ+-9=jfO׿5Q./o|{SYKٙ+yܶɁrEuA6Jv:Q$Mm}ȃRk'zÜmp~hBϮ(GFevpǊf&[{|8b0.7ج3yfL-v?8=zͤۀ+IW`,/Ƨ5wGDP<цFC߯P~ӽ?c\
3^7GɡYH,:crRڈd&F7m)}ZO3:>i\pZD֩ؔ&l̓F܆dk'+kQ5݇ߕbi̵ЃG7˸#z^lЬoʰ*N~1ri8ѓ֑N5lxXLw8;\2PNa>U%d2~1̬ӰZ9TӅAQzܖڞc>*3.4vރoo1Ǥ=$VT?tcqОnhaߒu RGJߧ8ܔ)dNuh\ĥVdjmMW-;hvfJ/CrE>MsjtjqTY
7;ܡs/˱y#M	֝ hӏ}/cĨZe0]CI_Zl\)nK&L5pG%0-[ݮHY^ŝ87УmWm,e5 5QM~p~̲WLh|@b^PU2a.uĎۚlGn?nKr
|sbZ/V7Gu#b'fԊ]Ѹaݧ|ģF	bVS*WwN_zYp76}v-Uj;nO
,.6l#.-+˙)	9>@<TAaf\qj*ɀ''&f_̦-OTow	S-(ЎM?/Ghwܒ@P\']f߲NlF2plQ8)k?ڈn"˱BBdK:}Y#Gۖ#^)P`BVٓ!YZ4Y8_]j^R5X*PT">
]K{JeV,I8$ʯȁn)k+y?xևQ~vq׮ғQ#?,W>jaؐӭ;d	L0p{ӈU0u0EΥBzy'yiU,6sޔ*+FMe0kq%*;j%$ˏ1"|XXݽ.$Vzd$v:nˎ84Ǟވs]6}E*9(UfR[s**Մ5îx_À_QTFδʢUʇ<=U̻<*$3n0(('j#u%ؽ
u)}.]y`ا0/KgL%8g$f؈80*W'!ZM'\V5E%_$eޜT{9u1goLţďӟrY2'd
$Ћ]S[:@wnu>+4q:P^Fc!ɽkO8
aQ$	*vx\P_PMC1@F>*p-ø+ȺhDU/rT~QcnŞBj̗8m(QCAG@#9vЙߖ5ڙ*0¦x؁LoGp\)B~Ʊ^?;ts.
TB+9'v'bz,|قXʔvY=kބzqqNkպ1{N۬3P}Β).aRTGn
Pjzqao4XŇX̀uW.oYh~6"'UўG?

t@uzEb"G:ԥzS]z_ՅkRedoTeYדZHÅяZͷ-2hqۈMҁz?M0-l8!G4́͠^"xPKZ7NT)urz[w(>n?
ȻTj0ȃ+5\=H'xHqB<[OB?Ż376E؇LU96#OËx]${'3jqrK:OBETu[-ՓbԌگX3t+xڃe(*	h&ʌPݚ*tu	X˂8ǺS~_EЩ;1Pƻ>ix2N(vv.ŌoǢadaSWQF!P&݀`u\aڰ;GW`/IgFdN.M"֜Y>8&%:R32Xmѐ1Amz;<TG7r${=Ԉ]Z`?PjWuNJJZ¤w :l)+^]2ˉeGoNk<#Ŏ$+԰QjVMur Sm޻|%ܺrZ@tH-Y/Fx+Y(+Um$)XJ4.g'ACQs]$:DN0&!оABʶ"ktS1 #F7Jtv}auKt˞Q4	b1>+%3Nn"ǝl8CgexwťD2!n]
e'olb3Tq5oA)?C0$8ŤmL4mo)%ոҖQ`ګ{zgd%.=ͭ1?w<P`0/CSٱE{C+[8Q9n9{>0$C~~S8ɵ`8/tWw(Cۆz<20W%lK'b;d"Y-D6|WE;WLlɿpz|sIGչʿ̐ғݭhS6 0C.f\$42I5Hp'n	5@]m'^4Cyߠ/,Cg	w<K	`NLppp
û-(jwǈqp"ݼ)/$ab>4QJɨƷ̛״D^IƘxNcmizLzѮ]uuߛy<0:jAڙqה!.e>i0VQr>jϐZP/bhMg?ȿ:tzE2b͖ު&AOH{l:rCtXҊ[0}6mR3-!Xlp7#K/]:y߳/>+ϸf|+
SDȰv%4]֊1Ǘ[i VE/JبiKW2gX~"	(i]!v&.n %g`e=U
TDGӡ<\vte^/.4-~F~_NH#;V\*[	saRu*J2R:]wW9m6Ԫڇ5	TX.r10љ} j˫ݣdXLהmM"S3'$Lo	S]z/dPCBxC̃vL)fQ5ZHaIYų6StpnRۺȍ%Ä`FJEDɟiKH{~^"	F;|tՑ*Ji=JřmõިXxoI@5nS^Mhfa'5MJ#<p/܉_ӽ kY.&~xU?_*
~(۫8{|WܬٖX%x.yAƷwʺA\vThоDsf6T8+EEwZϓ6ùmpJz[
!<5OS"XpUZ^fձV/wV(jͷu.,V\:|)HNSa	X4B%(Ywѫכci~'})δ1A^.).ƃ	n0_
wxw^8Cd&˪Rt*@00(ܪƜTT0VzQKV
mà@i^#ɢ1,X"ў2F݀\ *cU¬qk=
Яnԯ4:l\m}<w4z'AރyY<Ȼr4zw~$c5lސG4

~]*qbtՃ6:
i'˝X[дF[R_~*IG<ye[#aq38(mġ5?K<y/}P&D֝=(q;UAm!XЯouA(;ޚgqyS|e^Fy1O_B՘S*>ʤYcYim6{gQ+:H[>avf+8kg%t&ɽ҅;U -Tnǃ<#)t_k[ٳttthY.OG!:+2P;jU!a&$5m={n<~NP6*0WGOpR|%rWЭw7Kw^WPe=îL#	%E|k#yWh[̿(dZ:0:\Ԁuv{ijLP<dzp^k]3DW_H|O&z?M=#i3 5CN<|gNXi5VO~.eP/JFbEkLfRh6?xދy6LIsޤ2cqJ=g/\?sBoҽpw	BKH"Y0wMͼ63~{o4J\9g$َ@Th*xچylc9VtHskm})e>+	-*F.P+ƱD
Pđx`MF
:XhA)2ƦW/jof٠Hmbtb&ȡi+yz3ɍ*BvePXV2 >7D+"(ʩe]Ӯziܡ/H`	Ė.Nۧ2]+|[6?I߈cd_t!	wt.HN`؆޾6:7Uul.rit9^R0iB9^uN.̲$xq!}0Uhmt͑Xׯ	H3
ԙiйV\GJHnnżO4I{:F%׺sTl	\|ϲ7m>h)|)צM|ѽԪdwQKh>tXԜuErެyA<ou?!ș*ɧ՞Os,GUF	,sݱ%խϣDh$!ąإbj=Lҷs;S1R"0<s5<F:TtԈ}`w̧8׊lAtHn
=ַ1$Ɖz
*Xݿ]D1~{B%P\CBw˙4WsG_Dg71S^{S/yӪ<Qlyk[RFDy}mAGer9(RCC)6ɚNs4ŗ+q/:E0ATU#2!ڒ1PB'IiքJ[ gF"=qUV7nMSnY
d>Ӣrd15lrTJn3֣RMbc&#OhִXOUKR
Rґ;!3_VU,"G,
rN8ͪPȚwy\)˭lgȷ<bj8l$j(q-p1yм&kvWʢg5Λvq&*3w"QUzoyRc%0>n-+Cm}wc3τ=_g{R)2eӴNu$1jfPjqdSt7#qRlX߀V?BVkHܮH]ګZ:%A)iշՏ9c!GծA@t3ywb_Jj/̺O
̍&3m
kCa۟ģfx^8`\"d-&͙ĜE4^L"1ܻj`ĭ
t~a.ݴb"vPQEmQ9nuVGTj.1rR>8uA0ĺ&
جdU~pIF
ͷ(ŉ's$ٔTGˢggfOha]@0(PDJ{Ve`p0;L fAh`_Ar+GQNȶ(Os.c&}ARrmXӉ~dQw9_},dAnӣ4Q%~8w6ĳ}3̱4$~5ݓPmÚc6U:z
қi:=(mۇ/Qe1JכaBGLc)ҩÛ
̋߿rAEk75:´֏?hʲQ|~r}t_s0>eQCeKERP!bVvz@R͔ztO8.YG}9,&<dӧf^'$-?ѣ1o8l Xٓϖ]^8ʇm̖H
]ܽ.>,-" Sӓ3[-9Gu6LJ"!_}~Ene2.&+ƒQ$Ǫ4c/|z,R{{66F=^y=o,OdQKrZvV|*Ƌt?ʀvQCII/Ŀ@ap>|2=H~PB-JH)qA,a9$^*sEMzz<Ef.)'5c9HaGu\vfB^cYSĿVi_!U=xi($Ff[TUƘ>%±Ι~3&oTp5ûƭ0Rk9Teσ$	bܻI|YQ:[ձj3ғ߸F7v5}=|u)6ZVhxhBonLڙZb%0I|>Y}_6e[Y9>2UɦbIȤQwz1&SELƤf)gapQɈ{Z0dUj3?޴U+ґ,-+rˊ٤3ky;~ݤ҄R(̉n'D*2G;*T	\̿q"!Owy:="xhKGO@>÷itye-_Z}=U)OoI#${Mfα0m1"O7GK-zk?YԐ@޼~F'̺6nOUo~"hr8Q({jj:۠
r =;xY1SDS-'/B`*DXWDۀHк*ZAܜԮw-I߄%7fĬ?ŧW/kѰz/p{.ÝL?ўƁ:k|Qxg"@^	fErys79)'j3>1FY[&D	W. >a5Xhr)X(ˍC]6CO<fź7җ-Yn?d{cXʡZI?yn@WG#j\()y_'$2!:v@ښ	/z:6ErB;r+4/MɟZ<ˉ_fwS	pk~ݴ-X&vNi=f|"`b[6Gí1	q=ޤֈW
5
)vnC5Ǫ*^;j&am"΀DSyF~U*<7ghM]]Lק-~\]1R\Ck5͜es|^ޖ|^7[CHx&^[im`ъ՚}x*Bzeg޳7ҙ.EKltL}cLFpu]cƲeZ@J;.F+Il[(DPoJ <
ɣKΆi`0Q'\ّӑSe2leJ'j̍J
yT5X]
P)**|;.Ԅ^%mG׶
,Y׵˵9o	3
	p6ΗѪ	_<؛-bgqo_iv:s9CzV8-GY'ڧX5µpD7Ā*hB.)YQ;fC<0ۃZ)rг}3|[C$IIٹ/H2~hyMbMo:DբQMy4KE'իkL(/u2OgK,sXpBWY*̷L^hA9'[:+	MVxڡ{Y%0|!aM7/ZLqnz'j9evJH6݋(;RFPgnQ!v3[ЕWYiYùx(ų0PˎcӴH(?/d@8,#Fh=]bjy	r޴*bѴ4ݙ|(D٨ؖ`)kÞhϽtCl%}]+ivU=q_*rˌ+k2AQXmCŒ*P˦nH)ޜVc5zZAU&bjo;~ ڀ^bGIsN0!yԗKjN,}&B$v$9wOQFҶYgz,cDMӕEpM9!J]wsPI%f\w:~U+[[s\GEƌZЅ>#ގ+k!iyŕQJQΧZ/K9qD#<ԆSDבq4EɈ>Bg|+ܥ.)=s"E+s>rEM=sXz֯(w,jê"Ȕ^ȼ&!d_2mL6lY6$.i"T@$:F۪9ʮ܏z0KX^@leP4&nYh9(fߩ2VR	R2t:_qvWsJv+vOOE{UԡƦD§RǇHj+)IMѝd~(5+d4/sc!_ћ/Fe!б9n!.?6uYĸwU2SF	_].h1*)!^LbLFU#*s
M8 R{ZĻZF;+5$MXJղ<Ȧ7̅Uef}V>7KQTwZYcZR<,B߃a!<:+*wJ`O3>I޿>}1fyxO&Y	ִOXЈ?Բi~9#Hu+ȹqv IUɋ9Ƕ6MEҾ_wqWX{&ƹxe^V(ɷP߁zx}!"A2Z-"Lx~:SGĭbo6R67a)Ιu-,+?aUQ4nF5$b"9׆Ga4ES44Z-\"߂Ā4OǃF*4XOBZܩvEV"̨1{1qzrr4?mm3 d/5T)҂c͙[ȸ$c+<J(TNhtu=Ѩͬ{IיG-
,=#X ıs$]8Rɍ[G~[86ƪA1G=?Ԗ[ 01t
656=y[7~TlsC\-Mh_}gd7mͫQ	sI[Bx&ذŽd/#{VkI75vH`.ޗNћ׺ӔTҢ.<|b0gۆ_K6BRtNhQ^U	H7!;BgbՕ[ac_;Tiwm5C|k8צ5ƶ,ΚP%אƠǥʡ#u^ƂUݓ};*jp{ծw|V-dG(S9F_*ߐȸ4//%ǣapo&KI_
gbJvX{	Ag]wWPs|8X}/+".&Ӛ+\fv1>[˹u[0{L)&Y-hS.l>!=֗l k:$,o2![~c83o|YҲRc vu*s{tf͇{cJ![P*s$dDqOȥi6ckLv-$#+}w%dߥ,E̕=(LolhlQw,َԅaɇl8L2
cı'O?!#%=,TiėpV(`J9}#iY~ߣ	[0r|9wdUU:5D#I!>k&C(ӂeY\aНxeTCHG>ׄЭAΘgL%A7Po߯	]J=`-Lr8p}~6gx¹(74"qgΧ؈,=^Yy_:X+޶4+~#V׊ʘa#vF\@zEuVxݧSF%SqYVܙ[VĺߧZTڏ !ԤtJMɴֹʴ34r	mutpGhkuے~[JTZhؕ6~Tkx͏xK6KЛ-}7gj;U׮,)sDW"2ѼLgg,t9Ii
5jya2aϕұDՊSb9zQǨ*GݵJ|צa
@Ż(1mmn0	23IllvyڥM2Y;ʦ2d=H/|Sg-9?DUTO68X92*H59I^Go`Tٻ
J,W3F)Іn<6#Q8-7i"ڄfɽ'3=S]G7No(R)![ҜTU@RJOm<Ż!Uj~h˂mT*c޼sl8I%"T`m_-OTӠjL	ynaE_pљzs&	\`_~3Is~2*NoL\i݆
&M`1J.wȸ	:Ɯʕa!-$6ԧ!ư'[K2Aҍ	T6H@vt8eA6WےMrOGawd48ɔ[Z~F`%MZ%t`1=<-mEj߭e߱۴n{2\~;fvDPZփ߯Ӯ_Pփ5PʊMy|<ɵGG+|C{SDnҴ*dj@ñHATLh:2ʽZ!$U|yM(I<ӳX!ӱPQs 9CmӃ	6^s=d~d07ۂ-c0XVg+{TFԒ)[ȋԾXŏݑB]IfU֡RyYء7KÞ`Ζʲ9aԸہά
Wd{^>|sUERDy3v8N52]>I+c`GRtCUCf"ѽU.:ֳzt	c>u|E7^z/K'̰=rVRBHn.oL{̔\kwaK_=yFUK&R&}0#Bw#G/AEܖĩۼ42ذ*gKϹt'/Ԝ1B@/3*Q*J\=ܖ""@T<\(ɬ]-Fut4+CEQj]YʮƊrsA70=صP6Ězd5*̣A1 ".bUdI50P?JU,=>!x/H%K+nYb	%`#=$~"˜Mȓd{\'_/B
تal>ˡ6T&puiDWKb"d}c;(HjPk.	UUͷd*ռόI2Ԩf6fE<)-(-ԌGRkLu@YTгlU?{EYE|ܔN*ǿ+edA8YB
"hGn^aֈ؋-Lճ0I  F<ec-Fz@Èx. >MNoÝSUŹ_^
[Rp-j^Bs[CF~̷}/>84eە?#	kgjW(UzAEeE^_{ޓ4?KnyŞ,VjFC;V`BԼ׷NA>ƧߪՆ_FZO=RGsxK%YG9fSUrھin_GA~=6BߐEwsTe8Rw2Ef:XuBvp ֣.x^t}$Wq<R<ZBiH4Ԧ(B\/^&$Z`(CXrќ&A8ԭ&dѶ͎Lǹ@.xjHL(Rm]
R|Vөԟg?7,<.ϐs2w+XD@ej|ZVOɐ&<_Tb~HjR$l
XsߵS@;ZFOj2~DÑO&xnMl#C\&Wy>GӭQ6I|yc66	jҰk/ҮUTe/0|[6h<TUzj߽ik|qrIWEU˩>(#^h*X}&U-ƺ0Bn4	nϪ1æ-,JFӞs96ׇ߸*t];d[&qMo#8r$F+%A4EY!"{z(7G˺Ez^`"$4+]]J[_~Պ1Oh"8һ'kt]lΠ0݄\}Ѫ>}_D(~s֕bԺC
w_n̙ۜ_9D#} tYۦ	Ϊͽ{EԸL-ȂvzW9y-Vx-/HLoM4JS(צ9Y|*̠с	Beso
SЋI5ؽߩFC>t%Ғxtgօ0]ۜ<]mI%'0`ّ[ܘȳwk}PYU!γygd5PtUi^7h:eglzW}%~AjȭJc}l͐)Fԯ9>cՈձ_w]f)por2]Q9uHzƿB>0%c#ӝޤb*ɄH_ۨuRdp4Jd]	9H͑_ԺCrȿǶvN]i5n)^'@2س0W8|'ܶqQUGѓٝY"e]0jVMj9@=yU4ko!siR{B>|zI9q7 .t;AtZױ+ϧ/wQZON+')IkSl#лwc5Y7`Չ;L-ۨ<XgV׶5dmpS:g4T5e.sNْ{z޴a)jI6F7Rǯg	{̡SF~[
2]qI%}[`{%\/K44kVP#o7qETxT͞/v"GI]ɢu3F$m_(Eh%Vwj5#!fVVJKƔ42קfrC$OhNsӫ.@s'ŷ}7`MYCgwo6ĥ.X.d3ΊǑ(ppؿH,+gD<+>50;ZCI{M/#w_^ؔ/	P(}ަIl<+X=]ˈ߈}8^>W)rKX\?޴(($Lb##`҅DSy!ӴG_9>VcJC΄?&wh	Ο8)hU7/RE_%u~4ŗ#Ɛ]W<Ƥ6MҼnă-<5P"a J]ny|SGKXٳϸSVP$זrS'jj+<Ɨ8oзE:؁*f<~ϗ1άè/N9Ȼs,	,ֽq:#}o
$h
ʡa¥0eC3רbwo[4_.0K6[$}1,.|*ڱ" as4UAǸ?tI$uԀ__D5ݭM7j\*p7ҷ;p:-}ڂ|гM!ZD&k;ـCKͤ1
 (Nשzܞ.{LP:6ei@2NNgBXT%KBZ<[͑*=n,16FtJ Pί(> l
=,Wx(ݵv9ɒe0Ij{%CWs(чoq7Q--H1`\[	ԗ20
J,{@E_l1IsgRK2#,Fބ?֨)YSveТ2dv
E#9ð<iĆ:rP$htK?itShD={snZeHa=^էhcuŢ/<MŰ{	GX2OcȱJ͞f(Z܏Ƕ{ՁFg͂ķ/|ke4|̗֢*QOb";jMܠ~zNF6Z,kiԟ}qo1إ~@&Aåz0ğp'Lֶ|gʘyH+Y9ǯm@,r#bv[5+5c?;i{E1iÔFY5?ovǊy 0
xCԈsfCX˃Nŷ|ǾXtdT׾ѫ kwfy#5pm+_nݸ,9o'i{܇lo?2߳SՕЪ<}QdTt(klnxUڼw!-@=׷EnƹBOpҽv"j(\]?uk:ϸH߯mWSBX
67qjvrG}Q̃$Şص2+t09d*-XΆ4M:g)YH5ȸbؓ_y"i`G[5ƭiy]jm;3Gr5ú[~NR7bdr	h%/";a3[pG=ABVEϮ8%}bx,DRA0rĦY8W#}K+Hp>vXǕ4kxJ.A|_wNy˶>uN<'.ݪÜ@ۥq.%[!7RRw˕Ѹ8Ĺ.gSN"w

:nA[׬0!QF"pۧѪ Z(\#X#=n<J+J]3T	öÏO؉%0HO>=T31VQ*@΅S6F3tW
(Қ=|ۭH[}|prQaz
ԃK̜{H'ΒzFNX>G/K'AO_*Dqh)#c܍3ޛM4q$×m}P7߄qxi)t&vR?1m'RMy~O=0!l%Mkd()l}h
-!sV5-n[q*mB7_\G4,cw$Q#R9hgQT+ɤ	Wςv$vp>bՄ/J#^rqјϧ,L)k*C-@'ЂmϜ[Ňvބ2i Ác"t$vl(*.WϮ}p.ҝq	S'a~9x/FZhvG'RϱmL4ĒpSG3e+ÀWK,mExy6&ߪh˱q"\mzG*9!Q5\UB3Z^!cV/b!G[ƞfxH85
1LGTL
XkV1K6߶90RQm8 %Dj(0uT70@f
	>zږ&6UI۞V<X:u)ԉhsQS$"g;I0dnb~`]PpU~z22sKYz(y:lLԅޡތc:!c%0Ƒ}v'φjV'hй?˸Oi҄xݺ&ƣتI3LPǸ:`6(m%?;aLɮ60P-NB`}%ΖZ6JI:ȴ	e0Eؓ~ǝmnOh=mi}A#r?&WK&7ֻ<*)οnQ=y->Tybk<\916ހ=cȺtpv(w lEm[!hxxrn=]؞q,ӻˏ"«+DESZ?;<+^ÂOQQ<(e@H7p44M6s8QoLhO;AȢց;s˺s*<tXrh]½ÑѤLIf!DsIGhӻv=جJ\2!gLLJ	mTQ5({bmlfx)y:_]CwѸ5Lo ҳ@\"+.OF*R]v.Th"!vC2ɑVt5st8_fvHBݩ*ikYʳXP{xPT:%rڢzUX=hZyg\p9]$-.*}dp-B)؏bFWR֋b=	c79¿.JG8mV|F1\&E[K#۞K[97p>W~r{G\͋/ٶB-$xUam!XTKjmNC˚\*VLΟ"!nmW[fٖq.z(KUC8PM@ANO@	l*G9*cOi@1OؚB]&i3ڏ@lns-8!qƦ {cSVc_/x)li\)Zmuiv|L"VX
Y*UyLvbF}$*re{&^.D_Hgle[fwEq!G	>itQf
eg~Nr&e9=QL#q(aIFc1?;,a`2:Yp!V_ߐ/X$ԪlOK.`dфcՅ`OM5ǋGP2L
\)5
c6'#Y\t-a^6WЌ077qeٝDXg1̞w|^7yKpIM͞V(DŸ԰{+H_֪emY4j^_@ mN}ӗeAJ ,L9!Fz$Ӎ  ISبQQrYߝpbyŢ,0ibzCgq&5>x5׀f[GB3l|:X~ݰڈݬ"S
;]%+j:%xz/h*@hme`"Qkށqܲ ͪ'tC6)%Ѐ#S< ҫOFWQۻ*gyBhؚ֞yj:=<J'ϫY<B0R~qPrl\9^5a"ص.Ϡc}*]0ˈ./~t%%Sy*`Ud86EB3ry|lI=ĳɞro,ōY-gީL`׹1/f+P!W;bĝU
"hU߯-@ʹ=iTMsYz_=Qpwդ$fW]v*H֥āuw`]Ֆm˔zl@>֤1U~VɂBnzLD	F]}#jW3)26Ϊi`dwkxpyɱ;X{Vț{̽Yqw=oٸ6oͲykɬ((қ7}h\=sz)tv;RZ%ڵ+/ҋr}TQƗ[^-R+h7\mi7Ġ(M)B@Bv5[tr1khl՜ɲܢX=I7gY yV/.,-RJX]ޘK&Ή,\&+"(vIKsvͣ|\ڒ'1K9}yѱ \r̓XTcӣN=سMKEοc<E;kv*'@y[0wՌԺI%ܝ,Ԡ4 q?)ɛ4Y+?^@YTg@Dȓ`UD[[F)ח˵l&	'	Q(G
+Jޢ,+X]ץi$v#yvQv(kFKf|jdwK(0J55%fuAMJ7\O~үQotčڊ|ZDDހݫFdP	1Ñ<7/6q3ƦHWVȮDp0BQV)YčTS2ӰЎ+}S8p4I4nU~QEǽN"LqZŢlâK,hփ;ck'}{[@`'@Cgŗ%v)Ǣ;$K	_Kײ8X{o@%rW\Ћ'dOY<`>~!qj(N5߲;m'٘:rŅgnXkRlS9RR$u7g\U(Qcw58ԧ͕Tq%ni:֛HAmj@kNTέ'nB8d)N3DZpqjJIֽuk	"Xo/l[ư6N_PΠAldƨ`p|criki#&3|q9Ful&cύM+;M&.Q:7F~YTX%f[Hq|Ĭ#ns>@C_bc%$EߢxȔ1Kn{¦ުXl}Ag>"4Ő9:M֝@<ѓ9՞Yۼ/s|GG Ǔ,ӑEhߜئh՚Au}Ӟ272ؾ{EI׬ޜXؒ+=/7JnГQl"r'gE{8e˦@c,׭hS.4OoSз~|}q=p}*t/K,~~I]|'y*םK5ng;q߆"-	{Ό«kՖ`˩u~(!vζU<γ&hoXs{Byxm?׏C׹0@Wկ`ϻرWJ	mKeA7fU(3(i&9TAqT7^N>6G$L۩%nsGgd~&PhJ p6Q\{3\n|]Z=D~`rء-!~mR_c	۰H	đ~K6ٙhJҲi8rz['G
Ac4e ij.YFVdFz҂"/|5}iYkmx%{ch,u2)NdSdn,%ݮR_^8Hv
c9Жp(sҔϻ{,l8"ʁoDMТ<$<
ȗEA6ù@5>MzJ7l<YއeQ:oٍ(^N	wّVuK~Hы=eU5'37Y[M*UFWMksLۀ6ͱԙН1^P=Ѭi-ܽy~7[EvCmGq3S_v?ܐ0~
dG''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25083)))
