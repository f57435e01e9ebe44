import brotli
n=a=0;b=1
for c in r''' f9D8drgY:*Ð.mkykb&5#-S|j#^(ΔUhhH΄w6[Ʋ9|݃Qe.@,|ɧھJdvWدju-8V@MOf`C^rb+kH;/yz̚IwFہ\[ݑZGڲ	KYS.<ԁt~>0Q2Xx.vjg*0ҙؚ/xgIJk_`JŸ\/LX+ɨw 
ߎepwU{`x1dJ(p]FF]7h"t,Bup%Q߬38?bMlNBT-f8!bB&
{\׊D}QRgk[Ӧw`Tw}_#%D[:^۵SvZ~j
\BwZiw$k6e{=|>qu]،Jщ2vscQnwDuǋȟ<=hN7Wڽ2uc/1=3{*	
 <P܇KFouE-6=V-<d5ѕ/Žъo#gle8sJlBjMl,
]zj<AdrG=}8Քh
BymۓqM^@ɞ*y۲?AaWB=)cr%'T3uLQGBLI"@mus,L}҈$HG\cҁލKszVnЉ%JӼ|@1;,MsY;4ҺK31uSń='fj=2͚ń,qQf=׵ƣ:تѓӌۘK̘XQitSd	+lԆüGrrh0.2ab!&S */\wb!<Д6;(byME_?3ok.Y9`w&,l W1(mls\*J!QZ*8n 8cjPC32B]ZlRKeG#vѫŅ.r&mQdޘnB35ԩL}xtM=;*v8fVR+GC{rO<R%;h-NdIzG*m[O4'׎dtk^[cH`b{!cDzlu;{U6m}odkGY{ծWV>as)(wknϩW#,qĉtw&uwrBʺFSnj<׮{.iϫ7S-5\27E',Xs|ыb¶~T֪?k1^I%t`M	ף'̓oEǦsSUWiY9zҘueո(D%κl51VO1SƱԡ]IGL(%-{$ܱc^q>iLn)+ydƻvǖh̼]t;w%Ȁi-cAkU%s۾7&y\zK]2uHgweݿjֹԡQy2ITKf]Mh4'Z}qYZtN+yOc	Eǣ`yoVp2NЃ`>_(@gJ4w?4 ?/T-Bik&ݿ=&Ae%4C2DQ]Ypt
 z}|ɰHeо|Ϩs|WËnc# Z,4'?	!/_ZdJ|T7Wv\S*}DF:a=>pG1iN 8##CfEzaIEuencXťm݁K[}~BEгfÃG2,-bGLz_0jf7ƿfb2jN#)2~52"-fĜOK޵fnҀL͏^v:u_siUbw,e҆R1#ݚs3ڞ >;j0C^/ъo7<dKH&D	M8q<N~5A<nlѾ[JqW3Ĥv;XGi>w=JYRt#vr[j5ɈԽuKFHzK7;TDYC5~d&C`ރD̩ƖԜRCvbBq,߅o``	?0vI;Tۭ%BHxp^Mn:>ߋAaPC@hx<\lhT]aEt_lqaHL׿N1g`rI7Օ5FEN5x)K,җzG5VʼQ;؁u.=zTdfH@2)sKJ6+խ`6jnuݵy@l32z:-hf'׭ժ[:O-iղeE<PD̩.Ñܞ52rn|ߒ!t$؉^_ƥO#9LAn+T\3QY`FNboԧTѸR+%ȈrÕo6ŽMiLJCd{{!+]9J3X\U76w_x`Vܳڒ	3QG1E_G9Cg]հZwfڐ$\	!kuZx^Կֳư<|ԔF7B*Ot&Cz"nݢK4.OG5ƫ-)К5\wˁK%I۳`vOں7NU3iQ%KOTv#.eltC>zZ8dE<c:U+&T;ѻ&'-pFU@ҪڀHoǯ'iW¬!Nf}m#Aj&5dT8C>kęGƧm!
TlJ	 ctBi>R}?{A؇3@}}6lL,x;"UbwBme2v>%yHtT}spu=}Wc,ҰiT	φ*BW9=v8DFw<Ywp-:|lNn·ڗ@QЧ1Gyflv7F*Qզ֭Uؒ"&+Ƥ?խԜ	M<z1/S\6k}˥:::ˎVEK9H{=Bm(r;wkp5nDܫObi]8|`h-WPnPO0t&8;CUz<_{'Ӑ4R,Ϫ"΂<HJ	ēm@՚KA٩Њ~MmvEh6ȝ'D&$3lal` tp(50ĊB
E'3**q͹ȧXZΊėwaQGu57,rqodX>s|V(Xֆ_ȿPo{`'|"^֏׽;|fzшk$8[<8,Xlū8ƭʺ-˄'xH>1a6XӢD/{Wc,!(%4oj۟$G%ͯSCMW-9ݔkVڼ!ŗ*[=4rw5Y 5#ÛtXי"ƥ
=:k:޵Ϗ_@	U׫=sλ}7.>ߛ.'qz`bo-ΦB@|frOWVl<0*<w5t]SsI[J+mT9ܡ]*V̚2Q3q]Ёp,)ǓV1%J	.)ĥgdDBӜeڥE-5qoܨP?U)Zį*XZ4JĺЁ@uwӞ˥1S]ː¢M3ҴD2B9OՌȵ?Z[Pkv8%W.?1@gEnŗ$hMV վ/FȤ'E݉5Y:F>̽6QNVKz543"(#os}-e}/uXՇg8tŹ2ʏj|#?fyݦ*{Tx=Ҙu`!ɟ_hW8b%&=DKTpaC<o0DRX]űų	ٙqTqٚM<F9Z
|fm)jyB~Te>w!=(^|gMNӝh.l;973!]uѤ߃Veșǥ^e8l*R';]wFـ4nMmI zS՘\fMStl|
T{nO]1	cpܠrT̹ ]FeD;QQUX~ǒ.=\U".ی[1Vfwʾ4b5EYo*.:ӂAڅ(Im xhĳ>HuЗj`Q\w6
JpvHC*K,1!>mrpfPwNՂWs5r؍RdcʯW|,aJKv0nB1Mc7Oϥs!+]4W~DOҘ87UY]Y=oB	ȚeȭNKUf)ix|]"0KO[:$6{h_H(؟Qe_n)2KA#w]K?U
hӣe8&ąyA13ζrw`xΉ6mA60Kףs8	mAZfz3f3m{ySa٤T7u[Ѳ"s_Y:@z;&\[sG80`JHDj ބM*ni#-Ųiԡr#fRشA
xJ1QrJHɟiPkJ54)E8fi7ɖ_7Kǜڀ'F*jmGӍsPry8+?_`6kggdqC^Awv=Q^IQp}`%ysdׂɰeA&S$<OÃHր|ґ,BqֵrI#ڳ:Ζ&C25DD33v,~o׀,<UsrD,+,:<x1ڛ܊ɏu{7E߉NÉgrT	kl3b\/kQRO:Ɠb,1$[.=_O"k@\-ۺV?<x(a|%GƂNέCDL89_U/BŤ,jJՉh5|p>[MRf!JY>`DsծzۧlM$ۈK.?5$NI\p*ZFa]| =wN.WJ@sȉzY̺p!Y|l@L<2DQA,\S"..WEM͟ż)EfF}BפOaf?0myF]ˇxZ!:	=[:lSуi_B$eHS9Kx$6JKĄDFֶ^ΩU=Zlyɏ-})s0jV,kNCV]ZCySp=٣Ӥ#.5͑BV(X;6)-L"j7D5*DLȺCiew+70-7*nT\ؼtjثeŐL^CZ+C;i`mSXs8DB`~H-lf5{`0lLY#^O}P9WQHЉL./(4m=YN<
@Ɵ׉\W_1*vDTl@\ĮsyЁI/٘wOC<۟!D;r*A ܳފ%]{zq(ƽ)aYƾ8k5X&@G7zCSkڥ!CԳCaշɞ+ј]hqi߿m,|i}W#vvRh9h+=`+t(m{ӯ\)A*ނ@+*@I/q|")@r/{Wм!`.y~Q8r/t$8HeQ+|qb/c~4&*ޕzuw}ʺײU(8g](%?<ҤɈ_-Zb)NsȮʡ_ɋ2vaIғV%cy1H=q[ 1ik,ELS36-F\:SPJ/8֩(;zn܀uBfC#t)۲Pg0n&VՇ[i G!-Oݹh~RN6{t7kg`FKcD\ӧ~Gj;pnQFcp׸JlP%ފ}xٍ%V'֌ŸiGPtkw60xvXf+֣XIC߇k̻a-D=Ɵ~}חSsw]2{%h5Εwl|i#Uמfa>fM	]wz5ڲ+3%p
Yϴm
053EĈj4fJXkñd
-oҗQݲ<==%-$-VV8=2-izkt+&\31ymZ)7bmz(2TZz֛anY<9Qaրdv6R\J΄3oxb_"]~:uySRıY}$.sKHRe(־}/5¤w^8;ǢÏsdϱ&/5N5uٙ1ȢkRBM|'Џz+1JN	E|TyЌyD`f1>ҽɳd˟CHյ6-Qִg5-:Vܡ$У(G߳D)*6eͨ$t)مh%}AӃƁdׁyst{\=1B	ҝ8&բіatWQޕAq)ĲjbYV[*;Ј:ud6t؈Ki.ð4&ZӮV~/ ~'Mgׂ$cԹ;w:|2%٦ci3
'{`FhҐőhJ0¡fN_iS_Nؘ)ЮӻȺz\ ~pЃה:Q]7G>݅W>ߞV	=ţs@Ѭg}Ƌx[Kڼ8h٪%}M
?aNW-׹dA'0
߿
V&UD__4Y&2E1r vE
Óe)aL@`6@GH\}[ҖAO+SU{m"I]`pj[4}j1>ҽQ<H.#gY.g!ԒkF^V>Wtү"Ǯl9ǋQϡ+
˱sC͙7NBwj]PcWfr~-xQYA3C@ͥqL\P[K̡M%Fޯ<pt*2ΊDc%_,)7Gm^Bd߭r-Jc21~Zػ1s(AW6ޥ\%<*Rf|d;bVBeLuḟC&(0;Ǡ5uۀW˛:0ubLLPy!tX"d@4|/0$ z~Ert@DԠE&.wph۾)EҮ*c(}}a3V)~7m}y#l%4#̒%Yb3O}-q*p`%X$ښeKsGĒPӰƕ
ɀG0d#oN,skΏlgs e6.F0LmzB*'ξ"˺A(γNND23Ұ#'{Ƈ?^`$Y@fI?܇3X<ވi*Ά9_JCo@!;{i˼ʵr.ܞ%אBͦ308]Bͪ vm4ٽ
1]?f+R4`7j&?=UʹTk5~͗li˹̧Tv|\v3xʔӤ͆9>aL:@aDEѮbM-ele
xRw;GӃwQׂt;uQ"w1ZQ-oܮ4rǣ^wuYʐ;Jx	(R
uZpUF˜A%>	pmKi{n*EvqWT;9u Ќ{WKtFdX8!΅]as UlѬi2+"1ZɈ+*0%=G/CO:
+rS{JШ?/}bsX?W̞]M(K(TQt{ړ!^M6ֿHHf|0eԝK0R/bT v7X^ ;lNE	ڻt08,+s>eH̗7t&+09P0 pr2004	Bp#7qOU3tI֪eqoxe@9l3CXR[	WfGÜ3tmmӫb]ɐ̶Ab%{P<#F)E
l"0$2)3#Kcx3aT\S<įykUQ6U7I|cY`P4W%@0/Ʋ2!wox*#6Avvp&q+Zv{%ðMC۔X6ˠ`Lͯ:G6TD=P&
ǡNIpi۹ƳT:Ѫ_IS3h_* &gI[t{Wc8x|p8gC 7"[
{Ne֑ѵ(X!ڢźPɔZaU3$8Ĩ"Lq.Tʙû	 ^ZOEFG^tϗ D~Μ12'lLBsEe jW͒qM/Z%Tbk>G|7~~A۰1J`IF5?%!1qf{z*̵O˛¬03?~^ZBT^`׷7iM qd"^eu	ETi%1NXX?NG̙4Dŧ oلI|ǈWAɅ{L~ӎaaUnu_zWH|I"-F	)*U@4"QJG7!U	Ln!8vd{hQ7q&cõ'DN1_2LЊD>6z^/Ҷ1wXD {>jpni^Kq)ءHAQ:$~)x967HR̳%P?C`|lC,£dޏ,ǄfubCޯ.׶U΅7Хsw6P5èȺ0YQWfU}L6̰ZiwS=eY"8DrL=v_Krǀ	4_Gsi.^]r8pfv)Z܄B9sվg6A2mzm`CyGq~LqGA/dD|Ogyޒar.XүH2{(N_5Fقw0/h/!rD6@cnOWkӨSw,[ZκS`8/43?4ql/sDFvVd`5%!7OS-ass~CR'Vc)̀tr%w,ƀo^tHzG#%m-ΜI۩6-0o;[,P
e,{yFku'HłƲ9L0X;2HA"x7ݾ	̐rg?l/^^ZZ#a];6>CS2R'bcNF/RwV_͕1,ae]L؋HPF31EiiMġky9qgeA:7դ}{zÍd{٢b\i3=w5weTԫ,^߱ߨʬN02|<ґUGZ(K\1޲ȔT7DJ<w|uƯ;_¬6ho]i;E$N|'qsF\@õ\'Eϒ	~%p(gGϭVBS܀~$w!9b@M
|AH۰t6b0X7֑*ЯfSe͘؅8i&wN:e5Z[H['M6FyQT%K#le<0Zxl|p,F7{Gͪ!Ĭj78Ep}(@D޳ WXz/]hՈ:̽yS*LJO4A`-&8dJ0TdFVq+(h,-Mx *z.zLpR'y7#ϋ/Cs͒T'Ѥ{Ϧ$V̀8J>Jȧܗl;IE_X0F_˙
w=ߵZrUy,F-\6Ph=Eo)&>-8H@EJGM=s<GhSbmK{o'~B :7aHj	!Z>ֱFGؼt5؋s,%}-HnP"M6w˦6n"F;YF|YK(Q1zN$,gYɣ݃yi8]9a%|@| vԥ(QԜ`=
ݍX>6$GԐs<ƥh2Gpo8;A_ʘQo˙,	W&g>݊[JLdk#8}`.*nxUk`z6@ŌKfشyinӽ5M/9RC3xaQ6/ŊcȗJCRdr֒aWT	ƿ+8M+vb[w;e#y".Πƅn	W>ɇ?sE+96_03q-^(X*rǶ6vм*E|h\T{e%t5J0Gi<j(۰Z!Q&HQY
lk&:DqKk=J]uhM*;/oFt\eOkwb. dX~K~]vKIQ6KSGʧVo>B4l]ynIO^ʮo#iITE4B9uH EdٶG&{\F4MLk+9ZЋ߶UQ_=ADT=v͂d
Gƛ"dڛ)xln	gƽؘh"kgϝ	%rn#oLn$Ȍخo0lc!%	jQ8KGf"k8c_/	%nh	çݴsתubG.Um|bUQ=כa{TT/)]"LY`JÚۏN3{zb9X r+2J6wv>W4ږqeҞ5u)6$kuďkHCmR[XHz\y@mo־U yj(#~?4;3x5C(ȗ1)$	OQsv͂]&ڲԄڠM<SIn7A@$,V+&:ziNH-Zhr˼TݘA{!:^ƍ4,Kߜ;7TjäU$UP%8c'9'qZ+o>p=#j{RP7T\xg0?b~LiWy{lkH.15"V97W`	Q?TsŵQgr	ȡhγ,T J#pUcd!_MB$ܑEtt<\o8;̂rbrԠ%s"zB2un#jޜ|>RX!J,׃FPM?|>(*k03a+5|*φ{%\bJ_ui̇CŭvEլ*i}pZ->"uMeJF&f$ kѴ);*(n=ɔ!/owLҒYKq<RMS8F9ɗLtЯ֒D>vDB^!,PC|ՑEqJae5=v}D[k;՚_A]4|ISeS<]Wz
?/òQY}Q/ TxMzОCROqR%bJ]"{ިY@oOݸcZmNhd)uqoŬP3&PNliNgiZbOtgM}ɾP@
RX.M:FN~1LQOh$	6".JW~reFBC5_PߐU|Ɯ[&/B?1EB%o%gʀBzY}<U3XpOYř$shg߇W$TH5z"YM67q/
HIL0rDF`:č5٦ll(R +'<BД(<M'^*7O܆ر4RtMFm80sh8|z]w$B$v[FG*Z&Y'V#޶BTkfqk)р[ʁP&&U&p=lg|ʊ+$D܌l̴)ό!d\uaHߵͭT o	#os!GoNGuVOOV0g{4Cp(	6ZRɜ@<)ۉ{>fb3ˁp8CBmZ/NLW+	xJ\iތ_ǇSVm>0(o$K{!ӬՌ:8@ȍ̔$ĺ~(Tut#;.ɰW;}([ՄuԀ-G{-UXIRNa`]h_m̝z`܍~gmx(e<ֹw?hJ9%{gPm\s]NI^A: w(qfdlCnIoOCGe9vXTؠPHrʃs$({ARu?F+0*A!,͓ps(ߚ%YG;"?6M"5cd?gɕRA`WϷ\V0YnӼH I!\nMٿliCz,ZF3a`%T~7]KU	?TRHƺ09ϋoɉշjlLv`K41˥L-A Ep"*2\GV|lc֔/j]ę]v&5e$۹244ƕ#'Zc2hlT_%ҊDYCX,B4ٌD	_ ބt׊;@nh$/kw݀Ccۡkۡu3_%Ase5,;m>45t-/t(
JUjjh`P_-̂wj\'!=9et$alyVcdJ\QSpSqe.?"AySQ|UPk>EPIKJ=xJ֭˺GxE{c]pޝQm}neҾ̕eվzNM*
ϴS9ۡtׂ­|	|
9mJIC	<r8Z[\ƚS6^ÖG));>yğS	8Moz4gSNr?~2;e"r`_*DxeE@-M4x#-6XMsohqo$n^M2f̞EЩhes\N;RҎċB;N'(pk[xe-oMsfׂqTcı4_k4'6tE$3ҒkSLV*4QX4<8q	'n+`^!aulIA.2C'"|XCp(HYǃ-Ɨ,%PN[ʂ5(Jߧݴn~4In.	!N2;#o	kAʠ|,&=ZBޢR,hܲRdu[v"(ps1t:ʠk3}<P#/
5COA5nJR.vdd{aK9r~*N.A`VBBGc
[%ѽܥ?* SHi7;|tIDMn3݅~Z^aMaU3ܐ0 6e_E9^M;]@_;/l$8{	(Y[G6 h[h%0Ks٥>u0u9jy>&fBLܦ/n
աs}љ5yA@ߠ$Vw˔?#;F}~cFĆrh N}ŀ4lոkcӔ۱0OC?PSz&QKLh<U?<J~Ԣ4FX+J3IОʲ@fXüzpFq:H-ժʢwwiʟ(<ʺbjQdzū]Z.?ݤ+
G?.{аHuB|g)k[ɇU*d>ΐۚUaάDZO_wƬ6}phy	ct֣~218dĴԣGQӓ)dz?3:Cm[#ĝ?"5ҶulJiܷXd<6Bb~ƃEVɘx&mVӂVrIl$[sD/F{țP͢kb)z#ۋyˌ (Gb!|rG>`fB"t3Ժ6Rb<7Ɏ^ȆhM2J8L=TP6Bp7QO}~T"{ƇosKCLSTr!Lɹ"mvRlVl)|zq4%-P]<hv[uһ?%2E<
HRĦ5"0'*>2ğ]_sg"r?Zni#ɇ 
t©QݰVBܙ4aWɃ8i%>eqc?S>#Û%8;&j	I*>֎S%+(=e}kxCY~BK5B~XjO͠!:h9ImMߪ֘Eɏ.FƆ`l7P@̀yR	q5J04|B]U-tN]+zK(O$hHǾ`ml6uJffS6pY|RV_+qqDo\A!UBuƝxK;T) =RrSZ/ZQf!g`̄P7E.4^g~vWysFHO˲cZ:_Udւ1IϬHXY
;Ӿ%{uǥDʍ!t9@)ŗO`8A yZ˄b`.J^r7z\Թkǯ;2h:M@f?ɘZ/YbwƂW$Tslԃ]^q2 bڐ0 LrY^"c$+$y<YY"|IW<\2o(Xdxe°it^*K
d$ϧs|؈]Vǿ.K RjoLғ@:w"HJOlm0
<91j=PŦ5zu'ĝ}sw#`W>[~
D*CJSRkzR>41t^)Af1^TȗeU5_X5sT/FtvREنǖHٲ٫qߞˈ:Yb9,CYR}cUT҆!RAV8gT'ؾXњ#O\n3ʠ5]gu>q-+ziuȊq+֟ln	ݵ(=ݟsj/'߾MwäG΢rl#fxʓcC-NΞsȧۂKEc'ɍ8̙̒wb^F|#SqbʡaAli>Yi3sXv̍E"`<Q^Ty<W,pG
ٓքz*h$ϑwx8ɹܵgA
֔x3jNG;%ފΤp%lH'wE|sAVf}ֹȲclT ^"f?eCПŨ*^άۍFT[C6\L	WI.7`lr@c6qۄn9mEs=qivdq;Pg2υd
'F5%.-`?RC;pՍXUۛyfdVuk4͋֙bƲ<Г~2b"[ÃP@zd^L&,ңP*4_Y#}oM#HüܪY;kSm"%ubhw&x^ܻn MqIؕKz$-HZ[%cܗ|ח#)gu1{9)
'm5
>Z]yHJ[ԧq2r|Swֺk/P,&H6Yj<.:{N=²}H!|̩D
uq)Mk3̸rLXszYա0zƷG?LֵrWEB%Uj˾-!ȅ܍`]%y`8zϽ9K{M#4A·n%w{Aq!;RKI	Nֳ	wwyРzFP>@¿(K:?uĵ
!	 _Q!UF>Fb65j`Pl2v(3W>`A#_CU){]~@sC'TV(s^мiya lUI%Ws2Uzd(]z"s`i+tUV`?];C/Yy7/YUQ4KQɈ?HQ߀2w3gMLE;bLسw9PĩfS?6T:JQFCʁǕPd",q+:n۳̳\u|{@8nz-PlDdhVbi>ÒFb.	r]YгxpRȐzz4nL~JQ(2A&TWԊ<l;_:mָPo+-~u'G]ZʻSՙd("c_R	+CbNjg(F%fp@YsdŃmĉ'hWgmDd$kR4YԝFԁ\F$Z;P,xh]Mo4Ei_ܔѬAh\t6ZụψX:@׌:.<*t~fk~)	ÁM)ÖnFq#3,13d [FѶ?TcYȪEgdc$ޞ%D4ɃlDm-"Ɉeؕm8ӆ5ڭݛ׷[--WyΆɨǕP!JkfeD ߇G}HBf<wĪV4bIɔRЀYk~Yկj6d_k`rhuڍbc~-ܞʺy.Z+2fC<,P\}I"8*ѹ >l	\C#X_u@jT8}O4eǘψEhZg3ǝAtХgJtfhr,YG n:ʨL_QƥjA=C{(o. ߨ3xΌű|ҨOf%6QP`H'{#,MM}zӁiCtyBn,bLʅ<a
D>UcqC tlTtͰܭV1D(nbMh)ŏ2۲t(Ñ*z2ðUS*3;PWM>։B'p5ʢdd@r"Pkz7+{JԋŔrz$´7R3![|_4G10y:>وpD,/9Zz@"I'8͆̀EN1WRSD~nU]I9ƬY2 [.(ѱ3.L`ªKgox'8Ża10nYه9x۳GRZqODiWTN!CRhU!1?H}̶\~9ĽXQJJJ0UĸK|wYٷ1
*Ԇîݓ`ūEZ%Fk6yE\4!D޲E
 8}.\+m4ԗb43}JM!3>e-G~!,p{ (S$g
FbT`W/?"u){ot=,b?Y
P9?ҥLZg&D)YƔnȡ۠A*c߆&ODbpz%`\fmZA ˆR	ԦcO7vscn'H|F,kf;w^tL$ TVRY>j֦<cĽl<q9	3TtF<zǩ#/oami<
|GKxȩ0fsBj&6ӿZz?¿Wní
eQbF!xEAHBǄ=/aWSZY!5+P7k8@I&kc
3{`
-=sbzwyPݘ&ʭUUj{bFȢY#F)Ku1D:a>#Uae2+.7x[gb.#4K7Ug7\Jc²<4Z'ݙLF1o\{MZ2̂D8~#K1ʞ4kI
ɀÉyT)ٟք-i]lJ.Tf|0ѴtSt	hRH@~zIzƄPoxcg^64VPUz:T++Ĕ+SpܳZB7SX&/GeDuɓq PWÁ%ߖpaW^OdcxڽO#MO`1uݧ/Ek_grmJ׍ݽ]ҽe9shB0u;#fsQԾIl^_MʢSr@y>XsfВ{04HB'k"4&Ȼ1WOb queB,wC\9xF̨;tr(b[ed yKw<*+i8a*A͔_!=,e؍DڦheP!.eG<Gߺke7*:
~7%]:Vuh F>x7MϺl #ĒASLąe&S)FƓL%+;qb)0`wNL#fwlRi,L_Hp]u8Azmk;[2xӾȱApTz\ۀBΠ(j#2ؚXFZBtG5?QwyR!HEۛԃҤH_h2
--9PŬɐZA|2ÐB~
	cn@͗h|z$D(×wqN=hY:-M[/15 M:E1&'h}hg>_mȭr<=i՜i=!{9][5!Tl1 !C2=
ŖfG~pZGkesbomgg:WPSȿ[(s*m4afRԾ*xPBҐm
׭'*s5ϐg,_ZU@exbh8/4`?68Gײ}ď-,$E6W1Aˀ:ǷݞmJ2>Ďݶ/$3e'Gnze6)9EQN2k~y#n6s
u	*eڍ}xWzw(œGUh4ѯ^w_FBI΃pv!M~CA/$U/~8XMjfM:A.joޟb5?@x!Ҧc;p~R%C]Jބ/]n*p3ƭ=nu"*ͫ1o.Π	)*7ދ|?Bה@~W':)
-.@A!)V"ڤ?o@
bN@s&2C(ԕɩr܋HCQ<)֒Uשk"QlR/];rR[;fm9t|@f"3C,̓](?%ʖ09X&~sGHF+C_2
eHHĜ!'n4'Z72LYlo}Gu%Z͝PiS-GCR-[XbTM--'\`5ǆ7E*#Kb?3%(v&XBBEo)lI2Ddm`r)*Ğj-Yً1mϔ9.v+§pWP2|²U?ԅW$ï$R~|p!Ӯ|=FɑŌeAHT]R2ǱV
|`oӔd2Fu{ߞIpkm;DKbyN:rڄarq<z{$P[Vŝx:YbtϬQS,oHG)%Jxbe,)jӼFdḷ;/6)^R)bb^m{܆^/6yY;Γu:B("Sn;q6{
QB04ˁ&Rm`c*|(GюbL>C^
e&??y&өBq]	A3;vk-ݥIwE+jDDG9<MbXd4*]&lwk]d+|(,Fb=*v_=Ujh2ؗ72eG5`[DNըЛvlQjC\nڞʉYz4;LiE?(csjfǋrHh@/"75q$cöΏT	_/d!XyڻdO^Z}uߦѬi8V[QN{;O*yѡ9[:7;PRݬbfwvûl3W?cK}B~#DG,BvLaݤҕxƒ^6w>I8ZorZ9xdwħ$MSLÐCƧoǮ'^kÊgot"OWV`<iG^:1ù%R$aܐԜM·-v6=	Ͼ̛jRѝ7Ēfv
w>@wδ+ue*Z1'.SDѮ%_Mdc;!o0i(Hϭ͵^9ԓϭ=U"U&]/4Xiyoȣf!tF:fԼ^6Εx7b?֜&hvMҠ'jK`Sxtz]^ڍHxf*H΢q+?'[)u]D~b:``V
GsHdYPMw,ٿ5dQĉ+g$NM<ɒ8_A
~((SɬYpKT`{Ό`2"ZٰzuԶTQH2Kց#	]@w;
Uȏ,:^Rk,`~$P>~?fiya4kw#}<I)*&(ű̌yR*7b;Olc*ڞS	5N>oS))pϟӚ~45?^;"Y5S_Ӌ
GB0$gEz':ֈ7äOoF/.}<_i#
:͑&?θEľ1tp+	1YG#G_Q'*<5x
6_I٘urP~:Ki6qs²XܺQh`$/^.}I7%OJEKb#ޔpߙ(P՝7otN5.oI4@c<)MIy5
6˨y$ѱ;9QRHrSviюZۮZ=7Ϳؖlߗ)\Ʈw}{T5N]+-PǑigDP5#éց$٢$gB77˺܌To=rR\[/ʂ--#uE+WrCl@5Ȍ,r--ujI g)]ːUAG20>Dua+5׀LF?okaں"lD,9v^4ǙK-Դ~dwoƚ']Ӭ2 rق\pa@׬qN!g)?V5Z[PHpVϕX^ܠ8e\p`y4(0!\_Uc=%!HY9}ocRX*zU
Kw-Uf3|eJ}lv/`!5|vMBPdqgGdў?{OؿReɈoz),up9$q|Rukx19Ha^ل|2N	h\<>^S'%߯,+HXXa-'63
q:iB?~)B2w:Sw$~+jK@5~vQǹ(&kleFz
PڲqI7­#22,ܝ]EYܲ5,ZY(Ix(M.^h/P}	Guz+xS!}VK\y]u/M:*jPtSDoQzCI}>tҩNM;o-sK,J^>a)A.y%Ru[LDiJTK*U;kag:j^&
2Ɠ<v%ZȸaСC[WRَb]3zG)K*yXh22.MSy~?b$ws/İ%RxD`Nۊ=,fVid@Qb4oԩՠX#ȇfTT֮MtD:	pigDJu|dh%ە,HܜQ+l
6wZ<*ٶٸp}8p܆ОIpƇVX	EA'25MgюfJ)e1Y}&ԀĖ[ɡ-'Xɥ|<a,s1AQݐӪuw:5]_x+W"	xi z̀.eZИI["<ݤ=iood:Ջi,
Ǽr0+Boa\ǳN-KK.#h5{Im޿0ZvHXƃslvN8+UuFbMG_@8s81֮71jb)f/tE}-^،1v<0P!Ķݑ!,,s{|2I(pؘނCy_95zɺ~\2o;}}YُOS	uҼҭd}xQo
2=eы;N>A6G4P]?2S'EsumfWٲfv=ۮ>.!ԕߩGĩ5<n	M.ԓi$ hZ_־=8>QҿIߡ30%?vh#`
ETqbul· ) $ڻ|RXN&˘I-0u+%oRK%aTĢm6ntm||3ʢ^Mjpah3ydV&?FӤK%GϥG0* <N3u5kLwK\ٲcYoYq	lM߸ɩHmar88جE{Rza[UZE͎Uhx\[$ƍeQ׻"vYڷ^ӠGlfzL)K+"U,:ќ$
kՃU_w^F#ϸ4} ր
N~-VBO*Y~;.*vrхCNQbh4-G|`43t+W<عmZ˔߽	|ǣ8x17nIYNm}%7fQȚM!EL S*ÛÓdc`ݽ"kԧ\9=ޖW=CPf mEӎ*E9֯̿-&~ǚy%5mcO>V3ޔl=o\\w)ߜSK^?w|Y_KUƘjLt1nY]4}W$ۉɚ>p?س=<ˎ,H8v0h}Isa#,}k8}ܝC.)+Q?'1f64<IM]؍:עݍs:[6*> 13_GK\q2c<PEP)ׇAJ/}ńk[(L0c4td%NUňHĳHvΣIHʱRV`וheӱu"ů&dmܧW",Tkj+(tgsߖPUk/]5'Ԕx0LzV~&iBoYZFם|<zh}"Kݩ*8
-aק)Rɋo+sfɬ>k0Z=Z^:
!zσWp IS`; {hWWH[(Kaw`hgHM4[r^q}LĄ-=
Pf1::)7؅ Ŏĳ_/bnUT>̌FA)đ9kof68F	cUD/zOO'[Pm1dۨ{yMn/!(-'eOT23^28ؤHr׵&ŴtEǈK@,O,vΙmƅQneZ5K[SuAI-,(aL.-KyVJ9JT!CɄSMUݗVhk˜<^
"-dڟh+jyÿJQ_"Xg	?5HҀʃP3GxC$eߩwMm^@o+<0ݠ5ͮa4~:lleNF]2!Iҕ-)yn=$F{o;װr|~Qs)Hܫ>5ՇuEGZӥB$_`ar$aнTbh#0	̠ەOWS`U֧JѰRV4m_.Nt'^[۞2<F>!aTc_NA}kX>~צPFo+y,9@ Wm%WLQ.IY/\;ud{Rp*ș\8oMhtb	o+C}ٜ*CE1l=].(Ҥ֝p%
4y^޹HlZ#.E~bBLCLOaxR#]M3$K]Gށ<PvdDQnZAO/XXAŽpC@LNݔ}+š6UH-{{N+=9fy	J35Â܂ZwJ0b׀Y)/Al΀&qwd}{	$IÑSŜ
8ۉ\ΌJ'3zMnsߨVzP<{PlihB[f"zg4s%Wҥmkh!Ze$DT'}}Kv*XC^gׄA@9A[2O]5W7QplRmG=~Qys/'1g*r><܎VFw&B{&"#OTTՇ>UKZA#XfJnh:ĉZMX=	_w׾t."f۷7>:7nuBL؇ǈv{֒8.rI_iրɑgqFg2~ƅyTehf,HEQߩH̚9+QsP%}G^zGc$Xӫ6bc֏Ov^Ĳt2$u3HK)\|ϕ_;	JpA^At
<=GfO6>̕NĜĽ^37֖cF53_$N?p~a^P͝{Zv_ p˻<* #Y<)!~v_{y9zSrP6'FǋQ],yv%])6ӏtVV]3u[x~u6V.O(U;V}\l0)0&;B؜$R!3,Ax}PV9^5EhΠ!As:vMW\Ŝoߢusb͕$9;$ȇidW5AiN˗RSi!Z4ɵz^h.g(PJX,Ti2/(6VsL__$W%	).%fA]_qS!/#<12d/΄#F.RJ˫n])B	bbAAtX{=ON-hy6ϊ]D9ĩMH(bVF%^.MRʢT3s{R
u9=u`4&̭<ɸmjR>9d'Y~wO, [J-]sԩT%$yFνM֝?e*˺O;S0:	ڧh~W,$6WfJKߜ(8DXW:uѪ٪FZofզ-UP.E?}GʸUK*n	6 9G~ۀȽqCJq7PFs0AZa><BϴԎ,v>xVn2
?j&[UEm"K@׹ӈMŮl'{_o~!Uε#ו	fx1efIΑ^?,w[܍jX[ʠbKfr¿@+ZbRˇr}׾ӯا]a^x$!X<p˰&
D(tuP6dw$$щF0JAaH݌-G[+in.;m%=U=2(:/%
v_~((HCJ/xkJ3BزG:ҬJe6`7"GeX"LR׶5-e>N-op<KYŵ6{g0.8H	{'@cSV1mRBTp2۝yjmڤUQe$;ηMɆXR@9~ݴO'9ңSZ =|X-q,1JW[_غaƗڼpbv0PƵ"LtGze'o2Arك]Af9*Sȼɉ	V18%ӻ{rqŖ-؎Yα)/2)uc׆ $>hѴǒ"2̞ -/g~h^$L*/mMHPl^=)ߵmj9oLe;]S3ֽȧQc~ͭBۉ52__~B?ɚXzKMR7(uE=z.oG"ًW?ӛjUB>[!IpbiUY7>e`zot),eەLܡ?;4ڑ3ɃNrYՌJiHc،nX[H¿oäzYzFy&|Ŷl/ q!
$<l܎,~&}[1o?L\xyWj` 	oHc(aX79őW?*3x/-YC*lR8Qn4e0Jzf˝@YmZ2qWN]Dج+c.'Ni;ڐ/;u(K_T NׯzٹpbR(xW6(X
{"q5"s$t&I*q#\2
Rhցl޾`1a=T5Ng-Kŷ$J@eASJ=~k.[u:~ܗgֽJc!UťuͷxPqƂ`pT{!Xl,4;tZmX>`@\r]܍ 
p28Ns(1ŧܶºSNfrVHLtDb/[WO4rEV'6B;DN;[Kؘj:to*b	ιyACQ+>??ݿ|f~ÛTlZ{Q`|sF_4vl9!
Yji?.m@̯_<Z?.uZ=mb[xxT=XlڈFB#*"Fqv$kҨVyf$n%TT]ԶpfxϺkNʲ̓0Nyάi-Όz`	" kzf=3eNx<'tW\zֲI$]RLpѝC!%ӳ!X-w:+t).¾'wSfzdԹۭ4Y3uJV+K|E;$z2sɵGOԖo۔TڟuWSהG͉
J)0n`ܔ٘P8Oч$}Q3l\mXGu8rݮ>	y{,tlGF:,%Cd|XXLtwR>/Q*5[yN<+Ji"$0w!*CH.k	|!:_ǞgO~Ad\̀F{(nژz;?9ԗ6
9EcIvt["5"D'k2
ʃK(a'<Y,i#kno÷d?ڏؔ3:GtΌC\XG-kjKöՆӵGCv' ՏvXy-/$/u,a%U`z؜xʕʕ^a|&5/(v:4[ݏ?AؑUfίD>vM̬T?0^Z(Ϊr5Om,8;#kj&"Wpߦ$
VC_Br5ӷd0+!A-P3A9=`T $\^t4ΤƗP9F=]͗x#=_Tmn.ɑoDУ9h#o,3F6ҵ2ƨpBCKgτ1Ho5ۼV}sهCGW !YʨZa24I߆%l>  "MF\Gkts͈ƭ7ql^H{^92ο]>~(Z[ R9ͨqKZlbZJooϕbL#Q!j 
zџD#}a1ngQU6[F-9?C>LSg2X.qE]SZhE4X0cfmշT;@XgoiL5ߣF4T52 @>0*Pu6Zԛ dLK;D>^pi[4|@m6.KiYoRJ,˜3LiEЁ\shJƳ$ĂSۼKϐKnؒ͏V.21L"wxέiwmz˷O"#jE۠?qߘʆ?x1sCM!6#	 ;ܽ2l&A9`ޘX[KJg0"/M+Z!	%5%ҔBCt!PjnhR dM*~fyPöͬ,-0b:5
fCR98e/f,4*Ou4܄ &!,sךK+F7>IuIXQE?|sYV8ƚ0Ho|f,B0~̆uR&ȩwG5\;0-_QS@#65ϻJ9I2*M^VBmE$tuL>eT;{U"d>b?#]юю*kؖ!T4;YS:Ny*7W{Á\Z	L)ҭ;ÆŃ+MUV"j^-QQ%dc#1?|r(:bM{m9_ű-2]̲}@>ziĩ
M]ϼL1+	(feTϏ-ӯ^ęoڼߣܝ4Af#ߎEB}0­X	,	> a\'gz"AhWJrax	Jf 6K,V*gVǶo&NJ8`zgXY3oȞ~mV_#F<89-O`9v˅Ec]]i|F<	@,ɖ{Dwv74Jkd+4a{
wnDRY^L2dkrQK|%LW7ȬKQp-\'G9 XFr<ۡ}s9؁A}Qjǌ'cgQ M~ bxB+3xĬc0ݤK1omnQzvЧDs H p݀!uɄQpܸY\FB,Ɛ'v(8pRloOG1.O>HVy 6yqv{{@;NA_*T,xB:̅j\"hfD0Hv$, ݆q=yK̕~[ȵ|Ul
 [V (CES}=)p8b~SCXÌZ:SϫПđ2q@9iUtՌ*4%p?Fg>>ADmQN((dۣG޹tARK&݄7Ѫ`Rʿ|8fMGKW!`~k"uwbٗVR.@Pk\8E WB\Dv+@z#k&ȀR]OQBh3HT-5ƝUFSٚxѷ:
f'4IɀVCё`L9F| @#j7bq=?S2\ըѵ ^f:h}ŗ4ru,wح
wqQ$%+5Sa*%rc]+9Ӿq,NgM#ݢVh]5iLğ|oH}7+ͱ.À308vHE_w+4u5 ^h;wU*wr{L[^H߷ήٝJ-hfJ*r/¨\",\Z75J²P4سwVŀ$o	:<,4XoJز@G)<o-8Uy49dV=.&:ccX{Gd	pysFqNh2AJl*>@Pؖ=GLhn^ެW:N&Օqֈ@Pˍ˭̰,{؉~ʠMdyE5Qp	e|7FqѝLu mIxs_7R:u]ʡ|)ڼ>P@־6֜	:Ԏb^N&W|tJ=9z,@.C{J
t:Dر"dQ<ugjPu!G0"4Yy	}$0KNE}EbRHUfaRlYB1+u1Z&D.0?E٭)gƫ%|)|^&%#pEzGTط3W
 I9N߿pqC.bmsiRFܞ`KE:UQVmH}BJҁJP8ІhBiV~6?rh:)jCdsld@4wd{^R7' `ӈFC};
vlYr;γ	7^K#hhHh%1g#H Fg7^>aJLhE֤4pћӈGvK)d5[I܀>$5ѩ7xƌSէ/]W#ya*6y%_!b
_h$ޜ"= }4onypNqq^ӊ].EQ3L9e˿2y*O_V.ړ̂(&qTd5gq߮ysޤfbpx^bPu@,f+XOuSҁ.@5X%nhxx@\bk;[ e&\|*<]:POjP(XTΗEP!Ӱsr%ھ{t%=j)r:zAo)IY[}snTI;FF9uܬ\!_ȧɿ"W]:JAqr3ϛngڂix	Kw3/ߍJ~Mӫ[&U2>o)W;Kx	@qMI=~ԁw̐w+.?,Zn~<޽[gAoMQu@֮,tcOϳDPM3^3wIxLKU\pE1 ɒPǿQ7|0<){>IEդ؁,D
w߳IIܖtڽBa*,vKq"49kZ%]0(SGPyZ˭LqE	'Pt)u-WC\]Xij[4݀[ZgP2oC%8ɴсQQF֕V'q/-TEny#E|oXt21ȸF]!PT:ӍSuo-2a!0eݕ*
	؏D:8jʹ.wA 
*V99SR;q.4hΥۋϷx	Sf`p˱ƫL`(}VӰZգzlteڥ?dKw)Ayvn9d̿?

CzMbWw#ͮ؈"9}.tۚ+QXq:lqyc_}&s>b}Q>ֈV{Y	37+c;)Lv"L]/NT,8&g.PؠHa6hzŒH/ǣl_1j&<F_¾ҝ5=ԅ_E?6xdNaB*qf ,lyp("!tNhEΝ<Kx*NϼABمL(-g;0<)!5^E[ŀ2i٣w[h-n#'͘Yyeyλ\.mf&iQ>$l`9$̾3S̨\+/ʺσ9FZTD%:%ZXQr{'ЫPH16ͳOn}Im#tDvHψR}/`eۙ*Y_I1ϗ$LիȁYúi
	>1%G0'3XE^/@Zfa9Vja`TbG]\Mt~t	X҄)nEڠl
HM;(C5̪(ZZ޲Ƣ~V}fr*`.)K:ߊsM#cJs*ܖ+B|ˌH^+@D]A*W߾RBy!iҟgVġ	?P8GԲLS̥~FJ*/Xƥ05:V=$VȂ= :p
kJܪУIFVef.7v%m`Aқڽ2wߖ@ؤ[-ˋYAkdեŪ;	t9")!O8[Ȭ)SGAIlbKW5	[)Pmyo:OhLz,nKQykCX;xY&(Jr R`z DZ/7*ӳ0HIK>n-w\rW+B+kЈ $HWǱ8v&Ĭ՞QQ%<-;jAC )RY\h,!/=r $p 4tJBT!
YYٱyE:$r:e-PL?ӻFȬJ!}:?r3(\ʏwDG1_a'dǣ[wHl͚**. X|ǆ}WdǦφYLzJw;J$uA`XhqjѺItL҄Pظ~N%<zZIfNaª5ǜ4sEl-KSd_AAvB@J{8;^E9NkՖl,X3uka%:?s£@Wt5
3U,'Db(I-Xm\`LWLl
9 t{Hˢ(+܌Nv2&'),-&YG1'Wb2h	uMl~a
Pqa7|c?Ci6>Q &l/Yp{+b;4>5~$7m:]K3Y{]Jяi#fFǡ.Xh1,m;/'K̹>exH
HR^OrޚV<+ymgãջUbfэC?utF7e3
4e
UFkGT'TN3(V0|̟_9ި7SކBҷy?#bSP׃3ʳnɵQ`,;S,bYzD??A6u2jrjaa&b(ײo72ٴ{"d	ܩ"f9.$ܴ)x%wn1~[3)<U BpPvY.ѐũPt/	oڦ(ә\:OP*W(RWѭ˯IJ7z<̧͠-D(=z~Yu60ǰзι7*!d<͙N'
Lѷizm]Ȋ&uOIi%j EKă!>K&SEo.HZGˣދAOp[ttvggFXmX5>?RR>Qc,Đ3.q.1.>eC̺q
Ũ.96%uGQ5#*#-	K}9p4HzC|X͞6KS-tD 	kq=SƪsJ3t;w(<[7Nxݬ_{1h5^4'a[u`I"qhv<k|,5a!vځ,˩M*bjN62z@)RzCES7]g?:uya)ч6f<W˧jZcza>3ykQFbs:^gk7uiSAzUAjR'yNޘ[,;O;?Bn5A5w~	ru7GA?܀aq	xl5~P*1&"xRɟv$؍$l'Ŗ"5t+"Cَ7}$6ݗ\:rF@mX7OBܑڀ\Ai9lu%Q:0EzLiyN-͞Q''Jpw6#ՙ'Ujrlޤ-rKi])*-y~4OTrkFk>U'!w$!*Zf;}́Q*lOu::?t&Ήԉ&!)3wKvBkS{ѕ;^^=Aeuj;3uPM!-^Wƹ,'NPݴ!mq,	۬czSfoNSo=³;Rs7Y ZeWH=ѽ
f-Eʠ&p5pNӓk_Dք+fY_qN#^D¾˭=9TU,V9fNl$rIFtI<r]T+HV@h44zBCWNKuvSĥc
l;a٧
~"6#]Nvf}TZE.R$-^fָ+4g0ϗ&	C[pcضLc؎1Bք%J7c5.dKVʃoA>+8c?z5A[PM	3KgZލ(C0]!WBSiX҄8}%+ˇLz="1΂G/tdk967&ݙIp!4[P$v<NϣKWˌ<z	v_	DMl~|.O]{L+N!=ߔ*J2$R[44uLŹ12Yuznթ^+ 
׎M|a:XdIw~J+Qn`R7|0ԇ{џ!'|1:1¾(dK[JÁ`1_PLme'Q9teoOFwNҮNDY(ICްt8O^Uň^^ȡzcO۷Ĵġޱ\jӅ0rlCa$@D]VB!>Re[ݴ')
u0m\Neޒ_Ti}ҙdl*a_Ʒr+AɱʲDܠm6tqo.vڈzi+`	Jb1Yc%yfG%orEj&/_41u+v6dgmRPTMȯ5ǻ܍?]*H`'dg
$ikЕAʊ:<:n#)wf;ox|NRA3w .)/6ޢ(TRмwX~˱`ŏ
lëJ<0,@jmϚ&K0eu4jS!Vlt>p-5[Odȴ÷y"(TdL{ōQ&CYe.H5eeK޴Ñ\׊BG[d^K`ٴ&̹
DRb^RCԻF<>NYz"UC^ئk%?sތU_ZT&1M` "_G`s{|GuľYi--G|`0CǮ*]5}-JDx=D'RRkJqZI^I]e^XBJyWbhU:ԠDvNczY§]C;EyI.ѹD|@REbRg8ΎCrn\E՚yq9iͽd|HL*׉8˶ij_!XIg/bO&yC98Mnմ5|m1i!7/ոoIbok85kUAU<ԅ 6w9P+tn$VQwY=ŢW]P֋xȦ)'1^"lݥ'>Q%B^,9'W[	K;aR/j-KXZ^z:͵NKȶ"ar9dU9.p>۝qv/(Xɐ?֕~EU%TͯJJ`4XHhef>PE]wveg:&dͫ֜N0ԉIنf~Ri<)fd]-;)Ԥҿh#<@ëڊU-r+)<ѭo;;vd_d@L¡ӗ)E:m"-b ߔM$dԻ_~ɒø1~mw{'~S;ܼՅ+OXBK
D/̿*>tnŇ]z j:9wțLz}<'"G"OxY""N1/%r^%gD'u5,yD;!XB?9&$>@fQހ3+К\?<+^+Đdg-x/7lNf6}OVe<z[>8X?޼T̏kFҫϦ*2T(qyUl?p!0DSV߀#]ș|]|tֆq4)OvO.*DddlDvl9/)0NɨBs@NBҾT?VP<jjUhSImA~5v2;9.H+&U@~Fs{pӫO#'M5ٔZrݠs}<	Uirtz.ybMxQ<6$$uDT۸Y%ȹE~.Ҷ!}XjS66M)j>D53=(&ˢ8dY KIq&lTYt(`vM߶\tTcd*z(r=s	"sz[X`kܓ(QNԓl~p(ʁD>9s@mdIp\}Dhn9wdӍ:*jWG*b~ZhH@@fW[]q~	Xnb6qK}Q|w^0fzDEh3ĥ}lQ;9 #8Вhc4ƪoJ('gy"!7NƼކS5U//
ͪ`X͌@W!r'L:׸|^)*RGØq0mqTYǅUAo_Tx8PO<QA[th7	=$J&vT̌%h7'KkUh^m8q>}RM¦\ѳE]P4s7Ro5;gw¯<&~v\uՈȾ|H0aA@]^lh<kDb;AF('e}68^913@Zq(߽5٩t	erǾBqlM/  A[?BOC#[YR{&w-ҿ_zQī]_xřUBU1Q͏->"b.8zC.=in^r?9}F>tنl xNcӊr,5ܟ~/ʶ'b1ývms?>!RQ9%W^m1]1YňFhm)$0D#;p[erso4	U\`RNj>fuRQTPūs.|HD
 դWeӷ;mOm5-SL#seZ_vP2Pr$c/tp,AjъrfXVCʻ
/^wW+).yGE^0W@XmuA/8	ѩS@nC-;ݺ\`v<0.̾غ~ӂ&.}kт*Vp1CÙH<ZM5ywxxPړ)?9ϛ{@0ŊJ@85*,6<=3%;չ7ȨTGl5 |ĂeSs.7z3=\Ug+TKP1Ȭg~hu1ɐr~@خ	ծu4xOl)<HSyβiKi֞ӁKQCc(Eɋ=Қ
Y^q3~.wԘ9̩bI
`_Lk/mL
 u(r",~8
tؤ­!X#܈bmW'~4)
.wC"YU5~DS-7¤ZD<7ǘ?=5flIw)h`Nxa	1Ƥ#AȻѾ**'l]+Mÿ.Q<ZƜ}ծӅ߁T>T
mNzwͬXօqx8f=o=P~L>ڡ7lکS`5<Ϟ')S#N7ˁtjTє|t2%e˩U`җˁ|ǹ6;=D`<;VhL`%M9:dP"K?0I-G9\5Bx!>R̤r8ߊJw|u~y/ٍ0LC?3CџB2-q5<oP3~3
ضIt`d,O~7Y\\uſߊ^yDK~p09\MْbH6yV	܃S9G'/56;wNJrǟ'}:$'t7-u]R͘^QStqjxIG$CF^h>RwwԀݸ߽}@vKɶ"kG|]Eϡ61G`~8b {QМχSR&Xǚ)Q_)BpfC	B }=K6.C)oZЮgڧ	8jU<$E3G4<d2hdyIͦaV]qD/cXMmZȾ~-t^ۂj S'6*S2qS˨¦Hʞp/:`xu0 Vł71A-'bA,ǥN9uOZ	յ#Zj;@fD|f~!`:K
B!ȬlE`
\a+J/,ABƓ^!F4\m%W^GWZlEt j=hl&U27lG0ZWr|XVgXZ۰:
o;PK;ۧy1UJ~6߼W՞Ȫi,s4ޕXti\{B(['J9W1-2:l->m̖'3͘rxE*7.nځEe-S,*ۜԅ
6
-}݆_H\yۢPAOp;Y#^d]o8"SI[ePRÄ̹efLy6Jr<%7JFhZ6;S.T9 ={';2L!ҠBmH(\~sy9ÜUg)\Y>d.ЂȤ_s[G۟}	se_|ķۂ]?ާpyQH#'}%aܣ}&m2qlЎYr[{o:|7'V|8N;|{C'i'mJrkq#uMWa9t#TJq9~$iWìV*]kEx˜O|Ȳ+{LHL+DP>+]aa$dCBp\T-UͿ)߁U;ʗJ+HAnY,u3=ҢX:D4P1:sتH/##R%2#nR֧*<ˤO660NڽgNʸ$N܌:PZ7Rm9wsF-я+P˫T1L&TO@oOE`-br?H;1_x$A#iN];,bE_9O;>~һ+<>n]ߌfd|4{H-(ԁLMv"N/w 
HL1i<!_ktuȱ"47Y4	É:d1sJjz	H\Hԟ!%d\sTԑ(MK؈@:>]0:hNA=_ַ9skqr	/7Q)1<6PXv+fQ?YtǼʗƩztN;^~y1C5QYby}ҹQcYZ-p'!0keNmfٶT:D`.z)9$4ރQ6n+֌&0]\Gg@NJ"3ҡ#\w{ưFMUF	ܺs>K͊1Դh!eٗ]QtƎ
I/:lR"c>08lirѬ9
`ˤ߽XA>__Cӕk޿p>1ǣ?6t!֟˥|P+wZs,g5Mߩ,Rlc{ii܂~ӾR?5\n7D];-ۇ4fe2NhaXѰnLvhW_?(s{
F>ywr)z,r$OX5!uβP'{
dŸ;=KApG'pY]Ii^P
,Z0Ju6bJMIE͡O6W?P5kƴ]>1*lx<:$¡##TL҈z۵eھiБX$%5.TR0_gEzdևFϱ7JݤՈQOq
h%28uç#EX^!AgB>܎d@+yb7On<$ԂO^:Ō
P;	W^`s6t^3Y(FTyRV*ȍKۇ>y=Тd,m|A7gU.lH2MnSwxl|̆NM*zV]C3D~V3#mQ&Y%0uѯ=]ַ	v82Jڰ5w~'iV@?V/H(1hrc5yZĐHo,&ł7ˡh֪M2Zg|i*?C}0dsc9fM|y+cEݙ2ݍdLIS$?%*#RT*ً8' ݏYqz%;nkۢ{-/X6?1vc<GA@qc	su1+ݕ>A͠fWWUP)&?"ʾ۸Q6P''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24153)))
