import brotli
n=a=0;b=1
for c in r'''1Ojdhȍ>gc\tx^4>fETYP6{
kOƇN?M21>J_|dGch7^݀X](čZj֑pd!řcitqT֌clL+<
e'X{V6y̽K3xHYw-AKg{IڙCP]&у'_)^*#UXt|6lA:*1lYάAK|552|&¾*ʻ,Ί7zBǙJUY!PI7Є|#	;y%H7W{ !B!=F́m)X=нυgua|V @V{ԫA,1΄Ӛ+ufɺ{52=9GpλѦ1̚(0fݖw
JkuVnWV2;׭UT<35`KY[(&g ~N	m[EѬ WW\Gz(Unы9PѦhBFDJsxаkVG~yrնl=9RSС`AJn٫׻tkt͔r&G7/~ȉG>Ȇls+ԻߔrV/gH1̿|K2JCItt٧)v)7mU+31^JTt)nyeQ;QLiet[4Y
f8u@Ǒ|r3+,SX2~$A-O:bVPh-]^'ǝZCְI`WNqx]S;5.T=~,).h&NrpeЀֿJPfV/̛	aE~У(/׎KUգ3Cxf('Lw1$(p121k!>pR*ɍA]FT=Ƨ=1*Ń-Tƾ)IH0(t}nR0NklۍԐUeC{HJ(	fwXU>MZ,C0ƴkyexU|OK 1)roTa	}s5~*˻?PXǦOEDU^`iXх3@
NjΈԂȖ˖ٱ(9co:4'ֈ5qRJtð2IkLHX=o`֯{XhzVo&iʷP1TEGG)\!dd/ԕ۟wsyX1aN~%O8K:`nR=^}SpBopomYz{_1sv|C_E5'Fô2ցHeBJPB`lj+jV_xQ 6hs|^F6v$NAѵb.~)Qc;'}ڬ`H4 [ڧ"~<(7ʫP8I۷${ڝЌ*'RWµƢќ4b U
%Rdΰa^jisgOu6Ѭ%d[8VVM$bc=q,bMo8%؈Ҫ}V-&*H-jp[kV4<2yX^
0[MT<$LƄ	ɤ
dpah_#$42wJ;Iuif+Seo)LͷP8iJ٫m/M
7kHLawB϶SŌ1DڠyF:^e?)nNΝi)`}9ՏU[dc&j[@޹57ԘsnieS;<U0G;=4|Q.)2k;g')iו2rךSy0D{OB«-ٹgK}Hǜs2/nsGS=c+ؑЄwæV# o ہ	݋W6,;tuu[ `FMi.Cӹ SfAT	5ՙUvSl8Y˳˗pBʒK vaĳW%7UӠ`CTNAP0|[BS7:VyN:%7QofX3>>EPB9dmkPlly3V
+2ɦ/*аJ[[uF`uNHP_ĹϠ1ܒ!8݋uҟ:*v	ݏk'Qw\@~E>ї7Þ8 wI7^iB̸3mEYx=\WMI_VïH6jjG1Ԇ^:GjٳAt*8EڵYO_ۇ2B=Ps'A%WqEπ-(<e<!jnEQ'̎xix;^sPK!nܟ:_u͙|[Wf+WRd-°qǓ؄H(
Pޔ֢@.̞R˦Q3%DYc	9?	]o=Pqz&oú7 ٛPҥYL$ݧ4ٱ8ś6I~߻ndfXm}K4jڵ(F=4[%@2єpSKғ1k&XRJ1]mdcϢpx mb)xR¦9˨l34VxAS#p.ĂMDq6|xNyVchPyJs#939B)lZP,o&Zsׁ*\([0qU-_"fCrs|p>B˨QRE+E2tMǩq<oJ:@34G[0C_ިm9zQ:'#S$R8.uiŷ{yy2ĬX׬XRB@Y¦m=XD|ۆ҄@KZ$ߺI4KDyЛ3GWGۋ9z;BP`^+*mb^`X33MJ$MK!rww?"%
k_5pKEpmH{LyP`9#g)ZbD}|(Bs/}Յ85ɾL!# "	iΘ]	fUQyM:	wYcqK<Lڍ'K܏R[$NC#JPD֩0G*,{8C:UԆ&2?µѽ7U[gWoh)2ƫBE	L#7bP3en:]nxTz$0V>'	D'PȪavCݵM!=tl'!N iTL#ܾY؀iY+	|R)f(KY%ۿjEkW?{S6>i3{ȦEcOwe?wþ8MLs "FG@l{aeetɠ
`.Ńg+WWjۚčdz~<@
41T8w@AKTӅԤBekC5ҭ'Я>,zkg/`ӵNܯkFVA{ڌ#bZ46tI\ÁؗeKl/psInvz\#u12{]O~#o'p'=n,qyA/T]ʼ}_SXZfa,QLD/;rm	c	0Cez9Ќ@svl٫Lƪ`[AZJ0bu<~ř@o(wZOHd&0"nh5mAr	<RԪzisqPfNJġĢ#ӯJ|Ž,Ƀѭ͘C'5V5[a۪\l9S<*ĭ^Lg"#v´m&,ֽ#m7ewST2n(*͠{Gjw}AުϖCũ!ó-:dpX#nGDQn:DD-STn߆X,^B1||HbަHlw{:k|V0ek>*x^[.dy6s:E
a2?3	ǂ6m%6+/Вwt1ċ$<ɨ@(o=rRΨMR$]+@!@F%'QR+\ǭ[MC(%z0$5p<\6^#cDIlIEݣܦ31RƄx&Wv46\xM>3ǒq1LpH"Bi~[Фh޵	9auEe4W~xy#iD
cff2Kݷ;:k7O\;ܯq4/c5sÍӨϢ@NykW>[߰B.g;q@߾})ϙu5i:{yB[va=W;8բ==q1
ͤ'EKTCydQ=r£oivAl΅mZ	{
R$J!jm٩Kz^qodӝۏ0(ZE"L8*FGcU(?+اշ>6ceݢ\k:N?K޺=;*:ksnUi܉>ǃ$MXkYpDѷ;JPզl<z;Q&ΜMe[@"%;eu$#n1y֭HC^BQH{ъSWi[C?_# G;C%7%o;~.j#
nbbK~UiR[m[*?cN8[\yD"CG~ yQwG9/UmU@EʋƁ]$˒H|Ёu5lJ;oK9]۪B#ƃ,T\ع6! +5|+ppy חmjpXp80{mwE=΋[|n-kҐ"uuiMvk\-J	IP$6zF'SϚ5Q7aw^t2(|r{-[kzj ƻ7&rV-z2Vu;2Woay2p~ۃ g˼?>A#+A=Zǽe1'];dkQsdް/|N<Ж=XBoӿc9yhoaq&}8d԰J(F/ʋp__LZY8983&N#8۟@OM)<k:y'|P	rԉgͫ2^]y=ӄ̫;ت*eϾ<-.Anj:بLm$CؔXӌ(MXٲ!*TB{zٸqԻr_{#4}iMixI<YquCIA'p2wJ`;{0+cϋGڔPC#KMd>iyx|}8Ģ>d3a@VZKŁ}7y\p҉g3ofn;l@}ɧ^dyu4[/a<֤{2WBaCߣϟSbZ~"GNAf̊\	B=ksf֎TPoqKtGȊ)u͟')YLfj`?ɷ
[KSI"8
{/.zʤU!=\(#oEͬ]Ȣ/\'47k)P6	U;N&8}%n-2-&5ߊܝ*CWۉrERzMdG
Oݕg:=ќxW%[ҺXsjڶR>/~8l<;BճeͶooÉM5c(~SEYKHj.Ȫ)X%yoq/q43LpPyXWnZF=rJ!PTE?jTg45O6
(69Sf=^<{s.֨kF$R8ĉcKlnFȒ7u۔ĦH;[rįjGE*AB8uGU,I&v13)C_5r:ݨݔvw$^.jؓ!fZIиX5ٟ$#Ĉܡ*G)5;Meln7=(ıȹQz\Hm&Jk!&4)#rwS]A¨ܴ@KȬ\,~"o4d4jv_cd]7&lcufguY؀9ww8ur'8-;zcP"cDٞp,IZ/{.1TMbH/5WQ܉έ?7ރqKM>%ɨ+kD>Y5U/r`vε ,EݽXtJݵu~
Sg֟61sdzhV)((iiH;6Y@k͝q$kw!%>^Ր`^P@׵#wS٧ex .ܘŕ?qv0Ne!,oȁQwMn2Ǌ8L7F7
GU#94W(g-h7$mIn->HߡҘǮ)r=8
"o~>2$N/Sj0߯h/9ay=إ^Dhm8qjWIYZpc1%Rlbys" `.BJj̑w
Kzo!i˚{t-dJ
Oӓm0g_|;Xrv?/h.TǶrrD%3#zm A]VtևMN@^'~0	BE~G&"]44-=TژQ"k
v\
f+<?.vcUg$U٘H]ܵ-JeJ'VI(@?ʛ^$iJ}h(\6=ӹ"]|s;@׳(ؘv2sJ{^(R37cְnfR
K-S0sl<J_`kttExfC&~:J`K-^PVC1AٽK!4EŴ?e.|@w2Agܛ=RtkB^G3u$ew=`e0AEi]vlmCOHNMm>+*Aʾz.9HԪ2}<JuJ0}k7eha|jNaw4$Ʋ{Tկ"B
av$x@C-um`ծY<.Ag`n&ү.yKm?
`xftyo5Dm# /y^[Q_K+d(Vg 
VGSJъn`ߤ/X̌<̜"2ag'R'lKVazòC !_ׅrmZEu>-T-UyHϼbK
ք֜Q{~6.0ƆptzkOclYEvػK9`1Rِ/&WΆͷ:vڣsfPxC/<?.ӣki>:!Ϊ6B$bJ
;lqՂ@	C?5[ͤ0߃ֵJJ´,PGK%֛nTf߽+ίˇ^a|2
(zJpToTBȐȊIl&vI߯;he3oa1D&Vmm̕4Q(	[((kEgjM3κ*p!jtʁgS!Ñ;WRnd=+qCՋ̤()t3J$Kʎ!ٲ-}A2^JV^.[>tbY(aolD
ֽXCk]%Dj{cC2M	»8ev{M
r(#UXj&:shQ4E«$<noB]lRtM`cd՛$|͛1_2!y{G+%Xځw9Un7JIDu^vKjrЉdxK&T!Q8ZΧ:՘/k֝hۻRnM=5*qߠ;ԓLpaY#pbң7vPƬ"ĎҥCtzi\]}Qc'ZeAS|+Ƈʅ/D֞^8ǃcϑApg'km5wHߒU}0NǷxHTۈݕaV$B5u^QpbJK@<c?NǉN/eQRڨ~2z)SV\H"VIWpznHqݘЀƄɕ+iD:pHLe%ĹXϜtʱ<cwsoaktMܱ0;ax}Qte$?܅'5[Ʃ`#faٗ	τҨ٧G7m%	vF<q{}φM	wYͷti7ߏfz'~[ݣ:8{ŵ_Ii!gFs;ru8|˅g,lڿ-ߕ.8ckbsa	ӓHΛ:0ʝm/	Ѯ!p!Gy~߸YClʨ}E)@p6EcF+JCE_n,r:Ew%[gݤÚQ[9Dˍ!lgB/^wVޤmk'jBd|XWҐTK	eOڎJ޻Epx>209˼r{3*~^5W"}CĄ:dmzӌ0=:̘ݤ5bՄ*8JTG6;<cRnk\@n'"ι**nn>̚Lcxa
=&*;.u?KepeRx*$ne>`tM=Fs7VFڴ@aWIT0s)(Yq8>d]BVԇsXkY2ޔNuG%/N[;/KK7QW\@:.[HeKz<Uy:ÞINF<t?aXUU!@^mQjcE]sYArr#z]!aXfȿp#GGv@|u.k1t^NlUx֪Î[4!c֙Oq{8ڎ)ۇfs0c&=|O)Àu-	ZZ=Ҹ~]ԛq2̙ٿ:MFUǑ5ZPje8l{7H)Nأ\a:iNڐa:պ!N8O{@ڸ;fL|t
1@+@x(۲/nE jΏ}0ՔKoz{xf5ϥ)ϟd[CP);P!j^NU<,}2ʮ'ٍ3Yw*opQ#v)&ǓA<r9+T˭{HEGO[|Ƕ38oE*ƣd>Nǉ<FX>X؞H&ިM;`Ń+ro7Ն-Zb]mb_(ΞX6=#HVȫ|)+&.:לh582,&6+b[riHQ'zD˞KoW޳@Ej
p՘z#1}ظ?ބ#lsH'ݶdZr́	/dCamnf4mΆڴ.'@j%EHh?IOϬ2?*;W2Cg_͌Mτ.T/ª9z֫čvUO{T̎sK'ݫHөG:	FddRbYw>QMON:ZVpEb:@=Qw)-Ȏr:keruB/$3m{'UGwz+i4nSIv@|U1lwas]׉Pi	l;Ε׷k!7y[Ujރy,UyA7a؆:HӜ5.]b9cz	Am//$9O{jn2٭)ux1U\S2i&Lwm.,9-4:5DZƣa/HEgNI7.ڙʟ?|r}UԄBX
 cOc^~UtIaG?X0ǨxuuJMq{!Fxaɀts_Ҵ6Y#|^ݐy1N2c^_diBGspH%z`NGgZi<2'1ڍOWT_4g-!W=ڸZ#ɽܫ>M>fOo?!Lzר}R~J^iw5m":\(K\˨kza,P~3g.icAMwuիݧff	׼yJ[#qFH[-vp[n9^GDogR-*{Cq1ЃX ׄ|>EXy̷3XmKs.Rr@ʐ7bjc\rb!gMȺqo*,ΪĆ2NՊ)*ru
mEҖH$C@c{o'}׆[u#uYtBI.9R[Za7OOx#aپ0r	g,CV.Lͺ0I<TQ9R*:t[ifPy;yq`{k x¿îvȜ)ѝQ"u`i[-!seHSXu]@cuZtqoȗW&iIJUBgТ[^gZH޶:
`FMB7}57CÂ9!Ѡ5F_$>5zSM;kY7kcTO6͠u=ϻwGyhg<A8=(Bn(]gmKȪCI/Eٗ-v3M!;hnЕԭ;*1TtHA=oO/`
ʕt=Dk~:;0dֺoe\fj!vёlȮy[Ա?(;w6UkP7CE\OB;v˥1޾0O?7{VaP٪Ĕ7</[̄1&W?ɧvu'kq/,'<@|İozW-JdM#1rQ5+JªlݓR~4˥SGk0I0ߏ@x+x=`zeoP|k9ɻt6$ӭN"3Izxz՝ Zؙޠ`%z¤L\Fc>ipϹ0!cwh~To9Ba /&,30|$@~yֱEv_wGuk=6gYK\W<}12IL߽ȑHZ$gd,,ui1yZuҺE˦T8H^4Frq|@]fը
y+Ц-(˞G!(>cge=Ç1ʜ
g4JAIM˨BU/-^E:d}K+"kE0dš+mUK+[$syyדޔ{Vf7}\GB,+3I=L9ڐhZt8/ܨI^c
QHAQ3hm
KȽGšHV>pMշ$ʙjTXN`8Ĺ ]Hl
=݀e̲	ɩΙ
^1{KDn8%߽:	&JЎiU/{7hƊǭzo/L0ajOj'
}HY#҂
kÜUVF}z?g2,VR1H*oʛeZާ
rc݄[2*ΘT8?ǱM6OHSRԼ"rUfܕbJPAî 	ɶ.I &Kn->pHwDAPL_73̢Zc+N!5h
W/N:ʉ7C'H.j{E.ѐ:#ָAr87ίКȶK2ΝLOICUasPbJc4=2{[|KD{`J38OW fԳ,z)=-YE^J?*O3{@(UrDaS'3VZ^LGi˂j^ע{Rz~2<A4S0øIeq^E5W̲ogbZNRC027HCNؗah?ΗyU1˅QR§88xn8'V1_8r/[4!e!H54F?h8*u!;UEzZ\{mSUEc{>Xum\TH^$ʊ[*^NzZzA7!of%\Zȼ'*qA@R7.̭&7;zDMWZ|)rr:FA}1hqYLE8W-Ggw-mV_R}n?go8VB#ƻ&Ķ*X]'~<vWKqAA`r$r?^@հju8{vq)"US~z9(|uhqE6цӁ{A2ߘu)c}xs"9]J(t
4}JIscRS_ցx*Е1x uTpdR>Ez(?Gq5'[T]'fkI٪WCQc&y))ǵ!Hڳ{׈xz)ޤӭ?ԠUcNknO
dUű¦hhuB֊L6@Y~I;|JZߍjˌ==(NuWKߟ|H	-)G6h/Al4(ź+~CCd^nh!Ik^A E!~í:i3֢wuZ̧͟Yj+!-Ko,dh*jyds.g{1X<zW?pYMNhυŏeιǏ{f Fy֡vZ4<wɿJ^-?^йuΟYt7Po o"b
[=5t]$lwr 9ɞlju0X#)u#`|&s/ĚHB%0zt[feRIoҐyW=r'hHݟ,pP65C0:?dI
`?ks:(~_Y]'9cm)?*0w)!hv1mV$T%H/;Q.a>L|P"%ucj*د xݭ7o,CgcOhtε*Bȏa$ݢk.31DBIcש-)EzS8Ӂs<Ə<ЈAlcރYߌ!?ZoC6rBsk =IϘz	R
]F"K)β&܍0yў	Vl%l&$[XL&pow:>!K}/ȥa{ܤX%&ّlˁn1ךcUtALr+sgy,WǢɘa	koiS|UX'Mٌ'3Ǫ{ռV(ShHJLPہE|ΈUIݻ/bX }Kbq{}l+MR˭SN,MP8?MA.KciǢA0LP,JBҜ)8AȂq:^@02u4BEb+X2+UԘy5XRp,D<*jZACeYV%}ڼȎWܛɫ	kKqPP2DQfVаІ[GE? UnϋF!$.hWsTKȘ4g	IR=uN[^_d(75uoރˍ#tڞW4)u[	Җ}s91կ6|nn`_ϰӭqxиs&@J|TAXϤd8ګ*5#ovy0w_s9k8Uc21+Ӎc:-*<O;gtb`o)crUcW߭iߪ;ɝB Cǡ۽\ՇapQ|0XNWqMK&ԝeV/EmkU}79
"u!HǲݗkŤaB+)Y^",> e2<z{JG)iD-R4KXfʃ}m%mzwv6:H='UlbZTn"^Oj|UdXT$%1+Ťwh(w@Jcbpl8Ӧ
	[q|r=#Wqغ٤OAve- QԿLDی1LU|T' Tp^VgLN@/
cʇd<0ҩkF_3-d|Tų` _!nxWz߬٤eWNdEϝkm&"LԘ?բ6,ښTEY=#ImA(r	&9f0̓C};_9^u"N>iۛp`rհ/S3L1
$`eEW}\˧ӏwN7LsK<`X2nbq L|Yr-y"o")<I_'CK۲W֙jIb}ȍ=Mp?e?kt5|;> H'^slsƈpd#N	d%Ѱ\VD }Swl{/޵q*`ǋhK("EԈ!¢uZrlRIW ֏ׅM-\4 |5~v#vDMwVd.qhÐM~EMGW(%v/3e9:iΚ @,ԹVV:Qk>x
D,M;.h\zNOM57ȭJ"NNSϓl.џ܏ ,4r2J4U]rA~!UL߹օs@('bkv>1K^W|x{x]|3D˪*:bYFŚuEw\@Ȱ&9uC+$it؀5/-4ٖdj\`	s+H{JzW:qh,zzfefnE7ch*OAԞK55wI(9-1'6xQ&nY6G5#!p.h6a0Vz5BS&j36lŊ}}ňͻϸiҢIi?*Gѩ}GcơŐUϔK
S@O\?*CZBi#6%Z=ZV>ugF7ԍL9Jf_H'sjQeVW	f{YJs2{W!@cuCҨoU|2/F}p_EPzΖ=ʫcImcR@&(EaCo=1rjxI8Ee.bS@$}BS3b6ò@ns,(n`f?5оmۉP][	h4/waB6xYI]/8؍ؔTB"R8]vIE~p+SR0o֠{֑/!_]ȃw}tBj7{2j*H]4/5ϪOƤEZ
j]O?WM2ū^3̿t"W͛uQrMكt
qC4
qIz^U1=zدCBN+"tkf!Qk{0&:O`%evH5)>Ro4|V1HzvQuM[jC)7tMQ=_)^yXY/c4~Xx+ŀc/Lj_͠op+ OL"(eGOXր5IQ]j&~aq2fR_=́t9xWK#2QqF:/τw}ڃ5lpgK#
rK$Ҳ6׋uTUGz}"էH|Ѧ;g.zWбOޘ/C_=;Lë3OC	0&y!to5v:_%ʆ,VzhJf<gĴ|t!IiˍǙL78?mhhY͞\ؤwg)(vXI'8dtUmR˩zFPN
qjRϚn{	ͻoˋ 4YG^ M*Ѯ851Ye3!zlgTˁ-lFs/>Bt.;|#KndvN%OXfc7g@b~(G&2M:se̶l5gjkɛ^bBv<V".nYM-ML0*rfv%5#(~U5?ׁ_ڥ)HEt/=ޅֻÄtӝɃ|o=Ƀ?)2|ИS6E/0]o{ƥ2ԌoMHVڒTbaΤ{adz*!lژ=9ʷZhˇ"	f8K=SOOuEe FrFؿj@^yZ*vbO9]9
IT%*'ߖ6*O1{\ڊV5/q5tBʠ
or]@Κ9)&
V@R:DpYd+#	]ADbn÷* ߉D
ayjm1tz܊ٷśp%$iXEri@xM5RZ,4 BHFdaQ4,}gaF{{0hۣLn.}dX_ɘaո3*zԱ_+Vw"#H!)ޚn=11nG-bG	I>/3ӿT-ԲܲV #cݩn3]V·JЗ-ݠh$5O?IQE2%m8Cwt(ʘ!Iğ݁H֋\0VhHudܢx
2qOK(2wSHMHɶU}ݑRTK_"Ю\,oxu"1n,'7N`%n\6!*l]mF2
<újaL^%.dRd%фǍK3̸~gS{5(bEkYmAՅˏ.Ɗ̝!]5n3V,'\0:{C.N%O<NIӬHPC;vEM5yPTilҧoFޣw<6;~ÞPk\Ѹ¥CRX~~\as\?$Gw1Z}rwRü+TDh^#Wf~y}֪n;B71S`vqq"V#3ˏFGE>7kx{BwfL+bܫ1wuoMbEeO4/A9îrnt̩H,G@RX47QLZxA{YYZ|L-Nÿ0ћԳ8vzǈ4Qm_JG[p1R:
4("nGzTCRƪ'tǢQ
ҍԇl\q[E&(<-n}AG0[Ⱦz,,>(dPWh*x<SpzSQMݞ ")_&dj?:D4M&
)AuwCM#y`o{+-;*p4I8eZ˂(:QW`P*seb4mZTʇrƚ(ln6T3Ң%PZt	2Ih?< Α	Kʉp~<|kymoʒ՞FhmR7A|Mt+2s2{_g2BӒF)	vHlP$vNC1!nku_ҮI}MX֊r|̸,q"Of_Ͼgc~//bo<\ZuzbL!nethD|1+y8ĵ@KVi̸ޅΤYg6G\1[0	T]Arl6ә5hYYK/4ybQ~wiN;n̗ RR~[ԟC؏'e?79`OuIfrtRGցݏvtr޿x)s?gqڣP8]^tʸ,KeRVyJ;߽4{3($`)IlvҪh [~h 8ESb<bSiAega$	ms١,%tz)OTU\$ny4E;oQhNÌ)UP#}|oͅYEli5%'ZfQ?u\}بxaNcLAՕ3}E*ϻۣaƪB@/X+l.цk;ĢG]r5'D<n Y.,k0)?aq;p#irS&kieuĶkبJzb-gb8O!Li%ҖȔT(әxwV$ř]r܉[hto	~(b߸DDAF(|3=ʵ-X&1	W\L6AU<=rNDPJׅ;աn6z%#A>۔meLCÏs 7fXԤ['{Oþ|Կppssxa_c!y~(}޺w+ 1W	ϲԬޠ]isj]{yY/JQɍҵU9lB	GǋlE.%kIsKpay^܉bC͖jI2HǍ[Ò{(~ʕ/0Gs1gG{|phaۓ=*Z+͸mkwˈՓ,MSo!ؕhle3rn`f,Hrxluܠmy\\y=wвhaG݂EJB?M{vв~!LM12{CaD9+Z@v-$8/[Tjpy8mRB@osĔۢEhwQ(DBɴLݰ(qoʝ_@q$׿Wcd
+ukNr-}9zku)wC˲zRp]"R2=݆<)-0H)ѬcHʻ6K6MbEԎ#(Ñ3gCXy eɌ JU#Fh}="j
ߒu7H8W0āƭZiqSEr&TٿQRrd&^ŚW։oMT.KH*\َlѯ	`nT,7UF4:S*_|ÎӏfJJ4T1k)!\k1
>aX:	|=dxe'n=)=,FgNE:DURlg׮lUfӷ(G?=KG[ˡY
ݝV<u-=5+l/I-1+CDT`ݏ(I"Wބtr"U}I-[m)wF*^;:<wպ~>G'[6cϳ)uJ]c[ΚNnӎޅ;xe'/qw] 6Ja_հpQJKG7HUqL9߉(Hd(U+osۋ7 bSS[n7cq/3Z$*,67-Zr/ZҡD~[/2O

)zmy Ro$"ڵ)DMV*8YtDuKJ)\^s.MzQ\ܘQsp!@Eq>eӏĖBZԀzmlJe%21Ϋ4aަKMXiC!o*N{Y^\pb*Jr>Q%	T49}*kp:a/d/O(<$D,ÎZڤh!>/+کn+[J:;K`2`Zêֵ܏z5:,3.RdF/Q[jk++ِB%^KkeJg֛YEI%Szۢňܲ	+lGjUZ%.UgV|ph*LGڦ=1\KFD{wؑ.^P8j׬%l
{Z%x֐MI@,'d8ËG-˺li*~=lyǡޣL:MM-fn#^ې&CW({e¸%sc-AvngV>MMu<[G-vL2j7GYlJRU&P8uxkƔςNܫ4goMMA}k/2rD(Upd~)Qݻ8B
ǜ@O_B˔98]a׾p,~ŷ1n6 0@Q;'܉J/e4CHcu#3}8OlILŘ۟2h2D\!7`=BڟqVYu7L 	8_6g(hQάWI:w7NzT~[vf^3/qagHfEIs}%h#"0h\ݴ&!H:h#Ȏȱ%*ĜȔ_?"60gٍ:? ̆?ofr4З	2RNkkT؄)C8Pߧ4M NaR}ƀjLְ\.љvd'O£u_ZQSbgbIA+'׼״FmPv1Y^'ҷkT-xSGu|>]+Wގr)}AUOB4iG>BssfTs<E#MTur]Stp="2عT?+vP7ߡJsi5ٓl1$u5AdR_z<ԃzg/a>HQږUJ0UsO?\aS&ڴWd/.87XAfmHV=c]kޞi^d1B8C]"{6J$jޞ$A<ekK@eUN#^١Aq".)lmDB	ܴ['XVMw+eJم\E6Bm͢+!:8`@+w͙N@ (u_`}Dj%|w:եƈ5KoLu5OgЄ)\ѪlݞcJhսˣ/~k&cqx3Ǘ_ڈLx1}ޱ|%ƚhFu$$*j"'
rrԺ:e$IE#ݕZV#ɆTl-\3WVvOȡzmƜI|+vB>>dM-daqLvW#7!K=w̓:SbRuoxq&!#
*$@V*ϼ!tw%ʝee.٣WY7ѩϏ}#8ɯb~B՜*}R.C,7)'odeڞ̵ѓ]v$99XdQ@RYjb\_4*Pw|EAML)J:Bڱ,J&tJpˀ2ɥGľK٧
!.ٴnyS%ZT9&f o^'o6^s'ȗiŞ;%/3L]i_$ؼzd*-&òšq1';[	RRܟ:e=k}BV/l5q!|˕!YyEehd(՞3zelz˿B,g|"s	Lg'Q,G	սZ2djjc[pZk!	.JMqݝģL/ޫ`i5}=;5Jjμ;wSC֪<+Ɍ;f:.V&Oa
K͘gv?>2?Yt#ú)tq(]UТY{E^jdۄU0* \`̪l"U(5u	v8{M*ar4V&U+Nw3cHLZWIO`\0Lޚ>$F!~_m;_tn%ři#+"PA>FºHҸ,Wl|MD_a	mF<X^g 6Ԥbӫt؆0NVة22>PōEu9#*DxGz"DqUXSЀQZSB-Mp	;70p&{-һKؐܜF^*P>ݢ;T>/>bKI{3#:l0iaC>
CNXC;Z`?У.Ef|"O50+5wq ޷vZ+P#dq9ЬxHAcB.Ƕr_*XLَD~F"+S2=mgxk>=JϯLŌpcehExJGGI_8<tN[UxQZK}گ٠oP˵uqp	.z+57Β*e35IveP(֪vEŋQ,{cp\ڠ^q`HΧO*:dkjhwHߐ8eL޹9GnqzFZT\=ڀղ>G$,~D'knk,JHK4^>g]{Wb_+wmiq)'%'Ğ[ȒeIE|2b2aj!GE$;v9#&׿5\Dtp
sA r>2"/%{ZMU8v!ZRScU0@!R`f(Q.ťٞ<tD%ǽV8Cۘ_G#C[Z	Q=:sӥ¼fC,7}oV)]Z	U"z
BAB.dk86tÑתa	
M(18$#}~nt.ĲU7~[}@vqrT[׏EŒ!{٨ǑR~;hƖQ/]dD7%q,EݸwZ˯=#szǵN4J8	7Y>J @U#.OhWDf7ӋtsJkPhf{qU!\<71!{TpiB3dvBXg01T.Ig|UHDDɞ}*cċվ2B@QdFBzӛ^9ت׆hzܚЋh_vJv;Q'"ؓAC2ęYAϕcBf9JS+Хd"v"o3,|_)7cU+ϕǙt2ݥzQK6ήxfrU6*uF?}oːHN+w¿QǒjQu?2 ĕgJ̶1݀C߂Qfo(FAvS*1gTˆgZGd
޻_/D$!$Ā>}eÿܞFvgc/H@.ր©lIXӻ$F;$]MW*{w2 `{_'.|pxρD۽8mj;UM*1/|pg6љ$CXNӭ/r,z&yh#Ĳji6pħ(L2}ͣa,ZPaa>h=D*ˣWJ+ۙSrN-Y$
C(ZsPbV	5\2ē{JuNX]8J͘&
}0EqcU0gOإJivYcA6+kwNm=,>SwhZeɑrSрα

=e"ޮ֎,>&z@bFͤ`l݉SXǵ4	!K UJy2'BLg<4Pgh(ί5^9)؈̔T!XabO+sw8ʼף&c!cLa<2:\.@NqKˍ]U;Bl		_Sgf8)ۇp]GNkӠT˯Jҷ٭-G˚yԔ%"yI3vNPO< ӼdƃԑqW<^!1<L{-4B´*T;IaT.SATi[ާ2{L\Qլ25+[%SoPGt `"HSŧڴ;ká!W֜PӋѯxԞNmLP`x6m:{cUį)բ4Ήi7H#,%&y,E	К]qH1ۘA]l	yzXYVR(l!Ljiе[3+NQkg{DpYʮ[=ЖNfbZر3tX(%5}܊<*)ٳݤ1%X0sCJ h5lt֔	]WA(bYѬE0eR(\$)3oM/ܡ²Soh
 mڈo"qhsK[z#AD|1R@
xe/=?M;sd	|.ѣ0-jW3aۼ(bm9Lf!ܬCi(ȩHI;l%qR'YF3r@+DĈǍςFN_6Qn)#pBN2U_ט{pKXAHibƵįzNkC^jYqY[ڀd]kpLm})R9IR]O$ɣ^]5[TW@gʞ8X	1n"b^@6	Q4E`APܩmCoPxHSz(o	i*mXwL*Kmdʱ0-leLA-#52z}sYv\Hԩ|$0|Qg(=dʵ31X	,1_ٲNhÁЀ΅j(TvS2\9sôȐtƗkK'^ĄƆG'w>0~72b HůVbmΒۮ	S2>-^}1xPau,jFJnK:&p?C`(Ҷi.Ô505i:ٓӃpMɘn%q^.w@rPaps¨,*^i-TD1?ſ7997MqϩzbӚǒ$4j MT"[؍mc\2+ekj9Gw?Ld5UH\ٓVxaź)KD^zԙ0,QW"#ƽ>SvȯcД+>ߛjId0g(ɲѫNP>Z5hu-
u&b7%<0عDeb)%h0DrԠnxdB;OMg$BDmӞX\~O' ϺC8&_ğ>۟Lêv\Ӿȹ*.vتӮ565.p^at,Ǵ
h[${;|b$,k>."/1K~FoqQ"C?xA"JW؟B/`Y6YZ܎_odly%)hRrTB%LjMŢW]8:,NΣtt&&}Pgˡͭ{Iw29qI	͒e7ګL$0pm@G
(f~[gv.x8}̳/JN&q6|<LŦp8Äu3*z'ՠp--~H>nt5E|v^Ɠ	ԺU/:
0syfh)ղuIl7*=e2ؑYܳD5*TC`LYt2KKR
hT0F)pS\sVٝ6jͯLZG $dLM<8`[Mľe
'Y3|eX¢JfӺE#4"v 8G</$ێr<P-O
$0CvӉ$TFmtjا'oTĂ/~N)#۫ù9AT۹7=QP1sK-fsĈ.r7.5YҐk~}Jv)xL('Lzpy BM:(%I ;'ĸ=3"(ZBE!:M.@LXCTyQw?r8\߽.E[5{ȷE~=8P0a\<|G9H-i"KyQccsŸLۺLwT@ ?wtGbѼeԝ{gBsl)(WͳbKa6*y$`-KuLֳ3C8m6 0fn`B~E/FHpw}XBYmw;{*Ԧ`~ިm޺s""}ZK"TBd",5
w "6fXҟwA48Okӥ<;NjzRaPSfʀjĵh>{h\N$[{uqi^#9Q&<36;3~R۪SNctlɕ\`Rr.d{ȑZy#v~sXh:x@&aDH&y	D?NK;Ē@>Z?t[rdm/zbBBp;̷_	|An
{AyS qÄps l=ХNȟW=Rɀk#l|}[a>~ɲ>	WԕU9rt!/mb;d
=h!{/5um'~9G2z1ʚP>cՅÌs]8OzTSo.F+iZ,}=DWe5}VR6Ab[u49
r9q`Kn)TF&	߻Enq4aIݰѱXYY>̐R(8Nˊ;NmH۸}q7W:mĻ_vݤPo۞,8'#aeO4iӷ~kB,>Rolm pL'DRهmjhJ%¡l0ՖW*mrU9eZ'x\[SuL;k`u%,h_z|܂=1Rm3XP&)6]_U.BfF̙e#E-(i	&WM˅3u+jD>J̱%}}۳P!$!$R$tF l=u1%8IJϮUˉh!WLEњ٣?WIn	P(8Q%ZD4Bp|w>ŷBsE|V{0Pv\&c:,s`['<~H}C+>|sF8&da3;x;Qqu$"/x
cU2	-"&*GW-s2z4߻Ύ|"uBnI+ǎzb~1"&"f͔g(WɆҮ&]zʈrTZbؙs `V1|P>dQխK#/.[ֶ јK;Mt&%rDOENW3+lԴAdϕX2 p]CpՃ<epڏ̈́NC1\q(3'9x}=*Xx-TYX+HjAh-3^}mH_w>rׅ~<z3Q+J|YeXryXɾub(lfп_M8ē_9	QO$ۨv$Sߟ}fi$}]tT?CsB~gi[NSc)JQhm?zQ*C/kASYNڐh8DH Ǉ2QXݧU٫K [)`{zû`l`Xns/
^z"Ԓdk?YaC6z;̤ԳA\шݧUM&\ԠEFʽck.x%1@ľV3XEZ~'Ϭ[kCgrIfxXֹ;rыI~d9Ӈ/FO>(DƠ6{eAKv?Λ$FqS1	~S_qط˵QQa\2;]K$ϱ`0ͻ߇ωb
Hߋ[PHvE˚wv-E$ƒ=ߏBOUxJo"DE^5'je6m@>aO19Ɉśqڢ<-;4ǍԜ Ⱦըޫh:یD	'X&z>Ov9Zb^k{{TP<R<&r{Ž y%-xZĝ[3%khhhc$cAq0ئ)EFFxW1שcso޼Q\ZѬCe	7}?x *2J,h7$(=U}Ņ4ͥ,;Ǆ>zp=(aɮ_4ΟdhOYDHDKiQGjHC
BDUam*?&'t(M-"!Fޣom`Y}R3B(TЏ4B+oI8[uϳȘcߴh;S*'9C1kEYca"2%Z,YѩC-@;η9&o6c(ǟثSSI,ٌَM οIˈW[ڔ	a|T/߹}Z1hP
pfϕطZ6'ԭ?80(HMj( ܲL{0;oEɍU.'z5Jq^M	XUޘ>(T$JL GxR5QŔ}л.Pwg@!nwtRa58*a-0:>yͲÔ_P:h(״աϣ۞Ֆ^ 2̗XxͶ{ܳ6pڶ}PHЈ=m"{X7m_9";JbbQ`	YmiA8Hv%ZC(P(ŔuVBZ[INHY'ƺ/ܱ((1x7ݲxmM?QqҊpC? $a(BVrë_cOg	=c)xNݛl bd6'}JL+O_D#1
ur:azL,fmo7e4rjdۣ&[GK)Շ¢mZ;ɳiBG-my8^RALM=KNzُ̈́.X{p9~&*x jl>
^YWʑ S1pgozeFf[ǣ4zm=h2AK;"?	&΋
|s0i3,ʘՈw41\L%m,\fW^00~-
"eYV7%>&$-_n RM:X?R]d439aPsUoi*}=A!Ipc$N,]s`s|shviXq+˾!fʁ<rDd&$Rj56",2CbNŪԵMQj`T*.rX~?R?ΔGĿ*ϯNyP#z&&A1>~Q8)VT4*HK1&$£AIѽ{E{Ϡ>5#pLW4S8#Hϑ[WdGuWܬ <x@n5{>i,k7?%FɫPMl5G̀%=Xɓ?):4Ԇ#x۳~A5|3zk0tUPl|@|wucO\F՘I8qslYh5}iU4`%\vL"z2g}J~R˧;[\X4Íu*Ɠ`kr`7ƁC×x	DǷAf&|jeo72t>?>{wqA}@>ݱF0dQaߜy^WG#yaڲ2P% ڬ~ǟhKMNfu4R1ŤbiEuv7YKįS9ǖyނų}Tl@}4H&>GIђ<wW)\e|%S$H*?>"܅Crn"=)W2l7=mN]d#-!%<&4a4U/	h'۝A+GfēCKzӴWF%t[6|0/IE~z&hs.SFjbrR<0 ʡ>6%ŴnRۃkY(} =?ƨu[3b<fm}=5JӠw^`̱\etB1d޻>	y7g%7M_1rpz9s'VәEJd0A(H>-:Dގ	E5|E9:brg\~ioɊ
(<8}16B98Ɉ)|qZ2!fnbc(g%ϟ\׆0»eDȼx \))ԡu:uVߠɊZ97АS&2%0QȈY-50W^.#b47%Zcqa=C{WH>c҆l,`_LΔA96Ʌ*j2'Th3M! {5O=Ĥ;fRFQʵtyf,7&1e.Vg؄Lyl3uD*%JX/Oީ_|7b.m
q3)6('`a׮4+g.`bYnB4	R5޻q@u+;/hʄ <t#-93OGQϮ)S,H
 `qD]8;X+r-Ɯi3^ I1|<lC"E060U47{%l.U4]wtty^#;xc[idp"9ΐR(_SNA]
{ϰȕE֟n;8Ͼ)4\`	41k2?۶ƹAG4.''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(17578)))
