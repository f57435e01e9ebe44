import brotli
n=a=0;b=1
for c in r'''-gcA6؇U@m}Qw܀]E<ݯ/|E{pa?M~E*@o
 Ve<_ZΏFnYߩ]ͩKkx,GtݭZ8>$fGD1^z(<C@N¬\u46hV^E8%ԛ_
<AMԤB2V"tzK5ԑo}2<WÕ/U`C`7#	C)ߨLr@xCO;xf$VI]/ţ mʺ'y5-%ڢy`|ix#CN /&ɜE<9e.3Yn,N|qWSaʜSIXÕ\(7RA)ZNKX߬,ɮou]H<+A2mVMFYH!\<rOӐ£yؗ&EF  en	?$ʕkЁOqKrͣ!DY,Y_lޥqM8	Ͳ(ֺnAE|կF2w"0DSu֬\,}ؤa9ŧI{.6@4]UpuIāi,f226äl?$رjB_ȵ]̬p3TOP8X_H&81EqQf,Saȯ7ѥܭ*%(#:!́,MkX.
ǁڏٳ `ѡ=i
!(%C77@azy;MٷP٭ǡc+!ƿ;)	WAD7h?aX[̃gϫr4OgQo15f>j`3g?76TMr׭*f˝YjsUKcEM1޴NºŢ+TٞXk
26JC7th¥}NN6 rNC9\DԀ~i8?+	
bOV̟@% DN%0y`281@W]RM/1Ne2zB}Ŋ)zItgm.cAp4^ڮAUāu+tcҾSck1mr*IeJ9v.y,cw:(.{)z<ڸAY,RsX|]6zZ+´aXVQ-֟1^W;2N&;<:Or3ƣP1k^կl͹y!AC2:\
2sPea8~:úh?OjDieh8mSAiۋ;QP=>
'߿zޱ-:\'Pvf.J݊JBfϞK0$4RcECR`fk1)!Zn؆0=$CѽB,`?@]ƛ3@nP\yȣ`*J=qU!1RZح|L[^n[D@ѧٺ1T,	u}Dݠ=pL1=o3RW&#`:}ֈg˃#2E4{':Y[*|(yK
:[gz K}SI=S+
_Pvp]1|\-Bֲ396ؐ"A )\1 cس4ڔ;t62GRSޱY?Ψձ`ԶcA5]GĥUɀ&ťpt=Δ:_qge-Η-c*ԍ,mΫk?HO7DG&߄#b1yYg4ic=ӫqK.c^QI
53 3H|1	PF1.d"%"l>G.yclB08d,wqY9wb<Vgj}3{FʹׅwWۢ˫@_*
I
`ku"}}KH_3_Z3ɛ'Lsnxc\يɴ1+'}sȝA˺[<LHJ0\ͭkDC8/}/Ղu>vbm,BֲxGD "0~sQ}[&dw@pQ Ȩҥv!cuHvX-͠M["uSK=!!-1i8`-cT"j(֯(_HlN5פ#s?w>A,nU_7c_vf}ޖԕUuϡW	ЪL`cDL2so
ԱPi"Ld?^U?҅gj<IO6RF3YGZ;]5Z٤\{יј'cFN`6%vhܓڽHD~ǮWͨpbˣ,K}ʹq#ƉаY|%(q̉<#Z<!K[Y_o0nBCB(ɪ$;ɠV%iK}DMPΎ)Fs!	gI'+GQ?Ύ0m\	mH<}9]ټ7.X"rW;#)%ӑ\U:[fǕeDεտ:U`@&4mj8a3<όzgo<7Ϩmr["εf,׬ɕҎ-žաϺ5VRptC{J#xfϘCV
A>R&gro]њ&Mt^gdIkO}8[ʪvީz\̣,W 2#`JtHKa4lUI5_oKޱx1Mљ~ĤALH.f`MLĺ`O0,:-԰toՄdѳ>˹V	AggNMƇFG(IL܃*AKBSԢѕBUI&4}skp~8gh`U0X۴Ǭ+О	fxN,s@e{{:wxh`^Aیl&BdIm͞V+7Eyq;\K|ˏ[zVGuA/S]_.GR͠@+4Fay-)TL@ybWA}U֖	s*$l3>A]WOO7xT&idŊ(F\%g-
Pm8o8$F{0tO@fc&Gָˊ (=;ٗgذ)2~dHщ^oRrZ	-ewhЂ3;]EZylD#zv؉ڟ6!yS`Es'adb"!(l!ofD&a:-?WyX
B6dxE@K̈́S5'q^5G3ah~9qGɍdjUm0vf֤GmWq8%FX[ϫ%Bik\>ejjTɃȋlBe|_Z،r}@bsڳօuko[VԾJLuSX	lE7@^<1x#N)M2ْ<*pl!1/SvvH&z^Ep%]&A<	T>?4XUZL
h{ۓ,::Ħqx\Z0ȳXk}gQ%{7v?~84gZDI{H!u\v
[)]$>Dޑ@Ʌ)*k>mRGOcSvca?vU/П3~~//YrviQ
yH,dAA^\'h[DËoH3Y&`_8C˵As?Ԗ#RrF.%\9N/Jf<f>yz|%C?/$deۿ̿K<ofESަ1G"B,;ݽԤҝ޾C|s}Eh~zρd07ڞD6߯Q?mʱP0\"e+7}J?wHM]ut[h*l9|qd$ܡ8|?ZGm 76	-7L΀)I7:זտ&|~5\UΌSKܞ3x	$8f|Z'ޏp%RSIjHTҼ6u%cO|.2CEǸP5FWے;sxj*"[\kK)Bg̗Gni&דΌ6w436BL
}@oؽH,5'RZwtX9Ȫ&E_M /z.TZ	/guϙ^Ԝg9Oi5GrG:ц^ؾ
)6an/}Y0DG*T6QT-?*NX/3ZV.>3=>Vn^{}@`zy	?*T*ў4˄F܅*[HJl<\SrՋ&Qǁ~LJbnA'dKԫ}3AP!|4M Ƴ>YY@m+/8ZI<X#bDomٹ~آ5Ivkn?X)߲ޓ?(v̯ΔPבv
nI9[XU9k-P͝ԛZIbo=sͷ^QuБ5wĆ{ƭ)ISd%ś:I$kzG _Jlpm:*5zgdkӃ(L }_Xmz7H-e	NKP(yzelJ7]R HZ^iAXh:uC%$)Y/?:QEMD|48(k)#N#ıElm4[E]nٌ}#d4'p_f.NZ7tLAKθu"hγi%{d?D܈^5dĭZɊkνoϗռy4#lS}AŲhv"TpygʶS6%8H8z[ݑc׮'6֤_'dϛ`[!B."8VoI( !o4(ɔ~omJs:"48#)8ܐgL:ɚÙVpǸ`FS	;qEkvÕaN6	\,w \@5_b2D1EcMoa%!KRT,bbQ)(3az5I>_vlV߼&p1~uAE˃hw<^tPֲͦsybxʾ`n<cIT#n5s\$EtCÂ &g13ABߋk/.n6?k{ilgjM^'Y٨n|>>(0 ԳbݢsQ]uUƔ*}x(dbu~+[Uj,?Gܚ*^N|׿~֚ɟfąBܯ;/Vܤ3ҳ"&@/$ȔHRQ)8$01VMmǭ1l74^1XZPҹěr~to:=
$RVt	MxX<!Ch r&hzj<oV0jHH!7-^,0ttnAGkuiro/E@ާ<}ǽpw,ez&OlF&{5-Aʱ7j)xϏt8 HTs//@I09 0 ׸Gj0K	׋/_z/Ѝs~܁=3p9HZk,0ދc'O)]Π]$SApJr>Ө<#~[DdJ=vq%%?ɎUIf%	ָZ	BBY2>j[j)&m
}}QYKx6UA^V0)C(J!,cmp8r1=FsNbiH­Ԑ`qd}2.CSBq	+]Cy2ۛ_EY5y(j @y'KZoܠ@[Mو4@յqF5g4K>yMv7Q'`wü$*LM^Z:jկ[GiPT~([VrǾXmkby,@83r2{J@3ǿb|pݎqA;]p8˨ʪk-VB[L4	a]/	bj9VةڼH$N\[͋ϊi#WgZsJ_Ѱ7~=Iz<{f/Ew8}!)bٻ:@aL݇^uU!1|Ү7Es߆֧Y[׃q]`m5W~Uۅi{տ?[r"j1W8+2g<[&S:>QB]?mϐWJ*JА	!Cޫya6XTp}!z@xHSoj# fL38\ݥCvWTܧ͏|`"SFl]:]'ԡlǄ;D=Hҋd=P,a5s9ٛ@^vJ4|{6<˱IIwq)ֺ;?9݆Izsk9ɘJv|[z3ib0S]u#˱8Ȑ%q@F'^B"Gq-@%e,ǶQW@a9:KPQ:y`-۳5W&L(UYW|,2Z0"yHu;G8Jؾ>{6^G=IXƪJr{\J0gב3FcXSϘV5lNIP=u8G>B־=TIkƬhة>$з7:q@A5`]/9H|~Y!OWY	fOvCl6M{~ŭeϩ$g9[+W/-~tb`FذkBSS:>%x%Pնa>xI|ܖFf$hgOZz5_p<14fHpc$zoƇƽpnoN7=saɆwơfX^ܓڶ}Ŗ*kRS|~,/QD A\*ŽSx݈;hOؤqѠGm[	>k#}owBÜTzl"[)EBT]<YWTk(Wk7-muőޜ[H̴֊Es+q bL>˵`׆rQlOG~vy?Z9B8H8}ߪ8eh?TWٔԔ=L$&,YfʋBcI-)dnF5ܥ mM/KR! *fO܂\TUҸE7/K"'kԓׄkBaNmOy%hj׀qRGsӀ9f<'9\Ҙy-0e';Vƚ$Ӟ[nԇZDհтm.5N̨:&OP#a;\
%Ti
,ͳ@f1ɇ֪-<WrY8ˀyzK/8IƐQнUҹq(h\:k7|ï`4p:D,DЮi1=8&҂BH^iMGkI\9\M~a|H8lb6өJf̾ݡ+1:*yğޝCE]Ԑ}QM!eQhfn]tod9{=z*\ʽ2c/קZw:`ˎ	PPzlKd7*P&Z۝?#(sÀpS
:~ˠg^&;'ڥ$a?i(=H3t8_X$!jQeF:݈ۍH޽NׅQVkg>xTݡμ$\3fVĬbqTGMc]Ak}>D%`M,ݡޏoXA5Ԍ)E3`τX!b'y^J?ՕT<RoIۚƯҀʪfқJqhF c)Iwy=&e|ĢZt(]_9xk#	n+1f(+bӇ=I:@!o\]5RQ4dTni~yӿg#:+8Ѿ0?$|<-D[sz4ʻfO}6aM9D LȐ\QJ,l-t12H:olNC/k*ݒd2eMϠD|Bt֯гP1̺)E_$6i:"I;ϙ/@U'6B׉Ay:`EE-"}LI˵Ћϐ;O-bK`8Uέm4ԅNįHքoWa?ql7/ȸǄb/X>ԭ ?:?PQ%=[c8}&17<tH΋z]:ruo|bzބSnjfɄԸ.6!W#9^_p]P?*#`b59z$6&Ԯ΄8nC^ى!7yȤˮr#58Ĥ>f5Ffλ٦$֯oȶ+WYf(lUF=fJH`Z^8nm۫^i"4>#G>؈">Ϣ@;V}%,0ؤ޷J|7i$	Mߊ*&ׄ&,emߠZs~=!uaZ+٣7ڹ#kȗ VFi~Hkс|/2uwE<3"\s(+b-Nr.6EGZe;4ֶ!eܳB*^"kg"~7ǣgn,-+BQJq!>=$1r#"yLFx[]	+Hu>}+|EU? BW:!XPfd4ړƕ̉ڤ9O.rgMP_і.qh,p8 @NE!ҹ-WN9^v:Ȱ;S^3Nל)Rg*ܮare;]]yq1jRbtE'שZLS 4DTHre':ɢ`'b~!׺ӝcV(dSou	EX8A^G09Q/cIqRC̏h~Kl/W8LdV4#uLJkNϜle	,sĩ5̔DOL?;2[N"[$^PFieÂ2p5:x*@e+Nl@^saUbDN,4GlIIoi_U2T=Y_\Ťehd@[FnȌ(7_YqDVEڇ7AkvDɹ@~7+ڼ{XKfo{b<#\?KzJqmυAЄ[/\Udb0˙~h¡d"Gf=JQ+MqC7Kwx;+֯1@q"4@\}Ͼi(GּKوuŅwkuKr2OSΆttp8VS}B-Riˍa^-j<32s8԰ۭQq(:*iVpi?nJEމ[|Lj&۾X[G#{LX?É91̕ьCM0nbb4tPձªkKޯץf_܍UTa!%OU5P7k"߷ϣDu/"M֌p Nȏ[hs`EaRg:qM2?c; :"1EjyzBz?!%aUPs=LG4wة}.ο+0ٴsש`hk֚]exPƝBMȊe@Mݛ8ˠ>Cwn6])I$/g7HzC3kUmh^νomV
5د0bgQbkV
%цd]6'ma'TZ˹uX&*v?
.A(74xpYO.[]a|	l,)xVjbEB8m+oYs˲̼Pܶ.4ј]u?\6cJpՇȑM%>/M9W׉ke#]ŌWx7JA.[f:8īRL/vn~+V5E,/ѫB̼-´ƙĲ\wmF\_ёДˋˈf@VQ8=u޹ $5BfLñThTFo Odڹbk1:|V!@1P'֟'xׄz}7_ʿi1vl;Z{=ɋg5ݧA?B٬lͿL˜.Gݭ 0UzxL-C1۴xB,ʌ4=0_րȦiY_Ӂq9Pzakq.@1CiLOnjҝ*<YUոr:vsx9[$8dO9~6_$y6lfoԤڸ!HCkL~ܚ#v@֐E=rE.-&aauCIOҪH;,qzzMɕcNՋn&`>ŋh\
t!>[O~97B$kyex|C*"?e{5*ˣ]@T|ta͆R`4i^Z;<y|m"oͮ?Wզw̿ޞ-c=$'8lxv	2Z0sz
a$ڃon;<JR1͑XG0QdV(VٹӒTB`˹8Fm!Ϙ7PR<t\mO2^{<ZUêQzr5hpuv|j}u\R(&4	)[oŢ̪??K*mpy8j:w˜&lb}vȅu&زPty
<qՍ0( ֮e;/DW%#ۢlFjT5t-a޵ơjgB^ur
OP?ՆLGf`e^m4{=5s71Ti1Nj4ߞb,yNR{:I^RZ<ݭ׵ܯ:a`8qc{$ՍRB;}!տ#,̘za{my={l[Eb\QW<<aܡޢN8T÷(`r_".ڣdQQ&Z޾RCS̺ݏ
U{*%Zpӿ7;mݿa2ŌzZB6J+I]#'0Ͳf':^	Go%9`DKv|Y]fÅle)vfLv'SQ^roUq3y=q{>oZ7{T7)p;ׇ@B
Hi:>b(͞@%Ւօظ?>C&Rc?γXտͬSʥZ-_R+%V:ӎU/bҋsl^ܨnͪ``wn	=֒#@j)"UBo~kApp|\ҵ;ZI.H0$fGAM]&[(Ht8a-qpDk؎ees)*+ˋUZPLHWG*޳(cYOi9{e|I>[=.,;k]~<L=s@T<țςՖ5u(OV%i,KzD_]M		AH8Ơ[g6dd.ps uΡ۾sazڊ*nk"v7RGZ@֩{Ѫ"R&[^B`ڻ<6m#^"E|cto<g<G???ŝ܋r
y;ͽl1C6VY&CYU$+
YrEv&*km~´WEgU'3N7D^Y~tڟ~!#TRzǢCܜ[O:ϘOi51[s[2N+݊SzeG2-f(^L6d.PngR}\sbҝm{gzJՁ?̊oyLEǎC~WO&mӛR5qM0wb7"xr(w[ט{l\gmm(w	Ku6^wv??#K׉2	4nj,Hp҅/@::e":{x$P'kB&pcRy\@
Y*Ѽ!H#Ki=ӹxz޳͈;<لГB}N[+ZuZ=Һ94;?Tw8h%IfoZDb5.כ՗]
}͵CCܫXx'6&wDنy

oP\؊_`l'|֜ǺIx)ulqn?ĥŋNբX
m:͖jڲلJe-by-GSէjKL4
RZ=b ۮvy_	[d+{
8\$8yBhӞ&5mk<j#	VK"/΢Y\M XTHb`D9Y[K%6ȸ5k\)!<q?پUV*&X?beX@LHCCDQYEudu߶:xpZ@1&_4W3&4NՄ&e%*!CzЩj.Knh1f,YU W'$ryJFt[`BTQ-)LDҕ+a8h;k6d6gR<?B+ڋe+:byA"+vBvkRdH}جӥÀ#~Ct ȅyr\pG(u$_eտم$Ge#%ܯ$Bl[NBF\(ضd/*kjx_uE7|A_^t6ٕY[$0^MKTC,<&ƬkzNlΓ"/p߀}tu#٨ʰNV\Fi@۠\ʑ˵ޡLRei3!SޥA-M)ND8.<.F5_U0uJ#o|&1Ƅ[PJ'c]W$*ۼvI,N\2mCm=`lDOl?%1N{ƀGa/£m  p|D/߬c4ܛtkk#6\4?K4VD$t|!ILڃb#ka_
AћVy2ūaګjņ"ի[2ߞtN3)Uu/(8=ܿQ(+]z;~yUn?c'Gl^:%4	k#F6l:w] +<ny>Ɯj$H{'JqOdǏ+B#9GӲidM^^{?%p3w3zՅqTP)Efn4ֵS2teǼZ	"ܦOTj#;\rzCmfVf	A˴}~;6?լT';А Wt.PܞZX3_$K M$2U-<̬rܯw7R۾[tTd5[
ۨT&qT6\:gQeHoQFp"ʴ"~Tuj"|IrKm?1_O<s"jHC۔ڻ09=Yӿ=~/=;ܪM;t؋	0mOvw	%/d+ϢT߷_7;^iHݮM?4yMˣpnoř@JU>Єn҂})&̳ə	ֻH~BT0mOb|Gus8ƲpC_O:roġn3EL!scR҈ZpeUZgvݚKć7<&W!@?MrA@܆!5ju"R.QPh&&e%W0zU9+(WwӜ#}XJp:hؾ@R#ˎۍ{+k|),(s=@aojj}iFz=:K܌M}<RY5QRTk1c`4x>4("ZJQRpTmǬNŲ2Ts#ljǴ~rAcwp=m)# wZՌ%?o9cUpo"N
ΚTg2p
.Ac{W vÃg'Gs0oe61dP H(l&r0K٠u[xA0c$S|b˵l>-?p6xXduwSxXۊy47G\ޭ-~:G_3$EfO̫sUJ@=п7|[@ @\8_T;_k]4X9{zdXF[`kg0u/DEcTvDEsswt1%л4;-Ѭ8X0xaΌ'֦ˎکBh-	+TnCu=Jڄ`Gه׾tcQңu*O<U,<ՄG[BDa2K9$jA8* o9:p.ͮֵjߌnZ,TS&3ky43\?9ag^+w),ѓCbAz:$mnZqS{_$aŒ4ڨ:l҃skCPt,#eױKx9aϏ1ݑDjk$`pUH&IuЦ>7*["cЫ^jWPw"0EA=Vg#˥ہ=`,})X<DTNЎ>V}ɯŖ0`N݌ݑ;@^r(g	~"nܧ%^u٭"+]4Ŀ-zZalbƉ
&[~T S#N`6y1o2<5rypw%J@q}OXk9ـaӇD#ec5]gÛnn>,»|s_]Ĩ@WюcK/2
;ͥ7rܝjĦ#NéXIp-j*l3 G,<T<:/+oa&Ca0FQHx`Y&(Ҭs:|iKvԉgQ?~[ؾQ}h_Z"r܁`fxT]mhiupƭ˜-^7t(Qy	8w֝}pb+צ(wm@(WcN^z"+i0^ڢ5Ijд̭&shdBK{QDGߺdӲb!2<FY*6/Od>}vNda(@ק,qLFЋRq©a5Bzq*ܯbռ7P8slrCjQܻGWu١	czi2=3wP?	eɅҞWŹ$fC0H	ز%][fi|pٴbyߧͤfAxI^	Ybԫ%M*΁}Sb=tV۹ZWqFtK$\}liNВHb~0S7|!iRֱ$Tak߱g8!Ѹmz@0Q	Mp1us=mn)BrSBߢz{0zw֘1Yʱ.(
]*!5+3R"H#Ջ>~@Ǹz@x2DןUDHsO95tyik>KޥflmZ+Y)ưy*oA)hȫeȒ3K0/jD?W1h6=Ք	
ʨԷ
.l2ji=r>HLLaZ2zʑ#4sJ)?P|f@P44/xe`lVEIkm|uXt%ïJTûf ׌Cu4o0C:Y	z2kƏWљZ9i]64`XD^Mٜ>+C½ߐ,ţϢ7ȀQ@ϭrjB$/Ñn_\Ѵ{/i՝xݶcOI%Ϡa(."s~Ezd]K7QeG^oV/uZz
+ñ
k|15E8hVyjupVSw|$ 0ʙ^vͪf\ʐۚ!2KjEۛRL5Y^o˃SĈTccͩRɪfrF'ҘPF;~gcqj]8V6Elo%(A9Z=wИ{1|k+[wa˽ۈ%֐0Xj{'e)Y,szAL_eۦtGk;N,362/Тɬ']D_pT^qCMiٛB?)7DHPK(r/Һfߦ%qK.	-Q޻#ɟ+\{ׁE-ƩIRk?TtnNb Uޛ]%M5y<BҾx}X	Ρ<@~
g[\6Ikoz@^npi5%f£ۤrTګP{ݬ&><ۏd׳!_ayct/E+FФm
!=M}=kŢ=&:Qi>`G*oAϑY5ygQ;DGtU|;W	Z/1(YԕՋ;+yOx9|@		=&T*\?ʎċlM|O}/·Q07}fFx2ú.J"l5Q.zǊ>T{Hǰv-`_RlA3b4oB'<,n$Nڐg3hes*̍<-P^\1Нɽrhe^vG]K}|8h4HٙƐP=?kS8>InIVOПX3>T)?%9 A6L5
߻A/&hji6v-`+~N'D<eDjGޔ>-T5Rc;NZ-Bd]m"i
X^ H)W=`}ثʱ4ZM'ЋD{.m:Z{= -?{}:&ױo+kmmAqY99i1FE<F9b=~]PU RՎb'Ub`Mv	]-ݷ>sXPxkX-BxDè9hثV`IW0)KOk6&
Zs&:<+ZU(ԥj@7<U/Ǌ|qr3_ʭ\'є>-tE!*&p,ĞD+ĥ+b-(}_@<&loj<N7P JzdR Z5tRXÇrGŭ8*˭Buml*Z4^P܀~)G.oaAyf4N06==Qˈۄͳe+]pT,?cNsQǓ[ɚŦFT:^r|{5ڈ5;'R~'E"bαfcyַt֭BbRR\QiQ&<WNkg&u߶W@aҢhMyPRZphë]jua
;6BƪZ]KxV,Ό3ʰxMz~;<ٹF$Br40efMc'TV͓x^*mE{dK*ke51CZ
|~4.iBjo	s_A60;.i-pݧ8o(qoʖ!oVR+ʮ[mx`+=LqZҳ ͑ڼOH/``Wu"wֶ3=Yy	(a{p~Y1|!˒(3gV@3LU:Q_Q*ʹ]5sKX:|t?п`?֋Yo3]Oq?4*dG6+
sgw[lc@8jKw\bͧ́4IAʴ"MgvU\<ݷo|kϊH:_0RF<ZECBZvo:Qz$)e)"ՅD[.2<[2e1IoeO<ˮJ>VFiv2ӏ.\E_OcЛgK+gHN`;`ȩww;@#RY|m|s_e1IdNE-gFK '!ʧJa},p-^/)j@yV|o`چxз(ʡM.ư-_sړe-r\ƭ3aR-sfhpʄsU\% ơ(Ůf8׼7ѐҔͭS4&kwl\_M'lgt͗L|ۚڇb#[wx"GQcJG`gj@p4f:ף1׉A`cp&{/3Ch͐wʗC4*-a
anq[@N٥DΪZ9i<@v}:9U~.'?3hL=Ѹ5p2KAcm3֔jhw=hw q$]L"~r	~W͡'K	g
߂6)ip$k6Tȣ!eFxyi~´ewAq?kmA^m	?uta]+ُ]x}5T'@=*?r9-<~@~Cq\k0`'݂IѰގ~6iMdb%Cմ;Z<OԏNJyޒSb	:ƄN<?P4p+`/VtӲ	&yȺ;х6DÍPDHgcxӑYyLu<i>6ҷ>*6eylCJI~od2}p2*#h2G$O-óm![/sU}RzL}=3>ɛ*R6j.;Yŗߒժǡc	)|tM:`Cq:зQ,#g,Qp6J	
Y4u,:GϒKW$rqF}ji}q:jȝ]29#l;۾<O0ȱ7Ld*=t)XӠ;ȣθA*`0c~NZ.[`dc<	-sFE^S7_<,Ǚ8C'7sbӶSwBKsHG9+`zYh|xdNq۲Ҕ%SKgg]ЖHÏnt!2vV3)%$<Ud#no*Nhy-Xcj+#(^B;dW(-z-WNlGS8ڸkThN_;*},N%6JS$|eևT]sgj{4_ڼԮ+\;̴yֲ4әP47ů=gQ1ǃxgIvd]YɆq,wŏkוJqw"?Ͱ=,hc3	9BâA81ڢjkk;>ˣˢ FVXihN*=Pm1~Pߏ͆q-Bڨ/mѦ!âđc	}tLv~<?Xźã"_G6~u*nV66<,(QS_QjcLugp؇9j1&iִLGBаY\7?ߤvxMqOwU۷JVȕ+NL0qߛTa5QxhM3r>5m,EGOBͪE|̫5u[+Ys"52Ɠ/x$	C5@ FO(MՏDǩS6+_SuSjwgkRl9+([f07JW@cӺN[HYؗLolx
ȲBzmsFV,ݐ`9h։9hţp-͎ĺO;CŅ0XqϡI0>dn$4L;S6~<}K=/,bݑՠTȨuI=c|Gp[~E7\klwW?n̖ q@66\A	G[x'i^J4DՄ#@Ʉ-`GNChl9T%{yaZnJ6y/>WyI@V,\
9˼*rTww5&S7qs
Ӕz-ؕ޺a=HycVR]pw`pgg>֭p;G<tL&اȷHݣzy(aq1߅@ŝi9u]=6o[p*P$NthL<`&E9ևu۹4|Awŭ˖wiWTe[ӹRI@w])tml`fuq/J֡,y#jVjNuHQk#nRN`_W#L6m]$ذyOt{GM)b}
X΃|ipSdo"aI	kfد2؁
+_7Edֳی SRxʷ2aBEg	Li5X=>-cFo5uB;x]`|4|pVPNKtw-:ݏEFLs_9'|:ntg<Ą(VŔSk1#oz
l_lea8G#aЊXvҎHd-A&t8yf>-ߪ̇XW
#Qr*ӣW׬ƺ7CkT6ǔşxƏrj:^m	ů6;F=,o֏`u4EaBܺv2w¿m՗yJy%2-Տ[JDĲ~|8ZW/yCһyY9TwU2x7"|.ULuZm"2}O)Fdo"LHO<ԝ&ޚ7~I&?}:5{+sV<ĝ0
*b <Y)oc-~#KnG;W9ʗx=¯^23:6 j8ѡ}p"n;*t^>ձF3P:ͅ<~x/Ð o#=h#Pa!ևƗrHݏDDh@#GQr	+	G+u	#Nd,!uA۱ ֵ!
8άFd3ϵţ+PzZc>fC;f>>O ـIoIXgALkV}+5%D,m1MKr	Jbb؃S+D"8aYgI-HVH	B}MhSޗt"3$s2tTR<-57]ϭ
!G$d;Ԋ/uĦ7T+fy/A1kgUiK{^zEiA-qqQDs@Oɯ=Y&N7e24NY8ٝ<ˣAIy6Ⱥׁr\n46҂Ł?Y҄6BƈD=)M˦cu;l?,%>їǫw͚;˂Hװ?Ѓ39rL0jX,ƱE)*MDOtU	<FPe΁ؿӚtj_~_b_Qσ/PCo6#y00FNvʦ>:̄Y9`N>??USAOAj`NMs+q^
wr"@jvu[1PJ$Tc{ϵǑi̭4PL@ܰa*<vRuhmțZivKlo@kvAO,"vW@<רmj^i0JpRCj|KOYC_seiT|ŨIS=v;J}m(izDj~)<k%}%yY00,B#	Yт7D}7O[S2]r5~9[U!dmSۋ%lcMۮL`%+L9MɃi+/G{`f/o
d^mtS؂
'ҥ5Z+pGv!-L&sζT	avex]K%HrJ
,bB֗1(Q	.Io/w˦%'n-W[@]]aE)/W(<L@*#pNκ&taC7OỲ`<SH>ңURl:<zzT	­W-%8KcHtts8+Nv2JPZ^ļ~)X$ziuVǁzґW[4fP|9o1݊ȵQz
VC Ň*.Тf۩c<_4;:,LܱI5ͣ.n1a-mk%ruN&.qdŀ3-NЀmX1`E[F]~4utvwI*G7,&*@-}ͤA~OV?i	.TxP:2}p}Ұvѫvm\>^1I	X}\:`!݃q],¤~<8C#b0ƒŲW]K_06ǰխ2>'kFqMq&Rn?w<RBom;3z0>HBܵ'KWߓY%oëa7pIͱgm2oDsyƼ۵JS@{	.kAx-z>Z).FB$͹yi=Uڂm7,۞X+N@ΉLJepi5qqI[IvWlmGvYhKXV0Y;z͋VW@š(5='w3;GW#1wG4"PM	ئv?hWM]СL/rx-~Ǆť	JDU%uQMMƮP'YtMG]Ub:X3suN[KcU6PҳO+&
eCĒ_m3ӓuC(UMZe>9L#ez<Nc.ylIփ;th-FijT҈u"ޡpX!$G|AN<Mi#Jc#mɊi "֑b'h`߿ā]hn[\GCkO-8-e?qؘԏɜ>qVlӓBmsq&'N%+vakA_zOZޔqٙiSp0DtdҮHsI=uy:Sͫ,Duԉ=HM֚ùGMp
=	JRSc#ݜ~L,O)J.F"Y_XsOE	;ǎ;(<٤#r5фa ْV>&(y4)ػ3Ö*sn[_̧xx**tkHo!r-#M*̗ؔ=Jc\RvtͲqOffFGixcLٌs7@JaҖYG8M߃HS-L]w^+?DF#.G`S]|C7"^Qfٖ݌Ե2sIf6aBlҢ/Lu:CM	-oD1Bhy!{fJKl3vdo|xݗKyi2	Jͱ˛$}׵;5ƕD}{5<&<gf*ϰ]}Xbe'ahÞsfѴZ$ߐ Uϳ'ێF<R.x.^Udof)]=P*H&5HJMg9kڇj~RѠYGˤN)}88<hU~WMGڎvgzeWޮ95r:UJ\T5xԀ@E^Xܙ#Lb3͵.&$?Pɐ9*=Y0{\&` 
WfLDpU^qδjöǽ|h{֥cmF_lS>py:ϲ˲O([BAF F)db"f
mvHDpG=	5}	fCTyV=(yfqAky֍5?Q<CQn0gRH
Tܻ39DXA(h)8odV'n'XBf]`Xwߑ8Q[38^dTcqbU)|#WJ3 'uڂh0Hh3ʴ¾%qP<4Iԡ$N\[X&>8HRίv[5l {]i#b_gqDi
:ēյ٧A{ gͪ_e/)~f0~=ҊKItE&ubg%e-T$6HN1ʬ9j/~v PjY[cQ%^˗t> a1f!µǌb>/LϗbΓxիHV/2Rs.UByԢ!m*^Pziĺ4_Aނͷg~<QIMBN_ޓH9SZ-qN5ojYjL5sÑ@?eքIů
,JJ62.%
wi!"46?0a\IJ] fXgqۗ?<j]$T|][!1"3YɍHsx r,d\?.3ش<LWβ__РɊQ%tvAW/j4ܕ3g%mK[<l6Tmɧ\3Ņ"$3-q3!*<bHy[z'WcPm<c~D'sqG`<AkC5DϑпFҦ47Uog~Qq[	ry9Խ}	ʎ,	RFjc΂+DLZ/2ڰQ^$N;n<5ܲP%~yR־3I^AH.[)j|tOcyhQ"h8$bn݆C H
ME$ub[]	?dh&5-sM)j;9jLghѫuf:FFú I4K^0Ehicn\'eM b4K'.]W߯Sf[}7@v%X65=V3W-nb&]y_0P};$"ݫ|0[IiAe<Eil/h@2=(ʂ$sܭx3RT:vP)7,\LE5%@Ugq?ͅ$Gg3ͰѮ݅t"
ʕ0>IN
r#,.,fs	[}g y9Vb>²n kWyYF*׫M$'[K<طEO%zF-E tܿcž0|W|{8S<g	Xpkc֗ߖʰzJ#bE{RED׆o"5'!E6@L&zȜlP8FF)b:bB΋1f6P,åͥ(yZ6-eMn_ppVǻשB2l_vu]H`@ʸa<"q<%{_̜hE׃P[V\ݩj[qzħpe2MC`6ŹxFD'l5X-(w`qŋeĊʆ`'FJoBp6Ɵط-]X}LK\Q|͈֥I%n-`6Bpg6O֞@?$PÝ.SΧ&EUy1 r:Dcbbdu~}5y+"hYܠ~RhIzt:-}Mɉҵh[U.eIt̓?kűILx}H`ŅQ@Ď .xMЅo&϶i?U5}J7'ʤ^\ZrjGj;י;?OKӨ(nJorrt-/RԑG~hV%Ia+!΅)wɰm^DQ:'v`937չ-j1̓h&dSF?Vl0"84Jξsxy>,w?/4)kJ
͊Z{.\I}WD'0ۉӇ_RzkȜfyrBx)a!O::QbzTx@rū)1=PXAѣJUM3+*p+Δ=yxgV[T܃:k)\lfؿږ{ӓ=WG[ܝ¯pVfõۃaR!Ц``5ߓ#BAw4bɾÒN
S!+>-%2>/޶|PXS{݃/0"HVoےkMvl5P%RT}W	I׀E-ئUSv,3s44rƉV('zW<lq>
4ȨL(ۂ̧y7`C/5M0CURܤ''CY5/Eu(>.mN>H2to\=7#q?<f϶&;]^k*?aZt&A!(E_{Rt)uBO1pQ$U;Ϩm*o0bʒp/c5س)`*Қgc£w
Ym;}%B$f!,cN,O\w[u۟l}S.Gv;VL"|	*p_bDFӼq,7܅e|$X0zd/u&ؽkMOŤsWjjQkVXKs<гͭ-V܎P+p-ۂ-$#
xbDѯBU_}Hy	T_"5L5_:e/*7>.+#Aӂ)}_$ܺ5qݸtlgt9|Hw$
HJV@$=o;[;RQmb?agdt$q)=odΚSLO:Ҍއc@txG©ѩBJWc9 }(Or};LզqZeI:ظ|=/9x7Uq<9zNx}RӺRhݐIt>7[P]=~F]\դub[	51]Y|7S=&PՑ+/ Dw	tҠ`͑
]2lLIڦЇ9|͡Xd3\H65UNJ5dfefŝ5<u)ņj|2vԜ&JR7?hԓD<3Wu}EI_ދ6Ǉ-+{o1/cOǐ[vOUZlU)*}N"vl@;6@eRaSdE:qU6ˇ{BJXhbcy97Ţy =ca||m%pČr{i%Pjm.l,_jP08=..HdC^JDz`5֙!@VqRŘM !ʋȘ,Uv%(^TSh\k8	t0x҂BrFgBkz%sd<M8Lbsن eѲFFB[23b6JIO7Wob1~Fu4[lp9bRN^u,ҩ`Q£Gk*jN0eR[ʟ[/'ۦ7D2E	JWgyR<\Z]Z=Oc^r8'ĭ@
xՌmL`v#lםu69.hni\ôYtpyZQJ}uVmR`7;;/sOyǛek3\p\1ҳkٺPSǤ,ĚKICn5'A;ItFyP|`tX+aЗu;Z.cFp]&2[FH^ͮ=])aٕ, P5"xŉbz?mv½b%ҧB 8Qr;˾h̀CHľ{v-'X{4Z>-ԓ7j*uSm|Uv#l'eDSyod\gܣYʻ׃q~b<ywc۫v>2LуoGքg\ 
9)QԘ-PK²Ly$(aϖtPʎ?%p̨_7gÀgNm_J{9k
<.ڭ
:a~Ev>8Ȇ .+qф}m{rb(z=˔vFkD@3vUl9;8etȘGdQj`T(OG]vn!u`Xp0J[9Dr[ªLD>2K`{`{-\kvۤL?xL1(jŹUΊ]kKw؞عxig0v4uډhNu̯b<?L;g[=:ї+Ns7Dd%ҏe\x fbצt
Z&iQ+$ku(;H`d͕F[4Rs'G@=fJ#UmO[rt@MxgkdnLϺ2DhC}ńGcOlU,0D{r˄4J=]0RBRDgLf7HyP;xy)l۩Dn";gfESdWoz˹]1ye1{bMCSnTw`u\||Ԙ2pK]`+P{~K=R]cBSVxŁA¨[9$ ^SK(*I˳ʑs)T8{ǷʪRc[F6Db+fhn
Ŋ͵VHZUgӅRMd9HE2ƚlE]@K%H=)*qCag	ڥ)3<1$
W]ݹ#q)j2	e|Cݽ8ZtXeǮ%5limHPilIwjvE%WFKS&0Gk'{ޣIȃwr1P3$1B02[{
2"$Q;ՙ	?$eXHڶd~)iDl,~\ȣ\>!*ٮ"GrKo0,҉Rl><[@XzQ)bH5)W.
ikh9o4>saּ'9gJU\֗W7r+eGPz0,,sͮ8dǹ.*u$+fbgsG9T$SjfDL/B[H_cÙL
E}_|Y<.)
*QnmA\^g<1h[)/ݒQ53>Ȼ[dƖJ7~ιn{]Wk5=0#kp>:-rz
Ka1hy.@]0ؓ)C2]vWF.S*˝HSe[Zo$joq'gCdҸܖgsh	Ѻ[h3E׏oǵV9,;!w,c$wYy%G1ךB$6QU0~#fa!LW.GȺ^٧R65DPk[į0m\"yFu7&2K:ʍ8
<AMثkPjR9P(.Aʔ{=ݾȘ?<ƢOك+<)nZƊY\qX&H@PlÜL`"tv|˛z\'2N4?ε4З۳\D&\ȃ3)pa9!ϴ+cMpJ͵99l_MȟA{|j8E+uWaЯWֵP.).0ſmLX)7yPLǦ߈QwTFϵH@kGdEFbo0_A}ǭqCf(<]s'YG`5ɀoY"xuQEʅ;BHДͦ.>-Ρu4T)x-X*8t
!>e	(9X$@GFV**~fS@zt+ԿRm̕AD,ڋGɜ`QXVA@wǰQ"O))9&ZUcw]:(ۮӄDcDNlrVZ	ُƀFyn&̬Q;k'Sܼ1{/	V~g-YBOy=a`׮;bۺKlyU~q¬;2l%%B&Oi[sy8X =j$`G?ɖ_-̍|Ĩ2IУ|͚LUL-"3;[]OQfR
wg
Ew>e	7]s,bt'+ٺ<ɠ o-ʏWn[[.\$ޣ+%VקXؐ

&7½:+em01C'ϮqV%HAG(GJwR<d/dD%	ƃ/k(@YELub5x§G]HJdAhI^vdyCu;IF~*_GG\%6*Č;Lʒ?fY҅fPQϦI|Zܖls{
J
?6LCRu%1f,- :t:jt-
ۧGױi&-GԄ4"B=8,Z#":>0ߋ{͎h#PT\έL?s{8l6X98שijEʰjvaV?қ`I8IҬTRD˼;uZL.?'~Ky`V7P,i%tzv<ؖ,#]p6\
Nۀ"-PJuMY	T?Ɇ["%"d{Pgmf zC/e.Y6ՈҨ65*ykTO-.R<d(m(7sL1mOd&ru.Pֈ.<=[:H	25(`KyCt%WöԱ7kk0"CMLkF?j-;Z!.L'd}80iג<lF neXI,<3-"ێO}[`_es;gb}ES#}WjZ`ؕDNbMXeKة-YB;+l8zþڡDuW;.~9@ژ#tisi<ӸQ	9mn3,Ik%pFZŋrRR"8;܆Ig,P"hs|=i&3"Q|JcȤϕޫ!yj43kyCӳĜ~H-}=wl;h=>Sr0Ύ)u],zŹ
ZЯ0ҢΤ=kǠ!CA$)dsЗrT	fs6I8IۮAy%!Ԙ2ڻ),Eʥj&\U	/:q'eưABc$/lr*J34eh)FʿzE}#R-ZEqnPa@Z5aãm"ʫ؏cuН	q9M]upѐKmn[atNr̢0mWߋ)ih}yו'SrԒmg6@zcْl*pԕ;{t9#ο3G˞F`-3\CTeDDtC.hjgeDŝ|LZ)j0˰P**%MҘ^P8R߿ϏfٰhV=3+A/T1Ngi~pS¤[U30>L`ɨ\lD]Z~E֊=""?d/>l`kǆEDfI:j	sOHiIY -Jˠ}2	]DwgJio*,LOVM*y·4%ТowXwy[ٚC֒*ӐήؕHV)[=
ũEx`r
ʪm)cq7~U~ ~hʽ;h2)MϟK+7JtX%""Y.tGVGcPsj]/R	~/fwyA-x	ߩ3MGy)Ck?4X GYe^dRŽ{ÆLPʌ7ψRבe#(vItL-qj{JP67v:`t7CU ۻڱdҘP@˒ߩϴ}-]XP%]͉Uv*bO[o14L/UeJ)ȸ?Va,4\0Lɩ75+@ϩ8yw{Fs$[9>6;SNd@g:`evTR~;̥mW׶AY)P'R{ي.ּ2sJ
Mώ6UKEE4'6+\I/oJ8N9^r/"7zs`ʘoCuz/y|Eb^zud*r#w2Y'Z\x<q/!ft*&٧ѷ;+ɞ@5m<m1@OP]#+BбcJǩԹ+ܧNQӛ4[PprKKhec$?loZByFRQ]8 %t(ɪI 4ׇ1Gyk?:"! TTGE"-.9$>Жt*rR(R( rK
3
3
?1o	=Ƙ(ɊًeEϺĉ)IӿҔld֞LR*ƴZ#
f~ъ\KߨuWS&+z`"j"#kp1PV;WjEgf Y8HEuԨMN:U9$d#њ' 0lăhcA[(xD6K/Wvܢv)R)(y ((qO/XW{յugIwA2cH9 3!H' Ǫ+\H\/jj>Y];cs5|V!rԿ-}k9}O=):!e)\ B8qT(Nρ0>ޣ=JdED0ӽg8{LLgoҔZ2<AV.ו:٬n\>2ny&]brTϡPی'7.ݱq9}!g:L?&zÃP- 8|ɣG#{s]Z44S&+Quɶx8j3'djcVӫ"	L9mILrOԬf.^j{,W(hf.t܀.Deun¨3rוdsifH$uu}w6&K݀1?e|NV]BO*d~]ӅԿ˥R}tL~AA*ؗǭ]5YҭnQK,imw6O|	kVHw4QC/zȗ׺7!(rH$2i"]jLZE[#NԔ\qB1tt%00ڢ!,ax9PB#P|&PIxH4I+/!3_^]"kERTCgNa9ޗsǸXX:-Fӣ-r_/`m 7!ʒ߶[Gj@ɀc/eCyDlJ9>ү_rWǕoѽWմyA{7O'$e݋
Ajm{נ^/Q_}d,J]Blv@0ekgH*lOO_;Acvcկ=Z!J[j	N	&K\i\j4rU.+]wFȹcroyȾ;^RIgD!/- ؖ^͐++jȥU7vC;ȜȮ}\K+^6-Aa^8n19\O$chk%D'^q˗mJ/&QڴŨ٦ӝ>B=Ny8~Ϙu3
I֥V[%oϏ<Tǃ+d0VgɻZTxW`X[UkbcR1tu#wvλ?J\Jî.\JkAK+߰IӜ<GU,Ρ+eHm׵g#r+=%N<{vq/	X g|xDӘD%M%[Ȯ'?؈064tP.x[Ӏnt5NZc@Ǚ:ÑeKW HGp܁̣B2 <ۇQ+DP9|aKZ(2uVظl:d3Vw0Lά>Ȋ}#<M+'Nʢe,c̮}%Δ{f$Pcu|}®rJ[kN][W>I:kd>H۴emE>KOؗK4fcnd̮ʛSFEׂ[
6-l=y>/wNS0Kѡ6'~OdܮM}"Vz#v	{~k\IөPt*(mvY,^`)8b>'۝XHOskz	K2!?a%Z,kNP+leӨ8k7]P'/iLѮzǆ]T03$rPɶpb|YͶ5,$r9iNŤ^tXn<0˃?ͤ޴K-ZwA@5WTe؋uAft2
bMi0ս/k!ws|fB++[8)j2^MϷC/H}ey)L[ѿ|0paę	:Xp$,:~AQג;LAZ#{-kr2Dhږԗ?r6÷ݠo3v_Plv؁\W(@76JkC)t 3s*VjwR1ɸj7yNv-޸FgV0XIL_$^wԸY;	d#ױyھf|C^МV<G{qҠ
tj0;7HM.9I ˂>`",~Y[ȇ1).ض~-WRFd3CrZ,xbJblw4;#HI*}eb$Sm׻,fbqQI+R(`oW;
ciH'·C6iJѠϫ\wYH~#sOV٬p*҃r+ZLߨYhIx!)~k:
2wy78*'H(	6-{Sr|Ojx;
PHg#,vαV̟tp0(K"KlX+"WD;`җޚ֩[9!۸J#rg\aS,֭zs/KO^$ۉ^[\+.Ķ,{eA8ff7PtJʸ3rwb	J1%+GgЉy-Hb]&ndc#lbIY+RCgcU],֮TB77c'+v~˷S1IO5ǁ8=6T7N8a}4AOL1>6.kXL:ߧ,'wJTbsbBlwĻރ*\fLCWQ7EB6}S)mo"2MGn˸¢)ȥ?HښѨO8=]"Fb^ϘYχ]SxUwZ}4HY&AS4iAJ:$GN_>`0/dͣ˾ʋ`Õ8f];ȥ}e"xr|zXtx7g B@ 1W9XC&	1=i1XѴo4]|+
_i:#3ک܅g]MF@8ΤD'4HT{|Kf:><crrغtnƀ]mYI|Xo<ɦ-ߍE>d^֐uO:OܲͲwpC5۷A]ldwAOT].6{~G<-gE@$04+Q;12:ךߑIbv}Q;l&n^[ǬoπDrXK8NW0oD2ϵVx
Ċ{qmGW2$pPXVŢvʍ׾ݕ0\z)&8C!Փ
obe_zWo*`cyȨUn&nuQ)zOԊΘVP܋#2:(.lkyOr4F/I@{"ctQVjdVV;y)u_C>5=N9gƙ`.B#ARFCB$b5aF,0Ϩ?TЇӈo؍:u!
~S2ĎmAкNg
:ޠռq"T	 /C1ĶfͰq	̼uǼ9>dF^.JidT֗;.pJo?M5^?
*40iTlBSҝC}2~S	 +&y9,	gnf@/ct&cp?OCB"*s"J'Dϣ6"bqR|@P/Q*r6N/םݺ:&[QZ07eafCO7?MxƎ"+{Qh"ב_/QxWe^]&s;mEM%Գ6Zhx|܄BF_/7SZf[w1LR DL Vv)jE!i4I
!cJͪaNrp+QfT]T!Ĕ^1ɧWSFVQR̂{xEQG-D)[BדqdCHo)1 2`~5hE_KB#RөWT˦C-ml4jbOwbTbPh*łV9Awku1݂ iqfsU*K׷ȷ3UXU^޷ܸ؁v HɋfṶ7ۑ\%Y8L,/?s;=!qMDR8PHYǨɘY7V=}0L$s%2KHkmڕW?HuF']/L `BȠ]̧FWq̓pR!z^Giu|@GA?_dvʿc˝ٓ E{uqė5qύi:+yTvbYfK!ŴԯF#dzTƺQ0/AI`TK`bEŋƠ=Ek8ki{eӀП:=i#(1n]}qVCU$0jP>|<Ы׆lP"]UګFd#-Y~4*sC{.9_mMt9Fimhv]Ӕ*G$4aU#atν#DE{IG0NÔѵa$LD
Z{8֞vfo'зn	w	ېЋ'Gl	m;V.V̑@(=ǒY#m4Г71@a~җC>6"֞mx]O	"R5WF)*,~Kٙ6,->pG66K30hʥ'3BSl7fQ7+u݈s6-TA=֖2Ľב6<	9p|On|!q͡17^ Co;-yIԝ%]˓5>QĀu2:!.-q 9Hɓgѩi"3/prI- 8.SP+q|ڻB?M<vvMy
+o/XkB:F'H.zU5wƪ"$&}ry %Hԓ9]Eܭ\(;(åٜ[ÊUC¿kdV7zmCJc<BۀD/KI!RJtSdTfb3[϶Hu׈VLUj]P^ֆ[בĵ-`%;v&fH[wV_pоeVʠ>SM6 _98TT'&A:qIzs&gc,)wJ$^"K*g[vd۲
>>(1)47Rgxq:wX/vjK/31Gۻ)j5=fdUFU!WBΘ8pj=3δ)s0duNzl'<Ԏ~>Tj޶fY;4֗,1Ϝ\,_dWyslУ_
X>EvߓJ=p>0qB_{H5aa^.nCb JI!BF)؊2fj3LcQ͉qrawE'ʞ{2V38u}=߄83XX%]S{vڂFT~Rԭ6V./Ҷ5 ~<]wC]߫ީS~5;
+޷aJL!
]t~+4ə|2#Iy`us֮ʒYsߺ	P	kjzfɰʾ8@]ix!H܃<4Lw~vlB&'1=E[Irqje@Mb}^*G]cv<?#uX}E݅T=@.
1]Ȝ]lh(t|yJӌ7++]Dz T\MspҌ̃t׶p܈p߮h:O:PTK^
3 گ:-hRӈJGyO$(ctkO~Fklqg\mhBщ,W7WY 0YpŅD$,\9
b߲k1gHSvO&kIT,c.K5ABٴIO4qI$vPVs!8?21zQ5٭F%g2LXq|_[<:>a 1V8wcf:z@Dh8q]Y}E^loPXINސn|@aJ:ς2=#NP&,}U/O/^ 
eSЗʛҙ-B|]?`5QxSy/Em0XVޔq1EO~s0]0"
DT_$f]pՒR4P9AȤMQ163oM0H5K;S6z:4ϼI-p|h$LBemtTiJi%)љТEQw 23I{ZEd4R$=͚Sgj!j^Ȇ,})^Ga܂д.'Ġsބ̠̒|pt͍.(epuT<ZVťɦy.\NBM
/?J1\܈O׃1,FA%3-?paha6ݔ4U=8E(8;]>ǘ]>x@AL~QE1=WGzS*E-'J.E'D߄,We4%k=YSːBTxe{0Tn͡YիRػwR0Ъ
ؓn'`u&6eVl^a^.ǛR)'Xh]XT	0(̟	kӳl>#<Pd.SnHyR2FIcF̡CpDNMԏy3{L
UwдL]8ѡe>t=xBqY1!ܬ,\ڍ!XFZ#uA(F$#aƅEoS2RvͱQ*}eRdJ#ɅC	G JyM$v8OI~[1ږܒwҮ[B)#qBl@P"?k`ϳo@nk˻o9_RL'F82ys1m;L/m%sOsQmǉ	d5/Ti)9*raXB֏*KNSD	U;=ҲP+m!ܖߍ+|x!_u%u8oSF5݊
Ę:\׽H2#6֊c\;Ufdjrόƅ-H?@=sy`*nDj>^/v8Z^*ns'eҖTY(
RUgs-	VޱWϕIzMtrMNkN[{NTbl?ԧoN&0( ˄7J`t	SX%W8qQ dN[y`u͑$1O ިH͐IB=p{d &<&I֥_=I*ּ 
tՙv»F($WZCzk3L<nÑ5$cB=~̇8Oo{Cհe{~ͪMR=cKIDsP;XΏ.jèuΓX`
(̵`esftm0ƕyNL8(WNXnKc͢'E|51F1E[$zjAه}=8r.d,?8k(qyżŃOvoּ_5xrJӲ	]u?ϡ\-"bF}hB68URĈ3m#4تtVs#3³*jGŕVqT}׮X0GG!w<G)YQuoےV{R6l5`5Ɣ&/_Q1brKW,w({΄c^0Y|ED#:Τ*Ӣl9L,krtt(X9ElvN1g2KܛNj"ʃT'+SoFy֣ 8piUH(}ՃZǸcO؊V<̩,?+d	Zz!pZ/R o=<7V-Lۮ6&:>=ߒwrA`+iXANC48W|<{TcfV--[<c[Xf>tjGj98&_YnG!uUR].	8E8p6CS˶]m̽	|F'5Sq_%|FحoZ<PۦiN7J/;FЗW"ΒL$PaՊ;=2u6:,O*"-ów>&7Γ<M^HS E3`i,J:ׄ~΢^^+KbtE~Һ3i3NjM2ey(͌-VkؓfY32D	~7s@esͩ2?;G>[Ef1j4JyvMzÃXҧRyj2Lj%ǁļè)7hɥDߖNϩSPljڧJ!He'6ST_7Qi,?!lmY\%z٫5fjgnu#`\ݒ>`$Q2ce#d<r*,mN4f%N\RQ7pLć
g̓NFUx6eCzz)ڳuW6̒%0?=zC;@ŜY6n8z]PMPeci*ï?:(U_ZUg4pD|y:Y\BJ-m!&ۺOUPLUkÿ&ȆAZ{3dTdZa|% zqtE(lw~WŨ̴$6R/ݥ(?#s>)4\'=ZݖY8FS.Y"۱GyM6 Z½Sq*ӯr/e`1!kŜ.$#i$e{Sg|:Ĥ)Ptw~YSdʷwȐBBe_qX{9TɎ){}
_;@62tЭݑHOǊ{Չ981+Oÿ|O?՟Hl%5OZ@er1ژMRlʑA`+4F<qФ8nfz[E*Y7/+E=K4=e]N;e5E6T!ץD_m]ח%?uWKt*?xƣˡ
}~\*ZEzu	^ZR+l=zI_.r
qS`pʦ̀z7&?U3g--|9Ϣմ)T^ETZc{~RvӬ+nȆ6je=ո۔ʗ~aXFK>t+ڈVkۤJddmd^y*@5Ӛ{q#]O%kWw%vɨP"Oe#gҖnhJH<p\UroSn$7ߌ*MBGD.X~
h\rOJ=jbO@'~xu1NL*KO	VUDӟ޵!KܬOX|B6@W9QV&&130!mŊ@d̻-?7l s%֐*GaʓTƹd^ӛY_DϑZ4YJ){ګ|x̋>ív-lZ!~5mm^tNɚmN #IՇX@p͙ۮϡ+OrX1t"{K?8ӓ?.܄HƩ¤,rlt<ʘۑ)&9[ǵi	X([!ӱoWH]{j8%ܛ8JRZVK}3DvTC_Pl׫5{?Ϗ#'t_P߉ǰK:jtӏt׸=z2[)MXJ|CKDl=:qW\""@?"{2t.8e´`}|Y"}@M.=Z!<~d!G,.ٛf8V'o,A:;)qgUã}}lSH8&+F"/Kݤs,#t6˳*i0E8/վ3
`YrEBTfn`Q<RyAp8Ŋ`o$޼NDK>Wyy)rXddeE-%%h<>б11 2.Dґ')~d\@(z>{C9H ;Z_j/%A8ޖ1=Ѐݔ]n+SP.JkG7RNlO'66kS1s<r]4iae
ude'\:Uj|kE@8X @6`p.@Y-9oڭ,)e,I^,E?<}=j5١{7T"v&ȎJ8H%).bF(QۄGv9K*<#mQR:K&#Ia,6=Psonz?£؏ؔ1<? Vi`HHͬd'J=4v&'AF8TQ"Zә2}̷nXK3F2ENY]v3W^CG7
/d1I(qGvo
(ԤX".A,^'9X9hءodLׂJӛԽկ#"v1®ޔO\73aӮSQq}˃ք6[Vlv--#3Ê.&R
ۯe9XXD]B[[v:Zկ=$6%MoĆLhHչ](%nǂD(:(;s^"''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24992)))
