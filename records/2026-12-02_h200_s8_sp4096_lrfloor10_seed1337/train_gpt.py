import brotli
n=a=0;b=1
for c in r'''/`W}{{*5+Bwe3}߳ɆuM1trb|O".1s2o2$j>`X/<͚P&v7+o2h'T1)z7Nm_ʿP/q`!&^Mww?<`qaSwayLDj8^W׵¤rU2@أԢ|־&0CEQ5@)֖6krT1.2|,"٬Ů/x!\g8o*bDJEcx:V,eL=Lǀe.-0־_@Ҩ#;|3x2xhO"ȽLËVƑ>lPXrPܬrG1h1Fϴ`&I_2-.}U	1~]Cܚb@oIS(ic{G΃vԢ]yG/Ci{wul>45ĦR}- <q$gfk=PX`+=Ƽ#5Ț) I+\N(~w|VF_U-OJr9O{xz{CSZ[k	`	քAw¨?!@\wυ.U4X-f+[Ӛ"6-;;8eyAޖ5؉5՛q+gn̝R)#zv*'ƙo? N\Gp~0\U|?jG}U?݁TKtǙT	7aROG*͇PUAq|mf}`ݣ-]2pu_>qHT#Rp~ dU֦CW1A/?mxE¨}V=z>ң=IMtEA+Oɂb)73qU_G\Vg-
x!HassĜ,g 6,tCXS܊GT.]W;ii֛s#p8ʠT9sGL+6$x}~mTN˺<ĴΙJ.߸,ͽ$,e.18ح3%6Weh^$ËێNʬ\JIҍ[:2yƮV\U|2JLрAudw{D|$Tz׻G͡,Y#T m	byaI}>K~Pf+ONP<-l.f4 huoXܻ9*yب3m}
D]i3ߋNͷ%/g{
e8<Zp1x`PyOldZImD_<`o?OӇavҗޠ"TvqӸTD+қo,6=`sy)rR\Ρo3)88]!4_È˺0*B_ybNbP@Ӓ>^V؍׶7١[%;58?XU=If)JU4E_Ae`^%pQUQ'r;b.eu5v.ҿPFZ/	(:ggfʱ9khvs~eZ>+N"c=tPٲ{9\$-THOm6Z.}i1ov>oƘWGbV
&7x5hLPɁsD	'cpdp L]ǷzO/̵φA֘1KA.
 |¨#g1ĠXKO>SN#;1ڪqw2~.JN(<ޜuYTٮ޼Nb+MEA~4&ʾ֮Ø-١B#CD?LjʮڮYCw]?=;*ZOeh0N>d&X<k/53nXYE3a\ضx,ceϷ[;٠ZECޑ.:"֞cP^mu٠rڥ^y89?\
/*mϔ͚opjv}?ň4nWGcM%> 5pځ~93NXf6W/Ē[2kܶh3	5D-n.ȗ̽.Q	eSU۩6*4 ZtVyh5GC:XsF׊{MC,sbUVԾd'S%W,>T5ALyͩ4֣Z0Es`1b?eME˴6Z7E+i"=cp+mf"Xg C3ILF52bb|r1(v<|m0W>?^?T:iȶ|yxiWۆV"{?bYye[Ս{ рy3	Ĕ̩$"F;ŝ6{D*ƚß/h~EЎ-͒ͯ1ӥ\]``/I$<aPI^
W1'tԚY\RA#r0ޫa_иZy79"NvyWP3zRAq@fJluvȎHS-8>0|SMN'o)P"#[VF}l*F"RȞz^(THA[A>*^{FߙhDB$N]SK>_ҙN8z!ǥ؎A7M\iݣM-X˝(6u8FɸSˬ.͘^/\/ůA֎N&d*Ԗh-JUAYS(.\oʆ;qwwR(c5uؕH܋$AT'AkW؃ۗ>Aġ~E0csEˈ\e(%&@$,W%ۺ Ѧг|)q\c!xMRBH3&ĜH0J{Ri"\J1
mjf]<l5(2K|O%4G}Ѷhhsՙ
gK{h!5\֥\ύ/ݚLJ|AD1'	t<fן+L-:dd΀,ա	e	ñ(y|<dAؾGKƮV|LDI]aʊB+K6EP"7ڰDf7ͧ{(`_nֈcmHve"4̮BEإQw)3͹!y!ԢSӲ{o4
ff$ƵMU]rs GπgsrX]~t)ce-NzGҺ)ò&u|{{1Ϝo.FGc"47eÀvEix[T="Ȋ%0ŕ:Z&	WS*DpsPԸ!|=&"U8I%yƟK_L6m"*6G]i2m>>di@x8[!.J0GjR&ri|x0NkgfIOx>uoLxҁm5oC/Q%
o8I@8IXrt܂{7*%?QV<؛b2hQC1	5/52pWyËGpЂqǸ!'8MT.?Vk!!6Оz	ۛaQݥCc(V@&G$3Yd-s,00gC%GBuYٽLݨsJ>KFB0[O\RIw	bOVpֻ#H0Ė̛9&	Z]`u-	;&lx>Ǥ#=]S6n$*2XVG=B*߱m˰Oņ(uq&"#^E4"6uE ĉVy$*SŔm~
wuWT<Afwۉ=ԾS2tr\`s]H->r̿r,V͆®R'#XʏQV ~`[T"u?8J@e~^`fY^sR@JcGq2A
8u=%]$~,3*U[)|twxKXiiQ>0sڣ	fNo(I/.kժ޼ȏP12(g;\CN;AjC#F5<~A*)^0xsAٙJhOդלuǷ%rKLqCg,fn|P=*twAB\|^	@4ч])Eg6'YwCh{C\fݰөgnfeֵS>zrʚNSr%}"i[ϥQw~ߵvYU(iw\P.nWv8@s$`n-&{*(;:2`N.Hb4Go 4iΉ';T$EUHWppG\']ȳÙsiceʍJ߃g(Hq3+/.cpGBD
҂ΉtZK˨`l#T?&c
5WPjkW")YſfG*kebk)1p'ҕ(+e'^?8Ɂx+ 9s\эlܿ}NuqSƺ'R]wڶr`84n?۞B͓|u|zc{/#R4݃J0'&͞@CC̑0PGڀ.n߼zKΕDHxGҲl{ԙ׼w @~6>jx/v,RNb'>)ź׶C`;"~`F^i~k3Q~RS4ƖOBSZW
lד,\ymbKĜ-Sڿ34%d:[h\<Kg^̻g(%!B^z~8BOƋ.t>3fd~lZAم\[SG=N9[}zǒե_tO{^eTej5-_ m[Q6$bVeOa?ڏkF^Eraeh%˲bѫhM۱ycv_rٽd/J3PKoS<StRq˱'T¿&F_oL@-RtHnգXGp;AtBNx'*b<8aΓvc]̫ۡ_$Ԫ C2+<xz{tM]6c>AO/
ʙ_8wKre!TT!NjxC*.lñ=N[<]*a!+7\0?!,E؇0إMTYѯd0)>%5_/^4P5a@M[@?S_2a~%,Dٛ|?~9	)1)UwZ + ~Wh#pձd}?aQQm| gFIFf>wեWi1M'-:3m'WuQsI)CkrAɃ8Bo]?\݇c@T?'f
kשR³8;k>գr'x:`	2gav.´vSͬѧsǾҦGm5ϪH\$|՟r1&|-x*2ʂ3fDğ_;5UGSnLНT.Ӡwaj~G&6"lOsA`eEv  ۚZHߒuAҗG+dhйASί2ϱ%ׯ>yfcɹ|i%bV&,~jn)W~nίt˘gv)ph=$jR8&
)|,fv\*35WcǽRە2_AľTUԱJ]ƥ^TsrRޖ8}M*I&^Z-wAܰk ,rr>rgܷe<.xٮܫȟ2(!W^bٖJҵbюպtj%6~%mvJ#ĄFXz
jhynUlT>;^
Eb>YkEۓz#urYݸ@ޯ̨$$iʳ@ނ3ɭL~c}\0r~2.Jjϭ`%(t;hϡBx 	1yn	p۝!PEڴI\&9mi^;4pl;VwIy`]PHy){ܓ]ߌb)2yNB}iԂy^OA\FYʙ7n۷5=g_j|ern$$o/*2	;.!Nz?ma œgr]L·:}όW#?\ޗxvȣt+GuqU3g2sE#
s#|9m7S#RaHxtyvn$9˓mh֢_7l.RQ;۠#lo`Ҹ{6?yYD$mK"ܰ^u%ߣCp@}D6+,#?rUq_tE˺6W&P(
ȹT90-r5]e<@̲avʇ[I'ل\<ݚ־tǆ5FQe{ݴׇ u܅ۓ*5kqҶHJKoz2}ɂٰ$X%u3Ʃג$uЎ.2*7е$"Xb!#Jґb[P¹ܾFJ9(9c@4d>CO\͆vN* m5&r=Iw
8W\EiNpĬطZ0TNx<2#ؑB8R*@;U%Jj%'><uuC̀AIBϑSUZZ[`
ڦTCX9xӅ4ʔH.* oKյdǄ&^vKA=$x?N[bsb<]ȱ9pyYrʱam*ؑ}8VtzǬL\OޡB],EYɼa Muݯ܌tW	Nm̔؄&Ò5݋ڝDf ʖ?E4m
SjH?_dڮX\2;}U?!بoTA$YVu~NͻT!S]Eyeƺj[Q&{lJZ^wp̆h"}{Nwh Ք_$DFժٜ:KpA"xy56-h]ݐŖOW HJ@ˑ&ܰS	O(EQ<?OVd_ݝ͗{km#ZIܓ[}[? -FGU.L½v;$+Ec"X("Lۢ:TzbUJ76_v7r.;Ϥnh6?ŇW>e;FP6Ye(G
f/:ǞyצH&2sĴ&Hp+ұ܍.C-%os0nq@.0YHzXu^mўUɃ,R;h*n&w"|Zqj2-_A'ߎ5cöU<brh*6%ʏ{QۄM))Dk33dx(0p4|bwF^e.1gyib;Ϙ9ރ2gja[\4E0۹4?Sv]U$e:C9_<8I3 }IYϐPڰKP)tʳn.ԭx4c7So'o\LQmϸ
Yq"N0!4!"@c֞W] *GS`Haflڬ­vѣ_Cu=[s֭ݭ[~z#$9UZ 8nJ5=ˍx#76 B*$`hYE֧iW'o^*|;.nhHz(U7x˺\r(Uq+w3<6,ԟ2[};GZ?{:>3ؐW9a-=.sh%M$U-_3[u&0Ϫ*h5w=`Z|4eiͱq-K}`mnP~˾O7fVM2PҙYsgO50)BjU_ 8u{6`Ł`+Wx0-R6^XLE[uNjjbC<"D;k\5ػ'jŁo%c>-HWx(9ի8)QAolQ3΢Y
:C2.`"iy3/Lǥg~W [q	ؔ٧S'xޤZsk@Ͼ)!FƩfC>U%j^؞GV^'GͩT~߉aNk5h^.Q/ߙ$JG(T<%_NU+,^lI]t%O-ʙHA[kF$<:{џsM6B}̡mΊCDfLtt޿i2AGnUNGy$]0~u^˶B	kN
ѳ4QτqIm40ʸFMpYϒUԦY߹ԟJSO,ZP{D4'Ћ:<&CQf9U7u1uGU8"EcLVfÉpvDxYۙC~~zz˭XBF׽.')UQI>݌iZRv'kudɭ!_P0Wu,-rD$}],O#1^2V@9RS)Pc^%ޤ¦9;1&wzWvq,p	DMwһ#Ʀwӹ!46nV"^eOlc4SN$U}-bܤbuw5Rx(N/X`SI$CݬB5,kٜ7|(2U){$L1P}#FrG"9՟fRJs'`mӫKMgE>¥N2֚^3n0k5
B:
hHHJ7H:0ӲU%?D{}	{U3غQ~ښ%VZnZo̐^2RKcAߏkޜ~?%qӜWǈ[V0+GnrܺÒ@EÐy[UT̳rp_-8!$K%ʵbq,}ڇ{Չ\Pv2c7|K4i+?{D:4e`KM Ձk"'չ3(q}EfٔxǰdcK2RQ)=h3	9J{{EL>enR>b08^,k=<ta#>lbbC֦x50k1SnF_J{Óh}ƇZYn؞r;y:G`I/s`,˸vjK3K<\8kuh54'=Y,IpRfW7	NׇKށX3*rBkvQӊ(jQ̗=%!x]?W{xge+pw&m}M$oԸJ;< ~+̧FF~&,fmTL+UJgҥ&֡Vl3bZt S6>wZf>&aՁ
>u5:D}>,P$vLBoe]x"#kBM	-
)ĐwZEr&m LrBmq-b-@ԋ7hX@Ph͚o؊-u/&$0KJV]FY&ņӝVQ#6$w!+l,#W }hm	e+{<w7*hJ,>TܪֱvxguōvHDK[ޮeɆ@d}ZJG)];Bn*E;do8SD]Fâ=Ф`h_;԰fvDJ
A2=f;cy?Kn1˔23/Zv)eӘk7AV=	HFL^Z"	XTD
?4brXT]!Q?|ˍiŏ(u	c{\p&-vͤʞmz8G˂3@ru"NVʟE,ic*K!aKy-T	qDi(!`~`	KLܘq&,XkS4lWIyԳ	R&y^V44t¤?+Sռ8%{ 0#I*rs)gs|Ye?ԍ`Vcݷ?f<OKղ8۫à4A?v"A\M˝˿IPTcb9!&;>F#00e&*дp}zxWK?U 9dYRSٳv">ZA@ӔhJ-6w7GdHUp2=ǘif!857o*ͪ*~feopjIk{8iOvد(R8}QUͺVmrة,C3&C-i&i$!oPg\Ӄ(Vw)2-bƕ}֧(>?\<WXOi>hmҜR'ϛ$d-0̒	7LX c02®?ڭ4~(F0&ąNoxŃK]VN~|ЋPbM&0EC`nlJNi@\A*Hψa~p"ՆOuض^`z"e;.WgW	}.m}w#kؑKHiuS׀5Ѡ*bfHˢe0|>+rq6;U<Vl;A)m)NҌ۾)FƩ%pT%]4MG٬+v=8!LBTҏ]sƞM+&21r8TUPʄl=tb@Ўu)IC&ݏ{R#=u{}P_/~l.R^܂-їύPfyӰn(2zkI9ؼ[:Rg,WdDHCOM|0~Žܡ8hdv(ۢwI<>l8K SN0ۓ*3ɱ^^d@˗c(s9ϛ86ʑ<KUp$p{/V ;ɲ'N|%b@B!x`72Yg5%s'f̳FHnBj60!}>bjsӔtl9b<IoӜ-U!d˂SL}Ņf="oz(`0π~<
5(GrƲuncޤq>h.;c&#qHnv-y_C8QVE2("()AC]#vUԍһΏCسj hߺżlW4okZKi7F՚DyТ^mѢ+նd%לް`.̝+?ig,i\3u%Bv۲kSJ9nרrj8hz`f;T@&֯eNwio#-iR:7!=m|-PWz~V?o%`0i>J֯ejIJ"{"V+A{.P ]_|!4=j0"56jdtN)=1ci@ݻqY']fH9#0]H
*lv<g.0˩J|#I?c2%ΈX߯d\ƐW|#f=ޤMN'5+2ҷCU̬8B
t^	_c$XҀ޶zܻ'fd}qa"?ܠG8n\E5nWV.0>4oLVIct"$:JBj#3B{MG\ٻNL
s(9cJZngQ*[^q7*̎xca^P.*l1=)A[ߝ"J99zS+I&V,Ք:wT$d?Nu|ܦTVC<4TXgq`Դ(ʠ-!	o{N=`cιZ#6	dѤ_Y}'Iq;ޡfMdR	r,٩Ҏ<n~*Hv)LlJ*w9|ĭ>jt!J}uz
]2K{tOXٻNDgܰ[3}>ӂ	ν)x΁ԌL`z }:Ͳ$ ڮvǹ6xQ2iiH.F/0/ѣ0^ǽ|y'3'ӦdTYR D<ȔTKgި]\e>#@bG&p4ry`tJͧUKiњferR/
Qcr0EN:&zBѼf:Zɶr<O?.}&+MbƃL.rܩ'-]
[V57t'pC:\NIsݸBiA=5r7{n6)?k/f2[j3P9&wYɊtu. EҋĖw]͖؆ݼ_NڢFļ,AlklOžx@-aFZ"u1_MGP]7kVC,c"@Vxa;ʜxkE$^i;fiynˎ[b/ڠG{-e1{	C?.xn/ʲbfHQ`Eٟ݀/f%NOhQ4,߻xwnf
1(!#ƫe>&%bT!>G(Ĺ UҔYPIPB`o/@ 14{ft{sdk	^xиޛ`?8~m/iȓ6CƂYӁF&Z ͪ>Z-0@hh2њy!*vͤL8ԶNH
+(LO\|.-̯z1~rL"!+=ҩ`֪X|yk;PH3?lݟK4~Ѩdz9C+Eщ#C-ȊR	hۑz7ji<c[zgeg6ݝY6F3hAP]	]l [&
eۢgк)|ݹ{7n}ՙơ۝ץx8ƙ$eHx->a+Op,.ʪ/[-òS`۾.H^;9%m<a{ߟGJwg&ݙN&'};
gȗp[?"Dِam/&:;*Հ-ufX1?$'Q!d'ToSwٲKG)UxݶqC}kḦҾfD0ڨs/,Nhv}.X(0Tqccۡes$P<zE6<rԾ2s=II!8B,ؓU
~	~>_]ǘ.ڄ7s#Pjl73CؚBIVs!ar×Ji͢hF&Jҩ\-'O+܊{qbhCoM.Ęq{Xɼ /?&Ԧ-zi87qْCS\amrN!LĀ֏ka|[Iǥݭ+a UZD'JQ@BɼBA}O$ٔw؀8'RЏԁt;u۹d,h4bmϝ j4'`>CaN=\"~0X 's3V+(my@ydA+!^Uѕ*YK6ΞC'9-Q1qXҲCf4"?'`{3\Rܡ]GTę8ǆ8D*~e[c-,+e<>^&J#
R-EI.*xx8R%Hۊg;gs1U%30%81J9/\HY?\Cc!2W}bdFrqKj9بpQ֩R;vEj3@sLdzy2a)rz-CcTnRo1i0<Zŭ~בfKT׳ZF$uMfTkcOI|ݣAٹg͇NWpmI\62BZPp>e0Aŀm\[ynd6FbLjUoAzoZQ!|ւdI@?Jq;fkcm"4Se5aM
;zɚn"QKB8{KNXZ-VI]Fig{1;ykWܥ%U
$|\.f"s̾{{iָ!z+}ǒW~u`R_MDB8.@ߴw(EiЌ;P:Ʒ@X2iِ#.92<2='f3΁%Z^6N#ɕIͭgۋ>R@M9gλ!}9JBϕƵ|z&N| USaLʾzXW_-Kk*9A"֕	4^kS:(8\_RugW@I3r̰/V"0:~IF&k7k9Ny!֚҇PdtCb88]OǗ(ХE'uP2"TƘˤ?
?wFN')=3>cAa!>%AsӺYc,JÎeuЫTI@8|]n`/*"qFCĔ}^*J?3<@.Hב(j\D\1QBPyPE> S\P^$r#JprTl2]˃GVuĆF nkL/X-0v:sL#z<a :J]0IXi6L\ B_7Tbk7GLp$M߮A?ZA,A͑˿=Շo-fL&cI:k7$
:1fGA*aϒ2֓[nDXޕ<;yL)ԅRd3=ew_Gםϵzx6G>~oL)dVpxh!euDXrA^ejk:I>%|J~rfA><~d[-c@B+r'YK)<fԠ7>P{Ϟ+iٽ\~ԫy/^uUUԣ^Ыx٨yD] (VRTPp%;m	qx5*Oz))/c'q!({~-EA7VI_IMG1bH4ƺ:ӜP^:896mtÙO5WzoÞ|nV='?̱	S,5(/1ݙ/oieۭ('\	N ?1~rc1Kh:WrĎan@ɤ@vryu
snd=dr
b7}=߄pqBOAz!	W8ɢR֒
uFR+lmXV.mk#E|&rq-Sˆ@?܌Ԧ#ߦ6,
u*'%I#9Aq9D}j]\@ٕroPdO+1# k9˿ROeI&PyM̟#̮ep9*ۺ*uMҤ:Q*@!j
ߎ\gؒjvح6U<	G:9΃{Il6{=ԢBTjPֈJ_GljHdgWR#
TJ{`޼XnuKwP-]Ł9?|5$oc,&bF6}H62YHGw}Dfz0VCϱm4[-Lς1OAsK	w*JԂnW)L,f*jq"Rt&=o=`Y *0ơ/Et0c"L.(`XlՒ̶ERŬkNX1	^/y<Nߖc'>1r	z	'5Fc\GJce trX!dnƩe] ƙŋEz@b+ &OxM*)Dc,`&ŻP֟љx˙@/qHzěen(b1ͻáKrLW!$ph\nl<sM t5	pFľ\2,F#z.^<P% c=SS,bٝ#Ja<{Kދ?qrGR֫9d9y !rܩ-4ߴSҒRk?um+4#x~f
w1
Ý`.A>eZoٻTRx{#|YA0T8vμq;0t}g8yNSVӘ hY-~]g3o
AstľD5:ʾd-$Y|i)x˵"5srV6UgƻFYs,`%%RIe[sճ%E+vb=K~(8v&=>wO4c1,\hK=.{D^ɴ]XyԠcķD!NL_k9Ae89]Gp̴ H*bq8)<rj>ÞY@SPfA5YuW]dM<E`v`+[dl;׍JXAdEG2n 	DXqǨ:`1dx%Ê9	C¦Rh0/W&Bx1 ?YQ(_=|hգIgqͦu5jJLtTߎ6zM.r?#yê*^\\tjg'¸zxf.i~>
'%g64($Տ(ztݬ)^ڢrl8ݛ4%	%E+uS`ݕ1Fs$+.;ըwіaA:[PG~b%_jG
D1́˦\xqӐh@QOH͡-bӬNկ7Mnēj6&&!qC¨r1"^ ՟veMVJկFy!s8ndu>s!kXcqRN"B`łv#&r[B0`t܍Y]Bz:!56μ/p܌^!)'N)eþ"8p.Eס tC=)bLouRhKe]SP|zjCQd3^u@wi0Vr\am!3^1o:/Y2(4B׽Y3҅ɋ\qGqY1ø'mEWxU\бt&|GqrЛ+QRY')Ԥ͒IbkrGʕeEIgهr"Ǐ1>ab(~ZݘPć~TΫFqWT-L{[KxXp>;2wD;5/jq̶+bRv:]Զ^oY.6JhıI#FNϹÄFދu9FLB/ӭK9NbioT@4jlڂѼY,|$*tǚWuL!$BЈjψ ,ؽSWu<,~"H)I{WkƁ'ʼnͯj߱^_aL;%ЀsخXјlk~Xw9"#8v6=fLu&	©ycY*3̮Zs[NhJjdh{ܑ<;d*
*2ٕaHW3sܮ cȘ.aJa8([WIhq:V+L5,.u*r eIx%B/ҿ-`\٩FG1?Εh^͊ٻS|L=NSdY"x߰ OՋ%d.zӎ͈yK-@<Zՙܪ*j:cuxj|EoY.N-6f)>ۉ
ݢ2ڿjlݙ?]sYS*ϏʥDq<87k=qӯE1::ȾߞO}ڇi[eQO4:?Utu	G5XN"ϩY(gћv4݅nؚi0="F>K7O$ζn٧4QHę H2.UȺ҆8Vg%јqEӯѬkLl<i2U6&
aҰqGX۪ҧ۩óiXFuL2\'>< B4?@^H,j6'տHegcm޺0Kwu0."v]?:?(߶Өe|4؜zCp||BUuoȵ^DNs<#ujc<X̯σ<-	-ـ/~K"^6һ(qm'тد	!xTSj٫zG.f>[xF@>?}/
I76f	tVq7U4+I]_SD߷$Ze=r!{<P.1n]֪LC.SV)ŧwv	B#YOgщ#B"C8oG>)n\HGtspObG?_eȪe]0-*+ݞ??}qk>JN<<dpH:@h9ɯIW]PGH&w3	G5>{K>ǲ97Ctׂ8k.ʼf_U@̰-zЛ~kD4l;_Ҷ:܊Xٖ^U_,ۺr% a#`N;Àt\Y6(@&Q;cՏym]|9Bd(QPq|͊eG>}+ےvmԍPm	ʞD|2;h'Wݖ]Y8',27&7J`w-;6ڄu^Xm]ULY=jer?	˱[ۊ6"D_$9o|uE^(?P@DH˻o!U0Zq}+!e>W״GZT)Ff0q"< ڇJ9dе); wƄŐr;дPpOs|bKP"YxF!լBNBrClJ`Q%o[Tiҭ7A>D܃	wŵ*-7V/vld%xۄZ]FX]a`#d3ق^~U)5؟>h?31$9LXi8ol_fKǵ|Hfd0s]-
OSzV\Kmy ³-Jd$563_@9}9},0RvMhBҦ̷&=BװMNe!f:FD(T4֬7.m_6c.o$/ܳv%[|XD,0?SGAʹNCس~jtcRư~ޖ&,ќIKl\6~n/E(4f4~{FRyTP,m5[`(06-t"e:%MZdpB6;d|#³9և	oj,`|05(kU_Z -lpak_xam'Y*JɭMO!#p|;-/u¯t9ƽCn}8qp$B!jrĚי>:g݉)wMUIG?%W^Ρv=ΘZ&*/{COG; [z9_&kU~Uh$3l=ˊjj/-UǉAǏ,ũl7bPvȧ[
Ĥl"|Ө]JW'FzElPnӪUxˮ8u2"l[S(Gc;`V@"Rs<Fme~ø^̷vҙ%'\|i4ΗoX9*/[("f1QҜ]sA9`v9/ߕV/d؃&i.zҹϖ-c)UJŕ.*k${k:(?4ח;|TP׏q{5<NyR3X@mp(TEdD,a:Xu[e!X-"!R~uP3yۨ`F*Q? ՓtRiĖZeö;)̧°Bб?$??%c^
=}׊C4(`- $BeHIݦgδBmҗ»E`%əaXjQVwB[D6IĶ\ǿ'Ŧƽ7W7OF8drBpʑم6v^̈V$*GkX/5zPbD&Z4wIcXUHe67~6zw˔A!%SA9oĢKBvy8bl@q:ՔU$U78h)j9n_I95c)Eϧ*RjbZhQЭ4NӝRM,e>ȼDI6iַЄp.5EB&4
|kK_Rn3#D&_-T:y'+Z~G_0n3(t{F@YPǫ\WEֽח.X0/O"kbiiܙƘ[pH?^3I82_DX>p62B@n,,t'Ļfdj}WA1Ǒء2u֠ZHn[xJPz3yN>$مDGo#^M/ݹ.fk/SVOt* 9fܰމgxvjXѤl!=[9T~tַ-I&ڒ}L5EEǇ̳ٺW%Yc;?,_naHd֦̾OW")DT(zB2;DY]4:Oրj;9UoP#ڣ\0#sJDԫ*A)6R^lt
Sގ9:$޲6:O0T[K+кpeRϨ3u=hD̦QfCfF"ёqSxν,r|@6֑[׵0Ԙſf`Tв7#!R*^}W;wF`pT=2~Tɐu:H ~ߓ{yPF+XB#'S>vCݑ/Bigo3,O1T765|иp&ѰA06Fs`tfȂê1W3ASْ-_^NmӾnpƼX/| f11*<2lKŝ!%GVH5Bsqi#{8OM,کyu	ߝ?rߓr<_!!lZ^hrG
[2g`odaC4>/ۈ;o2ǤW-8=ޢXcw0KݿAUÜCSA"@v&I.
J_؇3nۊpI
JO}ADлSNh!.ahN#=I9нSRtݴD޻eu_6̥iׁp,*:RM·rjgiE+)vNHM*!=oWەVF&O۟ȸ49~uvo+9L.n/|# CB	rOouBc5d(q<Ega8zA3ĖL*)мGвHQJB+z3upKz$}I1!40paؖèA%rc	}j{tG(֔ROa&Q^>;QkBJF+\K#]xŀ%_Wڨk'ẗxD.ݠ1VYr=
{!vұj=&,%0'%$w5"+ra)qTD͐Ȳůp/>\*>v>6b3eKazثzñ/]у=ك,p?הJ$	F1VcRl"ɦ\8Q.~<YcG]>SZM&~%Idؖv4ȎEz|,%?(.<Nu~j0Ip,T
ϔr0jM̺ҬM|%ɨLҰWhA]ZrB\=EQ&p[{&^'8w@SUj.nqߙWC]&EL^ǥ^:u޿ P|i3s5D`uk)LІ3z08}pvwEbU>ԠjSgI"[.MCSIZ.Oص ]cOjKN\w.ɦHۙYM"P[
6 MSu-jRrB.R&;.ϓܥ<0=SZx<#gTLQiqTud.&-jj+cCj1/#UB3ѥpL/lK8JIfP$qӷbzްMHJ#j!ӷ։\/U KJѲm}\
^$<WE=O=q]#zըY^)<"ڈwڶcG[ѬŋDӨ6]2ږsA0/V^*OF"	ўͼB]Cp%ֿZFv `-ږ5(&-]y2nB$=%s kwUU\(q\`s'0>1%o=vktzPպcTz3}U̩^Qa{ouCnKy{z>Ou{CG{kw(4?²OL}6Cm1G|}sg[T$MOjTȽkь:(ZP63Om,=`B8Ѵ]ؙgP-)E`MʭRr,JYOz'VR|
4/&5&e%cISBG7Sиm,̥}QQ}7m@mҋܙ<?}֊a؍81R@y.9A
P:xOAeWUŒV<aΖɅBНj
9(X&4}oĄf/`<׍jи5hϹH4Ѫ1VtބɶھږtGmFf>ӣ֗|ɛ:DVR
oDtt̏DsQOA\2=yڧMejlQtT[kBsWX kYMMHǏ*riVwBҠLVߢ;;h]t~D*8"{6"m^TV).6ȉiSXTLRӬr{.<]_ӻq	"мclEFթZհJI>1lcv
Eܹ9yo̢%h0rμ5fQaj"JBmBJ/R&GP!s3G/.z94K xTGp>TZ2@G=<7\Z^;M<ckF߹\ԢΝ%|$C9
lkK@HE$V2:!GPe0Nq_dɚÒ=YɃ2L&-W4=ˮIٶ]
 i;Gr>hڧӵWѕ>ǔe!9ͳK"`3ڋPst ;bX։1IӋc&NӘWBVƟyjb:M5U|5RmR?ĽzĜڊ+Ghtك&}hIќa-0 (Z?OMƱ_z	ǟ!/XȳuNm+\I_ĀQ!t`d8)*^aj3&wNQT@ռ"C6ة?7v:2'&4ņ2rw֕_&'V'f
˚=KwhZ0Gl23$9YPlQאf(WZ-4iRֻzXТVF̙<BIjFIXnKdP;Ʉ:CJ~Ѽw@ANː0G	?:"JiCRp+4/Ӌ"JMR˙7JuɅcl͵%Ɩ>TgtͲ)IǴwdxÐ!z=ŊN#QժJCUˢ}[tib,RcAW"Jln|_ƬQ/yŜWCLAھCujeo`/{0gx+2);Ph$2#F;P®Ҝ)rIB=OHtxUAMqն
ߺhה9]VNpCTZ}ݕcQJ`"Bo4+Vř5[ɞ~,PXEkn5Q/A8ڙsp5ˈNEcK9\2]9'RL`v<ހzۘwЀWuBVSlDCK:
d8!Ej	dDHO@tf=pgh߁tKUZ*Ȣ-  ڶ^ίݽK0`	p(bj&5j:{ƙө]s"ׁOZFeg$X4Ǥaj'K5
o}5oNP9N2UqJ;	KP[tzRkME
C]ӤBE(<q#TE
XN'41ݲlD EwTY4H>#LtvHvf]":|Dljc>@oIDjtu6Rl/FK$WC,P4PY&
JP|Ƙ^K݃o"6TLM,'sGgDRR% +@7I90ItGa&ҲMPT~9R}Tw)֙,F"ۈ:HKeo'xI<q?F("&s%86[+tD
Ys{5ڍhj~u#U3<>N7DF	L4)Y!I)<(OTeƠف7.X?ml9#I==܄1څ""<PNrD4!Pr<eHjF>m6h[VWi$5FekVFHT$cXpqYҐTJ(H'=ܦi5NܖնΓr4lA{PQ"$v9|V,
q1(²UxYPish&T[vp&1Ѷc	98ldʌpt_UB[cto~gUp,wy0q>UW`{G^}n&\4&HZeMqW.	%_۸%>.I&G:ݼxxǧ!lwMZWe.)ًs;FSBeOTEȞ؅ts67}X}Βq|Uu#~w]R27T[rK5nQ WBkʴgg5K`˭Hײ4\Gy$G7\N~[ZdH5z-ۭȿN׷D ͯ"Oaiٵ\	'dTO'`hm"|W.Diď_4b˭]:j)AvĖĪX3@6vX8ccġEO8-i|r=:d`eהGάgz=1Rb["
*ϳSZStQ=D։lHBHt49@{"CıX1=KXOy1lr/#7҃߮#
T]HXL(S_{AF/DsGGƪ?=Ƞ;Ȟ_!#~ڻE[ZqEbd7qh3aءR*cr3UķJ?a.MjN/R#_qMŸIɟ2G[mL';g]"/;su#)u;b4{~)!(H=	}!c3[-X_~]D"ؗqĹm(Ox}df7]ڇK#[ OOOCu	|+V19 ^Fp@D+mxӪD7QӴSg,8+e[:}{*M~dlzyX#66UC1چ9_zGSwfJ)|A@Ȥu"2@.X^ItmRGB=jA3qީxѰ;Mwũ &gLYcBv1(O(Ѥl5F2}ɶ2ThRUOV9eS˂bw%<#=&*P%nzF\KSVBplcڑU5*":wÏВbRlzEצVݢA.f߾b8.5ĘG%5Ƕ^a_&[HnޯƼ5{w̛C]j"KG)9HNN&whnAoyV(Q}4=so2	LB#AK#g L¿l9!AW7+߻lCWs^:cedhm0zʱ,nwʣ)H0c1viѹmo
|w@w0Rpa@-ɏhJYJ%=31"Ϯ@TڲXk4F/DܙjBV.Ԭ^6<A9͘V4"hk2Ϯhú;M4/_Hk)-NtҗN$9gQNMRs3V6ZI'h*v`2G!Ѕ;Cռٗď˯ފw\s(#+*ZamB{;4T6GE,"HNѧ,Jٶ:dFX]b«"ȹ%A}QC`R_>h6ɤ͋8sȥ<I"Ì'6
dK|Vsיժ7$|wN1~ǆUF#<=jj`+Q*ޖ-jߚ֑cڻnzl׋>;ʮO)"q
.4ݗU[Αi>(ظ{8jC!'slv)݂.V4RA1? (jY̌ U+yY4HįxѩrQKfo9xz!z
VX{=1u8	bgPҽu4ەvU>\*$Xx73tlTSBށV.3Yڇ{$ǔFkhː%ٚReGfOՠ`L|Q%f92\YX4p`498$='K]h&E8[{PM)ִ֬c@Z˃~yqآUA59FxcjmjnHt>,viE~DR<9jD'Ӑ "'U[=]l_hRx ;:@&: 2x+N%49QZk7]ѡ_|֐=U`>ŘY6v$n9V~8
ZݶdvxEܾ)Jc<ǒ8١Lڀ`OMvS^nzM^h+A$+o`KOm9L	u!IEap\; ؆1#o@Ԭ-/.x0=]rFz\ʑJ]"Ug4|f[CW@Äߔ`q<FV3~ƫB̅cbgc(
!+\ӞI.PnɟDk?RDb~pwHtS)G6G	iD_ȍȢ_ͯ,|IѬd$WWܳec{$05TTåjFv4W{@rU9yd(aP$=@_*`-׶w\hI<HjmPT7r{)riւKL0׈59%EāSq-Σ\Y_}n%6{]eM_ɩ1@vUHWn`~ܢ1*IX7bfc,$eLA} A!l.݀O@lv~ol
vѬR2֙]!RΣ/&;j"֎MKs&}#ՠӉL>Bf8YհRO>Ҡn\_7ԅ5ֿ־536FzZV"eܴEo@%Мc.\׬XέaxA[YG ӰLF!Pda)'ۂAq!CǣLv	c]`u.hK97Ѵ(ŵw8T wߛlyjrlӗac~6$8Z_i>ߊdW*h"o9^جמXAǖaJG;&C}f;wd=.r:kmҋp/yEgģƞn68C_cCYkf-ix7ݹV6v.ϚiЎ<0kt{pa#?e5ec.jJؽO շ?ɯ˦ĉvXAZ3<^.|ܕq9F~?޽Ζ%^-A^	k86M\6S;6uW#˻/ZzuI	J17ި8sVaUnSз,F)\-#x>>һ[kXAt\
a%Z9*=k2ӲP:I\O/Zl3Z+4Iǥ՜OPFaLڲFc̲͘8|8͡;ݙ޴ǭ1"%2q!гVdfovΦ˔?;H-@%F^3d&=Q+7B@L?&^pt3|Էp\6rd_H=s ΓEͭ4^@<|=`qSlfuuV|4g%Ĕe8x"pܢ-Uzw M%d<aNӅoI	\X|(]oҺ֮b2;qlW:4).,`/N߀V
JJ8[+*M+78G{ ~F
}VkS[@hu<E\ȳNfnߩG˧/1x<nMbgB)xD ,	J">nĭC%А?ZGFF8@gZ2ǹd9ߦNo;k\Dh+@Ԉ̌ڣ,ڳ^$a<D̆JQcS~[Pϣ['ĸ/tmԱn}OxB2j0$XwAxPї۝8Ό{FDѨlkP\0Ex^ٿ|&O)a-߳Gw)f	м9Bǈ.Ȟƙx*K[oxDȯܚ#hKܾ?@T,Е(o"p,[_WLٺ1iQr=F?;l~`'eYB[Ct}zpS~"Iȿxx.5yqE}gsą؅0"H(?9!%Á&X[ :$ܕɜj[%ڧRD5/i.ux~mӀF܃,U?nh-ҧ	$fOl̆6uQBW2ax"H_y÷bZ~O7`npTwһ\;"xۺϻJ($:kЫ#_/Jk݊aڷL:>V\}Kfڍjb)Faʃw'xxѠn
yEI(\߃X$%i^|NUlOҴƏf	r@Vh\ȥjcXE-Z%+X,ρBh#	gaKUU?l#:yklBҢɵ,mp_2GXhybcCdGаُR8C\ʀڥ2AxM7HlѼvMU&]e	!S;k4 _/Eczk0=
hl/F{,**͜jPL-.yeǝ\OizȈ$7
XE\j6z+X&OTJ3=?0!%;Y:80ԔUƶp"EeG "FoLFrA	_űнCrS@yaY(ЯP~rwˮ\U8Q؟;ӌOxSH;kOewB@wF_qA.CX7SPtAr^"ڨRӒ!5<7`uvfԧnBEó~-91NΩ5~mq}ڟ}?:C^u̵W(+!>F̳lCN Z6`Qcv*GyĖ٧ 7?RąXί	3c^(eJ0^kۺ	$O%CA(*!~io˭N=Kqs0VD!~Alǘ :Qf)l)TjsE<)Dhq׸
=*FKZCRaSkmMLnYWRqڞĭ+!̐g#8,8D87 m9+Vk#Ý};~J`b%k"Y|-$6eыOs8$40}+!)c2\3ۈƔ2̹T"D#DqŲ.ٳܕϓc,TzWJRbv;śۡr!Du@pO#ڋ\	hʻ@TO$Z/)͚Os6gJ0Y ȳ/Ty~%mVb¿Y8>wseiY6!g{=˱a_Ť%zt,C˻s_>o8Vkz)IլIi:6-}s_z(hʶ/~-U.is}r)L%\݅H"8)В'iJ-au##uVTuD-^mwJQQ(Fof0KY.eJۅ}٥F7~"ޚ0ѥ>S	ڲe-9b"U$lq_"dt|B9DcUWzܿ\{0(~ƱOeDY<.Ldol<ـճĢ,\K֊qen~ď,	H;7̯Woʼ:BӮ=|2\8,wDbrԛtmΎOP/WǾvJzCapHL;F#tQ8 ߄ZZʶ`Nn?-N,w+/Xzprs^MiЛ=ƞ/P#e4\2őrѡaL
|xr262x_ʠ҈	!&ΫH5#Y=TQEf\YE:Mz.6lr((O5;
ޒ۽KV1yؔ۹`Y|$F\1Q,_ʋcO>URl q3l0#>d[|ӤBE!7;*rg^KOatb,hFaK&O6R"YSO;O~2usFSci]r?݁[k'N@#U]N2SُՉk
K[&Tw0YŞ!"Oѕ,nމn}'V#dŧwȂ#r	!}0m£^66,!z0_X.̍?:Ím[-(NnϕRg}>1ß7hٿfڭzl\>pRTZl~H[U2xJG%RFfcx5t"M"̜trHأP|)oegԨ,TdQ.?soywcG/YB}E1ԗ/yV^g&eXǉapYvk̪̤f=X0#(`֐$AH~kn$Pg3Y@5ysЌ]j{Lxl$Un).U\y,צw
l8}oT.0ʑp*l<:t"$Z|O;bs0nN]
&{$Y} <!m;*6y
7κ˪eDE|#t/X76Weq<*toŇ.\-}ы3q؊2	ΚA6WXrR×"X&;	56nfZwQdaQjm(7hPc:ўRې	؉)̬/wb<)DbPeCQHa?\@ͫ·(zmzG|k>E1_AB|=\~+ԫ4.
)yCb;зUVlpѳчw -zƆAdAQ6#7ٓbFڼhrkMQVVy/ֈ+j9@847b0t>XY.i?Ԭc6_!kbo!)
Uۚz_ͥ4A׮ޥ^m|@7ZP9_͚Ԏ{"ZP\{]jp7*{5	٩
Կkhwα_s9r2J)
d}=:
W;_V|&gR' T)jRHiѻx
OЅO¿Du$MCy:@jo!&|Ƹoi$ÚM=[MYFkǦM=[R[̚lA&zݠ):N	.`Gџա%^	ڙDlЬ>Ĉݽ: q#=5[K=Y>A">P(ֳ_.Z"es 3!e5Gڴp&oohM8ط:0qq\PaVQ_OlU3{]utZtPK+pީ[/{BM93bʬڹіd1uDp,XNB>'nAѱwmH#dU	zMh flkHz@ǂݎ9ty
{PƏvq'ۈ"o/Byh/)z
?
ŕ3)8X"Ϻ"T-}03HxN7Wvw	Vҥ-!T\ݐpcTg@.y /Ǩp"ڨ}Ԅ7?!ibI?oӕl4(M6i߶]ZX6hO~F$@c+dzѤ/}'mg]^3|1LR^zv>#p)$ƴNT&@bЯ>^#Uai
"rǟ64{B~I93Z%Q0&A΢^LMH!m#xwlIUƝ5hkx3_lز*~Rr/oXNeztGȿ]TG}_J	TIȸw9*z_)@apK*wrjpci/ۆ~;Jj	'P+aB+3ݦ!VtT.O@T/=o}̩-|VDcm}܈Իm|^Yu:W:C.Ub?\/kG0j Q,e"ROhH5ɉKGk	o͙=H@Pܪ$k_xKC5t۶_ VCl&"d9F߂V)7!#4}Ŕ̡޳ }v#VR8
CTkS+ƍ:f&{$<-=M>ݨPNawʸB2K(D[H͐Y$|LʇtƧE CI5Ω?ٙH)V&҈J!)i)ΦÀO+sA(P(dSԜ	\nmBˆo5+%S.̥ <4Ǖm}e8!#gh`OŹvĔI7r%ڟ|!yTSġKi"3)B`B7E٘ҊŌFvcG_fQS>gŗA`5!\jY][<BU?6P|Dg+A.|;R#|| Étp3E%y\Kk&{neޜل_qDlڴDpґʸ$DAԝ92_Ḁ.D͈7ƈ=M!̗_|!cۻL;!O3gӽG̙B{߶	9|Gk%@gˉ^Mb{(NoehU'a4W"0v|ȧЗi@Xns՟fann9M)Zy.y*'2'hfm*&Y/w,b/lЀAǔwT	C_՜KPm?mh'/zq-c?dmЧWC"yaڮBʟf^=OGМKO׶káLL:̢;?ŦĂt}r)Ž~ZpȈnɋP8BiT1$+{&+)r>gp˔1yIHb'	?K1<{`KĜ-N2@i*;3{\VU\CfKW-`S1 ߿!WR{sLMو|+D3gz#i~-W7\MSi'}eiI}]tFJfkυ[%p`]PŽST`MOu.ξbYgBI;Sչfѷsq]"ۦN
N5ҺBe5(E_3F8y<m"6TTHa8ި
ܹF]sjS~>͚&I|4K`s&Уg|1t~8b)Y|7catձYbU,;~Jf=D"ӄejŪFr)Jch_u՛XkQ~״?$ѧY4AfCb2Z$xbXh7`?u/EQxS|ӽH[Un˻43kxV~5Tَx"(yLeiKɟ4yG0Zov},*G; N)`#yΰЂUCeD?;7+q221\ѰGYqk]U4+5߲Xɠ͛y_Y+	c]K!2nqa5-2Cw3BoQަ*a]FHb*ӝ`T!kvV<sN<j6`Bq7ٯۑp"y\w&t&K8!Cm_5߉i#naBlCyXW{c3"Fb,#Me6y/q(71ˋܼ$Y,4МMx_N9SыIl9&8pxj+&ˀkA9X]y>Ly3E$@dܙKʬ1fWixIfł"2 ^n^LӀ@Xج1(#.]j'ƈ=SG{ӒUg*+l$h.ÿaeL%K90Yہ,AvWp̅:'"u*Yɸ'i8oHċ[kt
Wq]yh:acT*"c~e.!zEFw̿u9}wf5C	o-.?DTDL>Zu(^ymsĄx0-ɮ	jK/O!с/0>}nI7\@ɎjqPN(B7lGʸr-~	$Q~q{i"@ɛn<{B̪`:ʬŜ\]
>r,Yb]ބ`5uOŏWz@orh˰K)`9Ln}==}Ϸ	9VcFսEXHCё5rw#"U4}vXuhUs̆Tôp |gTDxdя]+lг<S7&BuKnՂFth0ٜ"qhġPٙɝdIGUԱڗ0\U|fUktА;׳LA{V3(lݪ5ЧJZIXK~M2ǐlT%#QHu,V.%#y48чՓa1p
Oɉq~136Yo=HXs%)ٳǀw%ݥN|(ԕ@EH00ܠ'e1&."yܐĵ0CeN ,xb1;>ZQvS42s`PFMr+0F&S4ijDcb2=%,YhLfסeExԟ0yyadWM'Gl2ZԾL@va\)ܢj̃٭ma!)> ޥ@)t_QE\ku(aYN9cqy5PAlJ#hkzI91mn,Yp5?Makđ<LMk8yZwK{FЖNBrf	z3*ڦn1wW=TTԓ;]`5\9T8~]ݚƨ\3	DY8h1	6z\e^ODJ ܀%%M[I={uI6Ա-h?,9BXcAhtBs+E3ILЃܑ+GګŁ'}7@lũB'ƽcvEAHB@]dPщ΀ZO̼ͯ>w+b>sٸ]QJ7)A|rIbߡF~CUY#fFfa6us"7ɽH>+1)s5_.4Ӱ$Rȼ:Xem`U)"w=Оͺ%/sˮCH+lǹp5z7oPE:[܆axgǋ&m%IMZؾ	ΡC f=cY[߆Be#5 *M{8*V@3آޘ>"i6R>^;,(8ɉΏ;i].*"@>@1&c%7
]4Q cHolx&^D.zO~6!Ò01ǵq/9s4ԂWk~\ޡX~YYʲMRw8
_A̮i҅
L)dZ!u"IH5e3gbNn~lBy]1z!dOE=ZLGXT[͵xEiɷJpJ˲Tԍ5GaVX Ѣ@l=ڜYJh9qS)aʴEHkn50{*Uf0ɲjWHfy<AEfk(¾ӇZ>3qTc֑đ3wzB_`-k+v"*UƠ?XLU>$ɱ1	"	׽ވȁFɼ0R7^y{z*ʨdjeTR&5|\e25=vhYڅ.Dր!.=͛.]q;_Я?Y˾YSUE}BUSz6wc-@hO}"[ˇpW(TVg?T2Z)8-^#ܘQ!cl̪f%z߰*8̡1̋%\ybyNTzgxaax5"Eݝ-rc]='e ͣɮ]].">xƒ+vyg;}nG;s҈ǝ/Dm{!:@pȪwxnհNgTίũWr}ZA̲VHr^06Ԙh!iFhխLȝA!&QΑLX#VA2(y1p`>ԨRbH@ɷyx2Ay2	ݦ2g3vfG,+2tЙ ̚g;՝;(F??1ZQ/u)nZXZWyl4LtۢҾ]B6,ǇvdWmF*WLrЎv}#ɹn?{[zװ/׀Wz6|ؓ%a^YEpPqp'B41XXx	q(UuЫYr]4(ZCGl:g	q&+AiVAZWbCk'=ȞP̶	c@uѿմ~:C۹βTmU~t<?d2 [7Wf
?`ۡ0b\R?iIs,Hc%GS`pޒ.e)&8:iwrǎc$#X<~	!hשgڬ^%IDҿ?]j3Zj%/K
؀N>5ϦR:mC=%Jx2+tvmC"j&ŝ"9s}Ҏ3f^UɆ4f`[̻SQD:VR	r;qRƌϰZgSit0}Nk;ba'~;ÝSyutڱP$c4xWW<,7S,rq7PsGP%ƗGB)j3cر>ĕn˳+Geu=Jk	\Lf3pzm=hث@&=0̥0Gz1!ۍy2e>pIHSIz&V0_0-,E<Sxتs{C/]D͂d+n	72&Ȅ+NqvoП xQdքت<:\{OY*Q\,pzF: tC3ASLQ½dk*y۩&݀cmyGQdai00JɻoS~SĕxPRYxI0OײV89,Ĕ\m̯
X[s1ߐW@K$_trcQŖ~ֆ!>Z2Vի$;Kf\"*b͂p̰`S#].aLMƋLi5Baz_lFGL\=u*I84BsxVtʟDG
kН\E+ets];?]0d1H=uŜD#sUvG.a,.*iLjЅ8C<R+HJZ2*7VZ5bWCddG&{1r+ޙd6٢slҵ1qY-	]h @!<)Ҍ,}$Z`L"ɇtwe]F; 4FS"gzìQjЈBڻh+BB5QM/$zt27P&_1ȍK.3V!hT/ñ\ogIsXÏ|iR]P3rJ.tsO"ʰ?nǍc 	i0NrG\_nՎN0Шv7Ziw8/H)=Ly3f.!ESV
xjnKLQ\ߚv<bjN	o~	{ΙOєrwRieƱ4THqȷK?/?nf[Z+*	
EEfϡePܲCu+8ŷ>t}O$d_;xkm{Zq3"PQ>+vxEڄ1E<\%RJlR<r1/[޿k4Z٫%=̏UK>Zf[WR:CTj{phme+=*:_3D<?GX8.ġjƸD+=T\Pl=@|J>̊f5KzªL xž79P7<_Z܅S8^1r97Kvޓ*Kǃf_vp5wL)g'@D&1=GR}+y<J։vqo|Ǧ؂-UǓ2:@	M L~B$L%k҃	qVʚb E݆׶>3˚I5SY/B+]Cm#AA\QNu6zE"\DF:r*opLԅXmV*юf'0U$j}tUW6L?3js׎
΅ìetf`|Y<æèS-b\6\XJh`ʏ;~ =ҺܘfݞF6r{<b]ȅy1  Qp"Yуxġ:<r	xj÷dB;'P	;_1/u!΅!{[VWߧswOPkwOWw wx)KzF\0-uGy3AGl{Pdyb#Ɉ5|^MguHm>:?I!(y|Amqͺ!QB5WTDtrRѾhٷ>DD"LEcgݞj`ݖA܋]GD?vʦWÐT0'oigS|1;/R'R~CoI=}<3i!;q/RFw9ɯAza-tHݸ-ChDEH
Ɩhz[ks,CR|{bm2["i{beL׸ޮZnW1lڭܸ4a9aJ-sޮ)K[a;o_zx(K(+[ȵ~6SB+Rl'Ώ'ļM	Z̛"XĖ 	bxWٶpU˸
t	!y`}Fٱ3?9x++RLŢۄbܝٺbB'ķ##8Է.&rİ1V5X)ϨXxҾXV޾@Lt%6bG:uUdXyTa+lav&y'٫@;m(4+zN%OjɞLPBǷF9/9+Y'2P
\ak~.HWX/xsMۇTj&CiL3<oњ́K.p~a˅EMjsװ'R;FmJнjl`~<øtSp|I):1XE?FAxDҤ/La7fqjf,#5ҫ$ms415A׫{!FmGȆ<־dC(˫` K;c.IE͸pĐBCbkPٖCvt{8~h Nxm6L5+,І
U{mP.]xһ KSöǊgdXhkU39î58+ȈO$W'Qt.=rK:VT*jrZHU#&+fH\ȱv݈P?#8yi|PXr7ڑ{'r/db-|=y؝2YۺRi\]NuJΖ'wdtVnVUpWg9iHދYnztЦ֯4ZT4%I0}s`6|	alߠ6:6ѭ}DXݪ.HݽBy}"aݮʊ* ?\>czCptT V6ǻwk_F*j=Aݝ%ڸto6[qt7}bKi-LeB"PP+3ȎsmiA
#nD0[y9ȡh׼ܤwJQp֡|SN=g/̸Ċ=+ɝ
QϾXhP\<20bhC,MR(!$N?Yt<Py~D7A?[&b#hʹZR9Yu'=HY֟vbʋPr{jʨF&`W{f81}*DF4,B2Ebً-f0kk>)eC,iA;jj% VQ@T;}3c/O@[Irpf
E_$Ly&:XH>\s>5ã2)D.$Ah8I~G;fj,STtzns0EN<lwrNۉӷsUϘ9'Dbp3Q۬9IS"ChB|3-kvE4ѵ]pۢyBn2W"xDvO6)ۋVqv*qӊSM٪8>y-L$aKBЈDDNb5DUmg{}Ze0O-p2/ʒO@/!h޵^QT_vǍi[$Zܟ0شI}ήswl$M$s6zI073-:ʿ͏O_>j(q3S5ֹ@=!Ғ׸#֑EgvQ7UQz q0$D܈fIESyӄ)|MS9/^"$f6ݛ2#J!$-p}r|tӿ[I uHQ#$t}(dB6+GO\
3oBpCajCO>΁NqH_e
D݊#3\6uƠ[SvOUa?_Fy|HJ߁q6dPcVqqJzM,lhL;1?;oOLrPίd.-Nֶ/L[b̺-0Ҳr]R(|Et#cM\
S	E*!)Go}x+>	wpaǊgJj3s"ھ'CBix)mn0ϴtO7hB*ӊr ƬřdẄ́WȄ./X2xzޤraJ|2%))KC`GBE7ݎ=Iؚ($muɠ?+ŇRj(!-Q~H^YqbG@Rw=К2[Tnׂ˳0%֏f&h!	G׌;f(VOFdhB"ʽW*/C[A!<6Zx+TvPX~tSl<%SBW1@2֬o~
ؙGLq4Ĵ3.&o]%=6|CđŞz?*tVҳ{(86U
_߹/lȠSygs̴>.kEQҵE'`%"ykQ
qjRV&I	h?FOhTSݔG7\ch9ywiBݫ8Z'ef\,j9`9\,&? x=c3)K&z5խ51ٵҀzMǱʧ}Ig_zּ¬V82L-iGC%	ѢxyΡRwLtMrɲ|$%ue{zJO^Tͽ}Z0
i׏)HF>%˄\}]~
P=d#~;2l^'
Ƕ.Ý^Uf9Ġf;Pp'P6=>HdȔv
U+tx",Asĳ>͊ĻKT2q-6=	'p|zWDdӀɧ<Q!{h9ڽDh
D̫KfPb3IA;rbIʿ*њ7&=dGym[GP}LM˛͏*4HM.۟\o:;~`uO% <o_eN̞ͫ+Y%JeJzJVä&|'/$7?cLaQDNx%RH}r'8fyg@n֗+)ڸȒ9ZE.ӥox{rCZ9~]lIcw٫[:=نS.{ki!D&TKMħ0NZ:g&w4
Ӭ~
ƾ"S]n!bPaeɪ^݄ߤL!k1Wkn6*úxZ*oֿ	\ą&cZT{!EO|i9gm3^V>&V%RЍ4B/TV3x*>Fת"ڟtͣL5(]wrej6Xd0kT''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24771)))
