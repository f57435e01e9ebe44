import brotli
n=a=0;b=1
for c in r'''xf[6_F[G(Œ5ZK"ܭ("upc˧ɂ,Ցq+0(Ȇb*+5kVM6ڟ*fZ#$j>pڧ,4EsՀ5txw+k6a<0(,tq_\ݻ:҇6#~EDoG657ER³_
*l̏XVO!@?OxݑZMkJZ)/bW>W6r^}3ϛ6jl3PC7S(@uǰfv!TmT9+M^!FH[FdK(_ɈԕVKb<{Q3k^SWb}jB-?ZB¬</D|֯qNǑ`m2AT/Δ<,>TxěԊȁ3foAiysx<0G'H~1ۙq+%Y{<g\BLϬā3('G#G	H:$z}=ūQN3J&wdq~dZ{qg+P:Di^cdr`ѱ)6lW^EAUe)x3c^=ْ*;;*\Hˠ]@DsjĮrf5$P@r4c!8Ohq2ߑ{CmgӾKG+*q?ѺGChժoIRko\=Rd֦PBߐǊ͈~c@oXsgՓ67;њkV:jӽ,à"pSޯʄj9JR.P3l׍Ų/*F>sZ`i=3Y8gʹQ*PK)F.sZoE 8{ԧO:؅E@$xp+e,RB8FԸƪޞ7P
e/{ƎbFC	:*~eU)#PIHQ
ߡ0Ahtib`1b3uΛ?cdMI_iksD%}F)9	]@x#alA8bmS)I,A|Oĺ,8{PnҐS"Ǝf |V40MTU{.<HB-o8G֡JHȗ)kYhiD>u8XpvK9v$=i5a'Q#Is0lNLXLO.*)	WfA_CsDD}_HqmؕXӋV
V5+Y-fэd<H.m|G=ZDQJ'&ըNNq2R_XZT^/~e_bv۟#|!߭vG@UYF0{^ܯ,UDY(E,W"&9XxmvO2_cPG@}\vjh<f>ݵ#g
ؤ.hO_YRjOt0}3RY8{`;{- 5q)3܅טNC,#
zjGx3ј6y`Ƈn[,m>zMQ-Zar\VBq1
PdtgEnbxPf"0YdKе;U\N}nv.Ŵ.*X>7Yު]J'E''DT39P*k{ֵDsTp<+5wzm3!Fo݇~#Ajd1$3BF9xdȀla|[4>הzGҭnKɠӏ2Y	G7LY8DM@	n۽ݭI|B%"0I0nneu#1kTҰ(^!ʓDD؈!،89uB1n\د%Qz1W":d:.yR{pDxM-%ı^ߜH&W(c
/͈l"f@okӊi+$k\9oLW('	)LR(;WնX؏nʾ׋QP7̍Eh?;eتd)Ԧ2הsyGzoOԹ(N1Ej4Ț|*fIEoG$Ԅ&Ԑվnnڰ
~}m`BԖ9cǿ!rׯkg~Xm$c24Xɟr\+=p55_J'J"/9KNt[HlF}.O0Ow_[pY.C|=IXŲk7%Vo|l_mĞ8=b_1C,{]t@^ucV
(7Ъ07q(mA,dx'@w|rBsgo~	
'Vճ4Zḧ́7K<^n1nZB P-V0ѻBLӌF4͏$p*m.N'aA֥@2ź0Y7݀b""YV?uCQ:M;]C#rօ+p
84C*;șʄ+AbG`2=Yy{B2jr<
ySہH2M28sGr4h"tkº)Jz=,Rĸ^֭f;)+ORG1 u	0ѩW,<UgПfΞ7wlE^A'JHX%7K|duZ@c.T9 |[em+Bex8/GD)ڿ[ԥd']'Ø9,Dgb*fg6k^3<3<DԜ5ɀ"66?cd"Hx~&!H~@:m.*jS;
lق*MH6yݖUJx!Oڤ	dھkeK3X;nȰlI?\=T.2+ExN^ޮ޵̾y9057PA0?R-:ݕK ˉQk͹ˆsI4j`9D[f؁?`%Gk̿8+P?zmD.ezr`9{5Ś6NW"%=71M^]H<u06;Tb!_'p4KWD<zG^'zv֥ I7zS-%ݫ[=F.Lj<+fxh?*Pǰ^\%zF-V7@{Ǐ`&"Tgo-˴QJ>0O3n~d.ƒ6$Y:ԶXu"6c:7v&\kƩĩnchKF	k	\MNI) VXӮ?tI[ߟzu\^Ė&fԦPdnR4tτ>jjBdxH(v3r]6+6jE$usrIdZq~/Sō#R˽~Q8)CjAM-y8!Je7sYւ%
jk~
	72jڑ5.՚0պÄȺ.yN9."L [́z|PXLc?{u|TG'C3|qb>wK7XJȅ@c#tȗSԒc%a{Chؼ}]ݬ[K"i>r!?wOscduy|ˬg"1RBdyގg/X*J; Yʹp'*f&]'[M7K`*,f3ζ\g')QLL}{ߜC`$'(S:	/MB~ڷ°'Kdכpc!r/3gAZ[g
kUJ	Ψ zQtЪ8|5"%/ƃ@>C̹Tۨj7m]ʆA*%I[,B&`;S,9rjXA#ڔ1	}V~$WPHӶ׿u"L¢/&b)Ko[x֔ 	CsSti
RO:׾tB*Y)Jք'}|~P]W,/}Eً՘Թ>q	x,KWJ"1~W9ʧ7K;R!"I(QpRycYh݅vˎ}GWCF\ڼ<#
x?o˦MxL2ȒqUwqbbLڨL͜a&bՈٶs6uНӊųʩӹ?3|B,]
3Mڝvduɗ"k:+:!d}^[3MDp&#3<<6ysܩGpo\SWxG:{Ww^/~ACǬ~GZ#gt<*4ٳ9Jr}6ȏ\NߧjԱ#Ln1. VȦӡXO}ǂ4q+uubW,"e9fkgNƖs53dקfo_Y(uQCO0{)|oD:ad(ye=Tv}KC<]"QBNl0z3Lp260ߣ$P$S~	6I9%/'PP4'}Hw^rӡJ+2bąe<:P@A՚ɡ>9^'7(mk߭2\}BjόMt|`/լjk)şrp޾
E̴
?CNb8DkxcQf'~v"fF, yk:KY~ҧɀl|rrFHGTǒL<yҷut5եlϬ֩QëK	|`jg
ORZ9ֽ(Mas]	̥$a+ЈhB}gFإDjVS}4ӭ
ϴVs_i<li&@vVlh/iyN3do(oaMi΂tkyqKb߻b4<ֿHόۼcD>lC؝#,\3K܍e~)eVTvoEs%yvl^fzQ T_s79P;Zu=mck_ʙTVʾtJ$"04J:Mgդ^#;@*Pl)ӫ#.40YU6eBABG@lcfj	l۲#0QiDc̈*P>vt%YŨ`}u99ƾbN\)5ѹ&r[گItv/:ϞўanXVVܦ|UگjAԼE
$8ZLa%*I@ΙH S>*m߶Ko/^/}sӶn08er:&uh@޴O5@cj ;2<8oEs<	Ј/lW+`B+g~р}zlp-zKKR})d[\_ˣ^e7=~MoLWb[^S=3XRqdGcƭ$/ci;2A'Cmĝ:Ȱ<lG˲pA&B>L~k/.e;=Za=v4Hlj[[D0xS3fW3-~*glU:?*-s͍-]$|32ە.=ez,G§gb{P0}L-J=g6jŞO9^Q$ƾ7XXRHݻ[A2Ѣd]]ʬi%6bDVxݘ-/,"HdFrĶ<NƜQӉ(UDL9A'7oZD=h5J2Uuiؕx>**HM1KgǾ]ϒ=e`	A{_jں&-YnKί
4hKNhveI{"=a3_Ad|01h;v͗Zv=W|,
elcv3}T6W.q,¢)|Kl]ڠϞ/[$ (J(b1qث`*!G~OB<01WsԼopt֖'4o>_)uݓQw7XߡyEBf\\Y+jϬ+2TґW6J*i
jitxy.3n|q&U/ssR=QC=ŞMPR*Ҁ49%Xuxƨ(

ύkx6J0\_gYHP;	Z#=mJߏ3n\ֹWX3fW}-ZkR̢ÛZ?gmݱM4qwpdB߅/5C8Kb`yZIVWxdsv]OϯRI3/=`)ͅpA|^j3z#úWLIޟc{$XN3ga^(n1g;m	t?-gs[5P[A&+KA<Hc_= YV9Z~XS>7
,,S;5Cϓe5+?wcBvqg]K(/u:Nϭ26,1(53/*=y.|p! VkLBv0Ey@6!o<IMzߪR}~.?n+P#.oclMh]\.~z}an?ٿƹvf5#y
,Ӊ Ⱥqz׼-ZZvP#	6ۣđ:gU#{]+	rГ:֯xUTvOVQѾەӞϻg>qQzc
جȈ=4֐06J*$	<	wç"i](ZaX(dذ	sOߺmECR!WtW3|&WB,&"W&cg-$gjY	k)0_>WY V!هd"wt4һo04FeV#aQp2BcA;#.ĂSL1эĞ6Qp\ې֯2Nč|%DԺa~{0>2]՟һ"lqeOCW-ÛfDI+3ǣR֠G("3}/!SXCOchNVD]6!iϳay,/XAXbz3w d$\)LϦ»$,]'̷бxt:˪Bo2v;ZU8oʗA.bf7ҍhYȪ̖p?08,M#j!y;Ќ<24lgx@**>MΟrG:9zIؘ(.ыaͲ<gUώNe=@~Bs>bnCu#VȯI`*!cAGǝGג7Ǖt}i,R/ϱV6m:϶^nӐGU'VŻ/zh±-LXdz7ZfVtkq/(gUK|f/a+Jؼxʨ͵
ҵ?bTpRb6k3.[^{@"]E0wS]P,o0V}BZLn&LrҜQIBUfY	<S'v='srӒSۜT}BXxg}=NՑn%t޺ؖىMtb^BQ|.^1kgg٬@ŧh˳IJp;YD~ciujNmUN.yIی1 lˌTYQo֤Xqx޹pÙqv`11R]ψ^P$h5ޅ3n TɘCƜ3k'gѤbԺܒs=?nAkՆUݍ1-A~
![3pŰ$|0cR9w.>&RPND'x1c;z7w~#]ɸ
k![`ٷשTH$U=ʘH&",DsYCrdD"ϓ-~w6t 07Ǥ0iAN<NzqV܍%|e^~l'ɹlghr@co7ӢtѢGέ8_?tw'_FJXz>*öSiW2^hǰkƍB2qHG2CVczӄ^p۟e΅'.Sld&,ƮfpJ?cG0ˁ:7"Ubʽ;{58
3_NOs+fҌc;HNt&'G+6hQ99eng39?[fj~eJi͛Olb؞gCTO%&:\#?@w^g}+Ҿ^~uK<MF3`k2,{Z,60fdӎ:U3ldKs`.M6HlT<Usl?#GezZm2țu],k}x>ѴnT#ɽ	48*dh8}? ATtMTɇ+^bs!98RSʢO'7ˠFBݪd(t!i{C|;U2r;ݺjz?r NB%ѧVb36,q~j>cl\:2sw	-co,-(u֊Gnu.mɴltfeǝlN<M&,Vz[g$2	;L'U?
9iC;g!<.֑)pa0-^55Q ,IWv%	֎CT6LdJB-nСΟTZo\PPűǦVAVjV.ϟ6Wf9CY+؞B]4NZk	JԻ2yҸ/Й3A)??cGNPhBb'~%͖ٝ
&
QQ2PrqgL&ͺܮõH/ŵ\o{5K/J-->N5úK#]}ޥư]n)b4|s{ND.5;$ntrX=b uR2BNÖ=PM@ڡʘ#hcdCrǕs@dbrgB9X0 }VL\cB٫(4b)Ra5K.N'/]tRe"\(BcFYaĢUE>~(Tv}')'-aɕ<W4Y@vۍ;Qxh7cuH~*R\d;3Ƞ>zk*1_5~۷.:^ߡ|`MZǖG?<&X%E3IH	F[.?~oG&n!Dy!UOi
 s`ѸNP{cUTW=P*2ax$үKFIl۝BںRxiL*uϰԎ{gD̓0Z/ԩS'9"l<6T̞h1eaӡ NDr/Yt>"xXiH*n9@SɁ~ݦ"۳+5ٔCO	ڽ$jS_17k}NoLOK]BEO	pW<~e6SvjBR.t1߆`ʽ̅š"PYojN~dJH(7AΪS-l(g 60{OֽWհ9aǄX1R	/-FQɚ'`~{@J7O4D9''͖c#*g%1dS Q̬_ڊeÝfD{K&]7xߒמ=b>%\},(8(=CA LO8fTUҘ-&#݂B^pۭЗrk(՜	>+yA߇Oùʻ:̯3\^\6+ASQ2!6jǁ4\1ǵA6N!SqoYRC}3D3cvQgDyj[R7	ng.!˂'vt	RO$8.qǬ2I%&	ӗ/B48e%Eڷ,.fΘ.ߺ79w\?޺ϼ0[jʋޤ@w.#xj׏Ls`0یZRY
mvw2ݩA9Cp?p<Յ#=AXߙѩ̛ՉΤ
!ّʚ#;S<It'٨ZÛ0gcQ(}rsa#[,,^3hVZ4*4.RP}'X}b9.aNηNƁķN˰ۈA«ί=Da7w*BX#1.3'E,s'CՄJ5zI=;S4ȴ</Xi<8SQ߭e&gxN9*O&_{kH`OO/hǎt>fm&E8#*YBbػ͑pPZԫESһCQY5n&7&*0Q)d=c~?Cd%ln_;96˱ "S9Gh|`]HPv9})Q0{6S}J9VbOԛpFkLӯtzsd|<ެSڶI^0K>!ݹԕѥB-IFΎc>ۦi[e#zLt3	&[u6AǼ_3CpߚWD$BxKNKLz8iߘPp]KK;.yft7Xύ'nVkǹRi3; ƾ8ރguhEmv:.Dm?72!<0_qOJ؋7UՇ{3}B)ҏSmpҦl8NE'oP-!hƋlɁ!+w^5@Aπq2vdJۚ$6sߝtsn,ƇIwճ\Ր5Կ1Jq\$*H|қ$w?ɐ
BǊ:-5vc3rH> @F8/udPlvƔOWՓ܏LIj,J.GKѴ8GWrٟ`"p4VLU5G)\G `v}}ʙϓ&˒cWpovRWD޵7<^"38#	Ƥ~p F/Zڴ(rh^VҎuޏX][qԯ{_}
95C0Ӽd=#B?DJ;IR3vA{1!fѤfl	k!v5Bg&B)D}z4VvX+Nj<Go1`ÌfPf$Ƅ)Bd6вLqSXgHфSd)W ԃceLЮ"\|Psw!ʦB>H?PjJ!I~	gTڏ+K_N@7Ɠψ:P=Kէ:yαreU;@@ؒ^NZҸh	˚ڤ|;y>PB^o͈ɏëC	#R% I̐%hi	g=b&az6$M'.V}&ؖI3|	'Z`)i#(|?n}@hU"h,
4vHY74:J6w.^)ф_H T4	vZPQǺ1hdoܝ;"ߘ9)?>f~ZCq:S>׷!ʗyOͳ}ks"Y0KX[F,#G&q7wɄӨuڠ	-5ÏǍ L&-VgrZMC%ΫzfgUy[je``lw&uϔ8N0f4Hz?dn1aDڈ@ykFKYc{GJ	 qާ>_BTˈ܉F8ʪZz4\;eDHe*ջ׳/ʹK
0#FnmB!})tIfJ/+<o$
#i&\`$A%4$rRh@g]/ft?:k7^v_ʻЈ8=(5(T{L5|!f;:%Qz\4OVZut3ذ%ȟsv$|ZAuDOPKNLk<5GDN̏Fԝ_{[GqV?jk?.94Mc:s9E}ՕպV}>iťeIӃ'swȼdRT2"?J8јUۡ6HyiǢq׻8iHMUb7'ٱ@i'LX#PH`4@A˃#\i@wGZci]X9=Ļ^N>ib
ҭCkyK7ۖPT{^/
x̗y-ǵJg-NMĭeZ}ƋPɹх*ǓP,(9FX
L>5(|ݘm[{oυ֫iOѠȋn-DONCo!-wͤG;#[;ǻT4]T>H;hnS*Wa\e7{gӵPnL3п6@	o3w5ko?9)nփc$0n=?YcZ.Mr6/
#oW->aڡiӖvwuV+%cSsDv7ޝ0[mk[DjUYȽu" uo78>:Ph-̆6U</Ƈ8`!k{DUPq*5șO6M:ޡ{`uBvMĉ<vHpJILvԎoמ<ц&'/1$O@t[C̯͜O%\TT/؁UÞSPǩKBEU?_V/w3<m~@D]$z%-0y[Dw݋.47waJ͗zlR?$NJxt*bsUۢmfAW̼W0p[FąRo'2ͽ_~ܡѲ7RRIwliwN9SU`mzWqp_($ǘL~Ex+~?yK2Wadږ0GB}`Oȗ
k_vl5QE'Q8V|!fm$oj|ܗsVXyG?šTΛ߮QG3S(C+DG;G^s}/]^]1PDF:֔;ݏtnYX1]KZp\Jhܠn1nsPh2ݖD"ԃ*Wd15aɇ%aNCEͱ'aCV8(c_tO_<(}˦Fg7̗t2Bm>".e/0o]@^|&Z%ZO%oOh609@=C(/o-Ц;Xl	J	<'ղ-J$df4q
Ux~J~˂1ta6ېGzƅR ^Ӣgq/QǍ6euRNSlDTЬγE9{Iv'=AXӂGфv'"!1oKm&;>,gSU$ʌ"DǁޯɋJIo?2ÿ4˪!7h̩Q'n{.!Z21hFβeƸSOI_jW8]6bQې'[@^H({ڦU`pPCWAolHigd)К^JSK/=1Ii]w7^_Y5Tݫރ۴.wTK"`;ӯzuc޺2O
@=)>Tc(8hisIH@TFz7me<>quDXmiRF7\X
!ś&* aoDTp:)N߲BDpPo£a5ö
@?*l5ZgC2fh	#X	bP`YavW!ެߩlugD|/,hL)_N/؁@il}O!˥p09'<V3F73w88G/FmٺUf)r40*9xVoԒR/Iq\HEj1F݅KGHȟp|^j%8>@xǸ1.^U\hEfR/g	Gn^ǉo߭XPo9%cR8IJؠUke]A}lS4#f28bl*XKgu}{0bq۽&7	1b\r=|[(-Lvg2y>p5V$6^.ܬIċݯd"9828s3@EؾMա3O=w$XHA`;R[\[Mş;Qi0M
jޅg\YA@¨dho9>tPM7^IņA=jM?XMbh͘)Z־Mj[$v;Li+`0f[k@E.!ɟGEA~ײ=	(
6w"`Js/Ջ)qudʝ4Zޤ?؆)ghwu1؏x)4:ԡľl}cYt'$BIyſ6T>RɭZ_ROڈu,R&*KMAE505y/4|5 ~7Jnv1tԪ-TΒЌVa|Ѷ&Žʜ5Iɳ:Ω<otq6cm7ܢi/9uVVS(\܁er!nק)	f ^ɋMO\abxV:)N;c?I>rnD,JfQ=bHD#qqKوހ1R|s"݁V@P؝m#$&E4IМU>JHìQD?`Q}x'or+3Y\\(ə$_Fl˜/23Y7W.@iN=o
62گ6J*w6^U`4`d1ٿPeV<%RK\x\,Iu/E>wͽ&@@b-~^fUeG߈+k>\·~"ݙ&HEX7xHJ=PCOKR
P-:օfɜ.m5^F$*̊(n+Ї@:r.;G@B@9*?,ZjS{7>ȷ^VsXޗɲ|.
L3הr@204-_T,SJ1TAo)WA$kU<~u@"J2m؀YrHTܞF.9$	yγr($@LA0?.E[/\W
@pI%_A)V@\{D#NfY(JiX)TkYX*ZR%h̥9Jޥ<,F<?	ܐC,/̻~Z7h5fF3s9Afn ׷Eȭv4A޽M*61lYgv<MEtU|ّ}rs]KI'/5!ܨYK8FmTճOŘܶ׾eMwݎxFsai0CBHpuuE.F?]{LO|`q/}uoGm?F(0MEer5CAP,ۥ E,D9e4Iv8մ6HPtIywA.	_Wޠ@26jū~4 ש1mX> _݈QMVJǖץ`;ֳF<\=̬,@!4~{m|;LΗȿ /;K`*oLQOGjrju%eРje!0=E)e[d9]ӃkZf%I-E|@E)Vʭx\mLu1fاp,qTrX:mq5LV{Im,@":v(Oq .oJ/5yZ>}L1Gb*wdfG/\@}c$$"Yrt>#~dȊ\xt_M_ro.Ahżd%;(3AxXos0ޓtZލ5`t{Di=uo}D߯F`r͖;mWъߐyn3kvG+YbxE 7)vāD-[a%Bbt5YXs~͕;5(oAƢ4I]7ޥV.2Ȩ"T[7>h|A|x)TAĘ\lϢߔ'Гi(2sͮB͸tU̶Lūr%ٻRVVR6D=[ZMB3tS*G!j]mh`ǋj7t25ֹvJm=q3ϳ(T<z.[j35n(DϊαȥT5#]=BA\U~^%MqbIZ{u-.ދ˚d"<ˉdzΓo\'fb`jxմ:r~S[k_݈נc| j0+n
G;LdERJ6ĻJY^VϳJ4Q-ͮéiiСxm6^|'}=&rZEyx!T.'Ȕ5)P(ڑ,PD^P;L[/fZ:2'zHX-9'k$	/ܵ7+7)Dz\*DV^*͕_*O&yӦ&hE%%٘ŵ*j&ʁY]FtcdV3߹Ǟ!i5IKVY-}?*JY@n
Cx@dkn_Jߺ9$@F#oٟǰo#!;e&A&fB6oc/X< ",B1k)JK}Mא1F`s%'2N3Z֏4G5RӍ`զ(oG
Z¥fC3'XJI7ހSX`D&Èɞ=:y	%4ղW@όىQydzвL=VV3f|u|$Eٹ5љX9ĲQո khBxSWHVĸHcA
9Պ ɭ	 ܯ;4L*T`.nխP͡=({$6!hyW',B~ˢVQǁwQ_U$8ڏI3խk&y
;48Q*s9qST`\߭<@Of[]/=`+[P}5zbbҰ@0"hO~n~gwaw(ڲEѠ:yi6dK9޸ϡulR#&.0A].\7eg9.:3"}Dqg3xO|ܳ$}Pwd{u2c.̛ݧ2H9c,Sl0p/yFCXԝ2h׾Btro;)eլlhAVe0֋l`Z=LhO=hԋ0X/sΚEUokj%&m|\nՐ%'G!r1DK˨j`D/:~i"9F?i'+L[M7	`k|@֡MҖu/r~#	]n#;:c{ DGz",Il b/&˦<O\~1}, E-($lו+eNr8XיeLe̦U=j1Z.zpzϜ_ic(qTiVҸx<nW`%+LkcFj\E(U@ngGƷj7-;a9{؝;Px:Gҕg`#)SN̷WNXAT?ĺk$oAU5))o*]=c
Pe0?@s^<R$);wa1u=VjЙÙΞeذ(VYXk xNUuƩYٰ
gd
_՟~9Pk_%{838UیظxPlu*|7Ocdش0$/ַc<ζ`ó.|Vawsvω;ERv_e~^$9\H~A	2Ɋskj߯*z3^9hQYKygf :hYOe#}[͘ޤhP6ކk3.Wg6<`}nyDFBg¢3:T'MXڇ;27˴ӽޯt*Ut"}Α1py$TałɿұS8XT_.9;t;$Fcss8NȔ=V5D{){ֿK
3nicR^]?k$&Ժl8+cβC%^2@º2?!y^F)!ɏՆHu#~)ڊÖfPtԤp]۬QTCtSн.cއAIK^-v_ף޽UO>>jJwG/{7er?= ZKAYtf.@eS6kr9_[͐<*B9ϙ#DRUa*aGbp5_{RR}qx*|}QX8ӺoOC{*o):i~+-)LX͍Ƿ=lPد.#Gα#\S	ز;d;W_pz=Rלko=3j>'|οz̼ҽrW		PHgr\;8t#ȫssdqH^g
u0kn=^k
#KO'f}L-a~+\W\ΔPn_=fҳ#;T}(;(&ʈiaݸ/s\6>;Klo9,_* l8=/ʴ۝>>OBHFAԒN2Ŝ6Q\.)g;e/[iEyuv:J@Q1rϏso*\&΅¹p0|ll'tHRSoׁR520KN$pO<XeK=].ʅyqVr	cH0Pֺ6{[HIs]muUUBNQdr P79"ֶÑWBC^?*S{"l:wE(A1j+Ɔ:vH/~R/p[dwߎȋ9)(ąt:23y~`f<*osHik=gLfq	ʌP9}ѣ4]_SAHu
pt ~`.'hr*;m˱U;OX6dq6iD0#jtڡfxƈ9tѵ0< |5wٸt44ړti~9,NMn3dBt>d'˸m:[Љժmu&SX6$qlTB"UqI>*$"ԗO4{n.sWtjE3cO[ %mi.f))8m@uHӎ]vWm2E>,Nkk 25AMh0iwl8'YqnoƳ{OȺ=Ue{õ;VHP^Bܖ1ן/hb&?:RCyrXGQx'Z48>INnXA!<J1kTYPqR.ؤHϽno|QwTșh&U#:]j34Ŭt*s[__G"l=
#zAwcd0hu?¸6MG֏r9Jr`1w^0|@PD166]ė!gcеf}=jBU:Vח+1ĈźHe#]6ɡBǸ%EO
UXBreȨ^}n|E$VH5'|_sZgݢ~x~ֲ!=@nuM՚DcB5QQ?N'{]X	}H(|QDlcw	J$}d^g$N/T7<k"˘a!:o!r;>ŁWŗyU˪n{RlےTeO)E%r҆4(`[9~֊*;l>X^e݀Jq>ņ1D=9^T!;Sҕۄ*ݶuՍ!B>"¦X=32a3=K(y@]KK]٘]3STCQկ+n$tbi9rm/8OUH.	@;rl(߬|֢QF)}a֏I%ɈdHaشiE)^}5K\F%% ʇǛ~\˂|EيOҾЀF.BK0cMك%Pp90^ar͍c#ƳSMƞĄ5bsߜ267pep^jӟ N /=1Eʲ6Q6m?zOHY?zlG4_5{N*5aտMmI͊7|^~ڌs.|Ebd~g|ξM>eYyY݀n1H{"#p%hx2
yb'@1m0H^̰x:EM/4#(ܭLʛm"ocZEūE9OyE5b]B4ur%-65`bqtP'ޱԝwѬu8ӱ_<#_n6>j$QFPtߓC^iV+޸+pyln9{ؿ|dMAϦ
y.9 /'=M)n6̑
J*b~zq?&dX*I̶};kzHKd=S1VOMIk/`]$K>$NYt&˿z^NWHÉJvOLs>]֙LvҀƒAQ/	Uv1jl1D^^YHDX4~{5ގf
R)\5*ՒToYe++m,QAAʼ~)e|*81^[+ &!pƯ>^rq8sYً~B+*tTXuu+L^QaD[ZB:l^ujRũָ:)(;ר_WPԯ4?UJJ֏o%dǒVµY!Zxdu\`:9sDZBWQ2<;[.\(9ϜC(]o7VNޭb÷hEXxzɩeI
a1L٭f)6;
D{BĬ)I1rdǐB"lԐ5}V:Yk5%b@Bl*@tKGmH[|1Ȯqɯk=4n*x~>~xFg^tcggR\
ipe #!]ԋI %#V W~p;R_SAHZ<P/k.̫:[R@{T0GE| ہxH<8ԣ9DuhkWXt\_/ђϦiUSD:nvޓ],
`bݣ;b(SBP(W`S'HƱx}8b2Dˬ[$`=}<yԎ{XZ-A}U;oUck{Kʑ;O.d1ħl-V50jLM[7bdI1;qGyo*ك`lVyl0o:~-ir}24WC\1i!}C޹U?;č<JVaVթwd|z8-ƍ{dz:33;ST|ڎ[
'^u[tԓY+Q%i(ӉֆUӋSɶE_gjb1cd0Aa˂w|aWTg,G٫)άmMTYz`bl/ŎH=7B:&V!5r)q|`/K!#;0Ѿ0f`<UGZY2(@-?nU+o&>"id?%*͙y>"ѫK2SJ	l^xnUEj҉[b1Xɾd,Ĕz_HAޞ˱3 +ZJO{AEވ!͉oՖh0$M{	uٷNUkF6xhBzR*?Or!`ϽğRZf0-x4E>^sRa	30qDN/whݵwg_Ϋ"].ʖbŔ)iU!my{BKnCX[bDNA	:9~WpwLYg̍	r9ֿ~^bF.=K5~JP :6u)^y 5V SRPb%Qƨuj3Ɛ\o X4@zlHc5Dۣ;m{Y{/W>4LbIȰ0ZkS[w{e >NTߔvsq	Ёͭ6׏IUλ,pFZXU$PS̜ʙE]}ۋ߁iki~
dQ`Ũ
nڀ&/4,Gk~LJ.մcAf>BidnƯ;ڝaS$K_//Ԅ6m:NnAʊu߆+	gІ{+8@
?3zW	5MZxiݱCP$ń<\ѼD'+pqjA4ՆӸg)#>?Ǵq;LpGΒو@~Ѱ;zSX
OԭrƏ-?1QxZ5R&$d"	0/0I@F!3Eym-j
HPs^#\ݔj
'!Gʺ i%B<zjkXBGާ V0P6i{n5 g`<\(&nCGͣDj9Oir!fVMc'&.jj-<fɨcaO7e13G6^{NJA"<ZP֏W'M݀va~ͭu{ŗZoM}+C<[Ѐq"#/cؘJB,˶uJ9a*'aCi
{E~kqv"˼9Ʈvw@3Bs½"@ k5Dw Aܸg(A΀;ǩu؊%"ce?3A9(P$q1eŗI8>=Ty*ll&
fgz~MV-,sь7Cl 7-mӳjiGnJ]Ə$D}f͹kut&ӰdukQ&/hB7~J`J{^Dp>u3Krkؿpɑ˔N^0Z3/~֋%YFD=?7D#	jS^/߱Gv
Q|3o"e$ߦ#U߾VݒFo׼Ն׺"ȞXȂKk6ְğ/hڇ{LBqݨ=IݍCFZ{.EuAb6ZS޶|Bo~)oݠT.;ȘĔ-bS[hv%dxO6ܟ&λm'NeZ]Zv́"=sʿ{zŎnd59|~ϺB!^4 ]fnWGȿ=1s-Dy\I.{I#vnBf#;7¾&%q$YӤ82`O,)eb;T`yə(ETԩ2ټU@oe@@Jd'hlA!ҹck&2Q_RSZR?[/*2=کnH8C5vO^,u 3KiS}ew$L()L:I| L$$!f֌>ivٚmͥWbF3,ڨuN`lEʷצ"S~J(,77E{rL̈׀ 5+ZixOix-ϓBQAIiׁ[/ګk;;Wϝ$hX4a8İZg+plޥ&J6dpZatNYhL+߿bKS4ѡ$ܽ|!mR"[~Ya3ΔeásrOo91ߋmԈV	v׍%t%oxܚƪr
"Օcg͑9laZX]i	tZV|^XV[ҏ=x+9BqЫ_0SInq~S>vwj;M]ӇR[̻bYqk8Xέ=zIn\:ˋ."+gXf~rMrKEsZT>ct@`@fFkW1dq!̞xĉc<ERDޣ,`I*2.S)04k)K1dR٬H)@z1w:[fKĘkdX̪j]+#l+GeE&u2m&4Z/m˖#*_6OװԸfFګBt'TG_#%.,ʌ@/V1 9?7F,^	iV"4*3\7^t{jŊuGm2&fT[![^."E:-ck%_E8ohws׍;O2x@m:(bsq$ 
=F@S\RȒrn\|$+u^Ȑ/1
ۦp޽·7kǼC6&Ն+#ü4yRaWW;(PNI7ڥ\dˉj1\Ny/ar+=
¼&>BRG.I	J=y90qXuAѮ*]FB&YYCZԏݧ!OC|,߯Ԉ&o@|oDɲغ	ع9pz	4ֳ!{%"2Hn#r֯#ڲ0ю6QgT;Ј*mU&aǐ	\NS/	o5:vjù$jܻߣsK>xςQ܉.iޡJWZ׽Ow.M+5lE%72Vr,qm(:bx|ֈڑ[Nx7b2tW&װP
{Ow}xqݜeQ3m=dr
Y.S_
a:~g8qRY\˺`v7'VJso6͛%кUպ~ep|bŇܘpS8%Iπ&+rlQ-smtmS4p`EOUє!1gՐm%s+މz=<j[ͬ&}g=r6^/ڋ-ɷü	oj-,:ѱwCu>lRiC)5h̄ajx?$5֥sߚc	E
0Vs@JvqxPC3i	7hVY+t֖w\ع8WCT֎|"ާ^(&+Sfb|$b˗	ZXb4^Ne	jދf:ʂOi9  !j|94$4ǝǇY~j~mZaڄPعd&qw2vKb$ 1
yߌP4ڱ0Q)3^N(+9ށs"Ji)Tڂ|7zÿwp-ʲKכmN6Lv$hr=8څ@>hEfnD(ݡ((ngCB;SP~^k˯Y
j3~/zO,e#̂
OYT_`\ O8Jw]k:7\mm<Af$ƵX3!B%?:yh+?w+͵!.JV>px4,ʜgxWծKL)[CǷ?2vLGD"-@ސ0$WhǅHf=i.Ho+me48WJlCֿM85}ѷǻn,K*
>GVl,`zkNϲȐQܵc)HGNҝ:ъH	jOh֎7Yi|IɴʾVkAڋg45ɞaϟ3rN A:*dcŐK>sekSo:fdp4hqDWv).J(Ǎ_||
4yl'}ވ޴ݴȲ7iULظD`,@$	(;HUƆ[ϼCdMoQ]"0gԯux5y016uI&lem<Vwњ(T/	GL˞26?o)>RZ]@rluPt`nkŬx\2~^cBzZ"˚~)iNI[|SldRHK)C2"JJ,ļ`Huj՘.9́c^./ܭ@I}U!i9'&.ǿ)iSo|ԠOȉ,1̇,W6jɑ́J4-B5Q
}Db"AuV>RVޥer&hV[F`^B3`*I}Eu/ш̂}y"َōϋMY@w8e+}ǚM/;( 		2>*	ݮ<w܇sߜ=L6*H)x4\˹AD5@Z,4Ӹ-G-xԦT'denB(Ý)E4/cؘaٽ
Gn**9A)}c՝>,~|ӜJc`<x;:#Uhus[˸]#`OIp>e8*b΍=̠`c_Hqcژ/lZ-HD3C%`ɳ|gŏ/Mr۪|4hs}lǊ45IϥVݠ/12H;)i7IӴ" SbwADC}x)+}YLqq2t}N̳nx͠'uض:Jg*>ܦS!OQ%=@nM^6c[ϙwPH6-db`OkCgH/iMوCey'mh]k}IY{-Hfi<!\MNu`5׹F@xM(v0Fym<Y^v(qzd}wӾobɠ\]Lۺx(1>QLʗ/юPGVƹS¯7X2УDxcO.uԸVv2(Lin<IwBc{N"ƿ	!8[EyDC!͔9ʧ73q6lՀaS\>ItĶX,ڜȦq$DN/h0#-9/eh{͹v+P-V]3H9֥Z'=oR.ۦ C7c6}.[߁}M6)%L)>9pșdj!uڶ}8g:F
R:zwH͵Ò"`\>qj2EP>@wOuzsg;*Jb|V)Cm;~lEj߆IirOivx{r;L~eݭ"&ҩ+vGa&IO
0B̈́H=.-Bٞ"i~9vˁkͽ?)J^6lJv2
u؟+vj#4#;QS ZM)7Fy@[3T/áScWAMv*4OwcG 4*L!.̚
^F;{|׏H][gTTM1y *؈Q/s	An{0ܑ0jZBǝ±"se)4PzЖ((z]ܿh˾G-gNUZF6IraD{Lf[JJhd4p%m<1x.ذEJwD݊݋ʅ֍}8+	Ic$duh9mbFO;mx`nUjW\9ЕZ`Yx&	mz(x{0<b%1	2^״vC
P|+d8"U#7N?-S1tռKǢs"=ZI
 G0-&Xg";YŉB)@;{2eM:T%CzȤGk!ŭ=U7-LI0:pĸ1jAYt8SXrcg9t޷L-qOb2xy	~A@HTl@?c|+#ǆ[L2_%`C&uI(xJF? OԶ8?e8vlqX$ 	I	]l}Wbm%>/3Q`{h]k:[l\w-EvW;g<cRcP?tjX#L@ϒ {
vl_Rjǳ9$xw=/30/nV\u%Knx	ϭU9NH1U;n܆]?7#\2	p@˲KcՖ͢c!/uVb[)7B!yiN*cHJo6KW$*sG1)=L5Ƴ8^ݓ%O8.UGyFG!fV\ATz
xɲ UV>Y+ű({D2GT!SƟ8#VcG8piAuD?Ms jo#It[EھK2	MG5T(;}kH4E@"](p};ivfVh&RB0sl_V{&)0W/f`>hC'h=9ZuQ<Dnɩ
l''ŭ5WN(%ݢٽLgϛǗẀd?` Hf""@[d(tJU_Hts5hބSj|yʁUʃ0u.i5.~.\ځSp?0@`h4چƅN3!yu!iyY3"XL`k$^nv#,JR$>~7:O6<d{3)ٟ:
Qa;`BȍNY4w\``wt;o7-{Z,~˲ȭ:Gո߻ڦNlDѽC"b1"XĩI?PFX6OɘF6&CFz(W-Yb@#"U§0 q[Qp49ٮf;7wh>xilDuM?N!Я#/ΰaOJ=VVͼ؅̰PWb҅BÍBɊfYף ;ʅ؅i9D5v'geaL@[ÌS"N 'r ůwUȐc^J^v:cN)b"t)ä~V!w> F$yx3RG4fdI3ւ@Ҿ|+0#ӓTi%f<X:1VfĺD¤)Z4H,wCWk[oݲo'x̂ǁ(EAS'gVQYyN3e,dwm=(2Oo'V6C8[@,XcyIc<q4#>ˤ+%~B:Tj6A'QZH2VW|JhʪC	t<7.
M{rH	M/afx`]^ۄ|&\l)1ecIOʇ!9`-1N[e4zѩu8P5
zش
,]	!+u7P2A03X@c*
<Ƨ&;pњdGӘIbiP\Ű@%7\-7>ČW߯OXƱyD@kU"z9>t):з;{ޟDJ+:VhO4!w/tgAzc-@2$Ajݏ=Wlj(2-},j;*V;c]z%-!\e/{4v
JeB	qK|7vnӁBw" ς1C[^MX-ߎ0u΂Dd@qH]XGTxYȎ OfMͶoV =kEAeYl`h¯cv>@̶V~A0EƑr[\=^kW"(*+n_ۮKnϘUG\ϙDKA_V`EZ/LvVFzy	W#ĽrύC*jB|öНlAZ*Œv|c4?OzϷLdϹҖtII;֝k$}O=8)+Rm:Sοo[J/'L^nskӺs.DL=eLc¹̷ˁq!ڱ'406ƟϖFX8Dl-*Jhym@KrEOL,ư%ta8ʞ  u-@NȤHw%xڬyrUJRK>op}*AlEG=ZP6},)(ͽf@3$dhuDԠHTʣE)݇vWY7oCRr=XPRuΚ{4)յg_Mepct)?ш)ɋr2rKګ׹/5QÆ6ʓ<\W_qD]v
Z	-}2]&e9WbA=5;fs"~A)>Kݔpi:RP+5l},"R׃8"Ќ:M̾YJK+3(	?@Lޛ̥2zJPp	A
j.fW^ xq[cB56}sg
t9ذ~,V&mvF	Uy׊l{!b<hUbZo0Gf
5(@MN!sZxcȽFhƎ\ǁ&҈ė߻iwY QFI?ɿ2R}LuVݹ%}WG+VČn܄ۛ$c3ÛokN>7UMLig<יE5{|7z@$ɵBZ$5BǬ$ĕ^vٚf(A1 ],)t_[xF{֦K~S?PW[u,ov|f	}Ns$5)l$I@bW Ȋڝ|Zbh/j&Xpx͈8\
>Hw2^u>9nzk%(b߇%dN2Zݘ mOuؕ.> KS
3-!N;Zf`DwCp1ݧh2 C3=!v|޴GRЄr"ߺ<7UC\A2YfEzJݺ{Mf+׷h8crXrvIr~v
Y)k+!ZzTCbE*a-F1ۦkuƊL[:Lӈϴ6wƉqN~Q&;.mۛo۳,plbpi8bM6	f:oDÈvT,h	
/v<\wkcdl{r@#s)`|,A<gԹ,-HGmdP~۔1/g_Z+(ְǢQ`{	z͊2c<H[kiohf	za2%<&5LBծ2<g6@1c5R)4] ɔ	=0KʛNpҐ؛XG:&+]#vږst
z:=Wx1C+Z՚=7ˣXHè}sb45}0i!-mAqٞ>;ò~T>)3y-2Ԃl?PQiMw[T[,B0A\׹MiusaRIU֨w
],	r<M԰|ߦGIVu!mu_ˉ6{[}<Lw0#35?T]׵3Ȼϋ>)+[4êyBkzHaܨCv{Ðk|mO>=vv3ޠAN<ϬG33_Gsʱn"7Z5n)]G|ßT4˸x 8&ASo@fdǠ;Ք ҇?E8:/Yxl$kQsq8D-n}g̭hX!INL]Z:Ə`ӅNqW;
la	7i9&fXJ20ڱZ'`	1ڑvܕ=.MAi6۬KQ$դ~1a=3#DeˑFߏ	ol{jg7=׉],]%BA	UgŒ"^ȳ#|˨	·ʂRG,Nܮ.O'u ,DyHؔu҇pMBB0Ґe/BB2_O[-L@ě,yڠwegocF,gv"Ԋ*[UmZڦVǔrmלN"jFJIZ9۔N '=D)?NQ_H~CB0w?Jgń_k|xY$̢l78x	XE~UWQ4ҩUV		d]	+~fQb~Q>B#ud<,<ԔO2w\pdIPZȍP^>M]^˖yݍ($p9aD+gk-(&Vy	LY&GmZ}AQD4zu'PJ<%$Q~;cO*]ޟ:eE#Y?cbsWJǘψ[oNmބUv+b:U6GPЈG<%̶qf;ߌ,Zh3Fb1%`iЪ$3ի9Ҫqt0VXQ(	i4(
^ZY%Eڋ;hGǬБs'Î0ZÑٟ9X&iKɴ׊ɽ^<\A~ֳ.m̱ؕl<lNh'MZJǼ¶W¶AF͍8"uVU>jcq&4ULEkh~E6=֏Խ)!E65F#Nݗ.>
@CoS,ݥ*tTi3ݎ$@D!1L[qT=Ӂ\;HM;c	[!\gEFQl-K0F`Lnb/)FMo@')L.7\c%A? ?XzGaʓן>/_pOw7YN*i1ǜ$p7vp|۴@a35CҬ/hvvk/ߑ0̠O{eR9c_|Ѽc8T&p՗:«)@Av0וqhNxqى?z{u)
7X-F"L<s^j́]iQՀbWd2Z 5&x߾aѫب
ܔL].OqykJKГ=V4 N*Ծ^߿G9$\8iۓq~ubD7̎Y}yϾ%qx'QƲllpM`G}WȗŴ´֒ـ#4߸%C^K~.ώ+kԘ:9iW5I,6	=HI	Pp=u1bT\lh!KzDz߬>(3XWTLØ_TcR7?~zd>
0>'B*7y+@=8Ss|˱Q6N.t/j"j{/J1>'(VQuY+C}ђ;`piR:sM00,fǆlra@!S͐inr#<CHzfWAG܇ByvAIWH h>ǜT$ESrA	+?E˧OBByY#Ao_TРDpFYU,C9[^~ny;%ŽZ0\*BþʩmR܋U5&4qZ R`:.=֢ߣbL!0:~֐'sQәł4T).-A]j=QË7A=:}m=iʪ^A͆#O˝9@[H)9]ki6d:{uZ9sM{]dlq+āNDF+s4ctoh4aضQ^:/}>ϽË).DBSy2`9GʮDӯ3Kv65o;	ylUۣ&Mn31UÜSns%a)D˷zHe7݉#)pAĴ;A#b_"Z]6My'Ih6	"-Ûәχ{ԧ~+ڨP.b]kj{*`S5gCf94n1qR/=LQryٴ&ܸ2DP c ;<>&TS4zame1ߗzMDl9YqaYUKVx$S?<6gf6qگ}ǚ7#<A%* dhúuu'B,ԱTNHf?elTdRGYh2lzX 4x$yP_VRr-G[~tlHĬoewCfuXΊXʄl@Z@0}AB8Y# XN*vhh- wS(Dq)/S`+n:kw5Aո~Lǟ@L^-ieĠ|Ũ; N)4NYS?@ȍTԥMyeKՊ6&VLSL/[E
y3Ƣ#$NOaxeq%''4-ؿ3I߰}V4Q	 ˒yFe:q."$Xbº
TQ
)Ϸ'OT4ovnԞrQsfG$&!0F7 wחweX˓oD6ߪZOI'NBFo_w i{V<րϗ~#bfIO(۟B_mpbv/"#]qwNc܉}px׳$1O@sr Vol=Do0û2VkhR{ԯqhd?עвLC̖*:\iT'\k0;Ǟ)H
K},*G*\IEk Fa\l/҉}4׆/ZuiG7:Bo"xϬn|7ՅE˳6c_R2gHetpCi'%):O|^0(x,_DĬJ[y5pDƜ6|M-p'h\<*lB#SHg#ҩyh~5hH˷pҜ%'	hċNYqʖ0@THl8PL`<cbԅ ߩ<Ί&Д$5/44Q>FY[Dg05Q8I«i&^HuWaW`lTUh(IE_.$_GoCqz̉ɞmK~cVt#1=`oM>чb>݂f3\I{Pj5Iۉ!2"ӗGo(A5 +m%({lU,t}xé2X7P<ҙ^H(g)~5B+\?nبׇ8iԭ[H0a[ &^Ե=,q'AÍX;|f&+3Aov0Ɠ/M0Q\Οe4ot?JfZ_ޜݩx˽r5|?=ޠQ"(wʂ[#m©?H(ԨpJӠ6`9sq$-reF`XoIi<u!G)_aӦpT\}G4f0[hv$KP#vlGɕdFČ˟%T޳'9ΙP̦$b	`c8{kNfdˡS.,ͧ0{?##25c,H20atԢF]^ח~Q	o0)âLR5D	{MܪWٌ`1-}P0W|g#@4v`A]yzΏ_^m/u3geeBѐЀ'=" ux9ї^ER_cp őґzR9<V+y8Ѽg֤	VHՈLcbdK'038mUT	fԤM;5A,P-[Q@1sq.LdrDd39Po~8u^RKLYf8b#HSS)4jܝ7onŘ){Oe/<EB}3r99Jg1|v3^8Oؼ\Zy-;gge/CGӀm2t/xf҉A!ʪ*ܢK`@ǧӂl	1·/_LM9egD:fJ-P4.)2rFbnSg?mƗK4ƠզL2<cgq%L!w˿Q>kF@jָzpvVQXY"03c8i.Q}J~-h;ljӸrG5re3z#ݘ#mL.1b0ҟ,_m<ќzR'bnV4B'0ۺiFMj:5vɜ[RFJ*6t~eX-R Cnh(&s	.XUA}{]ڦz5P]_:KB@@d$#z0g4qitpDإt*O)jM=ʼ͝

BNv!=S2ǛIw1H@-܆<Jx04v0ω{Kcʻj$Բ!eU̴{AX(c^|bNrlʻF9GQWaC@Xf
h*H=Qh<H1	[4G*w4%9.!GRɍ	̹1ʣ3eNnSn5 ?$ǇZ};#EhBuE;߬E$9VE1QXG׮g3ĉ;tݴy$؁r>c<eM/py<C;!C&=ݕ׉%ϷzD3yݥI}CVj:')c
Aɖu&Ϡv.F) zu2ZʕSb?@4?nڱG\Yq`V{LԹy`E!f$KBw1!Yއ؁ByCګ;	ԽdY3p"L(<JB'_e-=9pݓ'H^#8-5NsPyɞˀ8&׎F<"-?='N1a0WΈR]5Z%Tw|XEtϗYHi$eY $D:~+:?4>wJ6$Si0=ɹBS Ư²'JqL+>qڌ2[/V].DҨeXAѧ3Bȑ g)ڔOtDIWÁhoXgIkftھ?FdEr,<.
2Ι*Ym.DI_Yn(@C3FyZ$֒u̓ʙb(l@Bח:JHC@H׽ڹ@ PLI R"52OҿY͆aOypa0vDBHwݣ>)~'X!8@"°-B'ֹg`pla>..xͻLC3lhk%)dEbZ^A/,CW@\,G~G$2nIk'U8U\~=S2'WN(&k54Tړp\wɿ0؍E!-	Y9K]}R)rXiP<ɚu^Z`f:S!suUY)
+6tiE\7p~۪j8{9Yn_1r˧ɪFإ	 !jÔ[@pt߫y5]qQX5B
ؽlT+Bg̗x:/ѸZPGcraljF$CFܹ>ĔΙ@ J4P;pA2N 2(u4 _ٯ}	lO>vT&nM'd!|#rvЕݮi=܊ȱlQx@|sK<:]8{2u*ȀcfuQ-Ӳ-_=PUBtI?OZ-vS@˦c*O{pL+̕3XȰdgO.wfM./]yq$/'6ܡ[CSQUͰ|y@im
7M`c߃ނlnllOMr2=<4I\!>f+?
v+}e=t\9ƫ4I\:]*?fBUjmvPRGCRM|ʭ#8AZY_= R3WkJ0FecMĽbj֓M׽Uj#ղD(|B)xz>W:ܧ"
4ܷ[ljf<#Q?)veK;g77܋R%לS@/Wq@;ՠQ1PfNB!2P{>VWMB2*7::ϦʮPC:qMHc@}m _l vɻT:A |(aDXiߪT),EWMPGl/'c14Z8iÙZذĘ+9Lk[%rb|VX9bÛϓbEôm<.<i>n2gokG	p@gF-'Mü_ .XLۀ'^#0JK|iF]XR)/'{p׈[X+ϵ`t`ĊcugXgjx:noQ$$pҎ_ Kr%MVu1L %]Uebp]bm`sUٺ~8K͒T Ï/UuatrdODuטhȧkػFγ[M۩߇+~R+WA%taܸ;$+.h#8,_Kٽ#i7qOi4zU9eQOCSVT(g1-RB͐~ʮ>cbIӆfC<էӤ[X:DRD"7=''w`۵^?_>_"ZvG~.3cQDgp{$:ľA	ȀiV!qUr'{X|ٍj\%2ACAG`?[)-
>@o@W)ˇWǻǍ(U,acЋOla5O1'H2/{6m%!RAx{Cl0FkKYo\E4Ǣ@݅M*M^ȿA<M+znLlƑڛMGBgB&/ݛ"9ٷ!:2ré4}T6c$z/c:W*Xp8KR:xA>ٵI;FIPם֮۾ɺu(.h^j&*:\RnHo˸xF
s}w]Vlh,A~r:YK\гxV]Ƀ:#Sh>1_
_Éǌk04,#8ш@cŒsCѵlWhoLsr}ȼT(yZO̜K^0$]sAՔ{ Bh's}n3ĩȉn4k42o2Vh]-z̏)U[JIĢifԋM2 8UhSUrC%-xPs]=3/ǚn$d,U}?W<#KdsS$n?BW1xHؿ0?Wbo&@pOӲu@?ĩ)4ˊ̙gwgGV{I'ĪdTbB@ƒŮmQքwN+Dc=#;&K%?mJat%?ǰ^)Jj	hj7$~Zŏnb@7aOHvgv[ާxq'4? 7-ˌL\:k^#ǃqC$d)պuώ!Ȋcv4ߧvT=|_Y>٠?ԇMW$t|VkCejhqdc6Zh~Z%jGթgɼ&٤\o\DNA){sv9/itV>+vYӉc9݆(qԦ'NIol(T'%$vDʞpy/t;N3!G~4Edxiŝ:W)-XЮ}@*ЂDApߛTCDX:f?ڴGhh%uݪ<ob94Kz|U*DՍm.-<TÝjLoL$|OPwbE1)4XaT,~Kř<Ctܽkԓڔu9.QF1PF!d-ost?N*W޾Ъ#W	jktƕ\14ܨo/FOCcݡowo@إ&=q/g׸˃K+5}|p?&e
nϝ.4w)'UUbtԡ>	Xcj'uIP7S6{/^͚|9_|
m{b7 _Sn_;Bab)ѽA8y[$WxO֝PǾcd}u`G-82տIɍ8ykNqɔ
ҜSk?OS*.S}jfb"$&?fP<Q3661UגXcb'!DՌ
6`ĴbGȄDHq`rǴߘp΅HɹҚ>Fzݟ\?CܮuFi8k7=k/4ڠ uxyv0ğs(dLI޽̯b_f>W
g3K ^-4ӕݐg֝-R*n۞Sĸ)ʶ2	S&т*g13"B-T֠7'Tю%9mln	O'/
RiCOf6<@PCw/
4iLfzLܼܸ?(]Q6O5dmF_Se5tvRfWR89 N
8˪,ٞU̘'+8'^Tz*9'sCS]
>2jWP7](]+{lm}R,UۀX-jEk{xX5Sl

3CؐԥD4*5dI26
R^ȭ
Y+ҹl*ƀ:^bq,~PVx-K!Lլ	#	$BJ-6Ԟ*+sk7@u^TRƆp|ŬܜαIK_#%D=@mҥT؃;
ܦ-m~|ҚIEYCd^4CPo,2MM݊L Mg]@(9aUQTR)"-tf:`L(GǰU.<ifKXTs_uI՞\k}
ؼ(~`Tt0uͬ̽ӭa&>tEj}(Cz1Z$<M[g@˕*]
jr(o3ݩSfLyxy ]
ڧB5<Θܢh{6tзqWpe;S%!wP7ժ&noM"TԓRQ3?tnU16o;z*Tҫ)HA.-5$oRЖ>gK%!ޞh0RɣQlJJ)4B4qɥ'\_A!Bv"*sz=wnҥ6uBɂI%E%=t;+Ɩ4xUN@!0"X`]5Ռ9$G23@"H*uȅsH҆kz~.~M.)Jl\'؄p	B/UGM/&^xj׮ɕͭ__"s;K^:==(i97
eiQqEWzϫ6rp2˔Ġ_m@RǫRRn*M,(Ƅy	T'1֪Z߿hu)1Lx+L~HZ63E'r%׵ył-uI!6<Eo=5(ڢl;PBſ!#^vnI<Z9U#j(>HVW8Px_ӸǸaYe{y*ux=GrA~؍S9Xz	Q{%RPô^a%e	lj7+wVc7ۧ9mk3)Fr,̛w5ERƩZfҰmߌgMkLWԸ"n*,*$іMfg Y*]jˤ՜/xwOv#X-JYp.gdt|18brl9MC̦#-#ýhŀk%N˰UÞA-mAp
''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24427)))
