import brotli
n=a=0;b=1
for c in r'''}mubzOD:n/fPYл2P؋{IB)"wk|d$Ed(Jl8l6̡ˆɛ:iC>d"`M@:,tv51y0!7v*!#ܜX$*;pYxzrU"O[K{#E&51uYzvJo?BH("l"M=V٨idRyߓOխdQnӡ]0KטtTc&^jD|NMF˖M۫iC'֢wǖQ.H҅j	c{{V.VȊaRq;gulXۉP$ɚkl0zfnp/ÿ
:]?њS;؃"*`ZвU/,=!N0ǰQe:@e~Jm~B&ɭ)ط^VGQr>tc6yliCq9$޼d+eZ_}"gmi.(ѶMx*)wګ8Ï6<6Źr?nrä4ĲF9`83O)w3dҙ*}V %`Y%wȹ|1'ngΈնC?#ft*LKBe\3Pb׽ykUN*YcU|~Um.
Z~NS3v*G3m@Aӈ_Sjj}Ū %FE:d~PB+j+@F(бv	]܍Sd/e׌Ȇ%;zǜlדxF0y&w̶ư0gȼDn{xkc .zC
]%
!h*25تH[`~g1KF'k6+ЙF.H+-x6F)r:F?\MI@ҝ/ܓG6]C$8xvdng>|jNƠ3jPD|_)zl̏לBi\c;rUB6f:֜ŔdVR7	)S+ĽL0 Ȫж,YC%Ibx.|2Vh#2[x0~}ݳ2#]AX$ITu CȰX]aR$^"0Ŝb's{jGl	+]O~M\T!z.\LZaPp'u9pzlm
²՞~l$	(B 2׉
9k.;\e]1ɍ*+zE
0NHm/X*W''Zry΂ϓT/g3 F^jp=3i58)۱ABT#[K[{L pU:&uݡL1tt؀n4)ѹIvfsxz@43%C]-z%Lm\+)"uPt|UtڸmS{3#%86k׿}~tP~n\)e|xR݉6Uf(iɌ/GW;^W
шdx7W#( +$ރZB٫Ā8Qϝh~`ػ1։ly/ѺٓӛZ4AmzKR)`ŊEcI;=]$2Z	w@էlD/$O/dzPwIE5sfIMrF(m
ۢ_W^uhLf*֮OeG`yyKvyܐ6SXr:lrp\VTKo_yS>!r֊pEih#Ek~)'\΅@g2Χd
ye%lzDfɒj\hM0Fظȡ8"JdfnC?s[}Wk:&ds"P~ߚU$6wѺaS6"]BHFKɧoB`iĽa
"X1$+yW{x+7_RR˭rh)ޭMWĚH`bOJ~yt }TF,Cxk:12ӿ;ۼHehҹZ
6K3"՝jt{BNA\AoWnp}binKI"niKnxΎ=<p]gy6A{hZ/y/V=4ܱƋ,Yy^5Wbioy3jzkI=|b/ܞ|it>il(֦zQaevҬ1oq_eC@ےшYNh0*0MƑC˖$9ѷʛK5mku`ƞ6^fv'ݦcN:FL5	$McOv9͌?u˰xID1HD_ֳίE'<8UxNVΎ$+ae%5Mυvr[.PPaB2FIѩcJFxm+Kx/K֜5oKńf\,؁|.9zj`2c\lz]
iW]PY(k77w2{0IVOӊ/X͙7m¶5aɨ$q|yCD%03ЖSO{DNƖ̓"G0:".y <OYU-_ĵܠ-^UğapgjS`7TڱAw1,cv%Uڇl &/nhJlɳʡth6F՗nt!GD-U\̼+\\ϢX«owCarGu=&0KCf-T$ϥ`i"t,вNxUJIZÍc*f 0._ufqen<;?4MsͬwKs&b.	{т9k5Ӻ~'hu6ϛ4pC<5[G;^qmP%@I#e
HYί0҂a;XJɼTЍp̡8mccN*	<̂,qy	=g\)aЊ+:(ď}Ҧ<й&E`a݈XK8rXh`Ae'LlOзˁ7"s'Bz(?IB$eb#*u3U[Ɵqqٛәfהq
wYn+25!E;F*B dS+H!ڞK*:X֠,ثbi%}Қ*>O"Ry!ŞV4*9{0\Cq:L?	jUmp"}9k>Xƥ7Wq$I/"$r.>?-F+?tq&Q4P@s
՛aEpy>mRlI@|sPvEM%Lzz<_?	ٶJf{={K,Ͼ|È(/C ?/$eHN\!r.6ԥ(ELޮMz\M`MYMWy׌iN|wn{3-WexNT ÆW[9݁۳!H?nTDbw;טݭu	P!MtJ{.$>67][sx{2E'J4}N	^Kէ@kXs4
Ռ_ э}ˬ}Z\.ؙ^2پ_m2hCIG]PqcsKbӄ|Az%9Σύ#
-.{=ėLĥ$	m^DsDDf-~JtJ*͝[N~.Fn:4#:FZ
\^ޛ=әhYI*jیa:#6y
PrlK!H]"t?[}e})cwV4Xȍqyeǣ{uI>M$͑ƦTJTCM؆
@B_E+GTyf;dIڤCP[AA2P!a&ğqLL;p7ʞ7n'U4AAJ~סg0 yMq$د$,{Bj-Ї3CuOw%_ݼwft)f8Pe}ԒL/
ߔĶKr"U
L;urt$h><'4>˚<'V	Kye'_δ<ʌuOnDPޙWK[ܜ%v5GJ&	y
`!!* ӓV1*ۺ:wf}{*lo>uP5>;#DIKLQ !q#j5>6c^,tPp.8l|ϒ	sU\vERS6vHJsp(F18J\^P?`KpiyBi׵]Wp`<]`*
cLb5{}*j(,:$\)L?ݥC_{z{ѺCR^d^I\mؐڔlV!|3+\ˌہ`ob` ύDH_A1ӎ+Rz#(7zK"3p=w_0lƹuċ<tDTy˒|$%p,W!%K	Ʌҏ43?dBiGD<#Pϥ)\C'l2?8z'@M	AF~_>Pk	^y8։SЛN;v2{RsMÊt3%_yߎgNE(֖Ԝ8۾mn_fv-"(wtݦZI6^RLRQXυ}ׅ)8+5aLSt<
ǫW9![1ցf{ǛZ+=~`2QL	,ChG2ӊZYϣ8<.01y<8M߇߆խm+C5>DG5geTnD̃p<]KdQ)XG zu068taێ<%x̖QXRفǭ%`,e*˝=MbJXTB)RNzSŢ"Ws٪#I7ɹre0 ?md/37ԩč*t(<$Rtx	̐oZul|Eg>g)[vwՏgsȑ p;\}oR11||?0DdH*^J9@%=xMC^r~Wa7
&-3%cB
v"yp#cؘf8I%׬QƩH˗.ťgAoʷguD\eo5	n!YBv`x!c4MfDlAgaȽbÈJe/Y,AZ"$Yl PKk%X'/F!ͥ>s'^Qm#D`r.gjzp{mQ./NUH"V*@woJb}sDG`F}:lq<?(uʒzqݑCȵ.YB$l'=9TʻtR
0nT,f3ۢ@m=Kn;lnVN#I&pD\־!=f_0D΂պ\;*";jZglQq9e((ߺMnc ҭ_TJX<l}[mHc/$@yڤ!}qYP|݇"wȳ6Wwj٢]r6˛saאcSh&{\ZK,҈$f8W<J"{sqqp\nݕ$'+݌J4l߳K.N%	Q	Ծ֭|=336!!}=ص˶Lh(d$B)]Cht4i_̒"|Yh34.cNpw7!ޒӅ\XӁX^'[q5|Qs(R6BtuǁȫZG<OQASrn^i"{P֠w [/Q7MwJ=Zp[Jȡ(hл)AL?nI|Xp8ڼѤ˽r}C*z>da"ieeS !eR"zw+-sm'?DՂЁt6z?[hfؘKGe5ƹVv6TQUq f7uv,sN>o\!lVxQDChj8#O8oɕ*;ɍ'vvsGB׼F
ג^݀G,L;g־tYFŶAH܈ByaE-@_Z̞^"7PR3a]u"ݘ6n"w@)iԀpY8/;sW**SK0jT"L@z%xd"Z%|C*(խƅeb{ևC:(DAK@Gzn` &3yЙ$h0z|dLR=OµQ3<̚3gd%ß!wEi]f48v#hw)nǜ/_\arV7VV/=*gDHz>y9&	"z><We)|"iNM_Bʣ:.jyRz{:/q	X7
n@V	˴9}1!Y=qtΉS̼@ʷ2,L4ݟFL4X` Ⱥkv@h
cF]P֍޵BN/& GkdfZngXO0`E*`b
KԀה6ܷ+W|xֶ1=&-gcR28{L
] J!LyKi߬A
[eqb2!6Juw7#hDӂKP]/'$!X1fi$Ûbg0hJzELP݂gWYӸ0C!y_ۧWce\՘b=pʝS+aIp	W)UD!7?^Heb(s^d}LRg]-J{.0=0:tܜͬ#O'GݛLDLfh@FvtaL;ײR߅Ps"qJFFޮ/ϣ_C 	EIۊu3 @Ox5ڥNjŘ1g(@aԹ3rVI	+pkM޻62I@ܺFa.|B%yx	9N7|fPܧ~rRUKɢM<Ԭ A*#Ge@dK>f=
2?a*PT5fݬW/h;'к9'(b1wLTM@^Z,zo{N٬R!fFB>>8#	C*ء");CO#F( eW־9qE~}8BX-tM3:71m?eŁ79%x80,R|qQWxmnb+jК|'OйLS̰F2$oH6Z׶zC>87ɏН@XYpPVA2އ=փM5q.s0e:SBT&!$s/$OEkZOlBIh*2?!6p\{*%4~l'j). j<5<Ov{+M7n;1ۧae	tz>ɉkޓ6!~Ee{?\kG8ilsif/b!pϚĮ<?Q[CK#Ԃĉ#nyx3?ç^ K|98v&$F|?OR۫H\7I͕Sc^P=MʯBL~&|8z44*'V͆g0ʺ2VbkMhM[F`Ugk0muMGE_N qHT] /g7t4_۞NAnyD@GAPhdH#^3O}W7,Rih+)Zi(<rƐp&jh{nh+ai,Lzފ> {Ưem|'	nSM2ʆҮ8&ho*;M>8ZDe5Ȝ#+\miZBjhL kK-jv/#J֐&ВbWR~މDUb#_[J`ɪG-ם}/s͋=ґv5Ikژ0OгnVΔVGnLɆhk؋f[nޅ'X]P lI">`yUXXDz"ĸж#dt#Ƨ3n>Toη
j!a"yyEp3	k*bW=܀{m46{gtv8TK'h2qXTQǣǽYTE;AóMRDW܂ Ę}9|
@̗K9$|dtgp
Җ͙F.*$EɓhضdaБ:$iBŌOH`r<'O`~EMC
̝N !&9rY˔BN"3I3|Hh)ғggbqceX~%[ULiK=UUmU7q^:5!)ٝ*a4+1*c-ݶdw",mzҜ"r*J(bS{UÝ#վ4"ݦŽZۡ.NܑbʶqԒho(܍n.HMxÂs6#s=F	O7f^SY׃v&-MG@D2̓%\2W=ޠxm^ĿUs|2OB0	oIr_~<uw0
I&`<15V,"TH1aU-ǎxpA##ՆǨ)X[4?l8#	+c@DnU
$߈TL@sRY[aO4jiEΔ}h8I
-oR+,:ˈ(z}.,0qů^#(mBc27V ̚l|W8\PMفn)1?C1pHS:bˣWӈS-5y0R0JDȀ2S8>lDŞ@B«o#!ufG6F2*ߪM6@`x[5mO*-lrU[lҺh(Yy)b3DZ&b}h?HkNY¼kSNk<>ްBt	'my$Ća4-(?*#($tǨֻz6e5@pl|eÆ}#F3cgPYERW \=cz ȏDNОv>΢k?TK2(+?bB|iK̳d/׆N-xI4TbR=P=TӕϤn}#63f2˄wu~U9R$=5߽}Oʹ}IHّo]_ao#X߁+0x"<8ZpVűz}GcrRN«!ojArS'c[v÷pUmH[8m
IcasБ<	^"8eXCdd*2Ω2ΠU9P1b֍BhsqՓc`ϼaul~ʻ?&mIg>VY#a3
5l}	II-of͊vEo'N6,Bvˍ(cT(t9L(&R`:)arNojÛӮ.ˀJS8K:-mĉx);ǺDʄ;Wgl8>J7ʃ2tŷEث9Q	~ϭٲZIHhf@^h߻CC"҈ƫ#T+B؟Bˤ0оaRȎ%7kEmJb4fӁo>m Si˫^I2w=@ԙ(̓>IX)imq<5͜u50d)ɢO-UH09f~gǈB'з`@լԤ+BSb1@ARb-/ä\&X `k`(Z3Wq2?60e[%nCӔXBQ<֡Z1ܣy<7ɓ`ܘlD;/Y`8AvhF}>=З9ǘ̰3LOcF#8pYr7F5r{93u)1%ee#i7;]Џ<3(OGF.>ǖc̨d!;{Jm؟aI6OͲJ<ESѿƏ=lͿ0YAc\ȗP}d=IȤ	e[\	Q7S ':fG^<ݒ*fIHRǈ99UFGUWސw;b
k	m}-ƋYZw>|#x1ӢQq.?6~k\ZJ-~	߹m\׬+rRzLiւ_
xߍtQ	~NsȎ9KzpzI/v~.d&j#PW:@8l#Oy
h͖,ȐuxÃZt>+-ԥ~.,js1*z~qN7wȅٮ	45Y$'jP-my'whȱ$2U#"Z10u'+K2&4MGlRkvMEDND4'H2˯O@[&śm޾(v/0:F#L2CQR[6:׭7"+izdqg@%-l+\sԽka8[T&IZi3ުd?jɢ0*gÅ}7;eӶvblOc?l:IƊ υp<K	:5lkZ!	G\	N4TdwA}֭$itMլf?C0f}1-Shm΋iWݭY՘zʟ/'\\[TF/يF֔]ԇZ5jf+ ak[<Vrm9
<*j~L&'J:Rj5PcZ!20t;͉!5>T7N/v;[|*RcWP{[&KHmMTr_h˾e8LԨBpdQKrV|a7U] ;~,^ui
*2YjێHurB)џ"ڦq{I,9'(ؽL(AS#>O/q3`:}96XJ1Ó)hFTÉq	<ҡyB]"nbAOAY7"q'X!Rx{
5?7ZuFZi@ЄRKfԊLqe$>Lzm-[q¹Զ@/Ѭ)?0CQ).\%q;kB.h~MR'æxozkA=BD%#$zQϧʠL	\\E_LO,^IgBayFe?ҌMp]0#O޶GQR+Յ\Xڹ\cuAcA ]g´JZo}`Ԙny?G	"Sxc=6b̷o(5]FK<խt>ׂ(slVAh3eS"کtFjP2~+^=>"&q!X?hnk0hr<-zZvV1zG8+U	S02EJ]Dp3 eǎN)$KsbbKtV(;o͍>d)fI.ratvXgC1FJq|{;*F(Ҽ"ΆJ֬4=y5s9ۛР׬8\ORAr14SyPk	ÿ+0bJAYk;U6.;ĉ؄ϷPd.ȐJ~	Ƨ@ԙiO~ԖESwzܘkЪ&ϒ1&hFcD+u	dm0kݍGF7pP<ڪg+dA'?fzϸyB?dOdr^Z/`:d<m!79JvNkǸFBnˁK:!L@8~'+(muܼxL!ژi+TsӢק{Y3I<.xTKb%A]hJCYjR_ysH@%ӻ*S\/G~ʀgBgǝ`hLz$bZ+>}Jp|}
[/yЪR֟Cim{L3H9*[>*e@=avR-?g;ٹ6:ChpRaƛE <[`ӌ, *7>
m9Su.q}a.$/vz;}T?v4@62<^:԰ݰ1b8wuQ`1YRj #:ITm4"$˛ls!l'XͰ4E VؗSdعZrepޡV>+To6vN5FtRjOڏOJG8M4\kbPU.DM^f.``wD>Xp|u6΄ʼY!,ͧS@1Ϫ̞>rґh6	л]qugdWWXC<9B`@>DNGӶa[{@e޷و?=/MΰS`@HތdۚNa;s0>
e4%e+(yAmF1
ٵbcoGRB}|"'%iDǶvc15$0jni;iGWڷufn&!'z2ݘJ;ĈEi3>;+8-a2k;[#"rW)
Jw#^.?ʳ̨zǪǘ
{q1q̚ݜ#״#qsM8<@
s͏WO;?yKRҺҼ,mگJ#˦FzޢfO6wfCκn.eҭPp0+9SG|'E(U^x~v@_##E4;xkGEQYb֢ыТ?9AZ|&ρsdŔ(wق3 W#^jqQ~r6G'e2BLc-TUqBԼҿO+Xd6[7Af	qbEo%'R$anv3dES6{H|^Y7U$:^rݒ^kHwrm>Em6-Ӱzҁ/%,q)ĈHJsbUZacaɄH%	!>k:\/@8+-6
"čX#|?h֭c1ʮ"ۯL:oTDhӰ<7E4ܾCN;U2\Ѷ?yb7_ѶlaBy#x{t޼S2?("]&-z(d{;*"+IPqĜ:uzSHP,-D=D؀x@ԮҸBОtT`CKLI<aٟD-ИΗY%>xDE#,(ee>;ܔ41qMnYFf72<K<өjюwO1r4~7oG.50&v+'$_
0c!;]:=A<E
N1i|xgR(9sOI: *SI:a؃͌<щud9sn[fu:_)V+"4QO' ΐ3$[K[R6Z>QՁ}s#Xt1zZh.f|cWlAfmƾ9;]htړڳ#w9͞y)"Ωɜ~o8CͪѼkoG]=*hi2Oa&2g4*L|+B̔C*-z0ٹHׇWz?3\ДfA:bە$6'M}VUH,bm+1q}Y0mATٽՈ2"|8]y'3H\Xץ	AQ2!Ӹn-hڂo.UAWȽu-L>i{DIٖQ.cH9}!'JGԾg-va`\]D=p˰6}
Qb}a3}Fxg;[p@[&ěB~ޢB|18jX4_rRp%-!>zV8 ݑgaYá_0m^Spd<B-oϋ=iZW#Nێnʙ̀B8aԵΩXt%XBep{CK\g}~i	i!1<?Ǟ	\[{=2wJUЎȾeok3#]TFXۛOԐr `Ex/sw1V#MDmd8?[1=Aj:5}*5؋3uTF>Dtю@ .Ȩ1Y?06Rڑ1pg%l5?s S9DkCi~tU!p'F>b}ʠ֧kh#c͢9"+ώ^ӼEnyޚwjLl&dڹ"CAK)1QúȶZ)lEԙĕḠ$ة,7hfD`	r˥9~Y EW8S[p~ܧEIT&UǱ(7$sGryfΩɽ9GZgDc4py~^=hF7gʦWQ3w71IڒEEgs|#eR3	Fe(>RշX}D57:s%ݬ)dOr҃piO$5[RUZ@HHrںzϠ*W^`+>NÄgKrɼ~lGD/FXsyϜҖ}΅@XD@8MڪܒZf
A`_%,
.O#{ײ&XikK%$~`j. yZ#-~s;+|Oi(pbD!oj7>I٫Z4DߒS7
N
|&qxfPQźˣ[ ~pŉӶO9kE~.OuJ0[bu*Ϳ=4htuěK)v1UjBKhdռo,aޙ?I;b-*twQsXٹH
sXva5bSЛ,`kmT&b`Wn	i|)BlHc:xB!AˮեqiHm;3Z٘FkXް-)-oHZS͢yYG$3$|6*Γm%%:79J1D#zF	jU`)ӃM*2=oK؉"\qHI=j`ژ)yLv}Րwxc4U}Ani^f2tH)ݰ<9ʞf4XH̙T9l~zi:JbouSG#1%
].AIHsC^ef:rǐr80FJp"41Y;"$z< ZV>V2'
5:`tN9_GFҚĳٕACW+ bQ6>qcty˄>O8qR3Cm=r1M~ĳU҂P-ڤ4wK!|W}Ң$;R0Iq F7+2kQGlx>Ϻ͍Q:fˮdIIS %5VUGyTRǠtrzD:ͤVQM=Gw>~1x=3@X~1?uAF
`6{\*D2{YJA|Ψpu#"d'FޕĹɄ˕ ق_,x4a
A6"XN"[ǑXM9E ]zti?	TܞmOp6L_$U>yv#j׊.P-SL71߼V /=ܡyl3l9SX?)ohTc;eh*@=4T?}DW=&aϑ־HF[ƖubЏjU6?2`I]Lei߰B|	t?}ߎ1|FFSkUܨ]Yxs5aw)?
>-pC$!5ܺ)I6P(R~n^`dIϴMAW؏L ^Hx]b2T.
2ylSVǁv?؝p:e2ͽ4ƹw*iXO0,u*ByV+S1"vE :$*rQۗ2GהNӌaRQ6X;/<i;ݱ#
^)räжxNV![AhcoMĠ+Ԧ<-qLkgĠ >
p۪>Bҍ\h]sql[ףjS	|:zwۼU%ބnj5am08hڤznvddWK׎4a8@Tl"LHlzoզ'-&\\n-ΚĒPp|Fq_)Nm$qAӲYܟrmF;OHh|Ӆ2Uˉ	-ڦϵ;Xr-dC޻d
9bA:}˚T z%B~_8hקx$eȊh-|pӗ~YT̯AѝjƩo/7'ŏpEu`ƭ]	*0=\ڬhl	I3X@,f1{'R9I`	ζI4epg:H)^;xɊ]-?S.bq֘K6OI
uJtCX3[Fc"ںݡ	3gĸx
ݫ=ґܿ3-y˪:R}o}T-ܝ{ՁIY9vc#< dX)zn9-4%J*HnӨwOȊ)$cH3یۙ],uɃHvMhq &+^YVS0Aˤ5@,7rIfaZhݟҢu!]./?t@Ϳni8t8(/,t)9QΝ_xX+AL͌&BkQ5qǲt}^:3]!Z)Ǎ>6ǝˊ9J#+"&nYHk>i1k*[ѝ)Ʃå"XL%L´ȳ/E׹O{5ߛs	;o"
G/&Sm`g+֗IH_NȒ$r_]#uOԕI`j YَD5RN>zΣ̉w" l̈VGmBGפ73μβH39Rړ<"!A9@U8E14ki^akg=ʲi""axs"5B5	Wl˕$K~_Pr*~`k5SCj۳vr	S~._m֫n5X@@mD[݃Riey^uzӢvB6ˉD-`Aofu=uq` M0xИ-ͤTPsMʍUvߖ]lqǸdiXՈСQ;t?2VG1^͖L_ʁrC[Bnһ/	M/e`ѝLxX91fVQ<҂|*chX-|VJS~JnT9Gl@4fPТ{~Щ^905ya:Pddi~{7Xϥk͟Wr
2#rɗoއՓ'2$wA~qߣ̺H	xpeؤwёSK!
p4%ޗZTq8L{WT?h<%?<~dM<V`exʳ]/ihmni.mY5
G<q.gsqD1ƾ%T>Yu-kΔ6´ɓ˟](Oitg/_ִL/&_Ui*kS
Q^էCGпb]2ãh#,Y"߫\IUh05)0f>F?>nu_Қcu wGW6JDЏh>jm&8uNd(˺>*q>֯xK	[9oKM
,JYetEΌ'd3.Q`6qkjqEHGؠ?3H"pKMֵ5zAs!ߜu8]!y1^L<ɓ.d6:Kܳ8!kPj҄`@!ؒjsjАxgӪ֢Pء5ΘTkZ%^4ünDe3zҹ(nG݌vFxV^kO2O|0[pۊ$oq?̤,VF 2!'V4#:5~k5k{U#C]ΩYmі)נ	2N=wQcȒW+؋#ɶ+'1Mk4qTU'*@C&&Ǐ9wNc>`qW_bkf9C\1eStb<ƚ0BF'.#% UoWjڌt=w	XP?Wur{}~trjBuv%b9I:X/psGYpްۏ˜)aimu&~^bǧ|t)G=%Ӧ(QpӲi?|]O4v#fJ'"E!|ZPÇLA	FmuՇLGxj5I\gFmsa?ML>>vμw`"w;P+Rc),N"=ɻ`٩߯jHSMB+7:/o%ɫ,B{Ȳ`'bnfYöux=o~߮vAMRE4>_ȫ4cU~S ˸Ij5"ـWνr)5ąyEе\.TCG8C[:_mυRN1z`;W#EMlgh#֊sś%/T*Lh6ki&xy3hEМu/^y>/+Jܷ<xp݌0O!ĩw
'6p]bSHf-lim8geDjUU-x=1ynت>Y֛&U*CK6ːp5bXd	(g>Ry_cĽyHX5zYAk$hjܫ3.CVb/
YH[0(T~P#ރ*-"b|jTWSIc]OU"v̄[p?V=9JPکwZI/ɶ41).y xyٹ̾w˿w.w:<,|Ggܲ+?&|*Aioزrh2I9unJbALT82;7Gq!Q`ػ)+Y8MO(6[bݝO2WAK@TV[3 #T-ad)iEdEg<kl|<3 ^ƿEwDo?4l	ZQm\^mL'L.e>Md_Ɗ!GVEނJNm+X6S;ՒCCЦ[CǷu)ö̉M*Ivў,|K+hahx֔8`<\0*ʝ6sq'MNQr@Ք.р''mZ)K+Իz}Za&ͷ%2kTWPBTXJ'jWo4(Xl¶'\G,aFq8q}ݣ'Ώ+v֟g<כyӭKc{sؽ,:zVU_f^Ǆ~ٴ}m9`v%X\l,XJgUT|ʒ`F;ĜFNՉM~.yxRGpRkE#WQ9܆KbAڱ+m}TNq&H=;׹xp_dOֻLӒWܐu'jrANr2^RҜ7UromǢ;JpڴOdsPc04~G}?X
O0G2xbSNIdD=ClAҝQ{P?(D"QYv3TP#5þSjFBMd~óyYa(P45/w*$,25S"-Kq[A2дt%ff	IY$Oo'~Q'w:"0ƒoʉ2]+ZntYb;Mj!eF}uRw`
WG70?utQUʌ=Fley`^)4@lʼq|N! $E{Փ";^D
5::afiM|70e)F}{8I#dZ=8E}`ŕS3S.YWq;Y9Ǥj\}Zvn`: !E¥߸ޢtr 9TnTx.s+36Ib6)ތ3fE}ݩP<Cֳf̡1yfЩ1Q֠(O×y@ԬֲX*tB`+j7uϣZr"}~:fu>A:(+teߑKyи1!W;ԧMrb_{6ծFU@D;_j\/ЃAH۾f,aph%rt?Ɂ<e|{!zGvɎ9a3NgĬG
//.όOlųPćOL<$w[V4\$i6TEɢ*+ph&Cљ_6G0$kB <XE!ӷԾvXsnw7N7fy.Қ=mSH8tƓΧ>ƅJh%Ұ\fgt	btvLS5ݡ0ܱ*iFFџ"@rɨ9N¼&waU϶GQ8^vIxJPFzA$$"e~^[|_.7]ygw	+.[oJ~7gބаɺF#(yӶʼJWگٖ/?<AgZDˡw:t	$.Tmx|-B4/uIB	I&cqɎ]Sy>zEJ## R6:G(Bg*Zh!j-Ԭ./Kݝڸ?:Ʌ (6;?v.L9d2<.4ŨgV^1P@>T-τu"ȫ~*#}ڨ&B{h(Ϙ"^K`V@xg+,;URj;\7jKg6>.x+Er;aS";wk,*}\AKXwՉTݛ4ҹ4Ҥw*DM$Ag*
. z:sg{sz>81rٟ{m4C(tj& mЮW؆@`x952_rԺWLQ;hSS5P-b8d%߹a=Ͻ7VQSPű(Ȁ\'l!A`-uѭ+6'{}*U@i4qΓ .ξWt"<$}΂ WvA<1}[Zʸ-UfgQKDQL@مJ\Q[&̎֏IÎ7޾Ҋ_
b9YGӶ2
c@_O~+ɢ?_S/ny1-r}'|߯zmL60"1j?H֔/o8	ȅCf`1maVJ3]qYJtٕj10hͩ	W%yiOaeWޠ. 18fXXʇٰW!t̂ &IWٿBUJ9o	f-N<.nE>Jx!v_)TۀЖD_З$hyVƤFx,&qV?Ẋ.)9dۺ̧I\qNc|ͬʐD;%r
:fDlnK`˧rʽۮ\u"Y֕z2Rwy}ա
j[("ZɦV]?^WV\ɯ4f>$Fu9jdaD#Q9Qć=c;2C['//vQщgcƓr1bƛ$#פZ}˾ՠo{$<ļDpv]cy[tɽ%:ۧpT'rֶah^>ZF<Su.P>+"L4k604Ȉ~!ۙ#C<wCŃۄ$"\h EcW-~C(#P QwH1,`,;K*R	iސ̂4Z$Rȋփ|gݭfUحײD-8Ow\rć04طl~ݗU9.on+N5vOL=!'ʊhvQQygpoם45Cn~o#}@D4(*;w?Onn={U#լ|cUJ?/jV;sD_=!S tIv̠\&b	zHUɪvb.] p}	@oPnY]N?LrOڎl֘Xng-έ|xO<t^f;'QpN0L;!xyaSfީríTm+17~ ZB)Z5+ix"&PRқNMRdt0[vNE!zǠKOW
qNY}Y^3ݐĪ?=|)dQ/kTю:Tτgȁqmg`OAc7EBWc\MkiJ+(Ɯ'$JdA$;ݙeʖ.k+SNYBӀ )ɄUK?{0ϧ`T%HZ],'IrW؊W՘.}4>R;.wh[K9yx 	~k5ӎyn	%/ڎǭ/%?ߕCL&Z68U3qKONW~}vau&bTzLe0Y	މ=SA&+eÅ!~]A/HDdnTS˂p	uZf,m]Bo{B%~)Ma۽sy+9:Sl'هڎy!ܛ(ٖ@(DRۀMժbvV&
Ҹe9*m-kҗgJ)aMlx'tSߕENU%7bca{BXmlOSWoV?ZȨ7י2\3:&7RT|A,M,Gic&5'Y߫+dRO?LŴ]"P;67/3nsM^nN|w݈EҘ/Yq@&G;xMe_ԟ5RWttjZiV^9bAθrn4a_9?Ҩa^[KqtfJQOO87_2ݜ[
w}rvkݏU͛-x[5DdbܪTRedsrmvGC19C[#t\"zlAx!biW^')ՍnǽŉH{jͰirґڿF*ۣ:"Zk{gΠY!"a,Y<iBN_¹hOp&GU7L:jq%{ fAuO1CT,(HHxfպCz}H?I+.$^]S)do*׎6>r*GvHQo4R283l8+;k)ymm9&TɓE' :VIj0,2y|O<|EiJv5CHY>bιB\В"t֢:J&l2o&u^z0BK[&QU
k1N*tä(!Q>lݴ&٦*IdљԚ5ɱ>|ZىdSC<nur-_J4bǗN_ӱm7afwhZR?LaϢNdpljH-Bvl\+~JE9d<#/JJoȗX_.ޯf|rMsШ Ʌ{/%<KNwZ?5q=0}@]7"ċ^Xq#PHȆzX}v9xXpʎΒMJ`9\>`PJbZwYAߊGMTHtauVzsj.0s%ܯ=5,ܕ9&97(םE|lsFm
uI(ѓȑ`@=k_x19K4h'B(=`SmĢĦ 	ϝGy+P?Zt2ol}:0jө>ñxxy3OshѰt%?stz['0hH_xgmѕ_'Y,oX\T-CӃ2g?gúֺr;"vW:H{q&:mx9oи3'}.h@gJ3mݣ1~0%O=eƎ÷:XaFY}g%»QKp?Rdͤqy[.u"ߝ(ՇtfRv6C*ba̪2r7nX,mA-4	ʆgʢ,`Vjl1$?XQF5p	]E? XK,od10hP 0\O#٭&	6ǣl~r4Ȟ=mшz[kBoʋ+#]S)qԶ$1k6UeaRkQE/>[u)Dn~U<A wm5(H(R|g&5pѸ HOKWm}r#EG|~ҾCHՍ6k##xRӘoցăkK~
Thp8p@},{h:@saXlc
cUѭ(r-ۜbƩM]٦m8|dW[ǃ2RYLͿRȬ޲"ƭ^	~\4,fȚ"ŸA*n,m ct9ahh}OLQV58PXR(Zѳm*ZNZs`9iEŚ1Փ)whɮiWLZԍ+|НRrؿֶ\7:S |aQzm˪\+19Ǔ68U,s,<lOj76kWs&rX)z.
(۹AD,26lSGk5Ír=q\TȘ%GmS:dϑqsG>'l|jӸ̖Ao]Y#XÎԣϱfu$UMʸ|:0'6]BBq07[/m%#h~T|пfD5߱?q4<ALXTuԣ
w`L"\QǷYTӒzˏϛMLayIb",,mcw%)cHѸG]ɈTOn;!)ZD	1|v^6/G%|;yX(" Y%LyѾHt۝4Q9>[S(1!-=
v6Wg	ZG]T./q92YGqƍ݉&}F`dsѾ!zZf_7v@DƮƠ2ƛ%=߻*/ACBH̵N3#*Ǩu#J*d,D];0Eٮ<SӢc|^9c(^i2vCkϝ@&Zu 2Si2*S&YoÅeϦlGHMՑDϊV`ZinإSC`'%IMShʹ)Y4oɆ>nw-V+xU[ľMB]/Ԏ8I6;2ڕЎd)ڼAEq*uDbfW"ǉFSJվHq2H5!i̷QوTi٤&9ܦC]޹т{ouǉzTNh+-	?{dbON
4׃9<Z
q?O Kj|1s1҇Ы,*]B6+j.kWŖēCePh׆eDDBɎpӑm3;gSyȫ߆8s%ϙx
תcFسHۛ,h%<x.ŀYy:Š.xU`ЀOXfBЯܴ
B-Վ7!VWz?֎xjmPh/+/y(\9E}^VE[%\,J&?ӏmSόHQ{ҽ$ެe'!s@:@\5s7B1UYւuV@љ^Ig.Gngݠ"#qB]3q;r)jzAUB̯m\>xrodVJɋWr#d~N]Lr:*f	o\hV"GݮӾ1|rz4:jwwzΝyF`mG&_ΠpmH9i;t}aOՖbp4h}*!a]J1:21ȸC`:R'	Ǳ،gpM$V9ֶ8Rȏmը׾^	wpNzA!I0?\ԃ1P|ޢ'źŧb$g=rTE]X6JgcB.ɴyг&@$ΨLBӂg̿OimHj~r̃/ٰ?yLg*+πC]A$c.iEq/L2Q§ʈ.}_-K8:0۠A$y`n[xz]6cS[_D3ѱݷjSձGWڧ	t/ǈ7yg+y1ub#/ԧs;0(s.1=Q.aʭv~eĽ-8lX<n:"-9)EG-|5htޖ~aFog.ݰ"tNYݶ`oe$VuCLԟRdbu:lNn{ vǕB*ݿ=ŶȂziD}:|ՠߖO5xKPR{ޓ	lث*җ./IKùH;N?5Fݴ*U(;PNT`.V<VS\eӲ+ jl%!V8m-Ģ&Xf5-=`aYʜŴ$a:G+\5Oеy(apCc
){˾WS$Ù2`{(XéETi:gGRp!BHRPEJ1xТ'a-(EƩ'kA>=485g=W^I(M{ذөȗógf&.&p.֐8Ρ#+̾>އQVʙy#_RS	OK^{Q'ɂw	gW^]+%mܫXX³!\Śj
izi˕XpqI-7ǈ/stwM4h{YGwV_Qn}4`ͧT/&aΝ٭>ɹIˮrrBE56v^%RӧD
wN6s .Z߂ۘLۄFؔ١īH#.~.)KARa&,@P_`
K|XMqHnKȺr(.PȅDK</PJr;0^ae,6L`qEۅٷ0gmׂțZǛ"wܗPKuU="QHIVҔZdn[QGˏ:g/P;J|Ƀ
	SE96s
ώFKLV<ē?d5ܻf%ZD;Iתz[~̮ӵxVG  vyJ pN!ShNVڮ#"yo(7PEUi/H*ۘjK\5ѪSupDjIc`^X;/(|sQ6ic5<YknEe,I
(ުS,Vϝ1)ލVkNv+_qWZϾ"MOORÏh1tl1cz fة3BN.%OHl}2źA)j`a9K4
˥g̩ǰ[pvеMAVg`гԺUeR3N>EiM-a9)՛./Ml)RȪMRJ|.)A1b,dۂ3*e e֖֫)L,·@|<}"t3Cuڃ]˪U/"h#>Ǉ1J2VtQ=MF`Ӫ}k+ș$hLf]	СLg4:qV;#9BS%T7ħwMk,ՓeC;^h{Ïv2]ipM@H*loh<Ӣ\ȐY/R~9 ǯ;pҰ,{0Ɛ,K`}$+5EݝÉp,$cWB+$,H
EMY=&Iж1Dgp5efVl_hXVԒԽ<{¨S(@#'2ѝ
<^ښrg8zk=ؼ]4K%6Fܴn=^n3O!qǉcuTCjϙ^n Fɘƃ_|j+%<X hXk,9p܏UPt5Kߐؼ|.[%ŐĻMЭdڍ4e
qu9ي;.XVeBϼLtٍ=y܊Ow
L>*rwѸMxD$O>h)Ʃyȡ[M8n48˾gKr-+]G0f	ϼR&)D+ j+6+%frո[NU[NØ876mq_Kԝ6]vAޘ]9Nc,`Bn;oЌʁ߁K
QJtUu֟@nvĽPBHSJF4dg#,:"FZt!0X<*N/mo*ެS5҄!|[HQ~	pÙVǚ>p=<])"cG^8|Zj/tAbV[_޹l)n-ь:F 7_48=xd2tlNN_σeس-y
DX1# jO0xk?IF|I֯Κߣ{"(4oCr=Dɳ=O#ԇhͬ:2dC.!֕%H;lGDuH}f{VeP!iƢȅFHu)@{Ζ3B|GU[f#jؗ1\R,L}nyZ[Tt͹P_JØSSdmϗ^Jٸp(dcH7Fex_aHc(ժfӽԂ4{eVϏ6K!x$FC|ҏ8[5<NUwxvwjG?^ssFiPfM7vE9~Ým|y?m!ןOYݗ7xM2"ȶ|֎%Ht
{}'|mʜL̼a#%KBGD8ndU /OG.,3Id=а՗Doc[scՋ!"n@_IN;ԧ9q4ly=kE1ˮbƀp6ffn:ӢG@b{;_ro%sGڭy=tsUcOT[)JJ-}~ PdP2NiўQ>ҟ^]˯)ҫgESiil\7bna@CO[،֗#AX1'(|"@GeQԱ>>|}ڠ$VyVyu$VnsD%)7a0M;M(doT,ƶH9d4=}sDzn?u̖x*))q̌?	Pk<?Mh<2܌))YÖҶ96T |0paLcklmR &׀H;D9mj~Iҽo`?͜3lֵ5ٴmEWvĠ@Auaĳ&.܆tf~ޛ$"bͼПϫ9 (LjnV:`V>SPn8E{W$bIa4-t-,$6R;$!wy^yEcĨEyFQRˊHgi+Ddšk$0Y	)>='Gɮ->|\*ewZ-="D-I>YÇ%HsfUMWc2MRΣJJ0!+TTLqfհ_jXN+Jwv۶S`K:>@{}!m&!QMۊ(g[c?ܣƃFɌN
\#_V]YmHb}s}Gѷæ60owÜθ){Վȟ.gYQŠݴS}s+WcFƠھ+_߾n=۩֘f(vA`J_""OXa$	:;#+2%'",
DbSeËb̛4Ɗeh"FUu%f(fbHҥ[	PZe܌"\q"u[;KuFrP Lʅ-٠;e+#όDe[2Ά@ü4YnȺ@@Yu]a((M+Jf\=|.a~3()@UKcU#j\]?=0`C^^<gJCLU5Zzݯ_k+<@nO܉ys#XDunJcAtfEZsKL@(Z`S_{3%Y.a#nSvPTNk9,El>a`f9*a˶'Ò'MX]:ʡD*GsRUlżA4e1vJe;0%)a'̻kKCHc7TJHxxasJG$cCٻٯ'z~Hz>E)&GuH0J
4԰<߁Q	Y3k.~ՃE4ȫs?-԰)1F\^73Ql:ce?u'mg/8ƬR'p<`$4}gjbt	aYrji4-\a3(k;IcmQQ8ɞy96rUXwY:>n gӑ'PR̄*\m{?۔>ˈ:ڭ*NƀF?Wbm	èNk m&7H># d{ec+ލ!_.¦$1{.'1ǯ"ʟŜ?kƠpaFEŖ7cCڇP1UX:ɣ:<pд6lrYS87WDlIdӿ.Ѥ66RKd%nѽQ^sJyCySU2÷hU(bBNYw!dο7[>-Rt!	Bk,5QŲ+DV̪!˩ѬiCrnZ!CˋAN@ψe8

0wsի'6PӤWpӻW89RKJ:3P`o {NB_Bb}HΤߐуM<vw݉}lf/6F<M/ƯkRYp,' o0NtGG˽WP#Ӱ2ށ87L?A]v6rfì-ULف!~đCP'_;ts@xv۔^aldWPDOݖ[<niѽȟZ2=9Trk-$sM@F3i+t*ߵֆ=~ip
t
leV,OWPmW$e0]k8q1tGU-־f^tvM۱Ih	r}CZqŜO)͝'a(G9-M|[M~"aī!5oRe
=34ߦI@0ع`h)ӚL#śP՚G͇G!\"Fpa	֪8JنzʎĬ`էaU.|UQq6FLD'}+ÔlsaZEj'J&*]J_[
Z=[m5=3&GB2cc1 ^עxrTO?k#h5?d>5{<8MTƟ}j4|sz؉afbr\VɈSr]}yU:pYkq#64˳F@:jx%Ωp͇X{"ǅ
ο ThͦRY,B_Wi2Ɣ	XnfC~Q<HԔ~ҸB6:èJ
(PxȒ9L'&[Ӡ%y\ô-!bPh(U?4ynGZA%V;DFZj5K1v^EDPvyXѓK"'Gr>u\T49DԔkفJukI}	T\MH?L1;M3ϜBLwTnQe&%?IG2R;o	ʟo[ЀnxL0(R1?_3WKXwEENM%%]|kjK j+,_.XʽMn~L>[Z~`uPAxԷ(5I;z_9eepD-JŔBd2MCO`ærd+RtƙbUȥ`ȒhuM{^gٯJ߽A"E$QГQW<NaWy/1m:q%?43|,oڢ0!ϛwi:tn#cHv[P<fґ
`v?f2PBQf%֧މ@C^X[.Qc.uKU*܌\èBTpy71$,rnpR2՛q?o4Zy'{fN֨~L=G?i·H,rCO:3ps.ԤJk;A?BhԠW%׸Nr{!So
kWΈѷԳ`9X$"4=_|#'=<J(ǞG&>)JDٕj~=/9#6]{H2k<UHfӹn3e.#t2yRV}~l?nt9Ӽfi@̘7j]w,TŎ:/vFg=Y-&o{׿h@ˣ1~SCô_jc6HdLn/۰"oO9StFhUYwͫcB~%vMXQW=6[{΢ѹjn[eǍ ZJH۬W: ͜`֥36nk.H
"gT>G*	Y*H&jH֮b* h$܄}#JI<ZaܾW>Tx3g\ORӉȮ?OA9V &EvUco:dC&s.<-]"\o˙x;'_U*eߐ,ɇ )qXKLIȡfIXɝRck̡O_ŰV@ց	ShAl»~m3N~!n)viXMɗmG9v<1joc='}3ECod}F6uNiھ(Rl6]ܰQrȸzs4Xˇt٪].[wRsWl/6oק-<Ch%	Ƨ,lgl>}YrWʊX9{t~]\(sS4~+bpieDLA'Xݰk[Olb0%\ߐN&)K3CdqWjB	ް3>$BqJ%Qjg$©Y$du#ӥSM)߄$qFbtOw"Yl/A]ޏ\//eY5%5hyF	,_ޞ/GX#k$vEؕƉԃh=(زcWчgvL'e@K|x?"š#K(fzy8xMiu\1V̛՝56-RFJI˰ݬ;NhaaƥJ~Ư<UFz"Xz+d͌"^c}
uCN17}Ѫ
3!^O(;s4vBY-)06%ZG(-hъ#UϨ7jE] KϹ{~\cQkpިJb'8;gr9>Yا-XO5		Wx:GU]ܙך>(eogˑu'@ʆzJk/H3>W_R$b@J;9Ŭ=\؍d>	DK-rHS2"˛kMSeI@;ƿ	N	JWwtitZנq$'H6pÕ2y)Pj.SrY[y+zL-]Qt''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(19799)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
