import brotli
n=a=0;b=1
for c in r'''kЦ[pt",56>>{"If0PϞ~
pn[UͮL$U`ө<z(j1C%qJud%p&7KtyY`ryФ)4rDp Ä3ɀSlbOu:>#<LѰk-\a!$1cL{]oNg7@-:G0/|ղp:i5up.פOn4	X9|A{NƌKڦا,ΤK^/QπNBq4innwLɜ̤xcRu9~DȜУ7KčqT4[>I{[c	^~US[&Ս0 
ܽ%<VbRȢggs?</t{mkکh&گB@ӵml*,Q֬Z&`az{nt{'oOҶoG,"l<]λr_=Gȇ1͘#kUZIGK0:}εީ>It^*ӵKCB3W6?kCSf+ƃ!s؏;ab")ѭa+V(Le	ȃs&V8@hȽL
o{)fxUsЅpus u4eǶ	TŰ}r-pOŌsJ@]ˉxqC&QUJ3_w-67[Oz"2EIсioZ,ۘ׸4WkOp~ۓ) ]	vfjӟa;>{c'nqbq]Otzov{5ɓI~zuq5-tYMOdiѦE#[-ARV^	BNoTfn
/-.ejm
ʨ}ݸeD7O`ސ֕Oi{RH%l}{Ͷ@)lj*Dʔ0؋Z̵'BERzE	
]ƀORfqrDB2XF!m-Ċ/s98Ҿrt1'-uذ}%{@zQ8Edhwwz,W!јÿ,p<Yל߬O,r
=;4Cc"zHeʌN4oQѓpQ*](/nbnǏ hhbVYa
;hRܠޠkL*(;PvHI\js}ֶ7;Fz	8#+%TԶ	!dB6.ͧ]0>
T1L٩S
0mֽuHJQ8V0̈"Wr|0ATrx{'n ˨" eSvbTUN\ӀO+*÷Kcĝ;i:zVU݂]+>bNa=Ϭɻl7 Z2ҍ$Q%Gnt@ИZnH	!0P5%}a.,zDMziõ:+a8*7i,_bif,KP; {BZyL`e.#x9]F2Cֶ5Rt&ZRlU/\r`XDO¨6"VwڕS)O+Pnɚ˰?9\[|ɳ+@i+L+u =
NW/CV7o&3I[:E"}zj5wwjǟ` <̏|tȫ)t>̴YT|XԌZ<EՌAXƦ'WjSn#yՒ:g^W!&Zʽ2+m܆i))r΁sWb9-3K?z%BiXSۿZH{4*7Uu@/1Ϻ$fv)HUeu&D×\C{ǘRv3p>npCCQ0@ϩ.Ņ,w)_B}yݠШȰVt6\o"m@h0qd"pVi.=C	Hli`5ڽةpWe&$:UgT	Q5LC vu[ƚ
onh #ɧlM+W_ȋ5ced!9M)[)ٗN1jOi|uiL*!VQ?34Y/ܥ\> ʭ1H8c֬ԃ~v'%zPLo*E@ҫ|dTUR/U^CԣguV>"$:/tm9pai	i:hEHJo%4f{UyO,ՁՇQݚźu9`%Sהi\ЗTlm<xd}Lxht+t-;rǒHf5mGgR"ŸϓGcҴXSb4%̤svnԪ+
TYkSUv,j.vծ08_"cǸz'fD,ӿT|8ؾd;,"Ax4'(>^#@zH/L6ϬȲ̒sʳs
(7Fx8$ΆwUFݪ?ur%vnܨҨ`@5~\$Fp<ח~i=Sq}l!Y7Ùˣ@Mgi'RRg{^Ϣx+OjWa@ynÇfd{EElf+8Uu>rW\CAnS1J1Т/r$c.gbX`:Jx*MeAZPO+{d;#Pq_m!or9*ʬ$r7[%zd* l0moݍLY*ʝpdȹKV̭oe	[=[#`)̷*,-?g6JAHJE(tb6&R<Z
ߘ|Iӯ:&T#6`)ſVFAcnS.Q$6P==30g^=C&;goI/ʧOp~Ӿ+gIPjzH2{~.M[?O'5g`Cf_.<	^ɌgR՟:NQhO{|S%*Wagw g%<fA7mG~'ڬDޖ%	%CXegH1?~t &HkT9f3u2ҤNAM1 zKo'ݺצHV9GJxBфXJ
j
G^ąo*ͱZx:[(y!;9t!ئ)tLP>:ї`ei7ZQ-]|ߡ,<pRϾ[[O:Z^vU+[i2OܜKg?xef#4YQ~e	SJ{ƘW:{|EXV@No 5њ6%SHJ:6IӪkB\8ކ²bWsDbwsVv$7;M$5A>8E>EՃExbC΍/Uu¯HcGVzjBv܁jx.ng&j	U~'!vťҁ?]G|.0mS}rQ1J6i/)"WP=ǚ\1Mwã=/+WsLV[qWBg\et\ԼfԮS9G1<W>r;>O C!_9Z6Z$sZypQ<=tr1ڊL9B)BI-ޭ!grC:۟"&E԰,m'Wٵ)nX	FlD<'͔v[ӗLQ6p۾ pf0JܦEʼ1Oiy:^sO)ϫía=Aq^v:,ܩ':!ԶϼƇʿ_̔7ي@_Y[gX|skGms^Nr.i/f\lz*KB%o++Vi3?ojΠJ!#$-˘|f5Tue: SNեQgp;~N:HF iiHZ@L9k7<W"'X$qs~UOdYُl<MTVTRHHX_T4cg3^ՆKF$v8#ͬCyїjRUչd7u.wS̝ܣ:?x>&cG̘h]\9G0GQFɤ&%~;ِ`(\!nwfRY$Q4s{nv?l5IhUX3}h/fJ0ܜ=2+5H$Ƀ+MzlЉ2@io?}2pѽ,u<f+XFƗwH>_W8̵DS~,&=aX#ݽ?hYp~]5"(²1B-!aI@8{`Ra>v:;c!4>L7*ͥ
=ۑ&!ًX/d.ŽEWo8jWOϡqN7ؑU3K.YXB#ˌЦE~U3j>
dkϐ]S{wdG5~$/)4x&W0bPb#*}3Eȁv]$rzRׇǬ%{>,YvQe5h/>40sHl?HXlmwQX<1%m8($}e^*(ߎqǕ`C|XwFGt^AĿ>خ\KqQ;4tiO^<LLxB9UKqIߡaͨG$Y
?0'u]z72ј`Z6Ś0cdΧ˄hV#t DCv0&ʒi&emdHE %`G,Y]XMd.A˧C*7qoifi]kƝ"SQҙ҆W_l_D&zM;DF0̨ػ2@{le˂Og~cPvB#N.(O%fHv ~mcߚtiJI	Ƌ.?i2Fh2TYܝ0:PlKhd?kΠ#/ق!ּ٬ÄSP*:]b\C<Bة'ki-׳
[-1M
3a
f4n4jB2`=*hueXP{͘4K Zѡېу;ĆyH׀J	=4PdՑZ07>&ǂ-,i{@ه?C{uKxt`i7BF˘J,̟cVg!@tq%Cz
G;He+ʬml>Gz-Bz$U߹qe:ٗWΫ~%:(gy*iȴi?-FBDؼڿ>ʢ޿W$̋Cy>LتqAyR//wSh0^	:6(2+lbDtFɱ8_άYOuDv}tۛRWn5wpg\eqԞY!?[gUt"e, %?;W|%_ߐѷ}EF"SKW4λĹz:,34Ki0uabSlVZU',G&XOtM,r9yY$QGXJ_?0xôjE_QNޢ-ќ6A/OL&&=gnd{iվ$-Ɍځr .9`1x6xʻEY9#eftms!]G_D{o6K$#a#1Ш±?3MG[Wc*5r&RZӪ"R,j1KTbQ,ٻ7>v,xM|oچ(qQ.:5ӟO0N|ל]Ҝj)o-B96LWOɂk+xySI.j[XRɼP%5mܟn`8yc.y<Ի`ҝum'c`5VY4DIQJ9y"y^Jo@?]l_:Ȕ'ۓjUya&޽BiR"PǰW~/S n$؛*q"968~wk	kr	tOͣ>0Z%jl$c8gjɥ^4PcėtΛV	#*YĺÃJ-(Jlpwp,+)԰HUUѮ5ڎH}2X_>Ӻ4b.h0ԣ@8{w%\7_|5ڝCP1Ka3K$e#q47R`9dV@VCscwOaquΛ!RÏjO!M9Ѡe9f̽zL2RMq4VP^v_7Ï99@!b;geUo|Lߦԧצʖ>Mį+ѐzs-z߯F߰h*
!Ѵq+VىwU
{b-bL_BhҢXpf(U:(SjY|.(QtVG,zm?nWA*В)z4E"+y؀Stqqm2٨ߤH{
Tۓ;:)<׃ׄәIk\q(1P{̣|ۻDo6q{݊_\gk'qXip~a=qN'"aTƲlrA"[}Wi<".uڛRw9dP(VY9ۼ4͟۪8'XaeIYs*hyluՈRUy^QEz:+NnΕ\!*]Y-DU6'\(Dkm"ÂaMn'6?ufwcqf!CR&W@c~I;'a|̀j"g.H 3vˎт:'T"	Jo6]|xJ[)%Ɯ+&qCaڛ%!T$AڝWL)pMѝ5z`CNҤq,̧h-KۉL-IױK4F#~¹epH<6<S:`7ƾzQ`{Ƽh'=k:_wާ}}bݺlJƇ*ٗ9QN2L[H@<[ǟ+׷8q>$0_z	ҟ%[*f#lF<*/xm?SM/ݢKāyU>_ڊ&6`݇!ʐUe&҅"5;w/ܭįxVf-N;=v/Й~@oi<BzCb̘jY37ˬ3ɉi r]pc(ő2&'ӿՠCH}ӟ~ؘ->yΎŃaT}tEg]irBd8ftQd&rTWI'0+u^Lr!IVfŦj/1Fq$N؉
Zo"Ř]SNAX{9M`t~Hg"o{!Ϩ\mL#/mņ?ږ MjFP!x@9CqhF9ԇ8h޶V|#d9eT9	?Fڀ'Χ&{zɶ	[}pf"KYMcy¼)ڄ}:~4ƗJZ/L~Lwmޖng%sZxխ4kn7"Y޳yȈR.85+p>YH
ЯY
).v|/j#O<LNOO!.=>/2Z&!F׵QSv^x|̻yQmi?lvKӊ%ܾ+ܖ:FUnNB1h̟EuH}9()ypAy!=]5Hc[<\n i8g9>ӗ͎.gkȺ?pYt!ߡ{AZ!zLD
ڶҕw A9K~~bMO^.vtUv˱d=ٱ;0OҚfǚ&L$~&aKJft>
Y"	ZZ ҼKژ7ʘx&XII$"o<ϗ5عI_A"57n(yLQҬfѱռsX\zOD>W>1wX,Bg	Q1~սKĘtݵUBuaEsyA3ɵC5	vtv	/G\Xb6~zzބ(Ko^Ffh(EؙjлE<;Oͪ޸'x-vu9%;"c3bں7v#;-ltz<rһ˒G%Wc-Uix$y`"@ՠ˪K%>6)&yPҒVܰL9Wj*	ЫPnTG<Ta,,DBs#ޘDe~wHqGߺ]y0nc-;Prlp%`pt:`0,M*,E9,Trm~[yLxîYEI%>.~՚M$'.=)Rdֿ2Tڗ$dB1.=^ez;s!һÿǥ9DwҐ$JMlHȕ8ܽp9ĭt1eّёSn&IC/γ;ˌڻ0ơ~hbaȏSp\:sW\Gv)<C|"q:vAka'ueOCgRָh|JH)1zُ!>H9t^"M[Z6Mj;t3c&ѐrS̯7\zf[|ſM_|}'x"HJ{ϙ:tEOe)C-a߮OKߩ5&O7I,|>E3u$8j ; 9Ueo^fn;P=	rpЂ_|Ŭ%<$ʬojS5x&ubk۝bPͲv݂d@ӒZi@8cբl`fN^H<rJȒ@h?L{}iewQ@A	>l3'Ze"[(˅VЉr7/hi@ͣf24WޥdKK$JE300'$MBUؚ9kOt_qjJG.mtQ$ojbqSWXaҁ{̘!͋ӆ1!'ަaͥea/ݍp'+Qp6biaˮH9CܸyN`Bsnޞ$%S3T@v{BŴTy:ަ2aXŔ$_h#`VByS2L=5{OGAI>]NU!|Ymýh{ə/0>GgYYH** đ3\Ҋ*IśefޠhËN$`IE05 ~tJdj=fmL 8-L~]gsQժ.fΛFCw@%ΥygTYS	p*QS(3ZaÑf	%[mrCDksŽfL1sN@Q@!,240_Ζ߭ɡ_N]$,ƒI&nǷ[15>b FD]Xăcw	[_DK=uQR\<{ϖm|Nכ%z5Šu6;MA>sSPXOe(_4GE+)dt@qp_wZEBoƵ\9DIYaQֶi&>ٰaz*JӮfxA|S[|XC͵\[@8X|+)EJoVʕX]-ޢniI=ÂmB|_Sg?nJ/H"39\އ{B*ODωҸ\΄Mwa/A<̒x&<JQucvׄE6Ā(=7͘lݔIϐ@~?иGdiNv:
u9SȟS^Ym)JoZ}\׸PoXD`lFXZ/TڛReܲ°"L	eRۊ1dƩCd} .t:Hh'݉'ʲ/&2`(TTt4|g7!f?.R:v1hW8eIʰOY u֥+S-[ݣJPlΨ75,=$j5'cejKo}ؕE[z+ΟDKwӁA4sMApK~q@݈8EXWwW%zG3,f'Gμe1t\Cl ։rڅaİfl)~4MOg]'pڱk6m.ʄyAm.m(?ػٍ]#Nx=C
ȉCC$kGd(&;]p

9э"<NBuQ#:ԡ'Qќc!bPT1C|ԫ5mb#R},Ox~ps"wRǝ?esbp5P*zڬ&#R 3K8VO'w;]+CX8]
G=8!׿Two۪.мZӀMՇ+٢w_bfu2)xzo|ĄӖ+,dg\%&؈тlܕ=OԷX+U4!Ѥ-qR{%7{cciLw_-`kVZoBf|̻"ܗOMbqMÀ:l8=H	o%)aB8b]MEįC4-bI`M*yEXܮМU>7%|<b=;GҬfԩ0aj:SG	K3/Րd|Jhy/'c8<z"y̑[1R#Ȧi9h#7 r}MeƗ'lP{a	7o,TPB7%D|qRNMRBFbj[jǶzhǍ
i*FlݟAwˈoiv¦ T!.EqCYN05$ք߳l];j$ݮ3xǡ,3n|/q8YZurOx^н!/a׺F[^/wkޘXht3	Xˌ|۳;F<~)u:?Y%Ŋh2Bt+	1iSlk9[Z٭vcYȶ<Yx9Uk51lͿB,ȥ-թȆIhxD7QQFYZlp2wClVODQwjv7Icpk{6T`[چӌ\O҃cuU\>pG{ޡ|ѨyPU%Bno3XaDԗVYc&:.D?eRQ\Oޠĸ"Urߝc|UŊ*$|=GFz0]|?&g!lAEr6CJR>mΨϨr+y3'^~ƇEZ4Ɲ7&;[a*Ǟ̀dcX^yH:a1N)W̈at^R޻Pտsw ?}cI͠qq+Ͱ_ͧlp37?"A| 7B±yƺы׊JG/*Ps*߾R8{8k+xLDw·	2ͷB(tەswd	<?޶/Sv`PxԂǛ{ܬӕ^]ͽz`TTՕ=+_D{|[z=zCړuƸGxZ<&jk`Ҿ<svLpZĔ	G:#B$Lf\	b86PʹHߔC~"!_w5aJ7ԙ4t0QlՄL=GOԀIT,m ]|:uΆ
sƆi]p#&]!TcXfu8k9ҥ2zC0"[ÛN<.PM[dḯpbYqz>v@ā:2BUMt,d~>dï.mK'f0ƚ/7ثȍvV1pPi3߇Sѵb
%<
[1[lQ#kV!']c_EZvVחءi΢,^!91Ҋ|QK2't}߼U9#ƣdzH*,+ϙTa9Nq8'Í=2F](G})iT)VwGY<LtJmCA.Bu̽Ց/نcot!53u`bo`Fd+tg0_K4`G{lR	\4Ua3'Hձޢ[1,$!n_^2<O|ٝ!);ts<i.:ϮJ;ӂm_V6.ϫH<kgY|٧~7	((AM7׽g}5{BN#=dbu­ye62p]ȞWUt'JҒ^|Lz%ѫյ	!RBOja&&iLs*;k80DKvwǜ2D&ZKvr$&DHǌSݭMH5)z#mRpxC>~-Dj6qM/J2R=fxiK#Pw3@9{@$=4oPZ<r+t+~ڼi1[I^kȪ##ßiH̅?щ5XPH%v$F-tx;DU-3֋Iz'FBn>ÁZrL܀Td(*z^&-rH;8;[SΝJ?Z1\T;	t?S	0F'#_WMѣ̲
ڷĪ`~?Nl1Exnqڀ́#ǈ̜kCb*:|Gi\tyXZ6=qx5yKՑKdt1Zd(C&G*ηC\urY{<p.y\qY׽_r6̳YgۢWK'&g[LYn/ۗ<ZӮO}p#["DBZ_R+(yTɕ$
"
:7ITsGemk@:]Q[_nt(0~=+{#41Ǚ)>3jMJ1|eP3ٍҝR/
-߂AXka UxN	-l>WAo"?>H$ooj%2C:vCh+ԕb<-wl 805(PqZx9,fuP.45Wp!ID64kT#5&ՙ'MDrs3I{(n7=G[wmI/;RҌ8$ߜE?S}>ѧ,pCdT04րRSCmaAW:ڸ=ȵܷqmy-(@gHق֖yM\4y]<HInL<Rzסƻ6<,lՋ:/Hۦrya#ڡUfqlq\5
Iyb-Z
VK9u/5T>4 ߓБz0'bRǕ+ޗT.Q9tpy-mH4MR
Q*W	gݤ:FGpx\FF&"!?78GMT`ќTmXD$Ú\߻EEiPG'7va $lqmf[JVfP5_=rبn)X+WDfR.roWA՟܆_ʦԁm^_˂R{	܏$j#[LqnYI/>[ܗySJEjrfF^cVki˱h|PΏXgR$41#}ԕ@xuA8jgqjXmʞZUShPSCIײVa4chOa)\8ݴ1CPaQ9BՙU8OطOdyJx3ګ)+zl¡F̅hl7M,?5ڑBR"ČΎđ\/Ӆ:]Sβs@M&2oߪ@([ʃَB#οɦ/M7>ysƖJnmXc&($[D2ӥ526aqE@8&ӼY2WG9՞
x|)}3A`
J5A_0:Ey?7Vm̷ZxN#2{m5&@f1ѬF]˕ƟJcM;B4ƈ7[<KAJo^PݕƼ
Uv
mKg޻Eok@o;tn*Ng+\f`[nѰ==U)<]o6YO4Ӯ[;ȫ\E/%ޕٕ:aQOp,wK({d3PqPLcRv>>+X̏'{fӫ3}H`rO#C:=O+-tP5dn) W?w(E,ԔDtߑn[	QFƶ=Z9c7a#IJߠCU%"D4jBiqq֑+tHdTͅ7~=Ʃo#GǛM\^Ǩ<1[(֏aޢ"R,k75 ɫ
N-wt+ǰĸ~}˨w޳H
^B}CkI
Bs	}gjU+Е9,z;17&i?|6CEG°;B$oojt|8ֵSft4Guɥ.t #RSIuE,xŘ1v|1>	u |9Ě&}g+=3Ԕ"1E6WM6)e;vq&?
UoXqeNͻɆ'&Vˬ$k@cR`P#Ye9
T%Ԑ"LŻV@Zr̊3=/ O0.uۚ#$1?+%{طfۢEP׼nҗҧ{ߌN
eC
Tk}SäiPI?qǲ`dS7Պ5mI ]q+\Cȡ#PKKbn,ѬȧH߱C->D\n|˘H8AqwPgYztKaU÷"F9F=ҕ0d6ۏ8Zlò?S=8804f%T'GMDW?߭.x[TOWA$,u=ԡ6׀w56-6WAyì\9y#rG,5AƱo$ޯvH+?-/>Ϗ	Ѯ.:I]	:'+[=YAA܆?Ζ*-
&h4$u}׌S֣#GUCЊ޵[h{YMwgR~VPshA#R99W[>=I{OrN2GA?6*"dMv+YwvE\|n!.	(LؗaRO0bwOr|3đr<`q=P-_B&ٍˉ~~~TYqrhӒHӊ&Y(o%Ӝ+|mt1gGY&LvۓIx:fpP~ܶހǨPڕdثW-9<)6rU)*(Hvd:jb4UW2xc/ z@H&{"tZ<Dd}ޓ7*ZM"
DH+ŕZbv<ɮ|`h;[ߑSBŽ;XБW6U8zHzeE+OoW՘|%6/ϣ`{|03O-{Px7NprX",ܛͶ˳t$vwW`QxYruthfF1Zə*2MCS5Kxі1U<RЭag8s@cmP;R+]m&ǽx-uAD:<~sqta9,fG7SF/tIJg;ry!R#Ѥ
gԃ:Ey^ڐN5yKג&>neӨfawnBIx9J^R^a4rvʺ2i4~7U	̔[h"#0Zш;8+78ݖs; D|}{cZ`;o<B|A7GhStGbHK4bsʎQ,ZЋUrndUr}ѨύA8Tmٿ؜o@e9*+".,5ɂUn@ф[]Y~Z):"W'˘"_ݥ:IuKknG9o1Ζ	Xv#	|jAJmܧI&2VQ*34ۀh'B=kt,9`	կvm8hskOQyj¦
;4-Dƃ
vWǯ|-b{sDl%9YǤζ94,ӆRQfčTAԉң#/L?Tz9HIVʹ-e|5pIvc
9¼RO3cکu\|fpqW8P5Յ(QM*~/{EV/;rv:XûXOqC0RV?/Bc>htuM[cЂ&xOy2ͫXkW*L-Ŭ7H8x»|\O3Ӊ:Wڴ8)o( Ug&Y3Y%z&ӃA"?ޝcq[>B-݁a=ĬH	IGr4Az9\TS|)EXxs7J;FxiUirۨtd@_co'ߝ*:tr$5tcf[{3X7EUUtJY,`S]XmC=KɸƥuĩۂhA`TH9P
OHV&̦~(DuW	Mír\
>JSdq)iE1pH4*!|A=
Qp@5'sIcAAQ˗]`D;76[f@;@+]IXm:hVzx!}J8/KnTdհ޴N8sEr0k+ث(	nON	N(> /~3uK1ڂ/QnG	]ֳ\2v~&qĵyG5΍E?T)A-/S,%)*POHgP'TDI<2"t*idpEI6AqF>'ϰZc9(F,QPfT:8Eo{,{F	r)8#SkФmܼmFZ$}J+k,=3NCʝ@Xq#0o?4(jd#ɯ:(I3OѰ53Q5|)KrVH|*E&D*y k>/=AQӰϾzkg4m{i8^%օgUޣvgNi=Lawg<K#4e߷Ӳ7):VXM<ʺ΀<ҵ<UePޮo.uK:cYτ$	P"4;Z+ƪESE"sjۥo֋>M#Z4`-X4tqZ!be#56/\k,E]ŭC(ى  [Tj+ͺ'ݜH<JJ5jhSv=OM|
ު5IhݤJ |4&Ň7nLP$~*@#0`LmlGɌJ:Ovbt~۱u;ځȍ!*0A=& nwjcԊ:TK#C#!n)8 P?&łUa'8+V%7"I!Z=_)iùz7RBhCѾUȼy٪٦oB'gdnu?KԬ~U RpQ9-x"+]Y1޻=d{"aΎZ8[Y>r{TY)7˛ъMCcgnA#oId~79LM\<QC4ȕț?X	U/P8MOu^6Mr'aW@Fi1	?.}uoY=VՈ)v#`Q(MD%dĲH1٩`ԂЂji܌Po|N[&ͧňgΐ_i[׃VO]ٴ%
10?Č9'RloSX[o5u,G)ϝo̉ff])jCZq
7A&6ǩx3U4d2w:Ro.LUi |370*.=Iŉ*?zkI֭|L6+/.ۃEA^%Ȫ7Tہ/R1${cRF3{v14B_˛~|8֤$#%Qޑ'z
v=vAg}K	zAƊ\oqyL|\w2*b#'	@/9_׃ohֺ/>9BCV[O\P@ʓg%oBJIdTõ=0P9dFxX+"!!pj+H.fG6Nk`	nn8wj>
.(NuKAwVoz2tuGW*xOLSDuk>
OC,~woKu{"bs@DgcII[>,rWʋɉx1)(-ԊAurLlU5DՑKAàIfʮZs~OOvCLyC<!i`iY+ڸŰeH׎.</̛bq8@wWа\}HUkwƊ`~J`3
Xp,ΆEEXj@`*ج_.WzX$Yp3Eݮ>+q_/Q_l֨il<1jI
,
4"lUswܝ.+=-J[d#k9N(ݼ^U"2>Dq2͡ݠ}@|>%>b(ұ0Es|[ȸ6eF6LVB7!KW=Roh\ő-KIVgFٜ{

Mmrmh'"c	Ȭש~ڏ#|Ldu,Ŏ_&@˳{=ї	R&X)oϬ<H'}f!UKd!Á!4Z+ΣoۆS)k{	ef]fO6xǒ&'qóP0C'Nw=iW'ϼ>k&\s(ѭcC36mߙY1,*z˂&VT"Kőǜ/dz>xZ؍;!@nK5Ez^ʹ_zZdu)qVǷ)^׉G3yXO'3(Tx+2"Ѡ(A
@
ϱ!KEޚO<T="6$˳>RycPg8>~]UxЍA+ʔ;E>ll:u<׌-jRڅw~P5N<hD$~P80s\Bj0DPԝƸm4p6i1<R./l_h{ٷϒ8%_$o6*xݶ[`ĢvvV^f-9t\,כƐg|ȀIzp,Ւ%M/lǸg?U&+HӮn4\=q[-H߾u>ȅuX8W_wi$ҺlOѽz:CBvvPyn,U0ަ4Okca-)3%1ʏUz]|=`ޛyap hِ+^y&sj;kkNa\Zl!Wl'yʑVގ3ո<#ܤٌ4Qx%5ɃO7`GʼJ$ό;utxӃxi7Lzv
[{ÐtlDM?P\α)<[S:X-$!j/4?^f!^Pg%Rc-o&'sԔnE$Jg{hj:+~̛ĵ%/Or`8`4ʣP()m\zua~Kͷh.Ej$op+qMJ
Zƣҭ_:q#0ںt$ֶjRQ,pe4D/EۄgjsZb]rȮ߃6,)`'&ۺu)"۠6lZǇ\Vvǆ3,Qƛf"CE0E`;
vܱIMk|ZVUֵqr5v5$ni+ƂNJ-]e3vB;A`2اA`܅ZЩ7m{"y4kp*v	:ݴٗcՑ"mg:+C*;{fHEd/Y~Yʼ^wŐ\ZӲ8i[~W*8E:ScO>KlՈ+}ͳ|ۚfȂFv?ǥCP7ϷK3H2B)==(O	iE/aGIv7œނB(߳p/KHD7c=LׁCfG-!-.Ϲ8Ԡʠ*7H`LْL+T\{x^X4B6+IOe=#wq]T֍p%wE1}_-j[Ȼwj%Ss.<{t0Tf@HSLOb`bFp ЁΎ0\ x^
yǭjϑ2*.t[Iy.Nu@'Q|@Zx҉O9yEKZ/A'w9܃AI'%\
ʳNmImWfHs"faJ>s4O!+tޕ'cL^^fpڭclŭM4qiՁj8R-9)d[$pBף7حX6P#^^epЧ2ZWq~OѤB`bt9Ї'ۄQX<	\"_hŏ\n؈\Ñ<qmJDb4,>dcfs"QӦen5Dʞ˫oC>F>$3l6@5)8fsːA,/iip/TlsT
*)uk?d33kL}^(`=ڈ|Cǝ}ӈJ#kngnM͛BlF.p,!C8`>/EǢ-g6h/ǮPR
ЫY3`֛dlJ7$XǿJ/Ȳ!=ṊEr*O={xƬY׉W9#.8*mp8	ۜaBӁp)W@Gi53Pz|~?/#"}yzZ:*ٻ3,G̢N
^%j+ ͗n0_X]@d wo p=%e1lע̘ɟަwRyٺ<oZYԹ>҆F!֣)ggE6r~3[aJ#\,\Jj &OgUniTH_QOʎ)7,de޺U;@mZ'Xl+rGB uOkUrg},7ѢZ1BҰ:bw)8v(Hm/5pGϮR~ܿҤ*Hۂfv	~Ah>wmE>}F[sZǎ%ЌK:X7"k#IݪӮ!\8Fw҈SĒ@)K-f^i+3}PĐEs>^ca2@fJtrGgӚՓMw("5^If$
>yͨ}ii"z*qcӪRAjEʘ0 <631?9^ydrDx[6?6ٿ2-#{?9Kr@
v`^nFn|n:/aQʾ֬|B	G]ۿҩ9$_8Ks%u_>1OiWHݑ3vw,U׸sMuފ)A$Nzɀ<3g(WNǡ97ͤ$6*W]:DV-hzk+NXrz*MCz޹y*~ņ{l?n+e $Ė5<0*KY!h]{tȈÚ	-C,`C{7sN֙GZo)OJZu55%,K.ώLBuuXM=@ɄKL6a6.0v#1g0Z3X|C@.i/WW2oQ"P)r_~#KfQDaCm6Gք.Fyw2edѬso#
kpCŔb<.t?)4Ǉa*̇}Vgߘ CɄ`t$d8@M)9	ՑԗKL҄~%@fݧd>קeP)A3~cahOx/h×Etb3s1ocR@%gxo#]nXaІ~mT!܅S{WE[״P9%ph*|(=L#@yD1_ʓ}'P]E!Î^ʀ_X1ČC}^QP$/_˔">wɧ2S|y41EŪLΎ\/Ն46gTvtxvoIe$k=dé/(ajˋqfb9*׹yx3έGI سr}B١NʝoITٳ@w'P*PH'E>׊@c	Ԓգ?&3n*<^-;fHXۙŠ8|bؼI5T+"[Qc`pNހ,M%طͽ-UKstWrnNEظ.g{<֌NܝUky[ v<	QEJ^V)xIԍ&\hN@Ju"C¡|сŭPSIi&rQD,4G>{eC9-xֿXM+÷$z	n:0l=\53,[)+4ugJ+7IW"mJ(8tS0:_MjlnM]t[ߞB'*,!splXϬ~CzCҸG۾HBޟ¦kی[!l:{;*H=r0|v0	c`99<g@kUyx	.JIܔDKv7}epՎΗ)qr2zގ@`Vf&L5N14bd?F
,d-9'̉
*-/o\d2cgWq2֘X2cJB֤*|~)NhB^U~ѷu؏
׈yWVdiDMI&A)a̍NѨt]2M~؞ˋF8YՏ`0RAs#ڂL~مʨɀʲXۯ]2g_<wFaud2̃;\ OQ-|4e]Z&g2kt*ʖh]:+I}0s)`\bT`ռ(˂_	]E>Վ_5X>ldX" pq{!>p؀5%v$ʮ(Y]1':&iLk`c6<HKZMAt!}\ݗ%heگö)cMWah0:Ȕϥg)g}0wU;&k(^_s"fFm¶к.&Q[˧T1Y0ü0
}9]VVr/	&iPK)$Շ}dT1P4_ωd	+pԢ.ƕ+x^+lsNɌfnzRDU3xIM[}ӥL2ے_-vqqSZIR˛o¥qfU<zݜMdYZNyq)%Ҕ_؎(7m3BF/Yd,
aW=='!w
},Ct[(ºp>?>zN@}yK.X\!3IlV[(YXo2rTӗa\3H%4bƗë(Y~%ǌ@7b*kCG+6,?k!B5˜Q>+/)|c4ޠ^#Ůϒ/@<6 .?h"(QX<gT+{gdLn5W~I?߄#R!c$b:UR}VѤc gVVMRn"odY7IyA`BA6jbIBh:aT|W~ V&)ZhHvJѐ@k׫֜I2!&+V8f!|3	ܵ>3jWڐo&^ _dxy]Y Ԓ]9anR]\S|ҭhSA1Ը^U8"ez,+8ƻ^<2ߙmVSE
k({Kݺ<SC\)<ըe-L]o|5mLS,d9rǃ1b*})gAz<99AU|i^EeȃGGمLۭI.'Mgvj+-l( /os}.LU,"j_PC4tbURbV۸ɢոX%lSֿt)&ι_Ҝt֚ɘ=EfLڵdEƚ]gG1z"	N$MNf	\̼݁9^c'w6^*+?`W5])\"HEcؐ>XжM&!/FsK1=m8'.~z~ڻ'ϖ .9#=d4j\ۥszWjQ!IB1waX68Eɝ.:ivwƂ;nl&܏ЖXϙ/i.idW
ƴEP'9<%_T9@V:ݭkuËcd3ˣ¤YP;gη0aRi8?k]_~ێCAjΪ52?V^J[ͥ(C%EΓ(T1=ZUEsׂ~z7%F^|Jb:	TحbŚ^	|)xq3ɕ:i{Aƾ˨_V3w&DTTȤ#lhjE#IgtEXĆt@}ɵ`IIwֿė[G߸v%MƁ@hy^\Ŀ&zCzUm(Gپ'KL|A&4Y\5BbCDA/lTR(Co/Vs6CݪqO*!pLݸлΔM#AQGTNV6Uů?LХ/:}GwU}1+cHv7=.|Ggj	4Нlg^5)<ƀqژ<rԭQ*<fs޵D:źOo\5|w|bP\ct0 0:ƿLƕ,'!L|"/0,X@*6&xG;SvyXq/oPӾt)	#dS41˺׊W׬x<VSR]SXJ;*eR^Sږ@)FHO+Z:Oe7` -XJ@(STKBCq5CȬ>nGx|rU-.zn]O:`vK?7l?GZg{ԹDL[u!}5ש6>,Bļd	d6oF>puzDnHm~9؝I1'mz-WV>X-ܓZ$ܵcקWҮ8ik;\o	?EY,P(p%S`)OgzZicbK{ܖLc:$ʓU,`}mi=w	a.Mk)%L`dUN; ʯ<͉wk
e`>xɫTe|6'7+Kؤ(';9Eͳ>DFՠ˓Oofaݒ<=tkx2C#zcא9'ѳ ~͑zÉ&^YĢR<ug)c1!
qc\KГJnD ĄKA$}jPF!
S)!$??WCσIɃ	e4vB{.ZؠSwYMkAYQ8G-b9^{teRr@#͏AOEWM
U`?uW;%y-0{g\1Nui[ި;]vXt=KJ;60=G̸RS*D!ə<߾G}IuOO.,̴>(oFu:B&/bTrzB#=#}z`j!`6`TLBcH8:6M;qGC1q3|?_8A0/!$f#N0Kkliʵ++֥,Yeq9hI٧.y9t_q!
K_y{ܾɦI93IjV^zsAYkPQՊM=;ڎgh#(J/twcqW?z#tf̟2-EÅj>Ҋ/ɅϡծɅy,ܲ}C ׮UBjFGU!-u.Y{|ϻ^gt>( 84	>'?exfK46k1govx&ΈTNm!2+XU;^нIO,0"#7]*Ek(HmF-P"iƛ#"ӑU A-h#urP Wp>p]-yo;sV1	k"ͷ;Ŏ-WhotJb˶QÉ
.Z2[^3K_JFAAPTiiJ*ʐ*O!YЎQS!0Ё_A@^![r&b-/IC33Äh@aCh!RDd`CQ~HuJG33Ƚ'Y!J'SʒѶ)]߹ҝ3"T.t}Zf*=]\^a$ bg
ųž]'~)،d~ϬO@5mxc,;w{޶ygJFSxCq,jAggEmo'3Y98ҭRL;	ٖ.<N5PS=4S~vt<`/aQƌ^[(#;a.|ޭ3FfҔ`n18+1W#9}]@6>ˬjf-߽vHwm!71sVtL޻Q'H_`1 :կd0smBid iIU]="x%MF=s[3وp:VL`:ms
"́U+tnh\WgcF,`{p\ùECìM"%ь\&T_̚t۾3>5` i?O9s98(՜6<>ޣ
,58xu)7Mfj;-e˶ݾ31֔>ťZu)Ϻ=&KHtQmwCS1]ȫ<DލY:;[dnfKx)2<ƽПn"P8b-O.w,!?،cUH?:V
0y)vi%kxid֐?uBEӴEƲe}4JR0+[=e+7zFsv+yI5ݝ^F-nxoI)Y~AGZMAv3	+fPm;=#Df/3@ԻrXP4Jg ]>Bȸ0CB7	vQDWuViO<`QAߌb2DV?`	35Q'ҩգ4~g$x̗F,.5ŗz&WmO*Y5<%e(EMլ]|g!Nd
ЫF҅Wcodx\Eўh9Ys4mX[&o<AH`(lԀ\M{@Ђes1:x:G\&2؉3P-K"7)
py#D3۝ޭxq_"(6 'd
ܨb:%5;cǶD$)(,T:ijBB;w\
I[)>J%*.ω=n@a4޹Z2bӖBox^Z\nvCKzN7¦9FwcLUo{_
ɣc:Z%&G,`@eZAl`J\ȼn^cs7qхǶRk`\ܜ)#b.S0w[Z
V.K'a^[Q&c?gTؐrM>QUQئ!T2`/JtiD-ASVhS [T^8~)Nz'%la%-4ju2z?)-Xj3%GO3/?ԩI+kҙцk4LU4|eQ*4k6aVoQ2mUz@52\~~-}YMM_ϫrTc̄.[fJ;7%Ӯܐpf&Γٺ%DzoBe/2&jْ|*φ_ׯ'31IotlҼ$0rmMst/E"ʢs
LT.b~Fљ&ALE7%c~q2[DׅABo)v'nX!Kx7t'K\<aNq[L~D1Sʓ?)hz}2e	dV!#maƤFrz?cIr+6x%׬0T#RĒ|Hr\)WP(DdzeBelV,ˠ*f(xmŝ@/]X}Sϕ[K֣HXT߄`<\BڌF*C7e"RǴ.As'~Eg;Q*CW!F5,qI$M66$Foŧcy-$6Iۡ"_?d8	,>I)ayGW
9Pvb
eyMLΓzY)L҇rxŰadp+ϭ8	z[FܷZ
"	г	yxрJ&y%."JʜAFJg#%OEqnWզ4kF%:7fb#%Q\xNƻ67T3;#n Viʹrͼ=eaH9:0cc̾21fͭloF`5IO/5Mc<SY	(,Hz8	gKr=t֏t3H)Pe%.OEz܄qkSI7
8J@mŔ)cVNf.-zNMa0ſ70CJ»ʘ1eVƁɐ;nvux	&]`D7BSMTY+g"׎ly9Zv}F'BPԢDV	]Sr>:1v:M<{h̖$vShkP*QrIbtv=V !J*7tQSM@"o3ZzL*_1"1M|9:gR6hE>bmO,hEYaD{ª_G!؞nQHms0/VEidDWPOt-YkpK-(doi0<JhX.΢W 0ӱ#*J";lf׏Ac~vĦy^F5g'=Fء2 C=hʪv׉\4@s(@Zsb]-:`u#ߎ*۳4Q%j$QJ)flkWf\6( վ2<ʛSb"܄qb>"KnQB!u=OE\8.د{;0޹-Co.[2RGkg1-*Yi[E(`/]s0URUpufh&lB2ި[m̨їiTa/ȓh&|!>9R__5q@?{z4"=^Tҷ]>O%Dc,PTPyIL/c#QiF`lΈ_ւImB<to(a7^1']bm:=lfq?ٌ$p\w_Fk^ֲPL1^dϽ?W~(wMgG֎TҰf2gH	9AF=SÌ3]vXg<e#Nl?u@JF^UXFPGuDNsՊ'/4y۩/ԥ SWHc.G̒H[Rʫef!X*RK$ī}A
$ˁTBz&PY3Pɖ q+v{imlStnXRnK_2>R;zo
w>qzv"X{2=*Ãa\@u3:̒_Ay8p̳̽-44E?^
v&L&v|5qV{{g\	>)SmNHQDƫg^VAʢs*{M]цKwrxVNG8x[l`I\	ղ#sTίFQC`HśzOÏ>j/p@F=)-6Gtgoo\>S6mcۑ;NAU%Ù)n͚!>&lñ3ۄ$Ȑz%TQG/-n
i'|zՑFA}ߌϔ"#!S6[ܶ!]ޝU
IgTTwVpyʚ̨wrt&;<#n#Q϶|jlD/Q4ggx]rJ6qӛ>$KvYHĻeuD!ͱέY͆=˹9Z)3"ýcʭ~vjm:dQ.\`4
fiY:̗|f99W+Cl[HDmaDUuX1dEċ8TsRa]8i/MݘiV6EКo81͓p{~!^0gb6HD`6X@gitmRAN>\|"NP.߱q^Vٮޮc>8pp(VڹC\aOOش܆#!<W&~l;)$xqU6QIM=Uʳݳ2M?vޥ0WR\'X&!hgI'L1Jh$7i]dEλ[GSy7-y`Lm!dߏ-/o5J4޾p
`%b]VqXIvړmcɐ0FnCjێ= #ݟwO4.H^'<??ɼ/~KHOs[@Tt&frۥ5dl5
PݙhSEPΨ onPFqԀzY~ãonZk7rżU(ͻA6,h5/~]a>olm<p|	#YT%-D;E-*OZW3
Bk5DJ3	@cq\[S#&Xs|YgV͗1ލ{5|,?bJҡO&ʠȖl9ɣC|Q["˕&6ǐ׬O:M%%.ьעYΨvDPAZ8"B%*˞fU}Lm*b?^t/~?~k-`KjBܒU{X1Oкp~5ZPϒĒ3@07DCZ?`$is\W@MF a\$ћh4r$LiǢ%7TKhZWwN:skR٫tU;ՙ$"Pbwe1H*>~(W
@g'-nKy=ɭBGZlb,א>tcƵWa{eK
<VCۏVY|jǳt/S<0LįC%xb+4!8ʝsѫ#CL\kl+zl-;Kl6/ $*K7Єv}<{L7#AZkkg?.MNrGՄVpΉa{-ntˢ;	nWuACG
l>OK8:fiVzA&@K_;%S|hӿݫ5f+bցgE/ʎp(%}(gk@#eYEXC*GgLmt<{v5GI/ֻēp:t"ҫǷQQҤ`J̆r^r}bz@zٍS,++7
'FƨS5qʽ־SMÅ\0[ٮ"Ƅ}͑xbydPł9("V$\}sSƊF̤T'Nb0s'l#zI9$hga*z+wZt3Q8}!S	֨<i`Hro'W~¥;TU"ΝP/%aB!Жco=qAݹyߵLkG</tOT٠("aK@{UCڦTMb"sb{͌=]E'0ݞ[Mvy]Md}7%a"By+Wz"L`JC\-9E~dt&^7Ӗm?*E'c΄E/,|0%*\aʝ~uADXK?aʼdlNS8UEr"#n(\CŪKo>27^h˂/ kL)t|@EbAZ@2/~ך1Nճ"'PNܼrJյG*eόqzڂ	юCnnr(Ys<VNfPٝpq5sX	(C,hg68pJEuYl+j&ڋwp%Xm"Oil+ʪ	)ˈV>Q:ȓ2e֝t˲jPɢYhXbչ^$BL::E0r&\D ţ{IdGrp8",Ow(7M2I	g*xPw'ƩڛJ2vݛ#]	7=,x^hN~
Tߥ45vmp8M;K lYKy߁(j.I-QMrޘJկ`VXhȧɮKBmuǠę-1NRrj|*ѶS>R9ץ]y{=5u>F+mNCAYψ/k/˄݄b5̡Rw'ܪB^Cv֞<gɱKwj[>jΗ'ݤdzAوmH,)_Gϵ׵>qFB8cuL0{8^_+K^GAcJF/Yv'bp6\dT['LvQa?4-uXʴW:][@(7(}}y,OL~8:iCM0rp:&~ɼ*{eVrFDb+xG=ioՄCaн=tRf4/38cp_b8clp\!)myCu$JPoY,VmԦz[^4FU?MnSnX!Ϩb`V<jAϬ
BS%!F<x-8E?PS_e!RK=OLS2jЕ3AccQىɭQLUÓ(܂S@̇1d־"&hQP"_T0ĄMpqiAnAQ̑>ةDi,Ġ~,|@
@` D8}eαG|uVklR:;i[MuDsM gM҅@a]XzQ<Ƿ_=h|'F22(@m5`֌*cdCUg?%+-wowo?̪O$)Rdu7ʹ. {^>m#6'1ͤ>kSuϜ'\Aϲ!w:6{PǌII?VwwNnn}=J/glm܊i)#ܴWx"qL7w)WTÿ֌؊I_[Th$͑Fɇ:5v}RVoIY#%uυ^u4p$iG4o'|g*Ҳwe=ΧYuUשӍ:pgrsnTAr8ʹ[4dӔŨGbUiΰP}=èb{aZٛ(oĀ+%2K#m )C](R6Cl7N۸<-Tк_FTш
PZIKۿ.b$cO(!w%ѶqVE#x¥AEޫǨT]dµ(w-/hэ|$dg&F$R?N%d-(@Quԏjƨ9XAʀ՗gwbAαYW&dۨH4"&*0߇]2IӻV|kWi*<̿8,ì{ԚܽV;.OiY^Vե6ea,NMNvŤF$h*ߖ/!r$`a)XnEV{kpm5
B̤TZ%AЁOf45
W2COO˰źm5)|;zގjcn֭Ysԝ E޾i/˒ӕ&νÇ'Ȝd^Ζ,BГ9-/b3^||7XN"t<},#^qY=ߓ+>t<n%^H	¬ILɊi|E%I<C	*!xo=\G?&;ljE9`ׇ_ߴ1LMJd'oɂ.cYgҋnu$-l^1юxnwѭhzy*!,Eh|G[,{Jm\
Bx%RA)
0Z#/`+B'+}ԙ!I1Av׆BxǸCIԴEJN/4:*ZA%OZІCbLCC`\q{c-k]@\\CzK=36R¤ձ~hceӖѹA@Ă&.ƺ,R5&8#ßٸQ"&ғ8Aed[-м`ȵ9`3%Wt.Kť0-P53GyҚ˫KUqŧ~oC-,A(#ezԌTa_OmVTLn|ƽO<Vϩzp )d;~oD'Ÿ̮~U̵ogz%1PrT?&CK x%YSQ˕R"@VGj+]$w2%.ز=1Gs;,RYݖwexA B'8sT/dC*;cu('3[VIy}eɱ\ul};qjAI~,ސv[$gKk/{+h@1cВ-FgZ],5-`h'Fi	ErrO'yȄ_ۧ^s 9R"!ۛCUCLWsoYwX|3R]ԯVYM˽(W6],$LKֺ)GGvKzo#ΕV+*K+Y&CC1NUy}|3=`@)/B0$}8<k![c%_oхbفБݝf]m`-%3CqpiG7:fXbDZ_ʦzԸ>,$n:6կ#kz$gx
z~85Mr,y8~1r/\
yҽVZ[z(,}aFRWE˷'ց^)WOd,ic"p^ڑt@Θ's6i|1T;qKZ]:/ލ)<k%h^x³wDUBV- A\q3LK{=ioʾ;n.{ZѴUtFFp΃ȁO)fB7[/dr͆fhUZo&XN؄=kɭuʝebކ+^	ݹFFHK<Yѧ:X%]Ѧp;(oϪD[()²P5̊kܽV6+t)P])]
6Yb,wU;)4Axs1QɃ?*O-g8'{34vPәׯ
5@s'-S,	X> f͠P*gsSuE,G8rq n]R|}PgN!*ގ+ck,h9kPOZ,1!;'Hpޅ L[>a֖"#ÃQ;Iao?/vJ'XT~.u<~'Es?˘qhGA#E$d1P3?/X-e<"t߃3\7&;BJQ/;KEߪSpAEEO/,w:*m'"ոU̇ʶaA^NL$ʂenDGM:UأOpwPn7D+gzg7ET\	puʑn	k>AӚFs`@г\>:x{czC¦P XҘ@Cj֞P*¼=ovx;B*&rZ
к%ܨ؆p>gG'HۮۨatF0?WnuBVI%[mO@f2wƽ+ի-j|hqz}1Ab
GGb'4`].(b&~]Xrk	;[[ٚ\x˗y,J>oaC;4Gjfac'T/L@tO+|6_rmUW-Eb"iTd}4}af:R?6bN<qIC@}F!yxu1Mu J{˵.Uj.eFQr(WWy"\͕;o̠~vWvˮN17Sݪx*ϧ~`+#)C2mciF;q07W?0ݻO=bǹfFY?`aM[!mN8t{&4SuDdk A5Xgs#Ad_sFD	Dï2]éB˪[B[GFՇ*HfTάt?9R,$Ř+!Դ+xr_{:&tZe"~ȽaP UtF\-&D[ /THZbNb}'F+Li:]ˤm#=(21<!,YNk'T؀	&}H0r)9wSN9U1vհ4PIՃ_:hH?	S!^؏ϑއYG"tԶ_@fKU%i@{f=qB.9 wA޷L-ĕIٌj{MC3B<O
#!k-vهޡ_SnWѨ&/ލd9&?K p0
8*U,.SNN3'}E-f*Ķ8Ъh)pܰ2Ȟ	ױd7v̕.aݙ{\wrmr%Ϳ26Ez-l\r<%8A"D6P0vc/ŁD:C`TA۝nĎӊ0Oʡ2Ȇ!6IS>)xAo.§,DbEԂժ'}[2ہmX
ƒgĞ$(ȭ~{}{Dna#IxoE@005&Q=8ۯP("GqBg?
4oqںm+;/'El`H&we2e	NR+*KPs}[ˉ0;"@Zǡΰ̾99uJLOz0KWHC[]-ɀ!B`2W@]DSg`}JpL~{"0TGь6(LLS@Hˆ˞

od$k`.S0~Pʅ3]M52d9ssR*,E[P{dUJ	@ MA-%TB_&C"Os-$Z]yt)8zQAUax#_(* !vF\rsbbnAy)l.^qkwܿA~d7oMI EWŐQzf0بtBU'oVq3"jBߗ2$@PV(W~¸H&ܸ}ʘşjj%4
Sca!Dq|^RzۉCb7x;X~9w=3n~g0lO(8>XV*9W9&$(ȿM7ˑU70Ԍ&8<Zxić ~xf]Fm̨I88հB+^PQ̱ϽPxliT=w"` )>f8dK'A!>ٕ#c֝sVbv&/DǓD?}24رy2}C[3vʜ+|Q		<RQh=]F˩5y\"t.ȣ	N*Eubvz%dqER#=,ޛSUbqz!&qjC+.0(Y\[IqHmgQ2ZlͰ/84Ft {,I|S1BՒ(͔5N852c֜ir.ʢ&2/uҡ'dxʱٷg0eEɂt@CTV4dHߦ4Psuۦd̯(-`ty@w;fljW[&mMJ\tV0g&pnnmi۴O!Ϩv=BJȝX̂;P@{yh6"G֣_ç/
"AlEXoFlYyrDȯP+fIOy,1;<1R-[He{/vPe4IS,C&>iyO̃GvZ/_4̟UڍM.|i}éGx62r.ފ<Hgˁݵ~#*lna:Q>(`P+e9 kCw%'[.YѢԱaaLVTWK9KpI(IYx,`]sHپg.
nSxfMR?F9OzXIˮ"̗ XpzZZÞ\k.>\|ٮf;֢ͧrVL͠imT̬$l1SQ3=n`Ԫۏm}զݏ%6\3
J)Dȭw}PaN?FSed{˵e=r<h$ƛ}ͣɴ*WFkH	ʹBHY
«t]Ñluxa>߯7- 5Ơ[NAǁCUUPv~i]:6{М=ʴSJ`@ŋ Ss l1>C[O
Z!*лWF<ojUUˤchӓ*cN6ܰ`*j.xbl2
#qGRe̾&'e
1FIeA}V}$N5D\sɭ	ЧBUb5c)zh{]M(ݳ",	|E{sܥ%l4xTڌI"6D}drܲ/Z)	Ais#,z(`edW+͗2pg(~KY,_\d^|RlFj:ٶ&4CEЎV${<gmj,֞Ԅٛnni
#)A	K1!Y2ظadV""&zLP"`U2и4;L-	pUSѡچrq&ָ
V\	ha_*u?n֮~N
j؀ڱ:Sa*1TN]ɋ:{,Q=
|~i Ӊ(>ą}ٮ7*M
jx^d#4lCG(z{keAU:͠7p̓ӡZ>c͛ۀ+8tıJ5
ίj#1d.ʴ(%t~}9W2h@)Ʌ9M4vc\/ǠrؤB+մQǔȜ>,#y׎E1]ߑ0?Y#:b[ݚ.s_[VU	C*xn)5Ү&4A8I̥FrܪzFȟR'Ou&B?W(
(E(kGqH$g"8,ތAxz[wrӳNcjOlG3<´Wq\x{զ]M[]^tEޜckG[ʝ	;~\Y!mt֤Bn1VHyrzl,ƇeN|#?҃R}{KV_q+hL=8ĝHlFmL(Hy+ܮ'#X&@h՘Ay{ͫ@_W?֫bLqv4Mݏڇ	D*\;d+isiz(gZM0.}A8Ŏ֥GSm:dO̧8ΣҲP*q)B\iîK78$Y؅7p$OBL^yDϼSzewףnT4<of֘8ZǔUOl,)W	ukWeDiC>:)ۭEMn9`_?Cm^2
KboӱvSMf--5s^3ޝۣۿU#&ߐFLޡU]2GƑM.xO"HUڐ^B5n*ւ"yfDg(4%Q\v`>ɰ-ʇmQ3W^otnݹY?[+Ox+7tP5CmӽCH8ٟ'Ѳѡ2|K%ж2{+4m9o۪_dԷ2f.:ctނՒv.ܷmmNIt",6Fw[)ʁnvo­ŷb}
}L"2FTQ].=UbOw~;ԢtŬMH"C6u?gI5FpODr;
x<^ՙ-U5YO+`wIOYs&R&nQA\Y;Q`cR׻VU7_1ƸO(M!~е~F9fqk]wXLk/6'iTR)4G5ʾSpywj4N1(ʼ\ؿnߜVM"ИK7!k'0p>V\!fƼC|^Ⱥɂ(zwh]Tin'ǐAٷ(i`7-S;W.Cʍn8q	0!ųP=440ɭ+Қwk10'==\dv/BLCrғ4a"TvE$uzK]}qUtR\qI!5JZ+ۚt,&+Їs%EV'YagzS"Qʐݟoj^XeZ6 Tc+$l45Y06mAIλXHl@gjآH$/+ڔZH[XvÇs2#i}UM>H|Y>'!D#ք51tG֮O?}tmcF07{fvQs1jƸ/pl;~6mJ(Yzֺ1='eFN`=Sİҡ*4W0޻(q'(ɑYG}bRPag~Qw{յ (kz2(^8$E, OL5;f3MM{k́?=?B֍Agū'$A!9ClBnϻоt5b4,/MށbNyDL\3$v8?F6WwM3`[r2QhCSbO^=Qۙz^suUurOVgv_)<r3N[IbDzusj6ҭ9g֮23/Zƥ8@{a[C$'Ỵ1ϸԳ͛?b4c||au@s??gmİ~؞h:Np\ey7ބ
gPDRRNyV8аq7l`"ЀgΡxMgoZ̔sOOis؟b9y!	<+f̝I̥œa`L>tN1~LQn6gF0ɹ0&i*>+i]%i5.ʳ?{3W#A4mb ,@Zf	mMTqU¼c{DiK92hΫ:p2ʬ!X6ka:vNcLBCuteۊ̄yl)PXNV<P9.",ExJ+dƖ:̤mGR"~V~|?gN,	<'[;/x0w
zbJ4DkURebkqC3YhTpKY6{`OYW}њSsGvbEJ<\$jKDطݷýWݞGqL(֖7
~*ؑߗLBS>eEeW)T$Aeh݌iǞ.C9[B0-V:?Fv{?5t|BHXCΚۆ7M?P8|[}|Ժd@whR]l+._n0o0CnпJcG=e LuMw[¢y
.#G[s%j{ێf-(E:pH9$y"zF/ِXʜ^>:݂.Y۲;g"RO֫ntXł%cx()$pru	ɝR'I]pH_=")ғ2euj2`Yti?Y))Ş<t*Khˍc%g5^tHYJG	/XiU]_)@}QR.ׅIe;c#5ζm{lzc1l13)d~jM
*^t(kg8	_سcw
hg,x&8sxl[hM2Ҳ`s*rE/bU3r vNF
	j]كfdd-pǤ	&vzɷSjLpPebmfaT(ǧy*o!έHe|fզ͟JIQ"g5Fӄ Hޭ0Wyh~mp])<ЕR}_w,ǜˆVɞ1sm^ם2I3STЎb8+ؐާ\?&
Bw)XG&ԅ9ٜL[܈ϵ_<
YGSC+#f9Ҵ=R-I^KA˸kвlVķ֝##'3pc3D|*z&^iY{ֵpڠЧl!Uwa8&A+prK`Oʑ׬](q!&Ϣp0AeS
}I`w,Vo_j8l%+GzYFQ6ed?WNj7pM"K	''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25006)))
