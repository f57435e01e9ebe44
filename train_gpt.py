import brotli
n=a=0;b=1
for c in r'''gu?^q~IB~5̂݌]#n	>GA+u3")=1B`	,fIjI>|˥y6&chH F]~+=5=KM"Ee"K4EQ5`,&QE{V.MTQf{qR_Jaew<mjo&oм}^mƼ
m"HyĉN+,hmd8Aj).5ɰVˀ8bӥkYk_HOŧz8R\zT>Jv[3S֯/sf)=,`] CU؜]e˪NVQhh)uSq0v\i\ޭzU&smψl؞A\lҴ;h$UՀBߜH~{¡}AW<_&1rwBCE]OG9ڷRبz(5S_>s;ّ]UP8k~dǌIɊa?M.aT.	R#uu#ӓ+)P!uN=b;ׇP]2COx2*LV/֟ΏS8`^(fd64>{?Rw[ې~i<LNq,<j^ěǶ@/W1.;Kv) +ea73P$JVά*:ĈrJ.jzHU?I"n#Ҏ#FAM:
jLJСνe_{
ʽP˥Ɨo\glt|>5Zz	`78Oӻ1ZR8W!ŧWIoQqɊ"XNQwi7v®5gKbsH\%˾wG
&YLGpEz1_ՓT0xrX2yڍ1Ӈ2ǚ<I7)#\tASD,GMlTPHШip$tn̯^|_F%`
CP؛"wHh>ٽU>P yП,18C,	p~9@FMa~ČqClg]*2܀-YXJ5v9e"|VU`l\ĒӰ
q\ށ=EϮݕdhQT;f-5Ni}^|+¼o=:OKy%hW+cN*&Geƿ?VZ=#ɇޙ@تV5͔7HWmUڑ6گcxәߐML&&FYƨްawò%ޔt"]`^ThtD}EҐu>Ee.aT>TO}r	%
z6o)(3/ЮDS-U
;\P֏S'մrt*+=_baaD3N֠1m]O]$3kw*7ӻNcevx2)!eW0nHf!%r[>ZiPvƇ\Gn{ys#<?4O=ʌYh֫9޸#p@@aX4܁	)FÞNAq]Xl"\r~ͬ3
>|u8ƌB
mv͢پx5nRIF}_gul6Qdbu-X 8bEdLYѵHxЇ\~ǉc,$("W5bu=ReDѰ=t>7١u0G9rߡ,/9˲^Иd5wADH8ә`^ɲI}ڟHʮ1ߘy/J?PgŞ*݌ĲΥT_	YW.PI.khӋ|pl;#\щ*вbKԨ-AӍobx}ph6Ǉ+zٰ5QG̚0<!IrRd:tD2Z_R}Oۑ2\t>A(Yϊ³I-KrL'+ ? m*^%:מĚnԽ9QepP˖)͢3uOu}zy7mɁvˋ/8˯NFCfSNE9;kjv#~x28@Eټx
VS3΀uƟ̤ȗ@Qv3//"[K!+T
b]2OgՑL$(]y[ށ`&qc\e6}b]|F}ϡf|=`
u!xpMx$u2.̕UaLz *ȹ{"EG!6"е-?)L'Z5{\rϋ +|^X|PfDgx
(ؙ@J<hb{Ɩ7٘ҲOC`s
3uGA"J'
W98ڬ̕-25/8Ei^SUf̲sz^[uf
0zdXc+oh?Z	 %;`sĽ^?{ƿV۝}
&b5#hT&K_F_fդLVi[S%3rCdVA*&bU<W]Gk(dPUI]}s\/Gg`*ԓТ`99JJȈyBB>5*zժ~v,pnK?͈sxsy6#u0UtfRcJєj)eKeVÖy<x`"MB%!v5Oi2(aʏDd's~J`Y}&Asqx$j]kRRTuełU#^1>NIR>ԳCx! W!$1XڌpzJ/7|?@8SߊlxNۄhe1؎y̷@&gl w>qRE_u
Tk)hİ̞ŵ֖,j*͎Gϳtf%JZѠF
T0±5h"6<΁
q*\^W7)XziC1ڴ3mD@Y
DAcx"h\Lc0.B(1QPo6j"4%hy"~7frYbHX	uIØbHEF#ϳ.G^6|q9=(&ֺ:[R0Vh$|4lY^@k8tв;?F	Mnf}\C',^8&!Q5{Z՞L@!:N~tVI6ˮzZֆK~=5ߌDtCkVHܜ?yܵrYM#ZJS%oIKS(&`\_cR6GPEsL+u%5b}+.H;68HVۓrhK?TTv$й,R=p?:j6Cڜs֟98ޏ܏p(ph8%>IsXlGVuyřY"iW2tT{AJ4";<!ԓ*\zՇO Kew۳̰DP&ea˯WAEY@ƙ=fAbiĄpPJoKcIFyՙld̗[a/O@u6ф +?WAD?_>V(Ab%1ۜNzzwکpȨ29:ƶlqui*L;ؿXDh8̓^E|;83g&0ʁqܰA7,#ǠBѾ˘c\7Z/h&)R""b_Mqq<#U380^ʅ\Jv%QX6IX|F׶Ɋ%$5{3ϟ
QeK2h`dm4מD<fݕ]D%/A(+3Q8 /ǅgHT-nGÈRԆ5Ex
ײg7+%u,v\C>7&0f@,16CƉS<b^قP[v˷Bc߯weKtgUCLj{`"9NoS:p,pMp_̧JP}hҢMliIۭWZP3iVQ'MRO~!^B
z(и@SfNsZ!y|NH<fs@Vs^t.-ľuSlS,ܵݻڠFhBYǳ-˂-$3Yi=/AW`nĄI8Փ;B<$Uɺ$m%tҙ
c0B^܊ڥ$.xnvz-[ٸ[5ˁK!ClAu,(<nM.m04ؑϰI_!	LmL-ey:&?>dc|A`4[Z5nzR<%۶cX`|	s[,4V{@J@k?	$hIlN6{DO@̗5aMVrGhњxO٘cCٱCX#`d֧$'^/˹slx}b#3@BU$yت.b9#!$ixF	7|\/p:oGeg<Fsk6FTV#?ِz	O`,aʭcL3"ôuh lp(HXo_5l90Zˉ`e='P$ݞg1д؅OyÔXy6#mEywʍ(ȌmZ1TnK/ȂUK-
6'#D3n)F=SP\[^<B6ߌ9sB:5{ZІ62x>}!{ؖڅH1&	i,!71w.(	ʼ [N-u?ֱT)blx@7.|zQ[xXn[&5Qf hY1ȯa1$N{tS9*!/8SPuPG#}yȧzqu;V**9WaM}4cmw5Z7ڱ.cl3$.7X4Qìw&Mp*<*SAgڈJ!0jiq{D\_PʆQ{HQ'Ju't+{Ӈ<x76	Q'Z.mE߱۞+ܺO 9z#2M,8"אZf-?%uhfp$>FjUӿ\DQ.Xއt$}Vg`$)+kۓ	_Yk9i$ߛ V1YÏ<Mvv@X~9:>-wÕOtށ\3(8W,҂!fС]4Lζ>Jҳ$.=?tPעEEW[>nG]$u-UͬjT6܈%ٓ5MtjsWe$.>Y+4ǿ{ުv)E&]#Et"w}`jO_{	V;j32S%Kx$4U21#Ͻ3zJr$6Gg°>:03LΎ`qljMǼa48ãXL/mqHl66FVz{34G?7zޛzr>plQ:ЬޢҶ8:aPH|ЪS$?>p.s(fP"`eQHb9/Q
y{lJ=Vh0WճѐcuGEˈoynי=w҈^+#G9
=\IƈvE mޠA("oY?`[*6akv4w.չV
YL$$Xv<u)+#E9є݆wiz)eլhg`z
4}D/<<ΈH<!m'n];%S}1Cҍjlxv$]4d(XQ~1L`˰ls΂m Hh6l["#CڢJB^ڏOÇ+$ծ!Ջruu3fԜz&N1ϔ޺;>db	$AWfޕZֵ*@J;=IxKC `,ױ֪fֳ9ʘƘQ7?%jNǀTV^^7Tڙ`΃$ccLϬFT7<c?%h/	̘'Hq@1$D`Cؙٙ;M~6=5HcYF2wZ@K kLILy}G
d/`(OiލUV+jwQȌvDUz	R
"̄q
u,'ׇ1~yIdZyr4@G8pͦ'	,0:+wɳkN?Iʚ݉fE}*ӔڳKx|M"(th#V@C׌4qG{-84hYC|w'7ZEFǋt]I9ҷ6O%"Dv`l@N<ZUZ#
&Q,AOw:ԠʾAmոqEe%,UACg)(*S\iC-dc#[K<bqEгXժy'[r2gѦ>f/MJVh_D.eAJ^'^Lhڵ_\/d!Ph/wfk<U^oE{+p3_P,_.OW<",Fg(sK΀vM7LH%H*6[v:K<_InUqg#R\~EmH];1[º5Y+&d\]4@ÔBҪٮFAb7ۢIЖ;EL8P{*VJ70(	J6X#OuNpCUqG۟Fh3;l>hX4kXPjcfgCv?fBzƏ*$kϻێ+'**v[ΐj!hޥǫ7o371]	;{0),TAH̿ق</J%ߟI6TDQ)U(r%Y={xz^vk0{+֍7{Pj2Ԃqm}vvK[-\۔۳O+EV=T+3`&!X2D>&so9::Lkx)Uhj'U)ۧdt S5=FpF+enґ(Co?XsnbJoQ..w'&xo7uN4@aOz3nÀz>QgaBN
ȷTHXջGq4mHXJ[DA~3`pdJx[̷&Etb FTlF5]c	Ӷ=IՎizuvĻDYبª͹yagiky:;]\2j	"\d|t cv!Iٟ߫ ֖aЄKmEgGj?/z,9'#_<1Fy	G[~f7ۈ6zkq^]/~tm*U?C2˘xnnC-׀{օxG#LU,߯&r'ppH3{~ڍ=I^S{uQ CO(;aSG9կm}ǱewȨ(ě0G&JلBAߡ&m	v:lur0%20#u!X}P<6`5MO^Z^9cFo-2'IwD,jzi8Q8Lm9w͔6qUR|l9 Ӯd%jN+0/ȶ;w8/|& vz&Ṭe
+d5O7U| '):m{U1ރ{2;($ 
Ƥxc<4ahZ
`GIG?ƅXu$m\
އ,hoS4²f8:RS1Bُλ^3C1D`HԽɁ݊mm6Љ܍l	5kASUWG`2ȣ5՛a4SLXޅm4t{ ޙqÊB.usRO&]k)w^{ў4qGDM/Ģ,d:Ta9mdRܭkQP.T}XQ~^ܭC%reؼ·rͯ(#rzP4خյ$P`xpt?۠@
߯/=əi9%[ͅ:;)\J1U#SqCz#lw-бca2#gS,Sݺ9׏|QCUYME_60@A:͢![Hd='E9Or
܅Y\͟FfxKt1E
ʹsե̀ 4Ej}AB%7ݹǏ?WU:EOf؈TK^`lfiچܒ=;o,*w,o"(K˥f>@OvϿ>WdX7nww|_oKaYZ*ܦ&Mdu+=J:|9"S5РkW00;с(0bcsvH>ُ
bD9:='Y^1*D;xø{.qE)-I'p0ѳG%\>%-ȻPd5,w-S|\/H1־=ĬTشx41*R_`m1ԛ]N65?uDB~RZÁ4a0(O:@HMTu0q,CX	>	lap\Č9<NÓ@ځáOʔ
[(v=7 qSir`­O}ÚdW LO[]0;`7ùdU4@1X4֧2e-ÿbml TJlW.iquwўB"+ BG/˶
qR~P0tҦN0h@	 "ĵi
fکA0~Xȩ61{$$,^4ؚ9΀
99~<<tߺ׆R[۔zҝPiB&	'_wR)P(?pʪƭ"";diQ@r-b}C)x9sG4q9ȜE?_?95)BnYF&GF	St|:L2J|ZCDmgHhOў+q)}auZiҹ[QQH_ 5P_՚.8?}{؍`,'OFíϴv$@+ɅFVGeګ!kKoǳ$%\%5ΏNhnɁGzٗ@>У]$ХԭJ5Yg<:"t 89J;ѩ]&sޠ<@Xl`e.BZĦGaufIݎ*ٵ*{t6WM!~kTs&w$D-(#cqYm!NkԼ_\f8Q- Y,(kk16=0=XC57y4#-5%&UAd	xOQ*?øɍWB'2`H02(m|pV6M3&`QSb0-_*]F6ẸM4Q} ڑ\
54ٰ=e=e#1Ըk!ޫL{k+(]jYo`vWpQM7D"ávHuBG[ D(pK"؛C#ׇ׍$G\4:׊כ
#j\9[ր|Dܹ$PDww$Lnքǫbx5֏5!$@;T9vmMyOؼ@e^?ںCNa$,ҏ5HTdMkKre#I#*N/sp
Gw$;b;lzy6u3حar2M!f2]  rAIsi;`<>a2qՓ3?ėP]7ǮMdr>P28,Xxx?~¬
wӐ:1${AU?X?ńD1	uuG92kȥ6O7j.[vZ[܎=3zF2
3GK,Q:[ˇuJ3p̈́`YMYR%4!G[%^fJԜԢ[<RكB`y{{,+)0rEiNuN1ϑYwo|{nߞD4-8y
W?ڝ+v7&]T&Q!s&;\Ν7#otjW<GMM~	ZYZ,>C}iu8ֱ_8~'Y"l'YО@F&{7Kߝș')Dʰ6m3@N8#Δ,bH%mlp'w!_h%=*Jes!%z׫·YfF-2Æ׏<W_Ow$mKq8Pyh(̓@zX,xK~;?KdlˬּkVH%ԧ\87`8(yZCl"yX֌^׉v~RHlN65Fclu8'tKձ8'V:#;(E{~ߕ[sI;ܟp'w!.p
͕IRX
`m\!`ؙ,wlno߿)W}1nz&Tpv-(
63Sn}DI0ׯ;˃lsUM$ d5Ew'ج]H5:RZPƽ;fcu.jjmLFqP6YYzlqb@۷@΍5k'dЗ7{je/.rOSK͵vD1YcaH߹]E-q[Nu+	5WQ8-Y0d/KCbM*FCv
ϿƠuKhz6[Zg90uMw`q s!0pp_1gHݥmh$~A"jdKN%:zp5**w{'ܥgSMq`w$t5q7|ȓ0GwA>sWD#f.A!zrb`ێe,WfPң[;=uٚ<}V'rCb܆5и 4؏ ;l4D"N%hVP"fՐt1ˈ<V0W=׿ѧmNڗR5qzL`¡5ƛeF[eAϨ@(0=d8Mw}=;f%aݸHM=*J	VTŘ$ݕl%
`wǛޝT+sAzsҎ.F!ޓrGU&6Xs1oWɒH
C
%sILOBgZz%ya2b|T"'\5fYqy˙Yr*}~!%QV_O#*Bk%<׼irŹ>VSӪK!S`{*dx0MeRjt^
/ǼuFMExyJH]JĶa6ФŪҢsuΞ x)2Tefdm9`zq|T
3\m0ݨlܨ+Aج7Jkmx3}z*߆W;?SYeb*6.?{̌Lax\b"@+X))TR\:^`&yJ`2ۤy{	w|לd3lT-ۚzq+RJPϸ38?Bӡd^OjL%fj]׃k`h)ֿ*=g#VbSw}	+pa,$sӞȌeU´Vğ<htE'b>+lc'7ſÏ7FstsԸ%hH~sb:]JN[Stܖ/="Ǻoz$L:oHu?.>{2@TGjޚ]i܊wGρކDV-j)M3]x)߾A6bX9XYIzك\oW#d	.afN6\u9Ĵ6-
62]ZI|]Eϫŋ+(!HdX&^g?-7մ)QZ2;+hTٌvoUq	FV/H]nOow®&@4{<s#5	BLy
Wm<b$7N_ۃ;bS}jװ0&#{0SYKX'N=X] c62O5*EiQ&	Gv<xAK/eQԓK2duGZ'j/v޷a`?Q
iUZMTn̲Լ|.p$i;u;r(`{NǕ\jzY4jܑr
aHxGQz	;y3K:3zM~PŤƘZW,Yȥ:3MW#6b%QیlFgXR:m_Uвŷ!PKGn#[S$JQlnΩQj[}ϽX|-"u~S,sٹHV/0lfKR46j1%0߉r;53r0/Wks"ÜMB	{W$ǝ*#{P!D#M*X.[eظSf/VR|yx 3ӮZTI`\a
+^gPw6q5wͰ?>U7
Nu%+NzcL~`2fŢe~cXÛc]>:Lf)/%:*w<lg2WTuk-%F ^l.3K59ʙg'a/"/uϹ3']z4|}'HݞwvZ\O'@޿xv^|Euo4)(VbݬWZAnӑ=cӁR	@e)c0O[LE"T{׋DY7f<*,{8&kĺo=.dɞ@5ϒzF:eaf^mMd]?nԴ*eF4ߺFC=QiĂ.4/dZDS q_+/F:}LYO N߃(x\[ywwìeǾ2+16;?j?ɺ0SԊ_jOqh!!-X:b1#I1ϊ7Lղ\on]@ O3s!`GyB̨Ed%ϯȲuLD0:2)vbga'q_>oaw;bZЇ3O:С=ZNǥ[||4.r~єα7OB"0:KO?~'ZTr@pG@ę=.nK5	ZG^j	"2gho>^H_@Ȧ<oM3Ƿ`(Y߄ȉn%`}΍sMoE6/!|ް
ktHu|m(DJs1D2(\OhUǾЮʗSV"(Ƌ^@,N>	׀^ܔ.'1]ƍ'"0c+HțʪsTP`2(Spt˵Wlk,\pS"ʰhrliHeBڶ[ߕ;j#u0
QRWn_ٓݑƅPP]<eZ1ӵkE "NvǩnTNN+sC.ɭ5[d&#ժGY6XZqI`Zdl-:J$ިrR'?bފ̂.tǘw)nq3ۃtv
HzY#sz`΀}c\{|bd8g0Ё|k*ΩM%rN5MMmN͸n8`Dh˺(}é3IԉȗІP 9SҮ:#i%ͯ#@<IY=S=x:[0lpi|Lzкi_D]&LUϙ#Q̌mn,*ЌbK_M2_mB֊Һpgk٘l|rDLaܺiVFLĭ7ZjsA;ȲNC^XDBK'y|3Mɤܨb ݦG?oNw<kG_G?a«Z΢5MB&"u.8Кe1~͉\^	٧im0ӋӂW$D؞ʣ=,ʸG`=;.:z*EP.j}W9qگ3&%(~ۚhaCh?hky4QvKKL@Ry<B"1/|X1T'ΣSaD{M9b\7P>}x}Mw;!|1NءWBdG>dԭ1 m'PS»ϼD^KsDWNˣ̬*o)`8ruؓ`StZvk52ЫLiP|[nqi[LF/.i)їeDw}߿yApKwڧh	>Z@$.
`$DuQ|:!DTUO4Rfh]h3HJvѦHTסD(}6pLUvJEwb:&F߅ϋ$~5E)|g~6:`Ů?+J(`,Ήˢ$@'K{WFƊܢ.!fhVɆC1ƀ5z<'Rgیb(9OSы6sR>ZIsX'?yg%+2-@4W?s{`uA(G8Ǵ|bJknŏ7#0xA+͵)qZY|Vtq8J2&)@ҘOSÜ#?4.Śc2ˉgWT(!|/83sb0qs&YӎiѧrX׊A":ߟpNiwo/l1j.ײ'BB\a=ru>`R_U% bX	F$'=ZG[d
gtM:j`Z38q48-t6uՈ'/2_Δϛ!PmFu2r	xX'JiU3 DP+vc;x*^}@͑+P3_!;PI3?, ȗA]@[#kFS
(o)Ƴ2jR]xQŨ0Kn{M(Չw8DfzNeʰ|ܒ'ˁ`puej+2=y4=BɉrJ1aS9ãÎ!Bi"vB+K<4Ћ$Aϼ;͔T0z@ٹO^Ax%I4˞b)K$ns<EyO?_CDZ*sI̞&
og?];VLKdZq_tElX;e,&ν!@Cպˮ	,ެ@ı6B̤n-Ӿ)˖;^Cjy}zJceG8!On4Ҥ;n[ӚzPWm1Y-TaS,Fđ11FۑG0W֮|JJke5s*n՜."~~ˇ[7G,J
,U)hZPX) 5sVȳBm	`ĵەWpfEL}mbU_6
Pz9U%y]/_w!^Yƽ޷ŜJ5RuS.?YIv_VyǍ7C'4\Py{tH.|=7b_%_ UM})?ΌVM)^/<Lxc	)(I7_Pz-ĺl1ۊCXBOq§,LR3рZ0d՞DY\ҟJe	?KRy]\s2	0dж(;1XXߒhsFRT3z7 >*NBc?gN:019O]6eԏ!@3b2.ۀ<
YR	ؘ0I=I3Jϰ^`q)MefWft< ;n#\W	oƚe^GFA?39/3$zحKן۲Ӆ,>T"5TdSΫ.kREN{pyЁU"NRZ̼%){L
_cƐO$%[ZBF3xԥ6	K(sScMB\W% 1:.BӢim/	*gt+#sSNo#9ݤ?l_UNfRMcb^+HH<ۡ̳t;AXӤ}xt{z. 3/r_VIj}iH_(cSlrУ SeV©1olkSblMp>NǔT|g߅_	ݗP2Ã5`$+Ȼ݀ߊ{s¢l~ai?!u;I:ʣŃ[TJƫYvFw.
J6a:ņy6*ũI'eO#e4_BeG>"+D?i݁$˙s6asTQe.AȄa{IpB^PW>h9[è݌ؔʥQ?yahȖUJ09bTJ!|&>~P:^")Uyb~SDQc%:ncW(g׼޺e-jbaL}rϳtOѤK=ET)A,)2`RI#E4qrūo{̎Ȟ@DB	L50e	ߥF&9l|c=+WMZBԄVCScԒb*`~ߤfa(~ؕ<c76Y`ˀ2kT1zz"C͡!ZOp	MS_1"9h4G
Jz2{*7m2?jRuH>D8@i#KqbP,c&/ny%kܾSL4
o7FGB	HOۓ(dڸ;ehPQd\:ݮs5.n\Ǳ~ǡL\I-%aiG
uxAu7ߟa>FB!xrhp3=(V	k	P[4|eFm<ZYEvp8u!ݸl*@!yвKc{m+F>2pB34s;QzG'\9Kn?&e}&ZyVXǳ9RZU7%+a.hn/d}Y0MBVBߋnū͟2#G56Eh9Oޝ:Yus)BkHL-HcMԉޱHU΂eɌOLW4?7|ɮBQ]FF-@ɬa^Br)2MHDOg0QrECgz,.M	#B.'h{/`ɇ̄kجOvFLh
Lr2wRoLؘ''ĞԂFL]I*
;gtFKZG|)²-!^M<}޲Ť&ks`L(3ʹ|ۖT#RN	
n3ʑ.Y,jc,k7Z_WݑlJfǔݶV|JZDX\S^,β*PZ25ߠIoIe)p~5Mh-8#{?,6jgAj+d]@R0fI|v#w4;O=2J=1a{.*LV?B-0j19RzٴK.$t@%_9KL+K'kd6
"f&X*d~ks5s%$9vx7y(L.]עУNt),zJ=&UdkP͇8;P>ΩRzs4B/ݶ5@zW˭״?۰"JmIL%Gn%~e,ju#(݃߭=Gps!)E.9$4?P)=/KC0)xغq\A.ށ<wgڨ6^sihM0WYRcB6<(J$sRwUZ(O̼*pNn-Ͳ={o_0U;x8/lB.ל
E[Q,Qzƞmt9rB|A+B~3x߶XM\kƊϕ[St4zdӜ'<Ô)a!gE?/M\ft<t47	*ҫ4LDVyr\N׸ɷ2A˨dw'~O?o`fBNil6%NɥzӐlUn:;?~|Uڿ0&of@VUt"w$rR?kH?(> _4Rz.g0%J>04H?pd WVOjy(ΏAc7vDČiFp2&·S1U'Ri>+_oz+A0[fI(~	;$L
"
$1	{>/(> 1t)}xӐ~2b<$+L]ԊbzªQ<"7{".Ƕ3<)"|^|ZCZ!C@:l+0svh!1.6d.@ۆ(Ќi:m1Ȍ؊GήMCRu6lu;$iXڰǨ4,فycZZڑQXLyճĐݹAԯ\!_@gIvwro4,z؀fޏu&`އѰ+;DDyƲ١N0e	MϘk	%=ώ_es۔2!y8\ǈ;Nd<uux	*NÝޟ<ISɽWi@s/;*N<E6҆sC}WN]Q_E!%]CdI`ʨ٣z?r..mT|[Kzکhicʃ n=Ւ-D&Dͯ(,Uתaޢ0rۿŒبNDIk9l[vPyhdEo˶#9!Jԝp[DQ9Ϥ?TX~^ɄsVp-.sb"~@>8FJ4>F=X,̋qo!?vF޳@H@c\ѵ4}=AB13c~IΊ#[h́K~dPٴUl8f@swÆXXdSix,e\tVt`*#EƱɢ%3ݞP٩	wp2!\PT*=	(#U}Q|afk:get*oWMwS	ɍ֕?hAAcɎN[}B];H
BO5ЬSe_bo;*
%Z:Pͥڹ-T	 21	+9W#},^ UϯSpF	ИZ=t\j&qWfuEPK<c	ډ,b"ԛ׽υsyxV(#d(\TL\d0__JHVzFz6R|dc@`żotz=sԶL.?,<&mח`J!#37gJݐFiY?"{+(8{3ռ~q6u)VW7Ld+aw.ۏYj{GCs}6R_Acۆ2n0'q'ۦfU)G8#*Oĥ{հTKnypc-!,rB'+oM' ZFG*k7ٓeWp2|;2ph3vewigӯqp@$؈o><gar9mńWL"zV} wdޗhS#m!,	k7֙yGC|Jˁ\ğj;Yk;{5!$i!+`8"#pHTn6H5M5F/<$%=>F%}2ȷmV|9saiPa̾Z3N5:M,QM	mlFJ(.ZzbS,['cQpݐ>aܺ$/R?mˇO>b2GVS2DabnQn0_ӌ=2K=<ж'913kfTC!!$(k:`lghOACI0&ΨLE$3wň<prK"ţ`uهy5j!um@u+4haʞUXU+f܊u/Ԗ HHfZ//ݦL(8XCߴ {<\ώaϵ(ӊf
,L\6;-yۚ[EO@ֈؾNI͔=_>݁dӷLe$	-FP̧DbJze9c4<ˆ"ѩOH%f9ý;Ps*f+ǣͧChN+iHPzhtVs*#w*wُp	]8;F7jTNs0Z.s}dJfybS&E$iqӉL&:<Owi[,}'MmZ+Xr%D3D֒bE}xfýZQyAmr۟1Q$yr*x̰gt(	4_B͵mR5e#/Bp]k3|:_p\38S7{ԧҁ;e/LHB@9DцHT/LhasYXl׊0~6KxB--4Z
K؄ݠ[7gӋA6*"5^] VjM2X^1Ҫ"40I~@CX~73mC"@aٟzNXw1Օ`i`ʹ*4Z6|y]g2GaĊ԰Qkqo)iƓbQ^YրxAXsXa-fMAmC]8Nmdd(iQ	RZTLľm4jfYԢ.ro7IETab%Z̠n+ JU9Q]?_ɬ'M1@>?<[J9_) _®rBd5-X¡2MMZu1آ,xqǛtvK¸
ǒ׍fIU֞KE΢NHs7l?
X]ݒ޾_6ةUI7ƵBJ}f\a1О߬:(n u0*aZ[ro*,EɌ5}ҸvDBsB"͘!>o̔jyd;i;)5c8y6>̖bp`wbKP]zɉM2{sX=ؕ2.ѡQ0W/[ܦe6nϬdw4Tw
Q#sڅcTx.vHӦb0!jܠiݴD@deNQ+#9%̘U/a,\pRvO?VٳރL[bWbr!xeQo^0#a3o
(#2EJ҉EGvw]"=>Ԩbg|fB4Ǎ!]؂ܬpMFV=Jb!/bq,cx,k}Ѵp{څdj=(ƱY̦֝+"I͚uT.~gNCVvZT6@c
	TtVC?E6ŋe[(>)N5+cO\"mXG#4_2Xi,B]jYMSASfqcbTNˠ@R QpOo9 y7hK<$<p.jZWTRJ[n=Q7#-Ÿ9+di(Yn^^qglt`e/2.,([~mzMZSl`&a}F?u=0DaL߁{ QMyƏݬ0NP;LSϢvӉ6fG\0׾jP4cVѾf$A9&e	Vv~~"ϠƂQ]#mWJ0D75wߥyEKʭ;inN/}%1RR5sEʠ=uVFOMlz5ƍ&%	li/|C}TreѪ1WS4&t''Bq#< _u;
d`	l 9!;?w}ҠZ~PSPpvvi00dH2 ,&A'Э*Mݰ0w!V8oxk>V#պGvw.~ڶġA;m;kACsW(:e&дg*4vɎ\sdz¬Qy$φ<˕MdR*evuі¤;$*,=żͶDuhyVliMAwAԠl||/ٚC,tZ/8tx!`@ƃ
urw-GRxBHϒ}/QzqN6">pK	ylr=1X%\>$gS6"3{I:N~|:f-~>js˿
ЙiƤ%҇JkHzqJ:Z߳|&	BF)u\i/iB[=Llg\(C$_@_>dJ$@	uȪJ@OΛ) Hy.t(^lz_'v6Fzj|#X]~Bg
q7zG!Z(h	{)#/pQ'i5CFg=ĸEAI|֊		V҄]Ag^ۻTJURxS#ZAkBo<5P1Š.YٙD:DqOƀZ@ր"P1	IaF	UZ+c,+ru "*K$S)$lXjGUmrqw4mO|,}:4F_3JD0E[QRn~V+vݘZ@̯0hiQ$0k2*w+y@>Z+$v_{1hg?T nEȘʴ &v\gZVt7Vɽςn,iNq6ɣqnR	\2db%*'m%։ÞloCDUY;;Pt#ӑ#Br:½Ys;VvEW@	Yw$=n0\4QSΤY(V@}T]Ҿ9T"0'n+}PَC4k/:K\G*3 !ʞYo{xBIgcJN7B-̝&'6/[m;b̇/reu\Q720ٳƌDHw
\]<,mM";X!@C+}3l>@*qX4Q!kd5aDPSUnqAfj,vv$lD˝$}̈́/p35bGB((JjY7PP@XSE*$а0DɠVڀǆs8S'ѫ|Ӗ~~t@׳Ҧ]Ql3T]5tѧR6gaHu }/לުhPy;{&EٲB8T=48=Dkٌ|^&YUسi˧[ExO@<AnY0>G Ɵlj2f%E+#a&"Ogi@xo'h@b6C0%//ES-+JнJvd:A4,l\˪(;ԲUp	q5EAQӨt:1.%f,kXUVQN784qu؟LƔj1л7
Nj2Fm+(g۽$q?Sk/ƁBZ|E1\ʝiEI2rV&B)uˍ	iTm0M?\}ʎm@F|	tx}ߎP7ME/&?bϏ'vdwδhzYxlϼԒ$m;l}fb6,J_o(#?HoeAזsO N|]=$Q4-
oO}GP$Ugua|9(V˾؉si{>}ƀ´`+N0&Yc~ :vz<4BT׀ZSl7Դ?|,#.fCܺ}6qtZ88mjWZ{׫l˕c^4:ƬzОk{r"+lF!e֐y	d>u5Yv4(n?APo2s2hz=NdcrJjƽoXd(C"wݐ{BH3H|dI$"W<WfSzJ1!`)~>^vFڦ!XY^BCS<pf;Ưݑ&"'Y)=lܞ%=z6ǩ/7mY.lԭ<,NRMxw>
3:2*BbtNVQl`x)ش|5;!<£9ZWP*K^$LٕR9Hv,n?]%)o֘D&Ąa,KAG`*sX	4}>rISղ$ވFt<Hֱ@	N/aR$וs-(D._jscδě*Kw!c@ԅeJӽ)uAbNǆ5moe*iũ)7ְƺHmHŲ6jr	W&ڸ[~W}Y`U];n.sĵߞ.Mz~kca|BKݘ>G\~ܹT̀hҬ@p%՚gQة4$/ZsQiSm_B ЭC>cQDcAyn`ƶwI}ɏbԞrzٲ1(3p7u+
?'a^=Z/(VgFEfR]9HQ01;}ZR?ŠRa0>OyQEűHC(Lzol(G,6k|l9;˺->%t={]Ʌy[Naq ][qHaGiT^aD-ЗZ* 5^͢L)H@}%y2:̇ҸǔJӴ/URr%[Ö}\\־UF	I
	>,BwZr4b/*k"zռ1]-dcM3"{S@q^z&L
@#Pǻ 6mVDkL8x,-+LXФ#$hD6Gl`IUbtRK&(oW,Mi,{
;Է/[܎ٺ6ȤΏ ̖#ŧ i$oT9i54\p96^
!Tԕ̄˦޿=
tJͮȺyZ[	Uĸ`/?	R'=mޥpȈ)aFڨ _jF"ANͫW7'UhĈȩpB`|;tdjC%nszzIȴN5%AW
)ǔ'm3}=lޣG$h86ڶ[ѝYۺׂ;	c>c9~)C~^4eIq%j׃L\B"?fʔBM$wMӤK	V$'i^_Sߖ75L`jQݼ֯Ή~5ǱBD /,z`1MIƏ]p<8R|u;Ձ׶%̞mۑ_^ߺ;*z,c~r/ߜ[hZtUv܏	Wיeu:0\WASE#ڧ,dC?d=|yط@ίtU\iv@1+r0O	7#C@ٗ{t%`bv-){&Gr$J{Yozl)͌Z ECЪ$VՒG1_qi"֦4iwhe;ؚKL lJ[z8~WM3wW-Q
`Җ$܃H&."Z+FB߲n̬xs.܈\#Y7ED{ܤO|ktQ(ΟG̎S[eBm+ހد$LɄžܾY#nbD
4uJVJË?9Ճ?RDmՄUẗ`;@Y{aϛߓIY|	}?0<72412pCype	5,[جچOr֌#IJSa8ƒɇϺ,oQ~?%|2ѕ-Jx`KcI};Fǩ.p]y|bS/Lh[~p>A],>;2~?igmHh,{:=Mlh3X.R@|@"Tso0Qr۲NQνQ'7/n^>?a/UiYv"1M+{Ż
ܖs؄DfSrdVicοX̆m)c4i_fbX' g%E1.$OBH'j*ŒԞc؆Q90;Ԣbb*݋ x@ïhzJ@=t/)ߣ%rM#˶jmuڅ<e'ݜp&يwy3i8Ŀpâ}r7cp}.B-AόX~T?pP\tlHziŴ;N	D#:`b3%y'T%Dr۾ή?-4I{.hET[qQT̨3mak{G&P}FWcti%5;G9?8ʙ!d԰NE^Kٙf҃aw	l`]"#J"޶,НUE@*ܒTKlϮD!L!Ff
!=?EfVƕ'&fĒWT2.4-ju}rq}coo9>>Q(ҿ&Zr'OzVn$Ouv-q-ӊpƧpN#fyˊE͹U.u8Cäz+;˻pڍ=QՋ_iG¾ǠQjA3oCpE:"yrҤϏ7d~ݵ;vف-mEl08GOңsi'_)j7tnw3|Kbڛ$g<87[{wd?E5ݙ6+]TH=q`Ղ^S'YD+fh-s9}XT>AS
ȟì{8/420	̞jot<Ѩ9=\ձw'"Cσb˔ͬKG
ԴԺ?ey.ED*u	qz`>γH8BRIU,Yv&`B@8SWգͤEƓͰ
1J@Rn Fi\ϼlUHVՄ~RAثt0m6H/s'(Ωyȸ8D|Ixf4s\*NgBuE[1;.3̧v@)QgD\	
1AS}$Ug֦^͂,kD7q^.##f1S[JfK^ȗД"]he|ZoZR_(dR`ѮH@"ns	".+?TC
B7/S{ңaH 0KM2U
$N?u
2ƹ֙֘0$E^n>Qdq)ʼש~ y\&˾޽;>u`4Z݈:)
D.R nl!um֌ȗɐxԀ'Fh5*~5ӭ	d&ǋ0,\>qߢH47DyUrAwZϡ8Y|QҠ;7)i.r.ܲ\30֧|b]]i'1j5*tQxY@$8dQm"OUG0.).oZp~$+PHwdXVu4,یY>{XHWJ-K;lA5)EdK=˚ׅl=QPF}ˆѤ׻ĵ/7s@_Hi9#Ջ6Ҩlʯa&*4yJ|̅\9gH#Lؒ[404Zekܵ@h~ƎU6ab$~Չ˒x`=ּDT=j&ͨ]ílDFsmݧ
XR,x6
IK+&9Q{Bq{izsbJ-@KaQ(ا#ϼ>ũFb-eMg#ZdOĴr7qxǸ22ĝu=@YdF*BCtJ9aqs""t$do{ϭzr7+#D2QЮow7ٞѥÝ**wҪ­,N4FˀFFecS_55A}1)	(6ѫ(D(B	P.^9OОݥScn09LZ[·Hz])wD˶U<*Uί'OH=C8CXcBK3ݞՄn >hFC#s?<8MI"s'&rB4qɘơ,ɘph޳/OS}FRF{Ϡ7Ԉ,Fwi`vsPWÔ]5S6g=J'yt60*I5'5W0OTP+5]O,Dq<ѵ -fތ'͸dzxL[ϛ4qs?FT:2DTa4/77$>[)E9VOHxrKHڦ45k/.pyr8YcHͽzx.jFԟNzD$P:'RtJ?:]}pYڳ˚.ڍCkSפ#lPZ4U[ƚ9"5oۈ4p|PE&r*MM5J_v!K@
vZrx|D}iPûOx(3̕zӖFoBƊZôݜQRȆd;ۍ_ܧ̍ezk$@P!tܞK*P#Q
,(NȂ%m"͙,+qiV6e^'udoIz/ʞQAgtTPڷysvHG>D[jV@Ŋ*&/dC>+-^՘iPw3xvo©[n<#:\.,w{5bc(?˼ĲѽV"f%0S?ڲۯiii(߬`mM(Bns~cT9(y;c'ZxJs6ȜJܣ±52[mwIW:T1juNŧup
1X3/%-Q:zx/OfU,;U[d<TxUk2O0m$]D+0qA1T%ۓsn^8Xwy`t:'\G8ZnĀ˼׉U*@'[__BB1q/rFeET%~:zt&k٫jVoVW:(L!Z*	G(t<C QLj-Bէ~NǛt3wJe!feNUcfrLԣ,'åB}*U#;n}~C
&{}g-xqK@řEG &-Ҷb۠w{}nMCW+<AnұHO[">0J*	I#ŏ_cW؂H#yzs7UCHh_NB2J8vGH@;SL`f0!8wS= tү",<[0!WۧKv؞/a|_t@Q3.ߨP8fk%
|!nk[LFi&יz-/TC,8eAgǋ"idf-3lBƕQZg>xo\%3FO۵)O:\Q&?;Īj֩rsruڵ`! *.cyU'eЙnلֈ43xD:>*WVDrZy[,ڜ8)_<3pӈḦ́|!w<b}%C<М
vRհuR_W*`Eۣ!O10ٶKppx-<[ӉuwV-7P8`K$%gbS˄u<Nc$	W׋N|#J3;E-ӵ02"Ȟ"A8ҏԹ;A|GkmWO3kl])C7ՁCDH9u~ȲT@|[V61qY]2˷KZnME=z'(ëqhWز\qd?~oz#c˲wm72QH4UΆ;NuVӼWqj0q؁aLGвb՝pY
:׸|}<ڄ +{En/	%MңeEEW(-ζɫyg-u"ݺxN=ҷ"qFƸ%q|#dOn_vD/pj]T*W{l~ׂ	xJJizػȌVߴk;)PH^rqx՘O1ر;K"<˞]Gxb'ʮ,1oLԄTP>W4!%~WjkxUMɃaj+lZG8le(cywM`nU=bom6yi)1E67*80MNA9OIGr.vhb}ikڟ3Em"ęˁ$PXp^N?K̙i`}ڒc(\ -/sʑDEoSA"Cw(נ>Jz&VISz2[q2ݼ:@[0w:L/8KrQhc43f7`VTw|1q-߀H-=ho{)H6TXS=߲چ/WϞZp\^(%-%Aas
JjhZe7[SV	p]`C!Ͷǔ̈w8dsa:#Twݑ0݂H)%|
/PrV32qGͤFvKl	@:u`ќb|SzL	SZNbIl8}ǒilѠً7f6vA`Ͳ2۬,pDnZ6Ts&,	!L3pHcU7LD_HXF/Ǔ58`3b_/JՉ?ͼBxɔiɫA56Ȫ-LXxӼlWzKB"<9y,c8/T4ZQKV_ 'op.i;)^Rs9ShNɍ-n3fG=/~xP,M6*L͛?FlϬGl ~eDqHFޑܼl@Xm>9h%XW)!~3	NjKNW]m@YbMTwP
ŢCSzޑ݆VK#>wg^Ռfo0*ձU=\c&D5C_|:}2(M92!)wjA*htμhE!w6?bLg%Q&71ߜF`	b4tEht\@G҈nϥѣ H܌x zGfЬ~ڈJ^Ǡ#nx;'j1UųԶP8+4H҅{UNZaޤ	"S |3gD C~z8ݸËIp"ծ-k#ȢRWM1).^r|c0qor>GD"??$<rLi~Md73@D|]euiMZt*if,;>E:idYT%ߺհqSe3W)UeVG8G]6M//2bG8	&85#oxGq2Za+7zIfVc{(d^)(*ösQdݡxo(NUD0¨ۙZ3b8s,5F4ziEG9C>%<+x ]TR%1v5C((	9gؾٛ-.m؀.s6
0 ^')ڌeULKi<UB }~S(EȒsBy[2l2/FH8pPb!?`epP
Q-M2&f8+gS*)$KYcoG*ԬDl8؁uQ<HJ5J/+So;!gβ11mM/t,u"&ݭ -E"R%Ɋw3-՘]s1?GUPY1]Սy^cyo9!gZtXJ^f$ܱj*Af<H2HZ,T=Nm;r"-^x-ٯẂd*+C<1ɦq/ϕR)چ]{ݣ"Nвgm·:vC+KG]djx3H^ܾrz
#V%?o]i(SI%5zc*~!,ǤB<,:ys
O{w8o0\Ԓ)ɈuK{˽8I#jߢVPCNA@>C̔ȟV{(kz{Tb0,H1cdRtWowCyLZ'ۺ)=?ϳjo޿}ۤFΎ =9rb6نJӞ-QmaO~e%ʒ9?6ڠO4Mk.gNc1fLЋȚ[O{se޴5VX4xP~zQ.Sy0SG>F]ZBR[wq]`TUY]<_ aJH%`iC$*lVYGٴvӕXƠL[Ga֯[QeΎX'̦̃uIŉVf:+kc []ƗgP35\AC@YGD4̀SpwzT .Ȣ0̹hhe]e9.#FyYF7wp>ϫnT} LsS<!J`mA~JD.VΉ!1R#$MVA
 J@ns׸@tih'YXVXr	i.{]EmIaϧsCkwBK2"1§؏I^P-h0׬dd&D<&&{W\KrD̎G3}lG224d]rWW~ysRuիbF{=}e2usSK"QH:eoEv,9UԢc(Ng>v-cа$d`-f:U\kQst	q[vo
Nj6jr=|C'El%\l\Q:899yJū<GGTަV5DBsAlvtJ1A@(ocf(sZAUBl3#+rQUOTԧ\sY|Ui`^cn;(K)U8ޅv|Ou@$ȿmERN0c=1l?ر>֓#> ?J̸z9y_&M"ٲ:ܘ(-pWjg8%
}O1݈`>ʺ/A(̳I[jG\J*Kqa=W
" ͛&`M;QJ=_yˬo9F\s{e|+H"ɚĂ?Ss ѹYe(Ƃ̸QP։ՕpUbKˏ?v^-E^pkb4RA} p9J]Ҕ^pa~h|H"&݉#gB"NXK_xܛ]L;7%*vݥ9T93Yx2gMZPR(8gy>
2ciY/6Eԧ8rdp6AuGrQH*ΗĖHX	7GUsjΑQv8&pt+81xЁٯ'4\&$ҨL
l΄hB~gjxINm,uA ]UaQ}҉S1H-HHBʡTT8bg_]#DV_<kʩ?<Y<(<Шީ]	3.4)/#ÜϜd(XqWwh/VS9yVh.YUW	j^%P-E֗Hq^XYWrF_tqvU	AZ7=~Ԕ]OnP]F:Ai޾fɵ8+$a=
Q))=|ۼZy_*4-D$أϔ½|R&X!`TGVsj`~ _+N+Sz̖۾29ނ.QwKeӏw`ۢ.8\ṇ˂	,E1fϋ'k6D:/ڦ߲A.v؜l-#[~f'6i	axCI:8(ӪZ͋͹~E}rHC=WNH3i(g5\4dzgFuƳ/~eq`ˑV/:\!0b#%k$|uՆk45]}CidwT',45˫c-ZI)[9>ߝ=rV>%	1DE6uX=۾،)Re {7I`Pͅ,҂=Լ|YG&@KsY0xoL?5!4
n͋ހ`|ı/T7ؚ7ס1s]7||8^YhZPĦDli/T'óD(WX"[sE<b{&Է2R@ϊ$!c%8Gwm!fkZW<MPV\eyv'w!2C@!Ո@ ?vڎqХp%W
ɆÔ%'=ŗ +>ԯ%).+ދ&}HQiųAƳ4֬P
VSg:$fhU|{7ؒ7>QӔ$ˋ)v%Һ]	ݱ)Pr1"SFSga|G	%4-Z>	ikzl[&̂P59~Hǉ<O~YiuR4FȪҮs{,9,dkCpR]%\;OG@%:ہ0)ʮI6.̘[(x>m(T4ve=y>'B4<\JplcYڍ$1e?$qdFn#}Q+dRq	v3Ԡ[Ln:1;sh_׮|y߇Q;\PD|J*YBh݄A*ܧ߯?;*|{s~ 30Z[ďKv}EОk;޼9ݳǳjto^?ޓ{3+wD1chM\Z7/c|N@0ĒIiRN+NSvc+eq.)Gv	c}`v׹9gwƉ
G0	ΜYjRVo2Jِ~1ڝ%Š0U+6%@lVq~r)= i۔jfԥ0qL?\kBgc&AMDB)/Gw|[QM1}X]rr$mT[p26G6Cdwu
u˞D;cjiδqđgui3}bh f+pЬ'}Hl~D5
M[DҜo'FЧ"LɄx)P=țFbw#"eOXǵ*8EAmW'7\riޣM˱I,
^*U6-^7jmJiXzFȷr}wzL/9mCO=aCռ۵Շya$,&B>YmyqIJ.O4QzNJS4^Zg?H&MWGǧ+X];,fy]A7SjF4s=`k1cf<52¤Eߏn?(;jԭ*!}BBFl)<Ϻ6[4UG̸,}e7>V~ ׻VCVߦZm=g{mԸגP-d^P*{@%QΠ³Uy6_BI+(<yD@cw$r1+$yt-mU(VQ"znƃ?2X!uNwum_3~E*><$#
5O
>ó&Tׯ	L"ՠXS|\YfP}=v;D2logj,]c+v~ܕhjRє$X9,
Б6jуNECׇ\41ۤul80S#oјwd'm9-\UBCBێY$`N?~Vv]T8p)PMnaRwzZч:QtOq%p75N~13wN#'ywPr<fYd:ߴBulBba/1OEXLAE8TTo
Q-\NJ3ƪZQʴOTW3"jWtDI.TRѿPMԓ*_I"Eи.9571#Op`2̬w|ϓ#·f3'¼V	Yx8Z)aTi,ՅhLp˸FY{Kou4.FԖqABtB*{O`vXƆ0SUu
?<=31ګ{ߊcQuܷ[-S[FZ/bui&A:/k5Lڭ?	\*bjՉcWGkURfdRNòϑF*b_%Cܠh'C>f4E#)3ͺx>؞uC*7;
+wkMЗ{;5Sǋn@FS4ث ^YVt6٨PjJKpӞb4~{>˾Aoh8  μ%á@Yu0R$ujܸº9рΒc7!3|svk>@X||K
*0|2S,~O;mi[Yg#~Of%P?dH$'6^CO*#{F]L1 )2NֹHKMȇuo*9V`	ׯlep*dkZ6  ݅A<&P!ZCH*5.M;3wvo<i|I&Dvl_'7dE',рx۹r˜?jǨ78MdDeў5-ZԿ;I1ˤuYº^=# < O92'~cU3&Wїa	L)Lذ`+ Uי.ѪQu`2))D;iͽ10ƕ!%#puvڃ86T̿.h+>d,Άt)-+Ƙ+͒_,Ʈȝ=4,n.xӒmrT2sQlѢ̀Oڥ"x؎U]Ǒ$'3Pp'#:Kl L':"UN&F!@u^EqF%KX~VJٔǇ<ҥG67dH9,-]Y%c<Ԉ4͎TbJLZZ+_QHjr%|Vl#eS7v&^~Ea,*:֙ףe[.kRK1H҂,'7`:"Re@I >AΉ\$/sK~wf<̱w|	ӟ[<LU~[i,~	oKxһڋ.cѹ	ÿٛKzyoʞʧךks*m6i#OK"Qo4,#ơ'-{s]2u8<7\+@PN	'FP5TīO@DΆvȭYE;F1S%|j^7>A#=R1/pw~_!Wv
p/?rSQ`]ccыFrVOۯ#pg6εҾMԚ3ÞCΟlyE#Ʈ&P >o5жQgr*Nۭv܅*π+l\υ8et!į1Zexnޟrv(Tc3G];Є`R-I@$Q00	fZ{1df?խeqYߦ4#7\'eE&,)7?v/IS0bTM$Gޣ8/Bc<}:vX_**czoũ X@YwE,ܝ	` NʯfZheЈ}ڛ
JpK/cDK *.%SI?/3aA*AF8yd
R9rMS-^}-&Yˎ4CrM(&,=ZWSXЊ1<gLM̡!f{Zn&mb(-Vɸ(eeFϧoVЧ^ٛ׆ 5T:9KanY<
JOIԑr>6;Ay|dYsIk˝}܆Et"A(+T-^L<lQ&6T%ԉaV~)lߺ67,5gLB)t8J˖1ms'|Y8a4ُT-mt?ȼ%y<>ʈnBda'L9ݙ <a_݂{7c?6}ZP ˌHzkNJѠdj*QFG'lOAi-=]fU)H8g(ʏD$KYobCB']{DĩzG}*N;M)w8QL${[W7=v!}!Ӹ%EVG@ RF0P,m0^ue[sbf^AmzZ_2M%U;F7{l}4`̈kŬ\uϘߨi `ӭQv+aѥ5Υ5@sjB{&!Ʌʄ`xe"sҺ,hx<_<KH(yH=We	E@t	+]ڕԜ7kjٞ~s)5>7̦}NH'Qq~cy>")a'S'ݞb2Z[DfSl4-GtP SR;͝.SD'[[Ϋ[$>6ACL74'U>Q­?2OaoVwK1YHՍ:5g<K/'hlTRMy[_ɛEօ<OkdtcgE}ÐoԼދZ;՝)l97
-/VafxTU:]qXzļAsR{aҝU(Ǹ0i-`k3eVpfR+hqpj;ؼ&SfvA_BoO`۝2#0&=2y̸=/yɑn2^9:-Rk=&j2ĢiblxWIq΍aETП)66ݿ5hk'ɣUG^iN>z)$m|Ifsa0ZQg&	YUJU\vԳ#z5\hSLv7
86jZbɦ(ؤQ--"lɀqmɫ˸0ulSrY&4u0&n5՛(Q4 !t9Iєb^| f+fJÊ{+N;rcёB~iy4A3/ xX)JT]Mq#)*LYc8,bBDsIe̅"_7`]R'ؿS~rB7ömbmѢ~.;bPU@Y*i]0Noڂ#^M=kj%āٛhKБW\ޒzfќ9$b}wTyK
@pżߌpu>Ʒz_yaԵ;
RCJYl/{Z.ׇtd$ǁ4x%Z[Nj4G d,ʌ`k{v[sЌ^lR$b>*rЏ/>UyˋD1[!c}8(w`f`ߴ.sW#m=M-@D0+]ĘպՋgWVea~.ҕɡ%ѫit	C}tIDEJPJ #]`{ۓgyІʊh+cӮʧ&
j?@foلLTI	d7y`~69λk}Џ?I.E0?za4@Ҷdjb#a'ZB,;b
_DXEvX~E+L/o:>W!ƈ`
LE,r7CN~ȥѰv()t3s28}sǎ"rry%ԅ$;ATbЇRGfR}G){W?_[mdhy)rE_Ƶ|ǒtNNË[.2DIF5xB1kdq(Ҁҕj؉;ޭGڟrVn/ASi
җnIITDt,ltVGU&]V> f%ƍmhzVF Ox K>jr]H(}|{;ҭ	R&9E"Ge20khjt)"˜izEGEȧ[ZE:81d U~9ownϨ+O-Jo,cf#Ei.H`͚`UJ+r_]L~bi<9[8wq?c]lu2~_mrqsZKDJ)eCЉp6m~S@5xo\/!;3YhG);yWLatiZEN؛FZɕnŠ~NT̏H}L	YƉ,/w}G\2A}<بW1yp`ΔVހTS׫q%lD,Y͒Ff-޿^;<5-3`N]"Nq6*:тfRPhc]`b#3OĂ`*܈		9E<ʤ'Sg/)u60OؾB@6(zyPm+?05|r3/Vv%}	UE^X.܇05ǽ4E	-Ⱦ]Dkܛ÷lCȘ.5ԃ4Jq=ϠƼEJb÷זÌֱ@>¸8
1}B0Y@KwEHQ>'@t"O^'bYp(,|Ȣ1CENQbCMqJ^' t5#I~rب\g6mO'y
jׂx"Oc-}P.S;ٿ;q19)aww_J/xA[]ء
F^DߐW-īVј?"aD&7#Zţ2\_P7Qht+vϫWޮJ#>ՃVr6KHǙ7>ؗ!&OZosQEƌDM.ZZP5LѪy|Ewܐ2E̣;.@tϹV΂-S$<'4&eoL}B)B
<>9dȎf=C3ix<e>Vԋ*."+.rX><I>XϚLLJDʙ4:rUѫ+.!{}DLd=ǴќF^d"KsoIhC&7x)GH,K2h%';}]E~*0̟a׈܍rZ,9kXjdV,fLODF%WπIq"AVnpI7mO*aYʧc5[`ܞ$F.;q>&`Y^ǧ$TV=n2oJX+T#zُ5OPmDKЙ$qp3s&^Ƀ7%Is9Sб;ttCEҾ˿A`sq?ߗ]P;363?$*1(ĥ+:Ys$Rgt.'ϖ~8c/Jwd< tE}]H[ĨPbzE0#x	Ӝ2j<`g͂Oxkj!w(SL*c'KV<Y2'Mnw{ݭ u$ȁԴcE|9L$"jvxѦPcd9=[:d82\7ȷ$ƨȫcB'sY]	3wλ(;;''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24332)))
