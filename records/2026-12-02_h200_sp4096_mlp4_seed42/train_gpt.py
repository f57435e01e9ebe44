import brotli
n=a=0;b=1
for c in r'''׎WC-)Ԃ'rVLDگu*;؉iI#)ܡQ`
(2ӬZJȈP-_|։}\Yӧ#cvoepJ`#X*/ʭZ)`E:cyG$͇c{ڋF0׺X?.ɥ6̛Ǜtqz'_=^MU}݊P_x:.:/2T:#H[%\0h	gADdC4eO` ]|+	ļU_ܸP\߁ЅRDlS؞L^%Cݣ
1a1(YmZ~s$U)$LIфBoThZY&9V9
̃& #>z$L~rzӦ2fC\grdm}oD3ǭM̑[7/e݇Ji,TT+]R-cTnE
40o.i^&Al;kŋPmȻ5P"J4ٲ"K"'߁ق}FZnwzˢQj"I35<Nv@&n! {9};~ױŷfjgM$-'6
6#]K3;ԏ|$9TH;,U?֥z3f2+L }\&%EVčZw4"gksښi>)Š;ɞՈ~Ȼp|Jdqjf;4l	c_jjg ';NY0+DS%;tҵ>;ϝEb"æ~_9J>gxPӻYOyy6;d6`yŮ{5Q-ۖ-ѶDL|בQ:lءʔݐs09XXc(Oƿj4)Mʐ"w<TKW3Nc$SjeG-I[ܿ_UM>t4ҍOխh8٣7; xc8U!ɀM۽3@gYUѳٽ;<U]e&Y&l~a6MEf5-B]u%a@ݥUђbͧߨۮv"Xs%sVĄҰU6®ziFvW<Ì=o%=`Gg }6wވ2-X:+=syHO;ŋ!U)h=s$T+1)/IlL2awײ߱ݾBUڹ߁g?#
Bڊ[$Vy&EK<	A`<.tr$Dz~-=$,~)V
f)nv֍y(?g
e<;O%qv	,rV^Ke-%rb̮~YV6$Қ0y$VJ":8]fԓ(8R	TKhӂ$|m +go..QHn79^Z؋Fp*9Q2?	/-,aU+Dl
;F(tEùR8a2 c?9ԿzQyQ(βbE[`GL"Ǣ|Q7swR]Aٗ7iĊhۺ}C#-<Myޚ]B֥s-YjSuԘlRv\Iw]Wg)
Ё:@eW˟eȲk.XL1XcE@klyޖh_R\#Ǎ֌҉vZ2h~85uwb6<JY5:Tّb[lM߁&ofAS'θ2jg$o|bLÉih;.?k>8:-}Kӯ~M7#Hli2tUѵ`u0;QޑQ
ȑ8ԍT<jT)֢a*!m*3,OS/ey[bcd6ԧ>jkЉ25OA/	~if-Ջ0-ы'y-j̔*JŪC|!~z=lE]ެ%_w.Tm_898FgW]$޾j<͏Β)R]$BY?yYw09Z{eЍ@GQD۪q҆ݶɤB>scrIkBbUOՊ%RJQ6,rAjkuKzXOr`1<ǰ3R/vƽz1̬,tg,+}c5K|2hA$GQcP$ў"܃ns6+bCMٵaqx=|eyUXg'u8J}8<XO:dA/N0ЙX̎EEd>^x+d,Cb̗ѕ3VJ(m֧o0AA[,VΫF1Q$gKk<){qE܌֖o7.ey;M-yʱ?>~0AoUjDu+3Q֯Gc<t	us"f&>R7WWv	A":icc|ǫς?[p9d}$՟w}fYƤpOo -`GܪCFxtuɃK{6H@}vQYӄ_9LH@mv;v?LE]JT8O89_Y˖4/zsJ@*UDNS+w+zmNׯ6l$%͙iJlc)~Ҵ[oxhR7ġ*a|-	YevJtq̛TuDߕg V,-{zURUXݺƀtMߪrL|PLݪJKXTsae2O^OW9-ƶބGƈndד=:nՓN m:֖(϶oSbRjٺ}w#oW[>ښ$96jsu$%+hWRԅC!C.6Fs''xyr@(¨0hVapK+ɇiz|{,":@N?XֈP|G_Aݺ'I09|@6N)h~w.nTŮҳZtR	Ht̊W;Rc3{M-4C,fxۀpԧ. aC}rH8*n*n$Ȓ_kyar}_`ՃZB2ϔX88*7YzX`*}w&ePYz<:L6,}4@>tZβ,CyqרN1]/Bg&IrV,ecĩW<o~)Ac$gpnDٝ>B"kG0@VGSG+77,0ٛq#˓aزXث$-ځ|{v1iLϋeP(g:~0zlmt5:+#ٵίe5AaUM_Jt4Dyts~sX'GȎxDP{[SF&ňw>dW)ђuv?3):3;KIƣ"֣ٙx#bD-TټX`ڗsP6mnOW¹L\dѯs+2n[eְI<ڙbvΈ߭Dͯm٠-9_sp,O+xK;ZȪ]ejs,JΣS,_}8h/gġb0VKQHSXugۧsw >*P> fw\ĮhYA~!aL
l_Щ@d%	ٝZ{%>_o>hidǌu=HOB#ѬG, dmS	@׻ºZu;V$0w
JV7Ѷ]ՊN\Ӽ,f*T{k0l}aفˤ;>:lϷSCqH##:6	wocfQ"vCTCH8QiJhms&,`y{bWW#ݺgitEL"_qOMK/) GӉa!7Xދ8w.$n4ͲDh$NXE>:ʚiu'T&9guJL|~fzvqAo*|1͸Aq:2(Sӌٵ͏Zp>"L|7ȡwT=W;5T*%Akߞ]T	Dw¥mP
e'sι^	ՙ"ڵX׈h98O<ES̗_@:**9":_a2էP-j?˴?}Ӝ&dN=d{a֒Pu0i۹dz7|or~]QYr]էkЊ>Lwe0Lmjˢ0>S/О`o*WcxtIǁI#ɢP/(4c~L'|8|`,R4~/P@G5zrXmt>V#[	
g]egW5ONz5SxOKdb2]'qqI(R6hŵ˛:P.Л/Ns"+ԇI^M-\]H}9>L3!ʴ"Qk]CKPDٚʼ.:4Nr3yNI	/cuB&XNiQ"sx6}>D42fwQ@6XԲ1ZjRLvYŶ4Bo**^d]l*Z)6InXƝ@*?'OhN۷]s6~D7{J4a*sxҒ|;.=+ERHd$
jkdΉE^\&^_ŒoG,LW=|a-û"ՅּvtiFG,VZωb!ߢrܛp¸7@:^e=rDvܱބ+pep_19xQ$byks)ӈ"6ӗK~ˊ4@K0bZedwoib.?%9P,8]N3T,he5fL`v"+m̈́Ƭ9HrNz|5qRp/W~z;z&ExU#Ix٤b5C۱+/>KΆȿw}X֨.4ʏZ}iSazPӣ~:Mk@sXЕ/:97Al`ĵR2Ib/|(ګ0"Iwݦ\VURChZXO.];L34GĴ[qAgælPŁ;W>ZVd5N$PkuRx|	i$Y`5uFHOoX[fܬ}Vґ<p8_b2BaHxwFSļ$INӗk'ނz\pڰ̥ZJ~q5P&83M?4ώX;f%gFS_nKXpϗ~b@mMɛ:f-NpKEeClYZ)EnP.f,$pذomyB7Tn3|9vw<ym3hGyʱ[6!iA
ǱWvUՍzD/+Bҋƿɉ*φ/1r[uaޟfR,|LDpviҜU\=Q.ܝ?X7sw_6d4uC1Ƨ
<
7WB	Hmuގ]SBNӒKIߒi{סZ~ȷ~ٶGC`K7$}&&"͗W<[ķE4^({ԹC|w+^C=ɿCѓ8ӳS=@qZ߆ft(IeCd=~ {:GX>ѱRhL(y}oR9"lAJy[=Mq49su^jrޟ%qn=\NCu5esWCM,t)Svϱ՞EE&j/UJAmL:ߍ&*9ӫ0Ph?ʀП0+<-J_X6ĊÖ́P7ϛB5ƱnwȖB!V8qd)$˴()c1Ō׉zE|irwcԩƚYGܩ+N,W|zUӴ{9|8ٵ"6Oh<m`neVeڰ .
:ܳ
E8EޜA4ן_7֞,ӄ5lK>{A?i`6"*BPv{
}XƟǉKPAC;	±XV89VE& N@4M}}>̧?YUTZؑHcVoWxoJUzk_4dԶAJb6qO5H;i2ۧ
բhHJ{	BǬLk*%H)mHTM5V!|=OcJ1,8v_qRPtk	,iI}O"j	2ϟ@KWxǷڜ'3p_ť>T\;iȂ;f(3Ӥu;`j_,\Z'0=aSG3uZcNl}ӡ|4ljvҷUx7FqZHsPq^#6iňbwTu҇D{ٖh<DBiyo}\vE9oeOm"}͏v(^eiEW!I'2p7ކ4̔JY$ӀV;Lƴt%Ӹ0W=&˥:S! /'LFM#A*ʯXphYסjƳ·fcu@}٫<t
SY)$VWפ:T8}E&Û+H/Ґ1!Vvb]=Գ0%Ap3rIӞֆjBזԨ;IN{3`<sI:z!8a.Zj}<#ǃYlܮ"MjG@FOH߶9?Xwur`
gnRET<;̦v}ͨ;yY?A6#o44vseѢۘYzGdNT:2R{[p@7bL9=L.ΨĐZe5"'$|Ɲw>vcP$&AkzTlΞZބR=Kkƣ~*3<7dg1@"#CRǛau+;ݣ(7k%;#y]Xc%S`B 	)GhEJm.P,NIv#@UiUʆϳ6}{u4p{.{ZY&Inh.)u &x|rWض,WWۄ81q"ƀؕ^@wEEd́r< hW߭әLN`-Jŋ6֊ss{-,y	/t[i`9g/.""2or4̘`=~&=_>f.
gW1x֚y+6
N5{lFj۷!@8b3a|lhXs&&ʫmehրz`ͱɿ`/9pNI T#^&P Mf6iO6{X,5ȔOvCF}$hGD1ֻ}m|oipDiPCs5a1iMe!PUlfé9Lf-FWƝsOvD5ç_@@_C:[$x҆;~vΑV^Tǹc]A`Ҵ"%5
ʿ̳l?Pwv%2NZN=s|ҀEf	J!ChȢ[#QϴOq.N" "Ϙm@ݒf̄]@M)GO_o"Nɂ/m¸ZŅ5&@iCCP\LH4j[<!z ?͠yI*aVA+@Bg
&87GeqFX]\ph6&b3^\q߲Rw`T"aξl#f1Vko,GC(Kg0v(Ig_Ďor}ѓ֠@!q+XWYF<ɧF}pNVr?~D/VvV2 Yٹ%֔kwUci&%y4To٢.áFwwJ6;ҍ×!GLX"aߨ_4ȏ2R4?ʅvp9zťE\TUعf{2Ï$c;@rbb4Ԟ'A{j֬ؕ`'ؚWdbh}}5]f0:PF]pvdarђ_)Lk؝MH 3n>rCLF~8ޙ!zd=p}i
Wdo(sna8N An}=5&_8vFaVڔ׌wj<9)k28i1=f<b%ܬ̻eYRB|?1MOK4Hhr]"$A6@ܰE&<_h&3>agzHT?\VІzSX-/U$3Ub0w_N^J]r[jnK XlI=SAsMg8n)Nؕܵ<~Z6usÐɡn?/ܳrP~ܴfsn(IKpmNwvx
irTcm)VϠ2.aAWKN`5xfBdE.eB9i$s,b<u>sɕi»2fbʰI?@Ĥ%B
J!l9^́bЫ4Qɲ!j|$|HHEΐss}íRSKgAdߤ6I>U"֠Vמ2#l>2.JI3b')m̂[bۗ>n) Џbv6=20l?EBR
~dkB;޵Xֺ	ʓ8QGH	Ҩ?<7^(cqnOmZdbgn|b+	_2ʾ&rdTRyY(0mcqz,rRR&(wniz![nxm:Vey7#fSC/gƿgHԒ2GT(WdΞXJnߤ"qWݞF֮sjAArv |)GR=FrW+NSV`-h7ĝF(/TKw.?mjfyW)|3phݕc?9ҟiG.s0')ne!4'ZߣVFE;xuھОvYyGv~q'9[x~ ߿%Bx$:ŖZ1ByǓ~`2@¬.:ܓJm@]_"z֒\ٲ<LʁN_ϖ$!R`֥v(Zƨ-_itD<Xmdix*Ρ*ӀvfԣU2O=9{z_t|LFI V865iXDOM$(5 OiVǣcyiL}GpۡYJW?ptn9݅NtV¢ՇfR(m KzzNVq[*LOT<ّ؝ސVēJ\AZlMp+*;c5Qv2QA(mx&XD#m.sF-
jR>Ǯrkɰ׽OR߅L"eil.>k(@67pc 	.I]SԢN1%]jzU߱,)|#vfzϵXnx@ۂ_8.%<#qfpnņ7ZH'ZIz=2BV>+%|˾RbO#v͝!w Q>
LA
"'|RV>JƋ/}&bݟWOSܟ=G28ExaEZGqߺH,PLWЇ+3_dG޵GYsRL
OΆ>*[!ȅADq>з
?ВF`Ÿf	PǹlŬi+Wǚc^ƦdhSTH47ga2j
UƁʨ'x؁z>iB(o_*;űrdQDۃӀuu"rW8(!r8.Z2޵%DYΓ;<&ʽPَf,#|EY!	[/q'CiȽ`ϯے4QVfOQyAQƧbDIe@RiעDbہZjv*u6_m!Ƃ)КnלB?͈| Ǽ?V؄>̬1`rĉډ^V^ǉב'_Hvaʑ0֟{tv;l\Գi~wД5j+MrI;GoݟoFnAfe[16uKxY+Urݽ
*k!\^4՟X Buim*چgQw#(ιJ?W\MpÍgxEݺ4V>/s9o7Nf !@yW̦gL$	QJaF%q+(ƛڂx6AtϺ}n,Qy'Z/°c	sy[zʫ50c;Rkc# As>ފKsVwۈ̆ј=:~eҘ}\݌: ,!xT*=ȶOd}Edۚ^x&,6`.xpl_ 7UIrwh9{ݝs{(*iN`skƛ35Xؠr9Ui*|EBIΝ#Xն|N7V)ϖP݄GTG޾R؍63}˜;ih8ω>md$b'W3ZE)ucjʕ|DUF/JUܦA^-rצ$/VbF^i={_w|rzKhW`V(c	++2`ēmRH=9̠9OI>WcztF?Qm$$#,'Zqsܡ.V ylppЬ8p]X
d|7		ގ6*5Ϝz*GrZK'2-J{+C5ru<c|%mjMԚ:,=R+Z*ΌpŻj(k2Y[uc~xN)yQzE"RץlLq.S6~a8ؽVJ8^01oKVWaեA8m79ԛߠkɟ%Θ%9?Y+hKb13Ÿa	+sg{vY~ˤC.Is`aMȟN؊a+{%pct8cƈP6CeL д1bXvН
|/EޱE{6WX6O$>˯mK±>$u"%&$Vͅ*tt¥S	MV"o|%H$_#HAi!
	{_VX_+Ö0S<F{3ILجjEuҢ?Qo|UlL&Te[g8ʭnnJ]ʎr@z)naK"q{@U{PG_#RUɱ̨(
R,IPi-2܇{!_ϛ8\UD!R Pkdˊ%ǹ9$*>lTƝ)}aHXgO[dbU] >WV*7ӻ>4-N,4˘daKn~wQ޹AJ,jTe22nĨ;09"}UPU&]/ב/Q=ctlg}Lk>90fȔu5t!DOas_ܱqGκfronfZLO0Z[R-%T;|Qw4z[ԫ)Rcz4ha$l&gLLz?1S\?iݧD z.ߘ̛q:	Hv'S5Z9%O#mys+PiKŗ3',b9q|؊ǽԄ"?Y6VΡ/?3ʪƣ0L\
?ɆsYm7@[%>Y>;K}s*Y6{VmGґÅASy݃ټ.;etJUVJwg{A<[ފ73-h"YQ5؄2aKL,Aƺ!c .p؜Blܹ~Yۍ[M DR7Ǽ;#~;g;1IL͡mĴ7a"iE.!YlmѤCq{&xqBELn·W{II	chs*Xe
O ɥ?@وUNt_BZRb_,.\]"-1=gz˼/Jl3<yt#Y<8a'ԽчaK`L6FάQ#l|ONM3(+(ٓ\mCHD5}<0ˮg;c?d`O]pu.Y.%@{ޮ;`Lz<̘΅)ų>)wktÜOî#=ئ;(݉֎{ö;&DE\m3OKt	j˕xͽQEX$B>lhYZG0;δ>!ZtNktHE1XJW_Av#Pu0[lg+IL	S\7reSX]07¹ߏ4-&yFڑ,hHwΤxq8|2u9f߀ӜlxdAF&0Ep:T:0
zإ.ۻز=I/ؘkļK??Щ;إѸ-)`g*s!˫=Af(;Gb8|;Q|nd})s528/vo*KT܇ƍUݜmGMǱxO?*dVXڍ	hD%IBV7!˔+UL EOMʮϙ	&. N+u:U8G$qPd3=uxH(Seذc؜_Ԗ {fZ.oX{OѶ!oLLb"
>9ހ\v\ ^7hMTϞ1Qz4uNu(D% B,ٹTFCeG@B0ʛ1ݦLxՕXݔƫ37%NLpt ,gWSޛPӬC} sٵ֝ÀÂa?^)pG mS%ˏˢ˓LC jMnDڸh<N	3۹X-Acr#W'7/e}PdWӾ˃I`BSc*az5RsBXUv-#Y`l̬.GeRHP>5޽	<ӗÃ8kxkD.g6_KYFtZ|Tc;z|;X6c#7WC`YɐֽXl͑#/
iV}nVI }}X_iwOY{ڗ[KKjB0Q-_9ŮбEb$S֘ZE.b'MCDwl\x~XB	>+*l)tԤw)x#`H؟Gq׿kYyϑȟ]?jk7};zϊD12z0mY
sUZdQ!KJ]zp>%M0%qj9ɡO+K1w uhmҾoFmjĜ!qY}&xi1DQ5ft9%D%VL#}9$W</mrw̓`fzj^kb>v]HnG(HjDKV7dDJߝҴ	8eZ4yǗ#КՓO)nS7tEHձ97-!nߵ%wSuQ{s+pD(p!	(UL/̿@~ r>+@z;ls5(&LL.gE:{6_	mGϧ09 \_ڵ?ayϛ4&	eBX[X$$g]s~ǤuogE+,w~B>46i1.b5ݯ9E4`sXݕ~^/۟rު*Sg:аD.|'xÑ_B
DT<TW. 7dفUTnm1ы.;
b8Wiq.[)]}͝ZLU	4`#
H_'VWjF$t:G_h14/b)j._S݅[͢{i)N#%<ԔŮcÖAA.%iͷ(t|6WVXز)C;Wj ҔLd=oI?WXuC-@޸~A%,ײcִ֒-\:dH#љS˧4\ɩ,8ГGϯGKPM5I?C|ew&ۏ_$ƻ"%E,$(:}ctqEJQ`3ҜsXWcը	[|f@2Mh:(={9ͦqu"ܿ`DHv(k['\h~|Mh٣_KҐ\4WhpOTZPƎGtYmYdϨBr٘KV@(*0A\œg* ]LًPTSϣX=dMt(8`^kƶ!'dߛf@8Ib-)-Vs%C[8ӛKd+lA;a*>7{qrR1veW;qnqZt6,lk߭24ƀ3HT"ԁe|[{Ցtqy~߈Mlޫ&fAUig)9;u$hޞn]ŜOjoxs:g+JnB܆&C8ƈҁl%1ܪڃ~vت<$gŴnn»Xt*LA~p"^yԲJɷxit4AlÀG֎NWqM%tȱ,sͩtMZ!PUV)F>*o+b?ֆARc$[ZUYd˳e
ߏq;G%,RR/Sy4/<_:'ѻtFsƿˡ͚(ήIS@UH03Cٌ>oʬTșԏ\4J\RMF6ޏlkiGA'"xa-y2w~GSVi/d$P^|sN-Cq;Ǥ3iArS1eBsY1;\ҸGK	o^ױcy0{'ۊhr<hr%׸8*m.ZnUFuuJSRGȪɒl8*4K&C@<nS$H=%L%UmJvsI%m`ÛK
CRB;>zaٹis	mDcU41܅#,{G[#5
[*A:22A3v7,-כ!!dݪ(%m"-?54~c:pIU֏Np~P6)'= Ɓ/bziOnTŴzԎݪ!2d˥~HˀnLwnU|-}wE"ֹkztj@~wŴm 6-oóInu lMGT3C: \޲ʻ34fA09ުk[Uc5pWotA>dBԧ1RkjD$>T];dZo%hTj8̙42'q}.WA!1Os<=u9~X0ؠng?9dV  	6e,oZ{x=4ҐcY!äϔu:h=TmtK/oa$VZdU,A?Aw:~ʿXH׏܍K}<ljo5fID]kۏ$ޑЮ[FVՋKBٷ4t"Vr
^ACC7ͼ8jT8vjJFRO>Ĳ|w(6#9,\qFDܺތN*Y%zP3{l˟T7E	< lJ|~c,4N;,E]som^'ݒ)ך5J&iIP?yUmHйbơHA#=Tgn1y6b?GTepCmic(7(+E;t=9k˘ɞGȿ#UG(?;"yN"Lqs">[vcOkkpC5_g#[>!C4u IQѶ{ՆR#Qnۈgi=[dvߕ9MmRz=S٦R[pjGr+q/ޜl/CQ@ֲ5EC۽ `dAN>+B#f`ňG/o24Bu
xRL4#c7!'U9Ls6ӎTv)C}ܐɩęo2rՅYEڕV(E_գ]5Nu[N+"KV?sِBA3ynb-_<8ȮyCgۍ-Vsؿj@?Dh'ŀ1ui"\6	uP==Vi0V7Ԣ8$47h#ކ[MDyc]W"bY7DhN>	yz]H/",aPa(M,oވ7h-, A+%n!CyZ5"lDR P/u3֙|`b*j|FDm?pMoU<+=4]wbbIMM/-)HRYP7m/Ǽ0~mB >̅,,JeߙzzEyPk$Z)p3ΔLO{x6;B$*_ )n]_S\+I5G|OP5ׇY1#9o FI.@}<U[PXz
غjQzn6lnb6\t?ȌLjƃ(X<Ӫichq ԎpւTH-=ZI'U,~7j`8ϊ[UZt\L]'~3&{-ª\&me9qú*A(H1|g?Ø+0QK%@\|qz\.C_^<'fc8c%3JW"bSw@XöKtYdjuԟeuɎ?Č9bajv\N>T׳,nę<kԭG
2sgYb 8m{55zmް"yOy(YRgBЀh-߷e.%Y4By\֔(@(;*'
P%sSÌVڣ~22h8&5|ĞT2DCkֵ);u1sI}B=CfšV4Ʀ^a(m\)l,lhص/^'֙֘p9p}7;?w,.RVLj`Z"1^y4>v<:}?%Y^ޡeQ"[݁vPctlƍqعc^k+;qĨo%!2ҜZ3ֶqOjX@(A"JPOM	%'0k4S^NR4Yh9.߫͂r=CTw";g4ԛPwy
) `[%[qٖ+;#0/#mI"ڤԌYȹDpr$cݽ}q7:!&٭W< t5zbdفa4Ӵ=N YZiGpb[6,>و
COih{~X,2˲Pg؞RןHpm9Ev_U!BjR[Ւce@ϜdI
Ћԅ"E?~LŊ9X`@<3e&zZl0ܩ-
݈;h	S#ϭ9Ѽ̠a@D"2;36hXb<6@F3$ϝ}v%·νThd5պV
%~RP3XC847pJK*~Qxwr@ wE>ګɵ1lߔ֕C͒?f7?aU)Qh?jޔx76|m*?X'p|5ݏx@4ѱ@Zt+	4ɖiCB4e=L)9jH$s MsCynz+a=]ٳ.ŁÜ&ն?k2T~,ŊioC_)YH!RxJlI0UY[J)3:.ćHm7
$َP\w{XKWqZ̻šyŠ$TǊ01*F(||#AtŲK9oiΕ,6{D.]

-y:E8q=obȨW74fgLa޻'5%׾^t_N\јb=r۰J̋f$u@<(Mm5Of<)$[-#TL^$gF'8ݍpK4.yh*"`8,	B"]ݟׅt11۵$ǱYͼV@NN*g.Ӫry2RQ|z[eA=ׂ[e3I{#yxQŜKEQݜeQ<QNKOsR,WVs9L!9r<]V.U~D7="l2;Q>P9EGGCaoZc#oaPOs$Ȳ}ٟ_O).lɐU?.%	7ނ@مK\[7pvmÑDY|΋:<.^ܯ#:odU:b7ؾB.:]b§s	IԨDҰ$'Uym,¾ArhgV|h#`kێZ~C̶,1aϲ"y۟ƙ*%A`xtԩJ	({\Nrf7Ll1aYa'_Fɮ-b;R+ٿŬ٦ךǝyYKSF׈u8VUįDiTg``LbNp؅)F1ֺ$V"~@Pa$ޯO+o_ܓsQbKj#~nߔe×GdFҞAeC܂ͳ{$Ǒ{YKV6*
*	Ӳɕ7+)Ab!,ݑlr0<E>acg˯Qw³uܾp8abx|
ɾĢЋ$	(pR>.Q},(Vռ2˼c_'uJ-uDH͵C՘tUA+;$Y+DF^ӚGx6	͘X֢k8	SIܧht<#rElԳ/˚5L)|&cK~P7SB3[R|/SPUSrUX#:X5{S'A5h,?zh~6ӸTCݿ-/rH	c8\>mZ>EJfa^D܅7?|ֈ2\1˵pbR֫-ysJtľ1/0]ˈdj$Ƞ
e#k2Il@ļ˲H;5zou"E[ՀS߫7Iq@,]o>ƐɻZ˂}mԤ)̍&|Meq@l)҄x۬9OM:5"T9F4o[>h{+Kχ*J;1X݉I\fkQ[׹0ѯz~u"HOCc	}f`Yz\_ 'CQW(}Lr/Dq!ߡ۲Đݷ_Mi]GqMOd`y"$q'zw ӂ2xcJ#R_83V5Xl4jζ:Ԫ`CϸIc@WfʬěOK*BDsL{%zZ{H։ׇŷ-).ϭFQzeՀULKIj:бubt:G^yx4Kp}f+ M/?Y
@]Ù՞Ԕ!I@K&վ %RV.G[Yjg)w_)ʞ"s˯Z&\7]U1UR5͋%-΋xH>N9miց)/aO:_LFwީGco3L_4D:F˓i,UD!/YҒ(-sՔT?ذc!k0mnVܭ3Tڢ VeD^ʧz{*g@T.Če7@m~(.EohR/LT.S+فJ1\
"Ztsju,Tr:B9>͉'-}9^G1a}c`UȶIdC.mΊ)_
1N/;wӬĀO9~!~Avk` ҘrŶRR	ԫWP.+ĄEȮ6K:9cF4EgabA*6Jyc˿^:ܚh@ԓC,<nhCmu^d_ݓ͏
"GyaQ=O@%C	zY}ag5Gx:2#vaHTkѸ<F~vT֝{((]}3>[VUK?P`QbI`ĐU"7Z+
ب]1!IRC[Zd2oՆ<<_ִi[ivQ!\5Z#Bs:Ov>/
MGKlw2Mhcj/ؖ?ݙZ%Ţpa`@ٺbK*N)̡rfp2Ug|\ uF0z{ZOɱ;oha4d
gkI/{<U#qI-&,3??~˂RTGjgDRLTr(m(ԝ~/24RQj	;^n#[jWM2#oн:y©cڒQM>O1;?GĶgf0HvLb+JVLJHjGk?x\v!Җu6Jurihс1S6O.~Ė_KStlt5rɆͮ4EՄfXjޞeUvo;9q}<{^e"tI+]iC,9ϽLr#
o||p7!G\^7FDӠ] 0]YK|ƽ̯&IFٹ3	_/	l6r
[@/ÖHJ=vٰzڐiޭы^.OGb9aOVӥ;F<uv		ay.!'ڼDuа1-ͅWHJX@oǌʎ&:5B*߆2QĐp F.[p2z+pq<\/,91[ɕ_;0^uc(_|XZߍ=\W=' -9Wd[$z
Fb4qhIo'u]Jj]H&ֵ%ѷ}"N<i֯S&!1cǈ-4sGJ]f$$	Y͐c[H[ivu}v$zË݊xãZD7Uvajɲ:G(
}R6XGذ{	_9"҆ұ^QY]qR(~l(o^Y~F{̥M éuyrI'apG7dkn4N@;XFd8D/ZOp w?aqT.\yo#5+}bsD4@x2^(A.Ylo̝,%0#[YPvU172ʉ4tpb~X2Cl#aU4|x8(E/^MʒޯϘ_Y/uBx7E_LMzu	.H2ĥE@SZq\%.ؘX߶WIr/ Y/pca8ÿ~&AǺġظa7Jؘc|-ɷug+UBCg<l1O&(!	y?WE9EkGĈҼz#KrP$9pzP؄Qhy*ϠþΙ{֦%eObf>w>ݍYgW2	=O{=H(oG&->ƕ(09"tgO$	-^7Γ2Y'>ґ8ϿҦI6]=hTƤvTN1jO>QJz&4#ɕv=t϶qӁqG5|)iva,HmN4qф!k!Ĝ߿)%ݵ(Uӹ]t~ڶ]kMŕHn2}TFlBd#'M|{'S_R'Du'ipАB2Z7e
KizYgV@ې|ו@ԥ@ف&׃s{NҜ>%ҲՔEFjOLv:,afDAr.Yn^`	~}LN̨$5d|)_&/To[ÆAJ!<P=DDvՋܰǔ*]J!Ť;ڈHĽu݁;8tؘ$n17oaN![?{ّ?|y4Z_"0δ '~TG\iJ?;wq_suKhµis˔_pu$صx]bȶt\$u݀{̈R<,@o$}mÿq3כ9.q۞@U=)$$w zڸKYЪ"T;JCE^ox&߄U#ڏV*ԭ$6@Y$Fnb1 !6/)Jĕwr.wʏ^uc :\bSq+Ojz|5J(#|L_9A̏N<֜ŵjގ۬<M"'ڜ2o6MXy~Ԏ5zY)*1A_?B_Jd$<܉[lu",_;wK`Qݵ}۸BTғcBΡ?eTc)?l5۹{*
!<CU߁5nۀyóD@G79(l$?b7Ñ<{nŸ,ʯp˪K	]^p&LhfP͝v̼51>~f<
F7YR?JVfIГ%j*uY+G1-Y#vjSFn'+!"ɡ<
"L,3d2JT
!
3n_ɶ!6sưפmРI&ky 0~Yjo$HAr!ϙ҄߉RvyCI*tF vljM7;P	wQVn{|U"MOr'	9߲QEӗ#+2ީJ;p?Mox%]݋^؞9OĨٖe8,l*a@pigOGdG-̮ȯ۵(&5h+V0seA/7KӒpoȟ[$ScvSb(!h>yoPX8zE'bkIѪ3u*5h4,ͅ8wvBQ92JMۇfKS"!XNѻp!vzk,ɟs֨8FYgn.i	n%WiKʧ@vөmӋs;zPrw9MB͝š\E$2n:O(4wiVFݟ}0"ϒ92 -ߘ(Vy+IObC3mԡjN}"3{Y<b2ʈ5=6^l,Q}}Z7	q~Xe$Kb^J6fKbC':j-gz"<dmT;ȞJ;0uh&OI~2AmyF{C#̂#,.S_WH:i=nHh	R/{ER̡>@V%B=+eyOI;/=ք}޿nϡ_
yj.qm9`IA?rŘ%{fj{A©XȚB{C@}tJ3)
vzeB4%+Wͣ?V))ݦkq&CGd/SS:ێoqز^[Mܨ!?:
f`F6v-H;g_NagyeT:	rl`:.9HE@Վh^]SwI"xYܾ)Uf&At]k,_T_RS`z֜f%"t+M#3U|NLB;man1DMЖ68u¼ި)M{L'jz Vg7l.\C߾ԖkоہQ]QT$Q3T0%\Y^g$w,?}=5{(k՛_KgWmG9NzI۽z:54O8 ͒s
	hViEc,UȽW|XPB1a],90s.̍1vc&(D]}`eK{tΐ9nٻ72 I;׷Α~ɧѣu7gp>.Y˜
ZA0?[qΚÞ>U9*_˴JNzFdZг93dAt?6<5z$ƹblC	9j'ʹF0uuf!;i|1\dẄ́D܀(_+xKf8q'\s˅P5A'|_\8tmjr(Ћwť*	,1YޜKǬkPyZPL';:'p01ķ3R$5W4J{ΝBĠ%=:Tfz:	QGB׊~hTwţLOV#wsPWӼiMhzznSrx~5h^Н';b8GYlVxP~ɍދNA	ӎp*T65xiT~`5%. Dm,#'XÅ5-	hMFgګ&d1js_rܷr¯=2^'u;?ânWX(zl"\jjZ0:LMeGڡ(īpoH*ŷo:%;{m
!b7,]N:3}Σ:@ZCk+ŭeܞw@&ͦP'l9D"2!٦)l4<G*H݋Ϫw	joT
%݂7ɇkm΍Dvm4.VYX,(i6áKH]#.[8.k%K>Q[#̞"t:(<KZR/چ9-JyU؏
a*ՀIc/uk3Mj[@&
Ok_NT߄ϕ˛uW:B0}0";SyzKЇ92jGMg̽}TLتuȁF3ipԋ7
\ZYt	[Xd-R:Qͮm?,ܰöR!]W;0GmUCŠlɠ|ڇg,*҉54ɓYռ^	1ǃ/iڼ~]Pw/x/xgodHɘMc˞I/˯>b:z*2c	BW=atH߆Ҝ݄Fp!+ǔȹSnݬmPDa8ԗΞ*Wγ69ߵ4S}ƏOgme&6nwdHnU/w	F3O
-@oh!3f6#Μ݉ǈn].0DyP#~3z~S(/OhiQM{-Gl#scŶ^ݪRR3ܥZ+Ay`$[ġbJv[ا?uU%G}UX^?xTտP8VSP&sguw[gڡlRc<Z5UМ&M˧*EY<2pRRuZރhi"$1DuJmzG*\e&C͉`%r0Zv;~YRs؍%d*5e58kExy@Ofy:߈˷0՚qp/^%A`E5ڨѳ8V3ܱJiɿ
t+ 6|kBϹAѝ]fԵְ[`GN=.ؗ(ц5pWEkOْ3n{^S;kȉD}n՜iEԏ%OOc7SƏz|msYL,	Mۮ|rުԒ=rL5N[v2ڪնقҰXրr:oɡ;o<׌<sWS>BGv0p-'Y4
;|ϡF3Sbk1183Dr\g~,Zݒh+&	L`EjJiTڴ.iea
w{ jD|>D#L(`me׷0zD%r9I\;͝	\}b2#u©C<#9V͋<=[_qNǬpb~Êo<vdzZwA?VF,,{Ks-i|,*Ķfяh8%N,Mx2{)ҋe^ReA%<%Dq\يJɬ~|k0ҢmK{#Wt:7
sRC(F;pf\vܤր+VWN%b%6;0\U@~)͒D!n5Zŗ*XGǦ!1)#c,zzL:Ͻ	"W̄kk|RYz.x=FJhIK%qˍzd+uݵyhm'?bEj~gO85~Z5@fu4c>âqR#ñH}j+m(VjT[<w?T cʟڧ0^ճ\-Wq.Ev¯ϫMy4s@ߜD0Rg(LUҎGːLenJ:4ҎL~\yELhA?߭;D<NٌuFeo6wYC	t+<İ,@hvũ؇	HF+Λc)ֆsxʦp(Niĝ:lYuuF^G"qCD+yIx0FI@Y#Aq+`'3$.C8I 7Pv@tVj6{$ԯWt{]{VbZ9SW[f2A!=fŉQٛT-"+U{	E>jY Mq:HPqݸۺT",xӈ{uMD״R܆+<.K+ 8\8~S\ݥe9pm5WɣRM:vǅh
ԔzrM):)x2z@@IIW*vÃ3a.c-ӰlG1m'][%͖ճz
XaILg~uMYvbT@}ȭǚ9"µϑqH,ޮ;:	Gd:tq1sL=o-4`rλICV9s!̈́Yx݊)Kq׾I}h($,N3]`6
[ƺ	19Is Y9ho{=Qcw
ݦуḱ{S3ÝT AED`O5?&QGÆ^Ր׷4YoE0Ybѣ'"yYӑHr*sSS՘j؟mR&A[VjKGZ;amH.ud"/.Ѵg2[HEås\!)Nʏ&l`k̷a^ח="NUՓ\i!se		~ۅ'E֣AF1~³c7ʙdqpBߡgccΧiw'393׉њ&b͔nR09-g`{@2wWX6Uw?B 1þ7͊\)?kp>?m5
`!ؙvN-S`dQ1hٱ=B,/%=EФ?љ -|b.DOVA;h$7+j`+a:RQx5ߣɱ_DdӜL3'ˉv}Jʄa<HV*{fZuH;}Qiֽ%|H|p	ZV߁)z[W#-=(4$S|\0*[/г%>++2ˌzH]Xy-v54I:ϕ#?Ԥ^<ݪ/;TTr%Sds_6P,+Juu*7]~Op^HnklK\43a`Qس̋jW!YIdIj?ݡDW&:'9tS$fhAGvaMȜo&@9i"J/q|rعH@?8ܐEzو#2զ!J4j_e"/@	nmmRŭR?_>!lD5<p՝K}Lv\9,K/m5_V٧H1ڦűzMvem~w@Fy:-&9&	KS3=ٕՃ)G<I$!	(HE]q[~R.{ݍX *ym!vQiEv̦,BlB,Ld_u2
7*9jB-yrf,=Ѧ+NW"w${`_,IdD9OfU#1Z9$m@kC1OHDU8+ϕ	6@ba
}ۛI2?@s{?d>9`_G[͢[hm	3?uC9-6A\eo=>%\
z*kۮcNCy9
YjcFZn
'8zV,gzHyywƫzo=11E5[7H15sKHBFp@W]A7x\w]u"oJ"ֿq!ȭki$	tȘcl6iυoCNza!ȧٰ̺wSҥR2ڪ*N{iZߐPf_w3?ف!gӌqe:ssk۟sqs)Bc5^^!0rXٹ4n/,@V4`wܨNkvPC2!^<_b^4ѸkR8E֪"	`YƁgǅ[j̐URZ4]q\~ap$z*xrtI$j4ܼ݀ӕ!gT8WU~)Szb	֯b/s>[g=;ނK!'Jqwf_#jҏ(s̤"˝c-Mɭ@&ï]=PhdrX9<APk0kfjӮa͚N6f7-'P<͹RBߨZ:jݬ63&UJݼ۶\ΩmGkL&y[Qĭ:y]Oe\tqnf;8uˬ܃yĨש	>/?weΧ)Խ%R^Tf~h5K<Itٟ]P$S߄O7߻BS\ X@j:??lWK$,QM7VCoTnnEPhdw,8O9˘$[_α"b+~q^Dݚ.NiRt73:̔3a˨2Є.Mݕ҇uWF7ԙd4qeS$p#TzP\-BnT~0kv(crw9qt~ڵ5<ke7[>8	*˼Yaj}ظ17_"\
)FffT/<>(Y
nF׃[kqY5=CD޵Mxʨ5lui"l~4<˻#N>CIaĸ18Ӓ4w^H+5Dה)[+i	N&gCq+2#( j|Ijգ1_C<+
w׃hG\?@Ev֋3ʫI!Sumdg[K:,իsЇI~xnڰJֺܵ^b9fuT"[[It2SݟJA{@#IdiKfnM'-iİLάFToB,?%IE|˾B7~cΖ.3~<1.LB8f795l=u̡]>3R%f<v=\GJCQn`b13|c3gP4+MfAnoPB~QGǆf
ҚqR݁ahgGkMU^nz<kE5PHP4K;B\ν"o/De9&5~*$:B$I&hԐp$s<[m<oHBbɸ	,_)9!HS%|hm{հ	4fVEA&zȫa<ʙHȃ͔_=uAe!l$Hrcwmf;-37e?+U^r6r\EhA;$TA{\c!zG|uty+^YbtJ{iɈmy+.̴:Z,sãԦ$6Blqg~G5_ !Y@wr1TaA+RCהs}nکFdoR8c{rg4+˗q3%gj#ǒɄƗ5\xB	T4S4M7#,|q(<o-W87_cԜn۱D*Sb։@oF~3It(">~2\
aqǂ+ߎ17Xt8UEю{p3/ǍdcU/R,;ҥeӍ*y׻w|'QlqH~-n&+Q-O:eM8b`ȵ$uTLQkHfKH)N@6= 4QjR\ԶHՎ\^+չIms$!1/fM}},=Z=g}>ӗOO8&[%
rnڻGd|si+w-RS+l6-9.mth]$	g-#2
; >sCޜnz*eȬԮ9
|!c`Lw%dI#rW.ʯdFՉzFv&d=ժrц]dڪ|FhYH",5L:ڿc}`d<sK%9
b_0ʙ}ZXYR#yvOS3TMH\ǋ;hnB<ڍf;2}˅i2̂aUռ?ǤtMܜ0vE?vؼ>-[Hf#EE`Kp4:Pc>6=pb;2R%s +eu+AfWڤ o1+u=On
dJ~!|IChoK9[zʽ|/5Ht<kD&aϬ}^9ju	ؙ4k#w=|5ӌ>^@Ht
tȒ<	}ۛ_xs=j[7!-Ѭ58ծ]/7u]H\QpG&"4RÈ$!ELqҍ{{${،92Kc#GH}TuR(|ݬFdx4x[#,aqи1AɌz>Q B?אްJHЄ5[߶vdkC~),*`2W.ˍh/=bFǭ}TOכ\{)Q X$n|StnezNư]|t1_kўۭJ@_ԤtAl4Rc/=~ܼљkӬ´rvwɪl{Le6C_d{өҒmV޵_M`9G-)eܮ)DnVO/o^h?B<)%UM!4$%]\jvо[-`wةiG[@7KDLdQ]%ZZ,@3i+-xggXނq%x4*[3Lf,BHs/?c9~-Ϛ@͐LWLDWk0ٞĆKOpc69&8!<_10'tP2lJJfŧ!՘GyƏ]t{϶,;@\0H+|-#>|Àɡu~9G~F)ڪC+f ode3wӪN!'St86O0ܡdΈ(O :_1k"xq֯!mEB	uUT0{АLA_YٚB.YS5U:ȝ/{]ё+`df 7|L/ˍ9;?JLvWPc{'L^uNDM[jj۔2l|4&Hiԏqc*FI3	^Bl#T~&W8Vb#g)A~@Z5Pi-XٷD<'o-t1hdɹ>rqZAu]'!Yj)%)^] Rct|otTI?g(Ҙ5̎T%ӥ&+|ݐTO(A,Pȩeˎɭ|S=k	/c>,atH171qϳW>})/ls]ܻb?Un¦t"͖4%1I9CKV4إj5Ag6p7z֞6.	/y0'=!k4k_Lө..mqw/@M9,Y˙ˇ"xV^Ũݾv4&rcZ}ޠ]agFFhVˉ;&ޢ{p\yʿ*s8q%>A$S-̀,ת
:͟9̉߈6ڳ'N8q'rk ɸ<f\S[Ec[`Áj>ʢMb{(!h<35eE֕<={0Aun{y<hnb%%Ǉ;@t K;ف2Gz6yPijl:p^ԉΘWy=jǛٌ]h9zܿJ!==b43gPHUӚ%Ĕ=]Lf>p5d^x)Je\L`)#&գ[٬/kCt6)9ߵ,69ch٤n)WkAk1Ćsږ:ێ{ɞ#F}[dxCQvV(;ѼrwČH~ʿWzbCsRWСA%UFW\%H:!xFaޟgt5~i!V'LCu)=tðzx&=micA	N%9ӸD|
O<a&$^րB{Bz_U{*&7lZ؎7G+ӂ	IΞu>λ)|ZzegUSUN\I=\3fa*Rt݉хQKv|`Ýڦ1jWJaqLgۛo`ωҴzӱPIbH2snQ+p-fдA\oh=}lΦP_:kZMي%p7Y#0u6e$'ҫ0jߓȣ2<tӕoܤX)Xhnty@ƐӲR*>,uM$-{z/7c).]*x])O¹'&I l63
&
PZ<Z8fB'\¢/^J%,m!|q&|߬-ƚCxOoR'%F'rOɮU7jUO$bz}e7
rt3_w^_1K$˗/GDfqP@|T_	"ɻɂTۇyм6Z3%c3RkW<"2Wk̡,#.ePUocܪGٍC)"jnxQ5q3<I]b<HNXо[x)X<UF%D[<ct[þHAs}Fޯ"_ 1navB ^W^e*wEK}QVˋa!B݄
3 @EbB*]&D%RzaǇ=+=&1Qī{=cr~aMx2n2kgni~KMEq-y6HAN^js0ő,8Ęb`t3wpaċRӆrɉ4T
mqv]ZV[	PK,9W[(=I5%CrBS:
]mT:7yP4&׏ɖ$
+n`hdյߴl4إv@Ȃ,LV1n	Id1`ɂё548p͍WP[Ee]d'0ۍl!q?ܹq5!qӂK˺^sYYi!9yXz4MťePc2u<W4|-W((={X^9T-Ab]35|ەj~KV/bb@K͵ȫ0E|Fv?&LI8$ƑӲܒgϨm$nAZصUǉUPt٩vZ)j;AuOO_w,+ډ:im$8h8a]NlWGr<*6sSĘr5'F:vlȉNfư.ǐ]
D|u0%	QTKރ)_ݹH,6{*9E0*Lq!&̸)?ˉʩ޴7U4n֠)ٓ=0UÑ,:зDAɶA-Nk~>HL
	r}Й{lrH]Ԟ#s"K(pw?Ci$EEJ1[
@:R{7z]BJV֋\qm(7rN'L'gqL?{k߾KB^8L#7d@̡R
#%[?	mA>`'(#_M&kA3^=X=K;]VBwmt*P6$U"q3mȓl=םb,R'q('%PHb-y	Ȥ¯[ѓLCed7oǏ]xYTK f.-]bk9pnSZ[_jΉ*	<ԆrQJX $p4ej`R#kg΁cKLު*%xS57Ғ>Sūl|n9j\$ڟB 8SOa.][*z	ܕM7ӧ;I/1Q&[S6z|"Ѫ-ZZmCXˠDm]˺WeD%k;h( vdi	[ĶE6gE/$~>Sȴ*@@*ޠ_J$#&f@Wy	{m'_gtfCr߽<k%\7N
%I	ՔțnԠŬ8ro'2;41ح`K	iƜ8.)1pFuomZ\*[eqwvi:3HF<'۱'C>JLIߜHw6<{k%\N˕gcg8I51=´.Yx<e8/#9Y#\>V;\J2y<WDtRz*Ak^54=Nx=tBdnшɞ'Cy2c'"Yȣ%:ƿH l7%4d?:+%Վ͇§؎?iN!Äр1.gCҿ	[%X=ْjӊ"ҥJFk~!tmqj
}̽~COF]T>s?I#pt?eȡ[?lK|c>o{H-\ȏѵĻ<?ƴ.d6QHa	GQu	]=1>Z69MҘ%9ybZ>L5,Wܞ;0x~@b	$;)
-*`؉4{J˸9u	V8BX"|ɊRj!G1c	uRzوsvDXnq<T[Gqǉ&Qn6cHQɲ|F\E60̞NVխ.NAL,;YΜ܅r9Q2 ѬkZ;J1x́bxy۶!W&i"ի	[cYydFTA֋kqm0(LvA5gS8l<R͛+ϽG'dp8]9ݮNRCՆL~Ouޟ05Iެ
dO1BPOsҸTga`]˹7ޅe{PHK7(\+pfRH5ץ|ڍl:AGwC++~LiNϗ-rCUQiM[~F*'I|"vtڻ^t Qq?SԷy[	Eo!|BWpY</a?tV_)8˶ʬ15A`t5McVOi.AUhkDK(XՂ".;SFdfyx({wvhyй!7[QmyeKaͳQy:1?̤Y@ʣBxrtku5@H*m/`FGxYKkA0v	@]?F8#˳-Wt>$@^I1x7FdO/oK8Đql#)IcrsO!Q1SFw%p~*ĪglAPMX8KxZ9L:՜9jG:cLBWh_ y4-/'eOOlgϋO.tڟ&4'o͠}*Z^>pz	%[ЋgxhoW-`D,7m-~ک<vڱc/]rVH&٧Jb79Id3AaѶ%cThAQwȬwҞ+8Ǵ0	cФr}.bl%EX^ǹšn[ʾ̂F06sZ!I	BкhfL
pS2~:ˋIqNR݅TjjC~Dc|+T¤ۥ1#%]nmUTZ$׵H<'͔7؇|cvv<i'blVcL	YoCVB+,$p-om̘j؄ަKZNR^\2QMߤi#&=ʉS-(3L\EgծF4܃EI/dHׅ&QV"VX۵_Dvxw2#s hŐץ1y4X:
F39NPbx[
dH#[WDgBu_[tkPS/Ӏp~2)ǜǿ$83k1);ȓӾ31-?3lA iHسKwa #ӯt'@VvN>Ɩ`(SGj=ǜG݆Gҭ?p	=ou4r{u;U%W*2'ߔbA`6'.ŮG*^n=1gOܔv>è\B"=l]QJ7GbS7T"([,޿MyY߫f%/
La;R;k zcLilfۢ[#'AqdIznYS}LE`Z!A%./[%{Hg7N{^)[u/cnƹT"*MwSqy:	WӔ>%ҥ(wս_|CmQ"`Jy0aV5Z׍aUPΉ7B.av*,qUrٜe;KNb
^hە6/TΏ3',g0ُKn^9oen0S֕\ƹWS@Ǥ
@PchcVEoW^+ß#lۍyQ|}I}HsE[Z3ӈHlR2T׏E*wmv^9yNzI5*liaTׅby5$.Td~Ll̵(LV3!8M,}nFч;IVl,+yK:
RaNiށ*U$i1l\!(4ȸy8c1$uxOeLBPul!3܂Sv9d`)-Jf;l޺ԣ,oZϚˡFϑϻ"s`r_'*{of՚|3ˈ;kȠ9Ѱ_d!;ڐ
l#wΤ1\!8aN0FZvVK8~
/#Ltc K%LEjŵ 3=kߪL=;Rul,`ȶ~]@֗0^w?[t:5tFjp+!7`WT*N$WF>F	Q+8Y̨o87P	KeSWS<vQ$߉._6ͧIFoΪ^תҧ4ĸΠy.t"hݝٰԍc /'W7&<jz=LLH~ӟe>a!U`ݻkKRdwVJMKRq:̺G'ʑpmLԔ݇}U:1ڶ7zÄI:?A6kRkYXITnyYz>u{ǋ+Ǥ
wt4oݖ't(ELZ*cH=&ƻ1<\P)\r@o8]3m}N7Eypa0!s}<>;vWfr|YcpLJݼvcS?9WQ7U</ٟY܂PLRc3܅ٱ£Fg2(KKӑiLx	\ʓɽPԥ<N}iKwwPWrCK:F/۰peeF,dAOR02{y5vN9!'4iķ%}ի6>ZPe+,.(]wp3iH;T kXVdpx#{jقS@I{")gz0V!EF܀N7bCZ`h;Zp
S.%x~Eo.<۔$Ĺ0q4@ˁ=/1H$:_J1FN>Бe_S
βey\^:8ٛŏ9P)a-`PK2dݔ&x9EcQXZvCN yP0#"pW=TL(\&YEGSՍ@cU<Ż&IԈͬ	2.FݨBé;;J'?59h8ń,9'ރ1ј1BL0ͻAO]:a$z{w_!=W[#E9I3KY){Ł\ߧA6pG	[b֘E,)13A˥WƖլ:N,>6(\58̓]mbʁ<Yt8id?6x\ėgBD	)2uDiU 7ZN,4=OugfX%nVS.C4nk%*lC53^,ƸN5|PQHX`j	{:&h({^aĨ]e,\#>>\dxjP{HV?;(ĚH~ҥbkfp(tj^h^z%^q*;_z3=~!nwpy_|L?ʄD%ܹR9}}"9wP9Qm4_9 hU&+-YO]5ȭD-OX,yM?PC%y ɪ1ob n(hY2Gyȳe/QD@"'{]Y n ތ";=ρ٩6$4ёNZndTN~8X_w-&\\;nط	$Rbs#Dl4mSoCqN}?7=XO~(@ذyªdLg̱H.½"ɟ]" 7ŭ7K<_O&71ϛ7eI5UlsǕ#;CزT&bẈB1G2>ShW$ֲ?9J?ǻ}*0wU9c-{|2~=	?Έ@R΀3yPJYxDC%֥tRRt_=ة]1)ݡ'(gB}WhQMa bXPd^uvD=92h;"9rK;+MNn@Mphuߛp~*%H1b²?Λ4^}[HHJlP҇f[KKԪ.ԠɾfZsxE7//h%-\FϓТAwTc~MC\ gʅ(~ɟɐO_މ#ƃZ1F߭wz.۽p3<j$(9Jh^fAe|Ƴ0qIq;ͣ]o"M|[j¶K~4(ZGڪQ,ոSrK+%*ώ#Ÿ(q"k*Im#zfрҞWN~f=SF˰	c?mHD5~G#>K$өNGRpE\w@ǠZi^!NM]8lhE24c<= nvQg|lvE#a@6^~H*RchVTIPA-.4z0eE(KL]ڱZShubś*skr=k9y\LFǦn5Hn$ET~AȘNC&y٧KϫX[yՃqOu1sQB/W/ ̛ŤHSIT)n=pGrBED
TF`kdaȆ^ҩ4-[΄7Zqݦ([_I
CPÇX+VUlDTKE0MaX}ׅ_u|W;;`ŕҩd4հi;?}!פ-<Ka+Z˴Mo>ӅW'	JR=-J2+IBp!&yqML%eBu}IѮ!fQΏя	D}C0SvߚDs<L>B"s1Q$v^|j*Ƨ+Z̫liC6ͫrWcWpV+VY2Cқ3`+gDf@Pm>#	ow8.Rc*%ihoa2I]GPPpC?O%t-|by0zFC%mͰ;S>wA"^gMbԇ;)dì8߈^cYUߊCCRɒǇJEΟơȾQq{n*܂ke3MԤv9͵fƦR7pGhYkɠ0L6dt ÉĵA|AP/~3?;:?,{r m3&2BXko5c*36j[j_~Uηb'0Z5$=z=ƅT|ے}ޫ$vl-:X|4.3#<Cawڪнaͳb:hfST3b"w`g$ӃٍNnliW*9?s.Ҭe#Aޑ!ktŏ&vYx=`~].ҧ[nP.#Fl[ˢE^4ߣt֥W[u28/)YQZ	_k4u
 Q9Pv`2P4|1bEY_r49ŒU͜#OkKWr^H.NFp@iʒV(vk?7MޚGfKF.I&?_66^cֆZ/)>ƍllKr[$Gb)ԷaS̐oKj"6	lDGȅcoШ%-#&@R#\@Ot=(VYbPLl1`3D3Y,zGY<_ϗW_YdVʅla>̐t$|$
ɯP1d@:/ۃ.-s0c6k:Ah<(c+Hsv]ݷwŐnhMƬoJo|Li2@><t
 Ve,t0*hlG5q8ȃؽߠFug,h?i?G\iL[|RvCH#<V]ܥٵd8+C42-Oa!(Qr~BH'ӡ
+xP--0rG}cUSZ01\bw(H#KMuٷ&S{HU4]j
O]T"ǁŨ51ٕv@I+c
OpZ}s6UHvVVqƆ<[>$n\+.v-3	`M\LkԉT')#UJC"XBH#+(PL(2QS_-pD*|o.@2~aaWdݱeLښGs5v
"ߗ0xW̗IΧ-oYo0ņЕiR|\'H s! 6X6;&9M1ԸҦ[^\$+;fZJRsbKފK<
#]gwŶwݗA\F,y<Wes HDZHaƕZ^W4~ d.FH<D
zf@uY6-ixÊZ\mV'WV	F?/F8	1	Nÿ˅xΪvgNa*=kߠf$&!R?6ߓ7I1fB4"iɄGy'٥L͵?/(̪$pV>,r3wˁGkD(=֋>@XESIr'+F[qI])iucrMZ/X:!15/*AmFC-.7FÔN|vÕj;$˰Q|6S|w ¶Ԍ<Qw'zעӴL8	ݔʥ>&۞,:Sׅ!1~eۛ#O͉$*yP#]:]C2-W	~bKׄܣ[Xf?$_(ϵúg1<J`Ϙ֘~*Ʉp[3\(A?ňtIJnЯݫ">B:ؤͳ$GxWrQlLˏ$>io?In||s72+ƾncyV"W_Y0'OO2ҜߛRw=>Xi'k7bDimOLIӃ)kN<ɴ]ǆ}Ԇa$?dsvLJlOj]:bK2`hIמw9v'B LFUۍl!?,EPƹF+nlUπTl`ĲX)P$ڧƄ-FƢAL{ջX|EFv۷?Mc^m?,_j{DvQ> t?ʴI ]\Ňh)wZ؃U~%ACتM5fI˒ìJycycǍ\<͘ξU9WηɽStF8/vD0FY@3G@ړ{%Waiϒhiby@+ΎUxY6JȀzwg3|O]mѧT<7?ƈ6:ռ8(7^akJX)S:n`%)hT@A3l4Ϛ+/ ?Axi؎un1իD1FgYtʸ>bV\"	2.2gOٜ\aQble+y8^C!?!۲V͝Ud`;m{h$rAbSNc+DFݮ
[,@'@;R?<H,v=^£U֎=]FF8:0"kέǬn	єZY~E>C/ϰ-<S9/<tHR^ǵo`zWLۮץ;fkAg*g
J ӔzWՔ9mWOhI,=8mK@] %Sȟ]-h.2ƌST
(x?j,X$hʐ"yd*Í/!\yyq HէV/֟y5w&XƵxEpq@lh5Znxz{X$Q^	:TJŏ]!7xKbv{ANԆi-v	PJlx0݄3If5
#'N8&RX:99''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25613)))
