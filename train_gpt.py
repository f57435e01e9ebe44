import brotli
n=a=0;b=1
for c in r'''f%/sz˻ۂTy[*ExuG-4lrDg/՚_cW2<C8A5(a.GəȎq2l#i!ډ1Yo7
!}βmR.YC~$n<<W\{)+]ۥ	*U3 \b΅r^0t)6fݤ\0#]!dUԣ˞"3<bJa^4?r]Ғq@Bxʘ0$FpYϼLM,HCXQɲ=;nlc-oR3ҙԪx-,}hS58m ސ]Da<pjrELj£Q(Ȍba&Oq6lA2mzG_]ͳA$T-hX$(7]--LĪ3fju9PVj	 L֮=bH$gH|޳Ɉ	1F6ɊC>	ϕ^?^o@`Îuj`^
ִcaPjSҜ	[
ǀ{ZRe&:	ֵ0؆PyC>3azR(6j_ï^˥p+*-iŉN]e[ez3&HHsk]90l]ze˿Q9^slJS˜kShYjϸI&O>Ԝ{FInr>Q''ce!њXFxX
#И:w(kEƌ?sq>C?Uǔ{&7rW6y6bպZsJXάlUƪ6mi|4q	Sk>-۟Caxpp^n$ȾtĨ9ŃW7DE2|OgpTujvVQma̝Z(*8-pU,mXه2Lk!C[Xpo)it,#j3߲ƃoQ̠i|0gڊDMאRnܶ=L~ص_t*UԿmL0/p̓q$?0AtmAyojU3M<M#B"&e^Xn)g.+ɫb`0nfuL.Ir0>1؉quΈ$2qJO0n8ԬqC`äc^	iYyco?tku͠'ʄHs;ÅmA2:%xQ+>ߘ$֫U΂,_Ѧ͹1tWx/M@S?t+Hȇޜ~I06Ƨ{%xOPU-ɂNz"
m9Oޥ:N4֒(f$oz.1tΩC|,<^@6]]Ϭ"L̦6	تS״BapoaH~kkX,hxww]~8&×G#)6ƯC]1IR7edڵɂIQW֞CttΌ39"eMm׊l"!!р[&@C`Giɸoň
s_DBR܌~:mŲ0Ե/4OU4ѣ b0|Sְͩ wkJׇR2k8t>Wy'Dns'hҫJ>24.N4Tfb$,m¤ԏtXc\3۶`Aē5޺sGpe%EL\?@6(6[7gK,\6wWrÞԹ6Fe62RQW'ٳ_("Hdێ]A*0͐~9ޫ2=N<]Џħ/nԣ-CGrw~9~=!43hg0Ij^{LŌzr6jJ`MAlxF~g͛S=ˤOouh*زD.-
"H4N	tr=ݑ^iqӼHpL\)< q 5ѵxb2L23y-:za_-jf0	/lG@3U\</>ҷ15OB]1\Xhk L7D	iHe;AJnEonRynl
C>KMIJ|l@^Zr~*0t;¶1ơXbPRٕ1FJYcVV$FFH>%0$z+T
_ŗ֨ҢҀgYJHE"В¹T1D̗CR/+p_},fZG´KEpa+ nCje2C$Wz (ǈL)_VDپ$%ҮãYbAREN%PkӴ6ٳa|
E-Nš4<<TfBIu)?-ϛ/!,|=+#óq"3S}_S.(qi&ƜجgwQq"[\luT0?79܄Gmۗ4@7bQí,6ц!-CwlXBgN6-W=14Xقě_mJۼ_8P> Ѿ*8׮x,Or$V|ңދ7{Nro@gMu6u^0jxOլy0 VEzHC`0.ez5deԌ)*	jmط{^ԺMȅ|<vmZpvʑ"."ˌU'Gqb~Hhץ21#O,Q.x?z%%!?$,tpԠ4Bx$UUtXun?Zi]`SIZIv˴]cP%a	>Pyabc5NQT/m9X;P8:SP>Iue۾ыZ}q#~R$$*	Z\Vb*lck2
	݆Х'*{V0GDI˃F;?'دʡLtewb5<?gYUv!D+͓=P;iasLVfă0Y4ugaǭ֙ͩNϓf]GyڢͩLUwG5$@PwʴV԰D|!{Պdl-o hQܧqV`Sfg8 Q(!LKWɡn@!U*cDc@T _fSAԋ]r9AD~@iP(жR0gtd&N-.V8.Cńӏ8%	ҽu4 ,Te^ eƽ_½>4JN\I\
OˍiHx&~ԇV ZB*ލ(\KD~Q8ݾѷ5t-g'ڼӖIf40ͅ
'C2a.1:yoy|RF+{KVTOqcP+=D)їpsɾ#.k>N!*I
ݓ,r>@dTr.Q_Ou÷@j^VS+ڱ!H[J/69a.>"i͈#qutLb~$ɋLTqX_q̸Uz͟aP3K2n<}rj4w;ӓe*'UirDK'pH߈rΟhjGܵTERK޹mP"fY{kTZ U
fHڼybReo=xE]65{Ǟ%`eL~clna,c<m	_U3fDnwA{0@6}VEtVsi֔() ΑhJтΙHݞZ5qi{Xo!#{ON[|n>88xX{Vn|fH[\vk8oŕ5Gۑj!ݱ`>cB9AĀ9gY˺o-2M.ԬAZHt2I<7c	Hm8שՆ^AM~-ϢF0v}T;֑mi8Sӎ>s f՜q'4Gwݧ_	C|Wٴ,_ϡ@sչΜvmWuxӢG'DNWˌ[b+Ft;$hb*cR/d?B?\E'iٻPȬ]~`fԕOzhFH9E]grr*J]ߌmۆ~btU5r1U-Υm@|b<~pbMŵ͠Um(+۾f:d60, %4jĶP)sX(>f~h;}6QV\$ۤv5{Y'{BmAEɝ}pýݎc{fy~d]O-K,z:6,w/&/tcŻ !O5yk~\J+ZΓ	0]wCд߶qVzKlR,-1]V5GFŶ3`
}RQHԌ$=ܒ;	E1GSqJe0[8N_fӉ[͵RS]
gއh3̈́<gNnѿާXO0sҥe=f7$`eHu$4mHRBBԢHxo}H#=ShbsK*+hǇӑzfr8Fʸ5[MbMڈ:3/rsԗClɧږ'2:unNr6
C-ɯ9>V}qY2cHAH!x<w3;ɋ=ާϚh-%=*z&"d:;цy{3*K&P6v"O'Nv}ʗV(P{y?GR/`N֎ѠFSӚgtRؾ4*X\ߥH<p=
ڍn#8g,Ҿmh+72zd68ӝ8C/LpD۩-WF*D<qm9:?:{Vcz9ҷ">5$_rAͩIQY/ޫWl/yAmpsbm'о1h=ʃGH٠+r+xϰR3L˙P*R(-m$BQ.`[3ui*87ނWxGjmY$QNL#eDatp$&E]6,x<̰w{8"̘~5ػɆ}-nXōPM+,
˫e
:¢lSޡT9=T!lЙAŷ.'DM̈|>@D7RVE8zʂmjK^wǆl22{ D܆KPѯBh}jmL2ɨrѳouBQ^EKc:Oi{f?D$UCo#@ǰ'-Y.6cܺ(k~kRФ]3F"kRYvڶJEO*]l	<TSWcH߽y37;5iG>>|γB<?$_&KGN&+As1e~#9{JVy\^uDrELiQ79ܣZedK}r]FĠǛOy>%ʶ>RQz	}6bSfg,(p"r0swu"m$.p؆vpMp/C?g2zj+B5=r֦ȡnp߱oLb[¶s1qJ}cCG"ɴxBY37KCېY'* sQ:#{ۧ	\=s:] ٝt
qÛ/El:S}sF%ܒB|SۇAɡԞs1ɠWI{ 9zI@)ZkbiS=Z		<%UF sTzU>b1ȵIp@'ȵ<$MQ<?<#9L>^އUdU(ʡapo}5p"5[]^SL(5s<#6$K)4T*8/k	5d`_}N&І|elynf}^ݺAē5> I@xBe|mݶ,Q:Y{]*iuԛc!Yd*>`,XKʎٳ;A{N<M't,7VAͺ$k"شK^
lA)/d$ 7C

4}(fR0,.579 )BAb)6oܕB7k|Ԯ_B7XSc>̛3`1M<q
S+uև@._K۶V^f?2/t!?ڪ΄3E/́T<]ǤfբӓDCk]9d 0˥ʦNB\Ÿox^LU_hF˲1kTʶbr11SR,vqY,AG˸C';~e$pT'[Eސx$G=WL/c/֒=P7D#jk54وq`v|}qq>RlˍKr/akn|<UkVʱ׸7QXQ^]΀YaPɍ6
8mI0ymyу`]çu[JBe}^$bemvJ^ԕ{׵ųV_zQR#ycNQae60ϬfяrˉkdB=Pn|Q4axmugҩM}\NK!%B:[md%#͎HmTݪc@hCo8W|Y$Ƭ .q7L8-p_E4(@vȗ/o5ӆز`1OR\d؛#
V+iRBU"@#iwTϑe0mOrxOkj˽lƞAʔF'p,ɀ_G`e{{xK)CZr9:۳ǲː(>2Sidf3[G$Ud8>=WgDގá`!دGIhyMgJ.
рQ	*R<#5܍cۺx3PU>^ZؔD֯ɟD:YE*V׬}Y&MԒ/Gn^{ՉيA2UIUGb7ݿ?_II2L¢)?"~ےB$ڻ#Hw}B)"0?[Hٴ}>44"sEśǠ)gJJ3kCX=ôP#Jbt#- <Pe?ssyjPheJYAWfyE%">7M0֙x1R_rI@Z53zӷ	ňTѥ#t<}VyP3Cz0LgJSٔ!.!D]-QɦC&w>q͑miȯ=ACWs1}^K)d'7OG{Ve4[nJq#Qdr/6<vl	y,t	H®;[3!؉&=(*ߚTZm!7@3i0Qʭ|M+޽kGiҲB.0gSĢIkj,{N*p=k>f\e>Om}v4%.wv6f́D7 _8%Ό]ǓpݿghYy8fX$k/w?FЩҎ0l28ޓSr!c:TZж)Kٓhu!WM&v֬#iOjo2jO/gVvefK*n`&;(ex6ZkΜI1_uMy-NΚPsP"~lf¨l(ʖ{RPb9Mub
ΓQX!i/ʠ{#30sXeX1K;T+1JWb1}Dr`"z`UqEה$!]dEa?ZVkovk/pCUEnݕ2ݯtb!oEbͰATi97	|`a&>6;,@tƜz[l*_"z8)W&eEad.۠lnZ>"=
ɠ@̆sb!8ߒ4,2'/y|̠!LevK;)L{LKr߄b}[{!V	>(4T	ܘ4B؅.٧2ɨOMme"Q)s6!L]+u<$y,L3ӡsUkqK!w3fI/:JFsO!ƳGɽaZ&W,^I<pocwH߄A}{(ÉYpZ"]S&	̍uM}4\Gg,7Qcī,D0OĔPh%ȔՇٹp-[GCTŏ5laԲwgepx9;csW!^|<Eȩ\-P]Y¢9Z۞s_`Uc~x
`fE"kX|ʹؽ+rr*!ߞ<+N4[R"͹ؽINk/v,L_ق1\mߝnޏnxiFO`/_aPN˭Qt$yEt,κ`bsuA¢%>u[G<8,BzÓQgs@@{wK.MYNҿ!G;"̒N4ǼrͶoXAo0v[HɽgӃ)VӀPg0!p"7lKeq`t}/Z8{ptbmģ%LTWdgq^(@l	=܋HiS~=18|pA&jZrLoaYT_+ЛQV_B;Ȍ~p2R<z	d/ih0 ^k//ػP҇#ū*eZӒ?jIHǂNi%mnMث,/<j/v7AE9yS]Pݢ#fv[:y[ltP8p3ҹM%U$}z݇G~HW5=Ƈ̮]/!8"^}-zEKԉN2V67XB#??['7OKaWcE=ZϜaǬaqsMo1Btl
Z>Ci\6ޑWRzqDxUΡ*;xG̡^Bgǈ}ڦ~)ޮ&x%EcOy6/7Z/J,(jnԹ!{q!?2DBgs"CW.it>Sͪʝa :)1z{i/X.=Гj%wPڤ2ELOח4B6LN^Ƃ٦V(Wԙ ʲGJpSYWڱXŴޖn|]sŻ,zoڽ>ό+vZĞn`:Gh7ksݱ![jU\6Agu
F;Fgc!hWIs/jȵ}  oC̪3_E;'*'6:m׀/2̠g̻LPv5ܴw݀5ѭS]׳h7n)KU)Ơ<t-c<l`ȆWmĉ-uCn¨ɠwBd;	4ڐo˘ÀHLc<1zY}n}Yn4н]˶EWhL׹̛&,ۅƙZw_]Ǩp?el!"ąwrvsyy5:݈ }|ߵ6>j	Fd3(7<fٚjōRѷiӹC]SrvƞZ%-ЋjbM-rߥB۬Xcv6?GyfDEj'Q`'=8A4%A{IӬcGq%6suh|;\ܟ,O!NXt(M5fFDGާACР\Pc!s!4-jeտ7j(Zb{ߜ)DPt]\A=l:R7ѕޓZZsS^1RqMaΉV,HDvʘ7XE ]["+AؕPՉؗ׊c߸d.-'=J!4Q}d6A~ш%DӴFOqS,ty!7<,D%ɶ|0#%kɛTŷ\	rby$Y.ۢNVt3O2bU:Y<SĆɏ`/s$2HaC?o,99XӼz?L?X5M^?p~^i60ÐdZq
S9Ј~N8a7	:SG˼I2"ʏѺUp{1&<u&dJQ(SӾzkE$8hƘSnNN3B̦V͒YՃS!ȡ)Nǩ@'}kA%Y-o)}q@dw*X=#eih_N3M88xԇޘ@
ٖٕ-M;RD"bTz)d)ap=i9l~SKotѸƜ&4,t-|lez>.f$oϔA$fםoi`_jcLDNWQ(?<L1r"J6A%ENȂhw(n|B@/)f	P:[)V&>n{WnW"qQQY.č'݌vdƲ#wQ;/PZ-*+Mx|GÌm0lFհ%'v˛m)?lgԿwP_6Q)ho	*+TI7~#ū: SoԄU؂<y9ؕ,&wr&ُcn}QEG)[ھĩ"чlw1[%|`8Kl';&GwL	~DmaTպGk!Ś۟siVΔOuvӗID@A#BmbpJj,BMtW&QNXbއ2S̰ON*TNłC%kVZ#i[$'%!NNn|N`8$ٝ-<H}Z	\2BѨivmh?ׄ"gi/ݙ'?} (awT"ԡ#syˀ@4Cf7Q?pGyϹ=zmñå²Ǌ(C9ߴ VWǱ+s[ߪ6H ț U\R{>z'Hٟ+̬{bTaAgUF.n7'YnnP@4gٍ8Pv?l
r˲ǷLu'']N&Xa*k)G@3J׃A#߶g4F87ϟIVQS+Кusu&|nRݗ@SؘG-hBjIŖϦ.rMeyz	OS{.s`/غ+}'W%4cƥ{;ƽߵ_ V9{BJ,GsΙJIÒ)oT'hVVMH%8$;]1bwP@M[{<kGmlo:zДs+'Vmݺ7@BZCl/*yvUH]@i6߀u[ъF#y|N*`au9|0?fx3a-5Oq	ג6Z" Vw`Op'͐/lܞZԎòM#wJ.ɿ)8T#NZǟ8u/x+ߓ6lnNHԓDf>E
y/|/b[-7AS Htt5EsPdBڔ!f1צ~k~d!͝GƕnjKjXפ?MB^-y޿`+341R5z}܌yF^̍xʀCL$.sacyaX5ֻX
1*X"^OZYź1<Hb1,]%ۥ%tMpS[{+Fg*BZ%`̇nY\Hօ)b[rwŽ448ВN{!$'"c'eK!ųߘlp|9*bUA<N4ZֵXiC/>pri>fSuK֨`tu+πsS!+[S$tIP"ņ&f+͎W~eӮ܅2lI׽Pht4KDv;jHy
ޡ}*u2`҇ˮV#Gn	<Ku~$r[
\,6ԮThGEف~.9x2ǘȭ$ЫIn[b7|JPb=)>9ɼ)vocBs0֝G3j^ Wq#xחN+BXg@Wyh/aN!Tg؟ Aߝ95'	>Z_R~>ӄ̛,`e,5wٜw&\VћUyLnbiʜ#lf	(HFA~+POx^wpڞ7Y/voZ'_@Ief?}?oG"RyQi,ylwajt,Aٮ&.n@jvE	[ֈ/SapoÄpf"]AdXT͐lP#Sn3rQxE
3?6N2]8CkʺƠ-ȋͿE}-F^:Żpg~!jKͷ9ʂ؟n9:y'<tngǷ*/|J]6smBA'9EM
}dB\i`JOwB.AԯUcvŦ;7$iakhTɷ5sRa͚ppaRu",[Z*s>7ǲv:F`xբ%BxΞD>?G NUUnv&?sϷTf*Nϋ*rJܢjA83܃zߏKg?/g=
JݥYe|һMP@DL-sZN9e|?}} I+7#?:<~yR߉n,ۼ*x5Q0OxyxEڮ*K;+{О#W9GCh.-Zoz$+ٛex.UKCDӞwuf/9?"/)5B0g54"[[EU0`0Ĵm5q<wFOȲrK!6cX6/v67q/Q_dF,޶d;ˢ=,C	I
'BM/]px2RX֣ƱWsԭIЯ"{^8X7d]alH
 }Q2=KBY[7B&V&38O^1ʠL#rSȲ*eB XlkNjAQTi`kq3m]]9Y)pg(}0t![}^w_8_Lll<(6O"@ҊbֳĎ8"qޥjSgE%$yKX&ܧO	j:s9@*~$5Ƽn	\!~CէhJwk$bД]4Thh֨}|>"њ=*Tɐmk|_E)R \G13u-&PV^uFqCt^Byv5#'܁>)q]͂)Ig5
۝
Jq^^)/=ԁl)]|U<"XKпܐ-3Fa.ityLI.b?oMޯ5r,"VMƴ7IF$z7]-CF}r%}\<y;ЀY!)C kk'>P̀V0ױM|+dy!M&(rJtvJXkar8L]!cdл]yA/tۨr?HX_|DߦVY<H;;tb>+KhYnXǾdͭ]p$XɱƝbMZѻm~ӭL2~);b.ϴFf.:0ն3:nV(diˍ|d,ăY3̠ž@#|.@<Ae˵H4?	<zCK&3~3L56z[lBD^I.[Z6deϢHBԟKPo/Smd3~?aҾ\#E4tF.$SIU.{x%1L3NDbRδgt,R6^BDu܈;̠wf eoی+);Њ:!Y**s*ubFPƹU(w>U96~u@|hhGng0SuDa@اz;nj*9-4):#ژ BUuQƑrkܮ͕8;*+лХȃ6OPR
ud`NZOFR){3ߣ h!Ş.Qtr~'*tPjE3vCDҮO_αQffIm:7&`LxY(qOїmN"3qg;D*fFʄkPRk;XY̷ܸ4I*z?H~rHe< KplܔhFx7ZnzGnu8_l!HGFC(LβǍO-j*ӂn7E'Dݺ6YGW|ǱPGܔd$,&ܳb7ljVy̛?k"DV9V"x%m"	կ	k|N<z޾.E~)֒{Cp`W:ǳoL;q%3sH},NUTފ-hDoxx(WDphȆ}3'ߠ~lg[ J^]#ƻ'm1s2[w-K75^'܌ܡԯ}A!eйwބSWڥ
@tx/Lڨ;ȴP͝Dgw_Ve9CXtZͬH;%ζ4t2߫O!Y+9s8TRAR}EضSLkP,?BR&k̺[Mms7VV/LӶKޞOީ4.Wʚ	v|Ja`n@ТrȷѧR3̻w7=Qb}SЪЗthC?ݧTrZ̿lY/lKTbFjNDWP8ۨ*4c1)>ӻi,ڦݕo^[2gprixDvU;2{@aԷ3f9fпn`C?nrlS@98K#z1&-#bj#׀gn&l$P4yN"Ud@|s (EDMHݺǤ X(4)%=ea6c31DQ-n-:u}hWVtj2F&S$BLP3`FwQt=bm]cX7یob9 Ĝ|_^EuWeH]Bicۛ'Ռ,MlHٵq%=[_-ۺ}eePq,BC"Q-Ѻ3O"-$a[ޑsDMkT(y݈*š'Xʅ ?@L-%ˁĊZS%]B/Z{F/z-ڸݖ%s+|#}Nӳ9ߐ݌="
f}C&L)ytLLz=]dS=PƤ3^~i7ci}oH̢pKH0}znt!$H7<w#<";JU>=']dp1hVj֘B$xzutRZZaR!y&q^ҎKWNwME++8/&~Ml"WbZ"PθEZҚ+Qqi8-׺xe	~egc&#bԩjMh؄~^?wJ@?F K2'L?JhӲ,׸8W1o|=Pk4eX=1
T>!;Ԉ~bc[.wCN	V$je0bzbӋκAm)EPwUx8H|YIkټn7Ff(&52v\yzԵYg49ԅkdY&.WWz&ݟ+/b$^lI׳W̅T=;;Xf]rL<f/-.dء
emP6PYiYZ
0Z;u=*gAJxŏҀ3|1?vCa,_voQW`r˕8m8</NN:Jv_"PF^;g6GУ(UwGb'a2RЖ4u@KG!yIe^=`i7J4xBY`EwhUȚ	)Y'ePo@.Cy1>SC9]%KFX'~-K+,>sa3ΩS̲B,-?Y{
.%l_q%(.W0eor҃Uݰ6r?n]-ki_zz%GİC޲aGV7Kcf$MjoYݭX>g'/ּރ}(S4ҼeRWs,
5e @';8ֱԤIylPx{[/x$\{;Dpʦ̀֑e=(4g٨,fۘXg5ƼҞ&}6 h	7ľ0ѿL4q:/]]t%&UpNFХomyړ-t~Om,_Uz.í˨ryuVW@ߝU|
ė.:n5OlzB_A(A013@
OtCÞEƎy+qMͶѡksi8lƘhI#CZs`LWȥ}'f*Ћ-פԱɛjP6Ƥ).Ϯ~A.:<h	9a<yĄ|/bknb"k	4#WtsʙTg?h kx_@+lX}xGňJdZh#7aˑ=nsay{xOSJ;H[jpSt.@s-4>MyP1-*r	u_ۧܥ?~r0KfG/|r(E߆hjl>)Y_|PEooo+1JUTPGl`я}S1ոZPsGSϟU+jV}S2aOILMƉQJ(~z4fӣF*Phmn;&TպYֿ/ЗBC4eI08)[06ĽF33W08:wߧ	[,]a;%67xeO80SX],VHϐ	At71ܐ+;ƧC[]#[{yٟgX?NA_̻:MUN&߉$`bHdxRHpPiS2~@s--*ۮ=đ֍$W1GS>HJIW:E%oϿY+Ѩhitp{urʟ\B:udXk݉58ƽZ<}tmVv@S<sϦlrk(&Dw}Fސ)bޚk_=&L`eXJe|kzͿ%&rVQηJQNJz\zxGĄ4jxt@*!nm1ewy#u/I!b%$FW6& RQiV/O=Νjig3N|~>kH8_;y};eWTطLkKsgxtB׍w1Q_o1@(WpHI"XS(_	xXcfBsמV&J:;eh>Îٿ+=+Y*`C\);5HM4Ca̜ţs|'n@>^׋#iCZ)%{O1c۶#M|ЭxZ|t6vf\n* 8Bz#ѨSiF6F+b!_~$(K,aoͤY,",+a|;ѢMnTpƈz<_	x̍POݛ*,1o5c(g5jRɕD>%=*ˀ#hq}Li,nn&%/_&*m<`T$ƶӑ35=:qi[zoWk/?HQՁ/t#w.Ufs$TϷO@1:k7xY`iW4AlzʹCԌ"PaIߝ6$#A	9RŧHNzz49m:><]zWԬ[#<M-yYd>y|Q״2ՎAL,\NЩP<ʷj2lz.xѲs_@CATB9HG{qup1]A;w-KqD#\;ƧB(cy>W~VStdz?ͽع&)֞iFf3(7Cuxʐl68$uhLu8ͱP
ݙDQ!Q
tb{Ѽ\2(:­~B>urKM^T:nф|#qtwۄHz	yc6C9ī3,$bqOt?=_ya;$[^<3_LeXnߓЬmlLoWU;Vۋ/8ܼAWV$w1LLh:ObO~$Aa/Qo5b#ϖP%~8Uwե߷0ֈ*áDƢ2]JQ8*F!#_xYН-.C{jM؀Qp3)f6	toE@ߺWܳ)mdmi7HZPIi	ߊ_Gu/ӡXXzȤ	=e	SvսJ&L!f:TW;~u=n7f|+ۻ׆=_6!3?ZעʍcwW
pڋ\Dp{uǒl2٩V~MP
LtT$9ūПE׈4FX[~l;sx)fʢ|8}a,]̶OTBAˤPؓʃKORR=߰]RKǔnL0Z˝Ùy
!ߒrpe`fiYT }sOҕOi.j:߆{rv\cyEf<Q$RSzuI6+2}.c\EJ"2s26J-,6~ЄC]U.i$'ؕ31+ͥ[WUڱZ`t}UFGb;ܠz6jkkݹ."rk~>^ K+VB2;|1 "Jp"ŝWՁ]Z8s5]6~߄9r24	ǿZ*)ެƭ۳wz]=BQ&x'Rku^Ru~Ww1+uEǥzwj٠>f$h`U4n3˘k{j7&4ͻEι`
;ZRvʼG'4Sv:O!'ּŸr9%F	MRHGy}ӻ+ԽǷh֔+TE@
yڒH bX,WׇLC<h	tXw=!YߺF2J4iUf'Zi*34-}YtyAw-LC0{+!pxk1nTGƨb<r/JBA#}SҔ_BϥOs`Y?z=
nIv*`@ES#rQ8-U5	?E.J4[ՕĻ[iD)SxQ yNƌwučŇ&3σ*ΐZ,8!F&ΞN8ŌQmCpdfIU<B<mDF3sL.Wv?޴Iǂ{_nҞ+9;iR~$E;',Mx)s ȪkR`Cd*l$-24mefŒ;;FdmͽA)X-ãcmNMjaTkд9	ِ>ɮЙ!(v6v}	RNm9ԛTIvmI&rH1V͒Mb/S[/2$va;6؞Tl#F{'Μɜå0ոZWVLb@"^ٌ)pTfbξVyN{<e%NޜȊ.Ym@^gK~c9qf\	Ǘ~ߥm{4U{d+=e>$lk0*=)`0|Z3vbz|c˓z
	-9qymlX7a/a@)2l{}bMN|rSSmv&P3w(?ͺm2Ĳ[F17]St=iB&=0ԾJtʨNECbYBtK`/iU{l|ow1bOaI)]L(7%9ĝmaנe3ǵBs'ǛEcAN6[CɽOl.ɚw}?}vΔKl.rs	8H$y֘)M@+|Mu~g$':}DֹJYW7^4Ndntyl$Ix&NFfT	*SO.egBxS&.REɹfdH]_ȡ?UO'Nk~E/WŬ'58mԵӿz}3momoϙ9o(gw.p=U#t(b9]-ƒ=j4=^ř _'Lњ-zC(֡LP	.)ʲ&+$0A[6[PvIA|~ie9bxZ(8ҥuu8ñF+;51zֻ|4BYUBШT9L$%`y:ّۜX$ݭ7.uE^yʪ؊%@S̃خxGM]?ϊk1[B('SlGYuδ@w+rp1Sf{;0BEIkeُ`Bލqtv̏~˹O["R8mûԩ /ز:?DO[q3Ǜ31U7ŉ2u'k	]B5`F{Fi׽E
.@Qy\qGBvɧķH!R3=hgcLcs2X]Y3VDC.2'w7\'Gsymb7kȏ	ROjRRӕΜ
$&0џԖ|F&W^77{x.L9}1;pH~$r/̂"w۹mWOLetP^$=7,ͻIm20Г@9a	Yn7|G.`:>{{VҴ"܀vu
l;U[ptxD*.9WWo?H٧$j5-%+˓2/U%IaV@RV|NG+ݣ-תq9wyH)|9ʽȏł,+5{ƍ1ǚCʤRҔ؝̒8H>P܂ou!>?Ȟl(ZΘm	elޘȾnqɒ#G9leCGą|ڬ~@Xw{H.SSR%kwlxt&QIhA^(Ό:5ɩP 'ly˗¨P;!8/uE)qQL~3n;zԱd&#OV6^Տi9A$>x>TBdP{GB;B--Жvf:1SP0dZh*l4կp
B<nyшgT(n1Ԋ(:/7,<l Zb%;:֫	3ܲhzMKcҝ1Y޽RbYn^cIEYiF05M^i2'5OلK:t^3v
ąD>a&*r <i"ϞR@}jRwEB,'X΋FHʒ<G[Pzrf{.;&vҟDWuQQ/_6Ls-1*3Z<hE34FFOn<T$e+Ej~Mn~^?	2^nY!A::ٸڎ>@sي
Yf#oG}͋XռEk°EOА۳6W5$%2gNһtq N~+_Cgޖqۚ@E*Ă4>tЖXwN0(w!ǗH{wUz[ו}=8+wRRAQXYQQ
;%-˗A1Ex)|nlߑP/VnS!|+IQtls2,/y;Fj]Jv5Q$E)[vLQӴ٦ޖq.йmK 	ES%Օ`F9kT
PC ):}L``É<'jXgS3ôW
$3|͠%dϡÊNyslg֚օ3W//DM΍Xu}:&	ҮH<$HKaQ+C'9V3F	"\=ΔMݛgzFٰX?H$8K	qL׌v`UA'`lEJ۫BMnWEӲ5%ZƂ$??)'FKմsވC<p.̃@d߭dLVo0qr2{a<h-g`)^)%qO2tC!ՋxB4G&8еmtނ<pr+6ʅq=F29l|LԐ8Tnqzϸ,%yvdW.`Ii)֕reqQFL;(wcNA(I*p۱gC{p:.:detߖ-x4S{A²{<KDD-Sz{?ߐ٩H?u7JkDҩ΋
gHd;#ߏ<cĺRĪwAB5yV0OFpIƍD6=OOܖ<[4A6$/(5^Z)[>2˪M(@2}'Ili,ӿ{|пpܑk5{}2HPxQ8̜c2b+;}KvJ%F~8q_afŤ{߫#7j?39*c|R 
^KR#75@/iϻ	]#ӈ׭҃om@#YO2EÁ:0QqĀ2)!8}ó7݋/,{asGwu)A'!]Ҫv?o]Q߄ʒ`E,Ǫҟ-~+0اȕ$7w]%@ԇ-o/ Ӎ8k$g܊Z v2Kϖn$_2¶zI%7ʾѽOp\ɖ߿{ CfG'IIjl@M(}LZհljQkyΰf7֧wZs_r;w%P2fiF~&Aȝ_:qP1.+R_[k(@fIW\E|bISwUIM:mHSxe^C!JUy&SZHy	ْ HLjwju:تX.+ͼ<!*aHxGmSk!L2sS3RQV
`
*n^ϦNNE%͢Wǎ|'^UV-u9<m%RLoj>K۔Z5XFàV>ޏ3j-VU0yyT:0o.ovΎhtd2g0`,(TT-֔M]5PX;UV0Ref83)ÞbJ!H..@`&}X؋l΂8dAP{Kŗ!ISpyY.8e4]@_"p6C5 ǆl0rS0tkz})_.uz||ƽ+t]BԘ9]M~H|CLڕFr7MXN:aSc+N0z%i)ŢpFa	Enj׊ӻқFn1Ep0۾T.Y>'NݧlP?bB$XBv6D|ڏ
"w:a2%ORH8:ːi`];} iYW\Czڂg=A}@}419ƞ
L݊Ki߫sC^cm)tGLB4Jn8j|_YpDJ5uW0{EipoeX!%V?zx6޼WIm\VcxrB(÷%xo;NwttY8|/\H1aY#!^ަKpm 98v ZvQi.]q*<fЩsyoYvn=pf0gOFVlvEc%SfsФOkU)uCx+^±|K~)4ntKwgժU΋uso@%,3ْde+3ʾܡ4%^߅U	/tҒ(ÑovzPlW Z]@l3?;ZރSzޛY9F2@ەhʡz1R<
b`/m>,SX\dC2k]~.2t@Ԫ/d/nmPԬ:{ޥĽ	_}ɩWg+[qqSv3nϠXw%(j]d2-Xu[ępC`*vѪ_q-Zeb2X~fb,*;]0TMy(ShqdheֈxNgClc6a.cAʱr@yY4o{?<g.-Ps'':|;[7_FEa[y
\@HvPb{f[ߡ5]dȵNǤZ[:\5ƴ|D΂;H&I&z4ȟRS&h2SI0=	lj(}?w#i=ĉrֶyZsB®cGB­)UfEc7+ڒ) @/ܢ`i%*0'}3*kVe9/x[G%OԤtǊgFo׳cDvZ~V)
4~#9:IS/t4pX;`_<!>~A<D2? }9f^*6pE%\c]ѷ'B.Si`RE֝k5̗wJ&~޵q<flٻ_6BE	2[ok7^i͠ɲ!*΃Z[T_BA%!נYĄcVzͻٌ͇B~ȐOMZ4@Y/:;M#U	m8JZcPI:2IT؜8J^[] A߱y@RGH*۬*Nȋq;y`QOOC*i6aBdkW 
~y1^"r0/\+{2n 4̜4Xju5@k_W[KcL04$VUuHԯj21Uwяu;z֫"
ԣsC5s0Q%}s|_29:4[Crz~"%`A<+3\¶ߓMw/,
C`+?]?c#c8aNED$:S`C&ySRߟ`$cϪm˦?	S\ipZ1Pnmr^F
Śt*5891Ɣp(srDF<IN ܥeRDpfwwbJU)~mֆ0~iܵCY~0yjcU+WH?JLc7hpaVvN#?sRmŔC9eO@h"IQȀrӔ9iͶ
_n&k̐F"K6˭CtOeޣ~bq2My
n-%EƖƩ>7*tl|tRڝ^Jz3W/ʱjs[b{@0)ҳWDs%v4Ӆ6m5>SdӮf
;[Zw`s-_c9Hh%_%GyF4;%҉<yHlY,W	#!~̠}N&3WƩacj2lהKwjøp@ц4'+RerAld>ɶ4y?*ͥIĴim(?`URZgׂPh6@v{H;r]ް_L3F"
:<ɐBL I׺Lҿ_)Fa]:<g2޴$QWKŹ6ޅ]q3gΎG|iv5
E&\'L*seʱ#؇U!l6ұhW(v{GwXMn+ŻTϥw˦nYo95̲!hWVtTs9uܯHjR>eTEGa'h$>u̗h`(1a@HsT5]u"n%"EroAw*2̱`>gzBzs-qɳxv~JaHY=nu3̰ձtpwaX rl|{՜3|Xm"QBm$]a˜4L:Ƅ{Ζ$ԉ}N7HtIq.Kj?B90}oCU
2-ɽ("BypvZ6&,1gj]e>$TݕNV,E+ 	J5ėEI' Bw2ͺd\gאS!bhê~r)֭jsi!ilpV̟γYb2*;,Dcq(dc"m{;?ؤ-sKU%k\	AbņW մ|R=ʣ7j}yxi!{е:;^9HpEl\`Թ^)
kMSvl-nB̷4Ǯ"u``[ǑShAd;:ɶȮ4G1Y?֤UGgBdP4[&K=&Ǒ\/C#ԟ\ݕX_2pV^OV@lͻ̊eFΑ9¼;2 *F w3xݚŴG;p?jGznGt:ijiǫ%t3
mfP%?(9[YW)IyUIE:yۑW&@X\;܂xluq3a48;u#Jn+~S׃}(Sπ.`Z[C;L-><uaFL.̧ڱ~Eo]/ՃskE5VeG:˹?6B f6yΒVG.ʰ$ě؅^{3Y!9NjsɑacP/ܞk_C9F\X9p1*B	Cua=E9-g;brTVSZYWo&y7[ڝvb(T\H3"O/gYWbqp["hD4c߫TL6-G¦}csڹ\A>M>Xm8-_b=|oHQ8ڦb`~RSMC.z"pWotm=O&a̎4I$p&@<V	yU[̀|3j}B)c%Y||؂/\Qv}Ζ؃pYIi|i)U_g;Vބ(!2JcaRӚyǃxty;lnvkŸZq˴w43	O}k$]?Dhʚk^Eb`_ET@ͣ?:IT׿FЮ757cǖ&9\U ލ0o+ĝu&րdʜ]:RܡY~+Oz_mة6ghZ0NfARޢ{eϽT̮	H ImA|(]LrqRŤwGڡ
R3CQ=<ֺ9/[h0m%	ո.p%}q4Lޝ1;J*:ޅ-¿.3EMf3a;gn:jVȨ^ii$D;ZD;8J݃ݫgRe&^
'H͒тVL]lLog,~v	]E|CF!q'fRakW7Ix&SI-sZ>Ǖ-x
AxYs{}(V:~A,D΢I#F]hڀ*w;i;oǷkߌq&sMftŁ6}|j9wZDVٞ35Ԉ<'_{Q,78ݐ,;6ij-*d˄/RЇ=GO79Ҝ nYHt8$߶H^1-*8p\%wTP/pa`.8~wTx.FJ3Z=sThHbGsGw=T9Ε4e%(|'4xS]:#	l)c>W(۽ݹ=4qC<B.$t7Hf@DMH&^#j4nz}88(W܌$HKmƎNqIOtф#ٶ*YC/$79c++
^7_e8|z8?20CUݝwe~݀C[īB6%ۺ;C7s.oTM&tߩ׿g*9ߞhS2Ʊa+ng-\S|`
@ƫzfD)Vƙ_#AZpLUK!i,MUqx01ˈl$/vнm-oqA ۵bqf}zVӇ!?tO=^L
5#$=eJH^('2?JDauz)1 Ta9]U6A.vTdeK+F&xҘ[5_yKGĳԁ4qZ5oIûS!Ɋ![4)shs!;LЇdif9B64ƈ=Mkp_M[Q5֐	]bȌ<ג*snjŴLܸSBtݎ@r\h2H!ѕcvu@`!4#JVp6
XٻtɎ\qE?]u|;qpa`Uv$m!ـزŸ"(y
ќ@A^Lf.bOVHˈǜǑ	#RTMT9c:׉Vtt
z~L
Uٻ+`LJ[DhVҰHܟpմ^mpـSĘ#hۋS$iae0F`U'^PsɕIWvrs:p:mʠ^1wǴrxΨqM`|ϔЁt	Ca0Mt|[M̣q8dU140rlʙzq;Lb]>k^{qYAC
AD>	 VTio^'t=h۫9݀i?>%?zIt#$WI=[,VnX`n@`2.icqkku";X(xly3ŗ&k8rPqq-֍aGPJʭiV	YUyI؇m˰g>sPHbZ[{-Dep,Qyk_eJ:q5NS-<(QλUh_K+R\7~~TpyWo8*s*iG@Az׵[{ڥCw@:c.F-5r>yР+÷^<ē]pןy9PY0<),:/}
ŗs;.pI]̼bKAu'ُGʼv;YN0ޗՃ`m,(cʌA?	݀}ėhT9*\uz>e\' F
bIVZBYVC_Yajֵ0>$%U1M|Ѿ:̈́рǉw)en#?8|Q=YD@eGpQX7'ҽҎvHΣe,6Se'K8lβ2r5M	N(or}sͺX'
,wH؃L-7<Lqޣ,hP*_*XKT7{6)©0)q̡<N(+3>>?0EΊ`+$j*lп{ƶvȜw>%ɸyŃΌR@J$f',#YC-ٖ?<ڡX-~qa?ǯ)һ-*w[-;q+cs~	Bӕ)m|~1yѦ9ƛ}Ri*T<]	"ЫX}Fx#)̝
?]"O/޸^v~G6ݺIo#G^wW#&\IcӘrs($e
gfR3Td?ڧp}@^7=Y
'ѫD/ڨ%Q1w#X`7[΋8.ٗxͅygk
b
i9N(ʔ=6fX}(2ŠźWO1J_Vօi*vh$huGk*9;ܔjҭy#NZt$&wչLYʢYP2`ܵŭFL8{RtWqƆ0#)6ɑIvU[>C5ˬusUʽ3b
|gv/޽"`J}Y7Ö@_TeI!I8F/1?$ɓmjf]ґD4α9B[5.tB1E'G'pmGQ	?4+F]lru6FxX&-*\}+dIÅUov[#QI=nk`6l۔:h1"N,*f?ĤQޢuҧT'@[ς@I΁_re]HP3bOOnoŬ};iRщNHs2lb]	C5g-nUm_(1\iѨ^W&
6%yZO/{WE	Bmڢ|NfmcnjaZGOuG4~CNgD?hvKyʀkh+59-%[^mwavS 	jÈɲ<,Ƹ{\P'TJ'ǤP֝$.بI+f`,MEGqTݕ.EKCB=n_7PK^7h*_^ٜQ6<>4worWIrEGÃ(4;-3w˵m2T,P,A!2}Ԁ@#w&ޮ8nHg'cIðeSJ*σpg]|IYt)>f0~PZ RL9.iJkIgQʑsui"V͝N(_ۢF>0Xȋ):tnZiw] U[6|hѭ#EgţnAt;h\~u˓^kd=,@8^RJxԋPxbWktkn9gAif5ۈv'"P:˅ݞ ;W
RHHw#cV@={!àHV8ĝ1ͻEZlȾr>^A/
{C\+0F-vN*@bϨ+h~I}mz	('}+6NvXA?YnERɧq!(6ز,g'[E|mܸJI()^2ϧupɸDW\Kfk1)@>ay˺݈E;ISg8EnfgSf	wnqX{I#ft~@xЕC.qY-6pJV/Fo7GdٚbΞ,nT9#F5%84
O7m$*Ruʁ8v=rƻi@8VWFN˶W4b5^p8N&nTSS5)εҢsRN\g8#6~цwc4/NuiP8a1.e'KQrQ-sBnaB׿fOE܁=Ǐk3l`gj]IvNu6otO]4ca\jT+Ľݜ=a4~Vb5Ӄ5.w4evJgިGz6 m
SW!E,<8Ùݟ%']t2O :ߏpČii͏ΘO75)wo%<Q3NqR"rTgҵѪxvqw։)5,ΏMIƬS,A>g7ӽ:Wiԣ}Ţx0gcthWDyZҍ)׊ 2g[LO>"Y9 aEmE
U@S67xVkNbܫ"Ƽ>c<ɺTԛDҊ9M{/в/t!Þ%-h9?HlͻyK1ˬ9KmF|HrǕj#rup|U\4~sÖȗolH-Zɞ#\3BGdQm[Cgߨ߃5(Ȟ(X)=˪]3{w(pyljɣ{<݁Jm<<mÓq@7+LVؗ>8U:T/ޘ'4'}٬Yd7~Es>n3+ҰֻjqըbUHhkҭ$%X'1N4,d6Pe o96e\׵rQB3YV1_jX_dI<Gr` ^\9VӦU`il/4M=[(Ya_">Tk6^klL4XnZё%P{2XwK]tuq6sӈ[n!9vyq1G66օc_`D1).zUi޸mXǲ)/1ll3R}*ka^&~f:܍;2:$+վڒ^\#6Lc|zB=c>(N۞rƺ3Fڙےy8'!,HTz5~(civ!`AFX;аr%s0)|H4vڠ[XٕWր4GrBn+lo_a o0_sYqiizvܲ<_uvt`ӆHfj/sMj#ҜRw+~p>l$LPA_T^]~!֊zbAOt3ϕt8UַO|QJ1piømFqub(<v9>,JcSp%m|(ۑ-yio dE"iOGcVXqs~ZGF!Q80}zS^0Mri%ln79O _G}3ԡ^ײQƲqutTtq٥J-Ix@zq=&^S!
)	?b;lA^њ<CL}J;!G/5'§B0|j,ˊmє/hGܬ~ҍ7o_M'ޝhJBUˬptLhE*b߸]]2J#{հw,w-728TwpRJ*
ϋ3[B>dߘzVzL^zt=@s
<$6Fq:J'AJm:2R>t[j߲eiW+ćTwdSľ_ɵUH܇nf5z_Ay'Ez*ܰYё+?A?n]	I@!:BPэYHJu9=ѺL>p3,1^Σ1^q6|5ҭyՄ7khmn.EVb6h&s}3xTVڔ,&Ljr9(#t-89Vߴ_'L&מٙDg`K}$л{~Sw6o7S=bpLXcO\4=ϯ\S<LChl9vt'ĉ\Ǆ]quE;CPVE5k"}ʙo&d+JX4Hʇ5s*9ÄI{ai6:wGVJ4rh6_{Pـ٭E6ʣѫX/̗-$5!@aUŪak)*o;̦SP"KGKRʫ,N:rxM޿Ȍ9F4/)%Hի܂nSq}s@Xʥp/ebiƏˣ`he%R,SZisAߪ7]wX^
#ߗr=)b5_Wڳ6S^o2EfYDTo[[xƍ%tte	K?HtʛrSZP:b5hLBdeA=f<FUPm6&p3ԳV3)[ցK̲ܩ1/h31,ʼ$R_20X>΃T͂
FS6<&4h"@V^IXdy+>n.#mIF!Z4ZFPzőHy3X]q]ߩdxbmo&tn9'bJQno?n-נwİZЕ`tw:[N%okU6_`
[</TV)Y|
+Dз3BHujMO!
LChΠC|uBs`n^AIf˙%-8S2ZP#nژJk%0Sn#vϓl;<xPtӣçU$Y-ГR+WWٱBFZo3u©:֓T}+35"JUM?A2qԘ5{mRgrܓ[5XQ#;37q?L~ujxO$+o'OKa>{o^
ь;5Ryҍ~Ԏ-<
{w;}K6pQMJ9^:"
i^	[MշLY̅׾͊T"LԎu#2sE=Նyy{(eR,ԧ)bv0~T%
]˰1r͑CIǘS5{E/
rɍ%/aw+sr?s~*k)WF?tAB^R8q|;y"U=ڽ.xp?cAg>S&*k"܅*mvX[)7$	1m<1ٻur#	lԒTDM%,KՓN՗CCc1mDӱ2µZ@דX_Y2XD8<<`Dլ#"s+\н9%a;C9<\r+/.J, ˤ0OŶ`{HR]%,uE޵07$&
 qE%yt&dЌG#C:g4ػzyΚ`jjŃ%L@<l\Ceke߿h)phzu|Ds)=&\8Ty9~Ԧ6ڜWuz'~x)hDΣ
3pNof[p,ʏ ^qBPߒvڄ!TQy)JrDO)R:. pzҢQzɭg:w
;z̗\B؝cMׂ[eԝynʣmeabjdVWTwvz#0UlTva'xj$6=ƧZ#k̩_fϩtʢkvh{Qrl٥.>veik(y"f":H =ۻ۠}	ϚVx vzR)ך5|'֐uثfZ'NM\[/Yb=at`AöoUΙ@,?}HQA#jZ2wˑhbsHn'YPP =c!IZ!*Iuq>OU
2qKGs2<ݓQW<i'8׼5F`	z݁5J#͹̆*ipo!;ZNe([0d,qQwZ'jKiv,\Ǥmbb^=:N}~I<'^xl:,1u((ȿfĬۜNFLў%ؤaNʻR]9Y]`܏g+ s'~`y4"^SfWXʼŪDQV@,;e#g[)8׵@:_{=Og_A+})ȯ۷	@ȍ!5yaS?y`RȂ /WU j޺$Z~rqtZKI4װ&E _"EIa^Q*qA@@ɢvO?H1cZ͹PP9tgwEW3+l4	lڙZr"p&8N(RSۡrܼWY[)`FTFdOXSM[=$8XRK,e	I3xRqճ;Ev5:'RrɾUEtHܰk{5F}/e;r5C#>+r9Xyp~؁[(~/-/T@sO`lf!җ7ܺz's˷6
i;	(9ԒdC݂_.Yf|Ήm.^+Z?'*LCjնv!xןloU<A0û۾Qz6/Ctl	YՉ`
s@eb**Qcv_f%_@L&DQ	P	gh!D<5zw_~`]m֊MhA{"mA|TO_4ߍeÊj'i]kǩIf1[')_5bz^[)[/־Jjt`3 Wx2bWBݿc?l- MmwG2]ՆM,pzV629[iv5[}JELP.oZHNqgSIS[ߨ$Ľ_LEsCvFG˶-^wǽ1OʞV}#[#Iy2Ï}QE3=P!٢1!oaG_Q,"1m>ɤ]*ł
vp5]-9?6ˢYb(4 jiЦɛL
%0q_߷.ƐΝ+\ι6rS8q{KCS^ǍxXɪ08li
c|Ɛ/z*(CLĿ2ϼe?=ݔhk9Rzں*ԗ'3oюݙ0wA"Z3`A[zԊߞC.`е%%7]x'q6QӎMa'گ"|@
;I*t\XEYI2"=3o.qKX=3|ޞS?
C&>̲)|;q3@ڤ){N2y׋*Б}6غpLD}/PP+ӃbSNvFЊ[Xcw:E±MRoOǐ3ROr12>59:5+XuLb{p	oeڨ[EkEl]d%o	na|\~gc@0-0"@0xK
3
eU0ZNRSIjRVM)<xW[}
a-;װˊ̳zO~<l(/]7V"dyo\`jАzIYaJ-qUCޭg{׵GaO֕KҰGH&~el@r
;y8[{Q$nK+ݤvdgk@kyϾyU	̡kjAkXL֥4@]W7Q@'ȸgԹ
`h6R{LJҼm\9<ch+usE#J:ͻI_G͸tQFx]TX٥^ϤjՇƕ)sǋȫZ+(5Z>qTZPao(C(G3cn9`ד*X$ߕbo7'
''mjqL:$8*=z؏ILycL(Ӵ}mLiw(ubCEnn{<[v?ۂB'L 'ەFNȭR?`r~f{Ǧc\6nJq)f7Np|5.\	&%0pͰf@<3opߍ0[fTx(bހfq'W5K2ηV']פ0Ю@\#p#uҌRґHd4R%CUψ Do#Y"6qad?5Ĺ=\AƳy%ĩǲ0!Wf%s4GHxA#qخKZ}={7;xD܀o΂$h6P86_Nϵ6G&4[VSvĞۄ6n2TAi}@5rW#wC*I3b&!uYA(0FT7P,in#D_W;}
fMYLp:M(%tz^дfu,ҳ>_-/I*Cj9;8
LKVHa
r`>>-^];m-6$Zj9T-k1͔2ySSBLǔv"T8D"sĠRd5=,bј݂>,C,^AD!]ZŷTN&x֏1߶}0[=U[`tTwäp:]Rã3Ժ{0-dѴι8#s0ʮA/+DNl,8V!!-<L!ǗKͱT8=\dyۥ~CSǋzpB*oL"atRx;aeaE6ld=!Ěn/Sl	˧#[=+cAF`sD2iV}~Tò(.*G]k{8^6Kϗ$U(<EKNlg2
PANBU$'З/>v"E#>RWylvEߌoA6T?oy)!3}i>n)_Xmsl
Shqf{qJ*.?ރgvMxP&^	ۙՔCQ`HK\BNUdMH	zpɒh5Ƙsp%`Όl{Q]O-b>vւN0uke?dn2^o<& juSUVpKk}ܓ./yq̙X$(^*;2dr̀ɶS.޲Dv$\׃kEx!UPͯիc#Y/3jN'J'ǈ)74r4ӭQ(҇:c;X>OG]kUÒb_+EɷKN`щʍa܂3Qް&$AӄBҡ%@׆(iZ%CNECD_RØAXmˍ_:WqΚ|a 0&SZLO(a݂G<T<#ϓLS2IsF۾׵g&2e:пCb١#AxHƙV÷P#Lu+.U
L%,	|peK7a)P98-	RJg.{Lʨ	P(VvriMPι'JfsNJ3wtPڍ8oy݌}5[ޞhYj2$yՀ5ͦɍ|JfXc!DI8$"=S4 9	#N5m?`C˃y4]x;fiBƁ7r/RAjDifiIx&!vלW[ʡM]FOz{(CڢW9IoB{DǝɤOήZ~?OъY
o&qTKʫiؽI͹~6oexcOsc:ǔ
`E!yؓGج.JE6$1 uvӲo-sb%Øe!1d&M\}1y/68tZc/`$ª.sHʧ6:ZkkĨ}Į7g3m&fʴF~'ʤߨ8{zuO^6ueX֬ee;C(vA,M*T}wF5b=ҽ9Ŵ{Z,nYM
ce8{=ef&#x~/_B)~Qwgc!&UbN'"Ɏ8}7A.H:ceW·CҖL5f8]Vp*`߸(^F5YR4D3xݡh $s#5jb) |8ݚM>jZERnFÀ~ņ(;AHgĬ"L]0jcBucYD/|Ϲ',ڭޗUH^G[]Q| ؏/Ņo{ӆW?c[&&*سƆc@p#FD8@VfQ28"rRp$P~mAN֣-uC>{y0	9^g2cs^Cq4Ƙg~N٪׷ȹv$v
ˉ?%7DRQ<~|oisJK-ӗgw]9̲=]Hĳt$M+X)Γ;`W!70ZܿIp2l0ŔN{,h&,&a6&Oœb-P!Fqk&4r_jsbQo">K7i,r
"ʐ°c+_vN=[gؑV1ީT`F¸vh7eg	7lNe^v*IV%}TT#ѴWͧ-۳d_ܺ];{<H^\=4`m
nk 2)J:˵]/tљjisRN'_ЦUn`,Ws)XX/?eLͪrSyf5׍HZu[}aݫgp8´ddLbtA#1_kޗp%j:MfaԛbDŷt/VkA@[4v]@(t۲W׮*V8˙R?0ދb zA$]p4m"~̥S5 p}5Bhݧ=`Ȋ/]4>[t'QZ<ʫlumjWϭ{r@TJf ht,ŽV2
16X!ҸP]cV{tfrZuFʋFp:Hr!Śhq`5VnJјPҴY
:Q^RȇUџh'[Ƅۋ׈ tڨ\&\i*R!q}tԯLs:'kOLj16_d_Bڟm6Օ]TVBnՎ%IpF3!_'k٘j"d3F _u͒>Y2VbJO
!/9G-ZEмmy8Kş nzOɍc*Vi0Eھ(^i:2qM0oI\Ģ\;TN;
rK][W1Rpm٤Ǐ#WԐWnoEX9!+L?4.]XdDa3Sg%$;kONЇ 1_B_\M9ʶ+>=HES?RpAFi0A{ʩ=\Á$[eiw5sHk+FdAJ5"ͦHU+?q'|V.
s&Y-3" #~,$ՐtvCLR|33؜	/EUۜXĆʶ&Xkaca؇Qsx0!np|Ma.~Ք]sdwaVUm+H*thVʌ)8sϐv:]tFmɢ*,ms32a(J|ة.[WǠNyߨֳ%ʆ;;E'P%3	ov8v4[,Dp6
*LwٙZPsdn:4P&Ÿ_6z*{3Pej6\x>}A<DCp;E	)?EǞ6mJ#Q1BpZVaqy6lT/LxЂeY1%cT2s.װT7T[%<*TMхdY҇pM!vq<#lC>3vzݚvߢ"e?/*@F"LRU>ȢBvrTxre~xle܄o0NzӾ@7hʦiZ63n	5pw~CftTȫH?z|ilӛ}yR؊ch
ysRq6Ϻ]^JXX~c#YtVN;M
3Tlɮ\њYـNsҺЃ9edDҏ<~bk\E݇ιoԛ|mbq}% }ЫҧwHj>&bCZ-i,l3maC-{?NӰճha*Tbh)P$<JٙizT|mN"4pסKpIИ;9a4ѽDW(N!%?u:Ҋٿxed!L$!Ų(l[MaŲǈ+pFй݆J(^(ƔC^Óf~{˄!jղ\3!ֺ<!NR[ӑ1}5BҰR5eƔP1 Y<V}ѳw7Մ`Έb֏FVϔ1;Ȯ!0R	Nzp7ZRՊ]UgR,?vp/31}Ʒɹ0V'ͤX]b#JֶČLCBɦ,ĝFȾ_W23Gk;%y٪ܫIV`j֜!AʤH
{/z#8Zt];O;],M&3c>iTʚj1ӠUXf]2}h1CΚETAZZ$dCF1ĢU_u/i;d.Mj>Sp#eϨ7@tʒa.,wĥ'YNR~ۜTZÝVPQ1إ4(=dTY
%x7Vzw95OՋ̯c!/y:p"Mÿpq-yϓXa>	z UHu,?AthRGMz:k:n_-c]Jt
VkāǛ2fGܼ	9bȶ5PRnR#`u+ɴǡH-''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25003)))
