import brotli
n=a=0;b=1
for c in r'''rAN\j8%2Y,[U!JsH*bBp)|*9JG[bO.$?:1Xül<:3Μ:́ٚ lGtLpÊ!!G·OAl*gSwԷM{>̴u="ԲyIA]fǋ}HVD`_Ģ(	N>
рTv/p$$hhԺџ4MOa:q	xMzͯM(D+_Ѹ7i9Z5uպR@tGYmN)8uyg3ɒ=0~jeA͡ro6yF!GTW{Qfm7A(4]+֝x(ǲepRwm_BwhS9N)l$rfTFjaenŸtqh״zZʤâ߅X="'/׼ۏ[yb/ָJFӵcGOMoX&زsUkA*t>`Ə%N`HGLJY4wV		$̭rHc.D݅^e66CkfSaO]%Ƃylwkz/.4XF4SڙQ?DŏW{+b~f5
(Z/tZM=,}Cus8vѶLt¡Ws^Ŷ/X1b]޷k/dSYLD?:Q
sв`|9#Qv<znaώL_Moxy"&:eQ_C1!awфcUtbDCOkAL*}bߠ%~TuR_T3VE4/ٻ[kP[
rj*PͅP/tw(؁es ٣._{I'ȩmV'JgxiX:dI*1)½Pg77>Œ;~kz[1܇osNCv%jÌy-ǶaCHF>:6ŖQ4+ ]?}k_ZV۟95JV=BhP<op"or ~[
*ϻyLȌ4>ތ zg5!\\]D9]*hJH6pTj`p}RPc~ՙ{֧ݍv)csz~>ߵմ3كt8'Ƥ'2uJ8p,[oĞ<>h},tCy?&bUm/pr`b߃n"mT&t1xr*sŊl	d((GaHhx5!*ˈ7n>[xӴyp2,(,wH;gZ+uݑ zd,w_2M&O;CE<Txw)Uh4ͤIT/L&!@DѾ3$TCI	Qb"'u8dq.*wǐ(|w$"g
7\?v5Zf)&-+E1@SҿDÜr&9_COƀCsyC|dC]9W:c2O<+ܓx>dDe(l9b'S˩ܳؾQ6WPi"~vϙ̿$y#D&4˗1jMrkJm?EBȥ[SlA`<>sA
K7ƷJG*E*-	
abHϿa#SÞ.[QÞ%Ao0-*$vg)Itu)ѰDy=EN95wP.Ѫo;484M=}Exda&9qSH0GԚ90=*T|[ApJ]>u"lJRXG͍ Ep ,'fUkIvrwsEttB4X2nр+$2}S}P#+ZZu`؎||YAyl2NтӫѼOJqvE;-s_&\ş_^^jfaVt;h{hNY8W3o<vݶ*.xQ]4*֓mmp',&CHl6j{>E*=2cݮRWBM eJ_R&.&Ohu#sg3&Mu0?τÝÄ
=TF:5m;:j.CXpnʿ'+5{{[UW6({w:P6Ќ ;O?e`iRxR$ϐKȲ4·٠{g+΂ϼzƱB+J'|1YyRt/}!$Lv(|MY|)!#ݥL-QcOȽ1ْIcPlKyoΦKϵ+Pk);?gL*4yiGpp&JVv|Ϣه!^
M_RHk\JmË^23&Cx1Q-/:pvvkWμUվw {LLHVQ*Ų#""	Xda2	wDnēɝSPAV|0[aO:-1NEZ*nd	v}Bh}2Th0By!Xly1SX<-i*xY~SP(Ћ oށ?X5Y$AmUD6%ô
]+9:/Mvm(l<G$xjUVމsX?rHa$
=Asz#Fp$Fs3vMٔ50d"dZeae~Q-m2<-9E.FFgôj^g54#Vfap#z{+N܈ZJ/ܶ)=U[[7FXѮ4+v׳,/0"@BVNsf7;-_*#RhAU؝W" O-ݍ/abpq}4ħrT JIaʣXϊNV[)j6/:`-QKNb2G"T!mv,uo3ɉoZqx>mAe] Y]{Ix;LzW]&5`qv!է sPy$oO0;c֥GS <ENzU*DIL#`'Q*c@$Q~XSh"}wVrĮ2v$רv.Ns$#/hq
gʱg3}ӱYh̟vN֮wR^\z8awْJyn͵nɣu9_11~oO-[u_pC vAI+VgX>Ff8	,&W[|y٭Fgק!~X7I9$rlŷ+
PMjF5}+e*9w]~{^iسYm6M'ž7p4LcԦPԴ6^.͇BejDπKF
v:%?YUS-3syM<|3O3(ăt1lYie=)$āD7&\*sJ+?00,| -u4i!d_Xj>_]q"FPdɢ`Z_wshX?z6
λmuOАy#MX$"tŽ*/ݼ)c;e{zqb;N)"Z<FP&ZZiu/O}M\,ʦۻaa֊y/' HV?W2qYB̊y˳%MV2C^rސV&wL9[αT1,RuH̃o	К*Sb]TʈTç~u'Uϼ4ߟhvZ&hvа{=_%/<Gw"IآpB;I42M)T¤'Σ7U?l9$)fm>M=CjM6NB	A[u{X%\~G2Rlm*@4x־;Qշ9܀zxΧO&0Jp0.PEvT>כץbMwȢFՎGNu'	ŤS$C+Ļ&Ϭ|M݌ݬUk]ȅ7	q!fiaLrٴnrL
7SX(G)(eDAyJnϧY3{.6̀Ŕ_[BRLǿ'}c3c+Κb0$e9	ߣU>D|WʁN{B`}MDD߆'WUexM|\Pݺ}WIgNB,0ޥt3:0;F![#A])Z\(hfɻP,зt!-U4îhٗO߲G|hu=U!,ږ!x`XEyߓ4?fXuUDНNЇKϪHj1C_lefFU3;χDrcDCZPK"a"A;SrŌ*/"j~KŞܓ*IǦوaяFTHU}k,X+;tBT(
=ޖLڹbZR%¡aoÅSP<t~>a%ǯ>Ô`lL/,[U6>?թR^D{z̆,!
Ǣn[|3YZe:,Q[tȠ-Rq)#Wy\o\jؖ\el9ðt~i׹ERǔ2duzFdgHFXMQ~Em*۶Xt{L<b!.Vuިh{F5S_aOc@7s/^76պMkf[ΘLxWr34ߪ?lّ>Adݮ~#T;ĳJt+i"ML>eyщVvNc\͚/5CEƇJȀc_yygx'W5ʲБVxel?\B<ųm2"Yo{R3ɓ\=w19i,&/_9kƮ.Ea:=BAI,tK%yMjBz9Puw:wZ/tPޒY'gV]t7&MAJq$%ѫd|UEF~ޓݐ?"Gd."|Q|0Rȍvixstxz*gyǲؓ@T)sWKkPΘoAF
ָ1>jôjoo۝H:e$]*mX7i}>rř#[YOד<4Mb$PP|=5߁.517fLC'q
%|zJ=_V`x5+4iI2A-{ֈK$\gqZzs.DS՛2	٪3tD%rgϻѸm6	]'Z
5-Q0R*aL	jhOsn&v=ݦ9Ylv\!Yd=Gae4KyT3_ܧY\3KKVvBGԀ"D[hsmKFۇ͖@B;JuG	G*=Bҳ+ݏGhUYYmU+LlNWlجY%muKͼ
F"juZm[3fHe`	o;Z+<[uWV1/^}bH#8 ֣q @f#oA"m-$30]mg  Kn]Ԑ{np\R*'ޥSFUk?iPCKIPڇώbP	ڵ45:7"¢|p;E&#u7Y&
O˄`RuG~V߽M=C)$+}wB8ncsr*qP4IBٍ3s5Njd-W¹tCsmoU?ٛCAǯp##&meE9l	rF%Beʏ>tEL(<@(7J[2Kbg?(z?h|h:"I$:Dbؚ8GTH֋v;OٝAF<C~g2BnyuA٨{{x2Pj${>,z+w<6UJLxrGѵQI&=-ϵ{h\VBttvs*YG,˧JDUs$6CZL҃7TNK*/P dg s,ۀyś͵nUtKus[?>+%$~aΫ#1PǭpزD[[1xjhÔeI<ZX}1Μr$(bfSm:$Vy8Q7MJ0ۅv5rͅ1i+<;¾F~d<Pۋl196БiQL<NI5tnm/z>wA/nL[)ԿBf~K	9b^Ӥ0"OsYzc?n`rªگ՗yuE]VQEݙg3Ӑ%+!q@kUaԌ:mQn3{USJ96	¬wiO`c1ںVC?ܩIfv)\!Qô_z0L΂fKD[2)|5kzސkĒٗmhߙx
ٺ؊@˶k{S
QիPG_ɖWͣ%V#e[%vIeƐbuPSf
҃kq%nGv,ѣmL+-kl;yfXք+YB)_FǦ{!%d[Y 56UϤQ^-e}3A#ţ#HJ"vEЏ\;fûi $	͌4˚D1rK2ͻDÁ% S'ooTgH5CS*y:r$ǾSk1J,5 eЂ_3*!%uzqxܖ+oF!JXѽ3Rγ3/ޅd>](^?)jQF2_'>,FQY7spBH2gyW!41FP'HmpK[ װ"T\GpvPVR$Pٚl<іp!l֬u0Yؼ7qK:3HrI/T=A!?]#Ɉu}.}*5!ٗЇ>=B;Āٴkkƴ_6XVj7b=PK=\4Eoo@PbI؃uK+Æ@/}PMӚG0~&N+:¢vУA)зNS`pv]ԼO?b&tE[8\@mO(p̣SdoZwZ̻KX!	Ȃj<C2f8V)T܂%Ҏ	\1ĝǞA25@l	݈_;pJ5<vֲ6nP3C<Jž	zuTkĒ@XAz\ց"gRZAEl]O=QHYgB@׻5+X8ڼ>.ӑ˧pjZ~Qt˺O1Sҳm.akG _w<ӺJpOF1NrCf.T,Z}w
YD` laq$[~YңX^'bF>$ԋw63f΢Tu̓JH}1n^}ܛޏıx'3HDĊХT?MvծI/bqFzj	^SCXHgUɁ(jMG*ēȗ9^g@Y`y֝IgbЧwwuqhI9fabN4t0-baړ)(_^h9?]dQaSzsq'*Yćʊ\',kǴQfzy׺pH3fԦWޘtf{hs;+c,v]ݶƹml?6a"tf3|K0>!kC&~h6b͍Q\}3[Uԃks8a!ª-8lj@0iNb~;4.hv
ؐ/](ЏY	ӿH|W2MZ2Hߊq/4~*ȝ=r/`7C`9dћ_{gcl՜vAd]wT'֨JbTSN4%ݜӟG[D=pˁ= zs֟uMYUבn-CFM(uXlM؅X]j8}YĆ&*U8~	zaɴ],ތ9{ebP̱LĒi$ŁJDј/sՋUSyx"U;nF!Lsdݠ_L>	'#ݘKmӱҹxZhp3KxIt>/n;(YKº̿uո55yARô~R\*<{}XJ[LxVn4gM\յKT:!F*O/$iVq2MQmOş)ֆKl~Ͳ^Tf̡YD}N6>^bicz+"t<=!`OZNƃ;/cG.s	MNHzCnp8jկ(z"+
>?$"*7zy{k˂]9{ Ylx*S8ҳӴ$:@I7l͒sԾ2׋%U&͟G/{oqfH5>yl!7%Y}D%՘Je8;UۅDϯ]MĈAKbBQ<!X
+Ñ/MbI]4}+˫s;WG!RIJ_BM[V07ezȕ%"(ZTC̠m\S2Qu_Lӈ ʠ ܇OZ#_yM	əCC g޹[1lZw,='9%ôP)Oҭ<Bƻs*=̣z54h0ЕIݝbe#il Ϊ)Eh|C,cڔRqFLmǹ=RN|[\auZP+܌`-Ww	t;Ŭ;fV78,XգIL#Ԁ&NV]L ~K({W
rk6<b1r/I[D$afAV,FYxJGd̠ďK;5=(	G8xك̀ԇ*%f~-;EMϗO.^Dskl\Q%̿N?
$FUЇΗH6@jA/akIcWqZiO
=(r2flqRdǒ;F:0H{YͬZY۱ϻ0/'kBKah1ʩ.BucPV?Є9[Ǔ5o_|GXJվ0%<r,@g3d0߄}cc+,n8ݡl1щOB71,ځ\F>z~ɔPvؤ,OjȘ +Xy'rG&e)R`jvahϐ X+Š-yqB/c՚j"*wXCǩ7\vֆAɡ4x5!lF4˕iER)cxث7[.:f^~F=_B$9gܠ75܇Sjjq͐$'g-Zl2+^^<Fp;Ռ\{e{i%ox˦U{ǐCgzO3> ^ȑ6-Tá#»J/.WFEނfLрpĪNDxUIWV2ݗܿ_ؘtb3ƪf:#sqʘILR'UɰSeTМ?!s|F]KH܁sndbԄ+Ϣheƾ?ɝM"/3ʽ	;ڢCOJ6ҬI0XQDF4|=ٝa6kmJJ25[n(HVTSWYjڈ	0>Jq^vHk٨'[i%O՞W#>xDjPag&+\89Z!E?)Kv	]#m]"Kb E՝_?ԁ3}KfB^3ٽc<[n۸=CgݘژKȌuP6K,fTS}P<P#n7De2%+mɼETìŋAASޡZ$JAӘZ\@ҽ63^Pe"P#R!W̺b?XKml`D01kM"5ƆI\J34HKGY|lq`;4mHTL#<Ed\GzH#w|?jI~N2i2-$j8XUfaDɄKSUpjxlŢdx-ܗj1}YV"Iv@%a&ƀ]ұy8l|UJy+ I zu+q$r{[Ňۚ91+QT]S?xB/"!2?d#ŊFPz2dDuYhc1-BN?)v
B^z1,.Jו	&*SǢ͞}؁{"c`p~zu\.IPA6k	w*'@R}||"CdWSYp)m]<hgp"#c´H[&<Q*S˝{2ӁI13N`ʟf1AXĳm߮9Z[.3`B(VfW(t[;>QϚ6MH%ǉ4AqK(B^ksƍK4)W`Mvec%_2Wۚ|vX+#eB;&HJd%J0@פ#
.#A_I~KE$o%>$+beR5'+_ܠ͜}@߲yّ6gE871ɥqćkcMM5=; nTLoޭ7B۾a܍Odڭ(Nea]^c;,QCt-?̋Zj"lص"6m+Hk5*;LkK1+0G^+L*32E-a5T[ofʧ>:z&#*^5CʬA׎7NƂG_	s}/NLu1;:&'gRLXցB̬EfpL9oدM,CP>ʼ?g>loCx`ԏq4IS5[mx֟%Q2U.Hsȶm9dPXGu܇vvHaҾKXBs?֢h@wP΅{c3u[Ba@+1Az$xC#ȞEp/37Ғ4+RIIý`Tvt,jazAzư"LV7Tz\*˂q>sIE.c5܄`ňmV'>ݨD}٬Ud>S,?i	8AݤDf;%tt7Ht})1@NSp7UQM1Eof/2ѓi5܀K0o]ն~FvtSts$AKD{i}aO˞umQ0$}h?lG0̳X\;ߝLseffւ]޿`3"dƜYӷSܨ<
SC4ϕWk!r?1%PK683и҃$C.ζmPEfkD|.r{4nV8skʛռsš^OA@Cnnۮ~K DϪ4ܹ)+f=KG|"Wd&jβ%{qN˓ò˵.d&ޠvVݕOXwTBqPؘ_}n[/z?h(ͯYw] d>_&
x݌ ry4/Lվc&)Ѭ܊e~_lEd"zxu+iO2DƱr̭;k>\ńi}UA[v^s^RrȗDbbX0Az8RWͷ[h(2CF-@YWٳ
AHwzIؤkQ
rCFxc,UV2cU۪Q[Z=Y<gpz^+yJY:\I-+6_y'٩q4É:iB˙$DdV׉KK}yu0U>9qd&͎jw1v9w'Mlz5vk@TjP4Hو\V#̄awՒƺ2~^m9ْ:e߀.wfY]/UjESKǐ8n|b¢U`
gk&+E@ɯwvj\{ϗԹ!:Xc&X#F64(>Q[~d)k*c0X.CIwD#c_~-̻L++ޮ8fעE?VаFq/7eXWb*;{j1vRIutέαK%İ_I<eL$;-{5oxƉ,-aA?_S3UX`a"%5Ԍ)50HÀf8vJj/FIT%!6܇LƘ.]=aq֭u u,B=i6_Ɇe:aިvQ0w|
I+̓kN%t^qafvƭ9hЮ[7L]>9`R{Ъ\Ə|i~L 5qǘ:9lh#SڅOVJM/*ѫTOċcj/ɜ/,zÏm@>އ+дյ=߭ó@+q'2ĥ]ӿcORVc;W0!Y 0>_ٽD9O)jETԌXGdWPm[ Shxl\2$0քL9 	qzU&)3؂ݺD"Vǣ/,=B}<(пY!"-Tmi[cgDl/msGNJWrtwuH=L&tjs(u<]l,ŇC\"-/ߐIi?H1Uhp p4MDI|za٫ź
U[aqt{S%"EOa	FyB~mcݘ 9y4?$_qw
*.>XQ_{CwrO8ޙld>i"!@//0ZTϐ$>ۙ?;,3%kyR2>I@s8pԓpɸD,0l	)Bja.m\%b2%pc47qS+Ә!{2|gFuʎ!fTn#)Y^44N<RĒU׽vDj|<igAV^ܦڡ9
eBaҢֈvąFKln¸_TӤwY^8a7Xn^Mz|˨8OufC7]\X+K~.жݱY`3J\:
*O`y!2owbz±@RA;@cۉ!<93ѩםۇ_ހJ[ugzB,\x9 ܒ$;u&1s{6qâ$u 9'+In'lʜgo4{9@9l&8/%M*ӍBV66B_z.͖YÅg|ޗhjۮ{Me(E=5&,~$T_LDԲt
._-.W,q??S-j3^ap`76<C[٤3h>ԺSf dg3|:ϰKH}/L$o=hŢŔL`2V2PhSvە2΅)\yhہrץ1DZLt$GaV_ɞґ2#:Ă$ʢəq<)._M~L(4X20AzF_ialc׋UI')}{ы؀s>3;13q%ߥO-2r>i:bإ\6>
o+A	eO)Y7ܤiܤDqaqܼuShVwEM<׵E`aEdWL=_̃7AkE!:O}q83J2ҡڭ(<]fFHJG+|b;5O"hS*5}^yMhyYmm?ؗ݌Γ
\g75ۉ,!sRfağzd~¿ykzoNxӆٵ(ʥ]éÅ*M%{µ/_LY)PdEwmW:ؽrݳ$-zHJKS߷4Qrձ*CtRWrl}XTԓb:l%gBu2e2!z"ף|u61cV_Qє?<b3a?æe:l	 otVCE,2~{шѫ*:|BeY	ݡѪr).u/~M/ @r#3-=vSґLPnOU')ưV8	wbιͲNf+dD.G<@sTKvvRl},~v-a"-PӭRBB:WǞ1LxD)l(;+`FwyYޣ߫HS}nmI`)'q!2q0s.ޟI@Dxwtlc͍/RE|<rI%ݬWiѦ,h915ZEF`E
ho$&0_ZDBq7LLճhCPk/)vPM4:FT@}M@J<8ÜQ{:=ʓ Ӿ%ӆH^L_><YעfO~5:h3JY)
1sѶ!Qײa!h0O_7<uǻYΩM$ǸԢ><g%ed\Ll!\8D%"EYC.o߭Y6dOb3R58E8x$yYl{Pbg!gz]ӹP-mc[о9Gɶ"0( lag-͗j\OxuxfGd&Y(.7X`	՝c̞."15LVu{1eǡorvԹB]xӛTuHٜ*ߡ9#?^#A3U75|T ,eX
jKxȡ9bf
ƓbnJa!GӗR/2gӗFצ
byKҵ J`<Xys	mLVHKܻˆYȚ";-2ӘYyqHOʘ{j'4&t+dX&)`*^3^ӮD39Sko1ٽ%e'%hbbEǮ	0,o5ؗT1\SqN{7IGDY%<zTz1EwQ2"exyKTFV4ߐԖϘI_/BFCVi)/eq#*r7X5,1R=1af^x(Jl,\
L̢L.y*ITDWdiK`oIo	]mLsQީhG]|1ƌf!#ߖpwer-LOYjy-S݊_,G:ўR4\S^حB`$ L4ZVA2|T!X̯vR5ͷ/?,iB#{&]#V|N`VW@BM@{Kz`h
UݾT`[1Bs|f;}	b~jj)C,.{O>UF4;e5iAC	c&n5ވ"UdF8ݰБe+V[Źau-ounɏ.^Rɚ
,o˘?BbޓZ8=TTgµS=P==%>܇J^]]"	ڣBRDW8JWme=J:w%ة}5V#E
D9=x	41$+O's?x~ѳ2$zeh;6/{W	668H	]:5?,rlНԞhӆuP-p®=$/br!ܓ?-<ӆ!lw~ۜIH77b.9ӂ-.2dN/υλN>9iKaqnG$|=?P[Tg)כ#tk<E3n>ϛ|*#GKg	;	W(Djۓ:=zE9_"@5?)&wf?DjZs˺/Zu
:wZFSb	;]کM2 TRO%i0¹$=b&'ct	j4I2G*Q,1	R͝wT~o9O?Gq<zyRd)ʊDp}|?}FsbMQ9|u7voNvtx0~\cRBZ<s0B[=A 'rH]j4sDi1Pc?=ӨjηmQXІQ3P+h~0^$]oʯש;k15fVPp?k#X:)k-~ŕ&Y9QYRPm<=Ȑ.R(+ê z#8 =+$tmȌ5AlkP~ڿ*}!MqBd5.`ݭt@(T$)ywyvțd¡k7-Y#&\):ʴB[KX)|-k'cx*lr\ɉǭ2k|d(|? 8`xs'Mw[ސ(g4l;i}!>n7icC-[F9DЗZȔd2B%ɤ30 ľ-w!DL|gT_Yեs05{ÁdRih_FE).+mKzt4hIp<v8pkļ(d~!7!Qށmێd1+ߦYXp8?z]
Pt~|oWp(ż-_ۆS.}ȹߞ?H9ma".٣tn73c]f#ۅi&W6A@'ӂ9ͲҫAӊU^Ԏo	6>nW֔0GD!e+$OlVDM0%Opr/ųG9U/RO#)"|`܌YhlÍQ>mՅ%T39e9?JW4e&~<3j_qzK>)bԴ8PYq{g@$˱ʰKŞIDabqސZ/Kn?ak/ץL!L¬yg3 ԪѢ<̨ɍ+xv<>$#X1]2ڳ^RgۭWУlA20xgL6Tkl@05OKkERW.ͿԅO	N{74ؐ!;];2|t3'uwOY9hOP!m٨wB 7aluT 3fS:9N3YƱ4M&ڣd$E%O`wp_lU^Gf'oj=w85L}*5/ͻ?OtRLnk8\'HŞ2$3v5NlygL`tl>Kфh4\׭@]bkf$AVrH=҂,ީfRKP}
O:qif-Nm;nBB?DO{KjDRyt"p6Ƹ/
̔@}-%F=J*ُ_rnؽơu" }8
هy@);:'޽&tNשU1|SӤi=>+3u?UJ//d1Δ:&Czc	n8`uctylm#(Ľ>fL,kҰuE>$а*.֩uH@r2c/o_äqI7S+yrxi8Wפy	G`U{U<.9Z[-״'6.pĸ*c#<ϙbӱ9)+$c.&'hR<I3KLMІ"!Ki}~
ъM:.TV47we	]ղE4tSfvؙoϟ&UZ)-fӕJn'-P	R9Q<׉C+"?Ӝ;jpy)ԧ΋l]$6f<Pהwe_1**3\me>uf3P@Gُ=]['[ă/qRzkya~ !0ժA{ńFr'ZHr?2c2S*LݱSrJqb
L/g#L֣P)}Ǩ%mY`Iɠ7{Qع͔ݺ;݊LT kzZӣdBǅ2{0"hƹsOxe7AAMh
oU*K[S,yÍE\d
`׋y;Iï(3_rd=P8m8ƂnvTE\xSbQјB@zT'{q9{)zN'IC4eދ-EAy?xk=wN+Z@V
t0Đph"p9_\a+S؋
S,2",AOLӱ>ˤĊŝwڥ	D-[9{JSGUs'ՃEخHpPy[,W-#|kȷ-0u?6L)ڶ{ǚcJ<Jc(Y2|:ͣ{t-s\KKIs|؁^n¨)ُsOG2I:WÛ~\)QZ"cΗo*)UUC;rv%Qז?}6$k
M/2<Qχpş3۔%ljG<ӫo*UNVʨbgE`!i;Z0>[{2.gޭsCV5% d#flġiRDH[u3<[%7Yjj00!֞o1058B8Dnj+?W1W4_Gzvo}F+hbUcҀ/f?)=X٪3Bv=p	I2#Xк=J#xe>N7)Co ?~̘ܖeC˽'8ً/qw4L3d	x3w5~,Qm@tWlDıpG[оX7E5K}4hh-8MΖL؋ܕw,h|iJQBs8, -;H9R(1J'tؐj=W:ܪgجfӟC^(	rIŅ\ł\q?eR)N)Ƥ)mƼw҅>6Љ)4{Vr;j'ܿ2F_S`(BT46KeE)N.977/dE6{ʾBr{HaP^tj8	'j͏݀KS=5v`Xܪ+-^
_3)6PT&ů}vHTl4v܏[orӵSA:bZ	w~ߛpz'#b1Vf<gl1$&
nl}U\a,7J(o%?Lito),D,8w^abQs4|y(tېʶ۴EBEAӶzOBzmkG:8ndqz_88saȘ}#"D34N=н Ź"vz,Grȸ#
>IɁԏ-yrO^	e1ncLolK4^ t=ptn,C,w΂TpoX-ţb+ͳé˴s?P_ƈns$9.,*D%0\i'<AЁ+uDnnQڜR0LT"Ѯ4[dǩ.yPŷ 0"o}G"G5cߔɩIFCr\V;׸Vyc1LT޽6b}qE΃"ظKD!:S0m:LƖDޢ>ؙ4shJ$bR+(Hv:STs0L(^jHtܭ}@?קrox2B$Tl?_TR:y>yW;'vXX'(,0]$B?yӶ%Az2uTu-fD2]t\]F}kKC/=d-j 1'kvJwaIc4dI[lQ^*Xk'klXoCSH4/^_C;Y84QQJ&uEټ|;NJW*/Abtv^iSOOhBa8ьҹo	Fe;oPCg!Ȧȉ)9΃5HCJ V48
̫M$	#Π3SƂ&QO/+LdpV\CNuZocAnZ(qktޒ[0Cdg7I	ɻF:T?'ئ)sa)ҷHF̳ݭQܣ!َ?)ӕAΔBgonFQN39;p&8%w]e]ژʛ>tEv/ZRd) jZX$Jj{yJxGn.iK}_<85cg<z't8?Ђ_R|&S^giΐ8bP:TgM{Wqgķݨx~*|@tp$ExA,DP_ۑe?)b.k2d7JC}cqͼd.BtS9^O(*
#'[]MvµF0HG܏)"p&+wIjf#J{@S:q%7qT2$̴ @şŦ/U[QCUnz@V^~V.۟abYaC1?u|eĶ4VL[8X"myy#0EZBV)ʃhԙrڠR߽Kkw}m;?Z? qȧ{vY ?Am-Dao=hUZ9;c[UMs9p]u\H3g;"ѻ@\	8ݑvX0rwt޶q	.Br.kn'oAKjAa6:ˤnb7@QHYuHԂmvJ@xf39nI-PsL:ZXj	x@1y(I8nCb>XŽ<u"iCyϭeޘ9<A[z]\r[P%$xr8CZ>q"znEz8g-RWp7hp[f.'F*i^,FpK1"1=|[>GJθPwЅ۠{w[K<ŊʠiD̩dʀ@6VSS'?&ѮۙޅAЍKHX3<(
pU"BԜPN\(ש{Q_)Гefg@|391Sug[P$_9\A8.~>RQ
`ɖ=ڌlЉNe_&F	uk	ne(fvoN0DϱLyz֨N }"Z}w-Pxes<Ѳ@:L( 'vd(Nëu'n߇RȚJyUItM5kJkl!rbXdտрBS{$'G£eH3}ۀwլ=wD+!oMNK#b˧`('gۣ>Tq'5	Cu;)kWaB|_aiFj1ˠk^_Cbe?f,ԝ$ĽTyߑF<M{.hkv{_=<(̥I$EǠ0%F Fxi+X#+{I-#ةJOЈԓDػRQ>9"dTH(ջL8lM@,A#4+/G)FDcXYTOM2"ft!bhʰQNJ:WeGCEc",i(3^X4Ř}H~C*cB)b2ޒ|&|c.u
ǲPO|NN`'hRw'UNZ;
үF.	?"G;ICAګydUX%/Ӛ½c<dٮې`œ9/6/#h{,z2x׃we;1 (	m˼_5A8@"rl-$Q!(X٘|BܼUxF IޚWOK:Ӊ9>iU3)D9z3 ͳO"\͎G"e2~Mڲ'>RRˋqBCxo'29ͣdPW/BԦ:0lJ/AiJ?iʭ5MLJ!Y*qR<,oUʴW=3{X&$ҧ,
m3DX#%5sILI|cŇsfs1]S#@T7lk~V]?u_wur<!NnK";sb9͵P`\)<ɽfZ[p[`,j#[7`5=+H2LS7G\_Azݮg5ZMPBW%)Gm9;!.6܋u&gr^8;\9ѱ?<aҹ/#]RN#oYXjZ57hwRѻ66(;VOk>R+0-*{vXn^F8bF8sOOJނٕA`iFIW5ZqO@Ua#>GR_w.!}$26oTm62}B1lH$*sK3 dJ<yU?CEkJj}ߞ&lPs̨|'PlGB3UηF37sLJȏ|vR? 2bw>bMSkqDֻm3
BX1DJވі[cDWvfuDY3 =6>Tzs*N$ޕb>hr3QRǺb
c_$mCS>2VZP 8R@Wy-Wrkm>"5~ˬ6|Ύ˾vnjӬ|:mG#"QB"ԠfpR6dC=ȬL! fE^-;2I<:a hȯXMk'vAҝUĘQ~Ȏ`ђȶef=am
ǲ[Q~5%=I՞:)5TZ:,Uv,Ǡh/O@9&&r%șrH:t\8ߒq5®8x_inU"8-k?dީ
!9$&~N.L5>.c+n`T6Uł^l"a]t\TϯWAL(YDlюJf{wv*ZQx+ӻ^P-ilH8"l7ʻovi+jbԔs2dεˆ5Qغ'97Ͼ&@Iq$Agt݇F'oEɘMfIZ,PĒ]i5ǧHbyc͙>$˲6MXLGcƝ<9nT:#жl]|;k	̱TS8h@&Q7?aCԔ<e)@5+V4xGL.A&Nc.o>Kl"ӓiɍ6X8GLUwdz	 ,f^TTNr/V7J"L'vl,|y5AU\@XQXLPHu4@qw0`̦hC_oG[Ĭ`QCpqr!(rɻk_:Æ(=@I)1߲ˬjo4"ӃPR	;g"Iğhչc\dxLxR`{9ш7L7ΐc/1ZShJӴ8Tn8jx۶rL;f};lPOŭ>ji8A:rMPlKf$f5SΈ1
}Z?WS!O`;x1
s~*hݍ+p<OH~+J}ٻdnN`dao7HRҖ>eeH*=sUzÈ-wL{[ЬؖB]ѽmpSLBt@99wL%-_@إdq 1S'O8x95aiD`LXȜy4X9;'nAx^

`mPdϧ4͓ڜo@D<9J{eQvcD"F:huUy<źJa{bʃg2@Y/kLZm ղe_sW4'q~KL7oA!j͏0Q:FIG_'O8O%8?nlY9PMFi
Ry=0Q`DB"پG@bJV@y!(8ш`<EfW@ԝv%ةpP(8oAkׁB@9TD&
Ж[[7N٤qpUZi,Oؒ;PAnS$67]_RLv2vu3f>Vʃ޶c$[HK6/b[Krƕ֛CܹQ>	m^(qV_dP_>MOhߙɗ1ƧާoNէ/uԎKe6̊N(F¾d"l5!ehua7jtQΟZ'A̿# 4"#DyA`{D.CUcGp'x͋a/\@/w;ܴ<zoPÁsƺJS`hYy#m&)qV_Ͻ	V@j؂1xn}YZy3<S/0O6{^"IL^Pi$˾DՓ][4HT Ƕzg=yMPGm4\.Kw0)=@]0$+`"8`
NYvwm:~ؘ?/J\ΰZ+30-3v\PR7ޣJ,w*R|cV]wauqk5@fF]pJiv	Bjx)7x^W¼wxD\\l=L	"8kԃ^hB.H/IQJ]/Ub,b	ZNѼ
kʁ#x=*<Č&EV.N<۞/ufLJLyIѕ/M`}c?dbF]j\A(9R1ΣoQ˱ܱYSdΤslӖwCBU31"\#2]PJ5K8emDnapNxkmͻv6\}͔mw].	ρP֦8܆ko0΄XCb+l<(<pYG{XkͣL@;Em^>8="!,ݵkt]&coWV.s h4mG}ֶ*?͏C=υeLWA)Q<vN$?MJ^Kc$yީɚx^dk؟{^^d}w$s`
7mɤ%k`Z]g2t+ǰDcB\w)]ju{J/Uڅ-3fK59pRsԼLlكJ1Q/N/587e+Ūn߰Jb)NP*]Y^tu%r/}7pYD@ތ;w 	g3>K\Xڞ^e"O#9ysIwUg̸w^uݥ;Ÿ/r-_ʪެʫ(~i#Gn"MGK.I'@{S,QLEH{~R$1?r+*&Ȧ!;/WiޕW3TF"*{0Ҧޠ6A-_#&i,	òՄ-]$~gCw5:0SSs+O-CևZZ#-d$KMF0ciyFV:
`&դX}|$VEJ8`o9=xV'`͉-Bz7{2>Jpvp5\ùKԦT^[#V;RqGQ$n'té+!i+v~,#q+!w{k/!Os=k33ۘS)y<!UWv*XIȇJE@̈́ +63;jݨ	;[>>&ӥzft.b.۬<T[ɵK!=K'JuvIоtMO
`Y\a73e6!F۶{cOuW*ϒV:Of#=zfXh:3(Pffuޓ9!a`c*u%9_G)`>,:,܇
\@^l>o*JAF*nj<ޅ˶h+r\̣Ƃ09W;5'~-D,|1
چE4|e\
̓DBzN8xVÁjW.Pԣ*y!nTޭ@na'&s)Ζ[8l$NtG*ј82
\/y¿eSo̜
|)TyAV-clߤѸӜ"ѐx~;8jЍ'`UW6{1Y]VhWA߹QJX[ۇ8nw6R?]ÿftޤȰ̿;is	e8b=HW|Bڸ-le|E>6d7ŭ-*)bW3]>wT:$b}v@ K4i`kaQ݃F°arϟ3Dׁðw?ہjt?`l^,<ӊY͡\&3i@M!rыb_aQ-JR4wC?AqMG6ˆr=@lsj]ڈn3 *hmii0>r~G K6ҩ$"*@j|Xqm؍iG,ֶcJɔהhy%~x8gJȖ{=˝˗VE<1)3ʐX-E*|Q1Y=tgKs 9"%4(s54:Nݜ:0l @p:/M>Լ'rx	pf</QWV<:UɆl:;yj#9RCeAfȽ<]Cirdj@lmLK]m H)I·@ߧ$,ջE_)NjHEUQw̦AΣJrMV>dh~pU5yh%]Vc_\3DŮooZ>R2[hv1uތAK;NPu'ei|U.?j?l5)_˫AؼHOUݲިg\+
V8ܖWFŗ?;'[ŧݨ}۫ssT,jy9uֲd[Nk,!Fȑ>glY	mnYvNn[[~Ĥpćy7{!)C(8zj|Pd^^bq.T..-RH!td׌@\a#D!ZSBlbʂDT5ÃL "w;=Vs	kmj26	ΗYrfp͞wD.~C,WRvī;/<7XYqa{ }h4ٗr3^uE!Tҷ{W*/~E}D'hFm8#.i5JE\gz!΋QxԵH-͜9q-nz]\F5&3dN9+pcȞa܎6=CQ&tѦW<&GzQEak_ΡNZ)q
!ǝt֕3bw͝uFZM/ҏ,r'	@j3Lkuŕp,w5mJg(kV1/xݥu/J#c'B6cj}mvdLCl×!b:a.ҎPJ=cޓ\&<s0l#&#%ֳt;<h+Dq~Dq)#d?OeۅΑ\=IU~;1Jb1wŉ5%`!Pݰ>?}^ol,~`Cg,pH߹!_XڇXӧ	j9Y->.t(-
LiѰ<?|ܻW>:M,I?%(^?̈́ڶ@hL)VSDIP=sǧwS	ٹP&lpRca^>+Y/CLڣ#R+	)Ьab7XRǳL&T(ti7+f|I{rS[/M<EU=7Ek;"Xp!]2κ'Azf!6`{5c=HV	ͦH:fM:7-ѻ;.S?c!ةҌc.µw6h(UX]տ:3)̖Ekwa<]``:6

 -x5͉,ȇȶٚi5ZȨ[Rg#Tg;gޜR"Z&D>f']9!'ǭ\Ӑ.9ߩ2NNu8ҵ>>!<|%TߘD[:StX6vWx
:>1VЫolxQ&)gT֓ڽMr1AVW=(CiŖݙxgщKHX}p_MghpcFޒvkoFJWoxRqh\ݬڧ*7qG2>0QBy+/с]uU6G<R	ݝ|'yBπ%%b9]s=rͣ_&DjʒtBַO0bS21.vp2ݒL,~f8ɧSR[L<'̸$'[u(H&16BMYSZ֐)Wj;;j}5Yv:u3ŹGR0ƴq7!dq.c{8N]i׻.ıla[+	s/'adL<[4^7^HNғ*`c\-ckyyY=t-CtEL2W?
ij)$d7Âˎ-e>FmfXk<.ϴǪ5יvٸ:FtGh(Aѳ5CK28v*ߎyAf)nАaDͿ!bajo[A1ϤPHұtOŋa
[O-Yh9ͱפiKl$D{Q{#jw1F
?Hǡ*o҉w|gLuyXڪ)̩Ҳl]aʎa)wņ1Ύ԰K#۝@v-Aj)y|.'FGrz0J!SM0OlϏ2;P؀wD_jG[ewTtՃ`0ʍj16kNқ"ۗ,>ew1ũ:2ZW%aY,HȤJ+R,ΘװP\үɚ(.{X!;Sǐ&J|M\ca'xC-U*eҤ}yHow,_]YW#)^H	ˊvRXY2Hhj̭fNeI-qk$UgtacNpssrI~2)IHju^;fΙ=iϭj9նIX֢Bp8A&Ҥ"y_I)N!ܖ[$H;ѪZl)gɏ=ϗ?+ЭA=ʔ[[ɩ4qүԬ5($WAP\Ƅ
2{vMY]d19(A0K~S3vg!Gԫ-Drp r@*J>wBܰ](KM,?u<YM1,ªNXCY{8z6wrohݓ
&:L2є_xGpۋMZR9AOy7J_iʅՅhtu$^kg/$[yȩ4[Dۋu_ѡ/z@LW{Hykg@~G;Ux4ْ}'΂˧׺f6kD}#C/Ip-pHNFG1XY2#	?L
)O\~EMSTcL3#,F|uz%`Ap\պ/j=}*yc=`n^HJ8Ϣpτ1YCX%U@Kj+'sFIju(&Մ=@dQeT|}kͣ	1}yÄ]HFIgԡZU+g/H	u"K:.U'21<+ONJYg7װ)sG-\;g_͊^8cٺHװUЀkMϕ;}BH:rs_dk1HjQJDKIډ:/SBjIOØPMMuj"'i*FQ00o.!{Tڀ=#s9¯/Ke7-)Ҝ7FPK90oAe%*)ذypRVXwC:Zfm+8=֢g%]؆w4Vlkӑab+,Ch42ltԖV$,g~/xټ2zJؗs.lDUR;)0t.>Y2nږ,i^3g},)x>XUsZ))xAj1KoqwZBHy,kCc^)mǋjLsP$V^ŕϷ5֛Ѫ Dq-_6+Рtkե7Fem%g`L`?SJ;ͯDtC&Mle5eG6~C#n˴wDNwn(D1ߏNbIbM^8̂$W˅kG,<ۥ!5/K0AY3~	զ/i7Л̯FڼSUIֈVAWwdSv["UHF7E'HZ=|oFeDS&--<4>`<6qI4Og@;]CgR:5ծrN|äŊ	csw(KexU	"˲ʬ:1?+M3?ordvpM۔z}}|ey`-̰3ȫ0x;#Ž049IbJ˵}&y4_$~H4#|c>A#Z:d=#}~QΖUtڌ0]lJ0eMlhYk)/ֹ;-ABf3A*Զ޿F{μ1%*L4܄{Nz
׫~J?lbe*lwE܆9c}+ĵ!wxnbJ9q>èc݊'!/ǡOZSR{c7zNvF	:6c,F;YaR=KJf[3ޛH5`#-1;q`VӏIdncȶeRJk	߄&7hqty0&Bé"X$}vIb%am%S1;G*#JTOJ˖jsE,ԩ@8	ɋԠi$oѴU&7]А#+4|0|ZT#Ho?i	B1uG)OR1(NȠVCйCfu.4NJ]goA.D٪Lَҍi9/ɸ<UTII'Sk>vods6kRxjt)_vQܵyB)Dۻ=r+s,{"SPaYZ{	/;h)ITz'kү^;f,TM*
AT9e٧D"ҩHKMr^޼f	FH:0oxX2WdbYALO~ѹPMĒzfy._3.}n%FP4:C-Ę;?tǢ֘%Q%'YIwmXrn_`G/DLјUɺpy=DCV#]]UfHNIΙM=64HЯL-n';<x$ݺ985&LEâQbc>,RZ-r)>!OI 0^RےgԮjf-'Wu?Bf}:C=&;i`%!i_BV=ĀsܟUturc4:d,,gQ**h4;UIм[+REIZ$v5YB@9 ,ҚP'u;)f	,UR>Dc0	A!ԧqtx-;hVpWr02pme$t"]
HÀŽYM4$1P;Ö%1DkMVnɬ2U^ޅccd/7?BuNaOѾ$yاя]I'::\D4'9!\2C=}s'l#:s7>z
a@+?$;ov?9Q5<*&g5L9ެեNhV#̌9uk)xc,_q_wGG0^iOQEֳҘnƎ|j*/K0cC[up=>d1x_;J4Eu
ɉψhZ
Avt=Jv^#Ќ08݇GxƗֻV]n>z͟/jz>[l\Y^KՓ&|Rl%H5#b'DWybSſy\B۝],0WWx(ߔ Db,vVrnQ$ֱ	
H>7MJ;}tڃئ̇5jΨ`A=8JKaԍb1Uѩ۠]<En]݊8֋ݑ|7<!.+562["]j.8~ڂ%$?2f؆Ӟ0C=
]DP-ֲK.F9ִ@mtރ}"xbSJ})}TN=JZJȅ2ҔǦmL#N8o?&E+~x\ۆ4SVDcȭ?gƣeеB/cȺ7L[$bGFj	6F6
e-L/!,0 	.?ePjE*שjg,,؈ YDݙC;f?@qÇ\cr:A"{snғa~<Zz8Tn"ŅYz>pw{ю"Q:NIil5P[B!m;i)udg	;/ڽ3Ǡz7xм
wՅԑ|f]}6Y[/`x9g6J1})ŝw	g,Pkƥ)Iߙ}+69ivOjWrG26,@NK~JXH>Z7^YкTg_m/R*CiK|	hnK#Vk2.g^@+0q8΍n.u3v9OBj`\:XZ}Jxxe<nmNܵ1?xHlmK:c&4ܜd\.|SOAChR`΁lοܻjYDcl),u=;	Iv8ύˡBUU{TЏXMxͷIHZE
y|
Qv}9Ќ0̉Ox#yҌN׭ɚ^Eʐ.\&(a:^ɢk(PhХfbzϏ:cZ>pŚ/mrEt,z~3K0]]÷gܦHNKn(*\/[ǭg½4UKbcxT w}l$6=éߜ"u>U;@7J16ۃnsk&!+`RӼۭ$QHȋ3XN^eǤkB̕X	3چ/c2Wʔ[aPOYii;SlU}I5DXu	݇	K/C֋$		
^ۨeFt_)(ST+?X`ƣ}~=-mh΋ĉ;G(}Nشdg2eik~8NvAatLӔ,-τβ45)yǍ&o&w TH'jT::ߍH\	NR8w
lC՟.xCKЍCK0ߑ:UXZEHE	]ndOzTJ܃ځSHqɔupw]I=Q\4V]LIy߳,2BV E2j?
[LZ/{_1l%Ȯ+=v?evv2q3vܴ\Hakt!7ƣ2pTmthwѲe"IX߬;Op"W4BxΪjgJ;lS֤D@j]OPMmLkws!Ӛ܅c"}.χt6(_Q˾*ޟ{7ZT̵UA&|oV1~Radϳ0{Rj0b%cy݁"VKw{!ijWAEͅ!T(7,W%nXζ)I,G*fPq'ł#NS>o[WҨqH+n-ă?#)՝gMi4\ EGoѨsk0v~@prFzYյBց*-1v&w'p_ϸ҆GVTUEX. }U0RNٟݟъ*}0E}a]qDJF(z9٤;!BP,hZǮ^[`>\tj5VvlR&c.P;OB"ɘ˽˷Ӷ^|v\ZDc.34*|~ 'hO'}څQ_4H݀5Ӯj~'޻ν͠PVSwU0	&?:7Ldt?%]K׀ij`kNת!	xgԛHel"и#}V.sT_7ZDK77\p|9Z_+~v:$_C-@L;7~iתBXx	$aܶ5a-fCjޮjF;U#Ow?xx3VF9#Ќ&F	u]pQN>QߐΦ6,rբa9gtd9wa`,-KJ@H\B1[W5Ͻ%}V3<zM"TH9`DR;lrɿH|:DY^n\ۑc,_bs]_U8kʣυG,b}Gu9>VaYOՔ\)VwgH.YzL/ܿ&Cԍ´Nc!?#}:yIyyOfߠQN~ޑp)>LOO¹T]9;l3%<߄DlЀvA2=l!gʸv~8˺UC5/gƈm*G9/A0BǪRrH>ߖ_b'Cғ{:ɡR-	QZ_`DkK3cDX?ʟB <!^ fpĳqpȏ^ɵqRӡkl${y5-H9?IY>^0Xq'T]Xζ lFA>m3U٭,^?=!)!xl!t8?f>-{?\n+<Y8'rmq]p};$6a|+lQ.6,*jFi'A07q>(myrY"Byνa"mr3ՀPm
( r`OO y@RZ-ywCp9<֝T}6:=Xѕɱ_BCј47`1Ѥ^2Ж*	[]A[#Nqpqв|+/ZةΫaԁ^ŰYľ;ފdԨlejr+yϒa<OKXb`Q0- 4}6ZwXʻYgȹ.\~md:A	-H.%j]q*ݺuǧH%Vw]*Dslؤuragtq]7@CrR\eu{d0
C^Jף(}q)+ĺp]p#c5*[ԙ$`óʢΎM nFn}"}
TGYOBмXٗtNɤeZΤ֐<ש=ΩK/b^([;q=>!;̈́mM(mI$I'(5:ж= ءNro..i'c,QH,Q̝CqР|փcZ=O/49'yآKb(,	2Z"I(;-M
rǭ1 aGfad|h=Q)zP(JрiHeDcY͟@׀31KUU(őEkf=ޗq&׉;3#h	QM{jD=cgzw$:2Ƣg$Wx%GQ\5ծ|g=}MMb{J?X]mb7LNl՚DrW@!)'(A{	ׯø*)ݵ/F!jQqCӔ,Qp/ͳ'O9ٖ>-1!*h	@eW27xAIN6Kҙ7jGUqm d]'~֙ _=?MZ4>
:Jĵ<c ]Y"r
 E~>Lˈ38yΥޑZ[˘60r$	Gc.:4
r.^ɶ9+$ڂxOMXR?*TAûM-˥)0D<hdD ,}Sv3ނ=1ڱ~1y	jY26F_g	/ņ `Bw.iEsɳkۗXէ$pDK,'P .ևM{)	1eg.ʰ0:ˮ#ޡ0nb8#hM l?aa1Z+s+>ǫTY1jr|٧EaǺrGwjoD@8\$&jJwpNfj3ƷPp"rނ~(=wZj(,
%>k%'Ew=[_Zcw0a/Ա*ߘJ)N:sҝNbܠ$ͳT*PUģv@BgS>Gk#LЊ=d\svц´ĞUgsNܪ|ȵib
pPuE^D12]1rƏ}Q&ҝC2#Y6+mI3ǷLMQ¯_8-L[VQ&nZ]goj+m%`Ւ7})_Y&=Ƣ[Z8*d# &Lzu_G,1uV K9X`Y?zA&!ҁr.xSx$ƙ?GG9l_]98Tk,E\Mɗ qn:zrE.FHϛsGQ[;q'%15ba Y^>7J{gf|I
1uͫGT>kóX.a-6ܑhEe̮:y%ikq4ݔ9bάWc*oibJr!{eYYDx`vө#ѽ|.Ĉw܌yNea{!.MIvQZOӲ]\uec8,DOJUE߸`v;ѪީI\Ï&ɨنl	q+)hJ/w͞0ف7ަ6ո\ݔӅ{b#)XY*{_VآΤi+:zERWA.Kljv(J]XP33?;X!ݻbЮCM`36tU*$t*]u\d{T115HAٮHNұGSakt6 [oT5܌:}pmf3Êer=}8tѯ?#d;Ϲ!9A[ݿ\V
X?4x۵CdԽ?	D8$ؓoTB:]ٶ:?kB6P&ţ!wIMnyRv!y%Ck,OsK1{vs_zN۩&"Ol14;ʁgJΣм:[PQCvХdZ/(%oôߜj7\cdUpT>Rce԰4zԤ	^G~VYĻW>D[P!`֭9QY	< 1I=#]U:vn:ݰc?a"Ӧ0NU_c.2YaynІfjAU0BbZ1Fm˪e/ՇXSPn%	}Z7aH	E]M×K3v|M-91gN֦tzf*\hZoFcҥ$-&yVمql#-AG5%]+ʄ/'q6S5xެqћƓK5x:E{j}0Ƴ.ʀ[>ya$ģ"/.2.Gs$'LzqV/2*zŹu˃TZ=aH4JUοN|_'ڛH7
ŒÞq#<̚@ի2LڋZ4i3 K,y#VjL01Jv0wb9uk]5BVߌ͔qŶPIй(ʪUA\.{r<iJ5XwWCԫD$6t,8&қE&rf~`mY7N"u6V#SBL3β1hmU"_E_EylļnI9whu_V3vNALʒ˗ղ61TsX,C]c;iClZ{y׿йY;@N`;b9Cc\C\)o-˝i_ukɎMVȍ`ѝ
!4ڠ^ʎAorN[ ژMv	̷
0ü=&:\*`hԫR'։d=[4a2YCyj.VMKʉ6D^r+MȌNmژď&t(QMp[c?l(xBTϛ`m-NKڟjq<sJQռЮ*ސ'Yӊ7i(]w>'&&D^:im(%rztg{ɼB3rhʲF.-
BY0 hsO_(Ӈ}w	46$^GBяfhć0qZ*[LwS|dQQ4!NAO.u!{$3	/ʈ΋:PmnHۿ69ǩU
Ɠt*Ըm{]-dl^0V!]NzG )//,9qo0̌P(AgC]'uًiҰ٨4YLۏ	fgޱ'.'o7j55BEQ_خhY٬
g̳=j~42l?%+|`:{Jo|	f]	g<FUL1hȲ!Bf*@DI:D˛\)ɿ|*m2?g,(Fs*.1ރ0YYi,-u݁Vr{aڟ<лJT`ǭ~Kpr;ږ,E8dw/ʣ|X)\KlbMu/JǺ'Z͗\kuH?mnn]21mZ>rB]m!3k[2g'J8<ҩJ}uL
2ճκhW#""w%edoU5>|d VtdanǊ'kͫtC0v2Տfjp&/|juP;%+47*/؅t/*4eQBǙۛGi)qW4Xym:qѡ>s1KAk٩\+۲xfZ@ЏK79Sή7LüAM}J?Le^djznV/	Я\\̳'X_e|j6Y&HX2dA+4S{H<^DC:m Ç*\G̯9āP:Ci}G\2.>W[~ĄNєa]\d?%wGֹb+O}(,*e%SBCV/Aq3yLhKw-ո<ʘdy{
=NCv^-٘;{Ǡ=GYӍ`	lD`r=Hp@Ƶǖ=n'\Ɛd[9p]h#a^~N4kp&qhͅIpY{M8ݴɌw>|gwH#j	paLn'wCqıxY`|XŻK*P/.Ԡ!m X-$AH]lG,y	1"a
81]]/n'"[<e0H|\^6.Df$˙1{=l)зϣbmԫ	QѫBt7Mk\p%kըOϩǱpUF"["C`ygOܦuVŝ~`$uP8j_Jђqehn(Jh	2wOњ)C\g_u5"<F~ CnϽdaUlbQ̃^G+4wjWBP KS}!bb+Y!jv4Ռ#?bљKݸ0.Z5d1{`S^eџ'QIqpق(ɸ̰FCa;4W,QH|eOk3ɔHpmW݌idSXl/K&?7q?T @OaϟרS޿I*.>rj(	F|`1vj1VRҐD6oĞ=׽fԯyxMIpڊ{>@͙{`U:(Uθڜ2ś:D-XجܝBWj]9;ec̭]I*b2,]F\F+fJ3Yly`?iO
7KoߙbZmߚzz[)+69#F"cqH=ڬuZݞSZpÛ[
`qZBsg	?]+AY;n	ŠPUonl@u:4Oš_\'1|<R%Kl$cԬy1gEQƵ{Fm70GShκ^WG:,sǪ9fe(E#ƛ4W'=tDyW|[eèiOβUrGeXtXN`UXKιL":u?6-N̢+_$8So	vGЮ5kF8 6hp]GgTtL	mb̸1Pn:·КRɟGӼ*g0C~##ݶK`x/me8y^ٌDDa
8suC&?DB'uk_h2opg673\"¦Zf2v!o%?L2wڇJ!&ؾ8f#YʃLZ25mљ*utMq{B4!K^f~]rxZřњ3kXPÛS8k4LM:Bˎoct0Gv'Hm
A0AɖQmyq)Lױov5?Ǒ\tn//7S1)fi~aU yr R>z5%:H*8:9d׃ :Â!)W%TsX:gYrQb3i\fm.v"cc{"M6dוwXfY	&",߈vt8ޗlh#[UpFͲ٪>DƼ'gEysf@iZFL> ]wLySqT(yGRgϴ)X>J*ZpAٳ^Gu֪KEud5=e1˷&CD[ǉ>˷@xY1KsdewJ)6Ce-;wȢ[kpYʹϫԠT/q"QV66\+/K`5+Kѫ;pt'?+:oKݠ8wڂ/JiKۉt)=@ѳОj.ƚLĳw4~:M|eDwʶS,ueGe1>Ģ~%wOc;U~>~Gg1@@q0Gkr,/%wEʟDBN\ϱ^OZPUHKuP<VC7yڥE͕bYiaGao*nU7\~)g|ö` }qH,u!wu-ͪm@Na_Vw81>}d	v970љo7W=eZqq+r(QyOvfHLXAHv("f<wu̲0ů5/|M >:+2
>k@4y&O`Ӷ"2_Mٕۧ<"tU?_	[ymQ9.@1Կ%ˊc}.b;/2?qruk@ʂ(Ŷ[CыEt̬,{j_c_aL.)
ܲ-]Y)l)y<HրM>AMֲe	W{ (UG&3s#$N..h֚yqmϖRJxPh*vV/|ZAb%5kwh?h]K@EgPU#m*&ڵ=Xغ=+"٭78({|~Vsp
֞U!:Ypi`Dh¬b<ΚM
k~8=-ewЁK8oUBx,%}Hiޑ`N؛N55Ф87Ն7SA&nY.[	h[GЕ`'Aݝqۇ0(xٻr
1LS+ZוQ8[HR2/6H֞A׿Ա#gWG,H	SIU`Xe|*	œޚ]îlta99GbV0MMy)jT$ՇFllid#e>jmd5^~tcpzpZ!}jYK{[vx,}߄z,2sBIU7o@l?H!7RNP][QŸ):Ki /3(^o,%^{b}'`,P;EQ!pAͣxH*5A9mb|nV+)f]}/Ԍoξ&xќ&_R&o`rݷ<hu4=
u݄3}:X{"~*"]`g)Vlp^HKU+[mX~IKO:?<-̯yo̭&Pk#0<7fƜ7Xü(.jҲ2(H7Ԉ"بܚjŐ\4ECS?[m}}%SoJwةfSH6czUʰǜʦ:GBX?V7Ԏ`å̴P^''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25007)))
