import brotli
n=a=0;b=1
for c in r'''ɖygD;XFGqP؟cGϑ_o@tӀz12LiqΪ	V m<3Jex.JgDi::}aSC̣< +}Uҡ{dIw#ΎIMqTVPۥ7eNNPbtL,{f8l>`ykȋa	G>;߾lFh,^Ɯk؁{3~94߄:U$w$~ԀTU0 RxPgM}<ژák8P];!<Dۮpj07&`P@)(Ε&;|	1,A1CP^nW*"ӨUuי-Sifs=K[ugCFPESEֱbz{ѣ/x]-@3yءo&dˍ_]ilY`|Qp7نɘ4	>ĩ޾n(G)m<ƀ#L̄a=c\b5!%lPDhE|RV
8Hz$6aٱO+"c%,<ʮBȑ޿%7/[")H=ʒcmv%(DȼT2!òl,˭I^e-׃Qf1yrS?yy`!EsRWfv7J?h\kNPͅzzTէF)7j׀{v9JDHܻI^c.$Xh~'O@U?gE~%{npUXS5?q2x|qQҫU*`ƫƌ~QP#,ހ?Kݚ÷۝2r{/sQF&̀EXI.Iw'3_ɴYŐڞ]	۬i#Jqa`7Fv4*Qg̝)R;UWُ6j22׳~̨b,&PCoǇ#dƳT 5"$ͳ4.+GgU_U/oWP/ǃҎW#ҦXje9bO`6:ψj)uբQ@ӳWpd7̩IϾ/D=$DD%M+g\@+׏x2{1kH0YZx̅&ڼ,aEW;q ƫUvdQ`^Q.޳xnHӐR-@Rɤ.>2mqa=|1&,ЗAjuQ4~x\8݁5ǐROs/1om$+r4,y;+a1=Cvv"TD)hC>E<FWz%?1TĄn=t#!İ|dGՕuׄ16EOΤc	uzd,6ǜCr2]y2	u{Л33u:_)ͱ·ܩUn|̈́i̽~@)dxNbX-	h@X)p\Ѩ,H.	-`$@U"3ST?Yn>pphn#yC~k.,L*Pٚ9V\(R9.l8ʦq6DEE%Y3c(Gy`y=bPbHodOx3n
Ƥ'ʶ{EZǽKzreȈSf[TĂFV&-lK@'K
Hz6yWFיR;>Åʌ5giП/IgFd,r!QJAqYFg9'Es=fNGdKMHB_s΄@Ƿ%?3eW}j+[@T_XMʽГ/b{qANNu]rLtrxvpI-y#P&xaȶxSOUJdz$bEIA	fmm4-Ƣp!
T:1f.vٗ=_ڜngWI*}M76ߝmc';+^QLvPVzIEf7˼uD}nX?(8zU!u,JԞJH_]l`Xg`d'ON']Dl-Wۂ ucۦ>a?U}vl>EAq?"	Oj18D2nSxB&ubM~;۟ѓ^	IΞ̲7¶,à*f0O0ag&jnq	Q+MO)]*ƌq̎qrœϻ3*oB8{σ'ŝ{6͒$ÐUͯ5~n
ˤ&%|%ǫF(OK[.Mxb0UИ&}0n[oHzxƠlư:=lgϽ@dӚp]Rl W?HRV@+1Аh>q9C=8R{Փj_U3^G¹tQgBdSݮ.A1FŜb|cYe-%dѿy%
uI/u#t($!˓l1a</{Dy)Ґ
Xrr7
d&D/5hfaSzhlCJ7(	y&.K]%<oȿ]60_lݤ0c=[EesiŻѿjw1gU˗;ͷJU"OGt(4u,*$ٛl+#V.#لc7$VB X(P6}z%y6CɓѢN|y-jV5l).qn!OgLw?cʊ)(@_DώʱdyizCH~~DѶA}v{N(xTrL_ʇvZk|G_;nL?|g6Rۨϸt'+42u5|7VF$}zyȘ+>bAjht*BjźZp~3GzúI̈́1ZN=
4V۠qU8!Ķh6 ][tb(sCK0f>,5/Du/O[y*
(TJ_tyr95Ug0FRͩEH{ؔz71)yTF{+e̈́ԾtsveYقf}m@foU`"$8!ġZۍTu>߰^fÐӓp{gPz(ٔHXa2KtBV߿(lWXaW?UK`	Νp>%s|"]Ӿx;ftS&I'CK'C>IӵC-Lu½wÚʇԏ<+p.ݭ$Dx	TOTxeDRJJ
ޭ̕U/1͏V_ќͧ%Ψu{8No5dxQEVNۯgMNsxeTҘúN'&}>=."IB״$ASX+.įb l7a׈Id&&gUY-':7Cߍq
Qsh{YWJyO0U1ª
B3-ApH|&2ӷanA?S!	FVJ%#/gܭ
;E߳B҉8^:|D=uzi^e7B̘i)cA;iRֱlI2K("D|oteDΒ:P H
>`bN%qTM)=ax:C_X^G	* nm-6D yêlaIrP݂?*;Hnqg	@ORɦɝk»@>&L&_M޿sk JJxCN}Ȩ`skic.wpgbuu>w13Rj=:'Dy!os[Э]g1g؛3PU3m#|k?Hy2r/ћ,|ٸ*B*b'r(ZһؙTn`OǏ"M}YT	z'wDjs8o)]6eEmrK`OՎFtQD1,0Ǟ^AK/8ŕ!rrٔƋGU2K4@p\f)Ҏo)a#AΘ8[%X"+2.n31Ղ0TgMÅ0;G؇c*J!kǢH̐śL<ň0'5X[yv#h?(P< åS*O_۹¬tg#{	{^Ί&C"%?7Qy
RLMHXQfNd!vG/u<bϲDDh݁q$OJ+B0ma_:MD2ի6X`Zc:NPoIh%Ӑ:GB/h8
T?er$5~ԒLF_2vkEZ]b5YXX+1Sн"ҫ4Q2ݙ916`ݪ4?hԔ̾~?xhжkr{3~hF[%%;H@ϥCب?Csm3V1w}|Ǒ x[a"޾YH%et4mG0mXp.?tM:2=u\c̿yhqux V8^5un}B"w8ߨ;h[nn*ELUQDlS@ņHW&h6Eܘ3]؂S5BP6bf3z{}5 jA'M8:VpKQXTs\.!3Oy݊7
a3Z)N I 	_#N*لT.J-~۔	9Bn
vCH[łk>Qzr@|6_2P``,>#P B{cRV`rue`)o
^_<ǝ66t;e:Gg4m*څɭΈhG`Ă6sR$h]pb]oR8<dS}P[=
+lEl̍`N:2ǗEͼo[޶37Q&7+ׅ{,2®ŮjԌ5>`Vs׶s)ih@ksD.0k2-1ˁB 5ؤ@ßlskp9)M]B΁M]ҧvߗtX)":vʡx6 y)ǘZt+|FV67ذr;Y֮RUU)q6FT>Tʹ[0rF^[""߱Z֛u׎HnTC5ͨn@5r|N*X#Ӱ i\g}çaC;IVAxS8CߪՀ^8L5LZq$	E(vc!	9`*{-lI.o}Ď.ҷ&^'@5AY)JM:$ltX 2P&4%>5R&!e	xQ3}V\AOtI1,b}8?#t	x[҆z@"Q%7=<NzD7F4{żSѤ0ӗƂ\hYU=,\d!=
\ng{p	Tf3ɦC>~6UAV% *8ڄjzH)KE=Bĥ&waX
q6`^܈W jwƳcݠ9}aF
\^q4ߚ=˼O(Ș/>Cd-i4;4ѩvP&$;Ί4>q>%BJQܲlF_ٙK%>YvA eK$Ր̲^Ո}Won{`Bvщ'wUEžݬ24B.)8zejr*5˦̉zc6JsZՆаejMtuiq>rOokUb e/vb^ǆT,=ivѲŚOvsHjI"DxG%+.2,ZcBcKo)ʥʌN1aǛC.Roü[(xbڷ~j	f*iVH֢שsXВUǣF|DQשTN˓'Z2KjѥP0h=0}p06zV`e08O˸!%?ɬ{UqYB<ΓК43Nѱ%RԌCL!%tpPӊ`؂dyR_6.GB5
2֧)^x&D5jhK؂ƒ;Į9TM?ɸ+iPK&ڳ`!= xBQgWB̷}dnҦZly2TwDfֶ_z/B޳[QSUدFݯVz?(V;bOәJ:3
(hPGXcǄE?^Z-Lة%u}2N19͐^		oH@$x\:IQZ;fnPLքܭ48kS*=>9o8s(}O̙R,g\@vͶp?exot<!˰Z=qNCĘ6o@ ̵p׹1Lg:{0"PwEjUSusR\Húziz#~+qOMA[T5$y(]I
9s)YP:C+tm/ׯ,%G!Xc
W332p	Ӗ̑7suN,F.s2+Osw-'4M߮FmAuN-PE?}z* L1K
>i :W%ު<1zF&MA9(M3ʶ-RN=A[NFı$[וU/ѿ3Ց@F)c*6R=>W[6ESin09ͥ.RWDȌZO WwKxݠ֔BgR66i3zևG9'rNsXh	.\jsx\.ĄÐSf̀X\C77n<mAn:nD;.>zvAMf1Snٗ*<^?{t5H6!Couא͓b}f<uȈoh."0W(p̀X(~0U¸?b5Q5)/ԣūiBlnDܬWxiҤ;ˇcLftPR;>_gHECEzLP"(L%~CSu?EТaһ}ў1_݌ւށQdJ'Uņ\^oJr̔ë`Ǳ>8#"ObT?M8N1?0p`.|ʫ@WZ8X<6m7Qc&J$T:|;Ӂ&Cp}ɠDoL~Lfa:ˊfҴ'+oBrt6޶#VԸ@%ߧ,ʀ9m=;Dd3O{	1Uyfgڔ_M7",
(/3D$F.@(Hܯī_yg]ݵg(ޑ)(HA"74Ldkw/4omwW\+JȚj֦^&xb?T7Rްϖ[KrH*]YȷP"s6'!]V]vKIOmJ.";5_%^0,HT;+@0>nnY9Ͳҫwe2Zg=)HΕH̶	RԠU0>J^2_<:a[p|`EeN@9܅ÂoȾJ<8MjFN	Z"c9ϒۈ=ԧwוm/6B`wժ2͸pn`eO-/kIvMR@;4ϡɍGJ3eTIKNE;_w$"q5X۝>xN  ΀/UKpٜǝnB38
&ʫ"ʫT;k >yC
r/f(}_qRW}m7Р1JպbW_5QT`+nۭSQ_iڶ'J{%s3jxC_Q\#tLCt`
ko,/)h-#9(k_>Iu ZOd)>ZHc_BW݊8hBܑnȿµ1qL(QOφ=	Ldt۷ɾ͂;&
61u'L3;czqۧ*Pv1٫A+Ei-f*w1C]-jz}"+(pIU#D<dn2pDeޱR{P¤KBɓWs.\t7ݑUsxZrAwmJ8ɲ\5̈́ů_S߅
	R_S4ɟ*5i=iI\ͽg/Odw}Rf8͓эr5Sju0lƊ+V@Xɂʽ
9*#1iG1tpZ>d[Fj8.#,)f4^/|mk[UJ̐?m;VM~/݋zJ0'l,NT&2`AWCxesx0]!Wڬ901̘,u4)t1&ZΊeX^%&& Ǆ4qأ=,ZYN8q͒Pҏߣ%|M_x٤Av^R
cըЎγTƇSD`7Tk0xt'hAF
u&9ā5f$xg5	0F,Ģ@3?|`eB+oF3}]5v˵)Bm
an^+f؎3Ac)ܘ=JgܞUqs;?ȡa`{wXk^U}|<|f~e4{u-|IфjUOI:t_!"ոgLsgh*޲FҬ 0GEJÎ8(]Dñ.<@Ȋ0;$R+?}f޸,͟*&Q7Nаj=	MGʝR8TF~0ͲyЈ'ϧP>2BưlE-Mt{˽mJQ_ppɔǨXUҬvW`Y?fr'ī"Er!NҽyeUkܫ@%Rln	ۋrӢ,ֱqa߅]~j:#W8zgq{)L|77^GtP:ŸG\ߍȉ6!ӗ՚(ZST44*2"vPֻ0Y7`R̓sǱ")Ǽ2HT7Plcަ߉ξؼۏlj<,>K2Ih6`1lH51	ENTɞVS&-H|b/3jײO*&mf%]|L!k(<bgh0i~^>дݞ%;Rߐʌj*/o+um¢ 3^Bp6?{(&B=8Zy<z {TO7O8!b|lYj{/4"ͨKڑWSR&!WI=yaƒiwܑw%Z=d`l`G8h|nĔ˜K@?~*F+%OJӁ١=ТJdiR+y6C 4	+sve}sɏR´p*]z]я@8 ކsxmaK\oFV`raRPđӵk7T_SÑ!ؓX9/Ɏ
iѪ<Ez5Y2ոzePx" Vac9g$oQ|_-,3[gaq;ߓQgwA"lrtO+g`uۡ>FF}%tt&)-QBy#0ne2EVlڝl<u6^9ʫԑ7Qƙs@-Vэ d1GmC@<d[h4!I#scӗ[ǢK<>Y=M.`|8" +'|F@A=N*>eҰD`}ͼaAΡĕ:["V{upZ5ˇ>iϑd,͋`Q/Kmۏ[iu1\	ZB+P-clc>gU;ݼZY+n/:[MgrЎUg1!L*/i3rmE?XpY5^E/йVV!ľӪLE9L'A[_G}3y9PloJ=0>pA;p!1OŐKrH_	
TdE}TɣwCFFqкip`H*o#;= މdc-:tiQ\.;)Oͥҍg1aǙ*҅`Ϡͣ|"\YlZHE[KË6nu+TN#G$'|&t߯(t
i|a}lbaXmx)2'hD<pܠ>5Va3%|eA7ZBX!2O%\_$	AؖnP݁$X!RW[FֽtLV{!եNDbN:wKWM87\ki>rؗjzciwHtIK_%
+;&XXcOB	cΨWq=0LڜԤo.JAM1	npRcu,Y=J^T?a)|1=i97ym,hz-V,O@y\(/]\'7q׍$V	4=4~9̱v324ُg4@3b
&94[Ī^8W4B7QD)b!K67ý@.5P*ȓo:@{Oɧ!.Jj	Su.n>|tJ8i{V֬<AՎȥU(*#Ђ<10*7S=n·H6'R^71o2ߙ|+1rZ)F7/ϨT}:*bzv
ٟo$Xʻe=xG	ʼv9;Ԍ`34aՉb2YaT$Y/c95ԐKTvĩ={mޯvҜXz26λh5iBşMnQ؟^gɞ>}OtcYVtwX>%ŹH6Ix{Pظč9֐ oef8~|Nx>3E1K$E#-h 9F'̜<D{_bPU~rԼt-G?+\VFJLNTq@a@&DV<ޖKWoRdB҇83ьAf#fETeO;[۟mŲ`sJ?Nf4'?2h>h̞jco2ʏRsĄ}x^,ȄM,)5,Gi3٦`޽߲%У f]>*bO-.xn]+ŒשuHU.Mʆ?*?Z_.bo2cw*k{.MBg¥-Mϰɠ	ƴ=]&mT~9ɸ5Ƈ-_sMʞw֭OѴՏvbm%ut(ͻytdV*k2VOʂ-"5Ȫ}JYv߇dcUF>ȍճBjSYP69l?	߬ɑ*3?cnM%sɾQ|s(q;,yޮgz32||S4Q!?(4iHwʽ&~xIPmrPM09x$zwI
%ź('q9ݕqWh̠eI~epҏZ
IrR4nl<QYT{˩h~\rZ|̛͹JU
IQ_9=y̈́}XÔdaW4z_Fцp5oDL`hB߁+[Ģ8y?egXKsǊ
r"xGE@E֙UaIpj&)$oJ'"ʐ&T7uBr}tEb{4D*~ƀ!V\"6a6}нX\N ĽTͮG'#esn!Mņԏ->ne1ɥH#TYhy_dxnߚMY97y٪9eb-%ҠOMVV,l˂Q]ע+I@pRY[P̩ȆK^e3UqC$!x(k%ˡOVP?F9m<a5RC|H<)Q&PPhdWҩQL"yҔ(=D)G)8bXWTɞ[U~w;~Ū|/ăcx=x?%XA#Rfa֬WSYztcC[}CR@hΖ:q̶w	sgGKOo"®ǽ/̘
{g.`XqynҒ0^pZ=Г
#~íPlb>fOj۝,oӂ]FO5>OuyȱL.f4ͧh0"cQO,3%cM	zBKЩ̠݇^+e׳@Qhy&˯1*-u)r$+DЇwƒ0~8uUwNӬڈ4ܘK+l9E4	ν9=Y$ÙUKߌL"ٻw7aW,eUԙE?M1uنNj2Й+S(ϼ(iīpǐJhWpJNgZżŞ0ւɕ(/ߪZWkeazFlag	ɦa[Ql"VĮw5Ǔܻr>7e^0eȤA*pmԺo6nn¨fRB<|03ˣ/bX3]V	?d~)b'br\g4Ÿ<$v^xyu.{ޖsM~Wr{նfbD,0PIg5@8*O#|fӼLGLnP~Չَt$pӅ[|[֟߆Fc MIJbcjˣ߄1ڕ`)@
lSwcxP]Raq:ґۿRnL4Bd4cCq9P$20c܏ht9`Tz\[Ob߈n۔I!	o6?֡̾x>>):g0O|ьJlAdV0ؾar?"}6²
N2x5PkDUr
93޼MRM#a*xOE*FUwvLu"FKLIagMчwy6j,J1K)N0<$JiEg6ߙrJt;KOF2@Sǥ-6s/N%-Sm=pGU%
{)EVϓ.< Y<Z?<E-C	CO:qj>Yd#y;cټ,D}{*}da PQm|\t\+a%:yXB+v}j0TLh!ΕĺpqsbVΊQ@oԀk4]hgU-Ҵ"ة;>HH6#
^)mx;*5t+՛ՓU<8;SGrȐ[TXdQn])r-%scӌBxNcǐԗ
DyJ6z&4}qgf܇ĩd=x\ׁڍPK@"MӱhZNO T"U~	`#b6{`Dl+v^ShlA*ҽT:҅&ڡ;uGSk%2ئ_7ׁ/ӻK-qM<cJHueFDOe>_#C4kQQ<ǁq=};Ę4g)a#N[SENa.*
^XC.J
PSn@{µ+чֵUX-? %9N$ȡ|)aߺ͢Uj N@'ޱ$d}Lm,=ˆS1W4CQs۞tR\u"B:у0(]E[=ͮ
_b(ƪc3Y=@\`̚G҅LS#pu!n:Zk+A`Kˉۅoٵg;"خ8s 5+(T[AK4'ϰ4Wхk6$6#׮>?EtgeS,XA[>y"ڼORxovf_&l*apuǿˢ?6f+ |֧A
t˄"[i;ӆi6x|}t#Rv(-vi!
~w0Ux-+=)Q[xµ[sz7CKR36N1'3m`ڌpխtCCfP-īR
9ĺvGPcb
}Ÿ
"82oels/͕RVB&	ɋI0֢o1ov"u/nKs֭؅,bX|xDDہGLe9`&C1#H[U7˯{J!1GZ]֧S+{C=uHl˻۪/hu(:y5:	QHYٮڠEv
1=zmPC;Jr,B0{ښ,EN"_Ǒ9ũ$Hθ%[
W59^PxcE#ʅ̍ed$(>+[Q&>3cWi)̂`HtF+'uklSV`96kz.Hp`YB"d,<3<c)K܋CE}^^ʹ$ݥL	k-,hw82	4n,OSx`Rt$U3ϱ
9Mm|}uentk-$P|'5{FW8'NZ}vw
ݕՇ(kС	cfВk1f]ETqd-\%оJ%V[Vʪ?MenվkmHaA!9Lx؇x{xڂՈx9!\HH!&1ҧ˪)+M6+s=XϬ{b*=Û˿Aq]ڪeٯVU[y-D,w϶r-dڣmo̰q-fwas+>4<7Λx,l#]aY5ҔNHYT0 CvKմce3kM5xacԗ3wɯ1V0J
Č(yQZaLH")f~.ap!uUʼI55>¼DOFhs2ɂY9_+%ŁţT̀l>Bىc }zʭAs>"uq:Q+GqJڿ`KO%)OWGvc>˲GU p)uP@joJkySrde!|߃*3[W5nxպT}kHtwgOI?m3%ں"f%cޒmί-Xuٜrz+j;(LٔE0Ķ ؿh|Sp	}	,>i.صR?>PjF	wгUg
L,O+ֻǣ͐º5qՏOZԙCvͶ1š<TsES[M[R5bVLTl(TƠ|ѼҘF{@̤m>~~*dk("	ĀӛTL?y,Y>qwmҾ`Ç]XFHΟ^!w·,%,G%&e1ĭ"Exܴ9{1UkOQAsr$dc]maҚzUP,~Z3s+F{oKnd@Wo6Fe6&D؟?%oқ==;@{a*bk^ɟ_,K̩Y.x͍?9%}``!݄(#eAEnφ}̞u9kQ|T>k8wݸB?+mK.]N֡;Ųy>zzVo&ĩTa1X2hfމf؞R}'i:;J)7ARhe/!]N;3=vE)6Tim
ؖ,`(ޘUސǻͭգwNC[]gmsj7sg}DvsEǠ](}u|Cq"H}3)O5IKWE42x1bQq$Rz?W{i~0<X_mBZ<ſ

6MW*+Y6_tʁR/+ş@rPBlѰ87'S(9J 0܃,1g4N:ө()bS:MB@-H5k]{'EFAըV-=-7;f1\SޚF'_V0eTPva>q:tcjoF!.ڦE
^e#yj3%@ARDVՓ-ڵ^|&tM28C2,߽ӿז0.Pگ8Oe:}@6ݳJVA_3Vi~]ϥ/&Ze(ĭtςeRǔ.c598řz/kĝۗ`,%cMe>MM\N/]wS/tb-΁X208Z/$ZWϲy#j=6(*2ydƋF>fV%|۠Z6>	W3Œw.[ج7+[Q._tZ#y̞ O-1]'ҦW$+43e^ȳ-Rɒ~2jyrGS/MtmR&=$fܭǈgxivbԓLZ5Ht3+e7kۿ`	jr;2˳5rFBM
1
/*y~~j?W*LZjӥßrh`oЪ]ƹڷN7ZtQ^\[xɌԺ9#m+޸RI§Q:e-"cճ!iP:1+ L-c-:]cOURРC4ǫI1Vfjܿ@s"b%ji+3E	jŦ=ǝ`ăs[GcނŘai	Ǔm]sM.ɭKw&GݬFukrM
ٌJ)$xJbȡ}@ΰe"g1vS9̇&É+ϵ$Bؼ/S}8m4	4M8ڷeZ]7^-5.tO
2OI.b݀2!,Λ߳%%ޥz[
2gXD8<\0!̰kQi'8MU*bJJ_H;K5Eek$\E;sZaGC ՗HAf^GUD7F!2,G3CpJ̵/jk:6*Oцމ3vJ18TPtTe)K<a|ӛʉm	c&W3t-Mrfhȥno}Z62לLm׿#U)Rվ1Ѫ?>jɛ5٫sTXҥҶ3c,F~H ӌ۽PA4oC=֏jLN#ߐW=]ߝ͝;ժ".+g&Eބkۺ1IXuFz1q>vлRW҄Yֶ|g+B+7 ؙ|{Ӧ-BOW;ONzq-i2jm#f<ӿZF]b*dU)CʦLًCֆ#~q:պ&
QvG89:O_ݍ`ĺJǖ*[)	Tsv7Rbg9foS:!#/q%!j"
Ynl&AeyJۯI,h@fȗ`q`!.(bR>L|
aiՔPhkN	xՇ%FummHNb>L-65~x!h41r$a}BDTW&Zbn;PSn@{i@Q~PxKcBŖ3(`ޛyHa	]QmQ~!ݠ?)I3t3ڞ|RkNWi1jDkbH?)
6J,P1vV(4ؐaEG9azH>[lDNE`ԎZoޜѐDٌ0/S݂f`e,Ɖ.]B	erݐv06j-}x{sW`V6ż"h~ffٛ,{~=V(}U` PQ5HL+Sdk]Ѕ5AB>C<	 sq,uNw̄"kN@k_'{0|~Ԫ1[u?+V˯Z+aSFw%rȯn1L)S\̀՚Lwha6_,?b9zh{U)y)aΉ/߱Iͻ yN7 G`]s7kqqg7eYE35&-sӍΘ(/=	y6ڸDVإbLv(jNr63]Cű^{!d	_G	 *ԼJ&xcSQ=%ځ)v&Llemrï"z݉,8m«E.#Zuco:-H'~LFi.&$W/	/@{٪d̫~@m]Hs
6)7>r%B`0hGhr>BHݞ5vv'fS;t±G6[sN׫'MԠȴea%,#VM$cRi(G;H2(3M*_7AOD|H1ɾx=7}.0uX6hE5Ƥ3o|9PńW^wɅ0>_di(Q#&(;-']d(T3J&̭cDIɅkg]G8?=m&ʎ_X0Ibjˎ]V ;)ܤRƜ~fnBF0rNζ> DSuHWR:1I|	[kS{zk<=Gt־ɦsFcͳIFPoPrmc<p_)[Ѽϧ?"qQDVY9ͯ1V`Ճ&zjGMQG`r|sR
vi-8@HLFVa5o4sؚ:fZ^w0's[3AtX<3Ɗ=|޷Nv^8\k!L<%ڭO6Q/~,n_JyuO>k>4$ܐ˸qǰ!=,O"+$[P]ޯQHy}Ol%jGU&mI$>8!:"7Mɀ9o7\c3]oIj"){]Ş,"ƿɮ`Bd =ǧ̢o_v2;=#f֊:>uX_Pم9Áۡji .`^!ٚn|pPsr#Di,W\eĤ5yS  l1/-̪LqMT~4!6ǥrnYóf>N\CWU(ZҸ CSV*R]6,Z/
b!QFا)Bą#cJVFߌ&Mίs$ԆD"2dUۚ±dNUvk6fbdCM^q% aɄP+jӝ92Tlg!p"
WŔywVYmt9)Unpŭ(w5}hB.6!`eV;#aSA<HIVuYZkUKNÀ9hb~^BBb'|o"Hi(f{87ΛE	ԝ8ъA @%ּ;5fu"W4`?	UTwGȵցov>BEq̎\ǫsGҐŉn(j;}=.mq{9GZPDK)wOh-iRu ٺ^</UjC%p=@mu6W>-^_H^d$,̜O*9<dt\$LTSsN~9SP$/
2o"$5-B2r*"įĪ*j	,E[1Jhg)*f2nzSúV7Y'Vv(fҧ=5):w$IP/9xzi	U{T3g`4>o˞NZMaKih_5FѝK}c%;C>:\H<x*LճUJM~j|UGRеLZK]?pٶ,p:CA~R7Ȑu:T
FlXN5X*Bsxo[b$"(XQ(&567 67F]:	RW2nch5qQbw4r0UGj@Uaw7Ɲ_&րglS^ߋaId%~yWkCn/gd4}&08Sl̄t^rYR>zJ]p&er^3TZTj'n?β
Wy05:?-|Zܴ(p@Y&/grx֌mti8"ʦogq˓ҙe#Gad!V^oƄBI`v͹͑S
1xTbvBEF?Xe%wʀKs5f6)\OIϕ7Eye2%?Nѥ~clT>BӤ?,o3ABy7гc;һҽ LjB%-UtlsggO߸jŷB~51X9bDAׄޤ#;un!^_~Ggvv
ܫx:ó~*@!?:,6͜Z2uiÃ;RUq,G0Yеc^Al}HLTY;>/'|w
F~^k@ޫi$>JTxZ<r]OП(߹L-br/Ug\J	LQ,|QƌkcF̃czqwdѠ@N-Ξ<-a!$)J
(=|5e&Fydto1Đփ}6qN|@t\9A6@7P~2_̍U@$BkwRK-wfBȩQ?fmGVGw8mPTZTN+8Ϫ=`J=}qڒCp-c^@2ރbCJ!#q}Z}<J:׆$Tb?''-& *h+%U>msIn2ɰ{4>ֶ1g˝E(0<ˤp/*RE8zpnjJJ;S)ͥd0:	'zfK`5y}ɋ'3zfT[_nOZ,)ցwEjZt/ٝq+6ϷH'=O5{0kэ\Ԯjx@ˇhx	>Y.3h #=*ifۚsxt{(G)yc5ne*Vx>ǾJvWlQņZM5>x;ݱ<eh(^gŬ2zM5CGC-27}\([Mq^w|'i/Auɚba>rJt(8PiKI3irH"pN;`γp}xQ%+S:޶;3W*c<ĝ2M]7P0UĸU8LPʚckfiTԯZR4vh2Ft̇}~ؤ4+xQsܵP͂MF.xPBeȗu$mqeh*?0C^--7ȥ*IK!p*vvEF/iL~&b3mf/ˎ$GǀuDLI׮RBN?>P8Kz2QKՉy?S@x!9PpggӯWhVߖ͉#A͸Aq\P٭;FԜܬ~)v}SQ\-%D[F)ydcȴFjz/y6=V=-
h*|ߍ=T'~כ0R͝~ׅ|t*~F|V٫h^o'V}J\F̷:"o{,#Wg4[5A=;>͆;oQgpj\4EIˌ4#189$5"ΐ*=\j	p&7ol1BQՉ722C+.NXK}P-o"YW$
\ݹ ,-XU -(:߸C8Ҫ@k2d6v2LZُ[^̢/ŖU9+ŒHO*Hg4hs)ѹ)Ve˶f"ZpŨy&7!?G]-b.;yذ4Bc,ʔq,˺X\#]bA9\2Xjol,فѱ
;0$pc8 1!oMh:(ˍKLgT3D$74R6rٛg}elWZ_q8j٣2JA5A4בх~+Ǩ5(a`ĹvRrݍ.};^ǟ5p^Ufۼ546[;$[&-
fzÔuPY׆3F+Aφ+^kb2.zọdʈzTs	IK?N36,Um9#Õg3/a+]-&~)mkn]WA(^Y.ھ
Fs*HK9iCwUN;6%cLkЎJiUA~V)Q4"(@r׎JL]еOdQ=;jHӂlc`q<ХJ_l
@>~@h1WՒlQҧԹcVn`2}ޤ'iC1Ӛ+E'9h~(7jb/;D_ǧnSgX!nT=m)0NtP;ޯe\uO7ʷ"3id+H]/$Z)yRxiJOBK)1?

ZTuR!VsXM(bNŒZE6GpO3h"7o1ŭ4iQʈ>ɘsў<W[B.cl7c)u]3bƨM
XM؉c#!2j PL)v$Q],T|k-ʐ`!{=}N"T4cZaU#\ƇKJ(htۧFGE˼ǜөrQ̕nIX|4|&ǆJ%
w9Mߗ0%8F;UIP'*S5"3[9t:d|*}vOʆ1xZ~ڌ)_|u:]ڱdgSzbuN:pԈԊ/@hOċVŜٖ|kk?d4)r3]OgT Cw߽v D[i"xVѶǒ[~˓8о;$\<j!StA	zj8$Lʪ!_7<O%z#Fͩ/ri1މ׈_Y @ ɞ/ף~}OB]Ů}@[ʥ.ɘ ؝{C9Z?tmtSA.[
S5	/,
<)O'u97QX:Wbh֟ԶT/:18OB~ĜfϳrZϗZO4^mJwqR'#յyޤp6r9}[wUp6G,ЧX]"SzPn,ժ\ϯ3}<W`EҺ1nUX"b2mi]x,J2XNYˤԍLK<Ϗ:cPvHLt|k׸=gafѣc5N"tS1o.#.r3N:G!l͕aS7dqA-bs,ގat]ٍ؜q:Q:%"Wpb\=޹luvbNzA7N±q8Wޅl>7.`Ghӄ=6If۟Y*rw7ZEL$Y4n:39Kh5U. ѩM^Lͳ3e" mǵ@tafe֤?E>q 9<Rp MΫjL{RaC5E^ϠҢ/bU[`iw76{2$5enicY{Zcpzb,*gR#VD۠21J:Pb_=hY:,+!E|DUab~l.J*xA÷;T)jfuszEٌjNf*;jڰsJP$Aܹ4w@q.UR941ƕODhSwׄβ̘ /0 Dd߽Y,@EXǔyK#dOF.jPH~i?R.NЈ}=+F}K)Xox;lsآɁuCt1B^uxaQ	CޥǞi§(,6hfLB!M/Cnܐ-D[х%K}	0)p
XX,j˗{g0[\ո\{<.ܞl&,"#ET1dtOSk[0kIcmg_[#{
1Zx7=Dx24ߛ?IΕ6zX~87ޜ;^hB_zrZEep-8=ʇ	ۋm+֊mΠ;k8:$\FaG߁=2߽hapןNKB%ÁkuNNaԃ\-y1h1aoԋe76:ͻcÖ
5T$g)!#ֶxmK3\ĵ"nۚ2To@;ЗKӄǪMd,C̱@8[D;"7~_
V8/}K
[qP1G=(h/э#¯2f^Ad&,PƝ@)eŃ2Lc]=uŀtR*tRM30m
S.ά˟t݌pN<l~d6[6b`}g:ÜIǖ@ڗK]t$:h
=[(JɬfB29Ղa"6v!INM#$T֪ˋօo*FXŧ1Fo?iKϮ.g }eǻcޟU8c\\Ʒ8=lkmC1&HI7>\3QcbA\yL5Twwd('sg
Ěa;7ǃ׍u''ʊM>ײΎAA{+z.ggiHم)ۻhN{zϥdt0{ne@}ſvMY,Azá=@ ,PHJ
:+(-.xGamɖRkb,%SaJpϛڑ{L1Y\4*O|ߦ~0#'|־8`SN0(r-]`-
0cimj#iA^~$nov+I͵K_('ۺM۾e>01"̃E$,k_P9\Q"{'AјZޝ?FOTŖ^ohg$)r-\`W Xǃi5[2<PTr)+.tuݘh$jY8oR5mŲ{&0`<>̧hG2ZT7/KƆa}OKD[(O;
f"P`fǉvf2R25ŕU5Yjop؁MD_o}wrufihY6sq=|z?D;w&cԒ2]
k0ۚH+&6	ܛ2|<řǨftCK7>=Pö>NBRXR3Y$#)ڇj81T*o_lF%:|>9KRjFr@?ޠأ7ԭxyINOY}Y0Sv<MJ4A9%Z+8GeƐRܧ_"rE;#<|ja/3iO6ͧ@II1qHt}fD;fq¡7~?VTraUVȅj3UɨrhapOc\ߠXuKdċc$TVϦا^Z~5A%ًqBb_Gm'Oy*gcVd'Bg׼"1vXH1<#oW[_Ɣ,"ǦN.V|oHDxxH|>4:#R*~yS{{#%ہ^ÑDw'Ԓ_&<bCl;֖e	١!yT@$>^L#!fss2(
/no<M`ƪptN.؇TZs['e1Y>')СCʷEP 6o`]FfepӜ)Ք[e3CoյJ*wQ7nCyԎX|ܲTs%݇Փ7M5|%\S Wسс9'Pʖ)/fJ?0yJ`6iQ$1m&&M/y^ThOnJI0=Ѓ@K_*Ǎʦղm	A?Aoz6pO65U$/̀jwgJɑŁ?w{0Kt=КDa@(N2K) 9cu`) ;f#lHJkW%Oz=`}͗8q1<!ƞ%(N)^X*ZX{eY
&Ђ?%f#Qk9'!Poc`J@i't.l?G
|t UtDJWB~4:jUzKUȆnحU߭Tg֍RK˧ 6-]<SߣY
ҠfX6,$jCoBJ/Ӣɋ4txׇ(r)yS'Ě-u=K{up5	{43L"̙ɉvZȾ=M,WGoɉJ_	B^Z~͒wxp!>μ>Uv$U1l?xG+ ~K88x@-)K3npC̞s-O8Xr>?2ҙؓ6#1q;Öi`Ľ4~ԘgyqJqz]_}	k[b^ֈ8 uȄ޺a]\;p2b/A8P<@=ϲR8^ļ WZp۠Uy|?`}8f+:
DӀR|ɩGP$ș=7.uiѓF {HG}w7#:aCԅ(Ǫ[myqlD
AȐ]h8O:
AY*SkaLԠPpYWL>=/ߔ"XelY)҆ϝ&Smǜ;]4=F-Y:
MF&Z6<'>yF5*bPF#Df@xzW9qJnicK{>%#&NA̝h?C2,UQ٩:a0(~z%coδH62BĜ4*i@JS_O3
,b:sN`QSW_I/qM*vpǦĢSw&"Ĩo]/\$EfJ!U/Ú&2]x{=M_ԟX_V5U/b~ƐĢ.;&Zk.A<AuXQ>UO&{`<g1Ib53΀Ȅкn ۢӇˏN^g;A
=ˡPΣ`)6H@lc^^uXsE!"VCI3EZU_BxtϤRk%`PwZY`rPbĂ۸ײiP<|;%lJptnɡ"1^D[Cvu+968+usebb{/rxY!rRlKrwbGǿL$_F/nN	q4wB26M^a`"%uV܌An}H֥`4wFPO	h[D6pZݢ-avOvum!l_99πEQ۔RB@n5A;ؐ1D?dɅad_$4˽+_TuLy.AXC$5ѱ$'bF^Ņc Sevs6pu4/ϓȫj':#x'˩U,G [/[e߁k8kGalp	I̳3>h.;gIJM˲cޝy֐Ҍv^Fv6څّg@B%ΝVCqZ--/=85!ޛMNjͪ2"ơfojM8ϼh'^)	*o$<K[hPBʤgKߋs}(BwFCl+DۭѼ߄+	$zĸ}ǜ>ZM\:Dh_=hK.|)ZϹ#2|ޢ)̔*x
LshtG..^~"!hB8$1$ϟafS׺Z1Ɔ,L'-jr*vF=b^)jtD
!_ܖQL҆p_ξ-=%tPܓ%I2K8Φ!R h#̛mǎX?\l6syLzϞg9QqyYÒb:wWzwoSťE?ʺ(}PBeńI݁gȐWi/Υ65*IZmLݵuNtn^"_gjq_H6m(1p,c<ѭ>RMCO*)4̗-oOm~#IYm԰1?qQ^pl>̐eFxr'Β~N@c\9%y[lB޹GM YZ@G<KN7qE0G!Xw>ͤTHMIs6)}$0|IXjJ=&.G 9DCn/>x^;ym*TkQكˍNU߬vɏ1͆+ëZ/1BڑY7	k^-\,ZZû~y؊Dh6VwU51ٻ,3O_
6Gy/*̜o4>-A¾Ԗ!=-(tjġZY0?̽ͣH:x#cf|){U(c/)א]c/Ȯ/RKZ#D l_ݜ͆'J~'`#^lP(9$K5Wh2ڴրh9ȡ(ڬ}dh*Xb(I4J١Gë0$IEQ2cOq>[J@vTԻ$cOي/USڷ;:/ď\_dZHʼׂ:Kٕ*>*PFx	bE8˨TNѮ
]gK\K&$\MNp+c=v=dkAߎf#HCSxI=qX>{o1ŜM9d\h\G"1A˒FbϽBa
<>?֗(oUJ2.JmtC.IKX{ԮqbqׅcBt~ /Ot|	{+[o~:i:jUx4$cI̞7ZGۼ6B]Loi4N]G`K0`n4"BoH#gɬKL͞.+nʲND:NԀ=r܇C7	Cfۂqa[urra?sH`|$B֚_X\UZC{RFzyմJuO3t|tnu8Ym="[ԡZ*)MB"}Β5c)qq~Uo$?<7a1}Řn}B.437fs_DvHAYXΜd`Ó?Eܪkh}^V
u7/CՒ;A:DIÚ:AMYskbаL"UbFxQO`BF&ۭ]*M'г.|Ab?DDuO0'(E~^xx	iC9m`li8؈|'/F\ӱ,cN΍þ'D5t9ǠA|sT{:eBB*=v<&1˫1^-ރߚI:ŝm̞HvEΊH-ޮ`sE'V6,6y=z0:>ҦlLCȾ;yvV>TI8![{-zlqUuɻa:@(¸A@4(x)H	xd8;ϔv@pkU_1Ud1s"ج'Xifj"YXȉ5U	i)>҇[7ґ.WaD(}i`ͥZ@jѽg)*v{bXdOkXw4$ACknRI (,{х6@?#f<trEr<#m%zˇIgjԵW7qusR1T7JwI_^z5E^=(Q/S(>Z%OctXw\M?	·	hKD,PʡnJu;n=o/_S=${ jڥ%J.,n++0phVګO,sW<p>Q5"DrdenSSgi	5ݺSPƻ|R>a5R	rX9A,(Sr@%Ιkf?I̊&Ӟ	_3Pd1ˑ̂Kڃ HܷR0
ŘǸʫ\/<m1qKQFiK0w_W lt
܌>sVbt|P2*&wbjSA^~<>Qo6dE7)
ݘK+)2\6*wΈК<u$>._^F-=;eTLZ6BLrAqop2&y˫\ֳ$b`-]tʰwt֠w*JJZʭ͈_U)0ypU>
<ɘRb57q|*.Fe4(e_9mrYʌD{9ܒYJ~
iI%VO\kG·'1MHRt]ŃH!ljM<vB%	<ֻu<rFϟȔ=dFG;-6ik`ް.p>%(y?N>Ie?؅|BFzRƨP˘}l_U]qn(Ue{ "v
K5+Tv$	nѿKX:;W΂TBΎˎ3!2Z+LU5Hכ@p !Em27%Ҋm!jϯY}1'^BOc._,Tr8e7/ÌΈW6ܼlu6rs&~a'6 PwKѠ˥Iw̰>ۤԞG\׃ѹ:3mL:+@@͆<
A3uQhJ&%\ۤ(Ҽ{pҼ҂gjbzS?HQ(b]Od@ѫͺ!=cru>''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(18261)))
