import brotli
n=a=0;b=1
for c in r'''~o($x˾VzN"ݰQH_7ē&pɵ62;?Og>Kw@OgGDs=^nBOɇifPoӵf6ֻm^<<Ůwj("ǲDN6Fsa9FiJJms] }޷P:ȍP|dk֓(?'T_8&K6L,֌
=ca7mwҀz-|δu`˸
*7R{:l3KՋ[۬H,S|<0oɯ}W:t'V7`*K]Y7c!AɃ,ŷږ!K^KHi#']ёr"ؑpȗ3fa8ކ~~y}wpdWlg;5Spu߂<g]n#Mu9gyUTw](Q/R){M{?4ucQ5DڥfZ{RZ$9Jz-'clYw@yHI׋vg15R(9o%#;x]θG'C)^@D+¦A`aǈx+(g.&	b@Im4KrʾU	k,̷Nyv:".شY٬÷8Ռ||D	B?xd@I̘BDkɉ)|dCU2j
2[&imMi.NVC}H07?mN"y^*x:sOApO#Ÿu~WҲe֮baz3ć|%;VpِL_,*# {?96׶1y/F({s xź#kJڤ%Q9Z>	"y]7%מZ o"/HQʅ=pD53zVC%ʖw*@SVJzO=9E_ ѫ՘VPHsMEçLkR#ٶw0L:bmʇ,nSV\w[9ן5PQPəl}pp
Q.c	Mf=9\eISU(̙x}iVdR	ʃ!߽7x*eoȫ."TkQc,+W_b\,h	@rAPǋ6h"{Ez1Ew%*Tx#C57,33V)@1̱wD&7WZz'#ɉ+S1[iߧ8|&	|q $BCǕg]}o>`=ehaD7@ɳЛ_׫ӣ\ke\{'3Um&(#kW%|9/ܟ݉_#۹
cnr5;N?jŹuH`E
xbN-?~Qu,IXYҊ<\g,;`J%b_Q]gi&O|ܷ'GK*>aǛ,o=v=`3֜8 w]14~N/Imp&ԙϲڏ!o\^h!xGe2.F{L,j$H5}y9SehՄ@fpV'{J@J^#!}GfE7Tؙ˟:b1?y.mD_f"f-q=YrIU(m/9	u:p"KGѝXSÛQDWlHm /_<
{'7.7:z`݉iߗ)diW|)nu~VΤHqBjLĳȏ.PYJ_/[w7"(kz_O!wR>OgK;VӢ1f7YIN,S-zȓla¯HȧwhOhܬE5\"ĵ]XC ^VW_~r2d#}!ɏgɟ	B wL9\:N$ ,d}N#Mڱ8dJn<h÷>eZ`٭?-7mnʔw1>\&ȁljEc-ǎbrA3uqI@"n40erּz,uXǳ""H.Ϸի&ǱxOȩ{ji-4 q/VM_"Gȵ$8D@y!D*	ܒ0%ׅ
űȝX,NF\[x&o#Ɗɠ8zչWZZ͝/wN-19GXl%[dV{R±P}jd6LX//aޟZq40ƅjJeêgn+G˦cIMȩq3}-(Wj=7. >?x4\`!JPյβ+&ɪ3"6ۿ <D,pF;*jדBYVˠ5&I*YEZQB"אSIAo<BzԕE?Yh|"J(yn߿F+_#4oxUP߲An(fy4IaKi~|8b	sh#M~PD@7tPmͻ5ۛhJ:ۥȾ8<%إ+X2hjBHۂ-{yNͯ"Uk6(//L2'F2YC݌״}ͦ~WJL޸\#<[		3w~Y?,v\؈(|̳7+YRsI;YqY
9De_he{p1kBMčLy`%P5܁y U=ٳ=KK.*&9n=*C4eOX<erܳvk0[K+\&9̳~d0WūIN҉_z9u&OxXAxG}aj
fTy[YALX2!3:zbĴ|i"ՏGHG4%!8l7p޼ME\M!6qtΥ<EY;ߺB(M*ރ#E[NفS,׶h|S$@_MGc]OpvfNo9:t}2/!o<z&ęe=Z'a zJM%3Iߛj.MHS+msșGnvg=~%_܈֗<D>HKy&f}݊=Yvґjv8_	0#d)9%Л LIKw<{'`ؽڅ7"~PN'=iߎ؛\[`|¾3˃Z-Oǎśn"{oAYN&ng2ݹ/yha.$ù]XN'<d%Ҫc	JDiPQܕz'"F&%+[!)~z~~tWb:`vA@ՄI&*G7$nW6C;Оk"q"֩|Al͒&,:;'0|سgSa}ƉX=YP)ű\0,_'}&w`CHhգpۂafw݋~-|tiݍ,Hy~y6&$+'o54\MeA)Ȃ$h\>
&DՉ@za)8	ʷ!Ε0[%[_v.cS̍62/ʳXu]P: .[o=k)NW50ݍ.$(1^T":IFIht0QWEgqP߶`0Oh[QJrbau[TאDLa`m puƓ;qvikff),8kD@jU]5lUJ/vIzID)K-zFXṷMneCUI`i5gdb8VM~ߟZ02!ݷz(/)!BvɥGsq#rw~~|"lUZV7yN=%1y4߮dc_x<uۡe؜b_bt3w;"lx$$0qׅ'=@&#UD_mZӨȝ~Q<"$-V/m)#,=VP9F)`G+GibvUί`ݹ5/\&*tVmӱVr8i*q`1ԿP(֞%I(kғ^NZrۙ+YΟ-Ffy4HK, ݝAD$q"CC+)hKJrX׭P`Ed#IRRRϮ8XSn&&GAƣ]fJ,Eb 'DU A^s߿hq*ʗp:e*MZ`S._ݘ0N/8K-eUӯÍ)*Vk}ώ|-/$Iϙ؂͡/].n.e09Κ6s}"<X>W]<1eV/HHtnO
!amّtAЁ?t0 PP'ƈ|+H'`[g>
H:|P6"!P9
~Q܋}8	۟ZI<QHl]/Ri*a?	kkE ېݎ58
jj43f3?]`9ݢ5]=A^րGƛHu$t΅uOfԗp<'r=phΉӇ߿O"ʎlkԽ3YXӽ):>3,ߣk!"H2?&>SةNfhzJ7Gsz>1zU%w
9?5HА$,C3XerÝ2k"L
uO5".kjmd\P%ԯrv5/^A۸ssb`6}~Kīv(pqԄ,g#9|Ѫ		/ta~ujF39?,#?>hȁ	yYo1tX73,qbGg7)BD^jL>Θbp(Y,'Zymz:ylw<l|"1I&\("sқuCD˦oYfx>`U;:ckjE]"o6U	wM6΁oJ#x=_EhpzAWCGFEiM?zgvZZbѬ-:*g؄|.cq=y9}sԏu}}6{(P޵z:՟WT7ح=aq\Me ;UbFn!-N{	"ƼԴO;3 +Ȩß?ˑaڧ(ƌ!Xў*RuӬ5)Dòw&$2uơg|efʌ"t6.$C{&v-e4äL.ŏ1(r>m;>[{>s1?^_s`z>Ψ:̪75u8,7X,#̭PP9e67 /*>/E	9˶3~xt 70?߹Y]f5Jqpx'ũzn 3@y':UJo+ιw
]g@mɼkVLL#q5{n[α*1<C^Yi}y3X_~FQC~yWr-e2W*ɧ_czwь4cXgiܱXXTX5 OPe)ؠ]c~.gܤg$9QheޚYpN]Ը6C*54uĪՂ(plRB'y:[.BÈVsDԧR(sZ"Zooo,dDL35_ޙbn[[aTj6JֵX(Xݘhҹ1A<{?')6&7ԋ="D|Cьȥ)U4gA3VeBmrkƶz,$5'>fQcj;֦j=cv	P*#"Oc*p/ZvZ[HY#":ռb5_WnU~B׮yGrTT`"aA/z9s
rNbE/ϐ
Ee=֬ŌeF*;kA
Q*mD6XZoZ56e(ǭ˾1uvߑ4Ť3%WΎ?'J{b_vҸ 6ͳTq͍DȏJH0|`e܂'U{l4hB!<
%Þ^Ћu'.?ϐI ^Ŵ,ݭcؐޥ*ԦWݥHvBGR=>}Q!{4_c&Tӿ%rHF(xʙʱKæSaaWPn~.¿ Э]T
pn<ĈڿwcVRq
:hq\PF0z1c)+K@r@p ,PBlSTE1[_(9ܴy"*;X	K}*WIVp!oؕqb/eeaќ1fE
|7M6f/Sqpûzxpȧ"<D0+îł4'jyޝX9͚)LU4pi7e$@98J| qPGLҹ^f32kE	c-T~!Z9gەr0o*;-LgbIx)*Dbfj$}w.d7ԹO%pM!f߁@/ eӀ'Ά!ޖ]o/'יUciҶBs}C]\W-ʙ-N:=f%@cbEwgD̠^uBuVzSAӆyEB:̽:و¥r*	.~.Ӈ"CǺ}@ciiax.Z߬+{W[+1	}tV\[GȵՐH*ۑХ9CC<;9-F:	 vξkq<:ɮo?ĕ[ܺM?zvhNPo5egкLR)֦Aj 
ֲZO͎6[ǋqkg=QZXsw0oH0@5]Lwjml3޺1%%$c7ɛ?iLfC]/vhG#ϹL͵EC b,Cק_-8,bאԅ˲Nd-'{tD2Ǥ+olkܔ,+52\b5VԻk*W̺3jby?^}uָN;I&g,<pxGE >ޜ0YhP6[4SU֠ O|Icvmظ;ְ{ͤY9_nյ]r27]ڒ!E	4+!֕4MP4E^<X{7e(+2iS06o{I{{/#,X&&ԙh<4+/rÏR!zWո97 f=o3UEvƕ+֐P
];Rkӗ9uOhk)w\g݋3/l&,G :wIue&.Lz%B:L\jnز̓!=Zu$Ŀ	E_[۽t\pKKi3_E`dP"_=FKE>UىJEU͑%weƄb}%ȍ>9/x̛4VhEBaV2*<4U|jAaWw#i/|PzAY\(:VH:>Ѡ:̭~Øu2NNѥg΂YR[FlƻkųzkIV	B(wQzUb-@Z(!.T{՛Մ'[D\Jup}hN:idְG3uӨڊ=eTs+/>8GǜxFO2kuU]Yj>xK-Db3u-\ANՈ(;ֽz\|y_&rZQwFɝSV#]E1lgSE۫^F[!-FT/KYtN#ąpj52"kN.}װb`ڠ+O̪dS
C[*v̀}pb ĎґB.}-{|vԮgciA}5=˩ˆTieFG`48ϛcOx<6/%JGw{;n>ܲ8H0@-p&IAeޫ?~Fo.2щ#ϕcH x1)LxěG^<
c̃PĔLIEܹ^!s_ѳU7s@DMv*tƅ(8zɊNafƦtm\/Tqv_]I9"/>5lϦP/{pʂ;jͮ$[۔ױ&ɊV:sPHl8Qzd{<ؿ;sqǁ;`fdHkG9<$oj&jDU.׉7*#Aՙ?ߓńTܿm+ėkLwuۊɮ7Pğ2Ox=55oǳb$JͦƜNc^K0؂|s~uh"0UF9g):]XVa$DrՔ׭à4^~R1iISxHrN'РO:(y(\_+$6,#R:fWz+_^Vi\8,'QM	@g|;шw[eFi-jOޣsp%Yɟsi7׽b0X"	RL(׊IJs#z>\B*CceUFyޒ'[8Nqie}"uSd1!@+f3wfwX$iqd+p&йVH[`$$}zN-t$S*]TVtq=۟[ZAǽ>3XF`5!0Df!tܕÂUT(Fp8Z[ܝdȏ4	$tٗHʧpD_+pXW:&&'F/q9ݿe/||gX/נĲZĦԾ݂TBstSo:dWˠԗל1$$zF#rku֮/)C%FsLP߫:)A_%73 oߖM2yH
V]iЛKӰaOoz9m35z[;`8НQeFoSô#>AN=j(re9F6
.]5;βΑQ"Z!G`f"ۤ\S"7,ā"P٬Y\E-ȣی	pÞA,-{f0W>eŘd!@HNj^D\VI0ثQ$:c'n[iULc5-ͼSRіlؠJaS^Kk4TboWr639LjƱGgGdBYJQlxAݰem5dm "Eۦ՝Xޘ&ˋddyjfy
XejK}28Wѕ:;ޞƫC!y\I'=d]݌v:Xǚ3١uZ4E.<yαMM3(z&{ri9h#ԜSp5UA'#RˍЏ+i'VUŏ)>JrTz^_JrOrϡ*<R:}pƽp;љ??iJԬOg."ӰF-f̴#?v>Ilm@d@\Ud#igg5!DC,_B?BI;ޱx](N>`
O"xb!@r1O˃{X,)TĘXI((H3*+:J:=;tY)KuH)yUЀv4	aWϩb6>(s`Ǯ={x
"ܤm!C05kiaJtjRmۛ޲j,z9TTID&RReb_
#vb
,ͳPvm?(\X׹۪"ad?vusfD74TyaPLCLAi!I&-4o!F<`ܫk*pר#j[NקO#VЄ4xإn=ڕؔrĶNa1nֱ.HQ_0^/yB8?n%(Dߏ>hͣsb.k~x7GavvJߕ9ǒд8%#".y<kh~#Fway=u"|K[Uf8ԮOmelNEF-b_A ˾E+%ÿT·FKR3ȩ.znM3 }Ț$t	$5%bUFҪGۋҩ_{ڬUH1rXw*]u3~؎(Rl9- dX(l͊MyP	XNlUR<pdjlBO5$9q҇dڒH~
<ƀ`C*O
A"3	KD[ohZjɆܡ]w(Y6,-a@w׍5s@ϰaC3 	^ s{Fz{Il\AGƊU0DT%6l;־ɊC\cʎ	>%Ela$ǄB|ϱKù$]XÎ>u7֦ݖ+PagDtH
hGςWp`4ϱ_$7ר)Ƌ3B5#K׺[meװ.[]SVKg j/ͷk-QXqNy;9Bȓj;ļ"#bX:XVUfFQh=Qc`vb ) RϦeKǫFŚ0#
_EW_TFCՓx*aZ&QKѳ_Á}9(eTFN}aMW&Jܠ֒_&#bKUn&94+ZQiFqvʑM[˗ҜGmĮ|`?%@Yfϑ%Wcϑ	6r9s%Ws@F܌j#XqC?a;zõ0q=*]Fe_^PnKb ^א.`YYzJ#r]vNt{*L'^Xa7*Yz
t`X7@Ǫkm0Wbڤ&Ljw?ҥ	^I5SWact44GUǵAb?]ǀ'xɂT˖Vݐfz{,Kf7%~7v	
d45Hp}.Nv.ՉJu֯>Ѣry}	D@E}j.vrXD,*+[!S̨kєk]XP'³h]Vޅ%#RަVܤH3`=@1vI4|
MnB7DUYPj%P5)>K?"MO[Z(oҼeclZu,Oe5	d;܉.ÆtŒQvWh͟qn'ҡ{_A`_ӦyucKֻp*"zsLkLяPO8%{ ~N4fڐ*GJ
PN8Eͮ.
<Jge/ʺ@Zv.<EPAݏ-Q*00/	^|_OEֺ2m׋9^\ȒNڀW"¸ŗ&yA*ZǶ76ϖԚ#rw]`e'+,kq!
4L:W܎ͦ42rw#[˦طXf1KƢ+GH%po`چ	i$kڍӝ7ieڨ֜KY*@<DXR[?.ujΦΐh؈HYAeA=|%iҼ+`̈cu*,WqB*xnx<@y36Ě&n$p+y\ݘ-gmFWάfKzX1V7Yd1.]݌̚>-rІWiIf	/ǭO,xLء78-QW9ߪpT)%ƴ!u#(V;6Ks)ZsVpMk*e'nڪz
4g<RF9_HxƽGB3KEIXO
fП(˴uE>n&)Ճ4cHS|@FRtCͣK9G(Pd:1BNC
mW_B;ڍqM|~D4o'6XTќ^h˨/ötaƩ0W;L\ݡ&pt)U%a֛w)>!GDԹZؕ	k%ޛ\)
$q["sW+$Se#Oq`daVn{gAT,t`ܥ{1s??xnD(~,.&[QgUtV$ܗ1V@mkHHY`׏:Q^S	Jο%HҮCA
SD7"ޖD<9gMfא_&_*u%C/|kPY<QwסcHVwT8h"Y%FuW{-#tMqF$]w81r@ڗiNr.	EwUƔɤ}Za(t݅թEWՇ3qP%uMAÚĵuoof'Z؎Mjʻ!=uDv2@lō^.kqJ>pMtTn2suY
h3dEYGO{ߖü3QˇЀ",gpREE2[ژs0K]&	:`\-+CG&	/pU@*	|	AN%K/@Gf}Ͷo5<M1\ic8Qn$!sS!4_q Èn"}'orHn]r]w1MR?UI.B]
)R|k
QfTs~d5ab	N7_H{)T݇܋*֪J|RkQCn܄ݭYѯe%IS]_L$l<<~!kAbLa:4^juI2ۙ ׬I7~NGݏ@m9Y΢o`^8X86WsxQqiWש6ù6:!IxbUVaߤH~)܁ߞyщ@`ɟ.z}!7#X$۶S+ǷVZDco'/2F8HLD?r׍#<wvڐQ=>3)
EG<Z/DJW|+i%~@ߙNͤG|)lJۏNH8sʚ`p
]Ŭ	̅
2	LU3ZbfKiUBb&LeŪ8&Ӕ=BJ0WTF3FαH=ΚԴˊ:0UѩBQ,RI2&)}*:wֻ(>҈n؏0ȂKPڪޤv3׉'ӘqBm
՗ PΉpH¥>oRWn5f4˷^uP}J+IJj׏>ZW-Em5w$wΪ)`߾pDrKǰF/gDDvŝfۤȖFCYI;J)7fɉ
íFۜfiV48]S/r_}B~T*ձ2	~KX$7xtP]6?T[rβZ%%zL>}̖Zh`xGt&G}[3h6-wm<_zȾ҆U0JQǠ+H#/+ua/8":+0*<+Mq׃t?/I!:'ܡaD?bܾԠ@+ay0Û,J65]ʨHs9#-1BeAeNż:Z~tߨT߀O%˩d;V1]ժAŢ"=S(0DuM*O4#V
+#j7RwQRl/}nPY!2r؛6|x0+eĢMg5˸5'h @BGۀ+ݣզYSҘw<g39a9ZDp=RW/֘٦%*_Jiӗ3t؉܏vU{!V`u~R^xcSA˰:/˯"Q,a,җas_jQ>|L0?dxgC$gw
K}	ۼJ"*r0M¦ߜ
BԻ(hf>.Vaz½dѦ+oy3%38Pfxhwbg@BAt8ݱ.br,V7ث@y,! @A$3e&ǽ
Dd$T&JƲ,j"v%Cڳ{E ج-˜{;m_Ϣ#ww{nP~#	6G؜y}
\Q)C={_^HyEڼTBG_X6T&ab@TpɘsѰ_'7zSDÝσA0J׵Hq<˯_\I`dÊ>90QH`UH_ܤNw:-CKYgfMPt@K_3oؔog-G1\~YyK)DLaǉoʉeuFS3#GUf%V_%aҏY	?lyّx-NyN!APW'G1;ZܟtQs7/>ؿMόo#ۥf068J1ȨC7-gĺ05yx%z	SͭmLƂ6ܮ!}fOnwwwGaV$"8P[8
3=2Hx#`~>i)4h_DxUNscyu(ϵ^qݫN$;0ѵv<$ܪh3F=G<рˎ!XƮ0]j}=ąbs(ފ#ĢG)&>aJmST}ض@M{sn%<=}&ch9c:rrx_
fՎzۗۣ!>6)rɲH#^		ؘӇ{إr]lTZxP6l	w7{ֱu4p6̜z8m<ceHQD}]+:_֕T҄qHNI`EhfZՄQvix#Yґ)3jF5C]0rʳA^ۍ(͏@_̯YʯyO*Ȥm1QK!KzzvkYx76ք<Kp!ͳRլOӯ<ĭ94V8ڄ}tVƵ,3<gߧ]K
i6Wڄ|2g 7I	lqSl%8Μ(HTi7X-,ȱVj"YRGi?g~
$FhFYȀ1?I"Ib_ʘ8ع1x~|>߈A%qu=apC~IޏMwz?Aa~S#t\|XPʧ>#Hr:߀<Fxa
X̾8}.?{3!l4VS#VzrBvgDgAӯVtwvdO7J
X^+Ys>טmܶm[#PܬƵIKp4Z߄NvwA7}{(c#f:AZE{FVւyp:|D>;=!wޅE#[IA-գD63zM,_i;.v+]",,>!}KP6Fq(ɺ͍Vʝ	H׬Z	B-h[H5O2)Gw(vHm}ڼ98	Br4jǫ	?KI,l#;~Tz^ڰO	/},|R R)l+1ҼƹzGhOgr+{3Џ6	0)N4mI`AȚ0M\Sh&}АTmyu\ޖ̸Oɚ2mZChPAw\1odszN$ף0ʙ&2^LUٱ|umwޯ:qJb߄شk>d~Z ҉MԝrC̣o	ܗħQy_vc97>e46pj+ekfĝ5
kDl'Eߊ6Ʌh>ՒxՇ4^ѦY+SЕЪ>3evQGƑSrkϼ?CM8o#[X:sܮ9i5XWyȟ;QRo<
1Ԙ63;?wRePl 5KǤMvZ.6jyL{U.,=.27`Yki
uP֡7KDZmVeDt_[L%&"(G/G>o{'w!idŧ]bѰ4Sg4Ǘ1_Y4[ϵ>~]K*.vEܽsm*KlYM-300,)CYv3=c$Otp33(w|čUƁϓl8RIcPȝ3%|QTPmM4+Ν>7p@uÍaBi@x^MbK-;;DR)ԔyT7"نpƬ<0=+҇IoߢR5	Qr_*+ȍ@jP&{B.Ʊ7GccxyCнmXo=0a\oM8ns5u]0 Dd'Sg/iS\Ihў$NaUF±ӌRr9C /K`ՊyRɕ*H+?qsONyN^~V0b/v´OfgA}y}+B͚9vUv3ZIZ2Wv"nf6/M##xM«*8i'Bc'08_Op?X}ƫXkNk<ǟHBoA&(M2/XRJQs̬jBĤ~m0uX`	*yɪÄ'H\w9љŴ5ʹgL$)0NC,/lzg
u|,\
5HwWL͙
U~l2T+YW#ߥfTˈXݿ ozc04G[<y':_i0fuAz)ɮ;RKp3Ԏ
6pvèpʞr>XΪvBra[yY6?U.iب<H%]7 fd\nDSi2006bk\ǝZ>jzܝO[
}\_{8:&KgV(f{uqnؼbD4*0ȚyMOkIZ?omA|p<D9Ik xA 1׬Yah\ypRQHc
2Iԛ8=ȕZͽ1uf=L]IĀ`v&>$R٤
_;YwyÙ"lO%1ZZ-ѝbi=8Vx@19 &|$u>E:b_>*rDaհ=2Pu+	Ο8m:!9}7R Dݲ=PxdtNi+@f>sՄѻag&~ZG${[.C#ۊUe[ȭ9f3.s3hfm!́n w4;z-XhԽ3&5\\l'q;Pz1__,jqKrȊE׬;e44ll@ eY{Ct9tʐΗшuQxQaHKl$ícR1wXK&(֍K+}OY";}ПMe ۔bK.y+wRAGbj&-ۼM۷$ͦ}W'Hb`%x	u|SMj߶]meTiwB&ؤ&{Nє+Xlq.Bw<1s'׫mhfbs40}+c<cE ,Ovځ,n̔Y/j,iߵ-ц;I~4ðf͆<bf!T3xeLe??1YǗVێ͝?߄`w<TaGsѤBgdbЪJupKYlkSv[)A,_=>t6=V4ڂgpd`2|&d^Z6=P5\7?YM+?=VqMuQs%4D=e˂òB*D{ofߵ{?wvy3cys-R-T[mͮt߽b$<#_!ǣ'h.*cZԛ q"j2y>nOӼH1W0ҹhڿU?yŶƪJ~|aLdN>Q>TLgR#r6@{t_FCa
Rc1_s{t۸&jpУc͕]wڭ7rMS[,NqZ4K3<cNmH՞M$Eq|u0^BQZ%]pERa6r՗Ɯ+m>ڱRcAΏ?;^(7S},lǸԲw5C/3|ܩu)a~Mx
1,̆Wގ HACJЦor"FHZy$YQWMy`d"	61\>e0+ѥkZ/ϩ4%1i:k[W7m9s4QfDJ@4ѓ8~m"O3}FHjwFhwKՕٻ5uNzF5AL=ugw+l>N-/'a-D?!ۇoQ\Y8ʸݕW
a4$՞LNǭη]nZ{UmMޥF43'}\~m*'dFKkE~O?9c>̧^siŉ]{<jvYzen>ׂtSm;V)'#}Oٞιh~kMqf,Րnߋ/h:#dz!7K;;2t$	YeGOc{*6DYǣoݤ_),W/|Ո<W-
=$	ٞ>Sֽ[Yج`Ow$OQӮQb:ȠRAAR']|
adWrfdONF[OǾ:֟؝\RHW6N+[ű$2=yiͤ=G!ʫB^ZDd>ܹ#ӠԹp{>3[Lɭ,)6C̎]Xe|3]d3jM
=XFDȁT"(3)ߖٴy(^\Ss$[j"c_*_X<ޝV7;`
&H\)6^zdqвwgw-Q(R8+^iME'֒t{L@yjՏ{_\n.;?GF1'ãت}Sːf-ckg'FEJRӡxp6%Ug]P]UbUa)IA?^mP\܌!.jZtps=maή23cI:#pS&k"Q_sWR?tkl|G]T.ϗkٯ{!c)^mvÊ!<z9=8.`SZ>(k	gQ:ƴ=2[4XrjA?lD,|:mɩ;:;BĢa_@ӱ+M"f8Ç*ۈ]i|P#їϓ͵)7TXl3|9ֶH ?@Akthg^Te\AE^\9?cM1K0
xROXmۡ:)gR5DRyQ_=wwrبmNn2pNAa7Tyd(H{2es5إkV9:R61(]WI%%8ԀYj3S/vܑUƣR׈}&ąEy YƲG5؀(l;KRM=ۊ{] t"Mæf\͂<ÝH>L,hԏHRe.Hǂ0m+.\oD֊b*ˁO}m
pÆ;{/{	ǠZD¿!=)!a6]`$} R:
i̫Ǧ	@^} IދvGamPMC)/X7aY?}J^y@5StT*ʳI׬ʵvjʹ!&-nSCސ3p-#՜!{5s;ە1B")-5eu>nzR>%߻%
ym.G/n~gH[>ހT:Ճ`ozԦx;'*]+TJiJgO+;LM9^ύ%`%˭5E^zա*R*R'Ӟs ͓!Cko>ȺfٔWU3U90ˠړ ژ-Hn7#0fAjN.A̠$m;;`'ۭeit֋f:|Ճn(ø35 e'G8eRq:#s}Mc.5c ժH pWF:o@rv?m+µ4WH0ݎX+=T%Hslxn^&ԫv1*i,s)*rqj)o@|
%D8w/C$2C:۪=֍*{_AV<OK5. k>v|M4Q4^*zcobԌ)ߺ'LRǼ*ν(˙mbRmQm~j՜YvQbWlGJV*k77{		3q˪WcG``
o8ŋx>h̍OI9|M<܄kÇ?+kMWgZR;ֹȍ]:^D5AĸK],kfVY/f	|2UM24՗r]/iZ0o$di9$(WoaxT43Z{=IԠ5!%a U+b"*U!ɛ}VfF,3geM?ғlQָj|;Nv&ʪm3͡M,fI@j3,r	gj-yf~dq^Dz7>
eJHHөz~t7SCЧ 5g-Y^̉hl¶H A*>4Htf5l9_4yݖN'J/r[pyyPB
T?Ίso [J3"dVF)ɞ*g۪O*|#:rjgװv
(q_o;7v!͕g#wQ51~]E͚Zmrmx?Ųi#+}i~PۢOJ`<;D8InG3ْD`nuXմ.$s)B$yJ(7+d(>"[^1UG;BYdQSb7t¯	fڕ$ɖ/)w/mu.7y	.F'DIN-Zii,\/Ůzsҝl\#BoZT)nkbddEȫk1>AE|0N ܪĶrZƯ͠G\w}[Ñ[LhtDe$
CTyNЛAG[TciI/ȜԹ'0UPסkf2H'o7gDT6<AE5RDw6-"WAmcߌo4Æ]r{{')wy:t`-ԃ>֠rKhoϯ+،ǣ$I
6V<5۰icPzNQ8Tx6@lBxA1h/z4Zc,G6#ok6أr:Fi+os޵Ztʪ3ltiʖ/ϓV`&HMܶ	k[̅l*`mqS%$&:k/3u<!dzY r*k;;fx*Yc}dm,Pq7~ȲgT;"=q#?\Nd^HL-a0'
,? xϊw&wsk=Ԏfg)k-fEȠ_έIhWiMnQ_iJ_>4<]JBL[@e<p{r8a)aM^iy+|ٕ9J0k
D\#٧:N,/ǾJluvK:-
ۉhdslw߼~ͬ5wx8A}7k=kώ#"4`֛~ۭkh-9H>D>v=3G(X'ʉcѮlɉ~ նĶHi\x(Kk!CF%eZYP*\Ɣ	_n6ПާM.ޕJd׎jNv^jL2`R*͂Pd+=8E0=n@Y$\h[_׎Y2]J^-r2,ܨ[J+$Uit`+f.Y.9BtW5d)ٻdZWL`9k,W=u%;0YTށmVmݯ'!A	Y6ofΏƹPqR*xNx#Y5{@M@IdLm<*;0eraq4\Ky߀D8\a6(@yوώ	u+F1DPq*QAb/x{vw+,Sޘظd͙0ٵD%e\/6ěϋJ;U{^:	Etzk#Lf\ȟW=[s_̡fVL,
HIjψBX7zLh'lfBOau٧YuLzSOk4ł8Ց
j\[3,C:!L2dtJD|A{T!j&jJfy]+SvՋ%D4x{֏l#QeЋ$T6ΨpcCesXS +,v/2߂?4a9!D7uKu'vMM__3ѥ:=Cϝ9H`Nn3a4%jalS1ƀQlٳ^!M`6=:uK(ڭXJЬQֻΓAF<)s!1I]5sPI.BbM}̫ťxP4*]L^ӣ4n5nO(=tA>*~Crj5An@HcwggÛQa^)MoXߎ_.~?)ڣϛW$՜_Θ]u}ާp#*QGsXT#\J+pԷ 3ֳsC5˰D=B*sJ(hyrH/ֈO*ͤtmtw?M̩ !QGALx4heS͒.wl^P޷,.ɶUͭb $/).R /IS`м$vty	k AS-cmU},FFސ\@uMD-UEHlNJ2͔ڢuoúҵݤS
lSKpn:ڿ#.GG-m%:9$iA$Wr@?Q$wnI*@fƼ!#\^
NrcKŠ-f[x\4=1d8E)c"0I->wX,/\6Rfo7Vthʈv^]g(W&8v7
EJz\̷d"Z1"$B1iCٝ=|YQ{Πsū_-OT@?ϣw!^tOz0ẻ"ۀ6ˈۢ{nrPyJ<p!~أ6"/J'z!Ȕ]vDNaI'Ry*~H,~k/5X`a *Y@d`c=5K`.iʘ^pgҮ!G6'	+]a@29ЩL2nц&$߄S[AX`~i;kMґg7UM|-/MPP{:5Ǔބm}skb0t)]t~ͷ|(;'҇[C}2HhRzלn( :L1*RGxm/ni=.{dw}ɦct.˼B̰0;Vfm{jACʟ6HCR`@JU368RE#qقp?ބ1,	F%+W^kI[PJ@ dԳƔn"~x xݛ"ޜd_͈V߿ݝ>6-w5*8JB2ӮaIKg``'M*QhK:ȸq
"˞pm|y;=NKkOձOW5AJ#,b|J+YM.zcr|;&ڭAȖuWLZ(KzҎ[Y] fRl#8ųwK^cBb-"\}}pi*.!&"uR]5/$ףM(Hc{9
~HhI¾'}Sϔɵ1\̶ZNozx+ɦpZۥ;/$x~4."zƂ/).DCӇ+iMddpN;Ә@(Y#͵fvWu0A,OƟDVYΉ=͇")w@`ϐs/Ѡʞp*F}gmee#6ҵ}lˌa;n!NW&޶X]f<{\ #zJvş1ojv:{%X~r>Y"]M̂ϞV,R
q~[ӿhQxeΎd]ڲZD@]]9N2SѶR(K͒<p6ކTTzK(-yiGb%e)k	_kI%gDMǶ9IY!Ae-mzޞtI	\`?MUM3BK/MV!ْ>Lpc>CDZr^YK9ZJȕG[{f*j*
R׏vԘʭ(?rF}5l۬`nb&SX!I֟ruΩ.37f4IhfGd!7o'YR4F+dYJ3׆/nVa'|o
ޟf\)ݠ{oLHxj@q#ׅ?O~jҪ8B~	{W+c\/iP^ÆǢ]BE}3<*DЁ|F4l13g[1z6/ĉ6۩E|̊ϰ`n)Jܥ?#e*XѥCoǌq"KYPM.ȮM֘Cg^pM,9ɑ,028ޏRa9	y֔ǏPo1Zl-ΎھTw܎LIɯە">9l/KߔB^5!>H/"+7?s=Enz˚4^̿%M^fRnFj[t'įFW^aVvup.۸,QR8H6X@/Ǥ"4I]pdʽܔ"~g""c,kYikgGgXŐ~UqWdH3?ܻ3G	LBbkk,{'(	tgL$),>Q`yS6t{5W_ޛQlռj@R$A?APXIy13]v><\|#
Y܋IVz$eo<8fdma/jHYedX*Ifw4d:,"53CFl=UA.k=kʧci|ɋ|i;+	hQGн>~՝Δ+>.1.ҿfE<lw.ʌƹohio|d}i;=A`nМI3Okٲ'SwBSh`-)[H!j
J߯vE\N&F~'e6#!KMT3:nybN`5jqǅ{gPGyyUߗ#4x?':Փ4N#Q hidKϗr4_7mDKBi@>Zad:T°ekETsکyptQw-&*Xx.?yLEpɉ/yT/bfjX5ʜ߯/J]0gqpSX`=4ro,.ƌ4)`VS`gܘ̩5,Е܄bZWezsy_J2ǡ4lO6?+v֕\<TċYKJfeLAIDf@GQ	<?n&~st.p[r5c˟4>4'M]ֵdƐaY:KVT"rN0U9![W;bdXA݌/Bɶ!SK(3Y֊<j|$XOR:7,C[aM܈(%F82͟;boՍ$w~qSF\+ڽK*ſҭζ۷d<l'Tf/c#`կN5~sr#eCfrTo.%K2RwaESl_t4eJCzvbmŬ&)KOة?(i75p4Wz}BˋdLA[~p^˗#PA©s̗bcFAFiXW7
:(e
#UDy=!S2R(n8K?xDNP#!ż{{y0y>v~JjҀcɠB!Ա >+ʺ#ML?CߔՙIKWT]:_d2'ͨsI
p,68^s$ob|!w|=e{5Ig'~!{UgתՖwsMɧ{No$H[ra#7|W)1KVAoAnU2OjDOSpq+̕+)*oW31=l1OzuD»Oɥ#ebX|5׎li޴2X1N~Ln#Y;QR~)Ҳ>6Ig4oֽrIiw=%0wqtȖZf@8 deM>\y	8k2rW*7{6 'pߤOmM̏0ffMMrf|1jۂ1*Xt֓ҡD)l>9t	37\Rͮ_YjSJ(KvEs*Ѿ">AZp.C7/O]Q`Q{I,s@>Akٖ"_'4$y3zׯ~:[K{9]ܿښEʌSC/<h]$/WE>3c/oQ^7\bYפ/Ѩ~+SvLĶ-OďӋ0S0/Z0d!ZbOحt5U8]1"l
_Op"oM.3=y!,A=o
z[@uY_.^r_M$5ԗ"0lE@?U+2@Ņ++9crGW[oygT1`ǅ .uLx7V HR~sXUaP3zsӅޔL&L^̆lDf_	~E5ad0U,[d"_V;{HN¿lty|TFLAT~:ǚ@x~8HN-8IHh*|dZD͙bv`7и(@'mrXN:v7S&i*.?W»)~x)P5E_D@IRY]˦{hԨ`n{ii%b^=m5=$hޡ2Јz^XB$ܑ H\/RąVhJӄ()VKc`]q5hԖr>!ÝX2Ć1S)/1\dK,re0a;Ǵp:@\ӫ;?ԶphbU-v/,cc83y1Q,%Chl0=%ߋZb(КvrjW˭3/=B58z|+Z _ef@t
q,;c~݅r}G+B3)$ԏlJ'<xȲ$+-	ڙN+F|t[9T194;wZmi̓25zݺk޴ds1WDT]E"%ѐVӏKMzsܨ|NQߔ[<XNݜ0OD35Qi0>VqN\ڀ0H]Ʉ.lhIMY4PyHvZ(v%C1)[@?)4;JmtʰQ}tU4|~Ń۱9;b,[u#[*1iӌΤnCNd|vB:`\c~7$̜xFj;{1(]dٺ"pr[DHwwٵzVӷoΐZ@$iL-hgMav0ľ-֟B0іjID]ތLPwwB|ڣVyУO-пkMol0؞5N<Zpx;tXЬi(#y-7-׀ǨӮϭOE׃;(xN	[MWǾR݀8Fo?yźj)]jKл)Nt7&d+E][#<s*'4V=qٝͦ_(%GrCAщwBWJ77i&`V<mb]фVԴO?{K9>] tI-i`5I@޹l^{pn5Cעj9hQ+54ո
Jñ-j7|%znPϫV*|6Ko! Ua U<&Q0ynl8h(;p=p?=d5y}3::0rJMlI8m9`ˤxK/ }qkIw
M_XLFǅ[҄aG̀J'3ȵ1_ʤ7jŞ=$8wԾ}vpEg=l;"IC.@=H߮Nmk1[ Q[v|rؘIГqސT%D)4\Y@qbDg 3GJ2Ūej@ݣږ6+|2_\Ym@aQnےM"+ʥX:{9fq9.]&5´kv/[ŗ{IL'ީSeؐ0.
0	;,k,%ׁ[VK
Z9I<Ji8wv}ֈ3ʚ[r?V[@Wۧac	ԭMvB"F0܁;.ctNkSqΤQP(Ӈ'C"9`1z /ҹJr-k:ͱ,ӛ|yОoy]rj]CG
=8GMOֵ?:Ylõ<ͮ-(a{|H6[Tեx]̻lkGByU!}ro	(ŧ-ǖmf=f7:˔Ҹ8H\ QpҌxuPt|yDPģ	xmڋ)MܬN5ne{wfCƕy:eӧҖ>c(liެ5Q+Ԩb=@jcǹ<UUT51iXt;nbp-#m;\4%c˚=@CgKaT)~t(>]%ܥ[x@@z[qwѬ?CUR9pj&׸).[{*LYn{Cyb*) W*d>Yk$rjI8
fKQz<^!ܖkKq\TZNvn=c+k27zE1<߱ωc
6K'Ga;׽~IHZi6S8bnkh<IIj5!_&mֲǋj˟[̾/(e;b(sߛ׾+լ(,ۗѤ;'d+-R#MCe'Eό]z΁3O0h-^8CA$3'>D̙F&B!rke\CZG)8#\Sϴ(Gh˓_LQHЗ>q@_	f8^n#>D(RVR?_nܻS0cj"Tɬ}`Ha+)C`s*A@ܹһv3^Qeh<q#T3;/>dW
نR5qD)gKfG}2Hگwfk	OB#3gܓT$S/ ȆסNocI23o[wǿli/Ld;lM҅,ҏU
CVOf
f=U]:E&ڎ=МhcÒ=߬xxn"έBDKkfr"C/[@iCORTӑGZWpgmz9vsj&_onfggzmwKbldVcwz6fUjs`o	ږ)U?x§:jӚCsb#ۊ`Aa=wxV5ߑɜ$(8QʶwЕq]C+`q(wՀ׋&Cr^i`%GїѾL'L|BYD5CJ.+YOrnfSԑsJ^e*i'!Ab2<npƹۘMQ}EC׵B\+~YcaD>öGcٓTjw@yr1agIڜpe=^n/C	9hk)w>ʑNďyO$=Q%UE|/Tg{95f#<s*|{3ˮ54R̰`_=\FTNُ&Wq=	\h6F-Sȫ̯Ԧ?gǤi݊4BFºC}j z?N&Dծ][khaIwqe93^yǬèfaW~#&q/Y>(e~if:)؎'`4!??GACaӉXP_џX7N"ڤFǍٲxx@,x;j>uz^s}zE(jÙ:]
QKr$A@7(՝Ҡ,(xk3b^CIpl'lҧ8Qmba#e-[z{DW-BvGX!/!:َdWӃ`ɖL:mh+ȵ0EyT'O[ܖ
xZ&>K-1yوه+_Kw9#yZ?֭:.
mk!~KKgE8ؙҷ6/d0@h'׺{mr)b,&yN>6&ݖCRނ+jKI҃~U5o4=KoZ
s۾=^=ٙ~NZb!SC+f,~ߐ*d|RTjJAиxuNZFg; ?fctͺQ{?QN)l/s	ɋѧߜ[Kޖ~ҒVK5>O-fy"L`oםB h}CwQB]>N ^`12֮¥*l͵ƚr?J0f='g#I.%R=3lߥɫ0;#omTI2ڊWl[/$T92ōtPhݵ@,*Ϋ_@БoݖRl40,EQK^l߬>]7hҚ"C,ZXhBWv'U`"IhͩRU5<>\uЫ~cۿga!zߵ,# Ǭ(!Zg)Ι/2O)vH{\RclDc#S~ŞQ֪(Hazo(
6ӱJA;LzYmQ;
w=ߠ=&]e!ѝͣ2)kn1LK
!Ƒ+.lݺ!3qw}[wAQ-W~{Fyղq]UӚ=D1ɟi}6';6	Na)_J#rA_'VnKšVz,?*&'Ep^r2jڅȸBn}q_Hfc#LIm˻ZG X/(oob%S8rFDĎD))WwX،ѴJ.>[!?aQΜiȇ*pa00*BEhñ{^ޤf=$%÷Pfhg2SKZs7ZaŕV1|=r%^}OlC:y>Sn[Mx
}1?	.!¨"S..[p`wFU`ԝ('H?)EW3TՓyK.2}
"\yI;BCedHYâ*}ӵ;l0[T	+vI$l`¥סp_gU34(Xv|B%؛YlwBF 
W?ĳ0ޘvmڛf;Rh8_BsIHeOlxk=wAL:v\o"oaMDtjls~ohׇlKBÙJ](Kfǩ,N~fÀ*E/֮<2S҄4w3lcϼs$ܫpOQ	M؝ztXt-%eZFNoͲ41ay߸@%Ӧ'%C!#ujʋ_NwTn-ُ7a	bS<q̳ŜȢābȜ*(=dЂw--=8ۂy}
ÿ\nw6P:ɴw|/ie׿T@Ibtw2{W%HOa_(WA>أxL{XqC8M.T{j8Lj$8FfqT$џ.[M\3٬!4:ЛpWW#˓PgXDO!<f>]X%w<T?"ߔP&5}^ֿmAͬ<S!_bB<z+e5uLҪQÂfi#/S>p-ݹ+(y?~x)y
6ǁ|c&J.THef<Kq=Ϥ W)Ͻd"1rq#qV07X@"B*ށْm}ոŃʑ_̿؍^:J$U
<248sPhkVˇLzwl;|!]%
18Eyq?5\wW)5w:q*:Rֱ)8@EtIƛ5͵vޫRPб̨lƚFu]$ޚNQI}wW	m$M%b+'(U/ˮХUϼ%@ZY+"[Q-,kpv4ʴQvAM
@H5%[9c\Y3/()R=̐fse~h"Nrw~iwy<p?zq@ujI_	5xjS<9XGfWܚz#gՃLbN؟d̆ZMfi"L̻EYP$
Ǭ|\[cE{<=$Mf$!L3<MǃbpX< >ʂȟI%DoIįI0qɳqRIFbմ;ȉpB	ry #6ݿfpх|ߟ{؋pN37}%^ƽ$ր?W̍cˌD#Gյ'3a/:&XoQeFBW/y?f
__Ezx{
x!K$%ŕ77udW~F{܆ѫVjyłH
"м~?	&S٭MhKڽBaw?%%uzM|ь8+MYF,mX`ܤ֙LQuUБ!>_˄N$qm4R{etގTJ.N\ߨtm8F$|@g?RdRKeKI
"k3FAqR6ԛXtTB(Ȥf%qXd6	h^6	q"
d~ j-܁iÿL Gxx(W6%Yu@3Q]@:,:ߔ>0EpOՌR֬25ɘpПJ=xxf6%zŚs]s)-G8SkUC I§2[Vn&hΚTA{̖j_oߍ'M4 J%;5hREzIiPZ7͑2,V|o<ܕ6I#0	'PqI=~L~X^S~
",,݋KڗnOv3	"e0QiHi^m4
'SA'rbߖKS(5xÁQA">u4Cb]fU1\A}Jx.ǁ҆[Lql˜B|	MJ bm5;MV4Ep{8s(lC|sIZ%TFݦǽ	Y:wWy}j>yخߚ \rv$u
D#1 ț=em)[$2@Ub/:
?b9IfqLq,0S۳uw؃V6d!9EKӷ68O]$MP`/![iLPVaݖcxrq{Ӱج[S?<-;)3eJue[6e$ϫ׀WgYҀOUOѝ&dkEFUGr\YNZN+K|/<no5ZGIw	,?i#-T|O1MI<$V<ֆ&܊ۛX\Qۉ0+jbyʵbqȌ,sW˸VxhK?Qn,24(AM%ɔ;Vk_,q`
{qJ9ȣ[)+aa&պfG$AÿKFȴ~bed\3{*|'|n
_U,(NwMENJb]i#/48,5ܠpw~5e44fw_xgTle&*na5/WE/WKJP#ΰΫʼVI*!+̲Ҽ$R4p"Вa%rx#8	$W+EE/ߋs[/Ak&YFԞ$GXh$gELVQ	
Hv"`\'ҧwO:<E=>Z5m$=dϕ!\xA3Þn-h܇mA)`jJ72Wg3}ޏElr-9MoS-˒|=T-Zt@qX^C$N_XY/ו-/"׊?ݑ^g)u,	͵I@F*ٙxE._BBSvp2a?;,Yn/apO18q+,WpXt5n$ҵyYˊ݌Ƌ^Ք݌?GߞOP?>?h [r}*5jx?~7yAx9/X?:eC΁9<5h*g^;hooϙ5&M{+ɓJ=,Gִ&SC8j&D!D009s*E*Y{U/pA8]կylovG|{vg=jcU|$Zr1)~c)[ntv6PڳBU5ϐ_їn&ЖdtJɉp"86Վθ8
mKСXQ~S{=flrfo2s#ى1dU*ZҩOaӚAGԫ0zlNMDm\ŒYw	5Fp-y ǿg>k>4.Ѐۊm C׸<L6GVj!LȤ'X8<݈
)v]~?k$96pԁTuiM<{NȶuW2:ݟV$
	#2zU9Bv2ÙŠ5rیQͿc1ّRM~Z֍Od61UXIĥQ#]׏]r!N(=er8]ZGv9WB0B:;Gh{5hҤ۬?L.Ĩ=Z"_|tQ*ĭ._.Ȑ7\w09}-FO9"{ϥ603y9}HڳIvrMV~DdNzQX=qHVNcbmw\RQۄJ;xǙ5" K^Vˤ'֎./>$}U'4Bonس@C,AU|ywj7z&j֞>}wKLUPBkjg"*
ۤ)ր Ԃ6ܚui=7#DSjǒ`RܳڻQ4'ȈMSzn&9|9GţT*Bh02i*$QM/-֓w͈(][EVoOjl5$P<Hz*dӭSVkӆFmY"f$gv3(`e|S~ɵ;ޒb?K_ݐ8٫iެmӵ1sעe5غ&%P?߾n)(4c֋&N[ı٫!-LحԔx+tRU<wo:;`52oIZK+*R ژ32qofö'7FІ:x_}.LŁz<BE/gNDͦeK90GDʟfrk-OA#UJmƅ)WzdޕY~[Hґvx.8%bϾqjѯ,Du6<GIP>mHSSi(14<$¼J]ţȱ@ج8	dI%jݏQ1vT49we\[MuR.>2^Mu,14ˡ>C8QoxOrЛ+P*2`ÉR CJBr8lkW ]b7G4V~	|Gf8Vc,L,D$4?}rݦ.yxwVy
ͦdGc kz*΃pZDF62|`NQ.=7T7`*l+عihұF3AL-[r0<-YFh"3sŗWgW˾1$ͱߥ`FmUH/H?Yl%Sq](M΀~9/>!ƣRӃNwXTY b4̐\ޟfphˣϓwRpu$#73	BJQ$OMKǒp:Gdͅ1ޏ,FSk>IS=?h6Y͠7N)Dψjtt#}vZs__Ԑ̗8MRԤ÷bli(i ςAS?p]˅o!}3z*%/>393>|H[O\WX'±i)j#F&KnÑIG^Nɺ΍ƻ#O!q\VSs~NJp]CoLx35ZueN3S@mfؙوJ,۴cY!Fdb%(b(b)T55R*q3^ȳDXfCiCПӈߨm[o p~>fr`QitR-2SfӶHr̟mcp$@NdlhM
!dd[@*)aؒUG}\Ȧ+9a<,~n;~SĠϨԨt+gRb§ߍ7Ź@ ʽsQE!O0GA:s8_Y'Osېusͩ~FI_4Nd=uɱ/\:ޙ{&_'"b2eN@='<T0/Ŵ}BU'֋KO9վdاtm]h)dp8ITN}]O
3hI޻qqcē6y;pҌ"*JA<JM˱,Lres;^d4Gӗz;:	ҔI'
sʦmr5Ú
[d-̙sUC"At<f[-b2ȟy;]to˸FsOd]q!,8A,~wٺPp"d_Vz	`(*0$4
%t̞-˕`gZr2!jA$gg:ݑGLgmNV3Վ]4
rx!qtCyYV&}Čba!rw!%Gy9P_ɀuz:TY_!emIu@tKE*O2,ZWA>auJWIAܥKěʍ͋j͘!]Ɔ֘3,>zP6nF¯>^͆<vLǅYr9iWz^̳NZgƲ_(=A\Vp.Uy<r,^=VVc׉NiunՃ\|TI9?\;p-C4Q>0?պ݉(PWFǑ6uUw$;oï!Ծ#  אʀקʋ0MZ8fEyI%§ςt($v_Ƙ	_QApjyv7̀vոAw.O'GǰAOCK#Z]#ffqzkR`S+lWC%
h~7G:-[]r	
nt{B~OoJ(9quŇ-R-_^f`t(b1Pp1i.v?Ulk͘Þ|*#/ģh&oe<X|2MػaL߻޻BͷgDHcEbvaR3[IvёIlЄmm->
މiqQѬiث\֙vxVZod%Om=Hnya${٥s]z?\)S5hX3΁Kóo.Y!2syVzqʊBd	JAmrJ,QIRrΥ't<^|N[v-=sWk+#N}C5?a{x1[dziLͭbIM|GBOc7ANexƚܜ\آK܃7Eaa$V:Bۦn=b{pC9N4xxhbu47M^O8aXي9r^_"OtɷGT߮xћ8m@HUɊ!":V6\3&UՓ'3(C&0]ۏ3aԙy1Rҏ`$&Qd8svgdQ0?q,$+7}`JJQP٨ۭE-v?C4wܞà](Ā%2|XM&g:o՜Ep4.nS:wu*ZĕY!{:I{f2"^,	OidęL˖6}#/EKԿ-9S`qyǽ7N- PW_+!fuҠ¶"g]W ȴ-Ƕ/t;Ʌ~8+]Z&*Шݻȼb5׉cGgt9%P*Y54(< \|gB\Zug-R"b@^oA0)1if:9|ގnY@%gi<q/9J6VӠ4(tڻ&d>+bN~,ĺޡ'ި9CȜ2ϼkdn>p2]\/&NvbY0JInbfo#&u2¹,Oy!Cyi	]Z4AҮ6S$̎Ԅ2"3S%,*Bv9Vl1~M׌eʖ̯,b0ˋRe׋`gQ)18^zX9W9Oɀ;? YC^yf(C^=0+isoݷAwi^Iְ%wTg(BIlC
e0vbI>Lu6GYU){.׳؉Sjܛz7V̶Ǫm)FT&p;}OhI=t^y
8pQ:yrGP|ճH~y]N
ރmHN7޶__#NET;#"dZf7>9Y5r)x9ƨ	Hy\(:Mb2'Fbn{_KY|G̔2|5lTR%WOdҤ{Ё%EϛQ+G̱",^!!\Sٿ
*ݖQpJٴ&|X/p\f1οhBǚWŰzFs[5No_<Aʐ&lX<ϾrJtw9}TwF1ޜ++N/FҼnq)raVߒZOlT{B!Vu]h.weOKE\޿ϒy<I&W5]^f|n<iE°<tQfvw0 O.HfnOjByÉKP@>J019,nD,o"iJ!pAS:D-S #m-i."
ަhh4?]V{}Æˏ˰Fn{0'#/նu(&aec=ѾLAw/$MjKBXr7jMl=[}KHH֬KV[W0dOHEhP>zhȠoDțO|F'Z~z=\~M[AiY>U)Z=1A]V;Ni2jϷ1ޗn)@	ْ̀0X) w:}ƫ47$]mZcWu0RoiǾQb45'6ȥbm)i]XKڼwyqJޝ߽w؀m`9V&}<b&UU-ʕOKrB%O ަoFJ+aUUp`lqP	s9ā>l%ǚڕkC?$:Ǟ4vǫwbPDjÖYK]i*r0towB3~['\	/1#qY	_S>NV7j 10<|$S2uυs"PUae8TȿNU-Iv&L֢wcZNsWHBF~A$D$1/-%л̧@Se;'[Ai (6µmɀN_#'܂ml
MY.Ыÿʕc߻u2PK7Ӄfbb~q/[fN̭7Н$9^dN%We~^¯
cm0Y%^ɧXw	$^Ċ1BXXR׻9}7"K"a܂	ڶ	+E;|$x3عBJ	fq׋o-s6~0+U){vx:r}3NMÌӳhUvYȳ(.aAu&8Z!.ɤʨ?*6rN?/)P964hYSl)BH؇چ	7,yhU]Ez3҇*N=|٦x|o,H\@)iJLׇˡgK-9cLLϤhZ+<\RpT0z8
#&:~@0x;#AkQJnvyMixۀ#+ɼ?y3FdE¬7;B
jJ@}	W?oe"nmYۗƸA(ߘ
CՒhiqexkw6*68!b:y6U-ޥc.ÏfO,-<W(ԩ>J*l׳~fVzsX=!	$d/D4kM8
d+7}oϏ{b=Ǎҩc0qd^9tP8GoLr˟'-ל[d@[Y&:|7F*vvu37a_38"hފj@~HleaRi]lsfWpEo1qС;[ϛ'53Di94ioǜ'F/ڻu68}rL(^7o K;4zߘ7i=֩Ct^*.:ΣL7bۻ@,tE&(3̀7VW$E@ֽ^h6bUl	2՞OƎ @ۜnYؔƌ9xxmr-ͧmU8_xH:ZC(XVT̷4,ڢ$;~Fd~E8qUH!fþ-
zʛh]8[}[]CѦv.o\֞ޚ%#BN6sxL1sb m/kC=NOwا93YN/Vq+M8R^PoR١4JZ~adQ	g$oȜd 'N>=AMu8Ƞl4Ȥ+"	=Xvf-|'~Xϖzc};"^͠L(KVTYJ9&b0qkuBʝFl
Z1zRrC$2],y	5T2r0`Yv&jəI]w4DÆ!br9+!g=ҔSp(#u?t"z8Uz:THӅ!͟idV;2Gp{x'S{!w׀Sd(Ɨӱh5pf )'(هէ)y } K$+v*?4˻ToűZɯ]c`Рhb5M2#Kؐ,ϣ՜{"\$c!eڎחUz9"oT`nJt٭n%Q|%Ԡ8ܔ
~aސk#|({Y'_5ݼ&^5r.R̪)C0O=n8`gOUf*a=Rϵ]׸@uU`#N%:Z{\E$2`qQڡ:5͏޽̔T~~kע*SSfOI!>{&1[4ui&hBfڐZP4Wzqj5؏6&g^BlЃja5jc{-ۉI(qbsO!6O0u̙^ŵP2rUizG^۹s9Đ'.
8E(ՏYA-+qݣ
Y^IJ
ZO9!9@ʱ5X Eƶ3ʚA"#)Gǂ~YK)yޙY8)X˚<t}z\IlG=`*(Ls>8}ZFkЪu+٢o<qrmc|l@+]s]T; xh%7޶,{&De8F
؆\=LkI<3/-ox[*P''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25142)))
