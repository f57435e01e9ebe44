import brotli
n=a=0;b=1
for c in r'''7x0Y:rhU/:G5(:F/ú1OZdN:#N1ހ*jwR]L2Wfy2ŭA8P60.Tt^cCc19"N:+sr=*21 E<ѳ{7uSM!YqL(ooՋ@BF}tn~
T]!|?cØ9G1s:*G)~k,n^6}-"ݣ\SCX=qKV6eϊ:Է<ŁD5gU>j&,GI=İ_֡J|IxÁݩ|RX4Mmz0+;8ġ5"إ<Kޛڱi',nz@<Yavx
)٫I)dc5O(H"}}6$ڿ lR۪Wot3LR.TN۔Hܵ'ǖf,|@ѮG.YO>R""8ԛh@xo$.A-Ol&d9P58j=Arxvf~'+P:uBM&ۇW̞P١%ͭQɞ*;+/e*gqFu1nez^e</r5WR>G/{&xpąePQocӄtd"cܮ;ƤzȅY֜!l8p:8,;wſA;H
^&u2-[N=yXqaD{l-]>pOGleҚ
2&37J[9˼^:|pH;	S6-uۜ*65I{{x3G z*jrTZB1Eh+ѧj(>yez6/G)ZK.3CQW@6`F
	>Ա6Vȯ6Ӱ(Jo!8_4_BnWi)DH#ٯT9{!ۢPhЙ#:Ģ??֌S'($ApK{UcOjx*8ވ{H`޵V7=liɁ&W},K_ιSty
iƘhE$&a[F?AD~6	t3ҥ9hRNeto%{аs%ď2M
nwS&$ǫGT> ?U{i`y,y`}:0 %ߚ~ÂɓN̋k\ϩ0V=ߺBX̓Ål|iҿ\ݨ|)r2UVT`;[سKM~EAű˜hzbO_{~Յ. {urg˻j	޿g2o,I+d+͇Rpɘ0tٓq[yl1	1
oiYEhvYoF%F9/)K$AL7K
ؖ.Ցj*yx-6{Q'=*ĞHhǄQw"B"vG[=ݱsۆH'L5s**EfAT7mԭ%KG?GSDlA"1F|~)'З	2.Z+E7|éq9ql/ϭj1z%^A%تDM(#V ^ɥZNË_p3D4R?,h9ո-E0D>H
J]eY'Y0Fi?rVMܮc{FǍ0X#ƫɀGTqbGjWi-]4??pқ׎6؝}l߭=~6 ؋jɲԽ`VFWрUiI{	jGK1ӸEV5/ZplsoaV2v]˺-݉[eCťg14sѡ(1tsU"Qa atבhALM%!+7\<]WOd̣'O@kMa:غQ!ćEh=5_hDy]N%Jtn	š|Ewj3$&4ϒ;iW	GLſ-UF& Rf&eĎ!kYзbTd
ʺf̻ۨGO<@Õ[CSy{l
1ųx?'˭Ԯv+I#Y˸7ޏLjm07vZ@;͹uEuQ1QpN`lZoddTMGi]6C)كܼ4ün͟iβfnZސ<&Ei!E8Y.p PR;s4i:t\ϝZR"K֯,|5E\jǗT,//MʝPIнP?M߄n	XO:ݴ+x#(}$E%}UǙNS>6Wjܝ٣(/+>ڃk,bT*Ћo>e7@ߤǟ0XUBo.!XCgoV'cYergwc~g̯Ӂ:ކ{~#&`f.-M0Pj,qP8kLTfjpɭevpt`1;ȵe7PY1O@L~i%ӎ\{Yq-C8Vm^sהk:^ZGBfXn3V,3zͣp^RCJuFm/#Wf\oiƾ.<E|Lbo!SB~?ǣۣ=	`~y8]6װ#2T{TݡP1BӞΉ}dwMw؆Zپq٢GD˥!<ٝI=-7X ̨@DQ>M\}n޿T*X̭#T/RX:R+$y-K;g9PE@>ІJ@̽z|
~1JTDtFm׹Jɣ$FmZױ:<43b.r<wIq|VFn}HE&JA{r>hn}uȬafvny6eq_P[`{7"^Ȩ<͠nob\ƧЎ
I=VV"Q}٪E%DȒm1q*уtcVhl2֔%J,`:Ov
8"~]9D/|Kb:VF%$#ѩg
#EH54Ü0ę+e>7Ւ?rJF:͞y؂34dYn«UbuVʺx܃ѸE/Z)KmΜlRma\*nff=FCпnG:zж1̶pb]؛eLlpJOpAQ.ȸG	g0j\G c+,0
=Krm{kv"NbGSdQ$˟t.ym+Ԏ\e&ZZȷU1`RkQW\H}Swh=#u
ŚKWl>,NݖvN\y&
d
!z.dΣL"d<eobGr؇8Vr{Ze?YT[PӋ͌sF(2A?V/X;S9#M8չ8!	E!%k2G׾{WBP=i܇f@":p}`U3L"{~=DQ۟BAf_1kLo֍xI1#?1il
J4J	&9P;ƆtSliDLO:hŮ4	_)2K*cNeyx`Sx"	,<(gUać`[Hxr+W&ĭ1I,z(9%G	u]RCEOBw!1sOd/uԓ]Um^5$Ȭ5S..&oćXsΕK$Ѳ??}|%nC@s1s!kh=ֹengz{_iZ_1[/-Rj:
;)P2R'O]Ӝǔd_|X/#\[m}cWT@zF^<XZ	CZ<Np~?B8ݙF$ЍϧrMK*fԹ
m@q+`րya:_"A	l)KbnfD'fXqT|[@QH)bBCC%7s+n$CsH~@hR6*';3g6Ժ%+l6M`˨*lrc8ϑؕ@T(Ot=Gt|3Ɏ:+nVٷ35=x\/HI|Yf&{ye>5f$Z'fSUV=M8Eþѫ Ԉ)s̀v\$ߓ+ڀ.}FjS66J\56Tr҅aJ@~4bX#0۝@a>n @90CٻqI'txÒYQFz){HMfavӘ-"1;3n:5 F^pZo!)/C۔%&3)? ؚۦ|[aJ;rN	eov~T$nXFٻhu+FY'B[&zۀuǫt9&pű=C_2G>i݇;,,p#t3kZӓ"aV*+Y#j#:m]Ż1-a{VR:mbQ;*t#j	$*e 7j;#r*"%M"JU-4$yͳ0ŵƾGRϚfhD8&Sê90~0TI'֐39|l~.׀~;V<ɢ*	-{ffrwXep|qEse*fpfPL<8ݣ@B*mӧiewcmP|ԄBq|xMY4o`Zox@ekJ+pI,"U=.o0UhĝLM84]lblƪ)<mͩue'ipUU0H,ɰRr-T=lØbʴ9hƧCT֐.{s7۝Ϗ$9YΜJ}D/ӫv6KEmF~f,~j1EpxƇ[R7g
ďGx0۱LߺW@x\"͓Rt@jT]bĂ3זRUu͜v݁n}&?g]S:Yv4ĤXfkr'?Pa?rǳK@oФLo޷+
H"Ʊޤ܈[(t(HLjs2gB:|܅ݑ
ΪЪ]Uoz{p]rCs1Л6[,Lp5*7?dM֍47gu_#tUA9<O5ٲ0;\SlJN]-o,]&	,MNնn.{Ӟ>!^p0"U0΁~_'n;7!'T|>K:0ˤ=*m-O%Ɨ9ځIxE+_1,[&hFfo`Q69Օ&Af%5,C'ˊ#͙1DI	[9ƮAX`˩{xҚİ(y7
kkGC χNT<5A~`!NlbJx.;U-׿ӈ-Y8\ԟũ~~jüP~eJdrqņ@yZʠՠ{5s*8}T7ͮ,DT	2~GRz
9Yq/V6}΂3*6{>O)m+εj׸w5zą ߧڀܶĮ~Dx8)ܰǕ ~+ID=A6[2fۄ/`/V!ƐU|9Q40?r72!ѻվrҦ=>?XxS;[j5b.lOk_oJSEoݜ@3zeƷE 2ǻ2S{,qގ,˪)\'-͆/,!To(C[fKΩnZbHɸ60ڍ
<<{tC]*&LDlRfNJϫZ&TJg`q7=^&Ғ2pO0BQee&̒͆e^jH"I&/|@Capҝ}|z)Tfl϶É_^[,$q+?[I[׏=],\.ʛ-!X[5E?yކ|XՓkOo"S=Wn֧G1͚Y+6^Νܧ9ub^w׆m'95i̷OŜl>/ ےx-4*FRBzmIř,Тk},5xQxŨZ%T>Q`f˟}TjU^C۴زj3,P	UUNGjnܓN/.0"|]i ̤֢?ǪauǁTϠfÎ ͦm|ڼf߳Dƪ6{*oF!'0t"ؓb.!W0zэ81qc0]BW,H2VhQٰ)ѨJv#l`ߋ&A!Pupw"mX!mzi;ffinWϯ;JOFID7cwz˅%4C\'B0su1~͌:Idt7'GJ:sk)L5	w%)͖=P[ܛ֐Vw\2YS7Ls]Ơ$`gو'6EFl'bygū<ܺo]oqT`֝Vb˴0v9Ip\ΛX#=nk~?f`YXJ[3k+~9٣2vc&`,oQ58p<')%"dp)m/.`=9k{=iGmt1TDew)3l~^ ?ݐvݱؗPQpFc̴/]ZJ§}׋2(}g>E.̳˩;d,4mp@Qʚnx(&{/&}e E4qvLA)1K2#T0xTn h+p21Mi1Q0 HڋM>YFٟH
lM0ב׺\m}#1*p?}2CalCljDBl,fC7r~p4Y"^b`ՄW3isf#/,i"b 5ЅvLN#fKdҴ-^\5M*
3QxqϒT0~z-VƬGMɴ;BMM"[@4znҫ*dȬݏu_kKq#20cLl=ˈyZM19sm90zS@
ٛTdcDMtOZ t,w{j2l%}BM6E/n&(K#hO?+H`,ddc11SنS'RAH/c=aЩ$Ր{&,|}ں)|PHI4H[dS6r*2h]!m4#_qeB&2YnǺc9`Sgx  Ա<2N%N'68.Ҏd9R#]ݨqҬH׬a`G^CTE]eKT.D~lI,߇lVi:T?Bs	Cl+Ae~-P[]iXUC'?b%PjK2ш؎ð@4+tUcJ<1V2Mn/L&0RԤ5ƶAK(׃I)Kr$4`ckxKh@߉#`dԗ#s">QӚǭiH)Sͮ`܈Ď~<)uOl)QZxPj"| :
EոrS~/'oZMJfh3D-Lc8z)'0UqxAb$&P#Tw2.tB[ڜ9=̡(w3G&&ԮHG@$|#Ha>XOR٠WMdM[-ګB<)3͵ڮLӕ8/u1ݏBČ	QqCH;IbV]q۠n`bcϙb (TJ"i?O,:7|<$ $ x#oHtcd}6I|pӳծmڄT)k¢3nǥ<?ɇ
F4%_.yrwZ9;@ޣ9cǍЏ[O!ՠ==@)+,})mcDf'$hxPfG8IFr;.ajVve/AȠ48%ܴw[uo r
"T/&~AJ7p`ٸ+A$2;?Q)yͦ0ftP,iC.qwFW®ťT@TҪE Oqݷu؛dO˘-,'uSkʱr:HYfdZңJ}#Pmm9@9ݛ?x˦s5ѽ7o8zd9߳wG]ѧrB*OM+^eW/-C~ڳcʹ/OV\:B6iY$6QNrϻe=T!Nw6u\֑{ʠOOW5O[{3Jzxl&o|vP:ؽ)C<G2v>._tE8	%ڗCgʖڤDM"_'ڙչJҹ?L܋
ӁŻ_<0`;15e-֚3&ܐT<Fpe/7VRCEm(r!8M=]xkHK_zg/K.%-3R\F<ڸ'Q@Wi[I:g1nJu@TyBˬmI|W8צqҴ3s٦wsI{&.~sy`b7ơEfnG-߯BJK}Ǿ-,W;5=0	IטLz&[+	۔.8/w[=<+nwO{vm6I:BlDM>Ѓ%l .eZZycr5v'hqBq9۟TYC~l-+Dm|:#W&]?uSγ»JTCE~Y`_5(9X2d0݀$ikΞIe0vci-a~6<ϯYx)tjɡ l2 m<G>U1^T%i.tAGҐ'5v
(R)rՁթ*X~(i)Ȓ"7@KQMPӿdMƭύTw_[Cک?8Ԫ(dr>oƚU$zR,'de|z,NQx2ذQ7sҹ_h1Lk$(Δ|g?jo0$h̦xgM^XYs1)QeC"2`SJG*XXl%HRKmaҵNH2=):*#X-	{
=H`Kû-vKJ,ڡ.v~@{ZwTE,v`k.Pc\_!2/M5'ej-[omz_`m&:k0'EyKԡ+ ^BՐAfH;ɐ\qq*Ƭ$few(&̛j]Jǋ<t(ӯH_,Eg~c{ڃN6dR#k݆	SĠ^k/C[Ovީ
 1{[٥Лo_C̉C#>C;mU!~uэx_l+N;s`#"|֒?&K4K\ב_y8GF`+/%iLvװVб`nr0BcZ.ԏJ0r;Ԉh6 CՄ^[:QP%<qcli
k(pd&MLfnט`Ot^Jc  uh67>C˶ǣIqTOx{I0rg{tt^RؤlQZ}t'gg<ǜyf0!3*H;nuRM'2VVΚ>sF^PHX;
R4s] Η@e_[ƤS#kf\wcDǯG{5<Dfׇ4$(Y)}{6-XB\1<ʂsV}?/}Tn9P
L;Tx[9]#ޞWLm6T	o{awL->1c˻UG̈́	lE֊x-*rp|ӀXt)E^wJΰ$FnIܚDݬp@< b,EY6L2l<]q!׼Lӽ"WGtED$@`LSPϫfK:hX-F0)$5 Z1X]p,dT!nY8gx:M0ү	v(Yy;=6߈QЖlmGz#X5Fݠ3)g}ײbyg9f1Ovkmŷ%)dOUDaoJŪf+4ce\%ո(֐ϓЈ`Oܜ$]՘C-M89<@JA}TZG=pRKhfHխEϕ9wZ+²XJ%0r>W~htmkoT%S&b*6Y̭HX=i#7_ 89v8Ј$.f۟q2NL:nEm;ñ݌\9D{g`*=2VA՚w'ٖTͪ *_b?/[ԚW8Ɔh oFWlcD[.P%X)V7-pqubR[AFV9dNޱvRz@7J4&eTܼۿ| І>(lĀԤߛ\LvIٌ!
phDC("C>I؈ģN"y"aV$W/ҧSwԗFG:KP	EI»jjߓ&l@	c7wLߊ;ǃ~3q<l?C՛&k5ftgSޜinnRtxhtVbzE459ٯ6tsVV_NI/OEpEe
D0C)ڒHqXm(>!MğpdM)ٹ4*m̴*9P\ړU?\%Pʳk4u%<!o"xOKDOnY;B41/2[zlD&r] Dϰ;Bl5?\R@9Y6RS=L'Bx9,?n"l̽;̠0$ØGI|4˥zi2 }SxЗCG5ɾMHV5EvoLl-^:Op+4+ Io8^Q0~F\dY$iOlf4+LϖR#gEBM3Yzrt
1ď}j.K|'ɤѭ(3Ө1y+[]=8Bmi'mύw?ڂF3*;g54\h-.FP	̋gi׽g˼fWÂڨpI
pt[_g6/'v'2bĥ#nƭl=qcՆzQӁӒ-͔1?=YGKmi|b%!ݟ]͡.dբ٘L.nѡ I*<2Պ7/ͱY2W~LM*fdzMړAH~hjœ/uĲ{U~T[ʚe7k3nBQ
67j4.!Α5ſLsE|U0P`n2[UKN՛M)j@}bp߉53EÁ94ܔSI!VgW¥r8HK|ʘ"lL`ΏYL><6nސ@($wСa?-)q[EVhѵ5;H+܋7ߑmouMQJh^ $YSdF½g9c5b1ImK
ō$zQ]V8.׸SN=2gV;lEf,y֏ȰY:]H-n[qUDYtpo|Ia{X؄n8aٰ1K`G=w[Ƅof\b|#\VAJ#ShĢr<R$o$gbml3iJLWjv	>qX<2>
	%Y,u'5|Xǀ$ڗ611 Zqy?%|gI՛˜0$nP+mGp-x7d6ʖǘĤ^_m_Υ*1LWiF=j]*KE/APVѥEΑ̞b`c5d\wߋ)ǩmo2,mLUhj)Vd'-CjfPnX_#8ϑeyL~oad'Gߺ;_h&2$A],alMb0NҴqg8BDlC#Ea*N=j96rϾXgo_EĽQ_Nw@ڽ7ێAbnlwޘ
˵F!ـ4]|~E*QEE'ϯ ߾ro]<w=΂)Uù[$Sl[
߹.ݧu?;/t"Ω]c^Nkv;wG+pH\v9I6p9HwFײ1Ƒ2ՃJqRCȠ];f]ҥa9oa=`nZz?B/+fL2w4U1dDbI~ٕܹ^гVΤ!|7C2Z.Z{@-u}fUp0+d6b0cUr,נO?F%]3t-Ϫ7:}S7NptyTk5;$f{kuSUѐ2mFo{xv6d|A΀/jIX]&Gېs3oaxx+)-/+̋kx9?ICtIL{3P<
Tb̟@A<K$fMNN&ViThj?GKYiDӻ
	bXDYqfѐ@яcι!6pړNw6PؽH
F7ˏsQ#҉Siכu:¯&?k%(Hg2d=h|ߨF7oUOu#4qfjf`
JGXY6x<֭`2OЖn>X\^8.>Y!~̗'ޤ!.,a$({ GUES4wp<#6";-TΠRleǰJSc\mmMK
`QE|+~`M:h8L=OJem.q(,^HZKVZFb~D[ڮOڂfMLy.Ctĕm[KA%]TR5,u}߫Hy0Юܚ#BZ&8VROؿHx1ږU(.)Ǳł:вAEh8qӝ~qس)Ε-)ǹ^:DFwSrRl(f>:o2}9Gr|v*|Y%nx9`\)/}ؚ݀:ӻvH<O;q,ɓPuF
 bTpu$~ݖ`+hQu?nNӀ$ˊ87d.:H)PQcde.St8tO5C_#z,|\gWŶAvMX5e60K#H<OVmOGXcߺ}d͐7 Y͑-sVz8W]ѻl]phɱWYD#rF<$Wn$MD}3V:&xrBѶV\
n6ӄ˱zTH5۞r۵"c
5VǤYI(hMzpHTIh#{.P9nΘoangn~pUF(CtБ i:8M9srOt)ӃGE_V޲pմ=YZQǎ\{MްAp@s6ɔ) ?N8NR3HG-X>@6<0tfDړ[Lb.A :,Mkd*zy!SF5Z_ۿ}MۣU޶ajܬFSWՌ9v5AJ2g3vmM}:..ѯ!yd-0V{~jf-M#ѦPˀMʇs<vTJєrjk9zeN˭i).|dŲaY[Js0')XWN'G"ИbUk+S5,0Y)`ZۯyŉgOF|?W{Ȉiy"|5AS5<Lf̔Z-5ϘzSY#{n/{jjcvHQdyJîh]V Zr9maˇ>?͌eD_>-9vz3>1N>_<uٰ+eLXzRΥ(ǜ?ÏIjQR;ۻXwS7V-GK.'diܙs=M5+%۵ғEt:Wl.qرɇ'+,^ɎW8ȴ.ԀҒ=|'@f̍`֥+AiYN2w?Ѕ7UYo3ii08 $&&j|k:NQ2I.׶eCYd<
Dj+?H)0oZj`ͭuyB/ɁVּm),S{&RM `Ae8oU3#,ϨˮQƥ_v׍X=עq]35AKqoi"f-fMMUfufn<nW-!UÂ#'56CJ8%dV1.&k*`l}{Uqb*h0rj}ot؅z8FrJ*+rSTٙrpUt9Z:И*?=f0Xpny7v\̷jŘ+Tfb&Ӑxev=76Kol¼L[[bſۺaBF	j!l7:1Rà4$ZKw<=ˎl n2~ZK-C(@W΍%~^-iEҾW	~Ϝ0J5*HY.־_yߐ'aPXF8Im~~oy%T:CTVIv	ט~	֟mH.٨P8Gsf
g?9P}r]ja_5ŎFZs'b[q?7CQ̋+mcn?v?%Rӯu' 8xd*Ă79 ָkOnHtf.2):]aJnCSE	M=[>JT$-އdh'-Y>_0ǳp˫ӄB|QEb~̐j8! g7(l!8*qԽ]igu}'DI"N>VWX׼n$Ge%T:~PʀYHrWaP;i(qFMYjcoBʱHJC~j}rpDcM,Y Lƣk^WE6|hy)zSّҚA[f;+p6Q̷'1Lz&oUoNj$\jrVo~g
T))ЅyWSC1[3*E_ص0lZ9=0m$eBf\<&D,Cl#A0Kh*\ !jwa(Ua,̟'\CҪ'[ח_yF"dey4MdTLG:߬nI9u/`ZF	.ZG!Ec"u`6vk5#٬ϳcMȒ?̎7߿NXw4.7l@Mex˗v7[N._6z! %
uPSC<8!m+;sA܊ɏ$'Md@{$C٬@2@	c~,,.qK}0ɒqyqA? *s-қ0X| ݖIu+<{f<́B=afkfEM)fQgɄXIlI؈krT&Jl{fScJÇhiZwiQB^wp$j7xY˺2;Uor< uȺӯo8RHݔ̼ȧe 7å6qɆͨ	uir`71P:Ф3F3(ٕɜMvȩ#r=;V+yk1[]`8i"%мiRMjľ/(˔(YP/*å̛ƨ:!ǈU((#s,[ߐ"ì|FR4q]Yird~^fKz03EQ|9B'GȇϵͭҵgPb-:;;u6HZ*2E !޹A%o5 aÎYص'SȧOtK90	/z!o/?]?%|^MFKe\4bDT-C2(q{Nig~sI.3TȍHwo֫տ	a;f`jכCGj;@7J
 51X݉kns9?',]FRB`lw6ߌDu9ݑԳym*A+KEΉc6% K5|?ۚC05\ fo-~kDGQ}VB7ؿ}!OW-jaI~tȭɥwV}1mڈdڰxuoZÃ.)bkHb0E*ɾѐT%m@j}յʺCɫ2NxCĭ'<NdivԷS28y/~e3
!w.sGЖ۩&8@QLc\Aө\i^ԂHku*+G__ՈavT,5	o5u+¯k^_usYzX-#ӏwDBMˑH=}|ENyO1}W[	Й
$qV"H_:}vGF3aG͛zArq&C6q7Riɹ
<?>D#H͒T.Ћ?ԭQ!O`]vQY&)j"1o\cnGTdUAGǋ5ܓbx[/>AͮbՂB]ɳo(/F/Bi-,E2ë¾F/8EFy%֍z/{ab~{ŵ=ǴD݃SlS~h=	cH7SR-K6ޠlܭw;s`!IK(,(P0{^5ve7eIpb	g-R<Uck]ӄ\ǟ!ηxͿދ͊P/q&~a`l$C#N:#NW$ujX`o%`"3LdE:RT%yLPGiOq
;Zx!	1GJڢ*mنKIܼ}D4zEY?W1797	'G2<^=y\*frLK|D8+x߈V͝Kwu@
\VLmLaf.bCl@~3y+xgN#d'{6@"W$̌*Zpq~,W[kgH
bw/z2O[5'=Ϝ׼0y_
P.+ԘjS=Հĉ7_Y.n܎Qbl#j:,Ó*=uEjt48KnxGlCҀTrn$[P%cE9=Wb|F2<ҙ7r"#nwCgNeb#oύi;˟٫lh{\٭xfPNd|=DVY3[?<ߊilmIձ`{9:/]֑hdpcE!*I٘>1QԹc}K'
)|D/
YmܨƜd2+X5b6t"l1ν6/>to2ۤ[3C+ytrݕ`bD8/VŬ>\Ҫݦ
mSHl#j͍ME3<*Trn*.דv͸[:qE;]i"f^>Q+FT}Ѫgc-Әڲ>cD?gT2MH#cÈnHlM3A'	aj@0-wsuAq'<ܞ4N#_55caKHnM2Aދwzc^p21 ";\U4Xۛn3ur
S#a"D}[ESufv6qģg3ܳ1W8)0s.Trލ?5-fe
kۗY 96̋G`q3TX|W&'?ݐdq|*IGʴݨ{
ζJ/'-4ddD)DwȖ7m^7:uP~|Y%hA:bhN)l>ޜy*5ZQӿ"*#H.V
̧͊ǼID3=F4;LN(zI,lOAe?S IǰGɃӆbUH Cpu@xZCm4"rʏ.H+I~|͉USCצy-J
1m`!_ȾE6ӑu1!i̜2X*[ۀ=sa]]p
J_nfp9[ZX%zjebHjJG^BIHH:+ArbC7ҒV=4."ne%7m>faA׉B"vy~z
tb,so:+ϙX^34]v-E/*,)tCVp\Wگ#cHѶg7ˋi\FȿK$P_f.C<7q."E(On<}pSy{%|{
q]z=|Hr3;DƛH1d,-;t$0ǚOd2_xzy	h%'PR)k%cr:5x]4Nbn*	3Εw.PәNFfۮbK<{fu֯Jxjf$WLNm~
\f!ЎޙS)#(3ԙt*Ao@¹MX ii5<C7+{nȫ7
-͋ۀ"..#jl\nn0-Cr:t>%pdX<,,9=!8z
@ʱ%3ֲaG!=0ҡ_ԡgS|["ft'<ߌŝ_:^л;Jh<pq&,4wNG6xkc_b!(gLY̫untȧܺUaVDwLܷ;ֻr׆ӌm
}w/ptM&Ռj&/zЊJ/7y'ټFo&w<Ɛ-S	Tج3$/I:W};X^U0ǬX2w~A~8E6D0|X	k3}:Ҽ"Q,lI%jeʤ}nvpp`GЌhA&7!m[f2UVNkh V/#Kեm?(vYI@Wx,5r/|tF!r}]/Q'%HIG&DU~?؎0/M`Qٕ|}»pZ-o"$
:|Jxt̟4Yzg	h\6De
V<!2YI* /j*1phr N$K1(;S	ٛ(ADקgǈCU_),`L#8&#3WglT	Qɡ>46OKA~gۧPa³R_7ف`
-<dL(<%PǞ3ǮjPڎXY:ӌ$u2ѫ9HF!vZj4;?׭9SZк_ԹƛɁaIf:bC\ܕӱy=wE!QM۟~H%*R\R]@{\(10sF'@f6y}\~w+n#hUŁ	J#}os]yXF1'}ig(5`0|2o,I~@mlwX}6v<?\ ^ޑ+zZ%2>33.xIm	8ġ^Ef^;0hf}`xZLLV	2`VYƺ>#KfC>-<%aـBTDY;3e{\ڈ;
)ax['	^`]*%1Ǜyf9qDCyĆp<o<ÒcFTlY-K:h\o§m	J:Ԍ0,ML,ܨ!Nܗ	M͙^޼;{Ⱦj<udV"Xs8:M#|4$!'ԡw*c؆5|+̠fΰOѥ (<V!+d2\|/lߞeH&X-Vy]P%/C˫:!ȧ;b"4;Y"Zlۺg`6;? ?kk^"^m!f~kMǌ"uDΎf֡޽s.p'LBԓ^mkI@4`Mw]^5ěF]&O\+x$HnZ"?%$ۅC18Ee	<+<Y2=VmȞ&b!kgݞe&!((tF׬-@{k٦cW9'8ԎEpU4٠x9](XEB|[9LgpRsǆ-xD~T_st(i1B)2ZЈ3}#O<w*618̾ZskF֑8YȤǁUăנlvVJ]o/(DѰ$rYZ$~|qн9|#Ϛڎm_ (j!¥˾}0omo#,5U.SsކG55.с$\k߅3ԐTвGϽRgNafCZ8.hhei޲^AGhWKޅ];N] :x/}`׏hF346]ٹ(eZPܠCX٠ʧ?ٙCϾ_dˀ	ugޅnVǇjM3vW4ތD=	6GL-"&ÅK&?]g{5'3?N\՞s"7e"^%_:՗ח)]jX+ַҼڑ
c:V0i{VRK4nښtCR0ю&>ȅّÝMȏLbЕ0ʺ!2
S7(dDdթ7LCFeě1*օQMKWpy9{fe#6)h.{5kz'Jw5E~U(Qi*@TwCfHXgL0|AsS`]Jl*dI7zԛpaO~cYŚ#NIJ҆}Uo.w)jſ<YW}Ch]ۙ15VϜK]PZ6n.2iӬIn~މp%H:YEV Ϗi˒-Jgpn/wӘ	@,pY<xAHYbOH̢̕qJ	zoANdW
)C")[2BT}ulKGu	~s}]$ppuD;hO<ܾpwlSMUXgd͢ :Öԡ%hs\
qGB^R4zCu?)!F(h	$?l`ډZR	nET|XUʜ5HܥSz,7vʺІt[
s!$)IwҌӟ|dKiKb.EM^4dJ%f҃u$.qi
˙?
Q/pirw/A=d0Te,VPŰ7VAJ:28B)uK	PӀ߆U}7<z~P׼{f
JGޗDkXIuUEЕf	ުSn͓6Ǻۋ^0pGTδЙDt¢u'06jN|j?k
FYLՁg+}āw2*EwHW{ءF2yfЈڸ>R}?P׮SM{3JEE!M^s9oZby''8RkWD,ÝeI5ٟ`cB);ɀmʞ²}1T1K4@G.s9/I4|߹;bd$ƞUNBpUWqHLF!7c@tERa:<#,\ZJb]'$+2}.N`
юcaYOHc{gw|7ŠSìyӑ^:ظզ
e>zo98)(hɢ˜%Mhv%aL/Wh<؅6àAAʉe(MZ)Rriewc[sOXq8y**,]ӡ))cg<ǫPլ/~0,yfBhYFoE'hL;rhӺ`&X\"*ҡjp|uW{z۪l7nhW;-͔݈Sb8}U.bNv5'Ƨ*kPȩMjяCő	D`O9!D1[nags`t`tћfΩ~Ӿ1)@xI$s#.i@sXQp̛zrY&bϟu5k2[rՀښ&0fs#DfQ\v+ұC1KSω0[*cٗq<_۹Lб؟/
X}ftޝBY.vz1x+6Lݯpm_6R[HISKɉeAAŗ#QVv#}Ty;+RC$я77Z N`J֡mͫȖ^Ԙb֒&ֵGBśr!·3$ȄjEQXǕa)Șds5{g1'^0ܬ9EiWHi۔fqɜph|Dey,;d֣mpmcLjNweU'}	.98ff͝?ʶY#HE'B&ځS7ky&p'ɁE\BoE&=pHiDҸD_ISd=
!@
1}>z;ҤGf[g(z(M'!'!M>͵%"zǽ'YWلx`t Ā78PbS!`nMjCعQ[Bw8mY%30-y҉^JsRl+'8S`EpHt-Ɨ#.nivijLH{^~-^ĵhtɨ]oWgE̾̕EҜb)ǈa|nUp6@(JSxן,b.=p`!(ْW;6-ۓ]DQ^DiӮz[wS4(F_7ׇX{xmՂ_)X3"ہ|+^	 ҈:1ڸʹCR*YHHO29B=Qk?֌oVX/cb5#UekYCmz}wcw.Ύ|x
.e[X.B!Bb:(foVfA?TjFARh/.pz%\j
ԭW|iؖ|C%aP:
`*՛/o.ɝJ'Ayz;(1C?KWKف>}E3ıL140C۾*8T,4wZJq(+;H; h2u5l\=UUٴ	QWSZ=&XLAHً=ːajw'-;2YГ6ÁFn]L{ݦgN5@IBzURCgl=<!ʙH̑`>*<5[>tHxco'{*GL92}XPv.$-4`Մ1$FJPz#9͔JȯՂí4'WwƆt}?j	Ml/!9<+MT41PV}.=ːTOOJf)FF֒sӬL"ld:xgU;UL$mGYܘkwWɰ};³fWYmmɂIT:TTě
ZY[Kl.<V%[NiIfL\ORAqɳ*h'+mvoWgnmς9߉6/E3w<K]̊$0<e=QE\$ۯv&Ľ 3'Ƚ ^2YF,Qȱأ.Fyp`?*f	G}F*JS0yv\χ0vs`e@8T+
ؗgݦ	ESz+')d3·;BŃF?rݶ$n4=(<-D)tcm)2@dWu.E3")4r>&l<P1Ɯ܊&Hu</5(yKQ.)f	xKDP2'Wb5&mi܉1%£EK,_^;ѫ8{&CR:u=&laA<Xdp,!.yr9zvj;C'1$=y)ɻ,	_2us[QW'	fgߘ}^/#gg?l[xR9>;G
yc%c(&`/M#ހI8E"Y2݀Ҍf+F܌e>$+bm;7`p$: ą|АX|:9]Hhɐ4c,Ƃ	"X?yF/n1^+*ވq/-	3B:x	:I!MΊ:uɏ#qL:kէ\ĮqV߁Ssm.kNXWNoՀAnV4ֶyuS;Vu%z7\/\db:6>h۷zz@Iwԟו"m0ǡEd*Я9xd] o "{x]{|1TVʬhr~S6aczpvgu|KۢѳiPzsҏv%tSY$x<IA]дCś޺ar*
B\.wbte.]kD@0'գ ʨN]S,c]T\yWBĦlV>+nL+}s*Ip߮N`QȓL~?
ݥ35av}H.cf͞rlzz"^~ן)NсE[`1\D/an3v>&	E؛Ǣ/voE;	ќs4:t.KՏD*Q2g+W"[JjvII7EĨySo0G|*{rގ|{>_$טp9fа)?D8ʳ[9T(ݦUl$*&SHCI H݌՞IA{gާ$؀Go@^,]@P8z9Gעx4T?ӛdp)sy(cJw¸
_>o%E{Ft-ڹ>6#T޺AԓYpڊPV[	`T+g^ʃ̻nWoU8.Ǘ=%ERGHuE(,bionzAYi#9رUU2>:m1wlF<mzNJ,_m*nS	?MyvMV)Es}~)8btK`(U`)$X`l7wڱ[Έ>(GLcڲƫǝγ(9oa݃bX$A,&4{FN_$pׇ}izu,7+q\ȝmp>DeF:^[zIzNdہ݌J{Х[dnnJNfvfFU'3YQ>Cfہ~VX9Sn7M-ZhW2}ʘwZy0:L6}w..6	S'ٖ$#RXY{9y\ҋ~bm->u%2}(|pAwz̍ZLALR,vߕȞ/O<|1ol^ÍOHV9U0wʇy]lEj}y%	2FbJ5HИ˟fӈ}^P٤Gg)SMi8
Yw|vGTIMxzu7nƥd$Ma9Q2J$X>ͷ/eLK0D<!ٖ
.(=Uı\J4wY|&)h(==P۵ƇB|@B24wCjaƛܾ̂57xJ&FR='4lqH] !y./&
8+rJbXZ[ȆsoHYڠϡ}yo_ֺMźD$|a`LPaѯnOFbލq=.l'oM5fM=Ģ*,4& ĪbτK-71ǜZ+qrzśюb@dgkL:pPbgaմ[ڦpKI]>vo=l]O7T.nWV=WH&l?!~U&ʳJ:<e#
Z=:
zcheOthGQ GI_9qQ?HeE<3]ʷwIN>CmSwJ0dsFc%D$tz3(ߌ_q2FCy)Ӄ1MW@Xۀc:Sտm
3Ϻ@Ͽ̖uXݽ_fqn fn%P6cv`Ǹ܁E'maB+mhuG_hvMc7T2LRi&-vdkӾÍKIE&9{tq"-9d^@:5J3NVSJ|lsDk#nYyzb?C)y]GQ]"yfQ29R̯E˱GR%?ZDY8Q@ȻȌŠ"eEC2t3Ok5t<Jgn1h\q`ڐ4CҫK=dXR̗ǢHВ_C̓`&Tv\I^ZfQGW=+f=8*YlicWG|9Vr-ѹxGEٍȾMje\Jt=d3U=ѻ3`f
N׃ߏvƓ`ֵGF+.$ؠP	(rѾ3@4/W
6_d	uWaqGɛ|^>Bbn#0-r+J-Fm<Hƀb3@TȰ}6'Z>t{)-v)ڥ-W'YS'5"	Mr^n_W`Ą]{TJ5Fy΅iy[;CEE@,Ww:\:
Ƴަ:7BZӊ	̘'F(!D~rl}׆ҍI;Cs±
>۫ep?f6[	ȯ$ݼo SK\]K8hd#6 %#vlK.̍s,e^ƈ*w*
Gu":SoWHbЖnT
)3uN*ܣ-!<#I-˜%YK}YԼ^)D\݃U.`ѱQL*3J$,	]U2}!H7ثD7`U9wiKw4#JiP#CXGүaR߱xpIFmԆò? !:ӊ)}#DghM32b*5SITiٜ>-p^%\cxvcxȓ("Mƾqߪ%@ֽA7ft\JINtpO7^ӯgDgÉ'CIՃ!`l4B/K'˜O#ŋ,-RSY4pZF6c?#t/'=
nOW35Z+6QԅOוtۡG
ATXi>Ѻ)~y/;ϚlCD;/PW|E"2ĄJ01@z;w&}R@YSgwdѻB9ы>Y|ɯSf'}|lPTR$eϚN[`QXVij
ҍ|;q7dZӆOGt85tr1d>v.,b2qu;ϑ//
)s
QA/-n"5=X]ty".3HjcՁ13>%̍90$*Qd|=%^8K|̰@͘z|gatE<*=)Yn=1,:f]Dd~QSysgOQ֬k-[jV1lڃ|(,Ne"`ԨW0@S4,uJޝ4d:ׅH;d>hpi]X
'^b@&.JjLjA=71ɰܩ>=(3C\}pcoV`*ȥ>wfqh$nlAmtҩ>&-GݻvxΌ*_C'g(<@A)kn%uťag#\ӖlI41bSJv<)9r~X[rdYjTq5ӗ:ZV]ؕD@l7m;i$̈vg[TKԤ¥΄{C;uUY]5R*lN:cg'**Ʌe޿ʻ
Xgg޽hN|%
gaĬEϝ(\LH"{-WK{(Zӥ*r~;WO
w،o/R%Vp&؂۬i!8c_s7<d;{-hA7װË/tV&8(;G?*U_Uy4ۅUGEA	 pp·bڸrv@8ː
d:;ٖ{3^Kri1WBGǶM4=L76VWf'FK.d--!uNT~sIGoaE5̚2?L;uƛGk2CLw0,ƏXtM½7r΅í~#.tNM1ϥR;oޗ:hK@>?k6p7b/U"XF*aծ۷ =`:.:^A3wS
<*)	ۆFw0ưy/4?mjncx8}ȫ<H#эZ!bQd}q@;I^ϫٮ;=~ۛRz#u`|y/V'0$քMbcͩJ49#GA˹hֽ~\R$"3&}>ׇuZR]E͹Iq<ݶ \hQOaEH&
&EoG~zƊ4GRm./0 Kure}OmWkp]f>Ȣu=+BOp6clFgZleţR%52LZ5/
bsw`3Ƣ(_qy;܍Tj΁OA3c)ΛV0Wʀۻbyc˦Qg/<8=.Q
]zkH`2*id٭Ж8omwIp"v%BTQ!yKW҉G֟-KJ/h;"FoςF)il7u/	ݔ׏PY|\nI|FJoU~˂?|i"K\zE&J&`ɖe-d!ΟEx<0;ml+UX{|*46NY.iڍXԳ{'*9cS1ӫgػjS"o:|Џ\bݦqʯWPQH%6soǜ:b79vXU{w9ڢٯPrդg4-Sr2&H.
OH(mP:m0>4W%|(tG2ʇ s~@CcyWPWRɛ-JJ@ԄR-uIA
z!8^5܌RbcX5^6\*I][1)RZ7qO\MN
-_Kf;ZWdvYgZT ~A&Uڃ@:.	g+2D-&ɧ]׊^.DOJ&q	
A+XsڔRzO?;L)]J2V@@H(nd*_8,V|$B@ɤ|u?*+ћ3^/Wʿ{j	s/=2ĩkVח1xN7ӭȫ{ُ_	̤FQ^Ω6j;
oӾPd8^Hƺ{YR)X	!8)V$ߞGմ4,An[q\ڒEѭţ,wVsD$sjmΦ{
9,AGcAVZ(PZ#O1ŕY!Ԟg}lݩ> DJuG*d&׬Fg<5ޟ|}s)rnm_לbbhjʧ-1QTsdRs[kr1&8&ymj3I6y@Rh}<ӳԔV$rV/605f|*H$7+̾+vaq,r$^.Z j~WiկU_Ul~>Xҵd_P2ĝNk2ud6ҿ h2Qn"ғ@Λj#pRȺ;fPD<hizL]P:w!Gķ!xý͢IɓoXF6S9L+PzZ AO";]ZмkA{ݚYG4r[1ϛ{E/%wQ"ͣ|d7(79Z-yLn8
Cҥ$Q`U}Sn30t_P>fkNC+oԢy;ҨlVu@Jׅ
*?{,#ƽԾ->r5s N
m
`õԕnH8/:95= Meet|{xtvvG؆Nڛ0Krs+ܺRWSɠjW7ߕʢ4Ǡ.PNXSq-&hQ_
GF"SC6w2Ƹ.
=ҥKQ@ˮGZyxpCtҊgEҁ(aՔ&SHɿu͏$v<;#.[Q:r suI>&pHʻufYifjB@:T

Y#/:B6Ȑ!_C'6v%B`DmÓˍOp)˞٩RҬэ:.~oa>NԉO9ro4o8d,0
Sa@[WCObʡ~zN"3P9wo#BiWj9Yb_dk͛,ypyV;lKpy~`U#qt̔0cC
Ved8z,}\'d.ޒJ"Ɗv`t-%ȁa"AS6d(pML5V&O	&I\dwhzטaCt_Йgu'pys'ǷE݌֪*Wv}0
tWUVս86k͔V*Z|41#!MR[ٞs۫fQ[Uۜ*rx;YJ0Y[z_wOހza>Db}YG^XTkse"ͨ;3q:9z"WUa&:3ī4>QUpop)F]N0ԃ45&X}''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(18609)))
