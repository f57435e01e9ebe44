import brotli
n=a=0;b=1
for c in r'''fh/=[&H9ۍ܋em>k 3'£h>S1%S3ÐpI"ڴ?`snBc%6%6#x|7W=AczCcG$>Ii|PWu
9g@:ߑʱ7ОӞ;)-0ts'
ʼ:8@&ӫ}<Hr?Sئj7|Eï5Np(CSNl"7RR5ΫJU4˱Ґ%Qfߚ0{?G>ǛO"a`¬t0kqQo|[k(DrپWF|PR<Qɝ5O,[g?ƫ:)40yDkH+<k-KiLB|C:qXGƗHk:	_{/@u݇ŎqDEx.U_dj1cMĵU"|/и|:[Lm.waob΂ߪ]֦1*ZpBΦ=9#C=CA[[ފި1wN?YIē@c.Gq0p\@ox~ySZ~4̬߹DݏjOr]b[!'pA-{aasPȮ.+4yaܲLǾ@0;p>}ѓ|$-Օ ~$r_Oo??`0=;,)Vc.KoGh*U4?!a#\oeԜ
!+/8Gӡ>L|.AҮKLX<#El.Iśl5yIա8)ſJy$0hҏ.߀2ݘH}ESG܂F4!ܦ|5٨Nñ[kH(?.y XԀ7x>ݑ}	S5e(P5!x/8ʾUR[-X9ڊ@H}G@EV(Qk	~*f|x0&<=M3%IhҳˈbPe`xN(s]R=E|!TB_L9R5LK8Lë^6tQH[')/\
La0pd}Q
KD7=r,JGm;C6gʉZq?z(W/$ӣNȍ_ŞrMxu %}0_˲zJB=X[+(~}\bc#ngY7t
҈]-ʆB7OYsvtF3ѡzmwB~ߐ9wWmyҭP]tćDOة	QE|X՚=XU#\|5TgA(S҇B¿8E!1c_@ZZa-X~%0ٰx(5\"|+\]Ǟ/=لa@8!or3'_istû(ZL)H1QD	31вEݝPI÷9*U7ހt*>|=f2I3Pr=HY)CqF[~wTNjBY,Q$FRyQxj0ȧ/м_shi2ufш;r%:M	bS/0cZ[%^!H^
5T7E*ԄPM1+i~};t"x1.oM)3sB[#kL
bӗ9%_yX,qp6.BNm_/f\Cv8dC,GSL*յn"
UcXLsr?"<aZ!WVPSǲ| 6Ym+4E |AqԀ^ъI))?1Ҧsiad\ۮtɄ3*ZQ'jCO3CZbK*,@<ئ[(,8A	_zl7̱;4}e'NuS:{~}'Ӣúa=IOhJ}SȪrt.dZ=5ltc@<۷܅oS/s|؁I&jvypD&W:_|kϧ=6L7ǻpdyWߡgŶOlRC˶lt@sڦHݞ@4Qg`9$c\[yhdوF'3Νuʙ,I9zVc`0O9rۈךAM6gd_( ;HFXɄ)q< *8[8PYV#n83	M)5
#O0R8zZx}%JAK*Ff<Iؒjnt/gǣSĘ.Ol8u@VKyIwCr7XICeDMcĶwkdN1&;ޤE<a<TMH@Q5Yǳ'F˕m	q:ţ|+Z0EAIڰcOt,+ŖJkmQqFkקX<uŨdζh0sUgߣc'sӲEbv@\AR/28g|VQ	Y#]!{?B!R
xKuP*fRy6mS|9̝}p,ixܘ,aQk[ZeͰRx
)U2;0^Rcp[3S©np_mOn0xI>ϓ %v5b#4n>>W˫R&Cv6TTQ1{;2]DqOn<m5*%[Jы,$uT	ŗZE3[6XV~:1NimFW+C	IYy_ڱApXdyk1z0tS1͢WVc@Ӑ]^Ѧ&iC0s!JqRkIx/!ͪ٦..m_][uwZr
WS*)xni<*լqT^׎"ą>[^[N6ƴͧQLp~(ѺՊl=|?,en=č_3?׾iyU>@p"KaTB]\~rqf#W+ؚK0|r=p99gТJbDlQtzKC;	,UgDog#\QaČpͯXaԷQКL-dOc8w<ciX[{s9zSc
utέGG9Ӳi
ǺaӋ̫I׽v)¿=4h%ԏ~XP!)a,
A@5a`vuNlŪlO!B).;׎ňؑ]`[Ju|Vo*1W1gS3"):ɒ3&Q;XԞRaM;*V3Wc|8*)zr¨<mfokC:0SGܭˎ|ZY0ʔ0a0zdӍq&=!](l6tQ8:זTc6\lUcsFɎ- K60uaT;8^hiiʹZfVN'_ίe&pxnZM~rWvb*
mۆgݵ<\)#v2Np1/ nтQ>>ԒU1mEЉ-?ܑOؚ=xߚ.[ʽGzʈ~~̓(8|ƸBt3.5ͬLǦ?Dk<N,oկj~O[g#8dbaA,ظƤ˓WڜKjo0x.PUYU5Ĩ@4޻	xG	KW~(Uo!I&ה%;7jKkdQ07e'F't˂0O$	t'2B911gCԎ(mTL(WGUfٺ˴t#a/ʕR9g60ҫL'#-@j)\݄~L&ƺr2m:50zmvYsd8k-"";kAQjξMd?Ţh\Mm{@^S#PvQ؂?gf=U$&;HǐزMz%)ɀ[ntC07|ł9"EHEߧMx#-#_k'9ˤez(:Q]ӲOk!&GS>`
1ҝR4Mk!XvTa޳IxZ8	>g$bhQ6 RiF܉KՏܵw'{ʣVSLY8ANq[6EА߿,<X>hʲ?;aew+2R#(W0jɝj=_,ktL=\+.sЇn	.P{qx ItèANsi`Lr"_}BЇ!kŉSn).݉KߵnZs7/	Q7N48*lZO,[`G$L~M1jߤg8CakƳڪzVRܔ^|MrMȩhw֎WtJs{gsW
nTyO;Z̥LOw'K$@dXsY&t~-$áoϊ17U&{KL_iia3PÐW{nxڬFoWPvNw7}BMVgM.&Ik;JǊlJzdXHJٚoK]y3~GV&̭~niĸfP!nu8f%[}3-ۢ#ǈ3]%6Dt!ө;L*X̂r4ٻO)o/EFk`3x3P
Ҭ_>/ِ+"vK*jtfaeMBf\O]0(yĨ^cadYYY3<Jt#>/];GE&̓+ Xmy^7'~/,ħaAlwNNg\Us\ӝ	:po9xq!/B6VPؐ/J9.WgDqۃݲ=g{mEsH[NDpO#qx(JNG1п25k&.*HBGwtſ0wyN1W3
''	afsqnoZsk5er]ut޹:d;x3=4ʈO+:4%n7h@(I1]s_'	-TiJ?H9h'o41"|zS>hȦ[v[9}46=٣s/h޻r"qU-wl70p͏y,6yǇmq'9je^1ӏM#MzaGI{]+k.ݛfSmQf	ǚKZfUj[lU$ҾZݿ^mK"k0U-Dq~?]%ܝEvvE1Ȇy#?֍K:ϠUQLe"pmvU]do+qlsMRt'VqZ<~߭njYa4R@P̀db}&ρޘGŘ̓k?6G
lx15OvDs2)A^NFg&ݵܡj=Ch01]TeDY{xg=H`U(.}}͇lF 4ͣS.ʙmωkYՍDG܀<ʚnߓ	'cϔS:CwFD͒uBϳpż-CpR٫!ׅǲ,Uƞl1rRKgvXL\u2o	As_TrQ~t]ճ(ċM[}g$n[T2K.&R@ШRhAY4y_JF`
]N>Lv̈́٫g&:g=9IX~iѧ>-QCe=#T|2h8}ǰT]JD!WibG	0 G'Jxd=jd Vʅ<+l}&OdZo0v)./Sl?:k@uKK]DI!{g_>d ם˕SkЀR_?[ٌgʓu\̾~vy7~asF1rFnLl0kIwO'7eP.Ʉ=h~zx6tUZUY1$pOPȐ+ӅNPQ!Ɗי
ȡK%2-^LW=51c&Fj6)>N~ F3ReyXrHK5c?Zڼ:1ϕn{v^?N{
waB	wg<ڜ2!UejCtW'ъNn2x+e6ը !\Qڣm0	M0XǏ|{l4ҧ?ql}ӊFۊ]FƁ@ضBwҝJP%T)M!ڀ)àŌQs[.@M/YF;wބj\7|	 *4'\?8xU5^KUXA5ح_>q0+PnZpZmUCDwy*&ɫ=;ǮQ`}Ji|W ^AƤxيCq6&?0ߵ]+ǸپڑX7&d&6o)Ԑ2ߝ(\41&hM͈
qFhP4sư4e|0<">qk*I.Lk%ubpإHe~cњM>&iЀ%4B`6f_6}=:_j2?i+N})Ŏ/ӿnhW(NbWn_0ؕ$APw>0}<,iFS Gļ^G3W6Pːӯ>1rƏP,.Gy<]Gr31f]
Jڑ
als+ԹA7C^=@$=_|lh*~?O%e!<Mjwtd	hb2f,14g3ݿV3Nȏ8O:%EюrGB )"7}E:?U!"%+/ڰ?g@c'>i*f{X~Ӑ.;0RL
9'twV|)(bPӱe%'/:rO6./,@2SJcY'ZqZۍ`Ц)<ĕ0+>L[9.P*@bY{ċ]ݑIiVzs4Hߚ,X\1],D *)'`ݍD5I߀@$ԏ3<_5OGcv:\0Ɋ{FRp[>f*eMъ<w[!h3K.?-hW*al͈k$Ͱ6m%ӕ11Ky;?qǇУ&ˠʿq|Wc!_A "^|M
dH'kҶǂAs`oK>1k!H-uY,VkI+M)bxєAzQD?J(UpԸ)c;k	znHҸc<!f- mϛd(6ƨAVOҊvÆ03Ќ|YPP6{7!֯W-ܨS\x']kmeFM.	$ȋʏu{@L`\DƐ]әwH\FϊƍES0PAhѬ6=T+yU1eZRAwZu+g'J*oWߜ^7ݎ}WS^rs~gsB?ƈF{4SȱFia}ώ],rzg=x8_}bFu<Ө)0t%+&ɟͤ	ŏʥМv]3apɋc	ܛ]
&Epd;*%b)<'Jl sN6aɒ0K؂b*BP
ȃ;ׇcF6:2\@¤,_L@Ƴ*ɺ`0YFA'"1LGE۳V?y^&dڤYȽͺ`;_bՀgBܹ_xļ,i?CuY,(/o&ԯx9U'% RZaϴ=+س"?LĻ?BgKf/Xc$}Ĥuek,K@ܴ~O5XY&MԁƽknɳL2dw`iŒfm]i#}L1tnF2=aLx̚n_mfȋ,ȓ&r*6Fq)z|f̒GXЖ6q@;.KTƝӍ9\,݋S0jMn`v'Q<(ɓTƎWWQϮrvFkݖba	ißo'}~_>0tDweJT8Ntbѳ|zHȂGT½UMCzHÝC'@e/D
!Ȥxއ	bv{wKz
*X8ZF2܋w$VtѐW`'?|O}d(JќI*KwTX+f9o߈!3ۢaPڣ5	;k|0a#҇rr`@o2ڦ&ij0hď }k^t*qPT
ĪI2;Ui=&@f;/z`b"o>Ω~Z0ӰZzdg=(6pXsۃO
_WfUD{Fz*^LV?qEUB:˒xC?)Fl6/df|jr.:eh}q߳Kq~PKmcTã__e%`g&
NWuǧ02Pstħɔ+}ѪaBOa\&`^(Ŝϥ	z
+O˔IɤBǝ]mISę.zdn-u)+[ۻ?Ur!M۠e/Z=ٟεrɲ
ֲ
HǴ?,|OD8;9aľPtqsڬՏ3p5#sԎXhGB^ĴƱdڃ	/x'٫Bm{׾0'pBy%΂Tzgrd.y~
HvBºG/bWQr'Bx}mvAk+Fp~K0.+dTKHefo:^ͱ7KYq{2$x`}9mdM)Hgl3ȗ<o*i0ͲU>yr"\(Ko4mpf;w¶Зe]{IJj(|R|ĺhމ!0^g,?z`È׍J  94Vz0m̴)`dhg;O8KLLԲb~۱Η=@rdw0m݊_I\ϺΤ4w?[E3byl)?RoרkYp`'H?]PtV,yjM1[fҌ-NYOHFͦ2م;uEܒwql"aP`*Pd1!M}\'#9^H޳`ۅ1ٍ%z>yE]bD	.066ՎfR\\p[[)wĴ,*$|?Feʒ"QZ
q"hWN5ެ}	oHbw8(*dKU4+ v:6zщb+,l6LWZжIR!<4d"HwF nߒ{С/|'h!g	6\Q .IbU
kC ̩Qޭv(Ol~hzNR3ͤIL|-GںYʞz),8GfE^߈sW̓#ʓd0sZK#CɼW>^6ߐ6KQ]ޖÃ~5ElRD3fI\gNb{ƊLUg#Lk~\U&aoX$AC@C?ϋ; IlD3&(JN 83o<RN?.J{Ugt=BD-ţ^$&˴ r) yJVEʺ2a>nSt"]lQ1bLl>c7ݗeU:^>RcQgm>§	$	J(*xYj-x$i;w@p ۳
!4Iğ3KDΟT;	5A?ɼ^J#Bwg[i"Xp&R*.~W5Лp72Jd	;xp!yIf!o;-гLq Qa^C:6fur%@]tV:ӝS0&`2[ۻp+2z}7|;p~wrxtA?J Cԗ5$oAS2s6U|tM5A<kWCNDmQ[<wrxh<Ws4:{bM^&Au
ּW7SU[s.߸K@]dqҀFފ7!	m@rwN6:- |x::j/ΰLϗDϚg{ELL=3r>B$vd)gZ;AFlTɥt>NבRBkSQJȠ$i7F1:#=Øs8ʚ,$ vNk]h
Uv9ȚRҟk2B^fέ%e@|SJ3R^<~}WsʦaR!uI#)FD)Cth>Fc]MW{tw $Q#(FVJuCiNV\{'y`nʵ#oO݄gTw98,
{$hJahJێսp&}_64'ɹA^QօշPx"`j,Bb]H;/e$HF}QNCpomRuKܷ-*Z[4D?B>V4;EZ!%YX9n1!otP"23ۘfP.%).]9Sl5	H"d{,XD¥`xq}5!͑&*x,[<ÎS%ϩX;TA5(
u 2c:Degm޿H~դEĊ]`rX4R&wC%ڷ8}SA	_?u91~?fa;C;~R[nvbU. ɱܡWÂ3m7-UxzFS!/^J=	Y
&EO/̳	o{v@@?'dc(]Qĵ]SgFS	2RCȄ'Ł4.bwe%Q
vŻvvKË_V%6e@"6?w8r:hƗc3/ɐ83.cȾVѺqrCG:I}=H+C܍m^jayfpf4v:Âgp|d4^ޟ/toƐސd>YتxxWdu\IS&/sI1-Vb[*oII؃miZtA*Dުط	ݩz7(H[*lc%W,i^C!?[eQ*<ǿTJVڶ%>HQC5Q=M7բF?ưЄ"u1bB$H5R$It*DA9gRUƔEƩk	Kxsi,ίm"W;<Vǁ͂|xJw̤͗ʭXaL$3٦ÌjҽjAvG׸``qgDe"`/N./2htB5֗EuuSju0Ϟy0%"u~HEVGlΆ=VKwگ'̛lJ&ƶʘ?3*BҹjH}ÈO3XXBBʽ3Ry8?`+D#=nUet;DI0"F=a٤
.tvcD1Q/Va~2sϩ9AE5>_(Ū̿CV߿[J!f,[XGXe-ݤҊ(>!/ssFo\=bxjJ'<@sXǼ%iuĬW̙B$yWc_w0MgӲZ\ҾǇn_ˌOhܧ2e4=Q^@&oQl5t
_hv#gFN;sIiXG"B@u fP!27t\fJYd`փͱ9Ԯc0j22٨#4|<R?[dՔݖУg`f6̂KpzݿSQ/%Rߥ.W>_k޷O"iΎ,f{־|*>%Q|z|eòOK@+u&
Ͳ1g{<̈́=Kxر_,ҎAԐ:٦f3h]Lz4)~zrZzudN&ثLSYxc0] I@>38ʩѨX5gUC
ԉ,ɬܴLe]Py̦jeP=o	e2Rk/]<V9zKV4UP/@ˈk$GEv~3M.b_-J!	IQ!9 l|JܷhAȍsa&Ӽ҆#G	fX|ȪߥKޙU2q87Uu~fWBpS]Ԯֳܠ2L`_BK^ٖOP%%KWXC!n
i'˵D(OIml^KmMH,FBxRM&DkؚMm=ſǨ;8Kc¡z$ALћǜG(Km3/XEگ@Hƞd}*_ː",٠s(<2/߅I@)9Ɲ5KZ(-wI3YĦa߳L%-ߌ)|wBCNB`n?]Kdi~\azN[Yf۸_AזI#i
21_2irEQӰbʻfڸP/lV`73ޝEVk5ץDhךk;Ojd~`jLAK3d>F@oPn=)>!Ccm`r;)K&\QC9ɱxиΉA|(yUuq](ǧ_GTs9}Q@9AzX6eAy-~>UzArjQ{׮|Ipӡf#.H2rQz$/$ CA2׺bdk&Gwʾ'DDAGqlִK̆^.c{'mTolAajjWIē*%Ѽ&
n{ŋkݕ|_Cpѓ.qEL+hR"4g0DA5g_Y?E@R
%H>}j3:
%G1ƨg8/=qܨ4/m*C[7ps$6ӻiYBEV75_~ѹ"z/\#֖qKޕ
;=P1;](b8J	\8+Y>՟@\	R=
Kي=j3Ed[Ƈ+gz<??<ʴޒc"ޢ/ Dp#h'-isRlPD,شTD'-,=@ð>s@^|<$!¬ŧc^YGW4Ӿ܁20pΣƦNFFד(=:E_ssՙI02ԯgСN+tQF/KVxbs=ciY0 FD"y}2{(Z077_˰׃zU}tFS0p`Kۃ!W*s׌qZH
H[pD.bCv4!!vxGN"PQW^q;]0M 6V@_BlK9ֿbrP?vͰsO6DB}WA}x95tҿؕbazƝt{#(+@ii'}N[+ۯf<uaJ}5nӞP4)vwt@olX=}hy_~	Ì@O% LOV*)CͬzZ8AxBpȘ@	͙9ϣMS1N<:iaLooܓHZjih.{$YhhƁDƚ=~LÐOHu{NAh¼A	,՝M?_7v0*VMNβF?}¸ֻkd(cVc%.sB5
UZ|7yŋޅWk<&אvZhΦK8NϏCmxk%:A\ax̛2:2h)wLru^)*Mˍ1ÕkvWo%ma4$wS/ɌyP:-و΅3&0^:p	UkbPA1vɨ՟4oM>Kq"<߾7QY*܊ h!YP0@׏Ǽ05Bȃ=z׆$$N9]d(@er#u9kUpkƓIpʫVSI&3Ȝ QIV
DK.s3{ƫnrk
T:-J'Ǻ߳!٨Ǹ~M.!+BT.8--oh=-
\4=o@v6$XDNȐ~wП*Bc=Yt=)d
67S*/;xuzح<=r86+e)`!Sߊ%'w@5}qڀ=Z:v^EkO/!=tPؽÎL[F+Q=bnT5}t]
BoMևQt!f_vɛUφ>+F\AW|-X-	zX@x)E!iʹ-gb_!!Ѭi./T̛ҜJ&(6Tӝu<ۯё^I//̭#*vz=Δi=ܸ`f`|G*Ѕ
!ϖ	 6דSF8Ίʬ^	yEf3w*TAu}J*SxĒ#}6r)#Q[ޅ]B:%1~P.7\4сK	mZvYA
5H=2B^-Rqf;l%ςʖOMcn[͝fǧX
KkI|&.Œǐ&e\0Xm1|-\ixޛ[9ȖT4DSXY}ǵ-@,Aw55XZwݺ
	xJFRFcr%K^Sf߉QܲCj 	qɧ;m̵i0JºgՑa2FƘhSƻUB&9$4%."Cj
S:z/ ńXU}P%;/'c]btԛ4֪~w5f"^,~\27OGP hG	4Eq+sβ:3v87ԤSX6Ɨ[TmN\4GUiF{L`:"wZ2$v|,-3<,3NqRbSn9
# vx?Յܓ@e:cSԕrRux1ڟIu(0*nU=lxO9Oܸ=3І^C0U3EޏߴGj,/yS@yC-&<#>5iF^F
ƽ
E3ߒ>6e0NB!h6K٘	ԣv|̌gʪ!@_fG1[.EX1b/kL|?z*+l;s@TuQw,1Ĕ |9!g("?!]2dfO9>.Ln`Ijܵ\pA/T"..wsH):*Ak.K-j(Zm62tx>vp\j֯B6n[+n߭kkMcx	>j[JSjcrԺgU:eX0	
;_15JSBZu7)9©ԁfήZӳ՘$[Exh<,l״OJL,:T2"y\Vr^ނƫŔPjE|"jj= 0ԉؑ\WTЀ4%}N']mQuy.)Uǘ,,SeL [ M?hIe&лۨ\ƽX\,EC[*DG--}#ڛt/0Xzk`),iEj\rjT,u2vKu
HYh=Osx-tWwla	JI*wd2zMo<$hPћ%Z}`ޘe9_xIV-93G	9TtsNMBp#I~"%̕ܡr,m}ތzķTh23Eiň(̡ԲA+r_b#>@QX/ʟڂ^xuGy-K;2,:ʽ;WIT@};GOax^'`j#/UU[aE|-ެ$Np?Bm#Y<t?=s7o@"ӊZz̗N!;xŸUsposԸMȳ3Ĺn$Qj?{@!ދZ^ШsQViDaH*V=TWW=ڭ8rϬ՛eF,ݥr'̚4Ʒ1_N9uOY"ivfrHV>DDQ¸pcԛ),o`=҉+D:`ؤ.Љ
e0r/1k<ԓbސ`,$],K}$>SQiS"/s;sY'ex~YUaGY=թB|;a0#i»uCS*ծ+?wq5'tQxPNh=PƼw! .j8GS ![}EjʂoX Yٕ6	?7CUƱBW5=ւaE_5L>ah6m)b!coֵlNxZBɎ/CLà]jؖ%vL)ar	uMdٹfJI*P1*.-yR]ihξͺ\S%*9:R]"<(GXKƷC@?;&Kcvq)`+ċv|w͢9+:&,׬}>r;Zc_	BrȍMH28n'yҲ","3?:@=22t#OچlƢem".ZO6(!Hc[I?84y22'+{.ͦGl-NQJ[LL^Fը@Հc8HdjߤԔS!W#!04	vʎTqG<7xf	GHjMYPDaӫ^ҎܥߒP'wEuRQ&?C\XJ8S׍:غف}VkLHr^tf~&Ϊ-3S[]a<"4ŽwiL-E؎	5(W|!|۔~AR'	b>8ѥhQH,OSuҜ}O_I2
,kJECǛ>x&sI*Ft|0-o@0-ԺM،+	؅hނ+ϥt'f~IEȜ?j6-tRݔ9ۚ{tJ$LOG`Uw?|m:م~͆1^m]عF
{hdK}[ڮܴ])v.5Kz@2iZU1F	/1:Y~ݿ8tW@>\`
`eDOrԂaMȖiC!Nw6.O._gK9NvĮ08at'G4-7esH [KVBBzS?
nɼH;st%X*@q7I<(tSE# Qq=o":C`PqCO=:uG\-XjkCgG`͡=2)X(Ҙ7i>'ϐdPodmn0ԸĢ"viE{5&EAm*C3u~Ū&WI%oa>wpӉr^[=C@OɌk+oBg3ՠPd̿OUw.|p@$GSbwZ<rjGlrmM(J-y3hRbFFUR.;ݰ!skg0Nm""MhQ8baX3]Ȕi·%DOΦxw98ƩZi{ޕOȚeSLu>Hmϴś GQu5A,"b{+t'(׮ݝ0dNv
B:#}[ĵ9*1-ëW
^RNԱ,ޞ7ܢݩ7k
	Jbp9Ť}%V}K`)Pl!q ޾R,A?ߋ wKlQ8Z~Ch\[_gΣ1̫߆+c\}F3͆kk8	*3ʗoިj@$ЄWH%EȵؿY+H84>ă2<NւFԟ0$^3eY$H~?k4u,ɱ#O88oCѪҕ2zҸd\pÇL*L5D^T{ºd`Ӗ2C5PVQ:ۭG+vǂ	/IC ݔӆ_[QȽSD7*!R]#)*t,|pΔ${rkދkA	G#ÙmG_qڷHޔV&6md*vyz8THdEq0Ң'3f4UZȏu5־$| VԵ2vͬnT_<!/6$۵i]	A|`)TͲP_AH[<4v9h+f%"rS22dϵH0U;5ףZV	/[[458^s_Bd>MŁܨ?ZyŏK(3:a:O^ň35k`%4zec}RCĶT[פn/d7٣NN10MjESiéڛqRip]jMIY8̄(\NfR&tNJ_C`73ҳݼ(V=]@dÂ|3;\R6e+Xfd]5cѸǧXoam0&lӉI.яf2`-#r\!GQtY86f	ϬxuCa4bLαFm=7@ x=,)
םagcMLͥڗRvx0&Ъ9ipկ
&2PT6 |{ޞςqv;RׇHx2դȬHxij,esKf8	])M1s#0]cfK{֢t!]R]8ٕ3H̡C99hATmKWø=8[܆Y&R=[>G?OGM!Hؐ&u~%\xr_Hn~C[=dl7Lx/S'rbxݝBUېQ]Y[j!(:*?
̩?QM!ѓ*Ū,(Y#@tǶz'I"ޑ_'˪d9-3?RSYo6C؞.\%;/g[m#l+SШSr7@s2rH=PQbdڈHmֵX,xAA9+U~|aI-!PӹǙ.0pk0e֒r	l ߊ[pVb>gyu@WW:M|\cұyЏۮ{6s.sH3fv*.<	a%ósqjA_cBz_Paޫܡ5s-	qJ2eԷ1uӱΞ+;We!

R:5WͿXEƺkȇn1%3ݟ+ +ů0h8[y8:iuqvHӏk*lcɷujH,е KƦϵmjQqi\ScW2UOEh<ʹ6Yn3b*]2wb`pSa
y<rfyZ$^Xم=JpH;T=ӯtRף=x&eSu<+B6r2#W:1IkvHedR'>؏	N:BO[8G{T֕`S{Ť^C9;b|+oxۗ,PnPIaÛNȊHVaޓȴ=~?KX۾ûUאy_u`c1s޹G`Ҁ'J(/ZR6Xo	uV˗~/r%rNfnif/v7Tp͘./v1N\W8BLfңI&1JBrEW2/%ȜH-RrNM
;,|,1}:ב! ѦYp?34fB2).P$E6t$~˹ӯ4%jy/ڠ`@OPsۈXs#@oXS_\גX[wHr5Gٖ_^MaI>Hx	ג8Aռ!ǎ\m f7LcT0nE-Y?(˯@IYYڸCcT{fm˝~
)'ĭ5%S6'Kpt]KP<>%tXn֪.\	i^cM_?sÇ`	/_xk35.'%	k/WJysa[>dgϧ
؎4%KYbɪ$l#6cٻ?+޹{>RFEAraQG~ȯ`F˧5u,߬11M.\;M:A;Qu"F$WѶơ@-vRs9DO,<޴Ufm)j٠|=vϫS$%AḽU%=Ե.e)	Mơ>5+Hy#=ÆO$>XRZٷtM&Ʊr 2_ݼa/5}gyM"NUSجj^0׮	+{^KDɔ
/		nU/9$:pfRBS!!_ދ 'rc8ݔ!{"R+K	֖=~UpQ%V"+H)z|6J-#:-X*-9b*4I=3 >A:Cs~$4B]^Nr
ZAtbcCߚt}4ْgߛ޾lf&ǋ6L	"Nɋ$]Tzid#R;ؐ+mzjP#YX~dĉ~	{y.%fV#m}LY|6uk{tsCIV4Rd<;F#$}ԧ}|2!dr6B4 qk^JaChSͻqZl_qv-:ŖǄ@p+ݰ]8591VjV~vƃD"u>_rݨ?"Nԃd{[enV$$z:*<*<yX+p !ܗd\X`ZY3QV%@4z{P~gYTM]h+-Y|_!c,s=gI}~=|ԓ60-9nӃ8&a!3@49	"
٣٫OקX[/Xѽ|8g,K uS5jRJa7'40mSp_oG[YCpJ&fAN-(=8]teuNCgP)mk	 uQȻN)%YO|`@ɂKϦjwe"rp!^X%Jڬy^`t~Am0b~5ѽORQk*QjIH[v"6-H Y h(}>'C^J IWk1DsX4rΚf>Z\H
s )Bzm,hn:0B]2^7@$Peф	B7\SJM#Tߗr'h~
o׼V`̸qͳ%L'=A(mry^d	aQ0elkÕFWHPFpԅ%`s<&dz|]QԣЛў|>)sTOUlƆ=EƔk2"yQI^ܧ'KMV]'FpZvb)p>>ۤz8~zv(_Hk/&dПv4xƎ
E![^ώ+0rKc-۱lXGЍXrT&fXp{%}d7V\P%BIřϪ@75L>Db2a>^͸|#\7AnhW)03t|RDŢ&1:$AqOB~f*=hY[ݩ^23B.p_ՁĊ{ӌDS݌S1E/kIx:PWt	/c/yeΎh:T^;N9ܧٹ-\-SFģdɁ/?&LM5(Qm]N?VU߮yr-q,-0҂Rա9f	:CiDs@=Q:%:X9pfY5&B>=kdv=:P"3}70?@JCE)4Z!>+`"0MYQX^܉*J\z[ћE)8>ŅTÑYO/^Db>|!Ie<Ӯ-Ct9zyV?H|mk2ͳ7(zUHyR5	ś<-yG8Ă	IVDp5-s64?ySnt)$؂sI)k"Md(FC-|;eѽB.̟d!ֹҧ:ж>fç\<~|rũJ'c!?[PAYji>+	Ƚ/
Dm.fӔ=ePyeE+Iݖs+Gzճ6N$.PKsO%G*zқo4)ҪLM͗2{Dw'͊KZ|8z1K`/_k^n1_&hOKh*ŵ58ZUMRC״wq4>u;ʯ~T|}vٲ\XwŒߐ~@?JRWj*Ŏ\,2u=vS݀}ە<g+fIaz{/N 4&)oP.9ɽ6eW%GY<6Y!5ׄyC޾1QGxS`l}feS´v]fǿĄ
g rj	R2/y_Ȝ2@FǵC${<g߹I |-$?T_C!@¯ė_ܓ}Wk&^>cD782о!+ܙf\|6.ۼWAL]-۞?4hoX{nwK+olm?Ewe',+Ӆ}/O~5>0m!-ɐ=ay1-9ڗ3b|DH'\([ޝ<&T!.fJ|B*)əRLۀJn_t%}ި~2;kIGfasդMo94ynmR,[QdD_[(Gdd"2[Aڙbõ-"E΅SU@aY>Qfylɛ#H:=Iԗ&[z,º$rk<Mۡb	0kS-s
x)Q\%yщ)cR*W<(԰-[FU>ٿs(vHo{WܹR_^]ߎéjt͚S9!PYRs7M~-
/	Hd{˹@٣ZF+,@۞xeAc%S'\-eG'a&SK	Ό3ȍf߅ӌ1é_?P{r"<#l^Kz0ŃRj3$a0DDo/kĲk¦,7Hj4NbY6chYko̗dB̽*qoe;4 }A>Ϋ;qg9pw1|KN[@oG!j#9~`kIfbʛOg̅ao<KAANN8pԹ?#̯Lz;gĨ:Зw"ރǛחeհuBлEasGfģۙ?.q.2@,PzcHCJ`Ũҝy+:r
gV!gEcr<Cղv}zuXFiHcWT=@dиձ23bH3}]{ea§&? m#j|ڝ(@)*y;ELzj&ȐLtbrޥb)'zXR00D09k
"ݩȱ:_˅yhGY~8"jrw ŀ[jvς]h{K`Üezgvc;$*PJm$)GoRAΊQJI*L/M΁SΓhZ!)?Ofڷ@V́Sb4wQ:9NϥI93"M545VNm%}ay.;loR!
;!O.fʶlV_frVN*#	$+AKܞbZ*7npcù/гlV}g8*V%KСK%@$8>ƁVmoF!'H=gOɃ;rp@DvŌ+ߝ-5Xr
v0"(9Gsn1&qz3j(ix-Nz`3$ժȁ]$(U1h^Ǒn2P`JBGo<e7~rGc4%^1I^4t4C)ͯK+/'(r13e@L	{z*DSC6DU61wpq\3Cd GǠ
xc>$U\M~X=$ߛ#UGtgVEm.C)((O)^@˃yE<F"\~+y+A>D`fRЁ+Pÿ<0&X$s5%ň(WL5{Z܍.Qkڕ_Yh	$#Z!;3ʝ/DS^Ī.9[p^BPր>qfqB`{)=	iQ,рڱֱ5DCYas){AѾc8<>ZzUgӾ`rcf /'fc+&ra܇ױ=ׯ$p1&ٛ]OSo#"4|	C@)p:OF}C
q%EK~_=:tHrE)/e@aQS'Y^v-%-Mi2bǚJAx^iGY"EQmpudډ̹`DILP4Fdf#}/+]$P.Rwm 5*os,sC5.gݗ4֝w5bĤd
m;:ʗyiUHpޤQ* &,ӖL܉lmX5EOs;w{)
qSM7LuEy {ư1cސ&:gLTѣn*ǋjSu#8e1 @+ё:O#/!(9L͹-BЮ*.QEQřF.O
4BA|:q 'mJ&S">C^eܔ[ſTΈF8pQcY@Z 0>)IVV
|=TȆ$D=q$̭זf9["b{mǘjYutLۏo27uޕ8mPz`Wt0A"߿!gR.U4xSQ6ͱlXH`]:ib<01L׶ɤ
$rpc5Ho"(wIov^ф-:v2ey߂1.C:gbS/X4A\Ӝ:BW'?~CjKa;<0^ى^М<_6͓*{yW0#dYhut]MDm%3i*+^D=W}vчӤűay#:zۣ+_!oE{(fQݺ3hogq~VjfK .Y
?Wɥא~;8vTE}2.VB&9v7%K	'g?;ޮhi#ci=bM@ڔ{mK}Z|AaWvʜ/glbD&׾)FIY(xzAX10=I1iȘDfmfM[IŒ=r`EkqvQ@Cac7ߴD|+7X9W%1qr+d^Qw?dF{ldб	$x^/#d	v@>zIUn/oKhoU1s5~0[I,ڄ!2sM"xq %]M&@|Cn׆|'	P;?X<1P^|\4̞ΗԩE"x*_fw<c!Y>/51\!2^wYg5e!"D/E==fc҂́#A5W
SĦ[=ЧN>n,s]hXQіiKtWjOPyМ۰_ZӲYϻGw""dR]Nˮq}wNMµʦ/`Hʪq2d`5gV_T VKV6Yt->wi6=9LkʄÔ<E>k4ߥEzےжkvAu2@?8ʨ"b-եN!ߩaPZf79|Da;,#{?HřݡG'DcΙ$Rp7fmw]x,/6аT2Mhԟ0R>S!ߜ{	<R62G,?+?Âxe_  2{jp&!՜d5оI`[?޶=5t1A5#/wMZ{sK^Zd՛]%v}\)*aS_IyQ-h{L2{ܼ%'eY[|3ɨ<Mb)=sQ.f۹2S	.KvE'̖8&{&|҈CXUBD$TUs˪D>==E˚G@Mt'l͚xǠ>Fr	[3_ H"ҍM8>ԸHvWӨs ĤSun'֨v),Q8%٠tqPȾ_u	wb1\[Ugϩrog>4V5k)/Ѫ=L_5̓kyQPzӱvKh'vKC(2J]y3<`>#=+a{79s-Ѥ
t)|Pf:>CMӴŪU]wP_q89P3?~&n"A'z
&Eä=A,r!v"˄S͇4~d.ob#XR$#,-#-˪
hko9y
Ld^P eͯFQ^fEiWUէNXҧ1+zsI	Q3hcʧ%:q *z99!972&jW_FU"d*&sIhqlD+SJ :w5Zkw^/G84:LӷVo
WaЌ_Tg
R[n*0' 6$&B"BP#U;O]s!:v*r=73>n]
IZѫ8.IK.O1q+Tz5eY.gduzD%.L)0`F,NAVIr/
z̹Lv5dy7K$NĮMIi*L\&IKs|ChH?ȫ,}S%c,HGE`/mH2LkpSHs:2D/EnhtP"!/s>Og+%VӟP' +[;i0xXGaPS'L!dX)`K[wqΓ:TGP, 1N:[JK!3>]|H14+/mGOwܦܩ\;_+)FҨ9=̲z{Sl~ݨW5[}s:qis8)gYibfpYZֽƓ<oj mJ	tMfVl?K}:
qx)^Ryq+OO5@$	QU2!!8
tg rimv?I=*NlRzHPrw/<8%h|s1޸-:@&>26N))^%{ʹ@'(."#62n%	?Onٮhƅ)qIq9&͏A)/4y+8"LE-FSC^0{[ɖ4uTW)j	ъݩ#Yݟ3Rإϓ Dƾ{r HLVY)D΂7Okh84ưjGVtߢG`E/JYJV'd7WtؒØ$B%^;sdB$Rz>XUz$eOدBH4;69N@ x}/myܫ?j;A=w2?щ;1Y.=O
ۊa];ЮCXο^/dWE'fJ`C]	kSb%RkW[~1*!ҿC 4'#ώc2b}ȆȳMhb)`OpQHs%wʉv7hw&L;Gj^Q}Fpרba7,8xVc!X"y ]C߃U('`-^EF̣*MXduաOt3OHa5Mւ.yi`Hٻ}MwI6^tՓwzY51+nI$2h	Σ\է~f=mn{lXGd8Y)TY÷l}O8#ϙQ'`ORBrZL&B7ƶrD<a&Ģihϙ}3_bepڦFcl@ɾYeо'l=7|ߣ2*QIVLG/[3riѬ:+>abM'x
Qz܋1pLzClBw+FY
i+(1,jt%F̑'|/lۈBD#?THOi].T	A#Sƹ-[\ԥ*pH!tsON;ȆkW,,rD+61bِvI!ԘMނM1ImY,s44c=۩#s|@Q.bM|{9NJA,]l@i{@^Kׯ^n>|@a[ģqiul	eԃ}pd<4Muqѩgjp<~+[Sm&ڄ3[5fi6	+9/J?9(
E\<*W\!or&Bpӎ8õփ{n>^=fm1?irNW^
<Pޚ5ҙӔ/cpicqE(u$h5T{>	wh]vCݹd$T7ώ~nҶ.ѯ;BYlz[dSj:"2BĿ@WU{ŷQrͧ{?:K
Ap2"1dVѓ0;Ǌ.S/ !gP\c΢Yܼ62g=JrԠiՋ&&zwpT] Nat[֤ |ҕc{v~qʑێ<u4f,
X>s/Y<۝a.H/XfY\*߾5..CKG\Y!=AЅPو*j}o)4&M|دazUbjî4txan&:ܣk"#B9!C*MhMԩ"DkZKi03]ٜVgӂJDI\w~D(!DD`dоp5_5	޼؝]>ڝX)=tVduC1_ ?+<d)NƐc{"zv~N6eg4?N:V8-Ә@΅k4IB8m1NSɶVt'ч$Z2$ߩh<ۏX\P#pwt|".ǐ[H]~^MUrso;fWAb{قxAM|qSB-PZR-xyzϧLBBo˱qL~g&ņ7u GY3RV@9_cDT3ЇOc$٦Цo۵onN=;6׷2!{ܶ09`6?q5ȟ~Ť_B[sNCwߩY%9ϕct,9'Uo[)8ڑZ'7`\+^PV3~6ClOZMjPƊfUޮJz&'*Q8^=rK©͍p##WrPX"Kn-@#h̉ٚܩ[z	aϞb>h޸\<1	]Ae1J$!;N]rM̳0GXI@.JP]4k9,4<yv>qK7?+ ]ϩw6mj@`<ASҞww{,09a+љW\&5;N{f)7=JT*հ<DPżF)/E+?"(U5!h^ۉXAЍ)OW6zYaگoXQ7-ޤK$BHǯzgM!x9'Z2&ɴ+7rjډ@<9{	_PfH4#5pmDߚa!Ѝ<֝;9ԆRCx_K%՚Ձs'oLfg`ORD˜"j!Vݰ%:'κ< >6U:lWW&	){|߾f`}0awc-Ƅ8 _K>x"Z&ϺCރ5H6ܸiޟsY ~%s0,H4[P#xʊ$qKlEɐciB>vh>O^ya
2fuz7z!'
P]~jS_00i4r#y٬vr&|o.p]#l+ݞ)(/C~]:`հCܐ4UfI^գȞ-`ú6c_x6X02@5sԙv;{J~!plHڥGoL_@u,		Iofxė(#Di&مKى*H.PH[I{ٗ0H$aatm:k3q!O~ȫa0VVR	K>ӣ:.os"$ڢ@R$ť;dՙayQ^oPx)7Ĳ߼-46¢MrB"wЃ?~G̎hw^/x|J#ZqL,=4?rc
,7[)GS0ߢ vmZˑ*&a'P"ZkC@`9sYn)5$ϭݶh}QĿPsʘGc`j}+(mzۓ-k[aEPSL8hv"	b)YYlϰ4,E:Rq`0zrtcSU[Ԟm~ޭ+ōxđDHͱtYn^عy
]];g}ҢBiukRS
KWEߛ~:gweY6N]ܻ{x*@ygTΦ܋T*!|N)n|4.0PzVMè߆޸S?"tW[
v҂bپtlK0);8^:UT+N2B߹n!UZx׋#̍GRíŊ/pv)3ErkEgY&o,x8ץT4a9Υ+ݕ"(=aY;eùae\MeO\]~/~ђ&U\Ī?Ǯ`ZGnfK;}XN}(Kf1,tQyKڡb/pNú,z .O|bٲDTd(O4&ȸ:δwt!"!h1Iiܢ/\X)=~s)gUZ'n!%\wb0qeO9Ma.vQ9^"azCݾ޻m\3>khk&3Ø~OX3р;
ԟ¥ Wmf r' 8TaET41&qB@JV_'\,s^"y/8~k^]Ξ@ӈxjS'C'/+4ޔJlYvl.#W+&Xy@ر;`qEXڛ2%"Lso~,y[Ϝ'*ܗk
LQ;FJ
ޚ9L܋P1.9tM
[m6jDe+GblIcG}Vs0`q@Rɤ?vښjaN"7\<bJgjFThB/YC
Ʒj;cj'<rY@<7.ZyR3Y)3Dj/q[Pcl?hz.8	׸³{hljEKp5*Z0¤>ÅUQ:2ۊxrirQМ:ٚ)CrY2IxΦt̤MrNIʥ,g\Hj%dfXk#KW3~f'"aF`k[ϽJ`G*3,ROrO%Go*ٺ,
v؋
,ЂmtUTnx	#DƐ/ym	eMNn$db69 Q/ŜA5%ӹ(qOMIi|$A,ܩq)+^]DP)\|iuռ+@Ĥr{]]Y܎܄!_XT*Z9Vl߽Rޜ2G+Uam?*z-ۖ;cВu+ыm03œԝ7%U*V	<"fv,~WC4,S"LLՀ^gN΍@Q'.sq,%b ׸]I%DZĵ)iĿf$Rd-˶~pcG}/`&Y?m©uCl 
@e,ϡb~|`X<#6Qԥ`Jlm1K'q@C6+uQȭѺb;VX|٥4J#dE`nM\~"	Uҿ)[e%	ZۧRxy>0J'QSKDÖAiUA,:M`$g(;p)/>D%vDǈ3܎Q ü1Q!A1-q{sx7ۤXaCa Wsgr3Zosy7o5дF<о2>\Y-'nY!$e?kJ <*ɵeo*0=D :7nQ.'Î88a_:٦|5m/Ų(:Q=¨@vl4uQLJgm~ӶP*Bmr$ˀ؎G9]=si0҅pF?R7.'awd;gbZV4dKݐqIOwȁ<_t;¼Ĥ~$q# D
ٷBk jy߉ι*3Q(}'P(Æ.4zB՗X+De=՚[kk=NGd[,\~2.<L3 wyl}Cf|i`x(TaC*,*_^Dbg][ˆة~'ÈѶ=׿)RH6҇zEIg#t	QDqe_>#)Ih&?mJA/+8߂EoD~ϵ-xfG1}t[H<bVӝbRvgQݸom	7ĭ0fXKya1Ψ/4PD_`ɟ:VrXegDlІl,|J+ˍM	`A(/@e
Gjv7Ku~yІh҈ӕr]$XY;ZE6XQ759mkJ,.ؘe{|9q1}W\fT5@PsBihr;JV|;WO5\~vv::y7c?K>θ<{}ȥ_K{'~..߰9<BIuxߦ}ԭQh߃PYk>\6v@f
UP}E<]h_;SHu+YxE
tb&m*G7+DgB+y:pwq>IX.vyaFlIq@jl؇`ZߐCOY.boۊ`|:wdZT׿f
\h`|:bigZB'J&N&ϥA.mnf,ay?'̂Zk8pL=ueʛ+So;.kMZ, ѠHzvw9ДԔ!	'2Ⱥ^b
Ŀ|U2zw>R*k{2k1lsGQiu&EV͂lOG>D:XWԤ$,*beRc?+K\?\y_Łͷra{:9́C_ңmoXϏ&^s kHn,^	%TzmN	c$SهRC
г}M
čM.4A>"ԙ$&JmP3ZY]/}>_S<[e3Qd39ŬCόWTVP3hvEyRgyv##
iƨA!{\?Gш`_я	zf
p
=EdN0k-6dWCQ
]4OaC^-w9-Ov@6݀L٫nªiY4^էnmܶK#ڻ@>T,r{AF4`ǜoSȌYh7}o;%?{ye:w`}Hk`T	HY{ ~&wfho%P'\EDlL{_ܥSjbz>nڬ1bBB.gj%%s`r5+L4ٛHw~՘}ͷv@Y[1x-XYl`s^9֙bcKp5ACޟ|&Rɓ];3ʏvaM9\=L1?2QN]3مȑQ 9[Pw؎6% ~bAPL3I-O7SېN*f=>ɭ|]BeCVPb٬I]<B~[gi"IY46$gqZӂټqP{a!o8@ז7!R9k:t/WʇҎ8OACФu΁n3BF@3@n{c<mx	dGzsП"Gޓ(J ,ӜDY{#Г=Vaݶ-De"hU9H Χo+&t<rЩB1ɱêՊK@?t[H]}ev\x˖tQ9_S3GkZ3o9Ma7uZȼ8"cf(ǧ̐,Ս\3
I2$z<)9j.anMəǕJv[TM<|XWN,qB@QMf˻ߒ!Nװmqĥ	xgq:snDjaVѿ_\ԭ[CcXj1(8~hF̭ft٧dz5STo	[5Hۯ0-˅6̎>lX&MfeYfb9A<K;~U֎l29EQ+zrΠWn
nځ0, 
)
pW2SIUB,-Όy#tSzhܰmٓVͷͣА[B}[.N&U>a7^!h:+Ud]A8^;ͰqTZ+ɢl>7$zeJL??λ݃9H
<A8>[)ȷɶ#S0,EKѫ@s:ֻKbӢSjCrsZWOz_(P ԩ3V!3FZnrPM=L5A8v}~҄ʆ֐ݠů-)W@\]~1gZM\zGst©rUPY`^«yiz*3\:euMD;gljMHI;5v"mBDLn2ˌl9p%M٧E{8K4؞j
1FBժ'hq/ʎs
xl4/$uٶz$%Ϊo_
7DŘժOFsBsەW+Z}"!MR>N@ ^w6H<,P1O&	9LXΙ8?4NxՇ/tYfn>(X:Yarٕ^"44*"؎\݈i[cL2f7֢WV̐o۫:#Vܷ,baE"`Mn˷63Y>$RRN35OUs=o#6XSe([ĪZ5ϗ*ڲ,8pô	q6({PbZ8O̱.+:"U7:hم*9Z$e|mz#zB$'s'S^2`եǺ={Π8üԕYn;Q=[Ө!x2 10=KՀ	qBO@_Էզ,e5>3x~~%_b6dG~*z$.BȂ[C2޼*iR;XЧpB6Qւ[!`T/YaVo j@xқ-Oow1˪K~LR^t~yJǳE$.X{	϶9'z؇@b|@)i^W7ܒzzYcm:a.~g;S*YSTĽrGu jA:n[q(A2ǼĐuDU!Ͼɛ53|]үS1!Ĕkj]3ĸ{oW0FkfēsnŃ/<{cڵn{ޛX\@oO˺QՄԽt0wztny/*f~=!Q4RϹթlߠ{<$
^Ԯhyp7A17eS}7r"ESwӫMPxY?fӞҲ#N# ?1V4.X$Ih@`(rw*x!R31[JӊhYQ=&Yӡļʄͮ]E]ؖ
/,v^/X'Pho._T܎CC{sOʧ܈OOuLyuXc٥e}ȄTІN5aqZǡ;]B0lݝ]6ZrZ>y\I$%f"s^~
@:\'ߣvB6OXtR;|bߕw}$~2U\ej}:ȅvYfR
%QFFŵXLRpؔ@٫Y3Q>5l$ZO96)sPndkҺDR P"&Z0((Ub7aTR' ;)cmĄͭldނa#&wg*P/H_-p-Ik>OyEc+~fR3m[gCb\;v1u4~}Tj7xlj4E\d3,XU"//֐PNJdL3,ʷcgהڴM[e1m4XhIL&K\<t<ELR&p==,.EKQOg|VNZ{[~͘LL,(èR5td'07l1YV0,OL[zko^<tMFjg`Vft.ous޺8<AZć
>9MLnM29r	ċ֥*S 84#PO:׸t*E#YʨI(#.B߽%KׂN!A?w݁O5oЛ1h.{;/)RrȢz$sy|"+HuOOpŒRËʼ]bMoc$[ٔ
@~ЉVn͚:wڥc p9fWLͮ C7>Knޫ/l8LS;֜"ƌ*[$iQ4\#a\Fd!0#ļz"X-A"`pX:(h36) jFʯc%rJв=tWIV*- OMNsRl8ڸIr);R¸$Yj?{gJ+W"Zwnf;:b#ڌgoȺOIdi+*^A"ȹvCyÁ<vvpOj!FPsTBͺHزÎ1ԝ+DeAuʩVC(yIhEȀk7!hVf|;?F%\Fv9*}8dإ`Z5ʢp4jd<:2MiQWTWhLRWC@'~mdZؒltVЭwޘ~u~]d{D$r"|\xxZ%ߵj]}D+py[qNBwrgC=XzwP$_;¢f?8/Vө8}`ܯZ2ݜF8n{۟Facݚd&Ǘ%qڨ͍7k/uBh8	,Ї#LeC+hM4)uI ?">6}{<t%560\P~Re_vͧX>ON+yG{kzی8Il[Ҥ6>=f*ηO~wNe{]{֢ى݃-7n
֞L"S^y<qhxhet#ЌO(w-iݲlg!]_3bEw?R.sLzWUd/ɽ {0ͮ7ЁeV8h;6JuۙxC
0ˡ۽>opYUgA^lgYpOcGzW~AnɈ2(s&hYG۷}-{/>7`O_`~@&ǟPTLHhEޠZ>]#\7\uCɴ_
n
ӭS/l?2Z~ɜ:~d,Ha^,]7k-Kh&Q(8E^ܓh9$¢\s1Ymjx=ް΢:Eɒ_JȈlhaL=*erǏmVԗTmmH'?d*Xh܅>*ȶ~z܀)
Qg؝IüSp?EadƤXA_3*-s~si=Ȑ/= ا`Hߩp{moѵusnJFpϷ=.rÛF8ϑ<=BDx'DMh2sg@i+yC`ZBL-g~E)c<e<W?͐X_<j;ş1:գ7W'Ҩ5ֲs\.eJCXrEcĈk}b*^7i*1@TYն&	M]`:ls:SifE{(-[eulr8iϸ<o\5VܻNzdmV,*%=bgxwwhFi
g;mvב,ɯ0oAA"N/ 3ݕAfҡAh)߫?!l%(E`hD_Xhp%.P*c	GS ˋåZfO*æaF{lJ!n>yjEժY/"]ʉu6(YƸ] \jߜp<BXzY\g:[FwBWϼ֡_lwRl:9	&I7jсdƏ=By/5c͒dl:Fi;k&ێ\vBΉ.!&8~4Hڭ}"Dy"$.O^
-o	M,lqr=*Oq/_.2p)0[d6ϸ1?ǖyȻXF{
׃M`8^,Ѻ֘tHfyGܻGIy&OY]d/) LSl,p
Mѩ>Ҙׄh;_Scb{-Vܼ"C[ȐY&y8	wn+8/bae=X|&֗ۙ-NZ|Nqw0)ω\_zWͭwΏӫL-8:^Y̕178b-+B(څυʹw )x+"+ߺ<iE}׋3d`va\8`eƨ&ձ&sb߯ʏ]3%͎݈nIsbcȥЭĿl(Pc$h=&8Ob2C/ת;XP=y(&Uy4@(+gP&5Mcp2p\»(pisN&F9W9ȶ[qK^pK+0c1{DFPZ`xBC2j$e_)g2`Lݞt+B;#iѻAɼaݐgړ4M.Y#)er)Qc [:1i2Ww(ԋFb4FYM]Г{NăA˅)-ܐ,uAQZ07kQ*yy,Pl7EKկ<j<l%Wlr|* ;D)Nr'Dˬx_F.TEB	uɡSJBECk	yа
Нhy؏59׶C/Wam-Qd,SG̰*UJt{+Ef\ʴЉT81^Z^{F>4m1ͽtVAԉ^ZA%pю [)?WDwE22tbQ14'G߀du"ˊ3oGWv>4mXQ5	EQ3ݲo`kδr̂;YFKq̭YbopzC+w]GȻ!	)@è G\'-~_5uʛ׾~H/MmQ֜C4|/u^,;[&\ǚͭtUމ܌®͛t,-b *X@2s.j4](OjSřw aʞ0qz=IqrHJ
|,U#I^f%UuTF~F_Yй*?$@ǻvٶ/LЈ4j~_2"%wARށ-KLU	.mm8TG$i-N<X"z˳}7b݁5ڂ/Nv^xά>_ٿsu=MT$	#Q(qۄvxO"̓uO5lJ.NwT0oVib֐O-@ŋ5ƩNɖ'r;i5egs$z{J߱Rcė2u>D+
i9yʸ VyMyy߻2:q$PM{Dwֈ[Q`իA?ĬiȘzΈ <:xK1y|B@bGFmC_0+8t*4Xo(2pVP-ϽWUƂ)$A6pnfM2.fFqvH`ПFOU'H-f±j$Q)6x2ral"6kp`JPyY$Eɖ,\.ݎА3>.ٲú1|&fđqݎA֎OVͿ\4&0SB(Lix:kuI3#2VԉNּxhh41t {~ϓf3!y;ȣ,܌/wѡ@ʓ)ޝ#ΟXrğ3˨*j0DBz4%02P$m5dESk}+͔YCxyCQs+=<פTxIe	rpnμb+`2IT.HrTϒL3GNoRP%6pVV$FON(яț;'=DgϠ@hoZá.Q0$@\[d;AP4pOuƑ\hRޏ#n2`;bKFcHSRsSSo̎#{FXz9$hpncB(ixp+mj:QG%r^8v5FiibH+R9UN`Ɓ.nY}X,Bi,p%3yMԚ<U0Ű	}5uёցzu"&g#@~^)2ܳV2l>V
`[r{֙lTZ{Hʑ~ҒE4TBy-ҡ7cӟ*)TCILNkBYϜSɈ#(/A:z!X@cy~gDڕ¦_)X5]:%^0&63ͺ7	h B}{M-U2n]xY^Ղ"Nޛ)z¨rm٢Gk] imz:z^8!5]ىקid]-@n t?_8buO]Br9$OZqfuX/yļf(6?\xoSתųN0MYTؕVv!Tqsvd:!ݾ`#,MZz@?;$ٱz#c?ZRdR:+yħy&mڀnߝ~v_h	:!XaƤs2û}?^jf.xM^J]
h܇aFNzC%,"*\Q~PLy:%Vlj,-oİ8)|{QAd~BN7-JJ}fBOm^d2FG=Rx"̿dh.XW@OЩH-ڋ-E

inbx.LVj'Q.
mfZ_ɾ\L߬'*|ٖy"$F)4[к0ڔu/º1K	5o2lƬ>%lJ54k¾X OwN"K.80)X>17V%ptc:4Or!cNSgCu,K*ITc}gc?`;ez*uu&!l}r((qyXr
aV#Y=T^ϜņEs^yJ6ȌbBk̰qǦ
Ƥ$o\fcϫHȫenVȃbF/6÷N׫+'j\M?t+֍eZ)8N0R?[F_Y,1D^qe<ps׽"nwrvIÖFS#¯ϻ_@̹6*Å`h_Fj|Z)QFa*X^ڥ)D>h%,A=?ÈAίny&ɛ9_gC<P˳/5q<:oekD~|5u^9id0&jws-(Η2ՠ+7fm۳,LpQȗUa&p1''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25256)))
