import brotli
n=a=0;b=1
for c in r'''Md0VKr)*OxLC־.8
kOUZ:s!qp=&Qit{tBF*(\suӤhGQx5T)wZ& i˴X@JTH
o{e%`*byqg#.CN=1κGBdXp=_L#}	vړ<1JȹEe4Mo% =3]N12C-aJ ۤ+p
7p\Zy?t`Ģ({M34+#&N|dI$GtN)KD.xbaثڣ"<Ȉ|+:sp0ϏCcz?@>}`9̡S6z{|x8<K Wmkʊsŵ),}NԥކZyx͕ff-+Ԉr(q}=T]qOJ?[9@!OY
	ׯQt;p8(z,v.ZB~%ӓeqނԁϷ,~Cc`̋Fu]kʤΈ_({rrbE7hEĔt>-5^hi&-Zá62==ȚƊٙݻr{)(~jCș
7}##Ț?Ókr w"o{ ,:խf@O0Gb3)B߂P%gkڴpxtɇߋ+VlI8!cH̲+?QG<so{+;+4Dr_Dx,46"c<X7CͲTL"ߋ_$1^DaRҍ_s}X`͡T'ߍ݆M!2,zԊ <8ov3NkQwc!;u QAH3۴vq)w]ŝ=OL=1cM	T&kb=8{u7?qMd~@)tܤD;ij)hIΎT0%n(U'5h[Nâ^\xdI<Ex@2m"3ƇJ%F@ͺc޺K%3,l=v>o[)@yҢcgE")5a61v̱ފHR-ǹ{΄R%|A`>z@/Ǜ6NLbR0HS:	3mJ-7/tu</ȡ3}m%Ǘ|Q>]
)zxC.l(XC'$ZDx03|
Ԃޕ	,]=ŨB9{Cui+0ڗc_81sznߔ0;/ݫa]"Jz28;38$y::.#P%|-gRϽ1?!&~Y,R4?wC#,>`ڍM{3TU^FVjƷYPL84JjM1$af6K>q[Q(1Bg)\̣&IfͅΙ?cZ?ܖq%҂rxژ*](Ud.(wmc-fՏΎ%8s\#F4b_5#ԭT25!~{ؼxm0.T}k)ר cۺ(Ɋ&P1kȰ5,\Ktz"wo{wİupUF^.W'xeA4Օ;͎8^vüc6SRq8.}R_ {Z~җ^ 9Mpoj0PyX/rVe	"L"H%CZS?;hr0xgǑ[S٨ ϛY6m6vzUkPב+<ܰ*m`dq?khjt܍Ju"=a[JR״>k&ޥs&2\9x3|C-r}U]RѨpўk,LZgбޣ˥]̄C\ĖJ7 87~:PaA	dHABڮ3*XyvcNlwE&uII:eǁ/l~D_W~c1Ύy_i˛˚ԅU3h=ՇzȾ8"تk`qp\erkY<rb(NI%0Rmw4&VVn!i.NV;ߩ?`pafS1uFһ1A~˴0Kzأj$WT5P;ZGء46q%!{UQj0d>?@U>%7_QiT/A}Wwr[gH P6:ͳ]4<GzKnqh?!+3D[x9N=?XCOpGXS}W,g(8M$7D!
~{oЭ̺UZK7G$y|;n{C9En)jIZw=O;L|Iq%T~>Fzq·utzqY}0 Tg)p՗:GAt:4M<1xGi o͝c0YU5rڨ sPҶw]*bG[g#Cgw9T	:!o;:NVy(q7gM#T3(.|trFث`2/H
hJ&!Jx-M<ՉhW	&`F;;+#$2ͼ]bRy'c٤*c@̻@V;nfyMt= wd~?{vwl"#'ܧ1uB{w0"%[~@Sxg}ZBB@ WdwfW1͑җZU--F6qRr
D;{73A`5=/<nMˁj(^}
i'VK~^QiUSJ>ll_pT֝MlK/E((QxB\h+x7t<{#U0q'5gy4x6,\łq{\E[e߆d$ɦ	Z=U*7d>kF'
<ߵm! FO!*ԬpؽEdǦ&"\:e!Ԇ·!jEZDJbGTTZ
aO$صEu\FXxݣ" ;-F\%ض'9g3-߿UbқڵuZٱe˿Y8\p֏|՛gg|",ߋxEۘ.7FpE&+Չm_Ȳ}@Df=ѫI3Lyt9>9&ˍkNzzXpwߙ[K'Z$gI_|	ʙ35VF_NJ
oW?fF'bP U>5:_8J@'AiZ>P݈#r>bJԿ7i}xq6Ls'q0-WyВ[Nڃk?{9āK?Cˬ:nhξ!,HJP}-]$jH[O"͗'GADv̞(Ό8ч'-VQ
<ymSPB'ϳmx"UY+619Q=!ZAג؆[A3=əzޑ]|quƔ[>ֹ@ۂ,*i}?X|??r1ǲi2}NicIf+Ԙ5[<lY'uK9nkڅw*q$8ӻ&KlZȒ+e{-^"%|%ϔЙm+Z7;[D^%ShR=#ֲoMnBT7@%W}StlQ5|GՎr]H/ש܁C8M%Pu8Jay41Am0Eŗ%3%5.H'?C??]/a]\qJb{cƀ/ReqC$W!W38+0*+ҟB|?L7ހFf0Հ͂MDN8HЇ-P˫*o%Պ̍ og|)P7$&<'?E`!mM Vy`*v OpiI@
ҋ!"mq9IGuTqЄJkjWx
x[o=
BOu `&)[39u{\;5b&|-;<Vc' .9~S~gZAt7Ծ+\y~
/Vj8ԣ@7(s4$1jy(ŏM'ڋʢ,֠lȨz`MoEIHd|,B_zciݺ)	К|/H*ҷu3UFmk(	R~_yPK8Iw%ŉb$_ҁL212sKL*uĴS<S$}7Kpڲ,De+Wߠ_J+RU˲i*tkL6t!"_8
OCTOjx^peɥv 7`ݏ|J}}9,"-/!yyvkSɼ@:>%ݰַ6݄+ 53SdM+Q^sUnͶS|E֙m/tN
u!wx3;e'::©_h7c3G)zfYǌ_
Ŝ>ٶ6'$'U#lu&Kl6_s|`dj&hSAC5J,FңRÇf)Ϭ͓gpJ'͌PE8O*y'b7^ߚб,hɍ˸?E9I	+؈;[	hTq#.*҃v eO
ܩvU{2ufDÆ7lSE$rBz"!3X2Uou
~c'oGhDl1@e߈bjr!nB0zm?G{h28ձ?נߟ7dB}s	s#gbϵ<oOz8+-PNɈԧb KbZȱ[ZJ ?ØH/=w<FEo}:6Zϗj"נ*,TsoL	LCEhŉezjUd[0X:QaQ^8\nx&\Esw[LZP;/y0WЄEheh!pݴR!(:,1Lb^~ՙۉM!@UkE0Rϗs#Gǝri<)u.HCOWK(0'qV.XEx`&1pO5Tٰz]z=	o9Ɓ#:3R_WVE&#^wб~4>Je#\ۇE{C-ӜC*ɝOДC}}n(IhdQmǎ$͍4jˀ¼;>@¨T<Mgk!ۿTh0Z02G'-t5o	xd%.01ȋF-|07t[djiTN[]9'h'Im	5<4neЙW'6*V=èsДBTE6ߴW8 >չkKā*Q,c,62c}i=-FSLL!3n
%~n F>S|ŘPT<I*["b[^Z^߂_ݡ}]X8jwݽß~r)YM?d8cg2 >4	۝?7Ex҃ӼVbVd_uSa-+_x5Ӥ{eŪYqډe.nu~/m_<gJ4>#fhLbILdܤ?\/^p~!KFuġw
~H'7Ė_ZW"e.&uϜVʢa 9Ə7Hwo=~rmvO0g[Ku$?.TN*[\~(Y`iinT"Sd	*snkHD}.p%wh
ɶ$rz{.Gdj3j^HK+lѽ
ҳ	bJ^?LrߴۊPS׍JO|۔m+"v\̡,LiP|!wBpZf,ea]7rxt Ř$c̣6ԝphބZy.2.Gy!D]ү̽ۢʱɀ6$ˡ/[O5o-L*)s|&(T>x<~s|Rt\ I$")~YS0 (k;bQmH9%E{|27pzԬlv9ޑjb-#ˌҧ	[ui_mI/z0ۓ6A$hEt@V4τ+V{[:c#TPk'v(4?Z˲r` /O8>"N1/	=fjހr"Vtw:>0p*+dXxܙM:g)g]	c!Q̣.q&Od>>ƿ}t\g)I^IE۹+DP'de<,r6v< p}N8xwQ<ipt|Rƞ_üz߄D6Y`cy7ƈ<C9řFT0jncηˬ
3I۩a3oXܰE5.}*ޕ~')@G_EN`PgIkR4Uon!W02h"rЕh֌2U)[RĬLS;G/K|TV.+*5~EgCGn΁
dӏ4KV]cUĠ#ȄfbOFg9].:G;S^ʑbnJPozgaגj#١#<u)mzPTyS?5Ÿ1{|Ѐ-SC߉|3c}$nJVOߩhe_}Q0up{fe5s7	ԚIJRUxPL:x_3Nu<$o1,;!m84i5&vK.)e)2O<ل&0{՜|ފ]Mȭ#sC013k(ݩ.Bd7"p*),Wcю߫ۜYWg#iGɭ"NbYl?2sǡB];sB,l!/'%2o1lB)DFv=A_jsm/tLo^xt:=4?Zr;Sو7Vb-ۺa6hEޟxKWcw+/Q]Ar}^9=GB*n\͏#3 :mpw:Z6NW2D7^2ihd&[aH^$ /^Hֵb6ݖ@3X@ln{s4a96nR#?jU'9fX6
.JPxCKc!(͸:RsQĭD?WQUҶ-M/_ߛ'PçaF?'Ȥ|;ڞd.߾KO75%_HEMI=r,R%oE̳4ˉ)nݸ ߂gzCidJs09``h+\B ك<S~qٴ<wb=pnм/גͯi:zwkp3w~KZ8؂Mu]͆>ʇaCddd3қmEd:7[߹Kܓ9Vy^,ϧ}һ857k~zw:9_cyA=ԛQӪg	qf"1"UFsͮ}@'1@Ձd7`)
E<ԞfGaGѧ~Up9֩1NvWkl:?ˁV҃#kҚ~vS4j.ELjԾ!U]QY+aN"biO #6/ԝަ>|M+D3K@:Y3Jw< MBREMQ=_jˏGy67*a*dg
8P#O!K=s	'r8GOReL/cGYaTWELݖ|cF7">~1̓mG9e1yVRX_Mi&8spօ6?%?ل)KP`"̺i׶IRѐ[r([Ɛjk<g~|gbWA-y;Ed)%x~k36?D/EۭPT͞VީVOۨ,aJ2IlQ`B:sĆ_,@0Y'eWPgQKkVAY"L Ĕl|T91e}ߋRy27khOJX\)aB֪;\wz_:.hhșUCx5e$&&ڬJ?\wZjEܳ|r_jk=:(=~h'|&Ӕ;@-Y\2~ذF=ٳg _շ*:
$F̆V}@"&1+Qܯ߬:dnww	ƑϡƲ9$BzeԤz%|4-o`˻ƀ=U9f؍L=qPIO8,%ׁ%l&W=	8Qk~;	M.&J	+ԡP1+2J5\c#=l\3hL!;tg/mQYsl%H?iœ	/5^}?)>q94n>"@=Shi5UҴ}Ig5 kOrVBbanqS`)oʇ(f͸EZ6fƠwRwnH{#_+l"Y:JZG}ݯzUnڲ)t@^|`zWrƻї	n ZX7K=d˹XH7YZ"ߴ8wu;b(?M/[h}o8Gnl	+n4:iό:srȏ*$F؟ڶe~|Yݪ[	կ5º2hb)w4AW	|cjN*@`$ڹS׎B&9!\$FZM@?nZ*[nQYv49I,\Ù¶,59tHRUN9DMEoe+w
xܪVfný؝$
d6d1[Z:se2ͥ!ϒ}H8:dc_po'¡n	0qYLt7{Aձ]SreryTv?0kd**ׇa"${sPPg߯Rg5lmyȆ͡N^G.JX~_Y;4ò,C:>.4NNX~eм,M=jRX'e֣Į:Wu}aY9o8m%V+,,.dpq:C@;Xq@r<LDl{vd.:*O2*cԘ8O7l ^U$܉h߽UyV`~ɩwB6if٠8,Ȼf9"&$	ޢIaG41AGwG)8ҽݙX=[#7>*vXӁ7d2),KtB92/Bj٪0
5]MEàM3-MUdN3Q~$ϭ+8λږzEb&Okҏ~Q]/|:ҳ/0>dUs=OYqzݦ!Q\+,"oO\##6uMt94R9iֵȿ,+.$e;%$i&ˢRBS7uT>G,CqZ*cɤp܈K112ɵZYA{_VU!g#^BWP-K"bO+v!ÂԔQT%R!G',%RfQbrԎw
u،ޢOk;v[kڒB^O:!]FڅczݳuSИiuǆypօÙ=6}Ҏ8E)d<N8,J=\-z=M
D()RtRJA4!aD/`
(i.?u39W9AT"'(f;:JK5|-ܕ
?q)ZtUߧ<nsؿInqAbRb:j)>Gu
ĻIHf[i.ϓLx(:n;s3dUpΕ=:nxcG/|J]X]7c6qk\׹f%X;cμ$ȟwIl̈́Ю;ǠDN կ͛	;#)7U~inBY"D3ھXvVBF3$$D?r\v޿ȞkvUjTWgj>``FOH!-A)hbZīs)WG^E
>v-kʚE4emQnc^ȱj7UK*0ՙ,nKٹ$k8
5Y%1k ;h#Hӌ݇)RQKZ͖9$W?یBhG&%Bź@`"sŇSCN(؃Mtj8ySy{88WQ=5)5W}1UBXг
P UB85kސq:޽}!.f,O_&U۝]3IN>62h3޲J5B*<W!FL1͸i5	Hc6`G2Vuٿa	;k9%ޚoH2na{	w%([#\FCg iJ9%>cM;0tHJa)@n,6K{uʱJ֝KYP\Q9u61/33Z@X'%w#CܽCofYU>O7SnouY4ΝΈjAKw"ټM,k(ZW$G_.r"
f̜XJ͏d0+ޭ3ZI
;F"R|"Φcц@hpK?@z{(E
\wD*oǚrr`mސ26Z!oײʄ<XK=dжJ:؈Z0
ȣk07 B,qiן$n ";x`.OOA!ZU<]~a͗>&Ci}*.܄%֊\<}1vƵM`Ҥ^9O1Ervכ#4xb|Zef5#{
^7	19y ٲ&^Y0|L0_Cs/4u"@O9CBV¾-XգAz!W#vnه \&T5j"֜LSW߾z />jlNJ>CG$:o	8*ƊYm,
e|ea:v^]o{E1͒ދ&ra>1/D׮ГGε$}-K'|nD#s?<igPƮEV-Y_q՞gflGTͼp;K0qԕ;ϻ&>-mőR).epڽ	W3p-#%^xh3<Ӊeh/ywQi8eKdܾ۬Xv50S՛s/:ڨa
A|RI	Ɲ-رUUUͨjaj7{;$T[D9wl9(+5}r|\rKǾr1M\Rv˧0Qm>U87Oa,y6c]c^gn߇sNO))iR3$y~ԔYߤ ;M#pĺk$8;$m 7zO
V0gTaTDG?`).ɟM"p
?8.CTy`6KzH4s$9g_LΠT^n6$6<p.lwڞ`e|6QCUUk+РF̪j?H ̫`rg]Wƍ]o]0|$qf_!Upؼ!٧Q mՖ>}dtv}I8MیثZƏ%	#xʬ{3u<wXD,1pw͍9/ŦN+WUqR[z[+g;#yPR54LBX\]BnM5!M}~48`)ֿb?c{1cbEPt bF6iwST[]:%C>|RN"x"1eS|<m	@&ťˬ{!Nܳ;"8&Y}@8iDxzsm.|oO[$ψg}xO*^YUەVXby^uѝގXͪRüͼ7,3
т$kknǙohٹz]=ǘs~EGo9LaaU&)72-kt@ruIvѻ3{ŖƜ߿<@o1iQskz)xڹ4Ǉ/X6S@MfJ0CК=3Ql©#..;ν2IԽ> mrַ{Pݱ"20mFLn4(:K֣Dͅ9:݁}\=>FF[j$7{09.N˪Ӑj7G5LrW
	.c'MV8I1s7ͦeTJˀ`1'&1ݺ}J)~gi*2;iXNd/tGЉсm-90\RLweW NL>s[b11,3@&5b ~[S1A,L};*aSCxt+ ^NX%),	?Hݧ^ُKڭ>7Ӝ-/0gӇ#KgǁtM-MK;֘rpuA%Gq6ƀ:|yXH+
p{xgUdc'#>BXL܂4dހLl3ͥ51x%mM	ށ#~:]3}HǕ?Qvƙ>4T-aAcu|x{wPµu̙m?¦XPГwRXӐe,R.00wwEof)*"ؑ=<.(D)j-o<@+j-0\&ڠ3DQyߜ
ڳ*ݹwh΃ʱ=-9}HR`ogR/a:TL=py]m^T&8܏ʯ]ݿܙfc}Q2w{RA2{2<3ȶIzF_JdF(3pɲ>J~:{vGS|7Iî\FmI4lYl%/`!aO.P)t;-c.aMlFm3Ys2BqG+H_دb/&|~ۂT^`{ײ	g̙:LDȂ-X}Ƈ|2Krt?w'u@Qj\8dEU;u~e(	Ɉ`<2/V&6KNl(r؈"@ƿ,,yގ_8|ՐB#B[{fsk'`{M<34֙FScܗ]8>w->4(@1ːuu,	9Y.h6VΗ@]ӔUr߬KYϿ?<>|2z~M_2%Q/XD8óh!6 $̹ʂBPͼELmp5D|ʤC<å։RҴ|O2t~:2s߂C{Tοk>0R+G*_Fx!//`F I9ML`cțŃ1R$3l:#`1bF](۴MS)(ֱ@:֢[iZ}YXOPM#&>Ύ̥;Αp7L)xǈ`Fʣ~EaY*6w]%ӉO5bkCݫU2EHl2ļZc^DR2,0F3dR9Atn`_Ō#TΚ`H̆t1hvaګvogwsŹ=/&+zÕvnf1F;a\R5Deч@.GTХO҉s\,p;P
9@̠XF6
&ּpê48J`'#yL5XBW_CfeEUѶ{sŮŽGY>X""/P!ү<h%;i7*OP+koV3 {V&1sF?szfRe._I|Հ6@ZLe;/afhTxk/S$orЬSu#PQߚjW+]Z'ݒ^;IZҠӰ=	2?Wݸ{`c*$'_Ґ/&53X?;lЀo ճrFDjˡ6[Nmsnc4jHM@ӵW
.vI\#W-%A8s#m7j"unD~aQYfkp"D"t)?jM߰LG pv,oV	YqJӦ,|e۳y	
BfԐ˾TbިU$M	HÄ<̹ӢҰ83~^ݩyȳfbҳN}$GK)ߴ~[29_qZǎɷQ8p0	'(ݾniU--'#ETwi#VdEjX@_GЊ0۴<[{̈Q:N}${ն/m$TgLmХzdm Zփ^X#S[k3Zɤ[e/VYϣh}2Ourqkh~[gSȖrN5wHgMޭMJR07oYh_2=pӄݛ~B8TNK&p-jp[YHGʠL:DlN$O}zQiqIسǴHS%ץB=gYIۯU	M˃0`tXܓ0ځIInt7K!$0^dVاULW һU"?Ji?D=يAf|#SIyM3ؿv0[QF(pn&fh6UcMqܺN<fMCc^!GCXPޒL?fdǫdWݖȟ8O7)1x#PWU
'v^ƯctP]K<I (4N'ENޛFk.I;وwʨL$6xm+aOPI;hOn\$0Mf_cz<wMnad")@vJֹ:k3%A٩(?.rErA[$X_݉5]nr@}eˇ$%H\YL_t˃T^`iJhށ$?E~)H˟P&7oԇAPx/.<؆B y|˞vي(%Yjgk!rf*Ư4F.hR
Řwk])H|`aǈ%dӊD0w#S`.jB8_b	nKV/K.dC/Xɿ$D0
UQV@Պ\}e#"xo{nƥ۩x?C,$ic7]"5,LϪțӡ8K?ݏ(nbo5g^Q4~fgȉ܎Mf59N^yjH(#<wK%nƇ"~Xl{ݬŖy͹/͞vɆL̎G]=IŉهU_']i+
Hc:0Uȷ~>ݠ/i@TA}uC'ݾ.>߼xyNd@Cp0Ő%'c=!GcΤДB^Uyhm2_Zv%eʟ`qٳu*җP]ܢ15oKݳ.
})`؄q{9t,-"s5	L\v)wԃj^Tjd)1lzO0~hd(wRRʖF><UG׆-1&G)B_-j!s>1ѣ&w,;	v)0vGВLy0y\2;[UaF?=W2if<7١xkҁ2,y_EHǣPQHFhIh:,:(ʢtռxĳfiLRkwlĪN*KcrVQB܀V?h7>n9ZjՈLͬJ*Χiƃu=h?d:_uCs9{tbY9D1Q{HUdMB_ì|H_zїAGVyg.p[ ԠB{?fa&Ï<qczϢ8ތ҅gO OGCݾ
q'u,	a@o<}sGWl5(]\R[W:nySf1ȴgFQu&;iYĥ"q8X5Sơf\Qbs5@uBOt~|F(6{Þo7yύ54/+oEWi7·G":3oon;akۖ5ܠWNǑCJȳ]ܺhSė^gQG'щT.u7)@3x޾&3M؎)>*EG}"İ?ĨMnd[4v_e'cŜ,3K9*YMcd	э$KŴץ
7ޓa(-p;16J/:eiu)V-YwqHo6WHP_[l}DEc6qє8B, ʒ8cݒk<E_U!w֢͢!*'6v?W{6n0H:iËA|Ӫ)Ӵ=8Jߨgz/YgC@Đ( vNv/om۪͟hZԎa@Mn"DT{x~&n:0]/clgþE+U=;/Dk.4f¬Z":MȤ?AEKLɺЉRY+?БDeH̶<ϗoNjΏ=jnM{Pem&uZN+6ˍܟ˷KІ+.0ҹӏф\ۻvd!;{:WOqq6Q!P2^naKX1?)MjѺ2CclmM"Rԏ^|XKrGϡ(@s!ݠ6nWko7i72W,)әD	vCT1g??H"{d|G=ZԚ	oUC@S[s@&.:zke"mKVy=|
~	lQSٯYȗ \eUޮq܂[fG5r'yI{,syYM֟d-$C'Zfoup%`e,kԣAdrU(6qJI5bo@!OQHs_+=dOݖE˄r`_uG?
hT'{~7IwQm72t`׋Taf;2]J^2iVC-"\>*^5ۻK6|Bۦ+~tKҝ*%_%[şϱL/kͪGk øиC66}G$5[/ז(;noN"^2viɘCFOŃ5uezNo%ѓ|CK7@7(lָ67uݝ[9IY9K7-'|g>8Drsy+Ȗ|)WMQѼڟܧloXHZS)ƕk۲;=Țv@+cP^Aޣ|ּp!mBqdåo΁zչFQ
Ȃֆ˸lӘv|yax^wWڽ$A{51LGcafAè~@YnּGCrcֺ1ߕ%)g.ґix/IS^/}%oX_qP[	M*Pjk5<1)`=:]Ēy~A oҬC9ʳ?]â)iۿjɵտx5˃*p lģ.T}Jm>œiU	lZ<ӍM78[qX!1S^|xsxHu6o]QjTͥ0Ƥ9ӽ0{Uf"fRΥfe$#z$|FF@Ϊqz:̃1"i*ٔSųvEilsV*RyXq9Duel ī<1yn<fDS%)^W`љU
Qs i)7ul׽R9f`z[^QytgGf93{IL%GٳH[Nc@-!Yۚ+սuN*ϖ<_	y=PhnP[WPuXYSaWgRҮ},k9:}i |i)5$M~6ZXEc3jQ޹T׵дuϪW(;=-q $ϐdxE~FE:VEp^#\@z v~iݣz/~ͽt}b{,ʂ\	#ڽs&J[AįƱ;[B\W|ptOKxDǖsW*igRFnT<JS'Iix$B߱	ʶSфX˿6K?Qn.+TxseјB-'ownofƹ^XL[eo)!̌Eه
Ã-mߕܗ8̌hX_!LƚrO-?Wyļ0*@ڔ>y-0F[DU<T?LA,ϯu_lܷdf`
nS/5X|8Mee0D^Sdrǭ΄/h٪rlr#n)MH3
ΔDjOUVĵScM<K^К$Zޥ+Z< # p1=C2_f=Yڳ?,R]z#9'J\/t|*ӨU^@hGΫ68vtAlu~С"̬%B|cf@ĩi:Sőٳղ3&HyɋP#a*uj}PLI gf|MCqʰ~{`,2(V?XTF3=['jsT|&&9H2ǁg.s<jא^Ď47Yi2AqhT5˚a26ܢ\}	Є3[G;f^3ۑ67{h9
ѐIbmą7| ڽ42@iҋs~A)y3{ɽjTrn2eByBWevyWN#ʖؾkك~/˶a#B!oUiҊ6ʿ^p!ۗƿ[c{,TcuW	q<$Vjc<i(\7ĭ17A=Ωpje-֤Dڸv/2MMEK>XS"'+X{kPEYLl#3Gc
[1bYFwzBAG˝jGjHv.ӷ?֩ӭ
ڊj|wG9+Diu++rw"%ï)|g,H\v˝26@ a [ݫp.,%m%g*ю{9g^k4SG/%>lwapji5V:K'PhUU~8M%b(wt\d2Wj]Ǆjat+fn+6+#í҆K^3MP/P<~)}c*1vz8T;pcű\lF7<؃2De[(,(wéo|'Ɍ-zK|}2B	/.On9L#HpUćޣ^=k߲֎~gEx	d+L֩n+aPi\\$*v0cvj2\]Aɪy˨QƹҥqۤўmkVeы`5"gBN	ّ(C4+͂DNs_c32FcD٩dߒ|MϱeNYJ7	BrG} dU~~xr8N1R`"<fCgQT;oIù1Ź)I	q[W<ĉg/>*ޙ9yT`skoүϝ<PyOO҇EӶ#=5_PO}|U//:d0%;|EF~Қ5E
ϹV+d#	$EРWUeoĬכ|ʉxr2(i8<[^r̘n4+nWv.Ldhݲ?ltlȶveiWWts<h
ve@GHҟTҩwl)5B4=h4cW}#n5X[@h?an^
M#[|9qA}?]̘ !#
yք˕.g=Hho{9cPծgSĉ̕ξM|Roى~ʑAm3ȡmuDڑj7ec
/ԩ	\Fm~g^%
51`"J)N(-*Uko,d|csAk[(%6Q:avZN
	"6ZɷnFE+2VwWX+U&
>HD_3;o.x$Y*PȃUtR/_Q.S܂Pt-ސH!I%R4y/q5T>~̽ّV6՛Q~̮OP=OGg݋dV[)s<biش(RzIߏtd. ӿ[ۃ@eO)Zyf2Ĥ^ffiڙ?x\yls[&օ{d|CqrmF P8~9Zr-[ELˡ]sژ;ؒykpkh3K$ oW_KY2q7nބX{Z΂dt9ބ8@z^ÑͣA%1.M4iI!9
;oZޗB$YtkX4ӏ<79%h_v'&ڴY**_	c 9@B];u{|1;ˮE@X`Mrc؃J)؆CuޖC7ӧ;E0pa)ͶK7?x] ̈	!cx?c	Fp͐JաŽ7Ӣ͝-&0ypύBkb^L˲HĊxA|Jst~Wӫ7#st1QMgLcFgt|\ H%ҩv̚W5b(9r͖u0EiA
x|S;gQGٲEٓ)7"yr	-@߆T?ZidgnTdMujDei:("-;B6&?҄fۅ̞A`hJuioc':Q$uPUvoq'!"u'}/ߥXرaa -?UQZvם,z2]jEBÝ.kMe`
7ʎm"
ő;ڵx|<:qI<דfYr}ټޞfAʯ`99]h~ybcMa5'(xm{ѹZ׬qiTKfgdQN"W^W_x~`$҂v0ɦ3bH9j	)ýR|Z?PsnlPmǎpC:s0N4`&cщ}	E՗Kgc=D7sHӡ(_B!cX@td/7)mߧbXܽbˏ	aY^CsΪsÜ@A8,$ͣɒuclVmwӨZ^	y2<rtۘrNegn
pݤc4H{N\Z4sߒi(ܜ˓jݒ#>!UҸɦ߆#:h	!1jj2Gh_.KM^"E_@;~s$ӰD ߂K@XBv{}v(:)UiחaAZ!{\W9\'#7-f#&F٣-R=cחX>U#
(^ڱ99˘˙۵3/@#($Q.l_ZSMcS˒dڅ1<pӍvCl)Limեyۄp۽m}+
*2yEՍ8/](eh|L,p1Ԭ&ڬBGSK`\4Q?TzBيOE67jj7(h:pT>~oMZزEv3.yNÔȨu85md~`JZ̺|UߚĊl%ɿ4**&$'
)z'h-m|0ƓDX,mjCз%kx@p:u^8X]!p/nJgɴ{XŔ`q@ݵ$VOG)f~j.361O~aӋ߰/2(_{h!Z9ֈtқΨp:L;WFQ8{k4GonL[jp[s)%ֻ͵ջ[..$M88dǮUBsp.sRu8ήIcOHXjn2҇B} ٷ 7ZHǡ5*k_*SwZj3t [ѩe.Jab%(?/ع>$@HC?nt'/bL~c"
ӗ@ݗ\ӤH
h%шçØޞ;WFx9*ճΎzޕ cB]Uoɬgm6J|0m18Hg4./;UwLɠ&ǀ{A!=~}ԽIu_ج("0&|ҷȑD/Mڛĵo_̅ضgX0J$m;~b>BSa8z+%[ڇJQm.lFpfZh_
hЧbv	xXɕR:s;Ĝ܂N*<^]Z3[`B{72bf_zgF(iÝbӝXYjxd"
l܌OǷNǃɗ>ESE׬aj+ː?'ДߺV9PvUw54T,ߍD
,T-_zF.o$@Z0
\.ҳ)?R1@hM2[P"$e3ƙރ(ًF.>pE][fesdYQֲǓÝ|GWdPSm].Tϋ4p#L? r`Gtg+Yy	զƢ>ČeMœ؎gvЧkZyM,&kmbԩ3d	"a(XXѾ~G;RJz>ޚ2|66Qb!&b!9F_ ][+֭DV,,׮~xn'	ޡC^ȡ%h˅b+g7Фq/`DG	5-oOսhUyՓ;ȏ"	Șy}0ƃf2D.>+>!ԧ~f8vop?c|҈ņyBVy޵cwzdZyqi!O_rN8+@8,S:c9% hUmJC(Ë: E)m\CwVEKeL5UM{1NT1/HHC-(ņ9*n7Vi)C,Ɩ
9RJ;nENpm̥¥O"/JBtH7w,y+.cxcY\ȓ|޳DSnT'df}%?PlIHNm@LiAZn}?\ .qYbl4SӵsQ>+l^b}jXcg)B6uBBMȴUY-*g)4B^wyc]5*cJU">q.pgE1uΙćܷʆעNE_ADtjh`t.F&4Y
	AJKƉ!#[z!u0f<[OVBI=tao7Gv54&'v/AF9Ӹ~ɦ@l_Q9qPz&ſ6Mvy-Ǜ#\JBY6b!bw͵%ؔW]LyA"r1<7)M+֚.G,ȸevl+c-#y#٩	nMiĐ&pcŶZ9`3־@ŇjZrMk!Lw;?hw{^ XPh"BǳKYI%&=c"#+3Ixҁѥ&W7}@=bFˏ]Ev<Am4_6x0oڎRcd"c7PDĂ.NG(n1MЃ)b9v˸9DM]ZܮU#;<'n~b_W}ӅcQwRƠeH۳üXڤ݌r~t&/$a|a҉֭ުvO:l M;ƻ¯_MwNLwyBǦBט?H|ڇTVVγ(пNa3Cip`ir˻z`I7RI}UW++X.N_{!]Գ2žSן4&gg[ƙT§	)A9vF)[<bVQܚi=֥ftўpʇjecd9SI18~j,{xo[6Y@>;!N>w
"/f{s	WVaåW,0CH:B~!fOޒ;f;}_}fɸyVFW{Zq}k=M*gWPGp
ڼYch2Gr~/T>=aǲO~<gm1)eԭ ҴJioQiV1ݽͼԔŢ`-Qٍ)x&jP@DF+Þ8FQ~=̈́OQtd)ñ.Y@4ĖI΢lKTEL$Z1Gc%XLC(-oNCk+IO^fh*$m,RVm1:sT=XʳΟ=@<0~x	EwA@pTJD]1,}Ey6ү9 1SÈ۱ĤJީ@2:m(#"Wv3~XIǣJΨg\CnjÃ}96
1)q[kO<Ehʎ)Qv.49`jxrp5HMk*%G3d6֌P^ʃ-bDg 5qܽê 4t5TOfbf̞Se	q9,/caKZ?^_ō/KHLq/y!hSՀu[J"hO ?V&Wq3	,0N<w.;d+<Y6xy;'v? *ߠD?'ܳٓy01F$]YHox%'Jݎɾd}QZVp.|;Ýϼì%oDԽLEg1v?UMS;rR؝j,mlnQVø48ܟ^flK/5@Zq6AǄҡڞϪ	m

MbDcfs[cz_h"gtְ·8kKqKd`~2HB;L_)ą`e[d"ȪKι|^"0-ͥU]Yor&4}uY@8R1=<LƊ&bnic	Y,؁5[щ,o
z4,!@!d+~_%HƪOY,;-{4ęNf2,Uq&\z|1ă4߲ӡ̵(ՃӾ<nۘO<vZos*ˊJ/d*Դ	'8˿"@v@M4ְv[SzExz2Bp
ҕzŘnwˉ}]ta&G}t/l	+H@#\i1,ԊMD%).j_?ģeX)J
d;u/s%kQCcBs=ǐlR?a+jm0Vh-nƺ3& iycNQޅl)/HͲl'11=TH:qF9̃ՕGRy`%Y^.C9(hOKia`ܗ^ϊCy_U#RIϤ&}5t+^J#EU`p4wmIܸG|AprRٷf(n&Nl;0Iq|,8xޏ]ĚW=-FuK)Ȼ/u͕e#2VmՖ3˶dVEX,RUC$5K֧V22>ksئͣR1}kÍ<k:pPXk[{*ֻ\ό5HqQC}8ީTNǕ	'x0]'w4eֳcrc>7*ۮ}T53U.;PDsk(Ú``߿$-a|k{GO;W8LV^
r7?48Mp?ׯȿ8A|0-)ɜLQ
.$jY.6Q+_7_^W06$.e.HXT[זJNO}~'B+|,se܂SFm~V҃¹] 8.}76:>RI#bm"X2	+0-SCV3JKNSD+d
NҥP>uPS7?[5Y;ro~|{y7"&nкמD8,׻'PS	iIwcïFuB,h![[;a?S*MH`ޕ;GCɊ5D}23uon66x8Vz&eޡSߴl9'?zGHP=L#q=Iѣ^5ioX2)#~p*ghWe<"dϚrrR}6/4ک)i~KvAVgR|Ň1"Rm65i*3sj2Stj+>b9$׵8ؓ_E/{LZ);~+'L-'`8ore-G7\*5+oeh[M%uĹhlۘ!.c^s3xj0m˾ڣϱĢN(mLB{u,vrfZ!7n[FzcuȇjMt͞A˙[M?ݽ\xM_ڄgm:rZj'qY(Ϋc$ªgUHD%t>-Ŝݭ-ZFä55YQ`F&'=XFXGc v	ёw8Yv]_^NÒkЊnG1e=GFS>Ϥ{e[-;ԙY<D}VU޹{OVуõ6	Ė7$'߿٤BnF3|S:T*ǜNF]W;Ԇv%ӽjJ9׮M	͖<`A׎`Q|&2ɲ2HN!4V׿I*ߕ*:TPG uo:FFO*ĮoiGؿ{slzaD`>Gmpc|On>^M(?mHʦp~0y@Ƌ6Y0\\K:)nUxE2x=ͣpƯ&NܶWI;vD<W=)-I AOhXj,)i%cX2q^Ǳ̡ݙLl!LK;'ҵTSGӠMy\(P	% `5voBĮ7~>rvh]ҧr>`2BK<\H#=(o+	џZYCh~d@64dmwYw	+ófɢ@kacɁbWDm^nju/
K ^{?(ke~+2׳jǹn-ngc7 dF$9/{i
?z0Уlc6)ctOC<׮ީR҃mP|CK76p~A/Ia7K\p`ɸ\Z~I[E"ObSvKqc^lݶN'ۢ`*zmVyֺQKTe<Lb1Kזx6=XzgL҂7Q]`	B"k^xlA1pKY@ȲoJAPu2Ͱ\8b.@Ei)׀V%7|ZnSWt)|޼72ܾBsdoVtFOVq֡"4RiNW@ʮ@soKsJBT$p#XǍɲ8BadYW_cmp7ߨsj_CSt"7FhHkeC{?vXus"ڰ>ko,u-.dy4'?;y?1AϭI2{^\ĳCEA4eQ/6a|D,"qSIslJbo&d6>:ٹ:j9εbvDuġF"NJ-"!|[JLY1DԇxN8	sL(dV|<DcEO~!(uec)3/zr*&QZ@~yIWrP4NaU!*ʰC0PƖϕ	)CTӹ3K?7;=^6TЦjΰNRIڎ"0B3;IlA)q6aIAc9 f2.`GCSÃ=(i`njwqR.l<jGa=j
Ǿ:2	
Z,QŽDǊbn\ĭ"]Fɇb!ڨ9ivj7(/6v0J2Eb;nZ˾|Į{<(Ĭ`-@UD4O=tMu/m}rFBeKi"twRZ-mIs}.X2',mG0+x.5*"AuDd)=(6}lR &Q9H e+ow0X%jjϸ mIje#U@T%-E۶O1guxDQQ::lOcݬ6	\
|%^ȫlhF,]'P߷]:c9IsFp@tS,j#Y{λE(;gBx"2k6˒.m=B%V,@7zquLx/~e~ƃ?~|DQ׋Bq-y4'd2_kw6Otg'.?0/	HUz7uߒ`@qP8"'U(h4%6".rЗͲl۱34$p.Kf;jT5+ĺ:FKCڤ[}?;n?6L+X+2e4(3OǪM=:0]J{	:P'AƆيʺqq"є7m~X	"OͥJj`KHU'pV}s#5pE#ƤIڶƯla}w\<3Ui\ԅړ<~a
s	ڒֳɸU/l²yl߿VՉ@75rS1mŧsڅpF'Jڤxs?*bϭMt@dn_!vI(5!eˢa}XsO\s\0;̼\Ǹ^Iq+$9wT{شA!jM%F'5tW*-ڛ6ΛRy:]W03|?t7(ޒdkUё,4EJj]Lݚ2p-FMHnc}@աSGvaäݨ#"AITd	 }keBދ_*Sܮˢؽg9%z1n/M3"')pTМU9T3mӠp:eu=Vr0>n;.p޼aRD%R/3K$,0s^3IT̑zދssS̲V{<s>a\0k9Aqض!wBQ]JqBDT&\~HӔ{"
G|xy_=B߅O/D+J^HSzUYx^T~qg]a
Ƚ<Zޕ#rlШɌP@O'ƅYc_T>VǦ:XνyUm]
D*ѮMhFZ113^c*`
*ޏ|[ZUv1ܖPvΤ,rkI,T0zǙ[%WЭ(FF8ٞRj0pжٕTԧ3R~w֊v	%
PR)r/QPf'''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(17486)))
