import brotli
n=a=0;b=1
for c in r'''^krKQ7AeaɎNr>2ڿ
p^7ِIV^ۣeaHCϹJeNl&X/:3hϚ)ΛIT$şn:S,>:ӆ<tU^1ӯ(G5Ixh`<j`Գ́z;pLn0؜S.X\kһI}+D;[:]|K=82{,/yօҠodbf"*WBMP٥XF"mcZ:҆9ِX٢zM`x%ۇwYӚ[K#K_;e:ٖ;ڿ)y"v̷f@3U P[V<9Ak'my@ޠC~/̵}j5iv5 7wow\߉yhOՊ>0]iXI)*ߩCtD|%8fŃ&Hw{Lq $Hщ]ӕҸ̅οSJѨ;[mSۻ.u)VCdT4\<RDR{ǌ!A0W"8i4pKRw\F̨F{,-{!rBXXKpU0X,ywXUsZvfݝUae̹(3M-Qd,-Ǭ'KL=L9f}8Mqw+lz.,9ַ
wܝo<-{$tKx	)SB
+F/ʤ^v-eG`Qf̦'&c͝[JBy0	*6wZڱE,ܬʛēf.ZҒkɯa@Ҭ5AWXY.j{6laRWk1gAK:Ƕ_aV^d!WZ/9J$xgΌR g`"ð\A)g]F̙9V͗J[NsMe/R(Oly^S+~w/ͨRI)AsƋ< =	=O#b#;&ZmWW	ց'Pfmڌ4S1szGb6_lS#QnSVxJ߰^)>,ҋǪ807iPu;I^?&I%HmU0THh $RT^Ue%~|\BKJ/Ұp*~v2˱mM˻%pF[=+E< O6\lүͶdsu`];*ϥ`oil1'1E_UOe5bN
̔05
˄&!8ǾQ
]*hn}q@]T>%Vo:f"Z+ɉ#Q7+mر΢,ƨ)Ӝ7ء̷?+>{SؕhkHσDn?Q\x@'{ۮqoOW)1kc|7>Ǽ<ңvÕO<8X^ݯDw?sH0w	ƀ u%DʏiۍlҜݎ2ߟ>4RݶLT;A'zIFhCB;خߜܪ%7ӌTT8hrWI|#+.+u,%oe3rÓ)Bk&gSĤZFFPTQ	g=p:,@6гm_ SbʄN҉r{D
g\wg&݄2=Փ	:3g[6H\B'#ԒЎ<plŁ;yIWgvM6xJQc!`hjЫkRioGȫP%ʦ8W,}r#O2(+Y/*=l\kد4edyK]LB_wq,iߐ[= ~H~rĖZl_IK{گ	}bJfhwgɊSۯTҤ2*\Q˛#o=[tޛ.u3hSJyȌ;"
֤`&̐r|(`$/4Ϟ#ٛ\%цcWЁtLґ7#ʊ߭˖ZMϨ"֫esp}*ru]')YG/g#J%3lTͶnS2#xqdgeDۚ88+OzV Ś^9'5#,6}oLĄj)ޞeFUs'/{٥?#34qwϫq7)]ϘGnz	3Yi`*s-T|yW-T(M!z7] Y>6؋,ynlʢ)CD0Lk(TR2PX[OWEI>'~}ӿͰiۏաZة6Ancf/D$dMʐ(ݯKtp1ّ:h+)-_̨AI%}?h8jƺ3IGzcPݟ!h%ߪfű9˩:,1cg4b}ҍٱCƇ(OZ˳;iƼPڶyQڨA}"8bGyS<FA ƕxMLRޟXoNgRJssΊ Ag3ԶΞfOTCcr{"`6@޺g@F	K۩!V>v0ԁ\ԜRac7)AZ,*S؝@OFoq֜-&йYGjex|ι&\ajOU!8*-ۢ1Dnr)ҹҝ[n&Hf(gX*t#ϨC0 .
ˆABrMlWP'^giì9`d"KrTL1ka]UFU_yjVvJ:YU'^"o1N;xՎ"1Lo|J7K$N*$on;5d(5N͛~t	^7ؚ u;h1DY;W3Ӊߊ*GcDlzF]Fdh!҇˺߹ģ`kj!EIo!B;}60"o?aQܽiSy+͉9Y"Υc<WSQe"$:UO~(?U2%֏Bg-s"4!?wEó=EnJy&˭>W
2WLDnWi>ק\5Ǔߌٖ3#5ߢNƩqҁj&	[XwN07,'vC7Ҵ
*_D
49CB0/8c=ńݕL]ј!u]ɒ.cy*F|ztQd l|_nSO>qie#ֲhS3ȅ4[c^XEATҏm|[Ps9׀MMmT@bPԑ#?58?@D>!#9VsGdYT7Y;RVÑu5<Ѯ2/ad7oiXsmkI.i:Z]tÐs	5S5g˰)
uȾ@,x{Ɔ7q;KT>7PCЈ${3&.^`T0]֛gZ^J4AZAg'(
plӣcz%zj>bJ[A:;8Hަ#\l)5/-ivDO;0TAn_k	e{wg37CN# h:Z.OcT:5L7|ж/3.AnD$8Z5PZjռH
ѝ
ѡvoAց1_,:Sڧ/h)7-^fX<Ϥէl1S	zS}bujKXܩ5#*-G4]"FʿCF˽tlߢؓO$}^x;_0:R~E.rߕZ.ØrF?G[=Ch[ 1݃dބfXcCN:%!Xaωk~cу[BUbϕvOwޥ|~vJT9LjWAց21Z`#B8:OS$cxKqge#DP"T4ڝ'RR۟8Jg,9äDPQ"ǂH0Y9V̹CwHh*pZG+1փUC)(O}X~~˴*!Oۻ#&sialz;@?ǉa|nZ(iJE$1c^ӽ-ŌI[;]zX̓}Y+0߱2I$b//95hXIXYYYħ#C
Qălfmb^_8̥T"JC)riǀWcܿd8π,,z3o֯gK(!!+ӥU(lxTOc*ZeњCz?h;{ܒ(o00=SYÂiՒ~)2h'OTD1&dHWraߧqtj(H3jXׂUG4HZ|@}B0Kq('t~r	f/F]ߗϻBj]u&^mqOMiR[2Їή2ˢYDky[ђVE,?`Rp{6@um˨ОpoЭ(^$_NSuc[U2V{w S6!pƊQWהCGi5AÕ)hVn*rbo+	`בL֟cOhLײ(*:MM̢0ݽ&މVIC9ܨH3n~9 Sީ2iC`jɷ!"8܆N\,.%@"ig3"
:D'y}!4~c3fɝ%bhq
ܴYz}r:,_3Lb~VH-vU"+ԒIJ:.ƦbZ%at*`ڙ%϶ڋ[$l$y>}P=xE)_oukmxV@d6;b~K<OݍzuK	ƾ{iS u8c˕ޱ[*eՈ,|&68d&b:}Ӎo+sdCm*\º3$(r|ߖ|0LQÝ<2]۞y.5C,pIǨprοrI*4y}(c22% phFo0`*͛a=#ܜ38NC:"YTمs'_[Ȗze|OY'I[ȊAU2Mzƹe9P,Uq$\D10fRU~~ozODp	w}Le®\ME[$¸Ž"W^pS}ڸ3Z(hx~>Jݪ+9=m8<MɃ^&(L[)rgP%v~dGTdߊ4BՉ@"Sɽ=<WWXrjћ	&W;4ou/OG	r\-|eY <l45KTMB	+)%4uB9gI3;|l
Ȃ߇pmIZd+OZ<#$(:	ǡdxwm*WE_ulfEA,ў;PE_n02E8ҦK8^X_cƸ_ةd'_XN}C9q=}ͣ9tŦB)
7)c,+P?*#ޥ,'*Ͻhv/elvugŴ[^Gخ782
C=.,n@x93֤7HQ/GD;\eѲR3z'266rF>G
jUP1/:=@	*t3͆ncǻ:x1ِ	ؙďxP+Utx,Uzt?|ߊaiߊ]BҺӑWlrҘQ9o9WYhc4/!a#XL^ۃ
P3
JjWUx[4Ȓx87VD)l8Ri"Taz!E_g#Hw׵هJz,VqPp߲i6LTŗ4>.ƹRIk$Dn/3Bn19i*΀l&?ȵ}ِDɀޚußG16c׭E>`xŇJ*xts2UJ:Cǈ'#i1*paȺjl^#!Ǻ<"z#9"ZڏA6(MdºCfJ_^|ݨxLšg;.8OZo"DRֶD|zuAB7lӯB-rىWH2أ)a[<.IiTgKrY͓`5EuŤ)vʹgńgv2rnf%ӓ'swЫ0ՕI"i9ޱ+3z+5#0Ro+V8C]8w"ы,{Щ'BQ0٫=U-4϶'y Ya6Y(ԭuKwI0yzdЎR>̠I3sRrB|à`(^JlzXʙn&m	h`J%;*4G~y$sxTkU^YEI?M3цkr/[QE͕_>y$sMƱû"$D|X_HӋgĐ;5ɋzѼ>˔dsF9-+>߫%WۅӄVb,oŠHl\\$}e~S؅$PGlGy{7Z Vy6\SIG<V'8k(&2 3<=	rgd#Y|/RJ[`C?G[+@VYެ{	 ;]YE ə5^S:^}.zٷOme{- RrR¢.JJBۈ55gNU ΅F*T
(;j,_.}o
olEh\NӬZ=ywR-:ֹfnw;sO̰oAc|޻w}#%E%>m"k-7½AOѕI)c[C)"FdELχ?4۞Tw5-u<+"x	ӴՖH޽Nn?ӌG1%"+x0zۮi5Ӄ(<yיU!n;jQME[[146O`H(^-&$ԲRZ}	ˉZf"*2:\\wRTuWH[}L-ٮ	?:P9*.J>[؉vgm$v	xIa݊>l\1Pn/bxץcԟ>Tղ
wlhciFIhgT)}!GԂU	=ƫǘC?Q%2֊s2a!8f+w?!Z$n+"F|jڶ́oʉa.R-!40M3F\3zN2V#> ~6Qnn{փ߳	;I7E])QvrS7jrMߒI3'˿ŵ\03b>ɍ{ߒ@YUb
@-%[R(-ŏYo4آ<;
~$;W3M&ŉ$.=[yEE~ds|?lqhecȝkV5k,RF[&*}
ш488!Ŀ0?4sӭ(Gwɂ	ae8J؞.SXԂ<'0ϜU;:٠=*Lj{ݳAґPqn\Ĺw7+fǰ~]%+ݦI0+KElu,&7Mݙ&ZXj6:*['B;>{!:Ţ&AeFl*bH׿}kkԬ0nq(חcqd.;2wБy1BshIgpzpKjӕ]*Ӈc\p|rD.n#^iGMsȗGeHгY+ڑ?LB<B`ƕ R,էb#ArÙ.+rMךZΐ
e"g5)|A7gE\GS:Bqܟvɥ
xg6K!I8"lĔ2)qG)jjdSAeU{\p]%z9*0vVМ3bpYѣkCW)+
"w>pIx?B9<Ats؈s!u3tq%/pARuсF)Wǿֲ9Mԯ<l(Ә&BP1*6aCͣPԝ~4"5'=650]I#njTK]zB#u6_wBB+rW»CRL8dQ.6 T&WCλu~͎\CM+<^O_UC5(4DOTmnN)Ẏ</o!qYq@œb|f^z+ZG1n3q=Ʌ1iev#Zyjsơ rjmuy
Ӳ7G/g;;ɤ[xrҩCckAfiG͚i_Y<QxRgƏf,8L{.ԅU%ͽۍ)|F|2rM3_^mY0ԡ7THsU̾)?¸1õpUAKv9RiD?T5Ѱ2,@ȩ~_Nr(00PReQա7tBSdJT>2'pSnA<}c&CJdI"-Xuȫcegqαf^%D׳>#o}-?KJu޿Ès*| (xy%<>vɞG8v6܅їR)A*g̑ m&8"=WNZ{s[pA|BrFqq3'ݟڑIzʬؽ1Jߙp:Y'6(Ye}JSu8iyԙQfX5s[pPX<U-M'HڔpKW<ջCҖD_#V^xi\V9E9tɭfpw|ׂ4uLԁ&>"?P4QusnȃI> ?0Y)Af§ʵxE$R7d\bPe`:t˅:[9&΄X/fTzkj|-n;&|zO2BnSɔCU:>]Ų=ͫn̺$N)dUr)Z/j[µGΜG_΍8q׀[4֟Ss?6}pچz :mIg:0*{ρEhggFp!)>Fԥӧhx$֨|ĭR_ 4^+wx_0nEuIx(W2	z$TM5@S8.U%/f:v0QXZ޷9Q׏TĲUՆ)`s7_~L	U1u?fL&~j[yۭ]~z_	>Eɞ]X}^͡w4]wعA%PS`KO͙7H$1ĬwO_Ya_٪ʎx'N_"N+v Xe&72_XMÿfk@9	hv­F	3ׯ2/=z=ɍ|XK5ԋ;	<!N{N/eܬ=F˛HǚAO!0o_91$)LcOǷ","AYǮv|Jp/)X et^3LhBC$%t,}e/ĕK-VOrngՉ<O<,8^`%Ja!4ʁ0 z/p&L	´/\Zծݩ{KL$a^UҤ-vX#3ɝS.͙|:jys4z>ψnrY%2Ë-oǠzIy>emmR 	>6$DY3>b@2jU1M'0C47Z]]3^7r§}{*m TaX5\td-˖J(т6{
M-3ɔs:sW Dd)p8D&^ΣޑxȐ_ʇ'2_2&NЅTѧ$vҾ0ޅzV~3~l /SSiF¬2`Ǉ|<06Wڃ\W>(ǚZP-P]J_mr {B(ܮ&rE/L.[4ؔT@(x~uzCN>ev=Wb)L*O/m`w^.Tr@h-4.\ę~5zP ʡ7k-b
tWp,cwixgҭ)]6m! ع4Կ,ʱ- =q֗Vנ÷+f9,Q۾+$Uv/:<jU)q
m߫%'[
aO+22"w]9ݡiw65KyL8ˉiײQq@WGWVR:oIe}3Mgp,gLpUQ/eA=_/dwpRεdPfi,kߵkGa#y^np׃\ɺwKdktF#,l3Mח>ϸR
XÁ""čv"c:DH=|T$$D B[!'РȨd;؆߳˛ߨrRFlmUJPB"\xLh2ks_8rη#]ob0		zoB(r͙1#ۺ?0#Pft?=t;ŔYJ7Eq@?8$Ǿc&=/`ؐ43ޣУ>AMvSn#&7ճ.0H!	_bϕՇjȭ7x^Oc%dŰx =ք=_y|#F3
ө$exǗO`Da':q^Ixbʣ;uGOjGYRV'_>Hl^FAgXN2"`
m&(_hcٕq؅AL9trXηX4?g9D%ݒb=tpdV|
HO[u\x'߉jJ:Skɦh]ui4H6h"?^>.<cc24,qh*Nâ
J!UcTyɤթ_ZVߴ NނmFj\&Du|q2M%Qxӝ̔
 q4+htHǰ9XE)e	e4KJ$Nωrߎ?;U|܎fͨdDjw|TXʱ7i+ߋ;vQ1^]y>(=f]ggSþٴH+r<8.ZشAŪx!dIs~X)]r@Υҥ ^ˆӥw/`ܙn9>	LYHi
9_Tum9<7jPw|E{Xkf؆O`EѸ߾R#Y&w)X|cߓ8Ȁk55A)kD=2^~`GsmQjv)LsB:ƣF&]tŔ.D0NVPOC6 {le
m܋IK]Ō,O/յFVO"ArSvQ=Wk9dz;O#B\DnЯ܍]oɚ&+x9]ߪ8k7Z e`bCƛ9"X։Uoֵ@8Nf?!M\%*"Ŷio@LA R:>ҵ$&t(KG#>Yb?]pP_ {}zcXO[wؐCӬu>&ALGX9,TE.Ύa5]&.{d,Lu1N͢ۅA΁AcD4}"ΜN?ʪŞm6f̰JN|b6c_S=4m(9AЙp+vGX23yCYi<TbۮK|aªj5@zZG'Ͷ3ׯTE>x\OhXp3щ"pD>~PXbBS>@Z"?ؽo(oY[ɪ*+)&9SݳD@:NBܰˤ$+ͫ҉:g-b@M99Hd\Σ޴fkE&Rvw}%	<f;RKX7th٫m	Q<Eqe~&_@'k^*nޥKȕ%ιM.mt.>3,>_q(:m݂Xi-	p'eGIZ;R4Q±DzxƆf,kWǎ ?-jD6^ Kd8-X`zsf!qcPaXٽ9'́m`bϭGsKnl~|Pm ͇[
tÖMrA;b!eBԁ
|;q,}\,mC=ܚ{9}]kKbqd֣/6tiԁX|y.H<`+^Ym3J}s*1Lѳبx\/ihr*Ҝ _;] I}'HO#sA5DxMɘP%,`#O;@P&B:Q8t],POq ϫ2kͤ&@a}/ڮ/i!!YӃlЭ lIrPdWլ|+=qH{{P̨C>Z9'v7&KkѭdI-t?3DԜZeys_t`K#}5׵DEdR3,}hʷ)1LKB;5ZKY:JPYBSDoZUϖ}es&c4rbi'6;(M<%ܠcT[fr5RpDxfM:=bfٸeۂЌw39%=\n*4JٵQ5>Z`bڪ5رabXߩ}X(|7۟'tu"k1@%}heE3k3vFM|8x/Ƒ@It "*RZg	krWKt\kilv~[:աL+[dךO,Wq0a4	hLA>#MO]KuŝdۍP'=o`V}1ۆAߘ0VE:WfHoR;9ht|WG$t!TOAz<Lyj-NJ^Z?9ie VB4XzvV?F>!ol=Tѳ¥~OoMG!^;N |H\K()ͥ	Ů̈kB޹xmb0h:Ń<ZK7tg_hS#&`]Iv74Uۗ۷Z'm}xŊڎSb29M+iٽ_L%9NX}/>׉%OlOʝ";0/~3P'ėZĊQ'd·O_q^ľ#2dȫ5%g)XV{APsBçu+T'ru1Ͼ͏?7·c"óq07Ī$\03y/.mTLR.2+D<<	~YϏZ./n1oCWT29EX	wsGU+>m{nZ	,k|F}؇yy>m"Ԯ^GI	5K/*+ڈ$Θֵn |m< W-3]S̪Jx±_f3#N ީ8xLs1>ͳ+pTjōxĽP;ЬAL('ގ?ԕM~[R ĸɻ[qWd?uAvy\FR΅`lRqA:B˪H}
{ K"89\hb}vt#մtw6-1Զm)Dˁ3}#w+i3ǐ80@ɴ[ϙg\/ˤkyy1sփ023Jӌ+mT\suY=ٶZٚ;gp0PxѺS|Olvԉp!W&.h&I>قO
`z
ŋ
[ő+v}щ{tj
S?/ȠF,K	T6un.hLp'o@}j=Qow=,5LEV,	Ok`o]FtS
Tt[o.\O=yFBs]X%=]/VgS>3˧VX7S3]Ly·4	"yӀ"60'Q~ـe&Tqx-QeَK>OWxW`<e^qEDe^,,¡'c{n
	66#w#߆DrƟ$ۘkq'[GK1VU{k-|h(dg%'z\0I=y&sT$v=[h_5й;i*̰p	&РؒHV#S8U{ë}!E>]nz<ʼ4]A8. 4Ʈ&Z]34ʣ>:OkäZV*8w97W1p<.^Bk
ja]:m_t,;R>;l4-5.BD߇ų۴ތ[HZ tY͛yڈlJl,(NN
ޜ̖hE8v1
|5'ٵ[1Fɴ1)[Ԗ`G O,D$WVL0h-8=ӡ0tir*Iٚ{DZ7ȣ{	q(ELÏݥ݀\J1G6&naj޽BOSar%8u=#(<!.6o{]͗h.Aվy7}R@̫B/.5]R3>0&SbBA'Le0]H{Єk.|߳B̈{aĘڨ-Qjp}t3M̋:h#,nasH)}LdAڡaZtSS	%	D@UA@O uwԹ$N	}-Hc$:*!ebݗ[A3}^B۔D,gjŐԺO!38ŗi<8pËq܏ZNTOR
x
XiUiE<	~
oTzgppgQaλyfd
"ڞ<o׹
~bEQN@	h;W$1AǞL܀Qg]Gn8=Udy3_598fr.OXbT:ԏFn%sE^;D	ŁO[%_Y}L
a/!f4/:-e)ΠOFYøD<=Ag#z7KiD/#ݥhkb0cDjtϋWXmn)-p^Ս/Hzѱ2.sWTCZ1=3ARiv^̆Jг|&weoV&>?ܪ[uu8̪JtƼbe7bo1W3-AsJ߅K}L$0"rVRnUs%̿*q}Cm>}2=rP/q1xv-sX&~O;	l̾DX;ʛK(NIwo޻d@$pˉ1
9RFIy*_= kvgPi;\MZKtA~ǶKIUe3eɦ&>CT'WPZB[Œ- HçAp_qZCݨGUCvfo7sX
&iĿM}O8
%eTd;+_:1.!8ލP"mJ'tZCɬUɉ:7 ^͍p$^:C5Fj»hFbR>cY8}@Sok )~XnAv}"i_˥-[}Ō)vQ[=ڕ֧#	j+:Yv:P$4u W?3Rb=ƂʧAkL>N{?[Xܞet{L&g8r~0siι^u~1ô=^&<%#A|yW փ=M{f_d{16ďf1^ܱr@Vi"͜]`]g(73v9vtHkPТֹz1fgϚkÌ`b0TYl	aNh}6$ӜgߏVY6;/Z&CUnLqXJ͞\8.*T>UVOW6[Í)ډ^3"˭k=ɮVs*yϽQa4'9;PXh"Ag{:ڹ 
كƟ^8Y6HsOHm6r2Kem}sa<}˄Zy'gfgЊc3Ϥ	K_v@b׫BGU?-j1819m_?`×Ŋ'vBv]?_Oһ͈4A!rD2#`qCV/QE,t	di١}zWy`"@	6Q9u'е{c|jr3xȔHPaʻEՕMNԀ%`#VŦ!pt݈'\[eT҉E"mizlU])ݠfȬ]wwl޾kҦ)YӉD3l}*z|[)<	h7%p1WJ%˫8"oGtF~4@}*hǲ:v@'L
k^+ʅwwpDs/uk83?d)^v]]NĊ0}7@rET;ʰ>tkFǅf(a[~|N$2!ˣ҄02xBr6ܶE0[zdã/{ճbm͙Y	Ќ
%ES؈lcaJ{G[ӒZ&TWQ+dzٚcFga/pNsٝ?&v+?]C؏݄w1Dzy,QMݗuj75قN|KZׯCGm=7zOZRo*YY==o.?3ڼEW^RrU|J8ϧ-]Atsb6ثM8]Ȱk?BN(+cYb̌j9<sFkiWFGgӻZݓё:5mLieM)EֶļSA5\E_5N!1`U7ء{[WlCI{jO\)T°4GG15>.,؀L'!_+|ً9 $\ךDDP!h>u%G9Ȕ-z|LO֗uH֤>diz9HZ'6Yrqf>Decf%pbuZ9+Чͳ?rnX@U`i`t
QR~׶ӭX'5AgTC%izCWٜWs}>mjgYp"ĞD77)kCDS>l@iM-aǏX8[r8[-OunCMMEC(GojzνˢSjތY	5O~qu.Y`q6NwAbxqV(}]I7"ݧ)	41T>^>0\l<	{%CZF~w޶3JkYWH++E_D."f%!Hz@9
r
"@WňYҴr$GaIf){2KI+5϶d{@5<Xx4QZ
xp`xY8H]|>PH`HA2\atF`iH*&N˒_6ftDtpGS#މwiѰ[utW\`mOհR*>%ȧxe~{ɲ5̣Tҕzpݿx6Dб:5V<Vi<FڸďG#ֳI׾ܻ,Ѧ=('TUeN@}JˉRA0vhv+>Ͱg
J_H\km^M?Q]=WxQD\9-px:gLHYyǹLLoŝXXh:|,]t
l'Ɏƚ?JĹ"kRdwrѹ<ڋR]ͤױlfXh`=ٱj1TRy2/P݈rI
fjY֙AmF+VH5ҘYz?L`piBՠyA@qVg%Xc>$`-kވn[{U`7ȇ~u,0j/pT|DړK:MJ&t7ŚVы%>x6{Ѕ:X6	;8/V~GdrQ×ub@QlwcOay7-5 $}jϊ0<3'dğ7vг=__|Bb/i
̊'Ǡ>}8g8Rb<ۚ*{HR?Q'9mU2~ȰCzPmP?`U8r$TXr3ޔSÍ"wAeWnx4Jی{	XrB?1&?B}%_$,®/c	ZkbU]W̝e:	,#oJR7,jݑ&8$CC0vW&r0SboD
{xu&8X/O ckyTE,k'evIݨJ*7Sq3-dZf!-ˣSpu4ѻ}½Ai-ܶȅ_3Lh,9340XЋcԞBpz'Bo'2a<k=hVƄQ?T7[m֓׫̘=Zxϔ8y7&Xs~qy>Ƥ/cخUx~'C;SxGa0ƹ7 gl,ԎJɹF0& Dľ(S}O*RV*Ʉ*_o~D:ܗiDϭ"XӪմȔmDM'>YJSL-uё ^mUQ܏Д
1
P0vǜ,aBKI_bۙRyVFzVcԜ׎ǥ#H	j?2"(ؾ5ɼŹZץ/rbϷ"&FS=н|%3LnL<VVpхġԔ^	?"501 tlM|!ܔbn7'1d<"2e!f^'LA̟ħƸ?M)JmQrt֍pMlp;;%HĂ5EG(=$S8[DٍSѭ&lth VxvVHy|)ѿTZ./k8h
JuݿӿM<HI~r\ #ޖA@?`zT!.
ù١l!;pZ=oFmkliS~0|GD30kܬ_Ȕ$@Z/~br1Fohwֆn@LKNsP0=ӫeМ->Y&AA#DŲBLxŏ#ng	Q:Hpzhɬ5

e+"v-ͬ˸BxV{\"3KͭOaMy!kZ._pC94Uvyg,a.֖3m#xG<FleUwxܓ#'ZJ10iFqEuۑy͸yәd`$AW2>2{k0We"bpϮR%P_g,c{V#p-D5{T$8KnaɉYJܞ^&*~uFֳ0&`)Rd88Ƞ+Óԡ \
uH|Ɲ׷	ݎ|rOҴP^U?ֹ]UUZ=(h{<-Џgf6mu1kw!ed-Oї|SYuQT6}1;ͧڥ|Пeܹ~q6?.R6KO'&Հr&FTcoG8cFN{V\i9ToZ6ܚ[N-oɠw=M֗6rf~{`c֗m ]F*GÝw
})Gvr*Z~ڽK
fŅB<_T?%Or5àGSTou*'Mm_hyflǾ$ЗU)A~sqqN\#/ADî(tv)kD3l+*%n?NO0h[\Y{kͳԟ.Vh ު9F_WÝR
Oi*yfm,sb05Aàm_8ϒ֪QΪA+i\W79֏ΘF¦yM6^ 4>6ȹѫGی{c}5ѓv_9 *	xCn,O'iG)cԱ^	ve?3JC{<dOA،W<62I |Fp2ס7ǡJ̽_|}-Q^ɦݼ{z}ÛYq`ٟ54GԢֲ[jva{O~"t̤N/%ހuIbfaH8BJCbܑR6vj$%yB+1GlkāBo.DH|Zߝ[SSױML>&!xϮD`^U˯.uxk@0i%a	|F7\Jx(F4JM@Ģj/5Ѧpɶx{؄#?T	[`ٸ؈bb8pcbG7+ϱ@a>s<
3}j?Qߍ}H/>9XdEԈ7θ[ixn:}Pu2!Z(Gf[LH0Tę	cH#`_IK_XޯSciMIjRLE/z]˹ N>M%wFռ?̱ֆƉvww~A'{e7jYjPi4+9)Î1"do˶S\M҆շaNϴ@r]#Js6ќ7LP7xGf]v܆z]fjDt4myo`sJs4>Q2u&bzDZT@Ś7+<v`6g<X=ŋx-S.~R
pnNpvb6`I+ȕ)~:YG-So]}XgNl`T߱Q-7(Gܲ0W}\tO<qcg(vO70RQx0Ə<֕2oYO03I7@ \6v(pJK1AakaL"=x;܈l/d=>lx^MS%d{ҭΎ\;PxE>]-3׎5YϚWOɂ*6V"DF	C{{jri7%eNÔ˷1P;XbYͩt\э,l"~ͭKj6h<8ȳw8Hf^{DU78&UыٖqIl5!)EwWGϣQK!Ȗ'Oۘ'"3ġY_>*Sl,ܜ|Cy܂5/SzYd65M`(wkDNMߝ29tNUqWmH ̵Э΅3=̊[)_:^*OjmT^04AKUh}B#\e=fƷGK^pϐܾsW,uI"ĐA+I,;i 
0ɝ	H^r UlBʾ%t^ث݆Lb,r:RNLlfވtVIH	LΩ*S2aY5C(MV 1&*R~rm#Jˁ7	6#o7_y@?%#.U0|~յ=NUYN%eC}ڲ9/'I&g9͚Fϩ
cێV\ۈhZ|D_+k{gOׂɐ2S[xv&gSپ?ϓg2']=CX*nZL%3FB;)WiUQcPeje,NMx.|?~ryVa͖UB(NZeȹw}q,8&4t{<A,ACÁ~7դ)aC2?zω1tyPO~X޸{qekt0ݭEb-(Q+BWl^vZDU`}ĺc2Xt4Ȯ))hYyHu2łv:
tK}z:!z˱8:KQ
zz dK˿=Pl8\@EIdgWHȰ3"U܉'}_C%ҺB-t?\d{ӌ`Bf;s)tlכ$	l(Z{f&Ҷ΀9UglawRF5Bj)a|
S[u0WVr%&gW
8p}w7֒o̜",bsġRUR0pbcMю7V=3-œ^%*iob-.!OΤzFsl&ǪL??x}ciǼ}'u|:a+%1Ě=wtbFԄ!dq$C IبA<YTڼXNOm% '(0DFЖ~]@ҍMzZ{|iӯڀ\	Μ_]REH.&c~[Kw2[|vBgU#n?rCoX Q*/$c<x"4#p
pf3D
cv_<хIfYۊDڏݜhh
Գ(՘&fFgBG6¹r{W=.z^7	Bʀdxؘ^umSKWMJl[ub&=gf@$#xWbUSbS!DǙ5٢XO+ۣΣ?"51HBHIұlD<SʲW-~A7+a`klK7cood)g/uOct*$y7^gI6Ol
ƣ|MޛۢRВ˫ȱ۞3Րr?%a1d%˥\)Ym.ŋgy-21v4k5*+Q6Cd0'ѯ6>RĠUp> Mm=RۿB0sO-*LgJTݔ7T/VL:X$2׶MgZkobcص{$A<gV4߫imTLMW;ZF^Q<(ƺw9$2W bv[UaXW@"[l29=uGzEţPg]^@xG.
Ҥo#5Vj]θ2c# 
w̕n٪m%)ƌaK6 Ҿ3j~ӽ|eԮޕu6n9yxyy|&ƈHJ7siИw?xymC#	ȶr.K^sr%S<;LDQBt(0Rx6@_9~)FD:Z}0#$K]78g|bQ)ٕխQVRrn*{ϵܮuoѣxx/<-m=Rrr!([h	><
Q̕<!{`AkɱnBҮ.kF(ڷv6R,ϸlG܆\GX`b)JCp|1IG}8.Jy'%I;t_|k|G	[-;`כdNrcVssAx}.:(vÁLƢ=1ŵΚjVRzOV>7(puƽ$V)ޔS.ժQNֺDs(!xs],h.;ȕِOQQptglߝ>د<x9,Nz87օ}l c?#(Ag`_TTڀ5CVT޷ }x!wa~ZjWwxt)!0aѤƞ[܀4PsU^>~Jm˕B>ȵ6]]x2ʩD~P]۟Hv	݆\Uk<"s2$gHЄEciҖ:u`ێw[V8!A*<nٽ25t+:%LY&
b·|,r_/5bh{%۵sh_1Qif!|şN}/rS^Y;i!: M]9AsX"P+?51%$Khz)rzCԅs\8S;QGŌ&39GrAclvRW7a8x8~i%HLq[j"TUjR'.NPVQ4DP90uwP%΄2ܱEKGű/b0YI˽kZ1SD?kPCzOVFlfcCC΀{@|`m+H PeuyiT%-C[N/{@!߳eً$VYcђljIo_/Ѝ8Ф(9.-q/3N!ɦy̎*˳<-cLOG5X"R!oS
 ,0 ۆ+1ƅ}b=ߚqiuybqdl6LӓhC+<Ϸ	q:RS|}La"gz#9scj.D8PFjNHNY`GT@1]E}ه۩ʈz!!X.{H?-Xyr#xXj<dشDK>=joµ:|T)<xfVX9>z~&`56܎55"Î&8{MF=hx)ՏGhnNro"Vt~CɌǟNlU˺FY#I
ϧWzJE*D^p	Ɛx_N%Dv8#dFg:SݯAm}^w̢HKq%BW8[و	v3aMf˶kRC$Zw`w(	bqmQ%r_͵]d{BYR=u!l?Oe'=]{1ާ!FL"GYh%TĒ{>A=҄KF{"
˄Li-xyB'h_kU)mM.uR5ˊMM/YdͭL.К]:9EBȎt:¢ٹG9stdvC*-gQHw̕ KڛU%_$ ܚ`NU &ӒyF~
:b
n|ON)*'mC%QWe{]˞ֱI&Vw(b|c)IPO̗a9׷.JbwHp8UZr(9ؠGf!z{v>cF7r'yH1(Xn}e7@dOI]RmkKi{Zvȇ:p7O*ʕOY4n٠׫$U=dиCbg+k1,
$֗.)~(7ˡӘ
~8,2{s5me\Pc}Nm͛bhS^^Sׯ1	CLJ"!!Tf\nwM'Ԕ!hvœR/)˸ōЦ5Yʰ~11]Ѿ=heؽ!-
J}ҹ߉"MXЮǓyweɠEƺԦI[\8t1y^%,\k½yNl,]jVM ̂ibU@UO#Q>B-6v+7n@w<ި	߿>)Qq*mDKFsjGSЖ
cطn6`=۝<yuԧGy	jڝɄ)Ѥc+g޷*ݸ9qu,fD<.^;~a,*AqdէR{DeUc϶q"Vxro>WkȍOWWF'Oh܊լEcXDEmN5LfӍjL:CPg;pðRnKTzx5)6֯mr hP..w8+}w-,ưX`r_O1δF!gڱ>#BOl߷K`-G!yg?ӘSXçqJ/\CȎPz<81K</bebb-l~6=Va#wRqn*H̉w#3lWcXKJ،N԰5U<={5BXI^@!Su\g7GNvv!WswЙhe@[-eQɬ`j}jwJbsL!nːo|/>խl=2܁YEkcM8vriݟ(jGNgcXMJQ'f6L_(/Xޅ|NNPltϒI܃A>vՁPՇ7EtT%?ETz>ކr߳+_p03ڇ*vڥwiڴ)K&uDoͬtӣb%+z˲_,H'~8
Sw5]ǫK$OQO7U$ŕ immwÆ
ZʉCu,ƧX?jҴ	0vjyM{oV4t*"mϙ\=O¶)3vyF:+)doQ)HmtK+ЍŬ4ˏȚ_]wp$\2k)p[:.noj4^Wh
~Jk.I`0F&UB84|֕t`a3+>kۼ!6V+r?՞mqZ2cZyvVfsqКSSZc`^Fu5NQ(+pe"3nی_46+nFQH{g9Y=La)cB<dR{*#=vʋrܟ٣XBbOS:6@[7Spǎ۽VF9% ~XPNq+J8PhuD>GM#P ӪS8lT5yD!MDBLUcs$jRt!^\vt(wѶ3TqXxڨ+$szڐ{/J$@V#s|W!-á٘ދ;<8~w `
?_+>D͂]֟MQG5yh}7ӯμZp1edZ<>8Vo.]q-?JEc!Qì)m{6q=)ʬ%x&rOoS8BؔNEsoT3yHrҫ{j@"?L9#t	MM%GՆlMw(AP]!ɝ8'IqH2ڝy~dGDϚmuH&'T6Bs$}~m*MTïZ?b$ӱ˦6MI\D$eL2	`PGW(WXrT};W!d
5Gg)I	ن٥ϐ[)/!e2bfQ&JEEiKAi?^o6C&rC!O erk+<$;YӲ9ǥ(`#Ka8ۖаH"zvz8UJǔkȝ=,VʓIIG>؇	iܧTI(G3WӍ3ēNDܿtNNB	-6Vw3Eزƅ|8߱	c*7AmuN\))/4{B/j82x=l3J;?]ޙ\ŝ%ͭ^ưa0*]K,ʲDSMȉ_eKY/9tS?&&@#69]Vwy0CbŃ}fSQMRlWB-@Pf.}ZVA+ԉ;a!ihG52O\β.}O" <ȇŭ;IKd`ѲmxM:0%Igsτ4\ıXtYz}U+!=2/47vYrXv _GA6LOIY	}uXx+Lo͍T«&SS|DZTށ[[|RɔУ hAɿ}8
'Ow*-EֺrS!,buf;RhȥQ#ݚvr˟=|Z8^XC+ӏxMA^#	xylo%}cQ9	FV7o"]3 8ڴj'+!Aȿa"2
t#b:ݦyأUC@}:KSc:3-ɥ"04V*/ȀO#f{P־'QܯһbQ.a0p|
ʘ[<|(_u-,*˭=t4Nd\ͷNpZNvH5]U#wn׬-׭\d.I1bƧ\HtxmXeDi̻^rs>$@Ug-JqȖ{'OyL9;@'Aڝ(gO"ЊVKj]\nw]ӓ ;+h_G;Ѕ:Wvs`_)DY#IK3?Qj_=p`.ec4&A	$ƎħuWT>VPa?dbhŉouV>˘4?}UC7Mǡ
]=OBx]Jehϥ0hog%;vٱ#\@AP޼.<'qml'Q?*Vt[?;ixa~7Fj&9fVyOgC/53P`BxuPɫMLiDkOVύŹeҳH"O@	(AzpAԹD<S:QCf/d T?ņ1y*ٹYCɕ8Ǫ}7h`2ǩgͣʂ	;rD!aԅ[/t5nd"1R!f<8߲ƯWO(-jDV
I$a	M*b0֬Y20f#ƜiP6?#?mJzN($؉,
T7t5GHL- BFޔG`'zaC5#IL'a6Ho<n'~.5I]1'E6<Y*14ػ<5~Sߚ_o)	`YwW)Ңهrø,/z=cܚΥT.Kܯĕ'pthI-HBL9ƒFzPpu׷	s\y[X90`*Q\ `ONieueǷh{'3?$4-'Z&ӴE_!CYfdE>I/5DBՁzrbB$<'BK2L''F#~6%k%3|cD$>)ͮ=0oD'',!4&߼ݪ
rp"&(ِ;?&)<XϠzML6ffBrlk Á@֘6ht.@(d"hս'viRܺjì}$ƺc@vEI-mɅ23P;ĂHo_c6!y4';ҵ ։y}Rkf	4w5S<_uQֹF,p}oã9LڤycC6!{l&0CX^]FND4uD'9tiS Mw'	t=7\AqBfgBXSZ)ʁZ+h<(6}C'ʱ/dDo3;.Z*3RѼe/{k?#FJBENܑmWcehӚIV˸+ѲmHzӤv+? ",HVB\u4O͙!x)}foC/}Uuy֒rԷ@lQBȴ׹lހwܷC7+[݈ܧE$q=6҃ݘW`0o:H;]Y9490zm19sJ8S(UӧT3ԟ{3-ؾ_,796KDCUA1Zg#tCFD7u>ԟ`QkIAErӓ`\zA^qqʐVŊ1#0WlxJW֝;	fѿ0
3VA1ѐ0vۣdg>hax۹bޔ2޼ǜ;,J:Qj+~mUy͘Oӎ_KZ8 ><y%w@W˴M9Xb׻#miSϋ\0i7)W)ONɛbҧ@7AcE۹)D=I$OW!U%;R˚(;aʤ_*fԬyt_";Bw#<C8+56ԂkQBb]	Cn;[}7#VE/Lɻ0&IΏlhsW#xj"ݷM)w2:8ys`k=2|߃pEC_D޷ڒѻWB2;/vyNHH%|w֐rn	R	vbPҘuN0wܷۮߗEQӤ|=sgm6ۓa5DafphYimwײ(_)y&k	vTr'Qh͕2xuvNhGݜBvs(l<R^}<>I=ۭ!ѲY١ݟb7fצ][gxC٘bǙ
rҰ4pWǚǟ	`4G;/q
U٤r-.Wv^̨S,GO1̥4RAm9Riz;>,7UE^ڻʾ,w#'feT͇~%N%4PU	I9ii0Tup"=:tZG7XRal-r@Ahhi]lFG]nV͒HMK0[mytHۼ
#LN*_Ń^rpe~g58,L%@B:3&R>PX|gȎPع(iVJ6È%|	NKX5(tȫ`)nWp5[iz#RV"q,+6ƺK͎S?'9-#-[Ylfnl
&?>I,Eۂc1\}nMbV{AȓNZlk~8B!K$l/lP"i!d{uHDf3J#ؾE8&ua!vF)Ǉ?ىպҗ;M[/=KqY:>P%<iz|vJh[yZb#+FsD>"pW]X;-ͭݿlN{TXvv#ڛ{և
ʚa>BNFPڒ)b1{IY۳!ףI
j4tH9Ԅl*]y$C4'OB.8qaz[dKpNW#G΁}{PQBbhAeڧnՋ̟1Xygǝ@vg&CԨb~hTENF80r/g͎%ӻΈcMp C|=^g%:7FeM>Z8{kzD5;5+ܘEDx܂MB%bA:e5c3?;$89pIDp+t):@y̳bW38ޤE$̺bEHٚzʦ#O7ߑم{A֛7"1]CrhN<m*lą$j)_~mxR(Rαݛݺs7'*BG+Hjs5A:uAE,V d,!"Zѝa+J@A!{Nь+/3m<ɵG&~ت}udW?M Gz
K|`{~qwy@Ws|`tXU[Dk^(iDȨƭ^rm,T#,zܣI(pQѢĹj0+YN=~Q.I=EFOyYj^I5y\̒@<qi-҇@H{9'mQTTAT2?*lС(
/ HYTP	53"FM+y`yUz/yַFܸ,8\0CbfݗoaW~ܮ^ӋH9ԑ1v!nPPGĽɍϐ֮bd_[ٍñ&Z[+qzxXh,[o=X$LyJF8}-0Ǟ}ˍx!u2;b.¬/#v8ߪ#Q^5bKjviu)lҸ'U|YvMfS-q>ޫ%nu=_B4SPe#c-FNûPxu:0]E݂e¾\2_JYC=iLpڳ.;26n`QxZ}Yܚ@ȑ9۽de3ޕ/Jݚ]"nOL@ek-qDJ~[9!\ީƝtc"O.̤Q +ҾC$dK-ՐЃ^@Miͷ).Xà:̵|e]6JZڏ<'-`J+chܞثi#ʦF3r>#!ڎsVGQ8BGTI0Č_{ej1;. }AErq+\c̓jd56p"~o:k/^CHmje$^F
M,%&q(;zbC҅9}6>< -& uMxˢ/qV_P@Vh~Բz{P Y'+6fa$?CWk1D'~;މj4-#F?AўcZ)AsoWwdBWڀ"_M'tȿ4reϛeۋHT(xN^ݙ!| 53ca,ZThL8Ȋ)M˝rNVuzYwd^1jBn)UA`dn(tjXN{yM\
n>y|!߲O-p*<ͦ܊c;8mp]aj\c#^EO5x&~1afݥ(f}EiJK9tb/*QǰثAo6UgExƩ%kpfٙQ`Ҕ}lٱaKEƝCj}c!xN߾^]gF|f14~up|0+KJtƇ=7FS\G8[ט"l[ۅq@w'ۊ=hR!&DxP&o!5A2O,GGi1iw'@պxIT%=9Gq׹$?=Y<>f#?{PTAcKw|C, jēfp5FۊzZSBӡ_`')Kėʒ
g!0snOJ~mI>їtsbZcHj5{F7NN/<`\.p҉Z@R;46ۏa+9Ju7M\ubԵq|ȜϗaE"Bq=F[yn34z>?e֝<-c:п	߆({͏ȬzKMυMrMJdu]Z'	Litsse&dǲ#tΕ|5e6CT+{0kkHIQbߓٲgI<Dg7 {ŰHsEݲnv-?#JfT?)թ#0nӊ+I&ަ;մq2UQ=)1щqvrO<>>J	ՈYFZõ"2Dpdo_BwƨI;߀ɏuQO9tu<eͽԪ([\*!ɺeں/+}i	TCFv%]mxY43T;w%_c'SN	[)EǴ	8v~+Lљ	1@ox-Ev@4X~W
i+~Eq_&mX<XtCJmCtn!Ҕ+0Bi:hô"ǐ'3G
4є}u"
uٸu<E
m&Ki)Ng(ۺI wPoV79RlCk	Gك]>HՂ>NΘs9˭̤P0W{z*;L>dwܞ%Zpr&HҗfXLT^4pG&ҏե[-3_:ǴM2ݼԨ'.V:,ٞ]x3B8(Ue3	h{1cvղ޸$pv#[<*ڄHƗOL:Bd@zqex!aI=4Z4m-Bږ=6eHθկJV	}Z-#,7m-!,,ejƎL
<V{\A̈́<clM̀gEu`C4{
.+47$}=:Z$URu63p.m){#1eZ)R2ўN;ǯiĖЌk29Ľ[]*@Rz5;|إVtY@
)X)Ͼؤڐ6RVi,/*mǏcY+i.9cvGvˊX7Z-'qpP~Iȝm{ѬԂ+LtğԃźB-ka͖@s	m4+Hv^%/սsiVzfD,%yOj(ҳ7+hl,i>n7G+5GߜI007]*
kʨݠݫfWC3|b@8OidW<M0$E<-sp(f\Odf2a Lzc3VMIN-T}Q*N5j"աi%YE
luг`ܨ0aMPAyti~5=O`R_^̿ztBVd}.Vq)dhf#K}<syRG}ו#Wjt*͚/m@P`ڞ=q,(.>Xx/T`T-pLL{"j߰,ՔwYwPv`$,4>Bս^3kk`ՃuIKr<bXSOw|ӳ$a$`#^;ZC}?
fCʏ|#3Jmw`Od,8^ٸ5WbmU0lKG%`wxIA{ [z׈HݿO-"e}}bۛQ_#cE|Sn+5ɑ`~TMб7f<qfބZgQ޸^y#^G:Dyɰu)Ղ: <
s8L5<3[΃AS*_ѾHlLTOX.xƏlHq;'XXޡ}Qĭx6gɒ 1`EWeǐoG,6־¾NnLw__5${]ZL։.<FbaѲ}ҫݭb'4?Yх;vLR8X݋~O,yӑ"$|Ҧon"ϫI֨_ԛB)gǠڢ_167pިVmWYv=BA=79D2<BƄy7@]pAT8$4SN>Ǡ)͐<~Yvb8uʭ]'"&xlۊ={ª@QG*N)dml |hj>QT*_ajn˳6nvTn=`
a%-x3.V;d#dQڽ"^u9=ٓPS\3hZbYl9RאvIT^*rjKvH3!M`B]2bϮ(Y%*vMmSy {I?APgH4sL2	N`IsHhx>@kgQ<+Jg6KƨܴXX+tIwgO."?*<8f&''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(20866)))
