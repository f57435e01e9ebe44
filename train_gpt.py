import brotli
n=a=0;b=1
for c in r'''-!CU}>UIb;11\ϴeN)(Aل߆Q,5=Ċ]V{N[Ocxch XiLw{?]sqU «Jܣ
ʲrchºI!pl٧̗$!>eԔ_*8<5΍cW(־ˍ%׈	8]YJ`~دԮN>+|]9QKl6CK@h_xەnBcȞ43#]l=>CI a	>@FlSF#ҡbαoFM۷·OUsC$<ri/+sEe*A6O}V8,xؖPۃ۳ط~ț"eE޹ϡy!s*q;Du4K-Qܦze)hh'@ŝEJ+)8nmzv*VY/EOH˓dcotSpJ5)DRJ-
xެ"4P<8;.m.<U3hWj3x?S?ľȃƇiMbDa/W\a,%X!Mqr7Q_6Q5:&:d_;UfHp^ƃ7vh{Qtb JVgA3'=~Wn/:$P͒4@+HƧv6bgEM5SQPX<|
^ҢE/"~ΰ T:(yZ>Dyg^hf2:Ol?ČَoLK?j3/<V@c[3)NxMG̦?)n|ܫ1Viړ0tzǈW)![Uݺׯc.ϐcNrOq[#w([.ЎR=8~t/kWTz}x׫.;ϬlEe}+`iG\`*$bȮ -zƵa}H::%`oDP/jۙMa# z!&IMmH&7v܈x)a]%89DÈ?%֘Cm	2st* _)TGż҄½:>ʸz=L,5ś,4Ӥz!Voqƻ2Ә~6?E!}\v`:=B+ocg\C:޿hd_<tռ*sE&&>E_'yk+dS<Ǥ.[*()CZ36>r޾ɹhBKwxw&$ױB}wMT[QN`\j_e>R~CC@!@lҎ,aцHB6=֫eù3	LjòϽTމB'{]'G$(yӵX;Ԣn,ѯƑez|@˕c;*X
l"W}Ì}k~Ӑ!sԺ<b_, Gkvr/AC]08ӹ##<BZ{957?Чa$`PҢb]Xm@ֆ\m&Fڨl+7nϹm|}µPb1`'U%f9ad+ʎb}_$ւ6d٤]0_A07^m<Wѯ<@VƉ*Φz'ȰO}?PmpP#gs̫qxTt-?{!_ZEEq)`JE	7~aY"\,`' 5yJ=Vom6brt,!w!f9CsZKНr{u<c$qH|,ld(HD\%Q˘5QƙCI`]݌)VĦj-_Y9ƚ׵]ށ<sb)O,+c}fԄ} Ncw],X./At(Ҕ;y6Խ"ܪ"kô?x/PjvEFwşj`{wY`tQ$z?#w`2~ĽxEƌ$i̡ٹ)T[b%f}a07}Q=&خbGZI< F9xg2Jڣ߇aW$wDΜcLʙnf3Ϩ=ZCpH^g\B9Gi(HuҠr+Cʁ٪Yq48[=EUxքtOϒ6Gz`4Њ͐I£>	')1
._/&RSVp_0q1hlkMQ_N(%F6bCAaZ}yB&B4x0&mʓ|9Xd )FfYGzSLv>.Z$ݴkչ4,V3BֲĄn Ry@tЊ9[GD? ޜ(,B(tJTN8İr'51v9B̃Nh-ϪԞAm@g6)Y
QQi.[N~/՘A6_glOwPbg2f).f$2.*)*ǨkLĨ] j.jϾtq)wjF 31w$yȺlg6tƄV_1'^7b][QļW<VݟPV|>ކ$oV#=Of!&zuutm{@δJ׵_@-؞'dL,Mvy|؋-w$ǭהH3 =DYƌSL83ȮƂόɈ
.u%e;ܡ`9h°
']Z0L9W)ʗ?m|+O,)JEĤdriLvqRh:/xݹ#/s)>2dUG.$QiH"'FOX7ުS[H!GXQ)q /gl|SNv6)3QÈR;6!i#onӽ@Љ/="4-RR@knG ĪÛ?g3*z<>iMLAaF%aR]$W1D@rNuPF{})!͙ad-wN88j24P}Q,UI|NDDYHyEMSx^v 2HIn/Thn!%g7+Ђ^6B#q1Lc+;<y	OؑT-<էav^*z/IwA	O43gɍKOfȆD} ҩ$o|99ɕbŤF7nX_7joGnHwѓcK3>+wD)N D&z7K)ox>w}p7`v;Rf"`gGU^Կ+p7V+}'UV;}T)bu|>EYQz	ir$͑bڸbQ[5IJaѷx^>(J[ۢ"Z9T<ng7d.G[lD֧Gey׋,*{A%+s6;͓ "$>MR@`^4f#%'խ>4IZW$B_OI& frT}Oȵ˂"h^ܵo܈|'=
ٱ28ks.-i$ţ0JޫڎGœs޻'Wё7gER)MH;ǨYwTq@yia(/Vsy[&I4Y;ˍ%S4-@Ih_q<Y=Mߣz?{{A׽+3Wr'߲̼@ea#Xg _ϭNGp"zg|ύ 5jXl7EV>ue܃l]7.CΙ5;Xy <3'SA8UM??`T{PA֤2!;SժSt
BW^01owUm3>4AzqJVal Ő])G'~pwɼ/̶hՁ|JQT`Q$q	[{(18@[l"߲҆hх0Ƶћ>6%mYDZfs>VݴVDǆZtͅvc64-swӏءRF,ZU`Y1D˥+ip..w]t-+AYUeG"%ڹP-JMگڦ(5_LY`,ϏmL.D^֡v)~=1ǭIliw+?,APזG1]H-.IU [nV8B@Ԁ7Z$Sj{jBXZ+'[-C?im%O֥InlO0ĩ>qW"%wJPijuleϩwPRI%bY	:QC2ce%¹OZK-ǽx)|z8'oHM@	`8p{^:ś[PӾp"t8Ӂ!JWi$KVw
	lZCM$]@%¯&
ۓ)8Aw+82LMEshԷH54';'+WQ{XKz"^N?JBY$>sӵ~RW@nGڂ.Ѝ$Q3\1z	R@R:ӌ,Q,x|wPֺhpÿZ^	_%b
|.=ߎEqL`ǣBSd,Iȫ%
FkYؐUs	r#ܒxóEl|sqR|>|UD}/$ke`$x`_O`gھ!Y[yHT]oSSR-,v\0vOpNȬLI~k
,TSg`ǉp;btȠ{F/rS_*	1į"΂K)o6"4Dơ~q'a_UҌQFѢ|VnMe#g\M7DVGP |;6_ۚ5<pQ8T@"ˣ"'ǧ?)-GERρ,ƂaЃ^X"	gPqA˰bէnu0ф٩jwt]d!hȊ֍lJ8j*	2lo<DufOWFͨΏm_}OZ59Dz^mOûpLљmF|hVԟYsDB;"<3%3ل֍P
1;z:R߄H,qś]?ːte1Ftҷi(fH 3?)ƛe!2xI]FYdomX)+?Ōj-:s96~:rGFzu,d!,:Ȋ*NqڡaPj\)$Ml6AO4?np+5?:ҎSו 
O(cj"deʂ2PΙ85jܧD9X6tjT8A^w,Mģu*L^
gkeڀO6SM4ϳr(<+|4TÏ
&N֯~M/_uYKQ1|+"M-sd}˦ArdpYbD:0Ƙ%RAb6MZ"<ygӣogR5$nwD{pF7vt`=GMy2Y"'{8܈TCM/nǔ}Rn(51d(|>kְ6PAqYTDVANZbT5E3=.ÍI7_P\Ϊm\:nZ5GښmX,O_yF g$ÖPX#Fh?@-j@/o
2{֚OlJ~?"}fzʚb=#d69&Pƃyxl?N\h+PQ?Ԓg8Rƒ%6rYֆ`\Rj51c"r.<53GzE]E$(XKǌ_(dX2/9F(4aLdT
fпII0mD7<ɆRo̤L
IGpHU'@H+/h֢kH
 _7ڴÊEëR9-Q;t+}GN6A.@QɢNK̠ډe9ILNDվ؅uV2+nl%ܡ9g|:-^#/a4p(9!KՇi+.IĴ)?T'/~A|͗QN]}H$9IX")
 .W+([c޹;.{TbHݺͧʿfVƥ7*a2_NgrHM,5#ϡ=E;mр٬GITzKE3CށL#R8Х=$sTV*OCS{8%ĥѼ#O߰LVm\L*VF.{}u*dƴ+Eb]/k+TCUQu;h61x] -Z"CQ\6G?@*3_#ڀ,aiŕTY603.XԬQ3yNqRȆl T!R 	PGfn/x!&pHgoC̘{u#s(gF_8|b1_6+$ОBȇlBHB{0܀߽z`N[q~fq,=6|Tѣ=}qτ#}ܯњa8˱gc8KZ]%l̬3<uUCr\+"%D)'M[ˮaMWܓ-0qq\rx35Y|o%u5jUc]0*2X)1nk21`1}/Lxa;,Qc!؆-m0X7mfU?v6ck}U	ئRtv̈́QEYٞ?DfݧK0,lA08$v}ru}sl	Tdvjx('1{{\Bĵ'=i<*ttJH^Lȷ"đ-cbwQiN1nV)<3uKvC;(&̪4Qefu]cPIt")ջLw?o)TVm)z	b[ETrafeIP[}cˏ~0a+g͘9țY)vSQ`WLY1)5~@O|T3ؙ:E%7[35K5DX]PtfPxͥ]e"s_٧/ƤbwN Z_%!DiV'ܠުֲ<V+ܧĐb%Ol>(ŞV.Z{
&;]3PEZڐ$ºGΔri#BWd$<Թq˺:_Җ<{uO=G.G	M46]U%Zo7B*Q<Fސv"rB&Y#,lݟ&cis37ŮMt74}WF5ʗƪ~)4,E1?l2t)qT.os;NߺOȞ <b:e'<Ұ,nm.`&7D$01رKkLd؃~~؛W$PAqI+$TH۸gب<J($r=iâRTjbmnYk;l7ɚY@0oފ
CF&Ĕ2H?gnE4%TIsbH?X_jOsǦqPd<|%i@_JMC*rv+q
az9IUCC-#B<W(%0Ml3Ӑ-^uymj@HY_˓~D{Cn=WـUVT.b5l6c5#"Pѣ,6-',u Ow>qv}1P:+{-M.Aɩ-I%f[Ϝeb2ĺ3ϧ1{n[FȺWѪ1{͜*`¼jl}K=/s|69)#.!ѹ=_A*S7T=fv|P]m:O_vjI$rL܉GM!hBJ7ٹ@W (<26G&2^0,/HSRkZy9=ET r1Tqh"O>ʐ$r_n`?J#ޫ/1
#})1:YP9{%:=g]n1G%Y*X͹bo[7Q}TFf^lRȥEѠ"f@tekNr6=^qu٘>azgȇ&{zhIxJ5Kz1ϧJ	߳O)z%( dg<حBbv:$x̰X(tռ>`ċXn,6fXe]*-3Čheu*r)+=VoR,Z|Ut-nٮEi8[ӽSӟFƈIXbL3Xmߛ9ߚ:Fa1?70%u E	/\"DWbeybMhW_E2ʅXiX`ԿY5Zґ)	k`mk]5OPðLBi&UQ\4zm!/FfHVb8QI,r|ءy^ٓBrڊ\HCh)J:e$@B:)utW!6"0,`bq'?<#&/tH5#yEr	4ƗO9XvvJK>+UA0j	pjs	6u+l^
]jO|jRߨB:/-gR8pR>]$?>aG6ƒiѾGhnjW{I#8
ddԹ[w@u@)q+s_nH_(u\E-L)ʻ߷ydwחXap}_]KU1;ҲܢXâp)eRՠ:,̽PrPnqS¶bZIFõDÆ7mXIG^bp.::vX'89 6Am-oɠ3`"~Clv>?ԠCʑ*S%aƍl'ݖW)6:GXQ\h-P3vLyp\+[f4˓R@(MY-(ӣ\@WƺR6p&%0HyFmPn$m>iy̰;rBܕ԰N@PX0ϏU(w#Vx\>%3js'/jǡإ԰>d)[62+CO<39?`NciG!l[sjMoQߋe/m|)NxK3[ΝNL#$TΖHKqzn e_ϩOy;$*!aW`1͇Z gg50CMa&rWBb"^Iȭ0mZU{`WѠO@w3`2
]1ȶV	BRHJb/=u8dىWVqfJUh<^&%Aj!ϛ$˱2,ٕnT&;|؀y];U<VH˹#Xb+d0hkcq$: _.*>M\l$9hȳ7	r|`vfϷ8mx9=ǎxL$vuQVP!!d	Ȓg_EDk#q9(.E|ׇE҅bzcVTǧ=Za6-[ԳlkU5zmӳ٭.9VLAۊ[^z.YP'EϠ@ՙi|#T1_']!:#0Xm'ߜq&qbJMy
Hvm_+e̌ڐ(*%{#k]>3Uh@da7,-Ӽ,}so<_(SwNtC,}{ޫr"ӳ}.Jl'"Z-Ѽ%XФ$t>xJ;_U&^6sp`:NTQX$(j"~8	nC^h0kf{uI&\*cJE ;ځbJKѴ/+^MG(rFrK)YK)5D;FAN'97EJc	+ŘOQT3RUGOeԐtK3"֏	&{AIY[:#Kn#5GnJQeLsy_8A(IѡYnLL_Ʀ&ۄ/4J#֑4M0-tI%SZiOn.KE>9H16Vo./Fʎ>rcjHZIJ҃ԃõNA+bb<>N/2M5v΋1'@i@^}k<H<.|VJDЖrUJέ2k¸AajߵC{@yw$ոH<ù0xYp<+.Za,]
tZu]el\S|:l/aBmNG%%u"myd+L֕̀PN~ɑ܆@&hȂ>Y$~M>;]Ami5mE8+k5ָWWh^=XR.hб7)ҧd:ŷGٞHWɥ"2BSO߷#	c//aY8c'fg{ 2!%iEfC_[+~RrDˏG\_LȒq12k*rb'c#jwv\n3V״0ҳHޡ	"5!Y݂^'ɲ=;Lڻ@	{}~@tX})I/oəyT4fa֧ۢF|WzFt0WӤǋE5Ω/+w?]:I?+Ż42ڥv^2A;q0ג5aH)NV@X6*+M}G8Ȧ'61wYj1޷]IQM#é_q|jTÁ9͂ɹ3(ޥCTErt2N<uoCۤkĨ̜}#~G(=,_nfQKV@E%XOQU^V3ZAoA#X@2ߞKe{$er2iWZo<0ٝfԮ29DM=!z7pCj[j;}Y]QxLȶ44Ѻs*:e%<Ǿ=-*[MXWKvǳ0]j!L&ОAW1X*Ԧ,0OH-?!-_bTنiZvy3#6Haк.@~ЁҩE~.O7]w,c*nt?zR,9^3FyPנ^_%4t͊tkBѕ m3GIx>w~NmYrWB
d ܵBN[ˈF_ƭ-FI
ӗв-=8؋Oa"MOWQdM$߰vݡ2/"J9bKh{52܁z'4PZ|{ٻ>[Ib%á[O^;6r[psW+: IXĄؔަ#H)eCl dzr*7Mf.>tTDcL`OG~"63;We(tp\o\lhhݙC[A˔d^V~0ћ1̄zH!Y,s!ҝԕ^ѼKWoXniwL!%\t\NIc^9yMG9fjnг(|ʖnɵxT~x(:!)fچ̟0ba]l0+p²j#4J΃-n(,GaП1g&,غ&cE)Qڲˍ:oǿOә>jiP̬)/$8Hla`e:}5k<ܴjiIFaDBچ	fuoH?ShD#<Ucr5/sƸKrȇivx-TKݡKMM#@|Lʯ¹[%|4ӈ؄:h+h-YQ"܅kWɥGoؼބ4
ĂM\͐dWV$w*kɬ-k&rkļ"#'"6<1aC8"t%Kub͆eB	Rak/Q/rc	D=W۲-ca,#Zkۤ&v`-&@s0={]vn|JCW:YӕaمsQwJПϔ޴Q}aEu
@޺n2o4~͗$@q#`nkԆT[|Tn!TeѨiFw?;?Z'pȗ%
R
ĈOGZ8#(Vu@?̺"9ERѺ~\`zh,k!P;5Pgʖ>80O%֩dkUb)x߄.a{˶0j+t{ӥ ϟDٯFB4~6tăִ̼O:C͠Ѱªܯȧ]ÿٛs2DGVXVlw,})
Lů6rũ<'&<1"@x0/^h8Snkן9SɁ3~j!4.M
9<}JdpQ׈6Ql*}'hsBnDvIc|''?=ais@L:a1+2v\,1z+ltҪթsK4eN2ٍ3=s͌#';DAt*4M<?\ڕ^dͅvz|]MJϫf?cy=Hs|	4E~ScK"Ω=#+1*6-c7=3IǦqu6 xy],ڀE-Û|Qz/<:֖~k()jbȜ5]gf\V zJٲ3VWާ3XZpK-C!)bXgڰȟ\bh~ߺGbCQ|!:jLUjl*}׾a#8dΡkNqXĮiBa:ܯץle=l"x,0`Ŭ3Qק( .SumWrC?A
QxΩ0$u-(jQ0`^
Mt3ƏZvkhƦj[$ks),z}#8<\UVɀ"ZU,3яX
4ǜO7ؙIאރr?t=y-4)R'|S^|9NIܴ8Q-.%;{ґΡGp1&~ȱ,oNDu˂PѰ@-!̔&G>%%Mѽzotu$ijR۷6sė1bǶWݬzsPMDFxY{wBj0(:Ի
G9XU}nE؎*m{[f޶4uҊX[fw%77+6l[x8Q`GV|Gfb4kUIik+9)cVqd#<m"9Kn~ŲaaЌmt^,?˭34Ӈ021BAʂ$)̾c^
3;	\CӍ8gM(ӽT6goR`Ɋ|$փ-`sp$Cr]^$ҕà<A~Z¨$`0۾}Zb&d%~9-A] BBNea2
ÍCK{Ţ2)w0&Ӱ>H[e5+WOie5nZ1[0fЛ!'.7=l֣yw{1'@OFD'o*dc|{ݮ(bdsΣ&ߋcȌB
IJh^| ؖ~c;wNe<%WGm^`hBP\}e]V$&C?@5k&ϊذмrtxczjIC]6|-sfbӡFRgBD3ʑ#g$=LB1YFRg.Ҵ	Q:Kٺh[[%$KB~s޿`>J@~i҂u54#.,bŀ43[Oڧ_V0%1cdl`8y8;wo/@Vý;Ua!Hڶ}
ZPdM1hb:XcΎ~2,M:F\t"Q"[l'cqjcS#<?ڭ=KE/
>1_!<uNCɞ)KyiĆqnGP-;;5doq9	4b%e_2Dkj@*)ƬUv·R[oF{	a΢d8u}N
ˉY%y_Ϋ8	wݗy?<x?	LLL&Uqo[/-8T>W5+*saA	y0g|A>ϡr#d'5&h+̚/94 SJOqSO:5ʹ7ٿWLM*x+ =mC=4,:6 5L%''7Ϝwc55_Ҭ9(Z:A?Dc{ȐݯӮLQշbw۳2}Οt>
JvHކt^gtڀIU*uѲɑդO/[͏*dROeY
(u7p~
a{*ΰhr%=	)͠!0ѯWڗ@5ie
ӡEoGǍ2z+1E_Lϕ:|tɖ4Vbǿf+؇L6L+2,;yCVcv>ܓ$bJ*Ƈ[%il"Glӌ@-ɯIpoҏΌ\V^&)Z"AWtS{R+Ol2ڥ^
i+W&gW=*'pPk*:7Zٜ4&0"}	}lo޹yõChle
͉b5=Q½æ-BarP,JQuPv>.h_޳?k
ghhܑ5yH#'M#ͅsGڮֿz53-|NZ;4ȊDz9-c'nXefSw#JW	'`ێIdoW{zrIT5`<"\]gWn Y<ı9&_HrEȣ^49Amk RlݵLVb5)4Jjbl{eA҃/_8ՏdJv(k,º|j]<b&&nb.!@f]}HK1i	ѫS	يl#O,ј?5V!mݡu)*2^>6(l{AbP4X͔\\1Z~FP-]OA7ÔTPi{r/-O:|3G 0sމQo\3Cw#U3Gzm\)"ڧ%]:1wM#^3C_'1z	uu\SVc\Ԓ.ݯ&5TwH_t\.Oֿ6l	%GND>! ;&%mR4hfθb_c\v=cYK(Czkd<;'o&a9/CƫϠ]HJ4Tå-NCN[H؆@.U9MGU)34A;ϽO1uݔ;ر1ԗ9ӯod`uQB|5V=ߑѣ\o sJBJK?QCwl-!HήI.w6<܂{[]s3;n~4~2~rCkԾdRf>ˣzHG*)ܓ43XmjR%~|gb=GV`k˴͘gL՜($Ԋ6(W
}Iw&թ'hqo@۰RәT'1bRy+2nwNT!s?LŬjz#6vʦ(4>˞A3--,y$Hyt)x0>ѥl+WLv,vcpæF'EN3]+lyh#oˮu8}YiAjf(d̚ݰfp.(OӇO9R!yFhGIV.9ѓ'1=R;/ǅ}ܺ$g¼G½)Gȫ b`={Pߥg[NT@*>[n!e4MF *.#ۤ~]5.=XX4XLKF/%ߝ$RE8b2|ւދnq֘ooD2@GIۖ*`CQ8y.B]zTQlaP!^ՄiG+%(N95ceT~Kfp(B6Wn=!Ɨ٢\)Q_+`^r\k-(RH\+#zl0xM364Š`^#_c?]OO(.^3\uj6\FΈۨ6z8LD{=ı!riNA.wF/ 6Hpѡ	F`dyn͵6GC>ԲC*J
 <7nfBS[UY}:{ߕߗˬinpl}knרa?{Y0ps%fFޟV/O)a7׷(mwP`$w\9FvPAk6c1xKI`eI_~=ɲaկ=.+~1#ť0Y4u߫Q`#/,uVFM#iZlX#		W_&~jS#i;CT̷\MhޙO-Po"̓
,͈J+,E>=[`@z1GXւA?"@)Lbė`. 6Mĵ<(ԧ׽Wա\CĔUm˅M&5ZٯmAMiv& ξ*SBPǱ[a**:H̵GDolJ20ܠҜ1+1Db(R&J׿ϤȔ3mԪ?`|:T]]'&%\?՘ZX^+
dͺx3d{rkYü]ޘ}P+=6WնZlXk.lN|:J(׮@0445Q[ר|Q^2pVgҁ>PR!eSy-Cs)ZbUޱY`7YpeʆUց^-HyɌ&VO|i*H=ԺB<V0jWf#ڪ5iREJ̚?
((r|:@n/ףU=t",'NEіfym[<Y.! 7v:++MLuȏvզ~=bԍ]gQwXDxE.{-kKN[n:]_Ɗ>cـ3v ^Ȗfp	xb`mfcI2N]ӹ]G C! 0H	BY {.a"P* iwuqjr!X1*[V)w25+$8|\0D7Ŭ`7ޢۺCǔϯH&&<3WyJ}T^v_%Q!{s%\ѩ@N(w-0Zܩ Y~ݑpɚفĩnA|AX	F^&lwbݭ;DcUU[ӻ|RGBe+H-5{ayme(ܮߵAn
i"a97M+xYphbdjXAJ,cY`

44 wu˼xǚB?~9W9VfjYWm-ǞOϾج9@EM;#dNWӍ>[<#mqhBӑZ=:Ε4xTkv	F1ٴ.trbBS#'2D/4-ޤ5!`ގpn"lj5$^_l2eLOť\ w;ĮN'ފZn--nKpR%.VZӼ֍ckѦ9pގVAY!'WV,KǨ5]Ϩł";sM-(ҕ~u^UȐާR$vmh(4v"o̵3QX#-*^@Q9fǲ&ޠ5:\};Xv(f90!ISAr8ʐI	?aʟIÀ\q_swo47.CH\YeϪa2-`|Qpej%ݢ{{> |	Ѷ{_6_U."Jus΂`Ϻݠ@S#.=I)zxȵG{B݅MƟj2QC-P,D=|F/#ʄP4ǮF&mE4@sٿ5C'A5G+̹irt!5t¡4[	ϕ~I:!ZE/1c#`4&(ݴn؟9@\-ފ=}8kդE/D5GQFeT!*BE֛XBlQCf!b̤+_L	zA>+͎}H
af.VRjvqsmxL${ĵU94)7a+1}͌ئC\#5LKuA/i@zV[Gyp]qɅt?Yqf|<ޫIGC|g);w<ZwȫIF9^hT04+&z˨j^wÏg;N8)>xb&,Sv(ى5)tvԥ124V\I)?,Ts!%hd_GO{/U`#QjwB-@
קnL^s2fHڮxv;1-+k"aǊgx
eZ҄F}KRraIЯԅPn^-J7s_Mc˺QK؀ǋ	q'"xCڽd7ZNr]ӭsm#a96|U3HӹUQ[+^ZAkH*1dӌv!p4i-8عѸIC ǵCI}7v́C:ё~EC$JcOo+stKawtl+ĸo,D
Er}5U	O
SRװ(ae@<$W*ړR,`j}%Yz6\qxawtpe)5@J{Rڱhh."skwine3Mm$]z5*7r)
>89y_Hr	ӮW<l"׮Ue`"ǿ9ȽTV͢2|BɼɟÐڣ?B[T)ps^|S"n5O|oZrwz@ƁS<\S>ҞLvJUd*ͫxTOv}qr[C(1RVACV6L&ͱ]H)./3P,VRsȱxQXC؀C*#<Qcup֍η_n?Nqj(#c	?J,8ϧk&Whh՗ֺc$H\.Ğ݄ugbɄdw*T{
0Ӧtrk\T%f7FUީ@o~Bع@~-L;+lMܤ3\Ԛ;@<%1g>k;ۍ!!bJ<>^Y4'\ŜXWB:Xk[CXc8'gGNj9rR2"{9^x%3IiI8tX68EGWBQߋv[BJ5pݩ(ETO.:;aD3&Ǧ gz#ݺ8xm
(6bb`zHx\JEئ@Hݩjt3kʺ{
̯9WiVk)uԄDTYh!NڱRޚRd/oύu$է'fTP\<oŬٱ׆dJӳ*(UankR5I+NiHѺvo?wĒAωa_ˊ9aʆؔAM#5ur/>f'Γ"¡kSlZXaȐ7UrKm++}֣M¥+YT}F.u^k#S3w[<e%FfhO}a]Ȧ	
˅iFнE/>uқeqHaqILz[{<<$zA~<"7ʳCOT|fƟ&kpX.FW8ٳ۶(G=dE"}t=RQ_P\ӁՓ֎9c%'@ĘY&T	h[(ƖTʹG]/ٜ9۫-[; n?>/au)LP*LKTf!dI+r45Dʲ_ʠsX+#bgM_AQ'U(KjMȅIѓփP'MsA3!*6͙3V!qyFr'Vvf=V)oݪ Bdmr)\RXM8t}EXk@"WkjHp̗xbO7dc@]o׍mĪ2˓rTVf ˰YbZegYЃ4]8Qȼ\	T& n9/ոf+ɋjZf~ԮB	dIzn[~٬f$;Ƿ?i&B[ΟG[j Fqʹ͢K˭?B"]^J!a4j*ai)$Cc~}$* DڵR+FA&΀Y'sQפgPm͸\3ҽלoOlYt߶kո$`@)}=>llۇЛ+f!ȝvѶ bp3__!O/^A|&M.[+p5h0մn8˥3ǘPYoG}4hxhm״UF,iivȒ|e&Qu|+8NP5ڝWV7LhkbTtjAWܼ,N;Hj74HN;x)=Ơ!>1E֒ruՏFMקi2ζBԖgwVsϖbYʚ$Tsu\+yxA/o֔X,$iɒ^ާػYIƋÖ*#O΄չ׈KПL7Hۦ902ۧX9UHN(õMбY}9Oא;ŢFnلRQVԠR'pDzwi-^\}h(so`"W'rn3=AܓnP	g@;u8<)~Q[\3P2;Lz/^-$82zҿ&Ð0ʥ(PÍd^>Tg`w)fZKaìՅ5jzг)]:ƈ/~ z1fl%/:fkFy_q UZ=j'ք-0cex|	[zא(Bxeȁu_P~~$Zק>Smu~P@4rB0?-z[m+I5nŪgNHҳmtiYӘP60wڨۋb$i(*}*eKUS$gsB۫i|$Aʡ?;5JT8͢=Ųf5=Ð=A[@l|kCmhgÃJ+Vm#6@'C}9%48%IƒyZܭVr-Ub5ɜ|E6&665(ضψfOJ/]fuoZ;-
ZդȪAXbW1ȭ=I>-#߿^&d<܉W
}+5X(P2	OgWl(`rzcԬf*al)C:|MK;\:R!WO Ѽ*c%U)<âR>uB_hBƹ1`иT~c/d7$ޯwJ_Vqfu+r@_ƾ_%ood ҤNKE`	ϭRXH1X}|O.#N4b
(<U3kS}jsM`OL&[TyuƇqJ=DXlcHşʌp{ZVDU%y5UnX¹SӃBZ]'kTi2ZܰsŸ?	>)̭ҝ«_D}!:{	 q<#tèuӶG^;s2Xl½QS+jSHt&u#pg!=#`.OtuіKJb|%6[rgPX(67ߺT28@w <k<@T;ց.O&.G
<U$/^qܸq&%˙0v<I8&.A@*	Ǌ&)"L)=ӽ܉$Xλ+YcyAoG=A+;/s?{Es_PE2JzņĞtz8@5r:˺^WlvcVrҲQ6ySV5=ǏۡԇxL80̙=1G19YOgg#l9z-VA\Q\N}atr?^N1ۄ.g`eβfa[QEw``spf,#]b+qKZ8i9.ӵp)%ܬ?8юZ8!Sxiuk"QdDP/V+XvxYf
+bHg<؋|K7Ȉ45
8ñBMLB'[4;\]M?6<E0+\a6'a=Ԗ,;gwLpLMUuwtGavs|ɬK"1LD6e%7a'Lb!gZ-;ބ~A?L4G<n\-,Qh"kǱǭhwg8x3w39OiE˞!0nVQ[Gׂ}WO~EQRedý+>ŅcB;Hc.ѩx2cm߇͖oԔa0&9
״)vY^P|.}:lHFܥ-V݋ėޓ÷t0m|*F͹@qϢ@l©qݛ
}~څwUUc-X@dēsPGcnD>/,8q@NY0ߧY6}	Þ2&78tD?̋T^p4"	skb2jrcҔM	Q:C2ߨdpL4V~$xEXGӹaԧ*i)[*$x,O߭Fd-[JaHgM+(V"{yB*rhHs[,jw^7X»;"
Q@4e8P©kso/N/Z	H:1fR_/Q<'(ohDLDuoar-kР7d/|յEw+ya{+|ގ 8ڷSt((\Zà	qb1.X_wmTˏ@F0Ť (l%ۥm<egע<?jWN}S6 ̡'uF{^dRq~AciaD1ޅZTbȃE4Kȳ;Ѡk$dש<@u[;$,
A	·'L?QQ;W7}x^;M*)LD6r_,`\=D(ڑp8=lq!JumИ}.|eӌha{JanZ3kbGӓݱQ{+x&wS˫9ۈ$-7֧f1"ޖn&đƚIG'{3+bԨrABUw/~&^ܝ-DSyqgBs>'8ORY"-VZVB;D3k		d=p0҉ѻO TeDuo]LՒĿj]kqom's*}iCd8@bV9lmH|-MPXg-z((ޙ%ٌ^~ޱ՞\|/c,W` g[9

ȣ=kE4߹!u͙Gq[L"Vei'x?skر MFX	`pa[*NzbpSʠySnצ[p$kS
҉]p݅^ߏ'jZ$V5/ͮfb(}qsCM$:rѴp9$RSj)Ɓ+fZ>&bJmaֽėUVz
,O9	!(ԱP oDQjv[a`RĵBYz|dFn5܀eŏR\J{HϳZ)&7u50ףkз}E\C{CN@[myqKəOnd3#F3@ÅF ls0ȡD58#(Nվ q=O
Q)EsJ*{Cלaq()!{gW"5>0 tKkn3[ֿC.A?x/!2( yU^iKec2%p	NYШ[\Z2-JEsPC&ʿvIn,}fM>W:@T>(M*y%GCSOZ#s4MԐwn"ztєUY0xS
P.#}4g~A$ZӐj9g?qN2'jq*`"9*o@mP>w7hj]Cn	*oթؓw>Bi mfٖpf;@5n#/a(JhOG۵+( :;wX߾La]6co^܇emEcώЏ+
EM>&';ATb$+vӘ5جINˑ(xZ{\ʄ+6Av^BZL[z\F4%4'~,ΓWY7k#ZZ/Ro*	4v0g*MHn7R2zVd(-!)<GQ}6l+TUY.5δEc=REz)ۮ>Ϭ`~S.&^egɪ:&,`yokV+/Rx5T;uj$8{Dwc\@sýÑTvn[`Gz˅rp	&FE>֓@O5#HL|VGpoЉȖxߥcuJr?8)Wo1<&x5Isp}ΗHlL6I%{3+Ձ>s۝0\ [|U=o-ϞƥD.=d<cB[0r;My1zث[Cc2ՂRnuѤp
{iycū'ʤs@qw9JаMF)^ürVǜ8	j0e5U~-[aśaXBQҿ2\%<ȓJV}/gk)gOyQ0q`D˷ƍ(n(тwa
7߮q~Ƌ]eǖ )_/{cv^OxɭjÃL{xcS"H!0.>G5\.!$o.h=̱:q~_AغGg?Brg|UT0.gƮ~F<a84>ڏU\
aVF9~E6֦eXQ2uΓo)s^N!zĬDŽ0-rY8ԳRk'%w-20Z"C]z̺ьqh3!tG+ȁ@NX~q"vҬu֙ȶ]bǿӵHz+KݧD;-%s߄=uc_1A.AAًIwEљGe$A'`GB/?59	^o3yƁy"Ԍ 	-kG&X#C'a-]|64C|?n:d`Zgmmqm{':;Y9S'{MCS9w^BhB/ua߹	'Б^.Mf3٧Cped)۵1ɚ7Hl/]3W?ZXaswDvGs!Ǔd)+8yN!^U4;fG(kkӰ
/((>җoCnCݏ\>eUͺ'}cjGȇԹ7Ƞƍ-w\*>1|	Jk|;cWӮ93Ֆ$r{
G;ԚyЄT[CG|Ukvl/V?O9<nwܬp1Z7xƛ&O!?u	p+wqʊJrj[\r5e#ؖ)cIۨm(΀k>հ}*8+[nycGT:kY!XxK؉DڎFQV-˷8^bX^Ve 4faqFiv'RTHϪR
S%?nE~qU+ 7VFb\xh޶X-*P[?vNl?/1@%vy>@+6`yӰmܰaS<CH0:SdIv8^ȇC'raT'D-!mgȢskV/meXPԛ7L,d2g{PwDڐ6VǾ9э_ˤ2wsS$+I2$EtvF!OG{>2{2]:@dڿS]a7wdؼZ1+?ҁFf(Oc$
/U;,~4YY,o̒zj#;?t2eLJՌZ}r(kCӽo*B"ʣ `ծsv2Jj;hMO{Y3Wr _|&l\Shױ:ϩx
K)̄ǀ*",ՙׁ<Ā	>ŐJE(?ڧ\BȂ4]XZF)q(ӯy"0z!& _םt!"gBD=d62>֯o&s{*=]F"~s.}#q!6/Blr2Dpju6ϔ5Q;+r#!(ώ[œD9l̄=Bxx{Ɖu64ߑl-	Iy9Pnrn/qdˤ.}L0ZV.[52ŖDY\yoMItgϏZ=ƦkعKǲh:͕۫KgĵɁ<kNʪΕMs~8ˈ]	]|1`c>]n6"LΨs<HFťiw1or)QL$IXN<Ơy2f b
KFk3ՄȻ6[>h-;]vHϱmYoM#
іdGlT9cS1[|aD[̻e>?z&ƌD69&Ǐ>_]5NS+};TegFvZq?p,إwsUjgW_/
ǔ]yՁ0Vt{)Nr	0{9(a3 y#n\:9ݑy.sc83x&@ڏӸoD9Y%*FDZ>P`7^O1ǿį&_z/zǩy?~xn^NS,AEx{ zT!h[`j(gjnK;߹i7p=c<&ySF<TljڇQ0n)ixJ{ֲLϿj<k'z9xnys /̷5?)cg<Z9u6!ʂI[NB3%dF`9/Gjw}rC*&_҆2\ߔ+х_N{tH׵Gɴׇ>mɐdaymo7.N~3&QwCW\,p}i_PΜW/K?ؚNNM57
 OZ;M20ޠ'&)V*)8A\}ՉۏjQ!Q7ɂ+z-y`B]!շgNR(Y8T*ѫΨX\L|H4UKbm<G=Y
-̋>{yPq0ӎ5D)Df'fo,Ĕf>5lj̊>=كsj)*`ƜO$`ۧYs`#!<^i0g\GxwB\UԈp
p4XzX'ҤˁpX`~FX#G@&d[wj<x#su
Dܩ9VyO=ݠ6_$%FAL˪ş5B3GQlRm?^I5wpGtz{Z43?7d635&'pPIBz79LL߼V%){ðG>ˡA9diRO1Ic5U\ 2X{UfУ}yz8yĥޟIE:Q\blRR;E$Ȓ
,K%[/<&ݱז!a@vٙ4Sؔ\֚Fwٿ_.wͯ4PED:1ñ5tnܔ7O;^9ݍVOht5nԃKԂǢ~;)|I(Y۴Ǆw\ҌJ$`ܛ]܍N|w؊_\i,մhװmrjAp ݉h+)׀*nIkZ#rЯ_VCWJ׃N(~'(+t<4ByͶWoJ/=)@uY|`]4~Y8c=iqkD<SfYِƫʕq*3mY*=]c5;"5jxm!Vwm?dI!H­i4}Jj'"k=tpb=FmpB]94Ŵ#@Uiw.`bMƘׄAkuny	##Сt?hũ)͗#0Qجptr+^tS#.{|x*&Zu&:BPŏUR/-6h8ѽKoұt/UbWAgeKkyΨ{ƱOKO`R&W5$F"ӥ-nefڔxӢHulϯbF+}܏pfZ/<QýOjLt4%&BWJД5L:5GQmfsΗMjSfD0u6p)đ	P@wxOG	ynĤ;A0NԷP&BQ%&]F%ː ̳@gk7p3Ժή:&^U:]|Bq$Su>Cnʑ2f[u\./]1Xi/$GY[H02I@8ݎ8->Nk3$qӲ	#F\YkU̆3bHI<H:pmFWԲ'4[HlR΁P]0\bí3 "'=Z&T]P̰C)}cX>:MA8GFi^MVWեѽ!;U3!#qjwPTAz	PkQ7AI~QßKefLfzf!@6O?xcڻ^/6\LkВV ֍>L?1' u׎*~g<Չȇ/y{Ċ@ܰMĞ~PEvga}Dҫ\U+"M1s=ǡqͣwWEq^eؗwwJ=n;qMU.J:/֗N#112gY!̈́cgiªHՎ+nѵDj85dvsX5bْ#sm!R:ϲ),)]9D
4ӆy˦'|a0.fTZpZT__ϭ*>U2,]Tx:Gf8Δţqwn7,%&t]x;/R\[amA}4q |ʈ<Kwa QMɭ!Wݷbn*")ėi	D_J
\х1c}`#XnlT"F܀|QrْH"]6[KHj26$^pS4m}Zrİz3Gy5VB*)aҒKc|	f9e`ڀF*^lz&Ho`'O,?ւ(^Q2GyeuGIχh
n&^9gf-&/ŇP7noԏ+k>̟	7@k6/8bمD}I3Pg5
2/ǓȚfW~=v|	zc^&.ǯҤ	P5ҹ;C6
.v+.`\Ȁs~p)Tcdʥ
z6t|BdO9Ԋ$"Mjf]op%[RNgoE/pϝӨԝ>]#`uYم4mWi|+;QܺƗnK=/WTZ4ף5Ϧ,=99Tʦ}S.'&^%2uV;|xh([`	qؒN;TM2of*8	6p˖SLn ,Z';Adf̪!:f[fx.XPEۘԝy$st
~:^5.p'+
b%<3B[~H})֊hTZ5e8:ߡoi+QFy|Q=ުQ EJptZX$QotK.zܧ>G)'@97THP^.2I?.DgF@ީV#hEؠƎ[.EY;ܾM&2dW{}
ԺX71%quSVZ!HaʎTxܽ	|O_*X(%uArO@^~Zc5'-mpEf+6>M	; 61qfd sRD!Xυt/aPo.޷8Օew}ӏr8wƔ.g!vX+5k*t+j/؍sg@?VjR,\6
ҊWJ]'Gq4{g@ϸ;rF¨~э18O(k4y,Kex@#
#T٩c#]۲8BkdNu
p̣nwQU+z]mw؜mk|hIR%5 ǰĢOɞ3F:ԓ`*pB1-ܼaNҏA<R֌({Ršj8dZ̜	X}"XҠ1I}ẹg'j0\ls6,R5΅z}< S\̃jgdX<L@p$Gbqy8pÁAZ&&~BȻ͉qo*:1x̯ˤ:*@
"!EVgk!ۉwIJqcPh4F`o	JJz\JFɐH3rjX/!pG{dHڕ]wkȨ'u4:D%ڤ+TrW`0C=kQM3;rػf!}Sƫo,<<y#
0ϧ2^nf`sL'Ő3'KXQ?<'%D8չxZXX8ކ&ȾjOi^jܐWU@4?s>nVcZndu eRˁ<ɣ$Knк(t`xoE߬{<$g1*RGCQx{(uCxB0e)@ήqΉR\d0ˣY8bNu+cVԫkBgaмġu<a4<>rQY>#Í|f_.[-mDR^#Tv;5݇IKF%ɩ:$uԕe2oSɒeѥ,3Z'AͰh
۰4'|3µTQ+PE12a(Zo:Qn%!0CĪ>ޜ5ۃx<,jўNOC8{lZn#O2;
5pZuQRA'ĮN4)|-ash'w:d*HbCi/BCˏCFaSQNѻ͗+`nNqw<27[R(&0z+]BpV:[K/!AʋlKb=?wSFr_f_{;Sʄ#*[o˶#O!Rgd˙Uevt~xIfF]%Oغy\\N8-^N=z28Ѱ;q֯YU
å$hOgZ''|!%"c!ЧRő ф+ZE7Y|"jڈqr	oϰNX_DÂڎ8OӀlߕDi{KȮ3_Am}gVYv^!sqV0:arFTǞAi_'0H˭a\Rk·Ö{Yjn&f%K8fBb
&%[mZLh!CD[@%:UKVtzh<ydP?݊T'<-bɳT:)k&Sd((R*5EHG"'qjԴP5Rv=N_JWڝ:k^lN8o@h6{ +YCբ̘SfWWlt8c\FzY?γ7I95Su׆$@`phHby0pae$L߷_~>60U5d`&7lj=Mç<9"+LyR˶;x{"&^Y1y̆٭ZoΩ74%̇6tuFZO mX$;#d}&.#Aj)ȿu4rLX}߿(;șԌ %?/7vؼ?̿38:.gaܰvGKh#Ԇ_Mb(̇2_,"`tui])ET\ak0IԘ{@T}9?;FB8}
]WvBPgKCspқ˪ٸI)=AV,Ó,Pv_5
S'r#'XHؑ^wD/Y'&5VsՕ;Ϳi6&<Bw0i\.4f-k̴{4"G|a݃AҼw	5/~ݚ#}T(E #jf'/27u;f
˯hy6fM-@(-"!TW{zknzdԺ6Bҝ@^)W)Rހ\ZEX.+$QZ|[~n~Z߿YX+F8ݠBwП
ݻGxGxv>$lwzz|bwp("igNqhPbfMB,PWQvkŢj1h4
J]k^WD~E5}kJ+!KhlJNbKm$0wL*jcƙp;)yIOn<ԞԎn*u	֥hA$J*-O>
UT~v:EG
<Ǜ)w'וq[&WX-{1u!!'7ZbsHV}gKx,c)crөEDyth%Hޑs242XYΝ.Wssje_Fq\?A3yiTLd3r=f&ZOF"HI#4
ߟ:yeYoG7y%:\mU"thpb<]ZCݪ-ӈրֲ͊۽@}JU!09@(ä$l؄ERS+sVo>\9Rf)mn-FH-CppA6Bn>.~	vY>2|n,mnz!L+`}'b?XL/~(	X	vaү_
G?jm5uuˢ}<(W3nXZBttQUi^t/wIf5x.~FX>@żDގQ$9Z04܀W+!E߀(8x$0_A֔!=Ȥ Yli>h;LoBVIy~j)oZMͰV{gGIxr%qOW.Ձ&D|0Mݠ`
޲,5D7$X70gJŕT$͞Zn]-tm@PaίֽyV˾1\kw{c_,'W{9NV7˸8+m=;QHݩ"W!qy	un;|V΂NokIb#&7dm:?wղhpַe|*o%Uq&UY8#Dȗp77؟ȧĸu%_v?
EUm/YIXxNEҺ%O^8ǝVZǛ2MU8ت0T9PDdOyQ@ьڕƅ(4)$Sc}uSpsbv(˘0jpŊaQv)F̪y1hL֛L8:[}>zKD|.ZvGEh0(e)ЩEUyE\~gg
ȑ`:άgŊ/Ӌֿ	Ox{1!SsZF`_M_t!D7(Z!tO_wړWfL:MM3#֜2WVR?OKi&K(ܾ*S6r
vgWש[|ӛa[aKqY:D(ViKwiҶ7"ͳFѡIrI(c<T#"?D3aٱ>CJ̣\uoc*G1_599'V-	^;pz4̬QC;˧\yէ6|xKVp^u\گc)D)׻#6͢վ;IBKJRşp%9AVUS!^ʙs|);Q&9^hMyڠeTniqaC/|W<|~Tt2+<;3\MP>yfE5IʋoV/<TadIQ^@cukƿ<=Ԏ7d
Vs/|{t|@EA%޻w=g@J>?P`e{6.eO*+ԟQT"|&Akg8hU	=Pl.jH+&Zx,of,d"r9X};D2&Hw+]giEXX\RT]zSVVίT!QUZϣű-FAV<͔ӇnpU^a,w}Jh&'=wכ؃ );7ِ?`FCx	wq7+=${23tFyntEߓ27 t{+EjnziZD3\\[߯6VZ@r}>\\O`Ѣ8Tgk}:p2)7ƙ>o=6m\VF/!Ŀ'MXn[3(
UL*І*kVIa ^nzS0w}=bL| HA$g?͐ῒR@-͓ȷ9^Q̈́`*iQ)4f[2o>E,&e9,ޤ 9{}fXxը,ڛp"2X.!~yi%KȨco £5,ğ[|>H$fͫ->s[2ӭ8|}Y	7(Y0o]LE\rH5/,#Еn~G4]-NEy9XCP[{fxԓ_)+9\ȷP]=?NHؙelwdI	޴S{z6wL$(^fϊ&.J!SFLӀWޝ:Vk}!/d!:G0аǛt6qikr5^p 7%A$7&{$os.E7l8e	ֆ|T:{ZkTt܌ɟ;ro|WIe)i'iјTjޣ$e
϶wTv#|.BCbR
/!3~90Y,ԡCvA2}xyn7ݢ8twAzrr͂\ld%}=C%8C 1ۺ!=«[4LODz<R-q@9KnD0t+)`qMX.DCKgsz1#c`Fߠί1¥E$Ǯxˢ*gM;̒q4""Bx
ë|Zp.}\9t[f\lq	¸VnTK{W1+fޓȿʘ}.kQS|Ɏ	u} gL@<N3(%\H+eN@ܯRM&mjoqgeLfǉk	?,vLJΪnlwΚ\ܰMήlu+h0x_}!,lgHImɽj{bְ<V$ldM<WU6#1^iƧW:%[E˄zU{\P[BgZo_pT/KsԙK~G"Lj|bJ&q_ux.Bb"EfVv)AP1hE>qg β3P)Ѐ-߿^+voYK[Evچ_EC΄(lDLtM&Tۼ~IM\)P0Ÿ.XZȕMj3<5Z8@P#Jתsр@Rݪ.qW~Ȫ-ɾk/i3#{l%+t~t\]a3.QQpa_R4)ZËtQ@_
{z	!MI&%^P Ndؘ}692<V)BͱJϹګ <=rnʨta,`;@:ƝcgC޿I|ǳ&$؀k+ǜkQfO0&QPjIlwX|XnƜ=2b,k'0)2;MU#Ӆ|ݝu,F'Ėҭr62bԈV+)hlrKUw߉A$<ГWtqM`!ZFvHM/DM,BA7}*Te9U;NzD.׬ 2BRL̀AFPlϪ~.j&_Nv@[ߖīHG|G32V7ϝh /l'+sŊ)CRѲ_teXUȻWO<Svë~NKۦ#͹?	<PlB:}^K^֋ْe^Ol@YӁyhWnV4`'Fƞ<f'tSZvO"5lvB_ɐIhGã39Ih,Jgb5/7}LR5J̭*ru1n
݇B~MB%UA9'YŖL,/%*jexus}TܞRmŘrR0
@P,R<GCE3
Ċt@+4
?:>@L
HH'Iզ`1v{{>}ql/M{B[eҕdG<qJEEFGLuZw>j/+_&Y׉ܳ7V#W:$łyP;7|K+N8puq[ހru3/L>ڏKi5
:|?n^lc'TRlXy 78Ƥ+BxˆջY̜:dFIV=8&=}|*fs.3l̢aVTڛGOZUX<ݡ"eGJXfeev5f_S~YpW/-zS2X=2On`n\ Y%44p kэA1 BTS\O/ZjBQ'Kƣ4ϑ@ʲElMszKg˷&sH1;ȟ?J
K*R8PX+G2Kx5\c=Pt{e-5u>Z&^'a;/'9&ώ7߹_İx^=iKVnYbbS'ˉ$ 9-̐ΥDluejpN~/V%VDPĥ% s΀+ŵØ6íj"$C-3K؛aN zDvOWOn2*ʪouDɲ
0&ǝGbeXKEYSϑZYr^Hb
La{9w,޾SڻҵrǑjs
cYV8wֵUfe4m`h`'LM/fE&ڝ,ǲ`IR	m2q5KR9AwE+U4T'jr^/%ʍ˩٫]Qf\'jg!i^oUInbYĉ\\<G|եWsP@˷:J̗x#NU;XM_ȼ7U\6}c
!Fy{b#kfAԎvGuL{Czù ޜYy	}7Zafv F-ƽ{%6,E{wr\7ē{tSAާ؂4|k8kއvDHϷ*]dXBA7tKWNP\a)~$?`e^QRf}~K'&s\P8iӝ}kӖfE4~=d&$.ҢΑdЙQEVN`NhgE~рg	-7FH4	%޽/RB4qʙ>dgգÙ=3FuEFǱǦ-umd@_Ž̚Rd:=7qde9yNK 1+Kg19gG4(UXgk<F#sPtV]jYe҇BV"۔[+C`-!ٔ %_֡#ѹٔbMl.oM%[c#\'-;&`_=mǈ!RH7IszA{K2Le|D
Rڬ(b*L;2fl_c(143GѥR̵@HqfLW_:l{y&)p0}>9/Pc̸bK<Q%5=̯byCT(-$˽}N$$̭[i6cx 1Clp.ҿ}6R%!]ިĤ>#QΤK6&1ձ3Vx$tH̻wT`e:͛,ocȻJuF+ۅG_-Ԅޖ_N,7۬FUYAQ95GbPFīML''J
6hKD#КQ-v@|'̙bA6;T=_^H[p=
8E
̆wLwϸ:ӓ<׆a~T:}&8K	В'Qwǻ.I=6U'%5D{TgJSZԠѩ|*c*Ί%oShѢ%iEPJI\Q͐LdWs2Af[\K.uvrjˆj>`ײ<6F5!Xօ)jr/"P/,mawnٷkĢ4'K_ 7bެ_נ	[ףwYn!Z
gV}ӂʮPv/_<Vǭ.=lȅ8nTuNy!]0ӟŵ܇eOSdvF2F"CIŹ42yeʐH;i"Ѡ?ѴҪ#(v6Uб?b?]38.ebГΕ|CuD<Scb?G*bXjJE֜P"HxOh`?P0;'ϧLd!ŴOc+)RiadDJkcxj2/)m{3uy4qh;5S%(@_EScږ3́6Ʋ KU96sן^@v{VVv0+3څPn+fWʲ),]H|lB3G wT٬2 ?í[[ivrUѣ!5l".#߂	ҒeS!|QO E
:R8KÀU֪hV>hB$-[Ǆ6~u1,X1̀OlHΊh"p!xoq4ȃJ*[5k%L|qa[SyZ*EįW'(_T9ZS6p²+n̿GLO1o*[/D֍*#f
LVµRiV%X:X 16ʰOQ'tДznÆ~2kyܲgxÞO@,*XktTh+ÛK[4&=N9Ϩʁ?gՇIޓo A܎Ȇ&zxdaTLù{rkyu׌V+pTSGׇqUzb?iJ8~	J^Lʜ
,
9PE]V31[^8HH`M
6e#4&;]<AKGϖ(|Z:ȾÂK1TGYQ;ՆPb	jS
e*/ݥVFTxrn1r,oN.58H`X>XfwCdqQ&џi۹(+Bx7û7m&ml_ɖCw##5	و$qfi,&OFS<k;M1bܬdWQPݻdʚ[Li=^jSu3V=%U,znB${wOnwME6
"σ.IаtKҮǩ!͡uưֆbئ".6³&hx>UӬ[/n$я~Aюgcw[4:ZŤK[ɲb8fWxwS	GwYdoč}ݩn
MUI1F<$͇:r-)̭ǗۈӳHqƪH
HZ{E&ݦg԰/1`x&s`u/|iv4{cFeNN=aD'^j8vqD
xPd#NˀA$p*oUiIVj9Wֽ߯*-ΉW2B%:$	E1w1g&a]xvgR.20|w.$ƽF]"Iρtl_aƳJφHy}"XwJX̮%>ڽpgf"R=rvrؽ"Gmo=)E_kڦܛ/"u_|ɞl5ք]~9-˥)չݿEݨ2iRJTF54jSbݑnG/!ˍ<y {"Mzo_v@gdLa0a;W7ǋVW*hlտְǘ|>j=k
i!oݔ8QB)ڵn1>	'CO}I3<IJFb@PZf;Џέ\!}(ξ|*#D>%Ѯnr]tp.ԳkXԪd?VNH<%fmրhT$&lseE߭nB!;))@	uvksk3إRdHdG5w6fxrݠˁ4ڔTmxX}
}vt=l B~Ʒϗ55HÃk9cܓ*"nzH;&u;γ-W<cjlYC^Mq"9LDP0ƞ@C0&]dD%_R41W!VGLծ{5rӤ7\Xz!oE<#xL]
;נ8.'W҅17t:[6tX[ϔhsCձa2kƩ	}x=8׽dIEw,[jf}B2y	<k^7s@>EӧiۅVA0`_5Kwcb<RՍ2l.1GE(/l9z%J$ݨѹ&N;Tb}!
SnzO-)Ə5?HVyi1nZD
gӲdMq}lĂh>
Zk gZ%ilF  0M~A-WtE`͌i,C'\$s<.e4wt2qڣ
}x5e*|ɮؑMut;\iX[,Y	-.yTIfZjX6ԵhLFA\d Oԩt<H~&ɑ͝`)xGĊk#`ڒ߸;vau{ǥGB]Xѽ~mUι)+UЀ۸UV%4	4_-9bPDc#ќK<Lj~@Ǻ4}@̆ݟ`]y0*^4+:<wi;S]7C"րa$MİU@NcA!/z<c	?`p*Db"{Td6Uou	vڟs,AGްwǹji߄c]GGRBõ*T##4okb68ʀݯT9<N͌ы),"dE{&!fUGţi\P>ӹ{U*710/g&1qzfǢYӏ-	$'ax[͓!t;!h?drRDRtRCnsPcqпF[7;r+Sr*s
g}55aдF{I^c~B-ǈKt14{bp#V]b}`b70cƯΡ%J"" 
,Ĭe5
O~]PPyg\d [MDΙ>۪tyuXBlb](i(&'J=҈a?yh
g*a ۜ"[%#Ţ]5rڼǒG$|eazWfȏ$q> F|L+^;m|[0Sk]JVx#,0_6FXQ/2#cVdǬ+3{=5Rj"%>Q,O
ڿW~b(إrϻtypp)+ɟE@zy#ooɝeU{`$%̟^_oԓHd5W oq[e׊nV3tŽzkŃYzYA,=tX-cܙی.N/	s}/jWfovX1E-ȓ"JT8a,`
?}8Brw9Kƛ	A=:z=x9~+ñ˕A.&?/~.VP>\yH0Y4rNܥ=JnwB$́n0ܗ-ȁtX	]hb[;1qb.X`D^-]ZFkhHP˗O/&LqHKېJH[QTPGpN[ 9P0VponDraݮ
+{rb bF>e-l]nǡ9#0Y/j֒В|8;M!ȦLHcɼ-e>h6T`BCCY{-!$XZqa:ŋ*J}ǞǭMoNĈ)aw5#RSA*:mG&KǝS^eQ_>_'yH,0թ̐U$Yʟ;fyјBy_VUŶ/{\b%8q~4!)-~OAx;92jöUR
/%~I2H>QH3cԵVj-n_R>3
9œjܔuR&CLT [2wJ#wH.čnƟ--iVn]Q?,ϠmoalQ~'H~	?#R<|l_kH@@nr"ܚmL\)K|Z9/ޣg4_Q_Die"nRs4$-6ш=dBLLgr(̌Q},t#P%\M##۸tX`4''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25422)))
