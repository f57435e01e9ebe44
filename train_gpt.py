import brotli
n=a=0;b=1
for c in r''':#Ms0.L8>˲{T}*?brxFuǅ?fȶhWW:tO]ޠTTIt/A?U]2Qru[pcUʧ9N8&"FDԵ7q=Q3:8iu=cqtԇ'7?1-_,eEr6ED*ԄSuo9wϚ~CN	R"<©jkH˴8+G66T#Ê`	ŞI4̍1C8
Uy-H`6۳tAp8oϴW%jۓ,
<Dؤ:U2g"$jCu^~e\lELPyH tۨ<Z
,>4өy6	N3<=ga6dZd_I=y&kPbBId9ۼ_ߌް^۹e7cDlo 9u)*YJb%D.U&u'\ҥ>hOW&zjhCLt`pO<(r9ON-0?,-tňŋT̔[wUyϿ k5IÝ>rB|ӄXkd7u#VR]ؿ8aPuNL@JE,ޮQīuJ)'Mb8޲
)ҡdzO0{=XԵ;x7*:>ۯ
:ˬȇ
ݒ,fO=q$'bPlK60ROP	a&
ikb֡|v	%c}=B%o&yy~Wƍw	L@keɱo:|kreTBD	6р%6%	Eۗ^"Z){؄eÕVk&U6ڎ(h&T2wx\'cQ]\hTU'ͤ&y	22Vt-W`ZXy@1!\b6l'?AC*[]B=P"р8m3Įײs]Iu/ث٪ثHUl*"ԡ٬{-+;<e		˭n{Ӳ-+л1:&Ek!Z
N$.Waǵ\U8ygBĿ6bz>`/R8GDA4ԗGd9]r6x8W$+1yc,C_Wp64ov]hϏU="-f$)
߭ {5a(aThTYEdC\y8AA%8vR7o
?~(^B#I?ͼa%*cv$6`kwʆYՠB	5ױgu;hNo$K'?e@c+߂ֲ,iݞ1S~Z5s5,Pz̕OP+&:πpnG{&	31ğXCkâr'@u
;>RMjM`-Ӊo׶C~SɡޭV+Y"d\ߏm=})3ڍ-WOR*}aU`I-ߦWK*[19L#?hk
\=g҃-!p2fӆWWΆGټM
̔)%nTx"g+w0@"m]w?*ޣBϹ=ُ	/]g}'RĔZ=3jsN=e{
EXԇχb7NyŔ4j8l*zo@:!9Ւ(K6NXm<x
2&ZONgA	!PI6J?7Ay%LͿ^ǶRik005w9 *Ftmgg߻a >7. \{-:qix>("?GAذہȍ-KF*g1wF4O
yiPKPi2;>TȏVwF1ө){47ّ-|/9y|&cgSpxû[TTӁ<v420N(E^*wH!%C'נAmDͫDwi|+dݹQD|:ˣӧN'	Bɼb\l9֋Jx[):b"X\ykDVvHؗH߬޵ n%	(qqU~Nz
Lo)Yڝo
62sEkX@EɼObʨpԃnذecnҀvTKXu'	BE=1ٓM0VcP&
Ԃ@DM̴Yv;,4vO3OK6cnȩs|9r7U=P:Cĳ7"}vEEˇZx4u61mr	cDb"e%V7Ȕ joƸZw^˸Κ@>tu@oobed(~>0MQ.UaJ~qDҲ'zAwi͋!1߫}{ٟ\3 _7'Y͕tf,o'T&AEIwdߴQ$0taÌkeК[wp(S>tJ)7.1*2bi33F|9RWca@w8 ?+فtU-t|Cn׿	˩s*=DB{,J҂e99b(^-_8߭',sj!W	`QkV_xc}=sP֦vmӵ#:28:r!!wF+˚C90H^7.Jg6_+T*˻G}QkTkgVnȳ7̧'ȐkĉrQSyb3GˊJE\)q=O8^K٧hly{5s&|sg~
MM}o:9קY#>+_щ܀NX>#?_2#JvcGnMȳ/;Qv}/JD]?pvrb6Lҥ| ~.F3ȇk"SZ5fRdQO߲C!s!]mdU V%F ηJ)V3PK[;y2JΑŚϱ5OڸC9HF#	o|jR5µٮ-Pծ3ļWηnA}Xo9"Q߆O`Pׯ\ܕjJ~^Ҏp\a'ǘ0bP'zːM"Os[Ԛϓ0#ԃPe	(*Q_%*-
ЅVpdȡօ:XwP1O=v՝R:{fjo(={QPqkd.s_oM#cr+0,Ep'۹)JئjD7HQ]G>;3Y8-+!j	U-"GlW3$zƿgܩس;p9n:kѩj~55{܄aŒ>3xӊA\>n²6qο}eɃk.?Ya6A|[3ʦlƀچ4Iu
H"p(2j9z9i{ȪN۫;^V#qUȡV#e9v&Oe_ڈɳ)Vr#4K"Y?ȜW
8ѶUf{t>+D͸ɢܑ;НNѥp
VXc<W-|8
!tg,HHT"0 yd
lE=ȤӧgI͝*4DE}v^yۍc 7z$ڞl,\Bv@*M$^QqbӲ~jZ%E|QĈ3{ʻ4(Ǟ\gMa@O\>lLب)rmwXxh)YZKS':ݪ{4
lxN Wswʇ"?/.oG:3N[׎	h&\^UQL&v@;wg>F۾WDûJUv_tMc5?{Ưۖ#ٸC>VzuS^_PZgUFb"[Lq|K#ҍ!3na?~D( ׎ҩb7&J.^joHh;--{T-B^;cd`=tÇ:&fX 4:~@alq6E]ڜióa!+*1\AܳBǃ+CmrfPeWU:HCݤ>tz1Jw.Vƫq?97#/}+\+a,ƆajLˤ?>^	p]$'8~ɦbSӚob~-dkԟՆ~L-W_rjaeUzЅW?8yQ}łG`dSl>[]]ѲGלwh?k_ERތP|͙=]ڡ&,7.JʱgblP]N۞I1=qch.'lnv>-fV7F&<5dwjuPџ;~4Ru/HJ\ZMĤ1=c҃7; ?%nK .+RsneszڑsF^p?3}T'	PV@{Lq׷pќZR80<gLLِ!\cy{)dFK%tY:+Ν-U`'ʋymܐ4|jm]#(z֧n,ri~FS0Xt,
_V^֬l+%~WP,fзME&"AHܔĻT#^3QZAƁ::t>n>yk_A)P"aUT0rods,aG-a7Gͮ|yV_m/Rnt@E;݃51uUwUț],B:7ǗK3JSW.OrZWHӔ.@H
N {NiȋiS{&܁@ _Q
\ecG>͑r_+ڋҩ%U&|s.0]DdRҫzګ_/:a\*8lM0G*$ѓ׼RiIV˳jg%m>bΣڦ'&?a[;ʴ)˸;<hH:Ӝ}Frޞ׉F4kY\BclՅKſE݇n"@FLu̎R߶DL
-\9WO2P7~{T;-;Kp7O<ݓeǘ5H@ӊtչ]B)\/IƳD-϶3Mfܝ}z`fGŨSm'ܜl.GCÚXA+	2hB˸ÿ|9F{։-ˤӠ@еL>'$>LQo݁'0*Ndǿ"(sGie*:Z?4#':O~Taemׇ$T ѹc=_Z04Ɗ>

֙fM?YyU&pNs8NAl%Bip;0̚jOճ"H2H;wȑ&Ck#|dc$Y]ݹIT)"sjn<oodj}7F0@w2uo,w6Hʝan'ZkW9g"3Pʦ/m-+"Z\!vaWՑ8ѺGn1ki
k$Dm/nÍF΄h0[{n>O̲h˄s`KD']rO;Ā06.ݻ(levvrJvOv
ĎӺPj^=Ml(\*͠
̓XW['	uބƔ2d%Ÿ{YfX_\"J
?<l}}WіR`4#U?7b+GOuHeU?YT9AD{l/_.lY˨]D]2Ww-X4sz"'ݦdw#P?%#%iN]w(tdf>g1!=V=Țrphf>ڿ[")2<Nئo|!a2̑`y,b%ҜpT7eYO.̮+|ĶG~RfۦT8%jF5kSkJdŶzy8XvN{nE1H?UWWBS*R5Jc w2,;	u@sHלQV;Bl8<?1ӋGR~LU(\	
5u{zV$JgDb]۞)ډð֝ǔNܥþ|hmuvy <|͸B{h?[$-ޖeСWE	qa&OȪM	Fm6rӠT[{dG VH4ASysRLL;	H< ]Nut8/FXb^^yH-Ǘt9^>@l<'ي|0Ohfש,͞O-"cg0&c(A$ڪL+0KT"%?E*k\dHcT%06+ګuhKpsLf#sFZ=#dd7Y|}0rASۘB9a$ք'S8:	/%\E~vЯR̿LM733Btuc9s3!U(nwbx@hHt%Mz^ݛߕD&-ϟ.KMrQ",ö<y}e~H!gڞӄcv	ƺP@&%vCX#t`d$ǅ"cTg6x%Fj?%Has+*gsU#8mnisȄr<rחxo֍ܯ,:-ĕ4RTG@alۖ+T)α)Jm)R	QQ,{qVUuzF((YYq1y̲hS	rvA%uhxm4HaaTS	nǨ`}ړK$Ssz%dJs2y/o5@x%r?AGf{Qʗ).p?BwȶFlp=!lGېwʜu(vGQ@n7';.ro/8@ZxPK""Us#کfNiC7oYiِ6#%ϞYki֖p8kXef>zTԋrK(kϋP#qQ"ɯ<yZ-6:1,y>XMR#	\/!ƒ^ځHnC(IϾ-ɍpyQSqJ<+1!bQk'ں	8t1ES[!	Tc88StÁ1*IV, ULFFeq/)7u\OFq`V
0^@oʝT2
PE' 3x}Ӡ*`ٟ@/gݼֶ[?x-2np-ʾȭ?gӟ7i)<Ɗ8	ge>3c<ĔlEg
@'ce,0&Şm!/D`9\2Ѡ\Ks.#_:z deώxoL9IO[8$֩X>aa7;f`'CëC^>#%>ªgӽhXi8m2$z@^ΚN$Ȩmûhv]}(*oD)%zlxP(O+X@mT8ZL>qBj֛J^ߕ߁&.H"j=3LuYC9'[ěaƟXxnw۳NKQݏTIpy Vڨo`W*)¾˘ϯ%idB@-:d"_ݳƒpxє+6+~iAKIQfBۧ`aWY\mԱ©c!4
z@
ã!J^C'4Ϥ<pS\IƠO\BIDiQOsׁU ڹQ7CxKYU9:TLHs9zc5&=X!PY
<+ER܎Adڤ!:wgN`DJaݎj'$o*p4I֙Rh	]TaޥqvA;-ZOBҙyN$!w>ޕ4cg;|EfXtX=R@$*YSG~[NZ)h#ZE4D¸Xdqji=Lߩ;86GilFϋц86:X>n:QށBMb(fީzWE/3%85_1a|~Ika ${uj\o/r	z"I}h9]1_Lڝ9U٣QD}]Hq
IDܾ6wnO~D¼}[#7n2ytR`Vj֐Зn̹8#`Ht2%<t0ڰmnE{ǞiI:kT(ܣLOIB47kVv[֟=ѭ]H̭B1܌M
'2H$ bkN :\>(sG).Z|>sί}+	=W;en85ɿӫ&4O{Nq?Űb	"nߺ(3G#KyyE%#QUai Hé9 u#F!YL9bSxL6Q-@-CCa7`AyVKYbL.ҡ'fRܮOHk_j;&ֱv1.۴`"_pVn.ف3a/YWBx%k7Xn|c.`lHRz}.nrv,33
&h\lEdQDd7)0D#AS#cOBI1eBdlr])n{`zٴ1[GN9PNvlk,9?#F0aXfoB@\O}1mvbK/fρX\cLƛpi)pgnR.ǖ`wg6ԄUVv/oPbzDHiͨjrn |/_1afx(ˀ47M.KYsM
fX5(3,3uқpci,k4RpGk/*Խ#CIw@'5ͷT̲{iENY"4~|\FpvʕpEWu`ĐSAɒSv԰ JٰG=O1w7=h60:)<IPdѝNje6_Bdݼݎj<a/TEÏSCюuU>NIC7A;Ə~4T{ݣ^U9<ƙڟy@od_$~/5]J	L
ԳњMId51heͳy~VNބgR3E+{l;uۣ6AF@Y:(G\rSXgx";hM\\dvw04Q2" 2i#A.]-=L}h1Ku,ʁ)j˲RypHL<	Ą*zgV~zƝoY`jz^s0tB^/5_L 1KBp)I5icTDќP
!5p_Ae%B6È`im؎Ѷ.iXKIF($$-UQn_,Cn7<ڻU6]r-֝4YYymq©==<.[l		=hޝE"ɒS 3Uݹ-[_NP<)LPh͌QD3F
DU4
q*ɋ:dBj`Y>YaƀRkë_.?~v-K>3&j|FL;sɒQԷFZdæŚ̅z&(cL9E'Y'6l@pp{ԺB,Fѹ۫r?؎Uںӝ05ȟ؊uƠVxHvyN\)?3JØYhCQI}g:%z+<~1.\H}D.+.dLRdܞCݩdj<?>.} pTkyjϰiTd4C+PXBhpS%j<zפNU'fĮEA,R":Z9KKR_zpKFWtFd&رy BJ.tWn<G||cj"sCI,߾$#5QWR>Fʴo$d5i<Ⱥ;Fڍi)B@"<@q}h~:Շs\.-n=T\)U7ۮC@J`J<TN0/yF{jRIӢu0̉@Þ?";iK<!4ƜQJ@vaچۅWԚI/8ɮIǈDcpҚ\ďq1$v0$=ɂހ[b͉9nHmmΙyNyE)wYD~qو |Hմ:&bMqֳҷU]>ÂzɨpjW+տ.ٍI˶tjd'0Ol۩e7KjwhG1p9a_j=qEO,&H723ݍ(u]K7gܥp?GF/G4aRGdz,c5/`#atbyhv6aHΥmwJg)
:e6Pq/:>,8mVK_f-lJ;W֐vwCia`tfbVqp
f"cFߜb8
E
Up'gz{2^ٴ
@~.bi+P!kJ<6yHɡ_xCyKbna:e̨գh)ߖ&ڭ#:e3njt߁%fcZo"Lm^dmARmvȀJ)GPl+eƆg(#.!(wƄrTőAշRxI%/oQnLq2yd90s:6;<í4_,ȭ7̓xC)27PٰIoWh|n~o۹i$z/	03sAvwe3Ȋ=VSԨ9֨u݌cF͎LŌ]o,?<$z]u1"\5wY}\%q}.$9NߏMwY+Ճ2f.jsIo;]%{*ԇ`Iii6Fګ{##aIߗ\&?ވ0c<GZ*;pjD:"5%Յ6TϠ9SW/MK`A?ACiiYc1$_ĆIwŲa:\
]S{oP B5F`!42l؛"ʅѬÛ_;{+&]GN[iR'ҀO^S*ZY6f\Ro p+tMbp^ÏC7/<YXk\ uޙ8CslAƒpĕ:@t) xg*S:7
DFHY8qv̞zDg41JIK#g^Od&)kscAn9O>2ZqtΘvG)LB	z^O/s(l՛E#9FJQ(I}w`#{oKdn{dT	C}5~μ4%iEyQha{"ˎbRRN-$T`_o1J<]Ѹr?xWQR);v
acPlިJE6CR٬k΅>Y{7bρY4I)^c(md.Aو
BdKf$WIZFԌ)_IY+Ϝ4{Mb6mit	W:4r"iϢ!1!ߺ՛ψ~?
e9gN˽SD7ι^``ȴ{
ʟ!d.jrA]b$G]AbJL7_Ux8dr=PǱ|"c9ۅoG]ݔwuX^~p'_;+3CYc^ 	1),جh0:nwԮc@RL{d?3ĬɄ	8&|1@ҝPz3y!X2<'3lR!ȭc^O:'V4s'1!\K)8Ü?LZ4eU`Gr^Ւ.ƹͲ[n2FD?bngɗ}APB]c˟zGTd?B"ë]=Hwʜ	\iĶO"5LJPx\n
C&ayn$%c=e/`]
@NBrّY&k_bwSÜtj}1kIϚ$xs-EJY7E_<=ԁ14qR~zD%c+;$|xŕa4"|CySo5ґΫzX! AT}]Yq#,;)02|I$'diCǚ%8IyŐrIIDv]g0hA>:C,+Q5,C*ceeGu}pXմԚfkoΰ\A<ǫpe{wyv{Z[ebb\ՆՈAR3(֩dҮֻ@w_  ʶYk.rGg0wN8EdC6Ư|[А5~csQL:IDJm$Hޢ&cSpsSq!ҡiT:o݇KOZ<?fiޏC2i)ʴWZK r&WΆΉ)G]͘ҸރOgSݼ&1+jZ).ݡȗeI6ZǍ>sf.{<s<srg?p@^jK @Eá$tT:|~5&RmbzFM$£OH:_COʲ
zXhDҤ04@ŪՈm%O+%ew5'.0Ã̞HQΉK+<q&Uӂ7{U#lB_k-D)W?#Jć?09Ydl˶	9݆kGn]hXHxN4dG2dA|ۺRc^*؃ĕ|L)x&3tٳgJy?Z@3ɱ
.C<gB35pH>fcurBO3Z0:js$pO\:
v_{çُMuX%9yeDӠ<Z<dUkSqF/̳Lڐ?ZQ,cCƱx/2.D	[ս&Dg[W|U."@>nHQ}ݚ'O5LZE5T@8z;i"ґx7lq.7+q `ɵ/$JoąTZ+=.ejN)bYBWs VcY}@=e;@KeW'.>K^7
BnAv{RWcXDYF
Bj2ܽ͸ċ7sNBXs,؀tS96`??N~/$hAwm߳n8 /-N#ћ(((b-sU@@_̪z*nhv^h.V޶yw}l,lihjPTD<$G÷Kb\oܢ5Sӄ]KҩO<%
k]׷q1kk{NF/Qɰ:J/SYsda͙DM/D={>ʺK`wZhhTUp~C4c-%yևO5n-T6ɷ(mZ
yQZd55+=WX׼F)@ơp̤acP[ )OӁo8-.aqGSdӶ&|i]}atw&d|c'Aaoz~V.yzF$NC{ѹ֓}[sa͢n
1Qt@r4Hw	z3{f:8cےWeLoqBpeڕh_NLΣZc-8|"R7kQgָllF}(xj,L$۠ppӚ%jB6k&Ǧ)::˳+RXnt9sJU|#UĶ"֤b8Y·+P}g}؁տpʌ}<w/gBW
EyL&ɣ!ip/Tq0!=Atn1e-
<OB3y?wX`JXC@#Uϣ=
o'/gPk~d/(
7#glm{(sBK1ؙ/[z5;9}XRc=sۜSr=_i,ׄ=,;uk
7)˔
*yhMaCy].PjEH~ZCt yp:>)7,('	'ԯC\>jJ݂"Ye[M]`1OԙjoASng./'6(wn~Mn_%o(KI_f@؉[y+V7ͯhal9..Ecj@P-һdt[PH,ʮ˱'%(P$dwY8&{ݘ9)xl|iaI`C''*?NoYPhk
k3p1l01E:'>n.P*6֍^Ҫ5vR]7LD%mBqpP.ϛţDwa}F0$P=r,uJ(#!QdP._PKHy٢rbPȣxπ4ۮ٨$$vDNA%4p(lwM<S1L-10-2&b:7x,sߍgWpy67Ǚs.
Fp١m:5He^jC?ƕs.tԅejOeZ_ol;ʴDT7"5$o-M6'vszE$k4{5.NkHE.f:20FS@YBwa2;1̘l-==#4m,bѬ+yD}m`m D5_oeb*Z ƺ-5jڋEU{GuSɊG36p:nZ#CZZA7Y1
]RLPhU~.ِ_P*nd*hشW߾f5rO(yyUr<3ķþ`@Hjj2qan	G#՗ӎ'M'	UqqA ZEMkDпGٞGakeHj>"ypcnGˊ4G|h#]YqԄ?&al<߫.v)X:[uZTuoB2os)z!n*ߖRJ4tJyҸ>v{ؕD5ΦK8tŷ3dy0_ץz/mħ|,w^5٘2Uv!^
ye-K7͂qР|%qHҌ~2n&tTÜUˡYSg5oD*,uҪuE.¤qS|p8$|G~jƉYUm!,pE]]8x_@n;K1!yJEfc;?3
2k7a%(F2*w6LwŲujCKL	v$&˩pN(fM~2epdrSU~J	rD܈%G8).r9ZL	(ԥ	/Z| ɛ^Fр+̗(gfH|3Q8qTY']ݕNO/7entru\76Z8U]qH2pԫȸ֩؅{[}a],s7k(!mjoLoܝ<&s(oaZ5Z߻:RـPHivZ`W)O ^*XhmSpHp+$рgNHyetݞEEc,/aH43\z#=ұ+mUS=>5}8mNԺحIV10|.)v:n5,={^-Ź}6ƚ2ʓ5t6ݔBXd|=5ѼQԲHwNYaWb<quJ_PR!odG5O,G_ztI"9A#W\8x;mc;9u~նO3rm9ϩupNo,Y*
fٶW!݀T tRbA%f®9"Uˀ*ϕ
'͞&ךc>OZFV8u|<830SƖCcd~TW1ؔoA|TȾRtմLُ9-˟%q
4je˓&ޟXjYgZ}`U\x-;vπ=
ףӭŎgB<keaDFF='z8XYndq3Hܴ$8IDfp{Zڰ!^wm
jئeX%[fQKa1zҳwb QM2Ȕ;Q	~ܫҒ#o_/G?efv<n@ͬdm[ѿ.|-1ٚΓG	IcD͵',xFauIzwҁ.'Ӱ4cmJbɱQSR-JYFE6q`r16x\A0>0.sQa0~L5-ܣEd׭AH8_G7rd69vUÎl2y@UKª&VTPN2CNsf[M߮'?ԡ}R=_ƦԦ,/}.H<@}`gHƐ! &݈Inb-@w\'$TV2h{"@v+}ow܊wƺ8rflթʮ8lְc]A%҂pyрHXrܙBd'x_<Ox~1c W)hMؐ?h٥3ϖь,F۞=H"/ܟG8ۺUZ;NÏYǾAR<TޒZ8zxr^݈
5pЎ&
?ju/ܰv(Z=KO@pҁ9&WR^ 
bWS3CY
wsd(Zm#`%0:׺\ ZOWX-lN0.ˁ<Vʏ`V"JT*֛ӓR^Dxx?DKA-xGf '~9&؊R@81ϫJ=~ʻ]
͟@Fݎ22ʂ	*TWL	(lMdOwspxa@8ӏxOIӋ5UƐ^Jh
^7|u
ǡM,vtȭ[\@}Jv&1߶9/'pCӂtKrS7X,RULVw(Qؕ-
޴Yq@
TR-ގ	]~FgySԊLc+?$
ՍsQnٷ+/rlhAЏ4(_M6?~93y/	4(@\5:G.ܾc#cĪVIY!.ɡh)rKHӟ|'SӯCRdTGs$1~A52XWVբm΢M#;~.6sKt{wM:lEWn;\ҧ*΋T]є4,	KRXӋ=fE$f:hS+xj#R'q)1?@ۓfI_@SSͤkdNKGfn\a0z}[NJ~Ɔ/'Zu)8pxvoБhQ[MK]Jd3_%MH2~_S5ږn+@tTvߝ%xs=ؘL+Y2ҮL-jq|h2U۸
95׃̆"goɋMݟŏTƷZSʄ c:ֺReGx<΄qĤM pmpMP]ÄeBx>eYFђ'pk>Ԭ#6;{6Y0=
Eˤk
N"(!(M,тf`=Y$ƅsRl?);|YɆx>m*>]H.MV$zTK6?fpA"'`CVn`ZmPO:6x .~ËOÃѪ,+E^|<q׽\jOk5l@2D0V;cDQg.BTd>1~ں?91T	%9NgjQܤn(Kާñ44ßkܩb,wukACuٰTV[hPY<
K߿ץ"t'X3(V(ۥϿ0tl9N½5i%Jx`pPc2cRnk!gR.#
T
ˡ6=ܛc!$Q"D7,Dq[޲l̳fHKh'~XHIeͭ@`ݑT5KU!8V#q\-3A
bV0`D;`>vϻB\"^#݉TkH.;MS!?,"PDSܙU1<ݹX5ͽ(	,nZC;YJAїi"="KIھ8k;$Sx%a[5*Խ\uS~)(ȍ=Ȕw:(ѽSN(85p-N8+[ζSߐwS@:{a7T'4̃ɡ>/K ^~%B$inF8]_.1&KŲJ'/P$v*Jgw5e/#S1%_8>X3-Zeŉ9ٲ7bșF;9lFY#ް
Yg"a!:HXwW`h	Hu/|C+59SL'8
;~J2nE'Tj8xWff>ukwd.@ԝjSu$ͳME۵K9"B#sRzMÕb'(/	#!k6[a!ɚȷ+',QZUvmV]-q#J׮\sɱA.߿F;p8k!]rS=4|nTc(MV1O\p}g::oV|b{1̩Sݬ}!ؼ~M)mMej5ݒ3$Ҙ*PjQ)T݇fv}ʊdJͭXùjH0l(A5WʫR7EC<) :uK{6:Լ+8W</J9"re38DgzrţL!/"}hK?S]X:M}$ȍϩ̃A-rA\<Ҩ,hNŐOͰZ60*-˸l .,F_l/@5̷ȕ1Oe׆sW1}8W.=793j{Ǖ Xq}K!c[t$q"$Gr>HQ+7WSvlHezc{f 
Ļ#ζP5,NCJEa?u.ų
pE7]6WWӾ~k¤*)PAUɟuׁk84+#sK t+zDcв_lB-dQX?{Ө\Je\>J#Yl	5֓r<ċZ>P6-^">ܫ+!=y~}nφD*i	Z6@	1CW۸ν7$_]̐aUMB˾}IP*0L.lJ:{"ϟJ͂J(՝DԦ٦e,azL{o	ɣ| 35XҠ5:*cܟo06/C̕ Aha®4&ʟ} #G\FDY,ҙYixG 4-ʦ[L9l1rRˊ7	Ǹ$Ƨʑ&QR9I{܋҉NapNyxgVlSqБ+4>hMbtM;c6PUׄU9|6}MfJI39шϳ(2Kh5ӧ͖ЃȷW<iѶlag#!V!m~l˶,p=ݷL7RGDYθLԫYFΕē:`ƩjfU܇6e"m8OVeiQvVwđ%Guȓ5
&˸,GGcPY3C')\Vl9MQn"n>eʦ;G(cM̫g5ЗuKNwc#kƤ|7fʨ!cj&jGGדh|T0[buV5,K@ *;MLutx9Vkso0zc~W'gԤƄPb\G#ZA.pL:#=تcdՆ
";ɅEE8#GG}C@,y}֪TCo`\FaK*/݄&'T OՖұ[<8_i*rj9ߔt˻Hy[Uum*Ԭ
Ɔhh'?>\)iEKJ&Ҝ/E%}\r#[Uj8c#Ä) 	#߱&̖N(ABds4f'L!FoD1FtMio%fѣVNLrŒz~\
ąҙB>	3d/p4XoPZ<_0]k\ҖiHy4ZտѱѣfDn%i/ :LDi܊\e=hCue2ZEBd+XPyĶ4p8žN&AAvW$Ճ*7h |;t}]	y)6o^
sg)y|c#\t[xu$	8Q:ٔ_5ӒKTcEOҚyt/ڧLQDA,hg޻;W?g{ӕ8%ʕgеU4Wb'ů.<8'}BKBGS#޲Д[fҶَƻ$ùhgQ:'٪|bJ\"q߷@>Ȋe՘9щbfX0>&?bWK9Ě)t~؉MU%0˹{5Җ;5;5x@d}ƃ\>ݎc˯=YaxSρxjxe^ha&_lAB,
Fց6~/WwhP3oPqiz	}a/Èwvٸe'cF~ar:H{~+Ru׽P
ŏ is<r"k60W3ؚ@&1Xa,sjFfq!a//׶tºγ?_/k@:T>EiSB5W?ҺM.pA5)4v+P@n·iS-Pº k7mAmЩ;c9U``a4]&R_dLyym9/)2OqN~ۄ}Sآ7K6HqiA|=]oy0N=\@R%WCjʽc5'bTxQGRz}gjT$L( S;g2!^ikCQʰЎTإ$(Defl=oGsKBvNj
ҲxoػHcZ6kaǟ8O(^'DӰ1%{s7&7**g!v!@PGoaZ`ekS7@EpB
V9,~ty*n}?pϺH=X@4m9McE<#p.vv2ڰq~\Gܟ/{ʏH:Y.,hȵ;3!0kscTHޙ]1gd͕4ܪǠ-AsDu7tYW	=Y"PN?"`^13^*-/,`!У3̃P1Dx?Y*zt|^Գ!!fLKIEӇF>nhHZL{ۨu/В-ez?k7%mFtwwnXbyWr8H8]a5$=Ե"N2Ax֯Jp9_Or߆µ	vqxJ]]Ů&2,E,Í:Q59y|\Np0V|by[Čϕ|Jô	o4.	bߺy%?f	sKx!<V&,اl!,cNfM?u*`ruZyTM3T%ڣڲٺdDtlx#kD!qFyKw|Șß¸V#s,[֬.!=Y۫p՚y()c*$*{RӛẇGWpn=<'. C8_#ߺF}L[fzþ6f
d]B$aqpq|}͂`SՑۄ?2URNr9Tt `ep(E}UƱ]ēi'UѶinE,4*:!#sѬbb-Ks[lYzJ{|abHb<l۸V
٦{(ґbx4E]3.ٰx-P3pq_ɂV}ޥӘi
1~swdY-tV	ɻSό[8cdCE6TuJԡu1KSа޼+df#9m,$R.CGܾjjۭD^l%:oF:\z}ϝ3ulknس[	|iؽdd}׻ޠOS'^0S!j͛-Zǲ;זSۧlyk3^e0aK7:,f́yHڝ De4i]Ccբ7Ř|s"!g=^$UeޡԝޝC6uYԠcOv4ī!$ y?m-I۾InMŐ<OBLpߕVTOY&1;Kޕ׺c!}*\ۄxn~$rnχ#4a48=*!<R(7B{-Of`a\ ҽJ;,=D"ĐISB=iŸƽȴ/*'Ҿ,EcpۏvE,Ә@I܀[$[uW2ʗxH+F9Y&C&+S,_g0Pz+HkH~Iz	RԶ)={޿('}:p&uu߀TדVAAfެqrfc9]C1ǝR%L؀c2Z^UmR5uvBvv5p.)HD/T'pGv!Q^
aOYd|j#58~FfP#0K.Hν`=MDATwѬkݨ˃FOX [ͣt"4Q8u9@*<Tc^Scz)"dKR=ltG׌3DwJ	PrA Ɵ_BsȆ+ȧ(U9"CC	+b*<7ͺlͬ۩/ļ%Uj!Y'459ʹ	0E[3mϏW],.V{5v9FFtj0ZLO)z.AݥlQQa j;wZS4y\8eTLP"_ň]*?CE$~)H-ʱ$rRŅǭzUF*rҽO5t5w#~ܛsYے^C4MM"5A8_/Zܴ4Ш7QwSZ*ٵfwu;8i4+4z`A"fy,cĬ	ma?q69X^wā}p|f_N1,Wz U?E1~c<+ӗvNBނY!T0E=w>'->	W-oV0֍"AjBE ӽe-+kк?n;zP)cVۺa(nA:M$%(E[÷f.;wÔ݁ͳ"XhH?K`}XJt\|nV1NZ9*vO˧
/nKWpt_=HKrG}{BXW6Fa[ZߚrgH#3C8\VR٨mҳ[׾#3ÎH)Ҡ_G?@Ǌ7)VшSp<@ݖ#Qkgg|u,k8lA׹:|C9mTiHƽ&cvKe/8~Ģoؿg};b:}Lo9&q$pey>eV3|zEu>.؊Lcqqccժ4.laЕΥf3|k۶7*~-gL\[&h6fd_Z6PS"(S)_Cxsjz
5G!H}]ςt޼ß/,GOŐ	fx]iS1aCeP`u6-5_*
p=;ݕۡBԻǧ3߱a1g{,RuuZC
EÙmZkZ@o~T	Ct~3mw4L:cNx#Bݏ؞HEfѩ+bDśmW(Tsd͍@9U@Y-xqclw3ϙ	c{Gҟ}C1? k^2Ֆtw9	0@ELwGW݀uیWk]
PG=s^f"d6n'Tq-BQ`2׷|{ǎ8`jԌl
"
$}nʵ'<5xQBg
y+>pCxuua^ߨ{}k
"˳<sQ4N2SDE	4NѫDj**+?̖۹>Ǝ8ELӱ5_2=TX7kD8mepٍ?Q`ٙ5bD׬fpù֧'2=vfb#Ȫڵ9Hh@چț+)1
45[&](uډ0pYduPvݫE:Hep4:+?a=R,ζ-7S7Q)ܙ5,y$݀Yۙs%v@tV/cO6eXí%_ߩ13O)Т)no_ BĄց.|щ{~@ӈO>%+3Pee4Liߓ)K&{xO3y/Wcm5EլApvciĖ"SOk5"BEf#{)śNнӞgZ&T =BWHpG*y+)B8-]?,t nϒ,y/"!I<*ԅG4֢=$fPW>:-b@j\[đŤ)<޹?L[ԼBd~ :Ac[ݒw<ו$$R_ӃfE6NɊ!y}VF`)pWv0{7eЖJԊ@Ư6ѤuUp,ޅՎ^Fr{P|qjpI ()yLtP̂flJT$-J<Lf׿;uqxϾߟ>DeUސh%=׃t4_+3*QyD4nF$~Y):}2$u0vyo#JOIȉʢ͞3OfP	ٴq!6 .5TTݤ	Fl+{ZS@/\1rQNLɱtˡʧ>Q8˭b&YeHܚDuǨlaGw[zY&έj!>E*I[ u/Z
:6dh&Y6ԭGߡ{\>Ƣ0AlϦ>Z#%mb̌;ZNV$7r(7*k!UζSϢ;76oJS֐]1|̰&Tu7G'7B$dۨEv@Tl~[4SJs7&Tôߓa/s6]^-b٦?kM!\{<=H3J]bӋItϷSU+frqr,<El#|,g'o\ԅ7}rg݄0`*B&i?(t?yV0-T=ZS
D8Uƴpx+\Z4i)Wv9f3Fa^T(:CA"xv,ȍn9(UåE}=:H_2<V95mJY{ٰ7Mʽ^״[8cD%݁Fh(m7ɟ6ϝso͝vG-PdկiAlK8JW:oyÏ4YͺJ*ə6yˣQ5ܽ1ceϺx7GG<Οau7`/lMf|#ݵ5$`BЁ#Zz.C:sRC&9X'5ۡ1]QtN%lXKo+8$O=$	a/ҫƞ@N͠LY+ G֋@29d"hVsbрNư`,ao,5n(?Te "=͢LB>aԐ)0'_ho+G@9ʘMp=Æ\(:8D@wKIG޹qFby TeJ҆M$c`-^ԇǔ[	ځ-ԃi.NU!xrJv1l8*/SIEwfH^>*XՕÅFF'Іć BUW*Jq0ԭnNkY'x/I}Xh4Z6ڒccGeޕ*- ÿѼsJxMUbuSTA.'0=VB߅WLiJD`GKKsӼ̶lbO-;TS
Ȣ ؔh`]SfU֑ut+B͟.7'3aɭe/[A"RȊtR#Wu8wb4֑k1$<4PU3_+(ZE0=[kCrkGΦ?ɶZô4|:)e`I|wwdq3_0H63L8@oY r7wܘ^(S/[ȉʋ#o+(a5JjYc)N,Jiag24sX5w
$5i͂HO~h1=sNݖIȬ:ܟ$@6ڵ"5!'mɉ1g.ޒjXP8	dd@iAay7)'tjoס</ԧܐݬ:LexwQ_d#BjVB&1J5M˛'{YlU#ѹCmFFEd|ܥVpĀ߅Fw@՜Bnx)UK՝.B!ݙ"Ópӱbנ3C¸dDwmtjοB"dgټNB	|Yf..UzϾG*ڀ_)^O3|6E%+˴ÆfWʧ?E9t*ET0@d,V,Z*NmLwFIӜg]:b٧2%0|ߤš0Kʀ_ݨC=ϢtnuCLɎq̇:)ZT'6%fyh.e`}Xkd/'\ٮefCGX65>/C	[3ڡ-4gna[6O[h@6˗S8qˋvC΀]&$~}85lTt?|Jj@IHgEB;gP6pמwaՙ޷٫Wfֻ̜(`6~ܮdw֫7ߑp;ݻst3̱XΊ7ˉ֎BP~'Mc#^OHmؕ9}[Q##cxڵ9-:f]=Vȴ0EՑ~Z@yl-&(6ml
-7C$+NDD~\TsYaeC+̗TBɎSH3_{֬F,AjiOS"R RPi۫ofuTK,eʅRMa+d`&K8Βr"v$IێW\9xlz.NƗ̄q53¡@)X)T/ k1\(؎xvD#I#ڨ[16ҥhȊҜ$݂/m9I/!/mQiDYv9֔ٻHbۈo	O<ZKBIF4o٧@;kiľo: ͭ:Ukѷ!߲0n\82T,|2?6& l\C#FB$aU5\5!)Q8WɘV15YO&1.Pw6e2LΉjQӘ?$VĩRh
w֡9g!"vd$SM<4ٌ+@##=LܝN@GOJGi/h0:˶vq3YeGèwg6?\ő7rM1js,\SKOi3YC(y%ݐws9Kiv28ȖE7-apvpnU/EzcʎnU{݊ݫdm<U1/.s@AGG0:A.A"N/-Tp+È3
702K$ܡ8S7xQBU	Vl+N+2z06ER#z~SqO(KrгӴѲ<}];DYˑޯKݞޠ{Lo8ă,ā֩%vM? _̞gNuRvXَDܾӪ_`͢N<xctYorjvw˰ GFEͦ3d^;\s~	[3UިcUߛW/OJ&-d`>ҩuL<2p&"ĎɲB]3i2S:Z̨uȝ}dr'F@w-۲'cIل?nרpۍ{ $at8գ8Q٣*`"[ݟ|-oECT}\N	CaVMsn^_Ζ!85uRH_&~
skng8ǀ7C?zeЪɴߔF}ۦ	 Pm4ȏ_M_mɞ
aMmR8
	vr_&gܴvts\fz5Q~X5J|i54g։.T#DATEhk`pZD[|, OS4[0DmF%YK%Ȍcv'ڠ7LgDRFhUp٫y5)$Ȟ']i^8%{˪>Ƿ.zbMeLs0kZdِE(V<ˉ<`)VZ1ٝKsU
NKԼh:p!hWnkH
TLޜZsؤi\}njzսU/IcѲB̓pWHϲFʕ&yF:gc/>w˰.2k"yhc(W=ZG
wh3wiP4KkuȣfS.W]whҖxfԕY>|:I(qU1ڃevrUܲͱWNǠ8e&UA۰_H:,ٙlֳvG"xq,i@j99sQ>	G=tVSZ4Թ;6t&5Y/bP^HծV%(fqS~>wǈ=*6?,Wxc~j@f\יɹ~cޡ?5>a7`ݱv*ޘng0#+5d.jn_(:Űоe&*à7)86NS-mSRPȀAZgr͠zߞX1/ڒ.:U}zh!ΠO?={ҭi"{R2<Ws1<r\]1'6fLw{lj!eSk^ɕΡ2BN:mö"Zˬd}~Yp΅Cֹ jɢCHd-@J@ՇcLw&ho0S9D	(fF`JPB_:I}*O!lڮ^ؙU-xѺ,\fߴmb6}==%λe6Cɇcg<FzhJߋ9epb
ahbsDG́\K14'gZH<mZ/XIpZQɇ߈X,"t0yekх:]:&ɁL@ÃFlB#"|cqT«˼u\yv}{M?g2fq 	NȊ5K{w֭ăe8|ʐ)̪fPX)h?x/kZ gAA	%6;5^:L-ڔjʳxzv%_GwU`Nٌ̠6rC6ӻB׫ΒS@Zs*=OQ/A&0 ޔǺq#%MԜ_*D2zN?KIi>E:g;lZSuLYCJ_gmm+lGU 1Mðlָ3ۻnUԖi!lݖS[_vԏ}E1:rBbQϤ݊/>D
UWQ$,Cc$inme}]ʑM3t]G}B:$Pnv*5_ɤ6O8m#^˨1v.̼yHn<GsH:6!.T0/pwK`Pk(? l	ύd_-x[/Z0.<
T	;vn/xܵͧBV-'yU:uLtΌ^wW6<cBg"ҽUkdzX~ǫ.g}x`Fa[v^n̤.zsfPo	RWbPݎLEҗC^WNفcY;.Xa]Mŗ؀#phfM`cXpӆ/ϲ6`}^/x6+ڒfee~!+98iT׼n	5p|*<:l%*j6_<k95:ҴQysOʈ<W.|`AZË-K΂3KӁd˅4̈l`#Eޛ^ڸ|{:֡hYJ;-|dnXJa~"!NR=߯giGak$Ϻ<8
B"o!^֑7:Ư&k_rjB\hH{ߵ/wtof0d.k;UadJNNbŚD[ru.ՂI5c(vы+Y7Cr)zNzǰoҲvY݈YScκބv#Ē,cNpD L7Ed= po+|-l3}oO٬͛'za<^uE%`w/sۚʧy#`e7	F]Ypզ!<ʼ"i7LdnnHmG<F0?RKawnJgE	%%@ɿ+L;<H7NRJB߯1')7.i~W]bsHB4tӐܔI`(FқnLy[c;\nPy4pd|AP
-N-f׳۶qC]ΰnwǹ$)4;ߣvt:psޙSY~5,9ޒ_VOguñPo/[,=6͢D6>E~\vC6d8z6zP["Sшߑ]D֘
.h6x@ކ	EZu>bY2E؇A<?XF()=} ݞ;dۊVlSŬ;LQqdiW#?kAԫ<'p^E{BhCg!pǸ[.MQaߎW[scǷ~z7l؜*)fe.=&ǡENHE}oauٸe\Sj9cSss۾e;2ν>̖hwLz&ۏJv9vk[ĵ+A6@єWRU[16MĸsϦp~yR~'aD	@Qia~	WRkFKbpa5rʅmi\\B,a1dY
+ՒFԄsԇ<EݫaLWǴ+Z"DN\Ռvyom1̺r<G^!g%>Z>o]T[#TI3LXe(c\aĎak؋Pk˶N1[b1YBm1חkY@e#$5\ˀؖ1e2IӞtu"+HHgmS_^
Dhg=fjxwlqV`B?sVI-"[)n\q?)mCD#?p#{EZ֖u5̥*XQ{+W'-qH/-N!j`<˹EQ.kl$PwS|NsyM
Կf-֤}hJ^d֏\g+XU:uL0*M.9s(\th|sfL#~zd3w3CKJHwT{!)?"NP|6b(>NֵZV`)6U`pM)Dʳ?=ܓp"z8fNĂJ]ǣYJ<A!;;(Eأz\-9+We}+gi$a\ ~qG3Gojfvb
Tr!j1jl\ޗ<H!6}ǹ5W|p$|äݏn_}z-~aWcRE|ڏk	,50A*"	
L3sBHԁ.hJrf,;Dhf7_P¦l5Ǒ	6F5&r*a
ۨUtP@K8,(XH;`=/a޶'ԩO˦QIVVMߥA
M تxDCׅ&4a<7xtgU|+"#ki׻Wwؐu+̾Oou1[;qX$6bMҊ$ɞB̠6lr<JڢC,cF߬LKX$927`Q"ϰdZ]UK
3:S7/(|nX};g #1#m#ȄHwBLej-}8_k΃>xm]Sͯ^PvV-ckwfH "'[}Ł}g#pɞe+oi>>r78Q=#-8LܛwlJ-Ϩe+CMɄP=m>=i|x9 +	**ENs.er7/+R=k[(ǂ91VҖƩۇ0w_FWiAen6|-ϊ$ڧʫS`B9C_=7m-γŪ2(1pl2JXMm̸oF\S˒Z1/x!n{XԥLG+;	\+>OkF>rje$[M=Qyr@"ynZw߻}x@3"yʛ=կ2=o	.$ʋH:<&Hȇ%S\}q	mI;2yʥ!Ev8+ 1٤_=wf|
TO9?okRH@¿>MĢX5K"ô)UH!zfX)(bP3913pՎKL1GWYۑ@Fqg(,Wшۥ+Xow#ߟ;z\Qm![G˭oІJGc֏pWїsI`iR$V=b?hs	D{ޫA]#
XzTlgH%.-)˃Se,$<=r׮1Qy{̠!-{._!_\G&E*[D<:NQ3w$[+܄ӓ\EdZ~ICMΟz]V3@ϏK;}Dܸ~2cӺVUbxa,C1
kloq<&WȺ٤N${ge%b+(,\[ӟKpv:TО57' = ݆ӰpJ|n7D߽
+Z96mN~MX"B< fK4#M0[yèWݒCWb(vKGӒ"ܪIr=4{ՍϷ5Ơ-ޠ@F!
vxLp֕pBB
}8[B	88^!~Nr{lٓegUƈ
?Eе?Eaҝ?P*=c+#v҃rOLc%-\bD@2x,6Q̆QKUK<Px~5l1&*y:©kهd?v2Ҙ%(НڏQȽp,OcRŪAs)C+A19{Ѱ¥aL8Я؈	c؃i2D9*9Ϙ\Qaɜ4l8o6qf@Кحܦc22"Ʃ'PExr"
B&^ΐN2x:kT]Ȁߓ*n NCCZbQ@}1+}47_"nɮrq´̸4{lzؾ;]yٟ÷ӨYC`'Fҗ۟X6)owT	Yc1"g	#SV wOQ2[&N'G'ԇ.I\1GUucfT̾my-	!?oH.F2a~#et0}~ѬF3ԭbQ1ifӌdU̮ ,dN*s ՗ֿ2ې*sF׳D^'P49,[ӿ٠!PHf6D0jhjng9v	ɞ57١jgqs8- C9ݣƭ\yDbaq"|IߥŴ
fҗ$hQNt$fPHH.coC~vxZB%C<1~f59 ڤgPswJ"JbZWF5,ʗֆ 3\O1,T߬U9Zp#=0j@{́oHo)sȋfGmi65w[J:ǷӼ	8Ҽd54 aiTc~J:2q(cR1f7I#9d)~`n˶^},|T~pgS¾QLݜLǧ$cޞ`mb#8<UNѨlw#D-iRKHUc\ځNc/0X/؏޶'ʜ$av^c?xBu@m1:W"đ#Zpa$V]|$!tѡB#>u@`u\-H"g4qA"^ҹG[{(^i93'iFn3ԙq;؄dRo!΋]*,cl	ª:ڙ)Ai#~RRMjSΖ 97~DU^NCC|!)+V9PܹKAȣԵXEY~e3YcD.ҧ _ѥ~ɩ!bSD_aY'cuv:)wSW5XͣBLp{)pl}
ηif"l%#nׁ}Ԕ<KU^$yIsMn5TCjLɬRпťUM
"ӽGz5Bs?3\KZ?M˙:Hcլ-apI5x~'ЋTxeR#OFR5N=CuU}:vȧ`ٙgluΌߵ$ھn1dO6ˌOjQrW])sz/KIHH>1Dej;ub
`)	B(POb5Kr`n-z<I:ڶ7UZ΂:Sp͋p|5-s\HA1ʰ+N\7-NjP9%h̭нmޢب]gh9nlwFǯ+ ~Aqh\wd[RRM%:;DGr}ɺ=n0$=2,>ʺźrچ4ZuVFRًtNvapzl#һߝ,,BX_к9v	]k#JqdM\A*{*A7tm$cYx\?q\,&շoT2RXp-mr"8PIL3;DaշMNdN_py

	*L|؍;+Ɋ%ӜojuP!&ߗҏlppЬהB|Dٚx~˦ǯX5UWnWװPaK,RbˠQIY\1s.e`X:FNQʇvjz0'v5ZxĈ2|c87kɘ7ˎCyEzdzZu$*GܫAǠZX%ӓil?tdMv!x͈dēxU"#!._5lFziqƋܺ1/Ar{,|l|A1݋جJνŞΪ}raugy9Sk*Cl/{1'eЈi|hzuɯȔڑpȭKz	V~1xʫI*Fvz8n0 <oDL4Dw"gbB]4߂Qw~RN_oJ0C1Q{sF9@zԥ8}\(DF'LUfф7zes(zX]Έ{lxɉhvfÁܗ@%?>!:KOǳ|kh=˙tGM\i.AÑǢ§}'&HI(;u#[~#D.4gдrǆzwڃԙ%&`+3P&ڡM]l7J}.M4>1V'A&(]`'^U+FۭǓ>"/'j>_Qdh&g,e7<\!yִϫ,Iѱ#W@&veٶ̣:[%P8\"NmבwG|1AfB^G&+0@n3C<uw,kc\}y/`@gUȺ@Ip͠K]N]rK#J<Ϧ$rLxXCh̖}p%Š48&1O-ȅ4kB6$}[wY$PYlkkvF'aLzfb9<pU3Rޮ+8ĳjZ*Dqp,VU=Yҷ} e^%;օƿ(yGHˡ6ɁCf9|~!x9^Uwd0>,nu[0-w9QnK(g/>;l+eZJ_%^qD.ݾ6GuKεWkmӜZۂ|d Y0ϋi:TxkZLI]kI'Y6|r?ʁT	Ϩ-Rr9&WJav:.Ŝmq4}N@][%>2׎Wt]4.ǀR6F_;T) .QQ}o?*oD^Љ_uM:oVP`bʤْq+sW&F!Md$-`~O?!γKx;Eetr+=;I~TDs6a\Bנ$IUvc~ċ"DQwǭVFU>$ߤJΈf,؟C4Ӱҥ֑ť[ɋ*~i[QOTHV),\}Ђ`֮gx~z	]RhWF.݂zЪTavxIKRs:;>is߂uAXM(J=sR3pl4o`B]"ӥ[Ut¨ղrstaTCFԋUrUɰC9u#Ή$^<oFBd=w4	og8]&ulAȎ7кxC7E%$ދʒQ*Tѵ/̖ra5J%2'T{پW&D7{BPL!gjNx?=+JJƎUaTy3aA]ϡѮoZqh;ڔD"i
C@ڞc_Hn;n<t"+Xy$-sȣk}݉rh-d4D|0!/%ܝ:ǆQR:q4a d̥xתȹmƹUYaB>Cnn{$pBݑ;Y}0[mW}u0a2`?ΰŧ.3MU˝(Av%ф%H=׸V^dgc:^[u_p֫U0:vPQ:8nJM	!e9],<9@6Ew?o֯>7ˋtL0M+E}:HtˎS'Ȟ
_nǇ]d'vEhԦ,*zԾ}89ƅU{1>4^۳cۀe<v:ZѷyfB˒E<+|}˸iĉP<@D[Dϰ:ʐwe7Zqy*aT!t;iFN_9o^	IǬ2,ǧ[]wԀTPUj62:gn4xcUTƤ٣i|zBfGfETߙG>bק	1c&Ua{VdIs24V\N6܉߹_	̸o*/_(s_t@9+b,1Zh
zd)A)2!,gĳY%7V> x7\e.osEQܶSqץtc|taQhEstg<Yǅ}gȸE.=~8=MWyzͫ!	^~5Yxj[
.Ho[6^ܕ7N9|x#Bee`pK>`J5@Kvgz=ҕܩՖcP,:$:%;9p|IZw`՟r<ȉ"Cµ[p2QBPƁy<y{UHO*ٸp4j1v?SD5cgZ׻CʥQ(?t'ޒy)o4Zq!*Fg&zŋ6+U<hEճp{YE$HѠ:ֶͫWļ.HH;Qh:#
ǓtJg$A@VvT CĒ	eY7ZZ 4M[Yё}/̒RKZ;+x}2%+{f*bTVEPxZtߙ2˨G!bS6uȎQqCFz3!EiP]<yIF-~FG&ԕb5gӺ8˞iЏ!\@̌0-`I!':Vzu%O\o]e|nGB[ơ&sRbXƀʈY0);~=׌;o˔ҚK^ešz4c{YYڃ
ksN ÓȽDNG$޶ԸsQw)<V13#aNVK)>oމr7ӳIvxCz*F޴Ds+(zq0%t`{kڊ;ws:Hcw8Q;Q.kUaav~Jt0SֺcB[sq*N1)F%^Y#W2ϡ,T6^bFRb.jmnn-2<L~J+b)^Fq';D@ۚnzM\!pK{4<n~D"d 5MN6̑Jġ$fU<m=u׭*v4|W]Δ0F(	-͖$@2i.#M"8Ͷrmk3)T>shbẄGx\j#c[&f-=(`DB0\dgaSד?AD.f$
(vĢ>UYۥM&Ό1-Gڂjޱ\bl#̿?ƎyaZвQF9tg_Y
-{MkGڬ +-Pp:V0=ޤq{OůPVE6$0%jYHk1J,e)KϿXI|^QlOC..ޑʍ89:9T%muzHҴ1YoepJeV:ja'X06m;`бÞ'rב!}OV;(3-4"c.Sż̧ڏͨ2xø<,PxYRz[-Ȏ>d>"FJ=XcKޘϏT\ж-r;8.mJ!'
ڕEA{Ԟ(<3[*4s"kߣ8-(gzկGYk10޹s=k1_I~-wFA%;NX	Tפyι׸Efɼ8+NA/r)z|"R'X%lY÷/5dxH9Fp!^Jyې&	XFu"Z[0+"HۑQ͞Yhx#՞<MC(|Ig&CcA#ә-h NE]`Z,{1Akaּ	[1>[';ߜ{5qn:mC4eX=si]#k$X'<ȓ>
SbUeL/;Z.)M\LC$5)ʬݬB}zfԗ`2^ݜϠf~S̢Tn@Y8n{Ό;5|MjS^)1˄W-R06xaV-˔ސTUv7]ĆRd:g)3495	$ʔxW*jMrDxۛ ֶƌ$%ZGbUr2lF[a>.p]Dhk߲`	:Wx<1C{*iS$̦Ҫ+ɇQ*3ٌ|HqPDkZYKӥ)+j.sH
[קuÊي#Cׇɳu8FgFe?Rּ~ZHܐƞ}ۼf4#iX)u̐!u]jF^[6ݶ>d54/{4K1{-lQ&nL\[ёгZDowl_-F`=b݇*d~yLGVʟ.Xawk4!K	aGy2
SwdP+e̖(zާBϖy?|zcճ+ѿ_NH	oϘl>+xN6h(Aak,Uvǫ"	_TmEE5¯dlӬj!9u͐rقkh#|JIB@29>ܕbߗ9Vdi}",ŋޯuaA9, /x_Gѯ[sAa6ec^C'"NYݠ>)Ǚ޾`n-ŤԽpgW	+%#ν0c͟MD !Ͷ3u@x[؉_vRy<6}DnΌ01PAGdB\~[03ԪM3K.lbE=ΗQZݘ<i3;	4]ʁ¡XIϴ_>JmpmVi`&x"EziK|d6.b@iV߹̓'?63͜\]sdbzqy@'t-O6@
ڦ$qsU+=&lXfbgK)',2rmujNfR2)6Ҳtm_J\>Sh@&חңfޡu
1U	1i<NH[2n=e4jűQR0Vs|Z4Z"`23rn&gO6z_Jtuutpј[͔Ciԍor"|.̓O֣k9V1֪5%5"GciNb=I++j.U͞u)''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24413)))
