import brotli
n=a=0;b=1
for c in r'''tI|oljX	6<>ƵUnABPNށf%"وK6	gW.(SK{*|YIh-zMݦ,,n,VJuK`$ѕg_.ǝHsOΆb0Z3ݓm*ĹntUo|ReC
ģ9;mS3ÙϺy·sMF7ɶK\O[u};'fv&c`cgL0GhfzrcrOuV#v",NE/#=)I>?O@8éBzۮd0zt2ؒl'ϷSxҽCT[AhJY	%:<#_ lBݪNø*ȢpWA{СD#b76M{=h:q>.՞ۧțЂ!K_x6=iƃƲ~]mq<N1lډ%NҗR\[QDȬXcz'!#r:mi	èҁxsܱ/[Y
nQ4B06|'l/(B.@wfѿ!צxڊXx,<I7nm2UwĵMI2NK{O<O*ƭ7UՍT;[~܊^(F~5K'+ӡ	QQS/\tHw^)E?ÐfvS7
>ͪqΑRcH&،YeR<N7*b8܉(XH=nOMZ	wɊv݈tԡGԲ)B~;'17y7s4"nPҝB2'1S^JNV	Z62;rЄuͿM	PlCX%tlmrݻlltʋlfѮe2(s, "SߣWfBjb=%[nəmJi.%`H>8~'e[s`(cnǞ1Ұ?PmA^Kӳ	;Яgd5gBdT& M`vq
X`clBN=vdKb[_(e,phcH̨_TDI~cTʃFդÕ_8UCGiCrG,&._PȽI"-0ބ̓ͮDR<aha7XϼUJ֊[V=KFLw[Km
F=t	:K[74<+(2T{>T0ń6%Ľ^~4#YHrhlU`pAPivPCFo}MDٿ:HAj2ͳhƁ)~+f!r'L,,ѥݪ_̜V"t.Rm]q#5оU:yry)T#')S|:l}ZpikCÅt؄%Kѽu(ظ!SըٝIF̢,3juկ+;)Μs`z =*yBIcBƸf,uhp@ؑi{UH#p!$mh4P
/U٣#f$yOXw /sO[vu7MN>"S1'7X9̑$Φ+yissPA*%u	|A0M8>W׾tƇ%2L|ӯzSapHsŒiӡ,2~mʌ81JS<bXb֏!7E޸CpoW%p1J,טi&"2foƉ̛O"$l=R0tu]nXQJ{da"ʼrjLt&}͟?#}iպQo^5W.!8+r$Fcas6}"mXj΍fDK0Ѭ4*r+{66܇˨pjI\jT̆Y?f5]-:@y&IZf͊}B4ĝNYϑț;J*|{&V݉\JC۟׫̩RFR=Z-z\.f619WH,׉ f\\ibA<Ƀʵ_z0v]N5=Q{J·X±LǴ]RƖNěΒ]>YNt.ԀpV
P(DVݰY<%{h((p΢`(aWɅr[	Z.ozoB	SԢߧ<n
l5{;{êP9#g/5r492Ψ,æP@t`1Gϛф
cZa˯ZIz!MŊTfrNkٓZ'YZ؈r/3G~H;wnֶjœ|HWoVi9ǉ$;!͆Lťs8'q||Տ V֙ƤT7Je%_)BSs,*%/Ŝ*RzČ2"͟$_LUNāW1j] ηATўVWaEEou@@St{@{-@+kVSLk>{d.˕ʩs"oY EpxSށx43+)5K@.|bَhI|fH\h14aq\//4ǜWlV]`+DѤVUӉ_ߩ+7/b,P^kU:ws>d݊(7|+#>1izN.Ws^8b׹^q1pIhiBnQ.ңèoukFDRzz/@FnX3K
ϊx6)>fTҡǟȥ,ˊzF`Ă$8)slUÖv|-xhḯc`fOo}d(2$ϵ32vf1d7Uǔ՜ΛdCƯjFUe]iS)/?Yv.ݹC)'1oͦ@?֣8ܜ#گm~jB</ΑN1Ƃ,
4CLЂJ[	A~*sN 5>ʱHIqr/!2EPt % G?à)Z ~hGk;DxϴlwЖqP.'eЉΦ!>CZ4jl%A}q0zAnEKfs)<<|%u-TxԱޓp7Zνt$r!Ϙw3JK:M+1Yl)h^t
&Rb#_VȄRz__L<l<09B-%wǌ"ԉt}r{5O2?<n]òiЍ%=]ÀߞdU"SQؗ1*e`+l}WBV"
jq'Tv,U9Ág]f@P>c._k#J Æu3>U]hNCa+wnԔrd)Hu"Rm^I,,Elʈ!4tU-	o@ϖ\O|9pp'\w,Ђ{=B1[ 
[Zs!rP7zԆ({H*%gKq)T75qx&JglX][5HdC+.:bh\W]}g@Dm+Fu(r^	.h*DH8P8jN$ʍ/r,C'?N	̜&CBM͎1}f3L)p:GL{ŷ!C$yL10"˹@jR_R,l?WC̎#!ui4{=%(MD]DzC!(B&ީE=K"_7<E{{d0ȮVIGdxhs>A?2
SۜDܛB_3-6KXwFXƈ^t>wGevہh)(o'S[ݪI®Bə:gf1Ach&4GJf$n7@ԆTjHq"yvvv3V[?>r:!+ߘ:cMbVzkȅg\ŝӬjkYRBޱdY;[ٸ*P
Opv:%kĕt=Fqߒa^̫gέnga~?J?%P+eRњ>Reɵh45r6I)MM(ھXO_ C/f֛!yb)?qYFw
ޠd*Њa\HjvӴ rSw	de&i؇WC3%9q2;Ӟ
ד%'ӡgJ${P	ofVEUfyÚzH9c-)j5KѽwSkUI[<85O3IuVHsyh0kk֕r##aމL?ÏL[ųnrޔnq%ߌzRDh}[{Oq)=6=HC5AҧX_̽) F-Yd27ڮŐkS"'IZe_Hi?)҃*ѳăPTRxJi$DXexJW9KȺҁEǚti~/A=Stux7N3SAAFTҕIgZyɜ|A7ˍe׎ȲDMosjӹǞQ˪6V]&)fmAz)P:vb-R|umC1LͲ}hgI0?f-y 4+6V߃*O--}=R)}+l6DhȨj<KOŭHݳjҊtX"xLͭccbġYt|Mj9jg=Փk8˒
֮y.Üw*/{xɨC͙oգթfyX;h@|EC]Aؚ"7`݌}"Xj5f}~k3<ۼwͫ3"tZ"agXȩ!hKg۽shʕg6`#˄j6@RPE	QX6gŔDL1+}6X|FV,~cm9&%DXnK'ae(x}jZJpR.j5V|z4>o`$}mDTI,'ČdE`B:/@֭QU/(h0tD-%GH~9]rӒWGp>JIB͕;4+3dD޲].}='P>Id ϒw`ա2҄zSFŢYJД̔$QrgP<LD#Ez*Dz׏{ۜm*75{	(jN^cƼ&?VdTgE>	N1M
@SHuCPc^oͽ+$,:.3	^f-j&+kqlTBУ1!GYhץ:oSB#&q+Vܒ(C!rPI.Ovmԁ^I1bOa7	Nk͚ĻK7-	6ұ2v+މ YPc{;qm6Vx'dԪĂOZ5ڗ)|;kՋH!2̋kzh)Jr$.&Յc:G٬uV~36dK|ۘ~8jqһ=Sq~cVNsW~+,6zWC\B7)d΁tˉŽJҶuC\^cLߍ>K3ZbSDb5_Yoi{حn{Ƃ]	Vv")pz=HxT`Al(+55k.0!ZG#Mt}]d{8ȌFF=}Gξi")54G#j3N:"	{uC/ײqUd&}{H&Ok1	h]#5ƿІ|^~|sVaw1X3_*8QX_*Dg(*5Kb:-1/CSnx^OB6.ˮŴ{(˄q(Qk@pz@y#$wr6:.&@C k96/cs$ߟU8 Bجd*OnWF	yik@ݥs `a2@(w;ua$A[nplxΉ z.}]!כ2%Wj'̩}gRY4/'eǧYF)e)ۨrVq]cӒjfа}a_x-\~-6x`'ǎƦuCbB/ʙytY`ěGBU'JВaR-Y˞D*cOSQ&Uz),5V:Btu}#j=ɞƗ^ys~qhТvwԟgQ\=9UUt4<ōCĿ
=־un)[RIZć%SZsDHIS߄?RLLt1Q0
Բ,ӾG?8'^0cњscovuї9j]HZo/=P׃X5`԰/ה2?݉;P0nlj˖=]cG6N@8KVq*R-ÔߟLT\J+Ƈܢ{ gl g^ϷD_Y]Ț,Uڸd؀Nh@sKtjŤAz_OW
ÄnyO	jL۞!p<BС~ҋĨrKRpT"4hPzPjVO"hGp14hԳ.)́ϰ 4Hpt;.y3؝k)?AޡUU
e	UwL6FQqIT|9IHm)8/i?jڰK%KN[{6ji^8wyR7qR(cUQ~_ebp͘f0iqOVAlh (xy%fcgd(UL{y}SN#9]h"Z%E\jv`l[i2ɕέE6s 6-%)ݨk͹0ޑsW#ŉtw\
	2pBO>݀Z{ԙ.̓uw2@BiEx&"(ßp%oݩ mۭ!5< UXW1hQp6w٭y"Xغ;VRLW˼Jb3Pc~GQ]BjUϽt8+H?P׭HCgf`/ʼN܊Ĝ\Iu7;GJn"T`J&P^,kπKm@Zs%ٔ=v
8˅Q84fΙE)uhQX_'k< IYVMΌwSw];l)pQĨHnxl5;!n|q;·
)1Րuͩ3`"K22JYwRsEB)?;DkfHdDZDS?$	?gY-XSROBq G*~YW<vFUeD^Jϐ]	ЊBV_uo(yL tX_G*&ڹj\̟HZ)f8зLG}slk\+ךxTѵr _ӾԨBf}&euP6Y<NiՎ!VѲȗ0	T1iH2|2"#w!<HQm7B5~L]P]`CCc0`cqͲd&Eʈbئ#[Sv!3,Nq:7oeW|c.o[Xi
~QBGJeUJN@zv]N߀ܤ,qȶ̱3aLIr	"F}Oiek1-	&^~)>ss0]؈ܹGV}zI$Kgڼ9ĘaxwѕR'4n8?j~<awfk6:!]}T6pkCx.c&/>դ[&^<:|eŌmcJMG@ COaڿY*
cCڴ}#{L3I!̔B6S"	ޏћ+fUY`y$a,,V[:Wͬ#Fv̾atooCfޮ
$?-ќʸT]P_mF/·%̪lgˮ2
	2I>DZS 0oȄ4;MX@v/0k?T?]|~3P:I1٪1Õ(n8ޯZx׹}awWC&_=sm,T<|]Ki+Jl3`H֭ׄxiXq|IIKH8ҠcJaR_m1O"CdvU̇-P.Τ78tw9^5<Ckؐ{.XQ8^9TTSD?kQ;C3=œԒ1۴sG5k.MbŭfG0<A]/Un$͸F,xѽzM{wQYɛTȽڡD8`
[R!\W.AA&8%zG'(ioq5:Δ=r	UȗVMn"`aPQz6.M<8֛D)HJqS=tT0FC4+lV@O?lG%+'3nLzVϑ?Boߴ9tէwT*<n3~8* Ry=$Y@űfeGLu1x)3VD%T:6\0\oӺt6IC;<Jwۣɦb]\XID3ܤ؍FqC,&|{jKܾ+K4kGo|Zj*/`BrtЃG MU|G[`Mı$2"}<kpSrr3>)<UoY4cՖKU@ٮ'[Gyq=?S	O3jbUdd=%M
:kodyVL2r*$Wqاyp+OW\A֗yHޑXZ83^Ԯ;y۲g,f/5q:r/	ܻ 0ֆDۍǢV%z9(tyyU&DMexV2"DeěDd,Nx@PҶtP4Zʮ%ԫPDmVxxn)xQFS:Ĕ$DnEWɝeՑ4vn*ۆWib<(AP~GnZ&JE^ܦx9Lwsx:)bN̩!jUpȠKdQW1B1"IН"'qӳVig.2uc<sFٖiT+@rd6ԇ.£f7JQpf!f@i¦ie^u}/:8?2`g۸TCkQ2#D!,5a? k=Rd$eRw$:N#M5Ž~ҷK;	Azfb8*ƭyW	*rt!z0&avfS+,T@C37'h~3YMSnGԛ8$1VĆZisԫ**Z6T*-_txcR_rnTϗJQ~6vcc^zV>kMvͱɽ0mܹۻ݆@fֺw^=˺8.Isn(hRLC0>#BzkP7bEÅ PV#N*U7̖:g79vHy|ˣ,Ԫ|`L5#{EyC#RCu'2Fv\{9UǬ|X}aX:j/$[ag\wʶ<8jt28ȴʠj0Jr(қPUF4g:mo>SCHuvVuA3n	Ţ+˗~zΙn?*QlCܶtkǹvΞˣҧbcvDb
C9YFѱkrF;m-Kdé;Ȫ,[<2Ӆ=V0]ѳ^+teÞ/-~Uw~]fk/y 	=WŲHHO߼R46ʜQxMWb@pqǥĊ§3[c$s,Ff>"g1x9"&?``Q>El7vi[UFH(BVKԷۢGU$Yaߑ? Aɫ_
$pįƭ5DJ{vV9`TÁCV:yZ=0gKFE_kS,t
ja%Nrf	%y}BЭ%P3rrPIqwڞS[7+PLQN!d17)iLixr+@T0Z4/͊2yMDÃ¤(Es%Ak!p^˿G݆#SP?($mg~BzvQoQ??V{DlP"{tȖN0-RK)?܌7D0g57m(J<6(&u4}@ZE.C;#z!?U{_X+	qШ{ܣ:~ֈsGh՞c}8 .h!0UmqyTFmvԞhomNGHce*ςRԛ8Hl:uN*zɑj)^S=aUa҈e|'݁<"ɢ]t=SiňA8r3Ew!t߹dBW[b}9t߽".[r:,םMW%ԟ@wcB`bh$ǻ=0#Y+zȯ1ɜS+$|j+{'Ɠгv/Kי߉#{u6?&˸EȜ_"PST4#VыËW<	l]vޱͲUZ{|6AH
f^u!nUv8TG:Wac&_Ŭ?|sօ3 Z/(QCd0Qu[6'viNZ6Xh}7߽rugCAȇ!ܩ(H	)`xɱެ~>د%:_LǁJtk!xC_~7vՠf`s;$5J;֣aFp5[p1ϩBZK{~l~27	=E#)kXp?-Aju߫Bb/˄k9Hßʞ}A#P͍ӏϨ#@eXǃYԮ^#iGNy(~ܴҢJa"7fy@a>?~slfoЖV}Qh1:3ڌf]6͎50tU,_T^zܵ`Լ9.MJ%|YOZ~Ԅ^
#Oh%ojo`yvO3%4N)ac0%H QU@2+T:kӸ5~dOqBߑl4{/^+\[fuv#E9Ŝ}23˹(EX$g	̬T<c@/4-LȶQJ=pSJd%H̄·5Uшazn7]*m&mj~	VK6ʑc&TЍ@.մLjoJ{؛mپa*ӵn2ٳ{nB>Eސ-CF,XAH6Ђ]bDG8bnD)&f_	!OHLW;M^ZˈDb΃bکcy;vXǾMB9ө@ʔqTO!݁7ۢ0lHKʸpu#0ͺsv[Q."T݋65ԣs6ˋV҅!4 c#yiϣ9z6-sؖ/ٖ$Jc_߅/;yp*KDJXV:hbkOMec5;V8]ߴ=Ac$Gh7P+z9<̳3nؓ3dMq&SSE'hIhmʦMܳkg,D(JnXQj8{Xp!i{rY2Pr"7Q<rF-yi%5qu6Ow0ÇrТAѤkvӭ?FuN8S ݃\qG'h
ۥ 1Ayj̣f>i9(?"sQԩ&:5:}R'.3TC#.AX.])oߤ^,VZlT`A	;hXz4$4ߍIG	TW:eIhcw$9
*?˟2pB*҃pw~iQLA]th؉IYemp<0'Ň:2|?89`{+t=VUԱ6CtR619	x_ԛ0Y8Ë iIų$\\n2ȴE93Z)"nj=(Hpʉlݾs\3[h 
n~ftWWyPdS@=e֣dУsΰ]:EϗH^$m+7ٰ.lүɃan}qLiNjfi+S+^ʛ!C9Hcckֵ!RzDí#J+=8-`1c=Vf>,1cέ5p@*Wka4bS
N8ޜyT_J&[dǸ<L=6"θc&UzkJ+U1ܹ8D`t~;U|JPr`\m>f=m(}EKR/Jޯcz1>+*X8nHx:y_}{t?ίVHh	H5h&~mΠ޷Ē&=*VVqL}HBM!l3lMgW#W?X`.Z
T-ginɢӻ?V1h;:S`PF,t.(Ѽr-^ںQUˆ<|ڹ4Ov,q07IB6x&\ӅH~;
7>:	rSùb˦K֋ǁؑCZE\ȡ%oL
\@ޗ>s SqV	^W'RՅXL֔)'h+:gM)xtT:6<,8̱m&!(Ѥ2[eNP¯ΆRD%VL)۩U*)yt7!t}y:kF/	yö~|J4QQDyՖ6jYgCeMP0ؐSl_&vUVg;3UO&@`'%H[OrSAMZWP/sڕ5Ui1Sd#,EmԔ+p5\3T/m"kslaBe5 d|C`,LVG3#\sHihTw'^z_<b3/+CcΏvrՋpb]}(g(oXۘi-QR1/|+n=vBh	ʑo0\p)ApݕX͖N9#fF.wF#qR>]v ɋH3J/Ȱox`wMcQܾ,ږxKϪc0U1,{=o{U>4é9p3XJł7hǣN-<3A.iݧ=
-;R˦10j*K?ʲ,!o9$vpz	lPjb(n]=k]۾}F^]J~<ȂN#)ӥe+ +d*vǑH|d-a3O:~FvTju7{[X[@#.ø!I!#mj/<4nDӞ3)YA2.l|E{( qL~޿"+t\UTKh(z ͥGȚ
7X{Bn#ZONbTUhR&6W>ҷ+{u=7Ǣ))UuނZuҩo2dsxRI7#[%ӴsK-ì#5+`d*(nځ SnkmƩ<қ+ZՌɔ``gYόqqS~Xi6!,l^kH=1ѲǤ~ݗh'ƻT\SgP@T%/$s^>D!iw-'!QԨv5%϶/$۰&OTV̦=Dnr\!SYס%«˔	?r$3?ZU7qӧ#B޳шe~ӎ0uLWb01LހHfs!j}v.n(P'`'GRj҄gδWo;x{SyNh ux{xZ:q2>T"hnG_l²
?6YE|O\uO!_=urځ &I=@ε}zoQ@'>ҤȢRG5-:yz/߬*iȋs:!ߐJI8o}4JFt/Z/'M_̑$hPӛCEb8~%Qzv̬3_PnI_8¿;-HTfCC̜>1(_};\|yϙH;@ogì͏U|\x9~]]Q'KX4Cr0LѴ)߁T iUX)#&u!"ʻCbK4ډ=9Qj	tM	c'?'ay#;ďSrf٭9?ire&ʿM<5ƿ֕Cc¥*;0ȩ|΁ia+w]ŇsSǜ/C J
#2]X;w:DWANi߾F}wc#3SvPeZa:[\_Ī;Z2G8c75aIR@ד8o^Ɛ׸kar'ܻNzM)_?V3Yҩ^3KBո0Bj~a	pt]BCC"ՈzW^I@Żz2:B.ܷ(3"ٖˇIDÜO/9LwjǡnGD0Gڇ;Tuuyѷ+O0>y7M܅=;j ɾj%ؾc$"3dZ{NT'x'ʈRHV{t.YRi3+4tI-1uG%9/s^ɘkgĈ'nwf˘xĚ8	!qG:>zܲk0{	ޢڷB~˹^N|TAeZnEzүBcXsLe2˼$'EjTN2bUs+1yV"Ag2(.fހQ#!&Os]*ϧЪg̣&
jGo9yduŊѺ)^>n(rwHCؐ"dFs)wK=~1#2u)˳?'6BN,'rZLѫjv/{DٝJ2dؔ|XVBv'+>0+zĞHIu<N*ֹc_ mWa;RHce{}KP1Ψ*Č)lxFԯbvw r(hwSqd׶Q:>>[z-mxFufC<:>řY@ hۜp$9ή;@a>x
ƬtKX)T@©KϐkV5#5y\c-oJO\INWyGdNG?ЉG!NӪچҠ݃nGKEYQNdN#@u·ndfzq	˴kɹ]4&(m\/-MMRs"@lY>%:[v+sh6ʧ-. s`(MLR sćˡv"QrCƋ[oMˇYP|$m֑4YuQ jd&3^1n-`,uިQ݇~!bQcewUyϰAڷjHyڋR9Tʭ23ah@_߂35&}rImj `-̅t	(kd*n9C[6ʛ;6Gf"؍EGg_mJ|#XcΉ,zqlh§ _%Q&%kԬcM%2KW#\n<'<$ӗ`}V7)Π9;Wwވ֓f]g;ERˑGP?vW1]S#b%yĀ/SvWgۡO=_,[u4էR{AO+yZ/@i0TTatCA2#,.R҈}i]
Ie6VnzL8۬9/ْH3oA>ʵ՗^hR;Z4@eŷ%`oףE!'[ߣ:`Ooƨ~>ϳ3M2'ٞW5*^7ynMgmJWFz޴4.'9-9\	3[!@rRf=3t|Ob߂`5&dۭX/ekKR7("׿5*!PuB|A9:9&.+aՅe8ǚ-e!6΂Q֌ ўV;"Fנ\fC_?3}8^έlo$qMUA5w5)zqLN.lXfḡ(<q$ŞӪފLdM;.H1Ο!2,vK1;оrHrV;g{ʏjQn|]?$1C o$}+G'C;tSdPVyFwWrYx|uLv mfͯ0nb?̾45U+$NPsct?Z۩?}'̜R.a%/*ydE_rY!ngf/*W'^U'&,kœ	K=tŕ?rIQ`%HzRYz_Ar/M>|a):%riDޫ&`ޭM{)%qN
E|"jܝE;$u "MLwU;PEyy:UХ()Q7)X3[ը9N+ôMDғ!]!$CzQn<m@{^-Z	2T2Jv/Ш*EoU_;5/kJ~P10o
dm!jpw%'OI[N|bb|ܗ58jߏ=K>"8/ߗwl݊@#Ұe~؉ehF@s!!hX׬KXimDK38%O[Cwd֢02<^׆1[άU?CͰL;vDx8[NɚM`Y K_B%<[01 /х,{s^R6 0/+KAE˹)}p?+QIr_EdrFyOi"z4Ǫܧ,|y-_l͇q\ٯ+=)y=]ǌm۟SM1!ӑҶ!А)~<fďð(%eu~'2Qolك!>fۯ`YUk0Dkμ<^}wdHN/8Վ?Gˤnw0RfAE@AھC+4MYm&ŵ++YQۅN-Rs{GԢn]z~ffvJƣLm"p'1Lֻ3]nФcums#		lpL0RY;LR8dʟғ).X"u0@zf`LLĉ\&=ܗSHYWT@yg5LyXmM~UT)Q3pF/%*.y76ֶCp_r~b\h1r'b9+K9ޕ͍}c"ɖ\TJ̙Xd!է!~nREh'@A!()=ɜʹ-n6YjcLNzAXPUK{9ʾof|()_Y-7"=dz~ÎU"
NZkw]LړI:_PNl֏aҐ_5̋$[	~/رXMpY"+ա,B[?upr#P-Rd~ҶƳĈ,f3E||ާ&b2ߑF~B=+D-ɠas,X֛Bˊ7})ZpiMԜE_B!ٜ\TQ~tyMi,N!k}+jr02=֡k߿i%s
Ʋ4<h?3uʂҕxNf=\! KnuF=>nYב9!B7jۻ~?ei"oS+60^5jƩ͚z
m{}{pq?%knϲ5'UԠ|a\Mα"WH1pKC٥~1N߁R4̂O?إ9\g8%Яr&joɫ;(_[/m^r֗-ZZP}&-_Ŏ۟>%nbYŠKЈ3?fBN*#߯Vߚ
v_"GM˟k}%Z8zhbBN?(4xö́og'CLN<r&km6TDL16(y^ڟpixQ ȺhmƇJ/SޡCybU QY4j=ԼTAzpyz8~Gfʮ˴ QXsp;zu$F3bkG<\XX.RSrӗrٔ,lօ{¶8;``jI+g_܋K8v,ֺֻ+߭7NJ:hV5<:5K1:k`	ltpgl~-vP.=s5O#sddijD߳9GXo1L>HngL]Ơd("6$/1јD9f9Ԡ]ڸ:t8TԎn]N;yKeAcRN˸`<hVH֙;ĈkoiΩ_ÍH}$ŚԘc8<bZnnܲOrxCϥDڐN4m,_TxȊa)VBGi2a8sջR6,3<ɖؼ0BAU!ͱ
]Q]8"c R'cv ]&Enݠ5i 0C*">ؙ9	G/Vˢ')Ø]^dӑ
W\HW>(eӷ]V,7K@/,pF߮̝`ʯ'.Z
ُh*!>z{sǮw-W#CԈŗEc$X*>ϤA8HcO5+]\
[~w ۇ~n1%	c@Ċ*Yzس3Ϋ_ rʽ\<|l|RVR@i&1p/"ͥFf/hAUܟx0nGo&`QҧhB;p0ԓjF'ʶ;6yQ@~Y<ukº#Ģw"p;``<Ïp!X۸׾]tRCաWTбpgtL3,3{KE_.~^f+K{mA=q ;QПǵe7.Q3g-۠W8ƧU$(h/a~"(N2͇!Xb˾M9ʚrm-1@[\#82ғ	{yʽmߏO4G%p|҃!M-ǝPwYmGՊm?/ٗě1x2][AXػhbh6jC	LO~I7eDsE$9pvFw&l^
Ҥ!Ȑz-!$fGUʥ'l˃}<Pز0tm-fe#%!LW'>)w$qdRQ_)nn61z3J?{1YV4Gg=
D .KB/X_aZf݅DoFԔ8C)_eu22R"	ָMLY<>uelu+:zdr&շ|4V@uMN>A"#h(`X~5Ӄ$[k(0҂?.[o%qm7,
 9,S;lG*ʁ7͇	!ڍŰN&S:EhRݼ%0CH|}J<C^Ҫl`@3אۄr6)8yMRqN_</՛76{-gR'*V%S٘pށ[kfIbPwCsɴǥޣŏq/gÏg͗ӤVHؕM>"&)]2$.y[nJԕ`KK`MqГZ9+zөOc eLF/aT	/`O%pիc̅6T[%X#4_/Oʊȱ0pB!`@F:>f^*mߺ؅a1,ıu&ǵœӔH#Ň|B ++sv׏:Ńє:}6+7Nd͌r-ĪlJ`אʨƂ#ߘ[1*mh-7ܽĜ!ڻ|*!?ϥl֖Q2W;-{X.6k^i$!ΈȸwwQCY
fVnY~va&Ģ2D\c=da
@1MAm۰lm&d$B|i'Rr$8GQ)7,&	lb@N4¼0͕&ad0+[ΏԘx%DHfҺi-G[on?њS*Y;3-(}/xgL)I/ȻkYzɠˈՄ'W[ȚLpNDa9kL3</CFfwD;wƸ߶ƾ|	'޵lE+8]5~~Ȍ_/;7}Ǒ	aX!Ј7kU0BڸЖ+^@S%2FyڍSm>j_vvO9|dh(ÿX;r7x]I#Ys_0Խbk+mH}o	r{QJM\Tٴ!R*f,TiC9*N$Ss9ߠN=Gl̅ڗŒozڎXjI)E1]Pn?EIhv{FЮH4ٛ1gC2Rc׊ɔihnTHpÀ]U+߽Y*]cjvGcyZqToL*oϧh;qO&խ+u\LՏõ_8QݘENW{#Rܘ708|!{_YXߡ.k0A<Cw]l	˹g}b׵s#B6GR{,Q_Lh̜9fHs#G*֋u5~70WFdEڵH_c&|O_ыsx	QڜQݨS|$a['(?e'QddÛ!Zm]o2`!Ћߴ5K18b-^	ӇT+Y#g,"1}5ѼrNϚsV?2b-ڍK'Eݥ8J ôHA?@<IfoHɭi]=Qz	϶lh$gL-VF 7H&LzֳB;`\ՒH47ؓkt;O,cpxֶ`6IBɾ{[,Z>xw~Is#˘˾˥_2vmaϗnIwL7<iv߿/ެ]c*3`ӧD:(OtQBP<!t/SS{MF )[:U(4'CQF8IڿE&s+`0T;"prTX0חҝ~ uf+CrC)1hǛKьL	Vo;6sVCIr77Rŭ ݗw7CWc%%-#DdiHMoܩ42aagY5|V}Q&.P,Abagmʑ/7ǳxB-5ZLӍT;%ΕߴHe
wyYQ?3Wn!X$\~ڎbhq9.p~RS(uw 7$7wx\zER!߷.s%a$}Fj(u+wX<&iϧkKT17$sS]BHuXT̾:d~HLv[ǸlN.+m!)M8ɭ%+8n֖Q2q#H>+QUsl[ȵ\I_~M͑Tk{1\`=ou=HVV#Fg9$"csO#EQBÂc1,iЈqYR)WމnT';<ƚKKw1F7I ΜAYE]d/]VaP!ߠC=O <x0/n,z?|n3<V'@awu?Y˾^Yǝe/Dlϐ+Ťȫ?z;ڭpZ+,;w=ZЍx; SH ̟*&TN.
a,d6@-c.&@xSL0PJIՐSZ0X%˛<^sX-$|T3B|RL3EVRs!BnJoL6ӝW̵x5t3DʭCrE?i8cԧ1s4iėGHhZ.ы`jrmW!\RM5\9<@28G#׎-vFڝ.WoqЦ?FXYM,!cN*KTy	&o[pg˳Fd3\k(܌b@dDFތ8ϊkנla]ZG>f@'%CV5u;)DGڞ ʼft%8jDMEW.:(IPɨlϫdI"_qsPȉO5]<aUZCD
ē\#R\"6C:ӮUonw~Dò>cbG̲pR*X}kȜ1͈`+
Q@cE7=sѪ,Ap6GfcG9v)8)(uЏߗ^_ɳԛ3Y)7:IV;ЎO!~!2p*6dרíE+]6}tЊ.}X
a S<,XWB	a\M0ǆ?ߦƀ>U'-xh#7ϊg9R1LY<t_0c:қ?
PRJVWFј;'ӛsX3'GhC|<g
'z@tiqR0~o9**@;z"QɆOwê$G5qxsGÅe8<1M$z![ūWʜ,Np,#f,F5H#w/"y Qr9fF*37IܲڽlBiB.myrǙnUZhLxR#^N$`s[fwEhooUYҒӶs]R/3yx2mWNA
 ~~ڧb[&d*C̶nNoAk3hnIhcՓ\i65~H~~#3:b&1<x|+ٳKiIŦ*b5ݾ'ҍ*+%Ej5ó8˳b>@ڴ8kY)>֓>l'÷F,]r$/:1jxР12HUQ1U*ȹ69bgD MՇY6a^m"~s2)wYuF"YzZV[cט-#,3߄=K!tU%nhގG_cҨػݽq<r3ȭi&
uƾVW\2!L.)lm6г:\GAeޢazv60ګYa?ݦ'k)tr@gNG<%ĥ{ԕ2o.PӾ$|,N;gN:ɡ8ooSdeuiZY1^+mN6QHcȀS[t%ߨjHP}$\x.)ujQڷ^ŏeP-rO}T]S?!8zlK3]\åY%/55.}k/=?dJ`Fztn̛(}ɉmf#߰f8fVDC3$,zwXXs0ɏpYN'lֆȟr+GqxBUrHZY؇s`ʸxV};ؾQ?HH$KJtܣׅ"۩Y#WrA$&;}P.Ԋ.Ƞ>T7(JPAsA;uM20>gNأ%^̅W}6`+NUD?j;[GlX^)ޚ&x3Lk̛cʁ{cGxBr܃=wA֝wCA'W8K!PF"1,`P^3H8j%bxt/:F%.dDqiz7Tʕ8MvnSo8Ld2f1i$w!ke&yğJϙT>(ǣ| IgPrt'AShEjx*ey̝Uρg={A`͹%a_cӁB]K=kz	د/$`X|lB_Ga"e&)<-3UL٥xݭy'@wثzlovؐ!7O{C~ZJ23]ٸ%M%(j131t)3}>c{yƕ֦\	_ڮnzpv-G;cQBUdZ&e"kk
8MFz=Mx}v7>$ȷs4-ڶE$+,c;R< 7@Ēn^K/V_2$+o,WYl?W8Ow<:S1Y|~(.#rEJk'\6whn+\h{&e,\h@o	s&ōoj͒l+|Z[JWF
45ٯh"A0
Bț<0hOCr$6HSsÖ-5C&?or1u4`w ]
P?13Z̻F,wL8}9S_N֔!EW	0dA^ \Um3|+0TvT\Ҙ8JM߯ƧaK}kjƝ,M&"0,ok-պO8ڧhnEbGexCF#V&*C.;׭N*S^jt<ԅ2Ld, e]<r<ku\,ӊ%[`!ml]wH$_|BSfJ>Guݶځg7wwM04.o˭YGO4A]"b[%vjG#?U!a&'@HǦ+Eܘhfi3u|ub5uz'ǽQk@k.IT#ʟ8W"*xib]|\HXޜd9	SQ\w+J2"p'P ė6ő#ܗpȋe{}̯ R%VV;?FE:,j	f<؍
iL+oyN@fǫg*mlǧ*3Jow<;[0 ܔ@Ș7ï*#R;$0˴-Q_p{YYlĘ{DSK:wƗ1i~~p-Zӌ?7bS4tif~>M7X#8BbNf/ͨͯ`+V|(Ԣ.H))e'۳Hdߟe4];і2ʄB0;c_ZiJWڛyJQ6}͗36Ιlتl|ȕCTbx~|+`ն$݌iz'd}&x}G:oC/Yc).lm)юY{.vCVFL[l*˷M%4ny4|m0{k(þ5qzΝ?,`OOXvOT(cԣ6FX94(lcŲ3W3`<m$ZVk.k)/QfgzdtmO,׋CCzzIԾurtvh4H;Q_?q~f$RΑBOU^.T`E%%lӈTKl>;1IН:mܐ.hoK/S}@KM7{EzJ),2Gnݙ|?zxڭ
^ZbşrR$ٯܣ܂̚P]>
߀h{͆ܞ@bkrѬAL=KʋTMZ2,d͑/t)3@aٕ<88qס٥
GZmV1ýgQ؛mgoLiuc#jk,?)%IN_GAW4p`%N7ٷ|$,ƍmNGBjFar-cP)B92S=t$ۍ6W{gmƊ/#ۋ(iW߸ș/PkYZa-{ǻ.".հtݱ[CbW6!{7^'Kݱ%<zeI
.+v|/6Z8Ģ?ܞY^7LmL[?=݉|j>Ez2ф[::, }l.^O]s-wլVz_9Nu	alݚirhPpL7t#Ǳ$%ݷ̷1[&yB\[z$4:ԴV\UFs-ZR'3mZݢ"O7N]:~9UYXg=Z)LNӕHa1?̢Ʀ}~K.,kr>$[2gQH1r,`]wG)=c}4 ;4J&Uw@p|{"(3:Az+a4C}"͍̇$|Rk}/ȴfӂ+J_l~{>]Ȟj.L׸{Mo6ED(ʠ4'.wŐ{Ԑro?(2?14$lηS-;Y2wn" zCG0pr4}COoDB_BҊf i߿y/FZ4XNe1ш)4}-tYr	WVPMu>܂S3\!q.Ew&eTهұ=ց"k85tC5ʿss:q$Kڹ
`Q!Mc~cU)u̳I-$<w`twRMojѪ!FՎ4)A,yMl*zǛמѣJD\S/OCJaEݵ׾5z0w??g%c]af5?xLpu*ٸ4צn?{/$Vkwe85c:N֜;k#g}S,kA:w܈MSf=p:N{ű9iO/ӚN8Xޭ(AkY٤5ȷg\/ZΐxjAOX_5Fy@;.W3=k[ʓiU@FM3y\DѦ'ť4^ğIQeˡaDD2LT0UK41T	I8FhpKxd}XL!w^t_'HMђ]IɻRޑ']'](s0OA ֲ~9Yҳtޝ#5Kel҉aBwu΃.6$;+5H'֑zg9A?ԍDy	iw:%Ur԰$r{ܙ9Gǫeަ1%NX`ǃރSͯd0l7)8e5w.Aiۈ3e?VB5'=ɠn/%iB|%j?v3YM8K*f%U΁>L$.6^W2t}^3~7mD#4/]%OZ*0N4NTѣ:AtRn'\rm!SMɈq|nF1͠_PKVM?b\
{	're*I<ąPJ9KsLAĠG'qYK#t{jvss֠EĉugԒ@^̈:>Z[Tv7hjGKLʋ05Cw̘ױ_S/ccƳLgiST:}֘K-SKV>1Ū=MAvCO:ImG_$SeB-0	UBy2z{غHPaiA0BQZM,bMD7|~d8	6Aϓvsqm	C99;7KYX+rSΪ*tėAu*T t֖#,ÈI)w1wQ0r<|XyF=ݟZ=7AX,A|>:ڋt.:5DٗZNՐGZ0+3aVA{E#"08ɂ"-T'\Z9!jHDc4Vǖv^
#J֍:šƧ3םF<r J"=)xtQ60>$o
9ЏƜ+S.JiSE7sUk4@P*!~#oɘ͹SmѱWrS%q>"[g _j[kNմʔ{fOFHζ9Q=Kҿʷʳۛ4c+:{2ikS5XW̤e&#')-QTtkoK40^sS"c]=MЪ50aȣL+~V.d85
yAILsbl
mشA']""]Q!_=&8j˂ڲ̾/pG_;<7օYk]Jõ8xLcz!8܆'e5Z֟D$g{q۹lpd/VAviRcY*`NPQ~ՠ2o e$KL֕:ӚM_ݻZ6r}ğʴWYBKw}{E7ǔvV6pl;ή#/3]IUɇ'Ё	ݾje1B(z"Vc[ppPa)\$vߢIߙw|.DjR{LG)2:|AQu73-yZ:V׀SF?6)a[<`<FXC^cEgülݩe%6>#.Zg$q '
@FAǉ+%)KpMS69!gH!Mp^l1OZ
[Q(gcp7|eӏXB{Ff%vwZX¹,<L!̙tM[Ϲ"	^{hh.`Ц(EQxIup|+4٭o3G3}QMtŌF˕úߜDѹMNv֡I0cޛT}f'8\áP}g?ğ?ҨrcJc^~K 8''8s2ag2^NA}ʴŦ?c0|YTݾϟ`=.{1^*:;ЎتQJڟ6EawBCaօk˲tSIקU=	;{&d=@F	H& W׽`/	ȣf3Yy$4OEU=//4	x!_܌gcw->3AqryȌ/spy"ri؎4XLA<u+9+2PUfXYDٖ{ qo}ކ+;[;͍޺2~W:fEz˃53bx2{ţ87DbP$4pV\DI۪޻(5)IÞ pљ74aQ(;#	`f-ξ7Ԁ͠-E(rwM2O3ѱϑtRrjƲ؎iidS
ۡ&4Ӝ&w%%"[J `*1ɸf ɳfdNx^m~oT3GE"3isUM&BKH	H`nAp#P;9ߝTY5
)*HɊ7AJlQK'Ϋ[T??ЋJsۥrt'֝{ͦ^:%v!.cM[XK60Մokɫ.j#ņPȋ'x3b)tpѶ1͓+n2&FhdL|iѽxRW?BTw*8Ez,WOq* Ȱ/'6FӘ"WfnQ?W\I{6yUW>ZY.ռ"Sih3(]/1NޝXZ9i{>*$c8Ҫ#]>VRcQǝ<Ə7֡OIZ@hT_AEm|Bք<ɑ5ږTTCƊtnLnyJJ;Dϼ}>>ϑ)Eoq;}M޵ḳLuOL=0tWsY}۬~[8|DCRlٱm(n6KcW}5+mxւj޾T֡MΞQZ_{ߏ&Ko$N*?SЯكwrUcOJ",|BTHCw65!a/* W:ewPߨN\9|\l5j+Bo[aݪO\,<$}OMϔZLj4*҅˪Fַ@Vb>Qj\ɄKkޭ˔g\"`	qgq5.zYɣ){prWƾSMwhU&V'/kտ-'S5׏hڒB޿**a1apٲSiBQO\_dAǇ֣βxa{|<(k3͊ٝsPSÒ}аm!';Z9ÖūA[WL66}E=5).zeŝ^^cVB0.EFWfʛ[AןzAӷl_dvvb{!ڦ7)\wNsuwZɍǞ9vM}+CoLPǼՠX;c!MxǿC4e?كNr>ǔ	'OY9bSeiwwUgQkԲܝn?Ym5swǓ9|w:kCMSUP:>)XV͕.ۭ׫5Z3".ںͺ-ʖEJK_`ڌ>b+Tژgx=I`%	{2ɷEe5}>i<@ս5)`h3jBǌמ͓JHKLbF^_ޚ[pBˑoؽ76E.tD~_ʤlhGNokY#sŇֻEqTpVhZӿrt*&R~3e0(˞$zܚآ82Scaƨߊe`ٳ|ݾTlnjZOD_TSkV&Ae۟ߙJr`uOoZuזLmmgHNVm0.ӋRolΙ\=ho7")nނ>P&1zvܝAKa˸OrMޯrɸz6ՕV	:\Ӎ\N7ggYA\eqBoQYBA$_a8Yҳɮ`4ɛ@Mp5TȾ/cފ6܉ɡ'V`ެu'*؊A=ˁ)
PŊ"gK$ǟv@1UWS`\A0`P&<8λFk(xVHЎ9E.n)F *gmfgI)aD{õO/-}H_L;Z2an1P|&ݡNX 8P;zx?rSfCi%~GHCy=6ɭå@ږ4܄g`mJoMx=o/|}m6Og7	sơ%7w?YJ;TUKmI16Zs^STa+)t"pd)ܦӸWϓ!spPXИG/OJc_[NwU)-]ծR0'ۥҺԋLK	g%mz0	ځ-3ʖ1H/!ݭl}|ѼyҢ!Q׵Eߗ8*sX*LIt7a,FOK6pnQњ;ՋU-rֲ@u#edRŹқ'>cMlM2*Wݰ&=G<-GǙܟTRbp;ű<6p
ۙWir	ܹqDw )6N=2!$u*&{تیTlOu'/07*RtsIR4|!f4ЎVݕRT;KZ\B,Qz
d`ߔLɷp͒6H.G"&],aZG;LjBUig(R߽&ـ~.uεbAJgUy*MV$ܦ-b.MGZNtUdy`֞$	Yʝ4U62\<:Ƌѳ6B='iߗ[M`$a 1?HD$#ݦBv~ڶ#Ѕ	yGu֑ϗg|%)2)|X	OXq=" kw\z"gdkhwr}e۟%97Ml/dCZl
WՙʷiۈƵ*B22Og<CҟJǱD!hH*>G0Z.#H.Cl5hZ7YhyAgͭd)b~B,fN@bǡ~pm=`NԏiΞޏ8L6auG4Ca+OռIKVyRu/wAOBWwqB]Dϸ]J0cxٴt_I2fve'lvkjOqYK|Z{ф/`Ă#Ƹ`uiǯfĜ+/'0IFqO=TKGCӫtGح/ˋՄ`˖dƭ։F{]BCvpBI	+>=bԟ;@ڞyP'Y+6rfmӽ'dNeJab	;lp*(	{mv{̜|cZ
~iZ\,7@n?Oǧ^؏Z"(K*^ɜԓjy.q`m9OT%jcB7Լt*.&}wsΈ[4FohX;-~3.g=QE,J#-cgR^#cވ<=VxۿHBxķ!uK9g>1Ü0ԈPo0+G"$_3SF(&jo,֨;
6Aǻ[6{QVNn~kb20s'8ra((cݧvXOC۲m9rYޏ6'!)ؕ	&w`T
yDb0\~q]2Ǧx{p#J81fޫĚJxse`7J<{)$եFs88MHǞ.>ӫ4H?Y̣ ysBtt͇_5]ySVR+P MŤDyp"K6Kբ̘@YJkh4huf׆d!@)ӢN>K#HwzQKrևɑc#b.gvٙ>c?,4t0Ί,&taR<D&CrnAQgٰڂOtĲT\;1JfC~(i/VVî-[;PG-4z#l\~Z5eoiE"j|T;ǣa)cKvͺMڣǘ25#V	o=Hޱqu\B[#1Ǒݬ[ʰ1roaiyڥuzU1RՎwr|πXfHLԝȪ̈ў{Pm52Pb$<V>a)$\Ptz<PuR5ͽ)r~@~~%V{жJo`<nGO[/h^:җƌϗб.J6lnb*3K5/܈`DHa/٩DM&{K;[J:}mBLh$Si
Yqo$,k\6:FegZz(@=Q1Y|"`{ҽ@6=b}'Z|=6n3YDu&2]^]BU
ALȆ2pަ*$#h4X$0X-b*|"~"vcc`W9>f'/Tݽ
l=g,ٻ^;?v_Dj.ӫ.sT7X&7fCU٧Ư0q~:{q-[ÀOrd\69=HݦuҔ~ǿ=$ךd{	\8t܎{ѓ&<,P_-pGAS}1g9KW|<U˼x*AQ4TRPjhӗd_"ڷc\=7deAK0e%:>c)33x(fעP%1d<2zma<:vmς ϙ>"DMȜkҐix-e5ǖ;hWTWz*2&^Կ[in¸'LESh]{"kd&<JnK@x5t<dߑ-OOCPŠʅaE	STrfqڋe~7Q'/ 0!^cAras*l$*g*ΗmiINBJx]Wxٞe0"^eϊKg 
ly#ԴYdEή'8`܏cUavDi*uÚT9YMqű#r-e@x`
F+UXp#2'#sxAH667ň3Ϻ24j.V7}Ԧ	cFvEqCUOOoɋtĒ`Uv7o/Rd=	=TֳAO(11Z#)RN}t4652[.>\ťӪ:)ݫ_GFߩ\u~1z#ԑ`l'~NDޢǔ:Ϙq^߀22Q)]=˫vt$|.RǳDRfwdk _'?;x'x&ĜؾU iD}xOyI]p2łTܳưshX)\<#=<@ȌA<~rzyyqޔT	rRsgE,{C(lۘԲa<l~֊;@\+	IFXiRpRÉ%+YFqe4nLJ'F<0ƾTи`?$I˝4yTĳӦˑ."LB+;zy{Č/Gx7Ct	Ν)iG~ۭwͅ}3'[!bq'!XW0_F5ܤǸNh!/cR(X7eؼ5?%ݖh^{9A|?8D@M?#-/aIy[ȒVӃ=1v %cם u!ǂ9.Ɇӣ@NZ\j&̯.[(@fSѰ#7Ӊ6̂/"S$o!Vdx1Ԣ@Ք9I<e֌YlPO(:Ȁ.`!VWgQv;$5ъFH$!h'&ҁצ1bS0W}{Int+0 ,l+,9ȀK;S|Lڻ/RRK,/ɫ:_d-?*".Uo/S2aֳٱ|ot4q%otC;p)<ywrUZ-dmTʚ)U,K נREP'h-8шXbhڟ=m]wr/bݔ߀:_k
oX*YPiAWOvWr^H04:0_e47KS%g
vOA4gdImڏMG!C=*zL',~ť\¶Cc${Fj%+߻Q6uY}!V+@|d!ih%RmܤPiC&^Opc&ʀO"Rև{ܔ2PcظoЀ$88
+Wn+qhP>ܻ_~"Ճ=+,߸RMSC{x]ą0vT^rEBƧhy}mVBq-zqƇTZ[LwqDMbN'/Bŝ=MzhXG܁G\%oz &BݑN3KߗUFDlCn$>ut"+_kr2j.?#ԨgjdǺؾ4ހ9̑Cstҫ_ƺ?݇bu$ˇܓ'UˊgA5݆ix
	NҰX0չIMBy]j=UnNd)|?{IOe\#u
;WzR@Ifr~k,˱nM5QK7Q݄-%ҭZQVS>+>tXLj8AumwР>#5oP	6V=p(8$iuu\& K3
.9kRV7E.4ݣS3@7T~ٝgQMLO׽;Btlփd?M|jh	>(eCJ	u"&b,rM¦#b0,9Hޘbť;`֨X$Olyg?dŇ̀S|^qșҝ: Ǧ2+K5B׺khÕZ{G|V)<1֯(>'*1p	۸R"3y.Sy8T?e>vז?#_>əLoFem])O!;3@mӽm'm_-:
`j;x܂gY@2Y<QчJ@V܍;KE1HT/:iv0t	\Ι9b_qgvOVxyE?h!}.̹ը`lqp˶k2EJ=)p{aXp1*o~QJ-v҈ߖ]jۅί	tN*hc*$"yP=f7ܰ\Ӳ/l`J*?t	ыh(Է|[EUhJc_urv/,ÁmӰͰ9dUasҩģ	q *ͦ?P#106V`WI@}U	R!o!4W#0P=$m-CBVa'r؁1.lp)|lB2`$~/>?H?1WZՈUp]5ɉ#"+l7 j\I4bղMk:ZUJ̳G6Lgo*9eOR:h6ڳ+ɼ}֠Z5կި9N;Amٴ\ebɜT
%GZ;Ɍ$bSwˉ51+kJ7W³5u<cRҪniG_LOjӶ&y,}u4a"nD_z-Ff _Vo?a@p_aZZѺϲƞHzH[ϛAa 7E-R]v65ΎT#&iwǐ2}+ҕŨLl~c":o߈ϓ'}#tAG)?¦eVߒ}܂L~"׾]o5Bcyǖi["ކpW}}£(%Vw\7TkZ\ʍsfO׭.8G @-spH$BimN	SIK|Tq&ۣHdj`2J$DǷh#.VrKd.8ta$D@}bv&T|U3fOCF&ީ(>TbNTwjqMi8`ÝLVs^LX,.5^Ƴ6Z$
7՚Ǟ r_v=e-մܕh#z`܇̈́CEDE?J	,jҮ_f"Ջ*`hm4ҿhaMB9ҋ0#I6xU5iush4+l)*n3?Vc'Fט<Y
%,	Aq~
(g)5{Ӣi#CϿcdٜoX`1,v҄S; n2RۖYl%Ҩ2Ĳl-#9ĄC"~_Cfi|JԼ޼X{a2cs2aE"BXǺ̈m;(a|WZm])DF(Bj<{d&EUn8!8Bx<T#&|x0Uq3e^YZSMUq
\XyPĴyh4(eJQ$]QVm<4G
Nۺȝs]%_խҞJ
Ӌ[NʒőrjUZA8Ϩ=#tč;	ǘ|u)d9ܨk$1ɔx6gQeܐN.a7wcEVZd-|E>3A@ hhў2q)40ޒq)n
=/O5b1YôYT)Kv%-BS)b+jQir[{܆@trs·#8sa]k^iklFo:س޲Wr6LeVCb%nxØR$48D'0kWLA?ԟJ{]NŰŎJ(Wۮ^JC}*%Pt>L+;X`Dl2f+vI#RɃޔ*A`<rە+ԏ~^3(Q7¹Ra_a\D_^]6: >RQϊeCB4бu:Y	2z_Y9a͚
/KpB+euaMՏ]/8i)crP'@āha?	ˋByfȖ/3
;a&[uRUHYS _T%adV)	}4P-zT?o z
,(<
.2$e-)˦O.cFR?@4g_݃wLUdӺ֒_d,d`JҾ@ذMp	*&ntN[ƣGգF$!-%
8DX¥@Ӹ!PLy_<N.DUJ+e=T<@RLk({E$Ep_^,x}3WҞخURגAM[^LKlIsǥdjjojsFu:fޮeBH#Kkf4>-}wU߾Ƭ.a: _h=β_,*ȸ`SeZiCZKxPW30})FD̩ɎQZdQ1SB}ҝ5k!$%/3R'P%B?$i5&b)Pl$ƪanvE?/mu6~r;)(yhsk#˔*%t}"s}MqafȿeM4pX{n%zWk.KBt4#\;2a̼#V߉;d(62
K3PP8NSD_!+|zWxfI>P,DɌMR)O!Z$zWISh)yM`?BҙQB* qHHi0mg!cSpB!2ƅ=T=u0<Nۍ)R.%'
R@(Sh3HDݑ$X]ZHg	;ۄo")S[Qc.&f'6ڰDn0#c	
Y$yL;O/ONՆSDو#	[h\|U@ǖυ}̾X5[/S9"hށY	oIv\h";<avpg#*K$=EU$SIdCbo`Sئ;ƑGuŕϔ3]W?u>w^¡r6*OtO8d|=Yz@(|5ȯN#U~05,'F"ci(AH;҂KG=gV9ܮ0}_,țɆoEvs#sm/A[T#*=ܔӚ<(_va?F8LP܁=MX`m-%qИ4*SFw;3siW]Dm:fsTY;(-{ġT$#P.X_	sKKX}Vzqo+7'UôTƇY&|wCZ#Yg{rWV>kMؕo[=!ܡ˂|$e`UTa!Τ+oG_EYt|̅/@\x9>\Pӽ7g}t)v	&@$%!ϹQbEجs^tĵcs:bxFPS_b)~4fICir-%ԒyV)
.@.t˨!~χFq	+R&P@eN@cl(vj"<Nc%W#0{Z]B{Uy9h`]]WҨͺߙŪhL.̎ϊM."ķR"=7y>&rc1a4!;iCThEZMI.{CдLojr_fgfļd+`8Z}Oۛ ,f_v\is$:$r$Ϳs}0yxVНPPVE3ރ?ȡOCώ(xqanГéEKӥ6ߴ?`ip'yC0=*˻j{bG+Nnrx`K=rE6h]1U2zҷK\yg3
|s8[L<cHWnf=ɁC}|fƄXMOjnU_]ڧR$cۤ_&l%5$[z`IFɘj#+$+ɣ)Fގ{я>D^܋R{3'xڳIx۱dqP8K¶j{wsZXתx?hY]:6}efzhCLƊA²)LRjB_=]MN<Lo~G#M$+(ʚWE4mk[`
ǱnwT{YRWH5_jU?10KL]?f-f#Il"m.L+fZ*˸lKU	*z
dVW~˕BM8!g69Ŋ	Djm8=l{$)ЭE&pW-DN&R6uX+Wӑ#Z\(OXnac.={gkj|f}>V6q|c3ޙ'Һ))CvŎN6ϵxw,bU&~ʓV-*ux"!tr5qw
|/b
[(ULSPi\WF.]bN¦'к<Cm̘;wM-D]E2z֬%߳7{.٤hVk>_CcŲ,l+E\?Iր1WG]wڑVQs7?|ҕgɌ<i)"xЂ;yM&dKsVe4քmA
#i{U[Ŭ<Xɋ(Nx&tOݣQն*#'~*#7qOJ=ߺ<euM
jCuk:+A:~$ó3GϔdQר}:2)D-`w2o}o.1:A8P^5gn=tJ41*l\ܛPٱNG-!?x}-Fcb8L(DŕުƒLV@]ʄ,Kx|xx]u٭_8/<io.MWZےgPmYEdμ2YYҦ<gΎfZ*ZJ-[OA݋;
,X,?-%Ybԓ[5ĳėվFn1Kfɻ>mG9sJk/%a8py2q¼.sW["_Ӽ;!+wb֏́rF_y%iْQ	SYG!Ma,חǴ#5"$ąkY8BׂF ˺H/Ʀɓ,ze{&!$1ȻE+;ʥnط
{{{y8֮Wc@l}nċmKGԙop1Jy)Xh8q6.?y4;cQH,E]oYĮo}o(_d?Ґ9njN|R
l'c-_ބ0
)ۺɭRL^ݜ8ϖ~)[@۟.`@ߋg&נ\j0-_K;Kds\^t4\3PQʘ1ǽĄ؎j,eyҰyoѦ^44QďEh˩9wғ,rnҥUD/hc,x.I#X G*56 rvؔk0ruǁ}8T}w)h1("	"![eL*Q{ueR:;{zޘ.o%|c	8wBg>6y0bh1 ajul cax̃dElvk<(vcvր.=Ջ|6lC
p1fg,z(dѧ} CCh$yɘN@eȯظJ
`+2'RݝD faq,FnWvS=G*҆GM"'B^|P`LyhBf+Gv;O֊ѤKڧCUn&<Ψs`H\aI wQ^?,ϓ7)?9w D0-yd$vK1aL
vلƈ*sR;֦.Pd]xȏZS55~Dߌץ.(o|2Odf2Yn*>CvЦYaƲ'E`'e[~LE\LR[SR4NB.6O{MRpS:ڻi̿C	blVIdI`~Ҧm[L~9lz:jWnd:E)/ZYvt~ؓИd)WzOj{n2ܙgď>Ϳ.NVj¤DΚ,UIDzՏ7X(. .а\dmxy1SE_gQNd<Rd;-0ǭ-l!MA!5f`~̭X$Y:۔dM$T^2نrΞqؘK=H=8p[`[%6	).;OM-gRn5^geBӎxߏ#mcG!Í΢߈{<{IIJ""Kt!BO<[F]$7'M~^"<G3-۔eP_}=1&gfuB{KoÂmS_ŊK}6hH4sOY*K$9wn#zg[˜UYS~[tGJwlz^(zj#Wdc;N(J]hyf.K۰O7M2~RMdA4@	Ʉ @lSڰ0igSɖW}¼WIjm<8>TϽx(aq/|/w)fk$-Ҭ+ĝb8SLw~xϏЛtדpbFAMibZ؉Ο&&(ĿG-'glm=JӜOل׶À3^ݷwQWC 6`^&yIPr)<puN-Mo 0ΊapƗC"hL%\0l KXֶ¿7ȱpq+.kXQmvУ Ha@K%ѵҍuc߆4ŗUl?#QTЪgpp$"9"1K|`H}0E,j%tU<^pA|QE6[V9}]zzЕȕMw»(:ku(Үk.֐=ߺ֋>
׊IA9ҡrٚ'\*^-sؤI]ؤl)թy=-O,VԇCDŹ!֠edYtnB;lӧ2ùadoRwC/X@ȲeӼϕu:ppCi4}/iCQhy3V,aο^p53D[HOUvͻ55ˠƖپ"źZ'%mWKJ5pؿD4*cR_ԣ(<̇BJ2D_NWyQ#}K/~k*zĭ8ҧJŖP2ҽښn~Ck/)D]`Ly&~Iqyh͔Мfb$g	WUx3'qo=)bZB9,0Ke'
f@ט.Aj^*F	P؊P-iHE8k]4fEU%Bqe#rm+K6@Sh>\MA v+\lMoE}AbȽx?Cf%BFѼ^bS3Z`=Em|1o&-JyȕQ	^jnȨ.Q`v&.8Fq÷Iy:N7e.eͳ:"Zʦ2Ή>ъIwQ}`_Xoܘ)6ҦC.!Q^/T\BQ s>ʑ̩~ҘԔx7gܣ'HWށۍދ;/&?3p[$UWErDza@Ȩ	ќ|\=acV"|ר=IԌuJzvPEj`sgJPv@zYK'Z._$s^
*-Ԩ;[{DX˗қG1wl5	`gD(d7hpu!DPɖ,fG2y	Nhl?CK&}$(W~:qvP&kHTJjߝCRjqOiaN_A	ʤЩ_	<HӹC88\~&{v$Aӈk)H+S&>%Hi"IVO~V&N.Ν«v$'^cAse4J urt1޴W۶Y.ӫ)iN-<$s` J͌qCbz:MA
C'ayˊwP6-!q>'
dbɑ|gdr?~D~"EO[t'\ aziBhj)o)#h(&?i©Ά%)gHNts4bUCKwd&F{I~t8}iQp/x~*OW{B[8Ϭ[J@Y>q f/۝н</ŋFK~LY<E07D^wMPRR3~g#=,+Έ(ɲM^yn'_ރOTǶZ4-m6:ݟy-8OÐ1Ҹ˿fUj8͗^Ğ)2Tvš]}/Ҫ.1@&υu
@ۜJ,_`YG3 +uSŦy2(YVݮA?3K~>|#ڡ(VY~Ґ1 F'M\҆RۥÇQӌR%j .c^v%3͑̄tըњJA}&F,7g.7ʴ1f|^~bngM6|
-8dg8]Bz]'&|%Zd`Az͑2x0̇"!9+9z8>c,4Eëv<.	νS*FsKf`;k
8k@pyPæ%+m9:"Cd٩=w$m:.ךC:	؞h}ȣÛ9.Up/*d;5}<"UAtl:[u`CZҥquɃmA*$5BI*aTb["Lנ ی0Rm@̣vUKm`_>B}AVUA^#7^.pC9.ǵj̔7t~_R\]}Bܞ(otūewiErAEl2"Nz@ ˌAϖQXDäܚ7Ú1?Kċ<.#~!D73NRTf"%޹R`8ĝ.e[ ǛaS+.+{eaX+GSڽBZ^Qę߮I g=ʁDY*F A4uVSvؘi(MƼj!@ڔUL(}s֟;*̸f#G}b9	Ln$tlyǓgv;/*ؤ=<};=?[QгKMŷ]҅vw# ]TAKzXpD8|ڛWm¡ߎ8e@tD+ڝ۲&+wǠէHQ@V_zI?	ȳOإs
S>#˯ģhi`ر8(r`)5G#ܑ	nʠ
\\yVAfjҙtQ"Dhm~|!MÒq>Xr'Cct[m$׈h.>>@k*''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(27100)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
