import brotli
n=a=0;b=1
for c in r'''X8[KO֒{ZZ4RNmՖK̝н %SVj2M:DpίC@YG#|~=2oѼ́"}YLCy_	%U36ׁ2wewūo~&RL;i]Yck,}RƧeL1lOY~IN}.AԿ5T|-t<u{M^Cnr@Dj^mYl0r&ݠ͐ӟ߃c=]-ݱ9>8-ޗUqMԼs_?Ѩ-Ff-?*Cϥ ,rKrjp5[%)ՔIڄaJ!2q-6jsrZqe'Ҳk͎.=T!,Gr=MJFY%Q̟˹rԛ~ĤEܤƹ,b¢?5AkПi[ɼCt].0=0d 2Wq]ddDvܘÔFKpHl+[ưAa
D&Q߻6hhHGˑCG:(!JiB6P=.}߹&Wv߉`mTUAra"ďiwF)oYt/KElԢsF$4ýf"}$úK>XL+%_jſZ,>9b8uwf0"-֊mc~{#*DATfʻȅJÍTFPp͑h0eߕŚXRqC<jTՓXiX7oYŖV*>zgZ),0aw+9QgU~i0P\aOpݍ/۟.=H)Tٴ?e
"^yf6bmt
?և@vo`ϲ)Ł6xD˲oBGE`8k>Gms	;cJ3$&jhĈ?56|'Jn?Vcxe|ە^#&ԉv/1j#1e\03v
A\]<p2$sUߋݫ;rͦvfA"&ǊLKIhmdES,Ro2OvoOq`ʸ00{H֡Eѝ&b`Z:%l#ZtG,2f5"7Z+>drrZ.k?\w5]:Sک#(YD֎ç'!AڈTS]dD۷/ؐսCtd)/+Mޯٮ|0\ЮA&ݟF^`!	;y
T7ujfzOe/-Fޒ&iK͓!D}naLlAY]κ,ͰR$C\8؎bǺyNxa{Uiaob4l'3,2ɪxX?ϠۏCt` I-Wb(L/[d<\Y4?3۪d=	eb4ZW5JuNpnwJkGz)NXG"M2~ju'Jnŷ &ߝI?rmOlǋ;',ЍhwǳU93dV%/+l([\'Hi_֕	V&HXN7fq "+R3&ȯ˿^n>^teYUKyڙZU_A{H\JuTRC0Ao	̗ι.Ҏ֩uqԢd#j|gN4='۲ن}_/eJOsa|;iƩUޯmUnZݵV&
a*pMwN "|D;R <Z׻.o-X̾V=GبD6Oz)bVUoIP\Ȧ7Ci(H7_>M!FF+Spoݠ?o&$BtӌS;եXBdWȐėeFˡ!a9xkXL\30$˦jsdi.Qd]ȒV .T=Xeɑ(li*6ՄDh*1<QՅ"Ĺ)#*V8ĭP/O1؊̆p@܁vE+x	QoȿJW|kwr(fs*4V*Q2ӆmGnTWBg8ώ>Bƞ9Ǳ|AIϘAܻI|`M5XNH͈	,@ԭ>%|35a^c
b*;Sͧe@9^(cqI_~@Jlś;5ZGvǏ@,R"6O?ȘGC/^ܰ7ί%nwr6WuT-i0LԲπ^TnT+]5OA]\u߿ l%ݾp&"Sh@hPVDz'*N}q*٭%E=^eQJzvA"x[sD؟(Y`o}t5xc{щ֋|u.]
hgg3x4NԷ6YFeebD1L݈49WHVQCEfW3/2̥ւhtʝҜRۍ J׷JXQP2^/K~Rۋ)IVcc!MW@1ًlWΒ^?Sq֮oeum}$[ƥ9M37Su ®[	:B#Վ[njd#֔͆7s%Z+iR]Иܗ.,MRӃI/^I(hhu=q6ScG97*K'oZCssOqS:̾~kJ?:BiS|{bŇ\\V\831x+5!zO#?OCFJ#zv92Bj(TfUo;mzkpnXy0!Hý/@/%9)9BǾ$'Re,N
()/v[$\Q%,!sHOg@;a	\5ܙ
=V):LBKuQ0gӕ%cF:|=o2  :FlrU	<^4o09.61Ƨ
!+4מ/RR7FH/5u:HBx~mSF-g|d*' 3*wr:dйJ&߮(C1_YC9GK^f#ԕ>gee
ݞXeR74>2˦56پj1:z}^̧֚!ʸq=)|5ךà\`YjY~~(\,opp<@rC˨jE4P2=*?QԚΪ2AfK05g$"7g̛FEI(A:/}Ymjgѳ/zZ=\@ګb\ێeϸDMHV.1pk3LN~{eBr},<?x=,O(VV4{h9a b}9F
Q31tC`|Ñ{/kN[دG=Bԟ@2*BW-ȁPtG_ن)HӔL'xa^~8(ߙ<pgWrPQɵlԝwqw	_(E6ڠjĢk]~CݿۓdԹjS6[}
C+Kԑaڐۼ&[#W@H@+ݶN2WũL+.gX 4<"#q0m7>~q٦6 R[r\kE*7<hǥݮ΂V1Іq@צ?K;$b~/%Hٯ1Ŵ8/M-Od 2ɰQǫ:&φ\iɺ)v;L@O5gԞ^֦,;W&
֧X0@UT: zک)3>ݙ4͗؄jА@t9-l-8?:7{-]K; 7ʊ0yl]K'HG.c'v(2ΐV9o'4eJ2O)B<8I4/\EY:H,8BrcRJe@wJqzG׺t)MԖ*؋`PTl%NΈfJRȷ.f2,ּLŮċJL"VM~ҏj?&	2`4T]}LT|·'(ΊJ+'/W޾[Kon\܅.>*W؋F:3p(2Vs6MU$%y|CaVpx.@8C`,HY_mJwC<wHI9\*b6{Sdiρ7E*68n9})l_Qes@ځ=WOI	t3?Rb:)3g_.?BX"bTn7[K®ū͔1r8m![QXtLeLzJѤLו_jAL;5#ϯVdW3sb@Lmd#mͣL>^_̏D++[?gC?T;Q3=.$uX֯C~ v7VL$Ŏ@Nc t(it7C~dܳ3Xruzǜ)x'tg$ʯU|[AӘ)(yvEդZ9=DR'2
KNuyyW!UɇךlGc@M4ߘc2HӰ޲-Ѹ_0jZ=:*@e/c_yƜA]6ӯwbEp+АmwjTzgKDǒA31ُFaK[tTȟDO/jŞkz` ݰ$PjtpgP	$.G]/Lf"_hJP_qm9m:7C{H3EǳZ$8xK.tqZ"y PCM_(B2AO^zI'ҴPt	rp9.9RޱHȨTr6,L^v/HCow|$h(fR-`b{P]gIƉ'7F4V@[EMCrGΧ3T>ń'-$Ⱦ#cb^4T>ۧ{aP_ѴԏÌ#?>T/e>h+C1A^R)=W¨Zn-%"ɩ/aZĉ)hn*dJ*>&a<:q0eRKes9:*Uz+;0>BիA(xRw{?G،In>"˝]*]h@^.6Iv[`+\b[dN=bǶpP^E1qcn mp@[\Wy,A7#~mHA7 *}_0Ozx*bOn-?n=3n߶[.&hEI?3wFZ<b*"̀HS^ϗCE;2*8wŜ28n#յ1-"PmD)0K
Ǝ I_wA 	s1i;.w*9]*l<	[I˴6vkXs\E^\m!ʨD^_'	g	߭RXȃHԁ)'DL,"O8Az<Jc&`2:q׏=06p]<oj	VbG^hvKc=ȶbUwSi_	r%e,q'ĉD}&ԥ[![9#u??)iʙQ"\fٚE8?/)pj8BG=YFYF*acNSVg`:yZ}W?/,\Ɓ*xrvbI?ŏ4.0rCX=B͌	V8ӔmΦŧQe g܈
Q4V%%>d.3
x4^Hy\I)5:[ȥ|dØ͟++,7Uڒ%9Ws$oAق.'MHօopoIfSGۦևEK:W,P={DM=-G<
ԸC4X#D\Ӆ!UZRA(br	.ncۋ<&b&zP uxn%VSxªq|(QjD_Al^?v;̉XvHӚHH\:t¶3ْԗgmՃt<b}YXѲaD5xߡ0,ͺ!@9ʵ	Hkg&lOPpY|#N̎ޑVOIی؄jWX7sKt2V)#ttAVA\o}#ٱj{%L/)890Hmڳy΅ܫLFF*ߔeg[HEfy2<`jgиbz?^WW(|ƃ΄r`D7'wYB7Ƚ	ZD]/am*LA8
[;<eJÀ^AƒSƇCЛپ;:(ٔ/_&R0`fk4{oГ?T)Pzդ#5]e>I#Rӱ	Z&#p2EQ$ݎ..+X uy@70X;W$ڟބفU04XmFedaw/qxy9[͊ЂFAIx7?:\7_SlӍ
D.FO* YDZ}4|9X+sNuMR &/#7N,C~aݨN"k.|hi=*j;#myBv9!H%_MG=%\fk2O#2#rŒFC!}î|}}iG<V2lYouG#¦ѲHZcÑӏ*jq^;FCjC1{G^ȱR2~+lPt#0nmm2,H,\gk{gbBj64Zw-y/`Sn	ʰd%VǽY"(e;xPT23Cs*Wt
ukS}!*M4Q7Ҿ)0vRjZR 
!*$GMr>|LqWϙ`<R"-Г[)Cd[g,0my*R1SؿQNC4p4ǖG%pQךqtTΈ>Ԡk!hׁ~eC{;$BNȠ-٥ѠV]-|[%sw%cغG_t_m)}!@uNן0ә	͙=x.kFƣe	̒կ0qxy>ȎDѱbS+ԯ6yOK@wslb)K;g(bBlә3M@؎mW[~4;uӢ!40g>)*>'bfܦӜGz78P|ڦЊ.V|x2.\^&ñJsY?8{c2y-:_v68ؚz\bD(/OүyW[)da&`>_gԔ1+t}QkgׇPE׶YTw9|PaJ|
c:"ծr{Qfd`уY6+ʂߞ5.RGتT 0#@ͼwМeXlV*aB+d5NI/2s	5Y]χpN"|bIS6V8I%#[dsEzy^QA4+ۻҎCݞv>ׂcEnzѥ[_ߧc9Mn#6(5Z\J&#˪1Z}ҝaJ ө=`P0pǮt^ő6Xwn@ȷӨMIx;ܭDaZC0Ԛ`$ٜle;wj<<bѩ
Bg j^ܜ@a׈ZdWÀQ,tRVnWjMI6YY	Rs,-S}SX)̦qBО|^dd|`v4ڃXL*Ѣ=qMÀԀAjw."/ɨ{CģnYJrW4qMRL,qwcԟgu#l,]f4,!ta9d=f~&0a}xy#]vA^)I7ZkO]7bgp2ɿ6qr˅+(WOM%׫\2;vفYwEh[-LɧN[1`3B@]oj{8X}
$RiyU,;gmϬ9+mُc>ĄGD?zM_L74;{@lW޻S=ufo9Yk|ف]՚[{/}^1
;X~3R]w^	;@t:1e,G2e;a8υڎ|hrܷ)vljYKtMQupC@mqvG>pvY/!Ӭ`
ٝhrՉP11dmE~2Ȍ2v'cNIsWjZNs	ڙ xtG +ݿrŇvE2-b=٠CN%hiC3NN$.Tdzӭ:d0o+R[ھGՕnyƊ0#As{HrP9[#W	jIOr,)Fԍ׆ނߎǌyп.`
z1GUsiY#āg]dZ"_׀M*6R-1l3O^5<pEl<kQruP"dB8Sê7H3ZISB#u%0lC3,U/7yb	U=qt9؅q~%Z؜Ի )_z3(_-$,>75G}vCHl+nş\'ՐŞ*S*X
7Y/Q[(:/Oܽq|idͺKq6AH6bcMK0G1\8]J.CbOE6CdBۑؔ:eϦ	Y|ue cUf\aC!Ȓ2x
.[өJV׌Ն-xNŻN29ד	8 ,"*ͅ] E\t-7lu4XAbBpɝ#{er,kA	?D<
5ŷ|5z1NexG-ͲQKkDCY4m@w{Hjd[yյG@@cu>͛(J03@T?%k!Ȇsb*!pMcPPyrU7ۻm[Vyn
m#.`U,7U>Kt2( {WdLi*N-i<q.3p~zN	#k9B+1fi5ў|Sh]^7բZϟc/4q	'3Ā׽0NOlWktJ.m#ʵ
^%7&~C4YgCaabA{	PsNÔ42}ڮΙׄUq(V$	<NBF/s
FѲ@xA^!g'<E-X۾WWēQE٨_`c*҄ ]CkfΘEX$=(ϏYfC>!pźt?i}8=jdږˏٍ	hפ?IC@On{5 ՕFb?zn!lߕ=*omϪUڋt~T٩˖M\HOhkbZo=ք{^<޳l4tozccׂgnQs)}R(`cj>@^Z݋\ƱƳوذ^ pMCq:: E/sB4[خ۶lkZX)Ԅ5`e\ߘΚpew&߸̊U˚ΚӐ[A~E\hڣSlR'OZ.IM[,Ii+.i`wi~}Pij µ	yPB*>v8P.W+fy'rIC&zc6пHcW?.ccӂok,ޫBYb\Y<(hTdx;r8UU6's31Ā|p0{=ksD{?RgqԺ&i[ۨ߄ٮ*db7i>L'\Gp.y!ҍfsbN*d{bL"y_Ɩވݍtt9k*
Ži$¿/aϫRr-fq '*TSBb;w})wJ̀zOavP½#l9Ռ;y@S59hFy5ڋ&$.NQoC0i˹mV̕ѕAU$6)eDJ[7Pa[Bc۷V6aCԿpVrdX-hpTvϐnҧV-bQG^aOэe2ڭ>aͦe^Tؤ	őӭƵCدRkݖ
w2Ir8!eDQ+"_b{e<3wӷ"Y7:#Ǖā3Zl%I48e83%U@yòFh}>``߄kL_ǣbp,SrǨA|=4Dz5&3s2SF̥10OѬZ2Cd1Ke'jn՗ <tJ)[\
ee3!uApQ*aWʙ4N[֣ O)w'`BJߜMλT֬T`@ET1;"*ERC6g=-*Y2Ȥ:ܑc	2.k0M]֟ԣqLͱ)m*#xTO%6lVX_vm-gKv<-bxӻYċuҟg}!`	>LDȡ'dx=ubԑs}rc3|[̮.)lCalۊҢ+fq"Zh?nܩN$P!uZe@M0P{X]S	͚j0"ں|1uĤmсY~8}a+{rZtw\3^m/\Nˮ|	r)@aظ.q0`3U](Mc:0Vbw/>BbN6\
9P5}Dv`kRfO`OP}Z$Ȯ-Lư`ؖRt%I
y8KfKCg.J@M%G?˃ aN8CΣk.GSqE9vָX}W Q+Bj8˲BRAR$T '}"Ǿr؃+
8lqDdDL<$Ϫcg[0ƾVkUw4ʾ;"2I~k_ؔc[[HJx}K݌Ɩǰ"\Gfԁ /"a9!a܆~Ň}S%Hw\2s$*T-	a5NU,Xb)IF/+kl0Frg,iȊB8Nް;I/f՛͟5ڎ5ԟg&=dlErٻz߾pZ\8<B-v?&]-ۘZ"ޢĥM"z)ΊdiC9m3	4dS'.~-/ /:^1VB*"Z^ˌLؤxN<FD<D3~YX,j*"z:==:N8ժn%"OaI33fȹhB<Kr؄4O,ڽ&XRR]KmlyJrjjغ8p)=0u'+#9Ӟ0afYSHSȯ-̯-?K£+8	zŜ)o-lXQٿUHnYI@_/qi&?:<hց6&o.8əzwv!<zطL'\єYORxzuĔSYs`T,Jx8]MrZ.CSBΫ-<1,Sj_nvI,=Ľ!%sx0_sm	TMJ"/ՑbUl</eyWHmLŖU(X3g)TiNIf>V	AAղbӀ=+f)O/O۔(&N#Y2+7xf5k
D^dRa$v`Wn4Լ>L2|xI)`i-ND;G)EP2G/;ړAVYR	j" ~woaR5V"M>G;L/aĖ)r%:SN6)m	\dn"ٞ/-<G@͈bg!.h9R`WI6no($B' ƆLDdȮ'k-Qexo//dEn{RI'ғ\"gǪ=xoz^xr̬I*@3tnoe=?AkܖRWgZ>Ήqժ~Jd<^SH+XגC.p Α o_Sˌ)pn#9-Y$h&|=?Ȝ3sEg&X8x˱Ђлb^aqT7|-sƯcɤWyĤ+-d'
T^_ݔ>X4FvҋG>ADWtuxE:7un$PBFQ	 D~̐'lbnezAĝuJu\ƉOQq|mGѳ$^Yx30rĨVD%'(
ҎgS4V=nhŲ.0dw6O'I"w*gI,e*!M5πϛ5R<Ń^| 0Ӧ-ũ4/ܟ4 1Zeq,-M( 7~5K̓:4ĘdERUQ1z`%t]HR<-"7n_״UA}W"<ϒ|uݑϓtTn@#ۄ׈~XHFa,A!֥1g&f׌ݧ?>nvS-lǩ]ѿ}RށˈI!8qn93~<^^Hн$:EIK]9)Eq2Σ>?=YzK9!>7رP\P!tr9&cҼ?!ކ&f1fWs\ʈъx	R)í7!Zg)ζ/Qbu:0\HE7:B+P1߶,OO*/<wK!JVgUg_8dQĽΞBk+q-NC[a8³(>;*=[ށϕabl;sW&1&*RޢOi#QL52\WDZ:1d/k;/ϓ7 ޸`AD'SF97RA+M4|v^خ
z̰@/Y{;θ[зLAwzX))|IDu+O%}Mz~soqp|1}MihG'ƺ{TzlܫҐd9"4p&,4Dw38_b\:b)qD.
~ѰV:xP1^v`T]Ƃ.9˗ZfYtu kVnҷi4?Cs0J?a>]I:
ԡP*\["cCE4³Z*Xj'3TX#|W<.pG߯x(quν,^XUJ/7i~e]Ѧʪkp<?;:)),Ri^ܘU7cU-+>RÌÞHKyU
Tu)pT)ƜیӛP#[lSa
\:^ҭZVݼaTjz .iIƋׅQEyۋ?Gu
ILJfAjWODטxJp+OzXQDI~ U2bĤUo(*Wwֻ4,a@6kҊը7u[%g`]!"OGj9b܃ֵ(49ݵ4Ncxi:-|pR}j+oe0ÝߧmGxh#XD<?_q`zdT~}Mtsc.@"9tWk1tP5qvI̩RD#*_:9VazeܳӷxscTd	^ǲ,Pڽ"!uOX3KߥGK[ŕt8E
vԩ/R<9}ڈ]M9܆eVG*0I[QE&K"0xVe0?SX&RJ\Hdpwq]VHtͣ4R=VHZma\iC>?Tg#xIc]sO=z]̈́j	4n\Xj
_&3Bϼ?{s(s$1#PgHuHq):_xԮ?"qB%lƓ#b]
X1@R<sg{y՜<ՙ	X~[f`bĳ~̑,vu`Y%D?UfȖ55.hiLD5	W]TJݕ_-GGԉ(/^,=~ȓJ=sL<ǧU:_Dѓ
\
NЗWr &T%iOCG|f1UJB#hy3GZ1qjصo߇jˊVf%.1E4ލ1n2?äE]ɷoezg~I˔ή}gǴѮXHx/YԦV!^%|%AV`r]ƛZe6Ӭ9]|8t	_x.I1}KaI
߿m%˘A)OpºȎu'ǙMݔPf3Mܪlx'ne;D4GDM]vlsȔʠ9CjzJׁxCK ;6.Eyxgi*1tKTEwoٽH~f^M<Zѝ߆Ne]w4*c4aiW&9l׵ڙ#fX.ؤư(nj};lFP2O^j{Cنďk]يisn&Сͬx8fbIBtai޶GLz @?־Th<UsYCI[TYG3j|={bP8{81Aa+K'Hm"׃ɊC2JVJh5?U7ʎi 1sH=c:^JtKl0^y6(B4}ԇuVX Ə߂G|GPY339QY0(לLn:89+YV5x b:cȆp4	Pө16\3@VQ{W#fSZxOCk04WvL'ECh|4~wi	ɇ	2-ؚȭ(QQ ٞǂ¼Q·9/V-qmmUY̘83<4Ð{~IK֚iUQWwW&Z2gVW98B2kCZE/[k?}s+ŝ<ECAB/@\b1ݓލ[YP}	;]:D:ʥT$.{(T׽QϞFm]΂$̕K͟jDZIT6CR|2Ҡֲ	t,8ؕp 2/h#·0KI3)o+{O~.dyeoϟ+~4~6/K~g9uuʄPON6W(͓h8+K}ΰV;3@N+U	6lu#C_Z5Ǜ/*N!U>XZrbb7/jG|oi!+ c;n$NoyObTӭ&0?f<JH=-}go+,3P4GP6`mg D޼ffo΢(֧Jntx1&k?ӛZ:f:=Ɨ-8wpi#wfodeƕˉxׯ[@Q)IG&ΫAAYQdA^$:3_6ˎeB6pt]}$,əvDΧd76q"bX8$v<QĨIQzMbs&YJCψ?2#GRNJI,nSH%mjJ1*W](,DIVcO4_ՊH[t+kZek~iS]YߏcxRPϯ#7$mz3ת&&%M׍{5ObOtu!;~P:+Jé\ۻ)vo'
A\>9zdؤhrv{Bo,b8=nnIkf<`|;09Rcܱ7x`WåX,޻/ص.'&c]0,Y1p{aTS(*
ţǓ(Q*Ah%
*͇X}.Я=z0Mc]_&UGuyɌl|tԠX]n|TE8op#%E42$(),6dkh-(ҜUCi׵
FxiNCB:<fy<Dydg_K/=cXjU¶r"bs,xNzb:oUGt҇9:_2@[еoЉد7Ҥ}Vz=0wb7M'DLqІP[юI	e-,)B1h*L#7#%#!dsWSoeQݘf޶Ot"oIYoB_[Ǵ
F-i!S[Ϟ(B@ex.x5WWx;uPtA-cUGOisuʏ-LO{ s?;߇gt6
4%2N*[s>1m[Z&^_yYܸYb K-ԏMAiī?Fܚv5RS^t2JWؗgx)Nדw#uM#43s,h>3b]~Qeܙ5,̊iA<-ȃcm"Kl@K!aMΘ0mLtPuI\7o+]98>ͼS&Ò}L+A?BF	(mt;.\BhwNSpg5UP\tfYg͐8N{-q"Z_-O~j+h.juߎeahD2]މ/
lJ]u(}:V;fGJ
`]ք(2CFqے$ݭ%ɸM8pWƹ]<%``޽_)9&˿:8·ݳb>wJI0L7CFq=)M?F2?Zu*ZzLz"%Xby`;KdS-mj
xKQiE7pOaKU!Հ(MMYa <xRN?@7Ŕ'}[cն	G;qRMkȧcO~JHҵ3^Cz#pMr[E\Gծ#-3,"&uתlA9gq.˸=Pُɇ9RRzRRC74DKk5of<fҹlM<x߿ڔ#y`oaTXYXUBzp-WT$UrěoܑWӑ
߶:Eu5Rof0փ7_Ύĝf,Uw+uQyHRݶik
}f>̢׼?yҾ9ܦw$?vUoeӾg4f
v0<0&=M2TaǠrs6(M5ߏ82#"Z?+xslmOenrHVoj/n=WSy،	ǒo(`*%{&|{98+Wܙ^ڳizG<hڻRG~'cD+D{p=I9@Iqݠ$҇/ڿ[Khvs<u=P(.Hٷɹ-$uی&_(u*G@&?;BހVًPG4!0h/.i.NG7QTdfx(k6`30^؀1~<˚FR5P!NԐ%BJ:k*:RGSҵ֞k@HCfLI(l%\W\נv-}ׯ'ыx]E.E.jp>˃nEhtVm~zIX"ɂE8MA;lnגsPhuȨke6478kÛ_2ܥDL-Wc'f<[[C)&13#g,Glw$yR6nˉ[ORȼh~W58Lʋl0[T+-י%AaSAD| -	ɺ	gyNp2B~_uͿ6s`nG0
xʲ[Yڐ`JЅeӪ++v%Iqu̥8;ls%o;(Y9c'Rw*ޣTܫe^U9 :s%2K/Wb_WM̉F٦:ñFȮťUx!c׬7Ư>+ɗD4*39-?nŭn3ЃRZ{pPCk@9ѐ{g&E)ۤ=֢+6.2Gۀ42?{@;LlLL.a`treQ[{:_'
V]/x&91Ɩrߵ/)oصwt;MJ lck[֛ٓ݄VG%H([uy#іw5;ul;2+tü,+maSB`.aA {R}O\+H?ʍJ_!c[Ǒ0lƴCHޢoHlMՅvvotWG:Yg(_ܝ-S!s#C5k1%oVs4Tߞ
^ur+l2L5&v]NXyoXRն.c;0CaҰb~lxJnֆ׌Ew¶ٟMpN[D
xl'59&kSQ@Һ:8Y͔p_
7ؖWO%ٌ˂z?EYs߮U}4>&ne}4K7jOmm6NKշWr5a۳@Iq
8jfK(3q̹$=3")"Ju36>	~ûe,{o*LuP\k)<JuIEցų=a{A@:(8>ŋHnp=QxI|kِ+$a Ug2t,XЬGGl=ڭ2hŋ+=װ$o&RHOɣk0w5eEXV	biOǣ7= ȕ)NAx\R4Qa)[ؔɃ,ā|3c[כFSJ*2R^*-hM;7ňBWF?D#>íP}cKc"L_VЊ-MK%Ic&ۚ:[i>xt}qM'P<1CU)^ػ=4$p*i֦ok®)KCڷ$.RĿyJ7PȂ>ÿRؼw# VFӏgxX^WOܖ̦{<j[2AX7F'6n%Qtbg2"qRi%T310AɧCJLOp_RħK^hś%5d[Tk>dB.:0+Vٶ7P`Mvtף:C+ey9i[xaݺa9I]Hr"H%XƧoڬ/*w)XŕL.MŴȎPH'\m
QO9zd>b1[>MݐfgZ,TRt-R{-^dQ,(()*wŁzdDǗUFwyl9KzNǟ"9=(6&CMyEեQ
`$^C^i~o%q-k&psV5%`AГAK
csĻ22	Ī-mg^B($\5ݩgC-[k(û".V"&׋	6ǈ|{jUŰ^ʀ2ҳJdh LpvE2% Dُc%B.QC8(:Q(-+ʤjԠ8hX0uγuB$Yt-\2ެJwɎueXS4^ԘG%̿q0G≮Q4|[qAt8Ѯb})Fm ,hVwM+ƿöy>ȁbt"j_ԒT5`#A 0)ѲW2jJǩ.ߥ7E{]e_׸5?d$>0IH)RۓθIGU{K*dЈ]e:1u5!am"/Tx(wi)p,JPq~כF!z9NoY1=vsog^aevd[j$2~Gc9aMct׏RjBtèA]!7jLD6ԻOeh4jʴƀϤ^rU|c8%}R';g7y1̊$&V(dXaݶMĀ~pؽm>L"k(&T<v,qD)(Ʋ	T]:+,4wbLȜ9fѴj1gN2i'G&6xfkB&|3?AIݰGF1jt92 Z0rlS#.3'uf@ٯd~3j*X1/&60®/l>dq#m(ejemŻ'rf'ʖ.@֌*=ښW`o0u+(A?:L?]ZYĊ}b	{\ns#+N/jd+B
j3s\lM-ޕ^vb0-~jÃրB!81=KʗT
Fç'9-=BHLL\KhEhYn#@FT[jlM@&'
FL9N"o_:&[P+ϽB"ފi\c	RzXύ\|)U9i&]7Zs#?.^)5dYC9QB]޲ć}ɌU;F@*EwR:tތam8<N\3'Śs/H;|69^ر)wXmSS/QtB:ǉ|ѳ|ưT.D0CW[rE=e]Z
_%hg\%Ȋt9?) 6R%n)֢)Ʈ>,hްقATH˲M,CC:̃&%?ýEF'43i%~/Y<~yЧe}[s`#fƺ>vd0΃Lei̎VlXOS[#>1k{0`E*'|'QcPվ;MWuX!UI>5B05`d@ûE`"7D'ۙvڠApz2?h=ܺ+Mwq9L\rlx|>q5:DB8'iאޒ~Lz~4vRލIe0ԧRƙDC?["NGy1s'fޣ
V1\76	H-s,>I|#,sӞkݝv4%AAtwn`v<PL̵Uzkڛ ppq=XGwfuiOJ-fHl'j:'r/5o?g5	emBz8;3ZGOEv8NG."#~ff'KXtqðȸyH/ȠV;JлypTAҏzKF+lU:b$*LLĴ6Cڦ3Rʼ:_#kݜtLqWI@7b-0&s5v"hk=)G0Ǯmtpݢ7,gY=4+$~a"gG)Ϳ0Y=Gε]K^_Ղ`S@.xIƘ5`	c̋|Cߙ`/]+/ʂ7,,f/X	mp.Wǽ{m8Z}2D#^^"COVvQnyŃ
uw֡SGū|R%5gnVzD&"g]kX-K[φa/-K	*.ݘw+[Ҫ:zā_J{Ӡm/[-^*.|֯^!ebɆ߆܃,&.{}~il]NQxeMj`כӠ`sa)DuQPӺ7z 2k)NК9d6?wMԿ?M#&Y(O`+&"=˹_VɻXrd>/^	9_*сJmIo҄ÿ'tY8r`4w]ExD\$Hjvm'lZ4ƹ#92O\PQeH%@؝z=;ͼ9(#xlj qlba8`~ɜ{
|-J;4dgG7.Ŭ9ƄLT{K!AIЮѠBWf2K>=6qt-lBD{BR|2ww\w;\ϽL ȎtO
sN)qσc5Z7و$g"Ic]/%)dxglrب^PZ]9qS1R\ؼ/Q;ԔK9Uդ!uMvsG=.~w%0s)ՆIebI3fw6gkGVeܾÓFxvfw0?MZo\{`qx#d:IΑ54qe0Ao5gکzs}cMѵ(Hҹ%G5q1ږW&4֮/VK~H8ێ8$%Ay56ܩ̝̙)>W͹Ni\[XUʩ!MGƺʴ%̖!M^	HߓĘ
p^<8w|V9R|˭&x<il	qu4+KyDJ:*? f&"-99l%tg]OOy_A5^==sH"(Њ?C2WUl^"e8^Ż L I$ۛHwH5AߏaRdWͶ}Z݊ރjh}-11WثЀpvvM*pwoZר32s4"DdqEgNx7(E5lƒ7Y*ʗГ	ԋK/=V;AZEsܒjerτhYLz{j %Z'sB8U	q6"eeC7pW91-֯qa[[p]P׆hl]sVsF')[QD|$-9{s.9bzB˓mwA۟khw˛YhHs\d1ɘs.;{-hF5?xȮ3U
msH;4MaG߂MSXt޴ݘ`llX6bZԨ<i{fh\ǰe4[پjtܭ43TCk۞o0OCq>ċ1WƓQ5vc[8E6H`D]1iѱcϴle0A<=<	,4ʞђ+n`t)3j)%lQ;JN@$M6#RÂsQdR1ӔL{Q].ISS'A?rj57ZkcXx0Gw,7(_7]bˑałR3ˣ!?v0׊,cXjŻݹqMv6ʣ
sߊ<}%K[V(X#0ұ=kl'sivopQNU_ICμH;d=dqM:`{v5T9C-o<!&аpL#;Rwb;*h
Φv}t/{E%=c<Q֨Ż%W.H)ghP2Ԭc:$a0#5ChԫfL|ٝJ	3yp0+ؗ'ӍJ1rw>yrƘ$^:\,˦ف
9^gF0TLմáeI?.fzֻgFL̗n_gTSA΃Ժgvo8Ջ»Lɯ),`kc8>l@[:b+tNzٕZ=d;xNJ?YWzԺ $@4O^|~ԗ@A53pDjTZ!ѧ)?5$X^3XZEU{vjՙt4Ѷ_I%ٮp|Pc^}J5ļgõg˾^'-}@=KHQi[.֊yѭzV5iu\.	y8&߲x?0GsT8"e4vXg[:mMPbӥ=»9*KӢ\	gqy"kAVimv,̰ENm#S0E\tvKuulˈqK-(R̯`Ȣz΁)ơڽh0,F$Є(T.s\ۧv`q>>!yG?xՒز1}p&y;hMξL9;E2ƨ)P3.xzCppޛv2fԓg(6M,NJ_C(?ҭcapj?XN(z71bwyaU'',oIЌs2>eV&q};J{ד=p
N|UyͨtgY0	8(r(dOD}^V{J~[u۳:U>׸OUnk>&+#3yv_N`ٰBVTTQxK2?b.,ȑ7DL"g!l˨ҮVڋЙHmSj<7_Zhl(ܼAݙL)A:j1veƆ)]$x; &%}H`.7NωQnz؈iߋEȬvZv3E*:2M;,\CּujWNʳv3gqo}eerrtAL4jXֱ8b,ĆWytԂ%ީ|Yޚײ$$)ɋ
i{޵M_25R t}\z=D{~YͻX4]+8~=&=<&LZٿϔY#)]41EhdttF9тk9Se12~)&#U4ܔY
q`KO͂'ŸIh65Pkyw0ǽjG߸s9jtVלbtf/F<qv:޺/k:DngH99}
>G&U	._#ǚ%Yʯ37k=ҫS8F)e\M~7لUa+ձGƒX!,$HݿS;9bCo\2uL8gcDU!xmb9fBFŢx9jG'wot*NQ!m1NKvP4\mLO@"`5be`E)/Z[zkrY ^`۝Gq5DǡNVq#L
,-kl$ɶ1ʐ|t°{o0ԕsW̋uv{	ѯ'Qė{ة-j0cΘf$sPE_ΟR&/]*+7@&%*&8=|Jxԕǈl=vϠg3ZAy{#/pGؽ&̤:hZ0Le@MF(N3ӵy)=ØP?rN<~F
v5[&JS46VspQ-]sA0YgKx?u
Iv,؃ZaZt˗̢,FlEd*;e׾U{e܌:C*)7nt$YD@ɵ<F6=oyOK*أQgo_[+;F6)3 .E2ΪQ36ݒjU1fTk=8KR`LpFDq)*g	C!'IewEGvvv@l:$M$ayB@\>X6(qҍ+ȍtX6fEhΨ9vR)p:]-n(#ec&ve"ȯ<ڂ#ܡ(Nl53Kvb KuUFpܦ*<	S'K8ah%Îָ>9H./Z"$\|R&maSIȞY8%د5O4hCSP3lG-א>YTLɄ.B=8Ksh?P=?V6Tc1`:0&|\ȄsƲ SG>Yf;|.C:U$,I=WqFHt\G'rRv~ VƩD8<7?!9bg'ü*WKw!jiF%DYEzihMjٙ	qyOɨ'IJdťK(Ǜ8,Hzu}!|@C1(s|AЎq+stźTqAòʹ	& c	ɇҌ)3+lJSYQ<7jm_8cr*\3.ɳZ\Al@9BDi,~cp"P2{ѫ>\0ae(=D/O¿X"׾yˡ )éP_NJ,ɠ+A9;Qe6)6`Gq<fڣ'UD@XגAh?s:c)lY{lqA]WhCݼśmnĸ2zW2\mMxGT/)ڔHe5%z75!)W8Ǿ7;_c!pɾH0K;bE-/6\¿yW5PoNüVhs+D	!fUqKːNMBuTS%|+JOeό|/Lݱ/>VͷcF
ˁ0t,gR'XԝmDRǤloGia)eCY tlKB+ĺ5f٘cQv{u`Z֕.HW
G.=G̛<Z΍ǾUhW2؏Z}F\hVqs۫pSg̡uc
KEvfz5(:"rڃT!5;`J0ϺA%mܤDYv°[xvvQ#ӍɊS\]P!%(V*8MڏaTQqHK(9n>_g`Ɋ86)~_#3ϑ߿ 9e.M?ۂw2;SVuA|Av2ٙ1De3אjzڠvԐ\Q/,	[D.s87.FЈܬI4^iYMZ^WeIGthWscT	?3$QVсSBlZ*Ş%ԈIs҅\|~޻3iԞBUq8$FF8`dpp1_mAE!Rz,2N}f
nwI)7T}^rw˕jlEV6ic֛Iq'6ňvxr2eeV6ɉm)4xwRbnKþz60ǡغ@XMi0sVlɇT!R@60{ݗ?̀W6۳qڊU.!HF^ooԖEz3kM/gd\~S2^)e8[lӸy^j)C9Wvéf"s
I@f%|+ruFTUÁ0S,h?dbrVSӤ?l=B
0Bw|_qQY'ЧB	j=4tRެ/M>WI V9˲)KLRvԤ	>)K 	\v<T2؝ΊCb&ȴK7ZB,;>"ޠnYeUKmi_s)zB|T&B F}`XYtȟ,/'2ك8Dغx-nM§CSRTQC9u-[Id( n:Z<?%ܼy)RAv'Tm|-uoZNܐØgםT'~{H3AWNvv_['Ա{L'L"[}U{69ӤVjgJǅ0ܢceO3rjWW9$ޫrM?PB)c2$V%Deg@!إˈ+e+Y<@A9ѷ/fBTČ0QКDm|X^ rucz|zFL6CHQIx׾pԟ_Mg3+Ƙ#sm`&tB^^X
V΄3uIR΍:2uiWo	\.+{GÎhK,&
ˁ#٢Oo1GEe%&p"qN(Ϫ_1ivϢjp?%,?knGQm?|S0 Tq` @\kO;zFf؇;KWaV7w$
ظff!þ ZFb|ȑ[ֵҲO7]muV4A]j]uԮN8ղee6R5ؙv-Ojw[9XK^NSh٦C@IZgR4FK/ͮ`8fWPD}Í"N^T{wyyzz#,DMrp2Hd^A_q)Ւ
5%aBj&X5<c_Zw>`ǰF0>SaF|܀ӳPS0
PCJOd	@r͘Ozw$p|ؤX\P)ρf4?s@Т]4gGswȊ)~"ސث؛JnyWڟRju\b K}!?t>înu;??rڑEumeYnakEѽՔъ"ïHY~ޙk#E,9YK܎}9/'@^LzC#i@Y%W
D
|Jg9d8r8j7..>rE$(&"YfӛΈJq (awU'<2o!!^حGIfm'1cmjӒq%b нIA/u˙<<-Uɋ,qdW"Zq|ɸȖvLU.g^}ޮv2M"1Oa&t(E5ۍ}rWYZ~
DRV9h/+ЏCcI`}HBЖI>AAg,%u}kd4_9jY»m`hu؂3=GkcsڨSY9WE+0ڸMhD,x֑E7GAu:0_!dм\5U͔^x~\\υ-B̡-Uu*r޸%̇mj4X5%bd!}w"2R S,:O"!_K&j`!Ԥ pCHƤ+eMVQk!BP#Nd_`+% ʄɤށPGGX"_rΧ}]Iϼ&]Zt(qzB!88 A=Ik9otqX6Md<sQUzM+'-ҬW=[|.d;erٮql@+Ӿ$Uj}o]Gј޾	hφv%kc1BB<H{H7ugOÄZ5׭-RQm!,?_imB}˲'M''z|a#=ϭ)^#[3w"xס6ҙycڪgS[̳ө8$<gkAndD٭ft߾x&,YȂYҵ2b	Gn"ފ4cӘ1b#ݭ8l߰r}=Խ0/P.ܺ2N.e֫ S<s%w=X[xů`C237S	i	1 .*%	xzm}(5t{f_С`)81v0_؞R	TU{[(
^PBZ|͓>~yb-6Y&3ɠEjvMua_Gt]$kHPmE
4Qߛ^jɒt0[zBQɰeamfG1!܍F.gVȍKZ@ޡ:=~˧/o7DE ;f{\!\>&#i35	i[=8nމlF5'JQ7HWl;;J43A7ĶmVϷȻh#8"#629@$>RYh2}ƂcP,jt6xP30=Szs@{OS{8(XbUuOY`d^˶RRez/MڎąC͊ω-!+BȐ0*³}ު̨0\X4SҪ_کʛلO"oDDrГu9ro݇FOM`w+FnzkW9YN]0q.ҥ@iHPMNނ|5,CͬJx>NL׊}Ŀn%/BiG	lKU.҂YWiyX=[&">ե{2`tئF@yhy,F?FIɐ[ѭ3`A%	tL	+-%ycK&b"PQz1!n%.fwnGW:Mx%-T]!	A=LػO̱/QAW͒<K:ØzZ c>E[;`!W8lÚ*eR}$m-ÃVd&v.:OQʑA&iqAV?/ψ yVL_<<ULwrVAO3?f<eYXM"t](L#DTYM7F#zQ
ũAX+R_t^`>/TP}>vjlɊ|tBkxRęb	\XBc"GF:B
{'VQ.[CZ4G0j$ ۓ-H	i	η,N`ܥHG/Y=(n,1Fҥ|Џ!P1IWa	z,_OM&1:G,' uZ$(@ހbUїZcH7|fLM>A=xt=A/c\$G+jw^5_̀>4Y S8q*>:-m>fGcɍ2oʰ:5O%@c=a*.ɽLZ\KZJh8ڦ|Ws׈"Q"XdQ] V[މzFdAZFyduݍ_7B:}~r{_Tc&W\hXjC%WBf&|-L[4Wzu|&57
TlyF=_|e?"Utƻ`^0ӈӫ]%`:>͜ځecɐ'3[¡s!=!7kݙʕT.`!Š[Ѓ8CD1کQv +i҉͡r=Sܮac_T`z˿7"WQnUP\ypl>z΅Z6F*x.`[8;fw*>W!]ܭ>xvpܷDdkd,CJʠwSjG8/q@YB(rti<{%=xʸӝކMυ6upY{fk*2V!zt60[?)ӏ#M@X3f|\һ"ȑL^y3a8OdёI04=\XiGͿ`cnq
$q/ɛ!Қ9kJ02wgŚnv9ʼ;v{*4UQuIG{ֱi[|	MT!}	=v,ϛG5ҩqk3ydۉʇM[b\oÛE,%2W_{Uʞ%#8cu*$-+-rlQӆe)Z@u,JZSu.2	t`DvҌ==;F[۪}5@Zwl͓'ާwg1 tע,jGauu<&`u^ܰ`k)/]T`3u\^zvٖjB%
mmsޥ+=Δ7Fi͐t>alF9!sǁPvgK&?ƭyؾM|`ϯ4D,	ma|Փ#en˛ұD*.l]IgtH=<yݨF,v	wɈ"$r&ЪRp}kŜmɩ)DUV/3$^8;K/ewE1Zj\T)ZmB=kdVeGvwp£,v#NާGrxY+@܆+o.3B5)+f~4	*Afgqt7Sv8?!K#O)ܷpoqQCųp!ҮG[ҢR2òp6kɅ~۱wjcGXɚ{,h&^/Iм1l{Pڽ5ZHLRdX=~69AV9mȞ;vovcZfyt!QsUcVa+7Y|?~84TX\$$azA}aHjݡIۓ]C/=!#S#M׷ʬQ`b,X	]SI*f+M}W`$Y@O&S4jR$P4a?,
b8A]U7V:}^!Oޅ&ϗW9*3grwY)]0WưOEP5~41TDU`H%nz/8~tbhZ4R3lޞ޳WƮǠrwt&38~#zS1/x}!DRjڰ*q~ܺTގ_t!`¶Cb^`0R7)Bת8٬4T9Bjqo<R*Jé-l&USitRՐiSHӧDMk2nf=>Vjkê7V@(10#F@*>7%ACNB4ŵC/j̖V4cWreZ*ܴQ)ф^EEۺa3NJh\U4z]UMBt zӸOKAށ0pOkvEڦn	wE&H[6a ϏyVyh3ƊgWA3* U8z8S_w/~5e'5ϽB(/\d~TuWw:a͙v>gwƬ6NfV=6N{ϕHOȽ S^Ƌ}>456A>2K$oQ-OZm*Pya^Gt!gNe8{1o_c42EԳ^;].@IC:GdRR?2'v CNW+l
#Kf.~0|Ĵև%pHu4̗(bܣ~ ,Y2[)Ʀ*P-ǉ0Ν5bő\ͦdiZϮui=s#`GŸ.U)q*tj
KHm|7i&b]w83>FP<Lx/#NI7XA"y̟{ mflbagTߪ.D0ȔbK-ʀpf 5*}TƂq=SH9TDhjh(x{o)jUǙ#Q\իTw<hY8BQ_wBK4vL=q?hoQm1VgsIX/=veV}5Bú0qəKl֬<+39G_&y#If&c3YJ6ү6Ƀڸ˽2saЯ`RUٴFң:1<NIM:y$ڎ$8<Ւ$s<:Pg9G:݋*pp%յ լH\t`8sss*1lݑ)ǟRM`FӴ6]fuvOϨZD
?pmXZ۴ֆRpȴ҂'>oX"`PrEDhjͿ@Uя`p'S*(+LOyſHky^ܡ
6U:BokEeI2ggRxPx߾ZƜ`T]2dgqP=}\W%EXǑňDm:Vm"ޖ";زBW
X}Lۿvox+]Qӛ&ea:/ʅJY
:l?V*KT:d /rɒīJ>*]`$w8)P*ljͰ̦D`+	jbMh7şҡ.hPJנMt~*_dHbݕ?0sxaΊ?Oea%hWy$į&*"GeRIfʘJ)ʯOڲC::fA&EEH6zk#A'lHK[gMӝ/d VH>N?P5ğ˓tW݀qk R1ܵ#tGs_V1]}^},y]G]5?E`]ݜ;' *Hy|8TS}N]Sgd{l^h``a:qIĄ޷_xlUw[~uǰ؉yQZ*mi`hެ&cndɽߨĶ}AoͷzKj۹>/J</(KY@IǱIiEħɲ"63ӒK.z,QД*<Ж?as
DܫZ-J/u/8/Е"UҮ)~؟h`l8-}P-d*eM9r/NQkGN%U-Nk56#Ϝ!3:_ڈivS(h=\jEhf9	d3*1wR(LMXS0¢dW>cn|yR[:sJwEF\md
3`+O3
o5!ÚL:*~Ԧ[ ^T$sĖ=~ZNxo;YnA>zccFħ?XV6_Ҏj\4'e!#d+:пhܕό!j8Fz~Kùb;1N:%kphE.kŧmveæUo)ڰ\lI٧ӐN8GiȵCaMw@h9acSWÚ1F%WZa3dRWձOTn>e\4iƜO!G
1ou"09A-[6 An	#ը׫ck܉s2w/ߜqČU=%EˎhA'!k\ŀfȇ!0-s3I	(ƶ>CK4P}(KA"ƫ~|ƨvflѵ~39\`BZ̺Nv1VLGLUD}.ɆnRp6ʬ5ϣ>Xغ)G<'UEN޶;05KYiUT,q*VRdjXYk[CZ/VT,KN<'yI5r1XڃS6zΏ%Ǣ(}uW͝^`*Q5ѦuiJ17±Zg2?H=;õ&1mcIk37~1_W"sK6֧[^2(q>kT[V̙%^пtwQ:߁kyzLTQK6NЧ#GRjP{rl	/ NM0VJL .ӡ-1?nR'+xoEg/"I\̜Qw)fZ00ɷΫyKllB0KbyYҼH?21`Rfp*a)|KN7dΈf|˾)r k?8Fmz~%iyGj;w-1>dʇ(nr*Ls5*,s̘Vبn
wtll,ɗ@Cy2!޶U`]s
}[YpT@/5MlYI/zU%^FpR/k)>43ԟNcb`6ǓcgE=1LRےdn_B/=-RԤn&XǮIF$DU[t SL(?vsdC6ؼiՠ@#7
["v\1j7Lv	ILZ%*i#iYN{'<1~CsͺiӵZAyfZ&>k:e'ӚkQ=oy{\=Z$r-/u_>؇Sۈ}WJ6=.ח'ȣ|}0hTn-ɢjuZInه~V9Lu.Uƽ%Y©7zω:LƋ~P8SQ%Ώot?R>ɻhJbBɂut7[?(1$ۂk>@"͋&ʿ.@~ݔoUNCa7߃GL1Dŋnh#:.hf>
'mOHiִZ5*ɭ޻̛Qڣ1?:Oʑ֛˧p?ωBfrJJ-`í<)[f4Ck|wЗ9&,)o[xub6u~߷9u{$!|=hxOux۟ܔ(j}-eU37WF)9s` STۓc^0ot^׆6JߗEt*^(_қ˪sWz*"_pNf?["y'Jl0RSb߿Ǉsʰg@(hNq'/Z/4RʷS\M$sbߧn5NB:qc̘BPBrZ!1;:~}uoy7rw$-svRXɑSoyTP#r hE=}O(k&OJ5A)~khBm"aqDY;r*,sۋ4s #"/MTȍ'h!@Kʥt`,{EH5,2YslNv3I̡2O=W5e߭Cړ-sYwiED]2	9B'	x)o!C/ߗ4ygPCF{1oAgf8ΥN]
ÂVJ!pih_)f9g<ԬɃ8\`yZlKep>AY[Mj<~͛ӏ^Ǆǥ6Njhʺ;HrFkW%bcj,^a>+OrpjCX՚ƧT:JJQ{&Z9LЭz9 b~p|h@۫uu[P,m'Ӛdow\@x]9Z"K*vrJ50`S>#'̲rȐ0{G(d|_7u^ٝ^z0a5\AJFr^ǟЗESׯt|f6tnp#Hb6^'_:K-Ō0yia.aѢ)k@<̏ppYLwא[U!0l%&9wJ{I1R%UqI}ݻmC	I׋ZÂqnҤ+Z'zyȓlp/LƧٮϺ1[cn6Vj؂vܳWZ
v˙τwz}U/W:-fW\Dc7+6ý]D٢;O1/Mf~2)+@V͎ZܩwZa`IKJcYCGU`mє;ɍ>: bm`K\zuޟ@>Ǧϡ}S7trמtµ0]ϧUGǣ]s&T2{bFQ\خ
\Ȱ%ƦmXrعPܯDn,fAd]v.$Pւ'6RgZȁI2
}nCtNXۇǰv(GѴotߍ(]

s}lgh:ѽya3 u-plk`jYz]zH20\;yԜ4|<=5<iYKCXےp2,>Q0m{Fb
(.I2MAY@g̑F(`_z?L0p,{jْΧW&ob>[)ZW6~,at}	N(h/^OބcA]%gùScr:kN'X{|Ҟ:18W$D([Ǣ9ka,m)txF6GPPBH($~9rې@9D.s"s@Хe^aͅNeدct`Nb~JB|>n}Z](dU-Z	VX̍EGݴ
A7$ל۷\k|oK4YL6`*6cґIۏ|TnBzUQW5ݮ4poN`% ?rW-yܽ',x2;<F]
#&A2
_ГҤu`6XG+_
ΰde>) S}KHvqbD=;[ű85$"ПXCB`-QS¨sQhՅBhoxj+BƵ[kY}&!kd?Hpg	w{m,b}%ܯ701ԟ@.˹fеي͘K؜]g+\((KY2tx0	c̕u4\E#_npߖIaM@ʮ\6%)q]rǤ-}3&ķl({k?3=/nhVK$FewyV!/=4ǘ*MuyaJF@Ѭ\݊hEX~wX?}3ߧcC;z ḾMC4$h ޹?([#[`Lr\))?Tt(^ro=
=Ȩ)B=tWtrebB$!tw
D|Svol^~)J0c6P;WQlmgIk0doRal'vwq̒۷m-)e=E2: 3tQg^6Ta3RV^P ei&(Q8S
ޏ]"3س:NsS#و!x;6=˩RR`SoA<	(SFNǷ!# +KÖ~^i$V(/Ѣ&] ecyJ-Sns}.9QD5lT
W
٦]WtcN}@&" j
ku˜JQ>	7ϳz˗<Vmv700V!]/̟	C]~M<;ߣ.AcrXSt{x)ɗE-+k>Zʽ!mڑK_=
֘=@p$HTdnާEy>rNv:2io?\q\Ǐh3ǛH۬)W*cï/q6rCi8j`A1~k'dɲǒѴ8ӬVNxeaة]U!R3irw7Hz`ݦC8/c0)ԡQ+*{ˎ>Χyuǃ\EXvwh^hoiɼGj
#߀iRa%3O]ICC#A.&S[gƕ:OPuT&4CG:8~8D=4H=s,bdŮLB[A6Ս|(^)Hrcis@Pa>țϫLE|-LEM<kO!"\![o#M7mrslQC
B>V
zw:@+vI(&]Gظ[]Q#nߎNBIT%TρjHήw=U]0Y3Q.liRlǫ'X>#iңzClw-uS(׼̺jsKc)v5"A-]צ:ё.6A%ɸh`X3PʞGŞe)NoaݜU>:@ '}t|jM[6LuiUҰSڿIv8"ZU=јq#]ڦZ&4,m@i_Ζ	0pk+HK9\0lI[=(rCj9·vd<;-aG֧+@;&Q5z+σ\G+A+*^q[SbhiݡBf7orM]m5K$'Bt;@ŇwEJݧw<SD(BQX=ƁU
`YZɞsY%MxUݻZI,ò@9KKq "Ab?v`ddݾ@'\ ڑuNP^wgӕV@ȸ5֮2n}W͹z^:%#Uo/HV0[aK2u|tѹ"v@ΛlO.:YaXQx#$)^rPʦp:"]{}x*`L'(.1bTdqpG'9s Ez*)6~TM7D!yNHw;94wSKP9\\[CƁoVʺxHnC sI,QX$xɲ-BGpn
o5TnDK)oFɩ#V	{i"OT$ .0bʊhipL@{իɧTLQH+a],f8ϺlMH~fݯ̘ohBG>˭)Vǈd|PϚn'XBKQ9_@8HzX<٩|8pɇYԨdޕjR܆iC8-l5ԕ9tn~w&o)>Tc?gR>r[	x0ۼs"zQy[?DtwpW!s"#.mDBG̚אmhѭyS<ϠsߡMiԙCY)"Q
M}]kF/?@͊Dg߸Y
4K	ǒ}#Ϡ{fwrnYnNFQk'X'&m A_&c%Z̐%؁/^Rˌ$Vr˕7f@n $ƉJyu)fɥ3ħlwV5Y	7ϐ{HbC6ìh{
mSZ!DJ`tgt($/Xs"Zؙ6ZO{?a.-=ȩ/~DkLXu:*ypbB|?^ԁd{pz̼3ueWbJ{vmC(	O$KwD'#XwQ"<p
Ł|̱V VLhҥos3yӂJR?8sQbT֙O`8qC7ФoB,?%,M2P!gYA([[ԾtR|L[q
Ҩ%P~I3FR>Z~QzڍK|9wia:j)&Ź#4O+Essr
'݂U*9li]Cq,GO=Ȃ?sv@sA[8\Q)sM$b̻'3e4t_C^.[\G$ֲ8k(@C@ئ1(@-۴L71haA_G5ʠ<mFL7).,Y3R7ɛG9&NR$$(;G]E+Aƫ^&aDdvLoB(AԶU*=ohkҬn?X6֗f5^[4M5LnZV܁q@L%wJ	5sk}fD*(ʿ#Q:XK_,4g֨${՜reo>89,*~23/2(oMO+ph0SUd5cr$`TaK9ya
wK;r!΢d)QqLD1VѺhNx4!#b<d=650
*I" 9> u_o-?\^WwWuJpvx<-19_;Z{A''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24528)))
