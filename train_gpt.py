import brotli
n=a=0;b=1
for c in r'''<Н1o>RM^/R)5m}=)F?:"X;	 T`ׇźP}_(ejf)+1Vu%Am}>h2mEP0>,'۸o-k,`cџKkӚ`P|59EګW{HR%Ç<8wc{oܬ`%ēr1=/^uViJ#(ܧ~xmz,Ў`&ס:ըAyuOGH[2<(7Q^2>e!t.+Qft2?1>QS'Kܭôը6Kx*r<տ8j?n;> ovבW|G*ĜfD̆jfcP$(ITMǴףRv8Ӥw{{ؤP<^<}Ѕ?.F̓ݎ6bhc>*ΰ,	H$9,wVhر̿{xؓ`zUW:Cb,/ͺdݝ3x\*՝iʕzɘPʽ# xd=_hQ]TXDkdX:<TW('ԠsOЗZNT_%mXMؔw*W7ʷnњ֓ޚvueQTIu#aM/VrYX{|=EijT>Q=Cܓm#äSK[#J
|7m~Xx̽яɶRGt(ԩ$5/~]ĺ2tk8<lm@ߥkgPXZڳo:.X٫'&E	Du@kGd;LǟNغ|W|UAqLL؁uF{v1ĵܒHnd0 lyGi S{8CXrj2\P/NT:#DwˆAG4~iX>/٤CNhNjÿ֛g(]j[dqiuw[oSpơ+;)U Aܪgʌ|e>Uǅ*[B3bHɜoA>UvwtxϚխ+L]+,3ȃʙ:x^ݣ}u!dm~Tq~	~Ծm2_EPIٖW{YV*MRVgCPppCvQۥ^go0YƉh@WJbۦɌڄ<"(#(95&kG%Б.(];IPӬtpq]I
	1D(%p8mcؘ`OS+?`.ƍu%)ˑt
)bۭ40ؙQ~LCȫud7OEi52B6@:jj*}3)2SD3(p'?&h,"UP lK]!J%4u2Cgڏw!L{ǛFCq[$"&V*̫aT58&+?g-*ׅJ0' 9ωխgR/y"j\lpItVƲ8c׵X4اqb.B&\}RJ-NQWkŊڈUROS5{(#w2C6o@PV'nU
!niuZl՛-O4խ=(
ݩ$t&T4
pqX~OLJ=}A<xr)ԽVIi*7T&MjMyXɓ+\pċx$Ȳy3P~KCs*NwK\ݼez8)GO{~y>мWإw"D56_ܛȇj/uLkC4ԪsvVkSü[LWPQxo̴͇nVݼ6O}VګRQJBOr?Ӵ
aŌŞbguV4KȊh1f4wcՀ8;`:x
ûoFQխ{Nƣ	t8y1Y{F(pi=)JOrŬA֝C<V
/r@#=ʬ*F
.mBa/"ځLk	~d̰xd#$|^Nu,I0.˼C.LHέ}Ѥ)ob֐oْr>,^Љ
MXr/_vEpٹE(zqt}. Ns@$s՚HGx
<4M-:f9uQO/2".
B=.nA>-wɡ-׬
ߣbka;mӣai~K|@xE/}`WF:Zb]msA:gߐ;q('0WɮSvj8zxKӨrVz3NjUm?R%H@1"yLހМ{īԽ[{ռx!֍dћ8ZDdo[EruvՍοY7tcݾTyJQ(&U^<޵~;nKCP_B#_P#V\݆sU]hoRЍs̔wqo
v3m419h R&XSgEul{-S[Jc.AU;ЯĢ*^*2SkPfr*ɵO.ubڧi)KY\ahڡI50;5=!;(U\Lf~w4\ގ^i&͛
QXA9+!e֦@>;	88'qҐ?Fih0Y;,`+Y ^&Ī+ 7tۻx,*E,>rKPJXD#eFw6rO֌5A{1MQxߡiߵzJ9-}ئAJ0~ Ά-Uf\TȅĽOzRH{DF	aѠBb/2^&7P$h]uC]6|mswtѧ)Z#k$NdLզz.H3lvڔx(?76){u_#slʺ%/źrLksΨ*^sKG5$q&=&ؿqΌ#$ȗQ
>^֡OewRwFrhF;,صiS{P,ֹ߷c[ȵz܇E\Q[vVig!Nvްc({%Q}ya:=,
deOŠRܘ\g.}gviQTmGZ/zɢz2#LApk	BUa]F:m`_s0ԠΊ>n/HUnn
nYu]d*U9 c~?!&{ցkߋkNeAr=>}ˍ@iQZb0zX<"w΁̢ʣBӻwFK$9R}5leŲ4Pm6nǲy~,g;g~;s[ м׾ol_|kӋޢK,-cc<xU׽N,OmT"wIO~{ۛ	vmdp ZɎX/|L͘[cZzZH_|=aOemJP'HJܽN|B2OItk05ELoJY.7ֽQsqrӚ;vك1Mo%ERj3N_CGzqc]WΫX9;kfGgx-C+|'sb9
._%S--V3سpLN&3rK3WۼhSRE$R݉_4!sxpe'ǖ,g̬RŃ_،yl(:j~<,,oC,A(Eb{b~0Aj0Y
Q=YDy.IVB[V;&Xx.nʇEH]'x3R*^%~$#'TSqD;WX~>o!;uG[wPxyyb,FúӄG6R^J!xC]GTxܭPSf;ÕNn>@_<N oR6mv\F8kZ;j[Qbl_;~d-r|kZ\<c&W5
!K~޷=]Ȅ+e1JnIQa
vGg>cQ2eL!ʜ  ܅$dNPT0YԦ٤"ʼD\1D>ȟOv25g]`kâg3r!g݃*Jz'*y>*i˧M}xB֜2jxd$ tܖK{+L3vXA7!%Hs*Q2@Y#x%5J-`Jз*`$:~ډS/QCV-pӋ\KߪbSwf	u]Y	~/dqNg]5/\RcW,Y%<80XEֺҒx?DdrzG=8ЄOȕ+ƈxbZ&0C
RFrjU9eF<˲P=y_Kk&ǳLc:]u7'm΢#.Θxd_w+{?@eJ'L)`H+3يp}wɑGn= VE geܧUg8W҉$fƛa'<XhܿTޢFy"U#Tқ1/ŏеqhD٫dA&2>9m7 mоxua GV=qRaQ\Z:i!FP!|q`! ſhZ9}ٮ6m O(f-ܨ9u8Q_.ң 9=ƒ}Y}o>ʠKQR܆}d8<ѪOZэS^JLK{X7?2ueIobtkuɭsz`ENGLʏSu" ǔsR2`?8ĢѺ"doj,8ZٴKda:Bژ{˺FAΈg#Z0 /צ&,{#9!o׉B*oV] z\0W]Λ۪yea3s|$ћ'ЖV^E"cc|1A?Dv{EC!oǚ$6=-0h$9QA+%ר>rKG?	c+`G6M=х2=kW[>ZDmrTT<$	oj;YNs.bom|mKJعBFIN\C!<t0SѺxElj~$qױ)$?$_KόдQv|Dxl]{GBW;ݎ1C׹2emM+Qf++-jhKBdҺƬYv҆*),W؞v-Д(K+:Q"8p<ȮyVN_:u5ūMnX`CfVĵoqd7q0hBR!x-g(*y)4Ѧ#6^qAOOJݚĲȄ4-̉/DR<73ٸ)U:fGzeN֜ں	R+כٹJ={qcF<Mǃ}$(2d=(iM|HR6y_f%TSr.MִwQT;5U#
J0]0FtÃrf)٣j:<vZVȤMJs:*/IGủOCu+WBp_$`s_{ce̥}AX}5#
Q'×r[cb#^iRvm1D/	m֬`6i#B#\3 *\dDy#zw)è'Bp7?EBlK2nQd:RY<1=w+*:eCf!Afm&eZ W\+3ԇ<Ȧ<6<L	ԃ_؝eS$[]nZBJv̜j29!MxON/z>CO Ā[xNsmGuְ[a(yOgjv+jj#+y]ʫ(.Puw'U@vѽȼ=in}I91ΩWyĝY:ؠvQ_jfeuUsZx+"P5:B::,[-}){8!A4&.ӹFIC4%&
]S5[R|T3SAme7Z)CjM6RҬsݫKs?#bWۗdŤax{
3G{ȉ (_@gܺf,\dU&'w:dZh]q"~..jXYpНJ`.9_80Wd{9
Ӷ:Ӓ=7+7}39^	7be2`Scje	c	et	^N%XY{ LJJ4ʋȄGg.vyC==&56(+[ݔ,,@^Tzͨŝ/]*OIWD[Ӝ.YāS9E<;tpqnc̩v`I$&,t|VM`SՇdl%[d1Б5W(1jE`H`p/3[4?<fqV)*VapI9U]git[G^?
"Ƽh)BzIv!Sr²I-_æh,ktUhyO͙Ϭ^%H6c0ImE1qe~%WǾzvw<+	D~RDׇҵt5p'.Z-&42e[T+
\ͿŐLM"	{D?_@]!5S])vhw!;?Cv(@Aϡ<`e~HY0˰q+;OeeT^/z.$28 aPP2L|iyQ?Tw\P'%y?\	W'/Y(Ha)#s@Ls'EF ^\oV5̥rKOhP>>`ܠt^Ua9.>]%PFӧnsEmZJ[p)*VZʎp$.mEk{lIæ.߱6w[;ӕECպ|5VXy}IrƹyUJ4тRnL;w$ŘV՘!قE?J{~YX[/GK5lU-[Ŝ1#pH2-00rutc#%/@þj9U-v*Ӭ
}Vk9[IgJ%ÖLǵ0`BL0N}ҚXU²RžB_@@p	n`{7)ȷ?P[<zʀBe6DHɥčf9JL-i-WP[]Z ;~++3F<}DPܰ>9dfߟG(pOQ@f#DU"XSNCQʫPmbpܴXBC@T&\݄<cUmܾiM^ό2<\6ڟ&\Y1e;rLǰ\U'2?!R'uOްYQ

3/oe${ҒA9~%3<eexOxcL)@$;Қ 5]a,kĚ-nthBm5?4˙>iL02cTcZLPt"1)6/7Y5O-Rwp5+v$RD
<d^	4*snħ/QṈȑe4cί9Ed;H$՛j:NA4%czhԨq(   "zّ/x̶)>-6=ÉynƝDK,)!6M_`GHgvp'A7+mKfƢp/zk ؘr[+))N4hҦC>=#҄q$ijو"35pOC~`$ҵpАq6Oi'Jׄ	LJ.XhUkJ>;+2#,mW{fW]X/Վ:WK`̴?7ѳ}pZĸjCΞ;<DN;n\Y%e_\S$VCR~G!ϫAD$N?b^(2f(u]Κs[#}ɇJr<}Uă]xM"ӤKI>E9Q=JĜۦ1B(34)y4v>6yPQe@i^ݜ-v̞h!ߍ8&*?JC*1zf33{Úʿ@?{9޽a')gqIT/IֽBȔכNy=Ǔn>_U6DYrDb5Q̈eb7jvv	a`hvPP:)C*@Q	SNqBn_07i+H'>ֺ۬ءa.qntW6skKpӤLưc9g"͞eу aٳU[x[XX\_ԤyT)yȶL$j1~`6'lN\,9)iսM(rq 3D"IeRCHp*	d-aBA͊79M܀P\Jܜ(Ir*4hF0spL*(@q##e)),q4zN+rCsAWjk9o5h(oqM5n۟z3܂J@QX<MLʣУWD.qt^[301y=.TTCj*@	Xǝ2JK-\'f
X&MU$$	 ø6f)UKٽsgY3]3ʹߺ|gY ]GޞD{y`[g(@^%5D-ԩ6C_PYON1f\CǸe"ZV3?NAiCuEV|1s$z$RivU>{V;Ӂ.Vjea-QFFm1Q%J.iԁ/HV*=}0F̩7iQN4	nmKn"UBq=OWsO
7p~=/oK5nuXvM%ɼ,kk,ihm&5ю
ĵcUZ!JzT=ُOh{0-QpK:ɶ&ESK(!+me c]:0W:Ds}Cպa#x-mLHeւ;e`??{/ޢ:hy|]ՂdU$>]DEʲHmf#rbX^OXD3#e[3*q3)4lrW}Dn;+^}P2G^|j"
ئa9ʶX	\ӢŶCN^xqL6ߔõcu@:X'46ǀߒ_ʣёn؊xk͗,cۊʚq tyZlYyf`0Pj-ֆI'$7Ezޮ?hkm*\Fϝxi".!ܓAQWVLSdlUB)l6NFv9rFRSC/cyHdk{ &ԿM٭ǰ9y+=~+Ё[OиGNn1ƿGK{*W9fofߡo3R)EXi]JD#.g߳7MbJ?jm\؜ƶ9ER<T`>-6Laqmޏ]s~L"RD)9˝~?Ğvee=Zdfq;!٠ЯrSݡ7>8kΩԩ$wxk|X2_1o("r_z[IkNf)[K$/[]|ȼhTecE#)n|w3޳M@WH؎PWXDePr7ď߹Q5kVSζOըk-a}ֲ\Ux${{>+`[ARMT9_:4NGmہ8Ui3=V#pϧ62Hhğ-Ł0vrX7i@\%ڬatɺY)kgys4-nw kжdbe0}w_ºQǡ[ƻZպzb[_7Z7ؘ\KdC]h'#F#ηZޡM̤*!
KW1;:dd_yo0umĽWi}R[XL2u݁)`Wl'yMٗv8;I'ǴM]1}jGr|G]yOX!C~asn{.~4O4EM} OLt=	^ /.cO8-F,#F>Ҩz*r`=ƺ#@GC9Hn<tq5v6cƺہjgZ%q~Hs}nC߻-,.(sysYNj	˸ly>8w7}lid	&<%?GEb#+ٔMF?&'1U2ӃI)N9'C[9uBziK$W1ư>r4h3$D	$"]L"qr/G"Xv%<s2caֽ_8*9Ov;Ss/͖P%rx";^q6bFRj^86{ȟ5L|\GZ|&aC,<T$V j	,m~5RuOe7n29ĎmmJpKۨGQ<F̝2Q9גl_۳	El3s$RњXH{vbxvC0u.fdp2vJ0ITW}#McS-rBLڏ";b%<UNPmp:."ʦ^b)llǗ'hYm&3H`UV}`vqUn/̕y57rD|E>[x;8HmVC|3C1vpӵˁvI`1%Up|հF?bggUs;>>V`Y;ԡ2pqۇ~coV ml*D[V\3E1QCq#k݀aLH<x'vI`H2؃iFߕ˛`x[n]v@D<,`v݋HΦ+
HmFs[`°Fj(gqAwߑ<ڐx~v:|,TwZֈˉ7	9maMVMPP#F&]vׁa?(mfчɻ$	p
զb,o
1au/8TȖ>`"	x8zQ[LIg~QiėXVDoC]?5<PxA5	VPߎH8,=P4wCtu|y;]'бۙA*(3@4WbޮoB1TxrĀRaZuBo(}hP,+7ѵGIў՛qZCʈȱ>@$	dMfj5վ݋cLbQCw!,(0_k5CRKډmÖ
Ն(Jb'YAZq;v`FS!Д̪3xrJҁqѴ
0Y	if:(Y;X}=P\kDfl0O7w6obL-+z~`_Si)Z8EJGt	XuZ3NR12/juuGt+V#xNR<"ҸXFS'%avMGrԤ:A"OF֟aB`2a
Ң؁ϯ|t0>&0.>A)bq'Gb4G~FZsAO.!O&Lר-L[TXm3oɴN$$)7Do/jZg7p/zߺ/*1oϡx՚Hz:Vԧ$QfJKquL?DHbaniSDZ
e!~֘|Ⱦy,J5TbHh6CrR7"?2yܬ~Ϝ3KsRag*PYMޛ^.Ōq"=s ۋaߖB-z˞[`D۲Kǵ\Ttw$i1ZIpϕ0

u:ߦԃ͘jڵUf'؉2\G>P]6j3YaݟڤׂMWwIӲрv4][1>W߀w;RJ|"M D@l<zolէ;r}vArc[U-sƓ]mZ[O#J==h(_;@*اWb]eC.[ÃؾKCf~0f1?R2;Fǝ( ɨ<]{w1A@nG-«C-݌P#~hֆԳhHt4#-6\"P"p,YIйs͎M8	ރ5Z "bDU*ժbk
9Ítz`_	<VF0~7;
hq>
trCmq;|1erwEd/!]T[Bɗ͞uT[}|_XP}7kgO#	FځeBȅgZo,ΏXxE7ĮSHVэ5}(oщWЄ
41.-U#6#l]A.еvԟ~,${ԴvpM+ɘ*jpB$ajތ
gseC~Ү
E% 3CUuȭsz&EW~Qhךt[YZt6x2+;#ԅ-G,L$Ndg Fn"DXpǵͯrZJPFJ#3d!5!סLȎ WR	W1IdP-<&*W(Pu#%±.]4ذ\p7ZE:;wǪ9[Q/P'͖VINQR8Z7ƶ$Ð^"p(%P$ J[Vy \a׆/!ɰT+r2/fӛLRgq Y?TvϏ+eտ-3az]9pa	8"O?տ]74͵^X7
rUNfAK<Ut[ǁU%u3Z۱үwi9݁H>#Aj_eH\yĎ~][T7i׵ʄJX[2DbZO7rf"H|L@ÊՐG;gk7پNHM-hr.9I,سѳzPq+niʞ`֍ݚ]#4mͱ[ߧҠsPF]i+nDJ	aӄ
)?Hj5? !TɶxG' -#Na5sCnĻ|g9SASfȔ$I2ubH1NY)=Ē6ё%+Hq֙5egeib&q{G3aY(ZKo'/fAP4E˘ХOX=Џ2<ܳD7kb~{<U4w{0Nѭ^LZޚU߹m_ɨNo%ߛ [q6.hw}$4ϋGInx. ѿU`(+B3v(X?pu,}\U[jLn4ϓV6ݪ}wՑТCU\G2ѫՖogq5$}14_<hԑ`۴G MԲ,s(Kd=ӞKmXZz؋K$/܀)b.{5Ǣg||d*³ys *mƆ0+u"2*0H	V!,xqd4E8YB{Q!<Ǩ$*`	Q1o^$3xYChj<Ǘxj-Uj#0޺v3REZ,#IVmNvVZT$(CDe0poXo:k3a1!4b.'HJW>MF#RX.O}>KGڎ"l9b~!gp0F'r/-6
C܇l/#;N~5oҪTI:Tjak(j1|/)ےUǣ:Kh,Eo {.H˼+sw+cȼ?D˓&A.0H҇	tĘ"Ҫ<%6H\x%"/x"W4AϢF.T߉af72NXAFR̽s-V@,Bqr70iUA۩u"H?ֹnk/oufZpz"߭ztN9UK	*c]j(x߿17X7Z[eУvPH`6.0GLD*f	o}Mpî_٥؊cf` ˹JMn*eCv+36.pQq$0K$vHmZì-)F
&A-sh	e"G}_cM<ԢɨTO9I_ժ,o`KQ/µ֍ش:˺Q}vC~K$40f]-\oaX St	2XTNm9v/Ւ:~SBݗZA+A˨ZGt,1M'.]gy׋&9wVݸ	fwP@Ξp,ę޺V6;]aWhvSʶrm҆^%Nn/6| 1:
_OĮPbŌ;6 ݜ!7T*4K}CscGNp'be̶j̈́²I&!jTJdF3z;ҁTHxNf-~ima_e@8IJ ok3zs%E^/j]zH[ *T-!مʜ]m9mP!vͥ.ћiP0xHfZt/OۇLAwb_%K9j9z\7L"&$%-V	o\!c]
le0$uo+&*tXimqE@"
кXkێ̩C8t-n pn35
w~§lSEC%:'*	%)6mJ [ϩ0}v7d"}$Cw%U:T~uWI60мRO':V3h2T9
dz4:}fFۍLw$AA'9][~=CsB
J֘#ɫؔ<v+Q9#)Slهɖ\m~Wt_qv@h"f}}Ǩp"Vr.LXUEm}l_,ߜOz=p/'!V8&a9Uf=].żX) vr@؍rAl0r<pP\p05̶2œa_7[ϷrS[;I+H\yW1"HgAAo{KRɲ^bq8/u<APB''Vs4"oQ,eD~,arvbXNֳv~c`F~8۴տۉ~kPom tp^gYoEgcbכKӆ>;Ah=(qy5mZ6]F`Q{&nc<؈DX}rBEޣ"%dѳr5å~okՖSpݛ57z+Sn.s~N
GEvn k C-Cޛ~4K^b4'C=zߴf	&pղ<;mK|ǍwFWDtN,&zM5q%B}TZ]h?Ew	}0ۋkVO,R/2Ǧe%9|:coүpuaDd	ڒf[iŻvߣ,*(CnW/YwƜ.qh٦G;~UI>Zסm@n ;=ҮIL"$4v%UèVXNύG
zlz4c#dwls>ʢmîe_пҮŠNzb7%R[Ue$iP0ڠRo|4խ9`EKd)2gMrkhL}n?\G,^t#Q7xyY*Yg/Œ#p$25O'W?Tc,CABv7_#[Yπ8Oyy9PO|;0~Y-\}̑5at<M>A=QuoόI~RW[O~n,ؗ)*b55-(PtGaDVG'7ApsKj0(Z'm#cH#q2zXˬe\ %B17rhk~Lh3:lb`6:r]/P!Ef1&Շ>>=%`\{@}@*ߗ4^H
bk._m}cM5^%2GRн$Ӛf7@g:܎n#EF5wźiWt.eʍhڹW1Cщc;̕7zsxoqȧ߫*3nVJ#rǼY6R0p'ͽړ`Ȍ 5ٯ[UfƗ7uv؄ţuvo3 u;*߀>#5ْ5T[ĐR<@|,zjQ&zeB!v~aX}tHeքv3ͅx9އ!7xooqV}D?tҞc-R){,#@SkSURxH7Tbِ85q9AN$MȎW	CѠޟތ9>	SgqyPzǬ=Ʀ/']ы,X:Ez߮ǿαRi@j_k̹3)nAVDQuGd {1>bǮ<FgcB4ωַa<qK#ɇ,fPf?N׼WCKxT6\^$JS/1.$=u#( W,TmlzsH E#X:gBuOΐ@Ֆg5PYQ68r݁%\Wcb9<@:Sl2b;tXA1aQz̡ӏSS2ff[tqLx>:´2Ys\~ڀ&nvw!	#T\GKd[ȣh؀^+Y27\d:5Nsl4*<.Zgyӛdh@-SpS4s@Fs(bQO}X*~:7кF8bG	A|+k:OEcԨE4aV%ihJ`uٓTѶ]s̟ټM3~64r{Aǲٱq6YHtMurڔ3H_~IUTyӝ[1̚ta2.ЃP^8X;"jhve[(VC{=Z&Ț)OyXl$j4qdh`z+8#}KP+DP^"lr=k1==|;kLՀ|_5>y܀npZdU3RlǪ:+̗@ɨks̓Ң\Nx`4Tak??-MSB.Z8&Q&^\2Y>4^Yb|%ic"cQ_҇LĺFҌb{a1vmx3_ۭeTzǦ@CӶ"a7Q(2B߇eAՏfɴ͝9&8<4CA'+t ڹ0+Y,dԔ$Ȳk݁A5R@NMZ5/fMnq|D(v6f>en`]>Oͽ2
)iD3%o[$FK'n@g?~:Q~n5wwH^Ќ^}qD%hk1Z6Kʢ8<{?arr3w?gr[+ݓe0z&Yt8}?+@/	ЕOLd
\b^ƤWGy0O};Ȇ~H%P}Za!IRt̆|h^8.&Pԥ^Mm	*sVƏ̰S#KXt	%YS+ԄX#@CH9.̌ѕfMJl1$@|	ӧMc͟*|͸E+lJodugиJ{טmڛ$1RPVЄ2֞vէ'|7]JBnfnF{)KOYhd&0-کJNnY]5p~D4BFʵg~c"Q,WvTa}-϶<aM*%rzK^7#	УUӕ4XUl}Zimm"`E?<نZӡsI	A#yozu˫fė,6Rʠ8O 
Bqe^hzQqƄ;܃-5#*W?$NNiN? e'eQ Sw}fZ<a%b	Ϯ*v<M9^D(+f
ϓҰܹֆ=ʛ}bDvs}y&AR-.Ol =&q@>BpѮr;]YG˂!4^$-<o8$("C]9^({Z6?A^<!g,ƃHev'{VP1_^iڽԞT>[9mcP>RXuO&y-9=bO]ń9+63O>߆R8OoˎɾydRa#Rӄ
N,|c=gB9%[u8e(Zf
­K:E	dj]0nGV?xet)j+,e`%{ta~4@s<;dEՒgpAɱcwO)#&/H0=Mslȟ??يThp#6ay,Ɇgċ^D}`W`rܤˋ\ǻvRUrF.JX8ƿG
SB%#(lsЬ2Rgxi8vY{^fs#p|>ӈNQY^&dc8շRw)4(X)Fg-TY;ߌjC
-BF?3N4S.OqiV9+}:Fo֔
Qn0&&PnmbԯX~=nҕtj],ɑ6{ȶ+;sc	3Z:ƻf>=KUpےi_`kæӭOӼ0hAZ՛1$U	6"W˒/3)ʍ3yVejDijpgEEG&'|`$1'Cr`+9Ř=@ѭdNѸmkU|F@_	JqN2J=B9U1Ւ_*[:.BV}T߻~+j_)PvtÒ#B^QLdeo%cF+U	WS~J.{!Q#Kȝ?-haԃ#C9Ws|e8ПNɥr	wمeWi_coT*}oLidv9@rS?{hʁOɗsyh:]LY<(!dS`osv3X{jx
\ަ{_0yDҬYʄ"=jg`Zsǻlw8ñZŗ`!`MWdu:INAL{,E˅z{=)ݲɇBS\0!bj|b;+r*yעo/ڪr8Jp`)A]yj<8cGϲn.JUí~8ekNը*$Ɨt5AgufTC}m`Gv(N<pgG<"(hx	)SLx<qqI˘+c"OAQϱKu9W8%{">hL%oX!%7o8W5BJBoC֪ԴUymjʓjBsԼ	Ev4,Ciȡi89$@:?ύǟ4*VĢlOo_%zNߞ-7Øhy5fA$QzW^1q;4_-
V-txc'IdIӇ  &OƲ%[H.ڝl^ҧMڎכ	hϫJN2g{3#cU%D}2t+ݩ1ܿҙ1{=t#g,J!f!uΘfM͝s&bTwmti]Ĺ7͘ Ɍ"%a˘klyC;2liݹӳ<m#֞z]:ƯknɺC:lUc>Vv5]Pug^de ECZȷo%_IşEO3v-DϭThU\w9(Ƈd*O3cqݠMeK;gs«7sпn_TD_,+ ɟ[ʊ:zݮrCp@&%BbVy@~;WA)ozjyEĞ	#\پԄ;ˊ2$ʍdl.kZ9yX?Fo@EwyWkR=hO#WO׆0v(R|TR+eN'.5mp9%,XhdGi݆h˹6L[8AyKZh(z~1"tYT0(T
(jkJCА#sQHՉH%1ThB+.o'`$m)S_M<jR{]*#A@9Tc٭E+kÎ]	IlqdɘuaR#SH˕r4gqP41%7~R6MȊk`Ȃs.8־^"/z0.R&qg6(5WΒlI[wnfڱG80hىskӰUq;d		iȉh[[ϠaqҚ!p,#w[ޕ?i!(O;Q9CŪݗ7
\iF̱¼El
q3wէcHa˕+Qu5)u;֓Q-A*1$h&5zSG¾>?mwurgܞ,jm~<5TYdyu$	΍}vIߦ\v<԰hydX^ԛm/nD6tܣH;4Ζ.̓å8zČw.մ$O_pP]_F  D'/#-׵nb.*uEKu=w%	zM	ZVN>K,mgmu9?LE)
IQߜІp RV6أ:Н}	/Ͽ0rarȭianb3}6X؞?=7Kܴ0.MH }
jK%9k5y:Wu+l\Ѷ[7kx?Q(j*5''pXjĠW֚W+@F\4>q'cLLAbsz̐;:#ɀ"/BOybۑ/#f^OK9|P:}mK-8)bc[!0ڦRҍ.5.>X?~Yǒ4i^X4e6m
{.bKm\OV?ɼݕbWbt2ӣUC~~nEXF{6chHLG-K*P"r;?7M,~Z0֡XSAU˷/|d*J2ͩ$1
0yS9.uw=]׻kͫ2(QRqKUղD-}~8+Ffڻsray9aȟ1$Bew'JggeG4ǒky?:	Xku$āMyjwYT׉DٖIxEOˢJʊ}UNKP\-~.66,³o[~po34ż9tԦ)10j'م'.vϤSfItۥiKI]\хo~DpޅC.342=ƒ9+ŲI9L=Zhʾ"kUJbN&4]шWDgdzL'M+rVfT3hc[rY f\6D=!fy(t4oh9lT8}.Xb(i³2j؉&^DUT-I31}W|w[9v@P-E1o܂<t}vėtZ4vvN|-Ƒ+v;K֗C"q=w,3nA}J1"j1"!c3bkKO҇aμ/!KS5<{B[~TlynH֧wǿsr7_ORT3héڳ%2Ή{RUĊh1	B9cBjC@͟ŔA3˷(Ą5ѹd~"-f	Rܕ
XʻDPKŨ.`]02HdثY-ǾQ1=z^xLK=M[cp)fbodYc
Ԙ2w1Mex˖-:`dF{_N$tH˸EuJt&Ǌ!"/4Z89'U5g
9q՜ŝYbFgPRMƸ_]fW|P_RY +>0'Dr)ţ0P	@B"̝8MOqF%3~+a:Ag؍ϔLO:)7h/_Q~5{"m>
đd+@W	g&ӫ7hv<5EO4jo=Ua]`P!^نl`	ZХݺ
&9NM;]-0đQ\0לvF8=Ӷm%t(4voUyXJKd >w24)սiǡ|iŊk%O9٫?&Ń<,P/8R=1:_$>*2jO]4 )V~nʛ}ܭ<.zyDP.!+=VUZϬ=a|ξχ6dsW&fqUmA7Zݜ0yUBbq%lZ*]Q'{%|Ӹ8j\p%
(}x~DDG+9kR$3ϊU\<:çj,ec<E]=>ci. F0-bp%D՗ |
cX܌
åYc~*٠d<ָ
JFZVߪğݍE@-(Wʕ/\LCq\(7Kqٌ7٭p0.҇i`%IVcTĜ^B)m,¤eaֱFا}ӮqyX)AȝZi/pʙ1Q}BiMZS26E>Og`A20%G)L]/\4Ljl0;ÎK7KxqH,\t՘>'݋57	DUwnU4N̀($)u,l߿zɝx¤zkb\5}s.G1QM8(ݦ!05IAFa3%tM̬h;ȴ&@g;>Sc?&O|#B!փLtJ\Ύe]GƳ bi͞G-aӍ(@9(:DPPCl7shL!˳0b{hǆz#ˑ)%j̑n8JxMqOe:ht-pJnO-W׭Օ5OSH΋4[Nőɵ:=m({F7agc<;7r%aR,&QC!dp˅ASE^dTNaGg|w+Iȓdׅa7c\+Mޙ-j7~ev	pERI_*gM3|ǻ"!TW:3- >)$N'FVI	J'^%xlYqN\߸!Ѳޙ{ޛt<*8tBߪ?p:(oBMvs mdۊ^|p[q=TqAGZ)5KEk[BJCeYG!Tsmbբb.1p26e:uޜƝ(<Z*'`"B
ٛ(XI4:<¾MxT6JF55K2ukNY0!)D=~WpיJ@-9RF`C:]*g=4.þ+U2lB*CQuP{3^uMO[Ix˂o[`@*Yq1Aiւ̡AXaw^[OuјҾGGRFk E2M̔{͢C7͑*f^i1wrUqibn'Yj.uŵblIAb;S@T$*P(AS&n#,X?ςJ2קޚqԮ2F%LCO)MoNؽqM
}۝["|8^~0yFCI֜G'TntR:Z,Y׈W'qYűl˓GV9	/AuAYSm'VUqQ3/)"ahAJ G]\jnA~'^8Gܠr<b~%x'dJ#*Uu̻AgLñ<D,`#j>D-)(OBC{enfԆ[u,˂9sk'&B58Zg[ՃcSgآ^ZǨ}0{0إU>Es%sHۖ_#E_sGODՏdˮ4I|is#UP!I`8]o7N;/ա?)l3j+g |1f"_(0umT,_~@ȗҩ#F%Y'(ލ8*SF>ض]={ԮxڢoBڸZHr:v D=́+y7Kvo>4d5VAV˶8˞CdA-dS&Bx9"FӰbֆg9lHL՟ftYӴ+IwEӞd{$C\G kɽ6iǴCuVNbj:}܈OXXNQNk	3Nب6@_,4;TƷAkkp4WY
]3nrV6jOa\!OFFޭ ׃=Ə[RK~>0y`Ӷ}Ijmlst7yŪdL+{ܩ>p
hwT;N/$oR>N ӘX!n?݅_0LŜZRh[oڡH˔)Ơ,iۿ9"G֔#υ~	^Vq
N7M5P_@qnfZLm32<PCBfsvgP:(mix4ߌ,9$rPn|Gd
׺X0kegܚR1FܤWƩ9#)<o:t)	U2-CܵΔ_Q19Y'%C5):cÛ9sJnzmUS׊Ž֐^/ޠbs}Tß9U%ֶ|1|dMГc>ǘ0Ҙ=>m1t{9\a-bs!R~ҙ-`5*v,ɑbקjJV!aAX/o{īs
mE=H4U>be}ؿ@ұjN˫R{ouM~Se|4^cjr*(3X	ֱ\֎v"?L\")ïQܣuGաb	jV0YzF;hgsVP5ߴYEOr<Pdw0pgv]fma}ܒz'co	K$WScw|R,3JxCmEfA7>ע<k<jP8$ߒ('&ThQ)!{
ެ(HCM&f%K4,h/KƵCŹ |-ۦxvLu8|j

309$܄:צɧ3ļ;wm4A FKlcPE؟NWD34G߁6T~."MHb!HG[fU#iΔ,Y*ew&eXФ+\hf)9sdߩ *K*!Mz?YGm/<8WAf*zS#[K܆jciHiX:F		݀[>(QH%"ʰ׏sHVE*Ms&Y+]pwI{ձmkHs[*ОyGm1E`i]OـPښ3v@%
6=jfnHڈz3_?,]=zz -0(TL[L8ʯPh]үHݙַfm8]wEˣ1qWSdf%,n"mcpڃb(z[]71Őe'+E+,p-ˬԺiǣ%̩;wƈQCIW<"2Dx8@#9ʂ_cLj{y4Bͫ~(*,T		Ǝ ^]@`φȸ%$	ޛp(f:y	jM#6VAԻ|\;pJ~Eyo&j0d$siߌ&~pHe*j'spA^A9ڋ@wxɧk6ܓ4Ͻ5¨N_ǕĈX)30~%FM4o9u;62&hDr)	ߞyYۃPۅ,r،p;((\^|7_NaWWH͍dŋ.	D/u-9
}H.wŖ؜H-ym06~#Nתȓ_Ć|,@x6DͅeQs%
v[	ǘ66
A27H1_e=/#JtRh0a$ב&Ax$%wGVʿ>eai0;";%>;N[p6Z-^Rfg<g) ir(d2N, ^Dw(@"
5j+'c)a٫"3P|C{%Fde.|lb0	_Ƴgج #38TEGVRzUi&F&ڟˤ;gfW)5QhV9c	ܺ:k*pԙ'MON "ׅS5R-bl/U8ѡ	ʡGypq\i#dsI7ZiZhgyږکjtI^j=;Pc(d56gvPjj$lHZBz^ۉh05K^ow}>i9%rcJ۬E0Oe<үTe;d|ٻG.v5"	ķb+]c=K:fbafPM(24Kۘ'9\l9"OǹR)p]t-ޑ#7؄K
ܝf{igK$ޢ)m4up;`\:)(ЭM_IMJa][gV0*%ʾ]70CWyCWma%)V8(nfPZ;lJfpZ`-lʱ˭F.GڈRZQͅZ3x][$x-?%|2YcO{3D|l!O
DvF;ˇi8|0_+"oa`dME/A]*RbBh,T={Ƙ^ڬg 2ʱȮRT|6fuW"AI0em+C/і#j60ãr`cɼKiǬa8lמ	B@"*ۓ)?=&MȬ]p~HRDD ڪ<2JH`.AۄEvصvC}qqvMF{k<iJҠZ&¡~+W,҄߬Vf>n(Æ
{4&϶lYNb}v}8{?`u
_;-fqߞ},+X,9	Rdh΁(~.'e0T(ͤyQrۂl}R}RZt3\a>]A{-Ń5k`fW}21î?߼Ԧs٢
sɱ3wgr)K-_z:skA$o=~Ԡ;VGϚ ɘ 6E~(k@;w<[$'BPajf;`_׉>j6/j\O;{aM3>Re~}E@ݟ7ԓ?Ȅr8Sa);xnJQ;X7x+LɤOلxkVDc#c_5ۉa Ǹeޘo`ԫt	jWvJvKhu*LQҚ3ڐgm+*i b`dyUmb3EsS'U_=ϣ.?'3w!3dDDK]p\Xˢy6l#_q6ȒeJߞOƝ̯լc72\9!S3Sdfp̱3}/Q0B)MaÔ7D5݈± īŧWKS7\Z	vubEM
>^l( eؘ&%Sj}":Oph`/q
WkwW7qCg^p/VA0DF:0U9wSxbUiھLNܬ%?;]Ҵp?Mē4Jdږc{x0l*̣/DůԂDjjȵaX6f|0(B^ԓv,͉]?B4Ie"s(i/+<x-ٽq4'PJc~%]9XOEū{ah`׫)USqDQy_	cjL;a-ֳ+iϬ'-J4DQon*ԉL̜7ĕ@ڃuLW*K"5Ģ=Sr\c &ICwtϽNFM:>a{,kq\$ɓ|&LR_ɒr;Fe(ˣݼÀ{o=Zߋ/NB6߯JM2v4+Oγ"Q̲*=uGo^`y9 Uǖm>1+U']NM_E	)&ʊ=e/ߟXgڑBd˦[ÑR[Q1}Au0HH`neuQѕN6GIP<>i-fED	)ݽk)+Q'UH",1Uyț)iU'#5^*Goi~esI@xjrE	 a!mr0Q{ZXӳٯ.g>۷1w.|n:}+W6|+Okݸ0Xst2!m*/k|׾I5,6Ӵ`S00,ë%T}T:[K|6shT_0RʙմvXٴ$Cs>YDިb|<knSƂ/
FUBKoe*W=8S#>lwŎ-)?n\E|U95W6+ߺӣa@;H>ypѠXL%6;=yx1~GxڤqAr]lo
[unN޻uuќbFQIgk#GxW2!|żߤ\ R.߅dg@_ưmgV*
4vяm`Z[(ִ!%=LӞV]j+ЯTԀK9ǁQ!װ!h]m[C.>,޷VEحC0t.-`|>qOӧ@QdiD
	|ҕ_CCHJ˃Y0sWd!,O2aş WG6Ņ߭޸"wn<@7ݠJL%q@aφ.4~9ۺ1>B2tئݫDi'w@W͸{.YŧCn8 uH>ՠ~a.$T̶]/T]^.:+6@.e$Qb"{'ؑ`®{vŽ-ƍ-[L]]uڨ0<{b3Wڜ ?dIVi)¦'sQ
$#QTH%	8ޘ"|>|AuӰ̎e,7O§gh!I-q/#)$7]!!49ݘ]Uĳ؂U,ip+zJc,E_6muܧ/ipЮGkF@|ǡe2qctsG"~ʺt
HOo҈:ݢZrwЦc"W:)f̊O2p4+ͻ
caޞeyXGҬp +JQ>t:۩3L#ncga/(ƃwKs[C{(ӐԮgĸv4x
Fesd#^6M{ӡ>/:{ ?y9ʄ:²*o1IYv>yL
ͤH;ż'P] h{tѷ|oxR2CVИY3pangeمo<Kgtk `fVMyQmcƤƐ"	:*$Ӟ"RMܘU0̞9{ʧg\Ԙl3<KZ:cPx
 $g(cvoH9Q8H7I:֚YrK
Szr,C![Dp<Z(q{ϨJQ5=IgODOhb3z}L0ǇZKO:DjtN>+,Xʕ+bՂ˞l*ӳAwa&Ƈ(ŗD"NTiQǉƯ
iWbcكX$!H,w.۱b[HmJ&fDrkMz1Q,\w+FGMPQ}Z0}y)kQ2\)fBۖv /6D1ϻGvYb19i{ ˗uE&{z
;A&yߛ^5oGq^q#D6n1 ͒KްгTZ,߅ڒ?nٻ@5UG^<ӟ>"/O[JǸ2ܚj!JyLȪ[ʪQwڭ.	)9ov;SZǈ	t1a4K::dϟ3?UC2`};X۵cgT/5Wyt\!VGB$q@bd]3B
(E(bR5&Q>^ܨ{_L#؉)50K=]E~7Ϲg1kh~"`.Jw>^0y-§a5]kU^ig^T?oEӍ/F_3/ߠ@TΥ˖̸;t$7)S$p_$psYQ$CD] +٠;UK/D^22;8JE˻ޑ5Ugz}rD8qv)fx>ќ|IH1S|c|yfyӭ:5ԀcǞ3`>`Ο3*:d5Jk=y~7pt5҇aڃZ<L}>ZxΛǦř¤&PJ0SԬ+&ޭK!R[ˮ3V5P{v-{Jba+ˋϩwSjnBa*1At=jt/6 ȷ3KPk̫,5H*#|Y<"-]4ex\Ms2qӘ:̎|Թŕr#kΆٴR9ԑJiY\ia·R0c!A@.3Ў6C/mY62s׼D՗8u<laV8zW/tޯUB+wԯR:iK_&hǤĩ6=WYit8)~Vߏvoͫ3B ԣpx^ÒS4sME?qIj5omB8ކ(+opgV"QL:4~VAؒ&̵<ln/?Oxiܑ[J#InMزE`a/CVeB=м;E/@ҬGYO?Zk]hGbF+J^c&Tt>ʃjtX]سER(ɾvNb;ϳ,/sBəR
< I^X#ybpSB1ePD>Qc`}OZ,&˞8ʭN#,idt~K΅d4I?8'2z jt	2.Bذ̣=.]БxrZ	<zLn6ݎϓ\UP(N¬BƸ}>/cFo#%	9Ռ^6/e6zy!aElǺ3`s΁72^R!ןԗw
<0a!FIO$0<ܶ=Y>63Bpyߦ	7ÙC@b6ĘQܦ5RBפHӻKUZZ57OEPQ2IjVZĞѢ)Wc8qTzɔc|ߨǼi:&
/W!`3)M`a9uJޝUEAFhC2$Qnp_jWTE]b'$!odʞ`yc~X-;mοmQZfT`~J+!Ôh0	@EC>WSMqUJl{e-!.Fņ٢!EbۧLߒ]L]J5؝NK	hn&EFIĢ0c1f+c)Jӳ۠}ĸ4BdȧŪ<@Jl/27BxAN{y<Nˍ{݀1vԚm
$Ǐ9ڐPJKHNibؚ֧ :Ciin gpN1ȅ?t}]/XerkڮuGS)l3XK܇3'^KhOLfޝ;G>+0G`J]6QY6c#eD>fY"T+Bmb" vz#6wlLQGphRƉgcjܘKi6"|;%3Z`7g> Sg_xkhЎ\N&T<}ƿ%E\%<˕W&wκwn@O3>0!iѝ#HLPAH&EgDe->pdÃ8YDEEp[A_,5|p3Vwɣ(!r[vJ!.4͚`t{X]nHkѽ۫!I[Q5|e2*BPyڢ
ŹȼX rׄtCc_!:3l սR.yF۸H8*u2ٻoKy[p"|TQÞpJ>1̓NvI"ԝ}gϾ3WwvԴX+}ߡN[w5
ޟZ2C}siؕąB	xy&o<upǱ	*7ra|{b1
AW)T9j;ũG*f;CYq$Ff9л~,Y:@i~5L7gʢ2#(_B.9YC̙',5!.\sȯt˄۶-&n͕ڭm))'(p_#`Ҍ
b]c+6Zd`xB|	xƹU	\ax+CN߼y'}́aA~`e;a0?'@Dd׊R"Pb'
R}A,bVՙtFng<|ΗsDfG͝U-q>ڞ~seZa5HfƌlGݜ]SI[Tkz@U\=[-x6A{6X,t*мԑqk#ȗ؄|*@|l&UBtnV&$-
L@>~r7Gcަ=ݴo{Zϓ>ŧU8f¯emeǻoּ.we҈FsDsJ>#qߐ5V(֓p?2-ߞ@:8m3TH^T%Tlŉ <f0tj7[5W1bDm@z ޥ;۰}n]xhւ̌n+p MيK(cFߙ߱M]
2 #$uz[^K	͛sj)>[4q>aR%2׏fwbNPv@`Uw̈́g,a%KҕA1d'i
&¿kص01~!wH>4qj׈޲y\Ueg[o?VXBBV:^a3!ZqFrӳ}4͒VQtg%Wsګ^ӫfjdlG<h`ɠ}z^vP '@7tx#5c965)Ө?1]إ`A@+Iy^<v2aqн0j0D6,!&-W0\5b3f5b,s[5MY
,n_&$.ԭn^
*̫$xƺA#Uc>@Ǌق˕k
eZy__^rݴ1&H"R^d&%ecui+hbOCp=K-xq%<|m%b@[܆tǄ6v+][١ZAjpbD)DÈշJ(T4lbgqh(z*?p?-%bPnw[I66o+ʚڧOEydEF%5+f|Ѵwm0)MQfjtbIA.XE
A=oQc}(hG.4N2]ĹeĂ+ծC8|yxa;4Iе[c<o	ÞiXCyK~Ćс^ߜs^@hҢ;8w'g $>/^Ni|ȿ!dzb1 S?t+MqkbLHk@Q?:$
wT"T@ł(÷}Zit46L؃YбxB<FTxymR+dt/܄nIabdyh2seyY
xۇ+6as,.w
*<w+|d]TTMFѐj%iU#) ?7DaҦqȟƣfn6~܌d`F۩\[<Ē%dASfrNa8L&Nŝn<qjc*b|sЗ36pr@kؗ~:o+OƒGÒ)'CMw<L9,
ɓP\FMpMΣpcdXEs-F5ޏ]5|٩odSR
oK2DO12u-1#qphhơk\ˊae	#ªޚ?]l51<XYL5pCs[pw̅T[;6*ב~n~ԈDw$VaχtTLcDEWr~64h\Kcs
$Խvޥl"CǑ-#o}t**O)5?ӛŘIə1/gwIsC߄eϋ-q7[Ej{G+܊>~OsP,:7v{eO%|!Z:0^T<LЇ=t	frK3ҢL3
lXOJ~i9<-nm>7Ck`SŗQwNE4LZGj4tVg[4
KZa;ub/qou5Nz]/I(sQB|ҔxnU/So4f(ּL^ΰ+a8M6)pXlٛ`2yy@g(Z*N܈fJ!v%MːsOER;-kxBz0 b)]r(17SK,@Qn2gQ1ϛ:iU)ʓA:XX0*<s{,	Oβr=z"Q
Z]h+262,ioߜ`98ĻAI\HRinǂ$ ["\I>{4U2ޘEhO9-:\	'!U.7-de>U(z96hR,X`aF}`muTH'fJ/ʼXیM\ɫ3GVkoJ<$ŗDJ|rZʎ?^=D'A:Fe8TUwG5F		D*:[LTo͗	+B_I>)}Kns̖h$d&e$^]l7G}L0FNKpєjԆN@i܏k؆m]	i5A0V.Ozj%ˋM_٤{`Z0MKHīɔl)OHJWup?S!iu="IQjܛʵ0R}nR=G*}N6к}K>!ՊlM^rXg#^`fʺ4TC*$CUٶWin2nR]`w&j>YBcʨ?\glm`G-2m_	v:6+HP%jq\{TPe~Fդhӿc3E:=աaR0j3iwNfG~J+=*[$ߴHyPv|REܭU*:7Ӆ>NSrR1î{3hȂyl=ֶ7XHQ/`f!˩3s0`7YH¾'9EE6FAZ<T;=PvA:Eƻ̕	`ņmfJgKīp'Ѱcb~.38&I!W}UFZԬ<vJq0HdvJĪT-t݈uekL!i@W}{9wRv^ەY#י)/f:D p`tO?p FlܫMYCػ+UVC(~fbDp|<hԻyNǫlYyrɆKVX'e&rY*MEoܓӲ7Dc2ЧZgl
',KJ^}R¬*aÓm*{$:ߗTyl'MQpACL՜VREѲY#Ut$Ͽ>;E\D9Xr4>PT:C~.UaǭL+ "i8h.4Q.f -!AW1ݻU_̵N8}4J6׆j1;w&0'Oh65<iҹ`pYkVG^e]+xK}ެz'NtHSY.8:O(,p>@:AXy\>6DKΤ*-c}A_|	e[%ۼ^#y˰6ݫ%F6;}(޾BYǂ =T5gL	qe "!<ֺ<1w<(`TaёP͉d
9ٲu@'S5Ib
?3ܚǦkRYyTGM'}hORmtP9Ƃu?.GۀϙaS39dCEwݙE=t=Tyק]$|f6fȕ>P6t.-~]ՙB(``KC"Bś`0DM,sޗ1GH .!@,gzXi9:TdҠtnb?]Lk_M¿y--~qGK:TRA|P%K[ƅ*^-hե,|V^x"ER96A6oՁǵtP.Ν3ߝsZOs,tvH>2
ë&wtװw&E^ƭ"Byzh&$$Μbؙՠ"`baފ@;QG)taSn}Q${[dXf`{ϡs+{io?EnGۉ5\""A|Vot#PȎVl(x$؝Mhp|G@aJ6UrhaĞ5 r}/_1VvN_ûilP(ܺDGoC]xڧ)QnvU?.;$5Tjj+\42`H(E9ˤ(a1|Q؝;?ڈ߱S(8'w|/~^C6&Uo#ŉ4ɹ57x3'1Ӵhfݩ3&Ƣ)ϐ=4cz6|ё
>+բ&k	IO*8i\҉ryA+}0TǤ(CF6£ߙ>g,ǵ:ӕxh-BfTtH:ԵT6\`I \U3¹;:b[}q{	m$ `Ԋz@Ph%`<~W6Nb6|~#	\>!IhWޗvO,xnP66ћ
uVm)*cDluۭsDxڂ˽8~&G{ՀH5c
5ǀBuMrB*gڧRq`Lz:ʻT;~4i=1}͎aotZ/-+J))7ւlh
h<*|sQ'ryB5lf);YΊ3	m{Xr/P%[%QW=iVxa\ؙ8@(IѳWPܛO29_ɟާ>]F`C581ۏJܷQy~+Íʺf7U@;L#"9OXł"b1b7L*n{Q4gʙ|u:esVYȩU_k rfc?0;	jAOX!̰.]'xwgc+1ɓ?A0Nr7?ͽVo@G-Kl$ǖ*Mqu/C^R?/ݚ-^ܰӫ*r&Nv4P͔S$7'>'(L6GǒCl~]~{`KǓ,`8 ˳ݓܾ@TD#?#@BNMJ	M9s;Cd"]?9jos\8Y-yBVd(J}w4W,p9}augPI;t8֤!ph9EF/loύ1d]G4Y2ajc%<}!<<{g2xo˔Fs5qujWlnFh)j5G%0U)X&HE=^Oٓ5<ׯ'Xz<w-`s6ǖpHT̓8 @O0U4/+ИĠjlӫYUX[_M̮Z/)dp"GGrµk0Lԝ`mY[Px]Gp$K.W,MK/%ReBgY%ڜ7֐{ӐКϭ3(KЎhǋ*<W7ފqH*MbnoX̤-N>ٸ,f>|3Cq#be@ڀa)-svPgk}A7DH0!էZʡWfRwԪ#0@,4.?8Pxjg[rc*ÕԂR9fg=C$HFFݰd c^_V{fC"u:5hFSz84CӌAdd1K	j	8[P6fV
h߁KR
4R֕aY}L{@:Zq@o2*4	ËXVokLi|JD=M;N>;U8ҟ^g"b+oeR4sRGeOF6ޣ)3i'0Ä*ڧg
:B3DԶa3U_qWO6y4"='bEvМOuhNG|>*.ٖؼKޛɀuv
=VQ`aڸ:]tǘy<5ڻ*dBӴXOs#oh2ڮ#AɡU\Q6F@mؑ+.®;~,ߜџVؚܴ2'>N-(Fe//gP?=99CqZ
QkT}x}%ܵ3i2eyIO1nCxBc{=Ci~HRE-Є!v[,>_`%vuX@_=;_r؇A'ҳ;ة]OMo`!rȎGڲڳi$5˿hSDSU} ;SSE{S6~>`aS1ӝGxHy59ogRˋu_;HZӆU@u-kN3ܷ.tcJfֳşe!ƼPEw޻t]ͦæ.EgI^4<fJѻ;ܲİalقL)m){^ҰR.m^Nؔ52³Jy
jEђ/Z	c۴ZbƲMKGwhh:G&EtKPڪĈpLs-J9:!8W@)Pu GuaW4tNT;~c̛-ϽCce^~U?YQژ[/@jg_dV	<Ww%d¶ṛB}_9ݖ	J P=4вoeu_	;z63[%{WǶW1cޤau*t*_|ؠbEͅf1.3,f+ۗ6)iQU`ܓ-A>9X=7Ti5i ޕHwJb:9ʏ:]/u.AN*<s(
G&<pYɐ5	e`v	q ɟщ>zz0ŕ81{	p&R%BIYyIlsǓos7u:ԴӾz)5$W0E).ͯú@_Lu]چQqa
ĝNrsզbN̨I`g'o=X~ʴB&(4f<m*Y"@;_(`@rǫÄå{vaL4_3%afa] z3~sҗ*!9y4HٝZ3teo4b ǒ:iRzܦ6Y%lFߥWYT],;{X"fѵIg=('	#W5E-@q;
o_'I۾KQcA+42>@v8=ƾwVyh
ŊM9H˼ŲdM#$o*\كL/9Oqm֧NA]td)'8{tqn<wPRuDcwӍ؟#mMs}1LjhBM5, 1{?2s1 LI:9tL1?#~+|νzMISlg4+W?t|ʵUiZ](#Meby ڞс5CܞlhONʶSkI".݊=۠M~HÞ&# XAN{*8p2R,KIr dR%~(	q?=(۹$9HOֻ3־(ke{Act;Yf̥-XYp@-D [6mү&PI [0LK4v-&nĶ@ }S|_GȠĚ}jr]8cъb{˨uq4tn4.Sb4ɉDő:vOO EX֠5,>HFx] +bDѷh҄dA olpKEZT45D[gve}68>KӻԋCJˊ֦A4*851~ru.SδfgGSB{ai3οd6JRmS7*KLKÓn>7fUq>i+ļp].kh+3`	`Lū3S(кD[qH4JFϻIC*ؒ|=3!ƅ|ulM(m-`CɗӁtƙ1S[ףKHmPBx\-0?%ka}MEOhųb#t'U8VLm܎Ys`)a#r%ǻD9<?""ױŷp%	؎PU	{ΐ.JrT;Xf@Jȶf~"w7]݂z5Xd-`ͽZu8ÍJҎe R	YeS99qӕ]sn[lٍBDuҏ:nٜWZ+p2G|;`aǷ#pX6v*ybiu^E&bcĿ k2)'*bnT-\62X'#-Jd>'e5_/aum-J@\1WI\l''qdqJ4-M-/'U|
JwKOdPnS!.JOsgA*n+ {ŌowEe8Ԉvp0ΐ5Ô"ìihů|$ޑng
ROtcٷї=q8aNٱ+ڏo!i c|dUmLZYj| ,Ɋ9JISXA),4&T1o;6* u܋%<đYnK~*\$*ˆoǠ3x%TN6-){KpMuU\۞nwnڧ%6ӽB%Ǜ*j	?/+Jnz̘=O'PHۋnQu5NR'9if̭+3	<՞]!tHct?XڞʌK$đ=*X?D-Nqۿ9ewFubh̿8KTa	,DP޴z?h3R]W
ʄ	U\Н:H[	~>IowІ^4P!DC&>,/{Ŝ\D/s	NùJXML,`d	h2<@3aޯڻ#+w`<TU1xxݭ`iKgbl~f#~npQJ.hC)w(mt5ж`X*wy+lk*-}ͤTt/ y/70Ï "TyYu~0-:9OpCv3_G.Ȋ8DBȟGLX){EZ%rrټ$Ԑ*3y_f)`6)3N$w'*}7
p+&Mm|E_2k;^ְa86'j]Z4\<Hs[ԅwjf4hWuFeҲ"0W~Cl'̛(]Ʒҽ}Ȑ]עUώ"srRݯ>ÌM)8	+*ׇ`g(RF)1J(jJ 
|Y!`WBc8cc"g^A4T{KNt*_XhƖDܐRX7dNߨHCʑPU2'NOwjҩ&:YpҌ
۷u0߸ǋLO<@NAJЌE^8ڌ
d:1٩wX/ƨ I"KF	ET*M?'+L{-YгvZ3z|
VAV@r4B^ߜpPYF95uac"0P_zvφqQ@Eis}N}z1"
='U&Q yt٪@cMN3'$0}/YY.2tog;H=]`On"@aڡwC[/A!^;w:cRKpi7B5:}YH@ѵ+
Q^0VQ!quΥ*vԆU2''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25368)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
