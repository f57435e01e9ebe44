import brotli
n=a=0;b=1
for c in r'''ao_%rq(ϝ'3%(5A`ŭwU'J|W?H!@dQ	ڌ`%IBǻyP-PB7nR3U KՔƏmK3"3Ȕ ln{Y̯m,^egl|0BȖ)"3U;϶{qvD/o,6۸@aqf#giJ
rˉņ{N5ҌY=X4'(׾׃|5J`|'H Oߓ,yA!8*(4ߖ(д8ߖϟ9$SKGH1&aְ-^gz#SG/^)jMSSϔ=[ŗ/Rrքfq$Y)On̲#1Ͻ/Kӝ0QШaw\b)8Ǟ\+!fyG3>ܖkxDp}CW^vnfet3,
B\;7YEK]oA"i":1horbroq.'uf'ӏ5(Y	0@B+ڛiؼh߆oP'lv!v̘PSky(uLɸ)Y.{ƒ*-ipg~o"SPGky2\2\2X)GymNZZgVŕۮl_4,:
/[X%ϢBƙS5%vE`z}pk@ǌSknO8Y^p%-^ВZRɶ22aĝzMyVˆI҂f{0	2 ͫq0l1m?eAh&uބT-k2<gĢA>w#G:я(i!إ+,Hۓoh#3e-eXaؖQ"OpG1hùLȹD1t-*pԈ+jI`[.w:^r7nf&svV͔hbR^0V:-Q4.l^ΈS;%Q́wy@6!y޲I@=ejQL@&>{pNֆ"t+,scMd9`۞;$z$v0\NJɩC|7B=8m1Br|vDós
msb8SJ0%ؒQwxMګ-@s>u+Ci|LF MLsĚ+p()l]"ZK+K?CӥD[}ͱb	\uWQ6zJy`N˩dAF;kP0{2WzʌcDЂ3&a3iD	E8jpPK:L̿޿={~+~Em$7'fIܿy|]8Gr 0hɄaүr{M~r5q˰5>sh&(pQ}4BrY,
.7t[b{Xi<^ʵv:b| /ѿE0W ʰJĻKg6K4q@CSdF̤sv|K?i{NC\.Vbb<f,ܯBtًy4Bw^TQյZgР׸	#9!\\ל(JwϹ-A,Li{	9ٍ:QVL4+O3>E%c>٣*G?NRt'{ִ9:#F`s`gq'^>sd{?)R/Mf&xYrhW$`++$ނ(XFrR%.J<1>j7!,/L&z3v`vHPbk&5܌-}dnZÁ>hV#v;<dY<8%_QN.{lyO!ңԝsWr7T
-&/l1gv%`6H!bfFoEf%fއ7uIg9ߘvo+DW86L#Ÿ!aB&82/G'/!
bB~t"s7݌>mxm{0`n&^hb(a
uVu$A4?h' B	fHQP[Y:Yxaѕõ?Faѵ(drӸ	hDxFdjz;zy޶ؙarݗ:aC	6FXʶ3e֕dmz9W?|ڣuib{R`D;\3276@)Β^˷g*\0VSfZWYq5"Gcc{77
Kf+'YZ.=\*1M,tTVJ.ڐ-%,q=r۫uV`ǳch\ƃɥړM0.h܍%DnpiǽHsЯS ߱XxCÆ,c
;WՕWzgiDUqRD"yE343\;݁^mk֧/πOϬzҴԟEڮ"%8Lc! Ȅ˼d6LƤ̮yŒ,a~bqԚ[!ؓ*>'l-RRmepn;pbV=Ւn>H+lzWƵqۈZYo0X
;e4tE\vRظ},ȀF6Fx-nv>400KjM/
6E|˶urw&uGF6`'µ72Ail9@F8c9Mq_a
YM-2&qi
5ˋA|%Z3;ݎz37%5ۿ1F*tlc%EiQǚO Lb1b_.
JkU:m<eFNhbkI*B}ٔmڵ!ٳ|^/ɶ(ۍO6F/BȲ)q%Rjǆo׉ D*%Y)tԒD}=Y{̻<%S<~?58S:+0'զ:n!"nXHoÑVߦq&YJ`&rd<y)J`ƗQߴD.ٕm'g%W>)sAģ6VUƷ`)+xv@"bGqbF@ĎL`p*}D/9˩JB[{y5As:&QqSLqY׹5(yK99D<E_W;{XG[ǘ\YSЏ4[ l
9ًVen~	ūGNĻ1eީt)D|F:{ov{SJw.\>r.QYXAjv¶*QJ߃ms+y:)p̕<\+2`c2gxa{bsi9;`èШ\4j#/ՖxHA7jˀSQU&uHZaq4y2PepYWƋ@H̀ofRFi&O^1έ_Ƒ|d#y˙fF!kN:ŲmҊQhҮioOO4_v:Jt%R3VU8ht!{y)!np>
\i:BLxW="T#Pw&n;d?fY}x).;bcR`ld`Mqm&iV<^ѣs&Rي֒>Y$Q1ŧjngY	#+H72j!fyjםgy Amz%BY+tnf>5ƽauV.HG][0)1y?m')9Ċ^&٠TN0ۓ%Y):lK4Q:tTFN=DX^٣ɑ²U_7&#L;ݨr4Soruc3+x<Z:P1W\~{(rPd%{0ӜRM״zěeB@xa;3Ĭ+hڵPVBA{C!#O]GΏ.^aCk-]v0]HCBD=KGo-o¯vQ7s08]SX 9E|%_bg:PYyE,ee$z> ^.U22i%A{j" h%h#[Y(*ݱ
U>.[g)ּIHзsekn>H4|)ΏFEkn[&ɸΞ#h)]f$vMCȄ2|-,jG]ȿpΓvkD9_1)*+wF[V|A0=o7aNan&eŷQڈ ^](ɢx=E)jfx
ڴCͰLJ 0C8D{*XJ~ßgDGEDh# ~w;șJV-1Go58M-u=* Ҕߚu`)ْ[$V*a&{{*UJs&2JEi+U$ТǴ0ތTD_D֡]#Y	ݘE_"G`1^!C*Ւ\PˢuanA<.6܅o/>:@PמVо8i!Tc,>|^?CݗXAE+lZBM.SBۼN@;Sr0AQ(uǫcWQBPd1ULR(ƏMx`TBut+\m/bU&m{
8/]S˵CxhKVB:!f`LVh&1Y6J٤ur(=Pzn:œV6Fd/r6ǥ uoR&=u#l8J*A;F>*xJ6ƚr"$X%ݨO"1o6pR7eqC`LGVM1Ե͒Ƣ
s^zYŒ<1Y'i"[>?N9,snIE8ēS^Gqeαϋ`7Wy]K7YY֪M?6+O/@ȋzG#N($X1r оN#iV3j"fd,LnOňGUŴɛiQAť}ħjCkS8x3o!ެQɦLߍ+7vRkmW|ݪ`w*nm>qlӡLm-d%şi?`?cx.%zνۅ`W>Ղ2XC)ՎUuN6d8X	3<&I
Jkޔ%;;KIuJt%<±04m<Q|Җ>LRMzA]u?za=x!!H3hIWԍmىݽ-y׀[t(r܍ݓNU*?Դ%ة J ν-DsY̪Ic3eɱHuF^
99cDg3ޤqׂ'C[5n\_.m/ṕZ7F@DQpIj)YtD?=AK
QR^	ƕ_kQ"R~'A޹pOҊFq!?0`uy(uq*
1(om?h-4HכO#lb<u?E..*J!fWPOb^^˓
&#@R$sNؕPf|g&Ɍ7ɵA[F$ppɶO-(Dn6o*H])C4ס]ÐC]֟ʿ6RuةPaS2skb_e~s8V=lNLt}!ttƩoIr#9Jb"n^TBƔ?+0ϗJh¨~eSM0<S#LP&Oydlʙ
:.ZƬ+3(!)Ɓk$tZ`tgplKb%M<$=X(vA13vƏəǅծ4uU(GFdK@'L0ipE:QR{O̘@.n	ٙb*4RЁHJmS^.3X~qlR݋WffZ @GOufCߥCőbrW>mJOd TM_q-d5duǞ/Rظˋ3~vEbvW_ˡoIݿ.(4ٝCnlZEPMP)t[(#jEZkfmaޡDY~CI-rѨYgK_ռ]iAR0$D</qopn%N{e LZU7!ӷKn^ܼHw{܇H}K+x&|xSqCeS}Fo3R_\27c"í_ID<m`ևI"r
B{ߦ|UyG1"3R:WrMEs-JW!R/RjrU}|g_Xٝ?,Ed+}u0!T)YJolt1<KX#oIA>4tE^Q۹uNvтboa3LS45P!Ma1`=6Ġ-l=Bb͘f4߉o#ޚ:d8X;/hOp]h5o
ѨWTa|%lȟviB-~~á!uv4#OTv,qvH
_T&nG?~QOpF)),RIS`*'aiEÛ%;ZQq!2<Zv/?{..ʵ(aD=Mԡ޹oSyKN:w%J
.{GĤP@W15=_<5V 2&tRqI7GߒYԂPO&x02+{G)f#&x9HST"m:S8G=˺TQe"FB<TB>ZSW_{7Vfo8zc[F0ߛM";fW\P)F
3SJt/l:\$^|`T-F17?%`މ'+!6cMw"w?"W2@6P+ɖe>ЫԜP?Nɡ4zɜ:Pm]ZyN`2Ÿ142cͼky.Vg΋wOD3D_R:!)!̚Wwn"3V]&sM:QZ2r8aߠ¯OqQXyZh~޳d?q#_ѿZڊUޣ<̄>9*r~YlZ>'9>aɞ ²<՗19?kƮk/doKbׇb`VzI}ҐEN̿&s.ø$3wJppb3:@=Դ9|bUAdef.F_lhD\k. N7bѩ\!GӚZ9}m%)ˢ-ݼL۲!}.~d>Ҏرa
l/adVdξeќa'NwX+ˣ`ژTҾ?3;~So4l6ɒ[I8&]Fd`Vr~,UÚ5R>M\tb_WpI׷Z+̉$$j6X=tjDlǈΙ'q97fFdyGT͛$Z[`4~J3ylt_N{yJ^m(
rݲX~P>XOrNsO4
[Fv:\+<(_..)mݶC97RAwJXzoǸCG'P*J+öv#$هQҷlUMfD˳ߓm]~G{GF_Sss+ XZ/"`إ49%jo=p"#..f^J{{ۣ:G&mxE"Z+1r"dy:SU5/uOX>a%[cco	v(Ԁ{iD:a,B"<!^mwGO^t#mkO@(_HjC
RY(qrI?4þE$taJARk`$KJMz2Mϑmy8hO+ 3ŉ^ܜ,Uݑҝ&lP]aTɘ7c1[g_)A߁W9|1-f<~bF<ի	.׬YFՃ¹U}mC~vnՑTpg96"]W#/I|bdOS=crz|0Qj0ZԃFtW͖l:}Υ
μ&`:</3'<{I49Nш[\m
	\˖ʍ\5#ri|¡ðc*7$k@`V_3_R;/dEڂjY=\yTߜJѲɯuvЋRjE+¶sѯ{[м,J|N8cFW)6FPxN0WYM|!-ƎmYm;q˘uB0zݱZ6N{WyFOE5&
\d[lZN֒bκ	޼;ՔXxm/r:~tvzR)k`ACmbJ>6Ǭ6*3Mʨ8fnU2tm\'׿oH|@q"( 0\ԇ	@l'+/ҿ"
+x&"&wǊ:^z81ќr1qU3;XԈTӋΉۿ^j5=F&s"\WPTɭyvCɽW=3϶1]_Agy
U&!&#3ITz1YBSi:.a1vg̓RN 5ٸB߁5ʗpMڙ@&̳f+i"̴4?)5_&bKIM"ک۰X[oīAŭ6,6y؛L^xٯ2̳U>|]'f1qe)7 xnc2pqeQQ/ÞfՏDE;Z]PNroݰO!ڛۅ/hYh[3?E[5B/[&3>.)P=1sܘR^UZ]#TAB̕|m	{?wUid	شja|F<>ZpLE"x@rrcq{aZJgL:(6ѹEж__[^w#FY
+[@sR!kyxQK@Ò(]Ve3ض~t :e't1'FMJJ0^65(7;t	.,̪E
L"whs&`<pɑIgRVF8ύ}q'qIx7.9J{35,
rnޠscίJUdkfKeg-ݝmq\xjMnǔ<O<NNZC@R!~jau@4s>T\	Nl*RӚMapߎ¸Q^Fī 0.ͽ"erU`DV9̬D	۟AXn:ޛ"2t#9Ʒ=(~UŌDbUجZo+jjMtRr2a.Z&ھ7Jcť}fs)klRxLuG<Afjzr.6j%8%Oi!W:\Aš?I9֗L2HۥILx<j	Oy*$?L\|Qu'Fpo#*ĺI/F4^udi".X}I<SŘ;.dtXcyXP%lFyN)Z~{Q(ge"*ܡq7VUjţ1k7aÑ`OڅònSӊoa@|ztjޠL{=#Oi[ˍ`Wnw:#%XCt@.Ϊ1(euxkC~(~a]G@yj<7Wx0ˇM+]^e0v/@Tj^jO|DğE tdtf:TMh9EOUWr߄@T[:5:{ܫHT=m4k#k>uƏ;'j1Bs׶`IS9u؅r\`>xGzDV~ذ[\WCիT`kki8m[W<u%ؤMPҪE4_Gq'rլ):vS1-Q,8D>BHՌRvU'ƃ$G[{{;WY%(H{ПF`:L!Ls#<
r>ާܥm+oTa9՚QTȢV_)M)w(c*Mٷؐ݀NE9Æ
#m$'489]/:{QY ij0	bF<|o!]nJ<dl@%BJ{bt;ea͋̐c;TVi	
vnI¾˯g3%҆6pLl>;}%HQ`JٍH:Ɨ;4޸:JF'١UaW|oѲi-KAFSuSZq(k@utӣvpYL]Ï۩P{$8bݛ'BH@؉#F%j! Jkr$?;:VkڛE
΢ǭۖ9ڎtW՜MvƘrlnnL/އL׬$Tҡ԰<
K	h}ϫ^~)4ӒqUӂx{U6I*a}^acʫdLZI	,\pCƆ%}n>c-նj҂Qŷa~(Oa
~"ro80٥Q6)'ۗӇ@5uY+gFF;͛W>!4ԀV4^yĿ5;`/}!lǇ$I5rŭqB"T`@̘x]c#*oxeS[y#)dgDY<`QHֱ5Czusfæ]BN3XHR"ʵS)Ĵ-FTz&EE-͵	,0ެ!(#	A9ڇc{[>g9|	ޔ`ߑUE&#X_5BORDefHO>)};yJŕhޤ78lYˣ@<CIe\&5
a;yޥ٠׎dL.VzU|G5f_yGړF&mӰmA:MP#H/tm,j8	n+E	V^ǟz0mǳQ^U3լ3qY"D3	n0fPnBp	d&IwN8ϲzkJ3Jap#˗A'3`NѲȊ>CʌRFir^ʉlQOKAH2qLx޽`s)?brp3KPԿ	L&fqI*ǝΟYbЋ%Jӓ*ҁkj܄aY4>CĜ7;ofGkOCC@*G(=_HtuLĩϘuYZm@6%w4[?ZYDQy
|r7mqU2׹r+w/əd{`Xƶ*&6(f|^wC^Ɖ0r}&&/֓id\RϪo&
?/WСx=vt8̀,4H̲{bD/i4Tf݇(OY92M2xّ| L=SդOA>bmW20l<+Lyds/[ܶpWTág ߛ,[Ae6l]5maȾՊԋ&
wl;!tPT4˕`*ZS$ܗ!<odJޑ0"Az*5L$hj[*:څۗk7|4G~0ؽŔzİ|\andP۠I.U؍`X(!Ȋ!=ԻPܑ7X{W4.-	BڶN'
=6xUQĄY2ӥ"`j~9D	|,ؤyx6.;{F&^~tJ؀/*Ӵ,fj w:K00K̠؆@0+<awS0lR[@ͥy?<Ia4۴ %{ˮ4d]KwcQXk	g6(
%`h59$EiFd'ْб5Lg)ɘ÷K¯TVM7ЭVz͇9=Ĥ݈)©K!V Pmv~BZɄG!U`a#QpXׂ]I#7:SSp7Rq=]ˇC4iNXHr{&&V%ݏ|D׮|Ws"4UѢT`d64U
I~U'*91ڴtت'hcčGKQ[еد1=o	CM<e2j:wxEDtȍxjA^6p.-+d'ʬ+NOe٩*?!iZo|55ٱ10y4݇l SW}WWMM~	WHX#ѻ[;p?,UjLizʬ'!If:#5ZDf1>k?Nd|UQ/a? Vx3R:#LJʃo>~3_=̋.6Hm=ߨ5Yhf(bXC,+QiWߦaǵv~`=>?evXBE`%_jϮ*cG3ׁ%:A6%ad$c߿PǠʈ;Z_|˨8[XSz^U/"u͍]L[oC~6	MŻcVP̬Әy=g!*(є5bLʇ-\˩Q͎b%]sǗәַ|ͤ1Z׋^xYv~^LBekw%ː_emˏQG@NwȴJtsq6d/ɽf52$1+zClndno6@L\g~JȆ8vhoݕ@|}|ΐU]=5N3YbXձV=HMNIg7Ok!jdY$hw?շDz@S5w»A g&EAEs+Èp	8'6fӓE\pBfعOL
f_}qh]K(([$vټA7H<oe/)QBy\èW2/Vi];$|
"E+b95X,qPڍ*v`^gKnQ@U`ɟ|?IӰ(vF~˒rhm 951ŞOXoGw=cc#-a*Ű$زs_!f^Po2N3`٠տO]0QhK&C 5`]<jДO0Áj>O"5>3jvnlsg:=wAlm+*b+*Ѿ#UVRˊ\mݻm;q=}6u؋O\5<xKֽyCx#,lբR͉uX|C٭"ߴϺ5
ZGm}Rڞ.Be$^CsH;ƴww){NUUX4k*g|Qc,756VO
6=ٿƿ]pAcP3bd{<O(؋ ю)bzf1Cknaim&QآyY5_(_\,kY\ÓQiӉV d8/x'PwӉ-Goouq0SL2Vr3fj=f^Kܧɨٕhu&{cܿYM;N8cѕEr&EInV&Ǘ&9J4:ptNי_x~ۙFwݮKK܅i{AYs$Fۮ2bpbEXdn%;k~VFsj|Ъe}d?T02kx?ϦL}~wBEƮ!osi#ЎIm*3kG,Goɨfk:Wnߍ]F%Xvfk?o
~ɓ
t[&%BuxQ K62E8Xwׁd-1{ѝ\RJc~϶݁?,cu:mϪgҎM7">µi3$*G&%cu5ԷesZ;UhW*xeBƈaFmH
uϱ2G?3N	k=g5s56;2ME|1u:saT.((Q@t.kv0֪MBkvW:sf?Ć$lƭ{c"<1RLnkן#t%hAy)s܉֠B^3@aŹ6կmvf~@ҹ2
ĮPʜWۄv>2>I:Ǽ+-=X?Ϊh}~Er`Ą3JCKJo"rvPɆl\8xڇo yOhIs&3fUIi}ˏL?S?Nk2Vβ/%B4NB]p{|Xc:c3@l'9Ȁ4^Pnխ@Vܮ(ԋ;S4_ji_#RV]Yl.>5eVjeɝg|Iy>-W8#|R *"%F~`HTx5V?SR+Jȍ>Ȧ<3z"իP!ߏʩd3֯#(ȩtl#bĬő/7ēIڝ܍U@C=Fc,\gT_cGm[xYc0W69ڋ`̍eh]@0ΔLKgG@N/-o![G(jvl&P8t`wfJk
iW	,E%bX=Bþřk?d>ڐjTۋ֧)ݖ,yo
vҗL'7J}O4rʁk,1ʃ.8ʴ$	C;hQHE@G.G6:rNٰtEl6*~Msno&K\^ٔoX$mzŘ4Wx]^#c/H`с2&=ͧS.,IQȹc͸m
\
J ,.Z_Eiӂs\ʺ~`	ǞǱ4Ƌt#A1ʡGu'`xQ+5`ޡ$'i^_9]~P~3&Ȗ=ÈB$
<
w#cFƺ,Eq#ZRayr=%lS5F.4[-=}%5pYDTؽ.yyvΪ?@9wܬ5WP@{&$C~BoRkgF	B$\`|RO9{J˝K,O߰|~bK4G^
	?Wy؋IdDA2ʊ
TNqX=މ[ԙpP<P
ԨۀQ
F("2_>2!n{gQ]$V˚{80ZqQQoZex\ђ$=u 3=z)TyrX(@_nFʛhJ`pFLgW2Ą[!d՜eSL*x0>ڡW7{Eđgqk`kiz(%Z>q`jZޣd(`S]\{C%U͸Y`|VWeF~.Ӡ)@qƹZt~L.(	/7'GCmW#;<hߧi̡Mϑk~ bP(Wx_˭H
p
 ӭMbr30z=<l.в7 R48שYI7]b"x{T!Ym#=`Eq)UXЗ@i57w)44˼D޲9p,֑o`;1(zҫYU*ZѩGa@v@^0qT52ѧfm//]NeQP=ٛ.ʞ*RE_wrifgqR[ԗ6#cWiSIEq2 Әڙ&}ؼ<2'G+>i/z'm:ן3
()&Bǝ],^&e]+6QT
wWVlOV{`xFjNwi0CmP~pJlle:%TǓڇˉe\<s=|W6.(f4ߑbʡ\0]T&@Mp)	KE&m,ZzkO^X@eJIYrت{IzuMzb"z:)-ҁ^R19ϧ]׾NȨ[RB)O)]ln26Z@N,و;áJ<vV_qѷ|@dK̬M}](Z%lڂޗjH|TM@#x(TZIT tkѨs/]L)lG`gc`˖v7IѶT32]ϫ8GT{Qu9ެoWk.
OK
I%o&ҁPsdCiݸ@k>!Vg/N`ۖM]sxS0ɢ
3}2ޅ]h)lgFQVvEgSP+UZt3h$߻1nrUU3UQgU|qP,16aç|\׬"qw*FKV
~UĖe~6n{79\6Hq+עƼpȤ~NL݋ZĂYPŬtiޛt@-ZeXJ5G_ps(	':qYb	XFuJQ^c2|Z,WGҳ_
uyҖք̢ң96^CQY)3Bvf3P,[̖mg[͛vze׾Tvh/{ePŴ<b8XM.ťjzi;CIff,<EB92 VS5T)^xFTҙ@̚+ɑ13d}w({~
(Ns
XFr1fmHss/Qk:vb1sk}[6q)%}FhחuK3F0iAQ+Q%gKelġm#q_ǜ8=\j'ܓJPڇ4ɣCq8++@%l\XEb݀aJoRVw̑]`bܠݱMx"xȄDL6AיiʅP[mILq|Bxn·Kвu]F0 8 :M۰b8ңeI=܀o$7̤5l'(Hj
̿bS|بG%VUyZJa6q.y-ڳ"/sΜ˻d&?RI->΅hw6|UX|Y$2-`63p);R^@`XlTc<y|?{cѹSW`7ۗΒDH8Ǥ	rOhU ֒`%Tv*ͩ|B|dc72l+-tXө]6NP\@جΙ2oܣ˦4PQ1vzL{i.p͵!ݐcհq2ʉ׻[od
"}6δl!
d_wJPҞy{mMɊ
$9fvO+-+ϯ2kXyipEtn9"ff߭DDhM}+*ix9M(qA!CH\0dok&c$/Y.$_C|eȀJ?Ah!}ԟx9U(R=[EHqqʝ6namKi.F/8_FԐ$7\DTdS7HEZϕ{;;=Tt%[Ƿx$b5xU<UV$}*C
k~ r<އXԼHUzC2''d&ob:V48%:#Ȏ,1W83u`"܄ԛ73&Q˦(KUqE$XxI<`R&͇bԁz#eKcc%}uMBeǉ[ݤR:ƔMGZ*^G&8jY\cČG7q]k3V0aޔ N=mqՄ~ao\	]ǹ&sߵwSM)ەeJk/8/yKmMZ02.ʣ\>..zxLvOȅ~m1	E/p-Í*,yfo/҃VeOR?TTN3 t4-qW4iq	zYkɌ?C3xey@{q5"sns)ū6P'x4Ջă-P+qqcґjFLHWKR^GE޸	,tų[s@	W&vpg8;wPY_+ҽnf)ސqZz
Dn(c8=kVt^v!]TL*`(^XsX7~#*Jm^p7ְ
W(,lBd6ͱ4ÇMˋ:7+'got,vx?-JKް?$݆'tuݷE}js`=1_ˤ9)[xD+"R}"{2i_rQg=TiXvl	
b
d16~DޛAǩ۩4WyC "\ЀؒN§<IonQs߱f5HdLzl:	8GJ<V'L6:	&ComwIqBlFEq5e١S499. _Ȟ%D9VQ]
yGEdK\ԫؑBs <4]+Zk͉YY	zV5~Ŋ	6?1<tdx}]9"U޾EJBlѕUt4ɂ%^OM/kMd<	,Qh@)`aF)tۧ[۬>r?u MAV'[{lO΋H0]9j]$u'P8&~=Mԝ̪^n~^ub߰tވ
uFk+b`Եf&)!x%+AY/v}.1Ζ?ˎ{'g\?B2m-(Չ%޻Ac1`Z)%jݦ@@Ίkoi!q>	V^?!z]ՋYĕW]COQ`̎WEd.ãGФ,'\B:rAwB9vo*+8˾ÌwvS87ڳ3-T7T)QU9ZsKJ9A-<Je0Y#v ݏNУd>i
\wlrӰ6 ͚8zz;nbCy"Q~#%8vDgg~
#jwFl3h]|,<?b:"r'B#˾̞Sˏ`5U;<Maˮk0o7ɔt:t'ŬIFxEFfXB4RXޜَZ`@5!h1uzB|W(W(0;xK&0^<j4Ix˛H3fPECť%*-ˢ
Q?YЎ.,9hÐbBF >r:ٟ7$f$_C~^Ί\/7B0nn,zL4ET!?S'`ĝ.rPnlטs`!}KI$Zg*]ɐ`I<D:r:64WG$V3ܜ-3.7jïϒ`.ykBΤmwxפ=z>T֔-і_hTh`MQ^IP;#_`\^nK$cl=k7igU6W{wA,.#bar37Q+s&=]ĊXE\0!:@3_Qڳ'-͡j$4 m$ˣ	7bڡ
B{Ȫ@6#K7m`Tajzm<ÝƧrynZMZBO[<,?~7JĖU0%ګTދ]Aɞ4,'K:{H^7MFjּ]m]-P1[s]Ӊ2lkp]ԕJsm&YH{;/w`0x ݙ.B_I$&r:ѹ&.O"c}ӫ1K{Wf|]jMSgÛ3"XyL>Ő~Jķ	"ZBKo$~س,'y?Lud`.2DWqօ\GlE>6Ǩ&"E/g̵٫7=4.ڒWHyZ:Sp0!j֓Zվ)3H@2_+|al+ye}l!;o~={~
Ηa1.͙Ѣ/ukޓ*4уQ%C%Q,I!rܴ
!RUoP C`,lHt׏РkOʢ?AN!Ҧ`fy\"{z9p'L}WPO~b0g
fWbXb|ra' Jxi}hJӬMQC#xd>z
Yn$w٨dPR0ҿ!l2ϼ1Ҭ{?Sб͹93]3
JymZ2!+"a0uZu	"c_ziǐl+3s:RHȀ
b4}ؐp>ޓ^ɆՔfN]6
Ƭ{du[wYDR~ʃRAѬaA2?c8n1~4stHS[g?hsDΡFFbq5cI'2E;gg!Gq}:ͻXϪw-_6ъl+ Yx`/imL|RHka>)Œk+0^hxlm˸/_f#ēUݠeUOvцCl1IE_vBŲWBҵ=h77Wss^1'˗@X*con^H*J,/*l38(tQϬkBrx|A#0oE?΁fĊ=tE0yv׭o/uj(/tU!ُ#Il:^;xA%tr[ͮi_AU9tݹ*ڌsU5{NnZvx::s!i	=0\5Tօ؛`Ѻ7$^(5<nm1>նZHѭt5sȠEmFIwDYƕGfd!{)}((~vBž&L<X\1;uF˖TI`A:^lQ)M_ק*d*'}"vͩSJ0pZI:6ǀx'._,ʘq:aQXCuEk@9&t6`Lb@ܜYn:pågcP{n%}cс	OԽ6fM;ֳ_ޥ?>Bg1ܘtJZ
OY6K"v#@Gx0j+77	ppY'$h;1~3.ˢE2'4*.pGhZzeْ!g G/˽3xuoKhީ1êӊdʹP^\^I(qlٛrph0ٌ~E֠;NρoH@lL-p{5|rC}D@_Ȝ~$=eˠ|xٚP'>Ѥ1vvޱ;&Uy<ט\[&[ue}g,۽kr$X[*X_a|_ORK?/,C./-7A/UĖɻ=dbwÂߙkFtW1Gq fby>@GA)ݥ0y~~4_w&$
9>Ϭ->ȏ#%epo`t6רtW0#<O]sVz};K0F/.ɣfEA(3=B9^ͳ&}TD,Rzd;*ߓevu#HߙεIؾ*Q.!@-7ܭI}NG\տUf~
HV&7DbΡ$)qG+יf`ClT
NL*)GT>w|F	
N>Iw3)QQ9ݲͧmGBx2t:ȆPDӋz:ܘϹ5ibfߤ]xϖ,̦#eF{UW}p()2Et!j|NZTU3
{\r`RBv~Ե`C=4Hߧłة\y'#m֟"mL60ל_O	|V@ĴE0ضwśd<G-;oס#-|cRk71
z&(A05]FpwU^Hni)=4i0E!}kxկb`ǽ~̡M>iocT;^-s_yGJ/Í(D=+hxƲOv݊0Kߊs\+6c$!*Y!NOf>TmqMEsXyVڱx^ض}e?p'\j|n{/6ٛH 
͟!U͚;Sc܄դA'FЮ4{vuYWVƪ%-\hldߡTOt#[=4|acc%c[%ϐÞ>6@o]ЛжCǬ!Q qJd-̚LlsBZ*tK9PpJa[Zq>3H`0J G8K2q$|Ù8_pxG*c59<96vÆf+Ջ/Ϳ(N/yޞ
DEv6(cӘ/<MU{dܵjUċˡonX_7ݮBPPEȅ1/ơ)=O7CtX[yuo	}1ف0C_|D>laYp!*9>RVۃ'3by~ͮE2>5cQpuy?k/UکaI/pڸ-D*N\b_qo@	ORN)Qt>W}D=ƔiȰh4c-kX=jՊ`.JR'ȓwzOcY7oe%W,eZglݍŸR~Ϝ~Ǆ sGwcTQ;]غ; 3I+	;D	I@IJXRխֹk~Y[ ?ċ@L0w3׹όl(,nݻ"~ͣ:s[a&2{+߃H3ţ	R+یN2M
J)Dwyů]қ`ųս060pHƏyLFo/FUZd$-@Vil~؆҉/ةw`3ٝsپ׽8~XDo8m+O
_uDxõ%]Y}g>tL_1`!rg:kȒB/[Y޸ֽZkJz9MXńȼ-tzwN6TT:[JZ*GIJq9_\}LWR|c}])^d	~A01'nBuSQx <0Z=-\{ˏ]*Vަ;{5Xb*]$0VX7~'VGbɾ$N~ΪTAܬ	CgRo98ܺ2ܚJNe(=
ΥnvLVPzCwl]NYHX.t
t~`Nǘes;x%X[?RwĖyԗF&~έSTP1,I:W־bX&n$F'X CYz<Pp0haY`.O:Vh0q4пPkF]K}Eu:P.4^5&8^^9~gU<@F@\(rO#UڍJ YpЇѠ&X)
bݸj|%Vh;(>g>+|7.]>5j|-oڃ~::<)k`WL
<5hJ!tjj+EY!OIkRU"GPpͨN'\'S<D8Ԣ˩aOʳ~$nM+͗jv{	q<+ryM;\O~lN6ȘĔk8դou6ӛm*u&[Ϻt&xյOIr|:xЧSVS"5h2^)p/|<E9#6+S-qIF[C8+@r1>ӷ	wj>?2Z*͂U|I(`=zV;8`i̓ȏ$]\/`8;K+ՋdeaD5+@p3&`+ַc@HGl~g',̪-Dbf\gD8/v%ۜ):]S64& RF*H!?!ZO\@܈Vb9M=u=D}XӉҸ6aHqQ̚0djOt{n^ vŽ(nپp.Dѵ8kՓTԀ.gGwԿ	.dK`Q$ȲpP5ܞ(4{P	ȘeS-Q:ӜKj
ЇЕv0FZHp%Yy4F=SbȐ0@c..9dJs@\K5tOVG}'AԻTX5x"ÍǼ%;%Il+Bg&hwkӻz
̚'dVv\^`@˩/SˀZ&@dʶ.ǩޑ^@6nk;yo=΀acWJͥ4\	e+,uH+_r0ϩ[<*$u~W@ICFΤ?$ya~ˎ6p،OAK¢6EM׻&@ІG2ƀhmMjӚ JΡlw.K,x?fJ0iW5%Bv
yȁ1+1%Ljnbjtse؝SaȊҼYm :1ÚPڋic־в%[\[t$:S+Ǜ
Ɯ86_ZD}kZ|y<i 0ސx7MjaY[*j)E˱!AJqxf0b:vPg1
`k,UkJ_b'^AL/on~r#Oƽ	8ܵ?ڽ^K,C$)7v+\ޮЮ*?Ӥk9//Dů,*ٞr#oۖDuK(.s.Jk/ׄ@YPx!xj[3;MpY՝h@z:buߣmDкוX+SaQeY/,y9b|)i1B)_W۾ΖC7=|h,=/9/Ha-DuB|YhD"|ƺ	rySW%N-eҗ@CVҺbLyY6ݴ`L"rCƇ+j;kmuQT(}}&P;ZGƆ%ͥfb0F>G'̙؝ȉkv9ܻASe"7 %lE'б|i$8պ`>gyq4!|zF%HY!=t 00{ێPXt}oZv|K"_UoMmkEf.?499vA*@߂'iޅԕÜ<`~@	[b\7WXJQOŀPUߝ[gy2^,3̮,t7ޖղEd_ϣx5Ww}9߆DDm5Azh?.|va]ךG_UxCsǹa`>@qxPۍ?7ޜ=@+y+*Ўigx	t
W;VqCZ/[׈rČzPI$(l"ߌ\3wDݠ2Yd#&+,80n+)Ј7سǬVIrz]mBUUeWP)FCf-FB$[%$V
 ;Sͥ.@R?ҔU ͻhUJL[]ҳȆ64UjOF\yӹƠpi"#wrqri3Yx^hFH2Qn:ǥ_3nH#\ö;*>ώϨn>6tMدLɸmτ4Z-Qe	A{7kaqOk'.2f?UV`L>MR>ı36R!C^zT|<x+ ̄_h?.,7!N#±0sd(uzy0]{NʙHo>I OsOVF~+-ٵV$ԗlct8*] gMW0ݽث4BhL5#T)ڐDM d 'b]3ȣڌ*iI+;vߪw\>0Ťː:=>1hq iu
FȤ
$|ylbH0Js5)Hu{m	23ṋUč	e\HU4rW;nHEŹN#P߄IIrZ۪s/~J]ަKp>M%(iWW`vǷȱ,0~6 t[׾׉1=)P0SxĤ->ێe
Ca?By8W[֐Y(eH	Wġp*Vte%og{o=<aTe*2ir&4H\Oޒu{֜a}z#!%UBؒΚ4] T,\%ۥj`;zob-)~і\,ɝ$w9Xu;؁f?T&fG
!߾r))"E݈*P@vѷ[_Aȧx8iY8ubq)zx>GM*ؚ[arnfQOr6ޗ,M(p1l'EgOۛ%k&+ ڮw0%Bz`'J6CIFC~hȄ[BSLC0G1Qi̬L7xMAhΣ!/	HCk&lqȱޜ˱gIuƧ4R\!Au	mtgf88S_޵sz`Qr8ݎp	$>vC]aG!t`mjzo6ѾpjPwQqAPn%yG7W3dbܼ*aйhͅ7jCuڻWZ>I;wJ8oV<GZ&0J7Ӕ}ДG!P]BI%=ʳb_$w^Z-ІŠ*H}1\n"<dT|f5f,8mYyB`Aki*]'-SͲ|!waS~YL4yʓR۾);`ZjawgUSڪwri^ty0l_4q7mN+K̛kٺhuU+_;@ԀG>}^56K,WvG,ˡ'qdދSpѷ&Jr5܇aڞWAb'On*}A	~4Zv@ǹlA%5k|a3$tHv^=sl4i΂p/{8|T*CvzĘnEϵ%'ȤlMC&[	]]LObYmHp#84	UB٩.ķ#@BRTQۚ[\Uv6sSe=+/60Ϋ-`G5NLi|jI"7xKC>٠roWlE$ecvRǤʠ,?,\q{>u``۾ ݬMEb)QٗFl)i[#t)hFw26֊`Yބp3DH`:ksO>Rp"/sJ|ҳd<
6\QLyqPn\vm_X|?]8FB,ӏwҢ{Rp;qfI~Z 6Ӯ:k)8xĳ?<"%j+!RN,-+WԸͻM1-xr`ӽ,2!~Nsێ̙P'="wMk	sʧC7 ԧ.%˴ir;Ճ~U%54fr(LP|!noӞ,R"*w%EYƧ\V.m&&@i\׆3Ax-MY{V!+/Л܈a(W{l&30Q<qt7)(z{͟kbgwnO 	֮O'sCC<ʲDRIŴlY)$ebXZެ#Twu˦xInvJǘ"ʊ$/GSo!Jȶ5oM]͖&Ǟq_Z-ԥEG]0/ډc|LUIgף֦ױx+bgؒkZε^i9ŝܲ5bRZh׀ʇȿij9&ˎ	8\ǜKLul\S.9?Eҙf#(8beŕaes#K
Տ¾+٦8,.;vLǆҕ(ֿ-\@gHj+`D"ۉ}`-!2)^
3Ծe{vjJI6_g>[ZZ)4&D1ePhqM# D*݀\P/t;g۝ͅW1Z׼2}=#<8-ygd5'vHdC2t˴0beIP;~lΌ,W4$1Oصӎ*;*+$\{J`<JڗdMj6'^HOQPM݁xDڎoPGDG2ֆѧbгvDZ:^l$W_ϩ5i;_btL>6ϜXn!zVN˟)<xC(}AԩYOh8ޔ%R'`&mҧxbZ$	#p_FCh̫wdE|ѕR{srx(ѧpIcϫJo['L;V1H WךcՊQ?ӳ}AX|`EȋajiYIxzGN
!WC8a/f7Q{0CS!̯}Oށ0fzQ/mgŪYUxk~`~77&ĵ:B3ؕ2ϲ)B|dȪ$A!rubRKM&fޞN#?cDf&3keY֓cbIsXch>f`l9QuBtP3Zk&V|T?$D,``1͒W_Uuz|(!(GzvRu\_̷.ʋdRX#([=zϭߑaS{C+&>yE;L]|^]/$nߡ0`:CptKe38+?HHޤ+4i [jeG|Q'}Mc:@/O1cDӻ-,aOԼ=1Єt(%#ffΝkb}K#rTZKg;,}g$$,2==á9A-ͱmɓS$F1-<whhY9S.~]XnP=x'NDы̦%6ӛl'l$euc=%|оv*Ub+U(4eqmrN:ټhZb%#O;O7UML6F0x9CVJ&])IY!Q(cZḎWH!ѿ]C3dܺxĉ1O
4~Iqr2ݑVQ$.74vrOf«VL?"ƣ/}B,FG)jt<!ĲǳkɕO A
ʉGʹ"٧yPq4vڷ#6VȡX2(t֘`|+ٍcW9Ϊ]REu&O90܈[hG!TܤLFGwlnW:[[ZRVn2[-rSLϞٱ4	ixh#`ٗ/,i`URyipbh,Α9dCnG*߀_*B|ݴc./qh]Hb~m|v'%e@Im" ?:GvC}_mv]4+7y<u`C@y+<AY57@E:mƹhLÚWVy75biƜ
ɡMѼq!G+kԠ&S,TE<5ёãzvj[c#.wp	ݿ#Z$o&ҹu>xl˂ɒ4tJx8!y~h9;۴#6 #A=/`ͬrˋw:RFuw\'߽*tM9qc4{MDv6''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(17544)))
