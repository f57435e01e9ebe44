import brotli
n=a=0;b=1
for c in r'''4'$zyAV+"!C30
=s7gϝ#&l.2 >b$=x0FlPЏa4p(hL'Tݧ^dMs%u~Oׇo?F${F#rO/֎|bnM|$Eey-xc+V2b3JOhL]Mn0KN|ߌ̄^Ui\i5zI<ySMe4]{x{=#V/L9ɉ^h*$<b&3TCˣNǻ){y]&>[LԻ~
Ƅ0^^"k,A]30
i}y
>9"˞A>٦)8΃A"WULh`zʴC!VWqm:L
\j32. ޤ4BXL'*H5܉Kwg3	[3cALC(0eTwpe
ygHU օY]-Բϙ;6r~ًAbg(?9pt~fcg-$S<hAi_OXjҨ=F-AiZʵOOӃxUG˛yE!\ߎ~ЂY*wVfxSH7!I
JPzcѣmeR7ΪdI1vdEn^57
FNM` )
Ɖ,Ae!ڜڎjQdqFƲu?n"lSʔ۷@-sW`aOԀ:t8XVI΍qV}0CN-ݸܘ(F	`PͤXϜ$S&I_As?fhLЇ= "$a\&דTAeoD[TlJ~Ib2W+zߣFxhu-oWe~ysSWE{}V ]ɟO;u`}-3+:Xa>{%ί&ܵ$bxrևǚVwŜrråKwo'[Pz:b`OY/C,Q\wqEт'З0GkT:{_br;AHnZnes6,tзjEI.bA`IKȋ5?S߳ K_HGN++4TWca/$bTL22BM07	Ќud	ʕ>2܂k)4>+?Ak0?QZ#rn`<,-ojHz]ފbrBcNdQޒn4ܝ:Ivf?mδu΁xx&WS[yp phEa ҄)JB.fۼ1	]fSuW-t4*H"lzdG/mFƢ=ɧngW%^ۍ[Z_Lє5̏J-PG;-MCˊ
DɑE#Qp=K(O=e)޿"ү	d[:-lHmW-
Ix<\|'&7M6եd!A{asVIfcF3L3PݛH9Ə-pf3w h/.E).)|ӅY-.w3&˻uD#Kȝ	Rt˳\_nV	nlwtrr4]ץKFE/\pTyImbd[b>Q/$5_lܷڧosmĹy&ӓKu_1ܹ:z,k"dDܔ%OqukZsNlz\M%S zK&wL{ewP(D|-HIrߌef'/]IbY`H=ύ	qWR0=й^a2$^Mvf7PIY`#RT]hբy%hl%;Y/ȏlK*^Rݹ+Ǭ4oWٻD>{`-2]E ńF<wOrd,I|OH׌S4MdtıESMu(fGX҃Zf<}zj81Ә9^#n9d5j
¥sk˛2t8,%Qh`kR׶ ʅ$(7ݠP>%^HIvΛ
,e1yګzX3ыŁ;@?Jەs-@}՗j}~>La+1;	YR\9-ޕ`qr/!S0	ƺ٬J)J4rs)	Ej7|`!|`X%<.1>=Վg(Rz1Ūx͗[=<tgAP|31`K`V	8aNz!s4RҊU.XWNȕ@E7sSsM0v~Y8]EtZ_ԁ'l؜z2Ƌ\ϯrh"yJԬ{KN6^ʠ",9̑[CrC0-27#v&*LiӍуAҹˈTsoQ>02+ϱvʱŷIP"ݏSh}s݋,"&,!:Ltg@]MnA;%#(ZЙ5<6ΑEo,8Z _6L\͜,ݱ%G	μӅ߯FS?̨X4755Vp!Fn~"PO.04Szɜ!)hE{«|\[;kگabҭX,7VLՐVL7dҹoY/2ͧz{e\#[
C(P°`@!ђcil_C`"8+Ҝ'ڪ].XT%o2XIŞĚ'- g\uyS7'5g`%od޶g'&<4̓nؼS(S|z_[g}uQP1M Շ~K0gô2~E>EaC}?s=G0){ڛa-"uW6s%.`	XjT|*&)7݀fjMד`ɈQ=n߇kqx_K
WY>$r``9*'	Ng.A3J&X;M;f=ĺ:,"rȶ>nq$a,tؾّR/Kg(m΂<!lm9bezݐAQ{GaqBZ]1M+ZD
/}ݣ[7`>^&aU%`My8%A`ҧ'Sp&C\uaR]9#ڣ>v?&waOq
vQiOLhJ=M1H	G60o<~'>n$d#Ĝu<ψB}_\)zJ4uȆ|zGRfa-¥IaQZ`A	գƝ[ө7ۇ(^½@o0hfXr49M5epح+BOQtwK^Ӽioq(1Tŝt#o,jyV=5trVݹL	xyʿ{/-3LP_VxXaxfJB'Hr?6[=ߑU&~Ҿ _n'ƏԺKGao:hlujE0<	]լǩ3N"R.ѐD.?E,fОϧ%_g2nT2)X6"RhGA_R]f߰<ͭʔxK gpCiFϱ_0[ݬWA(kU0|/S}%ЕgO@uǷpZT̖*c U"'Hkhqƺݻ-/عa%u`JRHgdQZDG>ovZe8_Nc</}h5+@/zw~?[°V]jA1f_rtى,2ܬ/M3>hnJ٥AQ.d:ɿ%Gn{%^1g'cNaT(j.WIh;>/<(0WlgA,c~>ς<ic:.L@o>>ruklÈnPb>KZE_ƪJFB7*!Ҽvn|]Pp6bx~[1e}2&ϷHch(I*3`;tH\@ĹX_GR¢ͨjcyJt5U0RCM8ja+*G6VѳJ2IgLyQYCh^GL͏~fQaLs,G2yDBv?&zTl#W?łkhtӛVǶLaNjaIOX0c0bun^Ko6бȃ{f^ӛ߶i(Clj3kҍ-l*Z)1(6fp|\'sFdtaiI-bwh9aFn<MUCJ#ib]Ľ?Paǥ|Ufv#?kSS&T%f.G@@)c/4	-RSeJۿ%}A"`~7mp~ɷ[=ӈweqAɶ-YfMawŨ[YΟAڷ`4=QLl ȾK{HMą1Qe,$NÆy.	tټΦ]~HQϸttyGx؃)4\vǫCAʭKlTI&T#HV̄LtR1X=k*SJ/c9Cel_]cɖpaW}yԑ;BCŏ'Ǔ%K:G;3EV~@٧nv?t8I[Vf	6ϷidZSM#pİ3&kaܕ1vbR`:S'>[w[ڦnfuhsd֯"ĺhJ3TuY"}<s
ӤѬ;@}*I8pf>O4ط֡0R`<˸?sیyec:,ȏZ:ަa+iCp&Wxx60GD7*ݧY6'Lڍ;[E֖mkTg}FGÚdaA{FM(rM6{U(_2 :ոڍaGΚܵZĩ-2(pZfw0X=d}2c%JkoCcҴ6cсex-!|X&R@)b9jX(H~R,fAź|Z!Ts	|o(~OW1536#~Cb]-!ɥJ~"0YB}Icfxtp]C}~NN,Mdzy2|̲`rYbu#1G,h(!VFHw>/Әx1GRDC߾Dq*r{DLg,UHv"YHȣZxKȬC"q}x*C5)=íuBO86PJ׷ώǝ6P@Ǜ~[4C\L1:`RY+Rc>XN^PhɱWC0-ٮ.HB{Oj0T7bgTn3	*ܬ dw6ڑ0bdx.>Jat`)7jh\LX%2>UÑJ6`֠O*aj2B`11O(}c=KLt!/X"%,5ٜ{	Ynq	ҦȂԵޖAÌn!ɸY	5t:r^b^hL	aW =
qɻOKp9-M\QjVB13Кx$f[f-}߱@o"
|`AHh!..\W*a6%K{ݸ&j^	]1ʵ&B()̆ćPDiZPo]G	]IvWf+!9fyս~DM#z[Rvc>߭"2aS5WaE uH6#VMC~2G-E#ot^J	ث+#7a}Vp-ʹaew~oesUWc*_1dI0uHߚNpԓCɮ9Cڼ|}!>FȉuqM)O7#b܏XRNųtPdnsG'GD[A9	>L~\:Ox2jyc`V`ѰJ#3\?щqb2D`]،}_.QO2k.(n9{
thlg__qj`!p=>{Пrd?|M{ȔY޴7ھGN`AgcߗSȈL?PP7Ap]JTKA=ENM|Tiǩ_T#Qz{"E%FjE5RoucʚV<vJ)RkEI;C}X(R}2~gV$çkh(Or])Vi|Z3ٯ/$T*Њ_KSČD9Tò3 (H~?=.!^#Χ%z;Ko+!c[ѷ(_[oKת9t˨ED$Zg!2%)wx;j^?V1$R~\٦89_U"S#ަAHlA	WxryG~BƂ6Sa^!hS&ѷoM?O.В#ۅͳ<[3ܮQ<݇ba*Rz&}:kMӤB#ʟ1!?_ބpZ#Ny5տ9r5 ۸7}C˷V(?,wJm%pl(6u_xf?҄e;<rB!<([ڠz2%T7NO#DBĔͤeJy͠C,
ԅLնbcT|v!Lm:0wT{?H_Gī(wqii1:Gfϯ8?sOWȆ:Û^݃(íqE'T.Zk+v8@#Ðo~lQ0nS4Qݕ2Oĳ"zygWOȨ("kx83V+mÞ[;)cWuϙДJempξ)xܶ0ͱkFߊcԼ&/hGRˤ?wC9T1g'̬kq߬JwXIdY:Þ$iLU4#ҮֿCF:Y?q)Ӝt?| !Ls0a3e\g%ص8i|J:oA%2Hc	-d|&*
Ѹc-$ܾ7Meem9ۀi@4(&=ͤSwBՂ/OgV.ҌdnWU`XМ>adJ/֬Re+U\4\[	"bmݛn]nʭ+WDt;{{RIÆZ5(e%A
>Ҧ~;`{7CwrSsܞFb0E:ӭX;0aN:!AO;hmrM_
Ɓ`f()ˮCy*Hֆ.ƀ&?
W^.bri	5Aiֵ]#nL9RBN_1
Nu"]/2w2ifvƭҌoy%ct|SuWի(Ǜť#x>owb;4қ@Ң̃'P3[wۧ-8˦9+Fxv2Ϝ#ˊkʡpB@p(.J4{?nDoDV_F\7|Űe5ǵDrBUٸyGd#9k*58٤)#7{(˹bX>!ʪFOv <<@̐,+_0.4	Ƚ[{B<u0ɕZؓR[ww@N.|wthKY31x/*X7/SLv{`mw,3DRή٩_2٢< ,P1 -Bt%}ݢ)@-"PtO.n/b^7<ׅ&NViS^`ֽLΥֲFaɰ*y:عP&Wb
*H4&6aεg6`Bܬ|ĥe*AWh&ĘlG\g֚\d3}AЏF6U|>ڼ%pSkMb]iDO8R߀?K7˿wX^`_њiPRI{)_QF</;y3AmWbM1KTJHͶDR^؊xh-^qǥZgc:͠.c*YӀCU(w7޻hLȎY>dS9lx\jKz,LC`jbևViIfŽ1sHNSC"ԝL{nU3P+Lh"$6G^i`5԰+'˹TضUb-
P(m@
6<LDØb)?@HJ3*1cߡB^4<5Ȫb!*XWr4ŎdC5a/Tv>|XQ*2tǦE*F}ѩa\TTn;׎+IBqmgQѿJG}(LX,X`*ЂZ[f֨Ldoprx6ʗ+Wr)^ڠ`؂p_v]4e3%;#+8̡ k(qpЇe!R5˲˂tTR܁N-ws-T@Z/r+:~8[mG]2e=ic/vyQ{.މ%_O7MVBק3Zq37b7J4Z{
Y˨rgCj\O/#Y˝PoEęO,j,B}#hQ_¢seiFAconG]Yڏ;YğU}!*DWa{mq[e,%K(KPKmLdַe}ԃ(a0QJI5>lWT9kD7`Q׬?y)9giY_{Oj\+YRk:+kh-WV ZAds4_Hy~cQvq<A=j-K3icS^]ǉ_]8YI6XE'p 3XV}}ۉ}1	JbRVY:1s:mӒ{J}un/{ǤYMf DJ)H=  ֺDhO$xZiBgE_ӇmFLSjȇ3,.է:Cg6
C˪Ou-f}w5\dgI<gds@QEشd6FA-Pܡ(?I*g|rln>tUJԷ+J":2N:g՘@k7
LPЮ}P+I)g(Wbo~P[IoϚO71ѕmk!L.DdQ?bP/íy["r|VSٻ9fy`v*uGGji8}#bFʬ;K\/}S5ܕߤZxΉ%bcGQ?##S>Y1*ZB=+->;WF&rـt/>}ȭϚցp|2|[)U	f_C#=E53ZLXEa|dw%i?,ہ΋ٮUغ$@i"gKրp7-6lӰfSxʭˀB|g"&3$zj}]>=c{vYRPoΝ!ΪZ)RY/S")>?susQS<mo'+UMSݴPL˻r]1omMڛҖ=a 4w%H(Q&վ<Dǘ&S*5f<Q&?wƾݵw&Z%/h-%/pAXtcQL1ܗp4"S5/5`ҘǔDۢux̭~<߬	m5K|ON)<}DTrɻƍtYG#/@M5k§ܔ=)oPl=ݶ?go[Hh^	'ܗf	h}]x!C*}*щilӀstx,ƒٸ'J'yS-5oUFVo;%X?mȰchɾYBGVZM,^}ZĴ+;g	)7œ֋w?Q {\} *1?]On%Ь'$>ĈݡqĆj4`.ٮ'N]%/ez;'k")gT2ț@FtVf|2ʲ7-ӓ3qDKQ:V%NVB^#G4E?NG!MƿDce1:~~=AHY^~;x9W`ш^%	];N^s.CBRO=zQVt]*̤GAףUJ^#
,N;܈0vYʺ7m@HA\ڐg8i)*emΕ+ZxO;'G"nzdZJ&hTz9^ baбR.qIT)7}m=6g٪¶Ȱ
6ͳ=

WGsޕbSQP!L2K?zr2gS=bڐ9<
6KQp4!ǼxweOL+4υP	TR8t]TGELib/b_UiǮn[6X(.ք/hzkwBJ{MǃgZ&k<	(B%O67;kۖ6t{!0&@h\k'#D9F9]¿{׍[t^#w'+-;&z>:((Δi!ŐU.BlWґ	d=]:ǛƐ
۠h=՗JC{x,ѦxnNEw3FniJ~o:(a~tPws>g-dy7|t6P@4jɋynOמHAփb2usrȓӛq֘r"ׂܴw404"mɿhm-lϖ-Ն;խN4cH}̏^lv<h93@7FfrCtF(cSgpޔD؂l4|%ͳY*fv`[aV߰lY\ݨx$ohV4|2M2kMv(EADfQDquOȱ(װGfa?|-Z9.`eլ۰@=ʎ'#`#LJbi
K	e)^[o"+NOUۃ8uM/2Eү ŒѝthU>O)	N֏ۤ3Д&!F ",38(W_}:6`Tm/t52m/x6rРg۝Q$˛*Sn#6V[FerBUC;bo	D62,h}4W<f zy-
NT<db9qqTed]ݤR_	HTxjn9;j[Uغ8(ۡRdJk#E|ҕ0kWdQ#?6Qe,5{OՐ΋Pl?ݼU~ e,*ZӀ>n٘NbĶ}l[ό5dɊ]/J(ekDjÃjvXL5ɩ
Baݏ}ҵ0YmTs^9b
;ɋ-p7wB-؆U		z2ɷ̚ϗBH+=݌~2F+<ɝmZ~Gf	&̾]z0B,rfͻ>WІzwJݮqsŢ|6	.#RǶyplo:
39ĀKBekQM<o'AV؈r%+2QL Y61C5,X@pgll4h@H/];h7iZ3zQ,Q;72П-Cԑ|OTҙ(MXѳ_֣w#|xۢ{ޏ<R'hr48|~gʁL	q̥~3L|jFK[¹cAErP.Wn5hI'+T87Ul ߒP	խJzٍ*vè@(PE'5E)[ư,?թa5~X~%WXM2(~u#ٮA`>׾|2"mώS.j*cۼAIB=6hcծۺ K	CF[_2&)oHP"><#ŎMwz ѓz[6>%7o=^QhsoDˋ/z1\>ú°Xe=ٶ|-Ib	z=T!E51n=h\("0R!nsUT-E-}СwImX֫
?-:'pWݿ4#Դ8u)$atkۛ7xcew1r&öj>4̠\&^}NKGr
0L5RWmΐĔc3 YUO[Tӫ--5tp~=٦7gGZͽXlM$vPImz<T[/XjS=XDE/v.T][",Y/Ү9Y'Y3cbՍ$FOiZ8uqcB:پ(4)̪sr2ԎdZ7U((^e7OK-uؐ}OR̓~ڜzz|6g[AgN$ [F^<GƭR[>JVyf|؉MӃ*76G,~pe4,jJ&`_Ӻ~Nċori!9SYp;gLi	lwC*$Jx0ۖ 8{1|Bnd[@J<pՖi@Ws/ԏ!wd
:XXjF<|2-rm`o̳JÔ8'p/=	w>̹2q4.g7y2YjJnx/%k-
5EA<n)/>iE*ĽhtϮ/̺KfM'S{iXm"Nھmg<t<l؃ m8wc}H.@R{)K)?J!ދmZh	w$I:;U#8ب	Vb2xuG[GU"8}^pJۖԸvxM+cj.g~i6kܽßU`<!a:Ku}RQ17NS+lXl-%u/Կp_rVb/x.tHkٚ*ҳ#ы)h[9ƭp!x~.2Chө9A"bdՀYd2'i	=}#,1%M`xk2p
_I4Em~Ƌ-+r`m
1ba<إzX._HVfhy8~v;Li\+Ne]N:O=>ߡʁ*Ą0`S7*݌(I*$YuZ}
"@,uʉҲJ	ѧa];zCg(A̙qJF5y&^QT>n(Ϛʫvl/`Y0ejw&*\ۿ^KC@GYH>|2-DwĆ}ׇB{r0..LGR*-^ZDY~_V`sG
O3)I7ٗ`ҚS6 e^s(4\A|OCs864Y3\Nx6y
ʤGoN_1Xy;ʍNS8+M'A\fOSB~+h-ۡȥDWj5A8h3Hln
"j:j.'5o7^` j#y)2r{
ř&d</vʺP}np-OB(#MU$a)h"7`ϕR
՝ gq3ϥy:b΋|EnIjdd9sˁE(&MLdVU4[ގQX-`z,w.KVefr^r)KͤNRMj{2;}2fmP+fĄ}#QhشVbǻERH5bx-$j)F'ŊFhי3<j/c"R-1%yϰ<SjlMilN6=-	3$ST:7.fYDv.Y>3GU˜đy5]], -'{M2 :[->E9nIT6?7`LC&Vc	%nMKo-I-uӍLkڃ\dtu.HHNS!ȞFfŃ=%S ZRfJ[5&MvN̫@9r*A
7;Rт@])CۯOD>o}H&7^K%"u5~{(oʈؑưP
e;C?fS"["܄qK2G6fڲaź[<vÁ>|>iG^z>t%u»S#qfyl=#vU۝Ң\*τ"noĢH.Daj'r`ȓH~qўQH9vZ	~iS/Qnkz{`ʐLWl_+$ c4gϵ:@3:X-ē4|Oq9r?MhG
FeUS}:κ׎*ٍ,ã.30Gl%x!&F+{3~s9J.>{L4`&YmѥD_Q݌.@=h)V͡5#c?6V2As{tV&Mb_Lu0H>u)ߓ^Yt`bg
׷graf۾a/סDϼ.S
l@
^vrvRX͏ʦh(6ӠyAזK=϶֎; K%%̼2m̔Yl^W_Z Mrr3AsB}=$M}]N{CΏLk1*c-!IK!*iWHoRmۑUxiTڨ0܅`iuj$91-\Yb8@Tb?V?ߔɷ{GՍ
Y`P)ڬ
ǋʶ('Q{1#;#:D>ɧ-md/2!ƕzf@Յ8`L\l{3~ч	1hYzDOyc5qIpJ=M1-k+Y*F/5v98:ĄʹȐJ/^֟^?ZVl19L4(8ok)hW[`tMޕݦ=AO-aXtPz{ƔC0ir\Fo۶l5h+sԸ(9f@-{"]*(˄*a+|,~Jڵڅ/'0}Kӓ2}'[ؤx5BjDT'8XlRX(;+hMYu˗&^=T"
^ݜG9һA-Ut|EN]'Ǽ(WkfB.xĊK6./7&VM&#w}k@h_0<CyS;(^w[_l\%-s,N00[/ijË/ؒ3;r΁SVLOP^~f,z;(b?Oe߶eZYCwҜ,@#/=\qqom0/vyz\08L:fQ$0\Kr[;M6ƞwK-||Hkvxh/Q	7
2<])~^/W-ƞsLI3Or(ަZbIZlΙZɊIޯ>`#qR^զܠ7	AK@WSɸVΈޟI1=ApɷEz#H֚)]dT{Oq
gkZЏzY<CóS^"AcC[*Hd>Fm=ޏK4qDxcaCq)bFep-9uޗK`hFIQԫNW<<gB>>&R)?c	̯Ψp*sǒAbg:
45|6tRߣE#Zԡ34`VK^s5W
XJK=%ާ'HAi#? oӦh/ԥ7ö>(m,`YAu"z[bq(LLo
ңP{zZݜdHR7KMѣaY:%о	!k_`K)@}2
`<˲]۬"YwԨ\r^C8sw֠(v˓zs+6GhM?vW<*|)z&jd+I_׮ht
*$T|8^HZÀ?EXĆ9:6:sفk=",p4zCy,g#&p޿]c#|.6حȴrtMƿĠzry;ہަ2yrm*=AjԇH\w%?Un~R3I"1!ZFlڂ,x.wFHҏ,͟<ph3qIZ#H#ۼ8YS
k"gíɛfgkÂllkA2c$'M0saZS*3K	bJI{yqX_ĂvSkOW#D6~uz1a.q!	۸̊IBa´T!fƩoJpfQtb-.?&L<T%@0tMS}է0!PQzq(wB\@z`!x2KW (0`kY
hq	s&la0tJztbBMg_j4̬Ɵ:Y9_jyRFnKEW0_)O#<4{#7?==X9ɸEeDih`X%3-FϚ}.O.&kߗDMdDӱ#Ɣ(	Vх$EXib*4p^4(Ht3+@v::,5ǅ^)U/Xe/#$ܩg79*ahCqnmHFo/	H+C5e߱q|opfge_R@78ϑt<^\,}Ve[tb3U:"N~1d$}xY;֭fMts;4Ÿj1lp-L[ӐdéSص	S){e9W<CޗIЬw"
pa]Ԡ]0LwLϰ'OU~?^AhfN/ѰGȇBBIP}&qؐ_kdJk)/˘/-`\l.xٲ,Es;5Aخہ;b-VZu&sr&I-L|X~yS}(3)0]v%gމ.P8ίk(Q:,wȅgikπ)nPgg
of$
=xB><AS5PqըL[iΝ47E/LK6̣3]bnA½yquRRe.ĝg2ES&[4i|@{3]StR` !l+đomL@sädceyΝlbvŲB֖[Nģ?]bJKBcI*!ܰցGjMs@y [_ܯՃ_3\A4YNըbb3]ZVnŕNJVl#.&>PۊVsxǴҭwhϱWA=aeb6%Bw]ukUpdB5ޠ<̝*!:=f"»J\($ɇS;n&$IȄ\`VvFÉxqi|ŹM2`x_1CeOjBU/ (?t9(Z{>I-\wtjOhG<qб@nM?Ƭbug%#;^)ѣt5`4[#PKY.7y?,.YvjP#3ݵX"lWnO(QtC-@?xȆE	O>YIiHQm`Q=WX,by)aEPzu@lSpĐO.ξƨ/caw &ğq;8krF.!7"Һ/.<J8!eٹa%E4`T-<MaykMYc:C65-9ؙs`-lbP+g֒<qҒM-2شok^3ܗ	΋^ݣip^|~`T!:۪`ZC/G$޽#ʱe^C9ڹɚipIeqsՋu* UU(]D܎Lբ'_JţN-pZʨ̑\ǅO'Ȗp{#P!`"Æl~RԬjh1ttAgQ"ɀB/*gõg*U)ۏDODޤR/d1[J/
&%b)/բx?AHH>ФCqZ4N#֮L.
-/77N_ͪrs b8J˭zIP7XŹU+x[8ؕK˹T/Ѽoݤh9Lʨ?\fסtC>@,^P
R¢?A3.G&dq{,<EHk,iUc@Y%j@Ă.y''҃ȡCǱDUM=RdFh*t6m*$ f#!xf	
	u8¿UXt]VCLfӘԘB[_Db`N}L#SSҮÙa*ohqnkRn\mFՃѾdبz"lՑ(C
Q!^up[qזv[5lNGxJ(P9rLq}֮iZPFrF9Fo]GPB&`*h3wlzrcМEH4Ү~Ŝ$7E<;"8^.'9'zh(jo+kL\ϑ `iġ%6JmJtN|c5[$|=1t̽r?/aN`H}՘;94-{EѺkLF	c`KG{w+!"|pBk\	ޙ|W7Yի-h)kRTnӰk1iW
ZI1
(}0(-5˕
z+Dtd}II9u'jQEt5
bkA~Xrifݏ{[)*[CǙ uZs
͍PV{\=i#.}V [úORԷئ*E}}*Ԯޠ9*
FNB*`5i&}X&2%y{[%3j =Bs̈&>Ed6!>+#<R4l|h\_E;Ιdg+l07)ԌޥDxM!'a.5s{l
%g2?mg/Bܴhіb(1ȗӼŷ߲UmgThH
 _Үb)܎0}r;6]i˵Nݾ[rbY(H2a@ӍqLջcޜK+jlպpE{QS#X	I=(#6ԛOm pcΔֽJk/fPP/+..+7loIcZ*uTmEIZ`X18[H$nϩ2Ĭci8Ь>{΍g5wyf 9iԀA /%8"/:2o҂{Ճuv-t@3hHNzz7:J-I%sߥ[Y-"Ү3K8`03pvh!WB>iӟ*"-7}jfM7ɨ&D!Tu5`ZSe1C-Å/Z5?UDl"\'S͈ܐ%\7IA<COO*e]g;>^~Q\IGѫYJŐD!J}E^8Ϥ-=Per
 "y;)'#0މƝnJTG=|[EZAre$D_D7߹jʙj0q̛,{+\7lSC^0Axݭ3ԑ}Q-Qb][Fdv#ok@"`-.מߘ~щ8zjin>_ɤY7]+ՇY˶P.9$oǁB@!ALLOora2Ɗe>?"$K+}-]jbۯ"&7	`hbCδ+?4כw**lJBK/%ND$k-ƫ#Z/8ֆ_5KI83؟P"5[FTerͭ>if
3Hp*+UM~7JjΈ<vE5Hoڡ'N?sDʏcZj#ʖV3&?oM`b>HlFqlMZ _Cly%ݺx05-wqv1]['=QJ^)'EAu"B\q(;ŰD,@YQ\F׽K6~ʠVF˗	q;ں͟~/*M#A~Ue:Ç*mJ)&f#sң,ھ-@3i`)rxu3:y0ؓqqĲi)p-ǝkٸSmߒH')V/<!P_Άucr0p,6RXĸv.;5STjI1x4N_pCݤZzdUIGsJsu)̷PE+5;gAȤ҇m1rıc.KüDGx?ߓ/JIւ3Dhʾ)t/7mYdB',7M	uݭ-3nճ״GI­IzZUV%#;̎0^cq5TD(DpZMu-H)h2+$"+lI`Z>QJF&2"ΝiN`[E&7?ƺ>X5>GYG֦/8vߔSh?L ~טL4ז}($=X9%wxIlJeNξO.OvQ͎&AQg<&rsx"cBϢ>x,L+\
*N&#ϫYJl5!+D}^GAޱ<^4f;G3\:AΈhrRw_#MDA3i-nD#\mI"Mqmww"{TÙ	F ے	хRZu}tʾ:}|}w
DwC51m^`YDVBsL)smvi{oGV($R
|ۈS&x܁ rffbt

sY{IXo2eH&VdЌcr$)I18 n#r1*6HnpIx?Ƹ3NEMtN,șjD[a^xStN2-jޛj,9O"a`A^zq"Wߑ(Z
+ٮYFOlE6;W{t>jMPR]]=fCD"~yK+Fz)VʿbxGό6&W3>Hۖ!>#qӖH~oO;29Q}/}:)N4ƵԡD_ؔ-6$D/^rkӪWh[eLҺ ӇƺyZh|`sqً8U_OMօn$dmՎB:NPu+mjMoÇ߫9#Pk\uȯv<]^0rr6ȉaw=wߢ'{2Ƈ;Vff"ۉMp cvdMnV1G#`cF|>˲K1i;8ORɁk#xۺt*key~@JpnznfS>8$L-x߬C5"eP"''hk'|re˟%{=+Ƞô$RJ!9ko٘KmJ-gޡ%3&F5:A{!a*LĈJˊzإF	?ۣ=NUIUq-y@;	KG|/&&FpRɵO2SϘ){ʦ#xVqՑA
UN҇E޵41Ȋ+{kØؓ?Y198t	Xn	@	)'&8Iߥ~p_4*uϩ
P]#ȣ-\;n9BiDn1-dgT)c	-e\AQ)8=`o52a/kK;xDL.ni\ZnݿW
\cnhR{~DjDǀYh=G>>JVH[Gzc!NCJ|pںۦygsys߼Ԏ$Y_8XT*gY#d08@iDцG{{SFYws*"+_ܦΡ"P݃]!ݵ0mnN^1$!ݿ>8<%mgɯcTߖdY'5љ9BSVjw~	(tWp
mob^s|ܽog	U|SyD.U^ʤ5MEЫwi"~\N8GEą.s#%tUW3wɸltgyQJFvFfy7ܓS_,M49֭G-f=*x5-HI0r<_hoG)/6҂Hmcޣ;`9[JMˡ4ɐK<ʦIz)hZGe"|O5";{,/2FP{sr× uX8ŀjˠX:KJ&Ħl.?!(x*E*ң0*%lFi_׶%A3uZc25$D5j@?+9g^+OفӵB-ސhqԡFP|[# 1(^`/%_GJ&#Ib4</!e<q#/cAmIpr")t40,v۴}natNeU@~Y,&hu$p8G~Ogƙ1Cֵ	ô7u	-s5G	dyͱ?ObXw3	q۞sW}AYkk-sVLG^f.6TqoUNE֝ȴO?;ͣ|Nw0Idm}=)fK̩ͤ+Y':knn²	u\ݵ*ySpz |7ŕmx REozt( /MC[Їw@! ¶VοW
8|SXr,*w١
`8lw"z.mLx]SbW^` υ͑эBBXդ,

MϯGNcLɞJBK۩;˴Y+DpɃ5WH;+;mN3;bG/Sq~ȸ"TF	iŉ%݂9TdRa7Cg<plکЇG
o@9Ԍћ3Jfq0͘8p	$qRГ.heNՑ~r5}"G-'rZ9Mr-dȫެ
K>hg־h=ؿQ2f̡~O[ڂߴBW̸#{XܼMP5=đ'@ܫ=sQTE${H|~%ȕ1a]hiXS?~%u/90JBs]/'XSfR a_ՔTRo+ݨ
&xv]ʫߢԤMkLn
`:U1)H݃[<UܸG@dZ3GҹUVW6rbxM0#!`.U0̳ރV*A)ٸ`ϕ'*	LDQ	MKoTKsOgP07qpc(GW^qϛa҃r.Bu_A\lL6NE?.9T?Ym
^T(Xf޴#MZD|<݌YpͼF۞g{1;{yu0Ӳ+NUqxL{6W_ܚ̆)W#BDQ_V=_^1ΌdڌMH,RLJ<\f~9N{S}ݾDv_yIF[aw+e{3d=ҷBӁuڍr8+va	ZEoܾ<6!hU"[`mf,bDv}qV"[Ƨmw|P@nPFw8r΃'@r	M:WQ/
`y(!VUqgW֢P0^})pno~dNuʾjp/V$]b'&#dP6yY9F|D@B>>L=̵O9>ãЀz2ҖU(}fΫQ`sQA͜i/F>/h'4lĴʘs׍.-Y}|B$q̛Ԏ>j7_ׂ7G6q1%@~*kXܴb8iعQűfoBW6Aw)ݬ<?ik=``v	BJ7t]\7]rqY?CO/_X./Ge/Zvlٟe`#w:wt	KhPҦy.;}
86feJx.=ģjI^a#KaBmMؿ;6ķgny%m²ӊ:
]8n
uH`fĚ'ڒ;>KUɽ
.M2U~eN	6
JàH12-@!iO0;pbّWRoOrg˸i͏PӾ	?FpľkO<kTaRrS_8Qf0"Ԗx͢S+Cxˆ%b"1rŝ%"՞[}0]X+ĠX<ڒFǆhZ?5mSJ1Ƞp%	{zk#!/UҹR91(#2ψ:oτ3yp%>Ӷ:Z|z	G:YpB&Ć$Ov]6-/'M	
(ɮWY ,sG˯ڌtu6FHb܈ZN t,TيTCߍg9'x͎AS[>Řjכr"Dٓ!C5Cïmھ&?b]IS{@ʐv](=4ּEDtƎ&{տrLV
$Nż,0w2eB<y4Q$qcd;k\Xl*ϥ^iίm
IsӬdģ0ܘ.LroXL< M-oÔDؿJ.YP{D'D`"efi$4q||&E00/0f;Dxه."vlѨgޑyył2޸QK2qʅ17Ok1t'N	0N~7:Ѳ;\2ҕܢ|Џ!w9,QߘDw~&&vTs\:@Q׍Y,ELMv}͇ˏsid9$ppC
>nā)cEc
M.(\qaWٜIxnSuQB .[{ghȽz/MɌ}V DbtȽLʲڏx<z"d g1O1lΜ@BMS"a^D~ݛ9pU%Y-P{	~kw@H%`DNBwCle\@|Nh "syg[+o*1ӑmz9		L׃_<gpi<5uʲ]}Iebnj0+RS-1'LRi\:<Ԝї|@#0ŗ$iC.ف{
ZK'0Pi>0$?7:iơs 3(Z& {G$ؠ#0̋YeXCYFC"BiS1tAk>39ْGƢR(Q˭qPZI".lJkNÔ^ljqaZQLq79wȴb]]o~_Zgf!200v߂ý|}Nir "AAn͡}^8ܙQ#zH3#r˛-$t9fxM_uP`AϐAj=RP߮5f^P)ު:vZH%ݾ	/ɡ`W+T|Eμ^2t[Hغ%aKk0`ImØ̵ݹq`,8k_[qXMK\VU6:W6Ճ3qЂ2Q28pyXI^ίm?AYoY(=0>SB͝oƳgA_ })kIF<[#~
פ]|xͅGUC#hcփd`%<1pxlu
~UEfՋ̀'g%3OQþ:e`ŏ{t1|ƊؼhFߢnP^XU"3HѳjGM#bX͌ρ6)Qj&l9*;^6?f{s[C3yx!ލñ,n;ȳNYˠ)kS}̗Ů,l!K5d]W43Y>	aЦ;"Rnp6ԫxaa;!̊2Dz%4a-xԞKbbB}I;hE͕h\ߠkE+*Iב^CdֿvVlMcK^LD/[h@$< 
}Wާʧ<-Y)gT/}<r;IȤƋ6=Fn.AYJ4CgE݄x}bÌŦОb00r1 Īۅ,#7ܴD=y.u0BZuL5aN> ǯz<Bo`%+91 
̥c[x30	wiFtmB{A'<Lu qODN-H,|!У2Vl%@MoyӒ`߉$81knVpՖ͏'iց[s2tK}eNXbϜ۶ԧ9]ؤk!gƾw&
6hwtߡR{޴[{5HRҶFn6
:y?1]j{A`4Qg4V_ծ"[ ,ލ@}HlӰDaMT1r?EX)O0}*#ga?5kͣj,0S:5l5B+JȤ_c|now;3)H[M?B)_b<'OxH]9&QHuY'.P%]ȷMG4	lLƿU0J>FiQ)kGcٜҾPN;qLD_7Ϸ{i)sx4l1mTAp72uѼ`eİ`[}bP/N*o@1 ,{}=LKV(58P(L%bv[ت!-r:g,\0`+$@;"0BCʚ!.;EI}n?CFy	Biƴ?ox{Ynh4YةVB;WD*ɥHˎ3F43KJrD6Hk*?v8έG&ў't%	8}Wݿg3=fQ~1VaN:$l<Wϛ/maoZut)ʧ	5)$$V=CBWh9mCpeLYMF!CٗLHPJAےzô sSd̍
 qٲQq*-'WѽG"5P~FlTĄ#Fи,Aez":y&)w<}QGIAUd!E{,'7w^2Kت!4~t6,2PwJ=9-j1dJx`5oFQ7|x0~#zTeh-&iv@hŷ$q1Hc=;Ķv%!v8xrmsx-R*lȌ۞*~iks6+gA]{3Kk8f"r(xPp3M0Z	MɥRɌD|õe@ePγPԿ/qk;MBc>exiSL,&ԈEC913(]RI!RפtNȇK>K7s^?ސH^<XQ@֘oSnjcQrNmɒΆBca6Vo˾&O]v-XdzۼI]#c֔D`!1e\"}e7%W
"Hϯ^m`2,!j>5(:(q6}>|yPفlNOH\
IҁOaxbHj4[~
,حCގOaAz(3ϭj#hŷڷ`,̍]:AҵV}`̀˲(l%ɱ\{VS-=g"h?2sC1n]i>x݅y`|f{	2 )l
ǦSԡgo`*nLX[ِY Y\-'8FۚID!	Qf:}e+3T`u``-Lj:(Րn:7~##7MmܓDu}.IbM̠FN{PVob)Bb9|&F7!Q_j]8WOz]GrWRqOvWȿ]VnG£ܺֽt)n_l*6y[>? Kqσ~GXt&k%+/lOkzoM!w],I'hJȾׁkLy'g1GN+Ԓ-nzx`"VJ˜ЍӀK6)?x#݂$mlT>{&5:5SI3#aӹ*QbeDlh6ܙ#˷(PbVFʉOo^be//
ۓכˋm;/ɻzg=Gjt6	C~͚BJb=#bM.k`c-ۀaoRaBG'Oc=j.hΌnv
i7obˠ֋֒ͭh)LCpK/PdK]1R}@zDM^ycI[۹FxM,`oȫe|+hσ*quP_ēao{#`2\LdȍEMxsdz*sԮWSnaFQWS'bѝMK]֓Ć,?ר
J58S^yܣgdYT*j4#"{si$5%bAH-6]q'4G6AG-d1FY{;p C)KQv)n*GQB.ի݆?vdFaf4:'Hk8'TȌĴ{ƯOÇ,Du3sUx β˩xp1_&PȄx/Բ4_d'YχCoQmēۦ	ِIyxÕ~|eu|ǾC'1dpr@vu+@"79ܜ*]xkw^eoj3wH(/˚ZPmû!"lսE^fD8ý0k!2m}9ۄ8#`%[u1i6i#6 .g=ɺ1>3Rqq1Ȓ/PЙ"ҥB!~l~ÕʱO3ٕjBI}f=Z©D!bBEs-ҕ	{LZ]tkegؾÁ.Xgap̒lW*c8*g FU*\HMA
P{Kc؋LA45ӠyT͒MtWj#4ȇ?"@~,S#}Ӷ<Ysy64y!g3{x,kb)zXmG2#kV;fnIM"kuRʛm8uiHyلd%1Nl~UÊda^a8F~qlf`Z0NF-.f6)>/*kϴZM#JAvJ>ʃ.͏KtрΣzlӣ%kLo4KFBMڶ,Ɩ÷WQurʙ,N.0rDˇoæBE<|5}m~HǓ3}peΙ֖R8qWA{~N ֲ{HImés_H~Ed:Sg^ցPX.uTEl8V7ז?rE-7B%/cMEvKW1:s>ٮ1C۰&5_ZSE7יL 'N3!gLmȸVKb*L9%Px;xmd`~ (A0>1:%NϷg҂TŮȟRz.G0#xQr+Kw"݌&Cܙi:'ۀ|UhϿU$j,lFW{ըb*A^fڂ/io@lz	m]ߵԙ͏ifT\09av֐-PcRء
v|RlCrԘ?wAIc.hO9ĸ0]N&pxʙpky%٪Xroe$MF­;IJa(]Ïӣ(Vٍ
g]nW=-$ޓ@٫!dyp6NIbLcj6VvDoٚWld8R9+R3Z6qjajs~rUǼy#./8ְKڄ1HtBtf7q	u ^LŇoݱzϋ)szPxk	AOx]5ʞ3W_tܟƂSx_R
EQq	haFh4$<ޏ!LЉِ.1cuUhxIQb$).8ѫ3_>4=p>c'n*eefjCƥJ@k= +
ҽS.Q@THaIAHVFL20<FʉG1izD+9j>_svqH$O~GyhДj-%;Gt,G@Ҥˏx.dMW|Tv#6R^|JotcNaBY2I*H;Kik*]zW{rתeeU.(I73=jhٴ9`y]2dc<	cZѯT|Ȇ6F
hOHEnT?:ѹ73J*oجEfڀsy@}EpoӜRkzP3'z5I0`_Z!Sn<q)gؠ zȅ$هCǩ\p2GC@UF\uP	 s<a|Gȷ؝se$vTrua'̞7|C<pl΂?Zw5w" %KַX)r0ѻpކZ-H=*-S8ZlfӁhزؠeqd's%"$ܠIs&a+fʧ̨Jˍ#d,XoZnA3]Ԍչpӻ{kp:1.i'%Ձf*L&!Vkh[9,b́%*'*ewV=q[/lrE-8NgkrN}n;d7zo#0mgzng_7HNQlp>3˵ףx7܄JrM%\~<T87޶tqŷuyjZk6k;iҵ2EMUX-lNi!#BVe-8lmPæK[+#JmC4e(Lw)(!XhUxex4?Œ&wfWؾ+A|k?ƜFZKߕi:Cǿ@$KstHmAΣQ2eokf	ݺ/we,4JژjX|g.ī8#ʈJBֺMԝ*՛94}ңٸbɟ}Zj)z޷':@BCB<LHJ߇_xZKZ9!5+W˱Gc3#O{B
}ƕf)o:í{[œeQ."#3/pL{:AB]KxSۊ1yވfΫbE6MЄ>PD[VKak7:B_n7jS4{wL&C.a+y	%/JuqpK&XՓVϿ!iXA+ط)xD3ʺup9YzXMEus*HiguU4Ny+m\gLǒTc&ʢӂs@ޝS$aAϷŵ#R`CiQUU#2e.%p/ߓw.Mp7P4p(6n4-ҙe\])f²DeOM%9 ܧgI5p! Ozr!uIo7Of'$Wj{2%݉ۘCsx~P4ǴZ^:g3,tX8LQVѶu6?h!|AJޒ"T\GD:K*w`hjedmC?j-)j<7=v$ll^a,(-ym>485%C8fĪOc%Os)VԾo%Viq}3^ Z΅fԄM>e$jYF.W?RUq?ZQ ؉LPT_QKMV͔h?~qCˏ2IaTlLfaB̅8cڬ̫zeFUpd4QBuR2wвlPJz~>=2fч(ۋA5g2W04bWъHwUΔ!.NQhÑ3sƭoP,{qW'Y§sϮ0]J(A4{KZ93C538x+[ЧLǫH)\*Q\2';WRfǡJ+6{πmICBԇ8R*h=4]bδ`JֺAKmA S^ʧ23XۗόɲH]>ҟQ=&.֦BBۮ.{eрwۣ_k5D@6FòvHm=g^2g63ޢI?)oڿY[fׅnϹN^Iz6ZQwGpAQ|%Wx;֮PFIĔ9ǪɈeGAe4N?8y5c*}:Ctp`ht*g>~]5,nհ^2{9Ԭ8^oGUj(n͔PN<l}({"ĥۙٙ>kC[.)ϴMW&OBBHQN6Zغ	7:ƦmD)cf;miueе;F?IɻU70`0saOIw!ʳ*!rڄ×e3 a@/:oXdZmXn[MQM)ҀΏƍFBp_\%ӟX6*"_֓\-;$EÕeh9u0d't`?
UQYUS#?e\[ņwʞzK̹gAYfMf'	ޤG{e5]>"Ǒٺ݇Uo\\"	Yu
,QpH[*wud1UtE)Tɴw;BiI)RwMpg>yY(T* dʱp\s(i[}D؛106z[_nW%/sXahXF"H6XJ^{eфd^Ln!TكVe:'EYˇR#>-
']?ɲf0.8[:O6"DQ(L5ʧЙ~{,S'۬Pes*kOwL/z4Z (w`^sǬC_̚S:Q}{\8օũ:
>*}"ؾPq|Cڀt0'P1Y!$v*TZq	5e},31Fϕ5ҾIy*?0>'ZIl[jOF͏0tOՎ 5NfXkfcķRncQXXM;+ik@hL`&]Zv@	~D.a%|~9~'Oܾܐu!"ע-Q=[iilϼrKކP[fWX`ǚ[}i6?at_1А0u̫6ws8{x	|ļok.e!#aTIU'KƩO#یƭI`ܭ>;92Oa|;xG\UJY9;O"8]9
'hL#߀bмDw<DjEbN{F~jǲM1TO"?{g8oELʦRɒ>&E#c̕Zm`4^A7f%\
bntvDXޑ^0?|V0͒6х|_Y0$5^&_{ҁt N>
Dc!qUwrVգ2^&G6`KݻgW8wŅFRn=E
kъKD,3 عQJ?Ν:8&wIkV<sR@:ig͜תpaʊW4[ʶĩ}QUe;|((,iC-#?"}ϴ%L?+7pn?؋C	*&ɂgi]0 R\Mbl_ΜjRŤbCXJA)D9lO2^oפ_97mJ۷~.h}:=*֍;MWLGجY$ܭ9o2B'w k~rrG=o`ڜxɤ"4yj۷Ƣ[H)<0}WvEe/u׍ax܀<) jaؔo	j!`ӝD	K-?jfZt.«1b6_hG9MWТI׳ic-fY@ ,txȔx\PmMC<bmAG:9˫]L:xZTJ͎|?bqK9Ta-tH$vo}֦=GpvҎk{e^Cm3@i<dӢHFƒj
>!P,O2W`އ	KppJW]#[SѮ&;-|_ZLcQLMͤspצs
Rt4a4߉(LO#TyG&	W8n@I 5E4c<$ r&:c]͖lfŋ){$6elQ(rZvGUg͞Jԑn:C9W)ٸ&CSmiN-gXמA3Ry!
$Ovڭ&sR8:Tٱ8cb)TFK;|])xk>{=yܱ#=ƞ#tUL|0ЊYz^Fx2qB.Fe&pJХӜX[/*!-߽'wG:oap{Ř=xؙߦD9Io("ۣJE?q'R.[`AIS1yGL6\PWt+J05٠BDCmGiY`^}1.)7hfǊDU8ʍev),9o8F`[8GŻ#2,ѺY)T҃}	ոR6̦DYd\<KyqOlyѥE1YW7P+@]g@߻=ݨ3"RɂOJ(- bˑg-dfs+h&ȁ{LDxlӳ^nxokB.g8+>Wd}xiZj3hbͰiy΋vm5P؂3)9Ty![YsvVzqB1KIrge0PN{P*Gdz3ne2MNԜ3A0X۵cNn=<@UfjEEq
~QRN*bg/|D sO6	i"<ʟiPQPY	Dѓ"
t\ssӔ sڢ}.̓>^Рܬ}+i:|<2CdkȲy}zj<mAHr0F,6|4.Y2,$4ٖ&uGY*tBDp(F8&0H&yvgqz7[%fnEkÄ<:|7uS^2jdo%FUj̚zG&&Vxt۠6msܝ,۵?@~E;Y`TaxqFgeQ
^\pmkdpMۮ9FX'5ɠh+I?$V]1ɹc"͒u-)T2Qo]n@_ItPI"Piv.pP[,e΄iw9rdw7d_z~z_5{K_Uв.5A;:	a0T;x^cdѻ, 3ENkVu?q`40i$SlÃv`b{<mЗњ&ײ-Mk8Fm3ؖSJ
U#@'DcBA?Q,!\G*b0ұ:6ǑѴr|bXܐ<r#~pJ'5{"Q;Q^u)'Vʵm,}xV%,ODmѓÿ(o/Cх͞Ij`Y	ǋJץLlL# mʇ-ĭqN*Q>>ODL.)ʻ0fi=?%i*c*0X"oV09d/
ăXͥО>WBbX!٤Iuy<XWnutzz/>B	9Syw	*iWY{EBܦ^yQ"Xpi!\#׬}](`4BFUZ<0ryia8BlC/yi[I	/DԻ=e'8Rʵ\vr+oT'BNw˳h+&b,,<m-o
j#sˎmkg7vl]^G#0|\SD[pok;^<&	Bc&cGɴ-הk!rGd_0-ahH-!a_^<w!n^&Ȣ#+Nۗxb߸(]*,a]78Fڸ<NUK7٘)lfDs$T.\>QךϊNOe#Nl5CSӃ]~dAaAgEoH!4{/ْkJBu69/*9@X*=U*)lR+%KIxګ3XhbϡQ1E5#ͥ=86{,ޏ'D/OIx-cIІ2:Fj҅8D*H׵m0_پ+^ng˧dEC)ŚȌ8h-LƕXŢ()R(K]iސѶg_̗jc_i"'`[g>bu6t#'1$d(;(orآ΂IOF5C="ВJY<;wVjU@UCh#`:Q}'پ=*J6V"EΪGJEqXWW[oI|pdLYڏٯ03s:Ĺ);aLV1kהگ	.ʞKfn:jr~4MτfhDU~|kRv"ڗ\ESD"I_đ`5pP3jt7mHPV?E!ZjHN4D:)ҍw aZqj$Z[*uGSw7{^Ƙ .
rÇ4M12tގ^/T1jqWB7qq;1MD".VCEӓDgF?V{G$$|"4U`T?*ɭaǬ	`]9(xB5~*&8kg*3.n'KEQhzE.?4F,ҋ9V8cf4؊QTqUY]'XgO}=m)e'	Ì`MƜ.gn@ڰW@<?V50޲ƶ}%9?*a؈F%nb,~I^_Iýd.{2F,mFZy_BFg:><@1`)5cnѷU8jQm8!`$\̼.D>V\BCu@Y8xD6kv֒{oO!ܪ!p2t/͐ҝ>r`C47O\^OAГ^n!6kx3!`΁=(%4V&Ʒ>iq7Hp]e&^fD߱ji϶{X-]>T 8^׻feKZ!3@Wl.ڈ+:~ߐI:Z|CkNa~[4tŐA=JS	62^,&$ڰh<mP0shs7\%w%oc;ִ|Bama i}Cuih=SbؓFbB!D{ŁO#DѢE(}ޖEBoܰQ'eֲ)!4iSذ}IŴqB3R9q
yqyɂ	B^R<Gɯ9;;yR	DC\:5hZϩ/2 o/+bϚEmF;Nu+9_\k,րmqԥ&4-gklp"Nՙ3ŵ]"kz[&cSo:E[-iݒrG۪^T̹4R:iMH'$=eIW[8rpj.=ɻ9(&v%@|0[zI:L NreGue#G 16}x.)iǈR߃y8Lۉb@j3Vϵs(Y +(y߿$yA
z#0*Tw^Y b6dj>?)2
{ڿG4lB8L>{Ѧ-ځ8 nfWnҔBCLavF'e69u;wrOz*Ƀv3FCDyD,ڜZjrWՎL\f4}+E;qmG&y6?x7BctўP1!w~zx21+^j"xdYbGݖfjWmıvn;9$b
#t=qHB9kEu2\BБ3IT:Kcm$ɯθ?9a9\L\(wԑaϻ$)qBqX]sE׻&6!Kǃ!g)2iXXȒpdXcC;@)W8%P;eFת[S~Dp'<jśovxԂPR(9y?B"\FpvĢ8v;yup&:dD_Ɩձi4jVZXb
y#0ԿaNXv0Zƍ[D7ĭ'5.8
/cql>|0s_X}u}6+0Eąײ҄}cM(Ek!MinǀDJbٳno9vrݲǣqe )S@>\!.qXi!'uPeN628\^2ʷ4&ވ5qU\>Qt?֮8^ܖْϼKzl|u/6\4ڇ^`
e,nA$ɒHtsnm~ݕkzI3
BĚjNr:6r/nXS, ?gTIӤ\p2<mԭqˀi<C]PJ}F	w'^ÍlgJһ^Ϡk$,=1W-%2}ߏFnbxqA<vk6ݔwvBq;u7#:XNSECZY|<)łFa9ceL0ݑͮnE&.ʯJlq+xpt*
P_Bڹ.eś"*sCJ6	Pьǵ8fC֎ .`rkd<X`R^d"UU'~m`9Ib}äXM~V#MƃA-ߜs+yf58Ҷ՟R]|̘Cs^>HS1W3Aѹ#2ƜX1RbXƹmtd4R֦h,kRCOB$&q1Պ3NWQ4bǫu`$ÜeEhم%XYՂP"!2es6hE}jRMQrl{ K!w٧|]r;}]ܺI OQC3jR8]*Xu9\:@e~dhC|AS:lG<=8b)dW>8/6H)(E+e5g¶9-Ÿuƪ::tM^܍Pϱ0H̥*oK ;ӧyh`̰Y&+ֹi-G7D	m3-+!v2_Xi;/bXHzZ^Ec=RsYT)h))B	0dTY{1LncLEoɚ9kɇCw+X1#KgbsTrg>־E".oT>sHriގk6OF̣p8?8f]C:f4-@_c{btr]v'Ǟ1\&Tu|\:UH#wע_ƾDˆfR_HVŞ/H"-J&W
ŭܔѝ}Ѡ:L[rֻW	+ɗpثOI?O5Kȟؿz]<{zWD{Ɣx!$1-*AnZ
ocܶlr#FГߚEeٺ
bD?1h xt*gtB||??E`~cksILc&yk"n8Cor\
A&kt|ݍoXְ_HJLԒi<kUZ h5hf/?]t{P`I
{G.Ϲ7
iS:Xq͒KSAS"mXƖF8r85iG~0'ccFHq=MffMO-vʼ** Uπ҆V:":Bܟ ΍!jR̒24b!d'!(Ea)9@@E*ǳr~CQ]|&F'(ïGBE>;ܞ
Yƫ}A,[BU/ņEFP*dǉe"ۊE:`ڔ^59f6^7Ss|'1?něZʊy{̃3ӕܺ&Ʒ)hx*fEJp+x/j\ͨkybd*#ڴə'PN_D{V:ƣ]TNQ`N4FK7CI~`Sh`=;Yׂ?aOLqǃWאLLWcIg|^H<3ǂl%6*5rQ02(U״3ݸUpcA ܓkZEw-'Ǵq	?*Q2ԥse"&ˊcOCݟ2w>uo^"833kSn?zMj%N}aōz5jID֒?L̈3np݇k+`WՍƓ9hW*!	(Ǵ cvPB&~$L8
\EqUXe|5EʵeS؇jjJ5]sL}Lo-UMu}v0uzߣjdpƿibDz<%e7E}@ĉcXhT
F *hČh3թh}e2vVm+dє³Qqt=+q":(4*7_ZZoÙ6s4J6Q*Hn;/6L#ZJQ˲ԾIz6#G8x9@V=c 
;ypä@ͬg:Vb15\Q{"6R{[eF.QHF{уvVB8|[ƭh?'t܊"Rfc:
6p4O jNBeP؜BG٠u.`n,'&:ve`]BĤwvAYA	  	~I@p+C@*:-XSw	xJ'dM%+}]D>iYQPJ^ď.w|vHˌ-׈/W}c@ߎ&xY&<V8YI@oM[	$#y@}r*ɰ:<~Ĩ$-_ONyuU9n\[F<MiN8Ճhf#uN`1Ԥ<>xT1MhCҬK-qr7.{9±Xͼqn0_PM \axZ|ˋ.}K(ҁR\$.ze@Cu4o|}KSwK8?դ<8\r<KBw#NҐ ٰ#!'nHߛLˋd;VFIclQ|R&_lÃ3K>0Ew_eh"S>Ѥ8֣--yFO_j>Ǥ`(+(n]jzDXBgMTdPȈk3m)ȄS!Qxǆ+ޯX߽&pǇBR[xbaR1Z8F%AI
į+zL^^&oK'o"oj>t"idCڄնXlfR)\J˱ƍiPhT
JvѰhhPXp>Am4Vo4بFsJ[eKpKÅ/	@{,}FqS`MV}Nm .B۠?t4
׈$P,l(R!f'K*',InE'@Ym{N6L#tqkGPϛ*YG(nH̪[EyTU7/&'bͽ&{կ/ŀ%RXot0ƜfٮՆ5ĵgJI>VeӋkOUA{RQ{~o4?Vrq~þ7Գba^'Sn]JuX!VʫR֏	';9q]gRDnBJ(B̓؜B^N0fS,چbˑN*|M2=!3xDz94l/ֆr<>va>+7ɽvXث:u'Ȓ3IA/Ʋ;fpvF-.c:)l4]#]d71wN%%7gՠ37+p?y :FDH	]XM_PU{p|CO?_9NixWPO
=vţ+36cDlxtVn?k5l`AJӮ5{IdQhl!A?USы3ϋNz>.7QTx&!D1lܡIRZM%sBPzb(uTI,KOaJb!5rQrg=B@
b%i@	<xYɷompWGU)	mD(gs0K7fU]lbЍq#
̑T/1\ogR>Q{VFTIxtbq{Be]<7[*k2G7J(Ln=G̯`Ͱåm1^fuhȣƍ5nG:]˼Iz}U"
OGs;<c7O*@/h+9<̕,-G	sE˥RRޔKܒ2<Uц2\+(
Eb%D
sn̼˳TcV5dn[Zw{vl8|3XUtjlaitG2E:L
j42H%U'EdجS؞{R!݉8`CKUR-$nUlFL>tn0Ȼ
~o3LuȪdT%OX|1ߑiQa~É`=\>1B
`sTdjȕðf[Yǆ2t3nl֭`.T|K6OQXLQJz:%h 9WbYRǱ02[;MS1_>PWl3jYw5?ND-0K$aL !"F٫imߐGoRL33z`LXjRyeɼQeՈãv`ĸ5Z_?ӒpkUM0EӚ
$}M|Kc	yƴv%'b&N^fnd taJ+2YU69*ԯ09μ>5^.b+ٶmS7Uk8Cao1ޅT$3t+IH<?)n#iзw!KY՞Ǫʌϱ7ۈAAjZ£b+ݔRа×
X[Õl̰ޭqdN F#Z<R2g+)+ްmĐJC=D82=ц<i/41r#fL>{|)";gT,ޢr!(v&ZQ۴OYh^/,!DEITooqǝ^jJ žx%p;a.yƼQӉLl*ѵp}=8`nĈҘ2aeuXO`jqu|zQ6x>Q.	|(E,ӚootAǬ/ry TWP˘]*7ss߳U8lDЂӄ=emUٳ+Ucͥ]kťyd\Jܐ~fؒO(fru!ʶHٞ6]֣`t|gN-9&9l͋J\=HS=(%VߡC#`{ǇО'+wZCŶ=F"Qqmm&ߞW-"PJ92% فDS3~m;E}Qx+Jׂ=Hrʂw{B
1yi[,Pm}qƛb]sXWs4b*P8ĀX&pQȈ-^X
o±ݪ4ձVv :hDw2TmCFeQ3!Yv`
	%܆0ulƝ%ЪmKĂ/Fcr`\z9'1WN#H0Lw6ڱ!Ҏ^p,8$] Rt~Skg=yA9ɡP]*b5ʕ)ҍ`L4'sP%
S\~-a83% Ғ=c"y`'CsGxƮ{vۛs~ۄŢ6iEպB٬ҟWsg,!-p=ChԌ?*ܷ(sS:2EШ,~=!ls
E=2L@jlu3o5̂@*ITa9w^GfD058lܘ2ҰV3ʰ}?4C;̍C]@^{ЊDA0@n#c#yiEaAX2yܳQʀiJܓ#Է+:E32bQB1=ŧ]`sK3_:E''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(26568)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
