import brotli
n=a=0;b=1
for c in r'''/fΦ,S},<4w+.w@y.\҂)QVޭ,ޝam4;S8/دGĵ_ε)0bV+-
s¿V16BZǞ,v1ȭ_cǕߦTL/(C47`YkS1]/%28	S;˩371H::*ܯê+ʠhxɲp!vϷk^uA,p(ܖV܆nЗLcO'TlUmtxNSNiҐ5]DфyɢYF,fs4Ć؋o^a˅:kmIZu2bWǺޔu0!ytJ2"ņw>y}8InleR1ici>a*^ϊ"DLۯD%؄M[t+a$Ys93%͕Zv.1Z}ə0vKLּ&uuN@Ow2^a֥Ci֜}yD7<!zH*XWS$S`Y2l$\^(JÏM@*lTl2Ra.+@l>;(\8XZ7׾_4WBC˯[Y*\?-h]&"qól6'iٍ_,YGˡ*"9EdoZ'B%mCPMP)۾^GB~HBK<ֽy)I{3љ(µ'"JhnJn0w/Toi+cѡQҀAs϶OW0Ji|nVoeGgBߌAl_	Y<hIֲkzy&$`eR5}2xTMKZ1 2viu%	br|&oSDK3,i=`ƙ/TR]mfm9Ԙܩ",۪L39BQץKB>$Ӌep6p}cMۈ%"Ϲ)4v@/ÚPTӯТ2*!BD"C8$JȞhKϯ/}c
@&Ķӫ75?&})KZ#\U|XO)'_Yq_=Yۏ*"$2kKrO"Fmϕغ^a;gڣUnˢ;^=q2kW8Qp$p8µPӂS+F2LHkUQok%sj#BQhzFƐWɾLLZ-lp6>@[;3#6й!0aץL0,tKpgŗ9>f)`B2+%?ٰ#+k.e-O@Dp@[Qdd5ڙyUʬ"e,Yu-X5
0r7=&НJDXwŭ]Jak:W{t?1';rd3
^`6˩OSƤվ7@ :lnd\"_gUy}t*aтK<U[8-Sɝ|GC:>^8G׸{!=RLɳx-ǚYvMѱSNb˹k
@-|!>4V"rS	5+׎[| 8!+~3>NzMpC-̇H
I(LqQWj#o׌o'Դ_?dfs^`Uw1`HX`-^DI7Y͒RoňM (V4d8ڃTc֨zx35f{{!5G
L}nv)dua1
fA۳tڂiJtu&|Ã͏2c^{?4%ب]ʿ@GYl>hqւF;d߳9͛+;D*tҀntx_8(AnxCܞ<'?U8:*&6~~p|:ؔ2pݚ1Fi56lw{ɤO=*?Mzo&.\L$%ͦ{l|rj	¸tה("ki^<-mIUӠRˑg& 6bzZ͵#IguZ\a
\Jh%B²pޕKd*a<;À*ţzaLyYZ#wk?VzUϒO	;8y.y+pLgkZU W#,˕ j-LS*d.pVÈ+ac]dwXdXa89I5_Hڙ,YL,ՆCz6+6/}+}J&wϋGQ"H-}FCÒdebkAQw48ba"i͐/	BO{HB [ LG_ͮ/$cg*؀lsM,jynˇȐ~R}74'Gmt־g KDb~1,f"!A˼ɍ/L=%c"#xsb0`+1h[!P.G'إ0yq9G9u
ϸ1v6jIhlzZYrLfo%Ƭs+1{Q44RշzizVݱgŐ4ݐ[٢nk=YG|RfY+GWGܟDQ]YGSyPFehB!
=mV<̦z.d]TO֜!3<25jj!{oIh};HD=06m\į%jT`Ϳj$MƂGf;%Bpc!//U,H;/b$dۃ-_ӧydLD@FhεAURC_}/+dp/?o@:z6ґ֬2j\+*]S$
</|Ƽ/Z ;EI[5Su&S^5]*}D\jH:պ^w;Luf!sywX?*FC5ldG/Ѵ݄15иXq
ӭq+ڪ*W&ڋ.B2.r`A]^`
bPKOx` ڒӈrNeduݚgWj>S6	]A/3{m'% bå\ymҧ=Kܫ2͝#&da G2T0ZCj-Cֺٰ|ٗ>-r2+0bP-EScM#@>L
br3Ѵ0+#!zG)QܼˌEJ];Pݸ)Ä/k+qr> \W{֜F9ґFubRQ]V!]A}J!Xm^tr 0̐w!͐uov+G+7ŚP&4iLht@,݆iɗ}ɴXZ	N9ݜ2گjb/QʈG2C2_ח/7XKKhڔϢ7)hƦl`.a>qgDg	%/7sJ$)?@Dej@w@K=4_i9hkxf 	J~ы'+kY(R9V)Nui

|YS`8$&ф+ٔ#+@ݎ"ځXJN݉@zDN'Ws܃"AXp!](>ǸʘA=ӗTAW'd!%Xau&1UcnMJ1iWX@8MWXCGKbNOu9_5ZeG$jd_yOIʭA;D*Ӥy'.ccݒ#Oa=yE=
HhZd@
T>IO+8"oxou'+dB(ȰXB5#@dG	Oe?<C|G"yW~F#<hD9o<	o4ØwiPrkJT(ȼ'ƽ<G"iji(3V=;(Cn,niQ\Ī(ҜϸD0Ǉ&tcX9}9Z@ŀ 'qIT*эNQb2kQa4^ȗf?Y*	b3Ѝ7QSxMҘyi-$0wKIpi4
ȵ!t2syիɩdA4K5rtЖ؁	"I~ٚL&&/&Y|LȹS,GIslU`Jߜ+)ǟL<3X[y_;:D,Oɟ1nt/
qZAU?lk]B{j7AZ3vHS]ފoyk=8ڭIP9ݽRC;>ͨeP}#PMgoFQYͰaG,AJB _@3&D4_T/ڵ<2v)J3c*dj*!֟}QC¯C2Kn>}Yh[&xζاe<|zӎ'T0xhbDp)2ɼ6@VeåxF\qqŚ^:AP]8hUN</j͏c?2U#ۚVcEɫ-C;?<LuuAbwr#	{ó	Eߟ+·P͸[A׷/a}d_2JxoG.p'0G"%2#`.8q,#E3ٲKlHP$2:g.ѭݪ7=4'QsDQ-J"LKi̗)r_Ym>P(XƯ͓g;[:ܓ,ݖ2f8xhBKr+f`bfIa%]ɬ*6[5YܽKZg$΢ҿ!AlxQDmsLӧ	Ԅ1b%V@O]k˫ڥ֫ˤp۵vܜ·yP}`;oξ!Aa_BuqAUoAyێa g:XxPiA75/.WޘLvGvLȰ-y%SyEdVr9֏%0g֧u"X:%=Z7r8`<?JjO>1!~G7]޾~ơb,UK"<#҇-iWĝ-{{/z.-+; ^J>62@BЈ*sRa¿'Trl2]
;}/C1mfĥ%,4"EVb-Eib"ns@h{[Gxt~hr^rLTλ*0	2yf5EkFU̿
CY'hÑKz[yUWL%_#Nv<;IkIFϣ`H˄.qtA`8uȝs5rKf.6Uǁj|t-ӭL\k$mvż]~Q&W!s_ʾ1d0ۅuzۿ3ڲnK1mBQI0A
+SW*tڎLd϶M;۠L]FPY`l|i+w+4kyNgKG5"V^3TgŻ6Omp9Y:I5sK]s<[gیkc޴{+>UڡnzSzTZZYk'c̵8\-"-dXF$BKQǙ(?	*.K݃>ܹKxvC=1
ok;kǮdk7v7a=_2vŮg'H18KO(.#A*VǍƇSt͞7ͻ.2oh'+YϦԨFB}6˧e}.]ocbS3"NӟAʓNiR7ԯOW٤J&QH.M.L-4a>[v,S=Z8g[yA8ws;;irĩ@XX$ŶdI-vF}r6GtV&+OD;-FimW(b-C&+K\&FM]!Fe	B\P\l{9l?VG5/bUi}k`qdCO70^Dٗ.mRң՜QG`<^+kЩ[GrsZ>1cdN.KΣgeߍC8t|M%V/,_CKۃ<w}|:CE	^RP&Y#"gvH_=AǰTVw-)vRZOtݤ<nËEkp/gm:Dt.[""¼2F!o"âD|Hrկ@MkcWȦ2S^۽pZ+AA;XÔ`Z97o#mcW-~~e:˄t?IJFߣYcэ;7r.?40h5O`"=qPR'zޡíUă̺P9%JnΔ%Ăry*h!0iaQh0DF**V+62$6">ȬAIYC;;82Eڽuǽr$XE(8;puIi^|hԳU6*Mܺɽ~9ܵ%ܟokF	 Z\g7˝_pDKkxװ_|"4ssArrS~Aז:d-`CԶ|ItXwtNͅL9\h,Pģup4"|:Ťßv5ɟ?*4|ԟ6Q]H5ixQU{f!ǩ;1)kq\wϨȌߴl=Sպh7bW``2P޹PӣO؄JԢ3-ÌF;hɾD6¤;;Ӱn<tk>T@~IFnrп31,=>G&l+ӓЗ:V,aթ ]Y@#θڟG\J^Q\Q>Yߡ2Y׻@0߶N{07B2/3w,5STRÍf z{Uc$Ed$x&yN8oH{3[9ډrσfDtfiTu}icl.v>T*nOZO=ZrIƫksص$i.В	$څfT0bU}b11l-~Th!,u^qPwӥ4@2̑.۶ҴnRPT9ɱUoָJ11e)s>;;Z0&Ùx׺eؤL3W41$=O'wY':SF=uȱNxs9to>\r|ب9dk<P8 u$tspPɍC՚	QHjzt\իٖM:8J4
K*W֍<Zjǐ5R}P5^8[&`9T8l!#x$ALX0(ԟ]*'*6j!c'GAȉ/~'aFD!իryEƙZ0}ӷ#3ӑ̦d
x>SFTѽ1ʝB4)=L_=d<׬OՎM@G̽\ #4Щ\cz[+lJtlQ
2j߂ݭ2DحEεF"*?f	@Rϯʯ<\]Qpv:XZhL-KzWd8!5n2yx 6ԴldבɦU.
Σ_s4X1z7Qw-مڼ_Fܕ^y7׏s IGjV)5Yc{-ڐ'ըU/ëND9P2R 6Ř@9"n)*uw_=q@_\SiMZUαFdhXsc9u}ԦAĵ"}#?tkie@[2Y[f}8-AG$o6\dbznP@dx h`LdtX/t6ڛQ֯Zj#:|mu-}ūPߚ9LɞXXǲڟFx'Mr:t}_>ܷ KiAǵjE'wa;k,mB)xHa}#Z{G3lp?rWC^;ڠ>π
x;iL/r8:kh-T[9ۥ>V8RM7lC'n:ڝwmw ϗ1@:MHJU8(YCK[9NSc-{ת^~DWnu$(rJ;RBda@Cշ%ܪ=)yQ=,NbbkS<h֭%I,JYr_ ؝6:k>!S2^tέ'ªglc[d:Ǌu
Bj/+ˮ
]:Rkd5nM6YN|w<7xϫղ%[{0%[Ǆ3	)n\W^!sy4Q/JȉLE}64<ʗmpM|2Ô	yO9Sj8gП?	<73uUì=JԜ^˼ Ͼ<z?/tU|5Qu{Jw8N8(Kw2mP*?.BfXsY{Aҿ1}">|I]<1J`!d!0`L 1V:P%8HomصH'xޟ\1¢ƥO,sڂ_R̡BU{0H=`_LG_h27&މk^q8uK4b/+2$k@hğ*}n5]+ԷG;ޙ˭9M~vG=x[W]U˩7
j`ȯYAw`GnIY1ڛ`E"ΤBgsʦax"[I5޸0:_Կ5ߙR=١ny˴(Ifd6_vXi$	.jCB6ܖ~v*D{Mn]d/Gґ4q7ӟ$φoW3:15jZr+.Y}c<N]eq݋ۗ5˴DƏѝC,q(XއwsSr3S<f3xώ<U79?j[9WYT2ԓɂKɇSթ#غ,0A͈j}m
>ÐJb'h$H3CNHǡ&ĭXB7fڈA	 |iwd߻:hĽKS 1@Va.b.Z0ۓ>-)#[Z{2a%f|ūJz9*s2|Dxu#zZpJ.0)a]=ҵ2$^ɵ=7F70@WZP]'@AIVKhg2Tއ5<++WU@nzy~XԣR5L=ڭץPDRMEQ
ɃWVp VUԲ
'wpgsUҰnY<qd<Ct{
&p`b	ǻ7#FݎrZT!.csfqYw|Wў)Vh#X.ah3~|cmtWw;_ʎFj,cC%!OH}NH"]ûM}#̥`Ϙ05]U%݃cQ_KFJy\v(T-f@z^b7bg>l	aI|=`UXѧhǧs 9X#h-\0ܜ;Wm {`W+b=doWf#UZ%S#
ғKȓȽ3	˾̪t6u˭Y0PboRiYԵ;n<.T46Flv4@ZhOEׅFfߗ)޼}t[.7>n ܔ8{u.|g֑,a+lފ`zfÏB$~uԀqB!RCJH@k1տ49R\ɨzsYaFNvRb-9.rZ1[tZeΒN{PUWC=rjڿ?,-m`5hs,Yw3؉߹E?	AIV1ĄrDFkq'ՠBous28j8),2ߨ'G{wg9ĈMh[	
+̢"^Lp	@]+EHbѼǺPy:9zm(dƗJj޸'@8'_mJEAƢQc8vGda.bէvbRO(Ӥ=v0
2:́D.>&O%dNQ+'|dsAI	ךKg(ڤ*4ec72<Aob(\-7vܒ6k=i{µ*S9<=Ico8PVXl Mxc/QPi
;үV%ܢ{emCvWQd7t,
S.y@#wE	|jt+ّ1( "*5_&10T: B.Iďƫ
4s=XЫ0xBF9Cؠ[O0_!ރxcwUlRk.+6yĸ$oDNp0܋ԧZUH@{NVpBC"	TZHqDҵ*ٙ~wqkVn:-Q}t6L1_kɴ?7ڢĽ7X9\ؠn
[ۄEr8
Yɼ uZgUlaej̮m>!&c;}[ӡ+ϐE
\֣Tk}Y+wbԕ,@4Z|Ŏva>J5"պ}:!Hٞ;OWY@żMvBIdIA:	=-JFEgĦjѓFi([zb<%'٠6-V=,5Pp+2dL6ZeRI߷iz|r'[EqG:b$]hr46вQj}A_{a°?WD'fŻ++]j*+\fϒb-UؒUfwMƹ&^7?s%JcYHˀ_NƢ>h.pʗ`N~|rj w,^mŖ3Dqp`8*Uκ7[a~QX8o/	òFƄg{mLtI?-#
wT%>lJՐ^+ڜkm`4O&E'j̞0;A߬QN$9E`k&ݖ?:d&J<Kd\DT4tJ?>CՍ34OŠۭ~/Eh\^\ľsF}?8aYסvYfqwwdˁsXD>k8{їYQOP5o|̨}1ŢvՉ2o\`)`y
SL;1% d_fd:'vT<Ot_GX,H>EdPh)TN[^=se
jqVv5|)~ٝ'
35Ɉ ikX+՜v1ߚHCFۄC~W:-7{F#2f|V%U%{ڀ(н]»*sJF@k#\ĢMjzKB*УqJ͎1WtdDТ^[ցu(Ǻr=#Iݢkp;(vȺgkAb]<p#"UyTǝ2bcq	ߩ}w_44v\6#?#6#Vr«WnpDD)Ib`J@@HKJhı_P[Ddbga\4\~	D@R1$E;CʀB|ż.uI5^	{ޒcsb:V.=C-\##B`$xc4ċkN.?f#9fy]	ү<fMӼ-lQO?>1jUd)vNikkR@0SA0dw|(Tu/G=Sn2d'i#b5.V[:IY2g[Ѷel_hvFHj(h0ۅL U'~L/65Kiw3Js|xpńBhyrr\yJ N؂~,~,ʕYsjg]+įgb*t}0HH*š&-4Q?6W_uY3
PRBٜW8%>C\a2.̯ޖoBTI?zanw#/+ȢlwH<ɯYL8y{-KZOmV{Lo9R&cU~bЮXӄe-+P	7p$'2wC
V«hr@AjFL؂$Bv:LHNN<=LQx6Zz}J/ l̗
0ݕܣOX%6fe@ݧBI8rQ^7)R6,_nu2Fϡ`o+ɤ}s}Ў[
$xܠ-+d?N%u1Ċj_˗D)~p[yB2bUR/Yˤ6L5uŰӆS&rgSA`/jÊb6# !pj+"w|OXS(#ˬzpF4!Nd<Iv%MFk\֛ӿ)ĨXF5u0+E;)(km~"]RǈƠhdҚ5bmqXhxf8B\~{UUhU)vחKzF"U+9aI>˞hcOE	%|/:Ÿ3 kۊ]MJ&@Ҝ7\UҢcثzYב5Q,h~j->:Hv+pݰl|
zY4s0\ڂa9w2'z:fki0ȌARn[??,`Nsr,>̾'nbƷ?RJ~<@x.>%r}yI+BIX~߀2sgOhc\|U%HW*\pcq~ٖ|+ǓVPK0_B'
E,$D@+TϙpåۧPx%"ޫ̫j'+1v]A({U`KٛHd\-:r6Q`AnO[8ޠЯםg,~1sڧaǂa!pUPޥk(bTvL}Y\4	̈́%G<:X&m7ѲtU{ڗAa@2ǩn;EpÜ)sл~fBe-T~	Ѫ(|׬#WkLw0c)SWa:j<M;tr\wэ&^Ә
g2#
CfmӇv^{{G&ޯϠT-$3"$E':)X1BJ.BGzPiFXs0XM)ȋRd:ЭPiʐr-Yز<J։źG!CSKZUNBOSd|pcҦ	W
Ѣic$լ].U =5V%n?fR,#_KWoj<x*%l)Ƶq8YK0JO٬ۜwuK1ύm4:s+ZW$^ls~ߝDBFwgHڥfbq#4XBm]<%ݫZBy}%=~(7ESr /nZޅuY{B2	br)5nE4tM.[oDz<QӷWv?<zޘH@ۉ9=UUo6E
4e	OJw.gK`2
Į`j3].u'PͶ$_Gt]B>4jؤ L[6Cu*ŚeODc˔`zNhIjJ8xi6cKϞ
fH	Bm,*=޶Iا]SdXX?2SO+(T߉1V=	ţ_seS%L	hy1)rVRS[RS9f^}mbKJ(*Ot5^{bBԹg).\ h3M~Yvf{iϴtw51}£Y!DqXҦm	# ôTYє=Z24iX7m\G԰NO:Bܣ߆2O͈R%;G\۫QگfdV ݼkj04s*
qj9&->8no-`(q@ݢ4(>^1h}6<%]I{+%m2'*S̕e,oˎMYw=e_
-{nKFX"Y%{!v
CSɆ޹u=шԌ	YbE"hGagsDV$ Df#=
qA( X+z>__´|%7 W3QmIˮHe-!7TI6cM$IșƓ{`]DMmx<tg#nz#038wkyTgosErE^K>ށEFWn+i)?W7c0ϛ}ěW9aK:6zYHB[q׻8wz)H/yE۝/2ѷHB5Q؟2fΏEVaֶ[	Ã؂nh_IB~- K~ar5T;mA%0-O
,#]!s`H݃8L5lV_քя%>oڢڑjkLAlQB&*AԊyPWws5o3q[qG+Suݾ*
ey`i<)5H#+*{܌R-(҈ںs4ъzgNH6ou*'}]bc
U|Si܎t6o{߉ ?6sB)cxbGHR\>ق4BT@~VuOܶ	V.O0ѩmqm5*dUv:vSfDuyeu%Q/ʗ1Ɇp>Hk_hYS@1GڤN<^f/]7hFifxYZF4σ&&QL`P
q\QQx`uθG=*@Sϵ@DnvԄۍՍyDa3)zWB*7nԊ
zRE4hM`6K1tD]{cT
	Zr2:FΫ.p4o\ڦ1PѦߡN܇6tO~SQ"Ȭ,Q97?[=x5C$qe4w\OmuzP&~3.̆!JSU˖)Ήj|&9%S.$_{cZ	Lj"Du@9;*/4/1ErQ3zxXAnƴ`"ߵ`қ͜}̬/P%BWISry#]d6KGh`Hc1DgYW|Sأj-sç5Z2&_3PS.
&ɏNX32bHsS@K.$ּܽoOiߩ);>V-huƘr
jӟYs1JIAeXA68 ݧ UIe!Ŝrޯ=ҡ^oE2̓U7P̫(Nn+یۢs!+bE˘ײõYX+vu?̶xFYCZ"˲:::6ƅ('bT}I2oϧkos/dM[ߚ&Ix!}Ȯ@ՃAh9c}فIr68,$sZ5r$m@v7?#g73>e.ֽeEwͱ;JK!xr̳BD]׬կfmp&Yة۪$sٙ׭%}E߀)pׁ&N3=!OwV88'MGz5&0xDS o
	+4a=/Ӝ:[ueP0л[;2ØXwYJI/޽fA7Y(jR1h8ݩ,IHA5<`|?9-7<vؖ5ă}RPLfo*boXe#j%vw16DrιH_v:kYØZȒ^ZܞJʘf0)<6<Ld(2QvbiQbxgϕMڕQڛne_z#BB!&c)ԗlXƁ%r)JM|Y-o,Y#J-R#gәŴ0[:#E
Oo$Lw'8'oI>݀&(˞ޮO;mV(tۧHomN}Dϡ3eh6vSPP#97V"^"SYud
sTJQ72]rp,_^H;@{ܺtgYS/pVFHzhӴv$ ΍cժ|:`zis"}Ԁ]қt s:cկwHRyZn.XL;r?<B)GGyUSo>Ñ_(-.ݦPq(POՈOVwHsuߟL()#Q/Zv<N|ht&`q%|ƂȥoėitwMͺhHN'*Y)B1TArnh
Dӷ;V],R7N13Gֻqɦq:Qyic7i7e,1
^7ր;N,Z&L=jÍ[K6yِTۜc:]{~ѴKdY8Saa	U%z&n3/X1hΝn1
=0PSNIX57
s`c`ܤY@]~M67tb~H,Vu;`d[;*g*+وI'N#=lߙp>Չvt
[j!m׷Y۞J!ד
IsҭX'ϑۮH76z=E8[ѹ5%J
ZЭ1Wkl"?("eIz2E"#VvNYn|.ll'kspQQs/"ؼ<ldнLQM,x%ǥ;=\"q%LMo1`-u~(I.mOǈ=QP)Z	ScU3`UJlSHd't1?wdUô c+
ӍWʲ[>X~l7Drlzh1V\3uCa/ڍXped۫ݗ|F¶lWt&*[xJ9=Z#֡ Z\֩U&۟c3̋{Gܡ BN>݌"ACbOx;*^n#ohwZMQ,1YwW&ltř3h@=݂>Qw9Ϫ0w%ʊb_,`%g۶E@XFH w]6+\iH_)U2m+ިXkLq[տz$`wu=Iˮ>2lȩ6b=k;pjS)z]+j~7]%"
47YũՃw;ݹ}cEɵ2ޏV6U	+jzxx{]Md^-?)7MU%H\/(=wV~}_allb+6TNqزĀkYjgS3DW@rƍ]!V9!OW	z-XwjhC00H/(!ӗT.Ոtl[P+ĲJ<fpci6Z@֖ٜ2zmOWזH&gPԜm_5Ҟ@FO.=*2P9HɎnZsW`/
M	P\W="_~ø5O`ƝdBWdƽߑ׮w=3gL)-/ٖ9V",/aiz)1Z=ab#s, JBܷRVx~zԪmi.*߲;GEz^hH-3MSprH؄j^8DA"ʺ	8H7"e7Seϗ"s3¶+%[{жg<S"Ć˙ҠSVI+{`8'DwWpj.%XdP=J6V0ra-&Xk`ڝv֏=Θ /iMǤۇ$]HV;!ۯq.?T٦\HyTݪ"jWH"Œ#[FSVhR) )%&bĹDm'8G#D-svЇ[2j)e+%I*1UTFN΄GKWGF+LuoޫNZBFu=G9@PUzRCa!L~LSMiϜʾˑ8NF$N#!>T;a۟0FIF<O78+Mb<g5NwHK[˸(kX&ovwG/9hbF<\`/ew¶3mц4RV8jk$2+BUˊ#1Q2wMR{`IlXvƑL3e>Ï0߈7t0NX78}S>!;e+ɭK570Kg=byb̂(tmܑӛM#$N#& DF;>#LR\[1C˧v_"%&THϤPiA,UaE@tYQC0:J/p"AF*(a-;hr3>ٹ#\&d<3BCOF3ҤA|/T
AON	]Y4ȞrI`^xBίا%Y_F7̽;sH/2l9GMk-Dݟ:D3k_ɪ9svdb%zIE>6WO	~fo-J{tUlxaJe|܃b"mg3ƪۚ%db7º4Ʌey"|Di)j}8:"M`wj9z `R76+jle&'%ӱ}$u=܂ʔh),FCLGL<tnD$)}EIɞmzElɊ*ύ/F:R_o'OC0,AsKʕ|oE*=E!`J;\;T*ޠxw=
TpC5RνfnoU_xהSڔ/PgYcC-¤gs7<():V;}N,>Tϱan4ك<pb|ce8	g6ӬdXL#{xd̍3XcQٓʜh@%٨m hpB:vυGoE)+!,*
k%CǙ`"*ӗiZ"O-]a֓*,(=5]'Z3=%JFe:0dQs҄ѷ?mlvn=0=-xޕ?56UAEo8{B_"VH?[]ķo|}[5q#*C`?)7"_nE}r}	p? 4>8ǞЛl>bQ;3JŁLrE՘+ZnqMmz!-B|HFBP}ً|ݤׂӥ<J)=Nq~>gGƅh
b[	8x>ݢ1غHeݷP/ȾiXRE$VOdceٗ)?$?VQշIQ@<./r|Wݮ@[myVxԏƥܫo+?i43aLfu+76yJON+d_HJ&8+%Ҷ9ySXسBRԭ(Y5?x	R*/0ΐρѨ;ȎT>ۮUb m<+"Y	ՁۍML1p)nA͓)Scx_k	M=PNܡP')Jŕap2ߌ?*Nؚo>@}cB|%;ɹoՇev5	(zL1H2"tp)7OihD/n(p<cU9x* oιFէ_՜qO0ŪeV+DbӻDwu%ܳU@Z߲hnץy6NDG[Eٛ0ͪxLˮ:uxLrC;J*uRF)O'yiöVwNjՠkkF](
ސĚY6Ӧ=U^̽m!1c/\jzV[ʉ8<a,dmpJ6,D0՗ĨA:#hek]IGXχ6U?+N!YX߈۩Ɇ?*YEe2A>~%R3<*Q}ˤCkOWeBM+-NA_nMU(eO72OeQSۢgzՃNgI`jEgOB1t2GtHˏۄAՆ	?}A޷BBKʰpZUqN-&dJFHB^d`/Λeܔ˸aغoC~ϲ}гӮ'O2ttW7fRGt+dJS 7Ised%)LFη!m@	ӍT=5ґoWk2B@E]/C}3]z6ݚҙέ.""aw,!"iכRj	ρ5ܠ˱l[DG`J9XKtbv޿*t28I+%p{Ǝ8,DyP?ڔPOn"{\I}E)<`pEc$vmBm1V_!"5O2d?ƢWm([o\^E_6ګhĂ	T"u"PΆNε9Yz6?-ȹ|:S~3F[.eå@բU"%T|~X,uLehMe8FSs*M

P2vkie6Arj##6lXgdϠٛ4cPKA}ZL3/Z|ѿZo؂ Ǯ_Eq}MH{o5۝o\	sƞ9)[f߲d"UnщϦMWaJL5<Bx5#|n0XӞ|!A<KH0`	yáz3\!hni TeעQ>'8"hG3Ʀ٣.	1},NPݽB2XPZ=A'8L-wZl+83ԗR\9 |8_vF;|}VZ ^%$ ](w/p`++d
1:D/u"=yX2-Aaf:Dn%#P1ƛZ~56=̝4@{3ݚ;QHJrcR3&Gksb9##&?a	ȝ[DЮڵL~7]O!,ߩ	
?!=[?,kG""*	șIӃ֖H@ƨb:|$m,CɄR˥ ѥTԴ/X=QgnJiy	bhU^6V4rƗFPOD~\c%rf	)e=g#XU`	mn3kmSOVSܜ7D9&yHLp,jpl4$%3Yè$j;\,7ϻgؐ		z#ƒ+hW/=dAy?<4ʓ%ɢ[:̮j+%zk;sU&(#,ndk{UHYN9ע
{ON/̺s֟/Yxmȥ)/F1A^t[8a$i<f
&3#\MfI3׹8{buv6ezpw]u_9JεB'-Sl}ŭ"TCW3h)eϨ^"ZKk
J$Kп֮pBQ@ͫ
wY9ֵ	߁dM|)+t+mJ(Á}3~iO*ûi[>gJfgS4ƠԀnw!r~Kjչp֑|4]#R%؜X$MQ}G!!'CV=ۣUO>(Eǹ0Ic\bv,<+7ڎV$;[,t,c@ԥwcͺܞPj^<X{ԮIv=k&C~i2`rTg9ӈ̐,ܾCW١®uxRߨAG&C sԤ|M`1zǟ{4Cr͹K"j5Űq,(EQ.l*օֲ^ٔbsg2vջΌɒғB6HdW	718'9ߺHnqA|gyX^Kk},v[Q*9i+όyGN6sexT:{&vɴM=WgL46Һ!ϸFpJ)-
Ќ	7R{DfS9*[7V*,Ké(TZxk:W&4YNPidfMB8}:+P`P:}\_QBշxcɛ?HvrcHʪ]d8Нv/$I x`+>fȝKݼ:5M+C),j&N
2Ψڭ^PF@ӁLخE;zȲc}Y`h,m`:&mu$D5=I_:̂RAZ*REYn1s0#ΪVq?JrUBВZ@[GθK>?FwH#cy#ݖ<x>quaV3̤ǚf_";YjF^cV$	Lϋ3"_OtrOI;/13JF%YDfkv|IJ+z0:F(5j'>cBd.]@Сt4~At-4y՟ӡU߯9[*9VzQݎYTn)cj8N	ÔShkewUЙي?ˀZ͓U/D7[߳lʔɧ	uh½'(ߤQ;ސfvߪCQ|\DرX%Fqxރ}*pV<2I/{@m%G<ƹӪۋf%զEɈ=ɢܩ%CBQ7xy@hҹUC?)FiK'sG`oO{|JJ4ÅoWF0#~]γŌHܧdewW^2~̚jǳ2aV3FDG_I;٬7=_P<(w\m$B/.?ЪƗ&cģՔAʤ>+(2O`"1a̰ҭOd{q#rmhNkR[9^FxIF:h's"cJSE:ȏphIr٦fYC<|JLЁёD}TrAC_914EߎT2P9'SIe8vF.9В1~JaPTa;= {oac;Rʮ<QI0V.SMrA*6=lHnȉm<ՊYzc89^
۔"`De	F(!{4m#TNb?47؆g3Dg{ϸh)Uke/׾5b
Ȇ[]mM')C`E@|/29ɖ}d1:ڝO̓_ֲ>̣9ͤ5NsۻGx+P~*^/7Y53 lBȔ:\VfܧOSl5	۹I	ӰMNݨױrb@t˟,,(U~g5fS.C~'vޑ74n5+a R?z͢.;a;)(e7*v#;sQ4=+1Ge)^]ԚuoƮ`GYWTq\>SyӁVskExϗʇrP6(bwQ?:ȅ9Go#pf۠81w޾.k$
=k`4l+?Vnwi
rI :ԾNK5PrOKH{V_AX%JF<-[+C`OHsCI2ɠg!!n`o!UW0[qۋ&3m3]6g-4Gŋף,2~D`Q׫۝`{'pbq[a;nN8˰Hpz_WX#Irռ6G<=T+iϧNƖ|'yU9Ѳ{8_+ [ݸaP}aNϛmp+ZǰXK.Ҿ%̞OVZ;%4kazc6;u6[݃
$O~Q1K%f80')	7ckxrfزAWD:GȄvƤHhbrX_ÔL7Exx{MvF̖c?nֱ
-'=mlZ`;͏BJ<MOeQ/bmN.Ѻ/k)`y΍ˆ7H]Ͳ+p+ˠslǟu΁<śbDEwި>><`ٱkV"څ+$tU*!'`Ѱ[=ޒjr4j[v=]N,lVI(ixԤs2=VpL@:tXO;]DW~:y_XS1NhَflɜȖ##Yc';WVk<ݒ(Ɠ\l+Ȁi50ڱѨ[̋t0s2lv1wU@mՄCۙ>EǞ}[4+ªo/1X$Gu6y(
	YCѳ>\3DevFȦx˃(xf{%tļH{eضdWkZzWŀ{'<U~WBjvm@?[ޖƥihxEA:˧="}KB^`WFsyͷ&ƉFi`EH\ʼy*B}6^?&	>~	ld>B0<PI4F3JF BσЗΧԁtЋn*QaP"Wmz3bY:٤e3ZS!j\qc%.t:T]Y'Ggox #Ni^`Q@Di]D}\ZzD_YSf!g1h5G}Ռ^C%ZnҸҫ9h?5	Źˁf{3ZM&g<C)0{lEǿݶ͇]u?g[p*\YձZdt"B8:m+7p-׹"}WõڝNQ~uCmea\bhrT̐+ߩnVFNFݼl~ºw6{VM@IbɹBY;f߻Zͧe*Fhl%^~·7rJ(s£˝lmGE
F%҄^-5[քj2oB[8؞fmV 2Vgv'#\:=8[E!˗Gp O!b`b+=:!Ⱥpdɣp9.Lg!)޿^4{<qI;t"Q	w<,k<tZNZp%X`O%
ӏZh];
3UCK>kܥҾAʙZʻ̮{ߥ0j&nűݙUУ7jH^kfHU7ܼWb<$Q_|i*?HMVlo.wr̸a.2E@Sp=:*"!sgs()A W.n%L2tHDظ\'ӣT-m>ȏޠ{.:rjȍ_ ȽI3_3[$Yx~4"dŘiW<&\v?2|lʗcRس}~rC^CS+v
;δmgǤXOƈ8$(D{y-^ؐˬ{ap
>^EWpqym}Aޗ*./.Iަ%jYj-7ʠ_`հx9Ĳ2^M(;kF-g̟Q%a`5`v(N\fIJϰi\ɘLPXIRWitNgվqҎSEfg'4ȉ\FK].kst9(rƙǻ-^cA8<z`ث_-v&ѴѢ
JB=*fàQk4seL؂zӫ0eAeG	O52C;ɔn/ ^c'Phxfhrzɵv~Kc001C![7^[Fy{[߀*ٌ3@AKS}0Vܲ9zdJ	̲`:m8p#5q8Х4TKڈq'tM7^rs|~Y-4	}":3toєT`F\:Q"Խ}|hu~0ksԷ^՛~ޤ(]%pQ{Ui0_(=|C|:J?{0۞qC&ێ1]y͑YgΣŦizoD41/Fm¨Sߠ?іSۖ1+8;Ȼlv2uX#qÓ7KՇTľbPr*oՇh @baĳm
3%F `u'Ύ$T9caoH8dΨK<ڎ>~ңr،]+ېaV<ł,Z̘:ðc[|xʧ.dGSj4'KcLVrR$Ls+^4OLezX"(ԣ`ef.Z,+ڭMe1Ef)/zwc	beYm6'ӰCw^]ÈYį@&	RI
%܆>r'gD )=Q>=fSOv]NgqDoagVe
a-/S5{99.ωE9~U;TY!f1	H	NY̀frVwR*kރ?8];1Ub9ߣI7ɞUZؿ˞3ώ7a98Aф]έ'q-7^SȓQ"`oϹF6Ѫc:ƴ.Q/rdΚ{(	q41YRT%Xm'9+`hip2Y~#{A;,)X(\{BImȎ:Q{46o*7@@Dnm2_VNaFA¨AL
Klׂ8PI؋C|ȍ*]vYJ1Zilړ)v;GmpQQȖFRxQ֔d[[Ɲ'7"
i%ZT.aA)˟u֒_Ja@4l#QV֨?#]yT8bzmG׺je V܄]Oĝ'~ekR(i8_>Ș[8IhNdctQ^zf\ѷ2`I)̅a:M6VsN(RrxZ8;z*e6q[LbP^;*MlrbO::~-A PֻbE4UQ
̼S_H+Ē#I<dͳH͵VaOYΣtH>6fAШdϳ_Z߰viCli'&4noQxG/Waڹ7Y+2!Lh.݌#C	hsȵ}]n?6Įߥ1$;<:0V`Nξz+mC7-XE]`e!~	oe0dWu<a+c+71_vX*b_C2aqZ8\q@<E{ipon1ݪ_pkw\Cq/^*ǹǋ:P4tCY͏" Ĭ%UÜ_~5o}wAj!GpspŤy^,Y
ܤpp)·s|؁\/WA?ż>`	ă]@Rex7҅g $*egdTo($]RɮjX-=Nmw0`Jمܧv`/Q	O|ΟMйk_8uϔG!PlP_Hˡ(&_ę]قc*h6ũX7oͼJ}œq'F1Z?ɐ?UdG@|<#s>.m.߈صE%Lҙא-$1^߬%>yQȃ1":)Y^?87y.x-1{P.ОdzoRI4<l}JSˎgwJ7MӔ7[pƑgݝ|gtr1-ozFňgn*4qqk;4b t (@FNݱ۪hDcV]d2? RQ*>uMcyx{]<sVlF]N!%ғ2gy̜yyzN]ys_{a{uʸT``eI}	ռc"6=%Z@VJ2"M̬Ԋ	<cO_fY܎@'
.U|`QA_fپxχc:.hnML2/,C#A(j!+{8<fY6fgln%]<*φ^1a+oƢx{%F<P"SttvŮ H
ԀC=tsнI~|rcxv\]\	)yRFjeov2ڷ߫őֽ8L'o[ͽK>}W` о~2v#r+(*t=\=m{u7(9`K*MA	FP9Ëmړ=<qG}..}ʋlFJĆQT|jYOT+;!Jվ߫dߎIkHY&n9r51S.ؤCاk.?J_j{jϷ,!(&0ÆYɗO&X`Cr|yK4dHfXYųՇi9#K^x΀ڑRPf@nSЛh˺KDF-]ZQXV`gmicpPX
%YƍYB¿͠_\`ɇzuxQҡS2?RvKV@!HصAt߿	֒a[;*!XK,}q,sfǟ,=y7DL2MʫZH0))>#~Z
JB![b:5R]ys@}AywNį?*O+kKGLIsϏ3e˧Mvű6<d``dR(^DlaCk";?NO	N.'+]0p 1ԛFchЀN@NۦRu_TaM`<R#jzj-&$Sט2ņG3[<L!93R[2Z-<58K
G< |E$+XLNݚÕ"a>beCr]ZI6s}X[?r(XS,qmZT|:x
Ll߳åzdHq/Пɱ?@}1(=rͮ-fk{H)cICĉҳef+j(ltؼ%lX(S$0%=!!;wtws;B̬~Lf^F4NyA6-?ɗ1EL¾KK?F3_>bVս0
%̖VE.h]
<ؾd4oJ!/"CgT8X>0q}C8c.LnϞOӦx0:wU},kˌOLCLR:eśB~O!KZv1۩*^աۨ%sWjR[G)N2aig$-8"Z}|i-NN6Q]v9+'yTnrm٧
GRͭ"0X{w,Nv`B"B[ ˊ&5qdP1bCD3\[`߉T3afyר\!APk#L7vWkO-;B$tZ
,lFԱK Ym}bGJ0A\̹ymnR-\^|@^AP	ٴU^680=An_'kqЫl]ݬr0e8"+ݭ˫%wt(]ǫW!]	ӥdC!]r<t3-d1=Z;ecҗGN\jFko
(\ ƢU)f4UOѶbL!/;ȵrK;<kQy;.mhiuqec գɢpU_1̆}|
ZE-9`N(^PSoY.%M[;k-|8Ԝ˒$8;wY."~,Vָ6lvr[]}y"Î,-DRUǦ	~UkZ>$ά	]p&	~IS@jMʽoVe}AyMWrM$"bۯ˽Te9#2Ż&Ս/0ܸJ`1QRŊ@'Hd	?]$ʐsStNv-ON? L$gO^x4O(ӎR[[t6yez6wO'.];7M6"azY3]w`M5փec9XŨP2XʹbQ~5iOȭ$.aް]Qe<^wS4Q՗2:0XD|2H
	AsIz[[UE̆!ԅdAQb!B9>y8spkyO[YCl`%ۥ7^5#ڪ#$:2x»x"DNבψrE#en[c8ǡk<sLopW&nHqc#ބ~8{NB2eeIeSoԣoWD|ɎNִʶZԗ3[b Ԛv:"HIG~ؠee;(>1*
}LBL2&jPΐ4ߡΒw'͖2l'Րy\k=4HqvnLٳИ*tO{CҀYfQn̖JY8CH=HQbsHW3J?Ȕ3mtq$3"%ϣ}}M->i'Dɉft>	YbTo$ġ#&;N9h87	@\X0ߩ6PhE*pm&qI@2
:"NgWVN?[~x[c1nKA.oѝgURֆg)%DGV{΍پ$ǢJγ]UFʀpȅ٪t&N۽ӿ	-JarBڨSm6c;h:dn̝=u[,qkc4#;P	PSSuilџ%ZX}uA/#de4De<p;D@[0H]?Θr7@NVFJ}ˉ5F.6=ޞJgers.³]#fvSҨW'xFxsXr͙+%s]@ 9٤$KJ4~@)z׽imxՈe25qMbn}mnOHNh0h)szU$WD"DXY?$¹8_5\ˊu4ZW$2uЇFUKZXVnwAĄ&qѼyu$_4F+k2cp1(9mA!oգVcYf]x@2c?OWJLQZ.PȼxaFCo+yhu]\_O}:]jb\.3͞4J`rŬTO]aQ6PuWPeZ)Ξ_YKmsh3χk_ΩƊ)+&%(mVϐì^D؃ڪqk޸&Ԗohu@tzxΛ>e$TSB4An$ĩ"]%Ôƨi۫yդ,T`ـ|f<VKiXPr
NF[`NPbO|Ϭ\n
ң_eJ.?ed;W#Ç2T1.UmN<9=I أЏ}+T4Jzˤ-cԋT\s5B00twd֡kJCfB	@("[6$ľ\N"q=y%0vhZ$ڵGK%˴ör9 LbkLp8i*̔ԛ5+3!NOͪn8`nCT=c}ֵlxΥIͥe(OZ0{vfUNBTw
^P>d/
9āLS?"{rl0ڭ0| |ªȨt:sw2ޱR~Fߜ?WȮw&ByytTP7^e{Y8E[djY{|/hd׎zށcD)L*=Д%Fڏ^a`
*~	@	eYt(
`tW6xѨPh{sLje%G^0~-u2=j'oXFImǑvĐqI02́]
}ԅͤozg[{{0e/F}zALhYV3ęËNL8{$>0I.P"ÉD4_o<Mp#L͡\uw?0N5g# ħP0уsǱ3a(ʷaMtDDQe=MQ-V+(:.5[1Y3R^ƉxŇJj7sW-ږ7L/f<^6\oW	`͗³oFǬlRlgߍ?s'n]j(LcG΍wJI_Nn6uN(o.øj7c=ĖxϘ@<ކjDvQzAΖx;fnϵҖVxm'Xܦˈ<*{@ёݲlLW^|c!2l.!/%ҍw?o{bg'00]=vE.Y$D2-HOuzy<Km915x'&у<+|LE4)VREa'mXΜʗܙ4R*~-7$ɂ	7*ap\=Ҹ,G7O8P5EqYiP@Hsm{M]>s{:e#7eo^DI,+fxv'Jt6o*ZJ;d`5:6Ybt7YBNbܓ׆sϮo>=bƑ|·kl\ٟ5?wc/T],̲szބawdT^s}V<ӌ7[7H1MjEBAǝ0(/(D|9zoxNabz[xrpʚ_!A"LڛN)5|R]tBͦ'C:5kuLXy-k$V'wDݛtnQ:zz,ɨJ{!E3vCKFz|(˨s?):|c#dbƻPs
}[a^;Y1޼ZU	:aRr)y^G<b.0\ʥ9ئ[]*ƲI\&EOLrByCٕ=)80Hɠ:rfslåc4`jzBLEQsH*<[N)y7N$b;2HUa+VBz**uA[!	WnoMzrVF4BeB-P.7rUsj<n+n^c7pfb:IÏ!Ukx?m-Α$JiXIVLLb]xQԶLDZP;Ѓ.T@ZJݛzZt?6jvR%yx0sD}
Ҿ׵_[רxͦJ, G]?&^Q#hՀ?TJ<;^Ǩlg7v u"R4uΫ2^zӥ<?ŷǂF2][NHov(d\}-Ѩkr۹q@dTkO&ZVڮaz_9t|n}q%{%eyg4yaԓ9:}S[@@3&P1KM\
"aR{21b[X0W~YǼؼ ̕	M}w,$+*.2i4OQO˹opbEuHr׾oC{ )aNN
vFUO w׸R'bX/<Qlo!ZЛ¸`w"ϱw߂YaJ2*6e{"zõZI9,^ó pTO,,ǅs=¡(ȵn,-z*\=\0:Z@NwXllLP$Ͱ5kц0()=bA*iDXrF
jX۩$2û&!Z+2ML#۞a̲B`Ӽğu*%`HIh̃ӕ415~	AL$t|h7ʉ%۸yz^ѰvA/7ZP˯^"߃@IO+5I}gpdw[A&_>8ОeظANIFaޒ"<DgD7so'# >Zk d٪qA)c,4SVZ*ӡш!11skĄfx*sԛUn9U?95G~aݡ\cRU׋2S#?^$3 Dժoq-N$xԕsditݧH]5W+z;2E=~>H
X_JUwbø)lH6ݴƄǎz87:,p>!Y="kMPV2a0+KUؓvhVYڜUƪ͟L ,N͠wWU5ls#m%p~kNR3Џ^nv 6בMGs	N{R)D֑Ʊy\_D΢˖B{Yt~h4dNk.޲ִG	R:2"s!T_\Ƹx^n&M";tEX@?FKɽFyѳb$/U5Gƅt2b5}.!܏5"fBzas%=Twcر{ֶ[+(F ;C6Re[*X	ldc[&S%}*nݾٌzA}XDɎ1rp5mУÜs~RZJV6PeӰɅ3DbMԕ^weȉʚ7OFYz.Ӵgբ6z$PIс/BmH~o@5AGj(M,kʌAytUH+:Fݱ)55h`Hsr.օՔUV<џAvAөF2dŸ}#V<$~}lOAJ]ķj5*6@Y-I+DV!A MQ!Ŋ;BZc7Ro5D~eWĀbRMDFp1"y8vnr2tP%
Ɵ
QSYžLq,HISp@i=ϟֻБ}ʂH]֡$|ێnOfL(+YZ['/DA&=./QOw{${&߈J\I41sĐ/k/<\f6z.(<A>:'jg~LDrPϹoǑuج+Z#5d`/nֵg4jyHZ`3Dq4%фbM5WҔ\hne$#hܜ2˔-/vOG;}*QZtՌ"͔y	(r&gE،]-WvVv=tDSp zlTڵhկff4md
c2'0?֑}]S<4҆~&[޶Z2E)ǯYDvСlTz\rͱR~ӄ}^=b5qPG@"|vR`Z=0 ?X`I)2rKsVӊb:ue|W[a6dY$B$6dBsǎvTv?Jp(L6b2s}P{aօQN\Y`[b7N
X1?9JhKٓmm҂mH9g}];ϳ:xا
QovïUΏ\Y@*|ܤԸӇɞ>˸C:<H,A%|ٕMp\ԍFs@0¥&/nݧHzT΍ˏ (d_޼]GC8ЈE:b׿ؾ׏"=SXVCEjhtl4kgN\K+~kxYǂ\Ɛ#=gGC`1ۡOhtFF)Rs2/Y^*"vQoOpьܠB<q]ׄA=-(Z ](2Pٝ{7Z#eQ*G$v\:<	n:±(>:B́/Ty6;{90^8jTXج`eSyӕ`'̪FwM{5`֛%@}isM5#:#15
4IF֜3ͥ^]3ܺHBIJ:ޥcA0i;˹;*)?) |S.yaD.Z!I!t+4n5n'@P6kEkcۑ.wĵ	Y.}'|ǟ#Fm@3PQ0:T1v&q~J*td)~H8Z͖=1tɻÅWunM$G9ە:ǦZx&u&Ɔ#ñ)jС[.!3z~d76'D+ S	`Րَ=5KWL]eՁ<9)e5cل]2>T@qPׁ۪Smayuµqv<ؒ760J<wwN;,^3u{8:z*cK͏BYw`tMIXlk{VUBWPPy1Т"ǔ3;~,dTa[v`YpL:%jZ#m$"aC[ڜ+3֑[kLߟKu4
sexY,$օJ2;~<@>^=2.t:IJ R-&?mtt0KƦ؏w]u}1#V7s٣W:޹HGJ{ބNqrAsI3yUĳHkn294ϵsTߐnz؛6&Nh	wʤfWuMt_?_! " ϥ
oRI=AMr\ެ$v#o69l#̺:ŀaXHb|3GdϚУpNңTOȎm5uN´%ۤF2	hM'_<;vUW~lÒ݌߁]fk(=<3[?nbaC!ŗ3ή'dQF|zTV\/Ҋ!ҹpXXݹRϓ߃\t#=a%KÐ\l!J#$Ɯ&:]`NٟoFc~d{ߟ2g"2^oîܘqSL<\wnluPq٬Y<2m_SITYߐ+)x&R!,u	lJ&{.Υfj4$-{ɧt#YzkU
	_sH@=A44f?B(EC\ss؝JoX{x?ʒTɨPDpiP:bQۓ;h.<8LNқNfa"w	t*b%hD,e4Onijn+ؐjFxӤ].l~fbԦb*7h1DCGȴ|d[&_x;՟neio]LRPOXX\~!#Vc`̧[#!Ѣl)ż ?2Ѕ\YX͸377/`ܹ7-c|?k"Նy+CGwwiK[o"dWs*bXΪgtFEt%$tYcɍCd.@mpSv?jLfA˼FrJl
yU^fC{h-#v@f~FsQ]pdX.*Z,Pnٙ/C6]G TkޣAL]4$7~{QEQK<|C`)ЦW>mt+dlY|h6]K=eL`}ߢ/p&lb
\tVb.P<C&9v#0Ȱٰ,ߟ;əh76gX=oJc~7?EgUq~Oe\ҹ˽Z7͓w}ș70F}Gm3K\,9U	~k3lq!(2%SWn7SK&ܿ'ʦd֣ne͈]Cuf&g96;^M8&nkҭ}SZA
^f dą=a)oB~"u%1[o`BF#9zNG}^E[PsT[Vmiޒ҄_cFiݔHBӲ-syX/
=ʔs.=p$ibGȢ/CFw8EO4̴{INhhgcJ߼Ȓ;b"%u'aN?OMH;` %c;Щ{Ӊ%ǗF2P:V]`:Em7jhίoo3zߣ\OK]3#ȕGHdve@1;O7Sh;#\D\DBϳmZu}%e_^Nr*Q_T;3o8*2WgS|Wcsou[d wײDDܛpVVSY@$2в̃lXaҌ%gWFt+S̾&z˕O}ЫΐҾRwn̍(/Ť]7|MzÒcqwfО5ȵ%ƍm}	wq2wFW]2~YU65dJxn$ EKN5-.t:ً.0c^Pd"d,K _w$.5?(օ4)BRwyՒXUKJV1/%wn:6l4.Oq[KԴZp**
VW˓5RPaOUZ:ך;(E)ڹ.˧.a~5,`v_`
0d{׌%V@FR~m)"*I?Jf@o$&֚evp;Mm		0)10]*`DخO1VAEԼhWާڍj!!x4:g{c/)7J,NQq?4FV:مەIebè94IbZ-o!mѽNւ&a)΋.~.֦)1q+Z\u3UIZSUo
O`-iwv+abхIUP>.̅g=8A:Ǌ9y,)fRIҵe9˸M[ۆ%8F4yoNȊCsLY\эb$L/ԧiét4vڏPjfi3o{(Yۢc92LDHz
ߨTݟzptHɺkeh 0?עq?Z(μƇ#sjB޺0L]N̔۔du-7Ƿn.{5@B=DĭDC2rHPx8NQِޓ6ƺ	؁%HÀA4jq"v%>(~(qyb92	f`#O8g^vݢa-H'g~/)8("#T؉dV`ek݄dÈs7#ߌjhe/)"6"+I-Ъ]2)xakjA״#^Dr7¦u4=DEaZefRf^־Hʂ)N|VB2ΗcsdPvHC\]KWm;jD)'ܐUdc`2
n}IS<yvJWٕ+#K8[H'CfTK#!	Z7h6(},Tx{PyfpC=Q(?S{"ȁv6oͳkurTő$D1k̰f$?ǺS˩U2=۾֨Ԛ_;2N\V+Yڥاō;'Wd),ltל,k
 #>ѸÅ=zcݵ~I׏\T2O' ΍hٍc5s5AD	NuNě~!hW\HHpZ5y{c̆׹,e)f L8~g0	²jQ)@ymޗ2"`DpBޣK3<Tvm7Aڇ6Dt5n4JtyYK (ɧ53l7A.Q[:Aj.%ƽEwmC[lPj	.=)m`0V}//گFlv1OF-Z!%N]^
;N$G0Rnqwu!saλ.JۜDuղe":`)jn:(m|O3'o1)0~x׆89Ay6F')j?V);+ܻ$܂/۴Ppǲ6Om%eXgndB6n3Mɲ(E<^dM^S܏OŵERZOu$OqIG&caͬA>g~8EнG6o9G)-<ĸ~גT+aOȿǴІCWDm:vج-ѝ1aTgirvDr8T7Ő7f[T¯(8Ϗ'x	59,Xg)+io5mL.C}2Ϝ4&hrcH˴opSΧјiS Nr|9eD"ǰ:*	߅<yǞrṪ3<y]X )+.41)˪.ʦB	0f;}Ai	uVMݻiǤ
:ft-T-	aÁ\m%.!*Cǳ&5*}a.,w`M,")AKS[
k_(F͗/kW\xdEќwd%!Hȗ߾^XjBfp?M$aE̹4Q(|v^0۹y_[̜Z;ƈ ~3սE%5Ji۴1@$<z"d Q*Ϯù|@pX=h5]UOxoƪ DJ	0۹~0cӿW׃/ܿ1yv}[\N=i	r$_KB-yCb5ϧYln|Za8Rl.LNv
Q2}Oo_ž3K^s_k0X"XUԻRUP-S}J׼z]iΗcw/Mo3]zcm	 |: ٪KH2EEcmÎUyĘbZ*+ǻvR,`ǚ*fa QޗOIȣ?jߐғ%uKI"X~WQOd0
[j̂@P@(LB)NȽDxpCiB0SQ^4GK).҇u6/3e|>wӾ])z@5hSHg_2+,ɖP3]<"ganSj(490?gؼf+ނ:C^_2t0!ٶԠb6T6$Wq݆#}sdD/9ɐA
X
9%wQIGړt1Iq+|<,_\\qmO%ia]p{:Zx\.HGZG6R:?ܱ+]ѓa'ec=χ/>A
\<rus{ܓU>lTnLzCFԖkmM%r`ѡ[CƏT$5ߓ~pV]@SЮ#bnڥ,EN1ǂx(с\Ndah5Lח~ė5	S</0Jδ>χ)m@҅z8b8R={6	#Pp.kC֡$Q!9c[Ld-gȧ'׻؛cĬu_:B0B56	{@=ڝJ,?]Ocwg)a׀+բl:SRNǀ/,d4oQɅUc8:/rSҊʏʟԥTw'Hv`ʉ-˭e%؆=K_S$+pW?;ٟJb[R"?%w42;VF+Gt	)TPt2VRҬFE¥qS_JtD*Ĵm$/%*QlnozSZFcn#Zp{ʷ4Y̫AB;Qdͼ?6H̑Fv="$#ǥjhf{G~8Cbyy'V+kvkɑ$l
j^ka%1	hFVZح]f^;;)Nn֎T9a<Yߤ/+?ȮFtox1q%04xP5hƵ5z'jhOe9׽S:@'s
3ClDN?NŭZb 
=YTO)Ծs?ߍf"om#vLq=Q#lep^~'pȼ!tUot[ߎ:%Cf<$K@G''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24879)))
