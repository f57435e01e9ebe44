import brotli
n=a=0;b=1
for c in r'''EQGOKYռJZ77>ܬ/SwOZ17={r`w/bG16`PaiR6B0SCyauuV!yue|a)]m2=0ī4ڇv^	jT69oRh([=ңÔZq@iB.!5GK]QcQu{]woc~O"A6ASpɈ*̨XRI?^НiCC*՟3|-{mm:'HgmGmqy(+pI6*CnȰW;ceBNЖ	C<í,!ӂI+G?CC_;|G-5Xq$)
"PTw1,K2GV6{	13t| Pcg,l_ݽHElʲCJDJ
$!qFD͸yߌuG_w"R?ʣX=u-h-tb.DLo,ʍЁT?n];vB8ʐXγOa$LR=ܝb@$}(/ь,,^]X7q.b޼7pyOͣ*G[yn~w=g@8O6I*_H~90B[8R0ϺZ$r<6oȫXhhnZɘnQiR:>YV!W	2R0ڡhҐC"`mVĩ[DfQKD]nTHR9($Ԝޭ]&PJRgwj,$6aV:0+bt/-ޜuQuVi|{N6w[ot @H6\$Y<o+Tgn8w/qT WIqZٲTkKmA!خA!˺bT5TQU}j'$_ƂxO*nU=<Q:9LdLoӬhrӀuAK1]@ab`pv˨߰:RunƑ
!عN#ˬCi1Y~~rR bȁC{
G+س["]}ӻr[}}!%4p''˱a̝i9T5/;s9&W)EE>?;қrD<U̙"O[<8~3q_8>+v
ġcVǫja׎IX2&e/T_.av>s8skEP3ڗpqR>uוH~td|ǏAZzȁ/KtHӥٟ6ɣ>Kw$AY*lMG~-;x7ډX!KZXUX](y5%pJF*@ڊcJED!5PՊGY}h22hYο1F%[vģlVDbu{;m-p $XR̜ˉ40`5Rܕ]28|L738?T/6(LoFDg	c(`1|"ذ`}ʆ'~.]RDt-cgi%R<J@}>:x6JK@	'M3{nNj;N4eFҳ L4qpa_	GIOL;mϹl6҆5ÞnR\pHQwٜŞZ)>ޜhIi7wԏލ}e,IAVLۻW	eŨ,\Ɯِ>>.r!wHM*æ>C*$BayID%PDqFTesҕs8N!l0|Uܶg%Á̬P~OytB>['H|uA}e+jo1&ex/9ezqy.{_h3*hY9(Lx@Vgx٢5)zt7ZVI1d"TmHݜ֡t8ïbRM%(P,Г^Ş<`:Z/C!6-b[J>\J7ӣ	03N1.5Z=MJ%oܬ\u0T6Ʉ/%˛#oZ|mYtz^{c,ӛ.kފ<R<עZ.p+i,SL֘*sظ
S[ј<e*oG$lL:Ze,h#X
ɛy!A-kO7%58͘gSD]Z!]bEMAX]]7FGiу`}c\k)	0O#6FoΤW=KƯHկuIu5>O0qʆS$S7
,9:O&խBp5:wg~}LU*q̶ׂ!/I[˲guVʗ;"©b#N֕wdE-șngϵV"X-MϿy1~44W} -vo{Nׄ#5xߴ2|dUWi-q$ӋTT=W=
Dw_/L%ZZ{OFDmñ7+ys3]S[TC<{'DKiCC: A^lՐϗyݖRyq.b?]-Paj\J	)0 FNS#[p^|`>]g&	ZswњPQƽթ4ݴfyrL{Kش]Ӈ\u	VPwMA)Da^Gb¼w˼,ІiABCNƕ&y _,
 3"5tBΐuxuۭ'[M{*ٙ5$YkTٚLO:NEώ87`	\\pW9g<q(/BN5;$ͫ|PX(ĬeWj=zb
w,ϯӇ>3B}6d@p+{|ϹwwLqG`P
n\GZu6~j<n& `GLwr&7Ydt}d-o}Zܦ [B&
w$06X_t?I}e4ˑE-ٹ^#}|Z#چ7y0n1u»ݮc5ғ(QnLn5Y?&Niy`7ISѾfD2Ikzm{"8KU;crW<&~PbKZpkJӍ|}^=yW5voU6FN1z2JL+\(X.v{ՉZLy׹FT)Ih^׍N7c}ms܄<gsbƎԉ2;y~wP(jQ3+kPWa&=fl^_F/w8m+σ1	B)YOleDsiON8bv@? P^K,>qȹ6֑Աk߼3߄[pZzojh5tCz˲3JZʪQ4 ݜ}AH>LGLe`kudɻQ#JW48sȥٲ@3>	3Z"y2Eb̨~ÙvB,&ع~aYIéفpxfs]kѭ(H_],LƏ!&l۸mmrqv*Z)hATfmQC[&[=uZ([MBAwpuQy"Cd.)r'f=vv?a8P$b%f5
Q|V4TIސسn	.KqmuZ&3u[b|ҳ!0}.dF3cMBoڈĂ!QI{Bq>βQٵUBu2`ʊΡ6Tj:8-ͼVQ+EGDύǒJ0`fnHgkKݽb7u@sص"+[;)fn/9%ς`flF֢#7czsׅC3-ƽeKÞbqݜwCsܻ
2u'ؿ]?J=99FFzthZ<(Df5.Y~X śM5έ38Qݍ,I#@3kmO"Ě$T}3gQQCMFzΕPX=PL:;DBسr7.9E?\9P8- 4ݑz?:*+%ܾ@tȭG4N2du4іV(n7'fuQ ?D~ǔ2uU#">"yVbA9w͘~<ȑ*kݚ!˪@yPբg,X?!Ce:VlD~ײ&Vk^9~ӉNzxøϿ=vP$9~azŗCdDHvFW>BdY^pyL9;@i<]WIp;S; _SP.{?-?p]"1շQOBx&a3{M_>VDF;UCz=q93Uuk4\/By9S٭+ r8? t}.НrQ]>?Ѝ)>@UYk+}>k'ӿI,UIY&ȎҴH0'Ldqu%"?G1mַ¨m}ۘh|?>?d	hʪdǰݬB~;e՚J9]XwJWnOooc09T!ߓbYW|
 ;008Ee+m̦?#uxG;=}[U,j\OXGD;6jQZs1ӰV=ZêjUxЛ-zGN!HPQ6%7s>LV9KLO[x3"; s!&)3mU+H̏,&FCA*S;8z(%]Y{ߔL"OdWrÜzA>oPymYXB3NFMEFXUљ;H5T<LcF	:ǍrđOݚJeDTvҊ&ۿYfB0ʹȱER3"ҍ7%SJ.9sC|1lC,8QЗs%gu[+іxf:֗0șȨiS` SiI־Io۳D{LK7]\O3/o_SU!S*sǠz3x.xѿ
G:άΔpmY4Q_n`+*Ai35+S-X#/`Ӎ|3a3*c6ѺS2x@ո\f{-&+}-3Q!PۚueۙBY"šYnngU8@!~ͩdoba'NlF"sS*8̃4Sʵ3&=kpvҸ4m(Yzn$t	q:M-YK+@6,S<p3PX_9ķNP֬^` NaE
rv(qk2V:̆|V.KƖ)!rtsBX`*X'<J;ɗgǟn|!ܧF*ƀTP,KT,XT5E94fSlH|5ra5o|!K~ܹʧ($]$U32vÔ8X.E!;޴65ѣbUfIWa^?##!Ljac&=TM6I̭EzƸwx+~x
{^Xu2»;ewSY=yP-le7@`ڈ~2la;<03ٹޖc4ɽ[crPh/09=TTM{V=+K[z/e<(4<Dhhn*4F)@ۑ\Ԯż
qhIC^՘ji1T@RtI}ͳ,!h'-+Ɍp!2ѕvdep@1Y
*>%2J`zKST:T	̓~D~Ǣ£4J81~fkZ\"#uSׯ9J{1\cRO<gItl>T`L:2oz7'"ip>RIȭ5{ՊmJs&y+زÎŁXRwv8`?̈o
Py8lϟw	bm!6!7|YƬʻb߳Yi܁8ȬaK3
nˡW-?'YݙÈ`r5	2*9ir>L"%M#+տv|qnQu$%b3ְˎE̛s<>5$5ɝι]g7h>bȔPyr2͊u=Ӏ'vV-[!kĢ!s1GWUb{}%q2peޑMܚ84lD>U!lԍ"`CY!yygז2ݛ
.sݶK?<KP4O!cN@Tp@(Y΋  2)_Z	$}͸?Ъcw&cBC[ߎ3Ā}+ZI!·qPJXƢ!)=VNװe?9/|&JhL\qhcrrL2vig	wiu[ji3O|^gB~t,x2lm܌`xfEKub"y-'pEmXҔ֧Ex$)(AUyMlbrb2K2[pr^\@J"9/zѸrιܛCMgA>LMoٴ`ۅ2ւܼѹ\t_2o~sߕ;T}/Ƕm8e^s?l+OXtr15	ל5Ԯ8E&҇Q\`eʀ~:UKцCpEo+ѭ9E21&GΘ@̃T@cXAvz,"P
lW1ԛ߈ǫJđʣWԸkL"՗QVX@V|Ī`$2?V8'ηհm5э`	sL2׽`n/Զݬٺ[19}4 zӺE/jrdПL8YN4תh-gǆ:q,q93ԹprmS0ѫx	eNs	Q_ɭț8]@0v*OƮB&J]4RycdoݙZb@Lr؈s["ϨtymhYЃ%
ˆpu[}pWͲތ!!8``6Wэy:\kJ;EYexw|J׺دO^˯[\=C[(_!OT|7ű`}Ž2mh?Ylnph,g̛k8A]Hdgl&)meIn
S3!KaВaIU	xҌJR\%Nt91G1Ru7pxU~"/7x}f!cC;Ƿ8Xq$~.x4ͫ/OY&%؁(&Xs]XNO7EZ.mRgt6'>%X̬;zSŹiHK 		]*C{܌fVeH}٦RE8:B=`ȖoYj̈́p,|tx3]-5R1t\hiB]@BlMe7lz>ʬg_Nar#iho0)MWP)HOΑxEZa4dh۳޺'j:tV.z'P?^la:`j+}in]pmn֚hz5ƹ8-~3jǭg:g4ն=@rB- %$bk",Dǣ\<dS<Ǻ^pb7ϫl`ՕTbAUӘiJ.2δOCaC)ԋг`|,1_.uC_ۺċ=%csLJ3[vw49Ɵ,TFQX"%4"2Mw]xrF	ƇNA/tzā=oK_sjxZ!i=iv٦oe#s,%t){,_qݨmZjkeÐi־mfytD	JF:Sqĺғ%#G¸ktìQG^JmuR(5LNZS	3.$@cPgiٯR4֫+lr߼вOQ|#y=,|0^ Y/ZɈP5(y4J`].tI?2Ȍgbgd}69LYj{dCD\onٕvну;Ds̜B76vF܋r*M8	eIהȴŎ]@̼ohb¸~L__K;dvH='٧87Wի=թK?hc)7#NUĭsXw(/I@B>]$|9.Yȵ։E,e"Vn٫QƐѠ-8x`aݥK_z59Б'f/ƣ_`NMD"p
݊'ҏ'VX(P-(*Bvcz2r1$
ɛAT1<gYx;Uawg^MQ|!4k4,%a
xy)v5Ƭw;ֈSM?gf8_CVGӥh&o!"9\G~qcAȃ/10qj/9
JӏmAo`Lky<fJv`P-c8HUC5b=H,UUȠxr>"cgِSçP216_դ}±K϶4YB	|KͤRשD~Ky/wέjqt7"ǳesϣs6V+,M=}m0#Y{#>1(gcV-1Fk#"-؈f>M+gt0?6_R9 PK}|Mg129=.sRG|ʂc8h?vT!%CzOy
Nl@kG	c(OLpK͕I/B!~"U=փYIx(qW^.CAL|E0P8KNWAzl&gۯF{ eՀ9^Z+5wFE_oS(-,c3
N.sv&d6-,rQ{fFHπYٸHrtUQOO0cOiIIƛk.z*]`@AVlchՂ܄_+ѷP^<u~C%R~GM̀zediƸ3an0yyمZhvMCnQj߃~,<@|>׈խS5c^	ZGPN?ȵ\Rmws^sUt6-%Z2b:rI1Wg<\TtUXtbĎ2f$/ ӖZai<qYWȤN5"`SSd݈1@zU֏Ԯ<P$75Ov}ֳۗq95]\Q\̬(ʫ)ep*#ƍ8fN!|6ӟJ7wr 72E:zه0]?"hzz![{^"[¸[TYGjR@n%f~?!Bl#ć6_H,iFEgٰ܎qv,̲5r9ʃ	HlӉt"U^a$e1ʤq0Emp'ӽE7g\4)ƭibGlĜ;eqj̵i`܊uˏpߖ|J9FZdlSyó/u#/R$,9nL!}:u8xU!ʺѤՉ%3WRˤ`Ñ(+GQyFw>f̈́g3n.-)]b>ubQr|CeOx=ZȑS*Tݞ	\XE?+fv}ՋБURrK/bC?C*tHyUb9'jHٶW=eJTtEu4jkqW?jК'êbߦ˯s޿JzP:xZ&NB&V(7d%ݔewb\הDPG7Z+ڷ1߲yǮȲ4'2&9Ü$T_(hAt&5gDLMXJrڮќňUOî#e8ݣ%Úܝnٚ93c]=DPwX68'5yYxy8":Fd7I`2/.4{؎T.xڒV
u:]%G>߂d#BJ)Vy,cP6 ɓۍߎ$ ΁
c~Z&uΆ*Iz,@mxBF7A:COD4f_zxC˄߹uG|ͣڄX"q?f!YO\xH.|Nl[?܇,B^,{	vOu"7p8Bwbh'{%y]{bEqrCQ}lyЍ4P+KÊuҞXQ+%63{	;AO/LTt:э$u^dDKM+IyZ*A:0=Zoi,kPpo(Yɂ{>XLX8hԖI6
w
3]+!ID̒)`Fm߇3uf7iwh9EL28ƅ}։!j¨Om}Rvr~56&oj"¶SS4]?ĻEN=5)̀%~C:~##g6*
DL*
L܈nF3הO;]R	e{+|g}g_jNZS@ˢ:$5E|^.9߫v9<GII._\imPۈkk)vz-fJ@R^8JӿP̐zkIEhOɾe<6^f_"4J}/>6sŨ#;k"*vVu=s_ՈȚ֒c;%6"'Ӿ,!TnI]gֳ?`ԻX}]R0hҴ]
5se	eɖuAIZWhv!>ƌVo~+	>zJ0kxU:Wuf|#hzĳkH0WøZq~8B_lLhJ٧`#Cn#Yؔ_G]f^TȨ8ПA>h >cph`%|.=֊Xٖ.dNK9ZlgՆGܚ1}!~(߁"WAdlarB!4c<6sdξӜz1==AӊAcU,*svXQgPL&ځRaZ:.СOxT:J?ʃIQ4Ӧ^q×3e֯c2D[6#ȷuϲ8/#e	*q$<3<6ҭtXć)	ܽOtf}FāS6);$Y|IB:ڍJxƛuCRj_ +Dj5Al08xl.Lolv+'ƾ*7)Tlr"ڀ L[Fwen	)PؽS,Հ{s) D,2|Qk%;,})pzkÔFq7wi^=ЖJC{ҒKGoŘcє0EЁ9C3¾j]7q6!Ө˒+-rݹ
3cr>Η	xl'6p:.pw>{̚Ԣ~	^
cdqT?+HM;4h4
NIIנ	ێşG:#;w\y55,"rC0ݾ?2Kn5$ѯ[ClWAl_i6m$u(V@HS\[!B3(<(	?N*cnT7Buz_z2uW+k(o"ٲ7KǦ<$CH(K̵̐&5<OK,w5ly>\|GxA=1ǇߚC?Jxx.@%ѓۋ.(ڐo2ϞC?J#k| >޹{Yv}
v6$e'͸'fRߺF7[[~[pn ˇGEқ#"J@Ȕ^o*d3gjӱ8O\,tȻr[WZZ9\˄܏2}$r|
Hn?FJD$PWSa5,NѰl'5w,m)=m8ɡy=y˹P~	(|9N*2R*W߬"^3-yl$A1Z/K1^`t4ʦ_pM8gYpj7R[Wp5̠yʞ}-	c<}-#v#ȥeq#T8c5kҢfw%IT:/݅uVYǀ9-*i9c$ 0&-Ia)Nm`ufK@t'¥?2qSL9d|Vr*[Y]B5!zФF_'$)7BLup&ZJfݹ
,roN=	2O[)$M9c5ޓ.n1^%Uq?4ՌC^$ǥw^Za{zl$hoɬĶ2khKu$5BYC0#vK$qzj0|=dkNTnғ&a)`ϟXy\)7LOiial9[~%·Z^rj <i|NB--{K4pχqNMtcW^ab3ߦ|˜)Fù5nԳN$u8.ܝm"zJ'gy+kd6W2Zn%{$c2n`DQڶp5=C=i){ӆn,ϝ9w7ei|hݨĂg^C"o`[2nLs{ɾğH3nt@^Jmہiv&zt..<AIp7_ګpKĈ2k{"V۬=+y `߮Zʣޒ8)e	ɱRhj,tɚq6Ǒ{F*CЦ*hԣX[=8tL*þ%&k$@*
nh)8')n6oOW{`Bpv[]SuF9U#9=T}h,>DSbKQݕ|'υg2x<[jܭK_;S,=)ل%!mgӲUX`ɒ3j7lIP(ro}Y/KU/=g3+mݏ"3{vOx,r"щ,O$Pi].aKfuܠg؜.YgNucW&:v`LnJ	ߊ֥egNK^<]XuAPAȿfB֍Mۚyˏ<r5?Eٲalmy1tRć3cj֎m,ڗL!fK}VŐ^#&PsUȭc4o2S&+X.أޛ!-mlbeU._*^[10ɾޭU#i_vCt.Nco9P^7@ǷkǛZhAR`L]UȻxÐ:[H|8ɵ	en:#0~0AƜ9JPekseڻk;-Qtz8gFd+hNNy͇$T_UfxnqЌdYyL¦[0fASOx4`>vWH`MI=pkΜUCVm=g,9'ޖtmo;Ӯ	Vk֑S0SpB<(
~=ھmb.-5{Kqe
G#>QWԮ\ Zhڦͬ{Ϩ+K6Y'~5͞iSuHjiuGX=HLA8$Vo6muhvļeHɲ1dfbK+Rb y4*d:T׹	2&=.)"VauSրcjֶ̓)*?JeDzwX|,V) RE"4{?B%ơS:}hRx'?(J0dz&[fMxKW=غ2ǮŕI?]'h=4S|EĪV1FU7B҆	Ӌ?|ec8"1wFwuHBذsɩfNT")ل&gi=_3m_Ipņ5ƏkX8
rۙUM2c4c	!;*UFӗGfjǀVpo-zn<b:>0:0{(©	}/B F_zx2N\pjZzr؎#η,.bti?}ӅctUva^ۇ̫N<4X_tR:]orJc%ș،{CѪ	ɷ/4dWRǛ;H%\y`6ދMYu	<* $\kIi-(fXu,7#"f'H3ԃ*TUnO<Ȫ0Qx^G
fbMې&hYkơG}ʛνn>J

Q_Nak62'Bؘ0'v#NlluS::-ߞEmBJU-\WŴآ"p)_̤5c`ѿGOuO@RװaJ[Oa2̮(T2CSoz\)v))!NŞ/hvtApޞwʘVXcj3]MŦV)pEi$+hգ\_F/>а"~]aq#*~4qv[,KjHш(y̜	0=)	N{AրiH%٦9U+Z6ҕ֫ExIU/X<Dq,ʉTϋVċ	1`Ĉ*%}:)ĤwOu]:Nwq?PR:dn(AHX1qlǵ%ÒS7͌A]FiQ	jZd!51dFDYjYxM̬K:
!}|=h]9+,JiۖkP+žUݽG.f=>(:Cm>OFӏgoɺĸ#@ûrkeWɿ~ܣN^qW&ε̤:X7S`#['@_-Jb{g=0E|6$֔
b3U- %w_5*ҹ+ƭ=&?^le
lt)3?ruϴdNj4=HZvM}`?Y2h"sLxRM;8t}ӫ^ʣ3»&KIz4;iw}v7q`LNQ&WtČqņhfecfMK%Oo'nX4?؆cQ2ưJ A5op.fdLb xQ!ƶF7`{Q*!eBhJiv܍I[\exLړwaMf5 WIѱ0ѰӚӕ-J[KR`	:̬5iρr|[b]Vҁ)VX7&vdwӳI).Yemtȱ+-9W֐	t2»&7OK{Vkbzh*Lj)Z(z]"79(^QYDhUkƗs6Ғƍ[}2{"O$5"f1_5QT2IPl-ueUPh0pטxkʵ6u-(B`1aӓaơthj
ċM|ro3NpggHmH|:)+<}x_}+o,eZRg0+@MRazw5X,^=aal΂:vb~1Ít(+'5ã.	u?kkQ5eRDu[\U.EF`ضW')`?* *ԩYX==h*4+-ް.~.ſew7ipZWyVanp`7l"&X4
 X^JixQ=8J<]vl$a"m!/b'Xw9L&կ"P#w-Rs<^n٨#Y%rrJyp$g!;c2Ri.6/ygTgR&9)uOνj?Ϲ^OʡPGh%B|(Feo3T	)\N"/,;&	ΙRx~lpIw̃-KW݂[K*#Ǯ=YF|>{r^/}\gPݕʫSdwC6!ޖѽI'uN٭dYүóYJG\r]iy	Fُ3t8ujH̋ͼБB5֛Wvl^/1%[\+yrd3).$	(P{+D!iR{JoO.Ž!Faoi,!pևqdSCy
t@]-5w{ĽLP!;\{?ezܿʻ[0d_\<9X$6b:wgCFz+eX͝#>ժm~T#`{KLfQJ_8)\˃B?,I2>&YolfZVkԓ\źCh%̤Ą=x~͗I{Va;R\5^[Hg1!}j6B)ύtBU8@IGC],7mbVҢmƻmg}+Íզ]ϛo%==ǐ?3z+GVj؂nGM5,C>6bh!3r
}ӘMEnPXwҋ2[-93}/v>fנNr{H d\I.y"]AJ:=ȒBy~	߆DOv:ċ;Pȃ:'pY3\#	Q<rǉ0WBp{ȳ~ANݧDs([r̈3|%4'D7Gp$!Dw\LZ׋țbBZk^@Y^V+CɐݤcJf֟V3qO(E#L6Ԗa
&NC3YIɿa ߎ$U;qpsʢvi
wt3
5`ZsC0NF8ES	+Thk}<Nٚ1SG*Bu;][	*kZ	<O۴Agw0Kq-Dml1992^]И}H[Ƌ$d̝jx.;)mAxs#Id`a)˃b͏δ(֧v.T.y"d!Ǡŀ8@ݍҒ^{}A4"`If7<H&o9u2ǾS,N74eVdWĂ5Ja|m"B7q%ݬ$ιW>j-z8ЂQTnb+FE͇69q:@`-j/+>AدrQf9=[ߟK?@±Fމn׼f6@*
EPx_`4˾/hR"ϿS4Q_2Ҍݛ{yzVob+6$_7٥ǈ6e30vjQB;7Q+l9#"eJkӼ>s7~=gE7Ҧ۵5s<}
$/-#Fv'{X'}&nh'(`$ߕ.+X|TSĝp?o/Gvb̏pK_t7J
<L98aPTMj]EL	ŭcRK$mc*^ё]EV͖A6{+&9kr*gqd¶6.Pߓsmƻ9Qr]&
8WԳߴqժbB́{n_mz[я)Ckwu/9\xrj^udg)*ƺSrBĉ&I:K1:h$ű4XȫognEx܀g1Bc^&K#,Fl.<*\W&G%f>f8x4^aѬrT7`nt58[-~?vCNa`JLy@pʴK5+ИaVOYT$#ą[1!06Oʙm=YDx˶,l/Un5	lҀ#܍?".BXx.91˘Is,w{A@T]iJDՉpsΉ7>1hd!`APۚj@ @p(ƭ]6bħ|?2,BèC3TC4*tQhDs*֞y-Q*0L >OgWlXU6~[+>meVqIOKwrVm7ʚ]fҶƓ)SƢÏgYTxU˒r=ӓN^K
Pv[4d!kZ͔nNǛ՗	@SyEmD^CE^9"0t|j!pBK
~m~͉²(X4:pسAw}qډ:H,0rP0#Yn,
ƊAt ̳4H\Q((HjT·B} ʝ=Ƕuнԍmc+ƍ{I3ǜ̥mnYFo[Hr]a[K5ݧL17H,#bcE5wM9	|؊}ߝNv(7԰8}S7/!(ĬzqzmjlzozŘA&<;VI,owoz(rWA: ;߈=eza҆`@n&l4fs~	ǻ3+XGamIi1_ڍ\{$lq	uȰdWqiIL\$&I'v=? +0u.`8qe`OsbQö;EܚciNvx٪`'l	jT`m{t)brŒRЄ7+SKǄBzu^nb˨-xƎvƑaбg.GR^,SRJށ)lQ<<o[Ft|ybX
`d|83ٗES&7#eKe~`HQʬYVT	mעS{(8nWB܌#%M\=ܞtC"Faxϱؔב73>6Z\OR֘˕+a!ܛY%d_FAf)baq׺g'0؉oΛp^SPpȍռиǢq.DT{zD:36Օ8ShV+ÎH߲W7Rӆ<,,c&L,>I
֗pΑйWД~QDrVYLSa*5NSK0,fScUڵoBOÅ_;"ѭڱDaӕ6{30@d:f:ʱ*llΕ;MV٬pփir|E%FkmA~\uʁG&Kr`5r<Y	zG$Ń*ȿ˹wē'X<**ZxЛl\{Kƴ!M]<Tǧrҧ+:_pʧՐ+-_ucvBdv֯?li-a&'YxT?Χԍ"{]^=6znXnxuT&^ωamo]o!Z9|?p8^%Cu	bVIw(v$u'-8QOzL7؏',@Y@*xTg;.L$/dФNqH~sWu9$m×FD*ǏroH@{I̅͏MsZ8,ʭ&[^߆u,)e`F#ggAĩz`X!׃4g'^?zKZfR
)<xUM<ɿAÌ2ʞz]g@  @Ƃ$Υ]W_>!Ќ$Ai)4#38ô]Mjj9®Rӿ29~M{0Vq7kG֙
J#Xb	iaIדSXlIV{`^v^?l'{T8ۏq>P* fݖ+dƝw)bY=$#apƷx?FFgs,ƻ}ɡ8Ÿp#P%ʬF?-+9?HVDي).~oF3##TGe>jI-	K,$BKrW)N"2UJsf]ȫ3G<١7kX!Yn_H*iV)Ԓf]pOB,:#UށE~@_Z"\rtD"عE= ϱ`%Ҭxޓ39Ymx|#;Dq_1sN+E,хQzNJŔLY.0%Q1K;y7$,b/Y@
ٽ/ EDtBAu=n.MMy2dCk@1R>-%0Rv"sU5!!}ъUhvZ41mHb0̍p4oÎ98ʴ5SS.ݵ<MP8_@Fe0n*CxoDRYGA-Ǳ÷[XG*׬	ѿmf=r;vs)4kɬ)/HgɄ(B2Iÿ`]Ǳ}
NKcW$"Y0cbȤػYfo><5֜w+'LnqglocAmUf$3?ZAhWovpVeͣ "p]܏܄fYqڣBS;Ӌ,F5ޮI2KkVY/i2
.)V;h?
݈Ȭxv5j¾7@$Ӹfv?ֵ5zܢ.%(U8b%pۑkwաZսtE;FlF)Ni¸&TDRq&?Z4}[Dܪ̤W%En΢% *}4ؤ`Hɹj˝-TwleLG|0ʾJU=5"	1+@I߷wƴ0o(0Cނ#d9ޢ$hmۂbfD2xp'׈܈_3n[?>]Z^:YX=~<q"iK;߿ɗ١g3~{!Y+R|T-E]?V+hլՖr.-kxeRf;׋*Whyݎ)KǏ+R#==EĬTl2$WH`Xppg;8uǸO+drYM}lW euH.Ϭ`-ѫ<#K"ة_6i8Б<̟txb.ܽ=iMHFӨ#`l|<dCL`^֐40pX}JƵS'e	k|mi ۢ*Q	Eut.ZJM3V Ǧ7Q61}¤>Kx1ke?ߜa/R+}"_gMnmgolmI=cÒdw !"w	k+{֢*ua*4@?!}J[wp.I4].GL_wt]
	8_\'T/0xUiˠZ	ȅomޕL
fllS`f!جN&sH\XsP̀!|.)ҐcKwZh@- W!eh6,(tylh/}P mlQ$XQu[߷Ϸ\yź=fRuϵ ~dIWQ?9L5*ޖ<v]
'?ډXځߘVFҗ	^[k O{SJG};Z 0LZ_`>Zм([3tՍJ<ǱG]!dֶrHQ|!B43H&ʽ|Hoej$0ibO}wTs>&Dī{J7A-E<
_MI^~1·I^<FOʭ`kCr^kVVyTZa-QAAA*k:LuܐXgAt`̹ˎ8|rCrP50V0LKtǌ! Rmhct=a>;t)-r<Yxmp&`́~gZ?zQ?@nl4 uˀaAʜN('#}U@dſ&_α?`rHxq*qVls3ڔ"ײ@4u
sEB*Y_aiMq1/y7gm-<4eX"S.~N¨PE{B70KWOZYgLTm[ȱ *Pt7/Ѐ`uǍ˻ VΗ^	́4T,Dh}e!uȂP*Xc]-c9{/I#Ȣ4Y̰`	_כtÜvR։$^sv0Jƙ'Dvşс.ʵ;6p+:`t	0*W?25#C6ض}%`eOIiŇc%":ێ Y@{%d6X L
{FZrK*Ljt7lǟ:q.gB5Ӝj^yvSw
8ҿP׈_§SHLfܞt=q>Ϻ{ʧ$p}$_.(һerJ"C}gPٟۚEGĈ>;+#ٲFv,M_6Ƚ',%(~՗O8Uݡ(!B${@֒B9C߼):P4p{E-Ev[ӪC~.fX6gĸJi%+,.]xON4tÕ'&}#Q(÷O3ݓCѷɟ*Z(mE(]9w/g[A7'P3n߇֮ۯȡ	sjrV{!>#M
Fʳvm*RDh>̪nFn*Lmhb$W[ 5֯_`ʩl':3By?n)oy0lCCDhSzal"mTқ&۽ҕH؃i}vR][NԽ/*7~ٟw$cd}|xbk!lԊQ*5Y!غ\c}N/U08HjE~{ݝl՜}r$no596+˿	\cq8v[c`NS?̺IVa!\7h*1V[-%/k0@ٮ9{{UA	8ĸ'v#rVue_\*GNVtWmʉiնDu'v_ʡ`AVnMGؓˍ\4wouWt$8Hvƴg]XDʪ=r̵֕^dl#$|1Ve%WKuԂ#UpCAQʇU^um4ܳ[c&*c}u%|̦>E+o0KͰߊhS"rxBŬ,)evc\|
xuXM,,QI"·n$+,ې'ݩBgR-hG][ƝLH'[¼1H#i}sgexؒ~܉w'Ƞ$Qe3_0YUVM,du4+0xH	_t.`%BmӡJrazGpuIHAS*¼-ϡE4}bL:de*L:۷*)ۮSܾA]#uTiI2ed|\2٭w=s}Rn̓sPJϝ84PKy|Fع]"x%x4=+
xɿ~md@=P<YlFޙrrm`)=Ztp@;y׎gbޟVխ3Vh7U9Tji̔W?KgIٌ$f)iRj+k~xX ݸ2;5d	PgI4qo׵փH<c
Pm͗=N	T>mnWUǞv9<̩TkU(9hԥ4=!w6DAզ+9sɤSz(8ҫЇZW\`A}$OWɄ_Q1P	;ͮ22CװgB'EfU>,kd"-q+Q©?5KLYѹrq@׸Llxsk7-s]KTtQ pj(۔>_/&[X~/n, HǉE4uYkuVXs)V҅8&_|Q_8@{qd	ܰ(Nc7QϵM<#St,.7[<30"RݜL#Kϩ9=f=Iԓ`6+!(S;%XS]9dÜG&p"*ĤEќ/f:Cs8ƅ)81^zsaH=׾w8tvGA@h$XӲ%agNZoƴTڐ'"SgH8ڭ']vb $" $&Yb:̅#Щ[U`û<=M3X/eH6T[-q$b";8nC|7T[ƴ-i8]r+N!K(t; 5@'XX02l`e7s3̰уͻ\M1](Lҋ$bzڹ!rYRau!m,tXJωŶ6ޘ8PJ*Jn8[vL;N
GXzi5bц[1H.eA۾Y6ԠzG,Z/S-/i{̪FȫvPcErhjg)bX0[\˔[(o6?MV\{9~j!kӉ
&,xŘpO4BP)k^58K8O?7fPؓ%eŦUvwFf(:d4LhNLS4ͅ;L^zVb6Pa<A׀=$NyH,
2:fw[@ȾjK2AgɎ&!ǩ~i>ޣp*K_">UzH؏]8i͋maԅLP3V^ρ4^S˱R+ekÂT'nĄ9  ^Z4dpѬ/<;5D@jԭpytKO I6bl,S|BJ-ɦ8zszd)JpNĐ$$elZcz(t)[)D"&y}3Q$p)\-<%n/3+oyXPRu7ɜ~2!=+v5-R*R%ͤe/u~^zϷgr\A QaoD"A5ʦ!/\|$%3}G.=!uї4J<7y,ҡ32Ƭڢ5mCXE[=B|1:ۤ{۲d %E}R3wǃȴ,CSܜs#°.-?sϞl][On
E&ԌEnHnKT7En՞(ӅTߋ!,w-~?Wz=T8\d)ùdԙN5^+Bܻmrx[m{R$w;M_ݭƒet)Θ'0=B<?5
m$P`gadeöSa}Zpzgn5v\,nBCˠ\	jBؓjJx9Wy~u{OMyuYkn?..PzwO4ŊE{ݘ =FfDa
ݟZb%=D m+tgjJ]3cg+e*Z&ضiŵ˥BϤ6/wd9C2͒O\X>=!qģ͜Sŋصnv>ե~~Hs%aV==ux4+:lP0tڛV%lG1Wb,R|XFo_ҕ<J&6$ؐhCFe:Cѳ0NtFz2!)m|@[e#ͺݒ*Lcͫ0ܸ,O6w,ɂ'ĳRC.nX1AS[mpdt)TE}VĂj'VKʖoG1fm@*mߥ(if!m+Ec+aB~^x+~،%6z1!(0ʿk4Ú0^d)PLMghͦ"|L?yPNO4IZbRrot4Yu&Dw8[PlV\#˝P~!it֦sIdZTMb	܊bBUjwǾnL3E]E\T~jz|;{N2
԰z4%DSqxW
V:pbjӟƽP+e_׎ɢP{
ݯl/+xk׾ALyegwkyĨ=(KJ?	F:zwգ~`AjoEȸEBƍRKÆBx:85)9Ӛɕ4Mpg_|q;/Icƹ a&YI_@PݙTmT8R}ҕ"oN~PʪzZ׋!#!{WehQd_VT7jY:#2y'܍wN1Cd>E͞܏§g4ƇhgBAG,>(fT\OД9p|_pv|=̞<eU'tù٢Hz\ȇ@lG9lNt^AsJS}C$z`Ff &Ϧ<0L"G($8mf۞][bhN5¤uq$c)Fg~?q%Eںy?TN`4}4ҥ-xksĸ.Y_ŬH/=:K<fDZ%g]d:7=UD0_ͯ>`Oܰ(<qIx|&A2lWŰH݂<caΌ2F4u݂HUBk[
:k`rݙx' hߒ@)ZPKÊ_J
Wfl.6DOYtB0gɍg1&5۔iPA,b:)ݹFyq9#OW\TO>ݗ ImR[Zf;Ѣ9Ϥ(cc+w+ٲӪPϬ=qutmʨȂFgISvApf_B5-,[Wڞ*ܖտlQ}ًwIlVլ"'IJm$lժ1reuP7
hrw#|UG9"vm5bj^$uY(b)ߓ+@7T!kqW@c0]>ֲ!9wH#бGjs܆vc,		(S>9˿,ƴ?	ZsȆq@ZK"Qvb0htnNe@ԣ5KۥQ;S[»Od'tZrgOW BY`OЖ9ڠ%,ҀљO]قѫa06%DWkק5PUyb=˼lahE)ήwmv<iQB4mka4.HɓdbYp"EDaSCn]@͍̓~Lbh&FvĔiJ"Lk6}EZ2~Cd$JitV!A̂-9mٺ(?C._EW~ Qڗc}0/ܲ]U*a[nQvl/: ܓ ԽלV)Қ¯;	M_cOwbfM&4ȷw
T/SnĥȉĝE@z}I34uζ+E߷jݙ#ßusϒWD@KPW
;<'r=Ϙ9>;OСߑc-
-t4JۍPX^ {JAhθ `T~r!p_Y.	WIJ*zzч?^GH
@Ip9G@fiwDoJuLӺWZRߺRm{غ5#8<*3rH$ўOLZf^`dA<xDSE_y}dOaIZyɿiVlsqn^9ܝ8qPO2=dʰZąy5_@ZqZJjϦIWe2!jxfQr۴zvj]!TZŷNTOZ-OyU<wY<jU3At:
|zSscM9m	֋J8,W*#ÀSiڧ"OCq1u̎KbtqNYfmi;>й˃Bu7"Yoۙ{ǥm,?@Bh>{ݶ+ =ufHtPSܘt^]aʥG$Wy&5T@6*9YY#úAj.Y!OddE9MCrB"v
WU
bjӷMBrթhؘMhEJĂ'6ה42X:9
H?$uɰlڄhM>X%Kb$A*Tcoɵ?7~Η"YǙXhǅU"²n]R*ĨE<IXuxp%!nfӗYԫq߾}Ji|8::.h;(pYWف6O'%+;]nu+LHA˸IޝmP/ڶmh9E+w4:]_;.|L)"Љ:IɰcԆ8.%Z"(315piѷݱD6VZ΅x³1"C9^0:Bxm#q/ӅO-L̙߰qwK)</=wA_Y-.Fډs_? .llnDUֆ9Ne'^YA2-_"C̏N!>vc*A{֞|Υß$H({,ar{wwu|<~bڃ1 </uX{GsB9hl1F(D(%q};ͫM#ܓq!`,[LtLo;!^IoVa,M_g =ܿPŬ7aL]{jׄGmqR^2UGӫ^_I`-g&e	dYhЇo_.U{=AC}d:+Vz":[t]fʚ|Fp_'?Ew
gWg,Tk]ż:&aڍL7Mq6Dׂ҃Qߌ4//){H'^}ͅ]U[%כmѨ4:g{[K$qkEQV~|?ī~"3i:wϟEAҋQصfˉx<F"?z:eE/֊HmՒV!QȰg9,n Y4[;QZGFaIGP̖ۀWNkPKEmJvJYb(T[<[эX~r!+>kIGW`o'[dh@'sȣO	(Y@T`$\Z)Qȇ8=4tuIcXLdK	vEpz<,en({Bpfw']aVλX39?ZĜ8skLɀF9F+c\SJY;ۋ{O1%qff~c;|t0^|cO֘l}{R'"PIP:BϾKUؗr:y'څeRxS&9@=|X2zG@D'ΞxqiAIdPХE}KyKERq]f>(HFLAY_Rb2oA	Ӵb֧K<E-:!	M8ьwRPjx	TEx͢Ču"E,)8L:Ͳ&bDGԦfÑc&RϜsۥ{6lvL]${2I*,+e"%'ynf	WLlJ!\qc^f׭8)ԫ\**bRdov9VOL0
3)<d--Ia\ŧ9dS	z6uolşgrڔƪuοJFz^շ@Hjod*ҴI*=6|QPS^ÐxГ
0ce_Q`$Ii6HCaɃQcRKm2UQʵ,W"<	]:kMPKE+Y8VZ>NAoʭC~Mg}~DФt) |ݲ,o[!~V'Zb#=:'_S)^_*ٜ^g̮8@w1JZV7?3w>NX	uހ;!ka$<4kޢJ÷~}\hٵ(h:NXcbض$w?G9_sd>IZ^Jt~ͻ*ği'{K\m4GAތ`@Pv߆o9QOEP]ES1]B<ݮ j.>'C&X@Q6(Ƽڃ.nj߁'7~[2Бwy2U%`ǳΙ@/ёJe͗a;;+XUEm^tѩ76jFKX9ş7tֱ{A,6:{uF_1"%2,+vb%:Z/Aƌbiw\LGa=rN+ɔ\GkoL8v3&
*̓RuBT[?3;{Şw؀G@!s\
"jШC$w*ZkCޑC<YGrz[xFđ0do>;Ծo!$NZ/þЄ>@suߍa}͛N+SЇ^<Rm%<\|D}vɮ]"=m˘`uۚC[]~z|Ņz/"?_M9[\L.cd%aͻ4ZRn&'[%ߔ
s:C43(@:/ًL9P(aYÎ'-@Po@'ˢZײmCLP2ցIaYl[;X-q/.i4ɻaSۡ4Eې<Rz0b&bc-J_q?
vVͥ6Tȇ+0TT~]ם aSۏnah4$JV̢Yd>OΟGG4E?֕̆#?TfJC!kuCǂbـwZzͫ8#1;L%xI"V*&Ma/٬Q$!Q#kSC0p!R7W[Jt-qhfןͩQ'DRCz?9\,~&[mHR4]eUcņYr,ȕ?֥r <cs9HBrƬE@L,bƚ.&4	h`gs1xȔ-07U)*7^N^ԵH''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(18381)))
