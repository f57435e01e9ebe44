import brotli
n=a=0;b=1
for c in r'''jM|Ϸ)qӛjVo^)=$ `dtħRRO4EPx BӤ	arrsPǙ;Q*/n"EѼ%G9hv߁1|fѺQBX/=Wgdt3;2xk"T"k|7}>X*<D$^O}'6XQC؈HYPԞnaGذV!|(JKXfnW	бDDq]ˬ?%3Ox	[`+}ywC5~oofQ,Ee]P.T۱>.ͧaNW?)Y?[~Ϻ~:b_dQ1VR:PK@!ߕå~BfP^d,t>O6ƚt?os7GQ:+|!/ں`CDf`1/:7V\_#n>p4O'3Jt]vaptM\B
o7գwmvy_!+T|8 ^$#\$.iRvO?CH7DMIۋ2j!N/_ç!eXrx71VЄoQgۘ"LC#]od7ݽDGɀ=6:I1-&c|aT>I	:>eZ~_tuzgCVM8^]5-mͤ1-0CNAO1L;F;tϤh|5fƈ^&q11(zcB='	juxw-R;WZ&6C׿3nY̐&A
$7iǭnS}hp^H*Ӳߩ&]sYU*	ڸBæppUw+0`ֺٚӺqhׇh#cGmw'64''bSAtݼ.] 5%`]jЏo;9uS5\";\ֽ)(
L6Ýݮ٣A;vkSbx:Ngس#Ҿ$9G@4p f
>EF6!z3۪5DI1mscvnFnc[{q?sכ¸DM[Fo((Df/fe3.7(܏#G
Y8$yo7Hk'X>ۓjY#d_7ȫTZFY-$qIv,t#1GkPڿ0ٻb/lO4uv́k+@4m_uP3`lJ(q|:ԹS _^݄d2h݌{ה5)D1,f\t3*4S?}ۆBX^KBSöAMZam4c	SvT E1qBֻ-x;S9.q/|YLdd>Qu)BLU̙Aԍiq4˸#<8=ojlRdѳ&϶f&]Ւ٬ZjKenh~#2akU3dO&&\~&o ]$H<{JAB֪/YÂ-pNE*SU"2`ǡو",b|bbV^zA[a@y7NvOϬM2)>VF@9ܯ^4׽ǷO|˦"{ʗ̒Ěmqĉ$1a%-*ֽ0j.6xb1-U`}!vƛ3'ź6L+ϑϪJ7pV͗х=ݸIcng`auN΁
iԢŇ_p3YzdFcJh١ @_Q8ۮ.__m]D«]lx1b#\ЕˋߦԪ0XU(*^}8<_`Lc\@vGeyTNѐ&ҠFtc/b}ZÎqMT˝tR3n'+:ʃ aցʱ	F޽63ϔZC~D;:gT&i9/~Nk*{ZCO%fS7;	cjpq#{ϸq">qX'	<"Q{Ԑz&˨?|H//O9dIܨsq4G$4s).	"ˮtp%JY6W4=PU62e]O#g9OZWi7xNg<iZ؄q4{GYq\F8ʙdErMYW.@XpM"#:oJšx?oDvA%w\ʽΖNmx1{
o:s&D%ɱ]b>OCxY	kYmhŨ[CvXF/YJq3J}^0wIj4_ZԔU8	_9&ީ{f5qô'&`9ԄQ/1<DD^aU(aK.c?:xkfyCQa9&g4u]αrb{2֕l8L-RsXyӒY$o֌ҹ>Fl4'fQ((ɜʽ=Z`[ƐݮbUOW{cuz8cmPε^Fc_s*d5xK6۬~:ݒWA׍<(Bj	;$y'V̶֯޳sP
rQNO[at4;$ٛah~_a}޷ȻqB9ĉéJ i!(X܊[WՖQO8qDqN86ȭɓZ7q~t{z'5f-w&Yz,cA'֩ʻ	VHyʏ*O0FIKcu`K9)ÐK]/XW%ĵZv1:}HƺygyJڮ`Aٹ3B6ӱ*jUu-d$&G@hYv;?nWOQkӰi!`o8Qn
ܼ$ڎŬȖQQ
o|sRӾ(@5ɾZ&I޵l,҇aenl\emë;Tä7߾^9GB5c	ϹH].	+O8sd7V4Iף*zhnaߺ|Ƃ".O@*(4Ntixxֵյ,[x-O'VLBXCJ@ec1S_7^N#Fĺ9\!CYi6x=K_%Ǆh@Ϗ'ӳp̆7=%!Zf/UŅTp|5Ǘ̘҉Ԃ"8cnaʛo3xSۅ' %o_mGrN!3xҟPgt\`a3Z^FbޞA#h(2`<77Sw+	dԫJ]R̳ohI؍1t`w֯7oMaeSLїЫeQ7"Ɏ>I10z1%qma,0Ku{cGIcl2N^!%f<pÖh%$J~SY	ģ ̫.JWL?~e.0݃^_57#ӽN؊G~G#SƇQ\cDWa_Qf] ?L=BT˿:
E<M§5Uk/(O\ȱ]:fGv.HmŅ93:ZuϷ)l"
@U$dǖws@ym?tJ}ۄ՟0]бOc\3ʑiiq-=ٍf9މT޷OC/cM8w:vev\`-M:\qw̑Ωb2ы"-ͫ7޺w̗W4+І-[XWxQWUmϢRgaTǻ[]۝=םuvWQ*ǝ8y-
_Emz
	\(O$0&ԳhhZ{p?\lFZqX}{=ޯ,IiB
0|ĤdmDݸcVXEICc,,ǻ9۬%^vXpcgޮkB/X('\O-%	~/H϶yڿpa0$ןˈٲZpG	[/3O~L:iNiCF^Mg}Rn	,*{2>Hv5ʰbH:6ڟ͓ZyV>ιÌEGOcۗ~{}f85e%2.>xNH@x^UqQpUnZDodƌpV8||es"ۼާojT4=SʑvZI[jє%@н,iBaQ.^͠2%\ 4CʧxϳXhSniwH5*d$й1h]gϙUi]|l8S5ļuzzlo3lȦ.X܏rukz{am`ڪX{/Wi}ܑbb*nHƫE=fas!ղď[؈yCWP͑W"b߫ ߤn3T4:ǐx,W|̆fu.rѲ!@ۋV9m|6RWPj˩zao_X|6ԓQT8CP?ڿiMnP>MAiC	My-S$1Q*_=RT\҂`9,/&%*wE$-"E/}.Rv߬!hg/ƌ(kaȳ0ْ#>(qJ#~\&H9߶S8SZYz,TڲaՕ2mf;hRFhQn:dI ]tzxW_tg^i(WDYJN5*S+Ʌ#{Yw3=ڢ;Z
P(2	
,Š^(yb9#m9q),^
g63c7IR}	&_4/ů?ڣNѱ`eM;>IRa68P3%|:BIp6mmt`y8jOF/Ց&ҟ͸BثTO)~:F1ŲX2g@[jVz\a M2նݟ4m6za.RB)Mdԉ*W ?rd|MHV=urY7\Rlu5qOMIG\'WOR|{0!$JQ_|C!ƠwS*nˡUo9E[ߓU:ύ*^EݐC-g*9
`^SpnX
:
<1tЋ˩3$ÖDˈ˪6[ۤ9d^0yw(-Ӭk͍]l@{6d3GY95$ԒGb&_ʶr
_"myjЄ43<ˑ
LcM4vwnǵpUƟИ2*úߜ|)NP,$EGVÅ{:%ܜe?r"=@ȋ̙%X0W=Gl8;ݾJq]3!˘u`Cժ^&.4x>-iTCm``4
a2v7Ǝx4R1ucUܰp%_uE+n5ϤBovKbJ+֪0[K~͠]p#^Ef	h T Щx٥ ?)_w,am3iKߋ:jrZٲ,iA	jHa2a6JeڻAJ3{ǓglfcvXUzSg

AKUY1tκbv=@^1YpN59̬`܇'l+YQPS/Ŏ
-Iٻ5+l*ݘ^VzB`lӂJ0SZ/ϹSCDݩ Lͭ@,%cFWh/g HP].C-Q~UB'0 '[:ʼ(u~wDP]7"Q:ORZCvv$/"u{d9dڽJŪl>_6/ް|m<MVT_$zƣ<=HR]\tS:IWRrO/&GJX;O

<-UPiHdfKܐTҰLs<%f\1dU&;Ǘ՟HGN}YQO513(>%L3FDP?^E':.#șW`-tµ5^>*4fOج{kT5LydQ
y9#yM϶b?A߭Ğo%۷r\SՖ}a']Q^7ѯNwWܧO(+N+q@?_bέ܄1#1t	=3O=AoU31]nPm-	8.RȖmT L3ץ,ѽW_3i^fy"7ʫ@HʮS,F}-aƙY6:̈́0'P&67qAmH
1ΞщQ74W
]C ./hLVCt8D7Ǉy:A
VxUʩ"Ib)ZD[' \*O˥X.qp8F!ɃfX%m
_EC[!@׎[8^MfŐ@YEf}K%j%7OBP%	̮/!:խ=l]P_K8]O%ERHo(MϕCT׊__}:':TUPӜAPb"<_)M)$*SlQa#VyX0;FAيqL6ԚɮCh!CF,1UjαAO][d m8D
.]L@HȞlY`9vn'|aǢm2uKFL`p6b~aŀ=pFsl֤׻q!M(994Ɋkřv˜fy)y݇_t]9DF1lA>ѥ0M\)[!\-r>+WڿyT`M]3	h"Je%τx(P0C-Ԟ&ƞ`JLG.@X*c8ՇK)jJ0Ǖ|KhrG$yu?&yLT;,M(XסRޯ[lXͪm?!&5>:#_ưl;t$@!B"z8rY?mޟ|#́˞Iͤ/cW4xvѴisg\ͅ|9<
ah5"`lAE.s9Lݑ:ȣf$FA=^'E"
S'9mu#76kǳnPH3L0<[pãmP9SQUFGw0bLVty}IG8+>ۘWxxuU4BN,Nk+?G&o\ToJ[>\^Oi\۰<SV]VDig}ּ UǶhCWRY+G5C܏:eGoӪ%*r,ϴna_	Vr ą$wYYmڿXɬ՗LN۝I-o߈/ֻU}Wʚ>RFvͪ_i|O ^{_I3]bEc$|ȅ;)#~+Rg60}d ͩ~]vʌ#I</k?B	nz]*P+nUM8Sh;=ղ5F֐S-*pe	6YA*pN=	Gt
ʙ8}hBQƳ{wW+DǨ)]buL\X9<KzӤ!>0M|qrâ5T5p{1$:F&D0nt$ڤ\ʿS%Qr$LcBj):Y>^ƅ{.-kH!6֫ui̜dD,;wlݶ]_~ϵzj@OԎ(,/cŧC9Y8,[NUZIV˻_0wYƧku,9L2ưPSvXnqoM#jڞN6˰HYI~]#OO_"NGUCLb+F^O\`j^']Ϻu6Ƃr`q1t2f*#f[R5o!Fnwqʷ}ȽKܞ!a&& 2ccym]<VMщRƱ~Tm]dXX{uV:אsȨ|XE&?"Ș.̛.kv<p%dF6?|0׸bvZuh'vΨ=0"$8.WN]z;Z7ryB5J%K5ڤ>GxJ"
T5ܻJ@rvC&Hֹ(ObQh8_yo`}ӑ'c!}sĴԧw7ĺrѦ]ox0LE?rfU;>F`k~Vdrj+he=߲}I ɷ\òB$m)aŅSd/H#3kGn5l`-Ó^(HJ0Z^1;-ޢ;ø19Z"cYyh=Y^G[o$Z7$2%SJl(]6Sl.ſmYloZ_$+9:"l3htMvLkeܲ/YU/ii/7;t@xhU5+{cؼ/ &uq <6@.b:YzEޕTGò_tP([Gj5A0[$[7+3͊C6:31ËqGog	<V\{EƂcN#ٜ<j&ԅa,h\wȖ4hNo	!1y"T<=d<h|N3j(@h$ͫ:llƲ/N~7h}ӫb-CJjBſC8%	T>=׋}4f3wv`QP8!%6uNBm+/SPtHaF^p\vr78zZۃI@}0H9dAe_38!is<H+`$oFzL
ROڎ=6:Q)l
oH@N$ywnLaecE(!f-׾GXO=/e60dRqEy!pJ;!,؄gKMiڏ3֟J?Ra{H-6Rx1o;*t1m)V2J2Ů3e}R͠lɺ2&ʛEpq6WzF/(j׸cm5jStew'o]`r[ͩFLܻb`lˋK1;t}RoCcoѼ'ɇmc[ّ)o˷ztfNu}LdCSA;(ߚ;0x͟qQ7.%Ωb8+"5D7*cmYr#ӐL̓	'Pш̵L/LZWv^2?/%v<a5fỈ6Uފ]}.+?Oc^Xyއ9Y;$Ӫ7ANlBrؿUOb֘Mmgo=paEz,cúJo>n1~HH(іŜ_")qO/~G!jk{y{
NN!sZobg&.TcҾ3բ9A.?]<'c_f/F,ȳc˷#@U	y/xϏěu3'ۜuɕ'\$v:O_XIOi{Ȉ~-Aawڷ^5Lܮ؋c>{NܗPiY?gҏ`vS̊PR)7Z9%ڊqft[5z[:L	aՆ\dٛsD	?N|kQ$T{6;bAQj[z4ң-2csXEP|`\ϡ&))אlߐe{
8LApKXņJj `!]{E4ЩFջ֞NycDɵךwc`9QС	Ү"z&6Ma+wzb&>Ekjy*of.SlrKb{Q~zך"&Z?0Վ}q9uA>\D@fvѲ«ەwoyɳ"[S23(hIcУhX~H$+qwCp#,Sݛ2n~éaQ9VPz8QU%S-˴@FLŘ% i?
m'\B4QԨ[iǕa5~(L"%V:a)b,1ʝs`4-+֮OA#7ٻۏ2f9ð,-9sIjixaZS|.o!~~3b*'ʱ``snSnmCPݴ.S&RR KbQ@`M>_pߕJ"4=Ľ`*=`hYa~ův$-&zf	P?+r#%	Ǯ)Fʰmܔ-8]145bLRm*̍mkawG>Tu3vV){MKԝ6j.uq,0JčAZl19`	cw
_;4؟LӦ
4*RUQ=>p"btS1)!Ab\Z[mːME"UˎwcL=G@|?V#|LV&3v̡YL.Aka0E'f+ԥ*Nko'Sմ..hȉ=/aReli׈I7ׅAa- }Jp^ e.|0_Uÿ!*u=PߵA
apZ?9ڪc!?/w*QLles&dvP]AX5x[d
etҞ	$'R*x_Xڒ.ʘEwV	bw<{KׯO\AHqɪm,.7}jҁs`]8I*h=h4{UrQ/#)+_jGF܋:
7R*Q>ܢ#a7Z$^%+?Ȩ֔Ws$=0Lb/W
Ɇ<)ı̴c2	Cp;#>J/mիv|yʃBtjϏ%7G9)jӤ,v>a|m	9/='8_5{0l^	\jUt0/xmGTd 0J#RIm4pZs`Z7/;£ J?~N,۳kZpЕ)ڛ	zc6ЅVts$),ؿG:Ss߃lBå/4b:)>^)dJ
'3	=DiY^oo|F1XSξHJ E|ٮL\|fx8g3kaء/,֗Sin'Pҗn-Hc2á7uҟzE4)Cś[Ϲ mC;|h#";1(OSN@"̱-κӸ	7<1~Nq@I7,fSNCYhBi|G	ֿ߮%ro>QԕʁM޴UM/$wli=X-}YEurs+·,VMoAcG$p͂\wB^ltT܏9]8Pڳt >Y3Qh<~O&{Ei	b!?~Jם~uMsk_Y/LCU`v&/&J~܎/`@=aVv`Թߩ\<KR>޶)jذDژ3?F0-sB.H@?#+[|ˮp+F7f$[pdKۜkeNKZEoE!60jQ;C {"xAG?qq\jm[@X+"&|{ky:=
}Ħ=>/uŲ2$Ns($Olɦ$25"lWMx͜$^4)wMa=ɐζdGcǣE#8<"5< ^#4_e>iYg3|5Hק
NVAW3q3P:zD)]V]jR(aN5'Pn
QU .ˣZG%	c7]jl3cw-.Vؔ˯VZHg6Y<Ct٧8֓ch_%:NvZNdeɯ۔?߶Ig|,f[svE].St(2ZZPze>^='4	WS3_3_MWŅ1׿kg~u3ךPeuH[74:E%
U,#yZd-[~jl8yDu#g$j
>?7%gրߦ7u\'۰bpnϞk5֒ל8܂16RFkK7(JH߶2wܖl+*e.Q}K?ryx 't4+7)Q~L0:svJ(Լʉ0YkԄY-c(t|liEp[IK5K2a?I[>:ť	&u<ʛ%K{XGY^L	o٢F͏6/Y̽qbָxBHx|7UvƉad@b)wyWqYD6Pel?WIH_ơϾδߠؤK_'%@k>e[e~,TR o}ƓŸn2YyPvEFh9L2P_[s)ɿMɫA|ifĊ2wJjWpVEœlߢwBG՞Ys{qF{W#baa>ȝkWl/clHϹKKNofAB٪Nq+$g(ȵ.K?I#q;;LSs
pODoEHJ܋zfG6v?a}jCeh{G1̏8(A67BXq;&2)g8ɖBj@@aP4ÌY˸T`7(zB|",ļk˾̥z*AiecDe>Zі+h-Zה
0LmU6gsٸf|ռ'SLFxYZE2=,Z"{YF'pF9bۧoj,MT;+ȨUbk?cI2&لdP^&>ۖϨYf\ѴǭʼEHDg<[3]>Z)Nkm2PV` F:*hWn9Y	<)	IP҉:5P{ku͚Ō*LryvIY}:$93@:i̌biɱduakg%T$P-\AYW\CPȻ"fLX@z*<Uw.nr*!,#.wU[^E)v-zZ>j3vQd'<,3
I=gܛJh
|ڙjZU2S_-% U(ݷ~XؙǾTh/[dOìx3#,cO**5mq,G),nJ.mCYyS+k<n'X=ߩݖ@rQj~37,\kj4zDߋƗϝH^t)_j7ύTgЀPNݹO;Ej%7wϊ\@7PU]¤<%)P]!K `a<$\CAP0&[Z@?Qҫ3y`?_j5́h,1n43Үӹ+nyan\|oG|GhdK@ !8[e%(!2Hlnϭ0dg^?r1х(סJw۰1?ETf~wM2i^w_JF;ŘQHI#}2,[3zNuW׿`O@qԞ$л:$<_`86-j'Pbr(4Ssa*fbFKkG#7ǧ2 X!^\MҴc{^/ CV}8.bhˋ"ͣF:zMQ'm)Gp$p{YwHn]cR=Vhk-\na%	Ux9hهٛ|I9h>N/fp;@ɬp3GSwzŰ	sKD½2^X|I(ë]viEu-sF&cr00ӛ!tѸ%lj̑N
n҇o`;k	;}D=)"y!ܨ=\g5:>k*ǁÌN."RO|:m`@7_͏_]Ÿ*m\' 5U5pu068WKM2iz Dټ֧uJ;Sp8T}ݳzׂL+ߑAZ=j#DeAO7߉J+\'ծv'dD"=].\Y_\iDvBЎKgkKy>60Eۻ\K{*I;mL1	>NjyE1W*^.fWgO9WG
۞d#;2NFNn>"<hCY&ˀ/˫Y}*:
;fyWf_6νkĖyָaǐf<-(Cbg.{4_kZC5":]~6qJvDI+95ܢ$`ҥޙi;4LRHƑ
|QBBcGV(įxG7%ƞeoBdޣ	ׂ8Rzf~#X\TrT/mVsT
H˘@1lL[G}ByP=g#6A>x^A`1cU5k#={M(zhM6(-FP@	;;3c7iƬX6Ǵv?W5޾ޙKXu@vzC7ok+9RGacu	=nz*d|^dfcDW#<͏tS`s٫N|ywgE7,w57ʺHh2c=sׇt<)נYy8ǣ?4ͯM Bؐ{<%r`އyjQȒI58,|҂3Rd_(sǊiz0Xg/J_W¸̖!}E˷pGևԨ2iexQ/08U-SŦ>^|.~h)	ZP~{"=KϋCHZX*ߦ۷}@V0BgÀȒyj|p-B۳	fuGs@!#_\}x{V^86#>fYFe&nĤ!ddH/*sIζP*`a-ՐU&UV#1~l}zE!̱mIO<	9GIQ\2ePѱr:mҩtxRPǠգ{F=֙(4>qvyEn+е~uJѠWkTlˮ{\6udGbq8Gq6:@F$i
/n̚Q%¯C%&&"I^Y]4T=@ʳ(ԡ%mlBt,ɖ`7Q.)cʎ`ΚFDC,Jђ042}/ŏ&@҈I5dCy߻Ď_3i0aR,fHV,ܽZNĀY/Ԏynyn4wsb	WwRLڵ;klaǼwxzGB*#Х%äD&.7f֜}Y4O(X	Eee(hsg<yC{pA6!5j1WFvȻAmzHе{.Jv,ԴKCfun"Yk:]Dfי8HL iv9j&׍q*}$<H^d@QsQ~4j(&xo>O8U!7t[XXXe-Br#BxL}GRL_[}!.ߞA2mb`2L,*f~d_r p{x$S\C~DbzԧojUh|?-Xejh;m9W-IsՌZ"*ظ\FV~<f;dr~DyiH0%WVy{c:j(ERy~jAxK1M\ڊ#ZmȰ@l@G\;vʹy#:vM-GohXî6}B&AƆ:Ntmη*1:Bqے.rhǛ\֬wf%aG߈88`loQҹts=Z]*N3k'\7ޱɨ3ӑ<͛29.}c)oSu^qda2*p#$͚ΘQry,5\Q'6u7!Y\:	{lZW"|Xҿʙ:)>{l}-GN8MVeq&Zշm"1Dfr/I7'@C{@7[,SaoIz;x:v^V?uUG"֩pz2\kB\k~+٣$aP޻ú1>Tx	r[|w/m֛~dQopRy8ۻ1fNFXv0<hzŘnyJv8{k`4E7ܪ{W	;]۶ˠ27 FV`jw;ֽ2,ɰT(fƬ%Nqǳ3cM~D3SP|?.!B)moV2Uej¥0_15lq5܍e
h,֗N.zsG21@{Q4vAcǖ˝РqsxcXQ5N-YGL=sxo3.A#Woۻ}BOAfA{:)(I5PVtɜd=Z;֣E40{L"s|}K$}Fzk7RC,|ӸۅwG$%Iu|Du|(7r/[΂ŉdMZm,_ZjE}&;5/#FF=ԥeT]m¹a'.SR4@n=Gì>X`J0+LD)I
-4ƣR*P~K>)L!MgM\yN1cߣe|ۑ[zϒ"1z6
ڈkvUŮlڍQ/7pċK=W2Ѻ>d*$2<`*ĥzG zzz+i#R+3G#se7>K_)V"
z˒Zt#t'e'Գvn4+ZF_uE30ʭy9k(9٧]ɉw
0u]lx_9~Be<۞NѥI͗K4tE:1}7f&ۨd}Aq5,b˼(	7+Kt.-ˈ}.=-KˆuXd"}kf =*.	ȋT{t.uA3
D3Cֲ̝9H,B>[NHTjZ4wtf5@Yj*կ;KGv'jT7rGqn6uºtnIfݘ:nQ%EDߏ%s֒!]lLqBAw&dۄk|av7d
9D¨WyA]3P.?c\(
.}َdXn@1<%AE۵2q̉MY0_yfȧy%o؛`8|,At{ `;r{c';~L.T9xz~ѭDɱBs@WרpщD<v}puҀZW~h:?urhTaԵO/-j9JC=3Rή֘|T6ũ%N֫w9p͑
߮0IǏuӈ._+tx@ %gXN3·-O$ʷގ؈Olگ_B5D]Sq]DbPk~":poҫ+˗v<ϗlM}.?:lj}t]8~ҝ8߷tE^[O5xhllJ7j"Z:tCDJj~<c)̯NvڎʡC_eWa&Xzm<sU~]eH6_fux7.	.89`~ݯ!NvUZI]jE|+b|>Tkb @w˰w`-.&G3`GPDWJ/&FkV)
ПFogDB
{J.ˇOz
o:b\KE|$k d..96^=9"H՜C7MƯюٳŰL-٢,oAL"GgNVUqrxht2&<]ɌTMDlеfhex|hvýR$ՠL#ۚܓ¯T)$˳E3~pș	!8حޘ(<lܗ{#,Ӻ\y\Wl+*b#9ǹ(9TW|Ds:	pǍ?!AW-%+=t11S0*Bt])Y@ɀOs.rܒ#A7U`Y*Nre@;^b֛aw;IВ>4wGgBxo
%g3Yɡ~-.Tk<FGvInFjsc[µPIۨSYX#*9rMè7FI-qjA,AunA=ȟbړQh2P>{}f0qGȾWT
?' ){%¤W@Ěl#2c1ĽJaL%ti
Ƴȵ*:3TI݊Ɣ6t!A7v	r#/f07݁*x_v\xo%wŠPw-e3iT/Ç:?h3C_xҢ"#eW0VOͥF6;5.QR_E"'{/Rī4E><BͰ>G_~H2/t*}fZzZ(fRlT!"Ӯ(	Fj#?0Iʫ9++ER)ym!%PWrlE}5ЇLH-:ߣLp;!ިK̣ͷQu+Dr|GnƼmOpb,K% _W>>-$\Bk(g'h2;¼ChYޜZRfۨ>ʽց_]9AՆÉƠsق9]q'ZʃsW:hRU5'٬iߺ%C(%QXϋB]U$5[).6ި2c*x}ɕ=mno+/"ҧsˇٶ'%`jNq+jS%L$id)F:sԃي>i[0ƃ@8ޙaSHto8-ł2:ozxlR"MS2jQ]nRE~q0^	4҉).UoeɱO3V³ЬH8z~~-q((UF=TlhJ9`hENw=Ⱦ/r"ҩdbE56ۀ{!ZڸNOɪm>t%UՏnJ9ڬ)"{s*̚#ڌa_wzU}mO'?C,H<7ӥ#eIHڸ]>Z?QG-پgǶPgQغvӘg-WûL]FJb2gǤm\Ы=FG5{lP1ŋQ]ǳ"l.OZaWMJA7{3ZjkyAmNVD?YMSe1NK̎5ʕpWH^wrgvҰ*s6{c?т+	>ľ<ϵLחQu:c>+izAپǇ!tά7>?f5t(g?fJCu4Ko(_)N/*j>kǾSvHiQqd'PXpmr_="k3ѝuWuyH=[5=6]ƻc#<E0;g{#&XYա*֫,bDh؃)&/Y:;y:[P'[+iyǛܺ9Iݓ<*g?Z*nQ0?ÙߴfKzaB:Z
=HnkVJtkD*RCTTĐShY-ETcl@̓kA%J1qRr>»	NGg,%%X gb8BBY@k8))1~{
§"B*eoƫ&ġacp_:&YGgȏs8YS]Ќ\@Py9
~l+b?ygۦU#@MGz #2%~H3hXB#(	EΟƿaY*n;P\gswI	h%M]@ټi"@S<99,,Χ/Bq۹Z`cp 9 BǃT<4Bchbo<#~rf0bSsuzܖV܁{xݮ6Y@R0[i
x^n/WRּ9*߬0pHoi\;Ǌ$αWà[U*nY[>
5>ĵڣWzuՋy(7֭xu^12v1ȳ1A@=f[5VO.|Je-R_SgPׯ *BH:Տ%]ZN^"}/4.{Qya"̅]u˧Ũ<SR6
R/԰:NAB/YƬ1Lױ[?yqI=Sܽ,ߑ:H4եSH(yp[t-bDNH<_V7dFR_W51Klh~\Z!_ƛDKp9r$ژ}U Q_x3;ؼ@,}Re}͖{0~rD'yS{ْB^CDa ,ɼ+
Ϣoa(QOO&ʏ~|K^%vit,c)N6_ږ}I2ue7&1Gߚ ڔM҈Of17{FKG~MV5,2}0O%
/Hךȥ'N?Q
f7YmeYPt"v
w" x< }l	6SΈEɇ`}Z.*/MO@Qܗ~ޥ~ʖzlӎNMɨ.Ѫair"n}Үpz7͋Vm޶}h
Օ9\WW0Y6N.3SkоlhO2D~5Ϩuq S2o#>Zmr͒[ڹ:xzITł͡mc;L ?bLUzk9v|Yd3DBVBY?Ba6'v(SjwF8K#59{!Oc%$޷y.{)y$A<:~qH1tXw~J[}(X$P;9pCYoF4xGnMߪyġT]/@V3P<Eg0vzݏ/!SȏA4YUY+MyHoP85UV@Z1Shmp%o,8ąZۯ)tGۙrYb!DbP'6H;&x>0?]}60Ϟֲk+CViH:Wo#R$/kV`KicPOGu~*k¢tu#\MlAYZy)Pdy׉,NcO3ƙa?M6§a|b7P˫Erƫ08`ݥGn-rtI3O(D=ܽqW;ػ*ĴLMJ:`X\8u5Lj̑nr%s-{/2Fqdn63_`hґywj3ț$kѲmAyXbWA`KmBxfq9	HDIDEQ8W׹eN"̊ra!Lɐ/?d4ES)N6(IXZ/7|yp7ds|/t8LSe&/CPZdǍQzhŕءʭ.& ;	Ă	?Un70)~y2ڌN[h7-`2@uZLMksKgU5_9~!\a"MJd.4cۆ..jrMf-f`0X	Y8Y;pTF~FD@BG$֒&>\5}?{Tzcdkecuȵ7d'^$M-~^͸Ȇ@nڽ`aF_[V2cxI'jX7r|S\N`$90	҃RפY=shA/ę6ːt;?"Us߂G>>ˢ%k6N^ɔ#^zۯ?fF+0+{ЕgHVɂ!ag5HǄv,v-f֫nT FwyŜfbiRQ&&ЛKҒ3^*Upl6e%̻N܀Y{J7ՂdRҵ\StIҴ*O52sfUA-}%BkVn#f>Wsm5P(""7ڨǗɊ1JqLz HhR"c[hJfWDm*f{8!6:p;of.5ד[ctד>E\<#Jʈ\fȃQ՞bqkזh#&@iȪ)EH/6lIso͝MS)ϟA#Zп3%3ggԳKۮuPC-~1
:/Í˶/9ULrD){9V\n݌Z.M3E	=v#'	8-V'׽Tݰ%{p4k4H;g߷PK(`ԂZϼrxPcm!ɡݨD
ثi%d
U`kCN|!>Hh,˭G!_8#1	hΖrԌlJRg9"v{nOywm,F8=0cDa1CIX/W
Cnm$/A|ZyJXzf,cZn]#D:УeԽE۴\0$Uj:EM9,s=QXunq2j(^xeLR7r8j=SXѨE0Gz<KmbJKy5jC݀x74s.zg&:ɳ*Nk`ӂaϓX&рȶ'^]Dahu]hWnt)Wǭd0}!}Q?gt>4;PPsfyNTղRM	'g%b?D	tlxJOJwԬACg.MNޘsN	%_<t۳,k@āP0qe
`4&|e9zɊ9i*Dбʋf<O\K;>fsFFJu)b׌@6('ʚڼw\ut7w	ait'&w]C[e4܌UE
K=/,fR:^[_<q{Wo^	4SgvP-Å^b7ruâp9!MѪDY؍UeM1ĉ^J¿rRWIAߘYD,vB
1TYs7(Xח~˳4d~#?7qYzdZ_<a}f>/=dc֭k#no=BC8HwJ̝ؙIИAʵ3$]foK',OnqCۭ-Za\cGxP8#Ѡ2;P"Y}@WwWFqeȜuct_s/Kmx#06.ѿߙL~؁ܺjD(ZZ	lhQͽǆ Tx1RѫV4ZEeȃN<[ՑP'3ȐW%ϩVo_jɧo?%;_Q
NBIg͞@S\jHr2mWoXE5GMFʿ
+ӗX=.RD)T%
<S% "ghDpzf^t4i|B~Np߰8fa]`(:x0-JmhAk=XQE9dEüF[D/qpFܯ-tڌ:h_X
͉	bGbP|&L6^@U%լ[%ۗH2nL0l]JIe `8{ZlksN8-Н)*y(jD=ݔ[a'`־.:?E%Ò:ZF	VDZjY{W`(3Fy@$W0ǧu8j0'TbiD7D(PcN?2(*  FE9`#Dƅ.B|tpZBѬQw?zv:{HsO˝͢I̋̾ƫ~IprNyBCщKPqT!;BNݙީkǌjL	 V22C]k{+[:6ˇ).P<X__'sЩ</Ū;4el]ta֫pfc@/OhtNpl	șkw;O@ԛȍ%obF
=r	7,?#ksЮ,.%v1dߪQn֑wV,qӋ1c:ajͱRTb&i8>ߘ7}PiDM%qM6Uqxid+ |1C

#`Ӂ{~Ovz(uk W},`
|y1Snǩ56|XW9u+1"v	˞ӷ)}#HhDLrQNbM+}:o-=@pNO:;\OߍǍ:<'M)>v@ЙT=OatѯȹVNQ[0_ī[U/N.+1\r*xIƼj
UE؀eQc՝&S1Gju̿_kmazq9/9|Wc8ԕ Q]`71Ю<!99*`HYzRŘt["?OdXGDq3KB1Ix}̭"/uEQm	ucD=XLwmF?gO5uZO,7k' d̂ǜ֏^(!(wץVlh}:ؿ)TƜy̏eM7 LZ"
+؆o9ӯ_^\]^̃noRL2zZj
7s>ErzkmJ~J3RKph{-yƐ1jDjHFПíq"β,,-Rh.Ƕ[%^0k skhP}7XY7>	AHd>zO4TIǟƿ=a&{lӲhnݹu7xlQa	Dg3`dH/K[jP+Nޙ1A3Mb($RRDdmFߖ/as
(MGI{Yh(љ`].8%Z
Mnv;^7=LQpO*;kň;b/h\QzQzwFK&&t̙ץ,5vըʡǅc}8zn;flY!J/,dsKrj-zϸtJ^'}j6"oeVTtEf<fIaڴP!_woQtљG
I$VƮɱݤߍS[.N%}rא"x6q&MtŖB2$ME>Vû5"1Idbqe<-si8%vi3K$Hjv{O	RϞ!~"7ǑfuLR055Pd>-ιAgKqw"ŎC*uv{g[=H%}~ߍқnԣFʪVSkaTKqLuaNQV-+R~t'AkSqA7]5Yff0I
-ɭ-pȘwCx%svHIO:``o`8ԟ*2Ȉ&	-xDi_"0B]XSƟ+
Qf^Iu-ĂUR6ۆP_}Ma1(pkpW~̎ěN6XޅX%vgyMsFٵ[g
*in~^Q!WTK/XΣO~M]Y۬{jؓW
G~q}0αR2aγu]9٧@.5)2ю$PV%[hclڢ)JdiSҺΝDRzʸͫO|jǜP,V('%$U0V.$M"یT4_`ۻ@nh-4yϖ7Г(i3	v7~_̆^|1U4$9065<_eMWFY<D;yWB˅93)mFɧG? L"{˦=;lȷI [YЩ,M-!&z4o؃.WUS}ʉM,d\y7:ێ&.98,,;؊aa"r'bøfP-N`}YO&řmbTaYӐRO*٦܇s:rЎޅBN*{b#T&<\"0'=?2IDm̚vϰs=ǩǿܷXF^YQ5A<5Ǽ5I-fco|4ޔi_X->nvEo&		D\
m7ހ\qTaskY8΅CcTXx9mx.ʿ׮_֝bNȈwAR
;igͶ_Ff;i`)S&uyY)\?DSL|W7"2BaB6	0v
OQ#rRC%-hԬ\йYq%ɳBCGw}\;TkԦ*c>}J>üǭ1%TѿLY,^h0maj3P
 ,Fc|<6aBU#mw1s͑0zi?K!s\opP`7H6{2 }T\h-Ԣ26lżɯ:ji$)~ck{ȝW֮XlB7x~Jtu7">HϊJdLgs\ؔ]F>fZȷ5=Nкl
^Z̠W5~dNlgRO.z7Ë[(wڍdϟvǲ$+GݾjvTt_-Պ.*LKBfLn$ ˞BPPĬȢgmWչByٍsvyppD[Rw&Z
ɵAТ/P_4g*
8-}Apu+k-:p*_Jl]i2ҍgCxj޶fkisha; *b1}bҋ~QbEFe3RW
{L"mگl-	6#>E}u)C5Lsp˄WJpeW.L11{.۴QVLy9&3S0AMf<!@=ޯX5220tܢjNt@vZFUF{^MW$v$GȾ/8j0qm! YڕOwʅ8f0IRA}e&D)ͯNxP8I8P~YYFDS2AUHxTV7©NQ4wR#<%< UrnF)"TEa<X9/كz1	[l5_9[H/NԿ:l&Ldz0l~(c,Ŧ4 S98shL(Dͷ5O)o7ƽ_r.pZ@kTlSӿ= ֦GG&֗lnZi_tkG&&`¯SKh}n	ޏ4_9	*86VIgmGڕ%'t)MT\-sƝCʍtBv 0HQOѦ+8*ˈUp	ֈ_\Γʢ9a-w:DΣS[$au+hpX3:RDc24ƥ'T׻$zyArpy=^ہC1cO9)˸ŷ:3ɧ6Ae/ege2$طfhsmȨd:x-dv0?S,*3C3o14{3l8pԢf2ŉחj$1a7
Api)!ṿ}lPPMs3hߗTQPX'#bwt]ׄ)/ig<ӊ܊[(`sSeդH:c'3aeKZF'ABw/dgQ"yX5KoCg|-hΜYeN0*ײt̼sX"];g%bmz>׫W77R^=7F:26Jrt±~nfpHʌ̿_VĆfn7̞$<U|Mݩȳ)8YZ+?;b 9í*%(y@aMkX^4Y¡ij{Oũqskߙނ/+Z3V͘v`yٲP֬f\(zi@#`ا+ԲU6۸8e4cKƂZ1Ҙ.g5ͼZɢ
@Qn"57	9',d^:a;;"Re/T;:v	sM+Lob9ԭ(zDcT]vb]
e[N[	nҾcA$EzДT+&wܶ:38lϘ&̲;qx׾ПK߭P,9\%sxC%,L'&c;n_A_ED7@ÿYּG3jC5.gܹ1oMۦT:ohN4M(;$PѢn˧pNIͦL+`COGS	t%pQS2:<ϐ"\G܇0ȀOrxt`{*L̿.Xx&2yam\g6۳0MҦ+tE+,؃d5uJ"4QBʋx)бXݛPJ|uUTR_;(RvџpXǈ@_,9?NbS_ϡTخ-Jko!HuqgW\ۍ7FE.߿eTVՌ&',mDYdԗ9j+kGμщ]([N){ђP@y[hGܿ.	8
A?ULXب۶@VLS̠6m'4ϿA,Q?A\!uG­sgdFiiڗp͝2ْWBEE=@	{׈|8?)dΕDRs%#\p-HBƉƃ3IӆTf#ݑf`ʡnԺ7JO4%h8u!VUa}S}U9d4ixsiHa:1ä"^$/ɶܿtKq+̟>ɏUɈӲ~|=9? !8ʞxWT@N9#w@N[(V9vq۱]P#9_;[J]P4f;:VaIDNEߏׄɅDBt\ŕ.2#Uf;A?z4ۓ0?k2),6`Uqv[%WZp'ZQC{ޚ07&b~ٙGOq}w
)SQTӲ]S0zq!hJNΫ`jS+bΰ,$q	jJpڮe=U1o<H]T%K^ĈZo}!dOC{{Ogްb׉1φ<d	ABFRNܞթC}4p}m'˛޼]2&Uzrб$bR);-Ҙ&^K8TL!Z9кkTh[39cԷ.~hʞqR1Ew[>ثX^+fxucƏ
vysSjˤ|,=59q+k[$7<3pwe.'KfU>=beB+?IP#fUrU$Qm]?5ސ>rm"*VXZnq,ud^h,fN	td>ӷ&6+$"ҵS%zu;;'N0X(:^͕`PQ8
lҗPfVLwMBf^@7LNՊZ([eT{ӹ3x#iYn7UD&!έrZɦgA6=Ճ	Y|lg xە\ԃ6>4$2:u!7(Tg[<ޜ6ڋܳعZm2%7̽	t|-XgܗхK+_}1C	{˖/kCPθڧ9b=7ˣ}QfM`eRYfaԴx)iĴҙG36#Ę5K?Vcm6&	wd
ȘYbdD΋*h8Ƿ7+v>D[%e1p^8r[RIB@
L"8RO@s!])}ghr3!$5V;[uO&/g9$j')*Q>D}:GҳAulhGq!i7NgPiKpyq ,BY?[5kD
K])sl$ҷQX8mtbpLL<7urD*[*B]OiNv0JE	sh|E`HDOzgJRϱyӁk%2;ȬϷٻ"me2ȶNxYM!c!ig˝mF40vƷFZeUoHr:?>jŇ6$(ZКɑ#dW_pB,dg?0 9GvQն#IMv
ۻiޓ0R{\_BClb'!Z!n/p~Rޅqi=DĖOf}ӆ
-P͝QmӳЙEV1"3w;~D/;'qXbʶ7kv7G^URUZ̡:Bن7J?Ɓ
'
 9kKXL~}u8ĽOar>!fauIT8y	i%GS׵fC_|H0C)^*d8[ډD}bݭzsw[2n@WC0{u&ՇD)ʗP'2zوNRw=;q:ŁmQtn3|!ݾWDV !k+VY2?EY*0d
Q
N(K_RVtP'ќRDTMgZv36t(nWޮdfbn*T'ܫp4plCk7l0K١NKLuV6؄k|Ka>5SL|"qHKSYG`ݳ9%>64ŁF=ї`u5-> eGt
EEJu[=;{eQɎAL]լZG|] 2ѿ'ؽxfBm{N;KjɎʛaXbNwEb7+Avچ.LG>=rY5ײڙgm2g?pNKk>w_l%l
ZSn
ܠһ"O]i/ʟlv.^)uҼo΍WaNS=pGncHz<V{L=S"055)%t-19'dSǨB9+j!!J)L/L!R;l	f}{JrMf08L!:1%ްܡij|cŜLmAA&|UȨ}..};b߲x'>1σfA6%CHhFX2`Е7J	PcƅUTR3G_4qfixVZ;{k
ؗO|ۖ[4ۉ
j7x]?J@جy9]N4.oerSKA^ZEa?qc+͛15e$?f8Z˛S8
(\Fi3Gx]Me".=|ކ~YA,MWh6ZTw	
6˗b&Tڅ*'B9!\$̀CD̠ہ7YEw@co9{^}uxQ#ڛ=ہ_:LFfʡ.ZnD^|.KE^qqbQXVR6xJgLrј,݃5ډl*=wREmWglFTy201sB6
G\;)F"D])GoiFsDzX]ރ6t7Zp}ExZZE<]G(JA4#B\s(iJaQN7Ntـv=Z"SIU%?߬o@աjayIJBӶ+r
V)Řь*c1#^,5Sġ<^uv
Tq
tyP%YcSGqy0;iS(ci
)=a=4<(m%:չLp,l?Gi@zǢ=A	,Ϸ4OTשI[H-A"-8PuT{?mhHOC$N}5DޯNrzKz&bH՛c+M(}J3N1S\/e0®/۸GLYiX<W6\R*dyU.iSoiV#.m{eެYcņz~QGь!bA1ER("'#+ӫqUd6ͻUhb"1e%˷8Mv[m9׌\Fh'rҺÆV{L0'5jc=rJsqLۓ12Źh,+gZpU1:<LCim=qH0zCL90"!0t3Ӑ>DʨDXbY|0s(+nu;GJس
jQW|׉E3Rb&G$\%§#Uq݆Շe#\z?4͙{)\Ypmv}ٽ&o(ҢvN2C \rOVOŹ1=q3|;TZN'B~ħ]/;#8ԌfL2+#$kUd45"
}-Y2#J1ˑZC֦YӰ#܇>2=Ufɦy|T^N&
Tncm;|wխ͘~J߷B=ɕ<EObԹ*9 `7-r'M#g/"H	ߐƯUyEmwX6jK7xWisΣXa<H"VBmTPpm62Ka@fzy܍A[ydjps5ӧ3A1je! vU7ôKnê+φDs5ۏ->wչI!ߟZ
OOӷ"t|~E׀
9uYפ-=S5hÐ.:%:1vPŐyDS''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(19557)))
