import brotli
n=a=0;b=1
for c in r'''߳G˭Ӳ|@13|mƑ|UG=ӱ#k\TV1Z]e6&Mr+ǢDi~Գ̉\7ZZ=.!.ڌ(S?Qtt=`ۮ)v BIl	[3wʼՕɥ7gıfvs_fgď,'uɔgtvqO
Ƀqn̓b[Yޠ|DYg^W@cN}BĔי	+H.NV(U#^Alq9Hε-P8=ݖ<R|DiW͌[yL,HeI(g͇ɣ
џESc+n߲mt&Į-~ڭGT0SoX[$m1ϕT4K6lo,{5/qT!|22?Mkhf1nOBm5͚umW_MCOs>]xt8M)vAV8ui'mأSK#vx^EsԧϽMshիmӠ߀C);jc{DYCmZ5Ƴ(oαD4LNLӨ\^^vטHڒLc&@ҕDe/LC{S֠0fޙǉ^V1($?*$!؟U7ƭ	1TͺwbbҪxj^xeFz6ϴEWϔdS'&g+)3kϼ4@._Ѵ4dN*`dGщ]?hiaOҺPXb=ߙ^`'kޡJ#f-|Z`ҠW?gUޮZ&lqP;&bV5hIOKȎBFpZN0Q͇:B.
:\gT݇[S6si`LΉ_z1)30dkU<h?>6/hS<hKgvw¯Y">?4oV_Qͮ *;q@r%Q/~Mvb͢	!K!+;pj&w	GpD³[~B@ʄϊ fܱ7)q3/iJpaߺUq[H˜2sJgT&P"LNػ'A˕ZblxFϻU4:g4n8iJ/$*vH0&x2o8|o
ơ^O5Ԯx_=mѢ݀0(V9k!,;AnR':DQعsWx>"uTىȝ-c	y9sE̤4AԜqpNqǮL-ʯAF)7іU}\R-`/S8x25ֺ/#AB!_ܙ~cRDi.,W?ϯ.	dBK*a'biwO<kSGmFlb+tA|f!<+	߷hiI'hMBҒocTWU,7ͱ"X3^+4#ޢeBŜ;gDPUqgS%/4[
vwY	"MXR/~r//^'D$b5D:kIrr#]O%/XlvG&es9*raʕǐ=|ďW&yJY;Fm/ )6ּPI02Mǿ)E^K=@*x:cÏ H4>l;/X</cxӳ{H?N?$:NEפE·
gKޤ "Q%AsPkIn/Țu_R,y~ޱ(6ClqLGI
U(L}z>7Q,E٠XG'#&G=>ɄͦMKvYm]Թ
+FnMmō&@&m:.+(n_^vc}}CsCZ1Ert/+xuh	Un[w9|ɺj5[<*wһB׍w`Rk6lȃf͕I_:aRǣwfB3Vi4?e-Ke/I07ɈK:H@R \HA2],NntGzr{y&UؘH+Q&זbã֛"w-EgU=Aʏ׽z^d#6/^Ɠ4@'Vb++߬*ȧQl3D{Tł]pYӍWN4%HQ `(`BFm`0Ǹyi@QکgєSz)B\#%wʈqҏ{?8!
п#wٶϚ&ўA@aMtȟUނO$eiFhe2U&GP?358Lۊ4`J-Jv<cwBEU\͚c~ygYo
QtVʏ0Թr3A٪BU&GA׀@ƐԚݦ${$
=:Nj0[JQ	KlJT#5ICt"ߎLy~gZ?K0lW,>Gu0WT}Vx|x?k3
| Ŋn`Е7H߸('$lF6\ޘt,z-]q[ddH=Rm4]CVxl
ԴAӭS2nƧ[}Ƌ4t7"i޿7%cC]Ӗ@4Έn9?\NWM7e@~2^.<((&Dӊ̍T>&;í$ĺ=O{qث|=3ͮ#	T2P3dlhẉ^Vz	92N?	Ӈ47[/=b/U^9P.Yg,]̆=f ~SN[|L;b(vbֺRwvږkC6а9uSpFW8=&TNo&ߴeơw_(=$3TfXJPTSCwM_Ǯo	-Z+71k?r[RoˈmM^ZqiHf_ԔGZwow
^c"odd.r(sqw$ũ+J;&B/LEI.Ϧ4Mi:_"eձ@xE# B]BC	4eAO7Zy7:\	(XJʻJМխQRH)<ےtρ=4.5MȜVEvľ!d{Ϗ<d|XZf1Gcp>5/geө0'EslV7/K*1G:B؊	H[H̕Zʲ̑gogO0կ3&ْ`[aTy~-6v""ңoZ-EkǛMYOxrǺ(ɽdVۜύ
փ(KrGT}3)q1Q7g3ǒwIzX)[](߱ի/5qMȮL2Xl/+~Ġ	Cw<߇֯ч^$P=Vt6X±g¼\ݧ˰ʍl3!PȞ$pBŖ~Jx6E];uQΔ"ëaBΊĮav:đ`1]aC#])E'-TBVA2voqkg;^-gcmn@KK[4P=Yjq;s7}"ĳEJ&(Sm8XDYB(!Z-`քĶ˜'s	(~5!]k{^ocHZ_ߨ&DzEG:tܟ̶4f<U:b'ȢiH?vVxmC:mxo8[13ʋ+	@UǙ	gE	JsK7Te?S{Ȥ7<ף4&+̸b.W$n'̒߫S&#:RGqJc_Yi֣gƅm͇(JҀМvh;ͥ:Fִ!֯U*͗N[C_xz=lm7"P$.g9;ś6̈́sTݖi0_%)':HOnFՋj<WC֥sy2wXLĸJ6d{i49MTAËk]UG`B>x>GT(} ɴb,+xy_
Cjo3l͊BgUJRr`d?|<~5ƪ1yd4%ZitJw1Ic1D-/!
wʡFDЇN2"g\*MQWSXǲ:N[zDnŔ@34J2L34,)>۝oP>Zu7TWׁ͌mVɔy)/odt؉fe}ځ,&Q.֐pa|0$S+[K98i<J\{0G|<ϐϟ``|9KX^ʈ3à!GbWGDn~yaUtk`KmñcĐӰ$YRme(]JD8Kcrk.o1qF,|I\ք+c@cp"py#	;\pN+3sgnGO/Zl=AkJȘ?H׉c_L+h1p8C@ܼbĬ{̀ŸnF,/O9"YS^ůiaض7֝dqns[m.t(V}{sP1< HںVXU*sŒ(})dD5ɚ|m|q#i7,1hӶ0.["(ͼ]sŸAO7Sylڕǝuvw#~/ߜENQ	`MtZV2JTs<ۋHf,޳(@=th٦~1ՐSܳߌܠP*ǯ/]`6!@WaLA%+ɿU#ƃ8A(FTsXEܕρ!A26ض@C%L@3Dw;-SuٗHosȠ;&4f {Rś R)5$F>N5CwHJ3m?Nœqf~S؍+omvG"7:*%p͢
9_WQk]ݧɟ,L}b2(q?pμ!.އF;Sj<^r^THΉe<'ArfڲlK7CudW¥*/abi4<"x/w7hhnvx15bW\2jg,ϊz+>[>b[p[s(U{$:A(9OAΉtǦ(1avb;ˍćq7PhCUT^	\!Ɯnډ}ޥǺQy*ĪJ[Ҳ95F;ٗƙQ+%bcE#X}]I=D7b;Dk0&"*Nd/fW87u)۳ە)<i+3eU8-D(m,}SV[!ni\<ٱf۱s6bI]=aHC988 Ht^3FJo*L\j5;(xnCEf3ŦE%uHYhFJTxaÅrp\VqxF&UxnfZȌ~d*gl"e(%/ōҵԳzȣ׌O}Zޜp#+bDv)lP3kR=

ōfEE$ۑ;nʚ.ɠZd*aݞͰKK</b`'.ƀ֦8SptǩOjCTC%\1cbXTm&{3k(ٴnwnAöbT*Bu33:G/İ"BCa@7Xo}^џZ^Đ"iYߩF@#Q ȬȢ+7Q|ʲ+v)+kLW_2/Eb:٪1>E׀w@ 4uXDRݏSs4~ӛiszĴUFYAvԓ}mnؽP,xZu#m^G]0:`Uq4K!Ϋ5gZGjPӅdx&YR8-̕{rFAf+;ȉhPlp|8p۷:(`~`ZVy5ȅ7f}+z*9FFް7p~XҫGܖ=.G:?՞.VxH|0}A,BvAގyRŖ՗
^ȫHB\̎?icOxxUW{X`bXE]Wq+]!\\605@?A~m0 !J17\g?^n%='+Gc'jY}hlLl܋5Dc7Q"^1Lt:WK\pt.dޯfU*ڟnG#;Vv#jMǻ]qIRgן/l]Z:,E@	3=3-YҌf[tn<uҼToBSЎU3,]g%#AU3wsp~dkvd/QtIwGSZFӂ;RztD5̏62U\Ic3÷|ˉhdn'.%~nɟX<f#671TTe)o
{hzfF2A)s4O=QZōegI[ṰpHDm&`6+jD@٥W¼E߻ؐ,,wz@=ƪqLLH)oI<:5!^["?Bvu^8WN}eEto0Nu@%#q0"^%iE<Ʒ?,"Ft̫[KbDʯfIQ@sq	Fqsί.Q{\.tY=D9k0[W@_xo<oH.M8K5m"J8#x}ͣӷYd,HGRնtC\j8^]FbjZAKT.;׬wpP[*.m|F#_ɖxpKCʽ׬>w&({BYnGi]QeH;3qn[&¾)iV*4҈=$5˺egMͲz1݌wΪd	>lo"ٙix	Lyo-!t^{/ !g+$WȂf_blIH.0J0ߡ<VC]_%Okxh-s9\cƏ5I_MmՑ&(j~=I3ˎ$Eeц`TIHv\޸`59*4׶q'pcıxbRJI$UJlQ^X~X
Ū6Mo=ObÇMN+v;Oxתh5 .c
ldA'wuQB!ó!@JUm	$Ya[D~L#O>nl:gXL6jg yRѦZoH$Jpk*lޅj? 
-J`A^H݋NtGR),a{w1X2A=1^	սzaϵ{c5qE;|udS̠Bү iǚ%A|2
}'E- mǮQU`E}ܙ
(o͟׶*İh
i1̮-ҟv=r_Ѷ%Ƒ?t"N^9r7f3ѿ"BjkeӶ8μgL=4oAݑ*=Hbm{]{;8?jX|_зsO'D;o85
X"k1Z(HKK4Q}אT<Kt/wӝدJc55^y)H]ϳj êlH:ޢӓD@#5ko޼Ȧipx#ō6Ck=3Zwhb>00RFr,٪`~-KTjL&p'~F9RsE|`JcNfͨ4	ɴ%N*̊أk=FڤJEr?mݱ14a)r1mo0U>sޖ?ȷw[_݀ʻ<دzX8Z0M/%χ@A,{9[&#DـlTcieۮuayVtu}P`Lm{$ҍ[DCCnq|3Ox0L¦ccvf:ۓE?ޮB?Q&;JY\M=݌;z/<y.Rn%`}EC:AؤPnYNz4@Զ.;1÷&où ,&y}ɨ"8l1aMz5yMɃß=\ē@ҀFlc͞~LeY*	׽'Y֠8ŀ5;.ٸVgO4zpÓPȚ9gVO	TW%|6iLxj
Kj~~xn|J]	Ci2Qchȷo07vZq'9B^vVHeB(Ak+ClHn*֠@6Bv/,|r;=c޾ݿ^Qo~Ry@4	K^vg<cFNy&o+ϰS9rMUCF9o&hVEKʣ!mw96AԳIo=w0۹PͿ@uN;OIJPt=^ 9W^@`ksHc'"]1
pz(d}r4' ͰeOETϿѺHo:|.F"$'
P@VJ72kS|?)&VS,P&նέ ylT*LlM!*8~G7;EӍs0;׈!)udlhߖc2q~6S'9CŀѼVO0kYYdˢ?n6B\f[|wu3cINEHсC$:LF8W=lMe\Oa6ۂ9AЙxnƺr$&s
ɟ3JF%\z3_#x$p-rږ]To0i,]Kjqˆ2>ELniޱ\3SS&IPUk2t|wF/.ɄIgkAH,c]Μͧ9vƭ	
nq#]BKOϖҡڨ׮k}6Z(fs	Sb==UI_nAo?xSؠSFo>\
E~	H1KKtYlm$#YS93^ϟ+ǌEB-`E5/ouPx4,\lDAfrUWmi7ق1O=``ʃreYKt3ٹQ/6m!uREmTs
ە·N5NˍD.Ƨ9ɸċTL,cW )l,TH&Sf5gjځ$ZI1sԛ>0@.^m+9U@Ybjr̢wv=DKdK?Krݖ_ڜSxμ99$K{J]FqX5`B:޻}SM\f,/ɧ@+7|ېeˣVGOا=n|A13tǁ
K1#*Y8QgބS:vsL"y1wqiFI#Vɕs:2y,n~0KV³:
[җn)WNV^"E
߃7ѷ(Cm`iy2nZr"ΏR)BՁO;{WP$uu*w[MþW ZbQmZz@OV(ɰ	b%l.AF&b%mλCj-H%s15YxVjЃa~#5	 h7.e<WI]BgSI{m0{A΋u%[ϯ݃dwܞSd=r.A]KZf56f[,ʉpݚ:&@h]^mה>SK@y\9Ոحgh\,?xhڰOȐ1QSޭZ^?h٥t5!Υ
Bk{CZ.ߦ?+[DhbZ5V S+v#Uy@ſޫ+jBG-*GJ'VkOZt"/ʒ6[;s(cS7ќH>>^_^@0#D^;FB:Cʆ xxK%At#k&?/Oϧ^!-g Ϧdh2	G	ԃKp[Zн.O+3{oޣ{b|2
lqܦXؒ}vފGX~VЁ:ʀ~}F$Bn4R˰r	j5tv*K?bdG|ZZvi[IUnCԟZA;Iv$Zvrf;)c7$tYoMfr%yO~xpORtD%FDjۡ7NMP>o{vZXо8aYdl
N?wh\TÂ(x6nYp%?΂iqWV)nt%Gb֫~ݢ|	<nt(~MKx	\$%|r=k^׺6!ļC[,w2ċ/Nh`Nb'V-%ZP
OY:J*Se10[s<3V·y-$u޽_vxw~o^ţ^I6:pHe.Z+j Ӧ,l9'F%W{8KyzEy|	9̐m^u^e1֪7)GfoP-'<͞dX*P}=ARezcրqZ=hȮ.LK1sy}o9Lm
Qnnx6)hnpp5&`*6¤9&ʫHXy+
Xí*4$8l;Fn+_ā)hnXoGݔY7."BάshX ήD{/ifjxbTOdEcJѝZ?-mTIy~0ؠSmW%~pDg,YA;%m[KLU"uE3%EZѫI4'PN!P	x^VvHdfuJ6BqY	`iJnGE_]hY!qGdvGəII3(I2mC$η+RoYW`ԿgM		6]~d!39ic*4'Jy9ޒjY!d+^lcbK=O*j!.$/UgdWAWE.oLAi/RtK<z;\Duӳ+ɐ<[c¬S5{28r$<$E؊01bT$di{aBWT-f?s~~a)[;4:-o>A	}ZU^K_|vchVۡ).[|Sq]R%E̾mLq]|y!^G޵Y<UA3v?!C֔;DiIYy*|m"ȱ;~#wuy2׮؋u@gթCVNAia}h,SbѤn :687յ{<]h:U|Ldtɓ\ m~RyHqf]:g+:;3ep
K%,ޣybUZYym8y=3o"|[ H cذ
݂ݢ.HUѠF(THP	4lOy	zWNi!>x#x{;޷K:lUY޿TjeWÅشά˵Lfʘyܬ V.yE&hE[C*O5ݺ>jFre0ES ]S= J[,&LfiۥF|m9ƀIu)!
,GèuA-5<с&ǶRcމ4Ufc#7DZ$`ܛL"$ySE*m,7J+hVI-P@lOQ'ֈ|3P$&D~%+!ГshK|boRnioRՒH5zjZaGȆZ9jM΄R5r
8aj1}7k*l8f.%OEj׶AпʬWyVH*W~nNb
j=kpzl|\,Cku1~]|/n3:*ǵQ|^ҫ1Jӥt<2x#z= mnԂ=O*cZf[fvS%ʌJĺr5_8|WOr]R)bk~jnX7',2_
»U(Y7\YNlr'YУxV,nInYРϥ^-;ɕ@ءPsan*G3qu߁:Yۯ%!A1ۼ
/­SQʚwR1:aPXϝ1f3y-`|.6!s~[Ձן˅ikWaŕ'),̜YE0l/CdSqa{\cu&rǘAjD':o.z@MEe!;Vx<}i `ցėjp/.BT[$%/iL>üۇ_Pm	j9s жV#tjNE(kq~T>5v٠ټGh5ݕ]WkSФ<V"0dؾWlgE+_ڴ)ʗ5Iʫ8wJդPvfC.=w_nXƢȓTW<-n5X˳6eO$Հ!ƍ`ja*Ҫ9&a.˺bc0Q/9	uNLW*06I@g#Ce̤2/Zlǩ_tV-Ȱn_F]ΰ;>_Җ WL_O+ZWUV&4k4ʀ*߆Ȱ{v5V
.KuxYћUU@-jpl?κu1l]WHW$gʂ[çwBȣ+%fXMA	аznH^{!C1SZpcV=÷?'πy`@
8\lf| ]a
Cbǅ	M`yh<юOޝ+fۮq=
Tv܉ƨ?t40lM,]!eRZq 2_
ypK(sGLcd]5,E~Z6n%-[9rOy1ĩ9`?gD~QA r~>"+ݛISnȸjzl<:@,~[=p[F [HR#|Jb	<uʽԐAǀFOw4`{dB
y[e-lTC܄U*Ma6O~abb7~*zI>hϴy_#jfpT%޿ijF0Ip[٫ɣa9e9<xZ${PmMҾ{ zMح0.@ɉ='A'9DBݪ~*rA7ҕ=(~9'TƵXd!йf٪_1HTX!WgWI5S"u|*1<!xAdqg"ĽFke`5NIs`61Wɕ3ji'm`zKk%D=UwѺБFל's_~wpqM7A'5ae!s)om'S"K1	g7hcUs%0l "c5,y./]\z"o^*jfڱhdP.?l߷ѬdAĹMKL=8Kmh@/)Ġ81Sa07%Yz:W.;s.Dk;wζӶNbRONQԑ.6PU\Yg`</vͯ#eH?%+Ag/s!X'( -`O	r&F|+uc$e"6ճv9®s,x6t!ڴ8:UrC
DwD`mo@6<">֗'ذ9;ܡ@һ
	(sIIˉbm*9zROX4]YTD
#\(М TTϓ{@(W[}c6m)A':8ۙ;sA*+5+e^K۬U,RȋRˆWX
?%:ҡ$&Ӭ$ý/Ygc=5K3saeoiK0LѲVĥq'vF! _;	GU|J|:LxY<XdMb3G"Iף9L
xKp/r<oPEmt_8շy	JBVE}J
yu".jZ]u|ڪh\(=ȈX^=i6VҞdJ\'E81uP
ekr׵c)׿}r&|ImzOX},'E 3zi /z5	pEdqS]jp:Ő9	KB>̚CV' ^D܈jײo5*n/::=LB
LT\s'$j;H/΀3#`}
?ߑzܸ#/yyWrrAfuml#I
WWm]{=(Wzg]Dd^ɼPѯŧ*jB'U/Q43I&y5ɺgPmqZ?$}>@ӗc_ɢw}ܜ5lyCWrME0Wu|*7yrAOQj7Q6h+InTkdM99H)MU^RK0^ed֌5`be^ˢ;ywlxV&:13oXsauXaKV55ިhW(g%ڒk+'GFK+ 8q!dZ& {BSJ}ij`AGlr׵![EN/}!&׺Ft	iC/%t^LăvsNLf?x~rV'7("Y?CwX-9'li~s3ޡ2(ۯ\2oƀX@#nL1Mhԋ?z<W#J9'NzW|:J«Pѡ|K s#lh/,2+InLx]v&(Λ:w*Ea)KcKShF(W`yM4-r[Iz,)߉7-W^"&9۰^91 TQuF"Ýu~عR2c[Px!pR-٩یq߿eVk5ԜR/BL4vNȸX{8S-[0F״H|qN${8i	IElCGKq߀XQRƕUtulNԛx|Bc?cF@xsF(VS՗@Nɝ_p+<L5V>C
A:Aj4e0e?sOwuZjg~Ӎw{!9aQ̞\Zk`Ϯen`mB!Q1a\A/:}xb9jCvwrE1ЯQ@|tyb<0Z~	8mg=uoxQICiT%Oa?ںG+q^|EٚS_wߴA4{|9z[_;/W ~Zϵ':3St->\.GKa^ܺ=hu&M۩`^Fk_*7|edN~'UKݳȇy}jznnz3J 1C,0m*e;"H^.]BX٭^f%~-?[\i]]<VBZA7D˾t$)wp`>0	}/{ڎΧ&LjfA9̘84+Pʮ?#:0<BQT|nVO[UgȾw0WIKњȲ>.FO@AK~U@ԟ<9N̖ZDnM{ܓf*G_KLR(vX2һ'
(<=Rзalum;&5E#sh);XL?
=I&:A3v,u}+<Ys39?=mwۿ`fW%\v8
3Fa(ж1)ڣ[cٲejk<]EPsϖ`Vk1@
Dvĥ4ۮˉǰMxxeбXy׶ewA2eg\xZڨo&hDŹ2zu5,:%qRlUPFko\Bμ_l7E[n\۱Bk$ʴ։ĦQḼocCxJLN/48ȼPO$D`tQ'p?ݶd@ >|BUڸdϤ٧!0^3c)(3VOa}TfgRʼ-j>=m}TߒrX%Ƿ$ZSɋ'F1V<5^gCUo|ք\a(ؿD#pԐZ%ҒYc'YB4y\1'r_WcE%3jʦ*opK6m]͉w$USh<n#Wq$`OQ?Ǥ|h3|^S)!@ʢN#ǉ1&ʳޗ~s&3O_ے.{KA2Q.7=kτBh"<9<w-ZQ-3
͢,gbdG%[ދ`QˠNռV.#Nܠ݉qOyѬ΂TɅjXϠ#"-\;uAc(D7ގ?L:-Nۢyka9Fɪ(0geA-P[[<Q-g9^PzhLtM^ʵڴ^7]Fǋ7:ݤ8:UĕÌj!¬=C6%~"ӻmx}wst+})ElY>L=!m9W-;F̤V!H8ǎj[_JOd3NIf(NGΩ!cu86	R2e@R&}Ŝ8n+ίGiM&nbޟjW:}l&y=61
&p$7`,``I6T؍Zm%)Gtjܦam@C`,J|Ļrg`ZrhÅP|ht0iM%e05
JAeZ)!qҢlc5oT:(Ly6n<7s1BȌ.z]N>#Yѣ^[tOL:M(vYm"˶}}}pȤpz}Zu;РI;FJU%NqqNe`NFkgBNL$ŌRM+Ң. &Y׎Bl ƪb{#JĪߵMt2tZ=ۭ>%ȑ)~w,imm`]ҝea~l2ԑۋjCrRX+Y0,SnI9?`oT.g8vk<|hwůSĩrF,X^^:VvG=}6:MNq`|QϏfyQ:X'LYEօˆMEXȝ?Gbwo:<uuʔPpEebEHy1 U{6+C	C$l8h 5Rsk/Wg
(Yū٭49ӏQ i(x8_LuV <A#|6"V'!ܘ$90]gcx3ϟ5}z0P"նnEoIqiJа\LnW$Օ̩+Nݤ1v&M)%@	M8tng)cd)%S^>Ipu"5ħ؍(cv	V?b{3P/Dɂ-=0qp#]]TĠ|zb%r?ޏЭ@O-iRZ~SD6{a`l{?kĽ^ĤdmU%7%]*]Õ#T<[4ʱAHx*o^e{{'X
P\Xi5،|ˎ#v̘Q0	
 o}>s[YpPGtEח^)MuD_>liՃE9ɛd G@TG4.[\ƿiiL7Гɔ6S7~ݗצ"!mIIX'p1Aʭs?? ]3Lǥ*ؠxXɾxV^ȭB!RSAlpϻt4%#9l?ڹ.owP:
WgXUBړS@WձKȅcT׎@{ײAth<HV=8l?4T=Ol3ìhǾL,\߭o#~לY,q&>.4T(Pˏ]Sj5L|hDȟCpv@AGtX]'~cC	:#Aٺ@gm94#)Dщ|PfOz8{Dfk҇ubsucƚYŲܰ\"qݗd[W=hM_zI|ϑsԅ_ú",;wsˣlگ<quQC[Ebċ;B%̈́/,ܔ`_=?ֽG/XxE]jx('e{jAr:~{d"#qOE/(
[K -C\*JbՂ	Ozth'=hǙd^x)xz-@"{br)DkŬ1tU'X֌W|p_*P&s߿;<GXe\zzlߤsc!$2i0^q_maCz%P%5/rgɖCˑ$OȵXM3W}OHQ*L"2m$5QT}v	Qf]aHTPnBIhIݧ#LH{S	O&B4Bitbcck(c-dԅ?&,]Vxҍ]u<M,гTj26P@UƼ.X0m%~RVoMpE,hcvݎ@ۿ"Ĭp	޽&[2Ԧ3
%x2bddվ*ųc6}sR@Gcp-MSAJ>]J_xѳ.W?^]ʟ_(0%xnݙqѼʒ7N T7-բżҌj)q mvџªǀqȲ{4<}ElaE9Xz.9bbjgzʡJCqΓ:?
Qy6ڹS%ߑ?^ͬ?T(T"<T'pPתL)Ԍts]
H;Ȧ0|v"_vAYOT,ՠ5Ocx-ώC24=cѫkm7}#ąx"C|.RF'3dyr߆̝?4ڮGʟg&p%2,ӏ;r5ѩD_u]XkxnuG#@%r^_Zށp'{,ɚ\1vgZ'cʰ^njjEIE:ۧvhv|ϙq@2@qٿe{+Kʹݸ3Ui0Lmq;3Q֤f,z0'&kd.mbA[4NsP:eiθ(ҶHRN Gh4 X}j>bȗ.tZ9hm|O[/EP?-5EOZW68X*qgUhI
#vRi?J
:Q"x*bݵF!xR=7_fqYő=zĂU*?Lo-݄
MZhͫ9!E!6"bHɯ&ÎJT9G}@t"'Llc"QsA,a ?vX6pһ͂MG`W/Sc]ؗfѽ˓wSj0s~kp9#U51LNT8jWB<,n^Q*3A<ɝfܶŲGgPpdLg@_(cf.T$Du"{K'&_6OOm`_pbY8]!X}WƖOJn֚bPҀ2ؘ˯>eyM#*(ƛF_8"8jM*mh˿KRgҿƪ'7ׇٓ#ʜ6	iBUaMYڃ	`dUt{")ȿI_o8t#9QٜehgS޶a)ͭ2c+C{NU%5[>z
սo3|xLTWQ(d3)X&՘6Ӛ:Ǭܨ,Ă|>Fw+|dHɋ0ɓJ^_fUcT
C_"x%cfS`N1ҟ^"8w6Cγ1GуtmFQG!9aGoPGhmwSNۍeuv1YzU<0E>r(h+:pxC{IE:gؔ..S\gш@t)^![.qlϾEŐ/AcfcN?pkum)AU`ֱD+xDmuei3Ǽ!pުüMcϷtpBz*D"RUxLaW0?B(1֜HސC%JMCׯXfXTT1H7"_ޤ_o:؜ScH,ݡȰĳ2L4ANxd9N;5.˪Ŕ51Ih\E;@=y?)aצ_&Fm	M@06LRMσRi|ވ -S̒a2LW
w[ʗGhgłgtf6kOB=7)W_̬]Jɓ7J>Q;ܥjД٥"ө\7tµ]i9`{_i?ŁFR-y	)Z
{fax8wb[Ц+F;!7C˥^jkd6
h$Ұ"1Bɺʞ^'đSj&+^_\o8	`1̄xVА˰ֺ׹mZ=YquZgfX>HOKB˽GNn˸_Ĉ4SaZA3T,Ƕhߚ"Lׂ$cKs¯̲ſ.sZjPzێEF$+8gǦA˕GFVL_̦T^[S7I;UC,]fo'LӘJ0'ؿd4>ɼByqJmwpcHIܡ=w0Fy(Ul;?m7֒{7|[ΛlQuWm1SgE;z$іD¬8?8Fy9DHL*ݹUPxȹ"BW0A%UgA$ăN9!II͠nfNq7+az4'd*kѳYDmCK	LcllZ	EbVsnqS(72A`D99Q/q+c&{,4?=ב/ZA{QǒN$,ԫ!įԇuY+Nm{تL"
scHj`nNu."ĎoDҖrɇ3[*BeىI$aA|R\*2>MWrH/mtk´< i<+mus%= #%ujK}A~	ՇMf<;31ձܡ>1`yZڤ1<stPJ%6T5/hg<n"-3hvis)ks-ΰ	l1,M]/S.h"vQ.T-!`f?5΍81c}h$?IŜZ@nlسP_1)#0P8VXDSVm.]~L֬&!'MQe/)G,RC~(d^'>OȈ wVkՠ9ձ~o¥IMQ"*=r6nbF/ؚ1*sIU&5Mv9Z=i-w@lφ6W>L/
ݰ5l)$52a,2^%.AՊ!'G,԰ba,QBrYR#RA{Rz/ˠHruY4r3Nћ|@2ӑpՊ<]f}۪ˁY>OxS$Ʊi{MS{2=\#@ֺlĄ!	Jt2!1%}4{_`CNBd?9aMDk"զ66.ĐpªSYm֗Зqe8
@Z#<GBl}},1l9Kfi̬)bAdfɮ7)Wb@aE\F	~·v>ѦŎa+w]% ͩЧqO"r6y6FR|X*}}ca3uʎĨ>[0)X;,ל	K;]J\nXUJ>v\L{wg29lḰOU:#\ĢKGmj)p{qqQ{uL@-	Ho)W1z~vJUӭyޣE]cС-`gL6L$|tԓ^4/lES6/w˗Γ͝^r_UjcrqY(>È76z9c4o|YlPjmUiA-]*\Pfc"AhW_k/jraک:˕k/lAh>(سR̩_P݋q]:E~m?rzn<.YNt׳cr#vL~3b٢`I
ݲWw4RϯaP})e@qsvM[$L2m7f%=ߩaPStЄgG
SyY$bBʈa!YWS}Hd,Peȹ$;7<HO2STs5f3Mtkrtyp4>Ⱦּ/Z;܊mor>$NwYeKź	lJn?0"{uɭuƪңig0_X͡l^7FyȪ_ˇY+îKyWй]ҚhhG)%Y̿jnfbe~-ԳX@ҏ5M7݂NE^"Hd0:v)iI u-rӠ$+#fԋ"NWg>V-e#q[Ϣ<h2`Φ&@2VBAa79b`!m\`JR_ga$!Xr8Q&.Ȁߑ`ZSo4%Bqk|K(ћW;TS}%/2#s3rz͚HpSܳ8%w'dA2zƣvh'0=JЁh^<@uaibe
/Qb)_{Mps2VǪk;EGSHG@7zsF=ZD8_XgÞ_نP^	^B(Uά
5 oß%mAQۣo-!$UwuHpВs(~Y#)mTy`<wS;}elӧȋՉ2-U
ςdNW	*qԵ
1+\Q5qR%l"t{44el]Ahē2E_6,ҮƛZGyނZTN+lc~ػ\O0{%*ACPc@ZaD`.:x_kǎ|eHe/fΨܪ$.Ƹi)ұPQ6ؾ|5$9aުf&1x;PȻt|ZɝʑIY:0@|;[0,v|Ux`wΝߡK^@܎`n8'9ޢOKG4sq$[K<O"0j=k$ډW۵:9+3lq5,=?Q*?"3Yy[]És^w} 4ɧZr˨jT3vZݥIu,q.,xŁAآOК#Fl3PQ+,Hq҄u0üt; $dn4<!kMuٟXgc'Y"$5e
#:C9ްί<~b3q;bB_>gkVMI
WGVzx^n!`sܪ݇AӨ,IUL,ߤlhfP0dgriy٘K=)}DQ;O2ܗKx{h6S#S#<3q{];ӢmRTmPFȯao(}ըLؿشܒkPou
j[xrta`X7]!A~p+͋p?dLYH2eGB1ˤ)˯JJ
#]71eT.5<$3żg-}>bvѡN~5ZM1US4kXs$!bՠ!a8~Qkq>Ջ͚#2g.=sD{޿L0OӺ{jњ3̉uٟ 7&/̫u,7۟(@f)/=
?=ܣ:jy61p#x8À,f$i>n2_p{=[v:0ϭbpNV7)bޞjXPV3%h
TM{_vPQ|4]C^Tnǆk"Ӝ7_Ϫ0wҹ7!Ro;qp{K
3'Ҭ@6?!h?tv`q0G ٝ
߳yE^F\՛:s5vj%R^"i$O*&I+/".*[}08"GoƉ=c$
bN}` =N3niОqBeƪ4|ʷDP]}ygͤ 'PVڋ?˿{bG9͇	
ȥƗԊ¡^DxϦ}4!	
Es؟DL^δB2ׂpR~/|@B_*HgLȧX<??MР;]Ͷ.GgͷOlthxl)sմۧ"ʊ͝Tb]_99lqq!ڇVٔ{S)vyuI+v~jKa^
:brŻ
D5$ruҬEV>-kzwӮ>m$M|N ԲNrojF]¶'JΨΛPC_)۰M?kBqM
iU1ƾ˘egV$.:Ux9JjʴVOhlcɚ``ǲh{7"$)ɏHXOa 1.#)DBj2ֳs@>gH>FW+6CYr}'uBY|&`8i	Iǧ>Y6sUB~..7vBWfBRDIDx^-+>rfH\AOmrGFߟr(tѾčhTݕp*	Oiږ)hW+f[xL8VUL$.\Pو~\HݲuDWíՠDDjķFrsg\)?N:ԣէ&XT^ ^s؟z8}HoAܙ?h$6"pCӵԽ)t4@bTm#TeuΔNЙdp'VD

|В_<ؘ@[yUH <ƄԄVhշ<&wme?{Gja^5dm(_lGvUJ£XFL#^	--[+U7-ߢw?qUX~eK4z7zؔM"'.GfC$;jҟ.ǜI~8uzhf(کJ0Ęսҁ$G6t,.Q8^4ұ׎מV&}8a2I(1)þΫEy|@R؜)`B)((OT۵WyZ	/"ݿZ^۔{IZi ^2TUu^D֍?ÒάΣ^Pӗ,/eܬs1!=?A1dۅ;˄k-?*kIʤڹfd~L}#<GI}Xzj^rxެإQyV;ʊ$YڼYmߛhι%h5SUVUuצ(&_v]+Z3ai70\@^@G?Ff:;DH_ca90p`<Ǧȭɡͫ}R2nܨtuMNծf>f*.XzhQ!v,ֲHȟZCޗPӿ%1Cf| 5	s?~+Ƃߠ]7H9gXIw4r}>ɺ8J#]8ˌ}Fn }2$9دȒ8mZ_#34͎i<Rn]%ުXTƬd;*2p=-0%~YןrauV[Ϫ<A Y3d2ɂFZ1'Y xV<}L-Rf5J>d!L؋IvB0	8V1 y//8FI;T܎v[F
~XOmG6*`[ʮiH3OFAJ{Fi5#b(0([yg2ٯ0'زj!l#nRWE$MfvèFemIdҰxG*/Өx֊8rXl!V*M!Djӓ<2ԦB4Gϩݣcɼ,_!B/^trԽ1"^3P[\rޯaA*ՁתBkbqN{ӗC&ϭzRc]/r_M2Y:fL9G.%ч̂qm)v4:}[3|:5̔)e}.fE+҉WƌĵF
T\֕NYWӻ=ǔߑTɮiUfק]`	ʏc\J$)Ds?\AW݈_ضQ+b-\,1;\b`nwu=E;nnЪg"F}tŕB~nJldR'*|X%	#28hȸ|\IPK4htrc?hMCH݌@pεpW@ɂ4˭l**ΖvXGqZd}c/fg!H03-ybZC=^l *ƙA6ts}`2>\ۋ*az {svӭ'OD=.GM[*NuS9/»P!,` ;){TڶVpϝJXLpi@`#=1U.yztP]+aT*X
u@<\e{>$&ՔG]{M0ېOuDN<6|`چ"h4_ďȶ#âjvh@	\S,	aG9a,׹f`#VnRR7)mݛ?^I~hK'R\cn/؄'3ԊKh%'@z12ܰUɥn8ξHǒ~!
1Tí3:`4ʴ|sw|o/¿|Cbj[d5ƙ10	Y(-֗?Qū@ҲxFfzxo޻%R6rrnQő?"d֪#1ZkӘ4JǬ<1lz4zP$z3=*I(VxY\paXu$I7Р@Spĳ{\GϧF`GcCl`P1%O4K@[?I|LFcq6;,q©vxDԳ/DOFIΫ]ZhXu7j	?f|flAҿ5Ɋ JWFNf}0ri҉+Ddk/W1Kłcmey,؝XD-vxEzpm̈́!>8HP=H+zbӭOsNK)w̌h Gݵa`x!(!v^XE]]rVsH?+`^NL2uMZOu+8Џ-ݐaVfL<&O?SDփ̾;uiBDFt(Ӂڢ_|/G#;PiXyȵ E͏xއZ	/
t
O4Z2`vb1WKؿFyWeaVv;M&1wx@+}ϞǬZpo@ڨ,s{W,_^HQPbۉzXp̀߱aJ[abF}WP9CǰWi3qrtpܘmLt
qzptRqρǖ7\JQum(Y܍kN)-P`WHƴ-؀Cܿ fpՏgG)I/:rYjf6ߡ9kWN3ݼܬ؟F%ƾ,)g .S<S{fOTO8cǎC[[φ~zUiɺ/_oH,mrur|$̈i#jX'{i8JkʈDkʻ(tQLЌ~Ę(#yئ2oII59d))LKuTxdȀ0luy'puv66ćȮ`A̕%U8sd:5Vm/,#	(ʽ0NkA6~;&2X.+wwhXg*hxVByM{1&RA1ʦ'.qBģ9~WWvi]Oۀ#-˒~ĉ,<Ɲv@g=L(_/..w"ϫE(SA݃+340Tbe*>,Dxgv>+:аxQ}Tޓ2%e	Y?ѣ)5c*ϻ#~h1Ӫ`n'iij-͔xbV#BgʂqݮΫ(sX)X̽ݪgN3߹;_sFd%T1?O&S{UD2p4eե<ߘE{H"\a͝7og+Q!όAr4,%ͽިعJhw7XҔ6{JKPNKe(m	N>]>^reI596!w}Gox=#U}g@gڇոe;ZZ،<X!x-ÍF\`l׀|wNi@!tP+v[!oX,!,Ɖ	>e͊ſ/zζW$ܦ0rzg({ǹfIe+'=Yx)͔ċ)sd<ZvSyKY)}GjĄ̠î(O<7<?	kTf+N]e@]ҿnʲ~x^.k$
xcxܙȂÃ46}a;l)#|ǗՊ'dk5Bu,JحKǅK!ISNM9ʭϻ7;}dM]nǋ"׺B%|~h<¶sqx4͗x=d+ٓ˺`th-v%6rNrzh"+*sF0N+ئDĳ=eek(=US7ԑjJ5wF-i+PxHP˨GSz=/[&i(տ8}\q^zLCaqď=h1vVn4v}X)1[fB}n!ǠAD±U"Y
T!r)p?(@s-]~!Uԓpӳ<;xFRN.ԘkVc	GiEp֓LGε~K.`W)Jחp~y[>ۄQk_`jV[eOp8,æY
0:ٓO2ԛ͗|ݰ[FHr]dE%AYxFGwOc'5kγC$YQӺG4[ִ#y"!D\C)irXT3߄FٹV^߅&QRj/sKigWv0P'SbПi\ۭDӜ5FM=sA=&xjAPǚ>`nţcqal_Z"/ovDޫOZ#_piCB.ͺaiU*ӑBOI\|pOhSF$N1V/WL.}"GΊ"6d6טаyȝm+7LPLڑ/:y^"fYfX4`ܿ~XBɴŴxƿu&]K7%0J*̌,5SEaB'M&'Emo>I͜+,zUu:?\N޾Y%]ǳ?#a/,naӰiAٱ{mmR͗Wުyk(j6V- "_ʰ~3-#wPəX%wIz1%ZKa\l
c$@K^cUWt*MB~8hAb˚/|yӑ:9!*@?2'˴:O!C6n<(nrR.!R,sG`ex\sWU1cˣ'Lٿfd+KCJCK.8NT:׎b=
m7mT6%޿S'ʓNtIx%\3ׂs\>xtQhoAԀ;q%ʛSJяٟ'GqS\'l],
u	zş'r7?Yq*oӡjߩ1]N06ˠ]ePNɄӍYy_M6KsnN.Y//܈h	ߔq!WMQNHO|R_}#˦Q<r^#'q2[cK2	1B޵bcزݛ duMJ&C"ϧ> pZ5^/iKAۺp]OLӂfU.NJuXH@E27&eͼ4o9
2yj'P1&T$Mi<b1>fX&+O'HfK4)
F#%?98%ݠ&*˃9kix_5l#+D2${d3
iQ/Ph:5jAJ΄¢ʈd5W>$ު7\"ȻS5imݳ	D@G>ƄK@^ZV,˿PΓEػgq7Z^(vΙm=ш~?VJƞƓ%`6&:!9[2jP;Cwm}UĪ Z/Mo5ԥW]:Ɏ×C2nP`l${#̍]W\fSvܩ*Q[s/%sCөjׄrv*	y=1?keFAUX&&3H	M|{Chyee)H?kFSiitiWD)iX,Q2d)}7[nBBǇ3ʕPMB>sk/t8M-m=#[0g%PVKAG{VsCȹƯiyYӽp0
=!
ڃXZlb)reqn+qhYspȔf֍1qPK5tkv5:=\գ.D;ʮ73GɭjbDJʿk]0@-eiF7xB"=иMn CiօeĬ͏(I-\/ݧmX2#n$'FV{>r:Q77N}ИߦQm9fsQTG1@u[Q0
YI6<^nݝo&y(,RGAGFcZP"˗V&8[Yp(
M3K@V-gͶ%̟ICg2UXU[Ӫ7.`ɇED5~ثOV?E֖KĮ4^
#	Ȕ._ܬl
1FWɳ_^M3>&bO3K(ET8yk^wGʾFN4غܩ<AީȮͮl˰#nhZI_
Zχ֍""f,"J**4p	FPLK_.yrv_%8Dױp$a-?0"bO%,R#(٩kWmήvCEcqh?tXij*۴'׾2t_a>y)%yˬ=`]~oE`8xhD";L12?;}g=md;QDd|o&~6N\Z[ށcnn~3Aq\#}Art`߹BTBʐ"ǣPѥuϩ$]hQ|PoihFŎ!t[M.;נۍijn%h?Jb?{ٿOdվk!-rYƈ\EEް7g)?s,Ґק"5Ku]D{Zg*D(ǻBNٲ?@CX5x9̭Tz0x27`Q`#xslק5q<J<r'?5pPRh@fzC\*u)(E)x֪|G8Kިf89ۨ5+C/H65Jw0׀v	:MR/\&ȦoGܷ,ճ!R7)pI(QП"cu'=4T))%̣#KM>x2 c)+,E8F\"w&!5/;Oǻi2l.0~u@/
=L:`=,`^!y?n#E<:	)c[{_9'9`} cNZV/vpЇeYI1VX\R6ݱk]y06|ab\j$=_sr1?bm2"P_y!>CЄxH jmOGWՊ.4D +w6.D@Lܱ"a_"1~}ȳko!P&/ LsP{4F#CtN'Ҧ!AQWФ\5¡H'jtemo`BӒrp)H>+z\MHW)]4/iy	>˕'%C 5dȅڻؕ9Cvg-2	
jR|ƙpXd1YV0G P$kўĈJ߮ԅNGXz.λeO9V
X_l_kir?إ]ɑRr|?%KZN\Ǣ͛,UFa,3, 7SuDrH pws&Q;imF\Sؿ@úpmw6DV@W*w?CDnՕ6wBƞ:tR=1/f[brޝV<b,o<*4bxďэT=WO/~@pƁ;IfREPݤf̳QM_l?K>\(k-@liUbߌ͟q{&lձe"jm8o="ѢcAI"WˆLnLָcI+#7`͠m<rxTAspHD MT(72YDiKR)3E߂qfh4('k<`=%\Mڒ!9{nD*<:,t3%,ToG"@Y3"ѵ;cޙr?=D\@CDpyiI1X6SFaBEhN$dϥ=ӿEKSMփMEd,Їl46Xãg8zKbՖj7}"?/WAt=59ѵamgH9G˪5,S_#{cv' xчs
T4tN#"iq[Aĝg9@s1ڸF}5YP1ƈĞGxWZT}nTke"t$2b.gې).LLuyח[?jU{_fEa[l7k#5bw\~GȾUW@ -%`iӺ<tæ[O/ ȓc:²6hOY_6qRoC(nڜ
Yd;\\
ML^j+R+%s[iťCߪ<$VcougBd|~_k6&[y;GJ>zծB_u,s(l>J/>`{WfӐ 4_=%hRymwPtÖD(}kԛzWnS<q8
ѲfBeȊrg/c~%qۈl[Vؙ|$-GY~9]ɞLӔxkVݮcȱA?wEJ;˱8t"ٵe@nRߩVY?ׇ)e,pIa"uwu}Ƨ+nw=3%|P!)7OTu΋^'v;Ǯf84ooL̵"Ni90ovm
wД{ħG?L<2³;Ķ̅ka-|5ؓ, ;Lm ^51Zro
k!݋Q3.7ή=RRyԫ$~`]p^zc1&]сHܐ;Uݼˢ~zsAЉ<^$ɋaWmV55qEY'1tu;r/VewikfsVZ^F*B%ٚ9
oV u)-K<0h̂?/`RH9x[sA<TVp*	ƞTLqW.ŉӀW|ZQsT\.lJ.b9HW;bY\K"/q+Y|^X/CAݺ$ֻi3X]:Xn/.JĦŪ*OXF?H^V0:r&ZY-Qٮ(/ў!K`΢}d
{EW:cCQco=Iޤhf8qש׳Q+/ޔԆ
%6;kWJw'@ǝ˝"Y.:,4`=hދ2<v5Bߒ6(ZF+5ؐRUpȴ7"Dۃr0\ǒ׮m:¥QXW٥>DiP_(ѻ0uЖ&с̙ʱ}~Cx^>=OȕJD]ՠڿm=yW5R۾"`Vwdʝ8L'	4co+֥xuOð] Pw/A{H;!MFk.v<;۳Xi;Xrѣ]"Ҵ7ovBLT}
wR%nn2ol1 R!|+xζXҁ\f4֢b$"@O#Ȉ×Έf[Dݝ)K$IaNҞz+ nʮd"9-ga@t>ˬƄ0J}	(bBVjj]Ѓ?5d`
sĝJ^*G\vLx}-4
5TIP۰M%<`aJxX|nz
RC[jy[!7)Z{n7@C:׸ݙϕH|9.5ws-W<e[L3@ڹ7%u>vǶ\_ݨkQW@/TSI͑;;Bb'b,SX̯SӂY/(ϙ&8xdtSlžڻGjK6'аV+aO_O^ɿx;y_ۗ|֩:z)NrCG?֟zփGPi~:.Ȇ2O/KB6Jz7}72up{W-Jfy/'r!=ޢ8{}

TIN#MlyH
m@ϲGd0yU;܅)"X53=ގkq`rݠ{'l"@V]e?m
XИ?&Tݸ.>{SaYЯ_<&'%HǑ[=Y8Vձ`)%W#>_{?1Uf9`3)GY" hnH.ˏTa+ HR>%!5a?HB%@-y0&;L#̛KP׀:BP/kDBjОIfѲa+Gگxڽ82؊@1ܫVU%hܣ2_nd;DНAV"t~ȑ4OS,Zɧ^ܿ'sx,޻Z-"?bGS?$?jJu*B3ܒʪLO;L7͑h_0j7<PհM+4P̚ZX,tx 	l<@<=?{b4!4:ص8e͒X\TLSظ>bD!=^,ȢA}TJ?xp}F\c
Ba~d	3+p/\t/NNN
elr,'Qp0G3-ʭOӳ{)݀fPߒ]SVg|(9B.¬knQuMRž''E(94ah$VW[Zv?eRrBѣQ
)gǠIbG.@q<QK'3iL
*NԒeFcw38eDPH ?1~Dڂm"XJ$@FW1ar@me*W}MdՀҘb\дqׂW4ޱGcIy\15
nV_,I_&·~4sdSߋ7^S΃]|0LƶVH-b@vV@Қ?3B^JH˞|UצVW3Ķ?˕ڈW
\xAB!ĞҊld=;^9/ݾʚɉu=gPʧsP&4u2ˆlɖS6,M5XGzN	{Jx\vh,tkѶޭyG5:˨fWo׹ښQy
h#HweՋ|M40j(zާX4N	6Ԫүl0m̬_<yhacWA1ȣ)wlV*Ιy^'q"îXbޠO{#fQaIH(:Y	AX&cڍۯ\Kȑ#s*G<j`֖&A&nE]|V(D`

NAqXOԡY%eK9ۅ_rk.iF{≠+t{LPELߌgFsQA`tDrχfgē.81595	G++äQPWVZ,2a6Uifq݄=Gq%h]aN,_W"67~hˀyDIܴ^$-|OPv`ٱt&rKhs`DAn#ü{.;uЌ$
|/4'όF0uECw|K|	;0(cè\UɩIq>TΕ]mWҩ-˷	m`ă6];yzԋXʼ~ҮǱ]WWɃPxRkIIb7yt^G.\(iXhۉR{u?7:Ȯl@ne1AN7/#Ɋt~iUC";;gpEŀG0NQ-~tqܵb+>SSWYpV4"x8حгBHݴ̉pϮծb d =S&YSm{IWi]RidL8L(ÔJȜ%j(vK	ղGUHgX;FbLD4&^9ݾNM4yT""%*ZúV#Mcë6wR؝M`haŐMS'!6
BhT?w!= nWLb9RŝϗCDی\=4=vbWnkwyasq
kt,ř عHV
ް@?cʹtv׷1jlۅ!hj#ENӍXdh*(Kv;
-˥m}-п-ezȑq|_r
P1oi:&sRԯ#r")<:#Q; ~م Xly:xd)yFt~0#/֡Tmf<Y@5{Bw<ڽxW5h6#ۢi&wܫát;R̀8-tnD2̟O"|NCC*JfyLo{8Pϭ&8a{܇sKťQV.sGү-Ϡ'`C!W+@_E9%jp+bl@AJ|/w<2tH%hٻs~ox1ؒ*jK
ne/¯6*ϔc=ug
0 *GCZMs×uZ۬q]KQ!mw>LU.uc/r7Owʿ1SE8ZE"_ub.[Ck
]ACmͳ޳ Q}#HLىWs&0xAvDSr7޹z+\oR^!53IhƉTRgdR/-MmYїVܳ˪4t=ߒ{#M[ԏiW)W	qF:T=vQ̔t/Š}{*CK-_ҷ		m\&0Ǩ#5vטi?+%դ=.0ZPDoa>Ž>Pݢ)Mr^ƨ{T[eW*,x1xG9ήe?3%G{	M4%92=sFfjUS0 .rؙHŤ@``~:&̼IGcYJ\j%'wA ¼;*@k.m%;[Ü)Q˔M74kǹˉ8F Cܻ,.ٟj0rPYU-H,5Ҟ{WEw~	 |2XATq̲ùbV4i7\DO(Iwhimَ+=i݀JۖP^UJ(X9Szh@v;><h]w5Մ}ɡ'](NS/59iY3ES_^sOm@kkPc-M=&ÊAp2ΰY9Ui	&G[dۛ2#hTcrw%;9%^{l^`.GM^k[[{Is-Жǈ֚k~ژ{/VuH
ZOs7ϩAD73q	-	VmeAI!Z `KyZKiDl6؇zc8<Dg`\$[";tAdJJ˴jܺãP2rzfٲ@T۝_A!VpZF0t2jʁPXaj5FhKx*X{1M=е	/;!J:[9XSjb1)iEp\Ǚx_fjޡ9M)6|cpW68,e#CGjֿFtLV<p܊5nsM:*&$gRNCXUzTEbK~޺3'u:[͸x^Ev-!G#V;W9pnÇۊxz4my"lw_zКIvwrƇpFp?K3w܈^ͨK{uZYPq,$VР)=r)i>!A$ĥgREyQ5bq
tJ9ooɾ2HneU-|sB"թ)Dъ&yٯLFwX?Higmϰ+&,*?<f#t*pF*۰. XaEؾRљr٨7[!Dĵќ`+8|oʲz9=9Sd>kv	Ghرpjam^U)!1QS@ݝh4\jO5g|u ^igF]%Ts/KDU{FYC.Mʐ-j#ߘ&EPVS͞_ʛl{=~UeY5;P>E:9/D.`PbPD!ߞ=i[.=5g)H>
ז|3no$=>wuMKgJ<"zVΥ$b0)!0Tye@ֵ34'0ΣРp<kk:-C/zĲVEѹHJusi+OK1vECZ]/́qhGMV*R:4ޢ0FR[]\"4%GԤ8['>M xZ*M[Hj$mQ&`V$Iy@2řvSv:gQ֩M)	3Vnhqn516(.@.v:3p\{qk؉YZ֑hzՋpl1<P0sZ˧РT8]Ę7Hf?Uk==y4͕^c)<hӼ|R`"ԏf+އF(֙ߝA[g|Ɛ7jaf_K	E!X)h)-t%H\]Cɘ.&hr*OKy7T;1د5ʛ{JQhFh#S\LLhѕ'gD1{yb\y-$oa\?-XG:#FLv޸pN6+Њ'IVxӭB|٥2uho)~w-H1üq
 w#?DmڢtC~QNQ8b	0OEp&yoi1ć߫@E'^1́>VaqSҊoE
ést Qqvڎmp;00'7H vEϑÓƥ 5{ed
^Bܠ®	@a[z, v#\wnu09hɛ(.P	+TA>yʟp-ag~+LGJ\J'uǒ0Qvӵ]s}cM sɲuM.3ޡ)-yP*F!7>=j#$.Ј6.zQ[.YXr2T[Z5@ֿˁCZfץڎpػtȉtORP?q̭͟=&`w[ZL.[`j^Un-c?y҃D^JG0YxIb<8&eDKʧՂ88#c0f/JςB]f[Ε3B~Y;=+'Ehْb>f*_I
Έҭ\dSl_۝Om"C֢ħa<yt#Gr̝"+: 4F0'N3F*&oLیԱ֞Y!y006iham؃K
ZncͻZ̈́xD׽ޱS
ǇdPjӾXv-cMK:`PmLHEc>[ӵǾJCʰڂhPf-#m(x-ҬśܩȍBu$.gYޚEt
'TR*L/7ʰ`fpM4|̍GH?4tfӷA^5dnB޼Ye˓%BK{
\SVrCH\1BL\jHTسA:׶ZZ(ʜNR¢L@Xx/}(k|fٿ*ACRaɂ[_aX.}w*Viܸ[ڈFs&ߓb@HsGǦCڢ${ƕ!dE  9mauq=Ω80:t߮)%eu-ÔPN/Cљ|y:P)e¦D{TלRVH,>d0ce aTgk(gq4M̹iѷ٭Dd5֘4_Amի22Qy\."d;zփR(Q[r>ǵ:Rz?o+~Yw|Iuʼ~+9{ISOV|}Ě}LA֚ѩFEqIdaڗ#NXюPLhx>kK*,9OamYE\ޖŽW(Y>r?-,˺xS
j*S	AQ.oՅ>rGap8K\!&WY'؍`!zO˯r@>	7)VΊzǔ7t
9"{j6h.sO6SUbmjHB6{͒=dB.186
<u%	Z`̒:0Ĕ5[j2xRDAp	3-nu9Hlz_HҨruyޣ#TϤWG<OXWdA
h(S81 Wɴg՞R	5Z3VeCxOHWkHN+Yq$8qMX"!ęQT(%ݬyC[>)e+=׋G%_00MK`Ӗj`VGտ,^'gA=Vkݞγ99#'i}|g=1Ƭ#*PL8u[IFKrͳAX;d^h-H%ę޴1 h'K75G>ߖd^q	ɇVRIiur'!ķߐun՗3?xYKóuőNuyxۘN;Q#exIvOޞܳpZ_/xޘ{Tc0q7Lin'\iH*=Oɵ1`:ZUaTl7.V^|=uʘy@YM}4\@ӴC5)$Es8-ݢɁ3xK?9cY~m-kߪȪ@i҅T}[Q3:iU_capc/"yfO}rsȡ	R`>kƄipmBI/KFW,Iv}0t:Sɤ2.^@].hZ0ǛJ?-bxb44t6ֻq/93OHi&BaaV[6phm&рP:|=	Wݓn|9gfjrg$PSJ5SsClW.ethL_\K9+΢6@o)<51u]we>Eqdpۀߛe59Uc
+<e=ͨ+˸`2WR hږN#\P9`y3*L3Č3f@@ ՁP-:y"ȗ<wѩѥz^nb/1ýJLpه@&b<Jء}hG/'s,X{*h#W{{}?ʎ?6-Kфmw],PQ>iЏɉw=ܣb)7o@\*h8eNc7ObbD3JS7s݇l~>DrOl'{k@Fkո]_ *eɠvhM]JZʲрǂзH@ٍ4aZՅ'q&f>]Rۭ$@Ҍ\ɇ	7Qq7uػ*5GciY٠~.IqyONCzOQXy0c^34o$?M2>xs]p!mK-b&Ȃ؇x/{Mm"3A{@dwEnSKMw<e?@јu-13h\Ka8Q>|9caZB[T<8dGڊQ|pδES=|]A ǀrCNwQ.4%ԅH2z9<0|IZAǦxce[Wy*;8݄*@*+SͰ˘tV˼Bڗ4q8Ac (9Z79+ܪn	NÄEΜH	3aρuQ"? UF\N<xwYn++l`ϧ5eV&MҬFdoHfڠ%]3hc`h|d ~cbe4l&;sߵ0y@ע,7ެoq2ruߙ#fm9,ԙx0܇O8J{`|Wv̈gJv33Jۯdŏ`i$-#Ýԑ} Q!6b[ވstp׈I:79Ҥaf=Fά>-OBwrKo̒ۿ;w?u~D#T]K{SosVjIO;;{|k S{3O<L{@4̴Wl>C,; IQ!e,EeٌPxŷZT|9۞Ėzs*ҫOfRpP9nl;$]t32-=0߰cU߭toM"ڬX2۰bwӥƃ!ԈevHyʬV,:IpmG([wUz=,K8.ղoӛ"OSl|#N{.IҹOopշ4UI{h"ݙR ˞8n"i;g;Ae<"<ZLo!VAlPUʔأpM.+kȷ_z~x>֪ݞ~ހd[v2%5ҳ?K6ŻLξ}]pMqθsYax/ь<̠Wg$I`ua{,~U8v
TjROA+|Ɖ MV_R'@'i%f,@O7?G9*vVSCQLcyէjمK:Cjn8l؃AX5(*ū):%!p+VɹoeYtQxC=	YMUC(6#Ő^aٍƟǱI@37C3zP'LrS95U/\	)̯ߔڢSfxiܜ(ܝGb8-ͩȶ^ەR0ԚUO%i'PxB
r5ҍ\$@طd4/ݮo:4׾$>X}7M6O+-n**}RHQ17p=m*md5?_pXxڽ(	M(s%W9{gbGd!тyYPՐbNOӤAGǿFyzӒڔ=ЎCB8\v2^Ԭñӊr3MdI6 ݈a6wOEjKlQ%cQ<?/SZto8*;ڽֵϤ9LUM50BW[0tgm,+i)jwډQ8Vt\{f[oYM*&A}
%f/]ckPAcu9#cʚZsuLtxޑ@)E/nR!<TRV^{d{Tعf^c)GEަW)1HR3ܾk->ï..i	b݄TV;m|]zkdA?y?>уB %y{}S`INt4}ݞH\.U+lM~͋*4a&߅xt[VYՅYv.$Xp>9ӶrPjϹ"7U1l<TL*@~J)YRjPu ]ψ'έӄ6k0|ǧůNSh0+g2foQ}e5m5==CBcpZ֖@vԥl7ϒxϚ#.]f:X9}SgڔcoCZ[wUj.8a\A~?< (c{c5vg^0	Lx֭Cm+2"^s="cu^^u!fpQuOS-05++͒gτtdć֩h&v02#i`f6ûG˃	4WS7[<S[~(ZJÏ~pT_9L=
Cџ+[an=yK
2W M;!-`Qo
y
Ѭ'BXVxTi4Vk,S8>R`Hx69m&0̮1#6Y<C>C1rFYvTФ#>kœ>n7աZM?'w(''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(26762)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
