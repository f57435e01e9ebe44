import brotli
n=a=0;b=1
for c in r'''_\`&-9&l"V̢l1M8TeTwC,ӵX_r"<k"Ka;۵]}uٌ4*V_b3;#?BxDK@`tfFXѼ۝>y.rHó[#_si3rxE)D֚.aPk\C	3޿_eDm==vRڼ: ]JӼGDĞѭeǝ>N@0kboM2,=0gȢeQ΅0/#WVW%O<gԬk/,d&ɶgռGߤi#v^ƌ;<2AG'ߖOQrӗ@,35fol7e$9khŶR.;Nf3u[_BLٵ>3rJxC]{B\//ϙRߠߜo!Q,э,iem!эPEi'NA]de	TAB-L|,81qpdc/jPoRJD~/P/<b!iԪ9G5KBŉ25\kդj7[\Ȩ%'ޅ",=Sn>~3fGTP;ӇH݈Wc.d`/1&3wn'ɼRskg]Rw{O֝XZRfR[g;W'(+T$}&'C)R9=ZY_@Ǧ#{rޫ+^֥KlE!Ȼb͠Թe#=k#}ݮHZ'ߢ^Ge#E
;V{*
ˁyW~XςҚ#lȣH6~UFwU͖3vH
#Ĺ{	2;,=E6a¦۲}|2jlhG ;dhǏUeП`H~9KzЂ05mC9{iQa)r"ˇy=u?ӰqutC,#fJRR	/CyQ\8F5/`Q2RͦìqZ	SYO=136	bp?<vW"
)MA_D8q֤cG2 J<0Kjʝs
gJv_˷9˻SűڵjxJ7sjQπfđ˻amayCDC͗G)W_jֆMbxe{"LU=LCQΰNXr*joEGm?nݎp[yBYMjI.a$CQf[98Sչpzϕ/r63fۜ4 4͠b9()-8#nt^y QYYĔMl)B&ϒ$Ÿ7I9m|D \j0Q`L`){N"ªϕOlO\^=e|dUѸ8<"fc&ZһBR	v$}"k/zнmOF [ez\QBTU1p&P!%Yе
pɂю:!B&s6c]VȄJڽr,T>R/zgU^a(4Uʛb:5lIX܃_Yund2'xDnhb\S0u̡Un,O}	>{jxKim:S	qElVE
©?zpo-y*au
0[zd8R\#vCva>;
^|<rې$~2Cx'	!w¸cÂ/3SOݡ5<pEEl.Ծ%W3'FOZ$3͢+-N(?ci>a}S#a8]/FDk٤-āC@ֱؚ-ňNO:x=?bՕY%cB{;$/"BԸǽN0}ŎBNHӊ>L#-g2Yq3h"!ܼB^6ǳϗr$VSŸڕn9bP-#VIMy wþ`Vc·?pƧ)-`	#(GV	11jحD[WC-ΓLސ#$iDqeo6GL?,=#0OF\YT~б,׷D{_pA.
c>·C>YuWگs}1W9<sW7ʡLzyAӃ'DNkvx9Jl˰kZkK80USA_crqZxM{MrXk)j|G%.b)lahɣmPÞWܨSr@xVm!	CEj~0ϭ"zŋn<pEƕ(rrC/Cw14j6_ao&&X}[ť\p`
eR+}3×*Rv"W{L~y	Ncnzs[vMJa!?a0S1h'b%LS(M	^^./Xڬ?RhFXz)zZEX`
C_Vġvi	Eՙd;ѓbc7-VO"cN>$-%UѾCAu֏8+?.p*ޖSWMh@g,1v\`*w`)7uwJ7OhXך5DNCr˄yTQ1-ʢEWZ46Ofq{>l(qxV`5]P*Õ0m)kc7r6 >«NsZȻ+xw:K]eFʌ)_QBK#!
gQ}K.kQ#Dl0'1J]טqIYE,˭iv*ݸ2O8}EǙt+x[~%w
`<ch-h1Ag&h`7543ӄ=߬P"Hgʃ&_۾cG
jȑA&ٹC3G0T)d"]ɊPێ99JWHΘHaD}jݧij>=DߌB,RcgKv8QЕm`<rG>9ѣ(zLY&C_^L.2>,ӫ^NaFe{z_D!CϚż	P0pzjRPIܸ^F`?Db@5۵>W\ո_QSSLn,[cg7/Xd`7h~^;fڀ`:I6x.vւ|% {$1!89iUjrP,uz*cfܑAHGz]5[pzC2ːw:0%q9
Є,rDye<)J#7$$J3}2}WFW^_O9$#%cr-~؋>$eT4<_Zxбv-:Tb'U#JԎ'q~V~ЄN@Byٸ9x{9TSӯޟQʆۢ:tnqIw8vx*DA~;VΉڎ5mb޵]kc0$<[ǲ|EZIF=&ׂ~11Gr.۠+{;<Ia%@+V=699Ӫ,T	d3VʇF'T[ŻlSщx>S2}5\E@sk)ZwVĿz,l݄9IVQa٣;̉޸*ٴoo.;Q.x1x!z'{65^ߠ,Qm2f*gڳMFKW"MNH?k׉M
ľ~m+FN%Lɦ6L*c4Lߋ,??>7j(AG<v(`}G:cf(	|E8n:'xc|443lA-"ޙe'[sܹ=S4gOk]L(Ď*ܗa?4|Ē[R 4fr4U_bGR{޾EV%e(&dK>*Y߇S4d5N'r$ؐ0tCϵn"ĘՇ_L@7gln}m[)v'V08<3a.O>˪z}qlM_v['4-һIx߻Ƿ<ޏ
T6~Й QgyrPz@"[շrp&_6+VCh#_sM,Э3L6.}ĥw2:S
E7(sPщ`ҔM+Q+Ȭ 48VDImi`{Ī߬_8pCrxJ,kJN"B$
@$,[<RA?n|lcQn̗Pƺ" ԝ,w3ځ$zʴmWd*A<
ܭ>Ȯcn݌}xq95'ٯ/y8Sس?21$	\3v6]y׀/~Ή(^J
R.auܠLxy},ς+wNXޘ~l\oz!Y0[$^JTeD/^o`FCOW\1ÊE( #P>~=ǭvvsćW̕
pb!qT)LkfnBU݈;kIwy[p8с<ܞr6mP0d:i"Y+T3rV~}Zb(z;}L4+ԯfA_"G`qrSO;T1?΋m|d-&qP*8(:<D+jbfE`ٶT&#CTاLψM~IBP2MvE+y^VP/%?F^793҅EتA]]Znwߥ{ʻ{rjl',qױQc3*9U	$78Z63q`Ȝ~0ҚsLKFPtúyVX	/;IC5:,X_m4`_ޚCOWW	M6Xu p@$$Ȝ@\#TxgRG#U9Ok*bU#'n";my?6ϼ8޶NUFUă1eV8l1y{]A@nd:Hk]"TVΠ2˖`.@D>Zp&'4-eQxӽ-3_k/q\HΒCެ7=o4͔]	Q4^ԨL(76hc^!˰-RtV9ӍM7{'sޫ(25y%1KZG`RomL%Ɵσv\%.0#́Ć7!ʝ)%˦deckۊ1 R~2CJ@;*=
_'m0-\GVq*TadKm
ЄZn7_
uA\ObF@w`9g~0(ѿ߁e0ch:ET=E0SڭF&ya*D֓4-ZAZ:mx;ŀ9֮n ͒$ϬɩvнװbU6YOq'UZϡrتa[I|'۲(:KN'St(>u*rE"ycnRuמDt#RW/o że/C$]w1%ZΣ@3(c,s-q_͠Mx3:ƾڗ;ҭx{կAk;ayA×+ol9gՖgY{p\IGj6_}-Wέ]v{ũ%{IZ@Vx7uRɄb~+GqrvS#YǤɻe0Cگp6|,e4EǿÕ&~'?~kɖ$mK1Hl=<V$uIfDMEr8s6
jǍVڋ_92S	2ͨԝ9ܶkSX?f

BD/ IkmT%[fpA~#љ͏%<۲m"fҬѬ\VrcpȅvN#d|SI:(7Ĵ&épRKdaׯ!w>	opd~Ov PǈCLک PD$Fs"=g[",#?##sP"V;BMozrq̹Mՙ j|iThڲYDw" /s?LZ9X?aN=syWv1,4lkqݷ!s*n1*VJG;#Ä7ҽ`6Ɠ{Ȏr׺n%סԩ0@:`+wyu|mxU}l?4wxLzm5xk#gv8]yjc5BSAy*OD36h~cJQg|1>=/ב"l&.>A^p\GȞdu w9bT̗J͍ąѝdWqe9RePs=I΍TVrHneV/ڔؼF`9'_EegT>Yl3mn%q3ݯݒݜ"FX4@\@[":6CkBĻ?DwM֩ҙڬztj+	}DSFEc/nqk|˖LlA/jono˓p$h.iʱ]?d
*oByF26ݞ[8Y;ԛۙ&Zb&:P
'zv	ϧ1s~E-ѭvw&[YHIǌrΑd%DLiY&}ѶxϦpi<޶pX2PT W®OIm?LkS3Cg#-ĴߪY|}S@%jFЎ@-pcу[=hPp43ʡ7z(Ds8;6fh|wnIW.u8ltwb7V=5><GQb[zFJ8yו(FSX1?j]^X0e2tƢ w^WDS'@	,ӠZ[.?NK#RBBƺM6t.m!
N]x_iӡnEsG.Ay>BW1yb1!MR{a[;GjgsDnRj~z/EdINw9dFf
˼UVsRO$%uqF+[TčJ$zbƝԎm`rZXaԈ:Xȧϲo#},mUyF5Ȩ}EAvR͇($%V8ׁkP+׷Yۚ_y]hl3eŅX2iŧPDsv+noϕKgP49`hjw>Kt'NoDtsaٗdڥ*D!PzK
ÊxYX)ҖTr}@Z'hiĲ{E+Ѥp\q]X&Rȉ^IJ'E܊N!F1ʖ҃~aj:l'BoH-L%%ɟ\X!_,Z{)Ot'/A=ߧ'faWBƚ&ɺbвI?Dqc*4O3?>Kxؖ@
1Uɻvo/~2.|hB֒|fJ8Q.?q[W3OϺb  
=nzC7P}(χhEmNi/#fA9x|W4w#dbqIIۨ^ӉՒ:ԡ)L`C-GXԆ~E#ەYɹtRim
r_,|l*Y2M%7
18v9.]qC i$&KS.@V>[[,SY)r\WjٰY"(hDʯjwЈ!քmfhI?OZލǣτ3wMTƯ6T&7s$ĖQO1B̠ύ	^˜Lg|IttDGҭoQi^ރiXRvlph`M0Ug#)ҽ$C?=QCl~/pNNGŤn2qxR">g?$xrK`܂L߅s,Dٍ%w8&E4\rM9ZNSƹ8z~`p(xu=-:"iEҖa"03ׇUѓ|+aAC+˳Cj=<i#%2!֌Skت$-mΏ'LwklLJY6UQ@<ý@UJ i{5=3~éIHs%Lľ-u$,pZnPJ5Ȳ*J.٠>ߛΩIyNžp6ئ_^om'CFAZKbwȏj+\cm]yR'T8c;#inlc\=&߹
6fvn@֥TĠP{S'@V,/ۼNh-1Y)p1I՝9^m=GiMf6
|s&p(Rd
͂szhanq[+85kd$lttɫS^cBZ|ʙjHLR,9
B5ط˹lk7CPW(s}'oT	M?<xuq	F5:y""K\ZG@N|iAGhv~IF/v_mqxїLswΩˌf</`(pϧJv_JyΑX:rr,Pc5L$*QJOɰ.[ҬYԅBpɦ28ePUE8ѿwjr5ʐt֋xM͋lZ#WgYUUzpCfܽYh0IojFʠ8LgsE;bYk^Ըp!++ĒFC#dRF|WY[k|Sx&{j.X&rJgsvֆa",Ӷٱ1;l[!'	T)k	HіԴ
SznӸ'4pV1:>CoA%&`6$knzc)}0]95X'5ܫծ1kJۚ'x҉fLemzGx}x<P|1H_ob_ȿA6S~8L|ߤ_UxN0hm87CQQô>fRioW-L=MK~T'`L^a#[PԘj+ڶ]jTehUތI4=ʌ9߉,l4+H:PY8n!$hNuŐ7>Yy>Jw<'H݃muip}"WFYpUy7cRX||7sGK?(Rc.ʚb_YgWчtI_=s+۟,i7oSt	^~,fKoq
Fbcp,j"xhxtMɣ͊'a3}`-NYU%LTֺʟN5(/ ݦՀc;ڢ'TG)s:@:aȅ.O_]XFՋl(EQ;Q̓q֏^Ƈ,$Ll=
#GCC߯q!|29"Ǐx^&JăRn{r(s$yG2WD@+7-u)LtՄ5e\)Eۦ:G1бjc-A/̜N1%J˝&Lw mClZ!ۇ2?6llH3]d#g?BݾЩtOGVEhԤJ$Je|JtڸhMr=6G^J(B]Z8ZJ-Ǭ-1\>o8f9*J%>XJYcRg1T|	7lcǓLq'tuY0
cB,k,~J/ddojJhTt$)lM_p=u@)@dqlA-6uEct@h;foɲBy&4?ųniU`j%@_sHan٪Rx4sM9֔VZiA8Z	YΣ?HvQ>BR}Y֤ξ7F `ĮH JCԨ2!i	LkC&Xv)>%E	ɾ#0xʊ+!'ϝzx*OTvZzIF\i!ؒL;Z2&]b|؄"ܺAFYΏM(R{DەutuFj̝Ң,;}lMܪMoW9Uʂp\(DŬ~׸٧gw]I?EmlzjQ<qEj]^u>N^6so;۩xȸpml$gkoXwc0BrU|&ߟeXߢI_PM{ULpDZdE݁`wQGE_H
Zעu-MCHZ׿GiE c>yժ6^pa=Zza>߹~ބa+a^=qa$+_LXa[#}:{l[y`h=^guOR/
cPOEa1>v5GO'Ń6^J5ޒ}\AߣnkS	}efw|/8 KK~39ەGۓP(.9U 3]*tISg}Ѕ9&+̓`Zܢˉ2{l̳NԹ];~ҫ	W!M1#bSqy&::^֚6EnGT}wgQ7]e**c&r4ۛ
Zq_?0Ͻ۳YǄe}-%à'HD@}1m44ģ't4Îj+´նH\LtyLtC}y[$ҥ	l0l?w_ׂفG"b%W)7H>krǝ7,Π*d{gYBSOd0N#+QX{zeʡ|8ŋM*{s)q"[Qd{{6q4i̸_e'aYʉ[y1TXξ2|l:}؞$Qun܍`&y\ѱL4u_*3y$C0O[<Rs/I\,r81yB#Pd<h0WpjQ7F.pGwdQNW-i|J-d]jGxy?"bT3֔[>ecn5ki1_lӍںzGHT`t4ohQ0H[ďYwރ-Z<`S\l(4TYϿ`	ѹL-%_je=j%ˢU;۽`j[-]1h$@`S'2j;s+:܀ȯ։ahZOB<WXl2}?QcU3LVDLOmsض
Ry١BL,>xwsޗUiQ"XA~O	)^$]k{vndkpxb+[6Nkes
4G*\BK̈́C.""?	{+oECaJ^tiM K̓zҩ`*JUKBz/mQ@؃@BG5#=/̞(2'sd$&ЁJ	w2+z9)1AÄP<v=BqC;T1ӁF9?!`P8AQoH\A  ߻1hoEHdUX$v;hRHЋʤجw7_=ƠMy-)4eٛ,Sy6ċтR)͢ommQ*U%#ZLy!v6*z4Hfbk_pqk6Ⱥ.3ac˺PS`(n/.HkңhQ"ՔѮ	ьŌեX.v	X02;W9MKguVRGa-c YxreGr7,1-uIvɿ)LqкҹZ@ٸuYʚ2Ueʈw>oˬ2{XˊE8!Á'i]C}ܿo;[0.E	ImNYۤTkgDq*ǟ	w!<NޔzKTE_ѥRŁ\,:sjԣdN{ZK!A#)شom!,?Y-TAY#ŦΫǒјOx==B_+^c@&LŶtS%y֍.Ӂy$ĝ¹A5;uޔY#S&DaRP-Ѿ4L]މ~osyVP[bwt2X/͙,BhF"U-[wCBN)ByD[fy~=5/1bCgk-dg{W}:[!.ą.-3517W?8IN	N~{%/Т}\>ycn\u6׈Ii`˲}eʠ_nd"VةuS{oݗe3^B_eY;Qtt9Ⱦc5­	Q#Wku}jL%DOA02!RƩDX
gܱA,(nˌû@2oP+}lJ;ޖOLD,p/٘(xرqҮ635ݛw-!|KUtpbd ]g56DߒOrLG3ǃ#=+Z1.$L}K`.g 2qF9O\NbN#LxKg846.QݢA-øޝIyj]]CHvgΓRU
kA%ǈ')	όIz|&shюq^tF|wP(sNٹ+n3B7 h%~I_Hm&:ݡEw)eYvs-p$/۞kڔNߦӑZ߶o"^VIABV=:~1>Lu#&Ho0VwqXNrCdMBȆktfǈ@ޗk]=:B"-qaZf9\GC߿ŢYZ$9`AZZO%]sHϜ'xWK2AO	Ɇ,?;ѕ(I]>7.Ăg@t՜Lg70	|SLk
K˳vSoB^j94cޠ>Ld7q?
 2QB0ҨLwhT6*"=[*\ZP22\1ͳ
;qr!4j́R=h`6riVb0/ߐI|e:NL;aT3ŧH@^dAyy7n]q^r9]g;j-;R\֐:UИ,u`f?\YQ[6tGȮ2K:u^<5ڪ^ʃ8DȇҒyoYuZ!/c@!3;fˀݴN2t!*8,Yۆ@7:uq!y˓pӻ;vK"g͍|.Ti7}P^Aܟ_Ϝr9|jܾҌҢJ~ef_47}?P+qоl[sKch?}[%2d~ڬ0cR&W˒z{=`qP=x*Zv(#5Se)mbg-luH-folh%0,&@(Ȉ1{uZĺ{,A0Y|_5xN)Wp^:e+	Rd.G%Av>6/J8O taiNrІXJ6 æ^"$ucDZҗlGLԻkrMn*tI
uKܻ[WaЧ\cWBbѼh^woKmq"4TշΑѸH؋ }jΌσls0ݕ8J_RYKO"`e]؇;c-Ι7Ѐ~sJ`LIȾB5D9PeƄ<#IM*'`&38X*hk`ugTmC73?~^'p#?~į^`$_ɤFϾؙ͊Y@49^jA'(v܋&qG-M3z`6ُTDYL_45V)>>V[,KqmcκzG5pTӤhVMƸ(l|+jzbU<H&:ܷ̅8?9d`vM}%(;ͷ!U?~n׍<'-7^W͵.o
ONh5Ş
^h7Ё	N|޿4׆ݵJL5	u/l!;m:o<CZVK[o׷0ÂLH(YY7wlIzE;߶8f*9пq1gSڹqiD
+cb}HEfyxeGJgZ]J:a#:~Adm>*ChԂA. Y'Owţͧ4ZU7#e[?xix~)Zd'Òͣ`?~GoLe9ZFR=\F@,3G6#_n#"ltj:W7E֖<;w+c^\Sfyj(yXG?i{
wwmZҵg[;x7؃pPv G84lǪ!Sdѐ>
.CbKXYS"0c,,ϠE!'o:COj/9Mt/TVct|D$o*| ΢}]	˝!nN,8Ui؅%L٤Ӵ٢&-B@;|vzFs6$7se[&,Abr-txNR/Ehf1uI>ƹϟΦ9.Bm:nľތf>h{^'B7ŢLk)yRKQE,root["1'5,$*e#s/]Ԓ	+2fTRӒ p0˲tޡ
{9{$.ҠaKկEО\!
NL!dЌsWY&|a&uZ&?N	4lE3Y}MHv9~_AUx֖FAhdR+ؿ	o֙yNj2	
*Pb*aSVѳE!FWc.&JȫM4ONIOɳ&e=($o/!Ow7 Ǖzv??Σ2ipJ?i%l'ůXIۂzŮ[tirgK͉9ӊ9.^U?"i1?uiZ̈PyTեVbV¢fdxѫ ϽTKm"ˢv:[MD,9-P~ڡtt5`74Ȭ01]7؊}!_چh'ϑ
^?"BtD.N	/jBӏ;8/d R0Aca&Ymʀ;XVŇj?_;^&V8Yq\exV1nпLD0+&:?qӱT^<<C
{G5t+@t&OiYkB(Whqp;K]BkPM`M9Ѝ;]eS=nφZ/JA@~]N2C<ϯ?8ߊڹPuVsqAOgTqwђ<sk/Nfwweyز#mq:ǭߩyse>'!V{֣E8}T{֙Lm36
	KSq}RP9}Bfr6V/C ͓/H,8;C~ݲ7;Tњ%.swrQsn<V8Ksq:3"Å؛c)3P@r5iҮscnOBKns+8 +PLae޷kKՠйfЯK˗r?40o-M&@Z@$]O/^֬\G5EBHGoڨRT w:xpuRڲ>)NP	&F-,V6B?S%ܒII<Ci='5;gm3/aV)UG|km:b՘pl&}סx.c`כֶ1OuyͣZXs۰qgvmvWů׶NǗx90@i$8L)?FIZ_vSaD%ͷLo="lb7hrSS4S_TYܶ-t%ĐޗGc7c܎0J="ɭEɴ>d̒L7pWGps:~i_XH<nGƑo+X <y1e7{˛3!U,_զ|=feȘ'X\N37¤/v=$jcF9݃EO	t1yAk|?Pf`1Qg55RgBqq8йٚ4|G3\*->Dl7tDi+*Ke/e2h,Ķfp&E4bLovk>x#lm/Uvޞy܁>%GvNFOu|ͤvƅOkkkß(-ۍ"TP^tjԬ&!ʌ^L$A/Î<=Hة:q*?*GُDToɓ)yIR![wkzDCФPxʍ$}ƴտkWq8ْЄ%oZWIҾː||/|^]С]9éklƓ9(г'Ȓc\ƛ7N%A(\NV<JLB=
\bazd$:pr\P[Ʈ؄<7]!GB8knׂ
ӡ2cju10Z-)ô<m6t9E3&56wv`(H<)Q])R>LZ)_tURsH;\(ȦCv̫?$n@}e <C)ćf^2Py!$y)K-3ׅT-مPgʨF>GKPj&9NN'INmXћ1ҤI'WuҠ7>0ք; |AܩZ.q	9VsJP:ZKQ5N2%M5[Ư&r~'@W`d0"Ѽ|-Y2c}(#Sr;=/n,qmxбhkD%a;Ξ	Î_)vɟ[0Ynf60nΥԄ|^}Bu,ШH}߶G^,{HB:٘wJ8 ҄ӏjݽD>ܡ!ζבG	VQ[^#iL'7ƝaN
֕:h?Yǆ-YY8w8et޲	lͳZl{ڶ|#16Ro#$:?27#aWϥ-TR<cSuwdߘ,e<MQHG/be3\´ԺagQc%:>FPn{_i_ԴF OUJ1j55b&5?g}1Aiw^<3^Sݐ:W ty cqC9Zcz1`z#=wJy.{JίLk=Уǂon?NO1?
*>VopU^F4!~)/>iUIcqj>uv*'^+H)[y_|hЂ_J;Iy:2H"\73u}loyy51W[+!I:lyjlt/a^m.<qrB(cFbg3ۄּ	0 9vk/xmo44f%2w8)%T9Aߡ	3n"_2&zaC,0Wm]uФՖ{) ۰r:'IɈ;AFңEڞ~Ld@H_o4X@h++rw7Ղ-/'e[oA,[
ݺJ>IL.8ի	lKRo=ʲM3Kv׹ %V)F&I3|ҏ)x]Ի1qnKR$ۧРE)н·˙E8vl]@)7)f-*w~jں=BvjxWAG|[TmȀ"U$E4);``5`^PՉ̱wmxysPn*Xk$Ŷe}j$Ny!b'G˔oϡҽ>/pGů>&ǭ-EPD
$kф̪Хn~s;1?,׬SmʹYtioɐժO!SA#|(vt?ii+́/=ǩ!Ƒ$NȠz*S݊Fިe
vr>vu7Ccӄѕ}!xB[Њ4ũTj<ߒ5}Cջ^`Cn#<̎#RtZR|BoC|CI<B!2ܚm(uר: aaSE<d|]Aھܙq~rɉ;qn\&+ '&Oytl۬s}~[ѵH
 ^ǟUɌ~bYFQ	`͚ɫ1Ζc,~zg.D+!C]P;<T=ۣph0$C""сCeO?ta%zCyۜ,B7a?#s	^~ziɒ<E*)rz$cǟ)=NO`]e%H^4Tu@Q̈{%$a΀fR'6[f!֟>وFY]hWТ'ɓ:v@5ۙ{S%t7ƴnB(à>bVUB̅E\8׺F&Ag?'˸gkKg|J^~
e,rhѦYj?˖Ά'1d0ĬƸ1in%IX9Js^F<1x<me%<ΰ`Dv@n̷_fpI(/p>ǉJ	<Ys3Ҿɭm)avf0^VhtXȑzvneϗ,%N7(=!aPV`wi6Su^ܼNӻ#el=,:D.z 2E޹C'ӕ١EpO`Tɹ{ڟ#x:ՅMJ[$eֲÿkx+T1!eW5\؊ tU|/#mƚŇـΔ>P>(6xzrUbo
ӥj2,uz~|'VrW/*Ys:sΫۦ߁Ë'e#9>PRQS͓!Aݿ/\-EڅkY۟_, lT9b|7QEt[ѵ2ho1z~}	5!z@aYs$_x*U@='ľW5	MԹ^xӐ6twL̗wLtCQ2hJ{"&FGD^LđtRnqEnCS69M:/Y>eTPٳL]Oq?_(cmJD!lOPرg|M-$?ut4X HLH~@S1aθMѯ3v:ٌ̕tf£g43Wo=*^	٦&.d_EWC/ 1"S]<['ש?ٷ+ɀɍ ,)
п-$bޓ,4rl"B6G)$8OݾG,ߞj]2k
pUmo/ـ6_A#׋wѥ:hrg'+5\VŞqA<z2PΗj2e1+WƔRR&ұ(ζ`DtLA*T&:R#;ҺMIZs7{$yf	]طդJZ1y+N	u5ڸC_	ciɬ6Vjmq3 rO)ޫu56s7#<SYSMȤ9ƖET3M))v}OͲҎT9$ӓ-3v݅:}P`uFYqSoąCмCF+4QxYnSm{T3,-jb[K.+"IuQGYQp«5LYn]!,t8ZCC݋D>-'XLq0u{Yˮߑ>82=c&)CoX*D0եzx'27\XA'-HVOo2#2ހd@߿<9J7cGnپUIvpM6.MejӫÀZ[	*L*+m.V\:̡}ź>b0Ƨ6\LzafD,߳ã;&-LHcIBs]j#\)Q)¨SФƄZ(m6kWTTs"Smxҭ_z۞e%jޛV`}*Wmۂٶv"z^AޞZt;]*!KY	e6\R n`P>-ʹ܆
qoVbXKscgw>ތi2ےD}D}Hozp̙	q@"1"jxWt6'uT3з"΄f)Uץр!%^X)9]^!
"7Ќ΁^^ٴkNcgeǛĢ&žC̮
٭OjȣKPS;1%U=,=IètˌB:(sSrY~N9`rEO^VHqzo1CRս{s۲/a:rg ܠY ŚMGxí;
XKrrqrpLdOՀMc1iԌ^b:${PD#Bށ׳mΔ;eyJo?HT'Po38Tpӗ׏W(tyņԩܕЛ)"pwT)s'3==,x<\n'j,؉K-F?M:žDR;q= -ijt"Igs|%dA܊OdB8~&flRX:>yCe^&B]^3\tE[ș@#yBYIfΡ2֡oMb~5)q`ɢ#+z~ZB9(mwҘȜm#(%Sܧ:*N9IgfQ̽ìމ:7'BOMm	$V6{8چqL:QC c[դ6&k`Fβfj%OioL,NCZԜ΂8
3%t>ƟK٢SТ<2Pg1x]?FdNcEI0bqt`2!щǳE;`$y~\yj/>{][%.ԍ˿2ALOs-TS.׻ql,
_7rFa-2-2[<3sʯ#*Cؑ=2XwgSHOo"n&Ǟی;6	U<'-v(yjIߘ<=nWQc,Np;-	"V_gŌY&fߊ֒j=Ij.е8'fY{_SQm$@p'ݼm@9N2B|#v^w61_3٤
~Ϟ!hM~JCmVv~cRtأ.,rԪn.jP~7TnAG4xD>}wn~߱5uaֈ+<kС,(*M-jԪM/_S`ɩ:?l6=]U	TOߗ@$՜h*AP$3ZkįWz*:ƻȢK
$xO	WirpqQc-6)vRRNEfE\k4	@ϢXca`L'NztSO0kΎ0$N|%ٿws`ې|-Al3_b5~xq%׍PpҢ*Mʟ?#DIНqť4'ݨ9M@޶W&GĊ8*ޱׇG0q´{>{CJ>HUJzhR۬byO-{w	 5XS()1I,n9ۉGނ"A1WAS(U+T՘#c#~_O+j5BQG9h&8*R	HJ'߸3	q֩5 
j+`\*JvkO:c*6fqW2Φw<TR֔ŘOSVAa5e{Ϸ75­dKߊ7%bnؿayK[D4ywR3>-}jݛNu8A
)tyd8TVщhC4*ۘs	,O7MԤ,c^d[CbvRnح)fo}u?fXPgYZmNiԭ~_WZ1G`OE,~(gCI tv~6ߍOt{+סZB:2xo@kpn"]QV^WgA֚Ihcxc#Ԟ\ rYůu;x.%^ʢդ@5٭ڋoƤb)5,Er!2 T+ݟ91P+qB//0ִl;>gPNa%Zk2Gl#ʪ|>#LӡTՖB	× ̙̄Ў(@D|L'ڼ^עa:S0Xy2#@уءېvdbB,Sg/7UDt^HՍii$?!DùyLKMa6l6~a?]G7.1Y>&ASV!ZV8i
K&i^~1Q(N^@=S|(}aF-Ό#vpKǶ)P<L˕<=#@?x-ؒv4+kYjSgN0[2
1^"dg:)HX2N	Ҟxf2gȟH+ЖMXS܄ {vvkڬS	C:N\p*!~$B:H.zhlKBKӴ}=;5k,%$268#8eb
z(դ@ƺ,AŏxtקȸIB|>B~ {ޖKze5Qq{n(!?09jO׼<?f@9=1-%"KBƤן:/-n_SvW.ނJР5px9g'::!Mu>rAq̎ot$'#IZu",VdѦF}8O[.ïzx*2)C<Q4";XvYd(e~17'zJ	EkYm0Ru"tSW܂r#6_,E#bJ<S˓j2()yƂU=?6,`Pʮ%Շ=H(:7sK}b8+*Np&5.}XĹ0{S-V-=NЙ%eWvկ`U_ceOxb~Oף1/TXo_d4&]Yoߩ4g:x`Я^`Ϟ҇&UM-ht-	GAgVrϘVsYP?+=ڕ?9#T U+
y=QB\(*k;Qܩ3uHOդkex^P|NZyp[ׇD.J(~`[P5K(l+^`/SĎKd!pGz_Տ(aުpև<jf"r;e';Ũ8}4%[^aC?R9fx}êUō49]wwte̢7{%\7-Ճ?Ԕ׸Q˄q$nl6g3w	qld3)!yoe%/J/8?i'6;9AOBno<Md}Qy9?zbeTVBzڂpڜs
nQf20j/jډL;0/[EZ7=CǷYwE,apnլҀa{-YE=HaE%;|pH	
WghU`-{a5?#Awx@#}]sەjd{dlD$e(D=`7[Œc(a(CLt>=ж^:[uTSAצpl;uZ6d'Ϫu{1#bޖW_j'NS_%YB$cAHiF{6$ݪX.@*:l*Bt#]t #lYmB?DK&^OPIj;$(ehieР
ۼ.),ӕ^U1Q{g׏R
2l'{:BJCz/֓H37lpinpF]7t_*>c_;pǄ%Ɨd&{s6[ƘcӔAl&<`VNsn۲"ޏҋoY$d`v;ߌ=sGfXIRh
R,PqR]?GˏQ' *ǋE*Pĉ7d[{/u}aLxaQ+Uw2(0>_x8,6Z~>~ՌbYȞ{gMCDæ&{g9T*!,Ǒ,ĺ̪n.n&L{2'K
ρSX6C`QWpzRy=WN.3@dU4n#?\5Bm~7 K3S~(		8XYXI:^,*Svʶ[q\&TPZEZO׻ R`h{'cgD,4}J{M5sI{7͌4tP`MgMTO4VXQL,Q;Oe7fe&O)&PNuwº֦o{'(vZXx).dى}-c:2RJiܜ`k5e69`B>?5RѧW7IaKJ(@p_p;i8;eQς$0Ϝ(gӊC/V7!׈Tv1r1<u,1/Ԃ*fo+iC<֥۠25ߧL>͖_y_=0&~gpG_^TEe@a=lZR:2ayN(C79!ҭ2Zًŋ,H(q1,@<DxtSc:
ڂ	N	w)Zz;Ű`ϼU*Ԡ"߱ݓ&`#&~-FDpg`NH4ӭHҦiҬ#kJjȦo"T]ÃϴQ7d,k|K&|5sƦeaČR(ԩϼƎ|Qk+Wnӱ<.cv(4<F8yMmWWBQJFHJD}glݿ1Og+L1L:\}9_0S$
Эtpڿ܆Qz4k8m&Wюupݷvle8}Z%=\MQǇ#uO5^Kԏ2ӼR0xO(wa(JσtK/#J߃ߙҦQ<N2/WNв7M[f')d<`ɣՅFqlݼ(`bTR3/YY9-SJ˾atD
գQUUN{|@UQav[[AfDsx+AJVAo0/V. 	ԃAٓ_Go	Y"?۔+Hػ(k&Ѧ҃Pб~@hc&1B2Si9y-ͥb+݇Rh+bOͭ^eIR7ݯ]r[ư&g+}@əh_F4[cLz[0'9tOy'!˱Ǎ;=:emԚ̑yOyMbWDpGE&L[)x)ɂ])s2Ȯ"wrx/b@DMݙIĢ	4JL/"O"_~W}zkͱ+>*bC+[=X(d)ΐ5{:ZzJbk~|$LpcM*Xז,G!ɟ,g !=އ˒0bˡ{ a
:ˇvccҤڗ.Rlo؆J:1a	8r[f'aEڱ)
`:6uC:~"׆ڶL#??	ĳŅN@	؜2lȸISyaJK3ɾ{5.Σg0-SXOԊ%4-
wA=hrlJO~-t:z\bXr)/+^GN1!Ez(WpJ'$QPgE831F[B2hRsٷLmށcZw#5-6٣ODx>]u}0D}'*q.i~۷Ws,H91,p%	;JA̽ۧxGf{UTV%mtQSܑ];"+UlҰʀ'u<}vT(׼&%+dZ·˷8EJmP7!d:\?
ft}F7ÞL$ME;)D^~X#_ǿєTڤ.9O:KT2eϦ~QxH-ǀ]%m	\d][XѾb=`
=nYIei~ث;Ύ[/SΧ(i{DNts@3Vɉs"y8. 3ۏ0a~Ƚpˤ>ӥko3 WCUGHhgˡ~&qOy)fmq]5<Sn-idnw,K1!wV`#6w8͡]WVic<v4/f|wSԂ#y{Ni=jӼ)MTkrhc*݅d&taQɃ/!4ZݯbMNXѕAT#SHGHv3U%W%g!"Z=KP\0߂[=ޣU{i^P֑W؝%+;Bx"ƌM_NDU,{*S@֖$`dy@Fp;m1\KOʐNd"a$ܤΊˑ|ԛ*Yak5xG~X6%K5;wǻx..D'x&ӘV!zsa̗c&pN+״q?נH8\ek0Ⱦ\YF1TK ֠YMJK7!v)Amo^;ٝaLod՜#Ӣ,rQ1zyVlM'XTFtCQxC213=ڈKfzZ~ȿJՇ?V//w12D7um)Spb 102Vaxђ*bTl94_Sĥ2kEJݲ5$GhQ۝m	|](j4cG>,$wiN^>=QԞݵıl:/0PQ;&۵,":yO)|
il]8h3%WcNJZȑǰmw\Eϲ7pu5yȳU.з]ajJ/
{.$d` n$ϮI&TxܤmEIl4۹Ini,5yjHQrt(rcP%ďޞ=t_B-yjmH<#9	lb>yk.6/L'o |ԲWSi*Qg3,ׯIİVBܼ7+kdGk(!'ޡǮV۶Bs43=Nj\\vȰpz,Um*<+ATψ3޽l1({'w/di/ #9eˣАQ8WZ2ٿ`N<FʚCid(s&Z"?W)ؔH6O~`ڙU©gIrc;T=uOʸuNő*qÜEO/B*fu֟v`M@VB##(oRFbʐkn>#UvB6>Am@JvoLV8NRǟ	H`R$ܳ֨wۿdSw׋<vXoy)ILoܴo$?K/E@]=v[(VGځQ/HI!ّjj2WkwTĩT˔g~Bʪ7YTN`>Z$L>^wMT{m @c2r+pb2/"ߞu1V$ IwRUHK$.UwU#p*ha(1hZWd,*2%DDp|թ8&I.[zg[l""߃-
0tt
[9
Ei/FLm8VƖZ#9#ChPcVv"'p@"h|x#83Bm5c-ڋ774i9VY^L!a؇zߓE,a~|ǇwMc$7];^H-qpg)N֢+BYeتi!.xH_ű/ǆ[mst[UжN
#L|6C09z{-â;N_ԯNڏS7FP\9tX!Ӏ86=-x&CW4@j2e2:,{H9b-EuAP׸LC6*Ei'Kݯ{y~0
'Pݞ
:5?(ܜx2		9Ox	hߜCh2XΟ	4w6L%[hYS]S\ΐך0bٳdƫ֥Oeyg\,ϤA&rY.ڗ!WԻc֬aeĘ8جԍ.D_7.OmGhv~ߖ{.>4͇0Z1$vhuk
	
InV)BݲĄ4;v[[JP&wշê١mlڴ?;O+temĬJf:xRP"Gy۵dNE]nVʀH Og&gV/Q:#`BI/ė'%e׏P|MjI]ځdqfL%j]%ٱQok+h1
p˂"H),*уT{'ǜR!liG͜++kkQ:RQ<$eDCKҏFv(W	GO)Je/4$}9#j}ޯq`<L!
oU=»Ȧ%9}ܰ)hyCq;Oj[5bH~~tIiQ^MD4U^!JfܯDp{45sS^[kYAԂ[J8^5w!"YŎcI"RhÇٔtKP9?4֖VMs1tcȜj:crNev+ѓT
/9fo4Ho<6h;ȕxƤգ.`e-ƩvH%830Y 	!".XpR:ҟ2/ÇL}Qʔ]tkgǽ}՝78Yվh
9ld1AKaME?xq'5JxCرظC;XŞK*Lnfڏ	}fI5A;z0{)(:XT%TVT`"H&v/,Xe0nvǍ*iER>5aLjDMEmktJ_)p'aQȧH*hEg_xX#(;Pϲ|2G\Q?
	0EC~=T>I\Q,٪vwQ7EwrcOL}Q֣4b@adt_dϼECCO!)6wv\x2~̧0FQ0>Tlu_L/qfThn8SKB_ZU>W\Q-{4T7DVnĸe	=!<'vޠČ[?1ӟL;<gf8/r@0Hpюǵ~^m"lULNؤ~JHLgٯԀ%.1"ZEd(n~[~qh5Ф˞=#̩IȈ//@SBu[,ѥy5is#4RADd(OQO%ۜEfTd-ٻA@ԮDֹnЪ7] ;x@=EŬo'.5A.N}$MډRεwШY.AN85H%V4wTomGkc/Gaŕ΃8>~bCe=Ifȝo	[f,^`na?W^?}ȡӮs^qs!)(h\΁wCs!=M
ȡܣi_rgTK}2+/xwy	}W,bBk,?(kMM=UzJZ:ؕbɠbMzO^|ҪXkRdx
cVz[:XV?YPɇiE4%z-}jݝf֞ªg[v0rue|TdDdݾ-֞q؃Jh{۰ayz^\mfQׁ
t"Ք|ό=,21p7`D]yJT+S\4:вB.@&2ƞ
g$p?GY1[Yb,̀߆e@LBʙ
bЬ1N϶],V>kǗ@ެ4BǞ1NT^mDSۈD19:ko
-*A-fMO;2ؐ	epJS.z!2BS6"[<_rm´q&3MUȡ*1)lҪG&y%Dɒ
tS*BɸpH~7D,!ıT0ͽ!X[Patye2!Q'0rɨ:/5WL=$֫Anh]AQs16%g1IuD\EG>j6K7H6`4J=?)Sxy0.&hDd~/40\#}Zb	²Pn5fR0lIv{38.l?3ݦ-ܰ:x7N~^XxT#!̜TId*7iPdЃC%۬ϘJkr0MM}5O7ޞ^t9ˣ9ͩݼKfŅ'\~=76Էr˼IEWon@g|?	sܙNn=,8+B|YH'0,_ӻFd!}jJ
tķ̗uW(6m{ppmm΍K+6wZLRR!CsLĦA'>-"\Z+8*
Ƃ\[+h^>|t1r
OϷG'oZa#ϑvbB1E<I3[͟t]IC>Ƞ'X٫[sM>k"<Z;Tx8ni%Msl5ֵaq[֓t1Nhk.jAſ#(jțlƚlbY4MvzK{Ⱥz*
/0RDz0XF'I6zAءߍ]֮fRAÌ2 ,e8OV@_u϶B)yߡޅ%FPɕ|_9In@L&z/<.[ٗ),vA$v7$KVy9IRKC^W;;xn=NĎ!b_j$J	;U		g.R-~?,a'ڪ|	~
l[1#ltN]sd.+X.utC7X{Ubl.ʟ8xhbʀ3Ȝj$X[|8su38GxTFgΫym̒SZ!ϋBm~0*͌w%^ VV. FЫ:aSr=ѱa3H;,&V:NǡBG8gn|o#8s`\,ODZUWG3Zd@ӢImB1jNMr,}1'z`<3dRy.CnHBJ&JFu~#*!+0-ʉ1"::L,՗to9g	^Y׈=-g1_^QMف"q0YǭrdLox!sZEx`^DYvYQ&M7@yԚ$;.)َ-Y7ZXpbb(c1vط3lCqk`KtjƾEB7or)
!9+V&Sӷ-eղƐٵjt679G2f4)=:TJc#)Q	["ӈ"e'|HƌKE`ܮCC5<g׌6K՗ŊV@]@R=7tcAa5gO܈#8!,HҮ!2SgӗqgzCZX&mn/#zj2<sgLEtQdjV7uwF+;1*LhFԉS8GJɓ'P}V?T@0'Φ0Dɷ#Ҁ;b[Ra46"GKZ/b#0&sz*B;T$>bߍك#_i3޿ͅT'~w=`h?4au;E7`
*oanޘň-٣Үis`/dQZܪsOΓR6jA2	c*^6kՙg?j7zͶVͥ4}}˒lLRojqVNvЎ} [$ӓ	4ާ9ɶYWY6
?0^(~)e`ʋ;>FԘ9@Ȍsہz:~g~4R͍ND!ӒA[
|'{|d_m_:lʜh|pC`$k.ü§F.YS3ߒ-kpfDȔ.D)rL		ٷxh[®eҴ*ZeR4u]B+E&D$u .w'FmGΒ(]֌*FyӼ :z_Pٟiɴ,]AY\OZ@@sހO.ud0]x6NQiH8?,J,A.X+CA¯mKiu[2F9φAӿ7[PGn_rcИޒh	ʕW];?Q^{/=+T'+̈qa,RƬaܽi'nh@&n.׊KEv=dkJ+Uc}Z4s=bi_lfK_6zU7-H>a[˄k`+aVâ˚FҭvǾzwj)QU~چhjеڶ(i!f.G`W/?w]_s 5k
؅ϿޤgD7BL֜Q?Rv;!ٚ6+ai40'	bB8f
$޲̏A>1&ƍЗH?ل_(MGK7^-2 +E0RGԳ8Ĉ@@ՅӀ -7$p^܋ف}ןݒUV/t<fgAgA~HLndks
kڛ))|rП~[jKv/Q1$F|EkwL^$K1߈8ҵs+6lao9@ǟ-jU@jf(9
0oh'6';gFT"eͳۏ8jRf5GF,)&4ý&[fRe]EQ˫Gz&]x;_v(	|wz=ɼ.}Ϛv'ʆζZƇoAڑ,]!%P+#y%0gƱRڊE*$:Ed[1i'()ЮRC:" dB)>3Pi,:/φqD>i;]CWHOu;Oۀ_6IѴFcbfܴA}cT؜WֱR؝Xwqн,T*eq.V$Ґ2ti\bCӔwxAzaϻ1<h߮z¡YL}MQ_x\l({i/іk.p)&ҟPE|PPƕ&lVqhm#v@U/$oߌ<>eL7Kf^pj6`,SlFz!tCF޼۾7u(G94{޼ʭh"*$RґMʁP#5ԗwJ1
t(YLņnVwr+Jlؒ&j^E2)g܇mהPF(
jh-%Zx2SH_PpxpnHA	Ǖ}TM9@SÆar&q>^0ڔ~ۋPɰb:PA3X_jO1!'8bn(-hMc͏Mr/y׮w%qܵ$FɶKQZk_%Iի#"mIHX^/1RUIy_¹
{d֌vi_X?WMcF̬ǤJӴ[YXrq|Ŭ:AG"ůƘRK,cSm. e^2SݷFC?-x_#ܑŒz?Y(	_Zy{A<$	%dX{wDjŀ'e?KeK#:=
M~.zkU܉x&oZOG))Y}}۠uyi*/u.׎4fx fn(.L._ʌ4SAKV9D$U {ʥ?[^?:F&לHҖ4MhĘ+<XGж0p-0Ү^ /җEGXսdcd3BΖ)p{V7'ɄQ;՜N8*@ԡ(jB!hמvCK)L{+$.(1NMӬ);(5gŭbۺ3U3AhWƤՋ
dc"~JyQ;e5l)A.8ME#Έ?H0?C&lqu<MǨ0ֶ@;»:w{eڗn1JőPODKGȟ9аw9sO@-\RH׹7"Yńµ+;fxȏLn/4Akiܪ38@X [JOߜM3vM}Y~oS*IC҄,¾@b3C7Z;OͲ1,ݞ}^Be
բU}Y^,IҖޚݴ\$Y"sɚmܷ|38ض(W%8rE]9lU'<zվ}{\K<<HduK^ݼǨ v(Fý^ί)-#M ,eZnr>%y%))\@<'?!K\.g\Û)@_
|lȺߨW9 HҎT7;c5
,k[޶paTۿc\}FfSjy؁K/b}^_~)J#~>'`	^ݟSCp8'm_D3Ӎzfy˦`S˓kDGLh)"B4;+!!՚|22tq*6H(|Um̡Cq(<Z|ˌYu,T,.Saq]܅rA<mg`OM&)<xoMB8w_1Ҳ|Pv(N#
ֹGې.Ӎ1bV?ď+9ynǿv2z<7ea &'8p.u^cINojU4[])#'Odϕ:קl3sKЃzKaMlŊ&qwZ2yu_a|COv8#ՅǼ=7Uqk}ޣJyW;%&E^fY͙s@ϟ|%4"UãASm6̳pȞ	(&o+v~1
4tSHȝEBz,o|jKk
hK!AB4OC] ^
lNyVY`A>G|:%(u=ʡa|9ZF٧8c{5|{ΞB~[mnֶ9˺[jnh_||iX]-<f"TÏhF=yb4KһE#c0u%%w	S+H:UbЍk1]
	=Kŉe)kIE׮1Sa3x4XorRMVˏdѻɫAV[$˶pQ#Wޯc'wbHuwMO߰#Rez+ZnũQމxT(sn^X~|}|Tf1!vfd^j^IcXtkMzeٞύ;ĕUZD[sXX<A#1M:WP`ȪAiςօ:[ͮ321cP̺9^L9^`:
m2CS,ť*z_(mݾ,&Ն.~k2=M1*B=șE֖w~z	.KR7]`dFzIIvwJ1#.,{}`vv6W	&vH>&~vE<ǻlo*ǃXգ)/3mt>L$i{`&"P`R5T¸N-7W]uKЗ`^ntڳT>Y>PG=[~0'
%.ݗ,AZ"}yi0FcKZ'WZln 1P/j\8ũ͑Mq&{\(SqQ_&fDibuvj(j˹Uۘ0*Vޒ-@$B]pY)ȼ}hx	<ъrGqs38Ǚ@0NmD;׀%;K1uڧ?q+h9!î7wg%ƚ8s8!$m+j;[<AzY5>hj!{hMÎck-lk>(9-^w>p]âͿ?~xrըUİK<uԨ|w<DR)omF=h!!"p_0Y-Vê(K׆6lЏā+]эR*/؉*ٶ_S%|ۆ+vۻHzqCNe~ZWK&E		m)2Xuf}|/I#ʭl19!Ӧй /C0gP+#|S1&fck9Cuٺ5Qt^ݥbQ&w-i.x@x.{z>U{͸Wq]u,`TKAy`(c&#|m^UtoHi7t+)Ć8P)ۈpŧ%z/$]F	~4_DwҼa)b0<AH4}̻ćΖQ)@fտ$CLwaߦtta,ʡ.%/eؙQhr/Cx(ɠr>hj*$mm
%EdcS{4|7ܨCXNnBNЧjɁZnȂNfp@LO[PХ)ˆ">o+hA=yGA͚XF}}mӡX:h3!N#z͖GԬgcR1Û*MOrY:I?ǻhCUʻvˠ+NÔu(ۗqwWEiMM7#Ӛ=59o#mscMoBms*I8v";hqnpfĦ\oDKg[GA'?ߋ7Sly*ntQӢ&<
! ,}
t:8*TQFL,h3=Jw>	#8NЎn{zQCaqfjbeѣߐlӭ'ii5d.{iՌlJ:d@&@Pt -n"|ܬm03;~=5#!vgTo0eӹۣ# ϰOݏVRistQeڸ	k]s!wER۟u0В2QXX>0ZI:.ƍ"6P$@T{ikm&X|Y@&38ߢ<tƑ]f}hg(2ز43uVC0 DNѦNj
2m3̉}_9'l.get(_]vv@ڑ^͚XKΥ@!HЍhDL/ǈsapK~t`rz1qf"**?FWxЗ-sev	k;W(";+.j~ClJ,	%!(գgY\C2^=Ѫwާކg!бB#h
ɮ$:̛ҙ@@Frˍ˵	Jޘ@wGT=٣̼n']а9)"efC]=I8]rߖtCY
ѩ6$ǡ)E05Vܪ7ܹr-36AGm,}V18lO#3jo`3Y/YbF*@j~Ҷq`
k۽L1E`ZơuW'r60-ϐ!|+%_h9"_XJdmY[jr0*{a(0h-ŖdTŝloSz_SN7/Igvk-	ҏHZ^C@Ƭ sr"-<K+-2She`cڳ!Kf}ފnPoE°YL.R-ev)̪)D>EAI2^?a^-{[2/gv:RMCs٬݃VdȵV)3-IE]wU+Hh4(ݛEͺU,?{рVS"Ə6i_Ź3PXDu{mxC<xnd46\Ӭ.S1F۳C'ʢɁjX x|`*tˀNH6qe <}i֜D0`gI:!ǻ|"XDJkT=޾,fvo[&yݯudIUw8qketz\:Y.Vń<\ѻ^L:KK5q?0ʗEHtys5h ǫf?rεhd1]I*ߺ.wo"{Үdy} tKD$m!de?~@P1۶4]g.)IV}`#rfmxR6/1ґ46TSžST߃*˪.َs.k!.W3`[@Wy(w&R78JIu#>6\IM-ү·̦Z+Jbm՚ݹQɓQ޴3r]Q۾(2{lN#m>۞ExlJe!cN?Fܑ]/xIYR6UȠP̦w+8Y@eDrօ*{ֵN?=%ن~E`y7pYmZXh.&0Ʀu) 6[SI?hTSEEȥ>Nݖ( RƕkPۿ}Pג
k()TЭo8`h|d"CqHڲƲL9w's&7wE֓$ƪE'@%5ҕhAM!agGzxc L<*o
&Nt=q
܇YٸkZHHS?GtڼOl4tJ3ͤӌxz2Y4O7גHnCbqM#o8`NZ`nd+S0Y%Rq,lԤ˻Rz\ӫ1	9rbdt=u+$zA- c5Æ<pU#yTv;ÇSZZb~0A'G'֭U*-2)3a	p%H<wX>XdH
(iQ5@_'_۪n??W&dmV͙o=sWܚPK<ȽNڷ5҃o+"Lm&JN4W!?gm@A11ȱ¤͔oc	PE>c6H*Cpֶ*o6wHD)]1Ù"gr.ܬF9	&k?@\]!{]֝mE3]ٟ<On>s{c+KDn׵}bJ2Hyivjkdaq<QClW7xdκHɲH=oHĈq*[W8ۈ{K>ŀ]No]>aDsnͷ@A6*'PfFDPVi;}
|\*[#A["7ۉt/p,.6zh%.B,BV(Zc=	EIWbS STDۂzf&p)ȀNW~%7*}7wo(U[KQ9!c$rvtҞG-Ғ7;a:E}-/xElrbwcǽ3Z͠<&;	t5<v\B[I;y{n}:3m=;4KNTV;I][v|^}FyFwzuq3, vGPKu6>#2NG ZyfCr;-u`y=-YTKTYVj4Fj[וѡqN׭# (dOd]܇z%1hwRz+ƨr5GAgG){yFii'_22xR5+:BBpe%iQH$``>EF(Ľx8*Zqr&4͑D4qiwv֨˰Y,j K)e#ZBe՚:VNcl[3TNsMLD=.`C:\0QMo(	~hȕ3	zA@1WHfuH9DB9#ծAQJLqZ֑Ťl1|wu
2/ tvq|M֨-?5Q\7L˪\p~þ'V)q^܂֡P5,`lWN!K=^ͷ_>qXҚxuְfA_Uů6Dh0;gXeGc\5y~YL=7xM>0Z/ٔR>cX^4̶yG^GXζz7iEKTNzʥ4z."^?.{SV>{YGcPr ׇ2%'ds# 4.P h-75r,=izoGSρ9J rCXW!Gn5;f5qIlfܙC'ЅH%MѺ_q9[2HMۀ_˼VS߄x@LKлSԽԶUEraɐ(Jla	<S~: G]Tkȣ1[[-o~3ٿSQ̦+ͅƮZaϝ<w+oJ$nN!2D۠VV«gνwO&ux(<b-syJ-X0לO	9n^KbG٧0@ڙEg;C&ԏYV
t]"H}.aGFh.ҙًFu`;s.z<Xõ]lMYl ԓ6~|rZ# Q jM9aεErph<_[nzK;."n)hŐYfh{:YƑnegӝԐu)ϒ}g	QMaW|b
MC=|[4ˉsCjGӯi
	3M''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24205)))
