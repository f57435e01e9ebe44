import brotli
n=a=0;b=1
for c in r'''ҤزV$&fZ0J#xJH>4ӺłX5n_LU{>t%ϕarϤ|oZy6/6ܓ47)R`'E'LH9z1M˴4"ܨM-I}&!VAͺcW~ bɹZpz]vk9Yvmv4׎s+KP	"N#ȺX3M!W,N[RY#s¾azZǶ1djYʊLЗa?mh3ˊؾZНTԛ.Ro7ԟH_ʇ2X8yG"6.R2QD< 0(ctE	ab}^PTJ%\23XBGjaͭ/ħs	SCqEp$@ց0oK*5ܥ#xec	Iۊwֵdo+MWegm%+٥PEq;rOŸ҇/7<I2$g"ь˻gHS~ͤ||t5(7O@+ +}HËν>{]`JS?A֑/VҐG
@3po+Yl͊YdAϔ[|s2
A=g1qTx<]U|r^8ICM_YaV8UgVJldл`G_ڭGt
ZqU|C4k*7[
f7(ycrV\Qi*RCaTk+K#	՟M(׺TƘ.ЧH`5!BU;],bHϧ߼Lkt]Ͷk(4x\%َԌY߆4e382?[=|@dgS>8`߾o5JY8+@jR"(F|`r]S"{VCџZ7r>G4fDCaDϩVHݒTs7w($Fuˡ΢IYR.xm!Gܝŝ	%m)J*3ZX~*E̶gr;ř{gP(>)1 ֘W 5¥F9	&΁;HmZL^vda&f5b3 YhOl=цr[3k4.Ʃ'~B=l5x}!>\٣):	c
TĻe6,PPw)2ݘ$(+|9/ċP`VtϚL`Jh̍C#Ω˹jşD_Nˋ=Mp@.Il6Ǐ׺oTVٕRvBR`4֎G;&`r-C 0W9gD$))ۋNEvkXǤ̹ JL9ADq];k*O|%-sDO&Wó"\	Z7RtHgmpFnXPӏIM0eBpt&R/C^W066Rf.,|x<F@(ePqςq&Xy²F\=;W_!=Dٔ\R]g0c7WgۂEڇLhnIjxϖ:bϠ)Hlyȉ1syo]į|Qҍő^4%p=-۞٘r3t֝LYBxt߾wTlriˊ-UؿFRA4z=J¨bў~ ʶ,2WEܭ	{+~v˃}ħtBG=KE84YrԴ<r{>$$لٽh]ƎB5*ByFZ44M[IcyYQkngAbrL^ߐC-yfigy+ȶEř
qfAֽd_n~yOpKH3CX?kӨd{c4P[
dƖޠ?Pˊ/PfugXfH^q(bLx8S/ɾ<#
-ׂE"[<=y7\ӞiVG)ئʘC߶xӑ+7}1ΝG"GҸ?]ۢ9R~*L^<Z(FY4mshE#Fރ
[=u\x%յdSEk<Y/tǦ@TYd38YksQ|#Ne2B;Dty"8z˄\4~07HK<L]2{DcB,hEK<
3Us}h8(@.!-h]qlGbߥGØ\d*Չ]ΦT_zvtoH[rn*fWΊ$/[th)UMa8HлBč{k$o^RܣyYp7g
h^7Lhϒs@BJ8g*1",ӡp	~LʺJXwu8jD=4(
dS	+Ģc!0$$@;Aux!_@V! OЧL1~bU>=rSvhxǮ[#yslʲ$]˂J/%݁vƷJE}Mr
~[[$bNb'؆#3's׻@O,q0&͌!SV!36]źkPʍEϤ>	8qN
Ni~ۆ(.P{ύU0rKCM0|5TAspjck))ޝإnZd(q5x&='ببzVJZ7ZڡQxŤ6`*ڍ	~FUz&))Y&wc;;*AGSbdLwP^q$<1??w%b,-$6!Z&gͳԆ2'5ɏ+*%Xδ7ui޴#+fqMr"iO_1N1.sl5Fv=ֲ'h8WMzGх[Ǩx2 Xr@!-#%r	lz't1)dVy	i#&^ņH 6Awcdf[9J!]Ih0ogF
Lt`o̖b=t/.߿.ȷ(9^xuU6B(AOAp*=komwA.,{12Pfw
<He-o]e1?C~pj=XC5BZ,jiWwz>H)dm	\Ȁ;[_
	2pi	P'? ӚQbw!1,C8Ú_ a-ݘDA|s@={ȫZO(@9%ɒ[Z3ڼWصSowCW`C2*g
4?i2PNiT$'#XjOjRv/76C=CLRm}?pYOYM6yS`+*p^tK5;փINZ/<kϐ4	si{}4+(:o*ۂ1$ܓVҘM~b^DiڢFڢHozx4	B|oĞy;O|y(4@2e>ӕw|t.Ŭu܅G&y!ۙĭЖu,VA2YzY/5ZP:(b`;ٰP2*oN֣ODVWb$@N|rOmۭ&Ƅ@5Rb8a$}tin]Vz2^i=VU%~ʅx:%Ib!ocO`!ƈDː\%|%ٟQFTg'({L2'CzuNeԛg	@$*_բ'1ES\%-,}SZAɤZ=ƘbBOlLK@EhFՌ˄2J9Skhbӂן<_aK+.=:K"r [p)D+jQաZ]dtO7j+.W1IDԈ*J
[VKZn4G*ޥh1ǒ$ YF>fE҈qG_Sԙ0\P:)]T܆f<ҶjT?sc'.p7r#DYfb6/fn7Ҝ̦ e&~cے#\!u#vSܦOfϼ!ΆǍFvwtpGsD&Q"НO|B+M6/^_EzB-̀Gfι+ǵG59(od8}*IC]ƣiۻd^S+\/RLJq^=߉Fh$ U˵keZϩsg܁=TXޫҥ܏͜olg8b	GҒdE]Я-
F"o%6deߪ!Ղ]%GY(^^"mkfU3D7T~^ˌlL`Wh-r~Iӟ=@Ύ-޻HBv:_׷E)?`8xL`ht|L{T'ΟCO]+{A]H)BE#2xCz_2/qSrL8e%Ubfʣ{7?O LӲ~(Z5L*ؗE;Ь[Bܞ_0CBS3"zWb_=HEqv*x;2Rl˼"ϑ1l?n,T:9BA_)Г>j(o*nNi^֍ѭH
PZpT¹b1/^` X01c0Vaa'AJ>\izxBGORIߺ-؞mmc͡۵-ý˿B
1`O=6-@78.0ϖΦ_ˠȚFoi|^g6+;^j@g+QՊ/5[Dɵ3ӛEi|L163>
iAq#WV]JBo-,bZg-.<jVsvly}כ`̒WMȭ:S(Lict,	(0l<2˿d!`Duz75tҐ\
]5Z=qi:w *l3''
յW40;O$y1/ek@)~zמM,)=ؾ.Ƴ\	y/mܰ@p!)#հ#eWG
<W6"rD)}0;hPq@	TiPK\\>1J!(}F4gרpSfe%:n5REx/9MMԠ`WihH'	sPn&5E<bNDR+Yήr)F'nՃQS{C ͲLœI~^GʹNoNrISk5!WH4Nxz -;=Δ"y%~J.>AMUa_0x\,,bObk3EDN~"8U%af~?'qP<ULzS=C}bdx0:o6=qL~yr7˘QI} KrQİOـ#YXe{ѧ<"@hm,s6+JΫ}/ 	پPq~blϣΥ:,=ݶGВNyĕIǄ!GH\\F5[WI5lwwknu<4ԧt~ٴm6ty^[_4(DkQZӖ6Հ	ؤ{cNwPbufA}YQZP
OԵp0̾ɈzW8k!A)4S_i#:{c8\YL,ԑv8Ҹ9̏OҪWȫXтw[دJ-|Qƥ:uSaB]q.ktӭ}1T)hXXڕ] WҤ3%pOKҐ!С\'8LkVtz:I_&Pb_6r*u&@jQeYo/K	!+Ɓ1Zޢ֘3ɫVwM\/lʨ~tnQhéU7^Bݟ5yLHY;!:hmz2ܻjդAFM\KΖğ^F0$)t3IoScX&zXFƅ}ʇ̈́dp͘Y^EGptqnwL~b>Peitqc 3LO5en}jθZ^;Ot N: mӑ*a6<R7
/ij,K*~-"V"̒wϿ֋9"%;CUoi6#ۭ,=X^
A0*KDi,0ubxOʁ!qR݌mN;g!R`sKݾAbc:+Rp%n"FZUPk\&+E$VxҤa<ۄn#otd5[yayAW&Ş֖/^kږ7A	0hbb:*Պ w,h@݂mϼ7uS6v+ņD/=|'0_zՠߎŅSxjʐ"I9E3&SnUHϪv,F1v]EPf~Ib1}fmI0	ˡǺߞ:Q[5kb}Y`sH*3\߄/M&wW0`/o3э^cșzE%*rM}%FYkhZ"Q%asg0^41TӲUy>k('R, ̞C2|,@m^с+muof1b#s&VgQ&lM\eUh6zz3u~ٚ]VDH0"rå|E-&MՂ?\զߨֺ-?-EGmڈ8ɳXLI۵-3Vq%AB1YχtR~Spڔ}?V+=&^Q'I)<E6ɉ&6*n\ǫte{ɫKɖ*0Y+iP&<dmxz*Z9]ixN@ЉDn&ț7L)!'s9۲ps|՘:9%u Pe0ܠpѤ'ю)|A?OߓdYטx740{A8`1Х2}Ym^Z);KCxsb!Bj(TT26uѰ8WV6ZzoQUg*~׻2V$H$p{cǫy\޽i׀|Q=rM1Vi?U48zU'K
i,zXj!TaX))XerBStZ{E~!}SIA+-B*vdYԤ՜4&1.
R)6_ֿ^*GYm/ҫ
"cy٘Q%hY&7tmKϼUL/p&p&=܃;ySIx}wnۋ80-W.a>:;`i(p',*h[h8l6'8&4̈́3~rg	'ŤI>G9Z>dS8GNjJq"uE-1't0\8ӈAx?$A@kPC{޳o(˰|J@{#wнYܜ'JHĕ'|
RV¢ׯEw@=.&BYb5wIʥ'I{h ȑ5Qkc!Vynzm?H`I#Ƽ0ū'ؾ3XO#Rl8PX{;1(RlS&ۗi2N[$OL3-٦q EAI5Lel/x$b*D4TQU9O,(ZgG|ډ_L5RAȱsOGԸ'u¢QҀvNui[~=Ѣݎ;4R'?ߎkUJ+ZEɭ͟ײFOh{DF5#ЫB<n!p~JԹ>!H}vƺt4Ww	Awg"9G݈E{qV5nW^ƖZw~:IUfg"Ѥ@>qWM[@@نC+	}';e`Ğlo1$nC9	88
ܰ=6)Uq^4b#)TbK_j`'(ZdptnXfW@D X^Ȑ͎psY7g/{`PYӚ|1<~93Bߘp%/%dP-p2F&R޶ԇTތff}~1ƀ=q]dCzSr5UK:8[VKg[]C\igBΨRU_$2lXEװnM0N^:'BdI}˼*Vִ'(x&ّ	eO+uo	[x3æh&+K&`c}&l~e߾&ܖ'o˧GL"13X|3}WW~N޻JvHNɽTh[¯ƕf>"Nt +\,%j;}<</NYɨp;e63+ Dq*؄iҺDxH[ShQߪkӀPjem3YWXVbgCh_߂a-9EFP)*9U/~͌>j0^$r&`QS.Y[	Ůz+]Xf>HK1+EN;2p8)ė;H#_;luSð}'Mǥ/ b)Y1Ve	9/mU~ilyLb${W%.s`UQ2XN*C8Q9]/oYSx%Њ|1~|-ŜņI@0f>Ȉߎ$X1(j$׳[f.-:4-?P`i*<&OԡV	LIU
֘qqbڅd62v9b{s+!7Ѷܹ֙A	F|l/kS<r1ڭ>ЪЛe*Iy8زIX|6ȫFM|g++F.-dO2-gk=@8ьSA^\",F	(ʒ^SW},:=(K_ŝ4è614gaNwApAMkN%e:RPHϏUUn*|h)I~3lNyG!FgϷ:f(7C39ӕ8ڮXz[1)Vٴc^3lhTȧRm=o6:krڣx-ܮvη8ɂ1~msq%ϿdCaɧn8-5tM\fU\׸'YOcf5!v&@syX'aih>nq'ĩ2ov=yUU&4L4meBDȗB]	F	Y%oFȊ`cQ}^2WrTL 1'J!QOoƨ
ƚF:7ոwm5KTϼNcDxP$='+r|,'πkTm۷`9&U3t!\ӸH:lE	#-Ki'&u5gG@*QdxLa*Q.K<iN	֦d.|aW߁2ҡM-P2y:V`Vh{e¢sƚ٠7O9OS
X8Jb
єFvaOŔ*2:v̨;}¹ޢTrFawoI#DUCrɣ?~@nǘK˃7b?=̏_Yݮ vzOYcփAHuGi927 MoBG_1co;;g4JI{ߏ\w?p"mI/n.߃ |=b9ӭF89+hׄ5W:/Nnߵ&!{[`Ν<~ݕ,~WTRITyÀMżXr˳YӺuABǼ&$79F8`*
Le!eɈҫEO܈/@ʹ5-5ix&C~1|:KԟCTݍ8b28A˸>Io>֍7LZkLA(zV@"F.hU*o&Z6%Rhs|_O˚ض'Paxk,AO|OˋMJG!\/AϽdkL"cAwO#>ST޴TkeBEzPqۡ2DvggOh֯5 ~uOK2ZC+Lb_!7L
n#~TJlq3'o9N_X*+/o[ŕZJER˛x׽(6wne5!K֧[m/WY;z tifeUϿ:Xle=k?X^m42s8d%ӞC`)q&sH|`kN,oԶݘ9DɠS5o=zv'M٘C.>N̑ӥZ[bSS^}IƎ,r@c4<8@R7
O'.5/$	47xC˩ҥ4`C
: F\U׼Ux}ƹ۱ęܛ?LGALL{Ӏ+)yXOx1$p&T~E(R2WYF8·դdp9YbpgCGhDW
t#Nps6Wc'lÇ%~-Έ8)JC6+Ž8$k=_Vbv0p?RuG*]cRKer\WU0k94UC=\IsC¨/؝HיK$kZ¤+>:W?c;8XbšD`a{'PcֲhP
i|PNɪBʙhc&>!ET8{\b7%<pڻ8w}?J:m:xƠ#ôڴL!t-BDڹ΋4*#vW|2.
S9h1R[_{5|-ӚcUDȳ[ډA]7٩ =.ByO$R!:˱	5ۇX'5UJQ8dK,dΠԤ$l$!m^Q̩Kϗ$0Xb4ޚ߫Uk^'.fԋ07l\@<	ƬxԊdJ>Y6ۥ7=vz6	j<T0sɪ@yltn-O-3&2j%5HE?cRmե؇QW]?3zʓ\Ap͇-ۊ{Ҝذ"FD/I)3yuo+p%ߓjhJeIb:tbM=e3ږ\v՚ǤCYly?2&рiO %Kdjpy^Y41W ԓ6nB	^djhlMǰ4ao^z`AeA	}հьxF3Ğʻ*,DαF$zIf	#ֲYI@I3Q696,В=1^$~PSX[a8DCҌ=ߍ?؋ސJ1Z0w86WB!E0~ݩl<7F**1oZd-<{;-gmΞťƟXӖ7dĜeM:.4Jʂ}8ȀIQJwr%[?ʧVͧr!a27-=LOk0L}J͹K#QNG&˸>Ct2˺@|VQۙ18)ӞէMuB|BCϖ+<oƆKG+T՘pp:W_в%g[=ŧG%ӷxӾMIL-rƊ,3nA4L:pٛc	8XBtz 5uVav~V@ٝCa/
Vo
*HeAxڞ0M08=Ȃ#YD1Ut%!6ÉI[ڟS*߮|_'s4%.Skyr2|ȼY)1bo6Hʎy~F6a0kBXj[<6q@g:|hZTF޸z.:o!F\Cl"<9?ZA	տw &$"Qm4;ć(G/۠nCן&+=$Mt\8nD_11ϋ<ј;\N/m>{3G4jϠa":g3`>aÅEa4kM.(w,*X2Qbǰ\bI&-A}΋vIVipпV|E1~߷<
1  %/ iX^Dtp+_zE%%{Rk\:$Oݻkj9D.ۖN4?)^˄d$Ĩϑ,!Oj0)Mm5K(T5eCΘ-ɼ<<0H?s&-L	;}ڇVg-}HxIzb3^eУ8я2ta=;SC~YVqswSAzsVAoE7;qVauJ!5JuIE5حlv3NҢvĚs+	=.JYiR{_3SϪuig_l'ƜIcl=%)^	?1bƽh=-Q}gaG ~NH΋8.[NKiΟ6TD>ןlaCMZOTk^\1=T)JD?"E+>/[l)L2Eq:A4ϑWފ7m^W-/՞i@V7L	c6%ŷWw9YI,5g׫G_'qř@AkزOV(EZ	j)Ⱦ<em5CIa}VȘf]&װג&?J_".tɺ
%J=6\˴ƴ+%ʣ@Iqmg:{%>T.̤W=MBg("6Wc}mLS22x.2z5 uѹDl7Mz=p.dY<>ި)dZ	re٧ݔ&ǋMՁX˗h%6ǪY1,z2Ξ!9qґ`CJ;C!nH7ER>~_IDaӷ3$ңG<m3kșR؋&AIG(҅pe͑3Ȅ5%FI\@`uvWS=&״\ɞWXA}U۰k[̥^`<4yac.M~
GpvlV.d'"7/{(Xoab({ܽ@k-"g|t2NbӴg{0MhxP}W{Ug%WDž7eB^ts0-rT?Z8	pӷQFAۅyj*͞wWl08{dGSI0ZKW,[8cM[<I\n95҈IBQ[+3	`ajkT23RɿyCٱ@G7ۯQ0ӳoKӸެYВ	Ds3:b3=_R}:A?K[e^VaՉeKY`
K?-ڣlDa
zx֦+p{(*.VWQ!PɓSIR7bɾz%U6U9[jRCz;ǖ<ovv-!xTDfҡ8QE޳+l{9Th˅˒R*?\B	q7tأ՞ѝNBCe#oخeݽ;Ũ
3Jm?@:)csub!+)ͼʑM|`R[į"9׍{J@#^<]>g4qұf[UyimܩSCDF5Ŗ7~Eک:h-l#ҷ6ھʮ])3/	uJK1Hhs)yy-U0?Arˁ4\וsҘdrKRb|̇Ja6;-N4E6qP+ss͝P^|awV58ʚ'useeAX4kfÎ3^[Zף4t/2:9GK9Fl*-~!H}`z}z9Mt"k#$lM(¿V
$PSf,ל5]heIh"(Ǟ`A;BTDtP)CȯukeT8hvUzeJ/:hUMtS||ZvG+6>9ʯnzxEm$CW Eb'RI)OÄUeɗ-<,Ё׃#1Ӟ%3\}C3jw@
O45z"XJcˀoX"n:HMRY>vm\OλߺPql;fj]f/gPޖ%I#[?)աp;Wr W׍lިGLiu˅E	{9VE^A[5h_4`!I32EFgˑoc?ڞلX725us)~.1PՐ5{(	ԚEݚtcHjqG?he^nONQӱgIr$Ӿ8w7I-FH@#ƺ~[ZS,NBʈTqf{0rW5YɺgS:mQ\|MO,I]S#vE")kf<C_)Edڜ Lф:*Ă-ޒDz$ǃ45?ܲĎuKfA;|=4ImhVҩFMt|Q3$8ݲ/=cݿʩΤi!>7zSp.}B I0сb)zU/#Y^c"ҙ']mPì9Z,/ZK\Z)shqA{cH#8)O֔ހGTk*K'֛̌l}#$ORS!^Ylە;ߵDF_!l݅,r|ΏDA/ְ[6$P,o׹qW|']<0ߏԹ4S%lKTk!b7dvTVwCbo5_GA¸G$q-/:xW"y:#߰ބwp-AGKEk4,;QA܇^6\ a(G]fq-%عhډB:Λ0sK
))O0rio+{2h֨NbK/d:WM"%a<l[GVs{111Β	s,w^Ϳg]In]{1W:.3[#&)^]kRӁx*K<@:w9ĀlB~{J!	bxÕEY_]Oϲ4`U%I^
	
ȋIF&:Sӱm63	ʝ'^o$ 'ܕsXỊQ|f45ww[*O69I5)("!b@$I'3;/VxI`'U1-l0Tñڰ7$Fж{I{~=Ph6]uXb\Gиڔr|?nMi[qBh|$~+de6iШDAw7\|C`{(ފү/%4^>GoպHz>e#փUJONT`	i	܍~JBWT݈X?srR-i $|;LXu(~E,S(4(=|Ӓl׬i˙Ǹ/ά20JNiӜz,E+z@5/gkɒͬd.WʄO&ߝenuֈW˿L)jŏDawo2?bw#e^g.Һp%! Z-*!T:H-Y0Ɵi~3m36}ڊ?H:cީl^XK9wnî]#בa\hϘ#s4npBD_2L%-)/dy_	BTc6<-Wu3طbnZcc'ءT֪eI߼nWLx	aۺ<=B36FrɃ;5,H؅jŔ8 t&$'ԳCMZfLͻVĝnRĲ>J7	?F8F)
CatzX ,ޘס5>C'בæI!Fv+v>߇6-%cϗ	O:?ѻ5};5ؚԦɽʴ;%_i#eu߬Zwhě)93`'*| ɨ9~5z,wT4@)L(c#fkXw0ՏLaکޥ~UD]Bǖ۬Ufg֢k[@re`իx:-^<8e[T	oo;(T[%`/;Ph/8hKiX-wr(KBm\XXA`!mj|#]d'W{M5[)=ђ5$ZO9~=M!aZj3E}ڷKmUڶWkΤHV&z(]>Xe\V?L)a<:V1B:d}A5h/θݒiKWڍR".%WY	U#%CRֆk\ sҶEx,u'VԪ&:]DTRO<H2&4VaN<.vH_=G?!\m\~?,<po}JN,ĮVG0N¶^ںM{wS.Ma{'`\
?īwpHT:he&Ztp4۽vHJu5x(Ẹn&۩$N?`ayF"/Ihrr{!pÿʍjAok.[oر}'$2s}ʽmE÷q2:Mpb~X8\IKUGw=ԹOg̸]:iY#]лmtc?h^|.>Ł$uä#v1a&=l[#Jr~&*0/XO5qNGx4o.<vEսYI^Ȇ[AipbB:Y%`U.]5I]gsč|u{c`Ѱ-qL[L'51a
AaV=H~$fKlDrhMݰheƻ`~KpǦBڌ
إPxafYqJݙ1C%G8F\i~jjnڼyD7<QæӅw('/	jz23A)^g[vvjmc@<@Y+ݔ'/#ܚAà6.I};!GiAFLQȖ[hrs-ȦSj,L?\ĀE,۔\\fĊt1)6ԏs!L,=p5+řQ&׸6mjiJOu;͠^ܫݥrȸg@ܡE;ɶ6bor2ISWTNvFk_==WA&Mf.1;|L3Z0o>nBҏtҢظ܆_8t:>f'"MO1ۺ,/C\:V~HS+Oسe@Ƚ>|öi/a@֧Srrn@>Uߘ'^PdyNþ
dMƫΪ$H1/NZ@a%)ōŅ<Yy٠,'p]8_ˡF?7S:'Kt<BM,u_Fi|Dd0G]rx;*2
u3*",aV
FP£J{]W"1CHI	̭Won<ЛaJdR.HJoeLxy3_a$D*ɏnT޽cm:ϧ>SIlQgR	YڋP9 &Mf3
AއGU[!I8FO	pu)	/i?Ɲ|uڨ}Bn:%{+ŭvzbtQ<|"N]pSIy ۯ8vfjAj<ע˼	ɥRypݠ&w!N9q:xB\(_u'8IL}~ȃ3רW_Rz̓i`vxƈCHa(W]K9?|ZnY3"@/C7*(H!ӛ]t?4Y3(_WĊ
ͼz9:ž?\8̨WʹZ~Q rtoN?I"3b!bZAU	5*H/t7݇ÎM)Muv@<QzkTP~am'Sw~gپ8a
	z&;9Wq+X9B eƗU;RŘvc/Ճ'Z`> |uZ64.Se~(9?:Āuim4sEJNK7[/İA;:`0V"~z1v1ʥʖSQ>Õ8K )<y)TiXzB?s7̞إ4M\ b~9ϮXV1Jl^W]WrR5ٿ_B-WNנvYMm٧@&ZooNU.{k',Ux"BؚG/s{CIdLnvEo˕_j țyo/ F#s?",eT=QO(T=C}t,Vh˨Eylɪ.;-æ]>O~Z@Ub')KwI#Tt(G%`hn7ݼ ozbȠ%]\gåG	<z^ԋ+(&QwSL08rhĪ4 kP%@muKPwCު+b@K\[:ہTlGv̾lVo ljh7Ӟ@Y_AwC8qPF-E{pmI`1Нi/݆I<,۞=r:KمiP[:կ~/l/zwoڂHp̦~ʠSE0X!B'ZE4
}X{R3S;'7$a92jYҳlyJKv{uIB.?ޛӉC(	/xZ-(4S+>Sei9|]Vd.A6߄kAE,(J.:"C~>lݬt|!nԽl"ʦ:HKbGӨڇVh)R6}KVO+BdfYR\g)%Ӝ=47?)/@aYV@ծԸ30Qqw*f.(ӏ0קTVMۀuk
Ig_8nFjr>&jҖZ?<"`iUڊ:V#6[LJ /"v5س;V3ٲu͛Lk]1~lS9 ;eڽ݉B¨SH<g]ϙj/bKʉ֡MЗӧt}(HWS(\quڗ#<#ڻӟ}i/1F.J~WՍԨvVC@auUzE2TPW'kaZ	V}]ym@L2_̗7PoOSDA M6 *KUt+E'܁>[c-#3\m@8 ZUTňOZ18B/e̥ՐpgCY_xTan֊H0:<UOXNha<#+, ٯ6-N7's,~KY'"9NuKU:5r_¹I͞@-bDoJ1@'v]DȪFӆs.s
eh3(bw'+	oo?3g8,;/7ٕD$,؆WNb\wRgU3,+Jt:EjU~$wLYNO5:V)1q4YKܙ\IMh$20Q40nU@ITCw[`T&eu`gbJqq:LqYn'`,˄%"457y4{a,Bc)~?yֵ{qDӊv<ɡHV+bԖfS9В(9#FNGI"C˽e5Z5֜8-BȲrFg=%Pn]*ühicq4YkbWNCB|Ǣ֝FO\qӸH8lܶIv7.DJ֬|W+hp1SF_IWiƁa9!i$xՠp݁G$/xXb'ѯȽ,`VTȁr"ށ|3Pf5)TIUz}ǉ{đr	6/T/W7vHwMP/"Wm2R1QPtOݭYNϤ٨}t1y7n-Cv2+RMKpY:L
֑
G0(˧mG0	ra<[6b9EZ9˔ ɠV~R<6v2|	P5FI+4:d̃Ue<2J'
Q8l>;>+ib	HPoQ̀$5/;$:$*#jv3n$fWwGc7G$k~I=PgoIpp+ERAH5I5Ic[jx,w96^B "&S²̣f-Z;.awD~c\4+O=Q}I]`+ͨ kbFɈJ)yC3ӭa:9LY߉#Y0vD{d)Ӆ-sgQT~[Z&+UNV
yIC։\bŽQ8oՎa+S5qztH	"}~Uz
[P4	"bV((w)r>.Q0_r_Bz&ψRYf'ހ[%h&dÚ7B'Dr
!ΟYؿM@{ښ!YEa TCiD@x{ `:%w[$]wۙ+72@?$eС18FD)/ĴHHn#`oWQ:~c3R%GZS.Ӌ:iGɲيb-Ӳ",^4%G3?2͗$;ED҇}ִ˜%zwؙ'U*ZBa7(:3g޿S3wя!
"5v&sŷRB?#42+<{`9=\>2:<vJZ":߆lUE];;R<wKO,vWuKcReKStZɃ1Qjb.Zfk+ӣ%g_˅9v]cvv$}ۥg:E4kY;	p<[؛[+si1Mm	ݜdi_l6H@jX;[Gl2D0xgcݺҼ,90cWXuu[4J9 M0&y/66:Ls՛,B)K݇5Púu0٢!Pkte۫W)W:R'~I7YM;-Z}UGq|$:zi@$ۻ.TP(5_F9ss_|9'ڨMQ}B؃w(:n?$UzhtL3UH`کv*q&8 (6NEg1:l%M'OyFSrfL%jɨmoqO2xӪbi^B)J=N"@qQ!Qw@H#1ώ4ٍB\sW?r5O	+ʣ7	zPI2()6l:ayϑNxYj^T߷%z{O[V#n%>"{f&cގW9,YJV9"hۢmjz8{ \qzl$0{rTY%ѹڋ4''
K:\D؁ՍA_"Oo,Y$LbP?fzzR@NHp,XT+PuY5_'hB84waRHZ9nނ]w{وxY	;m2=Zb%?	h#Դ01NS$2]9}@	|R-Oq\۰mVvF0	<Cݓ>"5UOJ#=G9%4ܯSk`зӢ:}5"|Ι0eyŌZYYE?M(.w-pA$!ʷ+ܞ|̏C3=-kg'8w̯]2(u_e0bbv,*<ԅ՗4X&ы
,[OKݧEkAi˛(J'
hHMrڄ,[ws|znu~Ѓ2ryk2X P-ݖ"ĉLz7H޶GF״81Ο)=-7S(eڟ{LK~f1Ѐk} Ct`DEҐ\\Up-:diЪ7	s6TS]ƌ.Ѯْ[kսV'F>Jԯ>O\c+̵qRC8T-WP]6!]P&D z/	
TRvepQC[fqq@QrPCBYa3L 6zBi:ӊ]ĨʧʕtooqXƿ
w'O}gn"	LXZtܚ:w!"&u۩Z=%.^_gDb
ox¢!},y ɗ0,܋SFޥñDR{ߢSPYՀr]٩-^E_Ōm<Vϳ'Ѐ!7|l1&YbQo6%YԲ.BԦ9:Ռ)D%f#eY&~BE[>ϋkՆI߄mm=C`o(	5)d"cm.T'B2!s4K2;kG)"	xUN9L*QW/( 'ŐE/Q|ʇ%8Bޖ]}X6[IE1(S~Or;o=̝l#i*Pd+}rڝچНpD<uVa/Ţ5|9	Sw_!r$a6ěhk9K`RXOB
X&U4bFG|~Dw#ˇZgjUEC˙ܢY#`f;Yw9ljJ1]wöRE;%!{Q`EZZesŋ&.	˥ѽCNȢ9Oɴ]0&q7}pIUfQ<'­Ǹf&O/upD9<4d
Χn .V.IGqE(&hQ~޵i!Qq$Bz'e+*$ dȎd	!Q>0ɚRՔ]H\[bl:L4@vc{IL}]8B)[ܸ2"#V~"lT?"rWfjLب%i/̬i1ߔBF׹ՂF2Ơ70-6/?_ov]1/jB}ȵu˝ܗɿHV_!7N%57a.'v^8ے>aII';BkKaDSEnlxHb^w-#V@dтkE<*ǝ$y]߮1ԸŐhiվ@ԡ#]X98@]*L}I7KGIf+hhɦ63WV>DXurIxvX܌Ï·9F+c	d<Rǖ>)8c}Ɖ;nGeȘ$P+Wl"/}uK2JICj=ӒՓ*}Fz2r4@_>TFdBe(ߍ;5J ӣ7RƾRF2b~l!3)<̈́3D|_q3.`vݠ\ԥ<uXbPd_"K..ckuȅWپyj#Nҁ֜rkƊ=X%
oml&B :nC'}GCƶ_ni"W8ǍK3klZ29?N-&hDer/ët	Քfș+π7Յ(T-q~vh^9!?ʪO%(=z̠"3XTrˁoôes܉ֶyWS^FĢJ@hiX6<Z~2-X\8f_\ʣ»|rɛoI!$Onju0u[4Kzu-wobed%/Ԑ2Mjھ:VIlU+й9;1_:gwBlsEqՖ9Hj9p]	LͿp޺Rڧԝ%G#V\{iRG7v7VxlқNv0P&ݔ"ġ8iҌ\ɽFQwZ;5O|jY;`%_43?6͗<f%Gͪc6}{5d0NO4.}\xIcVz:y1M8rC7lgNXʻ{Xb?2|9{wwF9ichMŢqfapه1d$nvw|B!ދCHLе%h>Dִǝy3e[7Q^3Ԯʓ*fG:թE/F+AEĿa5ʮѝE{/V<Rxa-9sm3ZwƭthJrKx]"NZuضN҆Y:ϦY9nhAEj1u66>J-%>=4.jZ0Dme|v3	ٟu.*,d&u.Ֆ9+V G
͡Wpb9<EszߦRA*˪F+ܧ7"gW8x=ƌ3@'s\#bt"ns́yyb]Ͻ1̼wߕ¡SݔMMi? E^0AU'6&)@Ep߃^c_&_ŰںRܨb˪<X$|,W~
{:Ld!h*HTӕygPQx$#L$rs+.v(1xD%{Pori5{fZ%sYKJ6fI<mn٣ܬ^oAY(7hzE]>aP
[>":j2(/wts[g6O54ZJzhՆ?<|cOn
oS2@@ssLS$[%΅ۜzYiؤSW8Sܚ2a	=E6r
G4:}A/Fyj;=:&3Z՜Պ<̅ʈ"?
՜ρpCMAS@'}%lEUBy>_qOѬrPzaYJn	,Zþ\Rցԕ^1\ӭM 6
e?OVŒيWԠintFwpxi9A;p%>(v/nA)d5gUvJ\/\ׄox.+| tn3~HQ׳:T$|۶OJWҥeӈuhgm:jCL&"U;޽۱M^}ynm9,}kZnY/@5ȖT3^-<͍"TOāYVMz
B/g@<iJ)3? ?^4D"V.@nB/Q	E'u75-j>]>(,}Ҏ,bl@ʒLi~[]zB{jc.UVC}@6?h|E0.):!>:
ƅ%QFMB=09`Ca{[>GOCEb2F=&͗-X]=Cj|e5JIvJ1ArLg/FHσjؔ{!J}UOi$1>] 9@,:OґU$dOo:Ոpu	i,kJޙRXgAa}øR[=pԺ϶A4ggnxYnl:@+!?&s+{:#Gnv;)<6`:ȃoM )94&N66aRф2_WӍ3۶!j(t@)oUn"XЯޅ<lEVdW	<!^~esX["lI(l7!Ħ6aF!wtF-pD!L;JޟBN"#wlqRg٣؂Le}&5e5@ZjRna<poRz-%YҸbK"`X5S#]*+Ӡ=u0JXĂ28ܩ֢kU(pBjַ q_]P1P,ƷK%m j+AAkgZ7AE%9ľ9L
qO?:
ܡyXr7>p{	jԛ;#:ZC@߉+S[MQ[62W)Ǳ*Բ^.J3Μ6YL(-bI@M-0ڒb/|sT?6
ը';k{ܖDXL%:vJ+|[Ȧya^phA?޸5}A)wޞ	ȳWkecŅ}sܕ(Q/3J.Fݵ' ^\]j)ATFĳ7»nڢ>gkKumn)0־AG`ں"Dح`R/I͸|}̪ 	$@l6,NOƤǛ PEB#5`Iޥi֫Ω"U0/:x/e gQmv@ic.3vK)AHէÞ|5CȤI["?rC|I{b-o2esكGد07H|AFMĆB.ӎM΅Ӷ%߁ɏ1 Hԭ\ْqA+:fpjV
x@zN-cUg:NYСrbI\i`/3w+]m7PHVe0>)s:S4e BJɂ'+=ƼZnMN
b8`5Bd}[x#'3mމ1[ۘK7);Ϝho@dVjpC1Ƅ(jbRhDK1ia8jiSߖOÑVso̎7{Pg-ݯƖXWOOhw8LшL535x/)ǒ). JZv-a0:EP8 ߰jSZ!3grfݡ̕8%-c5"YNۃcu~Cc rgDҌ2Ѡɺ;1"\	uOKK̍c^Hԍ)$nNa<U{)}rWVSUG?v-y]ÂȡKW;/ M),-BX(%9Ü҃)T2@Q'h(.F_Qߩ JA73u.D`|5|.
/"BVN)̽E Lcgv4 ajF<մȐTb2C\ua+:Iί|lJ?T|jDQ؇eڹ(Q0.ֻlW ExXD5߲(S{q{H#cؓ(2)bwYvp[3O2gtu(VG^GE b̊'HQɕߗSՃ%,zӏE.jTa38mYԣ-_xGF0Rh_Ƶ_%R]ȱԝ?i/Ńvə/!>I`$X_l+ՠt4ĸBާפ}rh5WOה՛xAOާ{̧݋Ι7?&W44ӿ\(io{ʐCDfrTל N"3JMh=0ZăOYȭՂ(@Du̇'.q!;H(z(a݌i}RgP K$mV~W:maÍ"oAY[OwQCeދ}Lyîۢd.b7W؋6T~:C`2lKG=wpIV5W#_sɩ2~Q 9hC`)9G*OE|pUU)>NB26v(W˶@cľ;ƤԶA#2v)./C(\T?nzH٠2N*WSƨǃ%r"w"-7وYBߗ6<
P75Ll7˶a?3ƕn\˞HѳRl.\SZ2T)X)tb%{?N^)DVMۑa_zqdRU-F}y"DٴsSj=)ޣxoc0H!*֌Zܧp
jñ_T3̧k=wnglf|2qYr8;%fGm:$Å}\y!4~	Q˰3qxdm+-_ְcz$&t6B#9.dqїQj+M@T8Wee G3FtQ}@\)Fy̛?SWApBvNΪtݟ\q3Vm={iBdd) N0g=Y)לon">Ȇ5rXS~ۏS.ѵ*H\IjyzܚwZj4(|ג_*EZrR
\{}Ը2UsOx
ȼ#31r!: aunQÛ*Eic]ebhU1*>	QQ%XX>wJn8ݎA	$QēƃbƽVT35ʒtkfŗjXKdo;[E-p<n/Wܿe+kC>VӞc(NݣQ70מ00|-|."9l+-Y~4ǖsby}cˊVoRy59-0[5KT'ιiaY8T|LF>BWi'(%\=Ѐ0VC68p9\Z	uor>ω>L[Zwe1kr[<ty_#}<ʏOxĤӜe~=W|aQ>eG%N}LW)WJݖfH74RXrX'ʊqhn85ynigT8̬yN>txߍէ`#tYC)1r2؀E%2?qkG<(37[tΉWA4AϧٹMۙjd
"׹5%Eܡ7F?ʐ!mx5·ˎlĴM[`UQMJ#҂׎irQ	E@)oB]. *هz6p@Fyp(5A
ŉj/H}	76z^&'$c<;Qѭ:1ϭ.ݙ~^V#ގ<&P3/yEӦF#E6xi8N_7+<Ȃ<muFʔQAfDuuNkԿn.e/"ċL֎}KǧjӎT{+ GX]-	

m3G1/TˉԷ)DG}6ʫO4_.EPRi7!!94;_vYXN_A>t:X1IP"ma\VF($lr0C޾:kd=̬>toq]vp|#ܷI1.,q^aʉ
ЏCM0Abf[KĠߤϴ$wq_PdQXmcj?^cwn`Jω9gBDN]ϾDZTe؀B[c6Ώ>oװm`}9#""^1JшZXp^Gk!~l0Mhf!۱GxRd{Iwܼb81/bƊB)Vm$џ@>5cŻЂ+]!!z+ՒGڌKrf8@
u-yNR	k5>t.
ki=qhKʌ9x(я\LEڔĆV/,*5N:3;\lݯh cg/\քɧa+t[V)ׇi|jKKM(,ɔ#Wp7pvpbƍYO.E<ęҵˀ\,M1lffIrmEz5jĸ+_:5{j.A(t.ZMl;}QԃW^jExí.d|4eޔP{l0{&'bXpbZQs/. Cѷ.ɟ)ϛ.@P8S*[pw͝	+J(eՋWئ±֟^H?WLfUe9wS$v^k5MDQMZpmT/-مȀl\tޘmN'f"ͣjo؟nøۇanAėaؐ٪*LE%1q;تlغm7]JD 9e5mi¿%>yߪD+߀͗)>ԴF:ȫO5E׶{(`tƾep]s:^ܵG@s2x 7,iU'/7xlYlI%6I~ŜWA0K1ðQ]D11@!z8Jxs	R>e8'0c\ʀuWsg]۔
;S
'OdPbsOr\#g>2hWÖ~
iVC''fBy($}#pDe^7=V3qQ8Y;JLɆT[ךދ"A%|udМqy/e`7xıY]d&DDmV:Ɏ^h]'+X2ص1	~_!W~"cyR'Η0OsDX9|J,/^_ZD[6*=cB<Ғ2CױeCz5N1G3RۉwT)DzxE+Nop$
XظyͤAU,] '"ە\o{adwSJ183#Na8dd	(,9C%GB4AV/
crmRRyۚaB;mcĳR5̫c#g#(p|â|Vm+? S͎ـB˩gfrѣR;VtkDGצ'֟;͔̅a<+8˩Ul=XgkzӚHPqfK|aOβ>sFMһд;ƹن@=۞zFͲŋDa&"L#I"]Nrd~;ҋϪƦ[#O{ªA!Qƣ?e˴0i+Ub+]ؔ@CsAl6cJȈnI\+N0FEh'TkΘ{}ęɿ3|*8:97V!JF_uޝ_s hk]'c{<"VʌeܵI!>MIP]9:rB^Y2IaICZ%.nO,qEc=ҥoN29~ZٓCזh
)<ӃUVQ l%3-3oWAyc@=@pC?1KnUY
>$$ʹLu٤t}	ݑ
/Go'go2).^_	kZԑkRօADtSu nBH-"\ֿߑ$QQK!+jI8~H7F6ԸvrB<҃ǰ=B5/-sdS_=![	BէL!n@.k;Gb9ʰLcQnuނUiUU=ބ^Yx*x@of|Qte4,m|ECIҠ,gͣ]ֿ5@gÞAq>ڊM9!s	p_|	0ՊSɽ2uM'۱5:oش21MBڢQZy\LXJ{|_b7ɊPypݵŧmƟC#\ %%Ť#dK^	886܂H\TsVɏv@42;J+x{M99N|5Ҁ3Iܩ@=ʖ;e!ȊP	!rVy<,ǒ/Ho"5]*q' 
Z~NɧLZ]dHr$ȇޤR2Yi}sn3L"}~L,lbwÄ!$BL?Loǎ_ޕ_>x̺0&^>2Xְ<J=nJN[Tgkmq:x;35z[/Ӣ̑^]:9wpk|Lîk"a
p/)f7`
zx:`LQj(#>	HrpyHjk@Ѩocݳ		WrR#f:&p-'ˏŶV\~g[1~ާA[%mWP-.BMXӸ(ٝ}jvӐ~ۦhqHxsd(Vh,PBp%W\Iφ qRebb؞բikzbWQtI<E6*ybՋwև2Lҝqso0eX|9ERkU\8r{_ %SmAx1ww	PSӝv2[LqєwreϹ#Ֆ!Lvb$ߨm"jݣ	1<.6'M%"Q"yBlouadj[Huw`PAjq9lRVhOJ\>6lJ(%eSjf	baùk=>w/1X;"Ә'=Z՜z-Li:C՘ӊP~.ZׂCGɇ_,\S qгV[uS]qZ$ժ2xհBDǯܑ"d|]RZclYMFeҗڪܹV&lxZl`9KGn!R`fIӰ'@i"Ft'l^<7XYN><	zJ}Xr|g-Nf]=ͰOzIȿ޻ݚuq)f_v]]þ`(DI՛:j,;3ݙ4isl, 9ۀ<"]Aht2s:yXl؇0U24I7Ny!f*׉g+AӀo֠L9,l޳5ڝ@I"ǆ+Nx@0&5b%-PΡx/c)ydǠ;XoJġ&E~8yj)Y*VNU)9ud<7+	J7ƶ(ͻq4?؇88NQ9oNCc--^FAw)>vH<}R͊_MϼND=HSB-C$WB$+ڗT]@^ߥ eqHߓ}֍߷+%<	J<)V	UpP@wo `+54l7
ҳ$2[^>Ԑhh:s0	[7i2_"'RNfhZ|wzնj,$ύ{2i>(BŒJv[#|Q 8߄F^NdYpDaT](F::z`y?qkt ݶ{Pì>ogON@PEԄt),MєimW0:3eS^&ʘ.!sDG;XdPqKPmƈ0$MqiRzzJOT^m_ē	e9]qhsɢ8Ö}ե݄z,ۛ'T#ƀpÞyw02:m/TjoRD6m='K?VWF<p{?~iļbرgCma2BtZZTXqU*tI>!e{lE!l&6vYxo>pR!J7e-v>;_wJDhÎO_H	~tnVKAIZ2H@s]N`PTID,ĸʽDũKB0
ODh,b%:ޔܺ5n(cP)ug|~zXiюV1>a6ԨvKMAݏB&֌u]W5oEҹ	iٽ/\{ h͔<NBH&pė^ׇqȊ<UrL<iia-ʹcz7277n,_hK=m8DE߫ٞiuDۘ\ёaOҲKزS>+3lEڠdX]*q`p0?fa.IMźe>AjW>Y	!/wz#۾Ͷ=Q%;IWxOi~V	/j%w6S\z??*)Dg'tFP\Z+8l֕t[E7w
DخċoՎFlTA4/LJ]-y/h-tTVC|
ܷN_TvdJ"P[*T4ǫxrNPKhXׁldoT3_܆ģH57I;,T6]*;61_B̄WBN02">l$߀O$SS-iqua]@&:˽8"/ݯ;>>qZQEK!ƞÌܝGzF,ںӸ;ߕ	ſGoϔctmDe+
+\.Ͷ(pSj7k$yƞܧnl"-'\Ϛm.zi,\T*z[Mٮo`93ŇJ{[hSNuslQIi:4hDASWXl$~ 7Vd:oe%a&\d;!Uq9\<F /f
	ԈPkH@G1^=`-%RU$߁i"~&0
	=M0L| ߊpAbdPIgNҥ	oumlm^LIm7H:54O1]ZOn]N)V$l@UCԿ_IJI$0'-EBǙmBqcHZ
_]qe
7amCT|Ńu3~s8ӏo_	ejR-AS&$`VE@إobN-l& 3ʹl0{q:|õ]	|8lT3~At3A\R}qu[ۢޘϫo+9m+B&crƟc;|
_H!ڢ*пيƲz4{?^!i(v(wڔjjr:>K8hhmpO4<ajW)LүƉLS6ʹg	StDe!Oz#c)FϻZgrC0#wӡϝzu	³ŦGO!׼aiAyKTH5;I/ŗzkBQ>U6\ANR.AR%5]M"/^AƉe?{9Է
gZUwlٔG,	YșaLM)xUIiԤYkJSD͓_vl`k¯vBQmJ|0$RFuvCh0ȖF_ߙԃ[{,{hLX+2?Gӿ8owŏq:T"AxIFwhi_S9CLWŅA>%qKG(&X(Mqlݳ\E.HgwdSYm9Օ5̄
*ȍZ	ݑ\E`}AR	!p<݆}ۖqnE7z~'ųȖeĐsqX;=Ř7 uDFW[GmϏ!ރqU;
M~zs8+%4	D3]e6).t\E4p	p+YbY$JO{Yg&[AKSف#'iP\j[BkY:LA /KE8H<A'pA73+Ol/ڋ]nN>xSH[)|eսrۚ:lk~E%|Ñe[2ID9)PbYҍ$}:>2[<ok&ҩ@7f=ɦu:A6ih.ą6˭}3?<odҮE;$`_rbm\9ڔJ2XFK;HN}_12ٝA&ܦ1h$<ѿ4quR
T<LVWyD>'2KL<ҪYTƞ#5@FDEY7r>;Ţ*(@PYT`l%{ClyU>a7ـSۮiʮiܬ37/Ykr̀åzkl-ѓwbBNp qӁը|Rlx;pBySQ=JxM7	D|e+6ZCl1Z5=pGQBqŠ֟k&W=c='ޑ1{%+͐/\"٠J\._@/]"=j*ܑD[Szs~:TASb0ʜrR6'2]']0wѱOumv787yTg!چ0sk3p}3'$-ZI*73-T*Grμ).ĥK';!Z*26;5_x4݉m
n-*1w7+'gޡފ4H/6Q:qBqR	[E߰h2dHoi`zr9Qy{6YSf$ҽmG(IFQC`x<ЖEu:27_'x<oѲSiDg`(`mh m)ժbO'HRAdAM̲+Č9!H!9"ΤiF[Ƨ(#QALl#*vLЙuSZJ֫%B`,Âj[%b:!O5΃?^."ţD:flL07,TW(&Qݡէ4e'lFE11.dvĄŦg&'O}-qD4ݾ+wy]8$?@ZaKĺ|gmnwĄ=x~}ȡ-X0*Q@fs*N_BCBVȊ֬|uڹt)QQgx1$|*`{MĀ%)][EiΟ)ţȶgܞ{:ex#{'#ب)9l>f?dpMs-!n=7p1q@5˓#ǥ^6Fͦp\ݖk.`<L[/hlF",(Yw9w0v9'.(X)"[x	̺!1VoPSf)7ŀvM7\>B+ӍHlW`[IKlp͠7PUol͞RMfƐ|t2 Ոq3Nʂy@ΜpJ:G]8?cG\ G2iTp;ǌb#2 {HǛ';i͝VV#`Qn@fĚxe"(HG٧&&weO̌J@,	
vBk>ە
S.N?`YƄO^]ECt\&ݾ	_r.Fvs<2cxJ*$ܕOEղ:2fv'jhg#ޫ\b!-@5g=u1/mڏ|\~ׂR(fa2S|ԗͪvĩ%%vtpjp6nRCu]-o8'g'"
jp:@xbױ:́y\~g-aLngGԽ>Y"moq a,MAa+{.[uɽ߭/9]Lˀ)#={_PaԂ(q&9j4
Ȓ@|!I6o]ѿ˓рI*X@G2Ѻ4|ѽOe}%WK#iSq6طntx-/:jhl0Z$sFǚ)%߉[żmOyZ<ĝdҼqG ɧ^?~]0Ő{	ΈBZTǙMX[d]Xh7rp91-ZLsN`>H,c)@|n4`pݤ-̍wyvd3_8D_eEmFC+cpGi2Ƣb4.U٥Щ:Xvtjƥ	6MMwG7lƼ+б	@MVܡSFIKP84X+&~݈[ql`%H}vG̓8ɄspI750>$yc"}wi#ǨUU41%zG)ڷ&'ZTȨES"dWtzuٰ@ޛIWJt,ă(~hWp%P	jkyV_bs*vvG5bɻ@IQCPFã?EE8zpa2L0dXJ90#S\F"U?Pқ95o>WNAC<!.k%{)M$mFpʔNmg%"9Cc@;/}A׹6m"W֛k(1Ȧm-@ܞݍ9q,FNݪн<IeU>#oP]I	}fS۾z28:-lV,[C.5j<0D)Ȏ&HrH=&XH^Hs-Mlp!]oQ+Q"~nzV
sFל3ݱ"o5eo6!w."jؐ]?»-+t^R~.LOf;;ݒǓRa8C`Ӡ9_юϸh0A R>g׺1J*\N6>ߝ{LMtS.2|v[HǺz
{nr20)/zzF q̫)-~El3B%.ǖ:VrO([y@D`1̖{	ܓQeB,WЧtd7>Y,{~	Ym/T_s8#DU6̓׷\#|:5{{GǼ(f"7޼*L#ƛ9PdD,5@D@N=?uآ
ѴKaʁ9lpY?vwr(0:y̽:'͍HìdD1zrkRا]/5`=F4#èuЍp Gǒz̼%X5=i-ۻ)޶#ɾ<%ag}f}2XybUg,P&VӫH:M\i߈tT!	7G2G]Ðs(ڂE!Zxcu.1ÒƳ܀,T-ȋЯ buϒ=%(rh~cۇ&+)nkIռ[uf\7ϏJ~nSr:|wɘ9X42ݢj&Ph{Z%*h͈,1\3"n͹y
Iɷg6i~wh9ZzϨiA^Tc-ϛ(FMR]j^sDHʿŵ߅Xb-+:MDwd_Fr=App09#pU#ݱ)$p}Qmgiwz-Z+%P
 &S]?39rτQ5j.,]M؈nB2[˻rʕ1DY5½d K@l<eX]`KQE.(6#zBq:j|TA?UGPT8 JөzPe~ˏ ޳JӮeZ=PI)AΥu{KxQn-ۈ/S^3|_v9|ݖ? ""lm[5յR	N$vjpz!Xήe21f/PzW7߀a43RfTԥfIqiV-[;oV:?n'8#VN;5pAbE6`?|0Q C"<-PmqIV2AC["O1s<w|M_WzuNnӆP3c-K1܆pRw01;.eȱC;hA<]^ۘp9b-5? gt8҉׮5Q!Qxܛ\bΚdxQ:[WG3uѴ#r8RȊkFTB4b1Z6	ԨQBY<əWkCV3SPH_7xu3ֈodSKנs?6P3v@h]>׭S4+GF7V9!-0տȋgmPn'$gӇ_ύyY96Y.(1 !`a1XjWԡAd}Y5ߚpG5.j?a0pQ/HE%z\M=&A@lё	ٯ$fQtg˽ Kh;9!˷݋j<t5AHqt8X7wV^G*)6xʥD#ݜoH7si:h|{kOF	mP	|_X5CzFi«!X*T"{QlcD˭BYxԢ[@*Oˇ.KZU(7Y%'/HEάTLVF@I{Yv^RuJE}ԁg7v_~`|Ӊl&j8=`ph}ƒQSY~aWy#­DراR@$nA!t1sH:Q/astʣ1,F\ҧ6nj~7Ӕ]ϦKaeJOzW4wkqdwנXu<"51,R`S~AN|y3jD]ڜϛS+#pw,q(R4ڰ8e$3P,إt>$؜+4F(yFZ'MT4+c$	uP'$/	[2ԒH̲PVqбA,wFߪā??l's)=F)
5U^ft<;@SYc$<\ʿ.('[S-\g[Խ\\p۬Ag]e{nmb_j`2߸Vz4]ɾwzE;axdkvȡFvt_:?|z^߾AKqZ,/@BוӍݸa# 4R0g)Ըq);'ϕ4*soo$bV"#3gRU֘<Xz"z"č6v<{uGR?M`!QaCP=a'{j2PGSW`Ga0KX(3պE0ÈL<F0a	Rָa^	FKc2`O(C)'ܧF`oFqxUfLW*yuHd1ipCsYPǇޢmNr>_0U҂E]3$711iuGi}`0ڤyi81Z?gչ)A@^T*dI6NV0
Ո>ܮ_*5kj+W7kbe܎M-E ܕ"?/ڗƎ@@ض)81B-ҹT
8Dḃ{T{"ӀNlZö-Ϗj͜G
|ՄZf4W[ē2ԂzOSM2SU$&^8߈M N[{/Wε^ђ	W0g!233wg d`\1èag$FvjmW^/zl:Sdnq(ĸ1ؚWXZhY[ "iZfT4߭g6	8G0X1/n}p5=g6-RA!iʈ0&'!4Dey=Sߪ_UPo
&F<KΉz?.1m[ i5"tnfwz|ghM@9_&cQuDBp&Akܯ~7rUGT@fp-"ی!t:k˽ĥY
7z3;`Rl֬iňtu{:G2D<52֘^ظDR;ښ-S9r)y+h?ԛAքe&\H4wӏ˰Wg:\l=K`TEϊlH<Q=R˶Q9O+^2or=i)gjNSsIFȒj\doFMjfpt\"x:g<:)W"ݮ: 4r&^A_'\p+( &UPC?c+e,7ЌQH5>0-H[W%1oH"6F0C%A0%Z.	ʔeHRK>קP>)N*fs&GE	@060E\SUM t)t)Cq[N@0˅~5aӖƫӨ<cxS{x۹pIu~3:Gf16,z_QRL؉c[OZpϩ,|t5|^%we,גu@bsYIJ֢_z!hˊbщUo":2_7io/BV	g`5R}סis,}9Wl<s1W AI|^!7GӅ@o'=O-GahTBY|۽`|[m#|81ɛdm2E+f[ҕ݄x4]8/IJO'zіHSBMX>	ǡ)|ߐ&IUN8RAA "B>F:u
;~k)%؋_=
ѳ8"Ǖm@*UwjhW`úEac#ϺPKsU@BcK-ǣYPn_`Ikhlg/B!jxtA|d_dye2zƴх)`Rj(lr|":a8nr5ă׫s`O"^8+c4n/ܠD_MBnznHV`Sτ/=	3xID@ȞhiV	H}܅LyvT:'%=h;ԙGqѡ ?ύN'cqf:[\D-KiN\ϋĴ3%٫Nw
/D>l|
2|r{Qbܪ*	}^TĞ L̩K2ׅ4)JʝcYZ+1(biVZQ?<WYm'- :ڗ3k'v_t#Na^zm	AN] Aܾd~x}Z2Oԧ{NӟJ|f}ٛ?AIsBb:t^QPo,;+HFg	}eSS9! ?{} r;^U[
CWfyI~=EUmuw>tfN?բsF>aM,6S>UKQ^Q	>mï',pC#ęAN;؃t٧)m@06&E$?_JP?fm{)ȿAB4FgnS-۸8}D`">P7E='ٓiҕӼ՞)ܨT.$7bڍEڿP9uw{lɁփQjsމJF_'(GØ|iJ/@;9tQbuu2ȭdvHۍ]Ij]k7$+89,o(!r-GԤC\7,IR2ӲT
K%*d+AܰAU05	ȓRȋO5*Gl,VQwpE+28k.ew+Yc`j0!мq@J7bvz2YDz5*%7į`5B:ǦYϊGiHNOJ^%z͏A''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25473)))
