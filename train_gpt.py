import brotli
n=a=0;b=1
for c in r'''Q.1}m0=:9?|иפq9 ߍb׈$uqmՃX/_M8R*}1obv`c:6^(&Mgtr;?4-Qم|
FK8.Jj>ܐG	p=+/:2%P5%zg<\r
Ԏ	հ8<R%Θ7mWUѐ4R*e"M,tPCUJ|=-?d882F
ƹKKĞqZjRbl#%A[wkmY,t$V4^%Cto<ū["0MLۼ\.|p[}$PkP8BCG|.Oy(g8p;ǘ,<25aLaIWPxx2ǇDxg16rBFP܅рoZjn6Sd={oTȁ_\CWϪ=ӳ`ԊҥN~־A"O/_9WkdRV=QLg_jd5rp@68l]"$ڎJf5	<UvR~˺rxnntN8Q#1l!T@٢ZEui9[AvY:rՉ.z-k	7ӕ}ö	'ۀ	ǈ%'~'ůͻǘрpfkqu5`6|4Atr/(ݡGzttT)V+DtwEqD/ƩYAcGY0Ƿ$<-VB(~OP"cvM*a.ƙ],^'Ȥso|1[3Zd"(Q%:kVTz^27+qC{hA{`Ns)*͞S#J{b?o,fω*dŲ͠m,Pj,-	bU2YU]51EGǪ:C`[:"ƃ7ibX~36|+uA+2y_-	&ɯas\\@(J`]_)Ʀ3(L!}|[NPٛ|(#IӀTYbt͉Yюwk'hPxޗӹC"HU8A۵qZ}HP1Xu_% ODRP=TJ!#/ځgK&Ya8]U9ǵ	HJ/7KiwW2GÖpxZ	:zesVt#( R4͹S(B,@.0!}ȣP_*%3E/Z@0;io}R?CmUOy4W6}9W%G:3"'
!5T̽d4/0L$&
nڝ̽v?(@ͥSʋ()Bk]	Vg6M[FPP9øN2ڡ;=t/:ցr0	9v
HwKݧ\SH!^rF%Ivz4gˁ;66w{"vN {#h~ȢҬ&p	f9	tԨn26<{P'x\~s|/WءpE	OF7W8Dջst9<UR+E[lj=ܤs	#R-ܾ|n܉~e,2zp/i~Ҏd>N)^4|-̖'1͟4U},	i#!."~S%>_siv[?ձRcD6ɝ"2$1hM>_ytvfQ+sW v(#ìAP]@4/z0f
bZj"B!+nuX_nV?J\vgܱKdpy;[8ɲo|4@G6NOĮ60,Kې@%k}h)ƽ<)X(ΝY:sNyS*֌27kc]1T7G$g̐m۶+oI*z0,)m1sGƦ2F>J/6OϨPghhY[~XOO˒v҇iy 3Bp'6CΥf#G\uv{3'fkeH;eKBбb&EKŤ#/?GP/$F9A'W9apK84gV Wp[ר_*nY ۴eOrgL`ְ)*ИgnWo`1or~UiBҒ
Jk@yW9:-[	uOC.Urpğ}	JӢϊSW(|ug&Hi9>MH§W`"Ȯlp]h1,\ڡC}onjr<12dBtcXSYJ.y4@˞V	Kk(ıae8&9J-fLG*zTw߲ܟjG-;N<'&TT{.-şjgDwnХ.B}<۶S	I]62T@/UhfFNvQb;-ɖ\YѶfkYC	A
jd(Qbʉ0L%Ì(ľb@۵A!&֎/88Z!mv(=ߎ'Ɵ,~AziW7Jnܳ۱yI٬Q.8cܗ(?IZEw*2@Ge\,ͥZ^;RJٜ_LNkx
ir{"¤7YG,o\THƺ6=ߝqV>ʬ`XRj'v\x*dW6)VYWgѲ-CJܼOh!
Nǉsrn̙ujΘ[e d0PV݅?@JC= ]V̀@ڃYM)A>y2pLaR
(Břۣ,j>4g^l&EE%˼bN^iuW%*`҈u!DQ5G=,´ܮ"IVQjӷŽש׍sbȭR~'߄4iɶdkӻ[^5o`,c%uEdynR$$PVD85,G119~ͳ^ϔJcMc=@4[%OI>VN/{і;~Mvqjn)5*)b I~}ɨrj4\3cA
$4QZwnKZɐV9؟?z~yl.ө~C^>$߸ $c1ٽdFl?6oBTL6ofTqgds̨q6rՉ)\;X)G91/{e#KO@DΊ\݌I/KɆ[24pŒiBвݮqmcey{'9
Oْuοsy<&)ogu9A0NGukYٰ1L3} ^V3Z:-^3}fO>RXB0zНSX+YLAҽ{;HL߇׼Ѯ>04Ԝ_	#.Ǵ[\eş	}E|:޹/9fNm#ӇTڃOV%x)FZ0^q-%͢޲!yѤPR\Dp2sǥOz$99;P!fpB$	ܻwzLA^~f#gFKHC~)%3ÒǆܴnZ\U~_v	!tCQjtne|[Xtb\'-/Xrw?0;A(،xe#0Ef3,Z.+=RZ?.Ftul׆9Exy8zqWY<$O(oHZMU@٫[oljԻӗԈK{ԑdkШjɂ/ȭ:Jx>+W(4{`,moVmձw{kZMS.̧B}a/u?InN*>a`V~KËng@Golh&ֶ5^2sK^8V$OMG-9=s+28^cr{fp8ckTxxokj)MX+S+{7wOEdJYDUʇ(x1PmN3v5]`ѫ<$ż6ܒUM	o0&U%D<ڼfu=h'CZ`mYx%ڄ5|iʌ_GT#Rg߱i(6 4tMJ&+߄iB?,҈̵3b1
4k4^/]`ݬJyЊe{b6dc7;DbL&-8y6BtDB@u e9#w]Z
lúON?ONիq[F=L5p|-3Dn`ӥ,$ձ*O#569JkT|z**OeҘ˦	Wc-HpNp<2Y9-b7Ж?͵`t+~`kyvXӨѫuq< sEXw{B8ן͂ÇR	+	کleuXYʀŲ3Nաo}4K}0/r֐֡AAGΰV~oN,00keN6x`T,DyV3bՇ+\v=e؄7dGqz,N1~7צq@(6±cGnUQ}{jݢx
b-V]X;CS,)Vq|/_gjPb=b},y2ZEG`?}f--b	)2y'|aֿT\zܾ2w6LSbGn+\5F[=̣$F%[eȿge9|>Zbnt6EԜS`ahi͎BD<[ttywXh#E-:&pO0rǐM)e0R$MȂs->lrLD˯UKl۞Nr%Zg6hRL~޳ݏa6Q_sjbEy@
ȯ!¦F9-3 .DVߒՙpBw"@!YrdYlIfq>ТIΎШԛo<?drsk&x)2z)\nk	/l.<ܤ@Rp85uhmpt;,V$ʀiM`;|AV̝]^ԛ*е-Y<sX=vS[C/3-qӔ!%g(*FRus"3ݛ]U܊z(A$KKD@2X#<Vza#D|,vgh.߻9ĥ$QzHCKk:ns5*pxώ˲T7ڕy4_!]q];ǓP4H!ezCQA&GPNλBmPi]C"ydUېQwN^8ӓFEc۪Ԃoǉ4ڈPk&`DI_@uC(1 m pO4Hn~-Zm	m6¶!^rg2IPc`I"Ph0g:%Q|P4_/q1,PوƯ(Fd(Of3YG@k	V1lm5ϚYH0́UW~$ā(ɎlF
`LgqːΏ˨+4˞J3~[:B;\d]8I?zDݳxF͈A5_a,¦=Mz\(wg_D֢L$MٸҐVƍl>Ȉ\sJ}!5$Ȅ[X@/&$evp:#y4IȜX~y|X
*{%c+!+wH˦[-ͼJ[8g0.'T}),U3[\-|{D#	|ߍBC{4I}Pu؍Ոۦt˄<P/i62<E4R swpNRȵ#UHVioSVʵlEf)ݙ<ݏbӽ-E=S} np~Bt7n3}ILֺoShץWɨ=MI`T~DALeekIwCeT1x۱I_;ՈŘϐ_H/?|v	л_eb_bW]@rcCV΋fwA{Z,4۶_0Gx,ٍ$N΄^x	TK+>IpL jɈ$WSo$o[׎#j,ڑn*N43ZnۘME`	}q2l?ug!h
;SXl1k%-Fj5a@hJ֖n<fc1yYn)Igf /B#n^&Q$!EIԋq~%bW;bJ19Bzkdu٥,F+B7}fd;$MKt)txtm;7Ŀpog5'a:aIki7qݭ'(XJޑًuԩW0&K5Yaʄ&AF4((eѵR_/ΐl<q@#(Igݫԫ%NYw,|ӿ?(gܴ7
EhY.+2Fx+3Y3ؓS!EZ֝cٓӣI{s݉Wևec35B~)swOf.Οƫnhk~CӀ!m(w$yem"p4Ģ%
k d-.ik-+Y'v1XgЌI~Bn7_#q0aAXAto1U'NA_mk4?'B}}ԇ®CY!4*GY^^C3Ib͠id6j.rz`uJګ؛E"+j)=_FNIJΞi <+ѷƑg6ب$JqmްXu:ș9?܇qM}%`3\r{ϳ.Re}$H"eӰGbz|;"Oyrnz#g,-'\y/X@Mߣ9z`Ed־NhL`e{!ĵC
A/Il"Ŝ3Ұ~\+x41T߁GH#ߧl	0EyF)!<&+ca̆x5ҲPseYU$4*;u6@:wֶ,=k)\)=&y6G&qFƤP'Fx0[Ϸ5#VefS4={
dߕٻ9AN9|ˏW{W9am({t۱άʮDrTRVï5Lގ{1ߝ'xS<MS.KsώͶ߁`F7y):/ir`HV7g٭jY.I3:WkGx]b,*NCGew04iˣV\+I0޿۫ŞgnhNw}4JxgI+J2οa>n(Qé Ƿ؟'.!?P [Õ8Бϧ!#xZSי~	BQ{TTzPRO\I{Ǭ8BZ8ZӰj;Z]jmݞe'D`Bh(Y
l/Z:Qq]M
aE^;Ŗ'fO]>{7Jٻ!
Ub%'T ]ܜ~UTwOŝ n 6H@ÔOY̿)DCITdEe.hMS	7Shg!ZڶR`N@O^OqcS
e+$$}Y,qM7h[QevU@ט*p޳7{uEVAaJO1/d8GuGJ?{[Oq9HЦ^Wlw .כiqrsO{I	Mw&ρua~zEy<Uk͌<TW^Ԭ-|^t+%_\E>$؍ X<8P;^ӮOXbo"wcINu
&)^9ȺE>(EV-s72!`ͤ>}[t`v_b#̨pOqv`)1|aE
(ĭo
=m̜E*_ClN]De		t<4-v\ژ{(
>(B$Ġ#% bɓdHLwo
nֆEtfh-+(թ>Ģp+7[CFoBIa$Z!\j(uB+1vK©bf~:"t۫AQdEO(u+/ѰAha&33ԠTYz[_NpT#\cIlWH\UT:I`B{_?[r'Q2Ŗ%z+«7{+U}ow9ښoEu
Bf"-Wߢ4i=]|[[Ku-)P@|h,aKZ3SzŇm\,ܠNājNyQ+5gZ7"FRB`53wViov7ї[hבD8<pخ-v<uBCC"ؑW_Ts8"Hou)ѷZ,E>O6g5dRB YWx2̴N*xЏM<v݂d=D"cqg4zwmpy˚~ٽ;@P]n8h0)9
!i-À.QϷLQK,sbu>1rљK@.T {(S:s76<D4xs>O4-ϡ|cGz73&3_:?]{ڑSi)'i?=Ѳtǈ>6۪9~ZIȑU#D9Ry`FKǨ=?w΅Fx{Vlg>|NOʆ}̉^({z<^\F	8^YZ-5ѩrta%48Y,`zU|ƪ"cW^+Q
KzMXi%#3?0[ѷtġbpXєT4Ɂ>&>2B%gpJOB1tzXݑ@/\.A2k,*k6Ո?|pԻԑ'эɬeʤy\!L~2-v݄k&R߳VBx' vkc"C.cY	K8W¹D8L4Rԯη$1(YMÇp~nTa-v
DFKh~<g֧J_sy׬{`cS6\%|XZD8mj3}k4!6MQ3|ۢ8b¿ԯXóXŪJpHZx mUf!pd"2ޙHW%8ɯ.˘8
y_]c8Vq)\5fIymm{tuϢ.||Bl}y%״0O-p3`W:ߖ
+T>hoOr9xJž(:R	ʬϬ<F)Nqr»Kk$V>\=Qpy'>׺ѺWa.1tj^e*k,-[Q"I+"-6~,wfJLVp՗_ԹN<DN}ZDFU m)Leګ>"ʛ|Ճ9*ɃK	v^(#ݿ_܍('V?ԣ1UkO`oa0S	$)srJF}NrAf߀u;lsZѮ5Q&Lhf90EК@ƚԵ$=:5}.? 1$$CWcIAe<ZFa_C;rd3S_FXrF^z_ڱ2@ɭϕ̐jҮYn̡вLMtR0sGLLx80GH*.'Vzl/2("RaUZpadO~#Co1ܔāg|FNatң*jwy#6ǿmFrҽ׏u4<tjƣD|k5HO\nH,MB)0d,eogÔ`q2P)]iۥ5Ԙ]ZE|{RU!k?lM-Yܶxif̣D%̩S^?Yű6(kdȇ۪m/yarD݂R2@Њv(C%C+*!	[#ͿÛ/KеnY]|[Xgcq!{k]׺nY03I91]>Զznri=ay<WY))wҊ@) V,rѥwr3ҁ+%*٨ 3hCHN\ZנjXŘxsiN'i<`N[aL1sPX|PxF$IrN9ҕ9U85m.{ΪSHaYֿ%չT~a0o|8;^CI<z_ <ͽ4T9..lߞmf1\܎#,fN`<0Bs(*IOڜ|\xM.Gn0"
D[޽͈G+.)Qydv:wv~^?'º9H	] 7%^vPs!<niՙb7df~mQB)ySB4ҭ25(Rև(<Hx3'5!ǍMA!$QvC1ԔZm	en/,EA<::uP9)DJyIѾ3YxoOyLްA8-N'$p=p:]G?vݝn{PWx#<	(ElN`mZ:زчxY2ƻǖX$Ƀr+zBHrsIDaZd+@,Zь##!?y/o"ε8cۘgkf_LS٥ [8$^FAIE/2**}0trؼbɇ>veZڛϜBbRɁ4e{I1,SXl*`sBbbd	X΁I4`Ye# zsw2T2,XUSlK9N4rx8~Ұ\-ކmguA.{BBQG4PNPY6V$LRH.Wtdѣ[^:rw:]Ư0	\4d*Є؀S#&řƿ5akRҴ]2ڷ:)Ş%Mɸ	]p6;Bւ
+G_iqF10AԉgXxÛPd;*	JNWGk};.ɩ)][W8֏	ތLN;AzٌҞlp)DgBT,NfѸŪ^Pqc´&|$iL²:*j\)1w\[Ԉq~-MiHnTվ_fbעDJǷG@A NNX?eEv[T#&`¼ڊ!w)XM64zMRX<<ŭvOP)՗ʼCienW9gSJK0Ak&fI>$ayL!'2]t+Z6A0CsȽ1.MWŔaFg$<ΐؖcD, Ѕg4_HcʘNߦ/*ӂR}uČqezĻ&U=l{0(P%ƾ0"ќ,c[)_t
Xr62ьd^tZ96Ix*#g֦gayx0T֣}H7jRV}ߋ>#Vn\|Kk:* ٶ{^lΚИPp٢@ixW)SM͛`̈́aLYX>Eӧ͙
D;~	OV˜D%94ګs<)U
{}<s2T6s^=1eR'IӉԴBQBâGJç?;Sy{O4[!sO>1AjZtoqx+n{nfjc*`@ϔATVs78YCqZ4cA 7'WY-6yq?7¨Ad^RtΦ8~L+'1{<F8Z[VGxfrrP{.2ZX;#yik/[Vz.ڬo2s	D;.*fA՜5g˼b֪;@{7$0y8e]=[AӮyT RaJ=ʦZeuN˅Ɯ@"ynma-~K?^-XIMztm.'-8^_1ɂ@E2Z3L["vT6q\f2g#)qTWΑ9תMulC=\{ѥ?r<LʮkFJ.BΜ_9#Ζ6\	 3sىv>{RPz΄F.Bclj!e &cײ@zqs7٘s[|{XW̫,Hfѯΐ*::-Z	nbCw.Lm=ՙ`ÚiǏN BmocGTڈʮb۪mw9HM'2`p)_N)vZ)CIڜ!!UR&fmnl2ͭY̰4vڋd@-۸'ԏ1z~mkǗОUu̏QeezYH !zbgL;нۢb[Xd0[9)^_ȲoPhKЁvٴbmN?!4Fnzǆqm?.OKAqqobk<ͥ0Ks!+R2AU+!uIF_bԴ(K>Mע~":&J"*AOC
BYeW5~QEbF"ɱ0n,%`6iVH		Q={+Ԭ"ޥjl؁ހb}hͫS؀NǟFGҽ $;XDfk`ˢ?X?zC|T6CJDZ"~ɷ`8:˄ATF9A:G4ދ}Gj h}fa:Qů< /W:ϴN4w&L=ppc  P;E+eD?)N8WQճ ˝r~YeBD\3]_=mсQzz2`7M4mdL*U3Dǟ_=%h
Ƞrԡ!B'l|\(l͙7	VІU]Z	O_uWЉ{<<7[#ο]{;7kk"m?>BˆFEץE`ldMw>24*=}TgGW.9| :(r%ilbjshb޿Āȁ^rBC#:kv[jֈ`h}0̗Ee1|qT)!ED C=A(V}wK8RdY)Γ˄`{x:u5mbBl$wbJ *0ş&d8߹$MÇgw.Bј;
)ޡQV(F5ѿH@j2eG-M	RA8_I_ľ`;`d*NF
Lڶ&٣tonY3;,6h+mwh~_͹%$aWE}gQbѼib},4]Ly~52/'das1TzRR~Ȫκ[zTEݗg:p.KQ"9Xf/ձ;nc*1F16ơ0e<֚JUry1x)T4S]iZ֪C"IeLw_ڣc,Ěkw"u:'03U]Lq2R)*"VթSڜk&mב:H(#ױj^K@9BtuOVkaHs%&*J?Rؖʥ5UCπ!G $TqXC8DHŀ'R`É<dd=Wk?Ti4fC[S_: \s
Ә3Tʓ	<̔5ʱ8~{mfXq߳>`m
g"jL"GzcFLeLܭBJcHvLYrwOG"0d5o
6$L޹$͢qy	=Ӻ-0&y-g]!tFաlc֏+WOz@t!bd֖^M1ٶ44F#͍Wk:ܤ$Gfѝmh_v>11k(sR,,0N5O˓i'p^h/_-Y-un	v-Sf0܇|fgĎv)bz%<>S}ܰ|U)i(jPDRNʾV](5<Y|ZMOp	a,Ύ)߇{-I3`_BmZx[tؑ6@/XĒ"Ʃ'lACvF~AYRbGMrBjNsUŔٚz͘
+ vGΦiP:wmإI-tĴn\b^hݴzQ~j0lTčN0I1hU*AUEx2*ݺ~NF<=	Vz8K'gX2QeAϮ&('m4a	Lco1S߸IL	B'M?{ՔD'y"8WH5FҜ_Z]"
:Ϛ*<7dJr\RYsfVbaܐjiM(VI7ZzA#Œ_1chړǟnMiSOb/֖VV5r"t~v4,N/zT( 
D6hҧKʻBm?_5NkJU8=IH/*bv	~O=5|\))ӻ`Ӽ89j6m:D55+[P^,c~Ƈ-%\K9"RKM1=Q'(hZ5k|\pI\l10X&a$;I-
^fʃ&~[,0\S(a6%"+q:%F޷7r"Ҹq6[$D
:(y}`q]|=\ ;l)m6Cx`Ҩ'>Z"ݬb/l_6xZiq|*q=pݩ<TMր\lqM%g˖TDr[=1BeXBEZ8qՠP4!:ZOE߆&}7".-H>Gl``KMEk1w W`wV;k'd#C<C"7uo<x-Ĝ7ܿ4c
T_7(Ծ`Tܐ/WT_7ގt|Ējj[rFIx06m,}'Po]oS\&5mq0Y9bFZT>ĐҲ
6`ۧǑޙـ׾l ZJܨUnzG&6	߽v0E? @2ϮI
Ծ>OxR:-[dRܺ^Ə>x	OE,@:%65<ک[Ss2;79ܱΡcm ca(iTը̗u$($\7bċr-hl-CbҌDG59YioV!Ui1y+(f(=W|%lJ6zPc\@7kk`yEN(xKj?|	n@Ԝ݀"Jb0A	7"ùΤ]	3=7&ʿb;xL^>Ы5.eX-҅oqOE#HuB#br vݻ,݉(@F=D} )F(M~^YC3+¡Vc@:y8;T\s`48ו.xeGüp&>4xyIǌT]z!yx^lklN>BcYp*3W ڭZ,ʸT~.I}U]<7"HјBk.ajy`9]6bvʐ%GS}^xw/43݀~h^~0ZBwXwc،~ԗ*(mxΐLփҭRΞi{x̽xrS.Y?Xk)h(-i=GަgʵJw}4Б`²[AGp j}!WҽO#[ДW9eZP#RvϓVڥGM?g¬oDEYWmnFT}8cX.Br
ČחMUaUolwעGuŦˋhnPydUG^8lvڣ̂<_;D(!ܕ>Яu--֑!cp@6m\	\zPSFW'vh;(ޣϨ	0rשLtKfNx!yw,8d!<USKxOأYwҤ5{V͠Svq6TAWK@1iADp
ރzIXFb:89JMPYM@׌3q߽*:ŢfҺ58MU?2]/=KE͈JxqOmQ0JtLKq1ws.wXd3eQY7U~&gi:iLF8&XY}CLr)r?|1IqMҠm{g|;Be4E@pҖb.48ߨt$`ͼ`_X|sqR]*9OJ|e6X4b֌@<RhJ~"O l_HM	/Uw1h)PveMa0Χ:E)ɦ	>QaҪ	IEvodۡ):y#SGS-Պ[ك6mn{ַȅFxy/'-:A+iimGvHN7kۂs@uѽ%2Nz ʣlCczt(qܷ}s|:*=JC unsuc;'v+$-|e^".LtpקSÝ݂;=LʭJ|v|`!+Vlvږrwȏ<n"`ZSLT Nac@/]A\ΛѰB¶oc"c9C&ϒ'`NGϱݗ˘;9yM*&Ir'@{}VA1}Q]KH|/%ĸH`Ё8)i&4;J0ZxB'YnbL0}q>|W6gh>a[[Əqh<|0Y,pƱ\UR'Ķ	31tfCv
GgJOTb9È,SԌ~@ܗsVŲ&7`sFhE!9mj?*; Wx{dB6>60س|Հ>Ƣcm%	k,.?fr˦|8Y3u~Hzgb(wqAaDu"؛ILj5\*ؑteV
Z݄(Zrcf>pJzjP&cI<e?G0*_O5#}0Q"|VяHRJjicA[ɽ7vXHTq<AQ=NX\ֱ+e?f9@Q2Y~DnlW&H<8b.yX0,QWdeGf\&eƬ |8[Fʆ-UuC}Ǫ)dG0A3H@a6}(2YCj! NG,)	rڌ5t\(G?nf>{~Aכg EmVIVy˒Ce_.e+ER2-G%/l`C"LXǨsHpW#):2F<tTD.=	x{5݊}Z!vY	
ZL`){V7ҍg'jLUHŐmqTȼ8pdzzHȹaP^D$@UOTТǻHhKoD:pd5@X5¥v X`\r5+F^v?p\e {؜>(u}}X`wQvIՓg~vs3NX1bcZkʟۑ`VO>t\ƹi{ku>%$m+)~T@9Wݔ7|eVV^B#?lEi+a*HGbr6I̽<f͜TROƪ`4y=OCC|nHϑ~ӒX'8@|\Bg;v{JǫcjYaSDDS_/ݥ"l+LQ
m܏X4ް`6*uƒ*Rp"
-'bQP/CH@k=E<ݑ%}IQhc¥'9U1Wuqe3gp
n5Ѣ4v>Lj"tPBcˣZ>sjw̎`ۅ׺b[jsn!\Oc
C)xo/]T21QҲ)*09+9?ՒY9mzkl)/M!^=HJT2y)]O]=*n3 O="Puvh`L|1KtubLc1DDLη>/	wYх#a42v.E],:eƟ̀P9yDȦYÜ7.}q߽ް	kIƊ}Dn\`$x$!3PEԊ\!S&LV&wl BjrB{&6kui>o6e)ߦbLhLjeM09O,_ܮ4ԧԔ{rhK12.͎d)$DB4΅TllA[Ytc(qo`#p9j؃Jӷ
\K|_@}*7.E=ljD;I5xnЯ"3MԮg>Aʸ>Ԣ6ԥ˺Qo>HMk"\_ɑQ%P4י+|?:Ēi#[u,C6VfU*7+с6ԯ kY3R~8.@ƛ8iocjw$Mb3c ~5 !
̕|,Ӣ6PxJ>T|y}`ّ85ПjWz/(27Bfq=0h_^T<(ZV}jM}k7=B"0;k\ΖA*.cjCR~܇	9?6r'itbj?nKaFYIm$H4aYF'ḱNF']5xwǺN(1{ۮfeʉԖÊrQVSlU~&Rd&l*r7$d&E~f&۶ej߁W9;hwr,n1Eeg[-^{cЪ1`SezDKC~4&utf</Jq%V-|{:lLO3P]8Ŋ3#\x̹t#~Sus	C]ȋDU8c̬%c*T
+Ѕp^cADz#N¾oXˢ&kr@)OtPPkmImӔ9Pֈ]q=+uTT^sqUڤdԾʿM)T	]V0T@ǛOgp޲z@ئh!ѥM7XldnyH	@'q;k%":l2bYg?792WC>7O4L>R;kIUOLҿi}.I>sfQZp	WG%ف	:Abf%`4
[y!--yW)joɜ-KiX2^9l9i}yu>atjxG3cd`ZXsh#{%#6hSmgT{0hb/oOj9[:,PXʞiߐ3zԖXs&޵GC5g
p_TcU/ǐl5-Y'p8ٰ"ifJBپe;i}a=1w0T7p$٘pUXU+uNS3/pHC,=fK˸@@B4W}Ǯ|*FS.	cJ6/8:nC	3c܀[F
;ܛ$i63"aR*`$GzX>~0Z
[a8]Fݮр5,J|-ϐEola6G{1Nc[L9ŊmzjG0ԗxx9Ҁ~6b& )r/9ӼedIߞwqJ`Na)MPҔΈ;uiUOEtO<0)֨8{[y{\Z|۶.-R!Kn a֯ݟh1H,6h=+*ka'r8/f;Vr{urjrȍd1$m;h͉?ʈȪ,hC"˲iqEmqJ]L8]	BĮ1)Qzkoo>y(kX5MDEѷzaqܼÑcZ˻wԨTԖ	C=Kˤ>QCa88zM.Z1{*j֠ie{b;}"aw
xڥ.x 3t{,8sdip|i^nqU''ǉ9B%LIH7\"["L5ïfQ4W$^.?Iv(G/Xr/Y/ߦ?#smă4	FOX3ґ53ʒY87fO5vwM?KփtVgFLKHu,Dؕü&ׯjr|/_i͉O2NHIOFDR4Kޭ	h@UG3=͂@wAװR"ׅFPAIE?*]ss3=V؃ct$p[Ŷ^&\'IuD|$2"Eӟ:%Ņt5m4d vԦjh|=ZŘ8|ǒv:'.R6Ck{I_@ڵv+:z|'"D
6[X*^0	FkWLl->>2q|fbUwWnH@pXr-&\8K_H>tFhJu߀ލzXldhA Ǝb3GÐħm~;ڰK5cqӟ61*RYxvoVǌ@~H[LXP{1w<>)֕ēɜYY==3>f/ؕS*ʠVu&pCە|a_mImhWk'ޠM&~#|Qpv{"GS++?@9Vt&mȿ0,HEmtȷ5'p-S!ƟZ
rtYxGʌ *8qݞ5Ǌ>sXr)	Vҳ%â_oϛ7ٿ[E0)ݦxUSY}n]Ftq5Gr6;iӆ95WAg?}@EH\ح?|sdiPFyDOb	Vͯt7dv"xݷ)HrA)Faة+:@g7PT:'4qN Aң3půPQiAHw1F	9ڿku[ul5N*
I>~'}R9v1I8Pq؂4˨cprDR?
96g0ݠ$bO=Ioе3jV¡Fa7.G˽@,,k9`_%.ܽҡz`/Dly/|;3	
6fO(IȇSG
f.M
x+NFI$9"<|  tE}ߛ}ZcQRy2ZqM.ـntއɀkA\M#I֣73b?3B[ێ)1LktS?Ir!#Jxj5VЈ>kAi/~BxfW{[.[UHڄt҃M<Sl)i12ś<J0#g"&g^2:p̶XGaa<2E0cʫ۠A,d_91(	ׄ
ah*5nwG0L+
!Ks?S ptq׭nLeLAYI[YkGǞ.vEMؑ?zU۱wNޕdSƤ۝2gjDAڷZ(fo)N#3aD֗lk2xE)ߕ!`wyKaժШ<qďǞQĪ=ѭLJ
rw#<Eg1'g3at
L&ir,bO440~duD/>*ՐVl(`5!NǤYQfKY J9Rq'xڈ.Gwm8q
q\huȖA2\ܛ۷ey7O1¡;%UΥ3_.!Œ5!%a=yW#μ@k/ٙ֝^t	FϞU67#{ɧEd fC(m&x@IIEZ9״8=@mǻc~K>Lz`FiAS.$(.22B= a>WHou,B{)V[6UyƥDy@digɼmtsS?tbZB1ps:ҲW7a>ίѶ=TʇX>nʹd;Ԑրb1Jz%Nf,aIrv$DWBNe~
N{F;FҊ9\./Є0 RrtLmu',:/@aQCag߀έx?a([5~A*7Zp(_P>H:|z'*ՊT%>ۮe]bQ	gz4fHԀߌt@#T#Rߎ]0~n7eНɓ\m{z3\IQ˛Az`n=l;<<ccn]/e1ϝrTS߂,^ɉ5tz{R9%,?h;Z>QiǾLuQV,ӒJĜQ	>pX:Sħǝ9Dr;j96dڧ{s ƅ
?D},q,-ORS\@DA΅!$ޘ)EQNXJeH̿וlĹ*:q\+ס*%IߺSсRs0j2,U9}-U(FM eƽ/Ϗ7S@sJ0=O+_pKɏwc*%BY~,̙ Ri6a~KN̖8RsoǗOל@}"9~ߚc]_lQ /GzdBюfH¸WCY\l9(Py˙³w
Ng0^صwehDyG4')
q9/j$Fy~1DdyѠERuN\oI}6mYDo}Uh#\
ҼdVaN~<Ϭk٠nIGi_0iʄI>Yӑ?k۵_	n-K^i
kWXM:S\.6w44)pq;f1!1 $H@q|M/R^$*jH4CXs`}&5wԍҷ8:I;[-CYK;5g2X Gdk34u-NfEJR[ek@FYWu-@]6Tus?Q0k^dQ=ў>}%R+;SoD#[`
.^ ?( ΂T	*S%E1>9ez,yLx;xv 8M=2k1AC'ݮ$r"Z>MYUBq5Ӕ͉ӆ~.˹եp!{HЎ	q$l{8+ZaKʵw\fSXל,'BFP\0dR:Ro	Cxtu
Ɏb9~)6Օ{s-M5:јCZ;/ɴ_Gd
4^_4G?0p|߰if>S`Y:|k,?dhB|c.(%sbFN?h/Ěߑٯӣ&&J@jILl \^5#]dXq}1C#%/x_btʧpݯV73׽eF\ϙpRp\8)ԩ)4$ܞSO A
UѤ-3$m_cd}*]YXɥ˅`^Odܧ"`ܯd
:FIQPV	PZ(dVϴݸJw_OS0FwOv8fL߮Z%TpzWV7tqIf|Ѳ\2?<w:d%y,k JWrN,ҩzU[>ɫ_Ag,/yai&AnBBԻTkˮWqM2\56zU^;)ռbA~"OO]QJs̚{|JvR{zLfٚ8ʮ{#%Z!~&^YFW0?ߋ2~B5ߩ!n	0xnyu٪gJ*4{A>23TQܲ5Ҩ9;&)SeoAÑIR٤[r6B=}t>ٵϣ%Ũw6xJݛPjãdaTIɋe{MǇCx}A:)hU"^RbKDȟX۹$tks"B&ˆZXҦJ~&0@
ޫ? J׋?c`[3`SX7BW$5Ds(J=[ʧGdϦJ͹2BB}!J,O~ш^&}R^=X8fQtdU5&Q}:zTvawK)
GլFe}nA({3а#x{_ݶycO#X aIC=JW<y2,Q5I3"x݊h`{9(đ,(п2=jSS2ȟn4ט_xʈ;aծw9BeIղf~^Oc:и8Kh.I'dw,' fr֖-B-&Ul?v~fa<u!6W}ipycGKhu7Dl̼U`IpXܵ?(2e.ٚ͠zӳOшFmG9Bc>Br˳w8o)W΄_q%ү˰
էI"-mܘ_ot5xϱ~PXa(g-,	Fǋ֡N6	cfTe#֢!Dŀ܎:cǺ"V$c<OW߉؈w(\	ڧ>"~R5ճhSk"s\E-3nRQМ91i7U hM+ s,11՝]s5l5/3nij5xjg N4ϻE~&23"A wN9,5k:̅?FG&m6E3~ϻ7c4eHR)ԸcFe6ZOW?!),?M71j
dp|DeC$_z_"KlPVIϵ/K4dd]D}q'ƎޒFid{11
`O)׸ڃ%ۑohD>uC"so9c`u*:tI/r ֩?{]FU*uB
og-986^ЯT+DRu_X1TNaJ
d"_r@}~(\>i.DS8ZӞO]y1!V
ъ=
rg"U^%y
,t`W>k2[#&Cl0u,H:hI\y4m~PuvW?7̿wП^ڈrև>}M.`,|WIHt
cW?UOÂ:ۍ.*)Ɏõ!
n6xdlIDjpdRw*,M}OȤ48Nt~HqU.Z9΀,N\ZAr{$.&ٹMo~=8?crpӥ7kg&vV%5Q,V%!}rRԎO<a$9uE/ŝ[Zd҄EXY<yrӦ3D1RÑK)%2{k@LQP9rw.P:̄;%xsFضR2DDIGN@"TҶ5Q~97`1LSY1G4LȰ=ay-PN4Ren>ƲLG>j9dg/
0-=zЈȊe!T8eix>Jqgd>JX5_Tf%QTY%&mר°u~ľRǎE^&́?
tŹbZvM!~v3^Z.pUv MudQxue	۟Fv1=ay)Jdɾwjɬ7κwK_EG2ՌLhBPM"ˆW
GI|WÙMgOڎ\ϲ^4)ܶXsTAVɲA^sx>(HSץc+&3ٸä'Gc[J}`ڊӫj,,og тؚD1y@ˢŀ!wω)Py,Θ	ި^gb++$RHؠBk{IPt	W˺$7ӇǦ@3h_2:w|ؕs0!Þh,*[zȣq)/Wp!<pؒT]c[\	Ajz4&>\(By&)IŨ\|Ʋ03zҋF&YpHv^μThŰD,?V'ِC\5t[O//QGf=ojpQF_^GnRi۪uݠ1totǽ @("}8Kr(,Ds:Α- 2f'%P̺O*˶߬mǎwO!oğ`i?>Jt.eg?5HbmTB`_Ɋdï*T!%&ûۣrIJoٌ@^>AZ!L.-o'@Y#RWǃ	ªD<1O$SJݒ(Rk	Q ϤU5ȽWOYЏ:ׁۤJD݂5bUTa%4T>sѩEo;, CnԵ$|Eْ,O2B͓Ii8:(+1ˮ5~O'MMw=
WϚ!N2ǘwdVJ/ -<TָɇL dlXxm0ӉOJGbUB!ƃ/aϝ2ީ
V->@pO)GW)3h|)unf#<--AzE`f)Q\Q،Tü-k)8^?ӟ)McjcަȫJ|܄QHl[X1P^EgeI@ѪZ<Rne~(g΋#w++*(#5MxՠQwx1vkl#e8G/	~ʆƭbf /{Ԩd6V Y	EA>bwՕw=C`}iհƧjSlV!(\Z6МSz4)-N+?RT/
<"kc#q9Glϟ՛c)<T́8߼rۂvwچsn\S$ՙڱ/LSYl6k8Ǧ%iȿQ^p5dچ֑u%ԟb2G`Iq9z\/\Ywsk\4v9Ź[xӒۜɏ!=f|ՖϏ;dg9UzAqZ˿ ŤϥtV0z?YVDivjD2nT6jݡ{fD2HّBv ׵5R|$~n$N=8]Z:5
`Y(WgDΟ!o, 9ɹ^yӍdߏ.ei?t(1FDP9Vȝ:,vͥ3=Xa?1Զ8U.-	:-8͸V}:ѻ!7qӖ0a'wjMnn.#Ќߝ=Oa#.ۼmǡl0ѯĭ1oÑA^a%~To'Y+Yݱ{$_&UW5gdR!g֓ы_}hf6p+ƣt&AL&m.Hj	cI)]K
Cqgƺx`Oj)K's$x$pqy1oښǌ)f%m5vcġoԃrƈc+ZT8l?ɖ+PY2UTЎwlAəyUBct.U=[~AxZ6e;BZ(z@sA~؜˙\I$<{GZ>\wrR4*>rAo3qڻSX(%l2G1oFF9VJVeRj?8asFU$_TCƩlαs!dSSįf+zaGkTg
l&y1<A<h1}6ْ!)nIiK؋8d\[%5j|~ƲlwJ}~n(ĵ[".5GcqvިN&eDm^,M[=SG0gDFJ;r#>/SDD0u	P	3bBiuˍ՜c'2f,I'ެv9:T5h^w>N1?n90k2A)AWBX)4ex;ѩA	z/~)LLQI/}A]=	"*WCrkMnCYzC¥+YZcNYŕdB
j.lu@[FrAPܪbj+ţ&6{3da\")k^'7XDWo?l}ZՅvs/_L,SW-QW$֎.{#~CMȥɍv]Ӷ4u)[AF28w`Yѣ8nsAD\.+/xSH	sCO*hwrU>VPCVXeN/Mϑ*ېڶFfɾS:ߡ@aл4ЅIqt$@4_%+nAeMO$۠<~Q߃l	n`a85?6ŻYPه}Ԕ`YvIl*@c2,F8׹ݬ
T3,Xic9'ņ&sctzި͢u%).O4Fy_[̷#yEzܘrsU"#sN
KQf: EL-p+U}^kp7{sZ-!ԁh}<9l^Ab(1WۭI:;`K^:;x}S#OiAVpMyT'XEà~|ͻpۂB$.̽ޯ֣$8{)ӣ;Kͷ2 e@9c/#4ozuQ=R3pTL7łeH$ޤ"[|D:-hlf@@"=TQZ
#!ұˢJ"w{er̾)PymSrˍ0iŋu2@kȤD0TeLo΢grȃ9IɄϷ[k\ƈ:jfj[.[֒ 'bin͌%Ar^Iɇ)0pjĻ	_0dm"^5.+h9]$͞d"la_</`1LY̻Qyp`'vob':֫G\SY>AӉcC.DDC3A9c(W2`iEw)<gϚPG2ݛn*ˊǡ;p6=)@[MV|oڐ=IYSĺ|GfB?qUK#6\VJW(A(4]řLO?nO99фB-Y1UFEFDõOMMK}mh"V*,@|I]̹0#	20Wys޸nJK޴\Q+R׵9I~#k G]>h[/ſm([5mgp
@7̖Jf#=J\OU-P9N(ʫai-ǲ;tٰeKڿm~=EL.L 1/LTESԣYxU |%iY̛i6y0=ޜd&yT!a5}66)ij)IʟܽbPW'mAnAsSvgTNF*9νҖ
PD5~sOKbRm=sي;#4Dħ52Zr
vMq͛Sa_"p4۔I׍#ԝ0(-^
Zt_KͪKO2^$N9%,c!*}SoqzN7nm/,%ӵ.#I9gɖT'1rdqAxxY_yмCrF="Dey͋]5֏f,0Bt7V-ߓuyYôǹU{-	]@ю܈1&4e]k8&;57m^ɹ$ք[v=&̇`ԯ!թֶ_zE>20]ߠ'|f̓.P&2ݘKT)+f*Y"2.ct:5rrƛ@;emݒƠ:W;rįerɛ9u9+k.͔&x`	̱pR='֦nK
G1ȖЖ}w.X%Ƅ;]c<$)Ԏl_OIn)gn?iZ =Ύj;OUj@E9_w*,ZeǗ*-#GQmrёC@+{x9f5n'ne&AAr7X%-ɁJ10~xte%?tJV54A=0|x3Cς/&gQ
+݉Ќ&,r}zaQ9Q3VTkL/U(nYܔliK/xƥr2|kCYͼ!Vw\Nݣ3#Τ\J*] ڨMWs?fmd*ţhߞksEf-r"~c^G,ܱD)Tb-
g=}׺b3JR1o`̔(!xLT>vFb N6Y]H(t*`Wטp je3 SÕ7VN
hkrQ5պŴrQCLU)JX	`%uw9ݹ1F/ ?2pս!\SZ\{HĶ#-
$,qTo3.&UG=ÞGOG!+X?}=­`SסGг!Ud4E)(oy~k,(/Qo;zG9ҜQ<ױ4,՗ECIaNĹ;;KQr;	HU($?֚y±HmW/#ZRkIghՀg	B4p+$U]Jη,Cğ'~lʿKq\<S~vW;0pca+T5]!>k'@z4εB{L,W:a,ҍA7TVAH˛Rʟ%`;03Cys11u|~Pô&3dw5;43#pVLY-	.=>ǋ+
^{0Mvcv3YΗ+AaHƟ`5JYğVnσ(:^fjBK^vB2"͇fDع|q_*pH3"Y>_+,8\x"#oxJPH|.gOMǤhԎm*ϛYt.M-/̨ՕSmٞw,79NkHӁ0u={L5dّ߰pxwkuz~MVΪ966HNgC{|5!/Gv'xǽM2 jMЯ,DϧwP7+8;նfU܆éJi0uӯΉ$9{QDAnVy _,\gH<mRrpf,r6c25n Ӛ[&/Jax,3Lw.YAk"g |kQD"&>n%QS}WXLxVW=uVM
k~ȴ8L9?aI[RHv#{՗JJWS*b^>\jAԽޓw$(nkܰqγ
t2k>W-CTZ߃ebJ
ٓds?&.zxYl]هoʝ63>j3܃W̳Zmm1\yǪ_Vr'˟tc[ȼr[ϲIӉNW<у*@zM#7=l<tu9K:mT4}7%Dh-">o`+8%Dc^kWɦo0>uºY_D5vo%ۗ1WG%qFۙeCÏ;
V*wS]BlTarLgD*e~߰װ}jQN~+oU.A JQ)QRB&Cig|Ip5TםcZIϐ@?1چ@YyOëYɪ9-NqgqQh#ܸO+IXX(ʒzDEO1Yh [m)v`wnO"Ĳ'Sؖ{L2:"'MWaX5F9Ǥ($Ēߎje\5	Kǧ۸ց#Ǭ5@qEsj!7&gX'Th?M(&5Ǉ+ԪOfg8}&{Q/x|WƎH%q.
 gXzȹZi6A]~)kCX=9/R
8بl%t|ĝ`$=Α1ϰPhSšwq>BDZooI3=Y>uae	R81Ը
"^I-|CIԯtkj9bMͻ72$ŧں:bŻiɕ1sVa1K}|Ŧ]*GJâPC8ةQx1zS$1ֲ>qv	l5ԕY(zUֽkEC?ʏQ2]qČeKVCn+DU'C&=6}2LdFB;Ӊ|ky9oߡ߿ԙd=ԑqׄ]-܅%ҷßsӶq<$xC\ѱ6ǪEԛMSVPKKX_(`{Qz:5%҅aҏBEXb	ΜŢyĹ͢M2͡n`ʦD,+#}tH7\oe>oVa߳`&Qߎɂ=g'A=ϵd2Rnh:ˡ/}|EW,2Y]ò\bY3O'1B,~{ d0sȫȪۿRtbK2A06OO?WύwF+*&%p4$/z1AjͧLA{bC *qMs%~,`qP:ao>.p U[gpGqS/ zԩِoDȖۖΦaq,)zG=ԵyLCˠaA.!2ViwB9ڢ*YL+ZSLoI=07Δm7oiP'Ma>h|%#3l)"_Ȱ3لMr܊~%ԩ2V3;ujXV&YVfxTPavJҭ{B"|>^s(̥-̚$/kҥӽ9W[Vp	tڢ  ܭ/5wcoǒpLLʝj"q+CO!gX;RiJ`.!uD[vbT~Q+4#[ƗR&dTGή[=͍<ȡ8N2mxS|jߗ۩=G;{nC`ۀ72M{D&NԸ`Y`9&Aoě%HߞQC֝L(^vPKPrq"K|]԰	[C%cX^9[X9FgaÜ&y6C6v]˦qpb	K,8-
\"^QtW`$ӀPugO>u.oe"%R33w?V/F3ˀ\̍ks.*N^Srz.ZΡ$$7}eTCsǷzu7,=?aԮ@	i<_wZߞN;k2GR6[ƝmUdHeoD[ǧCL
XϊϝݤT%l
̣!]<(A_w	#o@`:=ԋ&T;1{Pӊj~բD*z|(M՟2q)fԭ?0&(ۅBa#ܜzsV߁R+kE<d1+ٽ
"/e	!N_rI~ʐelْ*+r(?'co{^R$`ڃnDM'#tתDECfS5?XݙpWnr#b>!JUZelw|y~ѲzY|V{jlKD}]~LMJ.v]P8LHw,`/.d!-5t)W&sюH_6e%#g{2ݿhPT[&D`z+D	`4n`čP{d'&?Ԣ4;ik8ɔ&UG`6ɐ&e<l#Lgߤ{J2QM<Nk<b\׍qy\Dz7Oza'h)v6bs9F|ȍJz,][c+àM?uhu&wuf:lβ|-;yC2];6۳^3N1
tFj]NCMF3Ǡ&A)N>WM NXbD>xDkOɂwhx!X
ŲՈϚ<,׏Đ3Yp@ܝC	_|3˼EgS6~I!;؝hSKk	g	br.OZ%i(gƿ@|v^YQ'{fإAlä=bOoU-œw#pj{cTR@y/!%|oy|L[]āh}RW{/ɯjzt-Db6f=?)z2AQU^Ͷ)֛ƟϏR̢%Wcdҋ͟~CK+ Цtv'c:܈m66iϑh,sK!3v:˫{u7WDUFG!o}>Y()ΉߠCQ`w_	{{ܑ9y|K~q(/zBP>UjQMf[:bNȏRV%*;6\Y0ʫ}+.;{ۭ< u͵tQ%<i0$M],8ێxM$+*,Zs4O͓V?Rh{O'~ƿf><l4(V@TX>C=/døԁ;KƨBZ.P1nj4чէËo̠ǲNpq&[jȗשP{N)l-IapN טסđzB{m$u[=C,F0xxQ]RTT*[WIO~PNw}NK2	EOi.P'en0 .@vBf}o^#oAebți7ܴ0*}ijIs{(L{tp`9S`_u!-:?|*2Ʒf@bN5^QUFnm\.yg޸/QEA-!Bznv[q~>&њZ1Hp9hL2
XP~ϳ4k(@M۲#8p,ձ}snnέ΋X6lwŴ޸)'RwSF0$cwJn	[vt3˜DՓq?iǜU\
N8iM/'۰|01m3C(Jfj!jbnJ-4NZ8ɺy"fj-hP-Ҩloen2BrSƊ?xet,2Ժkk7\s2Ilجc2ƫiX[ӪF"'{īQ>\e9]~BªK2aٙ^&#,+w~80keK(&fNIY%>ʭ5EW3c=h6+*Yf;=Z	U\|Kpxn$/MY\[	  sH#.t;yby&]>Y
J/=iC~sE!&(zͭ0
4]{fN=<sIrцxst6hӜUvH]n>Rod}Ǖ}=^t̲JHLViʮ! 5{+	RpyCqp
J%NgG#=6H7yO(b(|+ErqeѧFDÝ8q[3T^L:լn+Khn<"rk{DښȔۚ".GS6aFC:aw_DNOɳ,=ۣƚX4Ǯ|׭PmeeCuڍR2o(AKE{[wY0]y*cnIQB ni*<OeR|)4Ҫ+>Ɍva׹|M_upg^d*PnhFߊEiX
*M#13ۂԷ7cz<Z4
G!jk9oLC{/*Nط[avNIn@Xpyx1A.CtYl1Az("^d[ZeoN͌=@!w*r$EzX4P(0ݰeQ2ѺOΥa2G1T$;rHJeEo!K+ifg	_͡}OSQCC$5ߒEloZA̔#SoGhn|?1wx|LȮ(Z9$"E]J2rh?]Mju7"bLDW
vl/zscYr18lP9}(96!a	aSJ]\R74aZ=ܹL<
NДMG}XĐ=P=906lEM8e4_a+oVϗVVj[R{xDCܸtyч|N`|Hj?;4Ⱥ;&J?$ϸtLD.EO_JMnƚuZ-.vL^FAJױ_͟$# ׵<1HB#EXFD-[b Rϡ$oư.^%A&
j݁>um@m%%KjÓQ
=6=rhAq\YL}nݯ/Xi.jFk;X,|Ϸ'm0+-ypԳn@:ejF҇}97~.<?BKق?n+?u>&JIvGi>&%Ef9VM\ֶ&uͨu(sr%Fޝ&1ГaI`j@3k+[Ё;AHٰ9ޅ)H8F.٥o
"T~cv.2ʞƺpتRLD]eF:Vc(HǊ?wc}6׽JEJǙ 	,.~Z#oΒ=vZ#\*ӃpM~աΠA!-YKG"m0e,Bم	[5|Я]*I}<bG5HFSPk]*&'[
N |`'!eGt-]Bdѯ<,͋Q)wݣ?]<ٰS9}.ͣ2ߧG2tyٌ[!qsMcUjFq<V~3MX[&eoыY!R*u7ʛgםِE8bէp*U*4߲*bP.]ϡ@sxI]rإ}HaRi	FǛ}z͌&/	RE]ɵrO4uv:v1UFzRkDmz(TL)9/SPP۝t,^9b!W?uB%nWTӚ2p+6 CxX޵&METВ*l3~b Źhi`}$J->Iןa Sׄ	@y
$ԋF^sUP*maSx$m2Ό3)9ݣ@,o:&!.m@K]m(/xӂaa=2DR&=sԕT8O>x=˭U+zqG T$-v*VTELPXC˼!_`ҋ߬*ޠ*`P`4+T0+ЕIr3P(Їtq8mTHBR,[?ɻ!0ISpUА1\`.ϑTDi]JYlp5I'g{xw3krҹbP@<} ^J,@jlp|lqME63N/\p#%{x?ߞyln7΄ROGЧte?OCW2y:>w,\ogK֋tKrumZg>5.~]o
Rlp6	UB-NN|L~g}a/?[~=Em 2\^KGi0-}NFFJB=iǛx}^'GKW~9Sܸ5KhAۭaG)'26δEOZ;xVEaV~Vq\S/qrt}4QI'(I}USu)4~gWf;|3*4ryٌ0V
IlFU>`
RFb8Ԣ\6g])_H.Ez^;]\ӂLNel,k!ͫqIY.TDKh^\n-iW3(	Qĕ.w'2HU/V<~tJˍ#-KDjp{]o
iÅm÷qV}JZjI=)0Qnא'7qtàb!">STfdh;L9Ǯhw`]݌R0cY׼_WRyVab҄hrzS6fHpwmٹc@ws2ݨ	p	Pc3WObӥ/ţt2٬)^ԇ9[.c.9nGS(6N#O&5x*7޲)[8Β#i}*3+ldbsp!oG\?,"tM֮&mK\:pDM-f80$І{Z	Yh38h#c#)I3ԅm7`ҕ;a/(mY/.|;|0)N@@h܎TRLZ1I%הD<A+Y6]9o=Ai)<yUdh=:ĄcÔ`B>
<PE?bzBӽޫ̬7(wmASN.*}flHW+͗wM?6]ӈU3(=\Ѣcyp/4//1(=a`}gٲHuUy	ndz+XUNŭ\S;;Mޗx;ǳ/:]Ceyɑ-aR`q`^+AfmP.)BײE
ԠLOS[!x"u\;tف0ɴϽpXQ#*-$/$X֪US=}?aj@֖x+I2ʸעkl6<ߴc3Dz$D5I`ej%]96<=\g1vҺV/Xhrƍx2bð0Δp`{pcԷB֢$h5*֬Ä:{}U#ʓfuj۱ޒ]_a3Dd(X+1̃3Sֽ9^&$<۔.}l2wW2Fj%]7	+$B7վզF_ПD~@D_ ShjSp݅X@L?LDH(
.82ĩ^bȧշsG{0NT˹?ɷޟDߕ?ʱHSa)C
$PGh{K$ŏc\>I D\iЏRTA	tSMwpARQ2k5LܧUmH'G9L3{I]sC=`~w$T2yZJi387zLMК6'zeJh{Y*?4CbbCy4޾ՌyղKeQ$M:kU^<ivW;Q|8ßg7k+uBdR|DԊC#5Wq;Hf[?T٪g{<APqKEt291]}/5͚2	߫p!@'׎XV8]{ĘYQ@9HGmxIڦ@Ne/Vw$#f}	Wĩm}[[18k!&,y-\w8smjDBXq҂D9f $MU>\1
ktb}oO~MξCN<G>Ҟ	'aD̀ȉ=FE}V SP:c<P˹iRj~xyIːnq*Psf~%"PPva}
u+I162jsDuvkp1`wd[NJyMZBsf]<ŅZRd*7hc:gN/~`MDŕ='Bd5oȫqWU@b6Up}Ra
:;Un,j :>6$)?ܾޱN\JW	ܦ?xҪzBB&%H'd;ǌތIG]~uB7[Ѵ,?*__" ˜\aHzi\H}ŏQgL?>np59BMצ~yHYU1Y#xS&uQi6ȿ/t	Ud|1C4=/hevPkn1n2^FeV
nNвdgBVGޔSC	DL[(+
Mlz-NQ=/mTR~xuס-^N8ȭr''tѰkV ˈaswȒUuB۝ػ'vOacQ]7EI&\ mJp^vΐXNA[;P85SD^<N<QmAaR3Q<ԒEIXs_C,[˴Ç
PϥCY~qWַՈm,Ys8yQZܒuBl4<LU+`Vx}ѥ	ވP[<Զip)eC"`|0{IԴϤ3>cKKΞKbR`5ph'Q?Xb7dcFDf\t}5L<!E"P9*G0d>ȅTJZfP-h]d6_)Sڰ=uUP	<fyMߡ\68]qqʽoJ,ԽNk\chfmZ*U%ǪqZ4nY:zt	SPa+%Ū1s+1{C!RR>ȝGū.h[&pȝ7CLlʟig?ȇJ*(R$]oA$a#k	uFb"Z:"oThf?oYt!Iy2$wPdFinTFwߍ2)u/·9XS*+pj+83Fn N)S&ˡ9sBy5l`,?pfۤOp|ǟǄLqmoЂK˒nODԠ#Wr10
=<x%1Ia~|bLٍ|؛y'sL(F_&N:Å-dr\+P c[Z>'p$u>Jj܎Ҟ5>tǏ<oǪ>85GZ<4%Of܀Lx!{Wg?иS<pw]Fm40a`0#~ gJs-DB޲L}7'1,l$.˓ѓCQ'$%,_]MDd:L&G52Nzn`>i^7`ٝUW_0M]<٩e135.NMQEi!.ԮM7R;T-ӠۛBX ).b|߭2	C.5*rfcUzrvޠ*02rːmڊDxoggxc1н00c ^;0d>Iڣd	1XixY`3¢mIt|QtS>|M$Lخ	{[GymjYU'Ƹ׹N*wbNE~_hOdO Qj(ٸV45<PZO|;f|0:u2{=nȜ7/y:ܚj@~ENԙ!b=̘BLv0ZbxvPYB-5H>DKVN<P%,ՑFj)B-`ۺ+o>
/]-ci$;k LLÒzNShW*î6cFZ,^osehg;dl|i~mV[B54,F]{6KBaT&]M^"%c\=һ)s37waU۔(x.߮As
 .bb`އ{E~|-FKZ݀2xH#HF^d2Wϗ+\ٕռWsI5Ǟ?WKКB9pfw."Q7^Lԅf@KmGĭx;-j6sr:Gɚ_Z_RVyŘ"1jܱ3nhIbja߰<ԇt+;0
ܱ۷8\з''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25113)))
