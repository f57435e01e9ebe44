import brotli
n=a=0;b=1
for c in r'''-.x9Ԣqr9}la#3[">	ǣ 	JVo: =Gddpӏ68kV
wVPY9@DU[=>`'~fHue{}Gēc?+OEi3Ҝy4#+߾Sg},00mȎwH	x9u1st2TrQÖEѓgN+J\,O9e3Qg-E)%N.f(kڐ>adٓΑۊQ=j||eY/KhƔ+[PU+XcH"CnͮĘ՝Sm^-߂DHt=a.al'mr;ڈ2d^;QAJJ9 S4D#0Rݒ$rY	{>3x*q/ԕA[XЪ1Ltu9~Śܾ
=əE^|19tzI?$Mڮ|BR K@l*~jI&ׯ}C }VװB1Q93Љ$`@Є`֑u>(1Zmޗ9n<2#Ӄ׎Uf#nÍ^]ѢZB3qqO,G<'b'p$%TeG3vČ||/y@M/Nu΍9Ѹج_{/	O'yF!B?.)8@w2uǙEgy]ߘs̙Y&ăhh_TDeCϦ5_S=H9OS?#}a<	ӹRw	K֤kx@ߌbIo{ab v1t_R^Y{]LMnpiNkf9e[@+qnW9myVtN9fo5X9T%<q_UTivRLz)8݃obƳ3e-ő7/RՀ$.cȿl15ܙP(׊)Cun"9E1W667o6W*DAQc~ʚ7MO¶K@ ylR׏ݩ3 *fՎoBڂ{;cmΘ2p_̓YXcUtIDcf<9i٥PATF(ؑoH":yЭnRH5T!#^iCh+eѯvZ[pfgn3ˋl>;FcZ)hǚؤ%I$w:`s+k^-?+WzcϸLwu0jm!cӿǖ	fjfڳ@.߱֨N--֎<mh+[>Ɖg%&(x0A#Zh^;8ԿV2w1H%0gAA.$Nǀ}úF=Mz1n}K]c{|'}2AZշۭ6/xW%$!=ϴ34YJFÕ# D6|/X7Mv'3gRi}P|x{!!B-:3:ݲTÖ5YxaCcKoh_>iݽ؝;UҴ(X|~8$ѶrucXcЈwtvM˞@>נţ0|dgټ??j5[+^!XB<cZ&S=)&=d1g@By
W`ΰ RWN%R|(Gm}C6m1ɐ3Ft1f[RWql4|ޫ:>-	u؈-4b<߄jͣZkaŻ!0Jm)qb'oʺյ)}DJ8 jw:ѬםfcTֹ ί?LQyK,qԴ!ΨF>ǭ7ߤȺѢ4N.) TI?zϷw3bMQ"ܢn̩kM:Wçh8;oC}޺L_+;?Crהgn'MmUy!?se)Tص!K7aGp2ɜÇEF?S݌MH<G0[,YڊpEؠeU	S%$j>N01Oqj_TM;y/J2[ٟL-Z7H°
%V=;ԮhΓj:?JǮv9g2nl(յrmǵ͑
Ct.8a#6W5hF^~u׸69Ƹ:Gu[Vm`Zh4.PC }ycܓȣ=!(=h&H.yKHw0wO6hּ';\^˅I0	֍̩1m;)tzBN#zAR5X. ^oYG8ڔ.zo)|xř1,ubo/̝,-6ߊftl׹|6ֻqDppaT<yg^99*߮Qwh!Ϯűx&'CZБ"̵/ԏ1eǉezju8C[Xʾ}3ڃՙi1%"Ԫd*m6vxAw%Clra2L>,ҮԿıd3­kQwGPi";v'"!v6ҁAb2@X	BV |JO9pյ}ͺmC$rc,Ct-hm\ȅ)ql
Hx,Jq'%ڱVʽ}hQ֒#^)Cbu{VyZ"COA79@yʑG%8v@o/Bǃ;͂=֍2YϪ¦V;I~ۣ<wp??NFʪq[GJS@dsJ׎Ѯ΄+_f-o-szSP|rrȭU^7kX\̎t]gNPO]ճb,!єZQ̮Dܞ]W3nH.0FĭID=Ǯ$ӮfD3!KZP H3bzL	цPìҨtQH̷}|^pӬ;lsŻ;z7pSoosa%ndV-C]7ܵK"A4<cJK|Vkx7Y)Ķù|
RO"bDfCӺC'bY!S()WA?c^ӌT:T1KƸ{|`EzhȭD0|ϞS}ȥSY*tOOi$īLWʾ_NzM5ɾUܚʼ@g;-o~B>DM*|]NQ1`k҄rq'/ygf"$AHh'e"y2AA",&@7Ә2RƎ26y?ܝȢ$ri٭й}8wiT)2:WUS/?ɱHja}`dʊӣ.*>Ֆ|rGԐ$KhnnB$popgv?^Gnb9@uZƊ/NAmwri(͝X4HqjӠAq:;WіsQƄ3v,=aDǔxB>9sbч+iٻWl;h۱(!uk\@>B<,(<4Jϡe~Ug/X_Mu;uc0]YSvW)|,ub<uoݰwJ<Ŭ-M.cW
MlMfI'lk%!K,|s~H7K(ӝpsw̦1(qkP>q<!d59L%IQt"bu+ڰ<KAQϦuR2o\#@vi(ȵ%kga-nTna0
¥KKj7%MMpGgF:{/MUqM	9cQl-zsU܄>TSz $l!8%ڨت$lۥfЊ>TFos1?ҲE4ٸ~%jk@gf?~X;oIǦEAOSFwJ}+u2Ub ]pKsx+˛Ri68ɦRYmѕd@D.5Ys<lʼ]s'~t8Åc0Zap#U|QRNyh[:RdOC4׽4؟@1ņǅYUX 3eĈ~\Z(!F̆KAUy*Bu~m'&#w5t}iT#GwЎv|ahֻRb~ڒ"T/\huGʅo||ƳGЁt--
U*Rڋg.Nԕ57	~'ϮTr+cjq'O~N1sTub3+uh1|<qqdwhʊr]bœ"E]vXk<,WG	78}Lxڪ߭@kyrL-rjz
KaiZ׾cCʜ9u~WKu-Dfi׾!?7Mv/>ϖdZE@GO3ɂng=uvN+RawQ,Rdә4Gѝ*yz׭0/_h7ŉV~wQj{ydҨ|¹'?WNnJ|@.O;]Lgp*'@'r8k|.nl/õ1~\uu}Զ̳q3O)թB{4WEMȟ0{ʦnqKGI}pǙh$ڠgc
7T/ũp!\HɨCޥ<M$Ñe95c#~%jS)Qsseټ''3:/`v{w6ڦ}/1Uz :ZVsFӼZ88?CZkЭ?#G}K7Iu>6#1^5.o\~ޛ+%[#3ь{xQնkBB[F|,3aב=K<ߴz,iRI"ŭ9=qpC٨PΪ"yhf(FN.Lp?T٢O9<Bh?ͺ
6"]nIܱ&#s+I܋B ۷]y.f[&ڭ&XcQéwBRY+%iuiͦ0uS1M 0sx(wH4N-}'ߡm|m
?PDٱE/8o{,ۆpn]?6 v(G72äek^xy	u ɾ&Dz@.{aT+Q߼hc=P)KI[fVgNVJX`p)G|Ĕ-"Z.AeHPaګS7`c	i֏I	JqIp`n
xQIɻoh L* Փ;kS77,xA49ғӊ Fgǯ9,hͪ@89,CcA,*}yw;+w X5M0ǕDxfxO/ؤ|oM5b:Kх¤ɽiT+ߵGWs1l ;zî-rXPBt҄ڞŻAHÝؓkLFǰEWфmr	;WͪvB}ځjc2ʪGystjybcXEuxC[@Bat){н 
ߡ$8%>џWŉ%?CM$}{,ԝ'dCjXuCYc׫ո+~qRŉbD|lpg$[$gBnõy>	aH|zں ]܎-s~#wHu	dXŅ2:O{G_4\ˠ)'JBuɓq'|JtߜՖ>d·Z^ʙe%xǔ>߀Q-\rDŷ.}fld2d8\?s%xv_M<sYǲItYgp/$+=\3y'I9>Yvb4ή&?-ܧH'52o|`ٯ(-юK{>LӗJ4=Jz?ѭWb|Wh/КJ:hb1ǢF@y/-
}ӡP$n\{64ՉCŀΥ}҃6n7XoЈǌ!!J&~S2(c}D>,ĬM49]T-Ccds dPڒlӮY/-PD|"Ő:7,|GHرƻ٤$p9Q^bRGvt$Ẑ
pO`w/SZRtm$X?[I̋;Zҝ=Y{4`x+T, V^.	?kTP<8%7Bmώ<њ4qAL_8~zwX'^
#۬itd3}Rzы(ɓf^Tĩ1~5ax?;e
1.=D7 (v7uI	ēi,2OF	$%%gwƮ
z܃ȝ	C?-O݆egaǮ7EqlDUG"Yybm]jB(ue$40ߘSX$WgK}п5І˾5R3߀ŋpq̱laǩJDen'MMkwM\eJ2l˸Yjg\_*kHUܩ̆͘m]d=۝8OݔWXzΞŹ0i~_KB:6yq!%k8:E(ҭ՜RcۈdFRsԭan-oTj^t!+m(N8b02+
tm>$4>dQѯSxTCDêH#N:߬N1ۄֈ\^Z?l]$Nȗ(tE" :vLF?8+4Ƒ`}5{}+cЈj(wt6jwS?[o´&?bd2M\4ͼhcÛbmF޻l'wLav3di/<ɻhamRKg{]FhŴi8,XHf;ގJl): ):qY+x8zP
"џĝ"VrOqo֥_5	\`/|+Kkh9Cs@t[.ǹڃ!H3QM\kL<X08ʅT2*vdӁ;hKNBѴ
WnպyHT9NmFUM`l4)3Dtǭ̏&#\1YW~[Z]12R֔ZH2r'k#;vN43"<,y!ǁ(Re\ړTDV,LDɳsdCXi4Ů}}lԌ=AFj֑B ߖ)̇&t;L[ڰ<ZUGsƬ<(Ĥ`h;+&k5PFLs~yK3Ӟ[ƈ:VT]+Uћ*-*FXɧBWd }̨	j&)u;JPQɲ_w-Դ"'ֆ<#tVH,iz noޡBz~k-K2x	tЪ`=C˒ҼSۧ`W+ R~ʦY#kϼ-7 4+[iQ.7!oO$GrP89ſC.'+ia1fÕtfcn0Mk{GzduIڟ°.|uyTba
^Dd_>>=15 `]]ǖ"Z((d˴F@=lUvkˮ5zӰv;d.]-;M(2`N0rIn$ZО$]*BWKbS.fC6(nPOod/Ң/,%LǴNϴ#ݘ<ۗ>^+בf([GrIQ@;7VwEjaBKq>YBW-r&?sLlE\%P@KV~?JѧIʟ]E&IA6d۠tlVTl%yг(wJ}	×]#LWdbG[[Cס/$9c?K0#r1Ͽr`ſP1+8abL;=om%DL,݊W(`ڍ"kEM*д
Sjm6KXryv*ޢT\a~w3+WZsbAx$Oy<.js|[8o}6Ty`ճQO$T
Q{ZVeo_]3y4е|-fŏYLM׬-=!ic?[\k*~eVD%ǧn:3bxG۫7Uo|u2@S96-^5Z1_'!:..I:~ȔE|><(;/B>Xs۲P'C޶P]ئ%a..u=&
pj!ֳlƮ,HjuW*!&c)4z|hMYy$@z\m]!7?n^RtWͽ4{&,}mqb5+8muNzq[XhGA3@XywɰGqà2̓L/,4g1'{WY-h5/?FZĤ'ç٦8h-,A[J!<ˏja];·+&c]W=ڴ8Ӭֺg~t1"WWvh Kgݺ%-Q<50pQ7! {2͈MN~͙ u|VPPBdj߬9/>wz]c5^̶!ԴY4N(N_b~hx~X.K#ԪL1:$dIwʛ,@#kQI$nUm+%u,er;ep\zv7/i$Aۖ[ZG߁xA>q*:Y$l*`	3BGsydɻCZ:$	shQ8ivcػErI'~@d-m_»j	zWH-x^`hOed72$Ĵ!ӭcA͠9ҫuhư=LۼjF50,/YV9B.Ĉol_8M؅S>/ȫZq5}'&Sx#A|Ũ|ZI@3jL*?Qixk߉V`g=^-D, hPoO]@Ҙ0X|m0ĉzɞ"`'*vΰ5Cȼ;Ub'_خ"}	d("&ؖDϕ?˪6'Ùޡ؞ʩ1]UTo&xЯ0~VjJ2Λ@%M3yfIԐ5>Pҳږ˱Tg_wހ?n+DQ"fo[7|@_N׺݄U,<@Kۢ,V(``-jHC]Q<~.YQ2Rs*@@Y	fmcӘ`֚v$#^$"Ktu(ϝ?w:W³I<BȲxA,8'C|^[8ĥ+]D@kZV>aqU;{cBW{$(.!./o߷]^}M-6Kr~Xph]_N<6(D1Hs;Ԑ]LL4EEƏS|[E>h^FȊ)68yH-sJ$Jdlm&ӹHT40aVh`6gEdN{z8Vm%8YVnԖO2ʂqɟ5ڣ@ZH;Ńoےh{'0hֶq++T7./uup/SB;F:.)|ˆ'UBBv֭̽I]tZfѽ:nV/"dӍQ?cj	.dTmLM*QX[vK:ufBFٖ6ӵ/NJ (	:9LPWqGvÃbT*I)pƏ+Tw2g3̃xM<ʍMI`'"-0|H+"A	d3lFgݼb*VgEH̜aԀ	ؙ֘v?܊1.TW;нC[3kn, XB`NgbBtwDcmR_/U0?ϙݫ8͠K;pp~$Dr|Z%ӄdYÍ3dYx>Kk±0/_sL'+ENqգf-qO;u«]BEM @83^H;rriRiYLQ"YWs[NWz$خێ>	^
D@͞GD$p]VEJ%o9YCE&fWTs*	U6LJ=#i[!#,IiBKQӶYR#.fo??AΩ͚nw.ot-&G%Wؒ3HOotd
\4l0[B#Z+rp|j_"/kaY#kNdcϙǱ'GJ@A	ٕguvƭ6~t}b1wfq,Mt["-ofD=gF>s}՚{Qɑ.Y|Il<ˆԍl޲q!^53Q*E{AR/KҼfșD	bHFf]8iZPՎ@DMvFfJfӂ)S1PIe
rUeڨ[6	e6f^3I2Idֱh[9lt'wX"
^=Ljcҹ"8OEywN~ŗ\aËPj`*-Of^TNAHfәx`MPrXH5ɋц+1Q'rH!Rͮ=Q*]#
)}j&cٴNQDþrh¾ջTp"5A'}R	>	13ʴ{wYݴ܎Qдs;?V/ç;|Wԧц4hoCM2t`<I3bmՉ=dPQyD78ůu"ێm16MYФKm0DhE^]{Ҋ'e-Z8nZ=#;`jp{h?F!fYNEwfWHbIk%^CNۑvGPhDӁd5?Gea9_J%;{6dZYlr{nRuJn4E&ZԛIy.&	&2Mm6É0,5lΏWИVp_%\4̽q;Swv!M[GDa6:o6B_PpiQ0lλq9=Ϥt]3XD"ԁqgY*^+1a8ʒ]1|
H"^EJ0`KՈKnG]R6+.Կ̟ʴ\3<ZHCf+{XM;WtI? eׁHKA.jo>,	a5]ƎTTـqpQLWzR~S2'8)GqK(bm[ytMՍ>FQZ3?OD=xb#Wn,z[{p4;^EadVEϗ_Ԇgky0ϑ9ceLNoo#Cݞ"wL
5LMLuA0dҤ	/bKWF#.H݀5ĿFRFZ8ɚ>"#=@ېhn}
n1J_g;˖ȹ)ĝM+A7#۴U\,@|!<u0ɧSؔhRt<uݖʿ:&Z|^"}ȅ)\{/$Vr(ڻH!pA@zURBa)'`^Z!F-Ttn=WGYj^UN͠C<ǣ4pyc\PFܨȧ`˞0(Mbnoޖ]#ޘv%t[-%hHr]Q-,k)#	zSߞxf	؂jI ӯ$-bs֔\][rI!8x9')-m+/{^
Ʌ$gߴsaxZ;"o	2 -&Vf6̃
GufZ
G(Ar)Fl`1:~5K;l0[)G5?#eV80gwlkzR&DvFݼ:}].Z-J5ȓ*TN˵@ի||\~fw7Ne.MVbyhVh'9ɑޔMɰԻě]̝޷Pݣ@YG;RI@$r#	8ҍF2t'F2B5?g,vTc3|$
6%~׏
E hFNRwU%3F?L3ÔVM<\V1Kx"/Njn<vV326ÏL͘%p^ku*Eu;UZ&dV'2OoJ}T+oR?t[pςX؜byg<߷}ZSϞ8ܪlfTŨeJmb	M' a3^o a;N_p|mmxǒ^.$;/­_D|wҲ*O^a$1{mm2oKx[0GUuyw((	=4
yr^6&J%H͙_T"v|ș8I{`P3E)ҼpK-dÎlM)E=s߅E׷7co@tcۚl ZݣlļѿH/ցU"Ebkڢs>ѩwPtQDU)&Q0PJٛdu˒ԙ:Jר*uuĂ1CɁrO:Ԕ:&OjPI|~oðvuБ`(SȪڶ<X1y/+@uIvb~TI,8TP*l>p?]l\Ok+f)sqDim!ё*8OLş>"*s0gdy۩ k+7upk~F~>+x(D#mD/UĜ*dBҕWA-<oEU	ғ!iUӳ[#QrӤrTKˣd0HgSҨ`uCoPt¾/Q<97Rtx_,X'?U&ޢ8Z1i~sv
:Tl!5ͣNlVw6֟!l	{`Ce<1Jf
$SlǡjTAO5?P)E˫mʶrc٣oSu&N2#/pWT;-4!V)ȫ:``{ω.DVxFy_P
·^9+S(	I,M&'j%(G(}ʽA^A	*s^dҸrUΆwƷOs8-K?Xvy('ՔP"w8+{4ϘMtfG5>zT]|*]"vC'M-h05ܲސjFÙ:&m2cҙ3mKOgWt]]P!rvfյ|ǽ%si
S!xXflxswdԞX)kYNb%xp$V1`a4caԘDxDfWU_̾8Їl2˜dM;Mٽo6jm0@!NXcA~aLxr$jaX
B@3ZCZͥEܬ|UN܅L`s8XgsIͬHT<ڟMDF}Vں/ŋnǱel̋.%0ʞ8]ئ{E'i0jg!UQ*	7=0^uX48O+8mPO+zMr]C8PݍMĶln)ʰBjsѦs%٭VS9jաո~Q'g=;ֲg})stL~(c7[JY+u֔r lʊ:1,g$býnxz*=@lpRq@`+F[R+]}*">Ҍ1SB-q:h<{9ЏX3,8Pr5#r@`e5cݠ	c"Yip֞^Ƥ_;;-9fp<0-*aD|eziE`Xm9K|/XwUUeNq@-it_.Zt4]
Q,s/P|@Կ:"VceS^ƫa)u		.Q]mlclة;C~q\M[ќgY yl-ɬjșpHƣ-5SNck!ކT"ӳ1!ܮWpXJbjDhڅ2dXF+դӟk{z6tq18#v؟e5<2e֗Wyi4ӂz ~E1i]?P~2Z/QͤhX|߭Ęe"Gպy,ehrȚgx>BϲBhTrXμj5ZYأEƧΊ0on]ܼC2ل;>Ej+߉S`+@Z9"qX!}(A!/v~ؕ&8nȧ`0EC*vvr3ɞ/HRb56݃Պ
VJ$XY'$ՃǰWM[]X(,L|{&qeVT&%UQ8ܒ,ϕzp@ 9ZRY",`ة,|{ߤٔ&v	AiWr]Ysy&q\J֙Ctai2|J·ka[g2c7w8]!OGno6:dG>)ƥihÃKՀ%73ʬ}]YbC8yzݼ˫|.T9ǻcV_tx҇۞}ʆxm#ٱv+ȺJ#)rnܖۯg}֫ЪЛ Q"TAWl99"4"wPd1qL@2ʦZ;o'M)^R3̱Hԟğ$*	/Ṯ,ַ۷	Pɿ!?A/S^ӣ9نN\
iROIٔQbӫ+ÓŤWfP21G^t^_8&uVݮMôhkF/>:@uLi" `"Ip8)X.kTs~|t0ǤP,>)S`ޤՑ5B!5	>HC=S/x}rz̷^XcĈ)q8{6Ks5H?pVu:H-MR07$ݠ۟_KnTB16!]Ә3r[`^RО`Юޏ0xʼH,QBЌ̸>3FScW4ÊAVB4p Ю_!7ߴ&HсYIC$(Qdߧ7Lvg/SAAW¯nR.?'YlЎH9ŒcQ_b+0Gmɚ"SБM%Z¬Zul-Mƙ'݇(X
vޓ&`gxzoin>H
|u18sj_m'Nm0k!Y"Sn:\#kB??dsYvr$p'DpjԗSVG&15>_tmR~tokK: `k`buu`/М:N6T#ToNHfy9c%*-K^unl	/?=wWMܽPgʶq@N-эCz2\wcG%?^n֧ji8[b:n$ھˉ,iԃvbbANacԋ;f0x"8tC ڲ_eM}|4}.*}ou9Ev0Qo߮1 M°ˏͅXwkt߃'{
B5@^כ'f6->*þÔB$ԅxߎu0ho
cmP9D6`ve~= "-H.EvvPuFJF{g])wn/hߨ݄٫sv7v,&Ή7Iύ\kX1AЧ*ă'
.̔b%wBCWßeBPmdK^JKS=+i7,ġM31ɶ7:bOx֧9͜GZYƨAeLd\?hîe2@-<I<t9-p:^6@Fz;A,YlZwD<l߿1i+<Ԇ"5M/"SȤکn90	#6Ƈ˧Uwm=OO3f<26v##5/Ҍwd9ÍqN
X|(	RAAVDFn1irhVGt{߻RϿ,	q6e!	/pYUT
0:
BY:0+:7k|'^}:1-m'#ehZ8W|t4V^]RCvБs[77/ 	j>HKg;=Z7jJ\N~e|-h_3H6;΅`+<Xܷc7"%˗<Lpyù(VǿzߞygY.wDЂ.'I4:CKǽn(nf '\lDsvmjX@>x=ЍvoQc pfZx}9̓-h̭gÙKѱP,]ARsa@)/+b:5oԴ7E2b2qɸ0F'. ы
9S=\B0 4MRƤـٟ&~
*e0ݺMC;x$s8Bch=/
Ni*2T&Psn_g	O7H(z9c#!c>niZ50JKCBo&dv`kUa*gs^f[qx`Ŋ:
ŋjғQx6N!E[&@lg)ܖP`TAM"=ǢϘ`r,ѽzܦqYBd فs/kg^^6Ajca#[#OSWo[Bxդ$WZj+M;S)*t;Lx9z|ݻ*qM%mNzA^-NT7ҷ.i_u(vRuX/źɌ6Y\Wz{TV@e.NHԍ͉nĪcmu
ް	$3H:ɷAeٟ/wWHRTwbkaa<qߨ+4&ѱ-#Z½ۃ8ؾ,d^^zқ<jOmyW92$_aj5|$PR7+Y2M
)(s~di}=ԛN)ξ`aб=0q)Ng9qZ)p$c-SډmB% {IwXj,%/P 0	=1"%k&iپ.2իIhRfU4Zٌ<Aة)܊ 9׸K1uYA]I-[ӌ;Ĩ<7(%*&~lHQś769#]׍Ʌ4Z	k\7g$Iϭ:|"%3%gU%Ոmsߏ$a\EB	b#o`ufԠDxуa؜ml;IѰpĎs[SY$
, K^vjŻU6GB5hO*1]4etx":Q)KL$]X0ͦ]Q߃_z2"Ձ,>MXkіÕH7к7	eŗlNCgjdĄR(&LJ)4֊`8$Śms*ƍɇkȡ/jFRar#9-a GV/&fF8dbT+vk+d9דeTL(WRАݩ?ʵ$pZEh]StSw=vv;(;>OI	wWk,G$^38#+Hٰ4V(Yfq,aڔD3?3ϒь
7WEŨx6>uMA\EDE4?1N	MD S9G%ɨ_dфOgӞ~S`ݵɠ|рaI[T)Sor/Y
ܙj9L&3G&'S7	wDQEn%c'ߍƹIAғ<ܔ9Q3BӋvL~\SѺߓz|CӘO v6v=ơl=,y9߁["!EccUXCAfњWl9Ѯ@;a|t4D<	@\iL~%j*_ZzJ׽LzbĶZǉͶLG^]ːϙ:2ʐJG}oMKuf_.@eTJkȸ ֶMľ^TyZJI2>^YLgſ		h"tn
ƩjxJV^ UYSݔls~qӫe0*i?RێMO2yʡiD`IF \ קKfم#}v{<SI
̸zEE߫c7jI'Օ<ouc̝2
ftr	Qi\عI%FF:6ͧ~&͟TBgg,r}f!UPxY;6rwgmncwvMQMɜ?^~os"֬sL!u/dՓ48ߢkCU-78va'ٖLU3w`ޘ$-LoeHxWaN}&dE`rb"|d1O ]*RZ	'_,%QY;g
a+ib]`'Y<Xhu͆%4Nrnڊ21z4}Ws;w:+@wY-qԈ3Hv:j!ab8`
&j+C#Ra X\F҅MCj@<Ypɏg
%<@EZlڮl˴l.<&jFM<۱Q>fԳ2p>SDjά}W%|Ѻ2A"W_GYWb"?Aٹ8k`.^Ӟ!X=ǐ`7Mqaсٓbi|Pèdܐ7vUpR̽Rc>LBN&&H :)/ȥ;|}dELXƓְ	x#Wu|*j(؟?).E~Z?N>XPIJޥ/7dlU[M:HCD%w_/%ڱ*d=Y"DRRwBٞ	*}-4=0BTpC5KJQ4`p9HI5(='Ì_é}svC+a+S4k/v7ُy:e@muRop:$q(
YJ3<>Q˾M86\p{P31<cu@ӽ]XI~-a-LaLB]OJqs==ݦA׷ڲ"+%+N P6׫95at<w{<3zX٥L89w!{R65\:-!R%P}x;*\4w6J4D@fDX'Xi͛ѹ>vvsn55!bV%-y"D2XUY!n5yCڮʄq^[ȥH"\+71l֎hPTqR=6b-`	0_*HL2St޺Msٿ0O+yjie+q0sôd%?Q6M|)ǤM̓0*v)p2JsQݶu5-Dyig,+Yݹ6]tz:	wKF-{"~?d j~ɝG^؂ihc@)0Cˉ;4Bbr[Ievi&kˌ*w?|{]LN:8O	D&ҾHE̀KHSys50ҌG3JhҏԌVehcjeEa?RtT̰1Ѹʚ/T%"̫$F#k(K%;ضK9ɞ'RA-nĄ?f׶ˬ9JYFCM|F)GJ!w (%M	ʴmm.PՕ/ސԛ=FBɾt5zfߒ֘$w	pŴo0&m7.ޅO|~}wv	><3FV\kGZD;M62P݋A$ L,7:Iă6E#%-0&8
eTGD=(c8tMbӡ!V;tKA[cG	^x'^/T('a
oqeA
2 YlK݂ 9TbJh8Gɞ%5ئ(&GV[˺5runReLڕR{c/a?M4Os[ԉ4W>o-/OɹlɝN99:-tƝȦ#+2Ŵ4G׊:68CTbwuj`xܼ?-V"Β@ڱ{44&_w&+06jr?`mWxoטp٬ɲcpUYt<e;wad=tx3Xb6DL8k.|J(s]&)vV¡Sޖ}|aR4S
ԛfs@g= Nhsӓv*|A:/I1&[2h۵`rhgqf)0f9زsRYNx%A];I
xω֫MӾï,ؽڌ]{|ܦ߁r?rJL{K}\%*/&r/
A_-թĂtBl!b'X?sX#ՠ#[ݬE̱dr>Z/të-bt@o0?t)<I͞h=XȌXe9r(ۺdtу̉e`@(]uSk(aGmNSX˼-iX8;78W#N؅8PGe-bHW	DhFV2+*ҳ׮t=-~]=aƣ'vS}j--%Ģ,ԭ()&ltb3[;~3@XGaJd";йsA<J:Ýaz;&ņیYhAaҟRh1g}n3hy؞WyƔ4زCTv$m-ޮv_ڷm7p8[i؝Ѧp~ѥ ӝF\	~V73"ruoX|qXc~dM}}ԛib^?.,yIk?óҡ
Gr{gOEO}/զ*>%jlbFƧǄMS\ ]
~
:Tnߜyٕ/rs1ĕ
߸q&؎oz[d
v>00sy08òX+N(X(~ֈu"C\l|~B.EݫcA7NCBO˓ުǅB͸^l
ki.dF)CCSw{],{c"ǔgm])J`jr,-|bUhJvnȴ'DZ>v-q
^mʭ#Ywwg{ H]15j9һρi̺ܗS]H̕kUiZcyѲV.=kJz֐O>֏޸tv%vM9&؟4S3blq$A]ǡϷ:<	xɗʹ0mGqŽxYU7b>&kܖ(͙.0
0e" IM O^1&B39c[5N{:"-F~zeAjXMr ݬݩ*YIÂkKQĈhkÍĊU_דYs'hYG#K,*2l],FUXL Ū8urM[5rv6qc-5y$8@Fzϕ0q	6;Z#C"_qSSQC.bC3o<%İ-b-/֌F6i78x*7^tgmtBІ2 6ٝ!g&=	T1cbh|ݱ<L	Qй,Ď٠:[b< k\3rtO)fBP?F\d0y}8]%HvwRjx?]BI_.UiS*?˿I)\>	aRc͡Sy?ÊiH9=ߗ݉t])jϗglHźϭpN|p(HiuVHaPnT,LA6+@Ztg.[`")$NrqX8/BѷKo)Ým\pӼTXm'GBTT#ׇ+ *mgo_	>oE>\*̥TDUL}Ӥկ!{aX.at*;r]|ErA-y7<zqk#ǥ:T27C
7Đy1(M%g$^!x:iE\ǌ[j5ԫK4שҲ'C<fs,ƘxJw$&{=%؎hWF:,Fc271THJY*U${Q60alѡy7	&2<A|޲M!&9RsN^3ǢI68TɈR1j-_hϽT/4
3c8M'=%WEqJbϯn0lZ\ԉ{T/ek-~э@!IQEi>wGם$6N9ɋ3+1pWh[OiĆEʁ~} +I{y#;/~,orXˠ_gNw3xmO'z?~	1+؀~hhyܴ$ݡR3Ȱz.r2@`!mV	rnԘޙ9x xizlG4k~B˚B(=/]@O.Υ͑^<W1K|z*A'˷n1R{Y	ץe	0ؘCiesE&@X=8Dɬ=4\
@PΙc_*\$e>8	`d.h_[_bÆJz:gkmz9g̵'F8#:
Ų̜׫Z6?,Wo.z:ζlyqșAb2CX}=Bõ*ѱX59Aĝʍ608)7C:	p5pi|aj~Ns֚B4m(W%8LGqT.{O)6ш>ޣDasS~K!D;ד,'tRScd1__`:Y3ɵ^A;NN;پ]1}E0$!Ax$KuGZ̀bpysn]1n(/*5;&w'4l}\=Q̗Xr#`l3JUٹBjRFa~F+UҕM:$ҧ"#Hэo:/!
"HE/+5C%'nD֫ur=
'hܗߟGQHɺp0`./XgC2|%@Ώi;/"ٳbݕxn%hϬKoZrV%"KyDrbLCQЮ7xB8T% j
p0ADǛ^*rfOfFZ˹
"0bM%G`RtKo7`Կ?t_<d>W'/ܞcVYsپ&4i1z=8eoj& O3yY[̙S8?5-o#v%ɧ[1%2G&C\4cϩL2{Fr"әYm_~1Oςæd8{=4=)RwQ)UpXRv&ho_9gojǍ8#{So	Q.2(\8g`UY&iVATX%&joc]oOWc8$jNL[w@+&[+ϱSߵ֖V'Z@#LΓq.shRl'nR̨$WK[0B+@3|ʛtqUMqK6<l1M#r!83ҝ4ӜJy'!5?AOI] c$>ͱB]¹bt1+#ȿ̘qz_T;s[JizGD6K!ٚW,LoϋX_Q*(-FI#ۤcXSHdܺ&'$r1Q*6yٻg
zJm#Ʀ̖dCx_|[B<8%Fv4PzDgۃ\җ	C1yuܢ)6ْJRgҙV4GئpVPۊF,Dr1CŴlnCxƢ3(:i 19+m-ϞbԁRI2ZT5iH;6k>x~/Se@g\VqnF5YSWGoQLW(8NZشx3gw5ƟVׄ/O&iu_}L7|8tJ1M'ߡ˴kW,P@h\؝ddŦ{*1,\k]T¯_P7#MF2!f'xޓȴӱ`-jsL\͖Fu([7$ݛKAU"W\tk4i"{TpjVz
Yٟa#>ހε^epbx}Տ߫"LrM,USBAی/.>=AR6wFsEQHcoXd<8=A(Zqف',Mp2_t<Q6)Cgɺ"'݁ C2;kэ^7Gcۿ,CJh>Okoc<?SېB3֔;8a6-Zpq°2xغzlNGMTvfj
y=`AB@>8Jz\%wew0B=-!byD65z#2CB$S
Ѫƪ?GG\?ǉ;C gt4łd:yMeD%* 7!^(u^XW-}nar|vWYQ/{5Ȑ+tR|`O--eۡ2khV3}KR_8/4Ɠ'C	~F{ƅ*-
	-ؽvh,JfuEy}YU+7Hܷ6?4<;dQ٫C hIЀ
S${WYvf(L/]{*1H;uLt˴k!+yҟ+]UlDكa-efgT8.TaP|0UozW`
hPӊشj
[Sxkivϋ1(po@,Qv)d*g#sc39Z,\4:TK2Ò[$a+޹c~LGHQJӎ9bK14ǌۀ>4RrEZz!jCKT,({X&Ŀh׆QxKaV?%>kX^$do]N%<'tiHZ(6_6{)TQ/$;xϋDo$;dp"NKt_ocpchŁ0m#)tXi
gPϵ9x{XZ'B[͂yX/p,Td4O܄FT[&kϝpN4N-Js}s^FeQ&ãt)t`FɌ1AG^9QMdOj:1IJ\j=WvS-н|سi.46KAșz]@xmǪͯwF%D,9??ў~Z$~S,B9ϼ\Jiz"FHª -bP8ܳ5YƶTpCbŕ@W%ƹ%~ ɞEJ.Fjl7xFhwˁ_)߬lFiJ#̘):!%[QR8;plڋeFWЍnhӧ)ň5I7ܗ%	HS<\NN&WIڅjzD&%a
:;uJD0_?%[N-@X:f?G	_ɃM7Md>Mrv}T Y,MP!:ĞJ}psNڽ>ovC8݌ɕF؃o0ҍEej`)*_+p%[ ]78sDi2F__G2i8Lrj
ET+֑@.سoo ͡r$ߘS޵/f'^
,;D@ęfǙ7
BAn0h֮ql00xU??­ZĦYt$_ed?WԼg:gjвDY@w#E>>̏ĺf)j4,EbȣhԖK|]Wa}aΕ[M+amnmٸnvueheAǛcQ'ƿ	ߛ7/<mՋ<0T=C2;Am!jeG(qR!T#gbRq=Ɯ#Tʭ؟? rEu7̆CMC_>VA/	oWelyϜ:ZXKȨ}p:4HxW^nU{Y7r*a<X
ҥuuкMMU|HʻJςͳ-ӿхٔCۇTbu6ue'9(%<E$N1ȹg*,}+7FY $XQHkGռ$O?}}OCϴ?v+<&kzTl(ZǾč>2˽*mitGai+D&Tnq{,p^SE2ET3aIVeTʲ{qvv:0!>B|
dN^Q۸1ftS 
-%Ո6ڀ)HBrf</ryÚT*Tw"
&ϩ0-	i-Xv*SR,AN-n=bȧ:,&O}Xr0D9>װfYb'­	]ƀ,x_nF+A9NOyۣ2XaPr:Vv2nRKb@[kzxa%ټ>Dhb?;shPpSO0&My7\'uT9~oU8S0$@5K?^:ihd/`ܲ7Jr~]	εێ[nlTdiXޗ=$^Ԋ)ɹpI9ʅ>_)>Uu*y0Bªc[iQw&%$d9ɘbsoiRưqsj6L;Ԓ<RZzԚ"9JCmESRJq{?jo)Cxµo$[01F#!G{U4Z0ղ<:SC+ƜV7u4rKtDU}̞^[&αЦiԌwO֙FԵ##"/;a7v|m%bٵCcIx)\Qb^3_w݀0twW-&ya8b܄BP;'!y$6c!wB0#bŜmL'Y]mջ<fp٧fvC)"iЭ
N/}	Ș
ǈýЪ)L0 xy?dq|ExɳJHMx8jl[ӋG{^7J0T$Wy}S̿[˼}ts:jfY|~Ŵ?Α*Kʓm O2V3>j>Oɯռ<ݹ %fE=t-H*!5,)I#ǖ/eK1P0cqYu`[]ߋ/s.ۻtpT9'*uP@K|l݊ȚXe=LӖ~?4m,Ͱsr7$R22,ނG.FOyġm\%	TTGӐWqSD*B۩fZApɹŢÐS\uAǙ?}XIt5&ymX^CȪ!'xj/.p2ŕ]sՙϷgCY 8d~cēs4џ-0[gd) ȟ503j|^ʿ<3[cN<(ūi5Z0b[XSʟkֈa_:v؝qqK$
P	rssxɞܐ+jI-y/ZwHLؼ
?S6т߁Ki}ՈBȸ̑ITҽq1)5Տi'ݺ?rSTǬ۠>kfɼkՍVRo҈*:SޠcrϢVb8Ew"p"cL*~ixB-ϲu#ۯ]fȉ-ӎDdp^o]g^warM@޴ʋF@{OZy*x=Au
vgI!١H}Ja KScQӉ(1dkvɽѴ2֎wN̜#`E-<{Y6Y(L ;|[[UQ=*F4(kі.݄XY>WS]چvls+Θ3_}1F~FI7ѱʤ;R1Ԫ̏^Լ.zaڧٳ,+!/ea"_Q5utwiğLJ޵)B+-5 9mq#1°q{<̃vɟ0^b	׫H_l[vdda0Gnل:74q[ݶn˛VnmdB~l30פҾXmLG^i7I2oM^R4;*qG3^ޑ\{woʷP
Kܳݓ0S/D"Cna^$˖&>dӀJ=]0Y	JPh\AWs,f]
=2y[</|Z&	**H\ՍAi$ohڐσ!g~!04!PL(R9$<5t#[[.m-.K!{peӸwb?٦xl+qy~/nSjoʓXpŴYIb\,JJuy3;)#y*O-e5FshNէv`3&U5Sbr Kp1h+`$(`[;.eE'wLRpɕMBL;$wogۘ$7ȝ>yoX~ˀҊѥ):xYbߍ"%@юfB:Bj$+TQ;կD}<x
yc6<1ؓ7i/ĄpM}ݯKv1Pޞd_&ѱ߼!sD;Ph{V.Hy1wd 
uGheP'0',7Y2ÎȁpgmdoFKBTHӈR09|iڵ+> Cڍ
3Ӄ"}ÛWb>#UՇ^ή<B(g͡~.̅nYPA9ab*76"? `)Ylreu:xnݩߕ۠ձyn5x۵>{bjA5p'C3hk{X{LlLaَ>ND%@vϐ,9D@J*՗ݪ'Tm@^j&̕G<uY>Ь)xuCPFgQ?2/_a̪je53Wk]Ucժ;mFň+YAoѪ×Ymd[ϡw,2OR+?R*@*ƀ37'{<dP`Kr;ɵ~oVɍ@WX:^t[)KW1b:Εg{aH>#7Jo `h{c=>LvNɪ_;
]/:EJ\o""6WS)@%7s;%?9Ĝ?U4ob~387mL	Rf^A0>[՟M_XgM0
Hvs"IǊ/|?PVrfmIc7-ú*r8ǒ'df۩3N"F/wnVKT}|NGafXp[D0Ö1֏j*\'T.>r&{-^)^2BӛHLrƗ#mo|y[Z|#Fj>||̞a7tEj
wmZ:(@`I$^c0ͬ<e>DVnNS/7c_YmݱN?.+4$2Zl>3nѰL<c;f`aBMI޸؈du+0rPj{aZѕ= uH"\Uܓ7pɿZW Z^6p)#{ТӣXKš܃`GlĴI1ՀoCPY0zOQ`h&m?/	'>Q=MQl}#Lp#[Hr[`} 7wYJ<ט}@W>H&$Ήk0@Oَ,iX(:
h͚1[S߇=4`ܖ"k'c7۫.Y4GZo|߬?׍%@38P]B]}ރ&ڱ9NXP`\isL߀|Ɓpavx.cx/CavsŭWu9m]'Ip@6#Hv+6oW/KۃYʨ,mW3YNN0)scMCזC`3jo|WHgAv*S	ڲ!'s5ݱ(Dv7rޠ[hl"KzEiCYPKnr_%k~Ai&YPjHnG
ڏ>Ws
-xVHL,ؙI,>	SФw)FVh֗a!ɐP!g
;{E'+%7=e؁&1o{ޏa0#Z=5=Jz\R	SHFJ[0!):67xS_FJa&]W/)41n"W1jxͫ`ܔDCSDIG3ق#OnkF~!dsO%y4Y{buATϿaiwia_J2G`=!?#,v2!3ܜs'?Ѣ*,1
u,LTU$ZS`5Y.Aa
}؂jlgBw|4HSǰ~Eg`@ԙu94%(bȶMþ˰JҨݲ+ VOS2з(~ޙ<``5Q].RlK4l[U\EpO6MSi!l`HhS{6)OП%tY[tKqij!]a_C
{&0EB!D*TFtn*5C):T[ݤim6(WUJuZ²"Ń,FK+ʋQe؅cn<ՌTE$(]tBԑuˎ:h@Lm:krPm7Ϫ-43
̩%W}+!	[vR,>ā65NM`_*'ِ*вHu*o5*8;zScרN(;>[̌#\4p\%Uܯ+?Sȸ>L)x&Op+_
A+jrV^X"
Hiuڢ'ҿE?OSsh#8$c@4eϵSA6ij<ępƙ3UH-0w !XL2#>AxɡsWn+SLDFe$٘#"56ߋmNeͼEQ3:7G)4ʠ?/{dgwms!k;B}?&Xn#[
܋ͥ}|
Dwɿ+Ҳs
TlWEO0ܵ;mYa8؅o@d:/ˋ%<'eQ|zΪL<Q.rNWu}{t
MwQ)?`n;q#@93i}Bѕwzq%qq\א;5M^ym<G[ǻPls]	SD<TsOF$|jM~!KϨPܴjl*0;;ݣf,TLG
=Q5^tdDq^!߷|Mi
-̷Y}TJՆ}
%NM><}g{+wϼfʎJ)D>om'LʡѮb?|Ӄ<a߉d
jJu>Bk KԦ&&RG<XwՇ!K|^{F˃n>XIw"9ԐS)U}FU}C&~4Wm>0-0znզP$VCZ#tSs3@ V
Y54є22&-K{'ćZib۾(xy	ݞLO6pæ9?ˢK-0u]*ԅoBB"7JxaO)AWZ/,cva$sNG ^PՐlC[p:P-dk@ӌ@`$W#_yҐqL̙i^}RvPx0BGbfɨǄi10&Ay߯HGDμ܆  QRt|P7
z2'u8.eښd67_~MCoz>+)iA\mXZmEŭ# ME/3׶اN)d_;c܋0H޹kZ!`״FF&PO ʣG`FyXo6Oh k1$U<EԞjńI(kij+~1KH`7h	Ğ.Wu~``?~(ؖŹUE`zFmt]HhgHCNA&ci@8nȀ9hJ3.ل%{!>.Ů*J"9ճ5nBG_#x$LsD#(vOhiFxJ@^/O؛qynW~aIQ)"NДiga˛;ڨ}Qx`VjWܧWp98gin,uGeΆ0":*ÀWQZN6w<ħ+ֶ۽C7jRLVnӜfv ŵ?dgp0&c_3ڠSF!bfb*BUw<%jVU0-5=],CRk*Y c^0"R.^ggy2,x21ʞ6GI,_&	~kߠ]Ig~[lɀէt4UNl@kWAOt[]S0$#)ũp*PɵҙmJod$ll$HLj||X[!g2FުѦo
RܕÿF
y@TH
*=׎-Omb |b&L-qP\ՊnJZ6TT-t;CR4fU2'އBA7`WKuھ؀0GUny33EäR^>[(ǘQwE9_U,9LbLZ0BBXuh[-<P/gFcyǯ@Xhծ?$ƸYGگP!Yێ|4dWK'WQ%bB$}R{Uڨ6).}D]DSdb5@m);ֳѵ0ϠTrb`dN7+Iq0C	eTvemn>ۥÙ57E@G1tڄd1ӢJia@%mȿO#	Ӎµ2ɣ	?̪_x[P~^{aFa{QO: $qvTkh>TʒC:tIU
YLlvw\|r&2G`h;"@!mv`+Wƥ.8xz>QRwsdR
L?lif3Y7Um~ޮƟ',uzL[޵`^nٶuY.æHc:ٵsH$
ӥϪ^Ջ\64;%ZۉJ,J)~wɭ*:W0CbNW=:B߉;I"[G,p}Ro6GN0ϴݤXA9Mp93.ʊ
MRŀOĤ?׸z1Cd3H`5STuY?WLըF>@e{ں9`ijE{d.=Q=#gA>&?v}S<LQT`].o"}B\DX@L/iMhl:pEڎ{l8<tZ>كkn}-3EYaZFٺ_	YT%ܽZ[utp*ϒ,@>̩H2<٭4\Ǡn>m us:$ݤpCr̼
Ϧ:~Z7d9*FNpס:gOdI6j!I5۷)źAp?nմ[2&ԥҙSP3`p>iY	lnK5QJ+vݥ¢	g!S2QhùxܪQ̣KX@`LMIm[4'jd"	iGķ6XLΡo3h.ſMc?N3hzI?yt0F3րd0I
:҆Ԁ`r^qǇӅ.kEt=svHt	V%
iB/^˱vHABaXѱA?+ɹ9g7_n<Ӫ-ޅhBv]O"6l^_6F{J5Û]%?
?̏fX?FI`&sߔ3EݔX*^K,M<SN()׿Pà mƵ?uá"m$`u%8I)1E=|ob sTTͤ>pJd_2>ѵflĳoMdk8jx-VǍC/Jr=a}/o#?B(`yZwSV9\MS,7nw>?:7-f7f̛Vhv
eشKQ_#c!!o[$"HM5ρ@dBI3Zmu%lҩCORٔP{[Oo\A70+^R7i<dEGtMdhKJ8tiI׉_X|9FPx%Ǣnb	-)āŦ:´D>j{0ڠ̌	UR MRa@^o9-U}tO4J	7l!B|4-P:C-R(mEQf[c:\Q(E&C=U9["Y1VSgbP9s/GjVֱooEݫ8O;EԆc۸,@8obwa@k&3|xif:*Y)o:a}<UsY,YoíUO8 <y!3:~=v>%ƕ2"}})._L<8|I#waw9!)B+3͈͟P,/>Q23WEl Cʀeph߃G%Cɻxl_Zh=ag	2Lj<|H+y@_E;ڢ^8tۗ05|)K+&^5=&(+I,ԢyCĘDI'5Rwi6ĽzlF,hy=̙YcfnP߉R$x;Cd˝ٰ_~:ɔlqDp+ϴ>T4{X}քQ!ɺù^cjj*e)kާ,f
rƭ#^ARf{QSɂS{ĹPMD+VEFjZ82XH@aCI^:E	!KN)[s'RQݏOXqzLL{
vPQٵS@\e
m7ڂܠy۔r6wtdbm^\,ui:wM|pJ7kh̔G@ِX{	JwK<iy7`'2&2^cҁ7#VF&Hz̙PxكcUR Pz(rnc	eC{0  [Xc-T7ɞyv̛,BdQhIvЍ$*
x~z̵)nQN пn0B׽}WyzJp("I>XRP<uC#A߮O=X8&\SF#xBٮ%ׂ>n\&RO%׭|h<J
JϔEԽ<x	;'c	@sj"ezљҌgJ$$#VeF^y'֭>ƽ%$+ ,~UY(\h;n9ߧj9]@0CK7ѹɉ8C	(~\4ɉtOA@\IM.9_H*6&k;6Ҙtg[,:hƿ{S0WAmL8CU$7"'P&QdK9Vo=1u*/ϗj^QZ82Ŵר7щiL IA-HGZ\Q?8t.X,0vO[!4 @p/9ςΡǸ	7]8oV6Fu(K{/:W, t
Ͱ]Nut@{`@fyߑ%6"z'[%IUMMw
-2K)*i*B%DS^)eZmԲՑ+H9؆M̙˷Y_&eX3i@'?l}ūVD?'`W6i.ҷ(D%>`&5HUj&lľ<x+$
ʎP%ݚۙ"EhlF*	u@"J29*9.jGn.ŉ ȅНڧ͊Wp@+4Kvͥ&i|gh7Hu),^~U~z^͑2a{n4"F×O?R|Ӊr}&HIv"$Qe8ܲ-ؚz&;bαj<ݜ1uTFÅ(FlodٍG
ЖY]bKo/&4ӭ;`HgT})9ɾH)NKqd.C5Y,~$wPzMbpˠE*ƴ+'-1yר#V#خIP}&2<օ(xR3`x|ӗo2t+8g1Y-ĭjS(̺i}ʼTlvñ v޻kl;l
o(:dnnYb(]#2LxpIS;5Ь6WͿnY^!t3ۅfբvKBzV+{*j9YeY`52aѻ#bCnhg/ђ5Q.4;%L.^"K`bSf_J{Ҫ[{!)@YrXsl6j5j|Tٸ!A2Gb\yLk9=ux̄?mkGC.&OɛJP]{@Ii0DN6jݾG=}DĶ0o.;pn)g;цW\Q::&B;Խ>c+n|){ׯgr-	O*3tjn݁(aTlR(pP%	f%ss-wBhk#zd|Lԃָ	V	78djmQγuWԒػqj%Ե*=Ж$|G`kTkȄJki;ڞmڿQ((G= 3T{>3\B!Imܔ(#3q_.MԄ8ikjjIZѝ!j82w`ݑ4ΪzH;n4`RY7
;Rэij5Q̘[+ݼfО޸CsG;2=wEI:чs_kCωk҆`Ӑрb.Va&NyHZM>uvI)1پ-IŇ}k^dyk<0$z-=8;YB$7,/IݡZ7^kϊuV˪4F?r5~	]pD̗]_)fQˡ;*WcaK5q<@Yƺ}/uLĶMVTcDeu.CVfVhuIZ-_A<8Z],߮~CCM2WU2<l^;|"*AN}Sq߷{Ō<ͨ@jf
Ww8#yf'vbZlqSgdÎ}{4Y~ݯ<u8dx?-ƕ7%WHy)(y:fEܸՊ*]ŧ>/?؏!zqQtŃ*"TqsDNPa2]ʰ"I6ѹ;٫~e-PNlOY-QQ]O,"gz:\Xk
pEgdx׆!DvǟGPk/JXҊwve?gm'ey[ʘ$R*PΞ4aV,Tkbp?޶3:ܻS֬̆_(a܉cu>NF=ZĆV#ޖ7άV@|d5fң(Х$3p$h%iKn=	q!;yֹgKwc)Ng˜[¼ʀes^ŕu>JyLәX+o_	ٕ,z@IZ\ו( ӟU
"7!a̑E< W	LR޲IuG#Ĉɯ۬yP9]n+iC-¡|^ԇn_s:;e:@zcyLSW<тn~$Χ^r$|X1{Ǧ>W#rJΒRVd>Қ(L6x_,"@H$pE<1
EΤ׼CtA"b6yJSlO w]ߩ*jm6+j˲_z
*Mo{`GŲ2ó0,^k]5S+b0Āq"i"4\$F88/|=WE72>95D*T޿s<jb$ @r 9f0P;BDaAiێ"í"Xڇź.1;^:{blUGWfa#(SiUE,'@yHE&.8n.Ӂkh/9-yOϹ,6DRMͻ}_d^4ȋ:ګ(snңu^n7>[vZrLv);ȠĴ%ic۸حVO`¹R"ӁlJ4lts̃;SS(PYU]IcRH֔x׫M!x9ߠV3 ۄHגMſІ$1{Z=$!ےԏbq)FVڧ^YxȦ߶Ս0::/[Gήf;ƒJvu1Ț`BdCC0݈d"<rZ%1LL
5_;ɉ`Ý5\,%uIdk|h%;1Z߳vMu/ԸWikVr8aA<V
\,,&	3ʠ'N:5Ɏl{pD#7Jj[uxH0=sd5Ӗzf/d$[rzg3gϬg7ˇ܈\N=J0k(HGψVdA2DÁz2|$i?6JZf%#,7f.v~Uէ&Iȯ8F0$inizMI0@y+a+Pۂt}zc
iu,XށfDل|޵@x\-Zò%/T(Srqn ћwd=qa݋&5(gvE\hw͈rLB`2*.S82TxS+ѶAA|>>tޝB^&F֚j/ ,C7RmXL(ldeփ%ZSkb"L&ĖYCȆ\CzޜpEjxg9K6k֏@`͈uUӞۆGTRSU @x:>PIruܪb3̃6ܼ*XwčhL%"eagxGΦ}vք9gŤ*YYs=Z-&p43<>
[h17ncALZ̰Y\17<c-3 i#~]bu>#9,`xHDP{u[Ɔ
pǪ2(st!0/]M%?oZ4Ƃ!}IL v$vvJgr|[ǵuր2DDK)kYPL&B	+P#?9_/[׉Ǐ9(BT/+&5޽ۥnċMԴ6[y,)RԕTFŅWǢy<{T&Iʛָs7Ƽ'
J0]%ܹ̳؋s:vѺB׭َ5l%ĈȘ2N;5Z\݋şڍ7,k x?+)M2k0ON,ئx@w>?G7Fh2zG,~koƏ9EߒSF<
ڀ465^:|_K'
Zֈ. '	R1ԬTz8؆E>,{$լÍТĹ 37,QOT6$VDf	ϭj%ˉˎ߈3ͦ03wT^zρBEZzƶ/A͈r;N3LinvmwH
}pycx-C;4{--~bs]P9$beҊ:Nc݌!Y.?ԓ	am<qֵʭ=,oFaV	i1KǞKˌ1ɀ̫H'dk53͟K6*g֫ \UDrdcY;/Жٔ')܍ti~Kzv*3ʱ^{DTE'ǨרA7#ى;}ضٮ#]A2 6up4L}ؒIN%b;yK[rE<)\SӼ݀C؅ɪM̫SӻǏy5=ԜcfT|؁kWߤև2н&ʙ8[rsy	eȔȥi;0ԱoS/+ۖɷ5IC,91ue\[ƖD)Qjh$s;t)S[Cֆ<jto^ߔxUm~#0oIϊI@bJ5ǖn˲xs,ū5Bf9Ru{$8K|L	2gjD>uϻ|{ߚۍmQpNzљonE"\UKɍQpQ-2Tl)؍	>CD='%Ί-lHVbq4SF]NGk'wҨ[:bůIʳ4 bliUgI|~zC|L|ЫȺe]wr8g˾Yǣ
ÆZA8۷G]Y;zIbT6Ўog2ye"T <ϼV`w#4AĈ#*+6!8ΪSK+D<dXӇBP]f
N:4wX7l8YRA9"؜K2r*ӮɹBҌo!Vʭ&Uj2$6ml~B7>sPXvW$RJECF= Ž-$a?{bD!uA~yeS,Ahu'-eۄvU.Z,#R"ԐF܊K@_qԬJ͕c21ծtuȮw
8%tŏԹ6#T`8.Bpm͹x31-7َU%E+mN;Fu>ڻk֕wVlQڍ:zޕuuXLׄgxƋdُ({]	}=7cCm/3v_D\d{Vg<5qK;Wۡ4)S٬٪?!|G]BŨ<S{%՘Gv||א*H{DfwΊǝ9|	ˢӝ1Er{1)@9)m@#v}YyRP<% rR&:kE/CǦ,uN>ξu%Do1Ι3px7Ŧ8Upd3WK+f0^dzЬm7~8Dj#lBfsfA7;B0i4hE\ibz5<+SB_oe(r5OA	|7Re̸P@g4W:4BVc"֨ݨ{1saOzɡn& mYl2Sݫ@]QUG͜j1j¶Zc<4rTi2 m]ڝX=8Jv1X~PUN~׋=y`?V=6&9PRyyr^O|W[Ⱦ<˯" wfU<@VȥƹHSMB/b-ERAx3c	V)JߺբѪY,U	''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24949)))
