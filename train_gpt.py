import brotli
n=a=0;b=1
for c in r'''$H?U-1W½zxƈ}4؀ܢ۝ג֤$>ՋLEWб8$~MKv@Uˉǁ/D8 ӿM}`Rƒӌ2RϮQ&z?}'9axͫ$LV*Ȁ4*23G
o.M[C}7pH/ɒ/@b="hU݄M*ȩ}etcW:=q`7U"sf43G՘A(
Ǘ[Hi:S$xҤaEZDom5ԴCnoh5ڔQR&@1{b8obvkw(ҳE(
DlЉ@V@JɭОeV.Səũ~3([)nF# ؋-w;ˤ&At/^ܮ3A"ݽNWLb	G1%ұiDȏg'fɓZ0,[JC#iBLra}_^5}]h
:ya¤<ifаIY7Bgj5щڰ&\ִ^ha@%[L:2`qdgf6xdЧFCj!AQoòBՊ`)~	ր4$hۦh,c?RSJfьhbcп$:ߦz%>SC{Ԍuc?]oΔ\_ūՒnBE]Y6:\(t`~-o96oS"n[6&iNcUÃG7$ޅcƠ^e[oTÐ:j$կuf4gP\iG\6iob~\׏LBd`<A2LEWl'U>NX^<*cu>ج/;G@.:?!
+\BHq{ת͐;n9V:s}Ƶ-SwQscs<ĺgVtJKy?/sjqw&ƍK#[h3CmEÐ+f::eHc;T|C5!AWj#Fӥr`rdG9}O^ô)cN>BzƠeJZj~'h$\J)9IQXȠ+
0TJ@RչsU;1f~KKEhWrz))d1;)YRIa¥1q
5T ;f$rg?GM.sE|Zڔ2Xk1>pCYs^ϟ~޻9֭K֖~2'<s#Wzz6}F 3ܥyK΄A/xXCV:\
nw9-صZgwhgAsXhOK1̋3e%qČ
CҬq7c)u"BѪe _j;s3ܑ+fZM`#YUcxi.G[U83cF2@viCpa7ZZ+1ռPaШGIBɻ_5}TȦѤ|hclggO\j/PƶLq{G:K|U~d{=xձ[t
9w]
,Ɏ1p̜uxo>|B,\6ЀԚ0'n]XZs?rBN`kEsv1cȇ,n˫Oݨ)c	k ֹ(AkȔq9P3U&,W]̶֭ωly]yMvY2&o`TƒyIwσj/&a-s|e ~&wt\D?lvbŶȹg5"M,bWNlۯ
2QA&AѳALXՃTǖ,)1P,ץAƟ#T͉m#@^Gp͢+Bbg3kci=?8{S]yWe,
oO64l"ܗ59/bوi~+RߜIl߮0YSg]oĠ*I
޵CѺBOZ6Pg׉/ ne=RaAĸme)b^"iP	yFCGDqn{$9B?g;UV+JmV"^ k*8߫ΐEu9Ls<ڋQMš4zܝ%_Opyk@;(`?Y6{qh=5.qdndлr[m :|ɖ
qqkzPɷŝޅ@ŌυcGТJ^W?ظrT-
]U],uدI%@`lH2H7#1ph8ە/mE-"߅#myoʀiq
ʷ?e
%I¯æ˷s2`pSYn?E?مW\ieYXSŊR])x2T}ťȇ\P
"
9seH7|T5TR+;;~D֎3.|!)Mq?DD{h6oXܞMƿZluH9RuH=/xCcy͐'[jб[qeGlߒ=P l-Çio}JiHѕ۠V]!#GmMϚC{NJfpj:KM!%a-NqR$|̒1$B4,y׀'Sw.oĮuL=/Ʌ5o8ilоIa֢<^<5@ԧ4r]@>#ˤ3Jz,X),=Q^Vǡ7Eյ~ZбUI&SOόg@Ar*R[AeBrCՉkƹJ/X\mF><*}~iݦ!-iB3[ƺ,;B:ӹ2ORYk/m~|BAɡx8Úͱ֐.JWEY.n$nkx&_NVz:DE՛ȇ5wu"Y;ӜHԗ=ɉ_\Jw_q6W]m,?'ÁDNr[ɣ(ce&ltzpn$t#V?5i:ȡeU =w\&TPyYt߼6Sۙ#hh\4U֜,9SVUнD)mGoPՎR2KN)5fJ6d#ˡ[_'VMeMp5טmDܻ7JpWT gcrcBIQ=	nCd$uԧBy!\[&v	K}h&wIdĈ*jXYP
4 MFFD˱܎ٳaj.)2[ɍ˂"B˼N/wLj<~m&UN,*+9dbC;m"lBddVJ{.|*<̍x+c7$-GJeVcrɧ#Y"Ƒs:}t|RP,DT/DjtQK<ȷ]A>׫4"XJ:N:B8iGȓ(AڨGU-B֗?unTU@k30@H	DGf[_#gͭZƤRrAFЅu5Sƞ`mhYCBDcjqE,m[74~N?gѸIW~n4%M۰R5j\n
S3*!Ө`5211ݲT%},;ǭ}lxZ9ɜT+<h0;jQD]ouy)Sj]F~@?L5~AC":|<dv::(*/Ly}Yê0d%pl^Ž A|
'tOdA
כn}YǭUԺe!Åmڝ)~}GÜAkLmFj_32'\Gcp_4bV}7`ǁGYAC϶"rQwMrg\Ѽwo]"0͡g9?C/@lMl,q'xW&ixl7rg[$.K٥4,E\EЉ_ո,h\8:l1ňL^UzeGbt£׶ -XZ ٧.|V	B~tE~@l#m`lOųİY9v@AoĳguqV{PweC6<,]	rg02?G@ԡ љ3IiƤ
`m7çk5zm8T-xrt@ϋolx0݅ev&֩/R%x)lvT^>$Z5|Ec4XhHM"V8`/7d ه(>|Lwc2_gk#ß Lp(o5`5y3t%Ih>YpN̔?L19)l!QթAlE$tZEK<ͺ0V^H.zzOs}ZkTXeMAfק6)ס^Z}5p4V9733Կ5`;fE&[?þ><!uGU&wG&[vRA&[2ui0x	xF*>i~4{ob(B}J0Ub2h9bW3ߨ1t	C_JE1jUm%8(m9>֐wt5_j]Y9=ҵvKJ/ETǥv$>"{}ë;&ءR[|"LM­:cxКw.z,>(ohVȔ1J;W@pJُL%m\fU8Vx=<MX9̐}^H1xdq8ǊWO'\3/MU҅nv:jHIFP=2Q@^T\յ6acL_i ֩%h.q~6G؃ӶQX܁,hϟ@lj&c>kL?0Zi8,tr}-0'c']@t[7jB3Pޒىϒ/J*~xiX$"BSXs@;DٞWsӖN`/VDX˛Dc/Ƙؗ0p&ƞ]B#?bЭty؄2t͖z&(Bf>$>mVNV-	kׂ.v]8Y6[|<2iԢu#KU׿^\[[-X|>	$96Sy$Y nJSM1h'¶*GYX)uŢVh#&d2bBkDbɰހ6$җvMSBhVqzn|Gڃ_G"4lIr(OA2ЬչfVJ?n-nCuC[v<:>'b{YqI6	.$n^!(5y'tĮSAeZڢj)lV^k#ڑRJSK1݃צ5fltsHgߣ_[f	ф@Yo'YO¾HHDk2u'
fku:`OJ5ܧtՃ)+P̰aBɑfNPHy/wdiOM
o45A7{ߕV);ɤsIѦ݌' bJ6a@g`Lę),Ŭ|Cǵ-{9CPJ$.rشTE:-v84]٘[_I2.L5ze{8ўH`}<{oG(PXMmJ:6@m7|5[ҤD,Z	NZiA3I|%5tڡ&H!Lò/F#+v٨)S`$v(׿PDgh]6. \yjݼ@	NETB$|:Y?t'p_mWQ1Gލfe$dF}jWۣëiH*z6&ye~JIO΃ϕUAôAE3'KCN/#JnRBqj'߼vAfP|irq~vSsE	Y*8X9PZϘ=o<e1Q/(0;[HRָ+9aFM؊CĝI;yv"֑Hd¨sKhI6R4!y\Pժ5YOuζզ6ىuZכḺKLX
8[Rw5(v1bH7+F|\ux*PYSc֍I3lŨ}+,ZxjN&!źdVL-?r]GVS%	9e$]SKʠM.*x»!&#m2!Xp=/Eת[*Cv&|g7͖3pjpKݹօ0'a?Ļ֋a2mxxφ5d8(fkr<Z
<u!#VтՍߖd ܬlZpX
Ӊ*
({:JIGRް*zƲ3:aR{~}OJ6Y/w\YW)^3S,3> |s&Ci|$m,#]ō(-$e+=ă:9//y%Sg{̙IxӰv	
ZLJ#SO6͇gD[ױ! (L%F[]·Eֻ;,	F=Pψ	=wB`m	iʮQGݓ25[^<d/N|EpHTJ.'HU{5,0tF4ӷ*ƛ?o/6ҷA,{=Y"ɍ5]PG/*T[|n'AOl[
m4«sUp	$-p^fA|V|p$OmSg"/̄}O{-n;49?~@*NUvH]'َƙ4mJ!an"4ʓ{TDˮW}ޓl@[VDbߥ).9r
ًxYߕky-q>)ѱx8~U
nbqس+4&5܉ϐRD^тء*ݛFĆޜ9;PײrO?EOOwIih2Wg:!9\)[l+?uwE>S|pRE]kƥ߽ΜBtc?ʆ/3T
e4Zä_tydJ3JlǋSā0I@v`k-9
ڑyF'm7A$*NlfڱPã>y+vi-&zB9,[+=<E-jD*^CX;< 	ez[z@
PYSohL>ǟl}@<_<ԳV~ƙ*p0!JR;-|LbKb;FyyՋkDt/jBŽ_qrg$s)aAێkېIfyJ&}TmMپGmNyZ*5;?}P;)1ŽoCLfta8uC@ϩEM;V6rǻ?<{72Ax sRl&SVVЪ0Cae2'@ܓeҒcحF})N<"AH.*R9.z^x^NQ2hs߆gF
;j/,f6\Si"ǈ_R6(cP#Z/wrpl)Pj.=wJ_oG-xe{(ѹLف3\лȸY@Vۍ\ǣeMH330ޑq&KNG\&Q	{J)5/Sv/ըc˗w	sѩۡc;9rU'|.DAϿ5gц	߯A_;2y3&#<9g.h-N`\\wryVwcY`A:[[P%,ٖh:˭<C9!ڳr.-SݻC]8дtʊMʺuEm"u:/xڭ	#(F\UHF-m(Ӫ%4>d-X!k9LCΧh}8=bz AS{̴OuJF7^9;]6._"cM)gƲ5K:J* ؽrZ
IŧkŻ]g&!sN:is2͔͋mR6{3uq@C}/h{vrז͐X8f:&ԙ8rc޾$QxeEZuQ8&_	)pPWf,ԁ*^,$@	ˇOt҈VBӫӯ<tl36/́&ZZMƍ^G+t4*47P%4p~gMX06^ɀf}un ڞYR@bEh.WMTU׾ؔ!6WOC^jR@,^v"1F{KRU%l+ׂ<wpы}UqܻW[N	isF8d~°2J1&Me~Tˍ%Єw#ܕZll +}RrNDlw֙geib`8_ګlvãZL9\,Z1Ӱ֦;`u.ü-8\ĲfY$@jΩ 
q)Ҡm˸jYyO`Q^js;cq~ݐ
ր2*l3/I_ѩS(JuA]:g<-wa܂MZx%՗bUa6*=+]IFz[^֔^vE	Kؤrclv_cp'S#%}?ޤ3 mDęwFp@ǭq Dȼ
tI,Xuu4:y`bwTn6~S&Ud}1`cOѰCI/zǳML$9'XTʿSET5BDd%sYݱD݌`AhT]խ,g%.	5q~[l'9xŔy>,0|6sd5.|k=À.K]}[zv*iBsh>Y*Y&;^̭eXI.+HnV zԍr[%f4yJ&D
0ȽPJ"$69 ո_!݀ԧ{݋rܰ}:ر,637ܱLcX'ޙ܂b52IՂ\|UXieul<>FMRj<;4ӄaq!!|Ϩ6͗x9"a>]sNuw<,[dҦ'dvb$Ȓp&*~Iٳhz>olLmNR׈;AwX(u+ˣ'c˫w~yNܰI&esv}$`U&}<e/\+Ҁz79h9LˈoE
sջ+XAK!P~̴m
IpT
"H'i˞3ig`]!؛Kq]3

;Kñ|͖4O8 ؁k_:HIdP1C^[5`j`(qEA\[o'Ru;te:UD		¼fe!&̊Ɔ2<EjNR6>gbw0ӆy2o:eoE(x7ϥuBHBژ@*
LӇ܇"@?=;9fj8ą޻n&")ͣ0jGV8yMwVqH'1w®S>TT38>G"A\RA4Ȕ%	4E2(2b]o'ʖ^ͧTxxHx664ƘO߇K'"N3=ٟ"$!3fv*ތĹg^j|9ޡ'^l'ST67$8&gIn>DN(d1ɦ7~;YܡxktB\[7ǐʌ>[,FM
W'
~NY*Xyە?e:ع!3V!8K[3dkgL" \kK3V>Nrw7Gt(1jx~6ŔFH7SQ1Ҳ׭÷ۚ<WR̚'ǫ^Ja"4z1˫@|V#iL)j3s%0uH#ڦtۨ׆:)č8j;ɞj0dnEh=4Q@:"%WO)ht/2c>aC	O/)?])&IaJdJA4#;8AVs6ٔ&,4GZBt(P1?׈EVBC/cyp:BuBq1эmԁ8^0]XӸ)*UL)1U:ɮ3ţ{ܘ1
L%ѬѳcNC^}7~29!\!4e9"de)0,p[RJ<<	1[xҺmEު!>D7lbǑ2nZbN؞FJUPJЫer}FQ^{	3R[=\6SVZOli_C͹+siJ˚(C{DYu8m
l7ԫѮk}?mpW].ś:ke߫o'!DC(Hv<Fx2YE_όltQ-+'l89+!rRDp:%Ka23%XmSƈ`3h(ݷL6af&B ҝ+mpQjPŸ.7ׁ0gum	kϽ,~"4VlD0kƈe3o46ܡ[mxSKc~ՊCybx(	EIp_OS47wטבs4'/FƳʞ{	YZ"ηޑ<޽ʱ6%we9wۓ_ƚȈq-؇^TIzU`C`z!CM41L(
ӼOD]ß۴2\O 's0[&ZUÚĨRe~i:r)NQ$q#ǪgJƘθ	06ڙ_5Q
^G{#ѭȒo+iDBx]ʪ$FobtrɩXo.J	B BL'͋`?̩͍B2Ǩ]5(3$[/ޛΜ9.#<QvoO0ְaI5y@ָGסٛcԕm#kQV#![݆ԵOBe%z48)
<1P"GgΛӼ;	7wG*OiN9A١P?:XOa0?oawJ1x^ސh$Cޯ+?w J/fc9'yl&-["pR|Y1cq~ԑKh7(rf^jpPv~]<O7U##o+&3>k.iG:g2ҀߣI 	O<QgFmfLvv8"c1_\g2!/ԜoUiĎS1ezo"\ؔ%<0lU[%IZTx<YҽܧƻMSŐM<#ܓaxO#!ʿQ!undtT`&έښ~9qV҃TۥyQL4dR7hCK*obI0+j̜${ۮ|!Cișz^D?h<e	_qFEZ7hڎڛH<X<E3kHv+4RN~ JxCQ
\X,ulk}7۽X\9VaŊ!K4Q<O3Rʁ>v/k9/rjWhoD	{3'jSXNtݻ[Yp7t˟/X)~+M]{`ȎϹp'tZ)q_+Mw/÷pJ!]P" ]D]>SoC-!+|`=+o<>knϩGu^V:z<3.&eIv_|T\z xL6f!/mZFS$DtPqNץ
c޺grJȫ>"rH£1|]s??Z(o5UA50^+bا^d^m\o̢Ict6E 'C[ɩnjϺ\(tQѣ
Ag{Aī?V}fɭjL[TJ6rGր5KsFʺ7W2lX,_L?~BlMRBLO̲ouѧѴiZ>1ްrWCNze
s7Y	m\6g	NUàZ46ĀlXQBӊ;PѵsxUy@Fo,DNXVȴE aЕ?
ABpkўƟkV4F|&,76(dr~!H%(a};m[clUnƹ$cҲl0yÛۂثۣ3ZڪeQф~z;o`?o=ĴH\P;#J$ǀ8KV!/G&rxȴԿFVh1O`:1θsem^P`mcͭ&]s8N85	G0Ԭv׊<^-پzˉwܵ	QaDJsb<Ї-jޕ7Tǭh???ګr;8KƝMag3 SۻnX	ƳU:nǋeDoMUHl
hmfwwźPģ<P6EaIO68e_
ΏkA>rj#S<iU͑0[eřUNƱ	.zy>^cgŠsRUgazOE?&׼#>D??\H-(؟~;HK_-V	u`l:ө6<Ѐc]e#rFǝZވiXt̆&Gv}^'ݕ7)CH¶_Rwjr%QYXݠʲR+цʡA<ߢa3B=ZD/kN=-R&kEN4P+pr;
	ZE~BڳmovcR;]&g%|1OŃFǜCb
|ux_1V#і1wˬ:<Fƽ;[62akIh&{X݄^LOS(qюEnr=ǴN1Vt,tKt=`?2CX;hw;~ƷTbU%<?γCȁЊ%"lpܛJMxƜqAOݥt
xS׵u8fx}G'M0s8?͗{iD$ȡ|}Gu=_|"ڧ&_Ո-NDPNd:]PWNE̟6PU-"e@ZTވUZhTfѯ,},dk`lus)]{x0q۫		L~yBQ`?yGt
Iƴ]Z<:<?)`!c\:PYyt9J\nķʢKJBCA?wɚFز{8>I`Vy֓{="?Ŭ}ZZ:`v^5/gRBṴC8V?vܾq?[Δ}:ĲmDՑwչ\INt#`fH#=Cq.M%ۊfz7P2MlHiisb7z+|;Fh~ˎ0:Gij[Yaۼx/o=g(`6ޮ_7۪OyLذ$2jhD2HFfi\5BQ/5aIq`'0^Die"ܫsHI	؈1I)@ylUpP[6GD\ z*bNKb._dɻ^N^,:̅lH߽FJka`p%\5LQ66s
y}/.7vWo;0+KK!	ǻcĬ׺V(؄0ێԛ+YTxD<Ȃф0\6lŋrR0[5mI؆eAi-:Nq*BW.!QB8^^7|$07pvMwOl1GT^k4)Z
$+3][{Y`gt;[@$~rj1Yf'b*0o~s׋6L֣:Jچ~	n3-:4ZE܏¾}̚_3w0eJ~Iw\aOflOhVI ks7*x8ߵt2
fb>5u1G)FЯϻfђu=5p¼Le0j>AË[2Yz}9Q(Q٧Ip}5TcDӋD(#oҗ| Tpp1UT+a:rmS.݇˒fݾwsUǩÔ!='c>̓6P:`yEԏ7#f49k`3Se?"\B=qoA}L?ғa665r`CԮY8ԃqeڥL>1`y4AWiI+.Xr,À<R#s+s.*9{ZSA2Ң߿]s<eGWaL$4v>aOqƂX=%Bk~NB"TSBɇL6wy/IBÛ̕J9p	¶whxH9ŊؽnjϏY<{>tu^}ϘR@?]|wXr#+},XjF=Qd!͕,ަdX8u5Nn6.NƢ؝s1d?'cB5K'3	Hr'Ӎ' 
cK;aRdJHSa~v7+bR,moHYܨ/~vfci\u$j2b(S_4Ɖ!O@czXWjխ{\nn¬n9px.vh8|0%N@hOҢŞ,F>^:<\ăN>q8Q,kB*sb+{N
DA_r7T;!LmцG	2?Y.T)¡ǷOpێ̉+Uy!TT,F}Hl
կT,/q{z3p7͖ZYTNX)ZIٲpW0iS:?ȢT>5c(iSv4qF`:7d5ugcDВ]Fmֻ+BCdWL7գl`(FwB{>0&"qwW߻xt,!;V\[nč'0G?ǁ|~A)Ky=<!ZkM}sǛV5լoٺq6-ݳ6on?PɫR#}g:MGȸm>lsX~EINBԘs<$Z_/$-=@ʕuMzxКSKe{Y8x>}%Jю52p6~Z3dXto-%,ThR̮yĻ+ݍտ6٧r7nÅ<_GDAKkw^J}cb\wF2K(	9 )&Ϧӽfj7Q݈păڔK+m*7ʕSKGǿ$6(X{ÀS_xqˆI"a:ζt5T/ȱs`f,&(Ԃ&e`a1(6{{ڸ02AvQr\يe` 2Sجsicw6H>Vo"/Ѭ<j-QFױȶ>AU$ɢ85ʔ-	bDZW!OÜ5c׸̃#utC
5J٘Ouυ%µq.`҅×R1٥_#U=/юJs*c^o&rtOfdLNR`ksU,:1|4;uv3Z%\(q.X1l{/:W'{@U#wVTP/[}XȖtvo{<SS_ADıEVdq.-^R2\lի:jxMȒمɡ95:ףSqlV.	<]M_UۆNƐ
ƣfjB\ބKrQ[[Rgt*fلYKaŝڽ_%])qqWw)%vI)ڪuM]	Tz/7-wJd#@·цN!̪ywt+Ƃ9a4Ŀ	BѨ<^7GNO>wcyb5_trlA_h,fr6CP7Ø[{ϬKVњ{ij}NؙrHRӌ3k1hPo.#5D`Bp2\!s*Vu$yvj#9sNW57)Иd4|3>W!UxcA~aѱB)~{ŶOy+?lʌ
I%pxsd;fwޯX	p!6X$zUٹ3z^A7P,!VV%ͧ]6ʰUި@_sc)ƒˎ;¾,CƏR)t[`KV9N[=[ș&WAwMI/ve{ uêd_χ=~4`zl$wHssţ\4m2
VPE9138Xe7eq49ϯ]$F7ڍD~Ӻ!ԹB^e}<(IƠסWHn(*e?1"8pdEj;X~[vsc\$8͚]9f}&="]͙84wJr
̈%]ɯUwV$T1Nýeۉ_Hp<^dЯo3jˏjs 	6%E#%ԑ>|glaêswK>{̸ȑщC0Sp?l7aWfΊ#TŎ"C}r1J'2ѱXsoͷɲ=^`Kd1k|ŌԽQI`gF%UzoS$	4ދ`FRG˚-Tсu{2*ݗ|+5B'E
^sǴQ֣kܹU̹1	/SW[oc^_XS4t׮Q"?rbjXM>@w4D"q'fiЕ6
6op}Ar
rINE@(\!OCO/)˺=sI;UxyK[E3?m_9Pܔ.)qyljHU+ܧ{dYdĐx~֑-H΀a:JCK,BFЄ:niK1w~H	CjӗT>\|6iйٹaxf	ӯn8.J6YK"Ӟ5v)`r]-6vm:DO<ʶb˘gz'1)yq}GTxn8b)AQH^q&ݢ{ˀ+x.UpW ?&w{t*sCh̹ʥ5f*I՛E>[ر>
D,˭4K:Qsü12Iq#B$-ark$j\ruO٦}էpBׯxqhic}߹a[!'#&BjZ^.WK:\&Sރ$~BM>F9iǣLdLF׷vЙS>@t|OˬKaαSLg?GĲ_ʿ«%WM\8 Xh{υݞ$
+\D&܎
G~:rT~aAjGbHrXv:,$8ĮtIAu.5;+H&s'İ`d!5EMTS9cI}ڧZ*\g׮ё^H~ԗĊ=>\Z97/:KwRT\k 2Z^FxLW`i#˕%$R_M*~ʥhrk՝=pߊmoQdAL:e\LP?0Ϩc6źH2P%۲,p<)3T)vObB<Sd34p.gC_ǅf}x(Ǿ3x.ܹ-8Jr'bS1,1^o2(tEbJBPW%i4B38M93icL_P][O A
X΄ǜ:Z42T>E:nt/xn#*+ƹ
ȦC7M܈RD)H7q?@S_+^B{[I>Еi!Ь'cUI}bupNcq
UN*kx|D:@GZ]vXC"tTZZ
ٝ3v
Qfʱ҆uzK^6ŸJyAPr2@*@EK*NW\+>W\-VpM"*IG~*p!;wͣW'[ɽN6>҈FiΒhWҵtj֘}1!6҄fΊ>1`֋iU
ЗRrҌŹ3g2A2*AQ1؃͜R@s66aeR?[!ݷ/a{7yaҚg͗ҵUǉ}b;Z%	ѻXQ:i,)xۅˢ?ӳ$o1%	?q4r(߶)*5{}NlZqq՘j`D"Nfn#ܤ*CXSĈCb[sE\_}~hfō3	ϤJ*K+f|qD26ߗ`^L[DGr@^=Vj2>$H
Vއ/ruǠխbTE]ֵ˟dɄ=ZV?*cUosM$5Ƹ&_HX͹kȆ[dj+U:Nނ.$i<)`ɥě+QEdC7):5oP}iڒY{ڃ*v:bX -u˝a7n@ߥ2kNu:9U?UCj^L"fJ!6|_p]TQ61MR)҆7}QWՐ(VĈT5NP"EN^?N}q9͂q 5sE=VQZZwcI׌+~	GH&
^Uvm&Wͼ[g$Ǳ6/ɓ#4r"WHFzl$iORfXnt(AmqFXYC%Q<<(:߲Ra,PF72;m.~RQTےQ"%"BF,kh]qxWM˨@{|h2U/0nX8#G)څG3P
ˉog8&L\odEDrC-
̶;{47@t:*!FNGiD]G)x΢![h{EoڰG(iWJȄؓ_*]' QF.ܷz2V[D_pǦ.^]{
s/ԝ:	Qo0ۜJĐr&u)%"# s,Ⱥ3FO!)ɒa>C=aU֥n%7܈msoFX3l)Gc1Y $9*ؿ: 4Yj0K#];xKo/, ("fZҔ}h<DyE&ɺGjEo0V3/s5y(t
"MEɝI1^aW TwԠ"ˑu\h/ޣThV~<+_E2Zbp[S3lQ9KXn^@%Ͽ޸4)~~Sw$Q6ygzN2Vf8٤ă][^xLl!*Exn~?Go:*شt7չ=k@ށY>czOsϓ#l߫?MAe;'iinjHjaO|íLid\{!XjuvR3םԈ6դOj3c&jidʈZDӮ90?ZhkVШ[7LтXQ#Ux>6>߹͆ {PMrJ҂эiPlER8"35=Rb *Ow `6hJdp,VPN]ysWC+p:6u~azݯgL,v(u5^Ȯ3TcM`52#$}	([ϓJLap}}ld'l/4y*$́ރ)W1ZcQ,oLSA.9-
	˿Ń'uM-o*m*148	X`lӨZ<}5էطnS]s[Ձ.]D݀JIĭ~d˽΁R0'kBg!
"5?ruSl'neHaiC2"-7&<6Nα7"!G+1^̹thvߺ^׼Օ-eswjӋx.ȻNNlF!z5tFuAʎЗ2VYӐ2	 ѓխZqXG2A?MEȜFʦzqN֏-l	&gɜ6BAkI_ɴeez"fYς"րCߢBqG$1DE=Moߟ:Ri@КtT3fP*|Fkd3z*+[iڙ4F}ՂufЫISPY+0aC:Xd
)lf8ݩ۰e	)>IVLSyVVkݴt|>-
V+ts&i2Ϡ~:±)j# o|VumSƤ=oŰXۋlѓn6OtƁ/Π3>A(?uAi/͟;b%(ȓyfߓ>}L	ps?jU8)BIs2
-tJ#ŤKjM8aI7ѕ&z*65ƫҖĒO:oyGioR"S05X-KC5X2XN~,ؠbn׾lM(y{q;͐XI9}>>Ar_`ܐ6b>~'A?7ա|./H>"@p,7+۸yB'ۘ$rQr^!˹7n+#h!FkJki	6{ĳ
6TٔL<_͵{*_M4rs\PN[} ~^͐YEuΡ
=(S/Z6pֵ{yaR,QŸy"JPMkySV+s:7&ې-*ҽY͉|ɮ9@6gbfxl}"Y4Aiz!j5aZĺuN
T2W;JtSd%`#x%LlNŖ2CGdsܨ PKǥ|Unw2 QG&ۖν׎Wݨ6g~zI8M(`r}ãǥa8\*dg0Ewguޘrδؼ},xWz˥j[z˭i{N5y@wBbUCq^Kx_-gPtYoW"}[XN'vL|R-ͅӝ՚Q`zoT%ʺd5!d[.Q
ϴhԎ*D+ޢܞrGً>KTCΒMf7Zv !'	,|*ږF&'OAR֝)KjʌI:̹2/֫`=6c	>cS/=ņC\Eyoc]9d_725* ,\ʺp+wrGǜoӒc~9n\~ܾ&iVm/Mti[L4R?j1߽e3w%84^*@_KbVz(qV;~*׷kϻ3yYkQZ3 <vp.ܧ4o`?LޑCcbo{ʵՊ33yaۜ)B<	+
~^	.lO+R
H<=21bfͤP|ĭ\~+ȼBEADt(+>.*_	3VȆ-ۤU~ٛ7d{f^мRME
u!rmtaڊ\)h[UYǣ>alKkpa^
Vw?ݙΨR;һ/z&a_dT0ca=VYQaGFvz;82-ԟӁ g.F>Y2`T;w8HH|3v>Փ);˭OTX#Ǒ_/mcl6ѭjj6,<"
<oyh_҅̣ܭ=-\}o]Gצ`̷@4G'n<%6l׊c]bVڟƟ[-K[esq2#} <ƿ1Ir=ՠw!D"$=6doj tz0`nFk)`3f΍4#`IN^׌.`mTh=Pޓϓ\1Ⱥ-&x(-qIۨM,zݴPSÌ݌0rhEݶAyK4בN`)<N-j˕ڌQa	q֝Bӡ?
|IEAi:>ܧӊ_p~قb5kĔkcac\6׋ljKUNKF<&3>Sa'Ƅd<ε͛?LisZfI,DQ/(P[j'yHI#'-̬}ؗ\ӥTT'ѡXeREXszPM0~@BΑ*9v,|I|C?x5nQN_S^,^`O)!LC|0&ѭd jO<VN5;׿Xڱ79ֲ]Ɔqŝs*'h۸9vՑG~fLqb_3-><!kG{~סG`NϪ:<j=AԘ!ɃhhufnPc+C!-װ[ղ~:h
[£jCDyy	CL3<TxCU_Ah%aXϻ>oJ԰+GQZkَ\6l:6k=+}QB)7G	]ǐ'#Q&]ۇnJf<p=q1m+^Հ
آ~+}SUҸq69chNJJKۿz̀HQ՛Δ5;˱ߗT~@Q|_]Ҭ|̨KmP ~LӣNc/71f0^N3vzr6Ү&1g>*5p?'IjW<{n~sțR@%h&aVyBfOr{tA~ֲڢQV^/ļƛǪ?,+g.Qt'0%ӽjםzs>?Sf֑`ݗz:Zmɓ<l
!K &P	j6׻l#ļn+',m3hJe֏<FiV&z@mhJ!{tr#v*)%9&;yAܭmFro7~}Y}
@=A|ޝXj3:o}`ndgH:̠y|͟Rљ2'ѺmSӛN?V_ܞ58
̞;I[HhCo.+Iwc"ӳݴ9B$6Uӏo3zRGDz@?#ЛT6%YfS!zxkh	i"J9kƧ&2ҦZCw<8:
׼obyRpa:\#PHN2u д[9K"~7\Ii,f*Zev>Mn8]!.:*Pn>X`O4ޱ-7xQGSרygȨ'p|Bs!)fRȻ9MBd_Ք@|"9׳͡~"^@TA3\v93Ӧo7H+,	0n"ؠzF=pKzǑXkZ%uhߖ.D<kE@9bЊ/՝<5Mc7il9QKtW7=F+D՞o)c1ްP6UI,O;, !oL1nuUTɸ([ouafKdY	l)(Ϋ^=<.WtrBJ]\fOupgAb۟&7G3V6`jPJLB˚a	5f\GkΑw${mIЕ"]~W)[	x-Sg2SF6U%daL\x|Pnw#[,=#"Ouf̀ܪʀfPE(/`7G5ϥB\VtDNbč1:(}{sD""лI=bB1*D\+TQi*>O8~v#	Ô	9^|̵1@!Ղ&o<F ОkkY9ˉP̃ޫhk$sBˆ&`FĢBvǹ<wLֵE6Syٮ3Q$>&toWT0(w3LST8ۢ)f|p0x¥u&eΔ:	H7 {*3Oޛ06;.-nu:(Ai&@κYy@7e7I.:ҘALR˕0nt6_|-Xʨw.eu6u1Tޡ:_7<èlXCʪԠ#C&<Vۻ5:@7iw|@Tڅ78]Ջm*m?f/O%Blaԍd)cbI־BHu2ӊX)xVr	R68Yz4AdQۜ{ݠc@qsXزMOUqn,8WpΦ#(Bt\u4hQћzJf(_WM<#'؍O9έC oCkAv<7WIǽ2à=.NMd*o5$܏OވBP+MD"V
7,?E&[D"F<AП6}`O	7\'ds"u*c/d9R]eY,f?Ղ^Jr&U]Rrsz]a##pz}\8J՚%\.gy[[dtEs,x(DۼsZ7ڔe\̓9nȺ;ԬJ7_ZnOu0j3P~GX{R8[#*ynT%̀f
bс;DU@ےuXQ<+<SXBݍfx_)32S
z4s݄$D&ޅEOv3UU]_3Z_p_q-F[$[B)+u#VE4y
M,J¥:18LRåK!AS|}!8w1݇p7XV{σ)Y"(^R~)aP]=gW(oq^%AfF\9J]DU'MM?Rj~oa;(nx)f%3JF\4os7-U,MWĖDW{k]H&8hŦ	־ג5%u*MGʚ Rnݹj<O[JߖK
~  OtmM7̉ŏ^$9:_-v@=4$;LSW$X	0)4H;Qcߴ`}R^BJM#n|ױ$uzȮVJ,pO0eGMgePi:wL֛+	ҵpGn݈ӖC˻&<zGc:$ipa`u#F	3HCvZK˔́yS^DFm7PhfVe3=}zmZ.Bǀ'͂&_\T`	|eYP^[#\/	.pGwh+̍I}41W`,u[ˑ,;ͼBD7[uƫya6.euCQ1HoCƞ5֙57E%Ȅ|xdg	SzRAӬ(֕Fmyopiɓȸ<υ:tIB=|YSo,`jZjoݲAY?!"aFSiY
w[NǼ=cNnLZy^̀/}r^ib֓{ڐ&HGfp{Jw7Ug_?p//4o4{7hV<R~'۬cȂ~:j,p_K$ʓYۭsǚsJM3ԅm[˝Y7elٙu5Y2ǵs73Ƥ2EOZTggÙ|̾UwKvٚȺƵ@n Qdc'GȢ^>).(Vj>6V{_[>~l"<{p٠jo*"ו- hkqŻ#sn-c)oޱLdW2Ͷ!;
1	ҷ'֯"w?
Ԃ=eW@ILip
S'Ѫe7m-{0"
`Tb;vMOx*be`޴nt[z|qTK>Pժ]^E^!ZM˶-k߅|j6+d+:A[>#(g+˴A'͊JKtʶKY >YK݀SeO\/vӜڒnCsєQ|kɷP]b - e|.-.HM(ku:>xZNd}.8hPZ9Pըnڧ}7_Ȕvx`qTCR,]x
@c5:ԯKU4ޭeG![ΟS$Ygحi]> =ҸiZO&
9ItfЛ1Fȱ,C=*0vsЯtÂ';DD~fq,AKN)-f2!!a
>w7%>=eݘ}Fֆed+W+3i8\+{>W\۪}?[VĉZ</B܇WZ5Xx}n9vJ~cSR<h%$^}#^hFUlح(QBc+*6էZtf4iwǗ1Hyn)Utʦ	"~o)>ƺb)8$CdEn֤Q[<VYK*?,tt)Ծ͍"=[bZ]%<.ݟoV#oHf1RxDwښj
dZUXi|ԄNBf?%,GԝZo2nL+=O["VڕG0:OB}yyИGo£Am|>26v)E+ihIi`qI:eSb,&<Z&2o4:X&.?CLOvvUH^Q -{lcWthoqOJ?)hڨDi^8߹ΡyaaێkHPΨ\ÍSY4cR(kQ6gpm~7ȿ9ξRJEn?-+479'ühֿ]3P/ztOeviw$G\n"k~<?)9М<ΝK,Ʈ;έ]XȤiɡ!uCtw\gZP
b#KqO[[=ckʝ!!<YYʚ	7ڜ^^zVۜ޺Yݸ/	ߴFˀUx/w߷	v"]9|nŖQw}&3D~TEw|	G)iVT.Q|P;4:"Y*!gfv y		W<6ߤZ^4
%9N]3!Rʭ˼ONl
,QɄvVIjb^ϮwL.MD<0Naȋt'y;ZN!\9vFL>ўjFkƋ+d<^kfa
*gZ].ݓ;
g@RWoi@/3U[ߤoI;њKO)#ʡԅ,0Hv2:Q]	n؊G>x|,)U)SVn\QFv+89Va0lʆ|IhqUկՅ}EƏzOcj=2&~2T3f&04q̘vQ"|cxdeʸΧ6<u0#&^9V"i\mwWuS1VfЊp1,*Թ;'ϟ^x3Җq;;Ju m4C9o>Pʖ=q+@7(h#Mt#P!-Ŋ	9A&U8u)*g05	dY<[o4H;QM3F/̠9oQ86F>1ĳ*@(n&`܌?a~:yԍgŧxRBo_'*fM&vJO,2:j6IL,Hs70]9uٯ?GBVM[`2krr'hT&cDyL6hfJTxSM
_ۨI͎bM\ݣ6YŝaնKĢ*(9tD	p߆:sMYqxRzvT?:P02~fʈ$շ@bܼE8@3RjŴ"p҈1}í:_E6\.ǭtF8v8bVlȲ'@WfYud)hX%V|6&v`)*/BMqPϓIlEɼ9].b^:5պɒHc#CQ=
ZZҁưv"34ALV`rϼ"&ҷ'#<dyTcŲpOV%<mT`Nн/Pz[YLڸDWc/vdHgIT~sV{IcՎx_tR^c!^3ѻjZ,v'M}#A<
ӚO;*7PҙݡxMA&Y>4.kb/2/Ǚv46܌h	3SH#`>{,dԼGv<gMge?Wҙ=|d>jx3"i1iˬy4X{ѥzتe39>%(nt$Pd͎7LZ!
це2$y#Զ@,?t;³B3}ʌH8M4xT1SS#!CĮ]>>:r{3nL/'ܖ"FY6;@ӓ9tev'NM%]Z>>1cQӈC&A/g/6H[ާͦǿlcvp{<GrJZ-5SJn9U5&<[dF;tbZp
`C9H0Xq)~ѷ^7d_3k@ƎM3a'B8X-er8]iWZ2)˱)Hޞt_iG@XY/]<ܛN'-9['0ۅL1cΰ~?ZQx8?>+U>:4ډ0jjns|B*!;[IZPNcXMz+`C?ˍ	1i7/v%CD2}h 
}-7GJABɅy"r_TQ2Dq̹D/4Hrj5w/4ֻ(R%c {gّY&&DákVD)\@JjbzJNa-}PW&S4pf+wJGkcA҉ّG%i5eLVtnҖ"}wJ JhgsNxw>͠:#~!)<	Tדq}(*`tɄ%1qxv6ϻ7nȹuzqD-ߺ-¾|,#%?~ĦN59@e|c@I߯Aͬν`)Ȍ(	Uj'k	@*kF2G[("
Hg,6ZI]2ttITyFqs~q<`e,2?5'EpscŘ9]p{Υ.ܧB&8Chffj7ψ12(5>/ϊѤi{J4`"5.~ݘLorf&YoAS03iiL:F3Q`,k'hXFиGݫ]2v&^ӷ4\Lwя5bSyΡǠa
uQKZ9Ԥpc=LR4ݑՀoJth/iBr")ăK@Őzb6#ֳ$v"6J3#.)>g3Y-0p5;C8o͏Tnʒp]ۄԩJj6#m׎>ƱU	P@%z_آ{
4`Р_{,;IYFmqOΫ$OQBW^ٴ:`{3\bBη:zq¶м6*TH"_my#N4/7߶8J[JIs[D5&:8 +x5ܶ]3[5j{ 3>TE	u{ϛѻؾ29<OUXݡ[P|ĠEWqդÇ`-+pi!;Nc+]z
24G#\Y
xҐL	ڜIөݬaئƫuZxOwGQ}@6ڪ|WaLAC1GI%B$ٹ:#Z
xyl:@vk`mez{vnG`:8Ȉ9܁Ŵ֮OA\>I9rԮ۰ٱLXQKw]1Am0˩9ΛJXQsvFѱ7jjߊJw8ߛJ	asP yS̞-+ bocֽoKql[Wnd*.nC8d-ڃzUK{DM٧%
ߚ$t[8KΊ'c|
~;{jl!Wr$dDBAƯw?N\xαթ	ya:ղ/d2+[Ly%ߠvƶ0L92ɜx5ԯ+.Iς?ִkI~DՏ"=Nֆ,Xpp-ӧ_DEܔ1G9[Rיtų]=ۿN9֤D@{ZH	?ժce?B֨bКVĦ((&ue	XӹIs6p	R<,R-m޶	&/:#̞-NSMQp~9PQt"NF:V0̕2=)IoS4ft~ܞ&ײ8m1<whLx1؄@/LÈj+Loz8؋ukuv^hs-cN9g=LAy+Ufg&x.:
;<`^Z!nLwȲՔqY*7'	}>sn!*
7J;i*SV{MHm܊dtb	ě%ӏjhlks&r*٭~>C .4C#9*5ҡ`e	V*<-8K$z\}QIYZӎѫ˞R_W\XtzA(=](ޫإ)EorMJ8e*{DǚD#QOee7`lӚ;\*N}ǃl`f	Bi$~7ȥ<:FiTߘkE&eiZTM`JTUIVJm|q}(@5ׄ}wubv9oI+2
p}n;H>0K&6 MFyڈ;Itəc*s';E+'jǲ!Oq/tH+h6sƼΖ5ƵmRy6KҬM0ŋ$XAyzo;lϝu,ɇDK[A98X{Pi=!m$[deHÝc/OV\+<
kH;Xml.z+ĆQshd$QТanޒ`lV9JYZ[4*ւǂGkQigdOpn9m#zQmKӬKO+_ZTY$/](f+dϾWxqΔ	\A6
9̆Ra@ӭC+iT7	""cEY˕ۯ|/'FH;%YNQ"oYgНY^qN#q!SיooZpۧ7Kha;70mF0>ݳǍÓ9X'7|vr9w̚0NQB-K#9aNϫL:vu'Ŏwعܕʲvq
L%N)Ϥ:/ό=`PVp8/g:}Xܓ&?5o5s1_gBbmץqQږn	7׿ΣK{\&JR؆mɠkY;ʭTǣr^PlOt;av=T!JY/<p(kv|+xII)%T}%.=Ň%"
ּWOQ1q6FRă(5Ĳ8;@nw{U+8TxkW*|&>Â5Azmʥîܭzd<6Z6eն-.ځE/TEB Յ;Ӻ&1KY_<Gϰ5/,g@ݬԨRDiSblSk;ʗtǯ+>LfӎHg6Y\a[!3qLEPĮc¸ț<yؼ>nHhT@ebG!	|%``&!ִϓVCWݮJ;M5dr@dru&ܥ!=-z.ouJRk1ţم0rMeJgE|a]Ɩ4gdp1oӃ~DZ\VUok.SK+}W>ʨs-Ω2=DNzBiJq?ƞ%Uě*1xwD=ݿz#G&ODZNhs2Qc}z
{Y,Lo
-Yj͹;UɄmży[͔ٟӠ?>m`MZ؞G:F6ܰǖ~:8̍شΠt/mĵDIB
rp_,1ְ[Z=v5۾.ϲy@Awͧ~0ge1U7M˦M
URɨԹcZҒ¹BGI./+o'ZQݭw];0|
'ɭЪP/vnC/|Vfo(ZֶIG{2WIٍ}* 34*1ZU4[WROD_G
v,ՊΑ-y˴
Pʙϗ<\܏7.cڳ|ԩ1RNTݝ0I_1xmQYbHBWtyĻ:l
Feټ̒?i޽9"+nvBpP{k'B&hpo^+nz<qdue-;bKMգO#hٟ+÷[_VA~$
kЁa\;IUsؔ?d?H/"x߻ϕ+y¾trڳhf9Ƕ8.#Yx@=ɞ(
zRaJբے'^-5LaRѲYz<?HJU4c*qImlWr,=v.NR\б|6_Jz7@ohIWG$><*v8m<KVg#=XtֵI/c/wLI~+؃jFF*$4L{z+cUI}OQדGhȦ-Sas
*NF{39Pv
Y7,DAQ#ʦ.7]4:	p͔fEAepdȬtykO6˘/gCbEШ}`@x\1ɶWZ!18gɲ|F}Ǧ"m^5k9U3eZve?Q.Q DO5TMUUoV<"ו57¿\3Ja7&	H\2$Ф5¥8`))`ظc2<vH[d˔F׌tlOo1K4S<ʍE|zY.Y#2M9 AɀS!ε2۟;&`m;DJ5ONZ$.]N0bTlkAͭ]J̙ͺցכzQx>\ع7J>dty#NVJ9qzŪz\LC(#7E@DGzE6qrb( ӭ֋B6Ed*03]XNkʐCغgTԪ&JuÒ!guJ*FȰ*7ڂ4u>ޣƹ7e`Wan$/@2Ν`Vp^:b;bLI̵iEspάkLe9WX1mg
5`ԙ1:ۜm,yWa/S8uD. BI-޼i
+][alc
2+cm(x>,3*}Ӻ9{_)7<Zi>Lh+΀>.#ז
%W`%/΢ny5:˩Jt5vo:X4b^FRyj:sX8ZA3?@9eֽ>ؿU.[g*Eقɧ!}M)	kmmoMRǜMƟ$Қ0'قghB4ϱA9ҐD.c*:Ť̽"D/ضlpNE3$ubI,Q#n#փKҨ``QjbA^y-l;Ҋ+S8̓_'73ɸ$5K`ȻslZ~{We.XįN*tC|;.?)d203=_m Mp=`
`w,Og:*B~|.=Ť4jcq\L!`$bi6<pĸhiE`ǗX8ۄxgŀЗ|a!`HW]fֻyj-ޔnkilّnq(`7ѭKfE>V.|@<_c:#>BY
əwrl-]i;eޫȤHDcyy~n5cnȀ;Zˉyru·xպYMV<zи:@ >eB5/)ZRlJB
B`o6dchUi1Lem7q9uP.$Aihhyɯ"{6<e,B.=l=
fEx؍>/@)^tdHC7Mv0VsOˮÜJV+9#m)gcHP5AHӧF7t+^{9?_љ:l]sǈյ}B;ف:ZKv(),"6N݉#xC$@L1˽{v:4H^@UA֎N, -)`Iw#Я(QI{MnjgkփɹUPBRDbboA/Euy:In ʐ_.F8A1mo\G+YހK;{ӜƟbi?WGPVr]l	Jm37ėcX.[:;&CqZͤɽפq	aϡԆKÞB[Qލ"i<B4ϖ
4%xn9ĥwcBҎhbYׁyfYpk!Ű48ט؄%TI?`43TD=p;<˻@kEyO_?v؊b*U!<kX^7@M֊vKRf[&whst1߸yRznJ4Z 9o%3|)=<B@X|@/GӸ&NT
׎*l%OS^/ǳzL&0$Uq.X];ә,ԦQl/(an1{ë0dVkS/Xk(8Y>)''_M8201̗ހ[vpȰ"U`Dnv˛iE;8<i{oLX/7xӞ;`2+ZG5oouBbJb_K,?RWN_@aZ2mq`&|[aQ5?QЅIf/
޾`PQX/]>{9ڼ1͆uT/o.иi̸;Ģ|̝ 48.b˝BP:d'ו,Llnk*X/gd͠mq;~t&p$#x;̠/Օ"s<U|Igա9`
Aے!RS̐K|ZB<hCߗ[	"woBDP	u\Tz L,skUz78ۅCLozw$A#u%l;kI0ƌʒw1Yҏ{)\ۯҤߕ9ͳScW<W߯IiVռɠ޵C͔s[bCX{y*aK΅W/c6DN(.XC=4-HJdkOGޓAz`s;*SFtÓKjoN)-FNuUUU۶Ak12I}]ǅ);+uS0/W38[*,Os}	ؤAɜ$B>Ĩ3l4qu:@!)'v/"CSώdYi:OM3yRt)jat.Ў\ܕg܅ϓcSRmde7j a>%!f4Zk.GhV[VvQk0Yn](2dix+9
_*hLc[m*Bș[W7:LjNQLj["'8fsehj@wæ--.@aH#SryM(NH*oI4*&Mպ2sv@FkdϊX]^$.d߃6hzeÊFmyFjn
ы[Er^ƨ&ܵo#-l,Ʉ;Oͧ&s{־>ylDpƼ"ɔh-}VI1k-Z,<zӾ֥n6HM҄!6.ծ
^#*Ëu9kPysCz$t#/AYM[C7d&$O#Y-n4I/M@v	P-D2ɜ)GۑYrϝ(.9߿jv?__<`_H
Dxd<7[NYJ[D؍,Q׊)JaK9ҳ%q;=YƪvX/
tuI({k; 4ƒh+^Ʌb1T`Z^=BX/\V *,FXSu6r̊l_q)S'4gnZ'tПؚ20p?7{UBEPyzY]<+ǍWu`X{;+>Pʒ&SNy&w
ɻ^ۯ+nyhřy6b$̟M3u$t]]J~?!]?Ҽ>G ܱ0T? AhdCҬޜiޫVȡr+)vq+r_
ťMxڳn{DnUٿ~V'92Hz@!xjj*y>YG*C[&cG5xiPܫŞ4C/ohG`e=QSē?ԙ?y{z>xmqkf~	npS*Wōp93q`)m͆ԹI}]K\0ס؁Luƥ-6-:GBXߥTtt<Odl޸hص%0dٗv [do((sُ`qO#g0x@M(9γ)|P< {	-"=?pujj#K&w-?])H2^ӀRݸN$}ld*pڗbâȫ7tu1۫[_]4a"ľaEYnCW$pߺF	s=>:Gi2~Tfпg'yk&ǵԐlSgf[8oVtQ֮*/!|^^U̘Ea^QȜ+<~qYb6?|͋>pchT0=7(f?`Um̜B/
mh.!<6PzLJNiSCDίsmc$^2`,k+)r5e6В@F/	ʧ?O,	ESҕGuec8Ioʼv_ʫ(շ_%hYll"Pj߈[ϟ91Э!%$bƢfNП0X؁#vXx~7RC[΃T?3"e8MôP6 ',`ӼxHfCtz%a~=>.B9nAŜSie{-\S7OˉsZe/E׻NcUiIB4Ai ahbLŃ7&˷3߬9sжVE4m\0ZαM.Gdo2G	^X-">#T"M[m3s#v*ڳW́hKOhӮS&qJ,Vɲ
ݫX#1[VZ{Pɱ{)YKTy4hV!!4ճ>o|bmc#?Ct=WcyްIۣtPIPj)%2 (J̑b/d$u@7V*BL;ŧPP=ؿ=ei۷ђ[[@6Z7"lɃ~h*{W)O;m-ԆeOV@GOPOS#MzHy;Gc>Q^5Wk&Gd&Id		.S#mm/b"ƷKY<̛QC3Pp.TFAv4,;<%HbgXMْRR0QUKo;+y_؎s8B33TBP\(ƭjc0J|XLRf0AREI;3*>}&raxA'_̇_M(KO+Fͺ',RJzȆ_vFnyKθAzh4 LMͿA	D	ˆH55Bd^Mo"M4n|j&i?ЏFUŨՈ>xu.p-1t6-)U'MbjԔi!Z% <d}%OıOΛvʗk7JB?dtZ#lnd6^pLԁ}y)!7X42vPӦHlx^[ݢVE!)ĶldHݦʞBNmQ=bAE\Tާ3XKtP]d28x+y0ExNFUB}mCO	(GxɃ\̽?Ks$`ۙMaEFy>jw X")TteiO<Woup'}^ȷyQ6,eH͚WE8a`ɕT%Ӝs)7a=ɫ˦"}ۇ(/D,ĩNT7!
esZđբ˚ˇs)~hܠ Bfc/ɹTVSܺ*b9>B0o($TUd˲%uCNl=r[0R88#<H9;[A@Px<$+7i'gx9dwJTƲ{d_Ac1WaNd4b=2Ng!)_9/uYԼ`Hc_pF%
UoI;n!Ҋdp9VbpG9ܪE		Ұ,RBNy_<c'j1ܜw0gogpn]Ң[ɐRք\L?=nv)ݞ43&5&.ʚ@MT	ˌffW;$m3Νn:-O|j׵fϳU̞z~*y˺{.x[!k8^ڐg^F/}SF<Fњ=	`c,zQUɐI`aʧ'NP@H	lltz-]ĭl
rduIfg"Lxjd#HhG!m&cɋy6qk0@Rʆ$pӼG$I»FҍİlƓnF3-NE/6w(+%9ͺG
:aG5B0L̨"ocgBzRhF)$K0K&2d|l''8agVBaSQt-/*IH<aҌFKS]б&UԫzQkȰ&Ax`Mm$](wdeb0_*	{
"(B@PX?HD1!H&iԳRI,w:,>
VaGhu(
Y7H0D˽ЈD1tq3F(H%*w֦ܮLt%ܵ$y:W!ȢҼ'ğv/c[=U(B'҅N C0;|Rˣ?\znD-϶׍Csla'/ҹgj
G&:8p#A^,2Bھ^~d@V߭c d֒`4HIx~)ZcTv7ܬCQox=ٿE3>_97$82NZ2}$?C+ԋ"ʑ8Dm+!Fܥ`S3Hx%JS*!6{>q7E[y0li-PZ4WwJpǅ<&oVt&}#Jֆٕeo%\g0k'K 	ld(S\:<Y$6^ĿFX\oTQBQH7xGhis̨O*}Kut߉ta!!fTl53
bfDt=z;oYM+8BC÷N9NIGS;gQ7'<UΖHQ8Fֆ^]HHȴ/TåRI|`Wv<AF-w8e/ѲBIt3=?yKL9#|)pǿ.$T9MuoƚtۂQkr98C6u;ntU7|`Sc).h1c(l)N;iT'Q?$tق*z6X
8]*ۇ*4j:$^Ԧ@5Ðݤ;N׳K0
,E`^yRgW|]&9|PI3Aѭ7zc]s@J.UOYvkw8ޓiП4W+m`qǫ,'^	XoTns=UBAŚѺ"J'>wsZtSҳ_^T"kj|+zݰф6xx}ȅ=m&NTT6l)B' i,.Qg*,oe$tR2ϑagFE"A̣؛zb2|sKEdAɰI%*1&LfRƽ_)˚= 8GǴrO<Y!r	˻y71ܣ%-Pn8YRǝ tܫ+{Leis4=^F<k\
Qfo$?!$@'w14#y9R"ng(M@)O!8-9;0Х{QTBܪ		jxؖE$VTtl9wSʓJxv=J*uu$bm*7t͛°"ҽ#Qȧ+߃u3|ѧwHch8Orc@BD*QU&-,VĎiy: +ov6ԻT,7$344:itBiCA1:2+DW.oʁF;ҾfJ2@?@L-0
%6P"%{&y.N{I_|b̍#Np&jxZz?l
Jeuhsa[n=Έq<#`?{c3ή#(B;o:L6%CЉZ$܄F>ōKvƧPNVr'ӊjOofS7k :Oe~T.=<M`MHajԢUG^4{{xOEj7ЕqȂqhbƱh#ע!b!_%I]GN;AP?}LIYΎ9YC;pPȂNMB]:L~=M{Ӄē(O}*Ëu>cpiHqĶ|t4Uww2PGu<؎j$`ǹj_1;N+pP3=di27}7..k=mFoE˗cݫ<J[lUZu])o
ݩL!k^Ԩ8^En8/q7gH)Y6ΥB2aCr=W<(B/zlG70bR$À`ժN-.ڟy2[0ȂWʫ7
BB[[(+OD <y-9X\ ׋GdbUʑw]*m$NWU=LI<6w5iG~aN	^ؒBֆ!&{1NnkԈe0#TZ
k>sfӿ"Id97;qGHipw̕2&	5;7u9~(zߚz,J1>Բ&,r˲Y0k>PoÍ?Eh/y)F]#Ȣ`޸Py2xhH
Ot?׫hMϔݖƁyh!`a!m7Wf˒΀/BNSh!ε#k]gëcX.yЮ$%«ȓsδ	(oD\VoҴ4"ؤٕ]?sz@u|S6ݲkRJjK rYa>C^8m>RguYĊg
09Cnqjtws)VUo$N>:ж~9wdYcƜ+z;h&H}D:|t+z5T$'^_C)#^șmc5(RAsL9Nyt=Qz2V-s}%NQ]ϻMq')I
^K̚Id]W`JG[d3v;$gdJqw6ӳ:"OQ3xDhtĎYdȆ-XxcýwxfюRijei>gbϜ/M~cJQHfցYQVU\[8@RWەS5K"<Bv.ąƙZ	l"C(~+K%}*jt̴`uƂ9xI*He{]ǚm$cÕ-a=:lҷAߴnCGg!RL2ņʺJ9_ش-ZK6?^޿{H?x0̞b5)"0fA^[aЇ{n!Ό۠:.]\g!KjiUgS'ٵITwZ|MwFo9Q,̇/		aC$>cio3~˵XX54 1%˲j&Y6P2?ލWҁ@UFU-8'߅|ճw0#2BrrC>)'AT?Y:s+֮JrhΎM±M=݀3!v^ļѭB̐9ywn@-܍ROkTϟɒ43%
PYvDpļBg͹0Euŵ
AŠa©gԄ3t
xUvJEɏiZT&̨iEʦ)p@hp,;{FɗJ6<VS"}YΔT4zOD` iPdJx<ɔOؘĨ6uEǜq\N7-ۭާn~D9Di+SK ax*S,eY]Ū-PpG7<ԟ(E
_r[:''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25662)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
