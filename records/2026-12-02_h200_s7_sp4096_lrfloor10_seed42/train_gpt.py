import brotli
n=a=0;b=1
for c in r'''AҞO`[޷A~H|~ϟBYTʥnV˥V<lf7l0u3%,ܲ{d;Tkr'YM.opˈD|J?wvI)4 aVJůKh@ďM&Tl̜}0lhF%y¯i+iQa6LF:S.quc=?-X0u}ǃ(Z	T -3AƲgy0ϩEZӄ.	ąg<H`uObnBDW9pw*J4,at#4G;UOdc}r˅mQaH.<	wýr>XQcB"lv7r46jPؤGoZQ=<J4.15I$peF}=!mH!v2gȫpw^2l7^ɶ_"Uэ) p*dћ.byH5asRy'Ϸr`*ZraϴϵOҌ}6>+ӜϸWh-3M:c"ܩ8ݞ/O)J#+,o?r!Ă$OqBΜăIL5\pt_U]Ige?xpF[*ў8h߯+dأaG'5@*i,b^cΨUpd#|LFȸξ_Fïh;S#8^ej,&)E9V!}]͌}%eYqE	HlQ7~Wl*a|ߢfzJݣƮX_Qz>(Ƨ"i`daFe,pCT̃vYō@:Fg* hk!֋~*z̲N^|~;FDN@`Թf+Pyi$ǹ*ݚ< H,$hhC7MOYx?v|l@/pIN0As8e88ȸ׍_(b_*!4:W%@ζyXsߦz{68}r6eyb5VK^mú`{,l_4#78-ѤiU%tޝk@lޟihz5:49y
=$ty@zut^XwVю_\Kl\bÑK:2ʁsToO-CgDo::F%;7U3M{ʜu9GߖLnz؏)
ort
~}G8z
A`xævyQEGBGITӐ_	zPj7WO2|5qMfˎ+ȄQˉS`!0[Zn9Ȼҕ P%TG-qK)%#Ho̔јI(&־udOH gS׈@FVigbC=͚V\7M/f/Qg=ƴ"};٤ɳ0&{e{}
naeu,H62 qWb	2=Ru%t9^p-ra0\kwoĀQC`3u_uJ`y
8jŎHN~ʥIŭh;jZs&72mF/1ײ23\Hy g|wAب٣# iC|mlglhcHݽ	 }5K'D{;7@SЍ/kMhwEs*Dt-5+(ؑ.=̛K=1uitE^_*?r{/8@KLc:a9Q;F/iX(( PpLTZ?5'ں5&5UTfeݍNLv-4%p)	M.x;"5p.#!NLMTzk%81BbL"kb|R\KQqmUS
M"6qB]703|cSKXk>:C:kyEqmՋm%qy1ӣgy4CJv[ԭυ>|`XػYrNlbL]Ka^i>fC`nr/!|dFpޞY.iܒ<.
P}9šL8&5U!@<ߙ6zu=jJ;k6lJ0P[hu!oFh<UZ5}uhv*f~)<W"Q:1	i.ʮcC5YEޫWnzy$ӼO:9ݚjOvN/76Ć}'e{¹9S Y('F߁JZB#Moh#)&ŗG_ԆW'(*HM
TY 2r۝'7^{Ύ oUZ{gHo%mCچA^RW:r`7E"ʟm,b.?z`\[H02F'`^jM{XGϔzl֤upИ"QJd/?PVJds&8?Rӯݛ@O,*|;oHbŦ7КâM] \ً՝~6$%5rC@"(>Aw@+Nģ{HBcVb]N/}1u&s.5VQrKy!.|%s</-|<&30&0@ٞu2`A܉67r.3þlho)3NS{qc0t$wz6̰[όHvFYѐBvj$֟	MvV*2/)ӹʰ=Xkzr̰5N-c	YH*7{FEoϛ2lgV/p#.i w
5kcr:Rr(C@kJ@ځW_űLO@9Cp~.P2xgTh?PWHGIaM	i-Ѱ$j8|̝]߻>8*2κĬeAJPhOzu0m$3i:(׷gd"gEZ3*/!DH't+ F0.(ݦGW+#Iw/T5Rp;<0d8,,x<˥EUqbGұ~]bْҤ|ˮH=qV˻V@4jb.6YwrS5/~#R׹6IPي]d3*`UN$*&Qϫ~:*[>zdkz20q0ψ4Tنa[o/mw")1S2o#ʐ֏D:ٛx8PZ+l#+5zԬ}AmvXP<6{*ؾe{7dk}ROM*qcOFhpg4M?02ġ[bڻ˗'!"|lO-Dt"`:&/|`pʈHƁhVe}BvѮ:J$Usܿށ_*{m&*c	_(|Q	;#H3y'C:^c]ҠwډDD*&K<;аU=lXԨ͠("ǪU	Ɔ9D/ݦݲ@#0ޚHсү̱
c{dehjVm;ft]?ҿ<dЌ2o	=2k~+(ViMvƜ.eA@}!6#(́^ؿc7p{ɵ@@8dڥ/vxQ#knCܓ:DJ~kפ9,ӠɰQ]sRRE8GqQJk_YkH[zM	i9{Цm֐OőzQ()=dۏEA!=#.{4Q&jS%`OWB"2dΊ#QK<Hep\< r},$ձ,dBm7EX$JdBE5Z?	))#W^9\=ƐݳV+|o`zT9pSI0Q?GJ}cbp6UU#m+ޞï7وa?qA*rԐ_:WʬNfcEۋqK.E@
-@'d5yǚIgH׍xxȰB\5}VjZґ1ȭNM>΄ʞl~ϛ|'QDZcT+ֲ!l0
kۡZ\GHwxJd-ݤXJ&]DQ_]-Äy̖u`dܗƂ>vvyqH*u,Qd(v&F؄οK4R4!A)ϏTaG]ёDPD%%TGXmPN~.p&y)(ˣV#plo#=٣@ j΍XKݣ.ݟe
~2r	a;`ڏ3(oޠuKΉ8:1S5-7Sn|v	_I0A"вީ]ie|k\7RYOG.'s027Ji	gCjm.Yk\`+(՘0ݘ̛sN%m)?kG-t	zf$Ac~3xmnsԽxU('6~.>,
t]ajq2iրDm'Y>Zˮ޷\,ĸՈrӼ{Nxc/}Vq%(
fʖa̠8r:q /ɪң!KۯSZ4uPC27wlc{$	ĕ
){x" IBl*So#AtH))]{JtaJ0' .Aޭ3CGЯ#ԶAIv!(Ҝ &ŽR˱ŭxW
f$k՘Hu_~CY]cbؕZAfaH˜E[&OA+y?@9fUYa$ѢzTOIV(ZNt5s٘aVՒ<?FnSҪ6F#~UR!?g [*M(Z-̯BM+ ǥCN_d?*٠8e%ڰ9ԡn?<oĮ.ǽ
"})g-:_=(xg.&jZңgǣ]"@X"-DBvγ=DҟXb_rܦVW9,K׏ӠIBcv֠^9\Bd"ىgϓ٘|u|B0u$6*~o-)ji2ܴRc9.@77r0("dם*W9oB~Z]Б8qѤJlӾ߇>1Ŧ<S:T0V9aު Û_Ծ~Q4ҴZѩjR#GdRNH$QEmXNWEr[H@aN4ک+t}*s51w_m	p^7?	Ƽ?M{%D=4HnhsaE0w}
ϰ~GnKɶnGw˽̧*;F6ZȊۍKzU7m?{êhWuϮmfٝ̅АN#<e(.WUy܎7ڵïL;w*fpA	[&Wtx}Ƞ/ui(3Z<c,
)tGC:^EQ`[jAܝ1ŋ!^7hWVvBmsm5ÌuBW3>h}A]r6V(|wU1/X3cxNùsͤ'ֱ3͚wa-^rRO==8mBй*+0RݻS~<؃1:Ҧ:<MPKKůs@@ j<
^Qr/,V]e2+NC2^y_S|Pn5l[Y.وȝNs*mZVCB#mim><1sA%:U]/Ub4-yNe1Yo
|*-͌NƁ+Shؐ>q
1f`^3KRGLPfCvR_LvqC\yJ]L.4lb*p#Mʀ&Ю;\g)on/zMػ7A=,1ڲL	$~Դңati)	$WIi:y{ bzr$Z	۵G]joǿҌt
/`ԛģ޾RRړ?߬ZaE[X[VLV@r9s1ib;Z̛aʴ ΖƁ6"'{8މ2E! guM="ݕ}Y[]J]cK38"4kpÛ$7o]!)~@<&Y@Dʣ:;	,eyT]HK2&	tg(_mj`ޝbږҴJda<2~>YC?)5iu>`<G1IF(ebyIK ڣz\\`:nlĔ$]ܫWLByRʛTߩŁ1K{Z	V"΄KҀGzЭ[Һel?٨nΗ#GS=#}<2^#C3q͵PݣB\ܸť)/2qKݴYJ+K@/
3U6:,5E_r%r-|}	vhW%/99ig|_NĤIz^K2 >07ÉN֒oUwtو߁k8H/gTnoh"u'Ju|YUN0jI-Z<ȕ	p9K\ +vl5t׺Q|^C?[2Q.K##aePk`1?=)g`|[yCZ8U(p~Xbcw|WåW^Jmw"h5kXՃ&{z2ȡ?9IOߜHO7)D?rڤuޮ{'(|_ѿty*i@ş!<,j9$ZO͠FvD_&9$h1t;G>5ξ	/wKҫBؔʇcE]س>]\W7 Ĺ w<n$
G^QĄ>ge,T@S^m0B ͞`@.07Tا$FDiAs.@%Bܖk,`Uh
-o<6o}@&!>l޽-įn3-O"Jb4jos:KlI<?G2VbqcuqKw~w
o\X[HA۞ϋ˺8#̛Oʚ>-"5,.g?p̂qUҺ܆Ue~1hi|^2.Vr(J)`r*SĉВ tD=Ŭa;0wq,n6".=&O0-b݁mI4Vr
ͥ_5[GV=Ncv;ީSd=zr~@B`owo9նѩFk&aT̯%خ.;Xb.W:^Fv2p,9!ބaQŊ+1r-zm7F6 aeŞMcjl#Ǩ9ŻSǁ2p_g۠8("/ƟJdOKi\|VB4Ӿ	IUadʈ[CB0k8МW:y!T@hqBiDŮR(B5I-_AeBf$@̂uIٺDμfK~Um'F.n¸~'ɵݱ]ܥƜt@ȯ&YλCX Щb@e/);T25y0ĭvsY4_͵q9#e_p٪8Msԟ?=k2QHusWyYSR#Ù;G	ǡ0M	``KyCFОץٙ|i5D@TlPkP6'+ɉ*g0Q'('aU-pz=0cƻC(׮OTDQ7˖1=QI̝3`vH..^}{їjso:͓1݊ηk]̰8]WNWH!5Cb%bK&!ϼ[{qƁ`o+gؓ!\OĘ`8^6rb,`GΪ4C<,\tM^
;ĆJԇO$@"],u3%SRXr_mTwܫ#9ޫަv¢2=unwlA~p[GL&>s,׵P\_a GIT0Q	5E!
Z2k!GUJaPxgT7nҟ	0s)"hiI;8όs?A@~)ދn؏^ߝ~wX+;U@}Zjh^Iؑ+'G?~N^/VĄz_]MM[Ք_^-#jԹѮAŎu:Х"L"ݘeQ
0C>	TܙjxλdȞ/V}v'ogK_ײHNsY؈X c{Q>+Lͤ8s
q9ھ.BG^^r'26d7a0V3#aä.6|A?3ZJUK 3BZŜN%*By7nI}NP'e(ڶŷ*eFԪjb߰tmݨx`cc
xn4Zȥ4junt	d)ݻXN;/&4!yDЃ#Uߟd,|g!eur668#eNFS2˄9Rza5K6'4>Do$H~6CϊDdvDJ`$ǖKpFŃFn	3ίȦ}=?u! ~F[FPBރٷ`"6Ǿ1ʢۻE̖Pfqr C#WE-Ap(9uBdֽ)X/eE^Gր5FE<F{|"4tX<Cߒݓʮ#0E9}nܳCn*S".>e/i vuL9XU	Hʢ~2J$|#jG~P
e˦%f*cGt)!*=-|Zx[R65Βf,IKܺg=@vՎ׫g-I̿ŪX7Lqo {@ ;Z>9b:C>ٚG"'ȵYk(%~jA^Z/.yq.k }:1ejAKyBtrОȜb;(r!Ӕl֟E+TA.̺#ȕ_ YW5~&Lom%ܥ:)9>I|y|9+yD8]unQ&)"Vftͧʚf1+,A1-Z6:İ4w$hւ^L	ھ3{@eN4ԢgKp@YʦCdϴ2ar&/ tn,@٣:2Ʃw؜ܱx̵NzҴ1Bjƹ͜)c1וnz'@͡))|Sz=yW7`'qP<s2Hm<[o$|q:>2ychB<y(P׺%[T'.2=prÌgF?`siXk;kv	Ԟ.AҵҘ 5:ʤ2/pICzBăVжeM.I'Ȫ<=:W6]ǲNj)ܫEi"?ԆX^k+HГvLaB	NzKZscN|OԂ
YnNРWmߺS X<&wbK%&Eׄ4P,N+YG*aC~t*Dq8ZzD	LۂdNq+ӬY
ɉd}v`lb.Zt~;_`6/IP9%VAS"`Ǝr?Ѽ	5ZFM6Mĥrh
C4ܘ\!(ÄG˖y\:3ƉVk]@{IK!aFKsŎLwܦ~>Io*B3ȁ/2badoԶ`LަGW<%hŮ-ڤG$mqY,oUvz̔I[ѪUOjcԳqe%stRNJm3[9dL$;db>}ۏŠر@@̯4	9&y~8ׄ(,-y+-5Sh(v<drE]<UA^S2A̽~+WĉD"uvZ_e-Ӏn&[Kל`!"ڒ'k2͆|XnY`Ofg
|PkS@~*6/a,c6\ǚG`М̚ ~so	`F܇P6ʯ{F.{	ߋTaջ̂.|x#lWؤW77es(apQ TP5}sV͋5fSaTedizskmݸ[Du_ݟ;X53m	D}/ZD&[ԲtPT|v~ǂA2F0b/^<CvC,IgƷq_EJkЧkFGlNp܅5׉l/}|\ՋH۽p.j<8Gf
&E51~ֆ)(klQنѹ8t$ɬg/k=X@'.+EXIwgJ3ƧR'sɇ?_ZXKEu(Y& ڝ+{>ϚgobHB3IȬ;qX0Cd9y;`s4# o
ڭįyaIӾC?Q.bRSE.kb[.a,S65=ʹ>I_oSw[K`tfn	Nk։\5Y,ӇK-3"(3^C#!M|{jҼre%a?zU,֐tԄsn{}Ўk̛sұ٩ʋj%P](2^][÷p$h{nڭxaGZly"'r£]ؿ}"lsYi\bwј65߫̚SPFcſ)kJϪ*rc"{dɧWKF|؜&$ʋl{*78RBUۍܸf`<jr]*'uFUh\N!ýGǵѪ?e3ĞioK&zѵְEo<<<N
lzɍ,W63_c±+?qcIȗ)Dy(Rدߘs !Y(2׾byx2כ{2ܮ3ʷRBIV;VnM^p'6~;jfC2mT>C:Xѫ^Ł7<)l<}v2"-ؒ_oo2
dl^rI@D6Pϧ/]9R5{bNx`4z}Oi.~:g<(8jC*{JbB3$,d'<\d=ܻ0ܨCEra
|lKh|,ճt^u^KOcxL;*<A\^|&1X(p))ݭGͪiҗB&i36,*+09kx_:j=sULMg"^cwܣ_9EǍ)67s޾Q:|-xpu\źbi~.'CVp61/ֲF\p[c4|-u\;BsweU3s(HXk7-k ܵcqfͲҼiѼcrӌV0҈|)U9+	Tq)E0IELnEwl
B=N)N9f6Yle,!̃x9@zn<Q+elGʆZ=VŢHԌؚwOM۞jQ2IW<K<GsنÍ/81N_dtRi"ZufqN_L|O
*4,C$܅\oe,hF-qEhȐJ1#\Ocؒʬ!ߐJI8Cټ;dM#$or\gW_©aE؁X2v|)MkΈm0L==PoY
OBDgQDwXd`^+ȍ& L͖6lXM=][wah˭8 }pTRa$6fRDbgn98lHN8a`XjKêI=y 3INSgtpM?Gj
Q@6_0)@Dqdәى|+>Bې<Iʉ	'Pn51)\˃X?\<ew,)]Ț7E^VM/09iыÁ<)՚lX	0ؓKn3ݵr՟B!8z͒pd
}Ӵ#-qDtPg|$"cN{ɛ{G*yhr$R-ѺXk}ëgZ7H>e}ǁV#ORR&٢@^NiѢ"3.l(ԅot"<@FۧIn!UA5Re8MOF|*GT sb8h*؁&*rKKhO VKܫYU\7L:9ú>?bFM4_$,/Rrʌ
'phۿ,qCXMTF@}Dm}E7)pSKo8]ңF!d׈%Tt&(F-ccLݹ7!ev$Wtѱ>!>)%+7!1NáwL3Qs"4hdQҡ)/C	Cp
c!	ײlzI3j\ڊtptY*yPQ*.F,Sm%ц	;ǲ[Е#p-ǂ	WN8U20k8VMAҋuPL\S	(#΃D<@pӚo1s[ќ$ A˴e#m0iETH$-HɖĶEYyYb
LRw.m^F|يv5bcl!]	;¡V6˭#1\9%ƈw"\׈X+g8v̃A.y]EC?4aqݎ>@(1:lt#{!+UH8`?7g;r҂ϷRGh{`_d[^ ר2*A7EO5,:eƴlY+,)ey"+92Xq׃lǮħOwyέrCοE=Ք_CEÐ-T/TibЁV<lhǫ0ժ3¸@P1
-މd-[Ҧu8ͨg'_/ϓޟy/zVmoY:(	.P7<h϶*x?PCyS28bcWJ^S]KMoըL+hUo})c5qǒVeZ-|te˃OΫ# 19BӁtl&3s#tҳe pWʃpN\=z\1}!^bXȤ- vSjge#C{SN>|LC[[<.-L;"Citis ר*M1;g»w(Y")|xə%'M9`Ac56>m@3GD\k,~W]
IPĘ'(]-ل^-sPde\&}կe_jD?psͺޤ0REDjђPKx	Aø]'
VZڊJ(U46@~ 1wȀ:miUn܆wbTOC"<q#"OۏO܀C9{/@)v:Ϝln:erb"ExR]{ܘ0܅lw5ũ |-ĖsvkKw=Te@!f82:cO_)ڌˀ8Ԛg	@)WӰralƞg2'$TD-rndT#B8fN}ZCOtO o%!ORc*UW6G}aJk_hӹǉWjtw+l"E&h gi,~8|[Ʃ4Q_L!)4*W~ҧNI/a{axĢ6toG0T*q2Qd:*&;ٚm$%#*f|6,ׂ''"ɪrKs6qp,rEy%0rhCK~^FX N%-Մ4»d4R؅c #.ݮ)SMj5`"*Ra#íHY+@Y+00BSc3ԅ5.݈sA֐s8=}jLҊm*o=fG̓DFղnGcc,%;7?	.]dH&O/;yTw֜Û0"S0-	Mmn/@|g[ƊpL@[L][l)̮M܂%f!f=oX`BF1E؟Jع
*czAP{Ɨ92coJy1W=TpMХ!LrlpuY\h
7	-˾(9uҬriĪaK<ҵ[ivl0ڨ	НϏ؆	~yۛ|s	G֡پRVںĴZT!sZb'4Fm_<\7.ke^WyԟJs5/~P_\̝0$H\54
qVI /+_8+(#7ROrշΧvҖ=g3ION3%,MT`6*?yRH+pw~s{ɧtUxSܙV-D89 X8 #%w& x0`&,.r_L69*6'НcDU+JZ
d}2</^.)\rKtZyGV*(؉5S!nە;?ގHX<D~>y6yzs_K7ݞ8Հb'gBַo:ˀh\vIMeȧr ٜi&x9\pRi<sM.gK|]LO(ȾX;ڗc[D,'j%zóxF2yU^*xUʈtѾ	SQPmڮ,ڞ>Wʅ?1J!ѳߗoUG2V1wn

YrAe}"N~45=&H"1KɹTbMR2Rտ"n
ڱ}h~ Yڤ\(@[u4s4ْ֋{g58QɕӐ;s,շ3RNa/«0u `xS6CèÄ҆f]ģwg^լ`z+jR+U̦`,p/@ͷhbֱ2<Ԧ4ʖ$`(ܢTP]9cN-5JQw<X>ӣw'ڳ&^?1"MC{F۴׈p'/S]8_we/26n'ѻM=o*U;$^UI|+_Go^SZ̤h	1%[, iT`4$/giu0-߇w޷֗E֖OjucqFL_#x*`>ڕi-,iXP~ym}P/Yڜ)IYPSlۄn[ׁFظOAqyCmaC6x?>yp6NmD*cR~ɶv
Z(gufkp@ʯi@ݤV{|4+DhxxyyVP~Q*jpb@Eĝ3Sc%M!Ta"8[F$v3M}6pB\9^*x''TIFtJB-1kZT;YNT*I(QEx<tbNvm>ڇGPݚGac5~`89ln:0dg$kǴ1ȋ@:_vb"lZS602C7JA3Ŝێ?ņŀE.>3ps͵ٲ1:&gZ +L2{0؎Og)R#ϐ}T7uʷamEKF/@6ݕp)7oxRym̀aFS-Z(D[6cR|?po"]BI^zVv!gĊ=;@epC)*G;\/{)t "M 3 Hpz?2T_-MinbؐjmFf*o29zA_S(^-#<Exڻye9xڔihL;nރJR:ȅ~[Z89RE܄]`~`~7rײfCilU5[ԣ-!SURrAIok߹g	>FZ!XT:qPh"Y&(UOnB=^={a&7mǆq*WٝnHTkʟ:;D*F@/N#ӌ_9?(K[vhyI\'haߧ2/4,@6ߺT~(Q8xԡH|l><,~]ҷe6w>Գ.Rn^R~:,r['%ABYp1UáltAa0hUB}]ɇTVLB0e|HF&G'gKOx_Ħ?
CE)YиX#ͱ4p%6;ܬd5DٹZ*)xwX8^9S]'^aÇDbL!ʜdZb>!@<T|	1E{0yخΠ57\+E5Q}&NE;yԶQr`X}4;klGR~.rmvOPPp^2ۢ1I41|rS0#
/*anL
:j~˕5sVT	5'J*tК5|,

hXď*3ny=Tǋ^=qslԋX	@tmt5ٲD,3Ka}+.ĸ,0ɔ\i8id kG^h)՗H1sG~R;]*dcU!8؈&\pޕ/V\3A\16*N>?"zv3!&ӧvËʩM		b$KcRLVzm`*َtKl)S:f؝H~~r_@0x(#0ыӺ6~7̨$)ͥj=5q!r+<Cx߰&n%{.ŉ$
Մnd.	JNkc"L 65"+vB9J.Z5pʜ̒'GM<سkǀuޚf60+Jy2my.um)[ʔ 4l%qMC`R#n:#/j!K%lg$[đ٫](iCj6޽+

'{`5҇~ʄ>g׸/.GoE">chVr5ŋQMtg.I:iM.',pU^ktl.˒&gYVJ+$l}YI}-N7yQJ14$yQY@׈4R5Ǘ:z"w$ϣBA!\SdS!]p-R֒S,Rr~-Ch
q{ݧ02v??^1_-NxnNFؔϸU(Y};rӗHD4ו'זH@=_i)@ґS
!Բ'feRPHrd¤Uf]\oZFZWi8I/}Px+bЧ_M-H<38(c3-/QGP.tg&Ț'Ow9ͤk!&ujWr1oPǖIf!0ʡS/<tPec/p-M[tzYOmTxrյ
GĎحK03[$:!<!R_¹owA3DXiܭ@@-Q,>pzRi!޶QO  |dڼ ;eә\|3Iζ̦ݴwh~X.>L0e0/֕@Z/2_`Ho]hB7CuƔ4Cw'Fp$yEIzjԍGL)9$+K_ҍ=N=0GEqY]ag#q׿YӡviBi֡o%ܞ2O*(;BPAF,i>T
a|A		OH׉7ť|P5,bXշv}Ϊ1?N}Ѫp??9&R#~A|p'>M+@*-ofKK}Q҂L7|q~Jg)$6HS:cULƅ63<8h/tƔ03]s+}mtƵ]-qX4z8?.!e'T$?&8|MNeq|9yjf4o#d6UM?HzغقǬ{]xJE(6ϪܛƍӒ{2=MOWC¨0gE5kG&Fws1ne[l)y؀QxǨq4kӆp&07Ys :_""kD)ڌKE*%<#ֆbQIHt8CvxǥUBB7	#7&&8&D4> uUyV>B5Sı'6|P@S	gM\,ܵY\u<UBp$ؕt<-VQ,%,u>tݥFboK1_`ƿ
^X/w	pPʋ:iPn܄]ƝOANr3TBuig*ZW|k}Yd]:cOc,7`Jě!*0CG1dd=ub~yhQST5n&4xh |.S6a@N'y`OhFvgT̯Vɟa[>L:.,lN3\kk[kV]޾x?y'ɘ+rC?S|;}/eSEB&c{WHȓ>]liń1O&0CmіY%4ңZV#ΘpP_[2f	_tyOjmvdc:(IJRމ&+ͤ(ǳi{-JSɛ{ڠ4iD΅M@
I؏Qot3cpO.,<wsCVq[6c 
zst3(δκI/*ԌjhL7ZL75I&	(]UX`T$ֲTm3PsbmxőFAo6;*xV/eM؟«2B@h`Z@˷f!)fЊڃǓ)>Vq7!d=w}'	2OY&Ծ]aT0ї
5v"uWh+ӓj&	dܨBNa92*®<Nc7!R[m)܉cB}Ϧ~ʱ~YSsZLQ4v~QSSi|Ǉ_DTx9 =X9<֮O:hsr{Qh +Sp	Fɻ&[љ9ܖÒͷ@NڊcH
`*Dmj̩[]À/t;R+R+ީ+{H/X({)>lҲp 8؄ecUtvNT'/edwg?xr!yR`a;U;Xe>dYYoww`eB?@$}͙[9Ѿ%Kf\mdlNh&RBaӉuST@h	Qۜӽ}Gjp}O9R-kyuzTzBFk-">K?ѿ5xc4$J#k?@ϓx9F#+PBj;wU&*"?[NdMN/Xi"@sw jءa-Ie"&ƎRӼ7oW3-5)	Z(Y"|a,h~Ǐ0,mҝin:0&%>$=NsR^?ф;C9ա]c =Rb0-[67h¸~Xqh)!3	Y?Aa3AxV.h'7J>"Nzϱ7A2/YrNtWER\xM%h`m>HQACf,+n%eI7yǐ.TƎC$`ixu<ӽ
/Vm*0a_>00
,]\efƥ߂!rHB}.G6QSpSz,E3ō!gp~BDB AprʆR(ʣW
{>FGPYC&4JmUFCC>I\soΓyڃ!{%hHyv8D	/0!s_z_~rtZey/CD1Dxv_AB\΋CùUЦ ׎9{Zާ7ק 8f#Yԡ]TƏHЉmhٴvyNBҟW>^BCiv j86ljpzۓq%=SS5ۉ,߃ƅğa>qފAa_xU	!plr:=^ŏ1#tfUj%mh.lq֊s!ɪT	*{=UW ͙F|>4tӃjz}ڼJuk%?O.kt6`*6Yjè5J<Xq?"şeQG :+Ļ˝JQxcɒք? 2*C]K
ſ'T!Ą}&}3=vA5G%Zt/
%1'C$|lZ7tD(=otsPp_w7٧6iBR;q`2BP<MBϝ.;{teyo4{YdNɉ>ۢ@ 5s@k	/7RڔE!/T*je+oߘW7jAuAG6y-h?m2?yTP9	`NdrşK3Ld$-u"P<}cʝTޓ7)1$=x0hi$f-t|!L9Dr9tLp$M%s\N`=`Զ0qʍрr^>I$`G }nx۔flVܚ/@T[H{X:0aQ%cuǃVMc%@a>ƎG%'<Ө'׋s^c?pȎzi';ӹYbaO{-W
>g$"%V4ըQdOÖ"^d0U&2^EQhYӢ"^PJ-)Nu	ODn5_ӣ.T{aN_E%)yTĿ_з`<N;~Ntɭ	ո̛LʒUG/͋@1;7
)b4:~RW{Ja~aԤqI)Mo&/9*(QܘPT/a8Xδzo7-HK0k9UM)%74xϵq٤R&[^+x:Ǎ/ܲp&\wjeY3]|GqUοdY4|ϱbd\k_xϜU`ȣ(H3_L}A~;آ*$i]ʸa.SFtb|mqh+7GjԬϼ@!5+ͨ;)fq^{ۖF> m|ږӽfی8ٶ@X__|օX4\j&oDBMr"GRX|W`I0X}SHSϜT"{Dcn=ؑ~ʧg̨-~,Dh)|M7J>rQ Y-U<AUB¯Sgŉs]zIoX"uw\ĳH6jي:S!yjs&a6,o{րV-/IM]sʩX8͘ml}чĴ=MĳJw(JLȊ ɚDN4H%I>kV}$fv	j1(|wt9d;9'5O,qZvxcpcEBhl-X\ZdK+f}|Tt=3[sڙ3|EJ֍M.^JRз{bKteJ(psώݝy`vwzb]_G
Փ}HG0үxy2#hinw-
]tӚ!ȱ&FylTȟ7xm8f}_+>(b;RdP-ʒ|5z}=4fl~fGF>܇5ek^եkƕHLaKkM[mǩ3}ܗZшlQ?#9_cwUy*.F>ۊN^Xc%B4_lD>kܱvΡG[Z:?ISSe	p@uLӻ\˴tE0v<ȁ׿kO̓e;J(x[ݺ9KtIQ^غ^َ)~Y1#ȾzH5Lк;YPĠsDěW`c\xO8uxxhYmǕqˆlaÛˠ}ȱ>NIPmKa7QMʾCztJׄ,|5ͫVxY	.ַEX}ÑSͶJ]~@gN3´k4Ǜ-&o<Rr*%XufMAЧ2ƔSdUƮعGNrE=!ǇW8]jH5 r<ݘO ʢU׈@xu\^X_5NyI#p1F4106#/F^8ݲR>oYPEId$S80I­X?_p.EKQYSz>u,N.|*X}iДhSJN֏0nuDټ́ "v_!۴z)rI\'4`ǂܥ[i^˅2vUc+o[0ٞt
/Ϭ<h^ܸj~	FϽʤ0udw/~,gU+8MA9G	cy4W>X *(Ў%ʏ3`G-o5q%N(51	L^=vxiOE3P1}Y'VI=_eŅ'ӧ-]Ԟ=@}yړmanM;	Q(V@=[A`tx*݁`hy4N>xJ	d2*utd"Bu9jߕfR9?%;AG}L!_ZwHΔLhy)^z4s]˫/UX:)I'n
".Ro}^b3UAI$!W1QWk6q4%e3B}44އڸV881LgcH;ȎTi-oy)$V	bk(jsY 7ѡ\)y)9T*w܃:z 8>ͻO$Ba9A4ա,TmVp(6ux9GQhk~K&!ݷɢ"ihj+N"Ӝ78}?Ҍ'LvlҜ%zöXc8BqK8d#jñ#q*AW2.h%ul ,
E^
9ҢNs$ƈHC|qޜծ>+׀<~E
d<Pտфۮ9ѣ^lې6Ҁ,ȂYp}i9e%zO&֞q:g$zW<
]F\A.$4K3jF<FDY[qSxU[MP0-h~ՁRJJԺ7y.n
דν7Ecu%!)ǩڰQ,d/YlP=I̜82eR7g\a8p\Rݧ];ܿ5&l\_ݠAv4M*bIlyɢEoZɒB݅M4WTOmh=4buߗ{OpCdTHGbмQ%%Ј^TZt(,<+r!\ڊ
eƢ@?S\ SzZ	.<%kh0/O­CÑVҎVkwT´Rn0D@5jW~b4ngW|oiIddCхQB/4.r{Y~,-ts\Uӌdƕe16[BOB]9OޑB/ 3`7YuCoW^Y$Еn"2!Z(9a\aƾ~MΑ~9um6֢#|n`aY2%	l4՗aCͣ *@	tnږ*NZ>#dDFK~ȄT2OeJ:sK0}eElƶ̙F47ĕ=ɌF±hɖov`D2=,ƣ"ͧh6A&<-ç9kg[NY	0SסB{{l4Eu,DklMvqI֦pwA:~g%R&VGJkTUT,6y#?z,;\)%lwT/hpx"ipY݃܃][JR̳f>&pߧ΁©rF.6٤Tכm<7fء	o˛Xп̝MWP͉Sc܏!74(5ʀHb8P=1a؆d]T%)@%Y77_"1ύbo
;7X\BjeGF+?+Қ)ĲktlYdh3fʠ|жnjZʵ<lRWb$>)i֣ڢyWU?ѣ!
*oJ?Bv3N5hw7VKIuoNly#ͯ݆C=m׹j[,V
oVDSsш=TҝtiO2h-V{^PXJv,ZiYsͫ^vd)slaW"ǃ9!Ԡ̈a[݌6D)A{Jdو-gF))F@"TohyQOMɜ;h`,$$gv(4]wP44sY?OxiqoJICl#5/d֮$ġ\B/S1OQ#~mNYj؁2eI$pH~L"y8,.($6e4Қ~]zQU!o<פS.5ZλyLx3ڷxr*ɢߘ{%|Ҕ}[`S{`RoJj+WB@1!'xW	S&3%#eAO%T_RW*mt̛ܸv4	{pY/?r(@}eĨV}$!+KO;#(H
UB[Zgi+KPZQ*fr=7ĮAdpa<U	wF|g29lܻ!n$b#jӢǎrK_<^"GLZU#US`^5*>in;2ޗK}qsbR5{eTD0UnBiXfeZfSĨ2rC#Ql_Px86]z#H<ǻ%ρ9ˎu܋:jf>þ:Cx߱)<ei~ĠAt;!Q2jwTMbws|<<'#9/CȤȮ>@]ΓI(~ܻUԈ@aMfN0YZWP!jƔ"79њ\odiW޺Zدbc_
Cj2 ^_ed؏!/VU`}&vU4zs!rV)=ɑeѹXCuҦPuS$krϓ*^A8A4ܱpfz;#T<XC0ʙoȝi|@nMXJQ Zt7l߲VNϩOф Iy9ge;vm;kPƘyN7^q]sΫ	:.R/9^FKk=xhipǺ&afIVZf`5u)!OrƻV>#4}ڭXcO#,mQ=Y$	JMԋXiVI3x&oм?nh(";P6{ Bd::̸k5Èo5ى [ATw͇YʦSRjh@R	E3#I"ņ4G4%'ft{]mvE%>0vWrщWF]
.@-dC
*8OZ"nrpHMbAtݒ
(8ҊMI4_,[Vg{Vi֧#*vxYޓRpIΏǹ>njau0cEn!NXExK\bΥݢN	O4B`{%qI^[aJʶq@ۄBmƉ	Gc=͡;(f!GtΆڗOרA8aCĨYf>IކTm}ͼkd
ͫ	֘*Uvf2RbX{61߾^x:IoY׆x!Nf]0Α$TRV2*#gބuD:X  |aoń'{)E6P9R VCl΂6N]ɴdx+ӈIIMua~NfNFDrke@Z0غ$	,w[^tbfl@92s%̔S̃j4ٍxlWíYp@v,km)[kZjWɱkrO&JσǐˣXHCuʈ/4@Z)D}.fR0:+W9n^lʵmY?l0d'ڶTFɖbiwmdɿ65?VGt@
VוLF8d$-L4(Wߘwd,}֬~O+Ì4`C8#_L-W؋o'o9MڇL
R4r"\=&B+2=--2H%K^UHUTQb9?+<)wŗU
EgG0g2;ɉ2hY܀6:Kz)e}w%Vf&kZd·+}b_%op}3LϠ`v
09R/QS[VCHo|tCݥhSA1Y"g.7*^U]#2Κp|hįkd>NWeG#?g3>_u|0zuJ/LK`ˁAW*4Fм
tk?!,)sf5laAZ-/ܤߙLגt˹ϵl׆ߣ/B̈_$1C6y[sB֍c((ck>NUҪ}oXrP:yͽy^k<]E_3[zYhƴmNe~ݓ{Mo=R²3NEטJM(/r>3X8;{4GjXn,R\UOވÏ,x='ͿI]g4-CZjD<"hS-{~oԖSؗ4-ҲUbd/f٩H<*jXIr)q1>7Ow1-E%cW6s!Z&o=	ݐ
(xV%,Fً>_4cת.PƲL3ߜ$o,kQKrJZOe&Kڽ06C6Yy@AVοrmr&<D0?fgˬ%ϔ/-	Z\hcmV3]TuI$fFIE/LWZi.Č<>K5TM'
Ύ9R7P
5"8W`ٷǹd?>0Q<6v;uzhJd;&Dh"A[6ncIpxxÉq0%D-cU4	%e*d
%<pA5hC3k%`Y+7N*p*s2+:a^oyilԨà#S{nWhQ́<< k"amaC@F<]gpNw8Sà6p|((GFcRѳ¸h
+=h-)z'M-ܤFDla;V[K{Ob;XُQUJ;4CQ!
y6n*X9_.A=]޾hֺLqӻTMR,m̋-Fl>юc]HqaD8#"D߮{;|2Azo8]#O.BЧHʩd"5+d)sb8цM,գ
=BdDfNx{*DWǂ/9Je·Aq#׾ETUQ3 `"p(LÙ߿W%A/Vd{RѡNS(Fo:7BKdfUY'-J[;= k߷~" 2Ȣps*3pB/IɩI7iz``>=X3;U	-z^FMGЋUCAҲu1`
SҖA3;P|
ե)	Ɏۀ~2EEa@	
?,*t9L :5s
HB=k(qB_>b}Cl%Gŗ8mҫ"^ y+aݪ
ir@PUG42
L;ŏٮFKg6uFwnQ^"a2̎;cU?ͽX,ޒ9[),"z?_N\AHMT>acNc%9[fJBRl#ʈ/tfdKgt̶̗ѺvcOɾ.OxDĨGnЊ.ľ6ڇSMH8E7ʂt[:(9iV̖T3%&"Ȑz|kʔ:;o	U
P,pȜw{Vlɂ۾cdD):ƛ'Ccݏ7OpA$/q\jnNKkw7|ɔe9E%wY\L}:SrVӒ"W¢=I^V/[$O~^0KZ͢$V(ȍJndMGe{V\Usڏy)9ҢPrϏ=KySѿQ`N\uܹ5tEf,eao>OG)Jpȥ6s^Tup{7ƆV.77hٓ(#Wb'%`_eێX~ʯ}VHԛ[#_"} f{/vd!Clt|I9-*-Ddw$Ýrs^?EEmL1
^S4(P	C-!|"pðՔPPW+6
;a^A<w8	&c~?ƶc]5-ǾbV9|mۮّYYy%HoZ[.ǍV7ɬ &C0Խ ߈*T I(ޙ38 Ǩ9jyInNq\b8:!AƇ/d*0Vs[UtTҵR^n°],I	5QhY֚
%@؆$!t͸?Í!ӹV]:i"pmn Oq[\AҰ>`}ǎÕ9w9>c'YH-{gռ́M^i7UA>u̞FIB`{X}nVݡO΢nd;{ug;Tή;zԷCS!'yF`&&*pqݙ1J.j"άX۞)2dޣ'4_'YؔZ1Ǚ6|EcC4|˟D%dy;vf"ePTd,Aѭ ̆?y[q.Sʗak&nYyu1M3H7j^{
4>*B+?ʢRme?HH`ɻ_?b4LUHƇr(G/8ǝڟw7iW
#ׅZg>A3~AG9'&r
K
0We`Q8D(sƣs:+8&1.YF֖?ve9t6v`̺cA[z0CMD!zvQՅ>uKǳ۟e?m+V>kE:j>Se8EƑyIO`nwr(Eǜ=/(]"ֺwU<Sx\IB0E2t{VȾ/0pҗR}+/ȖR{oNYRl$ŖNpep"ʑ*hU~vc@£eBD8ǖ	5#^,D'HټP8<<P>Bzhoű%3э#q%Z"{IG~9?>oZ~pl~
^?]9$?j-\Ň_^ѓj˨fZ?)^يGnb_`y6є<7.$&Q:BBIŊٚ"\v@jȳrX&A?	`)]Ha$%ѧaasQVѠԦz@"l6J/СŶ`?Fb{v@|2NXJu<)(:dVC4.Dv+ÖߢC4i`;e&UcI\I!utiבG<ryTҕ$CWkHG
=U
ίl-ǉEz!DؠGŴjRxj`Kض$j	o,S.jqYEf7/pṙΕ0|֓"P.9ht6lGB7BGc?ʛ^;n5Ssީ
PܔDlqRz*aV?Bg:'~nĿɦT	ιĻ3YU."S
f)+А͡4bX;+o5y(XvRa^gQf+z^S/vC^nLk \o}%BPВ+
ѫjN&t}xαZMbj!-iqHzf΂)ߖg˱^ViɑKx$mR}g^mBXv5-(J;gC1PVKZ_:F@ah>6 Pr@sk=1ec`x9.	7zK)PuIP~&PѦL-'ˍF:D{Md+~~d*
ת)(%u]'vD-އ	}H]~&.b|0G~}%3<ܾ*$KzDAı>`2A6WgBy!0XX/.h`ٸڱ Q.Дc`gJJ`x2wn_hf<nyQo^f+}ҽ}(@->6GsZ~EqIֽV&-n!iF"%Rxrx l"9f̱9QzJ1ԋDtZG_o[)|b#nVtl|*S|f; H<6Fgc:pSLaWEǍ:"T|P$~H0П%1zNUn xh]{l1Mł3(eL֎ݙA	ZFLVG+|rɴ*t*RcͤvqӐkf5;=;<7c A՞ʈ^z)};A	&^DԪ˧rapYd(y$R3ͬWշoȖ~Y v7GEշU:T*>Dg8Meީf6U:%5iv?3xU_w^8$D_a1ćZ!mMzĕ~:o\6/QO=e)̕_a/ʟ~aMHMڅoޅD̈́C'|LNI_έćU
M3Yϧ02fj9|= (:NkBL<;?ɚ3I,\Èqr؈ɻUɐ>"#Zܳʠ%%݂T,a,<Tr_96$`f@H1pp+ߠk-H!{hǖua]\Ir?8ݏM6Pex./=UF/ܻ¢odՍ@h7i^ymphytxz(d$
>%nEj^ˆ0
ԡ
r{zj$c|s9N@(;pߏU){\huvEfû=I|N`m°(LbbFJ08 &vf2Cnֵ'B<K24v3[Gzٺc]R`̙LȬCJ%E>dz6m"b{#-d	PEֹDS	6q	Ԕ&*ѽ:<"Y{z1b|MrOUQ,kfye*njղ|G/cc5FJCy\Ndj:#vF;_E/>Pˁb_aԯʁL0xgs.mÅ^a njm;NC)Yy3{=2L$ԕD#rȪFvtZGѪ,Jd/0}ŷ4Ć%+٪(!iث@bYQAxئc8O0.yyA kY߅^#6A<C0J?T.rיX);5I
q&"yV*YDL.E?&:>9H7-P)ٗz+/LW`DArr ąO5{,үJ߾ygi,UǛLw~e?S'E$ZYZOd0yE${m!$EV<`>w~VȒ*`8؄#@fEԆ\`)? KQߓ̾iATٗA&axa|2nQI:4R/M7fH'N:>=5|%	X#a"hB+bJ)MeBLW$%a:Ki`4|QH;ŌT3Y#<P%$cT>ɋb1]:GwI=߻WauY1MoH5Zr,4i*k}aT-ߗs@²"ѢVjH.m8x
7Xk&x=_oH%l@W"Xdb8#;f7@epBބj(/w7(jm{]ĿQ|UPSl;QHɟ'Q0
AVyuwu'^b݇ƉԖd8:F<UY^Âpf}meVrjʎՇ^yKɌGOq}kah*ɿ?|ܡǘ//Ews|"{A1"}wGtF	T,Z|O+4%5PKHףibh^$>3e(wNEf`Ut6/Hck|;{ G~evVe"u$buhľQŸ	!9l
[s?&;'˸T*o10TLJha&Q	8][9dy6G<KÎ
ɀ	)ݓ{#'Ww<QȀy4()u"}ݩi[_C^@vD#=`&bS8{XdRhǫiv)4)<jn`}ӻ&3rԝҔ1t>(YU))Ւ-9`Ց`'gE."PA}
-[Gd|Y|V?c/0Nu0Xb#-Kײ{"rI@_'3ÖNfĚ{0}+_]6_5:RO`Ƕ6HYF<qGHSY'2nv4ٓ!:[גsosЛS$CBܺq<YĚ$Nox,2ͪ"էBܜQI˚hX"7\Jkǅ3'XK9}.`hJJт._.'a|^Iã[Iqa!CPovgi~ݙƑ"44\*2Ѣ\QN=8&wϟ),lhd{g1\H|7]1ݝѤTOh]Ljw}6r>5~ƣSɌ;"Ϧp-?3Ew0ٟppÂμիiV{`ɑ۰`}|Ʀ7:jMgq@y}DlKdxgYXYDCUdŭ!<B%)>qt4u@"TjUtvVi5͞8rvtT98#q8޸(;sYaxS|6$v^nBF߽*P8~`= U߮F3|R^kCԎ:τYF] I5e1?2!E˭"^+D73Y@@S}d
cQw<`W*A ?8S	L.@o8ͮbK+}ۘvֿÇ*ugJ	ˉ!Ej.:J
ĥ'Lx0ȁΎcRV1,$3"(pdyL6ד.mLRj]D<D$֑lg*moNwQ~U_Yo=I#;yQ.+e{yq5eco8o*¡]K7Bq.'oܴ"CK%{cj1[R#Kf,ȥ:,bkf4
2Z	ͩPӛTY`F(}+K 5vFf1T7|ȔΧdPJOzBx~vqdYÞ#!ɗz%9!ʷ|fӬir٭cъ-TFg,r0΋k^.`]Qfs+٤$IÞ3,	yѡgTLxpޭ.}ksf5*F'JzcW^Ki]pTsĠLSè{%(GHIh#|@sn׎Zš yS
}51	'|<`խ!AySRLڃrϋʽ=Κ֮ƤztxtTʢҽ6\b2xA@o׊H ;ʃ׏k&ʉ=:|l\(pԿSlhMF6.&߁BO-Xr5w'PEFwI#ЫIGGףTP,M
y_K=![7_]vǓEb0OYMcܙ*A#IfՐJ\Kg-ï]2ZkrOASԏZdTfϵ,ڶ9͇g0njݍ~(};rҎrښ1x7*#|Eh]d1=dK8()9ǇF6diOr	E)|DO'`W C#egy u;F@1)vjMVf4qήG^fC?c$ӕ$fG2gf٠8V{16ӱC4&ApMu3sY]:Xm|3<R~NhoSpoՄ84h'=̭X[Q5Ԑ
:?F"8Ƚ3+AijxCٲ:Ǝu0r
bevt; Ԫ˨Qje3A:RcmQqkZGZUFШU8ܱZ_y'ʭpa~OY2[;=eGJ+`8Z' ɒOx=pF%;b͞-<8Tgm}ɮɾst3@r4[сNsܰc-IѴȣ$9;#dKR&E2Rj	nDރγIVPJ/L_ܗض$NC!vȐuPVu0Њٿ«E3c?~'5G|.YڪD
'DL5j}'oT+,>JJlGV)NI<Nxby:,j<t0<+
Fni0MrPߥse4%pʮ]6síVhU@]]{"oBQ7kέ_Ѩ?A9QmR*T^4GW6ߚ6#Fˁς>\ty9ew*RT-_QÑgC|NaPevq#Uʸͯ(;˷n/P)­x/L-[{5H$K{"0Wl<X}2N<,G_<86o;JwՅrt=]j%;'2ļzq<V#r<ۆ
8E%t^Nbəı<ǀU6svB<q]:¶E)^MMV\ۯ82vԥCSQҐZl7@3h`W^/}Q=|;М%dч|uH\Qa{dƎ-./KޠO(80$׎^cF>u-g$Oy%1Qyw|4ppcǗOr6ߚwbJ3iqJǅ.ߥALp=k0C_sAE9&!CuL`O.2wֿ|Ĕ=Z  !?F-b9{RHЗ=x-ojSHI
kO'!HnP.ul1شxҷȽ@U42օHNB!(;EĂٍ_	3eW'4r3g'HeDeb}ۍǭK˃nK͍b0zg4ߋ**Ayۤ0_'џ0FNr9ƊhiWo2`}ĬC|57()brwڤUM]y9:Bg=#=C٪?"
\HBOzٛxƿ>\nA:Ɓ(?\0DV
ђ$5jhϿŬEKt0.Yyz\*Wk/THZ>]Q-U2Ƿmӳ@>!:˻!Cegbsq@TEH(?n-'1Jgm\gφe:4Y`n/d/͸Sf2TݖϏmTĄI4`QI*)$d7mZqFH"L1i mC:j>{60"%T`hڼSy<SşFSNq,KMϚhC%X#UkVDR}h[qaxv|0?+۫T|mUpoH_RbNz%u ҧ3ClxalPUƛi*֥?|ccQ^3kqz7p.\'p(ͫS޹c9!	ĝ	pa:z6é-	:_ԱuIKfxH,
dy*a<LG,f?|܏8;;s~er^brg?
od		MѨr`%~t@LEV2zךZ)ϖ0e-6@IG%_sn* ȵP܆͊n9)͵1	BĹe/˴=	t`qOs]H`^D({ջBq|4Szro$!0şșձRh)[>4дS#d.޳oͻjCn!gjMKbL$HA#+1Џ(x3nDBL[1QP,2G0oCG/hI6ݚ|'c8sK.1'D~E7?3CżL{8('ay+<O?Z2=,ҞG׮3d3Ж`ŭBCZ+zgY[i}5oKS:Ǻ"NrvF>!R8;xMy,;?aľ~KH1{iBCBƌdGqGnzE#x+ymxV&p'ڀ	 z͓`l1jo9)ƅ3:O%nTf
ͥePHNqUtvmkqM&h4U?ε9jz!ɞJn.j`ƽ#ߍެTiٸ-1aDXl\RB݁v|Nd:3hƾ;{T%rOX|ȐZv0Q_euD^vkmQ"zyMz`PakڃR^*}b1XXAvO<%gjcwTh&z0ӉyR)PGpְA;!bƹ۞C@,KB`_cE%&
ܻ!SabE#mjGIѪʹǊHdl#1Wtg*yׂ"[~	_4j]+JէmȊ\RwMj~| ƐR{y2{A1;"!$~!!/U$_V'n.SרFKe$3N-7Iҽbs%t0'N]e(2k(>	,p0V%: Hܸ͚od,+֘k	Ӥ؂7|׽;RUtTATiŸJUP,ZPIo|18|m֊Lzgk%tk##TC1f=}.,r"ќ+\<¯Su\Hښg,Źq36!SʙQYKe#>NA4T+6zt7!#c!1COsWj˛46>;ޙ%d/Z ލqBknͮFwaR۰0ŭ+5kTƯyjGgxcǷT#,*O`q"Uu#^8qіvl8dq,Ч{)CH)Ժht̄4xߨJ6];7ȽЖ6h'a4Je܀YOlZ`I+ԋfdr
ؒ6ոˊmƳ|+\
Yug̠K0nF1=ю0|Sv~{-4Rσu'Wɷ(ԸD1bG\MUliͪ}wF0>
>Ƭ=@0E
&ąǼƖ-VƎN>::Mt
âwD0.(YD~8,+lX+s#FYPQ6`k5b'Py9^dG2mClφ1y'8IFVl(+}JzH:h'V.PuקyqTWU& &{+M,(6a4]4Hb"J1zIݿg8%z"r9a:-Z",]@'sDfv4+Lׇ4guՁ<-Mќss״:;'m=7GF+/7 ̥^2ע3xf?и,,&FteW;Տ?i%s^q2%Ge^di5.}y<9߱OU Q6OiΕ2WO!?
PÙ}+gJ)m7jV;Վ-@XZeL-LA7<+@@u׿53ax5'<R٨9f4QeQ
^?ت)َ`hfOzOߝˠO8w5W.ĪGHqm?VܝXMyMxAj
ʿw>ɻ&X"zJ5qhsk%L&I''>Zf5=&UJbF}jYDzsPAc'54qjc _ՕFcI{̘b0] Q[`ٽOv!$,!nB}&	enbM6uS=s5"WZ a1P?9,|C۫[v"Dp5f#ϛGbxJsh4}jpd	-82#*-֡_$[ OIPx0uE{qSnG5xd<X>=lM*D
ÒڍULoh%:Xfܞeϫ|Ǌ4bjvJzt8]\Lʎ(EHZZrIťT" /=ME=t$z@6(tÝ^W	ennXӲsIط")3	B@
!zSh<"U!f%n. k_y'NR5Ԑ`r%-[vz@$w`V:S[٬-}nN*&LgbB{\Ֆ~ϧhKͻ82FNq,]R Q{͍(ԂAMFJq7;,QHןkż<xOMIUm	+s˔K8ѢBżjD$PǶ})Zc/gy#;ϼHno-CO/yW_#HQ;t ۽_tiC^I	24æWa{TȺ^!lܡmYIMMՑ!	Pت1<ǝl٧kG%rf.q|fסFXPv,V#diJg_rRCJͯE&l|vRţ֋}iӖtCEGPO9)@[JFP+ur7w7?lLEdÕW[2ܢ85-	bTd	BdI=_/	Uμh{ h4Fr(כI(cM,|ŵvߘD*?oPT6UޏW.p^©.b6ZL|(L>.@cƌoio,Z>( E-*wRf.ІϽKl,0#HIjdsV҂/lf'	x <7Bxɖz0
RiFC~fn-djȴXs/:Iz.L@
SJxި}JHQVuAbt6!`d7׶ƞQ>=Ր*gI͕TiZ|/=џB.TvSlئ4
WADI0D{ȑCXiEjŬ1zc3ܶ|
Pgw('v{G :z:lhclk/Ġ&UO2GC(Ɔǡ1,Dӹ\$<8C6݉5;0ͽ.Lo'W9Ѻ#@KD5J_ߵ[ykDx/d]ȅε>_MƉxC***,+G#?eG.ǡ_v`kwIjm`#%~y@Hrǯp$f#ko7m Ȟe ['`#51f`{fJˊ)_$',1)
@(E˟˖C2wгɚB݆:f>la/mJ]Ӻm5o3-GEyX	Wj,sx,U`Gp6sx^q3Oz͵YE͕b
La3ۖ3*aK/?{q\'woɉ?o;
G$@36*Mv6|/+$F 1CfrGA@3pБ¤!pT"**fX\Q֖%d&d6@J]U͜kwEWǐ([[:
"ԛA./w\I'݄!sM3hWfm@7.ד,!+؟~ցOR@uw9UKd%Z^={DdC$U_ ȎhS+ȗΩtʀ#tAY*zQ1+	nMcK\$YX^S&$*y¾y-Ɂ/</s7VUȥ+|f+BU9%~~hČnp	b%K|ڜ.l!NN>NZq"%TbJj#KKqܫ G\_	&WӲ$aUhe$Z̥AK>â:\yt}c8?%AAt8fLbaʎh[z6xv; %7#_nw]M NR
;	r5z$`@v؅ZP}hm%_Eex".^[FQ<Zʓ΀	xJ2uChEG#\6ofў]qޑwҼloI@b+]J߹3"ͶTB.C+MW6iwp"o%Cp/H2T,u0cx! QX$_$U_*Wj_xv	Ģ81׾Ѭun4T#=~k? tzrt'rؾ>˥\[ڽ2\PX8V@AeNRXvk~hMd*߉zxa>~gHE_!I$A>pb{BVz~Oqϟà8ؼ\iҘB~riӞвXǝHHЫ'rܾ2hwqʛWy*]Ż&PaJtѕ'qq ȇÖ\vr0#+#/Y|s[?	~v4*m(!"ҥYDěM`qǨDڹݑq)ʨ$W _ֲ/aSݔ[#|v933CzXakڀ'ңV8P	v}	ɢV*OƚmOo!xzw	ܮݚnm̪CcJ!Kwgܰ/ކC?&sǮHGbţ,I pz7Ʃ);R?*6<o_u?6"lKռWWԋ CA	w]yKCWC%Z
,SKX3pyblo[>X0lĿEC5eXuHz;a"cfdۍGJ#ID2t̶Ys\*ՌEOaǕԡFBa׉TB[57> nܩ8_5@Z·B,r{]rki~MI<y.~Iċ"B1tB%#ބLVV$Dk?t98Nޙ(L&Wޔں4ڵvI.FTB,@4+Ka9ʒr;?(JsR<Ɛ}-UL/ܬ:if5td=)95KʮG}!̥Ge''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25002)))
