import brotli
n=a=0;b=1
for c in r'''НI0Hrʄ5oFWEhW
pUٷ5B&:b<V
;"2J2M&~yHU_0Ln@Ϸv6<l1άlfo:
{ר*8˜5v,׾1[o"(Bo.B+.=P6]͕	0X|hl7%:?g.e}!ĥND0Gy!:zH Fë2?Lkvڛ$8;qa2%D;`,r!wk0>Ĕ+"f-%ݓ{bgТ̠h2Yr~ΝW59M0LlY?bԁamcXar\c5[{FLRxи5f8Kb88v'Z׺RMcŗƓD='^STޏ:V.Nڦ1RMr9I7MO$)@#V3euX;>0N8Ҽ&Jwү`K]+YySȡ6vGyk&WnfĔ%jM˼г("ux+n`xUOٴݹ?Oeowזd	'Me._ֵBLmeƀHm>џr<*XqSr}kևFnCO[1|H"Cdl$GFBUӏiq9a:Xw+NLfJl8U=*^ǵuNӶQߺsBK}ߣӲ0n]LOs%i̕޷_<{.'naތ%&
s)rr"-mH7BjFl>W(ׂ Rh&d=Jڛb}ȷ:î!%O2_];o*6I ~S(T6)\Y͘2/Oz~hGS&r^Z Nзʳ894Zdk*5D%]ZXRjK!jJ2QЯu<+HZqfۚ\~f|ʛ.4FruJts1(m,e)bd3XpYne
n>!²M44݊ʧqMUhuay"pu¦GN>:ʱKwtUd;U@6"ӿ]D?FǕ{l]~?ylm	2a^ؾߑSZ<Տz3@Ǻ72w|^V{ސQX^VϘbC[XRnVJqCC>n	`%mؘf͎cRb	->$uIY֞.N	r$у+*uM'rD	10;ǆҼSH9
ҍнAH@ڰفg&lOr6V5	ۜ4׌b2Jk>tX(3}N|&t)>MwV3xc,#3ؾ*:
ȅƾޓeS'7%`ҳwaWΖmӁ(޹aBqh܆!nc9Z)eԤ˙;b0Kjߘot7KO3 8yd,q$5W.g0\r/YZdg]XRPw3wVfePj,E&O9{'!E1e<K[-uҾtkL(ɚĮ"E%ܾD"1י#o.`һ0ArD
-Bs$Z¿nBcH7ilUR7ri>2VȼO&Ӱ)TкqKq=yv}2|J:p9;zy!pzj^zdɁ gZޝY5pOo˩fߢ%F/]9w'Wiw*Olȴ}dU5Ơm9Ʌ}ۉj5qPKJjÔVTsD˔SeO}OתYnSU۵D<3ڑAbg#*n
Z7C>sNqC	ˏsa"ϫSŉXp}q	=lݱζPtۘƇ/Fe(SMeP2CB8-~Mdk&`899ذ.Z|HYsDcubQ\ĈqSQ%Cq+Yn{	&Zu@Mau*j!f]L%V.xd]/xgEπF f1VOW 1g ТGw~C6̍Ͽ8 mamID6ؤZ^z;nNۼi">$|C~
~M{^7k$xGi"ŹBǺUP6m}Y]]݀?>q*#nVz-i11ҺkW\BnHoZ"d{G[ٰV/ȦmUs0GKmLS۲:!1m5AIL6*@iP{;Xc?xܕ@dݱJetDCsøcgK#ڞiӃ/	nOv4FK#
XX3?s\^?XvW[,q_>mbB9ڿvSGLF¯|(dޮ	A.<Apf1Bw4Ѥ-P7	D)l@Ѱu@,ټs¾д7&\aKfCY[Y[YbOw*W,m1#*/
;ҷA5-N"X*[l֨}aaClN#Q96s,'v4$}~9z<'{?גukFXt{v;wVs3Wp%VQ{9vsj8߆U}ɱ6v\ȳ{s^oIP׵|)H~yA$F`Ra۱@sVZ;'Pg\*Y_HCL^nEO9ڽ	y9*tt<nPK|ϩeJ( Kɟ-~Y!Jt}b״ڰҊ8s("#H9)ʿGͬkzb,`\P4n8jժHx5дQD	SQp-O4tgnA[߬;ޢ3N^2LUWĴkm&Zbf_8M&:a͕x]]y.%]J-HcCsFVgz0w
DݫnhԜ-3RLUTmNI)aa:E*,"\R.".45N:cOAa-_N6Ҩ7'Ⱥi)DcҲ0?p_*#ɷfM'$Дŀ
I5τAbIO[ƞQ!tIsԼ˂SwCc;n2PQ41Hǜ"Z~0HT^*yutmQ^\"g9AssяD%^)$Tڸ'l@ur93!̟A"pd=jd^*@ݯqo˘sI#HkR6Ywnn'Gd F(u	6uzҤ<O;%@^=yN`(5]7l˭ܛ&;Վl9F!;BP25eEtqe}OH_z!Nn ߰R7Y$ڎtWL.J@Ҵnۖ>ۄ5CÒ|=,8fЗYAڟu sqe|R?ّL̠ŧkv<k=<OG1KkVٖPa. m:b{{1͂
:OԈt|@kс:4;m;%?B>nlX@OOW8!t}ҸZו;*I'Hl]FrǱqg4kڂߢBV|t	I7oMd"/3."h4HMj%L\5>|!q<W9
xǫB	ZHoP_Dl?b@jYc2d"P7 ZҔi{DDkA0SD2oeq_(η/ڇԺ9(42Wł@:db`X1nWN}֐ϛ0mGς.yQ_O01c$LճLPg$5T3-h7n'}1+)ٔq{ĄƉ'tb*<vG0Lϒ
ʈ%/U<!VӶ uQq5'˓0C$1NӔ_LSҐax8!ZmDnnvwfŁΎĕm!RY?A	(+:M`8h{vOH,! NnfX(5&~+.ܰuGۄ|PߕLB*~ &r935N*P2Z@K2Ʀ+<min=7r3j[3^Kzj;Ҧ|>̬6 N`¶w+*Ƈ:Y<ϙjXe<Ӷ̼:R=է0Νoj!F. =%	ޕTc4sMB"hCES
E8m,Yێwo0Ά*.
WC'4Ԡ		)y3`gUQ,Zsܯ"ƐTSCf=J%Ņʍ°հ3~yq|pOַײ!U
/Dҡh#-މ2zBH͟Ӱ͗`Fx*h#8?,SĬ=\wԫ$ץ%ie8",66D|-jyh5ŹɵDAE4G8˻3J+.hwε!|7BcD4\VݽdM"2Y{!%E:b>\^ŭI@tЏ43aoŨo&al6rSҐ.`=D8ď}o?``>pVdAVF(υ5(æS։nuQk>θ5ތIz`dAx§xgY(0w%:wDnT(@Dzՠz0BF^ eZ/+0Y%?C1y&SW<0&q[-Pͮ!l|jlE(ϚGfنCD~,bdڿ.ۏ8&j$fOtΆʱdPTtDFNBSmр̺4 L]?_cBʷ4Yj[<
"ߔ*L|kH6~oҡ618CH/Q
a!8mK?|jZ]ZҌI >3*s/<Tڱ,H-kLyd
:Y٧yFܟU5n;D@AoL`!M17Ô(z<w'0P]U*!(c߃	iϊ0fQ	~LqkHm?X]e LdCV^}*,b$z)\@@#3{Kƀ2jHہG|U*yhB8gZ-ҽs˖yaȦߎLʆ0&Vu*Ȫ*U^.Έ5yAHK˶'*+I<nM_
Ƕ(9ܯx+
/hw|7+lTnҰN8pvW(uۉd²B Qqp!!m^tͯYdU:]94d61ܰ1\nQ۬qb=>9W!qRb\M_ҧ`ch̅c)i_^[ݡ_ĕ.?Z?`vKM6E&؀ԎVT"_/[ӆӛgUӰjjcUD$_1`ANjp\uU,(sO~"-;'LhޞCKlF-X_5,wl˜7QW"[оv`ϥߥGtɹBlz@6j^+Uϊa,؏Ih|ծ7$^Bt(ЮɒiӴ.قsM,/2J8)foED/T_ىo.~ѾwH
\+ F .TèXP/[#U΍SVk6Ѳ\v0îQJ:?k(P%>Jt3J9zbJR@<]`t*]Eki=:\tm?t̀OGܪbX&Ǭ_|nۓFE<ZlQV6%"O/^KS>%zN~A[ƵQԏ1ǩQ\WkxU-N?c'zVկ,`w&$Ԝ`ƒ:c%ڮpVSxM	rѶK;ktlT\1~uݾl6/jSsh,̒@T܀)s\g<X0jTlMv{2n_6KlПY9|Yw*>קf0b؟7lm
M#Xa:K4^Õz^{C%drqk[	t.ݕيXEn؃1̊ݯ>ScqU[|E>xדq$6kCU&Gt/{jݮh=WG5Uhe=A0
ߖyuY}	Y:{yO`?To3b<Azy?2(EA3WsXPv\YAI
w)oB^Ey5ĕ9GYVz1YrIn6,q~|iIF;M:K `|pv?d%ɝtҬyj/)aVMY(^fPEз>2GX2a_XYʄ!F_l`6&"2͗O<B(hϒMqVI3Xh;-0bwrmΟ	TXM3qhN׃4	%f.ߋ/\*oE'rct~=Fdn7oe!t<#k×,b_XϮ9 6a=gNaX'='ҝk	+|9ZjZvDvɲ<k2v<"X~L2Oj8p:}>
5VP^,/9c+$tkI۟VTtm+Di!LR07_}7s?9kjv0V^ȳlp%̗,rű~.1?{zX+.d=ciܵ65ww ?EriNZQ~՝s*
3N	mʀŜPŦB@8Snh[~(w ޢBU9.SH4qT+apD /iʈy*j݅1?=ߤ7,)L[!Høx{V6*̾ym.b-kşWgoLKC|҇Y9ďL`zPrx
@ecֈ"CB+~fP@?B4S-R{˴mveRy)+xqv1*j;RE&_HvS}kjS&_A(Gs3ieMT`:7מjqzVZfz
nƄ9`I.ػ6a:UcZBSDE-^2)Ƣ{i[jU{'8-Q5]}9GvRbĘd
N>߯"VhHU]_@|ZO<UdwħI:hyctVH2u\T͐{tj+^4͓ә/]҄.wKNu-'\b.oDQ27MТ3ZWʼӚ~Ifqi&ډkě (YQxH}q>BT!dP	>@ò7-#b$O
9'NJ~O)\7EyD,rsQ|eMTDʢ}ɴ[Azȹ9*%KtȦˣ̿?Hok߭#HKF,̽b͑5,@Ԅoō?z3F{gMHR_l$r~IyI1-zNTJ2Tډ{-'9YTюX"QbT]_:	j;Z^3EC/ JJF6&cB	v|+L;ע%!AU_{;YLx24P%4.>Jb{ܬLԓ.Rd(jB]ʞl~κ9M`ڋ^ǐۑ3"?D4οGnRZ;+G-uoCAZ_ugb@km0׽}2yTDbÓ30gt?j ah6gJ|M~#nŦe@w'Tg~-amuviiH-`Up?X.lVPI,R,6NY>%d]qtzM_=,RsB 7áՕ1\kѷQםF˽ee
kU_O$E."HfÄvެS̞ݎ>}@M^ήvߔ\r
~q~bm7cuDIMVu?nӹfkǵ 1)lx{GpؐӉiХҧSR/:ps\	Ck)mJo#f1]*L/<Eъ#{܉̳L/;@!víYͫ9[isr`
{Ԣ҆hٜL|/sjBҠΝ2&rq7qߴXҔeR)'g
؟Ox"j!kK\Cذ 6ǟW;׈o^@$~a";ͽDgGy)sbsG30]!1Ք"2y:G2v2Lo| q@GRQ  Uګ5cim|W9ޅ7TCآ)XQq-bԡunHߎGHkօpLeʞDM~f}jaR1:KR}<ok7-5ޕ#6CRز6w8*YFl3Bzaur-us;Iq3A(ΈnM7s#l@e]ȘaH|,߮TG	
D"jI)Z"
4,ʄ֜3#.qЫ\NxƐe,nQRS6rZc;[2/j/ooBoPҒ
˨ș+qx1[~HfidI=aDrm}#SWu->0Y7/Z*k4yǜNSj=&MYuvViWw8ƶt|ibr8Z*<==pGoaNO\7ڲcĉ6\"zSG]>/;I]q[l~jj~jѩIFtVh(tB=-DR$	˦qغ<ֵ']<%ޖ,ڥڼ>+sÐ1jaL`3;J~Z/w4ߏɗڸҊK*T0jHc^і.kO5x8c&h
8ML;-/RTҹӂ.bW%sWc΂2P!ۅȻ#~qO7LC2l?t,C*BlG٩Z@M|)>I޺ hl`}y}*
?Vɧ{ދP<	l6hvؙt|bSAڌ$F,dZާ>t*0LIGS4NV+pV݀8۰A8
AJFJд/jeny1ޛ f%)$˒x0c{@"z~:ĝ>/t*ևӲL[x	TƳUpOK(vR|>"˂(:fqkڝnq2RISM?>u)iF/NL%cvPuư*s׿Ozhʍh=tqʶ!юh""5Rk6N<R)TTc٪$S0:>%='zUxT#tRu̧dLNםaDOf&EYAq
Ug*@R˾+QO˾ry<Wfl@zZNN~NRӈ[aE~o&*/vͿt;7e!J"+-#'UTͶѢ':t׳X
"^X7Py=p4A8~Pa^\r/[ YDmdWrGu(pƘSo`QIѷJTwq؃w?as]La{x׋b*h73%)]-g+ldGD1HwNaa&?BЅ-}<LKaN6^єtÑ{1K8&).zKǠQdO/ԇG't?RĬ
8*P&!Zuco`
e͋:bL#ғZT?#ݟG^-/3}#6+We4nd4=]kʅ#RǦkϡnsdwBgȂLBd|<iΐ (#]B"ZDhڼՓ۽Um@~Rub۟rJ\o|D(8dDrbQޮ;vqD[CAnRCfVS}RR>?ˀ(ԩlh2t	P9A֭We2~NDgJ֤sw>WH'|_'kA̑CR#ܷ6N+$˼Z}L)u%ihJsjsǼ0u٦b#}Rϣ@z"kcܪQ߇
Pˌ ȖԆUΦ;`8E(J3e(CSotJT<.(#+_/"{X^iO]+|%G|OsDs{aAS\G("Q+h|]aWb]u÷;[nVC[Âa_ђ9nּͤD2rWצPRO0Z	=ݩH8}sę4KdCd/WvάN]J}H{X0N,ܑ% fDE.(ɗO3|ؙعB.E7\%P;iXiۈtx3
yJih£Ⱥ'T2hb'kƅ?yד٫<%_}cn,l?s|ح`<Ggn%N(kL.٨fw2!˛O5|---YƻxQ,#qLڜ*:תEqGRSn*Xy$Õwk3buB/˄mڙp1.0^{CV2#`\`1Ql̵/ω$1Ƣo̝94ӑT̅`߁h9[-QޟJ<c&([v9sa,تxjQUĝ,Ђ_njex{v<y$#BV	FuB+(^L٘2!jM_TGFN&2(sڠV(#W?Xn)iaMd|w~Jͻ;1ʊa*nI4aw7øEÔ4N`?EIYF1[Lny,D^U^%FIz#R%ؖ'eVa
uSlЗHNȕFAΠMμnQ\Eg7+њH!^]%C*~D͌Y^L]F׆.dڣ0ΊḺ-^ØϽ+U5գ:q^B4Tx;*^u[n#؏?YZTFk<i7Ih+ǈM&ߪ"݊UgoҕJَm-YmMSd98_w \8wAg@7غDW>Z6.kB	e"@@	!+ǘ6}lp]t)7į_T̹*GxW]U]Eɦ4{poyc.yboZXUB˔VH1}(.6I`$Ĉ@BOGv5r~Dg_=tƛe"b%jiNG2ʌ7tdbωal5@MF &s4SoΜ٪؜ݔtvݠC e*\'}WkLofm]\<P{m9#bm%$MXt"}WݗuO$Ț&Sl~B Ɔvߛxѥwho3>inç-Ҹ½׷uLN9O\MAAf}W5zeG:kRLO,vM>j?mH4dìap^ɨ]rWycD;uXR(+k*ëb4T(Ūc}RkQ}CN$_ܺ=)BZ:أ4L	}+5<n-
̛MaC1~a^BuvdSNh(8jE='uֽ5zt'|U*~)Ƕ-@˩,Py/U ߀Kv9	]!
UeyVgKw_
-VZ!P&,8̢%3d|W,XFz
]&Bʷ7,5Ni0V7yrcC%OQQ2,I7b%-Xp F7=I|l/	ϖIst%mIfi.MWڭ2DaHm"wٹӎԂERߦPH-ܛd;m_\As3mh8WUSmv4YbȚtRїvvfLX~^Xqcj	G?ن-u/@m5cL	<iEUX>:A>f ɋA_KjXJvʺ-]\Y3zk_JRbDOzS߬b/s7Ma޴otI[O\\Rff	puމiztߵ'Dۻ }F*m$RWp8θkOwyII!;P[E5'@4=ir<0Rl0H]t;ʂ@wU[X	@x	Ú'-+`ڸ;1,$ƙ\~]7Vg{đ	Q&aPmw0oعm"BIs
D+}DDUg49UԠp`4w0t!7 _|"sw&|TFtZnƟms#d3j/BU$ʩsآ_-Qh2nS8$yf}>V&<*`Hl׸hV"'`\H~[/ՅsYu+԰%9}bw?}+CJv"  фڄԍ,4Ot]GrēmQU"-<]O:]2̿\)̚1r8ʲ;:}x6o*e̥2ډeJGF>C
H(7*ǂv͍S#u8PZY'eUY՜Σh6t y\hF
PEYkӑށ	
ĠZ.>CK~؈r8*֙QٍaL_
n2Bqg*%YTV<T͉5E{*G=tΌ$'.fbX͋t.>t~TYΑ=[IS!,9}#n 	
8К,ZQH`(q9g*V-}T>F9`NxCcI!(DB::.ӼO{߈4KN47٧Wg^+h{\fv݈d\`۩k%:Ifwbuj4|Qtܙp)0Ex+p\?}%۱0OOSuOBL9l-ow׶tJ2r$k޷%f8:v1ɖ/EG-C\qȺgA;nh'v1%Ŷ],^/72|ZM~=vV
!9]m޵Aj
DDִ؇zq-d@<Dwa,K."fRpӫT~a>ye3FΪ^5ФbdC˒F4aLLVBXOī)&$ÊZsGP
P}r^TMs]R=}d#ttИY%˾shڕQ̭'g(KŮV_~{{GOfCƅ$Z}VXؚ8cOFR6dw!	G|ht[{ˮwkyC֭gɛCK$L[2x.WM_$v@sȔLdYncu3@z?W%GUYl	RQϕa	V/ͪh%[ޤ5j	~?2cX˩24knh'-^ކC׹'ge%]О[4FgEȘ/ƷnUӲ%7al70"&x
0yθ.v.st*QV_qٸˣykZϩ>vםϿB͆E!A؝Ji!gޘ9̕ڙeo/2̥hÈ lB>rK:r'8+hUdx?Q"BcoRemkUn>
2'4Ul]:lw&F1$ǓPєM?+]ϓ`>GVfZ
P

nj֎@YƊɒ.<]|Di)gL/SV.ʠ!ac9Ķu	ď|CLggo(s^[#GiL7ʎg}nƑ]/>/i(_P7n8RuN6w\9	Gݱiɳs>w6 WyVDA"~BBYvcY6*K@'-zXgd5-QÐ܈cI%uw!<ExyK*SѠ,zyxY71f_C[]^С˸9@YD7JgOӁxy0|n`QHۦk_
)mj_[ܠk3H+r8&Uj.ohӚTBmhΟ h#ٷ!i7VZ'!Qy\Tcj?(~G`o\[KJ4.O(~Ig6iػfz-N:8AI.4_im@BӜW KoQc1Oh35hrw!Dԙ'6909RTF7c<Fԕ<E)GH}QԠz+n+MdcjF(KX@<_P"n	"s=Qԗ@y^C\cfsrGĊJV{y17xҔKl>2gu7߻صS3nȴءzG1ө4EUHJK%d,Obc	:kYi23~aLmzx{6,Pˇ+xNα|/ҰŁ4%וM;Y,2*ͫ~²mwbެGT7u׺OFU+!΋؉N.Dн4)V),Z:˥
?>yܽ4
Y]3RξY!Ucxgٌ/"ͣ27])qD/{7~;<y{lJ>ڑ]|[-fʎ^NBLX=]EGH!nRbތBfPbDNdXCJ(a	9`\}.u3W}d7NZ1EL 7sQC5Eu%#Ƶs#,h߈Au+0RϋɋCf_C|,_a:[u~Ϗ>sLzJXqy¼JJ}x'EI-^*Ԧj5b·kKR!sb,0rکQpp_SJ2s
ޢ}
D+١M[Zj~.zR.8*bTk$	 Ӗ}ga٧Pgl͠'pB?S,
Ƚfj0k2vh@M9ShJMF$1G[4c44یIέ1?kq;LEIi5կ84 ;N,v	A
A̛^LDi2Jݩ9ٸzo]o[Js{l)ƙs%~d ;Z.7W$d[P&WS(&ÑՃףD׍"kv>Poz>Uhs)d$,|.&$o$8Ŧʌ6BDȝ9~fdfnޏ01N#X^P=ܟW~7Z}>	I+'Wr\coĉn22ǧKH-Uj+TuWcx"B7OAH"ݹrѯbXڿ4"-b}3q	ܽi^Ğ&X93)|#ي1:Xقbl=ӪA\M.Nب?ahF4xH$F\p7j^ɠ}P*¾M*+s=WSZÒNw4Zρqҏ=JHr΅3#`EpRiMss ih6G*Y*Ұ{;L/^S`O؈=ܩ^:Y~Ԓn\6j|?Dl3}TŐϼ)HGh!Q#F:a( LWq0ݼv'g¨W.VP@~ǟ~e8M>s+"NT_y3h|HA$t?O?0XPc7'ז}
BG'M9JP՘h]k#Yx	yH-#!h
13gֵ8Ņd5J^*}~3ފʮ)?:o{´+7XdqJS0.Ħ4>kc͊vzQ2˄Q<=LX]|AEd^9sXt[l
aB̛C8%!ceJNtʩiޚ.)FCюdiա,ٗqiME":5^AQarAXsgdªBHGrx­20utz3Hj$Rw>num&Pt/[Փs]-DzߧȣTQ%݈װ*XOɔ5mOgrp6͠E p]	">4}7*c)AqH:\|ʰ΍ )܊L*.0á2KJc)#ߔݰ3δGòa8iC2',߱spQ*.ӥ;Zs	$d6##R%ĉΣ->XsC!<'޼1=D,pxWw՘W+؇bsbϔZ¦L5)Ҷ@ʎc̭]kE6F/f:QU@Ǎ3ŘH_e.5Kk74_mwD{?x^'Nۥ~ҴP6Ud5=w8	nb+Ajl*A	ۆC1+mPZBQda+`rWY
TЮfE@T_*P}TtzZOl[ѓST~o}JfHK{UC"*7+9{ۚԜ$4Do]}T->r|9]ufvȰ*9bWVtk#8_1*PHMVA5vZִ2%]G=Wtt^W|?$WVVPoO<Ki®^c31ڀ/>OaϢFV\DQR̯q6+fv\XNeM^-1z¥eҩݟi}e)͌ȷpezP+`QK8Z+HrO?3Ǳԣ5&xЈRnz>*3Yoi$$0:YZ_ޥ+oBw8՟ooZ\&BW	١-6tts̠Z<daIE$ ` qBYqbb$ƑmހtCtȐXּƶ
:̳$֯0q̵Jڴ\5EfAůaUײHc4"afϵ"XOշB|%_x!@Hu|aɯ1>$lQ>XNdWniuOȪg'wkۙÏ,Ef)O/p,RѼ0^BKbK>̉O-K]k)0ͮ7	=.@vuK|fN&=9>~F0Ry}%kMUk'ڬRpKQ-_/@k	vw@Ĩ"%9mg:/fQlnj&CV-ʐڏȚx?,o3M"=$Qá	N8\ܝs-<8LSц5j՘lQ͉xӮ2N}޻y{2S@:b*˻k?\?xFd"mIq<4GL+P%џ_R0 >vKbLr~rz~FM#<f=6}|JAǘƭt~СX{E{`7=ؾF=,ұx 6Ms>cP(t;e_}~܏k|܌Ds?gO;5ea؊\.lkҞ\ټNP~06||x%)>Eٗ?:haZz{OQJ!q<{@+\p{$)K
WƊSVSvl߂*&;nhM]9$XZt=3ע\۔DR<V0`9QP}HW4:7
	#!	h5qw٩͘Jc{aYb6=(DS7!epRѠlD4MHǢxt	Q͑LKPC} rMVwQ'^`T9'4MfU37
̘";'uؽD&g#ltŵ/(savEIB)VȻhmw[:s_	;e7K	yDlh!˅/FOO߄QiU~$Y־/k۳QPjCr)|q{Eh1s¸md5Oz4;L0|?0,K
ؕZL0V{͆m;0l-7q߬%s!v$b'Bѹh#_C<a@l('ش%G?Q#`ǦE44ẑncjQYb
lف0JGq\ߑڌ}d8߳>Y c[
v72O!уK#'_uuiЀTf	o{7b߈٠x*u	ޭ;DA͝(ZFY`ڌsR%*{jSڗ	ՕPyWT!܏=М>$[£ܜ}rbVZ-\*Nפ=[)	>~r=X~}3Hq@N_Sm(	
E;O$[LvpK*Aޅpqa{~BM|xZ*݂wD *`@R:<Oni9 1+K
TWE؆*/p&<ܹΦG~F
bލSΞӼSքC ]/9ݎR]wzðKղL'tFoX}[jpb+p3Xuh@6oN7qCǮ>zP_lk̧h&bUQ(<
k4+ʋt1$
f7T{zG=DZO˚X9hrmWckuQbI7}{W>,
{tnЈ'ݵ$Bb~d©hlɘrQ+0ŭԛ*V+@s8
I%/s:N[wvu¬F6CYh0BzQjJխ	<n$8bkku!+H@Aİ(A%]؃`avwO%(-|H[[vݹ9MȞ4;;}{ъW?ٞU׻ܜ$%iI"ԲK}L/U˓^eMPJ]v	_Ny>DZ*p9۟#r˃ϡY]xZ2Y:fbrkO)hg3)/Z[!K-x>nKW"/(SQbGO\һS(IVZ7WnojTЏYÖ<$tf&_/x~Ԝ˾ټlO]^	c?7LsZy$-z;.?K?P{O*Npނ{:TYYs`}F|d֜-ÔQX}p)b]Φspż2GD}I?*n!K4U5Cf?l^M}ؠ`+?XL]6~ndjrc"¾p݂i,p_jҵL\v״IT]5s[yBDaqh-h֙,cJ2IKƇԇqЮu0ݖbx$UF5riͼ<zgFtΣ{sa^)U.Pմ3ɯgHu"@O	C"Q١i^ՎKØ0ϳ9EFѣt7КUւ(?4dNUewg+$cP(F!ü BeLzsz> !qcǚPqaTuw6dCۋe2 @ƏhT/ő&|v (&a2zhu(vnˤ$sWUZ/BmnĪ͛~żPՄj	/~2J"H4:O`a_&T|X-j :H
nҾ]VT=^Hjϧ˻Mzݢ
8pǚ+jș0͎#Lt7D98?+\˳g$сxv˓ˤCjS+=Ý(_A3}ELVЪXGGJ5Axu2ԑ#7r$>8)4+ȎK-_	sk
DUӌG̀{[CڭGA]$nn+x59b$P/P0
!:}	P
/ږ=h*ϡ_s/ȝwpš#~pnہ]ȰKw[1u	*`W2ޑ%يސgs CA/â3ɟ"9E)?ΗNT2.̃cprn.	^YRUӡ+;pe%SRU͵lJǕ~sj[?"*Vd96;+ y#ڹcJR
-<f;%]q.ZZv;	utIvƢ/Jk	01ʯ!Vq?nbdr/>v(Qv!=	Gz6#"@}TWrxu&~ۆȐF(T>jzm4x<IɻOiHoڔ.iM<WN
5Ãu#Go!,GͱLZRYU?X5ƝBǮŴV.z /Qp]g(b>GޛÆɴ\6^_W'TO:8
dwB_Ѱ+SτBV)өDٹ<۬BRpDfq;YUE޺-K6E8ưX[N]y4	6f4W)3m\z]Crfy;O$b<E&rA7$wtcպį;_X~=ԶYu֛;ɾ$,6͒L1*DBK5:Hԋ2guMasX%o6v^~/+Lޏ&2`9M?y!2zm6<ۭշsV}-	Z HSZ[][P"LߚBz6
>8l;m{͕y+޺f?]GJ{88mT]g%SdbMҫS_?x>)߆y?OӋ9oxE׵- 9kTJXÇ1cͭyRHE~HqgFZ&7Ò[T3**=B =gMƹЬޢ\/0Em&h*xδ^7ƕ?cE-ZV	p0@cq; 9{,tP/M
w<-ybl2ςӁ1)m'5"Vo&GXgo7ۛ]u=nًte6Scc~byE1*f*zG8\eqпKՏ-PCLɫ0EwK$-9Pjn]fBj&ct$Gņx&FKG9ϓg"ol8uȌpئ
C"@sG()IIݵ:JVפ֚~΋zնD6$~/'n2<ܗZQ>okۆ0Ɉ#=Iء97+Μ]-V{7qЏj!]KY]6jIs;XU|CmyB߰]_־o@sI
Ԇora [,t2fԌ̼JRY2/*է4~7X/ե&ӷr=S	Ϊ3I	7h\U0nO@hʹWW&ҙŮrח*Il(xH	b3WaJ@{G&۬q*~7*Bթ7יbԋй5[@:xM_Rt+OghТ~&>GMrH~ļ)UP&{fEe	:C$Pz3My{;G*|Rioй؀*a*d)ۮ)B:-Ӯ!	b#/rEީBd*2gvzfBPθT5xcvSoEo@`"8/y[r'Ybnɺ(NyK!
fj
%/uXEכD3ߘ{tm;y:˒9(ܮR( >KɝEI/qbE	a/?ߚ$.*c-okYOV6i(JomtеBQ1gĊ-El$Uwm6H9+}aC{߻&&0eN6oZIEaoJ9Ttܢd	λxEO<K2T0|Hi9Bp;foۇ>KR(lf3>wZ%Ҝ]Ō49ƂPLZV]Ԁ	@dJ2{bgbVUV'ݦKݟZ?B%4C~ 7GF@Y
XZȘrtUYCtً&#~98&ҬƉ<^s]tpgֳߵD_zTvbaaPݏ84SP3ma^dbɭ?)w/ιYZܗbv`jۏӄImxŉNѳah=÷a~:1!hoi+-cY{^P)Ո6:Kٗ5w)(ھO1t).}@>"h#{\,/mNIS~,G([L\7&r$<;TS}|TVY!=/<}x_"3"
<Fb&Քf	4ȤF)ħF*#0'1)ŁJkebo~.A3q;O(Su5}.tC!!8-\؁&	>.˴V2ԻNEtw4HLX:ހ+Y,2QD?xach?aO?Bm}ܙ%' b%j>R`kSݸn:aur|5P@,5ˠ~AzQx˩"k%ݽr\w{69BY.J$VqȈ.*Mu4~c|{Ty\J	əqnĺ#OAx{9|M,[[@yf$6Zi]ܹPyEeg)^̀LƗApm]f~,׸[4pZE6H_XE"l 35c~$ʲ)^ ZY8NHȣP}χƫEtfOèhM8cc[yXVMdlQdy-0NE-fը;˫^{'&(үԾ>c__Κ+ 4'F?88 ^{981O'XI~ֽ`loJg!Ͼ3ߥ5+X!B"f	k1@]|5ZȒǱŲ-"ҏŕ@Ml5C`RKh+!yEZ.@SϾbTy}E@.͆|6vu["۝R?ËktO11	
8аPwׂ0Ş9Χ[mo1Ʋ`+L>flGHRn݊
Ps ư(`Oޙ&X>ˤk1Kb_i2ۺM4M'`vtOM_E4UJaKROv@CL׳vUȯƭɾTJeuClmCy+ٷH}Y/n.qu#aZ/#Y:;Z!{jw³ԝBsMf/2)B8rxan9Z[_AVqQC,m1&#un[,դal!3%Ⱥ)H72$
HTףTŀPY}Ew<IgfO50ENm?ZÁ ۿ=37Cǖ!XbǻA8gm+6#yFd]ݤ&;"ֻOǢF~(˒^àI7hch7VH̒_΃ؖ93Bze#ȓ)ledߍwUDWȓžH<?р+bjTǤUqGa(DH.C/ӕlA"qF0s6;'_;߹CpİhZ)[\yh&x"ʬ:fmlTF(u`C֓3m^C	(l6%n3GIбiFkS}IuSHQ^D7ӷr^\MaAݿ
֟D!'YJ2/AYh;+ǈMWܼȗ]>tz[7ڣ[; 7L7Wwwӕٖ!Q?l\h"5;1п+ ^^H+:G)ݹ!GX/» CA-82GF։"nӻ7nMЦGKO-k*ϡaCOلua=8HR
ZtJL9Y-(V^04
_,ŷ̪&hK,gVZQA!j{rMɻ8<7D;;e_\ٱ@Pgznb+ErAraR*z5	dGQNi~9s-`bLS-#6וӏ-/r49Ė]W95=ڞGAd	,©eaפ(o)R>PTrvۡy*&Э*a%$W!Ig;۫IGXѹ-59x<9	nPߺt'=#!8GbZp^G*bZX#xQ*&CՋÿ̺U\EhvEGP>yzLfBtI~1 =Y"Xܦ';̝4H46	A89t68*:kqf6&T4ݥ5dչ}\1tx!h+=0qvK\łbg3Z_uc|*v4WCdKCȰ܆ދh3ܗ6R<0@H,8&Y7\[^µt߀."FU`ڛ}1hdYz\X|^,KMNuN@F`szt]ռ	cܝp67Jj?]$yn_Xӈ:	Ŕ)ۇ&WY%87I_f	A*sƼ|߈JN1ߔrh*y7@:>XΈKUġ@dv?w͗~jnVWf8}1˸;ƍ-xnBVT_K<^S8۷/U$8\#/5],G҉ֹ@pWR'&)I42\p;3Ҏצ9Er>qi΃De:qT_N$џhxdXK+ʘ0+P,ٛ^IxX.$afp.C'{N%]1qV'̿"I$lNxJm$I/ϔn
FyPl(1m;AwɈ7=W(VTH:6]FÇy{+JVOG·PdvfJ}=FƴvZ)ьoG43ٙ}l}O,ڳd3XB<}W,9!Oc2DS|Ū#C&'Чyr0i.6*ҸFx&3PR>0jչ`r#2	I2sO]+tw~uE}Ҝ|b9߉.ri8sٰCԢbTҷ$Ѳ<J؃!S|@GR]ͅMb|yPƙV=/ԯ_;_͚/@f>ڢ8+veʤUX{
Z=q~1_Sf.@ ӡ'lHONOiϞ.VTzA	7D##zsg:%߮3o~&m22
Qݶ-ĶL+ʏފ$##*<*@@Sаbȹ\=͵61Ieľ$=Ƃ-yw$K}` [ۮYI@!Ki^$`QD_ȔCE~G[GYb/~^ S][Ȉ(+C&сVoٍ?5:i`@9s6g}4h͹ܵ,]=K.E[$10iEr@=+	0JMk1ˢZy%]#+fe2,RH3pur\f7j<ְ0ix-$`ӯLU09XRTcȌ]7-yA/3zzH~|̊ol}(v^E۰ΘRjƢpP(mIWgaiAhĔfY]ǓAmO;}D3/z5zYG%6t*@C!F	Vq/Z8	8Z7é/؉`n?iޏtAb>ƒJ yɭbD;qURͰJm?yх[LFq2PŌ"^M\&@?p1'<0.|R8o%Uko=p6.:jw>6S~*q9UcʎO^e{SDeq1ɥw5Ŭ%~N&Gm',=ݎ/WP0wܓ
Ro+Vڮۣy)7j e%<C,0vM^%5k2ʀs
bdh
6m5L$iږm̆G9.!݁Fڢ\XCCMuRD}[N-cNϔtùرf5lڼF+vǬ9>
٫u֊H]CXK&b{VZx}t1i/Ą2fP4Й̴EB>KL&-VT"̍QbQDTC*;9]a֤h96vPSݣ!Ιw
jpt!	ҥ{Kn-XLQϸ}u҄%^on]&Y@n>ŴHHtR'h$T}<Aiq̬ۑ]DFfuֹ=p
 7~ӵ=Zh3c3ԀKZi*nHɱtL]8N͋u.Sz|=¥di*ä7iI|ZTrP7j?)ʌ,-W)Q>mB)hH2<%eP_(~pqi/qgدܱ2xs	:HbջDcq߽=hOJcthD6O{ps?|]ON8ɳ	GbјM]SR/϶5xhPG&~oRZ
8VPV.wfF)m<xe˛Lz@ŇB2fhCJkOg{	\LDX48K¥u:cʵҀkJdnwް:oǨB&3"0Ɗ8M	$upjT/.>	aX #;Cvt`:=(?g̈=7]NޘVZJ956JԪ.]Ta7z9.Cӌ.w	pȻɭE}یME4Ȋ(7T~`Yl;%(O2*[ܿATH6iqǤki^S_XGR6gY\}OI=J΂4ӏjV*b=?#͚B;_7oq4`E!_RNL*#awS#ڼlQm80#bc/>XBZF;p>S-Tz}1*9	KWj][N1cIlA+"ҼAƘ*~rjDύר̟[u[L+O{wuoú:m޳Tŕ"ӕM|WlfVY<
LvbA6hP]-3E,JȄ!(;wJoޠ`,3aK6݃2Td#	rjCZrIau4rJ@ݕ%3}ʥF:j%݌R!_mJY3a&ktf:%/HKviuJZ_O?e@>Nmȭڀ~r-ki|,Rs#%YEp*bӷ*ZHE$$eщk$hyƿ<o};P8H)i2Xщnh 	PnD,4']"ʁX|˙{^D
c3*B/<3;E%rBGF|&<Z
/>Bk&Cʪ9q[F6&'dӍA+W	\ж:LdD]<RgK܁e8DEژ*؏S5u{=0̢v͕Y(E?.[U	ixHՓ?&0֭fD?ݧ{tiS͠'ˮt޷$re5f߆ex՜kobͱeBڦ2nͽ'K#ERA=Tv5}t"ͥ^L!Nn|z#qե^wSUi^I߃us%pyԸiYƹ-r֯h:<;4+u-8бU(͛uѮ7 "J	n`MU|%ut|)2g[i"Ot$|)S&xݧ[mݣ~`	R+>f.w-&)4VԸ7Wbdh 9Ŗ)@[p8'dǉZҘ AtSkTs;	Nۥi׶ΜЛ]M|A@˰.Rl÷=J]m#^P0؅x(W1lf^8ޢ4Às{A}Z.d;ޭԜy[ljK\Rئπ]X׭aJ>RcpfZAZ߰lbu>ԻݚV')!P-EĊm~,Qqѓ4hkPJC'j)ɖMc$̶Φ}6"hk ~̛|r<~\ǕmbF\A/̮fO=ߡm&8(xRܬT{j2>8KK/Og@V+Wɾe)ظvị KBJx*_"fY
݀U6e|V̾qXw(aoBt`BNt,!M^!!.3ոI6mk5ܦ}ԎtceOU&_@HZA]3)ez=e<yڜgirE[ej&_?SӠHWt?2a)YZwvLγk])N1HT].1GٚK/E ˂EϐǶr+R!>&{3AeZWb<u$٘+׳lvn	~$usvN)60UnKPojWXpиҗлsյw
О@S*u]4ap4ǅqѥgv02D˹:rj
^lhſO-f(F\5<*Rɪ֫-Vr"~_ڐG,bUܗڞ+N (ZSE/gTb+
ӈq3/-(sr/HӛFq:u;xr4<5QcSa$@DV:ЏӼŴ tK1ΖC[ q@;S~]W5d_5TC_!mNeRvJh|DY_CSjC͟Dd@t4T?M=VyЕP՝`ŕ`Z۬BIΡc~XoGr#rzM,Q!شɨLufbC&-+9S$;M*2ƯP ,n[w3?@Uʬ,`ܱ]{Ĝ}KJ!' <EL$yH;p̊rl ֏9+aI#4<ITg_s?ߝ] ̫ԣLY?TRѯǕ'<yRO}ۗ3k\ԫWC}j܋1+g1j83f6\Έ]ieUu؈54PK7ВX\˘EnQCD+iuyrfJٙgaw&_ɴͰ1;Zwf{oĽ6ڰ\rjDK>|Ԭ/21*%/-2sMB6:T{''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(17829)))
