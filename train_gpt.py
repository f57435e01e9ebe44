import brotli
n=a=0;b=1
for c in r'''pOW7<FEx)q{V;/pV&x%1ƛz|h=`XQ2C~[i[M
fak'Z#N>.E[سԮhZ%I*Ye48	^j\:LDcZÊ)0ͽCGiѿw O־tˈܖ4S<&æTNɒ7\HhPrmț=E?4m2ΕºLbGOۣurяmNA
<q%Ƚ-Dw'y[ZE6:ȭI{op"qʺ?EI*G t֕<{Q<nOb(GVz^ğ_WYf2(R*خn_bJMM[XZ)ySĖa;ZKN`{_TÉY0YHžȉLWJʩU҃%-!;{2?s&oarP4_`ǂJD`#]/ċ#yWbѷЏʆaƝ˫A\5m`ƃjԭ8'+ʐO9HU!ysҤTG,k-ҥC,b \C~n
Z8Zt;l=<YW:7RGiLj*K[
˷A0bϸM8/w;r8'*۫IdlmJPwUϳlX^NHf2u1L܁Եw0ۮCg[x5?mקQ
E|?S~j1zYcb^#l ܵlf%w.X( n\qxLo?G$.U	Ĩ/pƢf^-\ mލѽbѦMKW?Ϟ@s
ֳIgДyDW8]N\ e[TTd̰˘Rvu\$Fǻ
Wv{jN>ԭD3ӁoCu8y\m@bxH4S?2#]3SymUq΋'6I-hR^Bbj=rP?K#PF}'I49?@ö~=RpBc7>@"R׸nȂǔuIW22B6ralE2MĆq=pOd9tDd:ge>N%XT	\6bPrgL=(-c&	`H`ѴTd!m~X<Nit.jӀemVC8[>WW#SQb^lȮmfSn""#!\@Ȯ:BΘOZ2رXK)x&H(|XkkehEƸTZvGbQ^rt_u+/Ɍd`R}W@q.)|p\Փjۛg-ѧ,wՒ-*RȒm~m'aL?t !@ڨǟ;DfָԒRCaU1?H5yWH;߇|/%AWnh2hwQRaReFvb#EiJvȈwPeR iҫ)-H3SڶF VJ0ĕ̕NmTߞuzG;"gE>a5v;u$ڠuOQfMbؙ˳HزlVȑ($4SLսb%FC9C@M};%<f Zq̷ߖ:+u&ވ`xʔqnAI7,N)3g<:<dא
tAY2A _lo
w2O|m9xM#Hjfg؜@l{'!/[[jYg'e۳ѳ~MaP'5Ź]--
EGźq3:; -0p|K8j|q-Q·^48$ N\Ut^O/:[:B6mCc"N>ؚ3m-+pl]KŤ}(5K4)5oÎ]&/L.f9elRg|p.zۀ։3ڬD9ˏԬyjb*U$=X)}ǒמHSwj('_J͒TpO=pV̺
Q]zVFȮ6lÙ~5}u8{yɌưla5m `iw/5ԓ!;+ՕO\rb	zl+B;var!EB66jԅk-3!=]Qj#*C#?hyc^+1|	M~u֦<>^"FNt[+/בVC#qHx!mWn]t͈z5sxFf<	KI3{}hBѯ!ɤ;66]+z7h	"!>-#EK-/@ܡƵU>GA(1pI3Fk\5X1ׅj٫ECJ7m&BCh`A'h'fߌщ+*Ţ3mӼލuӧ"xĪ=ȕU%	jSPY`ƂkpI5R5u69 1T>EH:Ƽ'<[Zh%$Aiq	!jِoDZ&2Syܗ|]SI	v
p4@*!гsT}JRoKIrK'Z~sT.4ث8;v8g~)_A:LXC}B6z$D.-:8=\8#װAPpԎdR;BEgESk([p?lǾJȏ+,x\Qɬ]`,}գ.gT4}+y[؟:NqBOݩ)%W_9+1-<ų p#iدSTksCȲUnLƒmH>ip=!XqZʶtwf<ҔېƆi~\OB^$ʙMYV,b/eKnמߎ~9	XDm0eݚLא>gç*-O#-XN@6nog%˼Ȣb"JW4(hp[ezWV,=
4wZŠ_p,ՖvtT%@PWf߫sETa?r(w;XsY')^KS9|ڟ KN}pnV5mq;͂KǕQ$>&rƿp6"?э:lf׼Ʌj~<i 7*͢Ahۥ||jܜ؎R6'N7cZ!BBەp	T Æ9tt>0kƗ)DAtp;5Ÿ~e1sOC%'!7z/VHI~΀PdjP7cf
zQ~ʰvڟ_tǕi$YE!3DŔbur#.:bm;G]\z	ýՒj](wgr< ۥw6<aM;]V@{7X
5@#7.o
 RN6RN2"Bɱ[N۴Iؒ(c%t?14>e7`_v=y"bVÕ٦Y$[Iٺ%Fـx<Iو%/zLC!uÞg@SH
ьٿ.ejV2]Ngڊ@v=J3F%ִN[u4uäh]7U*uǄ5v/U3CBġr@fFBƌY:Tj4a)r'A-ݯ|w1|T371!k1uuʴ,kX/k5I.3Ü)8$w]9s߾'?OI\ܐ&޷B
RF?rAǼCcbӴtCT0Ѝ+ɛL;fKt]'8EWE9BрdVBM+̽ӌ!)ŁKIvl[CI930[#wȸ7?mjaPmGWU4oN~'|;i15Uf4+z_kAYȾ0@QoF,ρ[Ócr*BF^'GݳCwm̷'exkM)VyiϊQͬ09յU޲P/$ι!߮<.JN+QCYU,ĉuLKPB$81'ÞI.[bNm\~۩PWGRsoҽ7޲ӱ/A VU8K2X:l]oY.ر'-#]?ڋhtώT/yBh9Bf"1mmKY!z'R\WadX։p*uLZϹu%g͇QMw
Ȅ D4h)a`[91$S
n*u˶*Z>tC&N!lM	r@RDiH:wKgO(xAߚۼؓqy0"$1/׫9BA^/ۂFS51HkeٔC#'߱uݵCE8f0lΥ~NYktFm-YJ@c%5Ղb׶EApkLG(ӦtXM˚Ә6H\<Ay7f`>t)|~*ӭS}t@!ӞR6ɩ,&!QAE͗.WZ.D6HnWظdf:іN[Ḳa9I2@|p2hЌD9F5+n61uԍmFd ?sK|x+˺[J$d~>2R?6TaŠapZ|aѽƸOCYXܥR1]@M0t2rD+7(ej}rڶ
LcmЇSBv'KG\Z|{Źwn'IH`ˊ6^ʩ@8@+gz4I``4]xPЦQm(="gDN.եÍYn1J& B6ªN?3NnUv^Ex)$ӹP4pµZx|D	n	6ןoWз hȴѩIb1Tj?Dz7AҞگ^;rKnV)dU=;-«Z̧gGC-lr*1e+p4>֭[1FLUÍz=.!o6͘,
V	7upԖ֪"ͷOHnHT{UDB
5',Z^J&*W;՛Īz܀/s]%>!ӥ^/5V7h7[kΦƘqkxkw<5Cɵ~U12B,dkjc8HHMJc 7P!9#6s2>Ým TD8A׶,loDnw!j1
bkh3W7UJ$	J{˹uk˧9o_Rő!2'Sj}4
DdQC%^һƜ2vE9#7y#;l*ƠߩlQJQ4ntȅ_{f>-yݓʲCCHO߸[.S@N<$k,[YΈ<s s)}TBTK|ûJ7XIJS8u)B!w[|*Jȡb`ݠMtʬkAy'{gкW8	JԕLi&jVs[
X;tϾ-`1RR1~_4ɧw\^ݥ?&x5It}NUPP	TF14\]"&,gDή 2J`^J
iHE[HJ+/|I@!d,n7cD8.LlucZ50uB
ۯ9cq׎5h6ds>ɟ7.qzghժHdltcaT֢]wY¨ΕDްHӂ؇.4Ľ+SRULPo9#ǭҒ6"Z?'_`]{VEQ,DǀՈ³ej(Y*ޟ<2Lj"\,`'=m2qWMC-;r\D1gxn:aP7H32P#o;׾|K.iɻBy1+pO7ATˏvo5/\{DI#W[gWľf&L.NhҌ+A1}Knď
ڴ_N-{K& @Gw+<jX~)f$F\{yː:[ݻ\*##RN?N_)=J7U0@*25Ѕ)spIͻ!l@ey_.~[J$G4GD 8jsz#Ȋm/U(ӻgi%	ܬƥۅ»#ő7R^;J3R6M/DiBmMA&mfwFv:Rdk3Z<qoUF^x8yrrؙRHog@oIøl;σ'-@j+&R?f!l$hѕ-W;şA8̄h+$W{cNlfI<܂t4qZX-Ѳ]H͟qڇOum59]tc`GFe%ޖfA[<ʸ@{J2{w(ňLo? ^C~?{ra"^u<fXshTұENC;`VoQP.UR1eb,7݁PÅYif[nªҭ[%BQf>%>jpd0)?u$=6GM.itћ1e)MMW!ռbe@(+ͽ:PI-QlL¿}d<qG[&юt\T(ߑe0HIV-	g\>m3ǯդ]-P94|!(6=Cy˪Vk/X[fn6XtRowNIXJ%ryŏ3`3M$kl{ez;n!7PaDu?^R$Q}0k\ B],gZj5tN̨^;0P`k/T8y+!NN_S`kIA̠ճSPxǉYߝRR]~89'Rŀ	/³&o̅,o?πqƀb>P^HQʨVeܭjURYs~Wz G[^x>7gX-ًn\#W}!%p.OL3\(S,WW,nȨ%qjEdǪg7sC&;	S?ӼV*`2ET##DtvV\ķA͢W85z*L%Kp˺Vǎ['gz w?5<v/8WӹLk5YXr18%g3iuK|ҫ{&JSE˾;M\¢бg?'xXxz+DWVwr{&	9ܐ#vl?FI;j$!d%|Vpi ٠fmB>9#.'dމ-'\6srp53oc?X?I=oUj[$hmLt8&wH5ׂ]MRaeutPޣ"B~Rr'&ibO<CUBӕ'	ؤUBx_˚B_<ǞgL:ء~Rp9ՏVc#0b
o\)(L[#z$`K4Ԓr*7ً7C@UB`~z jLʶ?TKjtư͎DQz΃*FjB$x\JL;.-JkNdGXCjbF@o)M^6/ۯe4cڞ{@
x*du+׋zJgp4&EivVN,HEkۧF/X^[jԡreSfIEwJva~FB=;w-W\x^e͢~jv[sVY`_ي\x9\YK).fUO.Ԣ@]՝i,iLq	{N~ܮUdR5R݊{ g_Q1ic(~[S>{тkLS,1CWАǵT&TΟ|DЉ_ekmY[6ڌݷ܈~ѵˏ3͠ݙO|c84+5O%J~A&>aF>mٲdR6tvOmw<(ע@_Qy݁XoSݳ$gΖu85&:t6	m(>UhKKg҃Yص8^/֣`֛NS`&N_cG8?u[e=a=`scnjXnO+CtWB5=ߪxd/`c~!^דB\6ۈ9v+WlHYBwlr2/]`-;_8Р$0Ƀ9]'|[Z{jf[ѐJָǛep3)H
:>7oS[os^BVڷήdٞHloy)-ЄLKt[.s,)yL{I'Rm6s.ԧ^dS_(ӧ][jX<7GC95ԶYdafw(]ۊ('ĥ,LdBaUyB/c $AhCAteF,eEB.``rPTIdtmcӥ*xcp
6+nr}f5ز99-@vٽ@Β(.ۇ#C?)^lYTseTNȫ#PK$%n$ų0A1TA0>T~d/!Gϒ̸0*G$Ǹ)_D*ycp)ׂ$['>&ƞz!}$ʂ-d
	7~O+Gd0lI0!|ǌa~BACɛQ4 XW4.wXiΨw0	O[Qs^a[ļV!	:/t=K\*)5+29t7hV`@ǈ	<Ƞ'Xf	wFER4lC.|:j(˫0|ȿ>َ؂D\&&=Cc|u˶w[HδO[a5Pz\..lTc*s[	G?W}PdbȂcz58oؖf\^R7~bQ<QEV8K Z8ĝŪQ,OfFpO[¦zvL۾pҝS~%.@̕Ar6&Mn N̔kه"Wտpdpm^S?jEsN j\Od%FPZ7i]ŕ9F3 ICMAkæq%:m-..Đ!;yOWוQ;5Y4]9*=Bu	E0~to.ȻFPľVxsnHs~݋У?W
Oܾp}lOzTxQ׀-sO')@w=uFGE%zNƐx]Un?ܳA/9D9##DpGVJi|JJσ{eush4/q	R%CXȕWde$8W\36#8EPTζ1U55(-VbW;'x9>rk[YyUAץP`yd+1FL1d^/1kqme?l$SP|fN(;XIl/Z=%8"Lwpɞuʍ(*c{1(_e~z`^<ٌdb6Vإjegu8^ScbVgX2,X^D=f?)lc=|~ZDhgDd[q	V.<^95>NШDO\:20yrk}L
_
rno ^Gm;dp(KK}6(2.w_k-Пׄ/`ΘeфBm¼ȓeΛ(E΍ۚ%Z5s8qkˎ"7Z~PfZ5KFngȚjFwZl
~'?/̨;ta$lt5л8{`NT-Կiie|;?@!.Cy'j`yNhբZ0ĳx!&y&*S 4%f2_Z}_I_GF$7ps;~݂A~X}0u[k?0TGuAЉbFG7E|\.:]ہDiC_D}B*Tȣ$):[_N?ÀfISaCB֏K٥=]D^9$no!qKu{3j:ʟ5ׄg27}
A`Qv˱6D.GV>Ѧؕ)"\+M6Zfu "hǩLlCCtmm)V<N+4O̖~Ѿxh	p_NIف*ye_v^N!mcٙ5#V(jo­TLb\BPL:ÿ7_sdR`lyGp8Ճ;Ϸ;C37JWFÏJ {߇'uEQ½`X2T6?"`6v%QZDsrK2CƄ%y_1%VŗU59٤'62M2=z-iZuf3Hb_87ֺ+ֳȅp06-<WK#xFTv@6s(	7.*rocąo+Uz-ܵTJW[>*p%FiF)'(EoS4CK^ 	դ!4H\g7CKW7̝^^~b6NMdKIe
̭zϨϔ+w|5(܈oHa!>ңvI`ۡ _n?uP-E~x/]^A~ %B[KQi!*$eas''/x"xkYN \ؙb4ժ6%:WگvhrNOrceEXG #BEۚ֞oa7z5	=uYV2E@bo׌zxMM%n[
U&ӈ([4"p߾lR\tKKE+ƨdfݬ<W+M,ԭbuF%/ZԑVE"T&aկR!z!l,>]W}v{L{ 
wv^SՊMQ}If)*NX/K	DBc}'_֨ߋƾԂxM	fl`źoinnUuՁa0sc"тm!<)lDaR^\̶ca[VHWWצmnɂGc;ӈͲIKݠЩh58`Ժ^EW@NW@\ɊG58t
޴dCZyi/nb*[jDԚp:͉(çYк+gD(GΑJV"Ҥɰ`pŖ0*"|y3R:h#Jҹ=Ч)(y9[U)zӾS9sV}N	
*zM+hhO783۹SgXkuǘgw;۳#e֥	-HV_Pk{%U\V\/i_":4^p/¸ 2|df:F 3a
ne
{_-e܂+yx.(~<
)2ej=Ճi6NFϝ1]VVsʺprB+RǸ7@[	f߲OqO2.n_T%ZgŻSZRGse]RcC&qg;ʞ03ۼ|Xx5rHOQHVxf@ܴĂX4;4rƋW@6-~
aL3JF>/"xIabgRU˃ɯ[76!JӋ
fsjW>h]F9ދCy]{?r+͉]"yU֊MBCQYưމ̳dުS}pʚbͶbB
ӪN7V(HHL/C(=LWX+K&qҔJ
_Eg1̌vLyՎ|AΨڱ*zI׽gEzuuلԂ'ۭXP	.Ae%{1ū+Qm$oGh}_ <nbީ*AI}s0RޛKGs@%ؚtqѩsT4כ	J9u|18(w>i)!Ab=Q֖z'űz-u)09
}+
(85mز_ȪÆ)SmWt'LB2OG%jcڥ/nDY2i֢֚]&>X-F1dq4evhܬ:sJNěw
ìudlFMp)a9׃\5}cނr'Չn!Cnαdi͎wCXh+Q^Xʰ8ynclW,G_!qSAfC\M_OV/|b:f Y]?ȟ.{d#PB^awF(a$U5'bc~pMA
@/3(
Cיmج5؟*_!ڜ3ʃ)|HlW0eKNFXF?kݟ 7,c^Fʊm	(X,dB-t'(HưL̎rԏ_ށ;rϷVQQv}#'&+%y%1@~ȧ.D؋ŅmR8.>w~=ôE\-ĻuIĬ.,t!RQc=ȽܖD TujH1mdۯ^r8MPNb{@Wn!5ۉz_PX@`,/aOriHQڸPщbr̃.WTql(MAsqVX/Ӫn!~i4o܌L^7V=oAéTm=D"Fe"ֱ]Ap,AD%֔0rc͐n&$&$21%'Lv?:~EYe`6QFR9n#E"գE($,eHk,Ze%Z=r 3؅A
6>GkS-cqGĝwD7!t&B@ձRKe<bKѥs,1ukhj	ӘuQebOc)\pXDxXʊߢfrx6t3/i0IBK8ͨP
>n
߻p)Kђ'+ǆצb\^߲#YN̭dKE_Ϣ6U.-/̄B/PV >x+/78ȳl:P
ֻK`õ;.0F7MΎ;|ǆ/AĸΊrk[®vzRWe^ClEz647b:h%0$[[+>aچHF1%*K&'G&jau9+f
Lqc˒V+ޡǗ$rjer~zI*8JdXKv91h0<j@φgx6Ǳ:\ŌvCKsث.%*NŘГ sZ6-V(v)nl@#_.Adq֯B)g|jh"25ёćZѬ5|ه_`՘NYO`$`zwni;7:]nCD̅QCݔre^`c!%Xk$I(O@֘UQD%Ŋ;qn]T(5ur,&+1W]23@,[zQ؋B|z$)j	j
g!ե@%2Wa2G,uiӧlj(F/8.!IОڢ!f^O"$r^F'޳u>|7b$75yn@x$}אvݱ͡Si0,.[zymwSU`>6\tDTq.#˛g$sc*Din3T՚!ncA3wg7C=0Ҿ^Mԭ>'sMoFP*ߑ1)obÝ=<kqslPl˷5oҳF5EN~V͌ ՘ϳHJ+X)8PV]2QFJ*FOZ!Ƞq}t$QI'|	%Ts>mEIly٨&=DNgn	.lBȒF۫vbĽglN+~z_*]ݷ$mI֬mվRGlo({IǊW$N|BD[?E`Ij`}Y_ɻ}g>Cǵ+Ma<_C,ϔ	bU743-zA̠W$SDh)]ܶ$PzOţnFu5Y<Ekʃ{ԧݳͺ_g
nLi_O݌>ay69VLXHAG*!͢kX{Hn֫WLL̽}PU}Y/OF&FD&UѴVqX[@O߃E#l\ǭ@؁؉c{9@sJYIʾ79s}%`v|;Usf6MO	]k"0'_޷T1GJOaxRp!RƉs^#0[;ҠR+og/?Z
fNݜ[>^)maWK=xXO*)*ܗ\[M4ח4h[gL(iϓz1/i3xHn,Јhq72-&f͊|4;`Aj/F9k$\š4ӛݎ֊w(
'{x܍/no5=s'Tw3k#R5ʉ;;߽670ƣq?Gc[Ŝ+НǳA^HǄTj{%FOb[ʨȶ!w7H<،EG&6:*ocr{ 	4ǎX+Tsr7jQ
Fρd͐.\!ʓFEHZ."'fJImk	ωy~,mCߪFJLχP"Cyfjw<n^~λcUڨNƁTеĆPVuױΗ:Ux=l(BO2{%ǿi9ӌrYk;.'560t7Wh%`41¨`ةȣD׮޶bj.hvDMrT#eſ`HkY!QA/UyrED.Fܭ/zcw,CN(0
@
|=}LՂY}p\=yB{
v5IoL`rq@@R+J`tOD
N$e3]qqU2K5;j:BW1q6"qST9?
)&ClT'ɴZd`֣ܰ+p4FeHǅJ{uQ9tx1"ߥvţ&^@φ9ʛ^T#}Jؽ{>vNnB%f;Ks0N:w	Ur*(ߚ.ؓ>R`a~NG,S-0At%cƅ2׀Q8*SrA־.ms-./fz	1N!'j+ֈH|t6իfɄjϕEɁؕ[&WV7?@ՄPʘpȑʌ9v+c{V#LzOsBmӖida/7$*p@yvϙE]8*8wϽB5"S/1H(b'<(P<m=[T#}>b.2}W*PYӱM.͚uq0ӝj?h?ח4cÞݱV_}$	ZVJf5H'ÍCJ_G'˕UrDG56#u?R@m6t2xaȈՔYieAW4JXd5X0`<M͐tf8Uބj$ytJDv8ѤAB2t7͕ >C`[C+E_Q42yވ<.˼\N}ϸJEfEeF&P̉ݍD7j*|a--HĢ*I?{ĪZcɺ$PtK{WBY-̪3VjfڶȒUuyi^^ђ$ؚٷ>7d5̷"]MvӀơuvݞy=KE7?ƪ_;&ǛgD YK҄,QZlMw%m$WNVTKu܀X]_͏oת_'<E-<o%^k\*ī*OGKTԎiΧ{=:>+Ir`La[ЄԱU!7n9|N޼F ڋIt @nI)֖h'.o0̟s&upQ6#4ݖŁRuc'O>cž$v΢'lJR|QɑK{oт5#qtCk$FkJc@?N>T{3J eRVP20ڊpZάH|+SO
z&N]w[h?a`o؂.UǪv
U̒*L7jaʎPb8ĉ˂׎`~Zfy)I^ԧ]5Spp1&=@AdXO`|1<o,˲ͼKި%Ŕ'k@ZNqܪmMՖԏpk#88U',v1<QA
S{_|-߮
q5,giBqoebפID7S_>F̷`K}BX&îe)8'D1
sҼC$ytpZcλϣwU{)hy~sir/vM
L<@CE[3Q>0 ~wVT_MRfmrd|g
Z ˴c\˾qca<ַ%R-1_ȀYd8{.iZDwК(*Ca׌)
"M[hǓs+&h_@	
=1cI	GU1|W]~οmwl]-|ݛ!\r"`#N&<A.3'ťδ5O\9ڡ\ͺ\-+fz*W|٬D/o	${@8{و;Sڊd6Q׬08U}sL+sAlcVȁw)`RYrĠZ[Ŝƃݲn6o^m/	Ayzj,eq$yXb&$WC`_
W[<vhXyH.>F5<kpET@~
`1+Ɩ,2j7BaƴMh:8% 8z.q,\mݐТ\\(Wܦ`<T{պK#`Yj٩J̵Y~A-Ȏp7CQ#,NQp-	`6^i-6RwfG
}:B}6fR%	U9oMziL6Oyϗ߇hU	O7 d#8$ѿ>1H!]{ȮN[x{Z>kxגG2%Ac$ (`ǨVV9:22Rϩ/)ρɭߑ
y^@N16i1}r0o˨	VH,~7ͽ3=V%g
\5Ο4sy}pɳlDY~vܣIŴbC$`	ķ3'קX֨AIƗIH9FVf3v̜dZ<E,&#&ƨ5LTUءŒԆN99CSdЯޗ<ԑ&4m?;UsfR	΁߻ɗe')գS$ݕڝm8Axݫn9|kz;!>y$3:8C1tteӼc`"r-EǼBJ?RcƬ^_ۧ'1|x#vjOL~|tkWQw)684wODjeہ('+jeЯ{.5ߵ/_h!ݕ@)Gr)k.Cŋ@8Yp[ޢplX
3~a[eXt;F1DQrUUl+_*\U˭[QM<g%ι{/;vHYy)BF]:Ű	Gh>P>ͰvɌ@h=&;^4HRE&%+G]߯G{W8;ݨ/y+'ĥvМ̼Z-E0ΉF?CL-Tn
u'fk2%;KpHhpFU~o~YB|qJM66I}4ņyǻk:8Ӌ_PcC<!`LyllhUא7voMޜث899?TW*)`WPӽ,eRR˝AO4.] IsV0fD՝Ǡ|x$.gY(0mblTMx0C13/5]^Ǣӧәzâw$pۼwsn1ȿ0݈|
";]WXS#e	A>Asـxaы@+.hmMN>8VBoA/#}w߰H\,R*٘
]X8&[1&6E=	9PDOWyk+mw:V)Zw'TB4iN1RD]ʧId.9`ڸȃT
vgngUYR  ec\|յ]?m}og]Rf	S|m%Ȫ[$w}ĩxjpF!4	TE
5lVhYټ~оZP:.$
NĹ^"+1p!.ȋw${J8}](w:^߆]?t]#ňb{Bu/AwPƿ#,'2oj86qyjs'O!II22;8{9h.l*e2J<҇LJG<JktNI9k	{'%%ȏߜߧU<}cj-`@pm)ӝXЕhrmEa.nOO(̼՛%ҿ0:]LM6Ó
LZ	LLܳ
؊3,Ag
}"V7:TM,sRu*^ab̫X@$UN+e)~jfZ>&zPƐ?M<`j7O@@*j,ce4&0"rTf4cMcq,S&+\
ҰWy^4pi:L9;s="TE)21vx5%U:\lQrE yH(az}ETCe(LՁ
΍{Yb(%3ئՕ'~6ٕs;\4e ٳYȅ`G_}ЌXcKkҼcػjʌ<.]%@Ѷ҃s$ӯ)IcayI,C" ΐFxI8 It}a;Lzf\5qΐarOy}x~њe/#@>OO+)'?=QžiQ&FbT4E0Q׌
w<ЛE͇l]L<ݰCY DA[cٲ=ҝ{ĀCAKTr]ӔcJ>KҵĮ(Ӥ!tO~۟&b&O:S,qڟ[,ffxή<Nþ8'VV{|VeN]̺iX'hy)$ھί~@LBVY0r5bG&r"|weDI5HNl/sї\1g5mZÕk_<ٰ҈\FĖj.7Q
/,v	3OWbVіTf\ǉI2MaI$f
|uHWCڨ)&&ӿa5plTuhIKڷ-a^% QNE09|~KTy];W%[^DK4@\XؒK˞pΗ5j8I>vsۗ+5¬6}OTu;#ª*m%\ѵ*rV|_Co*ZԬݲ)!.vHWPŦMZt#qC0i3;	vVO>ROB2t́!¸rQQ(gW^j/Ay>=:=^,@ؾ}TEAAZ{[_JO(g}!QűuD֙8_&)_ӆ'ՠHE_ubmIU	ib>K87#]mbLPf	4d+2UdNdE};ȏm-jʨ2h)!ķKE0܀?6L[Orx#M>?m%Tī4a=F
I4*
hQݑ݌ݶ"fjN
K)KՓ=^.r,L60K}К.p0zD*S$~jʷ Ná$}MqiJg]#ce\<!V^{FiSHCAݔDTKHջog>	جԕy]/|W46U)Ԑ.yЄC#XUǻ^IƥsjsJmۦжMЃ=³RmXHCo(	ˮ\`m;"*XJzڐlP\]p҉o`ҠK%.ʄU`ʋu2$yS!/>-^	.c^؞T;8UۙosQ/TtΛ^ߍynԿ$^"r2JMGKQGy ZV<;	&tn,( rE32O¿?4tJ݅ш҅;k̢mzF8=s?p/i	l6$0l<}~$?6̎<M<ϝk@/X=.YX'A1L@ݸW<C)D+_[]9BsIY4[@8b_Vo6Ezg؝	uŅAʦU11SZ[+h¸zєNZAގ7^@~Y0nX2WáRw!KqCsXxU\%ei=$ٸX#My3ĢzCқ&~}6ӫy35I0!I^dRjSѠةP^[yѿp+E!L/#q]2E``"Q/hEY;73ɧUV(`k6Jsѕ
qEk
f=s FLֹofƢ
|0):fהd3@ٍ0`>>0IKdOKfԙȲX9^^Ё_ؤUQi5dJD7(8e(E+ybJߘ[q$\a[mbWJ^^ŻJB%*g(^ݔ@A^M	Gu׭ǇGޮGcCZ'
(y&WZJqf=;[5ʀ@e hп}av1ۜ0	vT|BuCc,ؚ4f[-06W|o	Ic0/!ߤE/ڃ XXߎQ}jٝ1o+5JiBiSaͿZJ}֌Di?}z4a+Vc8MTש~}=wlY!iGX}Aōbw6[a8ՏX=CilܝPg!,Ф[12f̋$fTzդW::ΩAܥnkH#ϓSʰıǏfi5#HJ/rlCU,gTSHa0Zy\$+eR$e]]PtƐz*gV~՞JlS'S*'&.ݿ:57OIāύr(qqyN8}c<=:ol0gKV"a$F$,͕{ءƗU/̸uXיįTׄ׉9D"kf݌{<P*80 :Z9EVHI=	(a3ˆW^ ^"	mZu-O?{YA.
*d*ӭi',<pΉy~FHPAEI^n9Kmg
 !+N9`sG`Y i?M[r0]zb~#B0Ô݌(O*nɹULJ!b$DxlbϽWUΕy63Qegķɖ[tg}ծ%c ;flLݴT,-~-%	j119вp|KH=|PщErÃMǪyg'%4{c"`2
%I^ć2gڷ9;s0&8r!DIǋ/Az<+ǌ	2z[u5~W
`"KJ8<J0z+654L<ٜm·=!8'f;	ׂa`*0h9u8n<js:jѕO3>ֻ\:Q:8:pJqф[#u&vBrmЌbeJV2(r=/]V-S?}ӣ8<^k̫	U, d8^{JӮPdٔߵ4sN^Ez]#&S5Mʾl_)|;tyg-&˨]_fցɼy.5Iw#[خ9WA`pi
wh*×8dUVߖZ_62bYؽp(۵RoYA;!p1޷22~W,G]aAid)=ɋ 'k]fIVpHHt@7tl1
t"b>GYh`N-NbFB bϸ:3*ßp¼0PO,$	>h%M +zȴZ} Eկq܍p_3ٯs-amƼ+XٴxX	kwݒkit\eeAIqrN*G-y:SiP{]ޥxp[Gnڂw'ڿA!s.m
N-H-̺H=>AlʑxxŴmw^&x^tҌeۯ7(x:Ϲ[n$4̊=X\x
9OYٴŽcm7?	.xrpʅ|B̦ĪPE^h:G͡tԛ|,b`M+m0u-C!1@0s|vl{{`F +kdk6 jnD-nMP$k}=\ooS?LiGӉV9hp*Ϥ	ڑPK̘@0~x:Z'͆>+G~M<Eo?Ƒt9;	#E9B,S'Xx05f@Ȓk|pEGͳ5Ѡ=9#=R^ǜF=G;yz`U$|ӱҶ
+SSYx/OwǇ%%i8m?KzEB|-ԆEw-ȣ<?qZ(3qE#TX֥Cȕ);osW7=f]G(SMIͫ%@9\[̢oic8Jq1G܂kޜ1PuwyZ7X0.:2%Wdj&ƖHM;]F,6XRo{6KN4XTS/;Ix¬ǂ߾H~ҸͶ GP7ΦwP6C&a5Z*A-čP^@ xgaWɗMYx(mwĒ	Nĵ,ķzcHu<40ZfMC *^$hǎY1*|2 2^!B> .:+4z}!ƀHS}+fW4ؙlGt{ŬsQ$.}wAź6؏k}_;{jqIɐ]ǡX>1:o>.dOJKgE\xiM@ŔKU?mSq`z.#oΗΐ>Zˢ>Xms2(}#%G{raG~MmU}u5TCQ7&f(ʹI[ӵRxS6_,fRƞX]ӓ@^kI~?KFw6جzM;j͏^VF{kºXI%˽mfp96Wԋs'i%Ҵaul_LŐZB̏N	X@<snjj*ѿGA{+fCwScrmȅ`I<F/9>Fyo.s1=!^>o	3v}~>dZTE#.;øE'SqFI	4+<пtֹRWϗd&SNǬ~,71ۦ`;ۧ`;\.ilqǲ~7:|YT*u%Fḁ̊ր/gq2*y^JpSa&fXev'B%oC8Qi2نƗeTq|NKpDI$+
Zc>.}v
(DT4^f\Gm*sa]CEķ>Xݢ2އ݄Zzbf{{/0sއL@%oYT=22#dX@fZ"̿=_ݜq23	]k{ʺ2ͥ&MN,D(?@B]AۇEE1x}nOg]-2o^/wnλdguH.9|q%۶(QJv"{I>˲mֿе\ImVcĆK͚|bV3HnuH݃mLHh!!;=$qA0>FW}j!
KQ>¸zT".	FG|&X%*[g	GΨ.0#Ѐ2nڎ_2ܹw>_{%ʿ/ ([*L`79cImwk`[|Fw;u5RDUK|V<<xCC:ށ4p:2њ_Yψv	,xfTҲC2Ұ(TEC:Ǒ[K8_ܻ̂N{|)k
UG)Ica*7r"}҉.95YPsC:^JVƀprNBx3ۗCC_-	N@<5JJQ"eĵLܻq*:דy?@h~>;HDAzќM)A{. 1c)jSg&ޟ:x&K~*ߝ|YR]a
tp`(q-Cw̩A,șxв%Oow;v	ܓa-ШՇwK95ZC"*' <t&2ӖyADҸN̷x1pJU"/E7k4l9mKM	>e'UCLcg)aLZ_E`YҴHv2ѓ1@Frܞ2 IrA٥C 15G6a"F@fMl5`b/b'?DXדdMŋ;ĤW`?[u2('NB	ɧxyU)jcY2!T7ğDuÃ{H;}=FVp_|7=̯'yҞG)^L͍ɰD4<Zp0SWËLK>VS܉BaߦL$5ڙna?s]܊6TC\Ql(enO,=PRbuq4ˣ}Å<E{oLX͠_Κ;@t?a0apGƆ~g#:xO{3sśo6@ dAyY3԰ҫ'whCϐU|]f;eaMI]ޮB˹xc|(!ɑxL><n($,O\݌؂$;KJrB=AwG%G"9tĖqH[֝NBvQ7ބ-C0|aEX,*_Aѣ҂%bg"v\|!ҳ@dڹmy_ُpqFKǵ1doPQ>xj	ƞՅqas|RÖqL=zJAu[`EG!>zK	TzuWx|'9&Ё87izhQPAiY մ\fn
QæUs+̵^vG-~ezVڔy7+ǵP}[v*цŜ7{߅vR}Ϡ³J CYϓp>ŜdM@
MKN5[,qҠ"oȔЕeMR֡j~nR3N:.5o5Wd̚C~VE0ؠZF,JM2F?|]Pͫu>*eng=R}ρS 1ȜM7;i#G@2_pgXŘtw-+&kp	gHӪ[@)b-q7^e[HMu2]Ғ3>Y#߲9ښB_v֤YθTǻiսJް}*oG*`#QzYMpp_p.Ǘvh
/5?tHuuP->|cy	cϲf7QPL" 6Rf\4;]֓gC@QFL՛1gnZOLu#m}/]4sJ1@,YUǥaŅNX`k	|]\$kIɭVQO~(M=/ݕ!O>'Յ~HAm`FߔB2J+9qI9U`661ֿֆw|]ENhr,ߝԵ7r:iyϥ?ɸՐ͜	dX.S#D.Aih8#\8D-lCݜ3ȽRCJHNK?Ɋy*Jƚ,:	B'o;iOWLw1HBx̜xx̱`[RPsJߛΑ] sˋØWS)dt7usZ<y+$i)~Y:akڹ~WA\=1FۿA%M{U/'5Р~"jă&$ѫa9wKN2&AARvu;45;ʔQ5+Pbcn c
$ΒuC&wph}fL͢ȖД&݂gt5ݪĺ!f7%*լFc&Ϝmh͵.K[ڛbQ={ǳENsu0aSgg@eb=+vO9t""˻i=Ok- EI6t2B),xC
b#Ҍ3mۑ+3CFdOTϗjH*/f@!BJ$+uލڠޗf_S*dp$5!EܞlϾGtv%zXW"[D,վXlƐ5G/>023^A+\%^ҡ!w2Y)iԶ׻X9uC,+8\{	7vͶyQŀtM֚Q	*Zb%n8WOdmZ'ƃXtcJ]2ȴaHHuI!<K_8CNc9bżƉaTd9& 8rGjǗ2+FvQ
k0~=ͽ=/]"0&/JA({%wBsAéà5f޺>bJ.Jqp-uՔ,E٭^jtym|ц	bqr[Y<Bىރ0ذBu:%ZzD?7ͤt
,(1JG8tkq)7-$ES_k&˵pfTplQ+uVJ)-at@Eό-Rbш#&NE̵lqS99k7"aZ!/0ܯZtHٝ:7סɲax6>ţƥh"?1%g'WbcӺ?\H|&?QZ7H΅$-Vl7~x)<\He	rU.24Nl}1ױѯ/*,0δQe1Sa#}[xm,CDRJgRHqA.(aGW^@~	zgUsh5ӐX#ȓKN$G)RJv 7AS\_˷m]+ӿ)L[?Ί,"}Ihj͏1{F-לuZ,~@'$ZB̹ȦȝIl:ܵےGܳCѽ)$ph.f$l,9< 7(U?l{r7CkK>8R` FŁ$p	ߌO"S:*S!ʬ'BKW}18
Ǻßn	)WP2}3|ʵ+[˿P8r9y|RBp4rZяHǐ5ˁ؉9:&Fd@fh(ug$yGRoc)mC)\PNCsİ<YH #AcIPLl	=Tn\h)O}[ceuHà՛ S=ȣ+ԂJs1K6I.EWwOBuiJR|rawދ;mY8Ds`9jʢoԋHd{ɺ+?l'[g ޏ8+]4Jǩ$eg'YqƹCȚFgJ$V|Ҽ6)Ұ%޻
qxwIFD[ڄ~p_O.ڤ^^|@v`,H<)lL+jeM*ܖ,m3bv?#Vev*.erqؽ)<@DN_1phFkiE-T!nUa;>O	b)Ti3b^^{#1NJ6qݙ*>^QeRF_-ְFǾZ.L*wr24}tqhu-̰}̽>(\JЖԌwjݛ<A3XvqNlps?zgZvz	B,cxξVx_ĳ+vr=\wv
@.\VSXyڥuLQms֓Q-5oZHUW2"4Epoņ 0.+׆<ZFMW~A;^ђ9B{(qvb:EV96<N)JωD5rFTKlH&[v$Ix#;lЭUNެ5y5KفE_*t<j=H&ѳ__9͋?D-`at+wG).7z#19?h37ZؽC|ب(nni֦"?{h+K,RmG
azs+?3h"PIr7 8atiuxȒ|xƂ:(Ex(5׊LA[ԧ"-@

v}zKmj\d%30	fTsVO:7&J%6×/U\?SuKG-ѭ*HpR-0ۓmŘaW1׏F ^Vc\mirP&̔jDIZinKWz^C)oqu*mTѤX}Qj3@DJWzk3ž[7\k*$R785rD\i"F>+I^^c00jKkoo,˼K8d=R`Bi"y$۬B|Hs|wn B`~	G*ѽ%ZrwtXϋm؅ݣ^ODe=VdӨñ	`Wc>jA$fRv|VCݛhbN6LA٩/nLf6U!j9#QC#QϺ֕N=#O^el0Io3VO9hʭ3I-p;W/A" EqJ%6E.;LTPt	\r.=#5uc,_\6zSYM#=pCc
3[duvĲ+83yaFY	Ð0:Ǿ}=FWs$\/JА_R7pQ"~i~u!poYF,q!(k7YWء"&xg͢{LO*ȳbnt2	}dj[2KǇT6AY]|0IkZw:ߴ{y*`aT
Y3Qx=iOT,ɷɁvhtsҹ+xxu)1dČ+΂َ=PiY8a/W{؝4zQ"6DkM@))ڜ[]9P[nR¼V2(?~;*E!7)"kFy<O-
N{{M2jb0s1ď]dWq-ՖmI=I)qOʥs1c³Ǝ`[%#qܘ؛R,
W
/;t6<0=Faf(!!-t1c0YUKƃ٦Zi~u:fЁ1)xJ4DO)޽S_i+`fE61ll4uvK/{w:Qκ:+pMw COxnM׷./3uzܟ	R$/Ԕo׭*[-y=dŮMXPlOf|nbuBj)7{-+p}anӚ`RiLk+|7yU	h͇q3aߋ0ׁ5IօL߷ty.ed_(׹WpdePsjĽ6}W)'sO]/,WUYZ߄]ϸA3VʢD@ò Xr>Md/
3í1sqsPXAJdVbH,LU%T1,ҦօlZ=iHuSQB<R^gO_T݉*̪_"i@VdygOwq>8~F:ÊֶKֱIc9iǮfŔƣ`sBi?#Ũ-4f	(jnUz,InT՘IYߛ]Rs(s`T	DkT/	{}1
ӏ\L[G .zil]}LU0X92zBiSyN+$FwP*rAuɵm@3ߕkYFKvnu<ISY.Թ7z3c2Y	e4ZǆwZ/ioZŃQvItKƾi)uZSˣhJ~@Z?)2̧ݝǻڳs/˸8)+~Ҩr7`[̗3Yv^6wCU"e]]%|ϥd=>P3,4+~xߏ`dRDΝCH8Cʪxļ=:Zs)^2zDxPJ=©N( `Zˎd|	4CG@.<jxr
H/>VWQs	8Ur6gՏI^W/Fe;2O9RQ@dɆk^cк 9l	K0]gISccd*QP#1=S|+۷nGӟ";=8FzǄyF	)#J:[DbRCFvm*~Ѷ):LyfBrer5{moz0_jR0؞=+U=!v3@8[#Bnw|zX	ǼʕeoBL|i*+L.Ղ9.M"Y{i>V+?wm}ih݉/Z^wD1Y~gڶفĳD9(v֟ƃTc!{VAþ(Gخ Dz7jH Qȶ^Gqh1-}1_Q*А/@;dd(ynh65LB\HÉ]dءƚ}gȊ@L
3"B@݈2}uK\նoz/.8gK˒HxyyB^?wu6ݚ
0^w@W'3^Hnrk{d7Yw޿ё>4pJwÌ&"J|oHѳD("Yt
p}1ZdPX܋ЂH.W'F	XaDr68z9jA8'h++c%	O[M&'lDloh0x_?&j4i="ՙ"KK>Es_b8̂NVt
Bb&|aUj9q&k$ͳJ_ChҦæ^X/Ө;3͏c0Cj[@]-/)cN߬ЭfI@bj@ۧjN@5ZNZ%a's[$]#$%3e&5HoNqը8W"uE:p#iʟ-wW,FͰMI?Tb/U9V)o!oo6nzg$f*ӥ`n>'ću#,w׫Q?fP{mD\|ŇHډ)k[HxԤSFڜՈA	+}L.zT]>Y$Lсwo6b8'ui(?jPXW@Yϗ4,CҬe#f~ׄzND3r/!%(v6j,я۪9dm#wfML0χQ\I߅ա͂#ID߆8@}{[l<Ȫ&M 7p^y%"~\˷Nm*(ѩ˨E@aKCvǟhە"ǲ5>ĝǢ׈t1qE&#%zA%#ϖd*XVW5\QN =0Ǔf|7l)z*I+]]ҫL{=ˑfT*/e:,,/ɰp]r!"eyNƣMN<^M?8XԿvɰ(.cx%=o)}Hw{|"	@S>(';2Op`pELis\kX<2U̣Ip۾_B`<ͻ/Z{}zQ^\LqVl@m7ǫEy6=B	y.ʭe'_EE5.3ӳ&8X9ĦZ3sDgaWL&+:ii.SߛכV[$QS(kϩKI1بĴͯq\=cH_;ȷinLzs3}O5xќ$̣PBkNd% O;8E¿BPFs?ySk8zxR$oޭbʇ_&گpV6_>Ii6()f:9A$yƏ؉AGVڿш>
FM=I]vOEgڗ)'q}HݢڂDQ$oC/?ϝ:Ûp\A®YX(U%`~zO\\.d7mZh=";F">5*f^dɳ*I.!KG͉ʜǭ[˨"yza?Tv>iPhugɐ^M}G[K{|Ód߯ޗZ-CyltBg9U-,\{ B]uYtRiD7//T^<51)U+|ھM+QP,Odˏc?9/KREަڗyu>GͺQDCԖ'/fLsRRks3.ƭsC"#+Wȗ*:[{
|Acb_݊/p̹Ԍ_n<R`(">V$ڡ̹*T߹my-V[$Unc~Ԓuy]zOx90Kws_x½7>A/*8ɳ<`M`ۣ|%بR}PÉ|ƥSʭ[$iXPzz'}x$əүkA
g2FK7y+ھĹE1Iܰ%DcRhF	]|6˺'^C	t%xvEM#_}=־ި\Q%oj'EĠ֒ڞ2nXRuߵ^__9Ə#B*ZV~4wY-T6"F7E0{8e1C{\Jb	Va bR-;
@cˆl]=}NMv!K@Hǲ'O'*QؽBXp'p4B~=DZuTذկEY;e۶'KjRr>I#2gV(x]7b9:|W	0`m)jLy
!ŰDF#,kWݣЧtIWwI \לaį`RlaeSF|J^eM-Y9R8?Ų.VZƵ<QDTZQő&ΎX#ʥ[jW@DhO`RV{
/'1Y[TF;bNh׵UqeۈFֶ;e9s"VC`!TVg(vpϵߑKFfI^]#&W!2-~A?[*ڨw"FHRʼ	d'+uVv2<aN߰aovW	`Н(@ܰȍϲݲ|Jʪ!Ns]4dr84$Wt٘sx]pEͪTgK!["-eɮJa
MeK{Iޔ{1<,C֙:ZԨ~	bḀ{'AldCY{֒Ϊ-BޯdX2USTp{NpLI^u%VC[;:aNpԣ¥ϒ@Z}
ص!iP0{ŋD
3hЎG0z	/ȭ:E\M@ZMQMއBխ+&{ST$=G?2_l}y36tշSd-T%%{#.ٍ!DdP]}j6A#%x0ӯP'	7/R~P/kx:DB!3T9_`QF)ۀܮm?#й4lҥ؀'=jH\3[ư,%|oxZGZT^ط%(մ0S& }O(z`<T	bԁFP¤<QQ<YsLo۶'&	kMߓu6@t\ڗivn&p+S9h42JO<(qنz&EYJ#U0s	ܺu΢4B=q'pEu<@E|JMA2 ^n-^2\HUG8sfBfœ%ϭ9(^EJdjH/\ԅ0ʿu͌^Hybا:(J2uߦN2,X\+уT'1T|wB{ݰ.ӻ581l"}hsKɉάμK+U2U63@F)	ZϛcXlȼ;V~]Lh}9"P>N#)i}t=LO+b.#6"Y ~Pk^TX9}vvvZvU;yyT/J$Jɏ>30R/ةk-Hlw$|y!
X+  םAѨ)E$J*ė1OxɪRĩe%d~CD+f-պzV.NĽu'`{5p}_mRuӋ G:+*S܅$F#>Ho?ں`u=ؑ.ȋNҒ+TuxO{LɄi3A,C|kP)H<M'ҽ4160jC7PB/vJ\"ѶS xZ_U4Ƨj4gN/,(ԁɅHx^U,PحNԂZP;H[K[.~Vr.C'9s}b.?.#ڀk]
߽9
hhi#K"Wh"Dw>l=
Oܴm*;fV;bmK2̀R`T#cA2!U֝Ԭmrվax:"H[Cӓ@̈́q"@w5k`0XG
Tj^>Htw]3Qm#&j&YЦL<w\ӟ$bHRX	H^ã_M֤29X0e|bSǐL}WĦuԾ"×aKJݧYT4lK9ёYY$K
In݊ߖVs^D*J)`Ӈ-b\Jhс;!5'A[)X֞h_[Gt+mkģ%z)Ԙ]:	܏(sPOā1R+b(Í75<SBީF:kx+o0]1g<#Z;.ھac#S^i1f,^wJWUrmږ|-B3s#+ӻpǎ.xR4H~"gעW%iIʶ1`izY¨V'`IMU}ހĴ`EE3[}[oЃd$l*qi;ՈG3GW1k%gT/rCYkDYlةޤ#L5Ÿªl7Z'9c&4/mX3rֽĢvZ!Nf~ne%<NkHݛy;E.=ٮ[0H;Xq5Tɑ5779,ތ҂Dy0	O:ѸLQ@#K~l+מew_#ulYoM,chCfSxGXk4%6'>^,XoedmQS+ȪǪ#eiv0+'@݆ }S7^{XN`?QNH:P<!2. TIU%\
wF=	zA26Yf̟MzYGB9vic8ܓț.4jىtJg4~{:C#m8x`Jq\f@<cG$ݏY[$QKGOTk\swYʶj{ս20Dinh
p/ٛ=i<-Ck.{ABɝˁnKZ>Nԁ]<#HxMsU&BW}sBЅf4e#dm]%GMnR0~MggD~jBvQ[bM7ҨBW>Hhngh@kNd7|ȨO;uاט7TP~jgё9.eIkbeD;BvAM?ԺYh,bxd`B9\U/pPӀˊܕG<eܥD<;p޸7; N9@cT8,-jDr(Vbbi2DѪBعHA$ϠqK<0|ܣʵڝ067MH=r(f9z)^'-  B5JUs	#X;W^߼9$u]+@6Cd!sxtX&!TxD'L;t(d%Dª`b|HPս{=aHhĜA*D=u.Svoc$!ڐ$*ŽȉǄ3^ɐ$A>g#Ϭ=x]m̠G@|HM#ƭA?VAcA4μxWLiO855<*ai"n#͏!>\֔c8;+Ak!|3xw<=@jOw3iF`Dُ\N\poVBF{I2xƿa7F]0͠xtK=N(Řʞ9{$t8Xc,|Wz
AIJ6;!db7+ؖdسu<zfd^_B\"{wbDӦ85#ގv,[Y/8'k3ۯ$Fp!EH
NfhˋwmiRg%|"~Ԗ;d=ΫTc"lwUIЖW_T$UJ3ه3(|P>sX΢>4,ir7sP{Jiz$^!jԏ1G%9|!lȢ .\9rAJ|ÿxx^o>̟
zdwZM:PϽ	I>h<S®GsU"g	>5uB˯9?tpH{N)m	šjAtMeo#.2c׭hɾƯWft8}bn`|K([x22zt7ȊZyd~/m0`)'ov%7s7|LߜY)yMC7lw0${3κh`0ekr'˲ESч\9)Ňm!b{sI$U.=^]TqBQYB,Ӵڔus3luY<0Q^{^2'2AƦuhF-S$3׊{\ȭt$̊2'N<ԦNBʨ%.
->k;!UhNBRHl-p_IKՈn8cWierX,	5]}0[6o r=dЅqu݊)Jy.b.I0*hϮQi|_+ӷhFԕӅc-R"Z
̸
YnS*_!=oI(7Ol"܀C4VW8t߸޼ݿ!uQEٖwXI5/\!uC	gk5vDǜgRuAAмт%	˥4 B>ڦ,T#ӰմOMk2`aN:͉Yn3L|;xVfZs؏|%$
miۅPEq*	:'69ʋP	rmnn|<*Ht84hfeQGx	A-|#Hun=zz߸Аsi'T݃wJ@1:Sɐ}məv)vȈ̈=1¬;2uk#2]~6&AdTWpC#gdC#Z'K+& ьj/auZ)p HP&,,n^	k`?X>!pݖ mv)C#zAsfLq"*G+gND2ڸ\p_UIFجL	VÊwK,."nFv$bNѡLcRΉFzϪwpơQ
w) tŸAI59ɃL'DiR'nnwTпҴXi;ݷdQ80nZ!%:<w JXE=ؤQUolEž2J+	SWxRDs=H`@WEa2,)Т5Gݢ=ӎO+
p_bR(gV=PC+d`U!Axf":YV /0!Ѡ^=Ptf!1g4G4A23EX=Sl/8Ohsh+#/o2v4zLjiujabްG&2{ceWTrMk:Lqwn!ݽ?:t5ԩ%ٷ{U״D&\pgOC΋*O47ۯ$@42CL>eHf%0]xӣLTBa `/D@+ҲΉߚwߐuqV;߬Aފʏ~V@a{7X1;'O×^YI ~_?ƭh{1
8J;!_^[̐lʜX=_v|\`ޘ*͉mW}FJk8sx<FQT:e¸Ojwx;FExѬץ#{:lnRP	
	ov+ _>bޠ3E#!M|TYZd8iG~͒z؁>S={  f,C'J%2GQ"OO~U!gVԏ# IN?På2tZuo׸\go$۷WgΝ<S7D",aA}d}~ǒa~+ehD
cHJ3)՗BR?KJUeFgzj"b
nųezlĲ,thVzrKutvۜEar	f,Řqlz.-0Ca[}SѪmub<ZMC̒_ޜэ-<|&͗~zSt(Ԁ4:U!9nOyH:݌XģM*k#fo^&(#Q^xaCK+= uC%Si؃cMIh%G
Og7		-Sie tˀWVg8flU9̨(p
)]K#2zW'~Ȏ9Mi)C8(Q_h@ݘ4n\3L=0ZZݤ}PgYiL9]CkIgѥ΃-U%(Ș?@wQ^.&AJEJ>7Rj~YWw^3ٖ60i2mxÐcdvf~4:R9`sYCII*O?xɼdC'MvWyJxwΫ;]ǭ8Wɿ0'81ː7?#l2^BSe&k%p[J
ƿpRl["N}-{IB͝B*Ӈ|̹b*$XߐF>lN+j( dsqo1F"^ckEIp	)O܋ZNkQGΟJ'Z֜^!^P1eE=ZOUy\tɉ}Glɓr.1Ԃ;4|`DP9iKBdq1ƕ8sxo;^),h|֓HoXg7j53FLw(dI&dA[΀W#
r\/mXSS^V14kK)_i4P9sI4ǈ-dcAiڪWn2.THQȑk)ARݑ9tJE)ۜX(NY޿qq
X2	wRݺ>Ѕƶx#&XÝJKBUNv1Vw*IΨq<&Lhp[Շ~P sJY޲Pa,iJY:l۩^ʋ0	QluiE9QBÌ@IِA &ټ-+w$Ҍ67R֯AWI`,
=ݩtܱzX65iJk,
imc[R)Nu}vkHҼV׹Ny(#E1ė۴3w"߱͇LO`c-Lݢ 9#$qd^$ejlP'"TzOh7݂I^655^Peĕ.N- "{eyzE5;hfC1;'oYJ&
UqAZe27!^;ކiXt<n	d,21DTng[VKѶ\J0MƤѷ>q I8؂S%/|K#A"m=׫<{:ұې{g'_9L8zMvC4`#I$xbUEzɉz$xwt8l7WH{lOѴNyX#ȱ,Ҵ @sٯ[Y>]xPb2E=Ҭwю%ۄqNim$"xGғߏQ2ƹ֯DNX.Y^ђe$j \?FRפOF[Ӎ~Kf{E|m%{*&gސtP1H) O"XS3~ҒjN&,÷a:\bsكR9PѮ0mB(,1p3[M,2:hsWW[2tדd\'G6rR'FN&`s>4}]Y^r31RK:v{/CHJ_ҩ~TJِR^])BX`DvCٟmxJ߇a"PV^sҊeOi@pW{կKme> ^0Cz)ؘM$(Ս|ƕ
++̖ZH|)OO)}6:Ó=_Ӧ'ΐPywn
έ@S51COĂksǬ&,$}g
Qm?NțUvr+O1|\C4IĩSȿkK߭I0Xʨ:0UqR]2b6LIw+]*mіpʭFtn>;c;$ZvDO?A.Ψ{ǋ83«תO+wHlby*W>E&˧Ŧcr|8ޫհ18;5́R4@<ג6vvK?AE|ߕ~YJZQoORt
1MSbz-o֑r$Icw#pR.
+kfX$R2]Tb3|ڊҟ˟Q:۞[d^p7?\	̏)[sD!Ҧ5ӈkY׃,Q1ZA8/4;L~#5'ܳR\{1A[G{ΐvY0#n7c6lfcJ]y_o$L<Ě\+77u6Nfb?J~\deG0!a2Q3X(gkֆ75V6hTݛXP&`ҺΥq*^'wBrĚFO$EɕbQגԴ(BNI;3̞ٙ.7C[؊ja*H\ʈ7S0קJ*T$fq?L"9]1&N
[vە""z҅Kj#l,&\.Ah^GQi׆GyRͽJ	$ԛ&NZfl ,t?ch;~qfրrgB~''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25035)))
