import brotli
n=a=0;b=1
for c in r'''̘.g=Nc_#u	#g"<L!K͉wʫv۝&c^@3{/-L\n>}^yP`J@R}]:0ytΕ@ȵ)4XwWRUΣB0[M6[IGLm*Ct~QhB[.p@eqNl9=$\b+nY]и:-c+DuZJ=Q$520xnwX9Ƶ?T]7[A\?R&V]\@ЂY҄pQ"ۧw63nmHgֺ|oF$[lE=ZC7/5B=ʘ2)QiRJ!6_B ʻʱ~NSpR^ܾk	Z6ܘq8e5!DػZma#Kcx6MgEiasɠ[Orav׊HLgjCБ%H*=~8p<.fE؉ժQ8A^C<a	ȉF
TZ_g(JҺ"zw?bjGhЕ4ۼBKS&*Q4[i^ߵψ֒1wkPjyH}vϭKۤ	ekYؗҿc}uo@m&zyӌa,/MWУ&sЯ0lIŠjr<=Ϥݾ]wJsH%GVZo}\d]ҵ;cZi6Pa9wHGЮ0qa|likkԋ<	,7"Z1kfU
97O;KT*:_s#4(	
 "6KlgNcʵ}Nsk9peX&.!A0A
c#_ڥ6Ҥ.LL*HĀ.ĕeRM%b0%MJ6nLX]quK7˟rk"`T'fG(x0٭",܉s*LMW,jlF0|Z0bEe>ͷ[9y_	*p7k44
yBY'	5ێ]45nu,sU5$OPs2D}(GJ1s>ZԹ-B}"7G#4}#~7/]
0ج',[߼ĀcPsYY:uwFN)O}u2HמAczTF7U)cxEw:m2tR5m">f&h;ٜ&xr110_i*Wrَmə`*Ǚ<2є;7%Me`E:fKؒ\c;|Ov߸>GV|D*ĺbcs&fS{"A1cΈJU%'9G&y&/oyR2aφx]#|xǼQRV{)ڂ*Ci((xPŲ`f6J!#ȽeRPBΰe*ū-	ۇ$\9ߗl}D#wp\gܺ[. UV]vb=܉@RuT0ˤ2~[`vt6K@,vkvVzce$ƍaj
yL31I߫oRƝpʎTDKUYrYsRshǼ_Я?|Г]k!xLi2/1_ báRy179eb!93l~6
60lCŬN!.x{bUc2[(~0pEֆ9WJ<senԫ#9jd6'HYˍZvPļoۘ$aoDn<LRuPԂ{eݘėwLy$V_Nl؍;7BF@jĲ%d<6QoC`4PPpj0KTLZ#Ư8oY{͋yQZJ7%ۑK<U+=qq3u0fd<ԞXx,7<4ز;|5{J,{<Sпeb?JѸ;l(iYoS_ҋعDRi	&`.!&8{"	:Diߍ\IȰ?!ͽ׿+ۄݯJØ/Y]nm-f0A
Mջ]Ǥ?8tS,,c.G¤#˅IɽԷa{aIsPͪ6c;poO|WSݧ|.?y9!@5şPOaY[ <+ֲ&]|Yڲh[aKbɋM,|Gۇl
B0-]iRn9D%WrOK8'iuLDQ2ţo=\zK:lĔ[)BLh,O/;CUlPDT}*u<E0-zVa#0>yٙ/03aQL37ߌqAt2M0!]́1ҙcQ̐ˊͣGGΓKFݙt)ׁKǏo,a&M4X:ߺ@Bu=t"׽G4%66xҸ}+ήϞ/ǹ&kk6­nFCxj+f/n.H1
EgqαͱmTF*ό[1'=W:L_ʮ6}&Hwt*2^VAhݾONlOˎ1iλq)s?4λmgݸ@lbԝi+\DʳęšV)=i%?ḳFIԵ)ծd=,(;'$PfK	~JILGHj}$2<"3kk(˪!,]>.$Pl)
nЙz;"a|yU$]xMd?
xLVoeҡ]0?īb˒иĐ^x,ԨT"vFdڽcie([!+@$MT(oZTTwnToCNu	M˃ج?`_ےOAxuϨ^Y/9\"?/8#|osɑ߯Jρ"4?	H 7FArWtW$vB0%#FF8țˁBHԜ-Agߦ-J߉+i5
~iδCp^lRɴN!P߰ӱƾUwRN5mVZi.v@$W]%2bq0@	uHޔ(!]6r8	ױUgku4bx.`vkcT&AE_:KΖNǅ13ɎygkGd԰9J&яcQ,UВ>DeZiD˃EPUƸOSPӋK5|FPDjdJa?ِߐh>ƄpHܫnԻOIJgגnõ#ř!|\}.5OkvQhĞc'f}R>H߁Wۿʌca1tV|,%3fp~:CɟkՎjn0q\yBmg&]qwH~r^iכQ@IT{N՘^TqǼwg͹oAĈpre&1tTHvȪ[bbӁ
We*GGKx0A4'J,9*K[Wa;%nB{Z=P0>Vpk7avys`O-[6?y)<ư:ǭ"?dB)|[;<-[oAn>98o}&EuI5,ڵ'#ښA<oIi9q2,snد.f,Ռ
9ӓi.5]?b8%);ȬS:υi_ESArʳ1$fF/9XWpEPbSҵǁ],^[IFg'`a^ݓTișƿ*k$rXoKrJ=5Ě0L
Ǉߞ1jAؼf/ZwRx`uUDH72uq<3Zʵc1e$ʋՕEdj?Q	^*y0uȶ}Ʉ#Yies<Ny\ޙŮ	)س".;ި2U(̨$(M?S?;@ɶ$-9ݼrx Qϖ:5ɮńhV4<	_F(W'p(NTSgĚEr<_iD0@·>2d-oiלA!j˗BcU?ԇ1
SG;a8'
/]*mɨ[Ɩ؁6wΨܱ}9@f^9~(ă7B;ƹgmxy$CesgRM&<-P0'Jc1=i]pIS2+ۜscywNuptE"ft;i̘'ypZ؛ͣm
CKŇՄHq44O΍\MC̞0϶6v?CƸ#\mp(CzJA=ɋ9A~1FVlWk1tQ3zkapxHDE0]n`'l8i6SΚz:lΠ$x$M;]T?\RGEc}$'۝L;'t:$]$aߟ΂Qĥ0p#0m9^xc,nEܑe֑&W ʃn54#CAk?];#162-'ٽPӆaf߿nGͪ"DɘAu/ho׍(EYkCu$l|ZCSv`tn*^uoFPAmV*8[Sgʄ~a@}tמCn7|pueg4, dɉg=m9FD$Ӑܕi98bɓxӺwF2jmp{ԕ̢D~}Z<BdUt5z~C7|AرHl"x3y%*G=mӾ?ʾm~ΈWu	t 	ܵ9$C̏wAӢuܒsDt|3C/q
@:#%$5[ڻB%whbq|[H@[V'8֙jYuywQ V@k/̥ Xb4)eMѶ.3oА'

Ɉ^QzBzڗvjz4UN?>XsiǬ˯C3M«r҄80	hb|ީd[n'f`B"%c=yUMD'9}cPhchJs ҤJkYۭ*.Rp[،E>M8gʘ~&%sĮ<H^rf0i,hkz"F{F7O}y}J>l1Ma@ӛ?Guk~Sӵ0N{$j8Q@T:|X;GP^7>]tk~Ҫ.+XuO2es[jS,~4_8)I}d|">"9ȩA:|)0R?S4ptp~nzۜM)P!%*	k9u~xW2'WԺ͖-=
[NFؐN%Wa#)8}_"lui6.Ol>[rxTRSCXbZ:?f4b3txG8Ik%5M830}ΫjDpJ>a$YKa
OՈ*ǫlR-ݻiȃAI!Rg{xLĜ%<L.gwʶ=?l3jpi
0PP!jP DM0
Rǡ\JM~U9)ս_m9z.oS|xaЖ8\jװكO?س*91-e_sԦ (BAW;O9k`vBbل.VIOa8^&bET^iy;XpZD.Q{FBvď4GtַT`3AEF,vf:HJR
DMhuU؏T0.CV'0Q+^vVFpX:L(brW+^#<Nk_;nf7̧/oDX6Ztř<qmԼn*X\X]'!Ϗ-K`J=O(\VO=uVɇuMb`qnC9$grP5g1Wh8ý&c):ya_#7L?~U>n;>rtYz>h4P@~lMqv?14W6m.0kiM !wxZ(Vv	iһ#fCĖLƑ/؃FXy"zQ-;6JL/ǥ'0Re@ڙTFE5Ez`<kYX\a 4ΰ)Ug-f[!fγt wiԸvv9ՈP:Zg:E_Bϭ:&MxիhK)FgFeBbMyPmڢ!yɁXQ,5Уxbh	C&l>I{& J؊"PF<eM 3_n~f"Rٵio<o%Uu1SV/75q	3 Iq0.#Y[y4A 5(=y6 iBTQX."ȫJTnl.Tdn
+ųJF%FTHw"@ׇL	ݩw1
/Ir ݓܸg<bSxźl"#[aߌ}ZkPg{(!܀(;~	sJms2SgIʑtM t˱qPUʂnqmc-ò	dڂl!8|/u_
A>rQ0[Jp'Tt[6gYC9kiu01UM}|ظZ(݄rIMEi(l	fBB8հAURfȮۿ	Εm9K=^.ytxB8@Y
ǥg{#_Y6ӡ::=di|wq6.">uj^hH{f7ǉtHzta.$8,}wwɔYT5cAxpO.Hx˄AtK]wHOd1].!92D4IAY510HiŽQVw--Ԣ>F: hs^tCsT`9h̫@>ؠ=3?pd<.uP}Xc4oQə%jwLRJZ@Zs]ܵ{ Ɣ@3aΤc,ӎ'zE_a>ɸ͋W$N@}B+x̚6?V-#Z=jť4Bm*%_8`rSvQʝboCI_(4VLwT [hblIp!/OMhF֏g*qgyATCuŸfP?SUO*n9X,(Ϋ*z@Xtt7n%ɇ@@ǽTZ'ɇـqNqNnٚf[@o`vJ6Pu;W*)os|h9z[v@&lJ;-
s}]Y#gï\l#J6IbBYAG67Ca(տqv*
9hZ?5exRɲڟb$Ͼ$.ø׉'s]N#,֋ңx=iYayy@E0DVݿ%8C҅ly`b1Ͱ02E
jX3ć%u/ZI*tcRixp>{Üލn}'W,{gOoEn¼*Dg	Ic\";at{g
UgnZJZSK-+\+$`1O;7-ٜV\CutR<odd{^ʔϯğC/:xK\A|* s.wXM:au?#RVoGXU%Hʎ Y!Aq5o!	Va-b	#$YwG0ϯX{=y|jk7@sOOTOtҼhyvZm՘Ӂ-2Pә!\#tA<'Q`xZؿ%M+ٵJ?g~@DċLه2{DĀH*Rz=.E1I[q:4GhS_bNOe_wB$rA*i]s%<j:Tg`vƉ
Y*B_NÝuo),Q^eJǂ4ei8͸,=D+S1-ʓpXPĐ=aδ84MpBlav8*Ă|1o:'Ч]\P[Sjs2a\ǅ֫15Azڶ*,x>Nr]~<!MLJY^%]byxENtāq{?N;s^iðhJKrU/g^>y$mSoDVGZyÿš®ٜ	ӳt˶kP2@m+b;{eϑ^mM{iG=ūWuUNڝ`OCVFzRj$y)it5af8"ޢ$2R>;:7'<&fZ:c5c0I|Xl0Ѻ	Hٮǽye֑̝eeAX]:xC<NJn#.rpɶ9HJR˜4Q2ÃNDJ
d}{tQ=C-z_pTIڻgmFӮJBZ)3]8Q+kI4RW/<Ah9Q J0P*|BS;Jnr5%u$PvޟQmOCߖc=Ӈ:įx݌K p{FIS*r7/XhRZً͌Vg .بp7(QdTgԔ.ӪS=Ѳ ̓n|l#lvٽ|?1rY8.}:r<IAZ?G?7a. *kcʗċve.COܮt\wau3LsA"'wSf'ZD_zӅ R;2ۢs}Kxg:E*CFΤKɯ*8i<9vTZƌkrYX~P4Ԇ!LkG PD	ޒ|5~fe0M'ҘYN2{13?~miޒ˥պV֠(>CБ6_)mxDz9VyF[9,(l~ׯX]oʅAqjzоݽ(֡WGOT
yͳkaϏ(Ƨb)8>!/ٚF]DK9S5!,.bȵ#&f́x=fޑ	9&RfnCN=htڞSUIAϻy-^<;p'0=͎|DCByưRJ`J,z9Z}ߝFl4MdRĹd$r'Xxo2\6sٞM:_!`ݽɀtH\4i:B^Vqўՠ6ʄԑb˾ӒWToӵ,[|O.bw_}vJͅq/3|(ܮB7ğX~e3$[%ϝc:ȶ{%'^%PU.{>IgksͭNWI=[Zr4N9VĨ8ȅ%Ix<o>aOyYz2xc5*)3?1R.|s2.rչFEaYOd!a^^__ޕl4%-+?\7<zWLf3JEH \-_i	f^P͝B^6pf>( 6k	+ص%O_eum>*aanQxd-/	6Ӣ9G	֍оԻf0Yef/0@˿¥־eHzaA y-ŹQ})lv̼Bbt./xW_ָ/2 {۽D!JN=Yjlk9HvOJm2QKߨْ?hbҠnݐk5Ƀ	KT@x	yVϝd!ixRl$'7|ޝ
4u)0ϗ)',}e67B[	,k2m,=PLEmMEׇ
лv0HH:q4>-lKŬe*4eX(NW}(](z;Htڈ>ǘvDWPۊrO76OovI(ܮ9e_9˯Ifdhvô`ط&'Հe.jGշ0c[\zhֿkQsM4z7H/O)m9ѺŤZM:KYÜA]n`Ӷfs/NnS|ݘrJkML KӛWVhqXj֓0je,m3N^G}vr1ؿ!Ԉ%Ӛ"]xM7ԱX9^dmӷδ]ȒO&tL}X"xߐd6|*\%v\4b4/Y%GQϣ4]lnMtҸ5
=2,@O
Ҥٶ5ބ؈pI)4ѹV^5
N8z%ձye	͓j+)>	3	W?]~VN20%]3@׮pXt<|QWP ނ<m,=0HL]/C!"~Uavn!S=|n_*1F"Eڿ_(#mY(Z,x&ߠ\z=7̈T-&܃!Pk6i
OXb|0>!m3;	ϳlBnɓ\5'ǧ]ݮ`qÑE6ʲvaRiHϦ~f#˓j6_<K}	]fēxǘ
AN{riN3GӠ1%HB"fp޿h)ιȿ_In?7.3ԙǦ{lD?yЂ~B~tǣZnh}k!<Tnڀd{~¿339v׼{"]ikѽ!?FlAyMlu|}2CX]~Gumt)xU6iWiiֳeeuȗDQ[:y#p.ɑo_4$>F^A̪_ ϡ\]˥}6igx`V,Kbjݳmd,W\Zۄס0acgvt5{u!ݐyfHί^-z+sa7<Olu#L(a;xO5D;@@TU]`Om	҄+uS7:$ƻ@ß261!Z	&ˀ3J'O`kfD+~ksiCcdazEҘgETŧ
\H{̠ͦ[hQ~mɱc*V~Jj~#Ӣۓ;JG$#[WӊO'mpz!`4|(oC٬ħhes"3ER!J܌ ۠ĺ5ДMGUbr+.b`М@Z;$ӝF{VH4ۺ^jSL͊nӨ$Y{RT"tٽ/MDbH;ћqϼ#IYWtlEjN-rh̞۠~8f<>JףRÒ\1"rEPA-x??1 	L{Glvx<ogEAT`_VCՃ0h6UB~4,|I=͉5pIڶ _F:МRT{`e6)n+	zPLܱŜ0aa'k.j^ΦԈND?|SPh%=s\K8kFfI9Ls3Xv3OS	fi*)K	6Ԡ@]A#)1ݼ7a!ϬtѠLdk߱4Aa8&ac$$٢WL&[3};2ى-aZn9zSmM~
#2;Đ2pdN(qJOدzyA8dc1Jܚ0	==&OydƟ@]H9Ѳ;՘B_&lv2RbWxQـ"TqsU[*ӆAFij0la7r5rͷtt8Gkm^qim8QٛF3/ĕqҵфO0@UX!'T"NC?Mñ)^3JP82ĂF/Q?C+E`͗/V ǭc!wʗMԱp1/D	"|gx`;Й[z rUۄG3Sk|[Vo	Cǜ݃H\=HG҄ʱ·VtlTK6J(lsر:7KIZ6F# |Uԫ CR߈ҧB]U\D&dx.5nP4Hf5sؤ_#R+	ۚUIic2')|д4ɲy@O~4l}"{|"u5}X#AS~ˍ!if7f5:z0?u$Ѳwta_9H{f :߬rc9op%d<CmX ~c7ɒekēyv4g`m>׻?JŎ|cg&Wz8hoHz݃O(3O{ڈ;"}ތlZ)ƀXqXaui1YP`t%Is:vG3UdZUFɷwP6_$m-گؑpQk)(#Ү+Wv	0dߘ6o5ױ_֖vFnhK)-ClKPfRUͦ][F\O8A:>&<3g2~OZ8l;~W2n)dO/	yG1A_/"g)\re~t@0VocʏγWJ_UʵhɝO
t_Ǝn<(ѩTɨy3d6i;f˴@
kOgPS2mBT-_=3'L'A">MѻkGƚ ǫ܎Ry4 bX˚(fR9}j{J/MUH3R׻vlA7ަ#b*ս?̷HiOIzɣAr!UUǵVPq>XEÝ0jcƎx|!˓y̐%ι\*9VzkfܽbbHt3<»*#nnѷYvgޯ"g
&Tه1~mdו";z^dS4HՋid2-xlN,Ϟ*/Y.Y+Vȕ7dCqYȎRy
t%O-aAR&,ي0ӓ>Af2hl=f@6&IGU߱K'Μ:-PoOOg4P[mfXēܜL eP@ۍ׃9c	x.P% -XEv%GʦeΣӶE[|Go,8Û\8z(55i<ǥ*4+wb٤ܘТqa|Ι#٧$Ь]&dI5E1p:cKD>vbٌ.?I԰MݔݤQE+T#GMA"K~jU_\@)X	m"pcju1?>~2J)0x*ZW$}م{p";ضcѾR UWM#.2rȬxCwM{TR#h\F"˝eV1=yZZxʪe
ȁ&MŔ,Cs;T>{u~nOې$CRϴr-G4-9,YgfSPZbȶ3պ`ȍY@zYKnIyIbD-EV7t`	Qc,xLʍî3ދ؟Ҋ4<1&h>t:=c[٤(7=Tw6ٙ7Suړ̸a~-<v4{6ؐHޜjYzM"Uɳڀ8coHHE!}˥BL/Wh>;ԡ@bk/6A1-`|)c	470 7PƆsFJ
~n4;'r=VF;]
/si_}7?70:3C٢'L@Ƭcă̖RpaC1lP|/ot	q7Ƞߣԯ]l
30Mh-H84w8Bo3vQZqdBw*zf+JmtkOX^ŷ_|UA_*cx5mq+'26DL,wUA:KiOZj
ڱ:y͉YX]y}NIwM&ېP-:[N]]ڊ{Rv6!-O9xkb<r5|]ɬ2TLPp5w^7*kʔLeϺcΠ'&D)jEdQܼȺUXh^fE ù~o1á4ץTռ<7pѫM%Ϩ}ҒKS1t4M5͋<P!;+[.{%^]^Ԇۼ!/2@K6Eh6O4ټ|7%oh*^\Mq!(9Iug#xËsX+բ$lbY<߽vw
qe˲/dG#݈!hEE\"-m7Hp?I){њzX>V0rC8vѪʶx('A0r8nOt%lu3=Z]CkM5wؽ˹g?|V}"7pRdj4"V@nMAt3tw׭Zx\+x	iu]ZD$dH͵@s+pI#Sj9z4P(+3(/h54E\/޸5#ۥ$/=EQwC(FM6Ϧr/]'91bܡ%6,18͟Z#1r͢޿}0sId_Qx҆&B8$q6"9׿Ȧ5ggJ7o&s!HƑ#"7'|EXK.R*Hn?k2W\DͤP8|$jT6 Þİ*>-8PV0ѫ-#[0VѬ9jոn9˟LW<@o`R4m.Fi$e,$1תukԉQWwW`yŶRn~y&1+ȥq`HI2E;GsLO15ï`bJMd.$?7Yl>t-p8̙a7Q\=Xέ<UNywUC.	gTl}H9Q^\7ه0.{l4S9z9$ATҀl3|@Æ:@YNٳxA5(Ձy"ځїԖouao:E}HXl0\%z.bڪrW;ǼvM3yʒD#zSبA-	͟ߑ -}(@[kdÞ
Csy5 R.W԰GԚ5Ðݴ1\7έW<U<^JѠtu.޴ym>QY.۳2&k	MeU5"k$o.vO?yru_hBn;^/ڴi֐|!SR/7YT g4@m[&t{xlGQ+,K4/X++MFL7̐Fma.Ni3RklӳUrQhp`ʀOe95Ҿ7ܛp:81Gj[06|
Ԡ8oNΫ.Usϯ
&NNPpښ1X2īqSW#_v6{)`p53Sh\8ƏjxƮ1J>"܈|0Bb_¿ijj&P&XͲɵž(Y2~T=ѣ5LU3ى1ˀwsis%Ő}(fqNS̄,7v1q^S¢jD=cKfeKs	kpE׆@(f3AҔX7HicGQɇ՛U	i0Ҷd%1}/v0*!7[oCY:6]Q5qŽĬr
sH=)|+bx֬SU>mް"!prC5]j8v20Ցc.0Ä~llNwH3={I#1rV3:ЉR0ӣуN	sOW>NQ)8i;@\;k'^PGǹ<!$,:;_}omE!Yyhb
7&@T;+{dbβA/dY%o`.`!ΊIQyˤvv~1=\W̴9F"%Lk#OʢZWJ^k'7W"Ȕqv/E߈^{U@+/+{WAYĮ76ŉg^I
JKRfmgS+Ѳ_O'Y/Q(11-3c<z2|@ 3v^eoIՏ؎yڽV43שu
ӲqoSlf'%zi4_;r+(.ĺ&"]ķ@qrۓ'?"۴BOi0M{$̝=ʊBTӂ;4`i04l@Iqm%.6Fƴ\L8qK&@r=6#@Y?	H L5+inx!/=9gxĎ;Sop @'%a5g)QJyMs#\RԾǄJþh".zX<ޢ9>Kh$l:ukʤUrTzN,%ːz%̝ͪk	$rfbxQp>-ƥ-`jӭzrEa>3OխM\u\[5tNbCoA<9~Ǫj{Lܠ3W\e2f@|# ݷ#>܁Wו$>H9ִ2-[,ZHpͺ͸c҈8=Q+g+O$H99qGӀx;U702zI@ѓww]'?
+LhƤ$ք:PvE(֌8!O~>e<BRۦ߲,ŁĕCSOBOPӄcB3Eγn<Tσ wMڤ<ׇX$$Y}%ڦm!KϦ8!iC1ވeæݴ4'G;mbtDJC3QqICJx`Rlސ	P<Oզ2y 'gYh97,9;4FnexD\iK=A$0VG4A<9#/*΃l<@^9ZU܉pLg}{x!9ߘ/zR5]9IyhWmۆ wqYlzkGvߖ?:@i|2Wq!ߋ@>+=bgpC%gٵܜK^xrg̽՘ſZE}
>Zuǈ}0fqXwCZ2E50!"V˚QBeQKyx"&/Eհ)/x=RR5Vp|x
#Z@J3lجF	ߓkkб4?5ȅ/QV߀Z1pr?ܝ~דf}K\	wۡ\ת;dwF[ۢYupzF5`șz&'-ԧ˴
yĸ^fQ
e9
]\M´@zZ(I_Xkq;̘hK&Y[CHshjBVM4n@LZeYq]< Wz	0D	ZR׼3eJ!5b_$L'-{%.an^[ʍ*JD&yϚ:dku]єȺt:MҢDɥ_pqj0Wa[3"cN}nL#:.=:MȖ׬ʺ$"&Xُٹǿc[a#e{ˋjˈ;ɴ=]ѣ=)t&kZ_NAAW5s	c4DTF2(J{(=/"Q_"ǟ߃s1z	F\ 4{'#NOϕeC&1Č-ܮCe7b+p͢KhXD%<"v)$!oݺUH=A2r==\,Q,|+D$UwFSrMq!9'#Q\Ϩ̲,_Z?~2&B}RÕ3,_|BҘN|-	Fbmˈ*1d]wޙ6ET<]lEq<:(aeo$7ȯ^nӰ{y4߱@MV߸Y'}y1h2MڽѠɹZ>KB'rZvƤ=
>}Nzs]r<ޖ[lųa,sW<,9Se/űb]syZV]OW# n^5LV|w9aM2YQ{n2!R/2Vhl/PNVOܪ@C62ՄHa6Z׏4Z\Ȍ&7˔ZHx~ҦzтW*֠5	hKb1%E{4C`ė\G}دL'oVʊKHB0ӲzBuW}K~Tҥ'^<{1`^Z #7C{'w&%2vtw|̉0P&0#B^.b-Ā؝.ҳvEf\Å11hCZBJBD^|$tkjo!DdXVlv4#U C]Ԡ+pgM;YUFOebJm] gРY*`3PAayPWה W5K8-Ws\MI?4
g^6g"Mc͘ۮ%oWkXͥ7X2IZlXĨg,Ri9vvXӾӁ?='7 ?X	yэjjIQ64#I6~ԡUmGSՅ2G"6/uFU!CtOJ"
$jeьZsiܜޜ)IL#C`%jr:~q6wrtVx*܏j6@+A<küd#Y,keW&~+t:mɀ5Œr0ʰD=D6<V:>Mm86/~NڢܹCJ! j<LSAږEPHPwަj^YL@ieW5;2Jގ8AF\b>9%Ԃ	ݹgunuy)f¡8Dju¸DֱV!)|sZy9Yb/3>tRk/O͍ҝ`&G#sȈ^.ӡ܋\#vU\3V\c|xsy'-CʌBaJ̇~Z4Pbˈ.	E:W1ۑg.W +"ͯ^<Â}ۘzpSߔ\fL1Տ}hoLkJ%}2M	z}l+Y1%",kf(`@]EW'yYr^RTv|˓:+ڻn>Iߐ&)C\wy#қGy5&nĊgRJуUo?X+Fa[c+fpgTacwJSqQ7gTa-W=
%ŝ̯f`%Rm/AĒ=-h8kN,Weݢqџ>#	;l`dcRf5٩t)1:, `<ȥWҥ4mY#ҰA^?ӺmRfķ^!):ĄH0}C.q[H m "@&|DP_nRVQ 
IeE$`zkVdW%qt$yLӝqKS7LGBVQK"I4e{J.ʚORZcyH0*_ޑjsV1n2()Ď?s#D=n_Gy{.lGKL\tߣ FnWCÐ'L[RaMkM{| ԨOn̅(P
dRRHQ2Tكm37;H?x|;i'XmD;+HSUlW{->̓	gƮЎźƍH4~ڔPmO)0&=T`KĖtdIh+ޚ<҅ڣ{=ֿ&߱n۞K;&4R?%o*ύ=kIt?LER֘B+&gf4lMIvAj4Ek|DƎ<eW=]Xw/Y0$o%2Ft[F&X ĻLm'Τ4aմKHՈUe}%{;I-|ЙKn"eͫIoY$1!MCC
'}1g`Y@xbI5B"(kƎ;EP>/٪Iy},"?V`)~{.#؇k	Vz9(?fcqjbj::W6plY7&h'xC^E`_VjiWSn4sLgq_Dcf5=ɟDL;כL:em>d6pa@_a\"GH2؍U
nΊ]ސӗrEyACǹ3j'a0Zق~ֻJrIQrĒy-Q+ʃP!jaa/Cxg#X~wBywdO4{u
#mEbQ,<MBը>Eo@pFE2#
2Xx^g1׆vѷU#*աyȹ]J=\9Xңd^nNr*:"{,v]{~a U:̚C!ǲ;څsߓ(}3_]_V75W*X"3pZ(¢թ	A*]c.>Gkv`N/׽VL.ot҂FfAi{gxw`}45k8Ѝ<̈́"OƜjv'\42fԾd_ڧ*!(	hp>MvA|ɬӧΗ=N)<CiϱOnçuÍΆȹDu?ыs˶NbfrG|ha}mҟKiB	^^*ϼtwSɁeG8T6pe9|ӫkM)֥^,e
I@Ɣ
K+j*S""gGbiO>Iq@׫;#UFe&Bԍ G,*=0@	XZwc&C&! ۙFs)ЯEZatHHvUI̹*,6ߒe27KxU@n2TF4~0mi/q(_kT]QѿӍ>~v\ҍ/C ۅȋ5A@S0.D=`Jhfp7|OdԌ)X#$ڔUiD\ZI.֬ׂ')?D`ǆ-{ͫ
23E/.<+rE&f.A%Ԗecr&\"BǫuXo4ŌސJd{ڂݣ_0K)4wCT#;:GϹb1HO^/6W
^a&q+1¾n+F:JykhɢJQz8AD5V2՝-s?xт&C$c|_֜=_o9DGȧx%4Mhnsxx)k4YÇeHI|VBD{=ݵV|2͸o1we&°"s{R]W=Jϣ>#_^Zy2?4QTL;*U @C"*gOők29ΗtaK*pA5ڹާ"˙@"ڴIç9̷wH.v!@G2[M/}_^GhDxq8x!L̝4A{tGO*8ohs5s͜`ci2k2]DM\ө@RMFt+I\I/On&HA'/HrҾ{^{fBܤiݢlUy;o4sj|v50:3x6_09>s*5ЄCa6ïaTdրuƤ*bG݈"	w\ Uy>o:}+8̟sk];zڧ
Fq#֋D@nA*?"w҃d ImSWȭCQ!HDbiBMpH_T`Qgh'eؗ98RĲ24!XHj%1}H| 1F>U7*o#xzՅ&|&,IЈ'-*0mbKԥm@eF0vmd_$cweh"|o?FK]wgxr^LˏOY t:m2'4Ԉrرv7IKO}1+S.pj+hoE'rJw#@`WS؎&Ў1$j*\&(o\)0r$Xfxyta6Vͭo=bU]ОoKv<=JčTD,UkK7QMLl/t>)ۂL:}unpНx,nhǺ6cK."<_ibh]ղXdgkڋmg[gϕsѪm7U]wLnށ]NNr9]~P1ȊŲ,h!ӕ.,,}9jP.lɤ/eK7	ȷ#1jqAt!o"'zJhb!ʟJf7VAB=Jsʲ4Za)ުDY9K"US4"Ia
w3	 ֒R7> wvT٫xl%zrq_NE=Yڵ+GۅUq6VsM19VX1Zͅ!9Sc>T³]{MCX@!5J4
<2pn;v0<lYq6a*V]2Sy~$V<?!̝ FRCP]Hoqe!8ML@kqMV-`eQH#2Z9O'AYN2Tm[ۧ>"zUњ'QUn׆QTJt̴>l`-$x})rۘnZ7'5K^BջG:a{vANPX&<(׆kD"('ѨFЌg'"nnxדW7=HK)LyIpl̹?MGPl!&7cD:ޑx8@ؕF6}Ŝ\5iahhOQvfV<fUL0%J)+\X}(͒{­EQ٢rl.RՔnRռ-ЅQUR3k ԰:EѧKuB!efҸnČ:uwOG;-`HV3G1mI[˺)rįT>b"u*k|6Œ$p)޽K)@cM8UmKԜ]5o}BAL!ƚ$Sw?ZB9Bj"[*.u:r!]R[%Ey7V-ܱS4@Q6.)ʒ#iUXʝfͽǴ}?5@T"˭ѳՎEdb_pƩ,+*5$~E_!_'Ji'R)QVmb|O
fM=?էGb3Մ̙^8*T-ǖ2>_(sd\l_c#o]9̌{*ӑ!pg̰G>}I	9-/~ux%ʺ6~bŌxBы̞?LQS1ƀ$.Yr	Um7NN
tkQˠ[8D~z|ڲ7Ǡ>&*X`Dܠ{"xRNUF.1Os=$*ޚHƾiexmń<șۭ4%y
δY~gW'ɕ4_sÇ?S6J_:,̴+xք=[~BpB-JKVYÔKSb>&oWfũAϧdߩU]۷xũ1XDƎw@jk>Y\zIzlyl?KÄFxՇiSN'a1f<Wa@t.9ҁۇ4y	K
(̱%y8cfrֈ#qk!AK`oJ7HGa,l
eU>!OM1[go?#3˿L͍s!" TkȦKȡ?+ĝئcApp24TEǛ16ˉUGWĊ-]EtZ\4fȋ^ߗɄ7_ǈߐ\eۧџ{}Zq 18Ub]U87TF}iP k״k{4P;-t(ȵΎoIIwXMC:&٩Cy-e/rvu\fUVr0;2ӑ3Xٲh4zkTѻHYuŠ@r<`-d	vςNL@/3rRҿi0r>dzUF}h#egLuў6͡r=
h0R6gP)5-|%Z}>· r5"Flƀ){֩dРB7D%}-!Jwy>/ #h8تm%[Ww>[ Rg6;[QoZB-?>NU|JCDti3˻I	;JaGߐ9[]a~T*/
>Ӄ1¾z2&ЎiкJ۴0kQQٹ3*
$CWʝ)!=OM"VƱb߅HϾĽ?SYK~&gW%nm@eNKת̜H(5|k;ƷsA:bE8Qڟ@,=ʻ.=aCbpnUUwq\nR<=/я-_P3Z'!Hz}ү]>wȡ?_f8N+w%=2VvT?h);:x!aG'd"h=g|@
<sUet
n-z\9xE>h#OIڕӑ:ރЀ3ReȅF623/[YIi҄2)(_8%[.5Xt!%6B;-%ޫG]%Ԕq֑ecW83$z),`MلƜ3ijETGGq+PmnA/m#R>4rn)CO324KE]b^pXې\=]CY!}Ĩ6Ҡy#Pc=9̼wЈp۸/֧ƺ75n(>$0'ow,
l,;pҵDO֫_UgYW!L/OKϜ<XaCYD)Hẙ|kP;\}XHt|\׃tAWe}r}6Ӿv,_"Ʌ$׾+ؘxRѱnifQ=/RHʵ"S.tV~Syj#M:9̫XBz:ך^ܺtf׋:m2YJq6Hpۅ^ψmtύd\Psمy4.w':A./Hfa"d_5P	'
]x{sj,x]RկI[/xo6ً˺Zײܑaݦ%DOf)&q̫EЍ00orrHVyƼJ܁>~D jZPD+m1[-)OP|߿#Ɏ08:ȡvl|2	-fҜIyH,;F̓&">'ڍH
D#qЎ2f&tH(e.\܇׶lr6F1$WX[Kg	=p}r~Ź[^fpd?o_ܜ]~FY16u,\4W&u8Eo҅JƊO
,
*iSF0z{*ɣ(v`nxo˼qہ9n̓hNAٖ"qN	Z[	s+׷D2\r_ŕHmѹ9
S?̭A=ݛ]|\0̕1xoHm-PT6tgM
׷p"A}-7tk_9k4XL(aѐ݈F֣WuʲYƦĖ2FU4].

\CYn=m>@}u&C]kcl?̗&L.KsCW֎J#s>=
@g/@#&սfł@IEF{Dp@C
<d&jdɕ|f4sg3'(OAHr]q٫ߵ	?2uƅ/>wl|ˏ-/ӖYLgJ{Tzq4r>WxΜ*Im{F\p"k{9$|Hv>-=i}ssY$ؚx0d"OMpxc]	LEVVDN;D}¿.-Z5N=]KR3PлojwGT>i;8pZΓ@o"Rk)XE^M4.^A_IwRöD}"CPܼJ+7ȹe;td,1Zf0XWha@#d"<]ZAC(KN$y).jyS"܅st9/#a_d?eK]END-^7խÂ+ȁ7aT8.ˠ=q~#S#}z_rY{w~o3<1.eobɻY{ \˃bGSmԏÄJE'*=Ic?zE
2;8&HAHgN:==o<Xo+scMhTwn֝V`YDƽ6e%#N,ِjesfҘFN0ҙͺ0^z%V5=7o,)\loqerRRԡԉTI.rS'D˸rgEo&&{dmlhxah/26Wxfİ
^)_kC3+7Ճd\ůwBP-hM҉1ϸݖ۔ۮR%^|~e2\auŁRqJiBjlax̉({S65D|`GbA-Ӣ(>DQ
x!̦1]16|lB<D!sw8W`u3<(qλq^NrceI/(_}xI)l>V°`EzvVϖODt&HSPi^,+-mDKC_{ѱӋA^ئMFBUwu|sч?Š:YDoݫ
a%8G?Ӷ"2²V5WG	GH\UǭbFf4@Ӓq|_ٽ+v'8ݦe|mKӸ,8&v3w`Y>Ӆ	Д97ޓݖ~͗!Z)w%3ܨڞvvp -V*ȁНg׿KLh̏i5ط61M2KL+.y}Wr/ǝKǫ/ǿ*ܓM^?	q0ɱRFևUMc/6LGfݰ9dJs`va vŷP0̙ecBz@shAJIoN"+m6ȇ-r]Qwж۱;2g,xr6h%¡Nt97hc1\V/ӖH0xZPu6c
7Iܡ;m|?#>z3H!\6MOnqCj+͛}ʴ \:	FϪXl+͊XfYy"b8(ԣG*G<ŁI5zg0lu'z_:MTO?!il(߭0ZVYY&+9]']U~)؄8$[ޱ5nQ m8ia 0'yfU!&@WlЁ6/at<|PXmÔ2qL&ftvvJjF+dMb1@QʢʸkO;uČ)jAIxɟ9!ة	%C!Bҏ31CKU
;9FȬj	B?w<#>ogw?F?|1RsʢjJ̬OGxf"0{܀g?ogĔ3O}yթLtZ9`Sfe'bֵGe:nP*jg6cjwAp/{2~.mʖG$2z^<+fV
!՜HC{_D;#p]GϚSF=^zqӁݜ"WP6D%*:,P&YS\])DIvjD	1Fgl|6gy#mn݂YxܦN
()ҫUlHufE$6|F!^i~8ύ\y%Ih@C9M]Pµޤڠ:;k<-_biCy*`Ӓx80o0ZnfmNތGūxtLz+en;xhhT1/QoܳzPiY?"S1`TP=(UOB|2"c͝}d</(4k(QDd:W 7ܖȴE·D-1J~*iGszZxrnH0>bu`FYfJ_w[oBUs)V܏ڝQbv&s"[S$"[{x4:bd/ոEUKȅ#f)$rEY6C~p o 3' rl^
kJ=S/Ԩ>˩BV~cbYx%!*\o'uR3̈́iP!A/j5,7-I͝>++6T_ELh`n?RFloԘwIqkM+
qHh-7reg`u=η^܌C&"eSwԚDЌpxO@8{anǂB܂]b@ld;3AyY;҉1%Owh4 ޶;x5ܾRtKٌ#_*@IFm@/h%+5MRd dc6V[_(H9ѓW	_IHzD7d$<Ķo"8R/T͛Ǌ8$ZMl
aǺUG9 QěHׇ=WO
e_JĵMuKRp>jPCyQ4¡@وtń-'nEg0l\}$V<\y$Ǯ>ixU\fH5 ͢ Fu:̖G%Z*bՕ^Ī߷҈-wPΜ2;K}B&%'n>
\C3y~ǀ(wYNJn|ٺ\B5"g}%w=r%ɹSeۍǦ<lǉt8[LzfS,|R'81i.k1z 28N.7pwjkq}]xxQ%)7n6S a.-H?$>_LYMD9wuY+fa[A+ɋ˔לy%{J>YG{N;DjۻCbɄq>`&ҘmP`֘a 1m[T1(2JQd&	mèqpɝ3O¢AmvZTf4ֱg.˷$_Cl2/lKcYLmzB{ƽN~0VU:YHvɳN³IdKQBcȏ ?jC~e\:/4IxN/'voɡ*v̰]MfQgQ*2{E%s%4a)(qu*6cMY̏wWݜPMEc-pϿbTt&EJڔSzh/d]$AU\4/o)Ce	ܔQiGхQsy>W9s{!-.r&|Nle|d&eo^Sl#xlۙ:JifeYHE+6ĵ"įm^ɑTZNt|9$əPի	XmwۨA!4ϸ3
p_Īu@SκwWd2/ܽ1tyюD(<^3)n\n#3B_g:B	#m|ܬ?ĻwG9ӒXH1ߑm1_QU;؃sAۨ;z*ND1+.z8ƦhS0rdx2׍37;I0)z@kԺ~L+,/)hiz҉ôp^3F4YўmV$!h
	7C cvUہ0(bn.p]-5=*+W9Mެ0J_6v_^?GxO٤{w9'QΧZegRn&_q9l? :+SޕaE?^!}oW7;<6ĸ{Ф|/41._9?&P6Yi_vKe՞x̻X6.z\/FS^ϛH2̓*ƽL.jz׆[ V۠-O׿bCP[`\H?zj;Ůg#YV$a/`}"&<&AՒFT$ZfcA_4|Jil.hlZvʞeRtsԦL67aIa/BO(LU	2սY?&0Lͭc*͓acLe3_ܵ:gmɩCMÊ9:$܋>XU\<	#)ݥdxÿ?vGYE	fye$դrLaմzXFX{'mukٜXCfX7Yq?	~8ʜ%
qvi1K*ۍy|rmQTۡ]QaW-ڍB*+]#q0 l?^~iUфBK!aW=s7ŕi@;Ț@ %ql^ALJ8wZ;037)C@dy#ޓg'߶CҨ9u-7h?

.~fV=79E-uaʿAr:t!_9~ɂSPʩJ7] D߭2Uf?jtEЃ͐R7O8OQnMEJgʯ?ȪLRm;
G¹>ht`Wr:ߠ%aذ,źm<əQ[o@i7Z@8 `@vȹH"͖I˅v10Իm`L2߶GޠCäOzvyc#,\&w9oh߳y3Ӹ6]fFc`)Rp6ωРFd23R҆-c&fF7#7h'ThT30kAd&`-\OL<ņ0OխHϠL\1]xf,|#e4vi0
~<![y4*7/64	6l{]+ QTI~=
bw<Swcq{vb-(3}DLsl͍ysuE(
UeN]'2EpzB.םz\R8<M]kǅaƱR:nǂ$+e,)B,S'FϿ[oNQɨpo~SZcU_&|ԁc{ciͼů
.KӅ=.<b,9w4Mr	W-_Ɩ!ԢmlW:0/B3cT/+"(
ʇT{%H;17׉Db7}R<?^['}qtLUxK	NקlW Aޟkǅǳm>[qIo\P0yʜ5&)~=n,zqoW8HW+msUӿNyDKJ&ȓӖк3Fvi7&uD ?fLIf;ѷSpbIʗK:jh1Kn+,n wFFԋ˚dm:|tPf'µTz3iq?
xq,
g!iCQ>AW`f~250"ˇQ_c["MHqvIqmB{@}rUG(u=3N]Ile]~MTþp'klU[ճFC	4V'&b-2oOf$vZCO>˅0D$ɓŎ2~2֕iqhf67[ nф=*GQUͺ1G,c֧;*ѭ>j3.%"]pO(tue&f;i=}J-_ܾ^(Q-R;A9.u=<٦kR1!DFU
zۓ=RqO
+B SҲx5+pq'hƅܺIŜ
uoUaVb9g)M/q=;(Ch	pDLJ)+dړři$+g\^*2\!|5J9W{M|\ٯ	~>4tNQgn3;E܄j>ط\@HV[ґF=,f/18G>>6f8{h03^6j)9Jռxw+] "͎OT70u0^۹*M=9ѥ_^)4!p]^]Js>x50KxAdYʉK\':jea3`E:2
)}yJ}
G\/j3޶&HԘPjp5a-=Wbr}*)Dt|ϝxx,2k?-ߋOqʰqUqG٢#e(K̺ߍr)}=ɂ+ hθK֧ZQs_OtWxb[xqv't9>ѻ#G.naw_Cǯ7=zەQ3K4}֩n~˃cÔ:ݾl̏\9W6KMLY%2.+	:uĞD4ٱ Ɍ?ό=Zmݬی,6re=l#!@2IQ*tLZdV0wޣòER-G̔5e?.њ`׮EyIƭ2+#
w]l[Ȯs7%˵A3]þ~u!Kl/GdvprZMSkHрck~Y@-0fIDpdO/fN;wE5/oJk'F
)!Ŏ\7|~//ǥd>>8VKDӯHЊkEN5X&?>m(%f5g4Fid
K3#Rޕ>1*ɎFWJߙr5ˍ
|gBVX|3M˜x[4'|{X.CgGUNߘ44m^$`7e޾CSpY
o'
c	ɰ;ܐm/Jx_rw~*Lhl-Ɖnun9v f)C8!?9;b'fތm7K|ٜ9#uo47iC-{9E=bCC+bK5^1`W+ѓÀ_rŵr#?xk$o	·#ɢfSBժ+D	8vYOƊ%~\fw|C' ϻ]z'h9x"^jV!q}ǆi֘w	lw!C."WEeΊBC>T/_i?d:;,"NWc In{}Eǯ>>f34P?MmdwztPA3h[<ВUI3Nʧvּsޞjܙt:`D-NӪefޗW_F
zu^O'cf~*ۘi9>D(i90><,NW!k׈~RԳ]R0bdOWW,ơ֯b0_i@50:4 G8*jUϾ<>1-wyHINNQĊc@Mغzo#k*ʌ"eES"(ӒLb=m7&F` 9NՀDζj]_ċ]߮u^^sݥwy1stآ^y)U2چwQ@5oG-ԣe_w{yi+oJ9<-2St!cΒъX.܇ָepơ֏6uuD2{{JqNpy8CA o7Rؐ3ϟ=Al/Քz:2pϘ^3B!(	R]΂K5XGo:5(y4?1{Tz̟4-M zeK'~ecMLN[(5cy)0k {]7O?W2GЁ@4ϦF,\.΃ona1͓G/R3P]AE`Ne:~haò8-ۍlUG8TX|F-Gb
%b-jc<~k]@&̨o!9eb~ɾygs?,SteoZ;kk7v0rmqϙJm4g|}@3]Cm(jA{"O'j-GO` WutyhI3,[AVfl+Es)ΐXԒKVV?yMvYL5!܃c*ջ$?\wƴC*֓]=&ݴÒ)4ƬRTn[\H!-8*N	>Þ82_>lwU>s\i`jV$?x?GDKÒ 8<٤!8ͪytUƌ?Y֊QA	!cVG2^˷Mڔ(YSKdٴ;[%:)Z0kU0etO]Rŀ%slL4Ր1?62ĎPoH|ޣHx/ƒ$nǵɛEEq x1D2ɪK{pq+f|c]Sd2r}ΠlEr*3ؔ<ۤG4u@%:.1F?]q'Yu֎2V Mo	IflPsHS#(ֲ
zŝ\irרh(Dkɶgkʊ`[լ#Jv-s-
p~>mOhF2tYN܃<`J,tJdER#ǡԟЛ|kKBB%~yh|*cMW#
Y4QYN%޺euMTcVúk شQ*_OݻJkBa<xu`ҧl43Nx&)dFƥ9Xا+"\Z~?­+ʂ	_Tp:/@Dh^y4D4k\=\T<1YrsRɎbJ:+CZs!oTߔÁ{2=CҫTJ~ѷTgVrsN@Ҁc@yj}o$!@guwpǛ>.Na#śqُH(ӀʾҌG,ܓK؅|bS0xona^tzz\($O6OncE}jۯ0ͪV4qr{FaH˙+
vl][lr<$Ǌ<9:,-4hzwJ^[k&yAy*\n7̺Hz;D݀`+UAJ7,<rU/]I̀wǺn.=	2V=OMzh3P`0rh^%ة1	ia5p,`lτ|<6b1Ba֌lyن0'^ΔOƭTmص9)LМW݁5`w^ʒj_R(̙E5e71r*x+Ͻu *ʨC!ǟ:̂RLɅ>_7&gd^MU];Aj&|u$W?̀829ŃT>/a-\1omZ77o~ֆ?4#P-XQ=uh-d6ro_Q(cyٵY,ClLf[eP/=u3\zb2i؊3X9Hމw}4R=|uH\6FɟR(˧85!60/BՈWU*[:`&ʬRSڽ:opXWCٳ`$lzLbN
ɗhx~'ޅsB>]IX.3zOQz1XmJPN=UzL:֍4s}/yԙ-߆{/aI2/1ftN'G*C+Tu-ټ}Rc.UbdPnA=q~W>!zEw?m`x9WLωkGp"fj6`͓qkG9==i,"K,cLNԦ|,TA-8'8ϔ|#kHDH`}ML߾=Vˏ
9ԉݟme֘mB.BYslb#;h؄:KX+fr%>cwy9VٵLWQXKBW.7~ejm2xл(E|ǰ~
b?؋9p-AOYFnX֐<$Q&|5SrtӜOH̶tR0!K"4ŠrԽp^u*(n2 |ZvGgǄȊ)C"cBs*okL6Ř|E@̻?\i@sd>z15l.ZwӏL6l}Mͧà6V/wcӂѷ٭XFE^MQ,ނtI[nZ}{ۀsuHf9xf>mADfđax%!]0إ.y%->[^cw|1T@o}	- K-$D~+هbs̙F	͖`Cdf7[(~:9Zl³6ϝ=eFy$GW/m޶c`MtB$@6"
alPi!?ŗ\R$܉6%'#XԄ|ܫgF-ʋHťW}ί[O!QpcaU5[X1%H7N;;xOY<4~hH(,NOϰ޿d9M5<M*!1ě&0bt?E"x@:.U0jH͓3]ʶTȴ?7;ΒY3kVT}8]:5Bŕ708=clc:$7/08ʆe
eSUCƩ%9AF	gzη$HTp2eݵӮjNvӦ=#-`J%Z٤=xRSXҐm&
شH||м`h;4*u+ZBƓ-7Dy,LP+7űdH޴JxkЂ7rk_PӏO7҅|b{ TːÞVĕ\nʹ'rk\y):̤Wq289;̒e6EYUoTls_ދ>ys֎!X8#]bͰrUTHN*)ݕd53}o:$C0!a8D "*HYh4ΓUG[<<*>т	pL{v֡o7\@_EExG$}z0x޴GKrC&o,-*T^ހ?aɅƃ1f,pgX`D!2zE~G$54T
ʐm{EyM"ыf͠F9odCJ͎/_bɔùѳÐy-R{@`^p4u:}VJn^xvHXD(ۜV`:ǑCVzv1V"c=cOj
á^[mpA7%ɑd>)?+)j5Ⱦd^gT5˲-gGY 33e7!&bceBò]#Uܓi͝Oը8,Ӫs|yؽO%%{>~e%Ji*%`O6I:Cܦ%<!ƗڲΔJb^BޘV1	&_nuԡFNbKyuPӐɛ#fp5v
s#!ǒa	Eܭ"e53?js:LTp2!σ/*֫ET_.M2̟գ8{~L80// q!#&v*A7}t,ɰ	t1iwG"Xq֔ɺT]\+o;ļ^
aknDcR.8Cμ`X%/vXu{҆_AeΗ&ck
fh% -Â\IuG+u57gԮ)9{z}+Uū`\{f!=UI;Oh%.8a϶{pBA^22_k=K.޲\zCJ12
h^|`uwBgu_4y"22Qϔj|+tԞ=]wD]VA#}ԖvIҒSŒ;aeB:]jwAu~TIò_.@6X:NTztMDs!BEKRŇr3Sn3[[5.|ܯ)>&߽]Պ˝sC66#m*EA(g=tk|m;̮Ti_Ă~ݻ~=(!Y0AFE)գ&Nv۴w;1{>[`*)PQ<f'ӑ{_a<~`*f}Qt(2
qaؚ"H^4X "eJ>b(	;y2|Cԫ9ë<hN<܎?y/ҮU/+q:}QvIŃHXA,~6x2U*Wéc4֒y/
mʻ$˚NNwuŽ3˯ 0$Hdaʬ\oV*1:;Q>Kg2q}Lq\5L.?J}\F+AؗW7bimq&BҥafW2ObMz17Q[5o=K5h/yֻ<m1F йWtZپP@
KԉBt`@_hUab^,C6ِTnH9^(Wׄ*4s˳K{F)	.4ҿβ;{hF_{gP
BV>4i'~Lvy!"O˸5Pu5pߊ'LIn	+V+&.s6Z4C!Zb/e36ηkO\|*צ?@	KP)D!8fvly9hNɅwIɶ}:ׂw߿ٗ$!hQv-R;)ƘiP׵3!ifpZ'FI'VӱT@^O>ng(
ˬʦFB^Jnqo(|$Ҷl/&}OkH{FSbAXS/XcYK*-K{܆bUDk;JD&ҔI%^ͺޡfP6H:M,!թ+	7L&#z~
e}!kZUE3|u^ϫ'^%A1<pYw6<=9&V_XalXeʞ}+#޳t=*'uE٥FW!HxS;/Njn`h\]>;gTopXԎH_>uHz-
ڵ!%
d]	b#3~FM9:O@m۬KIʹ,ԍTqOЇ(X[o8|f_yc6?}+F|ՕJYiYtd\{%A+;Hbh`[9L<>|yd/`DRu	%h3cYn5zm+TЖ"P&sў_zlgQi? 1_݆[{,e2kvl3>yӜ&Zԩاq-q`|`#mC6=Vns7_TShX*3
xl	yzBs~:֫rn	\~4ť`(3F/O>ѓ	ñ}QA	nܞMnd/j"eRAO{ūz!Z%?`@/Fr6PU1@U7հ-آ1&ߊ92d5djʪYgɠ[ѥ)FTYMCD-V8C?6&|]ߚ<&O	 tNg%6>[%C8,8<	ѩ{Yiu.7sܟqь]IB//1)7Pg׼X?(Gr]%@[Itz`$ךKlXQ[Rɰ)5xΜ.<@.U7(чðMhԪ.P(G/Q6կ^]ݘfPV@`r(xpP$ax~ndSw»{6ZmE|85	M9'd؝"[i~ɿT>8ZS}=R2h=d]wnI4Ǹz.;5\U/ݙ@ؿibLM
xbGuшـnͰRhU:rOLGЃҫ}y[8ʊQϢӱVeOīۣЎC8iڵ͗:|aܾ״V"M*2?UI!-0؄]LeM|dn@/*OkJ,eLPoƼHTHҶ³X۔n=N`Aت؉sDfw8jy-ؼ<*F*g3<0Ȼ#ҒK28Od/QcC9!5E}Q" 30.;yr~aVdgF*Tv~1!S'lV0#!HzCYwBbd4IbvbpU^C^dlIJi̻+ _@f̉@^~M.n'wI-F_?}7'|nlG?R::;oN~١$Q/]1ףcWm%ЕIʋ\PQWSoB%?3KWmˌPQĒ<`	Wcup24xhyxh;V
bmG	I߻~c2ř}]Cߵި;!RG/Տ'ZŲ~Au_oJHO8@u&+mPF[C m	^V]DsV
\֏46ն190<QQ:osQje_
V9MXm;z]8[7·~r!έ3$	foF{g:̯5u+ss]\fݬ5Z'Y{fτaeW/j;s,
&+оJTC`1ۜ(Zt9*	c5X <@8AT¯LVg>
V!Cwlkӡ'vb{/Kb\>	e]vԅĮ׳Qv׶^t	vW8܀p?I̔fW-uE݂	gG.74f|);5jӬQ6}0cy%y͗_)Kuր/R#3 2R =v<6zNb1q÷1s"WTա*!g)-V.HYOSǉESڳ=<1	?ߒx4ț)R<taEfdEJBrgG%FKr׺J<&|VRa]Ul4~X
W
xk%[8uB9Ԣ0lɀ9?8SuԄ?ߞi?_Ɔ-ҋ|+ӒS4)=je2BlNڵ$=ߏ6_ks.9zϸW&a۶H޾@X{?B>waR"ٷn~/6fƘÅԟK.qU ^cc|¯'Uq{fTͶ^#=Q*q^^On'ĺlgƁ4Q%NxK}T]VDAL֫(Ar]da_AKOn%V9''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24649)))
