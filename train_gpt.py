import brotli
n=a=0;b=1
for c in r'''ݷAWG@[bo̙Ղ03'|[/՞Y-:Su˄KD?<>?>7B́!FL-)9zyE/cmR\ҍA4Ê}yexözKYDG$S\ƫLxƽ&r~s;tCW,FIT#a+@?x,+%jP
pB(;}jnU8Gfp:TQ]9,+RZ"g{(q|,)Fsv81qtA,CR,rɸt.L@dH}`Giŷ%Bbֻ87E2(ښ</%<ɹ{8ȱ~M2|ljAb&KU@>Rf'8fƟ?U&@ZFi|qЃ
jԹ^lvׂ7E0BGZ}ΙJ#-ُ߲y	jSO;jcY:_c{rfBPDuB1U݇>c=]JØx}u͎ߝcNqƿ[;@/&
љ|Ŕ;BY4s«1qDĳnc!f1d$mp܋!5^d7/ȹo_sVɒv<_wa!s!1ˈ	8&(<ΝUΉD7P4CD:1& ~J/nOBY-2ڸاUFn[ջf̈ʳpQc!]x-ȈSfWւvo!TS7
}#q}ί`McfFʠjY]ʪ:~;$p2t1OKɻD}ERҿ2,NFUvO/^Lt<9}AMS0	b}"Un~yݖɤLSI8sRWŹ7@#i}ܞhr;) q[g5LR0Ĉ2Suņvr{Cb}K3a9	fMs2IycCf
~5ڿb58Ca;}&)e~&Zg=[2qVߖ>:n^hBsVϒ
g+4@>A"πbocڦ.k٫#WanLH /qH[1pM,:'04V/<jĠzOkQ(HIG|ԎNHPޥ^TilCR0yn[۝:վuI2_y&_&'d7RL~	-PK|&Êg\#*5&'Up`igd&Ȋ!lkf.)"EPZȓ{n[bTg@4''!I v,7gǏ,Y/0L-f8m۪MnjE6sTx)1IӃVFԝ4j3d7͑?Y%Kz؄$~r@gL؈g!yhڷ"2$\,ki=c"ߖPo2G{\֧O"]s{קph`Q\YoyǉoFɺ{Lb**W{tdi=?guC23GkH/u]	ۣ޾#QHH7׷qϟ	c>DeW8G3I?ΒNT8ӱ*(R9b4,"5kͱ_]
տJb'Z>Ō@X!;ܾޡp9ޓ̻ݧXGaYvlaPPa\݄4|iվTYDL@UTb+h՗!̠|5ΫzӼ4;3f/ZLƺAMqcC.;`!mnU/pC:LTИ*\fm(ق)"cw|H7q*<O/3<J2s%Â?	UmeIKllјP7ܡyPNoD{h/)Ch=Tes:|B8͘D%;Ьeс8+Ī/>Ma\&%:UyqЁ߅UOH/x_droXy1:hszR>bFv1L֗ǛnH)qO֝STiuQ.`mӝ
O\7\uHQ֦:SI#9O|/S1#ΊK7Ĥ4hp6xQ
A&oX>b=>CӍ1/`0I><=	˃.0eqH]@W21,ݎPqa-Q(7ʗ߾N˟>YSxfa$QٍB:ݠns|vYȃ׉=&7aav	Ih00ƿ&o^ώ-ѓ}P|p[Qܳ9V&Bgǝkӓ&WnZۉka5.G4	Q)C|.Pk.UxK>Ԣ2^«݂߬,~`%43fNߧwkjjݛj*`#x9\ĕwF͋KUϦD`^0D5{.6*x{9v#D|}-Uh'Aކn&04!#(?Ghy26B<o`sTxYhEq
	.O='.B%tK]8EB#)X6
yYr%l\}$`F"2+)Ώ6P\)ȟiց>7H.63^gyO#)RBFӽ(@؝auo@ a%/9ن8w{Cs|zԬlfoUɍ@|l27be}Jo]t9%%HΝ.7֤sCpcDzȑv/=\*;Fcn! {==<n$i~`Vr+D%TƏ ̙"=J܉yn)ۑ s;5L߮87e{8xY7WlHLC,M̑EAb2Q+W{ܜ.?bמ}Ft
XZzQ.(|#.xyymQnE0j/%krwiN/"|=69cBS Ԯśty#E'6Y\"-Hӊ3h,֨Cz*&`naeCaF57`6?vӌ*A+|H_[ZVunchͤny';2;<!kډ;Ťm]T/i+)Wqo,*ʫã%ԈlqTwQ60tUs׻Ϙs܉8Hq(uۼg<&s qoǜlwٌ+(=ĉbKjgf0!%ߜۙ6͵vZĵB#D
:	[:jT9?6];߰8sUy_"8V^̄*$**i{zc\3_4e	z?.hQm۪ RAOW۷!*zls$"ʚB	+	^	Z;azmy|PՄ]D3F,h1q8Bs?˜TcǙŨ9 ڙlΈ/qtRiE"t͕mr|U^&c3C$9+9a+b"z՚;k0V)IW`S)ړsKtΉ,O3q&hu֊ytE`*شCFGglxFfGJ%<L6YyG7:6sI.{ePa
ȻuHj*:Ҝ ~;)Y!zbR>Ңx?˞ҔɄ #:m:!NwKȅt$ͲeeŉƢFa=~O H,.ܙ nrSeTМs+&L= QX>JЩc?
F\k+$Ovhn!ٵn}]/$0m/B7_1paʹ/$4ʄmbHC8Xh(c"#X[O:&0Ea`O?8#*	XblanL[oTV;7<#3/QtVcې2vɳWŭD'0*3W3;E۪?:3'xFǊ#*R+
{otay*t}W=oݗ,LIĐk%'4Ak	ro"גʧPHsUWNCx g|)H
\#o%hGmfODE>ҡ?OߜEl&3OhN3	0Y7b!˯8%QID{~DJY-$ɖՓ=aX/=	։?ÓJmf7||d;KIv0Q<Z5M?ɀ7R֨s#28d3WGWQZ~dY9w~2Hq|LG%m:Z9rY0z[7Bq4GO7;ɟڴZ4Nwj'Gp&9ڕ:%EMjbetF$diC`ƲfTCtaۇ̥><f?Z0G~9hZSEj2˞pw$|Vf,֠c!Ե"V|ӹLDg9U2-ʱk*rcɫF3LqLiҠS͙/ՉNsj`r҈Y=6R.k@IXpy<Lhc#(7I&e|'&+vm03.
CsHJS[fٌ>BD;֔mMȆQ0''۩oÐ>*2MfϐL|جu6FlF&I8˵EY7L0/ųdث\A~&TɱD[y)h	F3(F6ǽM@,qC.zRhѩ}gKqo
%q/Y\>AXĲR20&l׳}jHXFпMUXVX_[|a`)>҅V֍xLޟvpMժ:@x4%=sD^F{5x%dW,1ҕx3
ڿr9!Փ0ȃ΋Lۀ9OUA?E[&S=4̫XVJV}uey.vn·NDD_QrϹ7)WkFi;5	Z۞OLP_֐F'%kUT	XX7ʬjg,P͙'XFSlaݚX34qiEW|pIߌ	cğ>3o?޺ߟ	K )v_"*
RɮUyZټu݊$P=ۂ0z`(yapx0=Z{}NZ\y&Ç\̻yZ+s{RzӍ*&٣dЬ*˃fhLM;fv
ӓji8U
Uc#m
	[8eIsB{NWV mNǼ{ROƤc"#٢4B@)ܙM]aA[:Z'
ۡ^"oaӢ?Mz(.uh6":sfvTh:c%GZ0AܛKխU9h֨RHǰM1˳v"i8Z"(AȎ?FA[r
`cED\[Cڮ`BBkRGvƶ'/30{N8]kpvӮ՚Ntηɰf1ME]+w:4DǇyj^]1FE٫YROاP}*h
@}<po͔ġlԔYicdug%3Sz o$L<q1XQVl"ٔ=(W6[!߬ӎl.'#t(KNwW^+DP^]7T4֩{3R8Ąĸ9qˏIz	.nnR½4}t3Z./<H{?OOdo-
gvD^ dMZܥݏe1x[%:/mS10,v`EcJ:*MEݿ??e]f( ^?Йe?[[/vQB9 8d?mA!0_3t9[
+f]SE0afBܷQ.?A)i&=eƔʻդl,A=$=y'?t]Q֬nj
F|MP}HMW9DjR~I'!IwyUeǑW*F>ީK`N OɭjaD#ӆDǡR9`CРSWô46A312wk9kGݺk[ 0g@>R؁#9ahdt<B?fN+XLia%s
Z?VSl_VB/NS,!
ҷ9@eu<;p:>yV1ȟG?ȗ6QaE)#.5R2gmO -%j.vwt]k݃{XOϽW'*;UHC~]8epi*jF4%n"4݂VHTJ~4س]Ґ^BmVYr%YD^(&К^%=r
t-.$s5.}#bO*\;'-6=l"e7ϺѠ5>y%I2tʨL$3JWUmY(*kJ0`XgkJԏIǬ>GUf>Rexq_1;v={80àOa:R7*i&YHzu9^)}$prCYz&hyK^@%4chۢ'V o(4ƃi0Ɏ0Ğ|&gv)dd7vk
wXܬrN6r
.{E͏oED1܅elC,z̫֙qu@j̘Dxq.|?+?ԍnƯO.כ9"=qin:_Ǫ
e̡zFjtc/V%ԊnZ&0qBӁ(8;yƺϺ\|YՀgd3DtYmËUypä́9eEDa-IzD1THU5y֭Vqvx? S-u%;``):O|))2'ESs%`myZXvϸEirjDr%3вF-@BkHE	WFz*w{!D!mI)o7R۹F"s}ק	7ĄO+=O"^jt1U7]vґOfF-ܿSlzP{KPR5h7φϚ(9Wq&:M!kPa.ljk[ˏk8!¬4K!{e!98lqagFfO$8z-ag{>="T;PM]3Lx_gK;N^JN=
ޅb=EVCDzQh7Ԧ+>+Β	Mݫ0H6к9ʡHQ`רa14Ř6$h)Vy[nՕFǘR!n}Ƽ	giCMhrbߋXJڕә !nnAx0!=)Ǫ@B٣^'(O)4*c2tAì;R}:7glir0GĄܰ{qYT+'1~CTҘqD>p6<a֐:٣kZE8GDt2߰-]=?}p|ҒaB^J[.WB	1rV#֮bs~v2UO|i|61<ޡ"|?u
 g $itu~XM{2?Rأ1&h*'^[/XNְ$$!zuT6QWĄgPpԜWFCU׉A˭
ϸ}V"_pSި}h'}'sҚm/1
1i>RfŘB UA&HzG"u{^EY!"o2;ӗ9,܏ښ}Wh:!Hy`+Ԃl7p|jT܄%wQMc	yCѦ;ױ-#hLPK6WH'D;9p"kݏ1>Ζ?Liusĝxc;deGUY[eNK0K|k,̈ejK0OCi'&ab:qqbh֨Lt׶?e)
AaiѬBUʠ?1rzАAoDO-IW^fJ{ULgt{8k5 P$=c|QKښ<?QuWr8;Hh'l>{di34%38L}}1a,nՄ޶7zA3FRNdHr[Э`@+&_f|],3{,ց_6>(ܪRv5K|=T:4~(32*Z&|IzP[lif;?~#,j/˻vԚ69#20GW8Dn|TزFTf1F$s+f@̩Ѭ)ΥdD8Qp֯L.ũPد)To;̛Il;F;[Rj
%5H^Ŝje5?px 	ƳkSk
O'<'_ɋC@[utEG@LQ+ı3YբMd6ÓhɊE!Y)@3|vNSוЛER?L=Z3ՀJ7b[R<;GO98
ǿK7]p>U=.O3P0G!ڦxSsЗ'ݽ10˗
^.Ϩѷ	JX$8\wO&{/nbЯMPCvS8ۡSZH0MAxH0b!X )K-ߤypVFZB. vE˨;gUR6b v?=:yʀԷQC/51phIQ)ظk"q
2))M8	cUWd8]p{sʄ>tbDfjQKri%dJ'tϨ%}ͯA| [@&9cUc4iԇ*/
Sz:$̵IcL{~'Pa-xvMƚ||VaB!	Yس=z	@yyf3ld{)tؿ˴7
OyȰݟKBtJ#eǁ<Žr~ձDxNt]ZA͓QzPxǍWH go|Mv.{/%|FT1y7!2>«~@ˀH͢TG3%O5JX8Xߐ`+\ox<I^vGq3?h|!/{[bS͊iɕ9uT;Ήu'(NצzʧD0`/׷!f_.ki> &}0.28ȑt/Z:ݣ׫j;_v5nzTi~щJʦa-YˆLw&/ݚnGXͻ>E*n
EKlM)IWmy@cT20RB0	9Z2rիQ3ޛ΍Ȥ6(:2[T^Ž}E` 499m^J$C+MӪGRRʠ!ׯ+MՕΪt#D_Q	aճjv0nĽ[s\_r6X*_	_4|()tőE>F]\͟YR;E
Iu݈TqDA<	!SdT̼ȴТDqԘumոȺ}Fk$ۤЀR|VFD"9'OO,r}к7Vrשө&5^gwM &c,.3nsoa]u
DԨf?=mSr M*Ƅ	*ٜ+tЧNӚXXLl\L>="֣P8Xҥ[gy][rߖ7{n٪jN;QWE͔>q	~|N1r|3{PvA\M({X1>{sQ_@/܊wȖ=P;4\bjbgƑܹǆxC>wt£SՇ4YʙҨZZz?lęIt{H>C6^\:a$i[&ط.AZʴ+si.I.R#+6$U#Qn:h\J1FavH{dd:/aH3E؈pnt	l4;9AGĀ_vW9oH3XzaYA˱&LfIPlG03_l2*hv^PIykޤyjjx }GD%JFaCYA=\plzA>%rW5%W;Q`!
@ߝMͨ=͚rf+3=%cʑc}LuA-sw~kƊR?}܃2OfvJψU%F6?W߉`ɿItJgץv٘̉q|"KeXաn(npHAC+cm4\'m,â?XYpnz)Ń0f0 st]Jv9*ݙsj_#<r2ˮN!B0y
UP_|<b&HXmYJA5L]fJwuڞv7n"؋[NڦdS`*8Z{`iD3|l.PJvm[ &||~HԶ~,$e]Fh
ZPo7x'9uiD-Eu[	LP6gڪlFhcSc`[+ڣ>/JӤf{	o|aġc^8<
؟4}qԒɖz.ع߈+8xO*Qг٢/Ye#dI3-|*!J?H"O@<;yMC|L$PL_yQGH]FYx<G2'wqT7;5DyUݍh!y"UG=?ʰݚ'cxp}!Ԑܝ|{s4hVQ3'j|eHMDUa@לms93ļ3Ӂ*0w1;yzvv./wI@_T}	01ɳ|wŠ^Wu|׋Sk,m@=bkL$*b;"eSt=IWs0N2Cjʭs<<ҥIX7'Qr]5=PzMͷF$_>Jނnoh@yJεԺBGP&+z/0z͐÷q]z% (J'4GHӗWxhIT&/K-ci.C{LZ6ҖR Mʝ_Ov+hQU@H`PƮ[<eh|y).hu҂]E"n*iٙ&ŉո֢V0&*%Uaۼ5ḛڡē\mECĎĴmj^o6.R۸&<p~4Rtciq?ϊ/)ē7;tY/E΢qߦTW
h^ЎgCeu/A}Ūjiy_?,ת]K3NA$şmܿ0_%Mz
n	}z]Y	QboRG.|y
k@/h9Gߛ]ٛf|rjE7Dn~ϻT˄Ɣѽd|ژh\z\֕E ^-AA[94rǋn
wޥO p}ЬdzNRs<h	Hצg `y?t!U=X/+D#Ʀn`=B,4÷'	ZؕL>ή|ߣ284C:-֦t:,
{I!GI̿u+$+֐x:X%XllUsVg>WA(rhٓޤI"%[lа;K=`-(]EZЄD","C;B6oo;<K<qFx5E!S^5ѣ#y);K;memNG-`-	.,hy~/!݃yF*Qؔ`۝ɵG#_	;|	R̅.	Amи8Σ$:C	XmŝAtg+"eϔXZ;b޴[Sb~*iǯ6&LW^sB.A%:h)wZwlpQDaւuKNURƉMێ22WŖS^LkqUu!Kеׁ^ǌ ZږpmJІY6#]dr]ZqY9:cH-#h8[|nvCSa*H3mDyӀ~R:Yr}o	Z3'p5[|1fcވ	J-0Ϲحg9JWFhf)	dSTW._|+Uxq3׵ϣ1čTX"6)#C*w	ؑsB3'LM?(Xȝh!Hx8<ԐXkv]ZS-rcԩ>4߂>;`,Kle,$	Ӟkv_¶s7v4
ŧ0[r}Zv E7v@ք^}pϗr]|MR&zQy~V+q;ح<tyďS"z#şvN(e @F}=~lIq%r#i	F=Hzeq44DҺ*3ц`-K~%Nի	9yJtܖh0TTܧJqwܭ{{Z^z5ɡ
VW͆cڡ}e:ӭڀ^h&0]![yS(wwt6k] 6Ӧ36XmQ
3})،s)gy5mm.3Eҩ4/\z$A])nşj!78ķL@kh;6Qo>[+FAxd˰s+іYl˦aAҺq-@NNv[WR7DFñq3=KdLٮbݚ	9kF^Xʀ=҅;m'}k	Hf֠tgh_"X		J9\xF3]vbR7ůT"SAH˔f6e#nBTw
!w_vɒ;,]wY vz["H;2f17q1Nb2":*ߌֈ#sPiu*˯).N9	okZ\B>HϊI
)ܟ
>6.TEYfV1FHN"'NUJ hQ+[>H${F!̣O;(t]77˙[ʆ3طWr`&r)bCe³ǻS#]7>eݒڈFy'$Y''iNGMw(Wc	߬::Iy "`FP;)a>ˇ h§`\^;~!5Zۺ#{6ćRɨIܔ@Gۢd\Ģ4o˵ ZzELUgXʹoڿ<A[̵8L2v#{'2ײ4f`#x݀#x>e;
OF\>[2<ϒӌ6Ȅ)9ft_R]KHnB)sRrGAը-hƋSmRKѥY~͹qÖ߰MNm.^	63p;
hH(Ŋ3W=v{7Z0Mv"l5d^QOZWU^\G4D>ܯG2DUD53%r`<Hufӫ6JxIwR}"aΎբRPZZr!HaS_.nWĽʀ'iV])wЉ9K/Ɂ281dH@H8];g`*(f(B#f"Hyc,|@am{Ѩp=T'K:9NcRj@\͚Ҝ]v|l-dO<4bý_'ӷcZ)E^%d~&*ڲ;J;Mk+=єq4z@#j֙w?3֜{>sȚB(IXVaHd Ku^v_har:x?$z!7h_J>f/l7R1O*GUϬŗ'K՜mqacdPVnaȅyũ?@tuCH=a/܉2Pٱ1Z+ըOqu|ȱ,gנ
}ЎT{	ɢq4w#e`=UdKJjv|F8`7z29d)UԪ^$s;DE|CrB1N5ZoYӒ@њ_M@r
J8֗DK<S?m;:BVw֪j	~X8¥VB7ՠq>hҜO׺q_«n`ڹQhl)ZRBRXeMqϭ<R7-VH(ʿlqwԕy|_Nvџbh:+`^w!tWv%Q+ɾ163شVpķCqg]śRsgBۓkO̻Gǻ]hNZYtMl{]`F}gݸ<aWߢ^GZU;pO7ҁ	/$ !jƘ.c,.zĖԠdIH!X6ǗXAji/۬bT_z192@қyףmظ|ٰ479X3~6n	ij]Rcc|ު{VhRIS	E/)ϴ$**Wa\Z<	WAAڶ;.Gg|a2{7C|3Vr*;2^;9>cIʉv?0{@>מPv;ӜO\U2ѧʿ	B&!Pdk/mmxB MxdZB)υ'g94ԻВ '8(hfC Hǩ: {#]!x/
:q37uTڔeML%XI͚*q`d$wՏC\GSǑZo5|J2~$odG'ޤI,PwybВPc^kfŨ{lɀV``-83D;Fόsw*eΈ:mCrNsZqeU0^FB*I͸bo,ٝ5%r
үU1-jƳU^!Ƹd4̄"TI57R7IZȳ0?g$7$;!SD3$Hwr,wȚi(ʻ%OC(Gux!Z=`2Fpi)͢!N{Gdq|6G[̀Iߤ"%r|KCDWcEٴ3yt+>R1L֠6=WZjHNK^1nWOa7x?3@+TGdrc;A='f-ގ5 \WIΠ1h$(A$:_=:2ϓٚ5zDӣ4?0tF_Ǵ3|,{xzIӡJ\01=ͬTeD
xT+"Ƹ/*~` ˦7g%m |!JbxϏ[b?T½_yĒuƔaaRPPNOq|"qG==_v<`@w
ɭ"6HܵWbS·	^u.0`s'Oʒ?9ǻSzyZv"j)WQ U&Ǆi0]]/ʋ,߹k[+ 1ƥ--%aO1>v\I4~Ց@XFLfyQ8"&CJ|WtպI!Ɖہ=-Cd5>{dTߥw\Qu[sVr:}RYɞdҙ0]WsjtBV߶-@90Z
͋ܓ7YUqW(FPbӖ_F-/mW΄kO&L٘?D2]<q>Wm8K_Úѹ.t%ȇԍDv2T֋2ͧ%
	B:t?ֳyxʭ "T*޳>TDhX6`i.er1*ڣi[d$PO?טp&֢}Gl7ѕńO-SVB֢YELՖu̪78eAQbROk].Lq#;IR-ȀZ45|pPлw
b^,JȩPoB*&MOiB͙aIFWDϽť(5uctzM+):{o1'/%~@/Zl{Xd_S'91GҢ+n#dwsb(*tVw[8̳UQS.?SÞaWq(٠<.h(V,Amc&a'~сY0ǳn^Ӌܤ>d"Ѽld2rr`"6ۖP9{Fl;IzZDc$;HLwՍm!F+?E}}܎C`0*`"W:1.A:{s͜[nN@2	е4TnŨqƫHLXv4+:.0-Ƒ<Өx4:DAW)5\,"w|5ӎ[?Y)2CXCa،c|Z6o!v֑7y0(QEq@!|N{1Tʘd6\adaZ>/69$T-ˢm*fv.pvTOM΅G۩nSƩύi?MV`13\P-yJpĬk]8}n0rV%-jbw͏F~";wљəҾA-,4xPSl7X5]ebhuTQZrj&\p7!V~̏R=P") |1c"lPTpNFko_$Epq,w>XOU}-,bϷH2g:X:gFoUfZ-6jSGƐ<	14+gXߦaH/w.d,%4/0Ņ g<Sϻ%3#}_9Z_T	l5QE
^k҇G@eKkAa	o#`"
;12K3{Ih׀zY7s(}QHs`4.ɈڟMorq.ZoɇOi6b_J#=r.?KrijTZFΜtL6UAg:?ڂw]QE#9>?~6π>+9>(%/ٻU`fu/-K.(ҿۑ.dN0)q0ȩ]^tw5xs0]|	A"5%&Q~ښu4V4ƻaBշEԈE{ێ;[PxNneb-5WP~)ʩ(wrAc^LY)_0~!<8G*,s|sqo^QM߮Ա1ܠg3.807[oEŅD
X1|}nciK-я*c<fײrc}v+:%^_uօh:̐yOB=LC|s;s_hN!dhsw@6׼XEoI|Dh3	dm`+4GJ^${TZR1i4qg`KbXAqķJ:~µG8C)x>%+C==Jr^RM׸̫7g6[}ƍӬl'vѩ\"=x_WPq¥#A\J#ރ#
ҝԜȠޖeqvU	)qn~b!D۲aE>Sp@!Srk,yJ)jKeׁ{9oGFΥ.Pv߭jhHmVkʪkXՙ>q4<p]Wk~ʥ_̱F
Dۆ<=XUZ0YT.,O0Sw|B{3jΞ*uW>\yʹϷQ+٪-wI$|uxIt}>xܕرHv4q)=ϋ$EKiqu1=p3zn.۠)BƱ49I"Aٳ'`/ՂlD#rPh?n
~2U3<ʦҠ$	kOqWvD5XD)+<<.[ХxCûwBVVf0| Ti6ΔԿTZ&=y\'H{0Qx/.'˨2lΙsGd6ccܜpdG{$כkZ@L3֛3ev"-^[pێ?y:*^Ի&,v\2Қ:|0R*LGM>_o7:2-m|3<x!z=*)OFSڒ'])~	`+r7x/;4*	a¾¨iHVW
W;-o^PXTQ.8S}RE"j#e[CN\ǻcm@nj]M/)V-%jx]ݤ.GmXXX#lD!FҎr%rdDQOQȞUci;BlP=t|I1lz5mش cB.,
%kj[{XyֵeFRSުDv܂4ȲvCnMsNV܀;4f,k$8؉=bX_ +Ȕf|ˆ^fXОw_3rQɈNV+#7X\aH/M_b}/pIȮ[Fe+Yr6wvQ>Z2vcMI638%!cd/3h4ºl!ߖ8*wHW gQȬXT"4Wv̗o_ o@o=КIkN{]k\tVL1}<m>3vu):9!aO!.`W~3ό>xdn(VͰB__J9HH:@mB͐PX2AQțWuҭ.V1:]y[~s#}R]xo7S90܅ok'$Bɤq~y;#ƫ/]o,ֺbsGfBrvC8AY'`i/LALٱ`t!rn7>a0zɬ}ƥ&:]QE2`U֦G{\}KBu[7^%IC!5iJ%QZ:]16݇"JҍU909@&u_+SI=$#<4/H>-%9U)US`2Cwfo݊HR61m-Byi/4o5x
<&¡z5LڇAdDQ|9Hϳ$EXϱǨ+پ͌SGf;'(Pj®=v(Tԕ:	ŞQuDAҪnЊnJ$= .ȌBZ+	#UyGhƝ:bFB=)u1#)l">-SICFv<7yy.J>̤ަ8$plBI`O"Sj^֐5CҼiCp8[ȿ[B/	B|Sw%¦AYAʜSi~*?L26}ҧkM=i̸Es*i=1	ޗ>։C~B8Gmיg~g<̀O|Mb%Ƣpƀ95D<"ńH_֕*OQʊ!(`tjGkE\BY[T`r35
:=KxkĞȶxL<.hO.(l4|T:Ͳ\ئ'n؈?ǩ5<~vc>&u[?)$E=Sְ?3viۿUߢ*Mk	^յh.bK,Ҋ?Ld]ٙz,ٛ(>m@E̶6gJBC|D&b"h0QJr"bˏ8/+^2JߖV8
ѣxhy4ƅ<˵c!v@WA˒JS/K83K~5@yqgU-?3[z9@+N[ڼ$4	dB8-XIcLyt)/ߠ2b`U%ڑߌwlm9ރԧ@k+=v:gKyۗw2ߛpirە,w_QO*~TUdl7Dk$	rrz޹<Яaɧ7H
M*!Y"Cm	=QK5m	mmc)Bi,q:RV5ϚO~V.KwɊf+MŋȰȒyzYIO^̉TT9^Cw9l{P,m.Sɤ %Q4Y$1|<D:Ipj$1Bsݏ,QکWl-qfYϛ\߯q0bЙ>?LCѳHOb`δZ')($yn{WZjViܴO-(Ǥ&r??[.GSkib:P~<qxf&oӰfsԫū(	v>u0_(At2Z"¼:ZS{in) Ҳ(?Y
-*Gk#4?Uz2:^!mDPܪxC|
2><V&S?MjMuиB5~)[H J5}Bi8&zH;N'+OmDW`ZEX$ őfa	2}W0`"ʠQb;r}aal
_`/UlR}^Xz*ݢTGo{=ܺ=rV,АiqanXs_M1gQ5#,Ĝȓrmιڢh@e&-{Dĵ&4usR^~@2ϒDKdC̱RdDJt=l3Uͧ[wN_pŶ 1?%<#QGRcxo=դӑ8,[Csxx׉	fmƴhN]U)akW΋C|U02H,j
Ht3|Hӗm0",LgcRJ
fr<uŏz*נO[eÁMɳ4G_;ڻ1! hEFd۫8
߉M/bW%L+Ȗ9תe'f6&C! di9ZJ'4b1QǕf(NG0u3Eφar#.[p"*cՁTC;25v׆W-Nےc~u׮!A,ބϟʤooyÕYhoz|o#|kjS1n-C|X=}h-Y 1;6q7T`W DQ1z5ΩoȜ
K<UJf^+B2J_0\~zN4u!7"<Ss4X.Ӑq($;"ĝ"GDh4[>׍Ӽ%Ycğ7h>9O.D'·(/Uu.lݵ
JOd}ΓtK±	Ç#(6	=Y"RFIP½KC/?%,PD&.!i+ץWc
%fvp8`+_Srá*O{@3ԖvV3<A;p{ THXuI֟;s_ ܘjd3nʟna>)&fAhh܀B-K=2V?lgRR;ǅ`3T_'אp0s}78Nd~~(HO386?_[:G[Z"n2gؖɜI{$r?<{B,IZa?k@%
`$G$hSި^yb?
EST-@Ib˾]z֞Tk?jt|'Ik^|io@FzeO'1Bʔ<naV8,9V*ڈB<rMZߦ6˼U+އTAM0$C|<3tn=	uCu	mU-1!J/A@VGN|gCt$i;e2
7ƪh$ϷuvVzO3!f}Ɇ,GcH)1twlKg^*YYɡ&%FrAd|*;?͈#%QտZ_&]8!UgJf<H5P2>|ŨD֛i]BHw. Zbƪэi@	D̈́C,-Ѕ,nDS\8%ӑx<a-I]ނ&Ij$P{_<:F]Ws Bp{=,Go˷[/[FBdQvB@ϿX)1Me۬q?hdg3r֑nRf&пKiޕuKNl:T6OvN'8МϕltFhXAfvݴ߱yqI)Z\)r3?8Q[W^e&YҒu(#$ОʰSC?':7En`
Lcl5){۪28!6e.{| pcqΨԯ~x:'	/s?ʀ^|%f6/Cw(۶2]϶[<jeq^8lsDG<XBj_*	c'&Fs޾9y$)vI	=uoZ\8K_wV/?ߞ]hӴ{`.xj80Jd`ʺhc;܎0PrG;VsuRّ2ʓE0eRX͟ؽ;NLֱPQ@se1z<͆)lOy%{?{3829/>@|[)m:eѰjS6\>7¤S#9Y~MpCTt^R5p".+3`Fޟ.be_hc\v`[~`B^ܞG9vĽDQXk;>bn[_J5=q8Y<6y}UQH>%cz̗f_jɖ[}:
mdvX`9}Z̼nָ9/A;ՍmKK ~F8Yit?Z[vCI=-ےY҆ߡŦPdX^OаЉijR-1XoUՍ|/*M/>*[h1.P-ڢ11ca41nǧ$Tl++(5ן{)V9Y:b΢Ҥ0Ld.B&i'mZ@w~֯3Az#t֦1GU2Jsact]Q#`pΰ:عAxر7V>#gMlsQ\r?&lC̮2HǪSDs˸	<p%;-I:]HIKˡ"$Δ
с>Ǌf@E`uHI|-Q̫0ٌ8[W˳Ld]é;C>Br!;qDĵs<cewMT,Ji$OIZ^vnzNϤӐVU(^zpv9ے8\BQ\*4KBGCVRuwha?gYMG#PǇpTv ˼D@a@܂$z\tr2uIi6p&<ёؒ׾3{'3YZ*\Õ6Sʣ}#Jؾ-^|:[H`L.X?kAvtԕJPd>orNIpS4u!1mK$#Ɲ<UrۏeIE`i`ۂpzY*	YWէ.=ϖM2N>QJI'Fԥ+^v@[_\&W|M6uI5ctgov\%Е3|s˓ܓxY?^%>/dLѶwkȹ֒Ȟ[FM<@~m58nmqT܈r\^,YB5j1P}Tk)UZ*=fl]l+ra%3{*ьDpb	
֝3KWX*3_poͰ,˃ɽ`uOomg8]ѥA(>zR!A,?m{ѠKF*ndZxАصjYlb'ס	i`BfIi6ԙ0j8/̃1n!_µp;pTLr{[m)ek3J!hī)ATtU~ty3$@HWu$jWvlj]/|Wܬ=K%*][TI
] )0߬fvυ4acBV(б+Z;P?YCַso=:ύJعk"pkBpߏG#5̋AbrS.7[8!a19vJ>t>9Fl!$
Q_4uWY/S#u5J 8ȫc̏عa1~/w'&{8Ϋ;z˙bͽʩ Fŭѱ0=G hL{q@z+-Dvhʄ>F#9(
9jR2_wZIȧ~[?ՉWU>;L%1
[~+a<kNτZN8FL-aY/nfp;N"KmFgËH~ufEvkSRAԊ!:zjsɎ7	S:q%+ϔbnb\	n*pkBӸoV3WmFB -f\qӺ3T~vYB)oh6I9'_g*xs]&U_xfba*&(܂CS:/ʯ+ȉz|	Migol$a,=#Ru]Վ1a^3sWIz4,Ӕ@]:µҁ~m}:z2eRdQF۵Fa<Oa:lɻ1]Hu9^CGIߚ)ZفkMѡ'ɉ
DvG5I.a	UهR|hi
u2
HQ}KHtDv}7Dp'f*
r}֮Lm;ň!2F5S{PQűث3:el'@Y0Kqnl-_"tڄ}ŉ^-ߔʡ!w7#ܕ&f&>Ӑ69BQb&,8a$|hΕ.kkȈa^cˡdɹDܓ(AJ,ڔ?9K[Ѭhy~İ]N|s:-ŨȟOw'@Ѱڥ+ԥpӯBbհdlh <	ltVCPdOŬ[^/%gqHBȷűj$,Bhc9BZܙXXGR1OV|Qгf/E9?!4%-Ӡ#ÃP7LiWZY{oV]áy 8߹=0vΤAMޯhހ܊#6	FOmv'|*Sp/g*ޭ	6bH\'r9=H[fi4ҖSJ[cQIcL/wS1X`B#6Uu~	+qf9"BjZ%9ET)+`'Ρ˚܁km?7LDYC2Eө4ڗ0ą$sYԦ#@`}!BpmM	itɲ^Ҭoq| b{6ڡ8˝Yǥ,gؤU-VLH|S+.s $/wFM#3<Z̞ƇɑtňfzU62vq|#s5Tο:s>ʀΫ1w^r"yZQ	Ʀ}\SRώދk%k!&~7f].^}	xUaUrSZЙвȯX4bҨ]/&+
2*wazDfvE+m]>&V:tl?@/ٹ
ոqtuML|<S&$OG˟GԸƚC1|0±$Q!WX!nn{[>	:4ְBr8ZyR?.*çd\"-ˑJZ%ƍ>&ոɀ)T-;	OAQ"Ո mo-Ǯߺ:ڙP3.9B)tێ3;]c7i|MC+(i٠[HN8ɏ8#hTHd2Sގ WucC΋p!GLKgR,\0T3|*ERO~	2f<&ybj*̒'΍KR'ȕց
U͡_mF
X }aC+ܣ԰K#$]U\;o a=-ͦQkȻQ&Ư`*'ęjBhjՃ ^lnC	tfw̏9[%ϑ~:T8ܛ/<WD<"CޝՑ(oũSW~=g1bfx?[Z7A+ ֙"~qoV7;~yniHmh[zke?B&įY&tqcܦJnΏet<"
:(55̌ʞBtKPלӥ΍-ӱΈwDjmRa͕?v`~iUP۬6>wayhB׷f#ћ˜ܛ݈/.ؘ8'BzvAw޸jx~9mr\)j11Z8ǤRܤbM-QOX%L$23a) 8q޷߈:L[G_`ȒNɼзSW%oSyՌu#2 R4%Oӏ]C!V˛s%H*IbhF`ݵX ,?tWF(>1'x*yHz.W=W͌0y"39K*@~S2zx4q;? hrXA!vb>%Xur)5O[#}<HäقIܜMQwwo6(<]ȴ+.њl(e[|\*	JT
Be0(&"Ds&ʔ=fOԠgѕ$q~`g1nľ+%Ķp@΋9J/Q4ͳUs}v0s]|ʚo8|'"ИLƕd9w9įDb]Eġb-x֞.!Kؗ1o,ԃxl8GHa]/}iYpzPv1όZĊ"k`-%^chGUY{=e(f=-*p89yx~`Ro5`ŧl};jv&*YJfj	>!x7|^.cYGØ»:3aL[i(i̝?ԱS{h?:f-`GЋB=]=:Y`ND_dπg~$\:0܀v-V(p$wуԾϥ[	:p֍~-
([́tɖ.+Ʈ>V`73>=;Ι,ۥMɏHѪmtgUͪ#ݓCBr'$mF`:m&)a-(4Gvtn|S ~bd_Mx`fiƢ8</LݐΫhp4@7 $xn*k3b:~LJ-"\
M,Ghas~~.ء@֧`raJ*:$pTbs"
6wߠ2u	Ϣ_sнy`BɕKh0nNabjp]8֞yГ,yu8C"%ѵ{3#֪ݡyw{1WUa7܂ŚC߽zi7$:; xz~dWܧ\[eFGܼ?+A+}h~5̌8z}K,Pk ŕ`ʖv{z41>,b8nŭ>qyQOoR@ݺƎ.Tú:<>%4#=D^GvXٌS|lD`0ԓ1C M0$ʢ{;TQ9h`^(ťDR+$Ik.xWpbL6)4۸X"Cf+=Q3z3
u5*=T?3*&A/~{iAjEźGZ]%9bRL[W;ʰDϑ{*jLi\)J)[Mľ84'-	&(};$n'«fOÃw9uX_+:#f5jNGh'*n~?Oui<ެ2ƤoĴJeZO|v6*Qӟ~)ש`l4қ*X0<M'&zi݇"-ƩT&/CBRM0O'3@~ysT]g^{P*ЋtRDW;l}ӭ8Z\mЙ6M@z&XMy_s[Wڑ=+xu?GyJVg4PfXYĻHc߽x3kPFɸNU*~8g#<h҃-ܟΤ8~N'0[{`ErŎn4	2-gttӃChh;FudqʄeB!/.BXYƪtuX6̈Պr,/L֥Cyh\&V-d}SfH*tbuѫ~ʗD'R/hN7'LG*=hcơ"x%3?|@$Tڻ<ܢ
oY:-,U<Urȑh0M	t@	n]ʇ0Z()Rv=.9zZitlt>Z8Qƪ]gNxh%T9wbEX()?1ʦ2ɇZa~[~@L1K0.8mQ"ʈns^24ьeQ[ѭݪؐkZ<ZQw$I=:xЭ"8-޽S}9H̽tq?8,dYe95^(9Use?{([טQ.BzP2TP|Ep(ٸ
D%b0ÎyuܬO$N#Ɇ}ZehyPv޳#(E[NēX&Cr%£y4! E͕~""SR*?}Vt
{}=wK'[ܩLdyO8EYѷwN6٣k\Vɘn8!fOs,I}jgQ.MHz@as-*:EHCZT5ҥ1ߪ6/e]O01_9`f/tWd?7je,'Yԃw<IaŒN;Y,/j~7˔T0<f
fÉ;_})=9Y
R&Ϣj
b9U/OB,(kNбݸf
[W[pC!u]%]a,͸"lYQUi&Q&0f7PA}ܚ5PI$DAIrת^ZP+%~jhB!˴gձX
Ƥ-z"_7l78W-D{QVy̚9q
[֢@{wN~TkA#+L>ü8Y18%l'0I^V<?ʘڲlQB|ɉxb2d2¢`(#.N3D&#wpQҪ~by3NEP	ɺA!J̓tnجl!s_ϕ2iO7!t?@i+͟V-#6j=]bf(L"֙U.7$AXĔx+sa*`Iؐj~eݟISDͨL]#-m[yl صmNfa޾Zrf,24#"prM8jBaH2a57u,^Վs#meDvދ.2;
ղiDbӝO cȄ>3_%5>FzLe^	7%R'J&MlBlΧ\hbL>	$ByECu|̪ B7י1l2žGӤD-0 3k@S__m̄jY&4
]MwA}@7q!bLyQana.@Zp3Uů]DFՓLV[3ĭ@p?qKǀv_Z}|ܨ7x&h/#`YbK.%],ҤڇF:1F5Hޚa ~{ߵ}2k	o.7x)~p3VcنҠlMzOk)6L˙ynCΊǍ]&vֶ3a+"e{-
/w+2z$ӰsiiٰyMЇ8T5Lj$li'yEQbz=DʗK/Wū;2M+#"Yׅ-Rd9@,DMp9=)d{~݆T;UzҊ(1ӑM'>&KgGNe7$ӆDoΚdDUL=%܄C%vfuGơkϊ$߼1;#X
Ǆǂs׉uҐݿ"qo}S5ȕM|)CGe\V8KbBD`)36^
Ãli
LRIp{ua{ɷJ7k%n5?l3:'j@xPW`x,65iS97;2kSD2Q\A kNe>J٨d$7@]lea@n~iڌukܥSsGKxq#M߁[@o܅LM0JLC+̑ߌ4I^OM!r$oUf[,mD\0ўֵ8]n2Ӽ}E/V!4<<.7rAE.xoECŀ?"ɒKgt\^KNټSݚ<2t/Jz3Yɾіxm[Ȩ-ƫG	B2+׀4Jr}:a¡Т,RAɾLzܥ5gLTNs_f͘ovыktǢu`کj;,҈t	UBR;`ɬ^+hXfޓAڎ!4͡#Lv{7®Le1͌a*|/U3Ԯ<֢=jaobFvp*Kڷ9i(5dScK2*VڣToM̄G-7x9{Ɂlt
\\X<ƩdP
UО.[M)͟b~:ڄ
W˦#/6(A6/{J&^/h@':
o}d<üqߌMzb<
aT0p}٫I6?$ 4MI5,c
S<xuٟ΂߽\cWqEe/ ]7!PG$ j!؉oɅݢc~~4e^:Ǩ!ރ+#K%7٫P5E+ǵπܶ2Hp
mUsA]d"b[Gx5<6^"^+Օ*wsTzͨ)SIple`czǗmgf-o*#6D,P@ǍʀґVlfU׀;E-Ð,&٬L	8`]+j%`$4ΖA֊"1}s]A8{4LD|>5r:Dq˧jݕ:7a:1dugh(GqQd[HpC;c$Uc /,99TeBe	L3e9^MkێSB#̼wzgQyM͒Ӻ79]x800RtGh	7{i*dEn&!
;va>
ceA0lvNKIv24)Y7/%dP	® L/R:L8'wCχnm3s1]ˈs}TЈ-XyΩ|TZ'9_x?emċ{E>Sf6"'4	l3[m'+*V/4	5VB3VT^ ?HsYUӭ3,KJ^^yۯMVϩ"@?=ΒЀ_Պ*>jSkM!ada}
½	tIC87PN_5[Ț(Jr̃L({6VJƴ͂(=m[ǡ`iBԁ;ɍƽ]BU8U	xN(Cjr5@^mc/ܨ!7jkt&y8Yb"i]рzSuO	eGϞrr҇-*&3̭b9._]uz6cX!*9{|~~zrуYwQ0R֛uT\caʤ>x$ߐ]ofeRʋYɁF7Z+Qg(CJü-DOHnʾiB$SVT܌3˱bЏ{d?:b;Ӽΐypԥɠ6+P*
˛KޭG JU]?aL7_rԸYx\V.Imߍ˨Z^pAm1YPYjTѠClK]Q|$ڵJƞέTZ1QҼ~ǃ,^!H,xur4R?+[/	ި}Oy9/!8'p7F$ˉQHJDo>f0=+dCy6\ݣ1iy:S\?/v;HFVћQ"F%T<_sSK)]+oFՍ]3Vs׽M+\~QԊjq*\"]iK'Nwɵ۫b_e:1!ʒrXC0Gr# 4t|@wjy'6:TŮ"@&|5ϰkFv2q5)3ݳzcPd	ULu`@eSM3дיQU҅6(qk9De dFNI[Jbsl?5AMĴw<7%RGD/8q9͟LW8B*ZZȶ"_ެ71-P+ml`A+EW@ croMߢ@-Ѥr׷L*6'=hR_4g"HgDZHEeo_60_z<*~.5@ƒ}):/g˛-MAwr1rY ʏ)?]ͅl!:ڏj(tEh'ZG4ǍUHOrG8HuERCq̯#[}f؜k5L#+8LojF YxɄC҄me r ys	ʘoeƊeVUAQw	\1ӥ;'NT"fՆWG|Bԑ3Dw<۹	+=}z+h{}d;s2~1,ׂMSY*kײ;|-	spcԋ
[e.[4+Z@k$U'*H9'@^ŵh7KǕ6SH	#ݞ!+FV
nĺN*WBI&}׺T=|l=Aңg20R
wΠ6c|1SڿNXF*<A83@ǉadҲeDv/o׍1FgG1u:\R\>X]}Bb`e'|yFw(R|EJnT~RW4ԵnRՂZ`h9kuB| M)pC?dRpiy|R=QO6@$n7>tZ԰Mp^/X4Xh/_w/@ͫVX%Rш}MWXw.VFtCˊŽfku5߀tn.Xl/+U*^m:&(|KV%պ
ZEI:dƋrS#NKͥL>ҬYˢ&+v_e2U)ՄY'!DnӌI;jyͮa1ݤ}<ݥZ1ƿ}/ ߭HǏ<1"Pu؃׆ݲ[THYբ]KKlA}(A0tH#$N6>Rū3TbR<,Etoa%6n:fzV=ѓOD$SR	YOV})ZK	,\wƣ-`XT3TH=O`Vs	͗	Xe1A57ף!P*Οm	i}ؽ~8y?޹&IˏQnw*E0M3٘2u"W8-/А˂òۈ=84dF.|Xj~03_0yXp2\?>[ٴaMg0!G;Y)?/efʃ.eѬ'gq0%7ٝ&FW>ȱF-߰&.Q@ZgrݫV%,ʍIRxÑԛ**ǯdȯiŇ17)1c/H"-a(l/!&˧X1ckL9{ٮ
}F+s7Rq5,;̕AFa0ri!R?+-æcѽQtJ\uU̡Ros֦Ճn.JI:Q$х<kʤ&ժJZf*9/؛®%L&ng@uUzVlg	'ǖ+*aj_R>E'I۲;Qβ%ؼ	D~n'N 'N''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(20372)))
