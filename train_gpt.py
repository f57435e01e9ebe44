import brotli
n=a=0;b=1
for c in r'''.j(Ņ5Gt50%d"&vdCe?&@̟uO1۫=ZY$Գ04 .Qğ@U(ҵ 9~AέT_03ڐH޴OBUfe\2)V)iQʻpGsڵ0Zť*o-k)4Zinsr4wãҕz{]`[jMrڭȄ&/7u˵yXK,*Fk'r7@\^.b=ll:JT[&ݟgȩsU+|bF˧6=5QWB\.)8TUyԚ^
."a;{nY
vRnʇWM3bU v%n[̰lIޒW*!CS"3\κ;lf1.xm=MS8]ڟ1|a1/>RZ*#k$Q
gU8`CƜ9*ӞzRSZeAEar{L*I#تH,;kH4eߌSMvn9bݍۄٵDY<i$vU܍'FhfFkLDT:}GdjL+5t0%ʵH{MGgr;\?zZ4;~Qƨ:\9r8`ʟX&Sދ?}"imʲ+M|m:fobTC._lE"+a2b_nT߶6F,<9OʎPjK4t2Y(>uca,^ºZAϞ#F́zv:&fcH2"C9Q.L{EN=ڏjx~DybĤB"@aۨVBѯ`	V(LJխZ_f
i.</cKOC(ƼȮlYB`)@-(hԩ՝0rȐ+zЯ43h=ǄGytr^@ٿa<hܓW_2J?ʃ@qWyS]pkG66+P,0Fqk<[c)FRg0:1ۙ'ßpԬn,½5O6%b>oP!>YSj<7#	-4c ю+#K$R>AWNgso8'ޠC/9FƧ
#cƅĆ(ԗҴyqf֕@T¥XէuDN'׶>bMkfՠoCeQ|qip)Y3+/ZZ;c3lv.=
KtiSx̔a2Ai=RmDwv;tC2/IL.}<ֵ7uȏwvYR+&=(m^0ׄOf%8;fW9f|˶(֛10W9-}8L"S^#"wɤO0gc
]H)>8/z(N^:&Aϳ$%#!{K]</!qwy)	b|g\vZqPҞɳh%JB]xɓ)XXouoDsMghB#\X4_qRs>P_Vnxͺ*>:`QLnquբhKs
ݺȸqTA3$̵yrgd
}a{'j1Cܔέ#^p;J6lUS`O;ӀYx,uGةS²mjE]e4 H>1SCe<3^1Zjs3_׏#!vWn-/&Js_V;J[bd\&ML@x>4ieJfW,	æظ(Ռvl~g9amX7~l[2<d^ՙW1.[5hӒh&"MuQ,(L8-quqޛݍE1%p%ܹ)PZ9A~Np^%͐tŜ)t~	h$uwJ0GnGri/4e[yT\MiҴɶHSVʕDROR©7#AOǤLΆΚiJt3đNmK--ri~1ǾOw[;mЮ(&]e#D{X8W<rOزr"sE`C?D͘ݭPFM^Z/14	n:FZgTw΀ߞZ4`T4&יob4'(Apm|كǰq)Ş"˿[<9	f[ڃdQ*vy/U~Ldt˫RQ>/a`.yJ-Њ $hNtwÆbV԰Hqlxq&vm{&$pm9OoQؚ,P079Ey	w/ڠhg,ødsv:@.ndՃB|L4<_M"6h2b-_/mfJ%eu,=ٌAɻdN TZBXl#hIW\p2|¤iI!ό(	sO0ϡVIVyvRC]'xY1``c}2ZϙU\˒q^[nhbK2F&Ͷ[,--_:u\[nkdfN.q<4J,,k
V\cO(Hp^3h߾9ЉYXVOߎOs˸#ًkv~LN59L4ky:BAābgBv+_ޱd9ͨ1]KQ,9/hSu2x@&v2%"δ8DYۈ!%ݞ;3-Y,XKxiopH^4|mNJ
^aN]y
C|R
KaÂ? <\;6VVM9
0915U{O!M^Ԩ=~8mI`|ЖL*ԕ!+ΐc|2+$6NDU̧w(zZȢpۊ)-u;WS@uXO"_̩ıEn^9Par؍0a݌CIcO*Kϙ=_Hݔ֌	k"oWӗT"?ֈ?ylӐ8L,ݮcEuĲn\[Bfùl"֪T)0i+.`]n%V,QM2%IGk./W94F+*~"#r-.pCY$j2n3jz'òS2J7Z_a18M(Rj]z@^#Icfˀ"\[ۊNiroGǲk%xdגZtJ /ՅaWERH+T2kֺ6CIUW7!EΝyLkA<lcp}c,,ԋmr0׈x~PZ_W.|S]@I0&tN,x/R8[:+ѹ={pτ<Ģ}WPqISō4{}pߓ,3;yXOXb]X6"D!9X?|cAQD,a(sJٵ]@׍XD5ҡ[.RhU3
?Aȸv_'NblN%Cn\Ekhc\|ѶfQf2,ݘ)ʮ3)2vsϟxuT˨dqJuen
-=W132UWЎ9kmiM߫ƘP݂@@XékGiϿ[[CZؕ+R	"W+{ )D߻'ړ|ɍk~FnJ9]EП	ɚі&ni^<oA>6]'ĳ6A8Sn3c1óS@ò
jnd[ktPg3ZSxN%RYD*w]m}Iiuoz?-_DƕQiL'Fd˗5Vhua ߲5&h,bb^J$vz7xJQ,4̌C(?8[v}y-1]~
=ˣËÕt^dx|aDlNΤgLXCvMR 0*f>9crִ%J	ћľh-̴n6=CPIGzhfSk˄зì1ǟI/-g_׻q٧`^b yY9R=̆k
;&;ٙb_B_Ի9pL1WLȿ$BIT,;p@K %\dܟo9m͜fv¸BL~ِ.u*I]V:+׎-732=*8dDsDj~j/PHGPg>u]ǊVF|ѻ*x)GueܢQUl"sTbWx&rCq;(Afm$Grs$_LS	"Ȍ v:_Vqʛ>0wmCsƊQQPɿMP/ILÛzYϳZ\[[,wE9,&Ȗ}/N׌PolT`ۣݹAf3:ԭaԄ4i4̡uxޞqa4MWO^R$!<\hlIp`u&qkY-2Pڬ*-!eڢ`D;ɦ4v7qL7ٖMigv]%OݜFwo36װc!Aaߦ'Ӡ-U@,!YK5&7HTd:ĠC'G{3Dw,я^<0z%S#z-W4V7هВc\)_DVOAtOB[@>@6.F=MAߧS`C;[̑ז{.c~,1h5K~RCCK3յ)dϾU`yTLrʭ߰ЁLKzFtyPox^K{vv
L9}~=mOHe	=43f#d~}L-|{+Y	9OoZثHt~3KG<_4]Qư-uYk xXLbf1Pdu!=Yl	i_5UˀOv-ӆjtiנM%]#tɯb>_-`4|S|3pw;tlS=Ўc``M"hVpBwʞPKkBQJG9Eh/(O950(._1y=Y.iy4YٻJEԖsY7~-D":ۭZ3^`	'(|
`!_T]z/{nɑ[q4E._7EЬTU]YVԑүB<`ޟ6HE@2CRhL=̏KGpBƬuo/\%S<#F
rDin2`2-éA-ZW,IvRJ3;u.́5ۛNGV&°?HTT6+L7X FsRvWLq'?ruɘ0(ޮc6\V
r
"lAҲPal7S݀MGNcBI|%BdXb"vL<R0ۄIAvQҡ\J;Ϫ,)"#M?9ʓ%HrfF'6F$,thyHzm:lPa%zuŕ!)vTRGo9ЛeLnD{psՃ:2sARW	tbΪRNkML$*<?c۱\h.E|?B&#HDJͤVt^^zPV՜	t}ʋb	#ύު7;Qvk6 hi&̔=_ۅޔrV%ЫK=1K^b*0ƪˀ.?An[m(Cݎ7RZve
|][I8͙4hiQߪ%k47:e;cT>`(eb%É.'xdʅn#>Ă
1q2@N;fAPĵ{x*bLw2Ŏh)b-Հu,BzJIÌeXhmL`rR4]ZIzԟͷ*F;{!+?6LѥGJNl':Gp2Y̊0nAP[g"{,Rռ>@L[e$AțHm!vVc8P{tf$RG<QZ;'X1zֵ%߻.Ԍ}wÉȋۈ5ycڛ;ؗN7b+kopI2F[QfC{ŢcSqȏH1sqZs݄5(6#B=E~DֈJ2ٳ\^h0O7AM{RMsG9:[ӼЧ<kon~dG
9%?ľ¹K	܋$ iID**p=HיsP-lMk;·(	=hѮ]s
͒ԱHQ]olͪUHͥ!#n4`	ϑ]-s	&k:}DM]NVσkhozJQX`-(v&
BuէŴ{<,v;{9zPajPƬ$9_#>=p<+tGZ&v?ҙ:jI;2ܖJ$ziN3;&@Ʋ6jo1ʢ^CԻfknԤVɀHۃݔ_ɐ&<WS5\܎?E'wya¢p>v:á+Y1*?q@xJy]'8H0կ X(5^C_7AOaW-BPjZe4" "eпcT1m85x2?\dktĝw>z*u[]iBۺ2CzYux:m}SϏPĬ:" WH=OY%k^	'yĹ~nL͗R}uz!Ӱc\iɘ{2]F;nӝ̌%>{ϝLqzaLƶ2k~KՆ3SPExWpܠ8O${)eGN6?+JR]|uT͋;jƪq&@!TM4o΃'҂և~.c(/;N;*ҡ4]@Koׁg6(W6 UF#(ts;I:C8!r	TyrlUIܓR?	s>lD|z2ߴThM˱2]O	9W+ܟ՟P.W\<ƥ8YJv̌[wϦʹ<H|j`KגB:/ɌO՛SUuǓv<(
į]<Ve+Bp{9=Sy%=g1Z	z	ƇǽԷpM_1+Be	OOƏ#YmW9dZkc\{δ(^ޕ`M^ΈS HuHr\y!kϯ
VǏO#bߋ>܀ϙVA_7QJ^'"٤:-x
nJB65V\7-3Ջy+^Kf(,&"a4vTjVtəQ(»9ވ65s1/!&;[Fǝ*
Nҟ`KYmA>rxIg@W7N^xQpjaqaiflqpDڇ̭bʶGh[MƐGUn<Ee9+sLTu(tw׍3l9M9%o`p;=s[U2IssԔVym,pK19,EbGw;t>*MT٢Kp">vL7bB+8HVR	RUm^Gݷ{2ȷЪM^'BR,jytư+CBWld!6bGÈ_ʨbI7	OQRsz!Fܟ&C6{DYps53:\zH>w0:(nCIy\9ƮA:˥i҄r1t'V0¹/³$`)ڸuȝ)U2Pc ׀$v\3[,Ix\{,hwhڽHtT	!zvij#ȺطKh?ɨc|_'TkG1s2U|b\"ܲ{FI1tȑ%Jߘ4&ɊvD>USgȼmEۂYKS7^_&Fe/lkׄ*~!S0ycEt\s2 N+>AgC6mWYE&4JJ)c	9ޒ̯$5SמyD
l>H"==΀Ud.d%O0'VGߦBHD[[:no3tz&ևUU!{, &ԒDn4CsD\yYL&ǖ~j#+\42=AX-Ma>@sjٗV~I2<Z6Ehaҷ`".zMWM+Z32"	C'ta,y°K#ׯ!"D+;iAJwD}),1֋ũӭTqeߔ3M?lXȰhRy+P
HVj"bԒJu8E$9N*`iOa[ӢtPbjPY.v֑yq)Bo-!H-=DEc
v/ׇ3գ^jtNI͹WA='ȿ (U޿1=8g8Ff8% dUcZ}^9lp˚vWV[*ÛHnnTp:YHFwC6>|:Vi	%MKpm^,IG.GӟGֺ|Z}ʈ/6HEn2[Yrw|-Qʲ߰(#}'LԎ75U1Ƀcʍ<O.O׻e]+.ձB".a!u&B`-GXAwf
܂Ĝ9Ԓw`N_cLV݋md_q3ZaOM,d?o4Sib`-2҄`>RrTv/9TIDbc8p^ɓĭrɥ]`]Ф4.iRGtz+3/.Ͼ v*AhP,
bZmRbs')|Յ0Gٞ%2Dfuygo3u
GOe\?֒v1?4D4	?Yo+ɽc?BJV^\]͓(`EngM-grM= 6.1ߨ,bka\IM6j;"ߧb n]ܤ*nC5db5~mfg'
:
$g{Ͷ|Ե'rȉ3cp(RՒ"8ϰÏ-d0m]Vss+/ۅITydu&Xܟv@XkȌa1v$xø8	&^[r
%b\A)tZ\<&݌DrWRל/O	by{ِďriG+^(>8mt!TBewi۷yc2:,MoOyذw>0DvHOcfЌyv2]ϐrϐrfr]8b|UEħ۴ANG71(JeWBXɶg<7mc>s>X}ԙwԊ$"\SWA-ZWPv'8'ϓʓ!0nm8ʦWd Hau/ҔR>=Uƶr9֩vҏz_UՀ̳/#o4VV#<f_X|J4ahQ!<Z3'|8kfȃZNի#	D87xq}xh
."Ʊ݌?qaSb$OO)zɭ<34L6mqA`Ì>ztPC	H´l=ѦV)züwѼzԶg-Q5ztIQF
,OrNҡըTQBCuecq.9v.;S#3bym4T#5܅_zF*,(p"+/nmaWU¦ z+3sjx6&^Y/HvwuI?!m_	6:eEόש5[: w*V٦7ܓ(=YDW0z<qPbS}ثWPƾj8ʒ%oFe*+=\2#¢׭T^Up!sԧ{GSʓ`h4x&׾{~dJf&RԨWtn.f%jrvph׬WʋWC.ƝЍ)x$Ag[?}P R:IWoFc'\Et]GэK?LbQRХ4:_đD}B1BKXE"I+̍= JE;>.&.0R˖,۵*O
ߤRLc3*̀LcҳsuabglY@8b~d(\Fs+SKn0O*E;y}<|[Wա2ʙn^@|{srͿWWΰoY9ڤюbt8Eڬ`ٗ^2.1gxC%wVCkdprFr?mVPjO=p®w%?أȎyǪE,vƶUյV(©ziwDd#3B8q}Diҹ%9S9rHPˢN9{'fɛ@:/Xʝ~sKX(0PJ'5Ol5<{j6GQZY`gT<.r}׀ɸ5CYk_z%<Y<j2^y`N+g@ƿFye2gĬ~=G`iq@7K",~
iĔށnRa8DKX6n."OgqKƤ7`tEܩF*	]aT[ߞ-_B  &o	PƧ*j_(g]nyƔ@nӡ/xp%ό_3VћjCiLǌ+ɕ[5EVE3,EST~#7Y1'K/yxT9upc. MFuF]Rt4&c*PDţn2FhUpL1o9?5hpzsuB&F.,sqS$ʞ_<GHӒƛp&5vpƷ:'-GK>R1jm	O/Cdا
՚ڳud!1lҞnχuQUs= b0'L%ʠv.%|ϼOuNEQO^ٜx 1\1hmD9=Yؿ_̺̪v:Dڷ?~R3I;l[-Z_[KD&Jqb1&ߗÈ4gRjTa/xBޕPhE'le%ϡG
5n(Xo(|PH/YBiJ$\&`oT+w3Bsۉƾ߭.4)Ų6&}L/O/`@ ӗ[Z*ݹY1ժRcY/L"5hs-'pS@_Y޲ M3F?~~?c?/2}y|>wIЌVv{Nق[V_Zܼ~͍E1H;.>&T>$ai1$ܠ$JܭGپs.3g'+%fɮ"i%8.C6ݜP*iI`ܱt]۩zoƶ.*yF:HTߨ.Kǽ+-rA1~ˏS]8,\{;2RAӿrve6!U4K"N9Uj!>˼g+F>GRr?D HX.$~ň̾/_4@IFOI.ٖ|k8"0sCsE°PFv[gfz*flЈ?.Awlڠ0|kd}B^ӕIw&_e-dF	!0e;;n؂lg~20.JF'(ѝJ;4`ӮYdt.6G{Z.3iw/	=h+gMC #@H͸ޏt,D8RYT&N2+{ǖ*0'mVP+ʾ8_^Р5ݗîNsڥ1}`y
R:@Nū&{G={N%,ޚ˲)miЅD[2=9:+!ޕ]ұN@SfhQUz1ީ]M
CU0z@f"6h´ɯaLAǖ`UV(&o%aX}fSHߓ?ǇBz2jlVeʿey'@\])[.zE}i5$UqԄx׺Fʼj.A]6%J*
BK;h2KldjդgH?BI}BDt~&G;kЖt89_	h5̾04~eVG uIFJI>&R5oz
G>.}`ų96؀xb#?Hӌ'9]Z)ׇʳJM{Ca9VTj>15שZ-v+^\͓
 @8wηKA#Y(D*ٴg^c͸Zt|l$R.XW~ս[ziaL>XN|ccfޤ:kޥM$޻2Gܞ
׾g̎t-Bed~)	qm<7PӢRKN!.'B<g>@XGdܼo6$ՓںJ<^F,5O9.ɓ2!9t@%g*F֋
*ˇ\љ9}BȱHحU}>W5:$sJhC|rP|%,i/6یBQ]RluɁg@,}SN%3g5G+6z'
{otg>Cǂy$ٍ74Zg<cQs~eXW&98s5pzLO]я_ؖA|Gt/a7T>&Q$tJͥ>08g,	X$gvxC7Ǖ.)\3ڿ8	>1fҙmep/%i/5ZFo5${xp̛R^Q0czRd4y5e[0|xgP:6t*ب[4`trtc>aR	.fBȾ8ARg]JSo94ؽ͂71jB #4d˛ʌh{دg,NÎ:,fR;t'דwљY)HշtqU٠
,4if\=KsV"s+.Vħ/`Uf)X@P^|ʶ{ȿr8]	LuTT9߼t>aNW_HEkY\aV@JTqOgRîތ1sJLN(|G7Ȑ0&w{`8?Q]ѲkQiBqS!̏V'+-ߦɼe`+%0{N1D(:˛9'B:ÝA&HOGJmUIƦ@pѻT܆]zFPu	"0
vCalx]0όM<n+[?1>ʟ+=PѾ/0HuO3ԓԤG=*^,Tb)ʸ`Tr;5:tfؒ[ÏX4@؛\Jg@E`
hІ'+,/nW/CZy-yPhk[
B+MȽJjڿ,k<]WR.O_~V}V.Msτeڻ{5YvK6fR~0-d{Ѿ9Q }m9Jm/̿CH\ɁIi<i>{CXFxBDiиr\|]~5H*|,/rl[+}@iњah(\hƝFk%چ@b15,DF߰l33s0JߑćNbY_١}SьLH2zf='	œޏBЫ;C*Yhb4@73: w+`@KKy@*{Qƣt7Loi)8rAԁ݁}߳}&Z.=(Nʍ){#e"[T88:J`q;NW_a1*[VIBdT4u	6{pTqI5D#MOc=A&@AU^ѱD}kjcoE\{Pa}j9jnpP?tHF~	)sNC9	зW/#c>|fG-K?P>֧z;[pԒBK?Yl\.YrLBg6PʊϬ?ɇ1(+YmH0Do,GT<vK[޻V8-ْiĀ]+/4Mc$Vܢ|ڿo1S{X"\nZ`|æy_B6sɰ>6K_}Eơ|1nҡ[߲`idk:ZFi,/|<߾ǘό5"W]?Ck?ۖc9R<US7ĝ(Ud/ořJ>^hJ@"xB D>-F+9!SViuWJAهbMaeɤ:7d	ٲ|T0NU
ް`L3|J[ιb`2ޛVԲ}Zס'K,KaljHv}Ͷ7؜Y8NdaA6sMf&N={޼^S>ks}ZS9
~ƚu)Y-țFz*޽hʽd|FmDÿŶͻAKؠR*Dy`X%/;رn](˱fK<Q֏=:#*bt$&^ԘH{W}2̦DblXڞWGpHC5)tlFQy6=x<ТPzv^gJA&1xf`НlǘM}m2V6Z=I܉M74/"qݶ?qNlR
Őڕ.ͽZU5~9[yAb41lKm1ϤjWcL#Z.NH,f)ҙ2*h14P ߡ
kIA2QqRޅ}/?V	XӃeȾ#^&2|hۤL0(~U0s+@0οV)	Z')ȌV+q W§l`.NynϐAVC9ΛYŃٵ̩ܼ}5%m4~Ta@٣>GQޘԊq)j"N,-Jf{կv.bWKfY+.&WV)cEOY"PN]{/BЀtN"fVĭ8m5<V6H+շ@u#9>kDiNTM?Xz?a	 T3ȆVȆX(JC^b2{g))#~pdmz̺$Ezk"K$.5V?k7Ȅ*]KނSgHOYL%o-#y%`Xe<q_BоGxBS8`+\]Іg;fyo	_iRd))^C]zS`k^K8>:s]	]պT~Pq=LLKO$Q<ll5hk^8vQjG2c (ƼA~ճZ^T&5ZKY=?4˹B޽_Ohex˰ZRQ50C<r_@7iP/aQ\<X}/Me)oݖt$FUIy]ha9k+8ƜOI 	L2t *nUR	!;eXaJۑX9ZG˝aA:)~Dc*ϙL{G}տdy׫$$(A&M
J|gӿh" OƸ[p]kF@VA	95d}a4rw[C\QݳYXtĺom:uwGAU˽&ҵ8><<a>"iQPL/V\͈6|ލ)UX	?p׏65s#]SGy4M۪%P"`7WKY֞Cނl)[J)[7
=$u{9lf wAvJAqnuzl/sFMnyҶ+%Ԑg¥Q-N[K)Ϭ\xTV}ba)n	-_$fc15D("lʬ+)Υ,^ұlEՁ,Γ%N&I$4ظQ@`֓krER O8<2J18A.U%Iƥy 1еBCر\Ԛ<olSBVC'Kgn+rϔm=*=Ml4F]4t҃dYoG>hw*Geƚ>voS/WۀBғsh(ي?NaOt;-\Cv)t16kI/o3uXʢl-_wWΰDY<OD#,_d=7K|
?3SwOͿ6ȭվ%D >LلʈϏ$S]/Zp
k/AsѨu+ĉQ ˕06gܒ8KHjSMlHjz">/hԥL>S*Q>wtknE7ub
x'mҮNmU.$z*cEXDI(Wol=t}njhރiͶijCjȥQ\ƣiЉfϼ*9 >f$Mrh?ӿ"CE&yBgJ+=i}xU4 
|G	QDp*69w%1ޔӽKk+ۙ55.ƪ[şWʇ<u-ԶmJNF87Kgyԣkq`y! .S]y[u"ͰM+;tzUצ1fhGeP_͕5WSJk$i=S߃dGUIm$|{wQҴB6Щ4s$̩ɵOV^$ٝmHKb?Txb6+~y88՗5	G3Gھkqڭ<s>ҿM(ݑEb0p'?DAeK1BLW,M_ˀWQ4C-ͿGHP4WJav{LBwd~Y~<gn!.3z:;F
5I	^0T0Y9Oj<+?	pv#cE4Lns_>~϶Hi<iɓ΀C6'ʞTvփLo,
,iSØ:ƽ}ΏޞzrG܉0t/7E]eFlF͑\G5RPa/:u.hYkzJ+ۆӑ]<MK)	:u7O~Yd&UP=KQ%1K}.x>`Ghh{lG0ɲIau4jW+H<o gm_>9'\Ų$1&GU7ƽgZAMf[?pr6q%FޱiyiiJQcٞR1PL9a;,lĀ4 d,	
; [t:{W^}_ǻ.iǀ$"+c{(B&,j@bS$;#?Mh߳<YBZτϮ;%.-.-tK]-ilj+Q*7_'a~'$,zK6sP<ɩb;\J516*ʢ+f'INN>tN_c+t<~nG;:ҵ%
&y@ak>af<ӵ)iW@QҗA	QŢcܒhhXE?ڦ VF\"`F6{W,jy-F'@@+kٚ>Rʖ%G\EȲKfïˍBAâ5LCuu] CIu9X~Ld
J(ɀ5\C	3#T[/]ˠxv!a-2\z)3pJt)(BCNmvPS~Ѹrq,dХ?cB҂dGG|KbM>9,idI$9azڹ4ɁQ `?/i'u51|X)3#Ч
ăKܱސ,ebM+OkBbp8n>+~֌ViyH(
)ٷˍϺIܶnߎFbDzf4bp2&=QS<;Ώn6+͓*OP@fӵZܡʍ(p"^7e
qJ؜`&mm3܍X)aGMq6xNcɕ>%M89"^"Dδ\hSJGi)HuzߑH6DiNM	c`̠dAjLuM-ˆe\fk;N3G9dN޳_GACղi#Ƚ/b>NSEdiDEMW]=GKyTFM^2wB{V<Nɻcd)y.}&	ap#&nK)^;hDjֈ1jӓzg4yT6JMہ~l-nHB*RƂ UPt}RşMHü$\6sKEԵUd(ć}5V3bi!M)%؅ۡ#ܼǋjkp;t2reg)Nչ:)CHGޅ`3Ě;=X_(̝X-bcg+`,3NҬRm:O_x^b҄ߔwXlFߘi<XL3EUnhrOr)س`QΠ˾RT|DM	)1I.hG:ԂS^MC̦0jn6E9Y]fHt\̢<{@gKU\i;Ч^93;'lăf,2,TnN`k
5\׆~(?oC6Ħ)T|84ip<Ƹ޴ǉűa!#PfW?aAhK:g(ѥR$"onx֠+gr/F>PPgsI5ٝxr_5'gCǘhz;ʬAĨ$[3O@Fׄ~v&A$'8OWhqȢZV+G- cVe"9dj$Ah߲v/VN/DϹշ)OSk$':ՒNS)
qZV;_+:jp)wJċ69A~1FʧUc>|e(Zxζ' KܻbM>`cp.)ȶ?(N.S5ϦUXpl;i+G2Nس$D%o^s?YnGϰѝJ֬xџV&߸ѥwvБT~gSӴn[Z.*.:۶˝&]:ci3ޚއ.r,)|y|g^x<\R|w"M"pK=J]Mx*O{@BwϩOɬťuT,Ua)KiT)4pXl߅ٹ~qvy ԤsV]e<T]=ŐF!'Ю~
"+ȩ$Ljه>
G_4cS_ӛl ,րB&-ub&x_$Ջ:\dBl<lȽT|UU0Ì̱w٫#Bb8CRب'l'l3oʩ3<#Ѣz82kF_0tu'XͻM6ѺsL>YEk|Z͡;rsYȐ#DU)Y}0P?7ZU}my̩	C}D@ďQ5__CЩPTBuheDZ#Yьz9VX$yd/ۛUyYTE)_x20.dPn}aNW3Re3 RL+#V֝ʳW9f,
ԕ/uyIc1TD#@5Z%
P.ݮܾj9\IZ/XJ:Z8W*Q'Yт.xʀLH6[?ۮ۲/ډpa	;h4h	`ycsX[,΅ֲ}a܇oŬ k_dyK)$M܍Cۋ`*AU"UMkDcw?ŤP]JXX~bc@,R"}?}w
0̡/t{#VhHiwtbNp:g#	EEeSRid<sy{g9GM	LG</~γN mMUysL6˃ڭ?`cJ}<U&'׈AokRBMH_ cfKYf>BHu"iRDvrӤ~V!>!d}kEXJN8fñ-.}DHhb29e>b]`׻[u'Y9'{A^
b[96Ќ߲We߳4jȚ3NR 7j4o2.H%;$	ΊEnyɐƙ+Fkgț=ʝ?5")^Kjϼ%@,Z?nz-/rŽ
Kr*܂E]4:8cK̝Sgjht'ٔ*֠)V0u~\7yȞ8N)t&T۴)~ҥt TpZ-xhVc_`]Q;xiAx77-շ.pƼT,x,Mp_f֞vJҁ"RGф!}aQ>;GTt,+S%_cAөc,W3*ʉuZ(ly/2soVdY}kc7V\V5z΂Eb(dJʄ!։>J,")/ƹO=W;כ]H&3CgWhz)+4ڤ{"XnU^Kzd/ɰxgaFSд+T}zIK%wz2UUP&:M1}c10x,d\YbINP-F?,Fb	_U`7+DMhPJ˂m(56qBV޺ȶx>7Kڣ	>ڪOv:Ŗ$TJFگrI2zGY$`*H;hefؠ[9Fx2lh!HX6PP̾-߻	d~!hZbJKT\<vZtaĪ<ʢ;U`_Yd՝i 7<7|9nA	mX}`׌!ޫ_hNBhjى&;ՅJׇemh$Es0bt9_|r2)OBil܂C/;6͓$"mbu=*BKyϜl q4ɬɷŹ\{b߆zL6SWF|ȋۣGz7Ħ3%0%>5ͥrcÎC7+O{^đvFBM§_I+6?qF]fGs>eF~vodyABgo!ǜͼڧ-qXլ6ɜQhEiluBT_}¼r(NXсG a/yl_\VErի!keχ+ES9	lYZ?Gb{%Vvxj5hA)+AѶ-}G^jϠ
9TYvk,F۞ͫӮe֐#v8_NȽOQ
8=9ט)`0YtjQ)ذ;o[P)hAm>4#HvIZKo8`{xq5pz|t©սw^xۙ]Sψ|9nawO.f͈3C}x(*P}oƸ4̠;r|t%4©HwAQN5Ȉ8`̝AxC4~ɹ(14m3iPCBs!P\=rR_ϟ ,ĦDZ;)rgpĵ&$>QBȾaXfwOEhМX:-_Ϥ\CȎϢi(%`P8T,߅aeԡe$PeU|3zR!sf|p5f,}NrwYI@7#&N[B«M_:h)ѥd׍ڠv#N%RXmƇ]/5Í{JH	lh6,	MЕ/~2VAv̉xLF {@9{ޠySǏݐՇºbu!Bیe3}/P'hYh#|ѽ~ӣ9{&f!,}8~Sƿw# ]ɺPL'	o]mg%ޕNa{ڌ~|]?tOFZB,E;qYѩC6~Gs)8Oݕ@ی(:\gh9T,GZ
B+L|z^wdMg:FbqIe~(i'BS7`}=
S;y۾joXΡڐQV*MQJwJH;8}^tlج	XP	`l:Hp8ZϧuPY@^,Mx2٧\#qh1F{FÔw{؝ΜB$6yt+RY 'Xu[Qc]!snnכrVH(qEz}M30IӀ*+0Q/zG#z$k}21yխt^ܘ-C^X\Ǹ?qwS~2IDP{XVEytyک!942.}ۤģ+	%;j97/iЃɰ|S"7͗ƭ˾tɥ8H'3ݛJڃUqRhQer(+Xf'}~(7Ĥ|9Kz4ؔp0P݌@UGG&ӕܼW=jFlȝZk@<*sȚoϣ$:	eQ65|FDMJ*HuN~DJ`Ʋr/rn?B@*K]	?>;4lp{)0o1]4HY|hN_2ѱF'<Dķ2[un`@{G.EwNc q^5Mo Eד^5#V-8[-tu\(c9znѴ6gd_#[Űޢ!"YGg`j0}Ԡs	o̚* eSsR(aqTZҝpsi]|ěUvюƊl\Zwmh"u"D]OV^܊A߶-f3rQђ}Ƣmq\GЈ8N1X+rw,Ďso@ְ%r	s+zǢGF4$SJ/H!|
8yFzO	n#D՛	BH	
[`[]8O[v8גF:dIJ
uc
C"~YEf2ݣ$},8jq%e\$Bѳyu!--]~>m!o\|@HuBfTr,˖
-Z}.՞v4ѫ%7җeNfm*L"4bPٙ"8/n-k{#RЁ{<µv$^KȌ'Wз!"$OCɰ$foeKHag)X!&j&DC0()6Ɯ2g"̤LJ¹*tX<nat-rG	{P68ͣNeoV
B
6):x_VQ[Lcǩź:1~7xWzzžӢHnLP~9߬iŸA&{AϾRhJb8Gf7&//CqXs[IۯP?ǈjIfYq3޲́[͜>lhArS/OxC@}$[S[Q;4h?|nmTa?߈0NzUǱ}Wp]
Ő-<%u645ͺVSkI&ڰa`8h?6-z	=U
(%cb	J`Or;|BR!gagy;%sZSʍ'Kp,0+mL@|ne8V=|>?d\vˊxz63;"!UxN^?k)Zת]1`ڠh_>Z	9A1,Ҝcξ+UГK\O1@td; 4y1-Wʌ0ѐoA҈$y)lȖЛo{C/c}Z*
'ja+qx6G_9tRxȁX*f|GX]{Reˤv#Սo ʒ܃!).iIF""TyOKt@c9RD&?_c36_y!ݬI\ߙ+HÝ;iU`3~C.JPU9R:e4<PԼ]p"2o5&	u4I1xoHʡ\d}eI:s˩pD6fk[<e&8UOK8Zr&8rt@&R=\hbDުAS|JmsFz^\kW!F5TҨFKf*)97$UVcې!~H&jIc:IۚKS0ٹ1]&kQbG(_q'=QxRd5fW>(htC_Vl_C.3GjgQED\؉9q8sCŜdQC	mc^ni٥Jk/yoOe76P9-׹Xvu1қ 
qoP?s>T;9
ÌwQ0?A[Ec~u>5s{	R!75ɗ΢@X5xޑ3)Pε\,[ڳ./[+~4++<&lͩȨEf ԍQ҂Bh)ܰRVWBر}MBy8fL
/
u!B?Ts&`8ĕE2Q0˓S4ܦyܽ_TT''!rT3~N>SD92}VB5zo@1oΕ޻0Kaar*ؖMVWgFflb Whϴx|1v'0*$sgO$dG'0;vy>	E@}Ǔ8%<tۭ|sI @U4Q3I6|jd&P=&c+@RB4`]{\g"]ޙJl%_vp7uJЊ-:wץsSb	Iܧwh̐HX82:	Nx~)̸yY׾Rjʸ%(B6$	?@!A70ZCb$~%	Ԩ?)k.Mg%s,b [bNژbQYև8
ޮͯQV@BHͬEQ0Jjt?UWЭ(NGO Cz%BT^#`RlGn&Ǌh@&Pռ>ʽOz"A,M#&kH#eR#Z0}<:'PB 3[ɕ@]g!	)߳5$0my+mՒfv`!2AyP͐`vm$yK`¥\WRRϰFRݤGɕGyuxEQ!.m#y)Ydq]w3zBA+#ofa|DbLpG|yWy[lbTS/U8?]ASbQ8_;#M>KGJؿڏc$}$4QI=+toUpRӢKлǈ?y
Q,Ë17aɟ(#6	u)#	[V­Iqb8ЊtL1_ Ne`u$pZ5܅̼4Z\<HLJf4ASԄ.)#míТ?JĿ10ؓv{oIb@{vRdgnkΔk4}.kM;ԛ_SnǢ39кO(JA=XMgʀo2\6ʻ
Jl ^w^ؑVļ:g̟C>p|xVR(KuLlN_Yˡ\uStHoEy؀X,Kn_zu$vF
&{Β=+DtBGv.3ixٯ5ɚnLɮW\E]5F5Rw%aiիǪ2v!Y1D^؄8+-W{ڐkЛ{/Hb/<Xw֠:{&SљIeO݂O_`'UcN*Ę\L]V3{ƒg-j;|L>ɆJrB78Ɯ!3^"=QaO=hHvjlhsԠyU%rWC-WuڞXgW u3|}G<uLBU	:'V)AC#4.ink`?s)]oӄ0wyĥN	ULm%.̇ˡv9(6&ߵBӯƢ";w3t~,-:.wi͜N,?Ed5FP\}v7\M̔v2c1#Mٵ^J@4,|8Ъ3ΐ	,,K-:#ےtPdXcj[gj̨ܐ]=J8uٷ|v=IH1?%ߜ\"%^b#SCBEָlөgK%0~:JjλC-Y17{2;%ջ/d-rs;p
U
3nJdL.gGUfdN$sƺWHZ+ԏȮ\B]ԼWV']Kq3ٶ͉GM[
$ЂʮBׂ̝,|!O<\iV`R}Q@Gx{uV\?2)bʳ?gKƍz/,MYnyu\A͝۟.G5϶1NANpskق 'RE҄U4,ػR8rX15͎diO5mz`
A՚L̲Ȗ+$Fǽú٬+ԄhҎ]Bc"OyaR/-0*HGb.C8E81דdH'dx^3b'auQ63=qq`?A!pAΑ(& yZ׿A"{ϋ^DH93٨?d3@w{"i.״u%@@x#7Jc2[keaC?q!0$[z4ŁhԠr7nE%G7=I,՘SK9gZ{UUߐ8HO3֛Ҥg>-ni
Eϛmk$ˠσn3LVǦ}͌<0~3ypGPIci=AW&$F.QC4M-$Uu3F!å.8Ω=/h[ry7xGPNJI(b"0=z{6LDOmFXXߪeSwR`ԥCj/S0r?1͎y!^)L΁S~7ڛ\|ʨMݨ~8D,@K>Ĵ6T0#1,%1ֱB&7VKOw%WP:ufԠ>dޣ;W"$v+!0;VצYhIfG#z<wSUaͼ9Tw3~jbN@Ώe	
mo`.NWر:Xp]ALĠt	:k8p_r&۹EFdq-$<\qr	7%@6HH|'SФ$I).5q@FLNo:|x	)D9 (ȃKi\T>Y)@߼ƑgƠڷƱnY=]؀<̭UG$С*
%sy~b:Ráw]bz8Ωn_PY?}7-Zy/dw9oIݲ%׵k28wժkZaM{yUZ1Uf!`!)jCWl~dWTdm	BJm:$8c]@:<ʟ?ֱfǓ@(3%ŬsnCC)׵PxTun?9Z/ԗ&Èv|.!u[d"~boa];Z1XQ$}-NHu!" iڸ-ZLXʂ(c#̃ iÈv(B^ElXmz8Qho$.P7*a!ٞΛPǺ'ؑ+OʊؙR՛b}{jsӌ8[B[fuγSY
ؒVɄ4YrHoX MI^6u#ɮ"Ba|i#K^Ij3tiqFPRhߛ@fD^ľ5a¤L%>Pl~OvR&'At+TaÐϹTջƕU[}GUxڧ64g-iw"C?BK'ohcb7Z(ղ8Ы۪y:{X׍ʦF*un3 gU5nV3F!Ƹ&`Вɻv9:$toBtT[t$6ٺY`%>&K_55/x-{uU.	LY)[GĀYU4=(;~
m$b:52LPeѬ6c&B/bQ|A1[
e^[\2t{UŮwak=$,Me~:˩]zY+֫
yk|cLc93<oDpL=A׮Վ7ҫCCHۈ	xm@@d5V(Q?Knv[HD:l@HCLni:^N@|(=Z˨o%=5j}NPI!EV?)qgm56%1lBA[IX(WZ#*͓9ڻ%E.P 0ݡzd<2\)3M^-ס0nfXv
ɶ>uܘ?.ݶ[urHHA[4qSwÇͨlł|"DpqnqloW[e(#EL	Oɳ2e]L7Rܵ
^MHѪgiS2L.B&[ߏjױo2RÞbPw${wZdqmn}1׏d*+Fw<@Ƈ%Ȝ6%<.~(<aB6]ʷ$[}Uzhy
{|#N~9h͇[~F	b7͌X$hI.~Dxx~9υeA	(')j݈zc<WQ	c;+mc]'2n:kt9brͬm5ڣ@DGRԸRxc?]|֮ޔ@?(S{9}&38;gժՅ"pj+T\_?WKe+U#JQ%W\߉V?Y=aC^xӮwvR[ݰ(.hbc6;i	^ _$7fZeb+-	*wpYj)tَR`]d?Fvifc((>,­%n70Ł,תG1me7-	%P{PGٓ@<4RnL#005ΪǩuOYܓne[4D7zRO{=1#SCg[Ts0gƐR'9AÚTj
.]%Ԧ9P;0QRu9tr:qAK4.ij]\i
lL`/M733~Q-c߅\)_s̖Ƽby.DG̪(499md$!yͲ)v\/#FkyǠm@֦ɤv,ȇ%[h`~"bʝ-4|vtpm5y-q6lbU˘612Z-,m<=5
h@c˽*
߉Gwƞ*g# ֫y5Q{P#[<;E5)?jOU|ǿSYoHoڏ~"AɈ^\M^nЭQ!Ѷ";*eYZW+~ۥ$ʠXt*L3?RK܆W\N=_-#[::ܷxVze	R*F":2Ɠ(}C\ǃr}uMa7Â،O_	<!^MaMqY#ǪLc(Sǳz|c2-}v'#gj٨Ǜt?h7'VU֯	,3"uc¤AL{'yTLFf@V*FzazF/*L¶̱m-҉DlNOȦ#qFcqF{7kXǯ҇E&zΎ]/T́kmI3ivV|Ԡֱ"db4؏>ޑ)@|9AyAV<<ˈf5oӪT:=od0s(CΓ[>v2ƿ:6w-GB\d}n֝}ܴ.Ӵ./0%MX^UR]%hT</6k6}V@quBƍJG(|#
 0Q	CÕ@cɫ̆6QщPc\LNq/-3S!^u6j8׻yvD0VAX"ΆgJtOP{^u=۝_F۝XW[(h٠)=
ƁbXnxcwo7|߁uclLt.;XP[k]ʢ9gڿ2"nWܑJ)YgˊnPwKŊ;OH1{d4SٔD
i)4.nz+VZe~2J	(]FW?mrVZ#D_6MSAbqsB'1N?^JG`(ѱ/O{<)lD4f.;DԈ(XV>la|)KŔwxV:DܔYX8@GSJ̕]e?|5aكϗ^!c3Su͟-I}LO:njRMkBl]uNEj#Հ+gHAmEjs0C`csv>ʕϝrn )upܟW1	ư[`U?#?">6Ak0gKl	D2"2*˾~Rn>c_=[-46tڲa8Ǳ9Tɛ{i%j=DPX+3aRѾٙI@ ͹@~.m)'5X5V(P:,FoeJn#.Gֺ?5*yȪ$VO=dʨ{կe;WWyM~Zwވ7~(?)1(̲٘~0uat(KZJ}9=_ǲ
 >DAڢL+Yɺ{ClTX$Je=ĉ+Ğ5F=Nb+O=ߢSQϪ#݂e=փӂoY5#\jg)	޹Zr7K.^"Sڴ@=ˣQ4X;6:uew?\vtF 3dxlmeͭaťDɖ:4JsH%|Hs:7,	A,!^Ge o\p@
e;,ejt>
2Re_mdyLFg{)&Gx{;E;z_J+ nhԢ_cq`YL1c<=M]څ:/D}aJXX¬A{HҲ*/	!>&/ܞ!U5MwvYe#^v1jPCQ	;Wl_ċ$VfJQKgb	{/+ZQ\h-9a3lP2ǗdVgU_Jvzʊ,fwø	fofm7G^LDZqr۪oKDl_*q<6,zy	ϋSÖBfzc_B΀AسX{6HS@QԶb	50[r\ao7iŲ.u8Oɣ=?"&=e8-WkwĊcX^Ugl3,[|^pPZtHpqCdQoԴBx­vUx1&eyGu[>/Ψ2Swer5a́w3TMӱs%w×tL
C26bב|$3j*(ukK$E^'.&اȜAWCn?@]fri+*iX[Yq5V:xę9IH5"n2HC:-FQı?ez.ki{c*ҰG:n`$Vu%M")w&)aF&ƓϫKPvozvγUޥ_hIgֹQGc\??܊i#7]46V3+ƒjKя9\+2ֈn{S{֖҅״+5þe$/'x<٦ڣ)/k3Mc+Nqa56`yӫKP=[AE`5s@@Rard{Eaʋ́G6	Lѓ'ϖ(ԛRϬرQٕYMar*ͷڦI};WϸS>&˪.s_WoyDM\oMD.y͕4M!9y.YoɾDZ[DuA{EF]goBn0}^e?L8\W5eBҊ=وeY?|NJj{i%(fDX^B8@I$ɏjQ{y_Pq]wʂ'â^S2	҂ҘYa.ZTAŉ|ƋX4=$3уĒIWԴN!WާV"MHp٩Z}A>'(B*U-4r`-&a,@wv4c:/á ӽ	c=V8̚!}QdNsۈMr^J3Ft}.4,+_ިyŷ#?ndg-J	o)&DQ1AIDr.vFmŕrW]C)g>'Hf[PnaJCܕX&u)^U^Ѻ\WqOLsmU3Cjƃ];1W+WhΛڴ_>~sy"Rz]7!`/DߛPȧ?mnD7AIf=)8(!-~..({5ȇܟB(X#,ތy7D\ژV(=Q, na݃چ^vi	;/^\VZ~wU;
Wk)w֔r(bB6|Oc^=eoߚ=9	 ֦Mĝ͡	!U{Y]{R7Veχͧ;Fy4;Cϛef<u¢\q(CDV{ /pAf|Z5"b;^C7Q<kSw'0)}	MH^Ȁxvxܟ9Ll.vlb;TF˻§1XK]I
_R˨WVܲ A]M~
΅Jʖ-n#ON"'2NCw%|ȌfJ$wC\6@@6@YEPnl2R,(fClI)l"vCڱ"7g?%F1+1`
8֩vKJpL[Q*C6[EGzJƻѸ
ˈqv^͡s~r*!XA5*ˎJ#=ͧ2	Φ-S(!8M4ˮ_$ٴ2HɁuU0QGV#cagkaUlQ7i8C5:fe&q;cǜլy\	Xݶ+~~% !>3ƲjNq,=^ m/+$Բ3,ٍ%v2¤L-ţ|X۲XN7j7Jϥ՞(Ӂd'/9Fge7xV	.!2O4
Xªܒ<mczٝxzR|?MNRϵ&-t!!_G@Ah|m)pqcK
u3S E2,N}P{j\2L&Wԫү4:%}C[*P"6۽gʂ}8^ d׭Uքɜ.w7%(Ԅnk-Ԣ]FWog(&eXS\
.-BSe]˥1)y"41^j( GZ˩Rse6شٯQS0~Cj3G=&@@3oޫynF%8>qXÉc#R3,,chޑg=),0P
YǼ
xmӹa/aC΋`Cv18??RQ"mzY#I?[hLsZGyup=
˯'uYK*whܫj=;]xԌ#ҧ1%YV@
S)d%gC<&ܼX%{zK-Gfax%ێh7ٗ6y߫$Pm+ycDEwĮe3smťn#g@?o'Ѷ&ʔW}+В@}HLNlT~S]˃.,~p~'߃l5IbJȰ֍R4]µd_qpdҷ|Dcj5ϙ2.,jPEօ6,_t9M|qeԠýƣP<@Q$+0_Gj55MYܮb=Mzԟlm<NL6#ٿ0gJ~zȠ?fpCq'M(HLJLɞrOat|$_y,*39gULYZPKDx dn}iۍ&lȜ
J>ɷQZ(9bA8PȰW7Q-R5	$ݺő8xg<U:gL̦L./bt{},yi&zx6vr[B6«BXGiw}~?vx.WNBHAIð]x?%@9&p
ǀhh	 ?˄JFԂ΀hD$n'ç\[NTLiSHqiEy	h/G4G.foZzНr<=)YOJ	ɷuE'%}!	U1*z[^Ԓ!M{RuC̏Ƕf}#[(@oe]2ӕ9zj$*7R"r4.3Ç\dk$Y?5ܓ/}	W`b#ȇB~MpBRd	Yd9d`UsWȍAj,܁gQ?&,ۃ`FPHp+MPaʅ;?*`|RC^nΠ"
tgqOIԏň@S.!:)J!QЍ{8Gm+ҋW=6}XYlyViyU}Ȁ~Ȳ?Pb޿yEx%u#a"%E*Ѩ4N6mv+Ͷ{?L`J[(W<	
WM?j,ܳisq
Ba-RSAΰݔ{Ge"԰8FzhO${S,X]*;joXzaVdLD)u.rEyFq0&l<yI˟3i*-L:FUwÃ>@i}
wMzΧ*\ɻؗV-:Q(RGOǮxߢx{Ǽ?e	|KSȡOE4`://H$]ԉ	JƐ3c.V-*{-[A՘kL[˶Xl6kb\Ȕb(zQcR~.К)]{Gkl$PyG)H	ůBS*A$<e/k ܐ(Nx	lόSʐc!+2}!k8$d{'hLpf>e^{KU;ѣ~5'[ϝ;!֪[HЊpJ!ՄS>\~ī%eCe@5^vk;lN]}όrfna|)8vB!4ۗRhE!E{W|׾ԧϿ0	Yyշ?xE~wҿYۤ;+2c/UvP5>k*?Wg3bO-yPZ@gpx×{fN2]TBP.Lt޼;^kϮa'j^ԝ-o1"٥9X)[=lr)ωL;"קRGgĚ0D?Mֱ2[+ܺ_hRb֣]v9nsƫ$1wr6X	zǸ;;3y9lƺ{rNą2}x~U}zQMVˢ6h{4eb`IS*
cA!UIhǚP?Pؾʖ	G)ņQ-=mӄ '=[oԤ'``ª+}#K6a2Llh&
ʞϫ|Hv	B5SoϟvA5g9@N?\5KO<?[
{(jh:՛7!U (>E8a}>(7#TCaF0ͯ4p&۪.ӏ@Zgs36H+VV~:`#4^jIy%7AZ}6BMR6|&mY\>xsARhٽC/0Dyʎvsfyj1!At4|K}ƽpEV07D׭s~j3J9Uo`W }wN-6jN,jRV۱N5yO-|)H`RKjpEnQb/kb4p+s}yaggG[X[t;ʸ3ǽPz 8T72pUEUlb_ѠX*Tњs5I<oG"Dxݗ1<PtjY4ia$ʎUǵW҈ò׺lYKB*sԋ$CS*#s)I[ء2˶lhd+\<X'ځ+ zBǫ5*3y
?ؙu_gbڴ7HLۊJHP>c/Lճ1&Lh
U*7=> f[x-8HիD?ŁK>fʡaQ,զõJHN_iX%{U[RyBh͠L!ѽ'Y%;^zI<Λha,6{Eu"fʊ΂V	$)%[5f-70DtU.;u%;qñ8L:\[XcM#5ZTҧnG	T791}ZU'.^7dt6zwyƙ?(җv%_Z)%wXQsbl2iəvߣH{r@]#M_HLo,`Ppܑ]	dE5=!c<2X=åҿ݁lTv.9Ŗ'1tM8ы~~nl}=,-k;Uק?^+{̑аv+tD*MǥYc[lF$b.θɊtWA!JD>=Π)^é._oՒS2|^ZN/ֽ۪dAvCǠDzg`}T|"ŹZe&DL>v|&%*7`ȝQ"E ز/&i7c:5qrVӽ5qTxxFāU0lh,Ϯթ@3 t^3W7ݒ͌t̛ p'\obZam00Nv/DyoB؜[҂$v?AE%JB;,J-LԄ\6=&`	60"'fW5	ԊxCZ#%b,)ڋu3i\1t1Dm_WmlMȌ1;r1!7rng}OWsoϖŘ
u85^#swA;̈E%Kmpg%Fnu?za)$3.fj;eSV3yާx5C.{Ò] Xu7J0G?	~Ԃ-9LW#-Oy_AwƱ&M
2~>`<DIz...X2DC'oXD;؊TM͒:dJP܇4gFj;!zjXߪMxVW]Gī'!Ir$m24wB9׃Z̞HwU}KǙ](˵kʪnܙ:kgxe)%,Ě+,
*y@'PBhp6=OhEfgeӉnbsu#y&L8q^l0~&(e#։>v8$(VykؑKy@Ih?fwبZ^NЬCc2MRӣ@]KdkzL̀bT0/K^l&<<`OVޗASä%=*b)}C02^;)OFBɰHI.r*RAψ0{sԛZ$5oc D5l}c\.+NıBj%6,5ZN29:}V~6ɗxҠ:T2&ϱj
޷ۆݞ؞/%{H"@HIkS'ʪQr΅&0[HI,Ya8ئLAőöܪW[sS)Bܚ6c{>cdM(EDݜpKuXrYXMQM,'Pc>r\ӮnK9q	KJʺ
1s$ڗsҷ175N7#nzOʉXNaL^Q!w՟8\yX`teۗW}/8G
5S:2h>;޾im?#Ka:)DӲ1XO7;4e}Jn ͳ,$k8-41Yzro/e3݊BB Wb~ PBR`'λz$qlO֊Sߟ&ڶ-;¿ί_z0hHLM*Ϧ{:]k0̍a%OFE~x9
Cjӧ'$*`)?PF(˫8IRߨM6݊ry\kʹsCH\Cf8T2Dְ^{n[, \BoU}CVĘƔ	j`+GeebȽŪl:B"εKvQ/U֥ۅdP;(4:U<Ë>-+Cd]]p{Ç/t69F#gEDPǵmVa}rۘ!Pwiūx$;]leB6[`_,d Mmpsnyx.^-ӄKπpıF+~)/|_u{m@uo&3s{0^6wJcs8Tǆѐi\>h5YcmY~nmr.p4i:"v%0Y^º,PbqJER.PkLɍh?pi
&g6]?]3sHo9XR4e{I?Fވg;z/zVc+{WА?v(ړ|Lmf}O!^xo5Idl{OקW%-Yɼ+Usy˚mީOypKBo$ȹZz^nɲ!tٻ_{)"q[y:C^YãPrf7Bbm^U' qhyʿ<vflzYe{WD]]ͅ0f+fj$j)	4z?JF+P<S܋aPz_PRZ
*ӻeYXw[h0,ϻe˻ON;#&ˏ
_}ܪyFwJ	Sғ.׸CwbyDǢgdB@U4^Ggc=7m~7xt	%aȽ<'CL8P~RU(WHεŋԃQ"c&6e_UgY|HW:>CHkLITU0s0Fz߶Ɉx[nvz5?J\n ad(neC p߹BiJ_À8\!G!ݽdׯNx;4[g޿u3{{KiMj}rӬL\fe	?g!.®(ؘ*Ҁһ]֟/{N%B0ɢǙ}PKUȽhXVQJF#On2%$hxX(
BUfǽtGLdzhI$}KKaҔLQZ^$0[gry$!j3hW@9G8.I)P{ڢB,>%դuSłjr̼JFة+zH6.dD̑ژ[y03ؙ]F,є)ur>V)VM|o,=ak#ѕhm*Ъ@ggy55z'J:M޾с'<`:l@7b~fՉeA2Ϭpr\^sh^ێP/'"AJ{LgfV3=Ü4!mxnKbd$[pIH͎җ9.F	D4**XF'fc!ܜI4(ۥw*ɲʤه!$"5ȱe7˞{ݢHFB֠	}`˫4.)dOƾ"4C51ǾM>eџWވ-aC&U?d7#fDA׹MԲ^TSwh"]aM?Ǝ1g"ȟZfw"nfAEC	<yٝuD31׿wj75&Ji[t-iL#R^T<s5r7Z>ֆWuRX'YVluJ6Ha#-,YCګO|@:.W#'s]6MS6)fW(pܬd'|ZeN:>ӝnMTMzѶ60¬3<tN9/V!-X=(PAU.g˸ȯ+17ntOI1*W_ܙy\PY#8)O756;s?sX7(@ޙKl-׳Fý8пq73bnX~sĽ\{S*o=tݙ-5ߋʶ"N)|{^IFBw-V,X>I]H̩A1aaSI_Y?ߴ,6׹\7[TX6^wF=<;)Q*vsyV
ĸژ+{SCL}rdMI|FNa\v),_%~Յ:LʴFR 6W^7@|ك7lwp@$˶GɍBBz˽B0H]Yf-1V"ڭìY	k;[`7lȍPO}\V7a9]ǬӲD9rˮqysԃK}f\k8؁^81@J>JdƁM*)ˢrk$QމSȧg;oo;$qcDp{.r˧G=ǚ?{gpJ'vڙ/%$?Y?ZfSa)j=Z=uv_.ޟsݮ_=L6xwgE=D0بT
T+N:''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24441)))
