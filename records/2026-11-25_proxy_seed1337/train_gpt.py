import brotli
n=a=0;b=1
for c in r'''eCՀ%=qR#:E)8;ypf4a#(;`x(ў,T Hb43\Bqr-`)C&Jk2>;`bv6ךc2J|X؃&6\u'h.Ec;fݜjpJ/PR Wr62`<#H@LmyӍRx9D	۹H@w;$
'ɲ>)cWJd{']J3wߺO¯ZĔg R2Z*ڡđI-(}ɡo(\m<¸ũN,ABS)Y)yaЍܡ]qjwħ.{űd!A߶5Gؚnp!XѨ|%D[S16IMAZltŧi~xX֕P@73q?_fPT0Xp8~ٌfgwւ9Oa,7{M@)b?p #uYF`?anDv`)޸k$-Nk>)*r"MnY4Cny8Xzݤr}i[I˖8/|mzҫbo{dvãr'l1bA`S[<B3bCJjv.j=zf1w,bPJt̐ȝG))dLͫZI6*,J<6ڙ	QV:ʣ(Ď0|.ϳ/)CT&Je&r)!1fC@By׺K	xK˞fMYѣt
AFMX70݅H¼.(@/9dқc }
"d»Mś҉;L[LFGw[| ,BӍ^Hqahˢ;xS,[օ;ÎR}A;)}!RǶ1}/է!+NR{%V}Ĵcbґ1dƅiE
ЪJ?Dw>g`yO>ZTEFJtHy?k
2z~Y4:_\"LSyP%֏BYw,<|KȜPMы]:.7wOƄ-jJqGLDȰ?8\dBʥ+]tXKPf,۸>kʭAާê_h9-NY9xOUҠh&ҝn9R*m:0Q3{	%Hlue	UE9T?/ucWDKS+˸$p$#e`-"/z˛$)IYHh_ͭοdaҡ8WwIu,FN׾dSMybLq:?-^#|Qӱ!	@Aahoڎo >voID6$'#I©.J-&p:fui}/O7֛key	]bfXu[B?*_ų5!ͨތׯw-ܧƋ>	aޒ%H94<f3j.Mf55sd\8wӿ֗ʢТfR#=ڦĿ/#lީ=)"k]"mRZK%ab
O{JGZFHЙ*ISc+5Dr80Oҷ'5ȿok%p!o2 ʉQY
21bi/Β=kص+_P!=@(FgWQYb@(&JQ+FQ*179)@Z֖|"!~cJDGrM0w#SȚ~9' aJEF2/k¿>G$*<tKܰt
S^)~ָ=euj/ElVɃj)6M,q,8=r	JлYFq^/(C*1'Βr Aioe0ܽ$L:,.d}qĔ+3JneK*x gSrϘ4<M'w"a$w`búIıiq^j>Ϙ.Gd?;׶g^v*9)ެ)8xlLdEb[4S\FdPЫ/B x5%c46+2ZFZ}_ɫKμ_Gă[sq=&EMP\ jwH'Ȑϵ}-yցUӯߎՋX8-U˴@5WR%<)#&tptaRw?ȞMmnpRHOw5G,6spɘwOڜ5QZS[z`&˅zL4Ǭ{dخ<8>Cr)ůZgOTҩv<)g@x(jۚh9ѹt +5CP#p~@MdFEr|IBcĎSa6UD9eXUf3<3W:2I{sC;ئ^e1a_ލjS	}#Ӯ|ǝ{sPpVqk98@Owµ5}i)6s`3;[;t,GCLcl##kһ\)F:>u-RcQn4ն[S~8wPF~qlMBCjLז@ԇÂl7[oD*WtҢ߹OFUl	bOqKƽEЪ6mL*qT(ԂGOުEB=b'H+9$EI:gW[n)Ȋ.ȇ~ϞoAun!iR3Eً7;[uke̼ίxlT"&s>Le7OR4Y\vJަσjLX߭+yC\̇+#$dLAJpl^ķoç+%8D֞2uIiҖmd]OxIǭFϻy@V̅,jFQjҙVF\aMVV?ava2
b8Q:ũq@Ę5Y(uXIT:<Y6L%)u:bGq;$I:#.) B%E,)ZÉ^WMrL';k?>jI6.xfYQ+EΐLcv֕i0]FhA%~$IZzډgbRiAΟ=){5qVh٩Z.jϬi)d.f@r(Il> ?'Ě:hȾ2F:v*L?Ӟu-V,oZϦV'YʦF%0гa
Q1rndk!æ+5qu&weX~Zso%_?P٠97u8|FIa֍
\`B|#KKp]m{2hw@Чxg֥gC4̶ES-:h^f!)vŃ!e5h27߭A̦?&	8r|<2j>zе1P'_e.L(+iXQz]N\GDh=G T7RYyſ(aay"9O2IsӠ]wѳ8U:Ê+Մ2MKn&ܨף~P*ɞ"2(Qqb+<i|q#XJ94Y-E&$V^KfPů4+xiLJoF,RTv),=n?Hf"
һrjChwz:R.9_j\P.
8AfI;kh\)zG)ڤJgQntE)WҪwA~v(µjuR
R&KHSQTQfb]ވݝO`L.sLخ*lٸcɓ4iD+~iޠΫê	ne6ϣƏ%% Y=q
gQgKacTA*/:az.NY:،JHGNNj4, 1?/nszurVYJ',HN/O'Ҷ]z+3b4_|!4r#fM	MӨ[WLFѱ[ݐ={"ո=9mu56+W	<rkQԺ.Y}ȴʨdxD/<:ap΂;OG9ެ` {)`m]EZ>תѫdGa6b*8[<V1;^ߺ#o[]D+]5e&bG_^Y	m,Oo8F`$L"sq8Q/4$$:Hl_.YY/֓`"xɩ$qhYuP-RoRsʢ6M|?eKͣQi[HRڤ^$Q-h2G*E
ۢ2s5ں\HNXHw,ڑ*µ-#٘p&֔P+I$Yρ͠ěٛXZ޹^u$A`ddPZϷ͒acL&4}#\p,^ҟTX&Pն͝q:z)EcԬYcޜ-}y4̘*16k˃l 5<Z/׈l1JRfK(J8߬(F0nr|,"<.]9΀+X$sMirqX]k6%D$L6Yl#n*zɒܠi=;PdK{%n'<ɜE }ݫ\lNJsnF26?5	*A,d=ב=2Aاmuznr<ҵrJ$:`ȝD(2M:y Q?؆+Y9Рbzۀ+eQwܪrH֔x̸TlraSaq`DK#DUf/ݽ@)m;vY!зaQ;DK h7И#%K`V"@7|yAsو_"3,ӰǦJF:ʤGY w-_6SKuiMz|Iğ-;3G0ZTw}ks3- Ry
:.J!|)cdo1@,9ʾ"q]X01Ł6!^L`hYq|.ZȇX`0]+<_Z>(wޕb;ZzALuQe4?i%%4`!ETOVEr47M,٘ H*vP^_dcqpU/&bWwH,V8j=ԟvмA-2ZКƄx/sznBޯls+ÄwfrhĲbN"89cRȥh-rq(_%zwiW3Mr<m'/s*u89߷g;|7gKDJf
Y]h'g̛j(z+%$Of(/Biq:IpW\R{6_Dt([mG6%Q$3Y$ߩ'11p."hEիXkR$vD>dN_o^Ib4i&~dÁ1;4ylT\vbBcԡ2{(gP2|4$Y҃}Yy{ƲpZgˎ?c}7p6`SAC Ĉ,NWWF#@r{~JyHQskaw>:p5"/2EW*
m,U~iܕQK	v2G4>"|DCXwdi)pNbJGQ''v*[g|)
W#wbq
eXӝ;۞Έ9݃J5pe94>9~UtMB<1wͩͣ[Z@i:nU$`fPȘ|ҥȅF@{P%;G EdǮZhnT%O%ʖ/>e֢/Q^[(޲\icM*u:w)U>lƅ2\G!Ҵ*h.? ЁLf_E$V<jj?\=aR&ߏܷKEo1~<Wbظ˨&wFÆGS	BMYGPܨ?OԔ5`@8wIwiZYlpfT ({ʹod"̘2^_޷ :]txxfMgK~Zda[!~|6Yh͜b}Z~vč&0tr|ڽZr=eeAYǼD{ڋg45_iMY!)"$_0hOb!W>#BQa8}pщ:8Y7@[/b
Ot.	pP0x^J%MK1v(6I}l?[ΆN̷R1֣!uejwXƐ۳Lѓ_ܙtߝF@~Mwў-J'CL.ϣRWjK׫	CjPt?|Aʌ0X7یw=sAF%sӇʅW'̈́jފC	#.D';۷(Ŭ!Ǘ&{-gPSt"b	6s6cB8RL@T"T[$!K_??Sg ۘԻхIƚ h4ئY<4wNG'"FoVU|GIj8X"xl`+7|Ɉltf#?01:8׭7̑`Ii׃ӣ?ځRs7ֹboQOFlΖ5jgbB݅Mot':|Y!IѰ\sy`ض=@1MZەUۧOB(	՞_;`[Ēe=+ս2,Y4I"\jf6iG6^O0|=4.^9à2%*FӷOUGm_UR*
Q]V.!EMswУo67ZͻUr=5%݇K78!7sgMV&1mA+Cm+ڇh~59%-"ۀ&Ye9s]t!Hq+\GWPmQʑ\{9oiufyq@ɠ"Sl48aO΅MD^IuіJ{ʉj7'Z9DcOJfK?&RW͌"ĆG߻tɖʘZGWg	MˤaXv+.ff:[>k/2<{ac"awUKb, qy6!vq8Ȣ2ځt_27yWW*kѶ+i'{Ŭ&̬vv;t?Sʕa:~XXޮ@M
e,R*y(>GI;E8Òz̲؄DXh}ϭTPmFrP($)نL̵Cu!a91.QGiQ
ˉD.cfzj&"}eFH'q(ngW2ėwESɻa;inT_	,b2hr6\'ز53w&OՍ#WĨIh'wC˙_7DUKRĜǷqi+Q8'6؋ױUX/wZWؤw=*'H4)ddDCwȂdP5cEDr9?FUB)(ۼU7XMJ/ %WW.*cEnk7mɿ>xq۞ISl6L0֯)Yk<3ҿŘrJ:|:/GxSu<AS1Ox&	(j7"Jh[țItdH؞ҁ-^o(8c6kд5#ZP1[<?ypjcҝ\_I`pI&,Jfq6}\T%ӨG̻ۣW"ť4BAH@L+OWҠ3;W?YJqݵ2p}2ĕݲT@L֘ˤ$)ϩəlG)A]·}ub>^Ѥڵ8/Eg;|ԧTjCKfEsWE1U!έLNSY5I[[_}:I.A9gr^TbL՘O,yGpI`*Sۆƹeק:B>iɶZO5g.Kх1
+i}XѠ,G"}H1",R	0.b[>#*)|3%pڪX)*eW28؟Oy>S3Q bU\յȥ4d!H
,lUt,2|k	dU7Ըױ8/:Ukf<?;|Ԓ@ċlދ͝#ufoطI$G3Iz߉m½*Ra**+~9p̩	hTNǚC+ch.2޹Ԛxn._/#87	K1_-S&RǓͶ6bbTHncx ci-Lܻƚd@ŐgZY̅3z (a˔ϯYlwgzפA߿Ϸx+S v5a>|]>+\P3SҒ=h%Y3BPa~\n/TݤH\G3˯,WB0`"Nf{2"tߋ^@{VFPόTx̮ m+IvI<L	x#Gی2|pg·(ҟ4C"A'IOtj w
ADV;LrEzEeDƩ3QwjЁH!2L͸"tihFU,	ea2Ι6tޘ3nNum7@n@qbdg@		RHhʇK)~w$JFuHΗ*7x4*!hv9bS׏A6mB~,RQZ[f0A(}t9^dd|p2Ggi7^ؑ́٢B̓gffm*QI<Rh<9bih8x!wSj[]\`&J|u.r]Iv!cZXɈ(F^#8skxӡb<E7g;AL;HĒļIoehѐgv6q<ԐDْ8K]GTYj\Ba"oѫ!J*@{Pg8{&}Am6}<]tӭ!ީ&ȸy	^NOB_ˍr*=}v^rL"Ocdb7}#JҬb(,0ԖIJӋbB/Wy1_&ιF	xτV4r0UWHF^y7n(H{HO4ܜ%Hւo?.7?(Ѫ"|)L-˖n)0ȳը{~iUKRpݾgYx),:G6	X<(ДYY@Kιy_w|59L˜RHۏejo/],2 5.(F;lZzڑVXvRh0E&bMh7կ=oF[bHb6PO	dO-
hJR7Xc%$LcpREƾzW-)KAGFzm}zDW-;ĆT8nc̜\u+Ba,G84w@z>ª0H؊$[uD{ɖ318HlxQOSjԾbn`g2d6JVff>تjтw&./ޭ؆Ӹh{s*RwVW*Yiʐ	A:.rٰ_c;h0OۦjJ1|IjhCnGdxܧoG]rٰIƞJXdi(Xu/`S֥\ON{DҴ\Dߊ9Eda<i=
Uɶ֎(לu"H+F?*S;AE҂!ٶ1n1&ߞ/SN޷XR1.Aބ'ÃԷ}ϘEtK_d52'}pӴ|xj=ٹ
!;|ѥ0'6j:B:	J;ΎѐR/_?2}wXҬy$3ͧaoϽGu@AL^s	"Φǁ#c;}n+*ԾT^)8tv{ׂ҉:ͩyW=ےLh	vلqӭ!وwH76z|Y5W${n;=ŕ"U${odL0Ey$uf\"^*t,<ũYbiP$U/-f\J'$	ؼ4ؽvxr._.Vhn8L)x7ʑզ:f\:0Hc~\.T͞.úQk,:{+ic֮3#pmI[N5ǎ!~!ߋM2m%>FgnFԅԳـ`"94ɦ*Rp/*=RN(ܣţ4:	>	mK7/mbԌPڮV׃wHDԙ߬X[Y?K̯9ν4y|̥Nϊ`)^I߭LāCQ-XO#ǦHx,Sh|c\e-q}GD9֏r^~ \_/,'Z!r@y "y&I\ζ7@NgtӓW;_>I_.Iϯo;Q:=0?lC)dv~C	s N't'[&m|5p5z*e[k=tGt&AaL"rT!"ia=VP<g#pE۬ի"V38"Am)W\Uz7~v;Y\,uɜA&ڙmb	 pڎyؤOuxӿȏqVsNi݋(
4R?\r"(R#k9v)Z11w*r{9c7A>|N9DB_3U#,&a܊#u7ՆyO=5uھ\):Ю=pʬ3xH۳2*Yőc1*9~/C-ͼd,?t0obyBm~6[[=NNX?-sU+=.U.@ڨ^a ؀o=̵HsG?C7`4{ubu/C"ָMDFFO	Oݗa&w0:ٙT3Cf3ǞGyݩV*ٌٟE0U/0ج8qS-<KJӵvi=PXʭ\d]f3lǳ<jdBcR%"ѶY֧.".*%jȁOzDK_#<!O&V7Ppm/lK8F2 Ȟ6؞\
nBg<cѵDկ'Ekb@#<PvPdw!MZ,LoF_BT/VШ5;ݬ.ӫTZLV?ޕ0v,ĻǪ?:En~m>P4=rJ=@܆G޶"w=n=#Om>_zQ%uДޛ@֖[9@6$3ѲGdE9νmao"qiN%x<e߼wP%гaȊ)9~z[j-3,4gŤ+V?:'BL˲h1_.	19HoZƃx^%}v~[. %<G.qRc8vW}Bc/QCJ5@5v `h)Ua̽@x 9	77N#0O(>.W{Y8XGTOr\׋ل'ڴgTԴ|Ⱥn'mUjhˀ-؊Ĭɂ%qiY?wySvWBQk_-8=73
̈́eQLcS}W++/.f]lJu/U«UPf>ݸHLˉn NgcIba֟7{dg|w9`+-];,0&R ʚ=e_}xLiobҮvSFj{;97E:$x.;ow@!	Tmȋޥesv4Ino.Iv>B˻E3Pl5\E6=@8gp> # 9T\٫`yf֋",?ذP/.DHaԕ܄
SYO:..sʤ-b9^Qk%rrP,Stgәo
70V5V1ql>me'G0
Ѩ:?Χ9e
Bkߥ
T|T>ko؜_,O¤N@X\-@D|Qo'sa9:-?/bG,MNǤ5/mB&EIE
BHtDmA[LF%#lxz!oم1E&(ȚЀHPUiX+(79]
h,ڔՅiG"̞;ܱl*ES|äVČNNIMd }B1-!Y@.eBC{g
$PI%&I|D
^ dUڠFtNı#eRMƂTy^s{c'FRq1[@u};Ucѓ{@i|kطJCwuwճmZ+.kd:$sIA`[c5b
@/Kq ?&lT0bqo\q+QDZzy
3ޯ%xB
n<}d͌w,_ w:kS,M+1ӡExۂɷ.B!8uՁ"`bR4O)3vs.D@Ћ_A	ʟC"qF:zn%R{n^'x{
æCkӁcG1=ĴS06'o0X]IaAYۂ	>Sϥ۝Qw`;H5zrUK)6Vgaʛ#CRi8Eɿdwԩx6}oGrگ}[ox֜0̻rևOR9glxNuo4s#ݧmk9rtxcك~yTl+<ɚջ|P+NbņamϪt.pZrӶF
 (->	!Űi2T^ȶ4ً)idߣiW,ǽ`PګO{KY}Gm[ٯٺ|݌}BI~Ny`-fhРӛH+YRIͻ8gіGIY.C̼ԹRd 	%-Ko'rź3A^U,əR
2Wt(x]ďC0ZpZLˊ[Zx/dNlj.q}?-,si,FP̖9,kNľ2~^/zՖuip|7?UsQ>RDã:GJ^y¾.4Œ)])LrAӻ_j$RɍXfL)gejy"Yl\gwzcSN|*,9v_ɥm0Y(3u]0ѽߍ"i-uq¶Tp[Hmmw?Gל/ԬGg%Ѫk?9P77y2EbԏXxkZ<pԭjf#OA$mo
)nF(8lj
b6q%ځRkK,JSU3HtRW'%vرWԵʽxͱ=Uˣ="wtw| U޼vxˑ(Nj>YRR"l>\u2߂V9O2->|4Ma{fHc:M=
_ƋY-AhܺD615Ԓ\^[Ѳ <P'ɅԨz1\;C
gX0*xӶhſai-.z-saCn5{kr%/*Yp+xRmAa.3cVw4(~ׅͨ<J 1dGzI!(X͎CQǒ4|5xaCa4,~<ҹiHۥRv?صNPu}ǰ_,Ī3Gi2޶{P>&b'z6}Ѩrh[,tUIʚZ*q"u"XZetDʸ;8[v]1QQwhɜӽq84O ޢUDΝ"ءsrFR'-9fP+pەuK~?~܄!KDl;^(~IH٫JFcOc:K^!#DgҶ\+y?g#H[_D0vwYoR`S˼|]h7~Agér=,RL6jgN.7iG,SK6#
1UɌVhȱuTYF\V͌8\ۇ҈lυ.	Ôk7&VG<sj&_ޤ~o0BoČ"EmHrI/Bx*	@zDBJdl	*vجIm)X̓W_"jKh*f'
t)T3x@1g юѪ~6ؔ]^4/|nqE0U̲۳9E?kuح"ӮjHf!82OB'OjzEBHƳûvI#i76[_^<vxZ/F̓v*"Xraj3I\NԬ1KС8/8^vWYrZ1SIwm{bwОW/XV)@ōAM!03Ԝ12݅>
4%(<\6ws_v܃ѠKWqVb!բBu̷{ґBC-C#B]ZC{POVsRX$JVJXuƈ&OU<էtVj7mݿhÄ
p֡#t;Ӯ\^y[SշͺP8ZiHPRmN=2azo%VV<ʅX.2FͫՐ9$lh&""I&(L=}N-qL!,RODgc}^L~E6ҭc39`8Nٚx:E;Of|9xHW̪7'c95g BHr5&Q:d4ܽ$>f[Ԥ*ΓESLp)Q1e_ysG)rpgd%e̐aqrL'mW.-,?dgD`)MO@]SPJ+`C/PgXZ&r>	mٟ4\0ϙ8,@Kuש_eLBi%5e<[IZ&ve gߖEe]%nϖ{66uSDھgPgoфY8@Mց#6ֻc?[#lq[M>Ӕ{P5ȍܑ̳ưϤBtבlJe6چF΂FG~./Q̾b@UfF5M.jH9^[ʭ<17iX>Dߖ v|r&=ٜ>_nMBoZߺƗg8t J-]ɤ6BKVY׵.vL_İ7Ox5Za3٩Z+K+ I2Ք=v]zor؝3'۰ǂæ1b$ʙ'B űomq۞tp sN#~΋:Fծ?nҦ<igzN̊_d|-,ت`0Bvǌ.jŴ  ÜXVzk32 Yǔ37p4b֙*c"1R\qQ?b	M4S,h{ޘ,N>oxhxTq_]+t ĭʨfZ~:Qߨy
';G"Clä^gڳg.'2l)J$^1}+6wM:6!CxZޖN6n$(ɣ[ߚ;߻ԒM^y`qǂJMޟ1ݍy(̹d(@/\2#(%(Ƈ@k3̗~p80YXͽA(؜$A%ck4hiPkPY˛e^|HqɖW}&MNZUŐ%c%ǱmP@A)=;<7٠ЫčۯK4)@bНRVMȬ2c% o#1cL +@B'4PT;b,eޱR,"r
̕!w'z݄v,v9~ٮ"8jGxfQzǺL}	6mS
92Sr(	#b
qĠ#	ΘKvɥ^ظqL@VKZPW]*(Un;F\
ܺC@2qSe>[;rβ}ԥICMpۯ0kW&̲	,W%"ZeZskP˭)ԇ#U}:*QUc,MJy)#2UtCEm@R9ZfU1E;jJA.x[WWSqNsi|N*"~&tSob=j0Ӓ?RMXD;5A@̽1se؉ަ]͵o-E%R1$yƏ+SJ@1>ADw/;m}0kϸ\ b?5Ww	l]pnӗK(.'?ĈalH- At%ĚA)eK̾e<c	iA0]N"Ig*,/UYvcXé&=ƨ[#g-̷pWͰOr9#wVx59Wҍc~a!*k?;@NsAdvd˱Qv2ժkuh8+h֋2+d(On63ޤJ٦vt#m%j?ӛ;rRDR,4ڸ(ILR9H5rz3;=QvĚx:rFQv{RQrCi!)zղߍ.Ê#ԳSuPŃ&zi+і+pbsMOeBϥ5d:YY3cհ72CfkfP'`(<1lэ<(x.`zf<ܘ.jR _{̂ɽjdæIi4֐עܾ(Rce:ۗJz?eZO"oFN<+oSAٷ]v'hsE{It|}NTmdWy0J4F\HBȧ9(p'SϜ&:;c$I{ʛ2c\'> p5_
%_\N==xPh^\ox@o;PQ8-ZjAp=UCN"5,%0BbK	)f9-3M/FΚlv=%D̖J+SoÈPNT݌tU#f"SZûRȕN}ygNAȟ{C2w}^mZ;RyvϮN^pymq;:?X$a}[1t `Mۅj^ոrɪ#x6;85Go>DHDϝCFM3he4VCgTݺAy>s?܁ɚ?vwTDdԓ^kf*@M]t<x1aLչN|5*cхY9D`<h2HY}"3۪#]VX>Nۅ#R&ǠeB|2L]/h\i%Ő˥E:¢[T;>RBIVݔ.AS2*d'oOxY!PTr`<t#?դrWa|2Ԍ9|ye}O
p=;֯%ovܯF[R?o~+g=c%#O5F4 4F^Tsa_>ƝME>`|Rwxy_W^Cΐ0MGSBs)H<+ #>vU7؃IoӮM}5۱ZƄc_-g~0Ri}2Б2)8M2#ʠWm	taȪiHa;U`BHDv|{VofVġO
fi\N_RBkWt&ȴ^`W.;"+eA?+fq
AN!C'jclp]_`?]Fau	J{ОrTv{u~E8a!k̙hپ3/#ִR@n277d*@ruX0-on7G}5wh"ֵ-X_HOba-T؉BWGlH6y}VM2`L.Ț̌ąҌZBOj[-+#kd7(ʻ=}Y:QzCNL/
&lrZ[W5NR#fбc= c	G@cr]7F"S
܄jq#g.̀"&fނ#.~Ĕq)8h[*ξ#>IE?ڝǰЊ\,V_޶aE0&sr3~j߶vȞLZ[TlѪį*ZF|#2e8ޮ`/Ytٜ"+^[	y0fHaca&XZWǢvIhʞ&jm#M#J]i@&I)<ѩ'n^;dϗC@Bwܴځa8w,4;EHa2\u\Xr"Ȳ~kev0n,۸<3wcɅx\%Жj֣2Dzm>meܘnBaS|i̇K.˰|khUYViG	ԥ*;_]=dʋ58ҠfTUA8\fD.cd/.?vvxaD_.Al)BU7_3$.ԢȪ;Ë%YY;_P8$!hCšH*[,%!$צ-sfC#a	"¦zC%
IҪHǳ`G y6l[b_3-#'ј˅b|p0J%Y=.XXba{JӘ"}1n,ޮ=-Xڕ01j^ň#s-ʍQje^X&sV5+N8Y;Eٚ<k)apWFґX	cQq-ֈHȐkޙwV~
һa.X7}Ew"+Է^dӁ%d mt!L7rz>*3?QzCoO۟Ctk)߁l][v/Ĳ@(sPr)KW2#tG$~ɳO5gHb#k9j=kM]RE3ŉpmqǧ#Vg[ֹ2@Na4ʒODC4i@0
5~'܌FhS^e[	̓תbNNmN?8Ȅoi1rDXJӖMX>M%,׹?=u"gQV/TZrmT!QPґܛ6̝z[g$pRJB6J4f!֙]u>*+h+9({YgR2#q$Gk^7q$%àGl0qR_X]4&r>5CW'Wݓky:)8UѰpxnc.Gټ>%eP/]ӽfBi3ހM[v*[n/`J^޵ v;79ϲYQAG1i%Ww[A݁:uׅn<fX!.81DfAxj`TňH!|_~ُg[˳1SA/Tď!rZdLVWJ2UiIv}8]6p^-EIUЌq<,s|'A:Q$y
ԖrɅ>d<X#3߉^dF!Iw2ؿ&3s3(Fy*e-4+.7opRĻ"@O
!
}mzlw]c:lw(
q+f9V9tڥ!mTwI4+ơ\D'1ʒ!IO/˫r.[\4Od"~I%Bf0F!ybBO9BęFt28jc#Ҕ>fj[/nI=V(+yEN*E	fYϹ'P`*[2TSv"#̛4Se͌NڬE/SNr@<[UayRT>XptWf5&ݴvSd^:*Vj6Y\/5\BϔvΡGD	Coktrƶl+٤=f#\m3T&{/
{g&x.I:[m,eaڙxSh-Єi)ܯCپZSLיS&L©q);a7-Xhvʱ%Jy@MPS	m&CogATOnRQye<;8Q6<SY,T׉n\zgeE3;t@Ԝ~`Vvpp4R	MWt|6R΢#PkZ7rx	=\0!JIN]{G(RY:K~-_a5R\h:Z[_l)ij]LlEa	ɭ{~	=K̂ø*ĉs&="t3UkžͣëYi2BP>%(;ݤlaGR1)XV(ois_ֵQܣ	n+[\b4l c
Y?96Xfs&ԳSȫ}%c_d_8^\}+4FN2J+Dl}Q;*{W``ũմW~_ޯ#jE$WʬȳE[![7CŇj~ho;VV'۩!oD
J̏YW%hZo'@DCbL>{<Hg$Y T(mљCs ҏ@ֲ2`wϴ0&LEs3?h:@,Ҷ("LXΏ!Q̺wq:('AW>u^AzEs3w³]6xQf@"()Zu.h;`~ջe\8yvFsȥ_R{=|\zuՋr!.~Y5	/|
Ł8()[RkIߗ`w=M9C.%|3a?oKpR-YɌ>f~n~;VDH_K)>3hHUڿz![9?$`*UǽĊxֱiȧqPYj(?.ګYzQK
̞n @#r˄`0P#4=TTY;jc۶҃&vL\lE*3Vw	{S2õ#	<L̳5+:q-x|Ѕ-ՔG02@_;ZԁlŶ{I^&F#1t3wl"qh^ׯ>:`k/p?V	>*83>N?"2AbMNDC>|&ʤ<o{EA[u>d ~^6eNGDPOw4&4{~[iI4LݭڋI5_R,IM.Ia!lm{"S@$
ʆ+4Z
70r0f4LaFϼσO/`N3-ѤT<P\vzæWBZcA& g))r}18c D$U,F]F'j.y&=Mv;,v@.ր
ܘ&93EYYRy~-nR%ܮa01(̉πuu+Vq+}ٳҫ%©?`tl(PĲ S
F%MFL- ͉)O0f?ÄoR?vkTkyZ:;Lɻ2@؏̌1ϵ.0jMiUPj}R=M@KB5<Sf$S#ځL89aw@Kb~z;McA#Թ
Y%i݉|#~m,Lu'h'LcPPӂ*ʒрWEolTUopoCdUҾ^gzp!Jl8dpmAjڭZ1i=x)jZ;Fd]X_lIhV+mUKضE`.Qysڂ}`HB6Ly@~ٍYuԈZҀq3K*ͺNݖħxfz^;)VA>s w883ox|m?<Za"˙M6Umԥlϐ/\~Vt]I@R3S63H7'{P*FD
άSeZ\ñKzWkCPlhiŹ,'[6J=BBܴ#^t^e@*^6OC)QoI2:ݓ8tgFC Һ;6CjvnOn5*ޑ(\:zbզxveZ:ÐJUq./`ҸHH;<x\cаa~HܖpU8Le0o$ӱв~Dr`Miӎg_vrc-Y1-+5JJ1r:F=5a%L"??ȈU"_mapr)̭	Vآ.*YOmRB>KuMaӑ<m<	}*DN.r?݊]r4D-A0X/=DԸ%}{_Zuȷr;Xi(ED͠VdIϚ \q$_]fM30fjkg!i8hpӪf<
Nsz]xũpEKbjyҊ}rC8zð2~ޑg|xæDQ4 7g>t%Nc	 $~YO9yڵMĜ.rڻDނդٳrϱʠ1<$xZ=BKmFIkd.R:",'#x8*~2'D5*#z3 /{əԞ2R@ރs	Ҧs6Ώ+OlYKEX>ީr]YX~ŀٚCIaon&ӟ$͍ş}nY2@LgS&ݨ4Ck@qw$~QV$ȼK)X/gƦ$eRjR%'֐VϡH_^-CWSr9;nz{AZothYQ+!'RJMʝa;vfsőF).KݎnKײmvȫ\ rX/m=UC=eԔq߿ͲF]_ʼ_Uc"ej0E jY^j3ad
הگ/!;߈InA?"98xC٫cYXDYq2+LMq;ID:ˈKP=(J [	!eN#J]JAȾ~;S|V @*=#>p9E?ֆe|}׊s7L0%2X&>w֡͕Ϥh&d)s}N4#'o\'F'cWiUtÙ5iISG|i/d%/#cb=Y$S:=]
ڏCF3W~*huyYCX:+'|@rW	]<nqfoJEc-63`yȢ@<@07	*"2ӫBɖSè?Bī\F:I[&QϭAuƫ(=r2 ű^\	X|/q>t[=AҜ`$!6Y4tJODGo@'?ǿfOMx*ȦK?6i-[:/'~1xRƨ<ѓ0oҡ	@=ޮݐ4ۚ,}#ޮt\׾GjtRBP71Y{f̳S͎oa#13LYL_Z:޿r=ڳEQ*BwdoGc&g+FC{d|s`6@h7@6j!y4w|#ؕsy i=OSxn:(*Au6y&vȳw<`>ED1Q&q{S_cXO`h>ǌ`oV>\"w!	0#?'{ip(tsCʕVVs[QOIVLn&_هԪgx~#Ǔq_:m nz5 ćvrB	w;Os?x(dky"86wŇS_{YFsd'oOwҡCvi{H6YHgwNSsXxhz;ϼ?4ٍ4qWY)gќ RіVI4|?qKm́mxs^Luݎ(={U\,^|zm`ݝ[i2$Zg5_Lߕ5D\?S5Lpd4=+;=<;	")ɶ9x0ZӒj4um~N}(p0K_IU
 CK\.\Uuc[//CӯKy̍'<jJ(vqyұ`͜2r-S *66+k&S+0=oh`.]O	4 ;krϸ8\-	Mda *)1`&m~ȗXpvRҜЍ}%jK=`٪AT%]c©ڃ2UI܉P'U8@=>0]י7NWca
υ>Kpxj<3I:3WonzX9pԺv|I3%;Ys;
j?K\U˹Ovp4E-Km]nYOXVwtL
z
qԿ	eyJ:}(#eDKCC*ڪԾ(֦t?;NUʜH8h/sϥMdҗ\JvڜU؝!u%F,P)#%kUtk3QּrG#G`<f(x|W3<hBz~s.d'V&v^\9RZ`f.]x;"@S<ACJQ(%|,Sʿ/(Ԗ!tjeٕV_=o`aA 5Oucq̓ؼ͆u=·iussyՏZau+NR>Z߇f!Z3OeϳU^ހGEUPS$øQ&GKSԭ֗3YOP֙9V)zwrR`U0ۻԝYs`P$#ߚ.Ѷ	=. >;hxN@)]+^,dxD(ixbMvkLC~~ش\]l=y`v rJE|jn_s~N=}y)<`̱ɆNh?:uq$`rO7BJfeu5%8P7?U,z5`Q X׮EDApjxewtpb<^rbsHB<̹s`K-XE3
d T&rfΈdk[t6O>"hBRީ|Xf*ym@&q,Ƒ̱04E`[`2sڭ}`AmA6Y0ItGRgXE2ӺMArdiTy@XNê~µI\T.s>gؘӞ$,פ1b4?	żex>[Uy;<!Pά
cXQ|-5&!9ղѯPpMaZP2uɿVNظϩ¼#}ҹTΨa< U{=7gtxGUȊ}=ɷ^Dʎ}0̹#5c%2%e9t<&@ykMn#Q*Tǘ<d<\-Ոc*Q3ˢܮjZ"t]_Cqۑ̂):?^@dA	6{]|w2,\O.Eŧܛ-BQEۈͱ_b s^8ALI
@!uF&1DdS
Jj*ĤQe`d9[n! (&7tlGryf`9dgĲ8q%vpo9߃qa7u(3ٜH|]w4Ns̽z~,ݓ.KҁW2LRVCo׶`|WtMYK+̾`޺7ǌy>m߳TSȎAr#/1,هE8k1\Ьad&x
X]#v)|suEYK˂s?Mn׫YӚXHG?r7
=fL3
Ͳ{.9TcA-p8p{ԉI$2
UrjL-Q8n\gJdoG>/زs75] ۳XZ[pk]s[^;GH:ϲ:[nNMI?[ܑ8MkXxqfhBKضCϮE	ҝܯ',(շ#oa1ӼE:(M~$AD`ӣF*+0/r<sMjd@'
.g#ȟm|;ߙ;RӿXOީM)ieCձvܝڊ,"{dvG[LU#zQ:Bfk
*bcArG{*5`%QV֟L;`vu=̒+YDȷ#3'1(wK+)ks`V#	I@&b91qe&xaΓK&t[PQ4$Wɩ6%,Y'(fĕN8wTٮ:[}@+p&fL6!Ba3$N>MMc.WLY1ޖ߶QeH͟j;6ny|ԅg+cs\'?k6-c)_*3FkC|a5	~YojKew	fKj\(JۤT.4DJˊqh
ҡ۾ar9Nh,11lOp)(1Z+h(%XlqJdǏҌvpu
a[	n$օKuH\ X}X]ZT1̵"0jt;LҗGu0~ĪjP^6M(@#Ĥ)44*yv(y֔H̫lLG,2pAZDYE,2k(LblԔ^-S9-YXT[eT2n@	ųĉõqaisBs|fgK+Y*նV->Ai|-Kpҙ QZ!,btQS]ӡR:*X^qZǫ[jQ}G̮tVQD8Q&zXFldvսɚ;1b"*LCي	udMY{(FE2I'sc>[AوW.̑է!cz
}׍G//W4ŧ?;հS+3ipEΟ
lM=matȘݾUh<{=ARe[x'Tc_)&e`3{'`H"Hc6P{5}L^b\{B֙Н9ÑX*ACMJ#x$|X,ǲM)0f=eq=>"F.[]W?QWv
ZL!Z[`6rJ+޲b|5=ejς/x%0(MtVܓ&+a<~ۑDG Ż"'2˴ṙglA4ФZvJUҒMKapD؄jɬHq~am:4N~&RVX<CiŜY_7d\:r>Vޘ;6X:Y,4R@o2L:tղ/J9G4^B'
{G@rof?utڴ\6I8~Ðfbvji'B۹X	ѳ.%ׯmd6EF=<k:sў/344Ϝ	ǬBTF8δ9N7EeůK7rDBhĢ*\!{#%lA,)4-uy"+Jؔ
V-Q29k9\L\!)2~fw̄n<]\s"yz9};7!|oHWL/X[I5L,cpw0иtwsTm&$TXP3T-jc#V_0L?˘rkp`_D8fLITEY\:fmD]')Exo$Ψ.ˌe9+ţ'H=%X=Ƃ)H6ݳJtWAjt'!"3q'Gor$ŵ7;s1%փWHCRItF0{.k,4
L!6Sݚe,X~nD޺KӨdŮh&2gEȠR_p
A!ĉɧ4%ȹқg]EG&&׀2eگÎCދj;Uߞl2[LAjla޹]X\^ڀfǢZqU	\"iٱو|V±A8/DTFJS3<fysER<Ž7ׁߎܾ~;Gӑ((tS|KhbVq2>epd
5eɗ`0ǉv&\<,sI Jٟ.&qdV&."RrȰ0<˔}ApRd4+o<3;(Ѽxo3U-!iZ%JeJOp	JZ|7`;ܨdņBQǲ?[3&@ICC4bO	S!B}(\(ȹE]m+d;b(~)~mfh]kެ..PIBy|Ҿ,ؘ_nO^Ȱ~FiGS?Z-9{#qr%gQ	7 Ŧ\=u.Nx1>yr:TGw11?5ٟJ7bo' ?ΉmOTqcԵxÑaTOӛbؘnȓS[َ]PF ə6b3XK3pok'܃O(rlkYW+è@tWLݘ$Zhf`+9<N^/1֒LʹMH8)(-;uܖxxTher;}!źFZз"ޮ+eaT#pty-69#AC8K-L@:%|2I}RPnаܞ+>uJlqnHH=zPr>xޫ33ɋ-,ŊC3Rvڬv܅9pBɣWD_&@L
K^̎âtF. s<.Tdyցj1O`tm0vξΠ?9II{{%k\b{<8yD
3jǋf8cȵ0/k.ב4$CnpͫrPqz
TJDٙd\]'iQكZ8`kÈי=&
BLCgM}l>qe/prGspftǬ&`9RZh$*1>:3_Ő&M-F)B!`D8Cl0V1`Bg3l؈	 PazB1B	gZ1/pMtq	1:_%y92/#"s0B{ptJE|Cj02͏ԛ		֊;yFeHKCk+۲y27tG4߬2z~O:~]N!( m3!YSRDb?3bzvlݠ@h6-y/G(IwP0][@{jN>#Ǔ².}YFFw:?ɫEۣܽkyyɋ*w'7q;X΀Υg۱مͶcB`=K?U^ͅQw%$"/i0в`-jQs_]FӺXYQ7l>%6\ہXv0s*2>-(U
ӡa(71~uսb-tQ&?,|PGZ7aǣef:ľ	ܓb>Ld`'"τctmI]7c T$K[ʯʮX(}uORZcmŃd Fӝ
i2b5J?Q±N*y7۾ōYPI#]A_z}װsCÅM*LF=46R)K,+
}]Y mAޝkGUdvB%SW(xEs,IsJnKTG;r@?VmqcNVz}ݴn]X4ĜGZK[(`'ä<)r8|tsoq Ļh
`?Cklť9mUlydueU3ForV04=߂ݖj%]|KΓzt̋&Pa;`J?<<_l'ɥSlB6aeۜ-kCc6Pcà<TBJ6\ӹĲ(Ev@fOwy͘q/``VUڠ:H=k+͛N>c;fN4b)	9UN~ùúS4TRFLǑ@QUu"V-թ4VOg\79&P#x&MC1jnJDT@	pW'>%zjW/%"dW$:\ilx?Z:q2$ޚNfA
&aPޏx8f_mb4Җ!]]{-3-[ըm_j\|֠0 U-C-0޺LV7F>Kfؘ^־<^iӘδu6`#_Ѷ,Tϥ1ybg3,R_K"PFIVE{heG_ؖ@5;u67yΕeF+|=-(f@(^Y:Փ>b0xQNӍu~%0Gy@تbl1ǀ:-ǿbEK
<6Ȼoj/z|BЫƫMlIuETɻikے]́d0]¿89l[l
:j)D6_}`
+L<o"qĦc|
ކ;-ԋ	o<y%[?	ʝRƄNƂ901gּ\ɢy.!:޶ÐY~-QYӒzs֯ɽ4k!&*2Se(7)xؘ;"x+#q%J)VoIP#}4aћ=2:''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(18174)))
