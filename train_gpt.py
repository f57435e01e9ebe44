import brotli
n=a=0;b=1
for c in r'''>wȫ\cMqW`FpD'ıl)0WeB@aEI31!oݤ<@ojw]@%*iUbHmJR3OņѰ@K!mۧ?6~o1/8Xjre+7˟Ԃ֩&'_vjYRXq#ݠYGmMցȷ)8c/7ګ0ÛWC=E'9y۲FٺE/8(6i~),"L3(7097"XE|kk2-_]YЙfլǔِK6Տâ(Di޺D؍R8ZH̄ODzVqlgK߽+!$yEd$Kl[8ľ(ܶЇ	nQ{. gPk'O[G`,5OxO5ػ}!^
z'J[(h!;K+pŮ/	+X¾oMDS8b5
6]3OOki}9(ՅQ]ªONw];3Rʁr%/ޔ\_TW%1n9v#o4OH3 8&ܻN9֒F*:j-6m5z
q{Ejmt˃;c/Alƍ{qe*zWYTe"EW@Xw^;R4c$KԙnpGj:@ۺɸG (2Һ݌
b}5@еm7*A1vpܗ9RyþCMP;:t*Ψ{d |s5zKH0#F`zK@Ds^)9[ׁx@n_Ҙ@Ȱ*[^`Yp	nbO/t@G/4ՌcW62WA/]՗uJ,P\$,@
+hLe#h:Ђmeip%XEu.޴\LPcgomۍ9ij2*}³q;cQJȗqަTšYI:@J˨=?ug:4S[_dpshQQFܴȚN˙nncoKd/R'"Q֝ DHpݘO[>t`ɥ*@rh*C:`2ٸY<׬a#ڱap5@y|UvOCy4!dH٪)R~AZl,5]E69hQ4RJde$L5N+lʛжSYr6T?Ϲ3|މzCEOhNjp
2qDg	25ZFZ'#Ȟ}Ҩ:vY\F9ΝIa
-H{kuzЙSC˯)׵
%S5҅d^Ä-=RNk'<Nt^6j1ɴ2kzYRZR9<RenD\jɄAM/3HNh.ۥz-k
DҶHƚʷRv"UhѪ@oku!c(0ˈsѝґҍתkº3yJm(uhF:ǆb֊ЃV$#ų|Lub]9$ kpxX6`qc 51a,δ8qqOBYbxYNYL)pϢ7ʊL'\eY5z:!qև=f[9u!@Y)99@SZVոN-;C ş+'3WDڻWvi@cMm1N	a&k%l~ўgrh})9|HՓ4OԂaUvS9ץXvApq$1vӽh^Ƈ%Y:OUs@7tznz5o){LNmTCs*d~-ԜˊPNΆeio֟fPĩ7țE	iw4ҏr4ߑs?O>+@{CڞAf84/!bXjkyBJfܰ	.]F-8zT/ɋ.ِ2>sy~i;Q٢W4;CsTm|E/[Xu(<պj-޾[}°O4~v@Z9ֱ&hu_|G:˪4SQXDjp8JϺM		'ږ?+ I4ͺ(-nÌxrǘ$lYgobı[f6ŗ߂Azo^!*cۤB)ddOzD&Vk}R/8YQ@jYm~E#ΟΩ"ϑMIP[&6T]z9%א1<Ƅ>'Gf;1t9חña˯P	^]"v&ş}P^DLmJ &3Ȕِ*JiҥQ6h}2G#GZS.BrƸ0d3y@ǋ^F	w2r',y\i/θң́i>ŭR-Ʒ-SB"23ʁ˕G+,]<s.c:,T%tr,ցk{͕yi.T4E(CMCRÔ҂\<DԌXBl[i;~ıKRhi={L9״֙<KG^գWAO{40ֵݜ  zIt/tVoFgܾ6xY3GzƝ?ߺNLDĝ~#U!-_K1JQN/x{nC:pD6UيRPbLYg
|ȅ'_7"Na}#r*oy#_6Ģc$-ԜHDGscMW%iHlP s	CfA@.\ws[m-Vf˩FO|vxю=ŕ6'S8A(td<-֎eveI8mUa|ǮM6<;@ A?Zld(`̎LUпY*v`l3GǠ$p1ֆ#{MP*?&Ai,,)_y(Ť )ԏ:uO!aypR]s7
9}$u|h#U
:dG@WyJBuȮ	hb&7C:է I؊*ȇYC*­ٴcR^"
V΀,$|{f1J6ΡΑ߶rߔV`c6q	Ƈv#ʵR"	k9U&TgP؝oՙDf^hdV<4y[ 
	[zaQ?Kh9AxDQ4u8Vocۺb²1=̓'*|uv~CK> |	Z* Ժ,*؈D>Ր_G25v&sSRJ?ls=U'j%'tjzKo6}Y-/|E"ȁnץɥ*L/-l~fܜI[RqBrV-&sX>n׮oSDcpV?!`-wͶ -)v*EYO$WIº3bSh͛(Ϋ5H1)9>QhO}h|R5850ǻ'?}`4ʘʘ>-|x%ZU7nMkUNHpOͱ|na" 4jȦ{Q<۔ۛv_EΙ4!c2LHGS%ԴMLy4Jy1Qoީ7;ū~Bgs]Ž1EP3,zԙƎ>cDӌx8rLb3}RpIVP!}ˬo
<D*ڤהdg[9h~yrWO"L!գ=r=yylcPj*VԴD,D[X8(G\vȶ@.f$;ސ"!~heٺ{}΀NJv!3c-yCF9L?r@rAӣO`e?SË(2طV?b2!5:C7x*^tri_$,;|
jîӸyDSJ+t9nGCu,|*Ȑ0-;\=|+lu'2]8.0FeVK6D,w !)خ1lc#>nͲp~H)>HԜYC.tHKҬo&Q\_xB\mw̿#ϕKǞ<d|_4%/G<q,2~,YзEaիkęQVx1;\R8`yׇϪ;!
؅	q޴F101nABw7E,ǩXF!T[XJ.ald4΍"<h.vX(5޺9 /=m_H\.46xk{(ϾzaIjl`Y4[:&As!J,-PApwIc5CvzR^?0Sݏ oOTe0+ckA	HeGa9P6ŊS^)$N\l7`0RB{kep
3Q)ayl͉=~Nqѹ+?ٗYwŤY.;>̉m9i`U+	Aim?L[
cT9ɕL֗#f55K&w6|Dɼҽ9xUȝGzATOty/u&LvV,Iy&u&`=E}ak(QFę1|h(=cٙͷh;#\]gl|F2}wnH4:0~k%hsەI9XĔǁ'TY/yFX1ۆ~ڬAܪpւMZfTܤ
O^;Χ+.rX1"8ͣک*ۅ	sV>`&UvY ϸѻ¤	ǼcC^/͆sCd+8+	TP/vYSFc՘#H8vQgñ"6l0Sߞp@D+Di^clkr5ݢJh>c;4mޝHӜذޠ2FʸAVUD?ש}kV2A1e͘?n;su;fK`r.®ʀU&}!k~Vxjҙm%rjE*~#u!ǒ,I}ݽԂВsixIǶ)Á`!PVPGLR(%2ƭBÍ3s\M6@ך}eroJ"yAzëm ]d73Xu	B.H#hI\S|B?6j%8W;X|(ZN=	9+sm[t70@%+ŶK	͑ه'vVBրQܱt4A/pxHW%=_D;!bCc*۹W0hȜH6WկS-~P#xЪ+JO7د3iV2maHjhy6|j}`#9;.Fmj}p4i&s/qU?b]2-ٚ~;`x
uk NtBA*dEؾ;O@8AaKHEc
FH:8iANrО`>g· 86W.B@ۃ1oI	CؿIͫ\3cB!QNߑR>3YxPՌ"~W3,h=Oĭ`,pNݓÂpL=gv9M	?I&t]>Fp?F#LrMzШ(g9JCP4J^L4SuT(ɉf~jTePyǼVPvsmPѨǥr:.u)gӚRGOF6Mt9p9CJeAnn&cA_h9<߭T>`MUvL2Ŧ{UyV<`$	؝!s"?J$ NifL!U1J#֭OpfRt<6FBŎ{2hV#֬gƒm:I*\uma|\Կ  \JK.Õe-4+L_e9~QǷiXَmя	szzgѬX>3VD-֏ĄmrKapv,i$H6t|ID\];ҜٕnHFtcaNZ^\=ܔ;!:;S EF=ûqDA	
;OG҉$SXNW7XIO[Jw.HQ޸\kSd?O 	G܇ZsM}/ӫ`qȤ~	7e?ٛг80>TԃN5d8uV҂mҝLFԙpl
YW?'~=pg
ڇY#*Nü̷a!Nj~(P12"IÙaZ~eiJ;B4zpCeQ-qk֍ک!wDY{0Y\PYzt׃5̵C]D')8ҾUz gi<\L/ř2"?	ֺ[gJZ:uǢҗʐMH:ɥ߿d#o#Kyկ=á9~E#۽a\SIb@T"qcۂĂATPMG99$@:(Kbb.F<5ƚ?YϘMSܕrVˈ7WNJ\fTfn~G(y3{^,u&+:.~:x=R+$nYiڡs;[߹`ǒa{s!j%\N!H!;:SGdYojєduAN02;ߑݻRCbKOkhW>l8S,
w;ޞj%)$۪}k1ATQBʺ4URZ2 8|sLΠnAՉ	$l\l
a[US˛3Ip޹_C@O[Ð6zP%@Z^dy?1}'aAЄH\i5Y63?pV::UɟJHh*x BmʆlA5١/FC5t;&L^JiANc;Uۮ0֚wHK~#y. {ȣ[M.e:۳zߕЂVmP||,iV{1-;Xѭh5r4rzoMcPĳޣXt9ʇ}sS<ŬeRʯO{Ti.`+U*
A8eGgyLNyYu.^!ǡyxS)T)Ys sH/{̘Ű(nW,-^#UFɢ{/qZ]r%P~Jf~laQC0EwQ7O!.Ru<4_ӳ ҩo-JNL~hрu2b¹·U{`p߲Mt٘7D<|K.a;ݧgV[3`Ɣ>c48(6g/.iscϲl!̤"ʑ	PFRgÌ]Ppz]`\.'x<%MQĬ+ag%	:0~@ɽHa^Ge6Ӷ˖|^|:3ZO8_EʧCi+HPm>0sz̃+5T{׬l3#Lܰ2Rb/\g)@m@Rw:j{1Sg+|53c&Yļĵ3s_!)44+х,ׯMnvߏQWd0Ǡap?*w}mh6@g}xDi;ܞהu5͏F0G&.$	}&PU=@9,L`^y>i&w0,WwNwQ>|d2ʓ;T3Җɤp8?ɢRa]|rNHا!ʆ<)s`/?iA1:Ŵ˽dC-7kڹcʕG4ӴSIokzUb`Sl,Qj8
p<nK	jaӂV5ǦݫyL)}XsMW6<҉zxzNw6Mr\~?$FwFy'ʪku	.4} ͎,ARu&{ws̧Anɔ?SnCĚn N~"ihvdF=ַes"3RǊNMM=Vglv'$q:	r@xD hpMэ[u6}mhi%n*A94̭94ѩhu~c;bݖEPlgU;k&Ex2I#tUf>qw&#Rߢǣ(&
D^=[[WզVni~xp֦SEi!)uJ!9!&ff_ٍMVl5]Դ̢z^ɖVtGuE!$;s`1A!B<JPҙnͨ7\Mv5ʓUaO=!
Ewgĳmdm/fķ)=*CRn/ӥ~-uOecXt{;}zײT8		qm"eI\z=ܲHӆdS#рH
#;|P+7f=b[Yp4W̛ftϥ2+ϧJvsgd`09seM¸%GЋ5*f,B*9Ϋ[b5/%):n)h>,%l&SԸk&Ӗ\# \2qC;c5f)̀DHkҘT|~%#KEOx҃8XLɥVOJsļ>;n_zij3VVH<_k
~dxmOQKA30odR~xmgtP_7pFZA^ؿ|*!3 z˨93eʧOLJ9XI2aR6>tcS|l>.|gQ̔XȼH%mHs;Y^ر)L5n-#2xȾ
)c](y&SK}+XorcϓN\aA)'^фѤހϣb3p%r^xQʥVZF3XjA9@i%P!sR֯|\\ç3d+`ي~?qB-BM/W|މ'ٵGWɉA}
5AU::$4UntZN`$y6GK6ɑ]SǑoCKo
g[^si/@XAi&> ƽE*J1Tܐʽ[u,jerId%rΙ!Hlܰ$5BufQTv؄{
?ȭѰLz3xjPoR=RO<ݒ6d\ʷɩvNa۳w;
O$*1-Z?9VR)y08*L7HBte,HbZn` o! #T=uqcJ-N8{m/% ;GAW25^dTܴ8ĠHm6V]i7LŜ.׍=RQbXTOĉ՘:|X@d?{э^`xg$ȏ0F37[)	i2@'ǾM-wuBq d|{D}?^ЄHɹ,bȰύSTޯAwCĥ^j#Oל׭"p5xvگi{tRi4iӚRFt;?.?u`α:z%<o1pu.6|?r&XX|jeghj\4f?BXy XiX02`m3}y39{lBp)_T{N~Ga3nA9*epנ2ȑ-Si2k
3nޟȤ,|ٙTy8|Ԋ[9iOm9γVHƙVqoFҋl
R!g9Lv3DWnNf:7~Stjϰ
m7gHۖon=F;ȱ|´ASЬ#nIpqϕћݳ,*ݳWūivD.f0}5ʳ{@ϩY%XYxk \J9&J,>uĴJ]JYf^dXG9Ϙ˄ӁT\iL	,`[wJWe@8ܰ}2ٺp i14[GxB (ٸ.a4nͦo_?r.v!ܚeh+#Ȳ|nV/	0[<_cʹ$BJjC|8+hWCqD.,o6$AZ$DͤhƱWbK(ĳ*i:P\@dTd'cfC_ZҽW 3(sFsqJ!.]iOvUX$H_)u˳GL)~yO?`ѐ;G8&H
}'.p/p/XTG=ɬ"O>TBֳQ$S?+h{؊q!kíڞz%};Jڬ5K+8@cX0nUmʓU< <JVі&qM)'1]Yb.gLbՌT]R@-pcOO\PΒM#On$jKiiDӲzۇ4Zγ,8Wb xz>9fnːg%<>5Nt+36ۅ2)R>kܑw:RvU8zoĄ?+'B7Li7ZP)#пSi3g$hP(Tqorҳ9qe9mլ͍]kZH@x91yw)[քÃVu=;#ple3:)R,3}сVlª(g8܅ӟB2/˝`@al}*xOMA'&L߷AsCGG^s(@3B9.ڞb^<2&)126ψNdo(OxޜNL}lPu)ȽkREԑ9IJ:'zm4L<'>wz
y"qg!=nDlSHbZ}{c Tw[A%]}ܸ̔\wa(g4f0A]>`f 5Svod$?}Ф\3z;tz0	ժa]fpN	X%o٠Akh]`7	ȷ Fq#d}ӻoɣp4j*?,N2¶U?gEͼŕ91KdJ]o;bz(p	FLlMh,49pq`D>H؎lbf(7SRs`ODi˞hK/P݈OOgD|hGb#fnbYQ`<Y\|?$bUZw^RPaePStV"&_̓)$z
6U?PLHms3pc
ЗwR\@Fz,T'0DߞXe{Tũ+ sbK՘C,N]8FT6oNE|ĳxP`
Uv?s~fGBˤ5ZKiS8UĻBj+$igi2Bɻ׺cV$E
'4g8{uͼWq&D()݄D4 +1V/)"<fɹŀPнkWaco\3CV<VhFi,H17*?'VHNsP`-ͩ$7'U+< ؐѭm6 QjcNW?>TBVU#JMDob\r8N4̓ZέYmטXXuEwyeņ'҉TZ8T;`(\}n5S<TfП7m,5X|U1^V{[$=NözׯɛrG#M+(o(%pA~q|np//жwŦUz.-̻~-~O?zzwzy/TՏĚJ «ŵ2,\(Ș܅B!3F,˜V~MQS)$l>E'N(¦q]SH~U,0.ƈ.Ѹ`k{uzӯO}Hc}_׍8Cd3"z֚ѡ%sƑ2݅:`B܂S?hFpLlǸ"l1VsLڊ*I"ɇ F&٫ǸL|D<[G"Ѵ^s29)(+#fAHwĳ٣Ǖ(f9!E0XGLGM8ڹեh{Z$Jk.@܋n,aMpA{عnp}s"aؓP:T}LdIex9Yy6tE2*nP:[ϰS"i)IزμH_L^xEAZoԡm* 9ś fǘ)zP!(؈GIwZl1
-˖1rMλFYQ5,?"\BePqªzS=s`b_X--szsw}!`:?J5rx4Dr->aSJ	:j?^VưծXǈ;T^cTn|>@#X{[Lh!BcR4{8ZM9]TyP~mx1<)O(^Jy@ȖW%R¨.Զ¨+,t^d%m pjSy7Q9KdQz|qcsÞ˜gU}K_tшgg	Law` APs{ظʄz^f]+)*}8p'8<c=\/7${TyՏFɈA]o+;T 3)*]iL_?4фڊd)<ь\Ʀw!pKצ=4"zAѮoITgڢ׍{cge)=pQ5߼k>oJ}b Tdv*;tAOÂc}GfѴp
Т1HJ6hH apǘJz(Ks^5p&ȱHg#5i.NY٥.0#lEɌ^Rۜ-TϒziZd7\8~jE>eUơ>\F޹Cħ=.(L$*
A_¹"\i`}YR4)2uAe\t	Wl*wrmW6ځغΈ0#zcϙ̿9w3˭ƎnR'ıόYI;ަ*6~u\	l_)%L2|!$u9ՒRuK\2%`'>r}_,mY_}f`-|Оs6/Ʈze"7cL?z٪uy"ݱ҆Jots<Po#H	XѲmu޹jmQ'Rw/|kRD]>K'HqO_S>khSrr)jX7k]*ܠ3_GB5Ѽ;vIx59Z!տaU4	S=zSۧL!UnX70ԟRFQ̥evq/Õao} m`G<UT{-sE>rEb.,<rKԩNޓDe&I1=n'yJkvχF2]ļթJ֡Y*\PfnM'2jrHfJ&"ٴ AgՑJ]b.b	0Uۀ?BdWWyp.e@&رx&!@־g1	O*[I>'o"-7]c1Kʟp6=1,|FgcG6˻,tܘsDzM(Qdg%WxTɐ;#8|04wU[zs&X+!jl,.sAHNb|+V8$s>Hy_m%xۥĻ<{p@Ns|_>0-dZ[t> kbTVNXU!I'}gycF׮[L8D=՛݉
o7ԼPV&1}d_TPDe=IDK	hbҵ36[l`'Y=В3}-Чnq[N8,7pV{Ou"SVu%7+[_o!bܼ(_Fe&UNP8.t>nyt@Ȯ<O,y^2?,R>eiFjR"\Ċn("6=nӌmܟ1bH<ο(xZ3tӇ3KANh5 7M@7EĳTD/T(URg}sR/4pdǎ
9LsCPh?ܲhvj ;ĕ@4,*[f^mo8vӊJ֢a*z&j} 8 '#RjX*c>t,L^ygl2[b-˖ɱQ?2qM/a ~:ؘbY-RٽyS:H_8NYR~5X^4N?sԑք	V3Z߶č oۘºh<LkxXۥjTifo(ϵմDȤS!h_'[wn׵͠Qz0||K_TD=-1&ؖgqKO˂LLB_׆g\jW\aLv&ЏrXwY9uT KTK_xGp9-ex[Gf7`KXPzL,%36¯̶)_#	40
e :$jTz[6ߋм&nklMa_ysW3`3wѩIɾR@TJcuFgF	_z1bQ\بɋ&:^=׋	6-IM:YS\7x$GCٲ23C8ު2$*FQ1wۡ$pD:!5mG9
іVeBϥO3~ǹY
pZVi݃.GKa	Ա\!1<pHӉ" 
*Kt@g9lle*E=CoA}sgb*P9fݛښn؆ݏ%s;rM'7cm{=XE ۤGN6"ˤ$*+~poȈRFmzރl?gv>C{A̻ &2ZA;q7|ޗةPrU@3cUJˀP)w	DyTyM}Ъ42z	9>K9@\@ڸ֚o`7;^9W|̮=4GwO-IM&4Gs}{}Km QMk>֖QavLUt)pޤf1<є(Qu;tm6C')[j97!e=ԗNĎ {ins	E٫lJ2Qdlf1gEmG0*H{-)nNm.ۑpwzY)`GԜ^.L\$ދ:bi1Xx(\JU@r6py'RU}C)9{wo"@ٛKї=21؝!ԑI"$2)[Vǈ"@3},[C99ߩEm@a8&kor^3NA:9#j^>K	YqU4OSޠw/BV@}FOυX'S15]$S 42w	ȧۋӐo?ÎoniDzͦf*	vP]oϼv=ġҏiwf?J2\kƧeڸɟ+\0K̀ǉwmVYʖYVƬapXHg0́7TCˠKʘxl4mSz/˄LwӳּHs%ſaګ*vkwU(aU?1u^ӂq̻ d:o̓#&	D.lF7̿ɩHU;gRNN5<e39UJ+:kԊ ]rlB\5:i84۾(hP#J3k:8;GMdz.wUuIM@]O(1\WϠSPxKô>3a]Q`0fuٔ;3zi2MB7C%L@:W;$X=x΍CQқEj)=rBߐW{SlbnCcƌjuոZ2n?OKݶ-R/sHPՀk^Y	gX{Y2iQH;ɈgΡ'~xS3pZ;'hiSx5oUW{	ryroؒ<}^ɬ6EGm"Şv܈]s'1I	.Ae&\uǝs'hAXO/S9h	}COHnD}S3َ_y\j[ܭwDT=qW%<8}rb-Q*
F-@ޢ&uTӪki^2@/Aˡ $bxl8]0=y4z!||BAi MIJqg|Ozjoζ|ŲoGM2AKK:
ґ96̶CӉ߶4
yڔc͗=v'Oq"
z	#;e0Ⱦ`f$W8,gTӣg/u#	}.Pw?ȥ'Yub\f~RfH7SB9~W϶PU+"0 &3S=\jIZSa!h\lrYMArs}_.Ƅ>Ϧu~#BF5B;^[q.``U60A)i$6ۈ|]TNͯEь k<U5rNTQO߹mЋmlG3o\ԑ)ȟ҃$#!%΍tD{Sڊ|Oɍ2L$Ӆis]1Xz!
5_=6τsE5 lŁx<N	& \$euSjNc:js`@Ԑ&9|~v	O	_EZ?aǽ؉}*$oHAxϖcUG_:-}J!/9A1qǿ>\s3|#ңIn>#VF>LhHYbރU".LXȣ$G:a cAd=Ǹ@ODV1&g6ظ 9qtGS f'5QZ({'!	/|1,)Rz+-3xhtd|ulg9;%ՇIzN"TAL0uh<ZΘ{ZX+Ï} Ƃ
؇1})M2v/~8NP(v#f6Pؤ6D	{FemRȐFsJ}pD<m)^lP~N-%CUF-2KPSoظחU
֘|(U: ֠OV$P1i34ޯ9ߓȲ3,\ʜ3}y#AW-:S2}6xJQǐa-іXx[>A8Xj0+~ދs3KKq	DKGwpjg7Coy6`acXt/+Zy՟ѻ|;xTuؠvޏD/3C ۥB)
Ԏ޴Qh״:dY9G(`<WWL#8xo^kF{f="[ڰ4Ҳ8_M"݁ߢw|&YLC5Qٴ:ZOiuķzӑ~J)ʹ1nIu5wƞ?S1Q:Lxd~gMSu,}bX.;ӆ"#`O՚L&w<87,w~̚KXɊ¶_GRQ/ETpQD\Ǉ+Mn>, |Ws˙H(˙zVj\fsdt=r)!Po[rLsЖƀ_Hor2mUyϪn4+ɢ|@x5UVmͬ6=6{<9OX:ckALԌyȉɴkm_иV̻ҬQú,p>Dj."Pcݮ}wȦ~UfzGdLM_.	XeYPs9Dcz7qmjZ:[fىf4H[@ZڃЬߩC='J)w2#thyծ-PVwܡYua8߰z0CˆRuNl?m¸8ӹZj%Qx&G3ź)`ejȀ65f8J9SDk<LÞ!b_ެvDr:Z-ߴ|*nmM[.@;LZ%LP)R1LElܡ>-S0|@"(h5(yox,!N":dФ~i7/ðI/|b]BtJR*TѐRd p`qډd3Gǒ-mKܹiE{ttCٞxK gg,'BoN%ώbodR2poK`1?חRg0H\<I[nk*5'Yq4>Mm|f;IV.@cnvk*UİuQH`'0e+ҋͩ}-kuyfdeM
d0(6f7t8+ݑ{A$KR:=pEk4(9,p `˒3y1lȅu:M`ȤJd$[Ηn	ntҸ44S6ojٺYX_ChBBr~h7\O;DOӥ9QuJ.>-z2M	g	KL%cFĳ8e(K/#F>TY9jٱȹ9zoN^pK]@2'K,!mjMm~}7jBř7.zou8"]@uXr0+qn5fqXb?q]Z'j"Ն@RhvcʐKBLi.kxqʟ%!53l?-H$HT'0,͛/ߺ3&ñܣ@J
V =$?kqn6P[04 ps"[	keeGݸuǟ|Kg7ojh60
Q$-S:;˘^HNf7@x	RC-.dDiIWWT_A"Ta/v]'1wNkDߜj?!{rvEW+/:y6w2ӡQ
c^tb!BbK"r4Ga"72>\:uES('is7P}#k]sD##92۸.ܣccވ^\Rfb#<ӤR8%y*Ҝ`;'̄غt	NNBtbWݡ۲޼uCY&t[?'3[D(dɣH;1q3vWYQ)lDG/})$!0%,e8wz1(O۴0dDsč#Q660B3\
z
} pzknƞ(wX,fusuFX;-_]b;#6BrdЂDtWG;Fk1{LrbӌִygxSr}]JJ&\ZH\
dz	ŰT(Ԁ@-$Op'~Mzx;4U+g,)SH[֜qm\=F%ܒd'AU	&~H9ٙ/5	݈lP^BAd@="qavhۥ͘fm:]By٦P< 0n|&hzn,Z}{ʁ@ʑcq_ER,4.?`L0EYb:Dt%$V>ڤAE؜D[7"[RۭyqV|@ͫCo#MD%ؼ{olܹi^ۧ*3I^	ׇD	o;5KU՛m57O[+v>Ř#iEm
:	bLxwlw-Rͤ+DG4/+/>Au-H"?_"7O?~G+\,p
9*ڭ_3~؅N JϱUb)yt<4-,VMS
ZJͣ'Bd3Cag`PHpò\>"wf#8Aeď&KI|	:0,<>ݵo1T{@;|knɂUHğCmղuT6҇|WUλȉ-ȧiz6qz
ϕWO<%144TRX(imʨKn8vK̹=\tmb$c!8/ΛOZIXyRߧw7B5-ɜBSPL$+^v!k@9Ʊ/r9G$jN*RrŰT?obgǁ$$*2\oeqdӄ]dT1	0._4rP˚i#}DPf7SR;ٲj515ת?
ޮRIr`l#
ҙÚ#]/o" ,\2hzePAa]pI_у#߶Vܨ/^	ܸDZnB;iX[O<%@H=|q!׀Ӓ.e]4'v:Y"&هg.
[-5&˃eá 	^Jyr90x-TzDGRi #/$_ݓgY;N˩H4n5\04yH/تVG;ƞұL2)n3tJ]v;gi&̕,@fلibl׭Xv=
oBw	ηcخ 1d܃@HVɞ5MS>d~	IFɅb¬t8GEHT֨nIH7=֛Of_sjݾ<Y>A˝f`WLU$ȉPI~yz*a,њKBK3U&=o!jf֑ȇm}:bެ˫uGFKZqn=B۩<e7$	qR4}ma݇3Y,\	Y9kte=#IRa/ɳFe\HyZTjݺڞkEcZ]0'#I_&8kLɜSlB`?54$$O]N:ADw/ǛԫYj)RN\^ڢVŢdW'qʁg]ͶQbSjtɷoH?qhӪF-UObdqN &l2p"fsh?+E3Ji6=ʳBjtnAW-.Щ^wd]UVKrxF\O<_a|:-S852,ʅP+$FfrX[c	2V0BG@ҿ~Los~#b\1s6pj~7locglBS[۽~iޛǛupT\ziw]|RZ,`_͡f9Y#dr3qr^;lCčY>DѼ*̶Hy|ۡYhV_F]KV:U8:n~ͳN5wطNǀj{NZbjAٖ3@;ʞt'$A]`ϧzQ=h^Pb4|E8q0-qǕ-G-+޳[CN.VDV,-fӐ>!V*-\|bz)=rw,ԵޫPl7?b+֐ԛ<ι*s4pgS0kcǑِ7Vv!kEdʘx/NlJ!;:aн#ʴ9	vA$ ~L-٦L+ykbM/,6RȩO֙<E:fgK=Ih\zq[G]sٴCBG9#E^Қ^ψk`8lʍbrWd#Cİy"ryv"o"#j\z(X1J7,˼܎n+7߽]ЛD-؁;Ù_͸߿acrPą6m
mїrA/xUfܛ=2e%߾
b\mxno4i?{˪;JooZ֍U"ݿEM!N=@a|;?GJY׋YڷÝ=HQM͘UWHϊ(3Į3؟^N6V6Չ0ؙUqs߶d3!u{'ZuH.uH
V}ܚ9+dhϽV"ya8/c?>+jO; ToS\hV\?hڵI[Yml+VvɑUfi#PSE\!l~h|Tg
29\ơ<}xF(zaKS4g.ܭ|>1iWׅ@)-)*Rh2K"#/PY=f6FR_*@an[};Isό{yى߶9
ryuIj6l$őMoUTβ7Ǳ!¡@ѢWۣ+Lisյ Ẹv}cU9f׮k#)Ѝ;ƎxQɪ.6f`A`qފK;)mk\V eja	CLKzHL`onpϖڰp&YTObQE\S`jR)J9z|y,[ԎmBQe'/:B-qܬforǍbגWhoS/TY}ז8ĎGк +IU[._{JC1T-qJ]BKgl&kv;pwIvTK&IǇܤY8?ZnGdUr SsDg\y.A_BȎKveM,C-k".xH! N4ܤ=%M6elI7m}Э	ܷZ6r^Wjfj̊D8]|.?I_QQ,Sn_ǃS(A\u×*89T2lnӪ\{e-4bώ6hL.mBKݯ$}	)ZB3X$4@ABD_6KTg_[!`n:@
ry&Z?WmMXĨ:f}+{oO9vbM=ӏ5,h_E0u!Kb\`:зos|&l/5q̼BA%ǳϢX;|HFWd԰O8̬wEx:ƺ*Tӗ޲nƈGŲî~ș-]Ƥr,-b3(}whQ==kFf3Q.d}Ge=ܱe5תϠ/݅pe.Amǉ"áKYTh:SŧVxrU4*(ƻgJͣ[.L(ϙ/y6ۻ׍ۛTZ)Î67K&P#{7PlC~ZJtQ~;,sۣ:))Wևwc!gh<wwǧHYDz$1CȆ#]{q,ɒF#?)8ܱ/תpɲS(;#P(JzTۋx<9Z؆Kc$n9 qxws2ʺo|$+=zw4
6ܶ9:(tnЄ6?0wґT|ٳ@(JF4J^Rh܆0!RsQݴryD+2Zl7\Or^\"f`*g1UK]be+}OՇwNJWۍ3*c~Ǿ&giv]}ǧ.,lVb@ga;{DDkbyָKEiL{%ebZfS2n[pJTЦ?6Z~i/C[#JK\tQ%܉
m}_	}"x Ddږ`(/*%֙:|>Uߩ' )KCa&oYƩ o2</qXy?A;4vDpzWkם@$FgTSEU;Pűs
%(JBΊϓSJt}e	~ϰ1D@hDHrF¨˄NzеO0e iYS#l0ч\ڟķġ<jQAIET-]j\? 1`hUOZ.dv#.Fj[[
JN)jwхd'Rӽw/ñɇ.dGq^c>y|#Cg%WBQK#PǊ0?BD˂l9-8*H@1<m$qΘ~mBK[)F*lg]ڒn͗ji{.]^\ad,/}+p?6	g+ '֐c?38'.:[xƁTf>Օ5@Ⱦ\od b`hۥSz16eC[|&ץ2̥@aV.8?IZH&ŉqV#eǇhuRuyw/bh0r,MP^[k//BHKvi-9neύEriXE*֐$uЍO.KG>Sk^fox0W1mC#X5)ދ	[ހJ<%=0E:9`,څsol9?yW}\3e^goA/ǌ϶=08HXNZ07:PƉjJyu"	-|%^d޸ŏb$>R<ȍS[r
egϵ"BÔmo>B8Knۯe+W|K:GA׷!6/x%wjѱ_e\MK	
Ub-OB!ޞy5m]5I_:%=ͯ-wfʒ)aHaNk۽mQ'QA 9D)nҗ}F|K=mSpy}n/OsZ_	<ua`1+St]f-;6' ^c4_'ΤGo;ʄ)K#ֳ`Wh9!zA0>h1ĺ0Ƞ4`?WqOf/=0,Edqw&+22Z+ЎFMvHʯ͙=rgQcpc$QtY;*8Zh0>62Ws<>9(>z$wrVKpCCi06J͞6s3qM!yAFڅ/|W1ր{$=mqrx<}uJ.^>Λʹ?a74 $3kR:УTцN݁?&h$ГVy4Qz*U.zlazh!2t	AȧeORIlmkЕ^}#˦cgѲ#tg=6UU*	y 0eU5Mx~?rXY5c}Nx؞q,mI>Q_|a?QcQoڌ`׀aMj1kEE6
R21a,ghH,AIww`ÙTu7!2Fp\U~@K"ъRm Wݰ;fQ0qc~$Xg߫jAȡǒ 6|%θnڊ/Qb{ޕWx?lm1`egeۙf̨,eWA̍j.</i^	ad{ a˅Vji~?AE+s8N^?y0NCk<N4ig1_m/'3gh¹TMH%2ZI_Sr8}d?ѸB!X1dM,hMvYkXD/WsF61)RgHw"_(T30}n,hU<Nsxq4 ?SsΞx|֏؅b2!"ΔPފHEI:Zs3h5gLUĠ>g_-Hk`Ը7#,+^ʔ-Y7o3w/>Zw2"A0̛QE;#=cTHHPUB`Ta``j#1ʞT5+,1v<іxxnb'qm?ujIvЬ1ֺM{1Fh8qg˵x|͎L?`-*΁ Q'mY>ZCմVuZ0O}J<Yx.|eO4A	&;iL	Pj2g*ӗ_EDQ>7Zfg.|$9c/<4ɍ8˖m_|6x~vXFޒ0n[2gJwkz:0r׉z	0&U;6{rO{ɋ{RPj͐u<BӎGf7ʂ3mR"\հٞB)ˮOFbUFOdznENԞ )}BBz"DF6WqPV44bwRNLxpNE.ĚpXҏʲ+Y$	'¡_,em1NtrJP>sa5Ȟ Ց5EmCRbI(%]۰sKR:/@Hх,Voa4R̙u8
3۵k&4J+Ȏ"m)W+nD(lJژPncFlodkxlq[¸sYY32"	s~!ҢLprJ#*(7*ݡҋ4Y(f-MHv|N	3΀.}SȢ;5kH_G#"gKҺFܠ.TwTg;IsYs35
.(;ЏW0*EnbqxVąG;HƗύA07'$40!lh
^xDlܢ&
2J(YP ~0;Ć,1<ݖ&mRM0<-ؑN7}6aborNxtb.#njm1&p!<XÚR8h9	{6tӭmz;}-$ڮ(GNmjTpNG8ܨɐTF69@kPwukʔ.D
mz?OnKb}W8Wi)hy̅[\7CAF>ޜD2'	,CND`m۹wYѺp0] K1lNyt4ݙp'Vaq?"CI ޞ:EnnNLrJŤũM>mʹ#T߲ݠvQۖwF6"ĖY7@W#
s0`̚/(poIބÀI1R#܀d_:"!4nT&݀p֟'
Ipl޿ݟƛo9x!d&wT.,hcȃSz&yEV3J׈߮Æч'٨vx޷5	JX!+uc9Z",dڇkKZ_rӡ{$[$	,&%i,tWy3
̏Biq?dSƢ-|'XlU"[ި^1bLMϴ%/
8fpnÿG7 IahϬӭ.9ޯ͐,§BZUp'RԆ9ĈbJ#//H*ʘ@*ߗ:|H6QR3cٝБۉ`āW+O^,hі{#O>cqAL25Hbm/A@xMvXEϗ:MƭƯKg;Eċ>t3>`%)wԎ0=L]N/Ðk		auA-X b"9H7q),x["Q-6RE&u*S$C$ҳi:b˸%.k}X:^;m>>D=<׹˗G.!6%O͋wƧ֖1X*E1uʎIҀ9
	ޤژczG0D]@NWxs<Fd$bt[1	D`8ӾKP:
ܝ^w?}ggɳv(#&Ro
4"Jݔ[_݄)mn47ŕe̸0>}ب$m	0"M+wPyu-AB_Ldĉ͓_oܨp_pj­K'e1,X"K2wKj}Wb{D>>N8U:33z[]SABQƺXJ"GN'[n[HL;H['pPPΚ]+/=kxtK%TdԊ|Oi}f`')2>\̨Q.F]d=Ӟԭ7vuD}leAs=gq
/5|SF1}pKƊf
J%x0)M'ֻ?Up&<uQ3lO9ɏgK!$n{|mx]Iŷ;|769r:z+W@md}lku=GoZ+Ac<ڗYY3ѝ^;4qz&N!"
;})=+pmAжޑ[<3s~;fdtE6^x$rAsH&7cL(P(tDefghQt}|Ԭm{tvNVksݲeͯe!`@!l؊jЌ|!,dYFԥ))sRBv!t.ǧ$);9%Ƌ;v6LogIY:_tsR˫Q&e~~>8Hxrʯ)hR|BFLgۥ`^эV@vн[)x;CG)fcRõtrg6Êׁ`]Ւy[4Y̏Ҡ=Q	<d-I]|B*ϱp$,m>EϧÉ>EFSgzjZXT#\FVd
Dku(j`oņ}U`T1/buz,*qM\c%WĴ.Θ#4¯Lj8yf-jK,sUݬ˩(NmMѥқm
O[43XGӉ0{hE*aXvwJ&\^#ˆnLڳipC;R\JbZ7QT,%:jK[7&roG?W@(p?[4>%gT="ڎ7XVE)ݯԳW'j:9YKŚ>>#yldbr\_u9k7PTG0}Eb;ʏ*O2iNϼ)@<cN'XWD'xl%B@ް|"B;R1yvvEz
VissK )ZbAn{HUM4H_V(Jɼ6:fPDM@/eǭWX4+Yp,έكyA	D4ҼW@vcӘK](3PN VDtKqI:@,Q˙>v0HHKߗJy/0tWcΊ}H~#d> K%=b(e7v<̦/z5'LL|ץ&0!NQɆ/qYb=G\Wq7[x{?׬a!3jET]xZP1ň5_e،u?1wɡEPu-)ec@et4a7ҥȢ{`mșqTmOc:R1N$xL]-.]ղ:0[g;qT"X0i]b)ؿJ*evl$N!ى3ʅw4fԇ5mm\#;I{bF[a^Ak.|6ǱSlKQzPH3٨HRh~2.PTŬʃԏfh7(u'GPN8|eÜ0a|+`)<ڟIo `9`IBBƩSJ#Ѓ<_5q_%v-ƈgwѦ9Rbѷi/w_AJЉ
-%YL˿0)n&?v:cgN~s"f#;$;K_x¨8ϱcι٤߽t);wfKa!i=ɨLVЇ ?ڪhH9u 
a[Z͉˲0/5|a0K?DPay#<nÔ!5Νi&=6skBSp-mC|k4۞|(}1hT/9bTZ
trq(HVĽH^ب#!S*w ծNռʐq$Q+T/̽Fԫ7·kP8=L7=Ϲ~Ks-yw1@y)Vi-'Ծ6X>Dfxn^qǒWmlǯ
QP
хf>AcDUX7<&5]s796Ш%9s;ƞ^{׉|nV!ް^I#rߢib*HV{շDq+R<{T(ҋѥœh[W:*lhݟY0ƈf^$ۍ#
gV!@X,hťnNLչ8Vs0"M;%?-s;h(FHF
v@ܩ\e*o!Ѣ`_nڣ/~ߔ~E*=@')]܅yfR%-.:Eђק~ӽx-9	yXrvxDR|"1giiSǳy	escTvy\MlIԊ e"jWF<^0ި
\zG3ׅYP2<ۗL%DW_E)wfx/ޙϜ NϳP]"LCʭsIA׫7Z_tpM?=Zz8)w֟PÿFvPpG	?ؿw,~6*d^ӝ֡DzUH0Ȥ]IA?3cnCоBt7Ig9V!^G*29xz@dJ̘bL}Cʽޤ4_V԰`Ӡ{z=ÞQACP*[sr(ĨplJUVLj\E@^%M0$
[õ}3ʯñKvN`#lVVe=Ż}]Ur-1@&KjoRSlx59HEՎ9cj{uy:h~	u~ܪ.٩&<H>z2? ) 
tz<>eqJYy#7.5:G& Ԏǈ#<IâPکpwm2o6ofI۹b>moФWVf2ˇѧW> ,YЦZim&')-&٣gkrź^w؇ٔFRYKAјz֕|gٻW^Wqilb>-RGJoğ^e#vvwBB?3D% Bc/=uf12'߆]@.S\cÍi/MQQ7<<nMTE_y ƋڟZxK,"@'Oݮ!׷sŵ,{gΨVEIzna[h="N5x$%',k9¯]etؐϟOc̚a2Omq!Q{J%/(m	āp%&͌ԁ!-5эDc3O<+~8.F^qé%;q??c$nTONd˖Mbճ]	D7߃՝یH޸!f9NGtӻ٩z=CZ_
èwJ>qC>}S]
"e7EPִ'D\؄UGʯz֧!<}_D5yz,[3`u
;	ĮA*ڽ&-ȶ/,NסRltQ90i>P׆\G59U_nιCyh1{~,4BKO\#'&wrgM-N//'٨f"_ԈV$.i]ͧȪfo>/j	3r߮^6_/i;t6_Ut&>_V[MRşӏ9dX0h})RІ5x4
5~-G]88d5*Vp'!S,ɘ&4»]1=tkaH uwҗXLŖ'.tX_X%7:ΗyƛA;CKЈHzѷxܠWQ5Al5ϲ5AR=bJ:L{InkuAʣdO_uѸPĺ	ɍǦ(}
!T]W^_7Q XSܰDӔK:LN-:VG_\(ՉFvύDe{Sirɭ*%O}ljħJ>zɻON2p9֙V[DjEp3ë_(GN_R@G!GEEpa_+VRZ qBQ	U+/(w#jYas6!47 `-BBw#drDfk1G$qj pT.Ĭ?yr	~P%q=Ag
mː"mRmIU\(эX$B(j9=+enIR=,gߥGąycl&<OTPl+&4<Xʽ0S|r?UB݄}mk&'mfK9Ɠv:c
u΅&"nLw#ˡc	|a|^8:\$%ņȀ/&g
4^zFEG~Cd(qxJӶ9{N}Ԗ<>4jd}KF	rD4,b|,z*dF"|LRUeyiИz}	Ϋkfϒcq8
/_oM(SIqwiTj<׉̿ȐmumS>go&ͼ6robMch՘%k`QޙPs01 N)_qYu'Srd[_1zh-{0gEtհQ+ٳkrG3u\S8ţI^wu"QqmD7Q~ēmk!#bvvLF,hCh(r\LɰDm.G7<B(Ɂ}"̈Bo'ðqW?CM4U-M{}N6jz,VW]_ݔ'I͝ܫȺ/3טNa|>ѹgcr	0>+x\J"x<	JaسYw٨inK{#"h/ѦV9[!]5};NfX)`H;ߣTbB:OT.
+`J@}* [B9?qgҽ?d9O	vS;6#\ܸ0cjk+S)8s۪({3@yݏp_~ЉX"ep1Nv-?8b	xJ4]Rۈad4:Pj;vUL;&|[U`ej5X,~>!GkLYl_QKK?NTo=ܢ#+10byl&ǅ3a[±Is 5͆צCv.5;=E;:ی؀O²+U"Ʈ.u(.yHY\!&c>X?N6M,ӟpfH.?H5e:p>fն܍
lgJ+ɤˎym-Djg d4B ;]vR=xx[$1F@om1)eBJQr<RNl%Lˈ{WmG4kn}*A1~Zʜiz#tpr~׈yn֯I8֖oS#G2It "qʷ zB?ԃzp	6B@:z(hj<v33$!hw|r_b}%Hp*J[r޿vۺDvTtGz)qL*G?[x7xI.1mH>y=gS
Qל"A41/| t.IO}=I
,GjSog(&ۜC@ =԰6MԟѻҎی +s9ŎbHpR4n֥^`	(qrmVHӫ\&îKYIgʺ'Yikʝfp9Ҥ]mkPy#2]+#	_iv)BJ{/eXӴ5#|!x(4DoCOjocƳZѸ?ˉҦ9Ǖ{}(j`-6$eS| Nٮh9,dn=Hyq91Gޞp'7E!,ZnQg|59Gׁ%s9ٰk:\hMמbYo۠Nҏ>ڕod|[̬$!D>~Я\Q}7߮]PE`^qO96̏aLi<-Tu[ԛF	3\7L&ǹKR7lxDZ;2`}B}Ff,HBiAXl/uN9ܴ+YP*șaZ(37Hoֵq;5O49ΦWWφ(7qS_S]<(6H622[E_&=^XqCVtjor>,;JZmGqe?10aܷkٕԀ~;,!Nkt~W	Ca:{μ6*JGԲ	RԾ	nsxWJVߡRZy-&&B=C2(ߊQ4ނL^;RB|?qޙ?u^1qX9JUx\Z"lt˹9ISV.%_	%ՀLA\OR&:;|r+Nw%2L<ϣ
bM%?[{a6s'>qW]ԉKe8FۭO?!r92;wh
/w`xR՜ZοJ<(oOjHL]]&+um#-?ji$+Mo UoqLIX)&eD|

fs]C7)ekojcd	85ed?c/BCT?Fr^ވWp}ծa
6N:^_ҹB.?TGߧBN":FiZ6A
+}f˿2_ Ier<2?ּ+j+2=ߝObΑ66*Te,XMiݐ[Քf-Y/R,w'Zf	B$52XX"Ud8۷1lʰ
߬ŶzڱW%R0۵5bߥԊ8Φټ8ڼuՌֽQϛ*Vʭ/6(;-#ߘv&%Wŧls8
ݨېa_.Q:HkvIyȮ4'߹Ps<+k>?#!t6qo.}"_U@;L,i<F#sZ+AX=rz@NP4'}M=-hީ\UV!Lj: VlDZqF ˇJ7CrNu J#nHkG(HK&zÍ"8s%P9\%nu҅%Jxgj%vj^G >?%kM@e+j?,!SeTN'<0Yި-=r؇g_*hrz|;;Ǿ1rO[EHVѼ΍aX`*ιҰ#-1dY@eHsef@3-U؟ Đn_7
lNAõ:*)v5ްlj}ӓ6RXKxdgIF<1X7W61ő[qZwք4S&JH~Bj5"9Q"4e4S!˷;סƗFBGCkUa%D7̈́Nq3G't}~6-·-&`RI8d0VRϤ4)4ji
iJ}@&ײN4Y'yFEəDޭ»w `01}THNҀp9j*+@ʖ	d7)SbpԿ7eض7* 	`qz];QZq#ڑĪMPe0]
2I\]N bb,߂Fh/+)ZRook=8^v )g&՝9[
lf
rE$AڽsU-iӊ	w>H̎7w1!$ҹzI{,31!y&q`#hRŇ4PT~S)l,{d<Oj8gLH*3/Z&/uWz
/YθӢlMK?BG0qoզ`y"Wtۑ"wəYn#A۽QE'f7pܟIU~@4Pg
*1]&@
7z-VGêmµME|F{	fRӱ:DōBOˣtU]<$}0?/+t]#ZqlgD	;ƋГfex~i {?,J?̊vZхv+""]F58U0+JfYX_â|7GRP= YӺáqʁrK9XKǆULM1O ;! qddoVyΑ˅F)$v$<5Qfa[BKSH؄bL\3i hjl&boNSۉD.zVJ8.A^ś+$߽SڈV'jDAK6yGڿgݬ>ߑP{,uft,V
;tsPeJ?+.LnFӵ"=@k!$țg]e<ܕum ڕ{8o{Bp/Q5MEx@5t)5\;uO{h;D1Yײ@Ly0!þ@Ӻ٫H|s$`r<ǲ?~N`$Wo>?4АN=GNҼ49XCôiP=!}6Tdt;,caӀ՚L:~g
?Xe n]OE4R^NƳ0{%;.w-<
ЭoHsp~Fà&]حd!POj՗ha"^ļdGJY<wvР*hHMn{l
(e{ٹw~NعJ^A^?]@SDrY̘͗|(SԊl'$v`x=PJl:pc֥oA6_N%|"X1AՖp#EFdKIIkPFA28if5Ƽ;*?bɖؑj<HZGgm'F->+(ڃ=z!..JebW)dGcEzaWP;R5	7!wl_F
=(7!ƽ2>"k~lҍ&dXНM@
Z;g6X/:P|'gڱ8.d)3`/uW)eəC%3ΥR?IsVcx13Jv6^WЌŬ Eͷ)zƸ_2r#L*p?;px6"hVАӳ(زěTh-BQd=OPtҥ&L͸S0L!i"Yȣ]Ǒf@|ef;D=1W.߉Uk=NڢH'2b_=ԕ.%3akƱ9n7o?Z`3O1e1&R\[;pQ.4Rшif:(? p8Ph1Ҹ.*38ϰFM#*,eƼ1i[Ҫ_iUۗwh\?؜]ZlI_~)["&:xzb֔MBS8aףӶ<	2ƎdQXUks<{ؙ&yV6QU;SU.ˮk(F5?II˱gn,+GGOĨffӺ#39'\-F|B|k!bkw 0%!3"<"f]E _(.
]+J(	f&g{֚th Hڅm&h]تvЉ_qzWHW0P(ÓO4h;Gaۅ&ՏDq83#v:J#gw55?GLݺ2&A#TSdD׹q̓-cΩT~Ӱ^^<eo)xt+c&W^SncqlnSײ޷zV2kPn>x5ĻOi;]F\/nLCz*"%jEN43Yaַc@_?݌O#C'{yM"2chSkݣ^"u'kTrGxso	`A*66iϦgڥ.,~(VC$[:׮D^2HΧJY1vƎ01{Ԍ3ǩ<PӃP'ٝZF7uǝϲ]{
46K׭X̢o!&CyW|eϩ!;*D-ϵە6'ȤҚS5yKΪՄɌ&r$xy׌&2tbn<r;vL}ъD1_.YIIAlAוm\Soo!pUo֔Kk9!DDN@B2h3SQyuƴOm%	X` حeӖk%
saCg\]v$uօW`}"i-,UP^Y
5Ԝզޠi"g&bހϝ>nAf[EEcx&W\BC2iuj@(@HZv#OD-4bju|1q!v\!3vǒ$҉J.6[b);:~ъFq'g
/wܽ0\<ʊ(%dBiW%}_G{˛[=ʩRmhڍsH#Wْ:Č(J۹Mg<DwkyZSYGU^W)D, ޟPgN7|)ywha{lÃk1/޷tQ;q*Ϝh_$QĔHƪCȇجYNz7QS҃5Àόl
ϊv:Τu;WOp|,LTG^{ڔS@KBiUk]<+d=j*߳dƈ2V`DxT)Z؋!ط1}ӄ+rF"ܙϞIu׭#j3=aCb%pgQïј9Z<ZXdɢd0H.$W63qwt@)Y;=85K1V3NvID>|irI24|_ŕL]
9:)HO[-8n:nچ3
0"(Nh.ޫOا$ޮ@$W.`&/,47^{/G׮>jȱOpco#fBAhy]+{ӓR]ɞU7ZmX7+ 6p1L?S
X%܀;%]?ә{h͞i4]mL%Gƒ">O{.SlV"Xrͬn ;ңV&k_v[4	"D-t{=2xT2d%AdbKǣ5z2ޜԃπOQi
)ː}֘Ok?4b2O1\ۻܷͶF&k1sl]fV>d;"9)	љƍ(W?,މcՏP@P
gwoԓjHZTykf7@҇{>,ѺXrPbdUynMޜrۃen.̪N/.Z%KhyteͲ4|ׂ1؀j9ːO1G^V]CwNeE?&ّ׭O
MRUlh͚%tp\dDCQL:1.sYm&|_*Ā}.&/$rOؗRW߲zqĶq'}-ͻk6ͭ©!޹Ӕ=@Sߩ̓ݙMqflCKM$ASBd#*?1P,rߺgx_'ؒCbScd
˽`u\yŲV29"wnW۪
H-f<E.XPN<e1-=e
<.?YŬ=7--sR#(QEmKϜ(-/|ŝSB#!ԝH; 	]-}\:M3lB'P?֯5-ooxvB
<U.cO3^ǷJJFWfM)OێGQ?6ueAmɊ"2>^ĭNp5Xx|'\3$g6*<YM4zϓ=aM,C? 7ˈR~S*gl[3	lTO+52kճa$[ȃk͠he
_SY9}/=Ͱ\?&76w(qn\Cm>8`uƞE&?#ъy/\;F2=
h?Fȵ޻XڑӼkZɯ[h˗ͭt,>5m<ϐبs-j.vs;q"؉Ar~g~eZ;|lhT5}+dMRY3ӢʱӁ^0sܼN
L+XM	IEێKJ;	5Ԫ_wƘuVƙԽ9+˚ӈ5?ݚܹs>]l~l<9/uhX|/A!JT|\_h-s~7$k:6$#-G܏Vi*ovpujZ$11A"	^ҏRlR?9>>Jȹg[ʽngEY23AEo}_חS;T>9ň"B'&h?Pt,ݺ<5y%eȰ7YUs6VpTeJA[|1ppJ
ۻ"?L
SUu3Q^bY7n"=$cwd͇0ʖҀ@gt$eI84߆>ßPB 	0@^:T0٣eP_h7!߼;ԡ{`L(ܿ|sRr7Fg}\K,[Sf}716a*Čό|N7as%D	raύ0{fm5(
 ±4qC	ϯ-p9$9ˎoa:U!=Ӛ~G&n-rp@_W˱GyQ<(]Tqj/j¶.cTu۸#T>r)=q'(+8N*UB45?#zY%,-14,ӑ M*yE,U 7Z
ǁ$8Ds@7}\ֻjA:V.L
a%ݜsB][zd!4ݴwgoN^	)2W^<LvMx6KAй*iՇ[8@Q<ѫ`\Re%W_N	HU]8Sh3̦%Ź0׀Ũ%tq2!\,H'KE͕ͧGw),cG&?:ިL#}t&aaL@ {6H7[L,QIl0V5GDǰ^'^;Jͪ=7Y6.-HG96MQov,mnN1&;&|ˁG(LHf|ՖuDbe@n[RRmϸ}z/2:hɬoQO#Pr:jy֖f;=
.!gF~ezt0Q΅H9UEj&.ykKjZl>Ȩ'K-"؁k}WSM0sdxr[2cD3 .uH=[)%H`K$=ȼ3Wʏό,dUMۤϽ6}`6fXpV|U/.?g`٨w}4-S]z8X|\%^T6	$|7_hqg4ڞw)G;ý۪E9qf@9nǧ:@Ϲٖ5y{0)aJ}B@ ـ90{{`2ܧ2؎dKGmҋoJ&ndoH)Zʞԙ\HcaL9!Qj0qE[i*<	
޴ٶ+ILf*Xy˸Œ)\6ʾşA}ja:(_z(C0X|K|H;39{'ڔ(~2vDqpGVV*D6"]}_=Hmh)\Z{|art)PThZ&\?K,!L''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24822)))
