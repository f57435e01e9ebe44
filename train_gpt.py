import brotli
n=a=0;b=1
for c in r'''.[ܯjWؾxAjM*iҭǯԐ9ɰ$F%͊NX-P*UugC8C9	=I.YU:bRCDv/$WħPRq#ja~p0E3G{6Wb"m-F^$),qf1\Ԍm6]/?bjC.2߲ZZu_pVIήj<;4҄Pګ;qǡ`.6N>sێי÷юl"ۂ2&ua,]3IۮGKͦwp!8uDΰWxLȚ"Bp=Kbqw׹FF1+,.ʛ%ȾTo3h
g0a;YLfRJVko;+kˋp;YOuƐހsHC2.>
"#:ebB}>cv2&c6ޔoUFs8.M=a@ӫMlqy|1wYGL<mx$N%Jg_;^U6!E7j|~P.F|NnB2ۻ**oɤM~6Fe._'&L9WpʒM/HYke!e"k+,+=Y,µȊi^i	C0qU'bɶ|ݲi^T{kdvЬƵIYE2j6^Rgٸ%$O[0bө{E0ſ*Uڤ&=n	`
3bsʜJ_vѨkuNba٤~dZɳSg}mW>15U#X_nCH`vOk!۴D'B5RVΔVI*Fp0yɚWِXF0L:i(ua9ǟ2I1հC&4zbΙЊ?S.`'"ґK&Z؎Cԗ39'`νf9̸
@I̘6,SD
XG;i_3ʃ[
g:ְmߚfyb@vHoU^}\5ż~h[ۀ*Xp-%׃4,\q81}!@ıbߡR
[^zGg	PRCKf;f$a4';S@&r>hv^;}ކ6}D3uH~N3$φR,}וǗ;B3ҳ=³f>Ԧ$)^OcƑ;ٜqJ?6`MqVJa&Ո$l@0yߧuנxQRnO!xA~*¶J-#XI9>-_-t4);K4hiw4ʰ>ڄ!]:YC7[t;=5ωwv@z6J˶*yF,Am@cn9M+?Frr)ucq[UOmt͇QVdm-rVmCH@#s3C9,TKg&lǽ[:d9M6
uhtLl,:*_u=ɢ!q wLc}hx{10jeP͑QPl7q$7Ϩ'=G_^ۗX$;{P{ߢcі<|XR>ߔTuxŬi k @TmCƽ<s$nS$4Z|ݘ~bFx8qn-TՉv6igjQ.rʻju<_ݭ_:xݩzݛ8$/xɋ/~"̽Gbop{`)ԏf_Ef;$F
wg|<izhPx~._RI[>rTn'1X6_e՘M2H.;G"h'RP7l,Ң &-[Æ֘zA,TC!r}
}#ת٠`<!]k'`;9E9TšuǾXh&thɵoNrDӨ'i)j]@z74spWh"EfȕԜNOSߊD?> zbÜWTҁ=R,ν>ӭtb3p]0qْۢڼ,!Vd_)Po6JqY'% U!I[$ޞ]sqJf=;ĆK/E):Ò`7\@tD.]eWJnuKX#ثOYKjlnIەFڝRTW. hq9	y	%ڛj[!9TIRmLؙu1rG~o?ő(QWFak;D΢^^9qhJ=ZoWi4ˎmS[,Q#!!:ebu,[rwz+N9K% j"ZvޫKJV
6]Sipm|ggYb9gųV0][gQF)U\u`&^mC>YDvn4#lr)*D՛2ƁxmPq}=b.$qʾ#*Վ]j_ʘSP*bv&Şٷd-)
{)֟ ͉-PG8-(fQ%(LsƩߚYWhVŽݙ͗KYK)"/MS?'ZýT<(v~śV]^ה=
.ܵ{X7 Z-QO(y$ÌXD_gOԅ}*_)e%$=<TT=vȝ	7kod^rG:3thu:ʲB!smy˻oˀ}:L."yu9YcG$aqǍVv$M1O̽9(|'LѪ3H6\#х q vCZGg[X(gnQ:MNq-	s8̈́,hY3V2HؐUomcЮgu	tgбq˵\sdWWTDyIwgWM}
d}E+]ۓ֨7^6t{kJf8rNٲ*.Zֈby{r@qa'|]6v-6ԷuXHվӘ!`EZ?~$WYiNxɌHrVIsn)̣j{41O Cp_Zޛ2aj+cOHmlscGd	]$m˸	eR}-j	fyf3
D:U2߮@e]a$&UFP$Gz9d?a<JKlcLӰ$JgAQKM_7,{;>F.9!AgߞOX_ūU[U%b2TtIͤӲ1v!̜cWo]m^	N@ǉp<;aGLYD	ϭ *0y*șlՀ/n^FF&kŜ^)yuב]\r-C[E"v/Rg9~NbCW{&JO.\"{ѡU"|tѝS\Gб7A5Y9H[k}ڍq2ɸ?otƈHc#/Uo ~T:++=WӨ!r\*e=nkL-/FN,qٗ,Sͺ9[Uwo}־>șkNئlHw&6%rԡ80((aȟ%"Aުn]<]Dqsǝi_]/Аakٖ3Ë~pI9Tx~zp*C4۟0Ffр4l_ИQ]+:g!0tt}kpuyJ10[ތkn؍[^z3#A$~t8<ځ
XVp~120
++yy8cl{PڨܮHĲCII*ܳyMJ/E˳k8P(N((@	1źfC[H?ۢIsǣp\`
0V=gSv*/$3	ӊ(Uc?Y'͸]l6)Y:R#*iIĻ"wv!o#0eZ:CeK<3ݨWhذcC+!Oݠأ
bGe]Jڷ@+0'@ޟX^~OHT!mٞz-*e#r߇5ň3ֵktS^Yg79k9pPj9Xc0VG>+s:w,$MSQlu?j)?:Ĳ\c'LK;
dRhKA`=?gCgeZdG$aG`mǼHVe<^pʑ'B1okG/t;±h^0?RAb÷iWbXhSuJk>'0	أΜ-ÇS1ܫEB'xTgΑXLƳ=ye>go2$fDĒPM{57pi;[Q}u}kF%o1&qȽ=&k2[%ۣbj@fZv	»{"BY$s&\{/E*JAӌ^mڮq¨?G#?t!yPΫ͙Ÿ¥mo,15ěp	)`"!B?Pip_9^HŒEl{2R'K!N{ݛлOx۷q.pr,CB6hVq]D
O@{6ylHpI̠k c
glJ>;>nϞiYlKי)X	c8!ehfR# }QiVfq6LEq(&	'$7a иīEPǘHBzyWsMp)hט=w^sD6G>0{ ӚWep[|B}%ߗl}@ڵ`'/"^B7eqzgp!%cѹ/9\
 S8+KUvQ-VܺjܗG?_OXk^ %CrۚO[BXeXؙ0<	[	9qޗD3/IДuO+Go-z]/_e:v2@{6-eot%?^\b͛6ÌC{/ߤ1ʡ)~du0?B;Н4)x"fpguABqorSĈ[̪m(WDiޟUQsCǊR	PUA+*ɱ~?s9[|aӶ2b11y߇hn's=2S̋QJ	Ŷǩ1>SJ&OqӕF
u=1;y&]cPϟ3$ˣ`&Y7G$.$|y@J84*8%1Dh};[S;3\ZIxPg`2ҥCb,eGȚf]$4pBhe#y9ٷ̣cհ?\ةw޸uB5Jsoʈ!NY܎cuXGvŌϮWVnA)ߣ6̓)ԊCW_"=vJ#UfO?S[0=4 $׮L^k*bu]+Qq#tSN3gΝ;ffϾڶLKS7El܆1_WQ#cH"pTۋO[3˂BaY(l5Dh1y
e+'3
>La"A-pG7TpSE֯fkl0ã?irܞjd\\j8ZZaAFYFIGB'y]l(rvb=?4_*mbϖmʪuxT)<mI{8Nr<|Ѧ6NrZfPȋ_j(]<ԍ)AUۉ9U>F!gݺ>è6yIWy)V[ļe2uCY[(f.^C+η^ɔB:+h[KvorÐ~MN޵L&/y+$N@bOն"݈#WI5"i9Q~Rzg
ژDw6ǨPW\MjAFg{nAsHxYEŖma,,>Ltk)B^d9̔p1̪M\g`&c*4wo7	\҄G;2"+[2WS
Q+.!Pg>HŉؗluOJzkNN%%oԔ-}jZ8k	7&i"Mp=?߇ocU?
n:@Vǀ]df^F?zV=g@X(JBkSZhS;T-8ͭ|bO%ѷ<2I+\'Cbӎm0D*MeÁV~)!FBbd"ŷxnQMʡ2GX97-f;qkۛ(Iߺm_C2s
mv#T3.Aʌq;ǥjR0h˓5j[8RB3.Г)=ٿ\b-[6|̩fm۴v{@C]bzY<0vͅJY^@Xއyű`<vgEwh53ke)zSxs<Oӵ> )~+7эN`c;9ݑa$KΡk!he'J:?G9	&EϬ֐ƏtهmMd,}U>Yw,3qBaw-UœL׾J*0<9t99.ֳW(<Lk\s~2YYS"qS&۹GĎΖK&=XƜޢvGڭ J9Mʹz$+`~cm'owZ{]P.tG[BֿCΓjeqˑ-u%Ⱦ"!nčڌ6xܟ-j'8p@*WWzb"Mvy4#_"xd^q3gzPStgF֌;Sq@[Ύtf*wRVRtٻB=RМf=ϼ1ʺ{1bذrq8+-O-ش#kʌyi=Ѫ<G_9/4]e9UM
,/\9a?W1De!BbZ0;c(NM{>{!o68A$O^G͟>&Tr'K>j4h7.eDĦsE#2~7ʽYqJU/}<Ju1;RMsecbv$O(~Mހ6˞j4#U|K]S/-3ADqѮ7a]Iśv<x܂&=o,ۿ3څw"M*|-ҼI$c(p~{yt[zQ W9uBcF?#nDǇ8A:6Bbey2z4dҧ3֧L>tzh\ESQu֒ɐhC"kF"	Gq
OWToI] S7']u NB[z^2wbgb:rn3hXֿ+|Э;]{R6DJuČ>&S=AgA>ߗ&Ͽro̷xV3J[IN!՟(\|G 4ǖٜ*haVנiCDp{!vpo.Kw2E/yؙVgxhKqt}ċ73/[Odpw.:W&ׇ!C%D1̣hú:69z=bQ"8ր,!e`h8Y=(l%GEWEߴ/Zk`C-8~`'8#lB.1K':nlH+YHM1+pb@ץKGB
ϡF	":d3ۺ' ȧ܊	۶$-g6"3sPbVic͚_14:TxWf[Oy-k`J;$R:^|F)ɺ'5hSVL3fnf`zƣZWm\7keMćuC6R?JBpcI.f&xݍf`8Bוvpp?0*&Q0)	'Ҳ$!neq6R'GUD;SVfҼYuOغۼlZ1)}eYnބu5`vTĨp0Vsz
sv4dGQ^4'2[PH~&:VїT6Evb+Z2+ESۘƛ.sjYdSA_5q]֕MWP~;=)4uAҺEo2{á2́,k]TI8uDƓP1a`^Jχj1"[	Ͻn% YYEѝK{r*Yѓ|\jPqo#tH+ŪeEME܄;8ѤMYŌ9>TEhqZ\+%Q.<}Eo
|ʣXϲ7]?v,9SJ[]WVb;k>ܢo.NP8y8z07جMls^%\zg]ط֡Y>w.d/urU<ԧRw[U8XWbzUy~OC{FҢL~1ݞ=xEgƻ̲^T9iyħk6	-DVUOn=ůȑQn@i@,ɱU-ޭs=sЂGQB	 ܈zƍ6A,1`0HD|K4W"=0p1X;/_>ϢD7aF]%Bu|f /ۯGm;jkw6Nm	#*0ґ?سgÄB$pA<LUx`0{U`ZId	MЦאmǅ<g-FՊĊep/m[۸=KV;e_ kmF~rGqa٭RŇ/W3CF֌$jxGl3RWaN3<D~Wύln=#5^8+	9/j4;5N(no]y{|\q!m.JExMD9g˽4'zXt*QF$2mA0<yҚio͆;tӷҾ̰"Ʋb1߾w̓Zu^x^aç?FîV
[6%Fsk,zӧ(L&ʁn?ke?J!~e51,CHmhIX<lXwӒywyȕ^-JA( SUT)nc˅EQ,бP]_k+}6ބ*0ü:.LqZȘl/9͆a4~.<s67HɧQN~7{El !RR5A*ȷ ̌&e¨XoQs3qg|q0ħ8ϹYG(8lwV?S+zDy&hpյݫ.%vzȻbܾIbp&/jG9yQ{n܉AP>:x$܍-uP~7{?!5S!ɾiV*؅WmPޫ;K>_UzLmNyz."g_!U"hU_&=tZ-qq|Ob{5f[{.Œ*GViOO/2SbاR(ޒ?QsH['KT%XG:{Q}d!22yu/bwFG;0E]LQT#Ҩ5 CS)qJ۽ՍԻ%p%ݚtÛS5Nʉ7¾!ZSiΠqU\iД-پw1߻UDh `:k~5eЭqF;KEbFгnmwUڅP"ۼ~ƩܚKL)hL'υ9u3=AwPBG1V+yxam"F9A]5u!"O#s.BgLwWN+rUlȐRчK^[k+:cNVa.ه&K/͙i`}{6)&iw)UlF^Ck{-ix|	B>-ǜ;d ޛPŲޣ< 7NHa=
Cx[`7YT%s*m>x4؅{ڐ,М	_YVB>Sΰ("pѳ{IU>uԐf.=DVděÙ:Hy8ҩ|w>sʕ=	_6_<R#"hskq\N1|sQ[/͔-!.Tp
WDhLa'k[Lps۫\H CM̨d6RK
ei"g['2=PDZ@ȕHpYK"09~Ҭzr6gr"n(cTц3bBX0<zȩs
0E&!>eCSz*{׼`l<%,RxYqۈ'USћ[GpfԹ/w±xR9(:82/TËs܋^uTIXOӨ[<kFnθK$ƞ`XlbҳcڌBmk$?6Qt!Bc}DVեrf[`juGIVqMR'ΛD]1߄ZHf\*)*]݈-2K+wJ=?rӦ/#'>¾ޗ97f:i[jT2(y~a_F@(xӰ4BߙSQHQΓ>ț&<K>~qa8	zٻ!JGW<<6r4Nɋ:n./tۤτ:<Iĕw$?6ǻ٠	"|sӟ[Sګx0[</}r(݁QU^ ZgQnnl4`nNڥf9v5gG}G݁eͩw`n~¡w{R o`N<%&zv8j(AP1b5yDM,~:T۴
FӾ|/P<RkhL\[	ֻϿ0yG
n
o#DXה~;U=uNk,ٔHIbL o3GRZ[ޫՀ_3y}Nahr.87k:7؄N<$˶DA|`H	,K`B7dĦJŔx-1֐YѠe[3w4wDI42gvs*ފW{/p}'-h՟VBWCs:T@
tEU޲w9n4%}{"LP,C8P	xUse]ְQ{%p#nH^^ÙFv$L<޿n2FF8>tQM| `HgFK9IxSܱs
b	3W'WL,ܦL)ŐԒ/m%C)V!"($]oҨ"ˌtˮU>#2eXVTHcרCΓf$,ܰu$̅yY|jwwý'73B][1Zdנ>'<"SL''Eb71ӛn8j?,Wc\s׈>=kJ|PlmBۏ͇w}r/dǏ:*զGн:=f"8өܔ"ίSNY[9(!-c-jV	fR<Mհ	d**)ELcJ28݃m)Y{WCO9quZЗjD".$O'+A-pˤ]oZ7_x¬cΡLZ$IQOTՙz9@&F7ުhJ9J~832F_IOK
zv2nϟU'ЖGXMrsF!%/y"$fekG<I#8Ys[xfP<ݝ{)̙5o-_T/8lujϢBC+]<?H;Aoba\ȄJE<sǃYk1$`ߚ&62C-|47o=ՠmyբpr0Q&c^@u+hعGwAlWOd!6[Ӵ	ҨR"5=פzTMTTd5Sc&l"Shfc)64v]WUD.uqupbGsM%PEQԉbfݼDoRܿ4Pe8ݢ0tGcUwAALۊQh, 
x(G+ަp2%xwuρteaR̴݀	h9.%gr@%۴Vq@fmyV26ة|VitqpI8"H\MC,»N/Xd)s&@ުjh:}<iPBunj.A{QÚ(א0ηP+R3W<5*4µЏ8ʹܒWk!56t3cNRvgƶ¹R',zĒ3cUa.{4,| ˞6ůBQ1))*k*raZ˥+AfO|ȠC |ZU0K֜;"`DQH[x*	;џo~ćKpKɚҏ޿!w`DN>F+q,~Nm7H4Gce+
'Ў+(ʉv| ݇'rͷ9v.<PЦ|Kq`\S{[ˑ;ʭaoΑkװNv
p[\MPPE}\+/e[Ȍ
8#4X@P$OLݨ}:	iɜz3Qgj`Z-VB+_04MέW<e#>GTd[<upT8T/\Z³&ϕΫHͫsmiMpkv: ыc`µo,7$tka,Xs޹ngԣSEr0J8T8pґ2wozc?ՠ
ff~9#ޘݗ/ʆ	0"+ؑɎEKߡVɔMt#N=24^Yms'}XҼҡEN5BUz'SR{1UIɅvӮ-qq"kVW|z"4d,+ٞI*Agi8"DA("6s50zIф
Pbubuk]?'(!$[T9Z`BO*)48j08Dn6p"|1ۑ&v¯E/V51LbMQ:~|3۫"Nvq("\Þa;KWD֋2Ja~dQ,ʂ5<xcϨa҇w?Ef~K0ǔ WfsQ9׏Q>Ą/ʪK;|2.i؆&Qu;Yͻ.Ȗ"+ZČ!hH\/XAy$(߀/]w͍1vs{əZje.̃֙.j*~318̣ZNm2_upZΣPɠ"X\p@+yB؛W7>_5-ic_L߀^K݀q{`52ǃL\_7/cIG	@=!(>ĩ؟y0]}_"jF(Cl*H92ichs؏3sWPuNڡ1`9x_jD.X+0}1<ب*Sx=%\δ15'n~w_Ɲ3TE8,Lҏ[
"iqsZ1~X\1l.Vl؋+̼Ku?hۓup2.FWBdzrpy+˵^K۵R``(>syg=/ϼ|?NkA%8ӖIkYѐߩМ bZhWԿ-_k.#[Hn҅]>z	0% SNICz(6
/7::#h''CUF{G8	FN"[1OoIMwƎZS+3&ۂD?@67U=M^IdǼ eʁz\Du}-!|hH۽I>-xJfcp:׉v&v:!_L0:;ne/+#MyZ#RhG-~b'ɏ5"UZvgӐ;Pxɿ̗]w5Bc|_P͑/	mqJePN`a"zy¨L
mP`&FֲfֵqIқ Q"(ra_l۹А+%SFt}}?YcAebtL9A~Y#O`?B(fdqǻqn0/ջHKu82~^L˒#7ΰ!u̜Dl]F\Ii%ڽ.<73LЮߺM,WŢ,}>Ή5ŻA<Fz%%[wc`qQ*K5+̌4к4(=@|rcΆ*ס+>U)lCZao,t|׉kJdfA</0R{d3-t*0fimZ~;¬pwM۷9f{՟Eřb6Mg.K*_ih1.s/v:7^zOۙ*f3÷R?q=4ўYgh.@FWD?ýuoAŀ*->M?T٥}UL.rstM&!<:9Xt`Q
|QKд!NẢ$-oޛ3xFԤJ8lGUJ˥x$i}Iʾ&Qj MmѩN4\n	؞"I7f4PԎ`fSkS$ķU?i"{2Uܻ$5?2%6mӔl=3Ә`2"(OX,K2	;*FF@(PyTQ_9 K+`l[іZ"gMJQ	=&yЏVێڊ$9W'q<=׈:0Cv5qeuF#Aͤ>]VW2>ĥqk^^YXͱx`ŝm8QcZu_gQҀ][i[72V@kW߹Xe+FQi!BKdSl{@R#a9q7٧%طhd^YT ެ&gP|pd@ْs1Xs!ePk)8oySF[q`d&	{YOKkg
HIp2Hً%b(+)Sڡ{`~1ʕivQƁ!<1ɢ?18o@3}NtA/\LI 2j[VhdߌYػpәS8v/{{kH%\XkX6MQ޲"ZB,jYؠsKSUaHn/&78"H	ɒhӒŗݧ7Bi7.OL¨R3BJk6$Q]aĨe9lTAg2* K^)G]G3ݽK/1\e֘%t7\N7ev'_!WMTHٔߥ_M62\=GC`D>z'T
 ;..ǣ/|q/|CV{8pYV1Q8>`j	r6[bЈi̫~G3uWï؊eq1tup.%E|Н 0I٩<B~MoR?=>EɽcX1˪>
ҜWZK~iOWrͺ)ϱ]ՌdnfF	fR7ίX)Be^A˫+vo}iLy}qZt#o΃
!{W<ݙa\ح$W$CyΦI{7fH&2sƿ'pO5G*OWy#»a@ܓ*'Ah+ޛ_9D,;T$T/-z5cww0.0gkp)Rn).b`dHTQLMX`;I=GvAuhnw"cߟ3"ړ[2`#^HapN@аؘhL*TN-~@Ny̆nh1h?.n|Dm0txw'zĤP=kP_YVmmKB	 žvja}=e|b3:r/]3ƞ%rXݍ/eD.	5\gl.cIɭc;SxI^̲أnNOr%a<
rN':c	ɞ}xE
EH`.h=ی\]]VWܢD\l6d^*0SƢO4Z?B)'_>J{o`(jB7D>_$uMj#M40iCf$=<rFh(	h%DTf{:B{.nȩ[yX*eǜ}Kd4k--ru}<bhkGNGzS!.R@38ˣkjԲXXQ4x9&5yEL@jBjn@rd̩zɮڙn/ʞhorgމ:Qg}nZ8L¢M͏yљrh@ZhrsR]VޖĄ?5?E2(ņnE	7yBZ,p}s+hXF?I^Աѱu*TlнԽ,me{B	=ވ\0ӛc[WHK@/})`p.+WQ2-`)ьfqqלK1EX;-M_yBlD;>XD{pE&N9+[C7](W-7 N*FME8]ja?Pn%^EӲf΃}|zeqo+O#/	79yNej9wcc~BEa,)1Yo̢[km>Ot6m.l}aNqكBc`tLZʔĚ2?/d?ic1d)n6`՜	Hϟ=C
8]*giv~IBU&8n38spw%M-cx8O?[S0]ۖrɕ#Ӈ1 =ހJغoXBR%=k<Y2MU4ʯѳTW|GհP!uBM a#۞UIh'\u;o~4H.t-+xncVU,t1z+rK	ß=rWaLaå7@NTND}R#ܺPt9vp-fQCH"@-ˡ?SxX7f@?y'ʯӾ&lw@ӁhLóDQf4ݏ-*oW+ur"G0U,b/]hS%UcR~ǉ0Q\MgzaU)@)tȋ:;kzF[S׆t̖}$yy*I-F4bMڼlCWxMQ5|Q3>Jj(*hّ&gaD!A4s+Ʌ4Nl+)2"N9^Oo)If)=ھwIZ
pãX8ڹ7c)nWOUY,F̀*1̓۫Q5Kw:@oa¯E:Yy:֩k\Zl@>+n9ΞGx7GzZ$uTוuyCPD`ֲLFTxT`SϺ@j}G9^{Gɋ`$Ize+a66?Z*kSi,ޚy6hB] ف2ՌϟXw4,v{~7io7֯;^G̹+RF]@_˞Ce\ڟ
i?OģʘUsN
'q yxQܼ`iyTߞBFf8ӱ1֏2HtAB^ArS-xIevU7l=1`żzqÕ͡1AnMJ>(U,S`nn7/Ǫw!V=LlcϑcQ۫Z4%eՑ:&-Jø>S-ǚFnl;
4ndyٳc""NJf{,¬1ݙ|ͼ޵aH Q]w}K%5eZ3xيBz1#bU׹\Q׌)FKEb:,Xht1b)8FB.ͬK-`ˌ|4dyr$A|d:6TT,/Z3hdӋ*MςkOÕ+K[k3FnrH.|bU˺U;tÓ8܎n7Q@|¤- 5wďPw'(Ƕ-ɯ :}6w.8+i6ޞZTg,D!z0&==a@NA"qvܼ<a\0܎N
'Ր'>c)5#{E=Īn|y)&W!r<0	9KM¯Щ'RFۋ73NM?=]vĂe;Dpjg٢7"4ȲϐnfґqlhIK?;wrQp͙p/}ԋPd>C_}hN¶۟ò>WBtQՎǏfDATݒV/ÐڋWxV<f3Wݶ˫Qƪ9,}'ͅoji.-Blx7/;_^s\ÂGn(e *=5|hY=8w
P>S[%!L~DlГ2Ӎ̖M1¿dĤYU7WV&7/gs#7*,%!Յ:A>0HiR.'1z&#	ޒjXEuޜht HJm;3B"Y^vpxV;^T =k]	&K""u<an[הɳc0d6JYآF{̪IҶp@0ye:c7qg~1*ٴ^$΋	i9*tď=&C?{ 	*ɏEncUqN#+%XbCܥV<mHӰh:06G7. 9+"7Xv=VkW~(uȁ1fe,4L&lФ@J]f2Φ:`?ڠ*B֑.$qD
Ĺ>$i</q3ڐbfd[X4glMmȻ x) ,^Ƴd~aӯ߲IN0#JSǗXI$ k_Z^.OdRf~Iqe['|k%[׬&§\atW=ADԛ[*8L^¦2MTZ+-`݌I&т"5rb(|	ێޠ=iJq9LͯEָv|q0_0iNզl:Rfcv|x}e~ũ`(UPԺ؝x{sQ`P\YEPRZmK.	'^b<ʣfkϜjK02<DYaPk);^3{Y!`ʙ2/Ĕ!z~\^Ψx/G̴"ɱvǟ4?om1uбE۹=Jm-v6>}L9@s0f[;)!1SL/F`X28^36@o -jDl8MKV>(zdT߮x|dg9iG]X$34U?7;UkLUp^!+<*o;'(O
;ǌ@B	ÔdTuɸz4;_}1u(d$6{5)λPG?K(n%?/N%A.ڸIA҃Nll-ߠ-6>Q|yڳʉ41_шJ{3R-K:2'^ee]GN@bKL?>UӫsyJlɂ,Eu܀ĝů0#HYW
y!vI<àMqs4zǑ\cmMKc6FLII܍/.}`]7buյ.S=ݻ'U7[H˪ɔGyblʹ:Ӳ1K]-y:JeOjܒ`Gks|rAX)/9AW$PƱ/}υP>p^?iݷ|,<S&xLxڥV^!cD2(tXoͦWUO+ͣ \hCfW·d94S*Pڔ8kHѶtxE^,IwC:bL6(҃OZp3
Wu`L2:Fl(e<*ÚNOU҄t3=ѾˀֈQtP-NJ͏҇M2o
Ť,;vDГ+fi+y-׷T[RͰe;/tCQ1լ(mШ[1(Cw[@JyRH[-lۙ"\Â@4l$gn~rYaKIs#
F(ܤV2Tm;5nvAطgþM8b±l%bM/~_٧մtO;3^j.0
xr10iɃ/#!;4m;?F=0z$:̑b^/g=^.ߙ~šiǕ#SwϮB&{y<e`ӄ-`#B`viZş4܃6lN2Hk0*Ij8<LP[QYA^ۜ߇ۤqِ-X=.{dޗC,?ʕYBE8NSX
a̔9u!iܩCth݆#%zn0A'do\vu1P%ߨJj|;&ɇo L1v׮FMlp!`8]̘G+yԎ,?gâbW_5*'#4\fs1kn0Z-6=dz'yn?k*ALҢ|4?J!{&8ڵJ0S3wDF3@~J̑_=gZ~kbŜywցEiY*iÐǳ#RL
ɯ!gGlQf.ז>T'Rcp+C	ل)raw]tOPsA=	FR.g	<B4ڲB>Cs+|Mu~O19ق:^}ƝB!rU7BSL!WXEX޳kHd}c&ѵ01;į0֬HNh-|DTڭK%m@geўObסIK zDK_')I\"P#tm8އ׻TĿpG)e@-53$SMk߬Č'Ӝq.WZF@+zшΖ0"Ă
guHHIQ6^vk,$9JGmfpB܏?%ƃٿ\B߾g7d]^g"gv+*j\
XEka>eRG~B|pIpΫ"s_گ"sԧջnB?bM>5&(BLG>ĮBܜg !ZtgNk[6O3d&^d^v=G[Y0&;rqOǜ7d{FaIsWaPٿP6xF+F5Ď6uq [f*UEZ\8+҈b!7E<tHAva֯-:$Y/XQK*|ޮ|(q15{mɚI#əmoHZhN'NOa6BK3hm y4dH}:7Xߘ_5\	 _8<T6#+ڬ7fFp4D'`SV	@R3Ia;ۣ	\`\Hj҇y8ײX+:xk~},4R?y(JТbkI'x\hGhGhoVwT3vE]pc20f ؛ѶǸzS=4_;,%=a:yo<}?jyrsAHK^k.pM.w+֯@qȂb62>ţaJ8' D6B8YZ=>nP΢T&M6(P
k-#<ӣJ,ؚ(ݘ͜ghGJtU$)S`K6YؚBT;n˟.0w%vZ:Ǉ	%N._}VW'j2A9;dQ-6v88BèB@?P;Ϫ9*M<G,7?_1<Bǒ@'z[q#AN_S &;Q 7cRA`nQ4`Yi%-ՙB`HXQȵ׍ȹCkK)!0IqgI!(TBA+b,;S;jV-|ۑtoՙjj&jܡB"Bښ6U*m!oЭ5/h)3drC-==#/2O\w=`>ڏ*?!EuG!}$n=[fC42^99߹[i/͗H1}5\.,Xu^֛E(Nxbիě|4dؒT:ËݷqN<"67,eĽXj̲ʨczvnŉ(pA="
z=3KXLa̔N=J7s4 'oG١>ÜJv~+W;@<	_rB5rQ
^v&k2^ז=:&){U Zn%LXqs؃;'3/bVmif_ߚ$ҜˠzDuRLE'0ý9ثstS&4.;	`@@zZQ.ml1c;4~>Jxwpp˲3v*1T3ݫv'::L!
zV~eҪϱ6i858~l>U/va&vGQgIi;'@ְ=mTKʗWl^`>acؚJGcNH&!x-qJ?RÃ;2h@Pc'0_ӅΥ17}Թ/E\3Ir<._,_)Gqq҃@Z8t j}z6tWdhɾM=&+߉(,hɱzd
hm[`hǸUƩ՟Aoz,sֹĥ]%Y\hՇS.tϷOxMjKAI>Z+ei'k>{[LJ<ș:is\zPL
jINf'uV)5$rrɫ'-"[Y/aQi<PܧæP&4URb3=?`jnoz!+;)FM+8b۬{cܼ(ϕr8NeӾ~?S@p[,)HF%ь`D3Z~%DxZm4Ѓ,=>J\ִ
2ret÷%;b\sN2'C	_>eOʹąwDHӊO3L2"}P[Vf͜Er˺OT!t}g,dL\Rj8&K"Ϸ2ΙA6hd<~A ޝS̅B^ň@5I&YM]ʯزμڲŇSJ95u{n+dz1ߣOfwgm}u
WX% xGU.4l>`q{nBI6c
2;,suJ*^/X\N
DINbksuf0U\θu&pf~[B']l*
B1+ҳyV܈\,g*ڒASa"l8?m?2E_;M wc|67eaѴ2#UMK4bO hi#L$$mZeYkt~z 	W0؋<vuImrM{3,nGϾ!	k^	íW׮FrɧZbo!Ib9]8lآgJy{)g/TݥKvP¥ڏ#-Ix]R"Dw<Rd`"{f$VL9:z6$?Aw|P	Py
XIQ|4x?,w
"ޏ<0a/uʖCi}02ZnqX$Zs{ƜeglTӯ%tkjA2z 8znk׷GXIv%Z]%
ov_HucշsP{8_&أiE]'g6N.@Rov(ʄ<5"$5$T4ΛFmhFid\Jp{@6ko}u\reRK__ٱΙlJͻ,HwXRik ηsߖ}!݈}l̓<ϊէܥNeT,VS>Γ^Lni%~&DG+r]~uчpyۡ-gc0z/HV/f,Y$ͼ(̓H(A)Q\MPVwdrWRGs$xi,,^{Qm]M֤΁gj/^=)fEi
5Z<VJm9euy3kȌTr3,f_NgH\'{|>%Ш:n:~gg57u`L(,})T(&؟%il%dģ|E|@P
97`ܲM$_ԯH
%7&Y
a+[p0U<@OF"CY`xD~-W:H$"k~\o3rAzB,9cbոM6͖[}hv[+ˡE8ݽ<<9lIӤeVH԰GAWL"4ͽMyQp
$]HuU@kTCxpqjMptGw8!N̜&Y}Q$ͳս0Tvh!lki{/mY'y:X1u>8}-}ȾnIbD7'd2Bא˅EtQe*#Gq;!og8dt~MhC;wf=V8bœq67%فJw(pTk!6\"xtnEVE]{z(;1li}zWRkqiW}pGzojQǸc,)fZj)ʸ>ch{gVȣ&ncr><J$ K ØPՃ)InM*<EOw$bh׾PYVÔ
%»AѤ#`64\#;{>r_CA|˽]
)1	C$lUL	rU:gԸ#kٕ}ȑ˃	I{
'DBT#>RZf4Bt{׌.=`LgCĂ(QM$&o$Q--vlڇY	%ߑ9xv[ƨw9عK(>a6a:ݕ´u\5cgR&H\/M+|M5*@}ܴ4,E6}G:J8̚ZJ%:;?Ǹ\jw"zcC+.7z'Oiacq 8;9Gk "r2-i=nNylȣޮ@A*e$8Vq?FnF$z9T8d+:2>NG`U~E .(b1Fk
%P7;Usؙj]ǌsҦuGڍܾ#V9fmzσp	Zƭ
7\-{&_s<,R2~;iˆk}1i^ХֈՌZQH"'8ǑftðNLtѣ.y,"i>`{v%7vGG%0˻,0>U])YZx>!h֥D߻8!۹ԦH*6-QAѾ,wX8s40:=p`X4ߝ)Ftmv$?wr`hhQVal3	^lspHi8#ڍ	w( ǆ9O=!u$	<XAU58ۙT/Wķϖ͝1aZArm#c-] Bq&e>e5;VF;D>i|'E6SU(^pO>yKudǤϴkR1!Ñ:AmG'u=Uzx&$]Grnt^/Vu>l"z<Vp!xdӁyp0ځe̝i97Ի6nµ[ߓ|wg31fcX=bvSHb&bHbaͭaĄCS؞yr)+d2&riP̻?<suueċb{w1ۓ_!@ѝ-\wݙ!Yb)"\vm]2*_
	k}.-Ts"#]ܖ0<[EyDˀg'׸C2YىE%zK*'?b|٠Y7srO<]BI_-8SdCB;۳W8kdEY`hHT;?@GmϜ]΀ƍٛ+8Z
z9%%(p:z`55GŋD(V¿/
k`L]ky6L=ckK#tXzV~wzυΣ./ނ͑/Mke'OO3L?M-"e#hqP*	lϱQ_6ѭ@ۈLzv^7UЄ3!DĈS929|]k_`BM	tbUT	C-xDsD!/foZdHi%AV2O@1W#a?GhN?6sPeįX^F ^/HP7mV<;)nb}*ێ	Og_m l^s#@\ًVn<Ιv>aaEFI׬Sۥb $(K`bb٩]aƄRfW`Hx(هuPB{лo|ĸ7]BO/]5L#
oq;ܫo9ؓSv0_}qԤ8[qߟӝ3[V-ܼzτ\?RW>#_T/9$qfșTUټ}B!țǕ=ޕW.pDO5SחV^_QɇL$20a!Zo{x-~e*]b)g uF5MV%+wIu&1ϥp|ű]e<xnܕrA~s݌0A
TW`kYr,ӈ%`4)8pb^)*\+iJy۸vy7#:mjJ-|e}="Pݢj
;k՟ڇ@pT}*%vslGH[έhĤǾ2q:Cg
CdkǹڈA;f8W{mCkUr ++;RѱǚpvK^_M8q	W![UsR5
Q6CwD׹ejLj&!nlēn56l:Ch	ΪB,@&`מeZ/^ZP	nuK{Z=ْ&eу֝:\&BW3ݿ+)]g@'WaNCݯ>oqJ 	ټz-d5bҗ&a>Lmգפ2RZ8%oMS- ֙{أ'8@m(qF_ 1-'gBڸRBѨXR$}A8lʆP=,`2msR^wpweVNa0V~E%UЩ+I+(s
Rwd8pdeni$xd^{жةi+W|^5$_\7ْ>Ȥޜb"[͂MEeV1mvG{a}:'*ܗ>$ˇTΛ4]e֚K+trlfG]8a}KÁgFfc(8W;͠n}D'1-rxb"#Ǳ=b?`mIv.E*WvTܦU\p1]|o9f*iٝѓ9oVאG!9h-~C(A/)6AO+Ƹ].EƊxtBd$/wmP~YRF\xrnuвh2n =XxsydC1@bΝD5RY"@beg$vs]0rЗ3S{/k+ҡ2!y1قu[ѥIYfx&˵ړOE\[{<ngv=Z}&Hh{\
ռI.u'ՐUu;AO˅!g]m$eoT=FThx{K%6Ʈ0)XNoG"cdb.$Dyʯo>7+>s+ʙNZ	*ڒ0I`b1R fEl,/E\|jȻH`3ȿ6*MJnPz	lt~g<|лn!׽։_q;2)^<E<\Ljݔ[?~)Љ$ˆNsw		n]ԡ8&)kw
"TrL[fSVZ&´hz;('ٙq97kܤЂ)^V8#/t̶oB֥	%Yby\Ruwezʎ/ZBcaPzeG*4O	-t=jriaU[HP/YR!	ηI~JƼ׃|yEIA}ߥˍgJdSy(3*=	ܚ;PZϯ1<6XfL_cʛ!ηɒe~ofl[|Dd%67NP3 XCl@V%ܷҽ˺te xx"łuhA>l&5fŶĢb΋5=W^!}q]w!q''iݾR$4'NL=?Ҧuџx`۰l~XNVG/d/*O\S>Q. x&Ky؈v̺bkeu#P4El-ȏ-Yp4j׽L'6tspZ֝hZ;,urZm60mEs>Nd/ێ>?tNgRKu!?w#^3c>k0
qylQAf5w+$1tóP;p}ǎfУWN;,<Wc7zYef͑g`ȨM;Ǘe:vsPq6`pJr|$[;Zuy2tJrH2^D?EWDEjh~Qdv,zIߩ7gߕf?4>rr9-i$ĠI{J}bļ;Z9t@8_ƿ}zRCfV}rz
HF6t]ٯq-P%Y1ݬmZ,\k(ii_LZCgc,pv&ɷ݅[o}eCxtjĠר,/XMXC@>rO*\!7k \М[Eɒ+9F-^31^;ZUhM׎:2ˇ"ղ"$7ޫٽivdǹ/?4{\+$$6Zh:;U&OMHa`ZeVv4_ $Wx$wpm	PǅN}=h~*VխI+kVwx*̱/w&x-Kp+ڝaZF}9²G)˲թS;`?g)sC:(/ݕI\i)Nwc2--chΙ	8dS=
gi<CGF8O؃<֐b@ԟ.̒*>@tqnӂ3Oj*'1yVɊ[B܁*Nb4x1F}I0=Lfo;Y7Cm ZJ?%ܖˑѪš׆T1FU$\2JV{ z\b@G4ș)E}Q8@JO!BgyG[N0DDMlpWq/hX(05+VO,ձ18p>FzPjFLE	pfra̬tٸ
yԆXϏAQAƣ~Z'ӵT{ E2T'|Z"¿DoIץ!,Ѥ%aʧWAڻOq'`(Lr,9qJ͒JI9pF>'sZ=K,iXψ]At]!ڵ'Wt"..n2ssuoFZrl^>cGʤnV]}ɲ4n{Lr7P@v[ӢňhXrS)͗<x5AZ5$`v+4f=<>E(hw{(Fcp9LK>^Xck.73k;T+\}0ѥ1~͙jڃ7zR܁cQOr*P×P>V/~ǮWݝƱqSӨE~H޳F*C 0֩ϣTl$1c0+ }ڑT(}jIoßBV	b~u=O|'riwn4=vOqrCÌD]DS18uQқjr+ԼPmGjR̉HqnAPmPpӠ`ޥPG
>œ+
9^C&X2)k@aõ_q
ծzfc+?4Yi#k(ˠ,`_]2$Zv(k&"0vuglX%.[_tK&E%s%DZPE%=dP[6e´"ir9_+A^qp_2Dh$MlVu|3hܓvҴm8nnTWm60dM++5wajXr{6q8ҫɤ,[@efOZ{qڻpw^$=iŇP	iydtqP,p"ss]Le-֯DÎAw$6!̈́/!.,R)E,TpuӍ 9ua_lfdj<z9cEzAoޔ͔#9<Ʃp;F(ܔ~Rnƥ.>_EFPn
ao{ n_EOgۆY"!fb$؇i+7;j\+cRWݽ)$]:uM~2h,Ęn|H7oTiGAtOHpmj~̭	cvf{&QrG0X%$)so(ӷUt
Xd\RdV'ς3D!vh	~z>4!Y|zn~6elnf^qsf+Ҵ}SqP	g܏ǜv+E`-_|GZ	D-)N8˽wx^)ćcX϶AzW}lcD#g؉mƸ~y;ݒ**N!ٛG8Mm1RË]Ymڣx{U2$YЙ%	v]	?~&mv̆]ssaev\[ZkEv&V?DUWdǤdٲEo4@[Ny*)ҽsZ|
)4KF;>kP!
k <9Gw<)ͳz4MEL[nD!
Ӝy,?wW5߱dVqG!:b:گH˳®gLYH
Y6{0+Lz#"^	>5ȩߺQN+e1qcn%%x:apTڒaYME hjf}W7B˖<Df8}D$^+oU
$]Z޹6g_?`YPs1r[߃(xĠVdvU`0h.4i !=.
\dÍ+/~K`2165mLlD_HC3Ywtqns~jxW?NrpJxû]HڑLD}E-5~p(6;9\0:S(Q_<jаXx>ש"#h&')޼ZZ=a\*;
5wgX(m^́߇P,xi8t˅ag-τD*}yq6H$'.3%=D/"@̞}	7e/ˇ5I|
Bq1;ܕi3l|n]<k0e*?/؏b=Dsߓ+:2N]eoI7ОvJWK[װڵH;۞AVs׺kHzp6y7DC(YzK[#"1~tôhi@2G2
.o(4NƓ]P=ڝǓPnA <0ѣ7]oݣ@K$<E}0]nzifbc'8qP$e_;F"ʼ3'}+3r΅"<_;4؈B-wLN_BŗF߹\ap"l7U(9Oˏ;K,56Δٻ$L%#іp
B_8?׌/M\6ەwSG5k}UdGROwv\|ݫ9wۖز˼YLx[Iu#QjZtv]-xKޞ~dؚRE[V"JL@CI{mZ0J=ԭ
lf+Dl?Ε QtqV]a]ϋ@S)G3 {a'~aS m}@" m;'֬gyX)&%ʥtگ}6ZMfQnBI,UEՔ)*%My8XESvk?בoid>Pӧ|YɜZ`dۦ}Аfǋq("OJ>aC^y3+HCևD;w~D̲]+Hͤfˌ3ζ(%rLSjw1EPY];)-FʽZ{	EoRrKB';gPk6+S
7eC`Mg|'^97,boZƆyЮF)cXr.k4u8k/eInхՓa֜c	fUrqe$DT{S9+HjSDvv]- ==I ldՑ;(==|mL9)[ԊĎ5g+B*@xy^f%Q^mNCBvq%1&SP^UȠI&
bLkݳޗtBMsc-;bۅ|1kH*2ZY&N,E޳T(vi0@)jyF(ƕc\zrHk'ߨ&ԠVR}6
ҐF~ɮ|#ׂvRٕ)Cȳ-2N*ި8u^U'd&*fXàNNӀ{drgLo8f"
Iv6T|#MkWǜDPw˼5ƇKU3ƙ&F"48o=F[VEکHYxN?h2ӪUo2̬u!,r_J9\o-XLFY7ޱ74P
H|`ULp'ɧw^e6^*]%{-֣p\e#M{3M&Xͼm4%`n\^&9J{ߛˁp	BmY:"IM&''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(19691)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
