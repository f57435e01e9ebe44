import brotli
n=a=0;b=1
for c in r'''ռ({f!CW:Ԭ[VsGmӎ;QtSV	9mswϷw`y0kPBI\ őufد/1ioL~KT'խB^TiRa2À3NG֕2;ǧE&AWDpY̔rKEng¸nKQ#˜>`<v}МiglzӤީ:B}exQa`j<0rHHW$I.Et
|%oIƸ`bFip$	}3DP׺i) @ՁTs-w?=_ԁ`qR,cl"Hl<Us&Xy%\`AW$#1
\1|/r6?t<6eog@M|C.ȳҿo}t^̠D>e:l*-ʽE˽whNێ2ǛBUܗ\?mǡ(TZxѿbNʋ M6>Sݝy̘Y;6 ':AT}r
N^'[o{^8֮;OAӸz/oJuܓC=Y65fXִ{یAsQ]Q}X`t``:<NeǸ7,eFޓ$TYpBO'C.OVX/!"~ݺ\GqW_K@efPwiǹo%z̯ax37Dg]|FvAv=Z
^7RuLhDЖ
	؂4+v"Yq8<ѼT'j&%ݯz=Ozkw'0чuHSqūX_ITPAd3+)By1
ٙ5ؔy
P0.8 ķG9rn1ǁXծA|48(ؓ,
I2m)Xf@RV$Ӧ&bZ!ϮMGn'b([f^2wR`pU}Q[xѻġ%V9zb#M^nɻix~si7S|bim·BԠ[hI5ro9GAݶOR"Yq]09ϵT/q ܺ%j\Qf
ǇUez9N׊e{ .{T+1#}xIJC/NƓVjSqm5>8fmPJtΰڙم~ɭ%ktE+}vyPkzة~8]հK¯Rnx}ΑAAs6";ZLGʆeYlLYbAj]HQ$cbpjtedX4	dkFL<JE<'"IDh<ͩݗCW$Iuǖ+2AӈTA	sa=h0yW]ہ)ӀT-6V}/pT,k~5ϧۆ-idHŨv3:rh$>m$RP\ĪT~%mB{+?j<ܥ>CL.~ |$6ê֧#ޘe93?4[[4#nElUwYlȑ4zQ3Q~k
Z0Ӟ%FrGkDiƤ%ՊeѩWfԭTY;,aÂ"5	Qp!Fܰ۹#1GLӀ<)faĮs9U.7}x-!q0rDCƚ;ƅ:ɘ11VOxn~GQ[<>y.*RAildٔULq,*N<=EzCQսql~_+{;6T|*n.A4)9|hu='06WAsٺ5D(EhD7`nFˍ-j:+̈́m%٭)#$?([O</?iTU 4zfӣx!xfS|"^Ro׺D>*ÒV*k^~;51xDLVި1~s/';eOV+
./(	(-9'ͶӪgH@,IevRlU6eq1Phr=XyѠqz`u0F#%~!?`OSsR6j;k`8#&lYmr`hxn_hwA&bX>VDaVvzVGrڏ.ӹL hocޗghL@'ߟe	c_>gޙyioՉ|m#pz$EC@\;ڻMԷwӔ0ŏػX]&s|'`i?;[ھQƩ#0tB$m0?-[4{),#<b!VyM'VRM^E%dM0f&)/{wWտՂvvCI`x}oJ7ΩQn.RQųXξܳ~af҄W:LkO9<ڭٟn'.v+2*P&cğ9ЂR,ۿ,p-HEQ|һ0s{r~ܹtE/8׊|~);s)Qѻ#Oԛԭhu6_T
lx0v+:UXUo8u,eJtM;.^Ua~2*ATp0g77zy}/JoP8JQVRiKCyvuC߁Ѿ|`y*=K%rؓuGמlK*s#iI-EE)CE"Ih%jDwÞjhrpzYXMO_aH&lFm85T_1cp-'ë]$qǧ%<f;9|00.ռٮ,PTIN[R	Z^^E$N<ӖPO\/X[	*@+ʚ>Jπ̐ªҶ̂"ϻ,ż+k+w*
Zl t5[%wUg9vDϠ{̧ВaZ@IțT	4CK]q:YEf8/8CʜSA/õL&lJn*1~y1:]fr+^"C޽iFL"ڰm{-ywqVŠHEc$/f]y	V؟-;^8qBcR	k!ׅ2^Y5hxu@sûŔXpTF:twWwZ8&}O=D2?a27`*MODTlW
2IW9̴@ +Is֑ٔb8"3Z9tQFݟjzeo|oJ'.Β*ڛWu sygd=;Oa+CbYEuķ9[ݲób'&J!ףR}ky(TW0hHCņ]	Ҁ#A
b7$ŁOHeQt_$9Χ"Bo+fϩ[6|[M֟Q*5dA+}sz0YjA\zBÖ=Ŝ*1rmVd`l:jIۘ(T/-ĕ6}Y>VFd;V|Йx/tݘaug)ztUx8b2baƇX׸`5CM9SQn47?%.r(|5}ز701t!7I]~ow56uٷ&עaJǈN|DCe^p$.ǃ,^L;Ȧ%xQp/	JA}9=~}$9g~MЍ^p=EdFU|Qq)ɯ&Qխl~t(,hׂƷT!ͯ7gH%!bK-0֔;tx#^cu9x6޲Uhy-xocg-fl#6AC1t*`_v?J<"j/`edqXUt̤N;<Wa.5SoAɛl.ΐDjv.خG<>`YT}r<h@ܶu2.>wL|Q9{wƓkZm)uלTEyS\eN~yCJA	bY]"SitЇaHhvDeH4p}+]XÙƸb03cP77#/AD;/!!d**89P)AqM3աmdUMϛţ}V4;LوҒ2f;Sy{J6\IrȲb%jE6Ũo9=mх`,gU++AUjù|:&լ!>[~5WU5(ϰB?
ʩЎhJü>KN%%fB7_sIl\6:5Vb֞'5dLɿWo	c
_CtVo[pgMrG+KHx4{W{lN;#@|Cϗ'7O]؏fb.+tiݿ2@AgɆ>Uk76Flʮ~B`rZB<Uh`VBR'o/+N6# ?¹O
'!c*ǭT?ZsqiZK֞w(zvtĄlQcuXN&JxXaطŪ/[;Za.St.FeAv+tsTӥ/`0oϱ>u^FqΓc#ă/m Um9WRԯbܙ_;PV/^*ѿ;IgDIe5p{م9>Yͨۇ(+Żzy~Ã1ys-!Vq?eњIpe.ה'f'wB Qto-	ţ]Զɑ8gw)Sڐ13Έ5ҭjI)ȬlCFh#AX ^7[[k:{ݝD;*1Oo3&OŕvszSP=:Je(+ͳmLvhg4#)SV#2Yf|?HdzxR_KV(@ɹ.Mn?l?qܐ!ڱoj>8BUTa@әY@E@.|0|657'R̮.5Y~M"awX+ǅʐs,yTwjQpJ*^!7Y{Rh/3}\f(u!"adݰۨ>ݻu
o|ëUPlrXlӃ*Qگlˡ=Ye`ّ)ŇHy$)Yb>ݡ6run'l$!يPXEK&RÀ½`g3!ߛݟ9@>\:(ϻ0&֦J-yU[miq>7;[a)ٗn^1-ŕiީl
ڍgn[x?\w(OuT[]jdQq0Jl1nF2FDAл&)؄%Qq7{yzE¦%Η|{0DǎzXmP2%{o S8}'.Ex֖\e\odta?}zdk[Xǎ}	COKT?@j$5ojjkQǿj-&x&!SӚ) _]p`oLwWVߡdĸ	,=sv(3>ٝa;+pUpPZEFǛd<Z$e!ԅOYq'XԫСmP^Y})2Nh"~̄" 9&h_l'=%|i(ٓ3/CcRjWljs<ycH4&k@1V7#,AfVj˽_Ԇ޼&ӄ^'?CX'Ћ¦NO_H*_H:TQ)8٤ި4TǡűIqű1)tUEU9
x[iZMk}dLiC)5@˗{3̭IĎeզ~GѵԩBsYٽm;d	(H_fJ%pE:z{+կiz ZЫ+ĈD"2tޛݵ@a+b5Y/qQȖ8H9ZR)jaӃ$LrcfOd;ZdPǕ@SN	7y#܆wvYQ6	=XfI^ܔrTyIe@_?IU{:{ʁ] ˣɛX1*o>|(|b{FQ`Oxۿ@֡TɉTŬg.E*vk?N9ԋ@5_bc\Wp͈߰R/_8B'vƑmۿ0|Ǯcs	fefUqxW҅\"W*Q@shQ`Y\j"C4aPҵ)`vOK:+xسQ"Ckݢ8>Sy߆L	GBל1jYgk%1g^t-gy5t	 %܅|ͻ;sYYQ*;xf*Ǽh	6V 	#tӧ`4o#/#FQFɷ!9̀4zw;f%уԗI!@0>c#ݨpdUl::ȞraYXN^t:%WD)ۘ25$C`؆
rИ:[޹ݵ(f&M9`GQLgLy"loKxZȌ'~Գ`׃]1'_.?XK/7lxX:
85i'/6Fi%}0kBY7wмD'Ή)~?ǻ>Yg<χZmBX/3Lf:W5Z1dtJ).ޖUL	-M3ADwY<Sc\ɲ)MtLV{svOE~Ty1܎U&;^>Qf&Ľ<>L,Tȱ܎ԁW_Aۯ`t8/jd6b+Ys(^AU*:GSF\#ϹuP7Q+LԩDHwۜp8saBLИ[Me	7=l,7GKoʍt>eڊ(QF#W2KC0i۞rq0cס2Z+=*V"@(FSlhȴnfA&GBV^ƨ
37g>rۼ˯xxxm?>-Cjtvmryyv2<Yh[B.Yrۥ+!V~éyl2r;(SLw4[}M$"+*ذXoɖ:lMz%t*jir> LDɳ.[a/GfzD3fH	W6)Vk h.8ٴ *?Qdy!Q۪0*E`ٗ2:C$YelZn>!XtSPݵ3v5T?<ڇ;vsILqڭ˨LZȸ}
B[GK_S|\iՀhbb`M;3P:0~`ʴB'"\ KyQrFTC*=Wnj'$Kv9ͭ4mNf5$KHؗݶr_Ƨ!ʁVd1&{
:ĲMkݭX!t"_ʮzo]2EŧŠkHoF+Ęlƕ ^FՈ5zPVhl~M>Mׅбz6:_t>2owBҠv9P+BP* 7L5gԫк(R>$:Or߱г\*Ф!v2Ɲ]~m{EU{9ǮO#xfhuXEvЈa;'w/CWTqӫL@C%Ǽݘ%`ĊiGL:s΃͝Ѿ>$p0&*nNiBMȅ~)O^g.ik<Bׄ~D{s(-wu{)f֯C,G_P޹ԩA+m\\9KfʮwѺ^x?	`VU,r(%Zpy6\K݉_ Ϣ(KP^͛=lؑшsX86.*ݜ$tk.uH/Z[cΜ,'#ktaĐ/=|h7ˁLGO*:"coUmA`dgqՖVG܊"<Oq8BgaWѩKC؎FLӐyTδr|ͷ":t0^m#ɒĭ=y͹kwa_U^G:-;YUB;VQdq>z<<X_gQ؂#"RdcbnX}_V![$|.P U~T[
(ƋKQزպTRǨ{0,]ITybY|2VRF
Wp6Io~DH_t)hr
rakaݙ>Ɔp>t&kBk-Q@pƑҨ;`9_/JI-mʭ];RoZ@4ԯ>uqlAj/ԾW.X~d{!w,BgILX}%O6Rd2i>кpF]\qU؏=ǐHupK-j`%M˞3ǲ@K7WJɑmF~\hYiLo
N{9}h5B JJ|BUsݗG"VcK'~Δt@ǉn͉TZr̥t"Ks2 &T_[Uک@޾42%(>63!ͬ5gթۼC|Q>XRD()WզE!E9 h?A.;vݸѶ4Mf7	.'ܘWħ}SDS'nrXdKoMUE4QYe+)hlq_rH{mbSeTZ,AP6mnqҾJoǍZ7jyA"1sZ1b\áIۻSpHzN_/=ϙjוA΂ɧVTb3&|$R;=tϽ~%	,ѻjpԽěaΎ&\RC+&aS#GcEV8p9s+ѵnyx{][sh,[I՘6h/~hw҈8TlF#եsIG&|3h&8kiAuv"KMZP΁=T+@ݑO\k,>Hޡ-Ӆ_ٱ@{
̸ݿc>{KŸDOZ*ڙ+
0`ڳV7d]+D1ڑm'eaJX}պpƋܵ.GMeD\5rzG-_LU2:3
D"vۨsEjioU@دV+B'ڠb}dnwRɝ|7-CksA{tXӦC!ЖH!|)$?DfK0p"=A܂,)*8Ä!&6_:aőeG	ď;SmG4f<gӼ_^x,ػX#B@.!KwxH7UNϽ {/!>٦yxY	̓KKԾtxa2=ǍmfRQf-aLWE	5Nz_IRƴW+~Sp`ߕy>
)S1i4ҁ=NSٷٮؾ3^<f]J-u~B_pU;]2?6ƴɹ,qeȸ9ܰVw<$GIt&
4~B&Up~6ɥ¾ ,#z޴Ɖv[?[.#ڜ|4ܥ}zn٦T}(UfçݘUoT^V6$ȼdҏ\	R@UM[w:d\,0ߜR4vyJؑ<hЎnǤТ\ ^qQ'D{r^r͆txwʦdM	s/#ɳe4K
&JHN0?THC1T6--֒ӏeRXf/BSJp0JD/mY76<D:1#yU/Y&N/8SL
~z߯'ݫٞMcuv(HVSU5I%U~3XB֬'u9{ϥ'P6}Ph=RYi7zvqXs$]\ܳ0I@7Fv'.DǠh8&5e|ǟy~\iՉDK$>8u{cXv2.Cdzt	A?PzqoPMnMHh[ȜƠ/|XʒfT҄+' /SyYLȬ)!:ɲ^AԲ3r%X
J>׃v[h%RUҌ"& uκi&Wiˉ'y[du)kn@clx|Hd\H2FEy^׹ŶzݟG~׸ige5W^(J-!0]|td3NIy|[]oPޫ	5I6|ӭ{42EvXZaߠߛBTq.uiLmP{7&V"Z&4wN0ɻβ%8
jnԾŕmՏ{tv23qMV@]NwO\ǘX߭b\]0eo)*gdLB?m	gspORǿoTt@\I/ۣiuԝ-V
-^
Rhп)
Ao$+1ATqӌR|}oL)Hy{5xacü1{^`iĮSY'ϫWA1E˳@2XrǦtmo+y
h8F)܋ёҘ"^?7?ܡWۣށҦ9@n[A3а,||$	n`.WR2\C!;':B~8c&Mz*82H.Ad"Uo2HAС3ٻCb"cU٫?]!*I6TsxeQ!-a_G2mu1ĕ['{VmG
4R5E}*mJ#H@$	ЪǞ`Oe:9A8s]zѪWG3'w|\za1	el7`N =	 00aCg=4a(,/|p_wmb8sh!+MNΧrWh˨49RELl[YX]cLAU!qǄ=ăĢ"ОH Ȇ/R1o&ؽg}*AuOO3ú܆ۻb,5O$3 {B2ha-4I~C^^m?=&:f_p")8eH's|Ů*%ȿZ@|6jIT^<,IĤ&VXbVJ޵uKR~̦FbN~h`FvQ
,:׉r8ldG׺-Q}9ޮt;qE~KSt>_Y(P
Uo=*	 f$nwB!urޜpnXՅkRpǩ&MIL)43kzG*c@IF:S-"jztP-rrɻЊ	s>AȀ~$H^sI7wWӠ\WN ǸLeAѢmZ[4p3t֗0*؈IS6,0*dm')݅E8ӳAX%	s̘c=wRؠcFRq>PtԡA$n&`VGٗ}NJznҽv&M
2ɱAY{a1N)4KWPB]ԤO`2۸NL֬Q	lOh;ճ<lZ_r_l
S
ao"cވ0c1"m-/0,'lpFb~0EC2H;˼!&B̘(,kX?qZ2~nϟqeDɭ7BPȭz;^ΘŬ"8<{*06->[kabn$>]X# B%
Mg( mObLhy4b6>i9,c&O͒Z.U =~[uJW^<ny:(;ъ+"~ʖИSk];V{1$g1eTNB!)nONk(R@y@Xsb.
|(ғ.\e+zѶщu0%+Syv2{'YǬ!qEXɼxaT*Au <h;/;%,r3rh=.W+ԀD^t+ЍkK:ld11sFٶuP)Xq80zno֗x3t:;I͒dx 0KbtŃQE@K#аM ԜY7VqP7ie?RP/Ωc?4<oK)ե=bSWI>'nP4T;1:B\ܒ#>'ͼj+XѮS=_[Њ"k9m~\@fSZ'bp#)GڤG<-	WU;v`-`&_q"Oat-S8klb,F2ʦĴ(ܤ5LDNcл
Fؒ	w8+	UE..Ӫ_=^y=a)Id`j90vg)
ϔxw3Kӝ;xnC"݅؉xjQ}	:w=k+v93\[pTrn>$QZ$:RI0{δjkaP{xӅ.}nY٦43b>Y#8VqIiAPEe,?brߌܼ >ws|mi5'ڨ}:5oPVCRY.|c\sj^)p5ە>=-S_^O3vܲ1QZ1۾aI:}ridNuėt$`,[(;~	Fu>0ۼtnԮw2]	sSI;$h3ٗ,/ڦc],\E#/"W_bV~ьxIYe9\ɿ`%<[&8)2RMqH0	ef"	yhdȥOJKJ'v,_3VZO[96SR͸+6k/oGY'kr-<OivJX9Y0hƠ.$}H+:ъi4ӷcxHbH}րxJڪb=^(fYsތa&[Qhyf4ؗZsŨe^>ɗI@ӏP'Usz^ݤ$-.{֍O~-ЊH̠y}iCQk+q=`ВGRMV҄ŵrެajl;KOI*RȦsдnLmaȃǜŊ9V1_NȲ3=jǣnϢEQun?qASպ<|>uۉ@0؎1vձԏO]_͏_#L@q%4ȋI&i	%6 >
c<)\6lS*nw~|m2]hmWxȬ/=86*^xAHZE~4n s+EƋvfxhst~bmz9[Bպs(ORwS,ӥlX!<Rڭ^V,۠q{pk<tJǅqtܵY<s/*Ӱwϭʊ!(OP5Z°^LfG\݃ ~ʃRJ4Ͱܜ>* ;ɗ
+IW-k+[w	_hĴ,Vޯ2p۠q#7g [nHt3ChڴIrU\DƂOHUJE3 Z+FLz5WdxTPæArndÑRoD[4Г(Axb3P}(G5|RJBKfX`xai]e|\Сf1lVYK!yWbsb;1ڜ͆j9*B5eiT[8@OHB!	Q`}Ve̩PLNgݚ	\d<Vk+L-Dr`!xA?Z[R4
աaEоk]ͯeZV .Iڝϴ36)8ԵO>AN@d{k[=,H!'Ăָڄn
\nݠ%IV1!
¥o]y}#}ިw7vw0RHfHfCaO jkb`EsC̚kԘݰA1;WVI(s`"'OuPpSU\w2ڟj}	$$:NϚd*WIV~^T{cv^0yQ3Ĉ~LPgGӴgai͹"ˉu\ObwҹRx*wtVWҔ9Zool_0۔EP(E7ɝƌ_W|S~ J{ѥ@g?սȠ~BPb=Y^:B͏#Z$zΛ48M։}&
sA^V*8+a,sZc"}Au>Rw'׫m?abS{z:zHt'KU>ٝ6zR?)8OKӁYP-nNm+A$
ڮ5!'{Lk$>QT}}	>A!!388LhF}_3H "lu.],;˹ù$>&O$RzW>ʴt|Jx+q(Mvz[V4FNU{݌ơSaцqoX3avξgT
LTW§I'NŐ~Bn~]ڹEsz\wƒ^&f`ʞY4{2Թ]ɋi%p@,kAc>adJ+SYL d,4#Y.ؤ#Ǯ|T>wrBeרd)w=Gs&w'Oż2
T)hiS#hWنݺ4FƟz#D,J8rݯs=x6?((O'ӄڂچR#AOݣ_O*c״-2\J;N,E7'X'-H)A/W7&U-Nܘ""gWc?	kfmRU(.fpǽp"
wC/
NtΜbF9K?їzvW;BL(K)M:$|8.Nܢ\0?U.k`CENFv-P/7 @+Q=wwj(#Jш >.g.,R5uJAW@)	ܖ̈8J;Qg{)8/7(uK.i8OJz
]nٚ,"ŕ/\~'RG`7:=כ,p>8ЉZڙ}Ȳ,!\hX:q'aAi69	i&l.pQ(Oa	5]T/Py}ǢAa}u LD&f6|^6RwʁFrnp5zO"V>X͊؟Y5V$Zh`" șjQrŌY1=+({<kzPeb2ܬeZZZWsWed%p<H	J
ezS	Dx80)GAJ5`Y%Kk6e¼w	'8G<4ctf+vn͆tq:(H&~@*sRtɳM|kz+_,EaƇΊK9`P߃ϛQ3Y(Đvc=Ƅ,=؞G>bS2_Y!u' pԬ۱se$C'6+UpD`i"f?si<)JZǧH+:K$gո3	">AK4ԃz=Ʀoxe[ߛ4Od"*Wܡ	޺yҹ2,1R9Nc:4xp6=veUU2OњO&@P[G2yw#HՑx4D7jYuAHޒ'%|3k9*yWul`PZ!)x̾:Sqf%@EQפK[MMSW
f6މ 4%i+,_kMzG${&g(CS$̌`ٮPѠFELr5Wz!ݴ7ڰo`3K/8\uT~ɽr_D@ߍPyDGN %JmN@9Śd,{J%pR|4LR۝ɡLAfԛСTu+7tt_*l6իeQ4M[շmmA$*gr5Kʳ*xAղ|9	35=S8	k*st`ʡ"j0X,}cћp]- Lnջ-&\)O:ftWï.U@=5cjT	Bmn}_Ǻ׫үم۞ZˬZ3+d@؁0GM]y"n/I2جϹBxIN<ҁ׾	#:h-=,Y+c(8Me/}(
nq˗47+{=Mf:F"ҳkl-r`7%.m®'4m>\'Tq%v^U*uchGɛY0&gy AD&K9.=uͿ`LG"NKG3at۝y2a:fvE@PG۔<2޼yGaldŶS&7ϫ+-,DΟƄZ܅R;ÎLݒ~t؀g=2dڶSܠ'V3l0A$!Ēŋ^xO305}:4*cYgXh<OS.mw_/2jȡéB/cĤuDy zN!y\֭֙
z;cfѝ*^VBOmŜyY	TmQ!FRQA}]H^*f5DS!s</g^iZl
?g,BoU!C\׹ł]t>ڜ!QGP˓ҳ];"7w]6=R@`.s~+*^ .٪SӾ+vB`-gR;!nnm/9ݞ_ }-r>eeӶ2LϕXML-Y&߶]	:oVƩ*в/9|C@SZD$ȥ:NIqaw9U&sMli#pQLԂԕJF!CƃMpE=95PshM9LU%(b%BUT=Zw3KWH)^y4Pn#ĘT	QK:RӇf,
*nt@;9غ?O"hH@CwԸ2)=>h}sk>GTM@?
=Ϯ&bܨV(<DD3|1)zeΪH E$vI/Iy@BfUP=i*XXѕv]b0[QdEAsm#@k:KssVfWB
hϰeVp]ė&7n}+wTaB8KHd8?:hǌФnL(GǕ/b(}cתq/f֓x<߱4}''dyb^YέwzThh^5_iyXYƢ$Hۓ{pTʓFA,r;gE_0.Z-"
wcn#J{X>"L{IAHPwF}HY>Uatϭ}˦0JEUhS˵qIdj! qݠ>g`ɋ(Jךq]GJLGJ6ё!2iG IکvŮ*9E}Tۢ	0/SȾ2/,b'gp6$_?ƫ3T1_=26rdsn7ItSG\fA͆12V{9&W]}]cMz(nr"BVxV00XXu}Ԅߗv˱HXЭ9&޸aԴ,]1)$9M?61.FxR+:
dQPʼbU8mWno;{t#:5uS6ir6(l۝5iLQ_oC8/c1J&Cp6WH(ep1\}k\_
0`tQZE);a9rx\wq7<%jUg[Jg=jڸ\dXR+'i/.cn{?A}Ǽl"TVJb_2h~}kboDG6}Ԕ\AEfʻebTby4%cRxu<(v=ػ	<˳%"C?,%PXZЅ)Īg6b]&	i{ #4˛Ww֤!_#}?Iu?:SstƁ.&cJص`;]ZRbp%k)ٔ?(2CJLE1)z7͏Ԥ%at9/{#y<eXr#B2`F<~޸HH	+vωhţ''ƱޥyYWo_ٷтمX$35ªPY	xƅ|VT҃xZq.MY>=}BrB9:,=oy\rv`dM+ϷmfxO@K!nجZ7ZԋN^ԃƈZ\Z*"'@:N2̲v֕wvwz͘p_gZ.Ss?]yh7M{gv8֨RsFM_{נѾ)YG''8Wa1~\8٧J"@y*|A6.@ߣH:n<@FǓ^k[mOw`o-	#6o&s0t?>;u#05(ЕloeMwÙܘgRf7P!2IQ_'Y!QkJGXȪ7g85}vBDBrԪ	s>s/P_ABeǞW%кiy?#_kJc
UhS7mL_Q-\S(܇#<ױgԋ$]Ǝ@wP;RHYc/G.Uz`nUH";z6w_I@;K*baILmZ+pZ}${j"; zVc[xQXI9RKn3ٜ2υmCjkf+;K*ɥ#P/VIE[XˌӄWo@lp4;ʻA"bRݰT! RLʓc&-Wb=Pf~bm9h4=|BҋPSr5ŤPEQ[ʕ4](E$$<3.Uγ&Ԛbil/·ą+Α,[VpVĕTzHշN5֔:˧/jFޘm++#&qR:Ϊ׍wuJ	BdPɸ@Y|s\q-6a(-DOS
H^h?[ӑ-5g?2$$62WTҊ9	`jդJ3+a_pd(+%ŅnT%|G@EÝάr<g/:oSahcޑqˎ8k$|^ĶϚ`G"C [*\sQEVf[O<W*Me2grgzވӧ:-c1~u2p޽?Vta)Oog'420fو
u/^C/DHB(|Ml:w|8){`htDbD}Gf
~fVZG3*hLԂH{_DfRnΐ)vdm@к5g/'|JTG/j\îO}Tb"1J)11Tvqxѻ't;"DNþ|3gDMjַs<LWآTtˇЯY?,2"see =,E0c44|bwڑ>B}&
?+(0b
.H {mofW3['0X8LcX}Sq_?=ΓŜҎ$I\Qin4=#aVۜL@Ň_.VS*/͉Q>=c]ԦB6jev[u#3ɽćͶI{<RhMciʮ=={\-NݛmT{w3QןIr>U kvј1=HK'n0[~˴(+VXwm.d3)kMNC7NFnM[c-iMEK,=t9хBޮ.o
0^ԑڻK]ݙ	weݠoǼl'62}i2Wjy.߄B,χϯ9k[]o&,@o˗Sg=cНr8=:$|J]dCi-nN/JX[}-_/5yFs/ǿ~ݼ2HTh5UoWW2ؼ	iԹk>"Bڭ).}|9EnBL1Vܖ{԰ΥABEL"@Vs~<TmfżX|e\ݛlIm~z:,6?<ѯ `VĽ3dSω'^ÕܓU|eG;D
9,	^Z{!bpSR/_M_0lŸ̽;2xTi}}zCERx{5PFK]Ƹv|h|i˯ݮ`}ZKsk?Hcߎ=ΰ
ȝ<l`M@OdE~1CG/%at<dgC4$NT'CCQ|p	QĄ\{ i$ 4t$(MbȤUBItַQ]hKJbǫg7k@9ٖI]tDƍg`9]+Abm!5Եw~q ˙mS?Е^II]2ʶ~'G|BҞ/+iT͚cFWgO7ӑr:L9JЁJC+
2ڎѶe]`BN9H,V{A<'ޑknH2ȱ=ڢri39ۂ,|#IcXʦٲϩTڨ͗@așgf-#T
l) /Ao)0UzyfcL\Ƚ"#GǙMϷc-$J(r0p*<,]ʱT +uּOA )c݇Ђg^LUCkfL3{Bd9Q^PƐ+ڏtQޣO5>JսH\
ŰƧV&<oQmpV},XuBOݝ6֥|[AL
x{g[ȦLtS:8r
ߗCg8l1Y]ݩF!M4A=U3S[Ƽ%`9E$n\pٞ,r3ǚ^)D4,ðpec[ggV%NP]ۊi^8=y>p	Ž6#C:x6f,ԡl׊R4Q. O:Rķù}/$$Z%wP4	[L{dUzyυ;`(ӻFׁJl̓CB	H8YN.<@bGTbzmkԶw~0Ķ~PvۣлBvɻ<ŅeFRg%,tǨf}<=zBk]Jmʃ˞_:Tt'wyem\<,&ܧ+ΛnmPM[vi?+nՙ=/͚<f{D}P')ajPHM@lE9D*oDTMָbC#Nw`]°жu)Y7sՇcV-kc	Hǀׄ]27Bbk),LԖ:,pӲC.mFFy1&@|s+;ޮc?J`0Y_%J7ś,T1|b3dC_O+s|Wʖ\R4RU $g.'pKΆv1@\lُŠ!@*WgB@;0?5r=1:fBtGag1JxoEo	$pE=?ғ4ǹ$ϪOԏh;^#؊ W6lt<|Ճр4|bEߘurJ
lgd)e,:m	d@F\S>VkhΏuTC#etz;pUG,ٜ@ւzֹ@9(۲yvFa~4p:h^Ya D(06Rr{>vl=Ya;I2sd)43g,<Y&7TB6MaRoB͓rXV7R]sݱ٬~4ݴ\q~pgg?5-E-F[qƬ<0rʲ4u97N]y"M_*͝i.v"0_L?~-`}p"Ȥ`)W,vYA3vn۷pB1wd@eٺ6Z{~R9Iz	pe,-c[&:75=ѨL	Uk!-m9;:+B[ ѳ¨)j5h29 >|ƆvRYz}RWb݂:7\0׈[ O=Y
~{HhLf\Fcދɼ`*W,6!aCoqRHbA?%hTB[0$HFu@klDa,)p܁nh&F$uqXW=9Y<Up`Dcݬk'[΃6Ϫ:p˚ځ{OR({	]UCY>a# (n.u=&dsW}|i50K-Nՠ͖ēIX("YiR2­)b(@D6]ƿ=7(qC<w/D)>]bKθ&íV3qKӎ`ry]v:c;XnKPA؊N\w!K0xpJ|owM.Ѱ7рtNT*PΩkU%2Kid;FÞǺUOXc]q!%}0Xֈ+qU̔h\,=k5E^j\\1gn@ʬ*mdHI#ʳ/_,,$9px@4&ي7ci$nTu1]KŇ>"c֑-\v]tè`7`gA~@Ry{tVǀ#mlٰJ߁p0"+6o|WfCf-5%"{̞µI)H˽(Lܔgnt"($^V̈={A@GXI`RzuDqԴ([Fic13UpJ^ڽc5rceovH9jZlܛ֯OziӪ)٧sSj!Di&3ZHpgϴ	3͕mWnҠ8<ogͱr޹_HK^ϔۑ4DĈHkNA׮hݣU{Ƶ
,-§aWGCD|nCBcI-l8ڗtϜJtƢeJJl;s;+xsbO̖!̔okh{ՑmwQW3ɨ$@ˁђKaքFci4q%:GVnB
cGsEw9T	LҺn&7ֵmŻ|MkѓsX[ϭy͂k9Dkt.J[.~<4g5̿E	G>ߨƢ?ץQKHSKܙxe_S(O#fҠzֲ_EÖs}Y}%_40,ܻܺKGl''}|گ<G=KW,>vǏO?

*xMZqNJU,F"w+o	¤3xD6Q7ڡ:ŝ[.9r\U19ڪ3C:ލ2Մ7	?ȋJ3[	΄lS"Axhu4bM<ESHCvÕ$h֮4AeڑćԋU&40BÚ#aӰʑXrG<t]!65M3bTF8fF^W|kM@@Z@n1t̀yEfY9^ʌoOZ>ŏZ*OJ,'KL;v]8F)VyU# cghJ_^WQ[az=v=^X>Z~uX,kw8rzU31j2HG"vXEb^
S*|u2gZ~^8ݗT#~\խŬQ+hL=2§ΊdQbrwf!\	m_-t}Upޗo3ʘ~{u̫.{i(֣"MJtTm '~~&ԭ4H&A\1::JQcǎŉH.lu|΃.@5ҟqtļ39z	'¬ͣU+˖)|ăNnO3[$V2̒kx K3{:\e&Yɂ,(TFOʞwAyloEn(7g9z0̓m;3	NEۑ=Qٷ7-kG¡d4n/W?Oр(ķȕ@vϮk>',>WWaf+ hJg	)ؿ88zYYn!:<2ne?ݛl725ƸҞOPS
)60ZeUKzyG߬vhʳڛؔ<EȔuiyϽx_xԘHĵȈ1GNA0\K 8_jڭ/Z_*J|֋w&>%@N~)dd[pry˒z6 U	2MMG%=UWdU[D߳/{]+$[OYOO.iܴ]>M;w2-Q"} 5c}(/`C&0g)sHE-(E>P 1As׎	[e*MFaتl
tL00^X8Ԡ|k)ݚ_)k[M0]qb?0%A~]DIOOЭ:.DhrDW7pA v` ^QB}]xb`Z&	tF*N~Q|}ihYs۟aL#l`e|y#ӂzaAބ|d55i9ŨWYySB4s}ԃeAFљPc@H[#Oḟu$G#OvѹyP$զ![)>=.AWxޒn!Ued}(4PtY4_T?ױر9[?Oގ75brd(+IF	&ƒlђf A6QgC7?|1uL?_QYΫ}uOduԃ7@RN[%_YL@n~ɚIH6,btd%1ߣ͕dwyɶG~{Q޸ɰjdma`4{>v>7|YzAnҌuZ6d2$R#|5ahʦdgIwԦjglXkp	H:ƿtV?ohK uόKME)TIt:ӓCX8Y1B[\ߙYR&ΔKڿLd9s`m_2z+/5dDƄoDJ80S~3$߹ҡh"1ϖRLZڀ)pBJ̈́pju2T\_T 4߭hVڪH~,n$kxϰdOi$K}ɰu%%:$g[,˖@(ޝ2֖`	ЇҴl%g4h?s,GO5DqGB+T*7	Ly۔Tʧ+7bYGkߝCP +	:lŲT۹=hXOԊ!yPцےz,ǷDIU.8`A[Bsp rVuynÄfM0za(&THuW/ڔƖYK+2e2W^pi Ȍn<j-h*Q#<Ƒ$y_]-,ZwףThaQ}r7S)!-8t>R,q$֤yT;'tM->Q+,ZqТvqܜ}|n.pm"=*[
]Q]y?K!JҞ-r#|I*
mpǽcl*#%KD[W%}D[$YmK@з]CWJqzOʶ{cm@]1N}˝ƁGZ)֩I~(Ѐ >ڭ֖85ATSS˳5e{gPzijэ5V& dV
h[)HRɽ?ޅA $x~dt~GAIpLiJ'm /0+$3!^
>zϲJۯƖqXIn+	`T¢FԾKݵB 4Yڏ]ԂmqĨ}3!߳X'U%ե	.&a)U<2²&ai+<:y~bDH{žYFɞDǝY7
Ei"T21#t֠Zi{3P5n2VHw<b#ȟRU5Nך5a͋ٝ^><.֤J>˂Ů$Blh}j;\΍=GMẢQ
	T\|Ʃޔ¹֟4w82Ơ@Ps޺Y;K!©ejxQFt@<ړarAWnZ77UE2L1"4A+IF09N<S7TKR+`qS3!lאa{P2h]ע,.l2SXD. q8Rڳw2s;}aqnW&{?Fdpɝd/?~AGJT5M2gY$dGPkӆoU8AͯQc9ܺB6!mg_Bp&>γ.y]av{Դ2H4Bhy5vNxk`wS*>-q[R˛>4}<c0t(:,17԰!UZiD_2Smnj(T	Ih-ybu,R!L[4BrNG'+}a.pRހ"wo4knrQ3u=yJ>3Yn?|ey7	\,<!]FD`SsvR=l[	ɐ^Ō#bj3@lZ_Վ?fMIe-+[}]J/t780k
! A#nKtVX-f!HKe!2/}58'a'
I_OIUo	K0*]~5v^cաgN?*ւCGʑlbRMEb̟١͏L9ߎCm,<84jB(Ur
˶lMpwh3UqNk5Q:_Xx\oZD4Oo\ځiYپWXR*,ZU+Į9i\0)8ڶmO׍A|A%"%;*7.OCpr1Ju)Vǆ5$?2Tg&lhhڛ7xdpSJa_%IޙPqp 6}O־_)1dٟr¦rl'qŉswFrNR;Fgoٙ2nb@0E.HODeMh\cwrX#<$o3hP_}-ck34^AjߌqoB݅`S*+/'QğR3])ܳ0NP,Eϴ:yg!=S)kC_]9Soq~<Ԝ.k-2أ
kl'"S}+\ov0E	n@x|Os%+=Of%zfeQ@ٻbZWdJa99b6oңhͯ~	rxiNFZP^Җ),2j1Ѭ>0Eܢ->/P4jJŌZK$ɼPҥVOtVP93 mð]-_!d+"Ϲ$#u&g{?Y'F@!Qr
*n&O-ٺ8]=t4*I/ی_wJ{}T\RdI̐Cǃ͞}B 0o@=+:gA<qa={+@k,ʎW*Z}g0@cʛW-F'a=Q|4V
(iVѤ?^*B!*YDYv>gmy;?˨gr*2-%0	Z?|ؽҼ!ߤiκ3~mlX:kma-!_˸z&o="e6Ά0ϰ#=ZX6ӳMtAn/$~?w=|k(q\}M#$H("Un]pXs0UV%#UKٳSNL,NP.`GOɱ,Ql*Dp}'˹z0^msAe4@{3XˈrWvLxѭ4w/\4՞Qvx̀Onsڨd^B%d8}4%i4$?UXstҫ]Av)vcTBӊT5Q%a7MϞO[YnH̯lNK]D)ḂylŲ۵@kpD>X.ާ,q'z	vCݍSO$dvq?j@=*ul%®>W2JJDBG;#%,Mo?+A{"ݮρ70fHwuI
Y8'y?AZP%6sWtOXwX4GI
 +mݝIwDqē]
Cf>3WͿZG`YWRd!Ĩm9,-|<m\|S0݉?hѩR+Q![ôZ<IRnYr:I+'IGt]ͱvQMՔQ;qM[W4NDfu(!O{5h+n'!nw0wPHa_#_::(uIo`?%|Ӻr_V4˽k	YyT*t_C'hd+<OsSnVUd.ۉ`Y}N#;՛UqٕPtk%˾ONcrXXiNG!%"ZH1!L-!K/U3ƚ5-XMVʊ7}Q
Ahi0ՈYWa~?flF߁@ƀآ}1ԇ!7I]'1G\ Qu.;?+cȁUlss4uR_Wӡ L:3jڏX[zvYoz*_rfh,]!hZ)2&\Yd
΁U[[Kڝq6'{EQcqy`/2#JS7_hPBǆZˆ3KؿZ9+΁OGis2nlVNTIc`6:O/І{<&
~C߽:P>݇ngwRɊ*?nI(\ڏvoQO`ף#xBPEp3s_gwgcՊ`dwz
E*R?..MOw`_H94!iC[T;`ݫ_ʬ;tZ
iLA:ڍcyˤppŚGȭϓ^h4ec\١ڂ;FPBISÌ۴Ro44\sԟf,U4վ'!"F;I7z02	fi$	YHPYJ,u>RB{iMo%.*\wF^GlvùTmPR,+F8/|ARC#%!6s/^\5CNOtѹ˽Ԁ
$!vø	i&-3(:=j?!P.QoPVnHZ`rSaͲΉ*<
p*&ŷW:vc#V zɉ# QGʒ-ln-NŊQ?ѣۈODSڒM6)DvӈsʤgRPMǍH)cnr_yz4Q5,@5Ϧ/MAYtO6:XS+K`tG߲'ZZqDFܖxr
=҅ތ&/4Mw$7eU70Xs-cGX/EHC\ce%hBMYd;v-gRP^op,=%)%ۻV;ŋ~6UIqT̑iߡJ#όGnCoKƵ}ƴgq\Nvu]uftՏKZѾΉ0l8;hK>oo`xIp9N
^g$;C5`Er}&i;cfNKa*_w4t3NfnOۄَh*&}/$[s[ÛɹnSi\֑kݐQ^_;\ T=F~Ls~~d֨կaɺvYg49#Д|֋ ̩8Jʵy;qPٸѾ^?ek%W+g"7j dzI^Ѳs5f	OvװߌRު,-c%M>\P*c5OH|Eb^TɦjmVBeH~ַC#]oؿ"ěShFNܛ2i/trֶ	LfM0{כ͕9r>-ZŠ t9&ز]л><ؠ."4ܦlIl'3xŢ7n<]`͆XFۙju@9m?e8ԭTA*B/<hBX۝jH
9QW3ĩs-t2DҁՁ:̻.gφĩ3&.#WJh˫T^~{tb'.vY!PT&xV&&;֠6Zw)${RU;Q;DʜyS}d6)D&pO@HVmKp'q	w0ϵi._8=#]4l\Cep!&9$ɉ'9mŁ?w41Ȉ'mfwEikkrBź;Usܲ#n"#t`zf=/<ܸB G·vKI	>c^;h~e]DrZe>˯s݃
Sm-MڟR~[moLf'۫Q&#RΐgcSO
fkUEmHiQnBrۙ	٨w$vj$S$C
E "FA"{ \5GÇUXՆ߯(9)zGDNCzWgFp43QvBbNCY!Qkf~ƣ]eBz.Ú]g7:ʶ!f&""Ip>j*VM+jگ͋҇vj-Ȉl[L3J&Yi٠I9j.tm]jt}@Z7;vs`gW75/b<a-Q9&(&<ud3<,AU,3$+rVvXGKR+LZ~Q`0Q{ȜL*-cGpzZv,~ɰư'pp8?X8*uӑr5'~7*׹l4ЮS.x XJ1!Ͳo@.qmlOsjhiiILѪ<	< 'Aϫ(--4vR}+$K:p.nr&LFΝ{.%؟EYUp;aXǰϹĒjW!]7OZjɪ	Ϧw5z=^+&j֒Inȼ5icA|nj'9a8^^Q0oAQH|BÔǊV1mO/kXxJhBVQӴ?Kĝv~%3sdu6[Ez,ƲyЌ<QCZ<PFlЪYs'y3D5jr=7@*`NO@BƇ1oAt?Z+)K88Ҩ{~մufѣgWW:nւ7M}@TA)MLG3nyotu\
΂j߹zsalAKxr^OD6PK	2-aAvh[5-gd)x\|[D=\U_ďn؎YXі[*o>ƞMKVSE"76ۍ)B-x28O-GȖ Bhǝ#vk6BzBkfԦaa6a^o{-g@$w(,=Jt{ #C}DڂCȾ5kR-I;H0K=T"fɫDgҀm{?&Ng?Z@6$݋#)C?0QLsҺb"	޲bt-g+pvSEfiʏյَ:<h`.YyaEQ1(JƢϰ\CzECVۣ@i<qŐj	ZWμ/,dc[81Y ؗRQ0{ȈẎr.?Ͼ}6%klͩX (\cĄ}2l;btQmm>DvЀYכtb_Nl7_PbUYcA!9.qĦz
ض^zjڿ?D['̏%ۢT8w6i.3gjOPw`tՔ8y!~$rY߃7`*rNr3֜ў)wxjI/Èeïcq;)8ȂJ*to4"paDGcc7c'J}˟3=sZx9>ˀrNhz-m2[kn\S[ɸwW;%mQ!}V;Xl_(0q!Qapݎca	'YD'=I#tƯ܆4"Ɍ9)}[\ֻ0XǛDكI"ʋUQ%(~4̡` )Ӛ9qeCbMĻXa%cTڦO?K{:2q~em7TCX.BJY˛DV?lo"ܮߛmKb|Ί=R'THK$W:&fyi!ɉA	F_!=KO3kϐ41mE]$UGm[56Ęͥ40Zs"eD@2̝2mӞu@MjӤIŸ@W'_ȝjc!ʷEJ6[-@%qi
(3B>ٵ9>5pu(Tj#@1^z&q>^̺vvچd/.ŷ^a{I>Y߀!K=ҡ.)T.X>gxʹ
UEs[,!	l\}?I"kfYVb΋;Hc֔0$ʿ(qFˤt@+#/*	_6Byѝ>P9+U7x>Z?.Ri*
Q^l{I]~ }c\c1d,GbՔTzbɬ8b6ʠ;5C672>c ʿk$ùcʜ_['̲-&j>DQn}!P5cF_*KТKà$&C
Gm'2Ӂu{ IQ6l3fΦn>L:QoƇ\5(FGؽrKR9pcJeXJDU0ɲՊ3M*cv߂tQYV?T/:	B.ףb0QfW"՜&g?qƷ
VU9U? \4cZ}9Js7-j7g=e	6YRNUO9̒`{^lUxVlAn}C=O׭\֯̹j;ǃx1YӢZ]Y:RvIvvṚE+xmdAeb)rޜ]@7&U֟Ԣ*O/U]%n*|$<74jc7l0h$;߼(;!~f~^8QW1gSc(-οMI7̸CvY_ԓ:9dB*RrĂ4WZLEha$ܐxˡ]VE{@]֧B`d(cLP[T0b6ְ^!|eqEO.0|vHZEXo%m4ʰ֨s.'SGϬNt4#k
Y(2,
Z08ҤyImpLZr(=)#UI#$vR\~[;	X֞+Aō\&OaQbtJmܦL#D&,ݷf@;1UU^:bNrD6~fyp.aݩ57ɋ"0q}'	Y543,ZẄ?v҆bWEjGF^?{xăQZ	K(qnRz&9reu$;ɪGD9aw?U@(~~kߗ<+%/\t\(r$ȱdL/FBt;C>X{hfpFŔY@8yз(#-or-Lc<9SG|L>i&eC;ݪ2ݾ^] 4j2:ȶ)T2(*2>P^s@uyo3~d]j'Pތ&:<2@<De$)ձp,uU'"cZܯ^-5iΉIolrF,A\0I0_fM{;6!UݰOAИ!ǇB/(AL+:2knK4HߍM"u.T%WZns1^~s08)}2xR9\9H;>7HsvU?&uۨOQ23j.kRɏ@d^yg)3c|0VX$ŗ׵d4JT$iMtTí)lؠAc6q(X_o0
dN5XݿϽDW&KLސ@-+@*qrLGD**܇ܢurJ.@,wUYa%Mbݒ+/F_J>"hpܥ~ŞGn#̃\C%h[nڡ|Ǝ+Ӄҡ9-jgYdmO|*L=MM@FCWYĺ+-C^ԇBcPL֙)ԡ4!p[c*d 
07Lp$	|>qw6j`[a[vAmռ?9cUC!	˒WFˑ|D`.VPROɂݑx'XS6yAYeDdS#xLMG2f}J}c(/=Z-Pz3/XӚp ٱIuxĠ\ʟnF+YMsw$Xur^ߖAmĹ%X:0{8#޹V:ʾS<mиp.HSiA33RXk1/E;QW4pMn^NۃڬkJHQqoyI&$b5jT߼>PEEBѓHv[G]svbŘޡlo-C9r0zCu-WSqQu{NlAVȒy(ϖ;B|
ޚgs4ԗeJY̛]/;HX{y|+JGuoމyP?n1$`B	ː!]{Ea{^T,^1ՒTk;6!'5b4KGC(ٝ&Vȵ1b<3Ǎ"}${4[MǂW)4HXK]Ӧ̊'ay@[iƛ
9p<<8s¾۰}xYt؄5w5o#<Z*R31R/ư~iS&A .@, UGkTٺOM҉ȿМޙ2k3D3b*Jcؘɴ/yZ)¶Ydم$"ʮdEVtW(/3vJќ@|w!L m&58d݅wEq=Noև?FQϞ&E8sZMHƶ.lsKrVJrC۠~'Xvr0~x\
>ˁtwuM-0S1&jҜ/m6Ɏ*ւ'l>VWɃUqV:"[Q]A@Kw:+>hJtЂ~)x,dU5P*"ݶ|pM[Df"ÿʄv&G*|
wtYב]8VhcDɁ()aװ3|xIƋ8M XpNeYx(ǫ^b܌bKlRcu}<+{idS9Kc-,ң؇Pm@X$9
9Ab:G<݉_L˺R)%ބe'5<-qp9x({cY~:<7_X
ŀ2<L:K|hS~
KDkq'ѸOwpsǠ'?i,M7IѰ39&&׀(6\6{(΃T$R܉Lc~P>s O8P;0f&ÿPރ	J"OmQ<M^Òdޟ-PAʴ ՞6ҟϛ6W)QK2amĭ$MhYiEFv:XŸ+6J2Bb;17{OcOW7Nnq|aXSI5}QoXI"bnPqч̭L>g``7jHat9_ɴXsg)¯Ӈ'LfR-G4Bƫ&!ѥXϖeQ=#Q>*@+Yr<~(q6˟?I(s)YR<5ʶf?GaR2i}$L[aΰϗcN@MVӝiNadm3ܦ]+yƪmq3$ick<!Qͳk!f<3	<;ژUIpךrr=o&>82q.F+F!*{ҨBVֿ)hGx;WIH"{
~{"R:o	L;֌Rk͒۱|;اl9M&ϽjUGO-LoYIך2׳()-Zغ҄9u&mga MbR}U_FCq^~u8jR-[vX=ҴctΧ'Օ":גm-Ґq`_]2O`vIGoÞ1TM\IGkY+-ԾP*».MZ!Ųȯso
sC?|֜frߊN'6ղH< FǰCw2seڂy3Nwi1t]݆"WӾ	{hwf^`̓yӢ^B7e)~Q	V@Aޒ˼VXh83}M/	K,U&oolpn/5#ϼ	MZmӖPGpx(WِIHLXjĘ/UjԽ^yrydmP]soBL1Qڀ@;vGb`$40ȿ^[rFu4)Cv)DÇ,u4^ET7ǒ#NUlz@L1
HZXۇ<$4ÿHv\)+lqɩG٫|R{`Pv3EֶNѝ;Y/O't2V7mYo&Eخ'm!02o׾*rP6.^ל9sm%pqX-+ѷn`W"Lbȁv;l޺Oh} rĭ*.P$Fʒ|ԟn3Źڻ$Yu`޸p ڻbڐM9d'٦r7PI`TTseJxG.\dU(*	WQ{GܠXvsQaV.<DϔɍI3GһUD*8IY")C9WO_oeUΜ	brIJne>q9:}jeɞ$L\L4R#.<8hJm&1pe?U[rW5y)hnf77ݾ`LʁkڂsgF%KyѨ-zw~HgT ii6N!kl+Z0nBV	60<@CPc5~(}.us4GF"yO?=ܾ}ڴ8Зޚ#
iLIi܋ỸY`	<Q^߰TՊN01L;Nh^*!*wmsġfΨP^Ew'1h#?.Mx%F}i3H:Z9-˭'{M[vR)ʾ?%1G&zY?\
|RSc{ӡ%xˬYvF4ۭeR,3OmYQ<U87|9+s݁4 !L=F;vQu97ŴdtQ17g\u+&us\kؿ0:dsrߡUKQWkX%];CuDEn8R0h4e~|͂h@$,#ƕ+y|%a< 9gԕnM,:T*/DP{?F)Hnv95mT4ޒkkCz@$	8TUs<x;Jom@Kϧ=om͏ү\7IvYJXŶAI>maUoŮe{ezH`8q\.E%rkQH	hʒzk˃4945hkx|	K<}8^)tQYKdH/	3­zaa>߳}2ćF}WؕǐgvXp@GړdzՔiO?c<.	D/)r18
PA$j*@#n]Ռɛjl~VE	ʨiH'o#^ڢr%[&+Gգi+/zA-sUf+:lɲw':mmƟdZz]xKf>0.(	@
uEdfգUـ]~Ȓ'3d5֮4~mĭU3ɚ#ݝsKʕnFiĴɫǬzJT*[#_3GθR;K^wQO?JJ2,F0D1K1Q_|UjBlA ŤG6ʘ9'L/|j	}2ub0Di-_qZCn Ϟ Yܔ}[W#%Z8H1VKB/ضwOq>s#v2¸Z4T}W_n̦TiAp=TXu\ɹ^&Gy	Ȃ"U͢a?52GΏ'ƭli]ԥRҁ0xʷzA q8tOE֫(5T̭Ă;<R~߱U׊\#My!%4;9/ċ1Zִs0iMcOu*.eRæ&4nS^l]SـmD%B*Wɤ۬o3(ޮEm~ôA[;L]vָ)Z$zuy6U/)!(IӔ1۫V?"γtq~]ɏW6ikn{tWm"b1|vd}U#~nHEJՌ׶ޓQ Wdlnty&ǦU:
//!	HOSFy3K:-=|̈́\a/ 9Ԏĭۣ,6=&jBJ"Xڅ`"7=1v{h\`v*̫4`&x%"Y9N/2IQaW	̝ۨ,ƒ޵kWKD@),(/?-s%̽f[UicŸb|J##`_ʒ(S-!b?#8I-צݴ*8٤`H &ދ~D5[:uio@)وrav}y7#7:xVՒĊ+xȏݑlgJڰ}̺qm1dWJ7jht,%#@4<ɪ-#2XI;̞z_SH\oXOrr~2r/e/5XÈ}{4ijS/8E$7(v{3ԃ2z]ZAڽ![QہӏU$Z*S߱5`٠բ=	UBAu!of5&d.,.ÌE(1cTra=m!HͩkNVmұETjϹܜP3!'ū
\DFV*ۋg?ױ*Txlg~Ud[(R}iů1T"\OZlijhsYڌԝZrt?&56rԢZFΰWxIP9&{<yrŃ;ms}LpؠD>.Vl\~K 9`U	 )v)0߹%c&}DbEWŊ5$jW)*)%Xg![OT?lJX`eL>PI9:.[,#Xɛa2ḳPM3	Ff3/ni\GWW;VM٭$I1:՚"t:ñgeҫЫ4{LW3p"@B+_L܌_/\B*q !c.]Κ'xw4Ɠxm\ozDp#TU%v27ېqHP԰u̎m;h>(!)(2OIlvī:hHCP=ɒ"vǐ6Ȏ:ˏPg,n{fZ^n5p6ȴʲ\8]},b:<?JuZzNۯԆG4|͓8Ūs?ȥU	iٺѬ7KB:̀l3969 I>\t~"Nɍŭˀ'a([-c>.q(3q$eNԛ/ȅgAѱzz y	Ю~՛,^#.WQ'Sw%#$&Bf~	ݳBj^c=:Rx΁SfLG.k{çEH_03q۶]k>ǃZe#6%i4G]m5/BjkYʲ޶X}ǶY$>aX}ŧ;{){Kug`^1Ns'ٟ|41Λmp;|=0#ʚi3JcܫVXgxr"0` -қ5&*4uԟD :SR#^E،ԴnE''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24305)))
