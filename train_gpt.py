import brotli
n=a=0;b=1
for c in r'''8]KvF05Gq̹D8
%-[z.3iu(ؽO)IVމ#ÎB	n
mÀ̑ܿ0IdnD@ŅI:dLk4'T:پ;ŭɨ7n1AN0H<)n7ٮS*Kv0tD ɶL&o`j	ż>=mx,8JIȊKrYvJG{<w-ݠtaB!.I"P.0fdcE8NcGݷa	e:w=mnTu]n"pɮ!et.L pЌ}*ז9
9>dqc. ֽ*$fӠ!o=YP,>iy`bxr'=ϼ6ǿ߽X-Byd(!޳FfqlĚo.f:XTkUpׄtAo#QI8*HȮ?d^jb|LX΅UiVECy4}Ա?}0Zs3>*NtΜM`&Ʒb,хZGF`Td{԰1Nۏ΋KpD
'[$-K~0ݱD~'^ ,-{ mo5?okN,CErܫӫFiaiP|\8S%ԍp\Rb*/޽%a@LCi$23l$ϷȎF.l*Cjت{6lGYRDIvMФ͕'9wQC~Kڠ+%xǷ,{;rlknozZȓM&<8hc	?ۉ 10x>Ʌ8eKϲAFͱ\?oS+w@pI1ެls
3e:VI~
hܚ2Op#c-ZL^RA42ѕgݬ$pWVhɋWɣ֖E!PMmx~C8Ţ;XD5zߒ5։h$(*0M>w,҅Dُc@EQs&/;Qaf|Lv5hD=Sכ.ϰ*,ka(Ed{1 Uw?ocb#
F^/4ZlǬ(5z#۳ñ3+n?sS5pR[]̧%x) V];kJ]+KПɍCY48!ſM^efr?a.lͩE|#p~q1JG;Ap`ţKҚԄpɼp|}PG6zS]D48P\՚P~sD*Gڜ0c|$cV@PU%hX{a*\lA\)fiޖT?Xgo։~a	=lSPL^YԴ.?lIp;Nj&,xػ"HKwHjcڬѶe7[nϸ*iDX8AS'׻ۯ&htŮ|ΧŒ~'6/pdȻVt:;>PyJŁ6C1Ww`NEP[:[[Bҧ=yJ\sЧ(9ǎou3!SֺY@'э_φM"}>=:zGh]E#HfG,C)ͼ; uJRM(wj(a`A"pDOP[ݪfj[q%l:/Fϭuӡ.)د0ؖxDф '!"dk) V25L{{tZ~xw{plӁdoP*1,2$qd0Xj0ؙ\<ǑcÁocu30*˙`F,%߃fƕhqpAx~DxT~rk-WC.:S@k01ЖSkIZz9*;^{B/%mHA؏+Y@Kݍѿh؊BD.k|$oÇ;$ե!Ũg~vN$oBk#LBقޏ%4bӄn/5&Pe28X%hMM&!,.ܥcmu8עāOѐ}ϜMPAOzbW u/3sQ3@7"t!	OQ(æqӱU͂$0kP@1cXh

pSuT+`YRqΈ%DlPAͶ|FL¥ڠEC` 9r@oR[%$"֤(xb3.~MQ8)@% @y.W^}8Aß5>mzґPBHϖٸ-ўViKB >p̈́YljO(,ET+0rO9I1ӿֹ0ZgWeV"sd\=QG@;/=V6כڻL[-dECG'ҴBbŬ<I#W8KqmՊ
Á&.Iߏ	\u#Q_oԻ¨B6!2ύFsqHއ¨Fv7:H¾Ͷˍ1#/Xh
ӘyWU=ވ}y"InjWÑI ROvNLu
35kV^Ԙ4I<a'=ƳAڝD@CUE/la3q,ݢ4I9bc=B$E[G~ϸaUp3 )aTa0R740o=ɚ$\v48~yj+Gt+ٳ*|=1'^7e/@ODpVc dq`ܱNJgqn-a^e:,ǽ3ԴKmeC$	bWDXzo}VjMdw\>V}(׳?N\=W>wPz:ٖj4&l]Ͱm@2{2І%8Ĭ>dw#܉޸ҫ˒ƣj!r@"O%iC}~xo5.IDB3Q:+˄ŪoEYQEt<dwotZmc(Z5W1عOD@Y<,0yL^`ϲd@G$v^mvn_9S_m
ŻuØ>FWǨiS͂\wDGÒ<sÐpyiLc.\Kw?zq=XX.4O0sރJFZG9سU.<ܖ(4=7*@ӽ&@O7ocZ=(dZ5RȈLŢH}s="=j;9R}N)Yvх}[	ޤ^-1׵e\/PJj"K!:xԖ[4d! T_a;;)kUЍ*HPAqlYÕ	8Gwvl?/X/(5whMyőƹ 5Df S'ˢYɃ܃ܭXڲٌtqMlRrm+!kҙaSA	p@|HVwea%~{~DbEA>ϤYNIOP֝Iqz48pi<Ú'֧]v0?Ya;R2РXGl܅3niI vL0PH{!_NaOF1%9̦"Z6s,Ki?)WIdC."0pEymVI0x.h~١`A{+y˾_P=dk̓}ÁDq;F	+ϓd.ϧ!-،CR%ǽgl!!l\$Мbi1_
dI4կЂmy.B	8{}IQqц~eܢxfBC*:Xũ=@Miiygpщ/rz
a{`OmqGט?!j/%,Ƞ([[G87W:ɛr&R#>]"ָk V2oot0f{1Mm4GR~"ؤ4.,+urzkyUݫH$Z͞	@[?\\)ApkU%~/{kY(p FwNQQˌ9ݩ~nSifl&FsWӇhu 1CLq!ZiAsxaCDWǏ&1z-~H]P$"@{.j\`Od\J21YhN+-VZXu6\u\߻FS/֙,mUŐ3T9vV]#04,>\wBYEERk^,L$`xFTes5;MxH]&7hBM.04#<\0bÖEVQx֠IpL r
?}$
dH!|tS
@˾E؉&ISuӇ
)7_Z_dVnp®eoSmf^Ym
؁Tr@ҫҫ)IN3-U`H,ӇD$P6_̖}jΔ	Oۍję(hs[p^LA!E	aʑK')q+!Z76Ju5	Ǧ"}Q#=#>%*{.|J¦m?>n}=Q?,ɽ{..+6z$ݘ_2gk9) 2j˚:TBI']ždoc5%FVZ5^(ʌ0Gnq^{gB3)wڳ4^h۹XջUxQCڎ^;fҜJA':Ui~7uúlr+.l%Ñ?EQIVN}͇݆ԉ	ti3!Bl-1"*ۏ9x$_8V.GڕйH84#ϫ7ѳR<Q6q)JairFO}7;s>FM fz0ۛȦw:1iƺ.MA<1MښTsr8#Ola,I&ѓ
Πz4lUƈz`;4o60TgТTzWgTe'B(6ͳV5s+uT8߅DGٞ9j"ӟwcC-s:,GFݵl'A\ўg4%*[TgQc̬~v}&xlGjc<Xկ,Ch2ܡؓ1Zekk]]""j7ƠJ([*AITii{j5W}}eXٓ4̐;DewŨT ·48N(VV{@*ۅs.à/d[A$m/i<ПbD͈19O>xcQm:Dc#և5,h{ŏ/dd^n}A4-v]6`URdc3Y4+Fb׫RG?7.	΃CСc,'J"KFlZxd0+;RXX`7ΫIͫXm*;_ZNS#޳M3g	^w6
kIkBvlC:@+BL,YƶӿD@eoRbۿ}/8oИ1\'ՙjxKFeϕZdY'q1'J@]F@Lt
׶(?/>e=>hi:Hݰ/]NSMr>Qވo+QP/Uh\v_ڽ`"4zUZS	sڋI`51-R:/݋_Mx|mKѴʆҁK_ÅZzp!6OiO32BY)>#po\vK0rv QB)am1_v׬#2s[6MŗlxM6@pΈ)1߮?]Nֺr15dPOsy*p7]-p˵U;<o˥WhvIM2ͳ^`̎]Ϋ)=ɲj2f9ܲ}A{{-7œȶ6Rigqv&ڟ
e
϶=**Zę;ŝN*Ü0^30X
#,inFxRsSL!P7+MMvA}&B:iR;-fak2ggo7LJ}};dHz,WUƇ5yVܟۭ6]H?}j}(U\Zky|ї|ʗGй-K=݈"\Ce@)519wPS?H_2?'`dd´ї͕Ɋ^?g&jp~jNHtROݔl&(p}ktگ;`v0Z+@^|fVWH+YS]C.Ѥ1ݠ_?ɇUɄ1YY"Ԫq#hиɎ߬?0SȟcFA4 ҙy٢6sn˗shk)hDFDu,%''@;1X^oݔfIÏ|zP([3th|#Ձ4`ʇT9G_c?!Et3CkilA.51	)1޿/<ܢR_"gA5p?bHƖKadfZ$,ژy-PˋR1	dCPGvGΧF!E@URG42#۴HU~֑ZF#"!//Jǳ¬r0&7+¶UoO%*|A+h~Idf<yj	E(S#aޒ]d9T!@kKJqbE{r.Rf_ߠ2F*l5݁v/wEfĐ+ґU'Ѷ~b62~0RQ{G:.qmϤNG\)QZrltt͑yHI2ԎJɋл2αD.ǼL0M9ʣ.aD&(ι.OIE/1ٵ0;Cqz۾*nB;_ɸv@;DL]߄%F=»fs MӕQF7}N>yYQQа Ĕ#lωh~%
$VȢ\h`&5r̛'ȼ
֤|+Cq8d_nQxzgLB`)ԉw`ʡg07vך5\Z(E)aEVKLܲZW[ntMP. SX&T׷@f[FnVɃSa/	"'0bZVd%1Yrp\Xk__rVVNۊ=,@3n;SH]c
{<+X_+Pv&,,[CDH
>ݺ)&<:0J}sB);pefT*ު٧4jokLQH j1l7H^%j̉u}vk)vg+r(\5!YȒXwKQpxYP+?S_qM܌%`
s=Y9`-xdݗF<QVA߈ej%moHov3	UcH>*gI1Ak;ZvxOR0Y!=+g-?3j~e%Y5qia`ږr5	Zbp?~%`ߤ@++BfAMht4*ƱSz:$Ҿ܅'?0:P9FC\ÿ\G.kY߅n+ /+hv1CW6˦:˚-ģ&@xW-/UpeG!Iy^ŢgʎF]tZ#MK2jR;	ܔ2SJ"yQ+Tܕ(c#>^fw".	
\#eaXS-~xwRP\R4¸9ӡT#eYI*	/i1{^*@B46PA{mxmtxH'[$9N$̘p0_҉)ƣSTWݧbW)5^s
ل(fRjm_UN˶dY۲6w(YG&rJ=lq݁F*֙45.9KdG)<߆VOĊC|/]DĈRp3Ն1kxǘӖwgir:|uxm	׾qEmyE2{jhoJ*t%)GUȦՀh|́õ.|qEM%;F	/ڰpb[fN")(W&ބ&TZ]F6(B@M%L.mHWB(?ۏOsbmAڟӲ;ys	ԭ!1#@/{Ev|TG5U$R%ݙL|V.}y'6[R4&A7ǩ~|Xm40Î+ZYLw[ڄ[~gJHN#TG_q `R_)}Roq
6!X>? wmD\o>E=}NN@-	%|w7(Aڨ	d`6е:\J@eXZBXT7/(ʻ_(ӇGוNxN;TG#*T۬^Ƣ	,<"tȆ}Scd8ڋAPüh.UΡISϧIA-d5vVΧ4YOy"^Qz7tn';R{DщߨJDx+}ȟiG,KZ,Щl:^#\tAQ̕z-֕Hf4-q^]Q+ΐ-FDHC
HSs5@bJx(	|,3Hyï\˰ha).Ed])s!|҉R0*o_VK<zٻ+ -X-6a: /an!GԔ36Ӑ1^8hɊoPH;n{׀ЎRn!S1`Cpmy)æ|պg:rl(ŕ5މB ?ɸpRangX̝4/ҰۗA><Z[ǻa!{z;?@?ИEmدʉJAvOjk?%ȰΨ7aERZhm)ع)hDİ)cE#U"`$X˲]`F~lòlA?erх=>*0"ȄϠk՛2CA{ZX-*?(?Q`2ܼ{A80tÆG!ؓagpn>^&eZGAP&	EFxpSYMZ"VqLJ:rP}q6?`7X$<[Qmv($5Z1̀D!6-pp{ׁ߆.VnȪ4DFJGvQ,'	FL/RauE5M7	OϘeƫS34w#%h\hQogDD9UYGAf݀ZηM4$m}=3XqHbsQŢ9ä	h&}]txҋٶ0ikM,R'\&ЀuIob'β/LNA
d_a#Tr_s5N-[C/tnӸ(
s~TO,"ԕ#*9Hl,tōڴ{QkHvJ8N^Bڡi,8P~{ȈwZ"^
88Єl2\	gm$ŲͥT<A"fɶѯW0#>v}?$eHARU/܊Б_ݻM+ʵʶ,[	M%k9¡|##
A(Λ{9GAƚXӴUȃJb,WGHP\9ZOG_՛qmWkjZ{l9v
_ۊVȷYtyoE+_IPUxtˑGt~JĹ^d8Ʋ!Մc~{VwldhUDΓ	jk.LdC-ʚ\d_	j'ƞI$?ƍ9)c'(\Ǵ1f#K D+:|RgE4jѧ7soQs]ޡRZxCw6'A72ܝv
M݀ϕZ֤eb6Tֽ}T!y??	^"\?BF^_5Aջss5~CZ&<#P|%Gũ'ɽ!/ƒRfAK`%U}K<f^{FQyњ3<^qۧO;gsT(EVE[\;BrRC-[%6MQ0xcv}sy.CIS4Ip`Drծ+{oMÓKdN`m<=C%6_6]֕

.2Sb=UbT(hjZXas!yJ:ǌ':jNVXE_BJZP&{
VQjCԐɶ"9siW	*މ2tXIS F@xiqm6ŔZRk[~DHXcȊ!-A7z61-#VŽSV"qޤgjnC=[gp(%%n	$`)ahuYv ܅Zhm,r<I`t,P$8!X-:<|d)FQŎzy+sϾvۓoN5LۢvU`V̆Uc0p*8L}D@!Iptͷ?1ٻŲ^tQLW&FyUZ!]wr@	c
ĔyƳuiBhk^~-g	X5d43
P)Q(\4X;_:F"ծ 3Ŋݹx3Å+\Fנc'JaZp$xbF7</s~N,NCXg.¿"}k/|]7rfw?#vF:gȄtzC$5q5aȸKOؘzB}CȦ:+oKqڡҸg"b¾փHf˝A:O7yjnV$W{)ͿLw}۟oYw19O_,EhsgŸel ҙFo|lpPNϭ{E
~;D߉~̖̆z4j +/N"^Cmͣ
BMj7"jc׷Gܺo̱]OؘX?tf%5uA2kykj	g!oxЪ&"."'(&m3oz(Ln[ l:*dl(O@1d؆%zv/[R+rN~M{ZO, TX3.ܬ\=y3rdf:>(JXdzJ?}t*aץ¦_\bF
6x59xόx9a;6 ̂RHY#J\l[=+ӎzܙ>ȃ}P3V1}!j\KِO 'vBuV#
4բ6
h6'6p^Ft^e	FwOەc|FQ5.d*g̒g6`ӛNb[Dx	^Ȫ/PZkH>X'XtFRRk=
ʼLD
U$wA% C։	;kgC֧ks$eLL(;r~!cއGވݒMhЁړVSJTKXܖienYt!L̲ђ9Z=oV>`w%I$~EbV"خ9HQ&1#I\ݙgU}ґyA'dbX хTOkx޽kdȎ/͵xA.w2[ՂaXS0/3~DU"<y	Tz_b~8iEG<ߣ،ҬAFyhkޝ)oh5?	I}pȍQ]j=ZCleyzC6sQbGEBra9p8jlPfLȴmȔHI$ŷݟ;P#[wa3՛On"A^-jJqtJ_@(GI7c
A.̟וs.BO*ȶ-L# ۵-$Ձ>P5-Ѿ0ʵ+G!?]ɧ#BzԹ/z#LP5`ŷGȉޕͬf
!robh?JdSnƠ	[o7бҊ(a^ H]NÐC\ŶN:X[M!zՆψw~mjҥ0MP;¸j;67LToߕƟbS!dlK<͟~IDˌ3X:`X6̬Fת/]2.8̂*tc6)kȏT`3=T,E`RuSd$	1VO'0J~1:1r߹Ml5'\xRD֫k˟ɘݼC;҄{P;^j3%ـI$az`xѰ͢({&}oC+\5FE|$(KUڤ^77yrWkBDKy׎,Ì+K6mGڜDqͳ8zZ32hȲryf-PsğI#Hzi		n^d0+'	+^]/1`:BI +'z#Te:b`Hik)D1ph?V̥ҌԎSLQرk!HH~/ٝQҎS9#4t>_oeڦ%¾aCٷic|\L588TBwİXD6-+խܸ]ʊ|UX}S4ѳ Gp:g.SiE9Wiu\TU+~I].RxoFJڥ)d*x+Z!p
)pϏŐ݆ksiy-׸L|.r	zAHuBhǅ'HReMO[zn|GǦԇ&sZCOٻ$u{ 5j4˛oaj׌
VOIr!<ѧձt}tIpjg;O4<6xׅWpRDڿJOM)nWϙ2eKߪ%s3iz>Nn]|@)	*0c
zeT0Jʕ)!FIrYc&={Bqh]+ˋ:Cpx-JˍEZ\k*XhG#|Cp^ץ5di'ao]Ҁ	1N*id___E6ƾUX/IH,Xį(SwI2T?ɜ*vM7=1'lўOXc2f.CM(-IϷQ~h7GW[B
+Y1x{-7TEk"ނn!$[Ucj#c(Qx|V*;uxqjJdtb.SD۽>ѷg{RwRg*J\lekžrI77Bzd9lو.VlWU$HU	ٔ}Y.(ʜ<ՒS}Ycry
ܸ-Ԁn,?OTnĿc/'<k2ҝƩ6cG;zd!pz=(&I^TASWU*A&Xɒz5f^96oPCO6k58Y9""Cjh@f(wO>:s|%w;/}SdR&ݠnr@
ŭԦ!|	Q{Ty0~,Xl&Ł\Dj=J֦BBf2(aX*[}ٺÐ]2^K)̅3V:DD>T֢;kd;^k{k!}dUN#qUD9cI-ڄk*q.rƹ#8MAF{%8ϠQŦ#]jɲ>hӏѠʢ@М&1BD4T{R<OBJɑxy}G
NJAjsJP@<6ۉ/AS03`'#LN24ߏDvoM
ȋhULCpЌ	ǫ	\BФ{(NBcg@Ȫ#8]v˽Av̷>;Sμ UC%V>	M1/%NOɴݘFݏs̪Q!CA6~479֭?ƌG@wM6ƫfŁcoЛ̤-Mt)35zqqXhzt;̜̌3Jh>}f1PD~c\RoϜ}0Ŋǿygw@7a09p*ʣSɰl>W\h~.hsH+#*0PݮQ+t@60Uw[pOH+ G$Ȩ{;i7"kaT#Eфѭ['gzld0c:Gyz/#t&xAɔsc`eYs);^	%ܯaX;]ƣzդY*%հѡQ
p(HIQؕ!3qCYQ<KGA^>lBko׵$;ah:c(L
egΙݶ6^TyZJeTL,fը<ѿUt8ͤ?
qi֠;^ɊW6`np3ܸs}<\@a;BݞɚJl˦N@9ӛ:J~<*Y]k6z])?4+}:HE(-7J
:zY:6G2s"{_d:	ڃPmx
,]`S\ ͵:j{][u(Jn/9$+H9s7_Q|.>&8CKuWBWs a(]?X)zC{cD10reg(oҎڦVp+ \ ٗ9çSif^ʢȚچ6ADNcځHRCV2n=oU^f?IǪR<}qش=b6;ǽ޾K:ЂD	N[v*o^sVjAIӴ ^?֑-<:a͝I$ /ʊ+^.=ʧ[O"X:cyOݫ̫܉$ٍwhkKx6+v%`͕c@iǏ}3%*Hk#Z%7H<~&&f'#WUҖYoƨ/iQ[/fUʤܐ|U1(3e&g]kæy'<EѼϑ~i-wTnOq.9*w)k<$TYz
[=XVdGW,
qSL|ǨX3i->5ʍ+Q,%.k܅7akO͊!/:k:I#im9Pt[_
}zGsUg}[+ă-+3Ηf~	4`c'BVG]fBpRVb/i\ctf!bAwbϔ>=J2<=͘trT2#>dNUfMEؙG>M}B%cm[$ۧtHt\:6e/@Ùf-Z/ĂxDcn8bBfkGt*LhJ'QؼkS"a_\7&1Iï*cعLFW7f$kCgLOd5Q~%TdHPf|5êJw~dytϤ3zGVGe^@Xٚ]i4x{ny0aN'Hn~+a(6jyi%B׶YT`x3{".͜cC
ۢU8Xe=J)VYAert$~>*9ܘ0Q;.i^iWC]ƪC';7hDmN+04cJԪRvMK}ܲA(C=T
cS;4fk4bBQK{.t۩ZxI4? UVQM"	8t`C->i!bp,P݇Z׽4fv/f_Q}HYG3[o/& ;W0spd4K{i[Mv.-Da C+k#HTGn!	?s2h~j_kt%GDu&%kʚW2n3[E(PBab!()
'!io>ō
@ڔQFPm-|he|Y3vem޹CgO+Eܗi)=hvEc
F'nWbSjӃi)7aeL9!PLW(^?5]?`9Tp.`5)N&	PK7N9$"vߟՎTO,\!ܝ=Oӭ8u;O0ϕG}ܥmZO|f@^x>ivQ
טؖ<l"l^lK\VGۚĶНL5([5܊RC\M͆kзq=B2G>ĵ#*F1ɳ:UW`WB׵&aߘ	hKnCѶ<S|x@i@* dH#vA6o1&sR=byQU.2FdE&lȘRg:
_P:˲)}`:NWZ,wPDr,k3Q0[*e?2Ċh#Çdh>0V8&Х)67JR }V%/ӢsgC$R@$VW*&]x,g^!/IL`=Vu|d4r`Oܣ*jdеM7u8܎d=\-38a}s[H_3mǄF/_n:,Є2\R|Bxr,ahs:ϓ],PV̶R	Eԙڪ>B%m0ܶ8w\[OX}̉MۧLcT382<idLT}uYП>myܯe^Z_>	ޭӎΠ˷\XܮTu,34?<H%U7 a1`M]}Ӓ'g%=wLOQMW|ĳF!jd°d@wF*s6gѮ2|.ju+MȂE:7;`ab^(?&o.о\Ag>SA;#эd09k0]RgO?rXx+9ۄTae@&!*{_weǫ? ŧ@޷ںM+II:ӨsG_:ae%_0GyMosξUD-?tɳ,!<R]i	sQHԈ.hCܠ0<8{C+I~OB wrS٦@=!!yh*0,G&-c3^aWՖ+߃"cQX[aH2"EETk1 Oi%]0'SGvTRךJ}VrqOEik(~چc#^SH=A)Vm܋ʬd+·CKԚ5%Sp=<]^ݣ\WLeѩ0Ǩn Xdƀ.u
^ߘqvϧmd'3yL6;)[On]Q**v~6t$F-̹RƪxQs=%fsVQC/9IUputt>=]q`p.|"z </[7
GqW xׁ9\R'%(
||&ھKfh٫i.ͶS24^GK
;&l'%
	yGp5ȴZ#5F|+I:ٖΎ?	r.I|$7t-
֨tIa=HUoHfdj=S83nfV_aFM^,]z*)ڷnتT@G7/Yh4Eܦ3DKv|'ݓ99_}m)	ƿ8,1;5c~$i6u:G)VOGkOݐVT]z8@S9*dW)/ecȞL=&ҏSH
b7d0O§]D}F?,ueԞXYR{VX2!>P3+T#N))2HȠُ0o4@*awa
w-XQYDЈNSRvTuCΈyI[/c83Ƕ@[]ӳʤM>)nLEneז\u!AƤұ֦(xB:U6Ngƹԋ7LƑjێè@Qw͸y?އ
3;-r\ՖAr֌2ۘi߯&xj%t7F#%u'Z9~"SIy$%`tUup/x.n)_|hj73I8[gqxW.O1{C#\_y@J[6HVߜBI(͋1D+$v*)4^|5*=l(A8ܕi٩vS4V78lǹ(=҂1ρJ)+[xCn~Q.usՊܡ^Kζd}ct_jBvܼ&ˉo5ۣwlH~אND9N	s1X% _ȉIJ7j׸$ޗ4wUP-y-BYBs< wE3W
iaΞ/Ƭ؋|Ce]!1
D gۺ,Lo%nm"FtEt'&ןNf6̓^NHJps.B}{1GLkf,'^nue-Bg*Ra˪bQp[6}JtϘ1yoGrL ώQNwRP?=td`hLzNp__#ɐ;jla%Mrm..
o7<
͛HcVkd%=K^C7g*}wXc݈^h{v?Ͷ6: ~%'<[7s[}٪̥2߅SGoYm`uljq>Uټ)%tWUدL\[b)/*~jvEGm)xw-v2vnjƇnа34G?g;ǅ{ٵ=:&ed8$;5q4[yJt!%#
mT3fŜݸV+b:RڀҴdvB[=s8v١*h2.(u@ӃYN]6a,ߊǂQml{ظ=S8+N-g	ԦfGVk=Ly3
@p3RVJ*`j7W=W~J}|Zp%$>ڄ6xd4#{.+sHYS3a~x+v$=M9@r	TK&,
dW])$8j>=_ېK
g
T}bHťv
_̶dhҲYIn;41Ԏ`tE<LOE,՛ʴE^FV.cvceM][j%TxJZmĒ/:܉8?<GW	*	vUVfKH&5r":AXϐfӆߖ:T9md1c!Hc֥P"j-PW>v~џDx%˴׈Nѷ)tޤ-7T^3Lc79
FۣXw_F^C+aSPj$4QԈ~8
s;~Nz$DnN)ـK&VJQ$??M*1b$&X?i+ABx&Q@lF!!NuDs݊NkR]xeƅ07V5ѹ ;
GTU'KPSSGg7"(OΈ>KueA"$#\AC{T!4ju|$K5_||<ha4`H=~$Ehl8'62F m!kbR&oխER׆3w͋H%2npp,wOjRЍ1
W"T$Srz9Wb~cFgSD^@ 7
CPZ@@;MDՓ׻όTTwiN;z7)sÖz08v"9YthVM,Vq` "J`f^ˤzѺSAշfj'DĹZЏw ~/2vX%2ni>Ґaj%EtVك|SmzG,4{%1Q
kY$צ߾g.ڠNo;~p@mn̩_4RsIaŷ-&*wuN&6k8**ƂeWZDK{<i;yؘu/)Ί˨=6?nYLB#KM_lу7o*?~?yQX~<O7M ?[)qTj-ɏIzXn@Ԏx<{͍вFbb׺;sCzF[@*2'HW
N&dj̱q6^ILn*k%W|./n,iuN9̀~p6ԾUҹ³&?ӫ۷UwAIg)Vݹ7BtCd-ξ2A[jv2M8INtcQO/P@ Fl9\ݤ?3^wզ]"M0[}"h+<TYEk=uܱ;>'"HX"Z1Xn$;UMCZک'V:APv[Ʌ0'YHcڷB~"c>zܞ&6ja]~4}9܃imDxf܆+SE\3e&(5XFzNtT	 :=vMzR*\3w6OLIxMTL.gs04@yZT>~v@XЀ[9sX^#hdt`9$.%fS33$̍\LqmzP7R ļ:5~ȥ{v1"Q غ~|fRlvҌT<!f)p!5WLB
j{Pt0}6e;?;) ?S@۾SҰ1Z;X56Dy>e?N(=4/)|T-z]UqVҙ Ǽy|jhFN/FSЄ|&Ԅ"8$;3[?eq8,M(CvƛU'SsWZ!x}`M}"iZdo59`c:"svċ3MC<qO):*vJ(>&ί+[8}V|{yG3δAʎDe/!=ÎmU}%b9^.ď,r#y]*Sֳ*-[2
|4PjkKETb@Ʉ@ԓHwچ݅o1EߋJa6;e!8z1sڴ^j5*Qgβ!^D0lv%6o@{cDf+>HD}~g@0N|M7:۲SYλ'"Q*v>b,_1D,V{d%
{_2KA9+BTKaOh#pieΗu״<@4t{7wa+sԒ =I~d|ðʋ7ܽrttɍ[r	Y{s[*j0$svufRCY>.Ee?\|%q
R!KoJ&IbRHl>ـDupO}HãT׌5[r:\hW$^kǚ]=/+Ygo̏Q6ڇ"RS°89̫SV\EдA{8ۚI;v$ε016qܻ0X3-ٸ+3\+'>n8*oz0G8=Z|LPʐb4Ɍrӽm775};!dߧZ7AQ')rMYx8b6-ɭŶ{:x
׮:îe)SLJ">ِ>k0ةՎdLgY~=tIѮ?mnT8^F =%w;JǊhr̡'o,f\HLʧa۰L*8fɰޮ	FzPì?jSh*QBO(igǕ.ق&m7j3KYZf3t-43}Y`߃`.rx>Ew-Gh*ݽz`xrk%X8ό$Ӥoe\#}na,иU³K?ůwȉ`]fO?/Pp4޴A{YNĊFo!;v['d=Ի20PQ{d)αBvi\&sɤHو-kx*PObџ%4X`z	<y7dڐ-U
dNbo<evxn>a4ʸ&8BH<s;}pg"tz&lFi
i|:g$_!y0f?ӂ#xD3"!rJ2`hR<r,p<Nd)%*kU¨Qʅ-~/4:1/+^ΦZxܱV;`s{oҝ454a?|e,5Jsƃȧ_nvg}תxLV8Pׄ^9ߏ["Im(//Zء(R9ț98SL.I+I]$ؼEQ0N6K+[R4θn+?=Q6Ϙ2¯a)iɛhĭ}
Md?x!1ɄDk+Xd%H?iD633A՚ϡFSTr.hp|euϗBDQp׬ˎ=gU{J+0;ٰg՛ILQ$ܥϓFN3X߄'F[N)+ƪƧD	<n|Z,ZW44\8xbsf6aHvǢ3
ǌٹ>sxl&@؊_}a13&UbQ9Qu'Űrũۧأk4xے`|͊Y}$)H=NbjÖ#9@}Ȼ<%N|)H'3i͇Z%Ј,ƼpZI͠BH,yPE:ʹ)umys"ǗK0kH<1;ήB~ܮQLoܖOKT۱=#zGk@Kz[Z(B0ؐ2`CXwKͤR'6ޏx"A)"39cϙQLXUKWɟ?Yheuz;C\p)o(]}̅PrgkJTp;vdb(Nc2I̍e{͔'T܍)mzl`x'Hbݿ)ByecG0ǃ433ΘԙH~xQa*ίqÒ"zܢqzߝ%W˯eNޮ/My-Sa
$R-Zz37ڤϓ#܂?{,x\_Ufբh׮acC3E]GQNŹQkh@x'_;Ng,v׈Tݛŝį3cEa(6LMS͸VvN&ށfb3۶R	gTUr
Nx#|O8]8ٶ!w̞(<-oW]ci̑bt,!ApdL{Q"}G,uW#ەJ?±%>.>ht:4Yp
8"-^ađaM\+*[G}^I'HSr{]cIrDk֬.:RS1r׻D)T*s([6CͷN'uۧ߮MReBܼI!zOjMLeQ_jl8HA=Zű1H5+_5B*]z*FPEo?UvJ"nGP?`ؘāV4CTRjTk"R.q~mopW?X/SlڧOƈ+x,5e_vl7fmYZO2ev^R29Swg@4.lC)"GǸ)2ګWdc){,<( ^yo=G`ly\gAm%NjD^g0y/а=W-~qc?v0X.փ6b<$
`2{:kx"`ږg+v}ɍ G],*5KŴ*O׆mnfԢӭͭǏ%ci$NR	+|_pL>#_lDǸ_ҽߌ}TmjΡrV38<'̀_yY64h
8>\@dd(V#;1G4sfKmc	Ұ$Ja,3I,oa͸ȥ	{t$vϟ{EUOд؂	agjz185/̪֧Eq*=.V0`I]FnyĴ"Nҳק(V{*<P `~`\S'_a	ŅVcu7ܯp
NeI'Ѧ`ѶfcO~iq_[gǬK CO:y5&SÊnBذUнEDVxnNXK̍[f4qAT;Ou׳)mÂ#A׈BZeZЇ9pS2ڏoUҾ	;Æ޳jҸ
3ܵ>՟ӯݦ"I
/U8=!9ѨpUb0AohAѐRŰ_g)"O(BEߩo
uq0ޅjJf1BLEí*ܼ%Ŕ|oC!Ş:gۨ<!c,rM @e3R"Iζ6`TRQn'9lieIqm7OeCjp&Ԗy`~ӆy7'[I>}þrčF>DZj85<N/")خҽAm
ת;I	:ՇTJ1n2&8y=$~D̥)G;!av*&zLߌ
^ˠw+U22{ֱU >]Cå܌nJ'nO׽ETi+؅g_xgOH;؇Ǫ5҉DCsZ4&	х)%IL'./PsSӧK['dp<Rʱ:+{1FLL;TImwCCaJيEfR!L,)ΟD϶HYeGND:~)2H5[y"

ۡF6Gұ.	cԜj>6c[¯E u)¢Sjjetͱkr>}'^}1ۊyЖ}LUpJƲ (h}XS@ԾY^ÌBx"B|_,Lٲ\{޴ÀT|xn[GH	܈~HP^WŊtFSaa9CcǱ̾5әOK-|,ƾbI@aZvwG͇2׮8%ĩ8ğչ9PL٘JV޲AIKR%UyVUǗ/Ӿ̃ۺO%K|0pN!Pg(-UEm;zl.ufzAN:Ѩ-fԻn3MN3`*LyRPcpڋ5$ww]	[pwM|=&4q2UT}`>!֪AW2`	\Lrxίgصg'lPߌsƯzZm7Pm5!éQĊ^Oͅwȡx<$}hyMH]ĎQ	4߃W3n~eh[P1oOKdmU|/ܜyxoht%<C0a[s<܏Pu0̐"tUZ*ݫe7R[S58,Q:#:	L]J
V.%pTsţA> eO}8j>Tl:zũȸJ_~Q_&'`ep[8i28ևhr#n>5+ZA&8̌*ٶ# سJv	$"8[}%T΄B$CS/UwZHbg-'"Ccքȇ#ԡG*==qtp_b(} |Js#6E\6̯ݎOƳG=|O<zjɦ1lM0?:Mp DnOX|A`4fپWIʪWy_2pGo0U+\bi\SCKïO(@ʘh\۪W(X~û\5	)vWѕ]&PHwh7F"\Am;Woٞ6% yw1Qҫٙ+ƣcw
(Ha{6y^*&7ıX0`eU\R-k.&K	5L2+*ɯiأĸ?wy6҅;)5uYgL^_'zճ&3EGx!(ԩ	*5MqNߢ9ehq0C"~zݚTIMD;M7AФ˃'vC,7"V*4H)h~,ʳ%ܫ[hkHwNC/i"HÄZ`.}`xwѻ~)g*::suCہ;7hjD2А+@4>,D]68֓|Fl0=
d&Ie<>-7}f=2M}5nBNӽ8TsZV	8'ӧwYeѲû#py41ҦC<IEݪSȟ`׃3^s(06(m H^S'n5XdɡV2*΅v/?;k[6ƵE%pΓ1݂Fnɹ?lb+nq-Hb54̲vE#)u.@ī&j<_7&m?=\JgKi<OC}R(N>cwr?cJ~XLr;.C,ڕ"٤Ĩ.~}qPάve
1MrqhK_؋4bm^h<6CҳR!;aCǬs	ȉnU]?LdXtoc5PlʐJ)@v5ͤc0μדK4_оccX+L}޶XAui%|Xܣe5Ȩ_<OO|0g]R-6[3@ܵB:yMT
}D,ןg"4:rɸ[}=#Fl[,OƄ&NhQCq'yggC#W؁s&/$u٬hGI00Nit8?--It[L!,;4ǏZNիn{0پž|TX,jN^^MB(e4(uTҚ9Ӿ*~|{˃4ǣĉүN$֩[[b6czۈքhF|VH;ǬtIN+8۷[@]N4@w̅xÜ>nTx(˯!L EWOD\6UX.SKiK^;oLC5I:ETZ<͆jiY{C!¥Jr"Ʉu~|Kžȿ	ك˱MvóKV6'~9x٤;o*D"'D8	Qyr&ܭ
ϫƒ"+iԵs Ah6eZ}BuXP&Ww'skPat'1G[yЖ"yן5gֳ!&)?C(Uozkl")]??ټ)(][ԕzB*KOLszFHyIfdG@@LRF+v!WCֿ5|aϢh2YWGgJAu?&O_xӔ>ʠϸ+^m7ˇ6T	K*ҢܒW*ajGEKAJwPKEHXئ'Eiyl´cuۥω083,9ҘIHmby͹٣#ZzU:{.5ݛ(%`Fm;6h2sh>߯G,]{=MF8o7K5@Bjz،CvneE^/ʜG]r]+ӾA͐KFpjσ-U-@d??uIU?:y$>5Np-ݛenYm;TtUƴ}\Un7),we:ۮ|5Țûj_sڲ&Wʗt4g[ÉKn(&j^U5yT4Konar`3c	,V'^>j.w\BQaF[ΚSP= ќ]b&̗^R3eEc1VjU*Y&1ޜtGh99tV'Jbɭ>77'|AE;Y	vmۀrtӎxoN('jKR߅gŖ:N<h#?]h٣vG5=ze4uEss[]LU4MlpDMփTGji>I1gI"A(nO|8[i2F	P-M̈́\{3 ɾ;mǫĹxK˞H%ˡ/@](lj9D(ڏ)t+ۅK7YUb׋TR'zl%v.|r:klF?6eJj~H$ŢB{!	əhXlY>ddάaD.}m}/pDՆUnBEqAFIlk&s]fn$(4(;E).ɣ%Y-sE@z>T%ޞ~-sue\fTtvr8)L3Y{fy.Ҍic!YC]<gw)xYz/X2F_c"Uk-1)0վKܧ+|UMRk&Ӏ`(Z$=N.$nu@Gr~dd.4R_ZAS2Ȇ=CADBP+i٪y3	82)۔4#SkR%S}PJNpsmABlDSTs :ARaEEgŀ]Jr5,IղXuGزY^;'g&HhոJʒzF`RsM/lSǫunWU<̭Y@'+Crǧd{P,k0|zڦr0_Yx*.zfʷ,:9ОzS56Ґ\1Am&XN9safTuMr҉i%/CEW'+֛vrni39¤PZoD̝mp*8TEב"+qw7c7bN
.9ć{]\WyT+7hh4'lYUL9óWZ΂)OTb0`T	_<M5Qs(L/DBߓKcAFɚ6m2`܃ċ9¢"q@-POyzI.ƥNGenlsş`rb"2dċ?RđpՓe1'WT^?]q0̈́Fe}<<<*aYSM)Dަ;1N|*JjQnO̳}=L^bɔ	Ԭz$?Tyi-X7ȁ(t(%bj'r+ۈb7Ӏs|$r(~hC(xF8F"d0_'ou?-SܑC% Vh%Ѯa1&ڽ0*^XF+?i(M *ZEhv»|T۴wD.&A,Յ}'rȉrfPdfOmT4/ǏjM*kXHër2yvֻ<)	~VEm2/p?-s!X&(ղH$`ֿɚ6?2J.ԛM7kzCoLaɋ5Qu2tdhğFgh˅r1,)0=KG7;b'~.8۬4t{Ņ^ʉo3t#]Z$?	>KV<
c{ws>jt+s3k]6s Ԛ*˟KTU>*wuEcO-u@I#Tbl0ذxu-^9UO{%+Rk2HX2b~_еDǘ2*3%ؔ%`ռ8עTq"˶]_
aάSjˢ-F=J	=EӜqwϜ.
H L1â&<ud9
')hL8F}cF**+"nƦ֟GΤڊ%ԣv3H_63ѳYB(3c&h+f+ghD % )g$ѣZ3d֭З!bp!2Ϡ^XK&~>YLHj,˕`rvDHcGOՅew@<0d2iF?0z0-A
b\^Ī9Hv<BIճEފ3قCwCIٰ{7=R>bm9O+nXzD4vjYש~Y!.--SHqϽv{__JT֔.}>ö;wblA?d'ooãJ0wΨ:81W_~vHÚe4<'*Z!jcؿ;zBW>[βDmI:V
[g[;,>	@d0gʢ	}/lZl?]x7@8z K:Mf6<؎DfYGT/|)ɵ8ɹNKfokE:(WhhC>ss(<^~	R.cciAnʌdjZqi5s+YyD`i8E9I}J@bBGz`Tf:sI98nIݹ9K$Q"5gA3|~9K/G]8%'.qݿc66ڰ b/IU2}9*!YfqĲFn&51Ԇ+G]"{A7
T?0T;ىU9Mا?sLi
+=2	k>3m}T
"3%!CsS@sKǁ	(;κ߆n,&:͑{t$e3aɝ|3MHH}A2Ձ.O#e\u>ey0zAUb̝Ǟl3rvX޽}%!vQ//^^s_hE9/Bvɡ&ZEM?$κE*Fun.\ȏSϔ!2s5%y{gtЅi*n9l=<FӃmhS٤RhG&߫6+rĊxac.':D/"PF[W/A;alO$+rlA~%j9)d}"~q0)}wjߪ2!5ѤܪBXg<+נ#ۉDr1m\"ڔ@ΰGJB:ɾ\WƙA+ff!;JǍkhb`f(K9/t۠Νư6WJB9=!}fb`TpB`@ϗ
S+.G_~{r$Ӄa,<5MK9}eZtėԃCXѷFzڞ͎LLܴB&-R54(Mҋ[UǷ)cݶ9u^~(0F/&ÛE']%.^x]]yAUP#O(bӒyrcXUn۵}}-HuxpJ׼ygg[yçru#-
+HG]`llJ2BBAWE߽˒tJBͦi5=%T`tԜ	]q;fw-k˩J*N!Z4˒qe"{I$NN&ݕlR1Sl?o٣M|tDðmD¿ Y>܅9EXr]KZ#=~CUOvBЗj`(Y*IRDiFLԅ/&U`]Xª;obDcurzyHRyO'QC:|:g}rK
)r{ġBSv"LV(f<!˴a,ǌ40+]Åhׄ2YQp[n/"?TrqQڞj="
Aybf;VǈY}q2tܪ	۔Gʤ&Gӌ{;4I
V4Ɯ?/wռt=ӞrB`"}Øl~ւS͑zMńFIM$nHhe^r_0utDΎs>h)X%Q̓l[s-JE .w9baG1mAz/U<1#ӕǢB*ݔ[J](.)xe4l@{{t%ݐ%	JK?c%H}O$u7Pn&Ԟ`rfD1Tа~agaC(̫J2Z2)g)oǋ3?	4g7ڤD47=`2;og?)*Z9!LhOѺ?Ma-.(-N`x+evLFT.Sʅ{pө9!Ue5@CS_1U|%}cq[SO:#h4(Si2TҺa˙nT$a7Ƴȧ;5U}0ٮнY	mH#>MseCF#9ΖlehgǇ#KLEĴ&7.e͆,~iOJUS
*{Z.IaYݽl߮ʍs[sa+I3@wT>H7d]v<̎A32%V%"ʈ~d}vk'@z ߣ~PїU:IxK<ò+ʆ)K4j8Ė^"ʟ2g	M#JLڊۑn2ezkP.Á0NhD5|[ѲÜ(4n	޵7.ų|Qx̀m%S݇U	7o0MvlSSF0`QSR? ft@	NId)]œ߭ڭXޛo^ΩMl7GeЕhwYְu**g^PTCזЕ/|Ñrwk\NXDM3Gqaigѡ݅C4d" xҭWlI7$\=8{úl3ڧ
!v2[֦sw%qˣRǡԽ(S{RRK=͜>!`Ύ2/{#N)6M)vɚnAe{ц.fӦ.W~>ʸp?2ِ=oՖ*gjH/6""ӏ7{<~	hjM?8WѠMEҟXGkRNRFnR^^B2"ei5̽0iQ';}&mJ_r([b'OƸY:t4fنYRoJĘٜ{j>-ñAhvA$yzSE҈OEh"5Aoe#{93)j?q|	}/;V!i2ϐ2`O!Fn1C";ÿ@5\ĕXZ;SՕ2ֻU`wp܂%'\>l<Rt>9iiE7]Է<[+soXӱ~G&JD\*{vu7ڵiT$ڵD%YBr1N9Nb'ϦU$<s*&7&>͗IaCa&0ɵa1eӴ[!$ۛnx߅yaqi&^LD-vg@$Rz̜?'ɝ}
[EZ~Fѣ.w<8X;1J#6s3<JKEM,!Q]@}/$'xIФցƣk8-
'BZ{Vʜnuu*M߻/̽ˇDU]=}Fcn8oJQ))X1`!՘'3s;̦1'Θ؁%)YVaVKA9<\+n\i˝̅o(=f05+e
~SڠʝٮOythUJL:ȠA\Ӌ;2yҒ=wHכ\D2ΝXXAmͨOFg?%[=l8QQkR(a(8nm,apŭ\\GWm;ɕa_js\{[?Y4lK hQ0o!Y3բǨ΃zڜ΂=uj7l73WQE#17yyГ:tl"8m4ԖcǬg3Qr^OiKGЅ 7_Z΋[#K/ջ8J-Vd%q Iۈsx?<fyXCVUK//i>zo0aMK
\m<2ǐ/5>u{n"jCy^m+3,e?K|)ԍgC@sl3Uώ\#mO-*@`yxtFd8Ug\01"?B\6#^Ԓk8Ch/L*ΟH,f\Km0Ճ2Uot\z҂͚zmџx؍ǰN/[HѺP/$G٫?RCUrJ̸a@onYשRwL4LfeI=@63ȒKPzȾEt;H)h_0bK]ҒX@&v>j
:BTj9ċG|c>HuRYd.H+?qqد$р.ϧ7Bۚ0	:0'F`n%Tێ˰̫m\"ȧ\6z;2jN8McL_&IPfd~$̆r*ҽމz9`a#7s.zpJ>Ȗ<~͘^ ;]\# עNߨ1*[/E~9}lĊaj\0yqF7]ljbz͖uU1¿W6$aCx׻hVTߵ	EX9\G'k.~UO6Dn)%BF2U)X@[- RsJPg%Ir%BǮcUϯFپG'\c7!liW֫RwȞ4*i"ѤnvP9s-yn*D2}ũd89
d1"2&Y)(&KP"֒ac-k':Þ-eGb1.6r4ۭmñq}b=XH&Pٽ/.d )Qz)ߏ$\|&dDy38kVpߗOhįڿ6Q4B1߽+Z]2˦T(ǵl`cyHf,ivʕsKCϬ[xy
HŁd0A*ȁ߰r݃,[(TXw`7d|^]b-^3P_Z-$P4kh}bΙ`ՒPٶF[#'`K$PЕΡzb	1Y=Nǣ<X}ЂHɌp(b<x	iYOaMF%~sUhdԆWK'!ҾՓ)-yF;"KIPyGٰ*]I3@e|~O3Z"a_Bk= yk7׹HYAٷMĹTzDѽ1_Xɓ)!ţ0N&Xo߻8ɊI;zUϙtԼ~//\Fh0;#˾	cɯ.1H S(;ˌ[[;,3OyYV3l}I70xRa΅=:5ɣ^[zFQ(iwYnG_0ì?>R'5ơ{<ٯ(;7ŕגx<5VԴ:FXc!Jq I!w/IHްÌRƴυ)">ϱ4Cūy{*
&`MBte"ծmnlCA23pˊv)!7rN +ݚ֘ѻFBps'5$I.ئ5Vfc2MFH@|ShUJ9p>e=(oz[{y	,FFyEń]!"Wq;A/byC\	yO]4?,Iz_zx7
B"÷Ř,T+cdGQ*ֶ c3
РSwejcޏhVD2ڐӆK7e҂;AQa,ǈ٠ةg>5s"ΕۯsZ(TlJLCPf.
-zvg{_jG/vT>#n~)D0J=Abv}ۤ;-B;mLGe	y8ɪ8Dp#R+~1yƦ/9ǕcB3֯yKCZFt,k\v*1PO]6ao"LR/]HHw!ZVVZrنψHQ[}gf([d-#zG	74r)+#x$JoD
ƗP/uXx!u׻$Q'Ӹy?v4,B"bKufʱzǶĎ$vN Buɀ3.)5ށqGI/++(}B	j)DpzWg*e{۝&i5aOZ\"όƝC#I$XspD)4C>:q^PBcY`)GK'ˡۻX*SeS[ƽhbE
yyPZ'z*' N<`Eho@A<Jց1Buqw؝
ML3+ud+jf[71
	]T})-U(tzEy=y~*o;k/L*Ե>TI~}-f>jT_z`Gf 7/Е}/ g]o:`t<t\nia5^ː<'Pg%|lU5\9n"A(yI$AsԍȻן[^*qJnXosY(&8	~WJ|?kl"Ea_˸p՞tm!һ]xd*HծƦA1>8sL҆m#[C;6܄t&ڕyQgB}$GըUEE.D<En2/4@^͎k{jW'V)v';Fam/Vˠ	)vؚRA<j/6s!6<)(ׄoIf>z=|'-R̲%(qt.-aHW#.Wvׇ;׹ԐSٙ2d5#q=:AцWabΎW:
f#͘N23
i1-\muOd4ox~S/?֕aڲ2IθՈԎ-Ĭ7[zSݚ\]0H\(H.gnØ1jSz6ZxB _ڵ҇ZasUA3q[9I/Lq8\JQIyt~2KB1վnvImΟqO'Չ˻i"ȿ_ѤQަ#j9r<@]A.ig6-|[mvt;@;Ĵ͊MXOPpߕVQE2ѳ@aˁR'zͱX/9O.*RR^[oΩjO/`!KF#[5ߡpܼ4Ps&]G\-ÙFƝ!1AԂFOnELB	zAi,8NyVF^`Vymua)	(l|cڷ\ i@ѿ	50ײ}PUWBҿsKt)޼LL3]mUEI_^,
	K!Ү>ˆݰJ,:YmM	¦5y<,ЛnK{cغ;ctt̗5Jćò`WBBXKagO}۝X	_	=o{|yN]KyTtO1ppϥgqNXKncu\@2'3.Whsdz#ә^;^-fl+HvTPcRȊq&S7svBƝrM>kJk=[߷I)yЈ'%hݡJ2$a]cuġͧq?׾x)FZaIJ&vj5
c\t17fk@Xy-bJyqI1HbbXkt0>͸ZJԂ8|TtX
>c'pl"RO-HA $v^HyRSb):CWeL?=`.Џs}UTԥ7Օaq8&39<bΛ66JÇb͡ĢO#rvq'ư-9K_J@v`0U,m-C;9:x2Ba1zbV^A{Sn׽lW=G܉!ϋ,ߙ<a;!^=|qhGE4ldq,rufO1\Z&BXFgyP6vT(_ė?G[IӁk"D:s4Zx9Ĝi|~RQǜ9HRX;"\EX1^+*
ο7sCLł;I:[(;4 IZkKoȲӟ:$)iA8oR?0Яs=GB־=У&_ޟ\Ԣm'hO
K[L-уRU*w)^1#_#t8LKRI88OU,WL%0it-=|W*=&#5Jw։Ρ4U)tJ+Ӝ-١&6 El(܎K?DF}۰:{`vY˼<I֭$=3PSdj@\ՓXtL, :&1~o\Z"YOMkkbqt.mj-ڪSY8Xf4\:kll}V|'~-B[0)M#P%aM6 NxxەJq$P>
ell1e)V3,tܰgrr#&ƀ˧
v3L>$l\4c?4z])Osƨǩ_Y|Mz"˛I׷]֓:vX2\@m*Ǵ sG:tԪ/o9Jb3vU@q]ӊ? @;Ƽ1#f&LG:!@װtN,oU.p1'4ו0wq[czTkWXѕA7ޯ˯SZ2M&IlΒȬ֯baJmE'>ĹIdEz(|"F3EՕ{m!фt%0лɾ,=ơǐ,.Crn</#VxU,Q:|4Zo
PvsJfEK>o԰[dz*a>J'P
Cܵ'1@Ӷ?^+!){SKHRUKtK(ߺMCXS:9ts}7ղª.
0,Jmh!"v$ ~6v>&f؏uhKJnvϥ(Þ@íipiOK/vN˽;ǼǟT!x`!zn;[|9J:*@Ӂ.!XSFJgfaƍh	QzSuԭحAl;+-rԆ?AH~F4nN	g7xiV&G@!*)=!nmA+=d<X>ll<%Ak'\t
9p/=ϔ(b0mhՄN"tǦ<k*k4WbA/3REQyz~8Sc2ĈK0zg΢E ͓rSüyt}W/#ȂHڐQ7RɴmfXg,}|έr5YB+I	;iNzO3^'664t8?mY?xp[sg!:,,hV\:%CRw+ɯ*w2`!:ߤ:
uukc5ǳ9T<æZCƗaVxn`E8">M 	eLjkAө7:DNqTN[g'-m=X~
7ݑ`:^a+PբCRg0ٚc+n{E.xCYwѭq/[yM|/4&,˒u'pz^0^y]STCLRZrªI1w:c\?oVQV9IR`EL'QSrm;SA5i![53$_
^U^ӗ#'6ϯ|ܳgQ*ǂ"lf9}ի(RRJ2?30ó3tc`iicBt^қ}>Q{U8V
#f}ѹZE{υYUGc8*{Yj*mivTGc}%a` 2M
(I1AD*^5ҏ#liMGg>ٱڲqd[@~IHX3TE}.ʭq+,c6Y3c^1D"ҖUCNuyc+]7zR'}o>1	!'`r*/Th[Ќڨ҉e-{2@aFXax`0[U6Dd@VF-yx!>:{;*Y3 +kl6-`hlVC%"}1H&vʓr8i&͢ćbIN~~!טzvfIg!ɡccxfu|بa:P֭߁_ȿg+Le9/:ؐf[AtT;H~WT$@њ/J^͊ͫszhzKxֲd79VQRULd=;.f	{<TŶ׽:~;36Q	${-mQhv+SeG4ܫC,-DB^zh%hq(.<	.ji`%ߎ#g8w!q֖)CʧCzCL)ȤU%d&T)62>`oeE4,E%5GVuK99"
;ϬVj2oB!5`9hԖ :0~ &ڭ]ן׶|ٸmXRC<C)
&mlKp'}}и#mGI^uNq,cjt//,:8?}9Z$P]^FBVþ_}yT^B|m>hq:5>(jNHдA6oBNu"q]ʤ7B@{@ͦ"o2'ֵ'e-xmlJ}ZߦlbɫoPoMg\i3G5U{C.uVÙ߇AM&k\QvOmzݘE	v߄@Џ0/]@j_}G<6/ނ||	֋7-bltuS:,zYyǏx]AHψceuʗN3a6Ȫk#7Cם
rsbpFнR(&pZhz+1HՄ:sPI9#Rt:o=4~hw؎G؏bzް*ܤYp@`Iz[<+GXb)q/OnFkcI$Ú5ª&6P̞7@
ʇSVƞ~9~EZَL_ɫ]sێ;>eފ)yg
UΒ_YB̜US=.yeKؽm߹@?Ə۸b*@"r5ZNI OeA2N?/L<W60˾fDq >pCKPʒԷN;C}>dG #8ÐgRt(,)zˡ)EQY7OqAxe!&\-i}T.iKAq"b)"A<}j[C*Q\K>Ώ%	Ц.HrN!HϾM[ˌәQۢ"qxq|@?{=pނH>c$?ܬwGb)ZAƪyJ9
~v12dגCDN\Dګǋ)ڃmˀ$H5fG-WqҶ|ɺhe:%/Bt|ż9Zbҫ n1$5ЀgهaYbJ	X.2e3`ѳv2;|#xbB+Us+%<@3r;\1N7~AҚJQPZGclյ٣ƾɿ\wJȊڑ2QЀ>3{NCJitlF"PQ&`ssR}7T0^ZKO7Q	@Ɩ wlSuU)6=þgۊnŁ&" o.FW\DWnvOQѪBmT7UqΩJ}k;WىnIbɱ-KrIBڬİV(-
;yH<%bWxAHţQ,)Ӝ̒x5:<~uԣ!k%C /i03ĽН*jbh_{EW'!*?(Or̪J}BpJӛϪ7dċo/`4?u/]TԳ#T*XG399I޷5-->pnBbМ~O0kڗ)W/5dѪqK-/8/ )`qkv''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24939)))
