import brotli
n=a=0;b=1
for c in r'''mIY'#Z%l!deA8lBi-I&@a!{: 	٣{sGۅMo9Lr/3dkO\.YxG~"Ȅ%J_NdDyl<$=7mbJ|IlRӶ.z?Y\Ív\ksчod9	;g>lh04	(:hD]rT7[dLN N1N7Bʸx'QVNuT;Q3NgSSqU93M'C ھc[nfqׄ&ϋ|5vIM9Yqro-&rft]ׄ_4[q#ԉΞ!*mֺ7߹>`^mڍ42`!(FT_&%>$	Eq?zj"4djʱPJI*C\`5=kG4w5Sd4̺#TN6l<6tÛ$s!e$7Զ 2cǰ)ƪNcIIH{WqԂB~0 G,ݾ!V$Չ|ԑWz8rA{ƝNRyj;peڬ¬3_2)7tN$<SO*qDNǀv?fkW.H6.mK ںfcmT$>0ξ}(8;:}rqk
qqޛ3t|l}mWF!ż2zM"GnG{)j]#8~O6Lr{X!3|]=ȭK_QAZoSw][w.w")C\%>;5~>΁vGf6tq{ܗz/݌Ѳ&˘kn}lګ<(G(Djy%SoȯJ"O*ϻ@#ےUN%&ư9\tM=/-D6M-j,9۟UPԃ	Ɇ;sudL$WW3:!*`(3؝.vB?izYe#[w}eZVpMM ǱB8ߕq դe7d~ڀht	7كc_nNA5d5%"k%nٕug;t[h*Zβ
ޮڛ<ťuLFh.Ȥ7~;=
ĲUHcSfbW2	**dr>F%Ipİ&6ԁ%hY.˳Ч"&
P^:zc?$K_\s@mcԤ%O$ݠĝֹNyH?g^lS<Le810Tr>cTЧνDu_`uBq4_qv{OގLL}
 !3[ӱ,%\ɸK'j%HҜ&wc>x81fL!FR,;S̟LZwYsF|DpPӪ|JرWY0n|w.DFV5<%Π"BuOTcBy.;d}27xPV1^<$ΪSD\)ҥMpXQGRXW]жt*)]W&2Ռޙ˳׫v$I$²jw4R'<7٥˔coԛTtӣ`!m~?sʧ<ɛAMĄ_T/1A^Gp-(QeY3%6@Щ0v>B7S'G&ڌ(`qL.URKjsU3Ը^^<((]a9RMޠTagI@t5\Ѩڴ[fFR"!ŕa@AɜBIEfKq1p|`HR4C/-vPAbקXMĥuze`
4_<O T;֓KWĴxUPܸ1Z{&ՆҤ[]DEժҞPϻZOuގ()KЖ̓17z}twtA1ĂAk"5}A__&_n@КdJX*PW|1
]8+m M1
32Ȇ
6ZkKG<[qO£8#>ln~cQѧm'ؽQ0$֓I޻67&JH=zODn~yn7zeiFca94~k~PV8YEMMћ4(u	v'F`͝MV0ʅj}ys-ZSYXj/"a318
*jlY/q3@zo\0K> TUC%$ s@qǒ֑Ԡ٬Զ&E4Фa*Ao5bгн8X>kΧ],dH{DAZ!׉f~_{qpL\j$t?G#\g~xBl=:<ShvCIlEIIqːə0R"E{oK}<L܄p	pa@~B_n[(RB.e:ͬ
rZ#HWC@#[҂׉&xj~ey܆y҄ԗ>|q5^%LaL3;ƁDuc$G<+aLmX4!%|0ɺ<6@Q"'{M(QCYI7	jkFQz2џmcfܬ\#GVQڰTPQr7'ߤ|ڝKp?Xnyڞ<U	naԪȀzO_-D@0Oj$PZ(BJqҸ
> '?XM/שǗsX%o3A_˹}sS;vgT{LqߘLD0q/|1wB3Ƴˣ*FrotB,nudO&Dc	0QG_D+7a$iMO:dԞIR]urk\#K½."uؼ	t2ӲԠx(\JU{be¨:{)z\I[Y=xe5*0R_1''Cwjpi ~P.&Fo\XO64Z0Ԣ?׍qnΓ[֗1γy5!OAdNtY(1HJP23.{ձ=BNnK75cns`I$K1^q̥/8G`%|)͠[JzEQ+<KÂԕiAl{ri7&"Kzema9G-R՝g\PFC$8q!ndz$\Բ.<-$ܷ!ȁpXɢ(88֌v#ԩ
ڛE߲̽4S4i-mϴ	O`ԌiΧ	8VRς~G=ʈݠ#߹­U^wa${Hrisw·ϲ*׫W]۱׌4yHԢ"+M[!
J9'}xoj+ۍ[K&\TNȏ-{&Uxe3.<8pY5vmco/)Ϩh=[R'3»gzpQpĳ]"_aVlm;Wm>>gF rpo	P&Թь%ܢW.=di8 (1\yԑ<EχL$cј%}}uTFthY*ҝRl׭xWS,THϽ8Iȹ@K:)K4	(?cn\O<A]h=j	cѠq{iGExbN*!Gә6!R¿vXol
Z7+Տ@VvSg#p=`Xxo͎ߋN]?͒pDצA0$u7Y4qid,_(NZa˷	aG[*˙p=Ż73(#3P ]#&4uo%otѯ~o@cBg3DIyK?ְJֲe$Շn5v
$]Ŏ{[1Y?}6ݚ&1'+!W%ި/jy96>95EZIX^jƃFϢ.hu-w'lu%6LTPOyxb*a7hHhhIȠ]qZqӸit@`78Qzx^tܭVPgWJv͆<dY]Ŀ#ZĜC\9%ʉ-|v	O'[x@`lMO{Zdmzi|r|h#;w#3q`w{}u}*Un2;x,Rm`[ў5?9>Si'V΋<	D֬ZxdMEȰ[0alB>>Ȝ#[{{S$ɛʎƴσ[σB=%Б)]	Wr(HKz2ʆ:LA:ʍ/ҧó!Vn%Ԙ%YDs~!ܸ;BҒΛ_tyz$ώOASJP+͌[AFsGm#"9ڝE$H*[EsƲ?çfOy`l\rbG(ҶN-ۙj_߻lw[>p~'Jv99ۮO*WkgE«ۖHƐr>?I)3SS\'cfR7a%=b4˟F%[e[=2{!#8T,l(t4#U^Z]gD[ʭgxR;$INccʓџ|2ܡ/^H2ڡP>nl#ytWi)ДK+zqAGSQ,R3thBՙmkf$Gfde1iݫ>k7nT)uJj)7ٙQȔز/6#+y?ɑڇly٤VB/֨a61Τ9sVKʄֹ3&`':ޤccYӖͽ݆u(ıxd̷9r=AĚaݴt}vbL%f^y]UCʔFǹ <@k&["Y-(˱\mI>P.~/ǀWhv?h}/w̴X&+Mǭ:_+aԽ;1PxlUĖHpWKݡH&~(d:!?R>xԨUn9j	]VWu>p1mO ԅ,+`r~d	vPds"E}!|͑{@<v}3	q[̥spSoC
H
!F6U7ɎD~{{k2HsF0/.Dh!<>,epoÀ0r }H2V9~-5cA<~j[$(zJ4|ш;cmvK
5@#`ɎZ}vu3]ǌ%OF&D8j	
LYFWKޞoUg5F>?MFy@(*+` ʸ-Q[O.uiMʦ^%0âTٶܯwc]`.iNXr]<*`Q4oR7+w]f?mDo-&ѣSԶ5ł|})KgXc ^OIUWhb>9S'Q\<B	H6B J])<K|Io1 WO~?(kn.Oe߮lyY՜	șpƱ4%uF>H4;&͈ф 
cтȓ*]-!śCÌIą.פ9C\ʎ'niIc/eׄ8w6K^0:Wڱ7.6XgEںSt }
(Fz
Kl7iF]j:>mϸx@LݳP܇ Gytt
`U:cdvn͑:t}bղv}N_dCq^$)fZǞg?gc?s0G^oƶݥpϦΧĆ.$y	QӋߊؒY}Yhb
dh,C0gN"jA+i=2ޏGu&ݸ\LaI>+DԐ(\hQ`9.c2	ϕ"~֊GǙn	@*No̮8UIFo^ô'B5Qe΂^w߶fR7̫RR͗@7ECG؛6Ӫ,{X9pπ5ť_j[ aOMpS?Ϳ8MK*zz,Ip7lLIԏ&t+Bkǯs>liX8weI>i	aTf=:lr&(ދT--7oWN)?`R3//S5q=7܁{բ)jl3H]Xs?\{|\<ZIFPg&xo)SƐ,NRu	K=FPT?7fxL7~ŏ'ce+f1<E[Q"?7tqi
ineP&^UB
UOةEZrN}5.FU?0&{SzGc
;Sgw#SwRId҂1ϵ:.6LQOy
U[ϞvlY!K;ݰ>Z3
}
rQHb
ދ+@H%NѻiA
(iZlM'<lbja}EO:}O%x)7_^h׵Gb+h!x5o>K>7{Pӈ-]^WaK݇}?cb"Mv!|܅֢ww&B[Oؠ1ND;UZ*xrpd'Ƅ:H$T߾K.Y1d;ܼ@vE }}֍ܳ!KcY=:("{l]e'ğu)Ƕ^j~9 ̡ZikÅcOP#ۨ	A&#z i\aĝe4O@M ϙZDǅZcǘk1Μ8#2Wn)d%hrB-ǌћ2{5PĐ@n{)
Ҿf|ˊNM&zkÔKBxt=s|E90_ċ?م+^qwi3'Ж~DǷ/Y01yŗsؗX#4P̷;׀U0e9(Y^$d5^IP3MKZuLc޼=π>EftT=PeD>|E7y*XbJ,x:CΆ{Xh+ƭ.VMAn+klr< 6taӒ`v
,?&pFi\TMGĺƬlv|ǑsMFy͞t!֗W̙*oyʡ]X)J
SpUҍΖxA?ġWQ6+BQV?/Oac|
_FrV!k|miԶv<a3xϜ/զ3ۖڛk<Ap+b]kɇ?įg%uΡ%|l!FP/!
QI7'tǠι/ўK$Bǅ+yQgLe_\wQwzcA;(8e2Z}y1TІWTkE,/F*.:f%!cn"(	q.΅dKغ	#:*cܾYŗqHx^Xnų [gԽP.m
YlϗP|ޔĵF{Z{ځBSǊӠv-Sg@6ohƘd:X(qy-vߔ$6dU ;bݵ)'XӠ,}k_b*g*.Toh=QߜX5?u8ħɿbX[TJP)ͻ%_hsD/QοՇ6NUJF3ߨor,?dC,
h4~UP۩َJb[&OD kȟLjHqŔAũ1'c	'D7W|[?,w#޸.)dDДx`L4E)h!GƱ´ٻ-e*R7X74y޹3EQ4-f`d	X(sHĒ$qcIpkEy`^_;ӵU~M~//yCg+8IҘrRJ3Sgf9.k.~?Vp0jJ}Ǒyx`ԚF$¡iȹBo?פWA%/6*Ӆ"d[Or
1%Whj;[!ݺφ3ӭAǜd2OOG@58HRQ2Yz~@9obEY':z.ʻ{_%\'Ŭw'OЕ3ƸzI
yMy?۝i&ܪ˱)0<Fc;y1Tշ۾zQtzwqFAX׫7`6+!sA{̰sr\o@hvv<MfMN!!X@Q_x/GK	6TFu%͓?QtЂjEhpy#L̜k\g{jq]m>^s-tZJ?zUriE,!Fע_FJۡ,;|ՊX!IgnA5nacqd?b!2Л1[ft
Gߪ%+BU10v215ήxudhl'LC]M4YtnA#f}ƈe?<kR8t_c?)M}L{M^nMUQi!@Bz3݀L͇ЏIh2Cw}~cYؖDy+F)	>U	ϖվ-7;@>Kcv/>='wd[%&f%oZ[Uչ^+=
8ۈbe8V~Ʌlu1pz-rGi>f6ѻofGyu-?s7
'|Ͷ1kmxW+~p#usX*yjt/Yx=Q,k?dC<$ٖY{<p-wv6mޮɦz6:%;kCxytJ+>͡`Rc22:o$'6$tHzo#o
FH"ޙ&}d߸:IUɳ*З/:+9{UVPԷjIȂ(&-c"p5DEs9י#{DtVT}wǊGxr\b6Rٳ+NXGz?IM&rȸK"#Bftp/cyW79fcsy/W4#%<ؾĩz'$[Yש>O.עO̽ :b)-q	)¬:kE@9s"+q6A(gD}'TÈ)NqtgtPܶQpϺMs0U	Tg<5Gkƛ*7nn>N@9lzxtMgʩ˸X4ϝt!
yƱo٠ħad(ņ*]8.Px,%a32GuOB14E*D&#Y<Z$	B-ۍ%ܖOs-tE'h5X=[F,6[sҫΛI=;g1uXQNLթOac^p<̓ay:eyr2kXE%=l{ 'C\|^=mw;Nfۓ3r&ұ}؊7ڂqQw#&9pBے³GTӰM1֯?M?'\53r`
Of͓wA7h`C8G>e~mE~3qvGg|Y`3	g|Y;+1uQ6eN&-&Ɔۙm:;EX;j]RhbOv(~cX@f*$Zs2O:8;	6lQH6Vcoqڸt`_HyA$PAK׈{i&ڡ'{ҵ<bCɎKɓYZ&Q9Sof]b?K^ª$L~Tg>i0yո.,/MڮԳ\	T)<}N31ʾ4mWɞ[i!ד5n-iMtל˭ʩ{h`-_,(Σ,MO;ձPMZxǅ0+vɗL;%xdտ*T:k$}TZJ>{2Sto'¤uKx,(3ƟT}ɜ]ӋP)=Mݍ}<fnDں?c16]Ş˂sȈPʈ`Hf{s!%npݒސ&bOZYHl߀%6ydkbLETuYc_6mK@vr((,C6Rli%;Eߟ<2ԝzݱ͐T>KO[FXa *kllD՗26y/";sٲ3$*CsɎѱzц7F˄JzdxD^G>
kpj
QΈ
 MeClϹͬ;XhO20Ş2ZYC:Jk[Lčܖ?_Q,,QE}rIр98Nf^XՐL7jhc,5gjǫp?ưKIu<')sfAUõ2qҧhlZPav<N"BOKG}x($HBktߘ=fp=
1hh>`3A\mȻ7uJRuѻYp>k7քƑHf|o6ЁX1ΐ|BmҺFзZBz=QnUMJ,ϗxjgP5JIK^N~1ԈrqE2kFH0X Pd !nt|N@ !/*>eՖ(]ɘEkg޳Mߊ5Rγ Tv~C38'̐Ѵ31+'Huz$)4D!ص7EG^1:ReN?,LWrYȐ9E&pɍ|ˉoۘ	CiJ:ΑDpsقW^&1OQQzMn)ױr{as<k.2бKҙYjۑJwДT}{$#h-ìس)4ޜvjHO,r^Q,YUtށ!?)Ч\es&=tsWS<AѡHӬ>	g{HW`c `c2bYR'f6PMg&aӷv\su1G A\snJՆikh	ѶsEP#Ǆ`zգ©>L1عVmwqY"Πejٟ>2b!QۓuWN6Í4י֭2u,5#=Y6J|~F͓S=\cԎ3:&~ʌ|ߎGq$
N"GN-5WL\l\X}̆Sx^5kX9.EՌ-Nީ\,g7==|hf˘Aw!*ɿdUwMU. $10܎<2X$/$܄2%\äLALNӭՙ_A*uDPӿ
|{,Qc#lˉ\'lM7+n,S+f.}ʇDL(Uk\fvqx͑]ɻ\Ғ5GFv̝sɘːKkzαsw%;=`>qN؝*lXQe}й
ˉp)PL3/ӥf@ڔ,X>oבN9y&j.qRt=>Yу)mHOk!ϳ/Ґ$8_¼bh*H#ƛAdہ*:ը&%Y6O|T}fU>+ؽ#ԉ|:ƓFeHD1)ġ~cQ,!q?70fZa[.ġ(G:u7V`bDd{s5yEd	ȫ;jEU~P$rJcSw$ޠՇCH)'0IY1*Wyddշ̃J
U^hMׇO .(.	1l,QQZF(ɅɨSZI&N-:m1`OmǁҞS1RW@<k=N%!nZw##E{\<sKtƫEx0w5GyRxWˇCV]7"=`ә\Ӥ7ɛ}{DXg
DCjvZ.,MNGQXЄIߣ-#Tk-tw"/y.utŰfšGA\#y?oJU>&0.`[۾~	\4bC7aUn)D-lSI6I/(bh>ÆĨf~}L2&ܖ3&ə[9D	zgɺ&wqC'̿ĔɀO>?
1Z:-WLjJ
II4w%775y p%?˔!_Oh7|Fze](Nr`o.%́_5G.pOȡ4\ۗ&$}(!+ECnW>ŽÛF3N͑ۂ1-]D]FӟZi)BY-S+
yVv+b>VygRKZm#֘~̘z%|-}PINـMr
ʥVsшcǽ20Ncrͮk3UPɝ>J+4'2uW߱7WiMinSw?wlЧs"s8fBU&;&I1z{]4LrM!y9s۞eց}ׯ|op:.Gq<~B6yEXuyw^{(ά8жf57VݤtqT'_ܣ,S-n!3}qҔf0t`LeCl5z&A!Hڝ~B
oQ+`Oȉz:LLJd[G,ŕ{,jEzР
_I:GlUπ+ܲV
Azj@,_X6c*ѣ$>cX<B}c@>p1ʍ: ѱTeeXu=AG2$s"%b*E-8D(3RAcOϩ~C͒[F?ӕO[V)&߽o_dMI3Rv)qLDAq3Kh)lS6K{
^	ăpzԝL	Q]4qE9pC`;Xb0|hʨTҵmLku,r0׵Zx} ^08޳	=}`-lGqt;;çgjTڅߤ'"8SڤӇپ]6u0S͌63:E(ZΔznH`6Tj;y
ֲhZLnjNmj*[<kLiА\tfP*؈M>dnasq~~"E̟%/]&g(bܓ}RE
2yO;j˙fqTW6փ+.F՛#Ө {_݈dЎ_ӳjPq;CX%S(ߐpb5EI9HrAxsK/Yf`až.wuu/Tpv-R ʗ$C]Ynt./-ذkTm\.YXԅ/UM2FD:wJ|:5DRtMmQ2Gre	G] !q,gR"ӌՄuX+ԹJutoްӺyZi\0W}(|f1O^h6r6(#yZB~0~SG!Xv|HHsًrU2r/ɧ!5;I3 dO43k>H΄ñ+o
'ȿ,^(ۙԲf|sS>-}֨CO?^|̥zױ͉mQB$;ÖU$Rc4<n5ڇYnUu]csѕ}/	a|>w=U۸?$jǼT*y%6Ta6m3e`t[ebȁnI 3׽IvMqwfօNuTs=##S'l*'n<m!G_D3qL!}3&"6Я%E3Yz\ɘy$|%H70~%G/ՅVU-4Lw>]kl"3qLkeOΰ`8j[H2Ed
fNM
ċ|MpZϔAcpǵ0NŨ.ELNUBՑτJ߼#Twc©3r5f,{v%͡&^3љ;ŵSdٸΖhƮLORVuCƷu˜ȍDVN\\!.%mĆO$3C?zzlӳ$a~1,߁5>5=3ʭOM.ڏTb`}gIJ1LIFXӾAk|Ǌ9g\pHa
Rӧ--I4!zVƬ9aC69_?ɟHM6u9r۽a#X3T/8Dxp1Q~I#:AhV oNհāްUn|_SzJSctCa;z#i:^W*D;#d˵<K
%E':,ɡ7rdV(2Xa(5UՈӢ6bK|ּUh5x֟7Ou_;'A,´H}'Õ.ӯǑSI</P2y#'(}ϰ(%1|;'6C!4Vq0>s\a@ù^zka=vjU6@Tڃ\ȺU)an^"FD؎yʈNoɎΐXӪ3xGcC~FHfEy
6K˹tmǞ?nܨ5ܛsZ#-QyxсR6@CVssfb\׻ؘT{n>(7+}īB
yUNmǴ
йJ}P-OKM5SVvQǬv#iH9tpaml;'(DDx~ve>T/28$(,yGUk7%GōL
lHPҴ8JS8
<AZG.X!o'=sEƆsޥ!u"h.Y٢XZc<I]GCPdgMN'mAͽs֦|dR0}]їH G/p/(`\l9ӕ>vHcMC^<YTj9ETGٗ,L ԊHJϒH&`J%rk5nO)=W~3Z;ź=.Aj|-I\[>;̩a(mXu؆WryM.QRZ˃>vl" L%,ȹGqĩҧ*vc>۠Q3#N2;0fѾf!4nzLfA%}ngΐm
=²<ן*o#!^.:uXbslė]Ɲ:rG?%w޷!XKsN޸]\[M|T(J#@fwB'S.C7 2ٴ|(߰zl,:4BV,sP/QEQ3U8)Qċu2ր~.XѱrVŞxc(XAڌ^l5ȩuz]{JmeMRzt"$uM?˳4#\)cmAd9`pybp[wm^*WhHqAНޢڑ|ى^-y?trXֶL̒
LƫXHM)*RT֭%zڵWMnɷaaǈr&WO}od=:=19&<0F߰kV>&sR<Ur`;h:<@p#yԸș'%P|?6T/Zj؝ROpREyb)ܢSݠɑXuESC'Ӱ5:SvIL38~(eʅi޵(tl%Y~XmJZfpЕ`WkfjQ`f؋.Ǐ'ҵ'h.u&X5`0߄uD{2`Qӫ%@Kȝmj\%	͝qޑBbģwAњ5_$)L޷\15ir#YQԴIȠ#pw(iɌDY}!<aD.'3+PV&VIiB!QSĂYBWobc~g||=bއK"z8v͛Lv80,nTƄ3ߎ>2yx",7$kip{R@;5Y,_O^4:q9&73vܖޫRJcvArv0HItGHLAʌR@X{o2m,f{>N>7g>pc=}(9%cwEhV](mS&zfؐD_1}zgTڄZq;n@_ÈC<qҽlAqXSH67v3|L_kz-IW633i'CA#<d`ugAc<#@Ty8}J]7.>75to	('mķ 2X%ywkТ6|x,R&qw>_E~JUuƼ|B?P	\ǧ<:l׆MudȆeDTkb+M=huGΨk'ߐṳ`ͨtd$b{vYFˈ:ouܔ{[E9Q-ڂ7zص7Mj1g8&MpIbgkdrfv_TɼvGvSeDTB]t&+:*)bq={|c%XA5آ8|>@ѸlN (Ud1*	GKEՑ*OP
-M.@:\>7$agԆͽşK+"beF،E]'f:lq=L|S>	Ij/"0NV;rҫQhoeb؆*=mcלy8q^Ǔ)ɮʓ
_z ~!Ѣ#X,^0/eB-pGȡ	+z`ح6y5GG^yMߥq%bMx=:UaR#&i1/-صՁj0}=)9njo#Q%P2q1QQw}}}H\y4O3ٕcji_YǉsvOH{KGv̖k{ى}&nޞ:eߧԤ0/ѹ͝huNkM3Ț̑l>bVެn܅&P!EqXW:v0!~bȂ%\e1~ŭ=/ly=3`n6g#oט2ܨUUDyɰo5N\S8 C?^6?'Oٍ{L 
iJdO1CRДϣ\l4jYxtwnefyy5Y0ɄkZ4qߓBF%A:7qxڑy5HӶփu&?I1j#@{Zx8uC?j>?L:Uo_Vu4=?;Gja$߉"}EFá]ÂWqaMƟz˃!JIA:
{epEWQ}>hu#t`#y	m)z,,:`:O}Nr;ưnůf h8^mEmԨITs ր~G":N\Fs)vyAl͸ĊWVNVh(4Q@ſ]nxfH}o&5>/˳fq)b)XqQՕT$8+c^#;>x1)+˹NzK<u4qJ#CO?_Lk&z7cZ3$@ڒ<%Rϟm 
cAq,S dduA4бqlCtbKuS.zhEsNe/1#2.jsZ5PɌ\5v16ً	ۙ\>k˒3#֖KlE?^#X2K,q0
dî3~bGƶKV>.))~is?}pvw"L?wir2gG,]*:2Y'GO!A&O'
X{U()ęc:w^<m
o{.8sh]7ܒ{|W}ۃQ4Zwv0KnRݬ^sJ}s˘i+oK1ҸڕI)ݫiDLOC!BJ~Zή:kpAK%ɒÔ-#WEߕз"Lxa	Ɉըfl@ځ\dJ=kĢ˵}a0ē*\X={o&&mP$n^T"ΡiPO$6ْ6\",ǼR/U/FÓJ;ɺ	Y2r@58?!̅0Ȳ0[l~\F|sR6zݙ5XE.jZe8fv4hl3Ҡ;us#8WJH,&4Gtv,Sp)XJ~+BIqp0çх>kgNIP6Ħ>O$k	ٌHe2joih*Ҟ8#P@cU+:qhcz[%T_G)i;X)%1x D$0_Y56e{YkuܮibulޯvН3!|X{ֲ6@'Yr.>BWP?0wI:nWҥK˟F6.2#ڳ#;6#"a-5N2*>R QΏr+AF^\,8x16mKbL\67niaV{`ނw~"ڀ(N"Cʌ	.`b_gֳؼDLI4d%[Tt)ae5xQjӆ5UػT@i,aUEh_`
`Ϊ{eQLUiã{LJ<ƫ/P|ScŨ#qbTۿW
pHan@R6zuE`I,Y$#{ъ;ޫˋi5E)@^jkʨ\kkX)I.T#W}PdhaYYm
x#~u\ۺfDQ77N4-,{Fj`'.:_2N=[?̬WCTJx 16=ՕҢܫjx-cҀn*	eb#W i|^-	~"L;
AX$,df;wŽ-q2C$1`01]}̚m̡'~v)+/֘i{mPa? 8Gw˫;_]4n#,G*szN<ædn+B˅qd)4~Õ^<CxYWh5+0Nxt0`xڟ+Ւ6qYQM#$WJfܕKȑ1xo({rؤqݼ&	k'V5IқDl]!\y̏[!?aޘEކ&Aڣi{ˀh]J%m	Hbo:Ƀ\V!5?a}&}oڅ@U$m!j4`MV xt@ m'D= n+caHHrgBRXc{mCԡ	Q'TɶϝmHI=r:SqdO Q նݾJןf8wJ&oWSO<?Wk`m$YT6-L-O0o;?qAߞ-*Me[HD8ۅt;;6j#Kzʭz>C{KtI	iA7\ϹCLyRNTI=<Iwr+hljڃ>0y/t߭L]m3ë@b{H_h$em^RڭHXprRd!6nhVѨZ%Vä~1
y),ŏhԎe3
G!ե]	Z5]_uU<[b^Xlόl8
w0V#+MPHհ;sao#{޲-$ڈڛǁr		G<M/$XĉJ lc£Yp73D=;A|_
L^w$9kĉշP`,Ӯut8+2cҴ'`9Jܲ^x®2ԛmRdrLVLXZ ٯWgfLU:3@'%3ы(fV^3DYWR	\n4f#hMٌl'AJD?+VLb~#kԘJ'Ǧ:	sƲ0U}Eu_3	n^eAn_1"4JNPb)+aJ5	"H"v,'<\~fZy3ޝqӘ2moVe8GTgw )_ qL,&v;d7-CH;ؘ>24>pn ]ın&GۣNl?@]m4s!%d'b0Vϔ>|Ihϴnd^ڳ"_¤CEbHOL0WN5ТfZ/l&>(Ee,|@\Żvؿء8ct2NL˺INO`f\9~-kJ݀Bp3s??(%/@_%%GMVa?rT#ua#[)KdI5ьː4XIɆja|e
=͠{}beCbZU|&VKݏ1Q{5L@	˷-wY¸u4~͍ϩfw1Xrjy[(~d&WשZe{]]fܐB1C"eSñqL2P7ȓ*o!O`V$=e#	%bNgT]%l=6+Cl1Fϥf޿6ϣ(߉^@>>rK]@XJ'&_"`	X&I>s,=d1I}^aMP]v ΦqJ\~cQ~VxBV$QYҰCڸ`ɜñG]:ܸ2?ĖP6^FNǽSBuHl^ч̰,$ٻwQlRgl/F`*%!a̼PtM8PC'`g\VA}U(iYxE ˍمo@]Gh{ǲ?|ALox
-?XN79o"Z
iq&<lT[
'? f$Z!ئaY5<Pa$g^e 	kCJc0JڹdmLvp4xayXdƂx/@pOBziҼܸnUSĿ̚"٘pJ~hrС7ǯyn>S!Oj'$@[`ˢ{#47{~ŗnIdg06+>ORZ <D&cV~ַQmCaVtIw*ey1bJļ`I&PXɻ?i/4IXL\Y0D&I&VVB"y9o3z"=~YKHJہT;Nʇn7d\arw597NYHoâ?~M-3(ͥѦ{c6zwډ 4s:}0!l	
-(MJ$YuN9EHOxqbھ^rvd2Gq+0lҫ[6aZm[{Axs`ЭQ8,RlnOa+zt
$s!C:_J@ƫ52ߏ^L/=;PcVzbqb].XB:f3%W|{1hz-o]8`_MŪ6L١bZygHMR,T)_3:lp(<K}[ܪN5wvا[rۘ4^ʐs=eIcdmvQTPs5ȜJΤhwҽҋn>;M&S)*1-EMŁL@<]@̷݁>óUCC1,GYơ,a"owT@oIbm@/0!КJf`iv1?a~+Lh5RDn.V.eGzLTH6w9ԳCěMdg\Mwٵ#B]da+H-uW}Ӳ\Yӌ;NډznEO~9Fk/=̰]:*0vt.?̥N^ FZ5M̑)iY][7	&ݽ֒Kۄ2Ȥɦ4˧cb{LE:SE~D?j҅.į;WhՃ}P}PSrVҭ\e/63'CO-:[`	_+Z.Z_ՇMgwkź8٢<ձ|1	oS#Iu%\Ey=y'N^#9 Vl4b?*ZgpOU&HDcz)+
q۷<WТӒjݱ5z2EwsLOðƢX0ܲc{-X!<<3$%m)|bZ?33)~~iUi\?36L;ŗ:[U0O}yHDX߁% Z*z@ۮ4tZ B)~߸ۄXˏuZKS*BۃQ,bc(̪rb|6_qƙj{'5P'9~?
չ*Aukсdl`4,&UgIծ6	2$K"#߃ \êUGjj(%юɍ}m)ŻjԤUwx#u@v՛~?Ҕ8%QYO43w,`<i5^E\uybjEWm!=CЩE&~6[Qf$W(|pb!X;ʷ"dgr/TV͌#ȞKۍ!B˥/wČqHVʊò7ZN֌>OgP9wP9Ȑ'ӥ &0PP+EPOߖFC=S2T
LaY GT~׉B#{.%yٞ(c}ޓSkC[q+PB1gO" l4&~Wa>:{ݼUqjVyc"(FǄ#ra#TΉs׫91azO}tIְHr(x
|͏jLSkmUwvؾT08̮hsTfq@Y76ag#wyZM(R$Eτ,xwdt`If؏ݲMz swl~!Yl{p;4¾l3~m2rgJg2`w<:}A.Yx28~>V`Vw|q!TS0]]c1nDFuQʌ©ՍywvjϸyGG@)&("Ѝ,Uׯm@xZcE]`<^{67p1n68~XBs0rMf/9T$OU|j2фǰ449̋[Nx˟kK[?nGC~z)Vrպe30R?ʢϺY@n-9C(*Uuƫnt-tveʌ"ز"aye7GGAg
7~%ֆDЪ"ѝOtbJ9v#_TC0z6rZMdy|NX?z#dSa1-ߎvʶApDc*6-}mx,Y)@RD5:~[B^*El/DūT;6-K\i[dҏe'%6_!RwHey_%ulA5,sdrDF6D,k&|@n4'Ic_OS*EHM$cI"Re1DIK%IVB00}[@̝N.׮Yͭx?ҽ#*FÌi5	k+8[]p"|?0yŜ+zFBǪ$dwO
fYºJu1TkKo95ΦHOu·nQku
)>2Ԭɯp-qYGqs]eia`ҿC4iK6 q^tb?xTHlX
SŎeCQ3Bݦڅpڴ-!yĚME5\n>e8	!]|̖Av۱F£PRgƗs{ϵ`2~Z[(j#Ogr{@n`h"I@(F*oˎ
<
`!GթR95PozvG9TOͽNMiI&4NxX\
m@Y7$Tk<gyNy1AqWLVzM}gӓ( Oogeiroy6"KShEHH) pg=BTBy/tƥs$O>[ǞԄ!܆FRlB`ܔv=~MYZOsǽƈrkS\фئ~W_ͣmܑ+U*ykӲ$5~`xM;H֍mvO˝v2k5Q|=	Dj!:;rR%'d+JZUkں2q?oGA؁:h,$rDIhjߒSd^@@ӣ#[݅Yҍ*KܩxΑ
{L~=R7ܻPB\̀!jP59_@E|T4iFNe*Sg+%bjOYMotuu-yևCTi9eHZZ̋BD(+?ž~311]GHtu/ʈU2-7ߺb|pCCu%ą×FӄW!3I._2wX89yf+wТ,Q]`f-Sn`;GoZ-/ZgUqIj#e(t)'2mm=ٮSJ	Y(y&̽̧Ryc۔OI`[ć`dʸ0Di؏i[\<oDд&hYTKQ&1Z%y&-(4ȭ};~JGT;+ԥxMACA|ʰwru.t[σFlQf(h>hC.`'l5	Ŀx/vvH!yqƈ'FO5l (yq=MQPۤUANyOpӂhOXbnH-2{\gؤ	]&HƸ[(US܆4͸A~q'rK07}SPF,& <^pI!F؞?{:RD!åg>{M)/ZCؙ=],ދBp ;6rƗaB]OsbeƱ.ۣ+>a"k[ܨӨl^9hZbЃ.:Ř2T~Л{_6<Bw?lv|d+-`NMK;Y~,=Z)1׬2<?kgvv@R'*L1'*ϡf{%.,>Xn	"V,;i6\AՕt_ҵє¹h*
:I!sn^ٺAu		gQgebQνf{b'IA6xHByݚf|i[ٽ;=50ӱ0Uғ^Į	!վmmd?CM3ܛ7ԞUD?.1WvgăWu#jĢ}N5JNվ?;:̐M*DEF$LQb9uBԱ.̋ڏ"!}XţGKnGXŌ[jy&Cc|VR-8XSf,naj߹*Oܚ<.L0~}ω@Ǳӟ)#eȆAHFٳ]_Xϥ|6p5Gј.IrЦ	b8huȚWHcޒˮ5ѓ?+1LSe<V$)ߞR^YIV.خ׺P4Ϧ;P\B"R]bi\.Tƽ``ѾzާN-fJI6
&jU9e#A'
(0@zxէܷj82cu&edTjpW0R)&6˺eVxCZ4b$#4gfNQ4èt<fb[ ,=`Ŋ(=J6ҝ0@-~hj/|`_@+1GuL W,/X76ר?D#:L/Ս?d;CD̆do	27:pFP^`?lBCrD
mUZgڨu<kMD($)}-zH!@zը;ߡ`ʐהVr%1{
XBVMmV.Yߏޜî5'UR9.i>()
(q]Daw;=ۓ3n%}H:1n\z1ՎWHSXZ{~5#VaLU<N״N3BʜfS3xi{Jd4PX.pOB'н8~{4|,6n{
1sLLEW,EΦ7ec!ܾ܁\ܣ"nՕHO`>sihثWm>V@J-JxƲDDHF[Zܮc
Kq?QT(/1
O32-+_i|c5ʙe"lhQIdJȭYTZ0b~j/əǋG1]֗&1ʉ.{i!_ŕp3׋YzUYnslUgJ7o9Mvrl#G|V|qDr[*kz:ƀظ	oM&ÆFnUXY2՗!!wb0V?M͞Kõ&D'oО(	#-lRa*]ÁۑU0nN!ߗ֩Waݴb=r<$ߒwk(ghԍ5=ܓukb߯.LʚK;BG{%MLTyO#ۦ7Cȿ>;ewWHdAؼ#Һjd}6H{aNɴe?:n<ߌ/_@K=SU#"}}px5%TeG߳lܠ!ؠv?TU$xMyNَ8`Nsrӕnh[:#Ĥ{qfs1L[0m
Ң\\dm)5( sJ+scy+Kׅ`ϴK*\`+Οh;foCEQ%LH
ܝb)WC̴A΢޽Vlhgܱ%"eQ'ȉp`hҡD	Vp:֝cjS?.?/wme[*Z3	}Ӄ9C_B
yp7+|!۶Ew[V+uKQAdA"wωո4M#SӬ|7ʮ?jWƻf8ZxƽvWzWkI]QReй3|QFnܑƊZ_0)baXa@PD1wgҖ|bрcRL&Rs_/cje Nu'. ]ކ]O#`(cYmRSqdD֒]ӐԼtv+ņ&Jekjh˖fǚSwa8[K/kɬP΀ĵE	'@^D/NVVǂp-*}AQoыLݵpBiyGT`ֵ̕y\pMloٮ/ʕP( c-WrVI#W@0ϵ&V	a-lf4D@_VɼrnRW)wPQfi(v)X/x~_icgR<Oɶ3
@*7؝BŊGΤANhRWlen3Oa]s81NOhAw$uݕf}'yˑߘĦA
ɧ̇z@mE)<>nPG5}}QPR04qgODpiKލ?|)A/^
S`c2hT&Ø}k^g4pҥ1iC~$3*r?_(ò(Lٶ9S.q~9aҚww o=jW߈V4ؚ#z{@[kW۽k76]F1'UUהWؿovʞ%ŖQjݥg^ܖRD-S2xOؖ>g2")-Rؒ̒3>I"}t [kW~	0ĆY[Q,K1Nߓr!HHN
;Oyݸ`.9'}Ć>N͎[6Mc<g`!}5c0kiK\Pw)gݫzn͇N=h́8~NIڳox J'xYbJu*Ȟ^U,u|N|<B!"?)F3p+lܷcƧ=Vŝӣf?FpvGW08^<͵W6;ѲFThcҁYϱσ/Ҧ:ߒb~0˓F{-~ˉ$ůUX!w&7؞o=.оGi<>+L	llpV
MѰ_B`}z5?Ң3W
Ua*̪Q_kFnٳ@G/D?̢,6&U'jZY4%OYR"XHm}71t)JYF6"Dj^[4ǀӰbrrטЁiu`za/Ƈ"LÿbˈH,{үmlk!bЩ([s#abKGbfX:ES1D[`(-k&m~/ vG5XZҖ"Ny?ef.(i@1>b{ie%Εvr%YFcu{*w8fJۜނ2.7_:`1,{+unZx
4#3<ƷȪh'Yy7JpX:{o)fJG9LµFYQԎ}31s X%!±4qpemf߼+ݣ&+jd'Nr*і!yn˒_ys@^6{:\ZMNygz<9Zg61\<ps_ЊmՏP<ݎïP[k&GJ:n؂ڋQ~{E(}\JO֮[iΞq Rv38FLXwO_ 2Z2W?/a>$pIF~b4Թ@on9J]bJ) PY5U&>O .qfxfB~3\+oh=n@4s_ZT56T)`,*֣H'XKM@9AʗRWi%ppPω[VKDզ60tӧ6*[Kwteаπ(2(lw8/\6U-[iPb1RYNE8ҳFL$֬P,@/nM(n:$1i+sc.<	G&-s1*kT,TQʻQ;KBg(|Ky=CxgnxزUU/ի%j_
ܼvƶ<ǵс%jhH[΁â"E.@&GKamsz^ȇ\(>=B!Řtn"mk]_VwȭOصԛ|Yݳ=e%QʹަopDVDǊ{x׶M$UfЊx_y3\cet|BA9g@;,ׄ9cY)'Z2PRӬ>zբbQj;rGhr*=5VܚzبиSɌӨ@x^wjM+w9H"s'wҾc;;FiG0*%Ω1_Ӭ+-ǩq-ܭc\ٟgД|gO_QB,YM8]:ST@&\nuq8a5.0Ƽt}t'lr*hކJ@'0_('!֢s>ވ*^(D=)fW	7_OQ~
GzfE/LFn؜!Y04v޺z ZK9=l+rdAϽcp ~!c?q:^*t,Y7\>Χ˳ TY	?#D"5^`7hҽ^_prV=O(p7ؓ4>Ы(cLW"8V:#cҗoe2hM{kĉn߽ d6/DNnq%]5ŔYy'Xݐܸh]$)${ݙ=|˿gd6FHw?9hO߿GGnև-qEf rU5y[iFDOQ8I&4HO05BM>u0H>o|Ǚ^Hf.@LG@ ϲm^Y;+KZhfd2\g[ҝ573D)i\ʄSڑc׶άʨVZӲD.f]F?JY;Җ˕5fHPYi;RPȡU
ĈR!ڳU>_Gѽǹ36>gWfPkn='bxpMzt~&=ݨ8{,lSpG/Ʒ"".dZ_0Ш(d Iԣh'8!y7\aV_vZ>qSe;ghP~ɩtQBD  (rJ^bh@}IBKe#x=
pwvnՅty?v$@:yuz%*z=آ
A$+K kǩUqt'F}yt%~zgVS?kΩhfM;"U/i߅S bR]y}bٰ^>[S&_Fo26&.! __pJE=!&Vahgs_Mi_@ߨ`<04y6կg44Cvw+ú@ o|xIdRTuggAa22%ѹV-qx2~Y7[!,pk3Euϋ-t5Ȃ	ypR5F5Q +:ήNst&{ʂ3"8
c(֑y@mَCAuX)ʊ_%zOjik	xחa8SbH Yԫ<ػ)e2Kɰ*-Fy&N9d_oNE5	FiSLmz<	ĉn@dGՐ5U$#הlgDZH0ө[~I(e!º0 Ďl#f);Tz1TN"zwF4gX1>#P,W~άmn?{YTcgM6W'f)ʶH=јd%5AH"#:ʏ-{t|!ۡI_;RpNj	p?JyեK+.)NyӦ"H8J$>B0+}Gm{N+]+k;Us~nz̒QyNдޥS~|.\Ð.Pl?uXxp5Iy#:є<n;V٥ZfGg|njf
m+ ʙNwyTpzx<hvKmbM5g%D,,as"MmPOÇ-@ăǅ?ç+}KѢ*-'
"èO6n/^(|fԕj,ٽ,_cћoa=6@Vŗ3rf{)^/ӄ0*ۇ2ܨ*VלPHt%H%3G}Rdiբ~|]+1g)FUz\o
rڼ}ԈNC5X<gǙfDmL9u"˓d/jLST~ۑI4RkWubLȸ7?uܩ[)RO~̆~ qS,_7L̰B>()ZNY9T
F|6	w76tҗ~rls
ցB$.h;\RK	مZDǄO*K'̃.5)K5լPqPt,I7Zc=3<rR<9ă1Ny0u?{?"|9lqeqBnd+R,Nx/$c#1Qߧv2x8nڅ$P3ךޯCM~5PA'GUDtw	ؼv_Q$טjeqA6oY&85FԽw{P0|gvÁ#\Eq!ORmM	+gLV~3d^.g#W!˜I\>1`0|>a̀ަf4Ҟ~{f5G&v(|UgXyXc5m40۰ANC)4~HRvjWxxݖdٹn#e4U³]`\=r=q7i'.ø0bbQ]z&g׷WNhIC0``q74`2ϳ	SSZ؍ϝ2ݷoRAjjcNQmνNqMG5ͳ8իDQ-hou{F/ 2kbB3o((["#:BnzӲ8v5ݠ~dT3YE5lM9,sKҒRKޅ#a2Xi͵sj0pJ6˘#~ʍX`L^b)X>2d=̀z,ˁ!RLx8Mu
[tR+jq)iGaň9Q4xB?!Wx܊b*EԴ=om
0Y{i
pH[ůY% B"h΂WRWV1a;Mfa{cӑ=bjM@#R,4V5o@q c93Hn*nݽ) }Yf}́BGLEQ09*adsG`i[>K7(Q/]uIx(mD&(mXfÉ,@4lq`8?i+a@(O"҃W>!/(ܣqȜ<}0G7G4Ɋ~φ.^/NpJ9Hjs@%\8Z0c`^8|{	![9=ړ$W	J\mּ6ؽr~*8ӛ`Ԣ\ZZhɂ0jUQх_bdˬϖƵ3%ƪ:oQ)VƖ`VA`z	`h4:pbr	*.Sv)ewεr0yS\|2K̥V؁)FU}uݏ?Y\/¬i׆PhF
@vQڷ+ڝz٫xrmmRRaнfPfd˾Wyдex^8s4-y/zфK}L%t<4s&Ωj0S~F)EAQ\?K<4'&y,TO6M?Yy$٧;K:lp^).Şb?Ҹ$}^ږՍMMb+}Y`^#֖y/n>]%ϓgJy$bx~De"Ǎo=$s^w}c;N|,<cb]OѓXQ	8E\Ξc.-pR;m#w ƇDM>=5jr}/6.ɿ+Z*Դ>orUJX,1Ȑ\jSӣ8v%ם%d0H#VJqѾDSe}ObwŨo|3l$jD+]+Ǘ-ݕBgҤY.x5I@fcƌX{֠!8%>	UЎZLÍA. 4edQpdpA4cʕ)Vޯ\
Pb^PNgwБ±*;G !ӵw*A>_->`waU̻ej;rߍ`Wt$CX	3>`vGaρ7HPF^yJ1d h-C=Z?y$bWi,èYxEɉ`r;o9=Uɖ9gln=)1JToЋٵ1H7R<C3)Z>Dw4,޶]ԭdQ:G=]~	[4Ɏ0#J|[)1}kKU@ˍ>0T5G7[I01',nox?`^2u'¾@Bsuͧbi<Ħ]A;%˽˿|T_Zb+#PURD4_6llA^i6^%ўaDuWL6bFخL1uԄIL Y˃<ZO%)}L#*^yʕܾ@ݝ)v'Bk:HjSRU)weIYGXߔWϒ,[ye~ucr=`AT]IեZڰ-'^G
Æ%'tMvD?ٲM]Qm>W=%9Dk˼./U~Kl$:d˜O>O_̱i	E]`oT'K8ȴc#Hͫ5>3 $Qcw[?èݠƻ_Aڔʿ[(DiܿWj8|Y)c_§أ`UKjBlMLܾJ*eYyKF˶Mz'$~o"kI/ޙ1z{@#hAN6}*n,*%6uNlg^٢?	zqubT{9WyWrZoڀ\?Ψ:oR~vPisń,r_S*c6Ԛ5zR`PBgз|g$[iҡɭovRW+#t|)]u*_$iD`4!	c׈ƈQVט}3z;tyMa2]{HEՇl:g|L׭ݽ+a8..#2ZIN-͝ނF_]%()EMDnø5Zȱȣ[Ң`[/7dʬ@."#Y[,f@:BlbBo\WU#ɴXr9/Hi6Ӱn}@`ɸU=bcR{qDAQbCn+5!̍:
ECiXmAYߋGCKC:sGlOHbȺ#ܰӒ-#s2Tq+խWk,_+"q9:Ȝk(n5[k})"y@@'}wdƨ*3pX]Ֆhrů"FK )_[WWܥwMJ#Gnxh1mRf[ՙcwB'OCt~;ŝ6^s/ܞFZם7/6R	ʇo+}+b?p|}m]ی:	R#cWa~Qf|<*\|iqXrQ+cݲ	Un&~Nъ~u
Ѱ7e:BdnM׭UgĊX.$4OkRPkg\ET RʗXn%єgHt}z6u,/Rx-z'
0d}X8]=sՆsן0ң@Dxhة<r=
˭A,H0erM	N{saЊL8Ɨe]icŨ'R/l/F,Cȍ^`EU5_8)$GXI=*Kpp2-_"9 	*N.Oʼ @P ҚÕQ#bć'Y
yws		֪n:Kp>I{ȃivu`PG-O	xjPQV:(Fk p={b		z	 _:#Pi)Ð ^E\i2OD=@ώY[sZ}WzpU!#=I"̖FI>M&pc|xbdEQ˺/&e^}gCB$3noFOc2D.b<	x(I$Sff	ɨU
Ad)Н:rFi
9;F]̝0hNQЯ7BYY7k.[d1TZԺ]J݈֔~mZŗӯ/&huBnE~՟Ga3[0/c̪3AQWF(jeg1l&2X2d{wQ"͋_%"RX̼9;y9/Ms	kADF,a65~9ڤ%<IJoLl{`{s/m@|Pq*ùQ@
W<$LƲ7b/\v4ZD|3\8*;ھ,+x("S#F¢:6.ҟF!Kz)kjTSWZm:W:..M{j'@BƘv`yi9Ɠa'aXY+Lp&t6r67I[SDH/Zh{xRr,ip=qY29!T_{PW!ȷ47Jbd7lˏKMgW|q+<Fvό:&AˇeثjEE^݄)~"[Q1uL/A<:PʵƇUCQ!nA^Nܨ'H6-lS5Q?X\ȋ`0Z@I(i;e1L77݆1kD^Mc<DҌ̍l[3[KA&?ezmuɅ*Hw(a[h5׺mif\jW>%rzԙ'٘Ad|zUېFލo3pJ&Qrɵ+s); n¯jڻ}Y{>Z'?qfH!?5)M?˗h(	i c	63܉DS_Eòʰ^f9ٚ"=E*3}6(4( /b@u0L>X9$]3!i%.׭,PطD
ֈgAK49U&1}
gwvGHD]E53Cd\^J+wӵZ/бOWE1l َd}Gkp _05ڛ*q^4>b%|؊/gmXlDu1E8K[$z=v^Y	y}RVǥAlZz;5U3_sЈ{m)!;k4*2ՋLR]Gѐ4H44#֛_g%ol|Tu3:
}:ejVr!Mۿ$&;QO)'~d)-zVWv`V'Ev+.SGtBYuNCu[1+܎kh\}U%~AVck>~c+egzg?Snwj\N[C܇{q"IrT)jpA:QXV0$Q5ȑpbzD(#4mhiF=Y|eӣP=cM ޗ	zwlٿ4#iv5-f5M	>@`ŒÑtj̚43 hZ3H	s=bذTx0*2S<ZM<='?(CTQ)K'SC~<Ï_žObV51cr
z'|ck)]^ D!`ϙJU=eejc-Hvf;uK~wǀ9&Xy9dD=Z]Xg:wXZ?f"=Bzx[:8Cz]2DOY%8-iȆT"dZ5C=a/z/'0q219#jE|%T;8BH{e>͜KoH
TkIy]:6p-'mǛt`t<'+Rq^rLu{k2Pfhmvlm,bLnNpJ!2 QvÝӖ@:ZcoT+՞u>ҦTn*Ԟ87ɛ&bޔ"3Z&9VmͨСL+;)ԯ6Բs|'5RfDa2nr:Oec~$1{Sb^װzw13OK>іܔb>ܛ-fl$dѴ@1ͩO(jz6nhC4׌ZK4	r|Xo86W%{^6&U1 B
[ۭ;׬'o-]=/Fu{ͥ1ъeq	4Tn*r}M|>&¾ѕ}R}EJ;X!s٫EjqoN)8-qC0-2#F;V()م)+nǨ֧=sgP/ >E0|fb>_6v.kal.m&.(iȬpGK%6	RΓJe-=MjHj)vhϕ^d.y1 +}i5u{ѹGe+}fS<g,cÒ*Px
o%a2q7xkS''uɿY"?``ғ]<ÜαisCFԜc9-^!B/qehψiOOmS+Bڟq!~!f3Tj;N7&
̑UUd>SȂՙ_"BeTߘǯסoPf$ض: -6[n:+n-ApU?HC]4tk-یmUF˹3L	,3=*]fRɻZ#J^r).\ˬ8̅1%Q]RZ(۽Άk=3+4Oޯł2uK.[-t;ٴMݳ2O`JΡWl85?\#k2TRq.n5
YL٠VRPD:3wJŃmD[.O"VkKACVqP?1Õp=԰I
g5O9X{,cnA<^KF#bIsÕ&Ϭ-JyaaB1_\|t NU۸f4ؘd@|ȼ$yzdS|ywJ;~tnф;mR{]U?Q$zWٞ"G: `%&¼Ƴ[ցv0g]Tm{0Q~Dˋg5Oƥ3:'ܩܩ{Q	ǐJ.&EOCeEk^6ŗ9.X+^&oq{@z?*z5.%|2xRņ/$\.kjwbM.,){va_1ɳŭ1`?ln0GQgY)O؈@]
\Jv`ˮYkEԮh̷hUDSˇf?$Nʹ	τ}]O|lhVбh@]HKHx=gr6ςEuD&QI4-h'Gr^Gikщ:(1l)Af\0B_'ۢ]g2=nł:&gBT$܎O\'<5j	0%^@c\obkQQEaPIFLJ4&[a7֤pYU۵xBbkM9V~=\C*˨сCjǺ!#UדV%J1Yu0H\B=B6ݧhZ"NLh8ny\qfv~S>7ս̰G݂%</]x('śײO,4_#ӱ_Fw*z4.Llߴ$bkɯbPNqhE3Cc
nۢ(j܂EzZFwZ2_%ؗoY#iG: 3vƲMaUWE
8Z:j*lzĞ!-w'/Zn`"Xa0-CivBdJבu	|F,ŇyE>E@μNtm|sn?)RPҦ̐"ZصSp)iKLik^V{b~d/-\3,j&(PwtMƴ'Y^2P!t:)c!(MGiQL5ɔ,(fl;Ι]ЎkۜuLjҤlp;,a}NPs^SǞg5=ȹ%h(\i5m`G˰$@.79olRK̯K[tӡYX4HӉO$@A"Р$([9?RG<CFؼ~W/	Ïw1͋}JSXi/+-U}*:ΩSԚǍݖwnһ<)6Tܞg#`kYG{NGY>f>aT_	X a,}55YI+Uaڂ*8]]vskZP$_چ*by
tSضX~xвiH{wv$0p4μx}@őɯ܋TڟLeToW`C;nq>P}Mݮօ=ޏ@;SQV?QCLT]ʑ+tL|ƾQssU!usKK(ZӋɔ׽(ft4XPaٲ:-:X=hӂۉHW[h".-YҥL?{jBa:uћZDmNf0OsWhfuerrUabY!P6Гpbێ\i^F2aҹ0ʴƲ&vG06&$]-r]Ѐ*j<F˹]L+giΛ^qu :ȖbZQ_y69CP)(r~]2r0"Z3=q7nD4K{')V+ޘ]TIof3
8a#!N`/ՂYڀMJ+ٿ˔Хq|ʭ-SUI#cAf_ֲ>'nS]	B5{V~dVHW>DyܵO/4Jqyquǡ39Qj&DqOcoSy.Z;ԔSW{G'Ξp^϶xq#Z?HA<UVž"ʳBջi{/Qw۱]>ߘ)ݩU}5:m-V*CtqfNOUh$>||;~Cu+ȼ0Z $L̙܇t+cɇЮs+ԓya+p?SS1%BbAϿՆ;D@_|8lNG	M5ʿDFxϢ$. V0!d8ϡ c25B}͔lcAFӛ`nDYԽ)@3#-^2a׍Mqdɬ0EH֯D@M1aXp.[ӅNSHFfԪx/^9z9ESvPΨ։ZT#1DC@}pokm|vB2qBu^/8LwSCy'g#u>бM1.BɰdkGVK$ğ_6ʿ|%0X5=@WORגsH?is(ڵR%ȣmӜz'kTK(?#&̀ՐiȮYwȕGijx/3#eC+%YxoEc;9JqMԀsx0 y]K|WNǑ'uCY>.X4H2x(ZBZsֱ'ő]G^rx8]+qߍV8Ahwb}^K.*s[EAxc~cOlM)DQ6x:'8kg?.CLÄܡϿɶp(`KG7c36<oJrTS[@efpyv۞;zZǢ/KX >;ړIG(EJEگ.aZ̏A5.AusG=H{xN7ԧsYFER'բOEvTTl-Zrp18eͼ~M]8jC\z^ێϔL.RS'=iRrf4Y,\ˎu?ηt>=M0B:;ǓfT+ݒnh[_)M		.rݧK޶}Ҙ0&Лwxl"j|`Nd{Qh%:ҐưPft{ߤ#z:GV|(Ǣ^A[tztxI(ds1)qvY''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24757)))
