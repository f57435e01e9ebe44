import brotli
n=a=0;b=1
for c in r''':/.ͣӂ mhf{"TՎ{tЀ:eׂU+g'[ӭKb9d"7Д1oPmfuweH{%SGqݪN>Bc q,)~b:~zV>KŁ"!Ee#JqeCʢu@H,zŎEjD[=H ݚm hRi[a:^ӀA!2a~tG̣]ٳ"ԵUC~_20Pa_˔Y5zDb~o:MV0xӾ7^$b¸-P|Ѣ!!ҕ52Er4rfݥÛFZN<*K#vs[:HG>P>2+@**)۸_TG|1"@lXj%؄âKmHt$o I!g,:f]O.Fך[L|]	
o[QO0LEX"EPrZ/~EԸ:tCjaqW_,Dl<s^HS5Hz|·&ʖܩ3~Q'96BSi|9V"WL8w={Nmݘ˖Rhߦ3v#%uiRưpvAҋAh]ٞr1K
S@CM;5oj']x.PӨٽrv#!K(fާHTBo~&8Xzԇhݻ+0f$UpݻC
٧½.S9̿6=IjQ)*Zёn@X(g
ҳ#&؄j@(V'BR;JHHi_)#!N"r6Mjd72hL~״!.9ְ,cC6:D*cKw>xՈ85bRy-c"[)[(U=d,$Hw Etôp)ԊZiunQV\T3ޓ@dSW֬&OQK_܆ȹpEd?bA<Ši[lhHB5BuhT\,0v:78#;(lT5g=;zW%T9d7Ỵ~,.4oڜ/r."(??((OJ"6
R?Äxe0ƾDEˢ3,U
61~8QcGŸ/G~	eiڄnT|ک]lR{wv^N`0PA~d^]-sXӍ5>b{s'oZc!"S9a]Î{zKm\[,~WdJ[0=%g:Y3Rr,{u2̅"ߖ.ΑGX
_7EuѸ#2eU2UaQgqˊ4r<eqb2&Я&ʥC tOxѫv}cdе"I%T1N'43o<rG9)يl)`ٶ2vmsѝq?Ҏ 	=\G:&g 4S'gHl,AH;#
*N~ĩ&8^^ʎjl$@u[ԗVS_"OL`A: ~ĹAq l7yXn߆v}!GR')4`wɲ1x,L+ܵhN|3<jYeƚߺYi
F;erk vT<X/H؆_E-а	am!naƠ^LfJwmp^h]DR"6Y²Ծ!2dRDҤ;٩;L>Av\i?AC4oOݜ%x{P*]&{X7"neqĕ7ӣ]:?̶B˒Έ&
b[ȷ$IT~ݣl	+wU	D=Mf|!}Rp=ܼcIڿ̝l+e@ݹ	ÊJO6Oo»C@=X]d%hw+V+\sDCKh6١+"w2D-U_`ϟ@~`ӟ!L`dPir;2'}l:2wAd`Αas:( ZXW!AtT0}}@ޙ3]$4OuVLײ~bӻ^wrxuqB->ENb3u*՚DP#:l[Ad֗)LbHXMA"Gc`^ͦ˲FMZ*d&*PŤw=sU
uu5Eg3kX455Jԭ4rU7})eoDb-DC1*D@"5eLݙa'['2?-ڙg=˧A8fΜQ3-F[whGKE؀8OY5$F. )KPp8˴Ls vYkƻiuT/լp28sZT&f|P]nc}<]?3sz&gzAUh$OPzKOU܅)	έr@4
[e@nfF(֯lV'.8#6p0l"69ȷW#TïG΂Ś/H%N<ܶ\?VOZ=YM-ͫrA+GSEѯ0;<=Y-COsP\ѮQgRH)]RLA`WE:4ūѐ
yfXd$J?ŭ&F~/O4T"LJ>@Ԅ|߁
;;}-,61jj^=gtC]F?&vU̲E!'Ǯ̸6u~ixRuiZc8^k:ip8K="SL>M'@jW@Q$88[wݳf~#?uUy=pw7mӦ|RBPșxBMdQX[?Ask|SϫkxӈA83ρ5,t056wZ#8|z1ܨE5~N&]`*?1w^fȈlAځ>C՝iqf}ԋ=;4?<MC,>ſK-Zig%|@ IBq#T3vOHw*GKt$^O2r
ԿhhTܸɱIi8E4*JF\hBI^0Wd8d8єS8.!YM)L!!t_558Лqϝ^iA^;;44_JFD%_0CH܎foͣnab]n8{$p6wffɲ}NAs~;w=[?Vm}u.~E8{"$E)EOeސT-|-m@lZx72T=qO[7dE\uItJ!'wdšω06+{ݰݢɌ`	e:oZsǊ5:s,)Ձ3Ͳo8GnRy"x(ѹe:@
+Y-U}x9[7]1A]>m
Йѭ
4Yj+|{iM_aЂE^ZNwM
*4[z;vǮ\SκGg˰߶@Vbm1;ΊK%D}j'Â/ֵ~I!tcj1ݷYFQ?)@(r< ;i=ϑ0öyՔʯg}>J6Z'p

~oxZRq&Пw~w9Jnqߚ'!posmr*ֲh=cSo;!(rvޞo-yVǹnܲHu86lpDHinFJBCǰ&2~DMum,؛ֺmj=k#գ؛m\V>ɓKQ|uaAW=N6hСs?G'e%HxggINFߊ/ũ%nur˯	Z+z39E$f{#Uw/$̂Vʟָ)з3dcWrɷf.\73Yғ+a]~-ߍ{(0b'}٥oΘhjYb@ƺ![:p)sWj_
ԇ);40}$2UؿbU[[.R78d
*C}RԇXr;ɀZ%~?1EfEt^"jKʔ4cs}y2qhʞ~qۼbgה5GU8*dAVo0"jg=(m0B*LoZlC)D>&,t/ۉ׺D>X5u#tP%ה]<!=ܡ_̕
dB}mIc(y&Vxqa{&LbYtU31blK~ 4ܓw9pO}B	xJc0J)6nnr~bfۊ!4[xV:v¼h4Yy>l(cψjxxsZ	Vdߪ<EӥHV1]**~b]yYlj5a<ؔ˿;.~*ZYWOľ+!0yP)?3S$)Gd݊:bܝi`>p6_H;O}	#L@:_[|X|"^7Qܢ-S+G{sq
@H*3bk,g2b#_aHX](bHϕ22d5ʓNEBH'Ҥ+	+[	۽Ԡ#4ʯSd&2wHS,dgB,lKxO+S!~xP~WΔÕGsʈrhHzGDy`AMQ.3@L,@_ŋ!uDSbT7YS]W.rݏ? lH/7u-E߻a'kHFʜ 0kk3B6Z0]FpZE`YѢY֨x,\}X;AwgFùU*<̗;Y[#= ɱsMtߧmaWkޡdĞ4ěܢZ1Uʏ")ܾEb3xDł3"5U&Ǥ!@c($&qt!р\9r<dy`,9Κ<q7P:`fPI?~@[Z=+Ey͋(g
8&mw Y; T7ZKAO ,Uk
=|1lb+z@}˺;`He!5ЭЂ$4]0ٗvu3t?eq=o(S~Lm,A ľϼׯ_A9	02/P($
KșP0yOďn%L&M|"\c/P wߗPۗ[v`+ (_8[s2op2!|bHers5 '|ϒDJ
4i$^-{#_ؗשfGsT}),ӏΦw"8qQ%Bغ:įVP%)U;D1/ y&LrƱªb*yӕĊ3 z`qۦ$ѶԨ9څ:<Yx4|tF@!*FvJ8"4ٓ=oq4iY] _v9+xc	ފ(,eU&`oC]ѥ[nmɞ'p14}s348b߇KܣM AަMgWmO|$LgIRO3ĬqS;[L
4NI11J~߇fڋz׿Ӑ>'[;ǎ~]I$9@k`,}^*I&'7\elt8"TǔX71׹Q`L>۶ɂ0 %)!z؆F[1q9~wZ,EӘ]IVE)ajBΥ*0=r;>"nDm;<$/;tq(JGzI[ÅϚ+jh#M5vAp.Ô -/9N%<HoDM9Jd%?74$"zŖpaj5[#@o.z[ƀ!uؾJ33dҗ;R~K!21fX.5UÍͼ!.ߔzDoXRd
s"*x˴YQwڌ_=lŸ4^/ )D	9_?dnZaR=f&ʖ-H~nF=x"h=
DnUg+den$3Z$edԻ*bqEj3_N5^rpaKވO#:g?Wm`vUm6V5Z-	ל3g^-tLtׁ#zx
q?PK!tIzxӜG}fR3l<j'Ba1yu::V|NCD"Ѩ
x.aH<!,#ށL/duV
g.6\~ldĨ\>-C@%s7dġ7Y)g#IP=-צ	^\΢,'	dv6҆@S}$dίnqRɵxnMʁo=a؞XpkP9b"$M?ka>Ò<zu5opN37)\}FRBхxv׫5;:/&-'{`0O(F-ocRF.$jJo/_wZcɸӆC%04ĲؿU3#/-/by'pRpP;֜N-D!4-9ӄ7y:Vһ&B+;ŵͶmܷ@(#@V؜͢,q-9	'!u;XOQkvxl˽-CV\ZבWLV1O^0_aX?A7,N*MP6NB*^5>xʐE4Ȁ#/ENR:Sj\'anmSjNZͧ&K03ӪDU489il w:a=lŪM'nOVf)qhӵ)ijvh|e2ɞڽ(<\k;@iɆX)2r:֖\51Dp$Jٗ/%ʡ(66T	c-N#ߧ\?qA7ɬf!tSƩ1"BLe~̀W_%!Y	qÖ%whC`U#^ݣ6@^^3Fg5xEIyg=NaKTr}'O_&c1ޮ/kR+tyEOL>vʰΎT^!jʒ<&Ϣ7^ũMvٟKSyWpA@ƅ|jVJWOIJݑ0Z&۶-
PIxVݱI!7"AÀ%tؒ7f'0J4%s!FlŽl)kI<kԌ0KVh[@#&7jv	2Em~N+GtwIdϰZDB:$ؼiՠ˭	VJf\'
K'+nKҩ?dQ¯tBSd;tu K``b͢eNi|n7Ewkݢ;P	ڝ48:wMqv	d7#=\hCD*]Ӝxϕi2χ
<5Xu"P|z8f+ʅKǂ֤cЩ
+JJim!ԖO]jŷڡ;M&8`mţ}&[bjȕ-Y-b	ش+ek%%c.
2#;æ-TU>0f\7L?_FUP!ˋ߮Ã wy&*|k qE}#pD)aP_<D>:rK XȠ?PkF6U&Pc!fjPW0ђMj>'d&ޟ<ܯ8ǹ;eO^Aqaض*g42QUa̲20i/3`s!fg]?hSZ@7ƪ²"R5/,RU	RnU7aAo@gzy/lޟoz~5Fw,4!ZhLmRڈ2m.6@ބߓԽٚ+95:JrX"gk?}$FqʎzƌkH+\F3Q32׃ǆҧpfw4ڧ?XsR6SrBߣs(/"YZNV;erpRi$QȈsi1;Ҟ
8pZj78]g)_TfuaZ;|	yې؛\W$a~Ut>»UEk]dt	t:%÷"ϤBtN|e^ԝq| XڦcZ#EEU~AB.f'AulEGA-6sV\u]GK<<:5<ſqu:jIV+́Xf1"d(zT{R¢ʫКh/|ȍ'ܟQB8ÙeT
eM`lh[JA^~;lD%K nq!X*mד4`}*8W5wbFo|",ǟ̆f-0nÏ$Eu%k6,ֽRW]s7ɑ80;:	6ZSiqٞh6+hX<k!֢C(ݢTG_zh.fI)ϡB1dդU:6zHU6\l܉(G_>t{gԄӇtUwMbw
KȖ<\2aϺ8]Y`zڝa/;JN'<֛:Mʒ(0/z1^(@{*G
=Sq,عdX*e
AZ%A=[Osckh_ N,Vi°vy5GҒDHtd۠qӌ׾?>/KW6IIV(uE_$8^09Tht}Q_jsy5\ޗvDnVG@W3H=OU}х'*ߟx:ӡc(Ĭt{U	.Gث2Ājp)OR"?)/=yߜ}E;fQ^pN`6[ƒ"̊b.9:-ocw.#_.*UN`I;e mZ,SɺV9.egy8Y"U?X
=nnsے,6m; )mfZy{0_x8Q{o_$bO\Qql$@HH΃'~TUo0ʩ̶ݍx{v@yh4?_ƙR֋XÆGj;׺iJk'D-:{,jy5њQ{{jB[*^Z;
5'*M\)ۡhz/ïets5n?rFSfcx)pI>âq>S#Kƻg?t|uABjca	B*=QI\cY{-K\Y6Nfp11_kvI֨`h~gbf L>@T^3­ܣxIci1yp0ZO9Ek:x_#lՓ=Jo؈if_CE32»Dm~
1g99א=,4 K sm̆?_f7̥XÎIfʷڂـMBЗ~1#gѿlx˶Hmd_m$9^Ϝ
f:RTqhՋ(c-u}fP?`g73/wܳ.f3vU'?Dқ[.p˕Ca@D=,Tީ<OÝ_\#e'wg21<{/Ajмo#%x5ǐMJƢ^ѧNZʢ^%cdZp#)f)ӣ.dPaK޳A"5G]+DO1[|a/eV$"ǄQЉw%ęlxƏgmex8*@KRϬVnոe#h"VBfeȷ.3oVsjRI/mcYPΖӘ7ɨX[@`؜p41Fgމ+d׳](B];klNݲşHjH݃Zifң'Ȍ
Ym0TV\9`APt?(]`kЏT{ГK %A$4|1TNOB_].Տ_)`5çVͤݽH G?w߇k6W܆MɂaCgfi1OgŐaP.{NiFs&Ǿ2+-Rt1=Lf_P3x-(Z5Srջ*Xrhe}eq%oU
Χ.ah6`:?M_}CG÷ñ]MXD?cɢV}wŃ%YăƮnXQ]{'n?ؕCZGj'q
/aƩl-}{sBAhBkҀ&xyaE>R5=-}?\J_ڞ^XkBz0ΘIfDj#s+ :5ж V\ܤ՘dTs)<X%&EdO~FM7mH)in+ҏ\}̞aDM{GdWpS?59bziȜȇhCѕ0nmQ?n @٪W$mURTf3ڿphOs
aQkS;=N_Ov	0
hwhfV-TsLj'Ǚ;ũ;44	Dhpo.nS\3#l%5#ΐm̐iX.^|O2Ͳ{3PGe.[}ݧB5gsZӹ8sx)*G7K;mV	t)4lQs+@c7OWLĈ=l	p`֏CP(Χݐ0>W۱\vӐlpR1tdʴ7֓EΚXf`liwxn<Ɋp˴ܛ %o 5NLb^jř^pά&~@LT<
!|74lr-ñD Rx
rwib¦(P[Hf+r`ȄNoare&rYu,oPv>&kƂwa9z:ZICQ_h˗4-Wҟ_Q#PӔx޹:FtP\̃yuMP
Y\"4&^9נpB$.my]Lk}ýŲl`SY1@=IKȯ|;]֢g>Q~Q;+w_˘>g>9yYЌؤVPP4պ8īoGI2*Rp\]ޑ HZ77Mky&6>B`@~m07.>ũG)Ҕ:_F.t!=ԍBmf@TmGeD̘:5"=NZ8fΈB1W	R[]`}&&cB]WCؽlB?>u>QձcVO+͏QsFjls*+&my!4oیn<WI۩ݳZ Av+y9ZkajhmuYިs`(ߌuݝוGyw]}\ձXv*7̕y6R֥e>#=?4eS"}amU*0jKRN@T|a6SD#Sx3S:*@E؛#TjG-tNPd}DuY7\.Lh1RB)T24д[˱MAϜi]9,M}(aDKبǕɊˇe٬?api9s=FĲNeש.~sl8mūOz-y˿տm!M{jsg4YB07؄(ArIk0G}l@g(TtPxn܄l.rKƸ":=lvHM]q)apXuTnt߮ǙӤ)S~yLcq#%j/1iLddb^{$L8H8NsU\ԷuU,5n-7w$S7 Nb&Ǝ}Oi(`NTbb.5ZD'G1hPʕ-,B՞7l 8^ɅGiAVf}Sl%!W#
fH<=M^8Ċ#^0:8=Ad3`hŞW7|ѦO؛hg{w)kܰª$YdHeƈm0_[u6G߰Z}¢.6ѷ7`z1]^YՖ"S:q%:R/*15n)t~{ٯ:>µ"t>gVAqm
Yh/8L8Q2}ܗߛ3]7֧g<mFƞלRfidb(yȵXC4*[K{`gڣQ-nr4\L*?X#HU=ޔL9j+_ޮEUD2Ј"
~Y7[] a"
\Pɴq1֦]\)L=~,
r5у	8VUɱx(mTBɁ6L±iUeX)DoO jƶ^ȗ>up$x~[ޱ7דCf7.W#i\(w7"lH)Qsw?<U#kt)քPnW [ڵ_wS2sL	Mv~9^}gRMu<e>LȢ~IR)Ѓϛί!*5_Ň͋7|aƕHZŏv۟z0),F#|eBq&,\jruن
	rԈ@ُ<Gmq/:+e%Σ=ռci,yHƛԎ8@
=#"F[cF5
aHA:.ȟƨkQEr($a,jN*2 ބ:*:hpyi	<"0,{xY|\ɮYܩV[<]`ՍJ)6.O#X`Ϲ?wX.'s|<Зǡx=kfuGMW2&=ۄhW7[ڔ	?nԆTu! QII}Ʒ5-ߟԚZʘ98Xe<mJ{ &8{o_):ƝqZV̲%|~E!z[dH%'͟WDuYrsnѽ>,<DVpϓ\mc7(Qĝ޺uk4/9%rG6kRWدӖNHc1Ryk,ǓCM#ČZNFWSs|+ !*	ޓF)";Yih+\C:WQ v@qhXXUMSXYicx	L
+ްjs3!lbқUOq٠{dԼЍk<	Xfҷ<KǇV DӶ)LM%RY5BLϼ>K.#˳.FRK_DJ\Bo͎drz?UvA|ӖUB"ڵ5\Ec9O0VȑB&?6uipIqXgErӌ<s֨,p˥SglL^EsgOԔϒٔy)n9)ι*xFAd:NO?!l_~+ĉI>(c x"Y#i7	+5Nn`0CXߏ%_1@Diip{?^SJ YrA&Zʞ-J< j{κ%4N4 %0 2|Nݤ0l&dbƩt.$;MV
3|"9y0gfvuO]OyǍ	[3S
96Vhx
w2M7Su9qgF3z@QyrV7uwbԝmϔ9
AAĊ&v>FiY;$Ûis'T7lqG	->QdrO 45^wtha%ûc^޺[;,ƾMQC9\*'nj>QsdVQQ`2{ك&ȉXL˪*gˠzl"$
wm,+a,
|+XK
;γVeF3bB0ЩC(j{	fNjoȹdL?B$0T,z3.Ly+?@°W,.&-l(hQ=Cx1QHn8h%G\V!]æyIWi@@Ō
m`%;i_b&nQ۵y޽If֮|LDt=1|.;z?ס?Ną3ez&ppiBvysuggF*&n7q2ݬ6$Kt.ҳApk5T#^eY.HL-i%+ͅsbܿR>WW^2.leib@΍ěpyt'؊2!UƺtJPޱL{0UܬiºҲzUx$S/πTGī]zB]I3@jeE%TUZhO_
ǙApdpѷqӄn_?)xKPKKzaWy:"{<@q|t|G5,"Iפcaz؞xLg9׾FUv/.ySP{~5HӌRۄq9>6Ck+',XY.fJzo*8r,_BўE@rU5[F,["М<8E0o:c"ɿy{yF+VJԶUHJCdSXuܔ?0"H{QvK}Q!ö;P%C˱$Qp="2l-|R~:>PwrvW`={6r֖y$![^_]"Δtn+j>(`=V2BORTq3>m]ǇfVc?Z~2X%DZN!B]F3G(uDmwhM2ATh;=
D١VݘlVfڝx|K<4qk:Ӱ?(ahgь*OmNX;`_'ʌB,Ş+IN%:2L6E;MN[gyC@k;EzjP֡2ׇ#1or]-8@HU*^Ў)Wʐ5ug+	obHȷ6ś;-:~`wC%A'ˋV?pIK#&Aޫ(xt4D޸wcBqDeLG$gW>9`NtӻC;]H 9ۀcAv?3:]2<If]	4Л}c"tKSڠ=BV)߅8yZgDKČCa\:f̧ß͔uӧϷrϺۉ)6wrUmbK(q#Z $}2v:'Ș~j+jخlٔgϔZ>͆ٰgk{|~Zȷ1L{0HxD jE@k,SIkUx!!Қ_أ).m;`iׄxCCz_W-(F] 7Dm%$əϺ.Չc#12	pD#-2KPFE^!{̙Sl"bmEE5K^p.rؿG@l,CbҦK[cyV͚иoSbӤSrԺh2L~Hbg@g*'jďp#GYm/MJKC6W=qQ}Q_"8iW$E&8==ܠt9\r|2;.z:.-{7ƴ`{0-T#xGma$L	T֯Jr1ŕ!aa8Aʤ p}XHDVHc0ԲC(b\![%RY_U !J?"f͈do~q]f	Exl%N8ҦS7NۄW8$'KaJ":AOS%ݠBDM	[=M@^ɠ~b¶ֆ )WۢcztNkfJ@IUVօos0KoXR|mcƷ`(9eʋpɽPqĬCɉ+z"uSE5~7QD\a)c?(WKةJ17r٪r!VÔ"J#0aW
]d.q>nK:]!Lp߬zdImZ@yjql?IÚ]ͬغ_p.rgDڒ*W.Xܧ+Fѷ[JдAb-Rb(J
zl$^\p	7yn(IBXU;pqpçp]ղQ:)սJ<{ciՉYݓV+~)p.woq{[N;G@DIz9Q\+@h7юZʓwO['%g#"H`#`¦Xrw޹Zw}Fc|!]ݼz%]Fz_956ɘkraG)4h;އip5?ҳm@]lL״&yأ})̦>>]"Py4r_c,v6D<[0"[mʛOV9`!XПQ^|Ws(i\ք2Uէß2dnp:X46W~L	dE|آj- 0zXd c"#1H4mډip߄lͩOØYcON,jj?gѨIZ)FKثԠ(U8Hg__6!5$\q<UuU?UsTdOhzִ{'zpl#S+ &H9GTfʛ(uך$Srʊ'}8r{/jGˬ1Cػs͇dHouv[xWF#^6Dy	[klc*rg?oV$ƑL^ٚנ1R\^͌B:/BKaҭ9Rեlj3TگheV ҬDu9ӄCؾ;AGpz%ea">h[z$Ukڛֹsld۞
{*m [7ڬ%KSK,ڄk2ťZHaa̗Vݾm{ګч?a6P@oSI~hJ\Mx#@UW\U E+ey7E]Cųl!$7#Ӱ5Gŕ.ݟ>{5Y-Նۀ+C1
Z\XWQ2@	@a2!>a7ID%z#v`ޒ9_ |IղQ;&pgUHg|DZ*fܱ1eۥ`}wFqg'=Oô8@.lr%nzaϰoxOJE*O 99vm+ł.P>0'9"J+óoÂ8g^\ְ(Nű/80qb/	[D=`]ݏ2.e"iəJT7!.,n=_h
^lVqÞ[HjH_fqb#0KeLsWzO|vwG!vhk&:>YODڌ&(:e}=	\mr\f!aB00hcyשdN3UPk&(n$"LE!;Jux32=nϥ4swNS22ǆMwZa&a
D_6:9ϫη.8ձ߆̀]UxpgCAC*iJc'٤4޿iu2˥9iCsˌ,٬H7!E'p{t	Zn(fаIû$*vs^M0H1īdǗ@GMt&yk
B~Bqamܜ-xŨ`:
q|/4ĉ
NUsIсM)&5Kݪ\TN1PWüU`BUHn>iݿs#6ni)uq(T@Ɣr+ڊcO7}6i<}py6įWYn:)`Q"z4v%SS:}ĽtZ)e_A5TпEU`!NX׷ĒҞd7L@;=F׬2"_(	0s~zx,Б_s1Wbe}Mhp	Hq31Ǐ1i* mxѝ3LgF\5l[Ǧ;vB%0ǟ8~J,	w\u|V45,Hl^Ȉd$@^>Gk5;ƙ2o)Ip@ѻܿZn
ȉfRl3LSJMX!%ߗֺ{6ʀiPh,ތaD
+%$U*.Ҩm:0^$"4!qL{BnTJdi}*,Sw\ߋ
*ҡ+;_Q"@ܗMFQ<ňlGѲG֦҈	ud~Fo cu3Mj7e/=
AEbcz1ũTFW(AͻL`3Uf,"v|p&M^gH@Fӓm_+ԛ}U-qe8o$^*=H\3UzTwSi+_n&U7@A8Ϯԅm7/DB)r'ݾض	؟ӊ=go|G8MU#|r
avR@mЭ
Nl{ͫ֬`#BjʴVD6Σ<يgƶ)bߙ$ʸ`~zԄT%r
`cʃL/ %s0W^_kp
8uLN0!(nJ6>ܦ
WV#c8Nץ&P(MTv
x~z}oڈ}v ;JuJB[1
}u?s1,JGռ&V?IaދYܙҞ՚:{AmV*iϾzб*hlBw;%$=\æZ] 2u3AR
uPY&au@{Ԏhs׉؆Yӝ
+*Z+ihIYWԅvYe\lqsqu)j,ϣٔ'3k\P
x>Yʰy } uߞZR'c:.*LptcsJ?
:+44=xf|3Ji#92":OD́[XsCj
xr`
[1:R}!@oYP# TvA%>FBh|%|bntdJ{hڒ#׷JCݏ^&
эgqз~6YtUK^0frMds+JV4gG%JASǀkƤiǜf}Enh=<|9ˤM2K+lK@@C@Pͼ0S*ɇ^KiYAkͮ:eC#`.^5\ee-Kp1'xPX"21Œ56aV8Αİl^δiOTx:L<ǖmak|o)Q`tk5PMy҄2)phFv.8}˗0DWzCV5Hji!-f^/H&ǭ$z$Q$&C~ŻG4h+\GjX([К~CJmk\ܟSyH֙<(Ҵ=Kpw ܏3&̶a_ҝ,+hAeb5}%7ްˁb6Cί[h)wox
fɓ֢NvH,ݨqs~>}Ձ]3Vԭ@Txp8$_hDɣhcπx	_*_:%,Vs<i@{.Ddj,ӔS9Ȋ̮=ܷ֓~ҊodJ-¥<tc|sBԹն$Pm"#b 
\afVrI72Hҽ"x"Crv]\yηrN|s'Ĩ/8u\,ʧwA=T4؈֐Omnܤhd&,l~s E?8>!r2,ͧ^.6R`	ć	6c?*Ase^cҞx2qC>dpѸ/Dbi­xUݔcax}=̓4Ó-˞U":Ugl.l[lV}U)>ElӜdhh+Qh07`3=a>FZXZtt[TnnY Ç5%,4q\[Cu$HȤ~G7o WK?)z:QSe^EpEcRL
8GhuQ/1X!H}*=IwfR\êSl"izڹ
d`"_Ei^m1ڼuG&QA>:c4w8Y<JR(CQE݆MXڀ3yRKx=(-C BZKLJn
	?x8TL݁}GBYɤ$y?ߪ",	g/N
{M'я>%zvIiJ֮}?4N!=яRJJ.Jg.9:[@	E!lͼN6kcI~]*9s#œM)[ڞz?(``pI~=ͭ1C}ӏ_ݚzj͜eCeD{^X^B*i@VDb+7*(w-+bcfjمBrwK,!uH0z
$Nݻ^7S+6.rL|ke0sN@pNÉW7rRI~Ne0ޠ`{3/T<}H݁a/(Hpau '.>}+FX/$8_|ߚoº]R>u[[HʥJR0B=zgWǽ+iQx?M͊j*s=W5GZLwu7<>ĢW,ƽmq#8M#]ǟq\|Xӿ#~ЂķFy7Ջ#m.xiGbߚ_M'Ww^d[	NiYI)^n°J4۠cQ>ГDnbÅTʋœҞsoo<˧YxCX^f54$w͐hqC#-$PHjEK8hm[nzݿb;QŎe}sO>ɱ`k@Kw˖=Ґ+eA{s)$7S6a?F-`ߌFVY%f{ݣhʱOFO~wʰ%ֆRoVwߓNI?ɠ47ٓm3,og98 O,HmkȤə$:mTEWEKz3jFt}-#_΅cb.wDYI^G'.G_(18v	Trnv/`	/XWϙ4Xy`/tvdf]uI>&ʻ5Xc5ՍE0)hkJ9Qs{1jB~_drt>1#&1J5IzՑ3w;{+':jݒNژUp.ʵb{M7[S41'*zɠ9jXֵhYj8iL&j\̔|c6NBΈ:43[1F/{x[kqղS>_g)È	2۶Da`iȤX%D&j7 4)̜`EZ#`yFtRնƈVd'"RDI[5n~X{pЁt[*!.ܩ\]{d0IB}D_R\;_ӹ;DI.WFbvN%X<+'θk;qi̳l?xסmƗT~\n$#@2~Dzk߈)QXf/ۓ¿0d3آ\~zGbys~ۥ3t҇~l#|6kaa([zW2YA.+RhYEUsba+͛.ͣBEˈdɖ	4ޯl=Zs<ͧ.2ѯ n~!=޹2Ss:"!>ܗȯU8[r۲ho?eXog)"g֋h1wZn8Wфp%6g\ kg+bQ-mD:b"Wptxy~Lq&-L[LxN<Ǥѿj8pX`{A3)*#!į08\7ʠM4u+ME^+|2ƒ<Q}
@f'!̯1N5k&ٯ̨FZ$e	Y_xq}-lf&&߉wĚ3p8yi<@o7~ʑh4wxލ1[EJ	׏RÕuI%zH87ZFW"j׺1(&Vџ K^RsǪMPTΕʖVy7]qMgNvݕ,Z]":q#fV]o߬ȼfcuO?.2JOߎAJ&?QMǾCq	.o-awݏzj"1@	f~2ʂ'JT3N\,:w(7E5]πSD,c230M=٣364+&DU/33ixiRϝbe3A\y;s~/a߆D{6f7ƞ	K2E#5Z]AЋgek:LnG 1|,pʞE-Ț$
=ć:W3Jk0CL
ңG4d} ~SePNL\.օOB]$gxTRӾƜwQ-eQ΍6x]aqzM`2FnS^F,*Uĸģn~c
ʂ}ϤO.,p.UۓE^Pا`@c#dY^ߚ4V.ܚd%HC=9ݕ*F<?3Ӷ~\?aY6\+^f.\31ݸϊv?_m>fC>HoÐT2mz'c?6c$	éGiFTnUD]C}L-_0f޳i	T'*}	NGc%ZN$$|$ӑˏPKMAW9lax7TfgǂB5-ٙj5+Js72P}l_[@ʯ-<ӎ;1^aeؑ !̬x/L؎<u>}?SB,WqIOJQKM3Dcvי&_ݑ=u#F),Jۓ"rϰ8Xؕ:V@V	I^a&eDhIϾ0$UkH.{!_XJNA*8ޯ)z8dNqP"`h3CWf-IZG?dȭI`?sA[JR4ޝDƥa-ʳZ sW&0/b[Hذh:ҲXΖӞʨf2h!f[/3m~Ixv%I!Lgvrj'(A=8"D2Ҽ	M=$Bi(dIo˩%ĽgoD֜MiJ'g<ؔޞY:ӉGb+"RX9;TÓ9>ڈ:V4̧E^[=xיѽDb7y$8I]eycsc$AӜ3Јr <ۡwcm t	b`ݤ3ȨȔ\&+e_>ElQ9:J)uȵ[2,!&' AVfTšP~Nun?N}"i-ƇhJX.4Sɪ]R`UAhגPx>|7"M.hּe>>HtTۧ e]3e1EZ*ߩEPYŠݮB*BƮ=c:8
Aj^ΤIP:8\@ʀN5ёխ69Anfӆcƅўȝ(Ӯ^K3eĒXvSDBNσfT	QQ֟I`5c-G2Rҩz)8t"vTa̻M{oGxgҌT+ k.#t9Yhˎ%ЋMn4ۅ"*3b|O6=H3Uԅ'UWhҿST[|R	`[T[ܚ4,fj̍`/)"<7<۫i*7!~<).)	DzGǚm=G)ymĶ-Sޝ{-_l3MSxu^cc2كa@Sߘ^Or62bOT 4t@͟1G/_a@,H;,Ƽ֕`ѡ-N@]-t9T3t{A|h<ןH)¤BoBd&[sĉi (ۏɖMHB/6ʦ{9بt&Neȏ<#\U3ÖqLT5P*HB7zwJ#Z0?W9Aʼ'DM,HiEfX,c,j:6;V-yH-\#8Ъ?D)؟{gΚEoj?hr91DqcP6pՔ0WЍ_Tդg'+poSMyŏaPR5|˽Tu%܌J4mc/t]|8m52,+6_@_aHǙAQ>D;fFxP>{6.3Z3}<Kh`ƶ&L9c/`Xz{
	qs}}Ot#bc~ϵ!*2PƢp\YePbG"?y6>M	okz `6r7e*|iݻ-og-ˀTq*+k|pj%fZmu<7nsRD-NQf{VkwMtc׹ϫrʂ$\q}G(CYxv>#8og'u Sݼ'.?wW>>R*1SyA'ܟn\
!%+H.t͗$kLoŚ9/5MehvdȔ>o~Cʥ| _=:!Ќx͟W}O~AO>3I,p0#5N~RGPM=P1
uQCJKz]=cCOA{j4+sC=RpU\W/ןʞtBgdOiѿYmRDkQ#ϜNľWLFscr!>a'feNixĞcl1L{U[@\<p@f"@@ЁNX)fʟJ\"ZۘU5xp'2Pǝn4}1`йic{to(Vs_2[Ж-L2ј͉P%
)b?o?VC"աĿ+TUc*0Jž![A҃NV:0ihEI*_,ϰ0Zا(xM_oǔ8&:icqX0Lmx7ϰRԏq=1I"Y:Lץ|zVkQ¯Հ? I$>B۴pj47Fp!bV<vȽޔMdʯs1r
.SۚZ+I/\94\єn_You\b7̑nT1/ewˀ<e34]{Tsޟ݃K"̳_Ir1ϝn"F6$ǳGkٛtː![DzMՎ?'7fL(ڥ3 dH
_k9OJ|^zFŕ`}+4FpǲX6*~uy@PehٍOo*[%nՉrM!>:u%K!J(wLL=:I(Qr:
ėv<xKxQ9ZCNS|W7µD94/&bBX4Pp
y5p^ܺ5Xu06ݯ,o\C&eM)k'0v7_iOGy5 ThH4>cv;sg]| }vFVR1`¾ ĊhHYnܗG#)Ȍ(df9ʩK+E&ѝ5Iq*ߩ5J͙"bщźâcǖ:gAہͰ_$I*p4}X\+24-0Zq0ӘTA
r1ͩa܂%CFV-ԐSJa]E#?͆J2{̓_ˑ܌~5_\bM~ŵ=
GhHDmãUFY$K&#Ֆ-""=[xʢuUu(̲ӜPդF$R*e_ұm_1sILb%
:ӡNpðX9ْwZ4BܭRvlb-_nMT$18}tyoy;sih)XLxF!>ZO`R49/K~}D@+2ħܕ]IU>)٦3L·2'R=Mߛj3YfbN!\A&h[H6W~%?OdFEPХ`Wn?q|/ˁժP/$X=ߣ2h'!W}1<{'aǞ2dԝ\l֨C57ǳ&9`ӳX{N28NnB:SF{OdR.TT λuC}6ˤ7yռ`Mg~>ȴQOd iAԤo;_7:r!)ɭ*a0K^eRv՚	&ºƾpʊn;2̓9 ^KH~ìB}U(`uYJ8S/5ʿFn7b#ӎ$QF,ӎgϭ{mVU
;jݙi/[]7/8_hƷ4'
CgA0K?3̬0`tBhH[/r>1JZ2b#x.:Ѡ]i*iK^$EΐlG$lXԦNߡB$ڬ`[5Դo(AW(ȯ/ukZj]U;0Εj)BORރ~JehRLhKkv<yug(2aO>tJROZ }P	CK\RARRV<	}8pاתGA+svFԟ6Ţ#pɐ%`x@7J6//)٬"HRk.Y>%Ít"xx8S[lLnQsy\[%l:sEx'lQRmgnEX&h@Ӟ/4N+,f+h8)aMɼͣ+qۄǰh5^4o5 #i+V\:4HjD?8Gk'Ou*Vl|X3M!8AzcKUӋցJۀq'Iu*kUNT),B0MCC0ޠ%DJiו͐Q xaɯ$5'k<PUz!imI?u"ۏ`9]uWt'pu^"}d !jQ#[&pgˎIVz[6)i*YsB} jmHiR50Sđ|XMSo?ϖSM6I7ˈ>~o2v/H]ڋՉٗ=SIK>f֦¥+k$Cĸ7GoϜpш:PV95؜0(#גұȏf	+EҒ@x`!qԻQҧSE}6lRpvFǣc,eE.ђ+6"c  u0̻9LlZ2k)iU|s̊kfs܋L)C	T|/h+QK@{fMXiaJ#',o9|!EoZi#(t<V:ܫ3O7ȣBȦV:٥w@M/aۜ-KY\<C t~,c[g$˺Zf`q~͞~wxͪ,IE{:ƾ30KʴĚozf{s_\
tP%fosf_
Ӄ\a_`0hYw2Hj\YS{3`܀Q@3#{)~(nYEmtc/GނOBʐIQ7ؓ/Q
Uۤ; brwn̕VLtC(2ǽ-P:(aUd?cf|UOk?őUF
TIvXpmS<'BQKM^x(\/r#p6ױtؗ8bf,>]wkŘ%V!_14i}QZTZ}Pҍ%M,LFJMhXE¸_n#iMdwϯrȥێ7a-tޠ)9q!"ˡSyjD;;QՁz/3)<
,;'FR)*˂K4$&[JLWNHQT^O _|)Cʏz
inҙƂvffm^3oi!mp=צ5whj
fuWZe'хbxLK3:PK0a>jZlݙAA3*׋VлUu'pաa?d-6#ΡbF<{qO	L|	7֖4pѿ,_M_t`;P_I΍HgYJV)pO2=Ysn	ؼFɕ۝<WIQ˰
$6>^n^؄Sn|$;4N՞6+'αۼxyǾF2,ݪKp=t&hU&%^xΧ7m6S/zإ1N`	 kxI(%BN}W)}'"K΅ֱhp,&VV~LMm5rH0l^1jXgE:F\,OP0vܘnцSbldoO֥A#ܐԁ^8Lzg	!"Z?$4qPy^mmsIZGԚKY۝ܙ&4JNޗdLɪo|IâbMIوM=,9݇r^wHހrOJ;6*`z-cîA˭r֩EWw'+	8J;3t6ϒJծh	AX/M;/c+"@j(WU9d{8QPՙ%K.ļo+_ْșޣp,@@xEz.RUqQ_Y,B#Zޓ(x#j(9DaZm8|F_RVwKݠy#a%LZD	5GJ+,<o[CZ!7h(Ǻ|XaC#Nleȓ}ܦvTԔHX˕Ẏg)$WqޒXnwH1U(9iW]%}Hd3_1s8Y+	#Ef
5F'!G1q'0:kbaYar+%e244g?=CP\rL[	mſZ+F2>Is1r̛V?\T<Cbѭ<nƜ.b^nɟݚDB4ӧ\U4I;"V|Fk_84k=GۣվޛAO5@@]!͌Ka!:wN-џ:m%3np?q_:*V&>ǋUɫ;A`q_u1"HlCWx0A@H%3ѓݩ
'(ӎ6Όjt+`*__i#a}jc]GEq1ڿȝ'`izʺo[ϭaO0r|ff8De.RoɳnBZW=]҇[U-|<S1o!Qgfu]SI:=fh
uHɰ`å߄NFھHjIFfʗzye%DYqn6x,
rlssh$zE
OKL)ZGjK3^}`Į&?5ܳYF֋ό֑[4~ia+Ú@cn}TIJI]E
'#"puiv^n#!w5Pu9yBTC&ׯU@*1=ٹØUHq+)B.mP"6wBpCþKw?
UKԢQ1k$n5φ,ƷBLVmFrMtW8Dl|4Ⱦ9HȬMh%7GT%OMIdDV16<1Q&`nWg7N6Nr?&/U]1nH-ma$Ȕ~>BɰQfU6
ȭ@o\X%+;IrIC
.fj}jb \}>ɲ-aSG~jHn­wBmlΈNMt_1m܌SGýݳ(a2Iy.י>iɑ&&׭656}`o+oeһUpRyI͹U|*͔w1S,}5OJ-o(e^LgSR_ An׋X	]I~*)s}-?|eՎ"8¦׸[+R؇tP{,eW8r~)_|mɕ{CPN	6݁qb|̆IëwFTf!^-1čZ1ϰ$1@vFUcۅ~SIԒÅPk?}CDNq-{>O/Q`34R؆_lƙj
c:X%A]\50w3lu)xIϯjNgn[EJ	n
OMu'+QWth:UAǖkRN-ujơyL܈$8(}1"?FdB`/J߰ۺ8vw4كJ5Ӗ4T<u{lYSE%le8%KCطKPIɇ5CG=gjT#Ϥj]cLTؒsʁt/ľ&+SeA&(0\p;?
ǔv>?@/׉)eق>`cJ:lؕ8i;r2hu}ppI"tƞ٥JWoNmDб<9@vmK(sA^	Ǡ@^cmFS0V`;99^J|F_QβvtGL!T-+Lثˁ	͵ܘk_b^b*4<4:.5.&Ou} ٣ \=ĆÙBѻel^s[}uIرTEMʙѺbȒ\UjRwؘ^W>?i7eq>~p.;E$KI(#R
 3\yH
kc1M,3T+PX*}¬@ףNQcXU{JxɟΡC,aYWiWKd]ĊVP wR<C75Z3̇Fy!t	b?S]fOp+sgl4[}4(^gTׇB^:fwCQ$+3ZMgUǠj)̒4"p;J֯iBoK1UsLmEֶgǢgM©,M*<n
, gg+-N'~s؞{o_2lDؔ+ۑwg܉DEcϿҢ7:ȮS=T	گ%	Elto=ésװi#UߞUërUurȦW~pib	343"$ն"fV-}qKIx{Ec]BOԍNȨ
Qݷ"Ewe^Bķ-Nǯ/6jh&aͣg|B(BBʮ:   ӑ״R'VW8NKukW=dvk~Y?X6z˚"ʽ	2nBάeanpWWC?L<+PkiلҔ<Aȗoġrpb#cџ3r/b2ܑ)F	6,k%eZJ'=x*_t5]})Xإ͑?	a6̡f%c̨JIg5,ݓ	r'J*.NaԽ8k9p]E[LhkI"QB6$ĚғT=6J.˷Íߦf`Ze8k*!U['֍[yNd;38ăWI3Γ?ą/ј_`vŒ8yYu>`eуmGUlZgI!}>,ѿ|oQ"(udMUlڍMr9"׹jH.a:
)W;?/YsեfWxW22Lُ ɮV
 ]BegJx8s~Et}aw}"0
ʰ_m
Űt Wxsz`pŲFbVMw9XSyΗ3GHx}Z(`ӊi2ٓUG޹m/E;-cJFN
pnB[[>E^#q&szUJOT_sb9u^Z]o17CsɞlBg
_\n%t&Y;UtMF.c^9l{u'dz"!>H(Xoj*ϓ0u\{ńW	NY^v{PtA4|XmƼENR	ÂV8_dK.@qzbL!Z/5{)jR>Ρ&e$4}$O;ԟnVuMOzIɧ'޵5iƈ>8Fٝ#WSwŌp	͠~@δyυC,\s#D˃m3 qS.BB׿`a
r^M-*@KϝҖvfS|jO`7s-V%ȄK<>ԡd΃tAM߳Ӟo_j)&-	jK-;^͢'aj^ɁشנΪI>UB	g?,#.xΙOexՔِ	ǰ˘8Xf	urRZM01ܾtw_t_BIބ65mNPH9O+]тO+1@ףO:G`nȈzĿCrƮTqhOԿJTRl\W((J|	C_FVq^ŐdޑWL"7q?)6	K<d<AOV]ܱ	އ̌mʵʾܔ[Tm"=(bhIJ&|7͇_b8.(WZ?`%-vqM%KBTǔ	5ع]UD$[?pXԨd(̧ڣ'}'4 iɢm8-s8^m'ЄGl0_߫]X׏6@׏-ɟS-3ow
ΝCW`.^fƫڸ0,f-8J/#|'Ѝ%s֔z2OyZyȏWLPV~c7Cs2.)%>0ED-2MiSU'OKUOD_Ɏ>'o-x
2f0da7:aTcJЃI-5xnחvMæ`~ĒUaH$ӺǮlF0)*KL:Z'*N=Pr+aGfVءA|i*#=Z,mO~/]̋UrDyQB?$^zɺ4,xќ#Sގɚ+&`
\Mo?Dyr[۟ѣxthfEՕ-C۷V:r[6r{yˠOP3SMփy@K-1ǈI7WϣyZxĪ[AqBԱcCĥQu}ʬ1Ќ2ݛE/@=,
OU¦ݓv"
wʆNZ/0Y?<ILwï}Ҭ]I\-ȲQ2bWiVoF+Ƣu8ϼp)	"u><hHRy-B"G=\H+c2Qfa%wr$JEϸ0
~sL<<f%;=?"9u-ثA[Jj	s<Q>+;GUQZTL~inq4*CIa7vcDS-n]xю>޴)'	8J#L"=.VM8I
	΅Yw"O9"&ƘvL"LJE7yLRׄՖMQ	/V[gժC+m+8܋F=%0rڮ^ʇY$XʎjJXn&/'_%ˍMn?*2$ؾX&׽pdեp=ɥhH¬"}:YhS>ٲy>lDu:_F1'2ۢz#[NOO0V|0u`]}Zp׋{5ό58D~[nGHq3awDxB҇e;ٽKUf[t\J*c"ӕ]=NVqxI4lbUrnsrk_\Ƞnӆl٤$quUK[0ڃTgc\ĉn`@h<zL`)N|xlQzk5v0S	c!.as@8]8Zjg)Ұ/s߂!:]WX&$WZӼew+T:SKmI-#!D;\Tp)5L^ϝb(ߦ7;и.!/.׌%e5a(b]Qg]SR}w<7g$fv!<ckNyB@@lmƖG+ӽɇ(b| 2Ief$âF1qm%{lD.1ju$5a=m_/b.ԌT4+Q@4L|+EZd,_'1}N͍cU4EȸYW/3E=iX_>/iPe̬q4mߞFz	~s&0ZcZS,wrxg)1:&9@؎}^$:ͩD¿"J«-	gkE2ԅA2J%%ߓcr#FluFRO+YM]E}Me5Lv2'2- 6ΎHBRy,9@Ԏ8%*RRsV16rzIT߼]
+_vGqǚ̲\SWܝ5p'+-ό8ҭj42C5(4q+u0Q.'֦!:ntσ3d
e{"95bD
0*F͘YGHa?o\iҔz1|=/˱3ozK;U fks=S?--+1!қRqa>e*x,/k+˝){$mϜ(wtjWPBdS|OvTr$!A\kd!bb;K5;8hG2̞j[Ź"Xkq.M&-}ٿRߓ<=\׾Nnye4Ӎ "ag
_>ɞkKHuLK\?W!Ā!Pp12qOӃhiu٭K~ z:%߬5Y/ߋ0IG:ҝ̶uP@8O3'.سc*5KzUhqyl
Odk{}eהϢ>U̘ΑGzݶ$;J"vhNŁ{ٳ%чVݐ]qNQʂ$g%DV,KI^J|s
u!
0ʟ2@*q~Tֈo"omBh'9{3e7FƱR&T֒;-v]U|NvKO>9Jќslk =L_@NeYmLQVJ;M
Laͼïak9Wլ60;)yxaO#¸SNF+^ބĆ3k'1@8H+Ⱦ

@]SDa `E~(P1)4ÿUdq,*.y~uA>bt5gދT(֤0y/tloYKݧ6,;vbDR83$ۺݽm_\߄
nqgIzY	t
l/:$ЈB@θF66[~%]YbbeOnN[ I_iyƦb!ɫ~,7ۅ> /o{9xC{I_cmY&܌,I\o5x`p"g} (KJ{.2FQ*m؃AG&:B{R/!p,V$p!ƑHkj99*~ױԊWrݟN1؊?{ͳG*JczwܩFq)7SSuѝ֭Tc&,ϫd#qHwgi~66:lSX85@ĆF͛8ݾ4ldo_O>:U0`GxLq(e%͢2'+?:ٜ*c41΃PÍǦ@HG
M'I2IUD\L$v'<D˔Yr.mrd&5c~B(ǤKLu٠%ڽ+Ur 7H1cޙ68ӽ˓H53fI|HֽF7f+7J"{Rr:>lѰAY8c,{]7M \B9x1K
{۷:j x9=,E.H5=\hO2RCN*g%46;"¬NݕUީ1lt/,r>|v
wαm~dLEX`˰p>Q:7΅`ZU}ݏ3]!ogjɗ#uZQ^ԩϓ$pK ߢqt=fCe5 CJQh}8YژF.?zoWuݲxQ
#19YaŊFjLJ^fg,Ȋ:xk1OYXmغ_rWBd%XD{Vg:C՗ʓPܑi،;ȾO2B@*V~}+žorLCLq2P![{}&EJC\mǠw70ԠKE=^w>B 2Wb	ٰ#ݐVa}t6t#-ȼE+s޽Sǎ{MMPjs<(}5ȥ3fTAYs1(?A3ˠrPOǃ?g&dTI0Ùlar3-1vKdτ'0vQEn"<>Ǎ,`[SvwssSbЌÎ22bX'1G1?ҹDr<y$OE7å(
#6r+]Щ]lbǉCSڿ*p"@$J4@D}8fE#P(a֭&$֐*67oT'č|#-ODLsΕҦlc:f֠9;Lq}@4q{1IIJ9-!Zh-pg)W:_BYG:F:wq9ޯCں-пһ(3kȽX):
5?[h+LݳHkEDpqPg/yo!+I=t.i1`:'yHY%\u)gU>p֍Se7$ܻڔ!r;֭tWscuEAץwLʒ{(3}/x^}yUoU;lJѼ3Fbq|ϢszoxDj]ԿqDӿ~MHǔjڂT;SƧ#[ٍ$=³<v</VP
RƦײ]z3	?09}P?KjewpFZ~خد*>ȟc3_?ՆaSq&c7po~l5[b֙SQr,h3-{41/-љ}"ӭ'Pynɐ>Ic8Ϯڳ
hmGQi/l"ѨxF1*ʂP&ȹ5ϑbfk)|8,K/v<0,,bIȱN2{!0WhդWH&[<4I+io7ڙ8KjH!MR/av$	7ܐ[J4Zr3Ղv{|`4RVΊ`tV8NI(VNb2Vs@IW1s5μw	ݖu</)9\މ-_ZX}˳Njh+Faj<._ѫ*FzO:/hE~֒qJS	XV0o >--rR~N×	uZyP:Cޤjqd{DmYʵQ߁Q`e؁>Eؽ%A?߈fdǦnS{!֧"G6jbg$=׋ԽGnءZo8^xGlhhy' ؍Ͷ/yaɔο\byjOr|mnIͺAԺ-Л<!wpS4iӖ"OP]-:NH CSkkN,~	&ϣ v<?AFa[G[b~B5)/GЂyAWc,*#|y1T!؂"olxeT)a)F'oVhXǫګXD߫Т\sPT0g{!?otHׯ6esT˸ߪkBXI&8$]nt~҄#?.+AE5?dMg%ipBobYv12H3ue_6b XDf4.QV~΃G1Ka_Z `jƴ#mߛ|Jw`K7pOҠ8OR;|xYF]	޽suqk},'٫R<PDJʜ`ģT3%SgDhV}0DūġAX]D.BSdfSɰLނOl_lEQ(KΣўKj=,@?EvZ,^H`YBȰF~k1Ct[ruFv81޿<N2wyQg`qϷFqNԀGR.4Bky<Sا}ZjEs??U5cCnNo{_jѤBӤOT[.q[5J^i`4~Lia?/ٵșE>׫Ր+7PL}X29Eѱ+8xܜЪ3NČ4xW^sXdA-uֳ[2TzbWez[oI)l	>UUpKnU95?p$F]=w͜u0ZJzxP^UgN̝0s#tˊ5Π(Z[ЪXcrAʰ;&kN9q.*OaOr!`nH9GCWqHiΆ.43iDJK^aNCuh!H{ٞl5V{A˗u;52;IL74͔W.Φ_GhGU8F׷T4T{`j0*Sl,#lBa0	`	;3`נD	qi8V'zFѼ[AZ8HϙH(3G{pdY;0|#.rhD4MΧjQI1<
?wVp֟L؇iɱJAZtYk-VUӐ܇ӥ[QU0ʁ(k6: LPhbAq(G?'Z@HY6sx]2Am3<p>k
%dlƘ6|c^-ɒDnX`];R2o%߳9}͕!F|ϊJO
!ռԯOY28 1rN)9J i3V v̽q+bVÏq:V +0\OOǧ8nq0ɪ1=Z5Sُo2EhޞwaSxA~$)D">~U ץ*:P*c7E#~UE!L'?$eȳjYFvL.0Fid<:?sTxvB	z:ܮǰ4u6[՝k!_G' N]LˬxaX_7]=tsƘ~#m	9H4@X?s΃Z9|e'E}v8ۏl~dlXJOke\ŒDюψ7Fdft	1WiNkJLGV^MCO`g`*?IoN)fU@C@ltƕƉNAd!Lb9orP$-ܮ9ǻ>ڠ8z-avTCrmu_Zt\V;x?O6(ʥP=ӳk[u U.գXҨšߗSďƂA7*nɋp̍hцbd2'ʘQN{h%tXy2j;bM9X'HEb\;yit/SylL3	dʅnTч/b*O/Ta0X}()քGV9֗dlI@Z/fqۊEE|wGzȉ[)O	MjQӗ0@â)޾`<Ew6nK5ޓ~Yҧ͚ܿD9~,E1LrNd0[`75e<Vč(*t#9\u.Ao>h
h)ο5m[qn-ۡX=}+{)dȜ`Μ>wU29*Tu΅rcx{]RKX:#,"q=r1?
%K*,[S?ڙkff̙t
w_|AѠ8ڊw0V7+7Skr}~k!NrMBXC-A"	KԺeBـΗ}|OCX>LԱJͽԋHSqHի&",޿ K}KںCtlyuN
;tgpަ'aÚ\J!޲PM/G^c(!Rb>4o>?|S?;z@q®+UǯmX@j)^ֵ#wÊ<	%3sU&x"1mߊh|[Xz4]Iy5BErێ6hgu5(hÐq>*0VRP0،F&ܝu^H$5)|1`gerV_Yʈ!Е|l@bRle	ݭCsW^&};Gߑ^l^g:k#DHOEs;oqK;oGm2^@yez/ưUus=ZuG^ywˮ
vŻenWz7ʨKƴۘt]R]+|3V;.M'VDz#Bi>ǡCk>|W.v-	A#ӖT	j}ee^`(XpLƼ{{1w2Da-U5b0n>V҃!z ,#>gDv]ԅRT*ΧCVBЭ[J1(wDq=|T܂Xwڭ0.o1EL!8CF0Bhٹz|R%".PͱKD[ݷ=vlJgɣJt>TF69sI/?TڃRa[+]w}:H93ى.laֿSX֜"V'4oKˤɤ	-4#Na6&lNb[ݙK%#8p8bRz^'2jxʄ̐`AI(.dwp*=83\VwiQݎo&&#91(+UP9BjC_|qLμ(]'6H$׈2'Cԁ~nT_\o+}١ 
ؙP]u95,5Hd~ن_ȁߝu}pH7Y޷pu{ڳ2F]sF̆'ܼEL0TP?f߸Nc	!m9-U/dx~y|::-fjͅOѱUlS5ޞ_˝NcI0,Nst%6HpRHԫ1>֞?qdݞ&<&UZq-F+?^>w*ȡssioIӐHq<
~0;1CkT0B͜+9ĖY+bgSئNs)A	{
JZh&RRdΊK]O#:J	ʥ(#zt=H}G
Iw^Ll+)Aw_՗Ohh7w{?:(tObNuo+Caٲ6s1ջ$ڭ$QVɹO\rI2<e+1D/vg(VVD&|qQΩ|dGݓ# v1W`PV.-ϫn7@T}.(sS.!Qmш9Nc"1ߚY7ߌZ.h]-5DKQ?
w"/˾F:)Xi-+3Aؕe@_rL\)':d@!V5n&28Ô'20}#nEF<oR6e	۞*
0wr !Z'&/7[f~96/A]8}g=<&ġ(
%Ȁ
EBbRDb"e֤8A(ۧ}IќsmAn>w!~0Xi*#!s7{L^;nP(ϤBϢ ;HCɀ$g_Rx?s&7u
6{+ĺSwI1pKCLӓnl2mBpPX!.|''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25216)))
