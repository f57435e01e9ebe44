import brotli
n=a=0;b=1
for c in r'''~~|'>/kd&կȺ9Kʌ v;=(r0i[\=:ӎN4Ԓ2~LO$pwםZbrg:,%O`)֡8m%E2PWm|.9/ۼކd
J8['Cp_+1zFn#p:^.Ku+9xqPs}b$>Qz@D~"OLHK^W0]?3"9JvCȝZk\I8Qzo]''BGNӖHY9&>b9a#x#kIITt8GĚ#.iǂZg1T/iy18Ulg֟Ӓ-(H_U1L9qU,{<,^&lVA<pTٌxQZQqMeK,lHo?!!9y_=,,(J"oJS~jdN6b>׷Y]r߱1҆xDjoq/[rp+;TE~8ݕ*ñc-EH}\Cgl7`
DQsyэ:EکrsMPE+WT	ʽִ/qUN׽(CH#6,%hc<Y&;,nQU,_L-ސŤG},P߅BNDo1)a5	
^rKԹ,teΈTFu(kLUϽ\BT%ƶpr@K;F;z_T\!;ؐls%y{&]|ʮ@$Rއo0Ы"*/QƮO/-9@Ç.waǡƢXFܚzyCz-͎ÀtYp/_)g#07Ϣ_Jҥ`*
3,ԭ}kN&P8{.,Sb~4U~hץ&!Aw-ih]*!E͏)M˩Sa@'y]*rEgɐos=mɓԷrzڀ!\!!Tr12;ƴ +Tag͍҅\Ř%|.\Μ˭vl_~^Hׇ<6$/ն!XJqǉBΕϴ3ø*}6qeI`'Ab3$F?GNp)$y}W'?a9(حi.8 K>ȼPl}ŁX`lZF̯zMH%JڢF~޷M߰`ť<hqpv֌= CFEf|%]pfݣšrRS)#ZKʕ.^Y*Jv04iwtcVߏ-h%xMć=ʌuϡ~Uc/C#:(o%!R:0ΡYƯ}iV!c	ن	)h{]OqGB_Ҟ*8wh8ck`+lF 3>9(={e^JܔWgb$]5_U:U0Mu4)#WU\"ύ#]?22ÐxOŀ4ۗNrwNxҖ
hwái)߀ܮLaqɱZ0tot\kE|OOj!X1Mm%15F|Qo͓[Gjwz,?ڭPN޲ޣعM6c3FʥlM֘{4OTsΐ_fBt Ω[ʕӐUpb$DIߗ*ka^VtU>JwE ژSè$qYUHsÁqxR؄dۛpIܧJ6ӋM0	A@[v<wŏ!1OܪkޒQ#l gEHg`ұM~'q#ϲ:6{޷'LлHQ,ikڒQ!b?'f:f..H)e>`IS1j'&8m${z{ PTF-9(ѣ`k/aULݕގ:Xz\Ձф}!W}MCj::=2}7CmXLshB62m:G2WbEѩk6uFHE_߁S>B!̩.f$JL"vV/|ÄlmzGպ"[QPd1*Ҝl|</qaVXn/R2D6_sϊf1JgFj?܍>}@P6Ztņ\\b=Ճo#QΣFۛύ$1sljvާZAkC7++LˣډjϳZ"pq؎Cq`<0y\yquOcuSzސ[YfBɃρIL~2Sp߬7ǥ,+f[(BߏIbs
F!>utGT|sKNZ0f,{?Ŕasj>3:eS[ϚV3͍«]%;GRBS-}+7Jgح[UU6X!j/mbQ[yAyn?r!$%A+pӣfK5l#9CTH#[Uʫ@/Œc(̄Ƹvcx_K(	{+y<.1%΄~V7'vrRfo"/Y@${ճ,rLfcH5rOyDm7ޏ(ٚĜ>;-͊ڵ]\nѰbbIژ@OG3owGN.]M9Ź$2`faZ'NqQT_nʼ*ٝK()A?VSM=߭T`}X%Tߴ°7DtϦO#˲е~Ta։-{	aцF&x(SE49ys.(Kנ&O`,_[F2%ahƛ'-ڇ:ȥ˖_q޲yDYg_YPCK>Fã̅5ߤ<0q{=O.8-`^.ϼVEПЬq1I41#Qӟ1?uuɃ	&.SB!#Y;Ihyпd"'APupŁĊ);8N҉K|վNW,2^VަF4cܭ;zlRGSɷvPP5Ό-/ωlF:zw׹
 +r?[.FPon42"MQn07TKfpwoHHؕڰ|w=?9#'?M0|>qB(~$t?jotq3`r!K>Ƈ*o?@&%ɩV9D.x=v2
Eeh9q1S%.%-ngU;9|O@C}HdԨ*.tѯy0W.>_ oSTs[%֨{)*
C{p4"	f}u!9Zm$͜u4r؏Ի~3SA )$;sh3*ܲ]Օ>QU DZzdCopOj Y>BtrxgXc( GʭcR}C"+6{lͷ9`Tķ.v7ź&I8]r]'9aѲ3KϨڢgvBZ&w58#r;Bda͔-a^Dr_۠ݖ\I^<cnU-sh{Ю\A.c 8^tTvsЌtMn}G!J7N"˕Zs\"0ws&FGF-Oi&˩ofJH7Y*9ޗ/$%2*(Fd#MiHS'*_wɻCS+Α?oBܥ6B2VfoB44\qc>FT)%h`Jl@}ϧş
֍{ٚOc̮}tm7Q07Řʂu;fQ'"-%j.R?Y^ _z;oOR|o9YA2mʁ\z;vC/@teʙڈ_,xWGx&]4.R'Ԏْ&d)OK#2&z[bse}vP{!6?[IZ]FZy@hs	&޽5Jrލ<:R5l.pXjryVaa|<ݩUݚI}8wrPRh2۵`>_xҼ	
J:jܤ)q>ڄ)%-\nrC=wccؒ(!^=0MmHÚO8׶ulܬ@ÎKt%9oݗ/jdT!ET`hAe8|ZBlfX|]`c=$,i
GSo+ ȿ!'#H~;)_0¾kcƞ=ְJR
QԓڪcлWOJG#5/Æ~##d[fa	uG.ޜEHU#*A>jՎ,0QI1Ho۲s֘.#1S9~p<nԯ	L@A;:TA]S/"e6TWEf#DA8Y-Iz3ߚi`
K/"9̈́Ϊ4oqTĿ po\gq4!Jŵ659Eeү#ni`kf/|g#6R˧`y}>ǽK,Hsm/}N4V&HمǮc՟C1()\Ի	('-c1ԁVEb)ILM_
4\_xھ;ݺs"!|ש9N,By!N?**AZlٷ]ȃ]:ekכB_+ORD#~krk%VE#a(	WzPX8}Pr+ٮcpbھĿ%e&# ƚSM.ӦD\0YLӤF*]]1nlM#زLmǆrcoց:U׳&?Hf<XT,ɸ}`9>M+:4]݉K7x*Y3վ<RHL8lI3\ODeە]) =V.xhv"D U"HyEj!يfodjOy֪~1`8֚4# ĀϜo/ּ޳ kJ1bT1$<rXNzAqA~W(ۜe~ne$k^~W#j`r~Jp-ήoۘ0H|q/H"cwƧ1}[$݅=sOPc}}ہ`ŝyĥb[)AQ.ҥ7[Q/tOشa\ tŭyVm_8LhS:U(lSi̯buaǐd7C׭81*@`\f4	~Pύ'h$\B$tf98{/yi}fzERm?D ׋>YAi81Dpj4p߁dl7y5IhY=k(C4j~16PQVr_&/Ozt0Oj@1͋MKc1JILdct.qƿ^	mC3^vݒQc2Gu,a<pݷadoi>&aWw7h;JEPCw6A3H8&M?΄n&I?˃8us6Bn5ˠO_W)w!^a"GEUAJ0zQb?m7ȳv(\ta׋nJհJɚ2I>$@{}dt|
k85~׈	anF=՘tװ=mxVRi%iǊ4:|dM՛?%=Xl`r0$%FGt!fnu9em67ץ[W|SGX;sQKSǾMM.Cj.cB
J{*w!<|LTO+9.΀p+6{=ɚ2x=Oݸe
Ĉ?J0+prj&'7ndZ¢O[޲Ф\@}HM݁m4)yݔ*͗'ӅneBnL'1T6b7"B-\2	<'<%z׶{R#kqG7^>k?{mպQavSTП՗*sB[kR_z{֏9]'dpeϔ&QUFȩ9E[`2
Ŋ%dd-$wptZo̢2ےF40T(GrZvߏ$.cPûU̟(jҽA9UκJXջNog^U:QKjA3<A>":p4
׼Ȕ.$%9s;w2=%p
'ݕ9JڃL(yXEGFX́3_VȀڊ64.a$x+kΚ5kGsi/cA#CV*?L`L
PFeɳ	IL#_F$8YS-OƇ,''H{^iGƃ^PVcwJP~PDY*ЌWVCϻ`Јޖ-!ʀy̠Ƹ̝{"s[ajrEU6u¬B.t =ZU>6HD(#VZx}TqHwY*$~]WOpG5cHdȝw:u![x~0ԒHp1|ҒIɹϊM&ڛΐͳB(xҷR>
`^V#/Grw!ʃ 9:(Xι}`}2	Ҍoq]ƃp!0ob|#Vo̦ڇ?hR4seQ }E~;UDS,	D+&=-WCBlZvhqE/{8FQ7sX0fmdWHC9aSK/dQ,@zYֿcPwq̖Σ"LٶUVӘk)˭>L4]D` ;uȊףuulܵͩ{1 iPՕ,e[nr8Eҥ:$<SPBɟéRa	t^_R,7ƴ}4+S[o_l#XO
bլY8{6_m4ڗPҡMXoemhFL'm'ތ3<9I8	
sOqQ~ҕֿx ]'sΐQ)§pcM]%:Eu=FC:gc%/1\Z*ѷO
|L>A2͖ܰˁ8LE|bot6:яv]XJPtc$%w,/FO.zPrZ:	v\ߚY'ڝƼP.Ԥb&xQDwH;y)#t>K:iY1,1CBQΟ˂e.f}t<mZ]ߦ,UJ7/nAnzbѢюL_h˸IQ
l}Pӧ`Q72c	<eA̰_ҠF`ɜ]I<|*8l:̎RZՉ;\UFOճ.+ëE]+fm`hd+4ضʡ͚\i̧!0bKBhE\zd",ȳz:ں-_q[[PPhx+H6l&P(|'B"Gf9cl/ܳZסX&=9~b4f\{4')Ġ2ܰx]̛c4]<yrQ(9| T<Yx+Rm|R3mHP,Ad9.#>rt|"Gȋ8U3Ԕv('|)$BݲAt!,}WOBJ:8s$a({\/u8BEG"g^k;y-cT|I'8.E/qMCM$-ˊei!IjQХop@ZV[_FsqCQNpyiߜ=L~_Ӣ'i.!YlV#>Ӿ@J
yDŦD ć`ԙѹ|bNfl^o
L	=4]"6<܉j.xސCKoëР<\y}йw(MW֬FU
9@CH+c+r!ujoVIՏ9m|Mk1ARSo_RVk/X~Jvۙ{#w!0c}sȟB&ݴ#ƲKM<`(M:Wi N6kJ
OVު%WDNn$ʳ'ohΩ)fK~d,S]@ޗDdyFoW5W8963t^dVp^G=h3\k6K	_!{zZݧtBŉ9+1.gK|;վ>l#T"bjHVأnP	w
9d]UOg*38vܒ[M8Hkc|h$8LDtֲU!i}8Gr0
RBS.*ݰ }erxrzi,J/̠Hi>HY$J13A
>5-3ǰCJ	0ҍ<Zz0۲,4P WR{{Ԙ MVni63|%ݥ6vĬj^XKg%: :0U Y]-A=DڠpRZRsn-XG5?Yٛ$RHQil
*IP	މd2}EǅW=Ju_Bv7׿olk,Xb&޷*2iMʶڃbϓ."ȃ:PҏuT˧8Hǿxe{ѷ S)8F@6rkN/ge-xzTPNhJԮXYQ3ѷ4-ڈ΀'(2RF66֎62ӦyVqZ1R̝Z^ƈݶzdBGs5|Ճ:-׿lr&yL,Įx:?*?Σn{H&XFX_Ъ^1"}B\ȫ>8Bǧo:d?i+4؉mPgë%Y|t8Ź&C4w_6V̄u_B5h?Dl/r'Lfǵ.hյ9@)d}FT,	ZׇpƄTBV֜@&{<2r-XFzm2=_~UnnЛ{tt&6:̯5Uf:cqbKӸ=^x-ZLگ^KƸ#v<n`=sh}xoGI[Α^ch@sl(rUДښ|\:ӕySEz>`9Y~Z״E+w\1XbC 48cXȹvF7#Ɵ7¤ѓj4hym")\MUF|ύ4P>ůVV3}oCH|``vx>C.& <÷	FTfCcW.ּrl#3 4Kr1ٶG/Th)3W'ĎHsN-%T(5,*Rhf`pߴo=U+ ^NB@Ҹ-s_|6gd.]׆qp3Usw/\[~xC*FٟQ~F>ƉY:߅UAԖeC/ '5<#h/+ӭΖf [`'LW/FEYs6KMf}ܰ3ƔFNHr~A.%J,ֈȐ#C{ja0ö(!P[W2]cK#nej:Ru>$-?[?W^Xwߘ̚hڹ1cNS>rS=ĥD:4|3*`i1>bP{oxS߄׼\(Ƞv܉M Fi۪8)Kٍ݊$]]Ir,8`|Ff<1,CƂ(Nz-U/kI΃H*+_&z",ǪѷւsBƞWZTeHi>|3.D߽qʘF-՗O)AŌBڰ;ǲAVKoT)X^:41$gy8ZHhFZFy*?qeؚ_ݼghʔ7ew2m(|mb>%/<Ω~x[ǯv_ϑ ض_6aX{|׀(6i^ImYixh[T>+98M)biɝ~0ov99`ChlSb0oUR45δ<aJ8х*o -ЈяW@os=k5.qzI+CB/x)d.8)Rč>wGw%rk ̞2n[)CȷuRCmxqoyͪBnkƐ,z\ V׹UMJf??|&Ew*Rgbc u}ݜ&+%yطnTsQv{I(}A5kQ*FnPЬ'ǅH71cͮ?%i3:6=K1EǠKj%b~,db~ds3Ү*|FK`u[F,:X^ɲrj!GǑEcćW?#(ĵYǞܧbǃ-q;6
U];#1{@Z֓ԶUd^b"vqY^!3fhV<Q']K^+41F	'ΌԬ[i].\u[Bcxl=J\v9JwֆWtfNX#Xp*Z}d,'Ttoǁ١T?qӣe8r6:_36o߳Tiar+=0o;-Z+z0|ˁ'V _
3CK/zd{eIW"o[RZ$@+UiY&$vLo'X{l}ե&8!A_˄c"zԄ"֌8!w"hU7G)C		dbS,w.Y7
[ͯekpKϊ&*gпp9^ufly*DERDͨ)U"wDجZ;.[7VbQ]u+Yj_#	mv4<Ug!ERw@@6Zsڅį0@-	5=e*p~N^tFPU[WSpxjeثƢO&Us>pl6.bYѷ|Mj'Vjaǒѫ#e;61lXi?E=X=79-c;ݏx%0>e^"vh@Ҟ9(cGq&GB6txyƽ+Fhk߃4ۨ~/yN>UCHaa9ofMJ
y,x2eܸؔR6(v;>;gдY3`\Y~c>GgX36Wۘa;}vwGvݧ/Ceȵ	ɬ3;l-6ȶ SfDk-VbH!59	l+9J4ˠԌgqOOP"هٸ|ݘtn9։0:!
W&;RfLHq)P֮*˯aI."X6+ޚl=
AbrE<֐y	̃g_&n-l<ZM5õy>Oز]_Jڂ*)?fD8Y;Jr9(
q`dlF,~nNn;`܌{,8%:2uZ7,v[x03xM((ι@7	R[}ٖi#ĭlsYܞO{l:fٻ~YܬZ)vH|/.f9V!Bt&mȝɩ!?w&w&ڋvרp,iٽ'>>"}ec[WP/w"$rs"ѭ;9[ױB;OP>4ˁM1p)"NMB1A76̩٢OYOda0A4ʢ	=E&4=2Ξ+ +1wܱ=	׉.ܮk<=`[faܛzu: 9&UIwη̘63OrOڴŪGZm=A8Z`Х:@$%6$KWj}q]h-\g]jj|5dhMțK͟qՆ?V
H1Zrӗגɺ	mvޥ6S'9HQ6
5l?YG+̻'>,-;cbڒ|oX'9IMP Ý=`!͎%g4OC3˺ .IՇVùUxY"f0
duw.{AH?B?dE^wγqDtCN'ގ`IPc`j4fP|j\׹B`\t#۵)XҝA^l^uI@˅
#Dypk1CRd,?EϐoR	P4&ڃl/~pHiJԏ(WuܥGNS})=p!,W.Cjt\[W.Y6(ǆ}Yʌ%nۜ3l֪>?C_dcRCSS_BH2(E
?0D[%;Bb]OV{'4ː`a7M5$An߁CTaS_(W;DDJE-;AG#$!GVNj?=z1ʿq~	oá!{7T7ŴwP&kM=˾ÔoVy}ʓ~ƢzG:]_VMv-W~	!
%vXϖ%H+e?]APU?Ŗ-DcHHڑNs=JO:Sgsl~yӝQ]ٗg;Y%,"^"R8_޸3/R@k}UԹX)E82q+i1u<EDs[\4ezPc5`S*e/.Ԉ|,&5N+ǀ/9k%2O'cU"vX1?Ҍ_ZEzňLFLUeʑX6/٭åka40fe	=YȫӃ1ۂ\&	
,_scU[^zHD3N]ȶn5$̡a,۫=ͅS:lW2> ~m}"wV5	?ھ"cqwwrjZU!k\$`)O[Y8?K.#^V]s}/mێC(VL|g	$bF^zK4Vt
[[jE&OfxUi@wWjQDABlNxh)l|IlQG%0Jه~	`Dh
~C0Zt5>
#zBIE!1#9˴_p*Ҏf+|Pd83D#J}M*',{-)&(,_
\rHT}XYݍS7I9pPreb,a'@G
	v`!{qJ$ÍmL:AZ׼<Gye-FƦkKa/+EW	}\М{<93guʪc҂0yݦodȩ/gq
ìbOM7ȾɤRşRPm˕7Hæx
tY/>']{.g^'O
Eؼ7iݨ9sxP_H*δM 3v%z~Suۘ"AC<W/{2ޭ)Ӷ
c"+ُ.߯Ү;a4eD/\P?h~(^:a%:	<ǌ%#bڧЉQV5mýۼd6p6-k|n'hxҌko#dbnbIp[^EهgԞYH0ʢX5\7w	aSOiD\",gqB~ŌJ_5&`d{:K9%ˊlۣlJ=PS[;RêrrARԃ/5۽xkvFcc
l0}l)SHGWkXZ4LVXR<AX37.X/hx.X~m˂q69U(]ߺQ!]oJ+w	h7/9VWA\?uvjs
f6jLSQپ=oVXc:
-ze:i;wIGq\z$I]uzgp0Ԧk}3 qVNlO,8HAҕj2x+Ү~)FAS$(l}gWoc)9͟qwQM ޞIֳ-'ՙ8g xAј[GwƬayNZ{ RI!js _M
S)&U ?u~!-XEm]Ը*ķfP	JpяojR/`{bXFQ#gϵ3_PϠ|Y}DXϥ!172# 6O;wu>)#x-"\ϧ#SЦYѷ9ɘ}doOx=voGkOsE	2ڄ3zƇ>`pg;֞R?K_$Xb5m
+Riɪ!D
2`NrX/Ub_xQ_X۷=;H2-ۚ&!q?@7tQ	 ppWJGmcBX/ªj?-lM'ٮvO֞Жjӓ:*O"3^`>^5Oڷx3,~UETcRJ9M)O]5v/ðIeEқ΁naO1A>KrY%K<Y%ŻZX×`pj~^,$ojDЙjb/݊-UWDʝl(Չ1MPBu<D [[kiqx?}~d}Zw;f,9]o-gv,B*TK܄!a@dmSōvAЉT<_4N(f2 5cӴ<աg8}^ ҨX\r[)H`[98H&|.
ڗI4s+!ּBI$yWnZ{8Zl()"[*J~
cɝ>QT"MPϡ׻w!^#M-rI.h+7:kBNaˍdpu	u!ij;p
5G\nO[(yh Q,'ٰ	i#zP?DVجwt'X3	AD1܆\ SЦ}f8ߌr&O^|`CC-6AU(OxhՀޗʅ=<Ķ&{edN >ذh-	ז8oK?mVEKR)}~*/BX6)5{Wo7}mټz"үÖ&ڞ36,d^=wV^ؚPA*Ewm@uV!ifdی܄avniއŊ4{hǄٚXw]bӌKZH$ǭ
xTMa1.\)#wƝ@#	YR>=bʭ"'NDϽێRmt]ܦX9VŐ*u	h{c73Ϭu{jM]V~_	q9Րl1"J!Ȟǥ>VKLSfxmCE\gBi]!FzɻLȺ<ۊO@^a	ۑUL;HlzJxɅ|Κkx<&'1v	A'9jāЈC0i	%S;۱,59B_A&#(Psq;hv!a]>Mvp@y̑/&aeI7VbͿo`Ze'=@4_߂_Zݴqnr	Ҵ_|dWB4gAZd,>xO5m}.uPW7B3j4xs0i΍wȑH8t{G+i\ݕ\@t#Ĳ-prb(;Kݜx06wڱ^Cx``1'n>6}v<g	3BGgv7kN[=BijTrkrx"v"/n:'8Nّ1yr[Nv2c~ثpLa*:чe7<}yݟliSGܣDWI+B]dj
Q?яpiq@x),b~yvFz@L$wء}ئ`(;~ߗݙϳourhTPwwªԻqf5]"ʢuƆ<Tő?"~{#]]kMt6bD3[x8VƸ$,o_$0Q:HXUZ9_ҵE\vlI;Ú??\{"cٕ0#݌ds!?a mӉYĦ70?Nm\1c,ac4Apb-!:R%UJOh5|VƵA[u}6x)n
ݺtJͣ_Ի08YCYWWs<+,bڠصf6C[-ɉv<
!ns"jȫLo&ddsB|s	نٵ<:CTIB ^VeͿޯfPLq87Ԫ߱:קЅX;Msa8ftߺ<Fũ߉,L99_ 3(Em8/Xkb =ی~ܦ	yDY}3
pނDf%ܐ`ԶLLٕ"y#lU:(5N.b,D,Qz(Ƅb;6
̕\ztI<>ڮM2S=ƨiHʶӏȫ2ʏN'Z~iCq[D.r.GA^g&ZG7L9ÕT(Rcb@6#MpɅ#x'~.a+WK@ى(c)Bߜ׼<.Pgpл9ijƾJPhLLܯi.}	'pϗd2?ɥ$>F|$l?6IȊm=Z<FC̲H`>j0t9$DeDt:':T|f?ogʬ;qm.5̖˚<SF9 f36A+l|?&<z+]>R*)H7	V(4Eq\jQȜ(x~1t!5(׷[RլY@w[#ŧ`ּe<B'zHi.XH`Uuh~2zCddֽ'wfoT 6>	ٙ8 ԉ|Հқ_xP;QMݳ_`?G&)~_Hj[3bg7WC+omG+!q;9L#cDи!oUn2S߲Bbq`(oX$M?WWgEYE0MӯObx!>a5qП$.uM@OWSG!ŗkIˍ?QPפKB;W|ZCjPV~ԬRg^-IԕUbN/Rܐ4
}9kCX+޵ՠ+\TI0e[ǹͺ(*Q!ZҘL.frzj;)w6!xҖ,F@9P#*,Zоd^w0rL7lrہ9΢z1iO0:Nݍ\ɳ܃5M׋[F
uOÕ<n^88ޒAYɸD59,FFkf1<BbIs;4Ooύ)K#5+M|̫eн: v7w!t&mA)Ƌ]jLӣRFG4&	i^iQǰ_Ʃejxc"S6DnPoŏrNgķ,eO=ҤH<v%c:o4t:]U~؜1|wV)&_v̈́ZrAxsՀhJT<qՔƖec[y6NUO_o#^\{n,&6R>'	)7c29uMmu=2aI"'XWޱ3=pv Uv`ܺW,iʄY_:Bw$azX3G!6͹8}!U%p	jngTE+--*"/KpNh`!ޤE3ºުJGǲ6~JI9jm)eлJ݀:ݪGV|J(ȁvTP?O~!dщ~
KMȌ7eq==Fw\NNۤ<spw/"OkG~ޭd	j)IQu)қQ"}#`І3
!EL͑A=:omek]	aZWA߳F5k\5Q^d/*7(Uт2&`Uq&U/@JlǏo#EܰsW9I]0 !h<V)gϐrWV3kȩºlsekI	h	Y[ЯڴNGmDQ@wˣfVTfK,o'Aߕ.8_ icMkJLսFamW:	VWʟU<8uW	\bFRe#K
ͻo xxMËh!^Cr8,'2bK[W?-*vԸҤ(,7@a+Ô(0z܎!:g՗AT-	G2,[pޟ@ٻ3>TE&
L6!}{BsDۮaqbGYI8qyA:Փ%+0pmu!bn2αӥD@1c;T{7zS24	jO7ՐgQռgµE#Tې"^5[$imƽo4Z&l?98|4K&p`iةw3yD\W>ڗ]`B՛	o}*D@I.`g^/hCB[`oUѬznQ:W0XAx~a"C|2:R{;j#x3^bK6|/<ۅq6B~5x1PߍȽ5E-!K/ےE7.זr(!OkɏEU$Ȣ^'Gzxޡe¨A{EˠnCHg9cBX)-q$- [$<ˋ/wr4p a[J*uȐ-rߨʫ݆:0ŸLyZYq0
.ˢ\`.2Z,mV`X2@bLwC˾TÞ3QvhTy+Xސ^p)AZ[̾f]UfX׻ƨ6Ʉ
 />=)^DRq=4\đŸY%%1*!%?ͫ?ͮߣܹa\G<p5v21W.Fh	9[3t;IEoUTO1:MztuȪ4	%=j?}s n=>dV1N\9G]MfƇ;0ݸӱ4#U7Wܸ ?хVbڐ,c(E	cR{oeHOJYmmNg	fdD%~"{ޅIǣi_azH4ιQy:^ԢΚ3tza+J;aW	rb!^v"8LH_w/Fd^3KIpPEPZ'\4'9P?P-p,N,Rof۹Pȶ|@Y#ipgq6҆$he%<ޗ(	{&գ-ښ
X3Z5W$Q8/:fzؓ6z7LG֙:͝"<R]d ,^JL>3 |)w-#=zfMjֿG3cؿb,0a~!>jz#v=ZBo.LB۸p.)޵IivIʵ̗)gS"8^}C'!cXwV*$38sf> / 4vVV`K3n4ܙ1۳VgB۴h[jؠ[ϓ]'*hlH%n`$Ɂe<ǨB{~;ݹH6șO})ZWM}aW(
 V^zԿC|W4Y;!VE4ȦD,n`ϯZ=3HJk)Eg4˞г֨	-bĆG"YDfۊ=PїuglX0+9:(/96*J41ʮ̰O2r~q#$o#qcOJKTV
6;q;ԳdPӋ5b`AyRAx^YP-k9-;i%DuXSTkjO;7ٰf(l`i":/!i[C	Eg|6=Vz<4̥l.-ަ\O;B=K:f+[YV	QϞ[|>a?ay~ׯ+>MBIJJyfˮ
]{3+̨ѲlRڴ1܎@rn۞-ޭ'ԮTsvlښiC'px6_6ɱ]l&5u/JfaN)|fumUj8i9cBbdbM+)d(0xTT߷&'CTo97)#A]T|w;~ibEuύwAtM48{0G8Wg#Yl.}-z*dӬ`&ocjfZWQ}͈cԯ*ѫVn(d/9j=9wyVnZq̑h.mg$:QW;UՋc86/&VҲP"hh DYٌӡ6qtWctN"N2BiB߅״r1Jp6I3?&b0:Ӻ8q}ȧc&$4kٵ.ɦco)5K4Lǵ e^6hKC0-\^HhȦG=ڑS! 0slL(\<fdHQöMujϬ<ґѥlW$E!zNK@HZC"8ZRAMI2.Ab8?rz-kkD9ΦS'Ǌ%`ZX,ӰՓE5,0ŉ6F^EZoR-nQZTV<W+PXHpg1(Ԇ֌gdY4&\b4GbL<÷a-҈ p"F+߈>tg-,GUf,!>U}j,E=w*N߉BP\~
F#ܱ#|>&ۅemN2j)(;!55m|M"0c͏/עl:EaݝC6",ˑ>HLȋPgX$$&5'!fVɆv<[jX0hw4=U9]~WيSùU_eN:=q~>4(KDƝbI;aMNڪҬp!hf2'-V>e2;_g̀NDթ"oҖUA3YlȀTphˊqF'}ZAͪn׾*s{Ek_F5ފݮn0۷`=I/b?1<B#ɝ)*(4#by-0pߡacώ#TIg-(&ֈA]W_;xr9u)|hBUS"HcHڅH:vˢ:Kүʃ(ʥM\ByW8,Z$דT1aaG"99JG3^X[H	}ɧ0ĵ<xeO-˥9/HR4L9Au\emp}NɷL/eY4UpV9G߰se Q4؂E:خjBGկ1'ð|kc!c(b$>=1;Y/6!)QtA/_2 @+|{PS;L7=lͣj3s":Ǒ-m5҇&'xiW%2^sWeu=D7=Fnsmc8lxcawl+hԐbÍ+Ϟj}=T5]06xtg
M׿ׁ{_Ǜ8 keя҄,'E3"Ĝ0SYeZ(Tt;,j Cj[Rxkx,K:|]@N.6FeGѱ-ϖx02^c*|QZMJf.<4њarѮ5b5¯WVǻ֢Ia6VIqό)9F[ח5H$x0X#Ϳ717r-څbҬLϥr'qU^$#ǑYs77I)QVWD	mZz];h[K`44YDZl{=p>R%h1Lb}$-φ,&[9^yUtR4	<G"2r+!N
MCоK!owlazc{u5Fe!4=HA4'WK`p-4&cD2N/Z-$0RK36ZjșѮ &>QƬGeP;
ja?VwThіt ϣ)2kGiSp%3j~&xuZH[6'/Ғuڒ@:)FN?T?	yݠo%)L޹6`٣Bm8u߮d9 [ArM(fVxOCkڷ.>AϮv'ki
<D݌uPKV[phܪt"RH1¬T;)g	Ų$c5k(j۶m7nԯ+%жgц#n	?ax66$EtrYE^ecA#SLB&7Jխ=P0O̡oSԀФf0`lL#:ƵמbI78uJ(?/p|=$s}t*?p$ 0GKW~̘$7Q0	56֝|?Ŋ]SR\C=z0f'Iݾ0Khu</QE1GD'%y8p&=ao.+ӌC``Zy_('dMl E3/[hqt=O6F%kD[BƲ)#Dӯ=%д{>0H=	aa:Ɖ+"g("n\y~pZ3-XB1۫PF/.CuC1N7^4kH ^~c	b=\Đ&Y;Ui"Uv3-gvqmGȌu\}EwVqm]RA_B18Cbp'5Ms'Лӑ_r6qp8i/n3V%jkIudԭ%`O>u!{bB?,*L-/}ȁ&VHK$G	pm*1S8!4<!zocN-	CăyTԟsb5Aj._DӒJ
~,%bՎ?|	fɰte<=A!z/˕u8!k?ֱYsp5؟zϟq̓AgOjMuGbW={3eg/i2SHVB	c0CUӺvsmuC#7+f|PvXɩЛ,uЊ:էo ++a4ǻ¶jq:_/HJ9CzrVhi-V|vNӟ@sp:/h<ӗ:+!"YIM4^\+l`_K6\]|r[ma-xl_$~<evIgʑ®3c{La^3L%3X8;ABǷ8ѢU:+(ְ8Ӿ׺k>23dMVV0٘|?ס][
O#F.G|
كǺ]ոBӕ<i8~H
9+Wpɒ#_	%Qȉg5KRQ\s|_p4X¡Wxԓh6Y6ݘi_Fr`
\Еdz$Bu~+ӹދvS'nʍ+$B>]NDK9wɒ$Ċތh8Ըr	tS79ё'09f>יrQ2z7Mڝ۞IzS9g ;o
چ/5;°PQº4ƦyO@M6?QmR"L(|lmuuF+'{l؛)sNYDİǸ,f{cr]}8%%pq߱6mnS=֏͉T%&SfSZٙ Og}Ci.CH3XI,}Z{p&إoC$|Fui9D<W(^3^ЯldtB:IJ/ʶZ@!J4$YuO%Y!#F϶ҁլRm%t3UÄNw@aglK3>I
(AСN9oO̷o*Uw30Eqhي`Ab93~Ʉ~C#Y6YV~:p_ʹG֊EG͝#']8
z#˖e9D?k)d2~$­X7B.َ*6-BBj]fRs7#858J9:(,"m^8ӷxY=!JZWtѥhDW5)QG}K<mo2clSJ;Ǐ;iUԏ;Ԥɋ? d/ҩ1ϐAg{6۟~ԁȺUEPLUXʥOgwd
3ր\A
^j[&LUO;1y^mrb{= eGn&1-5I%ygpt_}ņfj[!xպyQB\֘ojվwkG=Ӵx<1cbckzߠzlj|R>$]OԳe?P`RvE,z:cH1{&hGb0]$~Ekp 5<M*ޒ@o+o	!J!@
aپHeCs˭w[<sDhT;	̵/e<(B}]p~&%ov$xF8j<@sm Иiˏ\eGUK>9^1^*0]w)ȘCܜU5T
7~?5ԡ!(G&ʤ0NrIp
ćۺrzNNڲNTGTzmpB:iȭIpkBmё(nԼ&ȭ./Q.ܓצNj#3c"V'7L̵OTF1D!G]YWz|`)*Q)C:7Q©$nR*:@Ió[V	c[orPD@6?ܤƴе-ڍSBLn 9pCÜK+xX%FMZVN!ZEȜCkHlS"w1ezޚui֝&ڿ\j5UPp	IwynJ~[0>9OknǢ0ޟ^0.hB{۷,7#P
	{9|HÆ9hY@.,e'ʗ*ͩpxv~]}.UZN!=4Ξ>k[e3^P	XWr[ׄosJk;ƹδ$(gK=)Ig;)_Z&vY0r0؋GE׻9g#Yhg\"ր/@0Et<l-</h?TH+WY!B8"h+G٬
عVAA4ʠ\yhCpsqq2n,Pƹ%YebiWlKm8<5:?bʬ)*>
WѭuTCwXfzh\|qG޻Գo'O"|*&FaJ;HAm]*kgےywtY-1$KZ#yOykԘ_-eU*YξJ gu8u^\±ݒv&..B׸v{[˂EɭhzKI|ƕ3wS[ɒ^ۛ;6 I,=4ևR1z\݁Zz`>~&ojgO֜/2'5E}	+AVWML$hV˱tXaƗ٢;9ЫxCH1pmgq2ZXeC5!B ߰_~>\״&R=ܦ5lK,^nt,=ސM{Hg%Z[1 ''(JCoȾ.x[b
ǈ&U	`%//eTrEUxh3>"Ǡ##; ^rJy%VWϓX(
hji3}>PĞJj(5̾
Yr\VDūvڪpF(ǛMB*"Vl1shjUJznӣ'\Ug7*k625˘~3̫x|aL"^\Щؕ8-c[=5fí:Na|ҁrĈ4.ww/Iڀ"bb?3M2Ɩ#gݨ0йVAJٱOXܙ
Rb?Ij-ՐeEymjWp5N	&?|5iyJ÷XhJ
͊Q>4}YH&kQߞpM̈ח@V/NP{tTU9DBusS Xރ>_.H [%yfb&]-[:EQI0hlp&I&LۦAYF8""^"TdD!b-N?_
KB{!zaīpFЪü_	rk
'ρܪf~\UΦj*\,:m0d7iw&co`G:ZsrԐnPr#ajހʑ"Pε]P$^حV7{kؙ:5ܾZ{E[guQ̺4l2ĹN1à<Hv/SҀȁmݶn{LѨKx|be^#șaӊCb+4SQRiNb)Uʡ2s.+OdT|n>dG|*ETD'~sSC	yҧ*d_tXDȓ-ĪTKzo1*"OAs?.r	1*>1'm9	ǏՁ:yݓ@z,о>$|5]\#6C5g=/w,~-eҰn>]?kok+UKl2PՠsєK65wǀ!)BPQkl_ cLC[218-x1a՛#V5FT3vksjё,[hY{.ZsJ/sڿFX4d'BV˝8)	@8chcƄZs)مٜZӌvqճ[ZU^ز*Dti	aj
ޭ۔G:KWƕFqeRLeˆzĎa`wCxŹ֞)))3̀d3ʶ^ţ`=%V"uo%Ҁ\G(ż֊;ydES$jv]w;_.`cB٭5?ğƠ_æp$K&d4L R0*J@Q1}4ז!!4c!ۈKiXzbl)!8mG_);:
>	s~	e_io7/P_͏}:k.'r1	\EJ	}sikn?Vu<@AԨ`Ӷb?)ıF>/+.kQ{*]]BCǽk{ʳC
"t1AlI҆ԧcΆ[iӶҘ4a0m5'x9jOf%8NiQƿ:#ܫۚ2Y+!U#LcmvQ;,@>VՓx$9"ƀWpG]֊?S"(E4Itҧ+ϰxD!DQmxL4]s*;OUe{^b"o׷((,o9_XmڻH!9Ƌ+Α-6CzjYCی%^R5Ch,`QpZ|df$|6fp/@ߠ8}	r0_S.:l3RʅO-MC$TFV9!ǲwY݄9xqb}b_t{*تT}+t@
*O,k5XySgȔG9}\v|oP3S%_pбI7KEo:׍KrkMRyŸLi%dD4y>n3`Pʘ{&͋}ixd(ʽME;I5bsxb_OdŅ%k7U-48FƘ;HTgw#cayQ\0i޿Q7y"HUv	؛(EH+sڋ-rƮ73Q5#WrEǳu2֏<%{UTbbR߀	lBhgհAa0ihvmQ/TFHX K/iV
N={A,=d6B`\n<чΉͺ75,ϚJ}-ŏMۭiZf/xs9aa}jKSTc$5aزU|
"^ۈܠ<y#Xf4H5}?%\+_<#TFAzwVxC4.*_%j+=V$B<ܐ۞L{ޞ1ߊ/]۪ŷ˶)	1`=r;}.A
gTvı7Y
jQ½pbșHiʞ\+cPӬEmZxv@%nDܝLFJ[^Sdv(ϞȺS&=fԸ"247s޵9
ձ{ETg=1,F_ɰGx&UI;)*TY5Py8C&{?g*K̎Ծ/Wrw%`i{Z!#{k$e߅=W֭.'J8wQ3nD{;ֿ*|.īb.C"EǓz`)x\PY$}N_מ^.4qӏ݉ykգ[|L1@tj z֎~չSαor]na&>^h>HoB
DYsbT]$~6fN*i@]Iǔ
w0x{@af+bK~.ޑ}wPvH38hƀNg!gz=umǭɁYtokTN<ǆ!f{'YJibK/<<73%+=9֑E-^Hwl2nN+=PM_ͧ¬$K=y2:)WuiԳ	3WaUOҒҲ7eQhonmck<e'hS2>6{Ґ{pkD2$y϶sjױCtp}ײvՎbVh QL=	/0ͽ]B'sv>"r,Q`[dkէ'lfeI$m2)k%uWMZ
z7KB1C*>3ڲ:D]O!1_W·u:L1AzI"9ʕroS%xvm/@/"&=Sؘ.g@%QȤK&Aw
XpZAؔnNktQڔ2+,@OOa5`iЈU"[{>d:=?8Y!%+K_}=qDߑF`;}MXUhBX̶(m9'~ߵa+kǤ&W:LX4[odsf-ΐHbByD)EW$PJVԪ¼feO,ΏU'QuK/\$dMV<nweuoT@%TbQ;`՟G\Ji@	-g|'ʨqݖr
2|Az29]^O2kqQpv:ex'(3dKL<S**qGGѭ3%M9؟cjL_2,t^}t^!B}
+xS 7oփF"t%o#8S@Ua,nʽ7=+`ڰvc[b0en+
xdCwxdKDRl+i&ad.įCٽ;TѐnV}tw߉'z$Qeqt386yd+Gillۙȹniʒvk{NY}C]O
ddH1l)#Q7=|\_p.^x٥BÉvPB߬3r܇Ǯ\^dG
TҪZJ3S.|mƉ-|aUfHÿXʐR,MNnճJoL+dl?=Bz~x4Q8D>u*jŦ!c%CSl|]>7K?۴,ߪz	߂L؁1LRI.y1x]Vf9spټPɗ&ݏ&ŏYYa<1/pPlPԷfBy.Dճ߅J9<WWZw)	X~j06~zuO[Y4ܬ|Լ-Xsu \|ƂwNĠͤeМOd~^ڮno5;z~1r'܊\Y.våTڌJ8ԇ6?ϟȟ004l]5@,}NcZ[6A_cM_NVٽ7"@K@
#}{u%jp ?O>;Sʮ̀2)V[KT+
j1C.Sv7c.םvźWtt2A*`\ѶADaHS1 I80 w!,ΟQD8Q/&<Od#2`"KSEu~tua%bj8`}4"]Dj~:nv i2m,ۭYKTPe6dl;rpgh#}ށKȩ/Vhm 4?rU	_aEe6&2SKyj
Uc[*Grg-6NjҤ"MίeL,Udjws~O!t_n_)ZgfƆlSϾeVm<q~ڎ]w<N
uޛ>cZs7Ek }XǂRkeEGpώ A2۴i&˰?M}'&|!X
Э\ǚ['jhۅXGu/)=|HmDЕ?'Fuv{ovװ,rHǲ\}"f5O(.ٿ^+XЍx9o1#ǫJKqyMVj^ش*xK4smn(GInquAWrK%Ѳ[b6eg"3j;6 lR?ޚߖyS.)EaLdrǨ>4700IuwXѳhTm̏s<d(YҸI=P|ǆXw35C;!1ܪ6fR'T!5*=HU.H(hи@YoV߭+Wt<ӾcBDݻ|R׬w!V1*4p*|5iѣ רӌ;	CTnؠG Ѿ`'
[ʓ:rnFDh'ԅ~{HU_Yټ\
+m-sE/voiݓ8$c^ó~97ϵϲ"aWhf_ $zQ -3C~+,2
B"ln-WȀn.ODi̇&kރl,nHũz|d'wQpAvMoe8Ɠ^L̸|.]eɊFpN.?'ԪPZPh_C֟	ZVp%/"$(!Eki+m=ήPoZs%Y3}0'UaA͖FXЭg|Z2ר#{<i 
yK3Kr_ZΒ3:`59hۣc5f;F+ic8{ek3pwtMMl<
+x\C%9+V5Prlvٗ7qc)l\د#ιCϜJѱr{4QA,u\\-4rKQǟ(joR_$w$ݜX~*wypu#ݤ¼nA>pX*{gTs4^Vhgۼlvxӊ&1{
ޢ։PoifL%ùU1'ˠzIV.ĉoyh-\Jxݶ^ݫΓ5GwfsҹƫRrkp@ԓzTP@t%2Q{߅zailqWۺbȭcOv!Yya55hfmN~#lq2}ezHx!ƭ)i̞q3; |.xXD0ބ1*Le3hәFop)DU%P=΋%OxԜ5=:9qўlџۦ˲=9hQ}FX/#ķktf HHWyGSΏs52ZC.a>
&`^ST3cѿX70[Bv.R:d*թIĤS&=Tb&WAӍIϢ;Վi:m;h5-)nU--D&,KKvobkC5͍{8*Oy"ئA`FNt++rSeʽ'	ZF+?qգ|LREm0"	AcBͻO-	{	hϑK?0| u͌86KҨOjXsTFԜy,gƙ
RٶB8^Rr?lމ#]zCbɯ$LTǈoBPfӂj5Bl$BĎou2ޣ#0ӨD7J8;W7͌Dǽ,U]g8ݜ}<qX*"wRN@AO/?.+K,[%:	Ldfq-9R7ZQ9U=:WQ@AnrxZ6~wуd|ɋ&>mrrW,XՉ
J`pp`30S$ʩN2<q
BܗW}&sK
0)D̪Ƒ؟/H/R w2ML#S6Ç!FsH~Ȥcb7?gHd-EF
>YҵqA?k6nPL}i 9< #%g5O܊[^ơɇ51%T"1E`|xI	K_Hߍnͷc-iPDӽϼ
U!y:`(9">L9zxy:&_MEå\%r.\hǸ-<)V?՜,]-ƫK- n7m_ RdYgKۤ?GagӼN:qP8{eř.ǧPD,гʓ`3F{ΪW|<X@KR4pvX˷z0M#ϾֻJ,-RH&2>W):=?ڙۆy'NJ974lŊZ{˨E|yB?ϥzQ#["~
^jޥ@Hx481to=V9osd^1)}p&ؒ֞_bҔyBЮ\iշMKJ w8=ڌwĻQMBwv5VoxuQ;φw?XbH(c։ugy6nA,̿Zuzԏ	CQS[KgUo[p/1X o_s׵ðEߪhVOټ0*mHw*ĕF.y+aP;C|qbH/qBd@m>ka"y Qv5+רg	^W|sK!@[=ڑ5sk2&@Gx2.&~ERmD-acՙIΚ1ό)bwD	>5_|jfMAF5]_	5ͻށo\u37۬F|o
8a]Me9IӣycT.6QSyǖVuO!i_8&.#5w0`5_<>S3v-#&}{tyOۏ#ntNiEwTye[5S;1,}*7w);w12"cNMO?HwΡFeGbe/%0jN,SG.bȝW62-f}w@Xne];GKn>UE<f7Ƅt`Ht$NNЪcvx:pj;hfX*`ѕ8k
%Tsʠ53+Eٔov~t"-p+u1Ҥߵ/|W:f܏.tߒrO'P_]EeĜsif0(C?J+= 1s:@^	-LיF]g.*ӈz%?pz<8a(!1cPXtn

hF]o4ݴHMشޏxPI	!8eunoWL,0=ʰ;2U0	j¶Ӌ2`ndˑ<?"!T݄yo=t#Iӟe)΅Z
Ŗ+9t w*ܐ	ȴU{rIl2;0"Sأc@2}ߠF8nRCнhsF`0o#fOYZ	4?^/SѽlaJb?qϯdqٵsLg2F׉,ZW8OyqĿtJe.¿Og,HCα]	qucRDG<#3|?^K"OUE`eܹ$JxwF@ڪō!3.<Kx}np|V3Zͩ{#g&JjM`m601=\R&ҍ.h۸Pt½٦+V5iԺQ1d\mR,ZWn)ۡΩӎH#Gkډ-΅vŷĆWm3ڢǥ(Wo0kmΉGc51+gcUAvƏ>'ӥ̻}^n8ԤBiߋ?YV4
VsII?0,nES#@rNJ;nIPm_Lxc-M˽QbML0C[@22ya߂Vuۆ˿Kbԥ3N %pGWȚg>U(ѵMAŤ!~2ˍ82b&tћg(L2TG˱ihΪ.ʯ~ډ95H	Ɛ3,RRǮgL;Ǫg'L@-mo|a4;vt[oi5~ nև(ŏybYO7QXJvb-R"x9]4J2=iҶ|NM\&-q>͠A	=<6Bd$4IA̧Ƣ{te%g.}u٭ǁ 5FR(\nH1gYߠݼnmh4T"ʼѲ#"¼D]4Fǋx=$8#&ȗٛ{#1VDSbKZq[bO[]7'lF%׋-&O-uD΃bHϩ[X5rMwA{}a0km0 4M\E6.f61ƧGm۔xExlfc߉e:;%cdLs3s}J=mxϠ^{Dj7Dk1:GHywGկp0m. 	><hD]݋u_$]#IEOH<mj,Rf:I"[}ːuԊG#~)6ʝة(G,i8W30pS<`-Z;&KsF"nPeʂ*_xErag
e"G#4` 
oѩǧMTflvLv	NoI=zT,FJeWeƗ»=[#{+Х*cdOF0ׂb>A.ЫչChCRQ^]['_0{ixOɗuޘ)YD&o9q([D"Qn57*uxĄ/"}rЦő"c88(Xgt6ϵ<Q'5pѢez[L
}c+٧ídp͛sk,̢Å>\4tD~`|ǝv)w4Β&Iq}E#dȧޣs,hBnґ١'0HrX A[2,݉xT3-sbxyi{'}0tiv*RFXH?sD>HYcCӧRP((|[߼Ϻ#<wFmF0)4кLH d/Ui0?BiK`ׄ;	J~AQgP+n1CƖną*ܯl^6Sfh&Әx?);*u/8=Wh=gC.)RjeʎjjSOjMҶ.,!LK-[=*πCf#i«ߐ0O$nߓm	_cvq}yu,B{;FВs}7~`*<uJhʍo\GY/҃

aWu{v0֗R4^7QHpRaNVܚ«>ʝ7/ rX39ohX#JEM_ϫ
YZȗF.<?3yPEMEڮڙun(=KglI,֏o{Q6ko!3G1XĶ	`])ץ/L6U`ǋW0YwYoq=(;xJg;kǾH	3Q.£)=f!֖y82K7{)5}Ҭ~9WZe«;Ж"yRPk\!ӛf33.{.2LL 4љN1d[(:،i@mx`(،.`H-NڰxIfwܮ	~;0rG_(a۲5ԟǱOӣP"ڍFYͼc#Z@Ll3u|j.Ij=)ˀs?@o6m
Jb.(YkZ`HUC/Q;zNkן,D5´#qq b%9IݦO:|ZGɵHΡĥ9sP]ZZ&W@$OԊE8o:б7Vb+cBvjk};'g,-N=@U@^`d~r~p.enD)*eNMLҢC(%ܗ7E:pڴ3s~ׂ&
=5;|l"TIgLf=(٘HOV[n;Wu
=ߔX%^P2XхAiyP8"}fdG>dh@DjYy}y	d]XHa9N+3AГ	h%%LwA33Ξj@5<̹5 _ÂeEEd=}K@}H_N=8דZk2'
N!YiIRb^.*wNدH1X=ޑKbӍVL1n9
X5Qpz#Y*TYE<RdZl`JRؐd
TLAu;kd+6{A([/"SHG˴sXŪZ'ٵ>xX/G&lʖKtY$n#Gf3mWP˞ӴEp#&E[A({Rβpgd̙X,dO؃NC!oes^\5MJgǡU+n
V8̴_EƟ)_EҏG\PyOob	Jao-v Ƃ;gր9&4?;{>Ăw2Xǘ,%@^	=0̘u<I͵Bٰ`}c6~.DROE`Ė?ٰ0jaM(عdԭиfB&dסxc SY(g/HX.7h$.JS4PfOҮJ>B$nd՛ֶqrOȺ@rdtiy[/݂ރ
@1X;lEW[9@С%!H2*ôJ^Q;[_ߖBnP/we5.[B#C{TVeX"ހ0TR-ifzХv|!bi$E&#\2(R2٫}I/OvA+EǦ@ӢYO,0hl725Ϲlh~ڲ3@xcƒ:!m"<Jȯpl4,s.Z7):,%x\زj@ӔAuΫgQ`uFŲdyɊ6MSI~*	<3c%ńZ[]x'HŎ-tdi?I@oSY-aFJzږ_'bNųkYιȺ6_nsPHѥlZ#~W
wJs\Bmr׀}YoGEpnt1[6bZ
<UۮA($ϱ.ʦ=QAŒ;T(քr\sOWhֻ=A
eӈ=̇qP:&"Ʃiiũjh^ˏdZ5,\Ƃ2֘pԳ/ k~Z"RPeGuڸH'6R%k+γy.R΁#v"C;Q77]Іo>,d˶7Ҍq~#q=B~'*"ʎ֖؛@	qߩZ3-Z'nڎ6b_ǬeŨ}2l46MFl&?1j_"֩^@LIC,ۭuy><˱ֱox@exk߇̭~Pq أ3`$/ƕNv`ҲY=@QߺlzKEjmĪm)C_>܅)ҐT،N9Ξ]PoZg;fp(+_O}zU#Tf҃5
T?½޿yLWtfofijΕd3)¾KE<L-cȅKPbe[-
}qDη"͎9:]Z&Xٕt/v0R( 0NA׃˫MkmDO@>{dg`gC-Ķf010iدjBťIsr@s\<.8U>D8pLDԐ+.M>c]O^ǃh=Eߗ!ͧ@ؓuI/cbXaX?hV}|tH76	^-{zדlvVM\oTUM@k+=Dk@HPısߴEղqceſJ'$"́aBl	YdysԥA٘ͰʪmN$obĴH\~c,fs(T>RB1tl6<<k-irھ!t^bgοXRmY*K˜#E*xtFW[GWRw˛jZUWyX(xܝQĎtu"X;YUS'@F!֍Uo48)ǤJ;h|S[i'iMn8Tby8]RG}&II#oye^O)K"7~nv_/83qTچ8jZ8մG6ӆ[puqmm7	`kϤ?a2Qɨ319	gg<)Gu!B1ģUQxšO*`<HAU1ۆg/@f-LXt`*x۫/M<ҝt7[wI`Eì .߅4)w$7rRՄD[~TٛD%8 ۙS-NgGCAyNqfZ4	o1p|sH>]ܬC	ABu{taI{G 4!#l~^P7V9kŞ/iKgàxVIE͔ș.^ȸi7-}uX܂sDY)c/c#7!;|9'9|TTٔXY2+2gΝ9VV	TeO>]@rL=3vmBD*&tf)+eqթc0F û/0і0)g6V?b>,~r`{c*
$ugߞ<q9<.6 ih7Q/1@ѝ1=umWZ.$8)(wv
tF5WM'+qݵj	r{ɷ1}qe˙T|+3E6ɿhfRfDE>S[r@i25oǾyt{j2y(Ȧ)_2HeǄ&|
E_#+]؛3V>nפ&O1,i`OA&@\3@ƆdCO$!?HK5d1_05noJ2u4zfR,vU{
;><]WKwhcnĪ߹`hGxΚŇ tG߼5όj"5B<ذa(̠n~Ʃ*>YE,B?ClAݮd18fa	οLDOy%{^Z!֎ѓa\>3<"YDNz8x~YIqvZ)ϲ{Y&]wn<J|o|ŔSr{3TmlưmGp0|0f&j#1Fnn[!4H@J+|OBNR5=2<x:%BqVb֛!,Ȍ%AřUKR׏wܽߑmHШWefޢԍl%9Ys9EQכ/\MVQ#_8zHGb΁_^E֜kBGt_Ȗ]y(p=j.%ۈ_<^ٹ%P\´0g$Ǹ/ͮ-2c]3-u0kMƻ3BD 7F7{'#W<I(S4)ڝBqŰd*cMoYHQmtP\vFitz	}z%Ȉ7rI@QY1[Xu$P|U˖ǞxêMݘ~m״gNOZEhHJU՝=({UqdBQNu4Kƶ>$m\gAʕ%E'̻<5p<AŻ.zg8vXG*4OZWG8Co}`ʰRRgf͎p,V&/ʚN-˕fcݎ_mЬq*p)_\]]VCjRCI̭6 ڌz@h-
ӅhSvF(!ުzd^Yxt=ch5eUapHJݪq#*i/:޾3>*uA̅gaH[2'ԟx<1&w$uW6rJ6B0UB(ĸeOIJϭg?*iɳfFYb0Uss6#]،785ONg,lnmz`hݕi.F9AV9xP#U	doF(\70-(w`U4YWH

»>!N}?Tvj(4B,)Lз%Y4ӝ9܀΁SJWoߓŔrM΁JŞCfs{D8Yc$Jvb>!"$ڋz6z>ȹP$K߿Š!{\p|7B\Զ:xoeNg1aX?G]5^;ιdφT*P3%T&Ѡq]4D*F6Ӷr\}~3RM_FyLU&ԬCC's8 Eb
Gs4Ɓx/V
qHŤf)Y	֚]@=?N\z-.ϥ`$Ta/Ύ0V?-WO1kf*>;5*MgցJmZZ,(Rִ)rm#lΓCE6|>AY"C~!gSƹ|?|B2-;*'G֫Qƌɖ!Y!vur`-x
ӣiKP$W߾p$<	̈́uumC	sހgai*>OsIhi"E9b>-lYP̔D7Ѝ 2N9^Fܟf;"ϵi[	X$[ܺ,Z}gSؚ΃ɵ6eod4bqVq]=_'cΐM>GXQK_pA-OXԘ*Pv	A(o*'Ho~8uN??+ʳb:AAFl3J"Вc43B,)RO]Fo6!߮1EqF	!H08QVrihǳ(L;8J-Wrfڈ#MkƋReiy.G(X<OɮJP;ͳ[RƱPY=y|֙ *Dq^
z9S*k(&&'֟mU:hF|m#ߏE)T4h4ݜqwԲfӤgT$ÑP|XɓUA˛fȑ6ΎUCeφT!Q~SwwcW#e}j{Q;A/Ξ1swv2&q?h֢~sک!q
I@=MBT_l"m%٭`ʎΣYN9YwN V F_gmlOokgӫ3VSx!g`3tސް6ģe8+s	pz6Go1A?߬յsρ^sּVDGׂk`~м5F	bo1~Uv=fovVp:l_(s#5TQ,y("AA
!zڄz'#5-t@ufIr^mtnDmٸϺ&\6ҕ:Ͷ+r'RcVDD6#
.bK֣dx?͐9yмma]Wf<;B>_oڈDZM(-YD˄Ŀ&ϑ? %,FVT˼llN\ޯZɺvahW}K](6pO^ÏSv~N-&bV|^ƕn}b[NȨeqQbe#''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25431)))
