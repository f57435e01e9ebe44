import brotli
n=a=0;b=1
for c in r'''6{ל֬X"-&͌3Ekpp,Ѓ*V()>ɧ]gTEQp
%@ Z͡ŻKͫ/xoze7#,v
>~,bȃ+bϜMB+ǷucgkBؼ8eC:YM'ٳdӄMƛ4hsj'$ۨ2p*ܷa!dwO2K˚טB.e7Ix.mͦߨZڦ?m4Jɾ6C#fzѯD^dZT"xi9Nq}HSHϔ#-Sk3Nu_ma/l+%E?Je,SVsm{-7}ҬY33.&_҇mZvF~t7.!ȃ˝#ek?\-j)7;k^Kp,N8~V!+mClAϣiUMЭLdcm'Ô+Z~qq3u?%<-]9j{5+QyS֔ćܪAS$L,+|1:	!rpi^"ܮIb~/Kj+'ߚ
G?8csL.x1mH ؂t#s̳Fە@,zbeN_?_HP~ӽ
I15"ySw̜yRB,C]'ݸ8*$u/)A9~M:k<$ɚ/c5NYb>@Xm"~%Lʣ1li>RNth$zqFLw{s0n/A=w|#47lɌ3>ٚFEAҹœ7߲=!b|i#f?צ?ii[Bܳ%;ֹYa-(J̕4$Os~NgH;أG{'qL͓nuM~@h<5=-zxzI|)L~AW}
>X}#+W|N>H=e 2pmc/Əzf<{g%Ah
A}5*`HHgT/Gu+9(}I
*kf~2ĉ|rFj\*"?$ޤ['hpZOen;Ow#A¹M;] _իt@6|`D*Zauq£"	K@*^P$b,͘(_CQc`?+6}r֟6^zpřdRG,?Oaq?<ܶ>(PYW:Zח/k;VDFp"SBحtEŕ<Dfߡv̏]:΢իb'+Ve_$;I-v/Kv^x,ėHOCV)]zh5.H]V\!k	larv?wLAgo:E[0^4UqE߯Ђ[ӫ*ƜJI_W56ߪb`aď}^QHut3:mSʴkImdb&$[ ^Pߢsـc޾$lsT#p>7Nܲo2d	rGͼdeNSscĎZ,%2c4f:˼ZbwiWڭLq\ʹ`RJObc")ݳrr~}eו\E9ܵ1:\ޖbÇfTޣ M MYۧ_='1Um\F[;́c[P_X8Xυ}Ӫ٢6˫;KݒZh2E}GfޗGT[ʛZ}m/AX#ww>Q׬0' -M.r[# [˪`ӄOPf|"&nfZH0ys}Q\$g^M;6a.q݂[yګ(ZĤt+d9GĬNYTw^rx=Cɋ}o[T Y/čXѽRj[Ɂ_ɣJAbJ!K9FЈ>u\aوQǍ.v*Xtf+%\]rqu/Mk50/C@Dou-5KcPϨ;}sQ*d\CHF*h1 oF\v
m'?|vΕvA4SG;:PΦ=_{;H9h7aLWRsĤS"ܹg"i|βCqGY!o۲EA+M@ՁWR?Ҿ	&WkK֡Eʴ0nQ-//p2SA r_N_2ɡbAUi՜նdd_XA0"#_?5٭P
K_9TAXyܹu8*ţ9t	BEIC&LԄϢ6nM/ikH;܊x`:n ~ѷA;Ƨl߶]BD$D?NVuϿEy	ϝ:#m_CwTc?':'_5י=3qגcj9h<Fݹx?GYhՄ1oyR7)ևU'OuZk"OFYǴu4c<(-33
JT?~p'Rea/jbWč{OҵY_Ed~!0Ew+вf=͠\3/{z .i
'P]~ҠKGh2*jFQE"pեe[^հ]GՓUȭ.6>@0+\jz5YHɽtRGW0-rߝ*9G؛
@[O3f;|ʛ{w1)',c@˞27,d>	6֖eMKFB
Ő0}ohhD/C^Mҷ]К;vc,F1O΋@cJ~Y+ָPlW}HCЭPyBGyȱ)v]Z0Xo4R%Ȝtߝ%L3Co*\ԽC9W}ZݖB}0t3"u8j@Kmh7NR.q@S~e[g~]0[vcv}P
фV 54ܵȎpԚT&ho.HdC;D|89]KD#l8e,7>/ӝE!p.͙u{ͪ<.pZ]hUaǴ-w(ݓPGB+!$SЬ@UNS;Q9Khɟ+ k06icV&%"v,̷}8Mz>Pg~QUyH3}nq}$_ʁǮZ=}.oK|+ۖWQH˨ۏ3`bh(;y$m02{qpю?ڟ&CO>"Ev[-S1RX֋y@%r>SN\چ'χUp8Vfjq5۽
ȻgΟ(!KW+@Z[rOd>kbjx~V+żӂmI`=SV,Թ0%r?=-DP9[Ğl[/lO`'I[~F06/5~8@"g<l''ulE2WaPl!}uW)R&fҖ".ļmc)FB|5Q}WmtPP6HfHtYðƵ$ˈ׃^K@PA"By^:c&O$,xˑ7DFh~ΓV'o
d.S'zj6rS:,ix޾=An.1+}Еck[@]qb~xY{7˗T1RiE-hqU˃J'	K(ӶMȊ%e'v1+,ԜA_ܔA1?`0? A1#[/RpzdC(^<`P¹#5f?Ll<Tp6|cw ;j?u,Ó_qrߍ<ǛUN^w-Flo2pUPݰZ~1؎5^dCf$|Q#[xiϐbMiGsycA݄"Ʒvv:0'pduRp0!њ/M^c@ɫkn%xO׿w\$]8wZŋM4cQֻkn9Umm,liKUPdKz,y!pG)T;H_"t*Pˤ{ZN
GB	UNN_mb.7HLkHFo?3c"ӲWvEۗr5Nް";ʽ"ze6Ϋþ%	<<8"KxFw_d-b vXK|3Z/]Oֿc4Ű`Wx)5;W?Sբ֕-Y'9Fgy&b"܇ںm)Liz\bp>۠B9'Gpoi`Ϋǅ,0nPS{A; :c86iVt9
JT	3u(UIqds߷?+-PlYߎml+opo?ԏ	Z^52>زȔ9ýhBM56ԡ[aUTA'6ơNѤ}|8;oo]5wsZ|{Z&ܤM
ҷ~t +QH! G=D.Q[\xZ¹72yl+A,?J{¿#Pծ!3]KUPUhw".7obԿi.h&[Y]PԴ6LԽEcMO}~ǠB,
ihfǠ.{F)=w+\قqU,ؘ)2eu|F&9Cߗ;By\HLkPն[;" t=}gEpt%R(kFlD5s2َ jݟ*Uլۈ#51n>0'C\23ǊAeݴ!<o5HD2Hcl-	s>ߝh߭ñ-H_rӝBpRttpLyzϣ&2Wr)nf"\d1 `'g6Q8˒9;&zM~Ԯb-|vMpȪ$o<~K׈$c
*K/~o<[[E8,"1QnTmf:m& ZL՝\k}$fz)[?_M'H4yidT(+$:HH٬"usg$K8Fջ$`MDFe}\ȘbMƠ_S&MLS!S`l@b[ĸilլgD,ކb4QjlVdmHWbUmna͍BtH[Р;	|i"e9TDiϻ5ѲH5ղ]aoBY֡9}&o0\w߫{,!SprW8QQ,ćݍIAA-\Dm$Q^T"`&ʢkֶTׂ-Z0H׽/)5zZ/R;CBQ̺ڐsoavJB*]سwfOO4L֜oɕjx(^p&ogc`2E\t;&*oW?zŔ-xDƗOÿG?δpj,|GW 3܆ޯ-7a:@8,ry&9<n8^o^T}(!TӜ^ەū؉Q(Y\ѣX>uuNru6YtS +?= .IMzt %
yup,D{UǓ]h0m)gXbǷw%3YFDӊJa֐ÌUWZq5 4@w}ZS/1tr"ÀU͙
>Oցاkր/4	l3"ݛC[|YyqLz8=d˨ڮȌ\+1p԰F&Mڨ0?al2=%ĭ-?aۆwn\++<tsJZ/źA?z@0qG2p1Pp,3ě}+A}9:lۺ׊Gz}޻V&6Y,SǶ!;kbmob%!eq?	@
B}@EXc>	jʠ=چ02OS8nYPPSegĕ"IsCg=kz/Ǵ|sIڢkqJvrP~]pۻT5lN{)g@:ܪS?DDYܡI\P|USס
=/,h] H'^ywlU%Z/O@;2>?%m̸i/VI#84/ܡ/]0y\kbt\o*˿VAAգ7JgM|Ek
įUb޽l>p+y?Qvȃ	J]zp>\+lΞT;caѓN|)r~g*nywϩR/
G4һXd<3).N+@æ*yNݵmt596GG=иfFWZM2w G9wE^!d`ͳ/_SX
pgڲRWQY~5<$0CCSCN14c~]fa_كgDY;(Kg+|8;μT
v/
L̓uǏd#UA:Eɮƴʢ,4ĝjv%)sEԋ*2}MͤR
<^۩ڵ4N.#mgKG.fe}_֮ΜvG ^(~oX]>'h,v	WY&۽EYa2PQ͘9Mۧ|*C:Ʈ	SU(1~ [#(2.	CN:uָP>%="7ЍIS36Dءrߝjg-MS	[Vs҉;0oQܩD͕X:x|zմu$`kɍ[sï"y7GēYyяT:ɝ5rRw>O6؅Gߴ<"0
C;TЯ	g<TsE0>`*<Zd%JC?ybuԭ9kRbҧuoڙb`$V=DbŦ^ϥ=$QQA2ҝH@Gk)"WQphcP<mM[Z{R՗1ndUlC)HNh8z_c7fUw  !Qӷ5pS;n`yqd1ZgjV/^:Ցmٺ:4G^@o!{Ի7uFgY	Ufvtx{'[˰ˠZB%Sqd!̏,,sZ'	ɨo^rl
Yzy>( ҆EB  *:Ϭ^Y`f'x5yw)KzE`W*C˹(ilqv;A;&4dW-ئP8GoVz-PW#x8x9/z_ǿ߂"pSHU8oRΙUJ7x}DVMM"Qqy͐ez&vك`@ԝrv)I?K`OuǯA$I[V!ӫUȯxx	ӆ3xj_1Թ.F<
i#x-.;6}jɈ9ϒJq#d3m+\;qBQTcޱ}eX2r^ԦYfGSӧ"<Ԇ4DLԅh <WLa_C@ gŵֆrqq/F^ZCs{Z$Ph2`@-M(ܤ<#mI+͢}hS"TIO1~,%e/X"%1NARt?Н_[Mo@mD-J{}]xflQAlP@[il=b)\Ntpl܀V(\$ÀT.GA/=h):rƆa8	)OjdZbS3U7to&BHqi?bDQ7:GĹOFwV#
ILM1nzF4O:"Yɖ-݀Ǘ_4GÝ<j6rBÙu'57Ն_gIxD+7` 	bnO6.7Cf:SL>a7زHJ%E,_MŒn,f]5({S#?vv!c=ȐsYw0ul{ڣ'ܓ٥^/xʛSFPCc6Hsĺ*cܚ!MTJT\XzE Vr1t1k݀2ER1w.+iЊ9f0j!ֈpQ:M^\q,6B(sB'g?ֵ]ݐБ_5-3ʹo7ԅӕby}Ț>&}FIph|pZRÖ)nhbq	2"BD?
'B\GHAI8rv(KHBh raā*_#]IU؎[7Ҝ;xMbEEcR5J1.ǅk̓T4]^f#NJhH7]]AjxK,$7,7+G	`jŴm(+ع"rR6WХPS>SPx=GuPʮЃ2c[ӟ׃B?Rěw_.cė1&gݐG*D`gi X):vn݌p 3`YK;NBXJAɍ`g%U~Õug;W65I-?	F*Gx O*OQL%SЇ7Xr=xfIUǗefm$QfC~~d>$łd->ۃk#G٥C%ȟ\Tqݩ}kWwsژxWZ*WSPڨdQզlv9/}~XȖ_Љ*{"0::06?;	иـR8۾X=ȶ?l=ߴBIi,ܔx?XgxY[ ,KFkOf-Ҵ:F/8@pPto&Ѧ@lRJbfɾwed׋3ߐŌ1smt˱MS=@^iԒxY4l$L09ܓD߀_C('SP(2pRR}SrXNaӟRblWNy\e[J!~P34n|&`s^-5:Eǋhպυ<Tn^CڴX+G[`pZߌ>ļɝ6Lm*X!)35ú'ݙiYU ]lV"5/`J7i{آW
V&fvEsCyP0.٨F'peT`YFAo!K&AJ*}&̞a-z_c0i=ofizndҋ2`hc<qc>TSւXڽ, ?E8Z; Ĳ!c3^uJaA>}t'ζY%mR_ѿ¢yUSëU2/tEN8^~fqO8֗IP;rhopy79 zog8IB[6}µ*&El"ׂVa\g؅O)ݼ~2'هv[C(Ô5[.aP6/ܳ/30#;2Ѳ
zrW+doפ:Refa$d\=M:t'81|OD˒.4E8,qI
8"!{ ~xW@yC&L,+,VWQ7LKeswDK7vAʯ!@{(1B52]<504˜m-OLm?	%aPoECɽy<?<̻nŵ&&ۇ2P)s#ʸx9|ŇɕܹɄgω(?j;T;dMQ~/,ui&mѼfCF5vH[RjSӶ9X܍8%w_s3]raGEٺ֒dVF(kVKv#]ͫ|ۖF{زؽLd|{&ܗ9$С ]5K~@@x`$ƇU[ս}O]R#NtP2xUfkE}r$HTCAvxBEڋ̑Ѐ59!PD;ͨ w!khl4hl0[ea~Ο[,MxHƿ$z۠%QG8<iM[v]ѻt~FÏ6þ٘©w^V"GF)^='bo<0c&+$C|j*g!?5bP	
#3J?-pmyZWuLN<X"ܯi
55''I0"]c%-єIY#XZ?MPg]snߔcb~MvְM+أΓњtlDUտq`^ɣ%_=ppœЋ^Z["P7 >h)c&G)+i* h$P^\CK6MĨe«3Uhm"=
6]6+g?R&ފK`/wp6gzLh[<9]}I&~qqėZ2Z;(WwȢg^/nãCQ~Y&+@}!fjQ;طxҞ9	IB[ǂ
M5=ľfxpUksքթfvFq1/=@Q(L&pɹ!h|-aчcd9Iɺ&@-7WD}֯$xDeR|&̿v Z,~@^8=\NÚǭfG*Rf,{{PsZKN_	4ŝPjJÆĎ~fC;d?P9vD_g4UoT&RT]1^Rփ@s05@{lJ.}]PNKx1Cxҟ(
\<BfSPQ[DǄDDxSi˧ϋףjβ^2<F.(&͞~kאU_KͽZf ǫ Q	+Eh.)^i$7s1}Ǩdyd{;/ ˹_&%;S>R8R	>¿<ƎUtGFOu')ŋŁT$!'FMIL0C~-g"ÛjĺQ4Տ5%i0_/Id"$.<&w`0BĚzZn+/dn&oQƛʖT=8b}J*SV64<tZl C]IȐ/1Ў3Gpŝ-_#5ξL>FA"ʞf7HFql4ül`)Re%,%b4ٲG<pMru/rl]ͣ0ݍ>OYNĐVQ"9(WX)?Ky7¾s0 U7Cs)!; [ѭhO-O!I_wh2WYdooXw'7DSJfJ9ЃWVBzKǦ[dr|G^\RW#$GԆJظ	r{P\¨n!ygP:`^̸2$(f3en1F%t'ǢSn_Tqpƌ:-6
F1[,3Gwur437tưSLtߞ4Ofދȃlۂܱ>J`3>5 @Bf$V߼v_g<FhifblVŜ	4ށ.Md&&l76E2I0rBt&ǲ&(8C ¶wɞ}JԞz5=C2Ә+!A)k.d	5 U	x'g*EuI OZ1؊
@9:QԜߎ3=؆z[{ߐaKw.c_v:>:o_xrHqkFF.)$MB+tH:V>"Bc8۞'d;AT28ߤ(RpY4]Ņ@I%ޅ<l$߼(axQ:i<5g8PWF(j*1Q"fx<(h׬$I^fk;OfJyfMw5y
xz0	MNl©ah#{|K3ؗ[x.^FȘXg?!ß.2ucO(A;4o˽&%qeLA1_f.%MobLۍ˟3H6>k?R5k\dy6L7AwՈ˧NLM6ׅtKR=P7<rN,]¢N^~3p"w&lF DA(ձO9OtאP>B:rV Uӈ,77VR%ŤBՒ#fd͍<ػP]|_K UVt()	No\}ޏٜIc}Q%v1ZB՝!RBTv&<qVA|Ϡz[*a bڵ/!SoZ'(e̜*Oߓw,[0>0q.OvoPTiQ.{Zʇ[PyLO@D81ӁnY2krx?5x(wA;)4:_s epP5[JkeUkv|u۳Mw;qN٩W¤'щ
!Փ}\5
ofw{̀ME2GT7Bl?:CΦ4߆c/|N+/H1dZ>[˓asftԚo׸&hJΪ4zway4qB3hN{#5"yJɂzҔm]z4kDW9Y4֔xqg̻WPPy?sgU>*ew=:i)za0/l')J">,BsRq$sʵ/ݑN$Jt
húg_afRhŭl2W{ڳ)hvdefن<H[pVl*ĵa2Xݵq_5ěДk{1r,n(61wIu?kvfP?inݓRI#
4~v޴Jט'SQʒ6Ktg-˛ҼȋaET
оCgq(ݷO:`AmF"\hߑkYYƏepaz)ZFP׫c*I׋(A.+GMwosQn
N~'.,Һmo"5?9?̒Ł.mԎOt".	Y)2Gav:`9\,>Ct͍TKX/xھhn'-ӗL%	KG66Ĉ'GV`o<tO1:aܭ^H3tyQt)|U 't߁ خ=|~Y+}fU)r~75ޟmW6<ۡZDΥp^9qkGCAB{ǫ
"x2vaþWĶjEcUk
0QۄmCL?g6xƳѱ:N<vsZm"772ݢk'H1|G$W.rLn-c?ɜ5Z{ϺٶGZ`уTơ&.	MVr	/t^N%Bn',M=;=ʹ]޵cqJD͹.ANAg1M1FI	NqϞvHW߈3=YHș(.?f#~:?98Ζ#ǶEbؿb rđJTbϩZ-bGRue}}j'vިKB#G.?uB6fJ7@*D`ɂYV`DFܸ(An(N؜'Znv5ic
MXOd:4xpfpIy?Wng5ݜ6Ukf2'"qۦTƤ8fkć>ԉ=wImG!,C>˹hS۽l+:)Pι3bvq[EC:X4ŢY'|gG֨#MoUO@u}E@-zG*5'ҹ~&Ϝlĺ546RQϤո~$MjH˒}&`|ae
ɝЫIЃrI[cê\ʌnpϼ,pɏ `ƤHͺU5/_b"\"vUj*1s#|+qn,ïkgY3{$FF3,}D	wʊ̥pc(kǛk2}oƑwHq0K͚Έ"RW{m)WxA_UMg]af؛//X"l~Sy)6f`@۰-Tѱ]& =Ȗ'ǴI$N9#=!!v˫+t*>\$qhwɹRr)> %v2aֳA
]ݎr2j͏8 985c"\4`%05QypSHzRlo,ɛG#|n#ɚا`Y҅(n7\JWkvV}@{؊}}S\_ӡw۹NGx1tH~LD:y_unZpJOLU=pfXMa; u؈π:ą?H grD8YƔfW0IMfp~v|Iz~-ثeWeg|+K:z2q+ƻ.ޢO#Bϰ&Bܚ
|X P#VƖd5DSy"{
5_'hL_ݬA~_Udt7>:?M(,W݆h&	&uivhQ(_xAW<F*~L]
GIÿ3/f^1Rq/(G^SiI@cYcUCnS1ϳsC"59TCX*:N =W;5eϓѪpscz^²V@ʹpo}Ek+:ކznwq'8[ )N2FYőg̮˖ՔcjA7KudP4<Ͷdϕ#ڽYߺGoA+L7y1^?,ە>/CFЈ;jͱ5Ч1or"ݤԨ}JL
"t}̅Gm	rFgkݺgԭS?Ut1ؐyV0b0hF~8Gآݟ,yN-<drU,Zu,,La4ў(^OQ:b5a43d*7%Ӷ)Ǆ#%n؂+׵P~3ҸOcx?	ުx5":)si;/Ѳ]&u2)>TV(G	l|p9)ԑ[Ӧ/߽y|^	)Q>vZs:\͢OM0QO&*iQ*U֗>s#h=xR9ȿ=o]\zڸ{RI_6QƩ |LnCr?
[x"2V\0],$R	kY\ҥ+
i(Fv7hÞ'ENxVb=Ew3޺\b.T>mJOР>=f3xPǌXYSvUhD@=Ld+.t{QV^m`h ҃uN?		PYsawχbĥ@N;åXq28-Fzh/wOe=oH!R9AuΥ;ԗ}QZ?;#L5Wz9B\y,zҮپ{y0BDسYnyO{æxǂ؅2"sXx؏{h=]!Ii\߮myZs.=VڗaWl]S\ ;|&܎Bғ|"~:6r#+D@#߮g`9̀IQB^\DBNA.GKE܄75Q.`@Se4uͮH-zĞkeIτ\n&3[G	JK̪49t3п8%"Ϧ2s@zȽѻd+ʽ$̇IG?sjW3^)nǽ
?u^֔Nȳ2_pqN:'ԞߏZМvW=(>(Ϙ1h|PP@W'ӄ8X7Rj'zTʨ~J3#tЌ,242667&ěʄoe['4	9iuy,hZjH]"dƧ5fZ:%|ۊIy|^tS30uī(j8+YݽgOH/o:.*QЏѼ1ŝƪA`ה"ѣ"ɨهIǣr?fP3'EiCW-y|r")cĭ9(sXwQ)Ul`YK	eu̯]=Y-Bp=FRkXǗUI36ҩ}A-Ak%*]yw!6ĒlƉX0?&"&P#l/6t4bі9?:m&u(M<jy=g7JdbVu_-[t*
ipTЧ(ZuҒABi_8Q2QU$UǱ5_`M^Zge``C>Rxި9fP$(mՁا_QN~0QIFpIs\0Rwɏxpэ8DD ӿAs0dZ#!#Hnvhm Up:kLstXkڧVN%|vͫbq*i#	L8A|3n{jBZ'xOg܏cAydxmpB.iZ3c|N|Ћ`a(wY),G	Z<%$.G	`އ,8P|y0QկDI&
coùşJ-ؚSY
*I|a׷F]@Tv5V8L~nK>߹؛cяߝq.z,`sHͮS%{Ӡsp9Q0A!|fO Gkx
vPkemgSحiSP$K:Os>[ɿ;a0>Ѓ2Jv,M=4?Í?yڿ>L\č;btJ.mzeͨ	<	Ȓ<ߖ*MiI8?+)BciƏ]GUφj/|ߎ5NQ`tU)x]-wߴ-TW/UE2<Ndlpf5!*jơj65|+.0jVĒ]d7&]	O$Xj^ɅÇHۇ^Җ%/Ɯlķ/І[sʿ_hPb>tuT8_PfN&(6SJ0#\hwě*OۡtX.Y5ؼ.͐NSEƍzգԻv;<ƸIyܵ-"ҌxQD_ 4րJV+.e43ʏ+`Q#xF"̥Vq,K	һjWe#Â2BzӘBc-}ˊw[/|
1m]2z8SjMt!U)!w,nC>v2HҬL*]-cjWËWaO0un#;eFU#j<q#Ы%499(͚[Vz,(Ն3eGΆX"g)]ݥx68Ԯ[N6J/~3Q|F4sPccJ	z8^[2˯9KjS/qّтI][Ã@qp@_^]b$O4t26ګ^Kg9tF++}MX)t:>Oa%vcYNPNt #|>p;
7bI!KewKp(X\F#}"F=Sms}ZT^ϬQ V6]c-,ǗqAE4U՟5Ƶ(*x̤"$0`I}JD͌S3(J.1^<QNG]ԡY?<f^8P0t@	DVϲLe4ޒTШ@z7IK4@pcZq܋BsjlJJ9D)iF˂JϦ4Q"!)ƨ
2JhUUl	21u*ʴ6<lXQ@KP>: DoJo9ZfmC̐kƓLO &ߦe^|W6UJ]yy	rMa~$ڣæVxPX`_	'~<)IZmHmx֤ͨBZICinvi?ZKi͒Iц:m~-QeйM:IȨ0~~b#jE$sCND$h\כ@
5prsJ~PwJh+y͆hZƝT$<_Ev82l1s0B>ArwۀXͭv#-(@tK@Ϥw&%qݎ^bo!Л[g`y1gKZ߀;`2|$=,	-DSÄAE-pƝOpy6#n"vY 1DVhd	1H<hxLM&b{MIˏםudʵt+	c\q(W̥˝X3AYV4(+TUq);S+2[d"Knܭdg};wEtZxXDʠE#J[ɢޔ$x8LX!ǍJ}wͳ;qPAmۓgs/.43q3w[Nbm['M#˕׾Xe4'ݡ|	tѩ_YDU>YZH[ڡ_o~$..Q?ȽSGvcc"CSntp~G>v*(Ɓx/,5fp(ǊjP֭NƖ	*Γ}̏ٷ`*/	Gm_gB)QOhdlKSL:{hغ0d٫ed|m1i]
/*S}	&T@Pj	ԏAd'	T"!#}
ֶCS8B
Vs2Ilj0epdea^R/\0qã.&A[ט=>ܶ͐?L&ǇgK^wyr.lBջ_T4$vIҸ0wTtfSN8}r2{LPÕvM7DǕYsٿ]H=@ŮKu2=5,0fĐkŲ<uɠ}j?l'Z<6."ƖUu>T߿UV3<1{@<UE;0HW Ƌo^=ljH4HH{EJm/F<<M	dMdƧ5SѺ#;hnX:]XbwrˡӳyYҿEkJʮ8ïlbuVnU.FehSX|"Tߐ9(iS{@ծ+K@#dvp<Ѻ=ǿqժ#;ɦs/DPhjCU9Lz;vz0\!RZg"|CBdy݃|tE?۹TtMh`#KcD]Gp8{
:/vFF'I]V&)p7T߹mJcb#ڡxϷJOܛAb-dJfvv1l4*mԓ%ߟKʖS3u+hsGīˌd;@?S68ɜJku7Mxcmˊ߈W`MoJJ{`xTM_<*S3is%%XtJq .Hrd"%Ia%B~lo:CMݸ&:L7W_~
{&WZ|']׼~2:(\TФݫ$'vz|8ŮbPHЖz)?`hтJSdؓuHp\2ȉ;:IO%i$608B/a'LG&Ї"m,u(b"|{#ghL~#v]nD:ƊjMN>ieߜ<6ƽg#u	
zd;uDQ1In%~l˰L!#!TuqfR+ǿ9a`H?dUMVB.DI͉*xupZǇ.n(Oɏ]C[bd~B|3
qjIWk(3͂)5nu#UYk϶%&݋&}x]=v3|C
(Nup6?`ؕS{M*Q@خڿރ-cھέɝݪ"8y9r
K0.4Sv-ǁ<|	&6
[hw;ثɅ1/HӀwEbn<[2Fx6+wěܖqPĽtLY܅߬HxۏdmjR)>̮
zAنR2ڡ+m/Ԙ3B|epAC;TN% +i)"}+bi1Pҋ~8%Զ*kSkɃt}$c4E_K
ƣ=oQ;TѤZߖ[5o8ň<gű;hguԐwږP\l_,Cl1 _%w0:e<>JL_֫#by65JK\ɽ-:CFoxLdpXRS?&e}ɥDQ6Q0cr#O3Rrgf%ǁ6Yu
#v\?~#ǋ#N/h]oi><܇KE-|OֈJaW7ji$ЇV's>8X
viGTYWuɽ֚.	MTԙ+݄NE!-&TI<.!͚9ǟ4
C)zбw ŶHen5}?.Z]mq1%'Yb;/\50"M7Y<e/!jv+՟W"OG7w,@<ǇDطY?/
	CKw,Bo=UHql׏p`q.m!d
o&%S#]]b(OIkɥaI>(̛P;ׁI¬K	իRnJ&sg
S=B%LO$ә*|;+WeUnj>)GbAͼfB̜QswzC7ם+ܡm^
_Y{$x'sA;Z9a@ـFحd:<	u`?.F*~@pr jKlU_{T,jAh(.H3)/LTFa<8|\ؘt?	EW9C<	˅":bTXlͮgWT>DhdM%Ztx?ʚZaR&x4!Ҡ}TymnE2|N@ad֏ۉQqiWD)oi'pH ܟ8K}תį̮f@B)?(-2˅.Ȣ_ߐ-BkIUA_sN22!nvtW($D8Xs=>Jb#8UVՇǅfco,z2T4P.5^gUQ$"Vwji0Y%*Kpi\ta,c}[qs*9`JYo {2&ͺ|&	HwY~874)I܍X7j5Hvwƥ]RH7%e{afU;PqtKҐ@ߵ ^бoM;ߤvSJqٮ-ݞ@g{1}۞S߹ZsjwĨs]@6T\ը*KTeܓ̥MDA-ZZ(%٪SEH&vOt|k<ۺ^tRftq]QDq@X]>
Bzc/f;ydXD:fvBʺ6c϶q++˶cdE:Ƶ<3'RݓGGh&Htփ5(9dMN_ۀ^Γ+E	'(mD,2̤!S@τ07|Wzo&Xx*͡y7Ձ ٺ>ͳuKح0>īk\"+E 8[`ƫpHi/TϻI]6<Ue5ΏP@ϝvQF<WobV}*-~`WBw^Wt
QxnI@2;lMߺtgFÿ:gK|զ^=4iB*@ɞ2w:6eWMKb0ĪZdKHIiݏ;d9J
IqCS2N-jE1#pɰJ?{ӟ7Ǎ50_pf*l=3![GpvuV٣a57U]dsN"I1miyZ.JUXLv{> fJB )a/iTȆ*Rս_v1oz=sX}/hai\wҊcWiu=>ЕNفү3bV^p`{[9(
Ÿ2m˫߁y3`i՞w[
8ΰ
<IЬ%;6͡_">X~.u{)p9XP^Gk|<v|Be#:W2o/Z~]ކK](")X"Zq*.ę>^:P~J$=,n{LH1$ÏKN;W+AeJ2MB|[F[-ibԼ>͛/"}SZ[y9ĚrS^9+ŭx"q"4mmh8#~it.IMq2z3Ơ"jpӢ[w	X\uqf"Uy*֟8i>W޺f25ٟ-΂ZKպ$КAqg)HC}Z=ɮxHVw v9~ӗ{nغet;LnܪbRT%vZ/FJKDˌխwqvtFnEɱy@B(%?"}d=glkgj=n1ǘ,Y}ˮCkV}X"uƉH$ϱmAEkA6TeO@8atް	}(jV˸.RwK0RM}ޣG;	c:,\Ҫ~ɫΡxt9c>Ѫ@Hgҳ kМkz^r+z%ϺvE,j{A<$<%u?í
61E:j.bO\)0tbZ7zv.dϕbչlޙBnIv?)Ks56JgX6nnҮ^yB5ۿڇKֽl"PKlf"=#;F.RʃNtu&7c670h)"}1jn͎X.y0Ed
1ͭ%H%
VjqqX;+9B>gYѪ"i%J<h#D):bK=_gl3Hυ*n	Q!N<r#V7Z)3ѝbF=z<FT}!w˴ø;Зaȭ$Ĩ>ҷM#cɉVk-A`B2\7O`Jq0EebȜfwyglK*n&Ō .w
V0y]7ҬiP1~>^ܻ2POG4	`&kҤʿyV^JT9rЭ=ʺ+qxd3X9
9tX\s Y@c#dӽ16@уcQ(zCUc0Q*3u#.w. Am
^ֶkbX^"{J*&7eôΖ(vx?;ϗKhssPMzXB|@ي-Ty_aɠ4Ćqκ'<a85&5!:Pc͟P)08wbc]VJe5~@yHCA;ʲ(ݦHpȌKԀߦBvh_-Ϣ@٭ɹI&o4ߵܟVIjȬO'LD8S3"csah 7)*Yd]09ڍmلXt>,DTM>ĉv*TYf׆bɄZqg24rۊN0l՚`-v&1mO~IN:zQk~¯mrRVqk^ШQƈI}3Y)ڬӰhr6;8~YY!PǱн(8,s-?Q%U@oo0;ՏzIq3ķ/+H]8:YOZ-J!?~pߎ|{Z[[@)Yt֥)ַ+ ٨U$,ւ2H~LEǊkCla$QgTц[qTza zJ"j4c,Uid^['lL K1o-f^mGC7|!8*>GD H9EH_i5ND@,Y-bMt#LۍS<-v|%s~/KyeIdA%[Ѿлם9\[{ާtGɺY<JOʞx\8!>FU*=R=r=#/vş̗2"K {hfYoZ'_LA}xˀ۾@RE?MxsٿúO|Z
dLɤaoE=Ⱦ5CGAyBTH5&ˊkAlwe-Yug4՗$MB`ר}S.vhԦ/d Yү>W	u4y5/g$iW`x.v֧Ī4oӇuɝş(X$z&x[i0
ՊVU/inVJfchѠQLLhиAK߅\0TIjiA~e>TJi&`bDȦ+ܥFDv;L~'|&!FqmW[7U߅U`JkOD~^f>uKsqT6hp<tajw[	I=rYp܇@ԭkK
f)Jl^NB߷q*2YripmkiB7ShCKdh'Cԁ7&"f[@
Q}IEܸQ-۞n(`;#~&lP_dZkr}13|YjT;9;g5mުo5S˾}a{\/4O}4ړW7
RJ6ZH*~-vV9sxz2ǚՖ&f[*nP:uQ39>aUhsԛ| qjp2v+cGaVhҷ#9P_ֶhogYغQy^fMʔ,ڌHќ$j;dJ6@TJ_wQŬ޹֋:²geJ{mss)pڦj,$4f"0>|1n!iHxAfnŅ%@-_M+o#gn ˈ}FBxR![F`$9i>y:{hX6	9݃3 +ֵt^|<E5\5$lH{kPӈH#BP'oП!ujh}EhtUH<>Ѓ5'(i	ݦ]D'Уx^

iL'7)Gګצ|]}'P/Ɂ\<҂[u)xq|=SSCK`6l:`;~F٢8bIڼۑ4kQroG5Տŉ"Su8)VXd"U ՠucgjLjh6_ƲT,n7Aa	P|}.H(m?ݥu,Aя\D!A`,Q5٣#uX;e4j=˗ޞjV&A-"szu$FxD*Lʉ«&>ۈR91Ho`"buPB6j\NdƇ:ث֚Vѿao>~uс\$L/H*RJɑ|D0ۓq~yjàJ!tB>!tBdf^ɫ8n#hGem"N,1\ľ/1#EopqFܙ^WxrbFI;v"LnuҖ͝h_qz+ FJݽA:n:Z&$|^%_^/z4s={[[Gͧk.*۲	D[+Y &G@I)kl!n\G!8MY)Q~]VL%X&Xݜ%đL@+3k3fbgDwVLFy$+)^rBANKh><Ĭ m||vTU.6ٚHӠQC(Eyw>A4g\z5QJ2ҭү̓vL`2O/zJ{54\Q ͛0KOQt3MF
<ֵ_g4VH&M~:ҍ`qa|RrePl@K!)+(
,E۹cB1HM2E=w#Qv;yf -؀	qr1a)	"$:m`<uǷ݂Ϸ΁XYPdKpob,D}NSKKe\~B$c#rķQCƶΟӂe%I|%*W"u_%BSs2H4VnqӞDfdSӵLj	C?|vkȁ68A2J*ݾz0+5xuC&ڝڙSє{Qe7z'$z-Qr9s^Y%vl"Ci}h|$=4^dӳu"ăv,u5,˼d7!>b#%z8	k
,NAI#BJ\V$ϭ-~^Dt0q7E/QV	MeV<B	gC 2J+
e٢>Ia߼wh<jD.g-^T,_ros2Jw6ĶGJEFkAbkQFa/߇j'W]*8v8s2LG|gRbʝRٸFX$(n_:ަZ@ĄXQAm2k9|-^yL|)m<E.tY	{.;T'g	~ΈoG%v@[hEv3UK f'MtҭOҨT;*m֓ei
 eTtd%P0cz@x+N]LxJqmJ/Ŵ"5Rg=_.3h[gˀG?Z.2!#>}	NbС̸\c3`\hd%UZsW@S``M~xdwȻ E57qFب޳h%[+@U|be܍	V2(Zd2@-T]Ws|gFP*~Szy˕3\7F"pmxFK{ogAǻeΉ.lX5ݻ.5"9όf
JZ{-}M=/+qh_>X*F|!#ZZƒ׭&ng6bb7ݥм6QTwWgsnҾ% [̹Ϧ9ަLx</s*@y$?SUrj	¶צޗ¸$!fǟ25؍Ɇܦyg9z~O?qhV&mp}ȓ(tYf;FGPsL3_|ЉfKse*fhƭ`CO4RMy:yޔ	دn)@^F1Ҽ_(D}tG̏8EJ%:u~׀ȥhج-&Ajtz}s_yhɮ2IfaXٳ[IV8&-
k97m_@>"X,m%~6
OTd̘SD:l%,%ǜ?lJe$S ȆUs	~A\)'dү's7'<DMƫ:VZd"AO;[Yř72[?N|5&Ӌn)O(Nك,)7D`w,ΝK6nDߖ$)kiM`k#2;}h|P6?Wͼ?mi}h>6aл[79f`GK_DCIdt^$U԰HwAz ժߦIP_$ёsO(ImVC`Ef0P/+&g;49
ҴsSWK|UxFW'/|d,Iř'sMȏ.Y	զƽڿw8E'ЗcvɞsFӢy[4NL&$5q,2|$a	=5n2ލБ \ivVfcs~Am0˓W^5:N0^86 !:7%1.hBF{`_w"Ή<I'QLsM's3rVG^(!}hqhX!PtE>Qs}r%<G{2cʮmjI4(ڠm#w>/v6^}wü`Ú\ ph?},Un4<3ʂ&2"޶MBu>x\kG,ɽL:"ІԶoSETVkgr/x.s\ѡE8IFh;@eA\\PQDj{v1B@33
(%	x4|BK	QAՐLM0xOw/l7kدU,V[uݘA^Ox|-ƽ-ܻY:83	ɔ̹%R*xRkј٩-πi[B3Fyuz33κS(ڻS6Ϫ*هSxAPD"yѾՎm4fyOJ,.KJ'nn15O;O7 /,@'{Xtq6HlQ%S͂J@Y{b!TܽWG;̀vSL2+3yw_v 
+U^̏	PxɉQǳ֩+oܸµBȵMͅO,xi?ԫвȗKNN4dӐMxO)
'k*i!wZXxׯ$»K4LW%<CPqhƯߔKU ^z	tKo&_P/%O
&~_*A+s'QѬ>Sgɛ,#]EQOR87Si+`؍~Lb͏IWiez-V!#&̖6wJɂ\u9t;&=vS]_Zn!ƨZNڽbqH<&*;831Rm4oy{2i.QO#Ĥ0D$xs!ޛݪ"y8ǄZ T06.6g7	-ơ%$B҉|ٚLƘnIX:BxӊӠEݠE&@9UPS҅5\@G%¾Q[lWA,
Uė
A~ON?uO߲n<GT7\nj	yVQŁSG/mDy-cfi\-|e`]4$b!6 ?BDS5*Rփ	QMc,cƃ].M!tkvy9dD;{G79$ܹE֜_m&VOfq6?ҝ!tr8j`)@+:>0\Ct}lEbdKEWљe߰$MW@czsmkJ^2 bϔ[TdLnٞbfKlG(h,2	#A7ˇpkRb4e_<>-72[h^Xkq
{9]7Ћv$mfZXaiܶWli2apo4;?5/;8Æ@`qxkiG|`)yfkԻ^Npg؃wcUݘlÙ-ԉ's$?Hjj̏);rf&+HP'$׶[F̉VvȈ3)QPgϵUż+n}9+bciUς3T@cq#vV54y	<32_H)9GRۆ75 x4+a4Bn38(+:>UC
ϱy5<ՆbD. c6ng)	I|JLr}U{h9/EXȝkP+Ʊ~r,3Ag|nƍ%k_Za!q\&=@Un2ͽ~RjfNDIC!@s3cbO0\<!!ӯVvro6ɩ/+܅AQ&-yYFJ[jK>Z
#y> 6άŠ8iҎʁ2=tG=R^QlHm|x8JrŶܨ\^84a̠}/(|֒\_vRtώ)(i6`]MX*e`!ЋRӳ1(BfƚDOƣ4JWҮd;6QY9-$PdU.`dš 1͞nΗFߡj'4ҭ"xϭCBZب?''r}S?Ǉ>ٜ"5LVA՟>6F~WXe|lCzuۑeQӾK
n(ۇmUcϤ]Mf[}I&1N	ya/Z:+L߬
k+wZޟhb܄};pxF]JM2e:Xt%δ;-9k(s)Ӕ[
=A8NaYE8eugly(z8vh\9Oijj;4Cm,CtD܂J	v_S<6ѐ('5ڣT:w#Ү-0Z%*ٖ
߀28ܤFܐZF
mzl`nZM[4܏óQ#{TgU9WMm>5Ɠdx"D8`<@qʈJ,K,d='^GauOy4c\14ڍh}jA'ОE:a6h5l=]9	\/n6CpAPmçx!\3öJyܺ2V.ºʢَP	TSƩλ('vfIZ//E!îfb&ɯڜyb	_L8pWv/qO$NsX8/s3<)66q34EB95&̭5CCdB#1+h	Fvhoqޓ	k'We	YergQzײh?[F]كK_qgVGVP;g(FHɱׅ#3/B1P4ufXӾeƍhuTwMd$V9/tX`CyT}CVLT|,P#FmEE~g;31F3ȷpLbĻw3Su(+~:%U=G-Lw܏Lsc[J`KE0vTŨ~.8
Eܰc=7Ⱦۖ)q~sĀߓK˪ǭE!N\
&":Yhrƛ32R4[0k܌6qoқNOrl}'S?)7Wn9q/<3ccňGW3Z\:'ϜFLu0"۱<|EޞGht,ޥUvmύ* Q;.]~{jSێu~%A·jod=۪?boV~W8	ԫ4t\H+	L"GR'g*MvcHT#1]&ΕL:DK*?S7ЦOs"m:l2I`q
7>tjXD݉ܦSZ<zO+4ޘZf[ۣ~$gƧ(q$ё]70%x98j3!X̅Pr
A]Y<F
q@`Q!׭p/&19J+qޕ/4k8FN.A8,&tS1:]H*y-Ϥ> tyZ߱}PNgcԅG,w*Qv"8s^KJ!Q$C{!P*XİCu*-hy6K	_T id8>uY`tJ`winJ]sW[)516~T9T)Iz:lUbkH6,TQJǞ@^g
I'5[H&F]r*.E'S~ɮ682IXC#KIFj$[3\m,/3nX)8{RDR-ZRv~R1֩W=Mң4xȑ dqɔŏXý1t'Jaz<7'a֧)N.5dF݀iGi6[S [!^%ԄJ.~=QLN[4ʛmȒ
fףzOITu:
.@lYQ5IïٞTM	*Ӷt-\/L(#@ӛGS4P^7$RÒEx@=7RrJ!=`CC_U a&d\ʠ"׼\Z6]~̓}'Cp%`t>9K=׉`2a`?{kWqPʅgM(Y<k&jR[ 6ӒڻWoC{NDEkxbN˻[ۻo]po-ژAw{]ft0}MކٕLߋVȒ6)2ԶH5őUa(SM1PcG΀^;0Ը/nx20T	#^҂bK5rz1J;&b
ϱ	Zu&P\MDc?XFo>p~ukי=Uz,ùS\x@I?U۵/n45!+S3WBYThC6WθbJp*4gA"_.Ӕ<>G#9l26L[!yjǐ$߷'/{'sYA-dB7GA4To[m*jS<׮Rǝ[Ji/z 13Ƿk'(+|aŎ,ħ}F-*ȣ7kelX1gh_'VIesrk@@D=~?!ΐ}ׯXÔ,N_	^*^'^
΋Zں%dlƞwôY۬֌oSvӪ\[S|i	ԟa8Ҋq+]G}MWNW$*[ؿyxO8-pI-&_ lNK%Fڭ|ׄ0.}\4ʄ_
ʙ!)q *;:`nN*p-ɺ˦̀TG$!VufŔZή,35AGeR	Ȍjz;U(ABBZW%vIٴnG\8<3*"Mג,EALI!MQ~n1\p!7zߗxͨ@`CٰT Ķ׃؆PiRu+2~|`yBH]CSfưJ_ŖM[4M+Qc<'vV}5ʑxI.Wͱh2ΊFQ]E
`Lu-
a՟aEϠrXU+e$9dێG#.%Mipɫ 
P%~-3<t֪JG<T2r9Y9dE"S$l $t`<Zu\O"?9#x*ZX9;~ê*.~zIruHVq[l^gˠ_)d҄PGh=ORg/.{UT!у.Β@FUF}JhaKiiB7[,Y4Ȣ\ސցAҢ?g aצB˅̵"ЖaǗ^à˃6<.tsF]!+^xIɼ;ZQ	7f޸*K98ǲ=Áb!pK!&l:sOHhۍ3lW?o&sm%xH-h܀MB=ݑ_;ƹ1_r}&z4[<(Y| Nh"i>!PQ9+Xtm;%8y.tjrB7BCC|òX^׷{^FRQ1aـ$3Ky(]ar"p/ xGp~>s!&=ipMO~Ou~ˤ}y*ΧtVvyu5DZWC bjǜ}ٵ==z*8/ȧ9,7iNǥ5ZrڵsޓS<RLmnܽ%n%q[=ÓZ2|ARošXQg*(lsܾM|3D[8?u߶fKl@-(mk%x}n+.jTOZ+V[#yxU=i-2|ҷbmQOA0Sj,;r3$d'4*^@3A+Pk͗#6-"0<#wAx:ZAD+<Ǧ( Bms3IF+3}ieU60yNκ%օ$K=>x2a
ێ_`AI'ҥ_T7ΜȵE/ɕs 'ŀGE2}jBVCM8GKa^ߎB=R8>><T}vL".ZqA|,X~=;(cʚu8C]#bۜ\Ebș	9l tO}7XՄγt,8b8bMRX'=)gpVL=:~TX!G6/o#c	g"=10D-հiƛVq1#;hvZ]ԲciPr8cD-MsO&hhzޛo'k>M9MZwnɾIǞը
]gG ߶߇`Fa^g=ϚYb0;ϺB4-ae#'9zΏ˼@|ܡw;#'ޱ%g;#Y|f94N][lyw7WS`V+TR]4:D\qANIK{5Г|"xxvGOsJ\g5eRZSHՄ:<l27ی 6Ҡ»I
i΂
?^{IhZ=k|ӗ	˷՘F.5ƸN62~ަZMLvc9Eϊ\g$ʮP0*w)FƉdjX3fD,zϑZu}7~Ë0U:&ʨa?E!0_ɮcOƟLf̣ʠeջ]Z՗tSV)W"VSFصoXNhq/Dfׁ'zyrC{1^yD%CxjTg'w7[*Yt&~Ilg]FSHȄ:_5}lþffcM1Xȇ˄L ̧ˑ!(/kpl/jNaq<äۀ,IxNԉ;$7g-ͫ!o{MQ&im-PP_]30ѦѹsHEїCtZ+ºOB`Ab؜BGSBWD9)NBzdw+iJֈKΙxͷ$kVqs%vN;AsXdl״W#vF6[SpO
= Ѓ&<5/1r& JuȯFTVЅxS5TܜZ'ڥS'o_zͣGǽBR,ãR fW4oJi+uC.R=G.|p_p	#8p+Y߇ R(խOn0,SpÅ/ыJgh6AOL;KtɥV[N!|a RN^Yƛ6}3R(7JMa0]ϜusV(9ULfL?ث7v҈dfOBq;Z3ɵ¦;
n#/Vʵ9O#Dj2Ow?3bpO%)4O.؆4+ Sݨ_(6!U_=wz7sc "m4Jń/MX X6=Sl8Tp`'#:ee0Kw	;?y@/քbӎ*N.
=X+r<xAZdarbnGfAXvGWq6M?Fms"N
&Kk~bJ7xf&_bcp#X6mvԍ(s)0m9]$JclϬ'~$kpLшkC|uL[O\)IR%PiɭXʈz/V%"KwK}ɕC%FLhB	yX"Gf#ATJqz> ΂Qʖ8̅aɫܹ5EEղ'K;ϬzaHӏy״;RKܴ|bKODfQ͒S32=H;ex	=
:kkϐCcjUX
B]Wɠui{JFWby@NDlSҾk"!j[)xS@цNm`ݡA~	I0¯z/2K$Q:6UT ̭Dt
~qn	Y2%_|аMpjʅ(n\~@zejjWPQ0Ĥew[g"p	+Fns:׼ˤ\\Pϣ֦dc;,C"
.Ϡ.z|IH5B(p&Nlp	wĜm>e,=E-V'7~Jy?DݶquS`LA0G@} 7/f@t Nb%PG8ʯ1:+ʹ{ia'3.dd#۹ϊe^n'ph~mB͂R;`~4DqTFEяƗ1̿ }n٨xHDǇϹБyk]ɺ`ueoыA-G)[)2gU!Xrjt@W̐5F5_LvFٿ=UBx24]]}D0	ݒfmTb4_
<mp|2b۽{Ј={pXahG21gnSSˡZ:}@NjL_z[r	>kР==1;ӵ3iy
!m	`˛B,;
~6< FH~f-ׯ>Rq2Kֱ#)AQ]%[9`g"$h"=/B{G/׼Ӱ};>;BUi_bY[8t#L[<. LJG}	7~Z>~bQI%;dxx̙+YA~c#fvv|iM̚G7kچ4X]96Qg#~HdS-P٪T2YuוO0PVZjQ}&ŏSG+	//Ƃp@f͎5PWI'ңom%~0b&
bIҟc3#$em.krm^ݍ
@GowH|$w6޴RO9WMcbCCɟY1Dgĝ;GBZONy*tѡIUe^HbD,Ӕ_ͲFSR8+ݿYhC߾OiA9oPuywG3N<NSe(Ή9[;>G=D֩YrLC͌X
Am<YJb$zpa-@ִY~L\qa^WPzf1ϗyYCJ,lZ>n<dt/S٤Qt˄s>M϶ߨ,D{CO8WHH%Մվ[T,`e 6jw)˜>p:#zɣ#[6VXiUox+04ɕɮMnvC՗dǂ+ЖGi\N3-ڍQubȑܨzK@8t\bexKӾ=X{sXu3k[ܒ1\Q)@lǱ\1*348އɎYOHAOSqVlĎ'rkӂ95՟Tg@ѱTFӁI0^K|> ;Ar@BB"5SY=HKa 2GʊR]ϛb<+I2Eƅ2ϝL}Ka/_ɡіvlw#jvɂǴBJ
[JܲOC
G5w`t%
wI+`DT)Y_|&oH2@&mm})UO*h{-k2	4\ʰ'6{}Y>	4%qtPHĉn2h++#M;z1YJZmn#st
/Ddo}sܞro޿t߆.dږ:ɥxOb:r]Jho`vsaqt89C}zPއj.'.v@ɖÇͲ6_<T+'l2IygvF,Jdqg	 Bp9XϾ)/izy]u gў83تt8r@X׬9U ڡ(?94WiظAtA0O&WS{Y|y=<b̴'9Heūoj
PSlώvUQRͩ||[2q{N@+pҨ_n'#A9+~Գa%]n`ۺGf/_9ΈO|:u4obHjC%L&]]D
?=Ӟ5ۼղE;BޅV?m:C
OΒZI"h҄g]ZV{`gs r*F\W^}شTH.>dJPqcLzeiBDL-;0Q-AWpC&^vr2WrTUuzA_jR_Y@e99oy	Hq^H;-kj\ė^yPRͦ)KëhVzN0[%[su~k7((еzPbе]͉B|+vԉnyz6l^7w*TWDԆ!ڝiyJ>ޜ)O&zB]cXQԘCl$CT֪qTP!nϦi3~JoKĺ6:tfë{U_lߖlg
;37ۺRaӫf|2YP.t=fOn۷tHMgtɐ9Yłj_]7X6s_8^%iXr@(n<n#$$-zUS!Jg&el$7av4P;TamµɹVX,
gFȾҬXL|~Őgch+E @?I6t"u5j}
%nzPHݬZSͬۛQolVgB]g nijڲ:}[,u!bk[ګHc؎ѭ#\0bxX'Wr4GeNtS-A A3(\D (KjhcׯW
ܚxĩD844s	ǷW	o2>CK\l^Wå$\x."(s#BVWf4ӂ^'i}oHej!@xӋonȮI_d֢>Ҿ&{"sz0IlJvnm4B$N	j(Z$z7w@)0d~پrgm1xzOȱ	2U_j/kG{͘ŉDX$̋`,mMs*IԌs(ϛ5ۥ ŢXMCu1>j3b׸wĩ	=K	fֿ-	@b	~ob6ى޽C8.Ÿ"*3S"Ͳ:ňT:ϝ/=sÓ-9(R;8	.6J	ZBC˝xnW
=~-DUڶ(b)eRrS=WTԤ_vT`k!)t1OĦR$ʒ20RYAKǔ6Ma:5Vȇr*j=Z^WFaks[r]l`/VȗjbsK$t(_@׶-%ph"aՌz82!tsQ|%kg;ܷVnϓy4ԩ݅g-6a-ZeW-6]aޢ99w-:Ԉϫ7ݱʨ˖M.m>^;,ԥ̇:Yna,E0G{rԵ(K\Y udM5_F{p%*ox		
Z0l S1.SfĐ<%Y?Rh*c;Q<~1L¦n?R.yܷ<?xnƆ	:ܲPhWQ˯LE"r?:Jâ1OÑAaȧ@\-ƛ6Y"\Cr&΃G[07FzؽL%{ZN	qO8gGJmMǵڌ֋ɱȢvI:t!<MH/ױe(Մ0ύZd=/ȟ+I^d,oFCVÏvͺAx};-myDF3ՇԚ|3/0y;F3w};م
}^&by`UkfGͰtϠcd[4̆_0OjR}zgG/b|n$\[dDőscrW,}׍gDiY]bSXhN	ڨzw@˺Gğx=Mz#G	e	Ηn0Eŗw~W]>X0ƻ*NXT-܍ӿ,&QXw
sډBsɰ[Q
{'3U44(IƽՃc1^){z?B}v4Upj;ˎkX|h֏L&kCR@=Sçݬُ']̇Uogr$I),)l7Hq!p( K@uüԖZ`c`3MU8Byf*ʏMJ٣%Ag&`aKN*X1
^sO^0^JmJӊY̮86`"q%ـok;50`c_vރ<P@`,}˪4g!$+ї
Wn$I$1hú.W8cº{cGEqgw2oHm+ZWem!+qyȸ:I0<y:ćTg!VaG^Glϙlaދ~ԓVĄω&]	ƛj&=2?7'K^eik<f!8(~[Yv=ߡ[<v.|ʪ.wVuOpF6ADOA?0naY`5XtR_ٚ:i·,I6CHmCKMB@0iy֐`d+[aX se	LkQIXlz=M#m
$9ޒ͚
+KGzn1af*4lr(e/f^/oOdx;DOX%9GoE!f~ykԶqۊHeֈ˒7Я}=JO_^@~#Q{kh6#'+pyг6Lv|zTޢaݏʗHJczަ<_:yƬnԞs8$H(Q%h6PҜlMIǁ;iؙפz(PX!Uݱ"}Oxw4߹pp	ARٱJĸ^o#6/Z._ZšEsB^8u)/u~u%9Nc^Qi:̸[ gqu^FW!TVwN1>Xi]Jhl#ޜ|̿y/oB>Z4;k.|֔g~2WUG2"݈R
r*"ڥdRȱ
?ȏы,!!W\R<
zYN1Fc`f9%[(Q6+1Dj(!8qo:],0\S ,]A`A\BQS08hBd #X8#^
GHԖ{\hilqдGص9ؓi,{~AlsPl|<3aZ[(Mm	-?kUoa=ӭa?0aȿJUDcș^\2N3_jspK7@>K4P2JP(Hx&%f8ʳHSr*r `t,nD lF&a4)ۥoҁ_rwߤztvt6LIXrvtF.cf6|Ћro{,>ā5K	?Ų͇0OD"t^;SbhIkU!jj+fDcw~2'(r0AΫ%Td}m˲p[nS=~Dt$Rr>'Xb!%*MwJy!Bv`zIU;&E 7)6LB3Mn<#0*QHmgʹjSdhRWxlk'ekB[nB|V;l}@F8,@-,Re%	;# ]#"m|@fnPٳSş}-63ۘY@OQc+b޲0wWL{|LoK"BDµ#Q]EwX[ƽ~c/K\e,%!+9o`<O^'|3m.ߝ͒Z*^Π{Kl~p2)waM/Z/|8[4KJ@ݖTj=ye2]Aue#q@"xېXCh6ߎkt1?,Nau!Y+t;,g9۬7d{	-%er1G]l3D1yKD^̾sޭۢ`X$~2+8C>dMokدٻ9h1ޢ MNWUاpfwsB.WsĐYA>(ZkfXs/iɥ҂+T.&=IEɍūٺF"3	ƬTݟ;DPUFr#]qPݭ!Yeā`GLd͓fX_ЈuLo4H̃ޠ[ZIk9-=j~+}J,Fp{$B\X kf&wUB
)'4Z3آ»X~J?qد}v߭PsV.SL]V:u bfoz\d-ws~ykDr]q]y-:SnFͰa'ωӛjh*:2Dmmʢe;s>κe#S>t#6vo!nz-rZH,Jzh80ѢI4R֡~&)`C,8˖$2ٻɚsYұca>,@e4͑`QmܔHΠ؋cU]=]
Y?gu<TG0A3_ϟ4?XYkHD߶ѴhѼim">ئm%xgьt&cVa,uYh]۝&ӡ
9+mULOѐ۳%d+ɑ2<Fud5ϙ3/j6su'4N,\7aeeraN&!wG*z3¼d#uyq<vCpZhO=E6DY+.<5WK_<?e7d5U,[rNn+Ӗlڼ{.[Gװ@T`]*u8;'VaɦcVKcX>7=@}NA;?R@=̂v8{{aP6qٓ­8_pِͣAINH2G+dIP5Z(53YE­לζw|ǃzR=ImTڣ7((Ff4Ȭ0Z1}']*b!Tk/ҪMvdH1rO>4^N>Cɵ\K"l_OIXmYРgn7[y|vpr'FrNkܵX-:hD|0	Ճ|`7vlmԍlJm(Eoho6]0(ҠDf	.Cw^_"ܰZa6җЪs"2D""Ӈۿ\ۢ)
BKʗ	<SkgYշ(d[`{,S_\fiSX%9({I"ý˸|
Pry2rOuZ6J"=jp@=9"ev-`Ɣ@!y?˗7j=1+}av/ǝt\ڷ×JLc*	j-WCRwL,fk<!k>
]Gr	x'[Pazg(Ic;CPj-	#/j&IkwrQ i5w1ٗӜPjl@<*a,^&>ssMa%(z;
ɿu+*Ͽe}	ii-/s/QRR]1ۿ95G֔*fM*V
I4U?Ƿ]a%H?{H5E7iՌT2V29WaMJ&+ȃ[4xߞ%a)A~I80D1Y=)O8QXg$&JۿÎ$5H!N(2jVIlأtgb_chOeyL޿ut#g">&NQjFrleaJΎ.ϬiJp"ѧiƗXŧHʆ6uw3&1VAٌp\SvҨúH7jg)ݽMO>h[m,ՖS?2zxEu\t_FZG.̄] Jp+nܩ[fd78áyb]&&W؆`/dAdy"f";5chւ8/E}8Ԅ0@;Ɛ@5e+1:D[mXo#4\a39ʟ&c^Q{ԝG<c;n> *JgsH^+2k+UWߙ!sK;@MZiF7nT̆9j`uf/.Ш1.~cCͲPÅ³xT(-7lz,iT9/ʌGߞorj{DRTyس2[1mn{j==
"	e·YHcdP''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(26297)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
