import brotli
n=a=0;b=1
for c in r'''KwQxǞzW}	ӡYYe@ۤS\^q&#pp#	)VrA32}ػ?١F<^«f]>'n<ƖF8oqÃ?عS)~
ʢCrx	XS}E0އ)C'3+(^'Y	rsReckxό+%kHԤ`wlhyb+V;`<ގ{\3@jNl9srb*R5r-`gGr[ƺ0GQ){KJ=dݬNc`@vY(ۣ\W"9Ƽh<ĉa;fzqwFԁμ9D9y(A-~vOLH#ӭqTj{"p]Lןz$
cY~VSXH1Feנ/8OĘ"OCUm'Ԯ
9~Uթ9fJǌ/uЭj@ОN4ٔ{Z31~R"w[ٌ71q}+)8=s0h[icɊpM#ͣ	Gl3Q^ug(VPū"0qH4WUѺgkpbiDF<sDu	0.D"zBGbc<ï|ٲёWu'ԋD*@W-)9¿@?M7f­ьD_Ό_e>9fWFK'E
m]h85we)cW
e|[Fty8jggG\$B]*[д"kӂ}"]۱Iʘ(CʎG5^x#c%bΦc	o0L8wjuނ.LeڹOcHogڎ#(6Q
K4Xa_'"4
}y}e4]`bb״hб.B9`%xe6ޗZ+!J'P2ZXVd>G`\Mmom%~ByΚ#9:_keoˁagc֙QE%c*"Ϗ3PYHQ?n|Cx)pTX,
ύ-c<̓*\z=h7	`;gQ7]~1݅.a|UtLA	GaUPT`[T,=^@#ʼ͋yӷ2~cީ0߆En[i-ʍpI΄h0؃%OZ;+ۻ|C8b(H:׫ќŎރX~&JÆiO"E`*[8bwJ2M(;9':&6Jh"Llr 4۱^4As*|BZUumubEXeR̈́Mu%%{`(vDk~=eEU-Lb(_յ]0WcMKƝcjA5:t^%\.^dů("Yaod~HȘh*Ax$ލA^dgޢxχ9ɍ%:'3O<B--esYZ \UN$`TČ]XE.9 2ea4q0t	rip%!f^M_a'()_2ł^B,gvޒRzJqƗ~;GMؒ"rMǰygHylziɻCj_:أp^47oV@;t?snAa4((	{fٗPHܗGtjL!"g{JhNCuigb`dTu41V|Xp$6c%)_Գjy\đzHȪCtQh=[8"lU1أ58a+x+YAK?vߝsHmt5|m޹ިָ&[cvímiv{߃ۅ6ּ]p.C
.$L%f=+-ywɉd;/)rxz[{4;l	uϯ7f=kõ^~,c-iw|z<8܃
U2f&1ڍ5]F{w>!M=I(O-")'AfBW$ZhъnT(aоȻغ,wT[)R}'AR)[j z?*VjJaÌ:K#	VA$Ojgo݇qz4Po,JD8LJ~zUn(Y MWxb//>cK֏N:}6gt}Y@ͯ6Qp"$S#ga`v{+h6ʪ0X!"*oQ>I
w0i'At+UoZQݫOPmI`'"oX(.0n'iʵT:DȻ	.n4Z:zфJr4w(_d;sFvE	,UxdބQܹBʉq!^>ْy!IhGEϥX58*iܠo0OߟȺ>k\;Y#1N_cͣͅT2ݑO (J@Ϥޏs8MЋ[tLhΑpbt':>#X&)T,s)n1Tw41`AڿndKwwgz:ciP\U@^!.PN})֩&ա:܊x]~rc"eO,Ұ3dѩvǅ$FÊ9lCвفu,]9ݖYְ[JvAŀ3/PH@d+-tK@~Үzn'Ko}Y0֓gqaEw-8J7zѐ|Ȁ֘6opǢnլTξƛG0ҕS^'J3HU>s|+`ϱكxJ"9PfemՁUyhȨv?c}D(zФ}l9Tڙ}YwȚ/-5uk`1 X@7%p;ۍ%k΂ȣ\T9fӍ%l!Q6e&A&Saʤ&EBQpQHd!ҷBVǡ)c@36ҝSӧ!ox=)TEӠz!S BЈ@4sC
T'CwΏs<3ڼn*]TѨ6ǹj"G_y#N-Lx bM+&Dlգƪџk{Kx:qX-_XuƉFzG(K)7TaWHdojդ\`w݂Ƃ@+}kjw٧nݍf6C'ȧLK'`IdK|_jȵ۷Ы}OԧLFDA??z\vn+jOεı>^lcXEnJ~N5vR)!Fs:@VטVDp'ևٷ	
5[߶m
F$kHiFEi:gyt>'{Lх
hۥ(Q)ԵEL/+o=(8:h,p`uHhs'z~Vh*FPqϮܔX/YK"ybσm9znXϣHΈE+EĊIu($Iʴ?u!"ǵȟGi
m.E&W@SFvUIʰ4LM^zǕAJY:Oμ"PHt6-S$BN,ӮLF(ml{EΣʳ)i4*Zbb<	8<UVñQtinvFshdtCLHJu(ǜuf]و~	ݾ-~#,=(i=:S׺:B^Uڟhգ׾b,ڧ//:,Ӛ%ʒx۽+MS$=qj̊-L؃&uF~ӣ;d}VxԆZL{նh#H/
E&yf@r$Z^mLa>Эh,aMv	E6n0xԇVʃ&ŷlPE0̏qH1!D9	RO*O.8ǲf1oajvQѓ,KZQZK=2AIT(=$wޫxQ$b%=$MUM%LXoa]kZbqn
`$\iB eSIgWm$zͣ]7пq&b*_Fn2ȟ.5̱BwA|MAR1ĢXߺՒb*g4ђrVewÇ\|5GKpŵ),^̧A<m;J".ؾ-ClSyzϋ@PKި[mĈj|pn7`E'S;}J/8g36ɽI̨KiVsC#1Ňӄa"	T%:|6R%-mQL1c=щ|/2m|snWgnTdV*./'@*US$ʎIez5P,9U
ʵkF;(aŹd0s˖&{ղ#Ц5jmƉ#~E^Ćmzx!?4ںNczמ~p;|a&ZEhqg6d&
ڬ{<.0)I(~g#yh`ybeu6oݹb9Laz¢M!UWW|+ʱi4k,"-4'@ȧ-n60<*6څp$3f6t݃TbzTc\;ʃ$S[ԤPYX/җJ?/IshRy ?tPR-V\`U8<dn׉N\=cINtѤmj>0`ԳJL}֖%`\,g&boJ.6Ċv#.ڧ~ZRRυϴR{edz@q*?&?^<\alztz$gs9Xx5nCĀ:o],b^mgÏ۷ݭ$)Zr>jFK1	tnIn3;zH)^[Aն*rRdw߄
ɲIC\J~,ݨ*orOV/N	b+@B[+c 6<@iʕ͸aMZ (&PtRMKv8zEPo2P*MhDcB^sԧ|,Okiǉ	5 BaJ=H!ڲ!S~^tdEL^"HF,w}hO^5P2!۔b72,ӽ.,ǽ^ )\61(qzEB*~/p]N֗Nؠ7a%lReCr&=y1P<}-nnJ0RIxY:_eW4]ZDGz!}2ˆ|{DXA3}2i19|+~\Oxv'3+%ʓ] 5PE%UU&ل.3dLt4K	az	t@Ewy%m5Cv	ڶ"<,ߺ.[ z;|/E;S%&֪JΥ(^*#Fyk4
Q<H˰V56xqeLɫd}sL0Ċ6o	ގ69vd=I֠JbeO.A˓cs+a[FqY8j<)Zׅ=&=ɖ
^I=88dJ=q[?H|'7ߥ2Ӎ0'$	K\D8Dءc(nSjx&Hph ;~PV6u_G(
toZk:I-ڪDHJ!D(cءKͪw'%I|s'E;^\Vd	la#ZUQt`'Տh̑]2H-zp۽:o2LP՟EЈ4w?+ʔȐ<UC\5y8β~k1
1<@ޓ*MҨ~˺D3֖@V0a]УI$׆y~KZ@inGӘ=(֊rN:ӐSZ"j˻K)<RL6&&տI<B?3+o.a=x&ɂ R6J>݂YΤrXP|2W\ġ¨d%Лi?K7kғGάTEcMSlstT6Fwȿ[xĢgԧl}&8Ӗ12Kӧ*S&c!4tHs9̔3E`r-~-({ݭN&$[ҿ=6SR+.Qr8ˍ/dԡU:?$cNQ`UtJ~IhI_T.9L@W}m"6c!ȱP̓f!BW:(3XrwaHb~
|&MUDYwR,V\F٦yǀ6Ir,]XӍۂb$xL[>А?ȍvazܲû`jh3nQb|:n}3v^ޤ!w}k۬Ւ4 gՋ{uz6jߌ&q7+OĬu4ʅ$BCVݕκcĞU5ܟVwT3t!ORȭr+̛%TFX'ٓ}#_Ii|37ܷ*W<'cܼ3«$`A}B<w^b;kw r9T#UR.d[V]:YΔ1ߛO:R\ a%S!IFmz,4Ę%,u[̖J{w%.5ceEB1.dm??0@mC3:-#!T"-:y~и3NĥҠ?kv@t9v|ש3A:Kъu2V1!F#Jlp nixUA"^7h0ah5q7Pd	^B:1%SyW)2fpHA`;g*Dy?,EJ*AI=QLz,``l9?CM
ڋu\P[F8*˳=jٌY,< OW
~eЮp[\AHN͎kGl
|x3
eZ ڦCKFuET.zgA8dO@OS4ŻQZee9E$ԟP2U}'y8ߘv'ДPd
$V9,v=ߌɯ"]8z+ߏ=tDĊxQñv8%*`0b{\ҶK[~-!سGX7v'ɼ69[xs\Ξ5|/@Α̥m>YILD6Wng&4i>6Ka\/%7i]4X*^uMfAP.ΏӠq׫=PW֮LտTUëA.!KBuP	F<Иl`>
:%Nfј#έݭ.fq+BZi$t>rRԘa_P (NI?!;t
"HÖd.(S=5O$*uk$`>6öwdӉnKKan \U2B3UtVwMǽd B$	2;^'/cd-=ą؟E0#Y\FvZ/&2\jB\&7hM2k>Ĉ6*Ik!.Pχ;BښPfܔtՌƭI|`k˙v	ǥR̋CǊpv
~|̲ɯwi	
^֧Dg+?CpuܦeE,H.p.Cޠ= ծ*y>8ENl:f=6@wI˂/uçOQd6m^YqlP.&k>WQ(G-tu~Kxk ΀yJhIw&כ]Sn&p˂S`poj~XB/ۏsl$zJ^<˺'cDc.^w;$uc{M'ƃj#,/S2~vM($)B7=S&QFگ(c#ZohrZU'QKM˘eZqF+G֨$CU8Gow2'_,Kq(,@adBZ_IXE-oGjCO1;sG}j,4OzI`Q\:
8~ 7*5`5/<@Y4tXx,U2ʷ/Hd]brJUPĆu1Ť&Ui9zgoWxAk?Sq@w*9W}_ɤ-&2݃P6ԭkx
h8Є)ӌ2_%ٛ$םUa+/ΑyyB#FA}>zɧCg`!Ւbo̮i.G{PcQRӟgB|$<d,bknWo`zV5~l?-BiV(5LMJ"3ͺR)*&R:J&'bv{uhK:pvʤ-qd˒lTv>EU-WxըJHV6Kz\20$JIbd|o(N*$Ϳgsa^uXliBI,+_үl3NbÂĪ6pI%x5t-3~ݴCQ\3sR<2Ʀ+&)OZ,jd،KBTtv{R=h;Ie/aM^9=`+lw=LJ!E&ciQ&~b%zQ۹*KIItSht$37{Nȋ&Ό'LV2^ #C=Haζ;nI~էim/¸ʜG\#`ż2,˩Қ	Ԕtwt #p}QÖGTKeb	4sX[/s%;ۚʤj(9S:ǧ׸!GʌPY,3C-@ܨc%4)=5x"wL3% MӅ߱ԕZwU+_XVDXeJxaʈ	mӉ͌0qЌ\+ΰm42lp:6"	X.`1$ܘK=B=F
DBpVfyܡVPlLhnV+U¦I]E@r<0<ݷħfوgf{\p<Yg02D_f])yL{JylL&5w-dzYfhT[RX_"ע}wqSCF]~ӿ;Hp7^ֱOr݅#n=0Dd#mg+KX#R~jpK[8d7WW	?;uoͥk65VT>sǵjU+EܫFj
!BRp:n(fylZqsJVWrڰԨB!
&H~P~nDuh,60G}]`Jk?ݏ-N[ϵ
Љڲ0@ܖr,it;Oa/ac\;Sx|ePJJ%7$'78m߱mLDrK@5#ιP%Sd;eo)pb'21<|]#37PqYEy|v1 VlXކh.тCW[@mT^]J/ZX9iH:{T!Ciw/>82<<nX,Mbbвhȳ"S4+edI'#bݣ!F("F/0Q$p@L`0O,!6y3T!WPE?Nc˃ЖH'Fޏq<ǞyܭJ(ѫˍ mW	94"x#h&9izFq_o(چaƮR+>hZU#E?eÌ8~
MRSfW/p$9$|nѓ˨Y9-A!ԿNmʥ <׍YGF
۲4Ezsû>xO&D֔zw(X~
bX|5M JޮuV`A*ףݬ'xg^#o
t$Ή:0)FJ"gt^uM<L? u6[%},ܣ#:^+c=4hXȖX}
+T9*ϑ#i&0F>2gG3ʋJ&nT>	UsBxZ7ƲVr]U?ߟǵѥL?cAdД^MbO/vʋϿh
Tm̮ĥ+KAց׏HGs=ޕvjhTJP޸QF~$;'"V#*1tްjT&`$;ԥa_	}"R'kD#]2x|i<Ǐ%O#ytnugA]]}UBTȢ(iwAzːX3}thk3[?ĘЫ|ePB,6}F"z{<DTSeaUayҲm"tt_-=6*&̿'ahCnHI^qɋ&?3Q^-(g>t#s>e`'#Ӫl)%lX5Boӏ<"|	 i+w89zμ6V
*ލĞ޳rd^T4(%=ęMK,dLxb؟fސ]F`-Rܺ}]eȏ:߬>c}O<<bdS֑"+<s)p]S'p>jD-0v.?úkpY$_ORܨZ-#|QbYdt>ۇͱԂROĬc-V"ޟ+sqC֠)rC[=O\K˂}p!/y$K*rqwvokt=HXR`$0vcC%+88(hCB0xX.y*V4Ohuc"C%`.mϡ'f9b@_xnߏ9ߔbExC_3Uzm'~nی3[Oh>Lq~=jCu)}/x0c=IOOA>Uti\tT:۾^B06KxC]ͿͦJ37Sݲ8FZKPRS{eP:c~ר-pkırbAW6dxX3J/Vǆl}_ͧ+Iۘ1s`3rx4	X0[ƻl&lvY5m2o $q>kz)?5yyLT'TDi8>ýv!=w3(ݩLS\-- @hb:hYd5]S^_tiL9Љ\ ,}%eVh`QB+ɏ߲?г[r'i
fkݬc4uCHYf/nW]dp>]ʃ]boWn_jޢss\+:p=e\|b7bnl#֋FU YrZk_6:~7)N	N.WyAD5n({eAAEmCXs"2͊K+8`ʳwy-h46ac^['MA1qc2gUEbZBHq7E)OLy=v8,[NfvoR3:fG)5דg)Ϭ{A"SPO
ܿ_ZnzY<xp(`6t KNq(r×@$ھM)0zȊ|Z7(Y;iC_"|@4s@U,m0D ːFs2S@-yXzC%|9`rD XeVR Aɥ@'3Դy@Z}Pd-ő@9b5gѩSjXbױTWLr}uY|J &NR@on{ugĄ9z]x5^,p1ġ\u/L̇21z^62k/:U֬S}7ߤ2 ǣQnZEkދ]U\h	n'T^pԛP΄tVΒ11as
8sc~/ye1Ӡ0g֢+r;C$+"%pŗ=^e<"n?
/p5(6`P+l~אso\E[=:ȵڅ~`Qʻq`&FfdzT<#`Q݇m@0
S.Ws9I-տ+yjDp*d^?gFZ03/IiAvLQqs'~8TsoYgYo1!p;V>{ٴɠzt&6ٹl;|yǾ/j;8Ek˦'DuȒq>3o("TiTm(\=$4˚Ht٠'ߩ`b/:hg<K؃S%;4R]^Vzsi7۵{8P`0ڪZjǊSi{Vk+Ab"Cf̸fO٥Z:|ѣL"G)NUDctuPIԳ_5o֗Hʱ[Bv9p4Gw̴+MuE{kUh'Gi;GƕcJ2<Fax-Ё56eJhKj[=Ή1Ψ@b4Q}I,~xT(iC05KH@ˮF
k2-P9<IQ
rҷn2ZN֕WLYG6>/q2&lD92,Ȉwop	zZ(rfe~?%B~5k1mҽ@ 9YzI	vE֌$(*'L _qƒEw{p$	DlԴU\Hj.ˉRȻAZǭBnD_*N>λZU-(Sֱêzpƽ7~L_t$ȱM0fתdzJ5Q
	TQ]p-x8q9wnںwzsοlK4=i%A}AtDr;anD?;;b
wFwhMlъ9VSC¾ΰү#J$(·&z>C1ޖ،GG+Xi~ȴ=®~B *jz!^Z&Ӿs&rݖϽ$٦FU:s9b2Yό.M߈agӊ.u\$y{ՖZq׭,8Ѝ%&/ ;]B.nb}NKBYh7=du|E˾|8
sg0$TPT%kgь$S/BׯiKuNUmKϜ=I'z3nW$ݾ2b7PP#ݓ\Rn~Io_dH[uLa uܶa+e("TNHڼPa:?YW@ʤڼPYǹl*TAQSAGB-ps23Ef(ֱp
av-q<=|ڼIFEA۔+><Gs[UB
~j8܆S98bfVNgcr;Ԗ6rҎYZ)0dIŧ$]  Fe4z9ޗtC(PZQİjetcG۔}'.Fa{?lBI}zڦFHb(vw	C7B {9=S}uH=I)ĵDR3S!7AI9)(M}XЫ_L@scھ7ݹ5PݜҿMH.ݭI-ڳ9ƾ\)Ƌb#̒3@I-``<apQ}?--P݇1 >*̶o,b2rf$SHM4k\9~E>l +d-Ġ-~Lt_JN>o%E@Ws_csvo
YVvyB2ml>vGÆawu܎ȟ׾1J_xt"CUǓ֗6mN@ rwp{QWŲ[Ya8fdRx-hSa9@l^zV&)y<g@,l`YFϨycVu¸X vc|Bn'Uvu5_AV=U9~stUB>Bu6S`Ki3į&؂V=KpL xI _v0ҨUHܬ9?7J3KD[]61ɱPrht3QO"+-5),eD<٬&9+2FۢI\,Ϭ*0KaTKӠ_g<ӷC!-seʹcØgN]Be8݆Ո'k9Xilx=NG "f1 <Ǫ[cܮ[D̄e'Tr*jZ/<˂,݄P8MNI¯)ij$Оy#5I/֘QIb=֍nU/[hXxSPT^CXü%3N-8{"?i2O"p_S8{'p~o5[MW{(T[T.v[q+p>%mpU1H@8{S.os^8˾/9_bB>Դ	!CƷ4R\ODI9-laȺR5F0Ec`˵ #u"n/M]G	FcB(.uQn@b/?sǯ	2v![/AX4.0tzNud֎k#նf3l!ߗ׼١79fIEd?&ϓzwlR!Yk؉dYUdМ:}߾IrlUYxĻFT1MVh~e4H7j=iC${[xpu1aE]ƃd,iȤlͫej؀͒dHsMF8hۉܴ͝'BQx{ykIDѢo@5hnvU7sU^l5v\b.GqAȪ'2،vF_Է8ЃF?7˦΍
FeuNY'*{ 7CKa&<!-BKxaYY l?dþtf!ލkxsR7p3dwYJH+k̤(+l~'wBΙtĿmV[pʟUѡ=°}
΀̝Y?%xo#[Уv6.M^mGmϣlR@ѡd2|vLZ0IvQuT}^2 5}2KG''IT]{VkHۿ)ԳU̫__g
E<H	9ED@w
j|3ǈ77.؄OY&SnQR>x]
*Cgە<u9'0pawNCUZ(<вFpW!/$Blc7sHؠ4֌F`~
̆!ч[,ZK?s	p=*E7o"ѓ٪BdW'cepb:ABZJjdr.L7'u..VL}XѢ38=iVq̂T^`o(fѩo72@0#`hƎ'hK0@
ɓc>|&qGJkAAFΕNǶ	[`O-!s}{0pso.8ض#bݽƘKR6O(%{Lvυ-*
WDsH,<~n/e<>1Oߥ\#af8%h:݂w6aA&eeiʉz߭[Φ'H$+_׶$ei_fnj	)o"\jvXe0wLΠUV[;xyFn-Cxִ#q 02,S2}5֍V<,)_uD'2dOſCZZ'!;9ĎtB'˛A=٤fܽ~v	u=$_t?}pԸR&+fwz#w{wϙS
-}͒نh٩߿bN&E0=R}RnBͭ*]etM<(PtNA:bCZ8lQR,t=̟	#̋xZ
U!̡'ŏƮI`ֻqD"9ו̊Y3k>(~_U7]jtϹq"ӋI<$?1WҴed] F'+Ц	Û$ZM2s|FM,%oP;"+jUPɄ1zp	EUUH
9kQu`f]Bz[֥vfi̫w~wxݧ׾H?ogVeGK>OalCML9+ܶ+ϕ^:Df{ix^L۹d
X	ݷSY~frZY%UO\Nɢ_"*NY<HʶA)c>Qՙ6}X[$5hCnuGC1jhȖLHG%ʸE3LGweiImO22SdHk|=R!/riad\ς		QDr"~1؆L2ub>.	ޟ0Uʡs&D:YQ_/J0u9@Ы:Y٦{tl$8]51ݰEYɸ	|iƶ?S\?R}%g1kAB׍bV/n?ǚ	Q}Q;Ī[ʓېVYiTa!Ül{ȶoݙ
9uv?Bvٯ![K`HOå%p5S`t,N߆ہ,DQg8ߓ:B>~QV/'$T6õڄӁ6ܳVƫagawjRhxGSCȠ?9kZGBJ1Z؄hk=˛ho+/DoguП3ΡdO9>Y϶8Vmub]WN;,mߨ,΀"ϸʎ

o;!dW\M2\^ܠEm/[xNs:fRِ+P50Y)~27IY&ݬ+I^7Ay	u4I%J<Kf5`&ӎ+ܘ˺E25
ߵ-[hfxIZXrtI\dNMLGʙ=QuJջz^RPYQl7mR(7xՊYE&&ўrzzg܀HZ~j--WϦ=xorΎ?@R$֕+`ۢ̍c=u-Ėmo17:vU2zx)`VZ(DiK~Vήg~{aTw8|@^.rڲ~ ́=%c WBB_Ao#+GIV9i?QK ԈEPNiN@UC`6zxO@n	~sƹ FV÷DַSH7%
K
7&Gz^|^AԗSǻƞ.9W=93L6vɡ _JIhYOS*B ɎN7t=|-ĊM^SM+/u+zr"YeRpȩ	)ԩ4ݚ|ʛ;+֞yM0Nߚڴ mM|iFť^'2'G#5«&ٶSo9A>R*&(~C~I._ǹC;5T:6c*Ϩ#9aף2]q-1J'y0m~wMUTPșL&"bͫRI9jv7c=b)}$k{UD(s[=9̅s:9	3?P>eStzѾ܃gۜӒ/()I3U[Mf]ēy;ÈeϪ1[?ܠѫAȓ'?m؅;)$؉]Mh1~]}gI8ȣ 5gU HRTCH#U	0uJ}52RL˒BRI4̄p2&_é8ܣR\{~C7jx5Z#LyTb߅;G''&vڄov1;aoK|g;ŃWIu!,(.%>X6&M*نL%o&3BQm(
.<wIe+o=<Cv(NiҖФkjbaߑ{e|qAX\"tߔ${udT-(αp}®şTE85-VbJra8%}Kb'DGMbаA@JP3-uDMy@]cl*RLC3CXԽG̟[wS+}vNr C?a?cfCY<JtY[Yңʭ{=ݞ)4(Y/ETY{%|_blox
f[iiMHbOR.)(qTdz@nU8(lїdRer4JFeѓaɋHeLtCw-@6ӌd7$z\ҁS*Zٽ\(ߒǶDրA 7<jϓ#Hxw:ڶT^^,*/\1τM&FT҈ӝCǣS(&W}EAx{b35dH)[p;t/ESs5cigy?:D޹`/eaZi3I-:ez)yM~AS޺UxJf,&8G79\{cDϭQũxsuʆF[]+;N[
Tǧ|`Ht"(BWPXIĦ%fޞj*qlA(YJɅ/-Fu}З׾ɶ2Gg0KLf/^lZKYuť[|?K%;ů	.`
m:!ҭQ_oȅRBgE[1D:һN3vtU;{K~O:CqAܪӈf#b22)FYعywƃP8IA	].!^wr@ڃBem_3Fxngap_YL6EɒӒ8ÂҠ3{ZOUKDe2ޑ(F#=E'ȽGUqՆʼihHM4}4	-SOB. qj{UkqZQvgHT
BqbݏYLTP^ư2V֞P35-HvkCoeiӛOːC3ר06Av;5èM mN13dKEtY/^Ѐ4
ɐ33
l!]ݽIN|%!߾W~RUF˒6ۊjb7GCֺ^~\\g1Nǔۉ_8)/0=ܼ=O"3.T`Nɯ_	p )q$vg΋PpR5ؾ=m(W&sTl"*ixrS0UEq =`=<,G}-{,tviLxuxg|hѧb%jmyw	]\/g0ˤ#@ g5LEt,]Ml`ZX/0yɰEZ+ùA^v9,ϖ:M\@]Z[qJ8PDrzVJ	$6hQ\lmջٕr@l$mP5̀Fl	,&S])ON2>:GW7)1v	۾>y4WM3SSƸ>D:ZunЇϱzHۑČ7ܫRZ}XNp_֙9~Þ`ӌW!ĥ+teW͏2#mpEs%N"hL1e^Omv?AC~PKCE@5?Zǚd*F12<ͺ˜hi
~"eԥǶsG	unSKdȪO\vj`cTJy,1R1u=5ǅr1d_fl)MdRi=U,wc%R0fϰc$<o{\77ȬUgЬ7.p2۳o|}6J["Iz\G1>ͭU 9	g$LkƱ*wK5c?poj˚"_ؘE[@ԌNnkYgC~#+r<&NGaS0hY]SwG&-Z/[F#?6z֘06|)XDEqіd[q1|&Q"FQ$6-B]f5+'70I,ܩ873n2/Th~[x-%v~M5UhN\ '#ӽS,U."XD@)ߝ"ΕԱXߝzǔ~Esvb:<83n[Ղ"ɛbHrշQ^֜C7P"Y6ą;0{&'?]qE-F5p{&5=߄rG	Ǚ"k5B{HsPƖ|u2'qˁNx]{M#v٥mQ_ߝ)xGV3j.7?B|M&1Cmfa~wT}%2]3,i q٤v*Z}*s֋o3bC>R0ٚ%
ɇ/)õ;R&*V:s̩GTlɏ>F)F]Dةہ.,I">6ja;Қ=a9bVmHb7?*p{mAp$auw2lke>7qc}*ѹ`BZS9ka1G?2z4ͽ1|Eë	(d57
mKg8r.G&y-/!}7~<Fל޸hյkjhpTpM#^5ۙO>Tϑ̾&^fqTpDE?CLٮj`(tP0IR-H	9~Pb<?EZ\n=4C,!+7Ntݬ>ܳxb3<tW,OR֠lW¾Xv	Yiy4sJY0<]h!rI?#aӣϰ`
^!ғNwOD}>I;Mc,nIĮ Uxzϋ;B]M7BH:ka z^b2@P:W%/^OG?>QR`nփjCDt{&zPicsƩ83ˇNj\/5z5lK&_)PUX(jDXG7QIYْ^~/0&ϐ۾`_
ubAI\gΞ %j֭gv'׼/qI(Pҫˏ#vc("%'P=jG>8ޓ8-e+Jaa&@sRQjqޤ8^ǰ&,7ЎsYz%1&s^})ϓ1Q^˓/z )<N9|د.ՓYٿ\s`n%ZφDr	ޮ԰ŁbyaQ0ْU_̢i*d)T5κY!a.K$j5FuށQ5nI>O6d!_~oTW܇IX^AH(sL^5QKO!yfڦ݊\}d(_-9|Bӌ0-f}.V =\;x^'Jǀ[{+
Xq5Djwadүϥ]ۉIB}u.a6`DѴ؋LAUV2&bspOfk-{la_|)	!<~d~UNP/b&nUpTdv%mbNR=f˂q!͂N[C0ݍ_Yeiva$h	odפ>itt})0ySM='e8uwM9Cq@^R?	KBǰ	Wڬt}N{aeTI0Qg]m8tߡ)Zfn:a]:uY[
-Qj:Y<!#87Ȉi~sۤ9'ELEnL>++?Eg[5eZep\ȩLq7Yq@6DÕeƈbQ$ظs0FwxGwp̡ȶ&ُ:3=рGf?ˍB.)Pi7Cƍ_O^lCȣa/M@vSY[|<3	.ub1 9Sҩ ̸1F4g}]M"$)
R##"WR^B֣OH!]c;5tx9avǺ~DVZK1IMzc/o˨6+WAvlğ+)Ks@AoLalѭќOx9C<vQZd#SХ2yLϊeZКPs]H!\k:tj!ۦÄ8if+z	n5\B,g{F!W۩*ƛ%ρM[CJ$8$!,LZMoEعQWzxZu˵qcW<cE]8/ߨĀ`3p01Cxf`+׍RБ?lș\]2GayIbƸ!83Tb6x155Rƺ->uf`|WTy+m=U"$MLnQ2m-ogNcCjٝǄxvK3,Ώޥa#,
K!Ʋ_x48F`4+ɬn$SѹJAi2piq#]5S4eHb>#ԥ`-1@ԄڨWEK:kǗc0|)z4dt7
(fs"Ȕnά+ޟ&&&8-Kx~ߔ/8{$Di0Grԟ"y{K'UVo,{sOl3Sv$,d8pPۢg3}_ͤ`Ew8ˏiqPTy,*Za|X[b2lh(	fWL6$ՅxYT)Q/e\Aao00TO'hJfx6'{EޛNUXwSc˟^Cܚl\*	G~ah F
s[N!+Oیىcm|(_f[3Z Tg<IX51{.зgal{:;}_.}%DG1.]9y9] Fpge;qPźM!pݠբٺuӳfűjׁ,RF|7
Y`t>Ĳnׅ\[N,sUط!ޚ%1, =ի$@ȝ*t'|U~;33:ʒɊORʆɪ0.nzgf3e@#cuܗ2Aߗ}aVܛԢVr~@xŷ)phww('%G(^r~Up}pe\T(,`Сb`٧zͮ*<PX4cJp1֧{Ams+:X]ϛZUى$E+*C9Li>Y}j|ĢMڲ0gr:~)֣I
S{üڻ =^kO:l/UZ:$&(@oʫmP-0M޹CeuNK5ߥ-5rSmfʶԍi-{řXfq~:$%QXJEahZRFϽ3XbHfx)z}v^jI|@gT³ָt]y!9Ս#i~MRU=kcO\3u,3D#?{BNm: 
ò_~ۍpB,xh#*Uʔ6lo«!|pВuǴz@ 4+ҐA{6HM7٪hoԮkvGc	sTf5 |ciEUk-8(@6j d~1(=2hn%y@WA&ݿђɜgOeKW6y@@PR,<ĆO1F04(aH{բ`Gj`}Vچ!b̻F\z>/(CUbŷK6M-fֲ\!Gc"}dY-Cə'?7%@& <cSiyU6T~Zö9wyXv_mj/lcR#+PI̕-;Meǆ<
ǜz{Z$.`i>4i]	ʡZA[(^ʾ.MxFHdbb]?IdÅyW;Hlv^m.MYFf)j&p؞;G2P=/ĺ[>oMiin&̓{u5x"!!?wWS:L+8f_K/31~ӼqP@Кl1՟x|,{ s!q,#jn#_bGq*>ٶ\WqI76e}JEW9*{E	'áJLQPrv/@z!ߋCϜ}s=kɌ|{h@əA8 u=Ew=o{ۄFiQX[.Ūܘ;LcTn;rVlXс1݈cd*:V;f	3sh:/@:[a/~Fݛԣ~ϖS6apܐt/pqɋSn$4A=XJ<`>՛Ӌ1%OBzYUX1Lc?{j2z=Q];aSq?@p|k!AVΗzۨO@P~x_\-ݽ.0hgX.c]ؘQZ\:dq̕f4Dɍs׸!ɢ9V>m~}:-T?)Yʈ4{)iV."}f@-/,@Z,"ZxS4ri	))yP+F*h/M>l1]d2w?+p9ۤ,ӚYw:J֓3'FZ)L:9!x4EtkughL/:EZ=Ü/ξQjnV9df')c:OMH0ǥIhi˽~M?R@qk$g{[&tCdc\avmzNJ@8dEY~߽HH]CN"%٬@~эCk2.8G("EQZ)B5=L%@Vtd)zI]Մ* ҷJ1yT[)!yS1|J0!P:ǔkntʴLgU+*
/~%b6եg~کVnidzZ,[tG#kkյq:-<.-D=yēPQ6%[CH&L޶:'Dn;YUm,NF6.ʋzjX]wT$MVg(b}]C]qaF܏BYQө{ұOA:Sۛ?5O4dPvߘ:]1 х
HC+%U+rEa
|(N(+E
ć4iަ˚}ən4IIq /͹nς}Ǹ.8O.5 -BJ-hF
1^ \ODqmy4kW)L3g[M'jarһ<-9a"MGĎ~qEԭ~ia#F-!A6YsWJBϜM?rMU3~Ba[1#ofhg81UsVER`T5"ADa#5Υhbݝ.^}\BP;2c50S#'\|Gi~CjW5F@2I*hj14oxh`պ}ϣB8ܫ_!AԻIc{`:-ѹƑOa(9<9ӀA'b{rKي%yݱV:/ַ($_op[eUD-3z@ÌhU=ݘM7Ρ%r=joߔYPzixz#G]ʜ_72kb<6*Qn.a7RHLvKQjP6 k:˟L#fXZgSCsON9ūS2hB; c"Ɣ71g>ljki[ӏnSC#ɂItqۣ݌,	cooK{GJs`,Dp
Ȭg&*z~֩7
>#+\wCG.%o%U;RB@8FJp{;އ'eE7ڗdC~P@s>h:#6ݬY
$ܼf4q Y}p?ٽ%g(_đ=?XEQ9ڝ0EVO]<i8vfܚNG**YUǒ-wUB/B*.Ot/f+3~>nr@Mr8'ʡ#UDX_UWӹqZZBt)SA2w<Ƶ[6#13ϔPʢK
sofǽϙ!MU
+\/˾i*5i{/Z1>Y5G$
g0$`qI6[߬[8pOӄoiAܢ`u-8_<<Jow.[]MU==ِ/:GsA)W7Oױu9R%iNjҢbE_A.#y		:LZ&oY]xoBeBU_'2HihǃSDY-`׊(Ƥ۪ݖ4y+$̕	>/!oU/IC*%[9ЫڣլiߡN7k{|l6$ԅχ9E@_ˮcۜL[(p:i!Ы~Q}udN]yzV<ez~\ͭA#yHVG !I~sb]3"n,u/e3׺O~|?u!ĺ*V2%YJXk`'xg`Qބ̲#i}BQ.|qܹ4S6ȽFj&F%c
>tqx!~d)l`;Y+M;A+mBG`2Q=6К%ʪ)s8y0L!G>K, EYMvp`i:{5[3#®5Y_ɯ֯:ٜF)d^Íǟ<M%`g_,wP[\ 7b~sbߠL^0b\؋7]Z_c,wߴ(;=FAZZqOкjūb7e.@j@y;Xsb+CŋܺήC6=ܠ:
V)ߛkSftM~r\T$eΒO>#	!a̔=W^S\Ӡ!<VJ?r:vϜLy;&}Yƈ74r/qCK#i͖̀jzui=WT.W	am 7v	Z`AGÛa|:FxN$۬053Vb(Э)qr@:2ҟ#wՆstKӭuǪKͤH9ߊ.E܌.{<7b
.ؙo>JvʍWئ@pӿԋx ّ3q=K/ShuTu<Ƹ]<͏'l٬RT0ՀhrһS	Uscx(uҡU87d	$9cAsTͅݒ(Zc8;'*PQr#Nߢ%U&o_p	XG\%ޞX%x8
ՀrGeIi8ʺB[ۤ:>vҶ3j.ܝ\<c=gנix<V:ݢx$[P=qbŐf3s5HE#:;w%xEvk˃6L
bjclzj{bNrz8t(Zf"{lcqIXB@ݶwc[gCv-W{t+ƶoZm@;Y[X\wɮ1a"{X	Zg#),0? &?dߜVIЛP)+!:XuYM!ؗWĺ c?=^3К7gWyU}cJvi$hr7m"5E}l½Z1z5^]9j	lo%&X:e!122ݵ19Z;:LSǁs8ʺyc3T\X>\)(ΟÐ˭؛1wX`d#"uzE3bL'LHfK%H3CQҚEc9O^<ț[֯t@[I{m%1Hs_>CSqXHsښhcmaD߮p}9n?{ѡZ[P؈Ї]c__(tߎփypY+8RN,@Lӎqq͝BTD@πHm[o6hj{.fό͓DAdqn#R3!Zׁ;֯,-X>+`h,D[oos_2HÇVpidԎjĳ||C&)ܹՑU"j>IH-mR8ZK= ׽fȹ20OeLYZ/̡_MbװoN΍+DD_xշ4_k5YԀ]Ճd}#lO%kI@],[r.رVCm"!JX??BL'w˃d2PI'x«/dCo/ߌKp'H+t0,Wc+N	BXC/(<f+/׫t#eJUҶFBҵd/>W'U'c[[8[iʓLttѤ,&bEA-lR ujd,֡:ď_GXTvRߞ530[9pSиLY(yGQI<p@`v]τ(6CO˕ѢQhw+#؞/Fuߓq&pRTǤ#  `I*$+TϓV!
ց&7Oy.uhnw"{HjN$ƃʿuT &	pZaK׌4A6QōĜ0X]fɴ9!}ZLӏjg1mBj\$C}'ԪoTzu`	H2Eō!a;6!YL$AɵJJ+GJf$`ԛ-?)?O֓ǂM
rqoa<Wҕ	ԝ@0.57Uϣju;F҆0waGk&ءȱ$FkhO~*Я
,Z|AdP®U:
PUۓ{ݞC=ʎBlrܱ)Q*|DgU`P8(gRLw+.ƚLS7OAc37cD=װ؂ׂ>ܧ^͝3ʧ|CeVR92*d]þZ;G=ZAǊhn
yMS_)raFMiAbqX.do/[׍KVݧ8-nY/V}@KBƐ"~[6znۺ'5JgFc|=*#9J\v^>6/^)^v!:`
y!:VԮ&Sp?cЗZȀŻܥP-H1l 5bxn)kpM?w[B8JŜ<|dP72k(b`\L0#ǌ+W.zْ\thԻޛ=ς	Q*\Lܿ$CYͮP j]dQ\~	1c?Hyg#q&B/)NR?G-܆xe[0qTkG&'zŸ@Ϟ?ڥSľ gJ1o)u"eMJ	S:fԼ8wD3`i\<̬Y_V?XqhpnЛULA2J[̨[/7p]	y*MŸT9G
NK#..&Lf1st|izylf/2ŬTuRAWh01rAgSySYG",{Gi9]NeBoϗScN2=(P&J+=6ߏu^xTeQc-"9RҪ50-qICɂ]4Ml-~RIMкh^/f;;$.unX֒E%ѠIA	9YLțh;Y&JURnSʋfD.U$cW_hkxړX{e<~b*B#?"%lORT[bs#˒?/feBD"ws9^>%9Ϣ~6A\UDm"I5
!Yǃ~ ˦"bڍ\̞3]ǅbwjΐv]5ۿ)0ssݷ`U
D͊S["gӂ]}t&gDpV{5{Ժܜ=	rALg.jS[QʃWJZ`g(sߘZ[cHť;CMԞ^2Ӿ-/7u#3SZ<٤!qD.Dɘ+Z +S?$jD~?pFEc'+U$S__I&Pv@W+.
"9kv֫zLoM3rfˌ2x)BQfw\œɳPE6Fo4j$TR	2p5=d0OPWƎL,AP#o7lYߎcr*:hm]$v7Z^EX{2J.j`Á>s жi ɫHƈv1_s9 76h?ؼB}eE7DձpL1~O5CcE~ά|>V[Q 1"׮$a+</Ej¸~8Ѳ@ج%hı'݃DZdsK)	{k0|-cjJ\O)\?k7rE8&ĵ7j&'Z4	5"aUKl.F
3̿U.JAo&Re#R`9:wΚc\<O̔ڕ.l|tUTFȿK-jam`pfDڸ\xEc"ER}g	\7cy@>AuDg'J)L`ʟpE`wYMs$(cتB)#H֫P~KF(itȞQ_a"& EB+"^
%%\h&mP)у\KAl+S\=Z}<;Íq:l!.docjYw%vX'n_ +;ɳHr׵̏Ӟ1)AqiRN#3;VexYu<mC:΍KU8"-18"		MIw$
(жYq?	Zx(VJ3hç2gM|4Uȣbe&AɧBojD@tSoi<WJ&UoeN͊FOY_mP׹'qzDJ%}SRK4>zSnԐ&m-=Џ!WnBDc@	K5DA$%gYD<Wā|
S=M2x)R97jL}aěW&o:/]HmJQQNˉgõ)g8/]/>vJ2ՐSPF!޵lo%A0*rR$Krg7ո۔*CvkȂ5 +@70m9ޔC Ibh@J3AJògoN	:?%ƚ$ّ)8!ͧݿܳϹiB+U~6?'OH$Qbu'zbU^^wcN2+m;}ק6ܖ3Z(n#0ʏ\kw¹`>Ԋu%^!!ߣjTp>gl<5>"g;S<{T'-h7vde8I`eJI׸?Ƙ1NA!s~ W7+#^m3PF&/1glr߼"hN]RE۷1AT{!udAGoCN1\8ه=Ϥo]tЂ4Ңx`m>8><mч0w@O0NSb,;/ȫɫ%n(3<64ң*M>Cdg_"7-ށsj#M(!8*vY8a~km}Ɖŝ)]'zXqw߇hQo(N3Sv<qmυ'cvh*àL
Q]|tscte Alo\^{eq*E],9ǽs\v">)}v&ۮ4V\S8B"(UKۑøߎNy\cHCеʒ֎=)cOykaހB wBQrsՔ$d:;5&Jɱb.[{ìШCk!L*)'=Ax&'D[ڜU6a^~jʲVaΆ|0ٚcڠY9Qh~r6i:-111'P}{ژ{|Bf	.^W:}!ܨ3Ξ~)QeM
T'i߇=sK)tΑ-MH>:U uUcyGӂ'QȠqe-;E%;5fŗ	XPzxYÈBEo;Y'o##NG[Er)hЫwuA2
'T7PwڭjJ!ޡܐ_e*+`K	d9rkB2#=ǫ!ʶ3)E
Fe"̡RwxFfFtSƞqC]3qi
aruqξ&kkotuxޖE*sӾ9˲ɔNբ4Ê׊ٮ5ߦ:
FY{%˵?IU0`]V|hB'>9$n	iدIg*w2^bѣ	cO8'6_Y'KbVC@i:r5ޢ0G;]aDv gLڢŌifa>0xh])jc
$ר8˧OGx 8 v¿Hb|=˙;dnh&-{g]բbO(<Uݻ\B
8	u]?ډIGs)wnӟ}<}a~&r̯3,Y7"ݲ`TAt0$'R\ֹjxwC~Dv]L|mݑvS:f~E:DCc3WBoHc6,0֢'i@nԵ1#OW4`O4H_CJQyDǕ\eYr:J^=b\.h4}&15(Moa3AʹQȻW{-XD7\,9Ǿ3%i L-+&ȋtqnסW8reWM0r{Daŧ[fcƵm#k.	ɕdW!	'X{,'Xp0Xrem׽&¨$.&2Tv-Ta~ۋ8/d>#}04>-Ǎvn܎%?4ù3.K`=>3XM=$Wh+q^O3TI}W
$RY=[ũaPVyk!G.6F>Q!٤YP9B7YH:DAbާl8{Єv\Ū%ݶ|Z2j1Ҭ6֬tb})lANgs_:{БdC8̸ݗÌE[C'U:	b<yS1O$E	W݉=Q?}B^`ךܿ[}Ǡ<)9fW!	Љֽo'`n)A7Йj\D=2b,è5p߷?>"g<z֌#^]!h>~GgCHC:@k<W.3;ĂF3ݯϩЁ~pԑN;e҃(z]~&>AA%=dk}ߡ<яNu$w(cU3L#F1nH)FB%.,Vb׸E)fh&Ѧ>?&E120&AI=ǵ-@Hr :No%Zl$dXFkeLBTS:QS0'/r1XAJZ:ԉ
t͕Z~B#*V¹6p}HlpZfyP#o(ܱ#Ž xO'5/m2P	kH,ILŁDޓI\e=AlAiYΞ\+~ؔs^=K!nИ-	 uͺp|uپddOؒf8{)Uc2ρYy[N*+ց& 'ƿP)5Jg&P+ۧx˃Z9	,:vz0ڰz&׬ٞfِ԰zQ(:|8hg/س4e/85Z˯CZ[}{(_4N?>n[m
s4'X5mOCNQlMɵ;_c0$5c{/$5XöXW'm!نY:\B&-˴bлIYoJUj
rՍ]_.g^VÔDژw$QnHF	Ɯ+H>BGvjO]L;ܜW2uIyH3at3F"|&_
81dlFSALc&kCp?MoO|=*f؊ǦnʺEq(-ȡ'@u+GZM]JgٷrhY3Cs"^JS+)Tb܌/;nh(rcakm<C`sٙ˅	msD!cQA|&^l0Rcڎ5>2t؄; dpZbuoekaG69yʶhcŮeQiA"Dm/ˉҞ%UUy
6܉'e7
xuM1>[fxg-> Ȱϊ0؆EѳA}|ޏ5L,Imrx×	u4tn=֢^t;.vTė֣׿ӆR*#JB0OLU`2Ҙϩ<y&,.GŴ`FY\
ϰU<wS"?Dadr /EͼZd|ۑnC-uY^dm;^QAf*#o1i^'j;$oBW(ˑ*qz7f/4p7G{H_U|sMkh?!@ŷm|,> fy"e?hhQs6NJoTʢف:
߈9D zϐ2!UZ:6sϙ&%*7ϗR+gͨ
$wI°ޏ=I/,_`٤cF_xAbud0̱Њs7vk٢CcIbqa
@ҭ۱=^˰<BP6#MU9<SV*/{8}ԙC
dlQq˫Zq{ʤdÖ!M6d"";1	Rf$`$GvQ_]'?b%}JV\X#K2:Vϒcdh-zF!Z[zy|g&z=9[>a9lg_RCm+Xyn=X$Γb(ȒZ6|-ϵfWV&PT܇ 
ճFPe_R<׏XZBX~hPvJg+>iw;41"mɛ>RҎM>7t˴;@nMgf׵N,$:#`bת 7O=ә@G.(UqUnH#Tp ٝkTe3bXk#_jMݶeR`\fq_kxvCov>ng߇cj$2gx9=w@?X[އyF>fHwUe>Ӎ^:xn#mu{K٣ʝLw)!aqҿsWl JV9QMǯ^Bw8lq`*s%^DֆxKKݣ6VES~ϓW!|[`ےpb4OWy29	:Qs#j[LW$Z`aݕ+Z̛_zLi[>)s$L)${D3_Z\ӄ7bȟeڷD'4fȖ.+{
a*9LN-ԜJTn<ѭ7wݙy#+HԎnRd60_FAD2,0ЎS=a27Ih%oii#}vJ9C\iStfM=]%qȷ\/a
4ّ54#t[8
|Wo&{V048̦DS<[ȧ*6haBƁԩsħ˸OG
i|lCþ0tNg¢	Kr׀:sKq8e2aAZ/)ƖQMBڕʥ${,,WHSԸwIpl-ogSA(Wm#0"$Rg}#6k]Tc5?\2؁I:8LqSxO8B1|.BO9.?2\T)|MrO
Y(yl/G2. ߟ=Ȳ|FM/f{x@IH*VfO+Ձ	5B#d.D©ۉo8Y/lP$+և]L+gq8PQ).Rg$JwE4ȮPaپ9u8>6˪pF~$>lѫQΊcύ<q6N{D	C&*|nc[ʄk!~)>afU3-Do\7)ĭߟۦLGTjv(FO?A,&g#ªJhEβ%Ƨz8CxbգۨӀr2[Vz/M7/l(!ʯm%t͉mDYª'hj_ǯ=3Yj:~ǻ3Dϟ+fZ$B`W:/b:5$$ȧSbP	:h@{1R֛3yԺi&7à/P?rK¡Z\4,C"Qsxϩ+A(rۚgŦk\	2Nu۬Łɬ.EŴtƗ	UC!}%9<mБ7GsTdy\	+M­=&5҆êұSkמuMӲ˝4v^#l<9j4v,VW7cYij]ъ8y!9bdLk>3:anyq?XkH4B%2bRyyBX6Uň
QB@ĨNG}W:StI*sp_]ruN*>7Aq:,&JA|e[9@bPˣ}ұP!Aox1fԈgȩ	 	ͯ&3q5eԿED.&T:T$̭D}:%.պ<%WdȱXSgE)ǿvk3rg=3U4lF-n/qҒKEZ0٦%Ի[8*"u1`'>7}Y_Oq	cu![v}}d*Pw~c]k>aF8ӳAj$v4\_T//j*8s)ӭۈGX/.q.VtS̉I+>ʇld{zܫїCڠeĵ'e2ga[,x.͊T,	ßFv#,kV8LѤ2P[1ղVUsK	pԗڵS=~_Jc
2*`oq̕;}o+ȷ]HLESy}H4D-HD4nqJ}NE*BЗ_34V۞_4]Зól,qxmO3|!NXL*\ۻlk҉7Kр*#N}ŵEqDmݮ')=`M~;S[K[f5ֵ%at~Ղ`ytJX[tC!!r]jڞbq{J$40Hcƍji9-bސZ~٪׳KJM5tp/N>D<ڹj>ȏ@?x>YfwIPăCt9&TG܇^\Ӯ'WaE)։NU
\ÆSȸpi&<Y۷`Q
bUlFߕYEalLW<R'cnd_ǥfQ6YԎH}ahwOxg-Ϗʈ9RDSzl,rGG]LRWJ0[6WG;1WDĤ@w>mj	0`XΥ.`ZkkȠ3jhdf~loq&6A+[P5cߘL)_s(o0M_/Оչsj̈́,`{)h_'Ĺ_2<¨KRyr&׉VKՄ1Ki߾?8*UU\)Oj$<IiҪϚfH6Zz*}%"U<?o{qPD<8Q,/!EYVcK> Cն0T6Y r![f=Z=$?iE#1aҎYzGit=e4Þa`ٺǿHvCn^W]kecߑ-)T!o*dkܡY'5|e=+5ٝ>|]3lC},۾dV"cr5@QRjOv]ES/UklCS´/9FiG0$MU%w'[`=QEܚzo(:WG_3mߘpRǅKmOz~*3#Q?C@M	#409qU$(׍Fzۚ}X`+>eӤ|ČR78}!6՞bR#>ǨUYb&i'oxF;̈;:5BH'T>Y$rPjȠMp*ϯ%-]w¤8>c*y|4^ԑ_gŵ`֠e
@$3\oJuY0e7=GjI.hH9f͡׉)>g]Xj޵m{g_Ƞb`tHϚ:,Gz5k(HoͻwQI$e4ߴ	 v6^ØV%)D+״r%yoM/Y)ff1XGd/\ʡ̟-Ig}|Fu7"uZ¡R!	C4@9a`.&Zd%0Sʡ;>
ٔߝ{IF1@ZFсT@_''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(22924)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
