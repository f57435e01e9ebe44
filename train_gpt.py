import brotli
n=a=0;b=1
for c in r'''@m|<	o^:WAp<Sns]@-UKfszjt*Rgڞ,x;L_+0 ۫KҽSMÅkp!qюc(
$hf<{bQGUL44W)ϸGeT#qn8LGw	7ū MaDхc5IvS0>)۞=k@C<O5?ӓlڅs oB`O>3>ELk% vw=O<B(|eςK|+6F~8		؀ߧESba4Ͳ!4ͬ7x;qJ]67fl3̠ƛƵ`m0ѦXdS/	;NH~3MbC1PCO4ǵmGN
tw\K%7L{b6s	u}JgW_\t\
+{6+$3b<,[.G׮.Y!ب%q=Ȁ+d!޻kˬӘr$8<ިvfmvݦ]>lE61+o/њ\#i[?<pwoYUƉ+1do> 3k3@I85de.Rr6/|A!1I,ŧ3ZG4ǫ"3,z&vixSNi~hS	lMؤ0Luֆiluڣ߭F=݉	H2+R.mٰX^!r=tú#Q=C҄is$LDHQaԁG2{K~P<Wؽ2}%'#?Гּ79tV@0?7\ΩӨUS5Dh 
{GG^`
eu,_K+ѤU"ܛ<@HX)@prDz`D![|jܗģ6[o=ZTńZV6xb[ԾlvWD?\[IX]ϵ8Ղg.=_P@)o>ɡӫrބYqCK#À6A%5%9=8k2% c+vK_ܠq[8$C)UvvK&"tYo'+I<JɘɄ_Z:M-/r0OOot@FW`5ï.uI;ѷ7y#tyFE%G6QXǣvϡHqd]"gE:,xG|y6mu`Z|tNԖ+0$r^@L7|~ܝY\ĉӯ(PЦ=fgb0_W@\x!"Xт	f2z[M*nJk'l{0MΩoՆŇ̘|1O6?GWL$h
*DΣ,[&xWW)XuŉݮM"!K؂ÂWsA5ǀw(To.LmOr%If؛aUg{Q޲5a0};Ѩ \{+̸`zfn(/kg#a!>T$%[4tSUԉxp*K-6wǓdF RPaU j		F[g~e1"-7ŀzeMgf@ovZЋn6s?p^PmFF5ԠJͬ?ujzؖpTE uoT³nq*߱ȸX,/+B-iˋgYޔ	6O·ݿΙ9&X<y+B5bPOl
 AGF=$(4US=7ĔiVZ&t׮d
7;e-^KZ87NڧUo;kܚ:޶ء\M3]=}3^E+Uh$raPx{Z߮ٮlmU"@T%|BTU3TJǏtKK#z}K<'J ٶN	,x:()Gx!I0̃0H2P:$LzsV+g!_WӢǐ_!8_!ET՜Gu͇'Jeňb6EtjŶe@иį&:;/F	(-q\wl!h0[aPmV:- JMc1k.[@e%<w*U*
·?Uh[O߇ɺIt"@[7-ӂPQ.ֻԸ_՜Y/5˛J4~rOuƧˮe/l"3VG;sm&u"IhB+6܂Ԇ6ʖȉR @?Òvʱ	{	,ܰn$*9z12Rt´܏3cvWwtNB\&śt~r$P߱-@]e<%̚E3տͰ"fHX9"$d'K0ߥ7ޡyqTwڬ44$ $J0Kd\Df߱8Iٔ1ˢ[WtcmnܷkvT>ǾjDi!ɳAc&5%:qwk|>jǒj
;\*.VpqyigB
-Z^2HD;FZmrEܹ'lu?޷aa)*ǵZzDohmSp);Hf>dLV˒t7[:Q	UG6Yq]TOˉޕ83Y{^sܡW[dJ>T">?/D8Jn͛ӎ=a2+E9Vd6ix?׎%eT~kiѲը7[܎f}2pK|pm#ɭI0U״Xu^}d+ŝ%gܩ~)w_=z
tC\^j@WC.7ǟŢaU&x*;^Ziz~0Q7OJ8HsW4NZ,tsç`A]Ycwe2ZG	QQ`?d?=NT(9݃?D7sPĝȀ}(U_	.Șˇ)6 v_/ca[.t FʧsnWJ`ShSMG&0PWNSǺ&I2#gwQxZ rz'6N\}`|ejtؠ-F
+հ`JǲJDģ4r;hKxǫ{!H}ߐq8e%׬reB-w{apl{dB͉OĢ
/ƭTS[تJEEeLbqT	'~h, s?irޘrGӳſȶ,Qƅ^8>ͯ0%~̞;fՉ4Lю=eC{vo15g].k3cfĜ<ќ7YJvJL	xVvd3CqO}MpoíYכݑaxӜ9BjrEK|;/sGkv8ݒƒ+*&33jSC(rx[D0εai{8mCE`kZb̦ZhY/R2r)?N#e׾.I|,Y~(3
]Қyvw\Z!)%dCGa:Uo;^UlC[D?FxAɷ_sB1&fVsJ)mg wERgş4xls\aa-,Y`(L	*afXF(Ĩŕ6Kwݣ:YLQ>UB؂^и?**H(C|x&m?=$\jКwlRȂŜv(`9Ѽa!{qpo#Z*.7Ӯq.iޡw.[FL'b0vk'O8aaĵŀ&!Q5Iߣj6,>+{R'nL2ev
(;Kǳ̠b[0lE"=g˼~8_I\Rį>Zl',2uJ0Fkn!?lVGy5tltOЩ&&uo^obJXugխOAݼ l./2Н8װy	i	.*ףth}]$z?Cҍ)gw,K<,qia!Orځؒ'Fo)y+W>")^Fd^ŔۇSx}M"V`F`ɣc4G98EۦB9//V*0½s1ވI-Ԫ&,aϻ.ۭg56(WGX'?5[Uէպ}Y?D}~ɎQJcp`#E׫RHǂ
!;*>#۳ӣkڎbwƛ܇~eC5	a[~Qձһ+%K}O48Ln)T,ivy:pcM9""4^P@ӷ%
uq?+iOځW+".ZRrh8F0Ϻ^o-|[8dtā@7WZff{06UV1t.WrlzqG]@6ؔ@[Ʀ+ljR\rU/K[5,I%C)ùz\ݝy^!u'DxqQ֚R-ϋģ7lAƋEݩouE#=Pދʏ'/y2Ge5Z*Sީ@F)9KkɿH:Z0FbbΣGa{PӜױ:dM|[yhwM#5X7X\jHO,͙*&_JPa 1E:LO~:ґ\%'vki[B
woDK!t3Ht!	Hjzsӌ˹'1k0B,ok-$V*Rw:s ?
ʟ}4#γpČfk2e;k1 {WZ`
vCb}Ad10oQLi)'qA2:	Z#HTحK.PHI~6A5^ʠrx!Y-9tT\54D[aZE'[@$XU̝0CԒœgMT:N@o|1e	numMI4[F91;¦Yo?H8%eO l,:g|pCy.f:$Ho7}xk"\7ugwvh`z`MΏ&x&A;P۩Ǖ%kj#gb@݆P<Ϣ+vM+n{4WXϽd<?&MAZw*~=1D|I
EiV+˻_~XÂok6n]ށS%R,?D#[l }gv hT,VKTΞ|>8X<3eZ
hOC}W'oʙŴԇY];OǤ_μ%K;=sCv}{]WXGfW2bXφ%Qh-8=Db8ZXsYhB~O~ux
QJ7tN{(!ؿHNڵ	]թAC-:~c%K{=֩ӓr6 ΂݃LNdi̭~GYؕU^muCG!x 1˘kxMáSãC^#S)~BB^ߏ0C^2VZ?Fnefu}>ͫJ]}6*%)ЏQK#hy&-äLpOqpGu=X;JDOڴ=Bͩף&-SOʖԇrOլ.mł} -rp5`-+#A<A<ǎʆϖϲxd-MhXnȽ̼s:S4Px
u.;Q.cm?*Dq$>pקI-1_EgQue[7GlVMUkK,vM]@p\H>i]ŴPmFN(fǰGeŪH`(Be{:$[}Lbo՞eyj$"iӏT.޲[$VSk>(ɮʦ%دZѭw\ѺۃKFuÿ[]+)0´FM$ٝ=P}Ǉҿ|hvQW
E_MݖvM5TX
ZW)B	1|<) wܕĎlu_ ivt=%ٳѷ"sk0\.sCS
~hV&ƕkZ,"%ھG&lb`ª3DMxz7D`koA#lRܡ$&ɜnʌJRo?(RLBzn̲1lT܀ݵa5TӼ	ܳu0pV9YOFvVX_`a}K~3Z1z}љ>u}lAȦnT?RLP+nָ±LLe&;??!#UסZAKvJwFê /c
v\KhE[z,
X?ߨg	3nؼ26|hB@\z]l8`Ьжɻ(ݶ0IF܉Є$/DUٹzY}@9.Zܠ$xs^˔;NcȄ8u{^:xq4XmP C?Bf$.]0ڿt%^z (čISBXH[f۸cٿ}$vu"1|=p@>vk?KghF̆OuUIDaf^u}-A|QG(<'k%xɻi DJhd%ƧjD^)#@L?Cd'ȯr[4t݆A>>Iɿƚ)El؆ް۹ų'ąSBe0Ez0cEqƔcM5rȃ6Z/}:Бv7	]'M?ΞlyЍ
zzdϟhJX
Jݥjh
RMqڥu!V		܁4lTп&8LaR<f@`!`PHi&qނzjF`եtJ-~g3}B.ڃ651ԱG٧0|Ӹgyo,Pag>M`Z~(K2]<`nGo'OJDQt|Ӽ(C$hձoD[0gYHe@:bJ
۵=E+iĔ{ж$!Dvvdnh9R=Ȱgkǉ2&\n[a'`uA}{N,
UF/U׼ψ-%&R2fkcM?Zjҏ\ݏ|b	`Ӭa)LפfܕK\u_gJ1'6PTЄz?*@XWzsDf/P½ |`V6Y^Ki414էG5sϝ*u@aU=Aj/a\<̽PQTgO֢&5X0Z`tv&o9=i;&)cΐy
0iwʜje(9kV=˔mdV4(ZRDri>C;6?b7C.ƒc-YHLr**5$k֧JjlΏĜ7ƍ=SF-~&Itٿܟa6|8tMvfw8ZN(S,n	VWmGa	i`.2]̧;9ɪ^0'KΚB%eyԅSȳoڸY"6zr	߹qCg&Z/Zju(wDP@ӐXKPި\c}8j|ݣ3-ͣa]Ѫ5xg]k }"gBuY\/ntT G`u,?N3[M)*iӐ /ɸ#Ȧ^F.~e?e=տQa7^,h@7Xzo78RxxN3Ԟ[QfLVTRt*6#l >8Z&|ʄI>>*}mJdV1]eփXүSx_1j؂xnҤmh[ڪ+Pƨds+!"a9'ԈLWEm7Uj<n',ũcM0/'.נIֻl<CZe5_[ڙa.ɀ7צ<Ƌ@&d·"7;0nX!!&,=yDɣk0W{EP<2fLe	CaĐ)
6#EQ*كvGCoZRU:?`)6z %o3Ҫ/6=[Mh7Ll%ʏЊߙɧivS>[@tۆ0P=-ߠǊuWTQ,7QB1v!=)B0?xж
`rZH3]ggߝhWDNVZ$ӊ|V~kZ̺XL/0қ"2)^˟FۭզɤݢSN4i45=S".֜Z݆501T:rAB$K{*-Yǣj͇oް&?W\8Etu!ޓ*ƎsD=Ϝfk
Bpy`P5A].ܮ2ŕ&O *fLݘ5FY7zwmoA3WHLV3T$3ƍmv(10hlëmFXm{wƫQ`ȞJ@mtRFF-ZպU'y(-K%ҥ,ҺY0ğF4'+fξ[RAvZŀ?ڙĥ$4xˌ8ҵvĩ7)xA۶DͲ
GLy߲A7|=2qlͤqіP@ujaƪр*G¼mneo3d5=^y<1MW=_ؤu3Q\mñ̔@V%nxQEVXJx.py:{,D9>	
07VxOnȸ/]\LbE
3hȏ*qЃ|Q<T3MgHC?|ԎU.:g*zH&1j/*Z\qokg](ssX0#@& FT?ÆsL_cɸ0L܄ҿOոӖ7<*CߪKW<Z9)\~cPD¨ͪMVƺ>K|T2EMǭ?\lUsʴY+ô4Ϭ*e&i@qհ9ǎ	t[@"	%\7:iڵlSM5Wǋڻ2x25?h[ϭ;MMn&TŃL VTϳxA&J{¨:̠	X<os֌u\+Hu_i7Õk^#(v_y)#=L;tޔt~ؔ&8RV/Ԙʡܕ3bogzTe2{
$d`x{U,/,ҙT[Y^[RL̯_*¥6\i݈aT	)|D}hkW}qSHE/s[%ݼl&7ӡz<"K$03ʖ4sS<=7eLH_(3H3efjS5s=iHƷq2=ee}--f6+TvN@P'Җ^fNs(>̳2Ŀv:9\dR֧/^_/@`PZx#t+ًf(Ծrֻْ$)'T}?_={?x2irA׿Aɜj
͏?a7:ݑǛҰ=.i,
طv"ъ;8"wp@ZE5_>eNF_Ò:; Z\ t2ܜz9hu"HO1Uܝ!Rg"Eq/T@gM&ؗlXnf)M,":]؀
8:
I<^CFư,\0|;Eh2J,.`N|_n 3fÎΐ@3PA1,8SWA<ܖ5ռ
Ż	ʔHT&4J%D+c 4P~rҢO^Dr+Im˚́Aڷe1Wg?O2^nraoڍ1Qg#3:Z<΂-TFbv@Jz'M*_ƚxxKxMm̙s6pŬ]۳1Wsw cI&֑/ߊsx=^Z6vqMW p&sliIEEث}sh<
/JP*#fLF ҄u[sgjZ"-(;ef7dgΆ#TR>l:H09֔u (0-5VtՅp vh#3m3f?LsV!|.-CdzRnqLڛ4I6x'%{,)wЂlԮ,g!#ͺ/ߴHCȺ`5[]VO[),~H|H<yL0DbCP8rU]8=j:a>ZX^t5@zxGv]*]$ɳقv^ Cĥ`iyFʍDE7+\ݣ(LprJb֙rz8aZ/]^|8}3Qˣf)*s͇ʙ76b,&Q#%GcQɖ+KZ=i{Nh<u`aQYlji@*NնR\|q.QݵԪO*>zQ?- k\_;>8!Tʗw@xPJ!{\0uMvx)w+Aפo߮5AvUo
R"q7m] {UN/_?uO6!܌\ܯ#n/EּH0
ΏQU/'0=qOSÔ>QcxӧRJ!Uͩ` va{Od@_jM
26¿S?*f2FBT<oTk5+t$3:\!̤i#/_Ī2Hf&52Ŧ3_;1NOBKItۓxsy?ʋۣɉ*ˮCjHB1߶y%r,ThC<̋=hE%2Ilw
.ҹmsۑzxpE^;oۣ$z/Hʊͣ2?ѽR[-#4pZTЌvԭ>=XAmċgaa= +LIfzc9,cU%Uߤp_:=̒ʥ;d1h,
[-3s-pi~@ԅ22~"x-ZDrK"KԼ;S5Kɒˁ@|c`N~'4tɣX+.ȳsd8-H"eIOjL ZbqE?c>mVUf,A<TV^y6ۘUݸa#pќ2EhN_4զ'Cg@%_@q/_u
zI~
؈Zk[V\TYlSTƘI³lI$ƷU "ECFv3l˭&t!Ϥ~=;`m^h
6T$g״79ǅy5f.б8Q7AYlJݔSM}IM	CHAVEe%}	Xϛ#mmQPw6H@ݑ o;Ppߥb/ڒCgC!d{HzXE='?L/g2pr]ΞM!I
*]»%9ԱQ=o?\	<k֜Lς$,}u'ܾPU͛ym,g	Hkc#y ]Px5ɩ${IӛMę	"bq׋CIr0jB}	z E-	{BUC
-=qb[aHIbeȪ8ڭydUn?̴{C?2<9ߔ6`ʍƁdt#).Ti?N/#8*ޒrܗ5nBDYrgvŪ?K("yl0]LGZT(0O;S@0N`>Et.^ij%_Õ؜o-HK8)$<DW ԵNg sMB̋hZ6v?pYWh%l̲5ĿImŠr1Vý0 Zޓ[p"pwش.ȇTѕOF
^MuE/HѓJJݥS$A0QwZ[x\qBo\<^,cgٽ6Ѹʹ$cep}kXcSL77{NZu;f{	p{F?=Yd^D؉mymd`#PpHкJ>}USъF|eӒߌ3IޣRAغ;YNtʩɃ<qT!SX}\4:)A8t85()фߖMHʵjkWB'_ߪLsW,	?K=/!fu6٨nݞϙ+]Č>I:/nGOK>wõ8ֽc<^dY~::w/JC؆_fP܂yo!ۨ^iy!l,'+]!uRF7%etbsa`h2ϘNg[C#E.a,)wEluRkvC	+sɿ/7զR@r>7@aS ҉*&'Shsݖ92CH06Ň ly	0[O%SC-epn7-֍_3Q B̯ϙeD0f`w`<H'C}rp.@a"IT+aɊbwf^tEfjm\1.Cr{ԌP4']w93gV֞k<cчä3?t~eKYVOjmdE+ހ	Ob,ŉf_pUSz$Ďʫ}sq`
XigmCSBq_m@5.t=.[hV-\~@yW;ɩ6USQRhϴ*)g4:^EY	e\tf?+޲(-D=l?;7^Wߦu1<[	Xߍ#f9NZq^>KToƜ%мywFOWhlSs3Pcho@c<4 2Q-%8{ <ŝ_c|r9ϙ#"/P(tSj8u
"B¢:bs1FS?([59jWLcsS4-hѭuȎȂZ.À&E>N߳_Dz4+ŭTxdFx	*- 6fY+>ځ{#25B@ˌ'l]#+.VRA+6!ˉ.9\x9YtK^vn`V2]פf"B+g\NI{L6m&	
{YO|fou'2Ԭ$)ru8y&y׷HIshmHϨY#t|w(x3`wϿj#1*X0&Se^=y%5vKE[zٸ>UD~:/Wjhre)v>̟_\o^ϖQkmӘ0n ~.ėVq`Qd/_ e~w76Oa>.tK_sa;ͳe]EjKx̨\*BFE|,b7a*׫XԯДah]ھc#hji4`[:0vDt!މȍ˄]R3 q-8gSD>bE#BŘC#TdWJҩb~	F.KܦWC,B/ggaw$$ָ&^H;_ZC]uʫnZQ=3-ص%ky!4x,l%֒Ԧ` aߋ"Vջ\hKY+%.hhOEIKZɩnkl%
oq@-	:DYR!FḤ&^CbOwէUd'V)0990)}?Qc_Ce5qyҍnYIB&NXI	%.<`e*,vu%ZMaOD ;'p0XY(U3H!^+wSIBۖ|N7>/h`]]Ϲ=MOI;@`}e'iGڣ{dT.zy͚}bFbŸ?ӏo[3'x$jQQ;R\+fߩGTtAЁQr_֋- Tzu	)`C=[á ΂`E!Y.7U_ThgW}=SbٷDwCXWz9Fɫ)NJrHϕ ָhJ;st
AZ]gWhltزQUoWu3+T/<Z	ؾǝVĤAcjiaՔ);t}wV?5f|CԜ G}vcQHb{,,*'+:,/m6U<mʭ1ǵ-ƵŜk56b)ƀ_Ɏle+l_It{^y_٤It	\ݫzpڣd^d֜+̀\dG>,{^
2,3SLtX'ʚٟj mEcS}r)9ة/G>Ihz45	jхMgɯ@ss]ggGBS,Y[pe\y:˻HgԓڟgЈKZŽɰ׽H33	[sӫC8а>#9֮fj'OWV ˅o0:εaJKZi&=D
,X?8+soSk^f<ֆڣWZ!g,ЇK2G~-ja1Y^b~6Vϒ:NTXzxAG3&X~yO:С	B/Qxlp˞ˍ^}q$*2ÔoTLiL']7ȶ Y=34Gil{ˁhRK+/nhΫ^ؾv)a?Ɓ¶O4"wυz=ԟ9@G*"VŘ0r&Z0YŘjkIovvm0/ǭӑZO?D5C*Lơkّʚ -:]ʴӀ&ʎO ,PΐW@&܁Mr4äF}rHojsNNc
F.
H2kr=8DD=!Ä8vS[~ҡ(Vj12R!4b&l_׿~jʺ.Pbekd_vZZm[gŰIվDEbE
ݝΙ19oDbU8JcCBM:9oX[Vkl|l*yl|lڐx/9?ۥR!Et1kdU`~ߠ!tӉ-	^jN"1wPKØƭ,k"K-:1Ҳ%A:J!7W9B8|6гKBdɅےwxf*"BԠ+4hk1Pye<:*	r{<ُZ]dpf?/hȜS:>
b¬f`9*Iƛi#*ҌeCbԲ2-߂Lܶ3R׏*>S.
Mf^fn0"ߦh%6;zdH~_?]rL1ZvʯD~2mkyf(V' v!h30{yߪ/ݵ+(`_ϤB+̇]c$r>\f^՞¡ĨB{`/rCΥjd88yuvSNW\ ÄWudomI+>9n߃Rsˤ)?ZBUXfWսѨ<̼S޻4{p0@5HYM7<!HuyuӆQگs
,!Ӄdق3t]͍2sA*JiE .mkfjj˦LC(Ri/%*6	߀2K\n40*ݪդYW(љNr\r8qI(}ޱqQȺl 5UȓVp~^L?~!w^*K))CKΪV_2te
R5BRY.ݖ+}]/Wt])H_JN7-څu܁ly7}6.^"Lybou0ع
r!?(o@?Zj[~3m܀u׌x0J-͸kYYu=wDVkv̹zFeIJL(EQEem<22Ȍ͜=DSo,e˛ZM(UNZ5\R#e߾XHNm e#sO`X:{khZnă&T2 >^2f?ZkAF]_0KԱdzXՀ:ГQӳ3G
DH"$^̋S!vuTQ,M4ēh3>:qLWt{Y<n۬lӭM*̰0Ɣі[CnɳmI.(Јtɘ5h]C%b(;1{+K*gIz$f܆q̽>ķBzouMb֝I]Wh{BhE>QIVZC_^y?8<IӞAi$L=4Of*1iE	^Q^d0^<32MβKI		9VjIIuf|8!&љϔ<}L7lRZ4.^PÖrMTdn4kt7݈Տoߎ8po=ڌ 9$3_Ȋ$y)Fv*A3H@;D=x;I*ػL԰8#z!5Y?7jƟ&k:e.7EX{Gk9\͈Y%_,}:jXc ϥ$=ѧ]<vS~FH_ [+Eh`k6"yՇ~RKSSSVz6ߩԋWiT?ŅܪYVɭݟ%§)4wHEʜ\ؽE044)ܠy`8Ǡ$ڣίf=grM2h|ŀ@1eX]I57ġT!=7QKo Y|>&/n*Q*.S$ݼ8h<ڟ^a:۬s0nmL4Da&ksʲJ8'rٕƪsҢBC);TgiS^:i*>(ܛ
	<?.Ԏf8{dl
_?
S/?=rIR\mܚ?;ׯSW@8%c-;t."H s(HTX>tEJ=Q!ԫC4ìbE{0U:ܢ/g@p2o'Ӽ'hO7y4FtG۠zG
o>ROy51{d=qB^_Pɩp:ZVLWRkx\pUC_0LGɲX:7D|wLXZHܲ,~MQ4AE-ߘ o0S;Ӹuͦj
U]ܔ`kzYtHԹ'[8)PˣxJ~cgvHPd3pw7y-GZxH;DC}/b=ϴ*I/i ؛PI7blom~[4.tNs"oJ3ܚRCZ1=аs%6jd͓oȰ2Ə#<Ik8Rӻç;܉/AvȮ~ȄF2nc-͢ɝ}8ZρxD1~,_qЃL'q|SW<	ՕNeƂ:^oH<21ROYնƈXhDt֮܋5D>?vӚںHџ[]p.Դ2Ҳko>ՄBDoUǾ ocoH3Agt ݋G41`jUy)VQ?ԂOp{uSܴ$ЖT,vk_b	?~ĩQ|)%4Ӂ;}jJQH[K']wؖ%:Uv<O+$hʱ4>d$f!!Q^c\˥'҃uU5?BK>֍zM}lS!;:3'Gw*@܉ xN~3'2C^Z&x2"ȼ,U*mZt=_͓nU۴;*Э< g̈|h<rÇ(^׵37
̙][ٌBYG[Ey/x<xtK3BKH^+Ku#in؞+:pb/Y9w4(oU=R\tM3ud}=(9JMLW_mÙ4c^]Voʦ -߉5%y^c#YԠmǻK^	{`[VEq"2k5d"5?'ޱX;teQ*Ɂ{܂ںQǚ/U5Q^Z$ne|oҞUXֵNMK^a'o.S]}VV$]@??KT'$O?U?jVaƾ"k=
%(u̥Wzx1VKȫ9\&3"ݧ0~5La΂ςi'h?=sv
עRX(ܯ|ɺ^YfYA/bsv[׬myW|}מBd'kb/W(sC)i!?yh-AhOyea
֨<HE1;Nz*\EZEH&6.@?u؊v;ֵFn/6֡]0B)*S;MV~28&KjkSe$2hb,	7i8	>j_;OM'Ӡ^X(tȪ@Qڈ-1B)vATUFAcFwJae<]R=١n,Gr-fôZ%wGʸ$p	;-Rŋ'[-4{U{N6L|)ҜPٟ>)L}SyX$r|5?c3/W+Xo@ޥXՕQ@  i(
O$n޺V1ە#0XwM(x%J[̰Db1)ƟU-mǄ1Tj5g5\U~J;K:<ݣ/X?СU%Q{MwF&)6gug]F\CTjR^b9xO%^&y`oުy'^84ܐ-/!2	I
U֚}!>R_tJW9ۨ7ԧ'&ir>ٰN'1mIa4o\ɵU;)$iZb`|y1aЍV- .7yt`X07sr3/}*ls,sF
r58Lngfu@N@ZG
*Sg{YpιI=%%Rӿ T>*Q><VmvCH_"ŋ,4̕:N\g<! ۅ	]OhĸaIxS ¿;,gMb5i6=x:Kb^%;>mxIГNsݴOk؉wzÚOAx>KrLğ(ˬ:6_
<ń?+̡2zQуLlEǔȻ7ʀV8^lCJ?FeS	oF}â~ܾ6ń.$v޲s{^/u&K e
u+5=u+GJZн-O)$k`
fJ&=ϊoόlP}kO4~ɠÊ_;JEx}^tca[@WRվ}alڒb3 !@NJ"9Cv.Zk{ӵdP7lkw2ס9[h'|G-TP/|G(6O(*vݫg:KP*3ԅ"ηCo͐μ]<5u;ȣ|:$d]ÉC`,ʲDA\lcDWKZg:ءKWK3VBGMԎ??АA˭(^df/ѲyWf¬H
O&5|ͤc{̛_/>	L.xZaf4sވfh4J="7и҂v.Oe=ىdjYOs%^XBd~aPCT@D+{ϋh8I;q8Xp-Ӧ{N3';֦$]ǀB=b%UR<_s?+ʓLMI+ܯʹJRH=.ύݳThl22I`@rKzbS6d+QqHf]\;Chr&^oCj@/yL$ƇpKJM>Y=X?8hTY;p:z]'iɇeYUPڦŬwM}٢ÏM
D,0t\p^q)װR~uf}ؚ`jtEgBj@qY_7Bż}n2zy{HӱkHT9Xl g7;nGӣ9if%=-dټWxR/TCh`m7JOU-@hAװ;2֒Icw2%JELtRu",||1$~M"~F&Y3T-ȗe+ι2!	΂b2"|ַx\m"vƈ.Ļ84ܪB7֛:sЬHx԰/Ҩ_4@`7Suxmcr۰_~vqѪ-
/=zB;1l0ݰ}3Y1 }d`˸42gĎݐ1ߞ
[ʊ?Ϩ[pפ."Q9؇ƨH
E\,j1y]0D#2#Gn6M^N_d'28Oenē+?A&x)Էyˍe@P(n~sGޥW(Ф.Ɠg=mޛ juҬ?4vǵ&Ȏ~όXۆ|Ҁ	CJܝH̘xAƿ5\)g#ΤҸ_f65Qe
	ޮ¯:E_ˀTTrK%1?3'r>Mi¥^$)Y9ٙ="6tFB޺ՠ/|^y#,Cv*)-cQ?:l	g0BԳg!4^?sȷqrQئ΅p7ԤfҤi`nq1EI&g7S\[\VR˹'O/%5K]x`yۻu8waLkFuE~`ϒnpP,/9m_mh+_ZͺwY̭,eW
	MpoRB̵fVӴ[L67ܐ}g^ڄuAeb(Yg\V{s^u^\EΫHw 0?.;!֘q
'Fڂފ<Gj:K"=V!B`݂2Ӄp"jIwq?uWu\CwZlv.VXfǘvYO:04lui:M8]-wp#dbߓTғZKKvӱu<6<Kkl:!/Ӊ:bU'*5TfrlALӒIA	Ϧ?;U\O8O^U־JV|k(q܄BJ-j̠]VhъΗOs[ΙVRü(%Ygx+Jq,2t:;:I	@p~/#X.1U=XN 3RFRߜ/kPK(\SͮSL5){jZ,s0](Sc8Ѫ:Z&HG`X_ڗkw+:<$"i}X |,۵+PW9p;Z[*&cR=&+KØafLcw:$	H6ޛ:#sO( h~6"[~R-Ɩ`aݏj*@ՍAAr]H/rEU7,^Qݤ] ۘ޿ov
m;X2xкE؛v,[Du1 :(ɣn˽ү{BJ_y!3_Ѓ݃M9ïχ 9)"Ѩs"ϥVϛVwem*h&=J 0X.0WٹluP.=rná},`gjVOd\dȠڭpAhŁ:Ȼ+pԠ%	߂hM:F[a=gXva	i-8?	N0J׽޽>/_~?O
H\]+Τ)|/޶oL@8g,uM=&_UR2M0/5j0EU\ԯ70tXJMkFSS}ЕPO&RMː:*^6XˊىVߩX;)of&ȤF' :9_TΞrמn%RĿWUݓ8rtO'_ #U>nʵg0+4JXѓq/,OS>27+Hȓ\4+v_\|>Pi*4Ss0tP<)_#~!mWB˽AN$NM^d[U8]_.؇	׶V5HwFef:;8ȧ>c)˸K8y-fg۫ZܯW2QU-2TPڱP"Pn`V=ڼ}gȔU֝h}a-xVwdm?6TB̷\ ~ɇM̻E?!`KDjeou,޻
34q:2Oz'OVRqr[I<9M"ڭ)Ŗ EfhIy-\mlj|dLful,Kʻd]ү47ٿWSwY^!DAI]E3'GČB
4v5^ivмȸ@At/{sR?ձ+eּϸ)ݹNW0P@+an܁@ҭ,L?&\I#4>֐b~xDӺCM
[
IzΜ	W44Ƨ)<Rg͗z5AhO5xA9-*Er	"wjoq҆.*K3$[iLFv=>t<Œ[fILzZ̗I5&gW@V%! PR(]̍F5ΓW~ԷN{ki3GV»NFѭ\HO7?ˤuNja)
@L$C-LŤܕ;%oŽћuhݷ;ʂj*j'l;gT'PJZ0XAuP/iK!@iT]BB{1D?3QOªz&xP )D֢V1S LʴȞա׷y?U>D"^Jj	JC.>͗8,.w$qfFXK#{`Vă~v"lˈ"!UuDzm?NЕ֌~@1ɾ4T^yl޹Hqf.NIke=3"z`'ZT?Oh~,j3c]{R`!f-C]ۊNSrծ٦/vԖŸp9WqPfOH3ÅXSѻ}̀,9+ӿqg	,Ð*&֙c.1MFeՏ}=8IËn*EQOq13yt'ڼ9rd9(ǭQpZ%*ۣe#g5J	u_̲ȬD̯9\_6$U	-Xsq8/w.a1ef۰mByRǯ:áj +Q[߅ݟwI>W{ú4G\?;Ec c;zBVtTVQcfQdF:TeÏv<`Dݪݯ^vsE%v`~G"v'4ߛlweSʧf1p?0Mz-~ŋeLa
Fĉ5Q+a7/4M	^^ptr}^OmJw2.3rtzǵRXL3]%>NA1^LN"ݶw>-X̯>lmFJlg?Q}2vӿHѶ4RKY8٦Y`ǧ"1[M'qӶ
!΅SH`t6d^)e
3E+MƾmʙdFEi(v4ؚDF"t7ŃVNt"y&aPH;ۃý՝F6	&Urpu;iv֥C,cWɨߒԂ٩}j*kcQ>z1`@05>Wʌ)z=p=.FHk\7{r@ݴ_WuHbܬ9'n<pn\sat7=ӥ^|s!R[#1ܲJ c79Z.,̍qS)- =xvqYհ~@FZݿX=V/8ʦǂݞdɜW2r{r_C**sT	diPL>b|7:M/. W9ΒԩdQoyBkm^	*hqh9`ۢI#X*W)7&3ĕPv{ĸЗ3Lԭۏ:drq&}'rhq%Tr#u0N˯V^݉ϙg@k0W5vLSV(OF(/ɼT6ẃy#kNA\]b<]a'G43Pa4/ k!:ݔ}ed2юA,e~u4
l`bDmV}¦'Bԍ7	D1<pA P[>VqZާ*چ>*,ӑY/
uRRndxUHy9&WG*tjfXh_?,O3][8pAZbIv/C4abg}/a:ca"?)3|qVH"nZ=ur%Ic~|2 ?ۺl^q3eUn ' Oךɧ61^1|&"Xj5,|*lHmkdј8*M40W~هJϰ߼]|o.ƣZTcoMʚUUgM>׷QS~pI(4'z	Derq@|P`˓g
j-@xgQͨlj8-%] ߭uW'+ˬ\K q;+'Be4خ8 >9DqknA_npX[0Sy :5|	X"UbR4!TOϴ;5iS"U<KT=Q-rž@xZ5+!̡|Cg_3brqѴ$͝9C ޶>hk2ŤLowu+^qtdnnSu$|z#82lί~,1Xr'=W^bDvNL;ӃcD}
E%|D֕Rjl<R6ٙz>e){[<QcZ8ޯt`9~s#7d&#nKĀIkuZa<s/[WA|>Z$,`*lY:A8>?,<@ Uqɥ/8l,\RiJ7ʐ<>]ȓz+=.:]k=ַKVCnICsuBvsARݠMp"ߺVfDW6T'6s1vߚsPTf9UlCDr
yç#v "*pi];;mb+YO.9eiW%=T
dETe XTr+)R#4DOIfط˺| ٸ%"	1'\ȱ~kCЊ&;mOrgVi>O<?ZJtO}͉,=5,G{AoY`#9>A'oɋV҅ yJ}އ]q{p<i_})ñRQުZ6iQd_OCyKMpitg-LMȓ7hVZj~U8cӂ%[8y1MhUrd\EDۯmP`vU.bh`"ҹ8M/J ѐeJe;m[024XI@׀"XHg|ʹߛDX˧>[cb!zr4M0HgA{Q6&Wz?skuجlBW҇cڅȽH4UlZ/CJdv}y2uLa*`]>ps^8mW6sԽ<r_s|7z6R[5Z{8z"Ҟw]D%GoL=lJQbnHWV_¦رڼkhP7q!o:ۜAjuv-JzJN_)t|X͌H,%ڻ.@ݴ?ƈXcY;a/|΄2OfFآɧ9¸ƨc؇qPO1ͰW7-e^ԏڹ"PnLX+9]ϖ/΢`^fVYwKE%vZ8ׅNm&h$ō5jۜ$^ȁt81܍iՑa+˵Pk/oJZwIz~aePTӻ=d|3Q7G\GbP
ZO( Ԑ6մSGBSA{\Gt,8FT;IMZPaGKuL,ۿH\5mcծ۞PxWWxv2}W^	g֑kݷl)r֐/do: dވMr)q)1Wc`>j?:w/_rsJBI3ESԛIl1/&ԁ;zTUUz,hRo:"ś%l)Ar6?m2`ةHy0p\vj	آ~xJ4̚P	}?ځBeи9}lQ%8Z;_`e fŗf&0xl|[p1Bx8	\jUrYN} B["]_4׻5Ξo_سQ+lo6yxͻ,!82f؍Fr'j,>L&/5:[޻LŢ ٶMM\/C7n̳3v9XMt5Di]8 U[&x@39XSoԵ~#HCxY_eR{TW?TE!#\ʮa"ܟT1S l_FǑN1óNUƍߧIijs^' m[QP!EBc.؇ZJDz\+d2}+ʓ_xΖjmA25^z3P@mMF>-[wdrT;T"t.c25\FA6B5%17n2KTI75[wבX7
V<y7d@ˋUhhLXԸѿJVuDisa4 p(muuD5̐# MV}1*'^V"ɶN?Ip-a.22#WԬX_1c+	cu}~/
OzW63!/+Lwqrj,`C"'~Nl<rJswh'7,I֏@ܳ	Z3KŃIx˅h_9RR
<.Ws.Ͼq͚	VkqڙG;E@X',{'6Npr*
  ,rL2%Vl_j;<ʍܔT߯?JSʔ<	ȼ:m2[*6̴\WNBS,`ϿS#$dQ`Aa%(҂	i*!aEfw95-uqjpC۸B8Ғ͂.a.>ќ#CUvN{2C\߁xӦE"xø;ŵ0d0!+oַtӳRI<ն&k,*+І4(!KXb'N.fPbItZG&~Ϣ:\,t-C"U^}nЗ87ӤܿTn>)~ؿ(odܪ?{'FMtLlY*^'l-Fw߆)!2#ڄMSdw=-]{?3`kʘ=x;FXPnr[ni׋0fUMMSK/	GRS@]$.֊ԛʡm>VLٱuƶ@F\?)]̈́].=Ÿ&rJ9,!n)|Whř;rơ9RNbD6gx\әyA֒;9}Xt?';+ҺvP805pWyE\w3g޶Ī]Ŕ)B'a	7`!OGnO+2@F!ўG׃Sy\z+ev(3wM%Xcnݝ-<M$nmdWFP@%#ņ}6Sg$A@T؝ o++%o`Y
M^͋8HO!kԸڒ[*w*|(lPGhHZŔ?HvU!`UO<nLdNaԻA]B˸L.Ÿ,$u<=Tnū."qc900|(Qnjjgb$HSt6ȉM`bzx/Xר	s$OHp:w>yT8=rFPG3 =.}2U%!B98^|vzOh8[lawMۆYƿѸKՊ1Kހ'7G]o$jon~5";Q)rնTPg}T)XOp*Mp3do'ь16ul8JD9	eȎ]Sv'6wҍƨF7t_H)VR23D̥E+Hx2;¢(7.{X/M^\ݴc=
-^Yi8
7MOϲ#$=ŭ2(7*w]0Њ2arЇһCNЄ1gݝ[Q<6*-Gˮ1a`;kjTҹ54"'Fo:(x*S^f+k@tU݈TؼMQƜw]ٛJP?jV"[HG	nA^OfD(><yF̍OG
U!%ZyV{KQ:f.6
ҨN2VxV~`́\zA&өP@_g.ìϻF_Vޭ!'q\>LVІc4ʔO	FbNσZա`R%`si0<}S	^Poi0i~L-a5p!Lơ"[.|*C7!$5%$=$д/(bРÎ@]dתlatш;sĖY >{El^
Gr-A~W([n\Em&Z .o,v\9>Bo4P϶pCi>zS{_3j<m_n[1~D-,®t2[ˢ\Hwc 	3mzYΫZȏNf/g+%BxnʈHsã;!D&JtJ86`|{. 7̄ӱZe~*Gߦ+=zBPƐ tSS`qvkal<RH&SI.ݱ.=3Gɣy4]dp	j_#0>LVKlGW\@|Um֪TE̕l9֯#oe}<ܥ)n9 6L|scH6 l**JO0ʎAԜB`O$uW֢&,lq*҉o	HwDq.@_sztE`5˝CV%z1oqNFcHK'ϳǦcI&x#eXǨ|̦{+C[
?LZ]9a<O
=tdͿTR۬0B8ڡJfv{ }9״J4	@B[߆+'OưڋnbDgVzi^E>C!Ǎk	09WQ<z}sܮyNNBXm~,5l;[mp;ͽ
4X01ýB[\mZTd-jȕ"^R+ouԜ(r7OD5EDUU/GBҽ%!6*!f+"w)͕W[$ݲ$[H7\AԻ	e%`E=sz[ˠ' }`WE9GZĘl9>D0ǌ7̔4~VaLKi{~ƾkŶ_04Jxq(BDn7bCSDrxF-u\*|n7cOޓV;c'QXK@ڃCϧނwa*OίsĕI%01Nͣ2kYJ1L!!ˊj}?MS$D#`ˢFz&nP&m3٤5v0%ǳ/wUe|Pч"K1ipޱ{Gh)_ʥd`j5&]ٍzL(zטSRT]ۙyJX߶g3tS05>sv2Ώ!.ׇܒ#H>vu *w'G|_؈#G2&0=mK89>7F(yz1ˠ0GiUwEozWTۃyٙUaѭi/#0MBהw'
ڦFh\53stO\n]ҝ0Ć9қ|_T		4]:9><Nםf	޼b3.z͉|VI~)(;J&iqY6ǲzC$r?Szp<K-&>2?#?ɾXpԆ8,!85IB*\5ڂ`\'tZs9vbh{ȓAq܍jсK(+-5-пmΆ}AM"{0$*RTB3_QЫ[*q$=OCi--">wӓi$pGR-;gEaO݁dn:$7?b(#N0bǯ	He6L)~HKECUChŦH5x\PƃOQ;f|I+5B~81ӤW~@v3Ϧ9Qqu	ݰ;q8O1Q&Ǒ'`%Kuݬ΄թ;c!#ыk8Qi?!
p~yE1cll[rYb
̬AlF`4W[~<GDę~unAJMWSrJG*RRW`T+,fjř%:3j>plňڮUî܍f:؁
[#EΚf$Bn (֢c_݊5Os[E?N0Z}<hpm	EjŹ>sjfK$iͣ2wXB4:jE4,:j0jWjYdPVH+$/]fK/{at/BWYǥ@ŌXߧ\{
PqL{5PAsk!l@v:fhOʽ:90](9E_: -֝7ǾU\m*>.>RS3_bFEqs8P'"Vp)+F^Ý!/*ΙJ5ڟ9x"o3>8D~d'/{W9Ae[uͩV!@ܰe/?/͈c'uw2Z܊D	K{ue͙vfŰ
\ye-ٔHg~&}z+wt1"y}eX9fvLON3z=@sP){qաϪg{j@yL{BE[zl6Ӧw{m]ۯM'}4<6l&%G|\-TVP+ͺqv8RhX$vxvCA5hrPBP9|xZ{,Y75B`PPt-60kB8g< L?tqk>C%d;֋|D"]o۟r.	kּTl(D׸k<L7ۼ
5ՓZM>s |!QWwauL&(yƸadZ?>)N%pf,k$"44x>EoǱd[)
+Ss;ܲ1ӜZybXfn}2sD_mR,0A@vIWd̤Yc!ɶV7hK.z[rIb׵$TŜvf#~?.޿qZoI\ػC|MYWd+Uӛ6.@|`R9MХ/=ӥo"ڡs;w'd`m2DHuw:ѻQZV/`ܠy9%#ٔ}y@EZh֝v}ÐĺBl^azJBVFTۥlH#zOnkcܭǞUrNOL6]#&+FM:pr!kgGLdl1ԒUdiƯըa<5NS3,Wwܒ;XsUqx]@sϞ-{qq[@mӓ"Ԅ	?ӉKמڋi2,-[{ȅ8k
6I7&	a`)zˏFzh?f6mJ5SDonClNPo5ęlwY /M((Jq?
ىEjSЀm47п7+iFaų"^;y.Nͩ	GWێp](@R`Iѭ<'
F?Z9`C_(UV`Vv{3'N.޽֛L ÈHfHNU)4eIV/\޴܉j,XMk̤Z#ujT%^k1*O4ޏקX{[TS`^ҟuWUd$GbڸiZ{c~H>:;<4%mRMLȺ?P՜TNYN_&tƛeKe\QsƿmF vCCKYVϙp$4D
!bӨ׋,")WmQFƊI˺~XcSP|VL YGƏl[Э*%8BeX

	],6̰Wtcb}2E?5>77O][-^7<P66@XZ=ڈ<nJ[x7bqθST޳o)10o7OzREcsDKM^ȐsMiDј,ogWUNmXAp6(m4& FY	ULww?[$yPd;٥Ҕag-`(ۊ`~)x&#u/Nϟ1"s,]1ok=O>+]Xhsɛ4	ɳ~'û+k/ʲZ eɼ>]PZ5mwbcՓԪD7./>t/[QtŮm& }7izR>2u9K?үMĈ|bu׆*fhbN"оȏV.(L̣QJEFW¤0dD}׾oo9ý4s=jU1^ċA,D(ϐ&@6n:HǬ,@:$~z8%.Ӛ˰(o?R^:GLb-~ɇsfXΡɡh3ͼ\P:NQƜ=s]3*NkL:U,X$dG_BTj۶Ɔyyze˝pY[}9	%*YأPx=ھmqHˉ#ڮʲ,}"QP5v"͏@|kj҅KŻ{Qi	YT6!F2y@,H-E׃{B<|q^S@+9՗h+7!a2ZI78ǩ`!0HamO3HJ@C)i0`F]Fc6΁ALcI{ۭ(hl(΂
m$<9n.lR;3֭=e4_yvs|DIQH$qSe'x7Ep@ƚEHǤz	fX[%ƀDPfݰheVlo_RUҍHlіKA</rnĿ&͹K6YmV-Fj6<.+ٌPm>j4^Vޒlf\ Eٙc"Ո4
!B5!sH KDZ<qԤkŕ`0Gst=<JVDPax;ԛflM25"1h޽Vgd/WsãU۰+IuT}.y@#8w!B",IPD)o
O?\kͨcmy~xVވQfŷ%__HA*kLimeZ|8>XfB{1`6U#xvY,t0Qm$6YwJ:o'b?ԏ+0>ưoiH`>/]XK9?RLވk~cXw*Ƃ}nMgiM&AucΡ]͔FCg,~^]y^=vb2glZb@_W)zkqDN؈KH<,v5V(ٓum~^߾n?OBTŸŵɃ,,Z<޽72QE,ݽη6&;|u;Q>C{qڎ
3nG6uv}0ZVD=]̒Ў)͞I*A5|o̥(RG/ -ok[ļBj ?>kFo-6e:*{IZu)kͪGgEf>2+J`$lFQanːNr?wGFu,WZC;!rrڀ2l`^BXBLe-Rޟ/4Եp-?Ėjbj}Ɍ[f!kA9/I܊!grwjmةq"Q޹l<fxА4!ؐ*}Cs yoX|ܷ!IҐŤrn8iۿ#ľg[	#%A@FEdF_C%;Ζ!&c./]{ )Tݒ(0l	#/8&U]VvçV%;ݤMAQPs<>Tµߞ/qjSv6%[7DE$u	^r&C>X.[ėy@2XbMFrZL	:'Zς7*;#VkF:j=QkOJ&$/8	W"sI2Z+-(f/֩4ʛ4.l4j;yRf/e4 q:Ԃ*a|(ε|]$?Ol|VBB[ƹwP֏;ݠ)8ۂ҆h# &{;xH{bybQ*U%MV3уɝJ3yTϨު%Gt`%¹s+=גz)oB&zz:$վ#c_0P*:&7D@h{FZX:ï)ҺͿbϙ<L-C+b
ĒA϶JްVI7jAUJ-;CamK%-M$xɹ4|f2:h*w1*.ѲjbșVU7 ÍG(=Eبӏ4awcm)"VLZ`B	2c%?	\Tz2(iwu,ŵ=#h8S'DO)N?O{H#f!z~hɰ\[Ĺ'ii/Ԇm3BԈ!ύpsdr-F>Pu"%Ʌ+ٚPg#ݰ({St:.Ks1>YX]nqF.1ֲh#Aojf-#ھ:9	@/S%ުZS.
 ƣ`OÓ%OBgF_~`ОzaД=_bqH<>4ԇ^g¤zia|}jKI|	7<z;e{d4yЪB-TpeSg?<uR%Cslgt|6_$4Fyy]&Ԡ3W`ՕjQ,%ّ
_Yڹ[Bj~J4Zw7vs|xɅb1I6,^T?Tm`QQ΀1m?Gd& sޯIDJ_vDJ'c8
JN=9k;ř-$z 3]؅16EZ#ڍ iR7Ļ?Gpډlrf(	{?<1- ƬH[wID؃kQH׋>(Җ<_@nJCguVvg/mbmZ6˯R
:7D.5](فDzSlxVRoW`@"ɭ'v4\62FJ12eppe]@JBԱec"ۻ;
+Ne+Vj_pzMS],c+6p1f%؜qIS+,,,$v-ɵqްƴlofb$`MJ2:ZBdaU[qϰϋo?4jظ߯ >BRHU	E<aFUˈ)R./O2q̭WSV.6RX@;g~3J*']	s̌LVegaFt{SrmoiUΝp,B.JKP%Ϋ2R*I-qhHxz2d4^Ƒř%rMXƥ[~ڡyIF*fB|D->`x=خ?ڡ)>LMh6>|b:@c>lW6HSgHr;>׻*/xiٻJS+g,c*3P'XZڠַgE&Ou^UT5w%0t"X>>xdEȭбIS3Y0Kԫ^!nEt.-~ϨڪMǂب܀brz'ܓn=y߂O:}d%{yƁ2k;Cβr|TsxеB^4TwU=0<׻݅lTEګۍi7CEkR:Yġ8?wi!0ļFF+ڌ`r:K[MVgw<QOA~T4A$|zl=+$=Kŕ"ܠj(fN
ݒ 
ЯZKr7:iaHѐ؈:Sm!0SZԈWJ`y/V$
jrG2Inqiy)Rjhߠ[ 6y%*&s#΀]"X;ռnp+^XuQR±
5w!`{d%awlGWev;yµ15ć@ʭI)|;%{ 6ܝ%)+Si369%yVIaKT26)>&ih(Q߳ի!-&	?EXV)zԉIIQN90JF>Ҷ̴}x]KU' bR
{ўurNo.{]+g2QOkĐN_:ہw*Vz&O-#oL"hCA'|1X\^2JEcCb; ʂ=Хr&t=BRƉ0ȧ	1r$>ĝXI+:޻	|.'ύs^CBnR>"]`,hofL_	Ń>I
9rӔUݲgZ-1<{D'U+˴n@L8/ՁWP``Aiʊ#TM\ɞΧ<(g_p}N	)D*CɩـpP1ZhoLpuI/ 34֔eP,/Ф	c=peq\K- K}*YuZj3[U~KuJe]&Ik0xAɞ~Ǆڅ2S:ĂFM<(Ƥ̾Kj:֠sػ1RPlwkZ!!_J~&0f|SYǬ¯~#(5RNjnmkλDtxo3"*dJ2\՚ѡF@U)ʐƑ$¬֚lbvdƟςز^[YV]TϢ}wq׏ENöu\NAz)w7*c3wq+]ȓC%
oR=MCeǩXj:J+A*5/Yy0Bl8SL:eȁ/L't6&N 78Ņ2qw?ad{@tiĢ'BeY2ɽ<$Dȼ^a{/I9Dll&=ItCBa+P=65mNmQ;}IȪݜ߿iY`+üx0e(rNzVHB|:?pp;ޅI$C΢{fV,+WMߨǗٓ$*e<$Ág]+2GAZ(\/xlRTvVOA*.r$7R"G4icbF .X]")m͹emXRUo};$1B8eAHR6}$c8Pܛa[O(DDIӫM7À4<$s$C"Ulpvh*?
&cSҾ."iUiʌ7L7zhkW9@7ŧF,BM
5_V+Ҳ79XܩXֹr٨điFٰo_:V^=I4BBV,Z(В#~ƥ=H+jt8ǱWrʃZϥĻ]/Gu^Ǌun[?{ EF.=O¨@qJ	:`Irsf1`4tё;/9	rZmzTZ7u%DGF
Bٖl#0§۝{@i\9U%^uWT	3fCfe_Q,оp0_ө\/%W?d|](s0jR+t17#y~v`o4
(8Wbw*ڑ4OEu2i#Jюm;MП~gaŇŊ}1/Ճz_?
Pղ|cGl(	ai޼5ƏPg80'&S(+@\j t#1H_$8eizv9˅ѓU2aވu)z!ؠdMXp&"h߆_+CL1O lnW^9^[-`T#%59ǹ
nUUٹƥ8-uaJWP<=EC<דJWP]v[jchuo<Ti;DO۝ #t0OPW_ӌ!ӛ͗(1vBUVp*.[KP:dðlND#-DэԸ|_:i\)3DZJٶ4
mɽc4b\Kw%2˙Ѷ"iąk\}ԘZLh($Po9?ؘ3mry)A*ܗ^`ВWwݫ4'A2LtCzBÐ<`(gNeNҒ .IHuʥE_N%XJy}+`^j2jDÿXeɯ@R9ۆϱDw%OS`ka1d$ʸ=3|sg/4>T܅!2\-R{wOHuD6oߌ}&pX{m@ZKTX5OIۓ=N?OGQ;0ہ*~е!:W0B<KǾqӤNKOu@9pҋ y.&Nz!1Ȍ>&`Ț]36NnW!bѪލT4׎%YcM\:c+Cًܝ+Ʋ[ܜ5°9?wi~Ќ(fA$>!5ũ44QLw{ҭyk}LžYe3zȻVov	Uje?pB{+ܳ)9~g>Lű1'(	̰jй1dQ5ܽͺ	l2z	F]nRtCqmEOm0*X0)MK'_"\?d`ۺԞӴ'F',BR̕oԢd%c{8kֵ"66Nʠ"H
)pfAX|dc^"j(0<
bI֚F8LRvN֦YTSVJCV{W<cݥFE&4z.ԯy͖}SwSϋD+;\/OptX<`}H/VN[#oǙg$4!GۍVֈ{k-FqKo>A+(2.%mmMrEni-)ɖ@s.6qtVXuGI2mB>*ߔkێ]1d,EDӜd3K$SZN`BL_$yhU~ .RZykAhYAazȰUВWeOO7u)<yŝo*otzdd9P~4RȐy)	,=Z_מw߆kB
 l٦E!*YS%QV+)WuYr(,;Wr,1ُͣëˋS͏w?Ѱҹl[=!X<cj׸rÓL5e}=I5/>A[GWӱ}p`1	qڤƌ$	H ޭxMq@3_֡[_`RFfNWtrڅl°G(@_؁
TH3)æA%t5b;%E}$WNߦ<bھoPS[K.*|$W5ݭ]rz-̎Μ'r_/&cG$Ӛ>ʅL$wA1,`;Ya۽osĪ(j6m`s=CQ;/)aVހ{?`OxE/DISI[qU[ܚ>xtilѬG߀۶PH2{xþ/NkL[^лC~Ϥ)~q4Uv>L?nQR@:;V_`7kUP0ݐ@&j:akJ/LDC)!]f5#ӉLBSqvd=u%CJ/ט>Bهj}aŵ!DS3x\`]y7PFa#ҝ
X˩GߕBٹ`nshq	2©$Pθ ڻt	ȵ\r*?:}06|+DR6b9?Cғk#6l'۽qFp'%z6|&[+{xӇjj֜kƉP8;ז7y@ŌinmtBM¢~[];Ѡ6ŊbT}>Y!H׭34bq@&/tOgΐΫ>o,NP.`P>1|_ĥ?c?NJ+L&
@iܾ4ΘB@ٍZ1!?ϧ#JɑǌJaܽS`BCcR-% #1fWPZջW$(ifЀzZѹGb^h{z<vX
{tF,?0I͜;f$Oa!ZX#3Uъ`(٩?eJ?n[P)VZ\@4P@s(;gư&;ǰ("n&a~ӋM48˿RѠʽ]gh,Of_ȅ]4Y_y)+S7pڸGh9Ȯi,O#_%F+g-g'V͘7ҷC2Fk#9%!*
^5=է߳_?۸ʂWՕ2Pbyråܚ,DPcf8'U2B:֟=ͩ˶	rK9WuQ(GxWjWO{a-cсWT)w7Ŏ*`ݞ#Q2)q#KݨQLidƆՠE2RnkD-48ܥZy@u^5/tfIQb+z8ڹT<mq_eh4?jH[ @Wڣe>{aeX>uc0fs#c&)t͜ҤZs؟"pW?61ΊֱӹhF%4.s_űEezSdK:qٟ[Т`,!J-Rg@;	&:ۃ.B=DVqy{Y9G[ϯH="w ZM(<H=t}qD:dOm;}\tO4ҨWI)O$EIGɊ6:t-5BƩ]UWح>Lwm^G(b܅AR7Kld=ppK!bة4{C9<jCݓL_A'ze?וǮ94 a5kzmQדpӡuv?Q(ˮʄ}mC	8ZnuGb4Ȧe*2Ą'4L,-l#83Ô2+RjZvwhaRgFJvWԖ\'X*~Bxؘ"#z͘ѼɢײzhL$H}cf1#c}D*K__Y''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24910)))
