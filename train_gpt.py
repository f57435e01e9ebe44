import brotli
n=a=0;b=1
for c in r'''jZ$lcʨ׹юԯ9gy\J3~DʘSE*ansjڛP·u8GvYALAӼM	rf-y}x>IpL:ʙ0L	s=xI^}%|äOO88ΧmSutP/ۣxn/ųGc(r(S%5D]ҨӃ0~>vҸ>5˚5
bg?
ѐceE~>Δ3.

,,C^|,lfט"1_}=j{{lYخFъEmJþ9$ ypþ1#Jk( ~B](h	Ͽvֱ]9#̸\]gZ@ҭ`"xÀuh6ldmarLYռ\|u]G+8D̃9Sd~!#M]gbC&Nu&F"W\.~`Mj* Ah$kP;[:}N/ՕC\ŽdajPTFI#R[<RV>cWã{Fj..^ip&UB^ˌoDR?gafŶ6hհS!̸sIId߸y<̛?S/8yѪ>	bֲUɈ.`r@cR#sCnr-(dW"eWa@9ݡ?޾S#:*b_%pu޵$NNxs3	p?Ĥ\[Ml+Kj~})ynh]zB[J.;b@<mǜۃ
}s)ۍ+7ydܘHzhh@i3{*ɭ}YK҉ f~û*la2үЙqxq֫?XΠ4pR=I3xϳnϊ=IӒ+!qHbQLBXԂGӼqKyF/@L_Eq{\%$ޕh_mgȪYHY+)b|[7խ0mh@vv̠԰h	}Fu"e9e@+Ӑ0փZRi0&ˉ$mEzAƎqQXhu6R7r'I
eVlFՎg@eu<Z{}Ggќel8W0NϾuߖ{p75+'=r&{9oitxNr}cd8ѭ;`OlL$v^4uĀeug=[{*ШB/>zPqW!a`;G-lbƴik+b5Iejԙz3SȔȱx>ABz;{yw)C̰:w4*zƈtЃBʹ11b2M=mbT-VڋT}\Jع.uQ_j<-^10טG5]'zՉULQ|T{O!d`ܤ]߭@YVޚ?5H{C_Z'TLYD
z,Ѭ^dZEۢ. @Fȗ)*F+^Y: NqEP(=5+~.h{{3{GkŮ8N3КiZ>@՜h~#ЊvGLt71EqsQfסcPi]כkLl2ЄyFŕ[ǛSŜFuC_p?^oJTT,$`H$njfm5N;'MGȇ5gޥD5DR>\M"ئy}qjl6ϔj؋5:.΂\sLs|ڋiAW3+WQ*1͒&',w<ъhuMH*wg6֭Tx6зhDr;zGմ#:ރGI2`Χޒ6bU^#b[xdˉB!Д4v*@"_%ˢӂLѩ0t 6g_fa@'s!)k2,_Cj
}ͨZ}vw
:H?PC5޳#khIIηVG$
v`]IuuҥUd,o:}P@}G@*v~|MK5.}
:?(Wޤ^gQ܊Tl
r^Yz)6;ڕ8l=-iF/4jƌk]DME$nuMӈ62Bi(-!N/&2#xտ_r|Δ.^2jo5ƘXffxgL44_5E|L2r|VE(}|IB-ljhJIٖϞ[ՐLE@	)i#szCds(pRsI#vy\
6jnTqsy̘SGnW[_c1֦'Oсk{qD>)Oo2/P63[ӿ.6.e։t@I³;!O_*OV.؍I4+û Thme:a[P{lZaRPȐemdQSZ9	3>`u`]5k.;WBd%2'j\yH'W;^\..(o.(N?VUEa0i6t-j]ϨohOw4MxY8?R߷QvbͳեDQsӾml7v߻҇c4&c4LarOFih~\.U#_!I^م^ݮB:h0ЅSTj@|>	aYPytX&96ΖPŋDK>0L7yv+i &zķқUMqW^rZ245ae=A\wokD6K&mɾ!?	Gk2p͉HJ\]!з׻(]H(+y=?طlana@ٳT#hXQ4j)iE&9\`t]7tΜ׹_1/5GSc@}5XRpmG[TާP`
pNĳ1X|_#wէF mYs~GpZe+}jY KY=Q_B=c^1m|Nנk~s]x$,nkWս^
ʓjbpDou>\OǢ2e[zG̗b5+jϘLwƥ&xߩǲMl	w<۠ul,Y~,jNŷmh%I~g#
\˴G"̾$tSvٸv?cdP&oƥЖ<&mmK^;EXԼup
K¨_/yQ#mo NY!,wU*r;l|HӒC6kxsAáF],nzߗA&d-ڽAbPr3*	6Iv2JSE@u-rSA@!#݌SVԃr7	EˡySɼE,хcES,lf:;ByY@C_8@| <.P?Ϯ2]fUwJb5xu5t 3H}A*x]JT!9QsA!ԥE8نJBW%Eh,}@7շ3|UǹX%@DDҢ"d[8֔ڙ
ޘZyϚ|-^Uˀo'8ʵe$q<[A7(`nͪQ az>yC5#Fs|17b<)sߥ>SDvPZLg+eXWب^PFVۿ;JLۣnڍq{`
f]]+>(gԏIo_q!1[іy[k95T|FYaېsDC>=w|L֒{w
y;$ξBv(Y=U*;2dd@1^נ}'dƵ(iN}Șig e!gnOREϷzrφu6{zQU\{Ä>&Ș!|arCw=Oy"(MAfҥN|e'LkmֿU
kڲS
xfZj[lΏ.ܺF/q@`?iYO	nFSi?>Q{˞͑-~-ťw	.FǄVGQbQPĖ=yK86inUV6CXp%pd<;
h|N@sȩP\o`Ǽ7^6s1=-Dd/ԧ8=>@;φOuкa֟/q WZ_xd}!]DQ?[s+yo,I7FHGb{ZtC;\{x@H_/\hF.En^mm~ cU'ߜvʞן#sVbEb HJ@I=;WL&!g]HM?//1We{UIbl,;p_Ld։rFrm)CC[zOAqٍv0'1"ṮkwӖ,>kC~ѭs5Moy||s%L@DO׻Qɒ9)#8,/ͽӸ]_L~:,oPE}ڃʾ@o.	hns&Zog&'&՘^ӽtPiThj"sԥBޒtmLÛrQL^M{U5.eN
P3]Pd98)]{!:l$ĸ?k4~(1#+}ތn>QP\NDoqA@ZV>k:&-Ư14%`Rdį/6urslec
yp/g#o'wģO"	/)$өq@ΘHĂN3#5P#1uٳd˝d%'$2Rp8W7#qkv8R@9OɶRg2P¤m^/B@M'OJ$JC
^<cvD!hp3ȧnR=#k: {h|Os;ٮEh@ѝW)NVҙ1EaV=
͢*eIw^h.oS*k҄G1
M4'\	y&W@ډ'ʫ@c<mCpȀӴ.x@݌|`tÇݬ*zhwDF.݄YW~#I{ڲ1հc
0:6PcBh3z&ϥ0YY\aSJvH5%Ȣ)R?)Dp1\xUȆ3ke{[ϭS#íY~E?=u2Ղ*ܥt4\Nr|pr߈6FэIL]wж5cϩӁ#-;Eɸ?}1IS,p	4N~,=k<hJKvw8!AWIv̺VDSłb"4$e#@5DL4>Pɚ_
̷|kwTHC\SVs&0C$0[XHpmvx1Ł@?i!ɮ(s3`MJ	k0a_/uopPȅ]NKYDz?6ٛwLڊGե˜qdxj}6T9ݪ{م,J EC`aR.0gla00!=J.xKxW\.v0eͿQ/IG/Pw=gЋgī|lwٽ_\Ӂo+,Ї&ʺq$)Q*]u4սuǤA%+YJBLsH#'Sڣ²oO^!ZŖX2"RQi&&
o1|Mˀ6:/{QM0JM"4*5n:h)pa[п(Nn'8<B`% 'Ҋn:ܬ8Ǩ	uֻE
	ZP`ٱh^ٻ|ˏGپ:I~!ޚλNDGS׹wǃz܏%HPƐ!+f&ZʥZg5yu?i_b_ѻqF``ixWlG=::W+}^ȋjQq<CojY}wyf3p×+3قݹ׎i^t"ǫ-h^"\e~jt=xcX-/5rG?˲#nV	ȺS\΂B-x#RbJ͉L56fi><ܨrSo
sԕh*-9ވr{fƾNǠFޯ\@cJwWۻ!lF.ߛ ̀Α`+q=Og3nQ+,X9H65b)8XG%.81Ŭ	QGNGBȟ^ۂKJeĺ]glrqĻƢϙΏPQ+yc$׺s.BpR&
x`1!E\U>#m5.%[OF"")V?M/?8_U1>bBa(4*ջ=ڟmlَLtpVԚB>33ռy?dSj|šCŞJ;9qβD<~<rSĢ;9S)SWR`]1NBVy1H.n˷V*_	Nd1mK-*4ܬ(Rߺ"N"بw#0}%#Ki5gO`^%npdf^o̟cBx	na.!\GZd߾WpzfWԶx3N8Wx.T>m7;.L@ֺxOPEQobRNɺBܾh~ӊdq4T%5]m6[OSP*v9}XoR>~Jǉ0hu<y	Y/K <A[Ot	\P"-CV_0AokЀCK{sI=%ܹtYWX9k0:~HOKya^'¿Tӳ:>l2uBa2'ޕ68"AZYYH*-%{>L4J(Ya*3WĪ4L7H`_,
$Gd?4B{4	vȟZ[	ޝQF$7RҲoj)")zY5X>9vI5+tłY6_]:G6aL+WƜ8[!WIE݀B/mAfJwCODU-Q+h"bɤ>WCՐR(x3l ^Jоo`i<1sаmؿ̎<Zq{;é+ɿpd=}Xrv44grQ#Ei=br&{%ǝeG^	dxfաn!̵FR*֬]
l;Vw1keHI@:-H܍\:g|MUo9{1ec3ph(!4@odu^BUOF6شyVf0/n?'ȯ;wN|ԻaK;`){{Fy9E@B9!\ )#զܑS;ͫF )#d^ڥIQ]jIgҿFZ]`~v
mi#{&5q!96׺jseT/NwŊrͲH1rF9 hq)j*ɏ{f,S۫"Lz_<r;vh5&i"VL=g_)\Էp)٬rz5/NSS^AJsD-6b#1#~3զ}pÜy*4m8ut*|a> .5͂B,C2cӳF^ו<$jOa'MH3HfeRPIb.֎5NvI8-J.i		F TcI&rԡnIl6~ES	m9B];qOznS|5B}+c,Zk!GqhHekYughCV7aSGGu"3&eԼ͟OE<&z,֞NmmRuiq"'?оSFߘqiLT5P)OYJ9l!f_-e*HT/eަ;[~=*UıN0&$^^=TP1G;y	+ېW9P]}a"Zw%ÖdC٧`!So_ُ;93V5h78&ԣ"AKGX7QqƤ8hˊk}}xMZ}ƾ7ƖQğң7NC
}Ǭ٭R_`YY%^QeGHN<WۥU\i4#Oߔ_FR%+lQ^Юm~3$]'6o|6Vng7<F<ɔ]l@<;v.a?ñr'fѢ#K."mW_>CuB3MĘٙ!ˋt$eVOTNDf;`Y_M=uW͙a/iw66`=#ZE-juxxy	.x;P&Y/Keڮ6fA#.у¹A,u#|{w9h22jrZ1ό^;YzAƲORXw[J%eOOe?blSLEսطH\
CQG҇=jǇd~!#E,=rFYL=MF_t77'4y4Du4tASf!t:QOĩ
6Aj}ndnf(C.ɧTv
kɊ9W@*WhVp=tϬ/{@
+:o>q4uun/f?0f0&s˴%	Gԅʩҵ,_U)yyֺ^LDڙ=uӀ-rYW13?#NXfCޟs2QF3ќm(f
۪yf߈zQJc}hU&}ܓߧ9x4Q
iTQpoq?A1'CF2y-޻tw4vˀ,_J9
G|%1M&T(LI9y	WоbS)!mseۛg>WsܑOTI\_{&p$\|9}oAħuIO"iu\ dHm[48|ܾدF|Gq͙,W%?HţhP_	θ݄XMG5KѢhaLyGjlJ_%ƅξ++۴.̘8XJY|>(@G^}̞M}isdYߨnĜXAsͩv:y[RuuZ:Ll&}CHߒ3e+xQ2οڠ	w
nC=8[sT'Š4}pfV9v݇Λ$/wq~"_ԝo=̋~4F%}\ެb6'Ӌ3a&O_*"WYahݎ!	%Ec׹B1ûpӿc	d$ҷHH0:.V&X"V$tz9X>]o9X 4Ccjޥ6XnRߵûȒ4ZV)a^܄ĈYMLJ+Pp#ѽ	92/҃ϷɋlJWx`^!"Q*qz&'-ty8tɢvԷk]dvnGVQ#Ё&=4weH|ZoezpAy2RѱIXuM/G{KVc[jL ʠfԛԊq#g$B:g;Txk?VJ.oÄ<~'4nk8.Xs{eKOM;rct^ssk͈b#{Q50wYо^N۸Kt=bռO`<rύ&P5O;̀C{,5[LlAJpdm>~%՗ëTtTAINYt4sݠs6؃1&>k)+Ɣ'#ՈwqznɁg}bm[j}*\AJ{9E<#GM׺xzѹ5ƪv\\rq@ѼX,\ӋAc|Û)*)`BtAс_v$21y|sr>KįCc\8ߣ[	d޼C*71esتb+HJH,!#ԭ)~~hi9[V/h83τ ֐,9wSȢ*
b}<AKa6l0SxpV`'>ס}%Q*Օt%øWz'b޷U1ȗe	!0"C2A	x؟fBP-5(V`(wjʇԤ3F|$YgNe)RraZ׎2Nb6~jT{L̰ӓںB'CVӣ$aq:
Lc'[ķlMŮF,wƢ=by>xѥ;AY$"ě=oİs:8'2H6!lQ˳ki!+m%N7n!CfOCcKW.4dcς~5B%+ԨXm5ʷZuZ>*hkA-?@CE*BOLw'{7ZkƤN*7ѤiʏU&Ul>ZbI
]ɯȎȮKۣP`ܟXeEw^Sörw~А!Eq%E	ɹbĭXܴ.eB;Ry#
	3<(9*df5[iQʙoA*ׁܶǮ#ªSH`-cA4ҦlФG:_sՌe5zv~-l<r̝ϢA$D %{{*̆XG48@:
Qa3ݦrG$Tđ{2y,t ^ߜ>0zt<:)!;EJ˿EBCq)eaSͷ!IQ(IvLDRXzjy2LQѫ'5oFw)fbY;Zh~qBNwhgUy, qy4>Q&GmJlhOƪ!*-]F#g/b1vڂ$ש_Edny}4qߘNn[ιoz}4ٌnE`[Z^4!BuݨŁzŞa)Xp0Ha\ߌtdx&d=/bGϹߙf;tzz1azqݺ4~P*L=^W!rːRvIDCOl^8"tmQR4sΒîJߜƾ9DiK?N^P"DΛkgw|	7C['Qʺ0Yb9.OS}kIfW!`0[fQ-tȽ5ҟhVo{ГI$߮XYђ\vfO^8+T)
Ŋ0*ƙލm:p&q~IɄY	6T85kQyʨ408,PSJ`0Zr?
K7HpkLz4iŵU'eq'NX;œ5O[Lf6')>c66 ɯP)8KıbY83
#
!ؐT$S"Jf,ZINDtΙO_|Oz`]v'ԐloɽI`{ԏ&U9	CΏ
@AQe2mzd]/k7Y+pmB>2C}I59B qށg']7ņlFeoQ,͒8ё1z
HkU_W$6LՊsC26d=Ԙu4*O4{~@ӫPvhƨяB.φR+nޫ&2/jգUT9`˒N6ލ_761|fɄy޸NY&CvÍ̡KUWc((Wpx6G}'	qGz6-S9Ճ"P	KJo=YIG݁Հԍ4amDE~w79	W~5=F&_	NHɧLgV"?w!;TZolSmWg8CyaR0ud1=rx$@!	)*>X,J/8K|xSS.;p׍0}
_ub^KI"pޝ/QԦŽW` 4zoZ8۱%ۀ[hgfp\Ko'ٔ}Ō\%\w֌Ti'ifHl/Ƿd0j]~dJ.z<-B̭]u>`ȉ)i1[p&w`Ƃ·M]θc6H eB)\5?U?PoN[e9sTA,KkqM.}}12;vUkA݅jsK]@CӶ^oGfTqGN@Y~	0	fH"FTѣ"@BW9xVgg~`'a_/1ͦ[׻5i5Z $jrWa0^n^\Mrؠh1FXJuc
Mc[Eɱ1Um pHmXk)g6VI"zN|U	33ZgZ˥jA̳T]rw7lj9@{kHEP!+ǡq	yM!ʐnP`oK#}68gJ0]6.-L,gNZ_MtݫCƩedjtHB/˴jb4+[=-j6f	H/B'Cԉ$(+M߼hrdT44ӹh=y!Ԟs(L1ׂ8?
OMْG6Թoĭل|:L0ϋL{~IV1.2{S<Yw5r<<f+5&RA#GyE4R2*AĥH
;|CEC9l8hf4Qn9<ah~$"(ё1U^eS0GشfUI`+iYJq+Z`Qȳ_\}qˆCB04Cv-p%*}zh;hato%I6؛oI$F-f']JxU5xɞW"E/P%mz.ІD? ?A$Y+УU4z)Y0myfϖ΁:%{P^1o0N7JLϝ?QwkenY#+"''-g=8iߚ1
H+JN7zԅ:'*-ʻd(6/}Q~2sG2f}HٺL]ʦ~,P#@zw؟v̥XcЅlIp5ƜŇ"e,9ebl|(
@f̜Mrcאx=,5}"Д}T3@~2^.ѽ~wa@C{~c:*w*PbhLZ֐AچxU7%JI^qtCp3tx!loެ[t6+KhPO qhɔ-WVZ0Il17Eع)70uâ3
/R"ϭh!nOݥT7L،H;0_GؒxmfCHҰ6aWU UN	I>gL@ʒK7vkI_8oGVdIIQTfӡמ)5o	vilYlz8s;*2M>xXp۾׿Mg[ΟŏS3E^J	~P_OB[/D4n`&cZWؘ7SZR]#ôcTځR,nҿJ؀BպÙ՜ʇ="Ԗ)|7zy&N(u!+*.ӛkÍtޒVWA?ee{Hs(Pм_T8iI	DӊY*	z.nm<`]f|(
܆ؾԳ4Am1j&^YkQ%£ aNv˜g<7xER4*iZ2ɾRX?Wl˝=OҲԅ1"ًF?ݧd aa?CjZރFEt!*T8gk'LexceZGaei4?p;!tzKA2YzFm«fOgRm,Jx@6}9(W6J}SchyCuxҧc2?[ɸuYi7ɤ߄X7*׹=5ӗ"j:6oF=!|9*9@9 '6<jm2lb
ɹ̌H-S*OItLqDSv(G9ڀH!ŭνxn7		&%WtLRIo!7ސR/D7"Eyrl*Sٟyqv/.JvS۷$h6ݑѹ_ӌpQx;RfN&d=bӓ\5v-5Z3ҧ;'6rwvtI:"(U7q*iEf3̢<=TOͽQ֮4Mzbbc7Ί̞QNQŝKJc׹ĠHHiC\5LxsM$rVxAbg8xo	ondX@@ǹoՓe?:*7PhɏFh+Jdɴ0݁IB(%ؙ\ww~eCܒof1yrO~_nT+9+k2Cd\(zroS06jz(	QfQ}̀ީ[ħҸړHh'3ӲHyAI_@vQ|woboH?͞=95("ܳ6ҮP18x}=)NbԕON 4]Rh?jg	ښBB5Vpdĕ(]S3,gǾR.W׹,CbNg?Ou
	 d1+&-zPFnv.Xf݁k6T>&GNE ŠvA˖KeٿF`CH/!3LfUwv\qq1J`9+ʡȬB$vcU^1.'rl5!]Īf׆`!'Έ%I|1GUIG7"FiŚ/vihfOma=\{T{QE]438Y{w+zڻwɘk {_p	vH;`h<vjkԲr[LrܨLz^	;onڇ2GFVзY@$޸آ=$];[ 1E`^o-9/[aheeN_	x[ҕj;}ǯ)
ޗSGlGY7`/3G%SOu2h[FAѤZ!4'"ϝߌ,]վeL?lvp_3"اd	oKǘf>5xx6!@O}dc3:DP=z>m9;vINZɬ~=[
uI'3B18͗^L5gm;|6A]?F7`C)zĽ%_B1(i	D>qGyAX?˙WZ"L7NuZOk0{ilBǪ!{{iey7p7{9UqM-^W-f5?:x׽u1t׶PӊVtjVzpFcЏLd*R`WRY*,5 (;]D2?2%qfB
ݭc
j=j\MkҌ$IF%jY{kVK)ʝ)>Uԡ=F\	C6
xz79̍qb*((@_{7In[El*/-dM9l
 ~U.H-_JYfу60wGUe?#ltǆ#L)_L8|'&'?!6OLX
EyÇ4WO{jxxOǕyɻBk2#M̖3Hd3
e0t\1s>xpÔtX4"MAWpƈN#2.js\ 5KߠړТƴ"/a2fsK)54yW.x{dwE2EXۅHƦlRpL$yРV#&)in_&~*RG5gތ|
.ذH!z
g%GՁpG n00&DΚT<y@VFocGtm|	b5VpIGE3.BJ0t+Wj	;|9w_;ثfuhM22K}ƈqDq7]a_=ڑ	Dn:OŬ߫4D%b#xڼpSb/rjI^,rMWF-4j"p:6sq[{c]^K7jg~/+[f/ɩԮ<7S4ҴM'>7eS*x~yw&u/4faROKm8(|a#ͯ"BtGƭ~.B&_ې`FQBCXig߻\:S"|wVƚ)ȚW?@y!bg15%#vOGbA,S ÷ȩ{[M:Xqȓt0J+w?=V
<>	,ٰbeIOým+
WZF;Fg/iɵƗ~N ^(#	w:R5X\pk?r";#IJ%RfQSzmj}1I&C<h5d؉/'FIrѿ7DzqXوMzOpdzLpTweho>ZqwjRU4\$t*B|^ҩU8<i DR0*e[HJxl:NlԢ)){ѺȡM*0DDʻJpaS;ސ̀&5YpZ@>y:|wϮNv#A-IԳ]ur;Dp1p4ot%է_5/< uUVbO$,>bNےM֢5LޭUc"Ҙ-jef)rHΫBQj<:V8m6	|DsS`%7&5XTpS3DOwEv
dNߊg8MVЪ1F`Wc3Gc7^~/\]my(y\1AøLrn0œ4ixBS|Mǖ˨C5/}AP¹ɹcbUq:+Ĩ8ݥѽ,ߛ|_15{x)y£HyrbIĀJT+ҳ9o|aHtu6KUǶ?Ů[z32"Ȳ4ЃuѵݻY7.sVE>]8B/h5ʼ{}m&! iyWI7ՆB5./ok~d6SԼCb_(/ʎ}$OÎ%*4ȌqFCD1APd4buא4ȼIw#WWmmaԙF3lSHCʅu0b4h3YԬe	[C|Q2);)Q@ƭuͷL0Ԣ1}y1k
Xr UNՎ6L.I25Mf$(YCcu/fw9a]hs`ϤnMg,#*?U2iޛMϭJޣ`LuұfI2	%y}ƶ4oaq2҈uIVpB_=ԝԁSbpX$H;-kKT7dɾkȹQGIXHzk8Tj*]44dW%LZ*R;X -TR#͓\1y;>ϓλš^gj7݅UkC3nJ]6! wM"e,ݷjOJڌԃbÉQ}r=6h؜s(ql.<_fԳ Bt7pe]whͤpu`EJTЖ9$<߽52b!7CBb9O4H }kwj(u0
7.b*rQ/.3P	@n/XV޹-rΦ#!	ي30<o+]10IJqƸJ!<*4UB|W8Wš@ա#[=85wƑݍ["b:	g߰_.͒W+3]<(
ۼ#ӱɈ3h<24B
y`$JZ?;Co>Wq%!0W.!gNڿ=uHC7G*/0p?d7t^HLȜO}YCX\2/&^}opPa95ς/;%ȑ0()>A'e̫:O&rAYc*Zʫ=ۊߑqV4R>kz;\W8kͮƫ5@ǋga	\e<:Л"ڍVjk(7GIOtثTTQݾ"OdeNtta ps!ɱV@4b{8x)Ȝ.;
ð>>?Ri,?~.zܨNEs{nG9Vkbr3E\0+Y՜9?ɽ-8[dtgaTb^|
&+j.۹V( *ß	Vz8kpo2@plCmU/o%ԼK3'w$#i?ȳ~]>̵ŨkeV|*עA'twcvNE>]ƭ$nlXܕvWk\ԁCBGu\RM}j*3"IQ~*ݘ9^B:Ac>]9fR:t{77u)H'}`>JCaw8UĶ{=r"H2ɚ_ʉ!J2ֲم<GǍU;0o;!cFӖlnhȵКbwLinĳa`ƛc ^;+tu*v5Լ4mi[sU`h].ެx6ix!6n0&mVIPƪіM4N)Þ?Ng*s3rZ	In}Ihjt[<+7T:ݮM$uU6-T}SleCBa8"TׂV2n'dD ͺ!obֳ.+?.</j2$]QңE04ΰ=˳ӸKv[V[q"'ߜ٘VO-CuoDQg=;?κ_"	6#
 /faIbkNc}޺p=آkÔ{*0
[H:atb{Sޯ2DCqDu++̅({N:\z1w|7JskfڛtǕTXD>!Qi3{f_I	K6f7-PAիxiugE]uƿ/Y@~ -N^[ocj2}Ue_b[\IoObH;uQ('Gk.,b]+ e߻rI\pĶYS8+:=$Gbk!EԜq+eFl>?GǏY݋\L¥B8VZD&;؝*!ZίTݾؽnTBx/2#dIP@c<A~^F^Gf"w"w"Fo0B^h}sE|d^oIi=ɉ[UD~-p0C=Ag$K'KS{G֯BExbQl̙d5-tb}b`E]rC)s˕ÏWOs>m`$\[&F{uG}]@DlMbJM&dM9ّÉ0^;lW;P
nХX1]@Vn'9>jo
8`+Ƭޑ1zrѪ~|jõfIU#IFEPM*n&8VӗDj.o]Rٗ*\kJڲei+~j[vۦ8!,k/UYgDA-+l?pNmkuPT`c<|CU~_d.$	w!}Sޘ+9Nk͎,I/پh
^r(]DE?̝%P;Y"87ԤN4ׯ?~$#OǵYù6M#_T}6"kB<>S2x{eO#0Z?Ll|N%iGE#3də m*
qct>;pF7Wjq
2nމ֯'M@9!ǁgfrĶiW۬zFӌ@djJn[i?xT`g4$ةReÍ.ɴ;+{od +Ed͙ţ^1WIZϘc ԷK«&YR[f1}H{No`_)X43dt >5MMOƘ
No*/ӶG1F"$6Pm?L]ehe)B4(@c\(^/ƬB$=M~qܚ6̭^v&Q*u>84վҲ:Qڛ5XƳ8~+@Qu4#AގKGMѦDma;_gǱN -Va"ѥ҉Y26sah/g]"ENFLI!Aϱ_MړXɕB҇g÷v&BO+3Q2_<z;(v`#1xt'%|vu;cj&P7%ӽyeqrJ:0Z["sGeMt0}pV`U:L9 ĄyM^qyԀ;p*ˣͺQkǶޚi4GXZI/P5/^AѨOɑ1bb;ۉfʽF ̘rĿhòτ,)N<6ptNã
z٠D/w0#ԓ5JEXG/<8JÞ8b2'0
Mű]zAӛuDh-S>E̍$Kٙޛ*kaU!͘]('r.;Dqū0ݢ2r~)vm
X
I؈bګieƿ
uPMtm-*fPs	7#RU#`B{V5F.ܧV>*<[D#Lk74-73SP9\˨WF/%@;G\h?)-޿۔kQ̴RL̈75T_ă6Ʋ588THy½NI*StѦW֧%r.*9ru3!{v]_x[Q^t5+оfǸ|˧υDl`R`2xެ8o ?"C
f7,SҰk)2y9|4uA^HڬrVV)4%\-@n4oV('ڑYD7L4.F:XY׀C*Y^1,Z[Of;aKm3/_ Π:oh<LrJ[k&4F*6$R>VXڒ{B0[KQJJzHV~A.3'lS9c#ћ ]-w,F~{@f>}Moy4mD5A˵T		Kg@G*°/ ܦe͈Ql4=U.R?SG49/OZxʏ
&1H,t_y@x.^yN7t<*vLoQ$˄C\)?[x>}GrNɄE>}Pnр߈$zvsh@;+2=<)`:AʱQ &]ɥ}5Z=oO=V"4~}y@27GPBUDL0&V&j)tNgh'NQvۊRiT YӕPSCԧ)W
*!>f1}*J#6?Ǿ;U"$#F5xL4o"֛FDޤdu+eV3a~gvG!7А*3|YQ[ϣO,7~ȮʝUNj+Cbײ>ʼ(lˬ}(RKۻۦ$:;pL(!ԏڄKҁl7]oJ̠ZA-6~T>/DH5؁n\^!qk+1"؝[ouUM)p[QW9i>5_zì	
P,E1=SIuY^R̴G<ۙ$&ϳZٟJsfbNHi]!?+]̽R]Uh6a+6D)	f-L!}7g;6'F_Cz?:aOeB͖]#]{y@HkԂ$=̀ƚ:Z{1hs;JxHZL^1[^&ɩ|Nr> PҍI!1k͐ДԼJ<\Ԍ4'9k*Ɗĳ,ٱ[JnŃcFiM*Y2Eya{0a`GV/^6Ù3ZT\xC^mo_)ŝ$G
V]q1d#Xv)EX`Wۯ{AdWSF	?}~eUmyf
żoȍ5BJҐp)rHˉƌwM/S{M`"0gŦ!eLcDW#<{tƘZ46H?8FKF|m	::Ibc^:y^ƀتEXZv5ҬT7$Ɇ-ɸ+J:G&Vbz|8gjLT̷H3ҷ ײ+cvc,JdL^v(rh7Wc]a{|"9i5p2X95G}Z.|
/Oې͜7GqaƿW%9hTĲ\t-5gaVB8u
Ï`
-\L2/Z-}hIXJ'۵ːVL(3W~[18M3Ș>1F+9+p[IP!͏xj-	N]Al`>9=8t|dS.}9#l=Τ}"gNj7?B l

ߺ[˓-SNЅu#XEd5Mt{s
~2{Ca+ַH8m#JPv|[οPkP\sYFѸ[ٙAȸN܆gMMtAoɓ=j+B*f8?}سbXs0>EGqS't̙\ÕQr3P"ԅtwRB9Qk2ѳC]my1~2"љsɧMGUTbgT3f	U8LH_|\KLfjt Pń4@>k.yHL:#_(Ԏ;*[ϙAJy:%Yo\sлC	+Ίiδذ/PCPl fukbf19TG]ѱ"
88کƸ:/~~b2m˂\.i~If.B?q`h=NQi	Z՚@Sye2Þ2Z)*27`hg1o^ވ	far[_?<f`?N^ʃ;V#Bșy8-]E\8ENx֙Pt9pxEU=ٱU@"`|%IћB<wJwojh4JCtdiOLTkf_N_ ^LsM[9 0Y
C.̂Ǐ7A׋19]DxR.@8xҥ1*٦"PUaҳ?͒o,.@ޗ&9VVY	#TfiwIӉ.WvCzXb9wBB[P]	%eŇAŬnE7fΟŗ?j	7D"e8o.̚7)9z;^'D.̿[UΘ'a͓	Q-,?BBޏtȼb;`xډ۩ٕ9}Gí޺M:[hrќ O[TOhZmIDu<	65ڶTkrGT݇ݯV^N SX϶]Y"h*~5M9h[NrBlF2;"cbpıEG$`]7=)"hϧǑxiS8*q#pxVh+OF8G  Y=[F2òWN)OB'[)s5
^ҷ`GMtMcתvڂklGi=hEbEj0ܳVEp˸3i4|
*'d`4QHcvd`Ձ`Vpn{JoIr ԛӑFu[~7{0ܻ2FěHۍ҉V_H0~Jվg;{0.'^ChX{'w	u--23х"4x#ѿΣVOT'fN?4SFK3xY`V(8_Ca_,^D֊/nĿ*48^J3\hu߯B7\EOSQGG(SHfy3C{ǪvQJ	niJQLbpI`@+ReΩqк΃I"~(PlRWɆRV0U4GqSUq2`Nw.KIYҸ`6ÖB[TWMsNlW))nӨ- ofL)  h*4ޚD0ޠm+oљGԡ
ץۦMJ<ׅI"E:H>9DՊ]H(ےd^wΰ9,@djtŀ	G'ƅ5@p$
-<ñLbz_/ewkD@+Ƒ)aRz,<t9q*He|s7s}{ENzSysU @ktͤcڦ?ʕbfƻ3GEM^mDZ|*i؁IuFm6L3γLاJZs`(|ݨzj;laoG
4tBZOhˀ\uo{7Z<>Cձ!;wWdytWw;ߔbPҪ{fi7sgV ;oМ6V߮:*Ԭ4BU%7nk:`WՈc)Sp~M0e/M}{w,2ef^iaXٞ`nJ4-O>WfgmaF`ǌ}Dlڽ^˛*~e/|z Oߪ	Fojڔ]jSza;SoE|BA߇P!qn';n%]ښWS>:ǻRD>(h}I[i*ҪW57
ssUP&Gݡ̊@hW7އwL{uӸʉ$V!#˞E{4%M$uЕGea)+%Aڻ6/4W|]$Ӽr~OSg5J/ΰ&!D4|<	۩Rѿw)V݃tyŃd6Zc>r?L%!53<U41B1P`ޚ7P	'qoq9pm8t	5.׊'[vbq-w<ޡD0dOܶIJ,bƻ8=9Uy?DWI\(p
Ĥ,޶[x`<MqgEڈ,|?7"5eY6Ӯ>I[*?c~HFUA":ulzC0UFЃ&l45~@!Et8¼`Z:83\5OCn4ʒWqĦBq85ȟOGZ4aI>åt9rː1Jӛ=İPؽ.AsW%ָ͉:ñĊ<AR^-M0qMՊ|ȣ$ܚ>Iԃ>dWikhuquVY16MYZf9/ZlWNl.+-D]loPc^ԵpW23	Σ 29`6Ϣ\ƀӏ@8l54[ɅxDarh=Q0ř߉
ޤV$G]7sK4s'.`o`|(){k	4{3)pǚT=jxVpwP(c>WNMKuAh׋53bő>PA׫~`-ʄm)nQxB]~CccIՃ̠œ©ܜg>oQI'|@}ͅԚ(&
$b2	ձx[-#E_R((Wg~Ȧ2D[df6>ih5טߋhi-C%7bTZ9xڍGQ4Dù&.n~is*~\ղlĩ
L'X"BɍhqyzlRՀ,(<Ş
0dQ˿Il&^!js9Uc"|ο_Y9{'UШ<r%	3n|؆;`Jx=_ȠPrTn_`̢zvE=SmJI"avoGk.qcgc.#A5>}aՁjmTEɃo6',Yjm9%@HҜ[hr9V˯Æh={ZjxK\9wvҷ?.$ھ*ЋVmW&!<$9:j+7vτO;%;ؙ Dx<SD0V6/Lz+ap7Υɕ~6_yyf<+ئ[1RµoQ-ZHaLNTU'X1|H'4W4G}ʋr}KE9GҕqGnz<dQz3E>RД4Pn~t?ϱ&Ə"_(L(ϔbI
R\7anDjt?|we?`'ȊM,FƠ49px?Kף^J{PzklqP-~@ȢF|>pʶ]2tXyՔVє^F#Qjb3 s΀i.}/qyt,R0aAf>A|n7.&{s	k-wv$K<UPVɡo$ɹֈ,P=@HƛΥFnSuVЍWi9^&ԮԄžE&G'߽a#gSHsVSRpҒ%=Ep0i#vAȯ݋=rpϜEGBE}
8>aƁ)@ q&|WQg]~<X,4X!(QiS(`ͅʩ4SNRj,c׬QÞ%kKFbݛ;ߝUP*ϖ|<mS3̞H)$>J+tކPׯJNmEˀMv_5T=br=f+@7pS#*
&a`+GF~9I ;o}<t@&b8I[b޺OpjƏ;Pk ;BȬ*u"''D1,ÞIHoqPinɭީ	;9@މ(7*XO֣.r5X{/2<mE^^T`LeSyدȃӂ]6b$%(j+CV{0ׯUÚ|ҀD(YG^XVQމ`01ń1 !ټܣި^iKUwگ|?C:AyUqY!Xvة0w+no*{bEEa]@\ɡz/#D-kӭKmҎ3'tj5res5׍Yc?bf3?5aGЅ#R]%h%TZ[eJA!S/+C`'nt\pB0IˤB/	tGAff8/ƬWM-^~\1X$A)jÔȓ2_r;giʒA?-چe]y|?/_ǠٟH~
Ifj$D"^1TLȻn'0/}B8[ $K<5IQۣNdW	2VϨW=8K̦#uԷ0vy9Fħ'(AL{rWB
ޣ.#`ɪNcm(U;&0?	NU'V(#nY=үrtTǔ_`ND$Aېʈy=ԇ!·քAjQqל@^xxzĕ1)\PX|/;ƮcTc8sK-#yѻ/׆=D4Bűw/6ly_*هٿ\ԳۣS[a)!bTf N~*/{.2O_vݖA"q~)^&XT~}[׌H>4}E1.˩?a3~S`2wUWbns&uN۩6Ff<m6Gb5؏"Rh@Xօ=_˫؋-mwB6JHǌ0"/6hhb̑P++SXb/ ҁN@??G
#ݝK_ʼR.ظ0w41\&Y*_ڰLqgU^^6&rkcrB^+h0'ޤtr]O`Иmzٹg}2HL}\m&'ڐv>ؓ+H_	ǿU/?Sր̋¤FG9#Y]P=R_:B,d@޹GJ!Q8ӡ{8}9ݎSC?%M84-ްL޶B@MMgWX**sd#{AoK2gE8zϒagdK˟P_Ƒc":ۯ:1zq;T"	WvdҟNߟQǫ|D_#rǤ_lXW
֖squW^]0M%v0VJW)4|
sImQIcpl]%V؉ĶYj\aVˉL>A>ɛpFt6Vhe7Fh:YQÚ۸<a`Yy_zQI ~έАeN.PD֋9=zZ l֡ߤx!Éa'/xRVYgCňQ(W41GrMj
V2we?NاXLaM޾^.oy#h`unFЩE&3.܊?8u<60VܜdPdd@
;+?]_m{\׼c7q@z!rٺT1UڽJ7r0([;̅}۔U<%J܌¡tqN}مNȧ-ǉUoUGLA4EmJ5wOc%
fg,Ph"}[gR	ze[ƻS
67ԤWˤ19=g:.*$fk$>3e5
֟~U#I'>WPS<OQ%V{E4͉*+SKHz/)U$ukowaѮ6ceF2,N9h;ӣ4"ȧEnt8;]7b/RU]AWԤ`b"{X^E޼A3ۉ@ PMϹw?@]BL/[]Ő{5"{p'U%2Ԩ~qB 6fO(^A8B$UܞR=«>q4cѯsr6JQ3G2z]E[M!&>-*1LANzG؍Ե`6G^r}O MЗt
Z=7vp/qC+ImKϠO~˒QߓU|߷tԷp/ޟ{QA|NlL8=E`˨j.mc_W6F2^|9t
vϼ#(_UժP(zd)wr?U.<ȰB7
Eq
BJ/tnxeVM`\4bo-hv-2tk?%|c9iW$Ѽn
kذD݉ԂW)9'>ʢDڙ>c+ܔF"@'ȱ].Mߥ^!)%5ed&9mٚUSżϒ
;*'4̠{LXX/c%EmkRl5SF[RvvHdrz?89wh
Cw#:ŋ!vxȱxٚ7''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(17562)))
