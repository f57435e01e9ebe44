import brotli
n=a=0;b=1
for c in r'''dxY#C|+WiݸʒuV=g Zӣq8)&ސxn
/:mxԷYJj0g#}͡p@IA%Jݨ?f*ʲ0I]6Ι*;GSlGVF![4}X&q9MVAt;Id!OA*Ow`WÓe/ř/E'8ұ@N_9$ϐʞޒPخ֭ɋlcAϠ2oi3ʞy2Ǟ:ڢp,(Mpg-ٔF?[k5Y͒`[t<&U4*ӸE
ms_jʓAxpdÉW-@`)F!;d /7rJveMS.ZT{C+jfRvk]KYP/>7^Q{:B]dp9)=ʾxQýwe\Ɠ؉{5/ޜlVV-<EԯpI"	@DJU$M߿eS:	-	xzz#Y+_@	1ۘ#R[SPqcL'؎(ڟ҅)~D|ȫ?"2$l8'$a֙G}*qA]˗r 9Ǖɜh1i=!^ȜUj؋Z*EփӏHGʦmy&5\(#Nنfr,UZ6`GYoaӽ)7;rq=%0LACP=V7Ũ?5?wY٥gdxW!T	ђ;x`ƌUU`>lygo^-z#6x
VP9=|
E\I-NV<ƇLi#JlPѮPzĸm>ZU!68ה76ì Pqgmy,!S`T
C5!8ƒ,qx:w?XXŐ1O:Acه/P|k@ב'e4~*Z>TߌʬKbׂF?ExlFpZ̢}M\l8F^۔!Fك!<!C(Ȝu7glXtTNR`$ir$!EĢG]cI-kϸph۩eSi11Lj5Kb61dT'7a]_X<אYha&+>ׇ{mЮP5x*E]e&jKRi)g	ת	HE]ͳڵiݗ[ОK4=Z#	Eu4`mVؑHºq$pA@ʟNQγN1-3$9kи
Bʏd[4Y#gȀ'IZP#3cR=7a#>>G_)2J|bpaG@D?_O,L^L&PeާfCa˓VƓ~\|٥םat:Xz|^ϰJd#ЄVtܝ!;҄ql-uг12@Ehs|(}ȓ_ANu&[jeҋw]^PIohRWـIMǖEB,>q!nw=OPHԭDC.YH+TٸZ]vY81$Z4L4ƀIpq˳WeLp{&˲O+~!SP_E?zwQ	4LuL<\&qβZ+=Ƕ5J6۝.<zurˏѲݒx"GCy'tW-I {٫InZX1E74z}-i3aV8oAA#a-,;R4%>܉ EC`b6lQb[D\f_Hq=_'٢]^ea?t\&/:<>LÖ{,6RbEY`|z!=][͝*([`%VBjpϴ;pפQ|Z-=;2njЫD(6<˃ƚ^~FTQlxK]1Gy\8&fM^SwLBܢohB<&ˊUs̹U=WTTRt..Ы%c[i+	!OL7}im@XI!/^I'mJ8X%Zˇ3A֡l^"־3.qJL[eX!YxNq)̱mβ!D_,(!ib",@،Z׌ےUΥ76GpG$Vuٚ4wc_O`T;(t#yPngkcFbьJ)_&MJLXG#MU$̀LK:p*aMwOa{ODUruao)*Nݟ.©mȟ$(c<ލVB24E3)BE v>}F5`/%ozMX>*Uy|*%S+	U
;V	*u`%?}f+agTժ" Cc
Sx!ˎiuj"|vTs~YK߃{#"t!W%*2q-6eMbP\69¶ #|{eTFt,r0}V~7?Gں+]K]љwhmnjl[:'ڦһ"V2IGIe9Pb	*+G*<^iw5wNבWFJS|^&q	GpTJ:<og̼ٛO"ːAҋ]z(SӗƭiP.*L[5:UUبI	AؓČ(؛HƼ#c_Ռ͟@ONvyT4#"3f8fܐϿ'H?k+i<-cJ8Т<8:GGC؇:nir%)3ߊT?ӗd,{ܣ\}A:RDծ9bQ&n	~\1EFձf<r17	T/7|Ƹ&!3ݢ|	ĢۡnzSOwy$UxunV
^DTHrV#ˠ/a(W
2GA`LwE9oziOy>l˄GX_017#|cXCP>IDW]
..Q%N?5e34ףǎР-9qǮ7mCcہ2~NlߔL0MfPέ64xx͌1Q\+$(vo5ubmXkiQw"?sr~)AG(ώI?-+ρ'8;.S:I7M_x[Rb;~aۻtP;#6*n=c0ލ^PhLJA4g[R̾Xl]4;O2X"9p/`.$4R=A)OJBLsN*iY`h_h	u4~ʷg3Ԗ}LlQMF>4	tNlb:5{cD̗e:F2jA|,ɺQ6]`pU%-ŲS2f,׎3Wgc߽d˹vRtҕgɥy>XcT<ɖhɒ!Ewv_,>Pp
Hts/}^׿+00$ڌ1UBZ)Fj?pīi1z9˦/[R_X<TV{4|vhiF*]Epd/OrI݃m"n4aBvg%LIsM7f~ޢV]V۽_DZ2fBףɴBϹ+%(̻R$YxӮ ;'8j[ǈĳ6;[u΄vh~=iAKȷHk=u6w]4a#ߨq'g(ubOqŏ,hŸM߷P|~#-PC{7w9@Ы~Lӕˑ5iO=:9"6hhבw&QAMv	v<kg$Dϗ-d2ZGPH'gԈIay@'VrPnާޠ̾tgo|aYgvELUǒ5[Uʝ%O=rfUP <cj_|ؿܭΑѐA>6nޏg?)%4"=˅0lj!տ}C*'iHڐ(K5?ɸKaq6}V!&\~ڧԛû[j7b5XnaA9g/7 ^y}GFݦMkbXfc@Ҵʋ1CۆǶdügr#i	z>wkug)UFϩ}@st&3A'ǏzIvHWLwaJKV_UhѴn ĳp=ͼ@qxЌz³9({yM%ny08$zy
'>UjV̠E;lܡi}&}8[d?mӃ*hiXQ'pu8&߆nӀAoSoԨlm:&i+>j*9G#$\<aՑ٣~03ɂ}ˁ&mqƍru#?Q7܉˖}gCJՇr3H(ɷe-i)ؾS.i8~d\Kp<I߁T#`I\tL&/.!JSNqA0`ضLX,^?vJIlrjMfv</#eS޼GbgpL"VN	H0G(KR[n^hbR1suFuhBH7?f)/QhQn1ӼOYʯӐ(ĳx%lč@T1B՞lrr]>R)Pi9YfXz/0ko؎/Q55tC0-2YsNZ
hŸΕ*zƘCfJ/0;o%Se|b~Nw "r}:Wț8ޚm4kk`,)̍ڃK<VKG"=JɟِbgDHa2xa(`V+KCjz|v6or3jgyTs	dNi:T!AZMeS%_ن*|XN0`%W,ów]݈9`ڦ?prJ9]ktM&S;8OFn:[٠' "5N}BBLZCLS)`?ߎ[ķ!6.yd(lޣp%;T>mF(C*QQJ1w~x!k[n˫4bOa:8Uݟo˫T37̕ȷdڧʾցw2|EUgK'ȂGӡ	\Mi"Ŋk];g~ʽd#sL#2XOɅ|	!7g/L/=uJNRz(!x$ϽҶ)8$u\6<g%(u1I7'-Nq-~߫cB|.ɁO!-"D$=sy;F-$`lpS;'Mxs@La\r2Ed'X*;ܲ>(XfzQߍzݔOK(jmx	fMFB52@l}ʐ
 UUuL,Z6Ui]tpD^k^R']C\H7q9aPc]طg[	ok<_F.u>:=-ύm_ǽΈ]YM? يG(ԍ2`)KV{=pmإӣʐټս./Ε*Cx`x^@ϻlmxTӃ/[:O21Vc2Þ&Kh?$YprKҾ}!cWx8C6?'c+8Ƒ]nν<ǣ1}{	2YЕ;Z`4aFDU^D/BPѽۗh̘PW2E	&sEe$Cٝh`%MCI\?ks[<$hm	ʫك}?24^#EJ9)GCm'hB֔HҰpnXed'`>I˻z"ҋH;XIfhۡgW"IߥmIpfMIs6m&a"a6ػlZر\	ѵbujfv,nوVdawOF.6pRՠҠ3نD"f*$]q+޾m?591Yk$<"~~Z$(şeаl2ħoS+B{qRAgE=*1фgʘR	xQӜno4ibLOO	]kFp֢њXػ{LYģ,`׎"r{@ȼJo2	J^_0xȈjUXvn3=u,5$9boq% s N<g=s#{~ҢWFAnN	_g?wk~)J4~
AICy54f|ڸ8p.p7lRR{ tגݘf]]
5QÌ0#Xcg35y~Vhi?8@NñfG`eRV)mnYa%zTtЛqȩڗ_,2øˤdu(`5`ܴl7H930Ϗ
xչrز=dX1YdNuI:t׏[dئ&RɉNVIa_d\}*`2!)eo7p۽פv"D^́0ε{ENHƫڄlP*=bę\HGs$<^@gL.fhݍqćPӇ()d޲?PK
w}֨@2.mXHpLOHLwA5huXE%GE2{'=@VgA[Dͫ}r5]}t4a\@[:x"DgOVq9CrGy#cC1biD͌>"s9}`h2HŖTNX9zM74y:"]Ha״^mBHFc)(h{:!+ŖyVuӼ?n"vmbͪYe]J(t݅a;|yҺy:Vfmopl$&o?G*TȉL|c{ ڻz ҳ&^4vb;@zʘZGNQR3mHwȞ[lpnlߢMXÖ80hĢJ5t 6"7łˎdX=ʋҸҕ+֑U39wfa0jݹ^)
ýʎ+>%("2ݍ+a9DN}luĭss?MڶS6KM,C78=DW9ejDb~=ȗ) jH1V*9W%U~eul
bM6)[W8ħTћſ&5Griyg"l{B|]7C+Y͏|o*ʝlCWPU!T=m-f`pѭTBGǽ*3E?ysH6l<\4ֶq׆/F\6HpBh<]ͩgfa^,,ނSFtkIZXH%r
ZOfNpyI/DGņ'ϙ#_d\'Է۲7+&^Ukr>/4Stȳ>>CяSǫLNsh>hO0VET0M.[hU7ԾJ=BDwEn]0Jw̤ϕMn% 6_'b/жWxXq92֩wofEjfeb01A;Q=yٯI\?C"C1cvB:-\
n=TbbR|_d$lwѐvV~m"dS.#?2ʣ
v<B ]UO$tjƟ/YYk
|JY9=˨lRWU#ƿYȨb۬:k`Tťi¼JП@>~Pw9VU{sq"f<&XhA=}cC[jlcVR>4ֳOIa#j+>J]y[=0#fգ\$9!O*\=-X+}ŷe/x;jTaV~~N#:/=ΑFڪgA,}V"vW;]r(8BvSQ\0Ywe$^3MiNcxn>BNQC<&?iÆqFH=ŹOKVhwl}>ܼƷ=ߊ3:G;z6΋-Qxa#ɂ]֘ny0Hqn9nd%Gr,(ɟGWQ<YWb~dv_5Ը K&P_:;"ͥ|KsY&ԢߓNb0A	\c]tTe^[+iƘϰ+f7ٖ
-tYT.,Ct>*z Xϙ̡Z1K/۝F/	:Ёtl#&/^=p_.je6]{է#l>bg@kܰo=ܪS*}=P'q
Yd]q5'PcUFO~BIA!AX*TƄ2gKή&| 3Ze%pD]x^'nJ҄ަU""-|J/{"v^m'JƷ]7]o)_^Ñ S]S5ނ$ge+ɅҬzpҫ["{8(M2^9mb
gO>KL.( 7֚8݅a-:͒eLҨ
L׏.>t)֫8ʲ_FW[ry
}+M %jm
M?b0-GG\֋1>p}z\`Ktx8)%ǡclPh:GLotD14uҭ݌f#%]"s*2xAЌ KvhX6TdhOiXAdzIywbHMh!uO s/!otìA'̶
*US,Aˁas`X4SM$\#"ǖa=0_ٔ0c/e֐7zfLg7ko(əeLq޺D0<Oz27B|Y,Y5);[XGqmNєˣuD
a8+В7exW`r"NyʀPG%-5~85h,X[yG&2,+uƅnf^¼4<Vli8Kb3/eGs@Yo`xCƊ	?x
Ӿ?W{D"i¿ˡq=t]*/t1W=ۻ:v;3A!ƲDr$G9SaTT,hSMM݇\rj!AS^=ȑ
pI0f#zGA}NDՄ614Z62%!ws!	ؑdz!Kts`xgr'$nt\w_}gY9*WtYuPfյJ iNW(iKg#:^~͌q_:-˻O	axuDϳKJjv.[L^UKھ'c6(xTIqέϔj;w-S1m>3!e˃Ű׮,963vÊ	k!gGq;?#EBz!H5ΣlNhG)x8PĒY/CE{IդZ;R/NbhN,0Rhl%IпD}Gfpȿ"XJJ]Fow<;+yE,twJI]NŸ^~ڤe?}nYsX%cfJhLcR\Vc:p-$FCi[oC/Pq&7ݪ}N,>y{f%7#dm<ԥetn8W'v-A|7h`7Yޤl$!d̦cm]wZ>H
SՙteJ"-v+x+ʢѫ<ĖO9МH}jDh!RB@þ$n34*CpC04Լ1}ď<(ȴZЁldOˠ؇YW۔ρ,sЋuhd+E"L$Ls Ie x!_~E4ĻX1CziT!273&
dðPa+:1m7epu
=J:	e_7J8DpЬzf(:JET@p]J$1vWL>:C).91=1׻x}tJu &>x2ߒdՎ~GΘ8~ݥ8zQz5nB6:Ǹ+2X.(Qռ*MըD`8%*b[,[j%2Ǳ%>i		ß!%D+*P'3ҜUϾq-4ԻtřCLεWXUZ==NbdϺeQ՟GؾY_֤IDɒWߍb>0OUock(%\Ї	ȧ^ڙ"sC]FJ4*v+G#!Ydbf!ؗ!5ʰ/CRZyu)4עl(kSZt?L'Jьϙ1WDbmɻW\]3hH4L.p6g3ʛ8ٻxQտ"qfկ_L	\I-#69=xLt+	\nEիVpw7vQuӚ،|)"|V8|7OD6Ɩ֟lnP҅S^I_OKZ]kɽQ->ƕOPPsvk׆k5;+sVԅXWٌF|2M	R?1jqf
CS+ؙj4R5g:pj,V"I?aQrA
n<m)Ot]{V*(Jl?z~֦QT=r~i]GFst׻
"ߡѡ
Y^7PaE
O/Y_4pu'ϝB8qz-pcx 6kTn!J	
H`£8!XQ
~	͝GGO]jQi~tԏ{M)ǻ2/u+25ҫs(TX|"NՔ8ڱ,[Q֘!oܶ Hx5=b`ePz ݼN`HDE>c̪9'	>_ع}G\0'rО
&!;	zsXA,SG
u!3L;*ѱ|s=ـ̡kzEހ)o*8)E8D:sGB]HT>^Llng@h֙GV@Э;>5I'Od~)aXF{ۈaW37?Q}BQOIԹA2\qڹE!ɇȰ	ͺ2d(BCZV~RL߼̅
ˆ;bqy\F΀*Wh0Ƚ?S.wƖpo24gc[1#(iNGA!@ $*]ɂ DVqǑH`\@PU2,U$ڝ?*߮&?RAINAA.Hʞrŧ-͓Wß\sB`~-5n)qܿ܇MSԝ;	KCɚf+?QfhEgy>+(ѹ]0ܛF=p[7ժhL#J+ni,e'̯ڶeVh\s}ɓǗ^&;zZ5|\(ʔ:|]֚1YWX"DoajG͖8%4qA,Yg(WbѴ'sŝP"ќQ&@_>A @IH=L_{wհBu8Yp]os׍~ߞđ*;69^8V!7/ٗ/JEg]N$߹)sXeK8TЦp;A3D4vn(e	j3ܿ܈K7{&DTP1tvR*[ވIۡdRH¬-B*7}F>͟F\?B4|SɚmS_w2mbYN>XJrgoZpY1  E|_Nny0kIUeجv)K@Mbkrwm(QB\ǻѻURvϥ>x9/rŝZ zQOTNيV|D?4fg|ԼBThעؓ_o7k>	=u̯,xG)JMB!&&߁yoNDg3'=]ڈ=}+e9pcND9¦˚$'^$˄t+gt89Ep	GAW~5r=p>P݋LVqҸ@B*?;G"sZ3~>
k66ڸĳVO&	c׺Km:Vx-7 _(Qv.0,X#^N}H;koѐ	k!h~l )3Y1%ʢ2GXج Զ9$ƴe3k~JEoMOJaS&>i~{4KqNf)&sqIvjz`^W9jXaiӨAGv	q&=j`7!IEʒ/r4uxoptBi|M ~Fۻ߸dЭvb0ߩ	%pJX5'e̒Wkq[a38vebYT5<p+մrGXetłezB4qyOvJl	9y3ލRضyVKs0^~7mFnDmޏg)G\VW,
ΥIafp0DO| ):jvZd¿ۣvdA|-I_a8|Tɷ=1æ[(R<IXWG7H]*-R]ao8Oav<^gAkI}f!4^B8 ^ۧLA,P_Ufk8"fX(Jסڑؿkv#[75кŧzT)YZ)`aϱf,&Sb($Ad!6=j	,d]4S¾[j.̮tÊȻ}ɩ7- T?u)$1NۅO0s2lG|Z=ϸ&i!|^l?UE,r$U<`uNÆSΐq^J,h""űczJQp9'nU+J$;խǑJW)g9snJ%M`'V˻;XK6P ɿh4h8KQ	m
uR'd&Tƿ4Ir+<UG:RiP4,sI0E/.%ǵZb4Kudؓǌ91T޳6YcJގ/Tf%uZY[,bw\Ҽ
@Lm{pSŊ,Ycqd	ˉ+	k1ayc^_;Sۯ!pH+!;3ZI#Ȑ$h:_Y+e׵Wt~RA^.>bY>;YGδ`felʪ$s%V/̞b#6B&e6vfV'WBUِA֜ܟ%HƆ˽g24΃-ϒdh>2y,Np+WŬ1V\֙
j&_kY;N4ݶg5Ϫ`Km(oUOT4dh#ہ+_vd"Ůiέ̭.ԇCe9+Mؽ:یРYuرM-&Pn"F:Z}f6b`rͩU,&%85skYث܏BFh,RyAˀkrRf.kPPܗ6m@F7GyTZ7<!8[\-+1Ihy܈vO_jJZ;A1EϢSșSԚuŝ#b'(IϰԀZ/+ߜeŖ	ջmzkHA^Uɮx7Xߪѻqm\1?S[NMK%uSRظ7׊RV́	Mӓ%;kk6fWњPMq7y܂uN;l! ~mP|n)ʿlg;sxb=_VG'߫&>Wh@RVJ8yK۞S.X2b;ӦεԚƙcGV~%EU'GHKZ57XԢ?wH	'*Ӛ5){/'!ؘs LTD[}-k`>~U#-aF(vʿZ|R?FHIz$+!m5{ӯͪcPBn'F[K2DܾJa bc^_$:]5?`,Χ7K	3>H!s%#^\<]\ݻؤNs13Bѵz<fW,Iɚ~.YwL0q?Eob6=3h~)Mg6ԣ~#yd"cjkIu{lG3\02sAS#Bׂ^.q7Bݛi30kQO*(0eίsihӕFxxk-Kَ ۉd.amJʓdЪ,lVɋeibԡ8dtL60XC"b&jH"iu6`>9m=A9pZeI>#FX·_G2%bx t}ۺ<1Fj&s6q.i:׀n)m$m,TkOZx\!ٛcvmFFlѵ/QA9qYM)ޏF\-&ٶ&߯b&z!=H2E}6Zg=Nˉݠ,06blЀz4A@ٳxE&!
3߮̊'oVW
KHќ{SS٪Xu1؇ӅN@}yb>7~lÊ_%<OH@۷hx	Q21
Ʈ	@܏<։O=0nDCO+іt	NvS!LUhۧx"ΣG*Jأxזwc,"NM^.<hz֙Gc>QxM3[e&tMu/ES*r߼^Jdgy3uE!SPlpNhhYPN}AW|S%9\>Rs-=©x[Bw_QAQXʥ W"R-ڱxP'e݆kҟlP2NQLa΀˝h|~4[omhdڟ+(2.]4^yS^?ty%]ֽ܉5jmA\+rĂrUt'?%7$}vnהWm-aJ'"}BMzE,e=@8ВhGO,1ɲ%]ߑpIOqĹ*oC;o4=vաjDE*$ʋiziP|RpxS=x"fNvq9MI1S5s^1-eHY4Lӓ,G)EXx"="{̀!ҭxq1:~4abؕ-%Uyew(3Wħ.UJPuc@Ӗ^ڔ'a0N!)%r& u*/U&A1[wq+jbfDlWڍӺ$n<dB=־[Hȷ`heP|sxϏM-Jn,XcE?y:Ť1kJPs"uXL+2.ߡfmŁ5bʭ&0WP'l:u	3U,AƷtߎ5;(Y{=NVpÀ2ӡ\a>\JTC~O$]L	7ۻw)tMߟ.r*|4Ôɚy/X>դsrFڥ~2M/6tqՏ;5z>Dx,4f'zT,^3`De~ EaRf1cpr+GZr
w]6Dtkz͏BkQ<9Tc|ɋŘփrOvS;Ƣi3BDyONzixݩI66g߻}^A;J.xؽ)#CqYpqZUP+:a+!+FZ3N2N:ůe%wEԢe]fT3ZtD4;Cf7Bm$|!?Śph;_`ۉGXZX9
/{rǧϵ5ntdKÎ7*:n=(=&S*'H&)F[ЇQ)!1׆	xłq6\B.)ݭa׏MFbI&MGvhg/hׂlo4v#6|.&n5o,p
$r99]J$
%OːWf[?aiuT"`:Wv8q+ND>,a3kvϙB2<0gnKʣ$֥&^RgPȶ(58EKG!ǻ$H"q\8$Y6ߜeЪ!i[/ԿC!v4[Gq¯:ΕUO*'T!sqڡΎ߻b9ѩ*<[ǘƛK*IR%ՑDnLg(!['}ug<\pܞrJ١VѐZ(1$d~V|.iN_Glغ[Hgu÷Ͽ![+ɼ(sէɞ0u`Dbˉ[:ɍkPcB"nQPǚaߩ^ӫq3Ǵ6pKRl7KÅ^A9͇!w, 9s+Kr
2*sC՝(sN746ΌHB:Jx'Y/Ώ>rS>gy%$B8?~,V+Y4=d@F0?xbn$S8Y/=L*_×COqo|0H\wb;sZj~Ai))k&3CZï(u;Ky]2tKJ~I3fՂ4.yaT՛R~2(ȩ8C2yoN"wiP8-R,:(sPeQqPbCiÛ6s_ri.PXFu@0f'`
/x4QJw#Tgٓvc^.ؑ1!¸2=ԑKJ*EXЊSjAϷ+`!liςlۢ=dGte93Vk7W~:#5,NAޥgcAGK"BY2{ܔelɺ=%7QjGX݁շ[)۟Nd۷8%.?Ev7_Lɇݗ&ԉKD ]ŕ](?Ө7?#oӥM:ԨwHIΡղx<?mSB{(UiŝOp߁=AHݱxyex,"<4gX:޽jO~k,?j{> ȳ[zOZAױɐja|"wx=Y:D)cwKJ,Kr$bKшePTՑλT՟jə,zU;)CJHxIiܑgnIEwj'RܧwQ8U;bM"]<6}Nic	M;*Phout
N
{w82h7 \
ܮir}Sqʁf@cv߅Qf	%9t_Z,uAi&?`Zaсd
#~ߐ0?9V +vo0=W49܌rKC[8;`@ţkvx_q\ޥ'HF^Ƽ4I_3}z(6HD=r$EĻkXH׵ݿŖm$A7x5u1a``ۀҎ?ɩ޺x'Vy|\RvǺGd<ŲSVp
ݷX[ZZ@_ăك^c}E8ʉ$jLD.P	9gJɗpB[nc-t]E5G؊*Ŀҩ5Rtw:ߑ<DiTt	ruOa?S̥$=ӳ>ŏT5w^!&$D~1&VJaCD*ʦ.˭zGEzj8T~]Im[nE:vBm%׈=fJ?'_DnӼgNGLa,ɚ7w+ԌĦOTZnȩ@WE3=͂؎*1&Jw0y߷ԝUwأ;[0Z)dBB^-̐Bd\dց̛#7Qef9֞i7XY7בFR;n>fG{LP.ݗ6qYo$׷TCeR#AeKNri׷kqy*kr+=MMǔ,b6|ߝz9O	\aM>!pPKө&{>6Mղb=cPbQuXt:h]okz|^݈·{[<u+=E.B7Ean FSJ}3֯I;GDQ"mN~3-14(oP6Y Xf\x>]dgSosHrU~ArHMQQ"u'Xzp$Gj(1W
tR]l
כ.s,.+ؐdȕnQS8$ڗׄ_A^)Uz!Рje)e"BChg1L#Aa%mG5D.ؿN8*$@,FOy{F&đ+;4\MS+iFe(%?}!P-:,pu݅1ٶ}iҳmV:h!M	lQ8	c799]ƮKe͐}҈2_w)Tޓt/;JG?EBYuv|ݏIa
G9<@B=E[}38RD¦}QD@r޿0xW#ZEͳ;Ӛ	
=Zn}i7.`c`(?m =z%e=]I1gzRFq2h QTiƬ:a
Vy? ]6%{:+2
A#j]B{vPONȷtY8hG;5jƨci֥N@y 3yG-tI)Gȕ#Xom\P=Zͧk[3݄G-Eͫ4b}w͂pGae
-Ю%#8G(ٱ߬oC}Od`ڷ-UeJo9`O~~h$hNaH)??-}L:oANȹ&	RgkR.ӫ}Y#!Oߦ̌wȥ(vov0;ͺ$QQ̈ߎ.]9*Vq<7t'ܻ|M6Ώyvj*;kW#w_ڨy6_N+#p$lWKG>dPORvO/a\dHM"%[S)h*h@ߌu̳`e}V'0U&2)!l%(#:{Չ5,~\+PU{}+}q<^FÜ+)<.tdiH4.1a֯2LU-rr1Dͥ` M'R3MN`ׇsΚb18pPyZk:%B%dBig4ws=D <%
GP;sgޯ]цyUNj=lۤĉȷФg,W-{/:e%4bub
vAQdț*^O!ćaͱ ZҍɚBǥK=#"|;sTg R
"1}OԣE19!loEϑ=Զp/VU126y{MLӲ?8p)bIuڵhi۟jƯ"GĪ,iU67zbȳq=jۖ7\@QWRU~ǻC0a,(՗ϯhr]ʣEYRQטZ@k0Okd̉zUl>W}eHs5q$Oٔ{={ǎԚ_LcA*v:m)UKLUMsw$C:V^kӱ8vJVzxTIY:MD,Xz._[cކA,YJlQ0״	Sԝ5RLH8QW	ͩ8n|3փUZvUcLd(l^ktfNAhO!;*U?4Y
\`6HJkhd^?(L>fDW~3̷lVi0,l^5Ώd*C-GUܱM۠'`URAzo$wPܭ}E2q<	׿*/ͅ;{c`_y	bl̙T/Jk#ZSr]ىm1śԚ5w2Ai:p5~	 36n&R%ǵXϡ hΚ>LU2~U۶~4ewlcՑI86ȮGqH̇p\ÄlZ>xHOul+N`*,تZ-ج[b?<JkMZ_.MjP+k-ҴjX(z%6،6pKNO%%A0D55vufwT3ffTwk'ߧ*2Dp>feLV3[h'wVz!ܡ_?J*23Yפ%#x],Oa_W٠4K׹lc&Y_<T@kЋ2qd˗Fϩ,yM-Anݤ(z'<DƊW/lĪs(Dg"eXHa+$?>%]w"0+|5y*`da^:auH'BڥیZ{̲hݍ|%"]w1u1vPI;Q&aBQMk9O0Xu')&}hu[1eّÁbǩ{ӕ:K*"(~-1tko,M;q\=ztbʚ].m3Q͆ObSlyOe[XqzеҘd7PT
FbSM"h>-.~5k2~$1}L-C?>7~H#G3X05٫>Lݲ`(Z	tTӀ_*Կɸ?).ǚ%d}3ǯEA#v^&vMQ޼YؤCuztMPJ![tf}bX@)yӮ]/nĪ?'ATBM=c40gޞ-ߕp\cVߴ=Ƚ)uԞuZr66 &|a S՞ln~%	!Ѣ	JX̓M?ë>-X-^pζުðkY}@g
}W61xCW¡ NUM&3*ҾO(eHa1rn7cb},))Cg~	hr`Iӣ>v˫4`tp0p)VsO/%-2Ҝn`t3ں20$5iQ"mΰn`n!$CNY3۴I-?+-lM7JWB ]~ƣ5&"W29<=bʜ6ipϜʨg}DUfuX"'3iՖՍǛ"ñXpz%9ơR#y=%PVтaVV#
{,tA;ܷ.c/,2|֢τC 3k6~-/CV7;:f~v=ǡ+R IZ8g J~	RPYý+#Շ!Qj[U]ҥm{>+!2A2\݅f}0Rm+*5ԓ;CJ-xPU
3d:L7v[a۲tϘbO]٩[KN1*ۡۍՄOVGGƌQ1߬݁u@C0rK)ew<uyb24 aV5~%%C/vXgkVȯ&HN3.̟CηQuYOY\v{_REh{=9*y~3~2FD/ߏ,hڵL[8o{5̴Yy<+1۷j0Zׄ'G{әN.qX!(/ Z	,Ɵc/`vQ:8Ѐ(?<AH}SGĦ,uf͛6(ߠؐIb0#>lxkU7]!
d/\K'%͉u5}R$kc6_bS1s$Ԟџv)CtXPtдlcErX0<ԣZu>Q+iGlHAI4h3m±38tI[Exc:b͇8V3ݗBpu/ͥE~PjN?̺B=\~!(.Y!f^"_XKR*:CҞ_ܴ+s53o~7dʵ6.noKK8w6;3xgms#Z\ͷ9g<*q۰\D%h.L
tdjd7FFv͓2+2DCŵ;74%Gߑp`f^;_VˈbqĎUa=b
S"ٟ׌:7VV8"SnPqtexEDk#{(y;>5<Ϝ#Q'\r!zQ_9C";vOP`"ߟϧsC!r44HČcǩOۢOW)ˮU>ngT;Л=u;Z??!D(u~SM7BlyщZ-i
M
˷h^ޭiXLxodƜ)Fa֓Uk5cɛC"" J6g=gP\t̦ye~i!ʐݯ3u
yܕBܿn/EMSUQV֯ѹЛVÇ/geþU`)A&>Zn֣%xϸ|lԷ$&oW(]2dio28F_k&v}¥ؕ7ˤ՚;Q&C&IŬ:IڷnG49ȩ	É1XX_/YAr×?dC]ڔwZK,!jL Ϲ
+rK-l=Ю1Ϛ<Lz,&=PŖKo5²O]
UMޯn9?5$*-r]!Hbe&B8!FnĮؾ+M( Z|>mRz\/<kTc5.xJ0(iKK\(ְaȑt5?E״	ӀPPe{,oHV{EÍdmym1l~ſOAlK%/|Rys,}m&Zk<a&B$ؙʱ9̡bp_
cCjVg|:ҷG0IJ(P'ÈRqWN>ь4!,s{ZʲzRQK9JSSA1dtڋR%sա;Ń}Ģɘ*2UYc!׎}21CȞ3G7p+TAI&0>X_!0[.z$)DGYb+TRl4`G~k+0Ng$o7{wޝ(RuXfrjo?|sQEzO:ŞJ`m}A-
IT}Rzʭo5a{dk&l9|tӲ{z	4~U0R]0U=X[XsLӐq^@0psg^FUdNwre-C!=m1	ku9@)nA5u{rF͐R	pM16p<ڄ6k%s"`ʵxsQb ʡ()6]I7v?˺F60H|scb`=h̀ީTC~^Xcmf4tu;kn~nv@OaұA^755I3qs0("VL0
*1_ĺ@g~@0߃/U;D!YNڨz)'CsA>yԷ7dS#BS(͔A'*\^HnW܍0ͧ\Uiqajf,ls}SA&TO#8IaV0P؆%܏=H_<vְxɀy~JWЙ$*qJƳi=!sTX9۳vMv-rXɳFFo*aVyܻDɁ=Q֝lH2ˁ)\١*SDƏʤ>xXf&<ȍFP_B))*Ĭd;Iמ*[-v5bUC!(٠Ȩxo{p`ç{h#}Ñwv\w_׏pY0ڪ"̽ߐr/
US<BT!f(/*Nl3<cY++Ou:{R&M>N$/ĩO-NEZЏ$hnlD80GmӦwߞ6VIWXf2'y'1,6LӸ&I?$A̠#=33WU2t6S/%zVWHǞR۳[5i4}Дo`z'Q-+t%iȈ"{oѽXŊkJNGҪq-̅81taҸi%^9M`xPH9;wdYդqE**z:>M;S&NRk(*{ec1t].KKܙ|ZY0|l"pK%h.͝pƸթµ9J%,qMcިWÔ
K]ӺMJ֥ݗهn}=7ia~dwN/-:;؏NG0zB*m~aCĀpݩ-!Μ%q,h,ݧh.PZ@]
*܇gBs6tW62NcǠ5҂DDRhIxePM&6`s$A:b5ֲ$8:G#Ho_IvB}S5i]s=5w$3ndTqۋ$kx)Ijb2$ɳ@T/ʓXQk)gJ/=~Bh kcŦɯ	B:YO&?:W8LfiקTu1=ܹ7je%
PkDܣcZu!ծ÷{,kSjнgQgNg[v0MӻѻՍq-V@m]p0j|-g\6fAJḻ(Ԁy/PEd0Y}3E'L%m3ߪQuҽ6ɲhkRӿkɀ3U`Ǉn&͞CnJc~9żdmƏ.F^m/҆+N?}f
OjՀX "b{x`jABah'o3)Mّ>I$6Ƣ}#Vͯus6dwG0(%^z%~To DÖ[bIQ[غZyZ_sjjҼ `c)KŐS`Iǖhf=[ޕ	iq0L$γÑɣ}ʴV(EɅռpK#QiNƯ[:ozoL/Ў֝+M:>Qɞ[׿@RH$sf|4oȋƫ=ME~OZ'|%#{=%zd}^-8f.ܶ&$Yww-/= (b3<m/gƲY$ܱ#iR`ʁ* [w1 O3UĤVOWY?7[m8=!z4I~?W:CΎ&
̤Vq~aޅ0ȞIy>ϗp&a:(vy~3wwkR<MXt2_W-֠AF%hE?OQ_ي+bDݳzg-;?qZ9dѝݳd3ĎEQo]}:H0wy,H߷R1eI~~_1o9Aaeg^Ry<$TB$QrW,(vKܜ{hq2ۧN`P':$A/B;"j2m{0j>5;{SNYZZ|ʩy-q$k6q7˄idΆHZʒ"8|$G>LiFh+YѬoCby++:BU]iݡUq.BܽH1SOȠaIR7..Pfs-_0YՔM|p6MSrLg-EiǪE:NAMիSaWX\iJ|d!X@5S\B|4$Ăl@4)tR.C$yeFdߌآpݒY0rkȥN>K|cx!s=b~u bHh.țȼVq`t"^9$*6h-Zʧu@uU4He4֞Yė_Y,|**^k#7?m`7!0>n^\BLe55ٹ!xNwDgektlqِ>f>P|[Q|._T%ޔY>Jp"(*4op9ŬS "|/MP=CqJ/D]ڙƱ{Ϡ"Tҭσβn/X=	ű$hOqLݳ'[2Owj̴K|FÜmݥ=Me-EIvOۃAƩJR!Q=	Ah8dD3mL<Į30Ө'-4~y[,Tn}YO'/Ve*EVi=Sc4QEOQ	
%e=kՐi`.^bbR<ҼntwYP5jEzXڗ"Zq̌3JʖYS[n-tբ?(0`_)Vea߹yMM;S7Emu41xU(kk̥hO<Fy^:3MJԔt+	`βn7WVi.Ma75W>J7KE@3J1{:q+ot;6ĹN!V5{O+g3^qx}jקU 2~̨LV7Zp8/Tch![suO=5aσ(5Is%SQ&rLٛO"8	J+IYӡVj}j,*tV?/LM.qN>Ql]"e!`>`I'4+F'-N3VF?j)Cs7Ύ1UB_r;tۋƙ+7pգ}fr,0SɦV-^	nb¨34m
3,33}	,YEK\,ą.d^ [
}CgĩaRM0L(\Jʶ?Alŗȸ+9zte҃w)U,]~?PJ|%s}g~n_XɌw*@OևZ4t'Lzp̞SkAix}Y"(ok˨B)5N*Eq}`>&CMݑUzc +pXk/r\ȿ$~zG!wٔ]cԗH=>mzD"՜uإq<GRi#;MojNe֡.>[q
tVԙҝшɉH:wn\S(^<SjCXڜ%Yf?
Qˬ_XhѻOnJߌYxn*SJaH25{Ҩ,:T\|;ѡǟ˘>;>U(p0L_^i{"~߃z'vjǶTa=Bpq);x#b~|i~e%,zJMkŋ,mjx yӅXׂ!k=j2ݽ	]<Hn//Cix'0TiM+ћaYJnplR;'wE|=(Fv4jxWGΐn;
&[RpUz!@[USox{Ysj]!ރOƝh:pvzζwo#YgŹr!S_ǧGsA~km3Odߠ9p	3RRX˶Μnbz<wd#KM6y3!	x$;Lz]2hHߩeA7`2F˲xAR!WP>҄kZ^۸,6|=`pB *MMV-qx{w%}	qDe~	ɅOw~9)ށ`Eq%djuj$;8QICLԮA̬ʌoȟ82@T>r|sWF)OE,;epuкJɵTbv-Up1f!*!l8/Jo>er
J<*S|VdM\%\/$ԓ ;h}D.-5a+ʐ|'Fwݩ/>|{X{(."k6D:(ݷ'(,"4uvdئS$5'UJ$cj_V!v fZ'I$:qʕ٩X]J7>>څZ2Q4<΍~DPt>Bp^aΣ'|^XoJjA![GHZYiNngQ2}xCFԊ,f
Cy@{e/
ԉL8F3݉.ڝWcy*c6j%wҤ)y_W̊'lwKŕm,Ok?\QEKdÀ.[~GИ3	%`*6ܸlcTCyZ|m>U=y<lf̛h&3ԓx̴& 5e<]˪ya(
СW6/n&*-_S4u=Y6&+Y`>wZ*D* [x/IUٶ7-ڗTH!CEZvo&#S%m|֛tA.	03y&
4Jϣqr.87^UaFl|[ɒdQٷuC4HFPf,O;c7a$cBӄ6־W%3nۍ#ɍfxZE
fѳkgkax$ϴ$EWǍg[*|g2YѬ(7fC5#nggNqtWE:,QJJleC1fS_p:lɀ
Gw>ݒĥ,ƼGząBKM"gcfE.z{Zl>QP!ץ̈́"|/WW9/D=L~,@9VHOq(M=mЌʦy~x$qM	ZC<	KJ-nK?lp!]%'(7S
$BBȌhll""W!ؖK\'%ܷRf(6u&ԏdGe7Ֆnxʸ_q	LmzOǃ[?3?.a	%(9p~CCW,Ք=&}kz6M6S=Oѩ¦]>n5iW+*RJNbL:3|jOǢ-|߮r=pЦ,FRIN|e/9phٴOU%<'u'4^3aZqtvE:6R=#C!OλaL\&A	p+-<(S5SaLȄi5~v%nܶ,HcM'x3$FaI|;܂˼K'mtlXآ3Gv?kmJ8;#m^uzU8s!ϝ=d76jңVP*q6͟Ff>N8=ǍU:-9q"f9a$*@8dESߘέ<]\M~YTo:gZmB?w0۝})nKO8D3d͖bE·	x);Bވ[հڊbUi$٨]MiYZ5qfp$lSr/GIeq^{&h˕t͸Ȉ{8YT\HoGkdߎ5ֹ"ʈ^Ng?ǒ+T
<jdZ/r>-#u؄ݵ5Or0r73ٰ?i|Țtv	#mHK,q[ףoSܨ44_f+O~gA7X))-KǕNfƁ؍;kk_#EAfΣ\-q]^˄R5F$ۅL׎͡^pcr}D/OS4n('xRT*=F1ceyu~ӣxEh]'\s$ѥ6t3χZk.W0V1-[\x:׏9Ә}6B҉=.%:AA`PmzE۝^)~uڝJXʖoa7ߵł*"#ǧ~?OpXW)ˎAՖt $|oFkܹx!A=KKS7قژk+ =%{REئë{Q̚w3L_(-]H/Q؁=fѥa*J.F8JTPtRj:AWfX;Ya!QtQC$'yā4hjŵWA5Z!l"H[hK-&)"dg>Jۋ	=(d`Ԧ61K8ҫK=<׈F	`l֨R
+۹Ck6<JN%cÛmt9(3b+l}4pܨu)7{^#b?	6PeWܮ/>w?,BҊLա}T%R%\7%RJI%3\"6E&~ǖlYlMgӫAP2vh+Ug]V:hs}qҎޒQ	P*jݸp|j.A۹'6C3=؁gݻfeVǨϙ&0ץ;%ZVˣ5B(M͹HЊwZ	B;=Ԇ%VvS2ZpʙG/ߒӝI09&&ڤoCQlǩ%;]@9.D'ֿQnȤ_5qc
r-{	@wNaeizi^˅ü߬nhK>Oi0P<p'֓!z_լlIcg}ߐQ	(";aOC775Fcٹ2O L%+~({1[rvDY2Q?b(ԩ~.GzPdinjȬV]
GRP8k&v(߿3˕e~Xk~7KѸ*:ժnk`!&+;8Z{(x,EM}M'\7V*YQѥU!MŽߖݜz!e}
Fy#mQںדxT5Y2{6ZrH'8*;i;Y.ܱzZޞɯ-e{DǛaH-̖Fmԉ8$ѡƓgL}CA¾x^g@u:txʐz$zLRuši&ןehLmE>|Uuƻn2[ZUTFH5n0\כOܥAYسxFV(ltFāV&;TnZ"xpCHuL׼i7S(|BJBI9;ar͙.*PڕOOw|r׽SVDϚièr׮ѥšmu5ܐ2r~[=DO>c=`';Z8!f C`bo737ٙ}vJDspH3R(yŃ҈^Vtb׌Ð*?a`JcȠb/*mzQE;U(4S{<%q,Cw	w^6ه=jϙC>.FҊ;س\-y"ÞeOlhWcSoYc=Cۯ`̵l!n޹/pgt6қ!N$DH8&My$?
/<;;f)
OC/0J{'eܶS"hxf0|fi)0R*Yc^]vW0zrҺEܮ`?&?t3"HUĲ1Cl/hts$1U^W׵ͤVw?Zc;JKˠ/M'1ԧ:]ŧXY&ɺCtuln1~
u֟ƟfFsխ7$bz1/T-W5>	ؘ0{6ƈ\wɔ^J6Z_N\כcU7W@Wb<َجT>NYA7PF{'\T_ɔ-&`Sk-f#ɜdybv|TF:ڱ]rG4'/\SCHX~ƕRmNzV+عL@2l_^̍xcA.~h}gclj.w'|Ӕ[zc+{rOì,̏(hS'6XOI
?y҅U¿eDmpƶ٠iLB!)v6]e:Y]lZ@9ĹDڎt;pTWΤ."fܳ)~Mۊuٕ˞Į֘exhd`1.1zNn&!nc.]DȓJp1o{ڗxݖլ +#^_VQ,MZͫѪ"i09&QQ'&m9ga.*wnL]doʊմR@Wu-DWCq9NεÑag|Ox(l3aOuT9J1_9Jp>}x	)5p߯˓VŽ.4ogп%>W	3P%r5''u{;DN\\:hlOi*Aðpjft9u5wl00SǩݡC}{f(RR}z[IukTKO"	f
ܑO_n	ЦBo'[1_//Fi6gWL)o^!wZ0ʑ՗ިB+߆qkdfߩrxϭMM;{`G߹qAv02f܆s26i#0Os<2
6Ykw^BOxޅ,p&,/euFi5:Plĕp[BB&/6-]#ȢE-ZɆhEׅH&4k5lOz Ӑ
`SPD7HOj_]rD{opY!47Hj96c<hNh(wҏwXXp&<X4wmt2]d
 ۟YYsoɞa҈}eatx] :Z$,ׂՀXJc0xٹ\U.Ǖa]͘Sg?n:.ps Zѳqp#<śį.}jɦnE9ӎ<HئkMt|JgoE
Θ4qxj(Wp"CȖܒií7`NLb=!Py]p׋)ܫy
Rtv<"Ka7p&PJЬպNcf'<*Mzj܏_3/5N4\:}2wΞKaOWߤRǍqİϐfP A)׉u߅F]	
t0UOjc*(+;3J"%LδXlkWبl'^B@
}-d|J!/JCWcĐG hL7ד-
[7tW.*pA%Јeul~<H2*^QNФ,Xɠkɼ`$c^#--x,!hؾ1v/Ury߬e"4t#,۬p!z54qGQAx#j(udRvDCºd#42e]G%W6J3noy1uM:o%);1 ?37/P'k;pAܽ0	qxNC'oճt:e&y6؞Òu`wqh~6;]1}X0XanޑZaa\'.r6}h˕kF4,ul:\+gۖ-ЫV
=H@q1=JP6Ot~'ŲnKwO׫S0Ĭ	]
EHPUh?{TҤ͘g8fsoXB3;K\\cע$;	|~F	՘Mj$7>sjBM T?m !:h
zIb2ZID0r(G\\eʻ<d6$rg;,r&:2Ѱ$ttܨ1iZ2q3Q%j\^<ӛݐ'nvc!6OQ58jseq֓Iпrt~ѷΤLw5,q^WΪB[]H'gQ(GUJgloU˅$t[WyͭTg|SVRjWx|V#J%ȭUݨME]+exT+n
n.O9V}}K.oMgg2AR4שɩʔjDBRskL|q6èDvȈ-023O*dEkÝفE0V	z:W$ESrF`w(dHާ;HcḰ~wno3"ǐГk}V4.7 ؅?IC,cRw,0+Ʊ^9:0Qe+&48Yw-fݻueaa}Ȯ3wDx[<٭#\ĻfR}X1Y<.S[M0LB~z
2\CZ	F$CKV-<Ѻy.;/Sѷtű@/^GwhKkX͹վͮ	|@J_:8@ج'~KBTL`r+Y%.xԸ]W4n4\#0p1`88ȃ4+LKSrpߗsA$6@VI#+ՍQBY Rn{ՅÈ`&9Gr^"xLٕrޠ5?	?cgmgr[bˣ$G+Ϙtܾd/zK|?3"؊՗Z*gjUD)h3-ڼU";
>,6`!v%,;cay3=[c:X/GpT9%D&kG-J
&61Js3(kƁ<ϾvJ2o0}εc;3]'0Ίuī;U	pp14¼ՂpCыe{{`/u'EbYXڼR2gNkmT+HɧQ33dfDP͔[HMٝ%(CbCNQԬ&J?(v~}aʲc_*Lp\5uhelҥp	V])5L[w2<{ms'12w u{'Ʌ3]Al.Ϭ[Q'dݣs	$Q:of)Df!VC.z8X@YF-̧?vx j:P&_V7׹_ȫm!:T}%h}ftݷf31(\Hf@Nq=y4Yx6H	Av3.yL+9ȗz}x1ǫwoJb*/ u;N0jo
r,Aa%Ġؤ5
͈ސb?Ґ) ˃ڥ~1aO+V~G+!ɍ=Z26*QSʨ~Pt415dڲ_ؿ͘_&ˋ;9ЭΚ+|}.UcO79vhhC:,&0	+S~dAilUf?^9ĄKU\ۆMICɤO7])hWMä@.݊ax$xeM"1#_ҝ|G1v4'Mv'zfO9J_gsJXњFMjR.emCl:0(>MzۇڛT\+!+%K:_pX$Mܔ|jMHdФi5P/K.)mJMVA4Qs`څm˝2oȕ/XkQ T#מH<?I~JѯSXr`~o55\7vG&8b*Yim7ܢw8G\^]	hBڀP /H	x(&7m"ǂ,^=e7TԦ!dVnͩ+]TTu]yz8bɛqqeqįDpڕQKx%~
b>MgYsJBۃlʘ<T5ȵNo>H|^N5݊Jh}tΒN]@zp,
I,ESޟRda-qKk?>&]ŠP\CP55K[O\TvӘ+4KD*)!Ú=e<2~sHSuQ)X=>g=z`ץռ,"qFJǈ1^D
q.\D'+YH<H)HOG^/{X}n=CĎ:rߠَX1Ĕ{g̻ՠ&{q6A-.vB?߂ٻ¾	HVEqp#%$QIR}Yäk1Fb]z}IbaLUkX8u4ˏ΃l`o\GeV}^.l~Og"DWJ.S<#¸.0[EمX7"&hD:bމkܧtfZۉoTfUp9g
[~!r͍mx_Kgf؅hLECU6Qin4ķz̈́Rw'xM1%}zȔbjǋўƪ@x2aEТb\rӏ9E:^tBl+3ǗZ!:"&{ h|,ѻ!)J""dП^+AlG~-~HC=?}¬=(إES	Mϸ`ŋOtïv1jPupckK/ŷWk}>-?L"\ Ԛm0_oL4ew(p=T޲x9#\S5>U_]m8_#G@ȑrxAoF"L]̿t,k=]Cxyl/ʣw~z"`dlƦb3Hȑ vϼ4KFloŽ#BGGBpT̐v}Wi~"SWͱlڗgr˙IkB?^x	O5qՆGz4J([nBŰ7I2d_v)*UMjE"Nk&.7b7bJ"55yaz&_ʾԏBPbՕϪDJ22-B
Vcnzi4I|4;Hr߳G5ɵq
։kss9
GZAkS1V{RgaXB̘2jxUߣr-ۤ~Rd#AmFBKr:@|D{,\v(O}/q?+CL:>6<.)
koaSYFɷxiPڊO܌'	]/e4K(5 \<|SШ6}m!a	T^w,pJq>dPkg>(,̐7+Iܨ&-ZP&/d}A LHhtn/1u*#XU?G?!#q(GLWn4cKwax(_	PӐPX0c(Hx@YI;$nu)UL{6%g`wUEy}*",}*2i5/R'q|Рޅm|p;wse&߬E8[DR$|MvE*t4?ѕ[
;.,eNrj5#s=SݹYő}w&7x{Wrj(ki3;Kw#7p
2K\tӺ283E<Nm@J@
C9Oiw8FI8eHφ*T
abRGÏ1+mڢ%u2oڜFM:2ReB9߄M8lU*#vWyޜYh
:Iz\8Pڢk6SMʕCy[L|Br_ިSO1ipo}d'7'k+IU	$wrLk~>wm"X]b;g^|G˛Lf>&?~}JH.HL
-"ƒF.:,,-{x̻[D©T5tSOk$i1=vB'[s7-NE`ˠ"-u{\<Ӌ}G!VsrvtYnުEN.B[=)C=b֒JqzGb`)<Ϻv]qQ͡n.PTg%MئәPy{x#F͔]k rIL+M`99ݾt $pRR

%C npR(9)ָ3ŝϞ9bSqƥ88ǥuX.Y$|$)i|`%^|ƉpԐeBҸvNRnIE5yv<F̶&%wi}YW7w?ko	4ʚJ)5wm&A9D(/vܗOڝ
ԑ޷uKa*dS=,5$M*Ibkay<d9֝J:#RĺvoOA)*]r/%Ǎ^=O%ãbQQ"Z.vsSѱo.e[MGPچupdwӄii0Lе)6ę=.z:xƵPGM{}-_PҾYJ;ٿ/-u|}_zv
XΘ>Y5^ҍ)dF
y6Д,q+ӼN	bs^W`2G+yn*'(G,?BB>kBF]\qT]xpWӸaq]$p6`0E}{2nS}Woz_kplóL#tK0W-!@¢7=ECpP.DOeg+ŏB(M<gð$L[tϮ3҇`?aX{ҧTlqDX-.zRΦ/ĳk"ֿǢO0&uI*XHƢ{ϪQVΏϱ1yls'OOJ\еn6I	z¡iA3_2Ш.4_Atb:+NeRά273m,Wd8
\-J_3x݈/LXwYv^ ?\?sтFUԅ}_q=6kH0	lVJ<AwK-3/e?hͤ.XTL)"U_pSɗwr-:vG$,_ϣϽK	nЌv8&jr	]KG֎EWZ)ʴyO"[ R
3v"Rl+pm5-0d-WJd?|erJق,zs4Up.c<<ϛΰt0-.Va0B,˿DJhi;m`	4* QzSFFC{̛Z޳
5@ݰ0R4wԗJzu>	s__[[]!3xL˵,7*o]
<<jq1Q%@UD\zӴ*8lhˠݘjL7Ҿg~ma+z#W:ʂN3ZÞ.wކ~=HkIEv~pcYxdY;oKδ.kX!3%T"g
V{t$}w)=*
Z qp?Ias}QeGZ"yu9TX&>ԷTݍ(
tjn=.D`BF6e}h.+XEw'3АZCh=&w7e޹εdRmȐɇ2 T1}S«bPրc}d-x)nG=FեXLÆ:[	qdAD@c09Fz]hzdlL_ȳ-0#$#U6&@nr([v8eקaYb~_ۓcsu]pݭnճ,yq2*ObZ;1$itRWI
LZy&HK=ϭfHD$n
_FpbaΌJ-H}f)*B,ދ[P^ݙoFMgߔIB`k'n$Cd <.}Է?e/##`&}A؍5i߂
w%Z_ʑI;YϞ'0בڵԖќP?vLv[OՂ6B]nqsЋ-rۺт֓pNRY{U>Q*G8o<bqKD}J	'Pxͯ1nψ}Re}<@LB*i>ܭ`;A(<w?7AqIˋm&ݮi|H6/KI2T~ضI4`nҦϻgBަoԥ2UBS=
?K

+gS-m>29dz۵pӽ>pՠT 6@%cٸ_ʞm;daYH|ޗK߹ª]ۅߖ@35{E]*oJ˳޾w&<Q}VOYDHXɩڕy?њwmwZ6pG_ҒФTDbB|ä``yڨRexKlhnSB-Ŋj"W	RnI X~[)՛̷ TWնtf$ .?̐PnTWd*ɥԏ̰P+2PQ)PAوJB4c<ca]gRn{C"u^UVLG&7(1@vv
LBme=JsU85Zb%;R԰NTOr)lR>
FFGϹ>כd/YΗpFSFJkN=O.sO7ݦBF9ק&yyK?sJ@@> 5>XG
EP1OQi U`k d=t:IXB"aοy~:EMA<`NEZUѮ#Π<$M#z>`x-PUѐBm[gہV'["4ׁ80(P!7 aT|}2v{kC֮yRYGƓ{ A6̬pm59X,O/jFd.~%1e?+S>XKq.nwU3]}R%=7)NJj)]Lv:AiCnCwF
W\TȣǼoϮǗjÁ/VC$ٗ]RrjfhM~rۅSqaKeD>@Ä[އR	C=O)8#DcҮ%PaUhSN]d?]SFf]C6UUt,Ҕ? 2PF?5Q{RVra-,¾Hj2i!5'4
`ИKnr]	$_I+Z,׊a*ÔٓSQV"eL=pa$q8b[ioTϲf~Le$/:FkL5ļ.:A%G[ڿuP*rn$UoEsJ$/$0Zbg17cENp<v	!eh6LYiwg7QA^x[
wLDT^$XSzO{eɒ'</S~t!BPU_T(KqN}L|0fk%o{#*s7_J G9?.mIFXX<Oʏ6p>ic0{
VUL6_xƸdB#ڞС'ngp8e ?K~̥ $2gӰbac<ժ_[\ʵ5vZd?}Vуlqj?	n"&e>R»ʘvmQZ&ޠܦKʼMfZ,ǡ,Ue7
DuH H0Ffp*}$
5/.:J6º-^FǠ>hAXT><Ғ:'"KkcY{	9dql4M.WB&a
É?ђL<DB,aSɮ=[W˭:Ԝ;8AmHs4 <ɇ<3D8?5|γbGbZ{>XUJA<XwpG&^DI@Drݵі?Pӽ3s[~4)1%ڨA<d9W8/E	.hrζѕ7',#!+&ݕ/ӷwg-!!!~vtUoh,s+7Wǃ*Os7q[g
r,wLʜ#R$J,e;{w[KH/ӾA`N uP7iV#c^dת%?|5%rm:WĈE5M :ЪːMf&=}Iz/!gT9j~RjҺWxФN]]q,':h;XRZ#i[@qJctK:(9Țv''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24873)))
