import brotli
n=a=0;b=1
for c in r'''G(h|}DPv)GJ;or,jX6/M|tZ/NGTCU2(Wv[?;jʀk5gHս5֥qW_RgKryׂAa}dY:MƉkdp]ޠ?3ؠ}ļ.!*^ރȫخ%&dp6Ԟ	UCOҠBD]O9u8 dUsfr3vxrwP!_==&s;|-,D+@KqtʟJ0|ϺB}|h%bJ,0qk׸'kArFśj*xY>QY ڣZٔ^-vQ٢ֆ>buwyvU
$titS^c|.x0@adAߎgW$ʘjj%`ŧk ?pPH7g(Vg)ЬyJYWPNG"HST%8?-#uJ1юɜh&r	VlTeELϨ#$BvaX7epugԜ%Ŏ_m6۲k>_.uB֛?5uIRTgػbj1ӣ}_3YɆ1z&NNd:q@O&#5-Ѐ)j\ppΑcQJqcΜ&3ịwLxBΎNo9q,ދ,{՟jݻ߯RS`AK3|~w7O'6p=cz_]"FmyPДGu?^6 ؍K|v]y=bO"K)R^TaoC yÅto"'~`d?zϪĶckS˰([¢p.>%.y1tU7#m)P(GW>wpVȊ?T3cbHKͥeUyͨ:K1K(l)V<نFIX?MWMpª.e=-T޾7Urpi&frA̀jO<nO!tYJ,}
lXʫe|a+oOQQK°@>poVIj}jgBΌO~͐ٛmfڬl֐="x/&~azYzMiuOӉܲ4Zap[Û?4U
\.E."2#8jH)6>5ٻ5`)խ/ue}F$#T́7T%Dsۥw!NʀZYاb5ۛhPAe}+$#4ک:|ܱ2&uW0[RPxFkc0bGTDdbXEzņ%?J"Ʒ	O(\H%:J0ȼ
\X V\mѾ`617qPF¶xSX߱9T ʇ$\iB0yHYMGxo\*<1R\5ԌsfӨܴ+i5mQ+6,7,~ґO߻e}NΖY̽}ٽʑpqj+m]`ڶqqU97/X.uR;X5-~+S_T|˅+0:0sHzki%~N#ɘ^AG'8lPi;tĜ١:&Eͫ&|ϒz2-j&54uΰ[EĴdc.(9l|GaJdl6ϯҠax@$ΈqLTs@Cʁ|qo'IxK@R٠A!u͟QkSqVS%к4ІcȆ`.	֭%_0Jr=~qzFaiJ7s-ѮȒƊdEy*6ƤYު(وޚ=Puy~!$X`*X^Zy	_P[)˄37-tHҠ[jq6F+W}~C)yde"Snݵ.XE<X{.kpʟDʒ96=_XqM1)`-LUxtu:أ7P>v$R!?pdQʫݧ4mW.-#^+5R&0U6m"j|(¿S{DK DR=J8 0QR~mW,zgP~ĿV6sgE>0M)J,wWVۧT/+IV92SГ/H%r]3CmHs{5lRI޶ş;GŉÑUև[^~`	ʥJ)ޟ&u-JN2!t}X@^5bD~HEHB4F"9Xf^-qƓ7;L=aZd,V
_DCN{Id	4ߛ])͵FLj[TtJ6aǪ[ύ`]>QmƢaf{{CJDB#A$MC^Nܟ=l>/x
1\arXvYGCSS#܂\Vۊ/nT"t/ۘC2<a[|?_89	<-:LTTħtv́	͘"q@;:D]ś&9i(U@D9bU2$,5>R')rC>|HM	tڲ+8Ϧ..A\T-_imfgX
3(1\GɿڒjWa%n	z<՟iEw*\\y9&9;i<&Jnq!T s<QkD!=e-R]hR/wҠL}̊</.ͅ/{?*;38Ҩr,Tqwґ0qԡħFO)SX4ƙu`7iśEۅʵaDplLF&ی7x[tpT=%ߵ3$h`Aҙ46v|2qMdERm&TO.cOnTٵΜ˕I|VYG6OÉ1K* )I{!OTuˉ.;Z1ׅà<?X.Vc!>Ɛ?.i<jkxW#jՆ́^ה2>4 M2,t1
!E'B=6Z`G`&ϑg2uѝQߤ2l@
oVi#]{Z!E>؋Lg٭cabn]Opxǎ5v;QN8nm	a^BӶ~t?)M-oִu3oǱFjC<Ne+kdasײ(lZqk#6/> (G^`OЏk|k[tS.
z&tP _T Oٙ
ȳIjr>ּSiM!ݖ/+PH2ϟ=`Od9S^9wWYGAhjŁ:ͼslKB)M[ecَ=!ڧVLܼnܺ%QM<|bmy^ƿ1n{0}LĮ%rŀqVJD.iqsy"r6KZG\O)ñB'\iŝgؕugiScvshγz" Q>Shړr"SuŪfI>Y̊BZVsFGWodn+˄Оh(s<-C|t9ͣ$[O	yB4" `կ#RОUPpLŀxA#)yғSzU6D2{iB!oFԈq̫KAiE[b\z_C-A{zǕLq1ݪS+P)W
	sەN@IݗKUֹ/e:g5o]+wִz,{@MBB[͟pNSơ̎]j;%fNLŷLtK'M՘vUMjȲ>|̘:=7t8T9g:"x_ס`x!zQ!PLt??'lt}`ALa=UHRj߰Oߩ}c`,s'205~9T[^nJ$O åÚQ5ډѠw~dQ"Y֫vCVPb_cEX(P'6׿ץ:PV^˲*28~Vڈ>[Aتz6~{~G7wsMfĢ˾^I1OB,ܳ7DjT$kr~2l2&ƥAX_P8e7q=<t[X$dlmNeWЀ'°NMaYbTWȨgN}8ƺ׍t+۝$2Oſ9[gƥ_V޾3A>oK{"}jKr^)͘krO"iYw?gz!CF=7z@NzyHAw^Ωɂ/ب:#-
"M|XqS2ǝȆ֘ڼ^Ѡ|'mt3MI4"2d
|4}Q 
_zͫ<V'=|j$`qG[ќ>x`)#t#tŢU#,`BڎT1!C#n7ָr+%Ya}AI٪AfS>E~̑L!'˛`r;iWȏm.6Xhbc	ԽM.Jrki
	!R+X~YPHEsȣ4>d&hӗ3J(5:-o*U\$:G	,+VALf 8nr&A
%Bڋ}OsM.sVHx$vjOFE2%] ɔ',F-Q^̳Łۺ2=<C`!4/1Cc(:`n+'ҵ˓)iHé|4A[hӎV#%\2X HٴD@V&,|/?lAXғletv-\G2$g}k}-{˚ȩ5	ˤXKf*aEQ/þ[4:oIJ@1<œ: &mVo[<yγ$HhLj=ǞXu%k<CۼvҙY"!ij}q͹7P^3iA%9;z1wӕNPJP{UȑefHG%{iQ*ڻ  ŌuOP1WoCZV%HH8ײ>ɒh xuP10n#=_,6= -[Cڸ8v(`C+>USaD%m"_*.-Dw3
zGW.̅;|hS$ܔtbSKқ:`xHLsHq4_I-$MC[:7#sb|0Z-דEY&Ԝ/163MZ1֒_
EK)XΈqeԷj¾
l^YcB:;d,5TC,Q2l՝);n	<
+]k!{a{G;۷~
+WV^?Wj_l	}϶p<KC
ݐxs׉ AS/ЫyKKDC۔rf,ާk;Puz]X6RP
DAfYށ)s.;]u.8n5;J2?9ro+#Ȭeb(9-S×'1uSͼ9`$}q4Bop\OFuQ\7F!*!KFJ%-oIrqΕ/#eI+ĆpllGgFHD؆P'N9DP޸mQ\j΋#ez@(GŦr2~QUĢɦpAT`xٙ82NSc]k]_Ң
`F÷0nQ~,k
Gt֤hY]tmLq|{^+&[cUE=v'Eƚ#od@7US^2b4*I4
V3ml,
:%e7SCA=5Bki
[2DT3rV3,$.X.!ҭ=ڔƂX`wx5˳EݘYdњ7=B"Bx%!\ͼ΢LNpEޢ^ś`$̨2<6L'_@{evk'[ڟŉ2Cx̺ctp2ˊ ,4NɄ/Q-bή&'dĵ
.PHJgah|oZ}d-UÇLc%Ej,zCPy.j%NYŘ<8@L*rضv#ח1$s*wdH[mMwubkh]kڭPݰ#.')	`4>@nmw@k`rեP/Y
ƽ$%v1TQ!kF9Zp̋,cWu4R7:	K,!ȖPz |7o@4fL_yIWm|YuԹ@۵`@	)ћEd6N^t<f>&8[IiSbiZ@AAzje#kp5`k2284d?~*Tį?RORQH1XSLqL_P%y0K^їd?x9vg޲f`9rVZ/ZʮTQ
oAׁUָ<<th\kz6A4٣LBf$,MfUF`VŢ؄]x"n8I"~ϫEOۺuF]Lm_Ө	P6|0<?Ӭ&0d޾Ib_
##lyUUҔdԀnƃPW\ΕxtZw4(/i.n/_/bۗȫS#HVL[v	D 6Q.}-[PТ$/8w9tDt{JFwWt4]N"ˑ#	AƕF([m'ˣ;g(b%X֑{8`wя=u
|^'t{ZYiջ=
Rfi.2^0ˆ6@Wוqސ)vBF3-%EbFņ3^kN,fQhjr{O627I'	3$&TV@T)\͍DJY8~$ c1]Ѳl@fTޗZi x(9=s!1-MnwE:R@`ȫ2¬ѫwd޸XIҷڨ=,VNGRPZ̊1N[cʥ6$9#ـ$(zCMèV]F&i
sE$Ev|UX"kN%1i3mnYg'*pϽ»4`g7>Ј?h5.ݯONZ:56[0m|ga,QXG1BC@)']4(RnLa"އ:\0(v
&Lqr#uU	s }TA]|=-Ȁߜf5d'GCt"u3y%E8V|2Ͽ)W7=ڃ\'~zsV}&TzÛ{S=)_݋Ym5)R'U vk=$`(OUϸKg^f7.B|?^h޹WAG2Zּ]"HzzB?imKs:Ͼ8h{:EɅ8PKfh>n,ɪWN@QMbV:	*`Gn2	#rjw)/VNvNo)٩']t
D%Ƀ'K= U{F9V2)cI"#fΠckM{ڗP-;'HrHVX=ԐݾE<J79X3:+bܶtPe/'C1Wl{7g?Pt+	$P	)p`<¤1bLegX%$(,1m/Zkя]\	EdYfrQj}ͫCկ(zcȐ6+޿u*eWn'QOŷ:<_s9;dn9,r~ݨg!=kE6żr3L?܄Y)M$#΁1]
W
ŋofM8Mfox6isghtBͤv	26>3

<[іˢL'ûjX=kZT<<L;dz+b%..Ryѷ5-Y_ϭ_|W#,F7l*\bEx^D2}k֒}=Z"˜ҬMɲ«g3jgŋ/Ѝ-woww$XA7hU>_+Q(Br[>ݳ"ufIt[nP=Y̾ɯ"%يm%FdLHtQ'JSn"1K
$YgMڐVfܕڙғ# n;Uϻ,45"f/."`5֓>n@>!uk+BBJ4\8hĝPXbƐ0k=9"rNVfF;].aZrB;сn(n}pe0+1oц{J@(>Hd4]5ʫQugNJtfK+?G7FdJm4:aɯB>7n;Du1d~a^/ۗzO9ݹa=bP.2/H\zuJ>nAIY7W%{[	"{Cu/<1ZiwP)m֩Q	˞;Ǿpe6)3Fjw_٤X[21f4+t6)$j?PcǛC?w,X[.'[|ƤU@F*3PhqȓԻq0|ѾTõؑˋ`R:2#ИYn
/9Ì-s.95V4+K@ZT3ݞ0zvM^=(E*ȣRp'(i&*d=$Rv/78Cş7Z{f7c?KۊٌIy\UwUH+	M'+<5~¼D3jZIÜI^=/šy9?0Mpx
K?8yxȘ/W ϔ>P*Ae^7F{ 8w*3MWqv}H$K(^hlǦG̤+`hMKr'$ü*JکSxT];`N%q&Ǚ}Z}y.t{lHHF{0C2V4CyyGKO92p4dpy[̡nxtpPJ&sE\(;Q/r"w}zZԍ]b Ų1	>@>j+sX:#=+ĕj<p
A;E"VW 23=2ƴR9tLe\'٩6Ì>MVg~BLq&YM'ƔBx?TԜ!ŬtƄrLв+/hsd,u5,QI_W#u+t,1#q%8U*5bi:`cuqΙo_^dC)|16^T!Q;_ŇT^ς[p$omyUXHVu(%r$νn¨Ɣ*Ԥnݖsڔ=+%aV8ȼY3mǏJpYQ]5E38PLTbЌg޳ |aЅܯX/Le*Y^Z<D TzўubF.=
tA	2۬^&֎V$
NҌE+B^i)}=F;5^pBوD}i߄$+ן׫;ZI'oYwYx˔Dev-#{٣Cuk@(ۙ+YHd)Ps׈/{q7G;66yY0g~$B]URb4_lq%cwmֺm8Yы)D	=bё(
o`UQܙą|?styy_,D!t۷c$%,ӫ#Β6b1D3Ws@1͹`@4YjٟT*\=d8x>1}ZmpC*`O!NնP8M`$OǕuRD1@bDd˺OQdLr[޽6@Pdo-WEc~ܾ?n&گv*$:tktشJ1ˡYȿ//ӌ(թjT5"V)g`.$(-?_Tb:؇Q.ߟizҴKjMJWeyG`w0$	cyb8ce)^\pf^KثTTR{S^Jg7oɨVĝݕNv=Ϟ17J@3A)Bf<a1׀+"Rx|Vg(!Te˶HQ)A?kIaoPջ,nޞjOho;Կ^(4ӵ2m_i5~+-ߎRcgAg6C#+&@ޖ"^dԄ,>sTMI9xǬZ/CCƣoCD<y[!	Ȩ3X.b؀W=Ķ<'@ƶCߧ׼KlGZ{;zpڋ(өGeMe["$_hR	B`kЬOh<oVjpAF;iM3Fh+eҏ,bZ(q(FVG[VkvxfFDn}4y|5zɆDju1,)auߎi£@ԝ(?Kfejm3u,6j#CؤHz@LDmʳu][EQb!TZb5ɦB>"}HI`B_-0Ui
\ÏRFq*JKrcwp(ҳϕWib?C=-K\L¬v˵`sÀ&x.`x_~p~2b,xʎ]ϋ	w'Vi$/QYѣ`8M~.ТbL_,S7I-}v8'8^HTP=u0R4	Bְi	PU1ld`zϩ</z1hweipc+W	8#WYקT 4Fd'Q7lʤ1X4EЎ|ڌEW/ܢ5pRcXwŞP4K9N8*7*qk5g_s*oA6ąӯ#BܽjK˦D)_a>7_+$UOބ)]\/pѠN*w* KOue5ϟ4wG5"d̹97R24P(":B̕rNr\;'čcGҿ
GӶgcOXU	d^%(AP[4HZ9\jcE[!azXKq+8iSY@Uf/|%((Hb+Îε/HCdKQ8ǀΡX.=M\2´oa;PSmΫVGݎYdO!țpªuݖe3%60¼Fh?>~.,'#۽V 1F+җ@}8&C07><*as31Ď;uflgT֚2QOJJ
fCCQ־Ҁ!4 r7*!#Ѐ?r|l([7
pIA	O?̆\lAɊ{/F4!lc??aX|zgמ]ɐ"Dd9tk'[qL(}UtlT?%h>,Il7G
y6-֤9ko?8 &>KBFE ˫ڂfX<fÿ%d$ M2GJS׈C@ܬϵ^Dkڠ>%ȥ&S_{<?8ёhA0ʻ~`Oh:h҄JkӮX͢&YՃҩ!»vFRl{m?Pn?W)Q0Wjr0=Ð=E36r<2VƸSYq֚QxV8e"k	Va<I}eģiZ@ߞ|M=،)HQGiWJwTqEȃ5NƊU|x_ǵˁK>)%í ́hAMT<*Xc>Ngӆ;Z2*T6VBG$?4u#ʕDR*CXNxn !$8
ٸfn\^HFMgsJӑ[{qWK!d!P3}@3:7kTMo=* f*M+=!|t_]^-n}A<S9nh{Q״+:r&Koذ*ܬf.mdƺ7˓ȯ҅fĖ֎d^ۯC=#ɶ̈́p{6
)1nG-iS̘wܸU7~w
Y&M5$fνS:-D5ce1$t'߱U*Pi٪	P36҂	JoF)/Ҧah#*DȠmĒJ?P3'!}6tMZ49Ԝ/GuĬrm'?߁s%iiDlm@@Rt\@_l }}L"(
!CN2gCkFE^+i?Uh$9`H!R0i$30ȅȵ1Ŏ%{̛yQȞ>oLrfqr|kLz
82Yt!ð
b!)>ADW)qdgI)Hp7X:> ĦP_iO4AۦU<m(%Ȟ#HA+B2544"2$H2)7,w5{<N-Pb|DQOL S/c_WZdFalaPKpD>NȀ.Ö#BD#N o)\"ɔO91'c)|O'ܘto-'ch
|I)ߖ'<CofYAuge(P{ҲHނ%s.S
&TzobJ4S;hFf
lB%41z[04<YJ.r
ɏ\9qؽ<Nƭ|qk8'4\0[F,i_<{/D@ȭ̆flg%n j>]]וv:F`ň>J^ި^4|}}u(³_ͳȝ4	f:779lOZq)l9bQڅ!'oؤx+4Xh/kD9CV̢1$?M?RsN6Ίv;c
ȍ	<s}8rhgG(-"q/yi{8rWA'ypczL=$ӽVV=herBؿ9040N|	N:̷T$);Sܙ*BJl3)Z7ܬ"IpmU2|Г?uxdߏ.eWM)SMyWJ%Oͷt	8ś'-.LjHyedҦէT&F3Skqaߴsz'0y5@_*;7=z,!b+	+
~w	ymqZ>Jϵf5Uj ,sK(6
u*"ߙ_8[?W${(T^ͿFsњZR7D:ؙ'qy,@]o/m$r	[&DQJ *Q5;RYotiq>OֻJŚ_H(̠xUWDsKkv/ߠM|O֓rׄ3եQ DrڨӖ,ju(l4,,aQ/O&$2cs7p!a?zIi8'̍υ<WTr:L2hq|P'́Sq]:ȍq|=CnVphB%[NJ7{ֽ_L8hNla	RѝF4+~a.d.ulPMxKx~onϪ|@S2RUi;VJ5QşE!(u	)8<sٹ`HLwٕ|OFHc\Pa װw_jCcQja\j&ְWr]G_+c'!K&FǴ
z~pq G8֖/['|;	1|ԥ01й'۠f^Aʠӟ}U'M&T-o `*̲D	)gphvĮ7J{[1
GFQϲnzY1p!$XۛS(b1Σfî8R(!u| ϏFU_D;[2sÓH«J5wI	Wqn+2W!<1vy|[>a,x\\@Ϸݿ*y<boJtǛ~(֫xGyC?=ym*;լUՃ@<qjzyZ߈O(_1F$F>Q+G),ԓx*=vГx-y#JDkr:P$T.;w6[*bE0Y"6_ёbԯۭn-s#o]AJqUuMۻ3`aXvIK	EH@Ɣ'n{҃'D<Gˀ%.~^6Ln=kkfȜnZ5E`\ǉ]ѕ{Ң_eP<o	-׻9P.%1[H-ĨTtW'{tu7݃r~j^RW(ݢJ1<Q_ŬoɊVs/?~SaM`kMyTTyQhд)u3aHzT{qf^`mqw9Ը~1HGJwfekwګ"G-[Ywc5NTAGCjJ9
Ǒ*T;ވ$)G5;ƙ~/keA3f!3"Cյl::S@˟KkpѷspݮtބN_ Co%-RXy$2F3ִVnrɰmN6FH,I$aZʗ!~(>SNV"T?+fX%Ւ*=;Mr)]ǒ(/&>NOtRt/|/!B}q?ȶ ՖPvNˑ~+eNH&CީTY7qUUĶO~-Qr$U6TN%H6)FZ*ܡ&tBHt]{`@Q	ǖ+fN
NaD$lХ%J+M
&!L?Q|cuI
r2cѷ)T\yK7uW}D&f{ބ=,4џL60RHo)ʇx9 g|-c/іkΰE8׽xdF]B#.nQx6B!a~HgQrAxJW.E?BQuf"S.4Tw
2[+bDh\uL<P'Is
ć\6z_$4Յ/rL9dWdɖK=S#sc!v%o?,*К^?JC)L6;(|n_pu\Jl7G<~PјMFܞ1\JŸ9l*<.txǯޜ}:i٪,DZTkAMn}lnJF
"ك/~Che45L*KӸ
P}RP\	 {h |VgT1-N9$ײt߼2u-zO5)!ZkԾWfq6\sN*A.dTXiޤNyuG)ˊ `In4BO*[j~$	AO!<yp+xW::¶*#b.j;dWZY+΄+0?	/anǐ5.;(ȫhdȔTj+s)$|ضm[dh>IIKƱT9,Z(+ZN@vBB~eM-WLޅΛU@#ǻ?TfJ=iڽ>),JiL}E&ƺ/ẃȵj`T^`#'x1G\g.^&:2FqJK£.U]ɵQ_dcߓܙ6de(YƼIngۋAĳgy@I=MDlbB,Zݖ£w=ó@ 88ۑ5\?~E5sw
RUz3PU21u}Zv7-ɽ\ݗt}A*2J"b4Էµl޹B#^"ƠiC$`[Y	^|bͿWe%"/\D.?Ĝ7ڍHF2rvWZK~P
ԆqF	+i0{8D˘N9&3^*-tЧ7[Gյb1qVJ/p]\8ɰţrɨXݾ9-~7ۡoDu'32^vw0FuN*ϊէ19v2PRC\n|MٹY|*c^.a4#&B)l$Ѡ PQS7;IC-O+sSbcvae]
F~}N8tĚaxn!I{ݵOk0iQ`nJ(L[ގ/@3	<(7=IX/6`؀Љ2@	mDۼ7mpS~Ng΁٠Y/6}7uh/O4Y;x,)SP> 1/)m)ƗqxeWM'C$?.UpiIF2g	-'
$1WF7Κ4JoBjUl+hթ^¿QлqGCv->TJ4&Ծ.>TвGȰdlT[w1.o׏ٻTkx|Hĕ4`9ܣչ\צrp6(Fs8̽QVE]/vv݊ύ>VIb8y3fOyC/65k]zFLՖ@l8^7.Swcw3o&x߃iӚe~<TUg> 	I:؎M8U24I).Gzi\k%h!jGSDŦL93%fq4O?ea29@rWN)c$J`-,szofmG.]~^!vTkq=X5[V;3A{Q:I^uΦ<309&(@}0E^di$^Gp\_OE79-2#0bP0IH	#na:ƛ|j,"ߘ5%ȧ<4/J,uO~%2H}w_/Սv[EIIoE}V_cKFJpc]֓NTcNHVn2#ej,X{^ÑGvxE*҅:D?a0,95~*zը^M+B|5z$I_K4s/-}Mv?ēĊ(,SiU.A?kո#:ZihXNj+WkA@șL"C7`ʻƲ`XUc5ő(Od0`:S^Q* xdO3<"-H8&whF'Z\ȹ[D#ݕԝSmo*ŏ0Aqg}ݣC|:ٴ'g=8FTuRU-h7c{	f^ueggdxc$E5JJa%#\u$:,¯*3p_hc)CSV%&@̫&s'Q!lχ2$rrk("8s}[nAR~i֑E5ŚfqB92,}:meF?
԰u<۵J_>igrj1P YncKkrmZlͲL4E^wCe)]\1wb&jO?Fs΍P+j)O!_&&-a4a6VR˧88</QI(!7މ&.\q̋280ߐSM5VsnY(Ihr}ρRcgw|`yAvփl@('p	!bZCC]a@5c޳Î6fytÏu]Aj@ɒɺjhSȟ6ߒ̪̾.ŅV|n`S?Y(-L#EiB6UcрMtNҗ#xDz0QAɩ׃RBүdi%ҧ޴xܛ!ĆHw-ʼoxߟ"A>~MPm}p``Ә΁/NxsWg:uʮq{qdvӍv̖ORp@mjnKĪ|D.g!0L2b	!eŢ:CiŀeYyCD~q	8.Mi	u}ʍ'&_v	nӑ>܈٘&b+x˯+]q!!xO"!@3dA5ҹV,T9ldSӼzJt~.WK7%!==\UՅwgݐGxd,8kC@:%}I~/r))ٽk7g-߼WYǶm4BX|ۡJ6Mڠ~qɥɾaػ
Wڲ}İXHÕ'´}`h(WY"`7u(Oi\պGymGuV={vΟ#Z5pKJD'vkȆj)ókFHXY_ {dOϹRIY5-oY`Seݘ({B=)O0kV۩sMI.6yp$o%jϔ5Rԇ,8yb%%Φϥp*L"?ɭR	+К_1EތLZ7wkmrɡƦ:h	* 9bQHhÒjشh	KTV؊M8ң;Q9+S*[-fw̧ԘJ?ȏUǘ~/`, U{0 OQȪ+<؏n4Ѥ'ʻmv{Sno͈qWωqɍgP7]z5R#3 =T\tb+UOagLJb+?	zPϯp<4EdRvΣ.t;ȋSBM7C^S#ߎS6
/'=m@R+DrKpűd7%Lě/хV}j ͗j˱n$1l/[.ֻ[ܗx֠oL862TDa͠R 4:.Op!JnqWtH<]:ǭ 8'Ό
/7u5te4JN*-8Jz̔>߲l7h͡N]\ڄae5 wdly^gXn	{7LVzyhx.+,<C$
!q
[ FK!]6{rY]R|ΕhЙO5*!ې=`yr)4]qjZ&IA6?HSIHAFkPP&gjx߆HbZƷk2Bz`5ol_ʓ^{yo7\Xe͝25t"wΞJ;D>{B(f|E;;+UEO	
Ca2o4ˏ)?Ll^p@39<Rؽ|i"6ݪ,9!V@v|RgM	bn۲r*Ŏt4t	)}^vT:!{޻Â>Q9j#O
+n?9}r6zx*OeW"
ޏ$<Ws!#-(vkeR+a8k$]L"?¸Wff(egIlت^2f(1$`Or*@ɟiZ9oϩ2I9X_I>q)q[@c%׿G;^I24[3mhZʿ9we	ҷΒ${TrQl6L{ȌaaGg<	4RQv߳}Ӂ~X5d0$0-+M#MCuW,ڦ(A<vٗt!_fY%òqjkyb7OX6 Ҍɽ"ORυS]M]q,Ee^SĒ*G׆d~p>[ϱ=ٖuƴF~ʻ ֓2Z67F؆V_LtnN1z^KDÅ%\ZD&۬q_Ũ"'9c*+hF}<]PRhJhH6>}!tM`x۳	B3ƶ,dN0TyPd#> Ft}6-gu>yDOѠ/iԿ~xr#t'Ы1}EکpgcО8Z{-@qTHՆHjh_LWe:d<msi(HR0:4|=y'.\z'zoL=	9`egwB 8\1^|/!xY}hݚְɺ_Vp-x[.*cJyg\J5d@`VVR˕vŨ"֤xvF&A@k}j\ӗwXAZ=]4 BѪށ͜ܐtqywѽ9]}t;4-O1l2_țx+3<8Q(e_V3ȿj7W	Ǝefz,FI92apgʇ6RJ]ʯ9dCtӽ֤_urOgųxC!wփ҉ŵ,J@ĐeИIčO	@x؞\qԇIԪ>y	i(Jˏ#w~:ReY'ahX{;/Fñ&b"y{׻Z].މE«DG(
)yhl
AOm36)TRy8&HGPkݔRK۷ވajneeқxyYmo}ӿD;aĖg4(#}iq3ޫ-s#`Eɺtٔ`R>G]cڡICVؚ#s3GzYx0ޖ9zuĦl̂/7o;!ǽPP?ppz	`EZʐkp3cA7 Yce@|_iGBuReOzZ)ny|w^
aG'$˳[ouijE]K)ߩqܥVdATѴ37pbë2TYhWVpc<iϗbҡu}bD%bOOp	Ͷlub5W	N3ҀƆ	K> vNσi~Qyu,?NKi^FZwTIP4 p~O̜-N`^T'{X}>W98qD-@2Dō|ArOkI~|͍!K<Ʌb޶G"֎.m'9ܡ"}̽&"#U_}2To64f*PEOXRaJWKXyGA p+>-p&r~@
-}a̸EM_QA!˃LD0'ZD}/`5:2ɕ	yB7F|;!*xOoI΁a3Ԕεm6	t)Mkz$i1Cl
BT;V]hTEՏDd,Km6ۛ3%E҂3v2	Dh̣ם]}RKMLqj tDĘQȄ.-wCR]^8b%ϳGO&ی3J$xFtqR}9ErX'ѥ*[@Zs<Nө_#w4ˁ.:9ԍCύ"'I(/>]{!x8XNކw2קg!h *e6Un͓ȱgǴ&jU&yޠlB/[۳۴JL}ĔTuwЍ:*0r	ӢՀ~%Q5"xQ#Pж|fzW@rd.e=Sqmf[m$j+kcVMHqAFsTk;eFR"ư:֟6
:do4',C͏Ӈh'F1;RR6+)\߸:"7݋.TXs@˟S|S8Q\	E~rc9,|F	'|9	lQdqgyXJKLL~2P
Ę%܀gCvuȚ9 )W[ԗ|	qd~jCmͦdPMf)B^HnуqQ;eǰ[ݛ:272"Ի"5F/$4bAaC0~Ht1|PȨh7un{ZzС)ވxܶFS;ޗk4_&%OVTSՇ#d<)rQկum~K٧p=5 	YѠF-a9ع
\5gK/j@cޮ}Q	ڄۮkWbxKlKcYO5 \.C(ܗ҆KS>jǾ[vJ%paG7N^Z	נQ	ilƟFGf8tEx&\O+@]MιKFA, uJIIY-<di]nSrfL.N#ţ5ZMor__u+ )U؛/S`vc8̚PՀ_?|c'Bjl7ܜ Yex+?߁:tԽ\ʡr;S5iϷ9?x~Dt:JKLRS.wN,v$yFCʓ9.1Լ5-9גr5^V0ݎ*w}Upbmm30CMDI@ijAڑM(Mj:fSgB:]W@X/.0^ܐ{P@6Xo;(")ߏXhicӑPUN,R_~JVޜk4WڛDڽqUlO'i
2ƋyePovlcQ̐ͧژgǹB{)׮d%df g-{R@ɚ}!±6^
>nSr[	pOcռ^z˖
D-]A1dH`sqȸj'~DebJ$2Η r6߁hߋ9]]gm,@L%ǪUڊ=jĺL_ä0niG<ϣYF8y%<@Ƶn CJy}j#-HMf&QC$ߝ#Tj!|P#MZBiSJaĂz_7w~׿g][.
H;lxkXwTf+»ќ:|V'-GsSg]FUR>)tkի^I6\a$PnRPm+fANſIG:HU";pq]D#Ʃޮѷۄɀ*·"O_-"+wE!W>QAɁ	pQ-qZ>]ryўP\N;!$ϒ[ײK#s4މ
Q4s(yڴå`Owc>w?\`x=FaQT09:e>K>"3d-I.d9֑No
٭F=
Ԏ	}Mq;L<Oc<.hZ,(<̛izi]Ӓ;zPĒKGm}2UYg(`Zf١Jl%tJz"\y;ܩ##
*G>@԰ZE=2$Z&ш]wؽ1@U6pǹLB}>^ҢO˥8ϖCNaHqmە^mOϞO
rLޢ(e5>N*EU!+ɉ),Bޏ!{+]G@
-mqqCثw^-}*@S}ɖfw+/4'v#"Ic/##I;NM[׫L9VqnFtJjBIdAEGQVV$))(1κi[80lss9Tҙײ:cHSSg@g_'=8w0cr:F4CE,2Mi!4ROd~:έaߴ4	TXhѿKO1IQ]8[ߺ"bט͢u!0`Eۡs@T Ev$:=d! 
/k3Ev!>V.̟\Z#7-u(/uwa/?|*s|,KFoƱM6'jhE
Rl&Ig&a<ǽ^/aǟUVI|iS՟HGLų97Qc%0N.k'ep!:$?&×Ŕb|Pu'|mK̟9_]h73jn ZYc}=!̆jy{O\WVh
Ov86
1bff7{*ܺ|tϲb$Q;͸x
EsYD4K˜|UsWP0	*EYpM'A.zOҬS/&33+h9j.Lօ݀v9ǫ4-OQ5Wc_f/S)ƁEż=yЖs¨Gr:%MEx۬tzܲϼF,7M:l\ۧHb#ȥF/-fB2z$nR<UPǆEb[lxdkćOBid4#i!TwRgY׹5ֈ,3ԕKfuqǾUVx+wq2Qhg>[BKgNO5(32y:ӳ|+3TP6sn/FкSq_w >"Nw	(~L}gYwed{@giB*w<_\öHG<_ojOx^p,fJ6Jp;<r#sgs"Gا,)0ZROʹN0v Ʊy?Uia- +fkISB#AjK`|#h1W܀p~ߺ/,9|hRrٻPۇ1<|o_s~)uuԺs̀cg>k{~j1OAQ(0Rۙnٗoh5)%S,M>)ƁdµMFߜZܜk(kg߹,q<E>QAV'0>Xf"MqDٮ!Zc,S$T1:z"5RԚq%?l#$W]L2CT$؇&	ntx0Y5aqcӧ"6ƮNz9!kA\մ"spGĲ>Tro+.gjTlӴ/zSͳo8T:VF4+N)p>,ߴW;XYͧKMwRLr]$YbǮb*pYb{OԹ[LÒzAj gUMz^iUGU|Aɋ&V ۷aWc/a:Ĺ`ɺzkuSn{0>6nߖdJ~cIm{]@_B»;:[~+-ZbgDAhMt0Qi³jh	DDg%aLʲ094ޯeO8zG'Gi[{ QyfE`ãs;٣55+O0czc09ACs<#!Udp}ȘsYs03%''S[	܎LY}فmħZͰek=͹NUcs<(luA"HB1Lj˛v3F({hj3=(V͂=IJiǀ0'&ӈ63Z}C(xכº'"N>͌9ΑpgT-ӹZɈ`KŊ;Q@cN5h<	 GSfg)Ыq9BTh1+2{6'Ox|͓}مe/.h>7qi[VӁ9uj38Pb<>NȽ5=bǓB<o݄$uz?o@PyBJpn\'>* aY9o
3o{NLؽPoBRYHv.>ʀm?d1E#ӸWMAC48B!9؉5=Z?Yʁϒ:
O`0]"Z=Ò.(&`_Jm@j˄5>[s`'
	HӔGРedb&;.(4=opc<+v2T.0~2LYޒ.Yd	*I;y|>v23*3߁h#Ζ/8֮ju0
]9P+Z?+oqi҉L˪[mduU{!g4g-m:Ì+[SY˫S\)b%H4qŀWէWNq1yۛ6ͳJu[g0p7ҬZu͈~h&nhzvP!ڈ> EΐM&Hqk(r#g
JHOZ;q->OH8KhȠNV^iм#RD7RZj7Dg/(IˆD>yFP;}ߚ]:=4pΠ}L^Xaǟ1s*eN'#/qGA0'<$qK-Rp N'B-cF9^I&v-v{)s46_F2k7]=FuS_6zГl"٬mo2x';Z22o|ܗ6o&&7VPY[x_ߖ
֢JAΜ/pEc̔4=¬GJhf9	n#g]MÚĉhB84ƀWӠâlЖBx0	*Lӫs90YӟN~ߡ:u(6p-!eS%w5`/,Ԅ08|x=J05mЅKrhR(^]I]6	b?YHaFx/HXObL]`W.@G ߬ߋKQXbi-}a%uįĄ]qZ,ŉq]]ܻ**:Tbc"#n+O5IFR`fhh8S١E@~۪h!M1crԑF&n)h;Vgʳa3"CVYP1ɬVU 5ca%%Y(	
ƮKn*3)4&!#WA]B;iلMCXCm:I&hy]&yW1?rd4F!۝
KÜ;nm+GE}/6(ɰoЫģ]!,nl8eˮۇ3Zh5:	QB$7a|1=A9%8>04)vaFby-|6*8>lԖIm׶F+&;*"˫ܒˑt~L,Dq`؃N#&gȦHoi߈77g6{+'D$'PJwۍjׯ[lL!PTm`C{
3F&ws&,G#ÎUDIZ_^-zE{U)9F*ڽ(44ݽۏP:;uT=<KnCO No-A̛Xͫ(GՌX]]@Y4?LgXsqL.4ʋ(tIL}xyvi0z֗@vT2|x}?Bc./"t]98fdS9.FnlJ&Dz>cLcoKQ4܊)'$	EJN٪2&cqti̊W5\qû+VA0vhl9RHf΄nҌP!-b_^5>މAߡosRPicuӈLAKlBڡFmc:;/MP׸knw$)/b`Xw/Ҫ:h2>6(R`t`
ߵ`wvP!.k!u߫ڛY*gpm'p;ȼ˿TBw}:Ƭys,K+N9x$@;!lGG05 Éx#5G
=}'/Ί8ҭIm	UpQ5й;ݸ|֪Fx;z*K,KdiTвBn,aܴZ(ѿC<M+lChFHxo!řc>l h!!xEMnr !I}ھ6%Wnů"|H`![yz?d?ĴϞRԖݰڽo%&oC]QIO-*LR4yÏ #J|B,g,̹`KvQVy%eٛiI֏.tZlg7%"V+ȫ88:vZxhfTXծ/=Ƞdpmu}}LH6şnzR<T"̢&NJœ̿XI|&ZyUm>IǔiVrq"c5^^9.0͋GYn_*	q^fGH҄wF=&WQ7&8
Nu%|>ieE¨=ؘxEW~q̝S7ZXJ9HE1Cw=V3'esAu<Ł.	C	}ūce50IwћyCڳK;=~j>.]x4H3ð/0OQ*y@ӏ`*4Og]UHEI0Te=͔mM8G??]4Hȡ̫O*nHƽNIݶkHɏ#v͡ȜJWUMh
PƜq`1[Wpkp[6p,SA	N`Ē<)[G>7%/p%)
rC0$W'/bc"f<.z=FcњR'VNrzxdztW6	;ݟț(O
ьF7$bhpH!aO׬V^lJh	x6#}uJFyp={|<Ib>\4
R+z(/kKN8(ɤAT9^A+"*J?#L@f9J{e7kW7i3	P#P&]hGM$t]ʵiƬՏ&.,o%tPIF=jhT!Y9bߋ	N۷ѥt]],.*zŒq.PlmՖx*&`Ǹ~b'׻-MSX'" 5OiJ,{$\c̍>sq9ϗis5UC&mܻxQ_oEWwk#.&549L۵r$EblL-?\jjŤu5(X0/[O<q6w{ZjfW1iyjjwDSú:XxՂ\" |)+R9{>G\Xml^^fխЁB|j)zt#r;^^ĺ@=gpȞӊ/d2xy?j]}z2!7.u7k}_TW^½]Q$5ч<o|d+)#۴"	_J1vN>,)xn'-Hԧ;IUBjHDc$ڸ+Ömd2ƏڑafLٹo'$.4XiMFC	UϔC4\%Nj/^&TNCPΡtLLі{YvCNҚX$$=XR}`jGb;ޖ5
lyQ#,vIj
>"+`2	m	n5wi΀FHŧ)REнWIX/j*>;0la.;Okw%V\sWwH2[MOԭn|1<MNb|?)/`jj˨p68q`jP<c"G4!I0OD@ְ-E)i۰ȿЧ(W>	_Ԑ+|PGpB)ܔӤ;H3-<Lj7ȧ ~2o?ZpāO8V>";eM 7yaɱpۂ=ҹ$ĕe,[|AYQ<pbSƭ^N!aѤ>$KcݣU=Q9Гs߯f	Єi-ɐ{)5ȵܿ{rʅE	;oU֝fǁ9܎SDo5T:*l466ә܏=)cr!.֚aZ|a(LA(~GS3Rłq.<ZOOrtNCʢ),Qպ۸ow22H~i޷Z:iO,hǵ
}5#gTDʔaiɣۛA#'s^E~QҸ~X.ȯϊ)ڤf`M܈ O~aBNW1٫:K0H4w6@ͿHb<ڍaywGγ=V,v(^Z,ndwGG#׫aNYׯHЁR3nh;Ƴv_jϝnِE3ʉ)VW2ʏ|&Cd2wBu|"bw%]80ʰRܑ7<1`@Jwm\kZx]GhҹpeQ_@+17K%~F(c!{̣`qmzڏ_O)Ԙ{qPз"r˚"QwȦڏŏkϥRpպZg3,+·P%d9VE2!ݘVvH,\2I|"vщhYkËG ܒ:.RPI"0fJfZ]z*GCO`>^MX+9ָg[7|	p>#CTp(<!$ɡQr.@u426C ϋZks6*C.Ӈ1UJ-,Hڮ>X9E&sj'L	U]nZ1%{
p1'(azku6'*n]`ɍ|]8{6˟&tA$7}98fnJCH$o_pJ~޴K)ǊWn7{DTr0,T&0E;MORoe4y8
[DDihKm݀}RZvWmL9)ZNaAF&/O֯K4ץb)HmURvUʨʓ֧ʎ]=M]|s
Ш"@;q~ke;8K`ӒnA4fܣ(e5h6MN<D*a=_H"?OD"kF5̌@-ztK;eܢo}ūqB<(2Q(!'˨Hh]s?Ͼ|]w#j'\D؊tWGQܢ2ϽR<Z=cH8n>Rpm٦zΚie_زL:ȃڗ'88Yj"WRށCEʴb~}wӳTt!J=p;wmnҐd{7?Q(Gѿ__ϰJ^#Vwrr)fB+  8ĸfzد%TkU'{D*З֜_=џe?gӸ&OǤUr	1'R_z#p{W=0[Ty'!Ϳu܊#5+xX)orϳyoiLʮ1_yY	_7ƪ=ew+l1ߚҢ.Ie NyM& g3hmiD6-ɱxY	R]nʸ
FN6Y~Ic?clwZh(Yt
nݧ$iG&ٰ<ٴc7JxZԪȫ`׹&6=şq&`]^Y9>IV	/K=koƁo/p/5sQ1tٱԅB`1JĨ&y/ܰ_,ې>e	{$t7emu|fT;rp5{	R	M+'W͆e-rw)aIliblE
g%s.uwwiF"gj658&*ߖGݰ%ux֖nհ$6:=eY]]EDґl]q'1"PXJJp

~6oHӎ(H~G5W,ޛa[G,l_-NgЗyJ_%hR%zwoF)`*0\I8ߺHΘ({qF_ҍFP31f֢JK#+aWqP<4,WH-
Q8ߝ%@\[uB9յpc-z.'<v0Po{ð(uZgKRy(MSG3҉(2H&>̚H'X؞I	7ZIFY3|"SzaXo2>2oΐ$5&ثpg;֍Ԛ^fv5T
IFB|H4Ր~d~bͼy@Կ wSy5|r:?Ɖ	NPbhBD
cUfj)~gчX(=òۗMåO7d}eL#:_},a~Sk,R_==5BNVr̉)ڹ^c"̲"Z+'{>ĴD,
\vdժB?`	U;ɸCQw:dd(k
jJ]\PCSK	JsCĚL5Υ}xJY]!x|r}pp*hdsk}.w|YbV(^W
-T"I`(+է5U5=t`C6e:h.o9OD*eA=Crfڋi?{C|?'+Q
M;y¿d
CU~LtH>uTZWԢF5X(Qz5'ߺ~!>YMX׮=KfXd.	وz^p zrܙY&(s?!9(/?ʁǵ$CM[Y%^(كr?̹lIbH:ֻP{Tt[etY\:bV4]j&؎nML0k1Dجר+1yÅU$Hҽ߲J_WnanR!A{B@qAy|M}Dnk^6+1iN>m	y0`2I
|,g'Hbhq\˭xְ2/)^ąwի 2piV(K=X٫0Se߉ǚi~ɞ4+qIoV7 ړ'uAXڌת;ƃ1-`.Jԃkϰ0Z].bCT	lb:\=<yZ$K3,ѷRv<8eӽC6& ߗGj ґݚ̉QY$Hy|H;>0H3;OOisG#qZjaYg~<Ɂ\Jb	^):/Э.<͓P~{ӑ%جI3FR7YcgҚO3F	wZ#ȟGT^MQuzqK'q=1h=ܩ1UބJ@ xg	@[1ug(]BeϵEJF_cӛȧ*M([΀u@u?:F"oW@Wt9|7Fs
&@J؀Rn7]K?F!efoY/`])]
ҹj:U8eP`˕*rT_'xT
Ĥ^}@<zŸ5+$ l
}RՃәWe
ИÌBցspS]ʊƍ	k(jf1)Y8%-{ʥM̅3}˚	x.#oq4:׿I۰*ev׻Ö#-CCt+PV*я&NxTA"n2#Cp1ͨ.G8k&o0Yx@7٦r6,inX}^ã[AM+ω6S)!tL
K;Rr;BUbxύ<ɲ7@2R>X̱e>/\ZƦlQi(dDP~~0tBWNpgߧ0d$Bqٲ9'
#p"Og=c`&I1)w,qI@Wi5bʭҌ\ߜmBKiPVdӠ,ލ2ͨ(
?n@VvFO~Yp#eӪ;LS13G?h̛q xھ>B
rS<τMғāDhHf[i9V{rq3bfYŮhnLM;vWŉ\_j7O)6\fBgR#
7~G;c |bȑE;B;Sioq^hؕ5ZeхD#?5:˦~ YE2kv!>q.HTk0B|ӷkFy1h
:,i{gٙĳ&Zd%YcN5~) ԬZ-1tL5eEm5K?hop=D=0	_]ؗF}0ʛ__^~ALwU&ΏӠx;en0neֽAI_C̹#$&~S"`A!P~ݼKAU^t+{s#jYw3vwP$zGڠPpgW
d+r>8X|B&x:V}y3k*Ia(ם;V~	6=CĠw,`jAީF،Q'Ȱd0ֶ0 7?@(ЙdxvhJ>N&;2dAAQOV3<E,y.5/Y8i|sqV4Ëʮ|xHۧ0\s54n3,dZNo}w_w[Xr1%wy%g>WȨ5/ںvP/5s$sx=vw)ږKɬy	O6UR>DFVёV$Aba%?UUR,R2XJܹf}'$/ьxXxVnR2IFma]#B'6L+d(*'l{;Ek!S[>%biv"E
Z)rW*{RHȞV*S֋{},;pjInש_JJ2]n5wQHķ^Q_mD%kU(/׌>={o?}Y}ܬA}gP	Vjbf%/ɬ~/ǌaC#G
|N2~#3k /ލfxJFRLfiiJz;?:Όޚ/EG5AWq40|]Z~ RĞFϵwa
D<$h]?v)N\'.5h.!p !Yh9TD<Ks3m)69c^ean<4O% ĝS,8N{t-`;:5+6̄VSǱrחvGY`d18@U8
DN<	yKQ2Øknz]ZwG$Ou nd	5$Gmx2>^`A#] ɒ2e|۫a-0DPn&iS84c+_EŒ/DȣCˍVǪp/ԖDxgDpNʃFCat+"D݉4vOVաAYx/.os7JY>k
Wu37Kiٽu%{HwK+xˡ|4ޕM}H4~Nďza>;QHLˠ{l5?ϳ"?ro/a2DGx4r02hQs,\~gH?*ׄ-xSG/Dl:@T]@F޸TaP[:t.9WnΖf#?o1V 97?vK&{xccrE^κv'
4{AFzlb?7v_=qԻgS%?sS1+G8[>,sdHCߓД;Z=PG5>:sw3
^~oonǿ!Mbsi$XƛK6W}P2r\ܷS_V_+R2O@M+ǴιOer!w[uӗD
Ed_Ra|uB7&
2q"ޱIcIvn#jƸAj;pߙل̂eR&d7YDԍ?/I/FgYJr6=ӱRmrO*ЧH+W?4"Os2	a,~].Fd=A<!"h[oY^V,.odؽ0Ρƻː^k׮5͹I_wǖٞ0
BjuzGRZTŽ11-7
P,QEE}6އ'I/շZU"ý,d{֕GũKjZ$.4-Z7ɘ?4.04Cr؁!;`'I.[\՚=m[}ɭ.[ʥt 0[(f~,Mǚ̅93f̌H5e8NXˎEWE=^Fz_ܛ|RA{73҇ي51³:CP(o	1IHэ4}~DXň]++n2>K
 O'ĽaO`qta
E38qڍ5t`xbw($=Oʁb.vˮ:;Ňc#kElrmMY8 ؖw$В0ы
z Ο,1]>KwN~,#|lKDÄ2(Dqdn|p@=Wʑ4à8o#£!?*ˀ6ځ_+PXaοcTg5DO	łlsG]YfȠA0\0̭+GFf̋quǠ/b%~E.N;ɛҗZ	rYKAaA59	sy8sEeVջc>GLWsf Aڒ{Χُ3ĦjEy,KJ\o?	}mgYT8]g;s	zbf("fQ8QCFFC:d]". dܔa-u|Ӭyڲ
74D?0mCg@'JCkNtOB%ЁsϊzseWo;,S?KZdDADRƊщ9;yڬ˻!O|(rѼ/$Q̫YfrYz=]y5ԟ?1ւYH:V|ObJP^bi>	w8dܥ-ƣ QhD>su &fge	Yi.a`	UPP6=tGl0'1@]c8(%'rb~ǫ+4B`^Ιfr;+bS\W0$b2F̓Jn~FS%+beG:riα)=HFSX6>^{_$Y38:NR-N<vGy:%|t^9Е J5d@Q8׬F~rjݕ1̼?@Vr!bB9Pm6(iX&5e4t'gAhjVLK#/'lT؞ִ0Xľ؉.bܭY_dRncPWiFj=f=TBėca[L0d&O3\̡o*paUʬ.ר07_u%DܪL	-5'j{HmVd	}5KXfc}g"MڐKU.sĪPjAj7tu9W/e%0[K)5cW")۝H Km=/CAŝrѼbm6*B$g:Mlw~`oֲk7ƼWO&7c
_44qjcd=vݹÅ7Y2?u޻{Ќv(scL)Zti;o4GZ(6|kgJ4#1s"jB';ӟTĎb~</Pܜyײe15ffɾ1R7J5u*%.QzLeJc{SxCI΁Azuhل	M)!jo7Eb8<KČTgуsيsh^+ۅrMqF|ZCF]ɮE`-G-$M\w<Z_̻oyD:aTmȴʃ.!`L|a$/PT)/ɫh}v=[ߢ/Ԍ^܋=W(KPTf-P@4A4twx$9K<bYT_mMXLN=Bg@D[F8ڭmNש.
:_2k{h<nk)FOe%ѨucY-[onʼ:jY`#}%k-IoE^nTӠ;!3#+ŧowk]=k#zY;QλWOzm[uz"<P^X`uH~UCY/VČe]Vro?3
#VLۑ\؉I[@VKZrאy۴GGI~*ӥѫ=.PNP+M4 pӬ%Krye߿OFmu("v Ǆ68(f#94̙X0K	
}f>}[ϒUuΝ6fz)xܩѪۃo:>fҘ4	^H)دֈ1ET:̤!S6>L/O׉n,3AP[&*-X
F Yا~>ҫq8ca{ScZ65^
UEc2SMKX܃x#T*SޕiYEbݺ[F$[GHZ(J"R
(jޞo4.ىSݡ]e2'2#R%.dU; eUԒoBܚ~zțQ˴ .1{vg-ETzٿ(2t`nmŪ)^ɗǹ|JW%U_OiΜYL0u>4i4^8)ϯ- caˋtG|.+OSAgvqdj:?5@Ze3IIL+òy(܏%dC3V-1FE;YZ5VFհO
c$r'D-euۼnCIм)̂;ѫ7.\={(&Ύ|OMys@Ƴm_hýY8MN:̿L+^6` r_B`QǡBJ8d8Ҙ:"
ŻlXY3k_igVj,SBTҍ[|YQw+<7żC:{CҦu`juii7Ghp
иszp3'(2>$goA)~5c"Y(uWJQf<M9wl4s Bcȳg|ҡ$R~м3>Nڀ>x9OПGr#cw׷m=ѕ|n>,ˍMZ(xܢ&YC ?ӎ$˾xSw;9OXDCFSa۫cjVG~G5J"?#%Rpi&aQ8#Y1@LA[cL*4;1ǌ̴b&WJZqFW_WJCIV٪dbA STe?t=0ls!x2ߡGV7$M7><Ĕ69r±bԞz		It9׿[׊̲-TεA.OxTŮoOԦ2ҟ{cPid\eܢ[5YlG lgAyB.yeMҁ`bIELɋ ;{R@FLS"uZpiWeXfjc:Wt^۫Jc&pݱfвդԜzq8ȁ>H|XOH\3oѸۘ9Ҙk"LVN9iBˣTS4T7`˱)eWm*!åv8w8?B[kAoUڎӊJS/YkáyE0XysWA|UUJgӊǳgf};n)w۽S..9ؑ" sk9I[D9uL~rB#_ؒV=?N؋RC4%LEI̡hnƺ˜6+CC]͂z5GuZJWRߡv|$^ev@}O1FfNwϪۦژ1]Y-AӇX{KCPK;(o+SBy`};Zawe(߳K-ε.-cV3NEUsSxȈM5].+$! S6]N.z^ݳp<<Reb7\jgeL	AII}V=Շ%z[_ŬXQOXPZ$
>~φS/ATvsfyU}s?m4!\{JmѧI;̎1.=<ѧ;$9-jƒ'U%0ZmS)σ4J	d3}`Ӂbx7(C~9:[cX@iTn҉Ѻб͘f<ǲT>4;r\XB1f2$v2ςD;|JHĚmH	g4(JnAzR	vx6B[qKnNˌ+"@٫EdTHbnL<eUPe7{3Z\a2`<Ņ;\@ I,N,8@67͠՗J%R.Fdw֭?MAoFw}*IeVD=m*h5ފ)8-.~6ſ9RBECm&>(.	hRkZ1deӤD*=be`Iׂnn)QpdӠ`\6T;I\^3Y$T@6u͡TeS7}֫g"EBpUcGybAz=>q%1Lr2zиׂKH܂Ɲ=`nlΈiyT_r`2ޱ(?5p¤c}{ȸ&jgӬ.Q4X2e}E|V(
ZdsƃFrfgTGXxTaې+0Mj&4SBMx+ȓO˘*8r{-ǵEF:oq]FΑӱgݐg)n6(;ئ~~$c'&7p/-rp&yfb$OL,LE<Yv/i/i<ٱ)pvl(ݻa.MSGn{JZ(r!k]jQWGi^.יſ"^Q({B"w,HZJЌJBޑW\b24T^+w5@xf͙6R'ϒޠ+|т%%8Q6'ȍ3mTw18'D0J''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24205)))
