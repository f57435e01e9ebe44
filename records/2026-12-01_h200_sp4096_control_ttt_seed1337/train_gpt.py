import brotli
n=a=0;b=1
for c in r'''[#aܝ`Mp9Ru,CdeΊXm!U#Ќ0R/p-DL]0ûәCH}u[ؗ%U">X'+Lӌ۾%(lS	 țLMT8eCЖZܛw?>X/|SV>#9,bJͤPfyd
pڪo..HZU#s5F>˘ć+mvlF
'BQMزjWcINeTݳm]PM,Vy;K]C^YŎW[
lŽzGݴqZtA$eJiTli^ڔŝE>+$ԂO;Ֆs9S==2č6~=(Melc%yISǦ9޿7HԺAO{ڥqˊ"K$LIk,fhrΚoӳm$b|(RTF+ƀW^mÇ3F1M6Sekt
	2p<Hoj-W-bްS(ؙR6gՊu˘J#>P^~D5b5
gLnaķ؁qуA4ڇ͈HNXl#"o3iP։SWMϸ0[ 7|2ii<ʭJ7uWNGzcdOnOʬS6Ud^jJiQ-AgSr.׎ڜ%B9F&oTش@x0Ԙx!k.ݫ?v.\5t[Zma[	}ܱc?p6OGU.tYWXyxdm +LEh. ى{+2 QH{W.ʮpҮ'DV$_!l9FvȰAI=PҮ$s˞;Ŧ$UַzɄVXҐ*i#ɧ2 o4A6jRm
*izdrT-h_1U;אLxCGDudU|H}L,Wi=|6%G²A#$D.?wګ]~E)ؕςsUJ;w9QHV4Kӫe&#=24<%hcB-qӀwx=E1Iċo΄t/..$NF	YAÙ ?%N.ϴ(J]w>"2:/>L_Fڎ2d:`MސXX.aXDh	UE|D K(Gk{ZtˊD;iWLы(̯!$աuuB;?ɳ!ɝYߓʕ#VsFchxlY9!i	x(a_2>ޭcx)kx9 Xnz}Ѐ2&hoM:* YN;"OEc"$=jw3Ѵa43Dswy4Գ%S9Я|9֙9(cP+FK_gH?*?84ښt¯	/, {`_e<_{AU6v1{y'_
k UΑ׈Ԇ,'Ծ[@t*Kgq޳F+RڽB^۫;{ZtaLîypV2j!rG",Q^KIȱRyiO5=&{#<@֔n6y_ڍT'=%<e1<e.=ge̮:Vi3up0oVs M{,3G	}%Prêy\DfH0c6'*̎*dD"w:IhϪO'Xئήmo%!ٌ֌IywvBؑ}\hV7'hO 
&j%jo@K]-RAԱą1ЃPcޱU%<rЬX;ptbp#ii0@ʴyhOr`sp n?L8a/5*AkBZ9n<ݨ%IPU)rJ/bĳz*:e7kG>þ7l1~+s33|Qb`c4ЂGg2$Xx+"pGGU<`9!oV>PU7ԣ%]l4Sbq<j˽К*kNpp~ &^9LjՋ|YvI1JKJ?};ݥj1<Aqѐ@ӹIf(H׸nۉbNI&l"T͛ `]#Xk%Ɇcc-ΛXqۂMoo{|h-1jMM2we&,aG!`+k/g?G41|Ӌd,Z7M;X$͍=<]tRzBk~B0|[U|r>9`.,@Wh(B|ӧASBnb	*|hg1 ʹ4k~60@ڸ&X^hhato>;^+U#; lzR	E;ˁM&ҳoiyKX)e5 >s6Wv/.BJ>iP`+AR{J#jSnPf[[;;9XR>TCjh_ZR{R³ƍi},|EiB4cC u1-lǵpE9R3FhYl${<<2<(^{@c|eޣ+K0)՞eZ6AejQȼf 9<;>J,r=
e64jVo\PWC|eL;Fq~:թ\gXEWмAܽx'<))Oh3'،cI
3Dt7Z&<g40&`'s߶FtHvεwJ{*>a9HڗF`Cr(#M]<ל/H0T_AVm_UNYkB) uQ1y_7l[c@ZwHX+.]+<IUZі7#y7I0πgHS˼T*ҫ=PWs,aL_D<Fo^D8#ܚ63L|eILͩ~"d޴IkچBS}^Ţev mRb͔=a#"1T5oaiكwZ-KȁЀUnϰXj~n6QjgmǝGg>۴F$h(^QE>7{Tw&&2nΥִQQh@Ǻ3F2+F :C t~_/`0CR}gvǇ,Cy^j9j{=ׄ-T,K>,.2pS͵5x~IWFA0RL),ٱ	HQ^O&f0&W«-P:4]>mc*YQeĕiܿmoRJPч5$^Pڒѓ1Bk1(brͩi<T|Y@5zZ{S&H >-AuGyU)ISPӻ-GEć@ߔ<شui	,lph#S8QV`EѸ$?9yå}?ҚX*=-~w<Zd2Ax8/hP;zɐ} ZµeydC^*ޭiDņ̤*ւbp/sj=`'RħfYdS-ݷTT3D|Sx9H3u2q9/GslSeAUIT7ΓZ/H{ə+l4	թ:	8W,XÅWίBu,ͧ%@	ULϮ-ֲߊjSH\O܁5(JsH{1A==m(A]:N7lUxB&"{r$-v	^΍Xz.eJχXE̞}k_Z,O[7U7Խ=5֖bJ7_qs@@pΘ ]bf^vH=tIoVNwS3+(e(ߢ6or;5NMވq6,ܪkW\r	
Vj>֙S6T%\^>oʽX(Zސvh;ҊRwMMڇզ^?Le-K3ԱgPą\~,τġсa`;hVw,ű6A#&'m&)|l|p,Q{
ɞ"tڎo ֈO,зnr	n=iֆZtq;XINƱfD`fdَ$Tڈԟz}ӰV4}:L^ґںKrU1L/p=z7u|ghV8+3DGڿ`\8c>*ɨ$W-4[םnw:Ҿ%a\ֵ<no_1%+X5yh[-\86qC)s,]}l7&h׍qW)Vٜǝ\	jobZT6\a\H9%;MSۓ|٦"ޘ͜\e(7]+IA)պ"آgې19CL&q4I5܂e
}pjxj\B,9k}08Qp'tJɈלUm>w?`ӠѺҘxEƙ$}B'[hYo<y!a6#֥%;93z'QY٘'7+ܣPDڨ>D`?Qٯ ]ØnМUv' _ё5Fn(ә;1\)996ɟѺ'zs"&_e6h+1@="RXeG'3r
ς8b-ųL]]A*ZѬqj#aa #p kF4wۃҰ-R l)4&5*o>"\|fǘŚ=c&6i"t8[ )HMoHmsvq)MƹQhjZՓK_0i$˵LɹަOS0yA{/tJpDmXԅtIZ&?½L!~h'.+"J(~g^h.75	Rid-fzgek=`;rg~l%M5r,ή +
֖@H(:^|s9|&/ǰya1ߚs _b&ܞ2t&IԨ#r PLM|N@UR^!
mJL՛,N1іr]5s4]`yabzUd*ɕos{œ/ǟm),=4mu4bOd]U]xompJ0֨oqkE0$nBcXBC|G!}5Wߝ@d۞o@ͮfzy-yL̈EÛOcX}^;:$(.@2z2˧H]v/akڋm{h blz=B?bu>?#eyQ;7UUȂ3ہɧx(ܒ#,;*I=t`W5ɕ޶Ņ	 F*{ύ9|Ȱ$Rޭ9Ud(sFkLE*G˸5S 9t3
	tBlī'(ЗY-"G5ۄq<J=+\0a]JуͶ(|áǶ+נgX\Hbt2':a-M\|Gv[Y6Ͼakx
B^>	'+цIѰI'nN/#tR.90YwopXeN;<҇eQY.֯y~/[SߌގSMڤ0խ6G8w%>lHk/N-'KugPĜR;Eh@ٓ-wɭe(+x&K%F$کN'C]gAU	:-^9S b=]=^!͇T>ű7=fy2ԋ;~g~(qgO|U,aEďA 
#?îHO)X2!81="&ĩO<;ԒZ2H7ݟ-M:cTT@IC.XVqaiA+dD:g&\|M	k)C?%WЀ%eHEqvןކP˽JN|aQ3hXb6{ݣ܉`P!V{6۰&6iO4eܨ׆.bƱCa֯M`~PnXtj'cW'}-ޙd9.ʴaC30xaiz%nvRQkv#VSOXw)ZrQ?)YM-S'C"Ε~|kșVw$[&)Fvmմ(y\יo:
ЭؕJ[;\{r^ݣu6PB7>8vCy$@YA!ƾ]]r18Ƽ<Yr߂;͜2V)gðzpU:UCVNo{x==:
Eu/kNAWY=Ϊ3xw-"AXx!ŢLRJ5NN=c(k3y%ĮUo%zy3*9P^Gy.}bڭK։NQh5TVGrj}ӹO0DU4%U՞ɪcD>nШD{10ĉ;z\{U^{,Rb|fF7 AL
#)I6*lU=wy:Uk&-UNҀM4.@):s'r1oQ[	tޯ'ˣBօEb]R~9˼D'I`LĢ9g֡ɽ(m\TyS'.pYq͏_tKx4JVf]x)D&_Ew.{snYH1mƏӵX˯VotЫC0?oҁ$VVԊb%3F@G%KIԭʹ(3*{.e+ G+f":2ߟ@'^QÙ{hECbs͕'cũXhwp6ZƞVjK,Z5o6ZZ6LRBzxU`X	s0ǻ
GiD/~LM}`wIB+##r62ІB#ΘR3a_$b{@!|Ƃ3?y40R֨PLQ{oShnTC1\"3Jف'j'@{i$A7tE_/яcϵ=FOfϴչ_3:ً<y	<3:gX,WQ8!Ci4BW{s6;F,܊ŚgYXe!WV;ߤoŽ#9;^Z/_ѱ&nZo'[V%)} J4	8pb&DM i]%EӎXֵ}=l+8fx"(ӕq>K:LT"P6
T!$[KS4|<hȨ`"'ْ3әVɁCGvS|wX֨C,
Xz;)=PgvϤuIP6mJDI2P(&cK[y'ynlϮ$w<NI-ms	ʋo_A&0OS&3Сd:5m~[{B{FL10O@^yٝ.=YP8p!,	[@O̍`m7FrDQU$/^eSAʛзMa%m 2=4'.ٽПڹ4յLor7[%	و:x
-85҇TI,I.I}^K~  k(ҸlWүY*6CB5-ȰE2|~`;w&6ydhէtv?^1BKy3*ܼϢyrXPRf%ɕvy~(%%K;YǭÞuV H ʬRV؈nA2n.f]}ŢFh,]J)v>p,8^^yd݁zǅgc
^ڃ{\v61SāY%IKkNFfGdRe'R;F(:k_"ԮTo;TRtv#.`8`!|Qص^{tHu'&ߕ1rUhJ.*uԠ*ˡ&#Ŀ8|uǂtZ	deC۳"<#PQc!Z aZ̾wK̀0BE6F,cD6T<,kSYlgl*a~J&-VEǔ@>vތ/4oR10[6R^w	ul^17UѨlTWi-.cXnD;+wI$BF(/t{T88ݞ#'ׯ4AB$,B9{חfµiqy@DΛʽQ7J$j]y:*CzxÚ&k&g g\*7m'jQ%|"dۛsޛKRzHQT(+Z@yΜLdUfFox' ٽ5_`%mKAƵcPj޿U˿b-=cfF~e	-T1ߥ`'%@&cm(@i]gT9(]̴Z~Mx؎t1Y1aC;fsQP\-y_+6Φ;J[R*	4Gަ	QwK,TV$rfŊ"̩,T5,y:l_ͪ4jJ$OSqKvĝ*Q;/h7N:{j@Q;ɀCT=ǱPߩcND)L>9=lZ6/,ƞJױ	ץ=ܛԍ>;hX_2Fao5֎71Ѳ;G7X9v([<UƇtՙz|ޕjlmȓS*~]6کdP^XձڼKD\3e@$kЎ&;ԽW1ifȒ!Eѫ8RK-|6Չ*9Lڴ&9a4ơhx,*lӥo#,{ʸVZ'HV, ȯ
,:eJ^2ZEC
b8,؂I."V!SV<s/LG@Q2]\ÑG_t͂"#<(>ec4q͔kwZC6nRX$!glkƚQXwDPNdƨ|}:mPUq%ygYz&]UqH9}T/RޢǞ@P=ڮ'X*
l20"V)_VBk+E/i[M2`gz-(mS׊adE+tiI;oa|.	^U3r>C8w8l%	gsw̓ssFx$|l0ۈEzӯ`088Ҹ8KMجʪ6;cd<3Q5"ƦW1!ÑlOf}B4`gw9e&N
C;~С&nӱ DCtVEdgGQ?X/DyKj6<;uǃ=
ǹZ+QtU\*	{Vٔ"L*uN(~nj?qH/W׍(#ԳTc'Qk+ȖqNʽMB?+ij5gEˀ4\~<v)leA,qӛª
ïm.LK//7έ]Ҳr"'^-ӳ{	؋94nb;Ku5q'ޛ{Nljzԣ.g#W
JeUAtM><K¨,\=j٘pbOF͈27
Y3<H/	/Oƾ7S0CGw~s7 k=E]87l,@	ړ*
LѲ	'G6[e[6U8XɡoK}\=g7E6|0WnɡHWcw;9Dpv{a-n~ڽٙM90Zu'Jק2tc^Zk@#bOxלޏ!+}8%(`O$'&V	^ћZ!e*TFTD֟qۢ7|sLXfcV{״߸?¦g>x4DđL)6h>D<!%;^_U5\ǩ@6L1gvuIݔ30ptN+MVHm2MM_,pؚvzIJzڏ#hLwU&i.	F۾8ܮdB\[-)mX1xC{=Cy\ڄ0dԸ\`QW+5pldIB9I#j;MP[.|W0wUThzMteǄh(o09o͡h0CڱgQR|?G7~H;̲nW_:@&cyW.ǣeq]EbBվ	BwԴ~ÔܤoԜw93Ed8HwYg`*7AПڕϯ?}0\xI[ёYAg7)VF:\*٤EO:b	Tٜ&Dul&YPNr.CԐ:XaԖ:T
Յ=xнD<e HHޮ1+#ñW:H&v˧MB Scjgд?u֌۹AL&bSȭM
R"^h~=@۬s*u5'[Heډ/FcKTϦ%#͓Äri?ŞoJ05'g[DĽ{*Ny}^|0B^5+6E6vSe7"lzdu0íα>Z n)6(`ϐ\N(86cn*f\5_>9.֕]LֽXϙ*<^B3#[<-'L92)}+PR,
l¬.oUJ5D]|LΛA5&μ+c@Ͻ]W\ʰ,!a+S7?ѲPJ_f܁1ŉp`f&\BH7QWVQЁ9xN´9-$h*uiT:~6R H\V̆!Df[AQN8ww*7bo<Z͈Ε'j:iPnl)Ƥ؍5_#'nbK	U{JlՁTj}"c/~q$nPɵ{˔!Y[lՋקm6IhV
v'Kr03x);yɆE1/yĿ}4ʎo/5d;Yh-lmrs^6\zW6
`d^$R<pF_gԃ9h'?˚}DN~˚Z
Vx{Ym{n[)C]wg}c?Gf=W΅߻#Tg7>{P%yI3̄YPҾľR6..Pd~R*dޞهiöƃų&?FQCY0"/|3BU̤'0X^φې5dXC{ީYc!E>*߄V-B\@h afj,-9Gs^`gO,Ӊο%MˋQ[{7ό5}%MώVK-ˑӌ҇5ԹW$ogz͝GҨe<%ٮPLtӱIA]6Z=H	XB ʘ4ut܌Ɠ0Gً]޲aF
!V#όIF7x5D)Tn=MxDf޼a.ycpŐ{TM(9O wL۵c	hғm*TD;Y;16/ook4zmXөjd%Kẅ́ـB_N
ϱXgE\f7B	
cb@Dm./%,ôGHZ+Ϡ|KEZEv%xY4=Uat	p
bYhza ؀DaK=
Թ G[!7S˯j΋2"*ƯEA&Y6Q
 r qRE wE,/0ryDdӎ@c!zjUҝC"f\*е<z #qօդkR1EoܶJ}
`SO d0n1W)bӐF/:Ȓ;k%K-K[o Hb4[x6@p"df[3ƙhFcP $i^݇Lzv/`75.Seا/)\#ۢZKOev**>_	E҇OAnCN{f!UoO01:.:j'ak&G̯q!ϛ&To+VV X|?͛>Yئ2,,m؊,
m ޖ,):>̓W:ȦCJݩڀ,DB<c+RC`^Ћ<yI7śQ@P!C	2eϘE]Z\fJE|TZ<7AEYH13l+75ۛRDgVB[֪<#QP;ӈjG*i!Ι]ycѻ@t`"N)2V-83x`˘1̾
J`2ww_}bMO1"ɦ`*WGў=`:r-M%TlaيC~ՅJPtsiNbb.٤k:}!זוКyȞet<E->9ؤ6-(:N[?i87X$6ţ%`za5s*|Uؔ²UNB5JϠzК/"z-z?U$8f=b,zD|7ȵCK߮LiDC/aK3?N
$Y<!IHtWOWlōĕZ(7DnWwWtҏ|k.b{#J/dSES̪+^Wդg<͊KЧb<ƼCY/QҾZΩtQ4aɺ8?&;=eۘVVþ$S.U'*SZ3|sΛ1-h±ȎR§8vwEZn!wwÒ-p4'ϓhk8dnǽ>q'
qPI0N{i+nPZ?fmޅuùU;ǚf4q_ם5F\f|I0هeuwX5&!GCi؅xufhdJ{͐C.:QjNdXݾ*xVCԐk*Hx>Uߩ2i1Ϲ_<4/`|h-^vN0|lS`j	ЛΨwq9lҽϚg\YƵ*%oȱU
Xw|0yï|+6ʷė͐۴.F|	Sgڜwly0h2av9ݡ$7-ě6yӕ(qski6x/Y_u&XݴFn_a+Pʤ[aُ'>s߹Vx`٭afz)iJR,HyǤF&+R,5}7\Dl޲Ӣ!e\lo
tK
DF7-Nɜѯm?_;ҶwΊ>B[	ق!lVa9q+Wkf#
ICUz]2fbj7l[߿A._tW/?R'Su~du4TtΐqμTi^*گYC\/)rW©;GJd#iqT{ˢzF_<P*T:(ӎ@3W֯E~K#6Bo*59bI@MhS!*ӇA]	@3]?əS=G~t^~ϡo5TwQ!{VܤfZZZTE6.f|J]L.`ٯ23IY_~aCt%SjCjAQ5qno	kh-o|Jd\PkߨZ;ey8AK$OE>cTdy`Zq7TԺ5>Zo|$<}Z'Π"$GR%ζCzbubHP7}PȸMZF/+*ŦT;Λ]_`<Yd<ig :nwuݖqjˢE@D9wPwA|X
^mIgQO>̙{_}(tp	҃s]PM:~U/<7jbCCۡ~5FT>`҅,F8^jdPq0DI/NP-mЧJ4g3[+ހ+gVQ/1zPn,+P{ן9ح[aϳ\4V6ӶTzfL(ބ")th{7Oڍw->Sz4z->1>,	o]%$_Ǩz T7QWӣL&bEyO,OV5F<܋or$xF?<:+ȸ"Zǘ}BFўCC?J69+1U=KwP"tLYZF~u[app"1?d-dIv4e/rP	pyԀc͛͝d\0nlܔ"Ē#p/*u'ǚSIޭֹAGv"Bףw[%sA?]p'hÂb)ʈC٤KuXܖuYT7|,oި1ǩ:@B,4FmZZV[bT=؄"tϛ^%p!ǈL&ǐʃhWdgiԿs6͇w2woY7< =MiүE]5oy}y}\Cyb/GVP+	gʧ6<#]:&U~{);=j?мs[4Mʁxz&ĝ:a2ˍ&n]˺Εl{[V1x/">xE6sȣ'βV:}`
R[udB(`Üz@KŽ7[l.ePÖHHj	M!ŴA~{۱J+M@!Pdۤ%&U#^d7@RYuL̽KOеwXX9!YIo)yPHP3(;K7η)1upaiuJ,K.ScDKs#Jv"]ws/Xe1maEiw2ŲGh\ރCBΧ8~qjƟ@ǽ9u(-?r/ys$D]3spccuKZKxF)b1֔s
d~wK%CX'cfg4NWZ&}}o=Deū~]ošMW2ٷsZ"c
:IC|C4ԑ2_6|޷]HģT<UTnOMTsJĸ;\3OFh4+	NY	&q&}ܦEb؆n"jP,ӡ\[	K[h5A)Դ0?"nq	ֹOO),ճ7rEֈm	(~A2%k"15ˏۋ5dh@ҁmL3-
v'X	,jA/q5k϶̠{Np#`'fThm^ǃf:E<\_:pt@fTϫkN;|yzIh Rj+7=X$A;2є,UעPsr̓(Qàf,?=Ĭ|4/|n.#}Y/3K<|@]vݎ-<BӧwbâR߻O11s5$qz	@E??Ydl"s+`#	HT͐1PaѸlȌ֘W;+HTsv?VS~F[0`$*qOثԫvk"Βp\${`xr/=ѯ5KHBlL)ڊZTnhXFq׼Z|K	cbeɗ:s`C@
wLіG
s_~ŷv]QFs:nM0[Mnp'"-BY$xk{1>&\ʡIgK|(܏	Iؕ`Vb@4_gF"&ɦ>؇&B	ЯQK<TS̲\3VQq{fΜ	ƶq&eX&ܽCO8X8HʅA,cb-I!_HW$oMщ%>V٭El6&̘Lt`~DĴhp8ʹ77$9d=~JosDC9wVp!'J^M;lƎ7.u,Ę;S@'ί`ӕ)a=L5\oR0ӦBԩ*Aè
Gn+B%}'/kKT)0CٝL?SWW.c9!Y$7ߠ(+&AC.a$ٕ%$:L;DWI-Sdh5;WBX8&i*!Sn%Z\sjvcwhk/OW[^ u.o2Ae:8σa3]ϵ?ͺ$5׭+/wkh{Yp`
I24lu|ә
/c#z>musdĔsL#rzHly_Y]:(LmHmTS
ήE<VXM?Ǽ3q|M8'u./v.bʂˮ`=^I%ޠs[R|<'J11Ƹ(gw2,mV@΀<gf;̾ݥЃq$^=|׏4i3se=vV9ӑYGͿɖ#˷?f@`߭zB=pwd6X>X9!fsn (3UdȲȮzt1	6^HvWA<"_>^.,1O޹;[1$'iOYeΔb~9!Bz~Bl1+`>Ddr{(uZвzɔr"ץzMl]ܐ&uu;cްÝ;E؏jRwR"n-ͻGėc{vQ?ķ}Jơ6`87u"aȹ1+۬y7@)Cxhؐξq:\<Q,l)p**ZUckE.֘,poamBaN1aDIYB$REOrCJ(u}Eެ-eBqFxù!~^AI~(e(ZM$!:?x~nˋ(=lH 6@B]3ZVt}w\ʚ0bd.n4:."ԭ U6ZZ8ȏ߳*XӬUחjS]#.@LK]'Ǻքg1D'QL0/
l-LDcѷuDC\	!ߐJ˻SOtvCbQTF.;`(U4Èhfa7sdf[`)kf%\ȋͻ#'wiM>zP~ыC\KMG]R aφP/z>jC(Ӝ9+j-5E@[zbc%50?ϨJ5a3Fi"qwMjf3(yUEBv;rhva'Kg7P[P(݀U5/X&mVȏR~x.j8@3FĢvZpƘZgʂaIMV1k}K$DMjH~kR*߉eOpHRStwJ&ͷw	VMNӌ#I"&aP'שf`3ڱi15O$cE,^.5!hh}̸>C;Gm~!z!:be$̈9^xY"T#={k!T2xP~k#c7NN>V,0`:ɪe^8,$H6AI6-E)wQ;|mcɠn7,BNؓ119fS°0ѓͱ&Q_]Ænn'hM#>3g;4fܮX,LP">l͠X!*SWfT}h.ӱ2+V؃Weط+--ɘylf]@8
Cޅx	Ҙ0Vk}+lIL/&i"?ۛ&]ACѾ15yG].ݦ>B@c
ҽGѵ́(	Ȥ7bʥ&MbnJvWȝ޻w?@Gol,6 ֽ9$%mVL
Jj/k!ơwoMgn@(MqL9b(eѲ0g\ʕ*PXAU8kK6~EJ42xEMFN	ٕ`3[	_bI~̯WjgVz8MeYc
Ҡ;MPٷ#r,YQ<<B#G҈	~ݯI&4<oؾƘ~J@OO[||`,ĢvOA48n)g[ZV^FڤnqhOW9;$R10Ǟʾ²nI?Q@$suiymsڿӸ,iKmEbCn0&@q`;42^I.ƻd|{ c1ebUTM9S E4n7g~7$z9}cY6E+יVx ޚ$O}d_4ޝ'a0҇emخ1P(.mxұ_H]1]&И3LŴrAW޷ *a%@3̡<ϽŪѡiE$^(IΣ~sG bf23-SZ%^sʘ;kFt "/H@J7"%Ѕf?dO>ے/fX[ڵ.,C:RNe~@ČI:9|14,~Tҹm+#jqeʝг]cj^>3jwUutM,8drǪ޸jKLr{Q!gϰY{]F%;}׀?[k$+16?nT\{dԘ7h~LtT&mNץw'ś֯M|IEWٱk7E:ιKevyG׼ElR88)bЎs˸KT&Pױ|7f.Q gl.ZNΑy2{X԰!\'@;˶}Y'Ąàgl4@6;*#vhve=6[
>[R* Gx4ֵ#kFBDޖnUF$:74~r`L	هN؅.Lۨ2M(nWoDV\=]sӄ1p?WJ KTַ9Y3K\=!TiF@u<A}E<n[!Ca:!0tś ת+r,d.@hU{Z-bиل#?L+jxok<Q`*/z3tor:E)BK>٢B8&$Da_uLاHe41Pv'C3]EBAje}ߐ%/\N;\ZfȈYN޵8ҷDգ4"S_Oޭ|2AXAFLݭ[ՠ#y)Tj:EoGgէXzu]tlTa{#l
ۆt;co'\Ӫ2Ąx7u|leل:i9
v@:!['Q"5X@Da8И/IϙvC/S$*[ʨCa]AW?÷-Zܓ(1	یg7^t%Ёŷo;]ji=8a:4/ԑϴ,[gzYAg&]
͂6ܙQ4\?xRÛ	N"Xw}S"!1Gݩ.yn#Yҥ'wV̢ݬ;x?%{B!@VƢpS})nd'izϪܲc®|Ih[iNM6lh=]7?*+jcGA;Y649z+4|Ǹ{^~$Xϵ2ta]KWߝ-;ܥʿ$iЄC}[y	tXen  rp?đȓƑ_<EĥX],0SL/]ޔki`?ʿx?-͎I7w;zdǓhJX4L~('DF*gr?.6ّtX̑Ml0<ΕVkHщlE#Wԙے`8K]ژA͋\EPc yi30u9SθH!xEVKtP0!KWwZ8ə[lxGsd2fNߟ9ڻ:&2/M;6m~K|в˶4(\=?Ӹ,r%LT\NojףNܞ/EI\2o(\
%Gm^ulP]~=V7Nzn2NZUѾ̪z
՛ո/lڸm@lѲ3S0վ_D\wdV+w=Y;Vn,m$q?&ӉP{Ty^H΀0U.t^:35ܴgGDJ4B/<n|S3=Fu8կ+_DDv'	4M޺uQΎIC#bG#GՑ@~{PߦB:ܾM><7hѯ܌ 
TA*04J6F|h,&ξJ:?)mM|bܟyDoRH#~mْZ$pxn	KMY5<^krX]2uͨްz&ۃjh,&Ƌ{QȨH5ߦOC7ZeSUɆe*hcݘ&p3YW)Y՜	`p,cfqOT|N@$i*mԥKFuҗ|I}!k^5ˆQoQnp'ʵ1BJ})W'qEemв]d 0|zJ};6[#:Kԙ<dsݑpc,-'370Nǔ@zɤ/Ȕbf٧nڐWheW' h,*Ky$!FbdYB(bzͺqK0%Ё<xձP., ^"hªҋilݎաF"ڂM9hU|suV[">/cLT QuDaذppkmyATVVaw|??3Lkd~ny%k]ß?TlK@9k!v<.b%>&	;'<߂$eZV	]#^Dт?ځc?Ұ&_@kkܢ!!eE'(M)DeLeXE&[cv}0sväн*j.`:ϐxXtqفJ0EW˺KϠ-r-(M,O
5+sҳsDؤxtDBH$D 7!>C[хqwpܔHLȆ!oolb}Sk1,tbcP nkK~CÌ{oqZ(ѕhߍrm͡)j -݊NO$a!݅[rV
̥ݼ̱zj_,::nS`վ2Kֻ3+l.`Hm27\gªKӖ,NW, %mFr<z.˔ղs>U5nK6*.v^GN~Ȯ@:$A05"Pc+kə*fyX,Q)ț<vAˠyxa.TZzPc8s$.s&n3rO$>*m&0|%guשS֭F2Zߚ_/<Tk2.\Bw;*81ˎ(ZbѮ<ع^rEЊbHψ8g73L !'!D9 ` y?!gMi<v3!9(NC02oؐ\OQ*_skɛIe}YQyɣ0{MCM0֎ܬC׿q@bS<$||da'J	ؗ1pph	~QDMC*[wf*ͳsG4ҩz*3K}m̼]0ҝ8b%c[=slR#:Ȃ(@FHBCzAD8Y5wߎ./5d׭&taLz?C=Vpz~SxFZIDw[u{tK{ϛΌӽ9|:9[8`clAT78.͛gI
Kp/@ܐD,(S3	+Ș(FZ5:O*I{`iةѤ\|3˿>MF}rns&mJ{ةP`ԍ+؍|\{GE}~WZb8@4IJ͑G	hϛsҙX%/i,>ɾ?tpU{݄:0Ù'=#ٝÑJ`bc\hCGh}G%hs^!6zKVl~^p`rkkaRQƼpV8oM]0b+Ese.,Q,7{O.l7z!߻A
+Mx\M5
ЛUȁqֶۨ5qgN)dY%zdyIF}A=rC8x>Ev.ֽ˓6 A:M5ZԖnc>AÁo	%lʽԼL1Ӭ- k}׊U|cIL<jejZd{Fnڭi5X2.,?άމ˥2=bN[KȳJ>9ț9{Ly
s$<,ߚ3G|bXmؒXv~[eu=3_ĚQa-agZAa[<ӽ/b?T^t%V*-JNfĪm[H΋7d߸8{Q:ٷ6iұכ*Ba*u=ׄN]pb"`d3?ɠ'}M5/?40n6;,OǊYm:2:^e>Z<t=bл\Ore9΋Y 4Ϥ]|&'5Nǭޅ?g
č$ĔlVȡ6',rߝx84g`x'	κRp)as]:i>b;.mEs5ВKM,'eAYh!p~$9ŒՄ0d*hR[sgĞt:yƫ`z9/ipL״e_WGO_5RPps]Ҡ~hW1+~SĳR',6:^{$}&aūĠͥ*R^p0aeWƸwbV&.D@~̤Z=a[IL>uM?ǻyLȡ^sb
)/]t	c|KV~"(eԅؠkT<;)ΤWš+L)M?|.qpJ1w;W,UOL[R(7Ṙx ܒ.c's#NL&QH>xΨ݈RN'Uqƛ|<k؁9,t)Ϟ!QyIܽ3w~d8
5&@IH^[Oļ.XRc@׮S
Ebf.dZ0b!9v941lA{.t[+jZz6֝qܽ&B	TѸ־(SC4 v[nJa^RI@iLZO ?ܷ	wl{FzJ\^(H]v¬z\<|"6#dD{7p#piuÌRq!w*ڊ,4Mَո|TǙKѰ̷NUU,ձЍБ{Zv3ThٸĨG̷̒+0:72@%/,lD0وd-uǁe&h5é%(%ǲQ,@OB[AGObq8ӒaԽc43޸A2?]x,ٛUWɟML6ܰ{(%:]rVc>*p?ٿO)m|%;ڦZ$$my<E-iхWX͵ªvd+EzpЯ_k1Sʑ͘zǂZJU{yf~VĠZOֿj¸Pہ/Ep#<Dyĵ1 ޛǖĂ(J^(n4/n?ɷz~{Θ1Pխ%W\[[,ЌAq0ȃrn`=kf+̔i@FBCp7L?՟<3D]<աB|*WUjˣzG1&^G[\e'h+}ax$ve =1!)l1B0U8R#kJ1hVo dVD#4rf<e1q}]9Wb<uI^Kќ'߲QW!Z=0-ǲNT1FF0m̺΄467̈zjSK?5%ś96?;$cǄ>:|">:Ŧ(Bma6vunbÆ#7=Pةu]5̧OaմeGzQ]HTk"1>J^ޓĄvڽkT)[9֌֬@?}oNӍυ*;(#Yjb[рҔn+/l8zdZu#CƘD$E ˊ|ͫ`G)N|ǲW߱O!¨(0 rٿl<ٲ;؇{	%Vǡm'7Ha)|vl_/ŶS-^}tٰRmˠSd})aY
͒@hPzQhaչ:ɦc*E܂\ܛ@PFf&1cρdr#׬QWmr_?
GmJcEȶo}%{4U]	7{W$ۀrK/ӊVVtMQ.|YPZ˻+a@ʔR%^G
M!)8!s'?bέi=á22l6t9ɸ:pXGÆpHx<Ɗu%[g;gS<,gPOL|RI{W;x2hÍm^9*BقvV\~}"C!r<$yC_asq%\g2QlKm`!SCRC|{ԨN&s=΅ހjU]vf@	Iy^ՌJ=	gޕ{!Y'=3TCiKүP$ca)&֧;I)Chcn6b&=&=-(˕~ѐ>0.~GzxզpDSK4'WyW]3fSrֶܼi	*Юt^^"8`\B;R	tc/"t>SrqbGå~_\QӮB>pcSX[V1&Z̱ާ,V2--;tۅj}jqĚq*tܓXY}'9+pi%2ǁ)l_M۪RՒ|{r܊[Ur[w2if|O4?n,j6%~9dz-3fg٣0eqوNN]@Uɉm!B!Ã:p{[$&
,UT%;Ǫxs?<V,4	2q"*(s/D]fXIFZ=
2ơjxs]׳ztΌȦ38ȐnM&8+ՕФ@Iw;~r@ac[d+xeA!6^+1w%a$WޒuWp^IV͖R#:|Ԉ-*ߘ16"DCl[?Pq[5"$g{5dCTZtܛ`XPP͎*ZobΨPg9hׯ5sJDݺ5,cأpHE+8idȣT\N$>۶c^mt:m>ܔVwp)ϽBWxCQ;\wû=mދi]9yǦ2:y/,^a+]7V%f̢7͍C_F8<uv_]d|{6MS-H}FM8S̄x6wRcTR?0!|5ˢھ^r7_}"͝غ͇EurٺFx	6=tTzӣhx>kr^֎I*_ٻ;G(<qU/Ѻn: 
9ȋ?E ^&3wA̭WϽ=}YVߴJ߇^KL,<{{`sӆ*0HaX݊/$R _GGԣHv/~	cq2XӵIޑ@nbm.ƬB&QP@\G<ô߽t[.^qˈ(,Vj?)=E	6rԗh3V.C&*ԏ
b`%{DL0lPĮw&]qAܢ>`MY3ӈq7mZ*u=T{OWQ+zTHѲ@eٔ!j1&à\$M;k'T
S=i148FxGUpo
Qt}{:ӆ[`MaWjcɁдqƔ`254o>K-\?!V*NPr IvQ
Rs=t:gUh=/Yh
e()}\c3+^L%,M+̈"9M5&Z1DՖ(|.ןŨ{{՘zоSXcU'1l~ґVj1rӡ%<0$%n	2͵0$\+,Ҹǩ)W0tYjF߮+b#ƼL='`P?aoaPC{x|`nuj Dvf]bۗl-A8rɖANSSϘY1`ĻasA,޸n[͛Vdܠ8wGg?q>Ŕɞv*lY\#=aN#dxf
@:3jڅtpbөËTՉNKvT@Jyw#J_RnypS<MOUpioŋT =y{T)Vhz+p4Ǜõ'
/:IڴaܣY?9EIe:kl=LƯbe,%ێ:/
o,~88ERLs9"?,gTNfnWn6CCR.<Kx,*c 5RԠbpl-EUIӜCuڰn2c(?{F%$;!A`g9r)v@0#+!!T]ѥ,%pH\(дDszgE-j2NC`WUs)eOEQdUzyĕ7-ӜfۻqS2LtV/{n"hȚqUgџoðik}<(<PW
lhucǑܪ٥^%\]DD-ɺ^]Bބf<KMkoxoCݶ86a\O;Kl"ʐL{ܢАYM&tuӀmzñН:qz!k%p`v'8klBtmJ9[f$T\1n}FE@L=>fA#V#ҞsABTDqƘNbևH!gM*dx˛݊Ihۋ.аxܞvS2"|t(TTư
J$?W_`ʥ.5`	n2x9y2=AQ3`e9?/#Rǚ<Ǻy}?L,qf8_xʑ7'HĞ.)I#ziIYbgRRJйJN%}këUz4+?Pm=*¿et72nZ	8ߝ[xR-<sϊTeN۝Ƌ#dMض*_LvTFu {ңnڇ:j&hUՕYKp/t\\3vtbn3*LذNwҵ)W\8u6:6B7#gQq Lo~(ĮC	z9q/;N7Y;	*?KuiN{ab=?mwy,%.7C[eU|?܄F?!@L&b/Ȣ2Ɩ"fhO@%vb;V
ٻ_KwY^bD"[IioF{YM	Ztk@WIG>ߥoJӧ$ ?AHMQhL$/ˇpg}܅y
}vrp)S 2\b݋{u^?ăn{KI֮ۭ;3ڢCrQHd+jIG0qiנ*AON$RUpЛ4O:cU*ծ3l/x^zFdXܾ0C1wӨf8 %Eݢ*j8UVWe֨=FBrπ9F^dub'̤[!&Bw>^%eacTOɲ%ʙun9ʠebJކ e5,1Ήοٱ4>v;̙Q֏)"I_q!M֝h_s1?An	j^SIRE2'L:!I"$Ņ޲a9=\T̀?S7
CKέqLww1BCw#IK+߾Y(E\Ak0@#
ٽo'5+y7%}cp.܊4ZY27L˟GOԬ&<aw˰	jyLƆdQ>lBv0faBE"_ǃL^_K@m
"zP2+&JIנJaq8<^};ۋ9xD8zjݰmayu^Əy=,4,å\tQy^eJC.hYZe׺7_3:/<ø]39#Z)Ocݗ]:`yc
.X.׶44Fc2ȶ6Yޏשzv|tۧ(LȣTs3W!kDf5L){]l=xU<,(,>Sb.{Ւe}FBŒ!I16Y#"2J4U]n}ш΋R{3vrI.Դ[;EE%$<S\=>mUThgLŘˉR _/Q2>qɖ~JR*0W#gtcfDGa,CZSҸ2T˞!$	?ړڍgGעT\Өܧ 9[NEz#P|[	0/;2w}$J׿|V4b7i};ɽ2:їlOgۦl}sV˳U<O!pc߷90ڞ2tNb3g]xڂf\kõ\4
7ФjG؊x:KΝ}kUECv+rIKƲ!Pwx%ز1:Z"!ܮͰF5a,_D@kqSbgd6ܐĤm)j=h-ĂÂa2k]:0Rח9)0!Ϊ98\j=_lҌL_X%wΪb(9`ޅ#i
C&։lFqVԂJTQ4hG$ dZoV(U> XI
qԑ	_FQ"8Nh:V=Q1_R:#1m[(o<µ37~4H	&xj[̣mӆ2)by۾hwi¥v)BTJot!y";ߨzSr( c78Kmqf1#9f(ΫnzW\O;Ч>S16cL
{xwSZgoToDM_bRSerFFB%/mֺe:ڔ,LB1ICLtbI)&UtdٲJ@uN:2a:6ӉTyƍOkƵ*H9${s5C&O(%=Ժy="Q->βceRbY5HJρAIpހa!D{H=`H٩<),ɏEҊ`$~B[RHE<ȮHvkޭt#R\?ձu2%tz7)uM;n(ZTM(^ 6%L1_Vs"bpĪ xic'%TԤ~A!T,'A_{Ϋjd<,(ȢhlF3-HlLӠYnLtMp{t+܆ޅvØéEiq8WjFCywLS}oD(,S\l ^/ˆ;}uz hƆ_B6	ԓAg^ .pxj$FTwJ.ʝܙ$zĜ;nt	'@k<s&ooL&c?@.ifm|X}dv_Шi+g$L*4A*<K&<>ROgce%ts,zcg\۬ѐ3=3;ʄ?A4@z%z~U}n4u9|7jKmx{XίFnYwxfԦee'H9KD6C8GبeR0=C
}To*?3nn5T۠ˏk[҂BrWoY\ff|{
˙{pWD 3оVSJ~Aue\bh1EN֓ːܕf+omkU>]9V4݄}[M\:csS5yae otÅb1#FrP8V.uZuq@xЉ%JǼa\)L
co2t2jDΥ2;a! KZDMZ\<aʎ%:)tEfGݢl&A}(صοI,iQIwɐI*Ts.RyZ̳Hw~kX:&Ά4j^[}U>jmJ%߃x~˸[0R\8$͈}poKi!
,+d#ڿp C׈@8I=7^;ؔnaZǆyV[W"]>5c#݈wTHXԭ.Ӯf'p	!0FٌƉh)D!>.^g6z2ҋ8V_ͱؐVlPD{myڻ<\ z
rgAngϿcjDJY'Ұʔ	X/-;zԯB۲,4wEg7sֱ2/@!T׵@3h	Ъτ3=3otn$+$pTٙ݀Z.5ɪ(Ľɀ7;PjI%87#UAtGT
HBs>?`Q@I=:}~\+pJ4Q:kwPLSrK>",GȪg`a5Xǻ^l6˃]X ~F9%O˸ŏ)]-m\̊`Ubrõ.uAN<`ێlںҺۀU<)@[1'-"ΞsMrIirCzБ2]uG@חWIs_"Lt.cSf)fHΓќՑ)Zǉr&YջN(rgFB[VQ7 ;r<P;aϘyW!m6/ܐ˙Qkgc;Z͸. ~!Ӊ_uߠGeߕHСI\W:W+<":[_?9n'eɭӋ|:Sr*â2LpW7,ѬϱwYZvA@pz MJdnסM)&V,.˲܋Ž^پrܱk0X:Iފ6e0N&.9Kݭŉ^+!Y2iY]U.
^H5%z=T,|?'o_Q4(d5ВB}4y3M|"@R>']OC;[x
Q%c4I
<7_Qk߿\/:IyC`6\d-h+H,$^#-9`й25ɐ8\_1G8>yRm+&	M	+2͏Vp'RYqۦZ2`vYHǳf`\r]z!+9Tlʜ152'Ƽ{)R.UܮQѭ"kł6'ڤ7/N'm-ONKSO{-?p+kjIa?uH	,܈{<XhhH͂ޑyƀ\¼:ZO!+u$)IHN;]PKgPOڷܡޙC&yдm,ICb[6n$:HlATaH6fPҭ^&{"	rd,PX	܊'j;
u6YZzܑJ҆;>G:J-!6Azzzɹz}}ZcHMfXj\ּ6F: 0^ђ9
ȟ?uo|hEylʤ%]r!ܚgQY^d%83= Ѧ˴l h֕:mOWC|1K-X-B_Wąo/MS^ZT
]=IIgSyMwwPϱ5mm;zfå0'HS:;cC^m,çρܱt<éGII[Z+4ePMZCto{H.\7&)5,Z$ũop5y1|F-TŖQ-4h1g5NhQ:/46%DS͛`8,4Г}AS:+EЫngǑrD{vN޵R6MVڷ1|͑c]&aWDtS%֨3\Fw0æt1XڪJ0φGsI%ZD!"#G%M	_FՀA9Ka?º6-`X:au@foq¯9"zxȄHOgہ~R{±zvIr<)*SSh}.~.	pW@d!2De$GKaT	TƎh޽9hB|=2@&QArjE))і4[+f^5_g5e%%FHջu3֫%H9vM'x-h~Qt!0bϕ3;Wb; d֜TT|^,(:3Rݽ3žk.qu8gV5'	S|lw~4="Aq_6b/B̦װU2z[+Gk˭fdJĤc C4Aۄ#xy6bt~kmнʸ^'@Ē̋JKՒyHAZ>95Yݹq7\@0~FbGߜ17ݐNv ǅ
ȓy))(ye uߺZ);W[B[g
h/.'1+\-k6_1!Ԣφ<Dp8jwYjCm͈4en[|(ԙiȯ|$%R۷Q%NrHs![mOCeBͯ$ũj?}vNTѺQX¿r^_$ax(<\HMMϒQU^+01ic?ÁlB@}pϬ<[@DK6D]¶Qƕ_ь`r}ߗjm4\	4"_
![H޵ߢ5k"Ϯ)iu>$XCV߂ۤ$үb{ΒOH,zݱԈQڮBgŖ8taW!J!kZVX!B rë0İVW[+`tӯ?6k7CʓST&S	;/ANlwZ61	zBv3!Ku*ќ,:?zuzJnUP2Z_8Ͱ~Ui
ۦ{80>~u͹eϏ.d.CЪ;К!pFRF(ψyջnwRϒ*C,D8BExIږFV6v-5/9/Be1=ryܼ$7 ;%y!14֞
j0 Ca@*k-H܁8 >ԇ)xEB{{z+[AjZ2}wo5)u"A/?Oz#ChrDFYA%cޗެشQ'c##N(z]Ԝ	Be`2R)6[|:u4}=3m܏oU[]PS5#oVnÞBن&*SޛC1CIOϷkjy jLՠͩJ3hu,CϗG?MO+l&l. L+!gH uDZjsӷڦVXmu+Ha>3xp'Kvο:f>Qf
-X$f^U8>Ȉq|_N-t30MNE-29{}*R&/943XLù3o93ө	a̬l<6"z{JVLhzٸ(:t>bs]U܊GǛw!~'d-qLK'pNI!ֆ^iwǊwc00ܷ,D7R[8?:1r#-=bP,AsbޅA~tJ62~ɰYR[yfYԷ~&To/FTmRVTݨ'lo:Y*ǧ9p%vqɝlb=/L-w&E@&ݟ)(%ح!6cq
ERDkϸ/Ʉ-s׷Ș{ݤ5b$jU'?.ֳƤ4"9;bdM9QWXHR=QK
XUÊRR# K kiux[2)>y4ȜC´$ac\K3*c'l**a0(g@+C޿òт<qZǔjѭT>uSzRNsguTa&DEh)y4IȃިF(L̊I8͚%AŇ&|bOoKm'Za9]o)>z&
רXicR~~ҏcO}5?ia0lsھ8$$!ۤ8cPذIBޝs%@x}^̾t5$ӜJ2uɌ޵**)j6mPd,#hy>O9B&͑*xSnCv>H*pުX9:7ɮ9|ߚȩg.aA-סӻt-U8QS dGi}Q^ҜOҦ.RIFAAȪv["Bc75`8ڧɟ}?7"Ԋ:~NauQ`yPZHHnEI8ĝ0Rݷ%&B33APˁ}z9hێι7!i`G_O\srm&~{B,&k|:s?2Ef1xDԂH:?̏%TڇOr!'VǬW'P_͌ 1B[
$4y"Dt{^Dw(C?}:I-t¶]ǌ
SnM̊IH%.fPtp\LcsLNʽ1|uAE8(ņzۇgcVγŁIagX9n6
՞Xs&4ּK5ߐ[oJ+ܾ.w?E	WZЪ͈agjK&Rbޙ[˦ȀJ&gf7F91i#;>SÞqIѦ]YH< t
[fH7*zպVm'q"AWH0s5ZMQ#Ή7ЂvOB5
5/|F97Mb/]`&5wm/)P-u;ѯ=?'
cż`LCvz52D*,q@ascGkA65RڱC^QWDЮG$n7zơ+u;Aٟʎ2{hjT]=7j?;i԰0<E*cv}IͫbSՎ,fob=N8	̎2'\14>C\A\vĔL$.DŢ/wiqVHȪ/_4hA$oА>B8лݲFKMKÔ~Q&	7L-I."==ЙnyV,4׾+ΐ(ư
tɚ>qB#p.T˟L=J]\GʋxA=Љ|͊أ"/;7;Jr2/fж-<cZg//aBMr3ǎmOW.\ITD+ lDO)`T|w#}Ě8"h`{Bad{f~ҹ=QDk$EJ`B8ۮ``H_<j1%	D)@g[_5c/ѥ[\y	|a	wQ3l,!b5>)cU/`  9! ̢W7ΏޯX9OOsʬ)ީ
FNdӳ#_9"MMUG=;
!55\vuֹEE`wP_jKb9KɐH,Rl*5E1@R@51ڃKAC?|$yG~͚c#qĶsw
=+ST&D%G:݀Q8+
۽H+N'ՂȪ<y%:Ϳ-,%Ӏf 2Sv8˓R\6
G<hIɔA.,wh9%ab-ڌLL.Ān9`uߎޮ]Dvr=@?U'8QokBo*ڠ|!$Ol% fĶ(27:IAtd3ysgë7)ZZt,/WP
eNzgƪIo4$R9i$	=mw9_ϡL;CWk,}u<$@*3ķp è;wNDSeJP)ϗ4a -ll?}8ӵדoۦB0?Er~܊kM?yVU>ɍl43ZZFHRݵ8c(Ǹ]}Tw>_Cz
.R$p_h_θhFWUyѮCԧ2o*xGLOրqHD]BΗG;yHέǦiySDD~wMx-	-Bϸ7`t2iО$@!z׫[K55lI7Ajs!"t|-wQ5N߰G:ÍlesO$"#Vv2S?vȰߓW*_O"h7ԸSkyw!,]4/XP׼H9{_zkGc=7
=ΒpO&^J}7v*Z֣5luY,Y7v*eߢc8Z^2%T̖Ǩ8PUOR9>$NwI1Wpi_[<{JuAE7]yAMwM^#ɞag؅rFE>D`Jmm1ݲ-Q1U[܃(׳F$?Ń3ҐEæ|l2J\n-`aŧ߬
-?v|^ގtlE:'UĈ8(b^0Drawڒ^n<x[.?")F4W*0wl>l=wIЁ+qqRbUtrMLOԙ}K&XrB#]yw7YEPu"vmJLY=~Rqܧ0,L+c/Z_ͪ|Ņ!$4JΕqZi`mʯ22azh18ZIugpд2фd!bj&j-g?-tΠNHJ^C;azVz# »)V8fLQNYEK%2:U:ޗW)б}Y4&PB&,,߳|=uV'E+fMG#Ɓ߬ǈh70:dwWbZ=E.wMr"n3%)a"cι/6;8!0!H G/SaXJ4zef9/**BOۈq	|M$:½nђ"Ǘǰ#<7ΕÈиz0y'[SZܓAΑϽ8Lxy9q̝.ߴ3,\Ӧ\I&|M^T8̔8S޵Lp'\ַĬIeў)zm;lZmjRxDJ=K
u-#21ķ;|ޗzRd	%ĒU(1޼d.)
8<j}
ңĨt1Ct%\I!2vg~oeh=_8ý6Xĉ"0Ԏ۽_]uzFNĲ67xϧ)xw\ĥ^?1Zhn%D_Z[
dS}kU}[2nM&duT]^F6:@3c;ֶ",7YJ%PNFD
}Z^(K>5_qm,q#,~|gm2TxML-ޭ9~Ɛ4«%Sv-c49='vUX8p/q{sQ~k]ݴԯut%oi4+ǒ5ޖXDя֑XH()0-$̽¸dd7oI`'an66j-xےЩt!:-IHeMSŜ.{åDJ%ՑG£g-0w&ިȤGwX}yW7̖ߞ-zإv?v%8Yr%DXZ*>l\{2A+>&?ܨSʀ-%݋F@M"nEL?Py>!\ S}qf8J=GW	TW[رЄYԘC,ČΈ3I.2*SܺFc۷(xhʲ6Un42[$ȚH Xr7^Óxoɪė˻Ȇ-̗tsT;YFԭڠ^)(B?d0&-,؛FJ>*EVxXT%h)AG#+Zbm0t:'`ٌfʽ	ĿŸ!r5X$?Wp!~yd; +@ڦ\`Fe~M]yyr)m8(Gö0h3zs]0,RRu=HK7אz5CdMIi>ՌAwe]ސM}IFtL:ڋ2Oۏn-
Ռjz	,o%rmCvl7E e]#!˽VǱ/'QH|m˗u60O)U^9ǵ9Gzc-djHQ	PRO_[p&K)~/R'ש̜H݇GY^òdwfy>o͢ ˯@$+tPה;m-">3wĀylsC\yvw1!uaĐi\^CE$?yد=)X2pcľ:ksb o@yE˗7J8sQ6-mKHpןs՘)xceNB^-EYyʭ6f^ѾǧI[!4ͷ)UJ/"ӓΰ۫_gs1rb{>G~v͌<hL
~
޶jZɺUWcDÒ}u"%B޹Ayn6mOuÙvlDE:Ѥb,x.}í{,Eĕ(9Dczͅ0וvOi ܟ5xK
l*%v
P]O0_ėa&(ͧiީ-pF7	@Fns.څc2Oނ~!У6o̚)?Ī7dEԵЗʵTL{˭jQtD֛č!FFӺEl-uM61G/ "A9a;jNxe@*ݧɐab4U;re8Ѕ_}ʚKn5[(U((<;omA0/&׿7#aU7Ñ/o;+fζ@C4^C`'g, yP,{'"4)ѶAk+r)Sbco(:8*CWaQ[/Lpxk[ l?T(T=!ܜU}*$
q)b͏sDԞ<*8p)7ӣrH.aZ%+V[aI`R8ZO;O(pxXD߄@Hzǣq?/% 
ށxu%)]sl?PM)0I>q(*0'-|9VdCx HtDr&AfL/yFg2>MӤJRRףK46+	GX<BėdK77Jݩ`*!ح[ԤG!@AAE݋DUj{fC[rX=)]1ؽ/1ܚ[qƧ}>_q˰ԔhVR=ӑlnr%g]hi4F2\rwuOˤdurr)ӋrVUeh/ڙ+3۞@_Ixe
_GiU^ *jY[Kb-^M811PBxf[ĎE۠9Hī:Z'J={l?_U	Sf{D%<Щs6цƀbSKVNVm4Ũt1c;	2P{klT19X^nm(Ŀ3y0@g5T8.VѨC#/$_21BԯЊ)]IqcL,Tb:k;G-[AfȐGr-Cd(ܹ]3iJ
YlH$YG gOvATe߸hY>:RZ].tHO\S_/}zS;ʤ*G,S*FZǞ'x%4ajJ%48bڱc*O
;69()7?ڼFS5OAi+,PˋOVDj
rH+YǺKon2&01mR&q2>N!	t0}2EX<av[ΘҶ'ʚT.ܟ)
?W\]V߹{VvŞ0pqPv^g;̕LLɌ\.O!
L_aݢ$^hdN.ldN:n9>9p|-Pت#	?cS6 ]1=Q+f"xCvФFGaPIۏpژDJ3~Hڙ>0_9rtl;N+ء=G5fGq@Q<,OZUb*-Nԓ͟$7IjgjKoBպ	1Q=Ea'1^-܆ھ(TLJZ~	+oqۊδ6d9]a9J<a>ρݩv/xli~ϱТ%[0fc	5z	
m,=H¡׌j[}.JLTԩ,wxT*\_<j(RߤAb.RZ5j;Pg6m*+5ξ4RPPx%l(Us=qLo`.W	#V+jɑ8h_JeWL7q׫R	!|yC%cPn|CpNƯ!|%ís0×;+i$yJc=ג)R~1n;iG,KFL4tepSY6cR"r}7!q]k/Q[g7S.nM0IǸO܆-z(,8_eĳμ3a+X&5HvpqHZPǡFôw]Zɶby	Cv3îw}v}ِCl!3HծOԍhyՍ8ٟ΁_NnJr 4+ ijh|КSeCBęm&"}LϘ*yr{$"xJգ8&pG߳[TYkCcٓz"p1	oխ2B֫ DZL8r-x=tQn9fU$Gsf{i=[=hZi%tV1˄fa|hW&_2@?_i=Ɣ3k&p,mJ83N9FDUgJ^=ppP3
%"֐ƊPWգDR#yK3eƸTٟɽ׺<Ԡdi$d;J:	RGKVVz ZZT#r~Q\qW&hH^RFX׌tH>K+&gN1X݃=ʭ2zG(IpY
o=05V=B֗B{f&-t?xLy)Fsl$2TQ-T<m*LNZ"uuAi9BÔ_ۛӝz)Ȍew˥9zR)be+ǞhxMme?l_VO7;7H\$)ŹCfaxuU&t%ڼj80UnOu-$OT#[do
j\ĩφC+E`Yخߖ8+4 ny0yY:WT:zɸwFK6P0\Ym\k׶l@TQ$3kZlbC#<&0?6dg VoPݏ|@]ֵ2`,U\u\#
2ye"j݋Ո@l$?Ooj_||Ћ*yci5.oC3~>?&.ސ
/Z3ncO^zhET26,Ѩyf}P_}޹}lJ`|kbC0,iD`_Q|ǚœ\=*4Vٴb!Ӹzg4]4*fSD:M`PX9Rpۿ@:^g6ۑpY(^"cٓ<6<'o''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25212)))
