import brotli
n=a=0;b=1
for c in r'''='3ȑ~aM@y=n)8E;DC.8z0&)[\u:dԹFel~F05<
G>!|ňYݕN	"es{i=xC )Ѥ~}Jlѻ؎ě5\%sG6!x0X6а'P?:^@`jR˧˹lP!nܘӕ%S~oj+شwEU+K:ML^(WG=ά8#ƎnǏM%j8kKX8=Cl׵̀/pLs߹^VO6+4ԫMP7{wrEoq`V۾{>l7JÖZjЩªkA\5txm5jA`wde!5tJTćSw!g}ze{.vi^VTo5 J ǅif<VԚ,a>-+_/YNZ.52Ǝg,()?N{K6309aU&k3ssu=ʽPImjU1-I36tB>;PݮsļTɚ/}4Xu*?l:B0yڦ'YH)M΄Igӹ<l>V6#^"ўoX{wK9!Jpڰ6F9;Yҳ+`,L:!]zp[.\^wRUɟ؉y	Zs1,ѣb>v׉VI7:;
pu1e֣{ՠkV{&v@!ՑjoBW:]-(pdAY?%=ã/y)V<gh;Y)z.L*?'N6g"Bp!owtKх̺oKmF'"p1v~\?DN*ٻū
@}G/)]ۘ΃~ifO>)8_S+JQbYj4٭8}Ǒ37 X	٨kޕ*rL@&1ѓVV.f!G37-vIEPێ]No}; S@<?e,ۮ{:4ԄgpڷIO6jZqe:cYgE?m{ԂX,%#{=+ZƱ^l/9VH$wa|SVbSM÷7%TnK2UU C]n%oeA;Y#|o:[STxVaO&8U#ý2tȲqץ{'_:=m	%٦=~tN3WԣmƊZڔQHTb	x3HD,70lEcLv9t;fύ},֢:!ҍ%WOjz&6e~WRnOrmO	6A¬JD(efX0OMk`s+NԋJ@QCc"%Jx3d>.yfٸ3E2W:ޤ'BYd:]RS)V	YK~>vF=EjR6{aZE̗aWY@E4MXeyg)Җv~4"("`Z0:֭/Pԓ+]pVD{}W1ٓy h4$"[IGyz}M%ƛe!=F_ɮb-U8A!I@H~a"̨D ^&S2u{vtH,+$̔Յ1ٔڴɢ!'Ed>b%ߊHǱܴ3}>Э)$2'cz7	%,юmaݟqqmo%$OXvݓz]hZlѺZegp5J
z+oƝ"=
5No>'!^h|l$G,z'v"V_# nj>Lyqqcn7O	Ǧ-p̅7E@Cl`#fF܃q
3:arr~cVϛ#	h8i4!/#t:#ԅdN~T(HOg3*tJ#ҏypO~˦KQq(
REy)ڌhHXXaR}G-CFZn+@̻"̅dJ&;q$>K-ֈBR40MQ(qQɾeDurE֐a°W ӹ՛a=E(k^:Rͮ(h{ˁjC5/w^E+TζRǚKCT^r4xOA֘>՞j`";:W
ǯpj[s(rolAѕ˅|ѪzT_!T	i² Ei

rMzSRh"Zrͮ%G4
Ӊ-G>|}%O͑!\Y75-Il>ʅAJS~uKQ5I+3ggSQz`ʝ>VkF̮H/_.2jO&9%_}3| e^:#UBF#/(z*ϫ~3E|Ӡy{l*ݮ%<Xa[dp#8j5;t	eh`F{1bg/؛׬W*v]M*lϢ!8ǳA]b`SR-2 )ebgkF,u1DfΨ8W_GOU%an++GP@c6<M(1\ؓ-j`	6*\Oo<Ru5k2EלΌQf9|5|PQF[K/NA3S9HȻXVćs޿ǂPk8E^KWW'g.*jun
ˋeҿ߀}9 DBsŅɢ'4rnunpaYC>Ij*jxBͧ[UHv1͎!T9k'>EMPŤE!0&H38HcG!IzW{Rq]+`9Zy
huAi(y~YusPn̷ЌnZ?<PVEQ/Q%A_%|R6(&8biCUjf56!ȓuؚӿȓP||gMC#PD5Ḫ6Yߧ%PF	tɿtxXqv$ɞlD&{S8k;ST:O@3P	rFzq2zUB~ rT,n[p%"_-ӂlޕ;Kփ 5Pj/l[-LJ1@
yEFh!ͷpn݈[,fV|NɫspZ$FA~o'S bK/(/2)?[)&"J)zՁgf(Ζ?֠HK>wwޕ*o.]M6*٫PQD9AZA6M+ĀL.hM} aٔiTL3A81.dKE=KȤHrKw:l<P[kWl`_۱{%OZGӀ3ۈIőaU HV)gďId"rLչB
Έӊ>oԒ
^yy#ۺWJؔ7A)6z^.zߐG%j"ѦU8?vG#/I8ͺrXF3T~j#:A|\3B5% "Z׬ط˚1M){4b#n4~<γ&0ڏRF*OسRf~pߨ0f>PT{{(~ j)Fh\<Įix\٬Lg0)-Դ/=GعBlױ"*J/#ѝ6i8F!WkAz۲"fi+;(>mlޯR?bX,H߭zѯYJ{(l't9F,g8È X֑y#NDjLܤ-/&	&ΆuF,QeU&A"wW:^5ܪ+^γ6+hϞT5{Y'"W>se;0EL,%FWwx{bVy5J {srA;YIrRB0@rHxGT8~:l&vG4ĉmL4Nբƍ	+`W?yr	/`4lg:pPAE[Ul@!Ze@e;'y*Һñy\h{+
\h=lE1	ʅKB	N
Rgx'J[]KcF>vǍ/=86>%ÜK,?ܟʷCWR=^3PޟU}e"~0ڛ}@ѢG?o16%m,>s(P0%:;BFDQ^=5ȇ>^Y6Z!USx!pSn^MƨlIȯ/2y-%_tTA(ӍW~DN%ɤ׮ayGHדE	>&E&y@vJ&AM2;Qzݾ
M\$e׵Qgh}'g29R gZ@|f}a}ŤȁMo˫`BK']N|u+p|nƮwބ?WA.rOȶ*؀p};}1S;FԸ?MhҞ@߆Y6RZ[2Jl̚B@2/C
3,w&ð.5Ü`|@w6j-}ֳI(&ofD*:{?jr}r#R{<<_Pހ`dP+Δ˄8}93W+IxЙNx"۸0Ѯ$KIH+0^.N0vf<*e* uwQYvΘ<cݻ";)5'?nޡh@"HX7Y_	LATۊCD`;^a&y{	هTOZJHp+50^:$Ţ_ݲ,xwm["C}G}Q&zQtҩ ֞Ӊի+ǮkSr@aյ_N˽vmVf|20>#SpQ;Ct	5Kdt4?6/uiF%DH.`i+,3s EұuRpn+Σ+hd:`ĮpDטʹAZڀ}Pr}=r:L,"Fsё>@OFN;fqɇU`Ty:z@+ml,}\ф>ɫQuV_mȨξJL*,G9Vf_$I__К67!y+hx;|"#EO2,R:<*q)UiDܰmeͳ26=|Ѐ<5u0!ew!׋w_#Dw/=x@
	$S?b5$= ڶD֭JGm}Im8L:"u!Q*˔VsAs~M0!p5;ԚкtZQw-No5Xfe z5Dܟpv1a94մTImrkкm!ta)7BYbrڶC*	<'h߳:oyCVgAplos2mVfեBV0%ΞZՊ%CG`G"n,fI2xدRj݋jY`o9,^HwNItnd:sѻ/?.o+Zۂ*xYٶE9lkCѼɈWӛz-=Lʪi5%jd?tw%.XA-w`n?uPZL3{**r%\ SL[]=߻eiS7GRc-4y%g{u9ۛM\(s:M@ۆ׌ַ^`̳cF?J0%	PWI)["cԲĞH{1*=~ԄԜ|!>5tKy7U+#$+sWʏ*?Eow!Zw2Ю{+,HOzP+|55QN)[
C5Lhk='X֟9fnKŌC'ο4<[&T^TI41mYEcF]XܢcowJ	A¸RBpY{{Ec3I !"ń'L&Е۠vބ&!eaBiϗn4d,g͉f%Mt3gڴNtɋ_S.mYνN_
;IRϞ&6`YoejEc}qmk?s̈́OtKB`%P]7=ߓ:Кg@ƌae٥C$Htu87eXݠ_rA^įL3Аq!|2^fʑ3lK0_Ս[knAp$
`a<p\(*L3c$n4C
9'fH3$׵lW`\Ok?݅£ڼѩ'ߘk\ބO<"x˛ۿӀKUkVZ%Nm`FYJYswǉƲE߇;2!kK,^:gsQw5@m	W`Z@gm!'iRܪGr}#WfjěС̀#3'7<-ھ{$ڄ0x1Zf!ʐ
[ۮNv~־Kre$`]xsSPjzNWS~%.b)D4g+JAԗ֧
8C@	Y^Q`Ƒ6ft@?̊i#r(=._f\<%G]/d3׈Ub/W/3d˷p$,X`i@N
z#p#­	L;j͸ϋaKp?mؕv 6Yp~48O=kL²OqIIcjQMرF"WW1Ʃ\ՙy؉N^1ZȔܫVoُF8ܮ7TiqReЫ{Ad0i;;/GR%o1ާ֬P`̎-;ݡ9Y٩bѼ^?mG
QO݄6"Cvr"I!.Z3ӅG-fmD,Y3C!idOџ@&Gn	XքWvhyQ[|i/Uع}ͤT`9kMjQԫq)6+Gʥ64~dTl}#F'tiD7LIjaёT<<NRQډarvqVS3L(?.^:6Bh߮YXTTax k/V2h¬jq wֳďr/mr|!	$Uaila ;$έ)FY;Yp0?cn5QMSKXHs}E؜Pfݐ%
MU:~f>},ttqhR<re"ڜyrRD*ߚ."ب;Bf([H/p&̘uoÅqȶF+_9,ЈU%uв5am"@ 
Eǵ݅d!qqGUSJv|YaCOhɾ,yN\%rf@(,7RbrвC9>߄.wt%e{f!ӛܤHEY6@r'@:Q|L=_JӫQЏ
Zm#w-g%̐ffiZ+ՊA+g}#sr:Y:5!ڕ<6 ز-^-(~0usݔYjdtEƪq}:|%y)	u0i@9Y}ӻ4Ss?(iXbE!*	FxUO<2RY2Yyjnp3ƺӈRb}T&}D<foP0}Nڨy?:|:#ݯ:2<|7EQ{zPJsCm4ZgWܗ;gŪ~ZR֙6
rBUʢ#ބ {N9m|$J	ITհ(	m8*ϯ[f2cNCqPr;Ff^Tn(kс(ǯGu`&$߿*vYv*4zņ1,=c׼r siUڎZ	}X1F@4xgehZVF"FUfrWbntm}%nٝ{:zLފ|+ߎ*#(Hc'Qpf7aZ
}v̌$G-~[?,IY̾QS|(B̥[ҧ>S1tYӍ{TjM!ʧ;lyWbe)N"U6MW^=1KxoKzß3ͬ`sV2S<?7'i	YE,ڡzdKصƕI4.M
W5v_ɰw	;1.wf~T%N{Q!NPo$ŐN5/n\|}5+?M9%:sFs&"|ݢ~Ra9ڄ8l)E'5Uɐ9޿9Az=x=66_N(j"1KTSN-1lD'>mݤ:3GJ;+S`ę	_Q<Յ`ܝs3*n,˔}^^4IJ,Rw4BMdQ,YB͍UVVZи\	e=i$z@rPfS!una[?^#j(CO+M&D8QVVYݏ	#k.Dy=::$KfVtR]:_cIMWB$2״9[uƌ!*ܷ^~M-''t)gCf\{z1Qѣ ۛ^52;\.,TNYm*]oA~[9]^]TZ'SD@BV.֐^_qZ"GN֋pUҽmVTIrϵMε͐}37!Ԑ6}94itϗ sxr(|XȮAG˕2c6Z"mƾq,Oeͻ/wl8Ӥz։tho/C%ʓ1LIĞٱ+D2g2XK&S*%or\z.ú"Bb)$^*
GL3 w9XDdC8ןkMa1[H-4!ְOJ[A؍>ξ˫OkKQɨL̔
g|ՕtT#ŧre۲ݲT$,uсW?5D5k]yߝ{C>oN*Pj@mWR75Go]eTU^I+>ZhXUT0^L
>Ξr .|.ք,o0]ÚkaqhE1!?z·%ե]m!k=).bxaJ-xuB+RW}=h~pJNz׊Ń''ZUQD7muǛ)d,Gb_X2؜(t(ާxűt+F^!ڰ>b/^S̼jۼWeӉU9M!ЄӶP}3}!΅_ݪ5-,frˮ+TTW$;e؉LۿC3^qTPNqAfЮĊ8gJ7U^3WyIP*ϳf}KcΞc"3nV3-O^9RrY>;x%/If܇;q g׵<i'^_XO1NudVpJhr˝/rINםOC^HסzYIh`؂
ܬO_Q~ _u#Ç~\Щ4@;YҖ9rt|o1'Ctߢ?aJҭ"qM-yoPhP?K\rd}N(\ȴl%+4aq ԢqJE_݋$ã>ژpͽм(*~IM}&լ[3qQu;:bkGYĮ!u!Уro<\̱(o(QjAp7ASC{ȇx?ԃg	Dj_MTCw;f"ȦZT>LH3dգ6K	׶"})PPlW^E~c4>`3¡KaW+A	̲<tcv_TD>jJqS,7fd\/;TYsP.nS}լ>zΓ>]u;FߦP=/ۑ4BF-T?]ӛNW3y{FʓUYUPϛjphιu;o'Lc8ة~=rܪRh,ѯHVk؀KUÿۉ.k@B^?«^֮z=m\$YܵΗ|f~Btk_@X4\ΠC|q	B{T]mf\@UdpQ5lc#pˮܲPV]]Жצpޒ_3| 1#tĽξhzYO׏z_{s;%Y. FQ[ow\uZB3g5K=Us`tuSoA~A8`+@,<4AڊJD"k%%%ܼހ[vSZ8FIqk+!fzfTB|3{l.Ym1M0ޔȉD;Ҧ1ʨZ,;+#/vSH <aZ	;
t-sǐ_ۘ<C>˴\ENΦp	ɇsɹP_!o_U{xrUͤZ8Lm'jذYoҹRZWؼykҤ1ϖʾPU#yo͔>2u/oԵK~YɔiW<۲gm#ݧX9@G:ˊʂTU
nuGUv1YcSb{ee@GLhaK>.f>*5\L<L	V=>!wvSi) UOC#Dd #5jM|AI HߺT	Vш*LŤ~xĒp!ɪ 8"ч"[	4gX1(`Ji֍xb:7/^c3kG٠d)ڀoXǼn|p:Ӊ)tFڜl$[9@>$)_K
3!#"ҁʒ)}jm#&\U]c̷$Kg	lCi
IyΘ>e
_<'u^,H?$u(GE};H22Ld>#f3'Oq<ۮgu'Wx-xjэO@}k W6ϙe/r
p,^!bhf6'DRq$=3·r]Ao5Fx,ݪX[ݑ0Kr)q0=7JUےFm^qG^)Dv:Y)="vщْBݨݯ+I@r̥bPe̎R7QjuE:.'āic8%;KN!5ۄȋC%"Lt6QׁNbW+7"vsa]k(`JcI73ۚC"Et2<`%^pXޮ/Yk̖Kg
2Y&t+٧]A(w7	1UO/Y^4%w1YݿMȷ!7z$>ڌVkŎCq1ֺ؋?/КjHVitCpxZ39%ODc#-K;y'OfNZD36M/neLLBc&u/%m4W[j7bê%fCOTɁ{1He
Yab$m=U~,&6hDWu-rSG3~}.Y3ٳvnE8R0'-XLc-קSI\99ˤaC*iЩfdͪiNBС]D$hp>
WU^[~;{sY	!u[jb%ڣǐ~}ē<4}upnɭzٯˮN=oS_Le/O;TkhrϦjJSbӿDR
9`Rѻ8բ׳q$}8&ʟg%xAKCT<-НkT5g)&62
`|)S2ߎ[`gh%fPcI$C6xĘlR1_!eƴ8ܽ[5-By:fΟ͏M3sC/o@JߜM9#ryMNEfH+ڀx&9ǍN|m=whf^8s"M+Ov(}0E6XJ͂1-.*{H!Q @D=q2O[_Crǌ	ҿ|U_	p)2dV7kd6mQF`{Ԉ		F0>
7^YMWM>
o.Xa<ٴpDN3&f6E:Vջ҄
,ӞxYV	LܿC߂"`8ד%3r5^52Pn&Keg80O/ѕU׫.*gpCղveaµvf'i:1=#\KNex7ThƦKIYiUufG=BߣJGu;˔`E*g\$w1gamהϠ@1jJJt)5,5Pa
{4$:%Y[C$TF|<_-GvH4~Y\oEyX޼l#kΠqZj)]N2Yܕr	lL8d:اO9}"3y̯$=#͡6s}Tx_H=fQ"+n˯OMP/A"L7w@x7\ܯoװj7E,δ
MpXNI| 	«oݣW$M{\Ppz%OQ@ȅ$]GACgMFٓaC,JU(Vʕ˪n(!ez7kxhs`Nw7o֬SiBr/sbŨwDdȖ~%xrtƌȑjˆ	zʚ0dCWƹtlyԳ1yt:niآ?.F0(.2T=(o)z֊$gicS_Փ<ŧ{Hԏ/s[͒J{1tեý2܇BיXGh֠jWi4v;}TelJ7XF6/JVk
IHB)MSVL%bz2%ݶƥUZOڳQG}ނkIԛ	KLbz")Ж>S
Ej%Zd+bMͦ
	۾	?UY	(yeGV%(E\K'ɔJDU ɻ$ʭ.&EƖPoBGB$!ҘL%Y+n4ȺpcpHםU4d6YW9.GH$)Xe~cs&MsUt2եlAϏ*mPcQ6'ulvӇЈ-ֶZ)]ڗ_%vr<WT̖='KaZfKF;Ƴm]BQVeby{ž4ȷ"v`̔O=|vI#64tsQWa_xbWϫ}άFB֫b15k3%	ot]*)vd6GR|3q4o"Әض*D$5UͳVnT":8Dg3{YNJŽo4nd$ɭ:Vܫ2
#x\5(пl/;SF$P=FPXF2VM$jQɜv_<%s[&&LЬ]|g;GXCPлU{~{r;Ӗܞ
AYWA`J+24޼N .ǂK{D؎;hǚc'Nm;%4,%Lݕ¯k2Sa̐͋.3/04}rr0:'6s#1\fνj]?dnӅvsGԸ&5tn:>a2{+M(õ+əGq~	d'!ZO.+!M75UPO3J3h/Pvusi<[^eQU'Sh/K79*$مzCDht''4ߴԋG!9Gq8C+8׈ǟms-L*#
AuQ;M_UXj;lL*s1Re>ٔ޴$#UN+ne5~՚E3b~Ny_!yT#tXRwg}ךƌtv	=M|sQy7-pdVAd$B%=Z@dapzU](ooK*l8|ѣsH(ϱ=@ՏbDU[	:'VK=Ate 2ڒk2h.x)f֩?v!Fjd,~rWzH&ڀ4'W	bN2xjz~Kjͻ<)[_5җ΁*k*oCjN֘Ї>J^%1w4ƶu1N'sޘb1
`bp-8U֛$UaDN<܈lqlиj kW$4`߭bP{}G.bO7%+-`rEZOk$ح%TЕpLZa[6Kqިlف*t0)Bl͎sp;ܞ_Eaؕ*ӏ;$~h#b|ut]=M2sחGX@ޤI^G<YXgun{{w/0sVčnB|޼v;I'(h׊[ſٮ,:њ,)Z2xϠ܏ߨnIQsJ|/y-$QM%\xcZv}DlaȡASżyw$'>
<P*KߞE8dx^ûb?DXb(nYeeSqZAZLngҠQdf,AfSZ09FgӊػT~Yٮ8F"j=,E
բ!31½Hz|}w'>.FamD#j%7άȥ
2RO%RZ1os֯FqB@9\4[hʢU[UsXR	΃5P7z^;<[Eqրи{4͈0ևt4l)ڼ<sZ[ru*z9$֞2tu"$k۲r [&ؖ$&RՖAǝAE;`P;
y_&0
.|ͥAڲXA5 xpsqvqqM[{IM&6C-cgySĒ/{ߑ%BS- #@":Hx>lŵ/ȝąxAt#B9ܢ"WBr*oæϢ8 g{kWWC[$9C9Jk34{0@O?u\pţ)D=gݺ^{3=kfADmOaǘsq{htN(`Ӟgsu΍DԪAѨ!ZR$q(ݺv1xjܠ.aOƠA mj"nrjfqՏ\)_N#g5mЂqlLvvn-/^޸"	ȅ3>66v=1"kmI&Lbtqf08P$go ~j;ʓ1U*Qr`ٞX-"7Mԝ6תw°x\VB̽p>l&0w6U~5Ҁ_ʇܪzwPG5m'nc|PX
fĘi1QTӅLÔ2G$+ ?_>6>,k Fcސu,
!yz(JmKV%Pјh&Hdf%|4Zܹ#;֖ΐQY{%2vX3 s[:DݘuY_L~I-7M$DynukĠO=!^6	b:dhu@;p1Ud_p5CtBSiIlOŰ:*ݲdDi8+1wZ|DtxMw/0ޗwC613W_I4Յ=T?^0*CK9q]"OT$-+	uF~Hd3usˢU]['T~ܸש6Af$i:v$#.Si'{ɭ΀wX6mUG)@f1h%٦IiU	Ix8.#lLuLGlV`mVMp9|57ҮؖX*ߴLf)7vS~W)3vYu~i2&71Iܽ9lXD<pey6p600NlȖ>.nS@HP:giM}Q/;	5Ha%IU~.0ˁWr%#IVtJ~҄E7		̜5ү^xA#~07u47hy`߮WruzԛΏsr.>,(s
UͰ]# 	ZZ!|
Dˁ$vݳT+$}TўJƄߘvnS|͂tӈ(L٠϶>٘`D*:fUYȞy=ѩ2A{hetǅPðRP]?9}O++*|&>#>ykȢgZ8ukb77a$ͮ(ؤ/֮zKWP]Ӎzٖ $'sx:IIܩ]qpMFy0]̞fh~ȪA7J\kt&jPb7ܿyAA<r#3Tx9x(fKk'2(h#fL-yr$R1AZ(n*i1yTRۢՋ1K'vtͬ(`T&CٲG&֘SL.+"K/ILR=9;oCSK/%Xp\`݂
ޙZ̩Z>1Y'~"M8Wdά%áI@#mԧF5-/	$]fMsP_O%g1|"m
jTA{_xnMHJOf^hShC
+.~CFv×5ֲF8wxҎ+J<qcxp-5D7Zha7=wdp֕G2sjZUR^˵V؟ݻi
\g׿ڒMc	<ë k4Ϩuݘ,'T)IӽLfvq0ZdԨ#lܾ߈N*%E6UԯS,վ~!3$;(ϴ
ÝxڇԥL,	H[	*L-ôæ]{ʻDq*e$ܩhw;V&0*&2i_1_:d?>ǻz3[(ԡ;O,Pׁ'Сڑb'YCa^g:aTj|;e76NE[jܼ>u)R\iØTȭf.ap`K9/+_Ŏc eri?DWR3x.Dk7nß7wʧ5Ksя<ÁзZ.lnt3oIF@B~8v.pTPbф	}OL9]MwomK3aUC_3nzM_sؤP~s%")jY)Wi1OnҨe"l9.tъBV&9QW5ńůLGgd(l@	|չĄEXsP
3S+F7F?-NVY@.-\θˮ;7B)$	vK<N6[x+ƐfJ+"I'V̑?3HQ]&
܊	gfK/:!eoI720ƭj֙PCV	Xdx#Ljoo<pK4cϞ~'GT%]^N-^Yϝؽ}1=5˙gT%{eڼy:-ۥbh%3_tf27VB%f̊pT,U0zk5:/5FOzqֽߜ[wtR^ߋ^~ۖ^QWTܬcBV Wtƣim(ɯBj5&2w3h߫=T\wј{8%Z{{r{8)ʛ"1JѸM܍՜P'lЮgr̙}ص[=oېάϒ-IyF =@&'Ib׮4Ȼf	VE
ƭ\Qx˜MXґs1:>.'BC>cIiF`ܧ+h'[lgߗ8c<=xOҟ%6bgNڕŀʙP;1D%mγXC<V#r%?ê!ḟ`8z$[E:
LD!ݸ!gU
@t>!]{78xz5η߂a{8UPZ\Q+cHˊ{a	m&X(+P.Mǲ-pם|/ `E*݁V^uEё>>8M3!Eud^$ޛ#D*L64)JȲ˃!)zJ'Qh*Gmw>K˸
cl2:4nF	oɯyNJ$Uaù=Af[-Z5@ĔN7!3ye5*`Ȇ&]KX,6؉
ʇu1`ҀAh^$űԽXdf.zv[+9|^͝kZbTFԕL$lx*ĕHԐ\eH"@Ϙ2IjyVXwǬŢ
NfF{*sYn-3ޞλi5o؀D405fhnXc%FL3"2Ox%0͂8tUR
{r_Ȯ/SaVH߬	QBMuc%jpƍۈme~&A-*eIL-ӚBv'([ێCCUѹѼUyiXǕ$ҸxϻOsms W&Leܟ	t>ԕ9>v{B57LҌr'_˧Ҳd]="܄2.p1ǥB	WJi]anٖ[y.Dފ\u=W:vǌsב?fƯ,j+Z3o*ձGl9 R2k]Pk*F1	
kq9znweG;jU~&w}G9kovhq7S[' x~߉` kXZW@ޕvݼGs=>'v(qN@Ȯl@G5ZP߫2?C\++99/Jz^X2!-FHrЊ_=	MMV(f!JMlPּpmxFC-6P؟Y^!6Yk=Զ.:Vt([&/ȟ"[t Ұe>"yRQqR<	̅0ug%ՔjW{e9a?MB&]1q_Z1ao#g+!v!xKҦ˔
~K8 O%?Ao|1Sq+ڲ6h_+DFŇ\/k{ߋ`äAA8߰ߪߌ(l`81yӵc'y#Ξ{J5fg?dCJqChRȏ,M_=Yx~ؑz	2NF|>wjOΘb RP_ɖYo9i}6Wh<(wxUȦHCeb)6b:0A}oh?>ZLJڤ1Q˞޻Vt
m=E gBXjyD7}N637`-|p_ޛjgHՄŎlž&<AϱAuL;wտvb;M(0k3/	(v}_Q:+~?#p<MʈA-:
:Oޢ3qkFp*d_B1}-:w{CjrήK(GMk7Ȣ6KKгN;'ڞŊ)fnwO2K9n,oB)s,%Ԙ%duk1ńJ]J;VngV^<{6X|5IҋMSwZSiQ{Iϋ4L޸]VU
MӾf9E1\u,G:Qƛ̙IͰ3dƩ1lC3w/3;ݞ%V^<RGxAAD2X]~x8nX}X=J
lVͷ΀lYҌ[Z=׆+ө9M	jwa+ǜE_	Ry0BO5nǷ*LˡLmf%|۾r@c!ڕr(2m@7;03ɒ(!QF%Pfv7%#2@o7]]Nuf=TRh6^zؑ5[3[Zmi`9^J#	B$`OR.<vև8?2<c߮+XǦ4&P$'5.C\{ůX%@Cݻ~,;x.jyzY۰SM\cniwG]!~hDjس,jGRy=	Rf:ז)o'KԃB8UƭUcԦsKQ7Υ6aγW~68n)j?8O+&pp)3)_ɭ݃q1JfG[A˅m|[kVr9#:ׄAq$]ʛS{l"d~-ħBfCϽX`ðE_N6d3qrk#qzuz	vsf%ͩ޴Хף4M?Hז߅abD"LrH$`ӁӶ*'fɝWRTz#h`.ڀlFp.ƂڭOR/KY9ңV'/Q%Y`ɾ]/Exn6uO,OJj#y#Z+Ժ5A.>`Y3	XQA "t1b0ɨ&3i],<5k0o=9S^}+{jR<A]9	&2e=:{ZvO:o#aHyJ8PAX/;rW{O!gwdRa&PK<w&?U3وb/"{P4dP;9o&7B$duכk֩#SL45/d,8/ʘWWI>!(.\xlf*j2^V<#g'nEܯ $vz̵BE
w`1~'cA׋"ӿM9?&?K}o]1r(6pعNMu)UuvSTf?sB܂.s`<wrs7pdJpx6}1ț5
ڟ̔*x5F
+VfǺމ
i++j9~ޞdp?4p%VL@Mo/
)nNriN4%Q{/Ѡ0GۅFjz}Y!4ɉgVoqU	o8{Lg?x;вi'i.b464^	F؉_l3`G-!zPo͌`,T̥IXEMŵф;2ϬŌ5f0uɪIX/B#z@/	}=C_bBAiU_)~	rכ;'sJІKQI5v,:eߢX^wŮگ&pUr:jIO9Ӿ|,EC?yod	@`ԒY2,5Kl1	'Y̻ZDl"ϔw{Ŝ{ЇBG8Awŕ
Ҽҧ)Υlv6Fw\.$UXu*ڏK%:؋9kk47oX#K(5K\ֱ6R'jSyqP{2H}*F*=A t a`
c3,"	8W}
kvr/FyMgՠgM;VϢ]orעʦ>ǡQ#<'Q0yif@4 CvOO&|}"X,,ls,8jUHVqsC`T$D),1\kt޼.մuʞZnVDEG̾|~Փ:ނu	@}l3F[FۤRby-FڟNN>Sǿ˟
<A&DQL#]Ys!m[k+\Ͷ`ED؋Ej?`Iʁڈ{'P65!{ӑ}ٙt3݈)rr0uXL,re("$T.`{0P=ͷʹ0Rs&#ۃЮ\کU$KFD>
f25I Ҭ7MB;L|tGR̦2#Ŵ	 Vt0CXR QM? ɩ?RB!<8Źc_'Q<дNɣ^
FI16ѯ>4Kp1kqKhFu;ӅnΓ(R]Gwp_4/J%SCBMYJbGQQmUƶez9ٳ2}%'/MD87t ~؀~ۯzcPwapx*CM&ŝ5Mah%\;	)oV95no$:2*]}d^j5j^.|yv Yd 	a~e4|޶{tNфޠ]`."uMŏӂ4N6̕!WoآA̎HF<ٶq؞f<PaXZP1h.EȍFAt
vș1ofXF+aeJ3-;^9Q׎̆jt5t=TBŔӂԊ"c Y%?g EV,=D.v%s28 7#dXR6:N%&k|T8i.-A%uB(raӱ۫̥-_V3acYH`5p	KɎ ѭq@b`m>"ƌ/cס4"Tol-saSY-+ȼic3CXUG"v(s>pVffwMe͵eIyKEfڌE-)_eWؤ;hT@];TVwSaҥ]52)93SlmMOOiEߖ΄iľP[Ϳ	ϥ`A{a֯HcѲv[hj`dgj=Ȇ4)xI6ĖAÄdw ]fy x|-CMDpj@b|IM@"1_cy<vFOgß+݅dY;-E<#MI))'Yp=D,`4*m]$;k]gTŧѥn1Q$DKP&p<[s#lqmqw;RV+A %6f߻Jk66An8tnsE]WJ5.7=oyHwbaQ,*߹.=%2Lp}"Eo@	#bٍRKd&EyeCp"6ta9[Sb <zJ%b+dŅ4yV?5|ҹ5\^ɽ[:q̊GKM*PY.ߺ_2Cׂ f_L$ɚݷ&*CQ\h|?N3$@
ɮFY%@1,nZ`Z"0ul5_fЧJ99ґZƯ}F0}'/w"UV([[QTe6BHz;l	٩:81Vj0mm!qi(>?~w,ƢoŊ!><İavf*e1Ҧ-t+Կċt!rfu0ȇ'Z۲A- G25x{m+'
A\i]pӛ(өk%Bkp
<u̿sGC^DO%aV-Jna`,KOկtJ3`@:w_ٟvЫD2"QE0h,S@ċٯ6Dn PЌlв4yɉNZ)"]W=xsNVҋtcwդ;(EUژ[iv0_-dn6C}=jQ^֙6`g*Ƅ}=ε!կ'w5	fg8}hcȁ_h6t*=aRP%	vgَզp3lRu{xmCuD2@6?HAc\*ax5![Ү3E?2!.ML!bLе.mk6ƾϴTdH`sD3I1[I
:mFn{U'GV5RǞsB=&!O59^2Q(rh֚-z
<h̄8=mgVlNyK`%l4̵Tzs	mҤ$á8'/k2bE0{pSSbT#FДAd[ȼ?˨ƫՠǠD	WwZqY.k+v\s0t[E#,?c״)3DSr'&OkW;DӾcGMpHGϽ$7I
c#vл>VD{v\?Fb5ŖPaߘߴr l3y"UfBԐ]kPOgEaŃأbF4;G3E}3.z{FvX@T߀b۟?B@}SԞȨ·3{~EJ,;X&O=}0z'@nL5É2-my'5oH YW}Ǡ+*mzoE]V{__B^p
vڨ&TAMY̥*QU	zOǲZ6׿d2#W+ǭLHQ!ʼBC
Q0!mô̱K2-iBptR~ݪj$Շ_sOɁS0ޏEIcE	
f{~{b Q[/VJԔ|ѳaA_˩<X1<cP9Me	~k\Jj&|u)(f5!w7zg~߽mn"ٻ}=Z5+*lI5v)×)c\6j^}eb"ԜبN[sthsɒsнN?0UAsiA"zOYpt4YG=P9XO%,7Lk"DFA*}N!ځ:-RĬ24&KuhtѲȔ&ǕaF2ȍ{T՘]+`O1=wH!j:e̤uʎ&5+i;iǺ7>%LBv	"|dGMJ%MԼZ&׾5sU)cB
Y:|F;7˭G9[u!j#|(Kcn#*5XH 1?UŸ;ܪϑב8K}^{w]ۅ)!֬`q3ݦVRW_>\-	^auG;	u?֡'#0PoZHigxVë%Ĉ؄?\.[bSXYx_/xҀ3ʠioR9pU!-I&xձ8ɵDNѱpDΞSq!CDiМn`1Ĥ26'+dM֐_nmdw=Y߄ET{bpGmn,91ם/K?,ڥGδ_WL#v)͈+a;Dz~œzfWa(|\vZy[AF`]X	C\+V :J֚Rȹƿ݂	oPnϒJJ\0Ǖ/_+&X6߁8
ۈb]`BHJ3ieCQPI#д"Ft;[U-y57o&+-9QN!iX;nlNV]2_PL?uHF~Ԝ2Iފ8=Ubd 1k?8t9iD:5QfߤT߳E\Gb_ݡO3:d|Y]Ǌ|	$IOIMҼeg@g!#_)ܐ{K$֮F~P7CGޟR:%I2k	@bȴf9w~l3MqeEEg6|;``jeR=5g p,1ǂK
FQTW]RpC6QΌ|l+$+
C&7JM,uVa@VkE6mi[dHVׅRJ<߼H49"t#&fr^e*/f+`3%vs_ֳ)\h'<j$D̿/@\||PHRu88dL:@{B1o&6
L9ߖFK-iMAJǼ2/w	cT{8m2YN/so^xwX+<Zi*onvp@j@Ucd*CH7]Tj ѻ=Vlt+ސ03rմ\ÿAxpT1D[č+x$ju̰jݠ'}c@k<[SvZ~\$"ūb~MD޴tdS/O<"Qs:E
gT;'o^Zjz1ʘp)HeMQǈ`4.Dp;؄`Hx2/8W^f^PwPӜZ9Aٶ[J~Iۏz8QgL'BR`?ЏTJ\JrCkxZs[(1iєz0[ء%y$G*2dCʻmavX-jjEԵbEG=]eb;`n"mb:ݞ*'n"\ڦ%bU0cŧHyȸ߆Js?1B-vnJ?F)YPz۶\!1-[.:qy524~-4LņP(b>??\<\բ47lLt[waQ~bj!A823WSF( %k+!W/ȁK lk>UjSt*Ci/׿Xp]ۖ"Wod̫b9Hnh2C;3c8Nwn~X6fgRޡ8WFzdQ}}ΣKa+׭?(ał)\`1+.ub}~l2ճu-L ئk^\o9#j4^BN&!;3:æhy\,F5YF/@ux̳LZwTQ_.V7qz9SNxgb5AkI2XFNF2߇ǟr#t^Ixe	#l$RES.z&M5r9Èl/-݅<z\;h_pFE;{V`MC:/yϻAgzݶOp=ld[g%_>dگX7X/V4Z+o٧?١*4[xMQJ\ߡ]݁8H6A};Ţr=˿$B>/`?pix4Um݋̌5KwlíBȒ)ZD8ɹF$$Zf՚VG}	l!0Q-`Y<vۨ^J:R~J^{B
x4o&YHlT4T@KݵL0TT0
(σJ&P

6pP3wGU
m'3yk/
P) Ď*ʪǖ%y0{KY
A7#A	V\`|#2զpVB
)}SCnFߣ<G<9?qvyob]`tܟlJݫ̌E'.l.W"ߏ%O{KEhP	|Πmg1ɚ}YӠPl	}ؤݹr.Nq/Z'Е~MޫX/g~jMaqiv~`z$
j#Pnˤ';G2)vxWӑ5Ey_%h*\jC+
\իCGpЪԎ;qmjV$(.T*һge$.dS,ܗ=y[EDӋlNTEc'-z)h҇i.tPyQ1[r,rWr-+?N\'u7MP0!a~ciRpm7ءdxǲE;*CG[%|}8Ȇ:d_c1ضPb}7ٶ؞G }k<vEp&mEpӹ7dpd#GV?Щi:ˁ_,HB~B
ؾ"'4:sw3pe:cI*Ud/Y{l@4"Bؔ˧~TH#BQsTV4AҶ3KnK;>GRoo1o2MʝV/ӢX"ŁYyE/YdH}ZŮhȈgib1^E1A:ZBp9ODުYT!oq8 (ލwX!AorMr29,,4D&8O%/t
jcH-A!ʱ8]`=
+ߛʳt)HJ4tćğ)I[cq˱PM_(9YY7%."}|[lѳ^1F)ͬhvUbEةo}$g(qƥ<iݤ<t-wUK3h(ܭ!f#mBX,ߝ=ݬZLG[W{*Ykm[;c]oØ,QֵhPK3d9I!,	=P(v\M
!.gEԂťr!,CxMҎ42o\;{MA3qVtԄu˄ǮzHxEWy	2 Mp\Ϲo`xcѿv-dK&olr'0#wQ))Jk+AQvz"C-Hnܮ.o`cv-֬)XV&٤۽'"\
aWJvUOaEdҷ[g4x
FRc=zhHMЪ/ؾr-%'Єղ-k#/gHf&`͸_nդX'0^"%aй0>y[z#oZmuIS߆0fBpc@͘K1E<lxz?ހmmfs1{ȸQҩ@ÁbzKEttSO\c\TX9,CQH(JJӕVg
)P"g6-
ުi;PXŃaBMsCSH|AQ+t(\jEk.Zw%[K6~DJm6	e] +YtVbH9Eڲ-g]t"cH-/p4MtL 9Z̈X=l5yiQS	*68C?b
Ѯ؜	Tуj9T3H۲cֶ{͐N8֟!ʡ'2gƒ~ȅ
.%{bA7Jڤh	sC&ʜDBqHBӪrK%t¢ڙANq5+LgjjmjԾwB+ܥӕQ2gj^zppGYv̛:2*jlQxg8VP7ou!ǳlqfy˸VFk& o'Y/wWI֡<O> y:zB+-0'}]r*P}I{Tҕ(BoEVpuIe';55z'LU&x,"[.ѰRuT(5ߡ̇%TB1O Y_x!qU4gwn˜ysϊ!;jI^t-$RsY[`@AxP?W;ǔ,"F̮\Dw52-҈\[5[bT	=J*ɄD,}єɕ\ގTHX}\);Gy*:%=!pMs?ˀnІ3Zvߘwi~.6w"ϻ/ԯDx[b 9?{/X	)+"uԚQjANGel:GAȗJ0|3#g:|?eP:.|B˚%ǧ# TRJԩرOScs)dthkAQVA}ޥc-&jz̙B; `L,ˉl'm*եׄ Bòƃ<M!|P5+ĆaҢc;+5 t+ß3[\xm1XFUʮ9Ƅ,kgHUYjo;ov7WE϶>6yzS	E_	hRg(=q!!OC!YݍvGIw"%NhcƢH,/:VS-eX4sռ5.c4&Ve,vϯ.F ;\ F*ޤWbŕ\͂){P5xdyÌF@$·¾./_oĚ_G=a5`ϡf&lkMZO>5&Yx?az]Ra^1S:RO(3#Ӹ-"ŅDO	ߜNbK
+:xci8J@;OkYڙSLH@߬IL-y&*#8	4,'dY$H%&DȲ$=fxJل1Jn=P^u_5ƿX!NybZ}Eg4WIĶo[WvMθ2[)L!ڋ:]ѷ6.|c-Y4̷'{*%̃}G	6}1zfJܜ~pm]Yqַ_Ɏd*PfDs+[E(?gQߦ+58%9ax$,T=(kπKϰd߉lU
-}Ej yHuD<X&x#V~,(#/ÀDѤ@ڴɎ<mpۈs.,@Ή8+35Ϳn9{lqiN,NF7FL|zkpSOm O?pbϘC)^Ca>[zq@`S7/@;u9Cjau]ϱdt	Q,OƎlWL80n6шa_ɇf۽Pl";nf@]bzxٖ}'o[x o.h>B3?1&)e IqlK`m2enPޮ~]ūX<Y_9ԍg//J4;(Š{IIm:Ơ=,5SJt
HK4ہnȾ3WJ9\HVFnۙfllzg1XI#>_X>1Hoݪ7$#b&vgv`\!R0)r2ߴyg*<pD<ɟ<jMQ΢s,
[Οa4/6>ڡfm=}?V!gٺEn<;ߧ&Cy֔YŬ>bm_
^bAN
T1Ca<uՋ5p|մL[\d-+C#ѝ˃,F:G}>`2i6|&:obc8ePW	8DH~ȥjF"ZÈu"`y@kHo9כI82xw+cTb({	O<ώAdƭ#oü[Xwns[;pQ8.Q`
ƠMMmB+c0gn?Uuj9\ΆÇniJ(ͷ/K\<=Q",	J&zٷ96C-ףNBB,2P&Xi+Yy:eJoQyfXw1?ԋ(Yz6(5	EubK*k!2Rͽkܪ&ʮ c:;Ca$$@}NNmzPI@>2Y>kp8+DvNP;})oř%#/3f7Xl:vI[ӪpZŵb8Ӊ*saNZ̿#9QZoϏ}1fg;K8mILPj@r}fp~&dG6_7I5b:x,tNtصLkű9TRҚb
 O̿9hsˋL?-L)5/[&Қ߂H~\%,e)*cB.hg֡`@W!&th>?PN%Iԟ0¯6Yz1yԕJR:[r,_Zlow
Ԟ3eOcg>p2G}/#g\E@0	ݣ_H	"ޓ+LHj">B<wxboGj.^"jßp+n@'re&1E>hoUӔ4U".#Ea$w+ێj>!{y&pִ,;atx:TScMib 2PP85ЃJ@ڮHSW89/[gۧp̹mPHѝ
B4٫mY܃5ƒ܇~tDN#ӪOȐ8ˋ2 Βo׊^`M6,$GԏvJ_HvFΖ#~-ۅLlo߸A˯:*V4r˴)"y5PE!=ɫs|Y(Hc`:1	G}fHLۣ5'+hߖg_}=/_ɰkpQnf|	INQ.H)~srVg3tCVwcGZwƛOP)!Wo٠q->6OA03A=1@^ς(\"]Jݍ/wp'ŪӘLH2b;\^vq=nVrbj
=ejj4q]ܘ_VnoԸ z}- .!8F"6Jt}dZ}DڿWEy0ǆwvCxmZׁ49LׂZR#̯
w˻Hc9iS$Zx#5`ǔYQɉ$eЦ]{P99͜^uDHqkʛzwĜ.Bț#JƷf\IF*#Uϱnʕܣx1>`nӅl7YpQY}Ԡv8MsH6?Z̯;Ԥ`ҀUw~Oud|ڊt{?W;ģDbǿ&@ib+cObJ50GGkא8©OtPXcH߽7+4US;qٟPhs'ڏ)X-(.mJwj~łt5XNT=DNkr'I>}>xs#cgFr97܋&	Ʒ9&hkR~d=)bo.P`hR?ԉuҝ8Ve>C^su7$&g8jܟy6RP>_˛uɱ؅GFȢ]%}L92ȯf5OڽMFz[);eOɈrhdv{aRdg̬یK9A2+#5?֜#9)Ml73MQ{>%b	ϐ(Č$\$;A~$9ȺT+Rh_\?M P;ۙ]\e1iL(PZڂ"eL!|PN,mt{-YW̏[^Esc'a;%)-^<̵{ȏM1A[W6R -dOwy5$`$9˒UstKI*)5֣
S%
MJƱˣTrȳDȊ~]x;`κiݠIpEæܯvL9%+TȿJC]\WtCʝHn 9+,)~&7eSª"*	:@ݣkVW%C<`1n0
s/}AZ"
(̋ȳoe[ųӖeMϊ,H"3`B=h`?[=\D8uXx6*sTP܎x	ܲEKyne|95_ՠ!ш%S (zaH/lnctUeݵS:PA!c;MXXҧ--l(9@6MҦΓk+R&1i?"UmRluԟ*tTD)B34*ڀVְYDmO000"^S6ʸ2$H1Tp_"b
R}voPL#CLFČb*6|a|
4G;e.-ĕ̇lv w`}L?Ө_RطÁщmAqWA*2Kʔ}Ԕg؟oh9]rT	 1Xl]ʫK?ďy}JӗE#*Ya ՝ԨV{_l׀!)ߪ3Ipކ45SOµ}p:٭5mhSju%]E9-O}ՀȎ&n}ݱbZMaL/~#=h97v"720wWˤQm_gL8DmN=7|)HԶ'~mq߄`:7ز^Ė_Thc-d9,.'?;:?2]ad,mAmuP&ʧ"yAjx#Ƥ*"plTm-'~p@F<!P!k~boGoJ*+OR͆R#(_AE$_Wp;C!V؀a8u7h,MpB8̂ʒ?_8_Faw}}Upocezc&uٲĉ=pd
v`ء>th~۷'ڝ![@$ZLDqp׼&h߱A@]#N6_bvoL{m^*PցGWfV0Ě0ǌdpق1zex0}`h*} ?2#e%Y3'Pj	 P-&uƧ_FJt-=8K,Wi">nGZl:Ɉ5ƁQ /qFtۊ*NS͇N%ǈ/%cE	-^bXa_çTғz+$zا-9`~Hu<>f63ؠĜWCANeFT֒]E?zA_մ1K6&Oݸj9)ɶh4Rm'`nP[VO:#Epkd޷λOg?95nFrlo
ۃ-z)l\S*hP"qYrE`=$R^aX̹WSgG	-ǘSh$xJ9l'لUG/Hqvڲ6QC3YFqn%O<Eo7H$JWBG׳zYl-fv՟±SҤMr84ʼwI-TG"ȑɲ !jŊv"Mw?ڝ@*j(Oj] >x8w=d25/ +|QHa#ҭs>|Hz7de@fADǟs9j`BXTsƺU:^uVjɂk7sC37g`=BXKfgI4cאXMѦR+n0}KB'*Xjjq"'>>$3;^aLN6/\1·=Â<;M1PT}zuqZֺ>1ƈ@~'Ŝhҁ=/`k7%lp0ˀ;pf%2Matp\FVӍ4pCǀ2֭<%ʨ ~P1R \.D%LkIǫmyty FK #%yzEΧ['eHtՠł̓
_4MtY˂.~xaº`Vc.)s]R
3)\`ԉg1%TƠS$_ S5rӡ_Zcr&(kX#	P%gU*ݣwiҀ>ܒ@Er3RBoh5%a^9YM˿ݙfbJ<0$]oWYw"ԙڳ4NeiюGkis=h"˯.m)&+XK|"R
uʂVClOPCk|h/Ru}m)7r_LIڈ@m0[d_|Ɔc@E?CGdÐvY[%5|#Mni{bc'w+nV\KqHU`r:)΍1ߚg>B~MMKՌXPcШoNۚ}A=Gn[`S.?^&N4ȾZXо_Eybn	` )׀4%xbI.͐Eo^?@=tX1Fq\z#Mt~;]jӑ|5&l--Vi+̟B<{Tp'(¥Bͯ1c[[؝`k}+da[Bg3yZn3NRΑkkӬCֈҢ%#bC2Ig(Ž/RU`?A6!8=׹jH\ۊ&"=Kd+''G6ٲX!M"jmyUlCcg($ŸW]mYaLCʬ']14_^+
!	VȩmAR= a<jg%ܔ*΂qh2C>Ȓf6A1мCM!h2:RƹgW-xvN54:C=͈!"tX	RlICvGd-2bg(U9z5)ь;vA0[sʨ4%D@s^B*@NJA:Fbn3I|}-"CH̩/qNL#qKo;R4kila
bO]<n~:JN>ދm9IǕ*#dӀ`FʃUloٓӟw(.gZYe{U5VV6ǄփBЂxj\Aw;(ݦ)̓Zŷ2[G5.bA/Q$ܮ ͓ɉط
h>-S&-ҙ]>[$&,#T#B%y||S<u@pGۑ6Hg`QhaDzJ]Yy\Y`X©HMeAk8\L;vs1EsjRĤL
NȄ:8
0̪{=- q3AF&8QӠ*>bdԗ9HBg
qMN2s*ZB#na=A=KrœPf&f(va=֣s=֩7727s,djΨm7#oD%{&6;BA_wy]d̘h~͂LN43^LH5^3qpV2I9%	KpuCb){ TZVV-m.&̺\=XvGϕrl&ðj j\ ëܶ=.8e߄#~>!/UިpQFkxtpwW
U4MϋGNz"AǮ@ά#;:z-ü_F
JaM׬UwPs@FbױIoUI/?dȱ3x|#[%tJ4R3w>Éہndآ g
N//ctI͹ȌZw
eF@!Qn ?]p=vsט,'PT!m͵N."JGD=0m9'_IYY"c<awW93
ȼ8?{'6QӵDMIӼlE,_J<Ye"d2#ZҩܣOPE@O`<Trܿ"	ZHc5˄kq5ȘL23K˳dq͎F¢ܙ"Ɔb4TPR\yb!T(|Q!ǛjRڬHw2V`ٹ[EdQH9~ҬEBĴL%H1HMBPkmx5$EpiJ۽*8$^_e"G`J*Hf$hgB
Rm/NڐRGll׆<ؓ.lp&]×BZ/"]Zej5ù"&ҏ>{T
;̷iuޛuCϡSqچJs"eCZـ'(ɏ2bNC@F>T4ݷ->ٽtݳH+#LtG #zɋ=h}fC?(M836)	YL]v@հ8ttJr@RjzOzAT}@Mq:.)Gͣ~Y!pDhQ1z0NxK{&`	yނԳ8уid+nV2Ni\Yri@3ʌFEtZ
C4uAY`ʜo`ےf?ǭr
|(ܫ]caiA;Pc	`B8l#7{'ZJ63X3"~=w$Dӭ:z.ʝub6]N?X\ZtĭɈKֻEGս[|]zu&@.ˊU&,ǦuLcaӤ^Ik8;[	|N51NϰodrGcg%WR4`@vrLGDF
+3vۑg4cYl,$5=uY|90a<+LesOՆQ/YMS~ΈCUlԶvka˙1U	b[vX(\t4G~ѱ;O#P	JԪfL	DHbdP2(G8yM/%::O҈L9:0ܾXwh=9Ʈ2Wk-A:hqvX4ݡ!dj0l߹n?t}Is͝-?ӂ5ÿٺ@<DdӔDg4ݐSYewTm@S9!]\ECiz lMB~aYyf	V5&EиCF"wL{See!:h#e1V+Qn+_,Ȭ͓<-,yѽԆ6]p6oi>!hS{M?5&ƬUЋrbˏ~p~pFʂoi$ԉɶ"N\;oJkf?2^'7aocԝVZowϛ*afjKж25KPb&\Ư>Ʋ)$HעG-~^9^uJ֚U6s|n	26pmR\Q 	g
Ǭ|t<Sr|sRcl
U0Ŀ.'='	ϓƺE`PRPǺĊ= Q{'3hv|?|wFSuSמMk17݅TimD4JjpD)tNHP0/q̼RF'pԻ7chÔ51P+,F#dU˗w+S'K-C!]/H'ޔT?~AK"wE=؊[Zc:;#Cڣdn07?6wi'ji(?>Һbru aJv
إPm$`E"7XU%(c33kE 	MOʂ:M_@2Õjh9:o¡&9Xڋ5e5#]ѧ߽:nN{<Qz-RG4W<Dz+orʋ	´W"	TY1jxD$?U:Ф(p4BWt<L[,߳5r^D!DĥuCE-d"PoC"q0HDu7
2rf!M@AʜO+3	O2hRO\ޯG;Ft/ Q.lfm[ݼƗ!Eo4qI\Id	\ɑP6w.ݕ`(!ab3}xnp#r/܄:*?ֆ0
@3N[j@Sh؆9;	ٞr	%1Y-~ǚx`/#ݙ̓4t`DȘLe*L~/ŦF0@ր!A5\ ޣ5i݇Y^Tפ~Z\SyyW/I<0[8
gNǌDΪMT[?m*Gȸո+9~u1%NMfb\σ?Ľ4@DnG6Q-Wh<J`A&ąd/8Wab#`2/sBό\=+8$uTgр *ѷ;ڴެ`9G߉P?u6'3*ST`5'3G>mY	!Udxt>"pǞN&éy}¤E>-@+wd?:Ol4yl~*q)*GK1`HnZGo3mQÞ:Qߣ\"N"uBHJYӖV$"%gk*5)Ѵ}׀ftLz)$	;-דD:I߱aVA܉P6Oykh%-VEm]ȝĥٚ
2H޺>l'Ʈ eިq	aܓdܧ"4z#]FĒ` 7oKBrp,¢cL*vK٦M<+կ;Ḧ_W	y+a~*ԇLv(y$[t8FV<"}|ʇNPnN}ΠU ԋ^4E)xܤˋ>**2t_|THpI`+K-KR|hy]U?7sXA/'r>[ѐk-ox*޲L{q[KdͶ<Ʀ#$O`x,<<mlKSS2x(Cs(f/WοU:FIB*'hg%NѠ܉17M_7Anq*rK#KWlMǅI=\?h-)l2m[ȅJ8y7B0f'bmĪYUt/؅Ə2}<zP.Ʋ)o%-ۍ!QS5DT߻S}]XK=לǵ~	IUp	bSH~s>Mҩ{u%,4UdD.o0"ɄMΰa|)W*t4%Zͯ*alXL!hLu7#[SS4_JP M4T=9&݇C8x\FUf)#gHWۍY"{$)=T`݇QFxldMtцOoY_
À\UwnaEoFF'~&ߟ	ڥz!j
ֿeX++C}2P?=	$ɔvxKҴ"e,[QȨ%CZ8a>h1Ygmi	JƢ\E!~vX0aWHq?h/7W{@)NGT.r;|ط@9_@fx| 2 vPD>>.d!vD6`-#?yqd)чf˅Y}ַ؄Q(Aܰ%SWWkGXW*hН05ig6:ONÉ|Cqޟ.yHİ%ŞHk31%>&{,(s/eڝ0`*qlّ7(~#xD-ԫaY;JAy},_w4G]lWjǇf̠Ԉ0.m`.P[ aAr3x9/WMc3۽\QggYGFMUӟ\rݜqʢ#>z=>~eϘ7rAMحĐ2k̑]a7<Ь@zqܳs>Ч*ri*@st)ANmd7<BvQӚ`*H݅:I4HH>G3Mτda=4
w,QήLj|1OK:+Zj>FD)xè̷KH_A	DESK!اG?Qb'kB&T|޲==3PDf3ڤ+Ŀ=9DxRoIC.6uF˛tUF7a/Ǵe!i'k͌+׍\YoWg.CŦU}ҔN4ʑ"L^|GΫD@!xwչS6hb%' ƈKXٽU@xλښ5,Xf1Z.~όTYq
*VT^#ڭͽ=ǸM۷ը!\+IeHg`B~e8hY|m<W59h54>\djOX>ie@)߃cØPro!/N=ͪoDOR ĥͩ@U8
wq}1UdTHͩ+<2Ka?Ƿ+MS(rDIZR,8,%|XYfls߸n<,Zf1Zs:H5Rqt%7Nq6A&;w/T԰#̲Q(7ykOM,,Nб֝;kXEVGqye^9LWczRZÆN_١=.BOE%dJPB}vGѠHϽv:vF^̳׍x)Sڇɭg5h(ޯJR_]hM7pţhaF	ǶaCyNVoͼ9&?{&3aЈʯΚ*oZ8/g^p,-a3G''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24879)))
