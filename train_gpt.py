import brotli
n=a=0;b=1
for c in r'''5ŨbGǹ&
Z[c039YD{ 8_~>`MLUIV+tT#ƦA)tB-GuY8][\o4¤WuR%x@"R1ؿ7KNT#0oLSƑ_
X)];-rиtf*wwξ) 9ߌyoiBۄP
eɻWF6"bխjm=_3U*J	=|1~VHs-omo1rԘʻyi[mWwB9}н
֑^qj3?fZ[B,_uEJ#*!m{4<?i}:{bUVHdf,NEh]t՞F^*?Ѽhn2$ e+ʫ+_7LYUxhșkΏe^)ȚIC{>W:Ju:2(y-
&IW3-_؂H-z+XSokUrɡ,^KHKLl֣)P:Tӂ[Q<7ɏBc@=R((D5NREGl6νE#lvkjU 42NOU{LXͪFH36o75%niO-	}
j>LnƻڮWaCǠ֣4tS\وM%ݝg'kcD'gg8Ֆ-rL8/{:^L/Fgin[ܕ٢F&_S\}
{]uF+)ĂLg>]Rђ]_߄Y%P%}бKٞK}9Fl@:?zm)x`EѨޝƋĔZz`d˹SA	ۆ1v8&tk_#[IH(Ghqu!Zօc҉I'<!oHoWmM7R<R&4$*9pGD{ܒvEz6.ٟS^ QR1E Oo|Yɒ14:v"ڂ#9w.	ĸRz$mM8-a*NtYl:(T
Ԍ.E\M:Ygyz.eTץM5=%Ǫ`\_1o
|ͪe[33ףżѫP9˴zVmؤ5Ԃ DgzL>S789`ذ˛:]֎TSRP!HͬI_XbȊȓ,R4ޮ.L>%3Ə$Wİ:بN;3_Z`Էܢ2)iWD9R4Y˂Af)FJht;H0$[Q~K=3Ք`Ԟdks<>q)sQOFVV6̱3۟@fͨ"SE`hb}J46J%K%~~=rLb`&k`%4X#\.k1+pey&{?Ohcܓ\jsiiЂ4aVt_ޝLk}*`ʫL_k$i|M14_̒MA8dGSEMjW_A+?'9JiOuQ_e1+fRPM
 @HrFl?xSW+۴)UG=9G4JHЗB{%$/={^RagoHHhe|\+k;!Km)ȸtb#^9ib 3јxȃyOzʋ?G2?"S_|.:D:7F'ƺ#H<j4E:*'ZX/L5$nH߭m3u0&T'qFr{L'l ,{ь($:SC,hM]l\ŋԟ&o1<z7w%	d);S\p^,9zO8
+γ;#P7ԍW276ň׾bvHG#`b?M46wi_tM5QM|&u vߠăwvzepV.l%eZ`uFZgrɹ(^X@}((*ȰVƸnz<
jqasׁc^L}dnָSJ&HpQC@7״Vp) qlJ
Hً(uhSF Wjt22o).L(q5^eu}e**T#~Ζ}PY/:GOP3͓aREvt|:ޱmoA(Vٲa
-жsΨ"4**hT%"G-s ܘRlߺB܎97ǖHM2Kn	R._~Ug/:LŨ+pm72l"2Ņǌؠ5ǐQ |rfٌYO+sq%FpACȣߎI*?('#>fH(mܲf˭:g#+ºg#ΒRټØk;JJjĽ"l06HŦ~2hp:LT9lY.8KɕbI#jw^{Sxo}/{B#8>~3-aa=OBLZՙzBJr>`-ݓ3TѠJ	?֙$/gzfTsRaz%59tq	9Z
NM Db!7a+jx$ӆ{qwؘ8+5ȈԲԿ>39ziPGc)w?Chf6]wI1W[F7^8PSw9'H׵Zµ2v@ri1e99b*Ķ{,*!f½\!G4rڐh$	ɹجvd&޻+ŷ¸gdht6}#jds_CEhU͌́|2y.M6O5@Cpl]eʈڣH:9Sʼ+:nI{>ŪӜHPB@4e\8_1SGaUzF߼^bt3W)^a."g\Ɨnl\Ф%ЯÍ$`X<Teфt	§AocO{9Ssd>n%/20l^]};LvDUaZԅیH5o9tЉ%<_GL&jF}ed!2j0&/y]Uĩ!_S_KHj}Ťs'pFSd3)"&qBMd4u2q]**jôk4QP,wrAaϤ@Fn̷`EϭXhVHO>sk}y>o<>ZlAR݅&\@Cv<	n&N49!~,|`ʊ]carTJtj]DPN,#.y؁&9z<@fuy@x)9<Zқ(u˟ɰd!1>0G(w$qUp0H09ϲ|:	Mهã+( /&REŨ;,gBe~v>2)7,oR>mX]m@H-<
glwޫ+\	9y`LvVIi07İ7$@kIRlo'w'N{/sw63#gW
+Vi=	0^[yyr/pVWV+$b[ZR	Kc>0dߑq cc.+U@q!B±dQsjpelEŖA3/3 نfZYqxۈ"{(Q5VֱzdjJ e^sBTBK1([ϐ^[;;d1p-0QJ,Vo>m$TG1Q͠=Fù DpRr[4mk\Hƍ7a=pe9z{}ԍj>`Bpa?g8tĺʀedĵzؓy(_͟}?|wћi ʹ'`h׳GaY
R
q}w!XS݊lD^nsH	6TpF݌ ^	6=L}`6d\yfuEHӾ|z6m@ˠќ4@Mmk1uS-7p1MT@$=%M5eğrXݵ}R4ohq~ɋUB}YU~[l7n,vnAxt0m`,{Kdͦr( ڦgu̜/p0V3]W5+&sGeװB=jCQvxcFڜO1&ɰke"gGC^(`paݝ=ӀkEonL%PyR"\>
;Ęg޺fOwkҝաFS׳ܵ1ի=hϟgpgUQ>q˪)xO3ʓPS':xqo؎+9m6deem"0HԖhdxI*	!)fsr
("n4d}G5?ߚ2ޘ4G11vxd+F/'Ux6m=;(>,XO_:[j3Wc<JkA)1čGAGē ڤ6n *e4?VD˼~۵(t{2135$FEne?ҚhmZd/"8Lҡ+v`0wܲm4ơ!E!JkџA.âZFۥ>ӫYϸYm^
yIR:EMIL-Lurj3JڋRNb٦J:$[ߋ˩oFPoƀ5IŸŁʸr*˙tAc6:gRZ-<_h>S<38#;#ϊ$߮d0Z8lE\b0X<2%:wcͱ)FLS:wNsH]N5MYފɛWTdT|
ͨpTD1YǣBVp~dYmE*HkڌD}!ܑ
 xz%jvhȺ~LZS,zsXn]J<ʍ^N-@t	PI[no&5U+/R{~QΜ,IXi1k)/N'ſl[mǵ''/2h?aֻ=|+5M ܢ֙i2 'ٻK%;/%"g.eu1y
:YύF P=LǔK5ɓM=mЉߧf>ɯѹoEB%$uP9ٻOcdON3^i9g(i9!_>PGoA~ѾɌ+¢DNGh57
N1Dy+CKU\Q}E~)d'ܞlgV^x!I~EBPqBiOβr"m;8#ךCbYQ(b`sБxQ{oזr/K0əUݖǤe=H1i{MT͵>?f^|)uݏı*XMqp[ī֙έB&Ʌ% {_{fB <y2)KjWKXF(dΏγ$u\cC{ٖI[lC$Qµ<ޡt5SyD&<GEB1_pйŦE%MƉח1n!zZS#o.Z]T9lD|7+κeրtCުF]N4|ֲˉ{KuÖXKQ4ujEcv pL*Mndg{sFug6)Tf}|ה4<%n~j}XPk8).ȣj׼/Ev:tU;kѮ~ݞ1&;=MƊcvX<e`5k/~76,N4Cz϶^"@~h:k<Wn7u/~9)3TWEZ^ҋΛm	cό}\A!yUsLNߛ-´H
u% SJq8]~V6V4IVĒ5<YqϷ,GVn_+(|~sJjjh!wi%1-Fs?֖0:82]W4Hyf!\C8ͷ3kf[wHh@1G,YثRUf]W4_BT"QZNFӶyؠإTnAa{vբ/Ր+BU'-W%7?Cl~YjC9\JfzG_DTQXĈ-h}v3۫L~dM2z;c43_$"(@֥*,*`%$'\>g.gXo_Bބ+&͢IlO_
mH:Ӏ42Uu'%EE6ݾ_xwLΞvВw%24X&782]GC;%4(6=D>Wh`gMF4:<.W*Z%wD|`_4׺p[(BDT
 `H|28R3qZv*u%}P[3+O%b6wrwҠU?rjV+aR5F{-CϮ*LMxϙ?MRyƟWlhJ>*ČXẗ́neKMʲ$ĞS7<U*;ZaV߅ٟ^n:o5K*ƇyگWoSdcD)#61ȯXm;J;PWχ)	%;>KŎZKO1"'+9
j(z!/@xq|FI"I1dFy]CDJw?I56כx;s79ݍj&D6Ey)aAFyĥ~jrO-ǟط{Ewպ#Pv[cSM.{^Laa,bǫL>6>ޒ_syқI/ǭhOJbQb0!|hpڏ1~Ԓ4ѡtXGT5H׆?5N>դ[-VC=&O"ڋlL׶l:=-͓=pܙW5<D98>i%l&X.W$HytrrխvU 1՝~#@*Q;jE%CȂIն1ƞ_>BcM"#~#VRŧqL:*ayrK5f&zw7;.tP}_naN?x@1rH7ڒdـOʑT؍_Ďz		Cq*cK9vu~B]Ftۥ^tն{?BP}%wĴf8YQcJ@W?k}İі4V֋.Ύ;ިżX0Фo`]SVr N7ʕY01ZB>K,@ڵ)ҀW&[?һ`4aN+g12+l^h۞.oϙ9fB¥z+$hE9ִWL!c=[reY ρo6bB_f=v1pŕ<R3fZM'}A30ZFhpjRRr(gץ#znc?EԦB1ڈI$sB\4[L<=,7lߦnbnњ6z#<7a<y1OKr.݋Ө#iߐoouS9tEtrn[՜Ǫ~ʜzC[ޜȱJfѵ;ǊOTkKyqN'BWݡ]-\Nt¢*ēףgp3U
e*Q[Ǖ݇q.}8nʈtK.&uU/x:~ƃ,ܔMG+_Bqɼ˓agT?KA־"8ж=MLК@<@Z :kFM|!b+,r٤(Qt[<(YnUlSBgTlPڣ)P_8MȊOܤbO׬I7$U%%;U$v%5n	~ҖG3c>x`.Ĉ9A"mFi֦c5+ZS$`nPĘ@*l]+ګqUИ@lzǠz;C&HqcqL!x*>Tr@qy|MǤG&!r?ɼ|I6ƽxSXg5,|XHŏ=1,iivC0yֿR3%&̫[#kJodxK/4e'FZbIpę-_ʑvæntRynlzHd,Ch8Q!jc1.Bu4v!h+õf+T"Į]\B p>t;\Xn't)66BsɽуYӤEߒTd^42gɖXxʆHMNȟ_6F܂*Z)<v7ٰOҚ\EXV<svO}tf\ˏfBJ@jV$G29ϯ&ĸh
dݢHn@R\Y])^Diţ1rnRxrG;p/5˜a*&JH:rE }F,ʋ|"y>yn'yյH!2UMҽҜhk[Qtcߚ#UYa.Sɣ4B-ٽOek|:E.͉ QmIg,Qfˉ]׏-xk)͂`Psc&NL#A86WOLPq0,L$xVgQ0L!͈g9,+{:uTTXFWR :/U_َLN)*Vߘ.nrĺY}إ43S3?<HW׋2#,@Q#LLnș=ovF7pиjU!=ɖmΆ&_zĭ
)19U_֫gц/S?g$n;C/x
nM6XR0OeX
[޵e1/l`1"lIeupڤ
r&Q7Of"?2!&+Gvu8ñ׎\%q.3a}:Wjf,>nPC867U-'ɍwbۓqZrsb'r7фA P>LnjI^ڇu̚Z37wX$9~RG-W_olc4a>!_%
}Ō{m'؁X0&-rPߦ In<ФD\dFҧ&e)$/^
8֐*tG(WmIΑ!eCQxf{r?HBnDslO1#M,̍Bmwm}S	P+[) ߝl*̞ď#$ȋ~@`gެmb/?A	2e~^îOߞ<ҩYD ru
٫BsɀWŘSvMsU GE3bte`Z΃i;gZbQdµ/P
EbުLVʬO,UhvqpU·!,ITUEs1@IAOr79?ζCr|~/0Y?Mt}iI"	<[pcW3;ORLS'i1уjGp~V$ˎʟtӢyi*-iWЯ?7~ݔqxߴj:ɒQ*2,Iͷ,TnwwHsMSTy4Z3Xn|e-xl9K-SLĩ3hKL#(-HՄ|[Z5,ʅ7COi޳A)	܅D~Js28KN D
soϻK-0!͐$7iмrˈS+ơ;./3gVn~ç&yuHISN>;>DJYD>[a{4JgTh	ḯ.'jph~	NztYÙ>G[
̉E̗}cƶJ=*w`G5«9lE,{
>cKاmuM@4.~Gj81c۹xK5[;B88('Ǭy,8A\(J6ƐSskr=  t![rQ(|ĶJlP&Bm9iӨ.hU^Άq +K|}E&WGI82]{0C<V*k0ƇFcaU1Q{3A@TEۛq"j۲Ưű	NiXғ3ֽAL%.8D\Z
xƐЩ	4PyԻҭmps>5i3#O`F?z}<s=7k̩^6O1wn=Ou"O;ϻ4Y|wmMP3dܬ'=7TgPSGr,]9rFy|a`jBV^E/vN*ߘĄi]53JN;DFLO$EYܧpɸ|3%&NV5S{ɸֹךٖZŪH
ϑ`MժhlءMxyDD#PȕϾ͋~T]c:,M`K(l*@8Ix'S")?Ƽ.itK3yU׊OR&$c= :zMoBFr!i&.3hVx0ḳ`FZv)|U6U֟=v6Т9ΞwAv;07i5كqbAotMN[{<G.5imݛqIٍۂda<\]+U\6Y_ !Ū(ؕ(^ˢ]l|(DyRʄZ$SACi} s\,j`Qd
<'Ⱥ(,mb_6jV]Y.<v-/zK2.+:v$Yԟ]ˡYn^^ziT~_	Tً {q3$@)%TfA'F+uJ?G$×4s>4M|8%ߵ*	vCCz^V1F>ÑY),CJƌ`/uCX#y.	|Xv2;-?imB7@0MHE#<`2(x
đ7rd)n%~tD`
fxĸ$wRż&Mo|jjbiދ ҳwtH@WK{.\MwwNzZ1w(̽~,KF#6{k,pƦU;3"wHK[{Q1ի~uccrXXn`T9EuU,ɚTʆ`yd"K6&x p}!"bXx@C|%ȫs]!@&OT-2)2sjkG=*`}V|C%&vJQ-{Ԇ>9#_IP.Ai4#;n>pW*\h޲j)̏T$@*yB<z.h_+nXKvš"[s|.h!Ea6A5Y>G2f6HzC\Ӊ4>Ͻučɵl-ĐJl)(G9)|Ý?h"uxS}ɼ{>?RjvVѦc[pGq|ӯ/?sigW[ˊ$h[ͬڴz`RYaIV6{D>fR'aٛS}S?'|nuԥ%WfvGYOBU\<scy	|rܛg=ʣfPg47[/h3Lnk".-C7*Q>@֣ձy<°0ncCw,uw$%f#	Z~t/_s/Bg1eo}-VK()*5F&jϬB=3vCX	_\dFR8݅@;/:¾)-PHoElď11j.@a`M6\$-w2%nԉߺan8T+s^ZħЉiw-k=+JZ(B$SS_Y{}#pã;7RwrΠ	-?-<Xk͆6ޱD@aKHb=Z7unͼ#!CϡBm"xf,!|\ėtWٺIӥȚ..H8ۻ?\tr<wJ-{!*{^vVK7wK	`puYrƢ#,Τ6U@5]
 JQڃj|6Ȫ]#(K[ˎi,ǃE#ѬKyP\֑DOb)˵!!Ƥ%_|>Wyd&zЀɐym>r,Mw9/ûiI><<	tzRעhlEZ/$̡ӶC]ގ7x QPyT©6!yXU`|=/ߓeR)P2
lt%-H<w!ɜ<TоZڿy~<-_i˭QdnIF-dRJڃrl'&?мbJ%(5#P[y7#8hcUl?;U)Ur{9mh~!ޙ@u}3Amԩ1i!)0VB̍Duj*.{%ȵԹ{G3cۻֿΙQІ-t|(*q=OlVBr#\3JK)ڸ N5ؾBȯ7t-0jV7=n^ƺt%f^Y+2ɹ)5ROlV@HLtٽ"$O*уq*%!y%Mij{Xƚף.",)Act2,3>I
fK`BYg
F#Xk@H	{g;=y-#8b՛X]oފ
D!1Sۆ1&fDݢ{ճӋ~׬
ؙc$Hś gN}í-8n\_>Q~dY8d&߯b>Of	P9m˦oc3_%;_q\+vWe٢""Å]i0I,4ȋƺ0Iyj\gKސ7ʘ]TzGƗL UYqFIkB*6*OrpGy1:ՠ.y2P4sرF~ˬBӲս:/h)##gZ%oj'p@o=×//jY5=GsT.5l2:aА˅MJĂƦ*|!.:Ӟ-"*%C8REMpGmFqmx5"0F*8Iw0q xcz{Ů3}XXUbXaKW5MV#c߾+ȭN#dl}68u,3Vc4sgp'.Dcg
Rvׅn"~ߥtES)E41u_\ių&tڪĴup<Ѥu$v<yӦӡOY#<Z=1'?ã{)
u<،${-l._}"?yH&7 ɟ@&/udƝ6= VaOM&	ac!]jZSH\bk֐'Pb[4XOX[9\^ewVHJELdY<ss#_{,'uT
9MĸLCgkyz-D
Bd1vF)ȷ4pOfp&2g`ޯO;1uЄV̏l+n&H [S#hnARdw]vB?r^SrDTk<ѕd^fxMVxZX#ONB{~8y]U^Sds<VOPSo{Ͷ6\^K&G'I̐igGM̱h{"͠*2t0!̖kMhQ$q^.Qko"$ܛ L>QA-Lˇν*,˱?zyrXKnHW/O8؎1b&ſ@ttM=uK/6]%ߤO\Ι#'gYVڜU͈Jpޅ8d
ؙ"ȷ).SVܖ
JKZf~$<uU?|
r/mϫyȋVx5'Ϸ&tG\;)˻Gׂ2>r!C6qdp(pGlW(S4?/ҥqVTbDܡs|7qx{BwÉb+EwLĎK&n(!Pʏ?*?'!S> \NCT)\͂zH1(0Q~cق,;kծ!h=kP׷sc/+%wŏİRi;҇3D!VƢICL$h_וۡw2PD?#;J7D#}Wbtf4YTȃɟoRHZr4GgWc?4ҩ42\tHNM@1J82J! 9'ɾwpSBͼ&YOspL,	{ŭ\r	#jˎlǙ5h@(GV`vGLSYzyuVDCԜf^lB\Qg;
(v5gymF,<̽4hUól}a]sZ#*f-i_bG0K	ĹmVJXg6 viZ<sߧQ$r T#ӝnH\:#+[?gMYYʣ72v`E%O'UcyѮnq
':ƽ~^ 4K6jQ4<_=}5dsʨY1%,%]Qф,TM<WzRaMّvJٝZǐ
%D٘9/ܒ!Wf-$D2Cvl8'ZRѺ= ΒJX)/(M[BG̵bJ1{p.(9TQV,3lf_Z-	 $Rd&2lڦWG(p"
[	 6V׶_m^)lpPjh	z%0a>i3˿tfJr߳Xpj=$jxBاvI.V^sgXIi%2Ӑ˟'#g1n"c3Oo;H1A͑`LL`J:W>'Yxqřgv$׽}Ūç˱GoG;w:DʔD؆زOT4F*Lɟܾ|3ӥ
K\_!2	~r+:sLr
!Ri#8_	+PqSƓNNk%{4WŨdqA5s̈3G|]Ų~g;Έ tLٝye.hϋڙɏ'טt[\xߒ@RX-{snetjEÏ<#ֳd֑ÐzP6_.ezGkPkZ8faxEȳt[=$ð=iS_Biy|SYE*VDdhп*et	^}h/K"v<EyfԤρ}]Db݁j'ˇgDuVMʋWb=	2e-mg-I4	ЖO=(qA&p.ZlV˚:\u7ܜǙJ%:Ժ6a
=nw*C0,?ȎCp2^/ѳl@fsSd[6bg*G~ndoލ`<6k1#)ٸ½~]oq|VGcqUw@bn!ّq/]0Bqǟb'
|ȥgR¹D#gHxY#ѯQ>K#3pG 2'
;BS)64)aۧ_/i^7W[	[GZ2SJ,@_@6Ϧsؤ
H>Ɍnw9]_f/՝p'|S,`ˠ"pW@8[|C¨V®$v֍E#)T"{ߨ	;`BԾ3:pLdIGz;"cֺ:NnÖPzX%1[E]Vي̼	#A"L˭q&߅vKcxRCBߍB6aPO0uAɨxGfcƑ{qlr,Ľ/4eǋ+Ԇ`)D*>R=q	#sTI$n	=zIwl{hX)0,k'
*	=llC+[ƨ!C%^$L02%lh`:߯TlѣɎY66X>ٵPD4eѢ?/ 8aə!68ZGN,8ToHlyW>nkx:`=|t@B^~f<Gp@P)nőAGzV>jxrڭTŔ]NIt+A\1}k)'p;վUw9iiJnQ`ڰ$cxJ&.A~y-#UhobZtK*?' kIS)="-a'$lgH̘ʱͷ-\WL؁.ucfN<NI~n3$ҬSuڤߐť;q^[Jn4$.'{:׶Å	ZD_%eq--a¸q!y%89"R&u$WF#3ޚbEcj-#Ȁ9I2xBerz mxBbP=9<*ζl*5BOPƀn[P<=^M>aE3cMŞ3ռO-jQұ/ȭW|nuܙ]5@{]R$4؂ϖQ̒˥PXgЃ̳Qb݁K¿+_Oj>Æ<IeЪYBTFQ'W8	~9P ;HC=rX>-ڠUBC޻u)TyYζ0H]_;lVi}H`	-#ˌ1Kvƍ4_3c1ނ ]ٛ50ãmI$i.-raGM05N`lpFb[/RW߱(`w2G2sN-?#֊|}׷@1[ޯ8ǵ8osؾga	#G5f7|ẙʙĺSՏ)'¯[h(Tinф-I	\٬brZV5?w֔QN"S9ʺ/wf[ҷ<ӜϪfPޯyԩHУx6=Mf#|>D~}*8F:Ēҹ1NO-}0߹O%ݺd(DՁxN;fs[4 jyp,&"'<z֖DM77E:ǵ%yA9c'\2X![lhre 1x/-մօlRvlB0YdpZLҁHjPȲpn&?Rx|>ɤ2UTpڪ}3>}8w¹	b9|}{)3׃Jͱijzł)g"SBLR9]gUƱLe9jˣs8>TxerҊ%(`{N$ǇK] l2'AXՙx0a<(R2/)'ř''u	4}" X,Y<XCِG(L&Δeƺy'R&?BƖsV
OE0ٕĵ8ew'QgK7<O)aP'L]0"}"W!SX+	,>+۵<:VZ+p'hS4@_ߏ>5ܶcoҭ;2.QUYhp_)-ɪʈX̬k"B{5:Ș[FhSK(+0^o! X;SVs}<̾?JzQJV&1ACRZhS`٭Sh`";9AM\~Ù}. h'
9wB'P^W{ʪҖ|Π]yBrѸv2K=%Ō>̀j/Eҗ~F$E]f fq(veԯtسQbhJ9m_0ذgMch`TWѴsYyt~ץKycxٌο]ӱy _Q_тd'"09?̰tO{o6xӂqKyv֣)vDU7Uy%QZC-dB1,s.s!XZڱhLW΋`W_#Zwնj7dq?3mPr*ɵb<Μ9PLu ZޞgYѬ<P0qsZsA8dV£dT{ֿ}-OAKQlL;NCAQiV8NKZ7K7H<:|yKAҒb\[l&RR0-s	޿ƞ@'!%>$MffQjI%FPSCR126h$89*KO`߬YƩa,%%>$-Dlߛndqiֵ ]06̌UƏXʻu0Qzr.Ic(U){~eLۗE QX&ыF}(R+fއDY|0i?OӘ3TnI2`/ؒl5<TŔg\.Nҿ"hdQgd%t"1)}$Kvo&E3VRH4OזyhN FNO5uʵj^əWjI(3R?ȷ]
?Q?Zu8ׯ'a'IbuoPܫ#MOBwEWwb4KΫ7!Pt̕5EΨ
"0j,ts,!u&÷ϐs;RbA{F1¬9(^ww.~g$CʱMےzpQ.iۮy׌Jбa+XC\AxO1M;bP,]Io9`E \
y[!nGu»ֹFhQDkprKtzz6`J])\q7>݉qJ8̩(#NYyՖcɈwqG)wm7FbkO:޸j"6y׷a2g/IU +gcjg+ͷ\-obȭ~ĕpKFY"Iڐow׀39rYU{mQ/61'Ҭ\WoIx
XRZ<;Hs^*PY:ٮn?,$Gْ`"^bX&rŗUsze<YOސץ2S7VT
KA|N۳!`iGڿLr%H\po&*(,x6Nh49o+LS1bG')iY9z-:VEY ()e$BT	wxգj[<ìGV:̤PpI2"jHqWg5p?}yaf"hfFs;H*β\eȹ3sVwTG~q$Uն6YBŹA~׍$V);ϳZ$!'P&݌ԍ,iЮVOwp0=\,FE-f`0mG^S(3-3\L(1Cx":7!
k(ɤ`<tj@&JwVpi#!puXWE
+Kљ+vQƅGT0.
_v1Ϡmɍ}oyݥJeĜsR]5@G9jhlOF 0f1'uȘU55M"|Wn3}MŰ"_YIP~0}=ѴNҫa%|om9vӥ@ѳ_9pk'$ԡaM؞UCΎ+Pv>ʶ5Q݁kw 7Cߛˢ\~uGGʤD*pJYFXKO6<cЫsm6زNkڠIn2Ʉ4ۙT[5ҠL#g+~|X}$t.al,"Өcu45b}l1i5R6#iFHHčd*q~'mKҮ"jǒ9^=wվVK΃ŭݽ)EEDS^ScUՉ=fFѢł0CNf/?q(/g$i~_qª@UZ:jHVpF[%t5j0K@]ZO܉tӕX&(8dC(qWs˼6\ԀK*:,Rax\DTwݑt`w9E'DZ/Q˒eے>}3GaWfSJڢq</$KajG,JgqE4֛U"&tOsXX[ʄǄRdݔ.N	_!*OdKfPa߳VX0?ƜE_ͶAy&2tv׬}4ߏLzˡѢ
}BUq&ugCmAhw@n>hRet4u$&P<}foPXN٪y0RPO(( &Cݞh4OۏzZ}B\4x^S?08)2~Fv7͡Uf }|gZ]FuC#A[;u	9-N'U<J~ĝ;"Zlў0C-jf'ַӃ!+'6$a!n-Q;E4zPи1ڲd(%	2U@wC*wKn.ԹB$o?3M^˸+e1'v-Fi2%'^çO|;|+VM<Jv	FYu2¹ޒUϮi Ynsöv?݊PMBY.Huqvޥ*}qAv~@%''ZǊr7-M0BcU{ڐݖTˢՅ'&݆v/J>"aNJ]g[fxMXх8$F?(y:w;	[	nx0/ż%l+/hN7
M]*ҹɔQen979]	6C*U:puPXɏwDzqi^z;Ϗc\i(RP?+9#{;8fƘhOl*)(`-ƺ4c&+Qs^6Z`BbLL:	?wЛAܪ&F|ы*oJaGgs"ǖCw©/("6\/ݾ'è(5mhXH}pNQ)ܯfr+bYgYׅݑ|_مn2
.ƙ7g>G	})r%bɸoNg?6o3czP8M|3ؿN| PNZE=QvG$0֊Pk+sDJԝoG
2ڃ.xѶǺ	-cm~Z:z1IJ+msyBU|ʵO'4͵"QS9e@dvAE8OU˲Wŉ2cׇ*'Ɯ
m}tK6W;
5mH~l@ͫ8t{"ޝDNot=6$9jI/-݆Ιͷ^
@"VlS@J}Ƞ(ր>,{2ºZYXNɬqEX?NchS>slŬ4M|*ńi|"1:d'\&QA1ѨuՖwƫL>ΰ"aE21_xFC8/ Oۂ4`ZEbҟrdIv_]M!qݯtC1>Uxeb	Do
Y"$&9Ȼ!/hɤ|tSK%$(Z)Lٰ<lޞ%&k\W6߹a	\ǟCWg&o}}>"՛JXMCjIH,mn$֑sU2Vۮbuida˄1!ܿoC!`)ͪf0֔	aeHjJ)4E1E4ʪ,Qj:~zkY@7B>5p1:g1KhpЌy:\ǰDzXPG|f&@r[H,Vr#26*!@	 s!6DɌZw}ƑË}ZKA`ëIgk?<P<!$|[:HZTȪxN6-t:FAs6# .6ZŶʏɐUɐrv̯T<`cPy-̅xRfn~j`fmߛ˖,S}եv_+2Vc3ZeX!bbSxjqǆ#J8c49dz*bF'¾Ձ_z"Д[C~yPӨ^@Nk~AA֩ŨwIwpW@VTA1Gm9wҟޕ\U"Kq(m?gfk!O{[\ EbsHGsdw/B-lL>0F/i)z>cw''ּysɋx{m(%q(N7m
?0KŮPݵʓ:)SpR]{enËrE՘X	?Lf0P*+"}z0Y6ãcɶ=Y>6A^v;ZhޗR-l(79:R;G>F|N
B9
1&,/fc1C8MQޟy-TpwݐVՁlQy٬~W:8a7W(tv`@B3horSamV4ZQGwI$!>GKcTFV,Z/m	3Ϊ]qS3A{;-m>Y)<ڼj0uĤ8Te_5s|(ݽד͆zihPfo߹kyqbGϸP$̆-IB8uMЍ[f-Kc0Z"DB5bDǿ1dghJЫK:64y@zHP̆
*.FBgUF|sߝ29/X}XYqg/"jS`.(	+ZsHruJuǜu?m-IҐf̞N)(W$@#&ZtP\Fö|[oκR,%WN8Ùh9=W42pd|2؋	R=Vڔ/E!+AbOlE(R3GC{pϱ.(Aïk`c@4&hr;5"vt@$wjÚ)I˹_):/?գ']XF:GBĀloY14yDݺhZl	o,6HϸI4"lA6Jɧ;5$̇4Bu<=L}S"x{ҞP5J܇`;-Y]ARю	փb<ʎΣiz*hDQpB^^=FWgq׈2Ԑ3vlHPY	Ha!`fK;;%mvT2'?]JJG1g]ycөؠɋMΧ3UHz8;oj!|҃]vzܙMl׏$m#֮~	zo	v9%dM̿םA
""N/Yܯi'l[V&k &T`T&r1DW<z,qjQ(H:qʻK$Z1JΤp#?%j1\e2`:܊XȴHQQFBzOt_@W޵
:XN`EI4ӳ
gIcE=q+n̎)x!́/5s	.ŗzۈk.ںWM)}$_5nu)}o6\̛o2d?;a1N5r#0Tg\ZN)8JNGlјҞ#?ȗŎ-N;#Ub8
$@7O{9ҜZߟ!z<҉<ƲQR=I9_+ZGS=6TQ>KAmoFOwQM`n>E{OýHZ+f[;jc2nI]Q]9@$',7`[tfc^Oв]Oaس4}:S>ӵ%"x~j5:8 L~m)r]P%K1uwkyLwںkmrNN^I|:Hrã(_.kН7UlJM-ē!m]̓%gr]kZ~{Ł& QjԨU'ZJyv~\ugPJ#|]eԫ
jQ$%)-]$A|ph:]ދۛO"|3SZjD2&&.PgS-%~B(hPKR'o*'P&JFs$_3π$Ā]ĥ(Q	DɃN;F_,ܹض5)àdpݴ<32L94F(j*\d;/+7"˕׳o89B }#V:ԊĚua"Ѐ4ѕ;p̂
ĿY/:?ݧ-şV(Ŗ{t_/dX`R1;ǑMKJ+x<~øcpGK4vE$P7,M>(j}m\GF+PWwZl__C)gL@)Q!ϯv	dL!`YPBdB[͎tvKMl7jÕ
|{]KL5V!9P l;=Nk<]צIFٮoaMԽ9m@`x :̀49r"ۄux>CKӚRϩPBY1ã@[>m՟O dYWaC_) 
!
L[-9ZKwXW]3ɽ&V\u0nҟrH2`*';dhʶ!ԡٙb#%k4tT_w:+_Ct~3Zk25>lj@/gؐ1giZRJx'G<=F~CͲTFU9kA=W;~^wCǶZrOJWJ .SYf+Ik{>ٲǽh8N4W)(xk9J^%ˍBͯ~+lbYl$!GW0CȋN|FXucV7<d/jIAT~Gr<ܻ0ȘdYPHX'EXe97)zhܷ"pC,lY߸ut"zSIOh?Ǟk/β8MؽKV92ߜNCiW"w!V]3gg4*#vX"1SOj?HGBs[jb ٢)Ւbs ^˯KB-).p&{w"_*I_e:lZ^qCm?.cq%S+ٮ۸>U)CeP~̲˽4m\̳LƯ"Lfʃ̽5<O?7prXv6'Jy٠Ru3˩YzYhU"<^9nt9^_l-7zM5n؝^6">gq>gA7yH
	\eha(S"+hi?THj*8ل3G\gKفf|8H,;B$2]QJׄSq]IVә
E0*eFQݢ*l)I?Ê;uK܎/̠δ%X0\_Tc#Hp2<.-u6Z\}Mwo",8esʀE9@Wi>O;PelD&>U5q,czzf3в|ok2ǨtijоeE"X"ōsenan/:d7L~_:"[I(#$mRǹ5~6e[E.th.bpp^?pɮ(-27UIZv=\оTF~ܽӿK͵t~i	[t(ZǯW.-iP+*[W3erѹCjxhNRMxJ%8"q؊_$EȖL.]evșY`k]Km\cώkʰ0jc(k	/ޕ*=VOd=j&3}=UoDeíuMoKŊolWVQJ$Мrܿ-S7%UϧR[?Aoc_'\Au'0'!CXd{f<ݓ3+*_ib}P$JVcTۓE)ٍ.n:}%`,4V`lB:x=;n9idDQt<+iE&/$"߻l;-*Q˴ϝ;KzWq9ںe"Uo=lՀ^}O;Ku<qOP#YX(	tW@N՚m1֌tPra[$/ΑB<Z}xc
Ԗ	ʿ42)fXRKIV2@fcξѣr}IYbqvB_A6BA{2Bi>=N>[*RQ5;5RՍO5Ѓ\1sr~:-Mӵ8ČnޯvCb#+::4SSZkdC`Xu)ʀ!
ɾ<
mʌn85P0C,!RBS[Wp{qZ\YrN@q-C6 աx+wJ%1܍3Sq6g_aaƪCDHqPwNu}:2/9O˄pԺ0v(cZ%6u^]+g#ѰֳE_Vؚ
,MЪc3xGQA_GP};~Yb]ŧ6M"|OO6	ѥ@u'/͆1֏՟R&oSs[U~ڡgݣ`qYIfO߿c0tsӷ UE$'.ߜ̟	I2Fxw`T&4g,ĵG;/ZuuͬIlR7y\[a#?AqU!gޑsْ	oY*l	)oswͣeȨUTpZbW`{W#LTtq]]QGI~{{M=PG0ވ$Mukuas)`BvB߮N9D2iH0fWQg;ٳńă$QBUgzZSKޝ*t2OTm"
~poMz]bbP5z,ѴБ"|<͈%to%C܉ymIN=-k`wTS%Cqc~[G"ƴŢI'CӺf>BSӵԟ8(/M7XVu7RضYsϻm18ϱ
ސQ7Kq8׏C;K^Y&??ؕa{PUT4fʯρ1V(tv*`}~ENK{TQP`
r5|hB0$,1p4`uߨo0޺0΃СAO$ok3S+09s˷ _)2Ɗ/;{m.܌<)&K@n

WKmNRhyzDb׎Mm9A_!-Ú"gxJ}}.B:1֫Ζă=>xSW/z,w	pmϟ&U=L%bnY+Fr`֪{mJO0d[#b)lh1h7ة4x1CdsqJ07ӎ\݉=!08Za)*10m$-SP
DJvľk)2$#-,bCaXIwT7P#ݿ/.ycBo+Qc"لRYoUޘǠorgxRnٶ3M]TC[2 [uVHW-Ez} ɟ_xTncH0>EdV&8сK ̅DeCѓ=]ºos_Ah;eĴ۞Ii.ɉΎ$ȼ
Zcއ|QW0(
_weOYo=A%oj_ߤxg<BיXmZSD};B|2mŠhwҕG:tZD|C,+8JZo[GØPӒnvYM&ĸ(bL-Dq6k|1a{D5ʹ72͉*9-zȔ/ٲ2q!z2/&hO~%%5N}a/]i8+	6x\e5)ɰ
O>#ڷqXSXtɷ֪ͧ3=@v/N|xތl)V&6gK̜$?څe7N`RD(3UR6="ūaJ H^l͸"܀T}xXbu'FQڮD!b^s0ҰlؗD.fQ:$_.)]z@?9lM^ݙQӋK"5 dp݆8q*TGqEka"FLw$B73]p\~qTL1/~ÁF@
kTMW!q.ӄUu8ՠͻy3]g/2ClA(>ŷ K;}  48eȇɲX5e#?K޷+hiCmB[-~8e/}'1l>"l&Jߵj*U΍:jqeZ)Gs`)][
ӳ1ϣ,n˔c׾U `Ok+Z\{5ȭ'ʋ-
Yf,*
M.fÆq;
5,D668N7o$6y+S̃~HZq{yC^"ĝi:(ex(g$ԩƦ&D<?béa7f^m~TDsqr.lA֙&~̣|x8,T]	r=+k]Y	XT7V)MFXKgSeƉIOKIya|ȸqX~uWUCTn0i)!Hc1ĒɉαCө(K:fh(]iU2#aNFR+D*KQҵCci:,)^þ*mo?dO;C]5Rwv,tp.ѧFG}w[eޞ:bл$~ە3j4o̒<X,Ѫֶ2W3$f7єSbW "'f<)Op>ʫdٷ8vQ'WUgy:W4eߓO#ct>
GaIM Zچ7{*3~J':'3q[YȰuBv40PRPpUʡV[z+EhMAt٭;a)^jχzaL7˃tNQ:؈ԓ0a߾ġFms~1u-4#`Ȕ`Ц.̒a@֗Se,mJiu.?S\.geʙ[׿#S4R֟C-P˵#׭)$u "pn>m@W;(J	p+*)hطt#
¢B]*ΗAG"ȿl{zEƉޠz=MM?1yt@|]]֙.tM1Šd5̎Lh<(ݤn]ȅD9#'Ħڲ7Nq78r,kR:b!yAڛPI_jqjU
GeZ8z7օ`?(7ܟnEy΀xE<}eɩ*]~]ɳe/)Zh) \ EG3`q2p#Af`x+q!VX	ehWN+^$_<@HKK73^ܸ*8V\&OOeI~'W#n%^3=Bejw79dEoRqzl+ƧafnYsNE;͜Ğˍu)m	M&)4sקZ]g/!#]#=aAϥV*rD"؞׌<Cl~)0zwUJ*,˂1\#sdc$cj!K0n8z0[_*ùl;yӢWjeiegڵ53ǁB׬4fʾŰw9&XD~q\`Pِs~*VYUTݺ+)V/uz/+ y_Bzk]ZzǍC'R$8_ܺ˸dG \%ИʬU6ΓnNxu3QMJKUsz*ѐQ(;frh˛=VLE\/zzؐb8K$SMT)ƙH5'%OӢ;Ӛo?'HC/hh(-mf	-.N06ٮOGÜ3{Jb1*"ٰ]Z3O8H9aXI?bc^OJU$tUIgԲn\GpދgqLsC+	֤m_7;4I>K6'5]jG^?Ej(Uaj~ŬT]{`(#$>s5(2/YECܣNރeA<+:JB(_g$hIڗKx"^e0dg9ψrЂB^0TpBV2vlT(nڨ63gQ	>B{cfTB`eB{ރ
Cz0F:yɋW)/Wk;\K	_GhPؖ@ޞ
&t
usA)fOCxt*2 50a/ճ9A?څ%$ءv'œ6$TYIί:|Z,6Q03p~͑٬mӍ9+/}!ɉ=Jgo.B!l(fpȸ+?_{ȠmCN3ׄVς`ld#řQx	Ք4U~3amg¶	
^C`t2Q'iE{`k	([)HT!{Ty2"~zhih/gBҲ4oܾ3wnӡj@фER;P]`}}P1	ڴP?Vnaʜ׬ZͽXJljC#B/g$E'8F9=(ulaїY̀x6XJR߶N~>ѣi>n70ԑ̿Ͻn߶V_t\"c2RF*8O9!#"s|eGoA=>#nA3t# 5¾|ӻ.7nll"#^Km_'^RU:2Д|Ի|U)eT*OȆu_1L	0(QD(e-ʤve؛؄̽:_|xtS<Fܟzx*i˰Ur5'_=N0ІyJ!1Y-/`!gi>˯|KۖJ>~x _(?ӞGhã!'>єHyɉqT4-1nE\{uDsf%2>zc8$ot\uhŎ[F5ҿbNAʆA	(ΧJi{%8- {ΞMmP"WmdGΝsׁyɂfT8dڣY۝&A-10	QF{K(4% $cc0ğmفR}#/nSuV1&o_w1<D:BT9D%rm`{v-C(ʪaBwі1jge$iUB~T&A\m^I%-̌8>15F`/`iuկAƱA'AV<BQH7OQ(aO:iQϻB6jx&A'.	˱ !մy.(ܼ4!i:@oW7ܣYtXOoʎC!P܇[=eV"~\%>Ъ7wѝw%ڰETHMTϠ[ p7MЃ
GŬ׭U=T&H(#XTڄpAՀ]ـǽեF<ۧ\'~ŉD1D stp[pU^[3>Htb	Ф-W
)9ʴjϗdϱ[[Lh
zÒ.el`hrOPVX@a2) x"%mSd۴ҿ'mӖ'6Ց~טrO	{q?ˎޞhRV6*sgXyA<?,93S^eg|&%ut3F	LHyZyr"ff43Ѯ<՞>JR|"oԍSsR{)z1a<p
{}A
'#ѷZot1S ?)/{y76SN:?;yIx߶'*b{>ֆϐ5¶"ԛ݌QZDŉ)BiQńs3]y!Y)v$s#ШNǷ<Rdvճ$Z o>eΥIмӿ@X?5bޱ߯(4:0Ύ^iW)G/g}JءD׍EmIMj3GSd)~NkRl-3Ƿ:i6hJ>tzrWHy"kk{qt**8>?B[mXȤA|(D;˫̲:OJkHׅM<p1Ey߽9X~ך"ۑj+h3nDq`fq!NNծpVvj{Æp=Yů#RCMw+֮Da4K_2(+KZRاLۈ8&Qp9|ھȪsrԐ6=+zrpA%E4<*OukI.Pߔɡ^nI|ԋbHǇ	wOM5HUkBD	>A]ؠ؝EBܰapJE:?R+goF|egʺϗОwn&H*1B[ӄ5?^IEsD<k(v9@f0p?e/XҪ+kEƂz5ǉύÁUFx;"5R7ǵab11lǤlߗT=eڶށP4ן27C/dT6tHy֎@C0HGhXX>zk	NX<6,FyW]hkOjt.@srnPʎٿ֦µVvV<2pkQq,h19&a%Uå)Vy\4
ESϐ|{]p]cd.h%AY()H@pG R
G[I{ۚ"G-+_UChUڥpMM6-'ks*?&`F3Fƫ^+&kԑb3i~E7d-H~ʃMpa%kWR'Nӓ?7ȞWZ&{]M܊I$jӡMxڎ)[Xtil
;:ӱ2WG)֨aOdDw`o	;2di;'1@3yhAmА3RǷ0:ÆzMݓߍL$Jwl|$8kXM#V߃Bj#0v\)$۟\3ڽI҃7%7&-Mdm
sۉATq˵mZQ{ܶ([Y<T_ڷ>]F̌[a\?GNۀ@3byao&'2IIOQd?f@5~	,NlNiiJӝk.G|,sB:|yrCj11zYRUNR˩r:7ޮ5r2a.rL]=xҿIa$FlUq3[%np~9p*cXJuϏ0ͫ5ѩvP'RvCbSCӷ(G{<qex\WMօ.s6S	¯*W|t:#7Cr"s4[j"l',JIGfy-Ɉ-jX]Ӫ-odD::	}
ߤ"[TO6/4]#z5P0\Id*d&N]m};t8t9*{)Toݷ<M	{L:y_ƒxװQVUPdY1WTl%!ّb["[CzEзw8>u^Z(7Ј'g=ϘTu4Y41
g$-׍B{rޣO^VvɝPm˥A'I0k!j(*|7n$Q-mC\\S}Б.arUw3~e;viQw@\_-Zdn^<U١yҔmuUoN)Yw2ݙrԎ«>@HG9ۘY+ۿ$k34ޘsVڲ5z:dKWCP`hg4E`߿(ǈ? ߉6`dҨ|*y~P܄LKv^<Trn&XCC3&º+]s47TX\N1L#ڊ*Q1:O?rcNPH·UeWN^{ןgeц/Z@/fO;ǫ9R>$vT)%!}?Ck"̍Jni7=EHzow=jѶ;70-$hJڔ'+ڔC}}{S(q.(eggʫڞ0VVqIh7بkOϡqoyTMk]C5_٫ԸXCLx~QT;W:<.lc/t΃Z{"T(ܰ%,I%vg|?mgy|lz+"rUtUx@Ĺ{ĸ(_w:>*!v,. Pqy˙4ˢQ)A'1TxZ"Odö<_~HRF*L{2K'J̑[~pIڦyU#i)ߟ1`0G^(ڜ>]ԇp&=Ӣ9(O)v*<ϳ2r]УIBi2%݄T9ŗ=zlӚAҗf`iF!F99?
:Q~l	qPY@w	W+xѽBҁɃd(}6ůR0r)#*Io	=]I4lň̕ϱ3]w\@'r&jHrd.-C3Ү>"R+ݢ@ޙH$%3hԞy9͢ރ@@!\~MĽtЕBwf<-j#0Z@9AvpPE"I~ZƂdll?ǋTx-(\ށvQ8#ul{8ATJ_?GҸDksz_V>AB|THz90CE¶&*m{ϴ0>>0G!и%]ڮNYD\`0{poqC.l4/v\f7vN
C4ڼgc7+ڧن~_E=$ڈMq4}/z>8
WŪD*/i4pp<
$!SεCGgQ\tE]@9lXh*n)QōMR|tӹe	][|?D\֝ưmI݊92(sz6<ap|08	̜:GK@lԣsEncGtd]rWɽl^u8_"ZDcts1ERc=2["S~xO,{csގVxG׭mˏ8y(OCKߟ'(Jk0^ЄLhly6Y@GY1pDTEiWe1;1Rpԍ
+?~HgEhLҾI~_tZ/<F0<BLRT4%}==TR'qP%Y0+sCOȕ/<.:G(9t'֜ےt*sxz(W&<:}Ӯy"oӏ<ok'P$Ql+] +Oڄ;.&kVT)2rVyZ`_lOiϟ_α}vQ<CicC=7M9|6r1827V4MvddB@2Јd<WQ$3jq	48	j޿wʅK@_CA5%N~ܵyևB޿Æ^9x##bH]fƓBfbi޵O.{*)pZ2ȼDZH!Y][&,/EGҼzމIzrxOe׷7=tТG K%׮?z0kEAfF:TKvO*1̫v",<_u<#)C.ҥ}Txo@D1Co70^jvhNwY1lB@8QJ+*u]NSmhΗн	y m=v##nm7 8Z-=(}Sڤ\ƂԖ\I$WĚjnBd6e]W@O-{gvCˢgoaY#=c͘A;FFPq!T!3"Hb>KVwr{@^2,$_m~^c'(`26+7IaXdj<qʿ%XQ{	n*ϺdMv\^ؽX}7Џ)7QPMJx}a}4{Rh`#ݪ(|EVȵ^ԥNb`3׍֮L&f2>P
mrgLm=ǔge/ j?>pޑ%Naw!ID.#cN߸{RrԌp
rQcs+8K*9}^UBDf[w܏&ɗ;
dEU_`%knXIQvs?bQrepHCY6~ƣYrnNbDz2E@
R0Q=`ȏ[qrDwݡ_\|S"Rh$G%vo_hRCRMz|d°mStP*Rn/6C:v՘]@x͓®
wre#$G?Ǆj/ o^Z3Nrof&\:8ٟ;yCM!Ë0t(ѩܖ٢x$cj6n	1W5s#l*ezq&tY2	.È9'jf"AX,`F5ÞXcTՒh6xHoe(spBеfcg$BpG5>P#jb7Q=m0MDvNB(/cܥI{UL,WH`^$kJ4B
K3ۺ#sܕc#.Q{|\VDo*[(8<iPEfNl3j_'F>T8z7:=I \fWڏWUk+e2`6#0c~gT$:ʪȤV)R4S{
ڊEMc+ 7BճCdݢ)1_jƭuǭw'3Д	xsC+4KϠϔϊX1j8=xmޮ0E@0Gj֝ҟ`)! Bۃjkniw^te0
Ny׺՗	oY=?zGp	JfNtnvXZׯ*MDr;?[W\if~y%
:eD+/C;u]ثfTc?fOd<g*>3!`+6ȟBL{DyN3NqUğrEN[cgqddpoḐ<vUM
}ql_ >-ŕjh̮1)xu"R+(k1#Pao6ΚfƌUHb1l-_A'1;v%h}&)#̃mʘV;4n6ۡ<LcM̃ǜ"i^Et3U/z޼ҺR̊En#5Q߱tJǣ>zGLӸ[B{rIqGQQpO=VsXN&^=\`zGD=EACxdGc5<#VG7bAhϔXG`5[??>ֲMyBύWއ(d2	Z	geStPkM4Ix((-K{vǔ?
2/Ƥoo°7{HuIOqécMq[BGIt2ʹN%(-U3pAD<<ֶ#ePjhnhuI;2
ʏ+n˛Z(;[j%9cJ	32p"Vّ<jIE>K݁U[aQX"5D&ϡ]Zj:DfB؉D9Y3ŤM~L]/ø
jؾ_#|q3cF92ԓ.ԕ;gS9P_*hwc{b}fHQԧ̌kV;VԜfB9ݛ-k/@B9O0ܿ4I-7Gl*Ns=%2)z<oXa^n1wS2(ׂof	hP7ps@_,΢̴k	x=&Or~-͖Ɇ#$W׮To@vQ\{Qcå#݀
x`C3NfbR-ht4p6OK\k:c#RjV]ȿǟ.#ֆc"Hײ%S;ƌ:&al\ɄBu:g"czo7Ҋ-':BSѷ82l]>tujH}rI?
1_WYsP]n	MCƭ1-ChWrU2dÜo[ۚ00FJǝ=1Ȳ=؅a]j&
9Tl?-5D;7{Wɰv7˝1RNA˭tH;q6CCwc؄Rnٮ{4|C4Q߅Uǌ>RVPvyء711ÙQ||@<1=9@kTN5tg\z2qՃY(KPv:W7")a)W'è2M;
-.@^e3ju7{3ɄxHosKC߻A0\!aдXHh79ܨv
%J]Jk/f_.TtGlŕH3lRid(ۼwL#5K[
Xń'm'˂h2&,NbIfwuѕ>Xc$r7ݼ={^(]ڝperbl2HrU{0X#r:9Ѵ]D^03d`vY@&Qt.}p	eJAYUČSq`aOHɥܧi;NNBRWRɤj(2?J-t2u<bضW2FE\Ŝ9DKMӓ ;3;jLAA:֠'3Oq9(a5z)Ha.oP5AL^hт̔F+?ő41($qLNEؓ@,.)weal+8oZ7tƹ|q,q@~Trn<?/Ն̋<x?X+ْI֝ߺں4[XSJcZ	46ԍދ :wdrρ~e{*\Ty8;ĹM>&	^ΠS4Rk-қyKH.%249Tec/A@Oz"ƞ\hbmHIOe7G?܂MKSֱ7ۜ&W6U*+Xwf
ǔz57mմ)Uiq-pUdե|ߏ[.9Ȩmvqzc*A~N,:	ձQm/ߖJ_µsZ/ڌHE/j7c*F.b}c!p/ .	-;9ʩ5y/`X#T]5ˑ2n̔0=ѩf{8ەAdAwJΫ
v;^WޠyvK#z5p5u@ӏL]ǃֻor\2k;?eʲʗ}zqB&5y>}`~f8b=6E.lH,KD(o|J!mͬD	Ƭ-CHl	'Zk	j3#$9T^uQ-cB_ڛ! aUT<%~[}N"
ܟ`Tgr׼vݡ`o	[Zeck8~ݚZ
u%;F4)U%ȩO{пLVr~0*Rhky4О1wHeRcOB+*Kʰ+Ҟ$׮K ߺc?6#aTŷk)o# ԴO&֠d0^ғ~_ǰTZoӹڽpuĬq_۠_RN4+DB-Co2==sĭBe;Ԡ޺מP-S°%iҐպKhڔykߒ}5I5}?[Soم)0$eբ\x;]a6ƾϿ2·7p>QJ/?@0Ln,*^#x;-a+iXUvg0ĵIr-NZߚ1ƛ`%0q{ܹZؕMo}Ľt߯q
̥x\j*p$OؚJλ30G% Ƅ3ϭ?&$']!.ߘ`S7>ZWNJt_;Mh"X٩/]RJRC.Ġ*CrjAZ$yE<5ʼfgHgӍޱZP!lN5^^%x5f,kwöS2ߍ]pG)MڀӰ2*j0n0-~ȱ9/lR}/=aևPwдV|p۟ʫXМ%(TcϕdX4F30_7]
b5RȂgW w(B6Ldeٕ˅%)eksǷOpy*eص=}iL5ьL-|'<Q	z6*J7XKH<?j8Z5$ܗݏR`:FDљ۽U?Ց<qϐUP:ß*]HV;H?Q
{QbYzE1۹:H<1ʓ9ya-d-{eǻ8yH-]0݇I?p&:D`Y(bIhz>>VzNö"'ʂirٱd<+/4eŒ-AJ$)[.ĝ^dB7ͣ14(AnΝ+7WCYr?0s${ʇYbg"a5p0P`ҞTa(z7R)Qe8lbt|̅\wtȵal&;~ħ+$vqpT+.2/CLSJ%z
3,?XO5	\/]كq3TjR6hK;٬Ihyj<1XҖ-<)O[AogW-|%W^0r,0ڕ(ևgz4kQ?uGq%_YLt,XǵljԚh9tM:M>z|$T~p!F<GuváԶh{d`ӬMm:CE]jc?Ai+L9c*(wbXԃ6z9?h@d6;9w%[q;оOe8uc0f9Y@LfЄ,C<(|D}-E^?6C/Բ(Uu!L/bO[%l-(v)Y\}wpg,іל8N0hY,g
H;q(p-C>	AƸIj3*ܒaZaK z\+P̮i>K_WzM[oNʇƒk(Ih 4A\rh%I=xm(VCj9joPԷ)#`KB^ JB#M})#}ee<+uSx.AIíXE{$>]ܾ6wl^ZњOTCg(S;/[T;%.M|GY0C
89hvf6\VgB
zrf"/\!HpzLxM36	<BlӸ]K*6|*ǟوԡmnS&1'	^̩ձ:HȡʳF^vVDg7&ގ̠ P"tn͚ҷLKv{\QVefcw,X2OJVe6ǍWk܋Mn7VDZ:>E7(&~qQ¯8P/گu%=YYXL@:V'C|co.Ǻ(yRNYE]%LqIf8tՙϿVbϏo=J٩zxA%l`t@ǴZzdtTXTYg5nl7EåFJ͝H}S("Kbp}҆[9+A6%\%U_Q;.iOP
A۰C*38(TR**.L͝@D5ZBJ ָ>{{سR{Ghʭ]8))W~zm0ǉioIl#8uYnH};b>ܯef70jew>#hp-=8W*K[tf[ړ;Թ:O2ƑrTVoi"8.1tt7	x}4t=BxUƖT	nYB̫ȯc4v^a/MFr֓W(Ùm-ؒ0f%%k"ڎd$	ąrxe'Ũ	#ʂp(Bldr`YjU2BNӿIH^0Nσl>ߖZґґiS/VX5Գq|)7e{ѵV@5)(c*Tڲa{A6lm)RP֨sҷJqM2!2d$vSbWE^hx4UR5~W(_CQz['m0py:W+DȴDsRC>	40`clc6M
BSp0̹,Vݗ|rղ3Xۻç4pe.ªKiÛҽD7¿ J<]oRPC[<7!wAmΔ#-|-O+Q7Ǣ\iTӋWi(lݹҽޖj$''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25203)))
