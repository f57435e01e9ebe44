import brotli
n=a=0;b=1
for c in r'''q^ %mƱL3+8ϝ.0&NoAGגnι-ľÁ|0"'m^x&Z$x0/1@u|"P˖ۻ8M
a)U^ȡ&RҞ*X8۟D$Ĭ
ё$%QymJ`d6rԥ0c+ð|X;]M]?Wޤi.ZZf_x+P2!/h!}$[R+=FTM30SX<\Yo.!5tWDˬҥ$/YYAz8\jۥmtg(;_DdرgQXC0D5kBKzPȱ5hgxC'D,huҿ;u]yoعY#ب0Zͩc*~&G2
>n`-e4IdVy:D+faH"],LO?<-q1Sj7{{[_߾7.,{C4^l1MB[V'QpkCm17̦tDmđ9@Z{BD&Y4	[W,>7{f&v}IӢ|#Ί8`Vɹ܆D۽UրwaSW%|k\vngV
(n
	EWФgObOwhķ8.nkBOY7+ͳѮ&huXӇX҇oo~GQ9=I@ "-y,>^-"X"&hZ
L^:ΫܧyS0QAm1(	FhSz{lmD'k,*dpwK3o>#f
ص{X?FLUV5K{؈oܽ&bu`B5јgY$ 3©ellCGD̻KHvŢ(81:ÖN|B.IBr76VZ6zK?rUԅ8f	?Uc\}3&?yK`ʄèzY1q/XoP\mtAseQ^+ s؛Djg\_\ų\xf	Z).[<&;oRmnQ\=^sC];xҿ1.d˙6l۵QD V{ׯm֦nV˞N	
eq-EÉF=%1Q8ҩ61m,HT][hsg΂o<}+E>7/=D=R80ة,ׄ|ٴ֖3MB;ޜO`6}:cÁ}Ӿ!IJ!~
zR%Ma/!lO}1r$c8ʶ"O͈Mԯ[rqLi~ef5**}pwL"sv|X '=q*BС"~S<+vS/BΌ%';x,t3{ו7V[֡~M^VqFLK}ZqWkNgÓ1ų6غb0XZ|5sʹ_.Dee[	|/=Ws$nĝՉw{bĥmX$ߛm[ǽi5ndÒpЁ(@%,\yu!lE-VW+)`u>ԉc(]Y,T>}AzR.">פGo\o#\0qwnÿHܖȸppKKt\f\k%yj
YLco
GG3KGnv~$R6<f~I:+xܨ֞rpIxX-A3ZU]*2PT'#s0ޜi'
gNPy-:5~ή91]&S'2F:"ߜnùk*A(?v2w\'smgsQ>,v0c*яJ_Jo>3|VĪm(Т]3U*he>ۭN_Rn7b77)8Xs:d'݋; \\װ_HMv1%nL>':ҿp5I3
.FC"O'#,#gɵkHK}bfM}Ά]_
͎߇ S!q`Kڟb̌3tKn6!SKݪK9}=ig#4xkA͵ҧ=	pxטKôOP$σ-fԒx[6K.t"qbqzAg'd2C!uʮoi<64<<.)LM2iVd6*>oC)@ֿy߶[rXMD*bѡC%޾R`Qs2<sL"WQݻEvs9(زc1mS)]vpwiG
g>aZi(=Ț3e3]dރоq#[;ldg1j!gFTZ!e;̲ՎM@3i4ڹEmJ۝`ryʂ)W^Sf.9h8^qIW:-0B3'ڰWe~˔_mBO5L0ٜeDS~Í~	)94<ͺlJ/:Dr6ۨeN*&Vjbc4A:2ˉ{uC1#S6.4ܨ(zLkԃQ5Ы!5fHa2&ޝK'MDî|L	xўI)~ʻ(@|cy:7E/ѮH܊)4_n+GvGg=zǦklbJt޷˩m֐igT:.~~l/D3\RQPoyX8DLxrz2_.̏ބqgމIA@<<	&}^4YYӰŤoB^Ddfa>~u̒aE*#n1؝5b-{7K]ˊ\pmtȕ;g~\iUS|D:>̿B&>?`VW{U'AU~i-ZwnعRItjOѓ3`Sě<ZMh	gѹ,rW%ݼf)TɬsOj#3xv^vBѦ$k(n	K%?ˮjrP	%ct?$^H;bLk`h5͌+(,V.wDnex!i?ۤ$Y@w]]wX8Ѿݞ8Q{F~0mdjԘ|0cDe=w;1IpFM< lk'WvoWE&@
`ڢ2/o$)԰)UTg&(ۑzUĿ!zB 3IaEfP6Uӿ_ܓۈoZI`!,Táķ6>([ApmJ»Day.I$(#@
Ju өeXɞH};`á"Uj	BU\UOYFld|ghK*؍uAN*r-
#Yۤu<6#,Z2eQoP1/xxӳfa+ c˗2L3e(N(J83B)kmA#uZ0~yò=3@mzLЍ,TP/IRvʾ:z>ç>TæĻ;ɾXK)i=-@k?6,}WwcADt%%hzHX|jwF+Ԛįjp"ˬ3-t&?}JOׅTy;Y_Wt1>.SgO1#fMڙKUvF#89$`M/:F?ܨ_x¤aˇɗT
Hk.V˅$w@N!;<i%תqS[Wk_{5"̇WJÏo:S˶kNQ+eM²µIVdƭ=au1:&u@{|%5bZ8
G
3hAZ.C[|0!\j>ڍLN
kCJ8Y3blut PYĿ,epYǏ48	fxfqtqۜuCtG-]OJAyO_4-|X,°	]W|VE+_~8su$D+!>&YGܶ*w;'B/	h7@@On>hDΣ
n8*zJ́ܘb8)sU"˧!96H*[4<.tS-}@,qb7z;W$JW<*UE۩-̇x-Y5e/)C,D"ȵP\OZ@~uUޣjeAgvG46qJv@B̒QhB ]Nd5U1y۽cN۷y5k;#̂.V4O}7wϢ٘ 4κȁ;9yռ$_5?B}taP9jyCP*ݏeTgp\-`1$@טPd=ܻrcٺ|[f!ˁG(\JWӀ^h.B&{ɅBA6tK*#{֙^	Ǭ*.Ƴ@qm9fcbÒ$fWL\3J8ċ^XZ/'oYZ٦{~t( GnNpDqK8Cժ>?1~ا:ɿpۆ{s8W8h5&TO5?PupƓ) +-\GtwEKAˬhJۺ43
|dճdYήO4wycQͫFNjM ՄiDVynbwZZ?J**ؚɬaU>#	<Vˊ!b3!;GFlz<ń]+ ]Cx#A0[1՚g5rD1^7ë1(ݓ	pzum7\Be"vP&5!Dׁ$`?H[ǶFJ4V+P9tũ%c$7-C$UM%ch4SކEMO	XG2y0ƙл\PzK׳ȺRsT#mһsw<EKG3kʥ~3F+)67=(?&0")aCF.?ٖ-.NMIV>dW*a֐(sdڼHR*U}m]v$mfrعڌ؎͝Қ&L+R0\*y1ug",ہߴ})ZleCM˒e&1ïQR&f.ݴ*g.krr V0jYuG>CoB=ىеb0*de,zBL-Y
0˲$,.0
j`[&չHů
+cؾ7mu[Ŏ~&]"_Z:<`O$bw2"#ޘ.q6gPCFm-/beܼ@FʃAƺ~hv3z *	֏X\ۼ)kB,`uR]N8eJY~ɭbji?աoTuq$c+c5_7<4ُJ=q M!ǇOjfT!\sv`ّBRBYnE}V.G5c0={j"2*8:<ѩ=]oٌDS_n2ijk̉ѽaIB"st]l'>!<B߅dJ?]{[GcwLAiÄiEf4ܳ;ɯE(BtUN8Fhry+`U)	ɉxDМsY%Lљ#C3h|9PŋK&pC؂OL
	3;Ĥ}"!{ty*K"R!z'b5
	ڳG˽sʚoeic;leb͓)zsS?eڅawМHǘsa0/ˣEAƸ93/%]}%AOPermݯU>>b4ۦ_ݜ]Tc^ȪySmؒى7	!KZ77*w]	Z٣Iwcs&ΏhʬU\^](5׹֑6e-QxPaYa"̑_]GB
f]{BHMWQ\	8U4SyTYy]/$4Nx42zt_WÜHXnG>ךa6ΛՑ+hBNfՖM937' &q1S!؆=9kׄt$=׭%sA۽.Zk%:ϼʉÈ&x%ƅ9ieUhq*j@T(&U})!E~J\`(6`,RM?W)|{l%>/d%#ݞ؟wRc/nGDǹ!PF.+z4O%>î2*ڀF&		uҭaBEӟc9m:֚ٲF\Sq2ҞZTP]x(wRu8&y"%C':
zr0e@V'ԁ֡N*Ze[ƥ#80>j5ET`V}v~\n('"#95˒ub^oXLO6:OW)sYup1'PгhcwjsaܻR-UGέ4kjID@)9ǝ6ǥ_82.QaʭDm!sV8@Ѿ9{ތӽ6k\9Ԝ|ehh%LX߿wڦR7VR9HLx?Gŭ«ҧoj272ؖȳx͚x1*@II*J2ҬwlζY_X5]n>՝۞R7\͵Y$*1aܟaȭc;a[Y>ͥ8TӜpԎ^<Z\ߵwRԛ,ьǥ`@!d~17zx+r&7`v0il |78ZR)Ouߍ=?ׯR]]!S"JWa.KhVkֈ8*ʀeJؘiIH HRnaU+.:4
|DD,k~һo(Ik	NW,",L"RNZtAaiBu߫S)	%яwfZ0:G@3KWͽ5Bь~dU̕R1FOϧgXP4c	 }ҡ%Eg0ClңVcYNJ>WKo-1-JOռO	~0)JHo̀ޑn>%γLYGr&J{8jXY~W
]
:0q1׳<&Һ^L+h,őMַfuћ;Uk{h1Qbq@heG/!#)Еkڍo'ӷ]E;Fo/y{p!L}ǏUT3//#}]r#1q86-B>Iah ~X9np3+cx9M{]=`<V{s7!32֭#cn
]0G
̲*3j.FQ߬p޴Fn9|gXƅ`ډda/eMQ+ā{ܒ܂h}33r9VȖy/wm	#a_&J(:(dʌ$B(@jVS=ِtLiy}xN3F0$/(Xi]68 %>Wpn}!V˳qұ7qbR'MX{7x'hHA*4/h6tx@2	7Aoby>ͧ	$%O.2|w[Xjhт~,Xp3_taM?Qy53a*(,OkVلGСcY;g F[_}L%*qi2z:T>ChfQ|D@><e-)Yw/Wjv:߼jyWyI5Wkqq-ź|·tr:;'H]C=hȆ[p\ݝ4]gvSߐѯ@])FF^_lH]6Gh?HG̱ڛk μr}τ'^k۱էtgl7JiДēWgDyZ4=V7Dxz;E{L2̆KwȹdFB:ņ<X^zҍڴg^c2LW,0t%eb>FQfB8/?f6Op?8mKضX U[x&'.xϗCG7<WüOא'|4m!v#UpE:vRHjȡ1xfSZudB=hj?Nk_=IRU,zI;A$1ñ8$ʖN7u>Nѿ\:FOB8Gf?8L֢o@!~u.$ՑDB7lHTJx|x_cpĚeÐ2Z< 
/:L׮sxǥ:ۉjp9FMUmBTe%C~̪Ã{Xٻ1*TFa݊-G+>bs/˱CWE0b>eR5\̣_&v(1o5PeC>̵i;]}kQE͑Ei0ަK|۳EÝb.ck^`.Ha(]ңN^rnJ ډı:n]KAtY?;HƺBشCKB</Fj^a9Ź8̷	-gu'̴idCʿ8hkYƦ{Qd$aGLiX.W$x̔j)7?a7C_ry?7ЯDW0o_iş#CQ6PAӾ2QRLkùGH}BrMetڿ>9$b;SKM
܋2ozXߋl8q~؏^-NS][҉t_IWqr|b?{_Xa-
$3^>i\+(mq|Z]3ºpG؝}f*pb0ÿ')b~7v1JĐhºvHw/P3\1%xV@pȸwtt:nc^atiԥݤ[{`qҗ.өڵQѩ:vCӼrè4 ýD$ɚ2N%LV.ldxocث$@ͻPn|Ś+,F9@rjfY^HnoV#D-«1PND]1D l	̨rvPfǇ*O#ٳMH+NAwN]qi\nпؓhԸK/ZL(L?)h|.E
C2 qH;6 nO62ͬ+lb S{O"Au`ЈA*u	HA.x.Dؐew"
.gަ0 ̔gu6q^H%Acdm{gbvY&rɓ}1'sHLtd̡"UwǟݜT:rms! [&:
a;dB[5@ItTX*`58X	݂&kkR+fYjrmUl%~CGy-$h16K_3bie˝ǲ8Wt¾%ڮ̉) =M:Yq~D#58BQm9ҥ{wa:0D&	I]w\yML;nׂE}QbӁJ;.Ԁ5ié6iƣ<;Q"NB?ZM(,m,Wj{9mxUXt_^үI݇.h4+Lr-h3'£/JpAaWcI3@byݾ`ׂL'cbN>f0/MR2@_H	¤)?DMM~Dk&^!|[P2|y[ޝڏЁ=Ns gQGmuLg]\q<0CGd_@[o̴S½E{XLYl=+*qĆ~*$޻oUͿeÇ<-/ˌd%͘C<|]f#H".J!9eAx"Է
Ƨɚ;2ŗWF1ԟJ,y3M`GLUҝ4CF^Dɦ݌`o;̧O15nVު7~rbڠ-n;,^2g4Ch"lnx33No{Z>i6r/ظʌD4cbř3KcT!EJLϱ/+Fl	N[XLd$]نA|,F".HpDkrYD`<o7^+Pѷ+;b]P;6߮Dd.ݠ!E~zUaހpcźptslƴRTkoɮ.ȣg@Jږ(B^̵$ҘmhJ^!+x	[:mZ90%ɩysTߪv3P$-RP,Ҍ,_wQ۶<U\W<U"-P,pa]hp%
">b݂jHJSxMƵsj=T*ĵLDhR-66GhRp^__'Ǎa
-k#qԠ}&":-z+2%:kdo3[Xoo_Mu%iLquY_=-W<e\X^zPWgve/H˜
TEsXHr*pHl]%q*(h"шxfaݎ[Q8}.*K,'з8L,HkȰ:>Gw/1ckYs|QԻQ؃$̟0C)nZm3]+tƃcʴ߱nBX`=DT#3L]V3ݔVLPu՟l)rllpv!QrZQ?};S@T˩Z`/786p&1B1YݸK/pň	O7E~y[֩(s`.6>m]64bxNN8}ׁ=Bĥ^ۥc^w']ѵm_ʩF*PSylmT.x&Zsq==mdiT]RhY2a z[X],hqqOĖbmv1ЗUOlr=MIQo; 4%^2J(ٜsBԍ:nM; eߠrƄU@;ZZT[V h+	IMħzh3%_*Wx$"Ne>]D:˴l,Ҩ֘#.AIڽAKp	6*3	V)yL9H&Ȓ#>ڐ0itl[oCg7_:ʀQXk_^MF(y5#J́(!cdigWagȢ7Kzpŧeq*9ސ"A$:$$~˾&ӑ tb{Ě.%þ{E|q.=1f݊I(@$T+	]e;xǷGa׮v؈(~
 x)AHO'zX]8_Ԋa>SeV\wX1frNMmaTܳedq׌I.҉`Ȯ0A8ɨ	&e/TwR VdhaHΦw>}	V4!|;}eSv49F/nlعfߢݔ1ܢ]Dlq_	/3bfv=ƈAVۭ'vX-:(t&|]&ҏ!*H"܊Q\)K-~ys89|ػfowXqx֡4Pt;a;T)IpȪڈDȝ@A#b|PVA*6&0!>5~"Y}Բچ^h2@?9`x+3(~`xD-gkϠYIbff{OԘ,_!i"0ǂ$=#kkoXiҮҌY;0>j}{}
=1!mt%<#~KcjƗx.^CR}2ǻ}K@U T:pxjlÝ>4}ڸXG^a_~O9N>
!,:8<.%ߌr%٥Lãwprbs81Tm!_5K;UK/Wn5'YEU̉Z%5=ށBήn	IͻZGr$Y@/}UX8%/M˕ۉh7!*ǂ'^CYeOu̮eiyΐ #*׊1`.vq,W?s@}o?#0k>݁(aA64Ht־ϠY\eI5zb}oêߕYUQCr/q87
AmӺOTOJ)ī:PVMdϦqCinʚ@?6փոUl#xowTt"ɓ|D>iM'mѥ`Xד#xl_rOؾb1j|knx='XNߨɖ/,S0upjpGӢ:50b_ɉluddϞ6vr!t0uY#qXG'U!PėɄ4p&G!qhqdvPtJE=	4)3{}ոV3vmQ5ݥ"whB~بC!#\X/gt=ǥІb>tٰY2zm:AbU@%]<)i;3=|`؟Hh4f1?omqLkH"k
RnޔS մR݉rKѳTע5֌q6+iDz6]ĭ+B~j
J1^
fG|p+ccXԛ02سKj1ͰXUّ`aǏezhHk3ziͩdEzIL{Wp{ϖo%=->9XKZXYDtM|6Y0-"_rޚ"eߍVI4sIܨ~O99}[=$ALFě+cQU9Ŵ&	XZh ik<$`/R6-И\(RzgIt
E.f2O73lvsvx͌e	r4E!ُŏ]4K:lN]1ޠb*N4SNrN]:ևesh1uޚl9Y7߲#=HmHx֛bղ~}0_jrTqsAܯm.'I~ϦbA[0A`GcMo؂M'it8GGɑsŋ,mޏ*<9Z0L~@8)7ֽ:^K*`qß(Ɇ8&a)Ht;Ɉ'QX2smwWГ#u<GZ7(gjKyIƼƚu!A~ŝC!?RoVfi:hs0HJ8,di6Y~,XX'FuS4cwhK(<4/ dtxRn¯TgUX[y̐}|{2O8v,*ln:4]<R`zןzygy\*k.pc¤l	YяCwD\+|rugɞ&rѳg,y(ϋRIZh:u)0RFJvZ"k.Uf]%&k(ab+f8`+ ʈR);l-q*e^\eiAGvV)@;K.yКÊݹ.U@l''+ߤK5Һʹe]#7uiph3Yz8Lؔoͽ kϵyw>0:ʃlX`%1*=V݉F{2iI{%$6qEN6"l(+\y&m5NBha3)(2ò/IQrrЇM C#4жj$ʈ$c# ,7Zt7t8mHmuz$92!H]\ l<ì'|dES7Ajݔ
H`ɶdg;\MwǛ0C]Niw2ѐǺ6sGltՀL96֜FF5kX^,)Ъwn7[r͎޹֍YJgi/zҺE9pStz86Gj;/˅Ϧ؅΂WFYceUsJ.@~td	Gm@Hwٗǹ{&i_\߈hL%Pہz8&^3sդV.fĽ)ݠU7iVF;h2s"21рx@I'ޱAex^Se+*U"(کÊNPgL4IqűP2ğ&?l\*ғCQ-YsNH.(Nos%~N$C$_ۓ'
Ց`̳|sT@T#؄n<2~ls˗zˈĖοe۟-ly֥j]lwVlfY܈Ћg3j2W<גbV-+`ؚ,XƽɜK%A.PYҹ#JeNpMX._{^kNTTΠ\ɰ,܂fP+؇`4ˡ?67n%o#J3cdWX!q{Ң9-Yǝ.m:Ƒ;˺kG@wf6x@7
nvBFŨ6/WSԼZ!Ü,=`v<
O`ĳ;6bfPb&լg܂ثؒ d?N,ǫ[Fvy"C0HԢYTb2}`5̭`t	8w%ʎPw͘ˬ/r.&UTCdZI7H(DbZ׃/eL4|
d܅J!%Ӗwh,E2+ؿ'YC^Pۓ=ڸ	A,^Dkuz:k^"܅!T2|t5yQ@YQ|-&)EyC02QцN>D&!cʍ.dޝ<p[4	af4OX;7 6I@?NeG?@|#Wuyy'a6qLQ.3gХKRT:2%Ð[mdֈ>gW$JnQT؏tŀ1sм]cް`=h"uM$zȾet`)͚{]TA29C"@^>9nc+ɣv3^NFfCqsq[v~ڒ'f1v$(Oȝb=YJe҃b̏c)i@cF2*MkT7&d/7~shkgN1=E:dF5X)*bS5=ۧ6kX<I0TÚ̕i{]#V6(xf5`޹^{LMR"j6%dՔկ6As,vHaNͬQ\>WVqK"RB%{0|rտ;XPu5}=2M_hPYk~AeבV)=r?O
XIR~wTh#NG@Xu #F/#ҳUI`Q/כND	H>ɩ
Tz`B=g%my>;r".^6l)1J	bձ8"(W~gqNK$Y"Mǡ^1r=½=ǦuF'w(LeÌ@68+[.$ݏt+`*qñL(\ Poy>*	WRvi4Q+ty,L~~ǰ\OՑ=+Uqo߶.y1rݲۗ`+^	BWVC55K2/{-#y:$8h]?kU8zH$wD!Q"ڵG>	bb>Kvk=h%Bj&ӽ8$y&_֛$*]2*SXLѢӛ*->.l)}H݁x(׽pn=7y3hGfz-նxvռhyːG,"^(W7NnoEϸ*<X`8gZ̤Γ5=ӬJהPn9{=3'|uJM6;wIیOM	˅XG HqBnIl8۰%jQU[_JTj|faDCTNG(A1i6_r6]P4߼_DSI3_E_Ìm$'h#FψNΠ:<L-1¢Ǉ?Gx	UĶh4pĵOj]'@Ls9B1؎(
nMЩܖ5ә`ɳmTD{9wks$7TWAeÍLwb22^V@S5MQ["	:oc7`j::ȥ?U&?Bim=$ћFcR@2O@ |mͩRc VךMC^ZkߞD	ߣ>Fs-Bp2V-|Ճ8bKJ!	KE\'ّԡc(O$wvC֬D޼~c*1PLaV0_E67YDP}7&U^^JJK`1K9LU`.C	ɰ?olĆɻIVA7=\2&.|*P.t,	o%8WϐgBMEYvO	sI^11X;ya7@Ѻ@ JbF"q]D#,jUdV
v֏_lO2u\I{TQ2BZHƹRhxQTڹɎd,\	85!NOqoX&;XH@-ge0^.pAW{kRG{PvCH6ܞ15 "|IgcG¥bi@,~2,7ܪzaUU|ѮЋd6F0Yq$0ދdUTuglʚx8vAOU	gD-z2U߾"A~H}.7#z+@T
twʻ&ƧM/Yy}{tAVJ`2$B|{agLK`K&%^sgoJnَJ+ŉīpIE4,I{9LV.Z]yRG!	ؘ]D*-@JKR_f}ثmnT
 vck؈ɤwˀ>͂լnע]Mc,owǥlĘrQѰГgzh%Įƾms<6.ǡk4Il=9ηMNu&?5rm\p9̸v̳k\ߦF	Ƴc,H
yt&i@=NċO=pc}=$	f)ÎJyr`{EĐmiuť v,be@rQwx4"f$&<ν]Ă)~
b4 jS~NcT>RЮj)Ojw<9ҝHի9es;kS@sAqz.+M?ٯï2ڃTF ϙdEIEcӈ?_ <lP"V	y!&*{3F_p\l*'7B@m7λP̆AI~=&48?1_
վu*(.;C`!\Ki%ӻjӞ]TtU=nN?xSke#jbԃ)`(c9Y^u/dfBc=sؑYqr=L{܉tr.9mK6W\T[t<s'Bn3#?*$uYxw!"»p_Ɨ
08)IMX͞IBFS$,$Կv(7x{wCŎ'0'eڌ?>VlGk#3K[Ҳۣ8ʋa;4;ع'g0_5R3QF²ʌy6ZWx*_5χUl$ܺ	Ԩ>YgُǥeeWSc)\~	ŻI>ޏ\]mjϔA-Gc"bes-tMR?=JeV;*Dtk@b_GyS&ʱI͈ȅXc`fAXJX,2cwֆ!n L;\/@Rvʤ4tݔ|{
eȞp,ʫP2t2ij]^,Zaz{Dze4sӜjVڧv",֕a'x-&`Ay$YWVEɣ4$Rcr*WmX!_Ьr~#fa
>\lO]*H/I0(!@H`f.{μǴTVy"@OxӺg̓܁(1W';=M4WK1׍86AZőͅ`y̿d uãba(*yOXVE0)E.+C/:1!I&)=eM~dxǧ݊BQM]5YD	:l_	cك.LMxۋZ+ bo^{VݖF~}ޒC.#'i_ȏ?7pQKЊ$b]aƻ1/Sُ2kXpZv3cCX^h?_~^w=Yd,]u߭j\lKGRIeM65aR2\@ߟD׫ؘlʹڶQY^(ҋEJߦIJ8M3(!_&HԮ W]ڔ	2kSZSm6)WY'F~`OĜsh2|w^
$DߵΎYW,}̥%;d(#?K!ȑZWrHL7_ǔ/q"pRi`5V^6bzYV7֫^!vk%rGDΪY\]wfXT5
:6gj3=Fp`yƘl,Xkgȗt2``ݗؿ>_~>
aݱ΂Φ?̾|ͻi7#sd}CnĂ17kݕ&}R%b[)Q4-aFāP;uDRمzFcTb&ڽQ+lvo[Jid[ZХޞomy$ґHCPOm^bYvTgteМѯQBEk/iMnu]ݲړd+'XΗF;ЩԐ#tit,Ǒv~^Ĥ[Ԫ޻v'0hU&sy&ɲp9s֖MM8ր<vY]jkqRˋܵU˔8(lwZ+TsrQ?Emx3w.:K_z{%*CmH_BEwcvTBf'ٕI)])Ə\u!?hy~$G%>DY	t˞bL LI$1tkjBT\q.SQF5BRjԇ|]D\DzuRD)ʯaڠd-!EzǻH:<E| 7Ǩَ&{D`6	49(0fsY>&,,w+Ǟx$6%"
n}ypJ28^h_Fv±14*EsI̅(O*Js,9gpm'c4ko$ۂ{w@Ŝ#ܗw{n3FnAaOj)?GDw;Lȗ4eD',TGVGڲYU5PEYť3H>j0X͂$
E$m\Wxa/"T«ٮs.3ojRQB#4\3$dy'ɀ/"HrT7!ogvްVhǗJWNRNo9>M3ˡp%[_OA{(&=(GHf/[,a%XDk+NzXgl)5BA]^ǈܻWm@+ke2$r(I&#WT/_Jp\U{BDJáY9
(/TX`fp3S8߯!΢C8Ϥ6<|ѣۋ_@/'1G'f<Xܶ}Vau18aӪȷ%ڼ^mD².!3hFeR&Zt	u,-S]kzV߁̮S,TWD~ ŝbp5̓x^qR6%F&xU:qǣ*o9b΄
݋6]f\}TIN,.iPEd	q!*vWx+ѽ˺E#oRrCYƋ!<Zc>nLםMnv59z?G9Ζas.yeC|olqR,)K#T qY >PSYOȂՇW|:D-T`ѽ=͍IfPfK߮.]16L۝~#
%\hpojxa:TXsMJ^Eicc6S)4L
Η1ݩ\ͪ)&HHaJ\VPd|ůSͦȧOI8'_+F>,<?AƸ'wʯOvW>eyjPKGuҡ@-loYyӄ϶*	ɸ] ԆʇU%Әǃsя@ι*
͢&!ĖXڤgCPHQػRƕ6S%v]ũJ
H	7h:͏ľŞkk.`ר=	Ϫ~p$}z'%ڟn0ֽh^:cL:;gjbķ>Ѕr_#NӈaI&>ve¡Gy)I829Uju@!:Aڢ׈w֕1MG?[TNMA=UPU݇wMN)ݗӽ
vx.j<9H*]]B:$ILk.}B=gh6Zylvx]m^thCMz-̀5wx&< ֝itɮt9\>_dbžAD_-ޤOToN8a9qĞ#mt6;bZҸv[g3ϗbOlPr!^\zUDp*Jӗ+D'_OL{ޱ>'vA.~:٨N-9'AnB`0D4#q00sSzAk7	.aHLĩ}k1ƍqt`9\V'>70j֝{?ӸV^+$'io/jzޒ:-}ש/g6mCۅT*zHTW"	g)!N)9spô_t4}	}IK^2ωpբI9V$׹^vF7ՍC)uҺgIWL3֚-z-V}tyfkLXDLhD(ϋ+i;Ƃl(uO L؄!yV̀&Lʳ{x9&aj1V[0F]O8uL}2wXd{&4b?V&;HiJU8,K$DZ7FTU[~Y?U2j/#\(U:ۼ3}*8!^yYGJ֍M|w)PE_SIñlmy+!('ҦzH52Gpǁ ǋ$-tQ'ƺ%\1ַ^č
*dA7zkIF*mŝmDؾ%XodX1b`[#Aw yW [s-,kϜ#ӎDnԺf#^	|s\WIߒ߉F9M?fh#UyH-wݬp
=	_QJA\54͇"XD5cÜE,̼OA^$cHV	Ŵ8o<]HĢeUY7.7xlw_u4̮oO޼'ٰu̟b
[()Qd:9"6s	@Rt	o:;Y_ҿ;39Wv%SNOlZ3R'7&'}Sm|ۢi`No?ˍ'V:Z?jUea;2Ͼ
SȊdPƭDK݀ݽH(J%:ijj<ٷ2'6Y=anľm{ũԩSϩYB{
H_2h}xbÑϷ>s'U}'U}+m88s?!U)1^F(I#k..,SJjr*պ5f52]r"zxhGFwV:c}6,a<bh$zɋ>d\jMWL=i(J\O)b`@YHŌt1V.J7Tl&"
.~וYT
EDOޣO\[ÍD"<68xgJP/(T8qmȹlwh/HJôWt\+Iְt*uI$ ^׵y٩=! Lf[/&%(/?gG%gğ;b`=7n	'gV)ȄYW}<4bP-	vӷ6eͬ'a7Ak-6",j}ʺKq
2O\cV9n
ݒ\'`8#2ڦ^N?Cli~%w)V6r#V^fڠ&0ٟgs0,L/܈NIӚګө}u!~K1bc6xsۙ9X;+K"U:nf	x]ȸٴpD\G},3 {3@|2!Zy>80m:AFoUjƸ^o>̾Wݓٻtc)HDљ}Wg۾mpdBeS1̥
x8g=By:E=E|i(`Ϳ>)b~JT5N!KԌnAMnnd{TfZtƊ9[AW&tZb*1n0î%zS!SEy"޽xx]S+qC(,ȠHx-Mޔ.(ޅ\VO~	oOb]ggɦ=˳xܸC3;7ן("`^DW"FjZ>(;SK%GeirLI`otU[RhÄo
>-%{!.q+=wI22U4,us"
c*Asg̘ԠZyԋ=n		1͡3:^g= a/.enjE}lhͤf6\ASf֝^VMKʱY|D3+s>se.X<oמH~G2%PfPrl;gF#
L&A+y>'\E1rR<b8Ǎe'{^"MMiaSw8rѴ!K+1 ^̭;N"DѱcsMN[> ,īG߮OkЫo)ikoI($]/?WEģ-H#Ȁfn"	n)æd[P`ĩ-M߿C*JںC4g'Ϡ
O{2uBAWm/_p?}Enpu<'KCΖƫ-,W܅
>^Vw0<V$P~Ś%wUyyH"D-̪F	2\ib9Gظcϭ.,(dT@eܕZˡxڪ.FG<sv@^#.|Shk{TKmt3kU-Z|pɝE2s7J*,g	JuE[s$(f9{!AG&L	Ip߆PH̛߇Hչ_UۿC&ܴdhe&yY٭n9"?H
յKuU;#it~}$ĳY!<cvyuexyàJUT
H]Tst1R[lvXV#F;$r-@D-͎Pͩ+pRF8Rи`.k4bΓϤHy=}[	329sAcB_I[ĮCs2g<3lm	77X9ey!d}ް=fyFw(MA9ýŪ![Η}D:8Ѽdq0o"LPrrgj<}Nȯ4n2c˜QɀE+Śjz	l =^,6}?ڒ:1 рڽڐJ,ѯ'LgPTQCBDIǈ}.W.Ys;|!5ܟuʛ*f}'hL	]iȖzlF`P[*1̏{`Ƚ\~OuWǲ@CKSCߐ7UeHqvp
ńA&͋Ym30
<b3x:N
N݌@!&CvjvOG\)jR
"NL@8)?{3FBtGt0N$cXH5aDa-R2l}z1θ9ߘxd߸gj<-?8,Gb)GmoaXeۋ<,Å!^AY'{+d߼vܒs+z~/S͞T	F?Z04W8\oIVR=ڹOh75IRdq-Y|́%0C4ԯS1c-C0TZLE̎>-uyRjE2Q7;?3fx&4xu
ˏ_/;k%ߖܯGm
:M+~H7~ܢ,bt@'%QG7ZgQDyT;=rg`!?\_R-|gRKf|_`|2=КPCVUbѳր-p@9&^f/99b:89yqiWg=Zk
ah@8mGéqD]CF9VoE̫˱/}U^ޠy0I˥,E].n?i;ٖT"Cbfۈ§Ħs;ʞ3b@^Vݞu^9|/plɹc1~RSwu-inrƬIޮg["h3
dw100P~~\!	OU(M*ϙhAq8lZY+Rn1Эt5)x(OuaLҀ9̲Յbsf	I7*WU8y%Fi\-O#ʏyK0}'K>T[iJ:֌^tlrjhǺ9	%ѳsi}FR\4q0Ԧ^4eTV$n)$'܃'rSZЮ'pҠ$EA_}]aǡZP5ϕyIs,В "d?wߪZ\b9s
62y*R7bwՉۿ\@)OE)Y2"BB0ƳٴXHn-W[f4҈E¤ 27YaL1yr#eKiH^+?Lliօ|MCCJBv0B%QkOg׎Q`|?ݒȥV|JFLT1Ԃɢ3Nx_>H̍ףLiYڱSZOٿ7ݯa|MMrb_z!׽ff^Yu8z|U1<ͩLWFøsaA܌}'Z׌=M/چ[ctZ3տaH@"3713&m1XpCٖg܄\!"0$Oйt	v]7ĚǮT7ϻ4
KhJxsʳ̴[zkӼҙrZ;]xTg3yonr^qBv:Sxߏ#=G̏Ɛ=+`(Yx>AzBm*=z*i͊\`#ʺT8Z-vgP%@ 2y#ܴ|w)W[6s5gpG=Tmwuw}N*֨seVid};^%,WgE8G!L	A$R$gsUE'NMފKku
^jC_\I9[oG;p}٩wuD#-Ƶ[dKt!rF~cF2}}+W4Fvt.<&fA\ۛhƣKD60o2ŠF+gڒyR3pAw$P͉ɮӒE:2V0"/*JJ]g/4fACG[@;&)XTxM@ܞzۦMap$]eCqիZke ^}<tv^v؄,r~0ƝE޼`ǁqƇi"g1һ;yԜۘuiŗ+;\шq >X,sEM{T1Jޠ©$J۞BϮUAX݆=	omD4١Fl^ɚ-P *ANRt؄K/D>zSŇXJ~hN=s{խV~{ vc-Mc=̴rHgBatίb&}eGe3#hLз6nikjp9Β26\DfsǵףDaBԯ#@>Ʀg9caP=D	BG}F2{<G݇NS(6&nHɴ]:çlI2ME1Cyחٿy~^Ktja53q/3AHs(0OC#VrIە	 AGM^#¾;Uуtsv^ٙC3A7Q.w̯m$1mZNA,Oʣjtcګ&.md},R;.@mF_ƌ<gCRU`EDs>єE	p0`3(-l
BMH3٪Yܮɐz2wޅ7_u>AѧKQզu]~X7O^Qئ"}~OEvK3!˞NZE4ogV<_gpJT|˄ժ8UP7SOqz3aRDL՗ $$*	;ށώ*#Ŷƽ`i[&eHo(ӥ 5;PPUp#6U{&15[kՁʟv<\	ĿiY4Lv(=F$y\յ\Ј1aAPtZAsbA22FB8jjXUjmr2uAU@luvFv;6:oE®f[oS'Ʒ+h}j0`3M-xZۃ̹cmĞr+9ZN`&cUT4y۱d}972r

?EcNן2)x)z8Hlgވ<ݞ,EMƖgKBGͣ!=]pF^4zRg ?̆S߅I'j*nVC84ޢ6t
2ܲ(6AԐqff D_qfqoFwdl<Ltܬ32^<a%Υ |#0DIب=n%MCzmӧj7۪x>?m&آ7ک0wDMn	:;·jIVѻYME9/&wHْsP:cV3lʟ\ͭI1hV_6qF	Jƾu*e^E2m,]%{ɦP,7Ԃ$
_#p]+&plu9wg&ek5bʅ-VK0kڎ*^ˁXMɒk,Wv3ѕeTڼ'A_'>^ƥ>,u&00W|ʘ;ު'fD]iǗF
~ʴ
FovvpfЎBP]s=ύ" WD9xZ'TV}*a)b޼yTǄsdGFR9WѤO\yXi0/?TXleſYDf]-Lx$f;4A6SoKw2)8ӛ{|na'T[X߄G7&ʣ^(3ă٠@Q#z=۪>@ٿBinKbI.ClՂMA"*#Ǆ[˘P0@ՙjn-ٕ]cɥMyZkZt:HLTaoئS}]+bWߟJÇ|@Geѵ޷;_>g#.%PǂM΅$;ؙk,/]B.gϠ>b,000pzVýߤ:ƚټpδb*)TK/'P$+e{	?3h'UؖJEpq=`g"l2vQ٪:Ъz3/c+&U?X ;	ݡ:'t28GF)ι=cn+?cDL:h7VʜS08ăxH7rZo0.QӉ4}pV.ɡ)z$vj4z}a'U?T)48óm9nP\d>m+gk8,,y 5XnU!(_=FJ0
krU07a.9ҹkfYU1Q=h}D9	*<HGJ<]qt
yMJ)n5ϝfrMx\ʩa%`	hRODz^A-DQ+2zAӪ>ӣƪ \uJߣѡydw
pۏHE;;*(!߯ pU9Va).+F;Fܨ@yZ*9j5_S`Οjj˼Ж֛P*U_1H*=XIT]yrJ d\gU[Fp_ҾɭGR҈_myԁ6NW3Q]mO4&¬rRWFw>ljq>ij^ƺطPwGx&P3OIfB	Ϊ4TTnÏuQ<E<80M/'2R˼BOwg%GO]ֳCP[%I,՚}j,+&mGCc0Hz{Cߛ#p~ʴ8kRܱL>zσN{!{r٫Bq@ͻC!zNIG\OG#JXT!}!Qdz
N	Kƒ@ne{	pގKQMu4&0/=B!Y~ÚNTWûI_;UsRS3bjQic3͋~D&*\ų~iqldǐ_~M6Z@NܗBB>&V{Ԙw$/U 6&o_ߗOpH"}L#P@_|3"pFC)ֿV|c8o4׏@u~J־ӱ0Qt"0B:y4ƢE֛Ͽ;Vȭ!ͤRhĂ%n_Ǥ!x`,,a8qQʯYȳjPMfbZF]]*	|6fdu ;[OWfP2N`Yf߆P+X5
y@œ,¨S՜١Ǝo­</mz<"0tCƙ-Pݯs8s(]I~_@֎ğS38 7Lal -ReOC;D3]B^2_!9`ڊ5ے0ouMQB8I7VUé<2V%W~&)T)cE	!LA|IcH
tc/{fao:P}9E[~سxQDMҰhޏOs5¢+(=ՉУӴ^60yDMR=I;.ID7ɜءT̛s`.ɮcFЂw=gre^%۷7'eq0\mYQ{M5k2np:ڨߊXcTȸBѽ	bqQd>_L\Xh-&lW +lM3gyMiT4s&ƤDm7ҋ4y:nT5:h.nDؗƫZΙ'}Wx"(,c`5ζ:zO&zsі<VE1zRɒrM h|(ԃ$zi*ye0UuryR8-Ŋb7Ƶ|M@&vʮikcH!ڸsG҃BҖAR;esq3z*(ÓNOVHl^XW&-751ryswޠngy)n)YpO06g+q}?DLpo"	5\uשD/qӛ)z8^ Ӑ7MaI6ۊs6:іǏ"2f4pRfj\xNѶɯh[`ҭ#&Udո	sA-61Hin3@?@OWӥη{B}:&dӰBǟ#sٜL;lt}rz@y֧9؎}Q<J8ny0_8Hv YO:7/SF_DCoW:[bvC ņql3R:bѱLګf.xOIqx+Ou$o'#ԠIf. w[{Ѣ0\*#*'Y'=aTWʡ1Q^	E3)Vmm*(x%8اC?א*EPBA=ҪpB/1wCO,Ҍ$u˺[yUa\Q@G{F$vvLC }Ջح)7jtp&'VF28
A?J#nF۰PMVp;LE­8X	Y&[Xh-0(:وn6f	^]vZ+*Th}ʏz \	jB"Z"p4 PíU^4)S9.Aƌ<2kH":`{Ί+]\J0@sJjC2ko'4%~4rAgJ=HͲa/<Q:ex]!܏kpRձeN-6]2I7f߇ýs5nJF4[}
Z ϧ<vkw~hÆ\3+9֛#D0^p	ñ98vW5,BAXPoScxrĆϪjr3kˠV_6Gknk0}NXٝJˊ"3KS+\[7 )Ts{[
ϟnAFaI@rж^F[gPKc JEjӰYX/zċ3JA	s0.C/Ns5.&z8+XLi%<QY $˛	J_U!տ\z_pY.
;Iߊ:/)#f(kBk" 8Fa+"b8sQ2ixs-O6i
z>xS's/~e$A*sŚa KT|ps0*jҢnIٖ%6xsd;ܣ]ǝxc|l>=V2{L2K9>ٶ{ޒm&܄$fhO2$K93=P(HJKڰN)hԫ2K(c1FMaW|3?*]Wz{\<k0@ܭ֘`NbI#ȏ:.j#ŕKկ
j@5G[7+$fqYx$&޾q]H؛	L~{qA!hط8uZ n*I!v}FDzL|qUY-~idk'a/;0!a*kX|rߕ_5Yv˿l- ѓKbZ$f-hsTI͹/H0>fmcE4=q{ۘ-}u5<Ganf<ժ5Gc"m%؜7?$~x0eOLkH*fRѩ2FBsTIA*A]Ǽԑp`&)MȩFχOy>vȗ?zا'A"UCSp܃
QT(̹9ɔ߳WGF97^ӂ.d0ŀL#0<'l|WZ3ˎJzٵKzR޲}RG;NS6*s$$g6ź{?z0vd	_tvdeXQŤ*SDӉ0N0=+L]7Ślݷf*ɽh)B%W҅>0i,uB@/*ΫT36vYH$WSDpOpǪ'
k&Apyfd1͍M*Uss'dWmXRW=-~(mv-AĠ.~M<y^p,!NW= ɯZ-Y(S,4`LDmzUȋ{zWTA}m)u!IңeX<6i
YBL:P֤͋QwytɉM^aτ\3A]s5U
K^'/$RѮQƅ,ÏE5qUiؘ˾4%/+FKU'|̢>Mmtpތaz,?Tk;-)4JgރhG_t3(YFb>. rx,(K] 4:ڦQ޳>[sSz?̮aNC0YhԨ;6=Nĕ́KE7QnwkT	K/OM'ր>vߌb2<ʙBn:Ulk{ԽƎo'ZW]/jZ@D6 gBzE&|Ds\V
jcK)LݠJ"׮?0ڀʔqjRa^Hk̞Yؼ<>:SՁ*7!^Rr(işH؃4? [~ti38O8A&,16NLm)ߨ$A)l5,Wƾ~|%{_(a4
Ȅ_x<SL1/+Bs]f/lGgkt
6S13^VI5ˣϚUdCZ[ZK0[goÅ`D0w{'Z=uIO6ȤƝ΅Tnt"ŇK'Eg]KH|Dy7$'I+
cX"	ȽìRj'8i5Pr-ٯ[tlO41;t
h1ҭcrog"Ä_\KALs*G2یX;uO)3ANed$5elK@҄p)ڇѣ -Y@#@*$:C
_k"J5<R FϭO{M2_vݻk2وN**Ї:F&K{a,z~	:}׆tFR^<_ZSĒHaX&8҃4Pf(86zi+U3+F`7R@_AW"$O0	\.(0a{w#:y<P3\+Ġ$Ps^Mc۲$m׽\nKf\2
y4xIU0a!Ŧ9 ;l{5iij:މ0ՃRЊ8A.pBχa)ōRqxs^nFuw-7],AMIҀKiԃ\?P0cZ,H<\gͥshCߘ>Ϧay@@7uCҫ3\Ht 9&-\?%#$4{XG^10Ts'3/X6~Eh99^$TUڋZq_,:qlQt#{PQ790{tB@aT%vֵ!|Mʍv&-#
&Vކ1?.߄eb@VFǩVOo,8*2s%y5D+_6&_*.å8[_Zė h	zlI=E*XcOߡ^xţ^p+/d)Xŭܟ΁dm*2sHp@)ܭ
"$
k/ 7iȍ	ԝS-H;3q%fоUx`SB=%A-.$jQ{ԊsyRIƴa)Tތnչ<G\yK}ǐk)8ҖMwIMhJ};tX!
/a$L=3`˭M2ҏ,Ͱ4I!z`g.sQ^.fš\ɴ(+z:7K.,Fe)V5ܝ;h*gxw,	ói:%mɅ5tJ M;6[N0 Ҙcؤ",6`NSu4ӘoռjpyS͗}'&_IS3͢4;_
kln¥1ȨnXsu-V2<h<z/ȵ3*EƠUˏ
Cƴ1پy^sABC p!e&;lR	){u..[_&;τ(e`ąlhՎ*Kjc\`.1lq>BsEL\nB,C}"ȉo8bFdae^Υ_V7Եx}jQ=X'	!goK{Ҫpo8=":q=x<#Xw>ۘ ?,1ӬMmPvE|uB1V'iʤhٛĢ7'2]KGŗئy'ʑxTe{o52=zBǈaIݟ-fVъūcuGO4V̚Ç(jA^ZTл!V>  Ȝ4AfO՝޵`4 ]OnԊ[>I-xbF__ߐ*85
r!>{XdbJjIT.DGagʑf,jp
]s	jWz&nb`ͪ^]Qe,E;3P	q/MA!)^)Eϧ]39g+j\ZإXÕU/̙?43*Vd)abuhײ6aԒF-NiiYM`nn`xQBޖs,1c0֯fN!XُA1XnsOp,`H67Q:@brjp/LF<C=`OGGv-XzPԴ׃c(*m*	/CR"WYlBUQakR΍ݞl=e΂!CٲlہrMMƒn@NwB$)O:& -Д> 	vX[<8OO|*[wA`YԈ."S\9j#wGKIf]Xa<oF&qnH7qp/r`Iƙ}}íh+˟eoąلZ'x%[ڶ#-OaBe[ښMǛ58A4lnλE+2M/n2	bʼ0Q68$R,:7+qx$S̖{mfK[:+e4.OD~8lUԛWxq͙	KMZbzQ
xIuL^K:seVs)RтBWd\CKeh3%^g&g+UB6 fp_ѭnԾ"®ǸlQKN+k GR߀:uV)}ݐޮcm =?na/A^Б:cm.W3ˏHYC6qO_!Ǥm.cgH*2vX1Q*K1LשֹZ1 Щ9S}ݰs%݈шNCY-Sۑ ZgIȸTlZnL΅+<=="3&QKwxX%,]HD2H]HؿbYτɫn`]Oؘ2ڣM.*ڳ Ň<Y:.D}Y&E{9(Ńֵ MN\TE:ZhpE\ٽϟ$I!ܣW}7&8JºsqZIJvSφy~#28$ՉhEVq;GOE5T'M>#@5}ߺ4!*Đ&S<ƱRX
f&N6f+.<i}kmvAboTRZS~4E&N7x*&ƺLTіϦum3F}-1^.EJk̓Z
Vr,N
D7ߨ0=FܦHwI[7ۏEL=f9p.=3=EBs֢gB7r[8ȷ(B	wO]0;td%OǠxɪ3,hHMF>Ǿ0c>jJtӌͭmC(~~	{"۔Гq<JEؚcɼQ׊%0*pc= pCqFCn֩EQǾYuUjCHѶ<y*  u<Z(ҲPB6ߪe*ۺO"E9M__d@"Ŭ*ׁr@H;Rܹ`bS{i\Ng2._AD0#hȹ&
ƌ>/in,MI(*i~l!=fH6B&=XJ۷xVPbZW@Ӂd^LV~u϶&g.5Ɛ")^b5Zߺ͹Ӕ`D cyPc8+֠j2M2SOdNM4YmvF&;Ai}>Vt®9
R!?-PyÇ&tصMO.T>;Q#آRXZ,ScUA1)Q$СJعyϐ8?. b
}#_3C3w"iQڹ'ݢm4UΌ&#A8tj1.BM])z,ϟBl^gA$Oӗ>S#f>p$֝CJjzu$)1ʽ]Ķbϕ)+&	AEFg"O"R؆GX/Q
1Wmz7PAQ֝uh;g)/03JrI`CӜ{zg5'pwr]eg1|vnnW$*g&3U Š=ZpdlTCԀ?ȍLgq<lՄ!2Q؎dŇzSu׿:g0yyLj;ˌrKose@B@'&|Q{4,)?֚<Mmӏ"΅tքe_dr?CJ]mpY@u?O%2W<ɴ0Ս_="5:_W}d;Eeʱ?WG`ЯÛGק:E'~J9[dLt,7Od[?c0yE5}ٜLKmҔƟeBCP[Ɇ9uUMC>
~2kJ-h_=V6&}^GCT1̊u	HVY^Iƕ`-8Enz	hqLrA388q[߅B@w*K<~fyM.zdӇr,| vYzԽ;jD$ր	`DyUW&o/_?p	dr>K >Y	gI[f%Ȏ9p
Mo/1r"aSĽn\ҟ #j(*5NVki̚J5Q^6dT1nTAÏޚ?:4
adХWk_zo	&΀!Ȩ;G>u	.-D,;ܤ}ߍ[*$agBkw%6E7nv[LCDo[dRڣɤʦYcUڊLbn3
(UlYH9.s$F8#Rrjq_i2H60ԬJ֡8җy
BJP?W"DIA6ow@/RT:e02Y|(e&mO/4DSh6>#ncS)1KW8;?MBH+;dEעlkfھxjn"Po$Fz@^ՅqO8ai!,˵+5y)_ռ<yaon
'ӟGq"YS5́z+y̜J˟݁RXKԚp5w7gJtQ}{Z)5ՋɷɄ-3ћ2T.{f"zT%c%6Q&Tv`Dvdz;hQFKQʃv
!(Ta@:Ƅ:RO}ǪoB_{CsWb:I׃g֔HlJ֣m|pP1=ekT{t3J2\%<oؖL	vA#sYJ6YϥWʱk	P؍s*Z|?nO4R!P&;mA4Ae$c1g#P`p'01!dgo-]V=jrIגHѽòkL9@`%xpUWQ<W	7jxCiI$!pӅ sr!:=G'λ\4.Rsut"m҅>h֫mȡNSy٭ÉDU&CSr9FmsDMR.&]Ej",XՏ-3Yݦlh(8ZRirf\?u׉@.j^ӧtEo:W1hx+x, f}}"&,Ijn7W>]/ eò=GrP?;F/_D]%|ݎKvكZ`AʌZsb<v6Us%͗"yiۍOq0.,΁?ݼC@K:[l~6"G-ou"g-Րϒ\ۢ$XKrh1̚FG8zˁDYz>ƥՊIB+E6XFL8	G`%Tؼw R@<tPU/6|&oQ,9P8i\Vhb|SUnzR4
WĤl;z5Q0x?(5ۙ#
%q~\+`˾Di{WELȬ<F?<&F+ڒAӅ*0B5x]CP5#6GE4خЋFJ\@)u2x}UMP!0!rÞՀA+m=iXBQO67|9X''_̯+m0̝HW:HfvBúE<~LM
AcrshՆ4e͖M9Gg8Xßi,ڕ,*<%j%p4kr/3P^.R$_MҪk>oK.{"d+'¢lǻAo/wΐ0U_yԍѕ0N-ay)N!\ƴjӇe V|vp!0*J7c3I]@ĔyutoM[PU<f},'z"ɱ)$:BC֊Pԧv0kqR<A[
#P*%u3tɅ'WB{ġުE{fuN1ƠD<F˖`%if=Ių?ʻ˞5K|^ܫzޥPי.kE5Ey>md|YxT6MRUThYj{mz6*uc$417;[.3:'GpR~TaNXdӧU!@P/rYrXMhr.˒\`֝؆N9׊'z`:tB֪9$Kɻ&-ǹy?U!~J&]NFܪLq:Kx!ߒ7cVК*ʂCVAL#J±i1	.Z}
9A̢)81E|iƭPhiv&A)E,txl٠9ޖhlG:IE%œW
xvzsZH1?>C+Wz#6=MC] ٷ\J]O%8[ͭ<TFpVu_["*?G!&i*$T"WNjGgG/yWʑ?@KfWR8zK	uΠӮ
ޑ[
.F@oVXsdL:DwUА
Cْ#sXtW_Ї}`OLel`2OHr٩Iu<[w\t[.ՙbȀ^
"fAp_zxnJP&ܺS8x#(k MS׃q	k3Xpθ`$ƍ)BMJ%}~_ɃkqY?qjı'QL8]~l"_5z@U_M$#qڒqyؤtN6щ/7J0)*-SL=Lih}rI% `Q-aˈ6 kX3*VrGxP}:|9n"k7Fǀ2Ծ[īl,.}w35X>n_L
@		-ǔ~>e$}*@߳'IՕf6A}ۓwx<uם9eׇ\y*q͠h;-'"xqp2ؒŔ`gd~DFis H ʦU~TO>IڐCǬܥ7%ʓ۝ETr&6O4-*&^#t<߉?sDr.ZuW!&nYaJmscKA8'ѡfefo|3ҽ^-59H	hh,BFmst3&Fpe'ΥaFZҁ}ەԐ!`<V_g%śp;LdXT7\PtԢ d'rTG`56&c;1=ȴվ2ϫ)i@S߭2hҵmf5ӃѓҗC0RXlBΐ=ܕeA~-ԁƩөQĭKNր1(;CZ5`ݏM?rK=ElڨCbN6,#J7zͪ<Ub)OfT`]@%iܐXTϹo8W5{!XjxqUP37+!n_̇0UgdCv(4L׺`*e˺;sV;BǢ*ʄrUruGȂXֹgv`@&خf`0k4oB:	Cبat9Hc(	FMN]a47τuXsէ +e[ɔ7_l%jHlң$)|+XsXW<_h5+ZODV2J2^Cٻ2a6Rj?uơ~G8
O3\{*;t5kڣ\1<;O>#I`x2GӼ3T@ܣ(yr,"1<Ds^>w#|1H?BTCNgZE!"jJ-~OHVϸˬP.<wuyF_TJ#B)J2<wELl*@_0y^DDgV2ؿ,dr[M7 Fzcf!W	2JղȾ;t,GXU١]0@ @Ol_a۱AZ@{ΆQ4?o4cg8{mK	Џ|B֗Ȼ{4>5߇,"_p~#54b45ޞ-/¡,B_{ _/:H#l3ZΆJ.5h#o\+hh2M6Q6'x*:D8B׉.+;P'I"ya'Aa{N*ηK)Riɝ+ISu\KnLddH-!Dت*}Mtc'+TX {-!\Fp\ޚÿ*Z6\/%qq>n2Ck9QvҕpQ>S+t)OI,ѩ8.߆M(m_#֐\l<j'yۅNAm[\;#PaAמfDG_k5ݵߐYV
X4N&~Ѝ-[U8ә*ݑɖΰ_[d~ݶ˞8ӗ}P7;mH-xTDg-kva[4]o߉Cd@/ҨTIq-/KF3y P	#RXb2qߴxCq^ \OBّwkzt@Q"Df^8[c5WՌ\p7m^Ū	_^6s<>+T)ǹ)fݝi;Qzr7qTLpnQ(!:&T>Ѣ3(]Iىi?tކbtX3#o̯҉7kY#ѦVQ\l]5QD1·?ؒl=RHj}:5&0[ܿ¡A.3kլؼB|L	֖Ae8uZφe'kVK%jvrlqҳͯvvP8MeY<\..߹OQh}>0#u|r75(4dmVaCs@*׮R&,"ol#ZFu@fG`Qf+o-%+tU{F8W$m ͵#<5EUlc_nN]Ltq/#^|ٻ'=MzcBwҚ_?4?e+,hmvB~U`-zǎܑZi.=eq8j)1IB`5}Ԕko¼֡IM0n3߼?˔ !kc[@5BQq\fwo4yAz?$:1MsL- JU)F[@o/Ł<:&znڏjWBbĂ%ؖr.^bW^Nh,{ay1rѢL&Y*2T@ #.OHw@w^.Dx˲șz%M؂MxtnNDl5?(JmQtjǞER#f_j6h? D;Bv^Y
w5zo(I=Ï;A3ЎA޻֥:WxHItk&smVDwBO3Օ	ˈp(,"%6]LڏskiG>]AՍvǧ8vIǟ$Lv+YeTCl0!V3ƔȾßCxuov:;VLV&jy;g˴2zr'Ol?ܲǃvp'$ȼ(Av9cٍu<8tf)9]6û6%
pLA!w9?KZ߉#@]9Зş0ږt@5)=H-DQ?uƺYדkgTQb&o<ӛJry!sI "W@"̦"=ܤ Db1B_Qh@dYxDN-{02bxlMn%rQYS*RXuVk]f'*UԹRn| -Oİ>@"f{ުLy՘)AѰ`s.3߁ת7IJV*y.nS&'R{L`#W{RـjJ.(  !)QЭ>4qߞrڃہȬJFՆMw/M^ϥaƔs#zt{9h]4~eYFƼ[Iلmo:kCibC6y< \apt>/-~m@hZat2_a]Sp#!O]E|3c8ʆ5V$[,E\:$	2WqD;'ofn|Vҡ#;]ЀޜyZ	zv߶?ՙh۵sCϾۏ-ԂѷvǟV6U`]Nxԇƙc'۸Vd{7D֏31H/4۳N53;bI%C˒p-4U<Ng]Jdܽjϟc/bqcS,xԎ+Ci2o1u:jnzOѾ'fenmLm6$;PB|n.ul>{QFZS~SFբ˧gM -Sc~F"@F	aE4Ećets\ߺm8^`q^QO>y>׿ТKj+@A(=Un%.#BNmymjgTԶ	L4:@Zڄ'~3;ЂnYZt٥v/'ع*lgkZ`76ߓI]U=x)I1EM(~;;J3\(QGhA[*7Ṱ:c@њ`׫/ۍFJɕV~ԘMxPOUؤ	)JB1ߕ/C'oҙ>&<bdxՐ-&c	Wi׈E{!pиcDD?]7<:ns՞qh2W(-bvĖdP1y\V8M@)~iaVCQB.[Ɓ30{NŪ_HƔTPFƟLlz$Ȟ%P9{ )bwYYE(ޘCJzs;-:$/Z6MI}yc/W4Ϲi:H230IsVQTɒ4ҖboOosD#Ւg6e~ܶ,)dp۵,D)h}_bW}r3WWZasc^8gv?>d`ϩ/½Xj)bϸB-aK
=a04+f/|]$2_~<?@(]sлNҭZ&#5[TVݳ$ֶkI8aHoT}QWa^qA^͔B0^h^jN-.|ۇ&M"_>ܳw.ޙoѪjQ$CҰX-gߵbq4eؓT>οڰbY|D7/DCQV3u4t'*Ϩ(aVS	DzgsWn8Wڭ4ǊxɾH@Oڊ1Ϛ×$ ĖD<!R7_sP_]2ۺ}TYб$6LWz@bE2A*F,[HkYHI:LGI"	t+61r<T,^FٜebJ<nr0GԔ*C7M ֢iu8ʤXԋA]ɛ=6SuF|-|ZPҜkLxub?@d[5t'7	RkzɵϢk$~PȾ(ěɗnA͗SޑPްY9^-yǚNںЮܲSZ!Ȥr/]_̌)X!=js.0	s:cwe:ҮY%sa*}7)pcc*'9F}M^qpW޷Nئ
г+Uڮa]oү>R%kʃepy/Ѷhb<!!T$auFosEkfeJ4=T@?Ŷ~_?6|
)7Ԋn]L\«-1PhE7IP996&f|2PH{1aΥ[/¡P>Ʈ'}ȀŽԑE*3adv{}9e ɿLeV+ٱnMJް~:cнlNE)oHvsRvOԴf<
ߵ9JƦ6U+M٧ؔQX|Oecl5AL\/KܒioJ"u([OV'݃ҤI}OqhRFͣ#<tbT'VJQ|׃VHVV(ՙշIJߞTmT:
?BTuƄսay/Ҁ7],ɽw{mͬknؾ -77׈HN7OFKɐ/+֠[ºD`C#ȧB7I!H!άeޭ$Z3Zp-zuwPU֔~sP'>фˍI[Mʉ8!9ǌ&ͿDʑg?x?w*VڅߎqCOPm֚ˁ/1֊OȵBuq%<֓DDum2!ɗ0G@"(ǽux8U}¼i2 ɱ?2{W#>)N}M64-cUʭܒ4
Ֆdl9g\\˴S^9X?+}kā	;q҉LĖxS}إ]d]=
HcSxM@-^e=3yܶf9X{M$,A!X^0zBt׵WzOۨe֞DP?yA;k-DMg?u8Sl/oas'p(ă"LfJzXM0M!UE-C`ˡ̲p?tѮLA7ߥB,rn׉wÆMc;l/P`)9Ii1tI"3A"!''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(27096)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
