import brotli
n=a=0;b=1
for c in r'''?/W)G:=uĒv͵Ebٵ,e1	+j>	e-*bd+>T-1Q>zCq9j̅pZ= kJEtJlt=+\RpĆEPlx8HqxjuBI3FJ5}ym҅ ۘvςerʣ&Wdp/[l0ך(ZE%^AW4><r KAd<'خ &96x%g<*$(M\ߋ.N}.ppR <4D1ҭ8#ΕwEޞ&<m2Z!?yz	bPWEwr^3))P׀ڕފ
ĚjL<XW~;6[>]J7x\	[yFWp|С~VhH\I8Fn*ђqXzŹ7{#~0$hB8@(l_uC@ڟOnyњtlG4|iV\s_F&WTaΚѪ|ݹ}˧uRKOi~ڡuK[AI];?E1<=[܉ėWIqI>>xߊ&G2|I$kQl2923vζ3v\u&rTSd	2̩o!ܤв,ULшdP&){R3ܙ|va?%ۈͣDw>
-6gUfeŖͷ۾YP0ݩ+ */sbڊY}E"Zi%N՞6H97u޻oR4ĖXk.Dp=8]np4o~1ZZу{@ۻ)~ҨT.*Ua	G+FQ[ƆoqbߕW%k۱w2qڱס^]jevx`OvJ}VuY<ޭ#J+տ{6(ָ@ܟ9q,φГR
(#uV7]4F^z|f.e|{OPn.a¿Y\W-Ԭv[K	YMRܟIŰ, @͆|M#(@v>Hӗ9To#_DL7ԗ2je=[6)cP;JŋRAIj@zRXfԶ9F*f|E=p$U̅Is*raՠ2[Gu~)Ksq#yt4%؞KPc+j}wrZnӥ-̏T\߻нz,H_,uKʻj)v2xNʻJOD`&ҁי^ޕٵ?xfŜ,6ylӢhXN92LɄA5d1aP|бQLiٹwZD(fA97#ȤE8uImPFW_>׮X,?̓U'X`ZlOOS+ޞWI2jWߎOVi>M%kG\!ShER|ɕk6{f3H8̀zn![A,%y|cn%#t{)4ZW6R~d8ߝacuDc%7M=.4dpYAEZpgH7S^ \0vhӇʱxayQ7¹ߗy%z4(4E(>|4MoO9ծ&\E^۟¾"-p!2o$Υ5p׵<"#iڱ9M](ڶbw¿ ?ײI'CP!t&ς7ܯ	)_Zw'f:˶j!ɊV0u-ҀY۴3rm6c}<9Fu)L:{Wg$ќ[_	#a1D@3R{nT4;0ҝֶ˴ISEͿZpEބޡ~7ϩkݸLWqD-wZQ-4Vӟ7OStӞ| 	F8SAH10p)Jݛ!#.^*@2Kt;R1Ś}?AAM#א`@;?61	=H88a}t56κTصI{n#t;R}9Up^ONɩ1ތ8fӜdq%{ɩr3c72Rx7|`lFƆy$fG٤<fz9XN3Q_>٨1w2fKݐWpL%*lF@y_rGUr$'ѳcc˟EF)/))jDJ,)ݍYc(iDQ\gwcr1f\#؊d±dR&&m9Fi ]̂4tI1όUaۛl/UE}/(D9Sӵ4HBƙ\Q-_I\ۋN>1֝Z؞t
Qaq0=lקtdƓetp6>P/Ŵ#ʺ{-Uca)6ל	r05ʨryIt}dߞ+Ô=+[hNB	^*<	1w2C<NB"?ԑ?/\l&xނ߰!u},Ě1&m,R!^I.oY;`m3G2TҷCӫut
+OuYϊ}ky0LSXf&-g.kP!7`1kHtc[d԰>pkd6ԈPH=n&̟*tQ-eh+õԇ8]0C>Ԩr<NH9|(f#ܪ=ۿbqEHlD	"}ԡ\6lʣۆNvǐ	DCƕ7c+3p8:4wdʲ|`?1mJ
s;oگ2@(191uy	"dYdp$LPY,~m\V^S;	xVCCYcΨ\)r:@$mmsSЫpX9Gs	J̈́Ɯ7e}6
`;3Λ>8_foI UU17c7ͳ38\aєV_N9 ?9"X?vøJJvBϐl9*Hd7jx((?Ah~=ز*BqGPY4)o҅PUQ^b+֚dNG:@C,2\i_qI'n/
b#ѴC,'YgWơәIEyT2xpcka^߳LĶ_ڀj^5#`AtȒf~8n7^a]PDͽ&\=7'|p\Fگlk)byt&R2ґs7ҸK_F]n#!/?Am!Ɛ;$<L{wlOiyޭ֐M*Cj<Town
ЦՑK0ӎ>C>r۫*j#}]/pziQfj\:-tV-z(Y|yzʕ,;6ay=ΘɌڳӏ57o
c-ʖeİZw0x~¦C,xʔ"э$H7UĢ5םx='lįbu>1b7ڨFZ-Io}lVd
bOT9`Od/UZ oڼM
Dw8xTcǤf+XN>:@c>YXPv>NuYcEј1G i)UJ6#Lzێ\juPk6U3G]Mȝ7}bAhQ'ń˕"_ԩ8<m]AE3*pSې8ܟfvkAmQI,,#KL@9)VRVqx׀\GKUȀoǨ4b#֌zcπm-qݷݾ(P,n%=10ÊɓˌoZ-֮?;dyvzJՃf5Ç Ͷ|فsGSc|"_2pE^Ş3toCʠ?"?Z?u{ʃ*#B mڢ7An\?sf[Jl%b*?D`Ԥ 6Obͨ?kW!{ޕ۽;4)%FqXզWas$Jw9R~~=X3/U	"o7\A%j"3,12mQHd4Jd.eh[kq=-T%!4Zُrd$o5CvϳБS!5}.mjn{jԑjg6%EҒ26q 4SK.
pІ	H{l&Ʈj',7zqߋ30_IY\j\LghCݍM'LZXߘ'TbԷR;OWfYEf	1?coh7dVFµaFFbft.bOf@Uob:bS"c*dqPw%a0ݫ=8WPwIhS2,$N0jOqOBLT`ڭҳbU9jo,ؓц(]JVmjLI)q0wTEE|2lLH)y,ACڃkzwTI^}Ɨ͏\R_K4MBX^ByƇڑCr=< *"R=I; ebk;ؖ=t\c.Hiŏ:'BXT(!}#I6wR׆|؄eX*u$#	sPa?y|V>LCa&ʰbb/ ^NXA,X'Ԁ9O62[YgI&I|V>|)T6ХlZ7Eg@m͏$$3+zٚ=u@gՉ-`cX^Z8N%pta~&on>yܔ.[Sۯ6t*n|xM]Ö6u0+ʲRLGl#wZ(3Mќ|(1UrԓaOFwQDXP/Un6AdC#XAi\F_M>AXƞqMkO'.r)ȿ-ǕS9r6~χ_Zmxe$ɢlMƁ%ŁIh4Y;|lx
4 yXC؄oXX9c ة4HAΐ!oKLOѧt]:Rcd,ݕ@r<%l@^HN#Z6zՅՐw*ӑ40gۀHxVVt$F,Y	}	+x-Աf<kZ55ʦE
IiGNb$=6&Дov8)	۾$&
	ҡĊyę"xfw&	0ù~Թ5ىsfN7͋=]XA%Plל$A_y	-W@f8a@"Gsy>ãH/X;+AA'hu-{Y}]4B$@Nd%f:z=:,B)bFgُ|5ˋ݀ay)م~ykJ(ձ37C|PֱGGobPNt(!uY̱;y:DMBh~VEkByb}%bٓϖͽ*5aV f6,z(hK)PW]׃ŵes1Pxû]oz.s;UFEDϗӱӦWcAty^Xp/u?!v"s9MNlg؞ŊLkVx,d\gK
ͣ̚}g
:+zB=ַϬ{9qx{MGMU~(]SԽ_CEҪV7&T2`|::g10(pY:ՀT!~hYk-}f[*R|u&#cޅ&޹_K{͠I[{7nns94ъSB4^0b[T|z;<LGJ+{fYf/.A}a4gWd,&em̃ܜZqV0%̛^K$mDDƥ"Mo!d;EOБ_	$j^,:2kh`ĮwjfIClƁ"ofcå;>>aO6qo~
u_$ѓ|7׍_pvۖB@9Ҭ1hm͉U~"`J++Mu_AM1I%4͓,'qy\rerBvGu)dK-f`\fj'XJҾķh(BVD}j]2M4pcbE7($	 O!A^oXjM;[XLbr Dy̹TH@>^uk
ueZRsܺ(ttԭ\BS7\ۖG;_I$ӕEh [2.-
%$XOI^	PUrŋqM[6 /%(ؤÇ))ي΃DucZwLkzd7Q;lĻyKŎwf9]hC%eP+mQ(EyowΔ.*SݳO4ԚC?}x&X/ԙSx\b,ofԣ)|tFOԪAWd̒H6MGvYFŽd8z>XoIpZe/?=/nS"*ޱE>gO*9G{jVEAI>=ҭJX^8ot>tf4'ѓ`edDLc6D	]t۲ͩɿΝ$\w^iNzv}iqaKNJBOTXr&͗/e<Ft*M",8P!4%]5=#,UμC-FVNu){`</"j#ut Y]ԍuh"A:`r7YmVGx4' 2W&EFeJ^l%@OJ.>x3/z^=`̟BJlџ{9FDΏiΧZfu#8I}yó+VL%1OT0FjyijL(6j*]5uKW;}92oMIUԾuWE11}{;IP]yrWaƍ8:"WMg]݈޻`ݘIf\DBWF${QB3G`;g`,~[MulR Fz}י ; ݱY@'w+~~dcXŪ!jaTľ>YGrr)=E%ٍݲЎi|Z{Rp|eJN.mz`@3FݔmB`јI7[ٍ=21+6ښX ;yȀu¢]ץфNQY2!`D(D]BEØOpzս	|6sf)C$.̢+ߞ֧bÃCqS9QJąO6¿:֓rl ':>y_r%2!V+ui';`3
н
?-(uiB>ԩ0,āwJ{}T#^;oi4wّԫcLOqA΂4|!z=<3$g?BfkVq%ϹR +Ixy$zo`i Y1'<My-Εðip!Q}b:iξ!zVq>.4)max۲>=8doج>QH]ϴo߸۝bZKK n]õ>}xWoǷ܏ű+E8#Å߼ܮ@_{ՋfUT]`8>[b<@e#AE'Y}ep)h>&	c1EψҪ0[%+"Iͪo?[$`<VQ|	-So*U(1EsR.0(ttU>#Z|%jvǠuՀh@0O:]̷+B3u0(' 1nS+	p0Fnkx֢G3]v{]naj(($Ey&Ȏ?;'2Y^]	#5d-$N[=JqfV)LsiEQb8qzra,n-0?Qv''%+IZ~`͙4d("[{ߔOڞU-]Zi{NԖ"69^Jk7M5ʧ5ƢǽODC\@N}$&FC\JZ?*I9SQ}Ѝysװ2~~t"LDZ}wcK˪*NRjV3njOv{I9N>Z2_IȟR^eBߧ[{BSjTlA۷EVlyk̢0©qL#E~̜Jp\3 ^e1\rɷK\8IkTaׯgTK	Al[6*ǐD"M]B3+١CLE!׌}PjFPӇjV\b2a$"+9x~'o (01s4E,ei|ۧW,',qwWquZdں{ټǻJx'JƊ#Նs7T{w&_VՔbq4Y3[sG~e;'[GmRÈ00o"wIˀ_!վ>ܪ{UOFn4G3gx7>MylaNaČk%![N3fzؙSs^kWnqde=/rH}ݦoѡ}(|kDZ-؈[ޢXD4j̈́ӵ2@(Aexf~'N(>Į،N(O0*!n4ȝ{#b[Oil9c9-׏M&X-٭}z֪ͅepسq<|aW`rϬOLAͲi5<gCQvZupݓtH04p}"{Σ/Yy/T9dLҁjN7cɘ'ɴ&<5]n]n2pwUi Чu۳Ѝdf̋2AQq	,]Bo֋FЕ3_(M˯ewi<EԂd.k9Qˋ\`ApM{G$@|˛SjK!Ӕdr~Q6k.2OÎ"yFҎl.zj E20Ye0<"R"r"k>1eѴL.Y3%'&Ż14ˠ>Є=Fi:,LSv6|pUJ8	pG&J[^>*tVSj]?!?B+	)ӆ[*X#v5Ʉ@S'.zٙs: #/޼8XZ.~<BSt-7>qѶRм4߄RBm~Wrf6xiԺʭK;Խ'5ԾUʠ#ÔKU>f*R2+30WKVjB0DzDoK?sXg^tˠ=;t|ԿXŮ)F5q
;g͠Kðq+%XgcA$LLϽSw6uU2ÐWR0~B(nEqj7H݄A]ǊHrzHłȇ`}lw=GvNNM7P=YǯA2A6Vo6@G|Xaω$9o:MDšx';AQ!NXayyf8TRlĸ~".͈KK~`IBՑR&(xҕ~[wY	;d	b7tSNn#t 0vC4VsYǿ'4.n*G8!&GEo:2S/goׇ_'*ݟVsUۚB@r&N{ͩw2gTm*rnc0.J&׹*0!ƹc-8w֨,\eJ
DwDEQ;>+?oتͼ#OzBm,Vd9 PRs<XzRkJN#7B٬DsjQaa:H.hJ.9ep	`b*+{oXHsFRvzvYN¶L,z#m6f-܃xO'c:vıu/dҔȃ:}W)R% 0bϴ{XӼڽn	Aւ-2${8<V)`SBg 1^kvȻw&~VEny]?m\$vrr
%b&hގgAf'NHK^cP~%9bZ	AcK?GM<֡ѳ?Ldd#ÿǢJ5+E/e 0ϙSbIj"?¹׹y݀/<,!-a0aZ)Ɖ=rʃJgy'cAՀʦ/Mjˊ!myY/6Xiwjs31=En)<)|>7.*R$+߾y$J{Ƥx:6:ϗvԏ[WZmDى<"xQmBL4pwM^ޝwܧQ AR]e.Lz;;ݥQwh4|Ti"A4EaGG@##	P*͘X^jd*?38]*TĻ݆WE"l,ǝӘWC4L9jK.v[k
-جVm#ԪfTϝ( G=._3Pѻ]U+P/{h,Oյ++x>7XP?ڶ`ĸ4Mm\ǂ{ԷO˧Z{6i֨RԑE	53?	Lc	x("&7I;%ϝ`q"iЅ1iP\)SɀEwl{Ta"t:׶3IsT(ݢxБhr>?̞*G#A7M>7uK{mQ@Fu]%D]_1AV: Q]ZlzU'eĺBeaP_+EΣb|+Xk-'^R 4i՟zmQ4	ݭyT>26)
`m*f7nFȱMĿM #~t\wOK_C2U-R:ub#Fw<|N>nsŪ5V2XyFã@ QΤfGٷB EZrC^S`^ ×	VL= /Z!ù;zd0(ltxFaɨjgAםʨ3siJYBh),tg\nQ.TARW+`-
\\6ebxOa6iȶڬKӊ0ǀi]h)ޓ\zs^kPG;sLd4ƂRw+pGCOnzCT=tǉՁ,ƴ3]	-jpL^ܾ<['pst:y6>Iv*]\q2ܓ˯:;-9FS"#7J:a8$r|piϲAW6gڋ`[')\ޡĊ?w~if14\p'p)?}BJ.Χq:CU%&>bUȰͪ.<!ʏljvaFyFv	f2Zɤr؉zmیeO}J
bd}t/_hssɜҼ̭]C_¹̏VnLz`L,w]aT?ĮCK$ppg5NF֑ZYL "DiGw&W`_L&ۚɌf@VFrhUOgUĤHIWrޗhif)FReYߗFL!lnlǷ֏=P;\բ#IL	ROC)*29xϊ?YI`{*AVG0(bO܇;д}dVsi]uasK|"Ǉi|N8PF0XAh˳f%5{ˀ̞?0"*hk>{ϕt6cg;2y ĶM4>ЧÖئ)I?~~$Be0xبyxk0=@Z-9D9_ZF>j~h;m.A7Ǭ{1Ǹӥvń# ėC
2Ǫ=نQ׾RKa'K1f¸uyFAO#6'5v/QςYЄùd?OlF8|wnugbPF[œ_3c:Ԅ$DB='c/u(
Υ+GRqOF"Ja!eUSE'P?4ȸ>&?UxIbghvSȪåm7 {6;>ܱxT5o]ai^ÀƷ[/_'Jm!F<Η;ܩÁJgrEsCD{Ԑ!"[kPkȓP̅}7F˛xo*m@fz3-4~آJݚ%39ScʋKw6P>&z+,1JKA֨ئԭTgӢ.@.Sĭ ѽڹE6=n2y/Lg;882}_\`C&1ѭÎϚ;ۘ@
2Ɵ7pL~̥< Y۶ߍXD2g&^4cq6ɷ^1fpG`sLŞwabEХ]{*Shw-$pLV	M",fsպG BT/zݰԷq!Όk*MUk+	/}G=υ	)ٛ-)I"ާ+sކ2ؕÝ!|o%[,oX4ʾOu>+TCb>Q҆)҃YއMTb7B0i=YV%Fs!ӶZoc;;lMdHGQ{|W'O.wv#79yfԏ]23uГLݎjh/Q6'mkG>ӊGqFa'/
Ŝ-_mR§N:EЦվGbP=̹b5NY(lKaC4D|XNh}?Tp?kx\\iJy4N$bnpBWF7gPrCS_1$,"y_]6ٞ/MQIm9;5u:{$J׵d'В]r|Б+1lj#Qz$޼C`f6$Y`^ٳl|GJg})/p!k-dEO#>36`Ի^j'%XHY
2/NW ՟+J-TIXdо0IR1|Y-~/[5CIl&_ٝI#a{۠#LŠZ-FLκۀ/ҍ|)b|ز	2^@6"tmF+@WeI$k<*R9"{IS}yd߷зڥ7E%j֡*o|oנ1ՉvqU ӜLpD`2җj?З9KМk;ӛ5-f܋HU@$ݪWWl+@'@Ysi)XIޥgn10ne"T*I}¢*5+\vsuT4&G3}s>'׼t6<q^tHEH]«8I70%(*}drd|sԕ2yLX)د,)o\%܎;ܔvwX><$o^T,svHr4۫چc$e$&֧E}TCD+`w+=LO$qrhuC0cbJҡp!LzOna:jKc)	8Ŀ'fg~EdaGCciXCzAnpd4݌()ĴeÀqb\˝Ϡeţ8<)F]1=OoߤQW%gA
F^^}1uoqlə[T4Pkmy36<m`[A.kgI RٍeK](s<w#(۫CTƇQGj`1uJTXڲdZR9nJ'dvl$ц#Hy;_n^Zһ5veb+kĭ\À"m̫EQl(<i%QGP10؄Ds6duWXY>"g<[SnB2*yP7q54A=Du9)!jJKbXKu	qF}x?ߕZ<qֽ;Ȥaؘ<شG0`]̆=cGɑbaEad{[
0uee}4V<@_ѿ0Ȕzn$ڮ}o cyBflZ^wůE1(L'ԬRr-\(w98]EҡSȵz]*{)iE+Vٷlx;Ŷt#nT3eXyAdN˃oյ5vXF
f%.xP(RH%A&Qc-wM̮A@)=i? URSQIIy*&1sWI%1TCVsvڹ)$Td
}OFdgɞh"ڈDrڈyP<=pڒ*ۭ=y{^ugaߣ>.0~5hUm<2!;l<46?4;c<2fu.H%JeKXnVѬ]d~InuKwߎW~+	Up#NG8[d)1ڋyBt`GPqHef!H10Bs 	B,oa=͉>4d50%Z]pa,&<˛ls#VωT	l|JzAJz0W='xs<Q~$aN-ԗ5گ_X5c0յފbl~Ψ9	r|*[UId
u|uƍ)
8Pk$04ͺFRNֱL'R`ܵb~)-ֲؖPXc_Kt+1j%Z|kװx*ޓ:EEllG٫ށSi-@HݠΜkƲ¶ڦחjm60ލ@Ɵ^Κ1'l4r6ߤ-wc@(c'Өg;Z@l&tv1v#uj
AV܄̀|cCaUKaͰ؏׻ܳ^&) }v[ Hm	5ck]-q^1eLf{5ҢCÚqɐBcrPO5q1&]bx{iW~6ЕR*,r>L	t+=BRis?ɯAƗvq܌}:ֶɀkC7h{q[2aσ|tq3pnֺtcTq¥DڧB5*ڭQ#ܶ?f%f!`0{07П$*RӮ7T	-IƑUmu*WN-r}aSs'd[4Nx	B]=M ȁ22d6I-FWf*SH!|E>L10ˋ^Rc&@@ʳT}~l`f)-sوHcT:hg{YYd7J$Gd{ \8ΛYf1Bۆg`7Jx"/ބ.EG:BY(~4{#{qL*jjL"̽+3{ӏr;^6,Llx%Cc9(vUQa4`F"²BQ/!1jlƐΖԱR>@%QɸW,tVG[ї_-	f7,^(n6U"RuLu>_=|cL9svtx! 2	2ёG%ɷO}3H
ޣ9xޯMxgI|
24p2 sLelY\~
w;=XH{j͕vS]׵d /7mӽUq1sFOa5L[FJV˴ɠIM09$dڧ+iL
=ҌIN"t.r33kXw(/"mG~YtZ8M~`ږVzhнSȍKptmRm܉fbѧsתztH*/e\^ W vǹS4$ۀ_?vYn\{B"չ/SQ-LTpx٠	:G6Q6G6-{RA!r#bc
m2$ *Vj0j?߾UX˯zʴ@nk}f
-3\EXc/;ɻ.[rHZ	yyrHWȬ^یǉۢӴOto;Mh!Jݐ^r/2ķ-Z³)X2sB	ܩ,3P?rT["И[YɜZ<ʫǴ_ג,$':6C6P'g#'	5^/KhE{̯;ILzxT(ڽCdd7A<&jH UM!D6>ֈI4b7.C[836M7,=jR|}?TՄIL٥= y2gѾPDF;dHL"Z0PڭR>8ll<`lٺ~&$*3X$ؗŸd|d۶4@~\`774ݚ8>``RW#-{0rѝ,#Bmz_?z|Rpuf+!	Jh;M\u4Y=bxacK^lTwւ1blګMg˚n	ȯ9`ZN%]?641fa*KIr=ּ
>nx&[rZ"8HD2E/jڦN F|/[hIw1T~.JP=ėj,ݙD	RwTX;8lV!>y%7Vr6͠{>T4w0^+M5 9?lӪ6R4o)GPG-EQs'cvs&RZxY\mO	sFgߚ+U%ƲG t}}><Ue)S ]]ՏĖDa<QtVs28zڅ&L
\@~({q,ھh>zD'B2lγU3gJVBgS I̎مWdR$>?UwG]&3a0Ԁ'W6бu!=gEΡ00;~ݴmj[fha	>`S[lbo}&\G_ь<l5-O˪.&`<j&r׆ѰX$ƉGЕ*lu6!@jn=anlSX~Jq{]y(!=ܺ{G8۠*,2TBҌC{a-BL1ݵS/Aٖ53J`kz@ݓқG;.֮~;pG!WcwL	\O+seo^rqda*)Z(*>\x>mEQ}=Z-_+ŋѷhuqƄ+K)K)ͫdCH:w	Ne$R.݆s;;X9|N[Ѿ3]Sy>Ԑ#p@&rkEߘ}V;9֏@hȸA3rƿ\	Ξdjy
zxܿ/l4*=RԗUOñvJr:9$OSa'Xk^'v;ѩANEćWhcܐ1o
|؝cp-#H׫"(ѫu'Z0n`[#CgU^`l>I^݋zp+G$d޼]&R݋ +vNs';h6#Ke&D	4-ʓ]PAYXlE˾GMM\̇EN)0?ayLL#o> 3L݀'$@$44ЄםAXJC/]pS`ܿuUӃo`ĢJA_Vo*.iV6Ss}0bmYW9Eʜ!DZzz2P4M!}˳l_g6_F"B:Pm=!0d%BSj)&~blCDOwy
NYtdQ 3RS)ÃXbWzRs؛}9`)F)E&	LD$_UHR_)6Ҝr9nn`܎9ѫ5W^Fhx}c-7+y-5X4Znl=,$x}+>x܆*$LŰѪWvݮa=N2<ն1ۆ	T	JIޱ>Dn1߸S{00BYZ~gCsN&2|HUUi>ː$/tVP.lp^lJi'run͚V& #RAx܆Jޓ`9X5KRv UNDdh|PJ!1´fB<nD9F˺b	כٜf1/ MLWק^@9YZ"(<K}f8Oε
ƈY¥z"|~Ua#$
O@5o(b׻<z9gl8Ád¥}rkKMض(cM;!Y<
^5q5#ҋ2ւD1IW9T͔jZuX*-Xk=`9R&L$`;@rmfÅ\::,qw)8HVÃ6	*wQ)XԀM~_%҅$qyuJ{d/$#6>ߢГRMYE#أʥ0qi-q=2>}5҃aT˅!ʅ`1k|}n:Z_z@+UZI֥mo>n{=zڒ͗ѐ~GJU=mϖ}k)-CZ:#oZP*wGEN "@SqjNQ=*ܙYeR6m<=3֘2V)m2h&Wӳ0(ޜV..V̯	1I&6SUfO'0%N>gQ$ \h=}BDp0{A':{6 ">I3b#M8"޷pF2A7`ϒOԺ/sjt4ZM9:IW\8dz.uV
~̵n2?WBRpGX@ґlJ|uHnM&~6̳Q-(6>׉M5cMoG<EyocݮwU<LohRe=w+!5eȆ}fb,n-+LxV_t-7jБSkYrQ8Cl?:+lmtLg[=Pa

ߔQ+Bb1`ývޖm/??{azGɃ@!KabS8ߋ^$5A]]XBUޜxCQ)]^zyV%փP+R\1ُ׀m`CdpdcvuFM-Vib5}i?&qAnq&G2L#ף=,MX~h9)K­f+&Nx̘?4}S1laȪk3ޜe}6-CRA=,kX4G@n;ԯ47D'kWE>m":a+y.BQ[HucܬsIhxtw̭;	b]:rU8ϐ8ҴɤKrOxyFa=w#FD.vZ,[1zԕtWAұb͟ռ #%(%ZmvGcup`i`bJؕ,x҃
61a`1!ؚ|I-\_l˧vQo6ܠۯM؜n!Lc/dQĉ5kpjk;Є؊.~&ET{nѧHVGBTmg̈#)ӤWT6iIۘ!ֈcn8RL4ȟ<FThk.c0;'NI0<^cV6jP5/AAt{8Ɖc"Ӊi"f{2b9
3iA.ɂdQ}5>V/,lYEUNKTt,cZ=[gOڔ+Ra`#=|)I!}$"Jؒ{} цݡjuߢGf0FGpkeӚ4MaN՘yȌXV˖˙Rscֆ;Ͻ!u>ePx^3\oCp9[5߇)}[_od$ۇ~GA%"b
ȑ>Z4ƌ~1y=2؇ SS̔QF?>h(&פ}9-4p˜9~x~/$ţl?dYB=T&*.	-p18IPob٦3mLu˜)hMkdp&R3_+?";U6
WL׺ȕ(٣ֺ׊ji9ݟ	kLp~|Ļh7
ۗMʎȅ{(9cZ"@d;<Z>z3.9d8 p	z1>&Yb&ܖ;dLhGL&УĩΔ/%{\FY`Y=xҤW'eBԖ/W)ZFpї-$cWr 3p7f#9gj8X!=0Jq$5	خd\`YZ^T|e)ܐE:L(iDp2CqLe}ɎЖIW`ʲb/6Dl]UD<LNѽ {>@ple}84as/&-M˥)Z w)X	w+9eѡ0r&ЮT)ڑD1%/WP8i\Q·TDŉ	P
97WbOSȽ ժ]l:i7]QQ\N8TD!M]4,R+,)9${
hIEjە?45J֖7Au^ES)QהN +7S`FԈuB?(CDʝC(2k1#OG]۴0!XlyZ'"+z^tOY
<$4@0(AJٷȥN7I>w/N;!V~ڥ~uָ}H~޽?obP
N02o5ʤƨ_=>Xߤ("ax,Z!/wPb^O}Fٲd(5F4zH>ͧ%(OA!4+h|TPƎ['HPϜǿd{G95]*n]UaM#]O7ʉԠhFYZmzc.o2r%$5ޟH|mxv5F]L@GE?؇z^?Ϛ%y~P;((ʂYFq+4Gpo'-v܍Ǥ
طg\AZ7lHfc_q	&HjU߷FBxkDE
H8pZw]&8yAR,ǓٹOZ9TP޸!(0s+ܟ"&oDJI4ΥON;MSߠ)eO5#7ˆ݋p@Ġl;d1!?/EMV^
Z:R_(=(԰]J`4M0g<|jхVbq {,+3<Ϟg{j]	EpEl&0)n%;n)W	N=,&D[1_yEkQihP(aFY#nzMOjVlԉ|->2LspELyda$Q6oӔĊ=Lkb0uUj~>M\-<i=\`kz/l&ß8h
X@,3{e!L@
Ln<i25nLACIͦ&Q	-jRݴִTWS*Kjێ0vXA@zvZTILC,qǘzMR,+nh)̺S-^Q%[3CP;]K3#+f8=2ɔ+T@b#YctF۷Ra#n;F(`)d#61Oz[!\F55$4p
ʻE؂X#@C[hIkA~E?.:a|x7gwi0xLq+S]Iˀըʤ<-*,0J-i̌!Λב6HsA=ٻ_kU5OUGۈ{IZeuW7|L0b/	E8P_ő+LnWu
MUB\&hk5Yti. v!"uTO*L7g{BqPJr		<rע*z663"(ޥjFȮr`\]μ",<2r<kv+Hs1\ϼΉn6rj ˯5Bm`fJjQ)6;ȢV۞jCb{յ5yk*dXŻ\CvtS2D̏Fٸ0G$8PG^=qΖ#&΢UMd}4HEɜz7<uer֛u0$IɰH,جOAWov6rF=-^*yIOEi3	G(oٷ?7Ͷl~p@;Z\_?{ҵx{yDI@_ґّ*0Ǟ`&Pt~U\G.~BֻDZ܄ɆlA@yiIf²4fXf	/>vGǶٖ]G"vƫF؂xiĖ&Gʞ@ݭ˺߬Ar%="t|1oauJ^f^Z&F;Hg35:CQv)u׹[_eVՄqښm[1[ʈan&y=&nmZiie!S[qxmi=k U2~Wf%2LR>8qtF@XG[#ig1۰Sfsc%WEr&P.qp"ƺP gM`0ڤK%sٻ(G(;<AgfgaiɘnQhn
J.$#PbQTݏz3MU1pU%ʝ*
r022Љj;jDfʊrʹ=*{,Lm=/-@hQBҋjG>9C=~JUy``x8CpZQL\y$+\IH((G3"۸xݸAz^TǳE^lo
u+Dr5HjYĖ!jM|=	.xD?X܌`ٲ9#co>ڗNs8"8k/r4{L}ti#0ida6קLFJx {~69҇<7cy3_MթN,HKddfҿp+$ƕLEN,ܣ6Y1*j:+l<Qq?\)H:[:y+m,(&_MFՐwp4ENز
|ä8ր<àeHC(Z>*MI9.<HՓ[b$F5Jz V[xxZoPRfX*S^Uq	zN_ȍ9˒uMT^CRP"`95Y.A_VP&-oިņk#Mn~Ҥ"1a;XjeڗJ#C"٪`o22XVΨs#5Z=utަЈ|͗D$D̚\$D	he&W"[/dڎIUΗӯ}>ULɃ؈vչ|Ț@s3?pȾӛֈk8%J)yTκ:f" _՘^pzdD%%X.b/O<Um# E"jTlդR{B
{$0O.Am_j	mK`x!L	\v1`'6y~ѿ}dKK5ӬG>Ӷ.%7SXİPKaA
\Qeۧnԓ'O~\s΄لg;e?L7B.b$ͯ&{XK:8>OD_#}AWaXҪ4aXy5D7)3XQHd{[ha	Τ^]̠S+|NT?)v-MV%Y!>*&:qDiyGDHSӐqSzb ekU]ʂ#t'*_nv+߈j|"	dj,V1h]q9~ȥ|K:(m~gmdy'ps:(3kFV|LQ,'G?׵ҥ}&؏S*K,->Sng}c=^5wcμ9QVo-ݜSJkN3ѹ'Dk 	G"8jQ:>EOVt1>S5*RIسGHB,4sȤS7p[OaG$hM՚YlݠV}^̃NUݱsi8(إUuяߞ] Ksy<&QRgFmM1G0`/PSr0Z<$y>d~I(4֬fDfw<:gs*ۍhtN`"15W(A4;@B,]5AńuoS%U-yBݽQȁO{:؁K :8޽׮zq|ۗPd4$9k$،!X.-(ŭOO#"l	Fuƒ
FԬ4H^q+6Coh+yPs΅*:uv>JS`|41!c=>%xN}Q)YG{oÄHT{QV/ď×9g8lMz~ΣOX@2mZ31pXc]|yfqX=ӓkw5Ͻ(qB>GWGPVxB/VO7Lړ"?',__&~ ķYj6F3qXֱ5/4ri":ނOQJƟ13ztF@VG%ֶRMzAfQF7|?e]AvJ]4yl,Έ@.l#+XϹBso*ZdK{q"]2ݲ҈Js|7GAqȳ!Fp0-OݏHl6L&"!@٨w3^`U5،Eu)̈́6<O@u!X-6Ҟd(*7?2&ִ\]OTW/Hky{߻KaNR&f1@op$Ґp\1Nы@>:g[2:FYl	tXj|#QɇM2)5ƹIRw/^sƔ=ѤEVo>aݟT=)7ПyLsq1)g[A!Mt>(9JAb_]xLPlĈh67υ]9G]VJLfўst^§t8<<a]$R_slW,[Nvy<zђS1cnY6=YzӏIڞ1q.،(5VZŉǺFżxt8/1)LCul}g&ϢG{-&ͦ׫GC/.ŁLߠ}îľ'r=&џ~s	H&ܵȢӽV9@9EoNͅOk%˧HٸS
ںQ+>vK-Ȃu4Ĩ:wckivзA`bxiՅv|?,|HP*g-#lbfk[ED`^OWڭ^ϛ21yt{G>]VŰw(-mny6k:BIa8]PU$[	`N5#~tfsMXY¯A؏tN"&D_rޑ+ԜK6YX
Y:0a+]!hQfn9DmG2ej2J(<qK,]jqNxܧރ^wt D\]60\"*YB0=jhΒZLm]Oۦ~anUE:VF"л*m{u]WǄ=m$dڂSvUܸfUʕE0åc7-âSŲ:H: lBOf$uWMm(uayv|t?lDY×ViKh˪RG1%p1k<E*-yCV7W\Tcw]%yvޯXaJ"ڞ*.	NeM[}=c|8OSw`zƹ()OuFM͆݁BEc̀50Hm=8q{6Gd,F%CWSeswhrƧ<1G/Y`|4ޕڧ{ʒ+Х};l:^̝sF;k	<Y	*؝YۍQ&ɫ%èDEИ'JFݻZpvISӀb0'h:8\xQCU[ibjQП_)q1a:<n3BT5=?xiMPJ,v~MVYlCY}F3o>BVC	?ɅnN2YUX"ƶ!^|ӵ!gI2;?ך=u	}?.;$m_س#'Mm[hZ+2pnCơ|Hҍ[!XFXw.+OgÙTŊ;TTx3+q~']4<#ݕU'"({AW>K;IE(d
b(EA]U^nÂ#-ؤ`b@Zn4p67
avHӸgj|i>زZ%SV}-mM.f;TN\dC"WL7NI?#ĆZL j܁zxNȹ߁):k?>A[~ݍS4J y֯Jmƙ{>'4KUB0rJ5gѾ%)&u7׀Θ;yqa+w`>7KJl$S)1u]z$!
N*Ϭ7\fE]f-?ٜ.pnݕ`zC#67fDqsCF#϶u`.Y܇}MJ5e&?Dt2D<ɺd284[DȾ~UPfzyȌM@
ְAmo/E<9p;{T{zk2{m"JXطV<>[%,38PgAm1ܩ->b4Q[Y!IT<gND0A!ҙӃ֩8rQr׽^@%=Ȭ5`1|5Qx$n6z[LO5XBΆ/V[:@Ҥ$`pߖr0e2UHxpyz2^Tp	TBo*ۿ4IH	FU6UO,ŗ,uYi8Z[Ty%:*aw4Ȳ V<]NTHֱ@rY<kΏ1ljM8%I-"<!ѡ%+XMfe	PÔ}FkO!]p>ٝq?S[UgsAl]ܠBL4ھnbCb^?&R#aY|bM<`ՙ2Mya7m2#c(9%fW5V;ډ֔ӼKBwhr?u5B`yw85m)3tGyMK!A(Z#.W{

;}Ֆر3[gKQJkA<(n[7J="r"K>}I7f"֣Ǝ4\ƥD˃<{U(ݺ2(~I]x/q!9PM9'+;Lr8cU[ܨ>C9#y7}u)mAoAHn;>pZ-76p^ըѻ;b)Uwvڜ*z.vK>>MLSi0׎\el4ƣ ˓ɣ j>W7+a}הQsFǃatSܫUTN<h=ɷO*}tYBɭtXpLȃ<iDǊ|[oI+ɉf!Lڴ/!%n_tg_UOSϬtC\9`x4"T"{<D{ޡ ֏ЏBږeE5B'K75yϻس3~mc-٧hT<VjD\fUDGsȑ[2a>݃ȺP_[,_/m-Yf(}IݵE?G]ϬYlm̤&ʗqm9|h;/nWC/!sߎn4$GƉor6U`]PϨSq<ɞŦf=.mq׮cKC/AT߻`=ϪNmANW&bӛ?bw(_qb?b{J0[<x|h/rE&ikܖ6b"N[W*WS$	YPTPl'˰NOiȝƝ½ك߼}~ӹC\a0Peqp3F}u[>,X7`bэЎϹ+#rFdtiu.4x0N1c+_`Ǘ1}37^L.W=̡npˇ!U{X(vh*]Oyx'/CD"db&SYtZj26Б<y9i׃{ڦĀ-	"օߔBŕAOiҸzA@d@ؿW"ϥʲ(2"XӋ#_*\$ˮ"JQ,n|j:*%͊\$
"g?>{ͰXdc]BeuC˱(WZ߼SDU}pZ
?!ɕpOv؈p1f&Vr*;>OķÚf(IZ>hlȿAk^
Eqv\A2>?^iӌ]W57	*`rXq.HR-US;!xv&y=8#m=޸w }`j:~!cʈ;fwT; &@)֧
BIkػĎI_Ҝ&;:læ>ڊFP=5A)0j|B@Þe~;cuX)15.Ε|v߾Ɍ\+Ց ߣۓ`51ç>Nɤѯq_[0o^S<-`ybB̘pF{EEv/'bz:$(P,C) ^dtrm!i%'Bf@LBAq:w;m~7K[d0$bvW &k2(&'0>sy7gֻJϟs$Dגxh[cg-7#2ܲ7ec=Ch˿<s+UE8)i?FhUaBH5mج-=A?)ސ]eVKmK}qm$D$ږ_GۼS*Vuxyخv3U#stQq%җ8]<{َuK~3֯363>r*1+߉r-5.l$w>v',fpq!AZc}
ڞZN7S3`>.l^r3y7vִKXߦٛD+͆Dۗΰ_h,(FofؚN	u	
;]fz0*eycC?:B)ݣPKׂxA~Ʊ-ƾ8%$]}ݣ $<5(˹}X.%:t/>}ܮƁa)YNpU+-ҰcQ6~&:GcRr<RǵoŚCqjXpf)ML7sn\Ŝ~2ߧvF|̒`,/9,S1!Qhi2`Rȡ;.i&5LwJZԌD	q	9AA$Zfbג"1d2_1$|Ick_N}x+ڐԣ:ădٶ"~m҇	ג2E?,2>REkGߍswµn+l&j4,73Y&k-՜ĽYS[N1l.9VhcFǊ5XPm{vm"r"<|&5J/(^&۶0ԨbڊJ1ʗcisD
7w_RթY8"$4}g^@̜7c`tU?
O*U<tf*)q<߯gZR@)b_2AAoEbΞ[{+ 2ީh\/HQ,{LjNevHK҂àUq;Gcvi2BV&I=֊vڤ$)rE"F߶8t`ChʺZc-6XQc"8xU:l..Pfc"*1J]6 [<r{z`	))ƨ]40ʈ1ni]\5gC_b?ZZ \fЮ].A՘Ӆ~I9іS;cA՘)6h!6ԃ#c|׎[Ski%=p\)OX1a	BTEh8n՝gJzλDȴlJ<QYXjΕDn׊xAI~B6-A?ʯ=* H_(hSNٞOR~$	IvK9PE'O)(dZ%N31VN^X"X5p{թ6fַaŧ	8#%ο@+pefumK#sRMN^˦ɺ/lC8w~+AAPQٻj!+E	u?FGm8#C7r|6X=(\سQx/
jؽg#)&ȣ%9nKhx'#;^fב`\F*éˡtȈ$K 4"9YOjgٔX`-9j.+b&/\f7L4<Ϟ0ɻ֯\ߢ^gWN&ը2֓_ne#m?	Olvw<ڳƌdk_^	9bDwLeb/xBY@1|
qVg6_>s'9b"D5q/Vq\?@-@ZmP.Ċv`~=v]7>`3V4hP73ºÕ}.76cH!gm#zԿ̒=ϸԭΚITXlc۵h(ZƯdD*PlʾI\YNmC]uiPlȊG31wqIpKȟL0˝ӓeGO_x6<OjnR&D#$FVQ`ߌѰTQyMֻq-5N3d;d
K#3"w,r/J[FOG)<}*ZpktŴ(JןGzęӅNT$%ʉWƟX>*8M8@O{0$g`ߍxȯEB3c̀ɏtՖ{j(Pڄ5\Y{#7ʘ{rZ	HQ&{D'i^vy!+ȢaFʼ*n	2ymzWc!,l"ywR4ԢtxѱZ;W+WV1(z;9?o ZK7@īcOBr*:=Iwp\[ 4[`|^/=;jӡb׍"KsσӼWј֝*Q#9Qmq_6AkXIݤlX^+`X*&UlߡZp͌RHcӡ"1z'qf:@f[4/ΒCgL0"kS6L9kWpd$5~'Ae A;ßOwi&j!J.ը3|~%0xҿ?ǝ@dx!)-u''6U,e,!k+ߗeuQ.pXQ!i0?f)neJk3d$m[u"[w;yGLcݠcӹm^[#r'݇Ҫ8B.=&'4xVn=[ޯDd"\^nˈ18=ЩϞfRVU
RLK	m|?qk2\Ĕ^vM:
Z1zVss.M̕ʮ*CsϏ}WF2ʾ	5ŻZ@9	%(`eau*RF-A9ĳaN_4'I_9C:ԐbswH*ܦ2پ**׀yO-{$r3%}"a?M3|6n&wΪv}:šNF"D5CB9'ʰ|YId`+!۟"VFRbnZceeIٶ]etrղ	sw`v*ޕWok\&> A4Nv9F-	C&><:ʈUH.f!l3
IkXaRƴv.Ɯ4aܿ'ֵDޗmϬ!c_C>ʡЬ6)J ՉWƲŻ.kYc/8μGmiÎ,	Uw`*=X!)2D.L=<Ή4_+8rSq$F1ѡ0ڊr26ep=CVhW!u$(L˰ 
I<2K(:[(P:-̶Xc^Y?D,ye]B9K~CNtΜRf6G(IeU܂*~g~Mt 3qm	qpՖ85ɄKbp؛UK7/_|&{l]}c<Tn0.Fҗ>"ɲ:3Æ[q`Tx	4[P/"J5sAeMYEH!&#٣:
I:ح<]LmIƓ%{&J5Aؔ$iN!qi}Xehƚ2ޜ͓@ςNy>®&܉ &5sNF}mA(bsA745ȡ.6nqӤI6!IwYgۣ:ȱYZB?@H^n?\٠!ȂhS'$ZSG"4ɴcJ3^bǼ4ہ,m/AY1ބt^"Imexxj{]\WAny̐ԘIeWo2t,F̒mP8ƎH%eԮ%MǫƾAu$o9
Ըu)[&Ȟu@^)/ ݘ>
Q|E
;ʪem)"Ұ.Yb$#-~׮:7E_3b&C~]&yٛڵp'Ω6F&Wt;bPqd.Xh$jğ5T5huVYx1Ո*B+yLڬɿEO^ށwY0q	<\͠mEF(`¿Oy?oׁs:fH$VWf+H\L@[vkeDtOpQR^b3`f{bE\ƇǧДvJ
G{p^K@3HX-k/3u~&o?S0u*
2p044\Lk~n&$/ɘĺ?j#Vhò,l}BgO̕)zF\fۯf$eW]mҮAWSbH0Ħʉ?Z ܕ{eL"ÂqϞ:Pi	rE0lVW[)Kݏp7z>[7٤ԖX!!1ysKԽeKKpҥ)rm9҃ې'vl[3	irQxbM'SüZւl8~m)QĤ ]P<Smqɨ̈!Ҙ#ވVf:ڹ:Ո_FP3ܫْt#[P0px_-*٭:YoYMfc.
/[][&#T6 MYCд|5~}.E-qGWby Uρ˺gojUyfr*MVTH1Z4ҿɊ9I)dok}S3ݥS?Uilj"8̡8s~OoGq3ֶ>>".NÇm'6PeOg[XmaէǠ,.+MmA״<&1>;@#_{5!,{kh'כn:9ARςIͪk^u߸2v5@lo0m|@Ĳ}?zEGִѶG$.7(t6ARKCK+
[Œ%
ja*ݢtp#qQli}.MS{,3JOrwE[%*1I$ؒ${Xȫ )ڒˣRG9;P V?R!?	\Ů+dB?a\4UL@gU$yNdbv0$pFogȷL_o|Gr8I2̫kj1<.aýKOb`*8x8,ێ0mKw#гU:ԒF83o݆ëo}~?w{߰!^J	AgL+z#Ffn2<TGv0%xжt06n5ޜJQh6d<4=X)#*ukEDË@.r܍E~Zu{nAr'F̘;Wxe*z|X4V208>H6ܑUK]b6|t)p]ۓwkT~G0Gf,sfDtff}+J^@MFNŊΔ5$3%ҳe?Tm±SڳϳX`=\LҾm*\o,]BH/r**tulmjYӾSarRI9ۅA=(9̺M~&NIx'N&$нԊW4~ezт*Nk1MMۏI+,ΖD}qÚx[D_oa,Xq[9ڝU	lmԂs̏qӠ{+x7ږ!
9DpDz$7J)GuCEj<o1.N$`_4#Jt7%Myu6L0gتQ`ـ7JSzRu}8ʖbM{@)&eHϝ\,պx;[k|bT?	}L9wo.6{9;֢Ѫ{Eї%z{W9y
} 4m)SvQ$U1kx5-.3<ô*i>|Έ(Hc1S<߱>ʔ9bhwr֙:p"ޱDhʩVKHYA'W=6ˊ	D=lh(<ai.ˇ(lG\*F?G~̔Awep.ޤbmĆ<g~ ^Y~Jz[mc2лȦzRYA>[j7χoňVLNثcEX0|'B=bq_/ţ
h'h|v#oAʮE{C/;y5b$hp	tVjDKw\'ˢ0Hưe؎-z[irZ9O5'ځwy{#fSӍM^&v-1\jԲ3'bH6$^S6˱%;ZcoX{	ޖS2dNw2{C{
_Pk/j)Uelnl~ͺ:H"J2ܝfkL`7Mȍ34#Ӝ%|QDKL,N/gO^w>2CfД46<8܇WC_LSR?pΤɪRv˂wps_y٬V-KUt>0:KE˥ A^lNu|g8yNU.@BQt^Ĭ'bVl%qpO5>2>LݘZ7[لVWKɵdQVɃ^Хʎx}tsibb3*w:i$bf@2RΘ?WJk`*moyďGl#VptޒʱăݴV|uQ&uqcY0N($Ő1>Fqd-]v\6%y,DόOC̹AO	9Q_yJb6*FQ	4kiԈZn7ظA{-vV'~Lg=Us_+}rd"=b*&EaLaշw0w	j"1iQجIuҹf.%ߢą
ޘGGf`7"pQisR?]PIjC8>w
|:4׉!ݢ^1B҉~B/%D:7<TW;q
(	",Rc,tJ='*&>b/Ҷ$01ں4j17cR#B.9)ǎye2AvΔQ{?8dvj50rxtv{;9[;7u5^V9WtƘ`knB*߼o{`p:	R-b>ּ~Д`x>)vQ*`Jzd0qJA
bȠ@3n.Q.-98,n%U6;o+I2qbԋ`YȜY*2b,oOdˁȞܨ\0=gS&No[p֮@[ܻx<.f7Rɇex.2:Mq˸0M~Znso'{g7jOsc]L֛7O7?0}|MҮq:Fl<Bda~ԩm%JD+س1s~Gbq<Gkڧζijgfp+Z%]bZ&3ɠ8,\׊Y'X9$-ʛ-
øjU5&Le<qψszܔX%5sU]Wc*#0ׂMCm(Gͥ1Kؑp$fwЈ]!YBߛ;|wzouف]$IBoI$&nR1R6u%b:oO;'m({`ΞaW%7,~*)rFnu%Lڹ$aE*Fvt	c<*~30Vx?L݌%j8ߞwĭl/{i7ȳ+@p$Vt=zةq^܉{czƽJ#	y6+_ w!Mg.ۑ&&0ĸƪѹT{	l_SR0֢%e9e"w-̜?-7!di[ez[6زr&5l&U,!@\"_I{:M/vMk@Q8,оj^}sҥֿ>`6X6 |5M'E{muV*0ÍʬDheߚXl>Rr9KCt@>_;Ҕ֡9F`u.ZgPn9ޑ+ǃ1Zt=-ʺ)jx| W\o.ɠ8;]U"jHdoc9ˎ'Gˍeݝڨ6uA}\տ.Ψ,w;eUBk2;D^RLQ}an5
"R -֧C~aܷ[;ae&Ubw J*5I+S3YRBJەS6,&ecEYvuzjHAқ-}͕_f`(FQ[5!ijzɄrIť33v4H4[S| /J{#-	-ŶDL5ՍC7;_g|PUa7v=ٜ!a/pbVNO<(6ƥ=@73qKM/o<hA:jkIYHXգFöer	n؇:1<{WFS0[פg=4TYO{?H<CQveѭ]sڳC1r?IުH/LSL23v.xr&SOڄǅ5tgL!.`9WD
dҤwrpF)~JurϗI՝TnPæ՟ ܋z܄!plѻ~tXr8.CFzrމE@l˧0~3ƀșި3̂χr-29}fلAQQ`ۂ9D:0yMȩ'.?qŔ>e?j|(Kv*'+^+Cx-RčؿbNyJ ߇#BÈ֪ٔJ
~]km]¿Dd;çqo-Mv8'U3M]K͓"Bxu{woW--ږŘ"%ya,(ӓݥD8:T?Sn\er|898A!N0)՘
ԖThkɞ`Bh$f{vfϵͣwذK6!'r0{|n}3JSm_X3~n4(WSvhNN4.O¾Äm:#opT2/
sޕC3R04#XVji7;׻{4L}]'
.8S
|F7@Ś}g<PoS0yw1~O04p"Q_A	÷2uMĸ b+4~~(ҟXW2Pk8i#$@?9V E?FqLϘ*MɌ9*^̀Np}`=/a\,*Sp~9|;gaUD3C)o/n`="2kcS^DX؋ʯ[аf	ǦIp+)1GPص֏)n/cݖQv+Bv|5(Vy#&,Cy/ h}f
",X6
Rb9YN֚p	, lEus(BU}P>"3b΍X1=4Zċc/5g ?m2?Gۚ	F>ǪĜ&_`TJ)I3a>A{-(0]LYoA^-Y .,HG\zυKKo9	R]o,ǃѧۦz)GZhYLT4d$Z-"
//A65:H]hP"1oz.1rC:ti45<JMȻ;ô8uAݗurȫ^J|qczE$>˥R"ɍaX00o!݆dhbgJfHB]20;ѱi/j$(1BĽgy6t5rQsN4T=n23^D8D"ԈȱU{0TdɽpBRګ.8ApJw|R7\ZNnώ;iI[<0{$	o}(g
yDY¶/@p<\'Ijh=j^-M`F5-eY֚24O}IfHGw8Һ<CkM'~{zoB2iʧ`5-zlՠԭѓِ87(6"
Nl<v۾DCU5,sU:?h	&LtRA5ىtIj|ͅ_92p8@6rDDً~6p͞~ʡ߈8£
2<&0OjP8p!lۺx&{DFRAgIJBы`29~oC4/QЦsk7"X'"KȦ_ݾr6&A	߈r#f:h~1Ʉ.i.kWMk!_<ǀߨN}ؗ;:r7%yD!?}mKfJSe5s.
A~p@O`3VGY6u)iitrπ@
'~Mϒڙsl+ۍMW/Iɣ1Q)6ceEB]aԾ-'5@S#)ÌX3&Bв`rύ>l[x"ĝZt˓3U.*>1AG{!OQ\&>U[	ځ2,ʶ3ѨND//xf^G[hk]g!7A]G(/GF=Ud _	(MhM.,td\܁ǡQ65.LEXYGz3-S8oALCCt=SDRb9!+<UNܰapI:5P:+\V^3VAJ]ОWsm8,cP#:1hʫyá<"aodE?`j6.Zhm(QK~!&xh#< ըCoǋ^81=Ǟͅ('2>LlTJӍy1emiFAR,UХ%%&_ٛTal1kLq4@:oISa=^?_)_c֧Y$F*z]i}1W0i&F+w:WKotRZ:Rlmi#pyё789Ԉu!oo*jlSDXn`*Я.|0T\ƌZxї^A!HIX/'1t)'ZPӷFNES
a@q/MJr*a1Wҹz?Ͳ
b~wT{`	ԧE)*('`|ͥZ:-lYA*Gkb1)rZխ÷xSڨ8eQۃe:Ń7w:֛=~!|ͽŸuCa{/'K=R{i<F+`bVCڡ"2uc֌ʖl95cPýKȴy֪
}v\ ׀]WU&U`ِՌ~t1wqoY<)#oj"n@ѺmN!ru69,Q	ĵ*ԲAZzTL5ג3L!5!2WeeeЋ?:ZA%m6VJoK}Ն`qf`7@(Z}e~^:ѷ,|$/Ƃ<R͵E?vB¡	"(,x7Σҳ0CWW@R[&@?3df˔l'͗AInS&
hƉ8b}:*^çKʸ !o6K6uْ!f/ҩS`ݥdAχp	AJnK0˓?O2S9	*v!o^OVE~\l/{֪`TjټW`HFG_I٨=tN{Kewя;3>CfMz]Y5[Ȅ2MOƣЄ+¢Zש׾7FEQb͓`]gT+6EQrWduW+zJEZ0*XZlS-lT[ӳ8ur0$PxŀL5;&Nӎ+K98\OH)sTI_}Ȼ(Ji?S`=Pڛhc=!aW9lo7ג,6iH;'ҟ5)̨W1gTܖi>X<2D|x͏ۼ+B{E@suJ4nל7f,ȒiL'NN}y<5˽u&^H݂'4rtҹs]rn}ŻgJ̻A%v0t+&mp8~@P 6>PksaXvPͦvBrM8uCd eBXa_6߮|Aߢ ;|X qj;ѭ&9ExM֤HQ(ߍۜKӐ d~n9e(C9ׅ֢Lޜ_`FԳ$J&0/^.ʨ6+dߚ0!TeǾu7͡Gz2;؆Ҹ^mɪL= m''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24549)))
