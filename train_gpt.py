import brotli
n=a=0;b=1
for c in r'''WuMVՇS|!CW@xI+lAH0q4ȩkuWųw!ҫhĸ|OȓwzvO}~Q5X\^y.ޅrEϵ%i-7	2FߗfBGY7N7&Y=v^kɡiS5j%!Hˠ_V3\2iIONWqr}HpCpۤho`ӽTh,1t"ilEp{ʏNfʠѿ=Zqž/عq{CFɖ~nכ/6;;e?2vJj޲XtmQڂ])ݦ=\SŠ7.ݿ%ڮۙ8оG#x$H;ғԹKc)DL%?x>`>׈xzh'3&Ԋ'6\
ڷ[
MYC5RP7ű+;2tO:l}Gt`яN
Pȑg,ɘ!(
)05eGs)LYft-ǇYGi}c;%-DSOr2A.iW9ɍx\ٞN 
dҼZ@S^vƶ҅}&&íH*S~*`MՄdG 6DSMvjJE*Z3Џ&Jԥ2Qq>NډZ~?"8JQi%ýu2aބ9Gĝ	8'OQM@IXq1	x:̔/>BGSiQEu9AVw(!كfx""D<dPѶqQ3oإH	ش/Vgӣ(CX.b`*/hc+iozN8ʯJeJ$] %gtdVܾCR||҂U\0u(DMpCTkm/Gx7qk}12iICXFA^ڿO|}_ro8!}&{-4ހQCx Q
SbƄXL,%TLZ:O/`wEbذ,hFS
Ӹb	څޖ݋)r^r0E4u4Jb3dwݾ{Dps̂%փRY@q̟=C\cyPmfr0Dlv,ճP!R(hk}qޡ׿781Ě8krz[!m)eHbpS/
/>b|̕0ɧ-d@ia|0_
\sY!j٣uL9!>v&^a=_*[{
WFqaN"ԁ*Tٕ bGoέ\=octo\M]&تBIWy >^!0yRU*/lQSiFi]=gЅC7Z2h{UdFLнjnɔwi/DZ.iɍΙ׈*-sYkOo8ho?	ɶ,ފS7M!WU*ZduRpjH]LhvOY͇Bn[McHJ+;J,,1BџӚ	X>&N˛ǔy2ċWt9d-.3mshFӊialk.AARvg
)4Ke6{ZLUgT6|0Om),bOvև*}W)x]۔'b.Ζqܪ1Ś.lێg0mk(n'V.%ѽ
wYGA
L$+մ; }yt/Fmoٍ/;}J%޼@7Ը$@PoUJltΞ	Ѷƈ@o8ʜ!ϐy/ax˃QKXTďGr[yttYƪC-n0/WYXLWqؽc-jډ!˥S[_ϖd!`(ɱ#Me<bމ,m%S`ml?D-'OXmg/ӘV4YcB7OV+Av!ko]3R˽m)xME4w8s{̽h/5#[wxL0ou!+:;3l>:=qBY;4U9"uCve
!#0*`ԒjM0%ҭ_i>lC8Dis)'>Q߲8=O:>|c{ґJ'Bw8+~߉Vt!ӿθؙFibs|۱=Ӆm#Bo-oih)RÛb)K+ׅ&5ջHKE+=>88Ȍ)wlgp=`hǚhey0۷NZ(Ћڈʛ\
7\YڦK
ȐYjs*:
3_@ m|=v]FUU~AKE'3OD19CdlOu%̉U4i_zjIO,g-?ɔ͸G{*ا$nTxZ1)SUg:4CDz\[Gx.hk"fbժ_ʹ`?=C8l@8ׯy29xMUEYjN7ь".ièm&RĔߣsi2Ld=|ƻ;?uq$1zGu|ܠcFA@m-dĈ;ym6tjb\heAZnՄ=
	s̠ ab?<SKBHqXb+'fmSSX3N}hH 0kB LhO$ni7_b !:7f>/3ʓrP%izn'U\ZA-w]!7ܺDR֔M:wQIّaޭږ'ؽd3O՜qv
`
Q) gzȧ{N0ǰXr?YS͗ X<O9߇nFK0Vc>q#> .a~rI,`x
a8a/"Ut7-7-l}-{dߗ͉w ^/ƀp[23ȯۑ&O=vd@hDʺ_Np{$*3gMhp@zwsq+ƾСơu
	p9c.J]#0?:\i>E8ZĈ8|'A[:45n:yQ=!}dcgEt(TnJ:y[bԚ|c_ҫkԭ(8+>!ة\yҙq-|hܨ6̂4qA5L.MaM6L@҅СNR*}<ī-Pݧ!ݧ%
[o	W
l_0hȕ1EţwۺaV)m#r;êG`[dQƫ+u%߁Yte:5Cg*k7	O%D8V~iüqikhAvΣAaxܶG4 l׫NѼL0uzRPܥؘ6h)	÷#=i-ֆ^%@GIb]i"WӘߝXؗ?׳jБv0_Gs,I8]	ސsÞMxV ٦Y$?UYϽCFbACӢ1((Όzx	SۈA.?W8ׇi}Wssȱh\^
Yτ	P ؞	Yt7dH]WݲD,d|`0bC.õ_N8M9IJВWI_SWSKT,"tVDݒǂyY861pUWX$ELtU])gOOcwfwO3"Unh|۬L53r.?&x+?<v1O"DӚo%Qx<J:pe! DOG7[Sb[~шctUneEW/^I=E%Y։nW?;*XRCSP\Wo}"?_$(GVuD({sޘq{%"߰HsPo<J43d*ecc>$ݓƏf})G=lĲ!٦)fQQizk}Og7хs?Q9,*HH.F[wg4&o&z8K~RiO{mwEFJ}N@+1	FI[tBT=+wX~/E8uD&|3mSD=Z!pHv|ͽiC}̌]"˼X.ֱ	2[tM)a)2qm@ʾj| 5${ۥ;_XPИa
O].\Zٸ-\hۤý>Xަ?z̩mkuB۠S`/VJr6>%Ƹڋ-5nQp^&c4B;Z+)<h	T-mDN
	DMMj[ʚ]
%&ORd9*Y;
+#Yd	բ!o8y&66݊8:4&Cfz~iNrtǅ%jbJy;yːI,xnTcQ֒BY-\8wI&/jcnǢ>T &ª]~kU}|%˹YX!j@P8ab$Z.ɰۮms>zk6\jNj
myxtsUѻ)2P\b=\z!F4y^~-{wk}13:gַWN\L_PŨ,NPcҤ=vޘ_x`;g׬=	Q\'>@SE[oW5(+sTզēk$́<J9Cv~Dʼ84g4cg¡FZ@Fة	S7>fo(<8v5v9<U[/4LJO*+xv,4vH	',VB(!_ٛxa&AptӪgˍ~+Xx>@2#ˆR=BDwuVƀo8V}܉l32r(")Ƃ3a4&Hvvθx,Gt9+x6SŒ*r{5ǁ< kT.kLVk̄l9]sS978lAUgR*'y|T]"rR_&pF	3qmd(ˌ>z؍T=Xb&~iL;M_UBqk0ĞD.̷4]?zЗɢ#bZ)5H)6j7Թky27<vxۢ]d`VXMPhhJnr'
ɰ<uMJJ"^R5}"#[G5>޿S_t8L4ӝW3g:܃`sT'nl1ъAW/*x?!ҪmM^YQD(s!b̊Z
)vHF'(zcUʣ[7FjÌ4X
+s-u9GH\jڤd$Cʲ#},W+u	S3RKߋTk y,8Vl4p-OP 2"G;rbd%eBKGhRcC!`2aPq9KaѠԗP
S>goSfk+Z=q!Kv[T^AYl+ޛX@ܦm|W'q&	:"g+ 57I;0%@)[!i	@u/`<N*(̲^v-ӴդB,2"~af`S^!	X0_ŧ%.$7\bK7Oqqd	MMۼ/*ޚ*CQ[׌Ai+piZ[`t[YAҫ%`k<6Dhy8IF#4,Tֆ:Shm) 	F,mW+4̬-pVd~ZrjM
)ȳ>cZT_Q>VOc+Dayuē_`u?x\tƻCʢLh_@ِtz"dF_8=vP4˞_"v{UY ?LL'F:=1&/ͭm٨?z&1B1=RzFϦL@, db^}Nv]WVN+nSn5|%\N\]8"MMruj+&*Owv]h)$ɩR5ΈOY#i8Ph^J{g\ւ3M}Y?~IѾT	څ\NZpp)r>˴̵-Z*dY!P'aܕ9j i/Rc2iB+0`lۛD[*0 @$	xF6ϰ3gRa\ݰ[VGa9QxXz{NWƅ=D#٬5lˢrp3Wܷ+[ۚ`Zsa_pv>)`6HŤc#K<.Ve&Ð,v0ŢbX ;8ۤT"noy)gй(]g˾) σ͢78ʱ_&{fP`4a]fY7vR;+vJȪS
~&@$ǻ iwo_ߝۥB%҆/d@Ȓo	#]4Rg0TDy-DGgIPPrPK*y|/$rn<:Kڋ/"mO>tj_S^c'Vݰ&mPXN'9VMf#/0<*q\4vpbl	OV
oZƛ4ޛQo2ay?߁uHC\d ˒(Ξyt8(@;ϟeeӶJ+EaԐ-B]<6;KդcN߷TVȴ)<6! \iWD
8UgkuD{vU9\B&jWV?]YQ`#NmT ~-LЙ݉ٳNu&Q.?g=8ݯc[]w+!/~_
%Kuh}	n%zv:ϵ^wԵ$Q@+Y,nW\Gtep˝!N^hoȮ-2őW5d1V~:D9 + ٨4\A6̐+BgWit{K[l =7"^߸e.WOmwmSC@sG+Z zBweGAi@$bȨa:ι>hn5ǎ<M߆"5Q-_~Am"<UgUPZСSeR\Uaat*ͽW8qmVӢY(6MA@n2/ٰ/'E$5w.IZ)}~r[A"o6Ry-6WUMӘNdǊߥlS6b_K˦L|թ'UNhf?DK,eyUǷҬRw*1\P`533w*.}9:1RKr){f[Pri,٩Joڣc5PT)fd &&ǧM2NA9lNgia$قm_/Gzĺ|;[h?+5]zԀdnE!,-[$lQfՓ2Ǉ|S=3@gcB"JRVTΥ@+{܄ʖq$5kXGŒo4'
8kVTHIm79E҅B'j/i~$y7Ǿf=_Џ!e.=RmFO9,<#œnݸZE#Zj0+J
i
oH\b9^t Z;@F/)VXEN	Jxxsג*Z|@"ye
{w]dBFoԋ/ku5)}ԙ	4B9Hϊ/p	b	݄
M_3eߏ#7v6
X[Ȋd+ȣM	bX]jmt~yiPprȅ7WԂedl
j/x6O;0z	O\μ&iܖJ=^>/0S):=1e%j5ǯ̒O7hҁ"vރSyʍnYKki^(%2ԍ'E%
C<<PI9rlcYu(ߨQnbǪR˅ݕP݀ҒsJgvSgpvDFm/S̘Vz![%	Oz^@O)j<G3~R<u8\D.Ֆ)rF"ȱ#S{WjNNT]̳(k{?xQ?Y?
DfwM<["ͮo'fqqt8%j{ҟ7X?ey7?٧
\ff֔5b5x¤+[9Ժ_n9(BL6ñں6Umjң?3-H&PQ#҈ԨEV!p0O'tTߕ*dI<Бko@u
ߧl˔e>=hٮhvɭ*6Uf5Uot~jpڦT]\!7\#]Hkķqn]:8n%Ѫ	ߩMFgD{u|׷Ήu9m[ZT..RWӘ"!b֯@'<
DpL
,f*wJA;MN(D̮ZM&#rw	̗=2Ԉ{EH~qÊn[{^KLyyѿvեk!nq-X;22p_ѓN[ƓJ5W	߯E[jD4UYλz<. B*{z$~4'30vl<݇!83MV|<<ŶH{{K3db/>-'T¾U$pPI($ۚ_~ܞ?xvz?܍5`cN>ф#a*zwdZ/4Ƴ$\c
|GN:l
	ʱaס
C|;W5£jL\EX(0oAwA3MOJn9GDߺDS}{eoҖW/VgU8׈}:nkHttvV\ϕˮ"=Η3Wz:Je@
S:p>?1Ts~lNS
q-Wb"5<ГC\k LhXrT'i*C5'_YQ{Ye-oM[|O<`EHswkCP!)hjx5~EsaLHĬ4&nnS1͐%#7\Va3$ U_ˋyvEs?2_H&ARݵDVW԰3=s2k7-VĪUZ
R56:i 7~Om7^n89Uab͠6zUėx(Ա	?#o7|ֱϹYÔ<.2G`7$ޚì݌"E$Ж"ui_:nגuנQ:vOG"$K?\ff5cH)UH;TV\:ܱ[I`f54лZf9f̡Q\Yr;^j-#`щ|X:ŰFnzg|xrr$J%o|85(AKkGuJG|<AЍF8\"O-hY45|;^X˶zN_7K@	af@UVc?o#f+	ƘT		3b;ı||@tY 3@'4}rW3RQ,*^ɀAkP*1pX)&^**H+ߛSc9y5cݿ7ɞ~ɵ)"9֨K0\l8 ol1jieįtJuq@d .|ݽH5cǅT+"ef^}Mr&ľ*:"yv0h7,"͒'H9Xݔb#4.'Q,[ScaYLeB{4iUJ{uEO(wS1q=|9Julxi9% 6SFs9¸jĽbPC`ek'^nõMD̫6p#G\JM3%HLKA̟,JBqwU.6ZO	Zcx7Q24Xpgk^-џgWMެ?W05KŔb'Q][G<Ǌ
gXc9q4KCՐy?]z;LG@?=KQ;Te!{(^)֖,f4j{6oŰU׎`r
3"ԎAzyœOѠS|
g5I`Ө	Y9ÞJddyf43Ss}it}A'E9kG#TycX#˜J);EvZ> b0Ky;3/"Sye08tY.hR6laS7Ͻ~2Ϧ]W+x&Į,ZK©^{b]4MJ$3%étR8M\\n7Il: *W7Y?SsQQPdc'1Rx>re~Vȅv]~ut_(|ߗU8зQkz=,4) yz6id[<?d|L0Aɚ|XH7i,@ԜŪu}]Y92q'ܭ$[.YbDX֍ū[IWA?lGj-+h7ӬEVVôp"za`ytY~ӜLQvo`V_%vf]Dլx"=}G}ݞx|!!V<ϊ֣#@*z&Z]{hãgU]XC^yZ#pRXPʿj&΢<!iXvڡD@&egP&&%0,&SXg֌Ϳ@͛0Z9|5^{vYҜ (/¤wZu>`bəfΝkNeW9jŭ-JN15>n3k)VHoEjv%hi~V7;Dur\śͫ^JVϜfЦL5z"&hَ4,L#IyӨ;*Hq3qfԱ֨rk˃Lج8ۑH8LDl;&#P,؄6PwWp4?_H!+\AEh=y͜GЮ5ɯkH߰8):Bf\ݘWjՑ@bѿ'`(gZľNg<=~0V9̀D!fڹ
ڽ
5'4?A׏F:8ZOmX`CluܔٽGυWݵZ1KX|IGWHFȞϬXZuMNkU͈1˨I]EU/<~Q&UP!a>:yAY2
<86sa!ZüZ_8sz:`Q]l$-PԈfݬIѬ\_R2խ2TZqc֞/wˬ0|,v&k	.0TF_
z4]W2)f=?r~==s<мt޹ mӔQb JhfINʝ|c2Wtv7(c҉TyF+Bթ>ԧ4jbH@W&/jjɐ1*`ГҸ1xXiJ:Y؝!EbA^ĖZ>
q".3+ҰnTEL	T*xfʆO`Bc0$ǕeىxEE3!rSROA5	d|³i˺qjEWU4:9'ć	g=7$y<|P&pUe|j#pf!ƻ`íL :7gn7J
rِCg$؉)ҟdAГv۵q*!ϚAQ$~Mքc$]_%Z\>a~]tۊ"N_i8!iςݗ'$Aݶ,p~؎n8h٪Ѿ2خ܁tK+5Eޒwۢ&Bαr3f#P,<}m	dנdոN4"
,RV#[d&$p6\Qɻ|TCR8Dj|DSX܍Vc×fieƞՠ;D_1DgSF`gk%IL@tex`Ū-F!ON@,UE[@J*~½Dc@'W
\=ft)?bA+{rIk͉svITdf~*5 j݄j\_ގz_Gp7Ow|Ja><hPq˫4˓2:dtj'Nֽx`[9ͻ,u%EWsP@[%ڕyZ-n]7J\mXӊP̺ƶw.HڏŦrzG2bЅ\[ѧ`[>,׎#Ƞ=ÝUh"M?~ t!s]r(dԓ)(p_7:%*&3-qWӃ7BKm^K9bJ4͆f7J4ŵDr3^0#Ԯ"<8ޛ`X80DPd@F'ۮǡ:;e~m>kVG*;|ڶP?20eUȋѡ&RN	0h[ج~EXj4P_m3ϓڿZ#h9f+ 7ظ%C?Bl0y~DfC^1,ե߻KF+G_ά=`+i!J!NIw^ЇΤp`
o;neC*2p"NJװlc
P@¡F^e'|uq$)w\!VNn*]^sf
oyhTE®(ަ\`E3"XI80gyɌ^Яܣ ҔYQQ Dw,&<0(|=N$aR<K+s+V<8.!IVYӕH%63YܝհoEGx?Ѳ1(uݔHKs8ە&%^ÓE<=1ѥ%S'd+ٴS^|!Sۨ*&eewDƂbض'6ݗuDy
%
Yb^C1p_ON$)^`"ɩ,fa̕%c/3FCr$ӢGcjjd_Ov'3tKo5٦L]J%ՠD%ܚE#-E=+r}&W?|B]G)2&>1;!;
Uu2f5]3t5C]oϝǗKmggGǹ``!UKĝcKfqEk8>Hט^ʿ{HjK6P){:M(&ҹV
>nOSÎzA!H&te_!3aؙAOqX53)/'cx{.][vx#!ϬbrnV?!HG\*@Mq1,ՙ2xgAZEA1ηφ*1۩M@-8¿YѤ\L5GU_{U>^_մ5؆`xŗ
MÚ!XTQ}2Ew"|I=(|_VQޞ{li	ęFG3$չ7)ts){?^cn>o!@ԋJs|#מM!CV|޿"uh>{ݑfٌ׎zΌt܈.t#]ˡлf`))8--ܲXp="qU4ljuOuˣ?ff޿^z?}lh }7qy+GTݔtqi3kvzTSXnQOIEkQ8}vƷ	/Cـ&C!?+NY֢%
lz=>(w۲
j/pԴRD?boi*<fߡTXř9Z٨SD#-]xXK:^n@e0:&\̷b2@wBծƆ޹P'CTq`9/!3y~7#;8Yѐ!T@;٭gs̙͠kSSGȖL$əh[IYݹzҥKv7iX^LD!<i$sOO@eSi|Wk wjޔ$.,tcvw*EoP29u%)6Am6Q8BRސ\'2Ğ$Ӳ7+w6>5]$I_{9߫-A'g>~7wK3S|u
lvBteOJґV*RYp1dOwv\	9Vp=A|%Hi*a$64x+1̉!/rmAl"' EQsa_{;׼kW-< [)m}4$wۢ_QoSf*q$z6i?toA"uTE
Y>Ie
sQ&ş>xIC;#˫)7I8Fv$9l;`/Ex$jsv79svDɟپ?Ґ^iw0N|zש_Vv(u.pPߩƅF~ݽaȏiʌ;0wW3ҕ@l5W&kF{sc+wȉg^K֊6ErSS/"HXQy*AJgbFLEaAu-M*=m>d+hxmXR+]n50xxؾi,3Z}dc:?YB&hޏI2~xɏ.@Я'X?y͕ܱdޔme#Jsl]s`o#GdڔҝtCBԝ7۴gzēH'	{x7xԌeȡk^!MY{1wpLW}(wCvJCنx
I${4K\Ѕ؜hQxي'+jWĽѝ_b_xIIV5*y3օ#^&QѿKdL?{U/B~S^	mٕtB0xfIʴfoSаnXQBɃ%*|z
'"ǡSвGzw.2PPѢ|гN(Hfeރp;}Nͯ"+_">av4ܫg`ҺTGY!JOdsC5,=Ot|r(#rך.;7^9t	Rû+N3:3(I\<tYZ[wfCHR|JF}|~xsGea"jضyy|Xێݨ|xnCf?Crϡ`']MѝE<tj}4ѐiJ41_|ֶՍoއrV[ziFG9cv=QrabegU~	JdСD\"h-iE~Ix$zU^I<Tȧ]fxۗa$E	k<10u#=FǼ[τ4Ḙ1P`%FOr6I*9gknPr; B"]d]fƮ0"QN	h>tl~Ԗrd=5ּ)ow-9~Lْ9)VCevtJ)޴OwKUCߗұˇ$}^Wm߼و4silx˦:ѧ~yk;uPUUM)Ml2jusroPQ{63_=WdYT;b<[s=8Yq4Xt#Vq ĠӛʴiȈuĹC=(T~ފl:²XXJ0z̧ȫO\&v=O]έYm&c5CԯA
2f(*ĬϸCmY̆_KlO,:DG>U"6Uǃ)[%eܕCƁ?/N/XUImԄ~l9	$JCZ t9gM]yFЗO5zxҠ$?P& -D)<yHnM,	u^j)2BƄ? ݡ'ܱ -G;]݂&8`Z|ZRʧݔ0@jfV^alwE۲?"vݣ\'Ǌ%͕7u\aE24dŜ@ՙtc4ȟK_3G_XMZypamǬ:tJØMܿ)iwnoؔp&iԤ"=JPu	r)[J
4JQp݈zec-ǧ 7x,}x׾%~(a,Vwu-رX54ΚBIǙ4<U͋B~aΗxUE6\#P|sJpʮҌMiJ[Z|O%qIn;V]Na|	`5Yە_|+'|1!A|"?sAE&hxYlޢUa0B<{ܩw.W$Z'AWپ?%n,&%<5]>w/nRF$`5\,z´%~mN{HF}
gؽ0gEʳ6A+W6wc:/ZN*Ś[MdIR?_0Rw(c=´r݊t;dܭaP2{2ѸPɒn3*ґٿ_XT13z'|!L6Yb6*8kL~.Ys
lIX]F)}Ń]Ds>6M|7t4+QQv<VKIZڌTٸ`ZJ  nFpfs-+tW)Ehɑ$Q`B҇ޒDشGc5BŤ4Mp'Ə)ߩ+WdʮzhԩKΉ'aĔgXFKʘ-tW͊_cIu7Uu$+>lPU8#}J֒ڈю,als~Сܑ܊é`GŇeixrC+.X"ZP@U}ѰvĨZ֢</*IFhs%Oњ|~nSVиdAG5M߲jCM`ha,{YLn#b-
9{%GgA7F)#CЎnS]L6lÕIxםtڲy?M_yRgˬp]v6mBs۪	ںf=jH]5zZҕI}N^b܉qRj;\(U8HXs:6ǲ?G߳?\]Ʋ}V-/b<MPrvcc3^wQ=(Ti/M ^\U.euPwLD˕i9|¦R]q3cOujgi;$&#Š,nmrg`P,H,ރ&JH%.$MX1ʜh9}L#D,mČ|F=FnN!o%U^mH|i]F@b>d]fgi%faCamKk4udZ|ߐ/UϤSQ%?"CoɳA4X4L_/dXg\|NzYRl{TauEhtư\ǋ\9eV@UqֹknN4ipzj*<X(pҢ,ˊBq̪pF6tjALp-/.ٙӔ#5:+	$!-j|1**)7$:D|.,eDؿs]{D`aYאm0H?Iod&/F-Ʒ3'#cӳ$;BOEPg="tZ~PcəZypN˺؉~%t%Տiwި8ذ3CyeRΣȮ.laCaw̇G	}elX7*/ò4|]^,ud?~]jaK]"wr[nd~Za0NݭOjj 8DنL(x&ݰ·Oֽ
|n,W_j(ԪȡP\#=Y2l}:̺%#"[ޒxHXr}'Y4{Θ"1U/~ZG}dK>!XN|;,ūt=3IY¼+phJTb\,.rcu:+Ǡ#Sw/MH4$_̓Mr6@i8cI(	GDgi,+2ח^2cdQ\?e/_vqڀ%:iHD<жc2d\nvJ'?|6"uKߖВ%8=ZLؐ|@	98;bǓkcX5ْUHV41WNs¡gz5Ռ#ToھΑсr}4i)sD|2O_|uCW|i4GiUA	pI4=
y1i;>ۯ5R/QR۬ܯyA\#
SgTkLĨ0:0I;mPܨ|˞_)+bɈW+]?IcB{dPn15<6&#}2cKٗ'ad]̗Bj4l?F ֘hه~NPOcӝGÈ}	5ܒ;ԃŬȡjukрRu|H3R9B.:݈RfW
eƍihrr/9cBݩ1Ba}H2"H~Ke>ħ{F7mŻݧ5D:Kğd4ҪKbk'm5 ZogΉfG߿8Ɏ),YX	ky˛YmhmÑekpBdY^xLi%C*uگɻՊQ6؝*܇řE$&/גjJ:eX` jjHCuxG#`uP#l&JhgMbvVUaq/iLgm\ٲ[NoA^V8Ƃڲ+n_"3lɑ!v2\q?h1MI![P>WyVXѥʝΆyTwȈk	ľ#^(0m_,o@gI6g*2F)al[s;Ⱥ۶>wDjY՟exT̛nZk̒5f'̙TP9T?ۻ!j	]i{tsX\xxm`dSĘVV
S)uvoM8r0b~EĿ|YaD@'D߯,/uM|;ºQuߙړm0ґt$~J.UY+~13#JRS@@nI&	pIDIK*}84əV#,K"6%~Ilyӫ%q2PEb0X"7dJ܎0ܬޖKa4߀&ƬRQ[غuk_,8Ba.)*DMGyr+״OT.߬R2>ʹ:DQByc:xZUm Y#؀@L*n~NWdu
ic/5<
yO@WsBؼ]
+f[J7A}VD0LEo/rR>|w@\&Ԏ͚?ݵ|9ݸo4zԔ?WʁϘ/<0zƣz"-Z%,>wDvD)WcTқԡw83#+Ae&' ZfK7,Dm}
91ƲըPCC,^GIhX&׸$5ɮߙ$1^R9!bsшe?fc4҄x:UDp8-_ugCs+BaeԘiy[` {	>:a_$N 'm:zSYEݞډ~kɛN2S(۔26ʾeŹl6).;=!#H%FT'BI~|yM¨i? yL)ɰxw|w4@1ͭ@*lҦLݣ0ffq=F`%k38t&$>J:c̀tDAƶ}yB!ȴShɗrJP'TKfOZw
X5Yh<Yַ5yc13J	CЫR/\ZD-EH>S\"91R,|nKk|<ܰskr;`wFfj34"=|?JH5!(2RO2%dKO!&}ͱQtAGk|d6Ӣ7?ƌ!~%qщ31KF!`/Ϳȫ>5g)<ۛqKOll,σd9G404y-,΅@Qe>ʜVޔ|ޞC7)ؖVO%w*('.JB1(Jы'wl
~3;yoʘ9bֺ&#2+ud >'4!YlCc\!!.ذ9I%b͡! vuMnc٣O};<J;6Rfji=Qǧ`RZ~ +)*pOcР	1;RFp7^ 1)q'x]e9TLJ3u>$l^(>qόuA3:ܟx/Z;}2Mc4ƚDÕUYH.9K]_ѱHKOϗJ~:yTd\FX@TS\J?;j3\gXbsI*Tʈ'0'Ⱥ:r	nlCoNxwAߌr.Z=o-'j(c=vU1"KCwLxpd^W@x2wG$ݿR&ڇe϶ʫ2+AнW֖YMΨ\܀nuK@/Z:?'jk6FHҊp
! Ob/jͺ:FĻevDzf:ʲߎ;]RmOթ*wk\Q\:ʡqBƘĺTox1հGÇ,T>k<9}H}IR_ŕ5#v9	`ܩ4k0eMq¦%{NӀ
I¥YԳydxmR7b{G߉`o^Rt'T;#7-8n`RyZP3t=5CK)M
(oi9$/Ԅ_GxA^ƿùпD77DDB)Ms̛دc?$M+M38cv$Ƕ$+;3e^cU2@/j*/qMUfdnK]U?2fU>wW2?DBۥa¹ҫمx̿f,h1G]6)|ks3ǇqUMͥ,v{ULڪ\l;!oڭ(8<F^NR٨Q	k-_nɛ$U%C֮|A$/Ula?MOѣ</wÚݡh~d~GSح`+`B5RJ*8m5sP}m#lki8̊Lw>]]ס*^/GSFq|Fp0G1&ɡrգRiYT&vʌzM7$hl%~m}?mߋdx#Bdk+n7s$@*̘7&Yf1rȫxccpU}.(SjݠOB$NoB pA.`KҽalkG-JUfy6ڑkP-EڈPO@h}ʹċZghj zޏ][
<av[ۤ!ޮݺ;>*-dE`zGmW#B9և9}UU,8Gl\מ1sV*0&\,\`~יD%KЧ3πu%ִF9xjv\>,xPD5ܝ3t3T?(x;k ֝+	4H}ĥ+tI ֳ7ҵhvEj܊_}?4YWlOs^RϢe2&Yi+:e͙΃?J>SBB&nD2S{):yd6Gܽ]6*XHDC|¼IixX6oãux#ʑ8h7yS_͋Щ615pXeCI5^qEdǮҷm*{jwȲ֑-NՐ|PdHDn$ ;.ܞOL6\1{v`ia/?-9fX*/?IE`mgy@xiQ=֖<a#{9(5/63y|wѤ(G,`f)bO/l?'Yφ*FӯƤ7U͛XE8Tr4 $:A3~JBP+(Y{߈ۏnOGԬw!vv3wvHE6rթkPWt^
|ەs;^
'(xSrl˾μzS.9	H|#uW*CU9s%tکǣͽ|x:۲/HV`FfHѯ-8e}YɊ{W:R=;"4nzF")݊y4W$,Īs(i"׉%!c^X%ҩ{Q̠yZ_=U-@+sșϖɄĂ&%Մ0xF<ɷOX&|
'×Opcb>ee"fҸtol&LTAYE
Є<Xoa<%&|TOΝʀF`:ѕLulG{!M'8!0ӆn1u4<3Ty\ܫ7c7Ȓ412)dk?|vT	C۬ˡ.=s:c,7Ǌ8z YNLހQ1J-t$>˵b˧u4aTҢ~\m
TzM
]`$RАt/y<C	eW>S@ͮunefkӁ<0FIPǡ"Pqf+_Uڱ>bBQh~x'&U$	#ȥ3AlsAI֕dٔǈ'&ce0+6xHتpZJWu6%PӪƋP?<hqS-O)/5J	3Ϩ8fNRpMVƙŷG>|AZ2̀/ֹQçA&/ӖHEMoY+eLn¯%tX)Xxav INag"Mo &з"ڢ
brz6GMn	d%k;=$"X9~ZItŖ5H)YW6GYܠ9ݑ2HR':1ySטOּ8-|(3:<ڿ˶G'^b8{	/ݨXEc	?ַ"IzV	gX[Hos[@jxȚ7Gm+`4AAVM[l'۶͛,y:-x;Lc* $'"qe1s+<rxWB+F7UD)QcfKVgA!Bǥ6L:lLycʤ($~ڗH)J"\F 9uƅs[xgܪ99]tq7~Q2(π̙lr=grUSos!B)P®duCdzeH̛@xf79{ӛj|}Hq6Ol~m&")
	4 eeܗFS8̓#UC~~|@?Ƒ=0sKVOK?׻Gazp5Oluk=Kt!h[ύCh¾KiXRE|4 w] a}&jn`a8:aghƓ4učڣ>p{@YU)$)/%vzTVG
qHZغmNFt41`Z/EG_S[WT_
pWcI^ƊaѝMC?z/+u
ya۰1y/V[ G5y>lBo]~h
D75`,Y=ўJaXK1Ջѹ(,*&20ϼ1Eo&{!3Ćgsul9Q7ݨкD:ݯfܲŃA:lPֲa=PIӞG7R>b+rю*ݳdTzLLU7Ѭ\˿3D~9E	QAqiƞÚY*=qR|Id6.|nDP>
X9d3;/߽/Z&}֠je!Gėk_e__<nl~Ĝ d3*fDm̷@K0\i|BѸȮ\ʃi^O)0ǚs)L>ַU[E/."jC=.1DZ6 X9<S-&/UAC',b	t͖p9KJ֗5ִ	AOsYPuwIg&J,[SuZV'USm44yhM/C&Ľ\V1bA]2\@k-ώ,aIT5]fBW_ù]J/~̵y?@:خd:{mԊ˭x}IӤћz%aVs}ݗɌ^v$h#YMMkup9c43z֌w;B#FŤ~يǪdo-\a]B'(c/ѹ*PȦ7ٲ]-nOĖRDjXJưWQR1Im=vaqb0I_5(#>xr[ׁ,|Pɟgjݜ٫;mZxjRqgSc!)رULόv;%3XF7J
޳xW2j0m,0\Cn˦7cԥ?7fVۮÄn|2jZc%7	~ݝ:(q;2O1id}j
{+لtb!3K4|p/
Q{	>ZRݦ,DѠVX?Ҫ)wzs7xzA9|ƖUF<2:TuspʾG2܃1	90V.D*}(zQdlp:ڑрԭy;^=1kKH4͙ʗd~Un@~f8	ߨytT_;al }ϩ!MceHCĦοXPܕ:9JWC0+ƋeǢjp<)13E4Ŝ<=ƯbGOp
0vID<(L/@H}{23ҠjyBċ'-!8hFKȄa|үtYS2ȈnPߝgڧĢ=E}3!CO! P-kXތGR*0IqKB|%"IKh֊,FɅH~p˝#RP$ 4=urW k/*6!}pHʻ|1&Y4SWS7WC0XowjrJizLYiTNōP~$Eݷ6lkD/؟_l'o־ƠCK]ϧ#12Yk$p|`poG?r6qUv%`,?u2u'߬9D}a2*F	;/[
ŢdX2?Sw?g?[K
FYSfa:uhSU\v)+`lLtV=ޘn*ySopg͗(NBN[K NyJںwqe4)IVwVioy~PMա=}ȫ<!o361Lh>ɄK5n=+c7ϬåهM[" oIg|ֿ]{m9$"|y¿ܐ|˛P(;Hk!>(,[7^jxAj6Y+&mpNAѠyلnaT(	[7_F
q@\'zc0TT+;w!t#o}a-(IU+8ߖ@sKԸ41tz{ZYC~kMoBQۼ8#p"3ǆ\$_ˎ#,Z!x3?Pq#1?Zrw7!$/[D.G,n\h@ֽ!<i3Xd}ۆp1ݶЪ3-!k)%m^R~4N+8klzicųڏ(RQrf.,R:geLǶ*2ձbSw(%S7C`!;PP&x!'!eoQnbv%P8$ųw5b]Σ+MQ0ZqouOť\ڍ.X\6Xl͚[ΕE@;E"?Y+oXhGR\fm~kmY@~dBݨW͏,ŀJ#}4(Iݙuܢ@s~9jmi>20)@/S
d~`QIv+j+}w3 >?+s~svtmV̢AZOvGӸD+?\T7ІAB$Ӛd5T<Rg)Gގōhn):ʧ9+>29ҽC8}ͯ0ՍwG8ĘnTVA{wh)E(`SUS;#
d;rTgJcpr
~1&\wDΔ=:Q[_4R\19kmGU:\mX	֧"I3Օ.{׮[ؕ1WԀ(6#aѤ><+fv9ωC:sGnޱ2{R@a0k̋=2X$^!`AW%-SAC^@#lHd71juB,q^Jȍţ95;ŕ*o,RɎ<PXZ4®Uix4ßϧcLRݧ8DiAğ~rt5$'dlަ``hشTl- *Z87=Sr|mAFWL)uoLvֈ5j$jIQ]mZvt	LŸR/7hx8h,)n.w",S9oQm(pv'>eޏ2KI")5SI"#{|ǜj$ͧߥgGT@=0eˣGxU˂_T}NξǟE}>ɧP.IlVmjBbvKfU,9ZSjeQʼ:F'H?Õz~l{&M!:	cQUO_֑ύ[Qd׈ʰFQ;'=tL)Zk>¶c<DO@ܒ!1q,B`MWY.C*mV9<8Uth*Q^܊cݫ6dxS_@k[jG+N<ޒ/Χd:MmdW8e)q!ƮUp?1A%ji.2NE֒PбՏXՎnɸH9hǣфa56Rb?u@	tz6I>_ؐ|]8ҢM9MH,Ku202S
53'( wϏ+tj͖YTmeq*p-Em_Ј@N^Ӵ>ĭu}'U	jk̂ǰcV	6dӤlw\blfW^ =B3eے:BMSΏlsEroȄ6~l-#dӽB3QVaY*`ƦE,Di[g1>6-co#"2Ѩתwbײ4u6ynR9NSP	O42^3Z/;8ZnfСƥNHf%B(g%	u{ӑ1=֯]bۛ԰ZϟšaŉAQ.Dgs	%(>Q#ùA(0څQiu;h0<͞SoXMɵ'HrYj9&DQ'tHنQʑ~85CΎ~(' a|RҠCڿuMr^<>t>wLϱ!Sdy2β(Q%Cd\ĄQд ˞a6&>2EOb|@CbCP`RSg8}QVjC4?p.4Y23!w(o0({ŰPPvf?xUNߓ`%v]cUZT-)0QZ+hG_~"sJ+&/NmevJ:+0C(|5`ӰzlvUJ(p-4^YוaPhd?M{6IXC?f3%"v'.ѭi$kŔdjzrZ;@Yɻ"znr
4V 3kӮ ыk6^(J}]N_%N\~פ=CM
<ߕp"U*MRՌ$m|$ПɄtgDwѐ|0Nff*!t1jn	Qdc*P@;oKǶ2G}EbړH&$n5#z5qN7`˚gɡrf<"ZsL~jv;VΥq	x6mS|:#PvȞ6]z}a.EeEHl	U[:!exu#8`m,t՝'lI_h\Εէy	iR:vu5rF2~9oJdj|(Kbl^AUkf^G4PD8[h4qȂw˺+Zȷgi!/BDf}VƞCѫ3apxnNPA-	΀xͮ[PP +ś.;4@EkbW.SM-X=FܲKj#,6-"8)+lԂIŊz-5wCV:pNm/IH-gJ)2 Hy[5A-iƇlޤ8i3ڢ%ɨpٙs[ޣQ`dQȡ4ۇpiP͓4ԭ<<a.ho3PtLkÂ{ޙ+zťƵ[R{oF2b{(MiG`4Ϯ;2ɟ%iO؃|~pߦS[7f
]}B( woHJr(GwqN",e	5,-΄ПK]U?ЛHI0Q<nCc/#)|\=Ƥ`L7bƃ1oXɇG?QjyK}ܴ0Cե`i}7,J
>av{tƚ'dbthŝh)I>=b)+ٟ0؉n.*Aԓ&	90ak3HE?lvQH'ɞ55t@ާAĚ5o)V=R5*eTĻďoI#[i4F;g.z	:4>jBλOz<3A/΂mHڦoD2Uƽ$JőIܬiH(Mځ'6?ȯ*np/,fi`\޹ D÷}5,°<ȘMyzzJ='}}wKgPm(<JyH«ϻFA]ȭ0=Z̂l&zϨk>aӮo5ih]Qd[_!w0_ t9ds]|dF8>ߛaS'l_z\Dݶc%_HQ8%./VG^D2\bܩ1vau{9LF@I$x	LKČAƇC; R~}h7:bCL}Ldz`T߹
<ss.l#dۡ}69gؕzYSdy>>l)F&B jS3bz]UlR%fe7_qk-*r8,0\1-Nre9F|g]̌}YĿʞUYZ&ݛ6֝mn"N-_'@:EQYŶ^Mt}^
N;4ņQق~bVV`w_nYE{@T۷~\vZe62U.}cE}^ux^-*dބBfCdbˎ\}ũm70;|I#Z_%Q+	kb.k6T(fx}kk^y޸>۞cSCgdH׼M5jӍOt$ȾܿADgZv2EʉcɊ/i|=>vݛ^<#,0'msWԗ|\*\AH\bD;4$ZK]FwM0@te	SK;Dc!Ui>;!nE%(^ܨ
]+0a/8G(V~_4 lrIɊ2ڬXT(kJU%ZAP#\oV2bf6T4cںN2Č_PٌrL
W%ٙOQHnj;rpiĈyx݄|J[F 00WߍY	ޯc'߫rQ\s)x6iQq9mJ_:	Jc[
Th!tV6B&	ņRl;P6;صDlV:^gZN
oFvHRl޶kPDo&[5SZN]мyFx~'f؄Y7U`8I^,?tA'Eik][7\ʵl87Z~vn<wGT%8`Y<]xjk.Eo)2:,!s݊4qz1j=*xP̪h`Y"%5ƺj[w$4p58AtвLǆ# $,mFbɒm+X۳!YBC Z~)y{˧!>ڤ/lmȣ8]D+ܲWhnе{1+xq<XϨ!LnH[֧X*>A?3%	qv%sf|Tc?1sCstzRF/թ+ɢ}{d&AߐKόI-Ѧ1NH~#k
щsac5ΰؼ1z*<&
UK)gEA+	ǢLmz˲YRElK,'*(NEN%i8֤DIaby<|mGyJxȾ:t=ރ֔?7a."3X̓՜ Ϣ[12;,сIq}nFiYo.K	U82KImuw=Tjװ.&~O 1H?\M$+8=n!rxDBU>-|gȣȆҝF(ēbv]/ƒ~4Y!G`ҎON
On=Z4ͳ*4$ohN*י 0~ŧ!{o]z0Ri~n9||tX"C=͗Ea tȧ͝l&
\)8~Nuen+:Hq(ng\ ܫ.S_eH(\8L>mW\߸BIGfZ$+5lJP#wSii_gyN=7׼UJшC/MW:o'h,ȭ,~)RE8;l~ág]RbTvma+ۘbpנ>-v,K8lù|0?rܸ\U+@VK~3lC
{ڶF
.U{sqN7Iw*ZՐOw"ϞbOt
UZi§H0o=1wRwlcր!&BU.QYvyզV=A}w-^IΓg+WԏPp[ۋs:ZG
u:]XmU.#ޓܾ+MmHQ܆at49pZT# G$4;]ṅK#yl՝}a$NҗbTCdZw
˂ϙq۹-6!NBF\[6ս{<OD'~sof6+Wنڮǘ`_wL?W|=}2tVP]>ʹ?33M<>ƭf8Z)}B(b`)š:Ҕz]`s?J:&XEcbמwC75A+R{NDZ֋̓Ҳ]XɷPZڌG,%)jxPrk sș&pЦ&cO	An1!"SJ'4o-Eco{6hmۙEu˄{Zi<88p=4;A9mys!3ԛ<$XdkjEOECeWnՉ~X}|EN0!{ktH -ӻ8_\Rܾ̕tSWBԡVcڱesdDŻs6L՗P^;7*p-Bq+7ߋ"%)'K@QLN\Y UDMv7@^9ǹ=^%KNt=~GY3y`F/Zr:ӍޫT8ry5'N@hq$ѹğf{J6GUWg"R,=e73k"IG"y	:ȄIzݥ'wTҧ}R\!ߐ
:K5$שy(>Y^.)(ǇO	u0t;8"//{2~|=$«GT)ۗ[1[։Ixڈĥqq3EEIŐ\Ҝ
~Yٚw^Ǧ#viޏѬ?)U|4r/dC+xzmvnS9z%}#:U+|uG<8fR uN=>rͨǫ?e8d%E4r~ĸBAuF*\DּiiZۇѐY|lxĈES">ҝZv+6'rs#r7Eޟ|"5YcH~Ԋ9w3?wn^-xq:)")V
{#XLȜUp;2Լ{Ġ~Q*D4tYѠ#^߅_-yQ:ƚOΡ{J-SB/e8&+V|̾xeFR&kR
6\*1VaD_4EZt`}ӄI^cAGodMՠZ%[Z'5ʯFdP*ľXn2W<Roy.ֈ\ޮJU'܁:bu.M<SBmrb3KhA'59+0¤/XZԤ
g	+ƟFu6axnanZLlʊ?~!y[dNHWw?Q6XĤPtolDTMNsbcChSBnͽ[v/=R|Z;Kb<+KI}(KtB_"7!"xvټFoJ>q@B;o*UyA!.&3/ck&g&\/ZUsO	qopǷʧ9s(cz'Pux	jbnپ*!+ٙjQ5 $k2j΃~2haSٹB9jpxs;цdqїuZHN܉ɇsoFY0S*+\PvZ`dFQ|Oېtl_!ZD+_ptP.4֪g8SwQ8O^ըk>Z?-?[SMwDٟ
AܳblI5tܬM4b
2H:7eHc
>\դoWW:X/ANՌܻ)z_KdMD%[EϿ!.
1[	=1hW;ژةC2ÄYbwĽAmt/6D7}Ť]7tqJڢ4r҆[mvBZSN-SPWm-"AD4CaBM7б )e #Ba}km<	)Gx@73Bt"Q<6Ѣ3ĚZu$'r\%F<&ѰH;M#5OߌXT/)ɘ΀Ԯ+"$[}0`Lc`>xugu9BLd̓%Ā:If1ղvo1'0frZпic||qK5
ylvcˁAћIBL9:/6c+<ȗUHYں6Z>˪ЌĪXĜ'eg5Z>_i^JklTU4B^wzRŨ ݣH?bқdذЧ&qҩHlɺҘLE[N5/m_T'IM,Fr*Ĝ_wfl;e\_LjxRW1fEYXHgIލ2@ْia_AR'=\è:ie)NKl?O$Ka\qmtG#uX޵קIa-6P;̺ϥ3dݽA!Kqݘ61mȩsL*`Hp]"%BcjOb"]ȧa5gم]Ӗ?wUB![A<<YF#J#VTuŝa>li?#ÂEaH^14/DM||lk3u.:0| @ɝT'8̹oٖ|f{3Sl>Bboش'xaź {S[[~&\ČNt3^YKK|{×%%a	-]Yܸ	@٤\!%c۸5RuׁB%[ٔMتo$m<'O.yfē/қZ=Hɯ%<I*`!SJOd2ݛFѱNYWCO13s-QG4`OXtH۬HÄ$d3ބBa\x, BKIn@Q	('	<si??ɋ.WHͅ"1l X=eS>7!N8Y
=Γ+^Ԍn`Ѻ7e3C<Qzdc(+[:΋#4ZJuԂcHo#rΤǯuҶ}_wʉ"ϓӤ'M;_g`ΰy@Ô2мYUsuu#ݻȋsk9ſEmqkG,A(u	ڸڨN@d^ >ΈykgD/m8"FiqnK'+ٳl2C4[DaڒB$7՟r@(P^;'U	Q$R?AN|`xcE;weۓ=ĦkyE)-ktYg%d'sy(+Vc9ݼ\a^&+fn7!S#ձ!!jlfɰliu9yUM-S'Pw>fQu
m~@i"m	pj75Xg-s|859WݵocpUي߼-aO;X)%l<.|n>׏]devnxˣλt!3=bpzfh;"!NCN0ǰѻJ3(}"9!۩_!ʈP:rxo]ɓg vH,~=O}ԛuL?KZJXr'os21ohw'2@HZؓB
eY4TxE:xv3WopedySg5<`P܄SxՂVo#R>_s+e k<ќN([HmrAEdl znD9u<j&j]q[)qdA.II,ILCsG;x'rI@ĠL)]]·LZj_mj$oXAb?"ytFӝ__b޷;Uܜ$`[ҧ܌h8!9:}*C)~/ױ~Ѳۜ/iܡ3xp"{6XRAqr7Q~I5} >zGiBx{J5vOBHEC)J2~p/йKރک+X
zT4ݵ[*NE`?L4s]2"Uomr!e_;KgŔxC?p\=+ںІ҆>^M=gNU_T8sjOl/|!vdx[&yZ8h=+{kǐ[ܑOMF:gҋDܮ-ס;/W0[@	|ux8hAҼWWǝ%Ǿ({NZx;13U/?bqWPdx<OG1Ѩ>Š=4{U_q-8_o>ٖi}YU)#*t=]X_Vuk<(DDLu ZMufVbϑ%2`&ƶ.fgW,Ǐ!1b-Z6.h2̅ZhZZ_Ҝ3>(yѠ4%+wx$ۍ!(taAYw'Ewpnݮ̈́NչٸʘKL+`ʫ(nS(O#kLȺ,<u]&u:)i\{m9͔hćlO{-IzibG3EN~mT4sR+2M5QںV-oRN~8[k2ؽd(L	x-{lǀw$jXԧ7s|w<3B֦L>2ڨ@k[sy~%hX(PVP|^M<9?c|07FR]~G#aN5A	OHO"C,h:Q4ی˴ݕH{Rsڿp]2}0wjRdRקeSGvp?ku
qb(/mvfr(HA7~A\`i0|q}û(.+Z=ײ߈ϸRZmb(yp/L,SW-&,G+kdfn4qܡd;3RsU}_UqO)o!K46H13ǰԞət)6%khʧ׹m\1lbB3J
,A׆%)dԽS0n<m:Nj5̙#{j[T"XbʶLot3yn2}VWk+$mW2?CކoN8rYyLɩW ¡Fw3*Ǽ6	=<ȧ
ZS؟fN~wtjF _kb;:ȩҨ֜A@ؘG$lot"&ٻfV2BFJWOqcL

Kɻ0t@)Z?.)b
e4!.Q(fč(]KƪvUY.Ъ1»ϥO}a|:єdI9իωKpwD+IphWx{?1lfcx 5Ux;Tc{2Kr7θGvduA1ZjCovUčLsO<(ɴFͺ+qEZjɠH2`<
*ltgW-ه8i`
Um.ie =G7?<0
z*IBj2cKZC3րL=qb,%YgDkvO]WAYbP<I2zàQ1-qR&ا/>OT_WڵrSƣ0d"w˰hľ|EF
^xI[:HP	gEkZ^kGFSVox$B%XXt[}[k[\́<cĖE$ה	[rܞozlXȝ͡]
/wYoK/޸,{t`)K 	|yV\^Tz:c*C(ʻ:7w|x[}/iG}r=*A~)E؇TyĒ۴<,_"$a>$bư@-bimu^Ŭ.wX:hu[ta9,ıZ]Ui0{>Ǎǅ:<؃4@VaF`#>e="_4ҍ+:wՎnڤBDѿА9iƛ\iYi
)	١Ez|<Ujf5ҭɍ8G!l(Rͅ;4/tɾʅZy44DS\>')͕;ny(Gw9Sl	ohay.g~5h!D}n͖ςf$$UsmtBMYѯX56)AȅێB۬	g0z.۷tloHǮcȥfPK{B?ǻD-b|J	c_uӺ5&}nBwU D@Ñ(nSA"&TK>?RT(ʢ~6P~<h7*4ھ٠yE߻Y{{+ըcKO)|H>L]xu5jާziMQԺtUQ'>Ĭ^+&vXuOGj]Ht&ӨI)oa9PcβdE=Bz'rb^-ٸH=VǬګHcq)Z>Z'%W,ESz2|>t(!^TtU=D>h?I®qvЅĹ5'ba%(o3̕iksGdޛ ٩vbu_ZsNwrz:31@̳~>1!}DOfBIiDܟISB|:R:64Wl4	(3d5w!ޑ):;UM({`41վAi:yB	Bvԥϒ1r^Hl"-NM²ģ߆ܱ4PȦZe߮8W*a\L$({vhimIeP׭I6@HKKDPnUr9?%)#}D_3ɺ7ܺM`VUP_o=v˶_2G&Ӡ<?`߈Фn>C}Z3@oS=zMH~n643Ĳ>[ǯhdfW?(fsXKwteIئ^/ބKOފa?MuF%[lCPeISM+AvK!#seK2Xލϳm}w_yY&C'_'}ԇ9h$>){(:Jժ̡2HgѾBYv ]KrS{`۷܅u4;E[0݄Z(ȥE]8hJк<(D~$"}fHc2s#PxGRtx@N0+HDS:X˺d^ HW`+9X>)EȼekkmILę~{l*..Q!Yn`s88"Qtp
&Y"5(b`lgQE`rkRo"Jq?Sѩ^ˁ+E#ف^w!3F>q̪)H/e4ťՄ38£#JƉFXYu|O!3ūg"tؕbB"/G!کջ;<FhL3>m#]FnV 4ִRْ}̼ғo޺w%fZ9`7IJZhIf{ߧ:B8F|) JϙNul)!+ԇu2~M{R>X~țңxXO`3BSe)y}Xqλ
wx<FHM)ͼ-o'[41АaBY~3VG׈1T}OjIԖ`e5&,`_	׿A^¿sBǋ/:~8"zzҕHUˢD`2Ir	fvݕƟzPþp+zS4$Sˏїqp(haWgH0ʉˡT4ŻaƂӝOrкĚ(l_RhUx+2)Y0q 8+Hˁ˗dcTZeR?0p?Lֳ2hOFEUiuwRϹ995+kR̴EL. gb<C	RBUgE\h({pxЂ^+eN4zϷmj_LIb6>ިthh821J׋zxrBVóS1¤L)%'@ƎW>r"dG,	۟(\ۖz]5|@fғ2NT(,]XVޙoī&5+vu",h
:+Yސw:޸mkWy˽`GLˉo^t|&DhU	2JAq^Nk#(ϞAD_:V+Y51đ/J%1c8RLAFί,WsNf·[weYjb+ mz!0ĝBjɜ&7`Jl§Ns_=ļv[ȥ/aåa`a:Ǝ}ËLۑ';+AP949>ԇb1L M1qv0GٯAԆ"qW܂?I`ft;ܬkL(}IpF)!.@CӒĒ>*}zy@b>_,cɳF~?x)HsVpXC0c.y;23N:\-[.6Sq\ADʙRZ4vZa&n7ȶҕo- _l$^# n{wFԚV)HO%Tיj;w#[JqK{ːZP]l"R
ExGޤ,n	CI+MiўܡZܓQĵYt*ƶgjUiĖ+ǂK$k
B~M%kd%sq-]J6Y2C9i;9^=CXd[],e7ê߂Y2WI`F`
rQՇ~L`"qÊıŸZneingN͗>)mzv߈p͂G{cC}_|{7fW6xAk[,_քwZH:7"wdc}vB]{(qW͘\RȵHJVPoPUt܀ ˧' GSv@X$3PEߗDEߌ<
YۃXKi;CU4/${k%lP0t"e <OĚd(00Ъ@ǰ܁* H+\/.AeQ:|;Ӽ=O'ɞ[\iz6P~~ԜAR6"D\'boh3 @8`ސ"*ԃõ6ƒ|;P`-Ń	)K+.>}p5e-,8Lm[LTƼء('%[}K)*3k",Ur;8D~	ӳUJH9۶6lz#>8yds=̢f20
*)$uMĪlЙ9תxL"rf##guei:ߜ:j}4\ٹGF+*h>
ެ!م>"JH0l\Wy kgjҔj|~LK*.2k['JZƅ8`=ץƘR2!'/awi+Jn6QsQCdD;5.RIR[6P=T~Y+@īY2P)8ujƷT@R- PV@u@u%MZgـiª`ֺH!@Nl%h"ި~_stOVt}|übá'=
Ĕ7ICVM*,*o۬=dk%:I\ߌbohvA?v^căڙ'	'Yt|H/=5mt/WfR('r50ўzBf
0Y;LT0Nʚzn,cp<͓iqv=	0\IJ*~ʯpxIM֍6B$ȜJȪhVQ{"=xЊbB$%tj"`BC
pw2eކ֏P0J>fz9$/]t9riBa8m_kD4q iTYܻ
$n.܃V`nՂ	t;GN{PUC"jeI&1b&nv_*ښfl>̯4ݕ16.Yɫtxf KQQ?red,fUVPNUVhΠ9' ,?Cwmq`&MiE/ohy;vɾQc,Toح'*!QIOt7T-ݺ4|<LG["%ja+.[F`۾͝t]il:6NVXuH(|<¤Kx ]ZEN^[igL6C^xG4oshr"K	ԗ]ѳj11o:'9e&QfiԔk~Cl}#^yKYR>܆e3^h/ 	הVA05%[¸گ=ϙ5jz%ܳ3!ؑKOF-1KYx|&܇63\X5|?[>c9.?[5b8vF.ߪK\a@$̈0vvC*ZvX`}T;0IR.zN 
g=;*ȞC]_hHIoĸ/2Ĝm8ՙ!GT3+M8S$<svyG<9id̙&P)8Qy݌OL˨)Bz9F,:F1L0<q/v5ɢ	WR;h5lVu7Z>SQ4#|Sf
''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24990)))
