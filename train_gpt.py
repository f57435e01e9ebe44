import brotli
n=a=0;b=1
for c in r'''~ng4x8<vdba""2'VNΗMbШ	MȖg`GalNN}cxjBm:f9ރb=۠;S:YjEΝ(.ˌ"MFFZTjLc۶]Hřqf*tЈy8ޛJam<Dx0;D$bu\MϹ҅XvR&*kt=ɍ4blHX%.sq:
"ף1=]zn/-xc."K]$	+Sf{6ڝނ}	x/=3bٯ d}2sFҊ_ÌԐ¸j$[@)B$:cGt<. *"'iÆ$
:dg%hYIq]9Na)$E:jͭ89g7@ӈ	ɟoxc^ɏh<EQUב6aRWy,5r.kvwP=ʆX6.pL h6$Enk7qV!9M6C.$}pڗ<)؊jɂHv6*фXLWƒfMFZu*mzɎmgɠtX[/[eRb i&]x8"Sվɡ-&L)մՔ4NK"?"}*|ފΔ$Zݯ΢Ig.gd۷ڀng5PW;jVxh}$YgxfٽʓQG}/,Xͤ<98`6UlFLj&tynykաֻ$8qFyD6FHXREDgv+c59mO,QSyT7SYX7QVrO}t+@;l!`>HAS#l	gqc jwkWSJ{A=>b2daf۴ہ)B4gEBՠVX0|NB>V@!
]Gz7m#cvޔ% Zې!iT`Y"o;
}/S0E)(r[އNXGMʸtD%:T	C.9ؒ+
/e<}tXԷSm=Uݩ5E,ĪF<LAʱ2Աl,;4B^"}Ҏ%1MSiF)8OޒMo'_i&U:măkl.uۍ<G+3UȊ6l_:mHgp3(C ˆGbJ<
`.: 
y\3)/̙|'{n*dкb2%0?fz"M~fw+|gF/؊`Z%|ɚt`<L#6COܥJ}tάkي\kauTCqj13R<	̑gcD+sP$8nP@@D]JYsi85fU	Ң@iN`42,"Rth$J7|%[=pȯg;ѕx/*'B1Kљ{6*AA==U*\[+".L'f̏SЍuDtkߙ']9V0,8C""J :Mrԙ=ן\b`FSRWǶyKi>.t-z9mȷ Dh%2pv vs(ͮ8OsvS/gr#1amM:۹ĒΖy"ŪzГIع5hզ	)^Ay =4/\gc=&ZeX`8]+ɲ|9_-)Z #1p+[رCjݼ˩N+	+3^_`ڵ9(ӵ`xrА͐L]ךj<s_ymciv-ټ)hxas`V}oD*dƉ.ӃW27fΌt`o:8;>â?x9s,eh=ȗx۾=él+' j$D;_2YRQ"Ad{$`߁o<}f^H-x`Tpv,YuLa'p߂YtxL2p(ֻtP9{֏2!¹ʖWX'&h̉^o-<$ǹ3UD]CSbL2OmւahƝ'?Ƌ۶:o't[Ҹ2].n0YtOgAUO-c4-Y2$>];jiWO!#,@(@NYTPCpޞ<Q 7#NJv8,ļiEttv#?c..QXa/_p[/6_~+}Z^T4лKx]̭pQu)7¡ebXhY-w<(l[ӷQ`@1}T/zJ9CkHP ppӁ˟an LdB^Mr+-]ŏ{$H[\2X	ˋ:Bn#lOU_Ojh2&÷vkM9+hE+kMH";+Iq߻
5qd6a^MQv"9Zƕ&rSpYN!a Ka_i<ЁHz	T5<<TiA(QTǨ;x6]2BweD8_/!Z;Jk0VyD3[p6TtO ._tͿҶB&$¢^Hn\_sUkR8	ԇ#O^ǙU:nF&Wk6ɿ2;v>FBJZnez$:ճhGdbWenE$#{/v%&,VܲR+`,m'L|!~'"1J1}ZxXbƥT[;JetuURet*P+g`=$EL&BP-0̳^]ӈD{PQp`^ALT ;ҐڂP]*}T:M~G\ H\ʰ<R*Y%i5'#RUl8B!rBKl[mI=)hz^y õУˠ$ΫhAO14Z@߻Lhlx'WԔ֮?J_QaC!#:=͆TƥTiҌ(gq8̘XLgNeHAC;ж-0F
J_Te<p$^knY&׌/ǹ*M#`*/YInˍ[Z&ƭ}$79A8+u}+Iޅ$k	0IvϷ%=,BwcoWtԬ}VgvhVk|=&Cn`<ʴ5*r?޺ZQlLbf<enSO! Dt`ۧм"ޜyj3ER5T)uUM6BrɓS5r,z|jFhfaKTQO
Ĵ/Xνo}/JT09lW|R۟5BA8\7b˻+I̜P̙B4r>r9D;(2^.qN1߄\Ɛͺ'͑Ar.5S+N0)۵X6";.+2.NǴu=xڇ5cN3rxD7"*T"g=@]y/<+wBxGlaAߵ/4BHcl( rF*`0DZ~`ysD`/
O.4͞TH}#Q T$	GqXa371#oIqNdo\Z&m@q;5?/
}dWUBjvГ^U"!!_Bs%kKr'EA\fx$'W[%t
37<TV&U'Gk#ɪK19,5m^rN(ׇ|ŘYp(q za62M֓BZ}~[o][@C[Jɡx?y8=x)KCz]~lʚ[[Vu7cHݑIL[L9,&1|F	hc` cӐ:=VfC)1d2"iI]e§A(rXD$K@.f~Ld(Tc}J!m`"Rׄ?-*\S!>ka<eS؞͒q,EjD`?K5$Qv.<(,{I-_4(Xm'Rh%Ikx$cևA(W`-8smO,.`O(}DG@|.0HT~vN9VCřLx>l|L5u2)[/)JJi|g'ώ3(@>OLOCIBtȿ[a)^5RY-%'Dk13USOr\ 8ž=sOŲEH7srOcѪJܐsVcwaT{Jpi=͗QCw(6`5d}';ayvBaKlwΫ8yQ]_7YY.-z&]'3z`!`'Y8
\#jte&}]Cz)T݈A4!4rԄPXSDJCPQK0wݽrժ*p$"vA_֊VIpt,^]zZ|7Xybx=^Vy&8R=˦=[o޽Zi=/Zj|{dt܃sŧqW\/_*rOxG9kp	ۥռ."_LՃJh9Қ*!Gi!fk|PLܗ?gVwJ$G@֮eL7	`eN&Gg`>eTwqړ/L{MfMPm%36qֈ<&ͩ߅2
W,e7ћY-܁ą^YǞoQ١xe'9bqm8~GX3
H`C$O1[:k$~0f	e0Ձo8ۿY&JfޭzyT?*)x~	\i"B8x,գCK]Sr?qf*EuEX<
$>)^cp"(2)ٹnl&<8.;SE1zɞ}ƍ~aa9V ّM4Ɓ0<YؽQRђPmyXd3^;<mHxg(Nk@t^MoWf=:EXtAv"daϻY¤Y[j5˚?SrqGj}
HIx_f5{VɾL,U;Ќ~tO6Sˆ5Tu* ðT
4؟N1
uIr$fL
HٜGG0!<bQ}TEch%&F-|^LJͨN;T.L420$݌:y׻YҠQyrDhU8۶%h3لhCSK<"m؛`S1m3=׌FkXONҕ%IWyv"ߩB=9qk3bQIzlAGw=ՁPT-mԯvir';ֳ§t.PTvxł[`>QWw~wih1Jm!|fqѬ(7u.ͅ90cԁ-ZGj!Ň9TP/Kl(AyY#u	?&uŜNgt"mT]NyJxvC|,3(H+!4ֽ*c`q&k88gEZRzM~^|?in҃wPO@Ɗ1c͍9/-ۂ{1ma*tv@Rc-(L=k[hHފVZ՛ENIN'14Āl]	&mhBgX_]tsP@s	1'Y]ӍPC<Э-`yCt4=ۋ:=U;j
PbcчvQׯa4Sz*$$D/%ɿ{aǔ}1*Y/}gٟ'\pu?-
|Ů̃}`̗TXZj3r{g.qҀq/@,υ6,(Vϱ5{96yQ?h,γTIeo:Xؙq N
L=0~?]LZ%@ˎRaH`ݲp@92b4(GʨP&G@ UZS =ޢ lEQSO`l~iDO#߇@
yц"ۛ+\%[U{R&6;rCǡ#jYȬo˿x:,[32v2Хd
~Gk4"Lkťk{<#Uj;B1Uw(Nûl=i[DxL{)_xP޿x(ARA@lĒE7s)^F5)[0ƝeDcû27ܞc<	[V7G4_#:DŏN	W"u=#_;7tkOnzq`ACfHD}9v_ԊW+I;̶8BlCkLXmX=7u^rR31Tʃٝ5o	kVָ0!ϻ;ң?HHFì{љ6]f#[|%pd$k?6nJ
$ߐxDxU,e};'<R`o[D]V"	xӔ]8xyxdlWsOЏ>S+6C̊ږỤcW!L+#
xf6֗g`[vH+,4UowVssʻ{7m]]1IЪ޼u օКВg(MeE׮]EΡ]'ZB[DUnZ̀կɅPK)Js8'n 0cLNSlOQ]H߈Rɡ}d\T+Jσ{8rBbu̔yҌ.>ė]$:6 e,ҝm~;AbAJԧ{ם)QT'3[`rSt(Ӂqmf`UEwZ	ʎ/XT|vjޡ<Ař9_"VHRޡ~1k/֊<̚Cxck
[;e!?6اQ˱CJabцl,@Uʟ6T*yS
X\D"԰+ӫįALQ1CM8h{é"Y݂YzOܶٚQ/VuD4oo}\ɂB>Ut,Z;EʤU'{-zwz~Xp	T(_'ŀcsJd̪WΎ,t.<vp?R2&}XF1	4DG:th%q~sWC,ø&҃k8ʡ݁=։Hp*Ո*ȅ!Yݦۍ>Џip=Æ$zĊ<\n=չg5ƸʭӅ2w`éb8*p:|2bjGK=1êu|Ӻ]MTKfkJH=9U
oTr"cjTί(!d!rŇF{|	!ǩ~5G*vAIfC҅TRg70_|޳6?(r<m7M)`jXxɷ`	%=a҆rZy<؇<InU<=VOwR/{jgdT	!)DKa+ݹڼ	AvtHo6jOʳm@Jߎ$#.IPدi_MeX-7Զ8hʰ`t+m#)o?p\'z݂vH#iȰ!ÌUA3ߴ׏ZW	0Ѯ0m$FHxF@	"3d+eުWd*ĹQi\57aRxH5yTϜ`Q˃F#+?>p$Pͭ0u;dG_7t\iƕjٽ*"m^;&=9S B։M5XdD%SޯMr=	#)Mwszv~m8~UUָ	II_]2i<u:π6!xt,f&}V̇6"V5ƶ$VԚ|IgC,O^kR`Q@0:jBb{[Q
)zx6Ic=,GdxQCJv<ְ͇E WQ0O^KI@?|*SJ:J
=f{`@M\ίͷo>G0Zjf
ǔFE5ؒ΃/ǭ9ڝ	RmE-dtxw/ 2ǢكbҬ#vFQI"<LuI#4[yuZ̏f)%smC\5M$C=.miw Qoں-ޘ0li]flǾRb4b6Cˇ>aC`\JRZAO_Ga%7DNCy=G\ڔirtҦgЊD9~dԴ&JPY
-gDmkcJ»bYGW>;8c||ȚC}*є4mÙO T|q5fXhiV>,"nvOij{EĜ]t$KRҰҁĤ<)C6(rq0ki,I2{ǋ̣tsŎ͜\&ty=,iKtѢôĪ*(wΙs<eb)QɦUS '74Ijt]A3Kjz,R{ 0qSn>^uhrMVkou,"̼q%jԿtrg[ѲSV@7zCR`~.cJrPvH^%eRrT,GJ0&ֱϜԏFO2i7м"u]((Ә)ҷn`Vz_-6Uu֬tk@&Fqz>fiҥηݟb̺_-C/+Z1J(ģq1ERU[1Zޔr/F"v?lX]c-*ouPeտvr0]9JV1W$lܶar|x,Y{CIffe|N$do!_UVBէ!BƺCLHK8z='=NW%Aaƥ~4d
 ׀m7XvpohޏrZd &GXHA5ǍY&=nS%RuTdQFo[ϥ::)EޤcPmKalXYE.
1+9M$x  R՛uRÄFrRzMͼ9֘JP?G'?LIPh#pyRm%Ψ">sQL߳Vg]wi	oIK۽9%X%_TKhO<Lv[6?HW7'Ua]Cˠ[\eqKpHxEס ӇJzt~%vU-Ry5	yeaϖylZƉ+ī0;S:)?uF8?XCC:iϘ&z-"*چ5إm'~i:³DvňV3d!8\MfF)p@'-@>+3BQb$\)crձǮkFTCCďWYGjf8IG!{%OXʯpqZQ)thr|ƼZUdΧʱ-2jr5vD2H5SK'ztJ#"ȯȎ\`z\ٌRaPܝy{T;eRΘ:ǚ[(P4МH?X/Ċa	j>F,lYfe6EKmRBKvO1У;\ťMءCހ]cZ%ǈ/+sÍ;ӛ4#lC+!`jjW>	w"ҍdpwΌϋahSB'bWb7{a3t$Y/t9mDOUdy%dV	_0Zk'^w?l.˼v#-}VƪeڋH˄ч@q=+ʽEbMjB<R'^D"t5)?`L޿tay4>;~cہrՊHuʓdt0A.ʑwz0RsvC5ofщŠx_PCN~;[̙0׫΂ϵdSԎtvlC]ϖKz:\,>;wAPSSϓތAǏuD=7_"˧̣[Cc4|ސ&fu7g*ovq+@UХ<ۧR|INݳr1sN^rРs|X.Όc[OCi`s_BH7a-2XMJ$t2`U4$jS^IX?k63`f9oh)C4r<ڥ2OԒE> ݵ͟|r[oL1@bj7|y:ڳ߳ݺ?^&@mݢuŧцDυ9*(ŊضGy5D;GMנGi},8mY&_hpJt]-M<en;Ę'na//RPڲ}P4E*6z'Lgn3,@,6<{\Tn$2xj'7Z>no.
ā@s!א_#@Lwza;;EǾ˜ShQwϲNp9t4pKYcb?|oöj4tMU}]C$$ת/o҈|eQL^&$bT?%wwOXŨW=2˹u0[po2mׁh*cT()DrDC('MtҪPEO6H?T3qpڶ0nszpԢcЦOsl\
0͍ؗJy^0av߉iֵٖo]GYʶL@.@Ki-`vA֬zC٤"#Mb>ЫxkӃ< nU7q/AӰ[<=S5fĪd 5'|(ڷz
52(+_coYv1ǿDtyWHGȒ[1u?߮"*4t;;p7?jV)n6Iymи8O^3ݐ!p[N,q~=.lNJv[JgU9$ϳQeeҧCcr;GѤ/<j$6+0Mj+|m=asNTŧjܕ"zv@cKNƮ8|U29WI˴(xFνTl&zqr?ݔѡ`u?`FaVT"	Г/.έ*F9 k9%f`h*X&	Jt	r4#UbgJVO>C?(1fЪV ǰZ_ڤqhRsˣ٫j(-ă;˟629"DT|A/	|/d~Q[uzҏ>F.M1EV#VcQk$_ǼKܢ-SLfR7M.$ϳ<8c)CoW7F}̬jq\cbY+MʮI~0SuքfO
/INҶޓ%DMV]E/%ogÖ%a Glf>W$MȜlٖyȡFH)ȩXCq:Ñpҭd5}~'Ԛ܅"F݂Lb5ڶNJfNʆ[pjkFrthh=ݺ%})#͸)AAyiĶ3˼$MؔDèS<8XF!IzN<sW	6<&hblƱhFQU\SًkCMgCN@]f!N38VB;[mʠ9>+i-.ŝp8}>hTޙ_GFXSG`uGQ ~;υWtT=hƚu!3Ѷ(3Y'Po9aD&CͨRt1Tgi2FgRA(8a)+È,@ނIGk*
P͓+YCħ=Շ0(;2?kL>3u5pŝ)F%F >nROć53G)x^24lƒh'BqAMKttG-~i%Ju,Z$̬K@@;&.s?X<yǗۛC|o}уM4M}ƨخ*]ճmm">yX9̼e.1l%`2O]Ԗ	6.ĀOQ+t´e3'^:Ry>	`ȂԛF|*1	M˞yv
2b2-@895̙Ȋ!	 W>6 5IgSX!<b&űo74SުMA,ѫ^vOz(V]bB0*?Vh+.|J9yRýe =ݕƮ*l<,?1+Зja@] Qo$<ڛٓ4"Vf#ҥܬO.Hmn$'(@dI.ʭ(%AO8l	ЋOgsg5Bploh@WM6HR@8xht1wd6EHf{C3Mu@So]G0BeU\[Kx@ب`CV՞w{5|*+\6cAzq^5VaI2=ٙۤ{q\sW֋ؽ^(2kݶ@ l(W m	(r#[8]δg%I7\׷ߊKWchb<?n[Bb6:Tyz}:ҮnW*A&<Ʒڀe{S+uPkpi~s{7%, ՜_HexM.1WnyT*DOywG=X02p:uJo4ޝ'xuyȲա3Ƌ.uHCMTbf`=m>NotnlWpW@&ȿp-1=HW%ܜCɰo$H0x,4$i${KxYSq`m%oޙ<H]L b&H"sDܚ(}ҵFF*x߉?Cp՝nyU+Z%#P-b57N08YmR0nF<56>S-ѱݿ2XIf_@&9ɹP(-0"CDY7jy2ڀon&R^Еӫ-7[һ`B[czx3s`cm|)+S
S5AYH2|m_J^FyfWt_FJcer#=EVlh?\\ǑRӞ=J3*.oc1t°GAݯ):8{m!8QO˳dBҳ#NLtɥšYǯK$GrbkYeѴS
=n`Uѻ) IBa~knXÌбUKĸuJWӆSkgXL*lŚzPמtiR^=S&'0sfD=¬T4q<@
:s-]QH'ƔE"dx
v{9fOGF>LRT}VNS{ʽr:irø!mAz/$ȵA\TA)@(l)ȿxZk>*GzpX@[`Pbƨf:&K0cmFżl-u7LJFNaU,S2Gp߬9(.х>jLp7cΟl|et	Gâ+^]ׅ٥[НBgEXe5J˂fŇajqSB%C~
RоBlWfh~NfDUa[I_6tCGRo%tʚ'ƏL>'ƞ7UbKXkih Cϰ@y.()Z3#N>gR{m,ͅYŸ	Slԯ޼E, ['% Xmjďܻx>c"k	(=*sZuj|
+Ǎk	@$y/!m3;8c4C[3-ȅD=@g/iCWFbڊęrYiUn>ҙ4 tw#ZpSIhY(0	<޿BvP~"*LYG8Wۚ~/qӇܑr/DGxԂ^XXSٙ]=K˹#4i|2H5rCBǾ(+TnƂ؉3\Uv[ӑPR7ӿz`NЭȊqDM$h@YX<zHW&Ѫ6Ѳi0֪h.>fU!%-idE+_Դ%CneǛ:>{; %XHg~1ɕ\ΕCfJ$8e8݄7v,v)<~Gz =z\w~#;ٿćbP2tE/AtuoɈLT_}тK/[93)kL<[q?Dc8,	W߂RgvlUH\׷S.lӮ̺wZ5qxR>d2ʜ52hN@q۶ǻSmӆ͋/#4,ܜV\nw|YPҜ\+ЯjOR, Xj!b."tO+aL;өӍ/CgU,_2ޢEphhѯL!,sɗFbʃ=GV&8p5Á9:.=X٠4̈-ǏWF"=̯Քa4?V}j;{:w/#~<ˢаXb0.#N$yɘ)ݕRS4r֍	I)}З=n%i(חsH8t)`I^ӝ!58ei\i
܍i$M(7Gj3`_~ڦoi_;ɮ\mzP7dK3ϰ̹wRR(2n7z)V*;AxN5vD|zNZ2dLݾw_s
~8Ɠ>6xf'ΐ2(\9ɹ[,<sب`DfLsl{Eg0JM*رNK]֖5}YB\84yC@/rd]S},RM![maZ8*WЌ-÷A;,~|\pC%\Zɾ&Q]%E%3"N02No<7zI~[c9\+aY+0aʺ!^ǯBITgbǓKPw=^'ӡـdS]Uډ3@%?3f1vKߔ?$۪/[Tk^e^1^բtF#x]̔*[>PŀRDC[HyG9}|կRqnNr,M/'{D~sћM4УM&1U/7lsAN8z?!U0+;a+Rmpy(u~EK>YtBȺN+a<K/imݭHv`"W-S>o^iqFR&ha40gة{q}Uܬ<a̡kZ7}>#U,)>5ZIؿ=#ܤkqit*x-e{10gHY>*
Rl9λk,'BmQvġfBè*m^/,L,]NxY8/Z@t mĢZݫSϮEӨ"2Sa׵O<f{V+Au۟׾ZkA˖N$?0˧QXEXZjoA۱).h]ݬCJқmY*ԫGTNOaXZ%8αw~ṛTrFM("{w8 niJ:"+;_<O(jbPPuՈZ'B
*X[4>6
AhU2e6%|`P	,e*a(¥$5I
+K$;CJҭJBʪurXD=lm"hYoF8O5K)@Kާoſ=q~
9l(lVh?o~y9}<vzԿVs+d1mn7lb/pv{?"jL=dj84z9mbBrJy7W	CSGЋr%jeΩdRvW	E5ı!p4,%1}n:Q*Yqp>>G%zYv߯XpEx	vK7E£<6/DuBqo?{~@_h:ڬ384\"Q'YC`	|fNH;P2OųyB[^@M=D8#БLNy|sU`2ε+Td:^=	\z>57SԜo8YI)41ϼmB@=Z'0AYr'i~gŤPGEؔYvxWɍpJbd37,sTʍĽx:@4a*M+	ֿSNwP[7\YdӺK&oN>Wc>Jgka_WJ`l['d}~u%ȵdA
Vǵn;beblѧ.-BdTR)@ӡ.oBC+J՟(%o?.ÄIhx`o*8t.DUwp?dY`x`Ib̒)
:TtOfκsYҀWj]2gBm>WӓS
|އDVߦlqBw;C0˝W_| ݯalTn]3	UI^`O[w.9<	LҾ\Gf@o@k"s
|6r_}DD6.(͛KutbDG+J3CXin9%9j NEB\<k|ʒ[eٰPC&S(Ѻ-V-|TpDڦ *^&ٕ&ga{R/;hȯZΘ+u=ŉ+`8#9rpC{L~5&VlStivMnkau	9Pε:O'܆%j8WsypKֲZ=ډ":9w;x|2v]ڴqPu?ЛEvkY6H>:!k/Tt$Ƌ22+X*Wݧ]	3qIhcڐb/'ב9
zRӮ&jhM~V~Ƶ9L0U".;ij(@["HTlfTНtڎ2f^$lr#B+WUPnd04p1&z+t	m5pcE*glW[3q݂\fhޤ,zفQ@j<Mcɿk1q5׿
$M$rX3G̲.bXA 	ͬVrեְEDm%0qHxGE"5j0DvFO@TT~au`3y&^\32n0)"1-)cqDٰn:s(3?f<l-pmiʮ?J^Sb¸#F4Ur<Pѽ4̓D5_X9mZC
Xs|ζd]4c[ԡ%JJ"ЮsuGD/ ̪JT|iva)F/#8bT(A2vt-U,"[+![0֩[jYL,d$#8UN0yW'(dxSTݺ~$*׵DÑ?5?|߹@.WwZ	a}>}6ė2s*{ޡFSŹ7ɆȬG(z}<̛x"ܯ28$'B{΢5![-SUtEoC8R'E`z B0f0)vlzK@=|ڣ!"޵tjs׋ǼDXײ	9]sEcnc=}t OJ5FȍsJYqvjU`[. L);+ª%fG~}^WvhpO*/|q
)qBRP_8"T5Itx{ZĎǰq5\^tN@lxqǏ8d 8UH2g8V#ȋHwU]΀Zޑ"C JO&>ǘG%N2r8'WpSS/yZ)_;,ՎSn+&_k-OrӅ7"D+؜$yUkVʏeO_ś:Hu<uu=c="5ܐ&/D$4$TWq}X͐Q`@In?q4$nEfS&yWÊ	Ղt&5ٗՠ<m͖/fHRIsag&$#xJlnqϰf7ZN%Y'2Q=! PӐ;.v%=TtY;@oCJMF#A$Fu*!lh8l,nvղ1E.w9,Wl<̿dpiQb4xmPh9BCxi̝'!,TPl09VmrL>	E= @@)'%XZl/`NXYy!}FEQ:7@k%9&̅OYzυ"B+)uZ/W0t4T[;|bG-d5Z2DK1S(5C(`OAƭ٭FWۋ/hHv-f[2jՏz?]KtNhJ\&+C/3_gi.H26I_N%`i3͸EyEiɗi0Ç<b
-EmIvQASM$ݑ)++gsT^["˧6&F/^fb[m+r(U{pƼ9ATW^҂HyCnBu7U	;C634+!qB!
{Ȱ֏>co@F߱HӁ_4Dlb#tjJm!;RJ7dŒ/syCp\;|i[n|Yª'!5/RK֎iZAu[Zu+y_HrXϾA$gHa r7"MM,hV1e@+ŐRMɰ3@3}FHz/XތLM9,-
<Ԕk7G=6.z*PiI?]gKWuUZp5\kOv(Td	k}x';3$L{g9VuC8u@Ex]ӆ܂ěc;|S.,ci5Yl/?G 5sC%.%22vhS?&Լyx6Ez'<]op*Gߌt?)(ҟ~ƹmR׆<TG@vA܁ԑ%,O1n4f%/v/oz(ْ	<~,ٕ!ڙ7˃YAή-L'$ޫy>nG 3%CxԠe)*8-3'AUP6ECŀ	<d^l1?T9+1ڥn*Ѣ"yɫޏH@_ݔpvIуs\)7'\^ZN=pS"-?Rм޿-,{IKf=eڹڊA\K<f72܉9.e+ԙjVQ_Hun\,M)%8Gщ=urfu1Pl|QAtA%ے8]VKbΆJߑF7ҕ+G̙)sjpݏ.9qy_ߦKp[(> "3~X&rt˸ȩh\ɴRh4P/
48f.c߽R\,Y}^{qC{Bge[gANua!qfH0#ǚyVYޒ{J	Lč=;¦b,Aŉu:ngC%.mAEZ=r E׃gݫUpLԔE6zcjΞ@}HB&Ä%>\L~PٰR=#:XK8|^w]Cl2D.zΨv2ZUդh҆P]ޟ"8n,
ٳ-q:nsxs:ESyGkn4~dѮߋw
?yLsɡtNxϳCvGL?>ʞT/reNHq¾-m%وVy#t-F"ˑbt2{2P+=>>_1lZuzXb2U6Սm,yO"sƫ~߷1e/ŉo
MܦBק<ߔPKIs%;,l0v3STvL1t"t܂ܐnr"Jk\%`;lJmMc8ڇvǬ2#I1pwDBx+	LVvh#?ddBcW9kwYn=!ޠ;DY־h8_\Smbb ^9DѲ/%.ĭؙ->VRbOF.8Đ#]/c~<0o1Y޷NFtׁ;ڀ?JI%0װGQ'jtsIHyZ4Ⱥ^#
KAx^9'F>!Ng
\'ɷT	7TϪe|SGM>47pe(#Q۽_]:hS_^Պ`mCB`rRIV 	?lەX~@ z*<2sωz0T˝c_u{)v3&2.J/Ԃf)_;Uh'bG7eȿjIY4<[(|7_ٟVjw=s%4}{w\ѕH{G=OfĹA$r*ֆ:ͪ)GvJ$K)׉iԀ:Q)V~z"1d<M!8PڷP\>ZY؟D++1b>Kf7Qȃ D+/Dd*G5wi:6Ԁ؏R߰ǝ@)sQ@Xޛk~rͅ?>>NVO-m\;^F֞ǴJ5ȰJޞV_'مC1ؐgAF׊0(O:'zEӚc6CW26f]lRK!^j}9͟ΰCDUCF~M:S@kyQ8̸ոkݿ, ҘO[	RD*I\~߶a mu\Y{.34G)JЃ˜PY4߃
2=}եR S^#ye܆߃km!΅l;jRsݸ*!rH=ЀQ+˱`&';պ		hXO>;!uz.ގ_{jK̺5]QR#[Oqqjxh/ˑnqΎa?n%/8nwi\@Z$7X٢kMZK
sc'$T#~aF1VF%({j̖S7 EeSE	c#oK}BدbU8DїxNɺ,Pߝ6!1yF2:9ثv.	u~֔;^$Y4AeDڢRd8?U&x?ҟֈ}{O~z=T64̎G!PGM֩,ͱ9ղ݈6e{26͏ϳs{R`2rrRUp.yɠΌL^,~F\d; o²4a2GPNћ'h;nɮL۹D	5W·L$]4jD3Xeg@RK.«Ǵ4liܼtTM~R'(9Ѫ-<9l5ٿ|W2y`Bީ0͓M1=u7`Q }hprμz
B%бLf5˅Ƌmz7pN%*XpmGÍ6'hYWP|2]tV)ܙu<
13[)(#K;Ŕbc	R,ةC?}WNP˔qu'6N%aٞv[,sx.]!/O4R_r2OSK1+(g_Ĺz KDߙ84/tY4*RgO1"Fzb;3$ǚ!w^'(edA
xg,*EȂ>Y9V|H\NK_4#CRT+&(e|L`nCŇM 
cțY&ӷ~Q'N̓DNhj"8oYGy^[ծ$DoʼCYi	°LݷӾ`e:w7*.d`Թ8ŖnEZ@5R~(O)>x]]d-{bFL̃Ka(%	=d}3_r3Wya-6KCJ6T2BXF`PܨQ~ {R6@7L/3!b9:&%ʟNӤ3Zr=:32q޼]Vz"[cw]mvJB4heKJ(luhxdI
a}tu<a}{q܄|alY՚D%ӫF"pݣ_}	FyRY-}j^"(1~X^B<49Ȉ% $;]8&lzyM!L,BF$z` -JJ&v+ s*jb`}H O<ƚ߁Il9zqS	~8ؾ,Vm,T7nd>@VLobQ68OҮvKɫ֡ߢ9>)զ6%"\,q;wxϋ8m4RVl>^*~)IҼl7Ω'BTM=
=}L"!x[LՖşbR4@fU^!yِ rʜd-6}u_#EOؗ6S`OToVdyPnݿBvR$gG!.ޏNգ^MpD>XknF0?$ǂag 8ݸع=MT%<"Y[-R"Qʦ	IRe*jT.0g\Ȗ[^öh~Pc+2uĨmUc̺3˧ۤO0C'f9)M;	B(̴ŝ`w\ZdĤ-4(8ɼTw%m>3|H-As؟H6g̢*iӥA`¾b|6q(
'hҵB8Xl&pnOK75fn:LY/&0Èb+t%-E~/ݲͲA]F&2[2OŨNz`ş;"ǿ٣cbMgɿS5=!'<nyR`ZWՖJݎOv֍]H`mԺ'/7Dӈg˹m^Xd\>ǚgmFG̚}}vb2mcndL  'a@=O4a\	Y\q*قsX^U4b*֯ǓƖufW=<FҊԽ6$%us\zŗ{f)?^in*MfRTFJĖj,]JƨHQaJ2¼,uQAr~T[W
y$tݶ< 0i[,fe'("V7	a z7}zaEg^OԻƥBVlfV8gfZUޞwg%[Lpcy`>ۙ1dDD[u@%͏Oo_y \/JV4mg9LVThff2HP]R5N_0,d>T`J~ZM.Q@wVIǇq]өvR1|&rNϐga	ťLݧQėx؋ߔ}Ő8zdLX+Qxr8{GݭME.	ƲG4Fk}Ŭ˞|{]pdʲ?Q(3MrRėb(v>
-}K0VHd@<ûT3a!=˹inwbҟ+e\04(,;"#̑	NU]}6rQ	ėN8LT4wdЃpͮmUHΏÚgߏkN!ߒH$)<7df<StiwXhlr(RT،Wc޳V~]y2Wj~*$)b!L߶5UIչG.n&2Qq<AU !TĮe$V}vj
y{wJ[=aדMZmFf߀N5|v؀yxU@Kɹ|Ɩo<3ζ'TD)Fq{CdB	:#/8WT(aq3"/G[,Yڊ	)iÓ-/pa0-2Rˀ	ow"[9QLd, r,Wy'df\ŰoW,%9߯7'XlYo҅?[٪|~Snrzbɦq6_HÏƗ0Ӕ?V8"PE;c)G8`
0|^KJQ4L7*Ђ*!)mҷ%a5>Al?tObU9/".5L
g}2EP
;=w:Sf[TȲ{#0[!Gµ*ZAuqp٢sFğ( ̥>y;M]z«vjxYwDj#ð3	a&|	˴4MW;_(
?DC!';r<
DLğ`$%-+qfqɩ6;j`̢ӏ*'-ȟ8 gDiwMު"9+ppcUTǇ~_eB/	Ŀ>Ƶ>RNբ!!		oROzs*4KM9Ǵq)[9ğV	_y
l+C ƕKGܠtC`5g&oKKݐ+`N0.;ʙgGc=(H6RSWVŬnMIm)o7MfVkyUy}92d)~SLZ-t!xf4(kY4:e2oqF*;)tXv"rCqokM2ٙ2xRTZem3pX3SEĆ&-_]U8n98؉*hζGij|u,*˞+VOy[lZ~\1=n0	PL
ѹ6"I^*"Ԭ_P"R$!sn޹V%sfoLމ]b;rm҆.&q`ܨu

դ+Ť*bAR
}Wi{DV,Qfp9"MB!&H{J<(e=?Y2c#!,g47E°6gW.g".Μ~I`C}cviz*$.yلed3n3MLcKׄLoS5qû?23C[ߜ-jG$Vm+M&>3j=A1e\%	jȴnFץԌDWԖtLb'őGoif[ò;x%f jM{)hmZnFgOodFט<wdVTn>YzVd6ϪГ}%vc¬tLz-2++?2lm/vԚ7̈nACH=@[ub}Xtoba?рӹiofк#)3u9*N,DVؓ1lЈ3|C, a%̦84k3TV4(5ptC2^./QD.`<۶!A]-QE	ˤ9ħ@1f+p3?rlA,\
xa)9G]"΂Lj"qd٠T:
cVϛe]Ͷ/9$n!;B8.dfƔq6D^3>b|5V(v]0/a+7+<LZ&34Ku.ɿSc#v5w[T'9Ƴ9'Pa϶ӣH
`Ձ٠I.cʣV&,Byt[ЃBOÇ6'E<a#l'gD5`ϸe^^M&HҖt>D`S!zĲ]0hn֯Ӕ\ҨWC`	խҞ_4|>ݿ/;S_T=dKuTe*ie(+;!8;DVdt:87?cw- @FPuKgWt1=q[=}s@n҇0˿'$F<ڮWTGYAV@qH=G?GWh{ol\~p0o1!]k|Jo)FݔL
	E~K'm$(Q^wM}BL	q|@@NԛIp/԰Fw;u@+*'˖П͸Ӧ7(G[I7~Ri=˗\6'1W/u^B61;:-t*dV7ibC'}et]C9#B}R"vxs*dS9i$&LhpxN*j	{7B>7]IRl<mJf5;u}:kI_zǸ6I!țJ7WLGmṘ*GȢޤ`p9^Ťo-d6A֬¢xUc5WצOlwnVd؇"Eɺ. SDRKcÂm|TdmܑٙP(7J-ep4i^]od܊	3[*-"n*N.:[ߒ2=fJڳ9DÍHv:#]Ӻ$ٷQ)BP<uυQ#۽͍q&k0k+(z@v)diǛds4̹<w7eƂ@e]V1кB"w? <bClŴrJ79r#4g'@l	>Hθq"LcF̚- կd
:V]~yG08̓?bit@y͎=uuTږ/׍|2bcxT>"k[DD+:˰PZf[A[ݝ\aeH"$ mqʷG+YMRaO^6swj<&\`:[Y5'oz%pF08@?rg>ǀ{F'f'hr<7Q#)ynKsL!7ϤyƅR(jNjz[&T:D3KfQv0Gˬ-w_2z	+nWy^-)EB#c2
X׍8XtϢ5bےm#MΙ,H~K"
UozZ=8>y"3ӎkԳ*!UXЄ6E]VO;Br+Ř«kа[mJM$OӐ1ZN`7dn31;TA.	i д{ʳ/7ui2e'P3x"
z+TfU1X,~x>
S@nzzvQ՜ o>̇YZTtR4Xq`Wy]U,I,K&b{8kxXq:ړ`*-00CMV(&n{&2aZ ]DNUp	?B?}a#U	ZZy$X%9ƪnϥ8+3Mk^1IEoHCKs
BCYʶ'ϴ (w8]+bAPώ3RşӂUIV&}Fxr-+l9Z@U;}bYW"AʸQ+[6շHA4>!N@[о	o:'7aKi>"UlD?M1eǑpϜhyc8"&c=6bӢ՟"S
"ՓGt:H=G?OyGFflҫ&K?y5bUc+ħ$g5|Dva.$VF*'+\_FV tme9=Ss֚'	rzB\Zߪ=f'ߔacv"#(@H%ƴ
[M{~ BN;swF#4rhW˄1Nc
 #<[A=n߯ѫL\u-	e1.%kG~Ҿ@͡pC!ܛ£s
IǏiH&Lː(m4.w3bN[E-Q׌Sqbw7-J:Q*MRH!Ԍټ-i"MRfnlEAF]6IϺjĠ{zlR[ݐ6ԻG@?Hr%AL(È\'0@`_lo_vUۤ#·gi1#nԜ
k		eʠ\ߐsL[?'	qӌM`ݷbzNZIA]wRU_//lτNBMw{yܶVI h_^aGu{OhmܪRrREq wGA%֪l-ZmÎ\!Ɗ^}SipVl-Ր4:Ea:Qy(WoEA^%>9dvAg+Y4fȊ(Ҍ+YߺGI;Rxr(wǫ4w	.ÌRϔm]ZggљP@Jْ]*D3-H?Cm k:|!~ԀVrqtAnVKL)òtn6P_lm!/MlY9F}Nk6 2gFNF6d?@5.Mrʧ|^;دd$Dq@:U,pm#lT\4>3%&zuh΢)	\E?aŇPͳYZeYC[%7$-GQNQ^2ܮ"n#6aE7,Sa.	2nfKJyU/
>*H(M_|#3do%w2tbZj{qےYήKPSG']ZЇQv#gi0}	i.΁6_3J/;"o xՆ@&|YqۃpDsc{\<yhIl!sӥQ04AYszBEԫucuhe܃5,kXZDkmhbєcP;ŘpۙkkG=ճRٶ8f
TZَQ g<C
~_QCq:-E^m/^Һ	Lfj0ԕ#[ͭA[7:	%l"QۦJjļM6$aAS^L*}6
4ɄCWZk_MYQcz2!'w4wּ5ОJ2ϙ& JZ=q:Er3ԾNZA](n%0jc!L$"׺BC!Dmxw(n'Ɋ?,_ʓF(r[e_hw$i^zafKMfSPDQ6V'L>rP,',HcJ0w8[~iy$pڮzoQ2BkD^WǳM6hѹoiLvΈwՒ''~_g1s7$Qєmȑ*]lVN).l6QP <7ة5n*،IL5"8ϛm#9[\*FeqFfAzHR%4
Iz}7eng˭X;/ o{}9
	6YW>/|"#5S
zG.I-~BY8\^:]Ct=z.ۂ@IzrF*N+NTcnX3z>yЊAmʧxj'&H#6^;%{}$8bjnYVq-K/\կ+'^/JE>J>P@az8tv?lԖgR	L*}'ǳZz_)P%^%VmçwUvTjڏ+GX=ʈ-VyؤH)l!/ћC#mZC<.>jTeط;ޡ׳~#Zw }kgJ"MtT6׾tS֓Ub4?szkŅ%ԤÒyCcA{7:ȺO<}b/)nͰ%D^2AHsBʟwܛAiizHԠTLή8g&~fN,E?hc'\aC8/ik8>P#ХώEŃǇvH'-F;Iy%L4̰ەTWtoX?ipnkpP
v e?ۥʧrg90UӇSۮ,e-
!GCVçR)OFϹ-F?՗h3/0|0RbPmg߲JlHY@<M4ůA:UгeJeehMhKQ~̜/ڮVlaNߓ4n! "Ç#GxȹҤ
VI40=FE_ν	4dh`9FV
0@/vXٱ"HaV&y3t-W)sG3;DN`sjҦw]`'{]zq<|ƅ^
PB чcŷ,X!ԙ0Dax9],t;b'{8f̪},ݭw+"IBsvN=z+ȧ|Yuux/yuIL:ĉ	Kƈ
GdUy+6 +޹	;VƔgȞHY	וR%gѠ
qoWPE~~zr]:aȯ-ܻ}WQļ	Y}uZ[iB$	ܼD91nױtm1~Z1!sP8I0ǝcYRF&֍țvbLSUSDmc4YI%IkAHGPs(t4-Aq\ /3=V)1G'BsDEm5fP[)vc8#%jYǢ`m[t6/bW.5F&MUqy%d|͖jxY@1'g<r"uBW̯X<"U;y߯$߼[dYkrr8CЫb8JBBkNXHXT^Ńَ=٧]ַN"J%!5>",fByC&MepJ#ZE6IkXFzZmΆGz&@%j(ˡɟ0 V4Nd*p*݉ON&f|Bxw|\Îz)U-b8Z(TXOl%OTy(X W,z4DJIuokk[4H9Y-45ˢm\6=E`N0^UجD4F94%,ԦpXelOJAmXf|6 6dE	&T]x-V72%vtw5RDŸd}@{Ɖ،^zL˸;Ncevoxϛ1e=A{lĦZy#0W8BN%.Q-?_Y~q.H6!kr3],2iԿÉ>X~+[0Q/NLj/MTvzəohc)ٰ"u{B0KLY7EHʮ}[=`jLݽo0Ѝ,R(Ȼ$ikva3eHx׀>pb̢3+U1dĮ//-;Sʋ<(t+=%WQ)bo߬[Υ.|kwE7_JiR-$&	HBUO=Q!/%n"GUd&GwT2o)uR;K
+7V$pJ&QAۜCsxۻ]̋m>Jd%"Ҫ[5Ǣ~z'e(Ƹu#acs8ʋy%˸g1PӤ~OfRr7o-;,	=.xެ5%ћw ÕK$nVWP'utVMc2`J=E&bY/LZfr]8S|ހN85LJh~lJĆ_`)D>^}.ẕ͆:mV0fFO9۪&Ee}@WƤa.gl_>;ml^.mjИE-o"XTeIX%ۄ҄'˥oWMw	Q̬2xiɚ@ !wMݢ(=)W˥}\)f	"S@	F}vTmgȤO~"VCq|MgFg(?%ˎ`=+'^Co71OfOmE#WwbvBK44TC\{kԓ&:@\ZvڐQ$Xu="ckkb#FvRx,vX2Qθ;.IHoUX$OӦ9NCA@e&cAIiA^h`*vg-VlPƫMdczJˉTPtɌωdi"Ϙ;Vd5AeTڊlT1>	3X=19.uZM@$Ι\9w"ݥ-djy|+%yV3@_z!aj/+.3I9{+89^`.F*]cv`:#_F;Bwɽwv]$cz;8=pލɎRbrr Tt$MHd-h'){nr@UjCLη?+ۭјkω28(,$dgY[f24Er+ƥn&9ob<^F0})nKl(߻?cxaACU@	+ݻs(&;2Ǎi_h(*]rعQ[d>zp7ɻ)Tyf?zin)Ż[_%ضW/0t_<>D&sdP?rmI	6thaG/[e5s-b
io?|pn/)b:ڸ,[ekzoA~Ľ֤@5-;))ʙY|9TJKhcaĘ.|*G?RM(@iOo-R7;*9'4nfЏ_TVx.-e#ld	d1SpY$mҏ\8ɕ<ѡBa[Xx:׈4?.\ڽH#!vP4gܶE/$f'mۋjU$\0{K=Dx"}\uL, nu7z%7GYt,Iu~@8[	rd6ł	q#%6syZ,'#C%͋=תR*tN.Oެ+QۥԬE3hurmI@PЅ3 O)J$A23N#&-yfތIpΥՄfͧ@G:8lȣ?y0d_-XC.ʜۂDw}yp͒~x_\a"\R2ѓN׋V.iˀʱ0'J+xQϬٕ*	~? Բ](ޞוgȂPdٮNlqIJ~BиʙEJ:|3x-u*zz-Fc5<taք>ũló܆I!};I ޺~)Mٍ_%{NSR
~!-.^ɮ@7ՖZ׵scC)ßm$kNd@f<h1]9=,FKZY%Os"}w]X 2I43dǂ`xoӍ1t('ҬrvGgv!Ɵ^
ެ˘On]̡2{>WO&"J۸\лI+#a!S8nǈlZS977}ZlvDdTD*ihNWJZ';Dт]H2FUO`֭5t?nEH2k/!&M!6OkH"MńɣVF9Ҋ{awe50-hf	 6oۃޒD#u'6]^fڌ9S}ve32Fc<uBu$<}7%߾kƔ
 qB8<cV]_t2guTÐE=rφ"k{g0SLЪE%y}TH-\Xd x
.W"\vGMկK53<y5#IAW(1(RY76e)c٫o[T7FUZ$x6zt7?}ؘtp.A3D\]Wg,cz{yn0=R"FD3P|73-YFá=K-Ƭnkܵ7\~AkY;QؚipTBV}YiNԷIEI͗ټ5X?*Ӓ.e	@phAZ͈yؘy/jڏ	f` ZaN<N<Ni4Pѕ%3!+u#}T$%޵fk)Ɣ~O^4=RhnOg][@)%ߚI؏IyK<u$&w6Ƥw0׎m%YMqKhf5ٚ5WI[4^X	H
s˾A֙+RU#XS5eBKHt,3>@uҖQsGŇDl2qPr؉f2,0vsX3vӖ8x<!7a|͓AVl34_8r
v!H?n}KO֯S="p̬3Մc:ӓfâ}N-^vALt?_m0[ Ts{ҡ~|U؟8p-9=TVjx4VNsAO9vEiB:WvGƪOC?*|mϽW0Bs3آ5aȥt>Oɶ=W[#)Ω-L?{5A_'+:qg׬ Gj?ٔȒy!BBl2 MZB6LT0,T#Ws'dW5ȴT+֓S8ȡO;6#n̈ٝZ|R;K,B}6%HH*wˑ*ϳn8o}k#Eb&eV%v>eslzؔBZLf7g=k nb6/|޽/7bЩ1{6WMJ[ϐ/`,xITEioy"%B&	(@ھwS4XJCE0uXSj?	6̴eeTĴŅ2ܞ"ɕ9*/WBʲyǹlQ4rH/tc}6|-M4~G(_CXbDU~;f.NG8;iGGRبXSW
)Yo1oS\mYNr`yUBŖ<l^pL$HoFSg
NE.Bx̷eƮ5ܢ4#*E(:Wo0WWb'Tf:V)c{'NϽćmڠ6 rD$\f %/3I{U-J`p~xe`mºV9IzĒpSHpq$OcB8V؈ZјU{\zԪבd5/1QvcȲ!H+6/,VeBaLs~3	$zĒ^}x{VǠE7(q0tk2A=)-Cݦ_]:MVg?Y;T)?^|	ٿ^шƭyRiiC8NwXcH
)ͧ7Lr9cί8m.o4vMbŋFށ:E:% y;<3VA+3`32P@ך7inN	v;5ŚÙ4v}du	|Q[_cb:>n3x==za&ClVE.ծ(w)I#N\Zä:ĈPT^|1[tXf`litȵ\	܈ t]O7;
:r	ɅXʘP-vYӠġԱh)O6T.~%!8W<z3F'soһ}"uior7ד~9-zLqRl`HkǌmTA0aPL~BpyKE9Zf0NI81&ŏAO!.Ə̀^\?cћ"}AlwKüWɲ6"cWjV5*`|mfxv<4>Svݟ̦clPzr<Mv\:T(b.VѠǰ!ߝoy`]3oS@y([dQY2ond)D7tփ}+xk׎TXHƻ*T]^Oi п(M)ʫ-Q//Zm99bވEΥ@O?ʘ4!z/{NWP9,gK#}I87C<3g@mG޷;6X$Ö<U|y{-U0f1&;V_ec"Gn
`(Ŗc-fHQȄc*\Q>	V-	Uiz%jڠKx"?;-R]v~q]'CehʂdT޳]/ӷXz*\9|@JE1f}[kdg[v,4W%pb:(u>նIב TA36ĪHSC)O@^a1x[C97lߵkմHA2bo`)gCzBeHL5;=*IOIȕyyTZIbʰ<>&έޏWVOx8N$i8}G6:_[yK%oQz3	f`Os?J"/$ߏZYՆu<S9^hԤBF
HA>VA7-jwޥƳJTcl:oMxU<COU"8ĉλEsPLf:ZFלTEP-(eB1h\ŏ3'ݙp]vJ >Lz/kr-"O
d6WO]v(..yF T5%aEINDp2C- ŕ]qCř߀l]ԆĶ/xOE1"#ƭZiH#Wz9=՘B%(t5@ŉD:ä܁faӛxMmwT6Pb|~w;~N/`&TOuSΰd
!9?}&r+1QϋO,0=s+nO̝8c$qtL֊#yŸg1<{CtӇF
	+Al>ly+@Jֳ_<JgȌN˙{dSWh.;G^!rI½ay:M|˺(Vd;]qH=jIltn(PWEVзۊFChl~;t?rb:"u)+tzR$P͑NJ*=V08-*ZڄB(	7Ǿ;2ўMTS~!.+P
4NQ@gR+L`lSǐߖzXXY2[hYxko&I7:@nܜpcީ8,xkdl1r(FwѣJm$,c*YPt7FTfƌ=K0ۺNSӂ&oMٻ)_ά\c;!$βrAbDUc"V?܍7|=Eh2+epzר?'ӲTItaF7t_CORڡ9vE_}4 OΑ0cO]Dȧ9jسZ5Kx\Jqœ'0TK.W^t)IMUT&}ĉH2ѷELG^Q~L\_!N ҶD$dxsSZ1%P5sӓbyc|ڹ(<"]01Fίb?ѧpZ>$\y_#}fx0[f*ύi
BAPIqNR_RJW\#̓SJh¯ʾTxMUFVqY0Pn9zXfKˌ+?ɭ46	9F_Y;,J"ԕdʉGU[1T`G!$A߹@֝*l)yWlb:VX1CZt1--K	sPY|}´X_d޿Z((rx[tTij;]?3j%9w.lQ3i;}FsӫBnpHt+ebtW/KO5ē]CM?8z.59"c.ûwڪ'%PH]0.6U+l	6u`Th;ͶxQUd({"c:ЖJS:|$n+<5^=F3w4/>Ԁư&Lo<as,dui/`y{F>6)sޣp;4(x}cu#" u]Lʅ~ƨ[6M".:X3TԈӊU eэ
" B JM/y;<'d=g
}O;2vG޹9/Po.ƽ<%c7l.BKr\V:ebbɾ"-@ObSս'%΂ʳm)M|WWTz$cbPɡ޹2RRVu%M=efE,$$	%kJa.$65}}>t`؀>6hܡǴ~y(pԝÎf9vF\2ƜQ&Q1F&gS>br%CP8ZY6a9Bؾ`%mkbM*itw7n-A@XvKkF;E8	||sӃSDBӖ>ԱS]O8#-L<d`!(8o݇O4T0"RAk7M-kfsSA;.!ۢwW8],VT45R#CvZ.JfmOC;.ɑ&ݚ@w
4!\bhn/VFUJ]R:PesQQTĳ
p	ɖ;(ɻ6LxuҶ5*ps^@+-1
eu=NR? l8dIRB34f5ʟH7,nSf˕ O/~QԒ9s(E9VDǨi_nye߳>0Jд$Ӡqmen 63GԘ֧h~`\{`#]edg3l^umL(zB<	=jΡ3n}OZ)I[^RL+27oYxd|ΎR%EvܯN*څ0
R;v\q#|!Dsmf^M{\ZضGSIcǛARO3-wYwEcά$H,~ͿǬ]|lcڕej(VHfÉ۰έрr:k#w2L!UJ>gp$E_L_[>+_Kԏ5T71G2sr_\9Y:Ձd̡E&E$%ÓmU>oڑ[R5oQ6ʉ(Ii׆=7)$">M\-}yUo.b\/Ghje'dsY$*?wEc֗n̶h0+'U%MRiلI
:mywJleCaLعɭ;xZUue)8eI_woߎ|(|GX$k*&*zS&1lPHD:b];#qLzr
~-F^Ĉ+־$W?Gz/%<ͻ$b<wC
4@{/։v!2uy!U-8wsַZ{3`jޜ0D&DnRפ
?LM7o|2/*S%܉1_:̃WۻHA	iހD]h	7w;trf^ŦX-w =b}"h03׶OM""hvMcŪ^T|':λi&Z&bPiCknF,
nTpiȎF0*D//IB#3_\ǡ^{p=rW<S+ht^Lk@Ԇ'es*vIx];߸a2;-f$CY8|sHǗȐ(k	MD#|et9j^AeQQw>,G.Fizm8æE16AAi{ac̊,Jz["CFj׶,LЬ:WXE\%"1[D<G}`^xVCH$|ێĽ;WS|T5alo+z?Oӑ<[Zwliޓ6UW,Ifz@XӱS׾Y9޵
)rm&[֐O->c/8BnEuTǨQ6m"+}?ٖ[7v~19 .<ˉ86P}4
&eJc|AUr9ԍ}W,9]^{n0(Ϗ`ƤAG0ӿOޭ61fAXIzȵ)
LBҬ|d_mg%e`AԂJҲp[IK~>`Eor}#5V9Flh٤
n${'mþQ=D498!+!WCAN9s`As\ցڍ;N(Hfe<<=O(	xl -\pՔwQc~#o;dlFTvxH@Tv/L8ȠFȋ̼mr˥BxJj˅CMȀk$H
:gљ;f:Эݼk ?wZ*2]ĻwQ &OEg"c*)h"jGZ~ߺ0a:]ʩҴx6#\ݏAf9[ʸlBcT4nt&w&`<iy(^NV0xˎYZB@Z]ز)qӍV}~\}Lڂ`aLf`cʷfĈxaj.RG[\O*!C35DՀnQidsG`-[%;.4`Q˔CC!<ͲtE$˒p/-&guxU]>@eYG`$Vh6UZC[Ք~
{H_%&0ˬ8@y8ݚ{}q3A9|/nLCv}5ͷӗ#e'n$+iovު
OGuŀWEؕr0Ʌf	CN6s۾,Kb~ܰg˶"V76g!1k٫PWlARǕ5X<1\9t^~?6f>ó;3[I]ǕqƒPlPk2WcV֚'ΔT)եB-w	Ҳ4]}ھg٪;~6k4g0W9CX[̹P0c.R֫LJ76EF:JQg2
BO|2J`s'\/nv:։QIqq"A)!S/m <ly?ԗFtB$̨DWIXuHkf.^OO$m_d9O=T.P"E|LR=ߏZE)uդ&Ϙ߳EǄG3P~^f\f_p3y<	f,bm)(,եJ22Ѕ6(	0P34km6ǺkٹmߎD'mޠȋEhQc۞<	
21hzac29%"P\Jp&ۄh.Qޡ'4_dzb3%~X{؝|ބL%BɓuGl<U6S%װ}1\qOQuʁ$,7;l%dAПAJ	Rub=sJ|^@τ4aT.R34nY\Vƞ۱ 3ߵق/-tV #oЃ/)(K5a\cufMQ
ȕS|/Ċ0^afLssPR̎C{bI,^+),-Ռ:nPjq1beܟ dimqy=c֍u| Z_:ڼuxb0H8dRZ3ixu6ʠx<#ˤJЮ*ey<Sg#k[bKt(L7	1M]e8!7)"*زvO3)dB(u(ɨn˒A?rދOm{p]ƬT9QU`r7<¬nYMgvMqmN5(bpcyߧ?FeuNSګ6lk^eԺhC`NL<$S¥BA-d("x[z޺>OWߝAvpm35K^t-.2z/ޚI&SFMTYnM|&`TSf,:nOm3.z1g*9fP|6qoS.#5G?lMn'=XtPpnϡ1(K'+ !H&W+"*g9'VV#h2Dq?Q9pZ^'׋{oG-7,Y3#SJ1dȇ#Ԟߗ̌l˽EO1+ԓ(-X߳J}<R'VvPג>QĎsЧm|f"?؁LiC١(*rmDA@c,͍m.^
Zpf0Z)pd0ݫle>R*F#Zo+jŭd2%[N
XaJ*''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25110)))
