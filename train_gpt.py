import brotli
n=a=0;b=1
for c in r'''~Lͭf0'e*ECݣ]سZ\iga^2ba1emjp`/y;
n<ÂN>O}|k]Nc._a$HJYsѺz۸,W;
ŅGڙo;2YoEa/PEU"2ՖOdx`S_;0L8DA;1G?MwzL|ly,
fGIf {bpEpkEQ*xtSط3ōחK?ʔ˾=h53|Hkʝc5W<6CIycoPF.MZtɘBԥR9z*`*<N(y<9xdH6'nc!= BAb؂B4'zxA#;cFaƫ/Cf7
p@)w05?fT^W?H*f*?O"5L~>]өsۚ"M}%$tRJZh],\{3n6&K;7<B}gA1W0{dj/)8{[ŀ]5ҍ1V؏"9u`˵3ԳY{p:G_njͤXpHwDndӝGptpE۝%':n8HQBbjL^t-1PH&Ǻ>$X}^ǩoY:5=by7§sȩ.(\n*Zi0Ŵ:̹$x<Ϯ<Toɢ#i>_+3t[
@5-@83]SozQK<_c-lݼ{AӋɘ|Ҥc	4qvJ<ζ}7LZ|2&5%B\H5ڹh"\W"}F;LJ(zOٗtaq$ln<sqJ0	~T
Kyt&KafN%$#4-͗r՚0[F{q@4[#$Se uLJ_{6 6'E/s
s?`^?G7qٟ?dP#q֊@}m %0%fW b}vIKUml(b--\Tѓ9صu-ˠ׀=L%X%1Ү#"޳V:
˪4>ojǠ@iKnT<r(վZ,l~xRTXЊ%UǸpV¾_yr],'Gk_ ot rBܕH(ӧ؃2޳}<XKl'gY
ί.bG &?|.n
k,j8aC>E/+N٤Ad,a>f]'Ũi
{M߈INlý!þς}aZN}.ʸ^Vk4،pТzi[ڞPN>]({D'4:gEFin3.ÊrI6hu^ĂB:QPBhtd<
\ݚFm/ڣ)/U}FonIKG-vrIӑ_:4q¥}v5!SjS6LMπog]w^8o 0}ueRnMA8dZpe
_K/0bõԔx9.N}]mP˫`Ϯ[.X	^kU/35A@`f$eSO[ĪaDT
s}x	e6	,8C;?xݫs׶S١̵1̌3NGP̺s8KM>ARDQq'׋HsOAB+4nxQzH:*Uq$}v3g8J:Х+SrVR+q{yOWϦ$2@
n$uy1+=}FKe/(M9fBnx՚z7tެYrA*Zg#d҆*cĢϢ	q?3ehUɽC=QL5|Yc^Vcaxmi]Ԟ;J>u+?^Y?PP]57"߂LTi#*_U۪t=$ho)wc2$b1D+kGKVLlΞ^C]DpPmO]##FٮBR
U"ǼxN$Uü$- wȐLD@	fRcIv)VƽTBY27pM*9y)}ߍGֿ:*xE(]uw_p#p},%$TP;ZvD-pɜDz>A=a};R#uŋ7[H;rK8AV,:~Y{fF(%Q\2RySsMhv;6::a01>Iۇ*߸$ʑ{zLlFui)1Nޜ	z=?A`8-T~\Q&.V<w;RRA(yIʍL^mOl}04z\ĳj@-ftvSt'2cNDtc7/1#Q+}޺] هEhĔhicBm[e5U2`L|/A"Xfϗ,%ӄmyQ=]1F"L:ĂZT
3S| vΛ*(Uv*٭vwT$0>(ާ+ģPʶ>PD@s~< @_ѕBavn5k@5z;[ܘFo#SBȊDʇх)JNc0~ozDo`Ҙ>Dj$,CO |	-@EUGKZ6KqFs,	v[d;\sq\RcU8y#2G(ޤƉ=fgHZ`%r?ZNj`mZ
e[BORM#F/-ͱk(`Qݤߩ<'z{ܿ,mҳpZ8SXXrs>Wk]G`So9W8Z,$Ϸ9@G_Q}\y0+7d[s 3˺M% 79UjՁޱ'=C^V4sbr.ƛ/364PϠݙ+0m }c`(\|mАM:D7
ֻ@K<wT4^DfKvV܏S=u$aMH>>[H,(mB'eKTnç!Ӗ10\cD{Iadwn.]y&P-Sá԰R#!rowAw>p2T!lű&EqSOPQDvˈ
E´f-%T_+oŽHt<akvaܰ8-bsX"2wW+uIHx;HJ;.!ǋnPJ\YGԥV:֠=[;*aQ`v6RC)MYC:Rx`ξ}v)GF[	.kzq-aSxçPY݇]nUhՖl
,NJLݡ9g֐GYudgj cbm
k5.=CS@GuTT^{-pjm

pEǤѷ1<e^(7=MVKUyIا"1[*|\ȷÏiʩ!#7A4R݂GUf&|d":	(4y.ڈ̲|c\
*e-Fa2UKFT?vp`#zHvIDIӵO$p~w!ܐA!ΪOޒÎ:y]vzu6X#n_!Bl(:?RiO-go2V6^-M@t	PniXpz0pVTE8FO(-Zyr6:^n6W_^FT\/+"JYDI"rXk(eX 5u[lL	j,h
 eH"ߦ2F]Ư%_T*Ecޒx ѢD>#Ag˕0cFX*O%HRTT}MG<?}wĄ=oذ+ŜYթURKBryA	^iMJ'̴x	l+V?lqo.lf{	jK}2~[(9bGT_'Tx̤̊V_g9\:6w5c)O[E9>ݕ%){NNʺĢb$UW+~e<GUɩC0ZzJCjنގvΔ3gkug}lh>ݵRnXf·HF6Bhݐɠݷ4 fX$J4G#.2_F>PHoBO,up7ioT6)
el;I@X֔=xKm|,3mE_ϔ*Bǵ6`ѓ@_׃ωL:57Kѱ/ѲN%w'јĶ]\spPѦpA1;RVT:/gpnO|VqM=WlGI\sDΫ`<>?wܢvڕٶƢ
^`r-G[ǢLdSqbr}V&T'D{g}fɲG!s|nudؖڑҏ\>.F/ 2<*C97]&G
'̀FRtٗ.dI
7Qm&ɿ^]|1N)LYģ)g$p},Ч'$.|\ԯ׸u{CD	I
[>sƼLhH,O^g4կ,>AHKb*5X>< jWfvQt$F4U<nBMɟdlEӓ"$p5ͪ6|m_,̈MߋԡĲѕ@i3p[V=-2ɤnvK B-R;*wdDq	:0oFFm%MMAT>_>+L.b)l2[PLБthvQ *ʲںWIZ,WRǛ1quYr+	RkBEAϤ#åL&ü"H\
|=^*
Jv$|Ӷ)D6.H6ƣ]`R:
,hYC5e>Ql#ma|emҪ1D<]1gًkź;2ΜEu-+mv$v0UܣiQO8F36(U(|E.ٮ!ź07]{R%m:ŭF$?ʩKZZ<~j9b`8֢!]@(NmڻǒK&,?_˗f>o_Ku'&]7Ou\ƚ+uݹ܅׼"I]"ؾAܑEֻr4%{7O0ƚ"|Y	T4t_fܼ0RkR74#}ݪ4V`Ϩ4!D$I?PHU7b^uån%1'̟'S5re[iԫ݀w)p?c|Ǝ@E;)Ȗo.@|= p"z¼
ri+\:°9l04'1SEzL{OQt|xĄ0DRˌAQW4qǁ%$~Ht~6"+>8EafjE@k+
AՑX.Bњ/nBmB;γ֭o7o>Aɰ<!+K)8tmzԇҟl&KLY56ۍ֍P`Nӽ5(.#ܰ0:r.\DѴuB7-z$<W$	°0x+lOݠ~KzR<B&tgjp@}$M+mUY`ۺ	vo\($
.O"1tRQGE/	P2[EYrIƭɆ] ۶Rj5^F
1'Sޢ,KXΟO{AykK~?̕xk$@Q$Bbq,Sh^W -b
sd"Kz},eh\V?rL<מɺԥUHXw]YjNB[8W˕R(aPq<l #	tqn#c&֠HUQMcd/.˝Nӵ;*RV=yJe549jFucǏr;>`Zxs'Dm]:.ɥdc(X?`چڐҧkD 4%0VkԭTBI[MQClU;Ƥ$5w@f'O^fuި_LE&öNv2 do}/:,9(BWh$Ǯ0/oC,?b;p4Eٽ)"ӎMDwc(7}ىV|@{hX5]n̪*1@REVjzkrYemHQT<V^&<mO48`JĹʈݽf'c1:k5p\E~G^GJ/BWVu^|.P6ŻKYU҂>xTNUZ!ƆB/P4|5_Zqr4:ʜ$DÙte6Q]ܝ6lZ{{{}QK"Ԛ'ķ۾Ia<W/`2Y/yNgW?KY&2*W2ޢ1ՏWrìfkxoǇ!J :N67GAzB+=GHٮKyDjܪ-,	;u/Iu$Hf)6\WBA(nV8;;?qg%,~.Ɯ,%_mޮS`J#tgҺPigf
dΩq9Hyی{W=F.l7&-4 rQkÈƷ)Z<mۗUdMԎYy1ڰ0ߑOh(T2TwS-O\_0Ϭ^FAoeºvϮ
l"E
n6&A}l/6!	߽n
YxSp,KuKݱ=(
ޡq7k~Ԓ'lD9NڸՔKϴ6V$!nM-ۺD9#6o؞1;3LVQ0
pB]>3!q	AfT]-CPcǪ`s#G},>ZC&b~b֊u3<mˤ`Ɇ
S|$vȴo\uPp}k,ȯ/ܧΑD-yR2ɓm/ʐf<*6hZ\^t9RxlZe[ՑZ?}-q>#I'aKʈq=/9՗"۬#Q٦/ӡج8ހml@Dl5"Ka9S	('F,=\EYLKaS(cYo$hmHn,m
lA5|(a6v/?QuX lRݠ":SVZ|ahWѕ͋{-;>bllb'Xn]wa$-ڵjKK]YC|aeW,.$:wعarֳD^^]-<LrҠZLP<W[A͇y"~rٕWgdD0B*&ASf!~Cuɰ:/wu,!J"`P̳
ʕԁߵF%X8\D2e{vݰi${mhQƮe8;11N?G<e"auz3ӽ45}b!3e~_~1Pfз8T=vs\{v+U@ZN-PPJ~v#j+?ȃmϣ}/Zxtl'ēܧ9}:B+mn҉@dHlm/{0Kk;,ئ
y},MXڍ/EBYӴG6B^,>EUǜ	{ͧb|*s3mk5;,e]V=0a>}FΆ٤\#S~*KguZ.|E|DdԨ3wX5g	 2@4%WL5Q"Jz1M>FYAz!"$f6nݱJ8V5*)g &d«As5yM)W:i8u=}5ܽq։ݑ-ʇ]~SW^rrŮ!%i4ĉ%0$59 t~6ƚˢkM $ޡZEBM/g_.Ȍ\l5]tUCئ\j\w 4[p@ζk!dq'Oi?ޓ6lv=};mԜCUݺ@_^ƭJ}HΗKrGJ1ߏYY2`xNn /={:!Hɨ_фCtnV`uq}gܷo=ڊCe7'n.Ր:\I}2ѧՑ_H/\ΕrЍH Py[vԒI~:mٞ_;vs{%NK%1~&̷	IIh/ʫ;vq~umaSp΁fw oݯ~A|Y))
^΃qVؖb>eu͓e	hkGMոJĜP,N8CsI
bNzCd͌?zr1}dʹ_n.K4R GaCA*DekVH$KtmϠ
i-)|cyN8-k)GeQc*g!kuơN[e!tǨZDg4lԷF/Ɗϝ*y:hq`4'ws?ҒsgԙRH<̣;Bb$!|"PAK׬=meeUzhߎ.zJ< (D}BsV/إ`X\5]}jrCҗbpNG-`"qT]X6[WTˈy!B
հN*zҋnșVV8WPQDRy=49h9`_ޏ<Ǫ=uj*#ͧǩ/_7RPU]_gHS"jcMGE<gn4;ޗ3ōcdSaʚ(ĠH~:R,9.C3YѤIOj)zp1<ZWW$pY:/y?̙V_]Vj}}b5CކWc˫L7Vr0gĂShW>_h)ŽheHo<m7lz6>,dl+mUBg}bgΏTZ΀IE=mI\3BOB[̽M y-oL}=vlZp!mطHmN\w
m;2vn˕&߆{i)ňĎ]yk/Oآ_ٺ*yɟd279ge	`T(W'Iase{EI3V+Y:5($F_9&qtp"}a;10fѲ5pu}z-;<Rĺs0'ѠtхGyda®GS_-p?%'	&dcO{Ɗ6͇	k(u2"*2n=c#F6TC_Lg5XuGojC~Nț\!<PAR$%#d+L#׭KKնLʶ20G?'bpKqY WmaƼY.1@,~Q_u0FU]O1#$VKRNtԵ)<Ёˊ|
eVgpIZW4H)Lm0Ef,P%.mwj=Rð9p^܋O]bIݸ^YCQu3l~J}\W+^۴h͜C
pŎZ(xry-x
n)7j́xQZ]w1QpԴӌVz<SgFuNda9]_2@{1p	2XO}i sB=4x"1*)ý{?G&{N{wH`joµEa!l	ie-aaZ[c؃u7G;̔T.$[b`>fԒt'z%c2?Ncٳy'ޟp̟T'wc??ޝRhjX="}I.-r;jԫYUy'Κ#xS.d??qߟo<E
j7+N ;BgYiz
 }ՄՁA^RRՃ}4<qR*ʍ0mSgB
eA&d~2-"|?JC?g#Xwo?"5t"^[;sjJt=GXQW_jƓf?uq}co)=	\WHQ{hk)BE~~<Q9ٟcS9ވţlp\:>g0e
@MMzruԪ{-.ܡ*WrK,Ols>?hY%xv73!3ѾTʩ0אaO>zE\tk;@sBA)neGމ~M@Q	LXE;IZ{qiɊq ܳʅՠ.[i/opDDt?K~*!Vg޸<YAF=4
^/΃ )Pvܓ:qɤB?YV*$1s_χplR9PWɏLNL"fTCڀHFvN6HGEeqצn|4,=5`A6u̌>UYB`n.hc0FI?^!`z:Fveudnsr6+{TZMёc͒D|y Dj"TdA%ܴe݉
Ɋծ!d[8ȒBbD̼(ɦtt3$`5ǽCOeڜryXKmLhcn[bbR`b%9T2mYϦ9:TELgÀGэQa5Tق!3E,͍8<s3mԶgC[SiQj^@{+h|DXaASX)rv0VjҬKhf6aA7˜@Ai]NKzځ"Y˩G1=ɿVƽd-
4@, /qNM\2ʞ-a]}`r"=/TT]V<|:_]2uѩsԕtlY->S5QZr^ذ}7 /%{آ5fLO;2y&
Q+8#)n\4њ3aWwgoocA\SNt,cb<';c]bYXAִH+vjZVӺM50CG`i<	E=SfKHQt^Rt2"IӗgZhsܔCg	Q8C`k>w'G+4q@5-#n1e7_Gp&/֖`G7Ǩ\k.j=\&N%W	S~5&c,
~iq٪aKo 	`fwaXȭJu[D{:&->e؞݄
.5`<u'ݤOiTȢΚaMo~[6D$hw+u,|1Au]۵}16Pu}ԜdR%tbWFm	ޥ;%s
Bo2X}YjҁSĎr'|JNHDBNN˼
{$jِqѴ78]KM:Ugtki*ݦd_RwyHއFS6/EؙZ\j<T»b	Du#`
9m>pjב%mF+>W8_:ܓ'Dl kQvW^ }fQjT٠#N2loBGI]ï?ۏm۵E1BĕGsK	 (GL9Zflv!=j`@J9Yo!X`?lr:^'K-r"ľTۄ|5,z8oW.+R_`n<ПRTvӟDև֫Y)K/2ILCfak3^҅J2ldUD,{.űޡ6O=)1u0>!Q!bְ@!ap_}֜o-0b۽G#J]-;ɨ~%ս,\D͗^2A2Î~j4-m%Z!pUHVIət%oO*ơ+F%6A·Qrå	F#ҺKI9`/9_P55N&_A6ttlIHb1١+ qp$}oslf1qn_Pe!gzīFٚ$((M
(g	c4+cƹ,չC;?WEKIY`s$Ax8LRҹɖ_[ݫ3>`Ynp/GT!4Ra^@E`*5Knm#I9/(1
SmVuC\npln{ǹ	oxi=@I٤yW(ҴNbp¹x8**&/ى~OV)OacW"?;i71%o4oȖގhXF#h͈e)SFTA͏Q6AJL@e~͕6ߑ6z9֓2IVnrrFfڇIrٺLk>R
*""#(0/D+&e<U]hy]µhgF~}!wqA:eUT;=+zsmwX+2
Z	(mjWl.m0boz#|ȃgXc{6OWns2;Gu$SFܬЏt;6|y>Y8D#+lU5CHKWXc/rYڅ^scQ\7k
5%3Caܩ!͝wtxFّiZ?n*!,585}{;Ѝ/K$$YJ["fEox@ԙ(;*(uN˥HN<>		H^pπ*šJ{*QǓ`<#P3<#6`0vp~ӲwV'ֹ>u͉BͮT8Mgp2g(6	zӊuGnٛ.U()ܹV:5ǳGxݏbie>>-)ͦܳ-][K# ե?LH1h*zSk@W]׉n>ε2V)K#iڦ<Е
ķv]O"~>* g"'s>w'+JƑ^zJ.u5"6$;yģѮ؃Wi۽uJܐڃS1SOgsr!=3uguR=Qn`TןȊ(ĄqNȂ4A§s{Gߞ\[QFrX(j˳+J@='\wd/*	3Lb(1BI0L(no>qZoBW(9[LUYuߡ>4\Ĝo͒^lr^t:v3jIJ S(K;߬, Oc8$AMYdd/bUevd%SdWkʦ1PBi+]ЍWD'̴
6|Nwg.ObU?xR}{̟"#;!Z[>@@3m`ֆ"رj}+Ғ`i0b]v˽*0XxN*4L%{{I(۟Gܤ3qM]ɾyo˱&aZJFɮVtK+m3k/Eă-r\X(VJņoq!g9h58B9q50K?a"\-1LD&1#b-=؛Hc7˭HVdO+ytS.ʶLApnӌO5 2KiCcφ2&$IF?z6?")+[F>ySMQ9\S[OgL]l;v9/5'խ(C6Y:(J[-ѻӍ×}I
\ڥb)Fmˎai(*Fj\5SGӇz@/NC&׌Pu$Bb5Lܪ16)FY"p~q_>0@vѪus*ٗXJ(=k6x˱Պſ	T֩Y+5)eߙ$I'`0[	<Ew'1'ţ;u(p8c۵[N2q~2͐Dy'aWGJlݝ2{ }O9ӶU`U9MAzoֽ]ϲ#\҄b79vM7T˝<(9v׀tLqw}ZkEK;@835Q7S8HwY$>`%%.vp{P,]_\<
\$ǅc(#VW^\vDU|?g.&Еņ%!7NCۏpv^\#<r^9SMˣ=;ED|tz7$vA'CHPw{yejSbsmh{Ι~1[} ~SG4S6/}O@40U`ޒѕ&'PMeů1D6!d;1Rx#gٳߵObEu*	'(rFX{@}e>1e"ߝ6F	kGj0
*1n^3If1F9<$(1+yFK/(Nۋ86h۸<IB3TNy_L-g=9s\z.w׮t)0ǔD<}xy3&z9dMݽĄ
ۻמ639˦K\^
vm>Ød5ŽB!΃L qݳ5-Msc׹pXe06aCo
ʐJt!~$!܎۶SJȊrkq1+Ս|ȌUM.čGb?n6tya/]*@Į߁ȍcat@fjŤdt	c^'q͵k]!.W%[Lʿo3o+E
LUMTOqf{i&xrqc-cnJ[	g{b߱ҧ~(ְÉl59o-HZξZܹKnƔuacY?0HPǻT"';)'Qّd4UfCS}i=4'od`"T#N#o0r_H́ybdp}2ǸUCBΝ{!RO>[9ҲcbuY:+aj
~6fP#gq7κmԴ@ۨ5x7\)JD|W+6˦&ޖ6żC5o<`6MQ;nWlN1TڰQr~ȰEC,8ON,-(N:AʀՀE;n lL.yn5kI6ٙ,*XucL*\-@H\WzdiYNH:-Wظغ¯޵ ȸ8l;J9f'*`;&q^ydߙBpC|ԍ"6E?@ŐF2%
$OL4ȜvL=F.hƒTLw(Jhi֟Q+MQn&uа9.)@KݾNŘgXOڈ4DU]@HGe [rώFBrNmrŅ"}Ѩ\  A.jEa#rx7	w c)|6Ӫl)0Ə:+<>r~
'!@tLL.Jt0xJnL8D
ט`ծF(yXMyv~̄g%ؓݕx@Xܨ3'{QVӡ]tq,_#'(ו6dlS 5y:^zE-W(PIh=ğp.Qt'=ҢC@`zhdzktSDs4Ԫ,,#,/^|pn/ڥ}/Ck|l`.0TĈ^>VRR՗F{v~Egd[+0?^sFͯe}Wi`OP3RCϹ#1!c\g=cblJzt+.a{GYٚ4 {}sb%L_Ck#(Y`L 2HR}QƓxz	QH""/To`Qܙ:}\ivϱhaϸXwjܭǸo|#@,K{3j8@4vJ7Mq:ܒѯO.7gYZ@0rЅTڣDи^afrCe7Cg|\7wd<؁Z#E?A.2AB,rAi?LxBجkZM5̷Ľ}s0iȩw&, 9+D4f].Ĺ7`"jOt,CTRÈAVd}pؾ:,ѿPY$>WU,va3%2<A#05pىzgm
?MdؙH>;ġ>VԲ~f(dY,|?8FMeK̝:1R7֫υ;Nn%|&<x[żD
'ֽgztD/"Iv"NdȌ~a5zڃwΓؑUEuTpNW,nݣz}Bhw^b@1@_hȕj%d[ץJ/,d(AR4QD#֠66's^$B0@ϭ)JDT{-8%W
FC?Z7UZQknuQmƎN'atygm0ͽ4c<Df3ˌ9;(zPhth}B֬b\C`ĩYRPǡ^f[fܱrdBBO
7A[EsD<~XyXR\.zƺ5_	O7ЖDחtx=VuXYAdzD:hD>c]u!pJUUэ8bYH+ߡ|{dE8nL2w#X6AmqHQA	"Sz8y7|eGaE_5^n[xk?h
|ȹW1FTtdݯE\QҪ=jUma(&bAs#-fosT}Um~yh{fۧdK#:^tX{$/sWA:c2z24D%8UHUfٿ?33i-imXo32ArIFjҫ\]CԄuЯp_7wXBлXċ 8byf}q4,X.P)ٚW.IE5 {|&Zt:>]h9AQpp<M?-4͑uj>/]^`,b8N#x
kkǫv}w\ùT5ҲM5cQkg%a/TEaZ#Œp۟R6vfxNBG|Ez%"Qg/B]({VkSݱryL>ޘjGLfqܮ!.NAМȼY/IB=@Db0L}̃S܅1Aܗ3wŰCN2AtРE+5I)ǁ)щ{Wy\{<2ͯZYkwҾڴ.f>nuNv'BλOcLďg}	A4k0N½\&}lHpΝV4yۑWݢv>%UkKZ+F6ڍ|Zr# [yR,0KIma½ߤiv֗a՜wݸB֎ZMȺݺc8gzƫI
oK2&wVگDDo`GEJ=e}ΐ|_P/˙߸E7H&Xn@XS
>T]L%)_BIuf̈́DW0bt<{n[,2wp;xgLߑE'	nΌɗߋ3/L`ݩF[-yizE-CςcARf}%]wèXWP8Bƹ#2fn;;8Tkfċ[Luɐcb׶7cymSdWr?Kٗ¶GsqPjcǷ)y;wڛ[ȆAҰ{=Z$Ek@*x$Σ3g'EK^k]Ը)v8.gĀ9]WXT75*ԓל̢ 84yk'wmw<ߘ̸PoliAj?ݳɎ+$Wӈ)U*<ܴl̵kvzf=fJ\ZǄ\ǀ@&(Ӧw"!9ADΐ(+lm%؊9سG^Zd7,9@|S}$oG^	q֜!K)QĳOvq)Nz.i|ݶԣ6{m^ŌBde
+&<%]Z-±-trݲ^BzýD+89,R
.Jxrf̐Yʾ;*v;SܳUޤv5ť{P9t0_;@&!k3_hs7ڪӒ!Դ)?B{vWf5	XMD<Jw&VCU>!	\?`~O5=(i	eOa''0y֬-&&|-5pQ7qu#urO@B
Vu{\J3xyxH֛CؔɉO5Rj۬! ŌIȸS{WW
<M0P@ʷQpX|Z^EtӣԬ
1FC`DۣnɎxK("]Lw]a̱ڃgmg},Ӂ}30N ɱZ)$'֔z`Ս/ro<̚BRGTlт"}/93#rxU3o)i{W(ނ8$ɠItk!8U4d,J$c%WĿ"²h߅xΨe:x|8T;AْsvjΦnz$?DoXڗ>];CLY};#.dtۑy&4Ѓ^U.`IAO`	HY`6H+?SU|b$Wȴ,לqC̊w5<xiT8uŢH\jSenV}uG7ljtp
a;.ԡU5Gɢ)Fd!ѿ_(<"nsqܾɱ)}a3å}nu]MYvD$.ZMg779y\\|.QBZ&huKǥ<=`OC8]Eb"rC".]0w#l4{e]~` 9Uy=?ώWEmU>ےp"!q+ZtWVhj5TԪ2o {0+W.Vab/
oo`wP9֝)1+ʾ8fFޢC1G3-em,)P?3KÌ0W̡Hv>Gq1A6LV<SCPbν&l4ԇ!PpàMbv),ڱto:_Q
QM?Tda>JfQ&UcnZdFb$$iаN\@~:CCb{sfOΕI8zc)%ϩvvVk7wUw~pa@V	R?L<hVxA$>o 2s9C'evWőQ܌/ZE+9y<\6ūVm'D=nke$}7*GEn˗ߡ~=?ZDIV6hׇr)nms9U$Aшr!֗˺Vv6hdB{K-~fZ
z<EI@QKt4oy6/7jzf.\qECXnKCԽ܈ϣ.&
LBode=~U(МR*-4@,1C}grZ[uȩ%˞bKkWA%%GO
ЊyԄ
T~֟њYoNd58܅*(^m'y]j5nml4
)x$p|1Ӗaڛ+ܥm¨.#d*8<mtЄh~_"-=qqwUBxyZe% էe#SYҠ52Jnq``Қu[$#)5\rT/j'yѮYk$FϺHH}L'QΪ0-r2x"ReR
nN3V!1<_tEBk&vk}- +_p)Lݰ'z!=}ʄ7oشl<Ε",DJmxĒоҘMpB;WLbzoA֏:	3*."ߡs^g>xMEMTIB|o˲/"Va9ciʛNW5,Dܺ	-L "zsA('t*07kŔ܊}+V!8E߅Ƿ9E}S_bAȭWȣ();$6΋,g י8+$fo2׻^;?>-bȩvv*Ѫo\,!7ĤY"bs8jY6x$jbߙr>iT&gjp` זX,0hͱ+;}jMn7ĠV\At0e)NުN*YkR7Zn!2DEҥ7;͝C;%cVиz|?޵\{Rjum
,QgʔIrДPd/zQ?|#E_B"vϹcmJ DBD	$D[[n^@-.ƈYhɠ\@\P0W%WdoӸ=N@֪+[ZޢE-l+,FAmٙ&FTJ}{k)ډ*1rXM]^`M/v:C/ƣ4qPfSӝٷeǇR/V-Zؽaw/ܸ8M/s96OQ2d zM\ng$p]W(&uԘqv-ItԠO2K]ňNSy>1מ,3\q߉Z.+-){ψ/a|k"¡d$qCziKF}Y~/=8ԡw){_W%f@uX/X]e2eNӘ5^eߞ7;e>, IQe
PuSZy¥0ʬTɕۍ3ԪX(Ip=kf=`j?UN~$xryH,([YT\4
Y/@N
Zת&1+Vi45 ұCV>&QUjЎ-^`Pgid"kZrg:ZQFGªo@U{H-x8Rd-L8B34X81O͍cGǞ5r֘ř^>AklM"zQЕTnЎ+ϔ0t,9O0є.Ac2;4Mޓ=,4Ysp/OdAX'ïvޣQ+XB~Ho߆9c̽G6?"/708}A@_ 6u$BԱÀHepQ9GrUOreڶn_>EvJ`2.+oD+(ɑݨXF˿BMN)W5 |=9ό,{ݐ6ϻS8AYEؼISYTTgvPkY<xDi
Z*cI?D,edAǘB%:Pw9b}{$jxѠ|S 0E8	P'*pDvjbL`}uxҧvBԎS,BF=Hxk!kcYtT4\VJVE"63RIcPFaZdJ0/ky̓nLqdc8\lOZo**$i%d
vЛ'[v@jDz0hS×ϭ)fZ܈TS`9#'j>ԑY!+)fu~ ZqyJf ߱hMk6}LS0Wl\F3zhU$y75uU;tk1hWq@]ƦZg 'bס=̒+aL-C]JUv6٦<#RܘY!Ͱ5ΟNX>V0V&9	nP& ҖuXyj{J#	Ѯs[`u;L(Xʎo:`rz"`#<ӇX
51.e4V<3˅"%%.~)dl|V=٧-Oۋwk̝2;x_#|*Ă>pi[U?65#Xq>;a"SkIp\ӳT|9Hϧ<@NG^pھ3}<%7ìͱ"<OT55EnM~#+xbP[RH8wtC٠ɅhiUA,-!xkFyHѦێ=9s#*Sh:)4atPfK5ۖ,՛TyR`_vJao٩|9"}?͌s3 ,f*ʅ~8YҖ\aӍjwQJʐa,omà aʭɴ;aC|ܓn׊`<o·.bZe|Sp8LNUQ3as1{۰c|uaѰt*9ٺru"9ٙWYRC˃nesЃIjms['ɉͤy`gQSD@S/]ƭה%ۑ!.|@ZV1T	4Mgqyʫ$o`ʶԃMgd'seetvH phGlQ,=JH38z^$"
;1*2&]!DbRM˸"Y?M{3sӌqWW޾S"2Za>O$GD5S<eFQ0E1lB24͆͢ܕ6$+^/?h-:w{WZ-l ugXgl2}"u''7I
K=l?~}&RBD(Of|	١M #	GnYc\cm[ۜ4]cwD8ݚϸD'
,׷IՃuȜ}{v:tG5"Vul_r>ѓus&?ǟr</H#ʌAjs$ì=><2 `χ4YNLP͛iLw	h&eh	t[
A#x@$˖)-,5R8=L^`=ʖk!]^IݗABW#ݰO]e<+7]֢7'+*S9wp8ϗE!nf Gs+9iJ_Ҳ:Z'Tl83N(bҞ`N26|)PљuzxSŅ3s@ua|W,;6;"}^Рڥ+O;}Í."!Ή%iBԅFՋEc9afa8uQdZpЗ&ۨI̘U# 3!͍vjf-qy6ڭӋN2eŻm7wٺ&,e˞pjrQj-`9(fǾ/R.> 6F
ƒJko;$SΪ6T/BMUQOyѭӃb72v݉W4iвTǔ,$Ht*'#ԲQYޠ1LT:\\:SLT-t6=Q)!_D ɧ7ܡx? :8iI^<54EsRt1gD!L!8#ne gv=Pw/Ѧ[nYX
M{h+N*qJ{ڱϓoCkZUKc:I\$u'/W`=Mob_$ÿB!LB*3B\InNgKU#+~AnMJ@Z2ڌ׃I$!Qخnݿ+#@bvěyٍ+B!3^;*,pk	ޒfVϼ#=<fop/yTZZ")w,֜Took͕Ԯű҇B8`Ax/R͊Rw#A|n]`*!:c+(i+3LTuۆQ{ȖzXLbN}psn-ikq>@P¶Ά\bSbǌ>x`nF9ȯ")Vjk?/Gb8
pb';CǄE+H(2eˬ2A (GoQ%\: %zS'L2jy.qmkzږhEt[7fd`|MT^r6#@G_/l&Ie@Ncւ9۸a7EoN~3&P3-շ	CK!Ԇ>tT%w-X0,GݫIB+D*sqgpSwhX;Gf5looD*%
6͜.+~ߞaYq{~AߤT<@zǜxe*,һͦ'ҷaw+ɢ-ȺΜw+%{6 [RAܒ]%Cw2e}KEV$
ܔQ߮i1{ugXTnsFPVx*9A,2}N0<u3U?T{w:ynEJЪuYĶlbD9[2h\"0{i'VU{\KVޯzH«,#	kb؟QȜy,JǉP˜]͘cny	l3L΀MZ*t|Ƶbb]dcJqmlӹTnElNX~`$څE̯LOvO6ìڵV:|RsJ8BFW+A5Xp߃5ٷ0Bڵ}\ Ce:V7"qv@Xɩ%+n٬nZt^k2L=Q
zZS6	"Iؖ VIܯXMs`X$,51nG5ϔ.Uu|c'Ңʝn	;FJ<BJQ,)78_5Pr^nZ>k{ekر pn,^+L4iěq¯#QH1!uړԫj"B@18ѵ%%PYm!*M\#v1ߥ_.t4[ϒzr#l4lqT{)
|W`oOgmY"A'܂ԟn}Ŏ	6֡ق<GZIILf'4msؗ7H)ڛ8}9_\ru0AŎ27&134͑pӠr8>[q^	=+b@#/uEf߂6z?5Sžsc-MWY!mFג܈OذPӔJ$I/uJIhn1]9za+͢xHCA;[X&3P\iYաmɂd@z>KGĴǼ'V10hȕ&JyXO,GGԄmŨtWCpRɒ0AKڎUGM,&o(֪AG8Jrãĉ4M1#nMGuo&qX3l<S_Ϣx-{&PrGQo
j΄<=- heMςBL6he0:[8	{+))/P@#Lmw ^J{fm	6-ԫmc$G+TaRcqUU+$?2nLta.&O
kzЊżT#:BފGjڷL

g#E+-q(~v%ђ4xҪϣ(<Ns<ׄ$,7a\DW%˚Io{K4ȣF<bYՋDǒ17ýla58PZee#߻B(s~:CCu~6)TP`)IaYH$Ĥ~PkBZQ}Plb^ʡجu:	Db{{YC.+|5ʈմWu`]Ѽ2qm[ŋapMLۅ`ĶD%y׏{p9H*-ې8a\qq>#(dO @{řb}A@?:w}9\,
|x[s/_@t,3UoՄOv/jPpQʂW,Yddj~U^wXǭ0_j=ov{2(|PK#2ԍENg_N0llKd߱0|N%>¬)]_BQ=R<BڴĶhEQiҟZ>8iZ<$d)/*AjձQˈֲA?
xݼC|bt̠Km#6ޥ"[:myv/'cT͔`0Dg0)'OJ];т<&Fٮ3\'c"nڨgǥ:xއU5c6<m[ۥ&.xi=gG[ÔڡXVK9-͠ځGt]_	ZF4|͋ˍ[6?fNĒpoXB
/38_/F/!%p͎ϧkb*H:|lθK	Ouw!֡OYtFqr?-+Bj=u߾)D
G/5*>iXW#90!CPHxxOwq'ҏK]W07DKY#kC:Wg}&*,T܏4˶HY5'_g&+B0EjTw-]JC0\wO)MkvcՉ2K^9aP"l;%NHq+;FETA}jb}R-F1r^2;H<Dɫ˭֡f$9 //|+ֳTLdu(;Hhl'ݘVNIـ\UE^ElWpY~C4$9)yH3ʚOP)b_/FWƛ;eq%Mp2bT]/!W/L;EWC>ko?طJ4
Ty=lJmaqTc%{N*51<"tQC!	{	V#ӝo2CO_:%J:fmE<ǪW5Yݸ5<<chď<˖JST!R<EM6פd-"d8ԼSJXgW|iDZύЬT3[}։!3DWD|~8o@2Fx)9x#B&31=a
Zǻ;?+;  BvvRvݖHI!sۍ&i9d3%ɟ+YVCK~oצw,~K?&бx61ۣhe<XzZ(#GD(ޙqI~>YRqzړǑ\.$NZ_by	PKLlϿlI6s/}{`aPI͙YI8TYOxn5bCd!K֧`*Ӛ)+RQ4߾=<t?JqZ1[rŢ&tiՀۍЁKR·.W=dd?Ҵ޵|9?J56nYΡ&#/%C<RլE
%#W4:u1{EN>_IVɾ|Y>ת^Xb-;oX&0
&ͽbmwuܦWz^fCƎv"͵A{ő4" %j"֋m֏>8~E JVKR;
u<,:rDgң
(Պϭ=M͍"ئ=Wgi%>z%&NNM?kS-GرSUt8Z3L5f=XWFءX%̿7ETa7=`X0</w[[k)7>ԇѤ.wQ?LDG2M3G$˘IO{[7rkӆi{,ܼNIvceͦ9}rKK۬@]3mryaOpCЩ
`g,5S[x[s8h۪XΟ5Xs2i=XU9̥g{ƖHޟרu21|p:x]y'edjS~\bDfţ]j18.6wF(~KQ:V]u56sZ^~XHp->F]6VZ|"YfPԃyʬ|1̍4yq2+CTcaZW bT]}	7eqZpZ}@ڜ2u-ٛN#m<z4R
2WpN7wW;,{s,AbMXjU*Irϱ"S6"ܑpCE;rT3xV5SzLTkӸ,-f3 gtǬ*˲|fOEu.ܤ(0Q9?;hy*'>]"hZ*
^COW_/#5tN\^֭zpi"<
TxfKy?Xq?gc=7^RS2\eeOhAJ)xP?U0sCXQ5dfdw'ɩa
:ܴ#ć5:$),_ڞT]{0I8pY^.^)߇F<`?S
Qvߒs/0CZdo4,ξ2/w]:7,DK*~E4ZVbuW{.d| چTb]møSOQsLT
h>Ƽh2~ZņsƄȖ3V]ɇ
P'{4w8{\ZL-(y:^j_%Uo.8tn*N|`M8~sDkJҹMK=nloC|Eh3rWyx?4s>o{B

=hdybnєS״u4Ӟ(V8V$ByrۅIF\1&pŏPs\<,B:O[9FfH(9
Hlʂw زN:"L*5r@)/({%4@zƀC{ξE= gZQϱ@sp#'cZVRғ@(Tr:FGKzCqm!י~Ü(ՅAI۷̎8">tumqXrRI͍\dPGX4shT1(M͘u)'_vP;,FF==0bFOg>yʦ}itc^>,*' 2`sdi..H0.>3piqJJQh4͆ahgYW8QxT+<_Bːrb/HMAI2/*7eLXV_&3A'Hhr8Je2IC"siBYx_lyȟaĘe@dUEC	KY҅yH
"AchIy ̤n2d+Ak|H'ɩWr38~(uVF1|ƬYh|ҼdK:Sq$%%ӂa>$H-ݚZ%d|g?? T<*̰Bb'&eVQ{s"^!AwƩF@#A~q0SB&c-~Nx[,vת%b[Cbc	%<Xn	&HK֮m_@ Iyfmyӌ8ޟ/X#D6%Rq0ä HfT%̩Bi(!؊	^iԐ$i%,̯r4\Ԩۏ[MX̔Xj<: 9ôFٓi;Y3vYvE 7(@7 ,`Y\uS|h63JեG0E̱ȯ18̠FI$t(b%rЬEz?VU?e2?D[>iہQMpFٱqr9f9[&&\LP+آ˙Ma2aFWPxe+os)<ODOR'U[Y~y?ʠ#.y ǾNٝ!Pٕ*`	\;`ۑ7.p_r&}{#XN4vN2Aw)V+Ҭ`|7!An8z=|0L`<@J8Ζz^1'3.bwyXAħG@t`]#l[[Uߍ>'YgTgx9x\|ZhҪ~9Dpz~x\ȏd.EoNG=׎ڳ%Jמϫ>4HQ${m}Lzq"GTҦ\ֻ.wՀ[WSBhX0NScs`h#Bɯ٥رG[}MjԨv36&flpeW|ݶecXx4f[4JkV$kH{6kF()N<<Z@҉9p~$ܞɌ|6"Bsecfb~W/#)R<v$DLS0(<CZvX^>	d5	fS<BhG(2[9Kğ&dʂ|/4\FNZMDzxU1!=*2a|̒
?:;̷,
,GlKҔpΠbmGuM,rWK/3G8!%b:ܘӁ)%^s1>SQs%' rO#4Cbs|~j[ݢ(w#c&)O5Q?-#o)޳?~f(Mˤ[>:ֿ:fӻ?7OxH<؟̩5+a6lǎgk
אɏk,`G֭Gdށ*yxL\]l^dq{XWx&yY٦TG_ɨZv '݆ˬ7[Ж6XٔJu*ek7@T|fYmϜBSv
Kh-;'*$պx*kEx` օ+sOV+ң=SUX-	g<ٶtw%J=2HrʏRAC)n
?ݸQNLriF`X>69C;(TRJ^8}ݛX̂*~U'ŷI?nʴ8=T%qbX|w׀s#,)!;0D-62ͦj\Xo\	׆jYۅk%xٷJs-OV_
BÑֺn:itSeo.&Ӌ'Њpr')]%QI6=N],3޸Oh4g˼#GHk1KRސ\>7w>CUwvJ5#7%4
Ņ39dxMҭP rsuh@ǽс6Ypuk2rh2ԞӅG#t1ϧ AgN"<`ѓ^`.'=k֢j tu 	({7q$jro{׊OM8r_*%.JI83Ӓ۞))}o*i%(W"HX}Y+ʐ!4fQg1@!ЀŖPpR] GW<vK8no1~rE5O.
*O8Ѕ,E.E+UA̬,Bb,t;k[5.o f٨ȻԐmz,ٹdE߯WO$7Hd!ƐP;t60tg[ױ؄	?%jTh&2	"'s+iO?\7׷E]JچMr81FRT7R/un8'dȶxqHo43"d@ծqxj~B#f42m.cyӚK Z0YEm%EE"k4d=܃q6լ6LN_ǘ{1ـ9T?:0V-7]ߧ԰EK[(ۤK-rm#'dF%%>nZ4ob Ն_^V $n8l^Pi_`zƀeN)^8`/pɸD?,>EqџܴdE\Çqۘ=?юm@STkqcөM\{$!gl!µ ->AO"F߈2cԡ{:C8) zd$ݱ)Jl(x]`Iz߽:|,1=uGΐ˸`n5o2+Җ2Wxrxj
8a|'șɵlH*8ل=B]\nY{)8)+ntFEdr	f5ƂhDĘ
eC%G_ko%C*͡r6"<8*nr"BڅVbml7,XIvϡxּo;PBUs^I~oeG-Rh,'DShaI:Z#q|y;~)@P&_5e7QQkExa܄ej:ǮbTļ\+Hg?Vk9'QR>fQ&˜\nC$dN9׻t)p/ǢY)0!x5D/-B90eŤi0˨1R]94I'4̡aŇLʇjׄq2={PRQMwy'S[NK$ZinԛJKhK-PMΡ DDy;b2/ƣ=l%ďy>T:AޖAפ_
n]4;Hͻe?8[ά1b	XTvw8tU̢HTWڂHF3KSbh%AgQLƫpf*eZ"FqGg܁e?R04fNضXs"$".UEsk,09{܋4F&ڊ9.{@%Y WJM<lՋ-/vQdHH4]q~RB?M7?xY8X$$ٵ)x	̘P3@6[%^<19P@<H!VO_J]7{={SNLI8ɿpt7о2WyߒP!Ӌh?z4N 6(ک!ZͥZC3uYQίvޟLpӭ4;Q[ge 3K|۲WBDpMoUIL$\ e;r$G):`6"w٨إ)*ߣ@H?L8<VBS;=nm*ôV/7Mc<vH0V)Qsk@/IÓ ;[{̋SQ˔ӥPoAĖ+pL/Y_xNÖ8!Wś<PaNl#wF&lJ׏UYSSI%~uNpђd+?@Տ`W҇YXeok÷*[ͱE_Y%C8@^,:#ӭʸ$8ݐi!HD
QǂϭjÒv"U''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(19521)))
