import brotli
n=a=0;b=1
for c in r'''DTo.Z۠xZ}oFU`tj"<|/|Ϳ܈
α]fJqz;;zQbFgɺ7Q@Iin;]D2ͻ_2qqX_E(uH_gQ<тCP\_}ۥ[;}|WJTiתQsD;Ώs4l5oОFu6$/~d"mDZR.2E{7<eD%ՋPɟKgE-;3ފgUzȊG>%=)BRşό]MO""zTʑ:$]vTչ&;H`F?Gu*eW;cSq5V_ =9~z0W-ǚvڇ?Ōq)Kzlll?O	όq,DwGqF*ޟ:ϊ׸wŒ<@g*M֝kh7)־Fj8E_NMnLJơ|{t>h5/lYI(͞V?-8߭{^	a3mPyGDd/4w|%ߢ!-)͸Zt'xίÌXEZKy>m׿Hs[(}gXT%Q¹Z(C1\҄].%Jيɱy`ɥA˃IYԇx8<&A5Y]!~8z,94=rTCpPJ"m1A>,R;ԝ/A(P;iɣORf{O{߱)2)!SVN=Jq#k<`P(f!ſFߣHkYhxĩtYdAc,)R+NXWâ	?1i0(Z΅bozb/fBi7jIxñt_a!0DJ"*J4Ĝ5^!u5*`Rޗtv1~4 NE҈bx_pǦFۈM/t'N#,te
>Iten4qXpjŞͫ|#tb͞/p.ѼD}gxse*=+y+04m5ѳ؍H&~8zzVK-2v2=S<?w=ʶQܒV/D3ѷ7i	ڏ|XpqR{2d+H͗}+t%<j*5ej:(Q=&eo^4!(2xl(ltڿTM9b׶ԙBȜ3`pyZCph?/Ԉk"e\aI9X+Sl%"!`|gVfcFCe?Ȍ=VP_Bt+hbZ39Ņ>CΏ>5h)X,og7f':g۠p[̼(&?]"o-rQFփL>nбzOL^=ݼڨ0)ܑlϼЫi]+'J}*u!e\ʓ'IYZ׽$TQ={oڣXiN!T-+ELi+n42uH$ףp2*4ÆyA}YKM[AsxmۊuT Icȹ?uփAӅ8E>U:g`0 ΙeAfJq.mQ`N*=t	b{{V1A@5afc0։*]%<rױJ!,nƼ(^]Ӏ!Qy3M7%Ƶ@o@{7Ó˗ȧSl|ʴ|.;˩_7?Ho|~hα-y$gց4$YϷZ5QԪh*
@*[: |~-YK՞,JѨlFwpZ_jrVn#U/ǍSֶ`?^ýib)vpyވˆL%1@Rz
FDIz=ɂw؊c2*ìOL3@1Vɦܹ!93pRjcNeYRǮjvzUZytN=.f kFBjcD\khcY1c4*#$gigy^0CdX׺#uMCr̶(Emh_QjeCsuëȬB#Df,\#h.0;د޼ʓ0<UإҢ'bm,xI-^ǽ\͇'q@h[ُ<Gp<VD+	Sϵ[$?l~?#ȅyݨZP"Ǳ-ܿK#N*k'UjUߵBjG)	9XY^ [(ҞܫɓѡR, ;)L}.bT}s-D+[A	jTѩ@U4'<'074N^AקD7BZb0eԷذitZ!RgFŐfXYyNV.bfJљ$^,L0E9`ɟdIHDn`X(Љ15mɏ̫sG%'sqYբ#= t8]ArUNМ|naE,7hISv,B	QGO(CAT,7lK[k@3^,<6"}ݻ̝d̷hɺQ$MIvݮr22dC`v;ӝ\Uй!{BW	O~;͒މ?+qS,yr@Buߊ&Cjh?Te, "ޙ("Q3P߶p6Ǻd\(I/-;ڮ+JNKIy!t[{+£.RFE߾9$3vXoț_jҫ.ުEٵ%ttq\ΐi}Str6ƸSaaZA!:=_%[s#:Ag+ѢߙbʥZW5Rr)paL۴ubtyYl,>5/Nq/X\ݮ+M>XV_bN8%c':@8>05>kfeo/4o @WrQB"[fCӐze+:]R|Us#Aoܧ>IƑdӟūŞH˸;9T#}<=7A1ۊ
óӕ ؘ@.D$7U}EaVh8~_h*]bϋݓT,MS==24U˚ .2:aTӛaCD	L*D]82",ޏ~&֬Fǧ@/oDZklB,G;>~vAThԫ@^}vs*)Θ"i"	+Yn(>yGchiWFxfiY>*Յw3؞ŬĪ ki'ܖ+G_
+
Iڣz@۹?Wn^ȿ|Qrg[2tqJq[1EYTFo2q͏դHA^k$۶?x9|߲j1Akg)~R%2nc;X<JDnÓ۲M)h#j%RwLbޘߎCiYЮ(Cr:j$2N
lbU	P?n#':вc܃Lts+!Ӛ\V
+ޔB\9&`Ob3xmҎ\Yys	# ;-Vt/;,0e%-<\Zgz'AQkKCjJJܾ|ߗ4B5ʓ¨xBQ$h9Eݩ8,9;IpBsUǒ,Q^bTd§#̏L*5jl]Lb!8{DA"F'VH_eVb5A+$]scBbVȋ
Kf!Yh14cJX\(k5kfΓ	[A؎/BT+zr!re$Aǀ~ٻCAXo'ܾKa.^&nyN_\ݭZsYt&VMLKS(ny|0qНc,^'2|<`ׁ?tS+V(QdJ2qphfĪC_NTkS`>ѢUh\].$\4<2ɱna7CKf2ۍvcayYjw~uԊfnRa//b%`]VPDRWXn\NJy\&)i҂"<	$bdޒg>}.jӤ!Ǿ/noK#OTڢ3ܪ>ٵ.K0qkkX0gge	TDS[utZܻ	-2P8VED*0!G~%q)89m~n$kW%oxnV*6_q4[ƿJf,/CLm|Hӌ	"PBzҫeVzҋٳZPO)sAQ[׻'ϩlSֈ=cEހ3>Mz"[rج,z6+uovCp4<doh̃]F9Tyx_<(WQ^aN3h$&{S@ʔ+rdؾi&#bmը~%{r{MUgӶ)tGՓkqL6֗Ơc#>cUA߻*hT[XǐgkD '$C<UtJ-m/Qh|-9E7ǉ
5J<Qo\+mNIiFw-VҖCPiJz/7Ke&yϗʟ9/q]Zm7ɞWASj(xۙhH"P&v[l{ <&JRUP=EV}ҮGkC[ngNQmqڼ{#"
SI%ze}ѲS#9jެK۟܀q9o\شRLzYmgs Ś_OBLwp^گndF1Zlfv}ΨދEʽ}ѻ&kJ<LCvPA]Ǭ>)]Q+u=Ji !2	m5C:O\1ߠJ8n#ЍYG}|168H)N4~q
lؙ͉a823Pb8sQRZfYtֻŶdq\MSwշi.W{>	qԞP_!rF 8{gqIVegd²mȭ[\7,(3+3j|hҏs.<ǹR\؞h@٨8!56:X/|(҃D(H/#GbNӾ7٤w(fSуH܂G@l`kDlۢcBDܼ@NݓJ'bG-+\oH׶txڲi^źO~!QXGؚܰ ٭ǯ>Ő̦Rn~Fm^j<H`4&v͵܅ʜ"=&< k_׺ɄxP_$;9yY4+Ni9zD
$\iGvV[l2&Q5j]Y͚IRs:/BByy*+d~ǩ9y ~l ϊJM(#+Z}}NCڻEQ_Hw]J'ˤCxW
&Gb̻uXCv1u	mӛރWc3DðQwtӽ:+}!_S<Eshn-=9r{dd٣jQY+VQY>SS_`W)9<?c9vLEL̂Y1.$iؘӂߴ-l&M/فlc?aLc-)zfY&
0._g=˭ƱJݧ0m)p&dv@onfok8١.<$+[RhGv>O)e+7s	M'Ҫ@-2#בJ#QAI[e:%ٍaȉҾ,ҩlŬq\Brū%,]{G0RWLn_&2۩Ld	$NIѨ_>fXTO@/5vm'YBuT
x-i/2J̶;~΅1̽p.k-^2Td=G7,%n0JPxMv[dfaw(VYڤ%=MEm׿uX`/ȂF3LX{dpgϞЏ$9:"Gy0|,nF-RԆ^9'bʠ͒H)B4SS_2q6e\/	1pQݍr #!\Ev^@LT9læk:4.4D~RӨ7\Z"XV^nv9y3]_YÆ߶,#Uve*9jՉp9ET+3~5/9e<41¦bƍ HO,:vνph˃4yaSp9:#eoXU-͎&#uηc֮j`%>آ9Ní,*n Z͌ؾ%tוIv؞bmmLhfõvƕHgh42)nXV?'$gKp_ݥ-\nƂ`DC8\Χe0:=ɍ})a[4vdkgAjʽ-	S4%YP3Dl<b'`ՀYhpg1uЙ"kxҨ[e	4˗(Yɨ
a>
ěaD7j |z0o d_X1kX_$ĠUq*oIĤOa+oxJ-j؎Z.whmaXEz0hm^'fBsWeQs5/!ֲxg%P<Y,Q!A8.J[ѽzptŕ,#oiH	=F\$NK|qC	6`2/ҿExؤ<Y>M5TbY>g.qrd6zJ8¹Y|̖y̓	zǣ2mkkBD%z|b}ϺӃ]ADb*<DFsA]Ϩ/7 p=^?ڶrr'$sNbuPGJ/,+30i~;ӊ*XDOkm˭#ǷҀT5x6aRbX=t}^c}qgdڝ[j$|]}Q37OGQ_JJ&biD<F-,<Ց>^ޒָ ]WXiW~,Cӣ">ӠŠ`ѐ>tQcmJlگ&MD˱8YԽdю90EZCM?+Jwb@0J-iaqŃӺE
B3ȵבb۴^ط5U>DygF_ܑ{۶Ptܷ4xi
q\ѷĵI.+t_̒n]HQBH^^3_j#9H.ِ;)E'V69ưqLswH5ue=;O1oHD#]8$j7fh|ڮ;w>+CB˂XzpjYLDׯ)ZKpA `ȅ`]jKhɔJ^̽f(#qr|*>OX@sS,Ǥ?,#Cjxv|M~T'$^7t	ďeg~rZ&LB8p֧B=iu?Ν[Yc]Fh44|Ě*dt!${P(5 9j2BΎz.,\,JQ7c7!4b/_h	R*ַac_2$ӈ܎Lӆr7_Yˌȟ,5btWnޚ\Kjcޠ=Uʒ@K3a 5e0ٖ˰w"`tӍJ[g<*Beh<dHXQNm=IۜvYݵx$߂-RƢ"l.t;EeqG`ڔc+	|.'ږT|,ļΤۍ	7~Wt9WmPڹL|*]S΢$_#-=ޱ6kcXx:)af)QO9 Dt@Z"Yc	3k_d8UkSYԵ5`ߐkM}R)&-R6EU/Qkݴ']a*rضYZ!BP.S4YZh^+́88~((e0Z۾]p?8/,Q[&ht"GڣP߻o}QmGѱ(sV{aPp#<á,7liۦp@,Rv(Ν82hv7ظeϼH)ڹ
ԡ-b3ĝ
P0Jps$Syʊ7/wbskG-܂vpYD{.?5ƦB?3E;r] ߤ2zE
cB#LSa}Rޥ[.u0c8:ŀmo.ĝi
zmN]IW-·P.}0R\DupG57En^~>i'yOBbF!#abٯ2ra	7r'̡Ԭύ2,׸ҪZܾ?C=sCfGׇ̃(]Hc,zFM'`=3<'?LɊ-/R2<ybҲ%b'J_-iո(te%;[#$KْE#kݷ="f7ف5\A1OHA8

h7lψJKpRÛz%9\Q"+cA+|#foKcDr$\gןLTXs&/5C<޼$Ʃt9QlKQ-P&mڦ95˻,s*H+{\&ߧ<Юk.ӵ^{/shj1W."z(9ϙ%&I`q@Tޓ-ٚ<6X)d4F3ʰNrי*1I6pcBs+?уcE{0YHt_ѿP8h+<nΥZA3=u~Rȹ;`h*43qB4Gʾkjf^kSIpN}ݱ+g1CUBԡ@	iA\݋[M }?ʛHJ,rfݕ=Aq_#VMGYIy0<&ʁdq?;
']UwCg!۰ʈԳڷ?ǲ~
eI2RѺM٣"^
$8SV8˳l7uGDJ;``&T2seÿu'M_SubuRΟ.j=?dC=QGKHՌ|XB@w]}oHpĔ|+2J6!`Cp/&l\](q)HMh,GNjlokpؗ|֋DaqX2*P7h}1K?:g5s8"~7Oڧz&%pن@ZS	#saM(ڤ,W&*%AA1:)5z@$NDM|+o]yJۣѳjp#1UP5LsȈ<HI~K"ġDgȮҭ5 znCLSI0ܻDbufW,}½ݖWNqİQ-knAMabQ 4)TSFZ<BY@_y>Oc![6}4MI9_fi5K{3| fؽҌ7Ta*z`,[З= Y@$EՠrjW0"w1~V@#l%ȃuÝԡoUgHY(/h>5	"`*zDc.[fւg
kgv1|1NjK2w!STgCxP\_Cɾ}ɍK#6E81?Ap=tǜ4WĈ:&m1D¢ʉE'hٙl,
B:Kňvܺdɧz"p&l^'%^7C<p=0g˟mT	?*]+@؎|c	iNhȠ(H<&hoq+%!ڨܠkC}BœUOcB?!QwՑ7~er?ުTLm#ɤYo	H}q TL6<a#%JBT]#1fr\7F!1YRӌUX˪k!wl5uCw}ksj0[{ֻQdS?LXVc-bvs;>Z?p6U2wryѨo:'!GAqǣ8qD}fZ58ũY_EؕoOj͐|9%U2tF|w5^6ұT)0B@mS]	-M(sZjX(v(r[tOihQ>,Nz9F~bxmS@Iĸl5wpklҶݺvتUeU^2MQ#
]LUjCJVU0és| /g_T#qbϱmE./fʚDt~ޑlϪɵ'A$Frw~29{J!z$1Od3,,o`XeS'2n\"y)~0jd߿EIi!7Ǻ)72a&5	@4Xg@01'$yyz	#8ZQ0FXIns]aCA.cys=ݬˣ=07Aflӎ&Mђ),w\$¤MF1%fg{u]"ߖ߈'92ݓ	3ǀ!3DkxȌl7l(e5q26
Ǖ8݆&ʰvgOSJr3LJi$&KRH/i6LUwB}dʐ$E1*`
@fx=-O|g5nOwnhvvn[^?@tޏ#غ{Ri}X]#7_c&y$l$WP
	م"1]kÕ`ZOo0(e1AbIJ&4]GpTidIc:,ʜϠޫqAҋ4Pzz4R-νwn0	L{ܪ.l25sZ[Bc;z\:PmqEFo:M9O-ْ@(;20;b3eҺ/u~Ti9=PIjܺ}}fesNf%~bD֖> G dc,-3}ZpQ\EU`QNC!k̒2ҔzKRMT'dXqT/*S3]c-Ģ{!VKf9xWBѢU@..d(X`uukrUkf}#F1ݐ|ȣNڎ(rck<]hZ]%H9Q`-ܞI
#ԄJTN<E//|2#mԦ^iZ=-wc20ih`[C;s!-c!|!#5~rߔx$R*$r#mz̸aN$I3dq'_-n{,{kd, 1'=ӾZ0ELbe0m"эxx4.#yhWuѨyRޫBPeMe>R+a% ÉWdD

%PNյtqwT9
Fuųaڮnޜ(O2zpsWڞcdkȫdh	y=2˗0(d
7ŉR*r.3ܳg_iӻӖǀ ݉bAxȠnmG_֕і{lxM!đ:0i{IJGc*g<Iˬ)%>#9m01[	Q]`v ?s~2b+ݎQE"F'dfGsA|3V1J9}z֍iZDw{Q9_3OjSӱRVZԬ0~xTcAOLlUz,
Y
:h/1U^(;$Xvш#G@v%Fx=1"?;%,gIY
g^Ӄ/ΨM3t!C+yX)s,
ɜ6ZbԣIܤrӗ(__ښ#~ǤD-~c785oǾǸԫ$H(Ejux+{+V
ҮԟLLtѡ,8̋@G<N:1;کGߧ۞Ph#-3¬|_Öĝ>hcϺުUI3pmѨσL5أ@TƝ~VlɯdRCf= )T3@{OYZո@O
 7?n R!XV/TMw~(;=0?ƅ^.M{D(3ڠ\ll=%'{7#HLIMїά45D#M-Bfz%}2p)=Ol
Ξŕ/9l/GU;!2O?u2eIaFDYQ2\i̒G?1+YczrjҺ(5ĩWayImҊ c'.oy~(súDAdJñ!#ߤw݃eN	Ƅ t_y5tk&00s+4m~lPЯ;Ӫа\ބ[WI"z؏[,8,i+uI42UN{s{fMfɻ =qN")w?sj}ɲ ?}w%q̿v,mFmsQ]49m]hG#al÷lëjۑg.p8(-jXuTO;biK Hܜգ_TSCٗ?B5esY.ir׬Y,k
yDmɵ=50Sxa`~:v:p!kz:ڭWŁ\cV|;֏n'iF~hBbUX;NW)oviGgZ
pذ T'):](jrYղ'rEO_u?$LӋn!b,ރ3)jg×2uyҍOش"-(HqK}ܘ,+h5p~{k:v9mpu4j4t1+2'OQM3=!l9t
C0z-.M\RCR۾~4DZ&q^ZG$R[sD&[	pdN[S
93K 0ύ_!%0tu&C,<wϦ:(&ךd16,tV_i1>*BD<hHOṳsGuؠ(g;ABx3
>1j(ٜcoDeɱ'W$/؝Jf'lRҟö0UVP%!̂7b9-z?tH_ٿ]]' Tqo SE܊q@;u5whxOE&M``Ǫ֩I5f=;yw%}uJԥzEwk+5Qgd
Yl_=ȓ1(Ex{sJWO@~C.L+J;G6MǼrIOӲr4n%ځ|U/qŖC	IsYIlP"'ӷj%;Vh^>bXɬvl=(f{+ GjdYvmg`ϰH5C?-%'F4/5O@dʩ߉(i/t@Y]d\"8g6,0
WJAh_FO[JpΉNS\G2ܳCą,RCE$u+ړ|[<@<-:=F
w1$<6ϡ;ʴl%	4bRj&Y&AO&L5֓r[{oBYIʮOܙ=ϰ_iۙw!2ZQȻ~gijf@u-Obqʑÿ K<7wa[spJt{#Ќv*J@/jnRFS
s/ct؊qߪЉ"ȳ.7ÑZy׻ƒ6[׳wM-(]h58,ܶuCP|T¥JRxԆ8#PcNt[4v6xSŔk%2|)hAvDo<"ԍX/G+YrdCYM7DTI=śXM#·ΠY[B	ucGHr#6*
&C\FW,hUiQngx}lsU)wy9Z6pƙLƲO`3G`Ob$}#dH?9ݒR:ΧgNʻӥD<f+S8/@܂jSО_e]#YlJYNnY]YES_YCkjWSVwwʴ#;lG.]MA)ۄ$SbG9ohQtaVު_ȡlMmLаK{0i-VA *unc&pnV߆D/-	/7Lyeg%V@$FNzӮ>	;\|Z!y*~+DUͼ<ΕsK6NZ?=)]rU*n9(kFEOVIK44o/(3=jѬ>jLw,JWr+S$2\X<OP֕4Z;W"jBVq؎]e]Ba}jvvzj\`;xlUpHx5{")'j:^;j.QCtg7Ėy {6͈Na"1ǀmɶ/	9FP2DpZB)Lt	D1/Eٱ!4g'mK0ʵiwXBVՅ%;	afSĵ{-2ΐ޶ҟm3@WP1dý(x
e$VkzըiOulfM$WaQvMhZŕY5/Nj!_#
DC<=Kx^p$Ǉ1zv"e
?_}W'}Ŝԣ@H4OܠзG\8u@ܴɶ̦cz:bYah!^H@g|,wa+	QQ\
6ޤ!4~aLo(N<7=r[w	]ci41HuSΒH܁$ 7w3#LWC"#ikj!έU=z˟KJhފZ%f`el;@]XW1#p .#17ȢuMeا޾	:,9,^zb{E'x6	T010[
OŎ!<Ӹ+F1JH2űKco,~/%ڌDvu&nt%*:ZIAPڻkBNbb8ۡ.brjusp	gLxWO[#Xq+{ԃ˨	8ԍQ~ǚk2߃%Z8n<lm@t{_/]OR1duc4~Yi+-q0<xǷzϘө"D;,`z$!,= iϞ2"Y-ڇ'ךvDܴ[!@i٦AзdKhb**]8S	Lp3IO_4ԡא{]2pq/2uhoʐXٲ;g*41Ab	6Pj"z?k\HI
$ϋg)b<1JђQ#֘CldԾ-űѝCm2+8^mcV3Є	<4c0˿^qjw
۳#=oOʲiЎha&%ʡ^?*sܤM/k")pnzqX)dE$|½`_x_2I_ǸCڼ^@O,+m-Q}y},/{}v*·o
Fe<ّi"׶|V=[*U;ڂmK֊N	]ۺyΕbUAeó ^\B
tF1s\ȂUbLukoԇ@|_s$gͥ=N{Q6t GYP~_PJ	ZٙTenx";.v"+#%BpFxK>k9ϝw|ND7Ӹ_%:YWZN>yFR$;-&DjڠfǢvѣsf*'qcy^i5=9l|S	ԣ}ݏz[Nxb^rhdH%!ءѸ؅ZF/^pعY.,_A}^h#/;lbE,#g`m6.GJD\֨>m!Z[*+Ks^.oZ{À;ŒŋԄk.o>v#ۀ,srMk|HVǳCabܞwk
P#[T߼Ԝ}ɹd_~wk|Ihِ>z4׭w_dG k-~p7>mpĘ׭)
l,ԱɖgSwʗuҎADnƟgء5ΤV}5۩N%h!>č8[EGmv1p:E.elIgk+{U^nPZ]0x?g-+p%G|<ͥ<d[MtyNS;K
0cghP]9y:OO)Mhg-#1Hgʣ,u?XjMVk8~]{YR	ہviUBygƍNRˆQ	jgifiF<.Թ4$PKF|	8cلhG6m:+y!ukAQ|v,ҍ+B2=֕zvNNRvQu҄=ޓ
{:|ptZ~|rE+R)2$lҪHـX=zxo,z?;1 }[r8'1c'F[Dޠ?ؐm
Cr\0<CS=<s	A.s	kߎӘNȽ903x:Yi&[)Ɯ+G_{/+HΩt@/4}c]&WJ7jżUB2À;ĠF| M]d.DB{bμܑc ?u&(6.13VT$ٻ\ŬD]04
Z[^4ـZf=Jdte@ͩ%2OO?'vA,܎vVƪ#n+A>x"Z~9z2(ȬoN3FA`vx6R%uOaSёUUdab/_ɃKc<ܺ_0(,n@L{y&T+O= ѴGXm"6FP[]6hfOADyJW=1".6Qŕ8,<zi]>VB>׋Mve]K
kݜ~fm)j@	-!g`M-F\d?3i)~.IpAײVMNA4}|CӢ"U zIdC^jF%=lKnL]`xvŖב*\XK0AFlĝp{
T5k`!ތGq.s}(eȵr[ ^	Xm
Ԍ)6 h	}@^-fA3EifC-a3̈i0(h78--
6~d1z 3iO1Vd0Ҳ5<|k9EY>\BF;Y5JK)ז|FXޣ̹:219b,#Z޳9WP'eyGz*{Y_hS	3;EߍЮCy}W5d4u&L&+b@KeLFɝ[y%Uعe_ʦIisU=E.}W-t|lu\#ז}|T̜,ho]{1xY-UۮpT$zA$EX&{t^'Ht~4EFN'cGג
}<Tb)վ,ڶe`P[C!1&Ř
0A_Ty{ye~$͛QS	kUJ$"))`6dlaҘ7F.3+ޑiގ^Byj.w]'xŵ5"P˵:'*ϝ/5?dXݖ'g#ǭμY,t<nɈ]s:S@ۊ̇rId&k$_zߣY[)"W
0xj_^csNoIv#
Ի3IyvCa)YW/MV\c=J8$tz[O]Ťc?͉p3^x`֒Uxw3.%D1XNׂk`?v Anʆp'6]l>};ϕz3^E6ŧP[^0C?"y_X.[$iZIJBODҗDCzvD;vED˙)LYCRpD`3*Bq\	un;|~^+.t@|Oet>؀٫_gOF56zsȠ_1tX[B@2t&Ɩ0
`%ZUјaÝ/dy̏Ѻw[SʥWwmp s=ƅ~޷S;zkh)ߪkY/ʷĢvJn1&TzD;eՀX֔V\OC9ó=^Gt&{gO1[8'_=AU֔\O'o(P?hG)EׂxDD6A
VӚ!KvE?b.	)]ogɷFZxrkz/X_t|&1GC=?vv,d;.!AHuP	dCdoZr,1ia9\eP(=;m3+:XLC1˜R(^qKąɃNN)EEq::1CKQd OVPRZ̚κq,Ǖ:Jԫc*˯Cj;aaiOk%RܷA}iG(3nH<9$Kqd	vLTfƩwPLIW/0؏lq!pKw^ýUӽoyxڣvnCųƕ?OnR-Ĳ9ѣ0(t8tNuG}ɥLKS/ޚٚaG_9EK:N߷L	Ñ
~z$q0c`q
cVH2]mDiOìܵ˕;U@5bX"NPt\Ovֲ2P&ވ8rԕAP-'.d\ڨO/USYx^ʼ@Uto4ҧv(Y֚$/!ṷ .c	y_FO+4pQ-8-=tĺ<"a:,[҆9iU׷Wǔ{ ,Y.ɱە?oՇ={*_Km][Ù1gpmzC7`NJQ'5xwST
NuQ:jf9Lأ`uɻ)p@z-)NΚqn#N|AS"qvZy";=ӼJT_}͝vY<7}d
mc+_vV&Kέs |ƚ>#@gqRu^sٍ5zj4ZuUYMWRdζ%li4O^SOљ5-}!Gߙo+N7]Ĉ:)1a.uty0*<jlh؀_vs
ȼB8?=+vH:unȫ_8l4=,ߛ7K-^״+m7jyddl#W5[u΄'cJ-S(52] ^Ҝ0Xzh:=~%yigsg\c&(*$؟7n9=q.HƿDʚq3Õ/].~t/T
@l%95_P\F}4MGhD90CY
]mRJƴ*T-X+`߾xQ])qѨ^ݓ!!ď5<`h9ڋ
& rȃƱC!`L6K[~R^3:_OO:aӈ_.n_ٳyږfE?C.B+ʋϫ+,\lj6WҮƧ3ĪQR'R.
Q+Ή"T%8&_~'d4;D2bLvl)p׾0D!"Kމ}ߥE׭U-ɂAYJ,T~gե
_T%TWL^19q/lќnJUJzA@V߮]y|.R_F$+ōWy.)7yRw1Q29V5a?ʼKLJzM	2eO|A23߻aF{w3J+%S}<X͂>ciXcK!fW8V]rZyiqyrh?h۟؟lڜ~sIXHTgKa8%%xhBY:Lt	gwMIkqĕ=~9_vN)!AS+ÕPAۮ|ށY?)RFߛz Ϻ;c9VTSl}2OK]y1_ށPXhkFpW~773.8-MIoA}hp,Jӫh˙7xaqǨ+_a9ޢX738HǚԲ3TJwGַ/7u]G}M̋)*fh/i`iHC4E'U1Ec>!#yT\OվeKD>}_ȯ 
%cg@xa8ɞ_WY<:%xÜ:ш'A/sWYVL?-B`^z<S*zO?)WQ=f2f[f2pu۞'XzAE>].FH=u-N[Y0%
t7ʾ#ge;0ݰ:()@DhHGL+}A53V/[.|Ҙ
Q=#8c3Ѡ)ejkx>ݢNHiwFq@W#3LɂȯHpӽhv*-aa<qYA&æ2BvY!q$3PjDnpȷDk5a¾Cj)T/'IHUh9#(ũٙ}D]qHȅ/zVۏS~CZv-)|WMK+5b-G5oƍ(nֶ6ĨovSM6&;/4a.ِ/CޛޅYͳb#!2".8B?%:{,i	(3^`"2PW^Z wfדy^yUT>FFL}h=PEږ	US15S@4g(c-#	\uzn$мkKgσz|9:a1$\<oO5UN	eQ,Dt?uNpʶN@nU"ug,	
ցw3@Y~o5̫sIYڮ&!=|M=0Cehs]gj_h>N1zX)k\άZ9C_dۜƟ)D=BwBOOܥ)bTZH;wȀ7k #wϯ4!dzk9ܪb)`dS<QmE"-?ʢғ1OѠ_g\(ߴ3PJ!a̒$iGkޘ_MًJڊ0(ךO{'n̝*1ۆ:6ALu)O`u	;Tz#P*VkN<;g(!`xWd<dE_pv;pHŋ~bk\`ޞ*8D_!vofPxe}dvgU[۽6Y#ڋ>\˅D0,"-.ʮ1'<F)hR+,5	b'sKQL4M͈ݶwM%%CC#юB;ɓY=ٻnͤ-nj]i|	P+U{5L{O$0z؂	49Gy90MEY	WXtf˥!K޹#֫A$Y|sr![7̭p1zQYd&I}?P|.ȾHKa,+ig2\iD9q϶ՏT"?AkЧ#3ZV^!ź\?TYly8oݸH83`q[m`EaowïhPV}$?}vbd˚ϯ$5sF7U9ݨÞ'{wߘ[1sy5Q4`tȗG}nãEyI!Ź&3̞c5Bt/>+ƳAƊdIF3*MxNiMsH<Ngyd+ָ'҃Cw:3
`32Txj8}<ӋRl
ݾ΂b !2Nd,ѰQp	زFޥ^Jmn]ҙv`?9PNQ"8#Px9e8'f>35@ŌlCyݠmmeb۔Jb=1yΟۥ<pzPЯi]1=\֕MsX8cGoڕ P/EB MʷԗTjمc?ʒףz5=T
 T}G{Όڶv)NȕX6;ڏ%tYvufwۇ6Tz=}2jt8Kwn]x+}FkчŴ˞.5J5EZQZmDI$X8j!WIPå[.Z,rF0B˓3)ڐԑҚą9	kb>N4&6Y߾|V<֤1~B>A7IqUIX|ݡ`̀ߞKNU*iH}9cGs#	~##MH9ktdЏ
j$\;:ϩlLl9y:Zٲ"LM`I'Ob4-uB$y	ޯ'G0D9xq?͉~-k"jk$Z>'`{
|@I
Ί;2"1+ۚ LKspS@)69PIX(u6}u&E5plAvBCQɁI'շ-&٠*%5;7
\.:+0T\YALƅ"ɹ`ɞ_g=
aFp3'=wvD-z3&͟q~Q}Mi8;ga[%jw^YIF6|/`&:(D,nG-@ѴXEѕ^p(ř8`&NaBg؀&B[P.]%؉S&ǕbC̉n<#4MY7gފeZٸњPD%Ѳݹtc^7^BފƥЦt6,8=Qғ(X͝tA%6NBSM)?3bvյ	_0wi
HHX.)ض I:1{{& Ff,˫#d^pR*4*a4^}d6&vsD0ʙGQԼ'.3%~VFt&߸|1FC8CdΫk =űp,5nVQ%fӁQ߬^h1 E܍Bͮ60@EڰjjI2OKۛMiFǎ':͆:
ñj()DD0,URbIӤބõ=m6ek"ZǵUӋX@\ϊ5(v4V.ۯ)oDy2Ahr*cC\'=YԵɆȕWޥ!ȯ+GRj``e |Fk`aTrdT҇YkbS6$ƦS%-J<L;&sbv(gܽWʄiLj+1bJ:̴&Nń~}v%F
_ۢ}ݎ_b*nv[[	!HJ70O~cŸ*1@B\Y͊YYoB1/Ԑ_4ՌK3}wRՑgίW
{6ӕDvPnzlyϽ6:g3%.%:i|h΂;7ϸU3b`߁Pw^E{a<wB@16hb{¨|[257%OԎΌ5qtQ~NfHiJcݝ;e̽5Ԡ!H-!(">ܠ2q*U[t&"ڧjTIIPNӆLѨiS".<Jz(_i8ZR,_cM"F}diQ`FͭͱP5IɜQa1t/J"##+;7^Amn r+qqVUڼgΥB#֫JX?Kk}Dʅӷ(`Љ^<zq-`cYL0+~S%&bgKƮs%v>kJ,#nBI7EJo#dTݚ]!CݴS:a^dϰnf@0oT`eh/~Bg_wz^5ڄ{΂w{iݝɁ2pWɆ͑+0h6 x#&ژs'c~;kf#x|:3vߟAyP!7hmn(,7D#UĔd0ch<`9EVq"r'ucV*o7!TS(ɉ@~&kÁOYc*QfB(WJOzzR50х޿+,#1g/g3l̂^^t)$UGK%ΆXջbj7R@$8ӣ։PIb%h	'{ۿ;xw(ow8[v/"r
*VY<N1BpֻHcp­sou7rا_%&@`;9eY1[ʘ@h0!^`:ɑM:_ˤKhcX7hwTU߲}XÂD1!FlJN2FeSTM+SdnX{9FuTÂMwkD%&XAEߠbfU׋XɬHDn
܂T\Y!t=|9Np-Ղ,ew?LXK)QgQCKSy!ZB.&ec68xI|;^`[lRM"Ôh³SO&=5Q֏RLw7wJ_Jhb^lW!dOl۞'ϱ7fv-0MԨ9r5NA ۯ&wGǪ~,d-=-;~pі\"/`U^Ev3zntРiCu-Uj'lIdeV҉(RGcկ3e%pػmhfxdA|-|(Xj`ǂL-]F'%U,hULt=ȼ<ؽ_M8s(`8.Ta:Џ2g:<6Ln	ppE
+wĩ
ٱRo@Xqdvt:7e֤yrW,5[0H
-ʯMu^-BoM-&"HYՠs[Qxٛy׸a3VY,3
}|b>RDXf<2[ͭAlsj'[ FQ-:Gqڧ <[</b.kzIjڻ	s42ǌ5-UWٲLa΄VvtuL*^~5Oҡ;у3[rtI$ͼۿ2}I212
١v!+DFD
y9ת<%5^YODZX)N
k^7)>dئŎ{vr9_%pX]E߃M3`bUU	؜iK۽E:iG5$ˉ&"ʢwf(_TƩ}Vn;aҕr=VEqIϰnH~ϒu*=j/ZNupO.+V݁Z~+U7a$"nbwΘЦ3_Z,QL3'6
O^HU#<S":ƤL:69oJ0?lBjʬ&Z@g+lt,m[&^pR(
ȠJa}[vCL'`El@`t
c֘O@|+^RٮH|ݜ0K,S|6ƀm(Ktӯ_ɂۥ#n8C˟NfvLn_ώHFRg/eO$IأPƸJ &`$դ5R͍gq+c)bHXYӨ&X*A>Lz$6="|XV;X%?jOBB!$GW"=[ұݐd,zlݨ4gg#us6//=fo!KE[k%N(%ȟu\0JT[AlB)h}d3]zE~cǪ92vwv6k[SWmPWD1Av˧/޾-O=ˌMېLޠ_؟Ņ [2H_=bgmWɽTSCgT00laG
+#֧1vc@9]\j`Rׅawi'u3q0K0dO%ҕ""֛۾Qkbo<<.#'@]׽g٬/e=k̽O|lq%
4DѥkLļVFmYڀ,s0ε|vUy-=_(R&Ζ07:V8Ή%=~|AŮ׻UIsT/PEښ&@["t 5($Mn[,iA_#-#XPf^3gaFw ?bBQR,	۽ǿ0P'JEX>]CҏĂbBa<sH55J
^y	YfD>4Ӣ>+)~Q<ƧOg\&źӽd^J[ujOje{ƞ%E)M]̳^[Т
D'].NE>T9ӎDsAʁ?eQ/uIkE?{`տBa:r8wNɐkHۅn#4b'۔UN^;o8pݵާEÉ4ހΓlMܳ -fW7|Ng,ϙY5YXNǖ}N<͉;n(rN#KM[p^ISQ!ۡTڞM992V̉8SčE۴׸WF+qN٣BzJ&<]Ow'eԢE<
҈H(T6`^[Qkʁg&\)VԏCs gsrMZ/"uƘkipcZLlD]6,Ο*sJ~޸'Ōב\@aES2MU7jTrQGژ$т-Okw۽&8*2m$8݊7FA%6hQ"ҩA?3lу3Qp+ȘTЭ	SP65oРƨMܻq=%L,*&ݲoXa>xդmAUNl6`(5tIIեܾ81mmsqYI%Y$	=K1؆?yGs5zEtA'tTOJt$|c*15?+R`N2Us\!0m>՛	{("JgoeRu0{JX6!ʋquPn,g{[GcH߈hum^uA/w`idQ')Rj6Jl0C7:izڮ57^B\XJvgfi{_@<4^7/3V3Rv^80c\LץYyNmxCIO(t[l*gǩn܃+BS݋[>ٿ.JMəl6 ٣n΅*#:JDV$ul߆X̔LlaCAg4Pٵ}DxνET(jyDyYςJc
ӟZΫmٙoVJCHY2axq=Vd391R=Ӻ޽`i3z3sI?Ǎ_$TȽrXޙGĢ|KZܥMQ(-S+G'qkW:	ceJ)!Ǹv|~&Ksjf}ہ*ݓJ7|"?u,
2:v&|RYc*DWDw,6I]ciYЛ=U:h}6t3Ze3'
;rΑxɛG]2T,k}b
p3?gМumiE2;ה޳βVh2ksIrb%֮ǔtxٕ̽a}y$jڶn$u?/Ls:W,=k6:c?(zqnſoZ~Qfkħ1Y{S#7 l}&%Yww4W',6ӡIvkv@Bg6``HLF>ssØz$%pO: wqc܆@Cl[n!>'*s;BՖ{d7h^PY!~)i)Mho՝Y̛xAZ%f.
pK^<[h%SOFi`EͲ(>i$Wn
p`%Ғ>&MѬaƨ/*էX}0'mEIۍ߄@2gWcQpoݱܓCwRwVv7wsaIEH6xFlEm<sݻ\"Z%e~߷ܻ*feޜ2E&+N+V`P݁r`btes8+*H=(jԨ}Vn#۟k?cIf$3<,VۿɳPJ)$bJ(âa4Kӄ]aڐ3qu=V}KYeUL)5mi)Z`'e̠|v-3~AsA\\]^v 3x=[f(wzY.ZDbk<$jFW *hK
Pi/iѲÆ˭M.ޕش5D4dv})K,-;ұAkؒx]0uK̈́R+)̯2pٙ%jIyg7Rd7..׹TN!>u=b4#yȊ1JLԽԴd`*Т_Oc/8.5Տ~Sыuq=EB$XrfPJA6q]̷ G$B֧ZzcSĲ{]@ץ`\؄;:C\ 	S,+ASHL'z 4M˶؆2LLc}!dD$F$
eAh
Yнb`<?ga֠qBELGZb
;BjI{tʒ;
a3o|M ݾG\@&p'feܡϙdڜM?9ܑ5.ֻ*Pc{dߧ)	7(%,L3T(p,I,%w֦%G̚}JC_!
X٢}Z۸ymp0loIAadM^'5;+s]Q>6۾?tl&xqd*Q˝[]_VуbbՆi=J@,s@%Qg#-۾0XG/ПfՍm
MNa'޳
05ӝA.*pD<gSc[6ee<DV~^aM	M_-&adFw5PWp^jѠYix/-XAǃ9[!ۻ7JILyBzѷ^yEb,͸c9"z\GUR`ms:{D:CL''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(17499)))
