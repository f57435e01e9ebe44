import brotli
n=a=0;b=1
for c in r'''j,o>8Ĵ$,kwn:c.EprtBbFG(WnMו(ySҺxuQXfi/w<:`}3Ll0Jpl(4!@]ngKC;\-VX}<Rp޼6<f+K̶}?:/ʤx48L/˕.r!{Z4Cl_+=vYhs[^nyPRٍb?!uY;0C1'lh5Y'xŃ\;bˤc޿R0Jh&yد4tO-R0Xk{`Ǟ`RŌƃXNeC4%b*Z~CZhg{\(o8K4rм"g~4>*;=Ǥ+4()в8Q.<$]Մ>Odlmss S}:_zލSj'EdC֟ڈ9i^4FX4M,;ڛlۚRr*\k>ޟd|mCIA
l\k޾Ѥuy.ӁxOˇF^ˌاS2M{l[rT.wufʗ{q]W@!OƉ˜p`LtSK>{
qat)ΛbK.tU%2i+ԍ`"]؏rjL[(&OЧSȶK1v	]>6mӏAԩz;8SA٠vFr
V{~(bvɜ<Ʀ@u@eݓޟ(F?e
^Vee\["Hyҁfi96:Ϲ^I|	.I?ʫɒGvC .؝G0{zWtcY^Yl'D
L_OdT%ҩkɽcd@1L9YCl	DGtygDވ?7+޾4f$~Ԋ/8+[[ٞ49{ayxnXwL}u%~l4K*Ȥ
Rb1*X޿þ2#dFid͒ߛ	^	
U!)2b!WoN'B|aiUۊȁ
&6OOjXkq{!j8\%NwM4aD%o#RCZoKH@>6bX[6#U[{ۅզϬѦ>T~͹%2w28G ؀
YQ5\Z<Yχ/GqJunMJ`Jy:9+gɬH~^OwNu[C!ˆĪFnT<4j);oėHukv:9Xـ*-o0iΣn%j;KVɂM@h~/ޛv'aņlgxy.OUYP\L#WɡX,ߛՌ{5\QΥ/^B#3Io/U3ѶPpZ|ԶNDy4B(r_aoDgDP]AL^?}˶C2Pe"HC7|oҋTҵוΊ|:ΐ֗lM"Xy9x=z-FHapל)UFSΫ.cu
wgr͜ʚ{rhYǛȼ0BEȀz4=$[?
P`X~WmEH$N)IzNٍC	~Sߤ^UCF<@x6,Û0@[xPe ?X*eŨ>%(`3@])=k/t{IĖݒ(cp*6Y9>h	x9F̹̗q,<eJG-VhgPQǏxRfTң2¹fdCwˍ	Y?˷kiNTƖQ@P
H\p4k$̗^yb{wufjzdE\4]PC˘s?(	!ŀ.ȦHKӦT#Br,	)MK{c@|عMTόW[ROiКy^kVIʿ<V%-Tp=שSJ;wW>_2p!1|	C&pt\5	{T]ʡۣUu|hЁ\n:'iڮDW~a5T0QzW>sAetnԇqKMCHh@C,Mde| c	ѣXud';ڬJPC}f8=W?VL.rJgZ͋9Z7ǆrG'^s>SWo,:vKgs׶gD(:c2ٵ9YZ@!8|;ϛ6ͅ WY>gN_ԍʾڭBΣN/x/wXtHX+.zɬp3?f_n]@'@$I\?E(pfAi&k.&*IӅpۦ	J2֥<B-_ӏ>5Mx߀fuY*4	oju/lCҩI>?r$&a&Mc4&O++b]{ώ2|
n%o^~|+r+k~4e1C3.J 2)=_`p1-\2PK>lxZ	2C`7R`WeccTQ'( wՓb֥9E ڈ()-~"-c?AqMbU-ۦ"C:ZegPѝ] t{'#KPYb@1͘AzjV,IGu?B[צASn\ĘҋPɕ@lH>dϿcB&]/:OG3;K<)٤e9ԶwsEX	`޺t)
5pdrMW=˞JAќ=qތCXIW	܏$ʡL.tWTzK=WKcɗA
$gz,=@vR$}$A}ckHHOοÇU%ȞƺNMs|:Ƹv:Nӳ&M~8.{avƃ*<a1Blk/|;n)lZE@Aݪph$U8>gZfBvȪѳbJQ:3Lxû BjAUf5k}^D)fK׵lTIyoq-ɉC"խMց4Ҹbqb4ġ`uóԁLgʝ,ʝ3.>4le.*ɄT-\@jwKy<6ffs 9ZF%Ê&|*J	6w4X5tǠ̶ʓpc?~EТ4$v8ԠѴd]pvrFDCG.^qž^	LRƭ`Slv£zKApwǮt Lx >v*H(d/8~G) oCףֲL!tzt#D%mF#Um!G<DERZ'9#ԬGRq7ד;9H$E.ٗsvMq-WFʈQ3 х$Mn|2%6$WRBxmf)pȗDE3;J1oTǊE2bv][L2Pڽ@uf2ߥGc*%|)EõZRo(b2i4C;jmGĕe~5f>>)g;WD^`RZ|$РǗ>K~,,S>{ϲO, #nny"6<bZqǐ߬.\uXiDS`BpHM|9P;V&{*K&<0ľ
gFȐl;Qv>6`H	p:YGNQGC0h#JTWנBHqo+-_xd1%{6NIRu!l^۪؝~9U6Lr8%5wma875sOr?X6͖#Jq<]zlQ=.[R*FzGz!rv0.!	?2?1t}b1ߞV0*sW#0]TOGw7Se1ւIŖx|f$?
A0-r=S f }Bhѯ`RqS4?'߹C0$Mz 1^1xJ5KIGyf̠¢(pѯkhlsXkXBv)zRw]C-_͈٨Z`A!L#>j6f3 >uYB&ܻmϔ7QCSՋn'Nh@)$T^Ȱ+B#Sj8z~ʶs@U}^`ڞ&wlȾma?0fʹ|_B5\fo9;8׬a2wbu0ğf`7yR*;z[;cqpfDֈըsĈǞZu4UԖ@ClTZؚڂ8ŃPojĂh@{.0rq`էN۔,'۩/[s~WwѤc&Z{=L%oy˨\l;rĚćc >jc^_1:YI%WbuUvfXݕ'ޘo׫ i؈d'Yǡ^'_lGl}ĳ((4H*@8OF26tiXn/3Xa4hشǕr>PͱȒ=Dy UA;F5\l"{
>eI>?	cЁ}=lq>|b
7j<a`ˆF)6?XɩzaGDŘ(OeJn1*M{xKP8\ ֬B̏$ƸTz4ԎV,ױSm/I!@ećyu(\ے$Byw{t͏~Wٱ:DpHŵNJylu5I9W;RN%>̈́<?`	;TR)$5/[(s%soѷ_y)؉oY߃fߝ.`$qN}7F~Mmǚ!-4+)8eT֛	z}12.$ƣ۔y%KgcsLЪ+l(lsBXib	з%4a*cB ז-y/֭Y4~
o<ѱ+$~=՝<ąϽ2bbFk!ubݼmHr9aڨ(Sl8|qAu	rUS&Ua]ɠυ'CFw$3}UyZh~;=zMyt#<cY0Aզ!υ3wI:D1te<9gǥ8DЉ`?FYI'X@hr^ė|<ʸ4i7C`<
|n}Z@?׉AV@mEI(sAm@vEc+ٵ^X0*lgK%ӇJ%V-M'!>ǘʴТ ,ec8=Q#CP`Iwv3buQ(q\ٸz%ouqRQ$&^cZVO<ڰAŁ-!Gü-a;ƇVcVĚszTc\lBb܏9U
+i=C٫Ii΂z{ǵRu:ʵPCeWeFdKڐ6g=IUYԿmUt/$4EЍ?	BOW΢¡3حcQA>st3jˆaCUltUS7uȳв8XJAP7%C*?Pƿ%GpH `hEƶAA9/nRFĔ&Bė4bǉ&2uJЋƖ1V{5P;.9 xw߻Fj+u#N]e$G":{\YƨDe@(vAo޾2gFFB/lwK+7bՃ	ӶS%%WP.Xڦݨ5U)ί&~&!jRzvmv|nʇ#[A
-`9J0k]Yw&ވ,=!#3P5~]r1[oX\x#ȡ1ݪ[=XMjL|ayMZRZzBswXb@=/<wCnnG',8c//-ӿ'`-hIq$Ǐ4^LXa^&feVyCyЛ#cЬbV0xʭ{$n+RA*Ddy<J̉[IcyrǊwt7@];
9a=+¸J+ͭ,i@І4Hy0o25vZiFӋϾ1.n*)ˁi!0&نFWԩ-cǁޏ
΄dDyJ$K==^BhWoPO!@yed3(94fڞb=h;6-6Dkk$6iD̯]^Ƚ]K\DW2b	K,[e/piäXT\Y6i$$z@X}/{I<βdPbߑy**TFՕE..XGƩuW]\E^@dʻCe1wAό]G4o6dʰm3Jb5`"WP"wP՛ P֍Y1}0YeM9 +lzȵQBo5޳=pi)æïtldKe8FIΗ;P94lREUkUnĮD"ĺ̸,LCOa-Lg"po%TC8]N)+,h۫BaıXT&Ӓvdt¡kԛ[q2ظlΝG^hĵ|[c}Æ\oX_f Ӕ~Ś+`Pw^N8xٰ8Vm<@WD0CzhS?oo]g@6JS2^kB	{UjZѥ)gL/Lʒ)^ht=[E6BH)W)/˴<k1F,P.7*	?؁f 4{JDfw gTü'eԘX% jQyԝ<\Sݍ9ܦ6&؛M,]_E
}\@fU
wJDm{¹G?(t./R$Kvs="
<Z'K|2GofUxҝ)O	84/xxuN(/Q;/uuu*`Ǌe+g0jS.#EC;A-R&EaV(^6nTsXH9iُld[)Ë d09YҔsE{ڊ_hҝC(H=wԟh)K{b`Q$KX#Fa&\3TGW̭qD\[kuP#Aς	˸nSAP=ː$Tyt?φ̨6\BQH݂47h3oF(UaNG<*3?&3-4EO`w,KsYƦ8amR'ő6Jv1ѧ#djYڇ>%x
A ݷ7dPđFx tRƣ/),WqRܚu0݉Ue|ӼAa{Z"lʓe@ATĢ>H*&/;3GE_NǬ%'!s{EbwnҧWliIÝ­mhBs+kyi8+7q3ؗxb;cjǰ9[_%Ν5iU۹J	П j8RlZ;=V4Pɛv!ѐ;aC՘ݳܛEHEf(m46,Z&nˢ$bqY:ؔrc~$oP.MtyjqEQȷ}ƴ[xFI|ӛ?fp1R0@cύ>!Ǎe>h'-Ӧc΋3:}T۟xml̝dș7z9b7!`ZG"a<˯0dI'۶ړF:8wrtœ=6Z~D~YϧgKMj.NJ9T<ĻtDi+Iiǯ#OS)?kXh5Ɵ~l}&?QNߜ+|٘[fV
N[,C,˘`>r'#cK 3yJWl$HWjumKV;G>˦^zmzͅoHR'fDme&ԓ[sX!/:|{P8RnޒkkPǒ;lס]t$8Ζهh45 HB	̏)û>WȠ0-'ݺr!J8Vd0\fףrLS
,ړ}qՏ/	XSd1̾qpamܿ!)k
x_Rd^K3ݝ;ږuKLr֛ȞIH)I6ShŌY[x"IROVt3C^RKWMC$vAX[ZyNc{55R2IvKX*fCGpP@t9W>.y7ʍN8qlW54	]LT)W@):#bk+ˁV2bOV޿6#{(X6!#"=ܣc7Qrjll]בAsH**NPŇԊkۜ$ɹk0N5o"hvm#F#(\ƆaO}_`<{?X3u2>ƺ6U1%+SWGQ"^P1!y;x5s0BT6RUp' <)ϛh,6]ΆvӆL<&IO4Ñem,kl$Vb-Ǚ1tY}Ɲ6Dϙ<zUZm5M,èڧԦ ̀ڗªhpxQe΢[f,t>h>#g6nNa)dǍLަֿe,&E

ۊ)OxޛjUߎ̀,>O;q\HCuT<&/+(5d%+ޜ0JǸKn!d\W|QriiG&D\yre`ԭ_"CI%ۊW8g=қٕ{C0*h3҉ɿks|݅S>\Y޷		zWuX|$ҏL2+WDqͯʡc-qV9x\[i26ҞV&VuF	}&~w{ߨߢ=P=~*UQ4کڳNĜ[n<ۂ̍2(So2M؃rvn[k~ع4mc5o̙;W`ɲΙ72C[31GubŃ~h,ի+P
\~nPKGLbs/Aijcvɑq~WOlB+G*e]X5!ب6^m"YܑBwv{j0 ks4:Fd$j1ky
{4Zn=.-9`2j#zeI+s8cvX`ypuQKsmnL'[كȎdW#)KPL4֝6~W}ҷESͰ)}ǻ9TeL86s 'wS-GɣK7f^Z^Oq̇C~#%	;fhEOC5LrDz۬=#7<rۣQh66ǬǦ#\=KW3$*8fMOe>;d>ܷ$8D}`*HA	B!ZRz`/lt2HɗUHb
0ΝLЛά0Aʌ>ȃ=fp}݉;FG|gzvl@IϞ,gSqmALPK{`H|zH@^ߠ&̦u+V;Rޘx&/̈́U,7_іG|cpSΧxQg0uCdٸ0ߖp~2$ɛ\`ܩs(),$`lطZ\//2Ӫ{MTu"	͌XCEbx>LQQEey" nV01d?w#ܴh5q1j<+eF#-\dƻwyؒKޤաӭ8کE?igh1לĝxOүh]#"ho­^Jjj%XC-mXlPߗG[ZƌRM¾YMC_n`@˔bgJͺJw:f@vOMcy	ֶ[nF4]Y֔fJ{Lch-LыՀ8L:|Y΀Vg7KRG< vPyz?Ɯ^¡2C
!:,$bޫOU\x]oy':TQNShq͠OMT$O8r5'ԷgIHL4&&RӨ/~)dM+luMCL~Kb?;ÿ%GW}T\̎
G@%,ޤC7^rZ9@	<k%]Qh1{/'yA{zϟiEԙξ$<,@vs=ZGGUzd`EDg/3P!)g\ʹvH*·ߒ?a47SOc0jZ- u+ͱ}(9Pn4V-\%%ԗhSh:]C	m)%O}MQ5ړ>ym\5/6z޺Me"@CR,p]8n":^y܂eϽo<s&q\20҄Kn*k{ء9§bz~AtRi*wM-u:k0m5zמWR1$!lR<DyNc)'@$hۄQ>_D)!4;UiL~u&~#۠~.~>}|ybܔ"x`Pҗܚ='۾r j Cˆ,VEz2/z0_7>c/s88!y5WA@4˚r4}W[yw(ϋʼQq#p]ŖS.L{Ek%0M^xM#"EAǺ*tZPtŘ#%xz&	$ρҴ&K!(&_s\T_)K'WcJu yc-BߛxqAj4۽A>WP0U!\hxؖ[lbiZ8H	P+ʻ>a\+<L%#<'~f>|н>gI#t;BMnp.ڡ!?I/
1/0iFս.^CWvQF~;]~KQhy|*vhkM_a,8Cܯxާ9mÚD&ԈԒ MÉgG1DqЙ{ɱ@'(ФmcG~Ù
A^ɪP]g i[wnMX ?v+KPjASY7{=11ٞTh-i}B	8<` w?5w})KoSN<h!IҸwH׏Kbo	sϡN'לԆ00-6<֔ضO/DWy&X:<]1ScZSe_	lTզhvf;=zʐNun	f	d%ot|=V_JWb`0ɪ($c̍$4.&TcX5Ћ0_$m1WVmw;/Q[~9eɾ6^tם&CϮA^vbǇٍ ԖR4xɃJ}T/rb),W-M qILte$TV؁L܀V@*Zz]A(Y,#
׀SXM$noW.cMlr>"`T '`jڤαxWk}͔.Ƕ=
Wp13 M o#ăt]#[ks,$?3ӣt39PُbҚ8b(8 oNr^HU1V'A'x[mZL_+W`q6rbePʳu{[o#mY^SXZJ!!Jpԥ;ƚ-݀^yO3FeI8vQ*	`#+fNƱ|{7gqo}u3f$P(b'zy,Hr.hFJ'zRF˳YͧNdFq
&xl-(HJK־t	^)YwNbH<N/"#U`d'g	g>&\?Ur,I^P?_V}
I$^\$ds4Nw>R߀kJcS&`b<plcJĒO w%A.ǿgw'PpMVGA&Y!g+*Whe8es1V,f_"М'N<&/t>yyZ gV;9?>n+
o(Ӻr9#BLFlԝ$]o܈͔\cNdYq5Isz])oir~~JUwsܜ7+5iDfrŶ,0:Dp]3ߵhØKs=d 	\'p!DĆ<lƞw3PоcIWXVBMԛd@؀z-RF2#Qfʶу[ UAf+E~Eٛ4[
C7E)5(Zc1ݤ\i(+G vעA1&kjPs`)ÉA@!bѹ'heX:;vvfX1}*Eް3t 62CkR]Ye;[HjSxݺnվ:rӺSvسUC(maxG~ݑą~QoHd#SsbBӳ8S`+l
˯V7.{~YҸw5S}K*<+LH.d)4VF)'^0YC<o;oޕɹtL,^A$ia&.i"n3`_ER"xPڸRjgLѸܗq>bm0on$@F`Q+̘~EGV
;)_|{B_۩ҼYG׼FǱ%тLh=qGjȍf=h&squ~98p@	R̚cziY.ʂ9OYAlhjjfEQ	M*,hX4(2#5:jBG+t$Uma1()X4ڢà"51knb߫D;q׺)i`yΔͻ)8Y}J5el#1>srlS;!W@Aq/ɸb	+JZgw@?_*@*s])zE
Ly1p/R=yx|O,tsaܓBoVĥ#ٝbܯ(7ۡL9~*ގv2gAYcPR)Eѡi2%UMf*Њ͕
f}z4͙BElvq5K2f3N1#	ˎQ2?b=mQ޹aq$Z.m;2EJm}˴w	aƱQJ($ʰb#g4Z8uTr%#U.lY3{Z Φh֭.ƣA)lt73@a%@&X&B)s;IڜŁD-p?eIeJWlsm	S˓h5=9^2ޝM\GvύJlW!2Q!ub{FC325ݑb`fʅZ;|WzwsHD&	>uM>wpCBƑd@"2̱QB	/Wt2*ʘFcϾϦ+<Үߪ2{Z<~X}Ĺ[G#,L;!ϼ1*V4I¤݇xþJץ*:(!tFm߆ٜ@~J[$lx`u;	
V4rY)u6(95e<r\M]>kώ`i,7
r62l+FhgW|Uv&otdDQFD~cE|@VDYoݽĦc)}M0B_މh/	'FƩ>Cɒюj[)&K F1ER_%ū-;$PLT
{">2{M
0]0I	0/R*
4xŻO*pz24[~߶d<E!?s&ܼ
ă=]´2uĢA9ouȊՌF	shWA	^9.Љ6yʲؚr2^_Т^a>9tzc܅T4b!l`n9BES$c:%owzGҧAe0sݴṊ2ky]m7lp3%%ec~"]o_rziefp42:\`-JI0"NIgkIW@Nzk'&VnmܝMfDkcT>r>Ijƶ.µMOI,LjU'TvXpǏkƄ`YKN	%\yiC\])i7EfY|дHBp$nsМݯ{CQZ
<iszG64ߠ]f]L3}-}J`(%k%V)ŭ>'~7!݆LfMBճ-WEw$f-x	Eە.ˆح+mαXӬlH=BͶŐYcӳF8tc6\xL`-͚èi']FF8#Ub$@Ȟ6߬x<U+ӣ?MJ'
ر֌|dam| BDعyKr<Mfěٜot {|YY^y[aL=7Xb֔	rb2\ѝdĹG|BSgH:uWYDƾ7G$l#ʒυn=W$F9<ٛ.$iY]Yy2Ų~pY'Hr} vWc՘R{KPhEQmsk<øfOqoEy`iM~:PN}<ó*.˳9zeo1OHoS/h/{ɗHu|%96@˵"C|@g=MѳBbXVmt^l3J|FQ(@LT>6vDMsJEP>ޟ%jƪ'av̞ej2̃IMè^5/5U Ojpc/ـ|yo"N<wCbfyFZoޏTS?7T˅S5J3J\8<FMR!Q֢b!)M?'ECX°bEk+rǗ$پrF"@8W$j7Ý'YF9)ÁD^ѤMp'CvOϷnyMڬ;f-zךz>t,sLĆt8^,T,4"X
t0S>:ej,ϱ, ͆+)	zcUмib1S}$Ӵ= 18+G",FyQr݉4OG%>zP]SKGvJfut5j6Όɛ6ȷˏHD|"&ݒl:)à4%!ŏk?_4J&=/ņt-jS7ϻvDƸL(fڞؠhDiFAv=PtѻJ3_^$D:x29	OMuA6&Ƨtƪ<
M.n|şxgw50Ũng.	fزc=G1аXqҭkXkcjnqԊiP"mo حZąҧOpFpU>)~yS9%r)iEvU$&,'>j
Hit8$XytNkhƭbjJRwQџ@CdskdQv!>Gad?irؐmX܅4?8 :5sgI]׋ŝu$j, F˖0EEhܐD.*t.S_U9KPW:i"<ЕzDj#'?oǙ{ŖdX4Q-VMsk@dRK}N QRr7tbܭO˾Ėrg9޸ڨĒLSF~zRݦ֬{~^eDӧ,<ǽG
mB2"x}6=U"F&%/'ذv;ͯ@w||N$Ȍ<i/.5>=gNYe	н=SE^$F<~IVVD*T `R_HȞǻ	:N̧FOd҉e`lס#ԋEs|Sݴʥz~޴lTh+2&HRdYcIͲk0ˑ®QY'#.؏&[]*"je@ږaO.2,;^XN(+$T΀t`<`7< '4]Duis{z]$^aMnEp/O̡^[ژ/ع}W-Iݚןeq"Kؒq:<"M*=|%y*¡v.m^AՉ`SȣCe+"W67vۡjO
LlՁۅZwDsϺQ̻s
r8ߠ2B-Eة$1˛ј 4%fOZt>l
ӋȈ96lxO~#m]<h>^U:N18{i*!!ޱ,JO1
mb84,nϓ
q#^>9V(p5ƙ:|v.DX\Գ~Ⱦ8	iGu+{NA( IŲexί5g SqdJ?+D-L=0Rf_ɄDo/.e59ϿÀ]0tBS"xȥ%z"\%Å)p6/oՔˏЧWEؿΥuD%fڔ4#ݐݎ4E]nܼu7;ʟ'Őƭl͈a1V~ǷlՊjdA'oke mwȉ1
˩Ӯ>>M44-OYTfؚfp;  m{ǢZ:\op|t)&C6	^/OOrnɰ0:9'׮
i*LmԼ>)wG<Ady{CUx0c(|z&.Ȍ|CZJ/i\&RZA^!ȸelZWVіM?"5CBlKe)#]cQ@9n2v]:vʛa>Ј6D[ET<E1/̀JйƿMnWtu{ݠ_]b3}n,<vZ(8k<Vz\9	SݭDYQVڣC^N#<ݏ?IUIu{hwds=aB{7:7Џߢ<!Hi
=78n֫f֡Frg\oر1c;;bz&31MWϢOڐSӿЫ::JcV1:AYβR{1!aE}z+[nB>iq12$JL'RJ>g/.,3 s=Q˼I"y'f{*%ݐpM@IzH3Ei4XgӓF/l;5(6Vn$Tܦ_f_;DcДV/_ڡ* ^U5;ZţSә<[)F#(@c8#Fw6l&7v7~dX/2ś3Hb]ph'W}"a&`0m̯g[Kk/8qV'Q׀,cV#sMˑAXw͗&vk6Io۵Jhq8xey9pSOڍt.	]?Z^Rt~*4[rsglj ܼߺC:1کiD]߰ó7׼}3Ko=ϒ}VT
:g0p:v::8C3A[?s~qp,brjp;ܲ&#SB(9b>d_*q}u4_|qjuœ~h!DCͱz=^^4ErSߑ<NԊ`zc$-Vǂ6E^VDuLSm/}'K=+zF0x	P"ycKBݧ\Lb	"$IK.ŉe7̺tߺ.+ڗۍLˍn/ʍܳEI::6xkgr;ZG4Sat!x=uϑz8\@Qzp Yt*Pq
ʲsLr4ɐr}RabݩWUfPR3Y,SzAG^Ӥ{-;\b*;1kaZwV,~Q?܌it<?z]e5!`dB[}z6kלһS_UV{$[&'$ݧLfC00]?ܚr2QX,6ޡ>x]UF<%8d@`GTBdQo@XC?gCX%ňha.jbzLieѻ*۶#.t"ܸK0ٱ]qNө&4k01?ZwA
9 *e*EH0ڪfd`n8/hzSQ}{~QV7FI݌]qYNd>zt̟ψsRgycF8?:{izƤ	YrYĶI݋Z)3=r))tp'"ȅI7{k_Xs2jϨNQoj)~zwC)=o}ؾk#W^׽gDѰq܀WPC{ON*]1?pI{μl~Nʱ̏aV2ΎlG٠B(Gе#&,ŴTS[-Ƥ/H\Ϯ^8q}tgrw_!ݙRl>O8Ѩ6q}g%\ʽm=9&fc>(
3jHATB 5=rʨ1wb˿UsjDiIՉߘX'+dy^	4^xϢjW?Z;U6Gđ-[":$E{^bHXݨ"24ݯ-mvY&\gn_O..zO70ʹT30>-ҳkDt/xPՑϡosf	+q̘Pl?sh?u~.׃̒\JR9aǘGV@y[v	L5kZX?ڣ{RQ8~WoBt!/-O}_ofB_Z=¦`nj1	h]RJr}God
dК]G]
Cͬd+kvѢEJ']ʄ;~+D
g{2֜bGx[xXn@ݒZf@8x|_vfd*ί9=fkPԌUOg
KƠCHˢGë6#ĭn9PL_C"8,<NWG^`uP7tk{dKّ"γCK݃Z=- ( 0x*VEs&od>Ah<CG ζlӓ*܏cЛejF>U:Fos2I#%ڴo$T.|25vظ%ל-ٻ_zָyAolRc)3PVAJ[Rhq	8ǁrS86jxøha*ݫ`x=JYwJ_Bx׵&7Q`ru/rQCSaM)4at$4rÙE#)GΞÃ8ryQ֝HwQ A˛.Wc77P
Bג!0;i˜rMϕuуF6zB *)я^:\
r`]ɢLժN۲^BFzopt{ж3DWN{38wf1,334D3l;!S{ϊ`ߢFʵz<׎d;1FOS^p)|β&e@a7-MYlȚ*(91j\^gیr>!q|Ҹ
(eܘ3;s~a#%zlmm3IН5&V$qƦ+T=?܁l"|Zl7.$a)G4
#QAßPEDwč9r[YlHٻ˒Uߚyo8+.qE1o2ܴL[FɐPћ5ǆ?M|t'[N5i_ҁT>J>:ِglw̵Bٖ\:F6w͏/LEUGw;]iXƷo7Á|A=d!pRYYULŴ_;o2mI_Dy3GXޝykXC.+vT2.AnNf#Fi	$WUm,\ݶth<4E#9TȠ#!ާ$WǼbR*Ifeܗޠ.,wqYI\L)ۆ(S`a6kdޙoEr5;J+Rπ̳#|#
$Hcd1/Ȑ)1"6;ȴ<`1f)A%!|ЅdgLj̓&l%1?=eUGPʨ.)AhڊTq"6(Z,u&JIrҙ#qʬ5Xq7B.J+
Lgzf׷b۵..SfV\
QCΛ`+&znѽa):$s[eEx35?ϊ֡cܹ%5ӽ91!О>bvų4?V8:.\)sƙeo,˺N˞QȠ*η*k&q4*K!u{.Ϻa+_/6k(_/IЧ"f&$ܗƗyaՃ\éV&~MEnJz:N"Ž~UfjXQ@	&҉,ź4yǸ
ڃ?B=xުuK7ݏowh3G+,t	$zW2V3xbX%ҽMO ciHd:&'U68ewטSuQ(fkejhV_ԷYWo_2M@w^T	i]DLmCdRZZfi]Z'>m_BYE{۪dq7o!u=*վ3bSѾP,rGբIDI1%zj1_1fsŝ@ׂ"	!E5Rٔ_&i)	@xן2V3³#Kݺތ6'L^S\ݱرکa
r~]>Ŭ*F޽-
+N:>x<a_PޣnC[լV#!ˉgLƞU?>kr\ɲ:m.Č5μ]	żupa^uqbG>NwAw5+Dc2#OJ
/i1g.͗.NxV2KshpkZ~JX)˗pҥQ)4ȒRf߃ a0'RfǢ,^1o/WXi	s9)w
Ą?2| !2#B^zB']l	%lS*chřGϫV*m:<r)1Qaċq<:̈́MQ<gț6<MM`nv{)NSCz:dddԼMF-lm\1@Vp4Bv?~B@S,ޠJԼ	qSf%6gī.O 5h,|ͲVϬnЌS$
]7r,@rln9GÛ0=_!,;,vؔMoǢňgz<4҂vB9؈`Q{a6	%B@0u~ʁY|?}{1JwR}Mv-2"P̺]?-=ȅ6a[F5`Cy}Ǹ(ԯ˷eۏR̅-S'!K4Ӆ/̷{ۂWĽ6QĢ+I*_b<7+<=)	%O>V80J.ͶqTdJ_9.?s,oEz4YY8bscܱQʜSqRھ_mϾ`~b)t%٧U<ܚ5ΈZ͞˰6QTAK=3̎'oܵVj&YeV&ž<v+ߌl";9e0sYvӹJ#$
mY3|$fV`%	Eu-&­Ti^k6^xXQ&ߡo=(.zD	TYFpd$3uÚ?]':]f82rkyUMлwר(=Z1_F %t¸yp4)ytJE]y5+:uK*٥s#ů?suG"b׺ZPkb	;qO.ks2Amw`M̭ɆHbkKM9;Z'ڌCR5;)ceU3'OYhh(dO6պ^ngbNSF9"^&Y,+F!_*PpulLls._KkI~W`aњ ϸ	^C?GtEߦoB)ޮ!ȜǗc-\r'iº)'ݜ:A*p|8Z˳!~τ1?lѠ.zS$ܺ$)	͟
C-ZwNX5/!OWݜ;
WCoG(+ZzZ]~oXK_՜H)̠XʅNC8r*lP	/<R_D`+4F,^==k5zzUjABb+WQL``+f5N~nr޶3&om]Uf9"U*=ć_f]Zjr4j`ݷeن#_д}̦H~G0$]pBǖiI˸ɐҩr^oIe:bs>~kIdDf]!V7p:H6	޿ȵsA45^)	bPتǅTչՉrZCK53©rFfu%sh#;ŦJĆ\jS܇3//DvTj-?$ocf`PhpYkҙyi3[\mJ@Z˸G.6"/yTّ&.@R`8=dclc]ĵk"ѐ%26oVg!҆`?]GqeI}иC=%EKi$w	(eV/t4,hIqr؊Wߴjlon׾B?hۇ88t֬jрBĠ3dU҃[Vpɏ!#֫ZTöcRH`ޭrhKLUo*"2AL`żo297md?r	G|`(d7j[t>QLb4dIyVf.l!m'jU}[c}jkƄAǂ7\φ	N6(jrTkJ|Y{'
>>oA>f]OW"$.ȃW/6$3'YH^b5|4{tCM.5rw+jdsBsn:drԴNB7LQw>>z3}?:Eձll]&A7o۵%b'
BqK,!\ziPpA\]yhߢHC&ׯ jb(@bud~7[O%(ډ{ΈI) dx10X҇|/ڱom&d'
,&0>@KL̋6xqp+о[&әcD<2fu+F7߸ʃVm;^Gyy˭{aw8$%ӑ.,߱ǘ+W[k<ns4.Uu.BJa:4Ǭ$iGث@bM4`[`4%Oa-c3yZ[,PZpOͲi[_#̶t5 Uζ4m%w*,tr84ǭ΃Tɟ%5v}ZÞ@PKĥDPdbq,woӹItB޺/lSCrҴmhBPCe9Ei-?͏*8ݴir#ݣfz5ӵ	u?9;R[B,ՐaW+u5O{|=~C39aE8Pp?h43Wy)Dl3r·:ͣ9#Gs\Abu{we!cUuD^@ېIpK8X)GAW
=1$Z_VkAE>wSFk|W5#VF~8=CxZM)D,ȵ7RXDя'!
PEOw,ϊj"rUЙLU>]6hL+ؽ?čTFZQdjedx/HOBT	Ǟj:6.+]+M܎sGsSMC3<[a6Eٵ.'@$q٪Y(	̞e!Yn9*$(`1YʁkK	tw9]6ͦLH[n~hJɘMTa6EoW-ozͬFoc͒,d8Ob\oǤFڧrH@1~ԄU>L@-\m:+ҙ*rA^5jVES7bwExXjsM(bí'ِjJl2x+UFgT#<Ebfv:ٳ1uƯ!Ϥ,yJOЧǲmJ&DrqV/(2IC+Dtf<šK!>AG9{%يpIKR)^'Z9nV=x+6)IW3//s:@8PbǿeLONҍ8Ϋ][-50OYD;;^p'p4ҁ5DY/O$L p	T 5Wzc}<مْ"d*$sԒ~|Y6-NeB
)qsQg'=Zf-uwB+81<k/|&jSQٰYvj40T(H)!իq7`Xz^"in
S_$mpӂtGl
8o}vYͷ_H%x4tƢϼH~ݝ"_F'I\ta/ܳ#7OѶa 'tCӎiȅŤ'ٛ:	dDm5uU)/)>üAKSI,w$9Zc}@W̓ӕ9*N͑@1ЖđiCЎ;7Y2]K!3X+]GBF1}T;Neq!r%.z9\Bgx~=Ct`ˁVd_{ciR$'RlȒs)$ yaHg+'dt&zkddMʓO
i5.S"L:_AưMўAF`9yl?	]~ձ3>,+:i<ؓvNކ+.jo$Uʸhh9![]}OŪ%q.PZ<2c	,sQ8)<iLEدn8)_;')9NlGq0bO,b/<!~՜FJtP*#kKB1k5CQU<`ynAџ	ұQ܍/"ԇ@vѝ\pqn=yh#;.KBuFP!JѶF̻=4ʣFQJ0|(2@Xϭ\@XNZMi |:+dR$]sc_
lҟgwCDJKA"Wݵ&mɨ'O֯jJwMQ(7 \gךfܯ4ܢ"<_e[['2=;iAчjۣJRK#nA&؀%ȃEnu+SKuÂ-vYSjMspզ;ŗaYφ59%Ͻqyz_iY4Q-I'cߓω wnm1_[N
!aB#^?ƱH
{AOE5FtϛNçB9G$ێ<%rZfbrۤƬoIKKwTƞ ۵{5rӌBK2Cm͖Leۺʠslk6m	$/FuhoԅJ ԐLLs.Repͻ=7nuH@FLgíΨրBN8yB؎.dqp~ˣ,aJ]I#:q_uܹ7ufv-;NөouQf+ײ2
Kvf[ɜ#ogbX~4P<0|5[}w1j)!(Z@`fwDHT\<XNm܉=_j&C1(vѩ]XӰeŨ4w\ٶA
ϬMhڻW$:e.S%ʥЦ9k$MXBŢC~ص.mJԭɯI̶	Kf.=9ӸFW{'-Nnpu3]mLdWdD(^8Ѭ:ŝk6lfń$ɠ4A	2˭]c؟Y͊NM	ɭHSE-:3ab
IZG%2*U/~E$>\43dQqx8x(Аt." ѺgjgŲǲc;ږzjԝ|Igpa,ϟIk6ڠ*Ŷ6*ϊE
݄2	~<f}mZ2+0jѿ*(Ua#yɅ>{6_ItnHtWiQRgB,}ZOQA$X[0tcEˬ|-tN78P5DRN	[ٴH("ѿq!b,ȕLD_:"s9bϽ5#lX;)YD%R<eo*5).W7%܃2ևOZg#նt*el]˾:}U#Ή8nHa.4g\܈$["ثT6<u -[8CT,iObBIA-;OWL^ggRX8#{
R؏^O+zGP4Pdn,~/dI0k&-9Av,
QDY?pSG^*DLk³S+(FG-7REQpuؑoǐ1FpH#di@Q92}]1 -6@<Z[;V5?vM
Iُzg{`KǒskG+|JrOWTGh1#ʲZ==0j3Zք9/ ycUP	vm
weIzM5ۀ
AZM
R-ujMo/Q3P{̗hr/]`9<,Aʹ*Kd4ж*B7W:#տɰg"'{\$9c
T?!`ı>76ثx:ʕ1xx<[#DdC[G:FRG$T2\``Pvq5*.BtS=I:7x2!+&`ȯL{{?Tuֆ°r`і,$jNOINRjtDx߳vaî_"E֬!I>EwF^bokbd:D>Q"JEiԵ}mtpzOM7{ER(zQڢvLI)!|ܴQ_=#ۥJ|~WF j:	G)ƲSO%|Kj8Q!rů7\ϳ	ҁ-"2H5
X۵_i˲*Cϋ=w̕oOC\g{3߱УѸE6ϚqDN2d+>q:$@PzZh-ʫtr
TT̆:z3fȉ\ˎX)ѿC,бCԗ!/vV5`4.3Xwh#7ߜFQh٫5U"5&	piB1LQĻe!9de2ysoSJ	%r k;kƷ,oJ<nk10"/e.G7ljϽ[ުZh(JeRwLdװj8h"WKQ֯zvP˔x(xXVkHbZHW%+2%!Y=o.SE{\fHNӗ(נc^J-GĻdګnVW\/60S:`BپJ:^omT4h8߷\̖q	1%yW^\kt$[fa/%k
&UOpn?=O9h<5ϧfG)D3g9gn,Ŭ|RV7nMǥvKó]chƤKP]^hEf_ATG!eNjS!Te/ʊJHl/Ն?#9n+9]Cd'NKDL0
:.i@h6,Fdo>۬g*l,lmI҄vwa@%`S&ҝbG>48V!a3UˠnV#ؚ~*^Й.0E26'Ȳud5A&cֺ)`Bz|fBғɈg?hJǄ̀;S&ؼqbĪ3%*v7PHT1LOoQXa*ݸW@	\ESoёkOT&'uJƀ3{<0B1DR	K<(I.	HTG8W϶!BΌtĸ*4L!8;
66HְrBo0n2gZ5/^~{6(̱nêRm8B
98&Ε;j*#˺bbԛ8|wŀP^):SȒahQ\~Ӄ{SLUł}zFXou=I4n$fBU]BM6|GCϨ-K{!Bxqι؀0ȗ*90_mkq?2.#5"n#;͙>sDYRs|6z=A_]<Dȫ+uH!HSoR)}0W<G֘/Sѝ{F2Iqt9>%O(u1ߛp/S.rCPʭyJg\c3#^NЧ-]SJ{`~ƴg^js4zro$#xzoޙ{iYrZ8ڲaa" t
y'^<ow̚s"#AX]:AђB.H8-A*9%OEy]c?R][XBoUe6sT`]׉dnhE!uhŻ"Y*fƁ#Y-2̒؄
Į}#5\n1:ʛQK:][=²/8*~[ݞ@X'C	L"75&ؼj@KwΕʸ{@N@Ώx>QcZeO7/`+?5ΤQ|yΜŀ(S3N͛V)W8K؞=WJ}Q	l՝
i9O8=O̹_A(vJ|yr1l!;s
!,{K;lŦ̟VԦ̀C+ZrǔE2nCW^Xh }xV3o΍8ߟX3y
[RPvMuW('ΆaJ0x>̡^+ŅZcs#wŨPiG?	4߾\У[s.h31`G-BL7IXE,k
Ô%SHz2E8^E#=%qQg[Ɖ7#ĮzЅFǺ}<<Co;P,|%SdI)j+'ئCpeh۱2%Ҍv"Y_" %26fpo	_a@ȕhfdwQz
7Ƈ10'B6n+gTlq`BSn12e+тmW)	/4_T_ɇ^\1\ޝ9U'sTt
39~ߐv۴7xHvߧdUwu@¾]VΏ(hy8.`vNZgXVĄ$©A&Yt(`V:lțJɆǇkE* 3Ѝ)bt\Ep	}c#<D۟[}R"#X# @W˝}<$#B?u$B<݋:ALX4̜mT(#PoEJ8UDCD@PQ$v;"=I'<Y`>|D9xl><Qr;rAĉdS@>ӥ^0a,E#nefСB2{7V`<GFIPirU
CZW.~Θron&|;6!V؍Ii7v\Y5ʥ)a"n\8:Hh=Ο!VҲ7j*blѫTE[ۆ;ҳ`Ɲ#$EBY~wƖS#Nŧ"тv/L.:o[OKp;ƦMw	Q)V<[ޤcEֵc'	qzUVŀ_vj^P?r8jILK}{2KZ"zxVaIPJ|bLJRTMMא_eOلxd>L8w̩6Y޸<8x2Ȅ?`=-K=ǩ|5(ޚ,6-ح4<.4/RIYŠTݍ\!!vٗm ->Aʣx82vx)90kΚ`i9^Qkʀ&;tޟdvZeX1qݘDѡ-ݒbV)MuK\gvH5ڒ5H9ˢ3CвO2փ<oغбIwavV%0>kz[K!L:1}3o
'uWJ.+0su01ɼD)~'OU2FPqzn[}fơzPO}קלDnÛ?/QjXeͼYcyte%O6b&(ɘUǱY`??s!̢8H	̥M{ӟ4ưڠ*F`MHd+ތ&1-<4X8vDA0VC7\FǊ
9K֔(}ڡTGK^jqɤmp@aID:_Xi+ob65me0yǁs7PK˸E:H3?tfF@3F(uc}}CuH[>*) @f]D[83<5sE.~׌ͅpHtg=r8ŝ[]YVDuׂ}?%́nBX͓EtZH!N;oX96HU"`yŁ߰Tno>r}F^ׄ:	}?Q^t"K"/?|}Hѿĺq̵=6)0yDʍKlW"u=Vգ&ɼ_ORbA{h[6%'-&ĳ^ʞXIWH)+EFo*H?Pؙ`:B5۬[4O*dcI7AYsDz@PSbNuAAV̪sپͿCQXv334/'BPjjxč&}dn~\Y$0K2/NmƬc`Wͯm16dMcZ5\҆<`π1,4n4qܥ; B"U]۪T;ԐtD/hɕ+oO8nZU:C#q&8833%!3.֜ZJtQD֊iO&ס8'phl#_wGL˃IǧJ1OӰ;Ɣ[8?ʘZ7|IgK*mcYoװ;.o@2jߴԢYjЏXn!![viԎI&'p7P̺7#@ɡXoX]%K#	\`dܶ3CldSc>37_`9O,64"̞u8MTŪAw`Tct
Z@oGGɟv*<Yq|]dʉWǔY&PL]+ƪZsW
ߧ9CBxM	lȔ:=F7*<&`ڴJO|<jȽ\y(:h<Z+hΑV6okkIwd6Jn0dy9?0XI6l)۱u6"$n+GZRʁͩI)^\[j1`_Ew:.C$nوۋ)vbbcްN=IXΩf]VϴxfLb܂1Iz%ۭWW&y-.ZP!oSŨ4/~:ެn?@SUD*@n^Pq1Hl̉!jP{E<ފ	37I[y/zֵ?AIe+m;$l*.Aכ i6ǯǋj߯3`0]uZtfr̀G.E9v5RƉ=lš,3,ߤ+kR~AL:QFs:6K8?Aʃ=L'dZчM(kѿJP
̻ce@^P(ޖ768\ܖ'ƀJ<5CIjU_|5-k]M&'a0Ps}{ʠĔ6<[U*^@Nݘy8l"SNܼyUZ͖	w)U!&"c"4Et]O=f9&c8oX_pm`P:K:jįҶSI7bA`,`&&Ż,46Sq\ֈ!'[Q[y[s|
y wsh EiGp$("!W9= !	];;a6~NIk\7+._APV7Ξ3/#&|nћYqtr\ن,\\yyފ׫xIcĵȪI+N$FܱWMRGЙB+	dGIv>jFțݘHo?8S؜"^Rքb{|c͖q80hޏ;o_s^5уeG>fX*gĦd@/AΟ5U^
ڒu?}/ю%
SIghBB_r/[~Ti|? rI%1\6ۛ|d&v'_۝f?kW[KL:RƓk@˃CHkXOɝ.!>'^LZ!|-R,p=CJԭM7CV#:2¦Kpy?-Ȕˤ/HKu,ѤNU%@̟3ΑփS.9HvWqKb]C٣*![>(CUP@ٲhݜu.'&Dh_&م\aBۼ*Ioamyi1lR~c>CE2(&5U_yK2]yl|[54ˆ:@=HcБȁxrj	
Y%:?@^f-xz>y<:|;{э,egX?*E5vCŽS
qݱԃҪئH`svt&l8!	8
0`7{{-da:YxV]N͓Fw6? ,wE ֹ5t]>&$0+5jzS=׫_Q@L*ݱA$TEkY"C2|=܎zg7@B5USQXr%W	5ĥr:,ǭb5k6JWx(ն&g6i\#Oء3vl˓ۘ%ԘDzBS/.Fb)WuNӯקp|0dX ؊y}3C:ŁE`t	I2s:~y1J=mKwz+$XE-2 U k}ĉXק=YG*ZHA[MG<yP+*ַ99uJAey6G?ԛD"Er6Jx"EMjPe{*[b[)^	n8|0$7%SM#OEz?tSߠ}Im||sqہzcdTFːͬ4\ȣV7۸9D/Y7QTOx-Bۅ/,/OM}ćX)e(Yʕ,ı*$"WјRh	nZ.ԫ[f[
˷0"6v8`13:nas_ap%-TeyܯgkbaݽIÃ^;Ա^~z߇G/5JrzܲL[d[@Ʌx}W0tpsѧ		6	XCpȤrf_fWyݿ-G$sŬ~E<^w]FLN	2XogN?ʳ!Q"z#-3wҖx[#
?AG֯}mމ˭ՄzOrppX?_V!{ݧkBz\|O(_TnxŵZܩ+1دnud,fG80&]aNcW{ė
d9P*ٙBҊ81΅n\l!JZr?D}	(%U0>ɁIwWnO9[.׉x{;d6ԁ;\-bKo74|LnáÖ=]5R`hӸׇB'+j~&f>{`Kˑ|#tνRGÞ2H;(z-MξyRa:`qU4cz#rImKy3ԃKB@a"uCvD~lft|*Y;P/Vrdc=HZQ$!ǰf_ҪjoNN/V!xlQw?<SiYMu~J|0)oCc$M3ImɭiΟsZhOz6ph:prXA:d:
Jn`©K#Vfz9B%dY@2.@<Uj=wΗ/aJRf~Ѻp	*5ӵy5]W@ߎYtYdy'!ۏ'$b+!KXwѫUi:exQȟjJ݃l/)B4sFCP6Mvߪ<΍R>IIvo~J.oUX{AK8;׉ث%EƎ|!E"'mvѵifn/AGm*o`ՏCw(ݮZPXpMGiե,mԭ!]Lswҵ~5a+g1T՘Ȑ_U%QrNځl̛8SWg?h.$Mɿ
r}vMʽ_
՚ut{7Re~2fϱ)L/¸<jm,-yȭք
fT&Ϗ<}"L*Il̝y)K.-os]Y@JymEo$ݭOvB$͜Z߇,Z!0?ދlOڬ/N)¸"$ԲFhCD5^`/bKulw(XUz'igT4q)Ki	l)1њ}9(ڸ.K GjMXxg֯Nl"&m@e@2ƳX<K<F`ƾ~ȐOE+ʾ^7}Ϟ 
IɁGŚ'	71=0ǾkX\ZWbZzͷY͎߆N2V,|-zشe**ei(*KHHIy&3zr$VۨNq0/\^{ClkrͧYQOHGw~<"
͖#Ŭͷ[o(cbA߆3?%'iߝYvPoƌ8<r2&KM$[:vƘ^Ӕ
Tt$a7SW DƟjqh_nFc!i	Lj44>h!*P΋[+3Aй3.+4ύ%ӯ*DmjVd
#mDz]R-elA%WD7 Țt>X	EkbbDzp%j>|ϪTB}t÷F6>}V(14ηڲVMsT[fFՙTPbib'f`LANܻkhPڒ܌>E-Y1iv׼A?,o}f@{/i|Kŭ ZW)yhr?W0ɹ2oՂ֗qvoɤFP*5ghwQTPˊJՆj̃d;)k՚ehƜSdtǵQenՃ+?B`gINV8YVYC\,FaL24;5G.{nDZ>8Xsb-.M,Py%VoEJ Hڒ;tP>[!%M@s[7l݃>ۺJX|^E|'ݖ(F¯:^&3h_N+LF<=`ÒixL{s/0[NȌ~2&Ϫ]_oF`PڝҠQv3^TaestwmC'"fa3ԢΆםynFWz7k=eڑ߯4Ib},ian9+[,w`'zC'Ŭ&.20
k{p\ќ1/IL_ԎhceJٺQ&y_d&&hBM9ۖbRChB3gw$Hr}\Kk#i(?Hؚfs!^]z'RVpU :nUq2$1j>]tu1ĥ#*s9٢l\nszcO$`RA!ޭ9Iu7٫%odDKCbŎU
a_M38lEib $Y]&$Y*'"C"r'{.P/jCUDgj|W^?o)w(4ZǶH&Zth2war@c*,:ˢadN m+a5كZɈm>pF7IѢ"s'qdѵVϤP9j3{4daՂIW׶]6/*XC<Ā!\"RP°pG))؉߳(jTVaı<!;w@$Ńb;.QyI߰1wϋa{kV2ω4ܵk3ǌz&2n{ ϡoGŹ܈27W;tx+j=.'E6g жG|%JfqF|WPW(=!Zf._?ieXԵ("0KT՜~%hE@<VP8x F8t9[
XY̆@mc"FDcÑԅAq(
&dT*
Cio>dלƀIԽlr+LPc_Ww~q8{֟JV:&6>@\Y\?JHmٖ?)46"mw4|X9/pRSQ]gj{%>QGGrwfdʊfǗ>Ѝ9ߑzq[<ځc$2
=DxN?hcA/LĒٚðy/٫ǜ@Y ,Ј5l*mD\]P%X9@<,
zŃEIN2&^2|)DM\[?/e0@ku,Glx<-3]Kh\E.ɜtnm)ݝA${t##b+`YQ9W3
NȲTg*idXEHCEb6WROT۷/Xܹ(4ׯҺĻxrsʵz_+̑|َ9¢75MOTc0G :}ו$&fk^h
Lt8ȦhrVVx<ô5dP`FK~a?eL`a`5 HΕk:ت!.j}CӅ:ݒ&?íreb>$gZ{V`@+^!;uSĥ5Ո9^רK5UEہkVф6@º
W˿,pƓ̼b(O<U߿v׾P׋goӽZȹn>htΊNvJe[o7*	dϦJSb
.BA~Z_dPwPR+_#&`߮fW}k88nŵu~S%*dtuڽ35R*7{="X~l`ؓjyhd<ЫlU`1SMKΠrQdr[d(>Ɏfk
vk^T{ιϤxo:+ێl1eǾ9@(<M"p9'GEsPm$P2CNKs=@:l"PݝhxU2vVpɯZN
U"o=lO,jֳmҺ6d=2rXО{9΂^G9#5|\m
}/UɁ-+,zzǾ F?߰.M\BC#M]A)vMÛR&}(Wg"x֐ί߽ղDjJ	GFu7^É+^v/y? yf!ƣ%֍0o.%Uvf~cnN"֐AabpXQm	67џEA=x"Ʋ"RMV{@?_h>wt-K[/¥$Ŗ]mfGr+Ȼ[v"<}j* oF͙F/M<_4%6ź	uEk۬w/BH	в0PƚЁt1XE'j/r݉pk+rR6D92Jh<antf>-!+Nu@\|/.!~yiɩјm:hIcˁ:\ȸW9WZtՙwvNONm{A?͞Tz?Ӣz&VɎJA{\ȥւ8t.HM~uMLb.էtZ߶X;2qb"U_5~J)ͩrWrf[#(sȪ4MP-;[xŤQ6QgZ2hutE;sJFuDzr)?MAru3E:4+wb`̒;vS~.!/)!ͮ{ɤNF~}ȲpySһ\n@Nj$[gj۠ҫW` +}@;ͳٛTf\p^K]*m+fO%uͭUΆP=)ܔ6K	We(z+m`y12Vӌ<!}ZhfߒQ="&1K3{^%<\S;lmZÃIO5n\{a=[hY`ĞdT?JjV+4¥}*!PE2uMsf|j&͆O-ŀ'Ơ-a*%1k4Sv7^seMk.C ?p˂MW˔%C&11?ѯʃ=Ѣqh"HANXqϕ͏|O?g^8İ?ÃרH}W$قG[8"LUo7uoUQjŏN\ة5o?xdɋY.C?т[6S_Gnb>9C|*.?#0aޜҾnhGiL'iw¿|ԾM_eZ1(SXuE,gdǢ#ގFF`PLE>zTsLY\	(ӹѼq?dbɺprxGsYǽe!ry|9.Jvig
ç38duXU A`<B.c"tGuQA|ƕp^h]-hs<	+dQ~mԱߺ(=eSID՟Ef1ehAa5[+yв09`XGcÝV܀B%`zyij=;kXy4`fM
RY>dO>c\Q>\"Pmp?e	9auW9 Xm̑m](lQŨ}t`_1)0q&ȣp_8"ѷKH؍/37]'J^~gC˨\iU
z>;TIZQcGxZdN3!$iIc;K?ſ:?cȫ-0K"q+:`CiHEmNX2* )i/Nȫʟ.\Tޭ}iQSWAQrG.%׽e2k5xK+Ț(5wZSX
s:]B^mk]՟6j# C8KHhͶ!Ȇқ\ÐEܨ:6M@s(?ɹ/Ǖɢ6he>TUfv'׾ޠŉXiv
Oh{!M߼ހߎڣa6u]ә'5OIٿIb)b0<e;؂<bVOA|C9TGC]']b8߫m&ur^&JХ]H>OUzCmŌj!8^ǐ=vJv!vNrTbZ٣*Ɗ~WܗĶ^J+A:K/*kNݶt8-!wT~jĚIɯ|8ѪǣE{p~&O7XpUk7]`{Fh:u'ʋ˿wle0Q\5LJLܞ̜ع
ە,ַ!đ"m:ϊߡEaȺq9ݧNՖ1ͷ+1(#D.71,j3	_GU48֔MƘn4-27,>ѕB)$ji9WryE])zIe7VݿdK	lDr@w74DaUϼ˒Jd5;ZҋtnZ5G~ 'Ƌ42:.PY%LZ"LR7T0z,FԹ\|RX?w!x8:/"?K"յɼ908ۄ7:2=E(ɧ(s~f\0i<dyX\7FLmץ u"Ⱥ/'ӣ}Jǂj/{-A&T/a8p@=ȳf[߄PWcuv7BPĠnÒϥecixOP_޹&hĽF HAݭ6gzb]wߚ0R=)djȑUKs5'Krzyrnm>	NA4y֐9KJטq(FA/pԷߤml|ׯM	ު6"J 4*k5ċ$O>ٴT=a{ҽ6/ 1XAŕ	wهTHu3"Fw.҆dK(s5ln'e\&J6I=-n_p^L0%4&p$?U[4{ ^''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24309)))
