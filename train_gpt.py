import brotli
n=a=0;b=1
for c in r'''9]Cǵ
}À;A~rf3+
c?1W69g9sR4؝;\6A/1C^Rb"=πp#RLfa܂Bщky2<αqnޖK?.7sP_RWßz˦XUk"DԌm{2@ݚK`#Z8(^e]\̮$yYgb		q`ZwG"b<ߓV0ȎXrEהgA.jM3ʀ.m`G%@E2e6V'7sו	[eȷ6דt@YF$FrC!B!
ٙz2}SEWYz@SEu[p4߲̘"Hu_כ(2sM[%pC̈;i1>f}&Srn>Uf#tZnO' _C8m$
9@6oVj9qoucs`ˉ|_r|mHbިhѽ7w6`q eZKGe--Ϡ1|y|ZEBY}mv,0~[?`IoآɅuk2$=Q!j:aldȃyNqγ(lNmi)"ٕD*sSdvGC|N5Z%[F2!9ۤs޻qhRϞNQ")]/Ӥ0MWtBkEB&z\T^.+D7yQXC'RCod<t%͹۲n_`UGȝvo^GD ĭ<΅[T̘*w"#z %E/xg<I6sfuzZWQyρ7$~YCگәQ̛Bab!"~ǅG@UymȸK'Hr/ӿDV>}KߒcwIBԿZ#"FɄ44^oRHrI&%hCQ/ùt+CY̒}	p#>ɮe0x}ިCp2;8'p־P,5!ע}O:7=kY\Wopg@5yMϊ:Y?n7D}|*G`_6aU5-: ri8rË>N1M37Wb^F~{}I#۬!5c4̐;ѷ>mٙ~"L9~!_K@q6\4\B[)üL=֔K֫xPXGQC~/A\E.Lԯms!YfG[ɭbr҄,91Vw-1*vJ2OuӻRǄ}|Ik^Fȕ<{vu*{~rI3)Kִxb?	;>[q;:e\8qMcC;#>;Dӊԍ5=C4s6>M}ԨՉh]!',S6if=+t9DrLE JAwȑkǮ}x[v:ɇCpӓ@v	ny9jEQț,[^݂ѳYZ\`
ذo
ȡȗ.KuDܘͳzʅri*;	nҽ@86,۔w_xs-,MZZs+֨j(^NiJ׬C$GM
_}|'G	^3Hscܪ7:&Ь5Ϊ/A>Ѕ÷/)R;K78x~'g+v^:Js7]gUm!o[nAuy'Q(qs]kX(ٰkP߰)	smAE3٘]PYC}a^&J^(ˍ>U52ų-&0e8ܹϪc֥u:&[*U[Bis=N~gI:!w1	r_0?R5YOm61=b\z!D@}'bѾۗڔ9Obɻm;zAe>liɝӳsͤa[vdBR&!~Ȅ3/EiǳڳRgՋ	U&;އEŞ-<)6TJ&-IA*atHl,>ӿ޹LBl- v]+B9SL*+Ϸȼ|nȨ̜BH2ZP\ڻˀ#<8}X,oݘ%A2OcD97`:s
Aè"Yc|e{ӥ_ˠyg)dM`/i,BWv0a,Dzؖ)rWז7'M3Bi6<|;8t,\ snJw,NWSL*c,-|%AL$z_ІV8I(sĤ-J 1sD[a90_/l#_CԶt.u)npŴ"mBǡhBVPF_JN%+\_;;!ڶa?T7]po;T/Vʮ`TL]mp_:tՉdKU6{V>mďY&͍yZdZ}8t:OofILcr*[-I=OZEiAZ߃=Z`5:-W	T@+w׆`V8{C_CSyl[oNiO0?%qu˶;lAӧfN7!D}V`O9EsD_Ƣl/s*?\]<޼|	#N\w;AV Yŵ	ػCpd)NQx3W.e}c_6'O^o޲~F,QUzUҁ-ٮޞ[ïQyx&Uj{p4-&[iνK^Ǥ=y/1ՒJU5(3W1By<FJK17.O#28ѯO_	j͝
{*te3f֞p+U<3M3ǎ5TзgOTJL<1ȦcF4b0E}yg+H3kCm'l5`n&Dka@ b<,"3)WpQ&z3ϟد|o+XNIӁ`*!NMNؘG#/0wg^n
H4Q^M=Y	pOpeI#sOcٙ[x"ҙEpMۄRz[
ˣ֕!gGscmZ% ϐ:Y@܃T,	"ՃRV] 9o͙8s7h2+v
iZ~^$?'`ПPQ\e\oTϜ{lFOAc$~hB5hRo *&WF:&ۼ.qiϽ|t]YtBw3
ӂ<sS[I7\ú?*ցSťMh̀5bmZ3[n
27^U&VIS	g*{vWbTedU6$+e7TX[]5Q?/RrxSb34i5,ƻaݲÈÔƾĮةFťA"G!VԂ)N%o߇ZPvr¿eтA}C-}=OOF%a;,I ɧ^*atjV	rʇK_sayX5\ЧOV¿vG#knm/k ŦC
F{߁Ϲe1%&aQp2՜8Vbk;UgE`93٘w2
)	Ƅ|aTlԙd(6l$~5J;#>Du{%"~³R`b5y6"MFU?'Xۓp/!v.?(pկچ-<v2Z-Ke4yԸce/B
ҤM{}׆Z>{TQB@ԝצ2Utcl@ߐ( _o+8ۅSR'Vx"9>׫ڹ!
N\%+7.oLy{K[;%[ܲjøy\yGI=9&`G!#u9Qgf(idđxƎ%pB!)6?C1A`9"fc8?{МI[.vبK}҈c۪WsRQǴ+R="BK*nϚqA My͍'KTMAIVսc	R[3]z)`xsĺٮjoO,SY>-?}G|qLl.@%9hVl,y(q!͞#{%@6#g8tldͤIeld|-E?~+&;BPYyS
h]PI̳^sHfe٦ߵvE5cmG߇XX^7w0H;d)<l۟Xل֦ͩV{(!S< 	y5_I~e:	_OK,Ґ̵8[S۰K|6@YWaNsԛ<1Tpʠ2K	6ٜ
ֽJvCz|=Ki!Wz-"iֶzA!F		@
Q}J"*OoyCb?<jQªib1rAA\HZjUFMQs!ܪ26oQ.2?do-DjG[x4?o._u/_ޱ=YjPEμlbSʙ2!?L<
A|JvPq)û,Fyؕ[=91A)/H;гWZK,;3}ZB*~?AR9d!KSsI3-
.ƥOq_}{џ2Ε]3|,d#5!͞EC-1jd"?-ޢlĻ}$ۘfʀőFk0=d0ŎF	)a-M
?_dhDuw֙ޡ_Dԟ%DibQ:=!).Zƚ.3P,"H)ON`kTy,itS*0o}/Ohd͍sl#0ն(:[~o~e|ņjMdT?}ӊ0؉#WK||O_l>,QcQհ&2*HkM5VZeg")ȌͰu=W87MW;
"uKħy6[ߌ"h5mƥi!!79]~qJZrڍwFlpL2?`[:F},}#8%ӹ?RQq(Śyiu>9"BƒuM`֜ٿ_{nyt"Gv?ƹvrӋbe߼z	̪aL6$;m#	u	5~*2B.zެbӬËg%rܞnOfZv<\^NwxZcLHeNJlܣh>?>tiil7Y2v!OH۱@wۼЉ- F	t*:;UİZY7pQZ/C0<OK]GǤK<A=DsCbpCܜ?VLU
yt͎!6ƙҫ7Aei(0SF=<kX1mQ[ m]<:{G5k,	4J{Vĸ؏N-Xj̲-ϸǛ[YwrlB^TL`!:(UUYY`<t)K3c׆xQ[vע^(oE- -;Ļc_7F?Wp6!/"ZTטt6ȆxXmvS}1^7-̫Ɗ"?(FڀAPrj%ѓ	Xu3"Um^76)~Nߔ$dXe`_˾j%w\fК~XC\i2Z p	OǘKY<zK DaZ?Y<Q?jɲS	ŦS@eX?rRg"W>(u%6o)+;׿a=-!$$1;E؈#%)zމM´ܗ!rq5Bʣ0dVhx	}yXfD:Z8]@տQʳfoȬP06"˴ϿQ7z]z0bK;H'v.~_GR}UdI_P>ejX[R["'6ͯՅ?XS	[91շl|1[żnΉOHΤԢed"]%ʲ)W	l~.ǡ:zE3',ɱ׭kߊ-pQ%(	jbW5O35H5WiJm=xWxǣ6EX'@Sm:'#]u tǲz{֗SDT=di|pHݒJ&yT=`zp-.i'^3֑8,@lM&Ivڽ|Y]śn ZyYnGs=WjD7@J.Omm$r_I8pGXMOBA@-ĸνWZ&wRD/%b:6s&lx\ϖm:FڼNXLZM'0"	_X`Zơ1@yIuĹva&_2NV=Ҏ.ܑ!uGs58mAd	r֛1:aE,epI	a'TPLUѧѼ@¹*do7_;1Se:d]au=%=pɏ@|`8ۑ<YԝLKG:#9@dθQ0{ǔMV2Gy9<Q	!6CN9ݳoqX A=%87r$l=^Jaη^Fo˰1`D8%nb 6,-aaCE+( ,==Ȫ9`ڿIyt99Nr$LU0pAyzgӤN26l+DsCZbiV%7ˮK;.Fbyו4ۉs./˅)NzG n<NqHs͐?^(bq$a^\ő6tT.zrC͞Z,Zj;PsHfiQprU*C#ڠDHm8]MfUcBנ	76 ۆĻ,B@o^N&g&Fv{הՆqt@ִj
3zn_8}&F(qun=x7\XMBF	g:.xH7Bx#Bߏ&W)"!%[6ς0cIjȬxc#Ns˪$gʂLȭZ1VB޲+R*ڱQD{	m4k26>svy,ݝmb:"ߞۺkP9cj/Sϭv߃niB>d*4).SPگXl<
]=s9~Oi*8	߁r]dyJ3qsXΓ154#NK;1?X·=e-7B5ڴO2dz5_jwez!%w	ThdP(ДnV׷ǆa}!· B٬d(eХXHZ=ֈw_҅5qT~X=_!<E9<cN0M:	K	͓d+Cm+/Ɉ;{3;kmlChyR|Z"pnjwâv<C{˯+Pp+V]>HU)֤Jȸ2AZƊ=O( ĵ+"ːǺxtN֩FE1wǫf:c5
\qQ>Z#jW\W($V=~t$\NXJMTޫ9"y݁o5];֯X>SއY1e`6Gzɉg @ļRͅN:?@_s[*{#( jQڙ/bRؽň-QoWH|ӈ&ϸX!jx`Tq&'Z2[_/a+|PVRYct@tP[oŅO ڱi"Z!۫uxE&T,XtbAJ4֊olҧj2CPߤ)۴gXȆ(9+2vנʓ{؅Dݺ/	Mom+IӖЈwKYɚ4%~Y-:} ,'msڴl<k/[%lEstf=ci^
,~]#IծhS+`e*V@ Apj~5	!	KƝlY9;|تQlld(StQ=ھLMx6&@r7Sd
֚O=3o@FmC
aiױĠrob],@w~ǘ	!MqeӧZ59bN[F*-T=,Nt}$wd>\͌O2EVT.1ޡ[
=||vL&;	r5qfYvr8O!\5&$c>g'h2OLRsft`70^Cl-j]VIi7K,r1V])KfU~{ܜ;+xw6X\TLODG>.GRH*(8s>i}'kVANurxF5]w_Ǧ;دe+\og»ÃŌM_mq)cECkGe^-~IhVK]&30\}C	/[.:1j&<O3kzfƲǈ/8j*gcԯ"{K}UC=ӹ:8^XRkpσ/MXnAĊgKudf;DzmYMI:NBs:& jx_gp̽D!W8
)&ݝ:J3ʛ1G!VЬ~u~ͣ{'?Ӎ~EHϨ~D@˛>(_huyţQH=YThпm9u8YA`@y/!Î )цQ](2="VT;_xDO;rYƻ	Cmi4ib{ǉȸeVZd4B1>R	ϰɊSUϬ)ɲ47bay%7Ia_9*!l{="1OCx"3TF3םAռb?ƿVkSnqc\Θ	1;4<lyLŞoI0oF_*˛Ī*ǦLENF^kL+i7s[VŵAo~.Zu}SCq8Hyz3g>n~7i.Ou_rs$˓@?sl|nF+)UƘPo]lZ^-(NzMv3qjKrɽEO9Η:)XR:%~zlLbo:!%ۥ|ĺݒq;l\k3U=F2_#*LUMW:@se4)	]oKgA{tbOdLzՒ_ޚdxHE_6H@s&uZqذvub7dʁ®y*~Mֆ]uڧڏu2l
Tk˫b Mɼ$#/MJmN?-55W҉<NVgU.*TeX^\c^&?Đ]JŬ(H>@հfmC/N]88+xb"<oV)cO^=fV'Jm?h@]fAmĺa ]Y٘vԸ"kTN}ǆ}ڞ)"\ROG/6$9g@+ |o:~Ί̐|>"԰YI:h#e8TY2u063dX@g<oE2Q[YOהiQPz;kD2U}/^ʠkׄvwo9;޵ſV%GN<UmOB϶]JZCŸi%fVsD5!n/ϒ6˘IL=BxT̎Rk}VsD.3C8TtVQA5o]WE/`aIAίc7Tx/˪ŚͰx|&wo+V?/`&(:/ewPRJ։t:νhBi2WW(M:t$׈jIu-#ok6}DykhxmRr[r969nRnfMy^.-JRUHxx6RJ@oߪkLw^\Jж0"oyԛ9X`666\(B0E1Zۄu69y5(-Z:<uI:y8q`%e|Z9ZwLf|SY(TfS_ɠ9o%wИCc]d$_9l)*eVMZ<`>Hll5-vH/8HT
ľ8UЕh<j/IT;9̻dT+#}wޮH7`ײz!mmѱ+qgi.Bp=I4l<GXtž;n4i$di`J\3GF9dgK"7D`/i:&HApwg96E۩$N[bQYYo1̀>L:9I\t1#SL[<_qٻFهtxqS.'T1՘0rCIZZ>ăTΔw`TWPӉ=54ff+k	uD k(i}_%$k±,A	jdǏؼ&ќ>r]3k6z+$4}Ś}RCN$}v'Q^TbDlX)UErtX͎@N4o7hӳ!9CLXH`j3
j ~Ś!ѥYb_D	2J˓=e'Jt)le9r;@:{-0cvq)ׂUЁX<!Rl]$+>w~ES4RmM_Mj"NyP'q%7ЬX?dcܺ'Z6̗IԴ?cjS] 7y-mb\]IfյsF2ЃgNSn[/õbH*rݣYPRCK g_O {l͝5Ki4ch@-Wxi6ŵ$rt!3~X~b"Z>i=Nk:BHV=id<%a%pl_
lm@@4?loM9GߖxL֡˽c|ٟج4BAҿ܆.$R?AޏY?\ģ%u~BmAe{"BMZ	~df2p[rlJv-4ը5)]bBu}2vhikIzO\
_\	*0MmAq(MuObt+GxYpnƠL1ΨF5D?ױ3۴wm]Ϳr.`Trձg3gjX~[õ<p<ƚMʭ%ÑK?}y}$6/ٟv4#FgGbuB]TO	4Yw,1ؿ.q3Eٱ{	mô3\s|۝jMg~TGMNV&sXAΤݺF#BDv)((S[R*`[=3'f|cDɄ,ơ8que	fŔ_&|ʉB8,GYY#6wW,[(zٕ|QD8&؏?mij u,I<8]K#2 }3CHZ˪.{Nȶ?QY*aeDkϐn^Ɔv	SR4myFׅm|T;fA4:<K*=-m!	F"5ifAvpZz_eY͏ϔ4]XdoK*EcE3)`:S06ր	7m%5q?TG Wm]+}Gd;d4
e&`ĻG^bl#IlƏHמp2ԚuGmhJƔ/l;2bQtG= 8^_Wn:=jmeCT?"i/-NSJ-Q¶ei&%pXz`\nR0Ot4Ǎ#A..xdlc=i؈U0	%[hɟ)-Um>"K`Dlfa01jcӟg
xO܋y+z9x71R=r׹*@AcMO=lܧ|۵әZ5EVt{2>HxDHOڶS~ԑʆ<	JW	taͤϧh*b,4(|/(mw$zi5#{ܘ\*jT
%(ϦKt,tۏZSsl_\=:Η51cS֠WUb{Lef_g(Dh7JPrs.x|'̸7.JDIk'1Ŭ؈Wɞ^ˁ23 nJcpα3w<9ee޵c\>afT)]~M'"D4X2X5Q;g%Z4):A	+1{ӎjֻI0@K_9<\)ϩWt͹b|0غ1d
."*7xoXΉPnK6:dAެ#<LM_A؇!Z7sQOk(|с.ə*i>VrEj lan~^M:Ǣmi4WD'ϟhbaSb8ӗ'KӔ|=݉śڴW~[<CJmbjȡ+kR7Dv_+< A/W1ލB'>i #f7~V+XwGR~Y%׻Ƶdm<1B ҷ@D{^$vҌOv|dl8Hx3P!p9YB<]8T)U $ȯG9f:q)wfF6RϏS
e;v	tbNWMSjE	s?:XT"J.4ȯ*+wAq߅ɉ)#M%'m!LpAtJmr&R4TPߝXp]ϹcùQTĄG6hƣl
Ϸ=*yn1һ
U25ԞgӯʕяZlSEp_1Y30v]8`F(|%XZ;fupNNڲ[\-P7W֑#	{C^8ݎ{j>kEl']YhA*΂{_4{2'o 5^L&,~P}@[Kt#H8۪Ü_I!'X˱kg`Qӽtc=knL\'309t,^!h۝~I)ۙR	8%qIR{aT)Ri&~#iF&WpK
ֈV>.6@ک޾b[Mh/d1m~νw)͑߇!8ר
r0͑Ux32Zyɷ̢}B!ޑP΂Uذ-tXHցX˚tSY"/k{ʶ=oX-N<=`nZ?zcb5r5ݖv?P*V
&@a|4c|
l0%0	Iv!#'JF<if+ٛ\/(NL0%p;g?QǉͦێzߢbS@\d@)X":Ҵ(ǋ)t%Vc܂{dZXcsd)π_sʀ-;n͚?>@(]gۃq f4n  'p'9߰=Ǝ iR;=$(t:ٛƸAʆ>b8a"{ҹfQڬ2zPg4	Z!Bo)=nO5cd۝Sniß[З}JB"gpfؗؗa7~{[ߋ3]ZƖmzn,WR9%R"=B/"dL}9|{dt+~Y1x`[Ϣ/|SrP?'I^ƠK̀;`a5b3}(s;Njg:vH6$t\Rs\ޯ0@WHéޯߕPʠ;1xpc8&Ħ2.fŬow3xM!}+P!i'߿(Ø=ZKגfƜȸUqD^XX4Ο\vrUԕeQ8z	._8҇2g,t.C"sl<ѡj|­QZmK)393yr;Ä	/L?"[>ťŎ^ҍb^W9TC\K87o/&/Cg OÐ$=}hwA.2iA9a;Gh NzH/9Kgw܅nVd.2zy׉iJj'cPX֚y!<=,@AroYqoo/Ε/ȐseciZ<]/xr;B\/Iu!H10ne*߬\
X;MؠfϡoPRgk*(uoC,#fdh|ӸG	,%S++_!oٕ|Kp%WA`)fيV;?KIAǢ(%ڝQo[+ˤzro7E7iRdjѵ%1pqٛ.;עo-`)O"mKCpU;Sb'_n+$4dpO#A+or_qg.U$G%FfGujVBy!4	1gųhq LL9&>_CB]-D (zMSWɤH^&99[W}`׿
LQE*&eJPm:jvц3"`fL;2/e"yvg&	|lwΛPrѨȏ&aP!_?թna18;I[ӯ`+F%b\AoT}ˋ+,uO0
 L'ߠ`FV	YXa={Y#"־[Dr2,׶Q	VNoSsIÙN޶eOHϠ>-,A&n؉=TTc݇`v Aν̥=Ƨ;ʚtM#Q50؂>ɇ<q׀E/,-K9r]a[d8P-^A%Zgss|Q.
kfεZ`MA=S6[FL^G[j{	3[čWYy%4@.#N@yOek
]k7x>vkPEqfjވe\,uQOȕʎgI@ Rz#.!b0L3,Iێt+zzT79Vħ(
|	q>xՕ-^=AW_`gq0fG[hCbdrӬoZ)aeIZYS}qso:vȾXfȖl\voM$ؕ;-Ǡg3
QhsgiHJQBz/QRhپ`&?iV?"ұfcʼYX6J{nċl8P=P"ճ?9D(&*V
cS˧ͬ0UWЯ"ΌMĜAZsSDU4-]KQ=3 ~ɟWɩ!:eJ$~dSYXKJ]e5I3X2r05O'>Hwϟ9IWl\oóڗH).9Qs[@h	$1X%QO 1VkBEm(elv[CxgےE5um2f`'@	md}!d1f>KUEc|Ak0$#p	j~	ʼDosu?ǴR7kjŐI+_a;L:P/Wy]?2Ҩwa\y/8N<4Z&c "uOͣָ;%[AuTƏsjɚ)̵sĉrЅw#܀ 6jzLz/B(2#ÛIʻַN[l:Q^&(:-_ŴЫUyvɺƀ@4HR!srwyߺ`G`7iӠ/Kju6:S'e]`eOsOKOoǯTB~(O&$qcB2]hpgۤ<^0jZ6;ؤD>/ىZ\2ظ0]:SF><I߉*?Æ/g"QYk.Q;N-4Uxo1!4jئLpa[<hGo*gcduМ k_
++lzܱ5y^}@v؂:lbV5lύW	\Zbo^e6%EKa/#=ΜvzA=lL~9"RL?"V"5Y<:eC5ީlVӾ@q^-{x!o-Ð'l'?L<v(G'(K{7E(I{zY_Xj}I[89Xn{@`Upʻ1яx[:rOwjbs`X#yyxHZ/bs|/F`wd'4?=ӆ\9uӢy4xߒPe0a:CK-u9BZvU[{DY1H/'U>p1p3 !<wH) +=wpm'(*rhj!)Y#f3;E9Ue^Ӎ(M;d\ѳqzrdt!IUL9Tlo3vM=KX^ѓ>Ӄ܉t'G<[By2,Dir%Kngp}ڹ&Ejӽ=u%:դ.NKg4Ӭ!8	p۽~M.ь޲R	X܋\fRC(ca^:ׂ̎;B [Х>,/ދ:qhhN`l'xe2Yh9xn؉UY_zRuAI1sx~G#+C۩y`a}}>ҀI`֑Tqu"9{	`c;pqDViQB)QBAԮGݬȍ[$cָD0ml֭pXjҭ/z>t2/Tكzn^WnhSY%e8OTǯ1,Hf|Y 8ªP=T;לu#֊euÖ\oۈp*`@d[/m)`[&ڜ, NfRxsty`iPkr``C7i}[z2c+ӒQz]JqR&NtW{QɴUˁYב~[lE2_(J:s׽EMP	DWVZ.˨V(3P7ߜEW1Oؕߦp7,1\j`Ci@Õ:ɉpwlғgb(F{qM!|d{>/`a\c?	S>P5 Uɋ٠{r2S98P~ŀ*ǳM_|AhE}0.,!Dܹunv+vq!\j*h>5pcO̶Wp\ʽn0	paݥI<wdh)%q4^G{`Ó/l_fwǬ1˼ŵ=
/m+]'lo]/9FYBS{]I*cP,0N{
)@j8HkݘtH'Ջ>X	aYXEɱI)Y~!%9nnLTfq~46o;$L΄yrxrτ1.Z&"']Z[¶s߄hΆ)ƌ(W>Ev<hvk&3U˨f܇"xWQZcuVMw6c+Sx}Ie߽OPKfۙƸh]ki.|KT];*&;̦ds4	ę<]|ˢfD#mH܀9ߜkڹ-`r/}^Ӏ1XͶ:$ӭ
k	Sm7=@tw=^fߐ9]n1Ǜ!V`,؞&~m?w0Sײxؑ r^3-$C2 c_<r7#;tFFoub_Qb{PՏ7EٚĞ5XarroQzeY|+F-J#/.ʷl#_sÄb%Qmڒ~UݜchDVJ9bVsWD؃
vAur@
q34{?*җa^nW`u?gPHpJp&F|h(Go	pߝrҬT:8Ruf&Oއӱ]*]RKg'U)@0nպzCiW
bYelEC:DcEa$xL^{^&jɠ~SwZ̦c(Wh
]QVťlLhz	goc̕/Ui&Ի:32._<&ƕ'?׺44pu(@ŲeGZOMz*mGUvL>kp=|iWjىg0C3ٝ#A1qhY=ǜ_Sū"Սf65ݶ=j$	`3!dK&G,&nw-D/	vϐ"K<×;zC,h&i_cgsX?ɿ-.1/fʐMwո٭eՃ`*rց2*r	M{(p,w 8Bׅ2ވP7ѐ~0@Mջ;_n)oϻ{ͯ۴žM,1d9_Iv{i͝h}BI.*rzIU$צbǺ1JS4UH'rƣ`;Qٮ`8
ۅ֞AՏLHR͆"a_@9VKcϧ8-͛B?6!`{
DyQPU؁؎ttWwGLd6@Fl,uׅ-S΄Yu-?BZrj8V9"ɼMb3UrF'Y-l)` 	ݽf6>x5ٷo[aV%0wېaBΠ½T~>}}	LPQFQ`p͐Ͻ;ii?ˍ{5Zoj~ϯsQ;!mq3U#{dܾ&@mj2i
GҊc$3C,oɸnV,)U?yAq
̙'AN":Ğ7U8vy'Au;efSJY\)S1uٕ^	1C0Η-lr*۝3ژbIr!\65pͳ?SWnR0I1ʣ89q.F˱¼8hg<DFwb2'MaK %&y8TM7YuFdǩSk+h(H;7
~\:*wSjE<q7-V__3`ʽì&ջ7]qP|tIȜɂr$ԁq:^bܻy;ԴH H"=48ͦ{?Xt(-qR]P͸YIvo(DI_Y?@Qy,:;l]̒j>3	(:ck8.ʩ2ک$սGL`{/{œIF&:w7ծLk1L޷/LЛ}QXў%/w$Nn#==u	gx܃$́s4ĔnwLfh)Gmki_Qܝ~;$^Օ1e!&[XK_K>(/ŋh;edzԮn@ v3yUΒއ'b=ې2[ʷ.bzrgEoǤ*A5+UKœ۫*0y]ƯuΎl=/5Wr;(K7ى-^-<ARGȣԇ<4ZT#P:g7%Y(7b>K7
D/0U
^۾:m#їzAzD6)لapsh+_L˨jQy	|?FOU%Ű}<k˸|JjחJq5+<\1-PKCc%p$6NɛoY2;ű" !ΔִsB$``{QNBgo9H ҇
]rjr6S85AH~cBzDÅH%W*FKnߩ[Vv/A8QܽցIJdӬȮn`Ņ=rLjAJ],Vp )kɛ){;Ҋ0R4]ޱ^'\O	c^WsfN-;FӞASЊc5gǛCV,Ouj!6ٙ(>oGl}'ӓ:K!c=,CUo(JV)6veXx؜{tPո7$r\E# zdJfhh>G۪P3eתFڨ**iH19]Y7]\HX(D6Pè[}
yiÀ#w
],pĖי!$z'vxBI[Q[BlͦC^`<% `ìI2Vr]7?D&#ځaэNFEҐ{ kosg8#x08xQ[OXt%X~,ƺ	AߠgeX/CسG/x*jyr031:AԷhGUjޕFŧ[g(!$Ֆ]3pk	;cLuNҋuM̍U1H,U4*pIyrN?ުΏ$=ů;k@WbTc]<*HP4zΌnwFq x}Qƞj.<iҰֹ+A+ûPyRBcdU,Sw*$kYd8rRnW)y^Iҽ2Bü&y_as|{F:Edb/hO4;.YtwxȰW%xlC٫gDr$|;=H=lڜFطՆ{˴n!½VI*22-\/&..a`y˥c~_Cw"~ʽ;SdaÃ	[0_@1!aCnV>cˣf?х>_,As"F1Z*`&]ߠаuC1GU{]xs1[B"Ԛy)*ҶI26!0`uډ'4;w,IZF"P|\R[5a?%.-۩jb0bp}.m)qAc1Ĺd4>xCkQz6"L|Ck4tIw	gP֙$nz:%oْϬxUK6̦<1gKwpm3bw=P`Uψ۶qdƹyGGʀm%Z*nəH}-ó@1ċV=qj:|q=ј؇ioؼa]:`XĨb_ȩm0E1f}կ;ݡ'[d@cTcNӷǓ̟++PO <Kٙj	^8gɺq̤[8Űw%"JL/@$.z^b=xۊm0<'ծB:EIؑIpKAe#&SxEɹM9T2$6ǆ׸t҂~/ƴs5~oY+!(˙-V͟{rq΂cx(lϯ:4?hv#r86Jj'[Z<E%p'VBSAcD@_$Qe'rx|=_j(G3*ڈoҹA\?w`fNbkvh@'#"SGi:!6OM	?KMoԉڦ`o&\w҂z-+dph,vd|2$7ѫn(vș,+=Rf;FI1aqsd:axOxpһvHVʧ,]q#Jq
5g#ČY9u$Zqݳ&ϹkSL+J=lsv
~\ʆM7K-y~ԟKhsܚ+Щ0>t>C)/lu!jYR/mIUϘtsٲA#\RYo
w<"à޾wkUO&_3fW>v=uKl߳U).ϷXO'KoBnkQQJuRtfՊʯVg۹ecE:nGjڒe5֭g7c!`ON<@.̖sad`7ʉLx@
Dٖ6U"2EAWJ,E	i՛3wUS,m.Ӕeؓv&crB|G1aGFJTϬсTOpj΂f]SLGY#2F?\+rSfYoL\}WFGۊ_~$ЌיPįu΍ӥĔaJE}G:)v!cn:3-6BjC%Bcn'׀fE	?`k?C,or__o~R>;aQ{1ߚ~٠3cFt\$LǭۑvV2cDflȰns:~<!Yt&~H|
aLQD&ǢKiz[XhyyڋEҫ6K&])cF2G1BCje"ӧS<^ueoQP׀ JpPl#c~{u&ZأB~ Py)kEE}fH9ް~*It(kڜIdx֯SQxh-^<ά?
?	rH0`؄ ̛?asW˼аfTK,d"F1]ql[i^cϷ+.ŶeʂɼE̕m^	$R;AC_,?Aŭ#\ZFvOGL2Ϯ4cgj	Xux%,ۨ^@.%SdLw	eF	&U&`{߾@ܤ}l\_%*zLNIyb%c;Fyd^_tRJG8-@\#_.me"\	@>HjϺEg'g/1ESɭlMy1މ#[PG(QZ~VqmQ˜`5p.2bR7\T̛(B`n4<DBntjċbaSQpMU$
K'%-թ2{qfD,[ۑwyG=4,j6-L+1>'/_Au~@}4؊KuOmL6NfR}Ⱦ;U{~hzhG5gW\:fؾ܇+0"T׃"[P Դg<~C|qś[ENܣvdjpÛ[/~=:RZk^!P$Gݕ5^ҡ,F} mvYƺBJڐ%Ӽ,}RO$0*͋iU%VR|pU#ZyCI݋f<kMRAXAR֠TOة*`Knɔ}90^G|fS%7M*m\=ݣ#6iZf`e!oϢ{w;,zr@
]IˡӴC'
?rk}!G9{116&|o CAuQ`LP\78¼ď/^"]d@]ˁ92ѧ7zWfVϗMB|GvVN8ggQ1B?R?1		UbMqHp"jY1:3[,kI*(U{6CB̬ޥ	!$8WG ?
PݹnV6)dQ9-Tn]^vJ.xq֮-Y"{sW׭p#3r)NP_

"FpŉhwE'0(-$k¼}faC#*cGWnSFql;hFf>؜ʲ+'(:,!1<QY1vyC+	=0Ag!XADmbA/^"5Ƞ'ɧɛT(&aݜ*
x6&-ȺCE[8Qq8v.mA/jX5e6D&`lfɆ_MQyU,ߗOdYkP˃H>DH#ThƼmM]BQr*h[miĂ|hK
wfr\Zͯ;֭y.i6\y?<.%-`$mgAp>̹1FWfH@!6pp8E%OtK7
ǜa،Qy	TANhTG@E/DҮS=rQN5E&WK=Hp@ض\(8Ch'|leښǀtD*~hj,t"?!L݈-Ι Z=yS+^bߑ|suR2]=lXBSe=_(EM׼zaumEӏȗQi5WĶiVރ7ˣsv%ʠԘXM0sȌ6O{t#0P@ї/Wc5Գ<ͮ]*W?׻!Or:ߞk@Q;~r.Rp±`KTc7)k^#OSǙ6%!5m'\o{C pL0Dv!{šȰmā9uLK$ޟSȉޣ20oFv<uhJ^f.KFlǾ8v-*inK-LxP*uS/fԕ8()	Ic1aǢnʹE/ޒ+V.V{6+S{l=Ǿw/]'$;1R vؘ/Kuī2zXYrǧKec2J;{R2jNb8).;BE8HY\
Kv7O${ĖѬ̔`,}..c9+Є'wƙΈelbe*-xf݀f2lRc!I?T2bmm,ck?Zb/,*J{ʻ4@iy^|2lSgim7 "Dy]d`6BZ"*z[Fr_5vZb|ec31~d{s}`Cޥ۫IZ*Mَ1oā)2ء:i0:џ4Hn	FPZCV,+UϽn	0!$BIħH~~Dyn0S9Ҷ~&-' p8B^b\-EtJkRʯSW(5t58W)<p'|VĞчKˠhD%k_I/tsԨ:GkWDߔ2I5$(rV͊	[+,j͈R6YHY<S;ϻ(=Bȱwŉ1D8X?L$q8!Ikûڗ	Xϴ2DlSf.nұGxD`JQ2EUq2%I2pJ>)itXRޱ	C]#[\>bAp}˚Ǎ/siFxUů c+Hd9/QBK?3D1&gޚ/[ِrHXZRԁ5[>AWQ܄:B&ZbGGڈ֧>n ?vߥ>߅]xkW^[b.BQ[?ș8$ױʩ%YVW=rcīf<=2ǯGYɣלv1_u lL(O	Ԍ6 	)~@E,Я>)ڝ+OINKH3?IT+iQuP$>Q­0 ۉ\t֭IBY ;ʀ[N·F/7x0^tkX|9`غ~ra>_,>\bek.5y3f45ȓk\۶iP-ׯ0,GuxknT?y
|B[MK|}>WeeyҀdڏlWAZ_7`xf79Ʀa:Tnx]7Fё!`Vym"/a1sca>\jїrN>9qnja>f@cy?P1b=)lG#ȶ;6N&i+ʙG~օr_{3@[G Ӥd+*]ڭ[iy+vByergMF010%Vω}h00ͮ[&1,	%&`ju1H(Vgnd_v(LkBI{k޴'c_QodޕEʹ*6:Zalp:m~/zPzfOn%kRP~
k/{IyPj2)V~M#&
 _w F m{[ˈ8TDl"Ig|S!B!I`Q:vH|BoϘRR;m o8tlȎY
7ɑUnoG*-"zi6Å;2_yQQ#s'HONG͐ݶ^BWۈecÁ`TgF^L|zQ`ab-vߐ؅)>%bU#ԗ+2|~-M*pc8mIT޹Ѿ*yShlpM{iź	
%M:|g_X8:2BlIJ|zL@#|@e.@f-׊g9ɇ5!Gԍ'^)|Qb':98m8oFjQ֙MR` foh4&@s3]&0Nj)^_6X(PLh#zks+ F˫M=Mk3x3|=ۄ/OcE]*1ӄƓ3AnUpkEٌt\yEʜ'7_z3ܝj>,$i̢[;'ׇK@w4Ów+lݣ^<B+l36r6hs_4%w*?\*`soPkaվO̞?Z'J8'L<Q_|yZ9u}ʮe[%ȋ 
=SS3L0dlΰ_q]!M(JNԻ}oȬA(w%4EP"$G0ۜH&I9JÔjiR9bǲ/lu1\I qۺ%ܟd}l<;;~vOy{0qh:6f7q~)A@nՠٛJXg)PƲc9Ε%Ut"0wَ3bHiR^CŦ'O9pW3ւgH;>ljO#sĺj<S֌2umk:?̥Y\ǝ%x%EEi˅9قkxBѓu%$yH5@*f.͜{L:1>\?و͹mX@:qM@coElܐw@>P@{	|nGCF&;#]ֻeŦR&oͻJOkf1P} |gYX%&sNŹd`tT??fţ6ڎ˾q4؉4.Ft:֗VԮMw|ra.<%TKm]#̊&MɌG0)L0&уP$x[!S0#*"	WѴIԈN)sC1R&[@	}ً]0#|	
,"^^D<¼yE^?&ܚ[bs5ȕ^J}'x&u<QĶrEsډK_2ƃR/+i/#rԃr7O^+#M:NǬBHҖ'VE(ٽ+SGQ*}=6~E^u),=rs4_<aI[u΄С<BiS)ȣQX9gqW
)T]FfϬaɌøsee)X[k`4`({Eҁ. Y@&qq"A	H$4B-
'Y@ғGD)/gx}[5C&EMO	@H2ʎ.oրXɕo:x#=܃uoy="s.5a	+g^-5IܽyʆJm4GtqK&ߝ*bTC$~Bڈ~HްN$	j)_t͗9sq߇aEȻ`ޯ}`dS>bO)˕&1&^orЮƂr0IT>G=cauĢEbLlPÅ'p4V5)t/*ӈ̰/Utq<^NiJ`T:ͷEH۔s"ȳͷseZio܂ZWlr@KTΊk2>.hddH7	}WEĤ,ٟ͟]!Qʢ(w*q?z86M9*Ȧ7@ʻ&`zcedQ.Wrبk`-NB1.V\ƺ%lD/+\;IdKX"ؼ5ϜS~\fNP=SΦ~86fWҁs8uZ&_.89"GuIb
3@ߛ3hYLݒE ZV%TU9vzED"tdۙEȑmgA.HC|d:YYLO=gS߹BYZyԅ~܍>
dwz6+
\FsS|},#X&߂IG}"OI}f~=@%=pp׆+7)uw)7vy<e*Ar~G_uTaԄjm*e]M'0Π {)>1fM!3/Q|[kJxuúA~1`m2όwr(J\OitLF{(3Jld3+NywqW-[PRqiȏTjRACl)_r]4 hGߘ7
d\]XǮǑ^>ŤYX'B<U=B4FuCڊgWd5;94uIc?tBQ0P0;"By.Fԡ"~ɏ0@2MMڕ(`._K=P^ITZtLs
Dٟ$a;=mN)Aޏr]\}Lp._{MK?3NNccegmؗ^fؤq0ďܕõ	jNB{0igHhIJZl<2dBSwopf#5+T(1mgExdxFE\DQ{դ:'M^i}AJ=3n^-[ݥh
Z©ƓʾܸCZΐ`&`wEʍ8|׃`TR7bd{^BYД%Lâݭ
wV͸/&$uY$=C'տ5#YIyt:9JXkܥj@ΖU+ء`ӨB٧{gfv/пIE@-Ӈ7.M0%LM#JwJ]*N0(ŷ^96chcD!řV60kRiP݋+BKăfZrDjKo!ҟKu-߬;F;uA=a\ѬU>ښAsM`ז%:;{QکPԡpT[`;2ð$\iRϧ5 ] .)(שn<+3Sӥw;c(psmt4t%n~ڭơiγ=2)6wQּ^,?:žU@	#8	ܐ]>>?\%7|4/ّOAP}߅fj2L$uW!sWև^Φ88Je5gpvdKJCLOlX2ݩT 2-L<:ƅ9'lP9SQ-'Z\w+G-lRvK%a]@|:#C4*գA\\>.`V8Vy+y#y]L?!MZ#,lUUՇz}y'Z3<uba+T݃d^hRyp}LަR3SŔ3~k+!bpC(_=4;i̯K<sz}npoq`b.$ݟ<Y*\nN/.);rVˑPcRC7ٷC
Z|
pq`Ȱ	Eb#=W7.\؍AyƥGŶ^JZݐ*&DA3Ʈ&i
ƻ(!CJl{+~W[1UG+0QTȶl*##Tɵ՗`LF]Rv}jӭu^m9o6@0	5UGAhYTFVݬ:ӣPPٮ8=̃/;̐2yaǄ(bY{g;H^__uz;<\aQػʇ" |<ߝc+ĲI>(@ðpA8s4?5̱D^ƚ:o]w-'ԹC$ϫuvǖ@![$+}6%_=#+R _'KcąGE;̇ܒ]мŢ:Fs|_m5l(E_kA<*,>hem;
LI@xI;ԇ3>*0e~v:/t7Zx}6im<M(w7Dj׎/¯bӳԒh8WD$E~fw4ghNՈoځ^b1f֫ca^bE`b8&̚r8f.z.a#vFtg͝4/i3J$
!?q:sΘ`/@(|cA%ǧBI"CuR|mJJ ~*Qq>Ca^sAj"I018d!8E|>bqD/+$tM+~>(T!].!zիlW2/V@ԼBs\T̋AO6Y*Pes'tf+Azn~?6	'yBabdre\N\Ut9
Cܦ݁O, ^ʓ[OR6m{#CN\&ťaΪv*hg4ӤFЏ%Հ@ZB\vͅ)__LE;"2Kmk<ߝ>>=Kw?fK>~z	-͈Q1W_6:a8DěS$jps/zQ![Ol<^yŒ2ec`͓idKڮuAGncY"9t+f'D4IEr6kbŴއc`{[wg]!CTKvsY=)O0e9936HEaҡ9Cl$lއaK.٤:.RJR<{U/=='X7c
.dNP\̽s'Q~t}	HJEeu-д7kND&'؋Gu*èȿg:Z!oh6-@gh!i.Зm0nÊǼtȋ>In˵1pYq_͜Rj$,I3{p_֌NR'קSM]".j^Qz*8ql.Tw*NQmq4y6k'z#݌mi6¢4h@}Hq-uǒt[t{hi,AHG:.XڝfQ+1W3bE<ݠ(܌Հ,D	BŰcs&cĎ?ˈmf#yuc4@ܖDۢlhTSߞ?$o̡-eOR#kqâk"745˵w=nUp#8@6۾Aǲ>X/-6M~O4p)aq{&hl%]eb8'-l7њr-8"5"aFGUu),6J{ܽI"и99ïqyjI8H<Tjg.e}\IM#o! >DpZcn
ֹ0[kYdbn3nCB25YǳSb";88Ӛ
p"ƏkF8 CGwKO?W8KQ@3تGTD]ā_m*q=x%(+D˜rj"v		ˏ,n4Sђ=7j2dJt$X?P\~aB)SUMatrǣ[lir>ߙRt(MjLrȏm0_݋l$?Mg
CYPE()Y&MkW0*rRiim+M8-iS2SaI^A6gdqa#nIRߌl¶7t\i*X&`kaoG7u]{R3Q*҈R1 D	nU\,(D#.nOī	W5
oePDڌA35TA?%G/O !ݏWkDNZI{cRE:ʅqb%Adiha6Cߚ/ՆS}aH+!Ğ1ٺK6GPϏ@W-Ǜiv67'(Ywmf!X2
ԁYF`ԯdXPəQ=xg"}[H!Kn+|yIE)G6H*+t68ϡ815`L~}i849؀mHRmԦWm7({
d>;Ę܅GN:i'i;ƴb"h76a$auK3}xLfp?\X,ru|&Yq-GYcepw܁lKgv|ڦ5J^mnh56ѐnΪȻ>\D/Ҁêk"DujBC15:I@=E7Ҭd*R{C?!ûxtBJW 8qwړ!vCκ )'_pܦnfMfWX͡?Dɭ_,@8Fvp,-1ˇ=DдǹdeEإ;t#8B.V[:zINɌ܏n-<TDi˃UTi˚ƴ86Q-!ϥq`9Ϭ*~-ŶFԯK-"rLͨQs3;hS(8mvЀbC0t)2R0Ӱ`ȪG(jRf{/QAH7OC]Y(ض֖[Fn<`CX$@7*7P{, 	%:k+ɳǩQEʈ`KvS$	yll2IJ^|Z	Ձ\&/ΔFDŎ	>zʔRy'szA@=z;6'c44k~uhrޚ/wјoPaFKVVhՐђBcB߆r2FB%xWRFz{inun>'Ճmxf!M$G2c`ĄP\dҪ>1tpy	1#[G=Էz KlXa|O]tRD:1)kL#,Y_,%[V̮<#c2LMITuK'6tΪO=~/*t5ܥZi7{iEQ];.@֥,DVqܘxkPafBHI;ÑQʸf16`G%؟x,K%3s$Ná)pw1PG^bĻR17Yܿ@&F7ƊG
ܨwpxQ5C==]c,oczKԈ@VLջ$U{nXG2+\ūA1)}Q=<uFfUھlЇ މZ~S-+X,$A-!jͶӭBݔ\4Lr^L>f=T\hbf۰bۂ*{ґ֊(W bh
U@l)̌p'x`>/U
;lk]qs%D~ǼUj*WumkiE	aQVtݿaaP=՚1Ćwu,ǚc|Ӑfkb*Tc^m2GG5~^
)'EU`-2;=R2\1C
8Ks'ҞCH˪"	ƺ _ԤFAJ}a"<<kg"1֑H
-۞fJ}{zVbU>%h0d!jhەaIF^8P3~ڻ^[ʳ#8XOo'?w\׏613з7΅9Ժ9WO6QŖ^MDklò_m,P}ϝ,o ĝT)ɚ9:z<|bH8s2pGe{^ äē6W	d[u5KƸlF>JeGټ[eʓ,oۼɦ1uzIap1;2yV~?Nz=אp6Z֢(52cr
?ŏ!Eeݳ gD(6»`UGbƔ+"U;,Q fĈPQʕ΢ߙM_|3Jjo9cX?ԣ$;"͢_f?>}l4~F_։?_֑n(/;1$F]H؃uz76U.	`׌'QkSzOqVjM.ŕ. J0Mv:c447zPۢZKW·qBMC߸T'OC1@D0{dUzLm
5<i'\g28qdpeB{!kegyJ/u[3T&;#Qo6Sp^uƪ!ˊ18ђ5;EJcr*k|rrO($ԲV&TҟW9lmC$6=_V`2g[7H{AJBQ
dЖyHkaWp<Cn	0J6zBqa4'b.*?Oy=&:c*"thEb>hӉ#JH92BKXamC٣Ǿ8H0Orp?dur#Q]^IWvvL!!ݵ5)Y]Op=Z_	TVxn^&rH8nU|u6%CPrϦ2p׸]SMa3q<I?{ȍ_`J=TAלx]k\0ڇ^PU<O9|BjT;	ֻ16,o4AϯIʵ,ں-#S^xl¶`5W;EFRgeL:XW3GSJA=zkV<?N#!	2"|cObcBҺ-yk*fDFQ6#+kͿs<	GhL<q8ԦFt?!J;yU"kGWP-QGqrnNn5N^-*`
"	2Xe
GN\wBlZsW^P/"mEy'9֕6(/p>'xFR]C]RYʍd8`dF1I*$}P3`EʕCEҸ˪:#pSqt<~gRM'yR38KQH/	9Wn=GNCV3JHsv0)PHr/Jַg},!ќwκCb/r,`FdUpcD|9xסgߧbv,'L:(Jfѭ\w_:}<Z!lD;r=Buk^^\wΪ݆4,;1̣l$Gqκ%.@\V9M1\v 
E\g-US698˱0u}jgx-y/(i=Rvۊ%u2{6ՔLmWxذ<0TyvƇe(ar}N|ۜ4,@w~&>''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(20875)))
