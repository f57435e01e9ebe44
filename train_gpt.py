import brotli
n=a=0;b=1
for c in r'''p|J%D:I@tԾ[2J҈yi֎kֹ$NkD$sߡLWoܼ)W9z͚ixfG$$[:#Q/Ϊf)_Puq#؏)@o^UݶGq|zQe[ׂ*]N]lny؆ȱZڨjw \L=-PĨ=7#k7#Wku00RWd<@Ӑ.Ԯ;f]y@`/}u~8a'@#@1<	_D%@jƜ@$7>9 _v\qowjd/y/m]AѠseQG`.;2aa'ԡs1ߙ)C"*cN82{J/@̸Z̨f4:FN4 $@euWdK6(w\&CFzJ{7@pTu=r¼ɜlKK?r:@0aChIgUѐذ%hq0\py״KFh9UÖ? ݪkeҾߊʗf~(οX>#ƛ7ܐ0{GV`7d%Ϥ_'6T?]6K7ɩͮCߘnS}X~2y!G-Y)2B'RKΑzL<<OGń]6ԡgߒtÈ~I!YFCpZ]n(½U9ӷMSMr\^
kT^2jo~0U*L@qIx/wBM6G4oފǥNܤDWԁ;cӥ8q|/!\}R<bAY77} ~w̱$b8Py]3#ܦ40,A~
Qju
c~͝,!Z\Uֲ`شJo]͛ijȁvԓsHoi2mJ~ێpE=GJ^oŰS"DƁvwd$˸"ǙPa.2},U:˧_SE
UQ%Eۛ]&'qFZ;r'V]k)~
5;l+1q3<1oSƎau׃׫paì{%BCAyV
(\yǢ:bRL=Rtg&eW$V
7n_"K7'oب6L/D!J{{E2oI֞sޤO#RE<;YiiSN`N^TW&ѩGnsl,#Q*Wbo;I%$B[{ {nlЋ2ٹy-\ihƘne(ltȉք Y3,Z'ک"ǤO^ǝlOHOl'V Rcёq5DBvSC hR\P}رڶ_wT_Õpm:EDy%~qkڍjʡ#y/9`q5vt<9<4	xK~,Jي|Hd2%@ժϺ&_fۚ.Q~١x˙,hp$^ucIWԠȾی0AH#O1?paӍpi,r?0?څo'
]GuIm&XgzIXWoLJ>7̂23{Dc΄KoU^	E:q{a6LXjf$%ZB˾1k52ݾGM"wؼ_t5{D#O_<y|ً}uy5oѭoͨ֯֩ٙ{	5mr9ar1AnJy^ɠ]	͌K8Œ]`Ǐj3tVy]əkCfF"fsË@MʘDəݼo-dACd2)cib<Pvʮl8eFO8e.~ɡؿ'K˙ޑcY^>Eաl١pWlNʵOĽ:f_ox8N#ݜet|y^U}L;nd}UfyJ܍d4ЅƼӆcrvw>} 
M8ys}q:ـ,Ǯ&j	A9l:(Ëٞ5!xi,³]s=`]v&]y~߉m׵ђ;dh,Ig%	HLFS[c[ZJP^DH>/3ݕO}$PQYBiQzZh"p~V?oypAK(l̈́&
hö]d$ BXѯZ=et~]܏ijKܶu?);Éۚ)%zMmW~ڋHFe0I=Z҅X=֢n13q%C֧\V$Q\ͨ/e9"v2fG^7u7Е[5^'#)ȹmk>-P<IB%?}g˛ǘre3q֯8KsmW~`lЦ)RlhnaSiRGqP_q7'Nu*__gpY7JT1TGӺۨYÅTƵ_[0S%oȱ-wmsݐC3$uޟʗm̸
yaIL*z0{_L&/`)џRf?%>]m\1[K7ٮB=޻:
υXv:KYN-3Hޝ&dG?[ba:SXHʉ$5=GrU
JR/	Kµ+m+	F~V)ϸXrv>b#\Vp&C.,JP"upsGg+މ
tIPZ+c,}o];y%EE=ظgi1<սk	§VH_|ڸȄq&1Qm
kB Ѽ]lQL@$M(b1
8f͂ԁ͠8ۯSH8-?Ko{˻;VQ-{-͆ ے؈b/]nW=:ANv:s-ve=XX|^1-Fݍ$8~4-`ttm7'حd2Ѭqxtς?o7Xk7Ӗmmr#Q10lG@%Å!Ol1=7!`\RQq_B$ĞfYN~ /\+]zEbIt&Xt&d.Xߴ5q+W7U^6z&uQ?O،f_?(ߤ\KM?@r;JTiQɽȴUzJ;LgȦ)4eř0bNQ"
tdځS~nԦ@kMTqƎPwLoZ٩>AN{@ʞ6	#9ɮ-8Z&hǙVܺ)Ր+E{iyRƮn:+y5HL9g|?޼:`gHL+R>Rˋs>;{MQZe%>Q| EQ	5͏b^_O>RE2bhBçMer_,tBnr&zNg,KvdY/Yzϖ߇*e((
R$HGySvTg.v
6D7ȍ.E	`L Li|-@
6KM U>&Պ ixͶ6(z6t9NXw?o=oLP7ߝ3s_Q)[OLǇѕio2ԻɌZތÚE_UzxF̩zE/OD=S.[~׊Y0a,>״ַQ(-mN4ǊρaXR4aƂX3dnr0,rMMQ2\ߐ0՜cޅU+(_dy9ϭ$+F.#Bt/AHANQna$C7M~	IoTfȗz:?1o;Ϊ]oh،7*`'7 D%~L)%A)n\:,kfvc0
])Uy=.IG9į`߿7FgG3)HdF֨A#kBo=?`˷p/,B@vD^=څg̤ۭ%"'%ǘm^(]B|s?(é;j.ͮlX`b~%dҫK-*ժ2vPS*@Ȗ&zɛGQ(EĢiGB{H:dVL%e%Zt\t1s5esϲq;T-M&nό4|,/ڋ[3
`[n՞óHjx4vW`EKTgQNJŐWC//12ߞ"4cOs.}Csz;X96f}@_QRD<LM.%&]mR<|(ZǢL,x*ӱq٫Oe&Dw7)ihݗS?puE<&ܾ>Taj/|.A<hʰro-9G)#=LշCNfVH#mtPQ1Hs$&Ȃ6>/Zg<غ@>5HƱtϮ-3'enҽhΊXo /cK3acuXѧÈsdԁx:8Л/.Dp:=F#Sj3'=(ڄ3 O?_ž1EW`bIڄTYڝ>ɴgDJA۵X-XEgxܯp`&&ԥPAGE?<l;A&tt@q&RDK֒y\;$F=C"*-0׹rbҳǒy]L	.s?
)Yw?dׇڥ;<Ψ#ԽތMrV%ܖ\c$>Цx?KN;u?/h)vD8Bɡ.A:x)}$/y3R*5؁9-(Z،8kiʄM9M>ʀR`hhmNN.$DKqmqh1O,%WfqrnD޽	(*Y_˜uBz͉	9±5eۼ+];\`b005H֨i&TePf8w)Lj<u8n
 =G~=t׻Gj%QՀg=uÍJ?tE[]0^9`rBFCRW+"ԕQo),r`.8Ys;Z0&ZW:Ŵa2*@B}q47Ui@RΛn}ʶҫMߕ$Mu';ېNS>O-ksl6:&3=8OU`qۥN	gh^_3^zzםj }$4@#3tL6ry=eVI.3ٶSa	Ai"NUzaY,ZŅKW]ݧ< ɒ.9ΎQZǞ&uVI#"B3PLS`W`E\wlA5Ux5		T`ޚKZϊ5{D%n%EnuK?	I;D]I!գgYu'/$T!;)-Xnت¯LӪAW&\=E4B\QHթtf|#XIlƩ5hPҹB[r08FfcMGYGlvҲ+&&%XGSgٓC$u+'ȊߎHƩ+$߯0ߋCĴbk~O2:JW¸CqwN5qO(k~Ӧ"H&S3c Jl8WH/73R5F-,o\8ByЯdll@owZ8~Ŷ)X9ibl0{sHt]lXlw.ڥ|lL9Sz6SF'oHR30Ď?)x{֠tPiFӱFb1VHl|)k@
\&aKҨ]gG7`/.6_h>2ZntJ(Ϧ6+eɂ!Dţѐc#9ܑ[8L[CjqV#@!LX#͏MmHj^XS>-=(^"/ns}s\ՋkM9qІNTj{?t7D+yTT4"a&1~LC%M DR<Յ6K(ږa{fz'V\6A05aa#J_HI	!$ܪn)=z@%((R1s|nxl0\XL1ޜ,<߮u'Ԗz^#ױ,Ee=x=}Ζډو%%|wFyr*kà'2r_Рr7{nަҏ)޺ovfWЃ18ׄ2JDSՉ^agpy>cՂۊ-|ץQoU[xdƺͻ.ǯpڸQ^ګ7b!gJKA||ujwɒ]7ڵ>/G[s9B?ͱ~55yE0^ATjIWxZ#`V9~܊;0yU/1Xp˸><ŷ)PQܒ%#apźjշ<'HbU$ə$D=vwVXؒm)͈j~`/-uvcI2b=|z׎9`Ii.&`l!KKQnIAѦcU:Q\N܀Px9x҆#(? G{;nqȆͪH^Ry)]Ә"[u~]M?K&A,jGG(¯˅4|IʴVvYd8]2t]d<Ѷp,iq:.1-O
gLqI>,@i~B9y>ilRA~A|lDnֺl4ƴwHRzg}bŝ TPV۬V+HTwA%r&NsԟPVWôh%_߾'ٙсZ9]6`@s2I[mdčwWsQns	##\
gњuZ5S$#G9.E'N^M{RH: 0Կ-I&huڈ}e=.b$$VT(T-+}ǧ8?քgZ#yD˧?zX.1|=6۰usx{<f"և́ZGWo;9:Kx>*289Q2RclNl>qϑuXa;rcǼG^np2FDӾv!նj"Xq/ڵCfE%C#Պkp\ֺ$U	b<1'6ɿ~vmn2\hD&;	,RcFXZʬK&ȤČc?qzt"b1<ߏW~&/q#c-ːm8Z]IU$tf[ ЪqǀٗvOB2;	CI	2hkZk/$-.PQ11Ԧb|qCp8n`#HCRi߬GKG(ߌ֐{rI؍Q^EDϋR|J}.xY82u#
umC΃6zsxEWAmZb*hڙ'&K7gPOd­πDTBA)_PRPi;=ߤCVyԠ	K.q"Ȳ%ǈTnv]IB2Z,q,j_H5Ϧ\^ߌaZQQkǖʳn֯B5$t"'Rġׯs?}ޟK5H:.#gP=nC6<Rw1C۳ޭ_O'i'=7HGEc*a:<9!~ZAk ^t1\On,thrHPa6--AoPMKΡI&6<Q(@;|N]=̙āedf"wӿ^S%*_%	ڝ]M%78kZ1=pĄ r-'?\'^{n]e3~1ʍ}4JA15Ҕvdqұ;Rm͜ķ=GfL͆=V1|&oD
%XIt3pG!gm#h[3ΫWъĉܓaŔ%?M\ڗVp@mY6$c}o$Nm~RņmǸ>H<ώ8tČФ@ҝԣ6+OdHH&7v܉տdZ2V(pV6#8ҍ-DBGJ6#NcB)ӡMԏ)1dŔ6ƿ;d	ډ/"&1ҭpޣo`>HHI;ω`$Vj5b9,M̵LIx)HrsN>.R,Vْʩ0ROyڱ[v64YH(1 ~1gDIKqdt9w25x=z~uĬuo٘a?1Z{$e!jѾʆ!v2<jٌuTUE\$F»l6	Ċg\+)MlyNQ9C޼7PBƪ'YB]{J^y2Z&u*I,ðĘ|= E`ѡ
oѧ"r*#?;BYY)oDtoOW]+*wJV0_\6%y\ʍ<r=K-/'4ZśIR;]#ÀhZȎdBw.Y3%V*W_|QҨ;vڈYڷFM"ə
+)PȝˆNsvE9Qd(5ټ7?Y=p]vA5vʿazst8ma4;jؠTk,&Z>q4ܵ.py݇	s'>R ߡJ`T_mDf9ُ<ǀ))]ï܂kZjU(%m?1:NY\JWJAܤAaFОw:T.3RFtڦ6VΝ.l@_IъO9,~c-"S.2ٙlC8_Cd\90ʗ),~٘f:<gϘ-1JmcaW)FUğu&v9z?3_,cŏo@_\D@!91}i(z0<)X@_.b*rX:~2*= ͿK+@q?ȵdZ<V372%oײpMiu?_iuqa}~ǐ9SQsW4[R%::[d.p<0P88*
r<gtT7TWDp
87bN	{Ă	?WtUvDkk9IuI4CUC}vfؿōarz+MͣFy]!#k7e)@\U=(tQ'z<MGá8l74Ґę.5~YyI6<,D:BF4*~iϝ(niƤ1	
cåDrȝmW|ń,;`[ۨqTq>+,]|AS`xֲITkFEV%*R/ֺ0||ӯG-@ȏ ݇x<cy#y5Y6{ԇf)ʡŎ<$eN,@b׵@Q2Ѻw@bL_Uw#UiM"Wxד]oԛHO%~.3%
|/ޝTR2Ӧ8?06U#g^JMEՋd@үx34Z=7$@.4#U]4Z"phH'D0ߒgH"PhϦN7I+`+ŇƉ7JЪӀU?D|}-F;9g5^M-$)uverg?guԳý61ح`ߵxwWFYceQriy,sݓ$;ph}*ډ[->=IX4dGփ9>!JA);`.;m&LQdכ*?YK{k1`Gri;7D%wYSXiv&ԋ$|98Hr>JsٽEIެڃFݭ/mdDg˭ORg.(K	S~2"3/DuȋۍAt<e.oaQޑ\<<B[?6FYz¡8&>>lr`s֋C[PZߍMRoM$ûKm,OuD|x'%D}AHֿѴ"tbVX@Mι<>+܍8o}K1xFjet
g	ˏq}߇#@5I:MLX~yuD"I*N	#	(oP3JO%Y׊=tŒ̎MZ<TҜ3ۇeXj>_׹\TDʰI+]ikĤsF֟#J
goDtCm=<xwìRNv~J-Wp؛&DA*=}/ŌՕn>u=#(3xɿ?UӺpR_0`%
ţЧj<W%p1>C'Tr-<8A O4 `cQ6QmhwC֡4h5ĹTn}͘CH{3bC]xwXyED5;IY6
frjU&C{Rű-A"^sW |&܉Gy6\A3_&Eɩܩ۰Ԭs$
=hת=<ʋ+[m7#`ȋl-Y&PLM!-`1R{ɣup3ɋXSНc(rJY(tkps\ݟRi3on%1${͝Jbخ_]ӗ|uǗpwjra{CD/0̪ܿg;X23<Y̹âC
X*<@ܼpGQV1;1r^%ڏNG,hөd'M)E|nɤF<_,)ؔ!{TƖ}'}~9bH(;pGn8]ʐ62Ҭk$W_uI>/&x!C20ݭMDx-6?'-OH͡ԀqooBܧ8EzQs";S2RH}v en5p$ٮJ܌åe؃طmđ#RCbէCY[ɸf-H#*|mam	#ٞQyeF`o3һyD2$[VpGաNp3Aǩ~1UIr"MRH<b	fK.m$)݇'U^X\*J/\VTXyɄs	9l܁>bX%ɵ9rc7dܱa`JYIvA#&LCd_z0<0q_ڱ@iʋ v2<͐IG\?1hGÛZ-~SvÜL[Yz}Oͩl8w!]JJ'`x	tH,v5$C)%n(ȷ5zv؁d2: &ToZ5O4r.dKalά٧QeM_b{c?l(/Mˣ \>a[%4{i>2RY|]ֺ'O';VЊ,W y/y8wʕ#A?.sTUN:̝Jul̼!oҵ?-gu[7;zkԻc2Gƭ)Î\"4gKK]ΌܘLŀC;;3X>#	Ѳ~ev}X/-F1ͣ;Iڟ]8$/][IG1GNh!R#6Hh0WEapۤ˔ĿnĞ_Zةw`I&;+#	Vu}d]2Djqs%P·ۚAE)L>1CB49>N!kL
&o%)
y͉fSF57F8WC*t<.Gh4Z7?T74Ty;}^'\I61[yXl&&mcs9j7^`*-ȶȱѤo85G#UaovX2)	{tzWڧgiK3qH_,,jKKy]~3!rC|1zr5\yl-"ȁ{Y%bA<!N59PdXj4`"b1aY*ָɡ{KΛtn~f[LB\údFZy2y>Ƽ[jwFQ|<W\GQ6Ќaڷsx1p9RX&|;I>΁aI{A0(B	["lN(%psz~z"j~?W,pgǐu_qʨ߭!K҃[1OS97׮C o:',+SňB	ۏ\V6(AYҳЅ	ZNܖ {GELlmNW5Ì-˕Nfgv8aQȜҟ4lNɵyK߮IBg&_qXCbzoQIԺ_Owk9
xQoj["T3&҅7o0!^8?29pefӶ7nwۼri@#xbE6;	8ۤ\zlzč;|6bMG2yd9=@ˀZP'ʉèz|bhQ$uڜf%JCPڂXAdߒ&#%Zk5ng߽>X<vXY<hY[tg)KZ"6I`ƞIs6pT3IPi^x¡bɄb>VYI[i)RF{;Q܃ͩF|x>S$tßwSͳor&PfFӎ$`ֳܧJO"#]@ÑĂmB<'+G^be<6ʬ90^٣ĞWݐN/]1"*Ϋr!gY/ɵ@JՓo@?fhbbkPE?}[E8`:O۰\q%4R*31^*|ºr>č@]5{
HԇX
&R1Is۵K(pymDp^T[a}n'+?IJlƮ
qH9l,JPf1Q`[.X '&+ɞ<G=;ےru9ڱD~6 ׺K39FX Í]Ěg{*ƙz69eCK^2#Q6Wh	KLܟI4A(=#A:=Z>U!҃D˥rFʡt_eխD֔޳֣uNmuUqp%ZpѺi9e {I!mŀ(ҷ^N~U)۱hUC~IBU6G՛l&K*6uɮ'Ll]CJ8Jv)iTNA2ӏ="bȃIǀ6Q*L<jum[jqhl4؁'v| 0Rq3n@ ~϶tG͕X_O\mq>Gƭ<Ӝ.SΩ5|٣/JSr}ߺU}F$;vXVՀ0;u~)VMW=ǀmǟ5^_{B-76nE8_dp,l˩5'+ph@&ϤT5'2\1Vbx;V=Mu9$8{йmMzX{>="-;PXiqP_koը~:FԴuyxzU	|D8c;6h&N<$M :u1!`@rUurD٧i9p dt*ednG=M]6ߦ4.P"n\gr6nWv?|5g$,4-#ZbqL@џְ1ԧI
܊u13|b>zv
^*%J%!IQ>w/U8ԁ°dfqgͤkIO@-YNg͵jȩj,izoTtZ`mӱ\"ܷm{\EX%00riv8.m٤ћ$c}'<\pmT<!9q\I,7ߒΎ_Y3{At:_lKJ_W]W"ܼY)n׻]ږ)k%̠s^HP{8h*ĕj$ڣК޹u+r=B>4:]'ѾBɻl,ŠęTj!1m$#CA5aenKmC1=ɜk=F8lKbD?d9ItIi#sZL݄zڡ:XYNCg̐F"+D-fȌ5ל2n|jJ
ְW^eO	c.'^Vø@9:iƔ7TK.$4;{ryw4ܛ¢R:ɰ~ķZe3etAA)paFM."6қLF"EŊh<jj\olle(k7aQ=2zV6h8ϏT;]@Z;Av-іԓgҵ/\M
dAi![ýj4I֒ڕ̻>Us:S:MJ!.ǈ-#	XޭI+j
ȡ4hͻk[vK̠FpZfaRD̕rE;#2LD8C&$
W;Nݹ\#QSR±2F%^l>֩i CUؾrG~=JѾ}|#phă&M'lݏ7>|roF+W~hNP(a2(RˈD#̓+4pINM!xjJ$K׃*ZEj^qb8Qc!ǑVtr1Gt2&|bѮ('=)[(!5.'Tɩ}7M_~lkhN{w2&B	a,ζWa׼\koKمgA<<*IԚ+_Wl Z*wUEː0ÿ{ivz0Ҝ[Faz@'0MKkN|G-Ӟ5U57*/IvwP8|W6Fm"qJhCA/D&+)LfЛ|*e)53Yz>9BRzU|by(m7%bg ή -F["%,IhQ|6	ĜF̋V5u΋ap=VGp6wĪLS1ujG$jiZSS#M_Rk!t,]v+Ŝ%#|e#fRr0h[@O ƓtȔ٩*a>
V_OØ0L*1sϧ-zx>{5TӦ!9v^![E\X#?G0	i:PV֐d>7Ma\
sm۷11G2J6`lL`U'?
xej<7hWm4Ζm+W޻.n5qϥdHѤR;MTk:}/۹w2uz7PNfgKʋ$IQڻ5FK	&rGc˦wmwڼ|?6eڧf"<#!ػH#V|ϳ3|TGJ)I+hʚ]kxȘڛ*ʋҩ\M~neL=X؀=&5܂iccN#b5u6NtŞe]OMiK'71/@`vKuש޿6Ic˝!Lkx1D{!7NnܥZygI$F*[1N+Ui6]VӔd1,PoKOL>+`b<`ǲېP5RKpk|Mژg6+=	?jf*Zv+'imҞs)YgFw,9j¬{CO;,	֑' op*Ŀs<c޾M1m/ZS\Ԡߑc
P֝ӏ>֞4#@RFӕ?ْtnfan%PPޒ*u9#8J`64އ}y`l^r#:Es
 |z${ɫ}L˰ic83kH+?'sљY%?~_{S58PZb?X?([tWQ}rO$¹&Hb2FfS 47Vr=yV5ICñzny	;zE[APU)q[RYlݾEQbPJNy#HMX,u5B_Ĝ_=#Q?	ѱJӅũ%UaHh9"ݾ"c^,wuh"Ӑ%ڮ1Jm٪D|gKı؇y*Ӗsq*YĨ&&_oKƺʖ?Z5ɆxޓJaSnїGD.Ɩxw-ݾ8;LMn>\q|ZS&χ߂-!VQ3OtL|ע*ʃmg-ƭ&MçUϾ=_pJL%8ΓvJ1{fPtbpXk_alg&P{Ҡ_/hčŞzp9ǞMޣ:mn x[?k:ݥ6R:ڶdD6c3::bO0+R{,IӔmUٞڧ#d7)4	݊&=|YD͠}@7;<F@zf)[-AH|(3F_XҺr^vi*'T*0`Ĳds.vsiQoޒ#ޝX&{|> ۢK5+(FXܛȑʟ4q'կ`45OUtQ&͝`Ѵ(r-n#ϯZ=|>i>QLw0ے	Ag b$`9q=ON~0S:4Ks@p;)xcRXM#0!JYuͿQ> ױ"xXLyw" Բo:{͞fۗUs+"|Z=x'SC¹1-TAatE.esSFz6U_ԄmYڜ]?t@P}p9HC;GXMRiXofdlC05LQXS
e4Rvvr3nC~WU{>ٸ,lؤxo4~U?ŇղoL؄u.C8ȽJb(>_A	gpܮ$SqfsȖ5:M#%,hϫc(u۬lں>
#6˖Cnej!=XIddu/pYwpEfɲ!fߔ]eĀTH'+\f5@2T&KUӉD7%u?5c8ӂ_~InGW.7>.E?9r%!8K_enGgkz'b2TVb8;m=5vӇ#K/ʦ0&ENkKNBb}RݐnU5WlrQ!h}XэmF%Ua:3EiQXn`x"і~6UF+1;tـ0" ծ4-^!ՓA`y_w
mpiB551Ϸ@j~q<yTDKx_7*B[,}Um\BO*ޚVIwEe
[ʹMܽx`o\7<@O$}De+RHm<zhM?JN\A/'X][MXu;xKzV%Tu5tc*JY	Ă'ppګ;+iG>1oG)	n<ʐO/-ˡn7iC\K*;փ^WЉQzk<CXd՗CU+e~OUk΀Iɖ&͡3Z9dhΌ{ϖXҧTxNun"=Ly|lz
C9X̓&Qbn-w@.exN7оzX`?a]/VQ78lA	bZ$Tוd/`̢~o\qPV^eܰl#Բ^Î?$R$'p3h!`~A/)1S
RJOB8gY>п$.4_F2k9ȗ4	t'go3bhx.C+]-BrؗHSY+e$X{[ىU<G	Kh`0jlaxJY&{_~7i@zkța&mbߛ\!M^oˠN&Y{ǎc}V3%Zcb@P!	`ϭ]2Lm՞}jVJ؀0D&̈5ciy)R,bu[P!H;L^F)}7Rt7zADugusY:̌ҙY
Đt
8{c#ZT ^%,k/E%oXTH8O{0_AlvײFlU7b%egQD3|C;{͞˻PfԊ	oY:z'ǊmbEh`,ͥ2?ݿ
y*Y9
CpQe	׬(Ԝ:8w#xU׿:
{_pKO-˷jaI%)]f֒ZXP) ߙF>D)v>rUoZ^qفCYmxNYKXNX}*G|i}n>QE;"!ٻ}6%<Xn{)#PG`y|J?H0aĕ˓y+Pt[/rFi-eLHkNx1ޒ;ŗ=!q6ʈRCG11|tBʷQ<
wɄn=>̴0Cٞ<#kռX(
ŕ]uaYa-o@H>N}{p1`IKPh˩yXJRϡ$*$ڙ/}OZqlnj,@wZfpSJ^3s5
HSB0eXhV{Ð:77{KdJkzL$b:drjXq.mUP2oK*W^lz6LoILQwސlē6qͻB%|CQBnef;O2}!Qi./: 	Ʊ>2nN$H}ۤ˗Oyuq9>p 3ʔ!	OőJ!ժ&yx:p{raw6zQQQh[۸֋0&
r8[:]!׷_`dY[,Q6<'\3z.>1ҹAkۆ9=)@u]?/ڝ@*¼ۨXD[F?k h_*fؾj;){em'fF%1Gxl'HOdmCEE_uhٖU7O(}_~(@!Rvkt!ӥй
(
`ȶ7$ϔ:XgK*%?݌QroQzǺt5F j+LhX
'nkGa!I͸qftͺ*~`IעhӠX 3"(ÔZK&w'Ampk&Rȍ1!XX¡begr#6h޳-OB@7zh-Jqz'*6Y=s+Rߨ̍'Whmga$6ӥ3D\zuh0N˅ʢ[A'SW3Z\ø@-"σqL-Zo54l;`+=:#kԷwg7ZRXЦRz'kbӫ+sQ>=P֑Na&	/1+2A$ҋC٬zfCZ;ܶnGV[m7_ө6+	L]ªeosh0u\#-$sBz0$;2C3YHƩ>sXTAWC$ӛ	,VkrD8˺cL1_0F\|J?nhT{G̹y ٣Z:A>C@=)A7:$ɪ	%Y5P|SK/{]jW8PP/Ր`'KkkK,czR0N.To%>ڿ~iXw	=^/O9cxS@6 'w_MMCv1:k4bm>(Riǃ@1L"3sUvҬ*=	] -&yw}0C:8E<iQ>pϥ8p	`SYS&Æ|tOu]u@u;:"WyYT*uiu@sw1/ןDQQo{`<ܝdps'f1kc"&PuōԣK:[1Ը3ˣp+#Tjxo2zuIXڱVuF׍+[g'rەkə5%8=r(f`S%{1:(	e%Feyykqm@8MHscmê޹So	|(5qVl^ϙ*)8{e;W	gy^T$ĭvXr7~k>HqcBi~aIIngюhkVN;`^ijl"Dܶ%'Rdqnn;@юpSxdpYYJ4T=hǟYbk,]wzS&V_/va+oybŤxB;mrƔ8[(nIpb	Չ]BXlzqk"8syŇ|RtD\!m2ce2ؖ]Ia=O=*ϓ*2Y,1&sghsяdM[ްJS,1+UJ:ݬҏ^b?QX܎uw]̖a!)	ϼF;I@IK@-6F24tPK˛=z@_lMc,)Ѣzd^}ӗNxc
5cS{ϩOSlU =QT^ӨfZʃ:&"yؘC	\\&./e8'L	rUTUe\MǕO$g9`l!˩A|ՍLVLeO!U$&ŕ>+P2
T>+(CfkatssbYcEqW֟ƺY\p@==78I)g+-xF>PdF]B[(`ϭ\cѱJE|"G[RƏ6KԶ߅(Ǝ$UѡqeT_F:Y0Lq{.Dl!~'ޮ*yЌ"h·W.
+ܬ45=K߱H,ѡkWԲ[g>@&ї9>Cg;,1q`zaA78TOD
ՙފi̉jF,K|ގS@I
ލkjDΕONK,VȗK:C{oȋː0+(_nLGp/!_lI90?,iȰء ciZ]MտŬ>=fyzr\8pa"d*n=LfJGJ"H@bĮ,_\HeHG*r=M(*	ԁ#],Q1Xwۏ>	xR>19;~vm̄Ч,pң&{2]jzv<!;;PkR?!pSȗ]~'q=ÉU|cl(%8gI+ŅsEyܠrvTVwvbs7ܤ>ǟ&$X'RUdQ3Ofs=t+G4F~zixߢ<>x|ljUƎzoܨ?:AݤAko͈^ГOO^^s`'5d-ʙ{"!jGTXAQ.+>͙%т,BOÍգrn3_4zI>W7u̠[ցi#ϋ%)Pf@vՂw\yjFu\jjh6˪ʃ_hv$Ymˠol1go]Ua/W;yyinFH1ϗf6Q]ӲNl;K3Ww{4ΰhM50B<r~rdֳEkf=.lG?cKs5<K0J]V	=ZMěT߭U߸ޚ
~KNAxF)ڴ\(,Ͻq417h(u dvGΆuAǺ^ؑ7|;"E^׳(;Rg+?Ƶ?~iTUCNɂZOբg7c؁8Apyv/pC:Ĵ( 6^JCMb`D$)gšlQ3TZuVȐ[:QKڏNesr8qW|)aM)iet4)Oŀ0}G#'1& cteb%ˌbOh!P՜p< I˭ЈQn70]`T-p-Ə}>5C5J#HsZuݑEQt#bKAwv>\*!Rdύ'HƱ-$=FEY׽M]okz!x;z#_ݹsBȢGZJ#Z}LܜPq@یM{SB~ɺuB]luw&L؝[h`\Π7_[X~	p7(2ǔ0hu~[pd/!T
`L4-E]=ѮQ"~JР?y7fw}B5I=Dʑ24UCGuYHHИ}3fz0,]ZV7N=n̑:uzGЛx܃ˇٚXSTCPFyi8m\aܫvM+"jπB" ȸIҕ=B6*
Gq Y,rMt61F[xX|/M?_F.o%}jfŉ:xAͶ^Yw*\$C^$r^kR@Hy `MߜlEE	]zmYʞ\ib>w:=۸lZ,?(4)?HDFBv{Z-~zذxb06(WP=N<4z$؆^lIr1C".?hc-f|h}wsjNvpA,'!͑{y҉=-'	3y3hvlw|<nßxJ. /rJF!VmbKlr5,rb֨*ģ/y՟R.3=[ OBk ,Y=pGJb̨"}*W~|ՠgHs9`jΡ;$<v=ڢ$<s6q];IZ #beLإL+VXUdŎ3^DPxk1-Ototg(/!Fu0Cёe_1~$& ?PT3l7p2	N},H\<ɧ-`ӻ("k@#b|t$(8vJqJG\Jeݕ:L2n	QQP_\X/ؖmOayOLw4pS%l.>bp/]ܨ:lhlBuCzF6=187qARΠ|ES-yPFt D;<yL·i(C58!\g;2n*X5yKZ6ėtl0c$
݌YB`pNVyy,݂Ŋ/Wdp`	 f( .*L4. fWܧV&3EO_;Յ5&I1kbHgympE /&mc.+/eN5lJi&reքl(~=4Ǌ
b{zw'ib!!s S:lD1f}eθ*IP׹*wAa٫?8DsҳUqjWP{B
23$i^kGTȢyk͗ѱ&fgwǇZP!"t\ݴyև[L$XZEG"͂t)?#`]8#Xh3#Ħ߅O(oakcYDP]i 7iZu`čOUePXq*^QPwxT:pXeקʼ-̢ǬL/IaՊWYݭJߗE&_%@>1êLMWc&]?A]b
kzXrP7(<9~\	·}T~9y!kms3$GͰ<p	xصn.&e{I]"
b@* Au(:5v3]V{p_<Tʏ)xˎT(|H)¦oII:6϶Z9T=FƳ
qwR)6&Tjf3b6Wܖ`tHP{k*~z=?I_s
ή:+Yڒ@Xۡ%ixv\IÏ_Sm'2x}l#Z{XH$Lo 2Hi:*]դ<nH^w769R&=#AD`17+CRdx&S]hg<X͠=;i#XƟSEK%ƁT#/cvxi*INaNW`gLaش	C82	̥vet@xkKkmWs֞
4k7Plc%`Ρ9zN{S$	$]Z4L8.AԻ̷>V2`G2 QJz$mW]6PZ6$4m֌\fBAF
у&C>VlĄ2s֘ܠ#-3w
[UJAܧDX!mgEO qɕFX\MPyGyKƗsh-8A`RBSvG ϣќMɿ]FWۖdS1,8zjBO?mL}~ͧӱQ^b!o2EVw
cƤ r1;5ݶנyr_8lt7=*2exIB<lZ@׺<ֵ̽:t(CpnsnDWS4Qy}t-(LXAx;-yܡ#T"&&՘̘?3ɧ:_ un6e7Sb~Ah!p8=}V4;ԁџ.ޞ_~+oOFaYk;W¾:ʰ_$	V9\y$-Ny_zy׬Q	(2Y6|_bK
;mw#!vx-XwM|ԁ7tYr)F֑w93A'~MYe?@ҕ8Xw6kw5(fϦ]ڄɴ;um,/KfP<,)		կbQyޡQN%rHߌ2)_׷z;ÓI"a&Z4BgJ<W'&͖es\Jm^PŌ/,9xVܰ
f!.'"#t|Zr[Q;;EшԀͧUɖuvmDݨͳajh;uЗ*4dn,!~;9.=	ɋۏe{.dq4aXD*#I]֧+Ԏ<m_b^ٍ	ͰӃp$c[e
;b!`GՖ̹/uR"*X%.1G.~)$/ѹuv*_pcדPOIG)fVGo>8u-U?"ğKT_e\ֽ.A8%,DCM=֎i׆VNh;LǣO+#]Oz[MMNHWLU[;e!aAKñՅ΂N!zMrg-5tci Jc~.=ŞߘvuZ4˨ KYDfQ$6rǾLwmG8Ė˃PKWAn",NG}H6VҙYja^ MyW
_]mËiI7p;/ee?5q|[O'ɾmDF]-`|^w ?u^r	L@<ȼh=E
j"2Rw@̟2N,FxI^q^j
ui3s(Lqzn#eȬ2fһQQbҩV'H+p,Q<P=])`a<lݎ³ӕC?^/sjH
AdȐ=\Qxo	5ۦ
+>a]>8sP,:==B7liݺtĉ<בTBKoXOspo[0&c>A2΄e[T S6SpʿA$\h-*I*eXqX\;؅K|Lp+KPN<wre@(Ɏ93Tt46E0ۧ)14..zk9[q;C@X}?97zACBW$ĥb(VЦ_\E~u&e4ѓjqD18Y7ǤiΣf!k(1[͔cU6̼2,^VA6xzBa$[X\˻rGͣYG\09#8͈SzgpI![KzD>	[rΝr»H){٘Ҭ
Jyz6iް	ڸ~'GXIʢҕn$*c x	Ddݱԛ
e#]qǓT;"BvWijrf
U'@r'%h{<ÙRH8(_AA~
ՖXlNv˖ؑFYkޓVƅ"^9|f7PZ)ŧ0XjP%ЌƼ%mr]@i2Qe>r
]05qМtB3ʴ/8ao)Βc"FHY?Tn43?̣N`:xBwucG+G':gs\V!E[$_kX[+ۧcǓ^({8Kh͂Im=TF+ns0?^z(֋jqܘ07.KtfY5xuu%9I:k=:Ja+pkB"3vn	x*q2>!lĽ["nWyDL4X7z"lq?`PqY^9ff94sʸGY([[S|+nUpURh'D:|v+vX^7ӣw@Kثv]حAP¤O 7RECvTġݺapOf3D^ZZY~>_DY$Ulf˳ĕ%FˬMsBv*wRKТ;pyA$}CbhArv2!ܵk;P9o=Qhn;ۧ:ԷK5ɰk?G<jd]-;2Ya"(Md2FM+2H $?ϐ@ء'pZ~C	&4ʪTk$ڬA?h47]o.m@0$l kѧ}d^&jGܕL.վplVlʖ8lEO٫v+!.Ǡ%LH_}1F& S5TuJ91 AIY/u+ܡ}pSԊ]5>!Զm&s	22P/gIIZ{(Ң>R`bSL,)Lؠ	I(/i:yp;2rkڵ,V>FA^tǚ0{f~Ҫ)εm&51sٞlIi~JOɣϳ%c7hx+0ǞMD4XI!qRBۍOymiRjܙjoX$qS9Î_}Ź;92CamΒg(L.ҟ<8==" %ՖJ?W~Y|[ӷ>&~.acI@Pϝh`%i!36w߰#s+d]È;Ɖ`Pmxs@~C&cC}ܵ-x8KI(ϩږymublW=mcpΜB,HGص>V״רLt~Ybڰr"h՜tpoܢ}1al8Y/[DP$1L+$CͦKIǖS1YDncce#b<S(-ɱK2"}@e]XGbѵLg!0M\~.ЁL7}apn.G@R=Me_BTfuJ7tU59IsgYlxcՇU)K&Jui]g۫QRڏI!Y,ʭ~וP=qSt+%Ec:2	Ԫ&euʨhӤ[Q
zLft2@`oivh7+'иKKK}\3O=k.SB#0EG&̌&ќI.;[w?X7فe{-D͂sNظTTrH-)-6bؕqckfZm8uM
U<!5:n1xwDH	TڴGۗ1Sn3yMWWeZ7Fl,j0Z:$*ΧeyBJM́%a}H܇SC:kPq0;AHA\ſЂ%2@	߀m['/Ư ck_$yҩn`/&ĵZ#qӭGu{q@+^ߤlUIQe},k|Cpѫ@}AU7<WݡhCWv,3GdWLStƷtcǳ,]eHDA\iKUn|kTz wYW\<1@A8"q0ka&&=+˸bqNwMc o^>s-lm}/Ha \)ZY/%pR}x?o)Z2hT˽drԍT_vwl:Ī48q6F7x~p׬?
0К'q*#odczzxH3-
W)'%s3xz,v"f(,@6J_& obP%z>UAޜ	Ҡ!Ń+8Cr
{I4=V7Sܺ|
ҦspDh
ȵ$j9 V:h}]!BۂZٹXڄk`ڷ.\|5>a$ה'*%"ۛķ9,dV	4&zv
DD?240#6ri.#Yc~з~J=+ڶrJ	"v:z	X¡15HK^xq1ӷܳqP*"JmjqKmPEX;;؞rNpܣWd̢TUA\O-̭neǏD^_-1 
_Mg[1I<zǙ@GVhUhʿveyYƔo-1G7,H1Ǆp܌)!?[ѷҥ)=RzUɍVr$=ebKx!w{=)ɽUp}4
VnTe8F@NLdȅEK_=;;fٵmrK	b72D7[KrO2${ۈJ+ʘ4z4<y*BN˂&V2
j ®I;G~NcUg'vɕeQQL"DΤ{>T{ T]&3f6nbQ4gz]}4htd
hM0Б
6
Կ=ޝmSCSAewڝ5JcsUȾD)aeB]f5\8ٜ2ڐGGAo`ɓW/qt\U@md=:0/O/ǮqG.f\j~gյ76f'"ve8Q1;|lن1}D,j	W@܆8@.nWuI<jȽ^S(-asHAh\{~Up;~$BRpڪ|6Mƹ+9:)~֖ۃ.HGط#YMMdLemZCDW6[xQp:|m\r2Ƭ|2QRǴۡf9$Ӡ[ƦǏGa?<uǖsӂ^ߴݩ|6Y<M2$UyU%%YutI<ե ל#}4Yݚ܆KTJ
ɍ-5q;Ka)8dSOΓ>#HVo@iڝ<VFJgpt\6\Yʦ**M	-l^r{3Ws7ܸO5Z(V'K\6(Y&2˫Կ._ilu~zEmIh	d-9Yɠ۴*cGؼ#h	#PhSZn6\P'Dt{keʔF/_Tsf[i7a'\אONۄ4F3zA,[vţXMi-49ÑٴAmcFǠ ;q®7҂XNqTYgʬdjx/ZZN/_j`ΜG߲ݽ=)ZYo*Q>TK*صúצ@ôuAyiw#jy(4cĂtZ*e%6_PQ6]r(?@r#֭'T~m#$S.}y
Bִ«~YXWѹsnݶx8|5cnєZas0wqqS iF(:ZP)UѼsz zGb[&I,Z5ЇMh:3EK	.4Uv:pێ#dX<4<ĬФ]ZAV3UpBsaQOq	Ptv2{A%x4ƵRc}+b]dhգ!~ŷ,4U^4+tţfɓPW
^liEWnζJU0BNtJ~U@APYbj΅%5-i3IюQwN$ɳ.`¹_GFaYǮzvS/_Cס|Yyլ@-ЫQGĒALdIyzB+h]hOKU~ͩWů¸)%*}T5Ճ2Y3J=n^W\34ۼKrMؒ݃;~{|Zmg[vCRǺSMM\ܝ>ˬL	g2ʓ7]ŤEWՈ6ɧֆʞ'(o?Uٺ|I2wWwz>EfBOw>nNSfaUR*NrIfՋZ۞>}yǣS<$N l[^>o!#V*ϔ@!~*Pա:>*0*?~ky(ڵpeN1~2#Tňf2	`ɕΔ&{x9MvNk*.ew@ʭrի<r`v/t6R4T0zAٓpc޹ÆwS۪æEeyԛ$HV_ElyGhʲq+sLZٰe'.Yɯ-{֗uք-ű
x/sí
o4)\@ӋwP-vuUUV=mێܧJF<]:13 k+H-xԇ:7vYǧ4I'gĲ$Ϋ©hX-ϒȸ5~?].#ͭ_}Gp٤oԢ-,rӹY
M_O*ټjƝ׀_&ui|ȏrөp~nn b~cz,&	r;V1chRf~T(С?zYTP0<&.ӻۭkBk\uwW .ʕxbסQ>*i)2].hmnO`=q$ܦx;3Pmt}}T[5Բ=/v{A%Ѕ֪eA/HPGt3lŷYǆ~Pњ*RIfX͆@I-ӆwszN@aJ3!}L}~(\vzݚA?A1٦`.c*!C)Οيt3'zz1Ź9)ir~u)2[ĹC~Đ5eFdy2|Ch0'µFsG{JRKMFN E"f@ƷS^7`|*P247"Lф̓TܤȮx7NLZ:)ߴI[k\K%܃ƯjU$"Eqs9BfȒgv;qƜuzh*xM
RsÑja^êDƷ>ަ<l,`%_H92ōe[߭.0,ʕ>!Z<paƸҍ;Dh8O{M[%ϊiWW;
{w\okػc
ܛrk	fՎ^kM\sى>ō6фncBK1۠@LX>lYcdD7SVѻN,67B<˒}6'x5<Pae)a4:4x_tͺy	(!dHP%Fq>Wؚ6igӔ+Ǔ$Ž@#R6x4# )ҁM,]Wp(ChJ}agf΀O	\VHgڰ(Wo"2ċj>ՙg=ZƷ.X1HdW]x jXLӐ~@bfv)W4_$!FxɈ.j6uVU֖|w3gDZ,)͝=%D >N	3#vM}_[Po/d[`l,k2<&1p_zfF{(SM^7>IN˨r]QUe'%WN%,d(<&E\Jǌ	66"ݳt
Օ}HW:C{3C>j%lZ?X,W.ѣI;C?ciƦ߁q~Q	U[!ۜŝԌ?@U%l̐) <xo{҇W:fHR!Um<lClgs^s>yTve؞)EJԞ{j	:_epJkl-̺Ǉ>lTf}ߜG7˺.%gsa͢p|.Ze~΍0_
3q<mƕKy֠fKJ%Ƹa']gp@CUT(xl>0L'zhߚփɓH&()߉_V9Նżo]N7*uU܋mmCm֎#9HC!s^fw;φP9k}#QY[c.\ߨ1ّqŽŔ-PNvedjmχ%Lq*Bml"	iv
mYJxɷ*49ZXد_cei̷rGٵYSH#}Zb6FET{2z6~
U?d	ƞc߫AO/ZۢK
8E'j)5a&u+rKiAoq-'/:'>*F^Ǭc/&K02HjcZcb΄=	HΑ/v%L]mB26˪!pƸ!f2<#:$[
Ơ?s¼ӕB͎>`/%}ݣ4!1Zfeu9tDl#AAEOՊDӬt{&-3JqφtRiU(y.LYgXGLWjՎR$ZbC#O/̃^R >NCȠb)ZF:
oZiudZ͵/Pfړ˾F~'Åa	ugG/ǏZd:S-M5}A+&]د پ}2uلc+Z5K!wVa$$J*=)(Dϕj#ւ}^T[drr\%E͓.,ס~:.0@4wҤv;DRd\.Ɍ%6$hUңO{A>8lԛm?<4{},xSٚw(ɉGnK*HB<*KE?]p}g4Thtr$	sj?m$ӱY=
ܩ53TmʕsםIi$&~;,&"=ZOwxh3Uu֍T'34.
dI|'Iu@ȶX) <=VbtMjڛ|#!J]x_\_">nqHJo5s:(~[U^7j'ӫ1%x'N֩ =MVujn:َ@,1(yS!1St}̈́6M)
Ww8#+xҹ5)*<"ZةMͷǻΗԆCr4w­333zϑa_UZ'Y$q3
ƨ9<=lȒYf aLn..?3QyCj"y0Ԩe0ec;7Nfَ_m\X_.PQzy!g9$J..S̸}Qrd@}kɀT,sgC:/pȦCӕ1QI,ڻecb%Ɩ}k3Ep7P<LJoj4š L3z@];e-N9vR#"k~)9@lTCw~iR8=BpфU7iaˋKīYCHi+$6ǨCfM,|6#
%`vyOҢbdY0n9|ڹR3ۄ	\+"8SC
(aJrn" *<lqݤIQhl;UPicՏA,L2u`өj^nn`f/ǓZJ]wkZtmoa{nO$\>aE)gxa-*ߙ	MnNp+YarU1>nh|>-΄ݣ?(ѐd:}ǕY4ȪJ&"7*NxWE׳Qڲk{j(ʛ!Oy݂Uatٹɓb'޻U)f"{Aa0S_P|ʑ7Q:`#jiɶ?׫:a)R{9Dj_g" G֨қͻuDH\R-dE(:7~.g!!qr[vQfT/لԷգ+`B	Ɍ#YZfdu+Tta3%ӈr--tͬvxI˰P(GՕ*y'P/֔HҲS[ԠlمsvUW TS\D-HG#D78/ѥqnFnqI*i2nHE4Ժ7>3ab!ބ(E͂!dD6ձ9/	#$ZNΏ.,ds%yW0ob=նڍfU%r-bE7==XFrʞP0:M H\ [Hg`؄դ}n'=.0ǉ=p&?Մ%6SCBS~.{o3;< f|&AuRTK$.Oy;~?ϕ܌NʽGc7[_M/po4O\iU4J2[4ĵ
ȸՇ՚DHۧ;M"_7}ӎ}޶[.}h,ܵ$ʴW	)r`#}"أnsO*&3	Γs.st(	_@7ZOנv91I,HŹ3|l1ZxT.D`^Y[f9wͤɔ6KWV82"zyuk0l$]=z)g"@ܔno}Q2m7TyLjI wYz͵.lepB42THU2ʹU9:)!;}p8Rfh06o"ֿ1i@-gKg̰ݮCWLо@FzV8Jum_O%m1w)'"k8*8ibX[ʧ~gv!jP7\+6B4RKȋܝF-G´Hf0ҩ.Tnɀ~q&Bg:w+8|)ns!-+L*S_eJiB9C>>bTd{srQt"3{Z lao<ʬڇmI/]cKSUiz]\M`tL9t<(De/ve/<r\n'OaޭvE486l7X!e@"?J,ι1aۺ}l<lͣ}{%Bd9V*?U~ip߆S3x^08)~;?QC>ټ'{ޓeSǷ='wCFiJHcQRahs׼J!]x]_"ݮHu=ȁ}*uwݏˮHب;XۂPg]<v[>tS\!yl]W~y;%Հؒ9nor!&VDuҟ؈g"kuN*=YBڣ2˸ҤoEŊDo%,%=LP2
R(MBEj7P	ԯm'Ԩo[<s(>,bqސR\ީQÛ-ןp$r<v]2YҸ5$;nqr|Z7y;ٟ^jN{K܋DVQ S	q<$=Cؤ+x<EϺ]̱>vT||/>sX~z}?C# )>qYlw/9251p>X&D".ʢ&0V$/8#bQrڿb@ZP</i*o/^чF)t?>!Pób|z/U0v6 L8LT8<noզKzʱc/Y]){zȦd"-(N{Fr<yIսIPðiGJ-܃x7ZgtFy'Õ̔И+4Є}F8ğȑ	Sl	[}YY,ilOHYC*JԖ7oy=rG=iD֤\u<+lVj$FL"yh!\Hb+{tS&tlgMJ
=>D@rĢ)T\~7eȶ܅{yn+ӲŚOS5Ɂ9PqU[EKjcx۰gBjث'da"I;du	x.)zU,٪ѽZ
r_};0O"f10;fڪ?QR|]ʁu%߬mWiO^IiƑT,'q̠q0Z@*ƒ^w>uٳKH+jvnfhVKaVC.0J
H6`dC/GRe6-WhT?]0'6Ah{݃U^jH/Ҵċ}HB4ȣZo\=p<mkE\֍bNho1'!3I؋R N*SKM>e~ފ*|7[+VpӖ<CQʏFN}8O:Ac h_RqJKkԨPҏ	ے@=2+Cͬߟ)ys)3wo 7=̨Ǯ%\G*_tczgOٰrOzToOVY݊B%q\3't9`R8(ȓNHK@#G<0h4Ǹ-!`ʠYp,oiklUtWT+M2]t--n
{k!q̈́3P&@q{k\F˘XS$%`D	,8֑7ojm-d|9$8f:zEY(ܩ`yz©2}ߠ^Ld<!'s!jR0NsWUӊgԓLjKv}}}	xKcpQf ĩnvNغZ=._9eJ(J@rWt̝QBp[8UԀ(;?o6sd<̿{ۤOC~=J֔56	}cE!Mq϶
< B9)vԳɿ%)\mF9L<;?Jew&U2[ge݄UIPaآ~@ޘȳ
4%7щSלѝ±
B1@KlWa҈FKчl><,7I`:J-tHۣǱ"mPAxulϭŸX>h߇u6ðY#vFԹߙ[_f%ظ+oX$hZL0LD-VVdaxkrTK\$K__^5zxSA(},8&ʌ#:koR
͚J<7T;FHdOy5)+`TO/AˣY\֑BK~-P`8{Z.~GM`>=vз>~{$_.שլ3Ak-qEyYw
ޠѧ'z9`3-\Z ;@8S~p6fXV^{yj\c*Jv?h[Ax_fTpԁ^ fě?SҎ#Х	?pcc6ʉY(GQJir̛-'nd\3	OFP߽_j/u77wʕH̋1"\URʭnƍnԐL!Jq\KU=	f͓\4H"dx؞kՒГ^iѨY+Tk`Т4;=$'4ܕ%mݓ̓2'HъA5Ǟ_2GX11@xOm!p04
a8zJ5HX;2M/~Ÿ#޿[	|@`-rOq12VJc.+ߣ_*ߟo/C qˉdi(*^N_xwAa!R4yBՂح´mXQ~*x?B6:a,*O-wiK3Dë؊W}Zj8=n=e1E.8Y9ALs/Br\}gԠODn٦A}yBg˱d"cb̍iOxOEE=js27$0`bη&*Y!I*/!Q/ޢ ?C$?u5H#@dk7zް\v.xdC4%+xKbQoW<uHI4}7R1H\J6
$=ǡ4:)xJ:]]`+ȇ!ÃdA1U^7,GF:Tenґ3'R7F__&@Gta*ږ%ƀ;sua%CM8`!T?+ӈ4ȦnAc"u/qlʍC#'!چgAɀi}0˭+7'Ǎ)6wSr̟̮gz)#DqcjP(a {Iٳܼi֍֕rC˔tIH_gR=Iբod\<C|JAE.կ5*oʀR7 fTƲdo2ܠO-{	]09LϤ^$qu71Vd0"B6o(^ƴҡ:Ͼ|7XK iyދP'.5Ș0F2ҋwzѧ1yi7i8g0u9h1\ ܳ˦^~>eۢ=Q"֔I݀m6! ;˥1pݽՙK6PʭJ6uE}/ӓj
S'g5y?45L5^"
Rz5l9H=7cގjV<hR)0$Q̴d[2#:}U|BM=Iax׸X{OyTWlbOy_Qy׌([TUw<\Tq`A](b-E iW3
T$m;Wx/_JS[x'Θ	ĭgc֮d&Lm@߭L#0>ddu1-";qk,z٤(7Y9E?*Z&c#b{! N޹%fEXZ{ӁmCbғ8D>;9T^8;g$0N5sS(41|msZvYʵ}ir)rBaϔ1y&UQ\T:ΎGM^{xxnX@T 3CI	|-+~"Oْ,#
.pٵ|GFmKMcR~hD1&ۗ£8+r|xڍޝQ:Nmɹ|V6ϺΡ0@H+͚XԺeu3*۲4Ym'Љ_%K{:U2])?XuHUBS_$A:Z;$jMsl]N<|7bB!qV)HSprεSڨ´nv,n$ {[Z75Ki"ǣKj>CRcWqކdK
tVMeW3^U;ȟC>qIPE#vfwWhwͷڨSp'cց@܂խe({?TZױ;FT*ybC ]DG#R<r(R%Q'ͷrE4{z`W24MG3%1zWG	%UYܗ-$>Q8Aֶlo&K!?eQ:466̈́$4|kypI!״ڠuwuYy#w.!~{|ƻě~f	dƵ3jSo&`ήut:*ԡ~~҇0;_pZ&nwL)|6ٚ~Ӑ^)^<K~UKӆ#Z)<6U !7ns֠zߙielLJWC@0Zȷ,NӑbOsF@͝T9_jК<YV8UGn-[3-D49El&O[6ƀg_X̐SKd/*Ž0 @~lw_˪ɻ@	XCiMweLkI<"s~GY1zY4<
RE|67ޮy.k%w_LJ'Pح!q߱Qӄdxw3I+R9g?`z͉h=Md`94to[VE.nW)!8%a7̈h@j(Xb\=,*کv҄Yٿ7hبG$Mji7ˣFĄSCnG35n1}^=(׿?D|?lsrt%<;$n}VtdE%wEztVqtV<XÖ!R+DO<#.kt|yi#IC_cg2E;OVdK9;mBVv[Ad>mP4[<Zk1$p+F1}saT|q9oԢI*7tb/7La½\cHOn@'Ct U:	+J}@c>J	m4)Ə]E!mXDgR*@ՕS y~4>3 ܲRJE%xX3djI?os#5ٕW̨U`t	ՂOrmȴ*sӤKȳ&FF$ۻő]U>&Fg9lMOy0"76+`Bڱ$:S^6"Ĭ[j݅!!-.	wvY޵mZn+DAXc/>`gԇX}2'SpPi2D5Rft^R?k|9TKSuħ$!/<djFǧk%gjn/P#=:ySB[S	!۴S^LQ +F'TaxxN8??amՁqP)(rŲH
͔ ڽޒaO	$g4-V$O)Qo8,'ɔ*&&?tcN-x^^DIl>,8K]|ύE]=?%-*3mǟzwJ"_s+8s_!O	kӆܽVڂ\|?3tV¯AȥoUجs|-TF(zvaPYlҵXwTPta.f$sӢ1eR<-h8	5s-k4lBFR;:Ene;[/DdѴDgm|!_+6JoӅf`5mԀD'Lg&v ePM&c[5yk51AYW{ʀ357,ط%P9M[s}8<\9VnyR* 2޿=,,2ŕBqDfA	}ɔ7T7+oH1ѿ2 ҽMu79M9SvDk_?2=C5=΍Ɣ':$e~ѿe9#-dPӵ`לA%[{ЃVY''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24795)))
