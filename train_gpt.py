import brotli
n=a=0;b=1
for c in r'''k=L9!,.u,Ņ:ԗZ,EeňimlM;'ڥ!/B'j<>OlK~#\
wϻߤ;mcw$[Pgc_	In$VRބEhϑOj$WU7	ɗFJJj]۳~Xfa@Óג%Ɓ)9i%1FrU <*%6D0O!3F7leܾOoW}PS20AA5_FKyubBFzPJOڔ'&m;ɗu֞~	fƒ9n6<8_ӒNpe$N66VMHsՓq?^YWPO@	H~B-Tߩĩ*Aw7ѭ,a9=,)	EgeV
Z>} 5T%SgyGXЖxMC<Ą$]znyrMWhFTKڃԬ:QM`ƹYB+hى',	ZDMgҗ;Չ;ŵCC*ȎIWR2Pm|+}CcMBfG9Ց˽LTCv`Yχ?V95!O=BVDqI`Hz|k5`d Fq|Wp=Ka~xBXn<T*Xn܊{^J*+x̹zV/׻=[+LH[kc!)	MHSmD)=xH׋vͫf>^g0ϧgoۯČҷcII Gwذr@ߟ	ă+'}eGhCO*/*oz%^AQA5ؐKDk%:GRG'y:w8ڋ9HסZ\{B+޽faRKnV˙Buѵ\<I:PmԆ^Gyj6tAd3TsG'4/:GODTM3zd:|7hf"ĩ#ĖLzE;%{X[sF(ss'~z;zc\<I;iKP,QML[*,˻7Pǰ
D!uVA;#odjqۤx@ekwTBz3ʙblÂiTL08U67gp|del2-pĈSx١Q#sAɽV˝hɴ??@fqB)Ǝ5Hkv%%fd0Qk!lcyVK}&f	4Ƿ`$CWͅIA֒_S^؝M#)bj؍k}_?wN\x/ĕ+#B^/ý[gLMg|]ZD@W_!o_Y̳Uwٖ6\ =vb]ۖ@(\w7bIiҕ}e7Ֆx<¿$rT߳j%Cn@Q|@3"!|)b[$(?ھ8o-Ibɕ18Xlsl	40ˊ,sŹRd+kwCaŬ{ZsHȦ%[$0]cY9ֽ3L6_g4<nխ%1GzpbF_	rw"{`P)9Wo~qK%bK
RoCoHB͟G}<.k\9ɷ#
AhNǏF\EY_Թ_a0L^}R}o	
tH_xLhn(	\eT]l}3Iëqeeq^L>f'm'=B#?ۨJyC	]<WMHQV̸XSu`.d{cy.١CCt}Rx4WԮIX 2.ˡ4T
=y(;ǜ |V,@&h\|!ST<E`sy6pۢ2yeQ6u)~S+Bz%E0$ބvy١
~~8~&ASv?dfq=ĸYcXS0h1JKR}:Ӕ1˘;7=YE}:¡p(^1ɱRϰJXz7ʃJ#D6ٓXbDtQWQʠ6͍COHHH0Ru<Vg^~.eQbٻN{tBVr$eȒwF;^Zvh0l^	'ʼ%Zrqt9U_j՗|qɜa@ſm}g_3LLm5W(і-BDp%= lc?-](3.O{@G~cX	Xp;Oȭkx{ߔa59.2iPS_ޟ\'o@ݳEr`IyS_%u+=؏ڴCplZdO.:o2ʬe$ܞ/dRw#g
<du&҄RCU8X#^T:<L$T@7CfS9
Lw&Ԕ9"~cu$n<
?/ՒrQnߙ/ۗc!ְR\PpIo;#JdI<@\{j=}
Mdu\3[:^wݹ(ּ@5{eQj)2+M/zi[Ƕ[& V|69{
8UpG;ܜg<j^w:B.ݿɡT`oBJY#"۽yq|*҇bL.ּޠϭk(f{N{ iDk_%Z<$T۳ElÿԲ,nya	ON۱r+['im_>
\wߙn_U͂и}+SX'tjg0/0XD
PƖ&	ݿ_o@&mx֏hBŖBSKve)7G6լ2,yYoh6|[4}-c["DQB;rS;+!Z:+!IR:Y^_
VqA%8چʅ-qҞv,0Zk-RtJSCNmMo˓ѕ$cz["_mܑ5fn=E܊ĐSfݢT11){:3#.&0ž[BQQv]_Zzp0	>^;I#1G͂h|FϬɯ5zu,|lUߔThu.;<sHVO03+b=DƫzG,#t
Za/ 8А`">Ƞu7JpǍ~6!p3~JbG(_)2<``@3ĹaѤКRql̲wqJ#,O^D˨&6u@֢*QR	oؼ4pB>kH";m!Ms^-7ƺ6=ƣR0!mg\w3
'Fn̑&OC)L74ȥCLmф -ØL7skʌW:9Od×)>_̗,Qʇ]Ci)Ƀ^7^c+a1keS-0QF;%lj֭SDڐsPɈ_Cxx5BJ
8ͫ\A!ŞiWy/MӮpgu</e0-JNǱrTYs%Bɿ} d6HE͚c~Lӵ<]9TN55M>T'XϽMSi}bJsU<ˉphvwZ%3Dyº֩!:pʦKγK.|Q-$'p"q\9R~qRƤ@Rָ@;Ü8XP6\80M]70qSkѴ34ҳ?~dy%d7`AȜ"fиВK,C<-ڹϨ^}ЀfjɅݕ|{`V|ǵ)4cҩ5:Gw8J7nqkw-JbuܝvɠaGBω4~B~ҜBH	;;Ml=6ik@ڸ	zV|Ԟl\]]޼bŮh-5O*'>cRrS1@ZWKEzkX~1$VW߽PGj%:(uFѳ*UPWo6{/Ċ6Gc@1Zǩq̈́]wˋBmL+zڕńvchGa׹IJ!E?я5K*oR/?YW72LʊZ)p1.01vz&ɼϗkq2m˄0cvuo/'FT3Y![$WP}WEc_~45%5#Po52u?Cl-׸uΊP+0XI?P˄"ӱH{]P~ד"*:?;Zaʒn;׿u7+gȠU"չ<jzpctC@;sCe̍0uz(;_RsMYb4ϝ?/;>AL]ٲ<0PJx^Vϸ_GCa[<mlĉ&_۱.wӰݓcRMۼQ L;VӒn٩Hq^Ƚ?G_ƇJ.3rs\y7k~*c5}MmYe{mek>Oˌ6Kԋ]SwoHKWEݗM.o+{uTZ׮o{xLiQ,ieuPp[KB8k`YY#6ܒ$Qݒȫ]7ҝ,fE.ɦȖNۢ9(jYGƲY'./ΘΗMpSx"!}(_rYʜ>!&<W7;vDMP&$TݵdUС&:liSyPM4FPX\-|څF\HԨġ3l~ՑՁ˪ˇFHGH?SkW;m|Tn
n^A.mz)xUάr?xBc1|s	zKd:%cj`~Th+g<W_$ڪ$cQI&spύcCݦF7Ŀ$rķ-PKF|(nW¨FtXɓk<CAؤNOl h)oc=.ǯ)Wӄ+^x'cٍ}ΨFktѬ"LĝH =ȵH"¹[MNe؄~9uvGKې	; yaPy`Y0[bȻ`xyGDEVE0QȂI7/^I1zϖ)oHr<4&W*?7W+Gr!XYn2'ۿXp4ellEy8	OVsx&z-Gҵ}'N	Yh
RfALZ[+ـO&|izJM::Bԁ8@ 6@SWf7؟,\[i	-Iq&pО&wE*&ԫ
0Xޕ?qR9oqkfseU ]Puq`JLɹlT4t$)\)ejř5яY&Rs`^XWyFFZSɇt$fxq:[4HӦR&OMVG\r2squ/i`,֓+<g-O?6G{͵[s$s+	:؋Km}oX\)%arϢД8ă}X^XЃАg3,B3yDArޛxx5D@v؝KtL{25p^cb
VUw!C5m<a))%nŝgnW"e#xogUu{˕@Sc.1	8ўqSpWg@ԍjA7]Hi\!6ۮ`:Q{is-q3]QL6͌-' 4?Y̘e8n8c%nGD:5_<Tq)ݲ8yj,4=&,>D}VGVdp)Y/9{j>9Q$®M0Ci?0wv'Z~puтApǴ`go>BɅPv(:'Vd85xQ(Wݱ-&<\e{+/3Ϣ@Gy6sHϚB\׆}ȳfCyZ4'@^pyP)=W)Kd4,n_ьϖwx!ަvܯIOޟW=qFޯ y>kǥ	xr̝e~cеb]/<8;o`; 9ESG(n8JE3ҹ00b>V(G*h_CI@	O7AM4,0P8Wْ%ƗkFAC
ܠ-\ِ
9^uWɬ[eAuĦ
ڇdWC7`vfZ%iB*Z|#vScJ"8cq~,w[h`x?חOBi!`Śǋ
bI>d	3qƷ~sp0^%q*;ւЀӤ7xzB\e|MVF@&ٯnK#{a-u2SKRWޡu?Ȳi
k<\.G=,%:\Ƈ2W!F~#Xyh;dtOU"53ZPB4iltͽQ	qֶ7S[?R1ّ}wdz0wdګY"gy
E-Άa;4K?w_EX:;gk"DeT^hj΅-GRFąjVHLaٔ-,5ԭŅmzbT!wO[ЏyWVM+ߠ7M Qf8	P6b>\&VɝS26.gqe<v:{hi+kt10u݅AY.f\!ܔmB͇LiY'?s/uGӬBIܥ!@\8bm3\G7DUЙAU{y%s|KȽ^՚̽VcWRR(<Kdݝ1KɽˬS"_K1>egfZ?9ȦsILw+zEM]8^+Ǣ3#2z%z*˭L_.JDݶ"t}fa4,1d&BlY@1dP	YcԛgLSzV/n7֏+[z!uÊm!ehA=]q]^$hZ~q܋q<H9dT,H:Ep݉]Vѐw5kGJ#7Sc.у,+3,F@Jy[_ɊEoع^w1{pB}pZ>+L-պT=/<T:a\e<L͓0T7[Qg_t\Ոa>TQXαkF}KN+K?QBU#dBY5Y҃~o%%eƓc(Z]V>w0|{LԜeFD@*0ڱygL&61E#cy+0(N7}y5])CbJ]G<̖N0AbSOtϯPźO5֓Ú;JY%ϝ66wX]Ҁӳ8q0v@6Y`;^.^@ՙ߳џdѼcCL;ν'Feߑn^u)V̦7v[`P$/==Z=^ǖDy'Z۝tX[D*7I[ ȼPƻ9I
UIBtb4'-`)ǰu(}"~Juͩä%@ϩDMĥUO[5yR_6ӒSY?Vb	)>q9K݌f_͕Ne[a]òXUȓ-̾.	ɁZA4L4@F#nv<*r)wKaZ;]GhųnXM	yqn91<TOU&_HPu%&|ršeheQӵ	_݈KInxۦ-Tmmj,h4׎B&koB
pߓo,4L-OQk /Ѳܻe=՘m3p9eXi{	_(S3	h3mo$	ѓo'|I'ҳY'18ݏXeRظi|ߪS-f[ӐOein[z~֩0y|!İp5k8U(bm7f$5N|ݣ۲\sfhҰcxK{ǶϿxtgra,66N$O'#}6bH}D<}	ܔ=^`A`h4>YJHN.OFǡ$-KTj@z[:"LBʊd
Z+I6~\bh0Mڰe.Ƽ	i5(r*%hܦ³#Ո?lp>fjaIB#4ȯMK˘Ȃ/#]B؀F|ybOpq8HX/R7vBko0=,:bDB.2'5|ޚ5M̧zk8
~e@PS\G=8YFbl<Cۙj~~G9j@e
z3N\uP-pmrC g.B=Ac.M->*˝sWi;}q\wo^k\ʘ܆v@">N:?DkI8Yoe9Yjv1 |i 3β5_ضcm!ld֎Z|۬%gmxQUՌ;WP\1&ďKIr4h8UBY\{`mY'wʣ*trXh%60mP9qUp(5vz:u
QN{c3Uo?}˟$1r.$ȇo݉W	G&`b)epϔks@q_ʚmx4$%+ϗ4my~seHVQQ6C«ɃdVLޘDy*D܎HݦԄ$Ai#K!y\ؾ_Ʀ՜ؽȣbT{nYAL^آ/.HQhW̔ՠJđsSԡ߇փz)i Fԓ/\*4&
|^)a
HuR4ӼS	AʼD|ŞeLqK>\4^u۞QՙZj`̒N%55֝hiSQ{֫Sɪ,I/<RHqL_)QFv5̚Q6h(U,Eא	nۜGZQo4g/Ldp\kӻsx&6rnTsӮM-Ц$*+=Y<ew|<.O[Z^.Qsz"B
qTcjK]m8i5
ؤlܥUn[#ؙ7K{жǕ!7J3`VsP2D3^0vyf*px0F5\$G>0w5(Kd%B4W^^?ܨYu=;ђЧXV8c(	վ:6De;dXj&Df;%@Iss :&Վy#D(VÑ.6H@xτ}U:xsjZؿ?sx e/޼й0@GU8˳yϮA81Mς&1xѧ\o9Ì4ۏWhő	$q+Ao#ްԖy\a5ք' > 3$p"oIM6Eݘ6(%Jcmv`OO%Aqjeg~kևc@-fS̺^gtq-֏<"seZutñhr#Oiݹѥ\o.ݲΌXŃ?wFh0bXnق7!F=»o'ċݘ>cq̈́:.Szۡ[iB3aǞx0N'[q}d`0PONQŅ}/ӒY\TnjkxxLe:Dy	tنu?ϵu$Mk	
0N>0d\[TyCɧhg1(ӷή:"&D ~6mRGFAʆ6fߚCًt@GGӊ_ܚWW5~i;jCQgkď>GϢvζ ;ӊ)!5$ln:4Q"O4h"phw[ۀ`QHRπ#uM%.Ŵ1ûvn"J4H{+m`wRg\֧VrTך3ŒP[ZiiER7rY ZMޟX{Γ`LC%gm'\ĹBOf՟[ghcNOy`њ~?	ˏ&\,ͥ%r6?gzԑȑv#%
Dő{?7C3,:ˡ'7{P|!$ǳ̴7\QK|}о=ӫDR\vTҶi^fRׁ]r/;036j˹ܩ2!ҪS!tTFW¯Ww}y{LDğɶSVp3s̵@DHlݐߊ̞S%؅+/Vcד(o5C|U=!fB۾,U.#kqO_ڽRF=И8y,yJlMH)o?X3 7=Պ߾<Ŕs4/dq:KSߊ·y٘ʤ7μlT\U%jɜ""YlDl{ӾϟPQ[xAC]=D{PԄcN{7hMM!%WxJ;aYdO:/piHi}̈́a!+P8I7h'Twt=?	,*}[,<R%j+0gS'\+Ը)_Kj@^@*ߍ|nعvcЮxKؑD;&~ڶ|=i]ɺ:3cAeĵjv{֏tmEij
Wk[J\bB
ܲ;XjRɊo_\CǙ9FiP/za5Зl\ǫr&W('v.d!6(KiYVO 6BSƅos)-b	mlV>8~Tɕ}Wg64qrۓ"sx=Sl[HiH78XODLG=Ap[:0ְ05u3˕FGqo~fk'4ZlnI$ˣ`ތ]}Zc=3ژel?-@ʋ!dƵ.U?*ځH<?܍DلiVۮd	~uhj|o cdhQk>u	#~Ȇ&H%>}rǨ6p2XC$}kN}`
8_ù9i-8Øe@c#hSF( tnRQ*ļ4_@AO̥ռ>0G<lS^efR'' |[Vr0$ߑ$W0ÌUjʡ)^D<yYw;s^#kΙvbڋq kz1Ա&jPZ5!v`\[Ůx:H	[v+$t}/vīqqe0{I׏I*k/_p"qݘںsʷjoܕ2Z<xt_&Ĕ;PK؎D^a΄{%܂E+J-c	7r7ڧB	yQn/I\kqшq*gp",fũucMz+֠ب^Bɔ{bx_$ԷJ[=2AKR4{Qł["^H~܋DHj;pE_NЈmX߁}J+ne?dKw%ĉHA~[\UKFnǾaNx{?}e.M !TF҄Uؘ7f enLF6
L\WJt
ۑi?CR:H%ch۝	#~E?Hś0l.GO_܎7fº`i\q@.-'$׌1ŬjHO&H!emߟ$s2!%-~iT1'hԭ`7!z
OwH'ڗ*x;[6*d4R'eL;0<+`: 3`m$DҜ!\dA!]s0) 0a׫/i#jR!T>R^A"olPB*[ڣzSxuZiVnXo@?zUUc	ag'PGfW`5tOCrl$?8d(8I(2[%Yfu ֑խ#gM!ġ(F_ĵB>5q=;TkF7E/xZpD+/J7O<b!ZtH7ȸkW̻;!
n2FR.3	ت$؅t7z\+!<ɳM@uZy
'+y Zٿ:{	XQ?E"!QAνQQ:bó|h
EQ΋[i]FPOdc- ̺poxz5MrY4w^jj&G܃ǓU})t;#kK}wd/1A>,s
'II2"Wq}Cz{6 JhʅɫfNܬq͖x"&%ؕ=x֮rb"Փl?Ī@S}E8^8*N;E@/u5=te^[XMG+ǿLeއ׌<*WA,X9E#Vτ٥)OmNy>v7_$YtZ0ˌ,ud<¢skjSں_ańފS)</ECCfLnM^yX=4RJ<TɏJyXw+1v	)֕GǸӥGK#G3	RC˗ϬQq"oёO}_`Ost4ŎM;#ع:Y#-%t<be<s+(ŀ6J
A#75np:ĝp?_y^ø4]N0Pͧ-Oϰ\k*Ltbסʸ6JU0s;j:؏Ft6@˙ B_CYbU0pf]{f'ÖK7T-w+TIPͱ}2?
sɢIPo)K7E:}^.^e"CL~քw:<]6X>Ǫ(_vw:	ʤC~sMeX̭Ў3enQQڪRetNjǌ|AO6i\L2`ab7W]r@SF#0j9$XIDvVofhC<{UV8W-6W!]>>O4/ۍO $C&m\mc$RmԶ&kΣia&7ߚrϪk	TA3YgutJ+m՞a&:xXOeFLR]ݐْ'CO[RzaEF)&0Kgm(	+S~_IQ;eP`)%}2ER]vwu lu~.@-!'Ur *[/Ef@"c23j2Lyc4ȰS=]_-(^YľZ&uH<va_Vţ>g4e\9[+݀P;ԼP!MqT|щB(aƘab%&h*Crǫh^<Uҙ|_~"*=94ޓt#fwG]S
Fz &	ą<*QsLB{E{I/%}N.VZ(ԯRIpS)!-u$[.5r&?478oN͏/یE'FHsd5kCR71u &rzSmq@f&ṕ)f n/r>ߠk+?u}:n׽>$Y~rKm_}F֎4<s.߳{a/؏{4_arϹɻX$-o\BamylWW2+fkDJ_v;mg-Ʌ)J8Y2vť)*<f{8*Rdd_	 |;|R6Ԡ%,s^=j4Do S[!Nݦnxp՝U"I0Q5׆`5Ym\2`ۨ"j.0[B:<(ΧɿSTtj2y*A
؏B/.%dȷ#{TG[K=	=҇8%C"'U`vPFaӮ˜DĦ@jWe"9ߕ&(ɰeNi#<hB]26O/bBΧK[?blX-=ڍe/Dp"L,:6I;j)t"0U2kdӝ/(&׍Q$`AL1,]*Nźنƺ}<T;a.&L@ami;eԺ|V:P(im,%]jxM8dܞaI؈wk0kUuAJ~7J[ug"#]Xǧyՠzz#Ij=*q
2/_5TDoT="L[Ϣ	5!Ȟڵ1T&ç]?j׭N[&_CaRio]'-LˀI	;qs6601KL^c&d!!/')]B7{1*t*+KrQɴ[1@E3viЬUtȅU(CTvd.i>a.R*C0F
\c<xê>{}[؅.dgWSpQs-pG93=Į&`gQnvrbl%iYב(|)фLqq6m˛`,@d#t*RU#b=Ҿ.v_Qmx*i{ڀ| \>.G7˃wY%d׭q(8_Έ|}4MIj/})4AtZiW!^Ml:0*`[?>8Jw$sq{q%ܓYr:ҲM,2=Jh@~tdX6^3Gǁd!9)|/˶Վd+lvFI,p{VUɭ-5<^,1%dʀ`_@δL/"a>DRh>jKW,y(\X}ϒysxh0	a6-B6?Y|Q&ڼCŎFjxB`<_Hb2uY=B׃	1;ȚƔɏٲ0	e4z5`kFpP =I?z`Y	_0Tt.PTnRʡ"X8lԪZi@ڬ	ְok'uthɧ@ە	wݹXz74AyaEMIx?A
dRRZ+&V~ȿ0w;{,άxesVGz>'86bXAL\c'L%v6,sKՠ" fcjnxO3u_tDOlD'dj6@T	ۧ3lwڝHB5GA6'.K.,Miߧ;xf[_uEHwsXfIëPS8<	T	K$/ں=M_@cn'E˘	jDpc=&-sM-_ve/7lPQ̲%",Jz^~*. Mݪ_k*;gM 0ntmރmh}ӋA,2vblOҒוƧ5ZjCђܹG!G3<T|;D 1}%41)ןf1&{Ǔ]5Mt޶_ŷI{ۙ2ܒԓke63U)SXԄK7zZ¬\CV]z/,۶ds7nZM	U#)Û5Wɞ%P$";~a}2׃v1i{(J3mqKj{*)oG@Li2eʒ'x(ՙ>dE7_.0Ԋ|wǸ%Xc3P;ɣR [,%jD|)Hf\
b/)P;eiӭPʚϥOqbjStWJ4TC&T~#M/(ɪM|Hy!+Rِ4(ܮPRġQx']f@g5E]j;͍˥ϱ`3ܥ.yAܐ	]tKa4JzZcDvZ@Ew^/:<[+yp*HMEE J"wڏRGޡBKm!X׮./3HjTr޾F+@|Ϲ]q>&>]Z
z"-EM2OH\_
#vuYzf1/ԺJD6
I:)\['.Gj@0w"}1AwU+bKx9$f8gҗq9X6HoѮ5uϔݓ@6=KזPH(ٙ<éɫ'^lO _Ǧeݸ]66IeGa¸wх*#T{V<ɹl֒QJ͘[ˤxD͙KzڱIWhaW־<%%P2gtA2;֤ر:zT1[nΟNyۆלҲKEEa0$0wUdoWٱ\j~NNHxqB>KN`40J}D>[FD.,mt]Ś)=qߺmPkO`Fƺ=Ű۸T*Q/)cj/=-VODѦ}_ĕ܍ 4Nҩyph%Q+J\[)c,*E9=߷X(PpɕKiiކL:G:*LOO?=ʚ<Pz7c:Հecy.ٶE+J@-w>Y.Tεk`ESpNϢ
b$\G&|Ѣ0mԇW8
x!l4p>d,EwI=	ȕܶ&5/xۃj9/Rqn,JLV,l6_"{"׿z;`"V"ɜG̵uatxìX83^:q[ˠװ.zvư"N"DY 9'júRA;|.ڰ~-]ϳ!!$R=AYڻW<͉AOpDǎ;+2Gewu`ŭPw^Ьjw`&[˲QkCc߳Ȣ
+@+1&Ԕ5ACXۚ45:Fל-A3m7iMֻ&X֫rxt[t/șܿԃ>r܏:Usi>"6ToϘ*W<!4
.]|d|  Z}ɘSfA̅de͐1Y=\$M%7w[1Jו1k$M-оFQ	VQd8O	k	HX<.'0Z.ٟŚt&U4ѷqIG47O(tf7-f'}G`e+FΧ*w?3%rNۯ:KUnGF<)<#,-қRڈ,@ɣ4eg6tk
JwU5BO.9j*ZzH_P0۵yٵaȜz5R)P>bѻsnze.jm)Gե~44ẼWmR&:׸V([@eڴc>))yz1)-$(I**f]F"ьBMd"_
	95;߻%	7UXCyIkб&AO1?3o"JyATiKX@* ӫ> @/ܸY֚"|Ҝ/[57F!|=(hD9ߔ:d
1ɉr4ر6uĴccl9ڹ,z(\
m#Һu@85g_}1ќ<>6\n4 DHI.-$	ΎٛrB֥pϥ_M#F>hL03ʽe
#uwز^WZA;~>~B{>e3717|v
·R~seю3TT~eǔO΃SɐP2xMC|x-kgGSGe %'$K7_ &fv&"4#=Z>بoayf,9DA6ީ+=bMș '0fɧE?XXt%RܒAr]k_k:
tw)M ]+xE%L4DΪ@bݯ3ֿP^SgkfA6J
^'ǠQM2y\Ġ;7ߘܘje(
e^Yqls=˄_-g$=vDP	mbͽ0e0EIe=ʽէުebP9!rÍV/3Ӗ<1$t=a59I/'s(]޷\ț9jB؃v_#fPr%{g@̌^,2h4uv#qnzŅ'}XWVthCٴҝtILrm]d9ݓ(h|!=j5^	bR*PT7(ǘ	hޘ2f[K'n^(?v9#zؔt?gBY#[Q+cy^8GvgKy'3yb^>bh{rt:ކy  ރpo;A3ͻG}q=F+ƀňud}U}^%0'o%Wh^m]­h[mx3i}ĕ	Ճ^na{p_/OqzCctQօ9ݴP1H΀aRL8ݽy!SnP@Րu91CuҮEW̒+ĵ9K=Oh/4 /1:fB͗O)"R@<¦	0aIX{!D<.CjTkU_ͪ͞۱3b?&z:}0hs>(`q֭l8Hӿ^ |~>LMWa~=N.+av}NA3$Q8Ҕ3logw?"Y<p7	KpǊHh֌?	M#!a{T-߼y3na%.Y@VO޹c!ͨs?;tēEC`Ls3>u]<Dl82)IS0"9C$9=![$Æɂ5u!ԓH.G^BS}ע'G6}[إr{"?р(R+rVsB")ӡ ,+;yC"oȒX|VÄȔ:/.JCLDrBLFρC<7t"A۶]į
Q]4sc<TaC[k^(؁Vklbmz<9FXfӐ{ڬ9{8BX'-<}SkHߏu`CzӰz<"KB
E&Tց2"lǔɽWÙ>c̲lȯorHm0#>UkMVچƹ$PZR߆ŭ)(^ŵ}}+~O@ae68!m?m$պڑX)5Hߧq+]EC#$#4gyv#}ŮuX0p	9Ŭh"`R/w5r[i9ׯ,Re6NxR@KZ|O^<}G6AaY{j"]xGFv{pGƉM^«rOǟlSm/&"b%سYecdW3;y?bR`!ƛl}֢+@~jjQ*qy̿mJG~ّ2ϷhLsد<bu׬gB*RƌpE2N-޻G8=˞-7ȥQWKU*5jYХ5*6Ұ(&<"eo`kN	̮_><O5gƟUbA85Z<Y	W#Kf&yPS=!v3MdL.mӴ}Mc )}o(ߔjדյaGa˰fʊƃ<jEX3uE|'ҫĩm s[!Uզ,Vf/ʹLYƘgLГ8۷,K9Z2Z)ON9վݫ-].6ȝ
@@FD4_o~ "Gs}0 pI ?Ɍ'R`ڥxހ	Bj,8P:.%uS̑TIcvh}xʨgsƭJH`L)A54_:="4IIЁiJZ:NlQg*c3vx(K:++}&ɽw#.dJO0TmUi'`3E%`ɗ4h#6i!6eȮInn?~gEVc)l~SI2*nkח̭+Xq(Wtͅ6)R#|ieΫ\8Ȗ~B%M%9xH:|^7A".5DRq3pU'ݓC!&Y#>ō۱&}KjU<mF_m@Yz{Hp/5D-Kk	sN
'XuբòA
mmW]	JgOe5I_LgCҤYLbZaюiG)ٺ(oφcoSP:+>q-]OiNA4$mP7pLMv@#DCҡ 0jS"x&wsǸS. |SX
uuؠa	X̶e't׃y^D]`5*bcίԽxW56`#hМպc+st:̈́~0[dVI+y_0`IXX\Yb#/e 20kͺη-
Hh;RoQBY;іʏ|O0(۴>f/m~Će~JRW|A*SW]\ȊJ-4+B{LXΒݙv|_ h<ȃ%~ТVAeWfJ@dlkt(vްD]Xga->g9CXUo%ٸ	R.̞uz	Pӄܥt$vЌ~ľ7ot1hv]Ԁm-%wD}5r˲q۱AǠK0ӻ"4ǋ٫żEo˯ սd~
FHC|cϡb5K}@9&ktޠ	<Nm)׸ɃJ$̟PpCԬ0@?ҍŷlL]Bszɾ_֘\ƫV~9lxOYJa4,c<wxJĜ(~gnc1Ah|ۤفOxq?7u)o~9`պԬ]v*@;+Uţ-eC՜.&'gC)n	{AWan0Y{b(glM_oe.kP^ӄ$!=52rd`[E3d">ŘB8xrK֟eΝćI1lF%&LjYKUDs2g'2	(e9"Tmǭ$I͚le9(/5n}=YBf}kBn`Mʹ\h
SxŪ7C{kpOh½¬`Vs&??	Ǖ%EI$5˲ѨV,eC'EݙG83Ut9Jd_۴JƔ%#HG=~_
(!t1[]r1j>ջmncX[jMKs/MH^pYgN+^-ɉ\Ȱҳe2ܪnO9az*l0ar=RΈR!8A5ys2DAWzd{PNV+Ĕ́fE_>fX˃}(í7pIS}sOufdxQ'Aahs`<K_:m1Wl;)lߗ\2)5MgGN x(Hb[?шɱ>(8`["AQ[Mq&Ig^wi=*k9 dQ?π)-dӠààj7ͧl<ֆ0!7H}Ds{J<'	]8\k	l~.ŀhWw1{6E<wk{ =[TgZf@zjӗLfgו|:}=bEecG2>p'+6n1x74$GL?͇ѦUXc:{Ù:0mէKO3LJa WV,bR3[AJ^dcEmcڝZCrI{tNg˞ ԁ	l7?Y=W>j3[[;SBXqvSۂKg'>8)mˁkmsnt	`HC6<Qjq_*Gg!YDoNcvP?^Ncng8$!2"gќ::cFʄ}7>Z:i2wU#Zʧ2e96
 fr cLrڟ÷CшXg"=Ph7
207fp/Eǽ5 eN/mz/!$q_-%5d9$îT0G";	lػk<ڲE@T˅7JXu2Xq!SD!a
Ag/>/B6ѫ<F^GC8W1EvҸٻ8ln\ފڗӳ?ȗړSv+ڱE|5@S!]EoB!/g!zݝs;pPsP;ǽE-BGq{qA3	ɬ¾?9ڈKn`w8KHNC<&I`wОHYqѕ'^ cY;H$_L/KjDo߰iqOՃM2v.]TT%]QsTG$"#(LՎ|[MG7qAMȀ-m:V̗qSؽ]Lht*+OKAȲ֟0\G:12̅(
}fɴzТ5_mڎUmCXC]==U̞55;jR<Zot0D)-eE<5u-
:d$iT]@C8T5Bl"݋ڽmKf(P޼];O)JoO8s}:SEQL:Ww-VOI߷w=!wJ {iB9xi
k>dQTUV32,;{.q1dh5@&2ٱluP'\j'Vȵ%f~j*Îu 	o(f6gDh-[pTxY2n*yS`e5T`]$b܄Jx)!Ѩz'B<۴VRU6*
prj{QГ&'|)YVF-/ۂΓ<M&ҊMn>̥vB"`̹O7D!ʗ*la{k$VKX<_?׬èumTrHTocjfl.@dx׋"0X;.n.Yw"`.R_8<̃c$^EF{sao\{\&2]81O.PDiݠd4!ng4+d]OEjrT"Nݺ&1	gB2d"*M:Q/ӯ=uMJgh:di=
<yJ7+y ք%" Ϧq_
zSt`"QکʧCd@h	iy#1׀یt1*jDݏ)~9&̐SS\kkJG6q8cݝdT<qpwN1\92\Xv82	"/<hhkX&Dn~բ_?7ۇ{7lΆzg@,wk4QFY 8ӻYW;YgV2`pLh+pv{%rR?:ic~Lѧl9q)a\\":I<	+.ξBLȦs)&l.1_ֹȾܷ*>BN"C%{
\N}d|
ǀ/<x'4n	Õ0=V8b%yDLB`R9g%bns[ըї:T @G.7aA"*bh_$T?]tŹ9DUHtK#	! ̲7v˷SՃ9y^'s5!7	<͐/-S9B.,AU͎f||ysO!1םv8q5q*rI:V@Aɭӭo0ũԝ(,e*E^A>͛rWyā;~WZ&A9{fYCeMo͝FM$j*>%vynxKx;ܣC_¨kۍa'ӛ>Sy_\]MN-o>Q!0'tnɱ0_ƜjeIS	:)2S޹?v	24ba=|!)iۤpY^i.|)*{Y%Thl^]{k<~A?;F_W®cwӴT*7֒S-F~&8q6g'DB*7RN6|"ۧ='L	;eaDWyC2^֩b@aZj}%,&a>ٛCkh՞
z	erTwzTomG4>wi6B
@rJj­+vS[BT	`ѯ@HoL]5ʸzul)Ţc;2NIYC;[ԊoSՕeZ\QO7́ɩ~h-5ثǟNuiAfU[j̬Ơ7A)1#ާ^֕Uvz9<LxR/3Y!ܱs(t-_>1TWѽ@AbpRgn]ԫZʙңh]Jh^c41eΓel
Dn>_APxgycƆ`<թ%tAqTҗh-Q%גq>o`06ɴ?խ}@jpɀo"k`gI ?;T3{Z.k\bOIsbu&	MDf1L{5YOFodPJ_,Z¥ܮD1T(sce?ɿZl<o?[xխšr/źlMČ\Pǀyg_˲-+pKR(l¦_o_hKs6K*62"пaPW
HΉdϑ?i*#."֩rǖҮ1fd%p-0bU!c?xb'YR:UEI"me݁#N
T"nBHgOo5ݦn1	(
'lE3a,}ݮˤueq5ӱ!MlcL.}$1+Ǟɇϙ4T7'nna0ۻ[:ZV?԰1M/=}:C1:[G]uBD?I%aw
\O9Umr]]B8Yۂ#X#23<w`S$XJ>|k}MPTDuk7-iٻ3L=3?~
>MkEtGfImtđ}$i}ڤS7$7x)/.vhU)֯8uRM}J¤۷tA'D}߼0þEoW^T2֣T?B@c80Iø	w@ cH~ʥn"hliCԭCzܿg<>ܐGT~ɐ!9ˉ{U߈ܐ֡fE:N'yVô(kS:o	h|9wWʇiKФvK*w]eڈ3ƇD<sÐ/nA7\"ޮt]8c۰=`A!i'74{"ƔǙ1	DpʶeO>6֐zn^2Y?*Rfd(go]ˠ+ݯ
r?Ʌ5qtt¾gn
X#ׅv~FnElGň4;nE~5IDL/c@	mq0=?_mWِg;"gŵ?FD1Yb"ҀpbE2<,?&i=<7ϧ	9+bNK5JU6Ղ9]Xa{wYקgmhHl3@S5CGJǜFq¸Jt:аRWƊ{ƀ ˡt2LJ%`7~9[޹֙TPmznrU[Y6)MMt)1+}
>	ün;I2_@ĄBS~%!s0
d.D֣گtan{ɟEuJ*0L06 ϷEB}AX3hWidxܘbc1Hō$~h%|M$/WUOadw½;T"&8bǾi	<E8T^wRާV9`ˉM|yպږ=:E*9JL
}LU|V/LzԻ;#oHfC.px	t҉VPy՞zT0ۆsJt7J]'ܼHe;.<qEDD?fuڒc?{G1s=^ک:4|̶a~=7Vj-ʍ8V~ޞi(LK`(f*73ىSĖs'V1W	7B-7J.WT'׏@"l8u]G(yKP`oC2D@f",n'aw#)#gO!ưS\i9nlp%WzE@"S]Vbs|d@U#rQ{%՟
e|)`B3uQ¾=JNa>WFT~~$M@jh4w@~ß0LI͊ڏruR[=K9Gض84Zc6VcǹY@4T\zl~	1PӋOXVǩGhEZ{PvAinkCUɋ,#x?[sѪCi{\PKHCr+4i` /qcHJ"շh`ر!tH{yNN/{8h-;7ԩ"	Ȱ"h6QnudtW<׏{4tҴәX9uɿluܹ?\ҠDDęk8z};>_.6bug!ڢȏ :AG֎%,%%JeD~ɖZf7h(<_SJPbyЮp7ć`kKjp8FyؒܵEsQK/zH[+>`h5`#T+_'.bfe\w\	eçmξ5rfqzcLZflV|οz=mݒngsS"x}zȁ9dabyao%ʀbCi'4ň#/D_o·9/_x!u!:N?2'Ag	eѹF:VAng]ǓG8OٽZW7UG
f*lkvv׉+uW[%T=L<~PcӪP%PޑجS`?Z0)ZEl1H]6J(:JA|e+M>)fЫe"PGx/S7͂XĔۀ;r4;߹,.)){IT+yr1JYMVhֽ
5eΏ&F%6zyfAںlʢ/38Ӱ!ЙUw2pmMʥ<FcǬr";Qغ׳{me7nT܆/GkXBE\Ŧ;!f=YeWݸŤc:tĝΏ)\OP,+WJߣ m;lGhͧsQ!<$yٟڝ8rȿ
MҮއQ&ӺOjִV|AJd`X\^؛{Ж/Ʃ?\_7V=Gm7$ʡ̐<2ZrЋ]ڠvĽ%БXrj*`Aԟ1>BW\&Q!uBFנ×^̊V6Zrh?_ýkԾ!!nHF&y	~p*-a<HpȚ\ۏBvy.`Q·VP"ubM{(
)"ԲΖ&Pkio-IidӖGϫIM
˩rA;iTΙ\wt wZwTձ%mgYC3¢ˣAK\*=eդT>F)}^<H< Ԛ#:8&#r$ub ԫLa$J/SNLX)Ȥ'`]{R*<n܈%VÓ:bͮC+Z]w GRHu<LE&@Bv&<hr7p*i1I5ː5*gD}rZD4$4(
PI"@|S6(9tf[ʥp%
.fF0SP@[|m4)Up%u5N
e*ʗ^q-/
R0O܇@v
.QHHӉ)A`9ջ]ϾiNJ}ם[w k?[\OH2n#.WEh%ujcmAi!cًq&
\qnL.w^I1Pҵ׀gض0iٯ5*L~o%#y}Rߜqƿ}u-"a5RFʮG<O~bӾDrJ6Y|0d5n|5,Y^XAՒAg?$Y0a^'!yؼ(YG
֨e{ȃXA׼|ğ#> RG@P8.8|rh@J1I$PjŰ!]ĳc~wUemAIr
d]sNBJZ`tպ /*+O]Ŏ{6?C44*jܘ~jcV/%'ډǛ<?ۄgH&GTl!s 0Цݼvغ];HΓç<JRR"t**ΉɈDڍ/GٓFJ

Q2Ϩ!wW-ę-Z[4MK[QG=x;IU`Ac6̕]VJi۲uXeiKʎpOP=_hq<z-\tPS|ov	RxUcS]VKww4@Lq y|9!VBFp/ʘб.lVv6NVXҤ'$ty}|ce]AE"!Th'96IЄa	yFrVƖOo/_xE#wzQ?̩?7C֣֤IB&Pۻl,?GоUTOgXJ(U%%M'YNvjǌ	c0	{z^0Z5~t=h-ΐe#Lu> PGS96k
Tnɕ;CŎi~C#Ӷ)LЖ݅?e9;2#.>]K?ҴeL!ٲ(z]Fw Tљc̸A{x;j`g!!"֑Z֔\K<
4m؜UiB,ӟ6KyE,:_(ϴRw5B,&#.[E'ӢhurIa;Jx?	aY_W$<R}^G.J809[sd+vYZ۫1i5hmMF#yux8nU2\Kl܋36j0]?Eht'Tߙy9H-ZLTP.?{|C!8N80k<ptˤw\0D`.IPQdFgy.yJ?Ao#G!ɽ&}m8c$&S]EBяUɘPnSJcA1ܨЁS!ĬIlz<cja+iGHqHÈEZߧ1)+i[o/b^CvkdTZy!4³HٻCm[8"oxCs>4zQ͸&ߕ^A{>'U@IE@q6lyZǉ>@N,ȅGic#jLeFuʛrؑsd!C~x< J{.m{A>ұ0U|H892]·ݪB!	gb*qd_s>¿ZtdQs2o)(۳Ǧs7MX$:UWɫ]]	9G,tuKZ:~(gχ7ч͚#0<3rƴ]~5?Þbg"'E^ a@>l-'MxI2/AT%ēRaX![ZnSǹA @ܳ4*&:Z\Vr2&N5~7>cwIrz;ϔ{=4/H٘/9ݠScϣ^C|nԯ92Ш<K5//GKhp)(/ǲ։I6N
νQW|W~-WzRAP.c[StfU,c	WRDQe]AF\LN|ک]^h&GOP6zōVxp*~LǕ"+G5G42 ưAM"܋mVNj/%)^Ycu1h_T -hf)!?IYd('nփ0t+0mP%ZUro;<ړЄLl_4OXLǫ0=aODɽT!UP̺ߔdWsadϋGlÎ_VŞDǬr
Jv9oK>;|RO)oD~%4`[_% |VJ'_@-"O<f?>ZQ40lV;NaߐCfR=6
$e?G_t_>Pu>;V*,VMƤ1jTxͻ-s|cK.]Mrji+hԕW/0l+\,)
l_@]Q62QTC<{X	B1Q{LG;OU"rPA@VDGBEbxU8#sP9T.($k&4V]><ISbVc xarx0mfݎ@Z50aFzO߰^^Y;cFVϐ-1Х_4?|8%JofݣʠL]QQ؈,-¿rEg"^@aQgߪ0g5;(9=iZ)^ѕ(*:e;a54Hʟַ"~%#ȼ\>4xTDqGhSmS`[/gX+Eߖ9D]܄&EԤOZxQ}.;X:eqӂɡϮ#Sۣ+ɋFӤɘnʰk".@n&&xF`MprF[tz]7'l͹?P8lշ-Ҏx9běC-W}%dɂ6F(TY%Wrtl$Sx__9;DڤG;7TijV,x>y&s}V0,0AGb[gڵ"e<%b
Lb!UO%Y;>;د`mgHP-OJ<cֲl-i-b׎U}A.zO2dΕ,M`AOZWe^ wht:=+ t4&>+݁.HάɠIwƶ5Z0FҭIJaR
M+	@}ץNx0LV6u*:S4]`F@}<pE[t2,,AU!XU:{QS`>~>=|؂FH x#]ѝ90ւsw{Ոe$AI8z{$(D=/NtTպSs.HqusFX^FjJF`LNڽg2(4&!~ڏ&Ӓ`|9܌dS@ш ;٢
Sǳ;AȌ$FV8Ƭ5׭Pn't׋ExWpxoe_44TޱA`vR`dd1IF{|2J|xP߃>w\ɽx*{~cN>#۸ױB5V\ʻ!A,a\nP[A\}xގxw0քGsQ>D=BlURaKܶd kB:4Ģ.A)J_E+Q(թ0!N
GMv9@mFJjHNɕa_bTYau(UADհ*-Nl$fOŨS
UdIgatwx`(rx`#&pNsտBuʰgebJ{%Ӎ,\"@["PeÐӆ;%/#+G"Fk
	M="xHy!Z6fӘu2c<z8+6o2;LI*w~<}=ZK><̊[RNLc5Tzd!DhO39޻w
wVRgZp8|vYGxARnƘC^iv
9|%ۧyƛx\plr@74}	PѨ^ְ6RP/GCmW?dw
SA~~;<ު3,0n""f~/Ļ>̧8wh_Mr͑*&Δ|3pm&n`S~4H/	}6Lr#\2?ol%ل1YhvΡWis3C!ӻZz#aMȣys#_nN@'bxJ<9#k@0݃^zi%;g[c'h<[%Xõ[Ql?FU\r6Y%?@.V@u\ɚ?aP)2ȫ9۽Ó_8*$߇/zccƐǽxͻB}"6vٛ^Gmv0U<ʱHҨĝxu7SqJGKwk~SSYbx|A7@bti>͠!rV˼|_LV3xgF,2|R=72<ϹJ6|g<|2ycCߠnDUtC&0عC_
ET*|h*WZf+`mċMOJ;J>l3L>x`C|<6~wjE>@ڳRu7HaX!٪_jo.kNpKoő=lhkA'A\R;1˝d{V"6{aי~	е)uuA!^jZ܏#x\ܭ޴YO4_]%&c--Bju`>h#>6g`X֗xbڲa{(ީjX$FT5ضQʌ/Ttkl_M	D;YI۳4"8Wަ^ߕ=bZn-YoF)1H;g{B3}|3FjA+<6EŚF6߅Ǻ=%*FD,j	1ęq")ZjrGQN2f܇Sˉ!a
p[d~QKt+X#%JƐ8KVcT9+>zя4
xIv=
Nzv'Ѷ4Hc5qNC0+.Г7"]6"w־˺ۧZTjlҹ5[W	i&rޠ#اumtDƠ,3Ppa/#fYT`sϿŽSAEt&>Aٴ8ٚAydl=)H{@.XpNM#`Dp=aX_oc&1v5CGA^݈`D3İĜanϯΈ6U4Wv[St43\ԑ]Mr{,˼I#OnP`ݪQ#̥xquŃyCǋ*8`3E,ǽ8?G(	>rZժ,(YƷ>#]>ё	pFjճ3xnib ê%@ا٬`ʪ$NMϨ@wVî1n;w0,A1jyMtS6Ud$(o_бLĵ98!NG^@ܐ'%OntIjÁ^Pg߲6js0,2Y~0Gr$̗Ҏv&^)T;8  _vIpd۷HL{(Nr+G*5-\cmҥL9lO׀ {O4:Յ"N;}Q6{uXWs>bTMk51cLK"(Y7WM#8F;NS#r׍(XŒc֒9qs1=u/iFɃ}8qثX/$O{ɍ{cKۿ^J1P˖%̃X8Qm%TfEXL9	ռ\^ȁR)EhX,τ=t<Q1zh,-[c
8ȘL%heerE=T@VxllߔH~5@_iRr#&ܳ8O>f<a٦H܁,޼TLesģ},ŃQ{f==Qg/R9
݅V(bԋxSc^Flf\1wbi`t:B-FsaqPaAfP΍9KvU_$U,mt|Lʀ0W}P0֚+0mcZvisWS%|qK˳|-͞9c%,c9
҂vtF)mNk90qÿ~3Xۉ֚#бI$":srַ6C&ˇ!W}tӃStaxۇ́8_	z5x;߫]\ʅI۲dKZx2TZi!.ǰ~/ܮɧn
#hΤлYIвvap6ՂhyLƛe/x)
0iɧq|)1QT<RwkvrT4B<WW9Ĺt<DJG'Ȋzg޳ls
TxJW5IfX(DproN~SƿF@߅iڅaE;іR nv~>`5rtUOB<0kv~H#y6$Um8ҡ]W`i4bNs1ay\Wzb^Q"x˯,+_ΩZ7y-rhXP&v:!}-ټc#iv:mFSD̯+ĥǰ9(΂z,x-	,ߜE9r_./=w-/"LAzS+GJsIϣ'c 'Aľ֥X!#>0ؗ	uj9D-S{էfsmv<+=$=o8Z~6͟ae|&));ú(g!+Ks<?ͦTh&hYevO;M&q
Ɨс?NXـDը'F5b Ir]=])47!K9ЬNIK6a+,fR!+E_c&XA,^"}ΨgG}l}< ߌ*&֏g7Cˠf+.\Vx
8bEl_wAE=X!g =ۛ>טV
]s.COM j|XzBކQG"Ndf,%&)S!ύF,ʕ/DcX?&PX}-ZaKjWtZu%Ȁ4w|?fİUD0|	
 'X|(&z_'>؏(֙inY{K6JEƳ^5ٳ!`QؐW6wׅ
9͂y@//Tq,?%#0c#ɗQǽn+&qwʠ˙VY`ӚԽ'2pUYaguŃ[uw\RطPM>ё(4+O@$:A{bc?կPEX0B%Bof"foDa1YZ58+cnECWSeejQR ؕ+ђ)=E2=V0ɗ<̲z:W#NVUqy90 9Yؘl5^v5ߴG8lt0eaz:*5{-usmυ\z-ǷF|4҉x6ou_>QX;e!X"	V,5Jcvo<У#s"zaߏºĞ%ƛv+7ԧt|B:%}U/)@tXgF}%0؟֑ƙb_WJkܚЊ֭"?0ԻHUdKlpϾ2,QB|J_)Fx#?cEW} E?jyGnbu7$3eWN_ADRΐˡ2JB|h~{V,0bz&zAup3ǽBf7ecfMfg̳L'ס0VI&PpWiN9f.Ĥ;B;w`̶/_JJEWfA9U5	Ŷsx#cGHsWcZ:s;,?\Kt=c\%yЃGZ\;SN1יO%:$lƖJBSZ+m& rY=kWsǻY&!c}'vkpSB=>X:*"e(aE<:sDc2+%`]-A}%=Uw[lXGƄ\m-"S<ӃgDn1ZCtSLkl(tnw
%VY1w-V]P <9'P`C>Ɗ~l*\b}F^s]#-ք<%-l8ݛ_ǿj?x͘WcF194(ZsA5bo+crɝѯcĢֹRRݤՙFA!ۏMN,D̄3ԋsvZYF	ANA
^,X9QW^4T={tP(Ag	F@;Zgѫ1w<}+g%g"/0َ2̑ܧ74ӚU9QF7~RP|$!ʞz&kSUn5:@wv&<Ω\V)hSriaQ;h_6GjLܹAϖȐF~KpfsQ*fĶx%g;UW@6#w@+C,m0aB޺ԅMyPJȮ^=\Gjr[^ʍW#,tMH߰dˢ;ӆBvZSUEpWbC,pL}u%2͙޿ƎELONKpg>չgܻPxKݖy[	نs޲j3cg$͸vG{Aw2UZĕd3!:vmk>icԆE4l()wO5*UɎѵ@4_.>pNdIa\Nzh\¥²PC31`[(*aD$	^5R}BW̖~,I7~oa;lzl)uDzO_B0pEG<z zǗXQ:f7E:ɂ1h͊м>E}ҧ>uW.$0*qx{gJlŇA]~Gw͎s
ȗ3`@݈()Ғ̚\͐ڒ	Zi6p* by>$.}c0ʨ^iyHLQٰڥmsUiXe_k~ғ\MC?˳ķ&\\I.b,B[f>7ʨgn, {&mv7
ܕ^QSn|;޵"V	*[4ڔu,1(՘p#d\)oN#}*?6Ϟ؎:"Cpq9cF)KqЧJV|_Pr<A\ÿz+m?-;</T,S]CDaݑonOau
<u[ةvX݊OՎBaQ9!cɣܞL%8lU%T6C(S>oDûnKq9!si%H.cpMaD-_GÃzQVB2ݴ1[/4m,xח-lG8)5rfZS1xvݰ¢'<z(٨h0؍/Å#_I ]H,Y`ӝ%SSp%Qݽ̞~uĕz>av3`ƥFՋPő@FQDCgu~o*]ύspɗ ,9h=<PG"	s*iæ!~ؿ{qDdP%e2"ioܞtil+<pW=$xTìÐ	%POrO=ӷ7~Eu+o&l0ϑ1V8z]THcs^##k:cCJn[Wyȫ"ьg>3ʔvRr^{r¦2~HgM[5ˢ6fu#lȍ!"zicʃݗvaVSEYuΞ7:gus;O*!LnjTG3yyxtY8Ƨc]U!^˓R +3`0{+z̫}èشYd$eRsNcLB9ߨS-"Jm6qThMEvz?VK5L[evwҴEax;	Ijkkρt֊)ұwW!ws!F{JXH8ITψqO^n:U#MbWr1:b^ju(UwJv/]8ZܵqЪ@?݈~N4KYqiaaU?dGL9ܹA$FNyZ-1˂ήlTv
=0<K+tl"xԪI#H:w=K|҅H(]uBt=۽Կ?niPL̬+Xf}mN"pdZӂI"лqlQf#b`SXbT}xdoƈعa7U֞Ռ3jr93S`RTHxy6\ש5f8$iƵLGjΞʖbhd@	8NX
BRߊq.:7={W>tJȁ6`
+ͩYM
 `'k"MTkĽ3ސߛ*,	=2QW\3b5b<PLFӭn	>+$7-#ƛCɫjܞnΉ;+ťN`iQaCQ=.7iy#mKL3p3-oп`_Pwi|$x)j8۱2eom$¸aUB<7]ߏ.fAy)e3Mֳ,QҙM(g	}ع׳`+};
]߁TX+F<` WҶd_g j\ñZK ,2J,&gkr=<	ɹ %)v#N#9mΦu`ʵkCN;jtڠ
þ()^ߢkM;@֫1KJ,h>Y	H;+!kGf@Sg:	e4(V3f3e]M0^֗5L+!|޽jcԛUݬvͼ)zWlxfFoUgn2V!`-_2cNb<-
p&V9=ēqwT4MXl:%/n#͇G(P &T>Ҭ^ĥ>ρߪψ}(N~Z|La~/aY7ӓ^:@vVMӦ
&ȕ" `ҟǲc(TWlƼHzܿI0[M6#3Pw}~,T)`ủB7zɃWZhAaN~ vIQ-o^.?Be[7J,)K0z8U._H)I=æT/!Q\m+ܿYٌOk*UQ$aQBCMZS '3r~pٵƾJƚtntќ<r]j17*Jp	2Ʌ)r01r`ӀS`.K9Ŏo,aksNV(_A>~ȘGJ2TYWRsyjv)hݷ̨x/cjguBe2"\'k[)gma<sL4xere:YH f*qz{ݱ؄H;ۃvF9g;Df*R_R O_
y֝'/>,CY\;%yBywlCmaK26?*Iv;@l#؇ֈAB=3&z7BG|L'ZWn
)"6k05#ʗM,дwwD{Ϳ`2ot3|9ϕDmsL`yO24bõGJU|L"
l;u0pPŧ2'!Z\fT&f'|Kq=]bF7i|-NS#Tθ\6Ƿ<Ȼ7]33DiZߧUg-)ڍܑQ;_̩e)&;McDIJL6SwE:#(S߀'UԵ.Oaŧq{ڢ\0HY:uY7eۦԯ+Unt~T}GȨ۽,+R)BTPzBձGwrہ&bD2(dlBY2qndUS|ߔ&yg3Kή'^]Sӊ~"ļbZy0G|nXo#֧1_hwQrï݋s	nfIBxXrPίTBY8UӮigv/B8N˹'uUW'I"@i;i1Hg,v36pwE:,8(<;bbB7R0/k{Ќt,m^eP0Qۢ@s-"ю#t{m͏vݫJ2D.{> fE0܋8Ѿ_ǁX?q\h9E#Wuif`,Ape|L@8
zKyiBn	*=P~Jq=٪0
j#2,Ӊ+] &};_=ܡ:J1'
5K8
Vy<iV^w9[I5w+8:et5!!́4"[[j|gnbO݈2.0	.Dڙs)Ddu{}KtN0VdBrp/s":m&tX+N~`PaɘPÉЈ$^8+B]
916ۖƦfϾT)ao)6m52t(YyyǗ)v sI,"?ſ/GnCƶx'2ͱ P/$u@_*'A~X=}&.`AY P}ܿʮ6~ê>KS:,RԺWa 	զUr:Ƿv	:إ_wqy&
Xy؇tݺM}pR-iU;*y1dKPFal(e΍u[Hc_jCx)
υp?~8ykxe%nΈ epM+ԫҮ'PiJ˳DpLpW7V1JW^]O'uФCL\ͬn)M{cuȍmρw5\Rsw[dnzdWfC=7ʉV5	yO%m~YYa<]OܢReb̷<w4TOK:YM,>1AJTcN5Ǟ!̘4b1D>fN(zT4˴eG`{_7uF`}Vܒ	' ͈%=seXPE&lYB<hI!	bJ#%!mW-48U!;XJYJݣ&6oV%<BW[	֒׮Uz|k4?aoK4\_G	mz"!44-t,ZE;v&]M?S7Nz&D`"aF`7ɑ<;;o6a˖M2uxX5+bO	L-J|h"ioUR='2Gl-O?ˋ2aNҬSX[c$+҆,V}*eb?|]?	<Qb=j!=]Za"u4s-eJBےEǡ^Z;Y5F!>1٧g&^q_(_(op[m2
u:3Ycެa[/
kQp<$nɔ4M>[Bˮ{Z޷RP3N͸8NHNrz+`a4R=SJǻ8r~!k(B
@UM_:aoz`va?+x;eۈ/gxrTpm3&Nf߆SO9{wɔtA:rDG	#8Thacθ3@Ɠ92s&MaӼwL|w,/kGŭҏҋ.=[@˲R}T=^d:~rzB4ÓZpe^o>`kg{S6kK)Phc%[aCed"~0ܴdE?+ğ"M`r^0hd,W_TOHzC&ӽF-#T?(ޕHZ^2f}}bͦ#Ë2BTקԡ"mڛ(h"5\п({nܭZfآa]Ls}^SrKv*UtM}T9eȓ`)>T:0T@Qax(&9{pP#R3^MסifXg܍9Бz]{UѷC^**Z]?1ap1˕tE_@D=ɳH,6W(9(ƕd׋2Pۧק#$vյ'ehOn}MVi[ܷĉ+$E2&"=u*OKZ.Pڹb& 6бbI@ُQ2SVSϦu\?}bɾC)R29:X7Pbʔwtxqe!E=E2(N'(L??ѥh*`UpZWiЇGݰg@1ZVɔʼAn<yi'Knk	<.ÍteSxƠ3lvƃ/=o[O	g.I$Pbc7'Qq@5tBuZpiϯ6`tٮ7Bے~^)cwͽ5:esVJBȃl}K#Q9n<;-$pg:Mǣ=baZ)Oc%u&.*oy"6D~p^t_w/Cj1{	r[,3@1XjRiq{`_:=5F5|9J:T@ThS
MTCǐ"*ky(.^5dkcחxwl˛̵כ&E߸JP!S؎=wP,S8.o6nB5Qc)/.Sm20]*Mh}*SgzϯLwևgZHmGe|BzHzO!QRɜm?,;̸I!tޚ5ɷQ	
94$˝jmN;@ҶMܼ.GmsO(w~
RQʶITC'KM'͔cG+"Tk#͂!"F~7Aa_B%{l,F8<"w8?])ݡ]@,Jn4gu֠e\&sUD~AbnC5"fĳ7I>ϘP#tF_	U8b#)V9,%Ғ(-݂=ÁWOn?GzLԠFT|̄=M@Ʀj\iܫVR`ǫYdNSZd>"RBӺ`«ЫMSK9C8Uoܶ٨?h"/t9~* ҏݧSOodjPcqY dn\2hN{yv~c"`\isDˊiF:cǲ+1CˌVez-'؋:tqnFxҕ5HHJp$Ȼms}QC`$DUћaڷ6~؃su,λq:Ψ~mBKUe&Bu;/>ϓoΈ'݇T$*hZ<F?oX"׫@i	gz-T<!ii_!MpsN#"|kPPߦ ,:TQ1cXIǅe'Fs|INӖߜIX2^1QDVʃJ2>	*mVlz!k3'7@¨{ɷ*ǨRHLfz#j*Q"61w4ld0ʌ\TNEoủ0K&7B.ǹ{G̦3QL"zݜfg?ءȚW-Jnq6nuk8!d`[ӣ7	ă^V}K@ֲkтkIP_!̡ӳe{8<v.<wPܧ1D&Ҕ&kbT5Тrp1*r#	$3VŞ_װz5$}`3l):<yw<zE\S)\ҝ
NM*ǁ	Wz_z,FȽ"ZהzH%Nfs۵<!8<VRTW&ǲ|"B܄XmYѨҀuѵrƴmr(07 +Dm9Y8"ސ^}BRGvĤû?`.Y;s͗8/ĽG&ۂ_Q[q"ROCI5׺f=>ߴ"+)1x2wea)ީԾ13<őĦ׈8g΅Y%wv[ݑ}Kk1q?26j	bqj$7E4jHX*&I"l͇_Vآ=>ŲfwO«3b|ԥkH!PBV@شqygěѢc/vj4V@O+.4z`/8' z#!L=[a}BD3ngLl	! .sߠsJV9t$]d:uuUfˑ ʺo*6ܦR34Wѱ`)JX~%>Vg%B]]n6:ՑҶр =ʙi.E']L	/.j~h86bqS|n݆k5]=3EE{ۈ.(j3/zopAF	Cy6ϷD
QdS S̏0RЮĀDPl#fH-P{5lD.+Q]f'p=XğWR4SL*$mcz)@'cƒ2k|g	SO\._yI;3ϵiYqڤ+-Co-oWT+;G,9,)Y##װ<~5m;R%^S~֧Y_! ؇0uN/<X0kaO89`5ٲ<|9TЦzQ>G	!ưbd<I#.CR2>
8ٽ)*CטӢӏJ%ͧSlΘզߔ)t=>pL<͢vlczKn^޷*5;tBԅ:ֳB]cosii bKBֳU""Jɩ=).KCxr5Cfm~Ϡ1GչQɨ-&'SzK
,.!8AĄ<$?rȡCHBy~AJ/vj;|oFƂXTI;[mʜ׊W--	ާi> t
_{Ld	+Tݢ/j>ƺzt7l}9	1ЌYy8v<լS{_N-PƫK¯xi-fz~Ф0֯d5IÈ	3˴` Ҿ%4U3T ^%5[w=X\5LڹU/d2|%[в;@3@TӕHM<BlޗPuQǿOQx̔As%(U4=$AyBԪ$Kߥ#t$KaB֪S։mԾRkڍ+jAJܪG-7u'^NaӋco!fzȰKǓ>L6X!$ƮJɢ{Ε%i)í-ƃƇ^AdGPUjGtG,)M0c819xnG,bI٩΢T4!(cn5h6	-rhɪƍa}0s(q/-F@g''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(27076)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
