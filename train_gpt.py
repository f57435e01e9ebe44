import brotli
n=a=0;b=1
for c in r'''A]~Gkk\#pF9B/]>9f[q^{D#Ok13ѓ?UZo)l-F\-t#Gۙ~hϠsCԀǐ.PA?B|"3lf--i1rYokA=DϴaϱF ,(K
!j6ĒlKuid'G7*p`ϕeux4i"	5Gdu0K˯QҖ%$VRZTUf<ڞȢ+pĪa F?;݌3F	?ԁl6˯כx/PǸ |FlQS6Z >3g?cO	hEq<$λyzw7X;
ӛ^<"s*.nyOG
Sfє L4.c{3lSR@Ħ>}"ؤdK|@EnjeWJmGߋ[Bq¬dGQ,K?@M<.I߰kK)JĻrzaep$Jt>w%L,uC&<tY֣^~ΔT/+9ޤ4Bŉ{.+A+L
>)0c#_GZtU΅0j$^Ah׏B
=ʑMOՑBݯ՝9b@UMRAUa"|LAnyA5	hbX^̧Bkh^7WG!r&Мȿu7cQء5OWrsJ+Ob= X8-~ܳYU(FV}2ߴiv ii3X8ݾ:&?D*LN:v	nUzHGI?3J=]ͪIÝi7ʷ=#aݬNc]EX7.4tj]2/Cy)NF
(c+Bj_-UjYLt
c&27,Z}}zn4Bճ=ܫh|VMv׆D[>nAs0@$@_+(nƗA.f]Pr-3
{W O?ÈFgXyt^,DDxk¤b¡̪u nboO\ܝpO'yթzI,ÿ>;[^Pe:YOǁSc
>w[Y(7 c^M!|W0#iڃѯGf!J\WW7E:|r5C/@F,bG~\MqρH@bLs#_&XD0Ew&#";1Q݈xWvrndn_;L]yz	7HeUY&U΂N
ؔx,,c;K)bGYL@̬9zY2F}?J̳2Sӝ.ƶ5L)}KGa]Qm+HK9NIz1aҶEkcݝʧͳU܎r
b͊fqʳeo1^lOqFu]=U6{UvʶbBc{bPG,s']Nrʠ\7SUh~>u5ZaσN9toRԎӨ`hF&BźߚOa;4Sm"ܨX&Ej?>RG ΝKVTsX)2y-ex2N&Ag.edX2(
i<B:&c>Oĺ\J
z#ޒqcX^FPxMVmї5nȔl2fZF:YgeMЍI҄~d3ش)@Ӫ]5u4mcש/=P"SͬբS+Gj`vBQ,:qTtYz
@FpY>R2YPR|5&wǁ1B7Z`:.y"Vl6rק-jZϥo-AߨYns8vl16d1l~UW[4xVسxޝXfر&WGGϾ&
i7ȑz4PnF Jxo
G{jj}%ѤЀtv_F*r)_yg=n`0V}v45x.kWai:wp'b!uzD^^}GaZpQ
ռrұ@>:CRjv{YH~'%ҡ*ƍJA]}X(-GGn~ɏ{"'Q4cgI'֧j{c*̀ܕ_3}P-8JW{glȴȏ1x!{koيZӯMҥοaK]ށ-y<%Ɛk[Ebb	̶=,F#U*&Cp]Uc0Y	H()fOo`խX42zד28Cp	90@{߭^iϭkVb)(T[/9Axs1Ԃe^ɚ4G6%)}5`hGfoԥ2ؗƵdP5[гޱIdb)Erei|l%ۡ"U(	~7W*p7aWFIK#n(QLn΅eYšup@]n1H\2æ>&,39>]>/uKK"\x.PbBd*[8LݯґlK6jbޮk&|UAՕՍߌL:3Ωd@1jO }~^%>ޅ<6ءÕg,6îLJ%YgykKˈ5"v+¥!q+mDRW/XX?J$']MG}mн&*g% +C,<<*PձbԎC8pV_ҋ'h*֌UO׍<P#?~;DP<|#`w}9wE<e٩G7y_I!88Xȫjw1Ȋbglp>Qm2OڎZo!1/K>Ҩцoh$d=in_1z}<hFy$3oY߇q9ѷȠ:ZJ+wh۾ve`1DT^Fh)( SnBq¨#hHӉ}@KLBA҄g71Ajߓ>ʌ65'73LMϘ17l#F߼fAWsϡ"t}ҹSB/uD޼5oB׈^@nqO.Dˡsʬ~!I8nEMMVU«н)xیE"7zո| q@<iL@`NRe։4BN dfSpkvy,F)J#գ" ^WD<Rf"(ϧgd#,pAzY+aG6BJ|%VI-DՎ^ʖ44&1"M|ɝ%tt*cE~=ǾErus"CαOoE*m_yUbs\8GC\gBvd<V'||z!hB`oiEpfEҵR7DԚי6Mn1Ew49UM2xtat|d
CWOCۈKĸr[nzڤ8ǫ
&ʘ֬8F"y]q֚h"w	YAUa*KHZ"70?9I*:xjC^`#Z,Nƻ:zGY7S/iwmq<ccL86)?o"q6puZnZ9%.C-ĊdR65ST߯8pu<sLBĹ0wҔ=rL/۟N&^RBq2GoŤOK+J;I,ך.'Jd8֭6T%iZVe@Z[X)|~RԢeWyRӄ8	a!QpԳ@=CxY9R!])(A|r_bDn3'"Fαt|$EJp(U8ݎ\UPr*l&dej)K-n_K)֦=ƕ$1Ĉ%UpNx)Ю=" C)J;ĳX)ΌSW­#`OR6"<pnd<+N(NN2Bmeq҄~}ʠ)_Y-#:Lr[S(+Qj4I]1g"qܝ$0;՗eM88ٓ'ˏS{a*};0!~rɈeEōDcuDbbޑ7Aaoe-y]:{Xq5t$ҏh?@QnV;nc3NFxKIjwP|Pk$9C
mScg|DL˸o	az>B*Xĥ"tXvA<0>~aYQC0:ݙgz:BS <-l]lmosZ/6Ѫ}gϳr[VgV_>:\\H:ÃH$#`2"=UAsguE`Ę˚5UHbYML~H:u(dT~4<u;:5F°H2!`)̙\ҋޓ՗tcv2@ȴĕ.!m*5#>As@^g؉H://;7]8Z#/ſ{2?2wxDLPّC,PЩ4ѥ?xbof5ƒgN<h{Տ{5TPhv/>/̰[FrϑxR\j̓/+"Xy#wQw)mO#UψuΕk^>ω&^x8	TxW5$BK{߸xNc;(JFtVC{[H'H++eoP@҅^-o=~swZ8g
f)5;C2b@I*B_|&M6WMAlT*W$/`v&Xfsι۸
l8$œAge+G0ںtLN֧FRճJÏI$kȮ\A$il5_
+1mAkˍl޶Qw2@Γ/$GG	C3wX0ߍVNUm!Z j8'+<ݱ@vAb	Ǟ%=uW
<$tQq֞:%s8KA(Cpj|<Q?܊HekK1^R_p	ۢsЭp۫@9ve,hq<zcp2c߰O?!V#Ȥ*ƨ4O.AuX@͎t3)6pPӱw=ȣu*O#-tA%)?f7ǗtLڪ.j3φMS2;%0*	cb5[Hc}T˗GȏjDT6.Wif#>pmh^-;<hR7^k\X%QiM2Mns#<MKv>"ASߪ_Ҋ'*8޻XMf'8Ck-94>}ZLLg}<1)u46/G97+"xb{t-s5^=$V(:{xF$QxӪӕ?	zYO׌
wǅ[@w4S?Pf
aPbE@/Ĥ}r{9TjV4:t~9>=w /eagهՊěׇ7ڍ<Uds`ڢ mu[m$!#d%j2"J®yW7E_܂#0۰](Ϭ΍=\Nng`
Vx5=u7-if'a~qDwٵ{o)ˉ"qp:ŁĪþ޸M'F|_y8ˮZMMk9!NqJHGͨ2~\zZ)̛>Xip:sh]\
^M>	;WϙKq\lZu!a$h<صo7W?RwM3^VT,>E|H[o=	GcBEV&xV
k<iOeV{1+ŗDSCR]4G	Yܙq]uIj~dDX>RǞ(
-XfDڲ$O+u9kV:Nݱ΄W{0sq6dbE6EO2QNRJ¤IбoZ4ވ?̺NεaxeO%A2>60O%bOkAaX*72 e=paYV0"}Hf
IF1̈]kM:mfLœVM$Ow:Y+W3A^Y3VtMؒmċFM(;lm4hdo

Ƴr\ޞZA?1G#[%s{eqMR)KvhIH]x!Fx
v']R3[AZl`WDKNO.)k?QaN_"(\üƚj{3j5[֌ٽٓCMcL1&1%qr_բ1e*9Ze^s
2ՎOȎkKp!)[H2SlMc-dޔ8qxeueJXT!J׊Uh(%<F<۹JE<uusZ;zot,h6FWH4P+=5VSp:qmxaQy#3Kܑ[j)!{kG00]`<5Kcߊx̶\6e6D>9)`h4׿],~AxBЋb*רQX	YՓҪfг>ǆXȵZKz.݈ROOtg8Dcۖگ(prXa7?<|4IʛlP{C4z&\z1>ߔUtɗH|{N`=M5̵k~۠IJT=Pɞ23m|(>z<Cӎ-n4QQw
nqwƾJ}rwhjo}aËX:7Ӗ]<7;jAM#'tY4ehDnTԑ(-ޢ!&Ի0Ý&M:4hFˇ`C]YݭZ/8-rJ?SDB?|&8e2Dܣ3tBޅ]tor0B1byiy
:͊4%L\*$IRm;D	|5qɨ{f41tF{k^<gi}>Թ}ʙֶʒe	u) nzzfe;gHw"k8ߡ8%jٚSӡƇK8+JuֱN̫^{@U,E*r	o2MMhnhΦQm"Aъy0!+Ø۳qÀb(ϣ Y`&qrzvL<sFV~Ώ'ɝ7cN%Ķ]ܡVzh.@EIK(zJ[]1)(ĔSnF Ecs\9J5- J}rcI ei/ "k6і]zþ1#&ġ8P(RZ4ieO%נ׭]&*e@FT[\$=ӯ;D4S'?ՁH@U$CȱpOD~m[ŧMOחۢ[y-n|e=Zt:Đڠw}#^AQWۊ<E<eg݁4_ZJ+-е6[.,E\kJ6Cӝ)O~6F̡҂фXJ[vlzC\!m{*sTO͡6VO>=&K&_uK8hDxйNM	ɗ-x*Lz8=H9#;!nRm-RmLznUb&$^#%<E8#^D|V;ڻY[Όŕɶ@[CgQ~4K N߁+$ܘpВQK*_w'؁ʹ~P4`@JoO+7'y5ס!!L%"I
VWުlԏrCwujRStLZ(d*ğ^>==8-hM06}mTDbi=Ê̓Meh8_M64%&%fTu3$u<EϡБ8<DZE~?|خ%շi.XQi,	l{¢TuNlK#BWلW f+<$1rп^	|7ϸ{/!'6zjٕ\;zG	Ϯ{ܻY=HV'޺7orf.2J<-W\ֽ/jD	ր-].ƒܱ1h&;û9ĮNZ 6q<Q#Hϸז{{#$\TɈ=eŘ0pȷ/>hdߍ޳̜J=]X`tՏ~!~Kt:oBeYaC6-
$څ~WبaQ(0m}7JbAҮnY?mrFx4xj%ޝtv~;wdr̀*w?x'[ω$;;lKz[|6eoYzߩڡ	߂6Ww]qAtb/&/H'`2C2)Wb=҂*eZoޣ	.F-ΛVY
lB}̘=$rˑG]غ2-ļ&ۗsTu5oB_WØw&/1fFQ	S*u{ޘڰ"$(lHJMS~e;$R#G.
~8nҜOQ%Bދj|@zRѿԊ-E, ޤbnY-čw9о_HѫPe5(?߼@x	FB$՟[JYjuw@Sx<.HBy?*Obޠە~+bap Z=Dۙ.4x/e']*k ImlkmuI#jȱk91Ũ=ǑwWXݽ*X1{FȆ8ȈzN^"5]|]P͋j/*asұiM	Fx	N,bDc6wn<UY
Mn+%\d5"^'j;UptrޙS@	%YR֒l?Kx!O#K`}n;sASDP4^)0,X
a)L:O'Dpdrjh_q2آJ=ũ KmFwIƊ-΍Ê1<ϱȉMhTf>SPqRLr8LD~ONϤKyB4N4xrTO`$:C|Kl,N "/<+k2kV<UC)=nk7P	Y*du~N1JG#P.2<cm?YK(	5QK>30vo-)jQyc{hhTÊ+܅(/*xݻI1c)ne"i-h,"rr4`%ʽl3f уWF:ı%
ƸĜQ{7j.(aBs4<{_dQ[	ؽqvT_+5fnF.άfrVlҼ_ʹ\`۶Rw0XÕR##+Izsǁ:u(p}td]0	*x3i$)Ru%y},es{]DK|S5qr% t3Rj/hdxIp-9AEV!Ϸq\(ݙU"udQ091E׳ft?ZЁ1V.ڐoh+EEVƿyɜ?g؞YNήqi;.c*&KdpɂڹL~YF;\m{p̢T}[Gͣ0tG#fRB@acKD0Yd4!EM~+X.T^&/EIڳV9w=QNu!LNy'DDbd%ܪ,~@,[|XrA7
׽,lɂׯğsYeBiY3%ܱwjveޟ&S_RMVܫ*o&c]J=KjI.j`I<N
'CR<'ʟVW]JFfԫk^-\5ɕ+t5+aO%i^mITKjk?=t>:=3*ēEalšSW"nI,;nP	!ADE~n gȪT)e 5ݍ",ǫR:-\>O&DǄJ҆tO%֡??>uE#Q
kz^KЖ	Մ?ϣ{]޳?vx1=ձKۢĉNQ.NSv0{&.dsP&g!'b%ʢTրW F(E"-;M

<éP-^4ҊEo@ӠB8[4ò-@Hy
R5$5&*#33ZycrODuODX>2%-9)hm )$hf-{b
N4~iC,7sf%ߒ[U\7LQ_ȱiG!+Ҕ՘ۭCmP[R=
PK!]l-_j=s"@ie-tGÅN]7Y}YLں֍Ê?c}>;z1,Z<=9"oPzpC#ԇ؊**@:ȷQ'CH6Bkǎ^'m!_XD#8bIdADuL;*?tƕF-t^@BHCV<F)4XŻ1BydJ̊^֣
ԿHv]]CV޶/4˗5uJ|M$3zæӠs/ȀXlx2KxA	_G~Ӄ]ùB3ZZAތ,L!oh~),xo|]h_LlƋAJ4'*D(Јm?V/S8d!һ'Y>pK]{5Q(_L߮ghC'V	LەџG0<)ӌ#"$O_X%"5(3G¨ԇZ~RM	p_sT8ӚAtv/C̼WPJB؁aiW(@1)ѧ  USW8gQ;^DA]Qw&}؂'Unԡp'B"GۖKEަ~)	Q`Ļ+Z7JE#ˠ.xS֋~&ENaF#^=
[Nݵ!1;+osP^\4Չ,FYIT)"7πXڣ$Jšu	QwXx߽9Y>Nտ	Y}H5t	m$[ЬSѤAwKݤ]Lk4,nƫ]r-9zdjFY׀Nb5Hڕ5N
x%&WbNۅTrS;	dCz!/H!»q{"_{N8^St3dA'dIXQt?^H}ƕKҦeFx#֗VY9Ҍ7vNgsԹ`P9R58̑bqpT>5Ny7|NM HӸjͻwb/FK$q{9\=Fաfgĝ]0HysS.u	խj(7EPz(|p-BR[,|r9ԒG($ǵ!/кoMJ:֚<PuئI4Lo|DE8x'ÁRѐٞjw}
K4?Ϛ߼KqܢEѐ%CNL
FJ|؟;4vR-k3YG;jC:Ocu@(v#5ݯXH#0 BJL+)];rơ{CQcˏ7pJsg)F\.oOJa8h)kyq,XNZ(ǻـy^:.	=Dڍ;l/Ub9L5&"u(gSݔ(v8XVawgUs2iK^8-pԸȤ[}{?>b27]1˴ߥލP]XWvNM$DelG{Y"'Sx*@ TtdR:$dWWjh&*4G/c+
\߻ޚptЉNx}k>$|_'ZS|~.	߇/.k!:,Gu{yV; d(3B Ɗ zS]ϚI0̯͖Ƭ^	5D4aL~T+q~TW,"-ԕ?$+mLԱ yfGҸ( xi,N8ӍGmts-	δ4c!W=}[H&:r6(9'.n>y8
JV>(X=nH~nb&i5DN_|GƧFpH^<bTvv Ѷ1oPz
oSiV{܍n0[+ķG7qUDAU!w-O~2aEv{3ܠHFdr<vqۏSV3jiO15 h:vȾvՀ~I
61'YLi+!o
0s4YR&,6	6ŝE9\);)Ţpl
+ig$@N' |ǐY4s)'E(^`ڛ*)UˤTФrc͑xI}0ٌܿ@̾_P\՘f;YPCzǺ~N/-sJا|YϯR*&`}٭ժHkjB_U1N[bYɌËG$chJ[tJџ
~ NO2cTDٙXI-F-O`~sg2$fw \[2vxY7՛hz7\˱ё{եT+1qk	iP(%ܫ	4~z´t{G	-d]Z?KbLl!dYm	l	'ĮkH[v;nו1):.NrqXڛ4wp֎$nslt{3j׫i?;iFVoq)q
xۖ$8J!/xā$>A1/!-U=if<Z5('OSI o֕ʮx@80ByȘ/RB5lFϗ}	G-s@MPܙ@r' ~v>(+5tݜ9dWѺoDs_@'Dt?
_(fngŞSMou;>'WoWѶmߤ<اR.LBVo 	iu 4Ӡ`v&{@;j߅R^_4Rľ	)FY[^
Qo,/a2Gah,
r٠WǑ39*n@N؊~+գwXf=hV[ _U*llhr1Y1[x"Դ<YAS/Z~x_%(f	,4OYlth`eAP}Ȫ8H6g̀g*~Xi~1Z
b́ãK{VA0?@ZfU9Z:N<!zׯmXTPN7ut>/^&CTkZ̥opI:]ppR<?jkfX:\_Z&-ZYrg]]lmF)%yGNeػB?ka@-h)'o&7zdlʭɌNÂ:xMdFyo(c,PJg=_E+}RG?m?MSgOv)5zAفռAT3)+®W%|SѮWI$EjصɰgܓMî"3{¤[EcЄ!ʀ5)	fX9oeК>rzV2~ɇUTbnjeJPE 6ژY:	Ty]fASS;҈5?	&̲` ?CBL.pЅSka/ilsG8qYʐ,o~kHѱ vt	*0alBQ_4l=ASxQ:Ǫ>̋@QU}J8oE%{tӆXN$TK.B}A)?H9|×Uڌ}7ʃfr~*
3qԻްP>KԉǺu=n!;*m^wؔ\!wg+U{=ԐaY7h V)`)BX_!c^_hI-:951:sFLlrl>m
{G78 SB'!,[p?(P d.,~ gz:}k0'EG`Ӆ5:Ukѻ\9iفүuUjiU 1q"DjnjA&W`P0hζ]PAKeMLR,ť<crF#+n((ĥЋT6HGz0جrCϮq	?~NATCtc
԰?9޳1|Ez|Uj]@`Bon׎fcϨϯpR_Ȩ;՝EXzhƎGbv	grz+7׺3M_f?N,!?n[(mTg6(]Uǧn['{=R'utJ?|uMu65`{thiZ9ZzMR6If9<=r!#5sXIwTm_}ihG1. ߆ǿRe7XWȇͦ-2
0s1(N!2`MB4'Jp$Vg@ُ]ՆuNB7fj?4ϋx`4t28_`.Ӣ9I6;ߐY^tDnz%ߥubHKuɢ{:1Z o/~-ٞZd20u_9	E)l%fK2[jO؈κL.ښ"ؗ9mT}	D	gG-UsFݷ$A7i?G/8ѯm[du\ReR$=^˝%GW~҈{(	Rڪ=ClIHEɏ*0Mt֚A%!ѯiÿWt*>Hvc
<_"3o:qM3DQla$1AB;CDwERcs'£[Om:z-/WIq3(TЀ;;qOѤLHֈ1ʲ׏R`°@q8c-k{?X&bsP)p$³L@Eb7II.;-N}աM1{	QU&Izؓ|[7+0Z`ʆû2]V~Av3[\2A)KV֏mFKӌÑ)wyH=bMnowe[+< +,Tʙ3C	p(!qߗ˧-O}dekB+NFܙˢf7A3eUZHt_h{\Ѯ"pc<Ju
DX9am#GH8&ː1KW1l/{;v{Maf|#-[@%ܺ&V!ڭt1e̲Kކ4- :I.um'rxԩTOON|p>.f(5\0^$82!$ܜL~/0gK-{ZQz;+'~|a*T%o{$
affZ~.
/-\HJN{}:O=@ԑZ8Z_&in#Kߩv;1B!KeBz>'0Wq<p7bʮf;`mUG/C>6s-9
Egxk3@aag3JFW,>{Cy̱WjNxfokFfDw-__>*5?g)SҾ'Pt?
ٻ@>AMC	gf]V1/'4mhjַl5Gϔ%[եEf%Լ,W؉j̒4߉tdb[Q@&t׺Xht	vX(Aݚ4`1V?f%a^NĽ!n!u	J52Ic"jRIIiG=&aGBqKقO7<ˑaG%cA6M	*AHү~dnERެu	N9xGTx5YHo_FTYd	5wPVq(utTnܺ("Rp(#*sߜ8	AހJ#ݭP֩.BŵXząH>bܑf˨+Gj#Odz܉(g10v/ˡҞŮu#TM(k!XD(D٢*L*be$އ,vFJ2ț\rNaf:sSyƇh{Dk%|#ōx5c"FeȍEco8o2n}/1;w@r݀/i5IhY&^2 Pӵ.A>h"al;.Kߟ@ޮQ9 o:;BkR]zj5qd4@XtZ>٘Hqrۃ`0aOA5eK)
ҥD#"Q޾h%QoѧfGCDpv*S͔_tI=xMS@N1Fy\Ǯ./b)=Lw-9M,6C4Dkɂ9T~GgܸRcj
2ABŤ@Dt<3okchv3T)s{B"u|)IK`~:eͻnKIXAj#jn{klDST3ޭ{O΍W-ŭ$[smTQuio1ܠ	ssnʱh7p)Ofg<Äl(6H{L>X['ڣկ5>0e˻ٮ|ns]:)#x=6׉dJ-rQ`CCKOXI%)Adx"MiKyB9<5\Y{nn;^3:V#FP0yˋew(w!3&&T_o[TVPx;:ŤAI8-.h۟jD1ָ#;6'T0	|xkкpъ6p+|}IԦ2f͠_V$cgOKq	o@;m9S_EQHS]C{iũdBlܜ;h!ɬ2gOBL7/+ЏǢӻټ@\|qh\m3	У#Һݮ !n3@?ą]0afdLCl.Na>484.4_81xMǄ>r)eUΝ>[0_q_9=0d@N"3S^zZ9b
kqV9ӮͯH}4h?zgǯ1+!*̑F˽tAtCi݁PFHΚ݁c"tuG{2|jej%2B܎@=QwƎ'?Ƕ }YHȔɑ#kVQ~WEAXO+!#8I(GVx$$=])[Вc_Nv=0ZVwràU" ϧ0˸d/я}nj,S&E$sOrDRӷ8l| j8$[+6<GNLTΡb)>πт̯$cC>>\mޙԷe3>߱lԂhJSlӌ7}"^ȵzN:<uL,P$K$)j=	rҔG]4*(N0Ƴtk͗2i=>dMuSBV*ÅB^fsQ%|ױ^6elMMR\)zf,c~κ_EXύD%*+.SŠ^\f4.Ƿ]H=~DPX)p*p2$s$t֜ %B,m[(8=3ڹƅA]Cŝ2;A)ڰz:
9_m5ǠG~npAПM5٢v$;$q4?<ݯKo`+MUƽv]Wq?
1G{$vxUˇ
GHu̒&QR+MύR;KUɈ5G_vb+{&GzGo<Og/:U/KW<)P!mIR;^/ ކE·"t5_ݹ#LPVMj2)۵ڇnA:`_hEL4 ȦˁρR8ݤ<)H*SMN4Ee+e03ŀGZbZ`Arrp2ӎ՜omœ=`9ܼ*֣+m%G:9dq,NOw\XZη[AbMV[ZDFkU[-;rpI*!`U!>z.4|;ơQO+m+aF!$Y-DKGȍQCs}MiO,_e)tL[l8˭Zr"%;Da-A%X@!&^b܋dK#hT.$io\ɢRdQm؏!}1/,ɭ'5IcQ֖PRRio6ӻdQ2ȸ\D%\LQ:w\1~ 4ء ݁+Quԣ5&sGG0CJ{~+2G=]}BÛ-+D7;Xgʺ۸=N'4,%/כСϷvGP].J@J/}!X9</oLTPYYQg<(c7ЏvAS,h	kԢob[3)͝١Fs̻oǠ%7r֦IHm2t$~߰FiK|{8viJPujVm/#x<]J'vlvS5Z.H`flɦ|XҒUvݖȖO(޿,9{Xk&99ϔAĠ;ܣ̼`=j1vU˔
/NO`?N</ej
NA{=Ck<@$Ղ̦C4Z,ԍHBKĢ,FW('m',iN_mZ2+<EiˠlrUCay|ѫ(TS6WՉ__G?Dp̑}7nqÏb|FO#OكJOx-.Uf+ϛ?ā	|SB$qT6F	,/cv)UӳpF|%nޖ1 ʯ"/AuDqUU,?Q?FhCܹ2wNC%MkԡyBހemd?Ϟɇ}>!m=(pUr[Q/͕imq~5\(wF|kuB|WA_fwSN.ȱ҄)׭ly	}9%	dQl0SzɐH߆Î@a[+k;2ku`A,8d0=!:۝	8ez;>'CL:\eyb\M˱Ql|̰r-rs
O*:AFzAT?l\21#y<d@GhM=&l]PX#p()~Q'A_7J[Ʈc/#{F
>oӂB
BЬP(6irD<eQ@+mtrB6Ա	%D8B-[:uJ?)mʯ.	@uD_qҫ5r,ɾRQ#@ڔQ@B""χ͹^!VۋOg7*_C0]cjģ.02R.9?5g]rM&eU6?^e/\~8:ȎDT?S%J3у5$kWiضRM'b5ݮ`[՟h !lOpN{}AtA]eUPy|7/rƍ'Jze!ڻߨ^!!7pbzCb]z72ÁxZW22̭%X'@gCK".$v˨;&/R?|txXYSgI_7"ל$e4gVp7N-Q4۽HwJ.KVbP$ػ܆'ڪXakHA3eI}ʼvdqP}WuOnBc_&;&%þ6d$"3MSKN@S;Ǟu%vߛ')[p-#CJZoLs".!r3.UgqOȿmG3Kߋ#x;vSԬXjI[7-llJZ+&c]4N46c3AK`j\["S4P$n,WV{r·|tv*[u}b5.kzu Q+Ǒ+ڄBqe:ֿ\6@YkI}gWI:d͛lV-ufF,+FDX^8٠9)!*wiHEv¥#b2Ǻv*8̰}y!c1${8	PX%}ek/5`$4S^-VFYjoeiGzďޮ,fx[;,11I9%%q`UѧM<j=7$d/on_@Å,8J|ҺM;zעd 18`Zج}5C9$?8%|~W2$9Ͳ>~w<c1_1¥Hu)hԶ`Aל|L~hٝ\n'nq̡vrqR/rga;94 Ǵ#x|ێ}V~qSUeiUIؑi4IͻՊ43LB>Rג_)qhlb~H9{e*dgD0U|ݝH0o+GyLt{I>Xz#߂n*5LF$dZnyOk"[c0ˏ_kt$:p(ċ/0f:ҤºwDӌo'ŔMn$rr~ɸ9F(iסGJ't$!	HqCԹ76RWw;JG_iddЧ+1=s["hRӖԡRt]?hЫ׺ʞq̥@<iB{r̬e2jE*h͟5U~̗د2Jsk¦Q)`+!3u]ʍҏ,NЧ.Ӿ>At/a=*[-ԃ;e"!݆Өۺ<٪.8G5~[N*I;9į hj/:o Rʪ)TAXμ
di[zpGvb+Xf7۩:-&zyq:G?iMdai]L3hػwJM@~zϗ46}Q)j#MȖ
ś2c!u12ڪ$YZ8ZcO.S_+#]eiM01ReTcgXv&V,u'Ty/R(8Gܯܭ'Ǽn<Yd'/ CT6(73kv=7^,CܔJ5yR<r:0s]GkW԰U;Uc#ܩzkV<`6-Ǳ.Ni+u,ݽ8^$xyEVس) 'IܠuMe`0֜BEӎ*45z!OkR,$W׷gO9F[ƁΪCK9kȑՉ/+c$j7u:HիÏ8`ɧ`uNֿ)'C.i
Vcѡ<՚`FYɃAA6#Se3:-<FhCy\ZMqôt|К@Z/=4\^,rdQr+(6ΫsOjtb69ӈg@	}?VMeʤ;L}ȉAnH3XՐՕŢ7m(iZL#.b/NіϤ"//(ǚw]2`*8'Kdjhbzg.ׯW6÷ڝ@ʰ	,Ɇ$qǵvte@e&}#wqڄEWa1bB:ćdF9S՝¡w5ǚP0:&DU}R6AÍPzE~ێfYVyu.XoބH}&)cϚ,ae!Ox2#-2rx.KRN"'zH_\:ӃsygM;v͌yEɭmƉ2&Guxf_цߋנ;WġÛc^=$Z5+(ZAeOז!@SVvPl|j^Ͱ.t~^f[d63[E0mّO_ˡ%tLj4Mmʌ!-6*	f5ۨ	W8>k|մʗg0.gan'~Blea+p,;fr]ρNٴq޺v\J ?fwֱ$2tv&Fr߽Ɍ@pYM'$mv=w%hjiw8+Y3.fU~l6hF.Č^?X?<\ `2#H.r'?;@f_P\Fq to{/Djh9nɩnm5b0%4Io7w*M-ޚɬ̜vw
`8*=UG(tZfHy%3L6φxΉumx|M߼&)Ы#_"'7~ek8<x9ю>fzR4LGd1	Ԇh1%НÌ6 Kӱe&*p<cymĘh_g'*9X"ULkB3sTLB	Yb;w92l.|fs;H8܂m0F%U0a^?1t`Ũ.W#6!4ϖ$4@:kG]3_Z
L0ӘLҬ&ϱ7#?rosiIВuy)~G*SM=Ph1`-68-^;[An[dE-ipK#FR7ZK8pa?#ȁ8ɿ6>u&x!~}>O(*e%6hpe:YdL٩3tZ4a=]kk0	*[I8"Q@ed>BDlG-VSj%:)e]%V3eɁֽoHxݡa9KqOHmt3VS+,l,y6c&Q6a]\sϾwE@D
nn+ar_E'z|ѐӴ-c|4f``"J "1b˄,R#9eн[T.FWܟܷcلVyEjpB>$9׉҇WY΂WI"%(gN
u>GdaVa΂(8|OK(Dd@>YtcǙx0@2y`wd"b+v_in~%Q&s7fcy+VwN$#s4җLLHu}þ 4-3+!m5;\SZ')@Jĭڱ3dSČ3=$Gԋ@s]RɖòDȫ%?cވq t\dVËIͶ,[wud1,/RpiEjfF"v6 .Vˮq
6eH&?YZiԻ4V2Hnaǘy
LXdn΍,"M1OAvUIܽJŎ= %x͆_T&X"F
xJt.0Npf#Q@jH%)D_WyQ_"ՍG]Dp[g,ԅT6$WjQ*&d#Q_pGѥ1y"/ I:fK4"(<jWYԤ
BܑO:0Ud^Wz)<+PgͷҞ6pKgq'mZn̋	!k{f:SNkдub-LKՎnγA[FX3D=ۧFAtz@`ØLqVCԵK8b	`,؉5ɕ-#/²0sn^ċ؜VuuEc+"@W-(Akst!M"=ϋ,0so"ge@ۡkڒ nL1e!EcgzdUZSM/U/> SMeT(<1'RQٗf\IB]VOAm"98ibsK[ɫD3rCA3JSg'[V0eO:'ɩеvF+Ҝ??ßk
ֽZ;7.Y
r{c!_ǴPVqӋۉ6#g׭5G6ݛ:[hFם*t˓O:Naݙ
`1ֹnȤxH<$40,7Ùހv
M;^&z]8X2ѮĨ0@Zk1s |Uߘ@1Uf0*B@[+̼o3ZDt,1\Jwɓӥ[iu:7ܩ%V|GbHAA&}zz+:A[6nxAoN,Y#NN)MLPU:ZC@fҪK[^K~N>7Hĩڷv1T(oѺpNQN<`9zSzJba_UE^>a2x7o3tRhݏn&
<g>aӘXFA&Z@a4OO"{{K$?'=$BZҵw(?~dlTmCJW,mVԍC9ۉΆWe8y4BӗUf3S3{.H]$l-6twJAҾZR(Jm>@7DoEzaɍם-(ڙ<m&[
1]_HndwUV06Mg iz\ݗFRo0RI\]K(00eKdrnR7sl-7j>/7gO[V.ٿ,.0Ā7@ha	`_9.\(Bl](l%bNg%9oո5Cmc2X X}!LӡŮ&J_Xj	~XơŚ]73^h./*XK<ZԼ}#Շ߁1ƥ<_z^ڽ=8~^ 5
"@<5#qho@x8spn	OƂ1b]~B9&DoL!ΌҾQn5y,\ZKF=GИ8=K=UR[[vD{#*Qq~Xę-J5Gذq:HѰG^:8غިԟ4M
8)L,t6sϙ(T
ƀ#Lxϐ-jݑOAA'|ƞղ:ͅ#J*?j*y{P2¼X*ηVClݱUfM00l[="lLΩxZՉ!Vx^Z8!y)ևwW;a vlaŷԊr5y#lЮ=	Û 1 bԀQaW)11݅.0h#ČشVױAMUJXWqnݐP'SvVQmBi5e۲GH}l 2ʇ4HIu9&ib4\·|^mZ:We4ujY0zJgmÃI]','m=+@Ԍr8R׽4,\)UɠC*ŭ-wd0>0>`cط۽>0GN$,öFs\rn>[t)j/U
PNOK޲4>m7Jʭ5{4Wmc"aKթcX](̿Ԡ;jA4O>i_ZeH}Pc,JA"\˜iuζB.%>5pK-K˷;yYjl7?!@{rw*9aVhvJjRpCٙ$A?E}+cf
fI-܋_SE{ϜBeA
JqvD],QYl-rVHerQWWߗDG	úDzҙHo+.?YAi_AJW3E?/{nNb(
GZp?jipxِ&єrс7K.lh|0ӻ$JTҾz*Rc%6ɨ	y7u\j?iʋ!Ia-ɁwOTL(VøIB͞Pvf.0g;TNu;\hk΄[KV̂ڈ]e¢ŁӋƿL	J]. Ȉ5LD9 ǲE&Ms<js3͒X2{y&(G#[dp	%)\<ֿYhfuOl!ʛ3s˘օn[_
J#~U9&Q߳1s͛vrĴgIKxTÚGӃu"wI*7oٕߓ,@2Yw{/=˻19ьD}qRZHup1vtX>g"`J
'`PPIhit7fPxZƌwH|CHDŴi'*NI)_
,tEq;Xϖ3S`WKa]ϋgo	=#Xv_H",͢GIۗU|V[0/D2M ۘ7<|azE-L`R{}eyulĉ%}!grAePS0iqӣIMY.	}0 ^qx4	@{Ĵ؈?wf݄6kQ-wإ۶{=9NT׍A;8@ZEے7il)E #%ĚpkB	.W5+ߘ+S3ȽJӫ"4h"VefvIHr-J%K=C>ֲ1//|Ps2auh8v-(O)P}+|)̓߱DFoFS4Ϟu}hxN`1BϦ˻΀֙վJV}ڇ']{شK	є$jV:]*e+8{Aʶg'μҋ`2E_;íN>V1[ƽw-=:J#H%4*ֿyWHʮz97k_4s<9N+CUo~FxۯR=hQև,'۲bhb6de;uSJAИin~_Xl!t×u@E6c
0;2pW
E"<7~;29V0e(FJ}ެ49)UN*H{-ڳӖ@ԲWk#0я,pj9+G&GM{`-\
Ʌv
nDlg[e;Зۣŭ13`&`)$3vlϥlةM8܊hyطj]Հ֙Ҳrfհyn{k)Q`5>
'Ƕ͔ն1qHٱSٯF;%PBUd2-!}|W֤8p6jֳmqqN6p)Ta.vK4ͱPeˍ֤@X$D6IBxœ9;{wl؂Uv`"Ǎ%Ү4ĞwTYB`qUg6HpǣlE	̨zKǚf/Oę(ڮhu`:;l
d͘KӟL{vtYߗK['XOFs7bڵ_j{ib_huXH9f:!I5os\#nmy(:uG
׭RkJ?~:GÔN?ld&դ7Ͳnkâڞ=p~X\/6ӄX{ԥ=g@~{|Ҋ!ƲkAe-ǳ'9]vT~XB}"9ƃY	z}!t"6SeZ
ttaѬ'vK^WֲTBy}Xǻ$LW2ٜD*Dyc!aE5x|na?>ѥ$Y9Ěq(ƀn:JL̂iy
UdD*9MikM֧w94rLJ"A_L{~X}'ߚM߷ņ9>h޵ZovT`HiBf:>g\tH~Mr$Av6`̭VWrVr[XSMD\t9G<tF ߇V!yK{DZJPґa8btppOaźoٯy^e=IrE%Z,64Q=YfB	!6,0z a6>Ʋ;Gۤ:B/ͩ=ӈ͏Wuؽ)`zFD	z]Cqt1D¥^$ĳ~|<kf)<߰UՉ-ߥLʴqn
y#If5ȁ^}Dˬĳ:ӕ٠x&FؓN9ɳ?.uK._Gf\Oa'kvuQ+9%"#Ftjvo@y+ѭn'b!6дː	X=)Diwb[]D	rt1lU~růG cV\ۺʻd҉lV/ڜ703.Ͷ^=hYFX'ЎTzw6|pctԧΆM*4c(\Te+KSmDCݞ-aE'dfKPŝϕۮ-W$$2Δ4Z8lԞYnlpε||yk|f۵|)4N8N_)ew9۶Z 	R'1uNK1U\ "x'S-dYe&)Eotƒ"pn[?j&1B6:{OيʥtT$M{Ҁ j1?(rhE1"EÏ@e3#Z+29S{-A1tOBv;A̶fӕ{e%ͼ߻Yr=ınPWAѴ	~sQ}L12!s#v3h!֜!Kx#E\G(j$~:u{pPi̘5	^W']loҙHx%ӚѸh׹$bTk{uhe^%v9TR%o?ahE1
G/rݗ[Hغ[2wC1	 zj!;A|enO.[jok-ßjc6ڋO'_d}B!m20/^Ц44;ћ`]:SG	qǰ`=q@ɼPӛ5։tRs
g.zh8g6}b#0>ǶD3~P<;	HcYۗiůd2W=OS/6I,y_YG`)KsFI\)K"RN)%ɮ|ϫ8tL$ə1	eToq+c`	fD^Ah7~U[ʐ(;!QGC:<'ǯ,"3XY	H<l`UismS̈ĤFA'~n/l@/rʡN>B|Rߍ )m/+Xb*SиCCcB'Rؘ1$ \)/<)ρdL)(/8
;!fx4H"Pp4	~mm0,M6?Y=`ZTbL=H`{;6VNxagWh-,L*OyO%FT ٕq^zv1O5J̟R8*N.-nm׀/ۈS(2?5|\rxhL`v` xmgǒBlPHƑӢcL}L`^O;r9;̧՜ݜ$8j^II+n!Vi'ԋ$0}u'T?ԋȉ?	`GSǊGtA i(~rõũFB^&$7^Q۲kMvիr*5STKNۚ3yc%č2tяo6<U"vgZY^C̩7(֨tilɦ<xMJU:Zmp!(N$!ksgK9ʒL(Խ`Ns0ڞL؅X2rhZmZq9ժd)g-gVwGM?ipUi۪"j0IKŇFdZǧ0dX  sBvn)(Wemq9dc48Gwԯ(\7BsH36--U	9lgϜ&GU\0D˪@q_=/	SI.C L
kRGPp6&G~?F.J!d`ٖqQMY.Pgl'I#k}֌m^GÚ'Fz}Uupm<.`M%5ߛJx`ESqpP)OJFLxB,DS׳lo;IxJߚBYZIS,}A0 VwbMmxB&fTa`޳d=F)1nP.B}Ch;s#kuUr>j&=
єKkzFڳlI}wȰȍܤ.P79B(/7c,0$
:!=8Wҥ)CHFJٟ˄Y7d%H$}t*Ŧegɞ{s{}j>ޔ1IS6fĖe$b2XsguqO5Ry@:pV܍6tF.$B9GMWcd%Ra'cʜ3)TauoKq}1S-*?خ	O(ܢ4TZO܍LiI '-*TĽTU+Ȟ:qtI©YZc]0n6,t1drQP2g$KjWKg,qlPněȷ$Eh<i۩eOa"VcY66,!=mM%Ul23ANIr`Hđ ^w""9Զ8]˜ZEB֚_dlkM+lCԏ^PǗ,ۄcuLc-uȂʧ6q:IkE#pt"
DXO~ڰ{.D$=KpS3Phȓg'aiW6[U=#*nڧQK+\+WKՑWM;hĉQޫݙ+ֿK["os"ʁ&ޔ m	
H5=CPܓڭhC]q3MR]Y>Ffe/dԮՑ .d5of@L{?!܋-=RBsӱV۞\J(pO~5GhC^uȃjҟo(MSÍ"
9*B@~ZwJ
Ģ?Me-!Lz? /P#=L#87i>G8PO]*+dR0ԖAhӀJiV@TTTFdI*qn1slP0X&[Kr*_̘y
55zgWl&Y&&&3݂ӢokV$ӄfڒnI3,_H&",I4]z8|cVڃrj.Dqk>ŦV
`9tusw?+
''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(18505)))
