import brotli
n=a=0;b=1
for c in r'''l$XC҄9Ґ,}K{ɕ,y|pǚpΜ=+YUB=õ^0t1r%H϶idU>Tyҳ |k8e|s/ԭw} hĉ8!0%FWNVϼ#߈(/[;!˯s+oWKĈ4MBY\|MH]Ľi3װiobV/y#s'lЩCos4	˚#RxKɭg?á4+|H\9,jTXG̴ۨԄ)1w$9U;	emVEBa|2HRJN2uyc<ZhUlIkՎ3ӬdΈy3=^GXVe$"M$Cu-W5* 0ccڄLw=ϭ&L@(ŀ=@tgЇ!lru<׌}όջLhZiٰy80|&cح>XҩB*4kmY҄9qݵՅ)aRORx}Ҟ߿>_A*(Mُ<OP7NZ61Z)-M%Jd\=4H@/I^k,aG(KY0>~XtyURR.%Ѡ3:OG&j2ڮc7o#\G5ա6Lo
kUHMZmIc	r;M0ι^.kCH+a~ƫ?Ŕ
Z@booK74b36.}owc_Σk|mŁ9[˱<ԭ2!cp'z!LI̈́Z(XX. tװɽiԩUfܑ-]M^v\]ց@0"/}"rovXæʉΘ]8۲AڛYo/44Xȴ$QXBg	&1[4ѼWmT*ڡ6M(T<̨0Be׏|f$$Aɇs"LPl<y)yGj3@Q$ҵnoyyҌT~bdZjΚ-ss9fmy?r,t}f(m(3RT1BۡKnWS+9Xm=Iqo<#E2/o,5oRЏqlٰƈ޾R7eY9Ԛ!BF2 GŞ9BSBwѴO&(}&K]D\q35uh7ɏC֛7bh:+XQi\'Y6Uٕ2oɚxЉ8&{esqfԗA%ufFg׎;ǽ\BҒUĈ6B9J%!sn\-qD-|b̀GГ0b5\ـ]
UP}]gZ[Oûe!X${?Nح!5`6ckXu&#&n>r(.ҏy l\p5_\iJb'uŽDv8ma"LF/k2n7BiP=շweJVMsI{ӺbR4Ƽ4J@DH|;iJ94lP)ϖi},I4!ΨK+;z͂!&,~"j
)L!AGӃ+ !.Ɨ:<yҫ;Rpǈ'k5k<^a܊,^r#ȟM{ȧ^&t%}x>4Itv.ơo+_U ]ٛߧVtYPF# LN.	 a~[e-cdhؒ4("*u0VPr.ǔз8:۸2<Oҏ
2)ò{γVBW<_s&;'@[0Si$r6ڦ*B+a@c7;9~X}ޤIl
"s${Ԋn8RuQ(И'c]V 8:^@|޾Ua?}v҈عH
	KEtu#jѨeqү\:VEo,%1V9B٪ʌP"#TO>L']٠9SO9ߢxՓ3?	!Wpv:VR$m_c
F$* "ўs_gj7tvTƿ/)<$QewݕB:ZΞ@9OE	FR*2Xn@  ]3>"إapϝ̯DV2_g9{EIyџٯ#j7ؐOˤ.ϡ.zs	 C8Vl^t?#.|r<ƉZr+%T|3Мӑ
b4($b4X;8qȝN62p9Ut
(]+UP33ܟYf/gi=8Q6ŊŲ}ѻ#~JCkl$qѫ<Σº4g۷=2|cs.}&YƮ0f.{JLBVNŅaF?Lkә_S''AƨCH(gf"fPjMzD}c֜%V%TՂ?<-TrPZljn<2yzJ-SϤqNiJ]d;ǽa,zkLoO:=א",1ǱmYpܟAo1}f^Бfe>har=W*<G1IOirRCq:4kKūlFۏ<kJ#,!;^ÍG:}+|R"MaЦqO*"JϺ~z^ǶWeu`X`fٖd}lE4bn
ҡW1:ybzJ6)]$ec+mdjKy?!,:P͉%)]@?$$L>j2nȒ5bfM$T35Se/I=Fob_wgXy=Ć&[2\X>;+rS9կD8׶]ܒMb?civ|HAݴ6@a%pR1p~:|$oD|5FQqR+Yƛ|Ai`΍)ڇ2{=ylK*U/]i3zjs#K)Azw]{txΆ0ScfyZ01?!w}03sk޼`A'tvI'OF,`̚ɏWb׏gªjPMrm~ڮ07OB(wc4+(ncby-܈W
o~~/taCK eg`Kq՚a8Zޤ[(e[={+S+nc"dTKZ,)[}a`یמ|`ffRdNIaLlG	jq2-6[*3сˀ4a:r'DCsp^3N/kXDVl!^זЕ{}yZf5Ր+L3iE3L$opgqh	_Ҫf2{Mv1~̬	stE7*o z<ߔrOו<.=D<ɛx͒w8|-bH%;!3)PSۏujTi0[kM˱q t^֩[:1܄PGLXu&[sP2*6_BVM6ȾwSTkfxjYrSTׯh^:1ݽ
wό	v1!qӘ"/1%7U\Z`[>lՊ !LnݒϛviSѐRߎ\&82d[mAj]zPӖ6HU~qީۮ4
!Lg$+uR\̑}Ӑ!5T)p}8Hr8ݠ6ɜF1Ӣ#ʈY?y@1uqvohf$XTypAczUzmzt)ϓ_<(h֗D)pst?^֤b1{ٻ;E;ݸ4K9S3[c<rފ|tf!v@5G	тnZD*-CN_f.II\hau;%Hoȓޕ÷/	r,3k#K?'{FhѨd`ՆpԢk%#ϡ	T=Ow#[oo0ҢXC+dМ'j7yd"I	Wޫ;QlzڰL(r&	|ۚ}p#؃E
E2/1ӋOѵ$aMە[͊Ů+r]|CxBjRMUL3ۜnhJh{ƌ-huvlO*˸-OQx́`Ɍ̓ޗwCď%^qgrA.6Bm'BTk%a~ƖLOa>yYKaXnʕ>_̷)ȓ,b*ov&.$nX2^Cs,eYp~PAJxb/\ĒƪW<XΆ/}P	JZQN3YgE߉qSgW]^zNCR@NcmfTS)OmV,9zDn;
%"7:n0D߳O_o8X.r7a}>jKTVY˟,Ӿ4 ytjS;Kv̧5%D_]~J%FswCD@ȚV5́`ݴۢ͋+զ{N0^6Jy9onn/.ȆIm{)~H B$1CUǲާsoRl4ci;N()bM:q&Ą`5k	7ϳǭ[RymnJG|eŕC'qj)SޒJg'h[1@ؿ:|#vuGk<B1ܥ7 2I{0̜V4F,*aj$))83sTT|}4"ƒي'PlP:s3_4Ήg~y׵HSHӜ'Op"8ɮz?Bػf@!3:W]JT'Ȟ]a?0[SkOޢt`PՑ(G!N<"A:n:zԀL۱z:/NGxfQlWyy0%k='ߖaG9\?+f)[|;!_LPxT-7Fɀ/~R؄Ch;;ߥOҪm\="PħYTƓҪi_'ԫpl0	grΫikMčO
&7C,2rWXo&ďycJ΁Ѹmvۉ&އ^)0DmtIMGxatrgp*Wz%jρ ќx,E7ê6Uo)D?m|I:Hi>@Nq#,>%i+c#5ZU!g1kg%^٫ܵr
U*DBD/4VEʛ.3'vT6_uѪCq#69n!C,cw& ZP4{L!]/yg*ZHt|:`0_19k6%y-ƙ%"g$
<~BЖN|ʰWLVxHW6(oƱ?P
Dwմ~KyEIDױq!BOMeR ގiOiC~Pp3lx8]76n%+0PߏV$ bss)!8uחIOIݳ[ugT.VBĨ̵OoLR><PՑ٫],٘#<K*))ßqZ5k
\`[%d.*5+ǘݨIrQ@&Ik@|Z	46ʟ<sTWT:h#4n{tq}}}ݴS+z832&
AM>;m)[֐tED$CŢeTc=w_mY:"hfY{J\Ո#)Ծ͓TD)9.8-(OU˸Ðb]Hёvʭ`b[uSAGn.|-U.L:::$XKDgok4
|VXg,K>
:A;,vI#AϛUIUcʧ\YDU(^ǂ[u:<Y z(:y3*&mh$Y׵3i]MÏhDʵEt~|@	Չڮ#rT|UܭS+HXh+<9dZf_N&WIiTۛ>Wˏ˧ ,,;DtlQ\݃&epo=:pG
w 2ϴd>N	O<x`H(#MZ{ ǴS]hrڋ3{MхW&sOnW?dzWŷI6:.lcЭ.Ұi*F؏E3~EAm'm)3bFVؗ0ѽ`+6+x͉!j.XͳBR>LDӺޛs4"T.EfoxŇN;ףϻ֪A)WiI6V6ԏ3fMs@~/|+4,,Sܳou"`-	a^JθYaWDHaٺbgˠ	l]p~FgߨYaSмv7sl^ao5$Qjjht܋Tjy[DcbzƠKZbe;а,zIgZ>@OÞ̧tKhC-P60{%+hO˜/20OCC^ɻ4*:uBƢ܀9^MSƓʵ1f%pVsx?iͼtBtڳC͝4jw7EnPx\U(<śO.h{G[w4޹@=M$j"X^uMkqzp`B*9`}I;rA*ԝsʼ%\V	?XMaYE_y>1"
{#C߃S6Ȳ֠'P.Lq9"&G[<]	[!?ޱ%$#_sC(6dؒ5Gٽgim"	8j`;CZӝ[^/أjz߮ʕ֛h!Ɣ%qm$8;|7&&E0ګVԚS39z<t7#8WѼ^nCq;M1a6QeɠePXʓ]m9>C΀rGc[ۓsB}U}&:Bz-ǩ$IBJNN634jӝ\`&Κ/Ӯ()LvwPan2ڼL/FsȤvfQ{syCwsH{
ZS28K"V`Vg.G,$c*6
Ӂc/Bdݹg$&2w$[le,1U@U3ҙu͍i%xM(ΓZPE\tbnJpާژ7x[IN;`ٱ?H-a6ymB~їfSlϧ0+fȡx&3uJnjEc{Wom7҆ԃDgMLcE$b>ГZV?~$ӽu{~`Ρ6,vAvCBRѢ1t#9nvH1̶џv-pHbyֽO0tJɸI}#hGχm!gG3HоGfq̀SQ7._	؏n`|O̄YQ{@o3.!/{pSkq6om£F֟ć:ߦ,дi>`'
5(tȧOE$E)XKAŦ0]Q=(<}şOȋ8ʻ+twFE=7L,
E[n"jeLe'Yr['N!n"٧A#PhEDvA*R۶5QʰqȽkÖs\ۼ|Jم2:)`-Ş;7]Z$Ax6S"3OȎ|ܑ]Z1a6UdWhD["_ycN޼_FiyFV
K{n!bэ]CK~'ȓkxxcǤXK5^W9Qݧ5)mʿp[zƑ@:)Y(4L&uq!++$Rb|;jx<8x#[Q]A*$4&#L_FܹXTFߢ9ˁmR:(KzĈo-w-hX\65XfsWB_ا^ݍR%GA8S8$wZ&Ö$L
U1[aScQ/ǤT	|$4PXpgu{?h'Ǎk;yֿ˸)6M!(]Ad@m!HUmvLN
_)+?OƯYi![ךFX$)Y=5ʱӌ^'4ɧ$/$k)
~'7y>t9RN?[_hhe
&ʕ&SÄVH@5B3kC(=҄O[A v.88q?d˧?(H(6"6Y;ShPv}=O̒(^#48sJ6?V)Iut)VDW6dg^]zAis1Sy[-(w6-·'Dſ4,S.d!gg*A+;cE@֍աHcxXPU<	}bRKAlK~sު/Ga/gőyM¬KONKXCU|uW~I]+NN(vBPw/K(`Xkc|E8ތݽxwNJH"hNmqSXΊPNƆ,S,C4Ai̼cc^-!3˼QVO@͆tɟ)%@Kȶ^dP#BAkwU.N M/2Pu4vՏaLzzs)6$>zCuqpeG{ΎF.ĺy<`?!)ڻTD"eDw,9P94ɶھ;oѷ2N r̵B {oQϣmnؚhqӔf}23RhѾۉ{<'՟?u@_NLH>4\j{WݮVL[V!UǬPI`u1t,QJO<ImUÂm2[K"a;1#Z"OAL,qX4cIw".Pu`b|^/;/V??-MLIlKڔܔG'R
8Nϔ_)9\w*Pz#{Jb>,LpaWyYY<
,d e56	ȉQ۠a:ZZIݡ(gwݜys*'/*Wo^{ ok2$׳i1ә .xVlǫnNr˶K9SD~r#o|&x(-IGj86G@E,=$b-{]>bK	Z7`b/cGL4Qڸ<@!2A(ۦ;BJW`9p#wϵ,w*6a9Hw/|Ncq^9sgo&H{~A/0!iTE¦{S7?L`ЉnBڻukelKUyNr@D(dS}[;fp~+UJJr,J'!>gj\)7jL{vCWSd0<ºq.V+ڡdBlԨ[!TxfѾQuF>ϚDPNBDqsmLH5qh{#zZxck̕b-О+*XЄRs?ƍ&PŘ'XkzٍS'cD
2Pu82mJƖg_=k	ljRdu$D	Q
zMumcu5OثJoŶϴD#̔TZfO4wC@^'V0g75bbhauz@ȂӴ2w>6C{˶ľW{S5QsjNbȦ>-ݥ=^o)Ƕ̤@r#rof|ѼXzq8Դx7a fvqC+(n."\WzdpґQM)#K&:a?HbN"s${զ@a"V~0U4ܡ9Ű́`)*ܹ߯Z8<hQˡ«+DqQ6	i7+@[.@F.p*~ɃQ(hWZk`:آ0]B÷˲BBr,cy3մ'wڼSoɇCc&*>.a	015
(,nh8%2?Lj%/B<Ǹ8DŎ%G't0/c6UǰG<[M(rsF/>p3@ΣdN9qp@xW!6vi4r+
iA(QvslbUeҊJAA?LaԴ'OГDR'CTDqZc=I#wBwمϯH!UqMA$ m#^^cܽU.ͮ3հܫ¶ŵ7~@$ϐ[s&RzNQJ׶~ڶ'g7ON Q2Ss\ܘY[rbƲf8Dq|sBW=ck@cS3kh5u
ljP:
.`^c,քyڴmq)ocGǡ:tڳ1ژH$0ۗsOehxo_)",git
oәAJ8HԼmSA.(N@)iP",HPUukdqKXkIG&k(`VW}ۢLT'Ψ!cgۦp'U"όuwSew8N#K! m/̋9uo>~_(+sָ+'S8@'C]aH~V8|ə(̈E˜|Օ}	Aq/!,xlzHBP+2^|fМvâHIrk5g2/oKEp
 @^
D+E9\ןyg|oda.+?S*qYH&26ؚXq0'Ĩ'bòlpL؟4"v2r}"aVGt
@uM(,(5K14Y[XwPrKfwO&!=<˒t.fә0Lw*L4qYH!CBgiXGC$rT67/rzH#0cF˵,NSjA=|S6QB*?rڟå1ysFC_~f\mwx3\dFYWO K*:Ɉ^:u:ܚ_2v#nZg"VXG'+Ý5t#Aז>߄˳ȿ>jņt^62DWMmPvÐ)ߜZ?6\;K(!ѳ%Ѐv$ͩ_Q;{JG4ۮMռ|KM_amZ>	@=|Ʈ
mnqؔw>X%u;"O`{9,jk4uMKYbb"I1kAbH]ϒ/2|ՈsγB5 soOŨϝ2Cj^P]Uϑ_ў:zvg|t=eČTP?\U7@ڄ[~#oAތ]HHȅ6YYɢNj^٫zNҬr[6vQ<N|388k#xqQ֍sK43!:%:&eޤ`
N/^ ܤIiܚ0ITZlǃ$wa{Aɸ?(Iƹ5Ű͂|E(H(˩z0uޢUnͷ>E x_2\<_'C6N\5]6R-qڪsTnв3s&DÞe]dw3av.YҔ4D8uO1`rZ~XaIfO+BH+	Ϸ/#¤,0 r 9ڧoxٌYD +ns*l[JChԿչְ.QΆzcшj<9B4$?ch\чp25HXAY&U+2vr˂$
$b2\mW}כSGFs'}#q(|HK
ՙϊ(:FF?W?W<K8xoO¤[9Eux-P.xG S_2ΚƁ,B CxjePk8b\aj T7>Qi_<I4dU$Q'%؁'!αǛvgɋIpN$#Q=ʾ\C2'n΃8*׾_ڦ!J~IsE4Tz-fsĻ^skH?$ْ>9iG7 MgPoW)<0Z9)`?,mu\wRJ.x5@uZ@Ҡ۩sv62O/TnO5E{`qơ.U9<[s>4Ș%$cZ˗T(AձRvʒk mәӎ>(hSvkf.[ZW͐t36P3Yu(3[gpμ;Āߠ8҆7U.&ADÀLMm:#t(+ބ=:=RpU<&.0o
rUK+},b)<
0zF-vSqzn)~p#!2GV8;n:dOaq%ZfXHo.*,K|h7H^HuDdYvX{pEϗ~<?IOcVGvd<"ǔ3	a4lp*qxDQN?˶΍Cdk;XB,Ӕxl:{+,ѦY!\FΧ*
e}/5Xn/*Rc`nw7+x_$cX@|i'ȢRi[S2Å˕nPs&:f( @0
F%w#	({vL<'҂E?YrZK)4Kzϳ͒icZ V\Ў^m[Ѷ"m\Q]$k*FY%C6]!jùs'fo..c'YaޅDʂ9nN#L#*mi6
Y.Pϝ].uTwvItk^<@-t68v#z]f/PDٖd˥+i:5AKoKia|]/~-R%՞uϋS8kXI4/jb,˂?p/"g>w)ybˌq:f>TCVU\·YקbqÖL'9Ff߮:M|/]{
p7HNF&3	:L@B!lGbJvEcÉ'B;vܠVz9,w؜ް}hݵP_M3>4X)]Ϭaoӗ1BFX3ݢ/|*sbf>It
OwބIپ[Z;|nþ2yes2ٟ1Ş:6uVY׻.H!0`cG:є?j5^PCƔ~Dܸw[c/5wHE[z0޹ǪsVfV7$C9 9p;V@$ޟgZ:2<q{G߽Xr֩ҭqm~cl<+Vz6àS=y,mZ$bdT@Wײ>:ޗ\:B?tZ%KǉðM,aXːl$ǯYpTrXTi|V٨RK7ied#<j'~a3Lj/YIXAN1ԛ)*ZҦ`GRw	c
|f>ܷ.!b !PLؚ6-)mxiȽD{Ys1-J	I4.'ޮvT܂zڧWMh!qSǎx)HYeI.Sz92Y>ǢȂ-y;ѕͩ>@Ը5GA!ϻuKluߘCWzUByq;Mn4qҢr#KP
Vu;`"smf&dՆ'mpγՃ3N~ SoAs~itl# Ѣ`E0ϽLۛg)t`bx&2NX2N	S&CMݓִfT߱LΏ;YfW8Mt=>K8yh[ot٨3	!L}ru(ĭm9[xDPbY<ߤ4LK8!;VX1nҡ8t]{ѿMڡ(αn3 GxY)3r*$eKvP7ǁYI0V$׫~qKduIu2Of_ٿf	hd;"Q)3kM~$l~xPZ}º5$plW9F>9u{9q/O&=*TyuDFīr*4>?*[".Wk[yI8VO?XB={dt%'>{%ECЊ[ ;3'50*^خSv5d7~ڡPDhOƪI	qZnr\C`#pc<jVKg-St?I0I۪U"َnaҍ0*.a+FQ/YƘ>׊!kߙULY;W3/eQ,xLl:tl>ko^8ӫÿ+:}q$9FjwC{7(\s+3V>IV72n޲Ԧ-ǀ
'̴oc`%Q͵nƤc]ĠksOIx`b6!,/Y>z|h^pr!+)"6vV@r03=RVmҶ˹͛>~uiYǬe*>ݪKT4Ԕvϭ8DEѱ˵.}v³De1v9hK&DI&W3C?et֥Γ{Y~ύ@2XiJy~ )-$zϳfA(8"!ko
q>s$]>f.Υƪcw
r>2<&ZBfxY1+_UU//7gJ%țtf?.h$Vx>p$G
LfH`lשH=أNʁ.ئo˱^h|۝Dh/=)ݽx3h$XNyY.	CyԚ[T;_ky4AFZ5BOBpˋ`f̗Nf{c:UqFvYҲHn%TBB{B%)~,Z+ɞ 3Kʸ4!xpD
dP-wǁ Mtؠ'-AɖGOL<w@85ga5ԍIQLCPzxH{|EpyP^PLC:G[s`cD?f4s%;0|ufY'
Xdo;,Vh;*<ˈ6ߴ,]NCu4ӑ-؋YJ%DV#aln<iBܵg2^x]̈́aWV[%AN pY,bEЏS'"W]dhӞ-v66ϭ+ӬoL!WbW@$Ǌ91q\#\
ypj"^ ƭVq؂
l9cK^{ߪޫh;d2{)݂O	ŷ85oW{OLJuAU`*w)DǏfy__۫ eq?xa^V*ЎyJ&\ڲMfAV^	}}_&y>/%yy?xQ<rcUztn>H"Mm|c7x3T]޼oux/8:H;,\ߒЃ6N1l<&DƝDwLy7B/΀%rМd| 0g	UPAF1r:y7.)*bpНÎ.@?#AyP?+y:),s@m{@gh0IGƅ"݂q{B$tۉO>V9\)Q4p<o.V
޴ҧSi$ww._PD\)IEہ0=YFؐԄsle:[6mhP[!gjwfND9YʖLԍ7Vfkp#!MXkavR_s%i8Нr`%jB)#wjвw
ًrd@Z^z#Ɉ_SuF,j.T:d_YN4U:lhՒPR"G#|~rbڤ`2qP5^H5hD)\6t\DږOZf_h	C!~QR0s>[^(v8@W]jɺXG9[rZy:U!m(vNɟ2.eL&5B~cZ3c	5
CJa|
9)=R|ZtZwY[٫t3E3VmcӡZ/%PO R[9|IëQͶ4;Ny%,*wܳp<Lcbk_SP\6>eshƙkuzhgpzƧ1^ؘZ&tL()|Uӑ&.k{!D\ԐlY9#~OXXUvي1ͻ8i6@7ɰSFhikApsՐǬA'-4f#çjZ#[\ IM݋]2'_Z<
TJ7hհJx0t<S1YؔOx$C0Ѐ7SrWq˶oۙ^im#xX0%50w:Nr_طAҫa6t{͐;q#Ҋe0D%,$+=͎M3SZZGɹCb͵u_#i-'Fe[T7Q+ٸ3YH[&tm6)zPcY>f<$/F͍˨Ɛ-s^2yQF6cλhoB%sКE-.1sESΥ×] :p}qQ)ŠR4z2lcP{ͧRKWHS݆i5/6Jpwu~_PS9l}t̍LE Rh28t\,&B=J\4'*Bn,|EJK4/vNC%R۟_HY<sWO"\1HRSεB<Q.hh~A(|FfcEKiS2H{]^R8Pq/qwQn1E'J=l?`qǉQr9̸ckqV-8\6uZ7\XǵMģr٩ ހ	8J;}9	sJ]-xIm&ZO}Cq`H5۞aǲ-dkerã=?FM}XǸ&
fܴ5N8U^8+q6Ld.ZVyǉݦyL>lcA2CFl.f_^ݲb\$+@m9OxDJ_ڢ<<?mHg!PZ/=c^2%}]=Ii1֝-SuG74@La͗mu7$83I5,Z.	mٽ3$NYBqzO'=nŧltlP=ØswK#	!=`[ԩǮ9#s`VUܠ-HsCt!ѾKA@l	,ȜH[zSH9.&
7ME-h=,,ö
gGw'tl59))Y)H|6HyH:{|Xʦ	ĹV
Jf15Snmۋ'0qkŦX*/0;taю*[sc}Sήj$Tb0D`@/.ƻD>tlBg3Y<Ngr}ȮLgAIeŕE(ZqjEVq=Ws΍@V'd?؃"Sxd?+7du:8ʘ[#r$(E?̽`Ѥ2ؕf ^u¢*PuBЩsq"GLNψGc[*
QĜǎqonNלdh٭XyҢpk12]ݦ͎لG[Ocfwr	Kv"+/$R\=xקT  d75mu';7$U;<~E"i{OCI'mf1`_JHZxۻ_A͉re ֖GyO)Tn;t&]?>$yW3sBpoذxݾT7pL,Ȉ!̍bN_x''w0U/K۴a2	-^#vf*2u4FK:L>W	BJleu-۰Dsgw:h<!Aӳ)ǔ="Lsy|\_+
ڤ&"my!oCחWUŸЗH#}QiEv̖*(ҏm"&<q\T:;pĬ5G/PZL1;1VQƧl-dyTJ7;:ٙ]	0sP
P}:ЦK&xSһK~R~Rĕ.+jwcDO3Q{^$L#`Zq
ؙ͢׆joĵy@e'4Q.f4qݔD1Z>K2(P
*A_iu	*Cڳoҹv4?Φ@Y}C3eKFKaȞ}\,Y@v"]Ƅth:ע`,&T:Y/݇-{,*3m"ܾh;TsT¦z-`ZҟH	lT59Ek.K*wt΂Ou!<ۮsIfSH^NsؽT_@L3tJUʟ6ؤ"t+A~vGȚ16
 x_d{qK͆7,>L4ȅlrw<X%YJ;C*1
2JíòBpN*h]RO[6pLUYp<_*׫#fDj6a,BDhhNSR8IMv%prz)
irɡ{RΨ5,I۹&*܁ЦJd{P2_1s''ȋZpSroʳɿEYji+ɮ3N/J<bbu!1~2ЋSF@4Ϫ˜H&5ًZzŎHj?ْ@f(ݵн'
K)6*s_M:$xeލmQȸxτfߴ|AX(ٶ<?SfKmNr"ٱ/<"KŋUia'YЩ"z(~}+;U(MS(#Qv`!ȪaW	*М#<eٖ@GƬ}K"Ⱥےoêz7nd&tώ4/T/~yԗQn8Ñ@Ƥl(V9&԰׷mQS5ڧ]'6f> $]G`.f>1"=j8Rj#r߬`Jcd;G:K7FD{Fu[Լ.]J#scny\b՜7!߬8#TRN+,U*eJQlӸ+)
ۜ=\E.|}_1ʺ1:Ł}s1ح{I"uMۨ 95U;<1P-Xם7Pٻ<o:.,VV%(rӷմ{v~ё#'D.<Msvn&G%76̖*
HL-p!ץ\_kuSY 90pߐV.%|omlWߠ/Dυ}H~ʨtuÅ8yO:j",`]+f*+G*sw	Qe݂Cz- ط7nWȧ	]S|ݺشHGm] ֆ{ɡ4w5eF;W&#@-ĴDa8SÈ\:ޜG_^rUԎ`̮#z4rҠ9Sar͆CϜk$|ccbU`T+|7Ks81"YaփfՋy9ȳMW_M	 arOPotBoˀE،2\=(2})5zee4$iۈj&ǿҹN= ۳TբsZ8IL_ەd{ ]{Ǹ}$-L=W@0[)0s(ף6FQw[eMؗjt()<a;5_
L}5İ4~J5V}kFټg$)oY2ؗlWShl
{ڥe/#d&̓93|njsNG(-O6=Bo_Y2KQQ6(C:OWƩ+Tscq*O7$T$Ɲͤ9[FnÈ2 +E3nNvݠ7ǞInsԞ01Ձ͗=;9P1W߬y%jX-cm8BC
[zoWcІlYIN۱f^h+G>/C+#z̍6S,߰Xo`/ċ&TW£ixyTkLe&M.fZ|!93oֹ[8}8vTa.@7`3k>kvyWaߕ8U$`_/Vq0D|_+5åA:fWO*Q&J0ZgM~Ƅedm'Ό ӣGw"(΄z҈&6-Y4;)FVx8ǝ+k%fsUӿbҌ40߆(i[apBuUb|'%K1@2MB3%	mt3ޛDͷI2- <|HVtAzqAR2(ʞ*zJsІ@<ֆV:6Mm-U'ZcPDa>.b٣DeG;&6&֟КuI7PZ&Մ1NJ3+ĕ_K9s%}_G_]6$`&}Im~`]ӵDz3>bk8އD<++bwÇcqBM־~9չ[N>m\I>jdW(k1jJ-: (ڟCxf|j#fC}Ύ:TvTkdRۉȓf"?/A5"Dv9cuRO7HK7~j;"ʗ?61h}]NHd(hݤ-!#?ΊbvAr_K:ZbʦqUK®}zʟLnP9_ybyZeb"|Md\ѠǺ0z+/*d;=r!+Aԧ>[S9ݥYxI
(4mnsY)$(ON*=U5X0.DͰoWTpׂtOO۾y
&>ph8m5b&!؍ф<ϲufԛnPɔZ\Ԑϰ7fyybL\x'u͍%2ro^2M/7ؐi,G|Pxje-.mof@{v&Mue1cNޱ,؊"/&I"*Yq֐Vnʒ*0dM'Q8ƊqUW>d.Չu8	oُL[f
)o;> %X.EPe?0y+ǋQM΃ַ\[dtG'f<A"+B-r9<MNǩp~tŌœq9J9/W67~f}T7?Oahuەhaڂ"=+Vh pJK+W%7LE."F[L.;	+dld\iyg`ݜr^F0Knn|(Мp]h<ڸLCu)I(wb@W%Ζh/^©6	Q>XJ=ϣؠVd޿
nn7ʧYӆX!mNd*Y;p
Gcì&egHJJ
>+KʮpPJB<P';3:&OlF-\eƫh-x34BsuU|[+ҙ=Wk"er| fU&7VDd;г()pʉђl[Y޽5IqR[1<&_ƽ}+"Y=Wؗm_?&o;9g҆	=e@59`=!.iݖxĖQ{;sV,ۻQ<E9Iyǅ?<uaQ2v*o j\Dy0r~^aкZX͐j\Hǔ"W6H
>'p*|(GHV%٫0<Şɥlޠ]DO^?ǫyLs)C-\BTGf؟ǄjE{l(B]fįݔU6.ĲNIhEiߌMA2&|\kܞuw:*[%UwqHm;߿LG^O$2	)+	ۼ:`HKåzTjO@6ҋHΏd591ujIWI?d'-đʛ:8g`3Mj+\3|7\2&ߺGٸ!UO0Rہw٣jΠUVVށiIgܠU]˜LHTP!lsA-ӎ=`oQf	D<n%^ס6I_WSG?$}$&RD{=ԛK	ˆǱ,y-Vmgs)DXPL[A_ŊţY+kf/|ʦE*aP)i~X;ޱ>*j9$76/[vȯօ;ES\cyDJP9\b@>n0Cn5^2ʻtΏ͛dE&f +d2EGٝɞQxRwۉ5tY݋ƗFm6FcSR`\?FLW2NQ`gU1T@UQErךhmC[&'١AI˞VT	ʍߦm#N5	wUZh> b7H*,<;-~jH
ܾ wإ{ҢV7I[!3lpwj[G.[g6zoeG
rcͷJz/Ju2K+5T:Bq+_		܃g8%GB}tVcv̶%[Dg"RH@LZ/&о<
Ϫdv]~LOJkF=_^DƯ`FtŌ"=cAh>̻o-;܏KbV̏;8!ɞ!mc|u[2o8b+:@d>e'؛L0h[ʢP+13ĥhg`حlԡ6F@GސG͐ߌ7J+\Jgc'm֨,Ҟ\܄Fqޙg5ѯ֐oҁBvxGHҰy7o,ѽon@Bγ#V<%q
%+hlҕl/F[]%t^J<f[@nlfgh &t4K_67k
)׀.%B
r!.ٛE{h3auǚ;fT614ELԒ2? I
Y>ߪh97۾.Haܛ|W"
TLjM;Hķ'WfZ03yk8&l
ګc̅p#yabۢTrc	4HsEt8M/^J{+rA5gndrԢΗjz>R/<_1o;z]lQo2sӪké:âϚ<<[{iMM̰.Ccf9i<zC;Og3[6@u+.W51+\P8ZZDYt=ԗ0P5TJY)!?9!5j#cZy:!#QcԄܠ&Yӧ-xVRHhn+q~֨U'}PKFˌVHhl3u.6Me1%w6YW'	G\!iGagM>?Ɛ
3x}yyYcR\0Tէ]vޓ#g8Q,LDs:TtKy\kU4Zk"(M1BEғf1Wʕ\rIG]{pnXBa;Ea|9@fU7^\HcLP E+R	vOdشЃ|-Ŕ%&\ӺҶ.3cmu"\gNԩ$|5,:,8BKd^pɇqyؕ|޷b2kmw)d ۵7.<9''y6Um@ --+n?]ڀчF|݄)?uBZBEߨ|ߚPX.FaьmLD+ȣfqqݾIh>uw}Oi^MhglĴCs-3[oPœv<h9W$B8Tvrd5*oAMԑ.C<:x\jh9D2ъ	ѫ3ߡ\Ū2\7)wJuОv
\+*i	w}PwO!Ca8Å0ݛl_ړ>K܋N~""ɵڴW8<9x+oMH0z*#)ŜrcC@O-Svv8`mNܟ1xŠ3CrA*jR+ZHɖ޾KL19I+gۙڿńݦڃ֥K5e|+~Vk|.%tu{GBft)yDN8L]X>³=\L>)Ȝ)wBXЄ0@,LKwMbӽ$
&-,`ȿR!l77HO4?^OJyړ*.C]ݓgV̵
 /Ĩ3=IslSߗ8XôZZg`u,e<48ٯpбU"!^oC/YNk[8qλ|Һ-=<f$6}L4^,U%;zn.&{*VƇ&QLvu#ǁͬ	CX"4Q^׹+ÕH+8>|Hcd}KB.ɱͩ\>rMێ9IasWcw;~&?=He6.K7\XIMVpq&tIWI(owކp0u!mXՒI3j2̭ɜ WC	Z|f.njDf3X[XLo(UvrQZŵ
;[nD?qHM:]FDۜwD;h%İ0@ (ͪܦF;WP7ݕl(ڨ,t\ta/ܚm0%]9t(M1"=.aʺυJRhOd_ep,Fc/ن,5{.T$myQWjjl""0<IsE>*u.J&2y&gӇV@܆ӰVM0e<5~ʣ9<røA72#;lmK˚jL9Mqh?EHhE۶Wx͒m!ː5*=AZw̥׹z_bUّMGmb,[t|
\1?@Jbi'^qзm yRPĄ̷ax@)`HA+|8syQTmn6πNw7$ٷULq]sph"br?~cʻݴشmeO}mG+vѢ.@!g+A_I9*)޽ˀu΃&'a3`oڒibWR/-;%V?0':w|bhb+NEٱgp-?Vɠ>eˁk?{!j/݇@;Z'we]|;ek]0xJ(_L"-͝`Pu<ܓs.Gin,23\"ä&O:|'#' KNdCpWBKT%/KoF:@p,,(Eh5,5;h^["0 VksWZȳ\&_Mу.+ƺƵ2> Q[ְC|I+y;[zf_ lN-aݛ[4)֛ǏzMn;,wbǄ,E_{HHnw{sh8ctQAt:~`%¢ٞֻ<kܮgBn{EL12HǓޱIt&4\Og|͸/vA=ʖN׃hh#sA+P6Q}FHy[`|GqƵ A|s܉a'j<(H0ʍP)umȉtof/~#l|GǖNa7&8СQ٥[&$%:]%)CU>ʰY7n_+ 8HHWaQoix<)ȿD.;wJ¾&,i]ֽ
:#8RԶh66e]՚Y/.zQѥ(TM8%y)cíеZҘTy"Yzenn4>l_Ȱ)_uUՇ574=@$)x&#ah?^܀[	j8\vI?e/m&)
brd~~ϨM}V1M41J843<Z%8ԉeǘ"|uۇz{RU)^SC"U[ǋ~wǽվ
1s564{آ9N@}%#P8xQC.(SrI6b;#E/q'Lù|*٪[JѦ)&'RL1O2Ɇ>A1h»r$]61ٿzS:!ޟJ4q2D2ɒ%ѱkZVCUeA}fWC}uk9O1vt%kg6YĶ`(*S~ՐTc9FV>7Y4@p!||"A)tgܐc3-3,$MAfѨQށ	u[L~&hm#"/[I23kp(3FD<R ]_.,%2L[f<4O+Ou>vbPޢ[ο߼of2#дNCB6ד;g;7ϘUd5DϬœ`GYSܒa\zsԌտa{\NB͇$9.}/%0ù{'@{\Yg&*x3?e)}9Rۂ%rҫ9NRɥI
ѫC;F
ݖh?(b.uΙDY&[^}	$+#ԅ/1g.Mۦ)\ťw)
VI
Z|?ܞ1Ǳ|GKo,ݔR_PР'c5>8̺7Kxh${=8ʵSח+  k8Ǟ$΃<&YlќwCXJʷ ֭kʱbSG+$M~(4͗q"IyǋeïE!+Yo߶b%=ڥe|W]jkp@iƻA\;s"`Lmq7`9};I]|X/rXo<&t*mzk^ڕgl{Dz.ܓ!de*dK<p|Z߻yZS{naK_	eA7P]JE2Fj ӆ|r4kK82oP3/ȅDH)WQ9ߜɱB8ڎ^yJտ)h6j]ˆj]ې0x@v0QXΉV1FwGY6YFk*n4;MC<*R_c) uu_2tDdfڦOa!xPȽ)xx&UdOfClQ'%V-أsy-`+F8$*xώrqRI<\XحaƎzywȓQP]\}W/zZ9zYG"3?Ȫѥiʴқ?#f7ơ__DD*ߊs}jA`h$:*S4"y|NitORBդF-8ߞ":'ߝl*T@QձA:{T:˺ݖO+Y0Yëum{L`өb<$)Ùބg)\kbjA>kt3l,	άv eNGĸ˥҉I6@uzldYxʁڙוɇ26ӇF^lߠ93tQقymFpXъovj:2_Q%A<٫u~b&'+"j:LC@l{ن߷NVvW]&9Q ^CA;s,<Id5wHByH5)݆(
`Ī8~0ܵc\+KHC;W1w\4	Qε̡w8Z?=u|Ռ	8Zus]OuOtʋV.JLԥ(AӒ61iޟ&AŹs|z|!34͸1\fßssw(*oWlH:|!N)/J׽ݢy>~,e/Cۓ<#%~q/t8L0^`5ʱjuL),ǖǴrǲ}.O*1sɳ4 "wft	 %11݉RXEuטDb݉cE׺$|ڼ1?gW$E$;^~],^[8vӷ(qfin̹AyȺ\d.ԊN\!SI("#eOIՏI8ur.j6?^-ټp?.qQKoL/cāθ7_wEpgXt\kQyJ~C"zлL0>F{KxKѵ0ueȩ*4;WRĘeѓ4	ִ&9!أEu
`lӄC5IƦDS)a^~6~sc8NVmr~ٸ@\wٙtenl2;_|cURֶolڷ.jr~N.]FU܆؝p86ueHʮ}iKuӳɻ)J7à}."4΁w[sR0<5.0-we!Wr=܅B&vg=1~Dc*+4Ի٨Hl3\d:Ș3K!JKE-Mx[+*BnVy(ҁe~bOu5;>/]H9*dn>:jȂEZN+Of4܊C*͒ŰFN(_7.$ȕy,7&٩ǀDֻaq[Îq՝pOGL{ؙ/Tk)!(qħPw%Uy.N*+ߵ8S^#WJiɪPBsV~Ȭ7X˽d_EHO+^ӞS_vc3;QvϓeJLMjq;($ެq߂D~}aB^%+LL<,@/])iVaVxT[i(lTg[fו(V8(5<7	ccR]Ŀ4&p5uөtmהT:D݁h]Үۦ5w&guM+CE0xY	(F/-SQv6X{iZ}v8QsZ~b!q݆r_G!# {0M`vܤ}OH.'ЙmvxFFv`ϚYmض5V~fiRWzݢɅxmsolzIUq".qT|Q3CY941lTJF5|I(L8on~{ˁW@Ԧ7(z~:ÇxeޜT%}?4l{7qCQHQ]9*]z{s	_9b$ˢvsfοUAn1F4m'x\`w%SCޱxps4Wh)tιq*ޒP%'Y{E	WoFߟnr(̩m%
|?}0ћґBKSM*n28/k+@ ˧34=ܱ+uNrX'Z6FEɇ)xkūerƏShrݪרXTعP3t˫@0G7
:_]slL8ȁN|nY}<Ӕ(&6{äՔ(+Ť_R3fգGnx|FeBi+bhώ8oޘLD"3̽tK	`9ެ d$
C$PA8ӚBΨě2G,VW+!iDii i"RQk
!5f40=#Dr(ѭaPz~/u+XM18Y5g}LQߪ<l6Ra¿z!Εbo-Yf<]qCchJ~^*ЋDh"_ay͙=Dkh?.֭>WNOKS~uEe½p*]ȧf`-JnsM7%8x+c>k4.Я!۞aУHʒ3\9o}='`s$AFzyN WnRjdd'&bbF<{(?$?>ʟdLtE݉>DBE7SҿV"vyf
{*:h%ֿrh",H؃jG)o9WUvz _aĝbmDJ0sޗE~jYX^`ר
.=Q'`'?Q<4EuT˼Lw{yN2mDӯE~'\lYRi~H٬!!׍JrQj`RпYD?iwm˦S2sb{_n<,N_΍z0ϠL>BB̗ȰGfnÝ4-7_v)t<8ˍa#vj2H̎e+@SC§'SW)/}F`?U__pѫTK6t(ՒEOpQlRӷ	
%,ŌΟ;[Hh0cceǄX߲̘bէH(2g}TѨsG-t\fݗo-sћK:!Mj(`Xň,g5p̵{t^1f<BPrF@;M<ٰ-4.RL#v+ez{H68=ưl^V<.EߟMnEx`|šhx-Iլ<:UJS£y|je~lKD+DkH*7(U2UU"[LPD!ƆM1ogœ|pǉ:ڷ@o̺/%/
̢.ؼL-`Ϟ;\X(HliX"0d|w,Z
9<1UP}߶K}-vÔߢ~ J*nZhH6;p@"~J^}hYbnJMғd~^֘,оLp`MBvs>K"
z(V 1E̨<Y_KIa#_[[O1OlхB*;S8%\[+l˕lDjYt~n+ʌ^#o[+.'TR	HŅQ$#LyixK֜&#<`w;]
`jLuNj~TϜ~"V#e_ω:
Ep,Z$S]'y--{j(q8҂Ìd״4$G8[	VAR̦Yn)L_LG
|?0ļ$nT5A'ŜiLOyd6.p4V$%$D]}ʦdFȑTh5-j*iZE"E1`u@χSqdcZӕ:LsƠkRˢ׹f&sN^?fy
r,6BC^ξi;gGxEzpc#?cP7zʸE30ñXwvu8]x%;Pk#Dme7s!wep@_Z
'J9/Wpg]B0~wݻ[=<NH|,Vs/ח2B`V|kl}{3"ߡb9/XVM]'Pp'úw̋<إiӜ\jagHCO|Gzh;hYX=^ped0ݞ(>T(Y\k`jzIڄw1}Ab
̤D*[_>H
ODýƽ-`α[+[,yKo	N(tp*ԣEo8_s#Zۥ9^^_QɎ5pC6/ll֛Y6sg=nf_	]҄74<C*ЉBx_C'.@עW3n6n03Haڳa;8äGzv/$`Y|ٓOCӋkbv3eH5!CZXlDیWQ}h[`	9n:ZxZw95gLN}wDm~ڰz?݅M:ŘՔP3]ʍ
g>-]Je݇-4;иF*dA`ܵ@5ݬrֱ,Zʲxw~.tT(eZF!ny֓T҆у2xrLΖL
Uac"xmԏ1٢kM~!]h߇C'j߂ИXl}(! okiLN'm>pcV˳|5zƈ~Liʰ0a?og1fxo% r;W?iZqR@wϑ>s6A8/Z߲s=>\S^eCw7/]>!OT߲a~]{ĵ<-\HEm:1RVȂWUKd<}[~*:fk	~Q7&,'`^D*	A:Zp7B\S(gm"Db܂3D]]8y{_s9.	k2tڵRF6y&
4Mrp>Տo; Dm[ʪzah5ug/PKiګqy(,$](dN{z3j7(H1J5-i!(Y%@DɎx<"FF8`Ħa ø:՗Cl'x-q	5!t;wNǲ%X9t'z;JNJՄf(BTt~ג2Ԇ|'prs0+;ncʅˣ9\itN	9U$xZk@v'b7s"i/4)9y03vܸ$НTDNy(׭Y:	leHSLsދ&F.sA=j7SNlZerjPPգŽ0-/0Aaka׮b;iqtՅq?Xפl9Uabn2\Ib*՝SmK1fRI[?j
[-b՚۔&׿I%<e±ՁEL]J	t5G
$bhؐßAwH{b&̗)YT=,ZD	-_^Qٹ*59Y["p1:E\$Hzxä(ʦyJ\-)y}@{8DM`\Ko=CjD)_&gyl?QRQ8nc;Jgy\U$&*N߉\3ݸ8;;cPn~dQV3,k-rDu!~3*LH(|S#BcM&y,'Gn"p@LÎH#8ͳT\Pɓɋڄɡ\@s?d;TO(bd[3e7"nzK7&W7/<cyضu`d)dC¡ӂdէPs4qҢy-N#,iO,&-"f1[Te}0n*єJ5iޭ@A+<ǜXn&ԯ8KV-ئ_.N[yNߡeOTPpciHڲۓ`#5}/arxP_]>Hq@j"8-"E	3d-%~#6wzY_ڪuO1CQ@I&H"0
:>׺è\VRFߔ`vܝK@i0:|h>:I7xtў.cCjkN$	"Tlr,iEӵcY\vjJL`0,nLс5Iף8ҧEk%	wWet״j	.ur܄@Ȝ̢SEً"OȄא-7µN]|ujhEYm"Γ/~$%E˵$>qJdH	V~lrO7zĺ4XΝ(9mb߯vHOܸ_/Ӻc9TE}09'4#	s'M
?gd:ISC!_˗A%ŰT7כ=*eD9E+ݦxkԜ.:>'"Xx:QlߨyƗkV,a,ӯ\ק@~6!ɹ&9h;[,%ѷ5(}_of dq!xRiИ`PʥC7)nnVwDpa&,`GDMVÌd!%'
b,*֜Or_v-AP'.&Tc!u٠s\>i1gʯ5l&+!uM@"@#koE[ng|T:6#kTقOڬr;<L)!f67۝QjV(eE3Ѭ%d}ϯbjϗ ]}xq{wNi^>`Hlqse3[zRo`gOWbgqDb?QGT}GdG|ݴ+z?>-oh֍r@FBLK>oa_(z'jg@ѤIO	ěEDݺ}.|_r(ج7Z܃KE"bx7'C};@V"!|
p_GpgUȍ#9e'RgҧWb!88)ugvNnWW,Wz]vN_TmFބu\=[	42rM:T;Pl%|8Y|ǁ	qokMRAeѵ~<d9ٌ`LPC6k7{P%!KnBLx}֕?t5#6%_.[Ԇ0\яezw!؞$`|!T[i+Ƙ%jY1EJx5ji@KjTu p	@0I{8`tR2Z|?+=՞O-9"aC^laShqCr,Ԭw}ˮ/m&;,;A֬_řHQ0ѐS",)|%H,>UՔ::URWe	UUFuq$	S||oݸLvc89oOPmnj]W9WO?I÷iZsفY'D<eRl*Tz[f%$kaȊJ>'a5^ne
|R6̠	=HƷ¶v+>ږ6KlFAnס8B^U۽ <Fac%SJكLfOoǓ_ۓJfq-ZqƯRj *Ri"-ti׌3<}A#&{i\Ns;z6Աy!HwT;x/]V9<0_'1Kr$2+%\J)0[#INܴn^!!ٸo݄1&%ʡ#h`{0Ump/G]5۝,)ؠvZ<7pTr}n~]ޣ;Akj*٭~}`VNĳb\gPRG:6ۦB;;kohd#}EH@|.,*Xй-dlۢ$҅woqAP?
V|^?>cDͩ`] wr
EœsԚMn|	#L٭gs4'4(fna"	xxR*iqK݆Tr;)NPoջ34Fu@˲l3DkNә{KƉ؊^P\BkPiTdfȁ#JKe%"
uq^wJI{t#O+;	EK94Vxpo.Nŀ_4uyfP
!?ҝyb;\^$tr>DqRPKͨȩ3dz>VehU<%js2ev<~"z2ưuB$҅˦3G/|h"Ez	7B97;]T`ӞęCgWѱ7~؞b)D
a]oOm!ؤCڮDH"})ؽڪh	rB0/TAKƙ><đ%ŉub،!4,j)xBZʶXά.ϙkGeӖklo^.3<Yĩo(no߃ыm-e2pS#j+	ƆN`'Ij`ΛQEjfNz!;WŘ|Fbcݟ!ر)jL6i^C 8A5qE\݋vr.FwMŖ<S?l*sIN.9M0v^UB^5$˾SSLZ-8Ƨ_ɶxnBȸ_μEϿvS]s-r?,SKk֕.n0?gհ
w'm-u62I?ާp̥/FOr^spAMIDU\<Ȟ/W^bM,^?GT!ɚI|õ
f@F:iFʗt%(Ѝ;b]j   Հ~SkXjl(D2(ԦǱc[&')ѽfpkƾCe1(ӀK)ߤ+tf.+*b6-ُ6YuP	Gy'ԔRG)#/g\Uō[np95>ǔǁS$9ːǭC&\[+ܞm"&ũ[zH_I;U|REqkHniw2<v̤0[cyRM%ά$B%ȼDsИ3ޱ3ZT̢֎ڊx+XE.:)7co7QHH%sG~i)F4l v`:a3.qO$R~xYܽaDI[ئYiH*jDQ8xi,Z}(GyH502:ϓQ=7ǝyQEo\^@k	`DvĦDX??3=ʢA*%FTzhSşBI=aB̹nm;ѿ&]) rϙ54G>Nc`w~+;@&6ڬ@-=gp,ǕuHEW:4Zz*Nw!4pl)gpH;ۛB-_<gHTU,N7JW͇?9 qPSnuNAq:\uK,E W^*0e;$z^xٜ5(a]gsհ\e
VC(^!ְN/5P{sFUbcXY^ÞR2nRk{f(j	۝@ƽ9̅Tm1@+Lzno71_8	(K8ѣŖuu~Oa	ͥv;؁:fu=;#{vy	kl~'ϙܺiP&eAex7K˿O&&|ÑͲ&JbPŹŲWv2}1u6
kxNJ$՞){Ma5wI0=io5uxskJ~)
Ye>w_LvyCnu`)51v	
S--y4a's˞ݴN]?r\6Βek'!mp7MƍӾscԚGv{wi=a,M?>7J@)όВ=y%6OދO.IKҷ7ˏtη	А_q{qz.א`e?
TiEwzʟ-3Rn>lsg\CIU}NaE^G|ˌ%8a3BaQ)fZL\<t5(bʥT-rw}BGvՕ9ISo@KCǞck{wS#(~qGM+=Ôc5:m֜Vi~N6Oݡń)pM/	3o5OG};-|1UrϨމ#=pw2ߟ6Z$I[=׼+jeaūG1x@úf?Sc:<\јM9*nv^8q_nCA`4[$Nӱ[	`9̋fe.NiKЍ5aewmSIOɥK-
-4|w;q3˝*.:`@QA6k0cN%>%Wh[I1HdYV)X.Wtޞ~'5?x~ט)ԅ8)+X~Z'ȀhbT	Vu.T0>Yy	Oz@!׃+M(ts	S׉Ņ4ʊiܗHPCs"~4:4ce$mv%y)f^_ϸW~O>@QrU.{,qǒ^@rn'sHOwfT?yU[|
GR×SjBk̹W#_xۤ@5ίQt)Κ8ֽJs'd*es^;:SK~~UCЛĜVyvȎ_2ͿGe|qBQ3`jRcG&fsr$	~<yT+]BJ&Q	֋oYzLҙ˥v@M	P+.Z#_Y	mwh͝Tf=ҡk*nX7.Lqk{El`9;"ǳ߰M=8=aZ~5F;`Ϸŀ"@o6ѧ]j8Hf-IEʈ/~ʞ@XSm/4f]wևݳhtPfn~L5\	3+MƻS.qw]ĠǞ(0'35>=9#2\vX,57js;	E`]9eC$0qtȖPM ~]CD4ČЙu:IJJc";D(5!}JǽSOPlc98Y5u4x4#_ʔu=/=>auyҤmboÞQ2%{ }^q,&NV)77}`ܻTn5Nym, U\Å($P|%yTUedcTE`x:QŃ~nA\o3jmzJ-O&f~PLGJN):ґZc'<7N(W,PW-rhTlzCkbֆs3d˗R8UIH·x2d'8pPedże=K_5(]jx#&gf^n9FޒȖABoz<Ehĥǐʫ?2(iK{rݮ.@w9(o`2MhFB?3>5es>ۼ+uP
MwgRþEpgn@9ŧEÙ'!w	^xD~PqIdfLy~z`(["Cu.ݴUPDw-a=7RXQĵS;f2Yaˏq;%\mjޚ'@H&MA45@DQOp^xtiR5;kpr3f@?4_ޓRk!.,tƽbp
jfm53<pZ^ښ)2vIkvOM+K?˦ f3Y]rT<*_|̩]#|IY¢%])w@CZQVypNZ+CL44J6OeQ5՘d"7c`DTϣĶ:ԇ,C۫)Kvt
!ۄTBه"hb)OݏC]8Z\jB1/Aܜk.Ms"Sp
ٔƦm<BquUVM4Kשb9)l#sqF!Y(¢bDI]iR`lE͗ڽLG/aq=oҢAp>h4Ê%17X:-1|2":VnEdSҩoMPkY͖qS0~$ɿyߍTͤIW;c)Q0qfQW[}ٹ T+Ł8ؒJiraK'ܿޫciMޛH5(#yGp93mhmN(U{s͈Dgk` #Ėλ[4qedS4QE9#`nbW/Ўgޗg-IEP0A]H[?; k?iT$tpŞ/ModunT^hul:#YY!$F5}	Ō7Zme1aG}ۘU.
PƩJ߽mcvL^	UvlUOLXHIefV2,fQDH)̬[M^TENm#E"lx0b{-#*:5z=E?|Θh/[UVrPUpuyhp}FMmG"i)NK!nv.ň͂=qs	6bkv	Ejظ),CHCYn$YA=tkzw8}\f.YMڙEd=?{%gg]V>1;gݲ9͏86/E8A.\_0u
˫]rcNϔd`AsFwM#zOْ8#~ُ ~o0:mie?ȿU0]vLh1T4|֫3gjE<	W}RMۆ}īۗVALV+Du	Faa _83orr߹tbf~/Wcw-Ac;<h߀t͏C:sbP#>"r1)&"35e!=]gy_bnFj~pɤi%Xt	csϸb7"f'zj
ىu6rSFX	2h$S})zw״ݐb܍EQͻdեXHs{{eƮ**s
'pQ_J܎y+S#ĵҍ,7}PRa,ṯgʙ3igAUӀ؞TףV%ڷIۓhaO9VP#Wq~aYݵ(\,8ʱǎT 'd]Ze9/Wm-2ypr;Ue>8CPh.!%QrKs4ZoG]gַ۬6ҨW]euG7)B7ۿr:*"+KZN˷lsjTE&Q!hJHfhET*,6hIl47k"<r\%Ff_e^7@ ?3[?3Kl#q˺SG !"įwcu`~8HnlXs|1Y;?"۰;Zjoj-n&=8aӰV1}"Epw+@~*
Aޒj#bz6{=0{9:fZ6P`eOkĖtʋ__<]KPP4ekvbe|w>Ĕ{r8jW~cM;
iR."<ѷ8XIhcI1kmT8DQT^Z9}y>|ZT^tfA̠h:vQ0%ܢViSKҳ>\n/'ٶ0p."l%&{CfAzs[rNݬ׬,Oo`~ϲIq^ٿه5<,G2ӒTz(ʨl+*~/x_WSAЁ	ڣ38ƅD[dAɰ_{(ƚ-BzU,qĢx;4x6aC@Όj؏crTSJ{M'-BOL&t؛{80 >=Y%߿ʕ8IE+G^V{D,\SK=QJOF-8Lͥ܊czv9-7H'	;gyYpvvpZ|9OƱکawl}""g|o9Z({nݬ'h{:xgnW]k}޵ހy<τĨxu:8?VՆdܚe٬&
6[W̑҆rn$U':Ç{}%7J(ȬN·D]̆S5[1BAֿLvr.~LѢDj݋c"Ũ{͵p\ߵؠNeVx"Iy`uòϵ$ܧܧq;31G=?/Κ|wFFXFsMƢQwuFshPң4z2ӥgrxڼNa;;LM>u5XyݴMРRռ=WyӚXA|Uë,vaỵcSImå`SʇZd,3;on'ՑCK"rDlUΕ(uqzЄ4''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25159)))
