import brotli
n=a=0;b=1
for c in r'''vdm/ε$[{9S'^E7rP;)A۳Ox]@Ww{.{Z^wTj~t#214|B>0	`}6:R'0E	.w
m 	7ޫZLa[wnK|}kp͎}kn9VzC0;yl@)}AӾNY!oS½2{gǻ@1#@U"ɪP,ԼıBYg:
ʴK˱GexHMWZ/Ia܄<<4yn6vSRx8Qk@h#݁Z@$^Z<	zoǳ>	(oBSA6`UoOMRҢȉzƌ7'ֆs(9f2?OgB^&IC(NsUӖjIտ/:^}FT$Sn9PxGfo7`]koՄCR^& Mx$r*zod?VXHuFܩ؇)<۲»ޤaoɚ&0,̑aF:|1lt1z6"U^m˚}P]T~B׾0ZqɃԒ՟ȩ(..ʤFS	SaR֚5tݾ3;ƠVjeN'9(-9:LEn|U!WMK<yTe*[lZbzdg|JeMLEYqmV:*)%.ie,=>+aHv?s{A۸aow:S^s2?d(ɮQf4!ͷ83Έ[B7Vs[l[R1#')rmJ(F@j&>Q_m*~.	KsTp~B\|@Bp#KrnS'JLRU>PH5{J1|*N&Ԕ$?[J`U^B"
LÓTo|t8.8ߋuÖшJZWEBSAK0+uW	%d<o@iBسuɟc֐;nFSj~b>3$'wDdVGpOu~uC*kaYay~YE LBE#@-ۉ9 I-[1FEjpO'#Kxdyرg[.$A 7''9D̛z.`/^~.6ӏeGƿ5[2pXeҞoVn9
t$X%'^/%SN1q6[Ј9kM]``?k_!Ioc|%1$m3Eس|jZd.XoXi:we({9g>Pa}}VUw+,D=c֡'n٥UDшؔd1[δba;2&X`ٍsyvoa#sX"#˟wٕmoX>:K}P/ע"WGOOmg)Ϻ߾Gvvƌ]wmlE=W޳:O΂Nu֞H!aңО yi׻߶x==%v8NBtޫ^(K6Ӓn=E,apՔFl?+ L2LGj4/\@א%qӤ2G;*܄#ϲFxǣk>ӁeTl[kĨ~Anjڶ=`
QƁ-?$HTsILck_S{<vn{܋2;-Lf:$C;R$b'ɸ%ڟ$>عK8&1cSڳtMV]dޣK'Vn+F4D*`gkKSfː.nXedV ~ߢS`<߭9҆OwQS"t&ކ]J`<e\@ZkL gyGN	QDV|j84\ߛ?uQΝ;:hX3S!E6L05Musm˫1>'$.t43;1\Y^`WW|ngbLəڹr_98QS+M-xt
olϤKo&ˠո
LWѨE҉7x3p
ȵx+\"ݠn_
=Z4]<=4a<eæֆܝQ5dTPj<w-Y+ː+UpY͡	PM<qaCWͱ4\<v%˖=!|<m<w"ՆM ]Ԏ·yԖ.M;LLk]ľEZWT&T=K&y;CSGuAWmҳ?.7E7ә6#	Z0Fiȳs˓߰\id8@d.4ݓxO\߹(:
7\9@Լ~AȆNK-qc0BM sشOCІۯMz'd:3j3/.xTR-H5:ߚZ#j~>kBjW@؇qL,f'v*rk8%üf'\	ċrmsp̲joBxh'vPM!s}F{QO	Pyt~210S0x]7o_B5++Zĸ*s$Gr{glb+ɄEۖq|xk~uЬ?PSՉ؜|IGoew;HWE`ڡy͜
g,C|hÐh')JSkY:7e9=#֤SE=̕!RejT_jx79lB"ʐ3iZzH	FK)RS"У--׺Nv03)quç#JʍgO9Hɾg&Cϕڪ&v)M|mxw~U̷y"Jo˖]>nPy M+&!|.'1DQ[N>8.aQ*f/etq(t25@5p!BKأzFo/nrW@ΧG>A<ۼGeǹ`*thgϹ	)SSt-tUAcK1;E1);Hƺ3֫΀:I_ýCD	y*wK>Aw)da̙~"Pя;{--U?U/
D{5=C6mяg!ӃJV/u<7bg]cGULު[[Ĕ!?guO$`%4szRs?.ݍ	wujח,pHl>6O6uy(ȏ0dWybqL>]NZo:11̡TR;!N(y7@#4gJM8&p{4\'Qgֿ߀ι=rءA?|E˨c	T9$-ڨsgM,e7uڥ/W٢"
+RtD}E Y]>hګa}:¹i*t%	).x:5g>mHbT(}l?tzD"ה3EYDݖbE}bWCFŨuhD*c?ŐCWbɘi+!؀1.^kˮ.;2Y'*w|BR<?Y;H,l_#
)(Abǣ=ҹV^ұk0Qcߝ5F4ςSFȈԀzNF*M3!vloSXZ©Xb\߰v2p{z<`<Ɩ4NwXd2Ɛ̤@sWˮɸ˦>h|rgSe[ܵכ=6cNüe>CRI7*?,j5׫H2ѫլ,Kj։ARC8#}.nDc
'mqn:QX(7O
pcM-clXԂvC(0s>Kyx6+!'y/,a{%ZtgWDTi_DTz^Nf	Xۭv5jه͉';iTn4c(7X!)$M&"wQ]?S/ĲMD>L/wY
K>2LnhHZ><svdt4)@'0+qݸռGә/aЃD+ePPe2m8l8&ɱFät,9em2uL:8@nͮpe^i/hx Uyt:66jGV
Ys	އu4h][ɚi&k3gF29;h5sؕiB
X$t]b*2ic^lnMR|C'׬o;mPtߔ0_%fdOGm	>Cnԓt6$a0kXJQAuM[b/%;+_n24<;/$٪"ceRuSVlJ܁4ݠG'"Џ]]jl)I=*Hw{߀rot\AߩL~fx;[Š]nBjt1'Z/π[f)Q%ZA7FGhPsMH{%IŃ[U)uq^`OH#ݲy,Mp۔4N=bCJHR6}p|T	Tf,Ĕ؇7fN'55Pp`զp]INE1;$G
iw
]Vɲu#Zt9K"fܣ3L݄-lmB]ɅC)wt6uVĕiL|<oYź5T
kYk^ʺ]b˨ېp7d4KsI=ȣv>$^YJǂeQ*ڕyPpBjߊ/_[ۡOsx-W	w?'v<ɠyI(8:1F>-]p@AV!L$iÛ{G`3zЭ'ɉen}u{Tq%Xlf+myCF5bjx]ԭ4ݠS%ߏtTLsXjzql?bΏiʹ]m_ȏj{/ľ5O`,?f>ւX9:%ZU%ޮwWȻ4QGS5ǯذ	7ԑ]ǰX=(tDԄC5Ɋ@Ѻ_C@>4)7׷9اbb)Q̼ɾn֡&
t[y
BCkVѢw{EԞFʝ,++ }>;Fה:4Oq7%̵ۇcq5'vfUo>lO2!L1υϢ|/"`ݲ$B5dTCilullyF̼֭\c(jH:QKHp7QgӾ(pQLyݿrN**@8hAŉ+{LPZspոyhuD&Vmu
mRR-@ 	5=YoXe4cnʊ0|٩Mf/	aþ%jgɓАZ8#.)FՌۗÖq]KE+a\b
Dayn?}a;\.>-Rk/nAR@;q*1{]7cݲDM/0Ԓ+tǿg8X'\gzGC˺!Ib}`sSqp-P)V0C'Mp	ػp0Q#ғnv]7GӣRY\+gcXa&htQMoj{՛^&x.R[CF.~ߝgέ40BnSAWvZ¶\&"5kmu D98e!ZΘGst_o=n='	hSo5ȑ[Mt[*mps7;O*TfG{vπ)mWs'yG}Vf&ND${}E|Q\Eq0:Oɀt^.Cү|i^,"VzlberV\Do}?\ז&(7s'f%p3Bk!Օm5Dƽ"\Nc0:dWY=Rf=vxX
K:RZL6pV6Ǆ dаJ\^cր4ȴfgσ+P"u֌Em@+Z޽X{%ǝ!$ɍ7fkh1Irl=?l0yvQ|K' %,RlC04,B[Y"V;2նM'Y.́W6UaUTci-B^rՅԌ>oZcaز~dщQlrT2T0BOh!єɕ ~",b)KV7ANg@&q`h'.TLe}/y5*{ù0zi;\&Q"͛lĿΗ?IE=ius}aWGV٫]@^S.CLqa5\D ]kHsԳ=BNإyczՂ*d?Dm3.=@i8ĕp l^Ow>ݮ"-^LbO6e^>Ąoh-o(0Lj8|G@E?,qDV/=+hO<ɁIόFb@ou*=d,ZrcRf/׸M"i&$7|qҽ@^6͈F[~0ոp40ʛjBrBjRj<bߝW7vq:A-ˣP.-ɺ34[m'a;øRkj}0JN\f('gà<@Gl~E,Wb^6ŃޔC|8iG`CԬX>Y2"a(QsT9~͹(%wLyLQttVd	3lZ	{oox<
/u_F!"TG#jЩ]4`TE[+;;h¦їʣ^Z]oIޝfy_F &пv'B: ΣbάD=Ʈp"(a2Uz4mȳWayTPfbO!>"Hl|yެ	^=sIV,߉^grڽH$A|Q5%r{7Ěb	!F:1Rj[[%VZ)I(ÚMN48)mcWHr~+e<-š8`z?aN6Y]+˽[{!ľMlN4rKwt]4H޽JOGP_9ӳJ2Y(KF_1^z3%vjx"Å!g,)(Y9t;aŨG%*s<&qnہ)qcuɇ{Ξg.P,ڄ>(£·x">Nuk_atga9Ue	{0(>̧ CJț_k
=$5RfHb7`̑M``˥e!/d*ɽ '4);ݴU[]6r[5B?; TfvZC+	3(p[pU;1ֈ,د@+ŀ_Pдj)ΩF5J|t/-:c@IE7RΊ~BzD4#jBpvĉ{j|=ܸhP7A9y;mϢBȬRlX1'.zaiPU+\2̩Mіf0,7x(F@R l\ PpQ3*Oi֚"
<BXw~M[I-geO:J3wMsO2F^[Ӯ|̧AЮ;~5ħ݇71H;h)tl('ڊ5ɄL%ՍiYY Nkgҽ}!=k| bO>x.3})vctȺ'`P))	*rLC	Ǉj3V&AQӻ'\rriIuƂku{@ՖѡsH܆ÿXowQ5Յ@#5̂/GHuwYRR>}fO1MOl!%M&<|IDh]>oyl=mLzQ)>yҀÝVX2r(<DF؛PCZSgAڨȕu(t`;0.pdKzq	m]<w8PoqGq#ф=P+BҾXԛ:jAJ!H˷mhDS} 9{~M1Rߠa(@k{@Vouϕ$1}pcBҌۥ2e8X*͚Nڴuv!M0G>E7@=ՠ@#"aƥ߄Lqݩ`e@"rG٥3gδ	qR:70c+(gxGo;vdC]'.zߏIݲ}:ʓZ%^SZND?@4b+.~!9&rkWyp'|5i gxF
)XͦwwNRgb =$ZLJ	Ēڱz؋yix?,04Z!K.s%K5LK=]!l9ԉ,yzkDNN`K{wX| T	+E0l<ϑ}ON6wYJF-&B*<`
\WeOQݤ`vu_^>pҦߴ9!)k ؒgӈ:%۪/Φ*~6(Jd]@TߴT-lAd}N<`C׊]]e)4x7؂^\$tĺ]Όha^!:cR g.Xs®ߨy۫2vƼ}~%@&qJԯjʱ:(ݖzC{SuTEd>>ӸF#VOb˔"2B=͵Y\,ů|{Gu>QWkj>˻#%V{ÜTZwޖ(3k6@
|Bn+-͂ۏΡ^fW2"4߰.y,4R=75R΀$(6@#h&_w6-&*PGw5-<%hsǐϬ<kjacJ$QI	l><ϣ)9bE~1*{+VڧDG/vHlhTyǱyKUQ+N	8@'8DЖkhb2Sbobxd_ŭZ R0W]$˿w(7P C1FؚY8L8*JdKZC{@[xd}k,!zaăW`=DˤΩ%eROVj10JL[OpsdГY[}΢urT=FȚ֕X`ԎGfRpo9!|d(^ډަֻ3}Iv,AF"Kxӎl4~]կڹbZ@
Ѿ1YUER81[6
8docuNd\ÅsE.dKi]K&O=_EuϜMz;Gdy@lKKbMTKܱF5h~jgnvF8_K	mS)Ր61Tp΍UdF!2n[_1}]zÀ9]_&у $%X=x֒~GF]ߕZ}mnvoAvwua,ҧd~g'1ҨZICQ>7l>72+	\Uΐ$RZ|>t̀" ֭܁jɚÿ{ʳߍAVn:lRKuy,ѭ[BHwK_A(vVN-ʒn)Fƈ2]Cy|e+U+8ĔyM?I11Rd.}u°,p!Mq@6l}3ބNy:ѴL`yв'"A>9h[h#uU_ff$<HIqGhS^ѣ9kjכA`+Wp0Elqͣ@ڻO9Oo_Z1W24̓ßόrRj L^p.chk;mͳ	:6{=oF%}ahVg~r<Z_T$S~yGphEa9mk4RM^S*%>޿>ckNGhsA$(B*Tr
cҼȊ&BMC'3˷h u.IS,!'0IZS:=߲?Wg[w޶)-lF/]#_
@{qZ6$hUDW 3Ȝ{'r MQƬ>tϪg?]%ys}a_M[D=-ӕnsqe,6N>3f<o9;)#E_Y/_0D!۪Ez2!$yxsaups%Jf[xF=|Po-d=ͧim߻OD΂
/Ǉ}(nɎ9bADۥW1J2"Aܣ̙ptLDث]kkxtsϷԜP(HXSO\A[wl!9:$q&\NSv?1Zt9jc.ύƁX܁"%v/ܓy`t¢|a,,y%ϻPxŅ9KsZ}	ڧzKNƟnެp>4+X/h9a\nxZh0S{TP_ă`mktd;'$uUO0
G-zy-+
̠*,L}V{T,Ĺjz=LM^D},WRz66P*K=
D-	˼H%SQ??Lԗ:2CйzY+NXu]k2dS)
vW #2*+=w\}vX1YJH.:ß1+HOΦ5rC-Tk"яSJ:5܅=&l-+S@).8t3Ww6xi߭)smu3.S{
Ѐ9jD;+UQ`V.ObkÝ(**J[d mpiK@z)y^ÙDf_%&e/Tי?õ
9C!X^*Ƅ%Bt71}ԫ tGM.{\VD"
uOm%)q.VuHۙԴ-AcTUBl=ۖGPo'aolU4hȲUULe D=^ah6"Lh!s5W$?(oeJ+ȇ>h:][T5SuI> #ؘSSh6ؤh~GimReҟmJ.'Gɦ<#\\}t!̴=h+8qlVxxc<]͈6~Ը'pLlv#݇Ōm uW2y#WALPɩX@Դp(hmy~E[G;*GCǀq'ZՒSrez)C>Ƌ܍Y/ן?4lٞǅȦ՜~8RWܤũ^"0*naYo	DsZVԼ̞7NpMՅ=[Bv
zw$C;>vЮ=OvfKqnh#h)cw"1x/7zdDsWGY>hRNX_xҖ2|DQ]D.aHˮ{}پo8~oC!9<CsTɏB{y6*ne(ŷ-uҮ|cT(ٰ_њdxIPB#<
~
6RA
@usp6tA(;3U@|܂f<QBc}&tŵm*ñ9U] vw0D&цfF@
Z&h\i+&ʥvk\= tJ0ٱ0nIpn@
X4Ց71T 2AIB£iKFpɁFքl!2 l1^ՀN3(Ԑg`xtӯP0.+.dzLhIr%P`Ø/۽~̝#&hDz@1ʓ	!k"H2%LD_(ΣOY0 c`sr)vRs1sqSHQ=i:`gjTwڪ>H|-*W)XźR$\Ȳ̚NxdѤk-mǵ%Ub*W'5u
juϹBl(Z%+L~!َE5<ۣnFZntd)G0}ԣ'qSx~sW2s_zl6$#ֽS-/CG{<@z$ynMwh4c(9G]}T+GLUL&/h4O23"X[
LpAWȂ֭cNjhu,yM6'9,x+&!Vϻiۘkۼ?z.~j6n =P'ܩäsܠ۝{EόK^ќsIlߒa_JN`ٴ5ZI1ckwjl]B~hs|c;eC!T<VbFsg{œQ?=& 0yUUnWZH)%S]=;ǾDw@+T%=^?nWSߢo&%ѷ]A@;Tw661LHuf/L
cHĄ+ia
%t,Ik;VrUN#^I'2
{N&l+ұdz,H60Y?lCϪ}g_3\:"~>1IhJ
|ےd+q}q-'r4VWܬ?b-ϙ4^e~ѕ]%6ρ~Բ^p[hh)]pn=_Gʼ@`~FPiZnLcP=RF0pGKRI3V$Y?-SO?o3)3oo)UDKKѥu$3@<jq7<.b()&	<<ݨcRbm5qĤB-sb~քէ 506N4ݹד$vS5nKYQ"(e1KG~Kzr)j͡/XC$,@E119BCҖP_/dIT2>{bGJcI;3zc}dFUn[/	tr1ȶ̛7#0SC&ّE>!fgƘtT/(!)o'-M2n$zF6#I
{)#ׅͣut|eGԮn_
,hؘIĊ9&44z^Gٞ@b̐LGvM.6(w&_#BA	Aݸhs@ #_~@$ɶ|&Sm|IY#/Qq6CKŜ,e$բwWWcCydooKAb'DS+'uk7VGg&wI58[Wbb!T1=c)+;iWhۛڴD7;jcoՏ;>I^0tK.t):B	lU#k2s;x~ aPPn(՟{y3>
++9EU.ӎv|/Oԝ4vȦaf@^	6<Ti[GI]ىS^A]6;ɼc>^~-E4ѵ[yJ0]9<ł]ؙ>Iϐn 5!k<316{тɆrQKoa!
ĸTˇz%BwPٴa3))hiZ_ˣ(pQW'0Qu4_Y&1C&фu($sݖ5d.{EòeSŖ8?<$Um[wdGwIC4}dL$̬B7؎wBVȋH?Ҁ(ܵW2EJOϹM=/Z<F{jaߦhBbҧHv=|4bqfVDJ_l1ǚ$%9\0g+{o[S<3)I%cxWĐe0&QaޠO˿p{cl?v-ni]L&>dq7|~wrb)c)y"C}qḿ՗
n{yY)"ʾR2=%bWJBUE(TBeқ:ǟ~vXތp͜hܟRȾک̚!Di˪u8>[ߵrgIAX#C>\)o1)E;>>ͱrCut5C[_.١lڑ.Y+TkfӯdwO%sP\T8t!H;zX9(]KrӡV'iêQ]4tޱ@׼^{vу#Cٹ sIk>ag:fbPآ2ٽdw2hq96t[O.4PpPm
pq[0PI]R1b|(ݶhE>*'ֹ*b Y!j:0
Ґ`pxV*?HDu2{ ݃%,gpy8˓7]e8=ۑT}_c1ѿ	nWoB-j,݅^Xk3kwn\#wLC<1NԜ19jĢM!:&LVVlAhzQeQ>b|Ƒ<PH4n@0!~͐YRIW??hջ8fN@3`%'dڄ4M;=Z%*͢c_7wΣLA*!`*/Α#
ΙF%Ɏ8ޙc>Ce.8u(7Ə>"ۺ`˧	x:[ҌY@,9}|}nkvoZ&4
1eBN*xpmu/$g0#Ah9moyN0k1Mj0͓5E!+}e6wȁkWDfo<w&]ImbLU68 T.C'V1KA3<' 	fpq2ӭߦ3!L7͘FD+#t -+M$^|EZyAfJd)sz:eτ{z 	 ATAq<{HD6\yY"xI<i!TwxȨA9u2Gk't)L$qKoBgwS6o)2&h/>$CL,t,>.N]3<͡!q{Z$5MȺN7]ώ`vncQdz2;Gl9b:8;w[9ć!Nڢ$!%74{U'b)0f7/Wɣk\j$RiuMganȽME8SX95^NB׾z-P?yD>BBg	t_S8,ئ^KkX+ ݲ`S$rDƳ`ZV1^x-غ]_&j9#gpíe_)0ЭNBO#s3	6U9؀&и4Åue8r
9}ҘC<ӵfВ	mvHr91j!g>E0fƛHipfZ'cGpƟ	~`<S$~iOa361R@+O^7c6p2fC+\G&lϦ>.U^%r^$gt
Aף}@W>>$۬g"؝F^ϱ6
OtْzeGo}gw[͖r~qLO͝ Ձwz I֐WpDS}
Qp`Cm7Ξ3RuÊ7
#02	MIMvֶW21y*S4Ba['v%QH7-{Us&rF]`ԯگְc0`jYCB4.(xpSQޡ/Ͼ˃$7dB%}+^8Qx{k0ю?Q5ŧaԿ̶cpG׾Vat]|{~Jsxtb1~\e\-\c+BCYV:V̀;i4X4F	9ϴ|bш:O]91AԔc=nXJЯv~0Ϭb0,_XqIe΁zh3k6nA_,a'gyVA6
w
,WӋɶZ.TEa[º\tT*nϚ[\Y Jv)qoCiͮXƙ,WdGQQ̻әnrDsZx.];V#P"tE{oH|?t6Cj_=Bi0K3d	
T_	.ތ\x>P#RiM+qisch=62UZʞ
ϳ/yzN,8BYH&-xj*3*h:s>;U_ʼ$kF.M/$ldJKo6 
0wJxfRhF3(ǳ^(]VQվ;SE L*8$e	ܵΉd.O1ӷbfvjɤQܭd4 >V}sh:6ӈIȴnrAeiWsKde6NXe3L͈]&GJĊr1iy
Gc2$ڜ{dqxksmƣYۆǀCQ+db@vqs+/=R@)m7,t8P:<	,-f-/ʤ?3wf|'l-m	M5csvܺ:ѧ=؅*ag+B,X%Vďz|vfGe:XNqo ,[mj@dr'Sxy89dq,ܑL8%׋}:ϧndKxjXu-5}}uFҋ
RCfq`H6*kŞ6JRVܒ\є0˱Zx3Z/dfw'#׏`p,ـS&.Ї5l8qlKkEzXiU;x B.R5U+}=de!r?oƒXӔ}TB6D@7tOQw4_,-,OѱadpUj_*}?S,ɥ#WDFR+.Tu&m8M6ƽėk:P:jvL̛yIz0a_̶x{{',,&WyC ߂!4sXBnw;)[Ц7V~}
ۯZt',zqvډY* ZˌYWRoO4S%OGH!KG:);CeϘ[ۤӏ'cD?QQ19{ڪnږ&i~}n?&]|1D_i'w0rŘwHrd@O;F(3PCh3 cи]v1n&tоFaI|]x}_~Sr^y-CUg;K+63	UHbO-'G`3``Pe^ FC[ʜJ־q~]PbJh!o1ܬ\LV:͠hh$%_1Ҁ-
.	'Xǎ?Qlkkyʓq^K¨߇%)јڮsZߠء(,4/5ľ}%qɘ6͆t=ضZDxX$K/)ɨ*1ʒ#sM`PD"_Q̬t&m&B;5|/E`~L(z˿Z؈RI8UѶ]y6mnX,-Xǣ̺!kV(H3tl)nPkKN/Y2k:[%Y<UT4&&;Eɪ0"Rn2
*aE&T9gcJJ/;HZ["Άɤ>lg;UoA(d:<m@5xkӏV%=ۜZ6CǶMFIWr+F)_PTGON#9yDGIrj7 3c!In̠մX8G1Cչ)V.z@mQ@/ǢQȨ0?`+΅څK'G/߂[9[U1DYf5	[V(\&Hĵ!@OґױjЭy3+ҤmYBGғ6ɰy,1F[.y.-;G[tEqZNA6HGzGi(WCƻآ"(k{g=kLpsbo/0 9¢9L~v'$ÚsPD{
؎al0ǈAt܈b1
_G8.;$<^}d*oC!5XZXT.ͤcW҄iV*ëS8MI@8PBj8?->lV?(4..$B>لp}Xj=y%^\֡5L0B}EoodTa\E|	dxO?*t{a(c!*ecUIM89&oВFhYS7b?B$vNf+!7ZM7y		wRD(=QZ^Rf(vۚG7q^IE`hә8#pC4owGoB{a(٩i4WN##om{IFtg-QPo3m/eW&+8 xwŚǱ/trgl֞:ԇΌ[iGH?unկ<S7=іQ¾T#)Ӛq~wĐ-7'x~ֆS5"SXo	6c"ՠ$Xk5*fZ{18>eWvzQq̣%l|EvT
}`c}?nJ}P{0c
`	Gt~]LØ܁Ċhd	u.Tܴڢ*a=IAR?F/Ko!UKu!smo;+s5΂#qՍY|v]AMqk[O/ےՉىgjBՋ@zwqa8qFefKtI0&4-'2<>ʂ*ZgL}%DhLH˹ʲƙVN
Eغ?3uA%3+	a̆{*Wݿ1(7ZcmZzQ}BzU̧fܠ9<<R6TP!yًyZvi\4Q	Ak:	ȦKSE@֔KC{NQ{Wh{ۥػ<B~ӨMў{"rdVӑrxqm1qwU@#֋@dn]O.vR;جqlW#	"*Ja]Q"9)$^\O1O̍zAc~_UbާZ|?7G@XRyqܪP/>>2Z֪hڶB[.sX{;<S@s%vVjMٹaʈ9K80ڐP-$STFefv+k6u<Q|$]|}iO1yS'hKW?֡?4"95ak¸ARj_(9i\snXIG64q)pMםDSB>GOG\5^J{B8hA47]~!tq`-ZUy
a*A?+՛$TpW	pt`U-sr>"],7P]H5En9B342O9muH0SCYK{ݎaB+.s1őw[OT}2)3:
[K1&IIk2WKdي]E_t
3i_1$ҽT]}M2%fBM(@(s(8ױ/nmVjj!gS5l|bj$LȀw E9X$IU&P"+r'Gڎd!G2C7 1Y7{#NQ]iYUl!Z|M5ğ\CfhdhU<#V)!X:m}kR$d?ϔ_teI")(4:AqSD@zt`gJ*+H	LW8bXɗdx3Z@L<C)7l `=Ӏ^fwƚ3h$ۊ#oBboQ9wP'̑<!O͞$WL"#qܒ8؅;3F7}M \~IwTZLhoķEfˬXĞZUx)icP!]W?؜yEN1A ʒù--̯  r߱5jXW<wҩ'ֆ`ʤ<@=pS_qy*zUku.}uɌY?q::Z	Ͷb
?Z$&gà\*bȟGl#c<ȓK̳"ɐNŷp2γgRǮiHy=a'8$֏f5:C[?`hl>F]%Y
1ca^ֻC{6)ҠLfsۦn>)
ݴ<VB8ݹ(MLTeؐ\~[T\݁Ĩ1g$xv:2EfUR[
hSO_rW^~	Fk4b8|4sݐ)!˨պ[&B5r!"uק'VAQٝU@y4}s%ӜbsUWҮUj1tW|e<$HE[uˢQ*DԘ<4%Ɓ_ۢ[]uʓ"ͼdnل9! .GSȏ`*uغ
txk~7։J-H3J*!@%64xߖߕn3t)
 Me8a)%zfB,<KĐc	_<=v$g(7p)M-{ۯtO0	q݉IFO>O;1#ʥ	<[_:mQM2;T&\B	i)x;f? "JL5rܗFc@en`_'lƍ5ˈkBQL\ӵ{ھ/և;|9ݖECNtpH/*$]vr1aʇ6C|!Z!ު6!_D`^Fɝnws9&?	c;'YkɳLۏj͂UB,E@!G݁;Dp!e[$*S_OZB~Z;έrx&ze&9{xYЃa^k4þ'`YJ~I"q
kTmMuާ&03Kթ,\P72:{YԘ_]ٷ8\?3pJIU0~>:lźi!OBHjp#;%U>mC4p= Ce2ݡWqݫڸXrZ/*"}Qmg}="m  /aq4iDdq^Y- բf*ЃqRTtb6 [u`j0KvσӘ7uzK9ūxKGJ&(:	Gqk*~Ѯ4GFŴvrN؆64G՜RKOTbW8`7ˏ2"jjLSM%x||Liž7ǝMCۅAђԋT+ЮĔҙT5+5OMߩ؀2w-~myGŏ8Zc,Œ:kD?H#ۯhx<ƪ~aIՍ/k~
_Zj_RK#Ҏ\?	/V'X,/u}h(rVґFxP%jߊZ*.\2ǃoHaSؔM݆QdQԘ9D
O[7eL"FӽPhn`^KrF)7hъķ7(UWQL=jm"{8LƂ	}Pڿa:8I!x	5<0Wy̜Q75EW%ͺ#WxK"bUlX1({ϙx*Wq	0Cz@1Ds<HzSCLF^O[Xjn{|oΏy@P'dkؾ6ԩWz}_E}.t3\!UO'UО\>[P|1 uzyq!ۇ8_uyy:L#a		|?hq*Y[ɪC
#~o9IxxNǀrE:gzh!Ίͭèá8,Xn*"ˉ\Z2Nqht#0ۇ)UZaMz|ܾUZTUB4'n+mѳ¡G~`UPkD *̼6c`:~Ф~+s`2ӍW"|^<#j6A[GT\:!mHѢ[FH7 ѥr`>BofVb%~KW5,5/a4X P*ʾ3o؋7UbR`ܨQ40l9rt6ߥ6ŹXߛ$װ|6cF3m_ZuL*Ak7uҧՏL WVj\,7(T])kqū[K§Ztdwσ3lh7c=j	bGV8_>tK{a{u;noRwrFWߒdYVPk;ݨVO.mf6}lKHq1B˻Il<u`x
Qr(+/ ʡap&.GxiHO˪7ƿ>W@
#{~W!,1;&<5
)6̙,rڷr ݨX_A
j^qNM'sp:tzmRM6=UΔbݡQN[f#;կE`<mҦT+
d#%F

d߫9_vG)qy=TJէ94f,oXLW* j(FϦ9gV	|;L<e>Ȝz.K78mWe<S4:pC*k|d#r\@gUfwǋ	D_]&ɯ."K#[4 kU?6v=lsd#LoSI{qw:^AV1وBlX
,#ҞȐcffN~<%-{1K6$}k@<_BI3ZS!JtZ	7YlOɎ*acpw2i	E#KeKޟ2J[J/ʕfZ\K@>a92W.zTk
ɿp/p22ÌRgvy3YUJxS`6h]QMZB},'u2ψB 7	1ɕ,ɁeK_kO<p`%who6YR޳T#x۟Ӳð7:Zձٳ~8R\6x4jhd_2LƃHHXJM@\Kϊ_.$J9xʇ3EπȰ#Rݨ02.!7νLM׊iycMӶdz^uz\{5(י L`JB,7C)(ĉx\>sWdS.q"[ZC}(	)AOm\  ~e)]h`@: ۲8Cg!
:Z{Eƥ&vΌE֧Ų2!?nxHok]ϴbЄ-l,DY#"ܴqEp[UĹAҜ++ؼm{Nȇ</ygbCOa`ʤuF3nH
Θ)(*%CvYԗeyv/#M5Ͷo0d2[	T~>׿A7?*[4e;M}ݦv
F2gNIl%HgӹD[ouW.l|Ud!s˟)Dh"POE3N?yĻqƼH;=(.?#ş+Mўj@ZrV6֞0LAu֨^ц#Dl>o"S>A7Ċ Rջ8't	zэHLǫ33;)yֈ\'vP<V;49?~M>2L)r#> G"FT!7TwLۻV΃ޓהX߰A_'Y#M=sT2Vɚv/8nʝZTЏ])P*+ݟS:`9Yڃem|ʹTל$L7yHsr@~ӹN.fL<UoſW{V%e{k3v//MB?6k8z{ۋ6$ՠ܂=mְ	ѯϭ
1Ƌ#\rJ:	Fgh~-s)޽QkhCoX/P]NFZ_bI^yҰ-6nltr`w&{_3DfgHѫƽh}Dszyhv%(?0mxvhG01>!RO#`P]Z|UJYg={o߽P7UGr@ڗ	?7_FK,w5ԫ&
j}R{i	q`[f:U7>@kd~76ٲ>w52/>];LŕW.<uӎ:V|) o^$ڟhEM-;N7oBZßrTƤMeݰݡ͈~&rYSl,^NZ1ۛ,E;v5N?Z*K˓pHEiM,:]dzOϪwE۔m=T^Tb+M<@f\˴e^{q1|k,OԡnE.WʰQotE`6] m[qjiJ`Yw%)Kgzcz @+-EcVi) Yu8oI`ԏưjmG5'fўR x09GJg\ʂ~$c"zOؚAƾnre2b׎<I'$E@`AlҬXτs*#פg0&):SֳoUR}Akv/6.^sl:*az~YoI[+٣~	zUȩOX0`ëo0$d`qQZ%7}޼>vК##3	ؒAx`rL46f$L{ů^T>
$1YQgX'	<ztޢ&G
F~Txζ@ʣ+ȑ5hk]N~ÁNqeݘΊ	m9T_(%I6)AAwɁ\mƟexR&H1ZLb"`694=@5zt׹De:ދMےGC/hԞO(`jۀ!Ս5as$<>aOI\ƻhpª̦Fzǭ%9ɗ,xzcMN2lVCt͎j3*^m {DҠRe;nVK\b^]Py&oh<VqpE3m6f-Vߦ]xoS>S{=ZƣVieAī|QɔV-4Go{Tg?JNR[&.@bMTݏI##c?a'ͪʏn1уF6ך`/Ԇ-!\u)ƀm:؞	!ڀC1kdt_VۻpoĄ[x=o
c(	>OcvE,l@;c2O1\d5[I-ޣqgA!?yي#ΑټzO<^r<%{ʻ#i**9j5WVpDCrAإY:;JI2%)'
T&j3aKC:ydyMyx|]2;](L:Ē:|r\~VE`)aUlY\+]A$_|.#0!܈RO9Ԕ8Cȡ`R}ߑx\Iښ[D:~s'a6ܹЎЩɹ@Tӑ
`_&Of:Ί}S+}qMmXzXCG\+*

OFTӻ4|Ah 2"QMG 8u&5Lx([݄B<P}(ݿ'J4gٿw ·ȇ.v(bۜWEr{
eȄ' ^ǥ.È?WcRŽsO1=˞R`h?73	GxX{0FR_ŜRӬf0./[*ӹoB1}E0fn!G^z/{gJ$8x}(yMd5p@5c' |Q
jHiߢdyC߳_rϦ"0Xُ5ֹ<{uawY`,Z1NUo?ժ/fbQ)s*¹k/3_z3e)TDƋ7`$~.߷iW04,sI{۔afde]G]	|9F~>&4yֵd0ֽR[?ݞhATv@m|Fh25_C%c4T$Y~Pӈ},VJDʥD,*˪MYms
.m,ft	EDAEXL_ͧYˈPl@K9=y=_sĲ~_ڂO
_Kσm,,ٖSׄOWO<CLAڹ\h<cnl
Z}}F'hJۥp/5:F5vSގ)!êR44:з:Y8G<׆5`kDPT۹QCeB(GJXSY7$H&Sb"b# dcmzwbAXԹۻ$jMբp=X	}+7ť=2
D$J>b*T{62/ޑx@lΆ[\.ARV׉ӆɊ4cӌJeQ8?ޯ ց
P<-2xne(<mG,L6:^1̊R25؞p9қkY
rϢ*,V*Ӝ՘vTxP%+`Q8w*X+#1=v\4˿,~S#-lǔ^Nֻz2a/)OBzzu
\/}+ٝ@Sߺ9u"6·;28ۀZrqng2w]X|\?ǄhovjF8ʝ^$x'r)MbύQ3JP!`)b]~Mx,^Ŵ=I}?Rh{RJ^γUP0wWǍC:c"+Z^6͘%<[?X
Dt4YNqάkӚOIĒ߿V>Tגx0qAFq"!
~ZlC#uq>Qk̾\vMQult}#~ĵOIxpM!df	H˓fАO/]k'S/C@ZǟEQ՗}ƻ^pȿc$%@gHMH)ӨLa]TgV*g(P{ZuhPQo<jvŸ-X @nѵozNPE*	$Bl<7A#7κ9eT!+.29:ۋŦePqҥĤ[jhէqXk@"`;ׁzGXNAsݥ*R_zħ3Zc+GExΜM^\fe'5FLs{!%ȏLggz¼{Kzˇƍ}/֬[`.F[EFNFDDG؞ԦTȬdPѹlP9ϼ7{[#wڪ%.7{a%ս	q5Uzl\Y*?/}#tPW o'80\pʴS%K5;Vެc':,C1dgcuΜљɂ3}~im0UYpӔB^*NNODŽ@f#L>7!=Cq(\+WYS6m(~Lú0ܭtkEMK_O{Vʠh9XVG=YS^%}.Whђ̕;ܥOˁ{soNFL]3/*f]:vbυ4*R	rbi˰>'wxb&:B:Plͭf|yΠI+\>4`GS[<"͇ӿ]/Ǻs$?EcB'M:X^аb_B9Ɨ"K1hs}bSa4Jݿp:kmxn-@S:-.x7˛bD~ŚZѾGch"g'/۰&[=ɳ{"kR?ȅ4BuPҠRO`M:ȬVʷBҿh]/ޮtHəW4_2a^7@}ו7 Ta]I:ϔ@SUOTuxr(cȡN/RWiҦʚM@gG ܸ |YðփDqRKIjy
'Ц8޴1|r9Df^ uf&T %Jvf^d3j0֡'Јcڂu8hD1U1
=enVU]tpL

y &Z*
*Tf֡2*Q>7ZJP(Ner*;nh;$^/WeNA9fPhU2Ž\9mq̹M{#r|CZIDz+NrLmf!~ԉiKUcIAAټb<9`a،6-qa@
CهH&\h 4"ɨZK[#B&h2[>E&]Lq<BҭKZڜhXi5ZӂSPۓD2fԖ0ڊG
Я6low[>īus98>u/;Ԩ{MG.m-.Rέ;YM˥ж{֛e)4*OCM]I;Q2nUE$XܧqzȚoR ,%;hB#]åg,Z
os%>	4B| eKt׹0\";h
)Оk)z\3jTn@!+<ʆGyÐab9n]|?{vIGǄIB~6EqK6{E.Muxѥ.\>CoÚx2_ut@p¢411og؇aު?8<(8=KݼxΤuNK"څ+ý"&9n2Wŗ;a[rN
7.<3(|Tne\ThwqWbr՝)2	Ҙ/M/	Q۵t}$uv;3I&)#2=\cgzjf)]pU^ʾ2C[yAǂ٠|IKx~P!):I"YF0^`5}ޱ> CX6(KFSA)L'X˒ԉg^.$5Y"m$ZUD*~5X-#g'oZ-®hp*Sҫbc =
2G_ "/:ց,r7?"up;m+<7R!IElDR9Ȝ̥$_ާ@YDSN;o+]dQ-ՑiwcArcw0=RGY8YU+bg~шq fc\i; vfTeAـ7.t!TéaҵE$5N&J#V5E8SoL":][Z%5*E$A{̑r.ܽp>UQN9xB:բg"W}?u.%-G4mIT+8϶rÇsEL
H:cFR3Tݪi~y=t	iF[ފdW)Y\rsݨ&?>zTfL#yud}A6X04\U:oQ#^?Kk6e`*c1lr-0!qv9Zΰ
e-gdGJӕr}mϔ~-y&>'MJD&ikƃN.Q{(nMH|7JmVo5њhWԸy5_'J+Wv޽¹أt^^Q/3:2}`xRuD%8͑)Nn<Il.9ݩ=(;G¹-E!}9lJNƭh3OͭH7Ɏ2$ƐQ}_U(P1::R͌o_Lh ɁJcɢ7(zZTF]!|-;}`~RbJ34kT	A?Gvd~+ךB02?D@KM/@g`m\{VaҀF
Fs7qqi%6+@0ZۈE|pp<}"eٽE8z8a8ae"hXیwwu9*tgZ@jO0g?E-BBQI:ڀevkhŠ
̙ܑaAKwпОL"̦Ԑʼ^ĩUݡ̟**̵ZX9:vT>ՉyhFPת1 ~59@!@	:ҺORIlhĔ͒gB\@dN
YpŐ$,k?DϜW*LWk6PMWSU_aS-;V1*zڛǀGŵra	ԇa>ׯ Q*g&Aea҆u	5" zz	h|P=ȿ0&Gq,"YG'ɆŃGۣXP>hzft1ʓn-B~QH¿1!ޏs+v3ˎ`7)YU^:\ߨ%@~{ɛ 'C^
Z0ŋmMo7;x-ԣȾ3NY:[#9ސǗ*}XH[ȢAA˩N]4tʸ"'}Btd_6~ޟpk&dܹ_??8}̮ľ~b L6ʎúa/߄BBs1ڀl%tߠD/iCǆ#-w(tRzgPL-	5onryQ݀u	SE/^,\:$!PDql'܄Z_=sP.7ߢ:m%QDM^[؜OlS3DPDοyo=7v5tע2fٖHS5	
]oNv
Df,ART1rm-j?\ڻ4Y/^|8-Q%ߐ<ͳ|4-[_[G3.`4pNt7p̴X+\ZZ8s.Jl%2@Oկԗ&&TM%cyVGA[UCۙG"|eߊ26?aտ[HƱa/>*\	d6d08SϦ`f	ʟIWBj.s	38ϷySn%*ڊ%LJ̆AVH٨$G1QX׽^#ƶ}	S_KX>yې,ƛv_C>!&uk<	o:iX$q'ڗ/
=J1>Gru6qX@gtYjV{R:ėZ:ps*ՠZU9۬*WRtd0,n&;YN`sڐ(,#S-!WBf'5*$Ñ)6:ؒ$.Q_l(s6~Z
\e`Ոm<b"eqÃ|϶2QӋ./ٖq?ԛ-ӠX(@{ѐQVy[^fP{~{^!ioI9cRM]f`۩`=AߘZQZqrt^ٹcP
Խ|;/JQx1ky{P'U%L]s\}aFpBf@~~D(u(<(?<%&W5V|trMv9$X/. n=3\9I!(T9QΎlįpG^YHE>xdp}U1nŭ*c^oޗҙa#2Y4q) `X0v^bU-Vn#,FEFMݬDh5ܬ\}Y='S
ٰ&4d9'v<\tB8ѥC+ǝc1QBdb?CjzPni%s^U
҂n%e&:%5VyzgmJE]*˛),ލ`AxafT^\Cl_Eؠ؂7U-#]ϲӗ5ʿu;lTX?3uuԱ"w'3V33?u	ܨ#&}\U`͌h~o.
dKRSI2ǉWPCdy@Sث]3Ͻ}Tmn:,3gq'TuЖIdn:k9_n(<(zh%-
o3j,ɠgv&.F>	.<!!\$-qp%h0Wǫ^۩'yYa	wK>Q	phjf#>#oh`܆q	HzjQp8IaEbgpt/Uj1A4.}6O"3nYZN>}N5Xӻ˂f@΀r+~|-ϔWԠм-{+PKrMy6: Fћyv^oV/%߾kJSy)&O+lx1ԿxHVָAmp'%ԩTlc:01TJ#3G=jBAM}MV4!GtKw(G>p(K`$G]?.>fj0HԝU0qu}|"D*0X]	K%7EP52iX:Jt?ݭΒ>[
S>lz5Peڕʎ˱;x;ӗzSE6h@g?P^!ίo]/aIOЭ=w-Y3ZUqA݆џ*U1&[LA\!L<bC{jϚ@Ӗu|)!B,֡e\7hp=DaT+!a1s6	G:I6*Ƞ	ߧ3Ԅ&9ƣ}]S؇}t,P̘=EJ<f:ɟuǶ*+&mQa/@]nK
گ*2&V٩,Kk=6yq2Ioǧ9xA8CABcR[b0^<>\}55ώ8~jP*~~e0ߌ*̕Y	nЄvvÉX}tAb]:K[5wS\BsOޡxַ:O(+l+l`Ʊ`E/ګ8Gz/43Ǒ)ݫ5,,Fӂ	^EɞOJ+wy"tZ˷m+D{ZW!(`iY~dͪHQ8Aoy"ˮ 9RXũŔ_Y-k{V=!c?>ֻ}ݰ,YɧЁ22s˱q֛'ϵ@YHe3'Fɦ+i<>o?[Ȅ{(#˽Z3k{wg;{+}x)/ݰFa˒V<-]bxq0	t&z`=~T|cM'Fsڬ7͍rNƒpϴƃ4P;ھiهd3!Ziqf7GSv*s?łsA`>'IO`7|"%" ̾v(eو˗ñðbʌ,HvG(c%GcBD_j@P^6ut.R\$>EoinAP<	ήn.؆Msή,|n0g5|JՏRĨA]F_bzՌ̼[nMMv6ӌHdޒWwkmǉPvea#0ŖZiy5$ZUôPbA&k0\+mU4/69[R3g,$JFܬI'b#=/Ϭe<v-ήԐ2ZHF0ÍxƵ\[1#I8J,5!&CAM(Neљifo̞pJUͲZ&Φmک=ߺ]U:gIp\ޑ~=TM$gG>#51~}w\deiwTss:S	%L',N(ڋ)HD`K\òf'~REp!K[°hڪƯE*vJdק&(_5@={fؗO\:WUu(lږVhal.H˅w5.҇?pm;7ÍWQ<Z#>8)o@sZ3j!Oy,ߝeR]9n,@
@%]	bĚumD(tYf.)s\qHqЍVDi,el`bBS|Y`Λч84LR~xԉJHK=]1v':;ff,woNg^I'ӐZ5	=)qN1C
ŷQ5'ёo\3Mh"QWeEPUՍĈY9~RC6,o|tXwDy.R9د%ֶIj!}ġdLޢO[ C'PF_)kqƿ*H]%GTS2tļ~%ֹ]^.;,?	onc`Q~7%$*B53O,G6@uD::>Ӯ&̈́gPhEhf8,2#ʀ[GoB;6Xhv'iLܧ,Q`XogUYsT6p؁[E@,L_gX8L)qL;`kOO|y\6[ZN
Aنߨu(!bȴ\Ȣ1q6Y]K^DR͔h5\F{٭xݹ`Ǡ0^L+FM)~aΏT|	bEіvt=*hʇoUx{ϽPB..noUteݚdHe	!<ΚsիWkE5
V׹<Ccdۧ6O56gؿd;JsXa
sqW
7Z;	`9oFGP%EuX^OCYOܓoNz!j|tg8OiQR&1$tIs:"EC<ڞ|d<1jTuйʰv#K--r!ۛTm(#-/Pf'%LԀQ?jyqX7Hlð*f^$-&suwDm615*#*dJ1?N0o]z]6W"HFu>Ѿ<rwޭّr"!/2ADIUæ'5˦kw:Tck,'38J6ӸƿcւJ[La~Ĕ]~d~ȽgJ{x8?sڜ?1πk gHTM6̯K) )!,..pY5_aûw't.Lou2{Hjh&d<7W<,Wг8p"@exhՑĩpբ&K|ڢ\oepum-n9؏i'+=;T,BuMZ)RHF[6c5.-/ҒسOj8S6
1HpQ`ҘȄbcl*4#24֨^ӷ>@bpJNoa3#r{P+Ke-[Dǃ<YX9Ǫߏ#7+6ޣu
X$)nIqήf+c(oTcڧ"@i]ar+K>é_\ރ^I2S ά'6P^ס.'/զ-anҔmCQD2t,ON!ހr)\/оpg"ʟ,G60cψXR2E}?&Kd~Y`T1̓oÍfLd,ҍ%,`wjN~/L>r	)"bۦP6az+h-r9pWJP_2A{ۮ	#,Py	d\s-yՐYFu{l6ìnkgÎ?Ndۻz6io=63kݞʺǩiBl|٣3fTlyug6@t
vς\ڀMf[#thFuv~e%'ۚM(dftUT#1+"3~[Ϋ`Pҥ_&QCJV3ـP0m%;i=]O[,ka}SubL"q'ʤF!Js+˫,h^88C`le$?R!Y͡{4k=7s{ڭf$۷WV#Ӛߴ	4'c܂Qő8@75SkH5iFBuso Pw
R8~*t2k!4/7GJɣͻ*҇[^Mڰ¬YU7#UQjJ
/mߔ,P9Ν:GSѶN$
=_Ҽ7;m0<=ܠC.cx9u#gVjZcWo`c7&*O9ϴ;ɪϮeq;&xgԞ?]UaFwS

p8ԥœ?y(88Uu/[ղ3~hfK(ޒ_NIWȮ#9,#ܚ>^[c4=VYef.0}<jN7̚_zхsRgѕA٩z3M	rL~J?>r2ؤˈ^`2-ʅx|
tA">i0>yՙI]d7&M,1	Pli`UBѺ~аUr9,ERt0,P6-Cʕz_blY9dxQL4%޺FYHk!7BhK]wXy@Ʊ/œu}V_̪'@TZֱ%<EY`=,]]ОU0]QtL)^/TͥD33̋<j;U[_$#t)7}>{xb\7}7Nko@GĄb2<M$2 I;|̥{wT23WІѩ?fjGw<!LE)*#72T":TvGZ(N.t3$$C9jXc-۹sͯAX¬J-&l~{gӡkn|0_FDbb7(>3S߆ɤzh	Ra-F?;n{8rǋr84@`Bp(mVQEP<c:xEťk	GOE..V/i-%c@?8/6Vr)	k؂MnLGE3fj|{Z1",+ͿxZݎ~xl(gSeh:^աC8QQOޙ7xvFx(y̋pѸwVc1t~+/?`"]H0H!@1[&ˠUY͏p͜(:QeIC]6?_rR.!RTHB`-x8~ߠ*85;u	I0u\1u'G˃Eϥ
\19Bϩbա;Ս|720X%n
maq7ZI\RxKh)ʗ"v^s߇Vݪ8kѬPa+^LGADT*~tҞ#7vHDIoUʤdt§iz/+zWM9ye54׬ٶ7(E_A(m&MSz͢%W7Dg)C>Rs/ޥ.:|4DўfߨWcEُ:9Ȕo+Sȉ=@/٤s;17U}O':
߂GAi}U+	݇SAsmܸ%cI^}9@ſo>og&7oU[m7NяٟAynnPnU.#ϲ%ڄi0#sT¹\v@3xvB"2^.+.88/depi^ e1ъI?n&ˇ3C{B!ߥAUǭ&@ŷЪF&n?Qm-\:u$O^[ͧ-ەN֬qVfɵ2V¿g,[hT#Dh:J[+.g)#fQs60.Y5c#ӌŁ*-vte~@QڱaɖL  [sܮZtKaƁt?w.AA^+yt.kkŞ&a~nltPRؗv8Ev<Uvɷ޵=5ÊKW[X2Fv+1x-lD(ԣݾI;1*|))!<FּINXS#ˁӽ.l'KTNq*P޿T??n/W@(G
d$)NBs8YY`(Vnîѱߴ'(A-G>)3^C<dЮP2ǋ|M*mQVٚL]y^Ҫ8`<81)}gP[hal԰YX29BR.gmTñCJΜx~(Kw85[ƿƳ+#Oa-z|d(Dc6σNsh./wFwkܛX69S<zJb}[?̗;"M-e{!{+?m0hRu]^z*LƜ"(x*8KHE޹;)YCpi;ʦz_H¶x0g.q}!%<h,i|̟5(B+mW?P,o
U69kB5	tkfYjYZ	/rW
f+#p%aڹjǌ9LL)A}_qժ-&5~b?'5ƏǔdS
cnO·eut-YdwCĢɊ(7co*ۍ9
2 (fʤGl
dKmʲג%\n1,n6ޫϸp6LVԘ:D15`2,PuP#ͳ_J;F~
cQ|#H2f9uEX_+)|lI^E-bl,zz%Z'&/M;bw]ow*'qXGtMJCz9ͮ[1t5{9	f;h9>9|LѝbxavMf&\xqVO_a['E^]°afBA>;Mdݬ[ɐr[L#AxbOLA>;z:Oq@I@VK a̗*`hLi<S2e*;2ѥ}\Y:h~8hcӼuhIDsl4^=f |5o_ LNэ}]0yG&T;|y\0	\KnYx{Vre6̧یtE҇<gfn[ͷ1g[z3#iP^uEG[vیfV"6tzEzsƁ ő[қF`[E/k\٢Y#ϓ%YAmEY>0V!TB`ЀL6Q|׷]hN`5b<O'Ǻ.,֖?#ޒ""X5ûNƾ*׸av!=E&OSNz:Roc-ӎuģ,1+N1s><]]|u}VЈ1=ɺђ
i۾ֱ,F4ya B=ȥ3P}Th9\~Ȼe{ݽ0z4gĲG8bϯvhi&p9&Q)%jN9Pf3$r4LTD&3׳s6bH~R_iEOkc^8?wqǇbJQJ$\ߵUvQ"qx3wqCն%H!ޗs\b6ߧk] mռU`zaٜٟ"_ƜT5$.Ȭ9U:U:Ξޞ>	(jRcy؁.xyPcoRJAҧٷ(uf_.`(pi]5o-4#<;8ݡZɶE%i>W0V=)1ݕ`qdB~6݉9RӯKdB}Vc]9jV_1m	f у(2P~+}NR3,}1kI]JO׀=/|ҎٸdոߣwvIS$<9[GA[ *y;m="d/֓?6A,-f-\6JH#,Guc\,ehrWHπѾGl c[ڃW`QLȹɷfOODyb="z+f!(hц>b3"bڠπ=`QLwfU(lyt(`+F،=Ȍߦz8ޥpUdPVdYnta%4w|^3ShY`-B ѳ2Pj OPeH2ekA[w+G(~{<@Ϸl3ϨH^2)bZ^xԓ3=2DpatݼS|*S{pĠ-Uܴ&eb8xƙEx7KϤPuUe̎A*%NWOڤxS7i~S[Ct93AXrwn,96ةYUE>Ό<Rи̣CS+*-xYA FhQfV0FS!#L*N׌5FYRJٷjs!p_*˻POvasyĚ(YEat_Rγ	F,i>;<U%yвDKn	:u[lPb<ct:f#2ͦ&ן6
i`ϕ3&0)UCœˌB1я2QͧR4!drLǆ	UET_F/A1C"(<i _ORD|^b pr<rFWȫ8VacLG	FcztfX*X5_|[zFj;$ڼbEyBt1<}|^lҠ8ؚSρD"v_ ZS7i}d|GD*nu̖yieF؃_Pd^?ݬܫ ʰٓb3D'ED{#a"50Hq1߷=|A1r)X>ָJP#˾Ͳ$@׍9 G8~.s'#rK"'oZcĊK.:F^bΪrZEpsK~YRBj2]<'-/4Y8faW
aIaZƕ|	NԶ	s73R6ô\sL^ #߫JȞWbiyZqFU.+ܩLHYOΔI\t*g@قQ|EGaiW84	Z$l޼ô}K<YX:{>N90'W%%d;Kaѧ}9=	n"%&!ͿנEwǱ>D!5u"otfjZ!]Mq4yu?g%e2ýU(0e$%0W;:q̼?R5o^SzMFͦľg y"1	PV$mۀÊYϷr,Ķeh~-:xF+T#wT8r9	&WP&NjyÑ1ӿʡ\"ˌD98Z7AJĶ{ɴ=\rSՋիK/WSmx.ڌ2ޕ+۽Ǹq/НoԬ+w۷ɼ^"OJaa`Kv4Ac4hl>ybP5PVwDݠ2&K|4BY">z,H>5Vbn2j!W^˨{FGGh LLݢτ"K.ʇ0s-u(ݍtwelq<qwC?^oW?ճ'nZ|ڽ.,rZyV`ΛONUإlhC|rY[ñ^oQ[κ	CեЊVP4)ep<1t^>*:{j/NA{q@U֛}9p͏ʶԠegd͇X2h v4Wfjؠg:K
hV=H/w
U~sӿW(o}v۩Fof|ʋuo=vP%qI<?Zm@n+d>4jޤ`tnU¸ݨq~OfP'ٳ94>%pIБnafgc}0-Ҍ2C5oMz({__+1|k.giy27.[.(wv5B6ڇF#$lʻǌjqD+lԇӪ#2Qv8KR\ETK,h3)jk	I0t\M~#ܺ,qT:6ԧ<g\%ё$nzZR *q|ǯϑ0c_LE`%M6kHn<VS^bZ9[F3c]/R)d]ՐEkYtNu>pB`ǤUM<DFMENy=''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24868)))
