import brotli
n=a=0;b=1
for c in r'''\^*þvCG(
ƒy?}]x
!4pOHx]|P] ;±ah>פ<*ѧk[)JlDHb	#o:m/A7ƫ;qsHݐHEx!Kuv.A֑I#ڱo
8gù*'~HMmCȣxIt[i7%	vuz	Ri^U={)*oqQ!,z.ΠO[-d3MmtCo<We{ÁDnf<*غ~JG%7ظlFtMn(MD_{@i7
rI߅G5kߚ3`JSUFGPY~F	װy*(֩Qѵ:Hr]ܤX`ʀܕ]ctXPSkeqUEΚ&VGd6h+{ ef]O/e=Vę1 s	@m]iQ?|KVkňd/Z3Hcܧv1zE_TIlj(rB4mG&H4
o)(ogsNBװ}H6n4ji_==Blچ(Bsrg$t]:8zx>Soqܹγ+RT')gŧ+U;2<Lpy}Q6gLB53Ը)j{zӤ"N{ӕʤn!حTK7Wy"Ǯ®s&(95W)PF֙'~îq͚,,WR	fhEP18L$Ǎ?[j{Gl$*'Ӗ5_#slO67Y[ocz#ca
 ˠ>Gxک׬pȾQ#{e-Mt?`DkAy4LE olͥuϕ2h'2vOvSɈ_Ks)pd`!|3 "Y3!|iЊs/;lI:	PIqYFEƄ/nZO(Z:q
:mGحzrtnT?Q8T]ur;hh^_SlEY6~Qnvt߃;s]|e=KZEރm6wcDZe~uG߾μ5WQV@H1ў0{GҚ݇X&x`(l]'\*svZAqgB#y?ʅW)/ڕ`ml0ILh8z&[|8<( .	7&BBt!IH2"ӍҺz,Ӕ89̋o~1Q!"1M#!O.m!:S݃v.%8:fQLDe$mūL!bď}ٸ('Ɍҡnۖr$w3Β{lfȷ'Q",ߟguq.f8h]9tz6)4ԠM*o["j'/)Vb%!((4P`jۇBBߓ'ҳ
Mùm3߿HՊsxNQK}REβrBqP˭/Ua>Eʳ)D$+v-h4qOMB;ŧ<e7 p\hxi>O_NU)3֝^I*xavI6cr%"Pí"c@Ƅ[	ٝ ';ǿz}ٜPhjJܴM>[aPUqlC/;£Xٍ"#*O/&wxߺ.qyZ Eoĥ|
ǳ_9,cD/0sъu-OvTP&*dryT^ּ۶=^ZA?#f-4ҚπƥXǻ1S"d4[ev-):TlG<YT(G9Lʠηg]ݙmͻ̹÷r0
Ftm6&Z7Y͜E`qo~B@y?	XAS]լns1UζQ'KGýG(?Nϙ8gX_^O!W^Rp6>>mً|iމƬ7 ̢O؜ДrX@-45ږm˚֭V?ZI?CqJѩo(~}Kej	
ns?(cҰUi/\qix.Wr;ɽq|&rk28Df -;c7>O.\yݥŭ؅9("a>fdrZOkԦX%_ػ2M4c1JqlaBG7gfͅ&!81ܭD,KtSo0I"1Uގg٫8M#HGcvv,խ
OkFΪɍT=߸mRlBn=ei{~Ʃsxj?|{
Tjzs[=\bkίY{`$	PzZM-8#r|z*m>.Zͩɼدܼ.ЩV;NQ)K7K5tx[jt9"[D3Rݥ9ٟɊB`=Ԇ+BzR1_ڽ~0>'MUϩc0{qCC~#SE^ޠeɱ. GH541S]V_|e%ԺsqWͮ9̉;.Y!=AP	@)ԧДh8p4_1	>->w( nb!LoUO,q֫&8i2h¡v)Btic0Nm3}ou)]8aQΣaE!yv3ф<gRaٍ oR<Hw[ǡrmx:ښ؞yLa{CN j«5ӨuH[v8Ceڦ7r<9YЌYXmV+w[}y0}?""zxkIrweOBvòO>^iѰDb`GǾ2nWٕ'`vdw٪R+xүχ8p27nLo8IU3M8aqD8̩Td7rK$}0ň~uU}"%\AcOa$PvF}uѫ8h9's[ԯO̳.ݜɨP$E<){M%-uֽQgHY;8
".o;q"Ixօ)\7SAO,!h]ĎCJh$҇+y<BZҦ0Mg[ӄZ,y8bTM %(æɪr*	WM$HNJJ/Tf9Ԟ,͂LO۶{X'
|ġeɗ5	זD')"kpJ̥qWs^fX<x[@,L	I׃C]e<6M)ҷ[?rؼhYߘ"TtId
Laʵد2o{j%@+
3auuha"oAδ=Q^ҹ8͇JmUo%$h
$6r̞`	#jѝoܴZcfl!++_yuH*VexvdDca`
!(`.ܷ=
޼3,o_":~D`y`)Yf>| ܡju	?fLٞ1r%eW͏C PXXO)g#K֘(j*6swdf29K3urXuϊsX`'iՑ}&ZIyŃ@޸#־<NTg^IqU(eve{"47T7xΦ0jڙR 2u޳ǧEC8t24#7JÕy_?xd^KoA2nIanƵ`lg~Px'eȪ~Y
'y	4M$ɣ.'hEN];%5x#ؒ jGؕ>Ea>m}@'xFlALÈ8zR6 ,>_o$ݥ~x.ٲͶ	 QDJ[h|1٭<,22T@ƍh!'6dw*T3γan0Y٣ugKgE->޶iDиɻ=L]. FRۃ0569XZ5]i׀WlHVpK܋v,2=GK;lǟ|'~(";uĻߩit~}x&̃?_0Ġ0~=Ý׳
R2P&i@,y&l
8˸x1r?2p,b:m:a)/wV:7UܗL˘Aτ?2]E::~ߢFVg
Ŕ7U(elܷ̭,h#*wyǌy_׎a\=
}LGOD$tCկSm*w.xJ!n<94{8*a'ZՃHZLL2E6FֵG.1Dqc9įQݷ zbZg%WE>#͕!1T:d#(~AgJ*ǜuU[o'Y¯Zz5&V4ŪxUҤg"H+VMƳՁ_Z_F)
">M~E{2?'{͵+mUZw߯Հ`ЧȺoOWK;7guFFe4¿ť}Ӑa;
jY>Igv<UUãH$# a]okԛdA\o<L¹h	AV|,_"˘Ildzp\u2Bδ0Ӣ1d\8xxHDʈ1g$H9[ly~omŜ=(Ģ`VPFDm~ϛGWrS h!?1`LRtV`-]dGRVO
ˏ7+~[ЙU|j(]euƄqH ̽VAn4f8YZǺ=ejWh(fqmRjrR ~Cgy ӂ"uGSpg۫[̪ #.œZ1a֢e!LUv£	6g'
+9<.cuŠ3׵ZԸt2pZnMWڶk,N,>b\aA*5{[:ƿ1ԾGsC/TokNw	m̼Uev_G˞<F4{@[T@0=,"gkS$VC"YE-/}V%Wh+[	_ \R0b;;;*ix,9"`oα5ڞޅdO626s(nDhAH;xӃcD	 ·ێ$H<ˢ1Q
h7\(k~u`aLW	_Q:'%&`s&heRǝ6j̅;M9UD]m`\͗=b qv@ui9]тmjVȀxIMMm	-G̓BUi!63v_ˇ0X+'Ӟ3$ݷ7#:zw,N?TAV;?PcZP30xX8'e<"%~-"FmHʮi9V%V7.MJ:fpE:	b: ׳QD	,^'\>!MC
SfHX#ށA)*<f\V}[xV=	92T-ZZpv])VQhN1~eПRyQCf:o..
{uQ=}%k.yjg۠"quT5	הG(_zZ4T1@kC2Ɣǫ1<zօм`d,tiȠBua&Sң9\9:nN$8j;jF551gtxZ^"w/ׯ+Lj[}l1&jͭ ߛVkwv[[~~E8m?r5V.δ7^j&%Ʈq7OeXI"_y:(eΞ2;@LʝAHOx9C^~eJ7%
ku4,ZIF'T)}?qBtؤ~Ï%ä_'bF[YTu´ljwK`a̮y51Vw$.-w]avq2}ҵB>[YR6m4kٳQxm?h	o>X46_j2QnCiS3tʹsxdV't\2|L3
t՞GXz	qm}ac
w,ֽ|#Vpa"f^NŀrR%\Vs,"ș=aSUz$O5C]x/h	h Bͺ.h/;hv#f|[ZVIɸbXx4i[$DB9@Ľ:_atXefBsUPWݶiTZZs$u)S17Mu6mm$Y8n}S$w{BY1SM~"xfd#/`Cx3߈c%mARҲ2EizϜSٌpZZ	ٓ\!1
KLxHMsemЕ0ףqV*=OdgZEPBTJͶ0O[¹NPVlt5I"vrYe$V׮
ɱ		
BVg-V*E܀IGD)Ճ~̦Wq&8}x҅/0i˧г2YyVt"_+!CZF4XZoԼlJ:2UW?/ǯځE*34t$ԟlz֩>qSFAZi+kqkUѨG<P=?My8nSxP]t<n,j?|<=&բnfqY1<eLFz\3C&ݝAc%FǴ$WC2 [pWZK]nvMNroYvz3
D3ոajg25WqS3۬wο=?^`o؎iC0cr9f<5ӫ"/RvKvYBP/;ą"dc/t6Np&}r;"E"+0pd^|N2@cKx NW9oLLb~63eoفC׋ПD{%4CKwv,vie8L,a՞ķ1޽G٦!^_,w\UJB^@FeǱRҨyxfۙ; (u%O'JFg}5#M9~^/NEO	OnX_k[ނ}/os}32=``~;ϊZo͆<fƁchC#ofhZޫM!oc}`_&iqbÆ`qfVʜ	0]Rjy1#x~#/ZؒShwt\kƃLg8-tEpuKzg^+ݯ+ϣμ?@z&{LЋ:ύKS(A]V>EanUg`3ȳ(Vn"3
D*'T_jjURՒƪ-f@֨'2WnRyq+7x2y4Ӆ`,L=]|jX#92yE3U4*WsZ^x9PRR٪x,ևK+ʙ /,Tx0OzG8E^%lu 4@@s\̤U$ޟƏ6]u>՛Ԁ/Gwn8K1C}X^la#C.00һ;P$	N&D,RHyͽߌŗ	U|[}o"|.9UΕZG1Mړ,^5C']ͭ޻;6?8Jٙr21zrBAڿqX:qdi3ZGK57`N)ܗsbiǔ*J{.Êbvȸׯ~n׽}\ȔrEU=};Ք,ŷpN0Ua| ˰Q]?֣VIWF.ͱ]9	s5ka9{>Llqqh`QޡqsUX1<մ܃zXQU]М,IВ=7JW,IDݻRIx/hӎ6@Rڸ}&Nz'j8mݯaIT)ov9	ٛb<=CĮS~RÁ˜^v,=fXd2kII"S{[#ךa̓œPdC?J>OuFUЅAD\a<¼SZEܜ%ɹ/DGF]2@Ι!Nɮ; 	oݸ՘W{p.2gH'ڛ}X7bGt*"b\ \ٍ>̻n#%LF=K	FWB
<Ͼ .)zHwp[ d+Ńg"&<uUy3QEkCX4 ܼ4<
7<mFP;XubІa<n*ҖeɚϏ$̼<ڂe7I>#D#5RD$\GDK|kb^iTeBkˇMfHQPTuRRw1Uk``p+Rg/x?΃I7k%ߦj>+.T`9GNb"2ߢHݽԁ`ڡƌ.E>̽TX(p̲UȮV wnh{d3oc|iCoL|k?nۆI!Z8ݩQümRseZО7ppUid&њ3G4ßV|Pz,<e :}w3HGl_'>w=H><|GDy.44;bun?@M+Wm-9M
2Ke|DQ,
H1XЙ/rwYSA}ҊۚUu4ǀ7X>4Ƙw'϶ؼ&Tq;
wP|z)^^n~hn`g'+y۳	rc˙)oĝj@gϣ_&ڟ\ş5ĠA2G&8i0$;u'OtyK2)orY+eoB:}W{],7%cU&	<M֞Fsr":$~;w16i\E=x2u$ܫ?gwژ<FjV	kɾT=qYzknZϘSgz.RHQ{ڏ/D|gQP)
C*fo'b%|&IOnö*RcȒUw ճY*cs	NLzrLL~_;M^>TcnuJvQ.217<"S%pfO0}œ.߱IǔPa{&ZSU0I08B<PwKTˣǺ3>zm9Hs8Y3PYM^Ikg#݉->˓BH1&HթJHǣBA@J	Ah	ٓsrO]cĈ0?ڕ9TOXX%}c]¹*U1sX.(_05<FTR.0ϦӋmȕ͕/neʍ5J2WeaOF	d0.*`K рRU:	*ИONV1JyPFDv8Ԫr.\8҅żwpC=kF~:I<:E]*^GbS<vׯbJ#iz)dNm{ir_^^@I']?#0ӫphܨ6{fhU&C*oFOOҬ_ĖGؔ϶ͬ1=q\gX{ǌcu#oCZ_ҬREs=|6SaB(vKZc-8wً[kɥtEqZKdV*8[	l[?{9b3BD]=m k;qo\7̢gXCAY?٥,Wf<XkEVمҒoѯӴZ `Y`ۧugyp@|&)1$#+lmnآ:N̈{hymGNIn}*8Ē_GT}_v" .|.+.M߾gNʴؖ	g=2*ߣ`<hreڱg\f[ߤѹشS`ѯG8`Q`kڬPHѸԄOTړҞǒC
CjMp"'*S$l	ؐیRJHZ0sGЬts0TƔiQCވ$kC,beg;bz[ʽWj
)f^ic87NUɀwK~rz|0_Zպ}ƇIWoѲzȪߨ(^@9X=>\~İ~AQL>#LT:5ͤq
Tӵ2l#vcIQ+`c4ǝ~
S\Ul{ӌ!֊9 OܣH.k(w͝yDyhŻ1EKDĉʳblLr01KۛHSoy/=*w_XڀB'Ix$ǾQe2۞OއRmד,Gt{!TeX"!K#əzBVFԆ3j~>sTvd6raHFΐ ݱ{؍; <'_ӘÁ:!fәmHA݉TT}n|)f)|ZaoŅUB߂:4M	`ΰd}Kw*nLO'՞fD&Wl VW  G#[[/j*m).fu+k);[ ^QHZ{^9oua2k,J84+,H0E/H6<U;J|i"ӿ
&L*	1bdSͩjs5>rgF.GaFyx	ì<Cjb}ļ;2%'D%+3`%
^[&	j̑EXo^twG6jk	;T	%%'Gh?= >V/w3ӆ0;nls'ܗH9JfN~4a~q]1{/ѭZa]-swz3شV,?38<(t`q=p0(ݒp2h"cOT8bfdi?غTcp1FTD*=]*<%YŘط-ne߰eœED߇A2mh4>Z$Ϯ6Τ	zRZ[6A̎|ѹk3/ų4"8$N	;h5ՆG BI+
i"4+`c"L]©@GϟJWO/!7s\f44YWF}+-I9Xed5F0"ˠVz/sgPU1I;VǀkmF2P?ސX;{#1$n1~3.pRrQ*k/Vٸ>T:Y9aȍZlJ-r%5bJ$_ɡJb#I;@K}maM%@YG&FUn10}@&?g%6_}N3LפJ%tdUʬmtc;Q}~7>݊y6"F
x9$=.+Vɟa*vEņR#cC%j|ς!*$ծjdn*A҂:18$]:)hS@1+q(A׹$ҍAmIA jns۴e3l	2D}?hʤpZB%ӣ[*GHV4]&S^S0ӹ0^hrSLSYv2B<KțMpd~>22zc{Y~Rw)JʁP[5HN`DYs`uDlK?/*K8/L1	&Z1qfՐoPۂGDÔ0_4/n/0#ӪIy$*XO5Wu!Xo9llK(վi1mskHdU2: "(N`o:`}9a.%xπۮJ
wc*ḵՓmV'=Py$.!Fy؁x	D^3+B02Iv}w")nL@YaB8f$'~>'<2J
8Pe}BF̜CLˡ1#˴.ɳEu4<cԠ(28&;qLt;@ɇګ+Z4םx_6IjEl(.ُ/#ͷ<\t<З%fH̷ե?n %R[ǹTJM9	HסIg.U١=!Tq(y״qRk>K*ڠ+ xDpE)PX?t-.8(,ъUT=O	̂FR~9]қR7ņmhnFƊ6NE[ϵiGѧk6{Fɑ4idzƊguLhW8q_XlOXD'xCګrþw*TUj˛ϩefC1/Uaߌe*{ݡds{GqܦyqGwuy3ɐЧɰÆ2_e;߿W]3'*=C-w݆ϞXdTxtUv{kbx҃;hVO0e>][	"[Ԟ
:/Zܑ֨kw\| 3O6?DNw_Yrw^IIfx%aBM4%P8c-]K'O:[-Ÿ~Eʁ^wS|0	U(ǌm=,Ils]"7nYAFWp8%ZH,tJdȎɂɜA/ob^_ZV\nf>aS.V4=^DiB,ڪ*iqkzތflݏ,lSO\a9-DPuRq'Q>K^N#iLtP2L6s4Nv
Y	2Vv<4bEjmO8Y6<lMo١6߱\Wkd=Fxոяb!rus+D}Œɴ^-*7CZ!n"QҶd=_~RcRJbѮro@īh#<rAO)4ݎk|.G8G.D<{ DH[2LSq.58WkՋsٮתqFh3Dy!~v.}׫rci!x7װ,N>'"MnX+&L[RkX#t(tk+PDSͫEJ@uhbF"h`.BVdNPƀUXRGy1v؆[VruρʧZsDF+nvuK:>!#ҞhMO*2Ial΂2ӓ_0y0Q"eGISuȰȐfV9fs_(l	bm<n=4+s"UGΒøQfj:ԉG3Nte?u#O#zEU+s$yߜM 0x_<VMc[P$ClϬ=Ak{9VnaW|M.tTunѓCa{ARP4\PD
X1l8RuKn ʮn!8֍ƙzJ	U*
B͠|:F]$bI84/gF!Nu#-$e+F)-zVVn#ukioLDcGK@>`EV,ϧ!!ڿGy48R?·
[hrދv(fwfl~7qW$keџs"nkr#Ҋ:aԫrc1cFO$S/RSybwpmڨG`"5$4sn~L۰٢o{?UC6Qw5%ahn,#xmUDτҼq7dQ=̷4_Cqg;rbʻ/2\17rkEI(Ie4v
L[Mrߔdt=Y[У6)GzcGsI?t"Br8*ұ*NP  ~HAޔec(<<qY#īߞȶf>ZțHNXܽߣʵn{.$>ϥ~<{lC؝@Ӭ۪gK!}<rt%+N<f؉z<Ý*ɼʎZIH;6ɦsΐuNJ-ppA,\`?ɐ`Aΐe-ƣ*'[z#=ջ??^:`S/ɥSfNɞqFo1?uϖ#|˹3o&|0;T7&R^lx^Pe8TvZ0D8ёՋ"	yGXmz%#S\iޟ$dKM(X`V&d|u?H}|6i.zxTsn2ʗȞCZXVΩQXib"TvO#L$RgK:ȚcӐ@=?O!׽S7ƌ~նڼrߍWYụoW
GndliG_z%5͵tg5aʇ@()I|Q8R~СHӨ'c%=f-{U۔V)%͆f3=tEwSI \K/=18y߿}NM1ѧ!2UX!?'Z`w*ԀO	[U&+MϢ*94]ʢuPgoڻo/-}m>؋ctӊQ30s*t\y;,,/Ii%f|i
w_QUmR&U(kN ѿǞix]{_WT)b\(	hM ݙ1B7ʠg!|f?<08Э{,MŢpo\"ԥM)ƻ6iܬ;(fAغӤ>.Z}!.HV2E~	04h6/ˎ4Uٻ3_ؕ<vř,*<HcUp\i5Bq-Q~϶Q=YdgVʨOBe-
6*=ļ"e)6~rkN87y ӑDc̬	)&KQ`!c X<h`R}R]_4m! 6~:-<-NhaOՃhg0
h}gؤP5thO7l1VL2F4?)M3'(z_V}ga_ۊonmct_nҟP$3:s&cNз	Hѕ-LuIM{4̥]fZԥ#;0:Jgs;,lO=<YGUFŚє<(`!ek3*
=MmȖ%WÎb5lly"ڕ{̍3Rhr-i*3erDEwm,Dlg]0
RӄLvF.!g՗[ѝ\e\U
_JS˽XO1
2c3wF&(L$a՗<)%!9IrdGY͑cߦage9K)E-
(Kl	(<M߬^w
>Rvvl(̑'awN|CĄ2~oћAt+*Y7d$ĳ'h?aM-1G*қۀp1ηlFT˸)Ltעǐ0ܲ"enVrQöI%K:t}!#F)wܤο^٬9ݽ`SyKU_(\'DjLodtLNls_1dAڭ8?*Nns$LkG˹#wY7$PKj?fB]bXj	l]S937:(KeR{72,&os<mVͤ/
F~y/l4Uz?6yˠ`y8Tp5<@cBXmښ?W7+=y+	P-: )®.tcɟAOwUǇYמڈS67Yz$C;&Q֯%{$aZ9Z(YʁHOռ2SuU8)zҁLP!6".^0A-Iq\LRI2qfֽVG;z{kU7ۻ	=qIO",ζ֔#DWCvPhd}=zhN+$fr%{qyy$#cS*(4&NĚqv;fLs+_!̂M^#J2ژآ0uA@VvXYqdNaaDxb
S66z]9;
<(F/]`~67DCUZ`<NcdګN%#	
ۼ´L1-rҍI!n
9UHdH_5@,Rx/EE:YXh{]g@*@Hr׮^HHG`^fҾ}YŃYU{Ŝ|?zy.n *cŲCbԯp3foj2DʚLo7ڹpŭS~2t1ZUoӡ0l]|K?:{1'Xyt^S^Bbx"/χ"]P]<%d*3<rTg4o__]m$hǴ5Q,&6Psʨ<,l,HFioQ#5\ɫظbfָ7x3{jtpJ;6[_o֞(ҢP({ϪlæL<2"|YGa_va?ӡG<vGEݼMOzp͚oZǛnNX34{чH/u$^-ا~zwfppuvlU?n7˨Z @h\9
(Ŕ1̇8߶Bh#޸
Sj_.Iٷܔ0Qy?H?7SU
+8KښTiV}zA}YB{պdMG5կwLcܕRV:ԡ/DilŁץ`eqb{T!4>˻Ͱ?׸"s)UEMUҽYXczD1MǍ_![Ϙ|a	{y
2H<Zx^eYK'D|0 S,!t%;4EPYTJ|;;׋p%IhC|+?DHkkzfN/DI7rh1)aZC|v+3N=dL7^'RDAX0'0zr:Ϟd%U6>[أ{nd	zl]5JW|MC,|j|f/k''ܡMҨݘ9<pNΐC'B%kpm>@7|*w524dYF~&F̔H߆#j[Ro!?|YjDۼWo$pr*ԕq(̘$ut[[,Vܶ	~޷Fs_،?Y(Ju+pGwY~qvJS0zhZܒnduJP{H?qְ>IZ-!qOJ?\6@@|G1يG_pU(L^}/O2ћ2LLYZ>pYz܎:0yWZװ#.5؞4I+Hu,Bd ^.z97?%&7J8LeY*c|zS1َ-NY/Őpy@Duڈdk}PluńfPj<.rmzӽ#tZNEï;1@Y̼j_,Լ^Łu[;NA &;	jIȵq`{O8ܿi[s&DrpgJTu]9X-!FK\^ֶ,8	tP\jL$,ZY*1%bV#y,݆aPk00%sJڬXSإv`֎}̚]4,޴9vŧХOM5mOƂ^ù!X1/4RYǆӜƠ+YCb7}7[fM29Gmc0b_Kێs7W	DqohS!Z {P+:G$'^%]3&ҀZM1DXQVã{0*1u5ęH6 tnq9g2Y;l3TKՙMn#=!.yuzFBԥ"	l&Fȿ;/ۡoͽKѦU\Az˻]n$rP,iJ|jxEpƩW|S8`ދy`˜L	s.K3еP1l
MȝC(ҵ][q"D8>*WqSRjcXt|"գyF8| $М	P]mb+ DPԷ,#΀:֧on۩$Kmf>1'˨rAERy072HӸ<|mϑXIf#kwQe$9M;{{RWlL|U̎6r
#Fq~9SBa9=5,+iRo-A0eɖE)bЖ=sb^!$ãJo͟A(6lzOL<v~څpE>);n#)^2
`/bQmWxmG+u[߫m4yL3g"Jw;:>l!z֫[#ÞFos9Mb2߆U\J"^JݨgID|^LfQ@q5ݜ)4e=M='ҭzu$ՑApSW!S=EX"MNjl-1UtC Tș{ 4߾UC1;	BhQ "5X	#7`7iǜ1[n]!^=?X
+LY_Cw(*pjK+.v9UƆMTIROc"V{=##w/c6(.CҸ yKd߆0z%wT5^Mg&mܜ͈ht<65hwx[Mgms3$@NYs5-/9jEu|]l~qVqQΘ}F'ա<A4XK:9n/i[ۅ2W'CwcpɉsARdmz<ev\Zbg.Hc1ܲ	\e<C$\b/qcmtiޤ1^_c8|ܡ/ݴ\DUH;G'ڵ=)"ȓ۩{Jΰyvyh>18ڣSc4s15+ԨǄЊ6>Z`~2l֐ײ6hY0ݙZ{ƣ.#_q"#hO>fl7cʏMɵ2>k]s-=DNMY>#(v}FۜVɼR8qPC-v&/.Uԙ`TkI>ZWZ|*+dגQ9Bj[maMŊ2MS /guB(,ڥ	id2~|5;g1SܭDі]0(|dH}PTI,ĲE)śήi#IF`d%UɜPU0wIt#!:k*Onإ GAS\WS4}lOpb4a\Jd?K@*s>oCb!h՜O>V-"#xO	ݴzR!u1u/1ڎ;xޱԾe!ҧܤV$;	ȓw@\3,53
"ڱ27HSUV$5g1"@K$Q?gp`fj0/HyaҲ""k5ٸ$oL@y	}޾CTFpkz+ɼV`/
8lͷ_l1
\}$؆f)I^Œ4*»5ϊqaC޾ $/zcQ4Zy^<ZIAP=6ϋԷUޓ_"ޘd|Q4^lȒxxq;\w-j0Z/	~9Qa޺dJ}o6IBW͜j̱ʑ(w/FءD?zr/!-}o3qLۖƂ{k(\G#m~q0lʉL۔wY}dP,pxן>wuY^Da9ǎ1S˻Zon=ܷcM5rp;+y&npOր:37Ɵ^?f:k=j2A-Ӵ[1 Pv5	@ȽA|FLciR_.\aCaʿz!xflS{yz8!޹\fWS0P[g΅L	bĿ/DxсաV5ɅWZW=FV̯&$NE[{GmVlF*yIϫ9I|JcэY ${Ž}P֪MCF/X!R3$jקr0	<՛onV,ց=v\&<ִe+|[j&=IJ~6(D42VmDyUkz?z-`W(Ko.eEdC|ۧ9Oޤ.N>%1!@E%mj`Q__-c[el"BNKhVlMKB19g5?]p/ݘ>Giٵx_ZS'ޮH
l=NܛGp|Sscgߋh(IV.XäXqն7
;qL\8Un48ݔ?VZFvcسʕoh4y{\6Aݗ:u3Gy^C|D5FsN^(ȷncѷBDRՂ&Sx]>Bϼ]1dSO/}ˇ"8!0u*݂8d̄UT`\<;,;Y~uYG+Pt#.-iuy4{~h)E/v$w,YBAR+tM?ܶ	ތJܟZγn0щMa	?V|#tܢ!/!TZF ݴj)'b`w#ݸb2,Ѡac>I7)l9}Qtb<MŌżm\Ò@vƏǎpyQ1H^#Ŭ!/CK׷j9ɧuyPo:ܖ/$u#J8b4rqn-JR×|=h' Ww?ˑPpb0/^ʊީQ"rL.LFhE2UeAa
}&W0{,՗ "Ĥ0FXb[nW:Zɟ;&H`OpKٟGޯ<.^&)ɲfm2iZQap+a|Tu،HvOֻxY,OgeͤP. >L?Fe6tzRjWљbsJ٠rE ]>9TU߹q>83c#eSqEuӾ5"y1n۳+es=Ā~<X`olu܇I~mhxs( w7ǚx>&:;Й
JлV}T(ʚeȍ	Y7w!iC&K1nQ؃EM߂kevÀd&QJgȴVhfe2٤դnbF[fF,ahf\C"s`![x]U7
olN%2/t%"weo+=q~s.̋3[x.ΛpO;*R$~WZ	4t)%iٲ~&`o)ZJ,:SlRa5gU3|T|Tc>٫] эxxʻƾ2niY$5L(k{Yt00%@t!cWqu<dSFdvću1ubQmӇ5}ȿ:nR[v %M4jib\_1^ֈΌLP{_isQ-H!7RC~
uAĝ-ɠ~*QT_
_bmda`.')
jWsl)pdasYLEnQ
	[\6@
;՛XP5v2K%k9Q#nb=fkϴ4GpѾ_JL9Km }cĬFʢs,k8S^.gǗ ޏՒ$8QIĶv{@\|ě;GF\d'xcDp(Xd)YY@gĩ8}7@ǈ,HKzH+K$Dɂh	q20ֳ."xgىǘhvP#F.j)6%5y?iۊm#?֛ϩ#%GAY&6n%PfG0)f-!/fTɡpsҳvpշlM
V97RcBs|!RKeĊɔ߫B:'
Qhn;o<^қpIu-ϭҦc|Y`Cqz/Stp] ֛PŌB:^QZu>qY`íx~qy	9/u]M-7<^8>k$S|:{2LV;`ޥ܂gZaF]lQ(d~0;L8+AOi9S/ԡ4fG8$֒ZY>;>:lcb/hǯݾXPlYOj˩i2%wǥrhJ*`9He˷mӄ^Zf(ܹE3d@I<(f/1Ξ΍6]8`2+ԺFM	W66]S`ޞd:go֗~Խ8_489D;_;5WCx!_,&sZ0y~*k	|b՝JǙHyFZhˣ8^?f^ч3Rm˫}/MtĪ»tQ/grkmnU7x|ɜ$ԣ^{js YʯW<f]^*LMWg?PW{Kkj֠mDDW͡p:FR85e4iT(3>UiI/u*fƐ3glؕ	˱^r[uHxEdYOe' Ν7VMD̆ocN]@eܙ@lڦ-g%?x%Bsk#+؁ӓ:>ݜ5$duU͕7#PO;?o)}zW^6E
p[ku?MA}fqQrB#K	3Εչ!˷Cg
Ҏz,G/5o,U!@t֒
Je
}M'A''c#oF%.׃L\tOVu`߾M5IGiZ$\~n9Ime!ޞ%[0Zx_ vBt5֙l{ 5ÓTQM-qbQjsx<%eSJry̛҅W*80"\Ωi*KxO=o""+HYAЭʁ[~=ɓޭXx3xu)fɿ
)doJݮNC+R3Fvr;Mx	}7׿N-AݱsI]w7bVg!?5\X/.ԗ2n4]C&*k]>o]3SD6~ahKZ*0_L,CdHQЧ/>Ѳ6dG OF0n+KaxA;y)ew
j صcʕF6OwW,pEFiV&ڱ84JgVKA)eπōjQ@&B+X86IHŷui[v<
+lQtZMbcUKH>g;~}ƠJMxVW4S~ȼ OkRчn8!5M=xI
ROߋ.inJs(4oάԍ$)4QوvRa<ftoIRtw~9Y۫CzH2Θma(MN9V!x=#ב`0wKgVӞ"HG\P|4:vğq5[Aʛ"L*ڴw|GkyBUvRo,(n~ y'٣3AG}ʈ~2hPۑhBrݨUXߩǥ1؏V0\ap X)0@c@Ey[s]TӅcMPl.HÕ8ԪȠz_wr%\sʆ#ڐ8p({c:p٦ {!7SL{PZDܬpɘku91[)gF*v>)pͬc/~jĬ?Y28v^YJNl>rϩD]ܪҠ9Fj/7j.h5GZؽrq\ң6%
*KPOmV=N«'{Vח8gOOƂZ5!^kϵ \U*vIt =Zɨ-E|e;Ug#ţ)ϊIio`0G|wuQڗa؃Q
{Uqi|ݢ:$"EMlk[d4mՔ#Ajޫ uҡhFJdz"Gϼ٥e<P) !pT-]}`kfMQ p֘6mTJDFnоRmf5]wh&XotpeD:C[	.kl_}ׄziar,p8;j̆R>ʴf+?rxf(6hEpGɃ@OF{OyJ8ZBu#6}11]%	FԯcPYB8Eyj8O_H$pS6DHݭzZ@K-́Z)	gc/!Iw~l({Ġqk0hzˆO~ YAJÇ̴<Z&I2P'Bk0Nz4}F~aF`YPp'Ϥ,B0$UfMT%MXà*?>BJ޻/El$Pݯ@էɓEΥ)s~jN|zo?C{4.֐/1.AIwXvҗؿăfA߶TɍScX41UXIjիʄ8]n'_3{VW
FW\φ֫z;)"h/!y}|NELf"CH+[C3@ܒyMկfЀ!]ҁ(7\lF(5%3{nծJ%Κ$Ėib%ߊ
d)7hs>pHK:O6$#LpOXLěMaɯ:.H~;[w,د#.T"*~EtK'7yF;(?3N)^Euߣ]ɕ
M7-V,'͈υ͖)H'];^X;}W5w5ɖ&w-ʱ+WM)e>iļQV]&$d[u3o7B3}[fYXIt=F+rRQUl`Ul}r*$Zzֹ/i%;/۔ڵG!ž~)$R>*QEWقc"i&r%i6+`=ǩB,2=U^]2nˣMa5w*R8T'j/كMR=5JO!;'	e5'ȸt8"ͲyL&Vݡber~[&aײ҇t[/CVbėN}GyA(vCڹТJVt_܆_/|ڨbDi]r_BEl%^T=f˟&Zlmshn	7ܗ^(yCCvJ]cT6QhE؝b@6hhxk[ũ#rh*rtOCE16L*ۍv'ً܏Ul'sz$G`Ąo(ʓ&*D7Xؠg7ssdCH{5|czy+(-yH=8pR*җz*:yX16FKEhڐU/Y-T#<X"X^(ޏX`z`)y1LҮ2)Kr,סL+v2\O~rϊ@ը̏P43`KUЊ{K4oWW^LmdM0{?uܼl'V%+4Xu͍F+9%k^c[ۜݓZ<^pHT:&K΅IL,UqcY9Hv}ͳ&_N]6"
ıE|h4s+zгՋȊ܀k,/ګLXfc6xn|e[a@؎PyGw }@޺Uwz#՟q(tc͜`9aǝ^&}	i͎yxe^y4; ր&@PO?%PTͤDwͿQ@ujPoqxEh-½RTp`[]e5mz<SD|dr͈Zބ9y&&H%<'MK)h\-ȵ!}:Dχ0L$2XoXhGݸEkG44%V{OVSnu(aKE*:LiT	)ۤäq֩`FQ>Sz2C<|S.uNՊ[ߒurQ;Hņr
j`²H <u~HIΠY_z3YR=W'y]H2+͘GMYVIL2M_KMCINl "-KQYn\_}9
B#ܛ{N|e"Gک͑p3U'o7Uba.$c{ap>r:YvKWkd8i3Y",0kd9~L.Lku
GՒB2=~l:دLӎ\+6/3Cn.a8}Uځ#o%0ʹ=I"kGb97h$	6Yq+/K}ά[[Hl[dIvdy֘dk (6&`6?~X$-pBL&-ʳ/|t @b+V]F*~.X1٣ë:[J!ciPǱ^ڙ*SHMX	5V*7Ŋ2D]j׀a2me*ؤ+ّ(ع<quյ+PK4Ke#b}cvYVfw+*Y"ڼ';'ݠ4
L(Oܝ9Axåo	Ǭz/1V.9'9)g;yҋ53DKг`8.bх)+v*h6sћDw}?<''ۋ݇v[ҔiR6G--k$z	C8?d؏ƛrCzOG|4YǬjq*%R#`%TE_X]N5e&O5av5}z1TRDaݥ@G<I-
,/յEp.$]%'XgcAv+! v/_L4޼R8c:TW6FWǯ{r޹},bTEd(.	ɦn&Kյ62Ai	]hev
)vҾy_NԵB!tEr;9+@qE*ʎq8I/yjhUǮri
iJUȨD)b$ljGd.])د-jߺN4(z2zM)Z^"Ҹ` &EX6*,BKz%weA6ݖՐ0ń!gJ5!MteY.'r]dҥ[Χ@ՍYl`%/3bPS!m6ӢܳrBƐǉ	$˰N%9c׎-$fpMe3fqq/	ȴFonpkt+0ij@֪Aj)Gzbww]+>v2i@#Tز%!ԣ5LuniŅ{^6}(c*f~ؔc\%z|.k[ܒRs__>bC4l1~#<?qDb\HܳvщZܕ5xá5E!mb@\;~8tnDpq*hH~YNsC˙D(]i˷P+oYYl8S*F&7Gb_w[?۾ns)*߂RM}El
0[K8=Cst_֑8ƶƚDpB]ܾ
g	foĀDv5Pr`S@gͭS&_*ΞUȩЯ$z4c9or<c;ϖ{pض)e+dD"Չ8v	yӞĢp|7Њ_Z>7ݳG{BDى0ڂh~J(9vk߹LˌoItd:_Nҵ&lEKZMIӗ8ʱ	#O4kқa(~*iap\ط\i˕Mv0iǟf!ϰ#y9zT >պ-1JL39dՍ <%.6y?\Wrб.LOpٯ=/Ù߱gԉqD\N3^vt^tĦwWz_H{ ׏=ߠ+^ϝddK6Vge]LXނ!Q
W|o҄[rʟ.w u2H\Li̨(؛,v!;PTؼ¶ٹLo.U@P7SZ[ŝ"B`uIúhaէ+1 93)M(	3aۃIхiGndI/Txz<Q-ۧi Ϗ0tpU'\Zù7)-S]0H3/KS,ܯ3b[^P]ޝ>!:]Efw4{bYzaט=7; (,F#,)XR%J4.!	*PˆЏ[[ȫk/GÌnK5>$ 766WDCO'9r`?v2N\ngz6iWTjQ;Ezn^	'S{bŸqQً%^iƓci϶ڏ}:!ضpgJ%wPWQ}e+SZxJɜL(?OIǙF}\^"t,ޛ<zdHX!h0	+:4j{1V9"W/vlT`\sd̓7DqGieO|fGDxs:lhXrU[.ϲx¦m
cIHRє.@1I
A¼t,ṇMYS]0]e5.5>]x
ށ2<K*{[#`Kcdw}7@"	V͟%GۨەI!<Fgg	>Æ=@`ӟܫr%&әӎ8OQ1e)Mbrx"[uCI@K}({(]<|:ьh$[<
m
;w^^%g]e*xۮ%4?s!g;Dvاv*;?AP٨PD(ҎϒPaj"Ϩ	U':24\E`cqC&B8Ըؚn	ټe>_ծ0~\0~_[tXǊ;`+%cդ`JX&>[©.ՌO)[W%M}]q)!tɨ?vȺOĵvC<J{d1My܂fY[#jm\}>)c($.J(kk@[ւ{<!KՓ^,@ؔ@ķ3aK`K|JZ? 1a3b!U}АHla\;{BaEL%ʩ	؉!A*&]ҥ?s`o}zƠ"g;)U~CףsC@ oʱ$u}Z7g?UhnXʮ(t\	 P <SԐ~Ǥ`4KQ}=Xo0Q[Z?6ۗ|)uJTr7x2ܱ?)?~`| 9ƙ>Z
G#j$}/wo3y;=rD;dLO/fKQLR5<`hJ9\Nѕ
jpk)Hx08Qֆ+ .܋/J94y*Fٽq(B'VbRԭb~2
v'*ÚԹ_#0B+CYgrI2eP 8yӿqgΎüь-%<Rx](k BCe(r~n܀ %d-`̞ee8]9n|>dg8̜Ӄ˛cM38fǖ9)Qy<QѩKr8xe&sm4oK4{̘mSzca`V99~Rݣs]@ƾ<9Ԫ_szH4[SȔՅ;׮3B;rmk#&!ݣ)D)07MWIBJf8ߐh>(#>y`y0 (ccηJoÇ¾ρӷؚs[m=s'qHg%QʷBݚHS-;syH;%<˞ӓcui3CIfPWKXwZh΂~ɘqӈ9oNܖ=XV0׬}H.YUb)(?s+0/ې.!`r 7!/8ͼNG!ZR>tpa	ΪbGD^o4o0ML]mLLTJ\dj	<>!ɻ4Һ8t&$zһ<g/كXaj:s;#sZ>4
+MokiN	ݭ:V'd?v7g~WtLbTg('	˓xoAxAZue#5wcjEܒOĘg`SآzYj	"ͰG?v,?V
::UX44NGJGWց7)&ۺ~ŨCՠ@ҞƢmmC$c̋)=!iAci]o< ?nDoߪhyl
mhdrScf&n%]t){4O3l3[_ǋsb(khn{קT_:؄^,8~ՅCz^D.cF+.UAj_iZ@](zpڭ#WthS?rXo,f?9ypK.8H~WȖ4~.oc;. e8Xf)xyڵ7ḰdY٣ԄbjlрPd->iUI_P)̏jXoԤdR*zd5bT {k|a.
׎Eds=~ߢu;Ws*+0׻P?uZeǺunܷw^Æ5"Ͷ'*^c/gpYs=JgZQ<EeH\\Irc,?F$CՕcks6e|2%P*1Iڃ7e˼5r|YѴ$n]B0^sMg`_c_yw?$Ç^PKzJAȇQ"#?ؕ5;IʔEa+Y<	xϼ`S]%xwWǻnHʌ6ͿU	nze?V'#lzX#(^?48ckپ#`uǚL\W&/7>.M+8'aL_H^jФ(#d>#NލH8`sR-O{Σam"Ѫ߬+ҝA^NCKғ\ZxURH;~+fvdfɨF=5l!9-ߺa$`*~XPГw-|?Ԍ+RA	|k<_T'6^:e|sڶ2h.Ɔ{#`ԶDpqlСXXltQϛe%vlڌ{Ì8?UjG]9q؏xz;uIeךlkk3|^[V"W3Xrlx1X8>ÎfQ6&ݞ/\ޣϖj+)Sړ5ܯ [(8$-пhYCFn*XYND`gj)PxgO8B@{!5[T½[G79iþ{
qbbC1!6k&{jk9Wd}b84yRW%,_7NY:yFnek=x+qs"dҡLM)?YrҎ(<L8uY08;)bi!n7yb#eXeGWьJ[I.
ODبIdxGҶ
v*
dؓGy1(J$O¥KQ܁qzAӆ<Hm=;N9!CusզSTHO_Ņ܃&&xN8(/-U&BPڏ.^?mAvYHS$ƨӣ+bu	|'M.hC.˻BfJEjwLWw8
3HRsfRȬ@Yy,;(x[@c}qs<h-|,YP>wWm=)ecmLu*?}[}[ɲd͇p̶ەwUUnG4pfբmЁY~?Q+9m-r623Yr&#/G0Om7 -'d{9I=3I.YQwh0֨6H/͛ؽbT>v:ڷ"T$3ywl߃e$ҾuRjKfSRמV;
ױB	dZ,7pv׍2z|";XR8֒;!ī;>Ni˃[f7[aN-^~e+ר<EӹBjLM2,:U+o9NԎTї}^TNCaGj˶ZLI@EJVD9R+:J}W6B2pTțḯt3KIm1hӜ2ǵfȝ*3/ΊH=ui½N.R6 Ix\uZgWL9PF~giw5ESsq_L/qt0FF[7YΒ[QxT^bD~]l)({Ҳ	Ƒ̺uWT{ez77/6-j ìMk0دoj;XۀO{<aZGyL9VZdxwxt1v1#w;kb֯f	=@Ӿ. C `E0fgˬ|4.5$08)Pipg+Ƶ)*DgrqϾEHVJ0Si@.QU
$̩4By6q!;C4xN
w.p\ј`659p9ŮЭM(ubY5j:= |^^'Ԝ'z/˰֡/	'	zC%֪2Ӧ,wZM,xgaι@m*oEϦ̮+Gԯ5ж΄H-.a^ĥD݋()ЍDlH]D`ʍŧbg*Ysmr{΍5~Fef@Ve&Up̂o~,Axعbcu#5+CFľgSGKiK4Na aU4-;?lE	T+N_K(>e3vGjƚˊ$${3۬gC+AKޑT^_[TXD`r\jW'db̥uG_s*R/o\ѴyY@HuǛډw^}w`!Z }CUK";7pLڵZa|jAbi
B*ғF@N{\Tt6n#+Xq(|Һ	5M$MN=g[dǈEZ`b,Iy*q]DRX,zUvSPu:ŌgRi9	'H1O[Ʋ'
h'B^~#Ǭ2؇ĽWūϯf"Wңj!~vn0Υ*״lqzVGā	6-l|\-hɭ˶}0z=TdIrjo׷b|wX4bəCɴCՀl-Fy!d\zmφsԣ|oT"pAP~9Os[I:ǥ67ʔ"MѮ7s6yd+s<f;J/_QhIÁ1Oeg"BbaSt+kOMo+I>1&_Lxǽ|2e!A8k-y!v'GA=_rz0twI/^@F26=gۣ\\Q A;(e'YnM^l!2)LaKSީ b8:Ľ_؏3X5 ژwo¬aIqۖɯ#D3=.HAHͯX\q{%4w#79ںRZ>#bI[BaѴǲLƈBIQqTPRbA:,!L=2L/ٰJB\at`-=̷ŕ"da,̓$]	a_חV[7eGQJGK<%|+g+Mq֡]&N2nV=/w?i2|FNOGmS^zG˵]G5iC+N>} FM6J<bY$:\(sqzn\\Ԭ}ĶAO\M ؃y!WxDwh-[@h&`lOաim1L<u#wZo*Y׎ $M{IEh/7L+rE֖ۙU'3V\!4ع qOlubE^rVAWbazDTP/iIudnYǿe.9jFri+۳bg(@%Ct}}ܵf*͵x"v]W]3M׺`6aOO_یb	OCPna;Wf(@V<#VGýr|@wDУ$ĕ/l8ם~ۻ	;Bvg!ԨawzȷzHx&_m6%7nq|lͶKwL1PݚѮpjj,VgU9W'"ۋ:h~ :ȭ.)ݐW)Au8@z7;vʇDgE/B[.Nm>1׶MˑkXmj#{>QҬ͊/||Pؓ#DJ	Rg}S|/;CyJ'zpFtW{G~1``ѕRh.F$WcJڊ j!;bTS[mЃ+ڠ|RՈCZWp-_U1
0'</_Ԅ0Â/ɋ:,/Bfxm:CpPڹI{۳L}W$ӜĚHyv=	Y8-$eQ>٧JS%
͟:lɅJpӛd)#+QD9_0[)u	{hFt-qHLTԕa/II\JWYݵ<͒Iup&Qy%r`PuЏoM8{ikϋ=}81iG\`ӤQzp	dG5k'|!v	1Xv#cHf= md"BqA`ʨwЬ˽ǋ}C  Н30.z]3Xt۱6^CQ92O#k0:W*y1BXDCQ~fB/~sH\%b[6oӇ^щ/c.i
/_[slp'K"oy7x9l3V&^EF}ъaP"^(#9NmzZCh565FӨڛؙYrA(ؔ۝a^m
	R!x<hA:`C2%ֲnɢDG<?Ey^Zy4=M'pm2KL\Emr+:!(ծ]9oΟ.FzFS9#q4 "o3}8n2`N3pXv_ǜc#
$lmO6/hIގșˮƇwEs2}-s@Vnp6oCqqtYۿ<6iW_͵G 4glmkkT_(9:ǡ?-Yf[LC	>K+#_r4V>Cj
Ѽo`K@5ͺ`]M*hl;ٰ+@S,Z7?E٬WiiiҒyF9<iZygԬ2.A#Fg@!NK!D,*Zn-ɱņ#._=Aݡh.QB٧JoIlom$5%o!^NפX$RG)ʓɢUyM2ɄPUӪtx{קznlCǙ2m[G	0"P16#؞ʲyVNڗV/kx_%4, #'vnW׈m_Kk|B7:9!J<I{K->4ٶe+;44z69kC6hSr?OG(ο9s}]lc^cZDʝ'&A$(At Mr΀*!$o}"ՙZa|<uOA{ڽ:[XR{اvljsDh"~ה;>z:[x+7yS~ 61;>ә&GRf7D5<{s\?rȏTLX>QBfbvZj^2Tp'#H'(qJF>Ի>g0Aʿ	{)2SAq:XVZS2\X%BZ-~ < ąnւǤ'ɟotUCcU2+=LCZAg	|˵۫8IS6SgÊ*TQomNmz ./DB	&kvɣ*y=[ҡ҇z"Brű&!\-5W,s\+ٰ`ݳKȵ[k'm@Tߕ"@4#lVn V.drԿΕYB=JL9hvUSANkD;ڊFG,x-d_צ6Fgl~֌YtˌDd!j~Xaw+A`~.}ߔ,>qɊ8!ԟP/=#9ߘNPP!ͺmYy~,ŢӶ
ӦNRLSܰҍ08l.ǰ+$kN|&ѭպ05*@HStŶھ0fE՟ΎtL4B-2h
8c&G(S"\U5ջ7_}1IQ,2Kyu2-">DZA7tьb֡yƗBhؕ#R#v\82(:&ڝ[7"ߧ4+A/7əɛ'ч42RʃYp3*[cGW2"~r m}uXͯg73Zbn'۾ŀj Tʎ.p$f4go<υ*T{#؈T'M0ъ{7`z:<b2GYG7m:6ÇB¯~AFޢ2`v$)Sy[0ɩAe8!|}H֘~oΝßU.(.G&,rE)fLܘ4ܶas:{xV+5AyiJǜ	B_; IF}.t{,Ii¾B>"еЍӅl*	wE]ߘh[i	"s֓d/
at\ݵJ7K"Ew}")1Kcv]iBBf@ٛ&h/12,dEPܜ;HyZ;TIɪFZ~Q9D'fV}YXvɱP-)!}W_B
`LDů&U34V~A,Ր-dTSrVՓ,9>mה(sxJTk]%}POgP^d4e~ DO{2E3w$=L-TZlH3el+5p֛	sZOU4^J
L2@c|ڱ8.$QXݮnދ ܨS]v]ٍ]C:R4AI!1#k[ܿKiT4t5_ڡ͔8I?̤x2C&ϐ8O`JjOzS4L2ϾOwJQov?g`	Qo 9~RE.߰&UˋjP,|1oԵR8h1V'Y0ʆռA/.U*'!V}+8"ƢBZM&#oO\ګ^Mtm-T5> y:")bLvKSsIR2ǦrN?{7:mkޏ{D+1p;b8ZQ|ݻe@m2͜dK@̬rZsUer@SrP%4IǠNǷ.T$@G-Asޘ'I@ת;@p|/&)QvKHu5Ƥ0QB+u!աIuZ*9!#цmŘR,x(Y+FxYVoCҊpL|΢
e`'!(/]z<2-/O+:,]Ƭj929I\hi$L
zʂf/[s՗2c1F9[@t2O~[rRyRBb3"ngDyx9OY5 WV8sHXbMY޸hrP&<̰UE9ʺmj[gؐ^GйӂRܫ҆sşWYilhIo&Uءt@@ϋw;׋J@7ٔ='shэc1~խeˋ.^fҦhO1i$?ٴI8|M	:Ŝ޶Ll&A 2	rhmkNtQ"K%_>M*;d<E%	Zkt6MGۃ]A>Ё?A}ȶZ7Ys
UvOZرn96,#l;֎37mT׀kНvB,`[MǵדvhîXk7h#˵gבo\iT	ߗhQ~)+̋!۰ћИ5W:Qޙo@C@sS;'@<A0}˰g\ Xj\Fd!W+VJh=",f^A9h0شgFpǔ5HEI>U8UOue09ʪp<mh*\+T2UR4s<(5l
xm;Ƕ28+Й`]iRIE+ƪ۹ڴ~3P\*lEӂ3Ӈ2pͧAxIQb]%g\bEy]%4Ņ2ú"	Fs]1I5	_V%R.r/6&ԏJӁVm#`gHvٌZHZ֌QZ		dV Q}
lȜl׀#1:J?&^˶/h&sÞݕ0:r-LUȂ5f2>%@v/fب?]KLA:oflCXޔqnr@ΛjHPތ.@j6_φd'
BqJ>\I$kt"ˆz"Mn	M{59'fZ+\ԟؕsA΅hXb>)5@ؿRitM712ܻuT"~nڦη-/IޟH,5Ɣ%`mD֦uÍjR{|DΜ$5~G~I̐}-/stlZsVk"J!) Ko½{k+o#a2JKX O@pYÌxҍ;
/F^#G5XeG˟dR?WopϤo~:p&a^ˢ@tJ/'z]j1'*_LO $j-TRMޣVDQiñj}cϠNSoob!UTAa|{6Q7ܜgLC
M[GפT6kzɀKە]
ޭH¹3:͉;#;G%~#D~&&kkt<ǰI!V75.|Uvj]zN	Vښ=&lVrތ<)V¨g܀Ӓuٔ&;lu/}mD|%SJ!LtH8Z|DGPЗRXHuՇ;Y̉`]=ڮigEf_)AUZW. 	STv0]uT?@g)ü5#֟r(.)C9gոPo΍((aG[+?-Ow̯](70՚\Dvt&̗T4VΣҵZ}U:=z{0)CˈhNԟOΡ#>ft>!_ع:}dvhoy
,۽"V~U%faivf#y[.vڦ!y/:?{%n3.bXNfJH<''Z̀[S&\IA&f`{qgqAPy`L CC}iɋ~]0j[#hZYro͛]FK =LL//%pøYiQ}'_
L$B_c6:[6Pl/f+;LPte$ɷY{tjTrsbWyZ.o!kg2ޭOГ*:MV_6aoD#R׼*?R*	#14/ƾܬ8m$pmuO9YM#աOxyԻ/@:If|ORmdcf$<G[1SnӵS~R)1ُ%(U@	wփ||G0,)nß3S1yO2\T!983{pO٢BbkH3Dl|a`+Q~FκQ[O>bLDHN+n|y<aa-ޞ-y&qd0(,sQʧ,4%c"ZغX"3fŋ /;D8d$һ}U^ة'fuܜ1)Oc7kj2g
TMa2#ݶ׌7p}L6ЂnY&Dk)4.&&َP]k9Iֆ\P*b_uĘt{CxȬj۬cQrD@S.7*JC!\ΛߝCVEIMѧȆ~E+v p̔keFǷvF
JA3ҍTLЕ;7hyH
٨k|8G6KLrLd+3]$\ݖX)<)vS9ó4#k/"PGUgk]B5^>.Fƈcr!]Bx4)Y~+9'cޡTb\kۏ*@f+V|ҵw}S,D]Xٙ>Ҫĥgs,`9#*EǁiV˅Ի\"^lvќ/Dˎw	o@gfvխwën'<Ws=c~pǠ3irrZK|~Pih՚ bOgV`6WPNQ$GB˓ԍhȌڞV)-A'sݐxtAv^U=N'oGGc@Sp&;O7ިK81CǑLՓLE.ݑE!8MÃ/i-q%|Se49C{Zp͐DĶn
V;>+n!S62+
rXzd֓,ǰi[i<7Ur%wkG]e-Dx5Zu4Vc*8$,ΛZ9xvx~3^ 2Du̾yh)<CEyg#+rGQ4,ln$;CUg\`؃O#f_lG͸ L2/7ҹe8QPUgDQ͹e!ltԻ>^͐<@fE)6{,ZG͟Ў{J-ϒ+bAh`̵ /& ~s9ʑy34ɩKڊOߩ%x7YZ|NJ3(
G@xDB:jݶ^EnZ$ giE5HAfD1dYj_J9.ķ:Z\ێڄ ?;gsRg%7I4ib^'n+5`T]u~}Tǌ@KQ:4tu]"+ʫm&w! gg"hQZ4{z&)&I*#Jpc`Y{o1zI<S/"ΆjF	@8Z;OX,^|Q\1#dbwbˈ>gO˜iި4^,:úèt>DՕ%GS;=^aDdZ{~''Dx,^\_EǞ9vڷ̓~J	vF'qPnˏ ߌjǓR/A=CORiV(uQ^+!YclxqZUbi{g6+Ck0˓uU)d+~fռ>3~=~ȩ*pn|p~zq4k;Ѭm]!yk;RL>'P-D?k/7[D̧%t=fvQDUeHLn#2<߁8K*GkzR
ש͙TCKca*g҂qC.$eԫ&=Pz`ax9K~ȉ{֘5#Y]ZP	55L4}N4Gu6@[?3Z
'9!V̥) <1 !} (cT4O2[ӈBns0bmz '\oJTͅoŪpC>ӂLFfq(:Pη (|dfֆhEfǨHeJ9Q"dAF)W_h~ܗQ/ψ$os?Q́cّ5a)W	ٹi5xV-E`$9A$ެ{^ΥXCޯ'%Ҁ@QL؂#6.bzx}k߰Kr)xz3vѹ$TҸɛuY!o42|x*ߖ{PAUIaama,..&@NtJ\kRe1I3eٙ$`?iA;9NI+/?dٕdQd!k.ѩ[)&8>bͮޅTaſǴЯ
7Ц(N/d@9vR2`ĵC҃YHڐ$gVS#zDYdxXѶڀA4}К`՞^<1S*#,(/8b/߃	R)F.0דoD5=M|I;[V-Y~qęcyfx"pU`rDl̴;Q[=>c}6Fm0Kz8cNWy}2s_ׇ%ɋv!i0X?7P¶>y('vdURmǒ^xǔ83?KПñ%B(Jr8#!͞
3ߠÏ3I&OQkW&OэYD=W?G_Z@(''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25592)))
