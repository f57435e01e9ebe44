import brotli
n=a=0;b=1
for c in r'''JnIVǾ8dg}J.rNK&{BYiI%ۅBHtxv^72k>-9(aim]7uO#s!5U6[.Ϋ8u,CփaJ3IPwYg69DJS+MUPʍY_'8\,stЁ.چo5s3pD{L3!®P	wm`eplB# ;n6	F'!$=f.4ĕ~<0i݌*T
B$RA(0WQPh~4QȎrvtm߃=w'ۛROS9qYz3
Q
܊E|`<!
wRd{(˯	HgКY$K)44f,f:1C"2Nb/'LվK(ąi#8<ir)Wټ3ɓPw[2о'Nɓ|`7"gRHbmgj$mZqǈRiz×,wD=R"iSoѝ;y{Y[NU,:֦6w&@u}S?2.<ƝHϩӁ!(ۺ+!+sҦB=&^MP-kfwwC\EoSZѴ'eŶlѽ6{"~νNvH!)2l_lx%oe4]K!_%%ǧs5ѽSSE.<ǻW*pQH?A#\mCzDZy3T1ie8c!uz1!Ll
6ApWh EQ̾-Ob7 lQmH,;JaڥQ3q_>H*ʸ34+ftcLDEׂT7-xYu
^OYn#frFXl
95~P*vu&*c6#?
9rq7J6#0ǈҾN|pcDV=0GV,ɿC\_Z;\a$37-]"I{߰
M)߼Kd^en ";9B;qݎF#kۘ{IvƢ	ѧWYzx7>5ǱӡS1{	Ot	y_E%H&y/EMt3'RtDgNV$6"Axv/l&9j&udr[!^i:Y*EFB5CrMnv^fN܄87h^ǘĳ0GeXE	O@>0<4&K8q]V+$vIM6DՈvͫe~oQS_`MBˎ\+!-uk)k.N8*YtߌbPkWREK9[ƛ4}]qghVtب?*lOtP*ǈ}.A[18H]9܍33v`L͚OFź߹G:}*b(yT͈%+r	Az<sl=xZ}v>'A}O.oՀHLMi&AD^τt7S=n	˘+	[[7=3J8s`΂ߤϛa)A
|9ѫx/bXӻpZ7ߢqpMӆʚ_vAqsҿ\ڎ+AݠpEB,<@ܻ+g@RpU͊Ζ݄\i>^|ұTB*0c<$wMUb=T&ȖB]ȇ0`?suR"B7GL-!HAj-k=\(P4J;j\F!E(a^=1RĶ1։(4Pt&mlK4uױ vU\63V0#Ta`dǻ-j=ޭT@@>IT=?#ʨ+ (V;%¤_pDX!Q,&jPF̗Ev32)hۂ;k+0z-0jɏ#J9TzkA/:.=[)No35\7,D|L{%n*l{AuS$ܔd}{pȏE4=	I`S߅5|d߇]"A{]i<R"eK;$RB~-=Ɩ@?w+d3 nZ3t,fnHv:'Ux!ǌ+ݧ>p[_!(H;dpc&rӓr&GnIdW^FC#ƆC\pWƱu|cX\#Ѝy$!{ԾUͭ)̼glїMYzpE & LhKYdx7c}hޛAؾj>O	ϋ-9ȉ_#H@+8	}#i!?I0'	Vjʍn??{0sVPvս˃5y̿L#*ݖFԈ'kq7@M^7Uyއp{`4=T>|e5Й3V;!Em#Nqʵ~ɲli˵EE:6Ffu@	"GHC<)gňSˀ>V\EbXKtKO>ft_jI#qى#vycSV!Pb>YNٳ7+ж\[+qWE7I%Y~_BsJ	W,q?b|$ !48-bYWJ=,0q{"h)v\#B[SpI!uʻBXYӷB6oӈ{;Ȣ.!ë[BNCEp_ Ii
4(h@~'w9QV[6'}-8٩~m%IʟK=m:APJ"zA5~E{ofBbRQOGMjo;PdUnzۜ8No>WPpAܸ/EYAn0_*~"Ǖ%0A0(ܴM[ dBJ	O+]$8бy΀;|#	h&eKu1Nkޠj0gKqjE!RbO)1a/ع;j{`y]ǗqfNCJGЫ)iӄ)t$ckR+NdlxaGҤN߂a>B|ԻDAʐ"¿&V
_}m]p{T̓H1PaOJ5+J>˴2?ܘPչ	`ܻ!^$&&m3p?5I9w#Iw
~B7%^
{߽ɝqc×a
	ؾUl[#o:*:؆־Uf"ͦsȍxhD,؁bCy:e܁&ӢwK9}B¼ΠWw$*4̿jԘَb6qiUTed^:ԀϬF;aP0u3"/>+:2,Vc@!(zδ\*xaQж&]}'Ei]KU|.ϙg*j k*#\DW_Xm[ê!JmjԶ+[u$8&Ŏi\E3{τLڕQLЋ#vg::Y)["6³zI?ޱG]In͇m s
<CaC]n$űKh^IM#2fli)ͥMpI4,+x	t76	+
[uǅ½8U0f#cϏDn|HHţLR}u1	9uLԖJ<QB*^r1B[ǐn]A].Vɤ[ޢc֊bU˒VǶCd	V\+˞3sׇS`Dcsǲ.ۉM޺n-6ĝ;9V7b].tvA5&W7_dGPɖm͠HFEVxxbӔ\עbsC
@Dm$sZ(h.m2BG(TWuPCgeZtϏ}(]&-J}Jb`Dp`oOWOem4y|{kv(т^ئ@OGq_d(MXFy/flZ0֕Ɍ nag)4q?H>36еHqВvǝ[QVn$~q@<[*w<5/ˤ-I+TݎbaBƣ$nYCJg,¦TY	-9׮Tp_Y	sc,cti
Xa:ZhP/1Ə:4AA^Ql:0`]Br4@Տ
n2vx$`A1%Q^7Kޏy2e9-$`:Zr6N !z^T;
c	5r"U)\7N֮zYQ/'G+]ɇbXNؿ]"t&+wjԱ6k f^pNg]G?>?i#JdBmY.)_E3BQǥH֪v>lW˄rٰGa"wFi3[/T65ǿ۾ӍMæ/܅{/4ҋ8)W^[/'GӷѢx>zo;,߻ǗSйZƦ7x܍΄8!\OPv]1ӵEvHlLөmoH]Ь˼_إb#AK]+jRhܛw#zqCtՄY)u1Z^ܻi8l_UzIj=(S*!d9sD]ߓί5?:pV,;"/dǄH
lt2̹N=7X}05ز4$,+eº)5Yp#,*V<}_TQ;]O1Ķ#ݩ!rL-QA3$NW?p'J
4	k޻EIKG<Ztme2kěkqˑIr^;loĴu=}ЕR9c1F	RX
j39#ޣO*z^~ӕ["7IrQ_s5U$r+"ۻfiNz#U?kGLՁ@ȾPtqR%f͂H0^q(Gztj4,`,h|c8w
rtAҝۙICC݀v97]!_2k*5R{ÚbIMéZ-ǼT^.Ѳ(o|hή_08GAzǰw!{޳[}	+nՅ`K|&,>|+)b`X2^
is£hs&26R ,|Nw\]@#í͎1tsѮ`hµmB72+Ѐj_wIr.ȇ*~7*R;hYgs:|Mu]FJiŴsޙZ؁44mɷIf<2sGyśHϽ7gϡm$g}Q5ɥ|J7DǦ3cѹ#pS^mqG% s
;9RF0yBU|#3H4fQ,Ƙe8FQBn^Exl@6Ba̐_|щ
8d8MEC8#>\eɃ\g}Y=kw1o+\U:r+wҨ_-eQ7Iچ݄5G̥Xd2rs^{,]un8#$#O+]bx/])V5Ũ̩J|wK	"0'Son.A%6:OJ^t70ܭȦ+j\f	q7duϑ\؏_-_hܭ	Xe]t=f.fDEyqj%!˘n0GIqL:j^=%J=DvA&a;Ja(X_+!FݲZrC ~bd5A@-wZm"qx@W?j3_`/iTYܷKg/Ȟqj#<"+mt$_σz$'Zx^^"3,NlIK-,<EWY{ɉ2uO"eqLKJehj'	@1~ĝCH!
`>>~֙jyCf[O%a^A[@ `Ul'WbL9,cU}e=dUIegϖAǂ߬~#O@AQϞJK1{FZ\y¶UŹ3c0d!A|u`#
ڐxOJ!|"&a[rĠՈGiqal?t;D	 T6 @srlymjBDblX\Eyx$R0[|BSZOC#.GP;Bsr^GM"7!!j{ϹdrACHt@Άc\u*oBSR[D%6Ѻ˯'([yjm[vՉf BUz|ufwHNY.WrB k{bV{!ͳ6ˤz @W&.6vq%m:ʕyZx߷wZޔHߵ5 a|v҆GԿ:S_o9`»hdc\i
SP&Vߎo+ah2:V>̊c73(VV[Б]+WP}	V=tяVaΛkL}Ϯ9t%CȓnMHx>	-|\}+`z͎Ӟ!gIpyxl+EuT	l CtR"ų,Ϭ!Zm8~TF}*CɎ:Uπ^LMIg#~eWf}B8WA:5KEzN|DoŒI`]_қ>,r=*uc9GIύA]֟{0Ʃ`&O^=?G׽CbJk	l.<CHv^G
Xy~]"U'
EۡӖ9`td~Lg3:@q	Z]طkt%oaC-ښu:q#H$oW1-THn=4yVݼA׳f{{o/G߻jbQIEKʊ3#eLh-ڦ</\_jxwVބwÅT2n%=<Et]
˛Uh2!n,0FNΗ%
`RO2b&pwmbK>SZi	d,XX)<DhzAIv#pK(CBݐZH,fnNQ6ֻD' esˣ[Ņ9ۃg0RsD.S7G'iCZݨq\9
DsC_;,	~(ǠG#j:	#4xxǅIY&ͧaF
4=++Y|hIӥtFD.CPM5./K?/62/YuT-o:?ׂQ iχ:ȚʞX TJNkҥKB%&Ը6(3.vتp	ƪB{̔JwּS,WЭMRx)FSEe{G]jexxL*=XTUuo$֝E 39Dpђ,L`b"`~q)1d$Yǭ: n#~m-͠<V6GG*%XvaNTvDZz=WcpEz}5'`k3"ںxvpѼ|oNhs>@ER73>CP647lD{EkX0R9@n!Q48e·ڊEbhȉtaY3n
:,aIߵԹ&̎MV\y,#fQ{qA-~7Bv]fFi.>wB18lT[o߫j$J 8(ȴ9rZl07i:ɶEk2[_<`
]_i*}SS(PT~L,ʵRyt9\^ ۠	io?j¶Ô(Y?Y`s<zԷ%=	Oq^\LpPm"^qjΌ\$<q)IWNr(Q̦[5ss}ԪUƉWnUD*ܒΙ4
2Qft'<J
t>0ˆ N_ǀ=1jĖgXzs׏QxMBz}qf&Ut?sJ^%:Dkߍڡ
C)g(YcK1F_yf(}obG^8z)<@=vgS`n2\ڮnZ'8ONJb2FGL3.[hsi*~CmϚ3;FӺ)
&/?M"mݙ30W]j=?F48OtŶ_zTȢ8g=Ɛ\TsKUQX<ʙZn=xp|:MΡ# Bb(b[wԇ:dX46;6G|cov	 ף[*Y	euSӣgT˪f=
8^ܘM<:ŶQE3.&:/]dCki(Ho$U,.'ؼms^(ɘp$b#öcR֏g+6HDZL4tH!A,&s_@+gJX}S_?Y>OoGXn^,"<7hd{ظN&۪U<Ѓwx9(fSͯuŁf{ͧqsȌ	N5MԦ7NPlw5baycfxT.K^;\Ҧx.+9{PY{t,	8\ނ>1M3c	Xޜ%wYYKG`gG+˛Y_h9UυT)cʏtX҄2հO/_ܢRmd&U 5;<K1%Ǣ6Ȥ2f8Q_J/<N}޲%nx1djn
B5z&-Bgłf=6?]eݪ7P:lֿ/s[xPsÚ9čŐvvhh5NVaʥ'&#ǲZo:Pu9AjC %NT>l-8?k	?)hk·!|qHϾ"n`ȳht:Oڈkҡ}|w7W:$ZxNO͞:R"F~a߯|fTΐAK&gN45w"m>Y/mβfn̖!/G=Xt=5ti\D^+րL"T;#8$b{Ud~TW44ӋUo]ݬ+14=c=5)I#߯,ҩBP2<^$3H^ɨ4sd%fwGJ`oB=Kп*Q<u>7x_ѝoy,^l=42fApiFd:EqG_ؤmNt;O"X0WcN|ׯQw[,Dhn;L?m86R#I@>Ka,q0E>LRPTƥUցul&GeX\kUCleٲOV]+/ڑ{y%jU!̟v҃fRгj
U|oi
`C@N٣KƵ2aD]΍Rkko_Ďh
1~
"h͎s?#yיiL`{(t14L$hf(`3/eD.Y']h}Vǔd}%#0Ltx:\ؓ>
HHs&;="Q<6u`7Ġx#9"A/B9HbvX.5'!z;PPPGџԍYY'7[t?b09gg&L^;JN.59u`ucz75ڼh/ABEtk(enH\RDF7hU(EKYx|M_*	ػKЁ=j)cH4Cַf
7*L>$B&lܙ`{.dGERd76ZҖ%xwW'J3'̔X_Ƒ)pѻ7@X8	XӚDݽ~_#Dŷ~Yru}ri,b:<LdzorIΐ;y%żۥ7Qz>@-A
&NgTgбŁ'/c'\
w
qԝ\$5xuVzo@ނ8Ͽ|(uYgb|x2ΫO)kPȜaNv	WȚ`n7ӭNm6c)SҼu/	øCy#EG bhL"\΃gN{YvNnϊN֡hA/Niku[.{X#y{PK	!_fZ7	ڂ˿b®ΪYՅ89cK*sG`P	2l:RlVrBƆ5.K;:TE9Hs4rB3u>;fH0r(	̻$jƛMG$t|8zf`qJG}KVP~5W'̧rp6famԇl(&6QY,.x`Ѧ߀ NAU]1(˧?a?]y2hIkջ\1tѮ+]ĩ''l ֱLRyDp4='Su8`d̹ٺyr\+F		>_Ͻ!^`?\B2I0;ÐoMPڴ 0`֐e!;Bӓ.I/W#M6Kƶoʕ6SZեvo:ͳQg8~z,3lV!?BuDiyeX(N=͗zX;GƵ1{4g֐sKؘM8߃uon~o҄fɃ@Ι&v/BGs^U'S:1z9>v}Ձ.]ʻ5 {˓s23ԫ-&1;"P*p*Jԇd"Ң^m5cH"+lfy0^rUb;P!ǁI%&3TrĐBk}ZJ֦h;ӥdÏ8ye=a&2'o3ΑG[$]%R,pVULN)eLEE֒.t͐,.:j}Ұ<7͐7HsbeU"4܍BТfʼ^ǡ@
3ݮׇ8YE-3$ْIxdߗ^*ZJȼH=]>%Þ?D)tVϓ$ЬupZg^J$_u=gn`Ǔ6xn#ܜI͒Vyإ#N= S2rJÆ3k5H֎Å2yW
MUc=u0%mŢٍǿß6tA.Hz_Isr\R"yd˹9BhtҞ'%Ga<'`lk֣?WrǨ_٭CޚS	}nB6gUy+jLk*z1`sȎ#ށg]-H%0xf9˱CZY=NͼMť;5]s-}@IW${q%OZ	yΖ,kN1
v_[-]zj{ϵA\ELЉQW!zn%Rظ_hsWȏ3*#x:eWdbR؜|Y,<޺]4/j]|AXׇX{Q2fjeW|}+[7	Fҧ%U&dlkGeEkHuXyj
tİ+p,#j_m45f#@Nřē$D6{c-gIى]j԰$̚0\$W|EeU%Rj^t.;VgĹэJONи!W[gF'p#6MT"ğP."ZS{Jly"-B|00'.zfW;rLfSX-[b9mÊzgBJf- `wO.yEQ`¤a(BZKV)Oˎ[QTʷA5μgߐ/
ܿp	
{vLʖR3uJ\@lW@>ƹq!˛3SDpl}hxs'p]#ݽmYc[2(c6hL,_<u̴ّ|suPu(IĐǃa|\wp-kB%¨"86e0z\ܻ6j^'׈OtjNx/,3u&!DA<֥OI sMuo-fǒDm,k(GJҚyUO3I~.W}&4	./g`C\O}d?U:5s~secce8	@'D%N@ҧ2 hisUFiGvz#?VQ~@܎`(SV#V/!lGEy`04>\
/7-cݥQO!>YOF0S/"[}? fF|)5\ۨ_ۘXҧZ27NIa$*W?#Qif5DN53,/Uɍ`SL\A|DJ-FtSRDLpWcj\¬=U 8PCFZpZ;ԨUurQ|#}7R0,EXԫ1*aS9zRu;.+ 2w.6QubD:sлuULEX
x ?Р(d6sȫp0+ݐVXy\ԀOe{U7{eֳ	!Kr,%߫|8s5j{sMȥ+lcsuOLgHktH74ʘ}l=#e%+dkzI$b?Bbq[h0aә*
lgmN>.BW!:loQϮ1D7mך@x|+Q&Xn)r߄PvItQL<b˜76!n˫58ۺRKfր؂<5o@,)6	Fr>>EʊaN=11EBڳzRid/>w9Ҕ߄l|CGnP|RсLv;;5A`]bڢ<K=+a%9¤Zû؃KTҞuGqFf@j]/ƢغF,է6ͷzFMqrYw8~uō{|uxхSLYC׋enZe_c34H^Ia^y-_ت"oYQ֤L]b3-̆`۠%Ӊ9x)A58UXW	\4׮`&BR;f!={*Iu	Y:>iOlhw|ȇa&]hї-ޔo I*ss1N
қ!{ˇԁ@kxޯV~=Oq{,G[ɕ-Ze~rx@F)1Ѱo	ƕ&Bp''ˏa`:!=VRIJߴڷ1*)OǇERC8׽D>}ٸ[prFc2o#qɄCn(TfG}fݷ>6Hn<*j|4E5aU_@mȽ}ũ܊1anOI-Hb"I6}wɍ{[0=<QQ2,y1'aVhLz,Ukbqfn;)^;tjUR4u/H	?)"$rtCa]+?ֶINe<Ս}M͘$<ȳA8ELOw4FYs7ҵ/G81Uw(E"dbt\8OVPJ4>ud>*Ն+c˺y+ET˼6Ř;˱QZgddM[JĨЊNab50HC>mP:Dbw/?rr5[aߔ.q~$y=OSË3l@YbYoи~c/}Ty~acglrif[O~H>R
O?VG
px4RuQbGZiX/z+ރ	9/IE\4RA2Pqb`hzӂ?7ǯ2íBͨ?%KҐo{Ї-ƁXUvw0r-fefQ7y/+4Ye=!k="/Dͤͧ?1?*,21Ali`׮̂vl-\݄(nlBdCIs-"ں+N¥{)V+52Pfv_	t^^paxNjT8`ާ4K.zӷ}Eˡ:W+l:Մv3յ6p!&JݻD&)+ڴYJi{7S.~)Ь+nڈ<e,W"kq> lw\`LimraaTԏ9T03=C:UF߄(zI+#Kwk_ƺ'aɔ\0*FO5A#
G5UY|;gʝ^֩';7:/K߄@HSfǻh˶2u	qd|+:KX@<]̴,aRMƒM.Zɲg_ƙsޢO_PGpi2<C;%2L]g:.&SՀoS&YFFu۾eG4kQދkD>t2w(ׂ28@goD%Eټ;
Lns*&5T(;zK09Ni2P7I\6^^ԛ0ڤ!f`&Sz\4TB4lpSOQ4f6ܼ͠%7GaJ8GD߾|^4V57{Au;9?ѹ=O)4ʘRSwֻ(wR\lʥ{<{@?x@BJ;(H}p#ڧ%7iJNBc ?Q!6dHtm>k{k~Cؖq@S-A)x=иYq!%8MѶXډg]&2-'='	|PªǳHomȂC@BRE*APrPH9]֍׏DʾُU]FʙK}ei{$A3X~1]!>HǴG}%KȬ5`݆NZj{2ȶaaР_8"G#z6UW/:p(:ٕQ6~گLͫaV-zEċՔS-FʪSiEc"AVm}P3u!kC{q͸2/.L8&8WUfA(EbB H9}l܆'fŝ߮8?f'2Zb%%p`i ̾^"?(Ț/͌|iIzYv&|D©']D(sP*>ja@(>Y|%	V5DF-m'+7{ԟģ';JJ֚ao>vvIpn!v40PЮ`hOAuIS$ؓ*KMT97>"/P=*EW2J$E W}ʤu]2cesz")pz1AsJi5jP=۵f 
̇R[roPثP&ƓNkPȐedNϯڌUɾbʊB4O@6ҭf,2,@d1ў8:Yd/X<[9i?S?&"{TO,r-Խ)X$)Ŧ3+PcOԮ!V@@8TYUTEqUl+qm?uQs*֤@tXٓ&]{`aId}zG4`\ãfYM_E9)(si@MEf/zQXGd:~'/Dbp*7ɺg=Z
,t%ц*eZ~b:ԠF͌'ޗvzeIKk
Q<YR-Ϣ+O0KØi>reojzyRCjwq`dۊ&]t.~H#k,.QVuR̽TvRKiFjx	)S+ш@AWEưˬ_S}A)"6FZE8ޜӕA@a3ԡS(0|ͧ}Xm3Qvw|AzyMU*$SnMzƕFU; ԡRx^,b4~~_p2.Y7v|ʚϢ[ީҫj?AԴmc2l`mY9L(N'ٞݼ):۠6"9kıq?g-Y%o4|WЌZǌTuU;/SLw,Qb$Q%>UzZLʰ8<2n$u*YPS/T}V׀Q4ԓ&)Z\3]Ѣ޳U$^uyYՓ[މEoM4Ipӳ'ݚ0T	_՞&@ɂGD_dGlv?	[U
C5J+;2&E@`7DoV!]xA4V4 Wʝ,QM	AVD@Cd
R'иuFhǎשot9Xiux/3?\|*$g{hRYI-<&^RIDczaԏ¯
l1 
5Pe?bއt>swd4(Oͨo99eiz[c؟koz|'Vݟ.]Z=ˣW3"jё,GEC[s~φډ214n4	!e,"1c&h̚O.>ǹuz.;qc#5	5SXG]%c}sc:Qos@Yh:02wުv˪u\kʑldtMhp*:::֖N2.Oh|Q<p$1&Ϥ&yOt%ulVJ9X 	߂@@uͧ&Z}pߟ4(/-u>K|
g#s3mbsGmնco`p\m)4Ό5Ûo9V=jfN)RCBD6H;V9љ{׫/HӢ(x?hN\=1ETXsa:wb])6\X{0fټ'=oIӨH	cZ,g8W$Y5OEtn*a	lY|>\i!0|C	=v3'Ep[
^dIJbl?t;ڠީxʣpmmHHչ1z-c6 r$.LS5r< "(L`,oSh"vGVrNH`.t8"7$gˢ3,<Lۀ\ҦeďYxO4ـZe5{ԌgUI#[BI@MBu#IzZT|;Fg̬!/ETh~iG;&qeбGTt,"^(Kֆā*bQh|Q(!5lMUӐλji7Nۜ m[M!!E73dޚ4VDʈTCT.!81#|rYbcסkuj~NuϐpaXXI_IFjAc)RwO}Ł5e^1Cnx?9^(mvYM~9'}0Fvfz1jy#^DAk`,=G.C0cE_ս7raS5=LITZܿdreЏzbb[}t2B M<J+7O5HM<Vl{ϨjSYkń>s)4(+ņw:GWG2h\5֞!uON5"UW4M%UkKгՍms^R7Js1\[qKRx7Adcgmrlљҡ:`ݩ2Ƚُ٦a)/795̿6ʚ/[Zٝ_^fhe"Εa#6&`H|z@zu%֮Κ`-ML'%dl̀CX1{Rg"<&̌DчCgc֜Aio#ʷ&0P_%vI2r:	-z?E6o/S@jlS^G?z_2UP<wBT/
pipJ"б7X51#5P2VX~ "G?C>ҫGuu,x!/VH.޳AT27ԪS23](Ny%KmM݀3^1ƗR2FhRfc)W^;ۖk\6Egәl4,4	7w6ܩ4	b7ke((?iVղJf%Ϛ3ʑY51mf}c?STxو5\(AL$ ]($X߮*ӟ5_m}ߙM<E'ڰxaeoBC]	p%Z+CЍ[SqP%.lSLV\Ŀ[3@0^Ph'qބn<_}:ty'-ы+ʺq'N3_D7ҷ	{z*`&ww2q=XMqA]=@1Y֒4j%rjF(UC Όl%-M0]%'8ĎQƩ<QcyMx9:ܸNQkGAdػF݊bH\:VU*mI{C`p2M؟¢A˽V]>X(9SU` z[ȺbӔ	hɵ&DR(ݟԴѰ֓|ǋf:+ж%zם 6ZeΨnrw"M
)Ğ`j4(.;/u5_zZ~qݖn?0jӃ1i2^!9l"mc*kw֘3%ztf\;y^?.Wϲʓ NHlw/,~°t<oZ?9Hhxw3QShUvV?xRH%5jqi@%XL$عڜhs` :ʣػ?f}xvȣޏWJ1ӄj'}y=ʊż?܂B^>0sZ?.)oƞcߕc.v߽Bj/D#D:U4l½W6rFoרϟ9,V
`|=J&t]A+*)z)ɾtQwZO%y~79T^}VdsU|]*!He!v
`9-aawS3\=nc:+ڋN_UZ;0f},DAs
D>?PVBX}o{FҠ(-Ŧܧsc,,!3-="|PI=%xc"B(dɨɇxՔM	NzC8&-(#gu}%w454H,uN̒V&?k<TВ5daaP<7%˲ix\R2G
,(%q#kή5vuR3{&J˪RR"\Ug	@Dxh )54$4yS2+O=(ݣ{ژO.W9׾/@MS(8_הO.ٖ<#Ez;L,Q/ֱ!>OR.fyH'P)T!wt[E%YS,ɣa-Ny]e1	gν=ݡ}Aā`_;שe3GюRqGjc"ȚB~ӹ-D@ſlgF;1q~u$5=`a&c0\a@0Yn-RQ0
I6w9-גD/ܨ5T7"8`l
ƺ5ɷ?Aו9M%t-ٻɢlEΔ^{BݵOsY>*=PŧsW2~/\ÙifVgԳhzbܐ¥H4HYa B28E6m=dO
Ĕ+#Vajqv (\ftVp^I.S,'eQ&Vz?)9t4j0d7>m]ͩQCi%sqwhi7eI~+=ݸbrr*Ӎ
v2Ӥӫ$]B<In=moCl9eJ%DԮZXqBU5	$9
w'y]pvɫñG]FŠ^rTD?*.``УKn&*b
9 GhF3U11nD)Xnuaԑ++qħ6ɉE[5i66| m])׊5^r!%_^rٛh9F-sαmܷC:Y9ؾ!OV$ٴǖ&BosDyw2pN.Jdz h<ۣǏ~8dFKϫ%ۖ)Y$|gi:͵]sЛOüQ*kqiB\ЎcvP}Ej7#Mwyt[P.:uZ<uyَʋ!ϴN֧Aǲ>pzWF{֟3P70ؓ#3 	UdH4W>,9AٵsTK_es	)6٥f7xi|nŊHad UC}E`V!2Sghc9Ȝf.ش GD\Xa4]p9dK>[B&^VwD
rԑԉ\6M[5qld{84	S}w3Ѭ/bWqD7e]T`ҟ,e\Μd?ٍ}EXpOF0Zh,o֣ĦjKX}¼ŏ
8&ѸZ-
FTac
{Rjv4ʝ/˅))hљ׆!h{{C#$%T̴U !iQ:O_d-?K_4sX1j.X{GfzJq/	#q=je31.5/N&KrCOiŃk`!`;s~ނKUhu\U][{7Y*l\bܢ:BJ$]27*+nxN~6Sxİyl5S^0:^_X=
$U7	PӚA1=t\(ɽڿea"*y50Iۍvj;Cb>MПփs>/bύMjw9̤ŤA8̢@$wPr9WȔ/Rqnjr{6+q+^lVְp+bh'yUlרTD&@dv*ɏ^01
ʑ~֡/|cz9|r9)vO8gF$i	Fq-~|ΜoQs.֌w2#N7CslÌIpZIa^(,hm?9].;\8t.̱+VV>_&tFA#WU=9;8$ŖoOZ!dX|VLX<uv wR)+Φ߭/Dݼv>&-̸N,L]*'èQVa؋2<{Zs9u[w~Tof'mCI`YX:}~1lF:Cπ)(G{0cgR^/(`3>y\VgU08E7#ȯ:Ei?́V*ak.`_f<^-7vӛ]%_wE1y1	_vHL=<َ `Te|Wܒ߾ڮ~pRd}L=[jsх\mΔGTMճTc%:?#Zsa-O,T.{ę|j[LK"
4fH)TjfF{@qq9m0Fq`T±G5#ϵĝ`385%Vqqi7Uݨ]UAO*'U53jĮMr)b,alI5߄ 2YțѪp"ØI$)\ܫ7tɥYؐƠtY>U;yWS\D-ۺF~<?}5θ8Q|H|g=ءC~io֜͔^/m> ÀI`E2F

pڢ_VZaĥĠuy4ԛ,޸!?$kL&+
ܹ)d&dXn	ݧޚ{ٶ5ek~F,ak	>(jN~Wb	|fAR$%ws>6ƜjVз/6-+hoJ2R.@%2RP/ª%#AcL}Bm;9euNEx @`$>Lr_-K"Z	ܰMhCQn:MD5ޗ;Wvm[_dkxƘ_g2б
MlrzLE͔Z?df@{J}/޽YN2o|ҰMW`%0EMw(,/Vq;ܹ^r0ΊaOE/vhԉ:¤uFE[9Sʩ3Ml~bMض$f4(V$,}kϤ˞j"%-߉'aI6'.<yPOoB)N	mռb;'pjٗiapȑ[ah}2Z?&	W2sni
D@"|<Qt^&ݳ	y)NaQg/6c¡3$4_
Zuߤq޲R\qf|+O@rHo?]&ҽ
$nMcD	Eބx*jz
}D<e16v
`vcMAۃ8Ї.Z=4(>7h@kˢE̊.%!ЅܝՌ|ĺ#S]K[{p?>8>@T9c_5oOf~hnO\Ȟ=͜^4qt,S&v5Ȫ'-0غR"j{?,TWN:.X^ր4̈́TD'xƎi͂<
	a%'-CяtjG/:roQ=2"0V
^xܞkF&̛8PwE>kҟHt$[\Q'8.xҮOx4aVJ04rDVߜ/DGs	$BSƁó4ͷ>nOol1.9hdrgB./ÀW-Èt0[{V9!O	XgM'+!.QmǼɮXu_'=O[݊sH4ej»CLAu;$,ZU7xq5"$j:	ֶ	0jo$xT2yS5Щhe|&@z6˕P)VЅx\3ZBmg\0d4#ŵB&0NRS6(bKr(\KoU͆jr`"9vbSc2ƅ/1\y̢aN~#n|tУRϠswVVB.E{_p=baڸFbz.|;OTV8^B@:BҹhgFhy/ԴpKcΪ~u#<"17%n6zpD#~dܰ؂3Kdڢ)jWjɵɝp܍=II<
ThgGmϾ5G`֡\d]wMWx]Jp$C3#+ʷf=olAU_|Jр%`}6fs$oVxTPsH3sN}+?܃1*-čExxfft@΃O.٥D=AUnxG	p!plԭ?dBLX(͈2-vFThb7Mٻޱ`eӑv~0ņ25<qDUZ5ɻJ,$Q=ZfpgK%&8/D(>79Ԫѥ9ӁW<NZeڱS:.*3tsLlF*K?qg&r\j"l0D32 rdL?1m^	T$\(Y1CFZ+s~؂.3gX[[nAA-~B#ѓ':x{@o8¹CU#fADqlW`ۮtl:T)AԄΐ0bfHIҊZ8`BjKl҈em9`PQEhf{eU{Zo1R+"ӀRx0<C8Kyb(D2ܵSs==6UOWפF!?a=r9HURCv7F"Uۦ)\3|ޯESOsn:cCҳ¶flͩ=XuO	dÿ$~'$'&է/<bYz;OJgøgHXu`1U00_ZR=ScozU9g}4غ0DjCh'2$<	BA}|[s˓^Ҹa]H)fS;'+:.JhڌGYӁnĶǽfe:ݨIԵ{$Ŗ}Eb+܄؞=wDŔ}оѢ\v(^WP˖-jvڝܦF»sk˳cW`(H}UK̺{XzNd$ 7/W-Wc=֭aʈ8yvAK;hܤqgt)!}Al´JN.tԐDa\c0ۓE<H;Q$DٶT4cބ~iSpOjiՋRҵ5B&)kL~dz*.t2yCޙ@+J14ڈIJM|G3߅N<גDTtO86ev<ۆ}rRΙ^o-ݡv=tZ-CI[_/dl>t1wҐG1eAW3ZFy>E";Ä',)ir]0P}*&F)\m.mu*})̆NEDrE	F~,ɧ3\{[L*~R6YDрV7ȋ4]d0*#]')=E@kpnB}ĖRϵ$ԅ]*sxCf6йז4:rL3+A8Q٢΀zːKh2ЅF7~q$R&h/S#_umnH7utT׸ߞB;G)F<:B|%˙+=_..&J*tChϪrueͦ5@̛%DY#OL$7m(uYAhZtI<~Xo&YΛx$0m-'6/̅LA0H4:1͐W5Vi6uRI>&7Mm3]RMG(q,ىh&ӞýwEɧy9T_O	7ZcEҌT9ѳu-XōD-ɦTeC*RwZܛxւbNikN/w͉iߛEť)YZ8ZChZf\**.ښj"F""yE-w=vj(nN`D'c}ԲqnHkP=8EޤT BPyDՕن7?7L*wI<n:~2hUT]9(ѵ:63dסn]wBf;gR"cZ4izQ
`X3HD:4#	6iwo^.ygC|ۜ@O!d#4VCRW4?=֧mNZq/8qSƲ[&zq1 TٸnOWcIߛ[TJ8mHX87R HêzpyCuhs+Fa}X8c2<<aCkV۳F2,NUt	KLCyRڊH%Z._Ŭ_+ŧ~Vi	fA/b@3
-ʢ&g͛HѹHM8NБ$3/~lh=PM&Eʱ0Gt>+wJYYL8_%Rb,Lǿx"RBûlPEMtpц;82H8Ы6K#6̹aߏv$(p{4ԳH|4ڢޏ5 ^
EKEA"`<vԒ&":$(~T-ۚ{eGzԫYtڤWQ@Ds9 m5Th&BQ08υë*8v9-mcl/,8/3kýǜG|?vm־hs;%WIL)6KVHsfS7c}+ܨAIK*/iQv8/bzFwͨ*ɼ߄9(aݫA.~Ь*uq|7V,C<.h V0~Db1dռ32-Nٯ)vO;!M^5[.i='0e@S­R9ȌA/A
;	 'CEdqowl^F'CN-?fy>:iiC
l&X"@t;J	R(RJZ{|.Wgqș8wӽ8^<؍j/ҋw.nն؎n˧>_UFƯYcܖ*F
.̝d4tRCb1à:dO$b:i[<02ӪN˵
%|/:[ӎ9
,h*"dx\M?cr35#պQ*dA\1j˘Ȉq5\Ra["2IX-vBi1`5b$ECZޒiٍ6NMg?6D|[֤w/I"ll\WPИJn83{͏jrDoCqVhdWٓ=˘2\{d^mV$O9	RVtF6~ȼR5	ҥKܧC]EV_"kNӉǾ$\à)*
Q4ުOL#2dG"=$utXw\4%TEZĈwC`ƇIVP|;RȾإq}U4ΦSX
eE]|rd[s|rDrBecvQ	϶<߁w$!܏sߓ$8
Fn=܀YޘqҾv
h-`}MxΔ_{ZLġзeG~µ1I$3=G6
Uӓ}nv}3H/^ɭ~¬xDEf64KGLƈ
7ět XmXǖîw̦H!Yɜ 1!	Ω<pH|N#cM)v3ALjEѦwQt$XBTrwbb	hK6{L[ϒ#)<ҥ$)!wʃ5{ 
7d+i_Є|vҗZ,OlW<OmI?Ӄ68ΙCP"PRԘaqVPiU̩Z94Y#JZY"Q^̴^x?e X=]͍g<ڰ-H=q[Zm$5j22uQyg.ڡ)B^J#tqb|*!Jd:u$F7rK7=:M

$[ {@fjEpd-Ƽ!	ܬ!pцN#s?U)ۚjqxbFb#goΆBl`#̙Ѣ=
o?2FtK"WQޤMG]"m1=sslΌkaLp+/
CD25{7ɈSS~ƗUP̷\dɉ	U8Q_|Ksc ~ˎF
%bίF,} 6rCcTZ'TzP֊ǈALoV4Eɶ38SCz5}9X=JѵmxdjSV:<9j_c.}z9(μ(
ˤ_+H4$h,8/Ote	2$IB5Jxu I_c6*[B!vǥZhgϋM=;LUŮ0](pg|\Ϗ֜If_k \fur~Ђ7^B&Β_aJS7Fݏb2|\Exl7'({Rwbov,mHCdh])x;gvf!̗D;݅CՠHesX˛v%Je?lYq]Ɂ|H@Kѹ8$8TQnt<Oߺ+M#64۶	+10x;1)ע[Vu@[;1ߠt{͐tpbp͗ћ
מ+UАia]he_,S1,<Um]Mi=Wwr¨]_۴:HgXl8d֝Kcك;xg=ahZZBÅ.#/ɔj)ZbQF=ZLp2Hnݹ\Knt]AlGYvFSeЀA+/|	;=znB?kd6xVh/')zfx2VĤ356`ۿJXI`TbIɸi'gzξ7'jP_N?^]"~vZw[l
Kw*1E ttiH؊h	nAܨnv^nUx߳zÏk	!n%fj>1cקڋ}W"|wT؉q SJ'Wnqݫ	xmٞtʱ ĨAG]m5Z"ڬ׎BP)FӁ͕ƱW~2׭0ǰfN,fg^OnwO2V8Fǲ85jޙ<X(ڟvṽ&?6h8,}Gɉk\M[TY[ʒ>ogk~\X`̀&Z:eޖg@>.l?3(?.ҧp<b%_:`25&J/LNPRIw"PW|Ԍf;$KHWa%ț+Y9И8D.9|"OnW}>V#&|P{jE̳rGL70tAJh-bO,4^$ehDa[L PLkɅ%W{D*\ n,zk-=l-(CFH/5ʂ}tTی_D
KܯypU(v+V;ЯbnI;6K7DЧZݻˏC@%/4:P*rla^9s^a&[;Q#J5/1Oʮ6̦CXhvufJ7+ueppq \>p6(Wmd^|;RۻֱeaϓGSγ١_eAܚ8 ӲI#E=}):́wZŐ~j;ק|)s˜މ3,X`8mfh( ګͿ}Kz̈́Xځ%ԡHoʰPTǀIڝ:H7U48H+d@cSek7ǁ7y,T)+J2Tj"@f]ȟ(PWkSC>̯%bV?c˳V?se[A:q/T+אaBGL!$g @Ű`؞ɾ&m@1(Hs=&.m7orT~JjRik[:oe6إh^rZt7Z2/X'?zؘk	M,
?OhS;L
1HʛK`:>,ڕـڵ=s(&'2(ƛ?l۷rlۿ~E6v,~W&>Tõ&5O	Oek+(t?Tǌ3=y|_ Lo*מ.A;ֻÅ;8s?[a-`uTN\Fc9b	lJVh/i4ya+R;'o5}|\%W2zf
!*)nfEoz{{7Sqo_Wǋג}LLܥF!.;ZE6I[Ts"dv
Qږ2U59*:#?r[_)ڏo1kǮE8(MuBf(Ftxv}Rw^`K~z{B {IVQgvf[sPvܽk*Ie9$(W4%$҃[4:kO$Twy`8ٓ_j*\C1zaqiS˧޾I!Ls|[0*05[9jqN<f`=Ф@nC4)L^ƍ{0vQ9A.mu>ГlKiY(N;n=P/lVմ˅Cp<:+Z#g^<ߥJݚ9e&4-^O5)WNӤd]Aͮq
5UXR;uRabTzfnތZRx߮ew=߹0<;l(yl$QQQI)v1/)cx IEߏOƞ2uɇ>Yj*as4/QoIn3[ɃщvB0~i@ʏ3P".!<'ao"ΎwMpޯ 2АQt}:ك{m4@ówV^ֱxg(, uqPpWR&jnHޛ+`=4jؗc_/l"(_ֻ'qj"y#FxZ<>ɫBZZngTXeMĸJGTlL8;t2<{"p/۬_`Mm gCz%įRZ[ejN$OGl3DdWh4GuYأ4x0>ZIȸJT>AHwP5۵}sd.aź:D!_4ub&_ǣ-Q2C@PʵTyñƮ֞z޺W'~=E!МMoʺ\GI|1#Y
TͶUs!wl3hB1r[=aAgڮ^6*LZu,HYPFAlU}ļ3ab	>1M@I:ً٪5xyՀi0޹y)bR*}B-4BmCEڟҤS;Fn'0?=6i0dH6|RV:7L,$2][i{˪;bGܠ7%2ĒN`MbF&
P0JIZb%EYQRIRkb|||wnKo;+BԮ[ZzZ٭8v9Ď.8@}];T.GUi);J9"4#$|XnXd~#*ߔƜݛX0ƏbȻoGd*]3_~/Y*x"Uƺcxr-&l+Iмrl
,J@;4ė78{xGLc΃0#{.K!0.XQQnDrQvZVlҀŀYݢVtkf:|CQ**?B<9bbHyP߂lZca%*/k;2
/_>{3"V~;=c޽Ψ?'J}yw	.P1i{2( ޹a`X1vۺXl;4rl.\)6gûh'xEȂFB~9a613GU[LBU7(%G.`F}g[	ڹN|y<m֒;SH/)!$s+ n0l>K9#l[#Lհ.y259wj'MmҼ]!ɣ߭Fw:<]`Ց?E$6CW;\%9G@G3}Y8ywFjȭש-JY'H1q̋Dpd\ŗc%eÅw]k=_z9w*
؍ZǼ_0|ʰܸ%:>ӷ$	߯1q͚.jڞk,PR.@ܑ]ffj\tkf`UhɳupѕxLk҇wׂǅҨ~(_Ɲ panN^?-Ҵ 6=ZKHn}2*gWf[8_Gs լ&r*Ɂ?hn2Ũ57LEݗ&Ms&L`QR+{"2,!qW܇ei>٪HXږ
ݿ;"aM]sKZl6]|x_RH|,``Lޗ:,Jr
FM|`E8~nIŗ3 ѮdQX/ŀ1lM@Ԗ#nC8Lm84SߒlRpAl0&=UpϒEu׸ɷ]Ԓg$8=oe*ɆP!>ZOS@خtnb^N}aD5m}P!]ܬE;AD^>.u|cq>ƣ#hAN:JwO˹'Г֊Qs0eƜ#XeH޽x+8R1׈ԯIb/МcoNPyPۗ02)Nh+5wxl+BƇ	L
r{ÒUo6(Kق<ecHma'.ΥB3Х
J`k+XacgN}o	իI!/Ȫ)ȴ`ͥ~ɞQ`Wo.g&@cE(̪>vƾa% ˎ2
u)8˺hG8t=ðihŘ!BqöjQ!tV:Vn:
`ej\;z|ߊw4nHٮq6%eQV`F\˞"ߘ5z2b~ ^*4Ǿ6dJW+[+̈́?nu_HaJ0rN$B)8skݡ4O̬Nx֎<&OBCSGeFH{ؐC/Ƥ2.C"%[<Ew*Ct
%sNT޶R^?Á:cnƽ;sŦ;i(Rcp-IAAKۖ_}?5Nm¢cUG	"%Le>ga KVąQa!FX۵R6$jŻiOذç[ŹaIv/IZ?T^ƕã֛X-)1ԇ6OK0).y8=fkəIʄ֣ic-=;ڱ*ĉhVU_/9JĠ`I+VBB%/zÝW:>>Fí؜|2I18f-{'b\ɵֻL2>n-̊p݌LT)a]Є2b=h/#HN75`ئ2tύ8RKE2*>i)x ,θ>kMFɫ%WNEZ6@,:niz:
rR;̉i"ҕ=D+rʺ/m>Q';4JPI0s46IcSˣO{֜N99S~*2Yy@	DbEQΞ Q&Mmf\H
</_Kh"lK_g՘y"dSqU]"&x\,XFɺ&۠"<g,VO}dXW:ߊ2Zϋv>j!;VKWk6{hśq(Q]$4rqDJ)2hV35ndcV	,R u;~M^;ZƁzUb{׭4a`g-p{˺;Cė;X-^:Ɉ}678k'uItok{ǘO8E^l'uTԉ9#]ͥgCrT?1ѡzJtαhȞ2gY[2NlWݔ`Q_Χ#Tx,7r+Lk	wQݥ;,Q	y"τ^7lћϏp8٣w\ז?0ro4	ePxSG[#2)QQV|S054`ޡ!sl!ϸBIίsE0ץĜbJaг>C@>XD43Z%Ƹ*q4Ɣd ĜvͳSǭy đ\Yc4u%~
oh?vtƊ1_CSCn~$b^'^Dd*	zM`¤y{E%Py^hc\(3Oa4ECňaU!^_o
:	͸:h6~O1kPOunT`75pt 5hKb?leQ2fsZk#e$zoڢ/F(+iP΀iFM('[e$%$?˞|oZXlykh\0A<'ٞ7kJgژE/PzđÜR8ƿcĽz<ɕfc-DLQʲ$]`8v2cvg3 H7:s?Q+l^E\ދxvLEМnN$IPf4`Htn_2تEƹS4M݈TZj3@NB1u|t0bM@oK	ZBed@k)}^<AرK@ā+ا3ʟĽdeAPx9φXłd[ߤhs¨P2Ɋt
j9i#!.%{]+p5gJh͔YU$=#zap8k#X0-+.j!bQ$Kaksv02c-x$!!Ia8~"JPי28֛c=.<W{ߑs,w te٘YIάыaqe	>cҧyn	dNş	HN<A1_6.5mӀR>$L3d
SprfyR%GܯʰApr#zÜѿc~jC0	pw:Ta%tQ/uVǅ";@5=zM8
y:ə]?~ߝkľʷoqГn;c4
zluǂf}҃ݝUmqƋX4URkl=/LoG$#pfQNsɨ3͸Q;Mz+gu(MNe( #,"_b8hͣQ7!#	z!*SYIz>jv"AڡoaėK2G_wě:tɠl՞$T/QlGVH*BҘfP]lu4jyΜ,V5-
	[˳g1ٛޘ
!Yb`q׉%`n$uOPE=)5iuZbk=~{]	v{ok]Ұj16'763<a?y{:_<0-;m(
ӫOa%b8DQ;=fLuَֈP8`r}S(GZ;n]/RVN@y7Q+vk+yr7b@vFه2Qn+32Y֌j$sJɢd , RX^2oTB`>=(Td [J`9,GٻGwR#U=a5mÀ-̯D#%ɩ:]\N#}ŴaE4=˙DΉRz"I܁%
5+
ޛXgL:fHK9@0YwU5ņ/R_5n!إQݬ\(ٜ߼ar]7c/^)(̅qq1F͞Ϙ$`
*~{],;$M/B].ZsޢO>QRbas=9W@mŕR_:RWa1Ͷ+Dǁ(_}lM*<]6|rbj0:>=y2ǺUݓVaWμBJP/}.>M<n_g:afyF@U("Iވ}*!j'ζ`<_<oƠur&uI7cʼ$1к0ӵ@bӻ˝jY'Sl(*Rx'դޫPrEW?ٴ)Y_8bNPo)IJoٱ,7|?-m:iWGgj
q[	W֡4RVԙCEhȴipȩ=ȅ,f9m&бa
4HF~NB_9c%y=0]YŶB>b.&*	/ǋ/Pթ\6X;K3ҧґ~<ev}Ziz8ڎy*F]lW%;1ҝ{A'%E?X6>boftq|$55Ǧ֎}
gtRb1L-pѱV%-++%@5޲$ԕ7TLzu'fJ!Boy/2uDT]mTոח?cNʵ׳f'֦`#։zғ:/;Hhϼ٤)I`!Fc4;i'voL3Xb:x&,_29̿76b~qȲŒl~KَFVS^u6ujwا-/W&A7ǚ|e<QPs+M-܂`5P|Cnwmv0+oa V8qqdE5PI?)j7n/̹+Oeh;2R4@J8b VKbڑp(~[Nj3b~8XMBJ	eڈjŦeĂiMLxPbnޖcbP:rO?^ˇNiגy%^ɱ4.2ٶ8,f:ojatYm]s!Upg;yW>R_7=ϬlAPk=qq<(9dۦ3},+:/>ѻkU5	IY|ɸdYZD-Ί<i) ]?Ê^AT+=	Ov~fkF+NϬ@:ɽ2$"

7}nmPxԟ{jW7/rZLrR
44P6?X{(FFɉʒL[N?ki<ںeAG7eeRb~q.wkR^E^]m:Rj:5پ%u24ŗLlöUZc+/ѻԐ'
Gg\[Ƒz@hDj1eA/ǘS=ܳ>9mY\рNfqзŰٶ$xɮb6nH^Y2|{KF[~<׳΋
O)'rz>Y!d%<b#_;a^ITfA:eDk͸9RCNYUɿH 4KI%FLS|?4ӸJ`"}7JlŕlAP9ʒCm]mDh!)UB1*$E}Df&_CynjyиMv>	))l |˪6^f/p0Ǻl:sV=lV)JԂJ`A"7H\GkȮyѺ<t6#218qGoׁ#GӥQZʷɞU_IWOegõ=kC`ܰ}$U+?_&Ϙy[c\P%V7ގ+_W؀WiW94td9
GzMś1R(`(_֙4&B*^W	+e&M)Iڠ<}Vm_C		ˏ`\1kRkz̆&VzdEM@Yþ)XM.Gw_w7ξ~A śbocLeF$cE
pl̆֊XJɗ%scR{EX=T30-	tnSetXFO-du&{9h3kުƐa2sى%+p=j-I7?Ts%ݨׁ:S/PA&͚iv@U%*XMD_K;dOtH2Kv}*wg"GJ'vMojT3sоH3Oϙ?yp}j
3*:)^Vl>Kq܊GK}քOzg}3]$Q7߆,ԡz[z{Nh
vc0ۮ?$o2kckX!As»v ˲Fo%<a|t]^!iQ"!_qcSo1R}z/Ȫg˶4sϟ@wq؃^|Te7099օ1y|ls;lmQ86u6\[ScMC<`wP
R'$?w@:2|"Fp"@C+11a wm4bw1^yº,%T(F̎2<h?w
+#YZ(Ƽ?q7J9 qn]EKUOMߣuB	l:Jk5Xa5͓K@fsND6`L	~&M,9)9Uؤ&
4@A,e2,DnTqz`lejB5+x?SؐF)g9)dR=C! k7н9fZ=1-uR+ٛ)z.Z|	-gu6'gGZkKx\Zm<Wņ
oxXlsVvӴϫxToyFܷ	r?0Gc6G[͹<D2GYӝ~G=ԇ/\"sŽP8MZVt)ÿJ	.f$yo<֦HXnԩK̕-m(l0@ BNk`cBďNpo6`*"KiИocC7g^p2NmNӹAE4vRӠAS_!YF\K?X}ʴպ<F<K!ľϫo]0Z7
ƨqh*`"G)M~]JƷkw6Q": "3E$p_QƔ;'n7dXvh]:BcxV@EvHtgD3$:DKz0m1$	d0PTt|ZjZD]-12߇az_*Ɉ
D@(ޤY<GH,Zbzvcޛwrq:ݛ,v0$rν3P8L_ ɂ<94)lו*SUq=בI0(>XwHIG9O	xR_BسwqN+Q5
~^ĝZVJʘNaFJ~UuƖ͊گ>I2_w9ƈV6lIV^_ռHeGvKފDk؅G_1yΣ#'ÞzSJg,#M&D#,R#^W:Ơew[w|o}]ܡs1ҡEGXNՊQP&!-}}%5/ /,AԫZFqX_>Y$EYa4~\-~ČܜoT^^GsIiZ\	aA^߽nǊn~;W<h+Ʈxѩږ#5&q%Nۤ#HغVC¸=/b.z'~1"yL jѭ3&6h^uuW.Үf6-bЂ2>Lیi&j^ѶjYMs
BAYSC	KzRXOԔ~*ax,u/˺׬ԍH]`o]Tt>Љc%IްgU#b'xѫrδU1>8Da6Lpq3C~RO7rD6pۋY[AZ?%~YqK܌b~[bLrAfzk4~JoIxʴn̵ýɞi1kyw=N5Oo!LRܹU7@@wb'zlh lۗ;m*$[μJo`ΓDuNH<pIpr~TCѐ0&[¸?NʵΗ$F(7mNƗ"A2e4ק3X?0dɆN>Az4KheEl0jϪ=Y]4n;z&[?'rdːсI&'zvFLn;&XvEwga35'5Bm#1tTXK1X f{jm&G&8٣ŕ)+gڏ(nYwoE۔ۖ^frnP*A=-h<hjVS
ūя2Wj2׭9nʝLCȫ2ӳvsһɭVނԄixز3Ű6ɻHT

AңKurk/#!>_ݕ*aߞC	&@3fD&GӖ=6e~=i=idܹME8١ȵ#U7AmF5<1Me?с_Ws;: Hٛ)ن;JfWfB3z8Q
ۊ;.lp ;O#׸[=,-e@u	w̰hYiJUbZ'h3hIc`pڀ"S~s\[W28޼٩J4Μ׶;9HLOP}T1.d|CE"V!QfJgYNOfw._ϷǕۯ*A}Wqynqbmm&v-Q[.Li*X1bER|C~Lm(P̝s;*QȦ,hvi7L2.N6g\&^1̇f+M2xǉ̍"'!shޚtL~oļsukaL.b}7TϣwNtR$a_Ttl7̵j[	ެ34ϝz-k\ O5?-0DJhףBfKB8ߵlPc&:7tC[|1Dld/6qLQFnх'^pϗ"]>OrSpQOLعD#9w*rIAC}fs@H?I0d46ʐV.y`uv/m|{9v֟E
,2+ɳCRNMx
ZŸk/(n%y-k?;|'Andۗ}CYHz_j
ևւuʒs9:}an7u+f>*ХM*ѝV|ѱҽ1/%DgDz,f35m^+,cCMhwˏWoHq@XhLCH$XM˙$Od7T(+f	U܈I7f@Y;ŮƤU|%t/(%/׻pѪƑurk]ɮƠs|#Yi̿0L	`M|yάV|
rي$á>n(Q~Р=/vh3&#(jd(ʟ:~y	oь\,0D>h|2=#:1me}Cxʔ''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24204)))
