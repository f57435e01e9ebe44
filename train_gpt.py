import brotli
n=a=0;b=1
for c in r'''Ȱ~4C[*27m=]]و:{Cv-G]ȣ.C^-5jAGKTlHgo:ILwKDrӿ.ר^ވe#Nwg8DMmG܎pSiHG3ԌSMDnRzS
Yh-%s24
\G[{&X"C;܁"ْzX8b]<wT10qIYTg<{k.MCqbr]Ӌyniԣw5ÚAtU[LgUfGnN2`gy3ߍ.zdc,KwxVUhPv(G\)rіY
=a~z!XQ:%blP0*^%v^34D4ս.\CC~_ݳs>kFN5s^;]~1T1^[	{%Y"S>ܓ96('rDb7JuߒӲ ,@s @j͘V`͉}SX5vxZqΤ)˯QreѹE٬˩Pc׻ݹ0K'KG5"~`>D,w`9̀hl`1Q
VJ3Z~ڭQejvzX:5`|#pS{
eO#=hMLۏA3EY8ē$ZP@( O8[.GWCt^Xdq\(9Fە`Q.d4˪/[*Ghf=_q-.|-MA3{c`/ū/!_Lþװ_&]|wT<j%/2?x4{uҹZour]F·o7"Y=۞"?YUt.ޥdij7Y!W̟tpNPBalS{l>֦2\1Eמc'"yDң~QEɿY8f(gN5OODsj8ȿW$bGEi}<AXjy3|³hRuzqrՁݯBnoZGrt$iQ:ol3W:fgkS:1x8Jg}FG\_5
qcAm*4?k2y-Qqsz?[>ɹj.1#d5oT$=tWrt;}Krƿ'!pk%:UvŲ:	٥Ijm>V-R:Q[ϩigĮ/JoXHwɃ"ߛOX9fo
k~{3ӕq+~zy2ta>S׹x>b;t{ţ7yZ-oy+3D	τȖTy@YAR(B	d4TCznÒ~B:t߃c}]/"im{0"UsżS+:fa@W`-m͕Px8Љ
\S֐3DMSŌz
VsoVHAsA֡qCc>{hi;VpY$4<bԕKsM^ЕΥ@>aOjh:6W/jΛCu-2w)ӭNZv
)<_#f&}iKD_rV}#Z͂vXWŐmޗk
9Be<M7ԅƹ+OnҦ1~1XGű#%`Ӗ@\d1]ɷcpZh2]o-kׂ\+Y{)RB/d24{,MdЭBW޹w0:őJʘ5M%`J_"HgpU=ŵ2zvYFqC"׮OKMIJ;:y;ȁ-)qʜ{ךb5XKC.fѲ%wĜ}w+xJHT1+* kEoϔ(VkzAf`k+lǛȤ~+\	kehxO`ѫ[#jZ؄,3fjZ!i~|I|tHf=q4mhgsWod~ƷۂX7Jͮ$[c?τ|=(ɂվq5Df7'Z<Œڿް&zs.*)!Az/V9D1	ÍP,)"k`#sw* L[Ǒi}RN$"$T!#֫4M̞zY+[9O80Yo$~J5?P}EwLWΎ;~ĽS	"6wҫbБ0g5{8{yU:HPʌ{.v+[\ے=(>Wxzio~U	lްijșO%YJO*]e6:oȟ7`5"cuxէ6NLZчFNjxWa.r-ڹ*q	Sۉ0:!ZXwEc8=ͩO0} AH&Yޚ*m|'5;2R8,FOidy62n~[8X>ej3-RJ1EjO;dDՓ/Q+܄Qښrpy5hIRy}5<R*6C,DxRxuM{Gg\>35@pw5on0HW$#e0A2PPՖ? &lmڊunC1t8J5%lg­C$ȧFJ(z/k:3p
};M`Ud		`j3/}0{ 8P{Q)νly;a4PXo'+m
jdw1Y7T!ʴgWyѿ"_rAR0P0ʋ1Ab-(.
iS	@zJh=Wv|$S=&\cĺS]'N{kI{:T$'}vb|:̀Td!g՝T-x(y&_'\˯%Cu~6N3[gS(5,|c߇&R׺uH\Փ/,[srOc)0ĥhn_ԍحZݤOBNQv462C3AlݷI	_Xzp(aeMh?EpL,=y)zP"iIM 4Ҭ"h}6-1q QH[\IlfdPLh+Sͳ-ms@̗6-ߎ9YDM8]AHfXDOvYp.9GOYфfsz[/qj{8eww~lSƒYZTOT2:ϘȰH9i7ɉԮp.؁1Kצ4%+֌ѿzQJњ
:@,,<~ڋ|`t|qjEP vt'b?Bnb>7=̘B̏;ETBژII4
ٯh	vV*\.y
NH!geKd}GYy:TϜ7zj`591FLuy߁|ܒ({kA0
%8 UL99p=W7|&bF1o9[*	n_xH%ْ 6b,CT
@٧@5K|T
Ϥ:ڗŕYǸ4ZVkX	y}	f&GTWҐlQuY=Ι۪;6\&"O,D!&Xz*gtǔr>C#QWWٞ:,uU;K5G*TCѧC#Nf4ͪ L;*@Zm4#9P%#!zM},*ՠʹY~nK٧͘C9f=Ŗ#=R)\BpG-˙]n	SF
9{Ó{*Sa2UD7@^W1ݙ/VK2u:4
Y]/ۙ=0w+ϐ7p+\۬G;5\
*P,Hq}\bIՓEI+n`ypܩIt^

z6k*ə#xlOWPƟwoˬеUe-$Ͼ¢~G%N%!m][Y:ؾ\MNm?їKvi~٥y_eC0}i3@3Z1+u8qp;1*˅nZPaa\.9Sguan@a]VKFXbA3.,˥HiҙO`$x8it0)ii[lDgRlWn-ɦ+/ީV4C=e|)t6sɯg۬F;}ؤeƒtUʙhߠ(~ynD}WoAZs b?3Wpu92!h=dȏPL<'P, maD@#y5sȼ@o0\8O,nZ#ȋMB2Aq@B&'3߻ WH{f:0`7OtT`φI.0״w*bfJɵTk#;\E!֫6PNE҇bVI
jmMqJ0E5@ͻ.|ԄoC~8BhmnRXoݫ'`_#hUĺȞI%x'YpT}OOhڙ][|*|*dvT˫eWl0I"G]CMJ>IG`pD 4Xh!e*\XPʚʝ%!ة<kѷzӻfvuMTT+ȥR(DǤp|wsxؐC@q[+0Iל=kHIn,Ϸ iS_2SCCCŸ9F*#|<%&iSWCoiεZfow{	x12|_S-ő	J!"bFѠ/؝Pή2Ds߲e1zs݈]¾ҝgIlՇus=/fqW`1͂xכ܆b\!ڒ̏#{1pƅ$a+zH r*afO}K|;t?6cףnxCī_*Icfbo
~P8٦/1>A??tH~?UnkVs!{5,Cs6+0g_Mj3Niy@s3E(we^wta68	ŵ	_d8v!/K A5$>]wzѳ 3e1`ݱP'@J'jo>y.Bv$.{Dρ8Yk[\-ەƴ)&ܻkt2F3
GPH9!uęq[<xtȜeVʭĀD.ކL}&|F[]!ڄ	Qf\xAY&PbftADӧNӤN9Bۡ*E
^HM#K$	{ܧS^c¯Wލ
Ft9pxת7	L=ɻ)8
L_7є2ֲήC;#հj+7	:4έ_$Š3MBި
xcx63#)ERm{^{(E$ô$*%q3DVm\iЈώ[i%vȅIv}ƽ<qvG?W):LσMkJ;3%m4Hog;1$^ [vsI?+BMfV""YmL!>2 Cľa!qݸ6:LH%'Y_,cL&%z^*>(]MGzpPAѹOm. \̱f".|g>x0gճ$prS[;MZR$[U۞3Z)1T_L7$Ryѧx/}*PxiQ1b25ˣ7zB,
ǤJZ"`gَRL7r<=wb,& }6ΖG`s6c9(޳yesȚ6u+%W\I}Z
zβʄO/&iOmQuCo]Υ22sAHN~bMjC?ɟˋ%,$fn3m2w2t߱ǸGdo@NBTخB\Q;S~gUW8qHm]SWuF @l9X;̽?*oVZ
.Kvф/ vUSχ&DE?a~="..u4/=>ޗGHiD2lvB/R3z8E6h=r3'Y'gy%Fʰ؟ /
a`'o%(ۗ;ʹwgNټȠgfo^w[:C¼p!DaP-.}uόQAP\kxךl2P@oGqʲѾ{+\ڗ55bj]7)j̿ֆzC,}K]3>7POόJqq]Q~hʗ9#
~PB'Y!**zWwãkF_+"#^+E?ϚXҀQlrį3 FУrŤ\՞]zC`"Cm-TJwbnV_c?'ѯ2(7	aO3{+zNQK/ٶS%
_Zw)D[Db)$i(	].ŭ52^~!=[SgRīp-(A֮Vs}e̘ݛgp=Aǫ3 ;7Wf
e;\}DD6 6ӥ̰B=S

)cYźÜuoɲO4,NMfhoC23hwۗɅ^?ؠh:5s~[ԽLpfHOkV.TF5b?<߸SVT"|&(DrdQM1ZhSgWB?ؾHjd2]!_ܓ%,Ÿ%)mS6ƉFel+}vDşkq 7Z-D'ORMxf"|ͮxd?˓`ܻN4J>x/ɋ$Q3%"f5]f6۶2&
11ol(]ʺZ- 
{soɵo<ȵS':
²?1@q0kndw=14wpSLQ>N?pZoyXhimi,V9eOO'O6UֳۨwBX'wX݄]3֠τ5v?fGs2;H1R_g\Ю+3^j39k&Ƈx/5vmJ>=KF2ρ=y@"П\׻i0uOccQEqeiJMCp6[tι<_`u/ԸbDˎEa>KHYj=ܹDX26ƽDP{d96c݉.XU'bD;_ISk(gיoR&l\$}Nkr32yqn<OړwM{+rZ,*Ɏ_ݡ>&C˔޽I-u`unV>._Wh|+`^*1ɧ|Vk'EU:Bý]Krvz-NpgΠ!NIø
NCɩG3%e+JVy"AALiA)Yq>\ȀUX=$$+Z\էʧ=Yި"Q'
dval|4x̢j;8V]v|_Ykǃ2!N6rA=.fG]t޸HB)8,
mM{%PH4o)n7·Bˁ8]Ľ1'Qѵ0}!{wD>#/
zݽ ?Q.ڴ%2Ӷ(ϘJ9ջ8@N8qrҗu$_ad$[51XCgɰ1`a&*,
3;V@JQxq5P{q1#6xvƵΏbۑ޻8g[^Rt!HƔ0oZu+3~l L4Vq.QóUT[pܼ7.E".Tأ3!5Wm
h[Rj̯mܻ4(q5qFiCnr9jV-FpV6ݓg#݃GK%[B=l^u.fb.J]΄wD3ǀ\1qEw	֟N%?7A%A c6tAmKR<)f@ƿmʹpR4'=$jO(l
|FfeȇҘ)y݃= "0]Lҭa]b~>9r̞,z6S-C+9Oz?@4YaziZA}:fI^lћ}O=+LR0F
:[ҥܖ~	JV.W]>WpW,iV Ri>:Lls?l<4iѓƯlǕkö,gكa30`(_==eZֺs.aO[P,nej1}ܘuB5=QVEB8ʥL|Si[uI2@H}ZE[Љ[۳:&މx%-0ԫ$Vo1uN`wy5>[Rn̻*AU|jpb0%̾">88ڡM#=ޢF,ЦO7[t7KGGyXDv_Hh
]aKj~׼)0έ8+hkF5f&.IΓɲr@}DK6jVދڠ#ޟޚ2;\O4y;ϥأ$)BWGġ	ָ $ء8̲UC [oD$~YjFr(G]'M:m4l/#AX˖K =WRzwMS)L9e
ǿG^**Q>~fЀ>+AC:9˘.uڣY[=MV#\ғfy_Jg((lNp[?6ObNv'##Dm ekH7E4&)GAђ}ݠ=4u/I	,Ca=zHXuӿ ([.Ҧp)\ EӠiӣcj-D63%&|"kѺ\H/].ʥ\ϔ!Kb^1sؕq\\Hޟ(?il,G*;-*YҼՆVfaπKӞRސh;3G?߃g>sWQ{6RI9DF~:R!ZVV0X_ÓܙM~?8hE<V2Y!cLԪO^c6{j$~o٘IYrrƊ43DU|רDanqtέG?O&ϽѢfP~"T+hzXLqJ/=uMcU]7c=a-tOk6JI/
xx߱#AN`1!T?<HرXl@A
W#2ɥX|	!,j~&@b՞1B7:"PW0L j(5ƔQa9ʮT1իϗZag̊\̵sŪȷ/ȴճCAv\kPsmxs%Mvrp9IY0.L`DIS+<x=Vƞx94#&sơUCwmo
U*h
'R9S,qבbyDO˃pKOEQS ӭw͋+c;jQkwA->u`	KF4ZS\ րçX_pI}Z%rs"܎iMxDĸi1&Z"+*bǇ"4&fݲ*8d](#TtSHw̮,7P736|ۿX_ 8(ÜhڲYDT/;<TƤl=]Ne&
NYuPƍޭ9ϐ^qwj_>5D=j̈[4{0@+QC.,1@g	зGsDrCT TW31Oo'P\ʡ$k$NYɍK:ϳKؒVaNۋ\}4B2	$m~75Q60^kQ*.Sk!~y@vmn\%n-')zZy|ț.''QG<0d%)Ϙƕȕ(аŊ+os.(e
sv7 8FJ!ݠXEyb+$C0@ѴEHJ"
Uį<:X{ߵб-Ǜȁq	:٥JXL-۬UV ΃aM6c&Pͳ`.| mA[=;Ʌ7{f2qq%S#(KZE^>ޔ,϶XpwOǍ\@}XSpFhN:,ɗ_ތȃ[6+y*qe[#{#;4y|Pu0 (:?/VХ}
]ςN7f;Jg?k,^9n0hQYJ~ۻfROʆc~F	ӥӌ&[ؾ_
utr^,SUMi>ZƖOz̺LНG z)^.{3zbóݩ)Ey;ȾK0RtѫSF4It߱rSC+ʝ{g}mAw^/I#\b0țMχMRj+=ɵjя*D&xs_=ҴlQͼ+m/HE]'N,?!6IRNbE= g8H (4/|3  ,d'9V1ތ<@Cݷ[@V̟~Ⱦ]v7?^G.:tDl4lGjAN% \ɷu׵=X+L˴9J&ÊWxLɈ*B+=bX3:"`!voID#M/LHVV7?-Rdf.apuЋg(F[a%BPŹ_6!kEytc~5ϝ77k i4՛6>d.pXг(Iـ8\MsUv"M`КɑĆՆCo,ͻ-ݘ@"SOcu|^9k]~nĒsԒiZZG@z`
mϹܾǗz}JG>L8s>^''wXƮt#%g#u	Ysp̥O(@%G&nt:A;"hQ"jgwe]ABԷфN!~T
A?sy$ز@o{L/wynZL4)94Bsp-K-cf+*,j6ɚ,jۓ_FPN%*φ<ڶj1xf"wO/ljoϮ؈aI-`0*$1rq.n<utOv!"&|Z)Y{4MO}]=V*6=iWT;߆ZS|2\2"L`ؗDJ.F3,h)O1YK0||ZkO
p=vo9Ԧ
P82j!=*YG|+qK{/~STOmR#y3<}9|h"CrF4MxuT)̈́>^<uЩ~hcahָ>4fR-xѸq!mT9`Ųڶv.	Pʆf<҃lft0j&Mrr[V7jڣi61*3x`IaojK*ԥ~{eR=De-}=/(PuW!ds1Roz)=mvS;\-Ǩ&+0jTe.Z ),u+v>Ɠ ռzWCe/$mfuQL2H?6ֱ=F1^mґ@d}޵VS{'so~gT}5%F2R1x^ny`s?ތhWxm>Vw	qr³׋m0ro4.˭όO0P0ՉVWbŵߏlEZGCuSuʙ4[U	zωk!	EI˛m],\(!]ۓ^L(3ݓ۹;A&6SNτ_ah6v?͝C;* ɭ0={JK>~A,,h͝z~Xc$TzWq-ןav?iKϲu-/ʢӁX(M80`Le&òfr3^AkW]2+Pk,>aٲj:Zd:SfҖw5g0E1c1.Bxhݼ\y=y?;sb@LWkMb
-Gޜ;<$	{2&}Pp=AKm$و
߀qɇJSg4")0ZbIĳWwOor0\U-`dՂذm@@ajX>G+o?Ke:G:fGvD
Xǉ-Sɪr-^(x~>~ߨњ*7\Q3j;/6? 5E&\(^Є+GCzky9)AL"͚\CGo#3=؎%י>J|CGêtPWpXA٢]rW[2W_27r!4W!~jZ{eϿPF],98 ߋ4\Y:~8DBY0]Ɠߌ sSֿԻGqqq
z*BȲ͛UբW@,XZ|GZqӖNmø(!E4!RIKm'CE5v	̱+cå:_ZQRVB8Hs)KM|RʆïR>Þ5RECjFWP^Ќn
2gEoJpQY߀ywL23v0}k]q[Rvv8)f͝lu˓eP'y:
Dk"P$}۷0.	gT۹k
F1.e|ѝrSa5K8	F/;W}FaXϠ4JlܫXB1J*ɼW&1xVį\G(g@7g36ވ+/gl߀n&ؠ@Ӕńї{%2'-sZN&w'Jpĥr%/-)Qx[L0A ZѮEnhX>ٰ2!3il("L3GyAD|/RkHeQDxa*23;ٸ8ڞP,+2$	9dR߅,D_8gyPU8e,o[2I)׏/FK@AmTc[ыVk$nZ^h{I)PoگP4qfQsp͆ъ3)C3J%qm^V%Om֕/exkvTj'q0+JB[Pa	7K.g$'!nh$`5%'E'zyj}׀HqcjI\nr՗Ji0$<sYOzƛ{7^`
uO64OMW(+Ǳ]x^EԪ;0J֓gYįZwӠhWɌ`CSn=xs
6NH6׫lS nQZ;(r<US:ݑ69UrX(t=DdSEԇUreMAHxkۆ<kާ*2Ӭ ~`
'3f*P̘ʵCK`~p}'lf
CGjxua{nң̻7tH{.B3>¨hikMqDnOLm
kaunt;!\vpEΒ1:˅@a%Q@T}Փ̯( &Kf>a5i%E5\б7D(+gW9ܝƸzKϲIG}if?
)k|׳yhZ<_B}vN[6c:UQM&^#(wV	}KS:XGډlY3I[Pε(u;ϛ|N0)>D| j!md+HHV2de͋aY)5)u~-E\wVn7^5B2H-hnj7-ݳmZy˺qB.G(ֶnXYo=w1_kv	j%]$0Q+iTWZ5%!u͌r`_[YǀRѩJ==CrBcw	S|<x2ɩn}S3b6vt|px :7yԦzqÜ}"2xyœzIVQx2<*X.o|pbRʫ z~cQ!%UQڼp]*pͫzXGPвxǝBK1MMXzJڣ~{}8ۑA5!wrР@8ˉ=9KEuГʸV#m^D[	/V'NXӯ=cͧ4 	ЪHQzK.'@ubGPLQPF%,H\VoM}{:^+ǖPՋ͐̜DaہF´2n`,7;b/fXٶN6]nPz"D;sέ1݁lº5DDtB/*sfa\W)~uء˖&eM7`՛Fͺq_oÏ3ٍ.֛x<nTSÝ*WƐ%8nnǞqρ&C\j|f|<[:M4.`zȹz$2&_RO|!py,ѳD	,@c~HF+LGڥώLMUbd$vRT\Q"
r1ѝ$o?n ԁ}IRǬ.)ʦmjg\1SXЭ0Ƭ<wEP5cDUh!	Sv%[v޴gmR9VzAVSy:00 rY'3q1ѰPƞ'CW;3/{:]|S$db>d7iCr	Ystl7~F#ǙVM-1u_HD̫AK2"EtCmƋt9Ú/7jُ?E)QSw92E[]eKpKBcˀi&:ˇP[m%e(",=Ւz!)9<G$9boF%2/0¡wbu0L4"߂UMh{qdDA+ swKDCtZ3F@@.y) rPUSdWHg[w6*Ϻr}֖YeQe_OB;8
.w%`Йv'вÈ_ǟ95OXū/Yj7HoCFgoҀE9'fwϞc,GuKZuћܽ;$Zٖ}ݩڕYAZ)? g@rIT6z`fP@Ջށ{
U
YwKi8+Ғ2qDҘ%ޕV\Vuٯ+i1jՠV3>
p޳e+lBk<Cc9F+M̬cF%/FIRBVݭolژ̙]ҠI/g@ks͘RҹǨh5+*ŏ5KO>ɟ.2V}oZs!uXrY݂qE<M]@į?uC̒k4ܽ=IlhM(1mZT!VTpͼ̩/(RlsUʗ4&pJ>:ERMrО*J;MD0Dĕfl/^:=5uϹ\37S*׀>7i@oȍ-QtE_4.S#Pާaȗ&zVD}vHjz@lIͰuBPdMVdLR}p780cG/Zz1;%>^b5&:ER:Lv
߰CU1''N@rul%XZ-OZkR"2J#62[{Q٧ŽQy		f]ьq\|.<ڇ٥YjY}~HPfӥ>;U&ΒM8L_9|XvJB]!ªpm(s3]WFaD0}ɹ[G̤'4.Tn[',	<)3\-_&܄к*U{Woj;YWsa5"5\t5gGيp/ݪο*74c-μM[
 t&_'*`Ҁz1`ڠf"$lŃU<nXc\9]$uuD9
ZQ7t<Ks2Ƙ{m~/ga-_=GN_8wb{i|\f%6he_s|~N^i{hvӠjE0Gс:1Џ.wKq6Gg!~Xl<6;.Q9؃0PPҶ,~j*aD,~!ץX_7-8r]U9UT|@S@3:q,:qQq ȧp4i˴}jLG7@uLp\6gd	fY;{Y$B/p{ol@BH5^qr( `Z![{Ϩ]"Ҟ*8Ö]LTE	6,:G<l^>z:>sD2zHy"(3]PW8UXcn[T%<޷b7ǘ95zi݊Ȣs
BͼkYS/t8K'݈pCyI|XڢݗM߸5Ǥ8΀u.ޘt>.u* uCѶźsf^E_ԓQI-(@ňl;
HS!C
|oٸ"ngAhƚ|G.ʸ:ج!}:8~"ٹ{d&гD	]e<,	K5B.ڗ%KRݍp,ţ҃fgĄl_QZ5ODpKuSv]	,Vo%q;7ccB:1^Hgv_>SϔVwg)ZJsbې XI3+>)CLAr}2R	kfcN7,ڽO9L*$%	}ƶ.^r]ג'.6AԪv$mÄ\߶NėTTܣ(Bn6:&:Rcwf3*͖%xѧGBbo~L~y)إU	298	v~&҇Wbm*b.%Kĵb 7fM-lٌٛsW+15@683::,ɠƎ#bYkMG%ٱaZŅpڟzM^HV ˷4='M@q=)pj]>wٰ<ʬz
\!t1yԳTG9<ϨsiK=YDʜ?:R$q|."i5EρӐX^v߼>{#W?s}k76SkNQZI"^`&B&Qї)ӌ	Ro/>0(^l;mm"%U;X>fsUM\%wj?/@[pJߤ	,şbo{#45UKۘ߬ *|$fJ/qeÂf8LxՐ%N 0ʠvY^tGtXˆ,
~pP3՛cL7,ϋu_Yg>OĐxlyTZȮOoȨ""{.I2ei'C:4L#CWo'c&9*T̀
!:I/c{nɺ]{tVǢ%{%T
ߋǧ3x<h-J'α3~b_Ĝɼ·ѱztV. h6s\v:lC{rn-yzWIwen;+<N^	NcD1zkbpbd/74N PSjK).~xj/E$97-";nԅk>dJVO`wPqʌ8j%>0qB
)ǋ#+5e=Cҹ5)ev3	kfE AΝA0#x//}c=ǭ+E%Q2\3;l)/V	=i)%_`}Tq.pq(FV0a&:qѳU6ǻ#Ӹuf@+? @E[U92^ɏ͘	'bc,0Lu|
CM)3I`ڐ7nf`rXԗ%S&ҟ(]ʍX=Roh+/m'wbcnf*hrO{L6a|m.ve%&m4CE	ff&JwV48y5?roZ
^eetjޚkXЪtc#QO!P{uuӣi/'~*w\؏x5&8s.x%r&[!!Q5jBeޥ=?ԂA0GÓ)ZC'NkjFt7nĠ8_5[?1P7mu5"ZWs8J;|VZfj:Fρߡ1.0#EԣMM>Z3AH(9;d|َrRKͅzGm5ĸHZ<Zpѭk$/ݥt$RJlZ:5e.e҂a67>ш:V&roڻ$;.R\_wM FQFtK{C{"_چHkj}|EPČ'}kB#|Iӆb[QU}@v*\dbTi	&Kc
2I_-B=9[uq]B,p%|'JD*ْHbիkUn8Orwʺe;epƬZЁ޽]u@ѭ]6,7#4x>itȡ;>a FAQj0n(իtL#KD0љܑgmEWߐmoBe\ǄHeLP6~\$MUۯ,+.בRN̦׺ LJ?ʕ|ziF>֖tSbIU6e̵g IgS'6J+5"g7ZTE߷Š=!=x\6$?EؔxABFb:gxϙmr 4k=#͝BոMPp!²[1lO5Azm3?	2ژz6*@%Frٻ ʴ3i9ILZre	;ejrW	1j8^pco1l.iʈ/b/PJȃi$ʎQZ9.CRV@@BZw]!# 9GWI*ъJ,@yiuN[8HfÒsۡmcH?+/X^<ʮQ<$K^@њKLEd{mnN_ߧء*#xI
~z+7a]{#.i^.8u,6ژ
>ǹ>۹ȡC:
*m	qj|aʡ4^2)y~Ȓo"ǭ%bV5\ErYG	g;"vGc^8L]s9ӊ55ĥ+kQ01ahJ<V'pظHF` G:cWėb~Ps4nŘWh_ʇ
Oe"}RGJ+oqi5Ogb/c9#Ι\ƽ}rSpT,LН9iN;QNRD-7\J}ݵ>I&^	TM{gؙݔv[ؘ߸UJё|`Ff CI_It+`/s>]%5Gif:ib9ۺ</ԋ`w~`T#=#_Mc&@,HD٩@,F>ȼoS,ZI7+ݐ-)iOKAsÎ3jif
ΨOo¸m,`Bۭ-ư7\:GkMeû<sz9S5{Rbϰ%0
VNRۏTyg'SlP@o+[ȍM{[T.+jR{@
X8JUUwgY>C:($	lJ_ZkauܭMwCΉ.GIX?(vynڭQgƲk>"L3%=3GRr/"صwڈ',{z<L$sd׏CE~+	׹"z̘9UP*bGw7Ў0NK%IX{^H:f]\`|:xEQx3˃_)psi/ٗ[a*c"V6Zџ}SMgߛHS=J\sxBa&R߰F'"̗ɼƕ|ԧ~h%ޑՃVVk	2V{Lʧ;ƷviU'~1';%C=j-"n(3
d%gS81	@f537<A/M8qm|[=
a&j3C6i8ɦ=DnXavBpĄy^ִvQjA@͜]/UA ܌]9L(Π=zb>cz>s6r^M;-JȄwQ0AjmuNfIuzBA/{^u nj6y/xx؛m=˧zJ?kv/ [7ī޺ش~Zs<Aέ8T.u>I79IԳk!ٞѽ95G;ڃΩƷC]>~YϭQFϳsiqK)GP7k֗x*YH1rONtFЕ<k8}
'I:lWɬl̶y˖`ԆӍO}d@~9my=	ȾnT˵(D*o(/ "F?+~2<c fb0^F+ 8S!QWs@:#z=#'^+qWE0pCxƋXz`>#.:Y\ܕVd[mo/2+BݷbTtLBr_S4\C6s5MB5J/(  Z\bxrNz\{B+cr@1`e&CZqfgHmЯK֦DBđ^D)h~VOibLTηѳ\?h4^0נMڌ$7˗2gEK(6\#-[HY=9ޞW#].pMZ35;XJe٫.8c[|':Az#ʱ`uI!S3S	|87{L8eؽs]YЍq3`­t>̀z(^s)ۭUl7MQ2(LRǵ$Ĕz)?T)ʉڥ%pMkI}Z7UΪ"MFVѷ]!]ٶ^ǑqZ/xzQ]>Oq5^P|fso]A˓d$?&B1ڮS28rڧk׍g+7mgh*iOsw͎fk}%*пוsKЦº[gךp-dzGļvuZj=&@S-.mO.ۜߌzjh=">ßfY|m0d۷J'c]S!2l:TkUhotg[4)"u
4z^mPk̚ڗim^sFܤR:nj\	ĔQxpC{]K`1"0g(x7_Wf:ի[m#ʤ?+\pX>!L9)Pzb=
Hl0R-D{ފ۷oVi*iIx@&Iw&V+m,=$ghٮP?֌v?Nk^aоK
~vYةMʚ[
;"Fd\%PԾh E!HԺп*sb޷݅OdOdv]q=K5,!:{|h6Pbr)'8ի́2uI'3ENYp}x(W˵ߦ˼{@?
z]z	ǝִ~84)ϩrE~)l&"Z#t}fƊW(`a$߯:="t?OA|n%Vjp܌3rtբ,|I+xh[d]QX^w>`,O]J+og:DHuGneZ"e6>92Z3מeVo >Ǹ>rݬ!<`R:ȫYΖSsebGMUM-i'Bkɋٯ~%?AvgʎՀ2,1K@#*05.7Vޛz1|O<HX-+eP =tDQͪDǀ39?a@WF^lmN/5;§K,$HVU`DYA&o"	cxN7Ҝx
zWk߇:^24~GeBտ.ط_zˀ88$&yi*:~+WPVT '{j%U3)'EڷDu9~L>}E'#Ӭc/WP_E/^׏ָX_,b%5n6f[P9чG{fSqevh+Zc910wOpٹ$QUO
ܻblcd>D	+]0XԀ$Bzφ)x&ޝ(E	;QӸݼEi]Mdk
pMtt%"G6(1w.fhDzaAʋ63C8ސGKŁtvCRU1 ́8PK֮ƽ³ɓɠ Ӭ|f*ŷ`fG}GBgKq4Aè_yzӛ$3?\PnԆ)~PIҼ^n/=.џ͜6C~4J?SGZaZ!88lK'amTgaPQ(HhҲ9?q*zkW$Ս-C͈ff
Ɋl+7dʍfBWL\3ȅbȶDWHǰؙLLIGt,RG}ôeW*ۚ%Hy8eP
Tt151JcҬ'$Fh2vbߖSθ<no-بܳqWSYd TEŐШ.ȻIo ,kvkkKE.2`@^5CC3f})Sۖ/Qy xsxa{¥oծԢqh̬=@ǣܳ7CêyC.;0;֟ғρgdgճDAx$)J`x|٣L@ZG,/ѓ׻`~T|ǡ%(<!ר4*tDsܟ@8:WWr|PQ',=>4dqkY.HwB]P(7ճm~,{}W'Ugq'E/sf*r"'r̢֭i>(:U903tهc3	͇k`~hՙ?6RɶQ$wBIDߵw;JpWb̈́r˾:=#t+]9]mn
	Ȗb#s$>K(N+'l%0۳;ƘDjy~xnBb_-Yp(_mFV]IR9Kլ$ РPvYDUEY9ԼԄ<M	8c96#nʃN޷'3p4$IK9_ӛ3ӹOoHf	Ìђg{/ϲ%dЙ˕E*2+?u 2D:iҦR}OD}іc@щf}UM}Ն>#h*k'gf1zވOl/&Fáp}89 kf3t1UfNw^9/WQ?8EQ-mŹկH ձrEщuFlqyĊɍEuLwo6(%cU(ϯ_Or4,g~u4KJH:HÌUOUIQnp`Qutmߨc(ϳNzc~eV8zVm-@z()(\6\fuXЩnZ	/ZئIo*c\RX]1,aS'uDA2(aO9#8Yy/vMq=L*!%wF}نj׫Xڑ#ΣL'1[ɛ[ߤĶey	Ͻ=GLzTFջF01-(lUF/ʗ<qj-e(Ͳ~4xԱxӞ`PTmHt8)5Ρ8JW$pmTcTnE7t#.u.LDm͚K<bBi$)H&ݵʵ#t1BI_&I("EbSoܿmߢeG@iی.,ܺue˟EN<6`.-9{Iý~b^JRwv=6Ǯl'&{ U+XVi$Tj3hXRv0vAM^ޟh˞O7VMH]|̾_8&лdh6ٕ@yCLjkHQk͔|^dtĸq:݉-a°j"ȟt~t0DYF@e߶S"AI*]\-?^T0|b1lSxDjvZt*4.B2NXdr-ִ."WMh%̠^L@z3[0̞xVƞW>\v@CF^/6>ε-XmĜ}Xϳmx=^!]F'9.llXE:nΦ)HtN~((&oauaݪm,jޗ_Ԅ"'CwH+۞kl}Yc^L)-myЊ6ʮ5Rt\n/5,|ve}_s'Bu].#xLt	/K	I f$&brǽ?&gs։EM|aEs2lȞlO"<eƴy+ט3(ф;¢3;2ޢJ{lo-F%5Ԏ\%;̻-{8ZoӘpro[`.V8b#G#_DAtN}so6ڹFM<~QAM;SN@	NW_VO]k}9<sGf3-`fl4b]o.3ݱHVܹF3r؟Kt_9ĉibak.@I=eוDOrˠs=r33h87h^R7B3y5'YjBMVdL>fDz<%XuA4Ф,}g_E=OM,G
әUrIlJussP,AO+- m̎_sC9AKs)sgyǂ+oհaA=JX(VM|;/Nz5XNG"$Żrmñ|5
قJl,%Zgg$D45q%Z(өT%z&l*FeȤݤٛ{j:jOirD0?϶ߍ9LQuG4,Z8WLѡfݐł(SoÜrf5dg(io"m3tb<A*4߇2TevH}̏82wMU
RNY	wOׁVmfp#{Fs"ɁY+F(֖N&OюMA>6z4sI՟{|2 0]H>ITs))I1[qU!wKGQI|Lb;p:Ǭl'Ǵor¯ڻ?0%wl[~*>RTƺӳo~-.ǠQ˔'Pƀ.^.!u]4;T3fvƁDQ}Mǎ~(b. œG\C77Y(6Ubޣ>WǮ7XeQP!GҢ
SOڃ4
7kA0[5<%͛FI8jƋ(KW]/1<":}OsVf6ib{߫@-3l*GEGCL7h{hFj/T)I_ķcU\9D0yX+gU&h\΃SRח6^JJki@4:־>8o?o͝@ǚoռM@*6R.NLYE`:yI40^:\H6
bTɝT493MLQ/:p
cfhi#(%|9}0<6A}~p',!8wzg*ȭ
6Ҿ+a0Ei-hWHS)H&M(+zǝב.v4>y͸(֠	SH\-3lP+Y"N}II7ٳR/9c.P](3}	.cPf5XbJpmŞޛ͡[igg{;uj>ߗֹLfV۰(hVCæѸ֯*yM?m7^,`5Oe/ږ4ՁItȜNjW9ŖƙGȘ1S|e4k{6*.!Y+RAiau_&y:[ZZf$ {LJ'R}Zz0@J~C;+k5}ʊ:bOGD:M~rs *2`iw^T
NMZ3*1m"5AXw43squk6//ygӓˇ2g	ɒm:1Aqro'8Ğmg*<B3Ōj cٲ``DnB][UIBWO44b_Ǝw]?arYk\שOqMuKz)݅(4q]Rو\ߤӈZՐʐt"vyT2nԄ;RD>R?$=lZێ46y2$ ݕϮ_.ZZ˗;Ac]fz"#GIw<#H}9m- @@J"8Đ4RT86aʷQdӁ}5m'gMj,UW@S5e7@Lz_CQE3o HֽpSݬ۶z6'Q.	d9PNبcI1,seGB]$Q!
Ksws,Nկt7 k9'}Q9M2K]<!"{R҂п:5xV=«slTSBD"k5o,}c :OBfMO۪D܊r}dܫKx!a#F	VB&5,e9~hǂ	BfNa0j*l"y`e[ЛM%yǫD<.ryt|L?#BDќw
sۜ+٥2	-G&u<%2[LrHՎv,\إ2B¯PчЬo1gQ8=o'GB$]E&9/p[ї,r5ڂGhJP7GX'}߃?0gv6lA~K.z^:#d
lߚ'ԝwޕPjsݤ5O4ީ{ 6CڢbR2+L~La~Zc6ݔmPjT/-"ޕn,'7ۺ$T\ź(`ߺG,V	URp"Vl|Ҝ#?u-QgӔ}_t	9Y&.YǒڈtWjsMh/C*3$c@	DɱkPS),|X4Mol\	Rgy
*Di0nB1_m~сc$Թ֐%duskvXӶd^g!~(įH]k%^PMN=*R]].x_|@բDӌQ&v.ߞY;J*\	b%
K5V9VhɏL}QވoBn8k{2׾ۚ'^^+O%|/1kklhH|w-GC
c0QZڇPRq	$˔eriŔ'B'X~xBִ--ܒa.ЈP"Х3g;)3EOjDF-5` 8H͋o_aRpaQۏʱOp@
z^yFmI*.Y<V''sy	Q,|B<Ұ@jstme4&~\DpnG8{3#ܯǫbk/etd	G	.ͳʖm?Kc#T\h*.m2+{}8-c<MQH`rQ[I0&/
fֺ4wSgNNf+oLۮ e.00%]OTGkk=v¤wt"лι$[=tV0YF2P'h<Mz%h:MxfCɟZPzq|v0k]\]0^^ѻӘGC;\v@:XjڡH^1֠nW4ޙY?:o>̴0}6gS(}޿MUhXޖuIc=pjNNĪlc#2x|'w!Ͳ5\{q¥EaޫGJ&Z-H1`W-wUCJmcGq/`կk{Б)S]ZYP)"=n_*;t@_1"c.cY2D.WɽB,"Έ[ZCԹfCI^~mנ|U=V20βE4|`;.69g~>ɜM[˞[v*+Eb|Ԩu3HAo|dYb$l.#scԔg}P-_hTt-#6ě]es b,G/#Jty
e{HM=uT*;>ݕKe(Gٻ7i؀fQcyȈod#3}Щi׿}ޣt+E.;CޫKqYջl!QQَa4Z"ҷF%ߎZѡ"Ō~8c[Q)"rXQI(63'17!n)NEA`Çn;<BF!h-uۜNP}ROoa",ŒQ8ҋFPE`[T|_;>`W'8~A}*yJۯ{T)CQC]Uog.,<8+M=tR2At0j/?Oا+W78-bwYEk˖/#Xy؁Û` эKpmЬ'G<:ʰk;|q{΁#rW64-ğ(ϠFT՜8d\TVuʁXV]&-~xطX4!5KgZ֎@̸/Ȳɩ;7|zO(ק8eg]<	U݆(GGXˍ&):|}Pz"չ¼WC]e5d;pQYj,Ϳw.aj$~9;|+,TxDz}2
r
wpoĳ"PrG[DoF}6ш:>Z=tߐ;
2`ѵA5g}Df|^	ody^65K)NQZđA{K>Q^Mo8\X <Vǜxn}Lgn<*\Vo!xl]/Pq#g<ǋ|CV6:A߻͒s{vB8YWAԡR(y=z<a;`@_y*^S=Q6
T6jf׸,t[ێޝT`jyt@&/k-g+6ۏfm؁gYoLǠYM7F16%5PŐ-'r܂HH؇ERKo.\#@6:RV,:gG'J6gۈYʚjp֣xnʜ.\5ۮ>a-'"Ә3T	{d!o2ԼZ`0خw.q]\|O5quf{_8h)x' ,mݕ6(atfzmO4QǤ^HMGD͑Kpؐ&\CMCB~U`R$8@J;gJɞ]KsE-CW>Zjtc$ޭznư,B=c;KjwBƳ.?#*o hڦΣčrPR@1FЄ?
iYnMrӎqUJO*GmGKEGbH]]qLi7Q!"+)Tw *>y4fop-+2`$ְ)Wxg֣X/|ӡ˂zۏt8jl|4!Uˆ#&njS8G.KCBzfяq:_`TO	*pyn̏|=3Ӂm86kWc׶ Ԛ<|8TtߖPFa3Lc28ƺԘzǈ'ݜ*r$߳z S3~[9+|gqbZO]a<Nև/|;1f3d-њRYAAj"9<܂."_t+=]ߴC\rڶ͹FQ1*eY[2ʹfHwTϛQ̥b|X|`/[Ǘ	n.LVĹ9P->	TcH(1lpͩ %<:um
$`C!()>?Q8-O
ަ	p0eIPpE4UǹB׃/F
"r!"Ϯ3"?Mqz=u*hߌ4i?
Mc^:[JHxQD,;`p8 ;u	+6i]n~ݐRQbq0Lː\!#-W|,^O	D3#UvҺiܥӆC$	:?5$E@?&{mJC.m
^Sӟk/İȄDǤF4~"a)@*?ALmxSWěÁpl-t`[_i<[Hf(b[?m!}+);KlȡZw~soBP ^
[Y#Zlj7L1uovuk}deq?qՂBieČ4csKH0`V:
4L\x^DU7@y1wW=RTIh{/$s}xUS?~|Nڐ/
m)r%AƗ,]| /~ݚ;FvEˌ"HV{x7:26Z9fH8e	V3^<ΰEaߜGُYI	v XLٙz?'FBȄJip<
]]#`'4o7IB@oKl10e$ƅ*;Lʉ;`^#y()=j7wC̭/?8n)8DsAa"T/nO46kݻF"[ݔ4@')2txob>kw/x1q	nsZQHmVB_U؃<=ZIiЩ2L=wv^$9ĶT>ͻ_K
Za4
O]yhyAfTHhgO.;@LQA^ErJM/ߚ]]WCfI)BKnw	&/sm6ijVV}V!˘ =-7ǫ1kv	;wBc~p%AteYsSC'2>xL13.CT&xwa&n}l$JsUs7;7п{6>aC9ȇ>b\j?.zyQ-		w',·R7y9J396I~D$l3&Q#%u K0	ߣcu<eS.t[X2_;az\^
|2Po'SE+0[>׹݃ykY4N2gC8C%7K#k=ռ|,n:=!	/ńx;6exHS}eӜ̦RIAݻ.d*.0DI]"d̛ Aw\;7P&ɐЙ@HփމԼϴg'w%;{:Őbk@aLX?R1Wɰn-6NAM;X3oA[4D&нq2t-"yt*k C/g}:ݴ/[j݃jҝXN.U(T%E15lJAgki]zYm"̶͝S!Hk@`[Gj:}	5̒DԪ
}_ƳP֪N;ݚXlV"q[2q0!JɨdψWs6>8Zne"[l2$%kG/#܈upnOcMB|64mLجAŃ
RCN4x-֪qϷ:=9&(=-(\1B;jĻ '.Lz٠U߭oOa<Wӿ4A!lˤd>v`@?_|PB]b@1ǻ{<,ufKSP@.\X}Hǐ`u)n;%mzwf4oA8KSmxI%٠Q&u8FX/>0KwcR~~+Bj4[Ä9iw[l*@4LpTp=w11U(ɑqo@rD@oĔO'fܸ#עdpTüMw}-ކuQj9pXzsgP8I}4Zع,ŕ*H۪xu§&7EkK>= mn>6&5Y>a]oA;.IՇ5LkXE/\['rjK:c\2\u?rDvfѽqD:;ḱTKLrkjv^5&;Y;
wh^r!+՟L~v)֤YP<$.G¦\gQ+;0&T/-g2"F]NeAq27~Fk%BfKEXL-MRet%wy<ߒ	fvX0${ M@kFĔ+x-3ՆNb~otzҏoQQ2;ĸ~aՙGݦ>3('ågW25Ǝ<wߺ~"t]7%ӵ#ViH$GZܵ2RUWZYv9J|F-PF5oʸ޲D}^ cvĞs4,_i*+u[uYBZyݶQl5"Jd.6dҡ@Knl
ˤ	dޏs:qAs%#Ywg4G1H.4D1Yu۬2	Yhfʏ~cdwLTF®=țxlvlШjU0D-ƛK^Y9ټI-\^fd
uT<7z'$T_`	zC:lY?j X0p"ۚF lmϖ+ޥ,f<yA[n1%Y0H*]o(<rbs7J*g!gt2Ýh̺(a^
f>#4*9{L"'W
"ݣėF>x65~iYՏtL~svl=
XL*ٛ?@7վ.NZ=wQp)͖(N¦<_#ԡ&'etcκ$-eҨx;b"/df3!4OJ3~:kXIQ<J#Z f"JӮ\.+2iLƸ?P8nCjT`M<t}ɬW2PvÏ'k"XNLh~g?\ U
؍jvSUn+b*ߤ Ԙ2G_$?$u͙LuTQ@yfs.;u~]ٖQ
u}sA7ҔTl2Wv
{cM5|Z!*nB"R`ІUړcEԚ[*#_bؼ9Dq?=wJ*)Y`}AoV4dHM>n<Oǣ|ÊPv%c=&?(n
Sm2\qxX5{)j`Eċ--m-5Et9^Qk$-@Stfä(~bGjҐ͌<^-w[ۃݟqoTaFUi;8uȦsJx30pƚ7
1ȍ=;~
'HՏ)obk?:kw\Tc]Wª/=Ùg,-nɈ$s 8fִSxTHbڄz(>>cTDS8'yh->9
emSw*}Y*rɤulB(Ѷ׏~.,91IqQieeWʩ]ݮިH-jE=ӅِY3ҍͶ~A$c49u3)ml.ǯ'W?p^<Dʚ)J_k%֘K+HKۻqc%N	җم"OU՝'CΓ(tK8Euh()T}wp_ɼ%S׭uZv5H(2ϬEoP'"Q*zojdϼNƲխQێBucD
R.ҭyS5QbFwyFG1,jfw_ j߭Iɖ8;ۏ@5ħ!%AH˞e=_b9(G9@
NJ}gvШwjJB(M;̇FSbͥjՒ.#
JeO3.v nHǎu{mfZN}*YJ52	C<b37-χu߇vJ+lDo18!ۍ#ɔeJMzsφ&mh*ԫ;+mH``ߛ'zCכՓa=73]O?{	!d{҃b`ĐH0ΐH__ͥNypiד˟Fޣ\ʃ߁hHո߰=مۋ]iĽxӗnp*љ͎~%? HH|e׊7N*36k~mAZ`ͯǟG5R:`[|=ט@w!wϪQܧ	[~\B2y¤EF۟&Y
d3S9xȡ_^>HH4(L-˰[lX\B|F6~4\/o a*ǔ1z[&G9"c`:WbuXJQB*ǧ͸/Ȓr-(ܢ
<з
0d pP3W8Q=8\::P27V#U
 #eeߩZܒ_\LʧVA!E:
kƣ~·s}Vfk87T~E?rܘͣÙzۜ^<ɊPX1V1;ªbeӤN
8ߥӡt͊!~sx1`g=9il?Ç~#Q>¶f=,C~?ݵc>LTݖRrxl	z_rbGS}ޥަ3`.Aފ5cN4>t#AԣG?=e&#yrǍw" CdаC+=_5t̿	$<g/QDkƈ[߽e%E{qMNo&
t+A_"͓7|߾ָ޴^mRuco^	۲H5h]z; |j޿Vm*%̺с..+xAՕ.iC[<Jsg yb[D»_zd1]tABޑp^DC)!d7f/
n-U\,٘$݆'eنQRn""%b˝)&O؄KR@@;ѓ$?k.vAeNp'
cֽivoi1."ڃ1aQ{Ww9Ģ`*rJ>VZ.92<eawHW7ذko޺#GhgNҨ+R]߶r1Fg=!ix7t>Ajح17&)ڐƈ
z91Cm1"+qmCEYFxZ<īaֲJYRJuY^~4˦wҔ̢%ˬFglԌZ,a3B'\tkҷ-&"A.{8B=n!J|^2(3qz0``Ivӊ+:JDp}\6ݧJ9K:jЬ__yXVO%J݌WH0EJ4Z¨L5:قd^!Eq %z8;i`л=IbPfkD+BλΣ7.6Yʩ1Ω	
Ձ)n[(Z5g/@sc{f69J=dyzٝzu&0G6%gu/Ԧǜ~<8(n(ddw[ $. 3JK"WRKΔ^U#!Bú}REnRoWɓ@oACZk<c\uz^&mN
gHВ%ЈVQ&ڱ~vmU}+ؕcˏ̈́י_V)0gB1xfEnޕK÷ώ¡֔٥	;ӣï;CN
TЌܡDt1>#O8 ΍69 R 9jHY,UXQ#O6ר6Դ|"w?EН7̿BBH&RڞwDڎǧYZCV<^#ۿ\f_A-/})Chϕ 9OQ~[(Os-<nd&\F[$ľ2A[dȲ(F,[хvW̛"(/*ɇVu/:[,"e9QۉXWBcf8AJNW0@]_ TPU?vƓngfJ\ҵW6Ksd8GeyB2Q)ٜaĐ46?&W'ïӪs|%ب@'ی[q~Plk8К	v9h	qk9>eB5ʕ)FfXgrxT)}8M
,þ:B xDH.`Dqo2E,^wn'ݹƂyZ9EPcd߻gC:CT-\l@g56~"һxuM0aPP [XݢKa	s^$ϛp+>zk8&UBg7xq>L=!lu?u5ؔt{̄%r;w2U4'>WBf>y_,Oɏmޗ/iXnqZXZ	k+)E˦:N'ִzQ٪(zڟ+DnDShGɼGT/Az3?j"ePF
c?2 SO,5!RQdPHKHU]y}8"
y:1D½]e_ʷ6ɂGݲm3Y^Sދl/P@E<fs0m0\A>T)*$sP<+IOHTMܩ׹GFDDw|	tvyP2CS*П0ų%*gΌ͵Ffs}#GFn(O;~?N\`	5Ka$VͻXد1?	3٥oruh1 ßy5Fe=jFL,KuPÅuՀ7ī9Q{lY۳o݋R!JRK& CȨ(l
hټMXMݍܒuN'C֬Ms	5MyܖLpA}=dyI]>cISJ`/<k+MKګ?Bn*Ȩ{w|rNV^FßKqWz̈́*
6yk|ܔ7OVGԙ^GFnMj@;c7X|bO+Lk^j<|'ȳ*¥#tD?|(ܷ1ЭJ{aqeʫźOK}ݎfu>/>չER&d}.8Q,RvlݖZ5dߛ.܅>{$:"=Sn>sz&kV]pǑ4;׷81E˓gɝ'1JL-ge3pIGEA/<ISI~<ڌУN%gP
_ԍ^Wa6E\tďN0[
Fhˍ'xTqق2@*fIZ{ET5;Ƒ44JqA!ѲD4+;6ad`L(Tu~^}ij֌ɨvr]׮0IsTPj&@ϖ^Aݘ|E$*]%Cfb@4@q׭*VTi+oaDciC17dê"1lg߭'&ߩWmPp׏Zϗ]TAN9NSi`:rB*-4
JMZڤS}P=cīڬRw7v|OͩƖGj9pݥ!^,<$Zrם0eo 'ܙrpIرrUܔ9˟-80?2~üLٜhmѬ-s(3;`z|ۂv
e\Wum[Zg?%n9K+hߏ/QPlhzΉyYL1TLʌr-K/$6w)P'_ATX}!WQ%>;Z*mG@òsfxϐCBψBVIk,LmzZ+$aKܪIrgwf(_'ma
ɦjTb|טхЎ5'l'JQUNv/lXP4_?9q6hӧ5ӌG$4\ذ=e>z[vbނ[h,Ș1v*,bk+edt;kҁї4GfeApڤAۮڥiaՎ`ծ{'5.98Үp߮ˬ@6ia\Kss)Y<@2NzIiN39GȤĶq׺&ỴSk$aF9ϺFh~[wzuCG3OJHЮY&r(up3nĖb_u'.)xƙ:$y8jόFNQjZzƃ6o?պ~/-UMWA\[^4xq@je@mּ*IՕO~׍oNB{XIzGsUA#!zM,&d7Q6ӅOO>F|nj/jЉy	ƾ'%r;C-LT_ՠ"@zt$v7ܧEG2|L)lM,4OƦ!,0iG/IF]'OT\N~0֔ڙϣ>ZT¶rI%EI]}>K̏;=Ґqspp$j]*aQV[K/2@ăIEjlG+~˃<rV8Y*jVo)yLN~5ȳ	@HRO7Ͻ7Ǫbܔ0]g^(Uه9|q&PX"O7C$EpsHUg*M@^Q)LAN='EZ	<`Jn{-;lMě`R0L}Ґ݅!ˣuJT;4W{ECnt3?wWB2ֶ<I#ÄU|XѢQ>[D?ѥи(ke'FR֙HlɁLˤ֣160WM$U̲؅F3ڼxƫ`Ϥڥ ~$Fe@3Mt%@b~_fӾH_xV^
oJFREok!${PN"$D>r/xO(5IG,{;U[ۉ-;}PxӁƉHXM} n};v2޽}vqni{lB?qV`͚]5ӝXhc/"KDlH#AMH(l :;P~O*T|rDݾc9r5h܄ARq3"OFϙ$Ȫv S':{=rRk,1	|{}p<͆H)zOEFW 	zKJ3D*0,`PFdˁ_x10{Zlo z%opV۪I$1g.)+߳v_-׳#X@{~+_x#}0$id=Xw
g+wI?)½8AR(̹x6|Nw
Jeq+2cc5Gf)~bՠJI-6]&c6m>9D/i}Zs҄UU\)Tm҈͟ëStجvE=5]A
)P}nVmԠJi*$]uu
wcƨnnnI\(-S;ۮLv2ޫ؝ 8*ت{\QH[63.-z&uȡՖ84mЯ<Mİ)[ʬ&vB{m3TǇBS/2xhPߥz*Dkb˴v£W^-?OXӒ|z׷vSVH%;u==jű?|/wl%2@y',V-36gp/hxB"N\@dcD\K܇cttR/Zm  ښ%I\zI;$
^hC^Jg	g}ާ֖!kSW#$_%|PuOS>k]#ge"O׿3BLǻSS[PȒPnѧTU@IPKyrxܶ~~_j!Ͳ&ƊHc+,QhbTxf,	U;	o5?v?[kӹq7xژp%	m&#.:aw1m
bO^92n4J{]	xTz0X#'iQ\N%8RV/Nq%yvy,_e(+&ƣS6e{)\z4jO(i|^:,/\64/aÇa=C;AF;_}j e4Il)AbʔFww9
kOR4yw(ʫ0,NH]>ǴQ&|6>\aްA[D؅3{߳Sq4PeHBH!͖4Dc
ek:fȬQ9s}T=-E2fǎDA\K{ϸ֤ļAU^gߖ۫{~^O/ů׋[/DSEҐ`͠ÿemvȝQX;Ɏ>Ҕ>UJ{
pE`e5OɆܔ3z|]39:p12.QG
J|iaߕStd4ו ;L>yR.b?yt3&'kO1ӉІ`6m[ӒOՋя?'[
*'P8t`elx%̧+^U[BhPeT|ڣ! Kܻ&ޝ?ߊ^dxeĘ9aɢ:FE[͢A4<ik,-ʟ-%FيW0s|Z6e	ɦHƈ]	ev{&pԍgqٱMN3pH)mypV&A`d֞yy^zq	Ԁ-!$!ObpF5P7;z<*0	(^}vzȹ&(&cTC]jADUD(srP=z*7pS6fB۸|kQ`%Nw&nMB'.0}ƙ9_@ާ$ew#dWɮx3хTɵ׽½6/%,f;ڱndw#ֻ@пV4?^/2''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24489)))
