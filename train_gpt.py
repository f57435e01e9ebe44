import brotli
n=a=0;b=1
for c in r'''ݩ
3?!xՠhQ|&=ZTݫ}ߢgN2@UhxdmoLR]LCַ8wO:C|"I-gKzxd?u*]n
fjǐԊ4eY!*`TwO+Zd{Bg('	Dז7nmfzƂiN pTm^rxUՖyQEy}*	m*@V9QvϘ!ZPNV!|2b%HP..a`#0(Grdq_NkgrE4HKq@@,Fcj8YCch(VXrGcLoقmf10H>Cr8?{ZߺzPC!ر<$36dvjIX޾qw;vBB~2[lTϜ}F!uھsi3dޝڐ)#xioݩG|,Js<	Z	<fޖym
A\+M-a>hjkPu$(!LyʩKv˨γA]Y?ͥIl?Qqm	(o^`n#n	;xGk;4HENjlʌpʅc|~/UDnYy39|9?$ѓhi'o(3ή~ʲzx_IÂѰg%yxbs-ډߵb{:p*9SA04t8wO^˧x̒Ż>ĺ<8B7LI@%E9oTY͡&$SRo6>(<Kq'-Eʲ9U5RP	uԐG(̰p;iPW8
tM@V`#rדV*ܿ!Uw*u89Ψ;_A}oЭ'pٻBjS/Щ3[1=+oҟ٣ohͳ+Yq&ӊV^E(wgM%0բ?Z-as
l}	 BdoQ ӜĨV c	WTq2j4l<ra.0D9*A^,ƯY²`e4óә3_T>-<hB_Ƞ/+*ٝjȏ{&Hk.Z_B/i:T+^q?M|Ȓe/qQQ)?ց,.ݶxhg,H&n=ȂҌ/IQ>ٷVk!Yr1ar/Jܪ4fќZeŹuKYg'_RIԓ]"5Of@eY.Lh'bYGYUuƖ8ax('iO/ِ̥5\܈BTT
n^6eSxօxӅD>ϋ]Q/A=[w"</Þr`y}8Mß36`B&Ι-5(ˎȁS&m^y(FهFrHzi
Ttz>TNhĠ78ͦvRΛЏLRE7V[_r]FW~^Έqśz_ё0߭29u}ThU*S/-~Sk˫auw~	2х)FHN*G4aۼ^FfrVTwPǇ>`}o)֑Tبu
ϚE9Ҁ9	2P]$.*$$HDݑMQEo*+8kŴ
a~TDi߭H2\9Ɲc5HdKN5`Α%P%aj0u>	Q<;W+kcmao@EӠ]+v%0fZSƭ%7HLb}ҟ++jx39=O>߆x7q0_if"/X&dTŷPF'%تݰӔ)PһAfmƦ=)211/yR9]p4ޢh%bEDص{ޝPi5Є1BWYJ>{y:Df1hc_k>Y:()Z/m~7MQܘɫfע7KzW?FD,mκgFB.re;p<پmgb+ZUDQ*e6̡޻ƆM1aܺV<<ʓEZϏ+T+_H?dj2ؐ"E3D;cQGa"%XjRX/DlLa+Z@
LWͲ;h)3ߡע;1A.N>QQG*T&<5fp+'Ә{OlSAoP=5;Q.EɼCufD=BA`JXsР@Ƿ@ά/0 ٶ`3<Ur1=D+ZaSDGZT7:ĽCG&x*գ>U.f	K٢iE 8=BFжNMK/z(8-":R zY7j}`ϧ{$1pYޘW~mїcGK<D(b_0E˖MȉkNrq@x21Kcw0K/ƫw.v@wĳbްSAp@T3-t(OƂ%4]DZNC|O.2xo_i/]׻W|[VЙ׈d6mߌk5n*bpOPFѰ79W̃tgF#>ȣƴaIuWRmFP\6b_S%8Ġ(h4#70Y80ʇ$7#CzSJ MɔGiwi+Z-tk|<Z.jԱ;O3wF..b}izfuqNhdd̼MD\sBaBW݌	a	q
Ԟ#bU\؆bvɵjm2KwM'zĄTr#.(/)9p8VimAQ%`a,˙kޯ!ϧJʈeϲ_[3
Lgzk8rLLzõLKr >Z`CmYչnÄ[$ï(%6XDw]RBSX!i}n&l<\ugzLQBؿXh߮Ep¿EUVuP<WPhTHȧ''^ƦH2j\|]bVOn>[Kӷ@۰@5?݊ߟ//3d2$>l3~TV\7{Һ[bg,Ƒa<VVPT^4O	}ĘSeh=aTM936fw\wЛn(+7R&kP}Ns`fǾ#,QS]jo&ٛbOA}72sbh˪He*1iSK(i_=t=w/y/	7*9t])׎1z`w):PΥdr1;'ϞؕV5AJ?[(0`$͚VX]YO
Șb/>4~i7a8ߟ3HB7هePge aҴߌ"6hcڂ.6tbG/^Ћ\/ދ[pdChm(f
`:OKEeA0ĢI;v23wf̿%˅)TMo;K%ހN0D`%aߧ\Ts1< e4`y(ʢm,vMܭ{fWSP*sح7ZvH<M0[b,Z9ʲэ@Hh5LH՟,M$M~$F4%'3RP^~J؉0|!4-RM,:
eU#mL@v(ZIU}[|)+.i˴a=(w-(|U=GB!1Hv`7H8ޚJ1lV11:6&Z1&NT9Zf:(/JsہYh@j3¯,]{tBBZmoiUvnuìEYQŠ*۵+b|1f3m+uQ+0@[CbAs\3;p1ּ_bSxRt:i+ɛ`yǳ|~dيG=lRN215%
T~Kslmz);q'+\pȮaI}OL3S̩= jݑMr߄
%Z|^ܛ_3*&K[0̚Y)ԑW_Nē~LGZghx?؋:NWkag<u:V{M='S]6(IMpM=KaURjɯW?4"Ѵ'ܪ*ڈO*QI6gY2S?x~f]ưK*.K^`Z#w}48dR_\0[d2E<H'4]|Ji"`ssv=SHkpD&|eHߵu&nN\I
Q1QI.$
h)۷'6IuHL[E7`#ǌ
Lc'պNYj#~ y> RD+gugNs1Z2q)U#˖BPw$υZK2JսI͝w-ptqʵɈk݁O9FI^{5@-Ģi5=7Bx$lڛ8VMʪhri\3P)0*'oZW!h;gcd:<ߛڟsmP0K7Rx{|Vpܸ*ƉӍ,)*QA5҂<q%ؐu0w$R&(=|UdױZԌ()9J\?s{>E?LmcrQ~u+t0VRze9ipI#[2~b3G+eUIWځ֦q-s]m|@&*osM1&.^89fzG}@R/8dg{w&=<g3Lfs! mT$XX!:wB65*kjy'mnhyG[}-U1<Nc	SDѕcjٞѶۢ`l6D=^/g,V#0$-ٷ5,I
d~|bv(D23֌~:,#)),wgqz<مi%^Kxk\ό5]{R)؜l2ωޘQ1Gm(Hתo֧b&$ I_'h;;1/z9lxDL$9}nݎʙ%6"U|LRqtYSb]ҥJWb_vZ0D*AI^wÓØ%ȫ+	kj1֑ycSAoϰ-ܠ~F4Pfm{v*b7thg$#ڥ9gM9#.%e^4|'HN7KjR`[f$M-$
6(.JtGSPGpD){u4-ȘFiorF¨?j]ǃ`]}֍VGWHMľ}6֞jAPHdͬ2%m-6$3G	}]7=bۂWs؛3ɼE/0Lt8MSʔ'0&YİJV-9w0nihvIgSKBɻsS'֗'"VbkOl%c-siLy{YOen<ߊ0VhOLA[Ǚևmx;^"6+kTq0yzp{-tmֈښ)Xg01cR>=2|t+mjeN!]Wʱvejx݋^i~{LK	Lp^CԬ.5mz`<óׯ[aRH#@"xl>ʑox|09)e>^ڝ"){t@
&@9@D&Vmңކ/ZӡQlS<4hYu4)t_nʤg(UZl>{غ`M$#99[xT>Uo_\hcKh)R؋Ξ98Y8;b7ȗ|Ѕ0O1"olB,$ܰ.9<ˣՁg=ҤY'ϮgG^ђؕrbbj?8Ǳ-сgDwiԀ̙.@@=[lF,4-ˢaMjsd|zлdUkupVu4TGKǘbPcoů/?kd`>F~,Sg΋HUAe0XKqΛ<ڊ`n{ͳ/KYfA~&zC߭N!I9gӷiͷNN	JXFBe4;X}k̪~/*PfVX|%ݻpITKc1"~F5SQ?r3Ƶr)@~6|mw_A{ߦ:$nh^QgI޺2P@ž}+U?C
ѯ}Bdїd^QEz	IDwtq	d9GQs[T~58ٸxGDJЛwau(n2z\؈K͸}",Tm9hE7`"NӍı3
ň_\+}$Ժǚ]ݏGIU]{P7]6\k=ɼ΀Rt?T"լ08حy=aÎt#.s]/v(߫O`).ȠEY(ȩ\#lؘ_s6i0M]Z|j<'آR!N/ģYL0ǃۉԓx(6|]c9oPǑre.->/&bJȘR`-$G<k\R`!ƈ9<y.-# XHg&BcBsPi-;rmxL>jIжhT*$<}L
\$m	:XU?*@oʹÿz8<aw"ju[<BeѬJÃD#"K7O#ұ;M\ $PcrܧS$!YofCkPmT&4.8q#h.ΰkKC:>O>>1=W%ѧp:XmckD?n#SGףՄvJp=Jyh<֪)Ӈ\0ZƋ;_[(Eo8U"s!ioͭo.`Ə*Z\cO:Q[:|MǻBdSA{`ٽ";^	vŭ7޿uŠs<x3k¨bP7Vɥ5jbU*jեfSʴL_p>), vH,pA_ߝ[Y) Kx0_%Y=ɾ,YbGj3gAseR-XZD1aޛۤ:Wk+hOKf%N7]Iy2mQnx>pZ51)>3LYHχŎ7|`,ƪjMx1;_yAOkց*f׶n10tE>7S4s?ˍjңU;*3g`b92Z
jqZP~ny1	sֽ@KwDiiD/C*~.cWAbb K[!YDRC͸Rۏy+~AEpHYKaM
d*JlSlv_W[Rψ-ń[';*,S!#W7xLPa&͉Yâ/Ĉ@"ll0xln_n#ej`n+,!AX*o:#2t޺vCω\;Ֆ #ӿ"]t1ȑd{|`5ІL2ayn7<K;| ux?UnפcWdAUq
cVYUM13'
D3	|ȭ5>j{O^aq'VXå\P~;ReTz8Nش_#ʠ`;ab'ŵm4ŝr~!#&ZcNf.X=+o
1Ax(ږLk0,sv"3eSۼ7'6tC@kC{uލHc@s6Be\,fwǽH²VHzdk޷\ȍfʧA$Z;8ŉTlƱ_EԶum|ܒG|4wݓ3D٫=!>li_β[he-m!pS:C!q"ZKq
{KŝLoqbPyhjG@5Ull}mq]1R#c$#Kٲ3u/ՉÉ7=SzQH}4&ZRgfQװK@f%:u5,=<N\7`Epn<yĸer"ŬAmNb̽L-D2`oA>SVӲrU
P*@-tKc(N\ kE͎%Ll: B ٚO\qpL]h?gAu{tivI1a)3UCK=Ǐ`v,ru]]k!ag@л+Ɣ+=(Skk	sxn(ŖMל֔רR'\݊	!
Zqt1GVQ,\%ika,@_)+AĮ\ǫNU]N.n9i@`o͂~Tʎ,oyt.}s@vӛOs8R+OS0bаd^4arӸnJyz@Qg[D7a*Ӥ'PQ!qFɆ5Aˀj6o>OĘs18[RcQ?mņ{8'377QsvMݺQ3|3f|+ӕԋ"~[ـ"jD^]l$dsU|-2\wL5w΄mksW;ud!>}IRAZwAt	Bܢc؋͕˃ɷKs1qJ:x߰LVe,{~Ǫ*vV~}Ь>u,=[;&>c	>wX^ȱDkKN"0B}5kan*>دW
6!ƍ6MV,Ӻف|P ,	k#L2Wr]H~2<2`]?!wպ6ow~+QZ3X<_>LNo)'gFߵq|7!_7r[B8'KL%3~pt]D17gfx&k*ϼ*YvS߭wHљZtviES#-QEvə=+6.?>f2CyfD:Le>"OWp;K+\&m}OrCI:Ƞ@Cֱ͡+:SsA"7**vbfbDQ߲Ծn,.7"	]I5/ݠQ")brfJh}-NN|0 \/Cf7h}ݳ=	=7zNIm~$ЭEF7<9"ŶT{*zl~ڔb<Ş=MM!lh[qԨ21a]0wYlبD"]AOg=gdirWئ^;$K^'78@.25cJ!M}fU@(F4`_{?UV'GpG(mX@qPPh4BHTؿt0)g7rǻ^9DdY/NbKY*ۧq1l?ٟ+VxC=Չˋ&ڥݐUМĚI:o(?JrƩ`oǱj1,anTS|;xt/%3ː6rr~w%ȚF^3Y>
E[p}3݄Q7Y($4q
6JdoB f>ݑ4QGRs0̐lBx)ԑ|riz2Ҧd^2SB%}j9_w|1uw~˧]+'+jh@?K0%e=<<\iJ=ͽ,P`"З~ΐFșwe1%+wƄq^^ݹ̗f.ՊFdko]Kx&«-N>&rU7NNvĭ/&J:Tҭ*zڃz	[	Yi*mFOeTErSЏ~AΝg(iQ!a !9$?xd6kӾ+q7Òeؔt3է وn-O	E	b<"`jܷs
		sPbcoԔoZNֲuIע%Qk[K"u16XhdB9*̀r6:IjFqX1iߧs1[f@ֵ:m1E]35'R<}gæ?CNj2RJ ݬڙA;9Ά+M:kvC;~si2Tw^#5]Y(֮zȻ	MFf&:${tރą1T]q'['#kU^>J(hV{ki(PT(ʄhepCl<Hyݿ
k٦ƶMfPU_K{2NCާąt3ESAFݗא|@&Ta:RN?W4@PWfѤ$aEd{zʋ8Sx;R7Ͽ'q5o,/lp8+#'`~GBLpKy9Pu>ʪ 2X20ƣʮWߔgȆ5VO\U=ăeՃP"$CtXBPnRye+ʛb^p~,`zqJ%"ߙBA?ժ>;V6B"xe];(Aʸ̌.ClB;ʗˁNǬ$N13ىQޒV9+a:dr7<_[ˊ)nº2hut{5ɕ;r
@іkl7Àӱ̈Rl\t\¢D a׫ *Ȩ-$NEtjsik%RaMs@#OmUMRB@!mѸMX΋HgV~Vz,&:u٢`HݶAXKJg!oS Ձ &CԞ<s:J0!@@	{@ˉŠymS/<jՋMU4?AK'Ψ??¦Iv.E@F_nsY07T-T%f?"ry'1شC_'N<xΤU׽U%"զz~q47Ceh{3+"a6_&EƐ5f42ߍX)#NןN=]/΅O!(0X=6:F}¸ڵww98eʘY	dsޮJ1s{HSv"
o[+~P<7OTd(Xy|uj/ޏ|vӨ&kxo0g%5ǌ&ސq39C:	3NyCS:l-m	OqXƪ!pAhuayf]UdCCRR?~R2ȁnwz0|ϡ%Mt*Hғ]r~keOe{`ޝVJg,H[S<՟)iȜΚؠ^\of7zLQVEG`Ԭ'^.EZa!dh=y	N)ڶ<ˬNxܴ7&04C(|d(sܠH1.s^?	ҜQEg0FVݵ	ٷD˕^ϸ|"XЙɨzx{ٺȀКM!Vɇ̭I-	;ngpoa)חQ<mqnߏ7e@]xkvXBkEHUDCeRNqqӂ"ڼҎ\raͳwy82ӯU)5_M<ҜZb}z\_̢:)ҔJA{J{mwQ7W]u>Lûj۰(*`Cvp4;jcY1ݼBz"ΪBDvԥu5CI6ٳ1z+D-RÎNۺq|AB''ؽR|`/bhX}"$~g޲kT/=XRՔ8[\^?&`L'ț*f#JAnJUϛ+@HbP`F`"4lHZ|̵jpD$VX(0-2TXā*fT6n-z><O~}6s]#a1/S=gii*\U	|~xЬKKNڍvdxFccbVd8WQI%f?ƌ
	߿1k$rMA\!0ߪS'[̬C~'kg&ہ.J*nwP30a҉No zvH9wcý>M:(\ΞJ>gpؖK
rbb,}YuA}ToX,O#DfqoYԴtq+p9<
F}
'ee\TNZ!'ؔ2v6q=revۅ;cD%u>KݍwM>=Tbbb~$TߌnulW+2vؙB7EOaƪpB±g5Q#{~'~<֑t6LaN|¹YJ{A}(m)݋3aLύrM'	sD+ǌ;ruʼ*/rukn(k|1HJ
@3A
HX)̍QPrllAgM\ۋڥHmLN?1ϋ"Tw vl/,T>ő}DM5˿߰5M&EABJh˷ljݖvqbڀPu~	Lmk6o	)qu'ږ)K4Ƣk6QIXϼܫF~JlMeU?,mo,Md¿I3"1}ؤ.H pv0Y>Zd>αtzt+ݎ[CjϡY>2r\]aY8u̖ƥVӥjЙ?؞*͊kugN75 -VP;0Bc;
nB!t]MJp!j$A@5ڛ/\	mc_=n˳Uqh$q,-)Ą&3D??RoUefa>;l9gQR@K_²ǲ\U:6ٺkhhǳDoYz+r60s|SԤ_?X|@X@¦O&3Z1 o]HqvBMrSxG܈)9A\Ό_buV(G:g=8QM~T\ү7߆:qP٦˺\D 
F25|f,t
Y)O92;3h3+L;oE2.LZ9d&_Ɯ"ZcIKEmPgܧ1nWDr5NyR&!UU^MV]rÆA>m=AOt~8Ӆa!
ܒvL\vd((0pЌZCs4JxmvCrNECR2-""4Q݄w;&sO[ƳԲkLG}N!XrXCRq+Ӗjq~q&Rhz|hƠ`#v/Ϊ#V&y?Qӓs/=rTah28?G]pct{K)hV(A8[D&aa0őiWPg,XEv_33
1Tg4 I$¾eu̳ӆb	݀>.@p
@r?=ٟI»d@8E(WrNWKh p2D_yWUdے̅T<\x-/#.I$,_|}]B/Ndn>H|g{N(kf߇SW!>ѭWH5L#KlWlo0LTԔNզҝXvqZ
yO3wA9j~ͲGgKP_~}GRݰv<y,k7\3/T;Na[DPN.!A2ڍ=;"F׈"
+B[tP~2ڢXWc"BBh-;wb>"Ǆ3;[y1dLWɈi
h>4HqGӶU}-oΒFjfkƤ
ZܺؽMوoU'#%%^<9\8£#9#*COfݿTAQR}nUGzB*b+?ŔfTK4K~=ƋF.ՠ:ۭeffpLϽf["S׎]z(s1S17|cqI&Мwў,+
ȃζ|>2i-0dEOa-Lyog	i|JQн{ņ+]'hhs̖62xf0]=+gb8oUۺ%YUǇΌ&=ߤG
>!lA5ddFdl"5ΐaDҸlPb:v
a	_ЕO]ߞk	~x\εqu[	m3.uvՑH^>mTyɭa~79nX_~8@!EG!Dرtn=-JM|n,/>:-ս?At^G]6Z+;.r(Dajە'ht}߲ŧr&U'ݘZbԧ*!}{'!
|C_LcZbQAPPto{`֎viЬؐf]U|FT2Br
~@'Ij9̳B'Φ8o+t:Bhͭx8'L۔f*tBc'5rb_V'(,oCF1@]ǭin
:FU=٥6?oTb>Rbэ~EEVRIǎ^a<GO]h3D<uТތbpV[SӆE\>9'5#,ȃٹDn<x4|Cz>Uӂ0NPv(ȳE,{F3nCTͅxܸ_`iuWGJރaڛ˱@pjƒ$KJmry'kխ:QkpVgFGLk>B9Ա*VngnzYء[x9ӞClxޞRKܠKwZEfW؀ċN-*ɝݸ=7QPDҢUTTT1,/`~%rCϋ;Xu4"bqY<ɯZ6fJ!	W|D~F&ƭpa @.J
bُHJ8gо1ԈUP1G @p<	օ<zެQGRTcRiH]R8upCRY6KMdnLZh$Ўm{,74jE C1+4+6~Cם3PC:P	YYŧW!MOA*`з'@<gDU'FƳR9~^
rB-wRq2;%)ەQ+mM*IdYryb.,)cߣ&b}Zq)I
'(Z]z&ԣڤ6WFUqX֦d"kg~9%	ȑi5WSo >|?uČ"plxNڏۭ"3N//*6PB{	`fϠXQ38.%I_8Bqq[)YЊ<Q%fu0&Gx/ۖä'k'2RSثur½DX9CaB	ˆL?Ӱ` N׆<!~ǸKNܤ~ͳcϾoK2[ױ71lIhݵ1npr?@WnԾ}0fד~5SHGU$J_!8~k+91B'aՉhPəlDx0lʥ~'C71QO~*wJܒwldC}VNwHxbYЊ	nO՜q~{NNm+6Eځ
' g'٢oTMԲU++/5	kB͋ƳBcצы"ش_oTo|`bwtҏiəw=P%qNh;a^fxyĊ'fHId[]ؘ̬kmgVZHA^ΘtJj^f^[lǷ1|np^aׯ\!voLfݧd*w_P-G%,&zW.B?gWoº/̏Ve,+\e~L:qtEpL=\7sg|5dPeY0{Ks@ʒ\͔.@XͥK˕";ˣXA΢3,Si^g+ݵPA6 crs̖Ki|j4W%ʛOS2!$I)V=6E%X$PrOݣ-*kO/w%Nfܬiqҥؾ 9?>Cָ
v95OUμ<Z<]4λz>)N=Ǿ-y0t
ŤtE,_.v>@6,kH;3
ږA7~a^Tٯ4+[ҡOG^Duh7rDۂZի MhW%ViEbJҋ?jhkH8Uhg?pãOdΏͺi̽kIC[|iGf.mƷCQD"uyӮY`QƦ/r
GqTޮ\W?p'mo,m&1cz^'ð%fLؓ	o~!Yw$zGE44%F˖Zl"oqj)xB3!w[*|@oʪѧpK+Kb{ПҬtev@Fh|/>I8
kIX-GKKGǜǋAr<بNڜ׫AyNm(~a!n,mŚH.Ȟ-ɘ^Mw	=	]i1v&
5DM.9}^aZXqgjE>hpkaz;_#	@}3EL3ݯx}$VHg0I1aJy&vvB fn7"5PTՂOB5V
f]?ǼN:ܰ@\]6s*2ɟ0P924'g1iӹM!AGXyzJkʉbT^(.Loؐu	|ׇd^ވ87MolkI?͜2[}EcRvPv @3|
ǃTHC
>m=#wn5f̴0FU+)dkz]I%|1&Glȑ
b;I8*)n(u`Oܐ@b͡jߡӌx Mie}@!ڂ3sZ ͜Dۢ.ii~,v)yӢ{Fjgܹ,9O\W{hEKjTʪK{BՐX8X-yқMԯխMVߦR]Ʋ&bP=͓R']@	%>ʺϡs<>?k?Cϳm)ӰU,	H͑
D!JhC@MLս<DտpysNnsPٍ+]qN]GC^OÀ5%gr d:mwS1.:iyS}OH<?Ðm
gUё4De>|Yq=Uxf¦=N$OaQTq@pxtCUc3ٚIwQ۞~NnGln9g3k;۠iهwG:lp\K1Яo׈.t\1n RϖBPcou_@Ҹǣތ)ͩV3Қ[/cK(,c*v13*zş~68`BOrԬr?UkLArXno0KߨpǪ9Ojw{3~E6@;y&΂(ԶhJޠ2!D,15j3LXb-*3_{gVztv8hsse>Ų&Ac%jym5͠gjMl"	4«Uq16)s,ǝ9QϨDu}ƞظ !V+E4ԩ]n- Uggt%sOř?B˟țIW3Zo'UqAgp\9c.daBeFR`>q1 0t\ةF6ը$ۼ?m;T73w&R߂V̑2֋Fk'pH$h(%6aKVWȳcl%ߐxί{(^KvJ(-TSG?$x3W&@Al]~a7ηi
/D	H' "'Sa}(	#Kّs3r %'(IVɸ1[6f,X3"T
)Ym-]^keeV!?teL@cTvav.#W7+dpRqԼiM{Jٱk7'9hm'bmwcWnQǟ%L~7وJ$#ۇzQ7[
г+?yxǏҬy%ID'[bo!Ai &[y.EOt:+aEEen~g7+4~g|19ґI"Nִ0\۱Ϯ̃Oآšq̳mޞnL/Lw|3:ފ_.TOùUQ)'Y~F:\<d6qrcI>$֕|aB*´qpXIk&Գ@n`%+5:0r?,ʝaWʙ;(f-T¢I5E/nVφs{9T$SvM|[פ]$>?WBa2hrzUKHZ-J.'ӱ`ZP/F٦UY<*)itVH_n/͘Jw3sti3$/EЩx67aoÄ.Rً,5QHpBޕ`C\Q3VkRNpdDL$Ŕ6ESƼS^Js^'6eEYƔu_eDK9$(̵vDTQO$i~+<dfW	p<OWBs
3T~S9fWB?"9țt_,3w@Nto9q~mW<u?(7j;Qwb.h5_%+U!_Ě-chrvwcũ(8l\EYز(nRG8e89%Nv8,Ew~GxU"7llCчݻ\^C1h8g=Ĥ#0#P/EΏ(bڋ[ԇKm:a)[s1 r̜~yBR~3f}ʹ\~zH-AnCíֶ`0lm26j[ԯb׌g>E̝s"RŰk!pJ|$i)@P'ǌ-Ϲtj-i*O</x£Gqx#M+ZO8u9|:ɵTdɗK_gϬhڄWЫmݪI`E7f.l*H1E]ujn0QR=;=
˯ʔ`e@x'U"prфoŖ"}+ׯ#ξוb?}Bߙ_bZqMԲ:ͤUHNWwBE#~Y~~A~4Gv]kI8Ӽi7K)ʷhLܷXuߦrR(`X4ƄL)m(ryu{m(TY52NL 72FJlt`יl:GtsIgֺK^-mx'ۏǾI9D*ŗGO¼jЗ[ʋyhҚ-v?[.siܮۼB^OSL ݍq6HPsmxn@*[
bMPqfo,k[
	\d8	ԥd<,VT@e[?v2MXdǎEz\j!jpIHOR\fU^ӂ54ܒKAvݮhq^ngD{E_8)7rZ{?PXo4Rt|q,~׻ԷLkt=1'}	d0A^=ǃSKI,tڠC̴Qo?D>f˺{K(F9_a-VZ/,lf~SwI-G<G$ҏߴĂks<)81[ǅ2'xfR7h{Bz-ПsB,\*LhN!Jܻ̓Hgm*\ѧCCb$|XbSCXM[ZvT;7}%z{|nFjk+D3S)Pԓ!Mȿ<Ult;v\*IU'[x	P5r.N1ޓ;ż$פ֪
77>`Ao
#n,{bͻēnP[:|TF`8ߑn*y\@4ݢں+_d'Oy?t.
b٫?y3%ؽYâV*h&,N?ARX5|!uz/'ڋâ3DV+$aߗs;(L'NUz;u'xbRnsYpZ1%nGՕЃ>0ؙoy
`).!TETRǱ?%/βb)Jl\U,r;]74sw#mCKZ-9U
؜@uY/=$dK*#Z=lkl>v<dd?Q*	ɴv>u0c/(Zfhkk֠˸d8X7	kb_ Č{݁zhxP}@ƓS[VŬ"jT
׊mԄʵ)cC';6ي߲P|]h<w(mAk65s/|ن(Q%քTɒ8Ъ"۷axe$tEv>=33Lde|~ԮҎ]l7ZtǙ#)xlVvi5f/;̷bȼ)ע;7xQY0ڕ*\	?f+J}|1K",p'($2bu`R|Xq7Dsb=)*m`Z}lײƘ263k(GBN5SZKzc/!ߘV ܳeѿSTrbJQR[AYא0uHXJ/
sVtޕP/
UBܒ9]`V5\K<th_S\ѫ+9:2?<7ۦc|cõɇ¨˕=Hۜ%j'^x@$l]ߝ69Dǝxjg=,y<[.9`+={CIʒFra+ԥ_ϋ"%_H`7wA۾h$1Tބn N?ߑڦ6pEk6i6C³M!ͅӔ0b	UISL`TkȾ4be_&p?#xjX"'l}؁aN/S6>p-ɩ?s0ߧ6vmW+e͎hߋ(!]MT(9ٿfvkMCdW!mC}Ew4~Q('k`f|ַ'j~dyHr3lGudF;NSN@@~@z0}C\,ZV*{rYV/O`dV)mGb1>P3tڻ޼9׶hQI'wO9+T)zE/7C6{|_5+]CІ+`Q5@K{dJKG<{[vdfppk˶
&)%u@Q5	jbX˰p628p7&uh}.'P%mDc2"t]R^!k[v#ނ|/GЈ,w)  6M3VTK!|.	Pޑv ֍#βpy#HBuiȹ3kKikŘm\ze.=SXVv8$-N=Y"[JɮA'_sZ0DЅ^aXwA80z| G+'|۾fn_cn'Oդ6ZÆ=S#ƴcrnl<?@ړס6o	[`ӱ}m׹V,99ҋDTWY,oږ2r~όh6Õ^!<QM@Gq?УM6j.00;ͲB	wMJ'ύL{+pXU"e.
nm_̔SL!ޖ
[QК4 ߪqf1e2B&%<w<=!NuitנlYԤ+	ԴP)iYāo>twW]rlKmdl`תH6',,TQ3{|>1)\*m[ŷOqJ.Ͽybpul%o[!`φ5&Q3ܠwc$nYI#Q[HW o
Eً2\~=XuI%~Y%ֈkZ}6b/7`WlCރPNdF-$C&'t}AקJ**т98
@q%Қo
߶֪Hz/sH84 .|%Io@ӚqƍF6\kܐՑYՏٖQ{fY(AERu|)0]aigKyٜq+҂a#^EO*7ΤR8-VOT{ J\%$R"F0vaoY?vܡwzV8C=NՍ1x*g׊ͯf?ʍdNjQ7h8!Ac`ö|0.Qw;}23ǈR! j%0fK{-s/h.YъMPxDt5=cx͹v	U|$ vS[t7!vLպ2gpG9uEјWtx2$ҼRI9$B/|ӛjp=ջ}]
XRخ|tIOiؙ$~(XwqA՚ex}θMȓ@|ی'p/֛e%F	P^e!W^|c5~ǢN"6fBҹ?[|7c)ίHETܫ7ɘޔU@>J33|r3Áȧ"
$EM}MGt?qNٸ+HePS͎C ZǠDݺ/`ܐe<΢vyz'VZDśq^ԮӳTezR^~r~̉zV"Q4J*]kl_zkGNWÅ_=2/2Tٷu:=ڔމPeŅ}T	

w8ɍ3|k+<[X6n_N-?ڲ̊[;p_BQ7=Gd`ځ`e&[_?.P¥.{QI!xтm/$$Ou{޵c'qkJS'sī߯1Q<aZ	HfpWAXPbYY!u9Q;`bsd9M]FӋW()\*NZB	D*J̯nM)`Y@WҒFUņC3h1:FI!v"r,%|oڳenyIn,̔\>*aZ!YAϗ$)CAiǺr\E~ KDw0S̍w.gd3YN	WͲ;
bw[V/a?F/2jq%_%>_Ɔ6f-2KH2t֑̔;3MNw__W)JCJjgZ9T~"^GAO͂͆*dvB.5+8HEbk1#ILtLqEv@	o
XsapZӦfLϗuaXX[NKݿ1)wURk-Ą!В+|TsS*R)n}-+s.cJ6*iOZq*U8I>n(=
Eg^͵<Ջ@R$7L[*EM0چ';z]8Eebmk[tTkT=*]zo!;'KM(	)[]zp25s$*bv?ٞYOK\ɱq+Ȋ(N}̏"]gRΑUø5ߌ!ӤSp>h[&ԣ%u+{%wh.B__Mr+ym<xY@6R+ye%|.}vL"_h(CsW1:>i2tئ2̛CٍIY8Gs$'kk:ˇ}}9/?r.p6BHyΖSaǨ,!%<wwC`5Aݚ Ӳ7ͣHm^K-*ҡ(txީglC3BFkпm]TZ/i}AFkTg-JuFR]+xƠ5CAݱ	-EZZm!BYi#N4Fvųŀ%@5ӬU8(H@ȶCF#^ۇYg͇8ؕ2ʌi/ö&9a>+Q4յ^0d(yt! &E%@҇!4-qrFWW#ܜտ_}/g΍hj:G|k&tT> ǻy$ʿ۟:8L:~C{:k?yܸYnQ:ֵxs&n!*Б!b̸Qjhݪ:G( V.Α(Jԗ\}UnrC]*k=[Q9<AOfbӧK/CE/֯@/Yb	Y֨w
)׽#yc؉(V=	5y˿F6P(rdJfрcm%*5Sj[9~Vb#jx2,w~7:м]R9{JтlR%c2^bgV)B]WЛыK~CӉ^98!UK  -1eByjKĲݱPQ	`Z=	1͕ZL50C`@q.09Դ̆zEAj2zYY.LӟM!>pwUdL[~\Ys4piw{@v;ƉuIа :^Ƈ_ؖݬ!Ê
5ȏD6
ڂI`	9AS[2Pn^H#]l9}4l|̻ .׶y^:&lu>:Ws{N4;\Y3ڀ"̫nth*`x_',Ӈ0!ZGdVLK>5v+9?TF>',%ʗz1j$ۍ@m,`Eyg.xK~_1F g'7=qO(}V[/	؀&kťQԼ:=j[\ăsn@̠u
JPF!0"^cr:4h;mRR_˫``978]^PUhY 4O۱ҁrhuds[b~!t7(H:^]ȤX`"ݾ(+aGgk%S˂#k*y^VJ}[6t|'G Xݞ&8AZP׉ո9PgجE$@A8>Ls=[ΏPP&;vؿewQJ)4m&7V3zԈ;?i֭8 jZŶaO\AU{,jqx5/wH$9`tYT ߒODTZJcۭVUEnQEY4	zG$Qޞ<[|)k'Υ9EPأXJ4&ٽR$t|JڋWՒ^@J;'~!VvdJ7=ۑT#5NĳordQ/bE@wĎ4ɎҬB*4ۼ֦ŭK~sM_<gƄR avbXØ"E"STFnyjǏv`S#BƜ%{Dz_OHJ1:ڼ!Wu,M*ٔߟyڛ>S??TqMEM, SR$qMtvρ%jCȷp-ӉS	h|YyF_˙Dc*!6XQ̫ާC4.eQz>O$q]8"9aهeWKώВ0,֢o=:&qJF3f&q9Uͪi&.B5>RM3quz(Io2\D˽pD?) Yvqǜ2>?2u֕nz8eḽ*FHǿpLHVτ(q}9B/'׋l/3%.p-I64>УT/v-ɷ"GzѨxUEO{/5=M6mET|S6JȞ"f({BŜ/lٷrfm%\wֿ3կ/6>D~͗v[ɹ,ceCRIJSnKc΍#P_Uڬ?ˬ?b ޞˀ)yp;BC+;h|,[k83-O%,Ѥsww{?(YDw٫6NcI\L7=#[)D`Ziƕ#-(|v$Ԟv8)':Jo^nŴ ?h95k&$+M2cJ^`+Wp	tܽ79A{3xf̎;Uv%6/
*ѨS̑spe43"x?|6rpٰZ;چ-iNf՞3O4Kl#xbЗ`5B	t{yaF~66O)(a)USLPɥ4Uˏ|
ISӺ^~z.iՕ8z	laݢZQE5]51!ZԀ#uuoɟ$4
aqN9ʥLr@K;ēyClݸSn20Wʄ%uX.եg$B'Vc>7W^cɇKXn+ȳ=,%^<2iTi7$02UK"Brا*|Hz:q'mGU=΀1ӋĽ[	%8>xtp8f%ۢ==e.<,˙*Aj*|bȃeU<҈QˡR3X>h@ȶn[܅
aoqs|#ۙ jѴl^Α!ڹ'itG^QUo־[եPܤwY{u'*DM;#zvզEI3}w]԰?Pn.u	}txs\5foNOڠ-"6jI\cM(ǔa<#z.-AFVl_RKɁj@z̀_U͗~>uTӊ]ݗ  l$L֔:Mތ:U+g6:_BUĆp8RW^7!ȋŵոds[ qJ1,lk,85pcy''dgN>irЂh%hPӕR]
yيӆLIʮ(/÷=H[@Kjٗz<u}ښ3_ȳe4fB0	OL-1ōvw^<Fn4ݝFڲf[o;<ʔ/wɳ$0{)vt2yd\jB%D[)g!;º<pn/cK^G*:jDt/?ҡrDJԧHچM28.)[-nih~w9i^Jyo<g;+gHBʈWSpƝi[I3qemȤaWg}<<i-<kY]Ŀkjơop^6
1`µH#&2^pFB>Ň\e_޺g>e_>kMy]EOXUKihj8&իzKHVr;])eD:0:-c0^z|hO|ѿ95#]yDHuWUΜKa5b{rS&4ߏ˦XoF]~X0caCqcǰX&{΀]<	mWYm-iKA1ߺg	-TaؼXguݮs_EHOi~ְNHd"U^"5EǓQ)KcsoY~,7{6Y̆߆h/]'*4-0E)P3S'5Gmlr=Qy9v[
9ZˑokŃ=YUSonDڏ{̐xh$$֕R\u:;UDȑ|8 %0̅{vuW'jWeC+6jݫՋ7N5-t<gԃW[̖m{$Y[3(ٝ(iv*%smz1V6Bn)۹B;e'ֱn6@FS%bw|,kwzӕO#*~.T*WЂl8Q)wݕp5VN g3=s30zrx׻^wrç	fڷv!|i1S9gXҩ9h;h֩xȢ)-mCm(\Qug0ٓ!ϏLePy3dybs/JY^1+mGX٭s*5ڿN3*ލTC*CX~Q0t(	ҮDU~3R8UgDh.j? Gݳ6U;Jeq{"&qϥ-e*<aPcP!O֕Jcb`Cߣld#tZoO0֑gԎX&pfűefiJ}yt|=igK~Gʚe܈XB+d{2͗ΙjG̝e{$Cޣ7MC|Ln'e;ܴM˶<;)тβNM8̮|H2őbHm>\fzhÿШw>&Op^TC|4nH{]9}Qy?yçk_@~xΓ`YC&=]R`ВqL8Vҩm(b\{7҄%oR^gT5lǎsDͫs[ޘbD*-VܱJ0|6i<yMݗ܌}/$JG$Fu71FK=.ߪ.i.c	/?nnrwW?ŧ!܇b_¶ߋ?ʦ-$l%"]5A!8R6q'-ȡY&݇ҾF3̑#ԁoʽO'	B)@qW$g6Qyyеhu>ŏ5s7f	K}c3/TcvjQpC%Wك/ҹr4%LU< (mxW6EjBE-PL{z(Kp(8'1	Z\_}ɢæ¢D۰ŰKpjxU*0Ì*vJؾo͡XKĦNH6ȵ?eؐ*+^dHhp)I!:)ƽKifqq!n0'LUZ{6xk38!
$^ӌ"O۰ZO/o!`\QIߕ{eH
Ue/Z2kiݖR,/;-e[R!ƹ%
VEoA1pۋ*ϏD'#kv,Y>>WTL1|s^̽,VRqrzIFtnղDy/4K*KL?!Vx_cO<:lTնիZ|\٬4v3XɏƓE|{;\JȟpWDw\jmE5Ѧ7(uBtEs-u&g8 u&H7PŎ/ݥ@Fw{,$Em*#e͏He@ݽacW²vVm$|Iȸ^*/Jļ}HUJ!~i<K/wÉ-VP6$_ǂ9\4Yz\*%!vdU=vޤӕIh(IgL4xrK^dDp:mިglHTݞ}+cJjx[;үKFuY9ڧcA`sڸpjm%v9'>G31ۢUҗ4.̙h3_]эStՊ?+WmźٓO ۥ3EMZ	"fK{Fo &,_RM9QV_Nfӝ5u~gPJ}{T]]ZA¼yw-<%!+ܧ*P-W`MV^nE.5CFM>EA*U|pCB}3&өb-A^HЈp.hvaszP&r	0UGɨY',
:'؉9RA	rN8*)`ܵ>͞m'?g0ވӶZ $Uv\&&8M{nЭ7wܿҢxϗ|P_Z>ok=aY_>:4ހ5^&I>'ĺ*P`?ߎ߸~m+-z1o@̴qsޕ!pPۙȵ2M8W$g/	#-_pMc?r^YXwhx)<ID&~يWsO-tB|8Ȍw˼FӣX ͵F{a5,˜0֙g	Ix<ʾb_-4dj%f::Cg'НUą~s)$?veVyѴ^8K@	]I@rcȀŹħSvND G\xL¹hÐLY˴dK=e$^0ӮˬR1l:_pܶsuuJ>su!:|wt}GgrL!'nɏgo6p]xF~)5J=H-KO>*fҧPS@!P'TV±T\ihҖ׹Mj|	lkV@f2dݙ	&i&};Tea?Ys٢FEt)nfѓ`fXu7n) -ٓ6gSّ`ɇO}mu>M*ڲc?g/ڴmTչv[Upb%FWq.]NPԦEb[ܫ:J5"D<f}+ٸF2t*lQS.
>bK1<>\՗ۘF2?L^'PdP<n3y*UQщ$oV^q?jL*мUN;IH#qLo1jû΋ѵZwzPkjgAӦFw~MǗ5hhNeasZIZ~>cf)(<a*6>>(ۮfLj]pMCؐJ.!,&>ը ݸ.>^zĐJG]d!	5?A:DBPF4E@Ն܊&$.xסKO08^$vH,ƤFN ϡcޯ%P'6XԵ$~:ƞ%­((VF٘ε{!QԮt&}mݬ693iFW!Uɲ	BpEHXMq.3A[9t(R6O=DHu79+L0DYD`3u)!+(ɲ*B!;*JvϕCjǈ7z>S/oF^+5|޿uǏk%|m(]/[?ySi$[ܳ>+Q8#,}ik8h&(q:oj%Rufl[ɮ"g)uʲWQϙ7L4G=шƾ2{6/Σ23dcl->y1wQ3kr@Plb[-s-{=\ܛk<1lCOgxBrG'P-iF?bˡbǱϾق-/v.~Y͎qjNX5lM+'$ݐ[Xɹ%0|9el?x_Cǭ8xE$#Ћ{0XD-rUK-I'.y}	ӶjI%zF0f?R(|F2`Uф.i(>ZYMʯLԹ(ήtnlކD)Qݟ"/$$+E:jv]޻[M*8`L6j"gm
ae۠:}4[*Z4|=P<fV r.6/Э#DE~g֠%J?9ǀxï/5U*>E|T&bCݖ9OǏҌr&˳~/9_<n_Hct79?1܈¥ݪ;
QW:vjf@XAW@60e|X}]H1xݚL.>ۊ>)E*7ʴgώq>58ʠ|',x<3*|{۟n|nKtk*^f8*Ƴ"raԟ%#/RƄU_R4}(D֙7\;J-|Aa1ʆ\)VͭȠnJQ(8@ߏQFw>P9H/loSrXdZ/ͮo_XNDc.sȁŅۨPHDC`Z<:ohݙV0S?qG'j/0d*}svg׹#ߠ|F TL{24O(rG=f<^^In0_\`$!L=/4':TdNxwVx8S͹6mXDU0͘Ue);lX)?BDH>Z]~ l?hp~ߍr١ݒC^SSpۙp`{Ȅ3ukИB׃("\ɽ."	 ^^BKTq6!>@Ă45	''$/s+ʅx=lfvkؼ~m5xxًbN#rSm5G3/pҮ{b] H.jq9Dܶx:ZxC` ݃ƢVqJB{)C{5kf9O+ie Hx{pږJhϟм6~o-k9f;yŢRvy	3ɶT/}hǔANp,=kqr|egԐkfDt>KN@NLrL*)b?W<r6qNc/8i`JʇL(ּ9=.#eXNؕIِ]
ɶo/u(ߗqPafbRGu.Qj}<^<l_#bSuǣCH|^zӦF.Oʈ>>^͸wճÿr;mU<³&t@<RtݖN3+m;wZ'0?mՏoQ&xNe"Nc+)+؈)M)PYCܺ]{94ͦXwڏ߇cwR$Ӎ,jZìk!Zm{+kʣ66sԏj*A'z4>o?W@e
)n45@Ff6	15R.Vp9,U >95{iABіGK*v2(-R΋|zԪɻyUXtBN; gNˤWwA^h~K)ϐPF[5!d7:j_CNsϖVG]zhu?J6GpjÙU5|)]gF8NMB>гՈ_ۈJ3 dކǩ;H:MF=6n6	BZL|*h<X'٭+S.CɻHZVm/k%haƍ0bzK+Tɻ;uGpIT*EeSc87P%z&vڱTqu1CP+1F::T[{R%A6ghP,PWvFz0ۃH^LAܴCtFS-63ypMce=B`^˽\:o60:ُ(Tx7=G̤-LhkO[pЄ~ƼuPCQn<܄3NגpSU9s-MhtT7_3½dXCNFU[qّLGɁ˄F!xD2+n\Nu[ӣ"t]&BRE%	,ԼõbAE2?rlǄuǼcaNSCXLXDRD>
R|>zddIevXʑgAȻ!ϱ5T?JEuRyxGfbeq66$@l
"ˁy?|mjkIzN΁Gn{Mp #YvYl&N.?Hq޺I]mU@$L.Gk2?a*gU QsKA*Ϫ5/yt;RXjOG`Y>kSv|Q*mط89˳aϤ.	V[XP#9b{HWÊ ؏q^@bdA}CދaEB!]37|֨,ChDWY7\4v{(Q@/=@`2L4Zzy2˝M_a[ʿQQzi4Ƨh[ǔ.c/?jCZ:.϶c/"BTNH?};'$_[͵mw0N$y9oMܬiΫ(>ET,y{gPzg@lenΧ<uDW`A/jXQS/IӹK"bbjP]Gv=]<$kO3ʴy=~U'(˝וw;1LAy9\u~6(ت^CbrY˽	:^0%#iu+?΁=^^coBP"BV4d4PVYYchb;LOUgޭցSdFzh-WHmOSPJE#3
q$B4ښ#\r.fv`nցۣ(}|ZKxeR`В6ԊB!|}mD	Xvxqth{dt#oNPxɾ1.p;Ԁ('Ǚz\_dpu"C{{hA2!Rt؁?{ZKձ0C]F&J*W([Fg(BǘsK$		9wPې763rI8\J-gj{XJ/dEjV^qHmg ˽V"%NbVb(]c[\C#@fS/<jH`@WBé(\#i#C
܂܈܌қѦ?ϛq~-h[ض³F~١m]If 8ʣŖըWS5CU*=WAMSsZ*m2
޾^rPηdN6v/ A(8iQ=|jX~;?3cu=iΡfcC`"2]пsv9Ӌv.JA'F'գrq͢^ '1Ea0ŸAPq6|v4e-qsO^	Dޗď;r*jYDԟ-g(˟x+ӗ,bgXv~shM=Yf$C+J#];Q[RbHΞާkr1p<ܽr{vd$g~?4;d{RɦzE(?5~RitB[|zۧ?vP@K6EHͪo޽?2
4ޱv4Ps-;ʿhzN]Rü8/<ڴ'/c&Rux{inXXS1<ͱtn}G#Qܥ>[Dm,Zt8%uxbŅiICT~3_)*&[dUQrB$&{z{?R%?w]΍(A+
}É9)	ҳN#ğcsyjZ+ź,P1IfܥU[աLڊ|
WdB9$oY:6>S ӛ%au-^m>ڸPCIU VOO#1.<Z^G5KU?j*0y$Xċȓ$?h+bFkLwesث*FP7å!]-ƆlΧs':iD́CFUK:81Oݽl!;/gL}Wi׋'!R<2aކqȞ1>d
Klv_5?C@OzOIAEq5(I	!	W^P!R Ū;W|;E,ĥ]<AS6{bs*DXQ%daT}ipԩWD|1PFʹ׫0zql>\nÝ|vɦlɌ2}\&Ʒ[Ίalʞݷ]W .Ŷңjd?TQZSWJ49"zɗ=!pj;i\kF4/Cݶ%A5CQBXy
ۼ-mұD_\x{ؾK];` 	p'Iq3Ku&'Y}y4Oe'}9G/E~]K""ٷ)YGzmYrPgɾdƃ4f9[ݻњIx4`~j,F%4|
[y41x>z*7E.Z5@pð8M=ұ2P9	4!sů-rΉ&.Lhwܟ`&X6]ATQ٬uыv/;Btaa,^AuzϷe1GE^8ϭaW΋^BաJXH%9T_։NWqi!M^b4܎PT{pMEx.flCH'ˌY&?Zӏp	S'RPN(>ݰ3Hʹ59Q2px$jّSqM["4~>ۊǦ\wʦZGʷ&@ճ__,Ϳ"JebeWso˾;)IsAdW2N@ojM1îiR[]m5{Q7X:=6ܦއ+H_);\eۗF?"Cގd[*X<I6.x%c8Dá]܈.#?rxQ.GC'E;]slY5ڗʼڹv[:?'2DC1*kWjzvdQmL]ݠ|A}yv?7[)EV}Wy̅=6̵JSG7z*q
'c>D*mFJwS:$a1q|'::؏_E/ȉiO!.ǹڒE!-Q':Aetv`+/axOƝQQ_>i/^<)DYù>~é
kɲ3{&#::ʝ#'=aym(}}dpX!0ofU]܎:6&\ ŚFx5gA
oiGM؂f'ܱ,09?[ǒtU`ٗ>ϡ'>)U	ؚY2
=;jmX.-׺u|̖5"{Qi1uR9*^JÚФhiYҰ^!/LP2y}I$d5"i>){`cy`@tζL|{B_7o5reph,ե -#SvxI'xSr)t5c&I}`U${ϦzʡmW22ޭ32wXxǝVMޯ\юUfA0`HYoMd[؃ʭШiHR=փBG!:gp Y<҅<=lk}kg@HI3{8wzWEg.2\g֘?&o5נ!">(`o|*e~8*{gkLM{ErLe=V+nXXϩTOQG0ɀY{o[Ui!XB_"5tyfP8a#W!nE5N.5]Z`	7H^8cw	Ջ_ъ}u3Ch*J5)|aɨUr2ŖΆbhǯMH|VX?q;;ʓaІɚfsɊVuak&҂!-Ҹ>/W{LYzH)Vl5-[Ql<tj9U\FۿG܆Q9%ɉH8FgEߟ14tZP}x:?q><nOυxR~c.\][x٥aȠs'0ZZܸLaЈЂtoh_MGmWt3%pֲ;nGgoBүmYxƗ<2c4)Khmhu%YN:üעV̞<2ٴ\CD#}݌_.]wܝ0،(PY-0fxP&ʀ݊3FեOZ-drlҥFS,&B<H_$=&pO˂)HK ;nZNyLeѫڞr]2Z~fϒgO٢#(%֖Jڞ)T"`{Ͻ۹h75}fm`AK?RK-	l:gU¥$P)Zib;?j:KͼE,n`Q4	1t[c+IƿlNՓ&rԉ0#e"JlҮdP]/m*Ț\@:χҦ67rsɭ|8Héz*O/8Uc.jo&FKӎBB]31o
ߍXJ$+4HGN@ll[9niԋٳd]׎(KW]'tP5VsvH<(Aۏ[WO(s=ǌ^;0B@e'HH*i:Ey|4 H]{MGN$τJ4ؠJkGs/56߮O\18ʊ/]'xԸY܂(`g={߼2!kfֺS=^2a2%H*
.\?YjoX9s"[T.df½T{kS͠ηmC]x)0:Z;xNK4LHDو;&7Ź:7Pk0N	]11+{)"<f
gդFI>sq 1K5pև^W--AGX/Wp۴B^o8hx
l#S?0̄5Cʐw5/'^ih;EE87TݷOs_$ۉZP٨L#f3ME-rd
ӕɎ$ǡ}I(]+{i>$CŲ̏)޼ɱϝLAʖ%L^cˊ]:E#gΒ>3',wZT*!badWx@')DozK L5
X	_DQFde߃W-9ěki rӺy;,EEjSYiy<$)-1%o]ZXQٵS~b>EB)Ru֋ .̙!$Фo.ʯOq	.Ja1J%מUk_t3)0	851Wo/ȃMYK2#ߊ@uPԮ߬лφcmAǿxG[;rO;<7Jͷ.#]T	Έsą~T'Eh4!A}YwLd֍D
s;Nnϲz\^;qs-9aȑ^݈ɏ1Ȧu\oÿmCpCOy"^"1Ik2- fKݠdОW:DϚ9g'z1r؃Apts|eۛT6lKz_ǑҢ`K6q,{\!e>{b`ڮG}~^O~))K#O/ǥ2C܊~fXhn~@qݓԾ(=~Hm5P{C75BA|6)UѸϛR6Dͭ2yh
4)F5<68,VQ=*ΔKi+n+u81ҘA|ݘwvl,֩]w
ә֟υW;d|=0`NPenȭ	^%t,#bq!(wƷEc=.Ɛx/ذn0o?˴}AIy4mckfNs۾YYщOwï̜e>=8وNיz^/WiQq^xƗ4PpoޖB#6QFʻLo!5RX6Ӣ3@%w8Q?K*͘	Sn)f7Te\*˞rcК`c-u?ŒǛ܃βB%cF.f(vj]t|ƹܧO.(LK.hP#F^xrr]G!>AѺӺ
I`B3"\؅!գF=36#R9!۟Im]*8ISh&ǃ"ߚ5uR,gc/@e?bwD;wڱ4+;(HNpÒߟSW57G%"v9,~i^! 7VJd*0׶w$ЧQz9Q,}Ow D'c@G%#]:vB)	ͩYHzL]jؾͿYZ_%u;"+[ugHSHߨQw(V٠nXr+zy&6a1M5H+ʞÌt/j9HNۋF\Ѿ`ħ?5*L{^˯+t
EzK\ҩَܰ^9Iέb^'4IT<NXQ9b|$|RǴSؖ|sWKV/u+U_7AԾI6i?d_&pޘ-uQs$*jG?7g8-	qz[ؿkWz|ZRQ>5жaYNRjYypNTɹps7I2yTӠ;%PWߜ@\C7o#ӷjM06=~d\Cpݭ;<Yn'etЯ!"86VӇęZ?%8Y 3BI߼aMsL.?:
k-;@9,.i	N`e.t66'RbB8IeU0XӵoЎJCUR0uɬs3"[>5ɕ<bF[Fͬy.Fi+љ70cDSʀ,Qyja|/@#Fdz\ݿ̍
רl|#F?[؇نVh^Z+̗u|wUc_U!ß)?4'%ʬˁT-Nt97?G_r^ʪR#ĵHL8O!ݰێдdkV]>70P#ʺ0h˵'x>	/#hG7Q+l"
s"yj4G4{4&pl@5hvϥ" ũE ɷԦ-k	"9V^BNj3ԑ+Vݎl:+L˖56!''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24535)))
