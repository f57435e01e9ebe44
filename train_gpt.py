import brotli
n=a=0;b=1
for c in r'''{X9'>Oąp:/q/>yM
xtp?+ĽL<A[DJ81-hz@7+wFz,#^	u>-ɭ\eͧӐ7.v\ΰ{i^ٚgvP^ߧPjjFDSW\h@*C*sIC8}}cYdqy33R%|!F~M_+@L4u9Z*s|)BTl:g\ݘ4ݓs@'-	ʡלְ9Ъ.#JʋZհAv@PT@C$N{
	d)̜|ZROvVa[E8ͪibWO__I	bѥO.|lSغp@SF׬PCqcOާ=`hwTtj\ib,hI,4Yy
HO\ҽeo'EEժ2	pja(՗֛P#3gzEjΞ١88I-j}sX)Ţb.+T|E+>]Mѭ+ҡWPuF]PiL:F80tcA2j0Ϛg;}ȯ"^ԿYy.E@Kʄ*db$Ͽ,>'1HOzWѣ5CS#tFy̸٥۱9F1BKy˗WV0O~qX!V{
_^*dFCFDm-M/\0ǁljA&NG3Q8:݆i1Mj7?Ri>'~^'xK'4ҵիZb½fgafB)@Y+]ƺ]]_{"PԡfjNdaWxQLM0ΰWvL<+WP6"UR,fz5wIĴݑ~t`3FΈilo\:\/Pq37pN/.vט=KZ<s0Uу	cGO^HzNUI<Σm3NVdIJ	h\@Mۤ}-<v!~({il)£{ǒu|{Xu	@
'+XX;Go«;9ԙQƲѥ8	ߦJx@~)oK^~>KSf1~Gߠoy*Ŋvnܯ݁j.,/d$PehUYm#id4&OBkTj)9a#[[z)7&CH\8-?ty;bNrnZfz#C՜8K"fpV\K_=671ԏPidy܂nx_%ڠZ&^Jl!5PLnߌХ]nLʴ|-gS߀BۙrD4"vȚ]P}?OgvCE`~i>}fMPoA bdƦZٱb<ͯ#n)B3ݩļğzh}?rk2f>0@H/ȁ	\!mf~s~n*sM\×Y4ֹ(SL40t{Q,˂2"Z=,EsW3ːHYF ='r!!gQ@`}{dɱԊs)F^Oeg7=#|ռTO1CX<pjݖu0џ%\Z/|p\m[BYH!kߩĀa!^42hYAD|a>vbJU-:6װ_A6P1LͲ:a}ɼ|xF˪4J|'77VYvG-P'ż9=I=ڮEу0U7p:\Ծ]g}ыnLuݰ"̈́q#Kf(
yWG!+zоw܇q@aJn+J[.Tų6j-Ȣ`T5H?(1PgЇ>S}z.h+k{լ!>&ca gw&igr"XHXr,ʻa}A(RԂٗãw'ѻ[Oıϵ}stV'РjaFs b+:>}x60zCez޻}cXρi/^?7vK2=F?F&`w6a]XW0M{/n1Y^s,4kDc8/B"ܞ#xĭ!Jw/m6()֏x#@Xȳ]9CEܓWs̪/׿qd=]lĶ_A&M+$+:ӕO;V'
#9Sʰ̃)0H$8QA̓8Bʞ}4<V2a:?1ؚUyxe|6I&W ij'=ҙӥ:Ag~3Ζ48$a5#F'Eud$%h9V&R:',
3!;."r;[c;*]sGNU:K@	_ʸ#>!PVU=%~3%0`0b"|,dK_*0n߯lG/ڭTaeVh	poi	مL$b?ɵX_@g˥c{JO-O#pխkֶ{KG3=Q],/8b:,vo0΢hpvìYJ܁"ͭ(t*qPq [uмcQpߺc_GXt7q;gAY?В;93ɣP%;IGa˝mu@}AW%XaΜ|I3$ߒ5ih^@1glN1WÊR~]ގ S-DUHA*S>= Q7zj!axG\*-(Ty|98aÖ:U3q&+)fBѲ	iqK6m1mؗN^,~PmFj; `Ƿ;ϫ}QQejtЉ&7۫'c6Bё!/`0/;-tdց?x19fgtKC9ees	|bރ*#Yp0re["ɚvELgjNk8gv={P:Kv3~6"seC9Ԗ`̎mLlj)4NЩţmߣ.GDeۃ=?m
Xm3RҢc͡5(yIQRezC
hD6Y;otqmޔ@3SzI͢F/X%QT"rxdb~ѫTm}Y3o;-:,?ל+4xa?C7Rvxrǅ{^,BP?"U!E{cz3|3w"e*U'g`o&7p&ANJњRN9# leE$8e/CěB]yBy08eb1:w<`}4ޮN˧zɗ+%Ōu	cٽЪ75mŤTz34,O^Ƽ0kBz|{Vt5P8}f8)Wm'.Ĥ<<..}Sa2%*wq̫ӻbFnѤ8*Q04?;!wnxzO1{6#mˠǳQc^	1#J	G%#ƻ&DNym1%rrɪ-u)!ݗqT.N*;na8iܴ&B.ba4H)?hjGϬCt)ܶG
ĚKWbgw^_ewaˠ&?oPl=`V5? #.7߳Zvܓh%m&yȸ3X-;4؎އ2;͛@R=^Ǵ>VS"ƙ\7Nfx̵kLm*`#9'tN˯W1ԸHO O+p-S^ZͼE]XRz+$DEh
uܞ=>guy+Pfso
<>}'˒Լ=1JjM>z)Cʖ_dFZTӞapYhVWxˆwʲv+abSUF:[L5\'SN358Fy<0^NA<H
B,ŸƹLӆ\(~O*wfd߳c; Nb.^uwnf<%di/MthMum){BD8>4vi*~sE`<϶@1ٓbVxQE0؆l{~г*7˗OjOSȹ]ƭFEW7S-w+'I<KCYvטrǘݢhS6?rr#~U5se(ȿ}z*}rt]wc
Ү kq{UE׼,:Zc%M->҃ťKfzRڤGߓ{">ڡr<ԘFj;~u\
'p-mƺ`0-y"~b1t	QON;-BtĚXqiyJEe~$-ņC,u2+I3օI{{!<YO۾؏3H~SpYϧVӷyfζاޥj/fdϒRV֝:ow(8L*ĸ=uχ_Aq)fu+ƈ؟^+o"xISǀk=cf9<H2RDT`Y4wE7|èKCǂ2KѤh?XӀ X<m ̻BKڢ^{k	Ӭ:A7ݑKJ`SС|Н,3zSRQ*!i&CP7լe-ϗuO3ܷaWDу (əp©ի޿CZn؅V5E}4nϋ3Zѹ[=ڻmMf`6UՊ	Su!Ro^<1!͚H~Ӂ::_eqbƁOJͩStyZϠ`59)0.\ˎ۾֙RnjeNA_C.937/Ƶ?[n8ؗ<5;|?Lpv./BubϹF*1$`
ڤhl"7'{g5Wʐ"L	m +ĤEӠ%QCŁeKFp1̶Ip%xʲ!.1K3+KgN,@4ǮBJt,[>~Lp+cSJC@J!'НlbS,mڌ`)-l'EoqZQ5}JLv+/+t&,Yl|kPߔ&_/8"Xη-4M7b;M֪+ܤa٭;=2ުMm8>چôaKߪ_VX]n35sŐRhuBd&		?d58:IiX[LٟRINq2I'Li
ܣM˗ƥ,5e̈44fZEq_KM>MwG/b]۫&2etQ,-ՒVqCcZ`wʒz~۹c1&-!'KPm9ZѶ#u&rGֽ:,#[zgsvpA%p#e,	E"	[4\\˻R*MYO5I0WMNؾٽNBTL9mU3:ܫ<2RHKhڷpIq5Cp<+/k4g*'Y#jiӜI
Gq?5Mÿg&NFw^Su	5Uxȍr?f u/!0Ň9"GSH<O-VL6jP	O?A~YY33	Y1]uK#mj.n˚m,y?+V_L,4X`,i͟J*fRTwW͂=[W0f4*SOŧ!
0Υ݈Mx6;Ak/ćGS\+4fʜ<cK2FoIŗ4~\!N	mxT~-62b4Y78R3*ɞ
t[Kn˨#EX%Dd:k/Z mtѦKY]W%%rB3|)BZaOu-ЩuwY,A(ЂS&;'	FxN-,D7)86,cz(?Mx%FA[qqVҖzyeހ:_2%45PoY˖WmVmquӬ&Гg	َ(7g](u6Ƽg.tDmCғ^<jcY3#CnxCY,D~f+'Aռ	TD݄ݥe^ĥ?m;׼dωV`':vJu*Mb.99¹)*+tOkMzg|!g;)}yYA6dǑ"W[U(ָ҇j^ܑ%hgӕXyΩ3ObƦw6@{[gP?!Q`>uX_SgTֲ=\̡517;-l&V=\ʳajOHgv6s6\׫FÃ4ؐU8(Qo1%c;tM~vL@ɧ9?Jiu*jl@މz&bԼMrٙpIՖ2l/c>$ŕڞK$s&aV Ž&Sʟ3j_%(>]:Q̪̳=ŕ"0fMr8 }Y׺on=7({Kl (وE.CZ>Fd2ZuP'}@WǮjsSn"!YvĄ9{E593EhH*b*J\&޲+Q{nv6ٽy&0Ƕ"Jx&nʚ*F\WFVNTK/Qe#ʗBisuS~iƓO+_3}?&&*lY4
)ӫkiڕ3Ry5͒}ȎN@dų 7ǘݩY%ٕÄDamL9*b-
ge6Hţ+bB60A:(qw&MsK5g1i1w
ܐC0&/2F9Pc9|=6F3R*8I8ŹVh=EͬB[͏f.~qfǫ(hCAs3zPKzbD*C`,vʃϕTmBmm֗S>^
?*ǶG{ToŊ
FNbƱ)Gܪae3΄aX'U\6[\т/:R[˿o0PӉaJd	$B+չnw?D^Y4ޡ˹{][oܴ6kΐbц=#n=7+_bםQϺvW?i9R3<sP2Kܔ~mj):,iI%7/s8@Y^Sx=7f?RA5g96V`LIcrREh!~ɻښ}8@<%O]EKҪ,^kxcYN8,Xڎ83il	AY#u5+[7	~<+n[ȯQB8͂6^YBOe9ɆZA^0mQAn1nNsgQ˪=
+^iWU`|no\zcrϷӅܷ<Ẇ&G9Gq=ӊd5W[Gk&Տ$H3$Z=,D0*DQ*hJ%>TK%F4 Xz_%MXP_DYDR)WܴGq&Ak9;<vڔ3vgD)n X}Dh͞	(0WԜׂT~K?P{&8'TfA4:<Q{R̚U}>R6HD$ݸZo}	ך nPmqj[؉2SGY)
\,ǋ.XuǓr}\iuxy0W|ph]w0a1(Ҙsiz*'nLxѿdvYVzY<7BvT(3Rq	e*>ҥ(7f
y݂YSÊ8+]"6m>Mb}w˔6xfC]3GbFPV2B	QޯCx%un2N?ci6es>CG ǜ]HDaXŧvXFڎ<!	%׃,n+ؗԭYSlPDUΚ׮d_"6ղGYxؒס5ڈq%mûOɌhA%<X#*}uڊxoo~j}Hu
BkW{r_V.Ç-?YFɀH4f+r$̗aDuXaVkII0opQ:K6SП4LF]wP\#LLܙ
ۀ=q
UoYy"ŹaU=pxSk=;*Z8Yʲl[|ƧUY+AT<k:ODh}вg6S![A6SL_;A3%{0nfK=wr;\ߌmN;JO:uZj%C!1"ΝOb{܇H1ȅGT_8Vd',fJc0;"{ۯŶ%a-27`6KWgZmm 6fwbW#b͊mG>	x^۬Y|=*ެӔ̱DT9yQ-+MGHl		Rޣ+'.cwcҙDvW0G|:ۢJހ߀(ٞ)*]&x	tNb%ʼ(]'1'm@,`٨OLwůz^pPڍͳkۣ#:z7}$Md2$ʙFY;X~Pՙ΋Hb1ЋpֱɆ%YT,8]\zޫh4HopCR`Q&??ڀTψ޿XFӈ
	20̈L	-
B2gNgw	˔b<z2/&ҷֽ~vZkRxf>s'ޗ()3Jv֘<i7״~~t>i;U$Խ}ʠ5b2	Bq]+=s.@q0uvf|=\T5boW[TY]9N4<NPe;x4_̮7Ќv\zGiQOp=:_ҠSisjY6ԭ_x#ֆt83,u]H{FhDc[+JzMbp'!lf:b=DkKuRHIQT|;2/uYS֌gu4<]m7qM[1ІLڤaFz(3aft1R/dy:ϟ_A׈ōDK5lA!"fbDϽf.VJi>u*]gypDϮ4[ɴWc[O&$rG1F@-`&f׋
APIIhaGGr$},ө|0?]ݏ5$\<ot7>+z"3P*d8+.C@ROiNo^
*y
Z@KFJQ0%KkѶЍ+qֵ/>r$<w-HK	Y/XskYE6H4wɜdk<v<?j|$aMExwiTI1/tC(9%aŖh@JLus@RfvؘDoKu߽K!WD6^9Yj@d}gcXX<֠ZӃ11)!`{y*Ԓ:5l,Ԑق&Q6#ȸŉ1łZXЩZ2iT7f8dR=2Nbéƿ@T
s+BdgkCrG)8bn</a'K;+'pc;<>B{^}d v`9xן&FӔl{
MRϦh)nݟ2ڶW΀H]x}ݦ_'B'>E;aZ"GʣMMsunoJ6ܜ/c̹6uF-xh0;łMًp]ʀΘ
74GvH;RONƩɊ'cKfjN_΄W8·hӃf8t'k+fQFZًI7F3Ͳ;g?5_jXP.)S¬|,Yk:\eJHoO:rpz
<eZ/`0`>kbIvgG(Msmc>9s		o9Ѕ$20Ҝψa'"ծߍ^O^T$`+vd̡dxBxj-S
?Q˳<`'jņ'%*~k:d%ʖ#lq_ôDq
z<'kht$*ɼ(̃wP;$`QyzH2J.E	+Cr|>x|E%۟Ff,<TAnˌ `dڎah1B{>]4:oIJZ	G5OHj@ڱjÂ)C<H'|U'	}6۹KҖݼZxޚ+0/ cWj)bVK-okJh
_U֋
E	6wdrGaerdߟCĪ$j}5z|w	L,8҇gtTMٽٚp9fWDֈˍ<:˖''QSDO:qjFrH;hN}K<؀\~WۆX%j1*ٙ4@ӭ!YO	WY.sR^ۮ6#2QIBDGYl:;ڇfɁ(ͤD=*OnZ]~v׽AX.4ʷ.8%r͙"p.*jjM'!cA{$zn(3B ?Xţ(#
t!*yG<8jKk)J߱	**>+;k3])Wh&XaaQ?ڏLO(caC<ǿzMִ8U: 4ϿQnt˙o~|=QU'R΂@5Wܰ(.}lÌEnƿˉ,T`D<R`Ez:ǱEF#Pߗ!ϓp",dafЎ#"61;f(S=lY|PK9~2fԵ6>6"@0Uǁ?aN4߆<$x[9LD'Id_*:6J#\Ψ-;-+ڐek#$(LWV\xL!q\NI&A[_oŗҫWh+Ct1)Xl|ŏ{BԖ4 I#V~ۮ]CR5+zRt@4W mE.(g>ڞ84X&2&̦`܈bb,nQ##wI˴֎&Аe,7E&]/P:G$Pgf<mЇ@BĂM1H̲R(a@~qm&ÔDVh!]V\ B*מcf6 K
^&$e6"sGÿ4d%R[MGpx2}<#>	..pe73:_5uIزW{owy]E,A73xX>+?R$DrQKLgIYMqI^v+<6^ӲNJO?{6j@UQ:_?3FȬp5(">_dj5%SYNZ/r+2^V=ɏ5Ñ޻{'s{>fmj^ܥ{H*I'uL^c*N9޻ȔQy"N0UfzPN6i^5'j3hzU^1Q2	|̓iUS>xKik}N;}!٥sVwKW
hvYS͔_o=CnxKL=?R]6remb
 ;U/Or
NG(zqSqw'UEsԲ)g(*!_6L3r6Olc#2
Rt'g|D5*Q?NwLМ5BUכhRڭK!-@mXF٫:QW[Kc7C8ο/QDa|$i7
Q2}fE>Mf#e@4ԽXC-ɎXLԎ';0#m&ۺ5rL\X`ű=1wm$ɾpu!?&chf9eZ٫(,u:j.Hv,KĶҨJo)&8"J8ě̄G/Șrm9+Ji+)mײ("֌1;k%GGzCGRvdhkUs1ZJ^S}.hI!eMPU5v[-Bڲ{<_˔h7,؏v) /Gmas0|YШ^	MLԨ|Cv-zS7@3Ρ{Leˑ#^z}KNK!2\4Ӯ"So@y.ĊPe":jKtTk!=ϓA0јG1lE~	deC*
.Y3R vMmD<ē~RʾǚKKoa[JCpXZT[F<Ћ'7ݽG$k`1WB'բ.Ktkv/Ruftt@pi &ڽg=$zq;rKUr_?~t|.RZzjWn؂#UeZ'Z4̖"B$eI;omԈ${q\P E>I"_	,bl
ÖI\~u)B,YvlVNG2::*ܿp3>KX7]VM~.ًNNmξ.E.y7ȍ+Nj?kdǃׇ\PG8ZyGgHZ3p\ˎ(u}Hy{%Aй&.<ypKF+DGJݚ;55p8ƭ0}:H;NYdud,&nQ,1a;	!kx<|.xșݸg&Qj+4ʞFK*	tj.
z|7,%m6(4}kQP?7mʩv=	pШOŜ8́=̬jb7dYP
ޮ_J D;BkH`rVf(u'^jH_2'4'3bi	@3%%Go:	@Z<&{LϨ.ɧΛ3@wAgKB<hI4ڕaDA%VL?ŊbIY>qKuKެ?Ϯk:&Z:bvQCkۇnzm`k/jpܦcVʥZջ_WcPЅlѳr
0z|}A$n0HD$#ɐ~y@Nx!H#2z_PގbWGE^YqΔoD=V!W֐ 4ǩI(O<+߮F|n%b&՝C9!xF2	bΘ8#,[1=F]%߾lunyDxIʆAK0{1*:|Kߚ2؏qd]sJlְ^ *~zѼ
NQ'jtأ
ߧ+Qd?@T[p<p(	j7'a,7|B YdȈ;mDukP~w  Cb)	m@ܽR%SM?֒ǲ%Z{sJA՞j_1\ك¢oxImӦݩb@^̬Mh V6RY	tոѮߌS7|XXgQ{7~ݯn'_cj)Љz6ggT9ڹl.?\͏2nw
!i^`+$ʬgFWV|xxH.F6(#7ڟAdS6VxTP*B|ڻz'EU<mieο$PF }N(;lbܨ|L$5c
P4Հ«1j͈e?!j&o^O7$̕UUO:FvnO4d-Bׯ6ˑ[M^m]+A[Z7\Otd_4K#@ItD.K~:-tx%kK6\R'd}lʑgU׿^FəݝrDY.Bq`f*Q/5nڬa+6LҨ/ܖxY՞L3!҇&GkLXL	ɤ8%ے4(&3r)~Eϓ8W ̉TjpQhO7IoPy^Uz1!iaa(IzJG٥OBȔ*R<~ׇ7Ǹu˳	C*1']vv?gOhͲ'l5m<Bv "zmE\!B
P8<\h̔gTp%ɽc?vzȡP	ȷs	K`Ez,;NC= <j _ڎLq%Lѿk_H("x9*=RcDV.$IX8 GHϋeגyfK_8\[Ee*B] Z'`6ws?~r|$\hS@>͆/˕Dxs-6:Ll;ZpqÈnt	eY`+R[X ;sjUJOs˩"ǵ%xy8ivmȹ=>)CA
d2l[!&˪AͰdBNnRNل%Cݔ0.9Ĳ
wEα7m!]{Ob~.cv=*AGN#	U=!B@Ґ]̋E\]ob;ؤtb>y
/d%0O~1:`g(hIוE"5Twb4sC;ZgaGj^Mc5L*j8lIpqͩ_GO1='A8VxdYn@U`ĚvUw
<	ϔcVȱVhŇ4`GOPɱTyWcB{z٭hӂڦբ/Jx?oN12Dk_ZyS6d&ݢtQ́n!o-f|^OVueogӲ38Lp1xV>`y.~Oy1ֺ!.+zxjEw[p>u[.J˅£
8TNץ/8BzT%SƔA@2>}^w~#ەK̕ lz~;J (xjgZWl?6/#ĘEkb`WD\/<E:UJw6#9ZeN4/3=1U7O͟` z+l$Ef~*O!>2VWtl1ֹC"κϩͼUG([Xn]GW+ziUZχǽHg2E
Q:-*qL	d(%lf(Y`Vg@cqqwQD$kX0QWphctMpqV;u|,xFH1ӏ[x](K֫7VY˩P׺|t/$``?2o֛ʛB}rgxׯf}(Uɾ>#:`rq$4Pϔ<يegp."E60>qÅԳ-UwUFGh\(8&Dos`˅{v+T@%=gupJ[.׽fۛ1$`'KԪ?~o@LHqM"ڒRJ?KE?!m!Ua׬?_br/`}eY@82vw#rQ bsMo(˶C>]+y{"ȈzPA9mSU!rrJPDj:PL7jԌHTM#ZճW ";_"KAkUJv@![:Nb7Ay0xeSOHX
Ԋ˩·9ؤZ:ѡ8 WY>ʽqVKV1٢d<K@-{JQڂϺsOqUڻGڧ.T0,7MtB7]g^>bz_,?DwKAy;1ܑƕ[jϩ۪)E+Rƚkh8q[#cėNk۹F"HbN3%t4z-Z9U*j3Z"ڵ,0cSפlD@bΣxrĚ )/<T|MtKn4an&\Ub2ܫ!^F=vڳ&g7B3)rߪCO:i߱;fݩ!Lήc0Rܫf*D&FfٮJg"|d2
9=yyrn7ߒ߉?<w /(HIO_%9>لoX^#^Əc`)O!jKS1;WAoͯK<D3'i"
~Tk+>Fj[Kà`ˮ|Մ!IԢk1_ڶV<b;~8bWoVDf" ױJϳTzIbnm?mZ~I00MYz֮UvM{ٚ	ejf$݉gjuZԫlI5ّǴge5vݨSnQ
l.WϜ30%WYؤ"@S=Yx7Aކ:lQ|'\R-J6ã?Hǃ۝ҡmȠ;"."Eq2e{R2$rǥh;ըP#[M){:mn'pn/ 6 h-li?l)N{3ʸHv2)xl\Ǝ0%jZKڍj4*XboSM]ۡ&,mN%Ɠʗnb*7*_̩ȭgʚY)5rc&۱+,S5ͯd,~Ɍ:lVKxH~_ת߬X׃fܳl8kceć*(S{B\8]$ͬƎV5VP0rG"5QE,ĊsЂsX'PЗ-y@ҙtaƱJRMݥ4ʙ;SfߎjcB`w/2vӃ۪XrNMaXc\jN8ڠAlܟ<		;;;[SCR)0x6he<KUB߈ز8}q,O8ѡ=+@I0_p\?xb%J]c;@ h~|]H6BԱ(te3Tu_TBN/de"PlOG܎xа'hg(pGlU+ћe{9ϵEa+޸ڽs	T $6
1qLYIcJߦČx .Ёh]vM(&fK"Gŷd&c)BȄ*|7ElIp|Uo2>%;aid4TPdh'8hξi
mۡڐvҨW. pj/HQr<ƐaH%u~-5']h*)&3˫߲CgO]SPoY܏(~UMZBlA=;unP+r{^)xih@K)4AM[HDM_BÉ0O)",حе2A<![@$f>"|A%ɭ\W՞}aݑb k;j)S_(wP(Ĝ*j/7e?7VE<-
Aϡ_jWzq
RW8poݩukj#Q7X>į"X~	S]ՈZ=x%ZPM!LT9P-!־JܤvN#I
ɶ(@|#v}%:mאZiGpqs.x5%(;ΠLیVWK$FN/:<GE_N̫#Oi" ():}Pv*L->KBzCcfvُr!Q9,!}=W+;? 5e˶.6x/+S'ONRX٠Ȏ:ĉ׽Qiɯ/7ˤ'ȆMxAHu`IǟsN)LgZQ͉*$w
C£f*p&st>m"zy/H|S?:pס:9_KXgfΙުbW35Dcp-RzM%J;{ǝQԝȠ@2y!ǚ8
wzI`Ϧ]7fM`#@dDf"QrQSŔ.+l,*@x1Aw</GV^m`=˸%<ԙ=%\TOnL!֖HE5ʾZR?[ƭ
YYڹCE30kp͙ԅ:J5b$qW&,`_;OUTLM@EIvMux&Yhµ@E0X%IbOrkm[ƞx/vQ݉̔>tL\Х
5 wHbO͋F
ۧ@HߓuڳSٟbu
6o%\S˂}\zal+8@.h=(M2Lߣʈ
{{~N=i`EqnҾRtv'˫l	^b)Y<)+aQ{0QRَ͸Jc)MgJhato"zYG~х`)U̡QهHʚ?t(ƕ0PT:'Iivŷ f?؄+=yF`T)aǻłInefoYm\TBU)݇p}yAQ/V2(A`M=,b/vPn)>%=1w020%LӖMZ>:?݁1O$ɶ_#aA:=jͺ\lGU"!²(!y[r#i2L7vϷөM
&3YZo=I1ӅZ[\61!UMzO
T$mqU+&,~A.;n]-/H^:_;@Rz0?/J.iºDfX	qϕb%'bފbe˅eIk8b5VT8&)akڷ;֫i%t	ߠ7Yq8ݷ$JFY.MnDӍzTU<Z7ӑ,iՙU^iι̲&Pȹ]~~vHߺٷqt6ܡc#МZ#:E+=6~eCS3dAI4+ǿ
N#
W:md0VkHuޤl\4N+I	ǝnʑWvPbak%܊ hC,<7e0Y	<HYجJEQl|5ƲPd$a1\K=GZ0-7/Hד"eP*I"*PbfշKjگ'ZeKBCvY=,п<%TA P{D$902./Rģ	|}=%P	08{n	1{bw>ET'ڂwq:"'_~Ǯei8DhК_Zet@]e_wҫ{v8(FΉAY0?%prcFQ|\ܨ1ؾe:
:>y?!H
LpH^{+mḲ$Uvs:7QKf!Ά>AJtJ9g؀{:%A]&4&acZx1SMatc1P	kKI8esqIpk̭F͵п!3W2tLdAcV%/+;TcC`
Rtb%rZp&vٲWýD:5_N#; ]ؙ7uޠ_=Yٶ<.}kM=Q}eǨ%$Bc6y"lFBW.	ThyTYd--`0̪`R@:w*OyEZo*lŌð]
3et̩՟Ugʥ3Xfcηּp/hetz- c-˭.'Пb'kǐЧ>%CzJ3eu$mf|Y^B1XHeKI}V%+Ofmɼmom{Ȫ6bڜjrySO=\DRnAQVNQa8RJ-?:	١c~2dD\O0O8$h%2%[LNȏV-4.dOODB'%JWu7Kc@K:֭|
:I
p3s߲+X89n(3~	pu!7>hIW)K8ԂѭmM߸{>[	SĻ!Ú1'3Cm֊I59/ 9
nT֠Ɏ=fyr*y{mo2Oad`Oy9)cՖř-\- 5gJvT/#(zVՇɞQ_l{:ẅ́z+gU۪4Þ7ؼq9˯hr_Zt	vlo&pC(tU#6u)r؇KV|_֔QQm#4)S\'m&ƂϾLe?K)w-cՈY|܃t?kOɷ:Q[qҲA̔#GJE"IĄQѩoCwѵ8#Pa8#XrbW9w>^f^*I	W5"/ojA͌j)ǤY{!¡C0Lݲ[RH	7ؘѨ͙]o̞߹MiƀSwޢdmk~w!V.ȋ]ge$L-WJoQ;DCחzigU55Vbv51~~5vNPM}l9 =zb&%p3;kpVj(UiRJƚ>ج/kIRʳEa'"8:<-gR)x#+Sr{Q^ƅڽ+Y5хЩU-\ͅ:h\{t߉DXc@09fʧ7=ؕn_f=^#ٍZ;`߱ie&mٿW*$&CnA)Zme	HGZS2fɇro^ڠTUͯ[o6
+Tj"}/_>=.`{LrLn#+ ZRx
t9.iՂkBƓ0!Q2ϋ-H$}]q0AfT+jhzt*d|5wİCމ0Fˬu`~21u43ses{C4s.pP3Uhvd#E!1(@^\HFe50}=_SM@qZoZ'Ie OLUH~MLK+,ooHPts(Ƥw=1PhJ%
p'XTAYXQB*
̠wܝrE@|8vYHEBrv[>N%8GRvfrO7u˸[-Mƹ)BMrфK9ͽ@mor).[&;OϳѨ<cTD߲;U{W?8wO9Zސ3"=x~BQ@̅QL+ZrH6a,wѝc׺dK}0XǨDpgWmǸ6Am$}ݕRk+	U=QCkƥFnyͱEeylѿ#5(W0GvoS{Ao_%@%d8ߟA&AɃ$>P$2WȠ~͢KwIʏ#Π/cnkD6CU?.hߞ(^ 8 f+њXAJ _WyUW?5;]dA0U ZRkO+J3ܒF|+ť)dR-kle	ӘT+ʫ	}Sb !Pܷڂ8HЖ6U,uXF3geȎNidY]yO=V$jf(}ڵQYZICU-:̘IF<\tJ>P2XVbˮ]^0xe
F*˖,nN#JeCWnS"Yd3D/o 4a^Ixaz٠?Ѱ2#vC(I	`2)h!-̓$X0|[	s!'a%	ӄ)z_zYT`+@OVI@R}C3/6fZheeVժ-ȅTg
ѼODrx8JI
aXi]":\Vǭ]3f1̇D\˞Uʧ~waԨdvڏHЇݿI}͝w*Ye@
!MbtP*GXIcwQ&.mZğJn<jYjgr?qCM:y2}@)>~(TJAiցWj3]hVŬ~k4)ޙ}ŝQN=Ykǿ˕/Wj.fQA?ԗ,(!h$+F:Ƣhesn!Zĸho܅GKI	ٲzϵݮ.*=0 XrPex;#н;ݺ<Fš̰27!`ߘu>\%d6F*.yYXqgҮar>Ȯ~0mφȠ؏qm}sһ:u_7%}8ŀPn0s8Glx΃ȈLu*X/L#j%:̝~w)j%lg
}Q}e6Ťa%lC`;Wy_O	-c͎r>:htk>pBݷ˶4ۥC\$[mS*aPŲMf^YsWSya&"dflQ(.	]+DK]?X>L
")0qdOg|W6̑U0g6M2)ӮOSdEԶf"tջ
XZÙ'Wߥ}VҚIa#ǩH	7F4eś*ԌL:ڼOsj?y\2Mղos8F;ڱKܥeRkKR&/n-mZeP# Fz&4ʯXJ\њ`3&6]SК#hmc"{*μ}S)cd&a͜MҨz?cz>5'	>,ɢtKq6*O!ٲv'(:k1c,H*}D2{y|:ThRdE>A6
VxbzBIO8H1kc"
y
A}@rٌ-e)Wh9НɶgQ)NEK׌oѫ=q@>M/Udɕ"I1Rɖ֟#h@y@R9(	w4"|4kk|jff
mKnbkqڂK9@C-YMҮ}	ɼWWuDl	0ڧ']fDYQJcѲ@nH'>~=+WMb3kCT1JOř6aodH=׊w:3ӐRX)	56uEhf)۞g U5}f؇(r<Q$Ɠ=:3v4i%#xg2\711g&&:oAKP˔Nk8EϥλcߣKϤ'N8jm9Ԫĉ>)ɜ:6E[#2?ߕTkߦ#ޚeEU~aAjb:7D{{~n˶ l*`ܼԹ8Ǝx9C$!!u߽
hI[g)1"BSS>Ѳoӹ3,g72UO^o/pmHO1%ݥĞҧC*ƓCEPQ
>"՛5ïĳԋlǬ5E*AdQ:Xϱ	RCqL
(k-K6{t#ɺ֡ߝeCkU		4/#r9cÚl-NEj.ņp
Ή[3B=Em=7+hv̞\LƢr̝:nd>0,855U(3Gmt
m(E;Uߔz wkɼj%t;ecP$ِ90)kA+ԜdO1Fos~PJXr͗נ`t4cؑ͜9؅#@Ӗ6m@"ъ#"ݹFtH"nQэ}BhZ%5zt>x#Iߠϥ`ƿˣ9X }ѺugL^Ns'a|9jLhXBgpr߇U|Ղ~PCvך7u)j$R.Ϭŀz݅+e9ϱ	aW11{ݰXmBČDR(v*%ۚpՆ'2u:ɧn0
-?Мp%S!&öǍrޫ0.zNCa	tAG7CIc.º_g<*ېϑ"@=܇:BUmV^k2r>"ՒV=$Fm\|v4K:rYUsBZ"'ZDVR}rpъa	8ղ'2;VmT*ǞQ.<'N3<cmMd6[E	CH;=Cyܠτ
0]K3n%cVUX>˿Q'ªCG	x;=tdaDӈ˝v.@۠C2v"%"?dڢx=H0İ#a@@(ɜÅ:}Qj4۶HϟLE'#LFLM\g+ۀf|^0`9SWַQsӀlQkRʄ!c|7'D`$ĺ7+M50ة]n" [0uNjA?@FӦ11Էi8WG/M}݋:ER6jCoLw	1Ty`R6^[r=,]Z(αI@Ï6Eg|x	tizsԍ8FL4/
M[0<zk+|otf!1·cw
!8F,e`_uHj)*~nMu-
lЫ[^K x}0SÄrr`%=^`|JuH*Xۋ]~~}OEm_PծÑŁ7_/ϢWԝ
OdٷO(?H0dĞtzwM~ĵ@ytmVOd|:PFIԍ3!$´]8+-ѧ=[ j؟tVnh}[my/ՈEREL^CVz+?DЇ}M<Zڮ0@Sǧ"ȗ0Ǣg&sf-غǕXo(͌rڈR[A	və
AGHfK}rnIhy݁FLNq׾]l:Wjmػ,#Ҧ֫آ%|flj.x@Mm6?U-5%^+)Ps6]IT(Tz!ʪ/ب97KߦιDNVU/{5q8MNuE7ORt$S׳R,#2URCGI}:!or<FS91Z64JI&~OaS'K!L-brèԧ43{9suؠܥch$JDߵ&Z+DR`fje!rxҵh~,w
JԊi]*Of/g#SH3ќ_E6d)p[6KW}^.x@z֡h+(+P30M_Z[M:epleo0%p).'Λg*YEfdl6Gxے.لgÍ2L&Ȑ`ʱc.F}sZhDlMߴک7*XQw, aI?w>D6dPE
`YTO/K!ʯ؉7G8hLH]DO;BoL
ܯ<һ׵2lfwe4p*tqtvQWOsnDշ7}Ɏ`}wP{>_@zRϜOp
o{5#HʢV]
e0fk&n)&:+c&T:Sd#S@hkޙ<3Xٴ:sV%f+*[rk2^J9Ũnˁɹzݒ̃_03nBq\	"fz4y>	n2ГUD-GWϕ܀R+ɴDAŚkQּ>ɉo@Y]QmH/fIvҭ]ZX{w;˕hč:8Rx=&|L%Eה_FK^FbÏ̲ڰz9 .Hn+mj7ѝW_?u0ZI$k8qkʬ'?|:<#RF,lWrhǸѹRdLQjǁ->d +FA-r[:Svֶ?ryS,cag]ټO6btnGcZ7Ϝg=+OǣSā+dڒ#ޘ&>mʃ:c`XRiWd%UsXe(tA	cS$q3x2Y,LP)΃
(˿D\hUH;=EZ='/K&:E|4ҧ̗[odNy&B:D
JA؟Sab
]<Uf	1$AȆc__A'of	gtRlQftǨ\I-?a `ͮdk'i	l%0sd	|K.z*-*CBN ܜc{CJPLly2F$Zz˰D9	RG K.Gf(izE aqOw-spq-=Ba(:-0	&Y"IG0H}f:E5+
#0T{M}&)paPgȷʚq<@?3wtz3='
s,?;Hx!dۆ Z\AE~?ћ&[ÊńX*͋5.qm9C5]N+M0ՠv}Abh5<ϳ83*36pӨ,&iLbܧZ7:%	Ŀ{1NP"ùnQDx]YLA8P.I'4c)͋,s5TgR̅5GJyͿk{~W&GHs9R:	<5)%dҷ۴Ӧʈ?id%?W)X,tp (_Q:>҉sy*hh̗>1F; SCj[8m׷Ώ'd(Tѐ	˂z1ρŨ':O
-4{3ΟIo1]4RoB͸(Wڒw
6>تc?>Z>>yFwXdV&}[PP!ä+6)x7h
eo{f|[\am:SmjdeI+'zg$V}U
x~D$Lkڰő/;$X)i?,DNϤZ}כțeyUFPq/\T<,"3?ެfnz>чF4OYH!ъEvާ2:M{UYN<yH'[o7_Mb;-s*ɬA3?&=f!a-bOm*W+,?ؘmKUCȴ3')eY?D!znߎ|#٨6v<lۂ~bV5۟{LQVxykT\Q.q31)eLNx*.VbZ ¶Q~%"Pg&z`fIVv#(үʼbۻ4@L&[|XV\`,nyzUVi@"S?.'$Sd^'G5H0>|{%nV`θ{*
R߶_и-iE;r[y׉$J"l'|զHa|Ёt gqͦpN@z6>SNcmB?ޒoH8G1`*ԣÒ]A\i5c]5JIl-57MFZ2|^lb:jMy@!ObuSP##UO`ǜ<ْ^!$UHI2ywT؅]+[i</Lnɰ
	VDd\%4<u]l7o$ȶ,sŔCWs~8@X\q١H5JO#OP]W%Cۘ7NRt3oETxˋ<z<͓%u`Gʋ;uRהT[n4˂ey܇YIL~mff&[nس,L\vb!w\u@$J}'/ړ?vaڄ!| y9Ri,	d.x}o(N#̅߰g>W02!!-L#"X܋lTz_aܞq3lF u+ڡx"HV>F3
A1	`BYNʂO'	nFSP5y79^ǔp:AިS~wā*d@M3k5C>+Iw*Ь\\$\\_AՏCyh/4&JY#ڒSJE$@fXhf6;݄ӂGCmpVy:4= p3`c}hXtU$K2?[DҺM!O/@"aHټ9x͌h)*ΝHޓW3Wm%ɖejsO=!-=S4aIGp~o]&Ez_yV?;uw`lةuՙRd54g٘/r\&DZA<Nic xءprfp,$ڣT,ڷĜߤM/AΣs$n<k1m4.Ν6śf1E37l`TϠ_w	/0 eH8C]1]c>D6Ns7ڋ@ڃ/$++\FCF])+{ϊC~=JՆ]s)7ޥ&˲|T9nr:ms.{!ҡ+hԅ^RYנ$ٴ3hr/oU'RM;9gHsѧ-=6g{ʎ{qY4.g3	 7rJtЯ'6wXo˙\R]yrhӧ:'ee.?0DZjZR`߃.#0fY6i{zz5ǮЗ"Ësng=^C+V,Ѱ8\v8³nh?OU?,'=]rT޾RuªdLS%kL=VM00y7ϯ.iб_U,°y׃k|b6Y$*QwLÔ>}ѸR*^C9Y߳`qO&6ic^52
2Y?{m{%,j7Iݶb+*fA8>`q4w}hD6
?>qov"8DTor5Q) a!kn qЋo.ٳѢV,\n)yA/؄!(_f́\4҉˄8VH.=\[΂i0en:v\UZYݶ޶zD3c'EO?_߷>g`rHy'V428w+-ӉG,l
0vie5	AÂ[\ gUfѯW< J$E.(4Ր˖7ƓK=H^Ȁ}?QtnrrNb,լF_ќutXPǉi#)\y,2
rӦscUrǲjxDj8ijM&v4zˡ<y?,
Q ˯Yچ<-M7A.R$Z0-\LbʮMwmR8)D"bO(W7D~yg'v҅-C,^cpFq_A{i40|5I_ gbc.\20ywؔ$dK@)v_ְw-;IK(4c_Az}?lqSS}č(Vԍ	1(#k/14:&l˷cjJ?hz#1#[}|.yF#bJc3YEZĄHT6%ğjT.VsiҺа17iĞ~9ėPK!рTGė=	5S	#z2,.C@amGl~D\ZTP!}sX;P'BW;41|m\+EEfM`Qd7gg ޴ҹhĊY/%L#WwP$#U92|ܪ#uƱȃ:*k}x^S)qlgFOe5BYӴ،bGPZ^d=c!*ī?z1o#;\5b_JۭZqGm*e{/k"dЎh'\yce8jZi	<g	x!r$PWbgh~ )K=cNW`aHkfm	RJh?:*r}ĚǓÏMr*a6`:\bV$`r ?xU0KH"##N)Ӌ/VO֤L&'q(ʷp@/aDԎ,؅ΈT˾$[vtz
ƋڄТ~g_5ДW]XY}6U$!TTѴRbzEYmZyyĐäAֹi7hJ):N͌JܘnFK'V:"MkYa!S۩([r@2hxޯ)PbSAl%,]l_fׄ-SS08цwU*`+wk޿Zkzƙ}Qw@Ґ Ȍū	+ij-.MOϗ+-SBZGdw[NϚZ9+CQz܆rxH!E=k+X!ڼruwevb/9cm0*`!E<Q2XvS1
 KoH&=HFF7[&ŷ^UxO~e}Ozġ23(WY)Q9چU"HZͷy߿;~y4/@gJ	~w$qإt"F[ٮZ2kY#;X#JcC¹Hc}o;Ɠ1 Ƕ1O|zyfLU D2ȑƯʝ85U=t1XBۦp'ͬPh#61Ε*̘p-YeW׾UR-(vZ4Td;-X@&vAܰך#wT̞+`A2c:dTtkW6+/͈z{5U׫]w PyEDRUή~EL$^R[ [SpD<e]8QĩL6P\priRx9=̉j(rѹ>yn9nW˝/KzǝYQ1:W`gB եOO=(!^8E`vQ>5%>`S
CMUmۈۅ92WvJ7ABq@!%8ZpNUǤ٬I)&+ձ\܂,7-z$]׼MasMh	{-}A"ɇ%&3Ny7PAEAX5W)QJ^%OsY);}/Z'0AiQߨ	1E_
DˍT4I9KBکS*ܒ.\9T1f<@WEc԰?-nضmml6$#r|1"*~ݲk/:Bf*c=ONc9G
u	FfWP0	{\|-.ߕؤgRЮ|AޓpߩFЂz$piHk¤oħhVt1xOR̨ښK=p҂`e:r~pTbl1?^}Z2v}@ -01
ʆXw%j|l;/kݱkS˶nC.݉J:n`` >}5~sqd|"zZ(5:V 4؀éqrUڣ
#m$Ϛڎp2,9z a˧L`F0B=*˛hd22gla66I\~>*ӲkA1	;Q;;BHFR(g2TJٵ7)ʭS~OIZ' 2I\	5Dcr@9Q
qɬU=Qi֊kbTCS]ՃaXCц|XUwoTqOJ&ɭBl-{Ќp&`y05!.! J_]986ڶԍ3#=Tjn׈-d>Qks.DC7c+ً:AQd+9W)R6<Lɜ\&{ѥ\$FPVrٚ@)1ՌGg/79oIωƮ%ؕQ$RI͒.h
?rŕP,EE
|<ӜeX,$ە1Y'ֶIs9z\[ģ@E{dAh>M%JB.,Dտ$ȥVaфlD̡9C1APM"
sBΝ	,ͤnMUo
m[z=?4U,xU{ۙ WĮs	Stf xnO2&>[=fm<Wa:'?uMd&O{|_fK#R0[{ڋFL<39$Yr̾X;X/PuS.N+p3%Au*xw;ȖݘJn}ޅLٯ! wqry}ժ҈J{>rgtߍ^Rt%3vMþcf0	-3TT*{t-<?ڗ-^vjLٮf3J(lŜ8!UÒϺ,;@nEadsc-qi>T!8f1OŃV"vC'yԬhi]Ca*+eQjTL?̖&ӑ<}cfe85sixŠNSmvz+)6gPMCskSg(*jhI3&,r,@k	 W8h¤3ߟ+vSѺҢ/\ǟw%%߳m{O}{HFWL^b<֩>z֛1D.YolDs|[s|@x<vIЂYgPF؜	=?{"Q$$X
ЎDq7x̶6xȲW>Y4
j%bgQ&K@$.gJLle s׵Dq3WK-Υʀ[,b]41Jݳ~r{i7}5ɸ<Jf8ӀPIq&*ӔJ^=(Oax-ɬCD]_x#hs/=tK9\>o(gz.3#{G¦^w;4={(
I
æ	S.D9LW~S1NwH$8Qy;[ɯѢCf!^Y,!wL8Ӫc.ݯc&o~<>@ͪc\S&0=TԫJ֥Ҕcsq})^y/:xo^v0,֤aƼ|B$;bFJ;'5(ķ-jNw@GѾ$
hjڻHǝIkoӞ_9υ$Y7'?WKzdEzn{)Ax^~tĸNc1%pHsbS
?RSWܔSēD̔a55o΀IeOUr<>'^k a3[Xg>&s>,ۅݤ-ywt8fPxD.(Öcmt)m>zk *^u9l}Aby-]Uk eȕ?%|6$/y|صf7.!"|ډ$d ,\rĆtH*g\HSTVΞ)gI[L&n
1޿tѰrֽxlVՋw1Uǃ=)"Ŷ!XLo"-֢w&NԪXo=Fh,;ުhG|KzxxhqyÝTǜ}be^
1T %lwjltR9htk2VApA֜0L}U$j,1" c*U$.9OQ
9u(/$^8tKբ$<u)UO-tJhT"a	$u!˞prm Xq;˦<"BMc%DJsWލK#NT[IShť;gʸS6~x61b9r%hM+S
]i+ڿjs'Ԩ<yo>e]f^w(1u{x)|8<VDh`c?&dDdśg%NF`]HAĻA#:.Ϊ.ڽWo{"|>qgӈ7TRC<VYY;SCӿw$K[Ƀa]z6͠`{FY!ֶ kt_ޮ	a#"GRu(ߨ̛$^6B/"O:g+[ʱ!V҅%
e80	*P@6ѵڋM^I?3Ztuj^m|h5@Msӑ-#~V&ĕ+(]w|ͿRǛWImܮ۬B	&ME6MܺL,@+ԈEʲ\AnErp5aD-Q(ɺ'[қ#b}ؖY"VֳBr #{Wc3Z+j9	(֔:r(K RNڪS[Y1BbWӈN;gȂ}<[P=F~ԓb<~,ޤ</V-%&,εKKU'Z4~tYUˆL˷R,[eeSƽoޢ~Kq˼.@C.9U50C%\IԞ_!+O}}:Ud>߁ҏjKn	ǈ-ތmAðiPY:Lʁy=&un*Oƾtft"q==З¦MAmc)b%5cDAuR}gƽ;bX؝ɑ͟Ǆ0byɥQJF^fB$2в]͂֋4br\
Y@(/`N$6EVv#҈;UI^7jkҵ\TdSN%֮zD΁ChnBr(۰:Nף2W_߀VOu4ԫc)KGK2EdLl?Y>wzKƮ:6
FuvTK b4^t2Mj8`!f.T'Ŏqi.teVBvVNgn6n@EC;X"p|6!/{lkO{̾h!_1Gv:]t֝u1®C-{QO1`W_^-h:Ώ/
n̎JtI**}*0E'@`wZP$M{[~~̉yiF%spG6,)TQMce%>YgKnfٗ_ݜN)a1wItIi\QGO
T 9xFʉOqrA;.*-XLy|z̓VVZL/J8K3=
(֑wEKiɚj0c1gI`W
Nψr,a:7M7݊oe/#Q#R0&g#L\ҟxYqgκ 6f8yZy;$dHro\?q&4*f_vwGx,]pIo+`YuE=!ddoEtM:IyF-	5=b
HF9cN֊&@-\R3Gč:^"8	Xl0ՈF3GTY]7HЉ	G)brsJcOҝ$Vӕ2_sr-^¶R]IeT@DEJ;p9j2>9@:<rc'SbqlDزX%m˳evݩsʀyMuʱ&,ȕCq	5Ͷ#{Jdbkt`zm"OW)!3L
qЧ;*5~<T;vɤ<C'Ej#Npz%P*вt3ӓׅ\#h߫Ǖ]5o+QI@KR09&0QK
\	ʞ>&Ͷ/ىodGoeh~qmgiOT9Ě_ֿg!
\P!OA[,۽,Q6i.A|}g*y	_eO߀zT
:Aosΐj'gA3SȡY#ka{'YĞl:GQceq1VZT";j8`Ij"-b+`uZ/8m2+ZsDmMǈO!9~^+7~>´S4EwڌJ`B^ο5mALQf5w|αPEp(Z͠z);OB,۩3_C^Tٲ@k}ȓNkU|W<dg-c_^J&EC#^=	c:PH"!U
m\Nxz\@qt_I҄G̊fԭ"RV{IsoExnFI>(^~ÂTju+AA^}6kVQ[r0%	Xboj_ĭ$9rC!<nqJw8˪RO%y^%P`NZ4aV^#C'&h~!?/,m?KJO3(hU/VMǒ^1zЏ{k<Pʹvބl%œj۪0d+GkI0ϸ8Ogda!/`hlG54sِU2Ѭe#?RCLnrG Ӱ߬'ZL}'\]9l&9GLtQ3cB خ@!PlARFpQ!ҧIeĽEt5?aW67ܩ3BbO~rg=0ZZ%yl"g#܃Ͼ\^Yܸp6,j~Qg`ҀadS?nlEBH1Qc}pH. g#UU-W=X&iMICo]0Qцe5G
Ο<Orvxv?l;EعRbHwAf%*#+؜v ~f޲Ԭ+0Aoo9wk6n&+p4yxMxl֊ՌfUQs:\EjOUCuX5N>o!l8>##g;ψf׮O̋Y3e-dE ݇9#Rk'~#5C,+g,#3+	S+͏YZnz]!Gi5vdQq(s"4Dv_s3@Sݦ'9Ƀ|+T4;_>Ό 5!C`L#4kDf	\j*_L3e>*Q"1jZ@yTބ7P!JyA*cFЖ/9:~]+9B3Ss_\DMLP7f=XO|9.AϣHIkt/MbjG(*FB.)t48-+CuW:!H^l}Zr_#([1Ϳڱg-C	q[:+aB~aJr9)ȵn8iI%ΫμC<+iXԝ˃p|(&Rǟh	*M=AЭ}fqY58|[#(C;tOt9Q+{fVXIxRm+BhMR|ƄyڔXa.eE[jA7wNih¼x?o;omnqUhD!`Ŧ%ݶOM&vθXۂ}+fdv'Tݸ*AѧVQJ,~1AғW\n*F޲Dj0=LŃLlYY#~ߏDp"D@7/gxo/IaE,
Vwi}C:0qȃƖ7[}g-¹X4+l=\y~jl2gӣD۞J3͋nhmʊ<h*L_?5Kg:T-ZNcJrH:dٿĖc\nz\p(~ȥ`[/0|»ס%=:oAk,\ZdԠoc>U3K[7ԶhR&|;F*KhD\{W݊?s&bнҽi7Ri~(	"(k p!Ǹ@%#N2N	Ω2jƸVA? QPfG%?ԍw1HU*n3~"jݿixRQA[e۷Ĺd:Eb>NL#2;b~ 	-ԽX.#̉FL2bpLmcb5HOQ{"Au0žg=j`zOd-Ekհ8=>,hj&pBLzVj7{AͰAЧ_BW֎\0Kz:&XSB*&I9.ƍzM`ȹbxAm0՜}6feLsk25RuZfjGz
{^/K12lbս^֬)5.(OVӷ4^X ϚyȏqO\4+SF1YlƯ\ɖ,j8)]vwhUf_2 WUq5_?Ȅɉ|w+N9e/'֛P1$sI]f]J1PX9up^<m{ƥ.D)cB!x"αW'J/[D
]א+dxA`var\qߛ$r!,-<{:G*nYobظ֥Iu8Py$0k71mCݤ+'05j׮חQ+lVgY_۳?͎=aQ6Hgz	l6ntwJ5B.X?8~)'|׌`~"!<d3%λ'uY7nקLmf]Jt\2j1d(zqHH.bLL˕6͹Q2^x.8Yq-mÆDdl[rC]r)]UЂEuDA}>X*==D%*9SK.xKC9\ӵ=3AmQxx"ߺ=x=ɬ΀h3`qv&S@fߢ%U!Q]n2ӏRNHDŬQvZYm>Z(	~W=-9=+}Yg%<4©+e
!~v͹g(.r}9@ǁl
gƲ/՞>ً̲߮MWe(Ί߭Mj݌iF݁_uO!֙ KΟ[ͻ4&)Yίۧ|I0	=z,Z[ 6ll>Xw|ܧɾ[JY=1Eɼ-غ<=
w]	˵Ob}q;~n;vcP<Nhmyq,4<{3V	xw$ CZ>wq&V)pLD`C-,ȋ~=P)elʢY<=GznKʾn	Gm%ONU5=M1PE>	,Q{=7R{{U7_\a4Kڤ7cq&"J7ӮrYH1ΦSrۊ$hͫ	KbܦYxj,CG!uفYȊ~j.k`ӊe@WN,>gzCR`|eFP0xfz|ݻsQA;8H ćL?=Ζ%ɨӫ
1µq@khk1y~N|0}>J8Rw9o:ǦmW +,ܦmXd)XDBCB_z {TrTnӅ'e6fեXU"2ֆ0ҬFE{ŪB$$:۝	0,z+^"f@o\CnKJ[f4w ĹREFrݲ!Mct/ëW3{49Cʷ}l] ˚8_b[ئ]g>o:s
+'Bzti.	098btiOPs
қГ~r6L$~[<X5R$xqjr
</YVrWCvì.'@F֗[Z#_{/̏Уn/y^HgQw+5|3Oe/J~S	Xu;,LA>SMh.l|jh$vhy^)1RqxţޠO"ц$<Hz-^x^UY'(4_Ԃ[iu*--p+0?\"YtE]>zƬsvPUnˮ&Oð_tʏŜdv(Lt0z٧ Ɯsmq>vǊڝǞT/Sl(2ȺErSK6WT$шJf aH?J)m\x+«7xn$6$.>}PH`rn1(pnb|-V{x^u<Q GɌmǲ9g2ODi%1$t¢2٪ ԶhނiׇMxw|؎ql@O{Y0rT&Y@ȸD=LeiV'"3*s25rw(,Adx3o".>$cMA%SPi&gx_lq&É'P{:WC!Mr!	(%a+.Jֳv̪O*E5Q3ȋO@0f3;_UQw͕ A+NP<0}Oj2HdhܫǙ<7&iKd/lV02~NH(9T{?*@#kP)юvL,.mU$^$K߱U4\$R#'w|<Z9UW#jF)׫L2"R
JiLmb{
<7*ȁVHO4^\ނ|f^xx,i		+<ܒBfC+'I sb'v9+܍i4}?8HшUjir~./7w}=k|Rv?!,XCue{ɜcZ*4nM
F7JJ(L4wȺf3wo*̂B>UFOʾ(s(c"i!/[?j̡/J2%D'Nd֖֠W5rHѬH,>;͉~-lZpE܈d?J31~Cd"JxZbX#|Db$-GҏJCCdt@K%v͍+ݸy1جUUЩoա!.z43.ҬԦjzR؍>,rtÕ~[nj/9Tƞd=d4kohH8,5AՋB.?Ws	9{<V6?'__մkndt1'̿TFǴ#yY|QYl;"^D(Ly_};:Q9R*/˵t׵ҠΣDr(
ͅ}o(@}/F]չA8i5J7BX$xa:riYzQN{K7G*c9ɼn(@e; _kDh%خc´sEz%r9-;s[CgBgtűSՍܺ]N-AH3ABHdQtI35d-H25b$@|$YY:FX	9ٝ/+"t]vǼ#+USʇcETvk͆=ՌzP;F`dR~,`R|B%ŭ׋v('!YeJMxsd;N#Ԝ7˵!sҩ| Oɀ?-F@|ƭ3,e2ؤG$ʊƼ-&^_C*CY,^[9E| ׆цl7NSl4dh&eג?ʚ~I֚ˬA9'Ľ/Spz*Њ4*_>o;:Ƞ@vѬه7_o5*McЧ]~#T;GJIv:<$sA>ܥtȁ'''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24924)))
