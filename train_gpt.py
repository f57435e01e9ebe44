import brotli
n=a=0;b=1
for c in r'''A92!ܝ#:q|Dr[Qaذ]I0Y7drCƏB3%٭sUe&2c3_Ot+ϏlΠA0x[Qʄ^\Ekww!Č._+UB^8؍xc[!c'ޣPD&y5w J>De !DM/agyTd#[ܦzՄ,*2wEIWo"ԎK
&ϝ2`M?65uŏ)lKu\NRqgCpBXF57K'`OE1?ܫd0?z! P`]+S}Ǆ5>Ko~ǜ{zhߝdtq4Ht+YڭWŉaڬ!3vW!Ȕ"-dw..f*-K`<9t$*xm*)"gKuYƻgDB	t~\f\Gm)jLЅ}M-v+*c`MB4S غn_Gjصs@r_IiȥpEN8q7n^Nt}Nmeމ{zkѹi^՚	Ü,Yluss&>!ܪ%ܔ4ZO OS{!<0kpɖN++8=
Ծ#o@M'M63;yt-GpYb7at8ܮF7׏K2׻tfٌ&$,7UNiqHw~yˇ^z0ѹ=<wmg\OE[`ƃLGJ:\ņ0!>Dr<zp=|U6`wF;ڡ2/vt<kGvѩϷswz;6ʕŤAjR%@ѮA	kƑ1|ΙCX6B9B_}BŀՀMiT6<+N
(P5Ɠ+˗H	+o~2;1#!oޏ5g6&C`9WJC)h;Ir)ZQoi"h!Tiv`N5UbYk5Հpҿ7[1>zw{O2[ϦCsZ
Jh]Z,zt/V:BVEncgie| b:7*'<܆hZ"LTPD$T}ɑƦ݆8TV	؍&Ԑ\ЬFB$0Ebǘ:TU]łp!І{sVw,qAЯ>syG!8O
G
	٬yCI_MͤUTݕT9"g$SЍbN۪2R WWFpCV(YKitSҕo\0jdIM2fzLs'keZpkNֶHAe`VN˜݃nրU>֭- Ek'xq,QOa͡9+h5YD9C1~#F.ؠnbuͪ=.=k"_5yDC
>5$v6J	ĥrog$2dmZ}!oȵ
S̺T\X&Z\֯nQ&_T	[4ĨًwϜ@DeوiGn:$ʐʓx+aZˌʐDR)?rd_g`D~y7W~+Ť9&UNKژ&<jBݦ%ڭ zI8<~ҺڋLӈTŬ]palplW&BiWΥe*+15Ki{Ư+˜:4Y>Ȣ=V<t"N8TD1
K/эjQ),lmcQŹ:ܖֺmV_A0YځîvsV8Kљ&Tb6t-xk3-/ú; LOc9Ӑ"?<ԷQfAD@LZ!kJyltyoV8ZĘv#ntJϰ9) hptOιՉ\E_\jaWɊ
k3@:9^)[V".	+C|{tFrc8ɞ҈,¿g$'n(ۂ@{s&lU3[[l+ڌD)eeq$V׿נ.yw`2؂ZbdDsToPOֱUnNݘg:ɷ= {K-3ׂgr3_ĽCՎGAWMRee#eG<X!Zʣw&&mDbi7M:ȟ^q?ډ6$tv~1"ڗ=K-hC&bqhSLa^ҫrA#\e!^ޟa4B^TE;palnhޖ֭W<? x1}mWȾJXQtǆIܘI80^'Lwü+Ͱ'kl=@#oوg˄ЎqZkT{m0t&a0q74SsrZc7YKSkx3h ׽d:9r]V5wX`̋"tOP?Wf)EL}MX0ɣWUB{OV3bD̃fqO@y؇3<%U1)bz }=9fV{I&m}53('niIM\dc&2ze|Z0Kb%?ܮ<վrw;j#Tc4	_,˰ܪrI6o%4%-9sxr`w̦`,b>|Im*~v8BGFф~]gGuBn) _
NRv*:l1ԧelr
=R޹U86{wt=F|x+e%\dg[Sj/!OՈfPз(U7TH̤Xv(A>>0nsgƠ^n,AArRقHѫjPe`Jݹ^ƭ9wBOڣr0+	yPP@ׂ0/X*,FnljN?)XmY̌vNB@>l6NӉ9,RοN&Edzcm(	{CeqA f`0p^+hƭSē(vΑRCl,tP.jp=Rp
t=6,",xJ?́^%P)i>"/OD1޷f0$Z9݀"
.%.Bba[6{2OA݁e_<Q$#-˄5ЈzD}A:(>8F3-~-NLSYF0Έԟm5ؤCXؚ\Sz	iru\itFbj5SN%%qTN*vE6W ؇J^n.hh`7%wX8CC)=RҊe<oKWcF^m/UWIS-dMbo	'@4|B4n,Ņ\աOyǑ/hWmHuY/OlӪ(GH4*R&OIC/ռ0N}nGv1v'tu`;<YGi"_9ԓ[2;OB]2eՎߺF~П_vόqmɳi4W~f)#c*:+Wbw.7sۥVAw#LyCnb>.0J7,-KGXH޹[h e}Ҽ*gۯ	z7n<S#ðN-|nVLJXpIH`H4ւjWOͩ6Vphbk0=I(քC#fATӱOV/p^^ /?};ǯ+Y̷~Q|ccnU|)^8#k=]0/])&Ɠ?e%;TzWk=́i0u;PB}z"F8o7^}=iyao".WWImԂUqSe͌p)	7Kŋ4TU&O;,2~^lsmɊb{c/@1zJǰ,kSh_(̻*^])I?@	|2nXZE4}!WO?¦$]hٕ;r/҉2rEoz@dQsM2u!`Іی2-gؾݟ5FbϷk<k˕2*&Ϗģ`n934W|c'ؚ w3c8҆dyC)G~CC0˕{:>.eH\,nh"kMѝC6sbQ59˒Dqq#ťA6t/\.(f;$/G<s/Tӊkf"ZdNX?;|dvr;>/CxT>jz"@GS+(CO?re=B&744!}7ٳTg<3zL]d7ZS֌}X%LpPM,Cut/þQӖTMÞC%Ԛ2]BީgF-Uۣx	ذaM['Ti4o{gg2ٰѱ-?ŏzr$-wyf	4+ʄc;+hhk-omY<ɕmѺ("_YݽbS:zbs:X^+;:FpCYZ6d/;cpZb̮#ңT=-yMWLx/Y\\tg*Vڼq!_#(ǏrpS֊nyb~4hd(\'ʔO-}3;)nař\Ńݬ6n.6]֛$C!7݊0+&b9.8e#OEyZsg\^ҞF@̖#de͉X:{vi_ÁWfgcAEݭO_9qW~$id+Ua{:5\^2F!mН.x{8%j{Z#ʘoXӧ;wLbٽ,!OMLqL*:2g*wZ'S`BңQb!_6`Ǌ9u!BqƓBWשFaqtK:n;ց"OۄDzuɠ[%bһ/],LZF}[G4&&DnXzdԩWO3mkj$/\;5c{YL ynL<hQDͯ͡
@JJ6ڰl8w2֠oKyDJ>p1Z0Ԅ<ǩ)ϑX̱b2mzن1Pս
gt\Uc=`
߁IΙWAmYOӏmFϨjqMq>ͱG$u6ͽ~TH\<]myl21	6hv@$؝5.<?p$p9τSyǚn$lcΨa`ֺ-6լk6gut/-m-om)v$	RxxݯMd!ŷ)fޭ02~&gsky&vЊ(=_ʡT@eƮ͸ͳ.n)Ն1JϽ(fkMv&nȶˊvfʅYo"wem".BLqEhg,>zU+Pr8,Α*2ժ2=n(&
ɡaDN˱|mvAycl܋Y?r9dxB;>'ýtXp{ND:YB|!o@";3wWgkG%)ѹrk7,DXOv@qYm'j#NSI8X [Oٯ6SRBЁA,Mއnh]39DL"`NQ*e\G(4 >v`xTlK%ӞcJҼΉ&3ԚkՌm	v[HY693kC մλ߬&̅Que;oÉ9Ӗ|a)I_|ՠRԣe+w] jMK#l4A^Sz|)Mb{x)Sw4!g=LV|zž2[']ZBށ@RG
3m)x;0J]nEƵrx1EvOV݇߅ʳ#hٳ\^8BFX@jP{:$1"5o}mN6ՔΞ-B\_/_/wԝIR\L[@P'o|L9;txj$3ƮP"$swl=xy|f}~}_ܡy#!uCw{Yil5˄@)jbcxڼaAsبŽ4ːр5\ߟȌ8R"k.=-1-bڗFǨN,2.6\DdN!1]IĻne]GԎOf$$_pI`G' U ɹDۊI"U.u#Hy:12ʧ*/3w.ANr#uշrayskrκC@էUhf$Aw
M^0FROMТ<L}.5Gvmlٟ2ٹD\Y<;}B@lUC!YݯK6ҺαgFәüBdο8uŧ(0Ncg4Ud|y%gݔnAQ=|edۆsQAP\ZQ~m2mvٝպYTi/2F<mRRPB3L9tZ>ʴXAź/
HG,|$,2Ӝ9ooyiOJ͂&(2'iOFό̣mZ5h/%(5mXR<s4Al WF)<aR2(biپِۙ^:0XwԅBq%	ޚݚ1|y3JgMx+"@Uir?Uh.b1͒ә
7/۴@ǃ+o|wʻ'kFm.j!SrӾ0598xOׅ=F<CY0k
)	YhH:ފG.߾7=k	#"ɂ"ƪWS_B;Œ@MNF/isŝHę2ަS
`4ցgJVacǍٸXk`"D
^Uʢ$":W
TςqW\.VGĩK^׭<?=Z5p]\52P]Q[<MσUW6J7w3px[XDV=qϻ9j>FSJr%={@puq׵#ٗMs@׊.˹b`9ly	Y4*!{3,ի.;!?}?<?Ù@YR=J4s!!^b=ةd.m;~KOձK[ҝ|ckݲorY=tF7`,>~9#,d+[jxh.gι+X
PYLjhDbe!%Rs@g@xjfȘT(ӆQ/|a΃4uTj;sL}Qֿ1Yj@sP{SݛɄǾ26ޤhF`_NWLhC˾%^XgkqٔZԶѡF՘quʻ!זzҢɥ'zw}E{ 0U0Y6q/HmMD	<C,Oؠg$-HOhԀlCgZ:Eg;`wXղЯĈJr0RKlWfVSQnZwtpO͕l,,F?hޯCB@N}qKa,C7o-y/P=ˈtB;6:yz<m^!
Spjǃ>qw8/Pm8Fز6"{å~!|zƤ5cf3C	ɝg2$pp{I߼e@$'eq%jY(!g=7v"ؒ?fO^<$(&I-.;XG::ؠE.Υ.FǙ"dɼw*>\046ݥE:_AQu^.[YiU5*Vȵ&?#h9'wtmQ;˟3lJP=DKΈT5sdqDJԆyldz"{=>Χwȿ dWp!,0=΍ŨhkǬRqǕ3݆	CxU,4Qu[]݌!T|ry}RX#0[;IC[Dx_П5h=A}!F&K]	oڥOx-'v"΀HUY@;`PSCi6ѧ'4S+Hoo-?x2%,e͏@6{Jԧ;Loқ|=T0 ɧqc}~Mq_x{h+S^;ߝǬoDϣTsWAOn@c(;_9wxGŲwKJ0<1;rR=d2+.!B?LTv[W0íč4սҬ-T'/}NX̇fmUЦH9)SWuWhp>.5R(%ʖ8U.ϼk{P""b!O:5*=',3׀Uj/g*|t0jyv+VZ98ąpT^m٢иYDb^žcqt}#e%5$ܲC,Qۓob`זε6ևBw=^H:c2]r4t؟ʕ}1H-tG@W0ݴBzTm֡(?ԍɨׅ˛LwΫӯ@oz.Zv؆aÉoOdŨ?yZGJÏnG*pZi~FB^D/\	!L#ۜGiKr#f+03Ωf"T̔w0Kx.޹w|͸oJ2vQ>^)mQG2ߟ/J>:>BZ3ɽ(pX^t?kGխ.PlOrhıRUujc2-
;մwssvܪ"O_#(#^}[{B[oU7Ԑ	\݊[rv#|rZB:dܢedo{^8;3!5آfL"Gn#վ7HKq>; \}Sqhʂf&J3r!0la96}?ZH||~Dm		FS ф4"8?.0WYZչ!1Pxz,ukPG)g/2=ȧ{"ՕBGMgWOq3(˫&mZ[B{z8EZ'%.5@S>*:?Ǖ\"hCwع;'s9/q4_W^]ҕb./Y8.Q7Ţ?ļ<0v)O?sd/j$@L]vI4{7=ك{1EeS8tg5pO:&Mo	?^a/N^+67K^Eb"%dE+TٿTbܖݼ@d1=ei71RJt23Y7h?w_EQ<,t
wK7ժz+u?'T;6y]HLpe˘&8::\^X6҉׉5Θ7VEqyZ3:Iר?a*{\;U2[:1&DD+Am܋\8|COA7=KӻG|$3{18'݂SG@nK4LnM8q1'<o'CQ5ĩ--]f}~z6`lA[7KGF(Re%!C[<ǋͫNW5wroeV@o/QF.ݹю	 b2iRL~ZoEt=G>d(a@mO^M1uJsf8P?6<j7S!zI4?+C
ݪw^xnN/ο@<(ɠ͎sk$2Bj6hGt,I׫(U_oA7mo[B+Z~N2d?=	e+QhC0e=oyjU%(յq*Z'ܲn<\?]Df֯˨6px]۷wu+H#QWt59-'Sٕ4o}!lǪQi%ۆ-
e	)ޘ]R"8R_HU"+PAKսɑI;[>wYAH)`u-Ic~L3{t˲b-լܺ7_4 >JtX5ʓa\ͳEA̀'2fkmcn66й6/H,Xe tTs|ͬu3ĢCݭD#S. 0Y*G4_ϴTےRo)NPT/XQfJ{~U%KKBq]`xE0ާIB8 Ηq9,{8NgbwWΆDSJf>Im%c ]TBa7QaNDgqee;9+Xȝ_.w
cnC[ͼ.pkMȜFqax͇ۅ9$`u^ǧ(3!luATv	k|F9:[ݿ"ɯԫ\ԯ=dxU".E.eFkar($?mW.&H-lGL%P,!A#ޱR0F!9qaQL.<5߯9+l#H4ƁEyǫ3ւˈDBi2C,D˂h~_1;8!c^B]/TǊ^ev|iЗ֏PߡʿP%5:]+^_LR(f}elfIRwEjˈa"ȴ˚vN
pʷCeg\+jF
'%o[i6N`YvHu(a~Gׄ?9F,}4s{&<ͯ*3)Z2)iņ;/ ]%CVD~.Iſ	|'o@J+<Tu@|msO9Dsۖ	Z*|f͞4ϋ@b+1ßRqV.rD^gfY
OeVՇHуF
9oRJ,8О^"i	A"I?Dh-V$B[eͶhяn־`}(FqׯBΏ-"|8"?_Ұr{zk!(oMb)@oc[ģ;h<Kf
2/eyyIfԪA	Dfz6ڗ;ymg	׋ٷ+ůFxԊCL[n	qA\jYi+~wރyQ3b!b#4kاytp
F,LhB+TvTv&EN׵Xyjsr>7bfS
}#`
W8Thh|~RwuPBںܬwPdЉŕ%X	>%sUӪ"dMʶjF{4܋Ƀ%+)ؠ~ZÄZЮm>0A:[+{\-gՕ9n49yf|0=ڟ,=6rѻ%)V?/%}K'Y0P+Nvj$QO!Wľ.	nT	)_zjGp!io;y	qo7eRy{oL"q[гYL<d/#" i-x[gVQتG@FOv74`AN5pK|`s6*C-zwzܔt(irܙ%UPt3`;R՛Q(ueV	8B4A/JK#v`KH|B (o<u?n,٠g*4|}sklյCVe:Zs
=Lʉ[0,w|7ёumͷyYڷ[*h`ʐ[UW-c+Z@3L&W~frԞ٩6dSC\(G|Ū!ޘ΅\Hp[h!܁z5,~&#&tC؄GJ͎8Ȣ˕rg"l8uN>kkr2θ3to3ǏDR\Y	K`f͕ԕ۠Gν{bSe1i
_FR״ƻL3<МCȬkA,q0ES?8weW.
|#)'
 I_NE&}KЅ7F̒[0SV߀5c8}Z1&,8Y(տ)!Րܠ:,''+^iعݾ@PxzX©ZZ&D[Èmx'0j-uߞ6
TQVF?w°;x)'ȴ{,¤ސ!EQz?kHaV.^E_P`?~z~,oǓΞCւ4nkټOS<Ev)\ YSb?'m<=_7ԇ1I84FמO-fmKkJJ\btؚ3I̶VZ(d>^6}-<РI!Cadu`)rvld^9EJr`Ds2߸$CXH1ÈedPO^qcQh	ϰӑ;_O:AP-NACRIA8o;Lo&qPܚ0tOcZ١Ѻ!4X"PН`L_ɞ2x^#?\u_Yơӫ{HalˆK@JF,jM^AcPK)xf++ţsD	ېtӉ$w¥
d[=ۉ(cN=)^L¶{Kb4vq}a֭hW6D8	j;Cfvղf^=U\Ӑ_PBDs{*ұܕĩ1aˮ
tĊlЄQ,Fouڤ#wu"ieՍh4ĀaJ&wtЅxu+UP?^b5y<AށGqqv¬c?Ө3ě~5t:ؑCP3;ϯ=p9H<L)
)1MhRnϐhbNq.X^Ʃ>&7p2?8*i|M)*oӟMp~|_JG+	Ĥ<޴ȊF">,Y5ʂgS,lӧn0ANm1a@Y3^yZkN
4-'BZ=\'X`r+5۾tKà},} hRk}4C7W,?	z%"8DXacbo\SR\xDv֫+9B%"AC}&.6~lŹNЮXwٚ`"IƘJBu=[+[CQoM*.lHLo>C"!Z*`̬#%CcMAQ\fJ4'R$yKޘ^Y[~)0fh	bed0؃ĉD.GdΖ4u1ؿ|4Ա=1d.cy"q>~J$OM&C-9|l 7yZJwMƬmNLt!]K̅kмܣ޺*[%vou%?08|Tõ/$mF';Ʊ6JՏ%&Cmp$:xG|]{pղR@-e=ӬZ/`s\D mj0zIs!5Y	|^sVԁ=ieպ}fp*h@_ԖKhާ1`\Wnނ'#`BǁۙQ$ʑv("uC_KMՓVy8six:cMįr	˽Op³\lq:#ޠe%ͤLHǱX]S^Q&:VܱyFGŷ'Ɋ$"__`	awy3,:=lh-<0?kS@EWʌG8ϵ!$ywӷ}ːŉekZVS	Fh+juخMε4g{~P}ڲnmG~ۅ;vLgwJ:܇̬?`&.w({wsC*:qhOa-DO7~9?g`RËi%ejpҺmyߞ!|Gؾ:}7;aGT/@΃$f&YׇLG'	W	ăP^
&DٛBEgݛ:#~e`̕W3ybef/Sܴ"R9UtJGkٝh!MdJ|HK*8(JFKZ̦?=	'4fm\r(3cM">͞EL#u	mfȰjOSJ"1@v]$8>҈ϬÜӝu^Z\If4D{t1cIFMYLEIELɊ-.g-
3ݕǙ_O޸̬009ylT}"/6A%@σ*ƉG&sξ'"$?Q7H55ĥ;n[$<{I|<7A}NF̒kߟ+tF\ҐɎvk%oɬ&r)ӫi&e':rjJkf
Xh-ߜ.!kw#A)^ţ*`ݯzڑDnajeŒb9#c1ш-д؈0dܑܺ#ۍQ{z4dD(c@ϱ'ie?=V-ULّӺ.t0Ns~}$uhWBkeaT~E7>Hpͱ#Ο9<RWӦ\ -?uRκC<mLT&/lE$VgūX׿2UeFMj5:._шeգV_8e=ę dfdZk SރYh{A}qb2VCIh{~){2
P~Gvrƍl°R8*1UTLh݃	Jg	d7rFhu˶
A܁eضvʅC}f-ߊ:0RlZSœaYF8z57ew:/vu+qkf.4]ivƂAa}R%A[З҉"<)AU]5ƞtͮc'jUs*u!z}Zӎ.Ww=Ѩop8ݹxiM2=Uغ$w/2S729i73׽qBEg:huNbhH4dNdƚʚːw)Π"VRpE9>qKa-btsMdEpuCsK6KF[YsEpu%y-֨ūO(ۙ߄'ŉ=+U_F0Ƃ|$%fU3~ȁcPS7jUʉHCGD6ɭ>D*mE܀9M>&'x&iB[XnQtb^Ֆpݔt_^ņ8ԈM%Hh@t60U( ~(;#e9+]V0t5C{=f(H_]9ɭoDZ-
cIEg11uJeB{<޻T
zsFZ4GgeVscIM$
X,Z3ҁh{Cc|<f˾Nj{wIuj1-<EGwZ;[ɇWmj a`_,Gv#)K;Mh|nzFGbYJ+^OAxÿH2iàاVߟO|8^#$	
G(؝0}8MZUvF͚+2Hps;W#n<I@Q|UB#xŴxˑ+*#f#A
C"jQJ\(5C.-x7<LyX|\DLն{?N26x+R?z#RN;jxo@ë(v9ʴ" G-{<	x_qJnjpi)6UK݄IuWVҜi؟Ah`;z[d?fe!J,lS*{Q`>qK)jlVt̭x-@.[:*Oԯ.'Fśх۴l=
ıɭ5}ȘPpQ.}~Htq.lߡLrSD[6&fAfana҈/<5?38DDLϣ7,PW6ڇrpќH{l"h={
j#</pAKC` Ӥߡs݁=H JZ_WP&لb$:	SݟjƓ|*św-Ϩw$ן6:
CZig^klv`,|gL%C*#|!WcR3G	kis20\O*V1Tu\ʳn5ҶCS[IM=~l͔-Ax"8h.39sףG-xdoi^W ¸?6yCpAcwY4Lyn.9hvkA_6MˮViULZ eOq&^/33IjMcLz3!rJټ?,1|%'bŞͫbO.G-C~Ajj(S \V48>D3'?1BB#)foRGEDuKDN߳8۩a15\^<Ue{%dѶP3v-ʜ8U4(|/VZbJWݼvA-bNg5"ԋ^ǵ/t^ZYQw5H#g.D9֠M3ا#<"	Sl_S;UuiEݠn~qVz6rΖҍ$(ueQ>	rSX8\B?8'_rYY3/3ܗE%*j4Tnry9uCY(ρͼtνLpk|i=ߤ?uTXzyCiЭE?Nwwɹ9M@{n26Šsɘn80vmt2m)7zhĞ04 x,MPp(B+D Lө.v7!$d}ȐӰ;y<.9ۏ޸L@m's]؄Xa$۴s'&ԡ0k$e8f_gWx)H-!(BSF+xFkȖy9&QEe
&T%5RZc`΅3)%=t7;Nq*+cċk(h\&LV/ZxcɿL-V]
{	3;}<qs_,1 Qܔ`9	_n49|t54OӚ1һ&$]TRd6eHd.Ŝɔ	Sڧ0wqK*V.R"U< KCp8YTJӹm0|g&ێG<_YheǩOԄ4&3d{Kс(XӖ$+uTdȑ).j%>7SݢAHM~p 3i<rOÜ3pR>3dϹBKiv_J9vٹ|8&UdxB@nF6apr5k[t̠DwY`ǿW@c<]RV70T3D?i "~^w{۝:oicGξH./ɳ:St*@ܮ؞'ۙ"al:$˚^ڣxwFg]B17s		21:B`t1:rM.l<τPko,oN4FoZjdk6X5҄HDeP֊;30l6<Dbq-;\k3"71X31rdXv.$X-$#OU-<uEB}Nط&o+l`at4{EYrl@T]8t"fȹorh)%`tVHAƲ޺7>t5<eV_#C{Pܕ=p*y$/+w/
M}}'<ls7S%wU+PDg$o|pݙ6T
Bh3ܢԹ;7ԏ^%1s!zk̃|3Z~=nߔ:y\2;}#A}w&τ[)GrkR9A@-2=?!n?nhX1VcBaXs}*#z<VNn-D˴A.>dϔ&ZPg̷baV؝H{۔2aO3ejdGNj+79ldMŅxWqֶ*LJmuf/b.5yZV,VUU^tK̫ے7B2fFן;xú!Ek8ɚ<~[5Kx
ī}ϛz"V*ðcҶ8<@\߮,uǊ8a͓NH"gɗnP`)?d%S2ܾp;SrTZnO.0nIAܙzGسwDpG#'UՍwBEau¥q6A5'Ԟ/6G
5@!ݬBۑWE͹FU}Qի?ˮk)RQx
./Iy%Qw}>#8Ul@Z5ժwL,Z԰TG4ێV|d/5;҃LNpR&X9a%
YցSzW86(y%Ѫ3ȃhz?I`
Ǯg/Mh@@8c_5s17O^b9))V˹`P:&}L4n%ڤ^f-Km#ֆt)D~'n
1p'=+gPIy2m-J|p|}ʱawq;	`8µ#@V9equQ:lgùA"8QJԿ?XԐ"҈ΓKRB`HԊԆZ7mtvpҧ9i%&݁V)\}t>2n(i 6#T(:r}:O=5ё7a)q+JHZa,_œga5OoQyC,a҉
Y ՋS$tķ}B6ĞayŢJϵ'S
T)XJd)
͋=i'f jDm+֙ÁMe# ov9ڼҳ6^Rʂn5F:3̀9wk[k:yk$άM,+_@Hl;OIḷwϣ`]:N;=1nOA/g~%6:I(+ko^j@Е{Ɛ,~\Zl~oP)OMz,_%Fĵk/LFc1$EF۫LY]o~6ʾ#Iŕ;"d2j9$a;ƺ-.\^}ɥ-!uuó=^M!ÿt/t;^e&\hWЋo-7!WaXgC
״pZzߣlXs:]0"dT=p|>PKr־^Et<͌Z[MŴ"yAbnO<X%<gC"*OڼĤ1-:rÌm$zdșbJuT}Q	1yG?4=!,c609,{O|\TedrțͱeO!D5X@ZrEoAz?sQrl}١=Ԙ4>],W	)lK4ġrz ެK|_AߺN[1^pnEjgq׹}{_zʴZȼHObu@(.<R{ߪ$\wڙټ*?#Y֞ImC5r[zO}9mӝydwEN	@}D@kNSlb>
G/І[eA`O"-xAZBD/Fʒ[/l? (	s)u[phi!QPOَCVǃrVmw?݂:!^/')	ފȂc-8hHFk$E:*WgJ4pxR҂<Bn{RpZێe1+jR3rډhy!UsJ{~qg$q@.3s(V;Fm0z2Zˇ/"В!~&-mHd2S3(Y5]ϼ[ck|>klN~?'8@&ZSѨW*bfWI'(El"5lHυcۯҏs;քyIM*p5Af;KђQ˺L8I٘;Cto׌AܡC*~uL2fs
ɒ	6:C0Sՠau.>[*\=xRg'JuR1ѹsܻu\3М8]|tf(:&fv|Yy$"xQL'r@-ݔ̠$>Y'].t>ʑiƢ'W[M̙6.$o>AhsͰIA	ǞAw{_xtlw;ÖRqDCRX3ܗ1ĊD3݇c$jwĐ$S`#]n|:K!TAZ7/B=Ǻac^g%wq\h(b!UTpP-ʭs|tߏsH,~n,N9vJFdĞ[F<@L"WspYCcr?b|{H7kW[2vJ4lMD7o>D.Pk1;<&؀FG	?ж#v۽@цNp4.V G,D&8teߧ_J:+kХb-sA]jVPtƼ
$ty}'M}رTfj3?=~Zwҁxiy/˝bB ,WȊn'RzۊFf=%nvT+ҢLT1[Ecg6&l:qxMkO1	R:TqCP2@"&andʽ<\Ha,ٞK}WEVsɞ=:l1RjL+]3bVbz!?bbv۳ koAB΍Vj"Z7iEZc#٥dIBϏiۗ/J$ɏr.XbF2>I.1l~*i"eB0#*]4)̉ݛk)yq68,'mn{ځԔ0ǥUsm"Vq8>׮_۸b']ZͶqѡFKLՐUǟgݴ$MV<7r/z/TRTJa_ٕ{6Vb<X~$5={	͈R+w1]ʻ<%gKĎvR?!s__*B[._3*ը=ڂ#،'d;	d'%$-9Lb%v]xIo[+sԞ^̮A-QuƘ<t\O.EhաMHދp=L˴ ʗJ;%WN#ooݭZWv2P?k5oD~OSLW+33-E_zǔDLMiǏS*s1٠oYTسwNΰ<t}G_kăYD¹J5ůIko0iINIB;XWǼf1Rq)[ܲ]%ԗ}f%b܁+AR5UIk\,LB#ڑڰbjtVڣd-UK$:żZ`Xi޺!UɣX2JÖԃۭ'ߠ+|MܻV½ڗϮ:Cn?}[<Ї=#!؛Jp`v~R|lV}"gժ(,˹"UXUݢREW֦jV"RM#;hR`kT8(lHnxz >v!FRGڟM}N+c1.AQa't$1ںZ)i..)	hs<ѽj.	Ό©2=ɏHдH;`WI՝ǚ	gĨT&	3W1~w*s!MS-{,c')ߺ޲+MٿF˙zKBSrwd%TۜӢ\Ax$"ڃĦ;FkuRD
m<]V6jԩ_5!՚¢=g'zJ7ܿ8;LpSh_ު]ʸd@Gm`O"EEEH<aŦ	y@	ш5q&=yI<=,o"ScLȝrU{خ<Hߚtfc8ϕH2m*2TH.{F76QR^
L͜B3?J4\Z{`ѯ:$L,8YP`b߅Izhu#KϹ2g-$sbVV+ÝZ׳ܬ5[;
F*ƓBwkrz`'(RQ2[ػk6>?V->=ˀI8RTE+MX\Mh7eζc57X$m6	TO2kZw|U0vg`Wǜڔndo0V-~cγbT@Z;Ȟ٢D"`x|߸ʲ.4IEo4F!¢@pUqy,U2܅gWYUBP[Zg{3Yn6=%\,9Sܜ;^Ơ`Pplżש]П
pt{_=5~͋aaIMVÑ3S
T1#׮v+0ߪL΀@ӂ*4Gvl`ݢZ/mE:~ć@oq#u;o:u,1O$ymִ+=\V7@	7J0%-Dӡw\J˘:D=OT߽c25w:Ȏrͤ͆zGpwsٽ{S%LZoN&Ȅy`YoǮ|&MUr{zeTQ_ݷ vaIj?/`ݱrǷD1͎@6t	}4EmfةVRBBڐ	t;42״G;O׉XۧӧlugmT(w.:ڵz'ZhA;5^ifξ+ajaT	2Nh;'{"{\w^92èɑ'+ʑƏ@<*4N{PQe&ށǆdF5+lB&F@N):j̵R{<5ʰd,?/o[<N:`lūT^ыN[a;)/_puo)9=ka^ 1wI:ܥ qЕOcC?ߘZti>/řLϗC<,˳U9YHbhA;nA-/0`
CVv]NQj<~0k'[^]b/WbRK3(٨Z,)'L*^YPu2G@Gτ7iDtю۸5AtY~0Q\)/=#7WFH5^RE(9y?g$VZ2HRG܇u[ľ\6;TtSU_xޮ7<,̋^O6oSCƞ'M2vӸsI:?қetP|Y@#܂JrG7rl"W{`bbUVlߞLȠPC'^16<M[,.ݯ6p*FVڒ&.Hm՝ܰ+dcs68U(m)2CrT<yL;Pݗ-dlUB,]~֓>}>r3lAĔy+ڻ_(3(nMY.D=aJn'%IOTK,1PC"(م~>%`?6t/XS!b.ЈH|
+-DYsˎkiw6Oę(~nGW{+nOsN<Dm"aZ(}Iǝ|'@Vw[&Z.H7ڛσiUgj2onԍFɨ+ǝZЄ׶0,U]pх,̢^<#rR%l:.45Dl<brSQ6Cz5\PEZ#^8?}PHx\dn}&+;z`.ah8BKvUG_(T=t>ft?4Rօ/w97¨yo<YdN3E7~;}sy՛o62uYu%/$%yJh'I^<HjVȨX|B
,A+(=DU(}ޡjOXiܗVA)&ּ"ؑ=ApܦϡQekA9+ϖ8DET*+xt^&3-%S]zTzt^i̚~;ٱ`Շw
y<U&_8%S׬ҹDԂtK~g6a>0>X{7}JrqE|fZx.I}xF7#	qn Ւlf7c}3n>ޓTɰٻFRɫyƞӿf
\=L'P>o?.5~JĹ&]8DD,*rƅي0I8ci+2#O5uI[BVY'ܹK=mƋM/FI<0-`ʖ7 c0'wFsl< 8JܠI*da1ϩ>ye^+4y=-X֥?HQױ@4!a?|LFA:m~p7"Tw9ՙ$ԥpQJ0NI(\pR{A(8\oP0'g?N ns 8|&Ja?/S3AFUg`-ܟ.W>YZ
X
	(
lV
˰mPTۑ͜ޕ<3֟Vrox,'aʆ3LDl׍|ڭP(mhɸKޣ Y[cxʙnZUx2zk.oiXJ!s7qkݚB%:zQDdrl
-Շ**Ӽց&`D;+Ne_B*oѣ);A!AƈQ6COx?Րnڿ9~ֈT0!"-j``F;͂+l/``S:Pc2NaڹɑhypĜͬ[۬6P:
̭Αskk`$?."Onġ'F[G.ɃEH][8LO$V=u *p>S1'}+΃ytvg7á6_Ԕ7aސax('KD~!JcB><\4Rn(ve۫~Ȣ/3'fm[&D!:]{=
VfvZi]Ǵ+u4NM'#_WOf͑G.&лRoDՈPжdJ)|QINGFq{AU֯wPصp)E.D@bjCcw5@?jkʹ
yBBKcMxmZY*PL4Գؗ"Ü?cbՊ[B'Z J7{wX	1\I~bIo9i0+]&)[eCi"mr&yTQgyܯ2e5{9C^6͎ؤ\M=ĸZ2.0e<I9#]nTmvw\Y~gIe^fļ$Z<C;FR@Cm;:cV;}mO-j]f%Pe}\դ̷pM1Q:Ij1(pסIYt܍^lYVh<XB}rܮuZ?)KpMk%Rualۧ;T|Ϲ3:5fԙD%Sy
;5lwR`֔3:cЄO(ÿӪĀ\UE2n&YߛieF(}{E #))vp	*j-Ǿ`QdR#OrB8wkP	g:'*oy^Hbv8@].LgT5P\Zl}HԻ!62!R${ȒkӺr$QeH}CVl5EFi׳}|&WhFxBآL&,*Q/a]EnkҞ^IͶs\д/5,fCo-*hIt(b3-XP,VWߙg-/@2?)sly	zFbI,Jy%54vyH.ծE^m͹`u-6ɻvk^I)eӮsI"MPR3DN,aTv8+fT0A~4*fh<FLoαl+o0ױFbW?֓LY	ƈIz-R۩*g,fp֎3?ӓ)4_ɕi8[w׏EE<+SttFӃPlԞ-r0eB٘Y:k0cٗ)\]
\}D	U.,ԇD̔Z1;@͎d{g:awd
XT(xj=*Uz˘?fZ?݋$Ƴ?5HE%+|l6~bt?-,s@?3u1H0(QoYӛO8J5zqpm
$5?$6Yg4YDGك|MUFwdItTː!Y`M1
~]ȇ-ӀE?߾#`BzБޔ
,؞"Kiܓٔݙ@ؽS`(NSv3eHo!iD|SRcI[߸YLkUZѰnW",*R4-XߞF1<	VWyR;pn_D22O
цBb:jLnWӼ,rh|[׿Z,r\N.,`Lg̝|T+2׋diƝ=\;͕Y3ˆaʯ	\ִq	
U80R܄vچg|p`3Lxŀ-p'-<#y]J'Mkj<?mxpfɅӫ9}7SĮȝȭ+d|ZЍ[Ž{RrhݲmID#}YjiV#C/b7ϸnL72OzfK1:1ܺa
uKe.jeuսTgnr	8oMUak/tOZuk/x<4@&z>kqveͨמXەߺ&Sep=Tڃ	tܯz(}Q
8ȺgNhJKtѕΒm7ãNMӜuƬa-f<ߢ^W+Chnx6HfPݮHKmWSA,EJY"R1&>Ƭ8#6.yp@1q,ׇhs*ڏ4QC'&QAD~@*2>%<͉Zpu:P7ΐ܆VBޥuǲ1oJwKG*,y!+a|nԼǉ`ͧ-ѽBB{_UixVP:0ʅpi)x3YWG'̇1Omw]""`$UWg{^ ڗMPN=Ys]k	WYC|PSop/*Z#i?8s+:[ȋ3Fɢm7#<:<A	x|:^R[A7UhZXdJo]֨ kT^ǖ6`B-0KV/=}"I_xhkёSr=KVQH&<W|ZAS{'ۅ*p|w۝2܅	ZtJRO)_yu߁W$6İ6p,tkMQ(\wL3\*4^@IL_f{;n-A\!'cYD#DvLriն=`9ھVYC#_Ԛ1}݇8FV0z\6FՀ ſEGɶ:P#hźe{@-ȨQ#,mu2aefXIj#G&9u|jBV;t07a<òN$Q_^0 k)Kn6L5b+@qXqΦϐ@X[mG=f`Q^#ѩlM4&K;ӄ^_ǱLpڛހKc9ZпSd7_-޼X1>x{twَLySM'Fbe@)khNH5ˋV;7sؔ*FRu^v-7'12W%Pߺa WxGy
d`^_8{קFY*HzGȸpWL\~׊f)Y24αNN5XmKE8y&5<`b¬ߝ0Z?8f>3G޵3@%*1	#h:*ЯN0BwÙ4g>l)8fNsW4BZ%	CC`\Ղϼ9vAȇE xZz@Paͷ}lki#^Jݻ]
]Xv!ʕzЏ2ԑB<UskǙVUr%!)A{bןTvЄMjйk>RC-G\pז$`1Lͥnb]ōCo3fO~J6)S;$H6ͺƢ	M7ӏڵ;$*.=92u>#
NZ$q(ڲo9)![f[N2]jB{s\2ȷӸbCtށkT $FD²l۳YDPĿ,!6ӄR6sҦiGҋ˝;șȩM@;ͼs!N;4X.(yY4.˹rįP ;'݄V_P;&A%ңźp+rMm{D~YP"ɵ~-}˙3'4ſT#ĈɈXEzzȄxTwAZũ^Wäc/	4Ȫxs̂а9OձzjOp5m@p?̲/K`+ >&v?t/Pz.c]NA`ԏбŲ[i	yhHs/5VRbRW:g@CҨM(޼ϰ&fm@$
?Z&w'}ʖ$g0
Ҟ0"m_<DׅN~KGR7].2JcYJw4Uɓk޽|O#XOR!q1{??ׇHC۟F2/׆j9Ī_.IC'E
Vzג'|-?̵O.Y,IvKԠb ݵ"H[;[AR'Cά"w%P3m205ǐmzEH9ZnclMzl<hT`i{,E,8Y>P]=iO_W+Pq
̀PQ9#tOEp 5"	@ٳ1
]~x~
Ͼ208`Gv\Ak.v`ޮ͞B~u0B|6!	wK+]LLtzv/anJ[ܷ<L.ΆzEm<(ڸW;:vGԇ#5͍J
V˒HYgU*	߹^UvՌ|vq΄\_<m0NI9>N\8
־>%jH	ܧ v2 Һt%#ڲ6[+t[̤%2iי8?ҟݨd"H!v`LIRmrdS@LbGW">VIauUPߜ1xsЛq%$*#f;ՙP۱H~{;֏Mm%c֑ӟߡk}mf{=B"Rc6]sKM#qi8͏/J+Di+*iX	_B<j܌-#zM'L_e|dm%}sKanRPH3$!l`/$"Vd6a`Pie0{pTЊ7ٽ>3"VB!IMtJkI$1X"8ePD3ṱ.x>R8̕FuTZH(4Tkl/eYԘA,ko[xq/n~@ɤ'4bX9wëa޽ϳ`jLA
'PQfbGV"t/}&UPS޳ЋfQrA2jLgcVK2jOkPWΫ>&̐[:^Rʥlay]خ4F?;دZ<]e/:f	ۆתg!=eUԕ$WOi<2qvPE<7_y	ջ:ofP&yGnÄA9)ԫ0S{3q*XR"d1IA+e0dENE{aU-:>s\dKy>~Jdqt-xnף̳0h×ѨQw܁AΜ/*V"siTQ%idNL}p5	wxX1'+U0W[LѤNԙ+./hHءtƮٜ<gaWp+Ҹk.V`&XNh>fMȒʛ?gD)4i
wαD&k%Hlq)"`_zxsS7lPmFDCer1~q C-vÒoEB	neLK,t	2g
]Ův^N¼pl.w	ȍ}Ǟ֊*ZRNZ;C(\'x:ƪ}f֛J$y{9c*~tbB&'4zIZ.'
f-ZKy%^EBAӅprX/y&vWNTvtxb'W̢7SͫG0rifI,nY*,Gͺ6ڭaMaԙ}Z1yK]EXf5ߎ*61-_'9ց!m8γ̩JWc|ߑm߻e+ӧ[*nA:FgPza[`ч^З۞L7o		+ŮƽʤޒM*Ô=!փ8E=ǭ#dϺƝN>):aؑN{CD{{[HZ{=*XتZ@B8/_z:@+vH͑<=MɍG=ٴЄG>'NOka]:PǼIblHfXG
<Le!î&oǜڻYr^@!+94pWG]ыfE{1bwta1n^|9uPcрGdHU!j6!-=tյܪ1nSzԸwaPq^WEкņ֏&B*;,j#)4%bR)UItѼNSv?ZhvjyH)S޿{vţIs
\>^bnԇf)^"|bŲ	? eMiܵG۟xLLSnGϬͻUiͿvGǍ!c>EPݜLuPM$>̢'y-0jl/!i))sT$Is&Չ(=Qok7uӺ	#F)'%	hոtcd\}CNbU.LhњF"^IP"^RT	',_EOڐv7PRxq҅y	Լ;-X#M$jڄS2vg6'd~Z\O37Βk'ozLBdK*\yܦsoߥETS# +xH<.$$>wL+_eyRY`]{vm21D0*pлSb/*<En'_6Q>ZӾ5_}C7#s`L
Ȓ0'.rRQh15ȍٜS K/޸t F#3mʻ!&AvsOA8d|Ḇ֣0'Brs2=H>52Be6vYrQD~$dA0vt2V)bT]A>ުˆSssՌKyzӗf.،ӳµ3H1< IlWOdz1ȀYly2VQ$lLg9ߛV؂+uL_7º%Ec׹B[lc#T#;:2E_@W\7ҷtym	W3jM|9|oH`߷*j59pzY9>߁Ʒ5C߸N6$FwT	ǳn=f|i=Pa!79:scw,פ> NPMTB||Q"v`I<0+ܥw5iU5m=u],WpBw9Ӗk:O_}0[۝TDxCTa۰mΰIgӥ_\XaΜ,#HiH!whq.I5JBдk
OQ>q%6ɞP33|YX'b0*ԈAVѴהpFhRW'\+-^!6&â$e1Й՛#^ҲbG%Ukȼ`#}5\1.7n[kW،Gݺ3d}[>eW:	MwCXLO$>Xƌǔi1Hx|FCwfG0vúՌsXC/QE> A}	àEߠ<Ϳ7?nUZb-ۀ:)_cu|}bk>C.Uř:a"|Kqr-:-Ǩ}>fzlCFgۓx&őq)YZL.ӪĕP:l):%nDSѺaa!u̶!9RNa'XU%&/Cr <9
YYg<ա4lnqҺ6W^s`C2
W"g5(s=og|7gY2D26F43\TY'9ǐ݂r]+WpgrыOL|Xs&ߵ5	:A&ƒ8fmU±']	,!/(K4V2i6h
9+Vdj{Z)~(
/vW)&kLڢw-T6t*{}<Tz\]nn7|n;8"ɷKI>7p1&? 9*UBFF`ʝ{fudhdu)q!3ζʽϊ18egJMݎ	
4̖QȣU#	®ʸax0r-		}Gr$7oOpx'^ak/pFQ6ܨ&-?׳J<t8יi4t	ن:9'4B1p)\Q*w2fLiFq0	r{u79cAFtҭxP5|pl@fO1ι;a_֠>K><7IˬgD^"tօĚh%c09+oroo9ZJ0c/4,TM/~J#9;+2E	ɋ)R^5S#DVGߖ{F{Q2mdP=ġreB{ڵz_`b!FG0kSղU}7t08tR?cvĮ(
"$Zʀ*FCtđzjz6K`<kp-MG~cjM<V|gڏѬWoґ8׍lʎlHU#s|͒f_qg5#[wEt.P27SG'98!}qP}@܁y۞ۼV|Yd$πo~dY	ݒG0Z3۽8_9o_ԧe8@PĬZ*zcwn?сOuS«ŴF+k<ל!߫5czE,\H|*B:r֟Tzԇ4Fvo:2YpWutZ?jN'm8+̚CZg5u@a-N"Ƒ6	Y#¾u44	M|׶xZJV=MD#bկc^Ч^}\{]-X{-1q!\жžeϱj׌TjZ+vk2rɵ?N$9<sG~u!dE՝y_R~ml{VIcduк8"w(_Є+BY;t:jswq}/bH_}0W%U(^]515я|W2STolĜUoeo8qU.3!1o*,ȍ:dCʔـ;+ZMt-aD9s_XPhu9Յroc?,-'2Ci:2_f}	{@i"jnvn_۱):v66.T<m']X
BHBJj5Q_2|Wf۝|WGʖ{g=bLrt_e]J%4Zߗ,vjsSU,±dA>`ƉZj)ʑwd!ЪٸC{x8нJs]696d|WVQR8"].5IԵȟ*OƝ͜@N<a]FJD.EE,nvzGZy@mpGbĄ	rjh)ԋO.!S>ߑ8DCnGyϲ
ecY2?70#޿Ďm";u5@1Ĝ%WtFJ,P+y^JҹT-ϗU1O0 eĂ!Sc`B-Yճx{vW2Cߓk\JpbP8эXjʿ7ז Ewu-+P *R'vk,{\:%>@"k}1z6?>Άl 8+ѧQC#^5|L.URccr<30eGsGʮע)f%u4ClvȖSQ=\VLgbZne$ 3H2HXÊS@Ԩ.Y|[;V>mh/0Q3JőUkoԺ`gLֿ̪Kԧ4r"{\ߐp{?lc-(lH^cpu[4޶.P{l@QS^96E9tsٻٿ{յhPj}tΦ֭pkLM?=ڴYv0	[Xȭz'ڈ%wfgrP/Ŧ׶Kp:Ok}JIkK*K܌& ̠'ܒuE_&mxlڀB r*eWE!WԿ_;Zr`zx¿sW=[W2.v[ӹN[5
XHÙJ2ǯG׵Ѯw&[HZ5~ŪDiK_^Vêc]m]/p5pANx93acEqt;!w&/El;4|ޔ06r+aPţKzsh;;}Z԰	H$Pz̃,567q~IaZI+̤B ӾČ4Xysk5bLȡ_)&؇\(GN7tOהҌYnCH4<GĪ;̣tsXUX\1HffXug[<vʤS)7bg4wckxkD"rY޵l:h3N}Lݸifo~V[ uzJxҹZIp6S?o1YPr?dT%B2qƸu	E#>x"a2#V8|\p8_[yj=RL$^J.[ؐEٺ97Z)"3.YvJwYҿYCqШniF:;1A@<w38%-n)gk| Hrqs5D}@QmGfi:ۨ:EGgvm]_0V_ӂ|Cl1rc6}hI"%*m4yl4	/H0i=OimuḛVuw{Ӂ=ڰ̃Z=s4Efsg}&wF(Z,$dvYݧGlĊX]I3m׎+|$R|֪t^E8Sŵ'f%ޭ2_8s2tz\Itl'o~?ZSϘ̴ŽKjەR!~Ȝ}{\CNÑȴM\Zy=j}_T8԰iG]el{yk+PQa=UjwPƆNGXr_140Aݙϻ׎ݘF!=E$p{klņE\?oVAÓ>ʔ3/,.Huqԗxljp&HкԊebѦѰ;V];#/ǂlAl3|?,cّnޣ4t]zCrn;7,I;}О;h׭FCP4VI=޺N£êIٶcz`$";~!ԲR'XDx!m\L?Ԃ]D9`UmgIcf[O̞6i":ƙ$`y
YmzRHYֽi˙Xu؟NZQض".cNj(Y
`< -dk(/?aZg	0ɋH-B̕ye
{7f׸gCپ
pXзDNW{o?Rh;qE0~m|~k!ߋ6=ХP\ի
qBդvV̾}LOUV%p!|oS߁)ILCizG(hMmU*
X}&@0J8cc^-pv̴<b_ABw>"{!">["~%h'u2m$pJ/q*mW.~_Pީx7̓wAΟu}15Q("kũG4topgv.wւ;_] $_C9>1uכd֯o:rX]\ؾ
^7'&s-.i<11N$Μz8nY:=-]8w#ש [0^3Q*uwVj3ޘ
F	?ϟ>Hk&ԉy#0:@V+B@~koݼ68W2H:Fjd#>Rp8Y^mibc#qOWɌFs%>-/	ܔR=Iy!QW2wf~^&h4ʸūZ	}vT8m֢S1=I԰@2/͜:9W[Kg,|=YkMx
Cǅ<5f@z,JX9Ϣ	xV`/3݆EV5=ӦTc&MD?CywN$\[iެ^G+f=j{	d_Ѥ{rΦGY/ʰmQIaE}(: W0@/hrql5ϔvXO@b+RZ}q,YK3\l#5k܂'Nimym5vW776]cjь;!8#\nuekhV8(.krlJo5ט1O0҂i|dͪt8j
Bŭ4CREѦ3W)xABmZȰVLS)ӡ\θ*:k~>/ܝgU$dpisZJ"[@`/~ħcHJmti1i=F%HX{|j	6_ ^VxTrǈe|3њXkˍhL5$>ZO$cG?33/ȜA-yFpqM<>nwWBmn ,p[fXl+H,$yoOhψO'L36NOD(;ɋHXǢr!e0m.JC~+
Z.##b6i:y^'bM՞ѬY҆PІY+ȶ>,siNWT*nB:lamQAO1)3܊3#7j5vrvh^`kw;hksxHO%=ؐq$E׸gCK%Y!ztqV0nqd9QĶۂʦ)qdԱ}O@]FƛLl={ˊ3	<+ou%Hփ Apn
9؜=Y^N{҈EBQ)Enr>k#9rLM˕؞NҙsKDso{8҄hP `ͫmIh$'(ct¡δؼ@)N	v_r:@\`TA6NJUxۭ	Pc@'Zэ.Q>s#"߽C&A)*x4./q!Z؇x u}DIO"xVm~lc2B{O.I˃075P~Gm+[U)`C ~6H|,Y1N\Ɣ\&Mwސ:CzVd\	P]>Fsxˤa
Mu<fG2خ57$}܈TcF#1<%e	WEׁ4X%JصLf{hW7!ں'($Y{l&ʞȒɄ9Yyx=,k	֤}8AEe I2ՄxJݦP̗tz.
1`ك+uÕȘIȡ >a(҅Go*Ll5csXN<l2Jnv+AηyWE~v2%?»N*?K5EqpO P٬SYdu<!YNptjy·&OҞnQҜ̰s1V+ұ)hm^REOJwɢҘRx2ț?H~cΐ4ܥƑӘr{Ͽm~*ze!rUi!K@Â;O00&ɰSsKǸFІxQϊ<{m10ݒLeJd|ޫrmt;hf֫ջc~`pQ9q!(9ccm;R<9#O	o$ӷ^}_ǈN]jn!^v9
{uMdq<t!!:؆W|IIW\N"m\| 3,:cN{B3R\HYO`5QRo-p~ͱ2	1+JCy4EGmutqlS߉
&^v:<}&'¬9Tؚ˻zSd
]HڿXܜ4ɥZº@cwɪULH~tcZG%ȪqfO۬D
H"VRJƵZXV/=9 dhtmڷpLb0OdP* ݈Z*0Y~rODݔunžVY=l%HL}FoZp5lj0D6?V9Ƈ?
>PDޭvG_rXO(qAҪ#?C#IpX,ggtk3T]~5'KԺܔ>"JUB\D8֋l7Ҵt4Bb/$.׹	hW"{\#VR},'N6(zڤ[^!r$ڲ_ӲtXS4pXlk]a|Ʀ~17Og5f@M/}ځS{oO>@XNœ(<ό*i
ݓΉZwbМ0@F`SO<CÃaWGn>L_C[L(Н1GU׹2*01+?${}=W`eـ}Q)BQgWRw
yWcu1
svolvRzP;{ǰċAiw$,K8ӯ2dkpUiŜO`KtpJ˷JWB]U*B97pHVOomQ2FyWm5\Kk01ך(^|u
[6mWqk^K$ʹ	SQ׉ĎCT_׃HԻ:g=@#8X'C'hٻO5)u$Y}Oo$4Šd=ˇ(o~;3˃PDDZ|Rj48]mOl"5̓9w#Ec:BLe'sE@7_N{aM;B&ʆ8p||YJTՙ`<rT|Q})!ܲE
je=4~paF3;ev7ܻ)	'A`e1$40~#8(C0Wyh #͈cnrNao\qަ
n6
,T-k]ÉwGǚ>t<8lg^}C.ֱ@`N:H̯H56c;@Bwbo~eyЊ#%d҈w<͈4{~bҁ#1OY$pΘR*wX2mu2ʌ`q'dJH5`J߫o,q)t;HBuq:R7y[קN ҫD#N),ӟ6QHП
mS n6WTvk@XP-Y|T:d!b+WNh&jjp̅';@hݾA=ʱԸ4=/׭r~ę6RnR"%}=cGJ	jeF^EVe'#'˪$hCЧB^DӝH S:vДon:J8.!jJZ:oֻstǱ8fJ<2PnK	?m&vB|؂/Գg}+ETP!rN@aEG-mSOnR,?yfZee,kg,z0YQAǳ9>'rzЪzš8̾=\`TIIo	SW,WqǵIf)!;"ѻezyٽkq2~)Pj;&f=oPЬ=2'RWFԶ#GOZS:kbBEH GbPINVT+={aLvy@,!ѡ{[8ţAEu/]TٜXi

9شB)Hdȫ 	jPٖϭvE<-'RߢvmI!q#v^i8g1˧șی<0͌pڞWӳ؄bTیlY#c,AڮIm5P[ߚ|Vs/ǬotÖy{R6RZMhqǢ+Fz"uMzWsyjHϪf3(Ǯ^b"xOfjE&vP{O,إԶWm޼[zп(}$$?މ'ۊR(1b	85 &?}&BRkTJ(sť SY4xf1l˻|֙Ha	peX>uwx{ɞ2 gQÆ%Eo5-CDbAj
j։TЫ?gsE"{_xMl	\r	P͓)v$ڐd%ɫ;ݯp>#UޖX+=&u1{4x+8"˨ͺ9E)ME"#&jܜ:D'TJ@Lxk%={;9oBO3}0b,|w.+dB'(@>jI3T-,AXTQ>dqC&i<F?ѯ+.G,8	+{[=HAlf_H'K=6sgVsn|uP*w0ԆMދ%@	prB}w!
tJEz<<ɄrWސg<CϤ^a=ؑ&JSӫȓUV4g 3PrJHa"CqL6t֚niZ"7Kw۬/5$]c-v<LKae6ZZ%$Փ	 ܱ FѼbPrCk
Y}iL#i+ՓR"Ǭ#CzytDu#e:b7d83Ԫ;ƍ^=|Eir@(K3tcW	p	+VDw)t-T-^zX		TƕНlUɱTO|PYs[ȩ7ډE9&P<s!4n+Q3-d$c?
?NDNc2:qu HRZhi͆?bQDŀ6K*ĐkǑ'aPhkDZǵpϟ^_.qi3L1=6{x~#bpXє:8bsJچ_ C;΍j
%yQuoM҉a.w*־ˏTڲU$L1b7]]~ʁn33tEl"Yy:<hoqqhJʍ\''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24881)))
