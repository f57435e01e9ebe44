import brotli
n=a=0;b=1
for c in r'''<O()tuW޽H{^Bu7)5־זTBd(|ZtԟWB&ϙJ1gLX@fH8Y˴7e	D]nwI_ؽ*SeX {e*fn߂Y]1D	RC|TSʴ8 ݥcE]KR*1AdhzKr[Zi0Y5x Kq3`e(MyqՐ1"=9/roVm7mŎuY&(=ժ=ձ1OJ:.4.~/3F6r/--zߖ?m3=\bnY
	Bg֙wAdЅ7XK8mhkv*ǌjY~am4,ʡpxvRFElV!dRZʽ,S63Z?gQ[V,%-!QzBT zFPum|$6תQՄ([=tfvy{'ǫM$Mߴ4M29$#sZJg[]@oK<U8S((t}
=a-d|	BTÉXz\_dGE>\q5	TC $HΑ*˫L@3Y[2$A=6Q(1ZKD\1ȃHV=):"'2g\V:eP6ztO6r	H'EƩ)05I#6N'nxVЇnqf\{i'=_)'SĊڊRk^)\gԡT_nmkvq7OYW,/Tsx/5ֱYSf:4sd(ÙhiQY~Bn'iʙmt&<HT1'W˳:n=C1r=oF\ܑN`G|Zm.$N|fğE+m?b2ՍΜ2l"j,A\AOht|po]v6KN%͒K?q+(#^D7#jiզ4ְ̺Γkݘ]Cͯ1|dЛqIQ|<~YV &'kzs
^?TbzwW{%vymT+]2]%|}Ln-y6-6c dސuao8^+c17NrҢ:o.}*Id(.g!_:zB*c%+n=@&Ȓb8oD|sgu|Nák?[idFS	zkoth*"XhM/RФejK@Ƣ/b3J1XRڿ5Mwh'Uidگn;t-Y=re)+}~6ׂ}Y~)77OyUJsrBjdXir<84I?ܓ&1uo,:ܯF10`%T;HRpF(N̷ېcBA\_>4MUar=	86J>˽nHa8U)/#OPi&!η<¤5Ъg|6sT1)K	3{P?EzTptP۵$Zl]zHmEؗbvM_V:	İ.ޮ!c\߀3'yLNB]aZȑDA[E!V¼kit6g2kPxidŋΌP,$2?g#CB]y(|f8՟ďdLuë9۔'O__gԉޛz!S׎ɛ/<n^imFd5hѽՠJKxyL׻-% >3Bl{,d|­iԽ?e)6>KɌT_Lqm>KNz)HJk,76Ͱqd'i&yT(2Q_6kwoWY>63Ӭ0e_}H6:cƨLՅ9}"\w1iruz	0"7EsΝjN
PZ+,Ң <xʫ͑n:,W(CVݑKh>bͮȲJAg,xf7ܰi٥Tq´FF	VmIй=DӮRq\@ʧawlT0DDKʙð
BJ'>XNEMx{%7!'d)u].t"{8)x4ץ|C-j*ֺfm+%ϧ]JecǙ[sԪY_JثADqILU+BC6Pku"GKՄ
qX"I;$VbS8::xp,D:D@(;*Ѥa4[xHԾtFR2UZԸԎ#cvB`7<6aٿ?2\{cMHqhR̐8ܙD(ܑIЁ&-?} .ΰ?q,7Ò>]\2[ڨ6{Ȱ`]* ݔbG(ApϞ%MRXE71 	_\m1
E^^R-5ۑF
~;ǻ~kpz\˨QuD?K\b7~]Ir{Ԁg,ԧ=vX``X}Aݶr^qCI(xͲbfaa'rop'W&|9$_ ܬUf(n~lɆ`&KwOpGx4ҤA#`TBPRȋIyޗ>-ȇvlOk62Y{:([9
2җtirذhTp]cIɑ{0IM׀Uϛ ޡt5g#4^OIf5l˕g9ʛ}Lq7`@w@"93\l;zhew>֝NM6_f`mx$FYpZ.Vђ(d~#oűɗяm@آ>6Jk`<ϳK!˘%H^}^hң8(_)ϢG6u@&u&5Rn6y>.~D--`k8~-tuW2jljq2+fK[^>x#k.YդdV+HObԇxC%YUʁE`&In<
wˮO4w<dJkW?2ۿ'8Zdùleܾ,7UmP$Gcf??Ȩ?NmySzՊG¶U&y2EW(5>Љ=5Xy?AˉT)>֠D^,d6(VܺHWɬA7Vg^BC;ga"ܹ¨Cҍ2"n[N<#^i oFY5nE	[vό@dZ@(yU8SsT3g<p	^TH;ۍȩF{*Qb6Mz^pɔ0lhѾͲk7	/Jk5A:Z-ߟT"9vƼTM\VmRb?u"XJ)5lkQuݞ(QFKQR\ǏʃDF:wQ#iހx]YPJtҙ!r+lİƶ̲Fܽ*2,RIɌL!ͱ*4U@0߱@ ~-޺bpǵQvkdI(O"G>qTJdΖ#t&[6Ɵ>{ܲqߒbkW?шU^1?aßZTaǎoY'qՏ\0BMVTI/I*01]F%lM&ӎCiE=zS@'^xxPU)
U{/zPT{JT=7Fv$y")"jkc{-/)WZ'Dk4
	ʂq+[ztCGOd:AMf]5l&ZoļwުOS^9	E`54ؚ{ngZ$4}"I7zXN ء]"FF+6IvɄ1 @/Mslq2v%>Q#؅:Ƴ]f 1ŒC֐ζƷ3҇փN=κ6^15Y'27c-M%!\TRjK,3j~-*Ĉ;?*؀X&#/2mC)y?wڪاV%7Ы6ٖnɛDCbzqmDIjxJM_f/NRk"KS$,ZB}mG%8f+ǄƧ&,GkgrJJr<~-r\oYA߶Gğ^wg/QM(1f.}
#)7^Il:ioӲhHpr7ɀ.(z=aoS2EBKs=}=M"):FD
P1^gl2(W8t}%F5T@y::ӅhPV0n~j\QU|-sG?{fI%(ʲc×P$j%|ضhص/o*_N_͂o>VPZ5W$L>b!}kUg'0*צP̓K.,ȁ3%L0k3ճ2}l!36@4ccXSP@xH;v!qު<0t,Rٯf%6Q ]kkڮO$&we}T&вC'sܶu98ȯY=ml1ZO/(bމ wACՊէ6QBo;ʺXS_TY7(N8йD]4.h]P6S^߮0iaN|wFodGʦaj@o[e\+"Gk'&ƠGƠ+@p<0ߥ]W7,o.h8?CR@f]rde^ɄQ*4Q,j2aKÄV
IztҴT)%eػG6$gLqfÛ?N}sXhcd.!s}:c!Ž3bivgMcC(Y}duy@sK7UZ}MMX*Us6;_ĶG m)V~TwkE\kl~>3[Lhsx͛""GrTIHR@	1UF/CǚC՚6bg>2t07;#`SzxfUv\7(:}N(V	F:=9KЂ wnP=unRm+֎5զ}X-RNlg58z5p8pdDNpO-Ey>ID.ɴϮ9qg&j3OD=+eA&oQ],[vuX<,j[aiKz*ґk6=Ԩ21DrITfAuC֯D)sv0}TJ@Œ01{KZnCЏTyZ0Vgܧ9itKMQoƙ2'+E=Һɉhy[5ƀتAЙlɓPѬtSp$ȾVsϷ'jujF}bOIE	jէZ g
Ŏg8yK9ҫ]Ҕ/`sڢke:;CW3ORBq|!hezJDKɡm~T^l[/#Y=gk7֚Pˇ7lTg#)p;E5*~ѩϭ9i,Dޢ8C}T]PӾVN5dv_(+IjNr͕WҤx	|ˆ-Xp>/hUEG6<pdU|U]֞!lً'Cper0;Jx/k?(m5+ԏ[/zs'.ƖW1VI7ӏ'87ӤbʧItE
rD$(9cRr\LHJn.QƏ|e|<{)fŚRí?*֌zo_U,JeAbJǶw'٘5P!۹$;<sRz}"
mdɹޫ64Ҏ̼dTzDGK-Mg?-}HT|PRƲcyy
>F_oI:xdw[H:kk,~K.<H^Wcռs|2b6^X-ag9
;	YctWRKZ$4ыńǹr͉&*Z*Bڢ}	OR`/5ϛc`SpEG+bvf1<}*BRK6ԵZ o:TLI"	!nʫ4o)RX®6|ݸp 	22ʭBëظS!!tRsSuIx|MԻȰ<2ؤ ^DuoT\btQ;m-ԋ2rEArÒxrPu2Cb|[o_q;&8tI5RC/Q)q Ӄ(VzQ5v<>EZRv(?+pkIdH"L>lVǳ2_}K^Y`ݻz`)lOk86پ);X1x}(Û~M7v#v)ђr2u<ʦ4`Fw՗3NZ,̼τ4}Qbm)].aRw
˲S[@6PLDS*E0Ep̻ӯY~y^ӖG0l]Yw\=Z%r=*Ҵi$XJU4`x|n|/]>vtސZztxpxkd<T!:|֫FsJ(AGjٿ~6:*R}[̚ra9жe&{mdS4>p4ۡ9<B~sy\~C3W\s2co֙IC	A+ܜz$"՛{3c klζ}i{ŐS|_pΏS>][$l5?jAqء'Ϧ+@Tzeɑ7!"eۈiT4Iñ.]:E;gmJ14\Z'W+%q!6bzQw+/]wi+)C÷QGbÿO!JVcnWzzXB!4s'^s[.na`k`8')K)1>W{[Ix)Y.}(aäfbm,zdrn#7AeǺ>t#7ٮ=SY1e *G%zpLoW5KJ<vJ@ٲ<}GO&Ϻ2Cj<d]^H%/'l
oU>D1}/,]ڶxiG@h[ѲڳdtIviLFcnz;PO)C7K:i4ГTܟ£XBA@^Nxa\@@/:˒k(]Ў{oGȯJuLV=+phkɭk@Ҕ$c+,ټӓf
(JA^NmىWY\Äbz%Mr<]vQIj%[m˰px{ܦccݰng۶
L@\#Tt	¶q,vn;bXJ@.ד}r`FcOFЗJ^.`E]I5k31)}?da_˫0dG%>%ۦs~ܓ'lz[~g%G%ڞ:'Q{"ո	KQ*3ғE>F\L+*!_:g5?ɷxזmAFQЧ 9xȽ|s)ELoM\'29"͇<qc]Iňt:R549D)St	2 JOVhtDk.Ta$sۖ4ILwi0vϛVa{Hڀ~z
ǥZƾe>'=G"טnDK'B>aJn]:Wq8Ǉä41zU"݃/,BGǢ
c,pu7~q{5tA(rG{PW~	ay')6
RfV2`30mM^H ߇J>ʉpJ$Ќ Zf+CoуDӍ?¹S9i<p	3;}!ՙoNKٿA2fD,[pA86oCGX^TQv*Ө}\T
F]ۧiJރB]]ܟɠܖ'AUxh$>X3,GSS]p]ɓL5!W]׋zśtҶI7.ڟ|W~O7P	+I0XS+tѐkE=՚Vӷ5}fLH4_>փg*$e3SËjcW;Kˢl7t`Fȼ ʙ˥<8Og1GK"Y?vpϰeW#PZ^dYzVj&+nybX^PbuVk~2¸z^fQA|z7befÇ$6K/KtxQb%qv<իKϡSxK|4){2op̎`e*'԰^>yeEGeÃ84
we֭6keS31CFUqr[Y-ɕ>tlƚS؟
R[f-QԄrɅ6"x2~{,^x.x5֟ňxPPHs!/uP*|,mmMIڣhT"lE˂ܟW'vLw߃Ϩ$I^,pPX`	wS|X֚C	AiZ'/';,$GJkR5YhE 8-S%YP.:tDʥ!mtD<`͢Y4-GxjDR!~[ƅBE+#D:Sx\f
ݦYtV0s&3KQ7_r	iu-Ns҆jʟU[UɦX˅S$uJ/>ѐįiͽOy.Aߧڞj.$puv*Y#tݳܙی3HtRUQ{5'Ep@QW6RbF~;csC(SYZg0x GS1vуtyZr ޟH|^CA1c#zQ}iߘ
A2^
ؾwi׍'?ҟ")
GCY: 3<jo6F"اtυ
7Є؛hKf@]}֌HܧCՈgj2»W ɴ ă"V[r"O&q1KĪ3V,Ÿ'؏&8ŀuQ9 -P]<X'-s	>bfŔ}!ҧ^#Kqef{DF@kӪ:<3xtI/Y[Q&]̋p,§rusgٻXj~5܍4nv"0:%hmVEŸs S)x^qπqȮDlmםT>ʃև'b-,.rۇÊے&Ƈ}g1ÂKݗٽ-@Qm<aMHn/L<W݈S.[H])@n݁[[Gd{.;	5gpIrFӼqMϵ$Ly
j^pոӘy%M Ď&sWD`hʓq}/Ʉ7k״^+,=3937Z&m_9"6'"вrb«p?Q=M}owłOUMuϷLLe+yBTp[(:Sޕ΃?;Bt9ci~B.p)oyWݴF4߾ݎ1A^
(ZUاoAo-{]@ʲdl#\7B-ڲA_
q.2ԡo\m! "rR42iy/pzN]>O4[5нECBKYi͔E,mƈ6"~9_5εܳe8yΦ#ӔOԺߙ>be53ii.@؅ݎԱ<p҉>sޡUv_ՉQݧCIrX3ogGT4
08o;)!0/Q~'UsD9^fcy]eb2"BǱ<ޗE~WJH3j"Ҥ&# wr ENQ&N+b1b{|fܴ2f.e$B	wե]bҗ-1/-1[Q64PnA3_'&Bl*RO`Qb(,:%Eܳx܍T::(}-zObl"lEt	C(2k@B\eޟ=$uRZё6ʴ,l;/xf֏~Xz`Ѡ>8.<Ňt:ȶ9/amVz8'ȍw #Ӕ/ȈQY&ay'uDsB2U1Ɔ8ʶ-"kl,b5ow>lеYlok6,ztLyBrSc|ͣs$Hov3qAM2m)bVXRM84hOpoCT-W S%h"ˬLǐyK4rNq42l>asy݈J=.ɨDvQKhbQ_<׊#`OMdLq+7/zSyž#ll܃{iGQ.HY#Bv'zUoۓ73iR_~yg_ٵ&4ڰ0OQXMÒ֮^ĔH}tMŢrbWoCQ[n8--Ճ@||(33×NS`w%0]!Y`yiZuqu[vqpvX)5ij47ûӕ	w	43@$,BJy5t#|s+Q^Ά*"ϘXsr԰\oËD%{IxldHU96Y
xt>Id4*\gK̆R{%Y_
{o_3f{9tR09Y	rk_8!#a1&0LPrLhѣJ,f޲)8QĎ~t|0z(:ސ";s߯Zb	Ӭ˞N#Jhv:O;ƞռI]Sl	w;l*RPХ&*
&LxJl]Z]\v8ɴe}c|Z!20fTRG9|A@%r
sѰHfȦ8DnpGs[CgQݿ^5/%D"KXĴ&J|Q=s##=,$b՚o\M\g}|):?h]jl̓C5<YZ
iF)P.@[fķPc)ųXٟ\J|qf#؇*SrLKaSȃƱǻ)V+T9d}  "sT{5F/]!;G-De7M_|a)uݩ+|7Wt}bR	Ƴ/v4<)9Nt^46.G-A?g.JǱ/D*9-Ci[Eǜ$@C}3I	޻o=

ҝ%	l߇Jд-'%,3cbe{Cߛ	˔*!Z%Iْj9J}Btۼ3RqSԛH$qanlW0.v0-Q8vTͳhIxQ9h/LD#H
})6IFzt"gχֈd"VlyΚEW/\;+0G&s6f1D<?/Ci>7|p[06@)|'E&B.0ޢyxB%4͜mr(AY+X̣iBrpRHf$KB)xmO"'M|H\h=~lӗqe(
?)߯Tbۊ8fsٜY{
a@xx.HYZV1+>TFosðnEWI֐ޭz~&.љK0ʠQ	"RSt_hĵEԌ-(T;&۰R\iu.ײUl4ŵ(ݥ^r4)CE\?>>tD'ĠZLH#݌E.IV=wz9SZfVvf9g_D-@!+Nt;Tq-i:NA"mP3Jӽ̽};Q,+L;TSm(ۄg'`hAф:P#24E
{Ljl{T=z(}
:8"
9ÈO;{}dN7$Axi"޸ouFaHե2-(#J`gƻQFNħk2B`ޒ~lIJѱ&7QǨI
U-.ڱHwX`y͓I*/vfuΉ~a`|;HǤdq^\Z)p_,LɎgCrp̞YcrWj'TTuO;8@fdܩc:DW!}{1U-Rq	c2=P|W=KCJ&q)ƭX]hFWUzOjfr7ە;I&(šCX<4+Քx\G_Vmh	&T5mXb{ZoRY?ڪLN}EWuZ,RC'l=jo<<~0kס
^u'19rUuG>z7gmٺĻ4{\aΦ3b)1vUM:UJag;ԁ;Vz	+^n\ںҡJ߽W,;twhsnIudZ'7Mdĝ=kֆʙAY
֖$6;{Kv>IvK֚sj,}OޢL&F,HƧU{z`<Kgx=]ϸܟЈ8"TL_yLխ4fG8~Y?CCRǩ RPm-h*OrQ[/]\B0Yyl8nJد
%qr5Tr.ºY;gX1!'-("h&O1_5}01zxW&qp`A޽q(M(/:~uGߥ8=Ռ'jlv>d:)gž~|$3~dMRD"~(tDߟ0o:,Ž{=6-BP6ʱҽ21e4vM^:ٝG-,{k,8#@=.u0\ڣ?F"i(u|$)I@ͺϼ%*JHxDoL:8+2AXu
<j<xs>S+jΪruJnحh[3CAQǉN{_7I=ϸr%D/b,ԝHxn%ĳߓY(%r{26`i`;Jw?θj##m0dZ{)t1M+/K+nrO!hZ}><dHƱS5)e\v*#tRq:(hpT!&BHzp9U ЎJdnpfaYJs
Zn%^S	'gʉp_cE\}ۭ,\v^4_{ڡt-XchoqZDض`ͤ:rmP	{hIΪVUq>\Ki'&ɭ#%6C$Vj~YF#D!Q$e:!'	5Ǹ		* /CaS0%MT4˱bZWl^MF֧rx}Ez i\{ibo*I˵ȑ0BAwwNEġН<@$dHgZצW8gˑOXffiUaÄ^7<'BcG<ʥŌ]77Ou4;ec3At8Ř',Ar^֚M֕'"تpߴȪ1I0wҦ۳Q;Azc*G_s߷2'y)ecN>Q>a\9K 9]Qʒ.JH_fY>]o]j>gXM6I~ІmBùϠJz7:<&f:|+j>8~k:aa'B}hL#e`9E|E[@ TDݍE!3*n7e7e:O*<d&=*ϢX 'ڋ"==ւR+:I+yW1RJ]r qn`Ay^߇}tdSQb(|N	3qoz&KǄ	]e)f+jk)ZQ9mXCxiѪBa
v8F\(eBpvnZ\$0W^99ڼdY;?'%!	<ivG6eMye4wi0tawak.S@3-yӏf8N|-hۣ)t3>3x108s!V7~jj \2neJ ô@Ïhġs}ς ^@NcQ~W[N;bKN,BI+
e2\jܓgʖ)Oзr.HII;
%{!0l"d.~2s!R1ſ!+iO+=p
ÇX˭o7:u}7kJ`ݜҧOˬzB-۞zY45mb55m0ǯlMyxn!6 %|w?`?~$Bh
ـSJ,i܀zD­B9ۆbƨ_ץ4s+VX5x,ʗ
ɏdfɝZ=9̻h֜nraٮu¤t2#VOFϦ(~Iŀ+% O+CާxA&M#VpT޿t>%-4fLE8NVXtxҋ5e'%'JPİQWMO@q9dT#@ܪʣҝӍ[g֡רn(%[F+^X6bZ$Gq#[[P=
ڒ\%]Wm^ͮN1
VfW;ިÂw9%.%d^Bь-Ceu?F6UO^,=:Id	тIXGc,%x[C5Z2:[*Kq,X"=6|;օ7-x`Ì*lϗ}ttIߒ<%~m@%x!]uO`w,ʈ<ѫ˪KCrT=GټLu\~.dIƤyTLNj$6NkoB{<ʊp{	iZ»h}ƈZޔ=SI#R{&ìM۩&S(j;~S:}ҡ=cώS@ZM<CbVgwJ93_ƛBQq!ȅma7٭IK)yV~1ٵ )IsO6C&sZ}t*#hg%Y.hB*tY/>c"63^i[X9Ф32V%orѕW1-Pk>OaKݓlvTYL)/ ڧ;߳52Dpy#\ 8cerH&ڂQ/;Ȩ;v*ģfgaiCӂD7~_pdtŎ[5bzyvDͅ{^YF;$Y#n=	<AǨsX?/5Ҡh>ݎ}bi-5<iTzsatz1/fm$n[;v=%f
QoZ±җ`<hehd8`.w!Ǳ_׋/׉IǛ=~AJF<Ħ7nQPpj:*yN=CSA2yГgR@D{,\ā]ðIhi.EUOǘ~3	PӖ@lPԹSxd*
`fHd̦%&R7D7W0S{Rm_!|"@3خgCw;bGsib:ܜPi}rٲGR\N8ƪCIYy"{-A|f?+KPr4H~]q/݆C&N1#k,}pwAZ,&΂m)V3Ŝ=#6&pndcNxL2Q*ju̴r66/ӋDɟ#ɷNG,_5!sUu."^CKM~0-JaIˑuaJ;')*L'7fI\(FhVqbե++<td)10d30m}tbw<Ҙ:MŻ2ܾ
 jA+LMq
V-<Ěv>Q
ojA`7CbGcɴl}>3^܊ABa<p6!F{b$]{˛'b,^@&_C}-VHk_6*=$,yAfhu\Uωʖ<)LmZĩ=rKv!ڏhCU)Qcqr _<8mo>`'Ʋ(yb\Yvtj-B$_G̈́Wʡ#FRgl,uJɡTht/,?oȹEaEF}`Ť%2Nck8եӎUA=):֬ӏCz`IPq^~ ٯ3XYH(2%Ï	LUǮ\Y[.qH(:AtKj#T_yG,eӲCP dҫdi8ƏNS<8+G2#D5[{xTq,]` T~1%+Ht"q=2ėIv#v׳5g΅(Q&|Z^/cU<izۭWTyQ]}=OkӮ$F"@:R&*w4KQ KOYFp*xt)4?ރ-Zpǎ,@Cj^n.SAtk(@W4f\<vKF.Sz9Ӡ\GԱ;wǝQMd*9+o}Dѕͣ`4^%Dһ#n'kR!ҥ"@޹d![IIۊqS!bzä	т/f!7?:n3Yf#IsΓxy\Ǎ7R7ʭ*g܉OjnFx۳7Y5\CH/,hҩ:~dȩGwsWl91A+BlB2h"W[|wn}c2w8;(lPj_FvUEÌYaf"f0 ۱ve@n|z,;uf#V{{Jy)[9s)&ho+ѥ*x~ܢJVPѤgdG"nԤ^!>#2K${7A7ހ!8	-r{Eˎ]#qR_orO?[DG1dDۇiVQ05k;K?ye+$OtX'3+sОCJ.'ƚ5m;3	E|NTƤZۣsηjemmiUGޕ5U>A:.Iքt+P
]&3Q$ξegY|xHf^V6Q D	d@œ3}^1!-φ_moނ]!եop_n0PؔnoσoY	6OcZ[=Y
@X/n՚Ayʌ|w	xYSjEC+IU&_a25NR܍ߗz
(;zdj-0-Kͫ0!ǹ>ܟ1,է([HìR|A*tƯ"ie71n0jđmzdׁQE6Վ$Z?GxN[ (6k"EEߧkRt@s<GEZc#J̛Kֻڪ!,dIS.%\.	dhȕ.LdϏ΄._{"O!p1;tЁ>(Ѝ1gfҥè5p;ao1n}MԌƈ(ml)`}bd`pӮoY˜MiCV%9b|$¶ВC.L	ֶWlÖdOUOTo Sx*.l֓ۅfۮɲ7%ͥS֏V*u0Sܑ7OjʎOL(1Csp0;<wǯk:h݆}>f>b*Vv"|c"Jl5Ѭ[mTӆ?vߙޚ-_&6'DH^}znGM9bǣloO{aqI]hX_Li
} 77dQZIrƂOl}ч`bvǢҳ?,Q_eh-ؠ_wS'Y6UfǮZ	@yKR`0J1͉[k҃cI hB&yyZpDSG{.p~Ej
7-+Q&PV:}|h|ܑV6̱=K".Tjfy6ѳ[i\nڿG
YioBc'B߲7:/Y~օ˚!cI<yj>v-P/Xpܡ3!Ι֥|F@%H?VzVY&۸?w,4	=6ׇl;>^cV]\F
B3?oٚf,yEEAƚҹ~9ޑZEmèk%p+	`;<"HqoݗÕ>޵ed
˖΢J@.1:U"$#iR5ArݣI3|+BЂpet\O0%\=4/k˂3:ɼ89KE{"[5ӭŠfH>ć,ЛE=1|dQDך=l˨R{ʝC)aBܠFRʤAU7qeeGy$Nƕ(k3R.gk:Q#zHAv9:Y?cqdݙt83T5hάVũk4=}0ߣB):TQK̪`MƞuKo'&Utyժ`Ѿ4zƊ{$jZ(`Jg4Rq5̈(˚}mgKJڜ7}~}K;2Xjm!cQ_WW>(ãrP](̏7aerx#4jG)wo;R{ڻZ,CfҮ=&ƥ$FPg,38g,`ɼUW)OPG&ky}+%qǛg6	;s01ʤhjh_XhbݴER4CUҜ:2,HoS~X,&͢emv:O:<g!ik٩,L ӍgRC߼Gj;͢b4ӈxXS-4?#m$r
#z;^0Eo3Cx\&"JzVi&3\R]^Ӂ\ ~I[	7CEF$XftxpU&ч^@Jlަ&cXT]:l2KV}De"t=@R"`*_}y}ҊH.:xJqͩ	)hD8 G
ʾd.|H+ff-̹s
0b`5yD?ٓ'_Ρ.+	tη,xSmɤߧ#ƔX{5%C{4G,AxIx؊79u+ѵυc˨ӕ%@8QssO%[ʞ3LWO)bǉvi%Sc:xrt_%p,AccDpF-8Є.RZW@͕_s2tCc	޽AIƅx q^?SUFLr	_׵?)d^_%2J7^2G/G8Uvb?F2N޻OuJ;!U#T8?,el]:ͧ*[\}FP+DNdԖKP\>#&ίcܳ/JnpoKr:]PH߸vnd;ԲXq/I* 1~ǒ)9ů/C1o~xGj\xh(:`?e]Xă@z~VZR@1u܊}ܯ7(iPu*<A	@G^>E,*/{[qDdUKYʈj>Ǵ9ef`u)(Έ>[MݺAzVCʄ_Z0
@n.IŸBrniFnzj#u 1ݳebtdL*ٺP2=!Qc9B)ޚJtOV.lЀi-C׈ia@E&ZAwPW	$-!3p,.[LG]]Z5,MyjgX\hW~f'`N?N32^&vt@Ge O2fkkgdjf͍-
ۥݼʓ0WDαɅ-& վBdq@LcJw6g"9'-v}x(F߮tUyԗaj#m<DivC(||ݯ\CR2;":nz[Lݝ\ZIsĶ[MDjo~ڟ`;G2:6+_\H7eZ=2'<4i)]/dۛŎ>)caɓ̖UawuWbζVoh'u3Lִֵߥ3eܙId`H	kIMg8W]ޖE*."f"FбӇ8D.a$!ׇQϩA`^fSe.5~8PDb~H$U'?bgcB/&͈zc͵f(58f\ǬUX%/w(ǨyÑ-[k;)wIuӫJjA't&qɻNWOMq|PN<z>_ǫ
$FR%β9/	Ĥ°'۩u\OXGQ_Naw>k2h0S{9Ƃtw U78,\L>^#B@˞jk,~ 
(XnP;I|7ǦT3і=2ɳ4!_ޱ˲NQi4h0;{]2܄ VU'l{S8vwaТ6.C\+7ub&PeV'ͤW`	|-]̈\5mԢEJt1Rd͹}ٶMnе(Oۮt޻(AlTo$eq^nM!y~#FCgd>@R5޳ЀHthP*31*kf:nC&P[HA1AHJhU]cA{׬FFW1[2=au`8_z\ X$.p)S[ڎ"YWCtIj؉"ѴKr1<L̪ܙܗYhmTf(3zuY6׶d!R.s]A^|t6+A\ޘGRTt1g"/d6ؖ@V]
@D&~uu:]zmԴtOkRgpY7\ܸ/a1_ivW`lmz̀v9ACu_C!"bMh#t4:Э
~R/ģi	4-898Vzc4QntN*@4;DQh[]DSF$
CfTe!iE#$u,,)M;(Tl̫g5ˮ6W[[4z՝^ܴΣĴKywWidM8}\k_3Gdl+lM%eaTƎHkrґ93&պп2ĲX*O#cLJ3}FOA2B݂?1
5\	N.s^G9Z@I/aҹY/РIK}{j +3OSp#b {]PAZ.CaXۅԌy'|S2ŵtHGȖÚZK/}W~*éPϻˤAJ[ƝgzZb390smp^'<ukDT)A1=šL-׌iiaa?@dALiY)1Ϯ:mӳ?cTɩԪ;U]V*=sV
Usߨ*c0(Hαf0çփ|E1f(UoOj;(=s?ǩ߲u&3Ⱥ/ɨ9SփIv9}Ȳ\X	bpXO*px{JN!Tؓ$NX>dҶ3ua1mŚe3DuQ(͗Kܔ9Hpx~tJm`R3N\QAߎ+!ͦIБtDP<PʾU;®^Зk@qb "Q(W߽Xv"J\/29!є&c%Ч۴H;C7Xs'J=B ݚ`~tsz;"-s< ƱJ(q~
k0 %iʥ#V
#BsmQ%G#zu4j0uafl="PC]9`	TjvY={;ҿh6â7C0*ӆqU,R¿
s:<E71l@
ZCNyT`iZKXb&)ϵ͑=#ɠċ""5n3Gtl52sq.ʉDe`eR6.ͻKP^߉v*8|=@lIhg'ML'3,֪0`ؾ}m1!ңÅIB؀dϾ9QwzMG? e<DidrOTH1hX#	qYFʉԵvejO9R<~QK­p0.rߗ֐"R({IM!`8ny3q5<0'pJ(~3sX,P?$%BHg*:T՝/Ci'ͥmmǻzRbWI{](R9&a%
\߻+JٕLĀ}?c4Ҫ=p3$c_=YqVZЦBՄmQmd&߭j\f-ab>byrI=Oѿ%ڣ*qRA	ܿhF3WKVCΨ)mӢaZls\k4NXAgLBAmlubϩBDQȭ?NHJF+	AxdR*3ձv6-T͗@l5<XQgm<
vߍ{SgKS%Ɛg);yЅ!Wה_^[Hi3iCWI+6OTU)[&u!O\9p1$OjK]UY6Ba*f}#9S{sOA[v
sʖQQtxR~%^eߊą`,uAX
{̒i^܁?LC1vq]ݽXğ/r!`ҥa+c`Ș<ɀQDs.#`ZJc˄ȥE4`nF{1%YOjZmd`R0QDݼ˯)C8*t7Aw@>"3X{J{WXkLҿS4muK`~1Չ9Rvʵ.k
YOQ!:3}ٛ2:D'
5&OdY%Yve	c5eGm*]|rVڝLs`@ۧ$ePEi]a~wqR\Ӛ֝jTIw5Z?,׉Ȕ\Bv%U9`yZ=y.~	rz!sY=+:y,+~$l	\U +)&.'dKpJo_i;: ؤpŷ;o|y9e!B:hz ɾU5}&ؕʇ8&|5
Z	eGNvn~'вj 
\e=jpr
#Pf>umv8N);+QrLɕ$ɑބ?՟bzpՖS&4$.ժmǌfdRW[gFo77t
%4)nC	7.Z(WQqŒ^NV+CɒHGBmwm9ԓ6L`˽MhI^3֭	Џ&QߥsD[xQdٯòKsştị_s̈][ja
ͨ!bj;D<[ۮ<V7T`azq/,K?l3;K]ԊiaΞ}X~@I|rɝ
Y0%K!FxfKĒߥR¦"uqTG:,Ө	13:8٥|_W=)P?<,ΰl?wDek#X(|}uUc	Ϣ&Cl(P_ XM&quoc $GdJγT<&Ϛׂ-N)OwȥKX͓q(F"A>:8ke!q#
U2=k3yI[`mvx]DJw;Ӽ_]VSɖ.Ȟ}^MP֧¦Ƀ0Ʊ4G42CkǄהm4dVP*s)!2g8Wn.VKzxQL(^â!^H ðHw({(.D ¢$KJ)gv}}ǻ*̎Zol5eb-_{'MqLP'p7rRgloƼm^-ڧbu=ˊ,4:aUزɡ߁Q!׼.ڲmġ`~opiDnɖK?Uvj,N5Fx,(xu_yD6P;X3`'xs;ֶ}ƻIE3]~v&FDMzF#۞vj8:B#ژy_&F{8NϮ nt7-^c|pHR
ք	ih`ȫ$hL:CD}t9̗m#-nrgc3pv5;9/ @j1_4ӭy?\O?ݒiNz/׆3t@Ҋ`VF9thŻ/ԤE(sdJ3WԇΪH?&p~N6pcE҆AQѡҠ_x$QXg?zO6KDR}Gm][$[pÒ4ϫEBi8e!Ήy[ڞb*<FK$P&duRzy+mf=;'˰wԎ3doRK=hD$*lKKItWxa7;:9Jd[ƅصDƘ%&)^ΚscيbEIKD'ޠ
w5 +1yr>@,y5"XD)cOʬ\{a]E0LUo4cV˳;35IXH	qHŰ tcȾo|,~@SքU`3ۖ}}sC*	QǥJkmwkZǘ>%Ɇ(zqܠڨְ_HfMAۛH%zV8:oҷ9݋G'#3oňZ,iBNocA<OӴ;,s#~qfѺHOq3tcw:P;9;sD
ͣvZI.X_ALFD{ѥ9ϺAѬ;toק<ω1dszonĒ+&"kLbkuڸi$9}ļrPc
u`)=IeAr=ʸR)<cղ<t?=DɛTq!FILkvsHI;_Ph-}еS.lޏ]Kz}
Ǜ|Y#;Ū!ђ|~`3"`8uפ?dz/]bgae-ݲÎї^?%Y(pb:$;T;$n1grvj#}5}4F.$ҽԕ|=-!ƓlXwQݠ|yWQx:3ݕKg `.6,#֙5WIYO4	.CkmبAc,d	`Go)Cmu7vmϧG3ŉ*_./p[[8r4-̔TpGۨVѻlQi߳{!H]ʝWyh]Ի&]PpY$֧}/Ŷ[}38˱t(o)z<·`ݶVoB_vûX2ה060mV$9J|ũ~plPOJJrמIlo-ā ~j܋s(ޤ<VuϙHO,,-d(2V7
d\'fJݐ4%z&{5iCÿr>T&8K	C֟ݒjTTi_2ؖA~g^p86ֲQaeWݒ>#*!$Gw0^صtǥ;Rw/y%ܧ9*"_:*IOD3ѿЈ(_^e@&kFhGє	!tMȷ kʝ(xLӅjW93C&MCP͔wp^U0qaodѬ.jPWhڐ:Q_7]hB· \֣Kn5ӆtMҕ}9|Nh7u`չoخ.IOƞ\hYHtڟ#VlmqfWH7?Ӷyk4[(rIOyܚ2}8Qzpp/g:Ԛd`~ܦC5ى1+қe(^[ЕN5U1aeO=(@|Ϟ}Wb<Y{)(=VZbƊUGsQ8x$%~DgDP4d+1Dˏy%/{kZyqo˻1l^Q̻ϔΈ}4nI'GȻk+تP>Mڀi7р8y@EϬgՏjY;g4<׵>zȉv4TM+t||'ѩe4Ѕq%q¹Wʯx])Ƈ0}U+Љ/Uqstmұ>u)+݁LڧiϚ!]}S4|:NU~8Tm_OKe	L0+}NmݥCXX[7o)Ij0/?Nac̆Sn`AՎuǩa0>a}MS:^*$x+hʄq;pߡi#ر6bс*В0&ݳa)́c4_qč.^ŋ4slˇ|LG[gE2|_]4ز3ffWܙJpG38NNjY9W}.fNa9OKUO_İwͯhb.ŏA8FHB]ZvER@OVD)ACتs؆Uu^P`	qb_+, '<9~"q܍ ~l0Q:V*7`۝
P:JJ}*Ň-p2% nWTxX߰é]9oe:^X9C45RѠu}!MǥψA}eo}`CWFՂޏ9#()G`W֨ZFT7_ :Գ`
],E~ %oD(~:ĈJټq`U2gڙw}#y2#v%*ϙ&D<O=ǀ8>%QcV6=G&ͩ k5|yV[YYZ[o2Sv%RTHicDlM
Oҋ[tR";sK4Gh|;}+'Vgu~\g޻I.Z?Yŏ9o	uׅ$&dwLpYY-%mmb)m(I^QNЁ "x/$3վ.IX<"Üң42=7:չByyhxF$aΤjB._utw=ŚA<&9`=|5GN=fkAՐ_@֭͔3Y/Y/^`Eo[l,ңq>
ݐ3fC51tDe/-E .59NDP}U'tW>	1P'|@/=S6@BsdeSw.xV+ͯIR&rG:	IsZޥ!NRw`8	kskRv&'|<}ЙݗGNpyڵTpK&$(+p|
ѵPIՌá<@55NXU)7
O}9PaEiDs	%ɑEL[mq:2(|_=8׻cW
7ʑr1@$c6G̪TȆ$*t"^wEï~y@MZ+C	xVtDTlԭгϟ[5kJ^ͬ#HyvTZ7T(ĹM-c&%Q2эmGr$LyS5@5Ѿn нķK
0@t3;J+1x?&2yˋ9hץ=hCui)/6/s%eUϢ<zO@і?	0iRXUG	ȏtQg\R۲k0׃Hr9_Z[ϑ@ȕpkRw7|+Fhr+ǁKmR+~uCī-ƄJ#ѓW7{ED"ڂF0BJT*ّwrA#=hȗDMoMbCIY!Zme%D%&p^tuÇA`yN?בM,7`bSPi˵&X}r>ZxַrƦdErكzu،<f@élCc"6ݽSQ~-I=\Ƃw#@ڕ`ZN{2!)"6Jh(3l׺ΐy[E
sf5L07w,*h]ph]1*kemښN
08pwb'u˅wCLPF;}+	~DѬT0܊qHǣiX|8t(+zZ}:oLXxi)M'L'wAAqA6Ԡ"SNӮe7>[fèqN߁Dt5 S=$?ܩ;O%tIڽZ3ܘ3n-BgL_NW=~^ε(taq^|v,'ynF*5n.IsF $jlҠ̩9L&:tuɱL7~FQYCˀ__ClQszFp$@us0ʵMBCl3֔x#h|+VLr[=vb4\g>۳$0p2C6o-Ն7a'sa^<8z4PC\QL#nŹ̂;-]bΔjYq+ۻNo&R4JL<xf4@3"jүV,W@CCKv@CaOЙ`e۰ޟA3i;qIڴwECpV"4/ʌGHH%AgoKY؁݄3B4D](xڷM7AN8mMZSо:wއ֭vi؇?UWAڗs8X^PƯЯږJw.)J>npgEEO-n}&OKώJ\]@e(0_Y%xD5F;i"C`hɋfηVȞOCyhZiÊw	٩Bg`zcH/-k* .ȋ$ҙOءla|Bwf.Bwgx>eئ"Ŋ(e&0LP2[MM0>~ݩt|SXF٣w|~T2^IOdWQ-0HʺtQalv9d}h-'$"~dV?=4Xu.I|cTrgT2?
bkw}m[fnFIC91iwZN\VO&[=,S~Tc-8kG)e.<W!/!npȸcȠP?VbW	vm)?kliݙޢ^j:6MC<UɶR]*cFO_0(@TX&l#Ĝ9̜yC;teijڨ֐|S֭;.bmReg͉VzܢvXt
ِs^xjzB'ÈVϔC·-eDdg^4NIu#D$!z;8BKСgYwm	8*FW NrĖ1b>qX6nMW$xq^{
x("ѯ9ƖEh%tkg_ {QB6
qcc79a/kAٖ@˺AZ˷~8جK;NeS6mN05؇	ePGo6>f(T.זFOH6"ˊh!Y;ӑ@̗3tξg#]^y?r7HNiՖ}d̄sL/tڗCI`iо5}K@y)sMFu/є/%aA!5Oe-"Г'OH*CxA"j<WWl5H/^Bs^ýVLl /j2F,W=JP5tI1
ը~P0[kDI!NHTy:`Z"qm]g	 ٌ)֞*jLM.M$0ުl1NFb^"Uv>uڐ4̯Zo5Sec7F/i܎ؼtC6.`)Ͼl(8ٚhӃA!(r^m=<tpRVWATŹ]C(Is23oEy4IgНi96:	cg+X?51BdY6eR[E?.MG1GLT+5s]w--G#ϸ-S%2])O~%:)RUg`(ƟEm0YF]/BtxĀ܀+&KO ߲+dǉ8	ЀxH x҅RAQ.uZ/*GR޳]YXnӅ@h9x=[5	^JYݚ$[N;о<
@ǰgf#/3	4fh׬-BiT/ٖ&k]Ѱ7ZB4UK>:+^_J9>/ {H>
t[hqC%P{MW cW9<OǊc̓>2*]'߃q/ZFS3ƾbqf|0Pԩa/&iЬȥpљĒ{u}=a&.1Wb>;ru0_3?fv{!!NuЍH&:ǟƕEM/g8z#&,	}R*>z֠MevtPWѧ?1,Ƒ4:-^ʙہ6EYHw,@{xL[CtIQ<=èK,8\N'
+q[\e?oG>hKAEԅlCdh1ev->d٦mlqZ5XSHj$X5ƞـA	џF%	MϨ{ո>b:ocG<qSsnMאn%T×O6h`A`WF\<k}Ų*=FuEl\QQ; x"q#l_Ĭe_q$rΔ̀Z.7NODJEc,0Nf\rK$wDɎZx{Lg7tNaoFO^<}<l_sO>h6=*!9S5!5C}xY_NZnN13	^
bN5,PvrI2KH*#`ɪ)<޲7t'laa"~]o4ɦKf(.rG\ݰ('/?$=&u'^|7#X_\~Oʹl~uvAVzm{GagʎGI~sFY)iLmٻ+S̭Ky2&MsToڏS)iU~X\<)x($ȑ]FL|lw	(1RЦ|&C+ڹoġNĊ,6݌n53aWiaEQ?BEH'oku0Yk(js_Q}ڢQ64a%H<^pc]MuirVڂ&634FtҫU?u>!Ǉ1>1#-U&g'1P77߫ج5fW47wSSǄէgCgh̠:k{ţ
&<00E޺>fO+%_7ݑ}ɐ5rVށgANlЬ+,'(Pdʕ/\cqyVT6+1ԹCn"ʕ@ÌX\{Ĉn-Dy͡(*S54uS0Yn0yEFυp{oEȕd/Q6
yѤI8qpm,A܈	0ȭ|FA|$+5OQ[waN{w<,{\upޚm[<%hS`ɹ]ʩpRF2Z.˖}fI.r{BI7;{kv۾GBmZ	/hx\mu>A(-+Z*֫i/&`(HBfAp41/SؔPȈtDYj*8$$)_5W7ljgKRx>yzhP0˸o2tQS1??Jk|X?`tptԈhtZeԍ%ǵ|5~uY/*X_NЫ	nBIY0RVN,v;ZPkԉjD1:ċW*dx-]=%Lxz6"gR>-$Q&f!ĞF(*ߴ9A\٧
Ǌ<j)Y"oZroH_s8@V+`). egտLV'Pp	F@_,]Tiֽ5(\-3`40͘MtBbvʷaXu!ÖT]ƈFefȡcUz}^VfƖ7|nn`=UŘֽG~4ҒQXbFN[/sNUgl­SF
ouX_,._"|RE{Md%}LƖ9R@_9P@=;~PōO#պh߲Yug, j	sٳD};W`"<L2%9ȵ7C7~ۑ^Ant%vD;noĿ2"dKJML!mQ_n"iV_n|I!.ؘȇegk||nҝQݚ@%cc0=-P@MA}fJ$ؙdHsR:/,q+qeQ&EK)Ӈz!QI9|Q\LjTquA4lWьƨ	%Bd![/׍9MX-|Cψ9%?:lJͯ;GIf?]"P#|_yT@.3{p>@5ԿGe23Dgj
wB{M9'!k/B_gaY--7-f?D=6	w!vؒڬiDU߯q*b	K`XçHږ@Z
=m?*)Ό'lEQĀE@_ϵW'bM	'[Q,yr?Kˁx3/G4o[3"/A4*KA,3oH%z3L<fe\q1csxrrJzު1t7urД`n!ZZI|2ewȁEw˓QOȶXgN19Tij}u1Jgr?k:0)aÐ^h,Jr,X'	M#1/?p8vŶuo׼s#fqO&'Xǃ!PūׂZ3bl@Aڕ?{`lxk-DϺyV%Qاиб.FrT	Ae;Ng,S_ҀiXv2{G;WY3yF\3ɵ>l5"O[ <k2,ǵIfǇBJq~	{1m}n{ͨoЁ+`(-TTFW2ëU``D1l*2mg&_Bia[j̙K=vsGC*ց&۳(ùy-LPq{'y%4؇w!26@bp adHU&&-!Դۃ8HL:cuhT! 6ރc
ܮakOŞZ;	RTTiZFU%@oΠrug8"M?JĲL`ܦ0߅_^<(ȭRQҿ!HV5yO`ňFWZ9xY8%YߏVGM<87!8۾uQ=]Afɩ;
0E]S͎8IQIФ~/ڲ)vT'.?q1ס[_Hn̊#f_OPuR ZY$Ж2",^CSTLf'ܟJ'%yA5KYzhVJ'g#լV'.	.׭]b3tԙ6܆áN'շsi	hRI˷sҵc+ǜEGAGE;'`Ϲpf(:DQ<_uMjX=d!00)=)˛=x;\;z&Z$!ȝ+t|t>S!EF_NTkY!ՏR-DD*dR٦Sׁ;/"ä2+16^f[<<l 	2!"Y!_.=7;tO$Dr0Ѓ`!IqMVzwnߋXzͧN}2ܥzB6ojEfAFlve
kOHP^ry$
k~jlMQ	paS0'l|wfcş{xR[rg>9j@e<&/#=a`)ٿw/#?TӾ1+ƀEvn(אڦC?|^n4F['V̫%(|tKն21|9bsA>Ew~}NWW@b#ha17,gMz#oV*Dޫ"(qiL4kBbNL@YLݜu.NR *uBdZY{/QŁtZpu9qCt7ŇlTŔHb܏̓eղ0ױ%Wbط}3OƕVw`vTw3H7#ڔ]kvKK+u2j]5ydK}β^Dt2TgL#U)j8rԢeprHIՁuR<m;jƧ0;M]:ůI:#7i6!]8w3-9S@A0n O{4Ve͏c:6ag~} {KCś3U
~dN|szƐY~esw0)~foXTk42!<JuC%&Ї,EmaĀ
q̩'`ЁTNhmlK˂$`؈ǥW)՘2äjxֿ7Zvh9!I"e\~2[.=HdܴjPO7f(2B	K`-mMBS$llޒ"^8uyiaǷPT#wWfTK5ߛ<N8eEN{T';d{ф8KyFx(YGWE./	P3˅_.z0nBP[|jǃuBЬјưbIkj`uc'
ݜ8=Z]sjޮcj6}83Βzu:oS9vC.ѷa}Q.\^ʢռCRZͮDN&p=%@IEö=8O(|9pncstb?$>3&Rάr2(`.s|LR(
Ȟҳ0y5T6HFK*Xd;1qf;D¦{[aLFԢKyÂkt:ޕ ٕ2]za(/ģf[[F)P!9߹M]zbf n$DI^MdoYCH٭0Ɨ0V=BHZ["tDŲLCe2</6lޙ'ĬN$<FH;
~ƂS{4>kn@LCRL.%B2Fjr+(k0/H;3@e=1>3bwҮI:LgωA`.HFة `IǗˢ+ÔnREkm$#7Xhg؇d^$kEL`u@R;\&dlB̊E\QPG5$ƣRq5 y{`8M~QxFE72nxb=t)5mu]U=zR(U@ĝbk<%ft5%V;=-4Lg߲&(p։F{c|]MSz_X;cqeVDYWީGq^)ލÃEM)-LK~#.TK]ʦ}bHgLaSBѳ"+TUs
́lZ)h1E@Է˦|[9ln:#h#wta(p;49X=׷Nơm qt
^`%u<}hFb+ֽ$d%ēHoa)qR}NSuc$OJcQ&+HP^,%V0@YL!-4)hQ_x2^C~D,Nn&}/XGx=p<`JВRܙdmIvAޢQhs8QۗMAc;f>}Ży"Ÿaj3ő5:M.*ũ,	QyiXMwÆYOɊąjqي3 ̧Ӂ6-)	ׇuLbtm!r+\RԶ^ma\%Q^/ZϕmǅP~:6daT۬p)jֺaߕwsn\\ AgĈX<1ˁerWj^uCŃFfcR:	޳{P"$]O[Ρ:ڧ"
$nLE{PL_p5'#uYsp(Rg8+R[|e6.@s'!љpS7U'qOe$Rױdfib0BxT}P2woEuΪ]ɕ`"GY`Bst:Ԁjm$mCAԂ: j*vD!4r*h ȲgrSȇ%`q7	la[ydSx&43x.àX?`ی:hZYb~/ҩuB+
\
0ӕT=l>L.OBQ_/KhE<3evJp!E.ĢǍXBմ[3%@hSgi\6wn)_)C_%ǆ9
LƬw[Ůl3v+(Ʋ8}uڄrJ̯.J
 ЇoԬ_XҵWT$'ޓ"Gjǩii)/89(x֖*K"ή՝* $U;G>0ę]p ]TD{\LwP]_(SPɋ
ŅC\YKǯ&81AQ/:+XS37 :,O<V,s?Kn.ߩ֗z<YKT_TOh;ED7G^V]|f/Ge|wGpӎlHn̶bUpTߍǂc>5kALMlw=(OEL3/%D| cpi]Y\"FeeQoX^I*΂*(֊Ԇɲ>P:ٕ"EejSϛx.c	sޅ
<#Ir˳ۨ:Quܐwͣ|B!J(4^RSxP3TR#ۆ/_Rw۪JSwX!A6^ɋK<A](դ߰-ȼ2WxICۅ="KjiFmgiFìkXe_24aMUdcw|[0Mq}8J*
a
@Ð"˖m
iqQݢO3BݽVxդ~#};b;R~q֖T3ƣxT5p2~5<.cśILA5E/teeo(٥4V^W[`<]JMâHsfƙB;d/jP.V.!<+mb=2"ЃX˲\\\f|8܎;@3p dJW5C(O|ɿCzлn6WQ,IŴ@ʬU Tې~~/eQ_TU̝UWL+@.$	:[zc=-І}bUSشCvҒg=;1ּr|-/в5jqM,UFJJڰKC
wgXasItvI g޵}|}`3ym&4ڼY&F#+Sg[1ag@^ޑr!)яvpu/ :׊STg?tQXζ(Yrel%5kȇvʙF2QFsR?͵bm}WGS4Ǣ;^}Ͽz9ٺe~d;\!}'/AJ9=9fuz\GEwNF}l<V&Qq@D:H0&_24%o;!fKpjz^NGYakR4Jϑ2(LÙ;يҏOW*L6KtSʺGZQ!J40`s|A)^v.&ůt{@.ݖiMW>wQ]CF9~B$EFy(W/̬ϩx}kۑdR޴CIjF
XHsX0&ȁ=@L>XM/S},%b\4fU7Ζ[o)={F)l̵!)_ϐ
zC@U\x4,BG"cg*43R@3beU:mlwA^q4uՉFmұ^Ќeк[RRC~<ΥG zgTs"PRD]ݸ?0$4ѻ+̷]مB9i/^Ɂh]
@0rSS<v{܅ٕ*șa=ak-q*u	(X{w@tG{}6-qɮVRr=a%9gނ8Gq{dٽMlwx|~2[#!_.%ł1:R.l@WݱR54;a-^ϊlMbUOϐOͷ11ї
Y/$x4uͲͰMH579{pPw& o9A1tZߥDۥ"˟*S@ǚu,ΓM|ǀMU`0Av
dӼ:~#O[g<-!Ɖt8/:ɿʬ]t	_WE$E0@ӋP5CBwE9"ӱs/+w?ŠB^!y,~L2!G!IE_vۊ!Vf>n>uG6Z$3P$iv]wqc7w{x,iǿڸb,\+YH@~7+09{8@|w/h* j1S
W͸M==ؚa#'ӀgOжH=@'rb:R9P*Ce7q[}<sm"US!<~qϯ6KfڌR!`ȅ,xK_ZY۰ח&O7ĵ|@ǂU<jrX#L%vvp2ČH=!?h!ڽÍ#gM5%MDB6)v,G!QKYi,z'x#͍1xg8*׻,aT*O<xޅ#wWK0's	hzX۶<y]̽5Ʃe[u\AZ;	۝X &jnFC~sϑyX/Np=uRfgINgjt7$ĎzƥԘ3*:3x
)H՞6J%O<+sYGѹ?=Nƈ&Qʩk5ϑ4˒U^ܰ2wm4TѾL=M
Uy{[Ϥxi^ӖjV3%5C[\{شw7Gy~ގ=ΰVßYT~8zRrsتC?ul*"_ɒBq?ON7=+:nw^Tv+#.9Ǟrʩbӱ_6C-gѕ̿<T^?t}tڅ.7H	w?$ҁ6ƆQ3%4Gqd[;IDՌmxq{
ԁ#_qU'sVʀc4:LYHo[D`k)\dZŗ*ߨØښM{DQʹ+]|f;Έ\]Q-]5uR"܆=^hbLI;ɪӖ޸Tt܃iE#<̎4LV@GF.ӉǚbHc]Zn^s#Y˓tFT=}.~֬`Z")"aGCڭՑOHjH{LVPҭmiP]:8̱(3^>;֫ؕ"vK;lNCe!_P>>Kf¬Γz^ʑqPrR/uɘH/.'>_+mV:6fpTqjlY}Qmк`{tнu2яƱ8 "2^wK407U{ɻlYPP{ް)1*xЯwZҒIp{'հ+WK*Ǻ3]KZUcd#xt\
]G΍ i^yty/ѱ-=jnEӀ['["L@ρӈ)ۿY6B:s|ѦY	mj1vSuqt9JϏxqe4"*~ߗp.1~[f9/t	jmɽ}%+h?%M԰UE9C,W"s3w]p\9|KacWٚF}qZIѻ.{+̔ʎɣy=F\=p߻D5Hy2ZW)'qkgJMȐ$Qq\M_oWe^%UgZ&y&ߨ'#awZ#:8k>^<!ߪWؒ!ENuN}̐3xSm&أ41;W؉#fPK%T-}@-1ٰ	<Gk
HCTJbtMW[(Ё3z3P\C{XW|D~k5=˰jCgϞMnܝe:Ҩ2yg+=9v=.~ω\ڬi]לPb5һĽgO9+wA0Rn,|"}\хsRTt7|q$O10އ<ҏ.\K3Ԓ`;+dZ}}W?]wpDBo6kla8UbYgyּq##?~ؿ8նfro0x{gChЙ"C>^Htذ]#]wHԃ<ԔrzYQx<unPVߩZuJe\:/o9Ĺp"<\&=W|_t:|1'zm6r˷@u_!eͮeNfU:Y%h8 J]bi/>Sh`6sDr`ʃO	(c_t7W>Uh.	l(5
ïރl2"!C!u"(q7w^/Fn$J+\W+)m?YCGm"GuڴL$ٞUtrU{.wA;э\daiWk.^Xq*sx0BZ)͸?BV(Lash!nv!ڧ/o4H]/VDo
$ <ZX^JUUrH4QE}o<aICRTPZ8<_5tSfq7̟.vke:fitŀiIe'5ˁ41N~RERτ;ee̡|<kC6о61ۻ*D?(~]?6XFƥNg2%p@pڷniq:3Vs}ҚP..5)Lfπ$#Sq'VOq-nYxSXR9ҕАYGS"е*2޲|3Kr~ua9̖
Ґ %'ݱj9+
cMc0sϋ۪ĩ|''re}Y)([?;Dai&ؑ/WMvFzIbUtMݣs
,!]P!bR`94''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24914)))
