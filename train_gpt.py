import brotli
n=a=0;b=1
for c in r'''5A(=1ֶu̸YJAl=)nN"IEU&?9FQtVh:Qӝޮ]Y%DmnvU'ƞz09!EzEEن"Iz1DX>qjTAyAVF!-*jIp=X)9DQ>:a˼d
mxeo8,I+
i.t0CӤ>ƛY3hF^ZĵfQ!ΐ2)=f$lh߆mEN79_
ZT>	Zh	M΂+<@I)uBEI,$ȤM1NFhQ"ITּ)J#@b=(8ŁLk$3͌@3ɘ
=wYP$?c
es`u
N[uK#|O	̽djh~J--_R>אεlm?PΟ^g*^׶!VЂb:\cSKvÁy*9gwu[sǕ[X0˷I/4N]&f1pe5j\AȶӜ1W@fqmE:o7W8Z3ȥ$1R]͊*tŊ/#y<3cڜPȄo]zp/Me_f|kN(*]02*0k ֙q*Ez
+DP!v	Lq*ix?ސLOKG{EXFl?","j1wndm0NvՌQQ?xZ*;i_p]'mu21&d7mI5ۚ1גcm̄*E{\=V#<xvV3z#k&
bF#8bؕF{k{V+S7ВA#".4[>F@71]KY̷@(@ 4YU(Q\voˆ>çҞ9!&`ȢtG\nޓfjҞѥ݅,,'"R%[qp{
\Bv?Lfo^tdK`.k'(vJzaaXt}v?w{הL:k}cCC5r;RIxrݦm
Im#Šӭ1%bVmdץyFl%"ю2p!21bQjRĒjRѿ3EsV{_e{xr.ðujtzHWo^Х>I=k[ WV;#jQZs\_\	4LhUg{Ż%ʷx/UީTxcXn
_{#IW-T1[<|^thrQ:eէ""٘<xa4ߪ-,X>DQ̠J3ϗ$ilߝKI{JpQ~pihZڴi#M»30},T3#IyaՃLN>ӗ,ޑAu[:"-͸߲D-;*lBU7)$-yuTN}ܕ-޳1_]h.m9c;WĨ:
ԑLG)rer9=:_)}c˅~9ӂYwܶn\cs([O	h5v'I4UwjH GkLlP@\dkeQFٻIYб4ץKok٣Ϊ^>4a{(ٹ:'a6RnanTKS٢u5چOT\izU'!ה^4%E%RL՜;GxLd(d0qaZDBWOaqgi|6՞'O)*rM
ؚ]#MݣAi0_)5E.ph2%Ś8h0a*e62fUMu>ˮDǈ%/b&:d'C{^IEFx5دrʮ#QF+޸_>˩F~lNpo	֋-Φq֐6>N|xW*fD'\'5{	Sm	yrJD)+7G]KSþYIĿ'ڷ	F-n$tp̄qyoFs fhr)z!1CjI\x?q̺߱unJðAJ^Y	~د=x]}&\K	\6@a[8:/cJԧ<_NUoذv]xӵ ܇R%y(Y`zL9w4J7јF]kyN%Su^H7,/ZJGbO:S&
|VY(G<(̪ stݐٺՇ!ɾdaڽ[4gmpѰhBv0V4ǯ	rcHiD3,FRѿ(j5&eZDIҙd2G8^>ָ\E3\v_}oڮ[fX(líl]HB|Sj|85Q
w#wPc$K_>8͚bB;8ݯJW#8RX	W{ɗޱՆKGҎÆn3B)!n9Ik)d @9#skOd_!9q7l5Ϸ7'ovFqc&c})]Ȑș@;1hAN'ULvrߧ,=0<PNs35;4w:?W{WovAˑjѶٰhӤ~DP]f>I|<ZmQn-kWv%H_oʬ3ҊZEXÿǁ/tǜZ^0"Ʈ%PzΕM4ЌL:h2v2jӊ(?@0Ā^!S5<^ξS
ǹCݕ،4qY!ƦԺx۬!R>:	^N++Fç~>%q\S_`,gMG¦"fոνz!)]L$z_=Bȕv"VgbkVڳy7fZO3L	t,oM'z<aOcf=ʝ9#9	-`}!ND|Jo:mjȴ_BQn7DɬWEHGOɄA_;v*7#MiӲ$>2pVV3}8Γ5t;Di)z֐IJ`уpַL&TY˯ynnڲIV<[m&(޼r:;}K'#v- pC?cè$ې_}ʤaK}]~k5sEkjHw}Ps}|&Qڹ`	|dX>*֦!iX7!xK;ǻ]TW8r0$&,r&SD]l!"m8|HVD	:yHr;G&8g9eoW7ԻT6Kk$/*fld+bC5J(	{̝O"%Yg!:Sr5dIp)N{31?Tn)]CCօH6CYUv6
 D߮ӗ<"N ѩB}N5x	֚bl7ÚT('@1_HWh`Ϛؗo	b>z.1 <Յ22
u͗!dx1mVs~CYx8!L|Ӷ~}$3s*7gcbXαgp"}sȇ`_2!Av\P3VV>e
ârHQ4'Iƽ2ۧh\<>/XZpTŬ۽NpBG_[vowͶA"fyk/Oζ6+}0&X0QB>h^f͇ܯL"pýCehj	l2ji(Lt݉Nuq{ɥC>C[JiC6mhvͼ<]I7sh/.9-6Bo֓Cݡ19½ܞlgq1f'cYjQ$T9R3:}29O[8cbKl44,ת|OVzN`@@TB
Xdj,dw183GEi,k-+YDY81,CSO;W3ˢ߰K{ 0KdYpU+G(0`\j R/7|bäTG3bK5҈Q|A}&*kQ-yG^M*Gref?A>ޅ<;0:D8Zu}i{Lh߮s\rebђڎiޠXpK)qpۥ4p.1'͸SqpNO̍kw#X;'Pm6pGLOC<3J'"P;bћC.dt:x\H`ϞjКW+ςGn{n¬sO9Ɠea0eUC[c=ebǺ7Yu%0>._"Pʕf);ϛ.1oAM(17TC4@zJ?mi@B}ɸ}Ѯl	Ɋ9K{ <JBͽ:D5&Ɍ7}J@3;FS~ at3үP[_ԱK`{L
pCrVNC.͚&{ȌQZ3͠	l̈́װ?kSߨT>2uڎ*L6Tnpa'#N}hy]K16עJ[#)Z5sSG1ɰ/i-dԃǍ0թU+1Xtם߭cJɿ+_txVD	=Lx>+άwڤUfi̛UMB&T6J_/ՙza;țԺuބZԳ='*rw:ݤj@jN5=\3։lOlą!YГw=Uɖfl`2|TBAV@'iaʣdƨ`%-+iݯ߀
E^FT0;v`ز۞yujS»NK
%sDkK,rY6>>VŃ08s}OQ3fu.]TcWAM<ek/Dv77p߃_juhQ҃+Â
QБ*AШzio*
A!UsJ_½Xf.o5SpV$KvڎZnŋYd0)Yߣ14L4i{ڛ^zULfV{hnp{O\9Gj$IKTx-iJֽҶ~=ک+!H{i/q2{FYωlxJŔapjny=%.IƘq˙X$K9 b)u(v$4=[z-NKie+(Vܠ*֎6y# I
ݾ{ksdKM]A!,"wQQց>Uj&SZӜv)G~DRDխ&
beӒh~1jf}tˑLg=KцɃH&X1րr͓fC3Ϛ7p~ g[,!NnW<?TfPp}>mفtAX#|>RȢ#R:=\"k {՛e qi@ۭZS+AjpZLQi;u~vw
"ծZity<`4P.yGV6^0a
δf;xԃDg.2'NP-}u6Z<GD+1D*7ƗbL϶ r;
N)JǆEiL]`HtǌiT >Jo,ApPZF3Wnr=\d<6ӡgg_;/T$E-7P`ՃqojظӍ!Gب=w+sm̿|ƾ_}DQqoހ6KruZWuM)O#4'"m@wVlw0Z<،_5":ܭuѼl iS^@S_4Օ4}FԱ;9)ISƏؒ"kJVReީu&fUX*&JΣq%mUH#^:(Dm;<J4@[VJs]^ļ#>Z3/{!Sƻ̷:/jO n210|V:EK~07S^%4Q[g	];^<L9
7`)9Gr8jXne5`wSPOuڌD0i^dƞvnK
W`QiDp.yAKl`Ƿ
=b!S@Ͳ1̢rnBΙXpG1wyZ9Xvt+|ޮճ{i^sKP>;/ll b<#`a},2ymԫSxvO;pKCJgP WDDu!4޾
h}".{nB!`2
%ʳ>Ѡn	Zo(z$;1T&#RjVVBBGd7P_"bߢ1W}3QO<O).č;ׅQp^5ފé>lɕ߯	ѤAܚPˢ=2A2.p ͑qg>NPfkL"H01PJyG%>ջӖν11Ddη7Aq(lnF>{V@i5"1P}J,jm|9qUZm|ѹ%´zv}y]xe}Fd/Iזɇ&WI98ҾH;aՈ]f.+a^ޜ7 $RXsD5Uc b~e	`5X)<<gSP%\ƞiC`/j	ӭf_%A`<8>[vפ03̀.ôa"Ný4Mz3`W@=T'lDtlzcMFEs׶lxnID]Wx(FX"{Ub(6 *2g{efhe2my!nX1+w'"z]HڀփKɷϪ.ppp:/۟D [X@܌CX6	çdor2;e+PL4PѲ!&g{.XCiaǱWMabq-߭Fd=(=))
m vliNi<UI؏`׾>Wߋ`. FUGdϛ$CP
BBכ}՝8#$_TeVu0?,@a,; XxGĸ Wa;́-2_A5 -n<]LVFO83I"BXˤ&K}/Ades'5.hQ"ݸ9*Ř|ҏȍS5ȕɉ"w!hl
Fø{Ϧ^Q	"f`֣*;j/·[zd%̂ʾ=?a@F2wN)E$L}H_Z!כpHdpaM؛/m2XT4a%+,:BՓ6K[1n[%ap\awl4ĝ(\w*7x:HM*\)ΆJy_Tۏ+ݧGw<C2fEӪU<t[$A5?>GJVNC%{U>W[.#P'Pq)+eĺ_ѳɘM:׸Lƒm.R\`ӂ>m(."Ǎy&VEX3g@ނ
#9U0YmxZ?9#gcmY$
(cYS1>3Do{MB)\C"H{ŗ8ܼ{\M.v^y)H
aܦ'bUDq~xM}Q9QDP,čH	̘ITy'c~&O_O%+mS!֫7;`	f9;77cNy_liE]*̲Ț	&Γ\ܨQ.XT8f{Գ*6 ysI0$`/	Sڹ:;	8dgճ`N%jLBuB%U^&$!@KqJ`g3«sYrd"XnI1^,KoWiݥi0'}/	IX
sgK6V\ޔL{փ
'߉Vb6͓}WSOq!&Fn9na͉b$;RL]|lN	JN3xa)UR\ٶs,#L)b*~m[LzIZffz}1	T71ŮZ71RHiLBprҶU\0?`wc
zLk{Ÿ޾o04{C@3RD9Ѿ2Fe͎֑PUͮ-O
/b =ӽJ&Őp@J)/XRr?$[;ůr&V[ڏ&T>@̘8WbLv.i'wɃ9#<EӚ<Tq{i_ӗB1+Ӗh}iA>Hܵwf=S(pu.Zz'iB:ʯ#Qçk7{cC9Ɇ'q֖aMjXsn:(c5m3!>q'͏Ax-֭ʴO>$!vdĕj>-nʵGu1hExWU9y<O҃ddp6re
#dnř2҇8!^+]vn~Rw>ŪMx8.D)ixȧ/\W׳7S|k)rV'RIȴˍ2r!L'PI-]Yyf9h j0pۉ7CÂ\x&in%oeM@>Iڑ=B8kwVXpMZ׋w9ьX&RV/p3e.%rmOA{8R	H͝O,}0oڎΑ%4B2Y{	s,ȟ5rqfdD_- i&xY9R*a=>@J94Nخ<(8P9`?+Ck?^|6~	!sܺXKޯS|Ocr{&?9z׊Dq:OhrF^ir$4݌sCIT:ҀP_`'L<ޯ>ox4 e97H@l,!9n|t)88ՑVM~
8M=JOhkKq9p>HaʃE#]F`ϔ7fPӎ"ARIko_ot/0ÚQ	gǦJH,WLѽdH?i,@&4[qq^Ɯ8ҡ)͕ӯU**Oq;O3EÌW<2pҸ1\9$(D[R
Wmu6fla95(;"+PADy	:zӨէ_06_6j3u3S4/ʒtIW+|:qӝ]O<>2$ɩaX*v|UUӮxŭ#RѬHT+u0t?_^;0ĕtbHTno}~ѐN3~nBb,:ev{e(o[Z[=8]͖soO0t)2˟g\XuˉX$րHiROԼWŲMMI7
<^q$r_/C88ժ;nׄyVr= CLJYxφ5k~3HT͡=kۦe?vѩD
u8/m`8a@fNAPe.u~j'd\6?Õyۦ
$DPD*6#׋mkM\tk3}@òEb7maz}/rVDɬgӃdOºO@F=P>6èK!&,1Bt1WuZԄMF0@(de*VsmT*Og ,FRq|iv8<޽ǐ}b9ږ	*?o}t@iL(S%ow}yw\{M^q΅B͟˿>}iý((F93t	D6=G7OШ3#n>?ͻdؐɒZǄhm	co֒WЄ>,o^,S1˧XG}k*7rOu:ƱBNٰy״ǩk{4@c%7<QjDTw~J|8L6hI΢0|@QQ\վ$c*%SͻySߨR118)>rA"JّӤ`!4TC$`4TæsX!iL=5?ҌUMHE|:uv=}F(+=Ů$;zqi#8zG_|vmC~	ۦZy~_LuApA+ũO,!@Mssc2MNգ~(yŉԤc~Üߧڂl6pKYzHe|y`>$Evj,%1yj7XN#
*0rŇikwұ	p!^>3HDv-ЊҘUV]KG}XKkNdEmզJrΣ0Pִ&w`%=e+!2D&Dtf@d}xuߛݙfz9c3?ʤt܀!s0rAζ=:WEtj|/ɖ2:~.=NOs)wbŲc5;um{6"*g
[-A;J x\GN8j`ʹIMjkNC}J{A2Dx޵YY#JKIx/eUVyڲھƠ/@ȧfs$GmFc6>sihux[44y\A@̹/Ma(!
MA(5՛Իu6[ڟBOa:s-zɍY$aҵהoM-%zyi/&[
O<>٬8By@t2>/tEe,X\HABDjցJ-hx,wrX[b̞ŨU^ n	Js̋}Z7BwF.E1æ#p-|Iā#IŃKאCm~Ex״R:R!#+%t##Gb|Z44!G1ͤ,>F;	<oYZ¤qzBOt݃Ӏ݊_f{ DHW_PplHKm&0;E!|q)Ōg9VT#I#"K
V~dv.?
q~aX#p߼Y&!vڀE?RD@@¡S)Sߞ8%pu4zqc~=.CIg_8J=(ՙˈĽiϽb:Gu(x{b^>~p# Ÿ9W-0ȰV?FU`zgVéoI`!TBEbqy+OF7uP^ޑDyh!U6m.K|+	'fˋYH1RCN:1,Pȗ^iPѪJ+Gvqˢ϶Ҹ rok>kIm
Q!/R2B)6\ECi?6$~{ӮyPD.ؑ0p9^'?)E?2Vf!9jv0-%!K=l!4<6D*K|;ˉ3n7wؘgj_G]kRϖOpvµ>wA**ǆOCC-/AҊ;r1܏JOc:ckť=؁S)`|*C!q2"2X=<>/HRtnZޏ+\V:@@H$وAgtؼc psLQAC`R$1wG*sTr&5#Bq'2w9Z?ߜpÕ
ޕR,[[nk]Aq#] Aȕēr	y(Byfb*׶M/FXEQy?jr.}~$LyC' fM:Wckeлl`n#\:{GBdD`DƋ(E[rg݇؍sB}PcTx\},U@.r6]&oK.	Hrwj+V<jy̧>:G-իqoQ1Ewca_COq;fkjT.ZnzeP%Vo]."x5ϋLZXnO(|lۗ[*gS}"pPgeڹ -իgWft(rLĞN3CQEe{%pxyzGN(Zqcwi+^	tdz8lWʻqE/uqzf+'yݲA=atȺҽ"ӵi4GlEޮ8:3С"U?m7fm'4v[Ƒ(wqCɣJTPŤ!#ks.I4z>?i-GS,Y+t$-NN~`U}iG%6Nŗvә	ֿKUޗL:Ti?E;i,!;1!8|18avbЂG2D|!9YU{r~a	&Dʷ$l]^.(5p\ܰna\y˩	lλةL#;C6ZDptb~]?ZWb2OELҮ{*-̠mVy ѩ?0m*W5vEsGspc'1Ż&vji`ʛӾ{\EzFSQ<%8OKg_ؗzOLmr@ZD
3g&Hҹ!α3|ebeLwgw7]7Uyxց>˖ԾusOolСۚΖDZݭ<Uɍ<w6ʄ̚<q_`=
޹l'tGEmUzSB[U]OeUo(5o(c/],
#0m\ܮsӣ	 kblrk{?M^NC_';Xl6:'EMF0q0	ZR9a>Ta!AdsaZːa6B6&@MGSn=ɺw	K>%6k'a':b+M{ݚbP*cHL>nWWu0Ah
iwtjVzy[a8lwrp4Wh!
jvJp)0u~=mT4-.:ʾרNUsfmC9E8%x9|jd.on10OӁO*V[yѓQuhu k+x2gF;ݢ\,tN#[!~}5UΠ2
bfj/9igh)hewPFئnZO"µvB0kz{UN9
j,wyRSl2f_ϒkdh!GD0Ba\%iw-.w4>t(;}/&]y1u]ė%C38#EٝMUT0\SN_<!#Z(e7g92DwX׸Ͼ_NFc|ĩRĴI'ȩlf~V01{0.iع-OxCџ Ws<2]t=+qb{xu$$N=il'*NBґ׷U(vsɣth./*FNoQ:d	-9fHԎYͰm!گ29R[1?ߏPU]"Ɨ_u8}#JGVABB_o{f(dhˍOvD5UސsC܄r2pɴZ'4hѸ"^֠?2.a7ck)Zfh0Z[1=QV
Z}D\>2=xcĨ\zϟdښڼ=S+ڜIW+j{\tJxՙK>Q 
2Ue0<bMkUY]d1+'tҶOS%gGXS!O-kuUBVrکӇ;}?3JԖ/!`ؓcg3jeFH"n0rT;,;/_̱oqON;)=vh'K!f؉Zz_u֦4eYb4m/V0 AN1E@̄,ڨѽ?HkA	͕GN\yk2H>w;KeQzP2
Cϥ^˹٭|zսH%#2IgK:m9uVqa}ne7z_D$W!:&+OKlp{HCto:NюvU	|E2ʵ9(pg*DZG,U	ΖJDdnp@DK<	333I&7@~mԅqĵi3@sՒxvPIa!ٕ7lZNoyU<WgD_1sGavb5&wh6:H>RF_ͺ(E)Mf+sj@$u*#I|.T1ؠ62Ihc|_HKИgh)թ^xONLU=tfx>TSG%Q|w/MV̩FߑN[%F~Xt޲@y.2n$s~֙eNF$~LzI>kyn(VxE:Ⱥ=I`~הz"UulVԟX}VudWܧXۛXY8f(/>͆@&`dk)"	Z*ӫD	ӀҐҌ) ޴Y
XȌ!QπN>2I̓\ymı	)Jys	z!d\ɉĒΤho۴7$<dYa֓8yA/aR)͙ cĠ,|lb
Jv+Q:4b<J3/MXΏF:݊|9nTPqJa`.5:9#<2˱AjK@39YiMw|-%8dH_ʦX>|,%ecaQwD{SʧٚVjWbXnHiP	EL.B:3	
{PREf6Ț!CDa|74`"Fg5ʅvU/IdRI*ɐ҄R(X3WIMىQb>wKMyC̎>K2B935j T{[{و*eUN1N H	>1"z׶&wUA;1Kݓ[śl
SF#TΝ@3;x5݄?Α&̨HQnz]#ԝ&Q̓YaFՌU7H{ݖ!2ޔAE["i$-e՞Ҝ
U*hj*|ɠ̢BGKƤϻ^ZBVo,znzB<Bz^PGݯLqYMQ/)XDƸ/WT?enЋ3OEZF6lFO?`˜L^*zՄQ >'pelέҷ@zh/uGxO?*ڹmȿm+WK2R>E_Ex$ @ΕncNN$
H,@ۍAl@I>DdB&,ٚ?OH`SYD&͋dI7^,_AnnXEVRHq͋;ƫ(1uV,v*l6mʍS0Uw~N\HEqAb3,#;iȳpz}r6QJIؿAkŽ>Nu{Y5Z?%V>"4.s,C]w&c1+|ɸ	-˱#oYJp)j,קC"89S؁͔WۇGC!3IRޕ8>^w1&xQԥ<X|<gi\B
*NݔVP\<ï77ǔ&Erכ*T:@FĆ@pQ9*B	<lԺMحt;ɳh;>űmeP6	bd/ͬg!p*ѻ3
ڠm^ҚZ}Oiܰ'q,]'h"Dkר̭ɇ+D3T"G]J'R	3;('Oo/ EkbÃ%Jܒq5MZͷ$ DSXd؞gPVڋ.1ۙuj^$T4!-ɣXU}0(|վtl(Ys$|6yֿ8ԺG͵}eȒ[	1PK&\3 sʨa5KwN	_2-К0k!΄֏B<\Ā@q:ݠH\ТH(eXoJJ4=m~&ɡG<?;\"͵ƛHe.Fscff(
rEmwa/kJˋ޳4ՙWqdƺى1V	cGIrS\_p
9 uBc(y$@0K˳:S%OV:~k{GޙBDb>TN+{l`yE;DtWiŢK3T5͗Oq9
4#.e@-eRpެ(k|,i%{čA0LIliRLl";t̿oUۮ"XŦo5Q.cˌ	5OSng|kpPoCGz*~[9;~3(gۀX̵Ijvf޼
1d?.;L^f$ԙx=An?Jߧoouh|r:O3z8]÷cJ.kB]_tyM' SOdSJ΢*{9=3q/(htkbKɂԃL'@KAIRöӾůٽpR6/Guذk-IȖAlDMC?!~Z)Rr޲$:#L~Qƒ>}pC278	E&-J"ݑ]?uR߲bzb+2?1mw3Gd?Ÿ¸9KAWF`vRqzC!DJщf @ŸBf.E2׾	s(h8Ϗ=$5[c9KY~\\+G4Бw_ ԴAo]G+"`3קͳ{Fy|=v%-ޤ7[y1O=L,-ݲRߗs'bxF(-gZւGv-0JǛZ,l0خɅߒT̾ԡgP1ra)$!}T8>Hqؾ\WZP	2(tֲ[L>Z˳xYN[%͞#@Ԏcsh)iN~eEȺǁ+".^ͨ֙t$UV4e۞(a>1Ḧ,Yz`}P2\HmG?*mվx!Mi=E{&'4cWl<d=0d<"{6s>Q^c8}oV{d^gq'fB`
XSK,ݑP=Pp?ݏ:8oX&]Pjٵ)Swg_v>p]\9MlAֳ&S h_/{s1`z%=;uJ4WlDfbУew@Mj+i2fG'kޞŗk0>fRf7J*n3ڭyqJI ]$?b- FVj]\<
-2A!VY8+2٦&˺X5uIx0.9`nh{Gׂ9	/"fo,PX!GEseZ1^":ź`<XzP9olşgm=Nb&}.xIX[Ւj<8AemR)lRϹs^q!Ȧ"uO8xDuJ˳̋Kh|M/StvĂSf.mu,^(Ň$eaާώ#ģi_Ϟ`ig]e/ȰU<n:xH8[)&	!6715*EǏ8BZ&ٚ/ڈ(}jdV|0TP-RTA@dRۇw5j|<"+&seMt[Gۘyx@K2Clř_c~(ooF(W:)7CAeeҳ8 9/ɯicܧxҕhz~V}/pa~,v8ܾ۲N_=X1d̅ĳa#ٚbRʤH
vœ](3~(b-}8ئYpSĥ5Gɍ	ё)Iyۢ\޺B>4Kl.(àcB?HYj
3ц_ڝǃQGކC]l|w];5
tQ%_}tǿpDoߟo̝]ȓܞ:QKX*$%I7+-T%[j[|܃h\FT)̯2Ga20߰ѡqZJnɮ>}?zJh-|ϞПC59x-E4#iRx,&,H>#ާbg;Ʊ:hɖkZ/X`p\^*Zβ'[Ϗ<pV6]|i{Ϲd`M*(@+(b/֫Z35q!wNP+we3:'Wd}ցX5q=ܜ=3]_Xݾ>zmQufO8)59.r@3!wHْϲ[zŹRbڋ]7op.;K	#p<L*Ufȓst4:r|(ij]+[yBXC}rsJ<}зh-0o)8xhv*N5cooaӑז&7pyaweD<9.-n e1vS3=֦P4rVYDJi{K7O8k,̦@12	=txjFI[Qj?df Y;7@)՚L?N78ǉ_%	75Ǖ5RZQce>r۵
&յfZxl7Ʊ;ˈgVvNDnlhgq0TͼB*.+pڥI?D۫yeIA>x	j~3R*\I1ޣ:P+Ƌcɻ_ɃdSk*п)ԏ!LkWhTF.}q"i̲VǵSW<^`Ų9^	c^LEeɜʶˋlB
ÖeRvUTޢքkҒ=xәuI+uz.Fu̵ND̎n!2#(z6Q/I	$ݜ(KϏ]Kt"2mQǛ6Ώ%wʣ}GM4"ƵN_x-8\TiyOƟ9,;FVYVE(:oZ_ưí)Y!ԥ1adiZ+L&^4}5	_wSkd!Z<<LODݍ,
2`'/ŒZKH}?DƯ(
XHq$bʏg١\v?7MaB,eAAq]8t(0
Ac^#ӅSOŅyyPX.{eТ_ٹS+|@$C<K;eIR=L3zI^%5Z}Յ͂T0RیGCޭ	.ʃH$/1WJʰcYV~VG߲/S}ob6jS|bu,
*J&١~e=NHej[!śqb4S٬AX0ؽYhR6
_b2|nPʊ]ln$ȊsD-dCM=FhiKFg\ysk׿mdnїPؗ^'z)NZwvPhmlՀrD)&W`%h;E$+\nL.T[Tה=#QTՏǬhGD-s#y=&_g-h%[Sl*G[0ƖRVRC
sĨ+0[Uߐ>nrerINvխVU@{RsAUщ2w
)mP42ґ]4\ISopw)qBEׅ7b:KEl6~0]cYߗm#Ux`$(]˜:)<9/0.̃Kר޳h	N(ҢU}Ȫ Atxnĳ`Q'(Ҏm1K&;Lyض0$@%"z)eBópJ/ئ֭ ?xbzE0?>E#P1|Un.@@xǥ9F}ɬQpY5!%2ndI;;gM;}eTKc.+C\Фr)6ܛޚkw*g`Y w(?g:.:&*0sQ{
^,;wc
̆Om)Bs3ˁǔ/St:ч̰~D<F}!ė00wy;'3(6̌v!ٙFgP%ŰnTݪYgU:@>9cٶ7W:yЩ@c30v/{K.WB~fOi5m 0@*GTs\MϹ8͎1>W "2Ծ΁@\|#('١ä{f2Q`
D$hȟn| 4њ8ԇ7/C[C֭)*B&ZңU\ˑO͠V]6dJIHlʳ^nBksiе(CZC*b21ݯǏ͛'jdə]~LyVcJv2qY%n,:!v)|p`x2jہR+-dX( 6ŁА}}<K\s|̍,gf{5fܷb/ԏSdKҀęZ(^%6bY(ȵ8 S5T{yĘzEcӰc/^hVl5L܁0Q|Y=>dBpw[ӱw1+kWnV(wVgxMƼ*]»pw_ʧMܑ1Xvireo,E_m7ϭ7ɚ+`{yլ7*/kʫ=m7-`T^PF)	f'Dm#\	4918o$GSY{B	'$w]п}SA	bܬPvҡ_h <5$@/Ȇ~v3|>i}1`XwyMҪ1	)((k*\ڒm!¤f>΍iQzrh	52L#u!b94E9j,sFiSzYшim !$blk/2Ȉ}[[%|:&WՇ_W%q7JR%:E[ߍO=&vs572@*`þ[1CW$.!/܏v69RYW}Gu6=aYg3P^trGaԝݻGe1?oL;tnl+cNCaK
	Y'خǓfN\4AeC@'Z	lFvL4Xn·k4@QW?bޫC5ռYԿ5 gimKmY=.ɚm+i|&x4MN<x	z̝ASA;-"W޿<{IRAnTw\dnݩBZ#i@I¥-Q^jiեXI^RdgՋ<$Nǅ4"@1r}hrKԀt~tTِX,*Z.ǁ
]$aO0t= #2F&Ł]a܀wĴœb͝^|).eTWp~t)O^7r߰givp~_Jr,ȥʩt	ϏDݩ˙!e^H:H0KkE(v3\ irIiNU:NSO،R6H7J#ΦXt#8Ѷ}ԺnB2bݟCPϋо>4w}H`e1];o](",R!]PQΚ;ʷXnalge+Ja<2An9ug\W:u/%)xg*g2of}.ƤW0Swt+
=
mx
=!7Mw6ʼ+f+&أDGߚ3$S:(zf3Y+ҤgYzd`N.V;Mķf{i~G'BhÌ8a}f,{rysГtR	H@rPuPi~h4kvVŇæ&cЎFiy4Ď^A+]D$?X9G4\=i)Wx҄υd<
1ûڻ1!nNuىw][ixO՛0
YӀ.3bETԶ͒q(ކ]NŌ2މ)Q:b5%4!HBE1N0%VۓI8bUۃuLIeA̛&S5ٛØe%4:P\pTv.ޒdLidHyqfvrϻX,D$}VӢ[Ȓɹ^ {/<b3ọekm(nx<ӂ ʗ.^bOpӿY5Iu&/?җ1Gt)4,p	
k+j#ǌbظ#.WA_uF0ם	44˩:
uI_NKa׭|kDǙ~&߼.ŭf")$ǉ݌neR6_,Ѝ|n.}r^2 9f2p5f9m̈́ي7p3[ki*;ʍO'&q//ϴ5w_{/Fdaƿ4%RgydMƇ{-G·7FXHwR)+"JbQɵvZ0|z<leJijÎ|BA8i&.ZTju0ܼ,8ג^D.]eγiT}w;Z X -G؎*G[ژ4͠X
ê7f$m5qKǶH:oeaL{q|sÒVA9{1'[&U9	6Gޝ	ieSިB$"ag5DrՐTEUxXB@	m̥)m;JJgtҌ/ex`i.t~%*Noײ[qdS%k(iTƑ1,.{9c4E&fk(qޙJ!ْ417b^"1]Ev<é4BR֟|PCBIw1ٛ'%<O5v!>"y/:^W]Qm$Xω(V҄@Ū$%>nF4mѳLĜqץr.Ӊ[!v@IuFځDœ2	M-@\Mfչ؍=r(}]
eB&9!d@֩6_qVW )w8nԔY̙Wj˵S7@K]G4ݑυZOI4;En|Kwk.RXv4 {}zouӷh}3!Gדpfmmn'1xQM]*%UT+x|nl1T~&֛B\*(:ɂ͛{;1yGGsN=.ޤx+QȀ
G*;k1\=[=J֣WJI;aĊ's2ډɾVCj4OOAZJǏصMy]Pl{9W^ږ^#}saI̅'Z.WiӞHhO<V}SOſMHmٽBQjӨ#4Y8|˙Si}wMĆϢֺкg^;DѺ%-D
ǉn7'X{v+5]dNM5$Kmj?ò0̌h\:Qܰ."u2'<w;gBfvtI1<`\.a]˼j*hch#8(+8P>mV$5uH\Tiى0FŻFׇ@ZV"jNëFG!Ks[pvۯR1`1$=6n!IAqdݛQF'~u>Vޝ<VO`>ن2N6c.h	F)5#]`MPMS9##rjp%ȑUiXΥ6}J.iKEkߕ˦?}џ{څ\6+ewuˬ^SB'cy32`ybbVgSdmTe؛=kPIf&}kadhҧt=3#,ZβA*'˲aYI<*))g=yv~|#k>(Fɴ9X$ҘkɻЖIۺgzޑx,IrZTSO+LYFNof9Sǎ-1~pBMVgli4;7?I]kP+B Wd| W/Oǵ
¨˶q|luZNjl(e`
`W ʨz'ص}!Rj3r][u7֐B2eG7?Ne6 M[ԁ. $@7)0d![3hѵ{jƋfsђO\1M-օP!ٰV#܇7`0Ȯ?WaGM\VRAuސǐ"-@zbrb|IQK>3;|Svh$1r%+\Y0.Q~0\uaNAaնY>Џzz_ǪGmO&p݁_^ģWMҊH|k./ [Xsݮa:DkD:.xٽ2)YacËlź؛*בKk/~ŗ6YkJvFhȉ"+I4*nթWW	S3x_O,+5L)ڍ\ ܤM6o9
\,ute&y|#_?<OmZ62#3fm<K8џSLRxW70_k#O
pM~j.sZT![0҆L8#¥{8X /|NUڻiSߵ&٣"N(s H{o@Sbӭg"[:jjLO)-UĘF_%7=Hs*$.ĴB	ȫtc~/2WDÒU؝ }+>ӽ^(!2OM3	$*(+cwtxDDyR0-$G	IZqN}hl#ɲv.~Y8z?vb>}+lVsdUS5KzƑw}Q;9SЊ",?j8a7$տ4sQ[ID9JS:N;E[|B5wԓGe؋Ӝ39y71zEɵhl׊I#77WrAq\|ڛZ7ŞzV8|b_RU8xAHgOsEQ2کgAύGTݜ?K+pWxnG͐%6/U,-TH`XCb98TXSY^-dKE^hćx̎^5J9m@sĶXT-O)={4â[}%=,pv@k%722îZ=ӗ:yw#=M{dh\9°,L5[M	
.PXaӂnڒE*ԷJ0eVեĊ7+<Ƒ˰;?չmB	Z>`Ǣ~8.
*^śy\-lO_jnk78#QLcnscwj>'3O?	&jյoԽ=:Τ x]cG>q0:Bv6n-[Cۍed/=mkp6.txuVյwұa1g`LuΫe)UU4}.DdĴ؊SN>,h+̶1G@#R=&ùQw&ÑmcG:bsD	ռQZNJg_nۍQϹmXh>ד)fj6H JIawl!:m'|edG6GQwUdĽ*ICٱ;a}YW	]~mbA-#nC5֏+Kp7uYr>mhD¨%3;7
`ghN1w1A-Iג\NO5sw<
^mSŗI=&WR^<YOxFGxpJi<JxI҃cǶhVk`I/QqB"K9?)P;hX=/r7zQXto0ot߉fmiփz޷s_M~u-׽T+ةIPz T$IIGRb,H|عeSW+XikIE?G~LoDӮATnfWKM׮֦iQTӴC|edls6PH4>_{(_jCjlF$nS<oSb[O}kWNu:A@̛:5ֈ7ݤr]{:HϮѮJǼAy|chNg[$}ϘVR~5IS/oh=ߓ\IVm5oڐ$,7/YLN6@XV1ޭ
's_R0N~pV;tqk@fͱL7PO}	˦"4Ԗ:2,?G*ǖ2)G$SI|Q(lX~!!`^69ڈ@	˂Ra@o҂]YOV(=IK:Uܬ[w/,֮xn2ʿ͛,{LBm8VjR`r;H*oqw9)W2y7ڮز)T [$E5@*ql,IX+uIȽU-l)m<(*~Ȳ;zc[ay/Koܻ&jCѧ*:t)63|V9N&>zf=T!Eok~oQ j`&S^ܙ-1۵ytw~l
wj4LΖ5kZz H˜Ĥ3ǡDB"g8Ju|iMӡbr(|P-UNLahRßj#+Q|ԁ<b߀t,V܊w$9Rɻ5)!ʦpUBK4Y}g_4`ܞj^%4TֿF'n@P\vjO(ܖ?_O
.?2ݬ,eęҏ^ԭpdvH@̺rpv~ZY[e"~b^;`CN%=4S:K"Wu(LtHo3gt>qbSi̇̂]$1:YݟqXOߦ;tbIpl,3mw"Jؿ4KD$yo8CA/!{'x-VԪ=}ݽװyP
Pv\	#EJtD!Qݱo)%>ϷqTΊ"ߎeQYjEAoWf+bF'UbH
Ar7^AJE4X܇7(^& OLn9kW,e϶hثQɨt~ßzy~RA;"<
vTn&Z)Ε1zj«4bSR"AC/߳M[tu
@E61˟0=PJrƽ%/h%k%,2O|9h$1klVj)L>EПՔ,7)ѤFnt 2:͂l/܅cxv5b5$ɭRhɏV\h1qSDx#tΣMG*E_ʴ&YGK1l]/RppY~-v5<c!frgrDe׏~g/Kp=	H72Ijorgj>RuRИj:V#Nu]AEh͋BU۾a#SX @-8#J[H/eKH,-Vo߹T́l\Ix}&=<
slb:LH̓AB\Aĝ44&яpY;Ň;2xYB(f43-rGΙp2~3b)wI?ՁzԃHkdSZH"zgFv{F2eZ\ϙ@DF34\
Q[SǷY9V\vZet;w/&BôĄYYxt6r-<BM!0OcDG}0N
?SRjȋK*6ܧiC,f.G=]=H:v'sJ?{4(D6uUX]|ZĂKȕ:t2P٧֍բ͋rAex(6_˿wLT$]tȴb|ayQ!;n5)
HR[767]pȩ!19Tí&~Ngc"YϪԍv1p cC~jQ?N/ E427MD3t+ڑfS~|-A>m>P2_1>?z1LD |&kJo^UXZ$g/mIpQ]H&Ը|kTBNVް*;{VE'7w-25y!\ߵ_iJ`ƣǰ%6?]4h.
3Κ	Ui˝̵^qz(WiT0N^8ȠYbd`]lY>50$}[]3`kchPYJ܆Tn^d_XݷXٍɹ\`!ifBِܰ3u0ǅi?Z)VЯ(݀yg˵%)d-'(6׾:9K۴
YsCd]S<?SL~A?3߳Ukk%jcJ?]>@g)tu5zQжGNd:E!5+8~,˫t,{aHf$'m^p8ظF
5J~G'[@+DqVMP<J*|Iԍʜ'WFe	/L*9s>e,In@$}	DPeebU4!'-
L!{pCpь2p)@Np8\IJޫ{ۼW{v/w&?!FNm̊Ϩy/\L&}k9^aL	fftbwPSh˨csWر`juZ3-{Y#}Ɂi@bIT>3N˚jʭ¾uB6l/AMdޟכC-̉}
̈="DhQ [2-j7rǫy^(_	/o$OYӆ@
^ECG3wrJ^>IMՁ~WYѦ!fNAI|2/N(16)JpDvXI~.31-gŞiz_^Jzg84VS3^Wu2Ep³GvQ#l-h"l.5jc
`Zo%T$l7>xqM:ZR.{ڎ!*>n
ɺޔʬ(p8;prMa'ksӣ'wUԳJ,ޔœ#6ľ.C~C>dЕC B@MS1D1˄ͼP߄AҚIMzdؘv7Hɵw49jXWc+<%O	yK`ClإojWkץjIpzѬ7,\[v_ XDQ}גS$|O;+}PyˑT8`B} tNVk~7xd=3
`1gG4j8:XTʛAϕE)PIf'ߋGLH|?;O$t>þ3br<5pGB~n^8(O17ϠqxuT-b?͸6yWMCGF;~q3Ʌ}XK_=>/x]\B3PG\m4ϰJ#dyh;dªEIZ|%ĞQ=AwqTǰyȗQ54nWDg!_B7USOA|+u=*I>y}ǺmK9A\/H3^zιXK{D/pFSԠe_-KV_Ey@U[](o?Ҁ#*dc.MXMwc$V\a1˿ZE}fҳű
ǪGSx<t4jpÞ7y`8n}[u4|$Rccʵ"HCM̉ܿ50KZ1/b ϭǴrZHz
?Ƙh@I@nʤ;2c{UlL+pLPQsCt[̃?5panZYB
P0EeZxsjGͦ~|H]fyk:{q7<<Ćs;:O%(۞aA2?Pw25ҹnͺdϱ>vi6_zO+HH`ۑgneyhqCk/w@n-kO,6^() D'kΦ	[Yr6u>KT$>kt=lڣ}?~sR/ЭMfGW:{~O6`J)wCIN~u3!BgZZGcΗ,a.0_)5'5{w^dյbۥοvQ-.ÛGJ2Xv?S^שΆ;}lMIx7mYlb'<m}ѓ|aޓuQ=70k6)n]`S&W޻T@\`ŤPe˹vm aW"a#H`5;b*\VWEށ
13]_XVX5)AߦR+[ƪ޼ϜCߵ]#.qVS֨jcLa~a<̋,RLEt'V],^7حfvۺ#*M<<d1B>6N 8TxOގإAa}Ou4k[̍9oD*Δn9Ӻ6@Adt6BI.*k*$XʕBE>+`c_J"tw4"$L6E&G|%TKn<K.6[WJĉŒ>2s!=j6-S;ZJv0P۴ҒǏAr# 8rL9
d?st]ŔL4COֽ	&a%E0jiYKoT5Ϩ;sZy̝|W-l~ݥM)U'*AO^ܨacXi\ZWh^BMƑ?sK|Ulޠ5 cF4dy8ʫEu(,̹NJyř*KWjܐ=I<cVtXiȽw,\Lfcwܑ>b-uͭ(8"=ʹN%,djB"#opӟxZ5	+~Dx*ߨ^lہxoǏ*g0cV^#<Oϟe<ǧUzt
*"1ƲṯMbv	fk3Z$"Ѻ4tװ>
$ZڡEl]9ќ<&bFz_ɖƔ̿HȒlԨP0QO*
P)FVpM&#,׍x,TעXx(}0ۓȘ`dD0UWS8σ($$~ш-'"@T0 dA?'^wʞ7)
ٞæq!Hu(&˜hփʀ{LAQlc}ŔO)W9۲ª-&b (E}dqh{jLE	ֺF6g1"MvNJr)ηwZʚÖxzMUg^(gXEBލ]܁wue ͕dZlNիFΕ|-']SLRX"XGoNȗƣ+Mf,ֆIţQV1d^`тjIdܦ[w)o'eo֞Q"'`
CfdFۇT!tM)tW)/m4eեq-"/γԿZLѰTwA}-[b*LLbX6ԧ[+:o!h.
ο,W12i~:@z.TZA]F$F|~uͱSR9o>/̢;zyr8=#qܷDg#o$5KqtȺއ/^Ovptj1pw(U-ǰUh_l3W3Ͱڊ5"SƔ UmתWL`ٷ9rCܶ0/ӱ?WՃY8)yPa1qXjHƆV&q:^o<OMK}6
M`QS߰N%y:py%Bƣ^U_}K/f2NG}wp]b~()wf)j/g^^9f~t.T+V\%LStNU} ,GaO:Wq_;T1\CˤK8:T:̈جOc)'ژ6G53h&[fӻ'ʎL%]jsB[fЖMR,*X լC?`l0gEo\~GۓjcSwk-g̔8xaVӷhC(5?n?ϳp p"@ahs%,?Vܺq\X?s!J$G_ΏmӇ
Hh(P#ZJlCU}lSީfe{Fp5 |8J
x2ZNM4Y4ӫ`>1ҥVNPŰQǧ̡~:C%X.)i<`[J߀&	g0Ԯk=Vp43hoGې	gĽf2LQ3L!IP'OQ8̭ v@mբ}:qK+:Ţ:u'Gj"f1V\?>?X	wO>,{Ë7D$\AXTc0vJ`XPA\hCBiM09^]2&8zM08PEcÖ r6E-e,ÆUwh<TbܘՖʼהNvTxN=f};!=nѸvy/!Ui<Cn,Ҷb<>̠_I +6uJ-BhžI]{^Ĭl}jgÂG

(KRQS%%RAͼBv˄zW:.݀2}I24[UEUnkցȜD1P'φDӣZ3M%4DѳXe'z=x׺}AZ YayTGcJ;̛Ǖ#'ݯWLJE\^]Ա/"02xBխ0,{nP~h2|7>9;Sl=_c\g0
ȻTѲEz}As&i^e_3@)eڃf(Hڵ>Ev;h_1U׈`y7qhfnY)l&|:H'&"_%nDx
<MuI B:N,KKM.-MƤXK42<fՌ>6{˟^xZOes4ɜ6aڶ1[/;^c7е[F4̟nؿѺ3w6TǞE?	Bxԧ5Z?qȹȖ˕fcMz|pO_=x2|(?HƑeҠƗa%k"?37-PEUN>>i!Y6!55Y?΁4//8I:~`\-N<7R[bN_PJ :@	
mǫNK.evPB/OU]D֩lefoC9~_ZOR%b|i"Õo	M
#ݏyc8M?nڮ@I՝n2[=֙bEq[Z/cw)wf`1$'T/WR&`$HuhoeGk3'ݦ~aDqڼ>@+V||CU4ͭTƕc*1);0ވx\ȕOD_TPIÓ*׬W6d(j*{>}0/Ĉ|)kеY3?)"}q`v_dǘ|Z&Qw!%ıEjPtjaTxkfoμu,ab\"_,&&w߸.2RٔrOp?ȯ^4ݰ;;{bSr^&1"jy+]H`,Vy5gdOuZ_ە
-TΞاDn>mզ~Of. fW%Mҭ*JƂe"֮{(ŎMB	V=jm>=	qŽyԅ3GzQ
fhݗC F.ŭĴLE8߯]4&elܧC7oAPz?HX:qd6Kf."
&PfVm)%ƱWԮ_eP_ڷlw.liB#Q;KOjmiɿP63zz	ːot*dW3\'d|WE2;>2nۈy.C]Ù#{z<$cMf̋Zu"P>#z:qN#_F̌lq˱C
)1З@͠	F)4{!5[rO(έW3cHǓGg#-%k|)gף,NK$Y>yoyt^ym|ԷϥN0s Cæ#ǧYPry9؆L8;v0"ߋ؀gǃ^$67p~CڣoZJ#:'LLj:PeΔ8$ԊnQ\6~	e]֯qÂ-U&Bv=Gz.R٣XkA!=!P_+BaД:_
ǿ4o]"O]{)QY5XZ3k{(/bBTĀט_I}w:g;A?	]l	n\\޴w-%Oߊ<wɥ'"XbUA8kܢvF9Zl&:7}<3"iPG|?]Pxqo7=fl0Lēhj'Hu>C$QEݶwYÌ.lz0܄EE\I{{CX;09(ܡp1B{	̷=;c(#On1ظjrJά5IJGĺvϦbxjt9{RoހuRߠȱ#Ǻl.w-$/{}5U/.Z|Q]=C5wr86/)ՅZä>vZI=r3ԚX]Ō]c:;w#NjHj#5`<AZ.`y0~5cwxJpyOb.7-p	eoqdu*qxR=vaW+2B=]˥ǔeOR:M=Z@oܡo!Dwдh)3mĬ\Ѧkf5=G4lʜW=_ &WTStsx651[8LLՊ |-ة$	Bia.2s~o~,d KV6iFNr0].7~*1e˶:O2NTDw8>ݏEJ"b9_=c3#yt|ԧo\j/-!sm?1Ư<w?2ѭI8[ƳC}Q]@՛1M5l`lGڮyۧkmq%2p.y+D5qƧV ځ:(Ԝ2XsҮ:G3YBq:GͰ6c~K:W^:_6FֳHjFT׬6B43z?Ah>0I\\*ia]>˞Tg~E6B;{c9mٱMթOoqn8ѤUB)GŌ׈8S00\g- mfQsUߝ˳!:{Hc88фrƮE6xϻyT7Lߴ{ٶy8rb=2c_%Xޯۦ_Nrw iE+ F3q.f;qdx?wqCh[ąxĳ^א>oC[voXb^yZrޮw{</ADųҼiՍ0ģͲ*ǋZtk>,6MR,4Yv
/pãf|``w͔K֤4π*3NۣVLFG!˲(Nğ55Q"Sކ4#6޽Uל\ӗ'?fMljs-FpvIų>	U
QfĚiUs? ==|c|w#]̹׸cu( 5EYMj<V!Vߝ;cM0#=}
3dgԚšo*ϭDWLr7fh40TwPT< Cxڈ_OGk[Kcj")ӐlEpe	RTsgrl^V"̑':-l8=OˏmIbR=7'M`@EK=
+wׄȵ(ԈB~cݓ$ܔ/$>؆:ZC!FĿxH?;sQʬI/qܰl\
}7
bՑ"]P+#N'֌h-K:zSY![j¼<y\N]ɷLJ%Ru98ň˷8^;eG_xju
4"ʜ
[mkhCu[MڦW΢ef{K7&k~ɉRңrEo:}Q.)3i.HA:1F@goJX(T׷&o#uHys>=tG{BzJޮ(7v^0hb7a[8zF3x#>^S]X$ݦ=rs$
<bo-<3tEԷ({Ƭ ϴ3-hMi'^AǇL:]%'"0%˳b5/E?!]!.З!Xc@TԢGVP+8Q)\k@5n&Z_dZFer"VfMe@dGúڄd2ɹwӖS˗Ř cD?)L+ˇC-<3VαNs[y`_r5ݶ2dfՆr*Eou֢:Ӛ ݼ1.yJWϭ(	~8CBHBۛ( &ӟ~)PTü#@yk~*3sĪ&W~1^Fɓf'۳ne^S!ڴP9a^YGqm 0f IX`-1[,UY`؆˷(/7zoD+3`<
W@#1!,h͌ӐiM8Fh~mWΈMAl|=ȥ6;g+ڊ^#LۂDuiפL 	t*cG0a28j'=ÔxoQr:`:P}-;a-]ӊd<}ؾIxSŴ0h85˵ǝ[Xa3CfY]>|WITк@=Q՝=i72Q,n4,Մtwhowa8Pdo7>/ʚS"[|b,[[twiqtV=G_{okbcI`^9´9"ڃ)veAM(?Gܷh"xޘ0ʔUX+' ٧>+.mY=A,֦Ϙ\Aۃ]6>FB/Xqww@ժo{0	fQ>«%5L*&zކ?1@0j#[rYm@bMġ^T7s0ǋ==&;	؛IU.jGKbEM!ru9~Өڥ\KXu?7fh؍op%3U#gB2ryAqlprGQAL$A!Wy̟]LI&ƵB{A2yPŸ<k8VܡGN%Kq"-_IS޳ֹ+3ܱߦ/ͻ,7Rh%Jʿb(ѫ5lG~@ɱjͧvJ^N8mo>lm'Od
ƈن~KtU61D(UߞٶM=Ы*#j2͇W"Fɨ"IAW/	ia_O]ڃ+,M ޸p$`ЖSN7@0(Ϝj!yz%&e0M@"n߰9Bsepp^M_{Y}jdNT7*VOκq.9)ĸɫ%]^a;d;`ϐNcbS`-k7+ޢ=#GVr}/ܞי`8GKl;t4p̏dIĒϖm'v>2ѯ04ҘuavMJ<
WdXewMK+փoyBNh4.;4L!fG??g(g.Ԃs̿uT<JxĒW\$4#Dީntޠ_ր"SS3Ȏ̺Z>G'T[n'm͸(̍A{9ÂH5ZޒSĀ1) #18|-Ӽݭ" XR!F'][PgPm֋/W{މ{]X'-jiط[Y[2oOX*9w89D]>̱Ҿ(!y0+<~j=kSrk*/Ʉڄt?@lǪ>:^H@T"Q]iΑ,ZД=&,
Sĭ*7ۛh=˓aҤ;qϫcZ21,}u{Kn(s q.6G8RSŪVYlE};ǞǟHP6t+̣yP}("w-Kt!jkY&f"/9AôS.	۹M	&_M\8ʼTU5m%اu{Wg12Ig2so/F	e<fXǭGOث7ǬA~XQy MZ;2yf|n7z'-@E1K°B#(Qt$DA5/cx}y^Y@ĉ"[WF{bȜ=+'OfBopͥGÚ2լZ	g}3LGLAc[+K
xxv7ԇ,=OܸuYĴl$`?ÏkAΛԳDW+Ą֒W_* I=M3`SڍiXğЧ?>&;  -=+Ƿ¡VrDȢlޏT2,.s*
w]P]3&ZʜzTbϣ~
AՅ֟xޞe<I1^ZH-,ϒw4o1`kS|<UӔu/گm"߰T9Er:-.[m:xy*UIT~,-Jb݀^pV@r%64:qڡ8P]7:.2<!30r$&S@nt:sZt.Gf4.ve.6Ԟ4ECDs{7߼׹xP
z!΃޶n$%_ɓ^ܛֱODxV
ɟe%j^:N޾Ɨ2ƥߪ4XU(;NjmlE4oWX^-aCՖ1+o]8synwGͫ;̸fTVēȠy
_1q;Z{ %ExB;3s׏~dG~CܪӪcMs%`	j8XU0|)83r*` {)}\ȿ̐G״ɺtLf-M],A.bx `MBzD>&2ů 2v<´׳h^op5fWUbIpX^L/fψ1Xh.jrӞ7sgJkȠ=]ɺjX@+w݂%t5)ʣ.LՓ?@Yvx>-#XK4Q;kK+1Ջѷr9-^"'ؾьVrD̅{bWWF+ciKjM:5-qܚqM 
?7/[%HXj1АlC̖E/R0:TV%܏]:+PW*oׅ~9})ͼânlф&V=F^Usoj{OA2wdcS8uQظbd?~|b;\Nڧ_g݉34U>Vpl3L^`rymCI)?Df1ѧUݓ>f3×4<όmSh>&|ԵRFyͨ?h7G
ȘPϡťנ)Vn:@`+ܡ;Ե40$5vt],° /bW|I5)&95Ҕ5
HXκѼI#PDH/Ǯ= zٚy$x:}m_npc/ƅˀ}Oݍ#&~t_0|]"M5¾b!7d
>֥[>Tԡ`D!J?,PswwU'pRN>kC՞=éiTsߜ~Ҿ9:C՘)dHTɢB+U7pJI'ٵN[NdXAq8qJv.qLWs?ܷ}0w*I]cȁUR5α:'ogk	$~$Ǵƅ2ht{!F!ȸoAf:Ԭs^`Ww'N3TɸB^}vmFBÄ}/)4f"sZ|p9vyЍOM [ޚ%8%ek:fbŖC1ƫr3{͉:F/=%Tm rdRyԥۍغ0	B*+iUԉKC1]Kħ7,މD 	'<6V%4 K1}8[U5W}Qc3wuǪ1{,cVQkyz,ľpsS.Z5!/-,#^å3<ӆi78Y}F1wIQ`bo8۽g\ b;ΌXݣ̷UxΗz6A;p	ަ'1vH"[wEEÉru.ǅo}PIt;UCi(_VXф68J"6Y/ѵg ٛ8U$߇KI+֗ڶY:o=Sxp<ѭ6]èK2ygKu˰v67QɺIOA9|כ
ܻۗaMhrƛ6ܞUه]'bWTc}=6ȁmVˏD<ae߀0эAPg5~[ۇyNU?&+`wۃYRzr϶jӁW%2̕fy~S.iv2kLopB[	-m|dm~T`yK8޽ZQ>?K7(^`!ydZ\b;bI;<ʑnq:jlhw(|){vƦ`9ق<#0l}DG2iqa-v&IuB1;#/>ryoP3cןKrzXRӭе;.zM¨ڸ$[^'\Ewkq']@xo~pۊ=ܼ
Ŭ"%]gaE'pߨ6QuL|l"(ʓWA*'`_U7XS0O[FrƻT8qy9i;4;gBUѲFSuöɹB4y5ɕilԢ>t1ڧ;4V:f
#;>RkYV|?tӁP޸	-wdƍ8@ ʹfGelMW7R
ӝ#rscfx_Th_MܲOGK5ZTp+t4`lXY}wǓ}bS@yr1gq3bKW:#D)Az|
.Rɇ?+z.Ċ7;t.ܪܳ/RQ%,qY'K=k'ӎWI'?yKƚ7SI{%3=,sȍVHl'3Ar>|ƦҍXnȯyv%SdSr΋ =)]αR_պ3'bz8~+6%}m Ȳӵ\<PxVG;i/fx_zD1uUi,}4R76īݪmڇp(mUax8/\RKMv8c۴c֫i@aj7YL;/mP\7aO%gpXBzjY;ݺ1|л-ףt@w''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24939)))
