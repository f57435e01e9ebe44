import brotli
n=a=0;b=1
for c in r'''zȴ؛A9^iE\1?T~2i5bܞVٝדDF
Qџ?[G"\ns+=5ۍ!eVeBNG[ô	~E`npyʨiAŞM%K J
|2o"iKo/mu)nŽLԇf!Pǎ+CeS')o5̯k I׉߭צ':OhXapIWf~|ʃyw 5+SI%f8dLܺ^p:3:;`NJ6}k6ͬoЪ>(H{g[܉Ȟ2#yF2!*>Jҹ"%ǭ/E/ί+ֲH7(1W]IqɭBko	+|R["ϒo
nţyg?w5oDuhShj8qVT_<rb~՞nR)f	Cx
"Xpu(x.-FMƙ/`.ɓ78/1M
HABշ%T̇=Vѩ8
={cȫ
VMJG,ӓ7^Feַ͢~o)qxZ8	#ӆqqTч&}aϫ`t/q[~Ų ŕx&'S)]6zKBBfN͆_*Ԙ!{lݠa:ٿݮIQ
Łȍ~l/ʩFr"	yqXF!/+LI2yLoZ<P(#iJ
͙!)A_
݇>O0,ub7-PBQ41szĄ]{+d6>X_'iyK#:ά5͚W`,cGӥWN"
qhZ)LUe(8nh1q1(deDHؤýX/2хuȉ:1[
YqVȏ}<_mB!3E+lH'~d6yyGGJTq|ğm=RR2X{/^sk1RD>d2@n˦5̅+ۓ< <%Is$hUϞ$/#G,.\k@1ڂ	L<kOiVu.jIxn1@7:-ĄΘ	Q!-t}C"	گrC	GBatʹŏ84\-IY-? 0BցH&HTHԒ)0]nufD9ǘ(g[/(|)KmЧ9=>g&SkX}8lL@e9F!ʝxP,#6Τ^nprL1ZFݐ7ݵny$EO"3t
b(+{9,:W"mǞ-Ew7k)VnD\CBCLm!BRx>
Gqkܳjl:o5d*9߀1|Z
$Sw#U4݊0"ɔŵ{d;vͰ(;qޓ0:5
=Zqݾ|pqas|؀Ac+6+ٮ8[T -ÅL>baܢWb9@(g_n2ϰ	2o6vӲah~DcߐsOJd۩bu?axsPz<+	_Ф$EҪg	;͸ٖ0:x
^w3V<MBŇc	ղZCҕ`v8ϺUOh7c]pYB'H
Ϟv+UtgYAn*G,xC;x9\+Q1u~SOc]M(ػ[Q	u0QU$Z%>ҏ	ݜG{-pH.MHQ(pI0WHDhٔʶ(PlJ}a"<?	xÕ^նPՠ
ԑYĆ'O=m=	NkeRWN1v4z+:¤uoµbfmQʕ Q~vёܻ1>Ƿ3h*e&;Ȩ˸/ARVU߼Qv$he1 O8j`ުeO0՝`"SC((DbĪxYQB|ҫgkFǲɲg<Y}BuqJ%UJ=Ʌ8phTۿm!]Iƴ֚h`6$L[Ƣ|!h2-T-9v%vTYv1>G_kT)W.-Ew~C"ϫa%hS4+sؾ}:tn*nڣ۬v<UylKܟ[*2,pnü?7] ( bEU˾>=bY>/qV=e̛f4D6xz\تߐ7ƟL-LEU&**B4ɀ߆8PƫYh'gmo1|sBbLb[KIu׹ *@3º:,NmW]ۻ;S_sO"b&<Vշs8T@Y[͋pj/wf۞}z
ƸsCj,=rӘ1]/Vi2j؈	AXtƂr 5.2qȵCت\G!wnҿCuIǎ$A\ۯðWB<7Ox80XϚK#;X s`	XuS̿_M|ÉGpHR]º2
4mI9#y;VOu8#؀ˈ,V[x[;о3*{R*XJ5Y}HRnH	aBִD k.5gQ?Q;YǝӋu!/'QGmG	?:Y'mQYE[gX؝mv/ӡX6)P?&>+ڰ2V%k);?k`4R;@ǽ*Ĭǽ@eCg<Y^K^x.ޖږcN)yF6ip	"")8vJە?o%l]ȳTvgq(`zH6ɔdJzd16̘n,4%')UYo5Wqo.|0eF[gT=ah
~o$,)dX\g_y^oL;vtуsَ -}lVvBφH8o^ωÏs[#S\NusRS[{HaJAĈε*G1`jQ*ȷp_;M-b+&:.I6bmK:RfWV^5fS |&YƘ59]s{K_N3?jx#!3~rH"9܀+N}`y¡{BЄMƖBksn$y^.)@4n&XdI~"߈zbWW*cIctV_4SBзoe8*U+&33֬wӵن(£åcla*HOT[׳-5;Sgo_mDRT$Y3QKT>wHܿ2Q&߄R<ӐeU,5̌<IwވHD6:]1Ӹ-	74om՝MORЇ rӠ^ԃdg(\|_!	lV0zwEcs;YgOtDTe]#;0By-bw2+TȢק%'.׽I(0a&Z#)ӓlrww@%jO;̈
iKYtCLk
vOl=@hNS,1YVNn+W
hr)	QɬǛ:AeXIՍC!/Nכ!1aB7ng;ɔʡgD^4_ŷTR?ܵ!OQ )Qr% YfK	*׷NfG>l)S.TMp܍8fHFɣ+:[**lɁA!7c:B)*.ǎŽR[x[Մؘ}d+9ϘrBٸ~7|H(~^<+72&Wc=am.!~Db&	eG޸0#"=.FҀxߣvisħ"T³h;%WGrӈ^,͆zޟg:vÅӮ(rЬhR?l9|leGԛX";kaM=Vtlיy./g@&!.p=+fCԐMPf6K6hdw{XPիٲ8`sM#^xr'[V8RעսDAkeEGn-bڸ&0ܛ;{c=i)sȅS?y`Tw`u-Eu~!KǜۣY#/ZKȏ(G ܕ2ZSi"_+C߲hHj-@,G+LQkaBԔ.ap·Z6ֈG*{j܃&-˜Gghl^ۇXzeNahz$ͼ171k7S+Oe vIE"qQK)DqkE.EfusVXSc)pë+O`V*9Z1Yy*8/[Jr
۶ɉbUϬhUo]Ɲ cb4M2qS?nz4;]aZԴ}˃=s8PR>*u|I˜>˪%E/VѮص|&sXGć_z|'שֶ['˸Γ}޵3Dp)N7e3}/:^{ǔq{1m/!&Gր)jEj	t7r+΂ʷ~A?a80#qђLWO(̦2h%DGަbdw̭n/<gӰ,SPm=u\UY}..F	Q'_	,g.wxÊKI9IG^aHO	VOYwlgo|^_8_FkL}"zfƸWʉ[WrJiz	oՒ7ػ{YVJ3ϘBױjWĉk},EmH>|KB	f!WWN*y,"`f?&)RdYi-0aٴ#?>{zr`(тwsWLΆMKN	E/9֦bm̖Bf^2"{ ^~p8S	yҭii#s{.&&>&a66RЊfߑ]mоn=lJ0'm5RV89$eB~I9OGHF }O|_,4A!̖.{	1Ss=Gx08Lù~إ-{+}eUǨj	M,WW
]x|t>\QiG6mD#jo<w«^Sg%wڶTȩ}tzRǿ|@,ƴ>l:3IwIP?Z@	&I#otEn}:^N҂w(ـ8/>evePW'ȍϋ"OsaHe.l 7\g wPd{cgȡccǪđ4U?5jGwc\nq,>6I݂"`/?֒
;QMt%[Ww5pkQRѕK#̅g
'bOxZ\R?C$VE*Sk0`˷[uVЖe\>Al6oYtl;Χ"ĀI\ 9{6`F[FB	}/#Fw?Zȫ¬ԅ8hȨZI5uO>L8MN1#f(>ǁ"_jD6V6e"ϼ˶8Lk̪9J{Qd,Yѩ&6Gj;=.ڗ߷SQ+MLO]mruѡ35-x{pf'VȋOnrox:AR͎Ӧ dj{3˴Rт3[xxsTź;B*w$J^~w\;; Pe]DM0lzW6Ιd?UzIr$ڰDE#Hա*T)AvP&p=l"&1qC9<Qjݺx׷Ū,}:DjzQJXDhWYdekfӛv2ڇ0tgan~'qKΚKQQגt
3#֋.I05P6˱?|ݴ}a?xYS9u2Ww{¤ۓ_ߟ?kI_7fqYBhӳǡ%2CAsz&N8qkZm1UVl=F*ח;H# T,)_m 	@Ղ׊.^ù0>QFlGWW֫fo~^y}+Kg.y
ĐS4\/FQr!f2΃dvΐOX?`:\Pg~ݻut7r*lP&lcfDgYć(ΠR]<U#R;hXii_S
CVehLƸ͜؋S"[<(TrȩaËUOT"	34n%au$K$Ov"?X.vs+X`
7,-ڽҲj\lN˼ScdEQm8'hYXif{[S
,=ǔQ]g(fрhCE@8=.ԪY;zvݢhp!rZiy*yHITqWx7ѩյ}]cDK8%ng^gntC#a|٧f`%$Jux()ؑ52!-,FhZzg'.Y؋$҈i}drK	q.NjvS+L2O@9drޜTVk\;ݛ.y *T }ҋmkBVJ.#]:7>|j
"A-;0[w5r{q2X2
39I-65#}ו	7kDn
ԒM`u!v4g9ϣrG?3epYM4+K~4TKtybNuٕQ0]IB_ݪB<-0`5b!4~ys	I>NBsȄ< RŬ=TFa!Vz8c0`#PTya>~OŻ;Lӊv BWK΀ҔWWK8JauĢLT˩͛œX	duyk4$;7  ieru.!/)jJ?@HǷhH}^<$Ʋ0pIy~CV@8G0~HLQWeԓ2@ǘ7rf]>̑ΨVScv?9m':'x5g-#a>q ź*`1~7ȮV׮h`î?ܬQl9,u-Gьe=ܧk,}+Qkݖ\Q&g!.r5#4H^wU9t{zr&IRzB9kQ$*VX+e<baoDY,xd23_0X3?=_h=ٷYQ6
BMrߓ]*ٴd'we08cAW[1CɾHM2*y
C iRO	LfRA;6#.voz6ydгπy\СR.kB7/٭D
6!lu&,;|ܒ43cGM̛'U۷Ng;g8Bc`^3IbҌ##E!ܾ"yɓ|Qpd3
&'
R	AjeB
Rl2dtx2,LӎF ֱLUTpV&>YbBA94TŃXґ̼֠T2#@A?<ts0UOo0Ma,Cf\A<a>>Ia"؜I|Tiʃ;d`^~q!u]8"ٗUQ1ir/ZIe+Av5*w@;Gɕ̙ zIR@u7A+D<|xz.BgٞsgZ]~t/Ͷ֒͸o+M9hD)vʗ|	k^A	{ΩЭvĻ]gҊ_sS9O#SF8CCuR7Yt,UTI>ް"aФxx=Av4ZpzAm.Hu(5̗ɲ{>aX.8<1^~%+lL5[
:$J}>S?G>z_/[ϓť	Ǹ:2&@>QOrvs'ѫ$DA2GsRǪQw<!4~vم-3<X(]DLmoeLLs1~ٛgqIBKHųID1tl\~5w]qbCM,gU͘/6؏dgL$tŮ?AeXZf;dBfJwіeZh+r:)1BxS$<<RX[RKWnhi/3ڄ0:^Yj] i͏;lJHAPfxg_je˹hm4KeǗ#hz:y=Jǂd͟wTrqT 0$IlwS(KV,OZ2{ȵt{8"xe( cFkm'WW0hu϶"^KoMT'ΰ+m)NaAۭY9$E' HJdC	3|8)f(|68hwiyD`jNiOJ$7:pXep42"Xcx"ڞ*U5ˡǳX^|֟Y
ngt4[DQ5Ts؃~#v(shaIp4]2,FSΤ"8ݯ9jdfӪIۻcuOXߛ{ĒJ[>Ʀ٘72KUB
#
є,8i3(!8	Fkkuܐ<͞a0^%zz9_V5HUۉXk-ZFZЮt5BA]̀^8tmY>
#AC#{,fW\ }+?'pHѷÄIIWVvRU׸(AP]]Ҝq_̹!+jqk ϥIS(t~:Tdϳ/¯,Y,i`gG: !fqo`E0Wi-ow
MH^Em3ZGRڞËÿnWާ8˨E+Ús
K3&ED[)F=s	9QdW
zVڛݼ׮?~4U{ƠMM(͹!\^xU\*?QGFJ=eb|mc?_	@K%޼J_<(qٜ)݈hnv Ae8+`S_sL:q4s]NI.Pu.R1fnțwVcfrR˗bUt_>jJhʙXκR{#L
"Zzޜ7vq-!6d5\r{^MqT:oڑn]WL/Ƒ \̖+͜OˇGط&wٲ)c.(@
Կ-Gs@E"X\xB	^,R'*SIJRp|Ϧ4D?xl܎-!U}NJʞFN.#@Zw@E(bذx"Mtx
sӐ<zx0CQc [dsA7xiǩJBx~1.B\1~8uם]mc~qIԼN?%Vbe̆#;)GEӍY{F!:̳c7sWD8dO\CBY5wgтQ. (,ָ% ]z;;uІډse]Y6V׋jgA܊|^v;0b	T}mc:CURy+>S|G	\jHVlK4'	А95w4<-;MEhԥޱKELBYZ&9,zSЕP"{-CԓkkG]x!h9z6Ie@U83lԋSѪa&=4f4Ōc>Qؽes @tۅPÑ{ZABŻBy32PA\ޘۻ\؊^7nhClL҅Lfyc|
̋ٷ֑hM_^q[ŬB
h{<~eFb.SDH*³vԁ:~BMޅ_+MWmQ59gp'xěP])"l2̕AT9L[x^ȿ<߮blk3O5ћrԹsߔ~V|7?,w/'m$6Zm#boWjYYߖNΛ	UR%##|8{]u98	t^6(r.|m)ͧ
 (~hg%>Pmhe>eL>Pg՟?	=T-1ߴ!Q<"l+[kv<E'(GjBωXBW{%?iްC3/8p]C ,ӽ1s}oMĎDc͑R\`QtQz4^1aZRYU_:זNO$~m<pTT(RQA:&bJH"JqJb&׈%ͻHX@[U"4ja'A8#k\WpUp^оxf'eҾ<eSp^:p(ÙA"	[O2QPJ&2bK-Q'Cxd-JYg`*q>] yC-cE?3!ĸWdqȏ;U/@OUHU%^Cz+p~T׈)ډ8 Z\x,4ّjبl6(w,U+rr'mPjTLC Xv0B~f"bFTW8<0ј$۳]ОM8ؓǆLpA2BOar%D+Pth;p5مiݖN	_C3b@=7],8-]EjH6yƿ<#ZZ.!̠f\mf
>woGEǌ?spm
XFċ-M{+0d].iWcho**Ա"BYVhK9'W{Ɔ#ơFs7%"W|~jGv(NGh!&)$+V3&YT%%%r~zfՁȾ̹ʏ]E^a|$Y$D#X˒޳@սzF%YdHsˮrԮ|eiY7A[Ѻ-w.6>_][X܍y<eߦ	(r,-b-U@˟4}Nٴ7wqq94
d@*}Un\̄!7H (\iKY3VbYڗ;EvhUhRp"prKka9}{ŹBn^,"n<h,kr]dz4I6ǽmږsdǧۚX<Δvq`f{Vϧس,Y ĀO--g}?<dWȗZщ:~>]Y):ĘsW$gOʌޫA&8
ԏ|ώWeۜA9؝5 EpoAqUE	ni֢nR:hޝ!߹l;ץ7qvߙ)"6HT_+Эa͏Mg
05ŻyK;@k}ݞnȼu#nU)jyY;+ć!qQf4t(kO3$T0OXTY~66utn֔˙[vZAm|9!xMڭG=5-MP|5yxGE_]xq،9t{Tj,*PĊuu+[q
'T2#
ه@2F{`vr.8+'2a6iԚ7-Op8 f|dh?*&wH/.vچnV%yv[io3˂Zc9ӦN%#KSPsDwp43uH*۱C+	ћ
yů7?yjmLT(lG:=Rذͅ9ES31p.CiS*0$ucČϪ<k)hR1 ,4=/;Im0l@		{&Џ(rnd6Ɨs?P6JZFImR
CoçmHY:u:;$IC]f>ɞۂ^2ĈGu$E06m#|ٌ)ex=ޝQ5FUh z_\~+PtwnQu}ϵ΅4a+q\m*c<!Ӷ/'b͆IkU@X7h,+O(7ҁP	Qeˁo6'Uq*WXތBұҭW#{/KLD2ڻ\n+FsH%}#ۯ_Khpk$VɽIS-ԭ\DܝzsA9v6IG\Է`iAֹ_mH3Rѥ@ȷHĀԂY)҉`di9t?dcsَk,lx"a5ހ\2?v&1m(N4.Έ;י$x1SU٢%H}	\R!֢Cy}R#c=>$h؝5uL]qLNȫ6؜Ɨ~7\XŢNrc3/Ω;M*ֶwvCdь5tJ)(xA,ϺYi)$ԷP)HCgcB-'΃({OĖرqF,6Q޹t1[h(1P?P}Zootq8[>AlokR1!$= 8
c,Y4#
BFrW[<۾g|ӾP X3(^*4~(T9qŁE`ŇYɃGPs\C'\6_ʜ'8/4÷jϢEVrM&H7T^E:ֵߙD{`s2^K{̆%AǶ%uRv+'"{m,4@ϝޓ1vMߑ3?nӂwdul,[:]2tW)l܁wHe(.Jd`$DuỌI\6dQlJ5omݲ=p̃.*%-#0IuVaNOJ[wytn5U:J0sdGH'Ɨ7'ު<L6yrPoj-4Zbw'Y܉+H}Ѭ*؟4'Ey5ǀypnpδc'j.sP<͐%/6[yU(=m|``WNpGKԡ:nQ/.0Fދв@F:r#GB*F w+0E[ӽ[٣?7aҥ3%yBtώ`{j$=Cz!9=#S?vlB{!NSu)ԁG$g=Jk߆TKՌ6ha>doGDouҬ	Т(0NIk4H`&8_!NWUUQeXqqDNۿkNq>'Lsi8Òl`d$ӢP{N\qBSMAëXV/DCQ!h$,z
&bHQیb(g6xG3x,mȔeߞ!s#a{YA.Tq)RB<P#ʳ}Âcɜ!.~(po@.>DM/ZVq3yg-8;<п_7xJhsP8)7Zgbܷd=v:gt?cb׸	؜xjʄd{]a:Yr""jLe+8;ɝbPK(dnw[$j)˧&EL[OU6ɇjiT7GVYZJ:}#|!mS5sݲcӫ/.k:ƛ	_Ú%
VؓFy|wWf;;@o_Ԕ^-߼I`LM~1q~rܼR^4KKA̭,}G,b'NŪp%i r@#Ѻpˡؓ!դXÆZJ̢[bNHoM666#V#C8]>^u#O<-)a3p,=oޔ?rs;~{_8{n9#7#JF/m^rge||rb_(m2yGh1aK7_L 3{fwo"I]E#qfvjC5;+_ $˽2uWv>_E 3,zsFډ.EJ=¯٭//\LvG,}kгOc3d{zt8ζyI74{u~lG{~5O7btnҭ^W*ݪ'(-fz8#x"SMգ}i"~L^ºL:ǋL2`JƧ+C:b#SRHTl}IaPB6Zmq@Bu=5
s`jBʝ'mX?"5tيxaI%QOLI#Ml?c	QHq|2"9ȦPr
u/%μϖ\n¤(	~@IDC_a6;?m(|׽Rmoۓ]7;ձ\рʴB-'OTAxw5>i!H~uSn+tC	f,II	k4cOۓْ@>ټzl˒jM;H5o.A>Pzrr\^BAc^9OmD; *Iͱv"D:-<l9>Eq\k9t	YRrA96zx[(lpBbS.3҈
2-u8˨cZAŀ&?
ךb׸G@|˼bBgRԟߡ)"JvE߱8ۖfRkY/MxB-W$
<AZ=8"0Y'h_Tv[Msr])wS-ρ	KHca!ݘD9RCb*lE*AǶsZdF<ن+y{O|y*:2){%fWË>6 gQAJZxnqW}5ŤJÞ0,Jsѓ&bё&\XaS-ͫ}+hfQ)UǎkmV	Y2N$.uٳ[N)5+A=ܸx_#/iyè_۷
'#9]IG7?jՓL5 UXUs>qfԃ?^oq޹0>r8GD1ziN^icOtF6Yޅ$|;)Kԭ55dXF.S{>R8d$µ<Ƞ_)Vl"Q+Jz[˗NqznunɀӺYϧ5ѬFitr٫,? ̐`ٟ3)9i	mͅ.w*Vz+^1{\NT҈uGݾaՉ(hxhm¡Bʩs^!ZDf[d\ѷՔe^j>qpl*gʞȳx?DJ'u
,kx0b¬*e)Jz5D'{vڸtǦbp9J,_Z
ʊ<A%]J0BD8~zխeΪ5*jeǜ	a$%UǰcuWdNv	UP;]	X.m&^Q_w68{a7D(ͻ[UáƧ݅3ײirDtFʠF1)R_J<ck^%N!]*b;%R11tSaBx|"zdOeB|v.˰]e(SVI	Hv֓`4EdDP[]M
S;GCLɊ#H_4p'eRzՕut:Ioef!=*rv՝3MR1ޠ1VGIc-̄BׁĩȻܔ_]'Si6.hΞIV{şӈGل_6!Y3?7aٹ؇gDl}yLByIF%ɼ \>o4Fx'ĦVlUƧz1D2?B0C"eDx`ϞҊJR:t#_f+avO,bv?81{@R=mXVm{`@aU&;?RÞ	IʆƎXRz$̯ٔoFe74c/<lH^VEdb2,y~	>*a*ٔ%PyOKv2TFA:݌t!,mLPkrI²Z*Wku߀D\2z)ݷ^6skc?Y28c~8mU#ɍM{NcncЩ>S1g`nkIDϫЭ_7нdi]RT9qlkg_Q6ΰ<a&ugInG[ٗ>r%rqD~fzl ;MݠdY5PIFDҧX@[Ѯ?˃87'vxBF
6d2̠ԏM-VJ,T4#_7j94&b7Dt6lE՜Uv6ߪzo"7D`^MfRlԌ[Z Ƴ^<ػwc}]{lß0"ڼ|#.S
1m\,m.HvDз;|MnvANÂb^-ΎF'3SgU={7͖B3FE}]ոeڟ֛ݝL֪{j؁͚&^ e%8%j Vv_ɼc<;OJ\\v>k_ݰ'oQiˋ#Lo/}6X#70NYHbV3`3@xƷ\}F3u4ϼfLY֖vҧhS6Pӄ)MDT1Gg}r~y]W	݀;{k&k\WPq4Ö)+ėɥ|O`Îomu`_ A=QK%d)ǿKڼB2AgʨYw~*vQT7ړɮYx|kuX<./s__όְ8FMQebvگݰ*	^w5$MM *<֢m,68vfD)Ma$i.t7-Y-]extL?KHč= $w>wݫW(	R;	K=Kr>h-5ԾO1	meMԣcJci$pyDܲ&}'f%+LU#Fռg{Yəؓp?Ӕ4|,ceY͊jځiQIvJtfqzU?͗6>ؾ@ՔʸjbNݬJR%aoQGqӷ2fʋK.d$ LMg\w$k~\dr!*ه%e@N8UCGaӹ{!&ۖM)`tjҚ6k^xƉn2~`iGN/ m+2]GҔķ"FRGgFP&Pxk[Zr$͐ۇ
%	%	x\[*.s
Z:ÂθfN3;4՛=*Ӱs	z"%me1Ѻnm4l9]}510.{TY8'>s<0}tٗ*61eڽi$}7c3J4L~HxXCweLq'7nJJKhqC-&a;HPї
|ɱЅbT*^rw}?q9;:6b-Ra%jκx=}9]=| 2+8#dIIԓ'~?.Y̒]~/,}9&ڃK_t@ϒ
2Z$fոI`CnDu;JҦCP5Y$By	o!$jH9$r<RFϥX$
^xg~؎vAs#-a0\-3Ļx
;,:f~ɳcm˹j.޴<Jy̂U*7zK`5c>0r|N}!kXa%x>$^kmϠHy
=@sf
mpZR_f8cvf9 :W'D2p5Ci3>xԫ ߯'OW|
O+^,p3AROv?dpPqc&P+;wBSxRIw`,K!F]vdt^ĨÕbSQl1Ơ PycڛoۡS&~ޤD&lˏ6a.9dVnPlqd.#vVwAij#(Nܲa53́9!
yX_Wfxك'.k-ܼǰMjIѸ`<qJ/W1#.TF	sK&hM_ӈngaHbxt;&_;ƙa҃Xc;[Xn0Ɗɷ[c!Ғ4B*_|$۠~=9>aMF]ySI{x@TjuJɇpr8Ɗ/\ElRYxiCEAފ6˟ ~IJTeDYn~+n8)>ȮAf&2
Gat'cR!(1j9-^;llWo\(͵1q`p
Eү*}0xIıW%*<pzsps{bVy܅;zk2$
mf@t!'h;:h+hF8xeʰخm9ָY<nqr.M^yyyTo(G6KY%qgLQ?.8T tY6oN`+.7Ǩed@-uNH׆!ZȻٱA2߅NB*ɷO!J؛@EtF_P@>coٔ_*ס՟tJ)WF}ߋP)7cB,}ȸٮ#=ux=2pUcVqv֤il6Ʈcڡuj@&{
6Xnq	LqisGk#mO#}BȺW4)'`4؋-,?K{2ffߙ WYʙɶnmҘ?|ӑJ۲LJܟrZ_=VY@'UwѱâR`ޏno@Td }{H~c)*]oəL$@ېxؒol6, 9C ʃ!ƕgoCPu"'LˁZ,g7ό8ap){-fk^Zj¥
kXE2qSPޮQcKϸhܺ/!0ʁbe0غ_>ȇ#k9(r={`4I:VQzlĕ!m׺Uʭ',p|Eþ̵\2#{s>F7hpt&ޗ$ITs+k$>9B*Z@cϺ^z?Λ+*HnsIVKQ(ýk02vo)}Y}d |+2iUƟ$V%vhٖG=ށ1Дd)!
b#N=:O}ґ0|۩sw\X?:;3J}bX$){`FvwSvR#7@$3ҵJ^xuxܕ5d46 o;5pU,Ų@,ՒRe8$!>"?6ɇYPIwKfZz_A#{-Y8|tܳk\y#ZR9:#{oW]_}3(	>nl]E_LC4tD)-S(v2iޓ݉+jG	ɾI]8چ!njܸ݃>ޛ\>z-T͏PDΔXwӘGEͷNJ5I}!0fV]"xcЪR5x̯
	qI[hdRָ˙yz*PbZAW*@]Vo;`['h/gɣElG3*7@/M	HF_mN~F;2 {V!\pgl0CB^~>ȤyV>#JPH9ӘW6Tğvٍ&ҿBl>ۿA?)MǴ#HS΄oԉ}Їyp4~w\#?6&zɶwp.Vd$cYhDGwм6zdBC=_cV>srÞXH'jiU\%wJko6`9jS |x
?6}"ˑm6T[z sJOj:%J'IwcA{ܡԐAQt9Ðb_PkKEv5:ɯ}:J
cM 
2xLɍՉaR^M DtebRݱtț&0Ȅ!ypg_fq7p/KvW7
B6my|GnIdB9FZl`WGGuB=+(YX<+ǆ3,x"Ư=7$R? w~a>xMYF sˣ8{^ެԳrp?Yo7xtfOˆ^`0Ӂ3aKKǟcдb:01NÕGɯ#yQyPr,:ߠ UeX6`p7]TEΖ7,9υٚ=Gfж~3mB( EдKيHax5u	ԓC)YxҒ|n	
<rN}הg*~57w(9^|5,gȘ6.pklfжJUVzvV`6õH I'tvlڳ|5/ǦoDYcŏcGa0bWCq֒Kr͒%k$R\(ѱ()@ҳrհݪ׮;ˑIFpB<j@!E0G{CT>:@BAF[ughߝ-	#[JUU͍>=2qgE(JvةgL)``B$dx6[Rn@̽ɬ:7'?M6l1˾Ƅ!ۯ8ѕj	IķB
Ifgt:N0htxZgLגm*ՓoqߊcMԡCAd^̉eJZv#K߇w҇(ŝ<-}5[Ʊ{A$v><YqWx;FAP9;kVA[V[lW&jW^8o9lŝ`u%ҐPȅnDݔ-'F~gWˍg?r	>n8Vyqm*[1yհQbÊrr{91%	ذ{-.2;ݳ׎SOTQ{A:W|4)8 ;պRĮł<C|6foVShhV(XrG.qQ[P9̊V'L"-X<"bP.Gf@#۷QJE0uˊ]щR/1=ג\h~IW:"@[D@҃{;P̿T(`
%p7҃^D-^r'	Aj16ӝvl"Pr1]WŶ9ll/7K{OI6VR^cVRk$ɁiuG7N]PNZkc!dˌgkfMrkʯ2ϣ[hPҙgk_kv6Å<o1CKeOߒyeDѕeWZl=:M<R\euFZ8eJ!%K [B4/цձVF,96q~rr.Ϣ$XȀ\Sb0V
֍]YHŁ}אGM(I˰яrΚBBо?߫ڲ3ϝj!:ҽ@OǓ?_Lޔi%6]\zy_<Qe,ћ$)jmB>J?}f[+.HDj;֜ƍc)mwO<7Rmo!֤xw0\IޣEdNC׻9b\["ܘP{0@+\A&8>*.cSsoC LýOm}?hag'V3_1GX*~f!\(k̈́ϖ	zRÚdT5[)Z,Nri,2b^0aE֟HE%.]67	_"	sT;vσ	<ЧgpYZʰK7r&;LŨÒH6yyI	zңZZ~ẓiןqv~n:Sǅci($}&ݒlԿj;e+ÙWy\ҫf{׋XߏՕۯHcErEөhA#op`SGkK2	ȝAx@^Q!<qV8g3;֭v܆,ٴݡ<y2!NYF{oWRplK>Ł I^c1D=cOhjȫ(FV]ޣ-K3L3"\-kʽҼŃ]C02$ӿVf-Vۨ¸̺`ӭ;;vš-QeYB8C6·¤m
@$!yZ~b T7VxJ3xRRa{޵vjj2_~	9AHЯaU.}eY9fOYnqIz4O_۟eМ@jU_x^$r ڞ=!B'aqxg8~=O@8Ӑ#"ܝBX-V+Ō0-IxJ(3E!zJnt	;bʟf+0ug:3RDeɋu#o%aGmJA׫-ZlL'>J@ơ+S)'tɌϧLTl)?L s;'=֖$~"p3I&AE9RA\G3IDvdKgJ% [q-ҙ+KlL̈́AfL"D\(9B\{E	""|V=aEwӳiċ?,#x/DId*dɦ5`"ق e!DM֢ca=DDjH Pdr6T<-0X-wČN¾'XGPu@H¥y߳J{;9c9P98GQ=l=b\3:ΞG[dIk#Q,=.=MY Hܟ]/wxY9b6A !YqRBȱΙ|=ZA}2ʕיLĻ;Q?v{%"7D
bJrHܙڐosYݳ9c
xqCe7pyJ[8"E%'|B1,TZKجq8R.L+CXs	c	,
nK4т"YBɼ+za0.تcl<]ֲٖ:pk/ǃ΢aW*-zٝ˧4>|['tABgWS6_8<U>FrȅJ|ӻZ-è:fZqQyE?!O$642uiRjMӃ!gʁvWNfGOj~l?Ɛ?۩_vwBIVŎܑX9c)Yv6ܒ-cS1w׌4Ƽ$:XM0n6I߃
z`e=7hYDHQ޴fZ}o2Ԯ'3O8`=xiHآtʮ;uzhuU?DiVې?%{@lԌDFRcCJ%c!fNOw˻!O!>KoބP&{%[ew^y0cZ8D>*p̺ǵ55(o<Zu8WKDe1uSWUkJ&f~Cv8:<:Ȑ̻'@}d/glseUqA'6oLPE(-Q5(e*ZUܢe7-*ӚoLlGWSS8Z!Vӓۢ8*
OREJ9z҅l]~{z\$d͎65J%REz	`
ËcQֈ&|S[[(	)%>zbXL4Dթ/%7ƊDf4Oۋ(v)Kl#O~9m
Z'ȫAk#&AL>s}ģҠ*tQO$*7_{LХ"a!M8қq 2ĴZ¿-VZQZbJڶƏTZĹ8_ӎFf/&.@mK !Μ<\;͛h*ڮW+%)uKʽEGObݸɁb (Y%}ڧ{Т	N$,aj6!׉H>&i?mM4Nb,P?H{Jع<@o=#(dLbTs+ޱ֌,-
n(Ɔe><EDA=["y+v#ܶ7V5G*^U~ƙs({W\Vv6-Z^XcAf[" }wىfVa]4[ţް\qC;b:]Z6XvSW$|+CwNlU(+bl!rJ< l-Ωh.g2CAhqY(Ͷ+<ڔ!܀!sVC^-miaU)zjG!0e^[Px	(Jvn^XU3cǰƊMm^~Ѵ]fxOJM_٣HY1=Έc}x["<,HIWZXlw9Xƶ=|xcw C5B)gvS-`/w]W1)
*z0[mOD&(*t҈u&	Dě$'İPQJ%}WȚ©VяP]]PM'6?	NoA&O*,x̼?@ԓqn`2[C
g4؅a*<,i!bzKj+q+kײE07ɛ&DbP+|
u(tGmKى1bՀRC|oo
r`bpsӋ=[HJ{rsُQZ`$.Qb/ /ˊ;fxfڃG(Ң{K($đ-IdXwd6=	L̍vxyΘaP{`U`{#5zyu`̏RΊlؕ۠ad8_v.5}]xΣ2V)/ʸ²HW[)vcn7ua#=2xǭ}ܤyД$5oLbMsٗYpߥ_{s]%R|Rk5FjAymHbվ0gy&O8?ɖcOuJ"[T5h@"9_1 ?c)-l
q=X߆I|"!pƿ\2[;1W׮M3g֡"ضՓCpKTӴƤ~tmA8lIWVDR33SG^<ΊT=or@V:9z(O9\ٹԂ,Z IRYAhB[8.Z7;Fμ@ۓ;\\ʲS"Hqٻcwډ7SUק,4κzP7vĘV.G>V[/ˏ+շ]؄տy	ѡ&-xP00vfKp6 _ό@I~D;=C݀drG-ۦ3zyrՍN٩.Z[Yϱ۴bx:"wd/c5}VI֙rbBh+(nޛ\bp˄rkY؆=m4`c%ErŴxe8vP1|If
'LEj?ǃƇo]	)^źamz	X)@YPDwf[{N_jl_X&w@a+39y\R]P1mW;E#|.=3~UAӨVm:uЭTpjܛ
PnC@HŢ%UpaXoD
҄ǯm8URb*jCU\u16)eu`i-4k9ͦ}3~C@1ӾKf	|I9"`
jdο@?L(&+lhZʭhyZxǍCszP6BgQ#Yt<|y=|}y=."zbf62Dȭ%f}&߀mMW/Ѭ#5E1w{.c

]l|ҧn˳n]!N*ϢޝJh,qE4[~TqX;lOĒOvnp+JϜEdXtCbn:4Tf pzO_T!,aa܍I(P%>ӄ6+Dي!w[3bo&ɻzAύS}U[8QBͯ'2ڭF+۶vOaճ|Rr!fzf:'h]ʖA(Ef%~8XЛ/3XZП;x:qX:5|;UkwOfFA@yC@޺xh^6/'tH6e˛6x)dr`~vVz̕_ysl(ɳU>i2&dGYc7,֦چk0clxھf"~Р~miU5ɸU[]$!̯c#R{qՎm̛ye Z"A`C+cۜ:aݐ:	8D#;yo5!_@;'78`9}ăJޜ.SZǚPK;UftWXܻ6BuGm,(&R4j(<d%!YlϸdƎ9H3JLŸg4=äw6"ԥ93b|d<Ǭcu8r#ІT6Ab9̧Pmki.P!ZBL؃G|Xj+7tnDҨ_u8LIkkZdj\DBTfI3j\ y
6!o\YWUW$D1
1xI#3.mjF3G"`w/b_Gj_l/JF͗:T1yNqlE=G*	aĉW"LKcMơCv8>}K̄07ҌۈX=.MB9[6g<o_#JYϯ"AiEǎmҼN4/xw79AtepO75,m@`?d7\mQёr"Y'Q¸af>W¯u̸_	ԙk#߇-CI̳3@Y&Pp[9X4yMwI5]هuH
uhph)bl_ON޼ڂ/>JIB"(r!f/ʨMP*gRbS.PՠJg~8w`5-?LɑǯBgQŧįһ+"5ا(%|8ϣ2PE7D*rtҲ&nGBهߡdT0{#lҮկ,X}eiǁ7ɛBR̡|o`WwGOEOuv8bd״7p(,߫z,ؘ?'βr<C;\#C;d;F.^FnmȐv`ޢxôPTɝ2%M92ސ֦rroߏ2ÄcH3vgS߹<p@$8;K30"){ZOΓJMb{ňa|#SU]b_Rs bS*o2,$Ϡ)7(ގXL"au"̧!;ؘEySP4XxOR\ E4jݧ+zތ"¿]C 1LmJ״M$"UE!!ڭaoxKt~vsh_>x$ʊOtkRݤpAZU#\NP.=,mؾܾ7MxLXw8VʷM=ZH~/϶|6 8@/76+DX<Y[P11WҊkqPOԸ:*uW%?!ts{>ʨh]{u?،-'قq̤<MW-'!=GsIaǿ]ЌJw4Űs:*.Lq /!`
Hw|2`BENIҚ7J}*bwV4Sp-PA
Ԧ֩C'oIMy/>:nvہf)5rL˸Nث
ƝTȆ%(	24{_mi8q5,̢\u?M0{oؼusfbՄ}rZ%Vq!ݒbz%|3C(6jLHTKMלE(X7^Qd]z$~3¿զ]/yCεBiݍlɂ:"~pFCRbR3i>;L3i~ԣXCQũ6zǸ6OÍ^kF͕_#{JF,)$Șr&fyϛʤ)<֨d(!opЄl %Ji|	Mh1wX95ip:l6\?GnElϪoLLmD®)\XAMacj$dDf'[0J xޘa^iu[$#µfO1mq+u9W84 ػ|ْK5#dJ؋)mWF~Gz˩q%$R́܆qU0e]qbwÝ=΢2*XƲ}EJ٧FhC0]&g'AVdU!04#/iʫjvם}#_Ϣ{G03f*L	eȮU9Z؏ņ	qf޾ϕbTK)quΌdgfn26:A{wQXxl?Ga-V,wZ~ioRd}۔8/G4z=ɸel8^` Z
.}fmBzK}͏/ҟ΄AZ?׳&W$`|K.!(De\W˻op=MvfgC΀umtFArҼ{^S#P"s|Q<PF%_a
P 08@&snhw`c&#ـSI"tghJhABllRݩ
S=CV'& r=8kʒ[W̧!<%
yĳ-+Ҩ9P&x7mʜ|.Uήr}Ҍhq^a($"qIoamѥ#oC*һXsoIg޺ǫR5ڧ=-~\l ]	ԣqm2tևQWE[+~cMtUA"='i<J̻ǫ%8a*EI_'S;n-^$0zAPIsSCʟEz";EKܥK(eQܩ8+@npKC+iC@)gڱ)=3]E8oscMSFj69"O1!~Ϊ 
ӟWv"H"s۹Y6":xXݽE2A3A1s1/FSWDe<:X3;#V^qJ6[^Zs?̱Sqݓ`?Q>*SkHNsu\e/D,r!k}܉wĺXT<\~
Kk؇۾MQ%}90/DIhALb@IТ0߂ֳ*p]BsƼk~˕oĝ^G8rVƍĘ	d^BBpeaǑ6UUhW7l[6o80CڀD+[>efTuEVS	ۦHDp|2GĔ7iKMY7
bæ@	
vr+R9Ο	/%'ġΌ1BΈ"'5E)u˥oGfeгw80t-RN[v^ֳxCgob,<cĵƃ}E(\`ۈ̓Re(3Ry?Ѿhi r"~M9pՈpy&2}T34B/;=Po)|}f[&@:0 4ɴp_baeb[&?RNd}/޷[m{q4ֲ(O**s#"5	L~#W4|ZEEQqQ҉WPtQ5(QaIMIg]rФT|{ˋIg2LźWwwٲlC# >G3"x02ײp>1JKϼ
3mPDK+N?ͼ3F]&^eV6K]7ΐ@><S"hSS EΣWO{*Sݭ|#Ǳn,[}Y1ǝƑS]!ӵAf4`d	%ƑVڇH*QڀRAN]kL}p]-e3!.&||"5OTŘ?2/ތ	zC~A߮ҋu_
 ?9Jhɮ:LeEQ%BCw܎n'?ظsE?HQS'wP+u E%'7/Z=~ܦյ"(4,V<	W<5;cGv=l9$Y!@GE\a)l9Ÿ&+-fP757vZs>neV(a۟h+ܗ`1UԤ-)Ѣgf޶
ʛGj|S--TJ 2Q`U9#x	Gjg{Kyd[eI]q:Nj3*+dRa)&cq*}^VN aĶx(m-5ɉh/ˏc	P#6P/%mPnCB3c1|5g4Hf_%#w&]GeȳBޔ^/j@L6Gvht4oފ1	VY<AExD.JI	{cvZI1:"("l1K,0 &oE3MO(S	ߚW	JY7~BSCLQ<s]Ṟ؏ѣ
i%P@zQ@2_b	yi%tܯqlyR8nyhx.QC϶i Pa%XԴX	נ@oihyUaֻ	.5`"vN6ݨ]g^|j7|p0hPXʓ^ep6|ʥg<tX @6HN0	X?)TMm
bQx@՘csiX`{aXh',L5bp%)y;اCqPKϐ/q5x*#ʨ`:K\n*Ώmd0׸avYCZMU;cL1ۭR;WEЙh|Sï{#߾e.QqtΫ*kަ/Н
އn<+'yn$*hQpNJk?^YGŲ[dP'r4J`L[d6ׄC,Է?rM9C%ƨf|A`iVÛ{cٻO/y[K9{TsܼQ+0˜٭7\6qh$7AIW;@'U_>d=KJ͏9pڐk$%ҚcA)Ӄ9`HXtCFIԕ =*&%Ҽ`@!c
I9]2rTl}B09?a]b,i5«382.TON~-#-,nR:L&RB/n)qBǭ4nɌ?']%epOBb_hxѐ?+o[}ޕ/|)҂AˁYW&!ȌW:A'*tN)[y7e+@~Q@œs!%e\%
X2ѯ1aƗXX7ZPZ^D¿)Ӓ!,̒نzaa̛Z3\ZoxɢX<ުBȏ"_dvlCK)lp7%s9Hُn5_ɽAohd?Rkmf Gg.]^ͫWܑ_[ݠU?IXZAUm .m#6zh`Y#)=lA̡\{_s?t9:ǭGَZ?-YW~_"\-u$,X>t
Ŀ1Y,15x6Kf G=-QC24#Q{Ӎ*JAB8hՅ8BCK>QͿ#@\mLQeZJkoXeٯL+;4bwƢ^Cտ,;HӸ[{'W
 ACE*Э`Ѷd95ҏ
)J	C`-#{7nĊˇ'KŒXP;.[,%u(@"Ax>+og" 2VQyZ='܎|?G;	[ƘAToiaDăFiؔy?@;&Fӈ7[1a׋7QĝXmfvNAJ~-}bwΩ/H
3PB#=C:OCLEU/-+CQ`:c޶cOsMrUJV7,d"Ϭ.`bX!D-A2EV[jg»Wo1cHQP8	,L
Bĥ~9@/ב)wggDf<	a־83Mތa(s}=]/B֓y^đnQzۃ/e=PA0>|tOD=&.Z,o-p+Brt߾:FN'f^XX\Pɉ#uG@A,uBLQUEV?P7qPP>)׾G[HOkx	QkFeR TC
1C^y)]B-yZ]DE͈úĞT]xLslrlTO}P]x2i;j}89}ʻM{λ6^rF	ff{,ʯVxI$hلjWTaʪ=mļR1@r07H=\@h*Qz;;ѥ9VV|]җexkXϏX6ިtCRuXGŞ~}˟%ݏ{՘b*ApAv~Gg`ibݺi-x:S1ۤl]cABb:׌}_OmOXE>RE;x"/޷'\KɓG/߳1]aVYF.~	rRzlmM:Btv2L6WVyC-	_D1U	{%|&|'I1~nLAfm<C	n [Նzg\eE.!cq_*uqC+3]h[ߟuպ'NΚWUƋqGƇ~1ԸdQҵFn͵m&=gi!yp:ړ(
XGtMk%d;|avLAىR8omȶ h|n0-Zۇh%o29;1Мq}=Wq۴}ܶK-aMg1KrAwVsRFǘ5Kw/
IX^nBkURf(WhiLMt0ű[GN#Crj{cqRMK?@]|;\rϦ[7lpZk&|܁^ kؒZ<ϟƛpgA?Z>-qóe1CNyԡ;BSvl ȒȚخԑUI*Q	A}̹x(2fXڕ=mr2}={wT^|$mWRq[֥*%qnmƨ;c+8nH`#fE@fآ7nn&[.Qс24pk,щ+nߊ	e6V>cS1ǘ0nTn7]ܱKc6++8=|HmJЩgy*Q̻߉yf.S]#@2:*gΡE(V	WI+Rˡnx@n$(FqFb_/bZ:Z?TԍM<5>ukgcˎI;K:,o-\,=po1^وP\we)7"loEJ9/AҼB7oWx4%lv@'eQoh{ZR	%Ծw0HܺIYy{)?vظ߷c5_DlϣsfܓҬu,+}cݨ͚_A}<,lG0wfQև3O\Uty1o6_vam1<n6Tdu{-G3'<9ѠBe	ȗr1>*hC_b$:#ƌPl˙ۙ,#Łz{ڥrQޭyՉl^ފQsկ`ڿOmzZcG;_^E ߟy}*Iǡ!"+Zk{yaVNڈ,Ŧm6bd[ng5_Ǒ?'WW`$\`-яΖ|8AjUȷ=̶=DǬmşȆ/3ط9[D2?6Fy[&62`,Bzد@ʻIqa'G{Wl#.=[+}ʷJx"`(,j2Y_,rס!tMZA_zBӣmNңoNs=_5ݬ
t6~Mtם"eJ?]	Ǐz8j؏E	["2j[byɑ	f/%^(RR@Is,IWd֑6?X׳52.OXx(0EE"ؕޝ_kxc#OKP٥7ՠV/7<ѷo .k`ubi3rP"P681c*QS-pѝn	oxL@0eZ4-AR5+2!˹Ƭ+Y(c'-b˲"=& /wü/@2Ga]Tvm<72&Tؿ<g`;mAѱe2kyxU7/)4WbS:=p}гY,%'ߋ'l.>yFx9IӦ7:~4yyدQ>Ҙz!Ќic7OnZ:j}>dHz_5w6r]$(q6gbY468pDE]2#=r[Pc
Ε`4Bp1eߠ_@
mcLYmCKpN*)N`t.©ѓBع0ЏԈ`߇s@!B}~ښvҎBF3G&tTrv)'aک7L&W_OnFP0RF._?gfX_`Z.	9)x;41L*2QɧȝIn/{q-g.GKIВ{Edc>Vث.EM-dUlg{%z,'mKKoO.?=C;Q
3jڹ(c"Tۛ<VbҲٛs"ϴ JKy/wߔSlۆN=T#؍Ιw*DmnwI-bʳfS6"bAt"ܧNS	x
M8ԟJeBr6+k97ȝ!^k([BS)cqTsz}!-[tL?)4L$d!P.=n7JR6DiA[F;|NGlw	¦<̠	ެlӹ3Dc(5ɶSgJ,нkR$8aSn,+ޘ4HK/ej/Կj~<al$1dхEDܗAۜݖ*$ztULܚn~w~kGB Hbn"swr3,k<v?%сAv>7Ȅ,fQ~[ >kφ`}4Ξ4zJN:KҀe"hLNlۗnTy~%jg<vێ<{цKK9M|	UZV3^%laS=:²n7z_P@W;ҼzP9^۹M^JOR>ڿĳJcܤ5^vEK0-rgՏ?ɧ`d2jnJt$XQfz8Wop,há<1GF'YM6L]$EWRJ0}O8#HKb0""S*`BqrFfѵnYLoi^vcbl/ķS{Ã	7UP0]мsǿ1ImS|.[LvgC8-i)5w(۟VD*e-E?'Õ2c
)rd4%܋f5Y2$4tWaLqգs.ky8Qh;οe٢cVsciZ#΂7E0ևoݏSϨׁbҽ]r?"عY>wA,iepe{É@zBvGF+lCaȻqUB[DM۟ˁeq ,<O!HOaW}kٚiv}R,m=cJR<ƣ$ݤqn]t#+]C,ǨQAG؛aaȸҢ9&SɇTzʲMB.ۗu)2$5|&rԙcnh/ =vՁ>>3CڀVhإ9XEENhPu}JۣeuHg[K[3@|`=)e|f`mc:Ș	g_}ATC[1398rsGz8Uus̄0Chn&aۥlU֯EWi`ϗL)VQk9G+s0I!pµϝ WnЪvj؃őTՕ^FМA׊7!emƋydJzX:rԧMYy(Igf-e3ZNOW݈pjyH,AN
gl+fʊ1oDLb-	Uǝ!APiuDLCP$Ԙ9/:2jc@TΠl@N\-y5<0dxaO0,z.I [tCՐGpڜT	iH;W.9(djBz]1^[ia4TJAj1V+9-W%NV:a)D7)1)_gQo;+y6ϤAʘԼfܭ7GҼ.L:O`Pe n^?K9e*j|SGkX6K.&Ҝ_گ"pmފC2f|+\Fky	CE|HX&8|[â4O/$ŗE'hyM(VC<%NbRBl5˱!Pe2(:tr;BlZpom~XF#6~Ef$
)(UذHQľK\|_8EρT\"z'aC8!;Fz.R'.Rܸy&sgoײZfJnٯ;ZGu\MèH	6p˫]}VqjhWЂE4`w{+/IJg+bUru^l cH՟-l'aRvO^MJcPUDS%;pGwy?0c!de=׷M=Nk3O!])h'A{!]ušjAas:ǅtD(	K(^yȶ${
ռ27͘mFTk&>چw(l¥+un۳HmL-6NTwtZRz	("HFmJpXʒ/ɡa#nR|m!zפQV#և0p{9$Khgu"oدZlymF=-("V6FX}=3]5F4rXJx]Ծ@jܕZ"D#c61\NUTvC|Ydk6B5-W\כ?nNѰ2c*ȃ|ДV>!m!#n[z+n* Ȧula4J<ٯWk<;4$?_!&~;_V!	oDȡSe?ssۊC 6'CN++Ͱ-K9>޷Hڂpy93kl%K\B܎}>{)]ųA#/ۺLK@LmJ7Sm!l[?C.(lΗO\Y`Ħ^jWU`>o	][zcT&I1ӄ9$Ψʉp#liXTen54.Y<-"mr_=՟vfV܃>αIovM2ː߯*e,`ZNЮ՟+ݰS-Z)y1τl&C~ӦGIkWO7mRMΡ-(T>(ӿ*9LQ(үU>)W4ry&.یmMۼ8weL?r[ԱqBNO5~oX/	j$_٣2!͆Óiy3v۳ӽ
K>ftZ`]J#>w?t#|B8V~mkv>Cв&'5!y|Xi#cK`B

{^7s.^U@%&3*#8
\2x߉?g]MƦB?VPA`ZI"^7ΟHң#2]t6
s{UUYw&H]¿!˶W\AP"N(.?3۵Ȗka_Bͺ4,C7gTZH	vCFP7"]¬/"y\=O)uXwF;GwXТ{Vi(ana${jKXdKɰX4i.3ϿF֓3.WӺ[Zdzϣnם|-nZ҉JT]߱'ԍ·C-e4)uѡ	8XculZD[\7XڬpaاƘJq8q-z}^ ɎpCSiێ"uӭIa#<feb>WOz6qřlġxDۖճDߧ?p5[7Lkr!#fU7Q>"۱(']X%ө2t[عhsW;lZ?5)6lN*l}7#%U\mpi0}|p=S!/G}0(~п(Fdu
b3ْt}x6#J(wF5$twgm4d*tPisIҋE"cĕM1
=ڔMx}`!i$S^5Sߙݴm{> ۳KصW|.\$@BGJ5Z0rr˽ʨP%<AZOa'Bݍ]wt@"	*­Sb۵ʔ.aʱPg3Y\ooO.^Mϛ*!LN1έ-ҿl+y/%%7Ҩ2,ՔN48G=yZ6:sؿzP9%`U9,d0ʊ޵j5~ƾK~Qzp z\?&_ڤ}\۵H?ʘGȽcdczI}6ǹxj"zSTmUUM~ٳqeuζ§36a]p7iLkcƥ8}09ԎU\ieYҡX7|~CiόP6ZDIUb:߿ywn:CP׊]܂;z@tϞ;vܝ1Fy4I´բ5ςNބʯ
nc?g:Tx7Lq8.@ʛ
v{C5&E<4	E4Hʦt1fSJeіm`\HpE?V%X.QzFbNGKlǰV%7_hMա	A0& 0CMrMó'^Ѩ/ƻy^VK=	rV&w
݆v1ְ*Xa5k^J;Jf_ͪӮ_bbTQ-1˗0=Ym)_éc'?\7S&'tb¥8< 8)>k
M)-VH^F}Sh196%G,زTZΖLي3h""	dRs0{kO0pZre&V)B\`oJqI_}*/Ɣ͙7dK$c/U7ӚdVҟJO\vGS9HЋJ}ӏɌB(rؿKڤMсQϚIj<SB1[!GсU3Ю'ŹTgk'S1zڝâLocQuYՄ"ł	tͶͪZƕ<mX'6;L~_#^JLNb4Z[XHv5E89ďpT:yma[EJ&q	֟|'9[ʓ qNrޠ3̠}ЄķeEC{4oM\?+D\¸eԾK(5ye9ī.#^ou9nSN5C%Rڰd'eZknC;]gjYz00;Ԍݘ~Ҷ|S6]Źm\IS*r4#RSH0`ߎ1M0ۑX	Þ9U5h).܁cC	k{ 4~!^0?4zza\cjUx'@_Ưrq!X-*jɚ]ޠCR|Čǆ8OkAoȽ2TN،Ҩusގ(m)ķ*Ȓ;b_LkU\D[`1TK1a?J̢KHGa=2^[jr`ME/.ܴދy%-[`AțoQF	uuEMrŗs`x&q4bO@}*Y"7a^w6KiHӿq9RDrެoбctێՊ׻$V9Ky=aZUW1	nI8>^>*xYDb.)!D?	qZaܚMdk7+Um[=;ۙrrqIx05/ZPj?vh"c<Ir[RIݖ[v~R	|3Z ^AJUڵߜ׃sSGXJwDkJ̀Ӱ++'%epMVC:9(ÅqWm2ޑ#^tXN#k0`SPQXޢt͂prJ
N`Ĺ\܀{הx#mE.\:uR<àq$Bwn~lJ+4ܛ)QZ/R̾* Iw3Brvx@c
?B|^Yw0{؏8)}1B*.>1FzuѨ=qnkx6zxNP*8Oִr.*WFp>Ӵ$ehÁB-b>iʭ^RmHe+TBKc{i+E
KG)2Ħzy2''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24474)))
