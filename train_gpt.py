import brotli
n=a=0;b=1
for c in r'''y'бxu.cz4!<dKB۵LEՍrFVwmXlnƩJتwӬ1|e	JVOnb\0ے/ӷ!9=@TQO}z3[ b)Y:»&~T0n5AΡPi@Y۽̡qbN\jЊX~r(Rj'$9g?&!qvZg_W{wO;;ۢ}
Wd.x9BiV̢3ՔM+`z	!lŶs:buM-q_8cX(_<bEm?&םA:w>RϦKrv	TSe5~U0͏I̠;+څ\)&&F)a#W<lSkWTT1BUA0Ψ=@aǓH#900=]Llr
тm i~ɷb	"]sQe035O2ƾɵGEϤS/#FDwbGI}7M(޳G˔^ջ:ӯ2`GHe(]r0wO ҷpttujNat4kc|o)ԯ.F/1zu.ACqGrBb$"fЫ%Ul	Í_Lf=0?2ds&7907 [҄Ĕ{u͖vca_j)eh3.3`ymG%Iè_(Q"cmQFgV6sM(maҟ`t1CqnMu	*hkлkA(&jfՙ̹^i<	bwrަڐ>+z7*)Bۛ>`AL]K!h.Ί;k
pFoa.UMWԑa:-ĶATcg*c(;k ΓN<#U%+W	cdNRo[NJL:lҼN#l2ԙqoլE1A	
vh0Ȫ+Χ+Lk#ԛЬ|bNK~Iejm.ЃB;yޜ$۫G<,KJ~VyLB?Rg*IorX܋"'.`1șA9ً+A+*)GH&yHH6dY0_Crn>P%7ʃrfsֳ[fL#"-?v
J٥QzJyhW"ӉxŇ9BANvܮCܐ$SсqC7{DڗfU_bՎ֋O2vՠgBQ&-:[EvOjv;ngtPѹՙDF*E,i~N!iy)bn][O2];F0]]$iXVή~N"ȖQdk#|S7rRo#M/dyZ 3#}&.%qri?D?ŖYߎЃ)!xXԎlXnw"MNaspa߂r	RЅ_֗pg$1=HǑ״.
z)=QvՊZ|yV_J=Aj[Zx0ϟ*icYU|C=aZ:Ojmץ.Ooqm)+mx[=xG+9 3_=j%,r	ש׵{T)̈8
YB^{U
rߠZkwbf[j;/f&XaiqpVٗtR5+UurիE۾@je:9kŌ-;opĬ'S(n$xurOAݛSΨϝ5B6u&QޏafqoEjQj, }D{V__0(Ugg!S`<݌(UNh{$
4T7:Ǳl'O$s.[_/hQD:n&ҀʉHGE#ɨ'kr?V,#jˮ)i]z
>s+]~=^֖~˫rNIW\ɇZFħBG aEXHvPȇjhـܓ.EyvC:t{|>á}ˏaHG/%6Ka4-_+>tyZlgһ¨Bm;+HCmM֑<ߙeؿߠ,slJ[Ge|`˅EgǅC@p#ߚ}EEi c1*>?2nl&4BfJx~}WO-͟d4žNQήӑ[~x:'іh_vFL?mfX[OEү}4CanwA&ùXDNzO`4_sLӒ|
3$ݓo)>+"Ӛy1)9#fm)K(VuKiɌf_ԦW]}try9mXІ4Xz?3pV"BӰ^Ʀ3(Y@gպ˛tPsL( 09:xiYQ<	9|dcЋŗ	1.(:	Ȍ'ğõڿކBWշ۱!-fgPbq]7mZF^H64lw,	,e[AWdql`tf83]u3^4f<e(0V\TpTv4r:0$N}V(Cȅ<O)LϾ"ʎ'
#$ȝ|ژZPo&H$>ۊWF@XS
/JzZl-vlЭZECp+xa3ʣ[Yhfaqh{%<jE_VPюalAlbqvlݰמcqjHHO0Ą|{[sh H4آ?}eF*WEۏ	,HNf
5E#0؎<#nGaU/
ɂg?'=~$fRL!iرN1d:۵
Bbe+4?%055&>1"P	Yق/*w˾_9{6.'wTJ(ñ"g>`dFL	$?LQh{AץPyCcMޛ}!ܝy
̚ȶz^dZI_QJה.`	IŒ!CP\5)pz"+C:66Obr2W1ɐl,5y-h;Ƴ,I0
$(VS8<e"i\Aai5r@rcVdm,ՓSjhkk5ZdC+R7q@S4N͛ӄ\Lά.B!êo؞OtgfϠlx#]BƔMj[1j=+ω#Tׂ@wiПvcrHFZ3Ưqn(,pzJǱ)|:p8=_vY]J? AL1n'_954׍$bՔ/v%VжV_t}xál	85U[rU.jzJЉF.%+r=A~Q #FNLĜ٩b-d	hhޏL(qJ\$sELfcXJ~{4#Jo!vv;HSAef30mDaqs/,(^Ł'vE]ڈyoPEK#dxp"aК1ӖGjjZKVM|flWc]~0V_K!)1E/AymcvQx]Ʒ7F@yIdOʨM+&|jnz};TVj99DJ@MdPmȆ^!;əh֛:FZ:TƮ%^:!ב!!ڝҟԥOWdys7P4a&!VO̎I{cV,_o0I{1Pؠ`"Iy}X5I1ߞ/
қ]׊ʴt,LBv%s5>&,\K^t^hB=%Щ^UoZvȂybSgSSfqV:9QD4LQwVuJ ׀ɥ?Mx}V|+Υ&f>6҉Si/ba ȥ\L/ÐƇ6Ӓ$DӢ)$jw$
K߈Aͩ(ʱp@|e"Q{ +n[p\(2B_,Ĕ_Cl44vtiL/bJf@;CΒiAՂ+̈́2<Q9ʭǞMJ#X	:%n_: ʺ;xdc	WFjT8xш߹ʄh+Bõ!
Gg>~wJr׀x$av΅L.*7]P/DB g(Xdtx̬]lar(?q[Z/VaN6uzc#UYS)jþfڶe^Y!ߢ6Ff͡H%ʰwĉGENP9&R%G$FZޚt0~~(Hοygz{SXv?\3*-FZCbCz)?wS<,u)f@٘M$>ٵ1GsO]2RLQ·̊iRQ*p&o$cNg'ono"՝(JrIn vPU/޵V><)plF~QۺYcCMاd.5F0ε{2c];IQ912'LӤ}5Ƿ9׈)b'I,Aۨ7ɑ1?Κ1:ߣuG([Loc*FYq_O} ҵK|6Irޙ9Ǽ\JEW07r_

n֞ʋojH[w6(aYJ.F6]jtҜ.p|RjhQ#nSS?)G(Dj'ؿMoLCVˈ8/lsWJk8.9ZP[9`ngbC	8жtɘվH31r1У1:?)u/Zjm2;A"k$(h"W&cpCN_NynĮc.j03%ӕS}+Ƅ#%Xx2k-0z/ގ&;vcwNiT+jSqEʠz"GN5zݰ+_jIr)%>j"	Su9N4?+h1Fr%1ϑ<	 .Y4Dk;΅>>68%^b;DC|uVB2Ȯ'[ەZGf޸|w׋)^<u9 Sфr;%PVHd`ׁ%reϔ6[^V)@HJ#q#X/tIr քtEƺ	KeF
=uFrS.T%(vTuу֊.w
%ҵ
2K\] EwPQy ɾJ<ڹzN̘j-ZJ1$VUMZv!B+׉{c߭=Xkv5%
ykS^ՇH7t^3+7h~vvnGxz;YzpG=i9`N޴fZee,CsbHXٮ	E-ӬL=:ґ:#o
2nCo+ћRWÒϖ=%d	م=TO,Y:-ydo{#1{rcU*&E߿:c@T!Ў/4֢^,.ZCVZ$c08le2lHt(tW(ִ=҄jUD79ū)FD9H$apNHN*0'MǙĻ~LF}EכuIHλvŝH?z=BۯQJ޶@ydZH-re4!yJby,2iوvm/KY|ny}wHZʏ<;Dgk@Upfz+VpBS^9֬:[g`[r&:Ȗâ'ܥeM/TK@c[cvk	S-pd}JmWQ!,ZqNFOݬُ"&	q7jVZIe:]l\C0׌x[dmw"ӧ<% UjYt9K	JK7$ѝ1@ͬL(DrT~~ǒSyj%K_{4
y=n44p Ԍˋi2-Bf|82@4OMhѺ~H\%_#HB ʮni~h+́ğ=jkSB`9a$Nfkًœ0YHs]6k4Ћx}oK B"(EG~\M߾BmO_P8:\,ހ"5z\j_?;ȰĀAiJvzbXnbsӞv~ZϒY.o%l#fx̞i0S4߶ipp9V,6n 
A(Z˓͚ͪ'tz*_ë?<Cщvg0DZA[9y4؇kmAUqJ|>gaիS,NxtCnt<nթLeIV~[Ո/XȺ?#lBwL}R9tfذ4Ӵ_mtCefy1cWfeNdsV¬qnƒx/gH9|#sޢtЧ,@T	mTæj- d3QN$BgҮoH~bOV$`y<32"=,<0=:r}XYtwYؙވ<6ʥto*=U-88
b2X7$$<5Ϲ4v^:n
y`ڇø[;mXKCHPO2l~ma$8UZvs9'k$j[Ltan@©G:</
ݼ[5^rNjы9gtwZbt<[9Up0%wˤ̼,V
!~j\ĽϞ϶lD7w;s EGsv\5)kq9Z߅_-6Cސ!3/N|:`?y<E"(٩BF<8ԥiR<3+Ԅ$4fXuQY\od2ShM,RxhڀӺ=tirk;ڵE1bJ߬:GmrcG}iΰ\PcɅhbPi?d@,K-K||sd>2+^b=_%4[:|9eiW*>Mxp;XvCdQAR742`\&Ӂҧx0K\aڤ,ݗNqW!/Aǁ$p9նݍk&52-GPAxJ}tsGXX͠&piyF;VDD-t+fI<c{SL5؃zؑ
_kC݀ i+%lMnhHDs,2*0Љ}.FJq)Wت]`URoܕf,L5(8fߴ5yw3HyKrƌмIO4ez©'\R[c[ IϚ[>@C@~ԻH!bCƸ1uYha)Ǩ΂ϢRp"D)լ_K7XŏBY<e
gU,-/6t5U9j$qVõ`35ԼRng\&bFbPk#k`c020[y
^2~]~a[?hVքY	~AU|DeD1դW\Y4Tb%4sɓ#!]w-_;+$؈)@Ut,uWT$'rĵV9g0qxKxȠ6n+>@N]T%	"'?yqpdՁ%mSp"NK [#԰(+Bo8'i5DbN4Y$,6hTQ<f^9D{7OkZ9
#Ohy&M7ܿH%8#C8)PT!TT"-p/rǢByB_iՎ(>IRN:ďQ|ԍ=[.a`Z˚f٣ٓ{Tx^4$)J:wr1H]NQYm!8`֍txw&Ln}a</<U'	BVt|ͳL~3єZAɟ`4#Nϒ΄=Wr|N6s9\~;fjjч;`QNՎSq/ _}|D (٦v;K\Ư&uȰR/Te!ϕTY8:r8(
MIINuO0t,_Y6OBy:C	B2 4R?|i]1/װ%6`A8yrdFg<ߐ1]ǑxM8,ߩ+8-ݥVGEñdUIsr3˲FEQ^j8+P9"\@I!Vfұr|iC
teeHm0@ "*p":xßAxڏ[*?=|ܻ-VS^1es+MD#;v?
2Ʃ,<YIpYo$	Xװ":]}ULhXgPv׹y[N-{QѪD5ʖWضƙ]AE58m2q~AiirĈ>S~$lMĸǊj,`wH֢bCg}mD~*Jâ~E,2җH[LʚQlϗ%;LB	Dξ@Y7Y7LIGnƓQp$)a<ԨYZ܀lZ&>q=/>n?0|?Cثb
>%F`(ɏȡ޼{qpV<ыUܥŘ>$+ܟBm,hżCRm=V	6D:^ŧA0˿[U-0fjNMյQDud$Kpgtp΃7q3ֈE-ww"ЊN[lR8<q%)c+?"E*[kf#)#'6.W_$ϝc
uqs:Mƣ4&PBeynYbQJE+DoT,L?kB/4AЮՍo-([FihI:;:`jGι7a<Ms׶>,>m!Gg=ͣM9;Nt&4Qiqv Бk>G1K6DHn=3
T	'fGkx2ltF0`'։FQߟj6-'yN'8zWCSAQ"7$}etEs'ӗ%&z:{
-lϠl1FӋ^mY
<֔$o \Ee#1vݑe,ؚwBJ7Ӣ
ĕ3MC;lilVġDAJ״P0	g>Rh*f_Ј;յeð=MPŔc*+'2		?(bvBF;Ȉ"^0Iő" *eԼԊP,6Iڇ'r~U}GD:6%ño+`HbwDڦL]yg#n!yٸ÷OCX.yR-4aVזSQSHpn)K*Ēh43B	ZA
%P~iCDX,@IO
\l8Lِ3ӱToTT [2n>rgDBղɘݵ~4ȸPT}tn"BP ߭|~SnktѶp5*19VC+dfFX*jtOI)=xDG'
Q%кEI~0UѮ &eM~חWH'M$Ó/%+'|z	Ӄ	nkUɴ0=,e=Mu#WR159	1&^VUe8΂"E՝?$E`	tlt̔[ڼK޶a6FKO)z
ּؘ;m/MI'"bf|e׿)]h-6G7~UZ	cHժF\]6~'ߣsNb]eLM()@f71#lƱ}&#/)#/>DzZarO3'DKZFXP@@/GLcJŵ_ƯݚӮ9$*8i+Qۦ26EWs@4lymZ$P(YӒ`Z`gxN[x\t?ٚc>y22fβD>I7$,b,/S-s*ߋW@f'Ȗ_*=0Rc_LETSkK8Bɒ?iԗPsS dGηs]*h@DFGLݻ9 RЦ-6Ǧ:~YÀ~+V'MR0[)iN61*͇<U>#^
	,:\YUx]eq,/k$lTŧٚV*u#KQhMWCSeIoP'Xg+@ee	[zK2|"GMi5h6vot+6lt81UK#ZAhʬ@r*E5ԩr;SP¤$IKoQe0$ӽ˴8!6l/gM/[&1{HА¼ۯeaѩVؐnEqs51H$#zp"uZZߺԥ6Wf#e$Ӈm0<za)+ƨ!nY:WY	U5~טwe~@٣u}>~qMQxKF@6q B
kݵP)δrCa/4kF%7//UWdD3u*B2_ɨ/B
v.glT;N\޾#X΂Τ-)@1#ƶU5jSU<fE՜d+]Ϸ?5 4ƓˑiBzPߣtTAX:aϛ$EK18eYV7r/)cRɣgfht>aU@WџuWMZ+{,ӤYG_1C?tvNW9FVX-K{bCF֘=qКZ@*CRg#]\-@Pa#<3ߓBݷ
BN2yiI*\.A
+@ݍyZ7ƺӳ΅XxɉF}.{֢XGGWx .-ɪT3[fH6E&&Щ4-{?}fЏ-tֈ؜T@˃@C)ϲ<= v3Q@%=Ʋ%ه)0-ح\tfsGR!|ӎcdE,BU	ܯܚECurtl"ǀh:yP5eonB8w4l<ܜfsLU߉rQЪT6[՝y`V~tf!u2."82ZNN/Lպ2
G lܶ>'eyo!<Bܓ.#n)c6]oH='^Û2nUGakvx\5Q!o0lփ4qlяG	&*(RB@LRRR-	BȨ+*q}[meow^FRfܘ~d8B@٥qcncٯTYm5&ɔ¯q2i	ioqe5Sh4Lۘ ͣaFڷ>֥u@~>͠B6&;)JwEs1Xە+M{Z~veWqWz@1xxGƗ*XQxٳ$/t'H<ĺ]5P:ڱnhD`g݁?1==<]b4x_ɕ`Ǧcgwe	^?WPnKM ־|ۑ1omEGeΤ_~ڋ`F~1XtlxXu
+z5"_&I'qr<3جXZ?ӓ^oCAv+t@"7+E{tmLz{'й&65ه?ā@e=lvLgXz|͂,Jd`<aˇ`׀Zfb6(u^)j`5A\&2UM"ީPgHF)o¾lNn=jER҉gî+ϹA 7eŹRF@JđZL)dŞL63_ɟ?;_n C9TPҷ1 K %n<,φ4I
l/J|"߬&p>Z
AxVKahhz2?W@9pbaLmmx<<bs_O&@܄s%j'!bԍӢHޫ̧bdpϯ\2za.<۩9 XڴEio|p/c#^-ʄ̅e~K0TEpvLMXK7bW/ZP~ 	QoͿ_$5YPS`Vu=EәpUӧ}U$ѱmѹՅ~kpn͖Z1?[?ǭ==DtRO
}|ԭbώ
`!˨Rʧtuͻ^)md\&0ݏPO{FJpn[ؤ15JU.Ee|j$j:-p{ձ=!b/l̴J.GQժ*(y۾aV'׭Rme"#]*%ݲe*&FoqwЋͨ8Je
O2[A`$>~0w!]ψXp.0սZ
%$m{D>KV#b1=T$~+Q>HN)QٙPl25uJɰͣMA͢U@^E(QWe/Q
.Ie%3<نK[RʡۖkZpݵyV07Pc)1^[D5YAXPf!*VKC:>`o٪o^V(|˦Ҙďs{u@
9'ثC_jV~4^ј;s	^xq5DĹ<ISż>9P'#\/=°	רrvqXW?:oC%`aX*uQM¤AMq?]ilۓEg{-z*NyKK>	p]X؏ iYvN4AjX^ͪ37Ө%xٽîv9cj2[yutͿzjP7/#ٯ.z{Z+1U
b sĆğarͪ#UNrt5n#Hr^yd.py.6)1o'kP`kZ4qnٙhq=/
AAwĿq^ɰ~vtcr>Ь]#{FB]J,K/YewZЀϸ?xѬ!XHgYNH<֧5~D:ì1	zCAj>)Á(]T{><x.Ҏ!Y":+W̍,DhfjD+TQtEg"G!5zѣTڀ`J5/H&`/|5ô_7_/uJk>V6}YXoj0}ۍy8>F\8Ra?eGϭC.@!(88bySۛbT JvՇ{܍JТXn%)Ș5O h%C*"D܎?c=1*E1]|چ",԰McIãlόTfc$10|J(kEzu tz1g[[&ޝqWs&1Iд&UupMAԾ!y-&?n(^;tMaK_O^s\*ěRg7ӄu6غ.vx[!p.qNtޣ"(q"ԣɽ/I2E+޻&\Y4M>%n_Ǌ7Yudhpx&z;?U1f;&!]k8YذUI$10	)ƅJ~9gg+]2݄:==۫K8wQۖ7:3Ř=phI4
(GSdhDbyneАW8%X~cWt0WV8[(Wau˓t߼[cjf]T4H?a)m(<wyNDַg"m9M+]$)7{b<Lr"ʕ"7B>3bklBنڬjcEfM1^Н	MI Ɓd?i%	<ߪIΦkB%D۩/{^HFxIO}3:gUa|]utǃlɟRJmc-nɦQa!PG`Z6[9ñ%|ivfXمS{f3No1
e
L\R"VpMASt)v_T7c3p6i3nDeRoґ!w!Lr:Tvш(\ap*:#pP.մ8[I'QZW̱ң;;<ߨnSeU5NotĮi[},p&&"Ruugբ҉%}ݓx#1:N8-mQCX'LJdR<?VKޖΪV]l)	2Gas`y߮51?amBqG}9ЯtwSĲ"cjFj;˔0-\La\?3FZZ*(]lJGKP't^ύSV4Ȫ|)ZthXŷU96WX"`[VoX׉Uڽ?RTMsuΥ8״_N,C[i ?auܹ*+k+#zYHȠsN3,WI_\qзE~&r~kzs8&U0bT	
9OD~#?6.#wHTHߊZҎr5EmaC?Y |}o%۷>GET:/QSm<!j"?>pSKl:>n
Ěaz68kk3`AIs1k;'ߛlXbjE&&u;|qUpB%"JT,GPRd
xkoF+4r5pIV!Pqzj|n -r7y915O8!f\ӨiG:FCip`Fߗ2'TjYGOJG+|E՘UϮ,
ar @DRpIaB5,-~ZhY[EZ~wybZ_DC`y?MɎ>ĸ?dk5
U)B]<Py[dZx*ShʢvhMtȨX֢kbcQk_ѫjn*_R&[0N\MdB!S8 UAkD:1jѻd9kژ,կL(qFKl;RS?J0ȣoJRR,!u|YѰ,jǘpEFLpOF-pFii}4>^#Mң1%;Gv%R
enhJYv#h|gVqF>~wí=n:?Z%w'
~Ƃ8n1S?Y8{sOn&(u)ܲ%W	EJN#Rթ5+isoFu͊7]W!Be̱׾ǭgP[M{6?X"69pj[1C~2]] ҌZpwMdMjZCo|K#pM>nS+5c<"rq@.85w_ߢqP{8ٜ0|@	dJT.Ȑ^iϙ]J8"̋%ϣG)T`ǶI9tD#w4
=R/hj]l3̎w''t^aLؤ@d+GרŦDkAeʮL9)/b˨(\#.Au#y>@d2e%,]]3#^s1Nq3j]ʂbfQhk@C`6_+9	jq:JΫf \7!T{ԧ׈|[`9TzĪ*էGT+މ_չɨ}=%&P([,?мPo|"PYxpZ3j7ItD!= ;f#XapZ$F\3kM߰~L=7Hexf7҄j!QL۴{}ޅNO!OW2(&،V$ޫ~ɺ?3	4v;:US1:{.D^T<o=XmgtOI1GJ
2-֞@uj,IDfKl+umZZC>4 ͪQs<xܧ0[/-ēQC»zz4Mث	]/_X6|EN*W)̠%Ĳm)ZwOk	Ϧס]rID׽}>VD^Ϝ1-]ta-B4Aeo=KphZ^k=ݟZ8M&۪Hx؄ET!^Q"d@/{<0Oܿ9jJ2^tp2(с+}p\<mܵ0j%:ObVu)w7/d=pyϲ5mV:9pXU3?>>=yjC(
JSeJUŐ"XPسFRj'/;K7vlYJoPpeQ- 
Mk<NOwRdXۋ+&?EN1sp۳)t̤/[LF8iL2mnIثҟ̨<˞~jeF+^:	/&'UKk*̐Jd԰KnB z>udv sҘOѽI#=:p;gD(=6uz!<2dUڎte[*Dy$43ΈH0M7nއ)=oBlW;_߽bzNFݥI"՜ݜ|	˵½{gEI[Y=HPhik)ZHsĠ~%5S4,OƌlF_	B{_!RDLʛ5Y>jŞ
B_@ykBV=ortW݅3.AdX>Ǫ˭zWkW.zx9{Hܧϩ7db8Q7ΦƉZO63NV[;?G7K`LoO=5&ռ2atfw/I^F$ưLo0\LzE8^lF%wӃsrѐ8fuV^h˘:3H*rA."=i"Ĭ}x-9&!wtZ~k`#eU%Ӛz<K
ϟ#0ԥ F~aKu!qi4dnOvL݌L8xP;BCsô8BkG.¥U-{@B`Ԭh&f]ܣxvmԩ6NM
g +`<B"DɫrUѯՖ{$M}S£,GVqi&eu;CMȿtOEӆt̼߱hRKsAg[A:Xq+%?ٓa>ڛZ?Yōp(U2ʑ]=Q\R*O$NS]@a֪O\ğ٧bԎ-,\P'$68l	kXM}Ypn2O߲!!k"&zޡXarL7$q+Zvk1 VSԊ5/ԕc7oCnځn߼)_ÿǪ
Վd2NEǰlw> ű$m@}{`ǑI:'@ۓU4#q3M?UÐʓ9

[mk?`Pu.G_aiqhHqå`$ȼԠPȠtɃy[˽1/CŹ[qp;Bsň'%XF2˷<{=7~;e==.՘uњK{H^˛)݉;1n-ڳ߷ȅܭ*
$SIHP\ט[RcՓ}8˧>[aa%E=W"-ۣI;Tǐm	ݏt2F?OkT՜HGU"C\z?_ZrT&'BՎ;Ĭy"EsۖϥG4XEEGqhr10s{"h2NwM5<<o0u	m6nPQ5K0Q"rU5auøڝ;4MuG=/֙{A'u7hda?3ѱbUލ%LETPk2e֜AͧHZբdȾ{"$9PvE̾ɒ3RN D<AΎ
g5|qTʢ*]șg=#IR$aN..!vW	4!&\FK:k?{Ο)%ׯ	ULѳ/wty1}E.֐=2?ȴ;HxF~=|YGf9+Do#n	lϦ*Y1dȗӮ3-rc ƚ.v
V] *|	H1jAϠy=[D#û%zso*=mLֵvW%-,F֕c>,9KxȥAtUt|y!w>-fp!κe)U>0U"`m4h'Sfr/,f|}8Gz
>كHSh2cH[3 ѩ00FGfԅLh(vcc(TNz͞SB|@u!h?edCoVJS!Y֠ujix.-^PqsVfUc<#Q)7@qAN-3IW8QVŧξ*Mx6¿i>ƹ6x3ƭO"'t`)ͬ~<Z՗͈ݘ3W($@gUGRSkه
0Imy׏ݟ/UCbǅV bȤ˴e~YzQ=/_;xUI,emTdwxbޘWEAcrTGU $gs]"'OyCu#JtP@X;`UZ޹955mv9QzkQVJCNQXrPr{Sf54[y'`	x46Em/μJճF֫lPn!.ʐ5bQ>NA)zyҜ#cXȚ;ˮhh9ʝ+ݻi\ÖŰ`s*8'` :j'!
84a*pБR-@/C+Ϛr?X"mݜGsk؀BsvJ!Fn?,ˉ[(O>۸7F5;Z*{ź8Vڋ<i,4ƚ[e!؍1BvݾFo.ߠ"`|y?'C{#$mYiԸ~&  ΐ{P?r*ZgC?6#pD"&I2gלMںFP2TA _K$!gPs"4<{dM}b~bօ`6?eF٫Z4Z{0ƞoO?6s,ms9_D2;ߑ#>D[k,|>:b*U֡p~dT,6`N[*>ˆ9MAdWhNܵ<߮=>h&=3Gbcg6C\iq͞u3Rώyer`:+جH֦͞j@C'Zxgd2*O{N3 GRJِ}p#x<cEυRz8I$L0i+¦duէ*xBH&[&"e[QٍgB؜/AY6ֺ/]TpSnAڌcZk8(XѨ:3TyP@jyz .35.=U;+ҀSz2 I
i)Ѻ?
vn9zo[ t 27.#zx	Jm>6`2xĐYɠρz¿ uEwKgy e3!<wU>H4~jA'e	mge1ty?}5Ɛ%	L0ϧ|0Jjgs2>PвEHTy[Ǉį*f_B7k_G*WQݸ H-ϝPĚItЁ\oxOך:T{/6'<+zAnԖ}}V;ΟY' bA?T`spwUǜXmO>ס+ɔG*`wI$'
lCmxxxUCΘ_?Ѕy==aRx{N]5<Qut Q\K&4)zITbOy\+Ҟzԍ'sDOr"i[cƆ4:8k#r*:frKƭAvËX1.sqۂST1zACF{ҮָF:PEmGH.W&Q	Zr'_~!w!(ҕ[_"v%Aʲ
.̸݋""&h<Jl xҀΗʕ<MJٌJY+82$N-odN~-^
j//V2\J4#Jr,1ݩ.A­|y2lX|ǺԚ7:V;`ȥBkDrCžNWBQci>߶>sCՓdcK ֠E͞rNco#qэШ*<j7pVbwL3$|}z߂x<UA}p"̀6M$wؓnzTӠA(#h0mXHb6}]ҵ\O<4W]	\CH51̏2}^w)l)o@Ĭ&f7{D؆[2m4:H0p6˳,vUF5$Զ\J`Ђ؜TJmӞ@UxmizN~pG#+պ'7TMkOB3B+F-AQF.+ гH
űtdFqÛvr=!;ĆQC(I}ƴK["SeK]
ۤdؔeb[ka4Ix#R@\шzhnV%f3BqZCO1uъaͧ|0)da"Q7w2,q
&G0c\WylMֲm۱ĸư&!
i;YE0dI9nՏ]p۬g?ΠKƣ0KD4Ջ~njՕWҴwd	"W^1vc7mhdt	'PU\Tl68r"(//owa~۫tv0fkGe
y!J,{wVw$+YˡY8 ]^_aEнT#.҉2zOb`uY[u8^.
xڊ-^7:`)NߍSYlRrTsc{@ܤ̒b0 G\$ʊxFh;.?wP(xa_ltm>oZ^>61,Ϛx)g4tB)O
MgN>Tv۰+ݺ|WkXZkmP_ӵ~<*lVx,?)TO__~d3P,\p
pvh;
n)ĕeX=.4ĉ$TJvdM<Oe7ޠqcӀR1Dbd|YpFƅm|ưkUV
ZFHm̑QlCh?8b}܀MƆ5u	<HPй,׊K?>"0dhKB~g0%bn}  H<$&ǧ1nXXE(	uY6q%3emB$3mۦ^֠ωiG?|ɲm6ނHfA,(Wp(ΉU2±,Q}}ڽ"|/ g7ۘRzk`UҿJL:YU6ɩMdY%}ǰגR`ݗT+дxɿ}b)q$]A#_dOS+$y{Oȟc5*79wknrwҤvgRsa.3SC(_pZ~S|P{<I_ʘ$dԆ8T©xJQ'y*Rku
͠6$84nzK!הگRPg Y	ҍH4Miist.ڪWѿ^J1[Z<7̩5u,_\p6jNG8]՛HesO׻2ŇO;y٪y{dʶ%}גϕ9۝3.OYp,>`m[XsD4x+O)(>TSxB6֘*yʶǃ%djd9#޳ԱM}qn[0S.F`ٿt6+\!\%:APr,]Ӧ#4"6FG̕RȡΡ߰΁ǖ7	\k^3nNbҙ!2$#݊>Sws@o '@K܈`S5#-	
E$5
E
({(@ F6_{ӻ&ۅ#IiNhG|HP
[y'QAƸ)QVQyȚˉBȣ7p%mT4c%Reƺj9hXփYEGp"5
7M,q!biU@QT &=Ɣ,`kbs`8ZMRk@*r+@?<2r*W%Wn~o|k1F$=BTht~ʱ`@PxtbIw$A0v>`EPk8<T6BRha&0..Tfjѫy>ߜkښ(AL-kjCs(,ޭ\nhAezx<%}a}yE9bf,1hl݃]8m,0?gû#ڏ9Ɖص~lnezVL7+߲q/"Al~|wРgi8ٱzeŉoz2Sqh[gW OK*QLܡ
޹8:"k9$@$ED!s4
3[D-wV[ܗYv2w'økd.!ݪ=N?,rDTØ<̭L{QA4$-Πl/C\OaԌiVU˽r4gZn]!8ؼXJ^7WzwOCFU dZIΏ,зPvQb<xTUv>Kך;(`/Ӌbw),X	)LECgwƧG֩6
Ƅm%Ga1m(BiZ\_@qFCZc@:75Db5ʳC7Ks]d	FܭJA?$ X>faBݸ֓ԔO2dwƞMv	®* t:yL@"W+k:<X!OQd>JnG L9|{Y1xJ@_QݘsH9*YB#e^ữ+olX]O0N."Qd1Bǔa+|*UE	L{ٿN
K}yN;lĉ*:VOL ֩]Hw.bֿЄ\WQFQlB$,|	|gNsCvN`ݎ2
!,`MDE]ptPQʴ1np;K45{uE|!b_M5z"{cnRm&8)q~CoӺP>mZA\%,˙HLlAtY
UNb
e(Mv,(4BY]ÎakHō:.BUdOxu=bvF9mj@MPDԥ/FGp3PׄO
nG)/\4Q̴"bU@ruj&i-z%j=]iB^T	'8ˈ
kV{̽&>=Vp-'4INx8x"r^=	؊Z6DK	?Wǃ[wHT$6br``xf
?յGȤ7MJǸj+T,H$/"ъif<S.w0+'jRA*O	ݔZё'[dŦ5ȲjE5Z;ZX0f5třu6Yڠ3bM'+)"@tĊ>zazԦc!(Cs>҉b*8A9]PhS
xyiհiǂC*Ծ$f5 @*$=D54}$-(91y[|0t@bZ.{VaOu35jG$eܳʾД\)LÙ(cۗۜw!i.DV:uu\=ONeGު/bۣfbdKJ+F{!.y~t%`ѹg E}W65$Y2)s-9ܒusԚ@	ъ?gLZ}ªW{h&^l֩^[YXŢ/y^'ds@̚#Ϻ7 8gҲ6+&ˬ|Ber\_3vЙK&zѭR0j#|Г0(u<޾,sϾ9[_\YwRıW/Qw`4&&XF:ƼLۦ2L|LǕ²S%$N\Ibx2VW>KcVR_frȓןJ+$װGLc*&w
	~;U486K2?`X'h9tXXA۴=C^WG.AjR\]h':S$>L>f7,]Y&	(?g+y˛0+l:%~N'Ip^fQ}6>͈ѪJP&|)EtD|Y\;><Om#R̰(RBHؓw\%.	hjcag*&76(0dRAƸRqvba={ϣ'ct܉(84
[W4,D"L^DڡF.hxݽ8X&eU,N	rOq:Xa?P?ި1G,}[BbA!jY#,! §/t(@P43KB@pXeM<vakϤwˑ۲5޿m@Wؙ5S)pيZP
a`#SAeYW~ԃ?yOB?j/wS]7g1:ژ8Ȟo$ldA9Psz[?Dx3w+Zmղ^ui,WI4r,\J]h]f()Xq+ڭ-Y>ՊT=:j",i9WGw7ɫīu`9eNr9t2%nJbl?P?7;4QM\%x5/o/@y<B5ՃB	{>l i!kzck}Եu4sUQڣǲRGJ=XWM?&{*ueP?`a-Ʀ	 =ޣRpW"ҫH'~2pЧЩoJ{.2Wx"yPE?9Xx5*՞<ҋREÑ{?Be2"$)P}PuI[#u~b_:i8\SHCp=ߕ@H؍![9t}	%kf!XsɊVFc֝;T
@Ci#p&W(MV8Le1+H=һvکֵ̿=Q/Bg~Oi$m׉Dm*щׄYք.͙V%C}
A;ܯJa5cidJ/AuY&SkO iw.+7@i\n s*'Xv970}'ViUV@L3ÆPښrnX70`ÿ x[@}I<͵]/^X7Rp4&]{a[8%wapTv]5?բaWבzx#ozd2H͂dwBEgFCMWRKFkBfADy&HEkf3v4)Hh`^ڰ@&	m]H +OёX6EƯoz/ŅR<O6T6 /2դit:Gš`>MOS,2ě(O8r%#EdE^2c=c)̌?)+X5GGȔZ8NT~2flcKb
)ٵܶ<m;~̔@tŸBǚ*?6<=%_@~=NݨѸ!sk׵8WA]%׆3ˢ;S]~{̓h]tsԈ˦ƍ>6p;ː}ڡY0,Bseq(;h%t1F3u,ǷZ{1z6Χk0KҸ	_7P;.I+q̑xؔXhEPߴES?lR6iZaG=,S)gu?^fV҃p5*vܕ$ D߸41k[Ͼɫ!@y#qFYnQS&~W!Ҭ`}Mf1*=/3b$15OO׽oOcp*@ʶxj"t03y7E.URrG-D	æD	B{̇m2arj2k'vgi=7JrIYrG4}2[>PZĶ#>>:IjḘE2b߰$BE(ϻ]*71-0.ȗ^°!`8>=WGgP~ҟ^$$~|HX`4Q!9)?S{OÙ0E[5onNa~&g$¦.6q!FoWIWN6j'>ύWԊۗO"9ZETǲQ׫WKn b\T9tq	Km>9Cd
͡6h"ŊU=vm47ɀ̨ʶװӗھ׽!ms]l"6X\[#Ծ99?Xrt0@ޙUtԫ?pNָVz1E2	\s[VZތڕʞ\,jŦ|JdLa~#bҀ7ERHȈYVPU)KN^sw4;^!²azE[o?aԉ Ք@r"A8F^\T;~r,)
(˪,SȬ:`nuӌfQWKdGM[A%xլF~]@%mB'WD-F!adk>, 0'chz)\Ϗޔ@{1BH{WUŧEAܒJxՋ=tp_/ƫ(Ir_P\63Pa+ޅ4cv۾/'u2'Eq¢73;\֠Ӹ_	BہݐikV)@شZέZ!иnޞjtBԎ!A`ھ XZO`	s>ƾ$6T"%6s5J'm2(*PѓP9Ulk~\=>՟	PPt˺<)rǿMQqc%2A=`LL2f:pBfݣ!-3ʠrOkѐ^cRӳäg:bm~nW$JSBѓh$A={]j~+b8GAR'^
ۙqJ<nFBؐGlsQQeoPγy AoGj6i(+WR}Sx̷&Q3gVu+ySu,r4
ii;{U`I"I*0LiΘ.OQԘɢk2{HcaP6ͭ&g{˿fXb3rNZBߤ4K`u
>w&'uyϸM{B&)ՔݤNXɷHҠ
Sx(b'4	(p+lב{[K&IOPަ<Lѱ.:ITdߎp~{ԂXF+ܤ2:EOiwQ+ڵKßp|tRIjhPkP$>JdGǃݖ?}>\a@T#Q\F[*XDo;o,`F`^AD,Tv21lUyhlYM3e߹!Ҡ{bIBPn9,ϼ5vmqgf2v%z8~*jAJ<]J-ܕOۍ(̐AgΔux(dȊ SM'=G;z&KA+YgLP̄yE9LhN[ߑ<l5xcCQ=_Ƀs~o^V'EEh&*ٛoqxdndRΆƤ	]շ*3S mj@h@baYEњ<7ɻ+2i+i.KN!HU<S؍2Y},CJQi
'Ԫ-/@r9ë%	-ˇUߩ9D2bIѬx-۾@:-B3Ro7)^w''2vbm1iIG=443l>gNǉ{.}OGK{ͲU1"8/x{7bi3T%ش:pBqpܸZ!>u
ܜ-h. |n7/v~ݻª"C{9ãھjj*pfzMX+!w~0CJ>)bG{}^TEDϮ	ʇz܋c`TNr'8h	VO?*n'Ís°?E(>>}Yh#"Gߘ^>g4hzaOlvO5gџ}oyBaA7ы΁W$eN%	J4(hϼs0M2$4n3-RZLֺ;&$^n~7C0'KaidN+;];*S*]|ƿî(.U}-fWz
mf%$ȼ	u#XĿ,!Ӕ8'B@#C=3ntkОR:8D&1PiʣЦd=U ޕU%Ldf!aäu#RkR8xm4iYp/x\=e
F+s*QMς%l6G~
TY	<֐ol>1jmRpŞUot,Um'n/"/,Fq|`5'FhJf/օqʷu7pcmhlTSҲ|i)0.ιM3?A0SR&]yhY!\pl`?ۓy?2y!dj2	z~gl57Ɣ͗m49]9\=Xތev1_?G"x8sI8,QY#ٮƴMUH@ZW*TuO*ҞaǚR<;ɍVzEuBIəXm,/#2`@j\Iķ]=&>ό:G>ζ[s2MXܕFJФ2nTnSwƃd:5ëצ&wMx0"7ʥ\ԴbO~H\T"aUvl(^
~<JćVL/ٵZ.Xa(˵==ڴ.9+rɲc͜f;pQӹyϚx֎BJnݝHʘHF[ɯm/v2?5Or$E@7ݍA@U,^"*	Al-{+B+!hO:yU[ Vܾ/^j͈TۭǶىv+nɥTX8IHAAă:F}uM:&!ipZT3ܖN&kŰ`vڝ̓>2:K&	߷*TG7Ǣn 6y0vWpmSu6pG$iXԱJ*nu}x҆\IAzVMz|lő$[wŹ3Z\%Łʉǖa=>$VPQѱ$~THt.ĕHoq{f_.)ڙ6Mݴt	[ܫM _܃̈́/x@)<˖V+5_yvthq lk2yͳu+`z9VF$Q!$:?7l:~~(;T	3;tt*_fne}\|-AkRPy1`5>]!)szYm7h|0-5p	&?rg73C"^G%0"j#3ߤ%$^qbMYRBO#J&o$rD^}HX5@c4bw;o<5\`כfЦ]ܑg2pi%Qߊ.E3D5hsߜ̸	u<Ծ/F]u$߰ʺ*H@*e	Ь.\AJOě?kHSjB]zAVdatǅ»ey;unnv2-x+h|>Z8QD}A:\t.ˁ?KǘAM:^<*[ň1%,-ոC<IǢ;Ωdqϓo~?v6&ջ%h̅L&"2Tc>(gqpʹ*sYzΧ#fY['I
G4[)e )1Ȃ:^B5ըӄ?^*|oԅ$ J.|N,qN{¡]@zS%b?f_!@rfHStgc֞{}'@'dh˲ǜ[262Pmz-Ə	#2,D-.z"l~AmYAϑ5o|D^7j(}}3 ZU~]KAtپpBY`Z9-VZÊʏRv́>Rl 	U@do#2xDs@5rb(0]l}{9gp˜PoCPպ>ŧ~ZϢ=>U tݡͤpJ«nXUF'Xn@/aROF^Scؗqog,VW'uYiPT*q4rC*9dF!vhD\\rDgt+ГCPāT@pI4S\VK߳Кmc/Ͽ$mZ2RT3U%Jenϒ9:?L~X۷md)(MQF&jN3(bCcƱJg5&djb#̘UaDVæ(|rlǻ,gՒFݾrcAHCt,6_zpΧmeܧ_ϮNqĦJ(8sO[?ƞC
Nۛ7^"S9~e%1}iFԲn|AMėDPϰ*;oqf5:Axc!6kW{#՜9mQE K'mn#|PH3 ޲GCQջXa5;3~bhaQf	s^/vl#ܶmq5&	H{uֵT?C3vvl<$Dx&*H;jCuhPLhKѰ,,s~gk9O^p+Ck'+}UJ	$*Ns		7LA|gK"oWo#!ѯd]ՆZE2QLLlH HBߋP,Cw_&j"=5<%$i)u1S<tcOHv5$4hU`(tȍWk1arŠ!sJTy@wėFͮDvu>bաDQztpˁɦE	R%u=4"~\&S,aD,AVki&mM[/Hc*
!T=AMeP}bSwkwƦ1;
¨(,Ϣ֑Ǡݰȭ'./?$>Ը$BD]?/e!w1?rȰVV*l"V[%P*f qQ͋:rz)̩Y\l֮͋#aXA:d_zG[֞=1-+a#D(ӰݍVٴL
SB
	J!jˣ".ƌ/#a F.aً8<߄ ȉa?k{Wop8d"+E.H;0OXҔY|s֤Br(+	B*/fZb5wn'XoC
V_lR@SQc!D0}̸ss_PWϝM|V@Fqh8Jjws	Ύ]nA)vK=Od~ތԲLU*[U4#qvcJ\ªb+\-*};|/x'eC3K8-Y[&D	wF}/+Ff`ؒNA~jDgGt[~ʤ3Yb6YWgرΖ(Bar=ܥOD7j)P+ΛԳOS.]@D;2ߠ)vm`]&L{rQLA78wTZ]J9ԭGI۔t+u*_dZ{#ة]`j4Щl_o1Q_و7gɄ(3~a]pY:&[qٌ_U =GA0bd~ TEQrh֝_зum{.Vwɬ=[Kib~VFܥ,DFWC7ȟ;֫)8OфmiՅC>$g[\_ּ&aNGqz8Hػ^MЖش;`d/r3WA.!y8O_fٮڠ̤6ŏS:wwv~zg}ˎ%i>΂Dxu+rs̷ߗ9sL_%% )Y}=Gɺbxf~$o2ylT4!,f(Fa:qqe>ݭ$O+W~u>^,P9sN>~Smg#4!q+pȴY#?őڟ+תsL~џ]=)'6C	|"zgI h7$rڜ)cduv΀>0Cu,!߳ǅYcLȀLj~50ĦS}VJ[r.ŐWRi܊sV=bŇnXڸ|kJ7|6Zl}?gGm?IhEV͔q&U#-c{Jgb)f#W>4Tzu
d$ {lY"\'oށäL>flFڀ^p%M
,wЧַԞaHy,is	&fRZ%3\f0û۬ZӒQJ}NeVgZU81(YX9.)j3Kp-ocÍ+	پ`[7hbЦ#ɨq&!ibף^\kKb$cx˜S4-r3֢Z4#hLOBm?}?2֏]9؍Ȅ!Ghs[Y0c!ɞ0=[MjSǙ%1?M:Ԯ>Ȭn+Z+3NOO.RSug՘}ǝJɕ:qG;7{RRbٹkn?+9g(@
>ض/id}';qTe<LTmLCD۵doă̘y03MEGh`p'FrQqONx%"YAba/GZmЍrv>/ۮ'90bq-}cr܆ڗW6ܰ]s9gǳ[G. IߩL<Ko50NLuzkX`_}j/<<Qؘ
j;.g
X3ƸH !N-ݼQzԜ;;TsD^bk|}Ux83Ndϖ5o:8ej:P͗n'|.}w4xaCHFY4ڧpzU6\X+8ȺǈqMXv&uQTmȟFwѷ!w7
~&K~E(}eMgI|VoyGUOe$0}Fb-;܋4@ڱpEߠ	u:l5	WfB_&KI,ˡv9}ƪH:ϡ@@nU6]Gf¯&?1 ͞K4}gҳ7.r mýol<\]ߣC51814Ο=sAH7˳&qҘ&Ѡ8S"D$nDqߎ]-0@Ft^9MԻ>?pIC/|h"sݓ,QyĩwcsS/̀)vV}=gaĲAۢz;H]idC̡"Ȅ5S+5N0qmlѴ!ŀRj̍mi0H'YUf$ NS¹fJ	^sՇЃӀIU	Ëߜ0JeұN6p~;;@([y\wǉ	(słd{S	ȸ+B>ǚQ%q5;Pd nPGm1a0h;J%ڮaa:To
SВ2JvPN[̢Lݾ՚+_7FE&&޳lo0:՛ݔR-F=],/mJcd-!9s+iՒaűYrYO#tl<N2=<B8Up ";vAլgeٙd8[x	1o/H;smm,L'!kn$H%#zxt/cJ*.a$Nt]Tl0˾k$LF&PMUЊXC nU vfyIR~Wد_KU9j"|̚W[Pp],ghF'R<k 6j@gH1kcIEhRi>
X!ŖaɾBVY ^S	pڹǋTDʋ×Գ,֓!ۜyfXxQ[xӺt?.Tz,Ý+"àD/PYcJ6%Ǽdyn_	NAIgԶ5hWP
il.(D7Єb%Z6>98I6H	|uY8s2ӝQՐV؆Q]{{j]	ɫw"XG}N01BѤoThP^c+eOQMшط3T29f{hs@g[6]©}(v|&ݒ1CT7$9SG)
r_WCi 17G|u@/
˒Ӯ7?͵2w (u-$8aM#ݱ׍Z#B8
ǭsO
X*Ӟ?}_kdֶRtEKN+W/)oES٦	8WF͔sZ%ϕ;8Ki/R4qּ({R	ى4A#D#Xwt7Zj>͍@4|߰]"Ҕ۳KVc`p݈؛6#\ԭ&̸֖G-0lgOqi\=Kw9VEQg#r֖vxkA-޷ގUVpV&BG&,أvNGVЖGs"ڥ]I!24]dnf
T>ϻk[hUYC52=V]6ĕB(T-xn?וa87yM}IFLyi^n	NGP(vRDOq9űTo)8g@ZcFδrݎpV)[P	ACn
wu>]5dC^H.ӧH`W*/Ĩ_ !]WflhEN:_}g>d	pZϩ:j@Ǌhzoj7+l\ |4V`̔>(@wϮ"ђL8W3 ʼ&mkOΞOXT]ϼj
,tLj9<Be c}=U-Ů_"@@Aň_ђћMh%7'
TKmR8Ӭ	r+eѨtD`+ETy-r!6EeܼOƅKi.#wk5ȲMmN87Ap+iBMҵ6
׵
N߶
*+Ԣ1Pɨ]AM&]g̙7+ϓuQ)/An+%v̎l7"׬'eM&}B֍AdN,ҺgfGȴǓ%>;gRi]a]<ShY;دtzTPm`35݅nL	?ޟ=,In9{NplQWZCBP<IX2x^YMG1TdɵƵv	rK`4rT; BUC_0A4ȯFLt-lUԯT1>emT<DW\RnٵM]֎9ׂCVP)_L:cqC@|.QݰXdϽ* 2^2czUҜ*p8C{i#C(6mSǇ;G1ǨG|L҈`yT"l&Ѩ^)p"zF0z my#Fw_UtrX/B[mEH0qҽps57]  m6*;0Mm|8f߬-ε\^ɵ!|lS<}C]ܝ6yT;F1]AcwGT__+ |ر-	.5o[@Vf%(9
<14i`<Fqi#6jJ_g96ۮ"Q$>{:MtSD/gܗ|~ڹ3jVuI
$?w)0CJi?p2Q/ұΐ|WÛ[L]̪ŧuoD*j|jU1fUZt~:EsJ{\+Bs۔[=<O-}i:YMiC?ְe#yA[@rU|s]`#Ksµ8W$|-'\G'̐aˠrz$xK9X_i(9n߹w%//B#Jǃ)=F?E,}<Īk$Vg:ݸ}f,L77"̧>3I9fў*ΞM'̣!,ѣFFq'mL^֢G,F8^KCW"o{.3j=[Eݷ1'>ZǴ'ϩ̌AK˚@(G&)sE^ZO
	m;^1-N\?+et>0JH	Y,ӣLU+LqZZ!uhlOraʒz9C'5Tatpzsr4 #¿	TYǩLxh˩DXћ>tfYSq!lYߩ
S8DwhJa؅ˇ"Yӈ*b{`3Н/(oνzi'M~gަXE-EۛRmoPͤF,7%0ѵY(5ww)dyݺ@(7Ϗ4jnP ŷqYi(	?B#4n<sx^]+x1DoyY`ݻʿ('U!eD0?HGsߠ7DU0UGfu=޹xػCvnS/=Y	o(*q3Ѣ¾6t6qk{ZmqOhu;pFhaV/[Tv(ΐlDFszЍږ2	oӚۆַrћHIc"Hߥ<
|}jn,JPTo67pdEoSyש6JĚ7Ue^Yiy@ZՒں)&3ޗ-ז_H_kQ:YRj'&hye	^@HFc<M GÆ+9l`,Dmғ^C/$
ƯMl1; [WC;f5G@KK9lֺ5k2lzG~d#>IB+j$kau9HƄ& Z֥[١r'vHՖF"{|1yx6ٗ414>s8LeQ)07՜*rf˫
T{i
VwL(|sumn,,Tz6+!9K2տ@˽Ut59zg٦#uf҂=3	fMzk]q}Meڇ\,ߗ*;'RD'.ܵШ6z|Ǖ4ɛKx`8ؘT6IO#1	F~vR\zë>߱arU8*o}I;0Π9ne_FĜ$YRh,Du668ˀ#ryBs3(jjZ@?g`@X"+RXt@RH<IXR~}vR&u)U3\ƄLJ)ИJ*~fwȡ;Y	܊d!u*2`گs;ޟӉۘ6y7_2s~?c^*Bh/RQ?CH5?Ƚ/C9!H)/bں~v&&E5[Y4y+IJ]3
vAnM,/P?v+=N]rʴ-r~JvS0#oZPHJ:J"O,Q>-4x,. V*%q߮5>KnW:^:mf[;;W950(ڹi
ng+nR>D~߳n˜7R+n,TB&v%Wb5h;t;e2FhVR#bf;Fv}~ }oh|ܔMƁp,	ՉOӨ҈JqK4ʀ]&I DZ,R\Ă"")l{HS`ZיA}ѷ.^_Նˍ0rܱ=&:KxtA%{MFa:+F(0TelܼBaSt>Q
pʢƎ[xؾ3aR[l4<kj߱LIf fΊ

@v[żgSY+ls0q#&Rs]^F|KƉS Ψ|_?I.ǰJawbJ/{(+"I1'KLwu<P	F\uTi|I,*R#W7b߉x5L["VOEyjRL{`=79m#:ĹJjX!z9TRXJS27"ŮBe]~
*8bԾ $B|E8dˈfeȯH|M%TVb]tz[$D/WK&XF=0v8ZON߹V<lЗT1ȞHgآLƍoj9gs,`>@iky[ݕRgIo"u[	rMqV^I_Eo/5h@q6bNBC`$zAEu%Of6FhD˥}!*(./δas*'Mҋ28><TeubKT7|6ǄE>cת[=\yRH\Z$мWH+L8+>Pp,[#z9.J54xߋ3;W%}ЂRWn5fȶI*)KT@οyNS_Gi8ـd&KmZ_g&lÉ-@!r{<Nv|cY9pP
ӛ0
z$'Aūɷ6fZ;\jS+	d(ёeuW99{"Ol)kgp{o2܄N$΂:>e*ǰ:q՗|<S1Ф?clC=m
.sn^>882RC[	1/!}7U:_X\)FI|cbgܨBpQ%Cηr̡*)͒tō(`%<BQ"n#RHg( X̌3̵kyY~[jsEVˉL7}Վec6«ͧeZn$N4jՐΘҧ)gxjrRψP7&h8aO>%k<}Ikp2,Yt~ףc:Pc|W^:fS_	hֈJa*%6rJv9'=9aU"94pٝ\ȁ@{)Ym9#.-4|-v`B"z0`s%1`sJw_G̒:gˏXT	Ƣ5rP~^/VSֲ"$mFб8ǝy1X.]Fr{*E*=<G4K,4VaU^Y}ˤ5C`ɸ?rDr&VX3q@vxu55]ݴk_.e{?
X;!ҿEO9YɛLũX>=cD`Jv.Tӂ"RN)&Ge!3`9}M<<sTɉ%EGl4д	a9ԯܕ6ЦCw]Fo\Z}Д;ItW/5/36'atjHB2o>ufM^QJd%K"&QuRTs1.ߢߋGj<° nB$u@wα	{?lP5V?vD%S7qy՟s`'`YY,AJ2 tͭ<DDg.BVa3ߝ()+N,xllԀ)oC3NЎǞ߹$HȨ82:3xd$C=EO@b&B}90I}v(ALoϧq
8dR&R&G'37JHЈJ#}Cͫjۿ~EVЋtY{gqр~U[qYpBC7{o"2AÏ$	\)kzRF޽ș
#ʏWƕB	ˌPS@oLfv.4@b/*YZڭ}X2VA?ǎؾ')Ն=VZ) ~OΓ7ߧZ٦y-j`F/UP߂H|YBUnoE_)Ru8m,|50Bs><oF	s}i~̠d_FeDN{ڣ	0I<ވ#sVJ<΍%!c-0Nƥ2jws0eKS`ۭ	|f~d*ډ55!Pd91͜,ˀcխ=[~ɼćdz~) ;L$D>uml9D[ZʏѶ5Jʓgk֏s]<ˉpϑg
V?OY_^uG6?`{_33#ұAV8Dql~ױC4˃eiQ+@D#Ӛ:9]}nEqM%.2^ƴ iN2ڨcG;qƻ,CK.h3%p?^۝*.ȒA4a~`pktZJxAL!ٸs[m6
>B;KľlP4r	MҍZk6	 {Chp[QRä )AOj:JA.a߇˥c=34m'e'bЮ@۱82/ke'q@;;v=f$óa!8g*ם~־/UZm9bceғl{ŝj='qEԗÄ6ZŻwf-''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24554)))
