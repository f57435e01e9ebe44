import brotli
n=a=0;b=1
for c in r'''Cy0ye&L>;rǏl/Jn2X6XՇD(9jN*.kN('J)'xmB2mWڍ)xR`JyhMjY'6Õggcۅru(Ծ;j!^٭"v|O	:,x6ȩp̖'i-:NZH<ˉU#DЉHZ0ǎ$$;}w*(quܐvm35,Cn=b-&]k5s#emĨh׆d%ͺQJ4.,Adަl:ӲǠp9M{330V|~'ufCg3gdHv_iݕ.m٩[ݓBw6I'3k8^S`ʄܰ#,:>KgA<ϷD?rI%ל^tU44͆r>b8+F+z)
E4I=ZZ"+nü`!Ym,:
уj&>W$HJw֙bΙsf3bʂtX?2Dо7c`ҳ2xi1$6VRlNa^εg2_O`GjC27f0MЇ\ mpLc׌~ubwu!:f|toT4btDẋMF**`ϘDo'Z+?JW/9.rѹ^uĬHڞ·:v\bqk;+Aw=v`vQ4wHGJtA%qN}_ɺ2e8:Fڼa' Maa/ѺɃȢVhuOuC53C/?[l{W0Dm}1WFýʿy'ه|a7H$H?=ͤ}23~Dzp#vSRkй'nKr+#{k,6ݴפX=^WzTw=p/rc?tP}!^QnyɎDa)vєS>`@A*¸T=ǖh1-̏wn`}z}&2{LIƼ1ԗqlE,<3/ۛVD'
ęX/IgAgw^Տ:MbOpMUxbn
^e~a^q&ИߴxetLR%{!AHqā'*6\CE|ɸv0ϦX'7̽CʫYӦ=rR\:w,ј\Yvsڀ
w r#yvdXqA^lof%ߞ*oIZxtLE~UE%oҽ2(PUɵDClބT M+b	:OV)ON/͔`|"Ӭ}cPRq`Paup*MLiՃ0
ŵ*	Eږ)*`ܘRs.0ohG1t$Bsλ3I[	[օrziS/K"eR5FVBBǲ;(p	#مGSDC\֜uMVD8VqOOSN;SܐKB٧Բ$1t)ɐ4zG020+1?h]^sɆYod44uR޷ng3uBgʞSQ?QMg$G}!hwqπ(^=Δ5K,5 ~ѴژVXm[#wwPlnBup{XޘۊlvRZi3ھ,NdK6Nq<ֿDȺ9DTj[!r
!]Sr'PܴXcIF,!u}0pK"e
/2{)#pSʆQld
"PʉnɭWU,ɡKiMQ0_Sҕ'C(ۍhq_Y7s4-ҏ:<؈Yqh|.ԈZT4~%'ZQōDP~̨~*0KץD f&}͹QIm+̻^+EU4nqET~=`Jʳ҇׭<n0IFZG 1bo9Fc#sy(ԣо9.DǱFzD˅]϶"|"O*	ixnA)_0g]ĥ~J֡FZQ;XWj݁Zwf7p)8_uΡśf&xNWNYMx!6"p`~حICquLQ45cJʦb	AAgB6ڎhZ>לZH:b\*iŨEoA=V	(M̵|śD^#=m2eF<a(t1~C-64'@.H{Q^aW.Ī1#ňdPoҁ:!j(KX"pcx3%rLXYБ>ղЌ..*<ʍԋibH2-
"/n
.w9a|2	 W']DIҸإ|bBܤ7ڣTK΂;+ƸI4Kݥe|$^Ŵ:j176Bב4C"W.JF۫u~ޕe\
_n^dn#?W@?&GaӥsYhB`>9K?ji&ãٜ$'_i<ۃGnwگ	ȇcӚBW8R̲nޔp~
Iu>׻~
RW9u74aF=ǣy]'igؿ[QdA96>vIN̼ڨsVrɃ0dIΥt5k(ˣSAՓp^m*C[Je*ِ'GOO]|vBN@ApIe7'/nj3ӾF'GU:$//_tHp8&RdM&L5FMt*ݾ^i5<:_7<ޢ]yY'rƺr0Sr@Qtrc	:2G!pA߷0=_-ي/6U̢_ڝ>v8>_ej,8ګ;OaJ)U5@omH6ޓXl}*le&2[@0/H(H6'`0X=!^πQ]rҊ^{}<~!=(sCU+t!OBs./7
	©Y@Lܔ
ikTՁ͹*3ZЈ4)}?&6f|ɐ+.CWIM81aԙ'2#mehiTAzIdA˷߮ЊTLin[3`͡s' tBօ
,ߟx~`nzV/!Xz.<DZY4C)7riHLn6ÊJ۶us3¸|39cy7MOWJIYfZ27]o{cW?Rg2. ʮ.q1-bSg@̃5Jz,<wSB17a$5buؔX4|g9̥eg@'0Ng&=UtOϗeAðҮ8naR84=S; ԴRuKMiD&$	]T]V~־zua	-PP)#GImydUxp\ߪ2=bF.1<0
}9qxD6?<ʧ0!އ ä'u#1Q"EqрDY{M5La>@"|X=f/5T> ˟jd#ЩfÍC2&1OuG۬J>#pGQUu'ٷ	UШuS-?%]v&jYԗԎn63:-[m40ZMG|Iqgdg2;˪_R-N/L7M4GAV#X	uλg5k
0ZZ:q,iD&g-N8_HjaJ	e60rq}6w!qS9:& 
0=IGeHh-26B~2HǍՏ "_XoԩѯNdGh~0Ԩ-	(C\V+ģmDE=V2KPf!]p",֓9yc.ZkNKD"w5K7*fSQȹ=ca&NzMf2e^jDIPz`XcOx-Lӑ9М+*XZV2a̯,HV)C.X +K	KHCaZ.i2ʾ0|cЬۺgSNR]1;{}?74#} mQ9l}t12.Õ_j?oe	̬:;h<0EBa~Ąvbrɇ(TrѿSS:_aΟda˒Wܿ/Ϝ+|KvZ9ݹu`L})m8Tɂt#p1f-ףb?]tӽc<9R@/_&	#=%u.0˰4y-ݾӉJ#dc"ǖ2iVr9zX<^5ar%Jv>ǎ;DkHpЩ#e٢N,7yxUږdt``NdDߍ+\UXK
H~3@]PsFR]Vn_8tP=	4? 2G'9&nֳ&>m,^\[KuE8%6+$Lk_geta߷lsd@ГȎrX[_[ͱDӗQ5 %']Ԛw^<p_l&$l!LҊdsJ+*RZ]v݆ށWYOPБen;1feaɇE]Zm/lڍґnӶ]56w$ޜԡk[T{p'oxC͞5J,{y%Dk9R̜?UZZlTAȟg(p>cFUr;l԰$Ǽ4s˽~(6H^cfxGrt}%W%}lqطgyX0Li}k<Pilx7fGe?x-"zІ8TkŴ1βakOQNC-ڶXјۜf4rF^ҪƹEq
B|BY]lt6ZSg;ɗz;͆\7+c]FZ:«b=&W@
UMʀC{ݹJgF5]d8- rGGuh^x"|4KocO-.@w`Ta(N| &ۄكl@Xߔ1.^MSRӷvNg9Ħ1:<%$|ߓǪf<f(֏=ʓk`uݘޱ^K}V%	n*8-֚!2c״Ն}>V9JgCDW+(v HL%f-װγ?b(^%BL5_6]~ɾ>HxXf"p
6{^`JynBϹ:2=4a)!J9wJɬ
WaE76gVi)A=/׶dUu#U-ڦڎddfsҍ(	,Gщ'\}ڡ$<&^@*kj"4J.'7/_C~FZ:Q{(iH\4h	eRQ3װ* 3`;zFvG>(C&Xo"اr4E۵cʇE2LB+!NV/>A@TD1|z)DB^s>g\|6n]E}NnkR<˼.&vrjӔ/uP،£!#7r܅ae`^À32Ð̮TnXzS_+Ew{فCoB׻f1hG8oÅMjW(b+aM/ق0a{lь`]>unm|[mM5٥#FhE1wE!ȥMۼ,h4Ǒv#\zC	rN)EnD84`=^
l#Wǫ׫s{+dr,HIڕcK#dɲtC++1߇mI	&fɿ)ty3~Ҩ]հn^}j~NIO&׹6ZΦktKZ`ŧSxW!
=0WƵPop7zSKkqׁދktlͻ˵ݏrѧ]ǘ5
EVDf|s;<Qp%`J/n;M7,-=?*C;`DZ}iM+	G"w^H"Ư)8aR ZͶY_&"b(@"	v>C2:'98&-^%^+QnV77:(a:NP0bQݞg3f/zpڴyx[7fǵ|WV}d߄;[bڑP1̙=Za2nPZ?3)z9WoD{`<W:g8IrCe͐ΩP&qK̚g(Җ3"S:NwrG|(|C',yj-Y~UԚ&]<Cslbîa͞]qP}Dr6͚" s:k*ITN}>eb0|-unXl5Ɵ	&-֟E`\NFށ}o]k\`W®)D_@ԛ_B=LIDoe.PHz7pzRk*AtVa2I
"[d٫X:Ή4ȺƆVf6ax;ZŦx-~0)'jUwZE1csN#άFE3AJ7B~SPJ;lvc:/>7>݇+%r<Y٤/`GÓ?Vԭ:غO0/Wm([ؖ\0Dº'Wԏ&X%n		ؔ5{
"Xt8fطUZE&UǑ/H4iM
X܆yϏ6<\}t$
|4Ma
h3 (P68ب%}Hu^oz$4Hz>)"GÎL@-CBD^{A|(<Z>^K+vt7E ބTƄѓ4iԃy{pR +
?j.о1ݶϽ`oaՎIz3?tJBy%
=,	ܷ!M^u<l,J7rS<	?r|-ճ8ǤѮ0n82@4u	d2jo\53xuk[)h
X/NA?%.=v'=-?duu;(hnضIJ\YWm4Gy4P9//?`uq!Ѝ{"Թ"JElckMAR2a.,t-0zgn[SP1+׋
@`dYRKiHy\p_̋\#BٹtSh6}7KAHˀ>SELdBi3.zI NӇa;@Fv4|ަ֎Jcc5`'ig= ڭ)M$yZeX.cfH@ƫgerj*s)״Xfہ|'q(qKUvAJYE"]N7;3_RUO)ѣ+$<`c]abRy`ZaiΩָ֠%==|G7>COu"rCc)32NҎnVfb6Koܜl!&<û_	Ԩű|Пq}O"{/4oHij2[bU"b/ta<(hpȰ?^?FٰI$L&}QR	ݵ^?kã+_±ȍseeyvb9ޚC=7}[WPHcaڿFLS6%5B%Xhv2ܱ+%	G5M/s}k`DSЋN/%lus1V_RG#:Nއ޺<*NR%CG@tǊϬfEy,9A%>)=UIw[w{؏(28z
B,!L9_N"Y%{w+{lI+HϷz]9iNXWv׷&)!Jv~H)>~hldC߉!R^Ob]lS1ˬ6c͝ɀw@̭$W1dkЯ#ˢO)N8ͣw()PI7I/Y#;?&Js2O7EŇM_RU9L<B00m)9ϸޱ]pLQrW3*u>¢>BoiT.YD=_[ ŹrS*x/ͼ>3.Oc,dSg*:O#ܝ@W =3Mֈ7Lw$Iw 8*#IX-:l;d24.eɵG"Z^ݓ[[aeJU/_Ճ.JR3YcJAjKn^<z,1 c}zYʁVOyEvNEoF;с	 w عET.QQ-/b|An_9bClR̃Dow. ƳAL'Ré@p+SkW0f2E3Yf4tkAs07]DڽkRdY<A_-4UcS:E~	\28Dо֒Z&FzkoDCic-/J,:

.*tb_Y&	ІOp(GOExgf&&ה-֜>?$@;}ώǀ%ڏ8W9nȨ~L,pY<N
EZg*:l8n7?C2t	9tՋ!+BЁtq"+yo\4%:dK}{ 5/^dEhKZh-[~vN.Y}y"o8qGQժ0:44QOY-jaWYc<L݆f rEqUwUT˔:?(KܐNVu!I˙ږlW֧;]O}
bވ+L#LO.9khqفlo6$q)Sxi'9HVe;{NJCb4^njHGe9!	1\&Ň[I__O&m?M1s@~94ס87bHӷɮUC_f}N:tsۺ!hov`$+/*)ִbOߒ{NQGX&2I
 a@Gڠ)X~shY
_ì
d xN8>Ԗ_WIb)O<T[̣;*R-F1?vgGE:#*z'?t 9ׂH1t8di-	#tLs;ņH&L9jAixZcNNw߅~\vp҃u[Ub]?_JĒT>_ȥ{¾Ԝi7:*,,VԾ$W{MY{}M!oΘt^5N	EиZa߄AfǱTBYɷs߼; Z;?ōٓ"hVtLi:sqTn=i=S
ت'cg'Aqͮ_E%tϦn$cHT"Ĕ?a֖UewpԦBLș6wМK$bUgE<hàF՝7Nйn3u7]Jht$h[\wT&&pfاt~!8VəYp:@<=fb<8y;{~4qEȕ/Qٽ@
tm/ؾe\Sl$C[uA8őe7dǰfP}N%ptS ly46K8+vbRnG&=7\fyFWi-GBe~?ĪuI/~6R`(ۀknwANYVV^Ǭއ TǍBty@
%lMmCz>yK=uR3L^wԕ4ipD6F-Rnju+;^1vQfZǶ[\5,}eu	yy_"a-HK";ٮCFesRÔ4ȏ3Jļ(/p7z}0У8ۺ2Xy=8frV5߅ߠ1+ΰXF [ȮK$ "aѲl[tsO5\P[Z/1gC@=tHgѴMaҷU̯j[uge~\m<[hS*I£nXkM@_Cb!Å3XxMm5bab-ؐϞnL.Zbr,ü*}:ϠM1ֹԵ+z}>Y1DD/p?s/e94߯ٻ#'=ϡ	ϥ.G@>Oܡ|e*)IU߉iގokܗ+OƲmre|6.=n]yguBrW]ɮA	]pZٟEN͡n]nV_؈2*6@͢2& tEx'EYiU5m{1J~P
hYdz86~kp
x\`םo4ǝN0VK~&b`]{^
~I5°@Mt,^.<G-abȭܡ
ppǒҗO--l0k	nɂL|ʧ܃Ҫ߫9iƄ:ZؾvѤ`Dz0@Mݿ"4.pqzm4#Ԁox+Ǫsͩmcξݍ,ÒvёҔʹFg*$Kؒdժt)_kqi:;m
hBZ`He־+}ݨ)c=)TsܳD/N8vɜPLbMTE+^;?
.{N\TZAwĹ{+oxl34YM.َ|}u
WzC.yViۅ1k0$yLQdvҠ0q/@<pFM=FRu</7o!!]Q®S/ָڷ%`tCCӺ\Z~ڶͩT#"yoAϹjgUOQzkL35$C1{3;
M(i/J+6O!4`|KՋ::7"ݧv%\
R%g@ȚՔeU.Ըp֒}?x]-	YӍHrxq9Gӊcԣq	җOɹpNlxfky"4,Uc؅_MʹߚGʼvcOsmQ,!#yh4qjA"Uq&z#'/,ȧlK}yAʤ.'LBvJ>{B
y:CŰ/@مmIɇJʤӳS;Z_Z
Әٹw4|ma(AŰQ7#'_c.DB+)p_I7fɹ085GǿÑs4*/Bqz]kSLoR`n
`FxD:Aj+ӻw}zTI*MMpeQ tD2\=}wɪZ&@.:$1]uvĤ*tVϡ4V`:|fDԫ%WU"?xm}'t
Kʯ6?iSGPݵgSvk]Xh܉l1˵.9"߷<iN8r؞SW}/I|ca"Rٳ"L޽{n>2f=R
4TejF&dYmşAߒ.
	М:{zR@!o%ѧ,/%vPOxeӧ3V?.:G-4Yacֶ@`00.ȱ@yrn!ū,+E]Q}AW ӟJEUAgވevI^DHޗEIcD?(;ݹ2Lۊu<:"sm$6ب:]=$n)`rJgȞLϱSʅŵֈo9|]LѨ	I-]21*$h˼\^Ĭ$\Ѹj~̫x'WF>TWMQ?C?Gw?`):K*ΒR2`p%mM$4n
i0!YOOn}t˾ϓU]=KVX83,NY?Bٞɔ5ޢI̘Z1j(rpO
-OԼv9\ʕf
FOW=JcԺLgڸrm̆QyL5y=F3ò:/J`[qw3Ϊ-]?ǜČ&ITwPF
	cۛ+{߼ÅC+թ^KGP43ѯAy?#)px۲t}{IF1UOr^D%$l2j|Ʒ0?\|imxm܉Ռ9J܈xLl6j:gbl)́PoeHD|Ux`ph|FP/7EfD\$GXJN-['SyLFYmtoY?o\6)ϊ3@u=Alƛ{O<3ĕXceso@	pHԳ<Gaj0gID8^y#ϯNӐ8az?!\TP4ELXA\;)7˼"G̾zKQWk٩Xyn5L=~".q%Tx)wL҇fl&2wɨ:jT{\sϹ3c)i9>0IYI9@\dȴ4˧-Ac(n<vŀe)jYŋ~ke5˝Tb07cZxF?^OJ)!! `
VD-ʙMZ\]ܭ]9eJK`ɦwBd.$bvvqaY,~5S7jJ7v?Ip?ijA)gحG؉S&1XKtvЙ֮:DoNt~q[c	@6U0/0yV̓¡fJ1)J&ɘSRĪrPlءz57Ho3?jӺ,bJ2aCV͕W_R770)SsXɳ7o/5WS2uڣ@~hAf.Iޝ;T^ #:1$3A -oAbj[6kAeaSRg>p/ܚBMs.\sjsV8/.U8X(};i7ɂHe/M?cK1Մ9ŵcI3х=÷W&Җ|<N̤J><x<q\'P=p3
G_$0ȕhV!fWsxcd^*k3
է.uU|l$ƣeT̳H7";xka@
/:c+~:~ye:\xMDNI9'._O8`œl?,S=aؤvY9S\c/Bʮ*қQC1֩}HdSAMWeJ΀Zn*ѥ^nق\9v͈L"`0*6qV~z,n1>|qFT<<7/ZWa՚Bԩ٘a4X~LrR)KC_8^
PS=bAr	tPucr=]y)=G@2߰F1]uv=ĭ4~Y(>fAm؞K!Y#	y.o"f'!dt`sμ	>QR"rn=%y#1?t&$>܆G00'@?.Y-Un?RZ~(FKrKT,,VN+gS~	e(CL 0zdAU=p\O4ђЁ=rv7LP;NJ4 ǷyR5pHo\e߷D(O1CY!sO/Cjhce7HlbA-2WK\3.>S<DHK&L\ؓ& '3UHY1KŘ{m|g6ǯcgS"xl1[b.Gg5o*;S!ԇѦ(o"T?SCވ.f߻D?eRp7+c^ڸ?K1~CcqK#ZJˊbJ0}NԷK%G֧S5-ܒJpbY%Gn~g-jqFݿvPUA8ͲEVаAc1a+T*<IHO)edm!d},;'5BXIN-WldԆՎ&َ1JA o	X."9}	vypI=Ƽ#wTW[ۢ#w7Lj=5:;U-X:%jpyB%QÐYǏlΐfUlMu	р j	rKւΖeMsՂmd.4hHۇP\xI;qPσ}[suʇw	9(|Mس/ԺtFJ]#%_MR=-;D?oRbfZ25̊]dxUt@PfO%1)*iJܨߣoR@]^̨Ęzyf|Sjً/woۤ<MT/TA5EC3$ar6+kj{Cntl~wպU(F	ftBNޯ@:Ri9Y{Eq(?IҨIi'EKlb|qOke5TSg.P}g~>E2{e	GX]8+Q<sە[gQ-8CY"3ޖlkuז)|o˩bNj/ɽIgl+9
Uц-TrJڴcceF_M0c9bYyǑ&̮"xP+u\A'%b	+ٰvtԠONAD1Ԋ\G)Md}b*ŧd)/ksХFXc)ťw
)M2SԦ"Μ%b"U%B'zSܤ=M=7kRE	:&^[dN:F-$i`+jG=ȿ^O\|~'EWJ$ocX_$m&'M_UkɇUū{̹Q)+ޢ
0:ďU>#y$uonj"x4џ0nL,mnaq&'ۆc }I}&"\Yp~&t'sK߭eΎEgdUI>54eJ!_)18\E_OQV9wRǉ.wu{Q<uu0v#eKۅV|WdS|Dpscr%7ZcMA(b8vS`.z6C޳Њi"hoiіlv-^v{ˌӕӅճTUطÉ2hҎ.7؁8NНnw/d+ޒ#}A%*u?Aa٪ooM\t-ߓtޕ*3ǐk֛5UQ@\7HݍgW7lҺ֣$#tXkLKbr@$S^@|'?9ī6+Kp[Ej"=H<جZ"WH
spcs`ݯƝPʷkLJlZ_׽/Fmq!'VhqǮuN9%բIɇ:W~6 9$5I(/h	.݁`wEh)n:)Κ&rTd+KvxIű-kWjI<2hUD.<ˬ:r֚Rn	12zTRκE	UmnpW Mz(&Ԭ5l#bmN^$m]1tOh	ne&AIV5D2rֵș
Ih|D'beتb[Lz%+rbrē-U@mם38!HzΦJKe۟4^LQ%~8[$n,ԄqcT,|mp-֎`2C
rDF+ИҎ%}	_޲M|Ώ<2_;mݰ
[Pұԙ|۟ɀ.?B:b@eީK>3ʨom_xfsŀӐl){xXxC7P	0(ypGv_uvVګ/F~3їxxuZۧ
2	]۞UyBLvO
cM@5йu˄"kZA3Ir|GDwI{_'v~l#vu +D4EQЏL9Jc2.KZص'o5¯mUqTu"K	n|pA>zLˣFΗvkc
!UؗL3֑ǣ$cE}PoZWƉpC`'}`kIn{;x|ڄӟCduÙ#6p,~p:+teEEEo
3ݥ<~eNMZ5kZ@ɬ(3Rf:̷jtx+ցEUhm#|A.eT6MV02#!u?Z?1Ԁrn]	V.WAc8(~&ܻ1D/fOJ-ٖU0L.zc`	EJc*=C|$١^[VՌ4RqϐERe'G|%ipQ4t}G-bݹBT\֨,'M4p,KYΥ֤tŽ,jC=8aiE܈)WL(wp{C;P'KYx!οHTix*Ν.IH|op/C?	(>0txΖoƜeU;MBrLCpZ3zs̆|NFaέ(NL{X9ғ${n61S|@G;\a~\8wl<D7Ae`5|Yh?ūHߡc|F)[&ݙ*YN/MFAޒEjKdǜmK<(Q6ìnO)JOT{YG&o!~{!YΈJf&o k
g	~[v$]QYezG۔,JU7K0'R>ZHnE.+Xp$_%u;-&0{@p0C>@]FРpגKތ>\&"G/O`>Jtӭz.ƱXASMio>>N7[:$8<(toXM5"&+SWI1eaci
pfx#0C]]\ʴ/tÏY,|F&Bk:rF
}N6xV?5}z27}+n7&XW*k{6x`j>_wgd.fM(jEb"EC>5,z>iBIbEOϘ\xIp8.]lT2@RѲo~bp>:G`[\pU:7Psi٨#[Z H/W0vS4>8J2,?ҧscE'eDg
!QEoy+R>'4юf!:JPIcmJmq=KX:z;HȽFp7ͫSk=}	RHve
 18װ-KkX&6;ėwULt>؁nvї֓FmjL@<w4CZ!@	2YЭ<@P٨X÷!<ԕ5S6Z5=*(ŏſ$MA/,2":̊g|rcD7e,U^\iӰ˩O#M\(whN©pl-Ye^-;qI9ǘ҆8m#ejL-{CyΥg޼ݔ
rdt\yĂJr ٙ(M/Kܕ"͉cT;0p6_rC)XQ+ar=|1I|FUuwzWvKlSQx
ٙ}[[H؋TY0pys.	rz
ܥ|Ti׶f2VY$O2!*߄V0зRIҊhOe&Ń~ڂ36^1í[`_ԉ+ҙSd߬RX)#lQw1b#hqnӞɜ܍]4[*+;^c2A`=`1%ۖQƭmm+JEBsbgYrW?|# 7<~='	}AL԰0WўҦأSEnsA7|y]ŉdI|;~Z}`vɭ{WzŸBi_xLn@*572:ދǩpb8nMhvx7ޱ,w϶a<b]vȇjY$*`	ϜT_u)fXPՖ,SK2AJr)'9Ou~ˏ>wc#Z\wv74a6yhQ]IAD8-ڿjExuki@,ylXwMAcۅHeǏpOtMsǦiҴsrַػ2ߘpHͼc=$Q)А;"@AlUJӶDSCoU~kYtSѼP8KT:ڗݍNKո'IǱ}9ˎ`/6و݄&ڿ#SIFh4E!K̮\۪9WþƐ}ڋwa_`ûk:ٚ|:<'Ij&*Y-<R)|,r`^F5Ϛ$
Թb"$kz+dg	O/ʼ!fF\r?^!QV{OZٓ8hS\<O;W7ԢIm'!>6UB3GnM*Y"{J7ŘtN(@XA0H hF1{^pD]Ԉu}7Y=5}`Dʧn*{f3ȡcZgt2Q7ZƫprNH>8xM}9ٿ*ŝ)k%e_;"̱h:)!Ѳ7QzQȲ
ɛ
NܼG&2\
%n[ԑX6fM<hS@k6?'+zܔ[v΁CrWxtI0+[ORO^U39~H
Ft_wfjJZ.fHkB=҂CqPrq3xdWUc,C!asJ(m֒+MحSȷˏתxbݬ5g8\:שboh;!Ѵ*oFV[rj^ʙoO&_W&jNbՆ,ޠd:VG`̚qد,rr׽9,Rrh"V*sV7!p&POsr:!JpX2ծ&I-z>RЋ	FQЩ	'hؘݠĤ|1}=m+!T|jwșaڜOPXh5E%+Pnӧԏ '5q,_0|"x~VY_߯leoJ]۲-}%B?ު4^2PBz;|WزEpaBG3+|8Jmb]^v¤D`ybfv#fb5ٝȶےbqܢJv,5MYR=Ix=ImT]Ru-H͋zQ		3){tgo+,?QRS[&g'Ysf\2Dt!!Q}ķ*EEH܇H[t}{Ū5I`5ΤQdpˊ%)z"Տ Yҧwvg{[4-7N}[Kj9g=(,Y3=+yHq./C%b[esnp>>Cd۱<uܸRԳjuG"dqŌT |yw֣wp]r96BҘi1"y;(=>-T	F[|td.+48#q#0`+}eGV~L}=R/NuQ=$3h܃ӹaښUCGΜ~f-eYP@vӻa_ϙnoqaѷ*	n<2Gn!]%*°7m}\Dߛ2Gf?V܁61EE]߳8$iuj|_Iܕ>#`G:zvǥ9z `žunւB3.ʛ&Vzɷ)1@"FǍ(exQ>շ}XޚǓ
0$+I%4*u)$4z`fDWL3eMƁY[Qލ߼I	plYRȵ$&Πs#DgƎ\֋'HT5w:Q
wǭpX'bJ6RX/ީV/3kh*ŐM_0ݻ!c	hS_ChnWMLťm.~R;͆?oi1\ȢL*3,V,D+b_|M+PQbOZNÃ-˅=Fο9rxOΘuVcI'\і]1d/MPI-X5Qv7ϘV~cJeRNdPR<'bG`_Cۊx!Q*6
`O75a̬LݥKc|SA7@G!#IHъ('qϹ'7#,)lfIY=d	O:©s́+O&
e=|w:׉aoF4S(jW0J5?Q?Pn"{zUR-PCWFcEB {bdNXJ3ӕ!xf!
xl)$yŽe^&4wפ̌#Ѵ]Sٵ̪	ҝ<Or5UҤt'#UgʁI֍KPOɯq?G5JYa{xH	2|e:zZo:ۊ;"yVަݪ36%g/%'fMߒıέ#K[\3.!b(݌Ա1E_#XiNhMBE"8Ң=!A8ݒbӢ=``Kv/53ӝlyW ܘ͇qp_/6CDGiYޥ׏ĎEYz4Ϊe4	`֗BKm3ÇYד
BkZm2}T,:+g)@ سWDp;YH8yErxBG;^ӲWs`RI/'wZ+F<Jx`Zܪx6 :#ۮ~<*^ɭE5OJ+do(8sHy׃[)pڤ~>ca%-s"Rr$#I,J:\!Ŝ$ȌOx3imIwƣFu3ٟƖE /\9`Z0W`V͌E|۫ލq{t~DVڍ͛,^1$uqDvA( i$ض)ȼ3/9C`zV4@BZY;B{TB5Y6``-f 6o¶Cn51`>m|N"+[P&1ߢU2B8i*o9CY9ũĴ5S'["
-MWWM:BJE~ #~gPgTE|l٭RcıreB[u=f^
eo>r*t׭wΩޒV zKw<CLmfr!g0ia Q;i!;5	i4q(d/1dMzjii
EaL҆͟S."!!KـAb[ufq|a4767ܰj	d.vΘkAY.!P H@]mb=L_n3W73ɶo8|
&kE$Շ2C}(	;?9-֫YvTҿz.ũ{NïcVdng;"q'x$6X)nޠ"Kۮ<US[}_	,9?3$$ͲyK}д8f%'VafvFa/<Hc"T#*,L=OlO
܃023&}E)]$vZT5·=ğJ(ɀէ7}XY|!#_j(%6)KyÌNچSHi?ƚw]y`2a)cH0D:e=svRrdӱ'NUG:VBTGM*%(Ycc@3]`ZSȚ##^+޲ye1ĆvwƧV	cܵC۫+fٹI¨QQJ'݅ KY`ΙߌPɑ?82!3>r,S?v7ݽn0N;\y}prRm͊D>y6LIgB41Aorp@'/ZիŠōQtj#Yg>Ņ́|FeЭFQd9ԓ,isCǝUBXub!st][/~=.,,̣?1%h͂͕zܶV3Wq;b0od p]B~Id(y[FѓݬBH dHBЉʳmC\z(_@/954}	<|ֵjOLnONE%=l}\3292$!5AZUdU`'E$z"0˛ljlҿ-۝]RH/:[/$#\:9=&RՔr|ޖ5SRS+B.0&EǄR^ri.)Og;rYzӇ:
|T=w&ӄ4B4cy%8 @ARoS̳33:4HhA bcnn_6C"XH*bLy1U$D)gh9C0R^()y";غAo4%PX͎2t^U֯RKM "?3{i&Ey5J_Tli44)h}XӁmdGggi1 U-{e,ɷ8v7Ɩp8^ZAb_9d[߮mڦJ*A#](rH/yvҐk؜"|fE=[8dQ]AU3rcC\-zߍDމVcBւ5N̏@7"¦׽jEoWsi""xK$~ k+P#N@f&σ_m*7lcEcNg/l=:EM4^px2m8!r(t#AmQY{	g'I%܁^kw.eaowriv̮?s0+]R1}i#
ٝܣKH #}.|T*Rp-&<ix6;,9a$%|Wɯ!s˨\ؙ"a?}4BOXǗ-!īNlK/`"LlIuF75$n3Hd16d6vȗ-J^3o>{i֓9tR-sv%ŨM˫܉B,I^ǮrV2	_hf[=HyXUe^DrSj(sNIwW$	rhu19@S_6'M5\w[Mmx
O0+a4Zf9?XIX%9xH{RMK0^{y" : ?q2b֡}ќ׶8KhɉqJҐ\EJv#vu&4#RJ6B+̣vhK8m>ba;3F]	Q؇|FV&aY'ptr9%O^#AQZ(@u$=8ڇljYU;iw*70G>[Hѓ{R^zhΠhȍ٥Ì4~ޭ\{id^q;)Tް|rXx~Gڎ9Ӗ	\,S=EǑ	ڹK~"[׈$xx'&ɺ<p4K
NʀgE]0qܺ*hoT2rX1z+JJS1s=jF_aLe-,=ׁIFIlrس+X9d(x?#E'ltbvˀ!H@pv:_]:Mܠȅ_"_"2s5d|ܳZ-˓G/ӕ#yn֦;!vp8XjB
j`|´߿)dD+6Øoܴ4neVIRz<>oIJ#>f&d
XȮg"q:s}:>݂V=.P9ʯ9(bf[OĻHv!rÊ^$S_&ԯTW>cY@Fw1!ee}9Wk4ep4Q?pP;1ZTTlF8Kz	!y:YY	̴kw iU۶uNW
 JH@D#";d3-j,V"KNxZ5	ye1+qUVKy|t_s&(ET}u$Wz޽l`]P\3 vezfLNS)zgkJ;:xP׀¾q{J'3[(TD&>ՃGiT'T\/%EĀTwuTiyzTL^E!1$uђ`#SW,`M-K1W{:3ݕ5h`'p	֜P"V%M>	oX"å*r,0WfToܾ]NNۦ/үHot?mJ.Z+F^#0.ܽ~l{c'9zhr|D X4ء[(Qǆ(x$[{42B@=KZXh;u/>h_сi+^}XThm<]C@E%MVL|[T]s0+grخOU[|6,iDd3%*lxƵm܉ٻ#E&Bd]ǶDam߳4ǅwk$$؀,ѿHrԏVOaG6;Na3R7R)߶)cM>Ƅ`UDjRRmw?%$lMrpI4~ضzk [GNE8#cQA˶,;d/
2hlS[N.	 M١ׇ6^Sq;gNcMzQ>tݔn Jk_vɞX0wnO=ƙsKuZ<P0y[ٕ͊Ӕ	H	LE)>nH"{ѕ"]Wה
M5|g1K\Hm8۰JTۇ]CށE8	x1g|e]iąeKBMi݋tR3QPv&3,#b&~##gߊFy	z!|tp̬U((7&^u}Le8sv+"bũÄOGnATПS(B`vsrKc_l&XeUԗ)IE]͓0ueXyG3NVj7Īm)$YkB֗%h6Hk)U4eǕ.(>]x4Ǉ|F0jxǏ
׸_t}hwnHXKVE0#12?{ӯo+Guv*1:<ICM5,j!jacOZ\X}xd5?W0;>6?P1|"<7h>`qA,y],n*-2	q_W
Z
u~9լzFw/LʵE="7=^]ړ%ߍ_{iѧҍ~WV=iy&ڸԏ¼0XDĆ32[l	L8W߱w{/=/JƦV.Uy<}؞ٚRΘ@]8$ƍ/ףǔs`4q%haCC/VצWH`W|KOM%ɒ	(OU9X,9~z-w \P?Wh%p_U<+s=S(_??#m
Ƕ9eIϟ	>ufBlL&6[M)`Nt:-|I7ׅC^\M`nt}xP,ǎYi34+Ldm5dwnAww<΃<O^-QۣYk_)"mZΕGJ&GخrPExF.}y#z_#6%UGwJCĽfH'VCr^/+o0ȧ|>_Lk6rCc`ЍOc
tzo1D}Yl%5ߔH[,~mk͞ G]DNӵJ%U4ΚmMoWb(J%U~TjÆ`ubHUIu˷#u*-c,kHWtbٰWP!)8ۜ:U$>g-E<z}=Vrl8>oBװC϶ܢEιn_kB$ГҖΒ"ٓȫ6bDG^b
Fpuc }/Ήm-t[kYR$yp˯Gzէ|J*N5tZBqZ-83>)9-WUv.X΄M:dw#+&NN[ԡUҳ?aωw?w9_qdH0#9Kof߲ko!AÔ=B^dhթNP0GҗFT[HZmX["oګ5`l2_(\M3S`S7%w:&+H.!߂'QUU!Uo|U	vFRPJz9&[S*0֩(|g<7j[Zp\fSɊ'//ǸC|cу3jFkϏ=[3(h7Xg'hܮ`+i"У{,׵zȁe=LmV4PPI_&Wv}+
<Yۖ%}	e*Kn:Dre_4Z@	8.3<DcEJWGSo8p]~(;Ï8!]$^l)݈;Y\`mP2I0k}Pl95H{i)C9M>yϊR3Cw8ށ/ѳ;pK[֕sJ1?ViIq?\Wm	ّ,`7-Gh|RQD%^.HdO~y*X}Lv#1rόURmZiEnMۦ11vfi7TݕЃ$rpͮP8
MA'`τʪESۀMJʓ(PobUlf֖&\Oĺ(p5͏Vˬ3k`X@ΓƽϾĒyBb97Zf<U%}Wh5GX=?ֿ^ja>{LMKqC~Q_=\*KmOl/\8;~c2݈^m5n_Pq10Σ,9Hzd<RT4{:&n|)0"}nu	P;[8p٠ޙ8έmʠ!VXoyGUGf("'yvujQ°r9V4ƽ$~M)*_٩8ȬFwsI_՟(l3nЕ~x.thsHfUYIBz#Eưѽ;n/Pƌj˒`λ`úWn`&h|*;ޫRo3wTѭS#@aaāa˓Q*S"LP(\÷f̰mrڂ*RTɖ+KI+/"U; f]HFmP/2ݘmfۻ>BkGWmfxֻ-oJر@߽ś(EC_o{ѣZ3"Ϋh8ZGpɳWyӝ7>~%h]=6~<)ٻ*!ՋXӯ)i-<a;pqRa5:~h.Oےc6GҺwJΨ'ԕ%Ue,%Z]Iо64c5+ە	X¬"4AЀ~CEI`Yf*qۥ-mTOpOФ;٥iE|Ny/)ͽ*OȓvARZr*;PEnOvRg3nڒdsdu4Kkԇ/TSs8@3ψK5Fc811٣_"cZ'%ߌ8uخ9VoI|(\-j]e*}968pD/ Q%B3ȫ]2uW2}oXA;m8)HW^V9{h(D<RB޽O|l]$~x"}P	o!1*Gثڡ#VhΡ71e\E'fm2͟g.02'զk&1S#"͢Ys58sB'֊ah)=+8C,׶;Ԅ=AVc;G֢eEy4m;EcS1H(}D9צ6zx|l\UqRǋ59~0v5o^SFM Q.}:	̪̚ߥCn+^~3Fz<a-:t\)F-s g&w
.SM/cبoŷXb˰*>@!ScY[ {pƎ{HU@r(XWĵlhR/7i5_2diS
$FNpE#O*Lf_Xe-/m^2݃Fs{T5X9KdoLJ,DބF3>*8}z^\YW@Ez6j3Lz>6,wNۈ/0#nhR"t%l٨yWbXXΉ0ʒ>4$2¨UoصKÝxl2ЮG(Զqºd4XU95%!lxE'{՜H<	Oq(/ZEXf]d?PiǦiPvNZ8YrlS+fc`^Jre"Mð^AL~w:n<\Aǖ"݄z9.u3ƿc8refq$\Z8v8elسwvbJƨ/v6Ւ`I]Dni.ۄ`(>bf^[6ށTOH(F8șN"׺6Կ
Y6֠k׶,adZ[KwVȫW1*Iͦ:ʮZB&J)4,-pgq!!f/L3SDL:FHօ6μI.q_q@LӨBԠX	lסɾ"Mܚ)ִzb|qŁdN%ON@Q5R~^ԅxHN2;v;F,J4F$Mj7(ߍ'&lφ6>C2v wG=E)м\}C4>Hn_#<0q'ާwJu=bIa4,%bԻq2̿ǜ*:!Cٚ?A.ɬ"+70eȨR]3ح*<5gG6-zY|\|s7&xMa,k:18(,9LHc˗Wƾ]7nc!e1/( .1TOoMr#um\v,gZ+Joθsmޥeͱw>\SxqLǉe8;'BuH`<B+}Bƫ>Q|@E؞Ds"?d;ļJ"ƍWdٚ% L,%LPlz'%__eSSن˞y`AM|ۖ0
3&)9<=wS8.[y1e[/PIl>We_(**NuuJ$ܵ-gېDC}{Y8bUV]qŉu>Ъă<[ݽϏ9}JmYS{W'G]uȁ|8F3*"xLA˷GX`axœX$	z:w~L3d4H
r| ^ȶ,ŤZ8HLƜOXVЀvmZ'A';7nh|#,qL-V[	F VMњ#F9
ׁSt^74~2OŹMXӺ8Zݽ
N_121o*VvbܭU~O.LTMaDDN kќ92XoMy5cy	8xE:phsёlP{ea^(xm[
/׆Eɔk'E@^IS+0׽in܀	)p3ی	Hfݨ
أgr<׀?GCr*KeS1OÞŌ}֘X<ahc`FdGs/W@x*{mA<</%kL0a93FKd͍~wj3҅U_tkm:s{/\>	H-Dkޡ,Q-SZp@t@rx@u)byCVomaD|bˆZb&pg0DNQ)nxԢ.9rUɃ}}a7*pqtoQ=s8}0%zL[G@ͥ`9I7IgkVT#v-iI'.72Ct8xި{ ES16w#	x[y.uZ m0K:Gh_Sz$ݙ4ׂː>cMӔ?(Y>/y'QB_-E>`L@tw^Iah"/#*%ҊĎoaI&g	U#μ	H&Zy"r7"$c!h%Sp?-eb܅%tƝbc>%x_~d¼LI4<@E
&ψ7[E%̈́{*hT,Zc
Vl҇,WVJuXz$bS!~2ڢ:K9.9פKrܔiB<.Sn5-q/TI$7ӝJ{Vt8+2BXkmorZUx	<q}	9agRM,vчLayffЦܿ;?ێDM6BEzL]d*Fȵ2u_6
J	Xg`WmѮ5^H`!k](6'+Ȏ/},^bϥ`۝1jiר\8dđDɜ1d4L#*Љq!jǭ֐@JLVs̥Ь<y
xgfj*G{G"ťشW6L}lF)T"#$U7o}6X?ǣVqTٹȹ%hЗ@آ͗ȲfE2_s!dyVu#ӫ8{5o%Kqxk'˶;5\Y)(7а6W:yݮ$T8RZ&=m$!}4OZo*tWc޼{p_ΗF̬!(1Hq%]<Ƌ:d`|څ/5͜!l4_EUJ~`Cym9)Ы \T)m٨0GokQpe=ҫdZx$/GÐ!Vj@kSp޸ۆBvLL@ e/`,&fX̧|~v
:=CSc4nN-KX~jS;1qi-oą}.pl@@A5W`'"EEZU:ʾK)@<9FTx"M`m&_}Ŝ>oB$-O%~mج{&IYb!UbC,װY+yOp"E6dSsci<m,:Ӧ$x=ie"G=1ǷԻpSWzbNLuءXMF,H%ZegaT7b#YƲ˽8[Ę}ZͽaHkj)6ӫ^˞?.P)@EѬ֣e'U|u*]DO&oi"ݑ#` }Q+õ۬/±8߿0ox+̦e	ޡ+hV&%@̑$S°ܩ/z(1Ivtd X(!UE:.4Ֆ+bשs@(q0$oPU2A@%AJ;~bk	IHI&>.$ff|ol2Z"dGӉ9y{ZAH&qд	`}*Җ|ŖLFf11XR'Fp)͕Qٖ	BR:CqFjMlTT;ơ,2b4Ǌ1Pm\eC|{.7ӿJKަ.!R-AgSjϥJ9o8"+z2`)?g6KӏB|5َH^S\TӓUKk0݈Ԕ	UED%,k֝ޗr<bK=߮>ȴOIx52{?otI¡uk_Kte17)֥(KibgВӐ[9˼F<ާ)Z-R5~ѲRY=rqf%}yL'l~fQ6Fz{<-=͡mm<fՊX"_2Px<WF :܅K"#`,eƇaOn+hj|ƴz/m9/J	*o]'Yۈ%msy<
g{Rb:biu#_oC'/6We5tE;M~	vl!JK+~{Ɖ$`3(IlZL~|;p3-;L[W!D3oplC֠$[6r}ķ"3΀>Tn+@vU~TTpۑ1w ܧJXhJqq/3zWFѪ#\:vTi}'wό"E(P\e	"B0ޙhљ~{~M00\{BP_;r'dmh5f]p}]Ak8;Jz[
ܩ3[̈1W'r'bL\7VC}ԯI'gS=<ݡ0(Iݝ)r\qЃdҮ_lBZج7ѵ\mqcD`f1:jPd!dy@&l{I%p(.,`V|BH#_Ͱ&ou2U5QkK%ǛP8"`ʶUcL!@sWQ!H$\re{^	LŇX`46,G{ҨV|{`rd8H0~ܳI\
Aϝ-`Q9U(3zwXx<@*]CgZ]pmqXG͢4"Y'_!XZ<ے֡E_ :ؘZxr$DMm2Mֆb Gh n ݫΙͦeٰ$/+~8qgIX[Ї|n,F:<Mo'ڻtlѺB=ZRAzXbI͕*$؞ǮOD	)\p^ȒH3a`ϥBrԩF<?Щ?Ԃ}dsɀs9A2UMu
%=,G<٩8äjPa\ټzP|IZ%ճWà0TGbո&#5Ub1E/t$]/1zq:YfCrI=PptW:$Њ&ݍ2K
ܗvke»+[LԺ7ֽN'UX Y%#n]p,pwdOۺ'< ^ԥXB}FB?<6	^r^c4g qfȃ(ӳޑ֫_1[;Cٞ=JVSsgb|·.Ǻojc6Õ|XpAE~QPصΆ`1~,"7uu%kg:dKK/?W"qxt*ҟIː<vʁǂ:T{Ĥ6|QbD'¹kD\]ē8wPs)͎$ tVKdI?Td=؆΃alvA|1޺[e#ܰ|6s&fnYaR0ǈ,԰>z~כhsù[ߠ##¤q}tMx$`;A6uy4RG%#>Zr܅µ>q/-ٿ׷׈.θ:QOc-4ЧݨK.Cr$mB7:TG@ɶ8L]1nd"^7e54:ϝJPBD9k]˻Lnwv]&1fS	75|B7مub"CsƁ]UTOǢCp*N^:%8`$<Wȁ7NS͏u-§W9?v|ytk:PL>)WN{vJ۷px7&#GXC	pc8V:{LPi9ìoRSU	ҡi:=UG{Nyk9TMMύ~#.mC?yǤ^^#[f3y[
DȩrotD֭P߱`[0j1C)ՉƠD|eB}Ga
Ӿק|(&qw&pw>n^e1Zd:ͬ1܆FHY!bV!u/έq2o']@ǔ~C"Cr4ܥ͗=Wq@{}?
"NѬ_$r5͍gu VkzPtpHlTz,]*6!}s;9Gу|!ʱL
NnQˈt2.ȡ0b}N!R=pvZr|ގqL)%X!RjTȤSBKFLJ&JV?\UXaWd*Ƚ:M7ǽbϮŭ@)Am/35&GXِOb5Nl``+`Ùۉ%S.T!+ė>Gȥv8|\u]9ߴWָ\d{~ՈiPv|OaG\A}EߊM(.n̍`mfȘt)YnD>]!Ӳ ~"2'z26Xt/sy\1iPTg1bI$)JXjٕ3h;rʍD#`؟qNxuMλ  mB
+n)ag3#WA/pr4IZ΢MtX)&iOaDs6܍6HZIƱ`QdYZ	m˨JI1,֏޲)dJ])A7dJz\'DX@Dͅ_xl)Pտ0OʬЋB[=RZK2h(pƉN0*@'*sJQrlͣDM~_4Dc-MϴD~sJYhL4pq,Vk`b,x86TLçG8iLwDHμS7E71:ȼ^)̯g\jZAF![dp7՜?װ:}B(ݨ`>eL,~Mu0GEY̪'ps"Nz^\>сD[T@A''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(20924)))
