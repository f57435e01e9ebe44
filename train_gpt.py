import brotli
n=a=0;b=1
for c in r'''`_a\7c`<KgK~v_"?!(ӈ,Uٍsr7qXspճ,$VK[ARFP+{ݽQ08>͑jəs)S$MHgߨvMVB};wL +PF@GL	m<g t'
,Зbުָ}dZ'ĠKި{2%ݑɞ>$ՉvVp#Wnwm:TMҗەz
tTT.en@c';+?6m~n>Qq1x.%3 ɯ0'|8ڵTx)_۰i'x8Y<Uj4sf4ЍYsT2}@Sȼ$	eN>	/
0!"]9̳*b8$rȿOP,f/̳E*#PƓrJvg1Q#N:L řx?Gqq+Mߺv*_p<K]M#w&tl]F4\8qNT*A͆ʁx9Ș@?i؝zι%5,ϴz{րS#|*eh0Α&ɲT7Wu3.$Wx+IX0b{֎DSBsF(K!7~	vH'gFTӧ3cܿ8K>v,b[!.'"f$+IKҶu9&MJr&	Y*-P$6\gn!Ѕ՞`&K#˾p,8e#Kr4_Oal0;]0#*!!C_8ԕY0lQE;p$1Bc_l{YeA\@;kaM)+ڗeM*o{?:ʱͩ gG=B19eCb-U}`}ܐ#Wf2߷#?,Vd*T-Azx*ޗCdy" [veHQ5ѧC5/oQNeG!VKv{Z9+6l'NcsekLV۰ݐѓi$ʷN2C$%SH,оPvlL};VZP1.Gf~zܱ=&¥iգMA¥f7
`Ԅ@j<:<Z[~4jyܐԫ1XFͨlBŰ5t'ѦVWmNiuݐ/ZڣH̃@gЭĩ˙,ɀR;O#SGxbtяՉٛxYt"JH,ԉ*9ROCh\UolMWZѲw ͋rG7-"2
]9w,0+]Wz3ˎwЯ~	(@XS:Vp}6Ɛ|>cCl{Q^*Ͻ{GD(ǙuٻwmΐYr1M+n=rz]B^)M7nad.dTƍtވ1p6}"K\:b^L?qaF|ԟgd&YMȒkO!x;OdHK0sP
JDN=Yv6)F-ʭbeYkߨ&@tR/5kԝI$ԧYC<%%$#b05eOw~ڐi7U0&-l;	DOe8۩n2N<'*a|hbĐDbgM u#MT|:Zg!q Sλؖ+.`ʹ12BK*]rSq"ӽtX;/"%hmc?~ק7Hؽl$E,*םW?k&)P7\*>߫z]!rk*FMT?.8RvBy1x{T!v<Uj='%N5iaGtUzɦ҂aҦW*&ב.}*'>(]smՔ4)%|-tu[q^up4HPG2pP^Nát>|eRm>LіjoHKZFdpyZck
AlG>/ ޘL{Ⱥ&&	rOCVKUţObLoA%o@%%;hBHNvddP)ɑȫX9]x o|!;r\S=268@]	;Amd?9̶qcy)rhW[_UYNgǧܶ`D(/ɩCiVǤ'}ѫb.FB	Կ%qFid>WGȥĿ.JDBwAț7q[jfٲEq0i)Ro{ʛ%o'E\D5kww-R*GHMb&R0^ޫfܥ@v&*<}
!%i>bܓ	0	2A~(y6vw_v4s?zh!>sIAӜ3qB{ԛDH!i8WU2O|<vKu
*H*՚vaC%FT	^޺p`OǶ`5ZoICZVJэ5AgLւy͗+T$
sgavJ;ø2,dPmzd9\jƏV#Hdsf˼ˋ(sqH:|ÚU>;ihS:Ap3V7rKP.)R:΋ދ,*q4h2ع 	Lm"_vFH
*E$V;۠J;THKlHHSBC>c^nWv TgUwV zHDzQ{c&2	\yN_͂Ǜ҈j9;~qٻT2?Ly^պ7hyeì&i$uO3e`7yvv^ZrLaOOߎЙfƩJR`^L`<BiіU'ڙM=jBo]_LP35

q{H(c',{GNӐG(5׶25{{.I3ּBIbt6?:$8C9I3.EуZ<_βJggخ?ސzS*j܊Nmf>}H;Me~znF$D09/ՎOc"yՇd_)&Z.ϗ|Cu.nUm'rsRe!8	ſZ%Yzahw!
Z p<cvL޷4BЏlzܤ:9ҘqnϚJ7ÝoEJyÔ\i\mu\`]_B<A	>"HI,[ܦ9q{% ʎm(y%2f&R)l6xK BpSa=|iL+.m]ߡǚ(%ۍ(P`dEwIeʢuTgc	5{3tB*ԒX
βSjD-^c11]s'X/19L1?f,Z" 3H4"ʜ3d&f
ޖoH6μl!!M8{c:$XK{I".o3R݃\0	Xv$ѤCJ#˰o؇z|Ht!OvOՐސSrj4ۮïfB?BGBblRǏ*ЈF4)3bs~kc٘#۾Pl?p#v;KqC=š~ȭȡČxZSme]yA)DP.'nOHv#]fֲ!vnʃfioSUFXԌ(BBu[$7-r9S:	I0Ս۫qهgopL+2|@,Go7Yg\1!k//k6O>xֶYŶlș4(Y#jrqSԍ<oXYɚpOWvѝƘ|%]Z_J_u['>Jk0IUͤ{>^1d/!t&k[<?7R~
7t
0U݈`!4&$4;9]`z&DC'L	s%8D ; ZfsȆĠ;cO >8/"&D~¦K45dB]7vo4MN#|iM;|v5Yt"7Ï'~%[)[X%Sٍ1lz-Ӎqu+-4%H+#ZͦJ`$Lx\YrJWC9Djִ49 	=	GGaq԰`5c"{$FmZX]|T.]HDZvVucل|iƳY-^_90=to
C7wΉ:!ևޞcXRV.E{I.&¯ogBW@+"qx8,eݸS=tܷ8GޱR݊!c[b	"%!FQM	#('*ǽς0y'#)qjw,D2ɕfׯLXOe\(-*g\b߈9W_>ݦ?9؏{G4Ͼ{9܁JâKJX5.ߔ770 M*BwiV{8'fK7xf3 VY\ʅZUDMWe<NiVaαx	9JǠ/x;ÊǕvk6{ׯf<(ln=lCJvʮ	c@rh|ԈZj6TNkPP{!Bo5t-7qC!xPG@F @«~;KOG"dH!d]fc8'	.k{ub8ur
nb'!Z#;zf03AܟU}i`:q&رXv.Wô@f[[ȋt.)]hnqJנv?Ynˊ+A%IL(lxrؘ|w_0{+D)k<^l7{ÅEֱmVme=)6-R!PQ`P>,Y[*C/V\eB|ך؃&,{1"ܱuCn~SWMX6T:'#]o@:JpիѷDA֔4Yn; ";C:63vb[(M[P7@[%g{һ 5</(OVt8!8A<ZE@a?HMqŖus
ՊҢV~ΓiSS z,>ڧjd}Up^.\-&(ߥOGa%`Ul3;ۼ.05U؂zcnP߅ĀChҕF(>r4A]Z:*b.(Y;Iۿ50_Y%7؉=qRtp^-ÅۇZ{0%~̭~vLӂJ>=p?RQC}haKU4h;MɨE
Kni?[1CyС9H7262"v9>G+5/;WIn7Ӌ2ǅ8LxOЍv1]MIQ3ՊPs(:أvfV*
{3Ӳ*ii`{A0{ʚr)|4٪Y&M*	/@9Չ3PhT1DiwhqÀ,Y%uk(rzNΆ)]F5R 5ߟ9f@dRX$~~IiU>K*X#'ҵfp<@N
~ZbyJ~֤#!G6߻4MzXf
ص՗na-p ۚoO@|HȆp9B	j|h۞%98ˬ=f=peWp% >7?R**OI5IzKή~ڵ>ų}(a6O$_ӒA݂N<ʛ,.I,,FN@ٚ{YPǞ=qn[`XM@V5|߄N2ӼʰN5O%	wͺ
l4-͹[Zڰ	_Y,4 Ӿƫ?#:_^nX*ՃaʘA(3E0)a3ab=0lSk)Hm٤,(Pgh6͟j'ʌΓHD$Г%GH(ɓ`ّMhݐSLM+I9$KqD{۟ˎxV޷&a
ۛʃގt"_:<O)-H\T@2W#zO .N*ːkLӑP˧W`/uy4]>x{UfA(io+P[ݜ"=g*rX_ʱ^3˯h&oN,?n؎#-} آoH~҄s՝ڻβњo=%:Di>ȝ|XeƎ/2@Sd	ح?cam=[$ ÷dM`~01zC8ʧBV֩#Xws1	>K>AXV{}X-ٜ0o`tۡfg3Ƣir]ڋNTSM5a5Q-Y8I_FzMlQ;:Αƣd2͇WN_gX ؄4|Wr)Z<jF"{=RxQDܥFhq
&Ye4:&	Mbi(_YTh5bѿMWOa	Y޵kf	)՛ʠʁ\	k8^-tv|߆ه8Am6[ɵevQzU?Y*(#Zeۂ<Ŕоa8jWTWiZo9(F1?6W (7c>!Ήk/M4#x#9}d> ƏAWBZ۟=H*{>MӦB#
6\YC7E(ŉ`ڶ׵!Û7j,lcJ16s~ĭ#$'AQ..$ɔB0,wKin7܇
+҃DCb4	޽dey`+]}۩ufRPx-C 0kQźnO03883T+M	<Tѽ R.4DP"[;e^wVE~ك48g6|j̎WGx7;KiBl̋_$1~=£QmQ' R#׵w>AIS)hËMP^δ"~֔a8GJZ`K5ݚ@4I/ٰU%siɘLB,\ݱ]$g\ovLt6WMƘZ9cWg~ٛj׻9B~	C( *J[ߢ6Ƥ:fC԰D=־@~a|YӁntK*yKvRWb[
Z }Nk-1qv^-R-y]3gw%xM-;#&Қ{@6X̫N+u'(wp-_xMKLXnʵ)V=bw2Z-Zá|@P`
ՙP+w}>x%97Ѓӟ^-x֘$6}+;Dkq+B\QG2[Qf}0ںEIùnΪ[3QG3Χ''ܑ2ݺ*y~K&J	 %%؂8z'W|V6Q>;c͉7bp^oÚ**݅s:+O)EŻ Doׅ\J`~$s/l#t٩"q#-z{N("	ۮ>GߍbW<8+ǓXy< +:قeʕ__nLyeĜ5+h7ZzX>FGa#ΨRlYcBlA>KPXΨNHxM|3%Vdn:Pt6Ï^Uz3f>b\~͋)PyXdRp}ږǙDDa2f%ݰr2Ӕ-ed~^+P( C)Uv.K9S=Z(d*Q#?Yqz%FP8XXzEUjѡ{&%l\wy:$MBf`cqiş&bQ̪T}`г^\T|)u0-(8f:|QTiBafC\q5[,ETɻi!Y=7z(|sr<:9(;ϮξqW>ši7|JH(TI2x=*֎חxU:طf-go#tǙ:; Ɔo@;78jJ
[NL4]"jPNj*Z z"l0iGcĊ.ϛDA.tF 9~@2Z{ا^iλojXs5X$pmVdPnfǧxo$ÀP7\FQ1;#b?cO,ẀHU
/aCDLK~
a:&jAߜCӃ5wv^ԏj/l_O
©ݙƚD!S"[:u0\W6m^^k:Aυ.1IFt;n}KjjS.Uo0Pjdֳ#$Szاv0w.$YW!76lnn;@`dX.Qe^5\NY\zzU=P];xǡmݕ.=x^DBW.%dd/K|j:-z^\gՙG
	MYdԿ]?F&{Ԁ| .}U0?3o(@ߗ*j:< DY[wN4p{Z)܊:nȋm?[!kj'%#9btp-̂&b	*ѻuE0ԲUp݌B2G">Tё;<qrha&QMEW{,49A{LEm+%&vbRn;ٵaՕBU' jG(+h+ɠgENѥHۛ[YUF5Ja%HUֺDmT0̋'Gu<ˬ5>Em_0rƒ>E;`;PKwnv$,	-	.ebBlۯnx؀\p*jA_4sh	o"eڡgO$^͡8j֗`4ώλչ԰H9UwDmS˾XpM5Rdj"F~x&.dEIQ;ĺ1[Bͽf4?̌zs߸	e0T%MkRԁմ#Ҳ$& D	5Pt޸(@@cSVa:E[dS!s	'v1Nk9Dbs״aעʪ#]ؘO|׉McuGuWHM%o>O'_Aq,ǃSgz__J8T_0I:C*d<	UeZpP818¤4U\ϸ<x/}%exZ!&E,z$θ}JDC\
1\ǦGE2ܶB[5N\z;S͊2ir"QS~ȇef9JgZLז333kVX\^c0bq3s!U\ݺ2ԁbѥq>,߫G9aUc4Kp˽FXt8ߊLhxizM*.@	-y[X$Ơ{ɳIɾݘ[¨U
6o%Tk*'<Szi.6/bPjʄY4!Ğ8#+$\3LԞMu2r39Я'	i,+zdEYǸ.
M@|,p}ˮȷJy\\sЩj^\OQc2s6{"LP)%m͞r;%7x7V6D@8!KճkBu5j!kij'H:z\@ԩM<Uψ?nhfێ7˦.xʘS,YlG*^%I3usQOњG9L;$|ǚ7ڬJ%gƑо{ih
 K*(TF)ѡŴJ;uW*8y:U:Azx^QTU*Ovc
ʪ5}mͅhcՒ~AsoyN
vlmpjCo-x\)h<'C'a:u0LAa0"6Yst4pu6y|T9ZŠ[lHxsŐ$3-m}=>ַYDJNs
9Eg?5݇U.I+gQ|:]wV;k
sa8KPN@٥FT] |EFߎj=zaԚ#΋*pT*`vl/"+էN
ڧx=ʤbQH5ҏ(#xJ{huۅEY|ײyq$HTX8GɘlP1c<@jU+On&D˟t8̕qKklܮ_8WW.RZ6`Ը~kx7+@m=W8m rEY.kdC:˸t¤*sg"0bֈ` ;
	b5T[#5qs<	GmM{E;45IH#/D-_{8!A,{ۋQr8exH@xYIK!cjȜyhFFe;:M#`vY!Jl/rI:LRRbg
{0ezh>A<)tkέʽ^NבX}iXr/`ͦŀ]h}I<P+ͪNҌÄa]Ջb7 N|'<>ןĴVwS+~`gLyxi=KXBE
|`B7̈!@r*c[ʚ`I]~HE}l3ފ@W	zý,jTeYǇZ͔NW:OLԸc,-J=n\\8l3mxîQhg<l{gEIJ*	PWظZĭ~,lKמHi`AUڄk3R$ڻYڹG?ÿn,Ff[w+pUncBi^zFފ<hsN=9aʤDqgz{,[V}ҙFڽ@jSt1Y\>ۦ2?A[TXGAަS0'E<IAխubIx0] +ֹ˝o`Kpzeͭjifko-6.(]*%t@ͽj0C߿	O_Ɩ~©z<{>Z+_PQboBN
ty4a/7p7vވTiPKY2=d1B](߀.MGPh>F2
aюD6G)yEw|ԡ9MP˙®X5m[F?Hhaxw{UXP`()hf:2]ަ!p~׫T(kXa7ЖuV0o>n;e^Zv\gx;<DL*(I7թcCP¯}"1,	g(pNvfzjz
Y[DOx7:L-s*?6|;67u1ӲO@5ٕбSw(?jM;7^+LL߹//ji#j]1_ܜZcJ	-sܤlw"*F@?fi.ӸLh՟FgA/o@oIbE/}?ބ
%1l-miHrn߷' "R,X!qZ"W5u̮SOn
W2*vPnƞ,FdP<3{ؾ{4b:~GIe6ĳBU9YЯK\wIۦ/!SwDqD^%Cʨeb!w^شEy<ʅ"ƙ5!.gyKwhː	޷\qi"~Dg֠$a6QRԍ7xAM9QI/I٢RF7PwP ЃDz.BvJE{ҏ:TSJfak(*TK@4J{`"P$HjTe<gNF 9:4ЀM݃>tHy@\v{=nW u#y7DSώqR<ANBBֿ͈i/3g1c%
OԁvE#a~9iirԏe&_81Kc^ϵʸIXLƤl{{rr$<`71<|_:nJypS/=$|ڰjŦ3\t`r-oyk)jN;ȃ(bw/gsJC:t7B1@d5{
S6kaɘW,td[ d'Pq`{X`x\Oy#г5qnIČLΓ-hGN5L՜jHY5cMlaŷٛy`oS ڱ]ɝ,Z7}#ZR]%Ov]?xθvA-8BhKr=}ْN9ˡroZL[f*3!s00B4HR%Xp2Յ½6kLZAnaدz+"D˛^ǯEkсBG7=6ÍJ=T$MBѝlnk9T[V'X!ؖ6Qt2x;@Ǿ@;ۢidPĬ[KԘ^fQ_DE~!&xx[T`%d&%97OWNmË:8ƂJHݓɦmc6JOW:F[^3ܩ֧vN3f$ETN.ГV2y]Asp\I%R!\7ưJICQ {N lڊw-NJ"5]{sh!2F|:sրR0#ncK<ˤ+BLn9VH-jJ2t` IΈ;?lǏˋ@GH=/ZrC7wͪ*XI{%w^;ȁ'"_(Bۗl3bD&rF$*2=ӇO]R
f$pa|Bs7>ZdI;(Dʌ_ܔȣ!">PɘqwW-c[^B=TS8~Qrلl{n\q~KO"lNg7N8m_f؋,rBź!Eޥ|%ɠuçXͲ&`RL{D#myζ[BiD.+n)sZOZt8Pq*Es={0/נz[>gP%Hcb^KZEyІ`g^[D;QVs)(ZeQ*Qcwrκ)c	©fmfZV
!بNU٪@Їd:lcs
=khÙNrԴЛkT1G=<DER<Q'\yT&ViFA*>~O:۲jX1$;lQvchB$&qUB{ReR.iv}k7Ьџow$ϭ\bJ״#P|g\<XxǧxGSnD47DG*+1/P`)g!r$Ys~Zj^$Z͖
դk
v.^9y[csچxW[6زPM@۩!dOƆܭBsėtX6#hpGr87A^ܩnOSi:#ݱӬ1S/^d}	@Lrn5"C$#@&J65#^y]a_3ּ{DԆFbcD8VҾ`ښ:1"Y,1،V.|U{>_sԕǍe'hrqTCXڅ}zbHI% |phg4,M٫YxJ͠lEkc~7}}ݮDѵtVBJ
z:>~_k
KF&&Zݻme aΟqqsҗiBTD&J7jHma?ĠTRaʟ2.>۷0W\UAk
>s(dυg~ʶ#Fu,],cEщaeox{ݚu/[»ʥ5oIU'}u {Щ~K}EIKdbI.LfL#AR(@GkaS:D28S
l^zڒ6fA)h{VI\	zpS6s40tsXJ_ck:TL#kIZ`EڪT@η0)=}ҕ]fqφ?úov=im؛!y|n<}E3ɟc
MB!@^O2K'_ϥ!HY}\I.)̕L#HHhMXGu:E|M3w3:;PQSŖ]Pتa%">mYH޺ aػiMt:_CCk(8ޠt	w=Rgm}&LǩU`\xw>6}_	C¥&\Ra]cAá(@K[X2^sBa!^Gڱ"W҈͕I`p9:'S`=Em6ʋ(d{1U^ JG40j=Q<Ғ~ۜ͡T#0O1&U("&4S17'Ý&N̂o6xc6P=W+e*Sw-R^Fʲגm,ÉfzkT/Dd}L®dݥӽ<c°KIz!uugN*T>^>I ƣ/_)HB܊]hސY;'}Ř_^v i4l	.ߞ~myUK6P8h\Klmn"`"fB:wlڬճΔX},DݖOWQ0Ѩ(u[ΩzyQ,ю8"Z||;4v3JߊB;lGB0Hgp"j7׹5
-͌~˗kSGGSܧt-HBK'IzBkI2P]@8WHKp iieS׻ʳu]_2ŝ}VԍJ@13bwχ k`@C{z7;܎{B}I6ޙ>2ރ"bɾ
O5fJ)M7%%w'7=`QCCVLF}b̛̙{AIϾƑc{Aiy)nU9
5|hUrzs]F<ixb;Qb۔jЉ&֙R$؛v!YY͆D.gάhoz̍%r5Z$zgrO7
>2A^4{ש/ƫހاxWw]{C"*>~3u"DWLgQk |ȴf(qwи"ݙ{&gRL)#+P`tV0_7uPm%bN ,TNxCw?<6v
dԸ͍=@r|/T9N6DfĥϠ{%k-|McsHH}*Ѝw?85Ja4c!V~MyzZ"V`Yٷ=֊>ZS`aasc.`}'{U=R֍ֻ(e=|Ts4Ðͷzq,gWPh1<ͧakłzov$0sQrȞЅtvM@sA>9"Dd=^He ez9%X=[x<r)wxDhTu?͔%P]r	~z=<Q1y40:"bX'
%6YDl5UF]AoѴ1wp&
XDt|Ē6h[8y_VFަ[Ҭ3l
YmIݳy
DjWOiZlWJ~lh4Gz^"R\D4^z|ۉOłP`	Fܳ&&L˭'g(n}$O΍n}&*x*	ʰk-A@xa2"נn_L
dJ ؃{Q`M?R}Ό/iBzٯ+ɝD^_^8&T̊Mh\dD͌.'[5m;)gŐqysx{5ԩJ[֬ׯ/*ҒK"8Uy	LߓHX=L)mw$Wb_8y'6^9mPtTH+SߘYYP<_: 7̀x-v+b#d`*4ZͭHς&g͸#wHvkJbV52\G7a͛E?*;_(tn9hҀ/cBņSȖΑm"DcS#"3e)S2я%,4L23tfyB`0m]X%ߩys&/ީɨO]w%O:aV6Sḡ4`?$ߛl-vwM3b\	QSi6EM'{7_V`Ҙ[!H+Q؃Kd(/1*(e0HUz<M|D-qp*NH3]xloĎܔd8߉aSJӰgHaya\R33&1(H3UEHw˄j!5%"jуwYKYYϙM"UӻctwWP ьZ9 j?MVAQs.x'm^yrѹb֑htbih\m̔,Lwi]-'`ƢAԓ8%ѵW ;w}KމR><˯Z y|
Qs{.G^sAqZVH?CmvY+;gLRbf1π_`2hlo`~̔s[-_zmr_ʡղ5GN]@RT%x;tfn|&xߗ>˫bs>H0J#$s3AremY@4v5}Upy8Mh,#Lޥv~ݔ39Czokށ#29Y5̈́>5ŵ7=@xO,:'A`Ky0zy_oBz̉,>Y_ωOi ):8\Rpmc<GdSkx~zm$+ƾ	z~3U!ZdNf-H]t,ˇEn:իF_X,ď  O)Q_g29WZ̬~nrPeVIVڪ&:"?
ؔnr߿3a)ݳ`ЋIJSվZWBqJFܑ&)
I4('"2} 7:ni3]!7YH+(ah١̢7¿ ~Z\!"7vnɊtg̵ŪԠW`*\NҰˉ,`>Z}3/ؼTU&	/x-/F\"K!˧.fBv`ŁY@CXnKҽ.A~j}N3G4Xιd7{	gaZQT2n$ԚAr^R\
>rXuX	о2*&6[^#i(aS԰&NB<ڛ]`O׫ j\ġ9j>{	4sҦS&ZxyMZ:)j :Kbjhzz2?DBǱw	|eRɻ"}M40^,qfƐWDjzpIc=qQnAPΣMJlwc'57ς'ڠ]`upz.""Nҝ%QvJ۟ù9h]<H0Ѿgʖf}@t(LJ2`AJ.<'[jz+.LٳSqXsF<U\QͰES%!Ϡ	/R0.NNnnϽ>_rRL'ŵ+gSǁ*F!oR̀ܗ%u;[IξA8I+l>4܈CƗ
~ZyƄVjM,*|x΃> i^VAh7pĔ Ӂi,C>[7(F3wY,H$pAi!J:w0:v$\u -u,vO
3".  Va	<).>G!|q]Ò%̠4:srl,2iR!`|u0ϥD0}f`T	2^Ȅ֝ՇəTΕ*}KR-[Mlάq6_YʵΌXy-s:Fm\ʫdwME\[pP%;Ӱ2Ȗ!M*	)j8h'd}l5ʆp]"1Ila:HK=%$|r\'_6\bͣA<rqG͌u?œ-_$q-u5mLTD=zùbq17*J4,3_&P8@"u^W5M&M9|^3.4qG;YE΄9AIHy4z1AJ!y&5ګ&gvt^B٣bJcc43{J+8M	X#Ƥ)}&i`K۞4*H<z8J8:CfяvGn{Ǿ7ޯ\5k,)TXmBֈIj!$X^ǼkJNQ˞Xp0@Ƣ''ǹz>FCmnYV_6ifXc̾MMϒEzW	O{7|^hMV_F6chΝqGC	4V*i$ߗX,`R_	xIUѪ
*$)D^Z3w:kj3P`#?#;`o6*[AKX	D9OM/!xv>@<̖/a!?8!χD#STu:bM7)MXJA5A]0K.s3Chpoi.ԚB:+ٲ+<	!OTCKp`{O2AB$!19cZgV.Ci#+1Ej_$ZT`߾џwXh{F8TF.kݻlwn#$C.BUBwzuy'7zxtTNͪ+޵݇C6ƱXhm߄͛(ț˅emИ2e9fc?%-1MNpo*6ƙ$,#4U׭'Ns)׋zQ͏ċ7	Qwl30}ؤŵ`78r%Pm5FM-+;&iy/u|mYP-Jވ9xv044v|4{Ϭ*vE],ɵKfF{)jc:3SUݪ]ܫ 0rS$D4hpǉLir.ƔwѣqqΊ3gv֟-ޏQÂ4w9RS_3QU.	tn[=6`4'`&(Ӌ ͂26Iqͯ$}7ʜBP0׼K^LLJnG1n&.k 3_TəO/٬1<~~n!3޸]oH:hfĀPsd ӅaE=1|x`9CW^)j"JIݡ[N״SͱxK"3oef;6ܚ"spPGXj%.s|BT~z&%̤(.Tad$F@%8,aTL-Stvt+.o|}z;R7cƻaanKEs=X wn^P"r߱7!, enz͎RSb.=;7fecA*7`wqrn],wL%-mðǠV{roQ7;my[T}#>-ԏs`^Eړ]Qv&I+gF_FnߧRԞT:d	Bs:Cj,7U*6]-QxAM7лliۯwՀU4S<h`[Ypc9'̪^<ym BhODUvy46ǆjٝi#4uE!B_maӬ8a@6]4GЎHiew9Zݱ̊]*4ENт*AL?GGu8jO+ޕ_Ua	XA26Qap~PDERM5t2S,j>qNy\yx΢{Е)/)Ʋs$MHu>eyD3vڽvRűY Xm͏2ʗy4%-Vn$% n9-ӿ}>{bJ;UЇ5s8֯?6l@gF%8{ҍqҙ԰Ͳ6*r1աf^LsszU.NnI3xTS;w)0PS4..2/?kӡ8@WOgشoǓ4sZAF*ė}jd%I
Y\]16bač{$?pʽ*]l=ʹʇ̠ep*A	HJN͵~iX݋0dqʵ'	yɧIp%wcʘAs߱$ڭ{AY/V@#hzU~aC	͘c-Z6&ѱv.Cǚ޹kIVp;^dįj́Ld	%:K^w͝gXfT}nԾֲkژXsȔ[B@٭ZY`h5T\v%^J,a+3=g[YwWμSo	Q_}+aeJvr,,@k7$78BA0i&׈y42ӷwuZ1~OgXȜ
߫HN`Dvk&Ǐ@b]Q}9T.ͧn'4UudˣqQd7=8e.x2@_xƎ],Sat1ɨ 40'vJ:>INhjƋYK";-94*^2fNh>}ǎ^pi*{Rk>H{ˆ-Ic6^)hDJ˱ڮ2_+LҁX&^
ˠ:e@Ҹb:ş=RĄ~F)skKOˈNqYAvs~Ps
#2TO:I3	rsw8pӆع>x:uQϦD?DV۟$#Mŋ4S^\B2бqVۢ4)><!xg	ɛB*`b?&="\)ÕdlϫϪ$Xr{ʚ5Bܡ3{OK0*_r3CJ˫A4O:a.:ݹnЫ~PփeVb'BhҗjGTYr|̞jxy6~QD&u)z2,˵Dęao2,nON4u\Zʇ!VUǾIT`xXD'^OaИHUKK
#D-:R6.P(Dc\y]GIg7:g%yVΠZלmk6\C0xàL7ם_Ɛ˒#hjgZFNй)və1q2,z:Bz8ߊcI5LvO&j0jPCDn-CFH=hM}L]̀ADbG03`]NK,ƻɹ!޶AY!nB/8$uъ%ҷ<m/mz)j3ǳr;yXް4)ҹ]y$[\dPQgZU5Q:Nex7DaT/*nj҄,Z;>8Z;D9a)xˊ4I)X]}SJZ$bwǇ1xY^
Wcunz6obT8Z3jGcФl\Xyu^Wxbkn{;VpCYJתgl5C0c8wˑ֦9ϻـaӅVq+b8e".Ȱ\ҢǫQHՅ=e=ycݥ12)m
llcgD,ς^?|QeT`#`1qP{ubޒƯ~23.L~VʸC4ڋomp6G׍,C"*8)ݽ8i59G;I-[.҃M̏]q
		+e Ȩ^%ؔY@Q&p&	"%ԪVyD|@K qz*FԝUrKւǑ,am9Ȉ67m*EYf{/6"\fTޏ8l9j
[61jT-ȆTIpGG\ȶzR7((-M2ˡV_**6,[&&Bmhº'@(I/*EyٷR:Sxh<@>E0_d}*FKǍH7p(]vWFUlA8ݑ6nӲF4ߴlZK[<g	39șʂ55#Ʊ/N[ȫ{ļc$z",+<4'|mpk$hl_G|Bj}Q+##jWhO1p/8~oqhatI*d=TfG@sW:޲yɑ=@!$ͅnJ?O]y9ؖE57])ғ|F]Y_4©ѵ]IM%eXKF|9Мd\/*c{_\g?dEbh1"'p~'so`ܭe LGx#d6!Q
֟UR"qA,/]ɤ_ů+*Z"
&j]*Քbđ^w_-M<|ZC%K?<\hu˅*m̤B+5V1·XŃ۔j^TU;Dunxn}HBɖ>`6O>e7LhϣAŗn.#e=TW:Vx3B\6[48θN{\S_W/}r&ݠ{?V-?ISa#s(!YH)L_r=`̱(5n?:ɭ3vŦK:Yyq<s)64ӾF &5q?Cbi:*hD\WlQԨ$ؐSmOO?
VGe!((WӿɼڣA{`tC/TD/J,&e5;Xcmt81Ϛ>lT5'edR)1rU{۴>WXƞsI·xP@>̗R #ѳ\`3)qbVר-֠.X̞YY'0]dQL	,p1@;li>
$hbNM:VG5"Rؠ3V<`jʻ%8<nB|9;P?~$˵;B2[	J<s̸PlwOɨ=L՞{K9<!^݌qdסVgѤ1ԿZjb&zGKpj\gG'_+z[ӉD.ƤD%i
{YQ5L`I^7dϪv@nBEcPiĠϏI)@4C(:$=vJo"KUdw#]=`ԎyYq1}ѠZyq3v|DT.^wkn&Y]r"=R38ʙJOS?rDi7|,/QԪYEZל״G	+OtF08~w>j`USduLqxQcSb ^Q$D{1 ?KV2[9Ceُƿa4X_?ڐsSd2 )4$<mg4)%fQQ[WOz8	Bx%_+Pr|-\:aTmH2tQaIPӎж>0):xMˬ@.DǿFC5]wT:X=u<MBޭe\3ט26X6zΓTkFZx.ڹ{`?nѱC8l6Js5Ca^lGhCA\e7[SPej~t#U6-הvǖpCizZOӋ1>"xDW`D_S	)C-&~K@lԡRVrgW?k)Ί[8r(Ѝ)=XXXO*4UPCx;ŵpp{MН|tT:ؠ#'H<xb"JK4)huLUH; ;¥,2Ǉ¯feŇƜW<	I:JqVhW<ݪ2_N#ˌQX<ў.%ʌǗb-u0OXVJ]t6ƀ&Oɗ"xw+9ً\Ĵɚk-aY(*yQ:')ΐɠOqo0Av	n[In#+V̓V0yO"cti3_jƪvݹ2ѫBћ-@.$)yp\70]qWlxué)TA]G.;7?SR٢h?EU UV`,R9d#A$Щٶ\{nY-Ε`Kw^͘ۋγ+J!8^'>6>Jq(^؈pK ؑ0onķݩN)2K@nN+hntkƌG4?o˾J|ٝ<&SCI;<|_;p{Eˡv;Sy"`ZbГ},YB]֋*`A@}=˄,kW{Q"6XیH&7nWլ"C`\i	P~FaM;ǰsֵKyГ,cHŘy:ПњUΰEpFlDlN*݇ϊ܌R\&(rZEMUzo*k&mo˞EXrg'$)K%˄S1IX97%ʭ_TQ\ɍQW-~S
I.0@A[n((!3g8N]
#>)(Ř۱~k47GNÐaX(Ӷ,Վrnq,3yȞ=s(XtȘޚ^"Mx|@́l*O9X7'^ߚl4dfRa	EJ̀BU/r)T^r<k5~\r[42b-οh1]C['dKæz2
/cG%2D;!BʭiĚXwjr \Pѕ(UJSBT1*B9KMoM̘>Oz0>JAir)^+Aҿ^sʦދLo&E!94AvQ0Ν/;WcߔC
Kޏ.$z",DRV21}'%zd<bgmPspLb1OJ3D]ȡѵ~<_}U+#<`H3ɇ˨&],"ܦr1e*X6Ҟ`ufO	xmu9W,̻~keƻ&<Ey~NS!E9bbHeYXo<h-Bgʔ><npDf>@o>7bVO1VT׆ܲ"3ԩCCT[y(!!LAQ9^zE^7dwRNl ProDyn]8#J/ZXdAnO[%	RL_	ՙʄ6Tr(ʺ؀@;[op
eDh$MoXL:ʗ5tkɰ:+0!={cu\~̐;C?7_]|SvXFY
ص3d/
ټn!iEߚ
m1cן_b&}M-b60d/[gsB(
s)D9zֳ̏їxRb|ʲ]&KRWDH^;U|?M}(HL$&$T}k.bɿʎsTGn%J9GLuGS|knz\-q*r{]΋08)_p*ky|rY/Đ-v~M5KIg|4\a]	nڬԢijklï^h>8L5w1ZAϡZjm@˻0!1/o.O%+t1LɳοyZ~gXW2ɏ-8&F	GL̗Pz0{L\YRBŋ׺zǫRw'Nݧ3P$ďɆh(J;%Gnn
>_44%YR!7^[sVgLõ΃N;"wѮ΅1Ar+~ʞ#"~braI$܁;2FxTɪ\os&BwGv ,;]+yNdO>sn;sTkW
wL_5U9b>x\`^6Q[ء%faWՈh8Ҷv׀(+|DrFzxVˣP|aԌ6bgՕ1[ip=n'K9bʱ-VS@/ٞXG/4,ojZbk©Xq0<^Ád%y(!S`\e۟F(Er	ШYކI9j%ګR߁rIwdC2;'hAi,=q4%BTnxO~<V3W'nONv'ȃ|_WUJ	nxRp<X:.kd_:F]AΔξ3dS cRɉC̞dJʓkU~W$?wUd.ݓsI(Xr_kRV+cz!Fl~ 9VM?%	p6za;HP_q_P!_s3ߋ55aSX<ٽwmYjN۽~r&=:anVZ^T-"K$Y14nįI^KȦ`]-0%ƠP(A΁žCduW/˕eԔۜ<G43Lcvh!?K@wAJm&5ahupyxt
Hי6	<LE)0ΤmgL܌ҀszF3P,Fg g2.5ڜZGΊSrѺA79 f;^JH>Z?jRS9n|G&;!޵ZΝvm~:ЋwUoݥۙMŮR6mD
ת8t5U?­Hڦ`\d	CfNU1]JOyf\ݕjBf_0\]i`q^j5B'l(qʩlqI-_2'ҘV5ZgZh7MRQcuwR;qOJׯq=pTH"@æ;eqi(wHI{7KݘgSə	4VD(stxs`H__&O6zRJCmC=@FtBC#Pmպv|uw,"si~YڢdtD{92d5UמC/b9@OuLYÜKVTBgӹ"~pͻ0	ww1y-T9z
B܃oj۳JAJz0?*m$UwU͔-{fdݻi:{WA9?hAB]P:dISٕܩ|Itb=1w@a3KĔL"7,%b0PB#p
$7gq6LL8F)˕hKGy[WVWC~#1bjU/#X4͛H~[N{Xy(p޼`$2I_
Z		J&:ݞn),&ЉjYn$b,B^M4/YI9?CkEeˠZkN|aS/xQWs5"߄`_l3NSih>8,L
*(z?@	3Dm{T;TOv:j;hJŷyS'DV]ġC(Fj"?l͵E{\-w<`xBA}KʥBm߀oh'E^j&Xtɴ@E5@g(*6l^)1C#ۢRƨZvqGO
b]IkGVU<UU7Μ.ψɜ{V'`ɮpeqO])!ˬq3:Z̟HcZ`;_ǪX26m .|:@WMc;7phsu0*m&COb$L~T$Joz{,:Oq`-nQ^&wB.8`_=/ۘk#J2M@ʩpK!knQ!ВK//[IJtt2.9ʵTa3dY;́BѫE޸TesnY&لܫsAح8r+od +mLBZ+όHZySEaW[iFc݂#a4*SI^C1ҝv2[00V
y4e>ڮ أ;Ƭk,Aݣ͵Pe!qe[C(Gŗ;վpmCaļ+وa~K̠^?:Euvl5zTKU3
^.;bKkҥA؆^"E|39<pQGKsk+1HeD8NOlXZ\\BM'6oh^=rQ8n(V"eAxE\Ѻ$h;2|mۚm#o٬ϦD5@/n{(ƮEƈ+Az"\R;ʆ|2.guPVneױBvFqIƳvύ5In9yJNEV<Hgؗ&K
FNyZ_қ~RD߯]cőzx7sk";[tl{KoWL7 2$PhO`b
de.Vs:cYZUS+w_i@I@ؠ2JMAޠTn2uRAÜ-Gyh;ŎP.vc(\76?؜7B2II,M>/>'E1x֮lWHHC0I| pC8~8O\YLrmvÈwd{,ρ {dc7֡
./QQuBWO>nM׷2O	>u'3aFѐqE[>(INզ~;8a:ͯ7-M!jxpM`ִed$5ZA^Ĵ)ޗ&O0/Jg( pB& ֧ׄI3	@GOOqUwr"y0qzNohn]ɷ_^J3x5Ԗ/JA!=,߉W3*rz?){ܴaǹlP/}zԶ}_ߪ,ѣνDaeC0<UɛzhK*QFDDDZBrºVPϫ@bjg]̀p
قQi|ؐΣ&>(ϬͦY&.8rHzJ:`4^.QSxæyDy
Q 3=˚,`PXf9i+}f͢uZ*X9W؎#ZFYFfD?2(R^*Ǖs\_>;|u˸GrnB2%uZүax8ްMEYA-^hAM\̎ɪ!Ռ@J>C׍#puYnSm<CCƅ01:Dw֓*<&9@C}yOoFnMh<:þڇo&=H%-~]AAs|bSΡl;,p3=+DC!yb9˱ih2%zE/eo[]+IVWƬ|ʎk;#/jeMbUʻrVڡDia	;v$m(p]Dd@8rڀUU36b_ORUPGanA~6V+qc65Ԏ$!IZԏQֵВ!|k>M9<]
U>Hz"3Z7IC`;pi	n	<I4Z!uշo$)9
܇GyNg#"m6R^~בsDΌۤ(Zݪҡ{uѼVݞE(ɘ@ζLC^يCmؼۗVJLʡǩ{MCD+NnfM&ܒtvƌ{1f9\-MbK*rl4^M_Wz*m4@J@3ί"xOMk|Q\pm\DEAsAjP.>lQnȣpU:.Pּ0::שImouPהc1.
,I(A[X_#Y<
<5V
l˄~IO_nޝ[s8+/ X}:(+MQad]Vbuc_A{uIؿB
_M\~r[{a2%(-lY1 ''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(17814)))
