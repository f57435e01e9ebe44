import brotli
n=a=0;b=1
for c in r'''Sǅ<ߗclO8$}|(u?ѵ<!U9Ϻ|"1~UYϹEٍѣӢk_U۵~ځ[҃İE+0jJ¼ܙs5ؿz%mQ%ɫݣh4#oW-Lë#LDYNXψNKtyV@Uʢۯ#lPĳ2e:FwiwC|Y(5!jwѧ~׼0<lH%J;0IFBݐʪG0,Ďmɭͼw-LNiFraAS̉TelkD\AԨex{Vtĕ5K,Zj_Le0)HVשbC-C$Ap~nc{t5ki 6_.X-wHш,j4ٛ8^Y{xtUҥ½/ު'RmY rCR~qSe̅/\H:YVݞ4Ql\K]%+]r!]
tV\O6j"l{%G#
Os~׹)(P^&ÿOي0dʡ<$b*}A7kRbn&[S,"[H+8ZX7RzJK9eXNq3't(t3nTqsʆFn/&/j F`!1ΑS:RgVrT+W_ϋz
lO|ܦl!׭,&\Z>xЛY$$ mC8[1nbHAp&/3MJ^Yۜ0PƩN6 =;&k Svb*ٯn٫}]hx҄>qi:Vü:>^mx6/?~?yIȮObR%>X3O+h]̮Bt(dvXvBOA9ޕX;G!MK?֡^bc)կ\,9)8A\&ا,E)N߶Jaٖھ!Fl5VaxC,vUiiQ#&W9pL#jzOK%_ tq0N![vdGx½txѿմȣj5ܢөMR6dو2*aa#\k0y6bZXuRZ;1~lQR`
4z,<O'oV`?3BӸI'"G(ˤNݍ;Mq#[3Apotį$mƊʲdg`W	οQ_M9.(&tkkTx.}^rdp=VUɻn?~h*wղ>F_$²ĩu۵=ۣzYm,ڥóǼψ1ŞNnl*buǹ0֬V̆<:
:*ˮS96/CIX=TŽ&6=?eڿ\\Kё,E?@|;B	>ȓ1Ҷ	UmJ֛֜]PKց?!qWb>hEt5lYrwyfZ?i~w^&D	S8&ҚE*~YmzFǐУ~|3YaݩҹU,q $`N*>nAu$LBR$f܋ɦx\1~(+NƷ[V9ګ^:8Fh))B٘AzMÑ5T<&_R+͠~µ`b{pB'h1۷i62e7QAƿ(I(aEmH'q1L8,^ӽ~vQ4r@Y̠Eo)coނX'˖GLiLEC"˕ 	؀&ЋP"Pڭ)9upK	
]U08 (xƲWN||8r6>=P2q6Qr4+:8g~[UDλ
(~%@^ps|yls.po#VKRϵ$Jc>Z̿-Bۆ.֚MAsScǏ"f7#A+eמIkyx\,֍5`rSm+2	^T(YTͨü479
tgn	h	ܞ;M/i+_լ_	@ÐC0ڙ*P%#:pȯĿf"y%x(!hJJ
e	eq:ͦ%Yw;&2Ap1E OZ.ȓےhS̍?Y=cS
"7]:<ܗOZX&,4ɌQ5A֞}\.Nl1tSqCxGjZSͯd"_rƎtDd@l٣RËd' Eh}aP=n~e-ˠB@<9\փA3w2q,Hr0z*seʢQ2іh]غb)Hy@dMס_H0_hȍܔǢ7	Nܒ2&g1Z34{)"=?Rz٣}#+*we93isʮ)ΣZb\ʾ^D&øJխX=K[{ZI'
H#Urլ\!ygtN¨axs۪a?@Q1m9v)@SsuO;ZX$HtY۬͜ԸMJO`N!neW9x<pfc\UϱUy}a0{҂K&gJRԴ$֎?n8eɫ`eװk;I$$l]%wlv-b9hqڃ:@UuzliicqɝRוrD^҉Ny7.gZ<>9ݚ5HuG>%}sW.CK]L(?@9}*t|)%'qҫ`)=CXVeE>;6=ՔS2f4W1ϭqD
jZCŇHz͛HTgho$C5lgw{v8R9b>}#MÙipE}0XM\Ih)˧cɱW}7Oėț=}^H~Fwo*\S/XGO,1##Y$6X[(l'ji@ZP.0PG@	)]7N$)kp޵:-ЂHM.E9vvo~GVe
Yet{9|Ak/d!1RbNKrȏ$$3#JC
¼_c,:0;a)uJj)SC3j!S`M@PE"sEWwEkєhC!0~@VN5A<jۄBƇĦ[u}YȘǯ^pˤRi4mŻM
"	9'йT>"˗'J*mgzu~f/mٱAգbI.BHmgyҨƻoz?)Ea	z!6׾0
Q_fTǱzS:.;oZw)mj7<YXK3DxF-g0WȺ(g^.}~+(4aGY{p{3$YM	J*\-L"1j{EGMhJǟO"8ISD
E/ϭD2RhqS|3N!B;a%# xKCǔ(0hPD_¬`oZn^үoʀxqHϨIa g!Za,u3E9'{ǭYR2}4FWkݶ˄<4NScFS3mxXXu
1ȬdGT4"6Sz.ɊYNϵ̅p,+>ex9=B}ڠKޣ.Ƒ̥^ϟE
Rmޝ5ܙ,2	zu5|.\$}!i`̺NQArMx(nN6ϻüZ85HSR[Fzq4PE{Ch'h5%J}Rgֺг[k~2_+ݗVX7wrϏfسlfhbL^)y~\RrƝS>ܖ7aT:)]^CZTϝ1:xծ}a˸	O%6($,^RX8}ge480a1
 q5˙fW|GAڊF0+wcV;w˧b@u'kz>?'G٧˯^vzZQom9^oںTb/@'FoBTQ*-37!_΋K0|?æӴ{ԱfLc?uoo*Τ'4}uȐA{)p[v!*Iڹݰξzڱ[9M9dD 
/NZ;b
FdS3tق{'k/m4X:*/lmq|l6vMʶ@kP[7Ax0?)fd*xIRfRU-պs@׾]x.*334vlD"ѷzK4vnYDՕV]n@/!q"/E^C$5s]Ǆ.
^S~pGPM[XوApzm9õY/uKjtV[?k`[#@Vbx6%'$*@ÝtܔSʔbAPwN*OSNLJжL|;,U:ԅD\CǾy&h7mN\hȥ-P&֓b?Y	T>Q3	@}QQ6Aީ 9\tT%?u/.\"[Uf<ΚZbN@nuܞeǕ)gݡ+raۊ\4tm_ĝ""SgR3a$ЎJ!li@އuH&qy(`3r܂iie.?RBJhl~l̟۷]P6fcfil֞e`}֞WGE-+KεI؀3mZQiޚlQ6K_PԺ5pn$ѕN
ne@s/ά)w»'m:55&zْ^[٥ir&^_bDeru#HV̚xїי(/cryҴaS!W̢$ 56}\I֬@	dҷ1@sg<JpQUYJX<-E\s67ϧR[n4SjEk50*hG??Q8ٴI+g˓\zBSUcC%wHŷ0[4R*agBDnqYghRMyO"Ҧٖwlk/hK}oЪs''Ğ4_oȸK7l])5ΙnSb`?A~L~7ƸɛCtY5oȐ0[5JQےM(_6w	#;`~A|4E1"ؗn~gn	)!oQTx2(6OKp}PjՖ6c~/oC-H;xv67Pч~V~k5;<PÅft_))T(sT;z9A<	g<ZEqap(l5qֱSn2VnLtOi{@E:(7vc	i0K@sź@gvKA-u@g{6ͭGqN&?y}R/ _hvbpzon^5Cio!hN\G[YekN`>(o8؋BVсlO5˺RHá4i[yԱ{H6Q_aEm*Z%R]d``*if_ǗZ'8f_߬3yL$mw.EmP/PǛge`ӜKjBQarAۙhl=	S_OOV2[Djõ+^	ئVƈIdaomec?.
թ[@>fsv`٢Fa7,Z>8WnsK~b2vO@m&УFrTNvF8sڄmB?5?Ѕ1_(vmMU$J3cbj&e)QhNKęovy-sgnJP6Bt6=+1<gրS<3h3πr8`6I,"K9~ҩѼ'DFŻR*U9CК[u|o)rTcn@qVQťG@c[N7ΩPL19S0i"̲ӆ7Znu9
L<zS>6\^AEno@y]ݳp_J/s;e`1Ot0t܆s7	o8pK~w0&.|H߽fG)#w`@ؑ}weK/Sқ3l6F(R&]ïܡ7>dJHGR)<&ԣ"7!	6"*'A;yc_QsXR(Fn9[DFɖY̜!h©|J{ك1[S 5/}.`zTNƲ
y\Ϯ,o63!,Bhx4GL*.G\da^<(`ο9qۏ߀q׳ylYgZ>spUF&UOSd\җ9ҖU[XKAL
\ςS5PfԍKgQ͓ЉxcزqKJ74rmɚFؗ.|{&o![?YR|P%ڊWF"QxM!N|ys[MuF_338,6E]i)5^w"&#ZGpG=X3}upDf5؅ƚ&Ȼ~Yvѳ1gMҠ׌)yՀ[ip[
OOg)Ypjb$<8b|ɡ߸t,GA{1ڰab
Dd}oC*nEUQ~0*7ĺgŁU{J̷@x~t4mY;?aH9>߼fBa%њ+ KjZ߄P2bmQ7LׄBV-uܻ{I$:	$9j$8Z
7t߈9LhM	5ѼQ_5mځzIFΏIXDW:Gq!U~uԚ7oiC,y;Ūg\peBE+w(JB1|?v*fv[@_Z6'/}^aI/r"Є8H3}"i.óU{P.)_N߁dTǒ'OB<J]d>teg,QŲZٗfPg(5-SP_`Dp=	ԉBT~\8Łp^o,$A.˜}Ma{J8(L#4(lZ°n99`!3He%eJ87Kp;
M.ȴ>?sȍS	vY*k$B۱;*#!êHfkRL/+|XF*}^<HqN^~^@@ߡ{ǚSӉgIbjވO pe@k5|gUҵà\
9;	(M	wh|@]Hl00ں%Yo<t`Yf;;:W=iK|I[Er3I	6uIp`;q'ETh,Ad\>Z\jm2ƙɜFyp8vTl%'h)qY7!̪vps؉z4ЙqQPBҟZsH#.dmMxш@eǮ p4e}u0ɈoRy1:]i4%ʡvG߰~	ǯ&rB=ʲ6tʥicI)d0\s>gV?<
PQɢ'", $اw;om.I~z;jMW~a-P8~Z֎U>X)>ԬB4b/MfށQ <_?zsQbİU\9;'YTh{-ȰP=W,4߻_tW[hy~^v_ȳ7uۑx9Dfm</8xq\*XviP1.IPI޻],ñ
y<K'D*0:=9Q#&dZU#hʫ"1pı1΃aЕB--cb*eQޙFs-w$!K}=Hgo=n0̺ͩK˘ePЪKVRAY26ZbabhSC~=%[Q3b^lZlǸ
ʹ~3nΠzcݶQgd193<f`kcbp%ْG2:|$,!plء5B$VBwң"hxܤ%}d1X;)ў!V9[)MFMt~c`}R-J1Yd`Ȭw!2FbDW>cTV2I$0է^Ȓ\]ܚ[jqǎDvr;N>s.iFnřdsd
a.ӯِgfHr>0#I.iUSRC:?Ӗ7h[ܟ:h	1}vTC9=]}n7`tJlͱJ8Wbk.bb_/RҶg,cq# J~sCDӚw-dWњ89	;gC]J[ldaՂ*d˱v8A%2ߔJX'3%1*ӳ֢E߽:,FGifȷXʲ3NLF:{%,F"xOV^,*+@ˢyJ6c!.q*6D1DD"=g_P~~C`bh60+HҖ]ް}]Y;
QO$`4_A:o$$Qf\>TkNIcl(cA{~QqyOHl{АJ#Dߝ_F)GR(u-Ѫԕkuژ|Q2'In'vbeH}Πq`zO+>rS~3edF])Wf$sLDZ:և7zi*eLl+tÔgeVs+Tpv~;I9RZk8$OLшҹĂqqjLl	@;6}PВ
]WXTּVR!ܸZk5B9IEvVB$/'),.9=C'/wRA}icipSDCQUt$MHX>iWPȌ	yū@˛e:ޗFDkאĐ3Nƙ~UaC?
G̃9RݤTLNVF8Lr\g}C`:1_̢]͉-A{D۠SI\jeBE6W'tq.}y"0CLܬ<kFJhB9ܹ|-~/wBW4v<$קW/BC"͛)tlpSRnH1cmN,8oNҌH[6	ׂ@#Vp<*Bwݗt.,)Ҍ͵aIqjmBZEK0aXA&џk=ƕA`;Ӵ:U),	{i/pr}.-*vkO%0|0{p_]_#X@"ZQH4œz\~to[	D#s1hNJ	ݯwD?sCXKÒ݀ubmTz&BFbG8tU߉(eҏ,?Ow7'!0؛:R	Z(ņ!
7_9nAnuߞ~4|߷s^XjyƥV8Ciu;]ʭzP"ٰȤۤEpUbi75Fzb|	<ģѣJw8!ƙ#nݜIҸ:.jٸ0ŮգUdyC6\@~$d
j)ÁiY+(DY0_P4jTmDk00	x%2X)pm
n%rWSݬ,;\)`ʟ"Õ^jż+]xɝdjVbddF/.0zPp9aƉ v`vәEՎ.*zR' sGz
]?Oj&s?FK`.;i+2_+ԗU*=GD}}E|5rڙ&^Mk,XJV]ޢfcۀ5*_4J~:ps%Yb[.d[8QDڄAt}c8"׀YrT{HTsV)1~;Ass?Sl6]3̂68<\N:&D	jH7ʰ$W8-M`FGj_ҋצ&Y4ƵVv̽o(/u;ҷ?xԴ[tpUܐOܺqBAve%}_e}M6nj~۶׋׀-Z"\usx oXWGU
tm!{)fȑf(WXc}'ʞdRҳk`sڬL͔ƿۀE\ I"ԸLFI*%G!ee%
Iqj26Eִβ#ޚv,5N߭W<7E8:f26oʕ`(t943	͵h!!n4\ѐ^CxC{LD+mFԤƒ>&Ơ9c8ǿIS+SXu5HBJbܚѐa/=M[y75cHhqq*L)V5Ѧ
ڄr:-SϪ2LL~^O.\AUUWڎݤhYt9ڨYͦQZSt;
tɄz5[!oB؂}z#ADuݼ`{)w_@ɺЏѣPLBi܃4R
@׽Va5>(&N4ʪK&&ntߑG]<1agPge+
HA)ش2BZ&-E47Si	wYvs$:'+l`i~u={!D,҇pHj(:I'I*U56<Ca}Ass14"!߳#ߎM @ њjipHJЍҏ%^1X!D_S
đArh:Me'wBGl9P"c}Îë22_qW/(,2~2Ȭ ќAh9%\^MaQ:4pѾ*
MV9wEC%?=4B6\#pQvOj(ǺcBĲ]B/oAi1*I1!ڿӈ8ŞW it7i%ΓUs
tҎ]zmآ3$yݳ׭<Bwfgp_sJ#sAegޞy%0|!ɨy{k6x$~o$F3	fQ,pw6?/)kpoEE]b15	4gq]{
RJk&x׶@ӽp;/iКYXdJ|F?'7	&yp
~{[Ŋb{^wPBY
nM_ (6	TrH{--_Gy<W;c{}BDݑֳYMWuNɖI	ʷ>u?ط~`ȣLJQԕ=&9;7yZ=A=7;Z[=@'y8̴ܝӰ=BK~{Y4%]u^a*XǲߞtЉ@F˨1kD$7myI&&09Kr=r=>5vӼr<"Ǻ9'gl ZΊRJ/Z0Gf2Wxx~'!
3qLeZaZ.ϛgO
Y{}/$wU<mik]ρ'j&/ \$~½lvs.ZlKoͽc.55.ۮ͕gD)8XȾ3Efϩ׍3Y]ڵ\+
3sҽxu:h=\.'B	eB\>
hIOVr.-?
hz=ou\n{=М5^,s B)h`fmH#ÎMu#bwF܀TC$q)#6FH:qv@@O+y6)Ӻ'g5(ΕSLܤ
H+BLm]]EtAIll|q	c{<JoNQM8ă؞A: Xմb[ք-/j:iEHcIXmoz|Da܁9ջNf\CDs
LN 7BV)MO8^0t,;kzɝ4Thd\ίOA-d23ASa9&?֧!',<Vɰ[Δ/i؛VHø6P{pńvThƽ4O=ND߼VMw72wx@Sl7	Ș[zH.YݳF/˱w`wѦN`o@"e>ŭ$SPwJ̌TM}۫đitgosMqTwwSF1RZNӤe?s/um0
Wlm_1Mʡ)&s~3~]ѵ݈9~`{ǞT̰ɦ;aV!iX_^^	>,.MU]nbMQZJ>rr&`fݿƎk[WS,LRϥi!~+)v(עGxj"Ka"ؑ=C3Ǯ$=\DpW%{Gn*/i=*'C5;%)vK[PnK 7p¼:Ss;t}rTK.ɼX<Td7k<ۏ4Qxpn'׃flTz0tzԟw~n&4
*:ê,EETSI`//gj*"όЀ?{,1+#Z^\E׈>6VS҃mu<dEԞP̣|ʐEX(BENe&FI[f?9peՓm܉ӻ%T%7J[4Ht{{ZOHc8^UEy4߭]h@0ayk _7
ɀ~k\h$*zT]	0>2fx7}.I++/Jڣ?}'^q_9TXe!OsBlGDWxFgR:~R}ЬK	܍\9GnΓYnl0BE=7kgٵخ;56|\0,u|~Aҟ!2vyۑARG>դd[ҾFʵ=!K}3ݜܺp{6Jwp'6FC\#?}A4LHG.ݢ{HۦoJVO1H69Mi+we)N߿cbQebdȈvS@ɾu4y]nj[z3|
ÛxϳB&oxm+@!ܺ5>EcAXĩLid?[Y5PMv:AoLb)oFʀўi*ȍS7e9/8/ѹZIx 
sHqŃ>qF{k]KO.{ٺǮYd}0O)8ܥ	w,'Q4y˙%mЫZ"Z6m{XC(\T0JDVJUNvB[h|:zHǊJ/zC޽Z׺"|nX~:/ʑ?;)g˘2x5^zZٍ5͕6vv{w
w|^'mIo#ρKϓ-Oykvϋ1ҡ0r'Jn_bvPN9CҏzԠAR]+3H`)!µ~2EMZL%kU+{4/;$PS]zԉ!CU5%^CQVI{l*hþ,j˗c(-mz)(GH(M}ڹ1_x@!EUH7D4FCyܖR8u6Qryy~њ̤ֱ̆xwtTϰxUJ.AUUUbe+(P7٘\eɏo-9š4,Ry7]l
cwE>8cO6tKyX-eͷMӲbf7u*I}rVUI%:onsf~`&v.Ų?بxI؁ܞP<{l_gfp!lzΒ8Aw}βi$HpD('j+1*%Ytjʼ5%UO|cAdjHǐųa:WKQί	#N+sk$mnbQuRJaxQ Ԫw,"{
-=|lDqf|ϲC-12ڡT^@cjZa*.g$JD=Y0)o[N;n_AΑm̐YWΔFz/ i}*ٛb(ZZ=#Mi: ޠJ≠ՆU::glQDFx]	zta??%2ݾհP}0)e>Kɇroh2߂[̔YtۦDMC)!V='f=K$F\oAk#'!''߾J(ky)vMSO֙\фsrSƭn7t7!Ztz:ޓ{"'Ð͋nc<͡[tK9yr(ǧnA8ސ?^I5*qVZώJ!wkeZɪH׶YӇ|BҹlXխt*B؂YOl)x _Oث4cg`{3ܗΌU#Xťa8?	ZDQxS[ES7JoG(U4'Rا0e7q.&(ePC5tP OO{(â*|{MggY(nŝe	݅)R5@%4ͭϞsW(^Zx+Cʏ[jd,]vӁ!Brk]9gǘ&6:/UZECWM75Ƅֹ}vN4,}҅^{o	dХ^X/c\]ǐ:ًAH%Iэ-0=("KP3c0ھq5@|{"k!҈X:GD־6Ӏ6&2RpO+JZ}*Rɽklˣfry Oprcύy|o4G(rRI%b6OzH}Sz/pƠHʊb:6T~HH4Sܬܛ6°_#Nؑe BbWզnǰ,.r/E}S\Ԁgǳp%cK4ЍީGc\WT#,$yLjO]K-;]I5Тj?`s:l	J(F0dgl	ӷ_X"/)!|Ee1vuζHp͜ iX7`;U(0zڄR0UUc=JXm3҅M¿45ܘL^*0r,f{}Do)qQqA1gΘfʹB^ެ)0X:mY/ˣD4G̎v\<kǙm;ɒtSԆnPfnaS'm!u:82Z+]:|%íFQȋW9h,mSv,,/[0Nnr5ZO-\̂Cy|Q=e̺9IH\Sg_mtv}\qV~<u"){2jk&yq5 tCƌßR1ؠ]HЂZĬ6Dĩ`	͡ڛ'hGԠEʸVfJfa9reeLǪq;VRvB>Lչ8QR:<cD̊xL֝SH<xޠbAş,>F}ey9PR| 7 3?Exq1Ͻ!C`Wh̃[<qGm
.R4t
ac\R4_fV%&;8)FĢ	7/JjzB6\QTb">?qTұoarrpB84i7X(×ӾtO ĆsņLXOMR`	Rp#l2fҶ6,D;Jկl|VƜhYf;n]%qۄdT*8~7&oFT+؄i->]&q"kˍ\VdUO˽)̏?~daRF&جN]حyIܐhI`cs@"!T8P|̈C*ntiˑIg@؏gpa܅S@fw)/,<!1֌4~zg8'Zvf>qy(a}(L+ɏӆyK*,vo-ejp@/KΟэ:!X?(Zaӫ(J4Dh
l7JOZ$o/ ̄[.e~5] ۲<3Ȍx*edɕboH.7dBf=D*ܖǘiY	Tȵ.]{|	cWiG0ڍ^7a6EEmv׃NU*y{۶_1qvJXA:]?,uBj
LD	|!1,m^$!<ʕ0BLbG,d+z(ܺk_kyj^*$^YoecPQ߿Xhu7̕vOƤ@S!v4)Ga[iνJxkVaމΝz%˳ǩ%KF%wc͝dGNlΝ+E"=R3MYy#Fw˟#88XWeo,}g+rK^8[l)G;q?Ԙ 4f737IȯF /0˳kqKɄw}fpށ>sI S	P\zVo`P	9\K^@^ܻ
H:~Ube|,pNlh'ۯƒIڎ*җhEѯT=Hze FUXƭ {4$`S
f
v<P:|tGerX~(Y7U9ښZЉ}74HƉQ>ߋ.<Mjͭ}0ΆB;3bKȜtdn3@֕zDׁіcޝԒ	m.SR	#J	m^yKA	\ȁXCΙ]?CEEd˞#Nwۣq8vLoi5YԬiv#e @Iŝm/;@8ikЁ9_1Z";1%`$ġ[RQ~pަ@1*kDx5{q{q.wA4]:02-c*1nBOR_qB^/߰e3϶yVMFGIaAjaՠd@jԋ͞ K\՘	
@US@b*m=>sDݠ[qs:q@9][e[ %~dKfۜzȱ&_CfOއlls5bϚ',{n.\.!nLzekR~,Q1a#ڛGS5r?-c	iڍ+C߳7ftL6}͗[r	*1lҰDL-'H^'*tPQĒ[rO'ȍgZNlɂ{e9ދ0ٙaJ{1N׆-2ۚ:kB,%̭!v̉[˰CRy͓{.RW}^uۓ˳nPζb܅Մ
ԬF~;2ƃ6#A/mZ6mۼN/;ByMqh5wÖ-ֳ]yOHtE\,{|)NCW~6+bgXȻ2OPWQ?>5mRPq76Bo
^)rnErl<̈́;SCG	MNYr$o6jL~#Fn/cAeBXߊ^(
˟!uˋyˋ lĽ8B5q_\gκRv;ڬf/e!1hJz'APV
	#fВ~}JU43*	x_~*\͉tw9+	9oZRW8smuCRu.)/դ/,0J.ЃI?}Dǟ;eh9c.w |i%EbO8[nQP9OV\J~dTj 7("{=9>~6׉rrm͟ZD|ٖf3Va
)L}(hѶI9ܚ'DwI`+U4+S̿͢	%f|Cʯ7Kl} >,P	}<cbU݉ŗūmS׭$6})2R{@<՞(2zIՓul ;DEb0j	O`Dsv z߱(R=JIPT-QBsS&ހ
"#ݝaP>x+v47oO0Xyj{bw;F:ݜ$iȢٕTRjnݨ.$_e\6%<0Td}ќ.߱:NٜF[3yml@ 4MT ۰Plj#)E1Ρ}(7F$|ͯ	ɀr|J8
aO̷')2U@ծʻT^Gxi3An`Wʓxs`ܔQJNAlr˶'bK߻Re~Vj7h-o
~%օ^aȃ3o`U4~܏GcjPHZҟ91*Qҭb$Mџeb!κ[o\Le	$y%&8yG548Hpbqj@%;A*;)xbyo,=<Huɦm]}\3NPs"qţԠ,9kԾwBkbtu 7z^9)*<|0dv>9ڼ.@Yk> @e	I`#Wض
@slUvstȤcLh`,zԥݞ+ŏɩ&ԡT|%kI3/6PmE{D#oSOTA?LQ^KK$Ko(/Q*U9? ޣ;Z8R@C)tY͗Ƈ3BQDfxT)t78T׶hx2%-JDآW[Nc+ˀ&/vƁ(*Ys4ڈ?`&n60.~27|yiۺ591^P	g2toǋnߵe,4H"Ӯ#QI@'y:]7&e^*.istz%$P6$3].T`ӛ[jp(}k
QI>nI<Wf"9fza,<RE7Pι$o5 RYWG)X.:&+ˉ7*CDCS6:҇+1&ҋ}eѬSn8٤/up΂MN<jf׈˯,-̒
)lY(e:k\ŪAيlϋ^`ɐۏM[G].Bư;jRpfqC 'oSIŵТTܫ]׭(^;}%"*p*
S)RnnHvrRP͇@rA<+2w4+ׅْR?Ģ*#JBḯ&~FHYk\ýz;6|'ϒ&Kc|	¼9u#ofڄ aCZ˒UpBC"BF*@HRY<)/G`q$T2(4Iʹ{EXP@}(!wE*~9q=$Uў"	N^ϪĊ+buڕ`n(q[gK_ )67[	QV֘tF@Z([?wlʵHmCaӭW}AOՐ֕4шQ$Yo/O%ѩ;u&nEWm?	x?_ɧh[n,c$0ߵϊsعXDϖ[=jŞ^nڹǱ(VHo%%0U{ax8ݬȈ͗_]Jwtx_b̍Ԣn܌`YD#b~{jt'4KՋD{g'=Nf7|K@`C3hʶ?e!̙"2^y˿ѪNR=0>'Ѡōx YʩMeeDheܧЫ[<-6.WŁug~B/ݼ9mXLxQfnH4i5wbnƄm*ޗK[=؁j)(( (	Sq#;~Ch	IiM	N/^
ĵӂL;x<j<L\B,ňwlg={
I0lDڃ9AK ԝ.1̡}$s*2f̒C)kJ8@QN#*fAV;ZaN)¾VgoW#nV՚9a1i-lo;rQɔZϭ_dO܃7(kݷo7Ν$N	%@\_Oբf r
J'nTlM5r9W,lO{Zה ҥhCZ
	~Y*-d|`́uӑP645<yVʕMafY`lA8)quʱRƬ<Q]keN9&ߐCG_ߞ
@7.J4c ='Q8
p[:sB=se95M-֓dŐa۞7T:׀ޅÇɛ͚֦mL^BZ+ZH '{uƲ4BYlEcvFͭBټ"7	O|l{Lˁ[>(N˞inRبYըs>`~G4SnRMA2E'~j0l[O>վ^ Wy~z;OT.)*wE&_-,g2J4V1j˘~x%}@:si,ȩYpәqm(h93hѼ`C}VFCj7*WЅ.]4M^`³͘oldTWԈpƁ]A 8Æ{:ז:gdcF+8Q9R<OecGrvx-,Fֱ$cJiA&J6Jۤqb`jٵkZ+9ŜσPݡÂB-."϶ۇ^BN'tI2q6m"ߡ=hrRŚ3}ס&GͬERKSYٱcăM'[Fv)AI!kA]J\:dňjܚe|@CƐy@{?irƱ~^Hb`@F{,HP}<[@ݼeK^ͅyHjr;nCiu&uvEM:aLڹBcr2mȻG]9iƇO٤~إ5%g;	ftKB|TkRCYf'+M(2A{[4fXYR$OطZ53,gi,)b$(tO[ovxw֑ĉ57>-uFa#l	I?e|Fyoܜ/V,Cpqlي|]Pvԃkoͭ$|dDŨVR#?}ǣ=G<*Gˣy6Ӈ6{_l5LTKZoͩ	QsrrzٰEX>qg5vðNX:}Hy-R$B%Aӧoey:=nɤАZv{{eҞA3\ԯfqv>,1[޶Un+d^st!(MigιR$*0Wlګ&D`,\3B~/p%WN1)>,!xά~JÄ؎ǹJZoBEJN94G$r=?VV.&/$P5}s
zqK\aeä1cqC8.Az]JKχC@j$yf?J1FE'kPN	kVK^iҍ*GhM73/ɀwWD:^Jq2BMpcإ"Lt>qVdn̈%\[v=l"}|z
s&^${[=$t
1kMgčeA%g3,q:(Kg72= e>Ȓ?ͩxٯ"u1M׸7yXc=[OżY}W](}ddIIo;bJYb۸(nuD֝"+~ԯ8tEu83i|Qiuf
uQ(Z>\VTTPtZ-W%qSglZсZ~c%L5O1z7wY@F
2zdc-tǄc4lijy7tpm'|K!Q.ҀgZ[7W8|~IDS"??wx>~gת
>	AUړIB{,:̟֐;OjɤNU3қ+3E1pH}
llФ3L`Z$1ҥ{Ccլ~եja\$އ2ȿyf`[xQ+ I܎d{7nIھ_R!UYFYe/p׽LũFbVÍ {(j_7IspMJq}:iFٺ,~׍q-AǠys78ڍBǧ%g3ڏͧӭ֒<[u`xˬ}JSTzx?NΚ62H6՘c|Duׂ$[Wod3ATi1I8)/N/?ftf?|!ͧf:ZPJc͎T*}޹5is,݀ϖw˓S5:_ܫ/!-gM4ӤN1*iyIBo}_%٢ssrn)Ĺ;p5^_VV0CL^7hSRq.3XiT]lxL"gDfHvj#qLqpuQ#%Wqe+RUbU'G'H=qMC.#u׈^*J ZHX3{ZVkAOPa5's6inϋڣmd 7F2`>SncJĐFJ&|^E}dtR`5gԑ&Ҕ<nžѳlGaMkV3	VdXk`̋U~6k%$x=w%vkd1qoVsU12AC34H*˭*Rl˱ז%׼af1?
U|lz)'2~fF%*d/679Nuznc҂p8ա4	>ʈ-N|YHϩsՈrڐs`|̿uXFO>= ïPy"/d37nQDcF^dL'{"iA׌XLw3+
Љf)qyGø)Ms&rHY/{B)>;kUR]:̨=;`Jְ,bk+i};AEmGdl1o߀Q0j=V!;.[̞޶xMBW\}8k3ǿ@U~ tMޫkרZ-;ŝAfx&rh_6N+<&Sқ#!Uw|%uQ߿B_~
"zZESߢMJ۸˹~ITQq(gg]w޼ͰןT
!=}-8j֡jKpˢ^~?+^_0%(ul*˃хs`(#ŀO9&wD=81A'θEp>τG&ݲeǡA*f׏Ґ:ܠVVڈj~LϺ_V':UkL:YMȍuѐ!	>XͮTwݍU2ľwRbjCtS(GM؊ 9mi'?.Ȫ bb?EMqIa(8DM7KKZcڤo6x"T%!U.vJϢ^A8d5Oz uȃXl%,	U{ÁIl,1cY"=X٥hS9LJ޾	|eO?
k;߯Žq,c|[~n
H8bEp>xΛ)^.ؼ,יܻbИu<Bp6[z9D&dq}}Bg.[)NH:6\(>=^R#,F׵i>ą`q  Id4Oon4n$)[$Ǎ<*'@+ctpQ,AԑAy(Łx}h0ŀ>%L@,Y`9Q")Vy9oh8w(]vD	x<,t|blހ&|t+oPЊflA%ւ09&Mz@	RPj7ؖĭ.S15OIւ{~`ҶNs8p(RQ4|2(Li֕y$a]nA3ÈWxfs\߅H߶)|,pa`ۑmj	UӶDtJ@oɿ!,u=LI\EC!EHrur9φσ_iu[ҷe΁2p#Y<0MM9ףTX#So˝_ ֝چ[
*nI1,*kROM##j
<]e՟';SMR3˓6ZO\:baaFqH֙"|Ir.wzϯ&`Z$01F_@FK6Rt\[S R`XIsqt ׬.\U#%1\f)Nb.y:ΏشMn+=~l ڐ%4kk9_`*
95΋0P8UAyj5˿kה9inkj~!р*E,<yZ>#Bӹl8ߦQ lY]=cX]ٲ˳/kN.;5ļ!=A{IiNuNFaΪkQZ0$S޴toĬ%?bßM7ԕhaVŞSxy0$+O\
ȄlM=*;A(e;״ԼOp_ډϟh{_vڰ|֌ͯC2WA$Έx#ZұҞQgqCz°ƬWyIbfQWb`nruGg,FVSjãp-bۂʶ+JaRӲ&"qωՄ][=Z	WÝnJA:i޸)KGgI]dKPF1Q,T.hķŬ
3GYfϥ*KR8hi51,\٨{̋bъuܺ}n|>`5o)S 'FH֤@ˌP>MNEl,X1ߒ{ܾ6)DRԙKɑ=$"47@W<QbJӧ977<@&I(28v|k/"Ѫ!ET>O1%SC65Lv֧ڸgkepkkKF3wĥǜ֢ih8e]sOm.aْjӉNyA$ϖu֣LH{Vq*ɽwǳcgã#1+&/ZN`QL^PH\\E=ѹ٬:/+fT  	~KӐEfm_#53ϲOMĞ ӷɇ9RAP_ȿq]ٮѫխ;fuV!9;aɅFqSךr(~7da_^́pI_w7p4?Pu2ji͘WunPj۾H{;tǁV2sc\څ\ȭ`6E:~='-2uz*z?y$Ԓ=YbA_K4jͥL֚<zR͓})(Ov}/Q|fͱ{ٓa#b*^S9cJ;
ݪ}->ޔ5˟w2mˑO\p{5IsW9lg4H53+M0Lqѐ49V%vQE APȻÎ?poj)Jb$R¡6]yQGպM$X~E^rh'o}]ڦY=@:/Ty`
#ܦ֡y6-Hdo	tdghcR$0rvi(Wh`"Ytu9:1U-)`f:4VoA.:9=Isxs"Rj_'H^[$\*ZGX8	ItΧGJI]nxcſYn.CzeRmSߩze$s4EȞ	Tҥ!`ɰR{Y->RsafO]6r`̱[ڜ[̪_uxatsR_?ވ;1kQk!iH'Q\+-5x͉
#̴A.ϩ}ӓa-6v5֜')SрB.l":`v3)PiXSj̹F&$7JE#Y`:t~3uЃ0M̽#u+Ql%4,Ȍ1uD+j<"pa;J	[[zq"zS!e$4-(pgoÏ@s`LfВdV :9ZZqAyQ=XdB{12br\BΤ/2g%?1UB!mqfm=	ko~'0D)sx>HcUhf@>}!A8Ɉ=9_
(Y<^=2ŕbڦŪ}y:*	lœH$DfZ3`qOo=}Vf:6eˠ6i3xʏdSLV#c&@FV.k˧(W{g۟Fl8"CsJ#=ORC[|$,'d֮k
4rZTܨSQӆ^]жgRqzQ?ލJ	NUͩb&)
ٌHGoM'ߟ's.>@ɌnmBv5I<@8_B,ڴۅHKwQP!d	[ai8&Fd\eY"K=šBD'*Lűe{xl8PY:z	Oc*.8
8L~{a[8ĶKgi,PP)XԌģg~ݰE2"|iܺٺD+a35jH׬@`۰?~aSHҪrݎە	lBg>hxZ9NIK#m2RŇ~J.u>u%\O*L;\pKQz%¾OJR%^R)Vldm"Lğ׋fj-8P_g?_CG{5Crʀ=ǐe(Ni&T%;ߋ8v4:3ʡuʟxmFBKE%bl8}F-VJ-buJh̒o9c	ɪ,ihwj޻2ȏ#/_G
Si*@t~ک3hy1ݛШď}b`5ipjsջ|Ϳ5aZ*FaEP<TDu8CqAO{r,:q~A:G*s.	LʗBTx/t	o)YA8l<q
Bdg/&Jr5_44%94Na˻@	)A-Y	rtdEh%tk߱ЩcإߝxySc}FTѻ*.qV?SZXCV.YKn\lϑvǞu,>puxl){:(@
zeиر>SѶR˲ԥ+^s?Ƙ8V<06izbK1d͐M|/R$BaEHqBSH_mvg:?a(p	8Nȷot5v!Dlw{<2owҎbzMy$)*J(BLג5KcP6DnyKsߍX͓y.{ɩs/l,q?ONyO΍Ø¢3N>V&qv oԓ
׃zů݃{B07&SƢsLJzmG:ļwڞ;a,zL?yv-ѬV6(ǀIArp2Xݚ
H=̎=oYbݔXy73h7"}Zm
4Ӆ&~6g^N+	i҇"unZ	gK3yf6c3F$`2F_#`x]Qn(<΄)ٚl"8x{ͻk/<i!I6!u.Ō?Bbˡ-b4Yˢ`1!(5w٣j:aw[]V.EwSAlNNơA|^htflM'V/K]˗2*ةi%#۵R:E<xs@+Z+8*!rku%Q˱NOvwMxa~>JZ]>d	Qczd͖~KBUjΣرPӣn"Igs˿Ny;eילP^',;2s1$&ǭDԆBNbӑC5\ݾX:Vm:bY_ \O+6&9ԅ¾46YوT0ߡ.*o|le8ܘ1!oc+]ۖґ`gMǂ>ϭ`4Ӌ0Y8cz;V4>eE.ЕΡSfȽPdӰM.޺%md3s(͇8"WzQYE[ ˥3Ot>2zfD&Բ*~E.aX=Ӳ**xs*x,Kn&K+^PQ
m/٣z+#j77*I1Ïw֖М|g[^rRf7i3M*ÚOQ"dRa_h9uˑ7 <Wt{WܴXEaѓ+hY6_d/زV1hi4|Kw¶7Vy|tɐuF$,RHD_ûߠwfwɹ-9וebm%*N.+1Lw˖ώB7eKlE{'Xmdn6Wߙ%/
$$sLFҠլRl60?]ߞdMXʍm4O?+"1a	Od"4pj_?$5MM;5[HR4>E`)Z[D3O>gAYTM?WH!!'a.AwH.(G0Pl¦ƀ+L9<<lIDŦ^Vy'h<.(ʋy16[=y?9ڻٮ\+Wü'VJ-\<oxTTBNf?4JoUtEpxa;Ɠ[fa6.pHZ\VVɖ`|wp/R~rhf)l(͢(lQȨ;z--e[;aɌZXXj\Yɩ"C^bۜ1#!<c4H?p>ԶyE{poZ4+@JWD@Smrr3մ0,|s[EյwI$C{N?{B~{hj]R]|>Unfx)ʱxK0>
|ls?{GÚxy}59iw2ظ+0RP8\Js<*bt)W-DNkXeqi;ͰI{ޝHeͳТͬ?>%ߜEc8NǛ;,(-ȤW;ucpH}8']	W*EuQe
tTP>ϟV,(bۿ0j3M<f$Ib|	"̌nsNWJha44Yrn*gXƺ[_vy"ed:#=<5%8?m(c,^IlЊG!AtɕxNEx,RO4'ů}Z"Pv a'՘!0amD~`<C4?E2..k3msϋj/qgef!@'
:oiI|PLs |jT:2Sa3<f"xӍLC*Hs 6`2}<\,ߠe<=N$U<>;mp4Phqdv^Q˗&4ҲB۷8ǽƝԶ	mz5pY0f?6 U^xm,@p_20VņbW3Ӻy.(U#^q_yk%?yGI)#KsFȄniUN
-l{+vD޳_"W+#-,Sxbyϖ/Xw1Fi"mU)UC͋hEB]Ws'tř	0B<.R}t_`Ѡ2V˘c?'@ge*}[4}@V/2ސ"dj{JƲr~ֻ}ʫ9$	u8@S2t/¾Da&wdזr~J=/[2%g~ڗ"9a!=҈܃+!|.lv7UXN4z<:߃5HX1 `6È:L
}KU+F-̴%`X5'[ǹAҫQ͏[5i9_t
$-ȝ58_gLA2؂4%i̹4yZhyEYĽՋ ,kzVv|>n<,^]--w<acXVce*}	Tذ62rô)QpTd]A;lA!E!+a5p1Աy?&V/")9&$'(hÂ*جZY+ZS8}ۆ{>[pn `ߦ
Mbvi.lN3jz܎q}8%܄os\{ހ<؅{/+ewܜI	0ܔ>7	=Ӧ- JKX>=+=&_',=!y8ZOuDYHA<߂*g+({Z8DBePԢ%Z
DpȐC&M(XнO:܊ϭ[Iǩ4)9y\U	w)̎Kv7& JDJ-L9&+,"D\γu)~Cm^U\mkg.t$ԕź$YjI &x^lxw3Dǃ<[$+42Nm$h~0
ɽ:TϿ=uX=K)߻QBӣF߃	T2[Lb[2Ά~9	4hBߟX\uSϟq8pcfG	:fP	Sgi}ָ
e^,.*VI=1(aN,nb+	:#IuV)΂/Տ$Ln)^d1^C8Oӌp^
L:JxhczT:μA9zoPV_|6< t.QW2=rVΉIi~A33w3p	_nH_}"jb.WRO}JDec	yӖQV/8H5z(c5yz\ہmci 0eji,_ә+
JݹBQNҫ6i@(TDBȿЛgLm
ӹs7Oɯ|uAH<օb5ٷ'ԥ|5RmxBlh?4_)*<_d;؂+U

@nqPrTPr[
=&<y1ʇ؄9NR%]i\o,ԛ?LT\`Ɇtۓ{؀g˹cQ_H1!vݝ)`SM<3A2wc=UQm{
KeĶ^-_~DUt'k,{LȞ߸bzY_
!S͛~*EFoǜʓ3f ހ߇ZuvV@ZbhGhS)1IvИlY=S8Nf0<XkܶkGy&j4ߚHè@eC9g]8I&BrSʼdĘ̠ܫg߉ގ8FM=WItҎG²֚YTMGKA*e>z2]nǍV:̕&FH[3FS Ȋ]l9۳!ܥ*}w.$S`V[j0.=?ahN,M"nhŷ˞d֮xhۄ>N6AkR͜/1bmȚәrm5t)}T4MYsMvHŭ3@	+@ǚtNemQƸ2HփM)$(taVm7Dv'bNWEM
K|R̰kHإ]~o|nMltEUxDFJ:WOhyf!s={ҥL_8ulw;tI9Vڿ>ހg-7_Uu< ;%׵ȃBEIqZA
&Vq2ߞ؊tcR_w0̝raF';*0 \i_g{[ ђWQk@{W_
"?sII]hܿ>g	E%\-ȺW%1%S E9=&d+mkz|z	!F3vAV(ģ;"tϥje8<ׯڂb0covVJ]eėEssE{!0Kaڵ=&9qtQȮĚȟ-sal<@Y΅9g %&yy>Er4E Іb
y^[ݽ9Ʉ9¯Β[|I{%i-ztoOc<`%EB?.X̡ni\ARoLgLR1NmL	ݰA*N2c5j9]j"/ W#,N?īRH?{:VtA5cMK`	I{ߐVI܉ebcDsw\DV5/>k!!D=ի#!}3A0XԤ-.PfCU#VJL\]|p޷Ͻ|ϔAJߨ[hR=x\vFEv6AXǁ;7P҆23\F|J|)'?A͕"AW֖7χi~E<~%A*WN6
eF[ٿg{ffa@46D"ɧw.=G2/5|ʧU4~uAk(!*ӏҚH@72E\Nuʰ!k(W&^6%)+ƫ.l,}m؟'Fx{
[N#6R
`a̿TAJBt@o2=*7-*ai%8[7&sXGrt"S8<w˹6G* &"2̰nwpعn|])0xIm+Q.s٪C+,{ڵ(VU%s^ĦDn@-ƅOڈCҔJ %BYdtʱ*۰ʏiz4'H6ͱ([jhdӪv#@tkO-4)o`^Pt\i]
I:;WЊM8&}~eفDky(XWٜT|XQOq>Rrd;*/xK$!9::'cs.6eՊqTZ=nS3p[D޻`}j[5qeK47PK[PKU Xz_+@ҽ"cRh"}MrwӚb{G3aq:͊03[TMZHG|3$X	m\k1و6!j	Iu.PI\חNlCn3Џ\Zr
s&KN(w1gl9a2X"ΝUCʒb{w2Mw8)*:ݺŁvG!DVoI{4Oʫ	Ai63p68dO["=ڂ2}v9!?YWsɗQYkdsμ9~Fw7IMg@yY*@ַ'\s. ]kS΅`ӖE3ʵ5R	\'gNPS6)X+^R-'.yb`ÁsK/TgHH8֐WR0'X+Y۩fMQX2.Pr`%ivB\8&95ȱ^Dû?32#wc	LBd2I	@
eO95"k1vt|Ĳgۆ@bȭ=lQݓ|a*p-~.b(8͈g6|h1FPNKWgfS۶)HfƏ54.a_?ݞ4djY`ǁN<+D)iۇ1 GcZϝςLobk\:'ðաb?G'8 bOE/4S,dO>R#a@ÏCҔ-k\ED-]j;a<x{Yj+ˣʵY8A6>x'jˎ	 GUFЙ-ͥ1FUކ-3n0yPN[e5y6X{-ڦC9ܥh(]_-~hM.<ԱdYuT&jKOo^Z0*ec#5S݇$$V՟2;ĸ.I?;+ݟ%ZZNu{0߀ՠ?Tͽ̀7Eː"Sى=<VUG(Zc	<+B!b;T+*k8g}K5)=1C#e7srOJxj6ؕ	<!l;,itxڈCVlhYor{[Cz92hW^>cO=a~y<.QOiW5<ȹѷV-Q%mo%dW+t~0+9>SP~IO<Ha&&;C/Fpa_(*esl1yM\>*OJ)D	79ЬjǦۊż{*Hϟrky=&f	(<Vdmc9̱3=.IV*UtDٙnHsTvWyи74v
i7ЇVa=wks5aT͜iճ۴WS]?ߔ4 -IE=]B;BxrR{`g-b=alhl	|}:-w	H[ؠM#	<&I)ɣ(xvqYZ3H4!Ȇ%0
qyrμʎeVBJvɵM؍|
<	nԏVjkl
 *:O _}!c)._)"-,F}!+mbR0ǕQH!ϻ"g9҄3)^5_`XN@e=6L.V
#7<"Cvֵy_>y%5܇ڼHOsŷ`χF!	b>Mg"AB£դލKːGEܳnher3[>K|C:j]E^#Y
	8AvǌeCyn*
eݢ%8tĸCA)Ɣ+9׫UҢXfkn_&.m0d$Ռ5=,x̖:R^fJ(׼I[YL0ܪ{rԌYV,M/ȥ3מZ5! qDiXȗΨr43zkכP!jJZ)}#X6%Rh.FjoP4xW9gΫPH|hg>çH]/Pk@S3hqeS=bv~(U~:r0UX(:0˫+Υ4dKz*2H{̽͑."Iol-3)AA'rN=@C
Uu~\ٱ$2ڜUמUՕ,TWҜh-.uםӱxT:hWI-ۜ'e`hUvcذ&6b@jLKYV$MNivwUQlvRX"z[Ct4lmxx"m
4yxī8a4πh ɡ,ÖO!C++.D:y*]u,wUa0fMr9
nw`aTՖҸXxS>O~Ό+/7سu&{LFap(ѿw"ڄh0
;bQKbވӥr~?Gr"nP{k<T@,l'kl|Qrt׶o	s}]ؘdbxŧi}+6~]|_	؊K,M*qCm}*? d&J 3DӡhvJʢz}.uJp~HKo0̀ }ݕru{"~cVgsu?y=eԺhSbghX-/ ,yȴ)5Yۊ?-KdH^xjWY^ocȍ܅%ĞcUe>PQd:V1޸]:ʆ˦ܢ;'W֌kuCaD2a_23]9}T]<1̢#*[ٍCq'*`ٻ[w "$mέ_ҐB,^Gq-ŭBse8ښpݿiϒ~*(65bF(7kڪ<e7cI2=lq=|\Y[ޕQq&dp1:fĈ>AKtuވpi0'[2%8-HUlm~MԘsAVпi'mwd0	6i$UR1G([)(SP</̺0rdͯ<a>GzRw"LQmu/Hռa`6Reh6("~{f!?B^Ӟ?8lQu3ݩhi ߳HiŊ[OZ5#a=,7	ӐǛ.22+AB(6٪ɺ
)פ9<mxStLtTԳ{ČZ?/̂үeȭ\#Ne~2z2VÓՐ2C[08@ޔBvǏTsm^%!{ ͽEvV`q z@>"qjCu(TS,TiM˜#:{+oS%qw6\<0/5Ҭ-1OG^!#<@[A܀Ԏ0kmAxܩ%Nem-
Aa??=z7k6n<x}Ȑ)^BR0fpJE8[%SPjs ȁb]*QGHTJ|x+ϳ9йf0d_ۿ|(|MTNטgVɞdC[z*ںP={uB׫[ƩHv]ԖmI?xFÀ 6@w&gd7ߋ3`uȇNhӟْz*n s/N(݌f,}@kwD<NoBfVPQ)8y>UJ?I#2#$sR7XmZ@Owb`{dH2qj7J88Tŀ3܇X1ӍoհIsS~v/i}4~J;R~kQѡ%ƈuȂ(u]0Iy-'#;43Up]eم5ʘ؁.ޕ|(+¶#9ukPMϜLIK=H|Aj@df;*Ɇq,/w<փB8-@V'H&qČ_7|^ډJ.tGUǧ>eka)qܮ(ů3f'Ҥ"!,!?XU3oKށJOsQ&%31+|tb@!C]|٦XLѨȍ?KxrޕGiPԹЗ&qe={٨Vו-ĘװNuU&j/־U
YLf95ӂ=|Lۗ$2ԅ9$(EȎ})׀<O;ǏR(jq+@<fՠ\l͊ʃDBIr{s(dIͱgiP4@,XՇޑl-#K5E!;ފ`ܞH$qt\|^Eaʂ6̠>;?@bC^{)Z9Ѿu3S(7K4(m_τeIs9#o8?ƶoG4X~$}֗3AX#"å$ţ(}̇?IRxǚ!=By!z:ߵ"ZcWfh׈WF?6p@(ֆ٭bTfQP.:o_)	8[ Ñf	,;`48S!oߦO7#a;F{4D.Q]W'	7!vcζbxk=ك)Yv7G]yK+BiPR+T7X?;7iԫ\SrhWsdhÉ-Wl<ǕLc۰(Aو^pxIM,݁֏E+9}rP7f=[?dCϡTjldTA2)$^Nx+Ɨ$oOd)Fesr-bvbo.[$auEI{"чv	iڏ8(?>«]jVoV+BLqlI&)h[
ݣhDqXk:RtuP&<p(tvqAߐ6MbK`zNkD?<[l-3uَ{H e.p
p7!گ<}W#)iE5Yrn lű(L%#3uț,N<NǄC]7KP@*3f:Fn$WۭhpF@fLt~g/y|%W5?ˍԜPMMRMy]%mMQ3T	PS1 i!<&W6ߔĠt:Ձt1(O(?Pr#
F3_,ڒe_%brox0ߦ0@eNiyCK["`ɦ;
X*7>/!Ȑ

ɻsI/Q?Sb_W1݄k	>	#hYS65/B˞Lo ds2W$&sNF;̡7%v'8G$&K*,qfͩpg:!l?'	̭e<:csm:'znnYېkغK=ՁOUMfJ]ETP*9װҨ'hÓSnX	l,3=(<OA	Rb̰^+ˬ^2޿,<|@ }0nw;	Mu[_]dYS&Ͻ΂UD cKsy6NWa>z1NNQ^6''zf$<eݏŠf	{ߛv̢q]+|}mwӞJk{mji_kUŨ8ZȿOXxOAN(kډMUQ]Mu!Ӳ1)"^[sÂX71ZGjfZmq[t{L8{H$&]]S5J7Յ%ߝ/wOA٧
5/ǠJX	CSRBٸ2ƣ҉V4YǋNƄФpd"\&bijcllmrM8N
2'ӊ݌'`U?3V{yKSAU29I°gʅƔ~l ;CI#]t*]֟`4f"*!.;^9Nkff(9h51ѱFѻߍӇ,P}6әbHR}xgbs0C˻yy̘vAaȾitn(˓8;T:MSEq3NQZm<	V/T+-УK_
r݆͢Đ;rFή.+H_#kiGz!yvig9ּ$w7C4Ⱦyk.XI:I~%*~ѩZɰgK1ޔq;-P;\cnxX]>!ڼ >\=mZpt $%stzҩsk.иox}JBѭM?FrSb	>_?YEK8\ȥ3jў8GwUOAOԃʣ}8c<}qRvPD\`ץbϪ]rKP_xd5M1~<;oF%ޕ[js><kvIT~7Gvuy	gD:_)sY>o3c<:wO4Izk6ф"Ң)rƌPK~_.*iБׄsPֆlēeǵ5;ւjy+0=i<m3XС8ّ̞oRN*c_arʸU<
5ӈ?ϳ<L]WKNM2Y?utgEW#ؐ΋)sǊjZðy3mZuh6?l+ؿO13[ޡ01ƳԂLX8)s[Ƈ: SV̏~gf׳Ľ*n2#k֜|J^J7!ӲVVGлЫMUy\6[9aϙx>Ȧ*Vf~Z3K̀ώI:[OB-R|kRJͥ!$.MY#uu!ŠaKͮO֔Nô"t'G*=§curRH7{3SMܞ5$z^Jh$}nkR|6Hm8U`mٙ	fSDH#LCj&>#\=9ON {ԣަW۾NN̡_HCim?&Qvy;ӆ&ʰf<sɕn)؃7qoNݨr3dgqK-şxKRG¡\rTɁ)KOCvz؊^AŘ-oFtv2c^#Q}Ոހ5l	!ul"BC-H+VlCnqv62jo>VUv{\	>ߴI1Jit/DY{qdpߣt߼E=)c}'7QjMߝ!¾|a<g2"lCRh=7,]%ӟ<,9hJi<L9R*vZ:~^ȸdA(H0r5ԓ7wӌDN_[i,1@ʷiC&rhX?SC)^CuG" hTPWHbB!Nڣ2e[Ls	$i+Ն2WםM}9b{.jk4.EĜ۞mʴILßOa.αi{|o%`4ثwBćv[ˮWoOYAaͿ=w	7LD+rQOö[]n5>ޏڳӱ&tâGjX$%~Ͼ-6IyۗZ˫ٖ-|֝BQ*]Sc܍\
4?ot) 	J4KLÿ5h**uhNßTTC;/5d5Ï&1+)Iמb3B@}Je0>;z&$S$G[Rܼˑ-BfF,VД0LRZ-Qm*7Ϝ!{rU>"]!op%X2DH6yuo]0W9+LbWfȐ8--Q'<jUXе1Ry(fmɤ{0"W6 mK?|=nZ/DW/hf4ą,G2K	&""3a":O}Ċ=?KtX,g:mUÖڅokʚʒLYU)~q\'X<wK\JiVIgF)P	3cf^$@2bknĿ!mVnԚ.2һ>[duX1'Ū=A?]/ʛ:O[]փtQœ˲+0w20EUjrO0G rǵxEtIjtF
z+qHVz/'cD~7ijZn^E#)kF}p=ٲ+q_w6ѵm&p*vK4_#SC؀8!i+{x5BB#w39`Ga@QԦ$SP]_Zi~9$֔ߋ?Hl*΂ǉٞP9^6(ZӁƿm3os8K74sm
(pp݀)t|[4	 %ۮWMcV I^|:UJvO|>WIO[a+HܼΪ3%,ɘ-t2n'Ϻ6+ QxGq>tљ7.hViwʍ}ײ7^wY
!#ιi4^ ]&aدˊG8h׷Qgγ[R	kצlR8Xڠ±"l3[sjoNO!]0U#@frucј~5Ú%Kʥ\#0I6]189g2<^s֠CQғґflŅכU\VV$ĖszZfވQbd^łfkȕ7"wϨ{$V0Q'*̓ɒmHnL7H;\L)2HQJ	"
g=%88{ъ.yav?||?|"R|I.u+|1wZ''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25240)))
