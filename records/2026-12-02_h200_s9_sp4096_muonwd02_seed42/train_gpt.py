import brotli
n=a=0;b=1
for c in r'''߱l`/rAؙ&߂,ߏP&X ׇy0
PTнm֢PG\t,\B'iWkC.G~إD^x)H!+Bղ8Ӥyh]bʖbƼϓK@3I0ˍEGCJLyv)LZOfD]htXcg-O86c?2JR"}*Cy';c
Yf*-Rh[CZFLJdaԴj.
-?Kaxa˥o1m0ˏ9R ;#
تȶ1E_:>̤͒Dd ;*#8m4cNWiyZ\`Ĵ)+hegEX)c<{'4µ=ܓםnkfD?.=Aݪ֕_H%DMj݈:&̾JA>FR 6d_1ܝ%eݑk\,VʄHĐHDѫH&1VvN>}0V&#bˢ6һpa_Jɺ~HlI-dT ʄq1¶:J,M^<M	=F^"Ȓ!caf6%qE-ۛ::߁,4nرiV@dVGQtoD+?#J1i!RaLW_@+;:->5 $"r2ֽeܯ!0*T	'KTĘ4E@W):	u$Aʎ5<*}ҞfHfI&`E0qmUЄёxN=bo-i[3M.4Ql9W%yHzmYP("d&`8cgJwXb|hYB]S\dE_|(4A<ͺ:5K0J0U1S>1ߎnTȈݡڞRrZ6[L}zҏϙ̊	OIYލC@mߑwq45gD~NDCxVu7oMѶM *V5YncC^\{6o:P+Bl5_WnxU2vn¹V#Z@I|¬`eIW͉	x;"16\P jgS{[ǡ+=MB*"ӑՏq8uH_>ՅN{j2lb̞F1ARFLq~e%R_lcK	Gك[+PxֿW߫\6U.ʻDZ&gE#38tŦne̥C8yɚnTjSc\lmL?`֢GTR8޻u](!YBs,zN\/sKwN!vtu'|6&XK@/ zݮUL/G
Б-->}O+J(Ξ8d5U!(!%Dh;=ƒ(GHhӃ{";8fY7\Yޢ"bE8̓x~VP+48͋K"o˜0j_nYsstdDǽtјkAaG0%w)FJ_٠9
[ް׆[КG ,7VD׉*#|

hu6ME+Iâ8D۬Ѣ<z]AZZ>JRRe-xH:I
ZXӁ(!'v¡U5БS#-įaVxi=ז4i3ד7ٜO-ɚ +2S"DqL.>M2r^Ʉf$/!kdVE`S6\>UKϴ,n=ԧo%pCi(єJ6ƥYw6{unqoHEuU$@L0;(')u._c.^ńPby/'Y6@zB<pioRfG:KVGAITĨ$V|N߷iWRhV!TqpUߞj(#~NK,PɁk?3ۡÏ͐eoHx;pؼ{ajluK2,/[o,"ȢUapxuxHcex'`RUnOӽl>x<Fr3n~Zr^V':p%;8̟,mK)e=ߌM?
BWS,qr;c׳TjjCلsE@z*$-?J"޿*@؞SǢb.Ck{>
acۈ,D6NT`)Y$fBg?qqɀ7flVXImrk6<:\W[%,ʊ?#hwMFդZOGԏЭ_ʬUܗٵE3ETJ.ӍzJlܗ455Bź6x"]AaHH1bF^/2^:C.4+/e#mֿ /4A;ϧǉ	PǾt>_W:LtQ(܊`>lo=vAXAگҹ ;jA7T,%QW>AxE<(cb?TvљzOWa~Qv!5 =Րb<:z85)ٝ.m!?H
5GlY5CuLIC>{+u[Tis`^y7F	n|wE6,	^$)60Oe΀c*ƲAnԀnøksfcH_6cPd/ȧ+nB~9ȶϰvy={ԴwjifTڏH~,SQ8^GAxA76`5ߧHÏ?7']pA}ԄF#"xylsX<̑
F\g~mc*1|׻57Ş{6?e?sE}xWGA5soVαHpIft3`QIЗ;o\~ǮfʿZ!oݧa6Rv>F#ϧ{NV*Punz}g l"iQnNi\ySu[-[+<D#bRubV5g)/j5o݃!u1LY&{k-}mBpTV.z0ikLBW֡/~3-А7Dr] ԤHxKHP5L+kߗ1:R-IFOaY2̍|t.HDgg!n@S1(Û_A'˓L˰^+J5!nS&3lN	Z)^4\dzՠÁMSM'f_b:wIBU_
0>(U$W_xAUݪi*ېAKqdZ`p-r'wX6pYLt[U6~sO
uҜA
rPGH?٦([WImXTj*C6B0vw}	Y5iȶbqn$*]a.*,4;?p$n$Q3H	EFq${fz>:վi߄B.@MBE%^hɷ)ƞ8?٩XҤy20ŕ،-Gj55Uidx8<θ34i^EYUBI}Y|OĨ0BpHGhF\!j/,)1;pkܤe
֏l2,SV8ݦQ.FͅxAgQ]kwW"ܒR<6SοB[n
,RptlqbնP_ٍ=&@,tT=)(\[TρQ@<fU[hmU bޟsZ0L͜.TA7o1{'BޓǕ`1Cۄƌ0D|͟H'6\0͐PfoٔHIV{R|QȸG#U{]CvӵTe+	X?GcCi3r7ycfˆʠ*0nr"{ δgP֯o4٤fȀ4e>LҷyrIeڮ?YXCԓ݄LesHpDn}[}.P"6*|ߤ2Jz/fʳ0yVH4Nk2R7q=L_Yc<|`g5YfЎMg[[ӯ|d˘i
EͰKkũ<C|r	_	mwܢ&k,2ˇ\މ(H.t\
BR$FMUvךWnǈZmĔ$.RΘ}ww:*Lŏd`cHi#\>{l/}H,>-d~C&S͎xh)D.=AC_Pgy?6ϠwY^l33'{҆9`>VHrZ=R>dJ@Ʊ
wٳ IC}6}Am.?}BZ^:\~dv@i`,{yM/dԼ;(h]dRȟ#D9lىQ)?Jd&MR&mQ0kۇ*ߺ9U:,Ri"/oEد-AR	mA.;2Oz.̩#؏{i4Ef0,dbkBԵ{lɆjӬS%l	kޘ~g2q	%=O%Y߫]eث U6',mAn$}|HnB 4*PkOGHHDk+R'~%'nv1־CZtYW9 ]ħGЩ_8wrA'zʲ"6$"8;JuR_ќ3h	|29m%f:z0-փ6ƷMݝƻwgi"	@X,ܚSƷzU<":WLkS t0tnW|cn==O>^aCs+UC
nf՗tnJE52:opGHp3-ܓ]qſZgwBޛVIOٽ;}>DOX̒MlCȈ:T-)6PKRjm3 >,Ao\7[!6f&f$>~^~^ph-̠^ϛx;y}8	8c:2n%3AёQPdX*Y{1iJ}"$XźWrtԛGE.֍e)/3o>	6J'Zc"3(Zԣ1$߃aw*ˍq
Ask0OT*3wZ0W7w>mw;l#NWtT	ц
@s>,fv8@o˒CRxR+3l&N/=Ɯ-BȁO0F,TlcZΦ{;޾{qϯ'-`>ߋzTxJ@cEbtmCv_zR|ŉ4$ȥF:~,՞URE2hZGN`T%=.!;)UNL2[p5{ NȜ2o9_΁eC$ZD!
/@ٖ{GqEIBz6D%/^À<KCB$s`uZۏRh+u<LQT޲TГvMֱf߆w[؈׸ϋ׈M7P5rtjsFTtP+Yl`.?E'"ŭ}+|m5	zޣlŉ;g"1`ǮŜ̙.#Oz(6M8>ǲͥ'.jt\_۶N1Φ1_eAU݉eM6^wƳۅBԭ^%JE1f*_I|ķAl,׫6ɡ&4бW2@j٪ƭCK w1IxO٘%D03M2)-Jͭ:Nd&fw)[>-(_9uP8v%YW܊{R@&U*r`B,xVv3lCWf2͙Řʈ[~?m5]?wJ}A\"B]zݰܚě}6i $}> ױT~	U+$zMQ2:u!6r;5q!_ O5Ra"wo_1]c̈́Ro*\BTjB(+֕J4ߝwس&N_((3_y:phx}|KDH$#HElޅGɌf94.жƠ8ˑkс+$~rHykAy&#u/tF9~BOԌa۫9͘åV#l<aruB0Cfìܦ@zM:#*80NoiֵES> >nALc3{Qy1%=qޒDTB~*޹hخtJh\rvPoX_Uk66uLd2[E%
o:JT9zͺU^%6#V	T96!}˴)scVP?VNn]K0<y5_-sMynwнŝ5gV<8u{t^,U e:,ND?nVA#ӍȴF&Ũ1(>[Ho#a2^m:ZǸW#MGrJ]ڨLϞ׉fBjP}f]zB5Hȩ d<ɎWC0A)RT7Es"$ճ|.0#ET]yƯyȱ<{6	өÇHԀ+w	G&:OW)Pr2,W80ȕ}P(eU*M-mKHxt=0k>݁7(8ÇUmܥ+ylNh"!@LI63>tŏ2L:)O-/{/([HJ2_8;  >1O:֘t3(*=UNѧqBMZ	]Fn<6ΑP}΃P;֋-8֓p	ϵ])=%t:Q.̯25aL>.qI-jdObL/ځ1$,@@	T/{ѿX6pڳ$3"Y6oaM"=ueBXӉ]m
Vb1Jw8]LT.Ig"yP"S
˖a~4=coӪsV0Ԍz5+N_A%OҦ^ê|:^ʛƛ&<۫2&6dj>99Td|խX&c6?Ɠ'&iT" Vjcn=t!<o-f Y_b6e8ce:$2q-+-G2meL4ģ?TF}%]97ziN@csY$Ѳpkڳ
$dxnQR'OE?C{e^W]C}V~qaÐk<̬̬5oGx!mª,?$+M2бw%0Y@xeıP.[Tüe3QrEA2Oͪe*:05rST>2*\ZG2fJٰD=]Ԁ
Ծ5c:t4:F[RױʢZ/Ļii>%0eTn1D6ǵj5L;n,XX1&ŝmUI(w=;qR[Vۘ7Dq\D9:}~GOiGsaNĲd@Pjs?0?¥y\2½۞@@l+2N{<'{Hrcm!LMbŠ\ί:fk(H%9.C33[W6v)Hm6yU[hs!D!`,fB#Րh*ŕE/</p3QC|%Kм[+~Tl#;k}.+`ڬbԐ^!]ġ+5k~ۜY{
	,_Vy|K"}?~XzcmF*!>wbck֌9Uݞm>-C=58;Tvc*3G.p͉0=lQ0H<kUj+WȆıh,Oh`ނU) bܻR*uւކa?r͠RB:L7RCaT&i%2 ID
lU+#KYgy=LK{F2Dh̘Ӯo֒]I%J@R07hҾ{GisY,ڞo9Ζ$u7Pv̼)#E׮`]Xֆgyi\bo7&DR3܅GVŝ=~Sa)g3T8.s5ٯjwɍ|d~:(8̄>GOe{#1&Ip١:m&N.+*EgaM]A?cŠSV]B</2?mxܶf |
<1Mu81$?/Dhn\xZ[e/?$ѪJ/|8m+WMƔwTXq(]W@(	rO{S1#tqfpw/B%YI6:~ʉz%F%JUB'33α%~UƟ	_Y^Rp\5B~Q
A{VlqU\&Mc~s`Ŧ&tAKmeǵuAŵ(~
zȳ}ZY8!ݔ3j% WI1;}11oE=B¢8<J-W'N,$7]D\0V[Ñ6!<t#JZ[,!\)pILsٹA:YA$ϕW#jδj}4+`·48b'ǊF]2;/Mڼȯ$P0)ug;^5z"E*MEn~x\4	*CpV9əsT{~,`!܏zORI!DW!ߣYǊcDvך[ n36c*8VCtk̶htSP=0=F:p
kpyڃy7.oì7mpIAr.KmٱIKٍ]ߕZ?,|=Nѷ#wri|h)n'L9aWա-A֢'ot9Xu۽hf6<m߯-l;C@@HyַU(~LZƖz@fKI*Q&+K%0Ϋӡ.pW!"ۏ|vPd3~Ϋ#VM2͟rrIsk-L3y=f#+I/ߎ!jYkGNܠi@QKGujq!GE8v(,+ޫe7ߗǊlEwsS;-N^j3R*eEo7.Z*oІSA<P~zx^˯D OcSDtoF	D\&+,bZeό\Mӏ^ődTLF4Ʋm9K@HG(!yO?˸-\zP[@Щxc#Sl]}x.özwMTɖ</$*uIRקb:3l fՓʹBHG(4׌k8jS&`!Φȭd6(lKqhJ]f?bVYOOb*|mttHQ/Յ"?MEǛ~7!g 8iJ'ʥ}FFΓЄvڂJF:ViM0l\mo]ivR@K1 \=Hku.+|xp4
VM`whXw~xZ9JNÁ0?ZEi	M-pNg{"I'OX:#Ͼ+7K0xtfϋ.f
ewqЎ~̤©/ȿ
>s:Z7gf}b"(ԩQ$,{![+͖4~ܾgteN	إҴX6B#(d&](#'eրU&\z3A7Ej*3yx
ڽ!š@̤~t^ҍޜW3dU\ph\G:!GoC9bOLg׭C{kt@Fɏ+EZ*mEc-&XPt
nFKBu&vϹ<TU>ͬܷ;#7%Q
K<Hjblƫ:E"!}84^,dəVݴnݚ^!5@6po٣ Vw;+0~Hn0oeh|350I,K+	).RI|%K#[rl~^%Ƕaک͸Pyhūe7$3BliV}DŇ@K6DV/_{fܖ.6<B"Ȳˈ:~P+sR?B6]M@ڙ_iE~+ϣڲ2YwE{+L״V3ͰVZW)JZͣNwY9j2>r#ׇ*m?bRʸk<;,RDΣӷ^ʷд3oνeGyDHB3gI+[K__d`g~ug~*`G?W*X'tp&}gEF%jGݽ'vڙq/n oe2OħXpG`T#v+YumFfFi
RߐEDPp/4Ê!43[1T
µrȘ_lы)o4pݤz.|۷Q7`CT׋އ(J	0Us2OF+Ī&NZM!?[h/õ߁,UF[teR]<sdubsٍo"m6X~"I:H5ؽ4M?ZE:ͺi߱^f\Ҋ̉|q;Pza&ҕdcԌ,e˰;ACm_F/1/'jPi|ͥ){Fo[XUEgH7ƻMҩù1^:8$'.ѧeFJ#xyl1;L_<CLL_FjJȦ9Jbя׻'~vT=ZՂ;-*5DlMКFΆhY<
J5\vǽy$/N_ 5%Ҷր:J,JQy#F://?_|XSQϏsivhC6?nrʩκȍNm/'Ρ*cىtU!N<ܘ~M7[qmi4ƿEt_t7>ON|϶S.U=n~Ѳ<1jB%ns~~Ft/%x_K+/oafBH.f=p]`WպJӀDIYFu'D6RG_:Ё8nUISZǺ7H.HfftK*TiݮZs<LbYg=]B#i" W7*prGT;gָ
!;6bZudR~7VW>K6Ζ86l~qB19+Ϟ6),psʋl
4@V4ڽ̹ZhT`ZϡL==Ei&(]o+q( eڭ0\ux
ǜtjnP13:ELي҈rkQi4nJ-cjeyrp_
sأD Zym۱{?&@ʮ-Iluq;_lJ;jf\9FxK<Uik	°.o	5S;cz)+t>>LZMGmVmqWԐ$JE;9bxt@9;Fʱ4U"kNKOͰHq]	[_Q̄Sjtʐ^~ުo[ScرϞ?}F܊no)V|w$^fN_oqiH4u?ݗBsbSPc	!w΅n*Zz-g$֞v]ErGbG28"97H|.:Oby~Ԑ)8lP4,&leqp\FS6|w`$>Dk,5-u՘eU DĜ%m3Cm2Qiځ_y1Ź: 		jp7Ey%Ak(jAr	jRELoKyŹVνʅA{@/iĨ\DOWCf,'̝hyɾHGnz`	/U|^ GC۵T΅_KRΗI?sV }3g$X*5ayѕr$=æVٓݘ'=ޤO˳ѹ8Y[g-6PgFf),o#,%^<#AOQ9+p˫j	^х$ӟ(	zN[aL	>JNvvL9yCĐ9ձ")J;Pُvı:>r+f0c}*[)~jx<U/0V<êVX׸@+|zZ3loF+<YVZ5#sjAVy3.{pzA*0m	 ُR!oȰz9W\h?V8.z.
lPl٭3dnkDDSؔg>AADJgSݿZ[ц	rw0~miG˙λ;HsXC04>3I^9Gkț'*-qi V<VH)&!.`FERB~/N;d#KbK0oEpgClC~]	k@]	MNjnx&+U6m&Dd[y$ڑ\B(_|>ZD<WR-Ei`Ц8Bkyr]RjdEpB̏ߠ
qQEy	lϾuafP[^_%n p3mmD`v̼_u՝qn
c75\ћδ4$1cyc]}۽GUϔEܚlruѥ2ӎ˷D*̒^5տ.>4Xba=Rut~#'Q<:DK!2%pdhfy>{_{/O,mLlpq"u#x̿	"T' (8:Уa~&N}hؐEdW{lZl!ğ]+<i_oJ̩`5tqGٖuD9gۢn*ط֜SeWԽ`A? W׶)<P!ږlߌ/(~<ؽh%dwW{ר6őЏ6#@7%bkc+mo8H4Jl&ݘŃ
zRw3/ڷ(U:Kڍ|҂(t1&UT<Ķ:}^>z<b҉Ӑ|҂%SԨz)Ou܃]ˢlB*MpQV=VJQ(3mb9t;4=td`/U ߵnv@!v|Ĉ8]:W^7pm͹vMΟ/':.ݻ4CJ1G*Mު	`a_]QOVn|;9y]z~sYNZTr1Sp3*,lTum!M	=sb;*tj<:QGW
85ȡgDكDaYJfGR%ZiͦIT]I6nC6ny˱]Lk@?E00Tpgނ"ɬ)U<x\ĈvвM3ufưUvAX`wx)>_HYL_pRnC]0K~.ݫlBvaY?TQ[ŒAT5smjn!I˾wI'/owД?dlX/xIܝ!8&BKA:@#qESbV)2aVח7yFQ~Uː"tӁg
T"DM7ݴƞkMAYѿmmg92M%RaLT8V-K[p[޺t.`ݝWYX-qN~o..~+ Yu2?_¨a\zhjMl]V&c"i_=3F2=^j6KFjukѫӤf$:ވ
2בnI+G[tr?8yrʿΩ'ͳOPø513tx9rD]&lOfwU#N2Ɲo>Oynd4/]ݬN<޳d[4'/Xsmzy׈yYؠLn+	o$/g% t̻L_Ӊ(af(!@}*Z6*9QQݎ~lyũd@pniQO2Z\%?#6D	ϻѲLԸ׏f HY̵[ޔe{}{ݘw51D@>r
<y1^QOԪD4ͰYVl ȱ5]tآ-cޥ!MVaԀ;|	u5ƜէQѤ28.aP֎ړpʦ^#	6Jߞ<PKyf.dW?Ƥ@`n4Y:ei/JV, ?7`FyvVNY%Z6\`BvԳA=gO¡3`XD!)q1w2hX
^'KG*N;Kܥ\;(U=nzu+n+m]ƈ4,So=<Fb3v8=lp%k/ԋ,-~:нCٓɪ'[)ia&<^n!ـְGΆŚ7pΤ<Kqh͎țERrلۥ)p$uiNd$}/x2;YdXKfDrQ^9NL()CS#&6w0lЍ˵EcRdjZ>64K~#>?FX̷-8mk;"#Ω3.ށKɺ"N{AkT](_7ļ{3ȼ1'EcoRR{)HjI">ƬՀMUc<kV4xHyŜÁ[76{VRzc@1c:֑P^z!lw1~gCo4{s-.Kw]	hQ?*^o4teL	@MkV e2SU00(SeFk?TQ(iZНN?ϺIkà/lDŵR5=réNIճn~v9dw`g)"zZ-aE8Ei߇AKvݻaC^bnWQ!ζ9M;?+
suVi{ݞS>yF;ZuzP(ʀ>ј^q0/MgͰ٨X17ۊqkՔ-FbF6|8cse)2%-l1k{˚~8F=xͲ~BÍI"
e35ȚznhJMT1h̴4_yb!n:iŊN]ܮd&0ZӃmrkz8aˈbOMLBYK(M6Y*Ćݳ|";`[z+9RWl'@CV۔t
×|CF=4:{oy}N@(KL{8-ʅ}ӗ}#PWkX
°_-#ȵϾCO׋0'p{V<aA4#G0P2HcU!YJJ	{H8ey$x 
>1h7)008ȹh8NI
LZȍUd%/Q֓ D^7vނP%,hY1O&͝/֚%:Z~/whTR'EEh\w[7VZY%@}[}P>=hVP%md70ϼ3~X<6hzPM5$[gKt*Mj0fiqmuhGG'˙nɂӱ,kB}}9{hlnμq
5:tԽ)	$|_";yDԷDL~o:zcɔlk9[;1lsPh*H,*QK`Ǔ9߃v8׮W$U1Xkt3Z$R62+^E}]ȳ{j AD*@6%U٧нAy`;|Xj-(Jݘ^ޮê7z:#_fZw{ŧ=SMIwaNf|95:ͬ@Mvז\e\Ct1qoh6RZa؞ȡ(pj5E?!_Fؘ<3AVXL[tY`Z:(9scu?<<7ԌaZmx<GpȌe,ekC[Vmq~Üz	Y{XFol9!ȬYMB{hh'LFhէ@doE,cbN*׏εHL%5׎|&Zȗ<#!YW{%f>\R.l\l'k׫y$ϋP
~?QU;ۇWI7uikg)>D/^'gj;T/m#LsW
8m	x=v^iuWvl6]I.Kt7A0/Mrǰġ.ӄ'Zlqҧ?jߙ.p%8&rw͖hxo4^t-=qo5|DuDt`dщjmh,V8]8h&uݱ-!pSZ>&zçKNj0h o֪+7rZfߌݠMSi;Ba#/-6ޞژ-RmʢW5Pr0Aq;̐qA=CjZFo˙{ֶ8|ِ[YZJKOۇ[Ut}=Uj4;%W
*5=2)|_y|U`HF)G
O<Wdg-B%$&`9o.qM=Ԅ?ydOG=QSqޔ+"w%yBBЀNeEL	r4tB`VSowecOe#VItpe{!Ʒcۡ&E 64^
j^?j8!șWϊZjNAPM;HPĪǫ:wW+y[p,'ʕP.GB=^tq=r@	!+hU6D)ř%kɗ^\bZXo T̯%ǬaEӓ#^G6Iv^Fn^ Ʈy'lDHe#AY8K{ }\#ξO%LuVN@:6F
Y
=%9J%ƭXA^}XO]hL|	_~j.J͏گ#\/0Bȕ-D/ܞAGt$RrFq)d"V׎N.}$փdQP*P
vЋ#Q#*5(ymȻrSISS֓rqRR˕{Sb
G#p~<-\F&;OLЫXiZт]̰11:l\ݑ4F {$˞4ɐ TR>Bof;n[gU50k(gM4ihօwE A>-й{dIC'8wiӁati]kTu[PǦ
ޖ\V;ce]LK)܄&9OƸ9
G&P"*ɺ~.zaǕU`sӔNd;9Mc]ڦ.S7Ż[HȜVb6VˁSǬ׶/D@P#z8LtjT:>~tŪx#EPlBBbCGi4:|a3A}ſOک~8|ǰ*&/
`hz*GC[QSGqaA9_q0^}:h@_Rv+NFJcQ5curTJ+!r2EBƷ2dN-ڥߋBtEC+θŕ9wQ_[zXۺѵ2lI;t,+׭%^^~F/JOT:dto~XZ̙._0N%/ӎ?& s?iNrRMe9Ճ"ph	tq+[ihqI6bFD<8AfUT }JʌQďyͿw# 
PINQfjk3kI)ǅ-_j $ܯ6/Eg˳(dTB}F1IomY'8ɹD&A$ozc#ٱӋ	Zu[\f! ~8)-cMލ"2ą5H|UϢpC|[G+IbŽV%pwcư?;56[9\OVq`8Ƅ!yZ´bӜ7eƸ7*ͅ6[L ۷nQ!)=gGvr3ȭ)M`;ssUݍ
$΂=֪șƽx&4:<_"e}j͗*ݫtԨ&b}3'4a[]`,6d<DoI}ȹ1ӥ gH#w4R4}g#
Iрڭ~J^_*JgŮ?[1OW4Έ8&yAcO2	xsCQȲ؏Ixs[WmiFژpiHR:W1A-k²ߗ7}sL<Z9kOQ=$7fXKASwTZWeЫd%%i<
#rm56Mrxk('kW9Ò۷oÎcM<Aԉvv	DYD`!C>^:ŃЎ(@A{!	bFMmOÅRw\v=h+,I[-M9TѾocӳ>^:>zbL1n,̔͘!)c86ՏƢvלKtRj20ɴLP]*1	ݦiQnUPƼނoJ,DVLj$Xe!שz6 eEw(-+8%F'<QAl=:-ZS-Cz5q-!f.&1&w>W(QЊ	W}(Z<	є6V*t;p޺|#{޸|4k;>RŴnרHCĆ+nsHEBؐ_L"3ȕ'/f.A`eQFʴRABe_
;)<WV|0D]$Ɓ<9YаpnUu H:h̞>4ň>oxŊ{%LK_x7(<0'oc;g"54]N,`2dn91Xr)s#4r`BG;V[~ثF	ɂϧ΁'4N6Ю@].9(Ȥ3hcӍ]ҩM}֟xm.ͣX Rٷno+:|b;K7ZQ-'EWZ̩"mcLf0rȸfāMBG *W:ߜI-qppX=ۉK>ĜF{@*h	EȀAɬiv٤=AbӜt(ܟ׷qv\~,E> >X";j<ę[̒>rCpf	4y.`U.Ӏԅ@"v^HӶ:rY%2dvpk}le[r{rQ*OǪޓ?VTgp1]7>9qK%hf6>b7i׾ԉ</)ĿlfJ{;iqZ
$5֣hmQ`z?bt(QFDDLec!fDQj>Хe*"t=9GfT=/l#]@hXKFɅWf?J?K%x[SKg\֎u˝/\)c o*8*ԖT=]Iq60W6Hi[hFM yqyȬ$;MNab"*B+-Dl5o:7y=`G~bZ.Y??6%\ЯĤn<Sgbr1C\b,il[Ue۰ʄq@~*`Ǡ6гD=6)nm2ǒ+ȴ+ָҌCݑE\4uu׳1Iæb1hsu$3Ԣa½~|6W<^${"U3rZ>԰F(ýc'{d7R"?Cޘ\M4> ¿U1qCREpu0'V"E;c6wԅغ,89:$c$7z9NC'FϤ&uLt@%3V%:AM۝â[ȩwȤe=ȪʼFw3#Kcs{LOn|G5i|Vi Q7|5ܥwT)
Q.ɈiWA>4;S(r>^NhsA}4~H#R?.yTkFziGFN|J r| ]DŜ[xMVgrZyߝWpQm5"?
_ϧܓr`҉mY~˗\NG{!zXQP/ "r~N5riJkzR5\^IE*A|eM~=Ttwf˚?S(az~S"pm\WŎAwg2/5hqAt~|ABh9g"T.˗+#~LjML=Bށ#Y;˗?bk{Ckҹţ7QCô+BHV7βt8x]
IЪ[uTv&v	0%40
]Gx=_Dă܇BV&Cù8c2&q/?eQВ9tNNˉʺyS`3V>V:TS>T_d#
Ӂ9iτA4#ʜ4\Dׂ&ZG-TMxIazkxtݕW"-c(3YkYcҵۙty0L0Zo*îNkBwbҺteJA?pA;rE@"`lϤfµbEe|OD-ճxٶZ2!͔jӄ{7@8Hy/O:%yFIXpϞߌǃ[!̣oB-#4OˤXQFC3Z2V7ܷ4p$b"yU*dzTdEU$lc5\{:_=l+ÁĔz= 8dРvMMj=qU73?FNg_9֦	.pX"xȀ}8ܫՙW\rVC.$N2[
Pn8p]`]:-O*H٬-~stb6j\v
J[ϜyE+-H'N*o{J>RHyۑ6p/{=lg9;H~Ωn,>OExK%AۀLe)]Fۻ0+	xW(n V\ӹs% cs0{<*2ۣG{
]YζK.N/JC·{(Jo+I.%̤̽T1k
t\!݌XVy[=8ބpI\L19_:x^W¸D7{]؂)xT#42}Sq_n?>mnl[10$I֎(>_p}PQ&'ƃ+;Rv"HHj
yہ&S4KZϖx1&ELo0Z)YɊڢik-b5NL`+,=cq߳fNE%ia¥/_m*>'%ŔxQwBK)5e-zvZk߱Gđiߑ)~%@;Eb9\st'Nbİ3@]ǯы_	f2k;X֯Iޜs?aΌI&ѣKq\TMݢ)X8{҃-.?lS(q}͕Df;&ݵ$Թ-r+/kڪ:^ܼkU#f"Gfz*u9hFdޒG^lM߀Y,j*'BGV۠F<mPUX"֚9/hޟAh/qҦeȧ߶|+	%SpiLxC|cxkSrǀ.mߴ\>Cga(X:׺xwm74oWsuԷUjŶ(|O7@RZW'zQb5U|~ѕ=g_kyKb/?<ъ$#!8ibE7E]jx2ż~ܻQFgZDͧG[\?sIP_ɔ/E$O6TCZ`m'q>2&ߎ3ʅO5u,RR-	q=$rma:?ףmMg:~7ƱFf\ȪtuEjg
s6n_J=1v9k8tŎƣ<,M´8{^{d1xN&[ɀP#Ŏ3JޤPfH`i5 Ȁ?[-ӷ8tE~TڕIHZMK+͵u~m3t7L?\
h"YݛǺQvj3ciuyJۈ^ج9<8cLEi>!Τ.Zh1zt/ju#M-Y[#g
E/1-t(
BVLH`k]OX˜WOfdPn>&V"czm,Z>A/r'1݈6PƋl RDhŧM+/9 )n $q{r@ٿ fSyԔuΒb`qsJVis~ӍҼ9tżFθtq(]ӝDBҺXB1X7}WnY|]ƊYFqCJ+m,2x+[@O
W8BS*L w3,J͘]ͻڥE#܊JR>D*ܣq
F&YU9:?|.wVlxȗzXѿY@͎ǻ˕`Oٻ#' Zƙ
w_ܟX8LS N)Yg9,?KזYMx']VˎO3h7:CڮWݾ?Q6+.V$Ӈ!6N=Ǽr/`~oRΊ^dEhU0ΣjKH./[3v b$^fV!F^aUӐ87U.@7::kjp՞RRF]߮>gbuT~$<C@]Уڎy<F(mF[/	,y¯"g!)q)ӝ|o͡quph]K` iKSԛ݁s;34Nh+vi9$uHH1eJ9gְuے^-Ǿ\Fܣ'1ׄy^1{j@(Ԩ(QaG[zW%TF//&4Y1Ǥ!]ٯeB/ŽLI$,{uJޚk~nvZWY1pB'I<|ʻ(Mw;ijܺދQ~½ߢ?~v/r'1n3> ?z'*c/uwlwӿc9)/`ÁuSQ"6dWrqZre%(rē3MMѿHP>_մ*'CxA¯I%gp#ET&Fbfry`,U[tV:f׺CZ|ڿ	qߴ.U֌ʥYlˉ^LTȭ"DFݞΛ8bb3%[Ƃb
یt!	mLY۫W5ʥ6Ie.\β@.hZrÇBە=K0`**ۈN5bycM}JzH`ǻW$~.ى֪Zk+r86U`dI9*ľc ~J3gÃ4Fie*҅҈ij@[Pl7٧DĎ0YB^~~ٽj[8G;H
R5اrgYj(h|PRV^t0psQ\%y9O|\c##mՐZ)Q `P?BiԢKO8ٷ*Iܽã3\I_:i-h26)V/c$%[-#Uhtc/bНoږ<ԛҎp>]8֟ e KŤʆD]`^L)sLLh]q"0ՠrkdڢ	QaQ׆<G4)Fni'K2
GSOfuRϷt:DJ?<ïBkʞ^ډdM7מ!3IgYa0X6Ѥ6f7,ҖUޝHɇ6.-=3jC$h7.aVl/fòȎ;OP1Bםm'ŞMip|QW}1Ó[F{?f~ QGfIrVq.zD,Ǥ5Uvz-NԴ٦9Y-%۱y&+Q]%$kj}`մ.+ӹ%"#v3٫Bݾ|^@|U-]&4{%Nxj!V,[,2}rFKƙWrD{4@ײ:]oqvcW-NYWCeG7)/)a\1[p%>[aZkOo[b <*^ZUvqfq )|D6E\xpHDYX_Y<7NUvF^yTE8<<!CМZuknxu4R}|^43m%.ŌlMMm" iCM%R}4g<m__qœBah+8˾.&t3M\omć 1ep
<4=W׳h'
vϱ2V
ԫU:#j(Ǆ 2ֻYrS9<R5hFdtYTwj/6*hYM!z/v)^{I?߄+k2k69L"%Ȃ$%%pѹeߌhg_',Tt.1!>6'BҬb){|	?i+@|L5^KE~Xe`E̯J΂J	Ŗw6Ӝdћx@Rȥ޼Ε\c/<vZ&ȼh.=[$dN@oNr)*hʖMڇ*9WMIzIǫ
z=Իz.OӘdFc1ۓ2mϙJfؕ*8.sr^U]O)ٶ1&~ߗE=ݤmZLw=5ZL-ӽCuzdĈZۍ+sRs+xЬ?\)	Ds{:usݺיq*f߬DuHz_(}1o6ۚ?zS4"0ˬZԃ.!:*)^^FhɐSG8Q%oms<l9}v~my!Y`[Ӎ݆abA[lkqJ^C\(έxٵSDD[ںo9ޔ=e5*@׼X|4?^S@~?Is^UݣgQbtȟ
_j|8+W0x4Y/tfs4/|_c](3es58HBXٖx$g߅mP#Cx+T,eYˁ&=)bVf}R=YъoaO104t.ٚނeʛr˲J΅:m{IGٚh{Gb˯2ʐP-AI߮3[X1}{\%<uO)%*jnҷscؐ*t0uƹZЍ(L|!*1;QM9.&B	.:pvjcWҺ4o5(p\;qP ӻ-fSٳ7?Vv[ul76ubU1[Glmq_cZRhB߳FK.hϛ!ĥ#ozԟҽɍUX
LBg%4U:(kyV=5Dى=ر\#7yY$"=(ɂBU;TP	EշTM0)ɱkѭvk)rp^
@2PhjSYF=A/O	04gPW!X^rGv7==ztvl	D@:g3Dя6D7yYRmIZfޙuPv*K^}_7aO״?J=Xf&.#٣Bov:AըzΑSKr&
DU?~0f
ި);yr.Bѭ*S+φ'yyc7×0¯9A"A(1 mo[Խ0b^*H4o}(ӥ_|PP7SǶ"qQ(Uڡb</xM-Eő|cBtnLΏec#.֧&sELov_mlѮ,cV>4$ɕFUǏ6ۍp$~1'nܴµ)QYn]6&UZο`
JՊʕfNݕܙ,yA͙z؀5rHoHsj,cLX՘;Ԝ~3ٖ0x0,YIbu͖Aȟϣ
@A<>d[գ4qwjSz#:
BL\N2UJ._d5_8ܢ:-֢Ä<&[gF֗PN̓%[Qr&	^REa3=-,`įȅOJ;4_UzC]uSn]2~o+q!zLßLɔ:p\h~xh}'4gQ0{^\{ѶIaʙbObQ*ٸ-2ms%_R}yOnq"-n..AepG)\yN}[jA<BxΨǇ:b/5,3}	*S}x>>S"XBݱHC C|cknOibb߰e8,{;4h$%p4Mkr߹&3iʸf3>zUAvك*0W:د;"E7K\1˲:<qoKS#Kj9N$Wa"t0UweqnwDH
2޼aruފi7VϰܨOH37e,Kmܸʅ[#CJ{hzOߊ^ȵ
;̐r9"CĹ&+/KmNè|fA:wWc̯Z43)U͟gVNFyU;(`OKVڄX=7BF<aTWZ1˸H(=%kj7!b=KЮC`7e/8T1#W߁p!lP:YA~>P	ێ84x4^9ԸA
"PZT͎S*{leN7L! {P
.D.2!|-N?rR8AG^-ޒ}P{U#Mf]ܵ8Lk#ee`4H*~o,ׯ.n<V<dy).p@ۍ8&Փһe4ՏfeQ!~}%ɉu XL`tSvFm8G"nT"w<1E`FD9ۚsdÞX=`$9̢7Ԏ`7"MR>_E|#ĉĸVqβsIyqqN>LGk5-bg2|K%xb2
&4vb^ˮ:Wm٧n{MI3saaYմ^lЕxϾלVa~;N!Sz|ͱwvձ4Ҝ'YeW>4-M.y}wd9dӱ'ͲÙg֔dy$hMTҌU>u;h7Q;.0M"&cQÏa*6tGTܺ
41B|SUXTmZG17soidQ[m\Ob5%3?wZO&"ݵî^MߦYj/ԫ%tW'-e ǆbX#Ɓ_KhX;ߐdHJQHb1ʀ܁RGũhW33:J\}%Z!
XڇA$w)E,n|5'nlT0ߡj
nجMNV̔TKtL62dY8	k-|܎ԭMdp/W-;#/	TIL{Bb8$A+&՗MϾ*;b-jC2?We2C
;^sXy(R1Ǚ=fJ/Z"fy,3C=Ϲڀմ=Egۑov`lWY?/' Ȫ^
ҙKA_|VB7MsQӔ{=`oݨ
UG=@&Xykރ*7،PPżq-238b:z'T"}
KԞ	[WTmi^TȞ0rӡ>Hpj{.qecd`#mTU֜,(GבrMaIg;|X 5ηB!zO\pLc#	6RmN0NDӵnںn,<cp&9?Tؽ.σ;&0t_nwˬ=M[O
.4lXxdRcSfڦܪ^p0nusQѐT]bul#Yv]߾e.2w;^V YKʗ}},?<~u /TmnСЭ@BܽgFhƜt^1;OƅCU[e81_EpYb͚~ߜNn3G{)2МN774.Cuìy&ŴMzx1)J+ʾ0t+,e"XCRB;$@Ep3Q%d}3//Qn<@iͶ@[K3"Дz%3{'=e$]9uڿ
F{?Gɻ'hޒDeűC;cMiBi3ЯX5׳̄}f1ЕefIbǩ8%@;NP/ӋvȂ@v2OBXÂB%D:Ni)1RUsCfĬV/2*zSn]dMϘ_ۘbkQ(­Eҕ83I^dߑp7uJl6_ʈH<زY.є0**ȰP֢[P_/2ڑ$ԫ0pǈ޸j-&?[bnMNs˵Lg6fYځO;;`ۛ}[hьUL`'+tȩ53bk`Þs'DV'Q_ONDrDU2wN"Wd7GSySl7m_PZ*=Ƙ|JT<EC+n0NM&E4sTީ$#у4j_v!QZ=7gnF۲iЊi:A&e7;
rSnCӛRTm;X׊]8-"rt)8]9}A#|gLk-3[rJ|%f=@{6m/щCw-M])TYtUWÅ}2\u1<#Jј*9<g$CF*ز6ݰ,+%_*Ô,vSf}zz|߻RP4t H1VW`a(Aҝwdl2>7Iؿu2dn=Ң2C`9nj`oKљ}Rb\9Y|e~&/5͕ljK~Y[9Eb0m;Ork Ih]g:5O6%+}K3#uu߸s}YðXd%ݵcUA@DoM4¿|3|aް͘b'y͓JZ{j3sE=0|K?]^ΐay-WUm? |rҘf	6bFubK٤Ѻjfl;Uso[ʋ~yJ5>cPGǟ\Z[P53RńzhpWJe&6tqr
XZ2GXy!uy+{&d2-!)q.q>YF-V~=#m`.-K
ք=exPa5ziY%{189\F#80FXVbd
7gf&<e_$bّu*֩_m5`V8>c%FedMj?;L0a֛M=f6ܶQ1VP/IUfz.NsV:eД4Zd&uPfѺUa9ĝՇ;so:и^S4I5#ljK)ٴz4:oӬSya:mjB&.-mxXe`D+1:
+w{_~SeЧ;	}ld>A,T(^`ӖLgݡ.3tԙ!kXn+Ҿ]Ezl:xdW;@=%%-	s5DCT1;\")Ho!?Pq%7BǵL0vk?VmRKOd"(Y۟!!M*DQ\ċ\էQv?/bX)":(
2F8,	IeJGNjܒsIRhap)T%jД%h<&˵0Ĩk{̧4ό>$t3adG˷0o=1]NźFJj7iф?%,w'8ܨN
Y}+*ϳU-&^m_Nvb;KOPcefl[+c'%A׸{#$"~.I2oKfiïj*CŐdg[e|
"ޚ:rM5@^65Ng,B6K3'2^`|Z3`$J}TRXx}4SQ3Àݹ>=[Rbެ@.W[_k]s:MQ}@f#>Yӑ9rPd q*V$2?;c[Mpx//rغ	Vl7Ǩ&ʩ--JRWkhr)ZX>R^v}4AŃմBr##k\S~TEú(pVhVRy
ǾP6e^ Z'I]Q7ſkV^f3ݟeYJp0vոh-v}ǛR0.E9&zL|v}%9TɺSB<(Ж{{ZȖbȊ) 9.Kd]+6Y	4@;+P+"2G
]!IbeEn*+L]Ϡd$/04Zi"'ϓ#NpfP]EiװENw|{qf2s׸Pe+""NJN%hN.nvGGE?%Cl'{'8bn@­dW]	cIR&QCV[Pmvzү4wo${\Drͽa05J΁I`hxjS]̽P|$s&k݆SbA8?ULSP:GJ-ܲ,'άђ&++ȭ7`J)C| GR^=!]ޚXϚ3] x^a#jUY>Usȹr2<"/ݱv++C/=KAAb*X?l?η|1]kKPeڕxaڶ[vM"Y[W[B~k):Y7ha U-9!Ek532bǺv[QzǭjO^'v;Җ#;qgĸw@=\΂kCb܋\@v?Cd{S|8=kectWYİ.ǁm`ů]&I0icBgHMQAYͤ?l`rzwJ?Øfg}NWUa*<YSێ})c pXbحm0H,S#0ժ	6p̜kL!ï	лsK1ӛeߔ7^iؑ	9ybe1=M@a+͇`C=XI!M4T@&Wϗ3)h}+nCq-;g\OtwނL<{al\5g)߬پ8Jkű\p ,Ӷpl&uAjͭTA5ޅ&q2V͛C*#U$Y vNRS`@.soƌeaʶkN\ۙ*iFǯeDiNYǟhZlX
F&h&
1I'w/i!mQ^[aś/S^cS>
٭)9|E3a>)#yx\^lms'v
ҵlKLR\8Hr"$I
Wvd8R_0>m[(MƮKϤV?W52r9ܱ0|R^Cof݂-sVݨsT;IfOK]h#ׅԈi/;~>!+JN&ۂ@=bXQ|ɾff@
a$J]Yvƚl>oԱXsŴ9"&R^t.uѧs'Qʥ=w߹
BڢDm>.?Q9gTå/P7^)P1YؚVy1^E;Z4qvۢa	xn2@tlB1ҕcw
Pז#cڶZ[~[gȼ*σ6AMڽY\hitG ^R
o!KbMpI#]1cVʥs`ۮ&9dM4@F	
ea`t!Ɲٽ$WT
\2]Sbs^D&+N/sWv1I(.*R;F:!uvJkL-d,Z7IAS{uoF^ǿeI(adV5:'4%-$zF\H@S 8L>'<k<IM%P]4ڣ	hgA/}[76mh%FΧof'hε̂q9h6ۻyB!	Ӵ70B-9M}<EH]Bڶxgpֶkm1B«B|GMn1۹o!Ԕ;,`)ԞirY8̑/ΑZ]J21^ޯW	DٿΖQR+b4.M{ҴxH^)Z^jPRIMv;4Ec0'ۡ>ŵ2gW8gz}wrj >I/f'EX5Aכs9TCUB:޳uX¬"}߽#DMf.	cvl;Ӧ&gY6qk;.w0kx)*g	~Fֶ*`	@{MuD"RَAF>K4UG÷$wyΜՀE8u܌JXd	PQ`Pū-K!-Ps̽c+50.&xsHshY1&!QQ7%ɇ0PYVp]r8-H>B}Q\@š(^Fk Q^8z^^AunӖʓֻ֋rGH?f'?Wpi+/^dp/(}\T[00>щ<)=²HD?Pʞ{>@0ʒ^~H'bOV7ÉhN8  m5ƣʙ*!m
2/5t[##8?$Myu%[m~ޣB)d0l_TqDF#k1Vo6̈́-tz7q9;IvNtmtԚL-!1a@*uśhP{\ghu1@AȡhpRUoF" <ҹ­G~yUۓ}'pWЧ#yO6&¬O{#^qi>)]{xe}ٱ-!C:QD$/ӳ8Kg0=3Mh] r	GYi<L
tYհ:ȞhyЯ2̟j"BCR$h9bbG"޵x0ڑ'`ĂvscT&"Q)ta-u:_BN1ۗ%Ư
h4ؼpl=ht.N٭$fa}ZLnL}oԖ@HgHφ18QXVUAǣ_v@8Un]^;x_ Ȕl{d^+&!	ڻĒyn1?3QcX6KϱJOl"ՊǊyxkb5n8Y;Hh~%DI"ˀ&Uߒkk??3R"r0D;Kx
aIߩkFѥ:ٯ[5lQr%'@pԾ}ĨIڠBKr~;*J(CAT1/s0fE76ȑ3a]Jfq%^ǶۃAFiNnJѿ);֖z,veFG<&ߌZ܄Su
uR&rCL)fC-b|_k|e	4y[$myh)fgJ;9Y՗,Qm̞dTERJλ؁wB_Ldiqr|>uMRDZ<++4xo4FpՕC9JB_J9	#ՇO-FoYzNL(Ё/qTS
%aLND;'26Kg*1V QUr֝P:E}F\Hd>ZG@йsȞI#m/7Zjܘ:g̊W4.\1c]_xU;:nK^T5ǜ˙90	=-\{EP*)4ĔG
Ӕ )jJ8,3TJ*AhpH̹vՓ(-\-H[Pʷ$yXժXʅ0bqzǑވc~
_hԡ{awaCvd$";F=7dOֽ_Hװj7M-OA9+&, g%Y2ET'
59 6mIU{>5/GU{HåLde ߠl)t\j=@0
!2/-F}"P_M+2^%:͓}zVL~ӲQƥ^¦Bׅ!v?.)Pz{JPƓ	QĢ}يԸ+8	4V8yekխgkW{ڕ't
ƹJƐf:ֱ3љZY,lF2ק'O4+lcSH\KϾΓӟ+^ŵ`e,@5õ~Ņ0{|s-c@ٽȊPs:Ḓ̌XS]pwV_o5@]pVø_|Dhעh8.rgz#U4;AE}HxMP}P*ъ_vMʐWΜ7߬VhLcJhΔncS]Hɖ>Ƈn(f*
4ݡ¸ƎHOz}d|McF=ۘwtCAM.ןH?XHOq۾)/>	d8r3G.Α$)Dm|GNގl²&Xڏ8_LO]eW%TۃE{rx '@9 &2ZFl%ci#ڈәБo[ETpDJ,>mNFB$;	(W9Fe"5ƛZs._:~Qj5Ĕx]͂G<}gqhӬݹPă'9yX@}l.j.vhMO	(n߫*͉Y=>y:)ۮl7յخ@o
.5kIw@gdи\zS\Gs(Mo̦i%\wJԹs/l}q3syӔOk;ӻ0iʤT*jIQë,Kp6O;5ڹC@ǫjP:\°
ڳf*ς%_e2ECKez,b.m^{D{[#{М
92޳$`;qoɨq\)t9pssLB~s։RԠ\O3im&/Gב`k%̋[D8GW.nTqՌ6//jTEDqXl}8J[]gP_T<@Bm@>&тJ~;0Bh:˥Y±MjweMc
:5x-J/j4.WJ(ѝ+,k>VK !!Zx+A]=Qn`yrdxHi׿CT΅'gt;#`F2}[lB@Lt%&2ULLƋQ&E6̽	<~Jfp\{WŠ$gyϦlE{=clC1X3ej  <ŕNw:v|#VuG#|^d&-c8\kmz2sySJe٬=z(5ܓ>Qm.ŀ^H$+k_IB(|FzzVm`RJ.κ-$<!(ThJIXrJsɔDWPPРǒQ֒iFbF#"}>*v<p[A[yV@՟u}hi owdD^lf8JXE&f<Lq+*J,ݠ*2}f74R˴Jeßd&E^]nB߰
:~a҉=ƕ<]Kæ<=YKFۏ؋TҢz{Ĥ9JL**Ա[Ͱ%yuW-1)Ӻ#'ݠ}'6if=k2ٴ Ix'@3ֆȱW+s( oǳ'G:ߣ[ւ h&y";7;k\F.L"L5%ŏf'KZl١#T#7oH{Zxwl?٧ݸ`Ҁ.`͸tӇRڽK>ueK"yHUߣ/ALI
EK!0$5l"Gq$Gg{˷56jϪk9!Qdd	Rp[T6rqsgjJ^Qf0m2QZNߝ}Bй ǻB	86gm< ΛT0	D4&Ws'ɩSntdYJmtM)x>?9D$Uz43vAz$@-XuH;ICȃɣnv
ӆMWL>q8YþĪ"JvS1ܫ#{<(6[KӦP4e\*#rB̤oB+}\O|G&P0#NYr(.Î	A
#f!vTNJ78dZ5pj
ey&Tx#:̣1^gGխY8aִ#Tfԏ4<N"U1vB߻a|+X%&WێDjʽf5R-z[;څbkǭ!=σ$HI_#"gRH|V1L%+MbR_rskۤ996)?cB#\|}%ӛ$l.p~ftнzP ٦ɋCṪ[.4^|{mMj<DDְA7&-%Lͷ3pVF9'SdCDjDTnXYqǽp@_3r{ ,Ֆʮ0͍XӜEerSsr`Zo
`ħW"#RYՈ.g5sˑ0RoQïB[ǅ-ΝZ 7ͮЎ\ԋ{V,lſc@81v΄of"~ăQҤgAM}AiSwyj#pIO(Y8ԓ`ۍؒ19fOXeq]S
&}qʅcb˝|_'Lq΍ŧdIcٝK_eՉsRZ7u2VQP[=<wnEGvoqІH^+
ߑδ[lǜ/)Ô:fpgoDnmETl89#qWɧ-=զ,]Ȯ t'XJh+cOgD2gh	.X6ݡ!2t(~j6n)ϏMDٶݽ|(ÒPM,')4P:Dg4b@47Fj[[HOfm7SjoĒ~I_ Bϡg8h<lF'8xܮV3XJY+WP8N!ж NIݽ.CcAe5FBw}ǓR-К.wn
VVbRˑ>^*C:?MGú֥u*В߻x-%,`t3ݏHCکҠ_(8#?mz^*@hvx7Y0}=/n<DPGxZh1hnP%Ϣj6tOge։NȖ]~pVrƈ5@WV0I:gfCWCnćTB8K|Q* z;$+!vLz]p-lݭxXUc'c)߅4!
Rn3{/l]DR,L\@|2ް>V o"t|X/ϋpE)lZR[F[5fb.*`?dݵ*i#_UIiJ\wћ}KuWI0\4WO`o-lRM}W_8$J)1+AT9BPʒbуiXFu?َz`H8-#х%֒x]:ʳ>3WEơrׅˇ`4%i`SR)F1@8<Dk~ *%KP&$1SKLOmћ~^+_55O8ڢmRHfAO{Puq\4Rͳ e+~?DKSTKQ*3@0޿A6OBΜƣG4WS@b|z3ްheT1zg]lA3>tv)k.@Q(3zs|oүanO:"p{MAQɴ$@J\٩N&RUȌш-7_uwkAӑ͝tŃNdČކxDkxazuʤ0SlgEw7QzD0D1U3o~4ˊC07 R˨FjiKoz%?ٶkEb2ʘ^=	nx/սATY#Ĳ
@\7܉<.
կߍj!r	{iCZѪu5JX*[,6}X	g.ĸRmz$|	c%υ~0R&ɻS@o̠/Î^""V(ނ3emԽ-1fNv$%,38s+PXUI&szFƕEiG^ol|`[nnHFZǵ$d޹/dqІ1tQJ)i56<O2R)7>Ko~E>&߬.ϘpsatVý7Vl8hH]~!\BE\}$Dh;,6#hM@Cnny0f9؎ݔ:Qi|*=Ϳޔ#B!3V}eFbEX=rhpKcڅkiLO`S?eKrit:4Nܑ),pdخ5=Ճʅ}Z>PC]n x'[2#-
xt)NXH!qJ=:U>oNyCF
IfsZm]JJj}WO{d٤Յ!GP	Bi<5xe};UϪϐbn$݈e!_U{cԬAحDhё5*si7˱xȱҹԿKƖoLs\ҰtL)iSٝ}àڙ!FwWjJ=Gvb0%إ-R rv@9x]@Td.ѿ_Ԝ׉U~Hb0ş\8'kӍпǢh$dg
&Vݘw[;Rռ	kO"e
``C*3א"3MTO@\٣4͵uˁ5lo6Yx7,QzI";K&ĥ1'ҡQ2|ƼSv5΅
W(@TLŝ>%#'deE=RӘ!G0pաjܘyƔؠ{r	˨[2ݟgt+yrS0X!hL$=mD8SIR\FruZ4'8("ւN,VRq^[AEܕ8eIbz_(r.
ũF1>nxԉOzmjI͝!.ǰ5WBhlNRzՊ}u-%	+Rp[NE~`%vDV@C||l&b?v|:D¼PR4V=W,ֳ%J 3%T^R)`>'u]w3tK&n37{Ϣvv|MVMg1beKzwk8GA~ƶWsʪԣ/w:5\b(83'9
ܚĨaiJM.a2T9xeԒXD=۸7r)њb<Ǝs6r\$4uGץQ%l`&b&?!XOګk/ں?+=p]{)ĒܲӁ|u}cyMʀ3؇vxC+<U3`:LHʳuT|cXT3U	r\8	xkeFt|ӹ#w7cjFEy	ҫţBb^$Fհo?Q	U+.|tGgBoEx4G6diIx0)]ʩ2,S!hά&@,5 Ҧ"̷~3*`
*,2usU.ρI=՚V1lNGx$57	DOmü\`Y~ɕ+VZ`ɰ+LЁDKWB\Ƒv:2γȅ?3qEYKmv"kn(;m8}]!ie3&@]Ѩg,YT&Q 	c	2o`&SHGӭ\')JfƅLdu5&6O%8NZ2&E-<:-NjĪ+?*~ȽkDM0լ-ݒp_O{KzSz٣- >j=@]T]j{={6[cf*c]b'ˆadp\=n!K=i Fݍ)}"'sqR]ӟO6~	4y]r4'IxlKNY3c"[]cҙ~[II*AȪu;}Ĝ\9dRKҼ.
R)ݡ?ݴ'UYo[$1u!Ii&[6pid78ACS:R"[ӠI>̶:tO9pHQ-4qztܺLe/ˡÿXOKyCRq֔+ݸ٭/5O8H͓0
 sGyxD@Y"tٺÑݖӤƺζ]tGU-_HΠg9jce:M<{PE^σ_ĹN Lޖ:,ߪ1>AɠsZ~x%5ߐ]Ө}.Ǐ,ʕ>/K[b߳''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24450)))
