import brotli
n=a=0;b=1
for c in r'''(än)9MlaF"z[iGЧ3c2'[,!9"JKWa@S6gb(.=͡0xi/n7YuY\<&/35US&@Wr{1ۭ4'l)ݬ٘!Ǝ*[}3Mgާ3;;ZPn75g2)\6^d&'	 1gnhxVi[&-85upȦ&CD(aQYbӉ}r84$|1H 	&VXbC`۰~DķƐH-!1<iUBcfsʪԪ{u֨o6Zǅ=˵C}¨ĜR{ƺFX4oE2JЌwrjtM87ؓNX~\DMlAn {f2ܱ#Έ;qU79qײWծOޗS\֝[sOՔjYeKe;2uΫձDPi?vRjo?j>bد=wYSD3his6^:no:`t
P_H7VJyҴ7`%vͥѹ	968'_uA2M!QG]DB)Pw"&B&ޔ{/-өB<j%4,Yv*a͓	[ĸy1-P!=_ȝI%kYO҅'D<r{D|S*Vas;f=+|A|n:11^23`ȩ%	
fgSv	Z@X~fлHZ'Oy+|Om`n2<s֤s82;89b͡Hџ0Cح/xTVʫ\Cn\Ϩ9=cfv
S6ÿ+~ju _5*(.1wo\/bO*4GմlVX04hUϸp%lS>/z!)NlTYUN·y܀q|OCݑ#voOZڍlJ*RUI\pf6Uz[TV{prJ݈u'cC	_(6WJ3l+˱5@r:ohߝu25kxi?%RÏDwPKc}ߕzfh3&NBSn\d3{^K!-d+Y~#B0o;),twǟʋ}uޥta(h=G®>ɯl0v:xhw̷zm=IxUUAR׫D
֐^\َ׶`9qݖHN0}'94u0hcΣ50(o"a6 fck#@^6C=P60Ҁ['q&JWɽWnv&8X_&
B|2`TuIFv{ F1j_P!70)+wor6D^Jx%;H;z'3IQЁղ7Ga_)5G)E8gk4=J%kcMő6Ǉεg
zSG+YOHO{HRІun[if640sݛ$Dg) Ò:y1KTƔϛC!vem*5,'ʫeTLcij?b@LΈRye,w7nI+51ܣ$<¹%^s?ðxcIZ Fr"kCS%wY}[и/omW+;&ҕ.)iJ2^.0Q?uʹ $M5
_D&{з;:`[/Υ[ŊNAA%|KQ2^;wXLO֚\[KޔÎ{x-Ԫ'#Ozޒgzoq/'pC'!Ƨ͝%_N 9T#v%*ʜ7K^}A^[ͩ+r3ظ"ɂ,ByiJtI9#MrgfPЫL|XՒ؈Sg֔Cu$΢F u(%A.qPk,(0x&+]%Y\y@TaZkffY6OVf+0{*_Xv)<2@h{8̔<f?a3U;DDlOM̽-4oEǟ$ܧ&(??wΌ3Xdx4pcj{S'~j
|Uد ~Wك7<N!N2siW5'I׵\&Ҫ޶Z0lPNڋy>opZCCf"W15&8[.?ւrRTݔ2B
AL-$7m̃ۤۉ=pc).\yqhbo]dʄhwiU~҈BJ!;G	3}{#j0Eǟy)B]ߧ|=oH,i5	iGP7tXSYYЏh
bsۿ
g(
$\8$L!GWtŊ"k1*rRQ2us	9UZAM[Rѕd*RyxCW݀Y|A)H`n^YbOIiuSN^Nd̩",J֐>Ek/zT5Bxwn9M<FCwȔ%O)OaY~cSSuXQ/>)ڿqݕgAo@EOf.%M i%Iy<S*ƍآq ]'RAߢ:s<$rl\Ivи`#"T0&.*19 <FcBjegYӕc,Ϭ]Ƀ"LŀT3Ȧ&wuΣ:1fUБy%ȚtPn'xк(&<ܷdT˯TmK/
nͣȇѽ4sвkq7dzlBG3!9PeKb1	#D~.vd{{L&gb]7W8ʃ΂O) A*q1$r<X8~Saq6ˠ,Ř'^łNňޖac+~ N>R	iT¹r53h&We^kJ?8̲vȕ&ąqjEyzE2U50V#S(*sYAUj{$azB>
͹4@buֿۚ@XbKi&&[
>&;oQDB$R+UפZCG#sGx$Ҙn 'z%"*.g\V`-U2-5Wۯ!@]i)""/U.ȹngiH˭RJz×uv`_//>v6>fhFAĶ*ߛʃvF|k\4ijUϘ$RIIqоR˄)b߰5~Vc.KH_&6'ߘWO5
j0w	ۨUj*Vai0HyWGS$ L_Yc<v2FY̓Q5,IvE6|LV9qU-/h{R)Gj.X;d2nhNj8ª=E~[ԟw).ciR8º9+AHe-۰!g%5'TŊLU}_Z+g D6l/v`)ӨleyaWL/dz5]ہ;4)(ӖڈŗSHɭ&KuY(+;-ea7>\jFQ_C[lqte=
^"`Bmfk*5Qb9,|}{'=r^wMȧNnDFPܘ^koLob{w"rȂ9Ǡ>Y_<7Tu]4T=[
Yх5L{k%}2.T<UjԮwe4z\<@~,wibȞeԓknƪn{z҄o+#ל_!'ݱت`	xm`>èHz̱kZ5j0'bS)+|/1
H<(1EݩMsBƽhkڠ9ԷWmK9$eI:t\B %܂˳o<fڼĝĨhǅ2'nhYx /";DE_Ep}2QjHEfɥx)~*L}N$}[ffL:BcUTSѠIq,vwŧ8!8]ceXy.ztDr{_˝{]8dc=ٴY)̭Oz.x>W#ۥ!Irk~7

WTkGMjQuD`qReE(DoN^Ϟ~Y !l</ŦtG?9' pθQ/29@w#Ia=]hMu٩ڽگ	4,I^\KDeˤxTcۈ{#mY5,wi@&KO,a:zߴ4\@<hP|Ȕy ox2ť5QBKؓ#ؙ~AǟM{|)eA;=.޳Ҁ5Xk(QpnJTXb;gAfgޝ&Ζčt6^\P{U)*-[f<^Uȑ4!uTVeG8Zr>pE`֝w&y̚QδH3O]7͏C%oCQ1!K*85ܫyWQs~v{VZц6MwFC8R oX'f&A4TEŅ%&J;_jb[$jZu^)ԛ55qZRqfӵ8%z%*PIjEw]¢QsekL?iLJxR*X4rr	iψFq01Pi<&F?4͒s+E1Cs+
Յ,?,vgĚb׬!$Ucmf?VMKDSiBѴnН}J9׻b4b7WɢML'@C\Ⱥ!tRoˁVӔ_b6^#Ȧx|+'y'ߋҒGK?y)Zd;Lޞ|8ATuP7_[2RFNA5wqݥEepIqlLE!p.[*gN@_R8ʴq"J(Q:*(m4٤ښ$2ӆi߰iMI)Ͳeh'wЦKc[4_zdBW"y4]ɟũbDa->XZuSd`͍a![0r(W*\˗aIyd8^!MAքSX0mF8p6Np%u9ʿg̺ä6UKC͢RW0ɕ)iRG2q94TaӊR|l!2ZNFPVQ91.Ti#:Y]/ѳL\dN_4ud#'qP~k5~dtcoy6"Xgr*׳_%wG{i{L	Vhd%I$3^oflJ' >kCb$e$1+c?8eLdTC[&x+7^S/Eeؽ=%-K0{1&ԡ,vxpOJD,cQF`MHn%Ӆ &B;Ϡdۡа^Ptڱa.{`@si1ַ~]OY%a].;õS˗%[Q3KωKeA" u>NxĹ?9,ƭG@|#[-Z0hsew0Ot5JyU\gT!pcʥ͞yŲ84,G@Qm/I2D0i`%DP]^%s(6=\o]rSJ_Ntگi
ݝ8MiJ>{+MKzkW.>TUeCנа55ylVЎ.%<~]h
̦DK_'2 E/?}<pF4#9V؝(6EKW9BM$cDXՍpQȖqYe' ؍!.r	҅Տ?2]5),yK?TεY,!>#^w+[h +Fu&yJ֭2c֛үMTTq}܂>Emܼ<hzȎeٰw<Щs)'$GkS҅G
s HѮG]3Qњ@ߤm$&0z6l`Q,En֊ݧՕ-IQژ=k4Z5WJmU߭qJ?e^%^J&0B`/ITl^8=0]bb|m)^)%֣rʘ2e¸@_lQܝܒH2K!Q#d]dGp=یЯ_]~nȭ/B/%5fޚ]sSǞ='ìÛ#FfE^/{|J }a{5Bg%r{xHmґ*AN_ĭM>Prh{ӀYFNF.	TIxZZv+V) aX_ei:4;9P&i18_$.nv(Oob57MWڼ-KblҨC4js2٨Nm؎	^YJ$LMSE@wa6kb9dp91T.ŮwE<ڿ6֑-IF=%W
g@^OCO<	$::RDwܲ'4T1N9+vp0e"%]$f0
V!74|0{^<`VW\L+`lɻgñY*tW҇ {ף!/#cLڈ)8Vϐ`ȅ	w;"li͉r hEzEIf!py>|4t5\˘`uľbM2@j9qyPڒCLBϙ@+ϼ`,dO˙6ۃ%:BacwC G7Pe$;$jwUڤр^CNYnc_J۟}Y=Zm"oX,Ê?]ȧq͘ԫ8[WZ
R-':eh}ԏ!jN]Oq)lc+U@||ii--U ^:9O* r
y$y9$wkKWY(09KRA}K41KF+*C4(|}	WLޥMQ5Rڧۮ͞"bcߒZU,0xA?kPM	iYre-GxQdeۧ C5%fcJSDi=?T)۔0̝*ʭj|?z}aM~v?o+4ӕe_#ײRIZų
t~	xI5VfkeEiZGuaFߕT\7*QԩxuzNxDaҠrd'G\(;zHDR*߻fEs?0ݭYgEZtme5b\Sg?URƎľ_I1֨ruOb&wGYs\w^I2{tFZJVcͤ*9WOLRf:Va̰KZRT;jWԅb3r%7ۼ&@{ea=rfi6C?ǒ3SpRPƘwbmp{	S,\>I~a:&|KUȃ[oe087/SRE҄τbZHQv)ԈmZKT*܁ȥ7XJ8_2(4xo=P)*3 GGYN}}9'Nu܋xuҴӹ_._?f=_^(4Z܂E4$z݃)2ý(6[Cc;ʣҲ+ZpC
+>>Q
RˤS|6Ҽ*Bɨ&}S5cKȂkYbODcK^N`m(9h%9]\Mp@p=ܓ.n7dқdsKjӃIKj^ʑJGZޟo8n~ x.]6({Ό6V Fm͋D
­
.M6ų=667iAҾs>#RŒkJKԛ9T [pZ^XOE'y,װ«	ߎϬ!fͿOaҳ	dzTJͦ ka5\aЍ6)
,׭nw	O#ev[,u*>FaͳeHxjrH$Ne
Ngf)8p<ARER;zx{Ք1p_Kõ1FJڂ͜Veu@tBN[&}W3~u̍j͇F$mUmoЉ˾KhQiˏ!:P&6(PNXJ^_g:C@5&%D`W&ܝHs(;V@kc0Aض@M:v4ֈ!݉o݀9ٱ6*̈́q'ۯ҄ +̦d؆s17rʨچlI2e`ӷ3|^!ʢ=8GۿԤ}ZH|wO#g/DTmǺh"гK͎!DrBL3>w<9?Q4ҹAԤS?8#]Nt;9c7rKȬ_Zf!
ЦǋX%9!baN{Gr4%6^Xa.!ڜ*3~68۷S{ǏB_>cFlAO;+zVg{-O7.îp3.n?&N+^n/Իa'3eS3Xܞ#)Vs6\ͽ	"םf>o]6^,gB{o%>FـOh;{ʅ$4u:mʥ#/efv6ԏb̸Se=L=˺Ʊl <LTn5b I"AUXs0&jΚS1w!kͳI%֑~NB̕9etͼ5\F%h@ÌST^m$yCxƣ`}Г|4n%$~ـ(JE߰
LelsIĽ8#y,6f5uڰ;U՛=ܫ]'?.Oq=]UndtPk
֑k%%<ĤARE~e۬eRm)ǒ8	Apu+R]W\F&MР_[}7BhNBKA72ӠbFHsӖ*4_Op?
UkMٖݩ]ƌ4!/@ң,U/JvsӸպNǸДyoV'z&DU`aERk?\cnŊP0q?0ɓ-x1ˋ310 :W}[2ѩ(gN~ߧqC#R=I&XV)V-
a ǮKɻάeIsgNDB/!M$@8y"DVsԥېw5 ֦ϼU@nEi1/̚S"A1CO)917/¯\-37bTE0KݭAb]$qϏġ×aia/xל+?|e̑C{>HUTannueԇ[;ע׆pKmh:8%$nB!.:6}{E|)Zϝ^Pbk@OȤ(8uIg[,\6&Ne<߿pсi?:WDНҲ+{,Sg\cAcUD):?\mٛrքCOt=:5ђ@W`_ե]IDK^CNR;mǪs]GPKliZ&sܛ^a$Yu -ހ1)ИY_Q(@_k8şc,# t+Kx+fl\٦.[Ň˾%;Cg;V8W4`@5rCVm/:nIΈy=Qx8YV~(X1cב.wvQVݵSkM!6ӣ}+rV0NTk}Ԧ4uQӅMyJgHu`KmS$K(s"WiDnSr4RpOº&@Vl&haƝāDXħ$	}@1Pd|W9k10|t0zJV }v9"!l2$yݚb6rXpϸ߳EVWڹ^='&$і["oW4h**͙kZ&e()ߦL)gż>v|`Y	yֺˮGVBβdW~Ȝ"H&i׉Ϩ{AԄ4Ȇ(wuZջO\۟;&ʥ)ɲ+j	=ӎm?	:,ܦbor[ZhǢ`h!sF1/MIUtgPΟ)}Xc[gnp_Y~_ӿ`#~ڒ@5,QuȫBȩ­"Іp1=`v\8C-0w2ºۥ!y8ҪNJSYjgbw od0cm=jLƜ(Ϙ\qċIdN3kI^y<;#LCeՍVPf L!&#ժ[(>& ORkOu۫if]Icyŉ})2k&\0'd=5RSc̪Dʢ;9xCl#K%zk5ͪjp	42Y9nw
&1~'"8N)rd>I8@ԁv/)y4r?h1g)`ZD/UWCֲq9<3{<IĤ0~)7*Dřd?>U%)83a#u؄ݫD* q&:;gfsq\$GˬCcf+&wh#ŏ't$&&70*ib9x'7KR	<˻k`v|@
g̳"lr<nIҥi:ѽl9fV~;X.ÇJ$c|S#a+|<`)ЗoڣEAάK<ߝʶ0JhݯZ`_/NJ^=aUBE6u%6('c}xyyY&uMp0=*OƝh7$6Ggea8Ősԑ\}Fm۬f=!8_K՟	y7ɮj'UB+U&mS?z3W xΑFN%|R*:TILW8{S.f,Y8)ťT.1@Z)Bu0+(z˹M0{N_1~q8!vgE?F/b%'շr΋O«]Ba=c&f3I9lqN.y]J%+ԫ20@զiߛH^"PM&CnCc"U{rx̱jĭ.ID76VլIضDUFSm3Ű;ެϖ{Jv}݋ݤQ]ة).bS2H7/=wܩ@^(-h
LXх*@[ZWf`17pb^AV}w͈)S[߀f}7Ek63>ݍ©flsҲQˢIBd%7FȂ6&,:آ\6-ă<1Λi]./XDMWŎ)׹KƷS h1ʈo4it]٪	xϪb֗(&(h{7co@k4Q0u:	BByio*)qJCMȍ/gOzğQjWb!EJ%?EGGΛ)$CXgL?{F(NG1ɹz*`QAt1}5n!6<?Hmղk0FƊ̏`# Ԋs5@ws_oA6qMЯCsL aΆn.ʑA5HŤ$dF7$VuxciVP)nɈG9_e{avJR~1[ŞBȂbrŰmpf!<^s|ُc6x}9߉8Uu:
	g4ҲI1;L+ڬ*Ҍʇ/ز#':Rb^('i"4AUߏDگcCWGhaVjCIf,`/`TՑI,{&AA%2*|]prR?i*|z؋ک=Oͩ)ڠԻӄzH|y-Ǵ'+8o[&e-G1VtV7j;qgn>ϣ%xM<oاkXJ?p5}jD*f%CNla>Ŗ..~XߛyKѝxQh~ի.	L,BxDul!*]ٳ%hy#OPe=Q*Cm,AI?'d	$أ9Skݟƿ~@PBm13RQp+*ܧN%ջdor%2toh]o߼ֻ1#<#)Ƕ@aДmʉݼZ[Po~cV+d=mai8.v̊o~ĦԈ%&
grpWKW&mehmޒ̔(cQ]>`yUD]̧q{<s->޶ƽp0ݟ^+I;j`75cϿ+}tW+	kҞP|	%Ηdoխ:ȁ^Xq.Q{6rKBTMW$%|1#yzE|ŻSnK5P}"QK@-Z*7R.vu6G>3ڃw!8=}ͰaVqt4Y9и]2|æ@AUxFUˤ¸ŅEQ8pi\+bSi<vH}ۆO_X'NQ
"ao˵q=Tpo^;ɑJ|u0׼xnS)6Eŗ>	v44ތoƘkz̕=Z#Pږ`.؀=@Ԓ1&ImDocʃ20Z$[``]ݓUX̓/V/ę;shH!4@صho977	y@~V^>h=rװJ5DuNjMztucϑdECg؂g29`	S"
Yï֘yDY[%&!V"hؾٸg\fLCWIRC-ω
-_33{V5ThT}Qݬ}&G0ڛl>}mz ~_:Y޵{:/K{TuJ6Qcۜo/{3	P\a)Yưt][JYWm4gՅw=uwMBsr6Ms>!ͪaDvE)=w#3"[WFЯcٓaב&Xbŗ<Kgn͖!>"ž|U͟@CIay1
L܅yd2fƔ^kc.з/ĊҖzo5c~ǂ;¿CE+֞ǝCsvR˜U*QU6Y^ucP3Z׉22b5c^wB¡q,K":bǐ׽z
1 A9K٥OjlnѩM_ҙ0e~ͳw63GE(VȔn
}[ަ
s!t5|^Zӟ|n&ʪ֚õ=Շ+lgߨ5j΋mR}p(1ؗE63Bxgք8>0҅ڔc"צ5=L[ ^[1aÚ=v"XaslhǸ7)߇ߵ\fC=3(=[S,AdǴJ.B߁=fyńۖHErh@'%8khU
,oNТT?E/+$5/NԱw2ˢynlFÚ޿/šk̜PHitQNT=J^pլ$In/ȱzPV xBNt\jZȰ#@{y"Q13 	EE7ҥLm\ש;itpG(^znM6s̑3C/[4s^
ڠ
Q([/
gF+!=8tH"A[;QL]ʮع^6?4:]xRkMc$Լ'/s*Ū^Yϳ,!W`e;]͎"}][ʞSkdɭIĿOХ,z)>'o*$ 53Eb+)9]pe&kJZ`uŮVnZ	;(Ny?9omEΰڌUDL GNx@]?ONq ]Rh2fԓɡv
\xwmb&6?^אpUɴCEc?Xy>P8Ȣd`=G^Yg$AOMgHoF-yʴ"Do\|HU"Ǡ/+:ĭgEޡzuʑd܌Rc5|68$Kx·ʑSKҵ CNr˹v$ujH`
hJ"}Q<a_b!|r{2Lĝ$sSQ"Yq8+{e43z=0_)$baNʕ^G)]d!|^C3S3azuiG|S%?kШCҀކ)Uo<j-fg`_OtҾ?j-ν&IČi}zU,̺\H!PA+sLڸ'&[?W
۫k7#8xcsǛ	ǦvK>$?u:`q4/Lk70Ӕ>2THXv߆!)E03g9!yTQ2ByJLڹ~1n
 !'psX*d~߬ӄǶl]jۡYrŒLfFFtoAhi%FDXJD
Jm֞r;ĥ lS*0FjUxZ3fNŐq+=

/(Bf};,xV;jThܮ\dZ%ŏ%#|Rtm>:pJ?OjNV`[6sBgRG(s3p'Ɛ˭&Km΍ʧĩ1=xvgϱ}&f;Pس<P*9(4-/tIjq9ZZvq_]%eIw	g0e</GX^mmfWN]
r=CURјxI'`(ȚVi_:LtCkbg`Akri-Ja\ҠQhӏMRj^_SR`#LF0΃2PN<0XpF*E&P/lONI"}SR\0pfoa0i:Y=dhSU!ʑ_StbU/t	B
2'žm|{$8	w{;SX'
AT˚X./|Hf~9+2ljsU#&>ȇrp9i@Vsz=G"vlvʛ/aQ#pYyc
`!xqTٟujHp|%ٻ)/Tsjb/pָ.oqHV3O(%HPostg5RߠU;+lz3եQ+2*"o̲C>& ޛ$uG{cV7O%֩ L[IriɀKPkY,!CUs]V
k܉T8(-WŒbdӥ FpҊdN)WYxY]$vD?L#NГvOhdkI`K|ɢ)vpEӿe&-b+@jӳ*=lόÖM91ӴlG0\gaxaWVKVܧM,3	q?$gj, D/ӧO9Z)*{dI(-g^%O`QPUR,{5p@V' #|ay"8`f@H|_B~b}G-՘xG9ky<5v8˵[ff(fUT'X+E`lf9ƫ b̻uT*GhTÏ"ٽ7ڣ.+K4̂ʀ/wqv77%|8`<	-v6Q7MiH:%'~Vb'_˯ޅծ{dENQ;o VY7NՁo5PPb0Hn2߫4n`Ip8»][5~+86r@fՠa=y59:-KvkVRF<qv@gˑvC)҉*%'@TMMqgjeww/kYV8*8%±i̅@Yۚd$/П^#Ç$uv)/7+qfLmLf?d(.'kV.FʕnV͎c.]!t93G@ǻopQ={k0ܒ%j]`5<{ŞRUl(WtMC$YwY-UA(('
Eæ|ʠX-b?8S˔Ɋ-~w;kBYIf4rɶ5`<E{+MBhzd<{Dߌ\&2lۄJ/,ftKGdIE2qJ}8]ѽd.m̓V3fτȧ|+k'	Ir>G^yVÐ&OeL=Tt=Iv?U]jdrGpGA/|IWk/k`Kr0AVqn>oiu (#]>NKS#*tx;;_v@R~1=ULִdD/iMTӂ	=5.??Ua0_, ̖,ф$
PδQvǱej<pWͻ0͝;zsͣC,N7ڎľX`0kk;PҎP*b/mO-n76]zEHTdBX]LH#K#fՇsf#@Z"(:*
'JL\pATX$anδ֖=E7Tǲ¦Unӹd܎Pe!!0qϿUoǍh&H9~Wɳ	7XhaܥޑHLMD>}esgV	bJ ]S+ۖrGth$L&2ݭډ pڑ78ʬo`aM 
(uYQ")"?Wը&PȚ-jӾ<.H|;!)P_P.ҭXx@bu6#β11vـw3ڭ@݇jȨ@q#R0¹GIN:Oke>[5ǮӢ>2`תH.Nf~߶-P<ˍ"Ƭ5z_Wa.[ҫO˭@)ѽj-ϲ*icv|'ƴ0>9iC ڻO[hϑG#2oɱ?^FG%"J>_wZ6(ؠEOpWpsxӐ"K˟c
JS_o
7[.;bZz:"bZ:bg	IxI<g-
G~N-d8ujS}ͧ/q;k	żmߢXE]I2Xj1_(gija	@EYޖa!D3M̦G[_	fB%֏u>IɎ/+ʿտ_`jKvXi@/6dc&ט/@%h2w1!{~*ǂS;~oązXM\
4+LePUW
%K5Cבk ,WۃTߵ-GUaDwǠ3#h.ޚu S7Fmd1u-	dдz,=w8iN`3uhU9ETt:H;&J0]Ȩ*`@KPоv^_Y{VɮWJ19K3v{̿
®/_Pcԩ0H&˔¦d/LLj*VJT	#C(Xoja*{V!nNcz(+
%YqXD0M|"7$׶]dEesri?@!(1{	>s44=^4}߬pcVb~2VLgϏ6bEˌP9$=5ݲ:ep ''&&%pǍ6!ncϊmX++in,W_
=wo[~e{T5x:)yh4βnUU	0ML&36Q.q>ʬ/*VWۮ4`<Ӆ\=5
ϬE{PCB-іH?5VeOu~iLsʷ%j!gr%6yޞa؃qyẕOkgǥ6O~AT*߽fyUCŎԄcI5)Nn(!ơߙ uqq	KW"
-̌|:!ҧvEA'pulT\gǅ<*0LMQ&4Ǽ/E`X7gٳ
Ub)7|kb#ˢ?S8?ڙڠܣޜz}q[Ý)w@ɨgڌ<K7Rq;L˻5TEaߜ"5*	SJ!Jz;jnC4#T G:UQfpǲIwepImsEth>%Ηo@U}{U֬]Wn G~)@)~jy|Iݞ8`^܈GcKѯVDZDV*ɧ&Exk/y+#b߽
mOsLL!ƹ5(xzƵϰ!6S$S.@܆Rʃ=QDhdi-y!k[1źT&Ȑ-T>|˱U$K]HiieRg;e>vu )~ܰ?5Oa/#I(ߑw4jR2aWAP/j"AQ2C4zheZٔkuF2Q[,&eE"XIcc?x%y+*\q-x+ީa?"ќˌl0Ck-j$yKѠr#վ	U7U+rEyB!B`mQ74NOYR~aCtޜ	BR[uĕ#G`/aшo<Z
O5ܩ"w?ܜU4ƈ.!@2ɓkySHWk:CNͮиs|;K D
=(҆+^Ѹh>Kʠs9C+SiaKruC{Uj
di,s>4B`6$Jm¨еc>$I@8ߜ|˺5S=PCguvM]#ppCYNLҙL\iƮ$͠Lǲ<O/
 n:Ow>Đ	0\%|wMd5lèQ۶^)|
~C9ΥjSG.L{e	Cр5_a9g{}s/(Ė&PS%x45}V[ЙTə)tv*:TBiyS%+|cvޮDhg>zKwI6E˶-IJ=X1[byv[GǪr}4_HAc|ģ(<q_Tx1VX5|)=@S_1,+Zy2ٚRj7!&LBu#^ֳd	ۻXܝEXѯ!:`sFELϺ@(ne9M@}!0/
? `Э0{jì\֧DϫA(INC1\AД[NL7*pu]@ןՀvCIդ0|mU԰rې~i=(ė^	UFMM5GK	|}u<Ya"!(RmRUhB{1P<@v[l3:E+_?IC)mښǰ7Nb{f&CÒ2""[A#:x	yé-.cEŷjL`>8Vzдƫicӧ[?wmq+ճߵ#>BSn@f4јjo$Bň}RXҤmO3}n,$iW92GA@loLwX$\xmt*Η
Hj[Q4:ɫL>țC)W
SA.*÷st]%(hN^skj=/.C~RpP]O)!Abēbiys
D.1S?wMrYDڙ^/OrhY̿U
ȤńX*J[ '9Xw^,sͺCtLʟϠiKXCH3U^8qs>b;>fXR\!WT<~]q8*t!vm,:
+x٣cs֨h3U88_kv
,5eR>dyeՕ>XvQFרh!2o,ADbSSڽLK?qa.	p<TnJP<ߞK/}PR.5N2"uޭ/d}prvVHSvXضǳ3LئۤMNpF߇}؃/7Zwؘtg@UȐLH^X=UV͂i"P PpśNK@#IyT\PKbXI*_R=ϤޏrIFʈedP _Ƀ̋`T<zPɢ%IZ@vʛ3_n
ڨϬĔoܟgy+vYmn+	p4yaC&f\WbM(124cͤ`Հr)\ɣ/z']Ӄ;ds2ΚЧP7E[f\<=0T[7&þ"]GҔR	rӺ%xސ[aœCj2r˸~4NED8оiКCp;Ϧ	"h ^&6IڔI+iJKԥcO/'b͆nel2Q]<tv?e $I?.N;7ХȤ>Xh:K&"mEOI*'Y#Z)а}]y(B`3t~ZK&>2XÅ)'jY(IN/IquC+,'{Όm.{|H5&V*8<o\%/g1J-Z!0$`rnie0Dk>_eq`Ie/54`KN):$f7{@+HmjEF~Eœn9˵}(O Q^R1|Pb߁)C~ilˍ" ȇ8hh=M@ݡy>*ښbONoȤÿQԟ5UؿLYc9F.ݗ"W7uz:ӯ'xǕ]Kn XRTǭ$'ʸ5h,@g-#UY]@b"SސG*C.'խõo̸OǾ`"(=vՒd=[(س`ۨz<.Ş-h[HHEbykU.`mTD\23^.i
ǑZjH
Ӑ|,42lqMVd]GmsV@ʺ> z5>n8^#e'eLrHlԝ3۶Mlr}l]Q'g a$5շ"<5`eIےbۓ[޽ۢ]LwlcK˪ѿ]t7>CKrks?n%x>et2)V3.oslfo6Y Z;`qzKr_\pHs:|d97/P.XkjW:02Tɥo`bG,aߴJ{ߘT{tJr8RFLYj[ݜ<8]RqP9P/SJ{TIo^vP0̼\Kב2sŸ9"7)}}fDtZG%_W~۵>pE'Lw|$FӔ6J)G_|'T?+SжQ[>y]ŋZeilW0cnZ҈{.+g[0Ile˚BJ/9[KP1~^RtŁVQ&^"j~9[}wɎۋ^΄ؒR,ɎB/o%'67%^iwŃ5[>J]bH_9:eYI200	9Ђ\4p0֖k;k6<n#	o{3wFhA,ITxN͉6yp+
ky~D4&e+ß!#bjۣCxcVFg/G\؜N˳rez!=c ޻&cKrχS<@2B-ZRav8r
lbmGZ'%ϒWؿc8Nɒ<ۚdĴKfu mgγCwк3_ԃL80Ԑ){myR@_E֨W:c^t'0kTnwoycקP8вݡt) tP;V(A܀rY/'
Km&#sõسww[@Dz4d[A2F_!GշĻhE?aN3{E˝ݾM[5@2¶[o'lg}6$AEB{̺bm7U0f%/gp*Dt0
wGrދjXxt@o_'yfŷekl)Fc26Էj/*B7àFUϝ-|ہܐX;ȣFh{}qyZ+?8N9B;Ĵ2;/=w3+ץ:rsX:Њ)zz}.	طpr`S<kdSwF«vʗI9?d9+BJ\s	ךʊfgؿqMCx:tp.L _Djo }ttH7ӡ.o#8˫FjHGho|ɉK,qP7ΉNP()|՗8z7-o~kű<ޚ	B_3*zbLpNχ|#^bP]KxDWy"0,8WOγ@}{A-L7[ɒ+{)@IBI~0J3s,9},Ñ7C"v?cP6nҬU<%Q_6=?@ƜqW?.f
8)T"-a:'=׾KǄ {Ɠ{r:P*ڰ+VſV%O2.[e> d+`ؖI#egNwHQWHL]fHɾEĚl?UqVaxtV4p?x`s^*uZE;z5gY/{ 6O9^:dߡeAΫղMͳGoQ~>N%Ņ{߯c[	+=8HP|{_oD­668nkRTRZ8$0>prxwįeghQ)L#lƂH~y*SR`'N6*&
+:/Fho"t3O; ڣʱLo2ɥӡK8@E	1y}%@4DpQy<W͢)(,07eP=P1ID;ksנ,yǴH2&ޓcVmqƅ۟E`[[̱G
(X.5r)ګ͹[vnٞsK&;`hrhiBNrſwtl	v`z"٠_V-B$=a4j][5sfn^6GNׄSߣ[=DB݃\Jx{5GWzBAxwdCdݍ^ҩr{KǗ;W=ڶ#2,<b\ZxG~ׁA(F.5r߸_tޓE/Ѻ5l|Gm5]p]nv'nKw{Ǖ2ӏ9߽3QPv jC<cT6&ER4?;TM՟;׳>ƸcE~PdĔ[SdUԻ{_k|p^+z61G5ξ"ʓklUs>Z9O	[wR-`
5Pg$-xD	o0'nVe=7c$nebP,GдBʞ_S*CP 6c(a!ŪLa+׶^K4[|ԾۅGBX_v7N+;F^~nڠ|43XIm})IN"7n(eӘbWo@KyrgSs,ιI6K`0chtjso,?yx5~z}"P{v$/E`8-<EO5EP^M.ӀԊ!y~p­99͢Y,\OTNx)/Hvd0ݺڵ-K4$SOV{̕@ϟu+d[n<6fA+B!m{ܾk$q<ƥ%h<2u|lק-DK&U̿P.ƳC}ґ_
k'#آͻ+M|.G ׃A)>Tp#K\O0ވ"u{K!XJ|oa"WA]r pbYiG~y9HfU<O
|CM s/n%˸vYw=OEA\mS3~9_4#(BY(cj2BмC_ыn1UDǙ2:Unc
  vYK,%~&S"Sw^Vv} V7~scB/fx/L|w<q6a&Eq"t4o"ΊآYm;/+͟O`lm0AU	aAӡ]$Mv];q2WqƀrǇyG۾OX6p^
?F"@'&|λhqb7@Íacf?4O_@EHN?"6
%L =6؟8ҋ4XP>r?#X(£ٷ%[Uv0ɵ3"K~ʽ4
mޥh5c
aƢ|x{O;_݀om޾t
R<>1|}GCC89e1گyu?l1׆Lls}{0I>R"QLue>?:}3!eK<˖zT-cڬTah=nRQS܌Se#h&^dBΚq>#L՜$,ۻDA9}ۣs@`[e=HJo%8loČMDLïID"}EaZ؅rg
x=;.8T$4^i&,E4	<	ʜ{-+xFFFeB$Pbڰ{l\Xjx-x׮`7]d%W1Xר.4GbYuDQKT@*Ѩ3Sl<řVMܴFlӭ*i3ؐ*kuFoxו'@4g áդeƕ8Q$MM4;8|Ty	jƊT{V҂0LmjOHL؉:fK>jwiR'vMf3^ˮ/O\Im%3<\->xaӅ1fDeжI;'QJB4Cg=*.:;@]*6Tqۥg$3Q?߰3Z7AfPw֬/.Ҵ.Od>h1<>	 Xd'
F*7$&ek}Fz:!mnBc/h'>e9lUՌDsɈ3A\jjĕd[ߍPa4xY{̈́IVf}ts
t`rtSy21~12­*9eVnln sۏs#6bߒ_ԒCR7Q@Q ǓJ{WƠ[rn՟+%am* Zk%W_M?Ad;t-`qGNSN]bBm~mGyEuM͂ӺȘXū+б)\k_	ո۝j|=T8cA%`o͎.=#;lbo֍B:_RUVu6v^ql<!~a-<H*a9}vAx½jtU`UBbI,6ߣA!Z_@ôͭd
/H/#?X`ݍr.-%x+wڮaڇ}xnć`h&VtRշt#mzl(0zDq;ENß"b"$թG#ӱ3zպ#d'o*m$.L9ɂU)^mj"H	+g m-J΂+:o9tX+59(j:j I/h|SقBҾUk$+*]$˦B7c ng4<g;'?g߄ŵp߆Цj"q^:`$ԙ=nE.IZ8;ߩq8bM6ڨW/l[dwP~.bO!G/tJ:]:7B߽yzr@bMC+1}#|L?\cXjI5@x՘`!Ξ"?oMk:35:zrowb#K${r3l"(iu<ef.=1+T"@>!%u7oBr$̴з=^ε%άD=dҩWvւ /FNY̎oT~\Zq6
U:Eۣ6NMe
@ HQV^Sy<ֲpzĤP[n7"d?NDNS٧UGjV5Yrt#'xdƆ"/(ܡZ,ĵAPlλXѻ97ս<l%+L'p+I͠SӪ˰e^r]e#
~hSX֡Eo/ٰ?1CˊHf?UouC(T	(Fs!ǧʏ(mԛ
JiV>EƪLizr[D&YeMʑ`{1;iً"Y#Z׌!;3	L,AGy^nlcDh#VmC@$Vd%Z  ªĞ
d3xsY<DKĪ]̐lhxֱ4QX̇ĞCq\c3S;$!
uH3ۛb]I@	X:?p|0&K@[P[p5ߚ׽KӜ8N~*KGBcNqѠƱ~<P^B-dC>_BqooZ_`AZ҈{4tbT-.zGܟ%/mq(Ś:A-8Lp]LE~,Ӂ7h%EBw_?i>e"9Mh5XŻ]7_A|W*m%Zk LGn_RĽ;9Z U܏v|qV?'h;1.rMD1ҍ,md,2nm:&XeQaPF4cX[m\҅V@+օȜRiiWnӪrfmܹ߯qӼ cݫ;Ҥ7H{r|@zA@lU=l>-L֯Ny²
A0#w|>Jcs@5Ijx@d*w1)xQ9{8ThD+- #r4pu9JUbmQ
/}5^Tƈn8ܒV4QN'{eҨϳWAݳw>̧#KuN*~ȶyzX	mVMߌ5D"9uӓjVb6˂֜xҔ[pv`BıͣG	51gܠ7fI>Y,m(aQqEU!±!$BkO(c362Uxř"IXڿ39#ɳƫzŖAƅȽ~cҤCU8cd/VMB'Jǟ4:7.,oy_<8p\Х܇
6ʵ{jkҥ0`j&ٺKJ.yoR,ro[ٸXmЎy|zHg?[7EI3.$Dj^OC79˂1;'do+`ؓع'̯Iܶ1@)whrdeNBeESed7SԎԟ2G BmQWűvP\d +͜Đ0:-dXQ18IWid+,A,c@
Ze08	G]
\cXf]_sR>,ڭGqt&,-\кdHhҊǬ &Ŏ8mO1ܰ/mA/q"ofhuGt}6PL3 k\n0G#nsVnls-nQK.A<<X$*:BO\RG.rڇF'U6]]boTgx܀ǅ$hCK+ݡhTllqzԮ/KlEgiW3q7]{J@8Y9ݜb&ZA1pr5óu_hWvx#:Y6z0Z޶1\޷wN?sDng8lLCzW?ûG"$m] e΃a/G4ѦWw)/AT;Hu¥݋rT"SƽpLߊp5߸cv2ӻخΈZ6O/]pM36rjkљS>C܋έnh	ɚ~3DeX1Zsҍg,P٦rRk9Q-zѥڲ2C֊.N̐)5]6V1Wi]bB`K׎Ѝò;Q0icxjūGs4\qB޾Oո@&XSXi)ŀjiU{ )G"L)MMo:ɕrJdenVN[L+Q?'eh9*@Hl<Xj6o(ރMrNSƫ
HxNzTNښ֙4;h*FPק3P'_p>C<*vg#JӜ]}LR֤j։
aק-r?9ؔp`n38Q	&6E5JЃїaM/ߠ++Oޠu5Ss6CdͼՑɜL1aT׍}_0unFK#U5 »f=jE	ӶoZzK0)'~f0YBva"(p>VT%U{,wIdt6A'K,g_gJݺ2GrŇ`uJzd6f\x
8!n&_/NN'ȑ9E>[_EHn,Kg=C"TYbcO`6׸iT\<]P(4zfqm_ژ
n_Қga&H"{I	AXƑOõ|iʔv2Jwjǔ+miv\_>!~rpSqP*oZ~c
$PY{lZ,4ն$>QDҐƜǵd&Hf9RfԲ˲D4;0ǉ9cD.{*8Z<yyp,͙#G$?@sL ҂.Wz"7٘0((dB4E֓ -]ڙA܉DReO_W:E&fvD`9h
UVֽ;ʁA.-bʅ:*cIK~E6 Uc}U%Hjө5,Cޞo!?H4QS	>ĥqF_+|%wtQz64pM"5^	c3TpL̆/בƌi:)FPp,LS_̪,`܍yRGs!Pr/#3gğQ[2'ۻ-.x:r_4n5Ցi?|QX0>^(fZ#<0mUYWWqirJ@&pWB*{@l3DsN)ײz<Yo F[1T1`Z&u|8B6Ed
8ܷŒm,D'KJ;DtCNA^@0:
f9·bԫc (:LmthAs"]%.mՙ]R7˜'zy3wOeP΋OS_h)MFoT;^w_=J;3yԑo}&e%H/x
{&סp~NRVl4wRO}]!&SzvҶtq+lin0[,	:̐H/ӴVP^Ι[T-MV~A%?݃Ͻ\UbO4wΛ(o#B=TQZo-٨s:lXtuƅGr>~ƽ6-4?W͋JDH)aLJAЧa=tV]>h%G*mKa	PƂwF[KƇØ`qZr$N@C3%.6ʘp:Ĳ!/e֭ǲ%MdSަ֏sAz+?-Qfw:g<\4)|CsUWԃghiڰq΀'[X'ʈ^]AT*\<@ɷQCUH_"xځ6{ `LxulN9{˘s'\(SQsc݁3k,
 9֭N-2v,8΁ÉVJw ;jh++q<M=!dǸhe´ȳmhIFTµ=ߴ˽	`6Q"mvh;tIƿ0Z	l%Fk̥μ9>^.nt,11̓PH:n<0^[1?9o(W2ǘay6e7Yk9߬ܝh%dkE}\[	9n|,ML^i;В	wbzGD%;ܼ'V-ļtۓa7'
7=$NØV2bզ@Cvq~_!˓:!wJ^K!Ze۝;;ѿ"ιwlH	M[cDϒkw|xe,a}|QK,S_Uk
%i_%Ĵ~m%*сBY5Qs9}O	N`~ǪWw1d{W@ІsN@-G(͐44"V/{3T2̜yM>V#	>8W]^:xnB܅IGipds(1*Жݷ:`&ğ)]3ec<	AS!-ׄ\}6oO̈́Fz%:?Kxǀ]ևaH,K+L{!Y*j+È9s(M 9hT#KpKTDН~PA
fQkWͷ
5Fڂ#$T(o-ًPg@^{jΏbӳuÙp2>G~
;RswO"$aKf#e;ĆтF#S;ہĨ܎~ ,ѭʼ-h5E(elW1{2(px[*A5$c'eß>pud%JbȟJP;vmUdύܱʔΟ'MS`7JuppZj[WmZi	()ޚ}pݾ9;^,<+|L&8)&:kP-\.(]SqD\Pv1#N&8L=<3tϊ#N..Ws{å'|i+m]7;\0µvj2'+
`4{ky=K%%S/MCȖMpԓJoF]	ǨD|?	zPR4%	lě!a u1EciUb9;dF,J)ܑ)һ]AƅÎS;j@
U>L˔C-<g`q)iFdZDV:ڎ*â͘4ȣC:P8EeEo]?#5BFmgߑf&
^˺`?>=dTR۞QsGo~.ƼWއ))P}eLۙѪzz8A?TM+eތ4w<zDv9[djswUIF;G@5cSG~̌=1sc`y.tC7IG:8m<p?Ė?n[-ٶnx0N@!و)Flú#rЯ4p#eJDkB3Jc{=+B,:ZI}ǺJ9I}Gb6KLl{_fժ5d|}Sؼix#W`׌/;8\ރC3;WѰMm_	eU+#ݬYw;H\oŬI	NNBp(GUTx
{)-]Q|"ulJx/pxiۅvȊ-(2JMĀa%=nڸr~#`!'\; ҊUͭ)(D
nڥ{:˹$voZ67@;L/*GS6 ,UCn\G
O2n$PkǐO4ƱXx,6/l'Qu<7ˁNcgv%Է_\Xݳʏ.u},ڨFݡvmѳO8PRzߊnf|Aوxdl`SFŌnL6tḵc#^ݹ'i'جs9?0Eq/Puf(؂J`X1*7лt5AkR?bE KtYܕO8DF_	.Ȫ/bӱ̫؁p]A`ۥ(xU]ϐW&+]Ȉ!L`_s,ϘEq4@[wK:Lv:3KPb^GpePK!Mpӛ)o0sد`8Йh-@Z,1@@[&,[^?Dʀo3Kl&bj#}MbuXqf4#dݲ	jSM7#
z9!68h`<#+iEkֶӂ}KMVV")z9?ǚrwUr>Ǒ8?cGH.gMOR'^&ϸg"<Ӿ.%:tϛV#·B=QV2S؁1KX5Ú|ugyQvNU͝~^&PJ]ΌQVp1F Y.3EzС4Ȯ׽5)F~4CU>iE?Eެ,ȟ{_˼`!	G$LbBZL,>ȴR)(JM2MڶAҹ{Txf˿|v]6ccy9qrW&ʽ]ƒ0Nvs5!.}aJowRnI8.9>&U8TP؆>"{L<e?Iؑ M7%J܌`wxBKIo]Ϧ?gSߨ9Gy4ˌ5.̞[$m)QZsc-P$t~X1u"rHpӭ/у(f@{0$ !!8@PսN=G8'܄SSNJ4^̂͢i3ʶ?֔Ŕ/k=z-ӆw)H}џi̜Ǳ>Դ˞J/W@6Nuh\M"UAiiF	_a\͋5qC0یaÜ4eڦ-Uw9r(#ZNڹ3Z;NݨCo)^ʭ+8ΈO]3GZ$OfH(Zga٨ƊYY9ֵd8X[maq8g5Ծ#N`FPGzmխ[tB@0ۍ+֭S.[2usq#~vap5G?6I=4ɸ`y*rĲ.cz+Z7{fӼY1GeXͥؽv͔;0З/qJV4ɒR63nݕcǈőKGTO	`e\XŽa~EiPK[CRe\Fظ=xJ]мm;>߻cYu?`:~q
u4ʿL|5',Jw{Ht9dQN-uW;s'g=-h1	zKUl#5Ԏ;&a@73ZiGCE?/se_6&9cLC/ؤnW#bm1/ ]^τF)3Q(RŰ(&*L֢cxmj<sgqЂ+
txBaYNM5{GMgҎ׊x;ɍoZβ^94ìݡa,N2j/fL:"_9aQD.eWϾq?++YkșN3Hҧ/[ޡ.GL~`aɳ}jc:͍ͤ_#	2l؁tǊР6ܕg0Zx\R(	P@F:{QWOi֔XՉE=AyɃfsʒ;q{w^M0rH۷u>ڭ˓DzC!ھ--ݶ#`xbִݘ{=uMDFoN=O=]m#i>Ղ})ZPG3ъ'x.+Z8)R׬	T#Z&ިf#h6K)Pm۳8S]P@uk:ĀzH.,+z*d;ĒfUM<M|r+g,Q-[VOZ`3Eˋ_TW,cL6Deԣ>[>bRy~KH؋1Ï,̄Ȟ(0rN$Ae8G}ZKM٪|U»(Lfs|Z\7 Zgoϯ/yE{ڒ'Ҁb@ LfU- ht9\b=cλӣzo~Hn%NspʔcR,*%|
Cٕnw#Cf67˙ذ9 w/liGLE^EU	{@aOMXAX}yy:>d"fG^_Fa
KF>|Û~nVE41Wߴq%ԶhO( w+8eĤF*}0uIȥOyi+ˢL:DŅP;`y+;Lq!TDNnɿs}OMqo!kH@Rx<ԞBAJSrN!Q ծh`Xm׍Ũݝpm}-*:1qAGdmڂ~b2НbؤF0؂NB5jotΈLTb{~±_ߔ6C r>Uؕ0=ɪSZ&ƋQIt!ɪUQUi'U0XFKf[ϩunjwҀg]$G0v$ˡG\/eө-~$Nژ!eKFY =	UǟLP^͔<ŋZ1j#%V@8EGIst&9-4-@:)̇Kl!|{4Pٳ22֣_ˋCĀ^q;[jWĂ¤WJ+7Mɡx˦]dw*	&+a= PWbpTuޞj\<)`e,e&.ƃ~L/ե.`SQ'!e)`UMjZiqUR<N%t~2n\{	h}˝f%:҈hZ,Vt__K"͑v"&)	"%KP`H}KI[07P~ģNmwoɃаhP1+
KF:Clp7qyvvPpbP'HO2Ax.޼]K!͚sbr{5!L̝<Cw2)^tȅWY3/RFbAƹ%C(ˣ_O!obQ|"։|*csʥ* ВQ:
d4ޮB͔8w
ڕu̕)ж4=z]#7py3bIE&V#qAٸ<	}9e<< k?#ӂ
iƍ,,5G̝n+MEJVhWw|!AXk?H@S3іC6(VԎ+kS>7hucGG̱?Vͫ@ӲɄ͉7`káK	eRĨKxKȸ0am($'n=۷\ʛރ]CdȇcQmʭ6Aؽ5Fw2R7Tt3ӎQ0A@?edKƏm3|ME*Ђ@myz+20	}"j93f
p}vJǭ[Hƛ$-c2|a(u@pwEӲ,zn!><Rlɹ	&PYJFs8KznKF^	ĕe9EcmwH.tܞ<NϏ1[rVIѴ\Ǘewʠ>QTavf"\cAE	.c\dMLMG^v(5|([jY
K4ߢ?poEk\ɟ+_z;u2<+	SuM[(^Ju܃o%ʴXD^07g{i͑eG[׸+Yto{پz!">y9ttwX?ƘqekC9&xkъs&#v#x{*4ZLW`ޖ?ͷPƿ͍Xhcf0mPӱU5ݎ
:	*sƩƀ+cݜ]ĬTxΞ{@7ңImۼAIh^J<iz?qW8!	RV*	Hٻ8SsVoY ?yϻ$Ĝ	c7(й|Rӄy4Ng\c>ѱfK_E7Z_yŷچpcmԚM;M6[Z%ybOc>>U|_EOCkŹcj*NnߏE̟}լʐ,XEx@6J*iPcbR]WHhx*[V߃,7#rKҰǆQdP/Y.jbt@&+C4Mc;tM)0W۽=k 9w*Jl#hsٶeO@{&ԕ"|R%y@vƅ]WV{ٶ`rJS1ٹzc$v,mEC|1tܹH,OQ	>K	W^&5k8]FL.:AܸS%qӜq:E8<-_G1r3cĤXF	:aEXAƅչIp|nN\lk"4npP|2?P,?UΜ]C?v-ԷB^0=!t%^td9 jHDha/m~.8̞GIPqiQ[ߴC<lFY2uPOͨl9֬nYe|t֒jXt3Ak\ܘ4'Vr{ӯ);CGn	Wn@#D؝3AO`K_{Nr*X]Wfsޭ3Wr%ڧrv̝~7e{)n}M׹ΘE}U1V,W)>̛ZD%s͈rՌ˽9/^Ȝ#[#Y&K$e*?{:2Qn>s/%+eė~Nӄg{פO"10s14p9zª4B[+BzN"xM8eUݲjy["{Wt+-HϐB]pc:5ٟw5+ΒƭܞkVQBݠ/lу|;.]Y/7	J,L<x}8O%$X>9nU5EN'Ë^eiд09^&n?M>mϱmoC~kU}$ՒpئJ-,=MιS\و;޷.@Fw4rʲFAٵ'E0KE}REǟIbB+ݓEԗ0nMLnwdCDMV!Ls=AݻN~w:oceȗD9ެ@<1΃4%%Z>{TK$!٣VsG3VyVǛ1fMͺs0BoKNnSl+2bGl[df=5;J7VG(s^R֞Ǩ#c+s1S.mF{A'@:EAb<rff_P3!gnjFvA^cO Yx8<m*؜GNH$_zkǄC\F_?zx\=υbe|0H)
E_fp{n_ &WB9P'Y<@e!yW^̨Q>QϏUŐ̳ɲ9Gԑu(VhVE~O-_R]:i>6AݥD'	at.qm tOB}͗{51L"Ifj83IUctx-
@,L}@-&1;UѣJmU{f?"VjkB_^GͻJBфlebpߢs]'Uq.߷![0UU)qqɤZf[1DuD(S;=nJ7cL͑9ϟqX<уOh79KpC!u	Fcbi5SCrLbTӀ:n̹(}GۯxR8ozP	ʅ_Wp38Yd[S>bJKpDC_]b/Dߢ/mP~7M IǑ"PF[<GR]8xj7f{}A0TԒe/O)JW0#; KGۭEȰ	fbD,1=3V:|BF8QgW}lmӒ,&#%cAj6]7Q _r+Va\Jc;߲^;ҘY*eXxMl#}W`7Nm[YV:أwXh]-S
Jm%[>ݞD|X4iXn͢.pɴƁlɗu>`-Ʀ'&Ì=,CTW)nc4Ԛ	F[I(M%ӬmDӰ ސm./GC)7r6į#dܻV.?K6ЂH.{̀w<eϋ\Wthu	,{qbp8gek[uvo;wv_|MqbRd]_RXa;2@;Fb?I,=K~ݣ\G_SŦoPgu~`0Ӭ_߉+v,b;6v$~0w<ׁ1R!q5)GĈGj[hs;91_"ݸl:طϭakYw'~"g,3Vە`HoB+Nҍ7ת''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(23232)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
