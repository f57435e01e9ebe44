import brotli
n=a=0;b=1
for c in r'''_]\RRpf]_@-ܤ1̅.Kv%wB/Mx%h:W\Дܬ'}(>|ٓ3Q+thț}FRZGoӡfHٙ/YVPQsε	و/`|BzSbm#YnǓڡ٠Q;	ڌ5eyߤO:l53)"GPkƛqAQֱ<f.Jv4k,,3{((BvSГR6oʘj/8j:G!i"j+wdo1ޖ^	=5sQ;%'˂]G֏ڰ>yϮa<W<+]JVhUlHB%lǚ:ð]tʇ|*2H37D}ǖE hc~ݧwCuBۈڊBIATR=Dȃ='Pê:ݘeq$	uɉqF
Ǝ_,ٸwIVu;GnH=ڶ57xG݈1~]x2XNF#l~ӲWh]`3LUyeUyuoGnXk91fl|oOzӬp	PeIhn9]R
8}rń=-{g%hN_ʚdHBr2A<8zg~ƽw0\sd)!EM(sD0snͮ%Ӓ~~ˣ1Ēp)>_Մ"dߊG;4
.6q-ƫ	fԮ's])[CȂӔ^ÀGoUH{ø=&|kq/E3-}'?І)*=MhS6Og6*ϗi{'+6RMc[,q*?\¢	vAe$?29	*~)Tgx"!=(
؀lAcXHNX߷O
NVs:VۤXYPBEn"S0 UBYׄٝ&^x-9ƵX=ڛ8R+p޽/E5,0YXBъ#7]Ib_ߌRU	R/1K^ɟecղ@"$X>'Ϩ.DYISa5uN<D_M0
)+xϻ7	ޔ*)**ַFf";6FKWE2
=%ׇ1٘	a$%)sxO}:	S^{ܰkqw`<N$Fp۹ޕ>n[5e~˝nւߤdo%9ϲB{ğ]s]όBTùh)@}E?Ո
OE(4!syJ&d6h>y$Aepc7qS[&nQ̓߾he?Ѯԓߕصh{tC	+dʛΎٿb[Nd6c^PN|eF4ʁG^4R94bWao
f@ֻ>A#*Ȋ?rlkQJї̱Nڀ9ZE-H9YήZCK	8ȶ <J{nCEKkOlC7
Oݼ-o	"fNX=6;6ǎuS<P,A?b2(;\+ə\}BN0%$Ԙ(UD@{*ͮU_dO%FU	aEiǇIrW'>N804@#iP3L+Y~`10̝ё[HM!P
&g	.	P9bM; a0ԿOLޙ*zuWHپ/f݀zCfߍO'AHޖS2	"ίHۂ3Zy
Ĵ[SԷ7 ]M.]?d`HwE-K>՝^t.ތmߔ/*D{mxHX|
U$UM=­Զ4O9tӼߖrV7#v5r>AHֳ^#){Q=2	}]ѿv605.1̂qȬ&gg?\}~]ՏzHQ[n(Ĳ&o^x@3iYe8hrKf"2ZO=,OXY&`xb9cKhYTp6nLv+K3Ϯ9։zw*Qy$?^bSO>?xRL&"DSx2[9a)lG4E^Tvx,؜TjHtVJ$E]S)a-^p҉`%ÀBf^טhWDCٯ׈ӥ|>Eǎƞ])16)gt^.Ho؉pEsQ[(nCZ=$xHx~C|A)< JE;)*ɆO2$SeK%=Q(5B	D{TǂBgiVׂ.NOҼ|҄͞Uׇq=CSyΪ.4k?)%Gu[-Vg͊9</\]˫(Mg#YSGZH MW0pmTSM [956/4
LߓB=<߳~MX|0)tD|axcJ{('XJG΋e9rtq~ydUr:0
3ށٖvXB:>%c·&+Bt_R=5Q|U0ەQǀ+sUB]EO(,Ɣǌ,1EBQɾ<;Glr#/[v.E\ETn1#GV~	Wc.G&M>XYyNss>Rxjg"}WolpSnUȄin-l#ߍܤ@}0؟r{ש]`Nu-ͥek-TQ{ڵ'TMoZ>i.n,#1CN>	Dtfџ~Hֈ.{xSpBv#E	S=7:#eKbn62&hWwewD2739ɟq!%cW]D&2.%Vk_
fBYPCWx Cy>FCsZ 5IT
7mȱtH7ʧ7@FWM0Z]16Xa	\o9Ap`,,YSL2Dͧ59h-ciؚ*gjja`0!yĹƺ:͆?cߜr	"FX6X_Lɩ]_?FʪOۖrNDݗ|cfbHzޤTwέyYwgi!\9|aƺh~
o78)ʼ­_JʜD=Y.R*pc]$&ÉJ~OW2]
MWb,Gro'o,úL͢_ѽ`v'Fv˘·>QJMe!3Z;'Šz&GE=Wx8K0^OOhKm1X[9}
NrSjmژ&rO]0ҸVo|N kmKAN\zɇcFm0|ǯ03h*֖AR [`]TrsH*uX+SD@9g]%#[g3BDӾޚ9XogB;3lczdkw&m	(r7	 ܰYJƪו)&B|p ]^gd2n\r{PCvmdE;bgZq7&#lsf}̃3[;IWtQ"^rd]åhmH&'X.j2za,>?!&Zk&
	soJM>QlU>nLh?4kvЛty:Vw9@ͮq'MҊ!Q|?)_8XU{`w+3Y-M']BUEaIWz~g)v%wS8Bۘ GK|J VS2ϙC7t,P8_ӮUi*f8QŇ%~`@9a++:x	Dohj2R5yݽ]9$ɚg\0K1~&+Cpq[ʖ8ݾ>8JMR=RsqhuIe)ıvuyxaO(%Yen(؟Xq`RVJŪ[:k@ҷGqwϳgѹKe0$,2g%]	:'1L@ɢ8{qIs8ԋΌ4T<hO9RaMɍ0+ءEQzzJ.BmE""B;VYѾfXwx{;4ϝʜ*Hc<	d + O[s{Hh94ΰ eothG7,n<-!`-Ԁh٠_"s:ѭNvcu0P!7$AԀs&)f=ʑd{64vX {y#kKʗ?C9r89|.Σ/1
&ʣ1h"a8۵Ǻ 9<S_<[8Q2ҎVr|G9a}Ap	kMl`59cN`P U0ˆjQ,^'A{sʓ5kɔm'ˇeb.݆x\z:E>@ݚ|hϐFD*݌|@P"__C#|:${EO#ܺPZIǻ 
y73R,TU2&6b9RIBp7Ϯz˾5'I.qJV?'y\	!Щ~Ɇ*n\*MBs]H7pΦwif9d՘I"6?Wɢ%խXWq{G<>	U,q!ӑ~Pr)E}/3,Ss?v&Q{75ϔ١BL!t.?1+
k)Ƿ$فo<Q2F`Qm99{".p0Ahu
	MKΧ8
A8 hΧ&F0{@Hx)ɶ+_w7){J,w3_yטg׮a-` q,"[*,YxVYza /xıM~F^u҃8J*\bՂM!Ezdj_rd;`ǁq]5r~'}:e%|m3ASݖ#hhտ~S<9w}^4.pZБpLX-vڢȂ,%UPfqucw<i2J*ۚFqW5%"ۏtm7PDȀ[=ԃ!L8NMx&7<BdgL+]Jx=٤[*22T4&eDpc4$N?x؄\$3r߄	>%'Ѧ0%޿q^1VM@Uom~NxwL3rl˙8GH?G|H=7lͲ^C)ϋ/eɬCS1ºX"'۹MKJ
J,U2bqXÙhx$7fKHJ}bfmK^JηQ٣.8r^̠\iX<өi~)2*@Z.0_\eeS> Q}c':RπKjA[MfbXZ\ʯAώ_xlO+دAd+uWd]%yW&Y?A'i1zR"Tq,2O4Dۺ7ϫks=825S|ֵ<O}.(Y<?+ju3B&<5˧y=!&"յΣ\0^d)XO"A|ߞǙ7NͿsT6Thwc)?n͹ӗ vOӿǛ]I!dKUQ/E\@jU"8mc|aǢlh~Hx@	rQkC6

pjۂʙ -bϩ>ǚM9yP\(A)Rͼ8M.OߜDO)}gˁlmȸ7}NIs8yiHzS-xA&JڅlY)^˝Li>#c1ӈ}aq7̺tRQquLǻ,N[aPNN?څ3sdӟB:=(vʩpeoξaHYhX'ͺhpr'|H]
TsF*4tbTE S`:xcīko(O?_OƋ-z>Yyxe	͹:v_ȠJB%KÑO>Oю:nH9@?35SbJ\-}l0Ϗ9(bYzq`@RĞ<_*,_(wfޤ0$55xƚ׋6iaƠ>,/Kb"fJٙJZ|aXysD&RWs0csļztiɸA.)pګeY.h$[L_#&x<Lª\2:Xq:HQsm~z7r\6Ii%lkN;̰ekՒ @	_ˉ֎ !7aXe߯{j]T+GNJWJ3aϪŃ^b%W(@V	M^aSNڽ"_g8n,kdн^_uER]UezZ[u&G- dC/j7yJsrvLӀ"BΫD\ ۍ4Io~ػH؂֞j0_¥GM6>9FW&B8W3pHHȇI$1Ԍ\½hݵE2$diA\ҍ܉9>WLص`}}TBcO4^^͖_]^u'o	%$l]t: :7af/yߜSA)YKoU#8T{!D?W'\yX}&Ḃ2ޙ B=`C% `ЊQyqRlR-Ƚ,aXmOOk	zG?BGR֙[mhk͛`RfJyUf	sOyґf}˅5̓+AefI'ܡT_lDQ?% V@&HtXb/ S{يX_Kx_SoC<n3$_
D#o[s~G{Mp1a>!OSZM}sK
TG,-ɹyԸ0b`P"(rǊ+Zy_b-vdz0^3. k+ƐNo׈JT+O*y:OH[ި}b6xy.)PBI;W+!9גgHU7PM xdf]ZM[+$c/ee	}+2~.>KNn[ȵƺݦM.,s,x6$_޴HzԂ/ڠ@3"nMS%^D~!V`ub7bVӔ*zB}5;ɲջH*-׿rI8QUfREUB_ޠvW@0/|Y|gQϮgiڔ(z7<`]К@ڳ!0݊N[k3
|DjhoJCĞ9`Bdހf$$ax]Ԇ#(4Bw{;Wb	HRQJb(:WB0o%KEX$9	}NZض53qb
¶qbZړ/bR
$ݬQM*}xW<Kܪ)a"~,r{5W%g0s+bqb>b79A"33/εqѥe3"kldʗ'\[yqˑ.KW7yڅsMI$ۜE,V
Bw8,yW`	JvtO؆/Mm،*<pعI$08[28ܷM3uYh5X>7YTR*\s*6'PSNH#5c8r.asZq̟L(0Z9^hr`;V^|c4^&sY3-pl*gϧ7|Ҹ)&.F#߮nz-}*ɮ4av'Xʽ\֣N+*6/8dh13ϴ(v2mLiΑH	RIqAޔ/>Ѕ1z5ؓfF7|ǲiѦǴPptR]4riTݮa}`mcY^fL0g&w@ө@R|:C2VjALϏS9EjuFYCBLx64rLΖ)czrNzk!y0h,V_3؆>{@׃z&LӉDn]X@KθpVtg[Vy+jPyLG~28_ոUR<OÖ)1y|H-55BL{9	<t:1=G 	ٛɗfԍK1B[2wq8ԣ@^	UXãGLٲ*SiFUbYԎ؀OfZƍa'~-u[H֘/z%b԰^̊Gp?<WzְW{J96y!'G`
E4״^gbT_OfkA`@̬~	9ӧ׮\Orݖri6P j"]ae,,A[Qkm+Fۗ&gFqӿzfCDe^m0I=ϔ5ZI·TI֑P>;8jb^܂.MRa
+}z؅ΙʘX>84	SiP`:x_˔&Nܖƽe1GE s2@c)ܰh8\<@+W̆9\ٰѲq"ɍy1+5' vɈj{r$hSBZ>j0w~KIUa/a-V=Đƹ|JG<׸Њaul3`0*ȁ'-ܙ^UEIFԽip&t+T7xGS</?M`ԥlY s,y!6žE
PI3O1Xh]8YGAn$\#d3ecntG718J*2cK;Icؽr'OJ!~M.N	yˡ~f!'k=v"s2BПQ#ԿzJ[IذDm`<gc7jPƨ@׼M^Ř՘F	֫Jw~^ĥx.I/adTj{Dh#ϓF`ݝf2Rlj_lb{85߳ݎS	&(ezU5j°)w>Vc:Au=ʆ|L.]׿]ʚ'+حw6LI
 AfJV7ڜ$;'%n6{8XRܱ(^6#w;;ZzDsF%B4OײIh1aQP?# rR@YkiXڲ?tX_W0jwFCT̖)Z|K" PR,qk>LH9A};}Z)-ĖwbI<pvvNv̲%GX7{;^1ps[Y2?ܷzyQbB¹\y1ys{.[Tn,0?Ϳځzv~*yh("f9#[sįvj GΟͦ	σMrŕt3|; 	TeK|9Fz8̊JJ?	S$?Ϛ%%gwЬ}Ø~wr&Aoٺ-ڀ0؇jX*GRGigЗQk[`'
7.I+ymmX}Buc?yh˪_2#{ninidʀ/Ѽ`1="T8-kωR7&g-ޞ#Wt%yt	ޞ=p]]S&|m#XH<
yihr5`ΏjѸνfnl(WׁNsDgmOPG,<#ՙqPeʸף$t!1cZ4+%$eE%;}wCw;O/G+kFM%R]w7[)O{\6.DplޅWp jB	ITotD5yǮ҅l]HD4n^!')[2cM1R]֧m5`Dc_֘Ϡo|H.Հ(hlIg[4*{ɠ_Ś`@tF7QAS_{j^=LZ{V(Tq8Sŝ̛R/v A^pȋ Chkڏƙ^_ӻ\k}D.;ū03̻|Ao+N߱Ɲf$ϯKtYEL!Bp7X(G#PǭVNרIJ}k|t-ަ(qCr@SD@im#6mĉ^=	
k"߀SMW٢h)^]GXJk82U#"&zm4H$MAS*i(#JFwq3sX߆jOۀugV
pͩf̲P7<"a5[A|FVaViZ٪yG+3-8JWU*+XSbGж@"q ݟO7xO_#WgƁĐ3pDvk!,Ƅs|;5Hx.CJLʴD#D#'ەWkB[3`.fX;oל.5f˩6`Ti yNuȚHr<iӧ5^YX˾F~McMA'"G	5|c:$S5N9(TvBќcH+^z1i5s')D6:9)Ɛ	KfρGӢIqQ@?˜|ܒE[FR;1)kŋ	G̦Qv޸ȸ?bIXeOS},bIaf+VMKa8#αQ"$ɼͅ}@zy5yG2Q4Ui35GQ};|ɇ*\@sCYPͥJcǺQݩ:sLϰЀQj	(Ci9$+.ѻxOY3=L?NE|bM(3A0;*F3װe(ޑ-K~ƬIʤ$̾Vo#g*VSǡ	SVBNLvd;̅^<1kfHlUdz؋]^EqZeP@9\?GR\	G2ެǍ ǵ4>ʌ.Fɒ.~?O9K1Ӂn	~Be̙-mTnXz-rCT͢or٬t[ȳ3ڷm@ȁ˛ C(ONah_Y`0G6i`{DkNaN9̾Ū9&
dYOf/~^W_<OKWVu,?@#mʉ E7Z`3Hauq˻tl'Wy"ccA8sar~l(3ީSQ՝#D0]g,i9dIgg6vucٱs[MfqGΙIC¸`fyp!6XˑJ=ƆE̒Ճx֘Safdjچ~kΒ7IWجg?I%Sen|
\.Iu˃iA	Vͥ]Ϭ<F^*D˄h!A{Br5[ԟL!F`rI4H{Fx	qzv:dl/zKk	JHӅY bMx= 'XZB6l)"gmBdGefӂ
qB;vrܸ$"׆dVМԡ@j/ƈHE,?SF٘VmwOVEqE?̼́HlٔõjAxG%j6HFŲ߮rX@0/MZ7xZMy^(k^'T~?ן<ߜcgh\fť%EQͯӦ&]<1[D(:w}?ٝLC*	9#Ax[ϱH_ԏDlsj7
gahm@Zf0;LL#tˎX#;y[(h#7^`NJ=NKPQ٢ۋʺ5e:Рr$?LG˹YOV(4=`͝p21N/!+ZT$ֈ~̳-*^m߲FQX}dζ78cfdZTdȤ{tI;+ص[cޜP2
@_rwʋM'֜$mst{_2&NJJɇ?MZxʴÛGBl>[	K>}(A߸tXlheV	$b6%̯I?./VTY/|?h>K4
p9sUM.p`Pbry>kZdi=Y,-ƽWfYvʗ0{}L*NCxL95b̫|X7aWܤ;ϋ-ݦOJ,nźJ}Xw:cAug4ն:}F ]"<b1f,ymumWȦByW)\C$	ADcq8P׼է#gϰr;L|3yْocێvK,;/ |@Fv(+E	Mr"X	k uhלo!o|?_ pc~IF8v
-gqz<v$aws=N*MayuMw1^"4ٿiӖU"=/"X{p;jlz=Qbc/F2[Φh۫x!W%4kE(@ŞqjDPҘĒMڭ!Boex,#͡
rK[gl~ѲfڐN*QՇ6lrҞͼt߳YAˠk!߁κw#R@IXt,m`P{j)m%2ħ#cEV<&bwY:ضbI7'UMeEƁw47'Ǽݼ5L_KpNxRՙ>30#&P<;7lDSʎȚpigc1
Ǚjg'`@rMIdb],3њO,ȴjBd  = wrٝƶ;W.9>n%z(R*E"
Fg@ڄ3غ),͹ҙYqpJ)2wЛy}22LGĈB\[w -=ڵY G%[Ck[ӀpNzَ̌)>NeCeQ`Jl_	nad<a}#\&SPFIŹ2E),91&HљTtIg7(c"g_+δ{E9juJjCl(7joIAS0lVZH'ߚy~H<mΫM@ӊH%.6gq{߾T;Ъ_H4;H:ޠE-f6]Vnu1tb_E%  4ogDKHsPú~oN`o2Sy}2mJ1hzáC`9@!j=fXM*khH}߽)ՂŮȤNoH!,M2Dqa;;sƓ+>j@>~:4BX~uhJFԷیڐ߳{Da۽CNŭ[Aћ9J)A/=^m1l+$trOsoVGFqWhZsǙAf{ǩz+}K9nLjԟ5v5ySW{սlSph.QvkPu[a(Gt7 w0A'b1'gS6؟تFb^s0s$}{`Ȗhͦ?W|Էr2ҷ[ؠOrRh	 *PP>'Lԣwcr
td=#/Lh-,=:+D>;NQ=¯^Nbǈq&p2ӬEN+ģA~Nl$SaеAaO܋ƄY'=PSY`ʿj&<	ĲOJXUͅa3 `ɳ(uh!;P}6rC8r)̓ iPRҿaҳ܂9J_^%}Jrn¬Epx|_7s`uVM=^z@Ď!(ǲfzS/ǃCy,xsmGؽR\ڛN51=K53ʨكp̒P//mʠda!GѫK)Ó7#Qe5ʫ!%˰%NUnׁS'vd%B|lxZjۜ&K̘CE=*ŚU/GwJo}Tx|%ڨd`xea2qm_&ҳ=-ew5k_:j&wO!&^eRUP `Ǭ'4z]Lf\m{'M40D׹dw6T:ݪ,);5)Ԝ[C.Δ޽J0?+Ku2j5FmDC\!ڇr;Sս0߰ZUM)1^ׇҍv5ԸӃ-C`ymMVICƙW$q.*92 4	%I} "n'BEõMOibܠaރ7o4tFPH{կR
!ڦUnZmd#uܮ_߬Q)m$IO*`eWҴHɸ?]eAo`-t.v_r<ދ<u[9S\ٱvjPO?qbo ,#<E1N}01@؛Uut%ߒ7D"KM?k8kR5ˬuٽnr7sثcPΦۡ_}osĽ!4TÇ-߰v3p4Y<p3gs qԠ2_`>ӈwgO8{8{CtoNӥC ȻNO%ihSrPt	<ȖTc.x&אR~X/Ti6zaϷ]aN?U{4Po%Ӿk&C)݊OgM,"aU( ~eYa:1cKDy̍&<|w[N)eRy"]&4k"!ZMt]Aܲmt\Bގ-XS8Rjs[4H[:71bH{!͋ҭٶR0azsCAA>܎2̢idDXu\UiڐNbxDvϯ+lxOO:ɆSNvp! qJ|{J`l$y$3_
!6ZBAɵGؽChd6RB*y&Q$sB9qJA !X[Zsoa9s@
Yi6`UuzI%Bc$Lԝǉ_ZŧO{#Vj&:qmZ}֚N׼cp>k615ˢцPVi̼H8H*fhj@{(܈WOhN}JzߌƺU(Ԗ	b#.sԱϽsGb^@>>ӿVTԊ>hhќ21uKX26N+iDQ}ql%v6k?ƽ Vp!3 j6v׌z%æϷ^ÁUĂ]gr#ԏws=϶ȓ`8ɓpHBNwʍSHvz'ץȈ0kf\%`?;NjstT8g=߉}H
5lvސhYmѵW\")Vtn0ԯRi2v('|L]Q!(˶ǩsSuqoU[Wpi٠ݢRaX{u}s{-Nx ?(8s_M5" T__2^T%DDr5ǉL~1֧'h^UTC
(z[|Kߡ}J%;vgƘžF1AǮ8,RLkOg+TwjH@j
!;2M	DʟՏsUep9<xyەwł7(3ċ"!spb#OU*͒_y8p<>mpG~qHOkެ2?c<C+J!g_3W6J!7VmxʪCNZ*<~̢@tqq80ޣYj4aޞʃ8Yx/ƺmGzY9@Y;B{Q4A8Iʁ>Vv2t*p<lӁJݣe=եKs'Np0WҧeĿƘsۑ=JƍT3qafVe4WzQ ^^I4W1|qp@D^Q]{$d&b5b<[VtW^CS[<1#xfd%dnN!־|nH@[<wdlMy+^mP̓"oڜjM^v͌jˬ !.'9NVikqRN3],#r՘ȶO0rHj&Q]3uoy#.wm+J(TU,#91]rT<^~߮Ҽ:6c̅?֢F#,lU0?	VZ<8]ݷL<sϮr܄6¤I>T(N)-=5p>`~i#R >~vlKvCPݩK%bO0!ΌܯgxÕ-G\SԀEKO;z˥~6=tPZ¡%^B,Y$hܟ@ oGi<շt"|cߤaЉSVQ))BG.Bi,Ǉ[r0Gjw;דd_54=CCD3[4z4\6#zu71|Jmݒ؊8Bl5ФM[Q:B2t:aMgHrhЖ\0;"٥r/=71	6'܅w`	^";bO,Ǔ[UnΝz`,{{#("pZ_7!X ٚBPzݺwŲ̡;u%atvj_<ҙ10Ղh,tAWFD|W54=m8P۽ޡBLm5՟͢-ՐFTz}RѯHTǵN=:g)dߓTʻ=\|-IFM;n\[9jQg+H|%uׇG1dOU[vߠuV.¡n޲b!T9\=488>42_$aXPԁFzB[Wb$`l£^dD3וo9zrZ->)!PPہjbm)q|,\hO(z%܊B:şWF0i.*W^(	/4=XU(o'S/c$9a}[ʎ%K#SͅېݺԨ6 %+AsƅAtщJoԉNr^. lKKa1a'9."jl*m;w_.4ATjPپؒa~Vf\M4[ޮ|AW@cTKd^gO3<>es$ߎod>%"ޚ983ڙKA"%+iG=N88ۤ߱n:9Emq1=(OY$P#ǲȖWʲaؠ_ZP6	^rK~:}ǵq]{|"TK=δt2 P.HԜ68K0CUatZ`ѽjǢЅǴ[2KZϪqc,ȽuZoO(˔&]{mpr.S|fؗy42HDԶg=?F(TF]xj%0 j^O6BI0Q2ŧlk	֙|טZmV_L
gFYBi9S%mgrOʅ\WYƯ4u6XPƊ` QgWzlfDz_LP;K=6&}Wݿi u@mOEICjE 
Q}тXw&UQ]b97OLkd~ºOm#ۦt	1Ux݀FxZLձP֜&|Dcadw>pFMwL"̵MEF?J}xg.cP
R[sܬ,KMbgGFPh
|ĉěuG<zN!g#lڱ(P6?	G/<ИL_A<xĎM_%v˪9P>)qש"z^qX}|7d^1=hΚ:c݈w.¨{U-+~GA7u vObl):Ev]P#^zX2έMpx`.8֞Nއ7r
j]/ߩޝy٫t}0<_r^ @bצD1JN}D-Ft?hC-"!{Lɚ0Es$av-4xs؄YP
g<66̷Uگ&mQ7!zP)S$B+";S;"R7ɧCП3OCM6TUs-)06]x\R-Њ<!!zǔaxX:z^+Y!^Ȱ$7QP
E&=9.NcyG"<N3aqp_}"O2F#h5t,1riʲܕ@^OĤ/τ \m4u;Yc'Ǎ<)-1j_ZC[tVIN̩>q1D&Ɣ4ÐIT@B$WylHNnEaRM!G	sxT6DYh&U[o48ϕZ@7*^ճYR>fm;=;(b}"Gsvvcqˇx+P$Vu2ܲUM+<65EیX	3ɘ{?-qܙҟh9C,tß%)_4l8S7%wNʦN'ϐΏ4x'pj'UOD*QbJAq$ϩAߘZŶ4<]
ެSmXb[b2vR&`Īl&!q&!3JzlӰqals!uQW<|*XKj0{*$FՒ%gN[pX^X;w%OVbDf	g_6,QtjVk>U/'Gٓ"9R8$
f$|=Xr[M222'cɖp.i6aL^3j٪"dÞl+vk:μ/1vޢbGZ_%܂S}d*Kp37/&)1B#-cn02-{˷`!rx%SNƹ72(b2	S?j=?qG#4aDZ[(ƒAm`%,=$*y:©,Bْ.hMKj0E#R=OB}f<PD';G'_Sђytؑb}̭Tڼ
@;"L~ۦ->DܫqۅRʷIac3_I~ՖޔF\u.#Hyh5@ڲ׻[0Nt[wՈɕxצ"x5r>3lf{o4BƺXW١*`=Tn.$y)q/|z3|Ƃ5/GNE'x3l%y|z6aF7Cn*v#E!٠ͱz!:0݄EM7\ǁ1GڵNPQCm<' 9Nr>=`U9ήqBOC^L+f;	1lUڭxьyʡ	`*R>V_6اj-ǡnp|وk1_͢^7^=>><zSәPS20K2kE#ˮ"̐<J!k~4y.Ya9;!N[B&+?Lӌ[lDŪzEHM'L8b.f1hVg<cS{Kܐ׺t/֖_ĩ%my)>zx(7V6:<uːCyԸq>TZ(ѐSޒF+Atfo9<W¼ϔviH>Ǟ
x4
KݥgP3\vK"pUu¡ Qq5e3vM?&?OT94ou	~+;g[<W,Zw{~O/ZWz?c# 2!ե$6-QrJږwO߲aDҬ`ҝZkxmҮ`%>۞τ՗/74gm21>,,كĊӖ,6XB|>f9ͩ=ھ!Ɨ(#G0y-&g~>n@9dqUTрz_
<OQ
Qӕ2ׅeU)qj(O+3mvBN_<z|v~ʭ%¥>W3tѨ&Ŋ\6̖C]XvDB5?˲{>BL,?[+<:"oɖp'QdfR}N6[ݙ>dJ7MC24tH(ԱE^I-/SadMC#jdU0Q,l͏ƚE	A<5]SO[ebײPc&WX'ynm	).Dqu~[(#
Y:lUXܩxuPݿK><4ABr3DFm}X$0ELuոu"MfH"ɤ<9V!=wm5:N^1nLwm,UU;#5͐V1-`ݙt=U+loوqhο^وr+J*>Cҕɇ%lc"{%&3$<lD>DnqJ|gmo,9Mǃ2uTmi'z)~<&UO{DK.Һţ3̴ȚZwd"Y۬j1FEH~0sKjp+?LߧVF-~qڀNrL,Sl֢a0a+="Iלb_Z6GRTlE~So'ptua?wEV"b\LL,=Tzb&(Ƀ~ У@|zzsb5%#FP@7XwxƳHq)p=GjH]PԷ)؍CE_ڭ6F@ր!ث`hsLϛ}	!ƑB1<(ݬ#Jn4ڢaA;?T0ΐOe4 ~Q`jfW/&AcExXcTE#ΖxS	U|NȜ	6Cgpߧ=qu6X\($;/tZ!_0Ħj4wOR65yڈI
1?1mw:ϳ/ S`{BիPë#A[?=4:HyYh|iLyɀ͂/{Zp?"ΑƯ~iu7ٓ-F5"dJ}9)(c})ʫAł(pvbcB|$NHk-FqB6B/]B84@\g\ppy۾KDHb;wc<N7		фyb)~W;Fbrk[h	CLoQz|_ϟkT1%GHVgȓ60O`;ȧT!H9iۇx:Lg[]S'^gn܅BU`w1ˮToY_k"23kph	¥,hhg?k2P4@;UOfܷgٚkAhXUל&ĆmT2Yg[k*.ZERθ'$
#lmi3Zr}lƙg}_ѩDPO@NޓD]0)dznRSF a#v7hgwO̒Je2!Acnb(=PBscxG!DSn8%O~Y8!ëI*SSצ_"eUdP?Ég\Įq'ӚPa#ԠؠԽN46~r~|pۖ*TPc9,,pРͦ=;P8n.__DȖL^-E؄mCܪR27R[sa]fl-_^u&-	_2ydCz*~UݎRBG|ȴA	Zc8g!&hJxYƚ4t۫w!0wmlZlHIYJ%ղbÈ!>*BHw1e)[(fFU>X\oƞi֡|,N9;-v"Rކ=8d9q}N(`68~g%?Vјx6L,%#Mqр4xI#^^Qjqmך6>âT,
f/@'d22q4"sIöĩ$9Jgr% A#%OzJb~&ǵo?$"(0N+QD%PJӴ3?ev1ȌKi5zX@I[K_ʲ}"\QW4i5`ȯΒދRFL#A>[bxE6/1rK˥Q9Gaf`+tnR=$W1zӞ(n4^Kҧ"+@-nǢnЮAgeue*-HLΚլ	_~*؂`m(ntT$ߨ"؜mIkwe̅7OF˒M2o_U*UH"<YKp_*jrƯcP'#vObȧc" "(!ò!K6!1}tY;\:|\w[!F&vS@::|iR)Fj65cv-i'L,Mǧ׹=1hz[#{eìL2UlWD?AT&kg׍ޤȋҝr#%FZ
N[}]:H<Q߅8C;i	[<%ʝgalL[>Bb|]yXӊ7	4C,".ӧ\^>i<q=1yHu7s2q޿SNNYGVXZ4/vIکБʂÎY֌XU/W"H@~V!
I?<[^#4#KH_BsVSk3t@a_PxԡLǜL?Lq<s^wY(YKvT5Ϫ	F*ɖdx_VxPIɇ	8B*?ġ\$'H(9ϲ4нʘ26Ã^юאq"=e	Y	ҼR@+m]$.ʛN=݊`EkZv̄/rC]4TƲ׺L/݊wz<8NY	6E*4uTBiќ1{UiUJHܤ8>1OdO;*@iy#L&4`xĀ-Y6a[\4VInRĪvt*(u'%hߧP\SLp5N#}(2dՂ)K^npS Sm+9`>Ѿ'2X2Y:G1Jn'vk=Fu՚	ȗYN6,W;K\$[7weUƔ>w,e`>Zhoc7d!ʄ@#1őQ2l̟?GÉn)?aV]!Li*aOV+q~)=ru9ۅ.n.K\~"#wdD5jܲ(Y\
mE{Ѝ(*vz3A48<Q|b$Jɽyg/PtVQA.S'ʀq$"=ԙެ	}2w;kМ*3)aַx~o2q3Ĩ/:DX(iiӂۭFݏx]lB&}՛M"бɕuϯo+)^gx&ȼ.t`Gu&,_;גx͚ ?3=-'hVZzIB13&Ȓ&ĎYԂve!7,DֳQ[0UD%MxJ݊`r=0Z<CSq/̹2,^ŗhbktdtUGdݾJ tyHFMnP4/X\afU1"ҥߣd`CN/~HL7ܺ#/o$r*I֤r
{Q@ҬRX)mrR Ђۘ[ 	4a4K'ÔaD֨I7i̆r)ZG[|7>?5b	؝,4boi6*'ҥrT3p0vpbahV}"%y:}ެJn:Xyq++'ޭDROiѓBo*:Zy>RW
()֞rh]ѯƴՅ>[uڮsdKٮWqrlT޲P,,2*d7ѷ-ѻ`Z{,;d~AF8s+7+a#Xƴn_ę\܌V8`ɽw)?ޱ-Gkl\PXb''n̼X
`OR$(ל0+(Ѹ Pwc+ Ɯ`oV$GRp=Ǻߗ×(,`Xu"_jNRƲ!e2Ĉˀ5`ci$:-Wa_č(,gqu"tOKmw#+Rĭ9UGmԑ
}\8ULquu+Oj(ۮvΌu?!+}=+HFW͋7L$J\LNVдXi.l4w(jciޯJ2/"DU\D.^(yk0gYj)F̑
|3wyaͮȭ?D/2ba sCLϽJQK^l{I?^`I Ԍjm6-}W	`	^Tt]W'QÐHwJվ=g^tØϴ$w	ow>^Lǉe׸۲ϯYsVyȝ3.,Q:*#\ѻ]S%Vl,ĵfŁLw!l̪؛*S8`(r9K 1APWeB_,-߸<tm=WŝK4wY$%[I-FGAtA>MLsZ&Ov.6A6G.=8xV5iܜzXeܖ7lygȲmyºGjT[ӎLC%sFį<ȽY$-gr~Wīl4ɘT_F\iaC/rh3(!xޑE#z+L`,Eq.r	28SCl)lͨCs16Mթ\\H&F7ވæ$zfلk;0>ʣ2)0˛NH.<\=|&Xq7AKIJYqVZӶϮ8#-J%<5hʶMp]3CͨlԞl(+DC4cYƜ=h3AgY.6١MQ#l<
m+ѣם0R!+ʤ&zxԹġ߯{NytKG8cmahm?PCu ןbB#awcTaKi= q7`u08y@S"8|wyi;vxC:6D{>24vWKQnBҪج6ӄ>äψĈLPԠI3kL΍2jдATýɮm!hE|8zti4Ҫ9!64ڢ_lw-Ղ*	Z.ϷN8J)7-lu	hXt8	ƻlۓ˴@?i@xkؖQ̛(yeL;2[3OS45I~karnyJ_Z~܆}{LU,sI\x/Vw*4\zNS.FʹE<N [fX"1ۤCO4V4$Ԣ<^}VxFmE~:mtĉ3ȠG{ڲ
+F'^L
DAx~[Ƞ+u:ǰ߸" R<W58֛]"ȋPgd$8'Yw3,o@O)Ʋr:xZi9yBFkׯOծyκ`qد^"OUאŹE4 {$PʿoCŹ=KԸU06eU=app˂ǵs_M1b"@P8V?LZeO<<ɑ)|=_yytިܫ*bA j(i/a۔x7#i*Ck/h]ԹW0-ˏC#˪6$st17:M	VXK+8cr6	OI;b/}<9*:W=MS>F?ʘ6OB9܂bϑHIڰ+%ԘsӐ]xi!f9ď]%e$rSܟXwnUԴ#iNH9GѤˊ"PJ^K_Tp3ѨFeJ+[:^BI24ES2$'{qOgI]17`iSC7fa7ǼqGE2D@_s$юfUl8#;by{X` ,`>{T(y:^96|UWg6}uմUY{vimg+`ޖU$sqAh/KB5ΐ?ֹ܃š{wp-(XNU.UN]W"cӺuev @=,
܆XcБc]m-^2/sbnbMJ;}ucM̥<ȭDpIӳ"MO(P[cvP872Z70'Q9UP+If~q#%%mx<XKZz-	w}xvt|39`͙#^G"ڣ1
#Yi;
^(::'Kn:=0o3Ī+[´֘rUK?MNذԸ[25Ј&ɖEUe0܉Lfe\`75mF!LJUމ[2Ǚj#ĭZ/f{Ȟjת4na={$;ÄWc2	,t6-:83"*_k}0Q$ǚpMn#AnCOa(\ss*j1|.DBNVKc}?_/6"65Pp&-?1γjۉ
!*Nb=së՞-XEYkc/(MBȧҕhɟފ+ˬ-rذ?;zO*٪Ri9 l'4VYgǀ5CԪvM2Xl>EL]+-ڧЪUHYaǷ\؂TW@ВF~L؄yM#n.jfܟ+`ǐ,&,ph-$H#@=V!r@ȩ3ZznP[JJDE]7ш,HN.	fQSbpa#3۱?&KHؚ8"5J\Aò^B_ԠJS	RhBϵ!j&[LkŻtGolkĆ}!#*'ޢ7WOW/%UdlڼMFy75)h3E$6EWr@_$53ZGYoص@Ev.k%0#ms7'v20DiOCnl#"c^&eٺ݉wqSkEIw[tKY/ZZpˈ"]gi.tHE]\/y:~gZ۷dd`/_Уq7=N|?x,I~dzb!'[IT%л;fZ#ب"LSy7ۺEFϦ.VeHBnnNt$'A_iJQG
	mB7Pڢݕf&kH]rqվ-&8_ŉ3҉<5D(d!O18kjj;28vCJaDfe=G/]"H~^x%{+/JA=O^@dJ:NG\5e#GC+Bmq)$FUo"$cR<_IJP,^oSgZgExʢfx OyRt]kKϻea~yzw_i4!!W@"rig_R"\e;קv&DFKS50PSǨa۴G_wQ}Ao?f}ogЭԐ
j?Jܹ݃hRʬѧօ46©˼WҶ(B?,5:ݚ~ĆDR_P(tuP3!CVv}F&olK	x[YCCnMa D`nv5q$KnrQ>,ԒbŠ}_^թl[,?d~Pk6@HٖB۞`˦Ǹؓ&L(<
m@RunD
/sfK"PH1p	ZO;"t_aQ[2V9Da2ڦq{=?SmudqxǷ:ق(:֮nՌJEU3mpynDgNi;ޠǦq݅tw݉)d4A5)OVٌvFVR*\
ЍB܉^loM:rKvqrT|Å*K}@φkaҦ[c1npۆ0)ϯZͷzEp=9Ds!H0L@]ȿ)Нd-U3?i##ȃhs,G&okcǲi^g*Ь825"D$xwȁ?Fo<i8R`\mE	{ȿ&ATVFBe߷\9nVL8<%}kcAZ%-VzMjuxq3j6>mBÑ,%,%G7+̻4({¦xٌ(&kbpX
	أ۾+V9=q֭N3(Ъyдw׷x1k\D,uʦH	a-@JimR؃hE,FGN?==F9̍փ6Ϳ&aϲL:T"Sg:#f5r8l9 Ԙi=41.<uFSBtF49a4zt&bX+	-[XYZ@շlIpcHhq%:1}'DĎmhaŨ`lQX/QLL3)tSdduΞðӆb:m̀C&8[o3Z4ߛKDƼvE/wP
YF4X6K!]̱},9HSG̉q8e%BtM&^z A]+}I %2֬RC
%Ɉc?\z^]׀CpdvpFMLF%bǿDC
jL]֤ߘIɖ҉B!Q.6sMz0xgdg'w6ϜRy#=#ڂ:J"mmiB,\JƅܣJ}w{8Jry2vƈ@y0sEc3qV8AvN	9*^m]*43B_,lZ°9ԔdTWܖK٠wB1(qsY_NLOTe\R1]quA-XybN_L3<2Z/-co$Ds"p*ڋXzd*{bshgǔq72_۱/ŭ)s~ݑ(;4Hۈ@w}It4 `72U;Զy&ĶjͬUWT#0/OBPX3&@o_*i,ӈ΅˕CQm{Q~yl_`,`аx3]!)s)p%e;Iߪ1MukTS[k2EĞWU4!.b	Xo?BM5kcX|\(!׊5icTpO_C>S1eàԷL;]hkx[lUͬĐGQFcշ\bfʑm:Ǵ(3ȺzJ?CK?uT7EϤ gjgZE)x)ա!֭}%^B\=G.Ƽ8x]Ӎ 4}%fj>^3-WޤxAx*.NT>԰	I,jVT<NJDf7ޤHtƎiR2J3.2Y.m0ioyn"6a8M9/
хʵ@vCXܧɼC_2\XABwmbQf3/u^˾Sd/@X%CͤOwH,à	~JMp{	@SRBj}uɺ">pOëݵ5DuIt{(YjEn؉%ϰ*IHr4ܸڟ-0@SOig*6dp~U7(.Չ]2|p
]j,[5¬fF!zatnE8-UYY+dڪ	yXHOvݮZPsFy"ߖ#["LZ	)_[*r/ڹ>24IGl=yh^uYXMގ`BeoW ?6̀xag-38TĒG>1*iFѯh,)$o? WHXOpA"E˱`hZ
su~~k)YjU8h0ԉ2s=ŅHUo=hFǣ$<)^̟pۃ<y1	Am@?;A@ϓ^`ڋ#!X f̡C u6-K#kѵ6^;'Nܨ!(ۚޕ:yy]%%H-x'MRBxAH)esVmGưY߸3lZ"L \hI]F2˦@bsq/W͆Ø	RIFCNE$ە@2<Xfm(0'=_Mr(Tdܝ,mW:ͩerԀw"9bn:~g(/~ӧs1%/v}$)ѿ)[`I|\վב0m__oXڹ29̜dfi2φu̎:Z:#DHPْavB,Y1R|fN>xd[%[IIʍ.^rߙ	]J]0U1[3d7bodLss
q[e]=R/+
E+ݽ8W=K1$(vr"ѼsXenpɿĲ\aĤ׭2BɞTڙjlsw)+++ׄגTsP̀¤f}nqѧ]ޫ'Ȍp	o8ѓ_5qxLȚʝDP¼D?_[ڸ}B%qF]n^EOWťDA@7C{7 _@g&'?6-FaW?QCOր`uwGś̞qd]@14+}SL#A͛Ƣ}p1<Hߖ5mQcp|`ҢțuQ+( Z`MtϘ̸o7@
6w`ҡr 71gլPM=ƣ[cZّٖtߛ
8X܂Qţ1M&}xkFvV
ζLx\JZItzˑzowpUoůUinx9(jJBIl~	)wM7O{ԻY@8)iևp]X_*51#Eh\c9Sα8* ?R4_dI&˾)Ƹ9938dY]8qY*EܻD8Ip9zto f`(_ƿތ:j@#=PdS}\;i_3oJf1ZFEӅ~VIWܑYQl΄'=H;9K:esv_\ZƋPм]F-07H:cqr!2[ cC-cgCKcQnWي٣p++ƃځoY ֮(?#";:U3fTo&Ā9Ie*YMȀ̬Ioa)x܆?@+^Pm<(o~b+ezJ`s2XK(?Nmq<"k=,Bx˳ϋ3֗:-M_$vE:o7]3r'p4/E#nQ-X/F2+ZJXZN
uc>c_ׯwt@@וj##ڢ9smA*g
ۺ^ωBh{+
q3qJ94+l%!ZOpI*@LRVl^Ȧϩm*/ͪ}h;At{y&ɳg̉&MZ$0Iߩ'"hܣkj!)>.ܨN@6TagP7qy./CYCd>:^$|$@X/B]ԊF-)_>KR4C"J&`vyRЖPCt
*=9̉ہUAuFo!XWi[yÿ hR}<=Þ$Svv!}l.	2`.wfR|7YYKؐ7.#ބĳ\Z{a$`J69u@[K(:n%R&*ӓUz?sٙ[3=z;-4{։=˧kdX@f+Ďnr|s"%jx9dCv0of}wyq<~]fEC|ѽV]R&̋6jslчv7L4l0P/.ez`ǒ-Z!0P&ee/V+i(9k܆nK>ѵIP.L(Jx;btJLxoSĝ%͘7թ/̈F3qN4Fyzi1"YHqk"{0&Vw@uCĆR@Es2".2Ϯb=@I[YvGK?8;p#-̕]T*0?8"ΧAnݬ91m}(OsRָҳ	|^Wrutɒ۠sYc6NrX*-bh]Fl۾Z	,sH̶ئ1^7+8^Pi}pf߸CȢUt"aqvn˦:%9T0ɤv,:eڗCJɄd 
'1bςt.XҜ;c5ϷmHH E?.lQoOKǣֶ*`[{"H~&T9v&ݩZ;;J7%e:9%.I=q8,SPDœ#U6	nɢcAmV&>ǣw !SG!d5,RFIcOl)u7TQ?	0)YHNíV2S)iUK7ǵ:aŁ)eW:ZIo[w&*8ΓxԚL#|B;LL~%Q8L%U00BM:hWQYDw(IJAZ}A Io/JpOR;Dt;F,saEwܙ,@1T[J0ǔ(ZghUR]Ⱥui-I;^r|TMO Cl׉*&Iǀ	ECtȍa<4_hA@>\axo#αo 1+uʽh΂
Ltg:*z{(1k^H=AYUO@Ֆ<ݖ`^J94#6UJo^қȼ7Stdl	srv|ʣ.XX:e*B2:s>(~Ȋ@{p.3fl~#aA,],	x}~bNNU۫\mjӗ$nө+;6)FLϰb6]CSq%tt%2-}/<PXu5Tt5'`\Fy9'lb5"	3<ZܥĨ2"hcD5uEO.@ʽkB<bA$5YZȲe.(d^)ۆ܊Ɵ
2=nu/%t>*2D*aI~~$g4'Ą 	t1<bD{yk(MIA{$(#(H"q͢R/_]!f*=7߻*ЂUЇ;Z,}&&ӺM	AI!WTu.t!/K6uvU-ڢy[ټxܹoZ
4Sw9-)ѬZ9ƘƂmՅidôĢfֱNG gZ Gz*G>[tS?%
};ssX;8t:
UuSȊ?mZ<
Q
eP-чcSWfqc|WBm 'J6@C9M!c߮}ig6]2мrZ.CDj.jɜ΄@Eoa I\K8qs/FXqPPP֪09
z=kyBMcE[w+]D]!W`$t`Е:m@$߯k`:5.0rG6`}@
D*uٸ$
YnU>P{]~OPaPj9fTc+<|/Sx"p:^l01]+DߝJW߷]#90>DY4Vi-`q:ֿԿazQ^yd=TWߠҬFtmZxС`9am̊݅E(9ՔHWBD@rpq·|G8;%u_a-A)Ǻb*@tx'2 5jM9B 9HZ&̮U[\p(KwM{hWuƠq?lX~fق2n
ӂ,sEզIxƓ-zg-y}6jNRRܙIHv
Cݬ֦կq܋~VKhȹ^
}rZ%tNJdqY3%ؾirk0E!=0 Jn	!>ji\hc~u*Њ{0p =lfpGA[,F?AG;.sZw&m"V4WoA%8f{3(#G@h=҅
p)Đ>:*5?wgAREFӛ{`ԇDϞR5+BoGȆÞ@Eۜ~;ƞ]"}FH8>1͸!hxđf:ޔG('Kר>'j&QQ,Xc'Cfu#{ϿSݣ~:.߫aHϰuȯGChκEG~^>|wʒ3θ;ؖYU2A^Q̨	4bTrD*6W=+mx;Y;aBB-̟i*d<e6Cf*T`ξݦ{#n4µ!V_hkƵ߄I{I7`@y*Izfr<kT˼nn}Ϛ}jp
E:BS/rPb=tփwЮs&$@Z\1w_3IχB6\׊Q)L;)֤{
ūkFiWC&4U~mGZ(¦2-X:zԟ|o3~ Ne%V?]
LDHQQREe9Xu
B_oE+rZ*ri7D]S',|e1ͥ^WOIľ{XaYZ K#Ɗk~el/sL9(iLGǕyn0/axy7uղĖg&@wվ>TRe1WP;T?؉QwUÔSJFj	܇ :&~(tӱP	!#މokY5a\@'z#E8OŗrBDL8.,/ą`'ۻFE)N"E^oZݓwk=0W,\

RZ,6|hӚj)Ԋ}YUڜea¿ttE{CvRAoIReɿBk=
c^RY,R<n	C<G8.%բU4C|6ث0Xv֬ӯq^X$?ԑNۂD@e_,˓{PL4=wZjc̇ȃaD,fuɃTd	9΁ig?/]_=unbX9jAE#jZ37SNg]MAs޿x#_)(\в½}1)&KrĎK3hZy$Nih >!˼bSdӐGTmyTޒՓJRwOZSŅU!C˥=$Q1]Kq]˥tÃW 6,2{
ymqa\ǹٍf%z"¿
qI5C^\k~a`);V}`5>|Z\Z+9pȫh_f3nӀ
gHt/ك~m.ϗ7
;J`[[̈ď̓	W(nQ`~%Qݥ]/˜pq9zsl!?,0iq#0"w-ǛP^1ZXCB0TLì#x;_
@Ze789Ml_+	EhzKR_ʢ&AeBvX&9V%*?J:C4Z!Z>-*֟BUK_QY0LAr<%)rW97xI֦Co/0!ΏғeGPP`-%`α($^q4w=a޳2nbo/yG߃e5|"~`caw`&XWPW/u6PaN?:J?fbqQ+M'e	
eEu=?kcIB)h!5c]9-#%RLM-JGkԾK^);$`l
0m!o@ΥUSo.+ɦ/nrPW(WXI'ti8OA~,xGh!0 ]`%($=N*ǫ4;^9'A*MٛQ6P;φZ"lVno֕$%ޙ73ŠUR8Cv0M~!f]Z:&UuSA*Llu7,:3qRpGQ|̈Rf<YPS
׃wa2.MOƧŠ/Fzل]Ol.Dc}a3{ $+WNӳG|PF%f%hTG&a؛]#6\~hqe\\Xt̃:qrU&:MN*^WӐlQe*NM]5$c/[lEJ#D[q.h\BӲlK=q.e(0U9+ZgƧul3?˪Ojzt!k~:|R/Zȉ7>ֈ0!~~b!gŲm6{n <fQÝӉwepo϶,%̳15]߁=Ga`(U@
ȥ,à(P|<0	iaaT'XGؠT@$K&~e3X Rr#G*wWCS5\Xxpכ_-)1Q|YX[ϜOv%9AĠ#$NLGT["iĳs޸+V@$k6?u9:2Oe<Xhn?[&&H"]4Sy&xN9{^,gf-\BUJ6IvM bďyN|!D";ƐUkgoybk=eåwڸdjm'8ǠK8"%h݂a,<oH+
J҂JLx0{a)Z-y'2l5A?]aWOHП_Ӱ.ߤ@!ep'̯"fdݣcIyɁ~ר.tڨrPcED}Ӻ 9zO-=·}	ߚ˧GVe,Jl#A6zg7ic7yDL}$:>M:K&1EfgԠ6HէLBYQ4ѕ]^a%]xZsE4|HwM'#$IϬ/M`g3{t>Ԡ\s\.q
_ӵό)7bOռ$d_ޢp"Ԩl	v	~ˬR/ހ4=ņUd3EN׵Ʃyw:@<5˓PsK|*<nAa8s)@odɜ)=G0ͼgWzoTx/xYf{~ץh85+#Uڬ59lSM.d&KaEJ^܎-0}*;p;SS۹RGSf[]ڻQYw%vuݭ)*f,-F2n_îe;.HoD_ɵ[Qкlڎ3rӓȕwȊױMi~k(A<+"of˚ĭeRf^ Ue8@h{#B3~U۽Sp#ܝ]S+ttH_
j>W(
nDh7~::-Dq̈2%d#іpÔڑrV.b@FQdN 2Y/eKTM7U=wզҟapxdWjaĝbʪ(VpLvRZh$|V<ocH^sÝLCGuqoZ)Zu RgУmfbҎSQt.Q9q=9eܻ²:Ґ6c~E	[7ǕȠƶ,}f;KQr"+Ș_FT:Vƀ+aǮ8`T`ADm#i"=dݢl)FDN"NϰuηrDwRؠfw@0@ƅ#ep|x:מ1o΢OPB# [u]%5ADhKaw:B`Tӂx><p*A42>10/ۍdƞ9N)Hz}ZO[@Kf"TH6>puL;h<c!ؒ05LcGI\{7Cb\z-$,qȎIT8u44xOXv$u?@TA,܈ܝ|x1MH4Yx!ՎX]n9$J)B]d/rg~z͹̲	.ęUߙ[Tk+:CˮTfRػp#\>ЀB;5$9"DB1Qw`ۇi^G/%~ ̀>@؛ڀlR˵8b6V+vZNij\ڥ^1Hٹw׈XO_bĢH{0ɽw<XF	McǴOZTMGaѸl' eVו%˒kO:K 6'?@wPOS
t<Ļ_.7d-;$U!T.FgiwΦ>6Č
li]ޙc<^g	@`{C"qhݬ?q<-!WjXR?zˊҢ'@HWLX)BE74h S h~2]IRZf2݌жʌ'FEmG!w|1vƫ>ܬz|ɻT4.^:#[r;=7QȠJ^ă*ō<b%^/cejVG^hύ˴?2v#;ߗa^k-GhY=#O2zֿA~ܳ2AdxՐX`j{-U1!DJEݸsu͐Dϑɜ6nݬثCrGL/lM:@!Qf°dEPZ)YEy*
XУZ޸ƒ?	>cjHA:~J|=ni5sĺw2YXTĩ9wkKuAm	4=S1nT<ڣm]6zxG,Q2	oC0t@ڲ$:fBδ؏1==lAL"`}:ʀ1COɤOnQ)hÚ 'V'n"?Ϭs88}gınYnR΄E;t
p0_͓c"ٺߟd%DOdsFs'H,Ō$|Rͨ~я(YpO/vz|)a5j=vS5.ͯw_݌"'eǓTmś؟w(^Y![5&J(̪Uҕ$P·|dS|4":ئr%+`J9Բ1)Ng~
L·d-n,ܠV|\qGΰBn07Ǭ6l 
ٱiq#^zLwj:YVsZc7C^z	̹Ijyw
KԪTٵ*[9J)QّC6=[:ysճzI]Z{]ÍD54$fe2Wat[4#%bݓFGdRV<͗VfF9`ێݕ	>w@"y?4%)ڇyj?{ΏSʕ]knI-	
?qU:`>_8<(5Yn:ms
iq>c/r?R3|Ɵ:̒/Rֺ,5\3`l2&|+<rFI'ORjz#8eD+T(6øosň>P7`mK<r37E6+ѶZ^g")@*YgݹǤVXJ6*'UfS5 pVi"'{.ךFabwj7ܓ:v5׀.5	&<ybE#rI½|YOjQiy"zE,;o:4>js>܄Ͷ2O,C3Ͻ+ǠA	
JYYg1!!Zp×0̡2Y7z1ҌmĉrS\ZEkLɩU	qŰ=Dr#<<kRUTPeހQt^Kѐ1_ k Iɦn+5pPіsɕ-sO7Kt=P_ǆ]نǟd3	J?}	_/?sܽdڔߥ3!"a;ju}˲S~'{u#S&D@:W#oRąw8sD9+®dvPR^Q?ȓʩڴVǻkR#4+.7Ʉ:z={I]#׹R1WcΨNn6Ђ2ONW:Y}!ߴ}խZєZۜI,Qv=݋.$Mğ΢!SsBA8!LH8oʤ'cl<:IR×x_ɈC0=޽6$hZícϡfn¤"̺MoMdϬu4G|V,P?KQi@~]_ٸ˃e	~۲S/FBQN^,az~B-uf&~m1Ƶ5e!pjika4eF![|XU%.j$i̇#ԙ̛Ua=n,>ԓЂ4 kXԄ9˦)9^ʰdޱzCZb(8y](.̙H;q ]ap;*RǓnaI3%JO&.y/&#wξ%׾mÍ!E\{$]Xп|*ѯP[Mp9^y9L_~)Ea7bQWSC^AB\q׷V
*49&DF,Jcƛ427/ʢnbyrTqy,TFÌrz~:3nT^(9̟d8ֲ0$_0^LI1}	[ÜYIR10mPa'e$S0UxLT[lrѥjBV|Z$4Df*x)8wSRnkCbnϏyзAq{|M3G'КQ	Ig#W$ױƇI]WĬPwI_Q2֪I[Eyiɐ,|:g~R1	ú:WrE}1=|Pd-S	w~̹>##Ld*r|1N҇`^;7*FxTP:p7=-N8Yq'0BF&oĈu)\7ݒPqĢLJz?-azhiP;SFs8.*,7|Ћw0,[qH1D0FЯRYf6f,uhvtQ.۷e>R%0UUOx3ĩB0>3#S?Z.ކi~cbБ}$Yk)-҃6v3DUU'ύ^%=)QMpEF`aV6?%˟>t~?c˻9unƈ0@`ȒޛEzޭIg %{^_@q	c
CFRf-x-!ʹ	#n	Edi%S+Xvl#)=ѮC`3)lbLۮYlʍY؋shEшWSz֞)x0ͥT<rKٱϞV@0F8oòwJ(UV.+)gەJ`!=ک;K1^KZ 5RY̐50h%	V1L	Rgm܀՚EBKو;ȃV/a,'v9rC",f6@4O!g&u:)]A$ ܄vG+~:##aqF@8!BWx)_\tTeȶ4hވpOy`Ҍ%άC|@C`	6clUKáK	EfVP[5JDCL+*!8s:?%\O9H4$u̬ցǏ}ak!R7߂+3(DB3Ջ׽n8#03QL@L/iil9Νe'T&?)JQݶU?33@zJP.J,Ydeiu/ѓOe{	CB!5>ճU
IkI.RAF;ŕNikoS<۱foy9b
L|}Qc85;N5*uux/ʞz0aaem7cGbF'6|v+$\e(ݱЗ	Y.r`ƻ$AoaW!Nf/(_٨ 'Ǖo?kz
IҹL6Equ50]$Ii*ͼdĭJg|:>EܤJa͛U 7t2<29&1R,"u&;{4B7[
˗K;qGپ>T:ҩO0uS\uVB8%Gf2biSۿ4$2Ώeˬ+w,SϟV'<`ܜ](l~ȼ<G}+Y5'uy.V?YFמ/Dw@Uۨr>
dkjݯїE:yCcw5q,.JdKX?>_l\mGb'en:56_>ܮ~*ԃ$x<OF,i:IHy%D,	'N.՗n+ҟíSvԊ%
)Jd5T_U^u#lX6wHè2:7S%^C7zI]j+V>͔IRHߎOF<I$%?!dκ ůbO\G[q=|Wڈۍh'$V̒XpacaċŴrY%O?=®JdyRǺѬ^pq)|Ñ:Ɂk2Gi.pC&ǵ$@7DڟȣOFs`N0]Xպ׽8SOoŽYH5aBşgK	S{5lјsC/7Vc<NmHrə,jZ''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25879)))
