import brotli
n=a=0;b=1
for c in r'''hUAD[dH8ʍPEMT^CӹOC-rzkm n9Etȣ;5ω8=/39j1)c`Ѿ%V`]nGp%h<p{OTC*|ևNhBs]i(]˄85P'413ye,m\WC:}	ѫU$)Z51	~hm4ЗOJ'GPFXMm(ϠP'ҷ{iPd@V2/D~|ӆB~q8-)b=:t1vXN
%EnǘTfj(t52d{*Q<£TvS4ٶ(w8ǫ{l	CkD{'Q*D
ט"/NB(Ϥ_?B}?X"F?U;'@T	kO=nvD'0kxDZKO4x2ӂ=yܞm\ȆwvZ'rQfǄű^>ltu]lߺ '+0'ƀ)"WCQf&zGٙI=³?]u1bCXp_OBݒyBu$d<iۄ_ld$SЎlsTӟ1wMBWqVԨ+7Oؘ+fN8B2#2XKU\cx12--Rj˄NE`y!vqI.4x]N}q'qp,%0!3P:B+í
ҙF88yp}x؋k1#ɭ<!WX_:o)Q?EDAW{(|\h_-sR׊LŦm7*Ɖĩqcr'BP\|Y܅azDTZGs0hFǚ#OpFϙўJua)VJGB qwX9DMI2ٝ*\VbQ.8y9=q60;Ȍsu
%fY5{hg73[ctmh?X;nYB&%wc̫\z8ϕdqTFcQϡǛUXls!<Զ͠ &O͢,\9X;&Nt\_[yd.'06TIֻ<J6df_iFLCp`ߧV;r-/T-`F/E]F*`WA8ly'dm=Y:
	4d߄ҽl"T-3\+w/"Ê8W#>x4uFV$CFjyu~rkBWZFm_`I
DQ"By6MR&@U/M&/.;ݦ-*P\i5$G^jSY1kEK%ɑM}.}{DwФ=V;b_=^޿>$c/Wȍ>+l"޺ߊAbZ1G^|[&I}T:ŗ /emsYZZ
}i9U8`	BKoEs7wzşP|MKٳjkrt]bP9́Ƃ]m˜ŜCQ%Qs±E٭[ʥq}3*X:+wN29aA3 3ZǓy/=^pJۧ=6C.Wi|f]]\p|1ѽW/Cu Š7"wghKec;|_Yd/Gu^;ˤձUWK(kb
>bk |wǺl14_1ѻ5=^bF=ҷRѮOnhˢC%v=z`VSJM(WV[b;Fq1#Qԡr̽&Gl#F 9]ANlÜ"=ת-\S4pc3qȶ_5pbØj
R/YsmҜo!N&$[p0+7~}<w!'x/h1k
*|6&$il@[(39#(&
+uώ̻=4pDl'AXTKz\FDacгʝsġa0YhIߕ'.0xw_Y@ [PI@&7uL@.(Ӓ6W<urSޛ$x?ٳRuF"Ӏ6%׭h^MiM8'߀ŒRMfB[goSamKF"̸*Q 0W.z=>PfZ6.v>=Dӱ1N#<yxCbb66:-RF\Li]Ǖ:Y6ABK¬k~-odGK\iZh׹Z(Ȋnȵwk_a`XArVɍ?L{c.(hX&kįqpfa/D*;y]tJJjj]eZIvFު>M͡)c^XJ]#Kv#ӣksDވ=Ma<ϱ3+˸AʫD9%!y'wXPSʀŚ$7"F=3BP_яȍãX@b:Ng`ہ
M).st?a1Κrڱ_#dtRFzXմ<Fm)Вeƀpxt1׼N6;/aU5S>&o+"DQB[FDI]&3-InxSޯ	Rnq@bƩګH'4xm]	>e$1ze&V3Jb|wVf`ǘqС)d>FͶ<7/Yθ+|8lOi97s+^BN-(c(ϛ!nN@@B:b$@9O]sIT(B/fJ[ؖuW
6ooI\dngڇr0]Œ*ކވ-٤VJ(46͵/ɡ=To"ט/$ל4hbU@ϚxDfZtK XԽfBqYleYNجCJxeBcoމ_AL)[d{tYx`I!ɘ@}ِb&z{S3nxn!{:1OlG]qh^}:,Ƿ5kd%:7o[HȆŝ8:gD%G3.$̇4yOR)Z:P#WX'2ÄuͰ:m-U-xaj;=v@
ksR!E,/0$Q/0#C.\X};CGټ̄\Л.)ʆɱʐ܅[4f\߮| c\:i<J͏ڽ@{&^ߛ܉]faa` >çДdDo}4|]҈`SG+ܳXS5?_rզRI;a"	y/bGi>lD]xxU:EHDJ	O9γ7tUl	˘A	N~X
(K(2̗Aџ}jա]b́),UHǼ<y*-x$&ָBJlc=XR7BzsgX	U
U)+i"y}MBiK86u:`\P\Aa^ucN*̪n[^.Qǳ9H{8-{d̳^A}rR?OLpIpݾpl_j.+ń2WNsQʒb=o!qf*:3¿`B|Aq\Xd?_<zrW\n=elTSbOv^^>,]}6OkVc_F߳^&pEzuR,D֨K]@#,IU}n͇ZwAt%Ҳt]%N<QMe~N2|F>\ aCxuxc@}۔.T]n~-\W%/kſ@+lee<cIbDIGKa)?I~A1hL>>߃ßm[FjX+H*#UX!^j"Uͤ_;sD{LVp^¯dڭ=0	D#"iK4Tَnm9|ƹ0%o|$B'ÛZ,p"ʬ`5yǊ6{3TJ/-51@كkHIM8	ǆYRz=O~kςÅS{ʛ071Pv
A*y0Uo(Э8}n<޲*Vq,GeNn(b$5~GݝXń.-9!W@þsыBvqO6h*ajbWQ	ؘznC#]gvoڻɈxƼ7e:?t)wb۲~Jp&S/^МYD|cOUiOV:AuPx0sU-~3KVح݀w?m{I|zHP^yXGSHWrB;+EyTڽ`<xsP*OۚMI|5pBU7QӀ"?Ս^[̳(;q9έxyzKEVܔfy1uxN4@ϮY|ӾwV8ztJWL3k7I_}TF,W^U[7ƻO4iIyZ'̒}l[s0<*8BiO3C]@tc=5ۧys$emAX(ieFRGshܛZ9<۳z7p.|,`*yfso|~{kĪ[tK{9RcxPjS;RmхÜΙ	ؑf%fȜ3`CGڄҖ;bLY]VSŧ}g^C$Ove{YJؽ%zύFBs;d&ЧOy/G\.NCe)0!+^ΚGʋ#ca]Ҵ_Nf4R~ep;STX<d85t)^%ֲdЧ5{ZsFRX7<H=T+3yJ+f"$StQpK@ml!Яܤ-ڃ_F{#:	il1/xn̿YN._,QW ˠ7e'gD5x'O]ZjV5[!j"ʹar"ftx~2
g2~ޕP]{`<vˉע";#GY3"DyϪ%hQ]Q0$GapHۿל04ڔF=Ϲ=0êld6:f<pJ,ƾ=1wbjҸf*|*K	#cx3V4 o$҃:ͬwԱcO:΂LB:C@pR`!~X
R6/Il.|61][ͿR#ȗ@~՗Jۼ8wCv,>)AJs*ul+Qԩ@Sv@=߭Ԝq#[-ie@	DL9TcD"#C36>v[#;(1'*2Q`Z(ˌcRUhA=s
P@[&rtaNΥ٬G7	ȨBoہ72sS?ߏQ}?G	H>ʄR]RPkZ#<J~{1יgxZvjf9cBN9߾[ujEp9LX.G`*-=v8nZ̀(Չ8K݅UF~ǒ l) L ϭR\2	#N9~JU[Gz]6ٲׁ::-5^mʌqd JթU'ϛ¨1amG)cID8meQIȩsh7Z15(Nw	ln5
V%0J*!AHK1W#ȀCjӡ7:eHޫ΂-+r"?m+NkH/Д/^|s1gՊY9pC+5-xBwwۋqs	x.ܴOIJNCK}߳LڵBv]6Bד5;̃V҅E˖=,I0K;fX.Z3\<r)X_|tC@SĠ]-(G^+#}~QUw6ׅ\wV+DF%	NX -$6V}dN2/on'6{h>ZJh%FYêyf	!Ywh<%eR_}YEޛH+BQAIbfڒ\G:F~u٣^h#oЇ^.i0Ȧ9n2òیWy.0EȨzK lrSc|:w֗n_{9\mK?<˭3zb,niQt2'Jì*W866#J6C[{ݣU'ݻj*yIʪb>߶|SFs [=V|o4:NIxBۮϫ^VܶV,֌¤t@e٠5KƓ&@onB9ذ0t~sΤ̨x]K4C
m#۬ !ymOz-įUͣʢ2,0ZTڧcԨزK)#PD=)G__.+P{Q=~c;ZYY<v[Evg@ҩlّUnD#\0X1b 5xG)k+$ˌBdOߎ_0|z^ğp4kOS(B]~?5-2w4͛_%lQ8Ɯ8$lc``]l<eYJyLXB$[K3!wzbe137Hݘb]",	;vѷM^3yz֝ūK¤=,Ce9^U;6!h/Y%mW~ku^w)I# d6?zp/vU"IB1uMW(%Hq	?ݞ,_gCP\Ǩ/xmDA;q
[͒~OFنхR!}ǧB`6;y6'8I¶Oe#IZK5)̵.kXoQ-6ͦ\B×܀.Ь[7R\WfҒK6D~a6;`oLF8XkcgS{OiN\	3ڌDsvdݷ+}Y$tnPcm܎Hk=	ӽXҭ+[s#ը?T^G{A
Ҫl:DL[Úؤ/Ёˊ9QHaSXVoIp &j]%%K{eIÁ>xcJG1DNBa	
ڎׅCA{PoSU0|_D׭2<u&({0/:tۉ?r	}ؼA(	*?VүCد)=N70AkC+71_8Θ2˅fúb{K[AQΔ1JyfF".mncªJhQ[&"3K5A,PI&EJ*d
O'Tޙ=p8+XR.{B4`pQιb,f_D1+DAvjFژx+TnRCm<ifDG-(Nh~[ͩ!)~~(1+19JYrilB&wY.W<(- g";+FWTǍFi>݊tM2!U3:ˢ؞	`G*1z!\Oiu[RY=w\fL+4h%áI/4ĘO:MAZ]

?dUj#h'B S׃5)*<Lv@0Ce<X"j+\rJc*Od,BrnGѾHN{jH|ΪO)hnNmh`!Sʃ9ݘo~8NVق-I.Jӻm*f~JĶÍdD*zG_GuC ܫh2sѹ7{IN[5td׾famhGCZ_;yɱ3E϶wq0ք½|E[~cxϜu/g&^@]2"2x2nµrcptů\
rҏj&b(WU^7QpINU6Ƀ/Ǩ»غx-Pڄb668x_vaOր(-VN	Y	oW=Y:f߅R׵?Ø'Nw)-#.ϻ=}GJwh^AU|w$<	ffhfr$S-yiL %C6]$&6y']f7vy]ڈ1 KK<]0wUo9ƙ^h>5aҦ~5d*h8Ӻ)][6Y¥>}lomBVgYWK+)Mџ!Ut"%(r"2DBf!DHm!+jNp'OT<4_#h-bm:reINMf\ex+]>Yd_	ȫzq9a
1&y{Ghbg'-
ZT|^g"hkj'lee!|xxJX2KNʳ{8hx'K>WTZSH20E4eySȷ2ӚOb$CsTǊ\76wYA?~vb'b
uiF޿,˓.N5PN JLʂ^pY v##v64(EoOf'YWm{_m{Xd.bG>y%.H8'rC,&
C	Âge-vCsͩv/,[JPL#U
/PtQØ_gѝxWb2$'M8C#>WnL2Vݎ>2b5ͼx]l1(wFdù͕c$qe?cs"@'!_At})3F;Iy^r/;Fݸה0:Ӄ.͈\c-F*}cQX׈̥0#qr3ա\Jo{J#Md!ǫZW8l%<@Ɂi!`	ƢV!J˅JiQqW^//t9*˘%AFLi\߹Q}:Gz W01{4&EcF5~<(.Nީ_~!ҝPTV%1GR9DǳIE@ IZB-r̈[$%uteŀ+9W^i79~sЬ%;ۛ.	ҍņOs65oc=(2ݩqTj<`7j;AN΋+`op8ѓ4&R!VǭĹ`pMe
/^9dy:W\LbЁWr۶*Ycm4=+J_ilG_ 5J)Jm1lr$z?=JքJ9	X}OZƘoVޚF|@c«Qsb.;B-Cqx`n!][7ܢVv/c@\|fv2eÖ&O`yfjuŚ6GX>wWMҪQ.(g^B;&գ3НTƍJ:):h^7J>HAκ:Q%9Gqi1BTQY~ґODR&n	ӥD=PD4jBVVG+^V#`MeAQˌ6	xSkBg'_~_516+}s6{9Te+}Y3"ʀǉnbw
pQǬp/Ŕ81Iۛ-ق[_	7_2Z53Q-: ٸ[VTԖ׈ȦG{aƀ>
a<DVϺVh sc:{ېB|Z\6ь4fdiS`,8SD>3-	p0H־yёy-BBw%Iӱ;@H
d,5ˢ'ɳ֤^!ț̎^>#W&v~-E"Tɗ4\
!S^ʃs^-Uj^u4B׋"[Fܭ]Jh*lєmZgkǭ830[Ϊȶ)NM@!3X[*f	"|m]J\A	^0L2J.,[f~ie9FLxX@+2(6Ʊl%Nσ.]#uT-ۘSJ27Sofk|W*.FJ{0ѵ]ʟku4YEkɭwUZlqV^}[V[TMjHʖ9'*2XbFȺlǝp;xUa	dOtCrw"1ʨ/C/Dd[2I¹t2`^Ρ6z*WIt$Mu4|bDNF62NВqE97F{QJ)OIDOaNrOf6BH1quw2dܨkųSK	Okx&OtfNv_ϪҾ1cmcDEԫ8H|6AUoځFխTW0j/׍G\(XNa</)o]*?dГ8XmwL	p^ۛٿJބǼӤ6,Bʑ*bPLb<ic*[6JM%Wޭj+t
Oe˹$ݐ&ܜ=>c]v!X~,ePM?ĒMM[?޹7a|ܲ"qy+w(X[J!GVVΥ}';4͝È7Ѱ+1u7Й60X2`oӵbl^:I݁LO+gܖ\vK9SޖO011ͽt]]ۑ#u7҇Ac$P5Sϻ}V!Ƚ9	Srhfz9e-HMUF_݆e;wi>`i|٠:BFFq2TuNG>p,Ӛ̽٧z>HMТi΍b=4t_Ӑn}||72	5<sp9b2"Ԝb`z˺}($ӡ+h@Ri(?;XQ7*}f81ٗ۲b8֖Qa$y3*N8L1tHޔz/cMYiT
yǈ"W، V$ [FgG$nQ=9$Ï֍&Uɬd~d$\'t^Xø]fD`(u+|Ȑ\ؑ`[A*=8L& }}0ݤ]s^'|@09OG`ʘc@3@ɼnh>kG77B'
?w8Fw:9B#>	?ir&.Qٸ=W]qQ6$ŎBӮ)Ry3ķ8%RRp~0M- BbX\n}rK"v(ە|]UV̖4Y0I/@x7?vhٳPoInw%ݤUwB=m5KSdDT1N)u@8sm^Z4i?uW-/ Zvnmazkt2kqeU^"Mǹ\RDJӝkxb	i#®׻!^ҹfUZȆ_Qkff3,C8&zO~U0qM1ُRfYZ 7͝H1V$-ʇϜt~Q_!sNAKѺegoԛu(wbϽ9f~ٖJ>7CVa	EL&JA8`!'y@"&~RgN}s|aʎTQi8Dna#lKяMK|Uq$k*<arfau&ATfAU˽#|p
κ0Q_y08&IjM4!")d?-Whr9ko[W߇` 9%GI%5rÚYӁܜ9uPHخa"4-s*TYlrmM%aѩ{)-'ڰ~ý9{ʯ٬''-^M%HpkˏWg͗+M#?xoYVý˃ t&1 7#1ʄ9}ajEpNJFkJv"$ҳ";4kݓ6b3&5Z04`4M3O¨׍գz{ŀDؔu?!Ƨ6lb,ۄe yFw؋yI,kTկ׮V!CP$&p(du~idЯsj@b܍w#kNX>4eQ>|"+
u؈4|Ms`"!bW\-3Np'?@I?<ߕyOJ=Md}V>\4tC&ʧ]wT[aN*gJnUX<,JǪ{$PMV,fV3&+A#aZB8ޝ'H	fahiH@dvǶO7$#x:oۋt5TB\Q&=64yav^,kͯߙ9ĳRZD4tLffv-7XB=; @ӥ
}mV<**aŴ;
fg^G?D'32[
ٚ(OE8JP2yցg_O6k5*ɱ+?xB1D/['K)qp`2T޹gg;%0)G 5)%N99f|e?V~(:=ڑ
LNR|hl\O>q_c!ײr)74ϟ!*ȮΡQ3bm^t1"ìi]Igw4~Hgc8Oo~
zBΖޏbw&:܋d.yg$rGD?o_jmֱI
+gűGdt@Wnn\aTa8qWH?			_Fa}%;ܝ&:>grD|#DLbHoPN'Vȳglyoss:Ngݷ%ȿjaM9eJr(!x§sĢң+@3ݫ<^hIObOb)ُH(Ç~fC%OP%:}/kXS|WA\ӧTvE.:meǗ7ޱD9,N^ʀTW"ќA8	Z$Tx'p3g>$a18	]ʹs\~ÂׄǤUY۞;Q'M6DϤn%ח~p
&ЫD]mb\̪@3G=1=gHj%$c$n~(ؗI5y#ߛ߂ֿͲp9O͟EĔ-_	5\o;9Wލ-xDCwƃcǈ|ӧX*e!zM=8?Kۭ]MK3uO{MGr/]?Y<9>C[q"jZ'7qϔx5M6p߅ֹ5_M,1[t1%QF[è'x:oiIXڢƩA M2pz]<BbN,PK}٥ͼОZz|^`}F~U Vz|O!%@k`ݵh % (ķN܆#/JW.oҬљEkͿKWcr1XfusM1+^XR+cp3u)l'Q`?G@u=(ռ²0D#HdoŪ+!|˞HjRۘݵ(KùYPޏ!ܡh+8POu}U!Լl5Ǵ+:p3:W?OO=ٌ_J~m>[7bėfm!~it:YogG)M]fNSxBu̷TV>uj÷^1]r?mKIcIJƨ'Nh^2oi/E:j#La53=&[ǹNհhԬoNKi/"Xwr+YK2XWmǸpo@ұlbxM)ty1`
ZekBL<y'K'#&$O)x[x>gՠ``!-"(Hs|^_ώX&u#//dp>5ÊO7E&Vuqh(}|qHca7W8-sjX!ӓ9Zn-<9f,AM}T%/[wCV{Xvh/`@aNDy:{Mr|T=$UR0ȃ<V#doxBf>u)7x9/^.]K2O;Ј۾$K
@0-có#.eךcv_sۜHZ ~VpGCum"df¬ڙ%>Ol633)x(¹Y,uQ_DNȊ906Aw^<1ulc_|a93MG\c	ȑ'OƘ3ɬ6M	&ݕ/'`peO9l*CxeƌPKu]QH{5چ61LݏGi!32O4rB˼rJXEzE@Ϳ/(֯ȱeɅtǸK]4eυ
ַE5TƾG2\yl`'	A5Tg~$#
gY1?>! ?xM4T&I4.*Ag^Pq{peĈpg{1&'C(.BSNd.2HppN"]»JGWۯyQڴwKg5Эo&9n8SRN~cסѓKmX{jtԯ@̰]vfwR>VtEe<@drVdH?dyB^KH.yFi` rg@gݻMn٫C1SfRUGX4kVWUovu҄#߭܂ѯ?3	>I"*P
sEίɡQ»1c^҈צ/.T(JOT4
g+	q(wŬ2*lp1aȚi
ļT9TXҘ[Bҥk6[?@ٲE28ui#I|4_<GnjPZKl{?1]/p@eYex,-ҤR+U6£O)M:@@fm	QLWdf֙/AXfٸǻm+Yz~*5L?++^H@.ԩ"oÊG:<KmCł]H>~-1
k=gմ-7a?lur{_SC_!M-"{%DڍxϺY`W?>\£e7AJؒb6lr}LŚ$*e˯J8Ϝ+Dʲ[=4(
[WxR7][»+tj΁$5؅1#	ztCtpÕPN!өv@;7$Ċ~\k˭g8Ɨ_*yyC^n)2WبF	tوB;h3,cFֆULʹѯm¼f;=cKlĆ&esͣT)Rn$1h٣X3`#߀_o%KJGDcIe39^GdbL'm,"'+E27SbZ@=K, șشl8)I,4Yͬgr1P2'yocŦ9j/N=c':^Вφd)7(F\۸5"0Լtm1ѵԏ]ҧqޑT]})K֑?Ǒ\	HǮ/
Vr-ٳk_ʹ^Z,tDBM#e[̚'d9|1_YcKA
1!b'z=S#ٷGcGqB2l^6Je¬wQ%D'L<C)&3D.t9cb_Pִn@O'W4O9Y_U~҇+\+gtW"E9>5zٚFrŪt\ą]3nElH5\,Ss[2%ѭJ{v_ݬԌ1$?Yο:;1[";S*89!ñXm[l- 0ɐb|/5{H۲)˲-`IXg!8"=ڬWF^̈́ICeutǫAdOLUCTY4gY<Tоv+kQ~f̮)Q(	Nt|c͈f1̮qiv,Yd[?c 23I:x/1E@=PMI{ayEI4?lώWިfvTĠG%RgTju/ta8Ȅi#3LU{Dg]}!^&!pԹMi̤o8w:T6bn@rY2ty{[VO`։ZI0M;kw<k~5UlrcMO5%3eGaZd ;&)ZV(|s݌"-Jg(@~ە7ئ/GZWD<p1JGZ* 
]CzAY'Jخ֬'2;$ۖMO+5x2I!ʽJ`LȭYCN]oדFOj{&`>(S[3s!oFzdӽB3!{IGipN,E־%)ܓ>~S~rOXKkŪpڰTfw_YݪnW#2?{r޿+1nFy.υwR#G')XBEEWMn[U.tTo	.#O:aio\r=HH¹MHeyAͯpSi˒?Cg}>	R-׫8'pLRGL&u*\gqhOӗ]P,Вxx$̘%R, B΄_FB1~>^'x;**AclXzƲ*(0t+oahN537kH$Dڍ&љhtW^Zn*IO[λ'Be]XO%
RK#آYOΎ@!%_!Jn<kTKyn)s3#L'j׈eЛδq}ϗͬӫ%۰ʛ| ;`]\]dY~!"OzI1_*ƣ5)cg%ҙ3SQqƻ	/$!ӵ>,NzD6ŶgRǹ!94k})LWþvME7rD"MfaЗi1(#iQ@2רD[޳̱&$7;
I_ł~cgݗ1ż=|+
ʻ>Lfw3ƱF:ޠts!JNL-ѴQo9Q!I&͍2W+|Mşʍ%4y1˓Y\De,'WRV@W̕&$B}}:#.I=NuAf4)Yg+s-JQUD84$,'qŊMc[
/`2ey`(ZnЖzPcpw HtI
zAFvo	n%aM*bȻݣJsn"=ɨ6[)XP?c	_l@4؁[0aTGI<x|~PaQҬ:FEޤ^o\%Dk[Fown9]Z?6%KոյG`0Y'W&зyjGZ\T"VLġ
Ӷ]oXhǈ??Hp$4}{+x̐[a{Z-ݧ:ƬAIz@%vt7%?'?Ҙ;D35WQcNss6=j;"v!ʡ	bfT&Ia
cPәnD9R;*
{~,*dӡ=H$~Ā?$de4܇'h+EB.VA]K̆Mb,ɀϨ7/_܎ߟA$I	;+#;Y$Y&V&̅-2%i,t]:b'KP'ARk"՟d}ߤ	z3h^yŊҩ9_ߌXZ)TJϧ]ύ}v\;ڮOhԥQLn#K#Mw3fw^W,XaQ[D%e #z pn'r![xM[*ʸYZ}6ŻP>pE@ ǳՔYWUDbS"؅n2U]ٿؼ!aaȈsiGIu&LRF-EO#AOp,V;kM	P3TkהͭצVHNNCzN2QmM?pNvг#8E<Rhx3N"gq/'|ӴYBPwnzӿ؋7
"A9&=5V`a6\=f<dܼgs'g0B&`VuUJd0{fsB#bRAx3s%m_g?7}K_4L\1$D_>,M5<CjT7u"zѳBU׮R}lxAxDfB?b"v>e<,OұŶVX*S\kj˲Z0Ϋ͈4ʙ1ЦDM5wxMb?,wEIGw_ϖ8
gԳF9D͏=&Ύs=kU
וm7ԏ	3ًT(L<`[qB'}\"1ޡ-׺ٙ~7O+QŤ
G7dҠQؤ͈yrU_*wzwu7RLg6_9CחzBFAJs7A6|mެH+z&`3J%Lƿev9Enddgк=T0899Lf}̠".wf͍/~ͤjKlnōU}r'6)guB-aN
J[0cP1ҽ^pgY{f)ۙua~eU0}zlZ{Ȑ4Ln8}izUa_/Sǭ&|3Ap-UFWXզWB#TC6jTϕmxLڼ;^ntp' S*{f9sԡ1+U52g=|h˝AľA@ݾ "¥߆Ï"|=)IYnğOS~bǰ%OAb3XrsOJ"ɪ!;dK *&\5tQ7OrTCt#`RFpўQ5\(j!5c1w֛pVv0g_%PCg)ɕ>1(7JQ}Ԗ;Mi!gRŞ`i&,T˝r8]Wj4߱vogƕac}fGmıNN+2kjW3{`F,	A<WVKܟ1Zؕl&K,P;Y
(~kWez5U4B:6J<V/(	&ƺ%-72o@Am΀-m0ȉ:8Y Ω9a`݀b9	]pPVOBγdE?f
ܭbx6*8d%zrt{|1TNBkzU84#23g[_etnǪjhR_*(^N;mJkB܄ǂ-3p/g#֐"IՀ0Κ;u'޻Z|?U4i5w!A0wNܕ-4ٿȉgwV˗{Re|87Ccu.uzUC
AJ+b~ShSN^7Z*{#g"HoѺչyeVg$J|Ї0}OVhUpل0e K
0ƃG|s,kW,a9-=O0#NVTZU.mӎRWސ2n&x&I1=Ε֒țȵtF/WtHAʵ8sNǡ53+^b{
ԆDwIK1nH`5ͥ;7:f!d/
nLS*&xW̳֑`mC22*B@r;;*ԊZE"+4ɹoVJL50(zRkgM+_o
2I)'Y:ygO	#	Ҝb;:ZG{;EE$Ʀuu~Ռp?,j_-=L̤<Ӷ<oU&T5m{sD'֍NUEיëBaw:za5_&%y`%v!J6=[ uLWJ|xVBz`9ifk!
'Faci%G\D^4,Ŝ=_+@~ňDɗ:GmszNo??T."MmwE\U9BЗ>0MayE~[[P1\M s4_z;D{uȎ]߯J6{ts)&U_XB'5§Lێr#3ڲC8R3R&ֿLT6}&ٹMVp%7 4ǜ$;KffTF7=hTo
Jm*ris/T`Y8ÛVS4w!JN0I~xOa4D
<(װ}i>Ȃ.a.޽ۤ*N3dǞ:HfmÏnZPO2j߬%Ŧ;=ݙ
sSs^3=ܜd!̑ǝL9՗3.fv֕ȏkcV?~{u^'XK=ͨP[÷(]~CHlM'sqT5~{}<Ha)L<ۉЄuHUstɷڽ+0pV5ӑ`-Ìϔq3'7[\1)!.B/6NswV}U<lGU
;/;]OH,UtnVY3ٙdJpgC]gk;6XYh&aưz#}Ѧ[͐'8(di+daKܤC,akJz[lE.Ԏka]gLEsmf@u%>mQ*OA#bir?ŦI8MKԗHik[\,ԫHv*t8msZD-Y~h6޻?®dC 8b I'//!ۧzX;Ҝ	\mf12t4U} )[1<*D[B
Әdt$w+!==I4j0?wސ3TzVp%1ZǄp>-/,dIlÔ.vCpZ;F*fCqјOPƬXXX-)в(T0/"&nm_a08Z"@?6GkӨ&ݎnoJܩΛF%R~`Փ`XSQFo[$"	h݊.d6b_O)uݿ@eT0$6vC͸XpC1W4Z,c?5?-aX݋*
3A\_sR@bU/?xAz2xFMI[GIi{́\ɪ"&1h
<FNTQ:L,zT̯%//vdxbx~ݪN"FyKOA:,($^΁&P
cЃ8$`	'.3uq6//A(;S-[Ѫ"DOv	AoF3Y˷˵bΕ%<D#44m2.68}w2,n.i
%ѤROֺTۗƪk@Ȼ3C6Yf]ڬ|2sؤQlfTՁAN[Q߳q5\hA):8̝&4x@La0(+Mt&")lywN}AeO.Msm5Ajl"
ړTxzUu4)́t4)^];!th<NFSm?ܶps˻RճS`[uDPqo
%C2F˹3~'P^زgH*^Ղ"L?TB6{X!q2CE?fŽ^~EG|p6Z?7O <$sV*4DD|[d7G5QARWSVzɉ`MpFk
=YXS°qd;Zc^~u\KjuYKuIEkթXs!I_BGG_"^q8T	9_"[)}t"{$l5B!jԹd/66 NJV=r]f֦$77@CUϯܳէy:9yùMAjOKs*Pd{z6ƳίkkfPUt-O>03ǜ%56'`c<U!WX77$I(
v2VI׍Xڵ[C*C%Q@R@:ZɔcJF
Yzl~Jڣh!H+#wJƄyAb̪{Ѕ=~kSkRӱc[BOaZ:iE΋acB^ŢXˊpk76vGQKxX=1,_+oHx|܍I[%He{}L^@q`E<ЖsӃWApP7QfOcUiKڔ@CUIӔ&dv;YL,&
8b4h>L&3	7Wg	pp'[&+k's9v>Ba	3I֝n2kWig0nBF&KSfשcD"!P	ԞHGˠY-eAd\"ϑWnEաyvYf9|{;N,ItҔ!g͚²l7G27ڿ+Z`HP@.b380ҀgcBhtŴuZN7G}'Iހݓ\@zVII^@1h	 krf/F׳NP;+I~C'Fo!.8`rp\.v=RUnȼ2Zzg/!"[elLЎou[&kY8OOoBojjΑe~]liZi.ֆ
$=ā6fz
~u	&\Iey|/ƪ=LSսsK&_صa1}yGό5@ntR~[H,dݱʎ!t&*rGtd1Z9Lm6LCEq[(&$Q1LLu_F(ͱ+l#cXڠ`bIԪNI|L~-}/KޓYE8y^O731:M.#Dq޺RA%0~'iu.zӁ>v/|JC!%	[#wnEּ
mN18ޟ[BZBm@ǍldEh~մP$I38@'-N_NqŁfɗZvxt_+\ƔSơC^[-!Shb@ hrq}>Fp͖:;UlGȡFx5/OKJ.oLJȯ'<j>Bmb'?#u7ڰvŌ[9/8;ШL{9vbk\tPF`cʼ	y6xaqK!a2Rf;n̬v-(3J	*udDHZH"65)ޏ=8;שsEvEnURrWR!ҝ~P]T+l-w!aނ$"9ˬKq}E/7d>%5Џ'fgH^R-%۠ˈ5*MsWVT*ܭ@c&b?|wh;*!A}:v?,+@rBsqP#q؍yDs};Eɲ{>iC_<9#w(3T-(YQ"~{xgTؒ}խk)nJ(([JSėK#1ĄKUk5]s6'y!&g7L>L(1n(6Vmr;j$JwmM2TC<`hQp<7pRB	۷)ȻM>$(n{/Kvn'R7˾mØOo"D@=&ɞš_˵?oC5
2e5AOyú3і *Jǝl3[7SPC$JB2;YK@g=ݝ$~X%XbOҜ1~pyMĝq?w/b[Z v׋}i
oa1D$jqf'{lI\ O6'1mc܁F	qV;b{5NMX%+N;rã˿a^ńh~H(+!=*DڒWK<߻]Q;ڱdje#?ODy.%ZU<h]lhsŌаҼ2i/=|@,3M\v0ZЬ"#
͕˓ל|LL6l>,^E*zh>sqجl%?R¼"+x7X,\qx\dH>Û*GZОL܆2Zkaj"{R
Tf%,XTZ\>xsj0x#VчՖC,ɍNJwk8Ѫ\k#8hyBǰ9Oe>8:\΍ީ'w7°ĂaΧy0rdDkŊxIMG ТsιZ4R4Ho¾a?c[tJUb`wbmGHtә)]Ւݔ.w*_Gr%+,lʲ4k~'A(1aR~&MAnw\I*4)TWSÂLO+GDѓҁ7gkoַȐ[ځ^pa].Kn|,a~N3xjVW<5zlzw6g%y7ٍ(M$a`Ҥr/(]b|{$D˔nJb׎̞>fP+H~άuݫY@%"ϬާdM9يFj6SuxOs<і_Jϟu8<%F4vnSy=+;:Tñ"EƠ$l!HF'?anjݔ=S&S$Еc1ȕEXyX|;d(
,(ĖȴDތ^*'v:]pX$Wu?xiس_ǫACQg-U	n"+K֟z4PSaCڿщю=Cl/Iqaua݆n۽F	ќ)"ٔx9&8l3͏/7rEM?F<$O-Q`#Gh"B|{=- ;JuϜ;?ξ}rMUOFmĭG?Pco=alZO܊pd] ZV=Pi.`C)|n^nEOSȇyqZ:Պ.Tݥ~Xo7rt}F7gqz}"@RϫyбUz6O0oT[}˜Tqu%؁GhR7иQ;ؤ#w7G;m1GP^٥JI߶$**-EѼS|$';'u\\G"Q8Xb:5l(dm |&=@LқPItj,"qLC9\y8s#:Ú$iפU[h9}ܰH$uaK?N!3\1Υtne,Gۗ++s|ЗGߎ!Įgd]	ik7ʈx>)`h`e.,wQ1ncc;w02ݮh/H'H3^5g82{DW1iXM5^N_d;S+38?$		bŗ5XZ^	Ǎcni?%iZ!/6D){,ekؑ^:*xavӂ\~Eit;DbpPͦVlkXLN@&&\kl?,^,z{Y42 EAX1Ū.k)X oFrj@B!J/'.6UĠډ~
PԣOjΓ@ȧҎps^6G|2nCcͶ__F[R?o{i`cZnikdLj})IoB&HURalubw;yfHe{SH!XvϾPXg-a(a2L{qg̉	4Wo!הbU3/y<N'uNyJ0֊ޢBVϰ9prn]%D_=Wl*t	#},\I8`]SʥCy/צ<pE|COzw_dULPQr^KHVm [qWͪ({K9pp5|$I$C9V&z'	=ظ#IܩɮmfvuԮx((h{BV)]8Ɯxڬ:Jߌg&ғעӮkUΆi|.yF׮\=Ze_E8+vzTz0nx`ќqԏGquXZ$kqӗH.4&f
z",Bݠe7[8leUvȫhyצ'رL(,4Hd"yXv"7f΢ěuu8O..c|Jݧ]J<Ko
?P5/	q\'i];λۍ%
Pq:ч=1˷O?JϸPx,_JVGf{+s+=7^8Ӂ=@.rI+f'9mFeS2w;4 st2iߣÉ= %G_!pāZk4
~Y|g(J]!̔kԟ,B;D$q3^/p{]kZ9eֲEFzE?y#ƃt-+̍ɰmپ9?F=n
ܭ<P0iɈVODjQg^$qz){Dij°ϓmq_9fF9xGͮэv	SzE??gY֮c$~=c~p޿ժgS|iƶ0O#SY.Ølq)E:TrzY	vO΍'wv`JzZDv&4|{Mre3cg$>+,=y7xh8ѺuMţ:RqI[$2<4H`Xm3,PHq1(dNw ^E:ҎV:pN@фifi-ٝQهmZWABZA-4FglE!ի>|)r,Ǜߜ7خsQ*)$ke,xtber9.T-[Vf՗ږwA7R*Ѣ-t~nG.}͔ӕH5ס۴b\Q<ު
̓T+hWz1I^sV&H^#U#B)V?\<}1Ahi߁tM!R"߇ڬoRh n_y~؏Rmݨ$c@dӵa?Tj\9P|]NoSkɕ}%ѣÀBcn۔/#AK?yȞBbmO!hȼ	G[
'` ~ܙZ¼K~y)KAtZ}?7Ș"R]̶ծN4i_պ/J\eak˳)%U3D8SY(s>Htv̞;V5^,IϫpQ>s#`GۀοZVӵDYErwŅjI>'C!Lx[J86|Hcw7SKAIOl]`-j	JlqwmJ4(QTB#=F=̞~iθNη&؇Fߐ[GcEQʔNah.*ug3ںNt?dL
=q(T8ï$7oy6ʡ7ʕeUDkUߍNL8͔+c`tÍ7һϪֱ`\p($`4qy!k$ϳ&֭]qvyC}1&?lTO]L>/ϖscݚ:ˀsSGȁ/p5Ȕ?
C_gs{X{[/Dħqt6]}kAY&^7Bj.jŭùPpyݨe-kc1Ƈ`de4!ùeήl(=kJ/EdQXvi25͜"i&^Lc8 lА@YF\S((˛ǁ.^Ξm	c:W1J8
!Ste7{`M"i.}b-!,[ȅ<ОUlq=Tlۇk)Ngu
O7Pϙn,ɎS8|YƊJ^ g%/ķM7j|EaźB ֨}'j-V/YBL=ݙٰ(fQuſΨf9X2\#3ݗ׫C޼|IƔnQv`А[5,+snśh^Ο4zݑlǵ:ospyY$V^ĦvVjR]fxܐnyt^)Ϯ7S~ڧVEױlJMu^K**޶sbO
!Cɱף:-dT+Ƣ"3TK=m"B\4l).ԋϝ|Q+a{Ŋ8nn,~8ç"X;ޚf\6:`pfޘ|El$1.>*ݠ E7ʰc-H\k>(`Ǒ@U!%[g|ߚffvdxMԫ?eԠCO"3Ĝ!V-@zR̘OAwDn!1[E}O@q,2o\x-5C=U%l0EǷ̕{Q0TZXiYdN͗Nq,RՈe]/p@b[y*SrԛS-9I|#$+j}!UpuӎD(BD
Pe_S]6!I~M0!x_wEl|itKʅhTuRH{wZw)J~>W:EuX?,h:zA\+?3M(Y+&L#d~i-n+9ڠ 3'OP|=ZܽOCf\[lȦdt./ۂ1B!tx(e8BҕŹdsifŅQ¨DeӖōH(k(zIQ(h׭K&zvEyʤ*c~x/̢ױic١JRQӍqD{@8;;|k;zoIA[>e"vbܦDȒӣ\a+>ޛǫÝs_
/Ղ8ҲFˡfFJSF	U/t9xe]LYACl(eBXV(]xĀ-c96)i?>2#|gvɏS(kϹj1||ټ)n.Rq!!prQ^Ǘ5u]w
Cc֬B[.X=چx-M Ͻcט
?*
H̯YR1\Ďg	"<[ӆ3wקܠ1CW/7ۓvv|J}݆&>ؔ!j\qGߧ-'54S
&CQnʏeփs4"ڶ'~0&^;?Ĩ9FW!˶dYY/W)ӞTXgA("ti$
'wS:t`d%&ҝBiN{WFt(Ȋhdm̊i3A4{N.Hf8%b~S͕v@(ޚk˖s86cY2E3]\{~cRqvɷ>X~ASg-a(CB9_T@Y'F18^΅5PhOXz,C˄,IP=15b	m*q;RRlS܇ ~յRzsۤ&߰_Pw$4F>*U4Ey~-ߜ̀zѭмSȊɨɓ|sbRej1H#PDzպ))ǻҼN,{"<e#ц 4}qcM$sI[?iGƜ"4k~	eAbҸ(@BAMW^5DyW'm='7;(Z?_u]&R'Py{J N"/15gǗoՂ5E;}`o/ȖQY*Jq,$oJTc Nج@"?+"{Yx{4@%
3D^86;F]6,?bIdxl^v(c!w[%a)7D_2À4FjJ^rs9w-	\\<$̆
tm(E&E`t\p\Jܪm7|7b8ٲb&=U̸ݏ%
%1?)eʯ%
Z¿J@ܛbz~]UdHEM-ȬYvʴ%=ԸŶ`en ,^~i1hH'Oj	Eq6V^D#uԹL~q,ҞVZ6	כ2'(4'fHW"W?|~5~tKHO=%N'kV\;4Qp9cb<vWZ{6Â=פw_3b=E.%RC=^X9 4hLϓ\J0Az4m6ŉ4ڗZFot{VݺM}wm_n2	3$|CeX˯^Ao2*9c\zLĄNSɧҋ8ǃGߋ:ɬc1b?T}<XKP(Y=WXnC$}¡k-׼bťߟ3i~5iqf,[W?܅6U@w&RuG"$BA0h=m]҂vB$O7p&*2}eQڡɂAoͽ7FP^vs?D%3HRLF!&ňCmwå_{"$e;g{^pisE%ŗ=+Pɠf
9lѪIgse/[tkUr7@jn3Ԭ"/dш׹G>,%U҉lۑnޢm^^L"zCe 'm1uY(M#[\YzېUj?>cIj}-Zn^No5q*DТ1+(8'ڃW% Dyz%sqFق'2Xɺ}B\ǉ~yaDg1tY9%_H&_H1,8vjɮ@"u"Vx3/yuT7ҵQM=8(@_N`)o.o9j:
KzCԵf1v:LZv[YHDxqe98Su ,Bi͉z*wۤ RKzQ?&վ<@ȔG5̉zdt*FZ݀C+xԡv2Ht+:'3Wxc%KRK>'//*nMsσhُӕîAfҕtN8G3mM}^)K{_wc܁kabۃV8&{c4rr]ں>F()3l~jH@onPNiuÌNZ40Af2ˑ2AƂOپrto$̚!&tUmbY݋F-U|kBז׎բ g_E;ҫiu0h{[ˇWl{Jߊƿ
d<,q8^H/5BG7lD!@2~ʭ!hƦ`H.͓^	\`va;R(b=	Kǚ@
]A:8@#H͸ԯO͎)9"HU9}ێ۲-˫|ޘTB>ؾ$r29SO1W9&(']6ÿbEҧo1T6פNUϺl5$II1f]j>
IY,ޫE8&EX&E(}r~ͦZ),S9aCy[(RAY#P*oN^T5'7/Ugp.c\* =pjS30dݏ,ZyǮ/Ķ+##ys%MQ*,̰wO!k7xԥk`K0ι*}س}cHܪ-LHCSfϏk/uJUseN]An4ڱD9>a$1H-NAjZAJҊh{/>UrP_Ý!Ա6fA	y'wMR	%'_8NL&ep֛r?PQ]F,-
ҶK`ؗ{]T#A_F Y2:Ikuqx&l ~|0ڦ6:[F̶`6#w؟^Z҉YIwKf4fpseK|DI
D3Lhݲ(,VqĀ/5):4>O{d;&l/IWBl]%W^ǴA-ҮHXֳZ_.$,^Abёyߎھ/̕?/WQi0[p>P A),U/H<%-įblq
Dc@GE#jE]nq7~TWDfVOaIDgҔvS WhißmAĽcW$J(m0'pɣaB6:ɗpǐDg'ߜ&"
R$6@zBf;)pGHG'.-#!_l2Ɉ&$N$Ě]\v2nC+ԱW	%߆<b
j|V"Ξd|^>q3Ȑw!.q%Jҹ |n':*UiOiIqRUYF۟Tqqq-οeXL%zhQݩqTUShRX6aц4.C-W:Ҡ݋6D/eW_7k/!Jعy~և5ȜyަT`2M|!CRV±-uwܣ<})_:qlj}ljX,wAkΨ"wVRɘD/'>W#O{Ɛsbq$1n'gB%RDE?mI{$=\u9*1\:xIɕ~ǽE"XԀvLv~Gx;9&w*TΙ?"3f&|'#KrDzHNӜ&Q_nk[k})[4DԀQm2,|HvMeZgMJQۈ(ؼˇ;0`?GӮW8q\!5:t2E[įwW4b.pMBc?,bXITo\&co	x>QgHl}[U]GUΆ(mj(4mzDb	ł>Quʿ`Ñ\=n+wm85yAVU3&GעKM|:bǯ[/|Yjb_$"aV=jXENqI	aYq܂A$ټ/?cz9-}JxGOv#f% 5Ƚ-dCbW'-|D?>FRr{ֺQAX=>(SVDm!Xӱ,3:nn~]6L)tWͩZwmQ[<H[&[P k9ՁUQ/yVjx@֤,$ЋC#ME]|DWoL3+*ԕ՘% :UpS2Kقx
[&Cz.B	ϗh&X4h7 S)R=iwtŃg+ḣڼ)@8ܐdֳ!vg.	EPؙϳ٧/zE9<eQΕ!š!f(l]Ϸs=":;`t*ߘڟZaz\îZ[jx33}D_tE'QG'<~*֜F9-c`mt~`ȇ`_Җyw	ȋaDH
nv+ tu>$$Αޛ5LymrפM!%{}vƴҐ%nџШqiP$5 \<NQVy,
R{tK(ho6Ǔ@RYŀ!jsin_c˝{z9?Y."X>0S=ܔڸI>DZ\}PTg3Y?LV2vR̫Czj
R++;)ԐIjx2H= cפ
#)e=	a:bJBӂc5do?'%dz!.zM_fu
~se0̇͛<H+d+s.'PĠފbyW|z:8kOs yLыf@4rF3zV4ּ	&}7z~40߂-߷&ƉBVڈ, B_PߟU]IbѰ@>$O״^(XX~sP{Q)Ptk`^zJ0&	,Z6ZL<̇ApKf޻^]$xѥzr6iQ,#y$B<''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(20418)))
