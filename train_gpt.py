import brotli
n=a=0;b=1
for c in r'''/Q[oYo#ؿ=@^tq],Ю|{< 4U?:#4aDLlЃl2VNǺbQAdL&~L!Jmhށ#t
{	~<;+: :#FM]9hU
.ޯdtɷG^˚HT$Q:.c܅ISed^i\wyn2rF/|9k2w_Š_q_t_<ε?֘Cp@*Ȕwƺ(V"woeLv7XUL<^D'q"?ApX^cy1e\k!]ۨE9xXIXGHP.wK3[6 B]t;wD<[@wʲuYtܼ؅	]9'a|Y3XNߝkr?!PDɀ1uc uWAdx}-+16J7{;Pk߹KC*:?&
;7P%bƩ&I#/&cq;;'`}qq@!m^,MF-B)(xi5s[Ip<Rkkΰ%ȕXB%թIW3R;@ѕK=p=NŚfhIټYѪAxkυ݇8U}&:GR"Prn=fB$r|'8NwKj'Rf	RHQm>Rݴ":A|D*Fy6]bQ	/2+CךstkɓH_k3=>	Ơ+YρL	Fop"*Aܰ8_dQfi(FɝZ1w/svgS3q~[lJȪ23ܬYJEuߛ\۲{;WaGAG-m*/9W8xk%uՈuJB1}Lxî֋(޹y+x[YJvY2-$dz1#!\2QeDI23F\=y^dSWba,*ވonf2zMKWE">oSHN[޸̪&V84X[Ӽ>|/$`8oRGεݜ	RONtd?иmm(ؗ&_vVQ'%^?0qM|#oPO
*/e*Aʀ7^yfʞÑ,r:ʼSܢA?ΫK"QsKxݓJ[,˂iPPLs?@P^[B8[XxDu/.v\LBá~eyqT-Nyoܾj@5eS(ɆѕvvPnCv%ƑDjSIΎ[1WHFz"%ӂt-Oق@͓zߠR`PR½Ӂ/SwOƞ<h#VR]_Ͻ\-+@sXrg,,CbƎs=Si-ߞR9"6yc[0x+u!/֮ɫCEcr9JM	ETPLʋ3f&$98l5ͮrn׊]ΐ.u*ڢ+RXNK0hy0iL&A}3BTNɻQ'ζbaװXPL&Nh5TX.d|5QѪ=]PϵC@
ZVu=xUZ$aν5n-#ġNo9ߍK5Yw$
H.d¬͖ba;?$Im7EͿpZkfؔ8	=~$ڎpmdr?a&h	&hԣe{ݫ%)EZC˕B±*ɍFKf"P}P+"'7(=Yhiw&>Dݣڄm!k'1->TpMͺ+rzH:y59n(qď)P]O(˸$QjFzGkX4
V=RTsו{C\"1v7-³ςBڂ!0w2^>2^%ǻKϓmSO5ˣZ=&%jk<J3!Md{]te͔jHyFzu8yy4ZZղ'ɨKـ٭Pvw}ԞX'  $~qӗ!܎B8|.u)
&+פ٩iae2<0!LdpdYE>`0+j"Ȣ@į` c<*Z:Wȯ2UՔg|=gȂi4׾	ˤ؟3t{*!R{΋Qkޡ>1ӈMyoD¿GSYL!ī/'=S,˃}[aps6YHؑV=e5!Y_ыX~IƷՉ|;A֑W	rFFwW#qY&|CN¼juN0)RˍwՂWқ@-DKíCdr4ZՇ@(LGNpߊS׹Nk=fN?mB35l;hQ	ӫ7xY6)y[&ӑ},8:NL!,aSз(Od!lSe>Jv6Yiχw&#٭B38[(c+ ;vC_t5ZJtFFӭ5.׃xxv~r5qCEP=Pozڧ^؟e;y~\жN2wFĻT{щ6;ܶoEkHU9ÑT.8-G	Uo?os"P*}zW
ؗp!^n5	HIv
̈|޼~b\CU߳*y\<uI3;}Hז2_3ձ̨ORЫ]}BnLLs8vvW38vqBIwrONW1؄mXã=!zIi<ӄ{wl,\
|:hPEL-,_WvX1?4ќ`p{KI{7KV,xlc[&YΟ*ыDxw˾LճbLJR-i49CKs]3HYlafxna<UwY)#AcIt\W`p\ LQc9ժ^7RKQp1}Yvõ,(>JGܼOd#?`I؝_0>DNZ|Q{>jmz̑F64VY|ad&qw3.[_Pa%*ǘ7*/<Y%Å;~[ҏC˺ʁEY	j(-)ߘ"8U;!2LYIcǒ~\,fѻppz7?{Gbq3*iѤѫ!UU ޙz|xP`^]i٤E^ҺJ]9D"Y9xuFC֬Ԧ¯&gK̫*{MZm֗p[}usu/-'MȈiXQG֐*#ȊrCo;D+r{d(&OY4j_/'՛!d[].w* L&'Yá/Kg1+ڏB'_r7l8 36I4Ժ$ٔeOc
|KKj5h].>0}4*Y0+ǖ2*
NrpnMyT{Q<t^`BrWqx`hdPNH9r{t\˕^}ĻNƽ2ޞRF8w/-^?Wv/l1?D~XΩZ)jV$;\l՘J?|C7Мr7|J<+y4ɜ
n?C#@J~",Zkv$>)WAs5fSր?҄6:>d_2%z(`%T:hJE4]-PD/ǯ/}ր%U'J=sҥyDi)ܼ'ܧ6߮R&7pKo5A~K*>b	Fזՠ!rX'zp`aٿ\E}3UNU(s6Ǘatvz1)Mv%i{e:Uŗݍ55Ac
z.?Hȸѹ>;ZXٰ@Pz>\֘;,>#0u	\\?S֡:~zHҹ͜.xn	VJ}MF,\&<:Np>0IL\՞N]ҙAձLBĿ]LWS[r(ۑhkXI{w|Pףw#h7t32gEgL{Rhj=Q_h,4&!J@'ڞvҿGPPG&P12Z2FAzq-*ҽF(UduK3mMY25U&e<W	=0^V"CEI. |DDVQV$fmMZfv(5?nz!M'0}֘?14vAe}xxQI֨Ɛ+ƠsDDj9#5Ρ]#h>T#;^9:f4^b1/F[#]|aZ!v)ojW7/Iк^{66rW܏31if˶؍y')^6	tǿ9=mr}42ً/9u|:o"û$M=Bb/[.qdiBUIthq0g}&E}q6G\c1`Ig?x'FҶ?WנA{DN[Hw _f3vdm\*sXpqi8]~3
(	MY	ԧYnK[KvsЦe
Nп-<eĚ_eѱ >WdaivsN>׍εx*50UNޥ:^A`ӯBKڙ4²ŵi$ã Cb_<F;?Y9`j?#Ae6|MkXdrSbOƔ6~Hq.RO7+F.DoB2݂ӝn /NN8PjF(P#5%έsHFʷԫ^Xp¯!ivğ{gO,a˧5HTNɎĆ6_&VdԒ*AZϺ5snM}~LѷY"ҮLA-αP$<^R}{:3D4=V{<C[rˮć0&l[d>oK>2˫0݇Nd22fԉ{iؒʄxuALYΏ¾؄נ&6Y9w'<o_C&>ǆgdya.7pi
=O˅چ%OoQugMJ5z|bN9 tN߻POU:7p0$fͻ1D;vƞHEץe;g&=٭hDILvZBZ''.UY]Č]:HǍ[7fmٙ4\ގo֚JhHD,֡*$2,@_t(q.e"8	iAF:BA}NnJ@ޓ՚xNnHw١&ks} 
*U	0װf%nn`ob12ء	s,Y`:b>V')~">۲O۩LN\3Zǧ	{!.^!,\)LJ7k\٩ky`/?C .D±Xf7ܥo͖3IQHc=ی5?Ee!lYp»`70)y5qG?;jy}(x`΋0Uڳg2 ͇fc٠J<VOf޽3?ڱxo%5^jmK[eB0Ch(9aHMPbĐoTZhޤ4@RzϮNy:T^ɕ\pTTS~Oz.#/bcUrW4:(FK(IɟylUfvת%\&Zm߷P?'[vTmf=|Y/՘:o6Ŋ!W!~KVIyV}HhۃBBe4"uT;oVz``)2,M`\Y`IF"@`r:plrcHeֈ;=٪9¸Mƒre4NF`S P0>!JU!9B;6;1wA(i8]Kk/o_T~ȁJs0w ;h<$z˿a<ގ~3ϡѦ8?n|kjNwUgb/@'Q٠YPLcj'!\igDfmBkjZ҃Y'I&9Z<VyHbHB+?	<i+@29<C?J3\*6'xx9yGٮJS\wOTR_h(B`Ѽ3RuBQFZ܏/}VJX%pCUչd
'3O~Қ"e>Xswytpl8{)oG(w+_ZPsW0hʚoRGwjާvM pU .Ċ9HaDI?גf30cf}{k*wӟ/5rG*gA7+mt;Zy-9zKLC:vFۙ&61!@Jѱ2t/xx2jwtHlZ~/+ӗA{Qk`Wb{w3޶!>9EQZ҉Y,4݈M7vEp[Ǒ~SH87u?
duS@;@3!iu[ʯ%vylsxy+sp#	0^۝iHq$jݐVqiUɳP22s#9sЎwC
u%iPKКMұ~n#YbF˃jg!9Gi}/r1=|'܍ 1c)G8Ԅ~^%S+W{Fyg&Y;M~/(Bؼ1f/,	 Ӕ`ZuY3EvV3PWק*'Y
A1`R5ʼk
Kn7uĕ7
#,c7-TǦH		{ȯ<{ȸ-Z6P1x}qcTf\̝QHZ423n<ͼ>e(px@fHa16&xOoDnƣ(\{AFшHNȜ1Q.&U fgPhOpxgO17Mz+?Ӗ85t<qďb2
ʪR˦,ءEB}tP."Ah!оlqILO"\bmJj jz̹,Gޞ޲~~4JDwX7Aۆț	.mJ|n`W=zq[ĝCOO/zH6B4DN7{L`iڜo|6be_Ӕ)(n>N-|vP>)xзEAcY"ĆW5<ʰ'KCe]ZZoo3Ayَ<8Kժl
J^Lepqt}/+R0@NutZغ]1%J[Kgl*9&waq

ppor7FfoyT/NI]Zgx7.=qĈ)XQluBOH1z^{[eӎ2f^ÉZҞ'LF[8(xx:ĸܸ.#C"دuəyCOy0K,\vlIv9nJmkBz7F@'WVP.d0	H#)C5$"KCVbb8`#1rP&Ǖ=Д$A8hiNyԵ׏?!:W3oXg+*u3&],^G\u?|Mw	;tf }*-04O%Vbg9d+N-_-&܀8>yp:Ð}UPܪߖ^Mk°'أ`1g>'
p6t#T؊ϵ؝1[|؇G;1_ΥrS=})ݚ<Vβ:B\Q2wl}U{dhCNV>RA#p)wmľs!r|~P"kojAګuZ"	Cw7Hj$&=Wضt!V>:$~ڲFDH,2.$aU*?-@?RB5(+4c*_S8Q/O	WA:yXɱ˩aN$cs3NB-h{.2(cO(~Lsm.\ߤ7&ֿúǔߞyB;tRT/vY7[E,nR|n{Qҕȉ5.pW~")̆[+@-7mP5!Ƥgߡ	UJˑӵcC{,3~FGE>ѶSHn5jAǭʹ3PX9m4mԯ=N{zpEްk~b7p֟K|mY-($^dX74=^"^)](8piiĳ=p7ٿڝ$MpaMZ1؃2.^qyŌ]iqZ_
h!ҬtHo;_CL_yͪZ);nc4f_!eU;<	H*~~
-"sVʤ!rkr):{4ς?"ρ8-0$i	׵1<=?Ƙq*J3)!whbpSґvHե%ONc|	t=4yjwc_+6܍\Hm.8MӪoW:?	s/$ftL p8dj +;)(G[?N݊>,e^ѦJeJAy1qڻvXYrdO\7KC_)fgdت˛3K1\^%7jN˷sgB
}؋?=/zOPHOq5ڐJJs):#=s+lܾ!WÁ[a4#HKq"*Qc[J9>]1/.eG/ܫ4!ӟ~s+ְ<FKG
ԾxǪvTc;-mЋʺN"ZxE)S^~Lvyw
-^׎ھtWO2Jײ	M2ӡ.^yBt Q5fÏy8ҖOهyMrk_ܖ `Jz߂lXř߮lycD`ܞ]&ɗnJInw
ʢ=a:mܩ7Ю;R"ieE)hG+i}ڬfo'j+L,yͧ);j.^s7*p$ihKo`U1պ|=ߏT	eUHƈ%4>è"Z̙B1}{nv|*EB,L+jc>jGБ5UkY8R`K4y/;EMEv˙?5kڲ(~8{ܐp71ReX
bc)gnzGזA	r&küG7X"},mgbIxQO_c}d7;#(Q`&Ս#WȊ$i\l%Pٶm:CbJ-\C!`Vs@3.Y!ћt,+=֐IG`9:G47)hĹM5
GĪ+q,kp](s]<s6?2"_oܥ
ds{zoGu6@*Ri|I{d`K/!3,Q~I\w`aK<<ы!83WR@فEDxlbۍ!
:mU7v+%PMׯJՔCWo7,_˳;/ѷ)-&*WkDVT>?Aj^TTLolŁCez/XU8ǥsf1'Ӊ^w.%`?%̈pؚ9©+\i\wJ~HN~jD,.	Ļs5Ewߋ̽+e^C4ʇN`p38ς=&CgӰ*Cʞ'}I+EFH2{{ަt6mq,t1z9@BcܼU(i8bۧshpɨ*=037!)$-	^N12@:T9\׃8%@Jua~%q~&I>;)@Rf]һn$
Y Iύ	+yF]&/(bn`vpfA֙<ڨ(/=sαLP^54_T3j2eʊpUD۟-H-TM/R'٧c8k~a}okprzͺ4_depӛ:RGOǥ# *#F˼r}?b(ΛaES}z^e]
zݘ~vX05B6Duڰ ď NpemL}ک[ozIt*͡lmM37oԗKܗa΍£(ã\Kkͷ6ai%g?ƙ\JLWht6{UILqcψ:"U/}jMM]pԽSp5DYC``8=# CQ_?Պ؏EpcG<F{w<=M[ .|WQkϛmaL5nn%U!xOJXЛGeBTqBV#e<+p?<:lre<Tn4ET/36VNOe1QS2?mg3u(HIǋn{fi\6΃:7h^s,tOlݟ.z?2;	Wl%hN֊Ӵcyw	 b&}OD8JekКq>o^75{.Y/X-;=߮Իoʑd$0GTg؉Rץ}BU?'Sog<{({3âL;߉ӸHW4Ή'Pd3K8ʕcOaF:ƍ`
*Xi!y'\ھt`ӆEJ8$Cga0=0ƨ>	Ƀe 2`I	S!zF:̝:kVy/6)Xd3Nvԥ~oB3&׊ȏLW|k;mM\Aq#ɸjF$#hzáA+KϞX1pĮZFD3U{|4{Iyje,z_^н;(6,~HPmwЖ#79"O@kȆ9@sgߞqΓbdfr2>EAG,5`'ThHǵڴ̓e^1gz?P6qF7K>1w'a3'ͦZqIDs;2ɠ+fDz
[dm	6?ʀ.ŒHuM,LզX8۬.a$inQZo7BĒQ҂=:+eoݬBQj42_T*r3oӘ@Y}d>;)ֻf@%ұB\(Аy\YQ5xE?<SHԾzU6/~yʭ}g1mPz=:Ԟ[ubz!Ǆ?ÃhJަ-%͢ކ!ĴrD
  Rـ+̺ݧD.Hu1--htYkB Pā@;ڷ6BjʋvƲN6YXǞϳ;ݞP&9+Ӹ]m k";I
5\ݸ?;R~xlv@HZ!+ӀO#b_Je1V;
4CIp
3yvgw^[04.@kKg8+̄.R3;fG%c].1hYȕd}ՂN+FH'
fH`AJ9!ϰsJ"{kW=9AޫD,K"ޗ!R<ژ7zUHzgVl$Õ<DTDIW48٥d݈Z})kCͅWYNIDEDqxn.QGT?]LȊߖ,.9qǺ)2IE$(&|܅{K4j&bL#['q`Ew:w{ݣ@b	#%q{]mBܤbë̀=3>)U:KYdʡy <hY_aަ
m^[7E;1>	>ZKM	EkA.-fPґrUͧNg66ǔSfN*NgրNq`΂Lǳ(Z
po:5UܮۈPvZtA+9[_=sr6+X50ŻqPP0~·{
qr4̑f)lx7
k7طѨغ
(n:Rw's|XV%JT
k:ZiL@&ӿ'hRJ\_u
op;Q\(r<NK/f?`;vN1IߜYsOF	8C~J̪
u4'ʦ,JĿڱ7m%Z	iOS6%@x٢MVbb@8%916\J¸/$bX-ЁC]l<	A4F>5o6&ȥ5#Ю=ڦ#Q͟)Xk)2e}F3L!ԁf9.)XkG^jտ8t\.ۻk܅;spȾbWid
hUUdL|f)Ƃިavyʎ/j1gMdG)`rO#Wׂgp5I>ReW|tŽ'}f:?V):nHTQN%@<7&+|)ժbb!">:#K$؄jΤcL,?Q˅n4͈?4|0ߓ|Ҭ^}]6sD+{=Ո~mFLM Zg.ݾz `4¤kf˅Mgߎ,b<CV)ydsYI|[k?[3G=BA21\wN.\!2yѐ/Qo$[uVՎH/a[s*rߋJE|	g߾+`lM{MA7iw\p1V$)v [Ѷڐ@^g˜~W©}je>BӕxO^ R4ھp=Y\0ivuSL`5B]{`Ƈ;p^+XJ@K|;
fh{ݰD^Ӷ>z*31bFm*B*G?˿ۀIybmVbw@{0Uϕӱ4ZݶY#΀qY:LeNkQ9"?Jׅ*{6Y^j5h8?{k>K:ŊџU$3ɥrʞVaTzY(q\gՃC3k@zH֯JEXm'y\r)^?lҎ	5
j^JXsÄ͈IHU:kވza,Wد1(:E#`En0CoNY]`Ӄ5.NI3ȏȽT3qP7ֶ+J&ٞׂ3D	IB[VLNUB՞DKRiƽq>
PvŅ!<W^T|g~֢$qšȱ0mqh3g<Vѻi-:IgU+L9<ï&,+R&!;4ʌ{p2j]9@s?ikx*O:Z3]N/f;{keѦyeɼp<x=kp1^ݢ߆N^oGAM*'Rp;xD)8`CSA!u~Uv}"Ɯ8#cBy&3v)S:6ݥ*&"-6iЁâG/;>5M\b
V{/?y5vtw3PBEKI)TtWWODtmI(E`ˣ|\B`s?[GMN0ۡOt3C91 kj5ɀ|,D5֗E!C%pTDm\V:̏BxE
@HM>8
U\VZƇ|	"LNQa;Ẅ́r44%lT0ChJG5ddpCvYk{ |h<[̏v_4J-;K;܎e۬p6pTBĶ}CCSOCt{z-U7=\`"U6Eۖ=jДV/cQM~6K'4T>EWziAAX[@b`גo.[`pC4(GFViٚSφj8xlʮɳ\FK<Z_>,\nhۤӒhHjauȋMU`n׃hh]Ra2m&]%̌|?Ӻђ.. b3zUq͢pb5 w'3>s}I@MfLHD*RϿ[t1\d&LܠiBN&ڴ"EDFws):}*rj$8kْ?K5Pϼm4j~>͡n.+~/iZhǵrm}tOov0:Zvnh=r8>RVd.l4vE~/uhr8C!0dOeH' kC)&8[SĂCQr-Լ׿&V6ҋHtHGBů>V4eHNFuSF1k˛ӆ1ߛethηՃ7w6HP~׹ʹבJb7#t˒ZG;oGjeyS>NJl4q_vB&8ڲ$˵&5|6ĈƓN6.TfCm08Kͮڶ#۩t̩$<*5w2#˦.?dhZ7otp(a=ܺOP݈}#^"ʹ;Jۨa}}4|>ӷܘ5@'"3ˢQغ9tb]eI\M~h%$ە"Iy68NdUh$Gc:emȗPv٩SF o'}jR@5!rS1I*ٍfL}<ɡlo\޴/(*ViދetRm#g>{\Ç46@:>Qb}S݉zuJ<Ǣyr]jxЄ0|TpJzu#YCMPOڱ='b?L_=Wa[{\
˒jdF@yƂ~ĭJKbPNNOz>]7[F.wg+ yG5/w9HbbNqܭlReVbv7eIݚ9\gL2\)؞Єa9˭eVfwu<mkU֜um7UaV%eٲJ/Ľ-j52}	i1ϷJ@ZqşӎH,ׇt*\i36V8R>OZ.YR"(۱	RjF,\{bӞ^H]6jHR+<^\YZ/˩>%XYϭuNZb]8sH-|PO~B.fF0Kg`@`(*t|$r)߃h8,l|fJ>fV3`SLI6I&	7U2rZ0e6p
fݜͭgl-)m-ۗnm*bej$sZMfwU]IҔQp6AtWbl'r\j2C+!TKS>} K\	M	1n"gkj$BSo`OһE,Bz"L1͗5
?Ѩ54QkX}pmݘb,٫mk]Ƣ/*˥3ܑ0$m>WdӦL<i{g*uѦ[oMSC۱<Ft+U&PU><9*sӖѸv]^^wk7*N+طݔl&0;x!bJ~OPXw&=al(lCݽuxRGG#+n0SbwiUIh,-Kd:Qyb\Suߌʾܷ_uX$g]nf:lX!0L+Iʁ)e|i.$b2Hd
6k˸Ɋxβ	KM]Yetźѝ6/9mB J	]ڈBZaW?E.h+)Y?P*ϯ F`@؏i-^DD@sA5	pQqaPdcgLÁdg#,-qlo-	&2ٜ̇@ϭWmOtɅ"ˏ1eE<!`CW2̿+L}2%MwlidBGN%uz~[%S
v#1YC.UH&?вHW`)Hf'<:Xy"7ߥϸ#.]إ@tԬn5a() sӒY`Uu8Ӻ[ǚ+J3Knڭ+,$gAL*r.9#Kݏ̀}+MUT)6kl6(͒YޱqaJ0ۉ{Yn?
2(69b3ǄγvnSѸ]XC#2av@vjmwʝ2F{oϭϔFw0}pq1y'ޒ`5Kb!X'GH)D}=>^1kr4҈km49NsDq-bJɏcķMَ*RWtV> y$hIR0|ԽZIWק9ˣרu|#X:ҧ^*cMYRsòzpKtnq,Ϝ6^LQU۞7$Ü}U[,-iB@YF$U\qcj֝wןn)n$)k}Kc6NF	a;,j}r3ơe7
B^ؓm6*1'r?a׶So!%kqpw7Խc
GݿsWag.]}67=5vh}v҄޵f!vgZD@n|mFDzG 9>U>8AarR21tUT<l0/P R $h0Z)ݲwim\BBaUIUWկLZ+ۑ4~քB`Jor?u.\'NVr!Pqv+?]7HK0V	T2;.Y<Z .TVĦQfY8mOPdJצ|FM˜:Gj01оG"LTӡ@v,i}MRFA<nqT@l`cJD"SW']<aJ>cjӆ>E@v׉@TJv
.D@}w[I}O.9jxj%Bp^F$gs?"uŰ)H8QdɇaM͟87qLm?OtSJ	FΙhG2m!e+c*֩{Ч>bQ| 7PmgސZcPͭ'wXж5?4V(_Zu(mirK&UFԋ^o?+FՖ9R$ʷ nY5&kqۊs2;kn85jd5}4z6ҋ6uhLӶDD?QԦѸQ̚.W  DJ'_'tSNuaS^q	X>=9&Xl/"J|.b[~{0=8ĸkUj2Cp9Y
si'Qٕ/?p<ݐ+cJ@Y?ɶ1?YEYɻ/<_q4oJ@fsAԒVfQB"_LDٖbz»:;,ۊIr@tgJT̐}sКw7ܼRAMḱ]
_FPjh8:qb>ՂQ.غNVmWD_bdG{ؕ!kɰT&PGx|ˑNs~m_fGj	)m_zV!!;`VoVBz\цz{;+>&Ϳm2܏28+=S{"G[̈́"5fyOI
\t~sZVˡDR6ڃZϡt̐0ڰTЩZhfʝ*RD7ٚ$H\v? 8Y_aTtAPJ`~#OPڣK	pƼN-`+&	ko؎sS[k	|dADȎzJ|nMkG 1?oȗIּ؍h55e{?\JTRukn-,kR!E`S3EL,ȁ΅~"}q}-mMz,R=ДLƥ5kXjvf(
hXď$iE'^Ixօajɦfkqd"cm۔8Tol]paA*EUWew`%rw!59 ͬGNz@YR2læĢcTuQK˪B(7YbVbx$x)L>;<mlGg<eu#ƝstZuBILTOd4ĽL)wiez\܅_0`>i?}K	҅)v4rϦwe	w!#B>:̽>>˷z?ux]K'ãMpY0;%èB]ȕJvdNOސe97gGV{Ψp'Z^	y	Dqe0$V)֋	.a)Ѫi|H.'٘B-Ϩ="<bDqz0G*;ЬaH,^A-ǱAiؐ;: ]_YRҋIw2wa\?MS^YrQT-TNВHw0؛	ڜ4P6iLBBB3πڈĐ>U4l^'&;=^.2b>פ>}&J)|]~y?5Dӌxȡ3;xsƧs"4%uA_ݠ3O3MBվ(ѿѓ+&/,ؿDVqw&zz(<rVuӵ)@$-7R`S0c.#1q3Vhn<աL͊	לW4;[zv$XBdX޲4>Ӱ,ՎgiSsߤ;M
K>	MSlTK<	N)&[E?	neZ+̾s,, EU>0q<_LYMo=%$2dfe9*.mO9nQ:{;؊iTz]?`Mdq.lFvqBl^CueF&'q!,cŻ՞:sDYlAwk.i]3HO̫6kEQ3φش:?ݓ^Ktscx߳XiKrՁ	)uOαkRyϖ
AX%Mvw/{|9Rĸ9Vrž";kR_@8#e	aqiC;%sc:Ҧ-(?-ق~Hb+;ȏIFk4g#~ۘSgI+;ror(y/ڏOK+atιr?Ě|QārCfr2x!\Фŵ'ufiݱtZf\w:Y!@
6g|q`N'uM7-${Aq>yueJӰ~n9A)9xWYǬ߸RzxƗJƾ<ǀǞ^#TBĘR62a@%L؀԰}]uՓ<-Bn32CoAܦP%Ă o
|V?	J.`]=ٶF0wzT	E(9QS&OOаXMX^ho }j3erc%я;vm6SʄQ77?Ӷ
/1r.LΎxhpE1'4֙J;ՉM.՞Ȝܿ@M1^Y+؁:èqD1;{5,\Ȫ3ЋoÐ̚|4Nj$VgV!ب`oGP?s>\[3k]Вu6&odx`B1|bWYۖRSt:RԻY(Kd`ՔʆWɴת,t4_xtJL=P>B*2׮ԺÑ\/Ypg>R!Z|<bC4E|\<Zʔ?ΕaʺO_>f"זp(c2;2ݼy Z>Vyڇ-Xl7IOޢDmKhظd<i{,*&@ͭک0Hys<KIƞ!	Q:
C7xJex1BEB|xɲu2\M[igR{8KūkEX[
zDZȡVF1'4{f9J>/N%x`لڼ@ɫɖFȠ(%
C~6{4&
$uQ&{ƣRD9ھ9f	zޖl>Gk?اohm<|Zw9N83b?YKej	&AG3[MmkHgnKoDM>ʠ.I:\ޠ`opkHL>d P_qyUǱ%_7Mm٦ 8$|Нw3TdO֯kvRʛʳY'GH܁Ə7fuUoe|ٞZ_a+ˊ3 EXmIpc/d JWV13PV@lƕsg&\W>4/PT{"f5ͭum]dSaq?u8VDzZjo)ڕC(ޙIGfÓ%p?MJLIzEɽm5._IjOsx++!P[Zk>CǰXۧڐwoӞ~Ad6Kˁ»fl֜ӷPLuD
µ{=HPEWR-ч[mx44?S`3rgO5zkU>c$|tDA<N)-|*Yzb3jeIpg׉ESRiQQ=Og0=W#}PRN-c#ko%нLI,В[Oؤw,Ɣ͝'oJ7 b?z֌nɕSI5dd܆Gk*-=! $wBpB$2%Fp,,g˓@b%+^RTi$`]*dޕ;}_QhEcH6VP(76_H³a8|,q̝yI9}F'0)d|}#<mUY.3ʗ$j{Q@daF|tԆi.%cHtkr8P6Ui#$ɖ%a&{Xh>A{j*Mx'f{=ȽNIJǝz@*~Tɦwą	)v~4i.ɑvKEOw2:Y!ވaVt8kgo=ȻK,;wLe^[pС8NM!$Mkcڽ4R$)ZՆ.?6m"na76ʊsMǃ2Gfvj}@"|:ْq4XmZJ˶hrP$2b#@9 z=:ˈ7!:B	Bº$HPϓtF1^1>i:o,qɅAaS!DeW16IDF](W|dсrJ|*ny%t	Ӭ(7<=|Ύ$ˣH<;prKє	8|
!Z
ø6xg(9Y4Π+Ø1bʯϷuyW[TǆPmG$OS:!`6	!xlɵgNG<L;Nk=x} =w_qçyBn)ZD$#s
oAJkLۏkc3'B!\C6"W^)7EOy|ͬuLf0A{ͺ_}pa<`'bdvӉ%VRWǂ;k}	?z6L Ҵ߁[`]e6!ݞ t2:!
_=_r,}
k
/ܻ!"M؎%4)B6ksX_>ЫxiUb̓˯UqBsf]ſkX^?y%G$lU6Kr
Щf"q.b>i]U0b\<H؛"MtK~ɑq*8ήPz*o(%$V[RY$q9k`/F7Ѡ(4!> F4FjZÔ\8)p?^ڿGPOŧ}fes`hˇ2nݐ_L|h?~Y˥уLɏuEgS	TS i6@bJsom-6CRey }U,x/4Ga`[n<Kr]<ǼJgyŤ
rH{ݏdC!>N+%*֐ˉ0`QzC.*$"lfcoh{VP3qGsј;C]>ɗXԭܸ^??TqĭNA޵su˩[Ǫl(qL<;}Ej<M@Ažn
sKbwlG{*GFaשVJisl]	sbOe7×$^{DSFn9yنRHP͹h+
I4ceg]ٶv$bTTL_h0Mhivrf̢tpILY©wېcr/YŧC܂>ܐY\/pk\iv	u6$$R6	Ǣ=;Cz?m}<3zNd&P3ufWYZgK-pG2jјhWנ`˧7i͂f`{upaRhRki(Tǔc`o Jq4c>E;i
@JY&x]aw^$ ϧֈ9DN׹_5$7jny,1<NSpL!*	LøDVpÙ;*Ҥz!	~6taVnfzSd<C.9ǊmD9^K6@n6|	~,zJVKm	jrƿMՈ\&E#^eAԬ!AL9B80+?fGyprE P?vPo݂] \f(S[e$&O$(_tYxoҁ:
ך_qF;	jfʒIji#ЌTsGoV1̣za10vFiY=˃=HrNQD=3ۓ-f89OQ62Ԯ֦Q+q6C07F_^cUDgld@mnn/}sJ//-&ԦĊ%N[k7Rz+/*~-#sXg~pγcwVՋaϤ_3{8\2`lh׭Sgρ?wU/Ɠ #6v&WΫ5C~ÈFo5<'1
h}g%;ԫx)M<$c5c=r43azB74s8qWy}׈b(!ĜRčǽjc}I1ҠODVSt-~)SK>œmF0֟vm*Lxc<WNTYłIɢWIX=tdB.	hsZ `WPْދ*'͘5O"]߉{Ce#^r&ca^ALBGGhQsf{aL|*/'|C,NoJ3\ATǎ:89/nkɕyp!6Qʉa/p`ņhLuڌ\ѭd ״oAnX7{Uv|"=E"pݘԔ+^eyNʩӺBulhE+})<qB:dj`Xw6ʒR,1S-w@yHܱ+4{@ֿVELkǮ^;+i-MKNiiBB}Rȡ*WԺW~+/P/Q$$G"29W
s`;j?{֢2bխfѤUR%K^P?vu3|ռ6%!lɺ~ǭxDɖ^Y7)Nө%9zÄWgdN.ZHgǈm[H9޻ ?@`ܰF.rulӄ+[SJ4CJ6١S}Z2rJ%\6?Th||ZRdڱ7Z+Z45P"+GLRӡ6	cOVЙ]/?M??0߽8+#cKٷ4"GgCy=b0dĜ9e-nNV!b0K4)T(:ɥlZN%zvX+֓\هAd`dXkHةDX~+gS9p:@%U[MUָt-5SG8nGKC*T'^^Tӫȶɘvwlh^ʨeXمn7ڀȧϞ72ZJ
ޯ[3.q(t=.sxnI#uaeg+QXYRIUȦe٘@Wr{!5f%FJu}:PCB1D٦(%nPD7Vު Eo>Xȳ4\l,PoM^x{qB*ZCC,{'2oZ=~mLO׌ݟd\x_fȏy1CYw%/6dęU!Δ?bG*ĀqݟuR^Ut;ؤЗ+O<DG%ZouȥtpT/u-ˤ$MV{Ĳɜnƪ'nXٮʈwKغ<jҫ	bĜύK@/TBQD)s[
<1uţ:Bi8"s/&a6F5%`{O
G[=<2 AF
hE/L2=`ytk*Xٯs=rA!V{H@-ޑ|2uG)`J54~:_tR|yw'LݶTZ}ݞQz~jSC
K_ԡ7+vxԜ}o-ٔ_ׄd>$lӥU:E߃
<:<ZrT%iML..4aI'B@Aqt~z?Qd-PgՑ87g>)"W1;(ɕ2<TtPд%0'٭M%MX9^?AtXE3ljcҏ+%k9Qܼo]PaߍmPֳ±e,#xAQAPvs=JjIF
|ׁ'?iuQQ8f`q}tZ!sðyoBۭ,DQAKNF=}=8&JZѻ)z,YdRQԁ5E+`Щ;]Mo*"?*l90%P55GIxQb_=?:Cßqژ9F7@TQ\R<L̰y0,ί sƚNq({ ͝'}uWZxCV7# ʱY߹_fe޻lѴF\;	7[݁mu}$qӬ,umd Т4#/zI4?zOE[&dߥ̵دb&Ϙl.Mt4ˀ&Wi^-Œ}$8"1RKIH$jK6[%swԔs4ZN>X!a̙7KZZTH	5,ÕrڊT0OҘ`fzK\L.?={d93-5ZV	u"h.}AJHRǎ٠B)/U23-^F5RPWE#?/тq$)K0>jZ5/3$`#ʷN!mȯ!V5Gb]Uؑ)YԍAAf1 >CZoV	$SMA!5/JY!:۹%$їpXںDRU<t{05uΛ7W>=!2:`bC[,;@){5Ş&pgt$
*@VHR?
ݏԤLUR՞~X)>oF}`%(CkLRT*P6I'BFeqɍ:,Řmq?e7Gڐ+2:|.Xa) }5ʊ>vq@cֱ}ȌWNWS^PR(mQ>B[*y) /ib?VWXO	K˽Z},HW4pvE\\grRețO9U5u1\\YG'NѠТuˈwhfZܙ:ۑ_x?5+؀ވS`IuLva12v8ՠREڐvB!9[p
+G#J/ZuǨu0ߪŌf}v#ŅCR\9jFa:+,KGj
>;eqe@Pp`kԦÿ{	.VYVϸHƛ.v}L@\6qdz&8csss{nU-@@#EKn|daH·a<v`)I"&N	,*ϵ1*S/#, ڪkӬ4'7(Op~Zӊ
ܯ5ȨvVӜ1-.X<jR$gXJ",.i`ʏe#m.!tXţ
rUfrN1WllB4bV@yϤ1ױ3?4o٘+E;D0 h"h54گ܍"PSA|p.Nv24mxz*'5kE?֚wӻ9EyvhX}Ìџuʅźy^BѝNdͳ-ksF()~z=+d38xsy7g:UUQI|$r^(s{L2)-L*$0 |{Xa:
7~ٔ1Ilu˃Pewx=/1g+ 90̺Q6bqI5r?׎l1\*.Yl3k٥9&cpf16DI]H^QBʑDՐq)D_o@Sf=zXRnߟ2$Р6$(Thd D*Os[]̗l<p[Jé,aE٧ssv^0Z<׍[Ԕ8H60i	9X߾($RR}'H~FBjZH	r<=|5(̺/,HONe{)EykLD]4ϟ(G7Q6ַ&iCxe6\&7 "l}9+-#r(ޓJ܄z@sR4S=9?dR[(C
mTE m'ZNGQEb<ЦV4X
WPh&J&\ާyDȤ/)0vѸ%G=Fzo]؇wx4ʀH@KMk&wǿ9qD́`'EzW=yԝTې7G޽ٹ.PFF8JGeA	Gd=rͭ	^$(}-+SkGW"Hyݡڛ{>^c8I'n-4Pz˛ HѠ$SKO>ZLuS)ȓWJ7o:nvjMs{&WinLpBU#OZ)`fYmٍ)Prho;20wpzQVi&P9qPJEkf3Dawܾ}uۆ&*tO)sNa*W4hd;^[dx*4-dqE/^nحE:uϤKn"D,MıƹzD?Ŀ*-B*sPgM[THzfӯiU[N[0uf6
v\UBVwwt;ΆR3HPߍޏvU`iڝWЭ["9qbY)Bd/f	#QrfUO/n_P^8=UXL!I24U."e`m`OJXܳ@MO1l]V ݏ/BȄ>EZ[/NVOЬ޷9]Hͽ^N¯Ԣ۵ \!cv9*I²@S{gŮxiӬ"+iULox&WY72Gz|ֲ	h%<M^)oɜl.@!,P̽pQ>4>&iP3rz9OnO\Fާ)[5q6Jp+!`dg0N=fYu[pį;Ӹ/̨HA;9M"{f]8euLo_U*=k[<9	=Wֆ	:2w3`PVgS!ȾRGt'tU7ʴ
%(?}$p7zYPQGcҝO۝=$fe8{+_@+lwřɩx/2HjÄ`kIsQֿnvP7}Չ	\P̟>*'Mpm{;˞3[A0b'jQޚ:2,lybh9tHL2|gxّ0T!-ŃEɮ*TpbŖ`	$[{F0GE6dxP+w̱;Ӧx&۝=7]0eRc}eF%j9b8NfCg6cq&UIX"Q>܎cfZSEf}	aWMr~[=^g20Qkp80	¾.|ʉiGI##6V]ͪ[r4[HL{ϱ0n͞v`ykܹηIqXݾy2?S7oP4b#&ߝܸ͓~$B-z[ bo
Tȇ2HFSdY,\.! ZF@%" #2%`<^\\D!\SՕ-77
s2qoʖ	n	zMr A]sՑK0Xi.mDMT#<!W:cրH8t@k,xLiGcS^%1vbcOlFT#9^H؞QaB}1b2NT8NSLdi:$>FK/1׍.!E6S5$܍0<0/|QENkm*v=Ȱ-m7ApX;H؆'Iug҈2`}x<ō+>x>b?7Ж"INs`OT2)JZ`KaԳмl6&+}*ơ[޺fz)ì~ވy>!t˴%˦oPWݬ.tԶd'u;Q4ڽli,\72d"=nGcHJc@> "{c(1bi(ik^NAOtN4ڧē+)҅JF$zqQ}K׻.+[)~MΠ,g9>{^݌:^\5)ߟĮJ"C?|0:	o.c8xԱ':ß=`[U;LWYJg9~ƔΣ#6	FV5=o?TŁP=3lֹ4
g%N4cga0PǷsE[(YL!yeOMSv]jx]@a7Ȟ³#AGQG4k0lÐaZpS{'fO$+-h}R2 &?mR?4pY3XLUMd"S#͑A?*ڽNˀv.,ʢX41{<
܆[(vr4ƿ{3oG;۱IyF)o?
ǆ*s%sb.PJX~e~?;M{4$l\ޢ@u6۠U!nzKK:ϺХh$uݺ9$͖0n/г;n0qH4Ay%&5`y8	}b:5IقUyۙ(V;LLFpΩecL5ӭhMc݂LȒC(vmk=:ݒ]'ϥ)tZǱٙ!f*VŜ^8w24?ʹ3'53E=h*t\ٲ<r̖xb%r%&2_393mJԀM7dXLz2]929@hoC	_G6S^k6H[80
3 }@xwnj|zʂAz{h)[i7LV$̼VL9g`3F-EwbR|XLنt+ۛôמ.f$ۉct:5	wIU&-A$̼#>̧ˡK$<kUĘџ0}ЋR֑n2άl5~4֨YG؂ҡۥ'!J]Ϫ#34fϪѴ[τXO>TkoN^# >RNͯɽL'2 ԏT3X/A`3hsԲKz3u]_Ý(G2 53oIT7oU.MХۜDP<.S>	_ҔTxt
Z@	k"H0r̀=C2:,Eyq=6gF1ݭ}qZMRݷ//ґSo۠]
8j6Ei&I`yӞ½mz^Ҍʄ;Pa;F6Mjd4dsK(DYn,pβXN׬VǄ_L3b:-"m  +WquBn²zzK!G>}\';ƋVӄQ:/\dRGȼۑZZUsȁȚOlW$ZxJ:&߮H1AQ-rrbž<=]M^Hi̖6+&Eם4iU8?0/qz{6b2B&y;%٭X&uqD0#ޜ̓gv@˅ƴfcֹo5]6.q!s6QN7Mʉ͢tF@ɐxmutDEWv^E9UBҟV[:2hzLZ*Y$ą4f˦<=߇ݷѼ_ćjc Αy!J
ݼIkjȬ)B|#ftU}0{ sRݨOń fP):_rz
3PXgkb4sԘ0&GINZ4
ecgPhy'!1x65B);3\EnA|`{+DL'5Xbg@fbǍDxў=m8_	B%r!2uYr$ś~o,1}=_ʫS.-fwi2m~p\ւѬgըY!hܑg"kzHˋP(М%p/\5`ie7\RA%ғ4!CˠdkqØ)RBaOulTwU.71|x۸A=]ߊp_4D޵NjWr|;S)ыDu~^FΙͿ΍uOߎhgjp,|TTWַӅýƧpr/]:E.݊-ĕߛ>y31EQcK[
NH=Pð*Ps1ЪH&,٫tt9͋!.oq+NsXz+	¶R,`@*)y^JM?\</~+!J`wzQ0:@z[gϱDMf:ҕ#GXп"46^:m"fH_ɶb.YYetf@uZ31[mEMѝrR+W֣#?֏ˋ5AvW%0qhF%XnXB~A;v!ڎ#K;\ +lVSt_حU%ˢVa[:(k޾F9\'anEJ%pd([C$<n1N*[%!NS"L[*:=Kd	sLQ6k5qE7ďdƋRtY1jɧٔZl]$6kc@:S()LS~1~Ytəm(M76	^̯/pr]S]ʪw3;y/ސy _[pҁrrWguL?x@zZDj ;pvfD;RUOY1ո"΍ێ:5¦,jҍ*hdaFO50gwýv_GnM+Lg&ȑ4<q37c ((ш|>X15xzE8&moL9z[ݝW4z?!~C;Q۔Ȍ#P{ɸrŊ4Um/їv~tt0vNFP*W_)k@u"X)|:(ø/I`I_rr7BQx29Cc1lʘ3v[R ڀ2G)9\] ѼH8Wubx:}ڡGt,aqpϮyw¨՞ I+)gOńK]U:|UltӜ`;Cߝd9@2v|"1EKԾP[v/̼VWܱ4ab2<P'
j6{/vFW>[gE6gkƓq`0bϨ:U!.;a[v6!:XFWѮpGAEOҳy&9'и|c֐CsLCO%ϒ+^T	 F_#uxm6"-{oj+~f	H34
k	2&Q+Zqޛ'TYaޱƏݿн#lW,v`ЍޡCr{=1a'fLdFH2.B>a=/{̙\-vA19m w4E{&yz
]ȫʌڱux}ZYh+E2R9{FD8ɟse?zd~2Y|-jF>"WťRʵ/ŘNi)ZP:c	ʔB%S=3Q~4c$ם.ea.}a/ĭ|w:pq	أl)873Wb?߄IӇδgC~_
[9ϱ?gY]taG\wsc^5q"ãj~6n`Ľt˰HsH$IH7G5ލԌ
>҅'TKrOnj	kڰ<WW~?)1-A_J~Hd|KW݆ɔȕ>7R,8i}Ϸ0[X'׀DK#i#g^ͤb;ÓVCY#
ܜ6ʎb:ѷJs*,'|"ngƬm)π>O;jţUi{;NCUj%uVjWD́?ٱ΂AhUf]O
Ls!i_*vԎ,]0;ְ_4ONuG=WlkޑܽLU4%RWɞD?Gj$
k|9V&$"zaк+xjMO[/E1QŢpVcUit :jUjej$k`o-*x1۝ʐBcaȩpcW-DT4Z9ay!|uj0}l?U:8g{q	VLQ8&Wrףًn+Z5vdX0O[WLsNG͚sw<7WNmbUeWtN)ݎȭX~[սDHq=ZN<Ņ$uMEqThֽډҪ9 ڎ0UgNAT@*LCiIYeY-C̑[pŒ|5n64US&m-~]s)o7΢0٢JGYgK#p&j\-5>҄_dNez@w:D\|x]q[gԈҦ$tyu&Ųzi?sSp-"}ѮlN5;J~<5;;yF&ܸ$f<`s>؄#A6>eʓ3Q&_P&OZ=`*88ǒnݎ[c
[<jlT2<wXGdtq3:s
xSjfE۶kG{<-%UهJ&U`Mʰ(({w$ݏ
Z"""ͳKAƔORƻ)8<mߌ2i-4Ϩ֞gΗj9<ʠS \Pc)AJXPÏ(QS2gő]I$2pXmر$A.~$|QMeB>$(PN4wȦ@k#q,+_j	H7?ԧI/S{bZ3ch}>}j|4c{igIfX4"}ۖWVY
f%(ebV;[DG@ؼ?Q1B._ɀgu+8{!aX&sj֠Y".K;FHH7Y:~پ4)UwOa
A,ӮjYQkyȌ$NNiaҎy
	U"z²hy\	͛'qh[Τ=ނ2PH YU>7%ZůZxւ5̩Op-kT<,+9[:ʁUVdAǊH&OldX,qAVؙM/
ڥàƿ0c)Ԃ'JU'"tSϛKR	,[Q74ձx2ч=>_o:L)ּ'wmXE̡<Z0Ux	O%G=&!3AI{c/Lm}<c_T~}(qȏq[7I֯yf=mTIQ78e)]Í?
H"I$!Q3$l9-ޠU Cq1pYٜ<̂:_΃uT8lUDjݐXz)s4}WO[V#3A)~s	WR9w#HQ/RfBA	f9qci)9J.9Z8,5ѱ)L00E]G;oƲpƿJlREvΊum9N{I1lE=3Hh˶nr)"P%TgGU[wo? ]߶39*fHƷ{[PHȝR>bLAupGмf<Z<ڞzJ[^'Ox7Oڨ71U|,sk.ߞqʫ&
2j 6\P<m!1Bjjg4r]!\<(U-Ûb-_ 'վ5O_.2pgn+eƖW*}^gĽ2.OaS,.rn9Jտ`YL:+!Ԣ%cS>!K|-֣!g>[%)hͯ~ep`Û#+L^^0VukVWЈ_
PȈqqLۻ z?<_3d]˰	ʔ1J%IcU)(xUwF4¦ÌͲ*BfymIwlϋ֯kyD\lZR8+EFD|H¥a?Êѧ08YϤ^U-WǬfҀwsgQpc߶E<k41SںUOpO	*IC'z\}P{ [eS̜d֏XB-٥UIu{SQ52g^"RqG+#d{)UҀ??z4٥؂G+oLB<Їʿ&.	=ֽtdE7lD<!e%7\t̛Be5gr^{?0ˑ#`'Ƹ<@ڑcZtga<E}MZڃpy	ەf0)&[@4q	vBtރg#l5e^'ېt(M
ց>$ED/וXCKհb$<zh5gf6G$c|6-Sv<NJGf_ذ$B+Iָ:,mb`eir?$1Ėg.1@ٓbg{fw
MLO;Zvze}V+5ז yG΀H*XXD-ҥ>ki1:-Un3>IVLp|zlGQ +iJO`{AܥsL0ʂ9(V3)$klH25+1|ٯ	U.rian(܃$-jLT?<o_0vt%Lι3g׉@tGՔ545t9"n)Wpj2/T:+͜fQE՜/~>O;<V»WX1+^@	˃mw:Fѳ8M+x(hit)/ԗQkC.4uYSӈ7Ո$G
˓#znaFv/5X`:0=-]vԒ,TAΚ:&(@ۤb
`vbUcR*P@1>z7z`(!K$=	100J+Btв
qlQKpPMۈfRϺ==I8Rׅ!S>^ݕIIN`"Sq]$ zhUI+VJJ^~,lçHfd-9g~wMZ{!j}DW>@b4Pˣ+*6IvwA֚YDvLq7T]FADa@! AHfAmcvN^wrNb1$A7QFU^ԱAL̐^2{Z^,jp@ Y"W9
#E!BҞ_Y$'W^D-+mso׶!7,ޮ	U?s.ϑ_ɢ!b9Cjĝ2F#T2mMN
rDLJGtm+.1?7MIq!FSھ.}ʕʌ_«|''?g8)ƈb'ryKx2V~_R}5֋G3ǾR"6d6%Ʀ+5΋Lؾ2hμNjAV6kBǝpMTL˟Wm2leȷ#SmA!|F4^#itXA.ӆm
d6}}'&3@Ht(*gS4^2ƈ~.B!μn&#اU*AںVjVT	-W?27^),($gpd"˨:gaQm,`֢~r#U/XػӰ˾-fup!ox2B~Ƀٳs>=Ҿŉ#\ؘ>JjɃҽ(RKm
e9žQԬ^Fי6\@)Sǹl<({άba' te_598`v8
tq03;?y ͭ\.2xMǌ4će̻ʍ
!s&kY^3EWk!</d{H1T37*TQ	*{ǾRU=bQWj6ݕ`P}̤)ÙHo 	ˁ
t"Wi;z}G%qʗd(<٠ۑ̅$5{^r$f^~%D*TDlQ~h3My:܆xy':JԄ~P\FkO{_LT +$IҬ'V?[zʃPx0ʸiMi@B)2!WnѥV{̗"*zq%YՌ7RlnFD2pˎ0Eͷ!7,Xzp(ț5hG;F~v58WΫebaӀZlיLmz5[N:% $X٭KϷ*&WI![feJX-ZkRݡوeڈØ$=*Lſڊ]5|1XG܁ۢ
ctfv
ja@ŏ1-%:]ߔ&q}qHF?;`{\=lwE\>`΃}g֏,ۙCwtH{6OƴӰlj,2ӂ#I%(v6Ԇ-N2y8-Tzй:AT,#;?{+J?;(!^Ǔ&YAFҋi^SY~m.6Ѩ|ؿBfДA}xHsʠ-C>Kiսd!A	RtFс,:ށf@]+NCu2ڟfڴgd~I0m5bl͗Q}R Q!޶!zа/ߎOt+j܀}-joqm'db<ÄpOk/LEDyY
۷/pDe;/~\teHXja6$Xwp^lAJ&{u	K`z)ðҥ>f@8j&:ˍ2{nkb*|:Y;ǡJRvMbi;U%T$o+ڙ6!bV?F5nF#zfiAP:Yʕ9	u8_c؋Y55` K)}٫Ϻ0dgyq{LJ>Go:ni@kh[g	ɺEofXOgsRyS!AyCoFZ'%Ckp%(L ޖbETēS_cdՍ^rfoR̻SleNͿ#m\Ծ|]W;!ө%Ks2ĦߌEBֆ(	X.$O:Cwe&z©_
F93Ј!Ŗ{M\Yg!T0\.F
1Xe!$ti5
7܅$e	Ίtf)t4M7Uq8~ÞԮymNjB/y{ȱjı$@IJĢr1n"0c.S˟?H>:@*j֜Zc<׶&7J^ˁݪחu'V,XΜMϩCyݝG6*K̲ɔJ.ΰdz[l ]t!!ؕhEvŴɓ35[>ֳ.)X\{5>D[Νȗ}>PJA
iɞr9ܙ:)=%_۶\lzy2W6udʽ$h	gʽkٮzkwŋRi?9̾6I̗˝6ߖa="w	UhaA-O}/V`v%;Bns$R?p؊k e]@9^V<2[`ȍ3~%:h|;49>{Sd>*0Dɋ|)-%0ńKGv?d'Qd~*!\QR5ĳY;yF8^Q_/Z3.apg~qWZ?K/@?;F4g#Zf2{%@˧[@BOGVͫf;ȑnDJ<*!iTvda?o5Nՠy9iZopf8*":!ڮu`r
PhI}raX.[̑^TXvUYX:̯)/*y;*]R`b`',^M=ËLslΤC4Ssf0Rv8ՍjśH4B@C+$F3na@Mgln{8le}a3ʑf^FdU6P4(^|7OGf:6|GRڈ*h}ER+b
Ɯ;Zoəj7_w5ˀLz]ΧǺg[7lIa4|1!`bS2CxDo sz$?(-Or/RBՖƼ|Ͷ=]ϛԧT!jP#D%F=c<kx=RlO"%m->а7UFӺݮRwz@UzYJl|Ѕ7H{%rԹYЧuOHU֙mˇ\TB=?EP^
?]'EM|~n~wKt}Tn9MGKíҩ8x1JQߪaƾ
:	z+>y1'E?6}cqyVI_Q!0cGk1I܁GU'l.iPk[`!?[i<
e/m\'Ё9U}IC
מԀӡSJf/{z+@;V!֖Nrh@ff6!W!VΨ
I/GÂ+X7@bUDŵ>ƺK0BL""D3Mf)sbʏ3"U16|P>j=,J[Ռw/=ȴq[}_|1A{J{Qb	/tH#@Cv$E/(c`eeSN_]bӤg!e6TqG)Nz֯m2uB,L/b.676Jm72e@D`O'$[eWO^1tk۱>Χ5]wBt~|$\%KD8+uMؗ[I^Ng7T8`PIwd.]g;ycs[ d2ufEdOpq#1iİپGs#0c3C6.M%޻1Rq c
نU79)Lv5Ts*PIѾ1Z܈iܸ׆L{u9}_ec1ʃ}A+c:6F.FڰA:W0W
_K{aD5)x"]-JOE9Ζ,2a*;8X]l)H<AڃvrV!~_KjAԧWx*`O9ҋF^Z͌٪(kmSH)ġS/
ŗ>Ovp2`uYalNAbylb!҇ {OH?,ƨMjN};
֒P	P'hC;xq6]
qQrDr5^sI[= yu.S3t۳ [7˛ȢkH7}MFԹ^(`	-j;_)rr@CH-l8=]whخkتSӉ.mQKȅ-sˑ=»'p?ح!ĚuVFč^&ޞڄFn(-+jݤ9Q%%$У|57l1$_Pϗ%SR`jNdɎ͗{<e\c߁z]ډL#Sh̸qx6eZw`Auե$ڂ\Y0+Zgʝޫͪ .6BQEz>yA|("ԣ2e*f[޴-MKye+jzrtϟUl߶6hgAD{zeckWxՁ]$yŐbizȊuUR>p>Ô{W)R}hZ$<#ifnOUE]D־r$edr#ZR\[Aa^cCXpFɅ}G+ZQ7ҡUpx@S_U-`Yf;l׋1d&iWA"*N^d{~;4zuF9:ñTvȎ9h.բ4W1>~ë!M~I	sɥ??oMCU5էtHs6
գt0oύa5ïDXNʳߙt<I89"}TkٴblxA n:!Y=J!TM3m"|GHvbygLq`4δgQO}=Y+-hUl< wHF2F-\g(HU8
]>>#_7	SH94Qe;z/V"!X	zCJ	Խg\nf)xIeEs>Ɓ0wDyߝtC=pdiѭÝNq1ŬId&!jNzjmA'FgFEڟ8ū֓Sn£H+}R/8G?ИT <,XVU-˚OgLSxCۆٸ)zR`uMiq17_XQ+oi-B!	6(@sw.;!&F$h(է^3-׫lͼ$ǎoFu
d\sWo?+	pua'ƦE1DҕO5b5v8ҀG`LCwUux2jr!η3mqhK=r$}'yipsm}Z^thv6<s?>nKXo6q2?=j`t0D)>_%ɑ=QwƗDxki֬F]Ӯ$ڑ8$XB38#hJGA0vmTZMCб0
[_P0֗^Sa~NS
yeʷmAE\MO;+7WWb5y0~vvha5#΍Rȍve<6.!߹*ۦHJЗ_OЌV҇ m-m;o{E/5}NCUOy+|.(tJqa?N,[@:bP_yU:%5Cv?l#ko9\12sc?Ŭ	yRY+^X@PbgVk3ܐ&@Z ?u&9QZXG$K/S@jՊJ:H4h&O|[Bj73EvE.D[7\>>6#@HκAΡ'ף"=HSMPyphz-}h#
EvJwK}ob18aA4܏ǡE\Պlʵ65o(t,Vx"2wwMD=EP!]r,*d1f]2A{4a;8(k,Byn ?6#!`O@]Hd}L)vJ}ξk|zаʔ̣@)`FK1bkqRC^;L>:]URy֔?VѨ>bm#WhTЀَ0T5|i!>iNQkhi\B46ڃE_A3{!-GW)LRЕUJNi@l'= 54-b^sxǲD@ݫcUJbSͅЦwk׾?7a3{oAUmDB޼F4˗geMw<T7hN( jHˠ\i=_foPTU ׵4æfhPו2+؊#n.\R1Tlr>sOS	WCg`ܵ07{n8y&Hsxd1XhՏŋ,p~ޏv7	''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25414)))
