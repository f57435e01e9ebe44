import brotli
n=a=0;b=1
for c in r'''8;=qlnT)*-&Bz3J
SBɘ <TlNNWSY+ILGIYe`J3MnȾNtFrŻ%ac\h~[ncexxo<ӗU!g,j`ZW)SbN2u\mg7i#{dt©Ɖț#_8(&uCFjo3u81C!["B8ip˚JMṊgjg_2;nN{9.n&9֔
T4"A#8οLKЏrz-kOS7ɽ&) g;P|c>)=mK}T,lc@Go[p6W\_Nf\$Ik.kju-׉Ƣ4=ͮh̖VGGT:9gqЦ̒IMC8MÕ?7	q֛NȖ֨R^yO}=wqVz$)mtެ{N]%?04rqdf֤0]%ٍ>N3]H^}9Iks<0{oO#t^.+ڼB#I֭tv-T1m\/ì۷'YZ?eyN{޽NQ9pWBC ˯8r.+95^dݾnVv66bY-0׻gDT߸|gލzc9(ǀsӕW:Пdb_g4كX(~Pܣkx>,=^<kEGj~c\S^Wİ4~Z1}K_tVQγ~#:EWjqF"Hx)vun8mfk2״1?FͩOgZ͊A)O<3iPa20j؝̊(٫<D~4[U*4YMа@el- 'AiC|/Ԛ%ID\:5͘^/iȍܝF}P<y3nM,H{y%'osuY)*PYS+c4XP6ttϡQƀ¬4ޝ	NO<;ӵp}lVPUʇI\n(d&o(O!&|"1*lYAĹ|zA)7fϊ$7n7FrR_[dC?J	h"}V251e`}Eg]  Cn>Wr,П>.JЁnl!Rkmɰ[#>c!7N\>"Wo6׷kMXyzO7gZB+b
!
ٵvBD"EְP=h͉wE`<"3kO'T#ˎy}eݎ{`;9
5" ݕ]
m1P7M_ȁ@5p2zڧ)!w$L"܀DU$/C&Y{y-ڡa4wAda1dXcFC?pr^~ՆtTєoh)U_Ƥt4?ԋ	;jH[хWӧPĝ`M٘+12wJI9LgbJdܵ]bYAf6΄g'W][փ]t><Qdm^#dx"QF!+@ډ&+աķӘZrFg^|wQƭQ,r%x\JǢavGcW(Җҿ޲is6u_MΌ8CGByȅ(&WtxſuBA9"2-&?#o"!A+j'M|@+d	Yߐ^2?\i[\V9BbYAD35!vZʜxø2k&(xTsɇNTkbHYWɯ1f0@V{Ҳ EN0I7شʻ!	C	L!Ho~#qlwk>`I+?Aŀ56+16̰@7:pUurʰJʨcubzA֛iË1ESKסj*aZ@Oh=mƧ ԽcG)?jԹB/A-XAԉu28	FO܀R0-AnQW4emR]є!;%[HyNܿGۣ2pJV)6~D0ң	.<.<}}H`-Qhšˋm	T~8[٫
A~K~Wj)5
!QvyQ:v>yj07{<#%P1ydbپ(B/B5.wT%2*JDxGӏn="П<ݼAOHo>ȭBߗW7оo34|?6X]A*p{sWhW0~R;Pڐ:7,ڢ ?ĿȬ
(׆-jӃWǼ/Z
904KyOـ{F3"ͺɾp^vm.,m
ѥ7S:ʸt~`B*OAkڪذ?خKջ&L2P mDYd.ڀRUO"83e͕n+0ZgaV2<7*di_`!b1U:<ʔh	bT ó	\λ@ V8.A5gnu6~}ҝRL6Ouk|q>fv'KŹgB|q_xH7eiz-RsΔ1jG4Y«A.G]۝m>ZOof=ΔR*FlK%zM{ή?۟B=Nf۽93`՞BѲ7VcNɯqRףK$d0ȷ.Dak='ƌգao_\<$OݝӸ}`&޽k4C
0!ڔk5.bۆ7WɩZMu)6
 Kբi=$;\ ~$`غ[W՞c^!&O'ٻ*[->¡ZdS^v	"]V(g"αǼnٽD
hZ٢~
@TmIj'G܀~k3h%	J|yFQ̫iLتFrjF,K%m_.YwMΈx @T)	@nٝd?ׯh@A @%E#g&p5FKbnz(vȼ8B".l&P93ZER*)XIP.:/:$O7Ȇ5CRf_I5W<\*+G=߇YϣUDh˃߫Q7If[_~+ƼxEכ&g61JaiAa_6BLgMQٔ"1b-V%\))}N,Ƶ.dG;_hpD}A*Ab|Gg(GPD4#^@{Xד_?2_٪k^6}Wiuhǜ:W;5Aقۡ|6;%,
9xB,c/Gvy~;6l98A&iAjʊ9N6RM%*5W]+j5
 I6fwߐ3K%o|Mm>6:pxש^2mcB#ScemkruՆC<z	ӓ[ٱČËO#w!P*kqnWauCŬݺ͕+w܂GsugQT˕u+A/}I'=&0\;xO.8<hr*'vbzGo͎՘htG{;?lv/H[tsgTtG'Y4//hZX}IMD"ݠe6bA.˃Y)uܰt.)Xdk{%PJL:({A5x,NO_WH3B{jUE!CP
xAlZ+4)p1 ;	o]/hE3znifݬqՃޝKmoQweMdJ+)zE3x5%teUҩ`yź<0;$!{BWEl ndEJFi:cU-וӲ8f!N+[o!+sf[0@|@@Fa]y§6!VwpړGӓ79K	؍Ɔ4>7ΛXz7@x]4f-ByaU.ZfPL~P+>kk^}q1!eӵMԵ\;l\ >б.^Y<)Ի}XGĚݏe(܊~5)دO*xWص)&&VCY0H>Ĺt&
qI̷U<H0ƏkW`}c"µɷ*T`bGp!~gOGֶ2HM1Y?ڙ9McYEPU}TQTZ.%/ $	ٛӟ`/b|WKֻр-D[95l7
ٟ%c#Hn5кFݑ҆D4!mN"%e	\?c`usq8Άуk/Z<h): ez4-D_]T[-[_u=9oo:.75;.,4+F%y8uZG{ؑ^ø&Lud4oSY{gW<$!$&j'EyNBtNB0N,HNŬo <<gUn!& X&t;ߊ1eCQavq|ȁ0	/Ɲ[[\n۾ܵX2{ZDec]ύ3,#f_˭B^Drnp#_),g>MqcL,ғàƽem6ճu/oՖߞl/wץ;dkTQ4qE=KA{ubh~ܧB5Qkf]NLUŶP˩#~0=GE/ggy
u{81U}L<Khͺ҃*9ƴnven[h%nΉI-Lay_z~@@ױZ]pH̞ǁ_K@Ȁ3"ۑm ~P";k.6.qhܠ;a>wO<VTqei<DXhClGVVRpZ&T6{	Zܽ{&c*z^wfGW@ӪYe/Mia!4tintRr:Ӧc]%&uaV݊~PNvߞOI
Ƌp2bz2\ŔM;VKzѸΫ_M@^f݁`d|{F
̽goPg
w)<ҷ>"}mgEދSޓoV~ˏ6_\&)\abDlV`_JhbU]у1{.П,a¬kAXk"VMZi|}HK݅Y">G"@/`_߁SϘb	ݕ\	g10sb?T=b3(ynu8ă%Nn2o55c	Ex%w~ܥ.^h,Ȃ)de^Đ%ǡg-Ŭ88Y)`%,/9Ά;G8$a[Bv/auj7Ǹ:n(2t-آD],Ϝ6cz\3ق9CGFvrėn}ԶW¸;hN1a;18(7FPvB5$E4JӪ{ܴnϢO܌@;8{Q	oMmsthb].g(z:jȵ_mU9> $k(-S+?ZLJqFsPa68%wކ+*00^Hd#=?P@58C؉ӉzChx46$'ô!_ݟ"^P0Q8l=}NԑА͟q[X!Ywgg7?R	i[&mTVvp*	LF#߃wk5}Kfn"+J(ov]Ga/"Ts*ȹa.M_$vlapffֱ:+7ҪHKP	"lƋw6̮~JF=17Y
]؝]DچT"@.ͩRR+b2běIZ&uQg/0Pڷ { 
wILH؅˩h	K]N0_b~FwX`(wY*hvl8WCxYRjtpf^6
Ϭ%:X8Hp3M%h>N]z]]ܺ˱L&cmDN8mp,_hD8gɊ	f)Pӝzv&0`Q3c2ngqEY@Xv'+i"׈A[6]Dۦ4tiW4{06,IpD6ڌ{,*m2NݿxjǧQ"itO`/K_po,h@,ρڥL~Ȣ7ayx@Lϻ(̰@6!v!,ş?bvwYFCavA\/a"V)x{Tӧô9Dg*,жWE5#ެwXt֒
[-f8!|؉35Xa~0юD{x$ѳ
8̅ѹsq8aћ>G|!Xd"*q	3,jߘ0WDP Kԩu!afK(K91*Ry^>JȩǋxXYO}u0Q,=]B[ 'o|&~޲ݔ(VA6C_b%\>ͱy6kբw8f?z8#^ME0z\	n*K9ό!HBӘГLzhZpyf^i/3CwJɔ?J؛)`.X{oh`IG@$@םzv[p9i3}D* Pnc4ڬ"bvccpBAe4owGmRfZ8Mvb_gN!Ow:qj#63cٰ$p2{ԓT_]c<EPيPChlwۯ{*jͮ^su]ӯz7Ӝ-8S*}/_ߗr]WbƓt=5J*HaL@P05oŦь\Sĥ""V8]$bb/
3_ѿVB$ӂNZ|YӁv^6W>pz3fO<wt<m}vaMǟ^YܸEJSЅe^4yRb^_85]Um>ӌjh
lƼY$[^9.ׯ?/UsBZsĆ,$	,$0eXb57,RRt3e أ4ƶwܽ0Ig(.kV^2Ĭ~/ҽgt-P ܆b_Ƈկj֚ɮp|B&/r.ϓ߰}QUqڡi@ǩc2LَŤ_dƔnS
s8y>د5wG8x[ݱ<ɉ')MhP_toňڭ~u=M}WȤK7v9xV̜~
x5*FypӪ QWγ0A
5!ΠhAz[y8a'c^zצAnJ]ɝ~[=#CۊZkwߚ/]lEz8߫ɌR->6&{)Uc!;س F'B<^Rweʲ:[ŮX3"2:aHPtvJڑZp|T~DkSn"!W:2ܟjx]^\sKǭ8;D01E%Ź9A%R ʓCن:mouDQZI݈d!wlXT^>ڝL$f̈ZܤERե<u4aT|Ryc˄"ND$hR8Ǳ,חv2p΀
2x+9|יtY֒ߐr{вk֕iy#&]H"Ԣ#uuwܦsE!# %tB,'f@ss{^}?9ˇgzө2	Z;
k*Q,2lv]E]~a<*:EWP"%3XF[|?Y141\kkHd#EM<ٙ;-8df2ٻ֛UM5߰S-<.
N
̗[~mΉ\AiřUFql5&>')ߏcϹgk(F+eh3|E*ٴi<:UL,.ZI:/@ý~6p2|<"ό{ީAqR|jIJ~ʖ*.&d*-mLfF?|A~ˠC]McպW$^O-L`G@Ck8ތdEf\5UXiVJQal.>,E"CƦ(ڡa/(YNeHzc$фaCg7Yӊs.^X5͔֤֯5dAyWx))ͅԟnu'ΘG0=bE
kXF:V5ʽ~1ǵF" pȶH>\̔oy4H,w6<aՍKBy:pH-ua;x.AxDe=s_Fx"8T|d!amyfBѥ~7ۭ%0056Z*ёt:?.C;kliL̜ُuUeFrWFV]ZZXBjU@2U]9mwf˷	V"ݹ_ʾP ;GQ#V״62pUo4*tQZy}PbP,]GM7X.ג<mD6ҺYFYmo"{̱gUwP;KSǇԎ1%_RUjT5]wa-cL2VQQBԷtV҅	,G=|
!LOӞpJn'BvzӪ?
=ٻhk*;z$ΰxÑ!!>%1x֞"I62YpO|˫E'\Zs5PhÂ^*&ϯHS?e0;y+8yR@LCj^oo٦Ѕ.Xقk[ϲw ;n'Fa.3ͪvv'̼Ǌl_qh܅ā΃<TpJF,aƙ׏^͋`:hؠTPsvǓ,K	f'>D/-DwD,L<DBw^)^cVܲ[j=(A/bBeѲ{ѐtum3A.+ty	4ٗ,E! Yd5cրfb*H.-A4xQU1Tu\PĦ@7bU`FnшFݒ!ڪsnFJL?4dQ(CQ ݤklӎ46F҉aQ|:`ǜAA|EBAےW.v̶zBق P׬ZO\oVm4z+kM:"..9\I,˫`M)M>BqM?qQ|Z[οvTXj~jv
@$0+3ψVZc~[1;Nسf0oȺQC[Ng$
9Q8CK%Ghb?BIˌ^ovA?PA8I\83<߰Z4riv,IJ,&(<Y(@,mm~'6lsBvVw=Эb_V5P&~O$:gu4
oe/h<v8o8.[w4,QmR[ew3ݔkǝhyIȸdɌҎUmnSkLJHz[3;L<(<MC46ChPgRinHeуJKvcgf"5w/?&<R
|s=͐1^~h<,K@Ǫm3&qЬF˜)X~|8~
]	O]p*Jֺ QӍ+p	0+{߇ȠIB%ٻoK|ŤRƨb؁$<ыÔy>Lal2հ%~m:&K>gX	07JQa{ruŎ[6YvzDJ~-1q5!_R}(E"@gE_o׶]́l`Ԏ{ѐbKJ@|Deh|:C_'®;8IoG}qX2ʬƴ^SX~0gԌ9{j^QJ8yغ7<|[6@-]Q:itHSe"EQ'8C0ɬxT!5CCX[v-O25B9¾seM7 rmP/^9nc{ژO}қx\ޛmT+1l+g%|^wR£Qi ^T$|1tf^Upcqںݘj_t6jε޲ѕKٸXz*`^ݴ}\Rv\J_V^Vѡ%IIUǓuWѹa4 IY[&?+3&4)~e^ʫoW>+PrVOذD+6y~нn-K+o[@0ϱ]tgz|;lw#ͫ59aЭZ9>$)2e\ټ4ȫ-~	U­RaznR3&3[c8^f57P_#H-w v[PoKr#EBDyHԡjM4[#S1nd;bqh0H6 =ٴ?f[Pǋ	9|K5ҊyĒRr)bc]?U3HNCXMNٚق;T,l(]3Yo>>6EP,@ ^}gߦQjMbMbN".L#w\O]Ɣ-2o{1Whӈyv
F*Q}_m5ڜ$KG|CqU:v Jȟf;4KQʾC(Ⱦ)v:He!j:yB:a IdSQt*AD.XG¾ѝil=6A$SxN'%4E}_Hʲ=!or^Q|5̄?{n!sȩ)	M[#sqr>i~e-u@#ʰXQ˰!wTHӆƶ47;{ϰ_ wcx\>PM37HEq3,Z`g]1SjUEb,XEjLAո.w?&;3mI?XFHnSe?}mӈ͋Dn{/U8Urnu7XEЧ+}51,c$y
dt-LNk,ŎgsJ77ʷ?h+D-]6AZ?u_]g?x۝b^]ߨR@Y"n)a/cQÓ8\XZ%=-܀PT4ľ2؟=2~5&{zܥC<]cf/sɿ
Ҭ*PyM?!h;nՊm^#y[:.ܜZ˫BпϩXg|9LHPz `UԺΝdm5M<Vc÷_ּ!"Ttth͌͞N<o4ˋcتȔ~GF]GA˚4Oҁ"y19.B^}[YިO-cXB0U&^NuӋVZ6W"3?NrtĵHT>;U$9Cgr
֌b+/NyRex(<eSKxԵ:	sJEi,L_<'hVrM$FGKzM6">&$~ {1?>	o@pb?q9:_nm	~T:̙7k$7MLXب330:/}&64̶Ïln_~JmWhBrVbf7\	\GirYzzple/ůk[jGHo<̚U%*avCdln6Xqo{#X4*vd.F&҆pC|wSqքԖme+.U֒TcIԀ`EWRb<\)ob8ːI{aG18\QqE4u6= 5M,rTp9^U01w~+H/h	"͠eI^8Sixݟ$D$@!O!{ȑBSb`nݽ\XVNj<RƓAtƌ,$McEP?M̎RiSqMsC
+G[b7}LDX7/</5JQG9X(KT?w=aPb@/6/7 wY0ӖX,L%#ŋdnԼPZ4L)BpyTX)De9:'rP*̽=u_2֪\F>uL|yިMd5iϕIB6W;ɊWd~1N[XH;6=-3
H׫-cʿ@T&ހz6ݍoBӗ ;܎fbRc(_reӔy*hM+@|79SvīђFP̡5s[i[G_rW0)$J=ͨLɁxh:)Ġ`=or	O4Qz46CoЯ*|˻aF'FueGO+`"]-3l-If'-/AͰ;8]۸N9i:&Kz0'V܌ܰJH÷P@oVh(J|?=PelE#x?ž9O֛̛a<mHNx98VeymX.<~5%R=#ZNXPAtP8_.;ˢ69D@f[ɳxFìu{=J64?)66(a"ʆ̭2	O*J#!:: r\M܊KՓv<q)
Z|f%UmP0,Q_53}Ϗߩh/LĻ[<!n1DO^^q$Eʃ^;ܐzܼeRΫeCYj>>aR?~	3ȱ+W]^'q[|sZ"Jߛ|K̓T/kY@.?G͏K#N_R׷:t)F)dLb}X*ȱ@*_NhjyқB4L+odApSH=EwT2K:<GIІ/mqM3ޟC(w3QE&i$Yxp26P{D`.dоzAt-i74tӞ.>6,ŒZk@D2aj:f1jo,4A/,S	rTۖ֌?;N^uXHE!MG3hגfk=^
(ew`
Z!~DJi<Az7(|D>(IHE:Q}!)ڨ2ϩ:$ZNpHq36$8,is
&.ط)s2cKR{"(iԧOPtkfsDMF.a6!k=J>U{Üc&R[s8<KP,p3XXNYUp_ІkQЬckw@LA&b#XBmұޤOt`,\@VSޖgKwiuC ȭaq""g׾^#~HSj3ɧI}̺GĬ&W@y^JTL@8ݒS/<%[~&5MO0ÉPCMgFCg~YkL/J!q=*"".^?ސ))R${ŌCw9{ɯL"f <;־d*\8GլFhڭN@\ &@ ֟;C,SnWOX\LLƈ\T-UQ;R?s4&Q)!"+b&A56]טܴ)kQǻ@>S6}iKDTr&)jk
J܇C˘n3a[I`w$5O^:4օ$.xھt[X7z.lYTژk[TLޏ[WB@фa0QoK	GsZ9`dVVO>ЌRãؙ ڨBt`Zy#m~ظ4΅E&o$J  e@>e;slWاbŤUoޤV)LX^YzXؘ`/?̈[d	bwA-j<?1πm\u`ǹZ+z˨XM&:ʺSuIh`8ڢ9ri5\Jn3w@ÛT׆~9BALOo1u`OF7YVfLޔ,!WނTYjRAQ0S8g@;5ʧ`͏|ɉ\дEi8p5XpΘܨ$kivra4Gk{޺r(y<-PҬPY\(}oPtATtv;5{^cM=9U׳tv_]ʯ^^Sb   ̼")k&_"\ɍ­*|\,Ǉ^"~L ߱T3T
`;w(rHL_zľۀȀ{(Q63%HKJz.T|j؏PuʧO®,D+vpz.Vk?j>լuDIb=Aвև5sS1@6Զݳۋ!	7M`3ضͰ !&%K|L٩]Lqv{)tcܴ;a%^xEia+DΤ٪y@/
v(ʁ{Pp927(=?)mu,df<3kfo~oo
Z{xC'WXItחWوqG#P=Ǔ#-,QξW(nevwbKL:ݲ8l&!^m~]<n[ޒn,=q:ƽJ&T9A'`E9
ƅ!Y~#%V^#ȊuX?;G3,?O{7o7>5?ip}~qC.uVrt̞ކ&e{;C(cK!UVǹ%10i0<ؗ1z}_Q+CڑXOW]P. O{KPͻ̒sM`
s͛04CcYN%+/ĬЌPՄms,#cP9Є:Շ(mĈhN|Ԍ%}D3pyK[%1c
CoP(p1chXRnf+H*)J̓	/9sunK.?ʮi*c=|#Xկ4!xBvFBIE9W*8M͐M+܏:{Јb IfPPNYej&ʴJK9v<׻u(ճm&Pj`3ΝɿveN3,c8eiՀR)1ƪQ<Ζ)W5s492DP0ߟd.-fƪ@6ݙ*}֢R_n1>ڛ8pe$س$ɜWэKvNaX5|-/קǷW1YʐNNM߿	Zg D,!H<R9LۊA_bU3o5BM*4+YaX@	A6r0Q!bw\TܑZJǈQ[`A^h˧I}7OoX-?T_?(A8^)¶HDʄGXĴ˖Fsv%I$ ?g>Yw	_ĉ7kq+cgGKxĪ	\ׂiZͮ΢1$H5lA!+jÙ]jt'ҊVR^,*CyZ|/WY}9]]$o٠9R^x^#|ÏQ(=5VuJro[Cxl-0+>m-U'$ֶ94ѭ3F|U0K؀3uڡoRfPL.xj/pSq[:tBq-N&Bèw9K9Ҁ[]OEyݳ2rΜҨ{G]UxвwC/t0xsh_+nOxvJ0۫)+ܴDp&d7B<cw,Cgē@8tAcٟb@AQ$cCWul7ӏdW]s1C12
yvb[JVĭdgZ]IXYLy0SەL`)ơԸjqδPҡe\DjwnR<D*$d;XѾEG=e#Ixqt{5R$SOttX2
͉͘~@ Ѵ?PP^*Շn@T;;JMoheqyA!Hݘ)Qt:H@^z]Pq2Ãʭ݃}%G}Ǌ9:ׇrq/Uw	~}|Ak1fM=!!_zmf86{؁al_yp6ä=lۿ0ÄȱWpl0ĬT1x`JEY {ܛqK)y68amG1s1Uv&ǽ,K/&v2(Uso;]$@i!!i]DzEЭ`ԱM.of	7M?Q5Wi*mOOVXׯ	YnbZ"͌kY+c?|cѩ|]xk#;3*C/*.s`^cQ^>(FԎ݋I1,B-,xݮ'9Vi=du=k(+q֒Wekٜ;V{dն<עnA}EIs<I<S/(R4fKgݤ{hOO3X|Aֻq>ȥ)vARĒ0bs0K\+f;CrG	V`N7wEL>bJc,	JnX[yt,ӧ<U 8ږ>Ϙ۫qʆ)WЯ˙Ga*>D\Sęn5 ;5oMBDQ-	*ǴE}yGT8\ە)5fh<G6)j:W:c^L]u	=sA)Xz]06XI$Oz<r҄H|e٣ע҇qi&"0Zdz%FG#*6|_Fh٥^U<N*xLG7t`qLl`xƈ.BٲϿOK[c{,}W4<iU"Mĳh8C=og3A
}RBĆRFIǀlh_MbjsOQ`pʻvzn!@ D%PrkCkJ!$l<)Ĕ[y\@ޡm95"77}On!OPLtF;rѝbܢy3OޒalOVߡq$3t_Xd:W8׷?DS8%is=K5:!}dњdB$lau.4ژ31pr{[E_l}mTbzB$*S_Dv"Ļ{H;u59$YQhTѤ=Kɒ?^ER-x`S(Cײm̓RՓJE7j?mvCRbuL2ܑ:|{e;-rhbYgӣld3[pf>V°ֈ	!ѦU4ֵ*E703kZ%ۙ|StPz&*ÇaB9FՍ_ҋ)FҿbWA\0<PPUvu^׵یêI<1ػRyť?^W[8)_[!9?Zμ<fZc1Z)\1fy;Pbp?~$Ӟm8e eLpkq<&:7(*s@OJRGr
À*ɏFv͓ȗѹ-$uW
?ϳHʠdZ>-I,}wgA#ۢks?2ą;mBwdI±ڽaD&+5k	0.B֑Y(VPǁՌ0D#31m1+(ݠ'y=WlqXؽwpߎ<y̔2KZ<II ќǵ١A-E0s|ji6Sܤr+ټB5љ~Ycï6Mس]ˉҽ,"ۜe:.n@sdV!)Lb_$	V3?]#8ޚC|ԭ,4لYxLٝd{bDf̲Ԏ|eU߀f}ϑ)-ݖii	bfCcf<6M9~+83^LR4R c{7;^ĚaҴP!xr/hxt?kEj]9ϭlPOTxaW=5-iT~0IHks]8m6՟`!P	×r<MӶ`1oDfssP'&Enj207T+}))Jp\"E$'ڙP(CN<5MƎ[(9YА}2x? Ystdi$Ņ2Xˮ9-le\7EO֕F#ɄYz	opECܨ*ۙѸ[!9[uVˌPѶp&޺M{9^ͤXC\7 ĢOS	-jD+'xNۍ41;]!BZJ!9izRŧˤyȧg>͞f;;N%+*Z+2Hz(p<"D
;ޥ)]2X
Zyc!+@L82SJSCҶ3[O(Xb3:"HчBȸҀ߁̳sǤtaS^8u"Fʳ5^N3ʰՊN!<jhBod"THD= HRHq֮DSmڧڇ.29G74S>i^ڬ4@Pc([%5,LN2PJ od̕V]si3&I\jDؗH39F̪2ѿ¼
RP!TP>0q482jlY.mIl;g˪hֈ1vGRIYLqB*d{e_*OCX\(Ηgδ\Z
mED;Kl-c4XCLrJ.E[G2]ؙƍ#Tle[jLZBX%)Qmŏ5ޢ)3"C?asC{͒ܞҘFr#p/ &
ϖ7>
n.JdC1L0ڰg6<"޲`˶r:0lk7̌xq`-j!rKi:J+x$s%YGϤ
fqe)RԵh~J]kRQێ9a,G(&7]yH2X*hՑ"-	$Wn+ϗTKS&
X3Ho+YYݜAtXVceqOوv8.%1x]&UpOa[@Sŉ+NCJ16jNG<oQ5%Y|{s{P7hA"VͮPۡlB'>_ɥzKX:@d)ղ;֠/U\U
5+Ҫ/|CP;F@Vli. etPsvscFΥ?8g7FH}J?:
Lprv'gH;k:LNicEG706t(1ĚI?S2f GrӸ=}X*|V=[_g$*sX4wS?^kR]ɴB9܇jҗ?6MNȅ6J!եTK"Pm|Kv ,f>0OZ-eƿvΎ-2(+ݘNQDZ	vĆƸJ6Fw@zU$/kC}ʆ7z4ߠ+كL>?6yoWi"No'M-##=	xĈAXܽ}ArJ~~Gܮy'yIx~O }C
]<Yu$=fyfTZ(>>?LW+MRA}֬N{2/H\_]<s`~$+4vĴ>=7*r;Š{N"TIly 7*`%&Ff*\R{#l9z[9uT&ȧ7Z;$Txr,#
O~V*3'Xp5ޣ16'4$&Rm@Ӥk(O=k78ͱymzPRu~A=:?ds5J$<?tݠ"
CUjbJX<s&IRʲ/)B}\/E	uJTp5qTLv{Rp5t(M|ԏ ,{<˰EOg_FǴpz#-ɝO!֟^Y"}I+LH¦1yބFTQ;U6,I|qB`^ԇF,Ćzv#0#*^$;״iLO0k22$	fA;R`ǆͺ-ǋw>Ҫ}- b¡l:uWg%,qf!6,[W=B@N'8A|X1RyGii$P*yCq;6T*YUDy?;E6B3(>j܋}ݥI7=RxI|ahlg?FɰC̧Cn\ca]D|"Jam6đh#VU-fCambhovq߈?St6U4t>QZ?8NvzRl,+@MއēaΘK٩ۋ\Rr3sX
TVT|\J1$OdS%j?;d<nO8q.ĩ7m	!~8w
"ƐwQuu;=:aQ#.	Q/v9W>zK_5ƚ('?n|ooݴ 9Hu6hjĮ]:ݔ)w^i=1߇|trTw&ˡ	0َrcK+ơkن&Khjdmwɬd8'̽g[mΤ%ӋdA@vTrqFllQUf	\<Q{0sw:Z"ZMj *L֣2M?qG |@xKۧrȔ2o?VߦWg%ݳNzW}Fu7\w &1eҝZʦ84GD4df*ސjJϭe!ݣlַi+nz'JC -!?ӥӊ!x")C?"9ţ5^*EtiR cMkޠGI$.$"0Ė&ІKBE4~Cʲ3Oݙ@AF-(e"fgߪp)w)ՐιC:+,8U(I=4ęZ|/]y-@&Z7gw8whC)-)s]Q%Ж]`|GK|Z̿-eDy"3oay|N-dkz&yV.hod/h-^MR$?ՙ7U;}ۏq/ľT݀.nr'N	>d6-ncuX r|µx5Z@^`M!kK۵	sX/U{80oU?$/lP)g/X+yaux%Nڃhn25<AQy%8#A	)S_1'^߉=U*udN39i+U'?ȝ2uRr¸u#؇P<6ۧ:G_#`!
gUF5K1Ηr$#ǺVN߳5mQAG66l؋XS-Rv8}ϊ	+nW^q]տ?WlA70kQe])-jTOˬF^}ɿȨSܫS%/1,)W5mC¤.iN^9)x!S3?qFU1o
84+lų[:;8Ӏ\bߐ:R[܋jP4GӀ`HQ	FSY)eBIlz^E&t[Ij߁"fBӷ1c۰ |E]>Y&sD} ~G^*g*I.1ok}2SŐ6	iN9SA(6twA'~BcHiw?b߾'MAr2܀0Onڜm|i7N\uV%ҙP75RbӡLLv<"i]TϊC˔
gɺuVF_ԀխÞiik'[fg~{$a~? M/vąןb]c<jGZkw;wET7;xFGh[ú87HMS+6CȒp8<Ve/m#Bhǈ-Un:e6٬=')FY;4֫g9C:^{F.HriR|5_XQw3`At-L#ש*PnZcC+RHG=i#3ȐN<PSr I'BYj͇l(ʹ,Vk"dLӠgxOO9Ztf!
rS)K:HqW(ɽpҷܽӸ"2ޒQ:BlbzRV%$@BYyb?[Vd6Z~m<7'RWt'ϭ!ԪƎ+*[qeЈߟS0&L;,Mc-l+ĹpLpǔC'.Vd^gɅy4s@eմ",d#W̻.0()U7-8tNۓ	~ÓʌPҌR=ܱ5+V	D+׉6mTbFŇ<Jq6ZǑ5Ƭ8WK@H/'^Y0oPUFU_Q5:YgNc(SYJ!nuf;3iV6ex֨Si֭w	bDː`X	,_&s0[Ld/#aM.n^I!&!O`w1{!%g}wb p˥J[;;Ԩu}<0dv}ź3i&O{'.*Γ3lJƐD|˩
ܗ
Fwwj/)`С2L	.O3(XxN<<ѳٹl7Cm!ƹE??!ڳl4i[(x[p_$±;RKV:62USwk>&+`.˱#.ebAg%<ST^:!l@W~Мӌb$]:Mqzzw%ү5"fFد^+ڇLVoxfeM5wk M-s<fM$SDK5+'~(C?qp|BtwK.֭Q&{5ϱ-Ќ^HǦz7EF~`+d;lߎm$%>pRtRWCa3g`k4\PKJAC1K7ĈZ;Ω*2'c1ZCHboq&&σG=y<	":iuÀ)\ۘkK+)!w֛ßAdr0ԏ['xFyZń?4?m;;ݼ\wح>`t:k]Ƣ[JAݎYo-.AMoYh!˴5pDȽ]=3K̽4E[i,hB[juJlWl=kCv[N)*F(-w[~ړɢ';ֲ\]HGgۓlL35'|Q]dާIIL&pyG=FXڂrd_c0Sn*i8Й@ś,D+<5IP^lml@(ÝuZ\llJe_a}I	)m^Ipb(_ӏ8ڜFY9۞l?}XVh06͂!x.+MxOOT=I.E6MDGajۓg&>D۹|7M,b3on[wRbĶqX@[TQ}c)R\bخ*@DסPQ);Z݁}7>//W?404~PMbn'<G>Mwl/lt|BZЎExMsDK#	R&],څNp*HZhuKg"Qͥ=[К7RDw=˃T,DdHJSs/1s[eS[ %~ҡrE^?أe݉cGMC<͑=	)xpĊ%eǿR 2z|x^j8wjM֏e\}32+k}`ѫmԐ-J&s?AlP{[]<Z-eE%A*\UAr^XL6?%A>Ps:j&#T6ʷҠDhkxݒ]ށhufܸywjjn+>f`GDx<$MRcL(9ӊ2]{T:D6@/؍=~<}2Z//]DHXۑpoD5~jf0ʻJCp5܏T88v173#;?8n<ʰ?n'MU:_lq~Z+;^OnS7'׷$$CT
>__dܯ:zhSLsљSW@hYfżbtKɥRJsŲ;];!ޟ
,I VRAڴT_L("@σV?a|ԏ-_O5SXLLNI`.ea:mt[P5ޫW؛0_W?/#H:ZD<;\E(<;&".40aڦ/BO h؋$3̸ʫCiYI}3HJy(:8ÇKMǶ80m4C[>ԋǍwu~GW5޻:̗>߯NlmnVʹ<4@pS	V~dӅHLw\~ǿv\f.gEP	Y=`:*NKf$<M~K~:rSBs#jAּ7b<hq]o	Z{k
%|L>WZ:h%:2{pY2*|B9kYժQ.+0{0;4$\	ktp>
AXPiPjY)
zAλ(̄e&vq3}$er)ڰ(6Cg5Þ!V
8Ȯ1C47f4ǳPCԮgP+F}{Eq2mKYsփ<Z΄Acg|~1+zD_&-A
ys.&sʥE$6׌bߺFoC`t(C(37?i^WA03&|]P2|+qPr8̞If*c)@Lٯ^؟\ȥ!vo;,qeo	U'mW1++
'\ϓ0a%ƴ˳N UJ^þ8lcĽmsLMDMYՃrqbV%2kVf{j̗8ObqƠw?p:۶oT-eRե!3Ҡ|/:-.0bWeB
TנH-0|Q@N8i<^لup6Kr<0یvȉŜK̠
+x"h4ɢ{ӿoPNސ}3CIhG`Â"%f{oW5*N\M!St"hpXrN[v@	-0AۜiNnT"ӠB"
Ռv?e=h',c}jrޡ߅uȉrA=Uto;,IhkڬeRˣ=MG|Q-{ʰWCNh>phZz$]EqݑlE	vͮ.6JuŲBX$xOv`5Z!:'uY.9S$kLٰW%|ͅIОa	4nlǏ=yGŠB׫ץnЙjƘ~C&rh&3n߉.؝?/ ]F`/ҳI;/^1ϒ'`'paZ$1$a8ߛC{ʑŖ>;VpqhU* <>	wԢGdšQ8#N&jB)ÑCUh#=#_BAgKr4u9V"stA^ʵ1OSԪ!AJ׎ݢLSb=-MyCƀ2,a&б5c֗Dsd(J0;V]=,-˼<,ר>JgiqPҔ*~ЙݿQ~\e/a(͍74OU^f0ْR	y.m	</d[̥I*jTacƌ<Phߌ]vA
<B^7ÞwƓЁ؁n$-dJVY9֌W^>(7}N/[PF˔!SIit ҹ-:H߲	82F98e1JH'h4S,Kd@Fswh#,;{EwWiҏJdsK״sR2 &yЯk7Wt!2u|,\}Ӥu $ng30#Viʖ6iWnXK0CSx9ޏk"^8 ~޷ܨJ869JiAߋ\Ō3]e&6sތE;жQ%;ʶPҼgгA5j%QL{7_ОC;"1SW'Q1EGԣ{7ΦN$Tz1rg_FvYbAt/ǡw\]2%%nlB+[yf![O5Vfp`uk~Dn&3U_ӆ.%K*HD
Ӊ· 0Lv~LWdMgv.--ˏ!-on\Jª5fʏz=1ŝqAh&,WOk!UP.
#C݂S
}LJYan0՘Rׇ v$]fdq.bߝpzA
3'YG!5Ã4'"ּ(/8MOrP܅[XZ΄R֧5[~"	+-Ƒ-/:k,W@3Yܫ5LJ<ۻ\LM͜8ǋ\OR}=ƛ(j|e>%a;V.FXhǴB,p6sY,y\B\)^Ow!Id{.=+
g2pB{tx4L[w)?|-w:)ךt|Ґ!=*dt63,<lŮduyJgTƺ~JSծս(}!ö=x0wAĳ'ccrP	SZW`Q0|6n[%\%O:oa`O,Ǯ'-#xJHKwHp_ZE5-.fɳj4"z`Rn:2B~VuBtɲ	f%my6a5y8W%EFÒb"?Sk]VԎDQD$3vߊf٩ӄ޷#X3_94%	ҨGUtWx+>jE.>ZJ.nZSyؿ=WFR_׉Æ8Esb)\iA2
ce^> TegI{mҦeå̘	)״<;	H	ln/}mCK^GpJ\GȰ#CZi4W*(5K7Wkx)v9=e	L:Ǭk:^k߶3@Y~{ի\4|X!_"O<Ism*x&wJ%et~FTxC=Ԋ=ZUw,c9HiwvP2dsKrMÆ\af.J=l8YxD xR4(={ijI[COUĔJ"6LXq$(LSH?LYڂKowyEXP=R
HR;.6IGy]W9?`{1eYT
A@`p܍>#KJJD8(e2&{1V*-)&46SCS|(,S%XnKEZݺ#E\M],+96[#׺xֈjۄIqFi;ƚ+[6\bqdL/q̹Z-,3M%sF3-9dNrVů?Qyܞ]c0:/x9jp,Pkq{7`<t؏/0SMcyx"UʲնIǷԾǆwŪLX^S#qЦlwӻӳqVvypVr:7Nѐ Hd]oT[7o}waQwCZ\4g{`RA0"u-S9j.S~s6OAT:"fՑݿF(W%L]IDYa؍0~ZMs*}b*W[`>c&#:mƼX!3K|ۅFeW_W
t5'N!֐1{T(?oܓơ7avDnZ}cXG/A`Beӑݙe Vź$'Nd?;IrX%Tkcm	:kҴk]Q9WRߦ՞޼	םq9?c?uT0;YvL<~=%b]%c1y~ο Sz>2-:.D@xΫ&Xr>g^f"y@6Ԃ"9cNr{u}̿E:G:z..Vh3VG+`:-m*rܘq#@&Zåae1=(zҤA(BO4}:IrXguޡ/C϶{G<ȸ3
6Cyp20</uvNdEh,ާt+5Aeߏ
TZH¢
GnD֗3Pq\sZ}9.~Oh}ͺ8fٻ.v+7]XU2;Z?	̋[.`ZhG ğ֒E9Hjxɫ?bش(.ĪnBP+7^{<L=ߜR_a&*+;D>~_\ޭ|4?]Zаj%ߎgcT@>T!q(-ܡh5:po0!\*^|_h'؃t|\}UWJdu8

TgǷ}L<m"eMk
)Ҙ<Wx,rQ(W9gf1q]/۹C`f*v	,?/!k=bsuԍZ5ۮ;O?"iaGc0,-Dg[(4(>J)`3%VACONLnؾ20_27PgkRf`)q&Ǎ DYg!*I.Z/\&ӧO&IʘIXe[Q*F9؛5	$ߴ:0PAۋ8;`ji߁-x BiK6hkѹ0&r0RY"7c9M{K2̠Q;^8#4h 'r	lG#c6OD@uq;Ga4+"Ԑ6?cczl?þv_OEPASq-^W:oVXc1`->iY9"e[I٥PM.}?vz=fZ	܈)(Ci#Ĭb3t6k:_
ȶ@{N޻&a~J}@NWUZ^/Ʃv>gcbJN(ԨoҘL%	ѷLZ%Dt++_~r4gޣ?8LY$%_L-Nx%?WGVۛzFF/.Ob#7JjDWH]7hcE,C.MZJjhUW^@Utįl֍ԈOFEk`Уi@<5toٳAGx,P&P-ׁ#b;!6[7QO7%duclM?$oߪ'zH;0Ke9¿hy)Dnrh>>d-ṰYgj'G"MB`?ߢX\ۨ<Zʙ/zeil@Ăo#Ĕn:?v́+ڈ#u%6L'O
n`p
R1dWעk{n܅5"/Pq!
y1N= >[''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(17930)))
