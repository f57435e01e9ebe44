import brotli
n=a=0;b=1
for c in r'''F&4s]cyË	L&E7{fK!-5}it;Bs't<71A۫RQNZ%&71OJWt\q(D hE44p>\OU"BU
`TyIQ߱h3P&@  Ì?Ŷ-J\[L	_Հ?6B5r?NsϿ7eq4t."'jjdJWްeivL~${4ū7ؙFK?ʓq5ҠËgú'Էbԑu!)qQ5֘kfZ
|,`s3&b7M,R%"ց5oFf,`U8KްzX
|z>޽ӣ+9l:;\P߯U7'1~>Z~޼Ĝۢqɮ`~ݭ,9Ϟ9kM͈%a.Wz2vKuo~FӵD֗2XЋ*yEUl2ΩIC)I/1Gr3t@s	wMo̱Z%;K"/$,ƩȑsMJʵ	8EDl'
Z	Ȧ<8A&JxZn/|h!sͣJzqOԭӓ'9|%~j3yeUٹT$̨1
8"X~i~`RWA*)*nH=tEB},}Ow,RpYiXۼx$iC0օ-TeD[pxprObzQWU&IӄϋRxqt[	.9Ik0"6VD9^N':.3z6YHƉԑ;`Οˀߥ!nkYS661Y'6%I7]iMƀ7TbM!T<P_ǟ{<n	HKq̹C5ɤy1P>wVCPIY.:~L)՚،o0nҥ0sY-^3âБ
sxTc %fȢ\El'T7پSzcK6W8Z+%&`c4+%jG1V//qBS^):ڛBxϯ)~eI5mȕgV!Bp>Sƶ~_kA$֪r!A14&XZҘUjXʰ;r;)!ǫg֟X' mSmM;Ǟo<-4du֢S_O5Q(-jͥ[d~]zխ&6WNFӏ%cVK%,H)@xZz`!%)	sݦGR-vL!tplɝS*5[ԐkMwG;K}mĀL
ZOs}߸:E0_eDPl/ߔџ]>yV!ynZN&˒֩c:{6#M2L8
KVB \9~?עbI]JƫҲJ]ޓ<[uyt|(U=ׁsT]n}ޣb؝Ztژ^'[:vFoq9NXn)d̒VDrEFU//XCBӑڑ[Gd%=s(^H&Ecl6ִW!spD7ZlIB!q3MuD)qǯZJ1 bBƌSXYJʄ4ObkŮغWӀTKdlʡ¼Y?{i`],_SYY-=ZY.HuB+}'\m"\'\,g85_g8s6Y$hx I
w&A)*m'|2<׿eznEױXuոۿ	x`n0Ĉ_}Ќ}V
9~X&Iv8t,f({@8%Bo*hȃJ>[ң,AV;N̂PprɅ m3#0M-lۆC!*
WзLڽfTr|#2Ow͐csEp,ʳ#!vxv68(~C#ş;P̾p̋4-7Ͽٗ
]{*^0&L(aFBjgL`S,R
@kt~%+}5b(٣0aH'Hj_*fg}qڲ@f'{ݩE-
6Β`h/:VHuDR\Xw~ܥoPe,MЎh3SC"9MUgŽǹK94
X mb/5kȿz/7Rџr<jx8)֣<=
3'4%a3x</N͚;؎!d(6qbk%<SjqU	.zPfHkTDbnĴCz -Ieńֶ.LiͰO?;=ϯIb1^PҎjZ.g{m~ϰZ/`'F1S\F|q^L.l+H4/7?&_/شA9ZkNɽlZ#l3^xy>)Az/)22kyaZ9BoeFTp\A/;+mHQ\&HJ͑L`4t-1m˛N@if"S /{	6S֨hq]ܔ-0# K%v8[N]
{ʄ"760Ĵ9oԴf#?!T2m)}
rWVG'ӳΦBh7_ͭ~Ue=n_	9uШHw#Z"XP4]X^%*/-~Ia(S_7ÃmPgU\{;4lŝ߃_ιŘvByOMn0ٍa>DhҲ7&Z3=]4;BK~.OҼߊ ^(46O5ReZzJj%]`2"ȫL	"vũS>ZP~ڎʡSj1ѼfE}DyxlkB5mӌvݴhZپf9O=KYd4+~te®GdzR^.<>I@?A0:q+B3&ʒ6g\ed>2BZl=0V3U;WxӄWߜHhR%#Ɛ
]%ޕ>v	{)4BIM~o`.@"mmg2RGYc;Eaъ ~id=Yް4Bqc]޵ĄS)̶WU #8ZӮ
M:ޞ]_DnMD{͹D|L31dxŎ'B̞	vؚVB .In,[$`Lgֿ(EU"]OoI*6<_[Pvwr,)W ֭/%f`~ɫ.oߕEI`ʎ/)3%ݬj:ǋ2^~HuW(d8	ltq١~l^͜
r-bSRϵFubp%Ihȳ	>ӠTGYQYսl(:k'Fm=PMZmC%ہr{>TqE5^7Ykz6q>ΓgYoNjx`WU6pGB+H]54x'"$nި>n*5lΈAǇ('8sUUYCTA>D}ߙG:׋ʢeAuvsrHDs^J%F.FE+/^l&Eeł"TdEbIDSVPSK*ͤW-l!Vϧ
/{Oq$ J)W>S{\llŧSAl"|UgK j!}o6nGߨW_͢e4R5H@KllʕvF_simqOfۘ#5Hz)z|,#2|9Ϭt2Ki6FJ|qE #2p(wDUA-;	L?BDd9ނWdsLx?B4}׮-̫A>?az"0>7`U~Vnxj2od6Qڑp@Wri*@ֈibRSHOަIGE&pϞў%*YR vG<"{η#Skm~=y.9^K6{D*{u&	ؙd2Gq]p	$A{BQ Ҧ43ru595Yу9,[A_G(VfNSDmI;٦MѮ$;͵1K8s[
Ηl++НV
R@Y0\Bhw]<d%qRcȊILK}FSa~KSȬ:ݸ2GTmw@miOO1v>l2bIۆRgLl>?o۔yP!Y(>_
cvSI/8M`4^.lP_)ajD:2ʽяˌ%qo64 6wXqWxO*Ҝa7ש+Omׄ#thδP*&,NH$#f:Y/+pʤ!<cJ,
(J8!&D,Քk5E=FMɯB)ӓe)¨Xשގߐhk{%	kf\j<ŪBr
ڸV]׳XׯYL@aǀT_=_|CӏNo>^:iFQ̕qH^J$UWKc{UzJ"Qʒ3~y`~Cg&>"߲ŭ&b/ؑawɴ22y4rEƲά &V!=*:jcݗ߿ѲЯ[_۵3zM?<Rg-n-GJ8y+DІ!N:ˤͳ~kϡ<0
c.R4_|muQTT)4\~VnWCű8f_ZM<]J׵H4A_Ѯ0;Sɑ*>ӌղRyD5K9œݍPb;~a^#D;Wӆ՞/;a^(meԲh{S&:dOͱR9D5ypJUƯ%VZ*M(&]?Ěs.L4c|+2Q\Z׸hޅ;\ϭԆϺܗѕ.٘ƹx{Z0/A$"lc2Ö/=Z@O18k3>`gW
h^75Pn#?$a%q¬Lj<پz6JQMc~qvCU[_dLeYJC4^EF1cbJo"Laa4f~#L2PH$[גb.̪ʥ	˙0YkMڐ2u$yeaӼͩ͝	΂pÇaމoJ9|a9o'rӇDQ<3|AMeZyԘ4~qh;lȝgՅu̽߬*̶-,vW-_`܅<Q=)\y7Xw~!,iͬz%;-nq(=_^eu7OZK4!mtcc L`ԛ._věx$Tn1:Q}X7\hi_e|$>XPqcl3x%`G)
ֽA1FȸO<k+hISUmy9K#@R,:ʵD]
;F{~(QW[ut*էGvD<Ð?a!|K9|9z؈(\ٗjE/&eaeJDʹ!:ERWKdJkY$mi,[¨~_b${m2ۗ]b#i`yGRr?q'2@[OҨ55i_%lȣW~ȓ;TD[/וmxughbhҤ4[6v8vEG$99ŉ	P}ΞI
rbɩۧUzZ0VhFӔoGȀb)eߋw&p܈/W1r~7D۰g:0.VmbQ/r'Uʕj"[-ό0?=܎lY0\6ӆTJ
j,M9V:I1,!o	QBM¶

*lir{W4JÚmiUj&V/Оb!^z2YWֈمxJ/(u<QP
A͏]-tV~{.g5άY?[ k$o<!ɷ
$ 9\F1^{_G14LQدd}9ǋ])N!Sb"~8t 8иs2׃ӏ^=zCnx?(<n~i!m?r]/bonn/ALƎEJ/L!ͭe@OX*nQڬ{vJ'uUR\B#ͧ,hH9xitԃހՙ}mf+f<MͪJ~֪7=`g
ѽ&f:Isҳ@4V"uq<s[>1|<X%T1ee>ֱhHåK6w\Ր$^PA>vxѶ¡P{ƲTKD6+fʔ*ފ?؛Lҳ\8E*vjy4=lXtlhͦVDé];ڣʘ+6}*\v3]f}¡tr'd|Ct˿@otj0r^׋Ã>%PIȡ uݾkwrVڵ--aYɽa{g3\=$Ԟ%!_ݞ(%YȒZ}Ok&L1OZ^}JO02,24#åpfv<~sיSz)o0 hoc]&#!ެ>Зaalu\΀	WNG̨Umӂto,s6U{?)6YgIcY(#\,u.|D/Ѣfل֓EW&<:8?ZKtVۅ!!.J3T^ȹҜ"Q!qgD#]n˴bEa<3ϳ;rƍK/Ƭ߻Ϥ/}ۅ~:jf_#u؏&/!֪taQX ޳(ۓfvGVլ@>rAYCDifmjzY
}Rآ\rݴqȞdj|ȱxn)Nˉ8].,mH~Ҷ]j@d7|r=+$^ʴC̶ܑN%]n
,3w*|/kF_!l"`5cDW݇gE"XISu`9yM-,M;݉gLe(ƻTmQq	-ԫ~LԳbR<@qOӖu(^Nys=WJݞHdrAl8ΟMKplեpWu&f(*:ҞNҔO3ə2ZN[Y4>}Y؆Qبu~mH9\5Va#loI5mnlymf'G4Wob?^7X\R6	\"^ϓ2xdQȮ#3ճѪen<3.UnýQyEGAe`@gaǺ0׍ЊµmO`(XE݆٣f&ԍ
ѽf})$KOJ2,9םWx 
)vPBŐ$P,C.Hn,܉k˪$!N^3u%e|:Z2<mEQxB+Fŷ3=j"X(hm%pU2ZOfE50-aXhV7}rz4gYVe<n>$"h/İmڒavQӽuB?:<(X=2po$epss;i)zN<62`rQ̅UTQݬ{bѱE(Fj`G?#*t}aqp8:6*}z#\r2bY9;C	Tt4nC7B.4;$N$tKW+n:ϯ?.|,sb(Q%hurQtjݶ-I2u!TgZe?~k*`2X) 6RMXpҪ$;Sk:DygLKCn̕>9־6ةhVGZ	Ge0`?{tÇ9؄@iE׎C0.3Owqgs޿X{X	],6czǐ+~&$rĭ<B5{AӦDge# 
HmPGb1ՋΦz	s֍;ܶ6fRZ:n^cMڊNd֊ߎ=ۈ2A-I1T~qh0jQz|<s&&jk]	S.#R2Oȇ3|iľ-ΫϤ|%Bސ@AwĊHr͈0PM /YwΈ߈˛EIFu?gl)=R!BCNI҆E.qݺ EBٯ7&idJ_S+iqIFq.P-Y>܊QI&:n1IqϏ~GY#܂BD>
͸Xǂ fpxJ3a417>n2
`ұʀvwЏE)@ĐPûo3*vbz+yagN/	a!H^;Q+Y߽UIa$Xl/ϾէK%H1&	x|*΋yu"8MWyܵw̽e,c.WҢ&T}^1 k:ʩh97֩4y]<qSSiݟP:	"RwC>R*Ӵf%݀ߥ>0nWͨ{8>ǃw;ǷC%ƓDJE28Q]Y\Pkĺʚx$X*RՕVn48%6ےweWbC" $;ұ/i(eƎv>XjP)bvРpQ_-mZބ8S~W5&	<Am]$æt RƝS6jɗ{˵tr-#|^	={ŅHCnUϭEǣ8Wt޽|$"MTP^ٽ@b$MGS|]tIQJ<_i8-='EqڼΓo:	6v\fkH+o>Rt/$9dkSa>qp!n;D՜3puNg~=2UFjֳnH
gK;SQ3yʯgfd
ėı r(R"_d*Q1Xpq@[R5`ΫIA.3OdW.t"h-&^#HAeezIȉ7Fү֛,raӞطۤN$Z޷!	Rh+1L2ŚE~2Y&B%s_}KQ(@]T{`57(qÞo0+fߕslΎ6b^ޮz\r0, aYHusm<*9V[:\:43{=´k
<*qK
tl@flzުbUطçvrײ9eڴȱAm6'Zx+x\	ǝd,nUՊd6/?;`Sc(vɠ(=3BA7+ί5@&ܲ^IhKZAud$)uB4UƓف'%'&1sbX"Bc|dRΎme<u&yд~l<:6ߙ8y^nX!Hhi[R0ρ'OG
w1ϴ 1W{A>S_;wOJDcm.3S)850ɸs};VQ!'E\LǸjd6Ĩ39}u6O($l'7s2_.D\gф^! ,RQD"D8vʹUλxι-#%9hw{W;P{]{kYGȊv6MD&ͧ;O-v0_2ј\5YGBbW'.JhcyO˕+"ace&i_nh^ݼi@ YKCrơ*OA%kV8=R%=)}`;qɟ)?%nqJS;[j}ONy$y:(]3=p{˳ihn\sWwdʆW_p0FjoiE)`Cx֯wĨ٤ڎB7JH*@Zm $ñB%:YYȓE]OK"ӓX^{p^5|*\ƷKō
~,=sN~'
PP]8`7@Iy%0ODO]f=|kP15X.|o(s>B'͕JZ9ULNI]):ԝ[WfrctӘF18P7s6?tHZ:2=Tl1&1
{y_J]ԩK|?OEфXE=	"!s"m{1̟yhu|rR0Uffqia+=cI6!ߞE|ɲpVW[Z\i3WQH%6>wȈ7lBO,JҒC(q
(ȫc.y-?I%?Nz̬G`ڳVLum"ܱ A39Q}[pY<|v-i{Ũ_a?ԤҒϛ7TЫٙF2/ԩ)aȼItmб+  PRۦAJJʉyY-X.պO1LqJ|%8Bȸ8\h{p&|g'.Hq,@	IL.VEi3g|`(E09GW۟v	BTf)l_LKŨL &#،}H05}U>CFzw)G!	ScP6`TYCɳYy0Oބ)Ei)G
	b9C(C|
wJ+JMcL{3ҩsDfIyӪ|Ƴͱ~q֞uqbӻqNqэl*,:T|͊\;åKr&~|0f߀ϾԨpf΂Am/xǨ5=}aZjXT|S$\{a$noNϋJ8YQ\m"ޜ/B:K8ԺTΔcal*avZ;Zgp)@;hT~vO-yQpO3#u2֯2/b<<<Kk=zޣ4}ibo"Ο`@$Vq`yAm#.WHvWh[{66lRx^L=Yce5ʯϤ2RCKU&@?hapW5E^<20e^	c؅{}6ֳC"1@	9cހ.H<̳q`֜8d7T|rCzeORyTkvڑPI41zrr-/yv?zgJ'Vɽ'	d]eVsK9ֽ%D٘<^ǡS͌<8ŔVchW̹Tnϣ.'tOkJ0!]Ł?.c}p}ķ>xr|b	ZY&lAf68x3{N>܋>r&~K"Ŵ0D &ՙhDWL7&°&/Fa`J޳;Ӥ026^ZDM)XN1s>f8gS[$a
op|߶RoJb=hI:LvE	]?#/,cKt#f(Rɡѫhxx&f@m,d0,fKˮ5 e~UOT3ɶt;---}q.ڗ*˼-ƧBfxn2yN7mkZ0LǷs3I=Vqc2)j߲T>KͿ#*ߋ&ۛZ@/PtZlH?.OM՝լȸZR:ӊY*iŎmژőrŹ-w9;9ї^:R7ʣ`Oz!u<ǌ_|utQHeak)XIɽ#¥!]Ƀ\?Vbpٙwww+=<qmmGclb}vӇi`D[HN@_|Zë\x.\KxHt'#"&/p~T\Pע6YHKZi;L[=PFgVXLXב@)h]F͵7*B!K̶K ZٕVn}ڄ>Uڼu8T՞>5yӉujnՑ5\wVMݿ\p~?wW$-tUuqף'1rsءb#*ݵv9&$HDւAn>XE%yF<Jg2Cݷ{Mexo$JjoH}|
NЖc.GcsʡIFD܎Nd70m5P$Φ<$ 
v-#]c`|6DțrGM;tFnxҊmC˙kհiZcT;׌n!kRŀҴ,5-tpQBoռs2jr´D;vOӚ?<l?=p!
J{oMUqAˡV6HީfX#aMl̡ޮY1ä'qݛ)ʜY	fx2Hxr
w0hBD&b_XK'@%67Ù-յB۴]Ut/nbRYt4fz_)ڙDixHHh}LGhRko~5<ic.߷
ӭ-ľO	BuKhs-κvRe@+x`noҠ8wS$Сl-z%ƮcMb2Zqji[wYƝL0cJ]ubۖk[kw˰ҬY)MW2.-MPwhɤxG/7CO4]Vp - jϠY_>|XH3ҐUk/@sq
nuڗDڹK(nc`r.ͭLKpR,WxnJL^Ǻ ^Խw{L5U?G!0v%/<_):_иeL$ОJ>OČpX.{/R<K4Nl|Q+#~br݋ٗz-s0~T .*U`'`o=ɩj[޷:x|½p]H4(wv	ox_8\pRr%twPcΏ"$زK]xa:ݗp Ʌ]߇oB/pr&K8{؃Kl%߮/.`7I5?SaϮY]uֵi0[qԈlnJj"JbM
֔YdTjYs#֪u\7`Z̓fcyҩw>)3C:BhGK@ݠXru.GqLazO5,Iw5߇`'KAØk̲@wX؜([r֑ ՇH֞x%{pDIr0"VsTǸY&k DdԱ (ӕCл>ځߴoa
 ىq\ݹ5FвxXF&HcGjse&FLgXoɓ*W4=w{ݫ۶AlrBRƟت'T0V?	]SMNoWۮկޯe5dJBDtk|g@Kַ.ͫdц,ؘ&c$XKȖ?=ݱkƂ<pnbOO?|cl@@h0-0n1c"18t@u {zA3V}T1ǿi?x=A4˴2ȷ3O݈S5K~_S߉zu,{gI/lverLx>b^*hV3Xl*Y~'NO<+KSX'и-N~]@VGXrX0"TAq^<zix"[k2U-"#}Lِ5!֙s<@ص11Wpk"/`Bre\$uǟ\gyjyѩD70L
#۶:p!I3d1/ۮ~ݠ1@޴L<Z1wUT-cB\ӌN$bx7?C?0NvS0
}N?W?9NȦv[O;@ڟ]ܢRy
9YRy@]+ET3@B2	59pDF"TzL0%ٹ+C'4}.)܉
5CXIz@4<:l\siP~i#yA]Ԝ=ӨX֢חIy3=U$TƇ[,^@vS[upvOb۩bvoĺ+бE\&(r74OVRVѪRޡ8KqB7Tلfh^Ӗנ
0u2Ѿ$Rc/VΨ^br.4MϖBҗA!zƭ+sù>>-4xnQaHET&Ϳ̶h6I%mVfω
HCbںs5SocH
!VKODf	KdQ>1 |QIJڑ̧5tU"JA|cKOt}mJ24@1Y1tx/g;U`hh=-'/[B0GSn>k[yYRTն?4*TFsb|ԡ\̆1ʍ3(zR|9C:W4ڧFF\ 9SRO#C`NUp>3MAvexZus6LaAYlΊllex<'%|$H:Qt[$|GW9FnJ^QQ&@	}]LH*]mmҴtqI`tۚOrvSSok~*.ձbwˠ^cם;dhP{5ηNUOV<`]r2xnђgUcǩ4t$;}0+a99ܹRb`r	&G	WpNfH-ų؂[)H v"GT§(Z+l&6jEO_%bG S=GA	SZ9/OEVvqbPˢPֹċҿb>6X-`AK;gHoN\<[dCLБD9ԥx")Dx[OarP^L[TsR3=u-	e<^vױr˱K<ЖЫ}yPC~75}Ki,a*ʒFLdUf(ޥܩC"tjD%SƷ%΃^u8_dC
&E}|i<Yʋ	{HT_3ɐ	}&*Z?lD1wabsCet;k~gՆ,ֲؗ-&ĴjLwIMX
oL#8ǟ<#+?1Ə
|4`=L:Z),FFrܞʃTuz5Kɥ#, kcH}@شR	
X<]tRzךHrI"ˈBUMaL֙kX[i^GSjWа{nscD^h2Zf])#dfJ؂I5J'U!-S	rV
)z	<WWq523p;?XQv}t@%$ _V=хRgՠhHC\1\LT(0Eb\`vPz4:vi_ժ̩ɮ)(vŉ7;cxunLV\z!Jw]NxjVce^)7|]ta3US2?V$w;hNBZ3!jun
ʄ*nq[ܐ@@N64g2!81sU;aOyۃPEêXqڄEJQ}Ӻi[a-׿Pm5:_g;YOj٣P
~;܍/Qe_qKK)%ѩ?.IH<BQHԜk L׺/ܑ!ȍHrА0ԉ}GO_E!cTOΠMC,~Wϯ]lʻq XMYhv<6gx0^o@V2 G|bހ(
9b5Hu^V,N=AWy\8X9Sȼԝ%-]!ź	ōd#%UaDaG/\Z[g	I',٣ͬ1Jm!W\aٸCmmѦOM|Tw{ KN6&t.\pYELY҃8M	%qɼpdX[׬oVYt`Dȉ ).wn@ĮCN!>~mD\A.l@:*'X]̟+Q_6	H}"xU
ƄNS}~t+͐cg1ʸQ`[nCz"(s+C&DufLHFq©d|ƾ7nCcҊRƩd;eDxF-$g1ݟt?:8j-kJ<ezA#:.+)+G/GQ߮j̱Ǘ<^+fRs
̮lwkp^_aUlÒ_Q!xq!#:lHǖuGB
eh	W80hP_tAG5_tJRۈ>>0kOϊ/PPya<a9G|@ݨӌ&_Ȟ{I5K}|CxjPeS&O.s
B/U-cG~ׇ[\GFCR~q`k6x5ͪ}[0lKq0gWLJJ2ջ!fwCQRN9u]9=|p-wFC/YZb`wBQlA9;Xͮ;7IfՀ;L2+3ݐ!EӛxJل9"m3GaslHWϔWR84sAaXgGΈN'%W"_PCבKPmb
VteH{(SHO*6hlj!xx.їVH{z9̻ѓk tk`aMXޢ%5\gG2bǿs=Rg8|Ե@@{2Ʒ.ΐ,q5eI[{-#$tA#O_ۨԑ
^v
@ȖTXA	]R$\(wΞ%Q QưGXu;x56Bc5k}_Իhno^u>vʿ6en҄}G/Tڂ)V9cNâWpa/[!8Ǌ1cwwy%ֹ|NHK/@wրeI]Nr'{wq<M)Rccd5uŮTtU~uby
-n]}_	fp=7#?Bv?:qօEmWpչpKɞ__ۮĻL4"&f-kp"m}y?ΝЧOq91fͺ5t2+R3`i(W+STW2pSV0	=f{Ub$"]3
-VtH*UWJǅHʽb&mÝs9\ziNcO`݂4Z=q4BV"0gh<UugQ:_ԥ<Z(].ѓx^f@`a*L+F;JD.e6BXgI8!3"H)UYE|dF5vNI4ʠ4}Se֗pX݉s1-@ $Y0,HG{-v=O_61HE(Y'>&|_!Hub=GV*߷u݅	ïXoIBs<i"1C'r.L-[ۗ6ȏP2ˮ>:x@QFޅprkOj]\S0H}$_)Kv0+38yF}5ߘKܯru,Q(^n;s,{sT4A<Ő@`bRbM4'v_3QM A֖z	l|jn?xrӉVnFC5Eo$1?ɨs $baۚs"qёЧ:=|nlxl5
ҮРMu=
kXpPfcnmd! N/\13J#+IN(hyU5C	"Ǘ KXϬϔ=Ȃʤ}ĤYصQVet|߭ŁNG!pqEl5p;J=#H&iG*!@EmkHn}v3:3I#+K!,257K
|SG57yxTM<dV.24R.͇
_x2ZAaTxd<ŧypK,4Dac6gVdI8|7B,&Fjѿ:qCBto2
Y+asJnNhHʧw`"~bźYX&Iݔ$ۉyr7XUJQxAΖo{p1cPFؿsl>S;<JEƳЈ/yӽ4'3)4I}Ta+Dz|S%j=Pzj,^{*r$wo6Yl!Z<ejvhgNͣ͘k1w!:p1%دLG!vN,̠DuJ%#{#ƸH,rO #6W]CXYk۱/7&ע}.g&4z:{ݻwe`K]Ie"aЅdQuJ[HޫG_ݔ
x`MX3MxSٽ#yYքʺhS0<ɢeJ7
OO6fWmk	ǥX8ȳ\bK#1(C3H٘.DpwG2- c__۞k8I^7$$ӼDExw	@R#tc7އ'xY-jYѮ|jRhEJ~U_6rCU,"=#׿^XʵKG3|M2[UWvߎ"tJBߩ<NӬJdu$sx(ӏY1wPrnyVJfNDukLẓ#
MXpskXsڔ1R7Kբ<
D>@Co$>?	qk+D*<DS.vʏnї_,S1/W̩YEra9
K{dH*?׍ָGҲZ1ݥȕ̼+mk[Dt&sp՘8o|GTȷp/>]_ε6
t3ZN"95ʠdpfy@(D4fb9]ՋͮGT0Ď"O<-eҬ[	&Z?[4>nt)		R?e1>~Y|g8_L|`;m2]j#<0})V{΋}O܄2D
B6"Ğ^T_lŲX7,>ܗ~B!TVеaN:&Ŭ=d-*g&Lډ
#&wkpI!bLTBqn؄ܶ]Dڔcήs4N%xV'Ҷ\̫ޫmI|χ־=qvsچz$uz6bo2ІWwh)?X69>GPeD#qc1ceLSFލnH-!ދa-^vγ+xޔɋͷ6\2m.H=þ'o9%Q΄Tgb"KCU
q̂r*[	C{Fz>5_<Ӫr6܄1WufII!T;GSS&+ߙun˷m[VCw$z:mP*FSֱF9J-ʋ.GYնg4|Op!B!	RYіٍ*,@
ʅr/F.GU
AsBق#D9X0
/Φb޹3)~H_xP1y[(1d6E˜wD,&ϕzi$bذnK[~]&Pć6:tW\Іo!Hn$,Vd&X#-m"RsÇXn}!ҸTq.:jgD[ZJGĠ%*1ޕބlzUu*lYɅE>.d36VF78O8_nyӶѱ.#74 ݪХcR#9h4BH1vɳe8Өc%zqaM94SAm.#et,t:ٶnnZ<X@!bqՃ@++{*l`"VS,S.a߄'cqM"-t%I:5-_0iT*fhƇΣ#hf'ǭd7mq?|̈>%@f)Veӏ/iySnxxnzn`AI]Uxaq`EN"I$+	06u+_&rL'nrUVirbB9$8(s|IZ0C_D(0f!2xtZg63 )g<W5F˯5]Z@CD	j([}}'GdǭO(hL)L6ְҵdqAX$rf>cBjT3lw{#X!iN("Yם,R<b<9ԋ[ٺ~zMĠqfJcD֓+rή#%Ȗ2pbH/;xW=N4v)hjL^'9"8ܕ+^'`PO½MN;UO̫e͝7G Qј5Id|d.(I%YKƤI}_glE5u!`>._MuDX&β]wҬAzx'
|ۺQ^WhƪˑReӉKqA)X
ќYa[YUځ ՂErՠlpyY}iBi^W|>\{/j
XΓ`|7γ9	s.gqņH']gh";-lMRO#nz__SjHuIS^ۡnp7yG߻7^Ѧ,cknm0n6]}ۛtcyֱ9(M=ͅlN]H26=0Q	Rʻ͟aҩ&zJ(]NN}	en֔Ba8E`ZwIi^_Ǌ|׉)_ޛwh;z{ې*Ro
hN]T|H-?Zfѡ9#H¸yCG'Ef4tqˀ4
}ڪ[/WdG= 
{ħĵҍzNCȂenYS9[NLDU7"TRr#yXPW3̅]_~)ozSnb=K
WK[ޯ{_cYhC\_7#"A=_L;YJ{ԋ-Ll05+<(N>gٍ*Q0ɼF&4"Č2UkdZ& (m&/Pd9M?`&GVkp\~	DK}5=JyWBXֲiVJMRyҲ+$1qb5yKNҨ4C%:vT0)K`%_bd^|R7Wy~17z,Ea~z4z@HB9)kKpC=ݔ_IzcF(~_r:rXBcp9.U=<\S:vНuϓz4omR$3ëgX Eic_?Բ'{֝3]2prVZdX|x|AzUZ(ԗKACx!e2x=J{1<T_)2~[ίԪv<k4y7Bm2ԇgxĊ~,Q46ԞrB߃9ݧX7fХk[v3PO%qwI&V^F1tƼߵbvfö3Mʈpͅxr`9ZІO	iSsC6"3^IYߕw1Q[?)ļ'Giog1!?7E
Ʋyn	!j&ΖZ"w
ؗ6c|R-;9.n]ROcw@07 ˑ֡}09z1-Jދ/__kYGuAQ.$igwJ|XPR\&.}Pܮ8M*= 	)JT"`mLRsp
۔*\/ܭmCÔXQۀ݊ӏ*K{#izTfm>;k[s,gܑRTkD1^bIِzɀePxG|~p9ʻKgٓFrC=_,ą2F7%%Dkl9]dISPؙSy|Y,4CYޖWۈN:.zx;Y2p5#rWc~Ì2}N֧ȲBS?ݳ8ya?X0Ѱg'}#ܼqޅ&hRc9+Sv݅{vǯ;s6iNH9F7CWj!ԬaQg_Iʅ):L)/'ϹOӤhWb\/-[xMaE-yXjЇLzɞgfŖ^t~0*J{H\_&xv]UU4gUR20SeDHYg٤ZDNc6E~]Qg͗QOP3Ezo'ae=Λyinh3;*C8DZӎێqng*u'uV&fD`_Y! դ|Y<2ZɇTl9ht j}I.3QQw@$ՀÍ)@#sׇJjøR[L){~߀V*[< K{<$V˱v9YceIvy.Tڰnn^,0vc9o
?34Ψn5b	{ξ*K
]g"0׌t
dŉ\<X.rBKРw+o$2NĄ,:8_ZlȜϡրԺ4D,h7$%EM2(&Qs|E`2(˖SѝjJ80vXRj&0kċ@8uk#Wg$ق.s_}:`xHv]-5N+G {$(ŭ4rfh#~ҳ=Sq_D	߯+Wp9mlVA"uւb;4ǥ&/FFBvJvYu˞i+Mɛ S2D"%ZшݧЁc]&Z$	1v:tQV&n~y%z~7?m0ފNf:5\ZIhB,)B?#ȡԜ\>ӌ=K.D0|̍L|ŭ)=	z:(0>'u~:΋Sil޳ߘBhers<ƨ+lyɔǺӟ~4aBa:tJ!@iv4ph,3xh'Ř9@a!{|[x#_3FE[=lދPrY{24$CoE>`|@{dQ׽<,Eo\7YԙO#R,֜cu.܅xP_
Nk:s!tj/d֘${2CCf8g*e_,w:Q,8
\KCڎX y?-0˫ǍMkt>~r ϧKnDDͨpZoʾ5ym)5lvi#	e؇g/٫f˶63oQoCAyۜa:`garo6zX4{bq@${72ۛBϗۓڻ!$	Z݋1ؘOݏߛh#{N4%!`ҰC
%jNz̡-	ԽK7-(XݾÂ!Bډxx{O\?+Kxj3 
ni4yj\KmފQ.CU~/hDPw(Y/ek&60<[-\hc%FHolyK:2Sd ;$3@);Ma8p&̷`6B@}+`M7,rLנHLgww-?>Xߍg\53­&~kn>F4\7X<&:P-<̉Xh"jz:ݎp4k(ȆQJ^}?9uP'خіv̞VQ]ʍٷ6v,IɐN-?ߢZp"NBT{>A!UxDuQߩL4W~g`w["I!=A۪OXnvY1'f`|8AcmxgH`|˽K (\8} 3oGH.*Ė|ZvK=f?ٚ^v#}@h~0#ybm,`JPwca2łx7yeҔlcqt3!2c,I]5AxU;Y½½B:@^Qg<Iǒ%-znd+X]SK'1Nг@U+O.4Ø+GB:tuTi46uql{GwVb3A=pĹ\أU_
Ɖ<ɕػtg~$!<B#%NME6O]8˱SѺQQ7V-z8J}6]77=+#5GѢH:&׎7Gl/'?`XuƄB;2WX	=ܳE(8Ś,قW.Lx[hhc\w~]sз!^qY&Xw×=".iX܆2+>@"Cmt5+f-ʻKR&ƴ]H<<siЙ~mJ/|JǐcKɬ8)х&2ܙsާ ժӶT0Ceϭeٽڠ*mԒԖ<ύq1La~q`_mLl79K7J"٬Z?gAvm`%ILx40KNrAFUaRjw0¯hX`p%Ӝh-?$}pv-lCR ^ydVE]m+E0yP5CHϛQ~!	أ	)ɓ^TxͯDu R/wMH"׹|qxg˦nBC6H!QA5g)k94I!1Ep}mד @.1Dye7ߏ#T#q:Ko4 Aqhә.%m/]=\\QF\y%c9<*KndWUNs[9rJԸ#UF6V2+Oc;h,b+dbNJM4RepisTE2POsUJ&y$4݉J(e.P}#<GR2CckvA/}u^dGAj;pqb4͵\PM*xZF:/BT]P)0ρ$ug1lz6z[3%(Λ

`ɃdT%Ű0Axo4<]>3TEMX>j29"O{Nwz}JǔOgc)7%q̛#
^[n+^9WQРK|jr-8odbSZhms.Րjgrml#1EGE	`g*ט{$?>V<LpؠAecV.ÆQ=ՏOOu΀v*ؖ'ḙ̈j{Ms:z~Uŝ|W)sȰdP
Ue)h	D{O'VmP%/6As^[{ll[!]M}ՉeF3֯%|{XeoݢΩ[ȉn`t-I&f7`([ϨǕL} 
yZn4akTIAwnu.78|s!Ʒ}
4ўƄp4~+H&1PL$,5Έ$AoXS!Vܖ	dD̛9:%ԒϲyLxѫٌ ¼h>=6nZ<m.xF:G9̓o	LXR'vT
sb!$qJY&aWێփx7T̻TV?d5P38o4)NQ0K@mi̜T8҅j˒Z:p3`=hUw/ϲ\z^,,Ǖݨ0f=ShMpDN+іPXIo"V#0 sE]jS!5|a0^O\2gaѷ]Jx1*|<Jb*/\ť6!VgD߇kP']w01`Wħ^LݧGfx?Ya3äs_hU5޷D?-R(pv`gJE$;M,GtNt@"ι%Ý٫8XJWmWYВLKŗ~ݐ}TÙ٭Sú2`Ź&4#
ac6?$w̿D
Z}}\z Iԡގ63BI[͠֍UJ/E] ԑXY$Hyeb	x2Nu-8Wt5gDe[P߸]ŗa!*XGKdJsݽp5}JTsFdά+^<P*mQRZi<-FzxEPͧb5EpmɚN&SAG/H}&WQ3QdE5i08q&](3}1B[i*-=ggrf{yMweDTȝfZV!otޙ9gZgd;:UKl{"k!oڔ6+#?_Nڶ-lɨ0~fGV)%|p/Gyk0w(&9F5_nT\d17C#8%*ËZcvȰ9P/4օpsqLpy'/zN<{YzCΪ߹1?نvOCP?s5Bķ/mU	OGc^".=}!v)*~plVB/`HƯOK+G<	yL$lRԾgFͤɑēKKx)5n
l2P$߿KlǄF̘9ޞYZ@n=Dٔ*-A_)qۍz+۬Y$-Ν#?K4y5nw&։
نВ-[J2&!ҿ{שùJ"sg$zhݽX[͊;
]e}cm 0vemKJsԝΏɰJIgnԜza֗8~keMK>14'.l8=<Kaw0"OrkEwĹ0w}_ d)LշuQCYZ̉u,+l?\[ůtmoYE@pҖ O֎r8֡#ɨW0Y1zӌVṕ_UDq%k5FޚeSHBӟe]%I8h:,~3{i"c1Oct[G01VS'T֕
dF0!Zz)٣Z/VԶ1ɝ؜3y>0&ӑ'~؍tJ	c/ܨ%ɂg&6VLub؏Tx2ƉV>&y5$	Xo+f%u8Myԍ`Ǚ=)+c/3#"ԩ.\Ƭ7 )H݄SFC"y!%;L0MF-V#]tѮt]̱))2ױ*
6@\YnX?c'ШYDɠqNtONϖ/
ɱFW08I5{:HKsٴ>#~&RO"PB=|[̝M,$8YE,kTҸ;riaЗo c˧47Y)Q#đJB446ѸdeۓoJz|];g<mqvŢVȊ43*Z"!T|)'[4޵oK?J/"
cU֩iv?Ət!D5*f
/=-̛n	L>Y0ϸ1 \̚iif7$UbU^4Zau΀%l_d7g&U	jSc/9~}l{s<Wib<L=tn^'y=9Cezxj۱ܡ~ɚn4жy~A5!G2*>k+;=b^hد]T]x`"-riYqǿ)v<2	!/w)&ۍ&`LtR[ܚN'yؖ.r3rTb7}۩B߃v[zR#$:^9;Ƹɥ^=3S_dxGxBwH3Q@_R,|q7E]tڽ&OQ8Š̊[eHA;V;/T̖@&G{zk%cl,}qD1Dg`GT	QR&ԍֻh<(n_܀ ?]7ܷQBzn[!lSk_h~;}KN2(Guݒmd@9?bpi,wX5du۰
FX4ݬs:`9R2w-dKdl̍5#A{kBW͞U?*XPsTѾkԜ t]Kϥr-~JHR:x (7YHG8ʼL4o{5!.Գ6f$"YhVVFcQO~!gNrQy4n_^]ո ܮ,ѓJqx'.ٜn8x.#EPgI,U$dOEYa+i_`AțAf8.XE0s<}!<I=.ǋJh^DC {)0HvBYS>-hkH>GSί]UF=9@!=2ȕ/Hx՚0'1HI^]j1qعW'DD/ja2`ֳ6)aCH<lZYy:?A53h^KYs"=ڀl3x	lόr{ov2HR4h}Ԕ |Ag<4mɓAa
G$KͤNYȨ;EJ/ |֮ڃvfs0)z-/`!˱9ҘrѦAѵdQ1 WA[dͥJ'fm1!T0hpoK|j",>tEF;J:is۾}Γ.Ӟ	z$_
;K?f>lvEXГ]1{S[y҂ιm9OLq]PZ2ʑGC+^jq.;UGRv',Qql}5ǂҏgi:̄ޤ>WոBrۗ)ޗ+Y7{gR_N&[*[2V=bl5o9oװcg\a\ayq~Ddl,IX}$J#Fy֨D֭s`%SK&@ 8ŋ3UwIК8"ke"$L!4*8)%cy/yd
3|q5k/yT-HWZawp}EϹ
gRdE[X?	ں&:"IHnVԐ4[:8uMe#âcdqx;4a}֤~d\>Çvgp8%!ˈF&YB} d$%
KVֻ2_ܲlجkYQGNe¼LH`TS{c|hVg`#{ˎzo~lI$ǁӾU5AbrƘ
e}M/:AG"Ђـ89.h%WH~595<z!3f|%SϏt
B)y5A|{Qk(\A^Z-ʼMěLvq'<o!+v/aQ-de|66IDmޛBƏr1~M#HpDmbJ(ӦiOJNĄզZF=|/4rdj)<`brw݃{	a>:qupBpiӇhU:l/*Db%f?j'<f-6
Rus۞'WKFȪ$J%
Hk5?OܷA|WW_hM[#il<i=n%ȝ-h-yz"!ў+ٙ5cm3"\_wfo(kײkmmcSWK#ӛFϞzV/
TRĪB=%ZVv*c>C[ݦBOv 5#QX3jU:(Pƅ"~!Ie?'>tgg~s~qbڟ զh"ؖ5̬Zٯ/vns@9k͐՜*C.'LQ[$ڤ./fvD8QϨ\Wv'kɖTɭ݊b&/I
"qqCTV_ZO(؝r7V70l"jnca8IPP<!|}1E< 94wkWjcX!+<h3aQgZ<EԬdMrH7Ղc~j1XjC݃5.5t#!M2ڡ#ݹ[p	r,ƽs;lq
)@ž_##NLDRog}ՆOq#ȋ!M~{wrJ3JAZS.6ύHĄNwݯ+6Γl
̾^Lȍvhˊi/ӥ6g/Bf0<M%G1u/YʔyY[zlX[
)huHȈbY)S:ƙJ%øzPUNӴ)@ɎGŧ
>#Hn!1>L"k(s 5XELȬ8Guq
*e&.T{sTjː3hCKuxTl>"?IV`Kc`9Ѥv/[J$Sӫ"}])bkٴhi!kҌY^L6"$]}r&ĝNN1:m{<lǃRԨx`9a~.;pL3j'2l^kɨa%D"v\&p|@[<$>ABɶWt#qW.Hx*s[ϲ[

߸"`D5sփWws$(ǢZSD`U$oFo܍oK4LGdCfw'8zin=:JGľ0'ylCgl<8vaeL.Ŭ*'<aD͛cLƘZL>Qx:ŮeVx6ՅrcTsYF7CUc7),u,Vgғlm3ߙu8ICN*.*{xkyMc,%ܺ{=G8Nˍ_Io`<3)hAKuͳŭ2Wql97TM9jRf!2-$&`yD{2CѺe-U
ϠM/	.6-7ռCʸӟP.(-%8ɉL`z"Pf7ϩ	93dJFvB9)4qтZ.eíe
ʀs}̔r2)t7#X69Wg(+Ju|2X[Ȗ3.I+1?C2в#Zgum[+(ko0`$Nr|e|ѻ\;B~Wet7 =\UL|cݭbuD)Meɼ9ϭQ|KTM~$forDB4(ۤ*wuA4ody«v"ĞϽ͢(HET	H-\[.#46&8pOhoD8ɏbxF	5\}5ǴZgMQO!cF|nR̞yȳf''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(18915)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
