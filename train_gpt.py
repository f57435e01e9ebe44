import brotli
n=a=0;b=1
for c in r'''.5/>()#kK
ؒ]ȱ=mtNs0AChBIOշŬg[]Ҙ<N@Je)R#ؗ2ɮ>~Dզ#k.3uE:@2Da0 4{	?EhJ yqU. t(C5YXvyT?oɏsWd@-zb$B֮щyL B)ך݁pYھgI;
kaQF7IUK)	-dCdРŔ$+ 4:o}PW#k|ÛZ$4pld=&!ŒRĺtF҅tʩƙ8HghmB<0EoYؖh٦h:VP
2߷|'ULX%N-YlnkCkBoŲ
z%MO'xK]xGJQϬηa
&,͚|kh{?ڜiǎR%8G[Ʋx68|\[P҈Y381l[Sz%ѫ(H#cGH(@L>yx"S»/zhCen7"tZh}̐fPwvwoڿWJS#M_PG@Ȓ*.vr[*W'J1| ʆėSfb.ٵCC׭L7l`QKR,T{H95ˡ.a ):aCI!Oeå#H2гƪ^XV-9\:/>CԒ8Kț#Hy`ROir(֔q{]}/a8r!҅jW'>	ۊ"P&X~R@fV>%B_X`6a.|vΕXE'n9EYvC\c pT)e2Sb6<u0b#]loM;%¯wݣ8D5RsiXNCdzM׬tAN.^ĂeYJ+ON7NCVdq%}b^>8"'"Kxam:iN$I&k.p
ha)Pzb^6oj):<cf<(KA]:x^_<]^iZI}/yӲJFbɨ%:f|l\'y`Rtm'j?rc)G4(ݪ:u(#S0*f?ێ:̊D<LPnR^fE7-e2I۟ƇBG1f)xگ d}R|-"6AoU˝PfK"m<!<'ydmWyܳ%	`,h{QV˸r\9CGMl6"&J4~<+f5&Y^р1Nͦ!qXSՂFQīxI0iݮ?oy/O7d٤J~#ɱD&ۂ5fK}̟@%]HM%a	"ֹSDLIH] Eتr?~MSjF6Nqu:EQx4g46^&j[xTϿq=5'ѫfef1ܜ7ȿ[v~_I?F1V 
S\rǳ5Þ8-\@9h:i"3cycɩHk~:PC3IԳ4V2	-|>BbAp_XɆ.ʙ1""ߺr/0QjBϚUpX;m90,Y|'ǩRgi Ou eEφ^צWcJ}7# (Uizٰi4UZe.qA*58fP?DEМX<9~?ط`
O=}Er&HʧB	ӝTa-ԸpNLFuYhT4R~OEE75ծ=XcT&%c500:iioq"F]r:܎XiI[ΎAC8Y*)'Ng°~6Ԕ01k˿	e{)O}EK<\-C6|%kF3F`u{y]Jx8̽oSo(Iץh:آ@4
NSȣ^RaPJ}|:0F]X(׉qΡ%z OP=y@~2YApѓIϋy?`\WQ"r>fIKbӾ?ւٖmxR@&2n̽ݐu8ͽ*="8AVF])!ayU^ݚ6ˣ^׍iXci k<I6|>(Z@Ŕ6O[Ysz	Q؋Ϗ00L_k~w9xD"/6n%7 O:<Jj5lO`
MQ ޺A|B2s۪b,&̼X}EYbb^{7$d]o{O,8[Ǉ^Y۹hIÄR^cb*Sd1Ґ6I0U݃hVo,aӨ]D"1"&kzӄ+lJnvqJSlGcC?ɓKGAWWcr<4QRj_TY
V<5k4jK' [=)s!bY-6DJ'ace"y#'l<2)~[.l0K,nxuSB< f}B̍"ȝ)!?gs1)hUi)c_cC?bD-$ju34hقH_:i'vIMteW=(4N֙dq@NmzQ=aEl~v>BIm`?r2+4Of
'u܉y;JߎDv-#1eS h0϶ccz΁7֕{bu"Ϟ45pij!>fcN7I:r:aVsCFόSd-mY|,ϊQMJ!|Lq1EPh<zۊDTȣI(H~a3SZR-"­7	5rxԊ7=7'3MZX}Y#[|/в^ʫy[7}d'ôN*rP~VKO8IɹaN=>as!C/`|F$B,tu6o~:,ɀzy5u:CG2}ξڦ4â٬Fy0F
dFy?'8(On|*g>GAg2o[Tp8ϳC
;g|{%L
-ŝ6|j>W
|Rdm$c3~*y+h6"S)x`xf4`&ID'!Zև(POo*,-VUJ`*:Ap0Z}|C
ܥWϡSk4D4fչl]ϠBA1B]QZ
LޭlòIrK#9QR1[MߜbC?@E hۥlh-	aoAk+^ S8@?c@mDx)sCpC}FN8tlVQ`SI?a&?-Vi2*xzĤ¹[DIڿOt"VT*kemD95wvn`ZhiԷ܊g9ʭi</%:و:7l
1ErL̂R5F<vM$L)Qv@o	-|JSq,}*FsDä9ͺaP}l7.|0!/CМerK8ERٸ
6߄d`˲ӫp}ӎw}q$֚Αڦ	iM_
4qڂR[A	N)ˢtYvR,Az9~9r2ýՏ%2f՛Vf3ڶz-jXu>Fl̋S2uКɠͱ+='2ثőezp߶wZL&/ITr8Q4R:QnĻxLX%Cp=J;&|2׬qsdJ"ih&ǏHqq9/AsRWײ7AdʼêN="T}P~D?cME}P%7HNs_O)=-;j{pAzĀهJ *ZR`Z٠aTP?kPB*m~YUE7'*P{cS׼P]QMqE=RLH:_.Fqĕc*tTJ
J6 Y߃Xv-}0ѐVϋןy,H^jY{"V+
^b,Vܠi^h?šT.~TL( psTL7j{>ɠYOԋ*,>VJ}p1Mք4qxVmMOޙ=R=ݕp4	PKI?lU=H<v3nbEŃ~]8g63(g;l	6.'u8Þ5Tǵ
*JLً

KAf7ŕxlCۚBpk(6#;|,lՂasX, iE6j+SBk]GIҷ-{.7ۗm-qd]Mi)p	1m".سuX2نxGәX-Yi/ڬxyV̾aL˷5(2.}6VȂooɳ:ż	Ō(b6ΛUԎq>4Kb(ԑ`#Vv߅h/OAqti
W%fg܏ֆmlÉ<IEvȁȚ?5'HvsCݸ$}*4O{zfibrLz{{(GG4E* ˺Ykv.WӶfmխyaC%jLM=76!Aۘ$}FfP\8À2Z9V`g``LtVyQ..$eUݔ"s&})C17Gb_̱Ḥ]w@^PӰ@nG#l.xalPv~MZE~\#G43!uϯ%3/B$QX2vky>?'A/ifܜ-T*0AwqiղceH(=ah2iNqo>ӺnqGa|^`B*(31N$p28jtC2%F	o؜ǣN?hCZ4Ϩ٘?_>B`GaW.+,M
9tW53ԁB\2іw)8rH7q_s"0P< &<]}XH7)Ԇ!j"jFQC+r'ֵ-0SSTd4*/+gjA\WmY9A	"O,T)iǇ)qT*Q;@ISvϫ;Y&<+ţʻCZ[RAE66wu-78\cOØ{oM4@=â"4>~m@ǦX] M/loɠ
riNDх1$͡L !(
&+LLӫ7m{&vPG\'0A|bһREY0J"ՑқȢv}#3F,"A9ex$Z6s8:{<O/N~`8#BS?SBޕc=ąkAFe?tn:zq	AղկHPԻ3W[*SRۇc}GEG0CU~YwHZg9cú9O-~v{WOTqP_>lOɡ-pgfj2:%Ff>wu"V;&'UO4@WWΠ,yd׍np_+˭xo{7Lݬ>zϘpR2ŉD~߽0ӷڤ%%ىԳeB|UDpt6\sor!ln(a4x:wܖjZ-*R7.'Piqcv	ζX%.QȎw=h$1%1D:>E߈5-u߉q6ԑ<#Wi<}GWV'VsMzڼ	Oȧ%*	z&G6W)(=MScNQF#hb61y{,pöp3%rVAm۟eƁ!r0ߤ}/?1-_ng9*B1"b	4cK=â=1Ԕ$}[ZrDc݊pg{*ۊɩ$9&J*עm%ӠwMVвqȬ	&ǭ"kdAo`pC^nneM0ה7M;ٱH٫!_a$Wd2٪KR3g9c9ti@EIrOWqRu=8~^iasɊ?YiCd_XFpU*
;e}l&[/xt,li:(vS]Laޔ4~ElDل/gLt;Ԏb@$ڽH'հ_Rd6@luͮBDTAn!aNC1DLTĈ7YzZ6kǃx
ͬu&՘=<?)~sxކbBy_Vjϝ:XN#Oo!Qi<ď'9_4	ķ.&'ܣGlgjv&߇q<ZB}vIw<=17tEP[D\߫_̆]TͶÂ׉sX/HS}	 -=K[C.ލllf1r	GZNо4
`zQdmv/5рʏ0ք%6ϲURU˚C@jcڈ%XŚȩt5dnoDw,Bci[WahF֟8{<PwԗZm2zYG΍܏&'DBA;QWʍ׎X4ݑh :J2Od^f|}G+XEϫH]+@܇щ5#z!`Ɂiư39c-L\*_}m)ȐY0LT^fX߳o>zru^<Y&{wvhܶI+jjNsRmN[Z
8^*Ѻy
o-9ha1sb+`*$?3πƹݫg@@2ſ{k\j	2r_ٳy]1X8n$EةD_l.{u\NXR9H1(kj͕l۝_~p`)<9{nk:+uO̗ڛ,#3@F|G&]5iX#CG`Aq`R|*o.Qf0z^A
Ō\<)~f4$z9Q2)4=޶!1vs(;AEy\ss[Ơ>m%#l\$|,@{̅[z|&IB+zDKÓ*+h(%jMYgiʢytU?i"QyFJT_BoSN"AwKTǉ/áQ_ثWӣL4*Ǟ0!<o}@ɎC.f|Ϧ;Pѧ:D/Ilz<{!߰/ۆOQK޸gv8_wS	@`gdf8.5f}mo;m(!bjR{ւc|ve-byɃ>k3014Nn|#ݣpiFD8AW}[Ltޕl
E&P"<i5;N"F#!5b>ŨF1iV4rF3xuGU}1|"Ũ-G(17D̑vf>P<(Bp\J"ob.,]ok=CƓ3ҜKLނ	G	ʧlRU7@m^fȰA)uEm͢+))*OR<a4FwG'U,Y;9ywbbKMd8h#TiMF0+A
${OO)3WK*+e`
92`A!}FIM_#QiNMu9ԤbQyQxz$öۥ:cB2v6`4
oؒۉ؂<|jK߶.rm[+s*f^BLp.ۼ ]_ScRHPtl?
ĒHNz5ϺE\<{*Z \;H׆ԅq
P%s~Hw_o:u)tVӞxRӐa8!UU4J*Si(iӂ+ЎПWXǚXBJʴaϱE:7liI[[KԢ}5kz$84ߢyLxѦG$;lKO̩.T$pzM:0ڢ	D;]<0ŢZhBV~Hqٛ!E$V]ۋWK	["+:"Ißs.6xF	εR@٪1fH֜^Tڱڱ:{*{1p+kMAΜG9V7~La@QuPx'Iڝ܂68Leˌ_@!{(SA.XPj3POܴ1`vzE_W=>#=\?.MZuUB= 3IK7ui[+TbQavfO;)DH|zEIxǝx$R{5a}KH[$/\Ϩp68%'ى<ĉP+K6(ch~eo4"qe0[F.&ZAWRZJ{%Ƚ(5W(+Azu	կ,XjGr*RWٖTL̡@$+qk{#?QNňuw -<TСĜ9Qvyڼb3I!V'QiCΟ֣^|-cRތtIL*ӅWӲD+`9^|vxC1s~;(p0oo~-/&eѠ;-qE&@r<g	n^vqI5[%Us"ksۨOܦ\$sgb[A`ܤxXl'1Fniݾ=_I X̍$ԡn$CLc&f-Y,*3#XSi-f*K@AGl&SW\sOz]=qO%tOsw>3@ۚ.NT#(YoKI00>lيa1%-y?)j@RԄn+vwuL~Zďq6ֳ@I@ݧŽq%gaXh!
o:šX{$ru[qn(=.dTnTb+Qڣo8Ax\]r[H@y?wik1,D|(o5JS"?F')d)*̳KE6Db/UӔ*ʴU;SlAl[|@ NCϱu1NįW6ZOnMӳWݓg!iPؗ^Z6R]m9u<mRȔOfkYWVxv%ݙBN(/X
c*
%<RF1XPЮ@̓ v0GDFR6h/EQXOֳĞk{1O"m֒lql6Qs45.GZ
h-(ʢٟ̒+st3jjZh7.<%hkYۿ0wY1LepCrҊbn) ЛaOA0؆F%}oxvڤ4C\ϤUm^"1Q0a18|7$F
ɯJ5Z`6@	(zBpJaλԻFwӳ,Kr>ڵ*eSq-+!	K	&H4.,/aN10<ǜjMAݍh>n{پf͌dG_&&cRo
oqlF jĊ4Zʘ{5DSQd%'Öyc(!V[^T/SaѵxۗaD8>&]Z9DxZf[=C˽OFMy7D8p ѕqZHY.	8
%MNlBQf(/
tW˻4)pfSӑnzyɤxiL̨/r_/ 3oЙTO0&nB(,s.Mv44`iւMݣ*	9[@h}`X!xMkuWKۛnb`~q'/;Y*].Kych`ӜEVKw;ӓ>LݜRtI±Rܥa1٦OJPAƑ*SӲ{4-nFgzSޮI.ų#q
e˿~;-ߊN&UJ87c%3j5̠Gloڡje+;תʣh0"Js *W$غkuVB/3u|frÈ/5n"ƢK uz`;`]~SѻPEojwab^xU&M	~@
-ٜCA0OQ|äo\ <Cӽ|8g<̇}>2PŢ<z7N݆LkDȷcEm.9(/=d/>cƸ<l8_P&&9@	b~d8ȴ=AJzn
3ǐm.3rY!,&l֙ӗʯL{xI-C PSqŎKڙס^PDfCFQ{/
T݋"4ʲ*ܚ5ߕw<
i^Rn*&(4HRI":&VA346nnx`!DcI558':GbsQbd"8̶I͋2g$ы~e'cɾP=&:Xe=]Ƨtئ~3ОO=B~$j= v)9~ʗRT<ն/,r^MҜQg:VudVT7?m>ї {iHgo(Jܒ8cNd
BG*M֤F,tΎsFCb`B$(p[R^PۙCٺl۵Hg.	g9^X/9udݵTNRʳs3ò*!Aqw6-aF,Au֐@՝zwzx;cSf}J#)>ї̝`zuN֒Hfߢ׾Hd8B2?&AǿĢ^^`iI0CL[8ѝڬtFjΞJBJӭ̂ 1۴EjAln |ȕpP'a|`WM~Rv	CЖ -`8'YFE]R(~ي'O߾#QK5 ZC¼}
ԆO$YqAY36[J`P=:K9Z*MQ&Q-q671t3UNS|po8.%Dv,x+վڅ{KKM[*ÈE IcwneԍLlb]YŐɹ;(s0H*+rQ83ZLCwvң܇('V~Еܯmmekl՘GbBE`s?X6Ǔ<8QCo_"ܕʦ'?{՟5Ct[$MӇ2z4L# D5̤^DzL5ws(JAH:}ClU/}2L:ߣI*Y9ޠJ~t"O2$p@fR/Vd;N$@s;,+1HفmcFެ]6_.L(XwlI=T
6j4i{+{4ӑĢ>H_60DaJw1R<lgҚNgɜ3YuqH-[z1Ԭ~γY$CLFdxWR14wzOnr0uW$VղmqS~Q V6Xa۲ ma@՘eƷ!k[ȶxݵZ͓wϽx(e)r$c |b*X$:^ѫKv ֯KYГ w͚a5Li^m:a,ؔ#'|˗w'mHy:Xz}hFv'i۬lؿ590N5p#"LGHǅV/җ;LXÍn).WNngN6ّ¦4ߺlmIkdt?'lVܡRdBltm<cUMTΙ4UQHBo9n̠9x@ͯboè/E̀6+*x/mP?'	#khtQLӻ8-"ƲrY<CTjOAXl]L)83Ŏ"GlQoBv&ÕU-	ϵט\vyiWDեWֆ?Ȗh?S}Î"W:tE7zϳ/:s`@0]Epyegmp	wX%N^N!R͈Bڢ=׷/c4qV<{FԉqӃ*(ɖ Z[CI#1ޑ>zkZ:9ık֮XI	VKcsN$fv,}na4obv^!u3 O$֋(#Wd3:3Hpo"x	^˺ZSݛۊ7(2-pP%wv^49`J]@Jm~N0׉cZu_f
_oЌIY(m37ٱP&y @ȹrT{N9sg`vG{
>|w^~un2@{bMߤf:~NHۦF_;ş*d9_x?78|9?1Xە}*Qov(@̲e"F	8^}oqMC$ɪS'!=y3ǜ5~sa7ȎiD]~?m-G_Mi'8W~;b˷SPhɹǎl2kHm&Ys8NzlX~]?@1M^$jٺG!ԞRNVܮߒӫ?P
eTe&6:@$Z̛:$N{7zߣn,]aYT+I`w9@V8mSXcKʄB*ZJj3SSۣAw=֘@	30ء0j3ɀxc.$fiԹtzG/&xFcoKwǝc$u7%~{Ík1/&{ΕQ.F\JnU5{ӒB{\(xæ^ž]V8>َ+&#Y?_FMhֳH"Ps/^E,E7#PԶ#:Sy9qЮn;CwrI^$#b6#JޥiPPKV&(LlwcU;0xFfbo#*Ĺ_lP(-
uխZv2DdM;*8xj]4'$-Vm^BfLfORNCI:(n/FKeiѣB:N3'6-+_ۭ2`r(Pk͔@LuAtz</pHh2Y5źɗω)Bp!OƜ2CM=0)T6+V8i>FRT;_ڊ5	(u#SpPպ}}-Р2:Rz D`Ku<%h֬x'uo%Vބ|3@ʒp9VqDe0nQ0B/g~M3[1*5f|aúUIԥ{GofbSZ"S>4PPu^QRnl{z[IDi56_̗zL/gW{m|<w\ȍ	+1lEZOc<٭z

>,.5KDĠ7_Z1Q :&3Y`B4aь^w0GΊmg1&׳;S  SeTчrLf+T'cιӖA@+WTӵZ%IH=g=ӞU+WxkͨV5#m5z7Ԝ|jNrq[D9ML1Y͙!2)klH	IӴ(Z~HB3+iԕNϵbtHZ"ۤTܾ4'q AM I9Ob|DUό~KA95'8'|zOZlA",%׊ЇU*yUag4^֣}:@חeebKN;W!aRдǹrAzZ	f_mzP)CT",lnc4
XGDW-y>kjifKQsU |%2PÍa2
MI@(X~=;2b0$-	VVDLc<%3KޅG^ǒ`LpZ\Ӆ$ҏf(FyԤmjvrJ8J
4Mb^q%Sa]ɀհ`	v'DGC}ڻ~=,@_q3fnu(Wr</Y!)DEͼ?d+9eu`*XTµ
/{t|#uCXE{ڇ#?|sPdK'hwmA
'_eG	yWoHfuRшȲЏ{Ѭ+70Wn5\PvtV)vɢ/YP*=`S7$ߤ({N^T#<"t\VcŊoLX}D5]W~2^?v@EZVF/:xv-ze(pSqRגp)'Qo8)_BTurjrqAyٲ@ I!Zi\&Y5мBث\Ptyz[du~zow9ܠz{vt۷Ҵ&t-D_j_Ffy%;N*4 _Ke&žޮ]1rKA#Atod4ÖiڗrGp
_10S,Êٙd&kW[˃902[@̲}h&H0e%.0yk%h%a٢5`D~ȈChۢU:I/ao|0~QKıǊ|{5)arcpӵ,^u۪v?%3\IK~(}L4JI5@ęs]f3v:NEcI@3</+*׀\F͠/}¹\ܔ(@Gה v^/f<rh͂ƓlNǸh~߯N!lDI<|݂wM˱RuӆgG( b+;\H~؉ө3+s?>RBMɒhp~&.t6Zuo%nBwLe?l"IQY]H[.]n;apY{ܐչe:GwJ<fc!:~|p/,hd_nYO,{d(PLrϏD;C̯0ׅ xmdJ42Rt D.ɇ^me
%r۾CBQ<?#-J%:>Ml_dY ظk CTyga><*f.>@$4,GЃ{@TpXk̷JZL}
ԋƫ&֏i}N1\rfb!XzsߥgeLXiEzCKËxU	ٮ"iB3oTmLol<`9iBڃWܦnьU+i~ԥFg^rA0zQTpd:İ*/{d30sP
Rۘ˖+^۪PNq6FV;@lѡUfp$y5W)M3м}|)7{2MOƥbh~:5CۀՕGǉӇzZț}sLȇeTE3?vDh&d,Feʑ9ynE=%g2Ju$xP=GUa.U7uy-GGms8$81=$ݒC={gӳ	ÅѶQjg+
G`|nOMЂTXIͫtiKY*,	D`͞zܜ.`uX0{5Ϛ
K+A}ɪ?ge6gu/9cn"f|p3bS};O%Oqsl?2@yWQ¾B#	Pb=9ܙB0L٧^pu1<ƉOǲdx("Bt^AHE[LtQNd0uL~ι\O ǘYry7)P6̮o&y&nk=Hl&-3Aj4ЙqKOΞ4j}c~9jCNׄ[ܔq
њSUh#˧.̰ż=8yjxM\TF~__}cZvdRQ[w6:F`RQf(K.iZEcq́nv;ـU5u@SX)Zx[3ܖ%<QhL6_y}0 (c	@yq'Jj+~
ʍM%mo2õN_ŗG,e $AbǤɰEAwĒIISv Œօ˙N[QN5зoZDy`U"8keWΪUܮpNIc*Ւ_AĆVr3өQ
Y #I
9ѣ.L^8TVh?[]HĳE/}lZˤ89h
m+l5/."iƻ'SnFsy;B=i^|PC'M-U]#X3m%Ę|J7uObÚpf\̋i"Й(\H''3+
]@4yvC J##f6ɴ3Yú&JFV(6#Ԑglo5J7^OYM<"st}HBp1w:ͨ]9w/"׾pR.fĥY)hP'<x
tv-*@YrP
QLw;i\R,6Kّʱ&	l7s7veya;V2T&U6{!Npd:#(qg\sa]2jiK6lj2շ552~HL2U˒zqi޼6|W JwQ	#A|GJ760Ћӥ~%~`<S APԪ:(5B.ջ	*yV
YlFr{9<DJx<}N_o,R	i+zshӄȏgl֟IԡͫWK9ZދXuz{MBHt,T;Jp\"DЮ_|#H̨fK		[̑8nAv%{=o˚Nx0*S.{Hh!\(Q̸\
/a!?uJo1F~*\RcnF߸N
xM"G	KdQ#-acYČiH)3roa5^3ыݠ$pjՐի\.>[܋43b,*NVcV3ǔ#!+I\cW83<`cGqޙKW2{#M	?u֟nm8~F@TC	7ʵ˕BwxHaQbXˉѱl-}ۈl߉b?H1+}rͽN~mCĝԗ+Y~R@SLB4X҉,?_Ɓ,֦ )ukM^{OE<q&v_Iμ̤-צ}HŉY?ԗʗ@*zMY"UΡ}>L}	p8@|&H	SP߼ihzVhR(a3<}RTa[.ŝgsK%"bB8L66dJ$ $IW[]CXI^50ҁ*8#aO%0xkjG!N0~kh7?,ذAt}sz]{s
	gFmtBɯch^dvY{ڥ-3$(uÈc@}/ú[wqy XM
Tl׸1uaZY4зAy]b(MӨK(ڻtxYWhf& .<JԦ\Kny|.sUq)v'Ghs*`'JM9r6TF
TzIc1)a!.nJb}Ѥ#bMp\	)Qx܁L(+wuBWiFɀ[ӫ4Kc)rS;+ӐQqZ8w6 Ʌi̈p4u!eWk1yrVy*!c)lZa}dOG܎o49-ɤ1pɍmʠRů	\9Ļaؕ)]ۙq,23ãܟہjgAȶ[*\Ŝ^/0gMކ=#f6ԶD5ڹ9"I@@}y4S)%ii'wЁB#&.x٬*RHUuoNtȫ9ѕAr](\+(aݏF^(֒RGlr۾%
WeL jV]GYiED5!6#dH84z(0m%nn~Χs¬Dd&+tF݈8ժ5>[ݣw2fޗ
EhDm'hp,$ˣm@X	~=v^(bF<݇hºGBlJ)"hg<fL+Q@f,I)CFׅ&XXQȧ5 Py?(rM9rK͵&҇6_xt'vs0`"؏	XԊrד
Sg:1hDlO*\>H#i'͐l`9
V{ia]luAr٧LHiIb8%Z]?@9`+V,8\;qF5~mÓYoͱGyd*#ϼc"NImH߃DXUK=h;EbNn\ƍTĜ'Ԅ8VhO`0.5ؖ5=\8Q|cf<eTBي5a"]'˗ȳȽң\ѳvZf'<6iw:G%,j?WV~fLfś;}°uI2wpՙX09aw
)Әߏ+®RS>kو(|9a`9wa'ړ0ZVD;4WMcvehEAv_.S]ޘȽʝؐP)GJ!&Eco`/;\I{UM)( P%ǼۜÒpDBɗX@z%d3zݎ݁Tdo9iyIqRؐ<ڄX>ɠʒʨcC "505޿Cݐƺ7ؙ*naPz߼rӿU	ԣӘ#_vŗOg&Iݼ1|r~sފpmme'Z^$I	D5έOdLvDǊ#_e8!t7`ٙFUżTW=ֻp2	vuC XQ8݊wa@:ߥnjSHXz>'2A8dŞF̡g[$4-#\FsVx1t3,MM~ONOiU,SuV̇-Y~C-jj60Ƈo'" ݨ$Wrp_
`b{d$	)ҪdOgy'q:ٶ/XCWpQ2k,s,1$p)!mwo͟h]ܙt?}rcǖʡ[LWX}^c7Ψ)[׆TS_ޠԭ4ʅgi
-VDn;7!?" Ji7Z}#ً˨m=MA.C[Ѐ֫9jЩl^V4iqxjNi3s)CΡAfesSӥH
{|[ڝnЕsYUG4vvCF^9q|+l.,`T9,:m|hhoF*Wα.ӻRVƐ"Zr;z\Ѓ]}+,b,U0W,QSlөzN8,ka\Ǯ<UIŝu ډGVM/2q9'ҋm3U
7a@{ט
b@yĈWΥա%ϯTھx;2d
]yG(Es%g&Q׷yzqiY{cφ	)"g3]&F{Ŝ[QԖ||ioiNR=`(j8le+"AUyf2F2mV
ϞT|pg6/9eɼR֨˰öN&&6}yiG_&;9!4Еx$)Ȳ=?j;"<c؎q4$ud?hƊoLd ҁeGB;\\V:0цb"FTe}bZSziBanXe$`Ԍ["lM7`dqgP dydƸbL<˄Or&@Vtwa`dߦ;(כj	"8ȴ8l4	"4V˲SYZ |\tPש!}˭2Dr3Rl
#/dXCLYMwceLhC؛-SRftsР2da|Ă>jېc1Ӊto6U
YD$(V
	[C9)է+foʤ;j[s^T˾&TA[JʡYXj)6#pv
IOͶąwڰz?/|WB0wkHc54̆ب^Y`بqvڙefhmp`\ƴɇT_ԥHd
ջӗ<ʔ#I?VAʌN='4#.'>жriaƲi[}g1i^nr450!C58cDyBvo_p#ܻ8NBǫAdRN^̞&5%WGƮS[*aY*{̵8>ݱT%
ؙjĘ-Jg.<5<8DjŇџt6UR	K˓`~œvCScQa~~Q1o2r-"ˡW.[`{@X3)74Z/$QAհ#&"*À0
&`8AA'pk{Fij|11T9 &LىJډq(J-yX+ml%`}|ԾDXգˏɘdEeTD.X>Uxe;qiJMb2DegǓ6na* =sώ4eW!/FUFEµkpprɳoc5م[Yy͌P`v=\f҄jO;KMUph[C+Fŝ=ʙ|,ycR~[j ghVU*(
S`ɾ$ cbi`wp:4ϒܳEcssZ׿0ܯܪWP ɣ2p2+؆7Oԫ3	ֺa=,(Bhأ?o'sQyyќpFבQ?h%k-JC&xī8]9U~ߺrO7[ шllA\|F_,j~OmŻk/׍0>eNIL`xuG!j`pAmT"ǳf($Tg 10tu&A*3SI%tkMă15)kjQ#g̈́

 A[
ό0	5éLKI%ΥǕ{vgޝ,͙˛حքwbRh4KE3X7"H}<61/K	eN#R|G^Pf~+)g7cPRP_{.1tƫRwݲi=[N5qex	ndǡoSɑԹK5΄>b[PX7eVhY̙\=RTdF}1yA{F	(9Ů9FK3V.l%ѽM:c@LO!Ŗ =pUS"r@F̰S+mj?;Gӝ)Mpbk?Oeq$ɭPljzͿsXf*.Qד ZbUb
*P'ތ-Cwh=܂rEԭ>bZJl([Pgl5x_'YP[DϬqsdmcEXŪ+e(~Z_iսֻߤp$]J2
oȿ[ˡ=8O#e"iUSaiag%n`rnӑxR̭wCƵsVjU,,CjcyΔ SAavy	pRmkv*ݎX ל\pߘ=-T؍hgm_Lr1ktxHvs[M29X!C'2GJc":p~j
Ӿ4KeEGfaOTYКCU,0K&Mo,TFqhu`sߚ)1\pΣϨAEiΉ ƞZ]2LzާVG~2NiԂ#@M9(Mm5MEvX,Cdfòt6Fʤi18o3xq`Gw3Ĵ>́v#F"~ʋ9*v<d.`|­Xdǚ708qUu[n};eMN:Y=#ЁIӣvva1$)nCEk@](~	G&LHZ~(Cy$ʽN#Ͻ]x?̑v\% 5,Ŏ#inU44"L;qT)_OP[oĉRi^a1OYMP!yL=s)vc?*`DY!.BEԌlmDpݥ-b~-?bbUk0<diȫ̭p?(O\ߌ@H}YnUL*?˒DJ4q[=k#%σ)/](kr1ڎ~ܜGyZbF`!NV57HKбѥe)yd D^1bal&M{a|7'OnWX{Rv%F^OҪ_[<(fZґMSÓbޢĕg@RI^BUԂJx?TDu.R8@EWv;E"}DNϷ;ٻY0>/lWڰtY8lGiӟVӐէ9<PSݢlVq٣Ǡ.-DnՂ
ڞFh]!I]:hLFG2IwZCZ>ܞ
D4^7CԔ9`	/FڒS][+yՍYX'ۯ>Ϻ:8c^͕j,^(҉elxw(0&ͬzk´WIru)Ȋ:* K?QĿ/,ߢpt_	/$SȂP
Zԋk?׮UΞJ3b}V{m=Mf	5daٿFMYL%. kdEx:9c3S7|BޝGtzFA(бm>DN"^bn[XEu/|mt>BL[˃{)DA]cetLqx 	μq{;Ke-CɊ:-ZR4Vj^ݱ ^+Gl#z*ρaXyEӯcb\ڂԚs;`:bJ'wO0pj*s'=UlԽ R8۟{Ov֟BFj=haŨRNKQ
PŽR8@wMR߃j-
\+Y:n}|-b+HBYݗ MӭpͺU6ݴsƨ]5jķxɫ
g[*c|EԪ[޸cWɎ{ҤP¡y%Ԫ5jǀ2Cb@GM!2Rmu-ݍ߱c>]ݳ{8/(KBʜjeR<VKpQ_Y6ȿϸ	|c
|RGXZ0_rhB!
CJOIrRl	gXlH=5O#nbH`wKӽ83/ۚf`-ŌsC)UnBw`[gJeDYM=+ohӂP3!
y`dT0=jVJ}[̑ʷpnj
 /c5aԷTC4ϧ2	K'l}ĈV&Cj3urx׊a	ɺyu/.e`"_L֩=s&mB[B]*'wnR׿jI;'Uyר9r<|BĨМǟyC%YtXji`OĬНFc#1ų2+jʚ=Т-D^JxNש\wynX@m|]#b\Q0NͽI^[q(SګFnCrݎYBnxH6Z_x8&f~0GUzfcje8@1vE}$Iͨۍ%73-sy1Pp1bD"ROw->!S'lu=_30Nِ>Z1K˦X
&J$ac
X*\w;ˏBo}w|Gώuģ*<W@yhA_[gtyDTNʹiHQ|#n3cEȊ,\9(ÜX/37N-w+)&$W	t*O:pvR02˫.ǿ)u{$-A:tΐ0d#G4n\pNNwO0]HJəLXW]οu:J6_!LISDO\O|7e*ł^F^Lڠ6/Mޢ2+5!L9
է!.#l̚w[A!yD*\Dy	5v>0*(gxX}zBcÚW|]bzktL\j	(~ȕqn!b',۩b=p̉e<z}6N}l.|Ů	R2(*SrF˿x]ǸZ4iRKaUĮjtbjĺ$ٶɎ;#WF(/>(ƒb^Un-Ln{+5+jOgU-ܒw/˘kItHUc7Cw
n }C^tϭUw|P
LőEqYc¿R(2uOb(b
L^a{&.D0%VV5Xw8-'/T{^	Xz°VKI٠K
<.S\(h˨!!8Q5Ϭi s	_WVo>k|5Y-1KMqtZM#5'"^F˜^"D1dƱY"ݩ[}5D;&+*R)`Q-ڣNey=s0D5mV4e{Ty\ȅqgIn=%`0i1FRPV*/Տ	edގGsNϥjgҸ
Ӄ̝1۶ORZQ6?_ ~lܗ3´s/7+>^YGɏ?3hFA,]HfU-,܋NP'ɪ1y/^xr/;B&af/dsSVʎfǺβD!Zz w8qap~Ɯd!QזN-ŶB/ǘӔdpegl5fh*|	'SN=hԋAM	gPE:!Z']CcQO QU:f2x2ڣq^"v?sc܍˂\-6
BӱU,mjr Īu)^!|$4,gĈE
&?`q3Brsz6+K}DJ*0j|CitP$5vI$֣,dGά@{ŔF^\U&IF`mp. xUĴ:,DM}s`L\ȷ#[U$a!-'Ri!jŤ*xurؼOpcLW7Ɩ ۇxrd\K˲֋rM[I|XβlZ6 tNd[9Pk~'Gʌ!БP{<+jԗ`ЉToRx!fXm;˂!Q<ިBF2lv[:'SwG~a'2.r'j'v!(ϾhܦCGԩހ#RʢtS~^>[c?CڻpѶr zocddF5_Ϲ̀"6zw%/Vvjp^h"\|TV2˷œw*}iLAW6ԦKZ8<ǄZ~ɄVGrZ~rBɰIw[5!˻Դ&DФdK&*Θ#3=%K|7#].-Q^{ YCm)?ndWٕ*#\2GF_"#Eu
{4Xͻ]4Dͩ.O B{T2Z@SȚ::Ou(	5c{iu7:Imt/]\V}w~VMbAV~ˡ;->;ɠh1&@!:qƲ=ލ)&uXםb-vfӌ:ܳvD$ŅsCs'XPݨS4ÀC͇ٸX<00\Jplx!22pʎۭcM\\o(<_-1ZVtڼi.eՓvFCY~ھ2Ajo|V, Sl|(0uȴ+u-a7ɿ|kGgȸHRI7 1{nz{DAxZ-˯~PB|%\_{`KiJQ:šJ;6qt*]xzJZ5iZwlϜr[>hr$lbP6kӫ5QW%A5+yy!mj kqe?]17U7U-R-FBԇƬ_a}Z9/ܖd@޼
N0n(c31Ha5XjۥhˏkTJ@'us`)_$xʵ	D]nkƔu9AXwm`Le	ìҪekU!(%׾%Bȗ>u?>K]ԁĕoݒۺ _B#I7oi:c5F!<eնT;(܇ş))"å~ķg'؋]gy]
FD!G>ְm :Wid_ȓ|R;Dwh6=NJتS!^3WwaÉFwXVKi;Rqtv>vgF)Glsƨ=޸]#Y>>RάK\W\ȇ;PÓ./ְ)It˚ieSZӘǺxP[$cO)ri:{μ '7$؊w,mi,X*3Ķh)DEYkuˈDQ-!JA{֊/k6lK; O,<M˧
`{
z1]	.3-+ТL!j8?ْ(>p<$@+'þ*,<+k%$LƳn-Вri|ZU{Cb80f!4rEH3bį-nd><|Ʉ|Bcp-Oԓ$ōyΧ=#F<ǁoWȮ<O͊Vr_>/v)QGq@BA7SA)xr/Դ(NsCQxK.ʙSi8A,OV:s:$Il?yTc8@,/~aO.9$ |)'-ŏ{ُ۬g]'!FLNeY.QN5dB26 OG($ϐQ*:.& R~Qb~߲YtLtcszUwBӋJl&8X6<39"%BDޣQЧ3sN۩ͅd/mAZEZ3pxg*\DP_l[u3_t%ݵ=öQx*EQц\g?ߦ?ڍ'=!scZi3OF.ƵuDݙ:I`zwzõӸwwʴ͛"D5VtD<*4X۲ӛZ10ky/g}mj9ف+;݇|	w=ƀq"pCȓ؊b,)++V2\PA]ÊfVNU:΍:ƆQr^<T+ԟ@Vdv+a`L'.fv`6KNUhԸT>(n\n#t$bc!h"MFblG2o888ʊ0v
I '?nܚaR+S/hG>#8I_7;"6dq
aըm|s|kL!=EQ3/1̢Ga`K'%΅Tq_ɖzw`>S(}=f^q*S~'FkSLǌxwA717ΝΎ"9BvV%T9.B3kٹ:R
7q{ȱRj<V{ʟ2*N1sL	KCH./z13yp7TcsK3FnHc[Nĕe2G<"ۍ	hϾS!!^F"ie)FbgUаYދ-KJܛ7L=36PWĪ[3Vr9Ժ[	8e3F;__fw(O$vmhk>7Đ61+oN*uۂ#X%P:F_(XtQDRQ͆[s 3ݺ~jZ*̭AL#:0#7G$W:L"wnYu|	RDt˘l}\i1ؕdB_ƥoZaAG=bCCJ8 ːI;Q3t;^cx_pVёG)1.t?enز|1Ղe̗b-7(ok''شφAňxgA>ټ>v9ґ`kCi0 ,ͶeJǲMD'^5,~8J{a1 {~f lErHP1ɼS%)|KInYOt-a${XI;j3 e=ڄ\ƽJ
.ҴN _AOp.yeq>_]X~ɰˬUջi/͙ RG =x*$f"5"5b|tk 
g3>76/:0r׷-S}OȒVtHźrTBЗ1۳IDτ4ϑűVgXΔF/wuϔ/$:wwA.oYYE9!к.?/-:Q -qy$o9Eisp_v3/g$eבRz>ݏI4m<ain1K A?vR7e	rPhY%)ʟ[<ӀF6T˰.jބJz,OD5AZ&sg@uHƦ]fDm9;gebwЋ'Yn!2
`iBBpȡǟ{Ƙ;bR3^˫ؼY&γe\8"ͷ'͞hg~p)0)"Fj=؊:aGf:kNF[`dSsإ\_y
HrIQ"ZfMT:.odn2FY?C~Ι|KA*zBeLԵA;bnGd78>DO͈ߝKAPޮw]JYĊ,O3xw(5	xO`U[d~{}bZT_.´pO'}/;HYM ЛxVO>w	RB%v)/(9Ā5u|/|lsrz,͠.vEH¯odsږ|UO:I1Hزj{uOhz\ɍuņXÇH-6uT:%YHs<4%6?XTnڂ`^FlvF'7\)%ڙV7WL;&ɰ~)O<pYsÄrB׬1!dŁ:\r>xY|j~#L7	qm_HQj:}MݐBigDƜ$[`K/ΕH4i1
~lfȭFP;pBb_$Vudhpȹ_KEbEkso4"58Ϳ2}ub8|GX=vw}% J_	p4q^V`sRn'sN@{eӃ^MW+֋`&]Ȗ(MoK{ ["X}yb;ȩמ4&24)Y1F}!lP3WHkRUQNױv,ȢJ=\O$QgY<=dX*9zEwJ?zR+(@R_к+ʅ!\R6qq ll-Vܜd4e}P?Uyn^s:8[ӫڽڮ)n<WA،eo܄ϗߚon;{Hy
˅ĐL3ו%o`.>;FԺ'vb=|rcSEuLÛP5S|Nof<,{IDX l#tetB%)Jʪ;͔8WEg)Qg->#ц߯yenf``is3A.&+d-;MQ<hJlQ_BpźҶ/dctEƋPт޳s4*XbӬ58ˍ	Yo&jF+-X7EE,0ʻȭ Oyk.ǂo59|WșiLEb/o.e͒$L\.םJ4zouH\c51N`ErE$ȁrdBcW\8qqՆ.-yp8OԒ\vc)Gh]Yhjq#z3+%(Z՟2/N*-|>Ɇn]X՜!RV[Iq4	gx:2~EY9:Tg"2|.)߿gߟ7@.^7Bڿ	%@tצzϢ%ɪ5xՏVlpyՏ[:*^ۀÕת7t,0]rçL4aq["]N=֚['RFkb*1{hfQ/5[ktVTʟa?٪bvUuBٛ._GXJ+bbO@5܇"8Do.Iakz`.9RTb(aCÂ03i\H\F46>ʔLՇBj#&áT߮Q*]w@Y4$Ej
N"[cT؝A!oPX͘1˛H6%[Q
K~Q {U']ٍԖ-\=	K؋߈Yj6]?M}ǘWKIwpȣ@x@$jL*';'rUiyqBG;@z߮_$#kч8~n0axDECW"]Q./-;ؚ+Dnu&`9O
97ړɡX!o+ōa\ ui_ؘ
ds^mS<cB΂E<s߾^s:KJ	9Ή{E0(@*9shۀ6pRDRجX,KASoJ3ԴVVVVz\b~;a:ʼ5W=S'!Ak1ON3ؾܧyѯvٝŀ5ܚv`͜E1t4:^jΖ#TX'Ǟ:wd5Śx3'r0?{cN؈,RscмtOJ*J`[µϕ[T(՗=cCtˤ͞2=VYѣ.ǊmO~&]ƄsW³5cXpsT-+Pl&xoϿMVŪ8IH,-)^'[dP+l(xþGJrɧcpvsiKh>ہm|T̾2GxGflmpC'w|/yۉH["l#qMy(_g҂ Bsc*m4r_ۯ
wj=+2sƶ=s^u *?C.#|B_xvt`׾Ɗ_ŮVr	I*k3PƂ+<v!bP17O^kcHB1:e=0sIǡD?ɶ|
}"Ń{fPã8>+-{5b˂s;%lNTr֡ʸvXpzr؋:C[b/čEy 4,4צE0`ΐV]՗4`q"_HQS'١+8֦J,HoϢЀ@ź/8пdwlgIfja/Y>\Ʊ)EbX}fj`y:CK;N/)E|KoLΣb2+WÐFBBLȥMv
Ė:8ߝe}B(O;\
cJ.bb-#<7'Ÿm۲9B&#>-/SAתBAqK(|Vbbg`mOU:y:7k=*3mN.X?OЈ$w9%_'~PRшd:Jb;BVBK17IMY͋"EϴN 'D]s~APkN7ݩ~\_6B*q5U1n^G;m/'R|m,yjWd3ӧJuWd0?5iXތھv$eNT ޑȜSɦ\X7&2|bW0$,Gz,]Qwd:ANveüBcjݑT	ۏؐA;LHݽ;>.,a>B]zvt?cI5oH̗5}kF{M/'H^vUUE3ױIΗ$ݷ;mʈs kƶyl5Bn.?(1RluDnuŀt˞ڽp2vУʉSJ3ݞVzn]J^Ύ}ںXO6ydܪMOd=5,MقRrW9,$Wc=g5EIзĮ߬(`ɜMNw4ʤӷ)4#4r	WS42<LNMy7b6cnYS-DPWc* nFfMB;(>F7~zNzMj,RN2Wng?	!ʔSxt|@ްɹC=U<*m
,e:[|o[=sKD+>.CRM)Ʋ\(!x_[:vܱ^a*٥ɛMOhh%HȮh@	,
%v@q_/M8$֖!qu-|xo4c<M;[6Fif09AdxmÛ6ճNpo7ՌY/-wTb^+))Dxt	RdCwO5!Ug%x35%r/ħyC_ +]ݕ̝%h1PП5n1X%gְn1l_J%"ɒoEC]Dp57WMyӡ
m_ŃFy¥|c\E+sH$:ۡk3Fps~X8B;.u%uF<YK̭&>[kڧ3ԐőpRԾUOe!}۞ùͽ{WP~^wrQˢ޳`WHuAٚNtzڹ)~Uخ[ܜ7֢g]m.Zbt7ߣ$̘t~2Tҋ8{6Yۺr7уh?|vMιز$Gh+0ӵ=H2k΂F?wڹDUFͰV(]22ȷ 5p0l
3H OH+iMw6Ta\>U֣֘޸(ͻ3l}wuK[,7/>#g¬{{AEV.һЬĘ9LwoD"=0H<UM}Em2qR8`joVǥ	1\G2[iu=ϿFW<X5c1^wťӑB*]=q,9J*}Кw^=ǄYۈǊd@οXD!8eO/Ѫ fq4#dŝ0"Y-QWE&	buïr&uªJ?Rk!e }9fڽnb%z^@&2Gnm(
?,EAa_ŖMx5%k`Ҋr_!7yu2k!<Ԁ}@6"rĝ24K?pQK|>Ivyeҷؓulưbv/SjV8/fR}v2}ZsůnƬ:!br3c"pA,qݮR`od4s@6pMod1*ѰS^+~`՗$SͨƦ:u8u^,SuֽOFtܖŝbIȏܭ%s wq!Ea"-jZ]B9spixi`4zHK3vo-	̥_ECpOBy+k=RWc4B~,^8ӦzGY:cxs{F+bao	W1UOfS"Ao.&#4s(͸P10V,֞|KZ#9ő]ţm#kجy˸s0ԓ6ZoF^$CFj%3ާڽrU^
69elϩK-Zv<@=0k:3?]˂N$Lh;r&^((Nê;G܈}YXMՠ2MH#+U
ov8:w9Eu6'ċI14+IatRo`yr$ڣм_RV:/lV]'Okk	RQidрB=2ҧ0pp27wJrC1.Xu4صzY."׎8RNҙ\͖z}ߑCujc(5fֽxV.zuUwWѐt*CLܙgQݴMN7)
Ҭ<c9jBPd[0UjPzc'3k=*͎Bq@zƤtuQY7i_=Л,к
Ϧv_ZprFEl?4'@ڃ'ruLnָe);SU s_Σ?(@.SyVdK3NŢ:~E@ӾڶG$D'Y	s&{ˎAuaͦUb9~jʵsHN݂(\y!o)''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(20858)))
