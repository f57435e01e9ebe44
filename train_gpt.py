import brotli
n=a=0;b=1
for c in r'''k TwϤX"YϜ00r!r[GCwޔG[=ocTfN+%tV'Gr V)>Nrsݶ!G R
/{$KkZAu]ݯktHZopŏwB%CȾ	'
,MK0p{AV.ůV+Ećɑ=T	Hc"ϺcB_)ܔ(D٬_}[X71HnT@1pGe$Ѵ]ͭQ(r$-SJU{UE)si3Йjj:^jĘJ:f͋".JLjs\Ckmz Hv)Ɇ:t,ol(wrȨM
hhCIWGark{"C	)J:%<="tJ6t1&;Z
CI)Wv)8۟KswQ˔y+NA%λv/)!uuFӤ$ϩJ+U@$~A
ރ~HC{Ĕyqwmn<Ğ]֪Dϑ<Y+rN.5śW&jā$Y*(|Ζsf\ܷ?[<Үj	&h.AWSۦu_LL|Е?E^Z:}$KZVC:$J.7uCTLV1Qc/cۦ:V&0	_Jd?S|4b 3D?pK
u?`5>0%yz]0 <I:vBy``OŐc4<6~	A*H`AlGv47>xJ\(LEaK1,LwIوf/'K-JWԖs[Beʳ(*ʬ_sM^4
jvuRgRt(2ҖL`O	&ԩbsq^gsy)c8+,i/M)q>w!вSM֗UvՎJS@cӾɞ\9t nk,JksAȨh]ߞW]W`lz"nV-MW)r&;g©ԉOs2HmjmDw`%wT%[]5n!&]\3eƟ<ԗ	[I,	1,+n]M_)D!YA)}ŦMtf!8e.X{˵#١uoǟߨ(-'B;\B4X#*__@BvK'VSJJ3/;P%Y3G2).T
|ҕsʩOTe\aZ,t\@L1؝U<"g	ܸלnOFM\ҞD{d?bFz[$8Ǥەѓo^ӛ9BדB*6	8\`s@GdA]xZԙmeo}©݊=e{W>Y`48/ؘXWŘA-f|1S_l*CDp_ۚʹlމ!Yu,߮-K7$w"Ա$5M<Zpz1N ԻoUdl55>3kעHQF/Ȗ
]ƌÓq1³Q޽/'bHt~b*<iZUׯפn۬m&hi\UQjT:,
j=qoP¥*M7WFҠjFԞO72^.٭fBLU#?Ij='6 \ijޚDA.̜[S _[Qx®%&ҽLW2uH<|w0;[,/T>THD@ٹ1&UܪܻF[vȤeOXs{1C"3BVC70_v0}4=Tkw_hgq,Is43X9[:ą*ӣ	ne
$<\w#ru?я!hŧ e	dsGXz,%pߦakCq1$ϣ,kZ5>Nd>}Z}{f͐zh};ueel%mȸw=-=v)}ߤl|U>12e*T\8ILb;2ON(,[I*1#`w׿٢4wA lW}&K
3x/Rͽ_(;}ݎ68(Ҿ/+eIn%ɶoɽ(HU{߸wL'uIh/dPt!;Snhߍ-8>$GurGjؚJlj'|Eρ"ͬ\7r~3@F|5SB95cɘtg'e@׎}ڞbW8qםII'sj.mVPdn Ch/ߛcЖaO?d/ĸԳBfnՖ;N]TNUj$\DPZcǺ:ɡ=?͔J8`О5sE9Л\Q#*aa0ruy@86?stÚӲ4].&-~ȰK?B//N.x"'"b<h?,Ҳjyr%ˠGLrQE#?(nQ)INtJ)5
ܩ,.!	B%gbtut(bQ-}s)Ya}R5l*ѐ=_
>t7`qOFHFb_{]O!/n"6ۡ{-tdSCE!kTUk06LIl1jo)(#vs1G<;:ݗ\ĝBHlyl](r,>C`oId[/c*ۊswy\]EP2$S(RƓe˚Yʦ|Ãic=hӣfNVuPSܷr.ܨFKv#!?TY ݥJ\+msʦs;4@d"3u}5XSSn%N&ٿ̖vZAu"
UoӤĦ!1ڐq{`QZ7`ޫ_oyZ3"ɷ/D\(!s,1$`r-%ƣ0c@<~Y]^'U>66^D=_)-sbދm6A4s.kЬW׉t`lvOeVqmܚR>ЅX>qR(G#Xv(TۨFؑsCJqD>ҥAE{vkxkw	[]hiY+&ȞpY/b:;]RbwPeƨKBQbv1Znv׈Enw!U55(>գDj6q-ܛ%cPĮ;ى}a,@[+՘TʔvO"UەR[sȤZ.̼fy W#"֠YR!I޸Dpr$ɘ@l˴u)>q,LYݺ(v4,$Caڦi0'JO2ߕBav.p?7~}i)_\?ٴMՓ^qIޟؒ*{GZ"7wF^a,2EqnSCjFܑٹv$\ǟ;{$@4xuέo_xr֒Xӑ+FRߤ:+h<ܩDjp&#.yYkM۵+>yME9D6Hi@U4n*b+]xX2C:b\rQJױ4?#2حg nM*K=Wnʳa`qX`^9oI<gø tqjӳ 	ϱ8o-[;ͥpdT=E*̓Ր;a'/ϸ&	!q[07֏<y}Ɓ(4T)bTԄ,8ylkwbdsy<ԄD6ձҠ"X=eH"'_c?/}Z$eG-En!kj+(%tQ֖@%uI!Aj!m'ùӼʄi,90pg~1$̖̮ߜEx}	v\qމ9XXx]3]<hkqkbSPy"4D_5A2`]Ot4Q9y{c{QG'pD5s{҇781k%+&bzΛۇ[ԈG6{5c-V.9Eo~gӱ]ԇv:ƯxIudMXǆ!"|;eФ<olT[rxeAsdd*Uw(TӼi͡egξ:80HhS_߾C=~
VArz+ϰ­wK9^'2:~</_ЍNMI%rEQLYq~(h;94`Nso2j}[5jTng*`2})mP"+2͠Ϙї-l~X{K,\G!
LA-N.$*A@ۀ~ĺ
U@ˣ,,@Bp,xKђ8?,P86]dǼHF-$'ޫE6oSt$ɒ7jF;Ga	HKCNQ:U߼[B]_ɲJ]^-~G*d}V6ڻS6IDg(iy7;i@ftĢ2>Ztf]Uέxeǔ-v>}`*	7uokj[<ʛWKnMJd@/~۶Wŧ&8H;H'̞YwA=1fSƈB!Pu`'pTI7r)%N]ОNG~zrzF~taE4@ɁlM??|!$f%_<~͚S!6tCڂH	r1ƳoUx_Tfn`DxtQSͶVhh!BNG.*Jc;Ǿ;smN'F'պNQثΡԳ!z9ďHD%)|Э4|uð^zYoҽb[:uAݵ٘?)epSB>N8O/,ӂңd-1~ɌѤLqyVIkSBgh[
jYG!߸ݻkfGM<}qC!
aH`KЃFƼ,Z%h;ԾxlM_%L{5PM4)~J-*BV'4c5d0H`͙A_U\GlzLeWʔV2Ɋy҈QMĶ"qt@>,D8"X$΅\[ݍ|y3dx;},+PXUzKFja/Ze!q*onО`Ո	}C:=nSچ(q<z'mOJ}}Z{βgx~4ϝ};n-S
$p7W5ѹ&ÌL15ǰg,l2
z9L 
LsکkMH7hERjWG
L1@ѓ޾i]`	]8|HKu|(bȈhyk:Ѵ`5'_g)Dvު$7B)w.ޕ^[QF"RTLd0I~'Pթ_\]ߘ;e'E1m91%SDR̻_3`w"5!nѳ٩ک	Ԇu6OBpwo)%9BWw_6-ϐǳuDYL(©;FX+m%2#p93÷iوU<JAn(E7~R΄-bO:!SMK#pG6j_FD:Z¯2	r	M[5l
Gmh+Eʔ~t5=і5Q)#Ş@:G}VΙFPƪ_b1˿-JT4ʪ>
Rl+uaog3/WNTCceZwXrI,AzͿّ]Je[jܕ65ݺK/·s{/yf:1׺lNՉ$/Co:&vҿϹ#w(&JY
*VIiYX6*rDElAJ$<ҫ~ X*߭uYW74o,(F/(_Iy&nWl^+'U\Ȃ/_VF4I"ӂ֙)9OudMqa)&YfQ+Ϸ/"sţp9:L$;!ъc*ЏDՏS#
݁+яrF^Ţяw,yc֪G
UQ΂=bP)H1-LP(wcZAՀl?ݨѵ~i*s<]B/&pHt]UsoҸݪ)hmkgSՀŅ4Yq:ӦmFWR܈uaQ	۾7ھ)XLڔk\)CCбtǿAvs2	ߜ)ߌnNզ	 /'DaϹ9A]Dex7ry_C.͚Û`IO	_̶7ʻw*`X;?ZЌ!%!Jb~}i;Zi&bfJDaڃ-n<N0,SfXwڞ:ťf<U^<lFmm/;7z1KHlԟyFȚ\G,3:(ʳ%2*'S$԰0Vqf)( X40XtH&XBR#e^?t+iB]HÅIUXAߊqAƲb]c!}~R;|\1C)r"xCߺSl+ة(46BRвúT"hAau+}|ǉvci(ڻ
x*#rā˯)޿*wG3./ԊWzUjڞX	p/0*:sҨ{'*KýO&d<8bFJ
`m5w
41{lZMoRŮ*xFƍT7?w*c{~/&|fYlt~*dPH1(zW<'H#ÌVsbw2CmEҭ#bsi̙؏Ġz>1Eڶ+SI;GS>>PvUPBˋ\0:\SsAϣC:)LzB/űmA\si~asc/af'4}m^7}ņ6m@hرE(76]g_:߻ϔj9&E&+ڨQVߡ*[lB@4q`JzmYLڊ	=0I=b7`mĒvjn=rMJûёmnW9saO?QnPE3#/ڞYӗqd+6V~yK)|B	(`cO)d_y8Қ/ CP=\"ИL(Vޫ;ک]G5	'o<HQ-ݖM:}$`9"^?@Ur4q	f=ת@_SjЋPf̷xI{ս$<݌ʔ9vCússMD՘q5bKԸ?=#9;ܳ[1me3ṳNCaQri,d|SGIeǪ3-h1Cw',EJ<(̆rm8Ў˻;nJU`76> :[<]k.(׻ojS<>s6TH*b;޽ugߘ&xHp,OZOހͲr~lNSDNԔޫAh"%1q~EșTNQ.O%NǾ˱#	ӯw΍#*u]5ۧ
ۀ#%5YND
BLΓ!+iUOv2şj8+-RYp&ʽʅ!Vq%^.As=|yVA9Ǩ\a~m:hnw'z2whPn?ΚY:f<.jBmOQRII~)5N|֢GB8EsmkS;-i]͛i]9xFYcWwZo"	=Ve@~(-T9[]P]?يdM?9˽Ǌ~TRmhNd$1\yZ9D]-H>ۊu>ѝHЊ#
>l8j6m8#_1+s-'<[Q5QUؿNp>dϩmH{l7krLذ;O[?F+eo	Ӆ,YngZ|y äQA\~3[;hd1P[n1\]J'RoͰd6#(t"(17@0ʆ2X%8:RqRQ){ŏndS{WFkDp#T)xDAsbMk[)ME%ӽ&""p_FnU!SlɚIMU~-61?0qό]x rMD1fCS8fwU՜FqO)c+>NT>;d2bQB>0oI\}4*%wk3˔-=D2xVphөKT9ҵ7$&XaO\r͂ݗRŬB׾RGZ40N>+Q]u;2FdB}a69Д]6zxS["ڇ̨S;fMT(1\.9Z?:4jXS܊u#F?;rؾڳҦNzt߈n'Ձ|(0,Hڧ<;gFOC\ўxl
:kl2o*S޻!XԵҠZ1#b^oDBEHs<iGcߢ-XP[Џ"Q9_˨|OP.^Zu.`noMIF!	K<:ߨ"qXc'cggќ#KKp35Ƅŏ]g,S[C{wΰqGyü9x<M#ޠz)@Δ֦Rϥ^Y]PgD-W<|/6=o;rm !gҠQSӔœ2:kIֽzi{xtƿKuӿ<5_HF*qjUWp<a)߀ޥ1a8Ì1icBIE.p'ƻ5=/_@'_`o~F
Ww!:!4G1lC<J"&
x
5ConX$G]K5Vz&݆EѤޏ+z!?_=AHJ6C2!\*If#bX>yÃG
Y+`}HWZEEh}<&	̆Ȱwv`OfĬVI$(Y(_u*&{GuֺWӭ5!wu0Ox1Mp"ZoҧԽi v<kgI]yE@hs8^XZ׍Hc27^!Ry_A<obd=M}q'I}YAa]	7%Z3ATYrçɺkӰӺ,,K]B-jgA}|wJc
>DNiڑϐhx\Ac4&[~Y}gԈG\*7;&=L@ֹZvV"˝:\˃sy0I02J0.sP;w	MD$Uv_Ilq)ׁO'A3lj
hW3y
҃tvG٩ϋ9{N̒EpVĆ~gѴSfb|``a|]L6ͤJ0:V)?ݮNGG0U{^;ӌ	l3 Tn&sHхvēG>jJ֧;b.V))KYOD+ןcfI'P,;@i(|Q)ӂn[K"ŶM.xsOvfZ{-;'#Ġ-د\1#݄lψ[(WC:V(˴WbՑ(3^ܕb#ڤѲR
פ-7BL)Dddcګtmivq`aiƮ&ӿEU(P˕|H/
Ŀܒ2<r5,meC|gxESRYmZvʢUq#߼'j#Yk~3V}٭ex0/O[Za۝.x.GpVTyNj)-|3"Ak&Lʻ ]ڟs$غhm^/nj#NpЄJR&_^]2Q4]՞jdK Ynʅs/By=h17P~x5xke"˼S+RtgWzˇ6z9~Ԅ!aȍȍWȰ׷+Kޒ-ÄsF21/2ŏ`܃gբxĽ͍+1_rG]-(aQHd	v͕/?8Um֣vZhx"JOsII<-_ҜްqŨayk8λز,0~I-0iK_7T}ЭMcvvhͿܙZѾZ-UTW@1DA*λDqȒ[tlW߫(^uzl4JA'Ƈ.%`Hxմv=]E!*ŒAuVGˁsAfeA޼6)Ő? A§2ccKC}=n'ze)ruP;w7_g_ADʜw&طRr}׷4KM9c,&Qޑ_lJ>Ǐ97`i$$u83xSMgYZ,8ٷo޾[RͿ׽p%kQͱA(u¨;=S_ޏ?(-
)5¿&kwvCoIU"{\ŷ}7nl	
.Usq7L9%1<)*3</5H;bW%̋CqsB]Ѕ3FbjGViC(o+|ovX²=IQ9]Г@!cөeG48`߈$y>Sz82T.PH1O( =H}+L~e׉v"ms݇ӂ5G|$;<r[ּ1/AUZHk0JO.Z
c*ڔT<3ĬF
$P!#nV_woyݯ_Arլ7;*ԫy]o?pWPQH"M	Ӡ+vnHg>,@L,'H]EZ_ƶ!xvֵK)˕YN	N4,p[Z89ٳu4=F,H֗D[Vνǣ9VŢg{іҢ[e+o۲Agv͓C7L9u.<P27MN!>dznZJrNŵ8"WśP7LξyynDt}ϯwh;XL75Qֈb]nB]&
kFnAbVq
)[py*WcOYǢˠCҹnP pȶr;x1ގ%/ߧځf
AyZ0!re%J"g\cI&9Ցyr/{h'#ݼ}3@CqrjM0 8w:ՂRY}[
ق`5\olW&>+o&0DApu4ψ$H#3їKED_ץ%`G`:]zP:T2ǩ>۩F#?&wh)!A;do܉bFE\x_?TAzS<G85[3։usA7ҍTt*+iT~iGϧi=(#vKԡb	#e],mnkB|=xjEz۞^R:@G
s:9~ŵTe>#=[NvP5XTB'"Ef@xɰiv[Uˣ*.eL$?K/֣Yc9hjAgNi{UD =5b{.KV+Dҳ߀zR@?0K=z84J߲ƚ?zW)$sHmp.({^T+	tAeKfX:HY`%u]OtN;2aES$LZK=R>i/R
*ׇBզ.BÜ~uIDMOF-<IXڸ+֜hr/ל,ʇI/Q-֎	$%ߕ-G#%($
z,vwWTaA˹Ƀa"5d
kAezXfihƨb:ɼÇ?[3(jP۩]'D̂.҉RٍEfs4"QHpA&]Vҕ{5l({ܢ#O6X[HJRĔgRV۸tdɼ%6}&c^ٗT(FJ[ǋ9{8~+2mjX[2_:ɣOBM֞v̐Ub2KOUI/dTJӧ ظxrݜM%άd"t]ɻ#V5L~1ED/2"m uzhXƢ;$o^,ǳ*}`p#ZŬƵ
zTr@7zRO	0><bQ#d	e5X`ʰtآ.}>ܙSHq&}PiC;f"Sȋ0K7Xh3H!
T+=H̖ʱIV/֐ԏr
1Q\`ȥ΢Hk\eĆ4
%t]C=`u:ì@1uP?эQ1|ZXC(԰F'd&vp'#.UB\0m!63p/-(?Jb0#uؑZLh'j{G[gX'"FX4 l2^KxFL}AϹ2K*~ΰvN([ߩΩp))gۋ@UuIl65CG3)4"ܬ*G
8v#åKʺr+Ϫ[P1Eml-5zK?u
N,?GA<yɞ
6QkQBfSdWCƴ,&L˳A#PoyT_ۆ(­AQ9ՋqMQvs݋	sΙ1*w|bL	GVrTyyk+oSV`Ph#C~lvݐ
ԕvá{Owjvʽ!Άay"MƫETu};WnINS2)ȋLٸHBQȭkBYɽìE	BQn(׋>T?Bϣ=YA"%~J4'͊RVkU33vϞ њʬݏg
O>_+@,_Wm	_'*	jIZՍp*8z"@óLw(nY}esFKTnAӚ/E0'w8C~k;N[ABȌHWenjtm?3dco88gۀ(|Ғ3Rc$9ͳ?0ah{awvps0^̛.8`gLz` O}Rց&T$+L	Q`]ǟ,fmXI1X3s[!^Q<Ǽ\,iOEC(C\O-&l2ռEZ-t=e|pB"%ܕ].XX-I;^\k.xw[fr3Mf6'+ngdiw%'0\iTbCl)x9ʊ҈sxЁZ]e&1]^OGNx'U%.}*Eq F	jN$Q!q= JW|[2ʛx5]^._k$trmަ4 *n`؆NG<w|	)nn˺
ͭKڬpqܚGד5J3ؓ,ʍ0:/p>i>C$UHj؎4\ZDZq[G~n&tR{"JdvCw0l1;lGҼts/PN@~uUB>~+)ܷ¡ȯ7޼HWe%6,Btq
K$sC4=`**?w_HBP4@&i1VYs|"5oG^&ߺ8Scԧn#exC$ÍX9Ŷ]4v!+H@pb<v@(4LmɟL{}=ޠ-IntW_`}W]լގM,/vˎ[F9DHtCYu̶=ф"wvùT/Ŏ<1r%7d*1~־FfgO7lxCu+gil-&#Hc$sTgrNq^9̠֚c"A'w=6.V$JwX]k2ɟbhOYj	854h2<Jr[J)8ߗIʙȿ˜ѓn2IO5{ح9>-p dc4%`/h]Z,;# ysh
fUPz6t;Nd^Fūmˮ]ˬMvPR46KԛÏe^0;Gϛf%.?e i<f06u/ƅbdbҍEWEMgVmͿmHcק=:"vF0yy@/3<O$I[zIDc7w0_lt5Gǝ cƈи,߷-!hc.rOltXg˕w\`)z_d;_+4*%wr#80Q)FX`}mLNHes^tޜͶm/+[}p~dظΌx'..t$da7ESƱ8EhM'lMQx<#/vYWeuؼIY	6eӢ{}ov)qRa٣?nrάCK<Ț^|-q!Nxq-RP
"*SiZ\ `ɸE̯\S\h}ZnAu`X#'Rj,Ýk)'y3Ӳ!|V7uTrBΤϢ޽{wO=*C/.Pk5č>6ΝEJ[e'PG#ƣ(4J$=/ܻFv^%ש2f,RS<ee-ʹH9z^up od$:k!ܰQ;z>Z+'E/pe8&syqbАb?14kO&_RƨBk[4ZviS<]	U,ZWVhrA2-#P#T}FΚ.aZX5$FhAWG qڗ&}E&(fԒ~B}a<yكxg(Ab8 Vpyf@.ۋxj}	6"6!NǴ(6F~)8ZJ+nbNf>֢ת7|EGbG$.vRX<DX:(Bn/ÿ4ДIHA6z	!H4Dw	!H9^mC.ןiC״8Ffܪ|ie[RWp'/
R W$sKJMte}"¼BSRԞk*b-saQSksv\Vim[_Qa'!5'o}~ب|<)?٫ǘ,ɼyr	HmQ_u61eHh(~U]gCI 7TP?4<K}PW.~cOOM?_N?>;xB\Y6E)#Th7(ܔjzm.ω|6}2wptר޴ʍFY΍w"+TcPkX!؞H8݈I (1*^bűH	2PQsq4٫æPEud$&S-/Ҽhpɭ(/%RgYIsU@Lm?ARuk8֫7fWϳ,b.PZmfҹ)Qs&0ct}Fo!PbIFhj}܍"/lE	eWe1@O9A=grUްfRM)\>Hp3\EY/ƀ]@bj<04Ģu_MTl=9ŁF+uiOCٵ^fǿȯڏoeʢR'Nn.êXϓ!fOn2Ӧͯ8`6kLJ6ד
x+/.ngǉعW9>x/_ Ӿٞe>xc7/-Wޝr\k(YO¢gS_g*\Sq1D^@ͷŶAhf2uKJ=t%(*G7Y`r	L(l@oˢ:?t%OeT(C%Jc>2si8K2$G{ЁY~YގϋɅb,(P$GeiU+3
K5GGjy߃-βVLr`obH.;hs^-z`u8AҙpeC|oF=,E4-4܅J6$-ZF?L	LNWGVx0*+"{%}#\+6d9ҬL]xNSqIthҰmlن|?H73M@>k4V3{ϹǷt.֛Adηj؎VD{'
2ЉOtOl@٢dِ/p&˙,nu̴\"$ܘ\РaTDoa6)pbӽن0{J,wۭzjL.2E-NPƄ'9SaxȚd'^B3:Ûh	X	lH1ДnFOs!NE_*Pu}Ĵs|]9\ΆILJQGiB?։
U
p݃\Z$CpЊ5{1S^yd7#XL%`!m=uqE9R=vɴ:X6c;GQbOv>}v2um*٘ϑ:ؔq~mq5I{*~~beX#x%Á!ٻf9zɖoqhI=e{֊wϩQ,G(,ը>'ݘX]|0:{l]%J AMP1@`$yji?o_vewjVfJ&p:֔ɥ?n_ݚPGDe|WR`cЖY-\hJj_!n׌i*˯ɻAGYh~+?~8WP2mєQYu)OWUOŒUjjk*4id%J<BKЛX{Ĭ+8*K;0iwYte<ǓMXMEʥM}ΐ%i9:թYGjgPMц-MߑKxEBGٍ|5GӨ$̡7£@ox;	Cl1¾mѪ23JI
Ao2"f˙-hʷLbyS: jˆ{rԵw>Ihw#&jGEd;q?IS]mQCÜhƅUQѬn?!W%#VݙQX6&O5'n5133kȇd}s<w|	-2v-XqgLiOm`B&#ZWD+j5j*4);Պ98̞kM~Tf&)Q*Ib:%wHkЄ6g^݄?&3W@MF4rR*%cNuۍ`H٘ϐW	<VZ:bjq:_KȮof6.Xi
g;^оe&56k<&'i6=.v4?HeXC(U!7"l4ŏm̈zĐCt zu8fE%r*fCg(Dӗ,B{ހ:ӧ
~Q)%[0RƗĤC|hv&LZz#0 ΔneoLӦDP.ߋ\("9B:̄4L-zWԁfnXPO.5,(GUpA=Yg{"W̗_e~tH`PAզPmKWErifցJsf<ZN`sDB$iNFg}tKZYFz-rM
+:~fMзmkՅ@EX4a_)-IݢFԱpN3zY~Vn'eҀ@uމiGUj[VRb_qɑņ~cvce/GQO1%Ċ,_ׯOE6441oNtl7&s߇
gޢ:>a_X~Ӎ̏}Ε[p0Jp)>$KwQ3҇y$8n02xqPp_fo٠ςGib.D&8B]׀LŀA-sM.Joyާݞ| 38O,@D\TK7BgϞTWФ^>rh|]7Utؓ;Jƫtu.;V'ECĲ%48Kd"qڜX"<G:(TJ{<u#P4:%ߗB	Oirf#;;*b:4o$\
M@&vqCSc'QEiۥۉ]Py;9My$.cBMsV&&ڿTf`|qU-ƲӤ7|CHsF1p]}en:39ѥ(^E#Am#;Ul0Q?ǷXc1#Ď+#ʣ߇eO.N˩G-NHב%lok+j<X(~9}(IOBޯ^QGPo4gn=.Ӻ݉7dŖV"jx{$&|cJ}$\p+1r3% oہΎC!rϸ<9)Qĺ]:-=8P{χd;n˵lCfU2J-j']K.Ti:mo7ʤ;Jeˉ·yOLzӸ	yP]|aFgo9,.+373 īA(0ڎ(~)	v{`ٰTRIQ3]z)8acB9-pb!]
?,>̫[ʤl<z$[Ӎ>`9/"cÞ&2M(T1טUt[Ս?^ )F!=@z̮QuM.Аt؀pyHYO#y}Z!
d|q2j
w+$%2iR 8=EB~oE
Y?q3:(a1TɦJ7ݿqFd[BPZQ(nA!ݹ>mcؑeK1J2ŮU!:y7Zu%5FݑsLJǁ~T^9/ʆoJ4 i?x?KD\aYnHqwuߵߪߔ<~iSؓh%!ؽ0|NB[[m6FƕhBhΡK])}eJ=nٍԄ>DضΛ˻1wfyۍڑet_mD@.&V0zB.v&<QFLxbrmԩ2SX'`S1}[W̐bUE.Ipgqد"P]pW`[r/Gsrԋe͹+2ٔeTqiHҊ0N&F ŲFwѤ9)ywl}59-fN!ؚˬ~.qs?D&JzAkvQpggq&0dS5`H{خDnу0۠-jCɂq9}|@þPGl4d.pغ50H~`ǔ6ը4-׵&SWChqnv<ϿJ5lH5j0a5`s8Klkufaʦ
rb
fǌ؇b\οRxƁ\(8Y+"ѶA_ƅ1޳XzYlҟȳU_BQ	0QigZі3 m9A6U<z3iq#Kěe&/-9?NZ˨M׺ý>ŮXC0G2̘;D#p1]Cko#5ňӰ4z0GYS,ԅd|V]nwK]O;vO+$D~v,ڥSDWQ^ۀw'ª-VO;N0MC'#(9Ik֏1g.`Aq]2o|HyZ[I`P[M΀;l<ŷHوy8n;$.}^U_a-
[yy>M
lQ^[he`E܋NЎ<ؠNa9TkЃz9b69ƘsyJ[+S*s#ލ(3RSݻ
`y)W:b1S"Nq(S9->Ow0ҖdLю6:FAbk"V<s0T9qNQ3!
Nz&׃3یb#7:ڈ*]1:ܹL/>Iz͡-kҐk[&RX\4<Ikļ1kReˌۼzC.l;GNƸKU32_\0k=ַU{DV)X='pH7o$ޮJˀ2}U:vaX>`Eףv9Dh"{A.r4a,!lwx_RӀd~|ܥ#t0P+CpqS?"PCb5z(ǻR4{h~KȼܱXI5Qې\߭}o̝g]^E]Y**_T&hqT|j+=\1W~zdߖO\f"C:J[j_׼NnysDu OIbڗH,4 "mԞ/|+oՉlA&e5͵7ĢM˩w6׈qtd0N^ _E}7DLCtUs~C6	.8im5ݏـK	w*wsZ߳q2*#(ӺȉƈvyWB0|h({pwo͠Ϲ͢saI`:&`#PneDR ,=Gٖڬ1xÐʠ4/qY}A9 ͛-g<Ks7S n>8$Xћo+ب
1?1 Qv`O/єPت˕qF$?PFFߔiɢy$	_"Ěw=?s#ƢMBOIxǩ`jF IU|ky'N/!J̂]mKc282yɺ)٣x&t"&HitB>`{#6$r:XYw)C3؃A7W|H{<'TJ3h8f
b#|	|iA]vogZ5jïiNJ1	*9hXÛh?cnȭ6RxZ˅OZ.OVssv/%vd^	.LgQF^pli@9ȧ?g}zF7kUmìROh{Îا%ZR1ҩQ_ EŐ[a5~9D&a>k{0ӭ΃g~JbjAYK?|9?L=Ӝzf7H)6O04`c{>T3Y996գMs͆Ι_@F+,Շ%_̶|Y9SB'(%tߤJ^L@yMbŖx&46RX'g_CR]Ԭ<iJyk5GTסU-_ֵzq~]{'QQ4wm+'ݠp!Ni$[@#C7ݡܦ;ۈPZFnxg_kإ`b|[sZL6֯N\68>Ân`#/ёxw2H@ǦggC-ЌZ
MYQ"H,Eϗ*XՐ8~v6
GOف.QeI!%9[C=ӗc ߂*+Օ<	E	Gag/r*dF{2ћXȅ[3fxrGL}ԁ)n˗ig?lNDlKS;ø48"k[fڼYݹQHDyQ%$Th%NW%ΟmɞǮnDYd8*=zu$a{z4>WW
y\|!~t2פlyâȮD]lw,q/jg*=
pxZuL&$)t\#p'q!Ankz֗vU`"KC@[;>|~|ޭ@M׾I6odIA.ʫI$̦~Ǡ,1O&G<[]LyADlÎ֚c\ ٬DJ3T-EQhsVXͼѥrB\8,Kkԝu>FٕtV(HjҥO+Z$;μHҘQOZ|νNЭ
Ϗ:1y>KUi0sMU`P>˭k\lIq)mve=fJ#[C/dαzOξۻvjk1n~zj#uXfSvg*_+kȶ
cEĞmPoZ@;FћۖDUxAT~ 
D;/B%h/ԓ+`Өs3kl!I	ޫwD`8xJcVx-Te3ZCݬN!_ҝڄu9,kL/T0J@O:^aAXԺ֣x+Ҭc}wW̓rCtbGPڣ=iթvixлحwΩm@܏IT?3Np5'hQ&Qp(Րiz\y69O0
˫?q=ҾؿGPЩ@CG\"siw8 >]C	mFeѢֻSԫPV"x6sҫdWAØ`<U&bƼTii)xC@l!yIf/uzA0͸()ړ۱E,-k<8`!FnDw=Ɇ֍B&:ޤvc҅xRsOt!NfH[ɑqt?o@NkO3șr6HtA/>A,s=UZq>M\-*UqyβJ;7u^?0):5$Ի1ȯ.PVٓʙ}.?e#-	2q|$uyJnddĿ,~0sްF*0ՙ)`=>ȫtT;	˸k	#h3tێyPao_ƩHI{`f:g=2.včɛEbq;Nx:%
֣k[:'#yϧg1ͅ7=Z_jV!q߯3ZWK:Z|0n|cϜN&o40˄[jG2H7;xMqfb3nR_-xǉ\K	m6W*zd;uŀXP
*YԪ#3+m0߀2lr0yWF|?s~v`܁qǓl3dٕ31%g4(;d>{|'pFfZ700\ԩ	-=i+L~_\c;¦7sh_t,;Ȅ*W:k}Y	Cfd<P+{cN
Wp$ekB/)qe˳N_rD	\yłǨu`P:~bϱ0-O^4nɣ*ڲсՍ?cTN~F$3ǻnΌWv;)e
|9>6
}6ҵrH%[%q58Qv*vWc!JCŧ:VSV~[[O!`ݰaڟvߔѹΟT[)vv\{&uJ"%J3ݼNYcʙ:rslo`ߧ&Ԉ[S\%s;uR$6ajv&sgOoLyާz%w=$CUw{dψ{>XJ^8B9e$׋θoiOZ87H+JRǝc[Z1rӑ%p'݇`tE{´;ѦaUǙߪ_|etaQFKBA)LZ3j҇aIYؠP%YGNAe-]ZK2-CpD`4~3LCf|ԩ˪Mu˅׌7	krJlB^BF&$µP]eǶ]S"	y] R1OϕcۓrԀ9#ARĀQBz@ϲĺ+d͌-ê.[ܥ~űWZNkjRb>h!*ix}ĥKw~%@D%5O1Ϙܥ*Bh5q hު)jg#0E^rhuܱiBʱ%zf|DUwF֞Vje}1Ef߂|d[:fFv~ٯI8X&?se
Aco/PSK\\&>6G#3]Э7w0wvEɛ]W\ڛLNʎ$VQ5мbIy@1eD&]I6e|teTTm]0z	TJY!7}y]u#(zj+vF.NxcLq@A
=Yr^ԟ+2_i3;!:͆5Q3p7lIVr4Č#H	ܳ_Ѓ*sIfv&Y*h7] lsNO
vE{_sʀZfK|?{,&=jKEXd^uyI=[]O[-&Ni=_:pEfΉ̏5mH1Qe^h8ܸ7ľ@y@qӵRs\R6u\)eF=)lv.5)'mO*l[_/I)|pBLp؛߽ՖJ35|\#Пرٓ<0.3mޡ޶GyA(Q+"Y}\$<Д>Ie@kH8n^(s
H._rvH_IbUI*@Dqϻa[Ȅpϩ*:zPt|Þh,0<I]_6x8^;hR!؞Pv_ӸnV'/ǚ&&Jm7-Ո'ޅNmώ\,OGnYryvt؍>xJ!a`uB.iYݓ\ڦm&ىZLK=j	XO`Pd80t7+'Ŭ,-felX̃ŉt:שϓiɷK_=ΐ f{,BYp\t!ʙXԭ߭,af"ܺn
=kzH*<.аEKXe[@O4JY\5ǒk6CjFsr&g5g/z;i˞`}%X+Ϧ[F
8wԶrj`C]`'͠6!D1;nĩYmL9wߚNc\\8IFm6K6A;F@Mp4JJk}jz,s+ߤ.,iwyј}?~\ki{hJB0q'h 
*twRzm2F|mq~ы)Zh7מjL[gXYtHٔ#p|[*zZHgTDϚbF (HG5lKO4*W/|թ,1cU:"@bXquh0Ĺ#8bCl\Hy@UtV:>G4XsbQإqƂP[[_]Ao܅rVÕBCFb7#7K1	<.fyT؀_UФ,v~_F|ԧ>w1OwdoJ?f#0fȐvqX5Ic~ F(!цse1Ӳa#pGB1Nrϵ{ܒoIe~-+@{?Ɇ'|\MεQ`.d  NjP̦EP3F!NRnϷzr6a.iU*2A?<
 If2M|uQAmVF]hs4xqV`K'd.̘Z8ѐbŝw(F&Dn;vӠ$5=Og4^\ıt0pԀ55ǦR<x'0Fʆ#6)8̱\ Ui>\&S4pRo`R.	SMB*[ncrb<m2H$lǄOܠL6W[OO"[_,hȹr/Ë֬9=6ƻ^y(^N28\^-cwɉ9.!'I~'Zz	*x҅

Xޡi@!V9I7(V}PXoԮJڐuے	3~$٘ܡЦe$fU0Yrz&}1ͮ6I}ˈ+XT*ؿE[Ü\q,#HG`̊wI`Fz,J&Yr;UH:X:+Y{Z[ʥXuQh1ɤu+ۀC'93ǩEKӜ 
U&kדO`uTuܬxJ9T	apìA+v.PTځl9`<Tj	joDܡ@{XjǊ*ǋuصċSN.CcEXœkOi) ޭ$CC/[Si|QIL ?C|ULk#xvl3qD<½V
{{r@CD&51'wU"rG)ipǬR$fО8ow{Ig_ˍ=)0v@t/L˺Qا#tu!yX&a"ϼ[$]Ad}BEݢJ%:N{Q(&4:Ԯ(0>hINOdK GT+<;&#x!Rʨ,4~8f~cmb>d(5-f\:f҄*fga	cUSn+wf^Ab;&d46nthNsJ;x9b]Gl,JyY}S	OyOJZ7
͎g_,ޟY~v ?uu	Ǥe73UFWDG@Z,'>k~3҇a9|^ݝK'M2yTX`kLF_	^1~UW<N+]
&4UoFd.Qo1SPgť2KO5HƇ>]M}BZR@qĉlfhl"N>'Q~9˴ּķLͲ3+L@һu#?bÆ}#<6ì)~WՕk^ٺ;PLy֜zg77%K[C<%;xkޢٯt1:ڡ޺KM#`mqa
!WWN"iV~ա}ŗcw0`?ˢY@Ѥ$Uޝ_/zږ=iLW\e+Km5u+R4XZgA?=F^1U@߫ǳ}$?`f}1ı{&yq;I!	-ݠ{	aT~2x)yt{!-ԋf^"<P>KG{35&qme-kK[42mʛ/oơropRmB]՛˶ krq8[bNqñU3GF'\|ׅZҿ	+}uum9XhQp=Nܑfv,Kagg]9
PGdyr/m)üwɱR7iNU_1}%~ߏHHW#ױx-ѷN@-yUŗ	LƏ'Yn˘\|z>GJu9BYʎatmƗUs}S+y%O[]߶O_g[:UDХܪW;tĄN/fɸ[?4mʱV<skY$NWׅJl5CgѓIoxjS8cɰ<*+{^o-ĝĨhqGgDD>Ixϓv1ԆHuޥ|FsʜMc6r][IƯN,IXv5fy1n̅0pkӆ5fP[9Es%¸X&.bC~͘s!:"H>8h<:لz;ɪ1&U[?.cѩzqIS߇Vn;zA؉I-p 3Vp܉d\}y7ǖ!<)]\yICv	ruBS{A~ԗKjMֺNݥCs2"M3,&cR!{J~YNХnP.,ѕmɽ7g\{ºYC0p+ztLU(:)_)<қks		EOe=NBރ"YigZbqV)ΨaցJˏyLl(#ߜ^ӝ+;VHb|bovWyރȿƕ?J#oHn/Pڷ5&0Ɛԗ/slzdv({a6sqpZo׶q]vl=C4nlq
G/pkC)L֨p2OdɒHcz;Qj; jgá}&zaɈ4z20|<܈V"G&Ș!w6S5ŘY֑yP&#q^7]W#A4qTj-P%W-aZìpTU>ذVw&׻9<o>StRg{5jXn3 )_q؎̍t{BLzL98GMWpt`2æƗfڙm08G%	R%CJǞIDOzYZp2>Z)$	gb[jƣme>$XGW~ա-ɰ-XJjw23#j،(ɓ^BܘMz `GL
8ղ+9U$֢HdFt`]Q7e]o;#>KOqmoJڃKU>\.	M5dH(\؆dنs#!°c8@r&T]aEv|[LA}g{þGXn%=e/(+P˰WuG>)i%ɀg&.g,u
8LGJ})-Fj^Ð'&zu*j>_vxY܂.p(oL8Q!x%]D>9Bs͒1WAkΙ$ղ;oq|e8lJs3Oڀحyyw.XAaHϬVK1̤,ETXDo͙ͫ_:K aƽgr܈e~ԵWl^RCN=lr~<ݓ@ݱ@,>"	%mS߇-LںH-sJ6
"BncW28> (bŞ5IܺWYU3қΙrS$GOϵHrBˋnnLVJڸpu"AEILJra|PSuo$qd-vNӊ$p=DP؄;B`x2W)%V\s	-SEUVFL)]A?͙*E9J+Q!3nFmtLh \LȪ%#_	vqߠ#<HzkwSfF2drYMk[lYG1Jzڙ@Ǆ87*F"Z2!};Vؓ#?rk`z@ˠC0
Sߖhg\vp_Sl,ݎifGWRO^*iAIwh]c>#Wl8(.cA~Uy@AǝM|rG\;B
%SXvD-bг)٨<.ff$ə
;wua3T׺,HWiJVN	=J&
ý8  g'ێɟBfؒw~t(ŌeЈ/>`";4Ӣ1AXۖe[@W:o\1'xdn0U&|?ϸkRt+/&58ʞO:ώ {3]՘3TМ`4Z0M"3!_BXJyr5FK6z<GEђ5<%Au*6fȝs?smʭ1<՚	Ww	[	ScvEsסmDvWlߞ6,PwzKa]JLV74\o)	ͺh~O*S=A({Óf?>e6#eʍ,yoҾNxPn.H
:l~;p,T6ĐKEDlʭNZҕjYe{ڤ>ޠ'D.AáuFӛmXXW5zE-?5@xXuG N~O:)<k9I| ZdL҆]<jN>D[=zmU5opqv],IƄ9>*Pʊ\~;gjn)'Ōp;Jsyԣ)z%zbuc%;,)͉йw&!6UxE+%NzJC%%@ӓs9Ht|%vGQU0/k%,QϜEMJeW<fϫKP9ČGd\5yxKZR5-	uyݶ.ׇ]0VL³Swn2:U|NTf )*$s:{huQΪ"}Lv!.23]1n	|@W>Jrx˙po`N;Gg[+֨8PS?)m9κ xA"	l7ss>_ex`=$g.xͫxYbxqЈÎP.Pnٰ0^iS
dK
Č4g]njOzi%`#K^6ʨ@Ϙ{O34-вn]ykK01:n.4)64AA
fM6˛exʽ)phMJ0d`ׯ7~HfoE&WrF5SipI:R=d[cOIP.]7/Zq);W4wk X$
=t9	UfCWVțSP9;jП.ךx:EαʍMֵZ|Z~#Yx=6̐|nCo5ʳҼ]T!~ʥM*c$Fu%|NHAѵ/KOl~\"YכE|utǞO;X;97~߲Q_*+Xu	+[\e7LS>>sV3/KVrS\z$_1݄;r3@8w[ɉ>7WCn
ˣ,PR_(|
/
O8r[?<=+]9dYeĮОؓ	DJ$3M#UG{;k͛C̏-aP*xԭ1Y!<M,aW]1A![G:\Us&:;^^uGU fHurQlom~ߩ1EZd5lqZkޜ]!:̓סdʑɳt)<ٵҷݣ~'.!ptҷ$C6̳* Ìsb+mVOi'*xx=A"8"q{ѓGc-Dc1?PXWOs|5'po4MqE+bp{xn-m;R@i8}LۂȘp65GqYq,ߨ
ON~1W>	[`^C#)8VD-x4=ɓRe.`jb}xhQ]y7\iۻ
Ĺdz\>%nqMҞSHu$f	+sզ1&3"̡̿p]!߂@#.@hh:h/ןMMىy_@x1׺U}14ɥmsbjd8tIEҊnBsr{
؞^$Dϫ.dPQ\^lkH]_׉¡&ԡi''o5+4X)Q6/4e_pUE<tݛ^}\l#݋L?ӂ~ӟW#݉g|".5*-	YϽ5 Wn1z}hL|ۥ*s7Ur޶NYLXO[A!9IpHr#AҍǖnjĄ`K12jvM{cpt7vnN^d?l5̚o7 }^ث-T7Tq[[Wߨ:'(?!A*	8i|$fOӌ}$isHHzvz>@\&3>jyRͯ^5j@pу)sO*&$uߘdEɻʦ~:Elv}@
IK0IPlel?͵2hʀsn;a!ײqߍGS1tQGM1>$$j;˶6YO#d1aY^ȕ
PlQ+ֶ4a_{[fʄ}}oe>:ZcWo\ǤGߴ	63}K#n,KeȧuCL\ǲ\p߬ypݽՕ߰/pR!}ڊ2WܠfL,}C.W6IѼIP}ɜ2 }rԷ{3ظXӔjܑ8f¹uZLN~U?=`BjIDbe'8G=U-ڎK.8,b.y?p^hWbǪ+K@n:/@ʄ;ro\!IsexMmI.'LCFɖH87:fK-GD/Ųz<]T`<qútp	VfUCT Z
=a*>5U4Q?ck,6ˮۂ/4{cx?ݤ6tCyZߣPѣ-~!e~fbh4eԖxw\i|TKQgg=:a3=3yăN+ĕp|ICΪǮlJI ЎmƸ-ހdҺ_O<۸͕(ݠgG2/i\֥̜*fL͆B:w_vΞ)>y^ԾH])dWc~'h\Pk. D_*U(|\7!iD@NګH+L`ϩ&aLok1-J@]xK_~WZ54̃yO߆PK	՛8wkgvE&EjpusǹF:^s/Eb׬qL"Ҭ/lȝ٥eϷe\gj)ۧ+)+,W=хh/فv[e7^3RƶedE.)UAog?Q~]<GHOZ>#ЉJ_4L
j.GZtC3ʆQ)82ьǗɌo*k$*:Ծf {{qD0A1>i5fP%T@!X|R5f<[PrX1Ţۻm{="yPWy()!
]K
!_V?va17:ƌΟ|5jp\C!aojٳ{@WUks,wP}6RKJ/R!lۿD"[z(8T;Mkں:V\90\b$ivfg(U	ѺHɤ2pZ3wX-tmxKaJ[n#iw"%7T{bc=eWbEڏԍ'
r^4KzMEƣņCТhXS;&$ǲϻrqgΰ<IoJ
̀^Lb5DKM@RSۆ2Ppd&>
iB5Pb1wTn^8
;:Y"HwECvJ	ĩРZ|ON\V ̹<*׌a8Bsm~Pؐ@Was#o"B|3: l۰Tk6#z/^ ~k1ǈNV1N.ϖbl}4`SL&Ii-W#L/dlֳkM!Gt\2Cv7+IK=Ia=]=.,)l&E1Ռ':v_-O&6QRdpރ-ȿxup&N[sTk!ihlǘY@gnZ
q}dGv@$ZC9	4h	^tBZ~I=
Lt9*@xNӋū0+T}8V186!2I>>#m\+1_L`^C\&,Iz^sQ+)M)-0Q¬tx٢קHƝR@r_)G#4s^e,޵W/,Z#cGԀr}nK%i;*x7ow{ɅH֤Y. ?3Wz(;0,Ny+$+d-]x>GNv:}u?$N
W}|A/cTƲt5-Kҁ>$qi'AT)k[(l>j6mN^;G>W'cA ?::vKTaڅǛ
	8*h؉0E8	8JպKsd̸6ͫ3)4<a~D+/-	G!e>Vabɣ6hғ.nmC'YlVfe'flu}!؊i+}({yYlzwZ%nC'ѲaI&Yg}/$=
2(.^ٞrTx*ޝ6ʏd7-:ʴWέ;#:g"\lvntsZV6βXsTbRE#6QEĻa ~(bGЗi95$'x*ç~V*^8ȟUn}6­;?t"1֪qRDn	k9ی2Mڽv2r6OY(Lk"=[gm-x0}ׂ7MM.Lڶ\ByWb<CҚ8(f@؎J{l%DbzօֶX6(Zn'Q3#:e xɰMցAs'xO!3'!ۏ}+sF4\I~йF>J]jC\̱)Uق-4ߡC8uM#ϠoaV8&:=W6Rى!{kN>'NΟ>*HK*ٙ8SbL?pa((:$+Q:/aAؕ*iƄ_}XkޞHP=2}>GKNz8pCs j*	0e`m y0ڪ͈5@_Vy*2ۀGuN\z;+qùRXT2wkãw*^@ ˎ7~դQÄ4݅iL	+׵<xq6rsEqkȱT
D`]^7Әz`)~z=0p;ggMu#iu}F1\MT>m֦$m=7Nd[ht̍Jh~BȢvܟBϭaj>Ђ۳B]J{\$W>6k~[Jޒҵ#p&U]MޤںnKlVuؖ/l~`i
̒xlP3 `|ݤRGԬ(NV?5|y̷B?ڐ~3]]	b|w2shHڭϨp*ۑ9wZ(e<=-aQ<qz!=X
Db4xOmxZ+6DHa͠y<...}.(<:49Ů=xR(2[ wt0HsGӞ6FAC0&ra5"@m8s_|Ϣk:'=(53T)#x*4)η˭!dLyZz9ʓ_˺Eq$x;^jDevȉQLv`+zlS>׫
^n9?RhÔiViFD`>[SʻeقYLϔY_|Edǟ:ĿS1/e'ZK/͉rit(CxW2 sis4F	,-۝ȷjG3N6FFb)(P܈}e^%_ЏyCdODTaڳ6tzۋLc`ʝas*mp^P%4+/Ÿ/
Cz9w͏5aT=ofPӷi:s\][[4YU[@ihh|auaLJssکqGb}TI PZ2ԡiBݲΐ^ÙT=ur2{t\ۭo,j&ٔSN]rfaF5|ŚH?+YK+ѓѧ Cju7[QO*N{]/JcDoZ3H2wD;s76h|uqpaXn>ڥ*s|'Av hǿzܞBD٨>[yxT+E*$۸U;#^XB"O_f]̷m,Mcp,X`	4t@Uq2]1[$ҏ#!ѥ>;̥?:e;|iw>Ь@xc/bŋ];'t6{(U5<4JL%[M̒@ΦPIՈNoVkn;wOdȚnrƼlLM$^$(vٯ'#<мPBWR&˦<J$Aѥ٨Glht5c.@~ƈWř]թY9Y8W~c~D(}a~oN'n[85k?)V#mjL!eϖt31GKo3N|@Ǳ1JTѼg=vD_*õ6;֖X>΂BҦ{7F́r4lwPzEҀ8_pɮ
soNk\RR9x
VͲ;<"R$IԄ  #͵l 
.;`bAbʲ5@h]t̥nCnAo_ˡ<VųئDRN>N!nW%Hߣ~
].7v8lعQۏE?eӛ=a'P'cK?5>Ѣ2OhɐQ`2UtSvɇ׾´ ':Qz܍ȿ<	Ƀ4$-1LCgҍ'ƓaTo)La<ڛakT-ԀYȘ+RQ!ؠ̇Wq	UL-m.w(b:/p`t.YŸ	l˔aJYՓʏ.DEغ{l7xZJzw`3pA
g5_/w}ɷcUNlV͌ʝۧ+1TW2Q$ʄNp^J+N5!ڦ¦-69@f6'Bfxٝ@ќpOB,9v&0w@l*-91ޖ)y>;~#oz(D6ˑlB]oǭeSuBma> ,]ӁՆ`_ġAr7)Vim'8nAGgϼΣ\ۛB@t@F;Ԓs/'ҍZ|W8f)r;yCAx:hކvd+DF1kSc͟:.='ya<8w>8>)q͟p\ػ?ó~VgW#4g@-Ʌ@ssK<=f2z1-"|!eߛf~X>jX&˞][|JxeLmQmޯvpؐWIثϥcnCLkmjM(k֢G4^rBca8ClOZr[CkZ#"?AYZYmZA4׷:(hF`n(i}ń,DWdaqfF%})	Q\2tpbdpC7z,9GڣJD"/̛::&b#zte$=ײO6wG#6vl'_:Tչ1K7kMTT';g=EZtžF۶(v.K*-$ [:47A]E:N&l$L`YI=ު"Vo
!(Tga6"5mpǃYʯkW)P6	QqL"UI+pnʏI.aJ>BjxqPqĉ,!R|<L"Q1nhDCEhó[pތ?>?v@}l!'?{׽Z؋/jO`(O-C֋ Uν4ҩCoj{˼+JE
#p˫t>UD^fe`ļܺeiFdC!#Tp5tTz;&*2xue/mȏ>0vJmR%WثpZ5KEm˔$ Yr[!wrg' QУ)jIxú2%C6G7lz1znJ<%EX&o߃{c~a%Xfc1<Rp~ƛ9(jY]^m.7cƳ"QI3an}Q@ZW
ܵªZ"OBn+
uycʼ~9G`l7i*TY\5jK90Y(&fdϚ̘:r>'R_pϘ=5>uN#v;RbK^JD~$Mk׊+RzfWBҌۧvm6	}P@~L1}LHc9iƅ0ȟO-CxMJ<GID^ٸ?;P)F۹fLN(`.\֐}tL9Kf)KF~gגԅ.jMdtYPg74.[$@[Rufzxk~l%WM~(˚#X<]>zG`\Ə_x*>8<d}ߍCY,Rm}1/_4 L/Xqx)i#י'?Ƅ\ը%b"ۿhɞǁIچY;Sjgzm6aܸ"ВQ%Ĺ;TU4JR<`lR~3{r*FE@	mzqx{ˢ6L}vѰ}z) ~L5ŗzT>.׼1RрQ;!AE0ۀO{;EF+}߰"I=ƉAʻ>""2˝z+t8n*,OLLnި¦n`wA[W^"tȟl5|9`ȼKyKGy\W
bՂJ0,6όG?es[߷V'&dd7D#a>#a?өfF'nz/VIuH}2B?:oڣyWH#ONKCy#4?SU.%	$=va>u`1v$xǧRyeR!=uШp:ȐbYfFƜ_ȚFܛuA{Һ]C+p"гeH6{Y!T&҄,=ݺAFry؃+@qQPz0p1 S+7Cתc`~zM""ARbÏл4&nb^^|jB0ۗWÑ4.
ȉD#:f1mT^ƯDtݘ*0]7ϲ}.}AԀ]W{R9-ZAA_8.H{+ۊK
n޾g(H.rowYnO>$pO6ڳT=N2aMʦa[.-?FF-i@^2I%0Nר҂RBϡS{V[2`)zًs(x]קh3	oaѠ/D/1~-S@kn@];}́* )WxǙLbЭtۗԱ]L>GT&?2d[ř`e;fї'ǯµ0GڟWȟ|>MRDgw{+5<emH=&;g["\Z7Le~5ˊtv}ө6[~IrCЯ<*;tcʿyJ"/ǰSE'ѕ024dEѱ0c\=+KCVm@)`"InfMoyQV;X̺҈\O8D,ps!>fG	 ЭUA:]Jvs4&HvS	W=~%EApKw-2!Xѹ&*$lHH?@i	2yt۞DS)$,)J3d:]Z
\N?>(ڝdTNGjkUvpFtNKÝUU;Bbh$Z1hݴp8 ј]mHGj6o+NDICKb-rZ.TCX7B@L;zA vǋq^sŗ@{NG̭)Z\H.#Ӈ!׶+ϑ©xю_̠f$Xsxrv%(R7f׃]TQ,'rsN`ђX0ˢM;ɮMJYz%I7eh6q.cXˮK%Se-Kbu5jouɧP]ٖ10+W;V̫`݈,/uU;ƅ.49htyfuQbXĒ˟:(ȄvÍ1 r=4 =)~-q@WL4ӹMW."<ayP԰@G`\R[8"ihC5h9;]7
.dLha)=cv=a2xvnXߑ\A{a>ޖۄq|2H$Cpעq75 \%Å2b2DxHW)?.AlK_somqd٫v\R֐a,<"K|W(($
h#M"*iޠժ78bb8ϲlNY'>-ByÝt 9׌ALKhTynV~"żmc$G
ë_D0*JzǞw~"(jg1K;GԦS''I(,ɋYJoaBBkP]+6<Blө"cG+
od:rSڬc	*hq[E-k*}}p`cȥŤkA9R3A	ʱA}h_nJ:E¥|*Ym}RVw]d4ҩu)XS:%=y{ʵ&zNsNo̓'#,h 9ԞlygShq/HKc'vp,fߵʥawVفLYp`I%"''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24417)))
