import brotli
n=a=0;b=1
for c in r'''S0A2K(x/؃Vfn9y'M!)R؆~)VW3-r
G*tˏeɰNO0qq@s1_6r<U7Tû$#~I2^7x7};2qa+I2%̋2m	yuPʤunAO.F.zܧԸ7j2OՅm{V Ej!+7P0l<^EU_@tFC<WX-r@$*S}:4ƲH<נB#5KPLIV~ˡo&ŊJ
SWf	i"5}aY\Q/S/[cZe^M^[
T%8?;w28qVT/;|Ls2ƝARxD&ը51-B"}8e2^	Do9II Uk|-W/vB~rrAk)9	fHY@zޤ_Ó}1ys?er,8ƕsSKXv!'2'ә.KGrѪ֬;\ȌJ6cL~KO=ִ́eCRO`ALkQxNp!Fov\ؓ:=*R
LWH_8rxNrPte_@>h~aFFeZ?0W-%"}֙|ɆD߲,'x)N'؊BGm=P\hҫi0Y\}jsD6&:aVd5΃Rѣ~o[vXR3Qv]}~kTЏF
jҩeN
[Fܔze|,UҤN5/<ڴp@#`esχcbM/.ZcͤmҠg-?bh!eɼT˝B}u¢?#ܪ3y-$}WB>$k`%;>Q{!\H=zvX(I!vXe}y?,Aܰ_
Mzּ~xZeƂ]8ڒ.b/n0O BЫ#]8ӻغ<ȍGL322?!Xkă@8"zͮͦ-W٥V4ݻ"Ef$jS5VDMC΃8ܰj,>0֛drtg!'UdVdш?k2=wig[!`@93E_g#;&|g{u &0Ұ
E?P%YOzX+>ю.ˊȢ	Q ͻY[qx-L۔ۮH-A@
&>̆C0$*ql;j<4n7H_yEzpi1<n=GƘa((?i8+g**ϡͬb^pLǗ$mL4,lz1/͡8CӠpL%4lZ3ak2[YmO7L'%p5ޣw5Qǚ3MCBE[۔jյ+D$;R0cM*l܆6S/:BA9pf&=,VL>E8mg3#Rؖk(zɜSv	$m`˴+wWLJhxDDy,.j3V	[L!x:Yj&n<t
*8اJ~A[K\Ӓ_R7d/,;Sbk'$Ǯбu_٢nh;sBx]Xf`e;#nkg^VԤ\ߴT^	ƳjN)zVąqhSC˷z=Lo`
8MDr;yS3'ߋq֎g\S^79w_lNX7D߅rYՎkh)dj_5=uEqYai`/v,&*'	</8Xÿ1	К*d_&ҏR`cMƄV}qXq_zb0wA`&DӐ,(nb1]muc5X݇?v(c>Sa%5tBīG`9rX'P##'|?$-U^RhЬ#&'53Aě\M_ߙƳaqOEAЏ4
rDhgLHƎ;/DT_!"(&oۚIK
G{S^ag" 8QSϙ)ز܅ވXkt
6T]L;WX>	-d%rya3=\Cׇi)l\gɬv\y?"s(K.#n-sK"R9TghrGӹ#vUƘΉ9MZpj'Yɡ^+<..ES`+zdulxF{p[k>@݃u)fCAFjwq'zTkUrSϮSbD'Q
FKrƈn)xWBzSfɺ5}`pqSwX/CEqf2ܜ~Y)nЂjUEg֎$X0_bWd*UI<z6(4şgj.M
KѩE*Üv٬e-l.
O|+:atʯ$P>oEµјq*ٷg8	BCIiq5}kƓsXy5d)Т:ܔo^$+ݧD!<ۍ}b=hGY,KS]./)3TAl&Hs`ܬģ*D%~fspt~,giKfw1D^sNLXgđo
Ūm14߽ć6)OTB`G
qVd{bV@1Џ" \IatVGߛ!'r072jC 	}W/!YI;Qӓ+Q)L@>KG,càofѺ)fΪ)L_ü	!#ð6bEqzr %#s3F`+2;*7͐=ڿ-TF(¼;e2pmτr&3bQmBɚKZ1ئǺzj=$oDl1<z)Ǹ4Em$pʘߊXւȠH
/rqϢvha^7'qތ];X1m*v@{ot%D̜	
QZÁqP(s+h#'՚0Q}Bm'%E_ÚxM
JX_̧"MH«/uLݛpUTnZʖXxӃa[A]T0f2kY͕ծj6U9Ms
Vx7h¡&0vl0@cbo7[7{maY,eI>`*Q۵v^J[[tr7<CB̕ZHVc~.wv%^@!jՈ!>IhSʱΑuXRn(%ODApF
l4zsGhAg'ػaxv~֒]YU8XaSvWɱl*ܫ&vTL[ v($l0o~R˓n]bJr.m³wв[HH(Üm0
+\yd$>}0du	Hϒ+D6XwK7dM&j0,	&0hhO87uţʽ0)Gփc1tqo)ٹ-"ށEVw!P&JݲLA,2:qF!RY:ޏVy-Xc\-&zN̆uU.$upgύ?5L3lcP(W~]4׫N2`{ϥ(_A#'վu2Qn{?."ߘBo2*ݷWhYD6VG=!q՚syĶԉ*gApΝƽμY_<Nf|}H8Le8;FN4fE:^ǲÜruK>7YCÙ5b{ONVM=g+fӟu,7jS%b|_IqbsXr ̷1!vv]sJǽoBף ڣ56@4N8i^2cɝ¨u2px-ʥ8+A6.uO?ޏ8\]Mбd5iv:{8]18}0B6/:͌j!B_X2c*˹C|aTHx˶XUXL_
!VַԦwdB&"5v1݁[:z{m
5̄AzWF֦g."/nI{cT4pA߽6EROWI,[L"a=YhۚW8+C?g(ٱM\jĖZ`yyE;`fBeP˅Po:\F-,j+X{Z,Ȝ9Qй.RlfȥV1ε՘~.6mҚ9F`n֣T[ΉzP}NoFUլPž?_26'/W.E0HL:Tε2vub ?mھݧQ/,+5g-m8]_ǳQ}TVyA@BߌMVlD7W)T˒Kip~`	>]Zz%A0ح8|C`5+#̾LlldV+ɊYz'w*vՓugȇwdƩޖ+V+`s7l(as$P0kP9٬d8 )'`cq]k!TO1ٯQ/uެPQ#k8ǃ]HFY89zѝ=j:΍{^\ʂ|LcG<T<RcmWquï9G̤y"o$pS`JP@7EJdcxɑvXҩ!&T6AWPkG=5Ixߊܳ!f^͠~;;f\n"-"ЕͰ36=3uC{S>){/N0L>ߗ,xm`#,_^ZNϞY?|h3X/̈WvKqR:J-^ IibT5	s_=QxA^
iZia2]h|hNcݏidl-=dteZAÔl	fKLN;@,>MzBٽSRwCiد"T8@߱Y(]گȆFQ6X݆Ɋp>r67
0A_Fqdր(*i[b=N}Evxfjokɟ;1[̑N
P?}lOSjWU#daQۑ؄O7U+	?@M̀6e4<gQjyÒ$%ز;7FF+P$͋v7.Эj$3Aƥԧ(#/iTKJ~=#@[Śݏx|yC@fQE>!6AɏhImt^٫4%W{Äǌ/Vhޤӆ)AUJ<B*	`(ӕN)r;_pÓѥ]	am,b#H$
:
ЖUSؖ? 8La/ѡ[(ҙu!#Rj/L 6x#bPtÈ&'U#=ho7Z8J?ƄwYČG-R'UWɖ`_1EbRvZӳ6D;];ԧKl/#(i"r܊jUO/.voq>BRP8lzϛ9Ʀ4z#+߲9i}0`i5F]`vxW#ĲײZ
k=4`WV3/Vsj*Ja)KBX
ߤ[2_Fۊִ%w<!7qF@<v-8\޸*IcO%'N1͏ʑIh&wȠXkHxc*1ti(HV!^'#ɤM
HL~_Êr6cgSg@IPcR^߸?{?xLf5R[_%LPD9Uwd-Bf;MtWzAB05TQ|4l0ΊC&@?'~@N"ωE_r=
%:/ *l!63	BjYw0Mub-ǢxPeB9nw(%5PgL*!zӉy.7T6NDF'1tdlօ)Vn1)xǗδgլˍN	ɮx~j!SNٍgDy{<Hm>:o>Y9aڲ7̀(!F8Umy=ON>ȱ4H܌XТבo^,:IxiB#؂bB&vr%@PO7	ݯܨM8[mP;Uh Xت[i-ԋV}%v˕ϯ]f۾kڦQ5ݯfۇBA:&*gW|zp^i &e\wbpSÑB'a9[LYl`ǰ\~UvYmW|կKhɣ-AYas!6+qn4{UbW`w´nM*&ҁ}giX?hϧ|nu;6ߖ1w=މwŷ+כH[kǣ@kUb'\=c5Ԏփ	c,\D@ `zLl5sҙʛ:RWͶ<Qn)8-)DicG]X`GĎ%3~#@F	L)ݞߕ'pL4On%51uMЮG?J3Wz{KS#Hߩn؃1*z.Ǐn;Jl-$yEX{,ԡ{	D=[ڂFafaѓɤ{I{u@zYo|yJٶ`*ǝ])>%%ãKxk`_ΛvBγR_rxط7VV1X]hs{scȆ:@<uWEy̧zbĚ$%? ՝6:
h#YVSt7x`_Rf,OQ\_4O2AYʚQ~1k`9#=?v!|ǟSǑaVlE,969Fbs"-.RYr1G{lI]q/ۭ=5SR~!b3xILhğ^\jauyYwrّuV@ݕlΘپ;!ǉ}zYz$#T@'TG99\2$GC~h_բ4xʺ;Ҹ=dzaRK"Ȏ^o"P!zes>0;,J{3%]ҷPW^qukŻa_*tڒX2C7FcڋJ!ь5qPzUOxy=(wё@9+jDHM`4GqRƞ]ԸHZ(HHN|bMȿɼr"6i#T%).d-}uћ!\ʹ,UCg0AgBl٤5v˕ܵub6&ó"	uu|+pMo0s܀bŊP
dhc7!ߚ>5V2CLU2	:j4WIlɊ&;DԺșdHW؁8jX*NL:Rʳ7uixޛRdt8IPABԘLҿ+@lǨ}QKr=i!<	:YGFlu8!аLZ$d3eXJp^ҿ(Kbuw'͏͇l*$ķ"\ʡ΢_ov_1'>Ϡo3ɠ#ob175,s.sF/\A/`k:),ʱԞlYצW+֎tFiIqu=G$T@"}(n ٓLnP^јO׆*|!0~a!1In)$wկqD*3.p؛Ő[,%ZcOlRc81aƸ@^ݰO?"ٮV׵,o{dqzˣK4cb_6-߷,%:~$#_"%XMM\͇&Bf*7Dpj,$Z<iǞԅ<6HIuy:fv e{!v(HQQ>؂oZFdq(;H*^qX\`iEB95۹eKY`$;uQ,ԫB06\@u#ȇ2Vz>*<H̝ҒOs8O]۱%X"ȞpzcMܼͺtGޜ\% fМ!yޚTtPGFA}tIA|@'x!v@b	9̀ea-(10
.R<޽qˤZTh|cGvalh^M4d:HVg!A@D%	W:''!]e/6]qS"1d"M]w'S(fpjȠnn/cc۹ŇtԠC?*24hhR1*-H\gso6׎P!ޡ0t<>d֎V	0:86,)b/2W;O(3lZe>Oms&OVYZ3}78bxcʰjSy$^1t
ݭ:ÁIX}r\IVX3"M[ʹ[~c(oxĩB*-oMtȫ־$~ŋ9ulQ<&4|e\WQ+ŧUqޏ#Fl?3n!ӊ2CX[`Vο*Z+9.k?NvH[T~Wwjå{R"+"p{'kΊd+?)׽eLZ8,՚@ĭAQɁ~z*-PЫVY6ߊ)Ȥo>\K8!& UےC%6(bv^|ѷ|ң)kC^ĎoIs{u@}7*vv^7;MBs5nxԐ}`̛о@C1ަ#e!:a:xHCכ S]-THT9ҝ9
-/-v69ہTJU4TAԸ]<^{%ı0ܼn.0e˭$>	a"#	7Uw/}p(	Xɦ2r={LSy{BЉ[[\Ga¾Շ5β5bw&8htΥ0gMY_tg*/%Cx`P>m:D=6d?>o֪WRE}f	$4Bz!ܺ)/9N\Rtm"^ېz)Sd6Ql&CS,U%Szv'ptْ.ɁũsKz1bCs2߳mо1\q^Qx/'U\zQOJ:!T%7˃O$[jnҔi$W8'H܅]05tKѿxvD"_TpϽMԶy{5Sh,e|5fӵC (fP	gդf#`pmқrXwFCH&?`ׁdVHͽzMG?ܕ>63nz؇Sr 6=yD&W)WJJ"I<Buq5̀r/>e?~֚,BZNR+˪/qgsĪgʨ(ҝG0Nn6YPG#ݯ1@qT?&t[TҶ2[~?&*yWF: ܽZX2lkB6Kã/W4dŨNh%k.q!Vk`.Szq*<m%gʙv?LȻ60&}Ż"ՓI`w(<<gdxi'3_yClImt5[لvl^@tXhe٫NHO8XCYv<fYJEϟ#fH0T_NX&ѐ~=mdc=Lx`9^+1nRe`OF @ǐiB1O~SUy4_C#Pr؞ظ_)8)10%x[0QfuA^%x{hs(k<N&&eݠ#7TUda]Xk\yw(γ3wnR7UWuЁpaMwxsiB}Y*h1>w52+nLKgYJSL?"ݛء>Aĭ;صQ>~mnUjΎ[%S.]:	gv"2֦Hg>֮UWˁf˘SY"ֺ*ߣD9_l7ioȂI]ٷ:L=?Bp5W7Oԅ`GyأbwJ<2_J{&J'OZŜriLTܥ3Qe_^:ÇhݧGʫ^Ve-ДYIvD/Ibo+*Φ4ۃ!7ĹoG`6U$:+WyWҚH]6u;Igf[#"L7k3`.ٚdWmͷN͖[Շ!CȈܟqOC`",UW5x\`Mee˽M-#ma}Q|:ݔG[[L`C6)Ci	_Y9$lgk,U8(ChkZaoz*xѠm|},fC&EbPT@>f!L@sr"n^aH=(oy~rhݢ3	M'uWkJd>ϵjrEVG߅koMB4P#BK'%J7D:cNӰ]j[`fC2_&;5޼{.'=R-"0'2UPi3I"˝ΰƓ&kxZ5-ή!++>T4a߸x>hAz{| iuÕN,.*M,AP{t@K}i-tƞLkq)VSB'	TM}b3#8b*Ρ!"5|Fpƥa`uŪ%qRF4?t1Bðv>pUYX~}w'L	8`؁QRIf-iȌx{0ʽ/+m;%'BIs3+6S9B+Q,֪sUdvì>$ywDLIGu]~B<y̀Ma|2{!U-E?e#Ss+Spn;AxВ7L`:-4ɂc8 mXV:%eM^#qwP6^gxӌyLיho`\њb;=Së3גćdT}2&
8B]IءѥcNԼ84.;.ΑZ,B[_5"m3TPX<'Ū}#neA8]E@R]-4@;`1_dk! 	n))ijtӎ9~؊V]$vbv9S%/P8SuǬ'Y
gwJf9aI`	&YC 6&ޚ6ޜf|Q}w>dؐ`l^oݢZ;i#O]r1/|k0CApLa<ei).s}^PShYW!Rmôml[5Mo@?:έ8G	KRP	xށB8 ,cmR~L~_"@|0!JE
,<*~~AY=gX_-E0FImSE
|&т<B1ͱ`26u]_Pէ6@^49T|;#2ŚP̾FE_C	X7K1OiWƜ.]TmJER֓3{ @_VjLbp5m{.-S-+5żT#9HiO>}ʓ=غtئX}NfjF&CD
X-ޔٜXak+4gtvwKuqɇ9#b+?FQ؇:e6ͨ=Zħ|,|nݵFA|oD	՞R\ИS֙5|x['?Be̓qƟH>]$4*+vaU.lL#3d
ypC.
f0V|#f&ڸB6³cVjD[ƫM{:0cd6X`UX	Jut66+!Lo޻vqp5z}]؝lgwM_3k|Yϙ.m<-F"24Ť+ڐ
D&['اsHɷjK~ܹ֐ڠr?uf-*m!O%FmT4[Y^#J
O\&Ϗ9^	zwEjOEEDK^Qx=%Ķ!̙TޚY5ޞǩQkFK?G͙ƨ6nÿ3W5C8>Ccw,H*l(B&ڬ~3{]sMWrٶ"]Z}krfĄC,5VӺuySy%ш*#/N^S:+Qejx)H2}ʦЧ3byͳ7x}:"uioĿY1[K+}*dıpc0xl<wSo&RRGgaioc\jFU6cGŀ{L0k$5Ãԏ{3|Gq5
9kX&ɇ[ -ބ/,t)g˩Lǌd5	#Qe܇o}NNzClZM7Wp	Jq{wu*KwM+YIgGERi:#Fa$N4g-(0Bz	1Ը+E`bֳzk.|+]Bxǝz4{=̃=YI"sĝ/;SӴ>^3~֡Mz)MRwWxSA?<i#}܋HGT;Ը(FnFATom6ֺz.^|6{`I	ЮŊE͔$kN'>.l",̹fO|J
s^H!HCf3Ǻ+W|!}Kɕ*<o uu׹/_!0ȂPY`W&n.3j|ְd 8myr&M&CQD[~a6Z0;WT8q[5VPOS9(TV[ƥP!؍P;"<֗v&zS]!g5VCj)-G.i_x%>l@8`8RD7+;v<3=!fQfÿ*M[g3I߿-bBy<Jnæ|a;{ևi_{u:3ڭ)uv-llbeԐ{WVC T!;Mtnnuܠ<ϳb/dދGo<M1I޴ARM˓U.KbЧ4euEx~+N12s
<Y#ϵ\6$_'H~
K|9Bqo8B4D߭2ۋrÞJ3OEkq1(L'͗y{88{l-pŴnpޮ_]t1
s%0uxHĹI/(=;RGϯLMPМf/˲djRlŖpntãȾv`*``ei{pC<{8td-m|ʤOKˀ?ao_DCaEt7{c z++'ܦgaɔ#K?0L)JC[+O!XE;ڀ<>gϺ)fxMwցQٿǇupb(HwۿeB(HE
Α̭ؖ9I{nYratbrٞ)ݺ++HܐhBDރfsİWVU@DCK8pz`ckfv]cl6ԏQfq&\Pa=ZzT3yhy"#ȣ3xQ8"XR$*^>	
M=Vj;oW`gE5|,;v#:;o';c,:νOzN-6ˁFWikJ8]3۲:QOSkM}щɁ?Y5,\4?CEcY1y7d>^o,n<iVQהgx6Id \tx!-?jWrA"%;0ٜDܨ_b5ƃp+L|̸=AC%Fs!c0F )PЏ:ʿfU@Դ`јٱMӝ8
l0N^dj-eޛwlƋk	Okdb@!H>qo>ѵU_Qr-Ίܕ&8~˘á;i,DcFW&uA~09nsN_j7A^!x8uPhPHЮ6 `}R"o2:`v܎q]U?J̚ǲKBafL^cI5ɜ*`H.)ќuN1?>r.au/wNW/@qŊ׏kƧw_!i:'Rz5Y^E.xZa6AF[Iχݜ
FՈ}1+  quEW&*G]>f!63V|dh>d{'gq}OpVv0P4rLe|ҕ8md^uy#n׺1N@DYȃHl=XP^jvi8ZeyIuyD
*,]p({.Eͮ^Ƴy{@!<F#Q\ƖY=çxnnvK~.y [SEYNnV` sB8KyCSo-	ӹAܓlP]
rrW3\i{%56wvݴeӜ"D~*҄e)ՓEPCu(H.?&_[k҉<1h7"RzhH+m[i&ܘa0ė&\$
{LbʅԆ%#A!ҵR4k]Ls{X[KCԈ~߼)W"o2ak6nwjg'ȓW>~	iWTSl4fȢE_IŁP.nl<=¦
^,xfwH1N[Ac\ܦݳO*Fի\ёALߑT=>tGhn!=[]bX0E(Ca!9ҕzaF[L_eޛRsi!xNEϺpԫBi~:ϧĥn{!73}F{:ޮI9ۤPigW1@YyƠ1|WY{M7&"K!L(L5|۪	I҉v$.R{2t۳CCe[	 QnQgCv}s*	ߕnƼ82|pci/6
Չ\iCA:TX|	.ǰqwP#V v,4@m.x0~C{kNāà
TIpZ}vSjSGgAN-pCct"_ʓYc!nrO2XgUU|8ciY5f2gSNޛaD7Vz
~D;HRpt4XG~P!N2he'jIOK/Mbaeh=?A_fM[XN?oSt$SG>DMh,mFҾ*~5|X<?z;OC/`ŎIZtƁ
,1@!2%jvO:zu\8Ujf͘8z޹%ۍ܂*-ݺ,ؕ!9V`Pߔw0~\7CDpdlŪ>6hRTNʑBt\BEԴԔTOZ@"Lҧb|g0S!RuPxNL9ĨOC\3Ù(@UhKFY6{ۼ)֍uBd'f-)Gt"إ4Bhĉ#WY_@k@\KsbV4XA+2pv\5RRi\F
XkK#E8.y)ix{١9ztr3?nK"i+ޯˆFdҜ|:&ue(uwb2$9Ӄ5]ٲ>BSO3n:%nϢG͕Aڇs-A2s@uA?)pUƢnυ*XX)>L]vоRQY*Z\mo*;ޞ̞z=?,:u=Y{M،Ƞ/bK1ЄOAwH=V(m(PN=hlW3'2ԦPyJFƢNskT\MŒԳD<͜S'ћ.Xp4St>1fjմӃԨp0P^HӘ!˗&7R
61ɬFjjcڇUSk$/gk	,G4f8M<̴6EЫ6-wXGy<Ȩ>`pWy \ݒ'e||w)nP/MsFn'.!mRāy8I}j$ԭkR/LpАEB1$,яgěQg5j1Kk-|%K41/ZnmHL͓F9@?Jd
-+7p7nc^G'!"Po)dwq~-['gc;yۖǥ=t."ξφYji`6#?+(rYS+uxM+E#͞CcYhhaZ3	
3@ш`kj}|~	*dk,Sksz"]rMƠľ֧4t}2G	)kSο<V+ºISˈSݤ0W^V[sg<ɦonFS$!<ryVF=!#8c@\sXR"~ר<yȢ1h$͘>88TЯֺ6,p%bӞf7G)9N'ٞ+J$\?dz.	tÛddոG.ҞfɡtI rƈ<o^_#!i3݄+'ş@sD1m/GU;,ƪ,DÖZ]CwRt(7m2p·|9y,&U"1a/s=	V2p͋ۼqԿ)IJ9[pY,V[7>ƛ_b=Ekиˉ`CҌdުիoMO"hw}±lNe5ֽGKؐ(fOmDRvobtԦ	7C^C<RAH>AޞZHU|/g͚CWd8Eym*Lw8PVXˮ(ky<PsqqMzd)q)1404#VӣTx'VqÚHP$)y|9&[ʇAȾ!ЫCT>]ƺ־~Tw|	pW3_Ձ	ׅK²'#s- U2CT.i-prrFOш#lJF/5knӶ];0^=0#|k)/k{##:"zH>'Fg?vXСO:]1GyO3ѫ]-lTM^lzsٔ5@+o+}:2>A>]՜)bcd(},j߆B_ʜ-cminϙh:y#׆u:3SwG4Zk)H"πC9|v?mʣ֡9W@Ͽ>Ֆ_9<$*T86yx9(ҳ8ɚkǮ)؉Crpjfz/a-_HmϲI;y+łѿ*6]֗wmHҢ'zn'~(נ|x+_pˎxEۤOb.#PQE~aW4@dPV}1Fכpoڟ\wDQYqj_9G\ɯ >BC( _}5Dv~&MѤ,L8mqMX9H&A8ճŖeu(٠!i 'WQyQcj,Z٥(Bb/ixGlCtΝrfOKe<Gʲ*GRH7Z z߱w{bQϣpsLO8^aԍ'g
>9*UaP7rV$.TII]ܐbϦ)H8Z<Q6h5\C7<7h@|Sj+e|\``")4VÆov:0oKcڗEn+jr%uκgA^&,Vol#Ӵ$ۧ>I"sAJ2QM\i-ZצhrnCtD۱+Ԍ+OFįI"5i۴52!Ӣ	'(8զuLqhcҞ){maOʦδS˖jic|`H]TvReZL2Nk=6GHT 'P0ju%^6w$1g٤xnus<\T)IeKxtͅklYya7jGKO/X`PE -eQJ?kRgSRAERߧ{,6fbPi~chDWgJTy+S]L2yr/y:j']Rb)ߣC0ۡHv3X_ɂʋJ y՛=<t%XvSlT7RN6)Oڲbhs)%:Ւ4]5<zo	M\y(hO?2 !^~31$35`Oy/p#~SwL_>Í[ӭ׿a.Gb"*-YƄcrzÐ,xdO`$%ܲžH+j(UϚR^>XiQÞw7DJ#Olȩz<[rDi}XFqbŧV=FGa}cՃ:аn%ƚބ8amg,9&Muke8уƶVSAM2]5cAVtǰs'am*߭(8hgt?` pHg]irhη7r Ј-E5]˭f׍տͽy\'Iqs0Ѧ+k	}H^$B3iƼ֣d8Wg-ٽۖ#ARORz%1jEUde1ӈku|Pm&$!Ţzk!q5mqBЁڮG?ٓȪ!s1ƿ$7R͌r͹N2^IFX2]3jߛtRdV{ƟR]ôP@H1#Yf%ژ֥pC\4M8~&&<ހq&x&o6@$ZN) DFɉ۫V9WΉ%Z\ҟ$Z]Hd`@؆U*}&QgU	HI,rȎXϨFO:3Lp8/'9iLd6˃.* Ń֚#C!n5`3uB=`JcI91<:	%ip9XeChKYgfm0o.}#U=/WU0Pۢ+i&h"Tm<ֹ/-K7V
huND"_f.%Nvc",F.D=|uF1b9-)[oO<k}>2Ho>dُnC\(1DL4@k{ƮKV/GK~_̨ҵxWR.l_e߮KM"6êJ8}$+=L%ʒ>tC#B9C
G]_YEmib<Z[}&*NMOݷB;Ř}jɬh:nB\{HP+lWs`3.б^u,Ol zåhD{-n1cty`SŌ)ԯj&=JCuxhHUyz}rvyMįz>^{'}Df'LtM
eh``^0aqN:#Է۾}l1kZ)@҈2ԋ",ݼ?ΔkBuϋF_-vϯ#JAV։ˇܵ8W6;WOV^ADqBQZ5qӾqy.t;Y-UzʮMšhQѤ|8HVxCp=FXZcuPYG+=g>
.9_\|4`C$25Jg8SZ9® @sު0G&ɵY8ɜ0.eG"؟k;!qtq?1D*RzSy
m9\<"zS++.J{Z|].,3wSSʐP-d8/J#YQϔҞ
;T@,˒Dǹ@"@K̽Hқ]q@
#n$˴EB/-2LQ\֨LgXH,Tn(k"B,LuTs%ݿgDEKO&Xƙ
@s[+0	-cПAdHZ+?Zvv5ũsկqD9S[-PNQFVe@1|>3ggLZK emՃ{'iWM][OPcT08T_XpVܺiއĆ;ZS̄-@*xEr{iK
bG˟|~uzJsM%*R6:Y,qhü	4=ediEe\A'945:OGOТBPΔ`sIٌLznYp=5	H7tMl>YB,Z4~8׼ZD%B0Z֧j% 
SL2Ѯ9Y 0Co!s#]k_˪#]fW`vut#s8Gc"/F@1S2ks:uSM[ٯmrkGƧfF+ϵ}˘@,ǌa'%/-)ޙU.o/ߌl2{_<Zȴ/ElxmCM8@,?̬]?\IL7,eRKO_~k5R}cLn?6"1Ef=āG2XTz]sX@-mSM|<+בGb?O.Ƭhkc"Κ6K.s8'	xzPε*	[UiH_$Gu
H"ˣM)5nvZϕ"	Etm)+Uh;΁c/TƠP\xV5
EYcxH3#<AĎX2~>ro\[H.zǓ:ӂVt͇$m5[|ZFR}k.aM[~sƏdeJ5M}ރГkI.ƊυG/ffұ/ٙ¿˼Rv[Bnbwh3kӢcs/%u۔fZ5"؄ҽ!.U*j'B,XYB~-]ϗW:#؁UƇ4D}H&ӽ.&BIs%(7Zw1ͦ͛;kXnS280kđjqU4`~mٲCȯקK^C"3ܱȶM%,sK8 U8XH1plEk8FT1T
ƫ|/ʼ7hF= 3)AJcؗwy6ٔ.StG߳h׬*{8I{Zxfw'ʐǐ:l7Qܛ3h.i9y7l*2T&߿8Ť1l%!yQlW*۷TbcPyn,vx\XHȳ?'JCvkocQe%F:)K4<L
h40({c	P<;Mi)JV(Wed"(2ȄsѵO	1@";zrθ`ȗP˙DǳRF%tyf)i?0i{DEm::(2rڬ
o%}/PzHhJ=J~{ntvi<#3N}E^lCo+*زPg`rc|Agw|X=*
ؐj@EY^PܼݠkOcH/e*#[>kmoPm{#l=6~Gȅdɒ6ÜfWLt(:ӷ>aԊOGJ mHA6َ4".5Nlw/2J6La5E>F\.I~kzRƥgAy-w!Ûx{7xX6}@ʗ;'pLY؟M)wiZHmͦF&EjD%*מ8p&jbl:00~auv(GSəEץөݘP'ew;vՆdo$\@F$1::r3Q^s.dn8wO5ͤDra&zShߢ#}^d~ۥ?*0|{T~_JsSL`&f`0$bО{tΉW%
=ϼ6J'.]%uɒt!t4©|8dW͞O޷$D9sZ;5-oӄ#?;_XqُC0u331κ!1MLZDyTQ!̬{-L|8Hjm%-Ó"/G:z?nmZ;Ӹdӯ<wٗٸ0Tm}B׭.|֪xҁ[0Х.`
F˓b&/7x1i+P5ʅ<ҝTJ?,~fGoAl}hvMinf޷~UgʒJd?WRs]Jh'6nѴJh)	Aŵ,[?7ޅCNwtFɄ%)kxy8X/G1Ur#*LGAFK")5˸@I{d qc_Q<8 9|qLSSI.r	hlVB]WǙ9Z+iz׼R[\cUwHE-Q=rg(s IdQvCۤ+*!MTB
>N{Th>G}aNZSޡ=ѿOޭ0ſ
Z:9 pڰX/ϷKMpQ*úN]S,BCI'Zo8[7CdyHV`9.o	bCySw.|"ߣO[@_ø)V`?5٠a<lUU"m<}ѽ.E%	ߥ^LlF,3U3H6v~}6RbӺ'˛Mӕ|d(V	m"-<y0
|8|OJKD׃]-^ˈcF~*߭ĦҧeD`}yDx{Cm(qH> uKBǽ]t8=4sHv}ǵ?&^.r4 rKY~Ӯ(Vzγ3lyۮϱxun=iS67oi8ּF+gy\5Oذ4cTuɽӨCO~v!J3;b0IE'ſk|JB%`E+ZSnNEҊʯ%=GuԷmbRO{̥?t~1vt,kȌfg݂?пcHuncKk4W4G^]c!D{d;߽v7~EÐ:հCԞh9"ӫ0eβMТS{<KT)ݶǜؒڬXފp$'
5վjv{I{H(xʤ5EjЩgaUɔ5[7,TشMΕQ+tR3#uU@v`OԹ[zWrvЮǋ!gad+R$g52ނ1ΌZeJ!"I*Ds͸:6΀ŝգ@g6kS5V?#kpRNXK6s?`ǅR3jSLw`~?h=Pʃ]Y۾<JD'<L]N11/g8?\\L)&z%|	;w##37I++I!#'-WQ>Foۡ~f¶AԸitPСOdQĀM;}Aъ(qadfVwëIwKo_f["5wuNMelr+]-(Q.4]Hvw7jrճ~:mDO`I?%M[\!	8и֖7f|-|EF=w
)6+?6)^y~i3ɌW0qb"t.:VI#&FNP p{14LAL(3X!EEdQaNX:N٨?BՒc~F#((uNkc;K0ΡB+L*zH|w; [rlܿ2jݚ
"fnƲÄ~Δn25ƐO2Eȥ1~7C{?ѽ؀ܓuL/`ҁjƹϨµ0>PǷz]W.i9WӶqmFQsq'6,۬:>yqQe!(SE6G@;а6\ٺuC3"}5iK%q8Pe"zU}8@Py5¬Ė1L=ׂڪ\XׂLv-MP:NJtw#MBea3V5!JrPr
21wsƧhg_RQSop=&5Hh|V=r:j8wt/b2cXb"JI$'eƋ]\/_o#Z%S۵s! 	&}ՉҶ9444f
$HThRґhßۓ%+ż8Z0\	׷oU;Mg^@Ms{̲E+]̄rJV
ݧ̍Icye31C6+3='DT[WlEo2A'iܗގ̏L}8'By%eSFڛ׼^VTjI9])7-;%;.Eq|}lɧA@2ۃbѡϔ.z|ќdyֈVLk~W52ԍqՑYbpDxExwDY9ʠ}4[КƢVfٟTeȗ>fܭ.Rq6؈l0bFCXN{ASRt!qRʿnzV֮&*3Ɂs.<RJ0~%.Z>b,&$e_P5oc2 j~80GOaH.RNRCP]s+_vNƏaoفS++h?ǽ0*,me@ުҪP
otS{9~|hJ# g'NMN/O%DrWFbmgӭNmG!5<orάjWdSU<kJlR	9s(Plu'/II܈w[ac@"=)N,c$vH}v;6K:<rG5"v+N2|+	J@z#;4̾c95'j`}c)
QEYTh>*ncSru/Cֳ'lˆcv'ɟE+2m%kklҢb}h}7dIɳܢTҘ1bB)Ά͗<`K\ƳӒCg\o1s}ވq".kpa֠fVsx%ӹώ&ǯ)ԑiPHɫ*`|ZҺ$>NĹ-O,B+4W|l̡S.)Aǚ\WߩmRY'Hih=TqM"<3,)$G9ZCGi,uX4˶^_7p=C$͉JHWo qW%3|~CЉى":j\ĩП<az,hX[D2ř	W:"*XghA*ɊɓVBS<h ŝL+]gbQ>sA/9#WQpṧK}E	ÔĪG$Vg!xjִW.QلCH)o;ZPjEޯϰ&Yx4WDB Fx1|@`;|{Lk3ǅogԴ;B.ͼڰ)"eZwL7²6i^ؤpq3u! Ntv6ҝ#dI>=T+Ր\d7/вƺoV8cOX_G6R6Ƞ'kҪHBce.+\e{^ީqkFW7Y1ɑf}nh&q'~Z1\Φ?tI's4M%MAtmְ+ɲIs|.&7"3}EUc3!W`ϲecPk}rTYMEk7%'H;Ѭ;zъ@|;B]ERAwcVGuהf=bF81nI[ΊXDf^y0tsx5Vrd^;ʪҺ	pAxUSaۡ ӞN5U$ׯ8\pSu+w4U$>Ќt9ag"\htUg
PlhiЛoɋB8t,jCni2zٕ݆ȗkۏE'&G;ZL[jD&7ק?ذП,K]/GG1^^u@9X-ˬoW_zw!a^f@:g	oT<;{aH	)E"J}&iX+IHǍǖ{-l}ɛ^b`:۔5$9ed3'pY.R{ێƱ,۴=~ǍCM|DzE(iɧl?:WtfF*޵ƞO*
W&S)Zd'ӚrV"Ve)ܓ}Ȯ(6YұǃYUfh'0š(Uy	ȳ(a"KެfVqۘoɊe9$akȰ'NW%?A9VO=t^p\omm؊Ej$ܴdK4v3BG|^f߂?h}b'-LNK!_|7D
`Xq~iz^oH#)۲ǋ˜uz= yhQ5K,8"OhϠQZ#/sE!VLx;^QWLXVrYA1=@EDu!iI@HoR
%C|z߱W*$Z@7kʋ/IN+.3BF&e%qlfk \pKB5<`v\ƛG[',yW/`=ݾ@>XS'w
c3{0~IW!gʇ`0<Lnͯt<K""ͭʄЮ!jɬ9ψqkGyki\k:0zfj\%F6x
ǵJ~?.\	&nb,:EO8]Ő!lbx;vP3V)S8	@,)uAPBJγbOf\HpHG,LPEˑ~[	u!CA 1Oo5M<mRc>[Dg@ت)N͐K@<I;~,"xzFxڤb~h%ak5dAqMMN<>zɻz|?Pq!YS#=_o؍h^;T,/'OP%SrՑ:c٦BMYRQMڭO.sIR<VAdyNwF`t21I^èkɍh٧~Q@y 3#1]׽%:N&uOU2vtJ?.n0wfXŽv,6%sGyΕ8M:*zNeQw>hȸ(m/:\F}v՗	Hɻ͗/{g	؏e"ѝ5G1ːb2!46k@n?3RY@j qxo@HyK(}GҶh:IB&ӛ|&b2mw`?AQQ!2B9wQcA_7'`ݠ=!pM<<mcEfllc$͞Zϓ##(}ڏKƩ,x&V̌Wr
NnZVۓ΢@"jGz2_M?TS/?ŶRp%UwBr\+Vg>Z!٭ GjTi[WkՉ59'0L<߱,07ʮD"a1Soȶ ¦֟OÃsL'?ʩ<	ʁ%( (>qeDIӜ^zcMW}Şǽ"Do"VsX!?gG!2uF
U Vb1g&.Z{"$* 
JtG#nYzhř(Õ3^IMp2 [xPNFL߰8ć`m3Cc~ڡ(sb*x1^@6y9it~KIrBFo5W	xuEbiFXQg؂^iC޸(h߄4³Xn8X.J(ƸdŌ,W:j|KUzp{lOmVw;z4+ttRu/ݽl
'޳1px!Iðׇg'>˿h%kxu"57?'pkن'؜(#9Bh)?~q [	HK$o]MVO>C&CTPxFkDXtl@RV|]pS94xə8EƙL$%S uϬđCީF)D\x7x[ΑM0M[~YBoK?Lˀ֟g2('Z{~(1>¬שIףCYiu	̘Y;1\z)ϴ|ƆAĖ@#j<ȕP?K IލI1N6.kZyy+קy2*B!çj{RԸAkHڟ_X~RXԙoQ0uv7#oZEJhe21'#j4א{yZ;̵GM3[za؁{.Yڲ¹nNp)k_]}qCigE1l-'ϣ*P9~!H#6cRJWmUG-S8,-d%8`Ӻy$'B(hQ%:Q+չ9??Lyt%~7F=E	!ߴJݪ>O[ɷU۾-5Re>ѷ~*׏`9گ+#ň	5@ק$7+ZDnYqJ'q}TN@<*=+]^E,JhUgIگ&=;!F{J2[δ ɬ@(ǡBsh/߰qǹ?EE``eQy,e@ *_B%=xuTiOp.UZX5-Y't by|Д"/݃ldĸ5BN߾fzt}OD+j.\nau߽Ē.IҾh,	nG/9=gF57o(ڐCuZ?W<ѡρVHR'|Q:0)]W]#;]PaӇ]^Ws]1
4Yd)<8Lp?UQi}/qwN@FIAC\{?֩ò8o0̰FٔcTm2OuڵW9gH^5=Ʒ 2׿<-}qӴ~J(W,_am˭|i1n~G/I9#ӣ{Wӛ|ә0UO;iFl?6 ܉%3^hǾh Jc'?4|Y5Pљc(dDtJ+UÔFZm.Qܠgu;apʛ\y0 1f14Y)X­H@rr3\h'`1^ۆ3(''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(17643)))
