import brotli
n=a=0;b=1
for c in r'''V3ѩp]8G5=H6j՞ɨ	U Dέσ՛3rJ}_g/peŶW.`(;wӜh.o
aٔNԴ>XݒD7U"qж{GI3NRBo=
E, ȅ{WdiThS-9.6Cˢc;ޑ`zŚ5,dK_BV.`Vi>sJ5e2>vĴAv7FM:.'vۜ.SPckj]ݣ1zwntrxQRo͎&^\5**̫}EuFbeȼ7PMLF(XB
êT*O9W)Hwؐ[|45-h)Ջg4vs<-ǰ&
tD]xF,Pwn)ԤM9ΥF4G:6,x`iU[pg6(y#żr7|B@(a6>E!C$cn~1]f޳./7-j؟9PwU'y6ǵ-]ڤS]ҷ
I
59aJ)lW>:u\J;	bc#P!:6(Ҳpf[f@ʉn&>|{Zlg :X4uUn}ۙZxזdRbLR|Ż-cƬ+ϿHKYPvǌO~Fm??"yM-UN'<ب1׹ev'K"^/e'ÄT0.-8:\ХSI܀G&WnRyY 1HY PHF(NfȄ޵2,SH8J(O+ؤ!MryƼA8gNp4c+y4ȋijLw!`|q
7	&}$Hzi.mAj0xyƛG9`A/w.XH.{u90N?UGdt'XBVLH\-x^<]sQĪW߉i3 ӥɋЫXrJb7Vc[Ś^@L]Yg'eֶDDƳ"FTsf7_gЙD4_F0ƶWT~HUdˍ.Jnp"`,kƷ ۧ݀PcȢ7G8W{|%e8{Ơ9gܚ.؇;8߀}JZ/dW#ƃo6!%/Qe_ձBMӽsx?e$]l.Ȁ?Y(}{u9LӶr@sS=3"׉9]
ժ= ͈ђ(JI<2ɩqwQh޴u4-e?b1xV9v]+PR{Y%!@AԿ8;b\[-b
ѳ
94z77cnKPPu#&{Y^.U͂NT@:Y.eGHy @p^>l݁T=ː3EQ:ʩѷ\(+R։OEw_QO(+t&3|؋c}@;uȊz1y/J()N7įaD!IRE3HS$no{ux׹.cgt+i$<vk%la-*eLȫSr?1#f
4+1xV2jbOb9E1ZWPx]m;Ih
N<#-H?OpÁ]Vg*s0NF_`pg>\|,
D٠o#XU6L!lq. -GAW	h!5UZy1WLx4{dI`"$?ڝ"JEÍ֤ɕ	P=\}-ZْD+}Tv!>v+QSBq{BaLߑЙg,7"`-w2`l=FYb
52]/b^"aTChɟVHCsT~gBś(A{FRܔ>!c+ٌE/%OnDn+(&2<PJQLX$GIKbݢ5`_oD,K°ߧOaת \b`FioAa]Ù&mJ/|ʹid(߸H+~GOoTWL4m~-Z=Lq^AkT7a73Ҝ~W'ZP~M)6;gƨ?T32ygG%dO06tOħ4wEZIG)݈Sh>]_L^bGoSwG<,!K6"1**({i0).sp^ZFN)LŘ)<)/ f|hL*4\g)X|jg}ֽ*?KJ>Y!9a#(J<E,4pWd8N_;ԼT4Kj#MIqLNo]9z#74`&At	UOcU2b?8e6f".~3U(PԈ,ITޙ,vևjQ?fH\ݾڻZآm&a߫^.Ե5S˧2!n~^<͌ma	Ə۞! Kg:X6yjBX/9C[t#	jB1zؚV+7d×s9yLiAD;"@1X%x7Y|lӍZXe']!Gwµ
lF4Ty bܗvAg<ҧV#ݘ
D/ZI_qԖ\n9gmc7OoJ5ugZ
uGu'O)^̓%qp]~n1ɭ
wMd}Nr{Q֙f2x!	l&+
!yAD`D9
o<RBn"L.8$ZL932'*]Mi2ɄܚoT&'!rjZȵxڄEtV}8TYtѴɐIA/&	cqXޣySp{l94dX\Ǖd)akP'МTک)h?
ڀ`[Ej)MI!.H*GݎfK4p
mƐZCՀ}J,	܅F>oaܵm!l@<])P݈6pc~[LdҔ6M	\ׂÚx/?kMʞ Kd~6(K%vLɝۨ4[յuix|
6 D՗Fumc^NeY7TJT5p,NJߠ+@5XODsV	ѡ;	(GϪDҺ%xӁ#q(0Bg =؃@Wui;>%Ԫ<kH=L	.ñ$TȟVܠۂ1`g:+"~<#I ;D\z&=֨Rhڣf5YIޏDʓ
ݘC0@aHxZ{ ecQD)?zjb©*(x-NX)vk5zmd86h0]r^-NRpYk/NH9TD@4Lٕ$Eǡ΃Vc<ϋtŊXW:xJCL@.,۝_u*|i$J$bN~ȡQåD-WsY4?so*lEKy+.J٥	օv:8-ܩӃ7TBRVZOJK<eY k~]aݯQg,/at`ξY֊~MC7<m9|
T%>oUFӋЊ3ßO1I.J2p}CyG)4݉NjoPVo@3mn9
o(M`rG%\=-͢M>%2ZR0]`3L;;p9HGH'?B
Bun"Wـ[9 ʚjOϿZŮcB%G_po6{ؙ3qm~[0aQŎEk_1ͣ8ײɨ%iy{sgg"|6oNygR-^`RC/E(b02ZOhi$!IJhؘ5}\,Ҩ6i;Fuـ<AS`6	.*j??gJE2^tx׼o;mpЀz7}/dtɹƕ,MF|wͲ;z.>e*zͮPo°ٟɓO2XW^%h&:LD`>>z`S(Nl1(k%ˎr0g.B2.^dZ&5A֬>E(I̳g4ٽwI3աG.jJ+B٣"dlf^ut!@j\^{ص؜ҡy)^#tUx%7m>?cfzL7xK+ƀ^%\f}ܥuXx.QphlcgX[LI֐{CIa69bjz&t8h&|=w	&o"o(?"ķ?
df*$B-(K-nѬ2twR^qdt#\LK'ܾ2gNP!:ȸEKHd(|ϤؿuP|wzۓxߍb+okˊ+;	#enw5alsbׯ^}ԲPƓ!*
=~aQk6"Y+-C6idɖ sP:ͥ4%QYll׻k+N}45fe	,L"$r8]?	h'Ycѝ A*xɈ7[+ڿ]b(;k<ot1qĪ`+pYgI	{OqQo^VpP%KSyb5a#LaB݃z)naƞÚȨ82ާyc
-"\<q*DZyzh'^gkêhۉh<&@ϯòcƑ;ލEf&ݠMYXtߌXn u(B&ѵtڃ6v4nH}PoߔSَޯ/ KvיmB,WJvJiB;|4Z!3j>" O/!P{<\ǫ4dׅق,+HsxMפlaBgM8FĆk6@oǒ,+LY>i}VK{Bd*96fĒӑ;lkOja,^I!Z{5ƮY!ͦuJ!@Z|Q8&veO[׺ogop)RjʠbGѢ.K:ǁT+Fec
q>4;mQQ	Zbsؿe-'wao1\aI/VtU^͎#uvE$-tAuٶӏ<mmxBN%ot[[.zxHjWUgraїoY{Vp8Û\XE{]>xOu@X&RqʝnW[|gLI	Nś#"gWSX"D8Dy+pQ/K:,bߓɱ>R"<`iDY9'(:R&ae@2ʽ}]ϴ.8Qv'V˰wSa?YKH`!sho3װXh=9w	<tKk/*lwJ'O{=̓%#8I˱xzhoItC^rصH#^UlQ![D&ć	+4߲6:=_~ޝӛW(s

;uH?( /dfJB1!<5i]Յ6f7ȋީzYx{ٚUseّlPXi0q
-C;9@UK>D q["_RK},E%_r!؞;-VX=2\ʱ׷-Qf3Fv?&~gp%10'
Rźo!y*WcLXx_M+AK {ŞkK{	5JTluRܶ/#>6Ț'h<:aR[(S'iEv|IR78ukɘ| %-S?:
FnZL::2Dټa5{U8f[rBwyXU=|Y0u(\.us.T6RS?Ӏۘ2";9χSƫ^/fYF\ӽ)4JH_`;{TM`]x3;R3JYyrąm`z`t2I	Ǧħ+0
?EEα]&֛@8~x3t ԬG]1ˉ.9̽`(uU	LM̈--zI;2x#Wu_f)6Q)L:ȈUXV|'#J¹ԦI0`=@$xk""
5^R$!EQX}HwH%i@tyǒalN;E"^
/V `Mو.؈RV1k	Eݝë4ˤuw٤ݘɍՏɆg˅0w=#$WDM0	ѝg)11FddbH,Pqc}kWSـyW&Bullu.9%՝>~ɔm&pфH+ UǴwVi}vZP+$H76`f`/F<FZh-D&̽T@YC5B[rgARڅ:})o"]}xvϵX~cKT=̧\4|2P,TSyD?d$/HB.{d*"V΃sѱ&a'%s{(/]PM2Ƭb׫@%K%i&*CpǝP^߁+ߛ0֡>2}(`bY[Zin*jj@5r^3q=Ƚg"ϾC(AzRBo6փNl 4t F$<_j-М\ Xj?wnSƔj/şWg A{:">4ڸ?;9)
,:>XA^ف*q`q3اãсNlڻ?ÍN@,Mp3 Q׿2QCr`plruEh˔"Lߒos7bo°J!Zdu;Xݗ|uH4$c}2͏p.2zJeF2?HU$Mu|	z_&-bo6s8̨bc(oU&^#/1g Oϒ_ڇXICN!֠>b'kCcq`(vadP	~U:;\+.ukS^
]F}z+Bq7êda\hKq\dd{/ dwM82@Kd%aǇ%JC_TŠ{,bjEaKhǒ֠àVe9J+ç]e't\/tL22;ܐTDv%YfYQc]fJݤ]yQH]ˏzǨw2ǐ_Tl'{TȽ-K-6d>oWG˭`>H3L;MӁ
S #kpbКEҹQtŚh pooƇ63
XtM\HZC,>^ +kέX|¸n1лGԍڙՎ?R\:ԝxǥ3-	0zbq+UDC-NZ,h:+mڜ)grۛA#}%z;t8Z,ϔ՛]CyH<Gaa"˨&`mku
b7%CkQl(̯T*ȀY2EDӪR?ּ(q!$1m֦Nw^˗xd&J$tPSX3#Aرɻ^S0ޝd`c%S/)xK7c'j ^yn	_9SUqحOƗF$@ fQb'%;b*7µ
B5UyeVߍ$/ʹjbot9Y
Tȶ:Z%JoQ%Hp4&/T*5ۘ9_EPÝ4Fޏ<@.	~W0%n43KOzuEr)Y&Do-ߪ>gwS{qp#00`B0-+K8J&Me0WOZӂ~49p|QGb$H1juvLmLמP7Q~ٺuK%̛h̿B22t̃":o݂OVZ:8fƅB,
E@~(EMK#nL͈,[A+z'wǠsҋSϼ7&4W=@5jƚ+>?̭0ZW/+,ar-Œٟ?S,UNyON,<T{5z9.z:kD*`%fpp޴u$Əop&wd*Cܤ3 ̟؝aQ`'l|7I);omhyH8ٖ>ֻNޤ*!vAn5ISn^ڲU1,n̉;b%&,,0؁?LqtyJi_VNB1;'8W$u>F}SoqF̟Č1pȗH|[fΫޑ}qEK3*)JT@v69-tۉ1٦*i8L&d=>8[f
]%ídeIZ@+:"\	ܰɩI%:Oz3b9=8&{R3bJ!{Ko^9|jܔsqM\׏riq;&I[׹e#li-)&ӪɾNlk gQ;7mYt?18=;ƭnMAK%ׁ2@fNLQi1^%K֘"o`4#B`4IɊi]Hpc[EчHe#{@#tba[zC2Cu7ɴeښe's΅fÕ5PXU̯8,|3.g|۟ռnI.KCXI;Jq{F_ i|ˡJƪۀh-+[MiS/_	vtW~ܿuO6+&Tc:i! O>'yҒ՞\3<;K:|hLޠMo\8emލ_	(ca*wa~n%v3gbT>b|I&53wU\tFSlİ_y{ۜoirḿH}W'E`jKc;9ӎ8xwY+%x1(){PM^jbgۿIݬaɘc~߆ oZk"؆1G19RNE١%RE(:_GJH5NLό3,+]ͱ4$b~Ȫ ޤDجǇ9ue])N
!&dWȼl,ڊ_<]gȄݭ[MXGEΞz&R, *%ӐymS%к=*q(i5I"+jҔ-w,z3Ip3yejL_g$d
вiŧx@NAЂy6=R-r#0i
Jd%+B̘5jAڦ&&֊yܰ'pr6ʯ˟8(z@)QexS2ȸ.X֚cYЏ6lM*55mmΒH)۲#]FCi w	{@2:
;vYϝQ<עΥ*ERq"ЏFQq#XY1nǜcu݆~NyȈST߂܏/ZJ7uF]&9>xT
#!VpMd+fj?J.HAX"HMnѲ6IT?U
Ù0 i}w;R
'G0!67teAלcm@V6d^YCˊ)2c`JD{Lo2=&~.CVfokS~}^$_%IziCmP=
,?n-t5d||șR_եY0n-a&6	+J	!/ĝO1frݕە^*62&mϗ")*A^:ؘ[%uJ1s'(5pÚ0ә8:o	@#&RVTY=
xaӺ>
(:&9ke2
-.ۏ9}e(B%ݬ̪Zcymڵ{^p[?UͳےՄIUp20;;֯W"Pӱ6xõ}b	`ͱu)92S!bj,?ҐNIO`
ۈCehy݀M0L1^/6\X.b~x4*uWl7C):s.UG>xK|dٺDB@&K3)̓Coùs5߰q6ރMLÜ3&Zу92Qq:6e?]tsٗ1_%+F,1|` u*7sTb>>(P*.}D\W<~tmc9T9ƟGs{&>gכM&scEf( Yc.sXːm)*ފ[r֩?_Nt:GЅ,.ߺgH#2>Нlrp{A7ɽęeOg,mSA'*$WIٙ9/ɓ~O/,I>)GRD\TDOnؼgz2*.vIwmuLiQl8\l~YASƕLc[԰<69sN΂XW0BdCѴ~&-ҁ:8f{hZkw:_9G1խc4{hҹ)'?Sl~H5pj-¨ncǪ>e 9YV$2II]B:4w~v	Ji64uXr:+ގӓW$JC̔P(ޡ
>7G7+c]u;B~3>zLnn}"(Z?ӻ;5fTY&־CHR5g;Xbi@G'koDh8/{'W єmݍ`ij"?K1Ƿ~CK5=KzgF{]OϥDNAS"Ypo+ 6``f{(d%5bg3/+ݦp	]} x:[9rnR t?ޡKZEp^}KY͚?͞u?
^unP=H	Q־ϙ^Fy,1 |:ߕu۷Ώ#NrěY]tis]̼O^f]KJ_ֱĠhF	!''1:oxɨʣ&ҨCkI\&ToK/];1PFjCh__Ҹȓ=\W?02&w&~d.Ht"On!ЂԴ4Pv>;#[A/_lr(Ω=cLTdz(L0V$ڗ#4hjʛ-z@IF7D&C@+YMLDfM.W)&6M2TΉeÊFRFzrKFȇjxozǃ8l΍TQ|S0CKv}u۔m
TGĵc%m0XqũG\ζBZ*96PכQ3߷>%?k"k,gc;hRϜ֡0"Dߌ|l96JW[ժBܦ9Yi,DE578
k6zh=dN$[ӘJT6j8+߅-},WH  $ozw[ei<dfct4!iaOWq8jn|@r80PH[VcgH]2.O@I]'9NY9C,Z,ݿZ.ϦUybKE~ѮAw2F0r$}Q?tַQ٤+i8=Q?8hSX/#~RM\@,AKBo6~yrШҋ<x8/-ױz@׶"eHsGp<{`1ݲya$3vx25sӁGKj:Sŝ_\!}Od>[s)\8Ћ\Я6hP&B0@0#ϾmjrFŐM%	JAC[8rN8Aԇs{~P<A)~t߶Vq~C#3T+LУF\a;Nȷ֔%<IQwo3MhcHXXX.]ooH=JIf?aj@@H#?<P3~Y&a5O;o!ŵW7+FT4<,2ԼiB:zK)w9ϓԵA$n\ǃ&#K	z7ǄҰȳsi8ĄHZ!<V=G}s/ڼ2USץnv;`Kfz%Dk՗߂X.ZCJ2رn#EL߳ڢ04	N5cgq
vM#Cʄ͎u7ķZъ5pDE7f=/|ݨPjrX`QQxZ:B0MFJ`#z\9@{Hů_խsZOr`{|3	"Օ^Vc'SILmx߂4ɞ˿'<msRCgc8-DTSg? Ũr)uޠo 9ބ&%i/GQI{MxߒhV܌Swg%ump|ޔ*GG0e3=t[&8EQq¸ ,e^H6=?Zx]hEWWIؓ}4<
kKdڻ+Ǻּai)A&;ίj'.EZwK4Ywc@,uȫd?˯OumڝVu/U6 "lŋ)Ȗ}łm (bWRÏ@X2%e[T<zTr`g8Nz3/G%cfe28S-=߇cS$\8GF0C:QqOÄa.=>ą+^eS
Tɯdؖbؑw/%1ZX˷c$!We1D{/&@MU0gwϬkC.z+"~..;try\A#͔$P(p-q"a7ʝgm}hgy+or@<ء;kzD!]WEb3Je>|º4h;e:~ &vӺ)3o+SŃ׀2iȥvpc܆i؊il;zњRʼ`3Ԗ˽ǀ+уsO'TH@W|̋P:knUAvQ_OK(Z!Vo[ٰp+4`8 ic8QǱ^u5
a֖ʵΟ{طѠbnXJШz8u̱IMн
vEipm%˟UNlns:X dûqKNǘI.f
Qc_z۬Fv+:LM[7߻M$ʩ*ɳr:2;{a[>H+ץ̜gԷ2sY&W~o{k'
JE֞v95cxo+DoؽuUٵ:./Oȣ`4qKQPQot;oڑٽ3#cU1
pdM:+xEKR/	̀1<6ăHA	ιѿu_̤QJAf/=l/*5MX_R:"vg	h1`[̉*rЈ}u\Tڔw?Bw*o%$2aZb'!(ѻk_s@}?T7o(r2m}F{xq82޿{3znɕnd"AANa_M; W\_syzӟ|\TjUœ#V+1b̑
Vb"tV+UGfM'6P:s
		7gc*c7m'ܥ<l~˪@]^MdOU˚hP(/Ͼ&ƶ܂RTaEToTn'Wm69Z*{ǥ[&jb^EEܢ4[+~;q5UO??|tDz݁>Z?I?؛͗2QősF?G4yӓw

Ifth ^ge;&zEJ4խ%Uވ{[fzV0Vиa`"Zjt ?;#=_@tZ8u&;8¢V<fw$1>4SՁh%wEm] 1\e"xla? ƹ\,fy8xp[<H׳^ݸ*t)CG>8`Äx͊W@PFτBM%>M,Թ&>;g̖/@<"}^_רo*)oJud$z-gww; ߰@9&Ȍ3T>9 GdP|FԀІK
:!w(mɒNKİ+ͺ΍Zߺj@	'DK4'E`\XR `\H|KB;jզiJрZeӖ_Џk!5GI
RbE[:'-_?)όDP7Gm5_C&!VUϙƘ4,D/c#5ŖЯ_Z|>+b3y՞ wBr8Xo@[[K-0ϮR[hJv\a;'
U%',Fadaɻ/)dӶlkgܶ$Ų>!'ˍs!S1bLƗ)UGebt>%	jL!<OJ//jxl90B!3c8U(yyet'{bL`re9C_Xz/rtk,oDsԦv3<33c[j4VbsOEpH6Ozv,]@5|kguٜ2̵9*͎5
>M ;w
'|-:S\\6yv.m.h݌g-w|oB!y>8? &L@1' (tɂ6'5ZeM EIƿ2toˢǝPD0GE>XS0PmYo'Ry-z
rD@ W7x@PۅG)W_ܷ
{NPuz|.U<^t]~i|kZ-L؝bE1}iZЈG8#j-6@15aqB&0ܵp̬O,(U[d<+_OZMdnmX\|ܬj	 )%PF`QD/ ,Wd+3d3tVn5M-٫{H]VDŁLmqЙ
0N"}Ѫ~<́9&|vr\Oo'1Y2LLxwߍg#VYٶ/Gs3{%WȺ 8ޗE$'9͙<U6Ǯxn	M-`4y*=Fc[cȰϽ;ð	|9ih`ՈpTԃC#;RA#Y:\>7ajk/ثٱcc2KOtVƘ~Y*T5J-ʺy3ڴ3)!l*ֵ:,K^=`ęABֱFh/NyP]L*}ڢU}}:.f۞0Py|Ф'UO@1+ݡV,h8:<׫BߛCٝM'lԘF2jDP
̀JUPTUWݮS?ȾSm3ov:]^Ȥ(b3wwp(<ڻVM?9~2R`CnQu֬vWj&^<^#M1-Bلҍ%$ԍUl̰}ZN#/36o-aE#<]ɤ|j3ƒtXTplILvkgOh^~LB>1Hg'wIujLeД1r[%tTō>}SkEWdy\|vзxѦdn=ſεD9@ɓ;)&D&L_S"S\Q(͐2Ocyz*'6"V{ԣ!XlH &@d]۠/%#yiQs9Cz"~fײ|>$a0zH*7}
FECgw͟|Wx5Kҹ>);ӱAFlll:rDܺufGn#w<!BnMQ!hڟߍxԯMpƸaLxи8MM%Yg_K"8rڸ.IN"|C>TE؏V|iyL
%"X(m`ɕc;VМT:9, RNa}*j~``j6mAՇߛoQm]1޿Ós%Be7<@ա`-<LKB̸1s4-tSF~{L{Mcmt!~Itk]?@ikПJZ	u"Pv:;n?,/%c8y7nwu؝3LMx3%aJXĲ?>hp](0qt	)~ηD_Өy`OD&vQյX$ڮ1ռTnȤa_={W|ƥv_&*+7DٍYBq4!~t3<FNW#Xk4KʟcMJLׇ5<ǹ	_xr̢Q5E~\.xőˇÞnpiۍt_IQ:<j7^q5U݉k͘Ffе,U0j<d4Tav1WOPT۫԰Z6wkv)"I_,)-ǵHHMHWs88:z+-#c-U6;&:K"[|}W[X<ˢ8g^)щ'j߀Vs%ݻRPsP
ndlv5'A2Tӛrq^Ho5u$9,riO_i0+fFHQAt9a8Ԃs4.@܈;!0AthmUpqR	z6zp;x |_6lAy@:|pF(UmxbURCXFuȁ+Ւ3%wdKix<Y<3K޵+d4$FKś~f&\ʅ*ح[ȕ۪\)x ٿSÈgҟ:OVHmqUE,J\!͠osN«,l$G~[1pdZދc_%MW]7clwu:ȿ$͑O,xyYiAW{!VVXIcM%+E	"hZ2̈́":MЉ!]Jܛ_'xh{q\-Ab$LQmÂY3ŋP~{TGѱp3,GȈ*
iK!.j~ɠųLudB\$(QcCcIRh6{.U|/XTIqa΀JTu̸JQ@ZȾ]/!'T|H&	ߒLu<JkV{N!6]ސ̑Ѯ'r٬̒*5/UA6Uf]κtkڌ6`"Da	݌V{ݎjzy=VHsJ`c|dUIdߺс3| iH޴	_?[N	~,2qT5*[ֈpY1cr1uއZX>	-slRF?h?LdAyE2pFG>t:gNoȈֆHh] 3"a@;
ZKeVƌIٰ5)	̰,Ĝ'yfÀtPX\fdzYV'D4MDKYZ66g;8ǿl{Vټ78(6֕$K<Ax9aqK!sT۰%7$3)k]ul~lQ >ElV?&߶=Bʫe0ݸ1 Ga
^͓G&K$~[ݥf )>?)ͬ]|g#:!!AA&TO2K&V,7*5L"=:Sq$iNdw?9U7G/|~$ϊ; ߁+qL޻m'Bf?L6UMcoV!mA͹-s/!M<nY46$
\y
{vCRrYRP5˚3G[l
!T1'6
d	D[F|cAH<hPm/(4V6Y$J/!l%@8M;D\|kҵhIPўeEe0iMXaA˞If!O'z&.Aɜ Ke͛G>b.&_̤ù\fYmaM
ø`?G66'(Ο5͹~ACֿu|%ۏE6d@|p2ֈT!VLM}?rL5RTCCTZE.i})ą[aQ}MI
A"TBFrջ}0aӍ={f5}mr=uUK.waԨ%Ԓ۸%Yu~Ɯ*5dO޷(CϞQKE"u=	Y{(X^!OlIL_GՄŪ}1ջk%|7Gҗl67Yzٸ5fdӗ~Pgp%ڎzt̲T3JYͯY0J#) D~fa$UfP?RA56HVkնm44UODT%ͯ[`̏	<2v5:&TI3jAgݴҔ߾۴_UlǙ;AKT#=ĐcƗɪuX.Ri!p{u*´בA+}{]Ȝ3y=ah[XF+r8}ߜw7MbUIG!P;Gе
̤C%:ϟ̈]AD|NsO
4?UlaЌsƂS|ϩV)}fK[hnHq+4;pNiCWJ]?TIٕV6tN{]Upn`3(NJ߸VH`\ϗxY[T'	(Lj?~FFٖMĳz*fcxyQ)Hl.P6س?.>=PwFǙQ`EjGQmVd˯)_}gȑ|w,pѸTtV==jlGtmخ˨psǱciq ĩFVիϕ̸h$aP:nt)Z4SY&MSe`3m~zR#}ΉJWN\EC!2jzIJѕΜuo?
NRNGYϯQE+ZxV61^^ݭlȑ93diڎgw?6`3K6
޾Je,CϰK_k=| 'ytUނCkެ;ytyM*2Õ:.H?|!dI\X[o>`c20Iɑ@+!k͓-:Qǚ7IL}OTCá1^Ï}n:
زـu;nֱ)B_!Y;?_G1a9ͣq>wUj!WwQu'rvV&,	ʧ a!80ð";I(׎s:+R1!sw+hTz0xG0#7vQaI<-#P4|`E9Imќt͵}"wȇԖ-DT'ui^Ӷ##Լa]-<pbI+)7]4̮ 	g*24;1<*C8G=>&*hĺArTߠ4W!FQdZ+{q\FWyP>қl-0;o9ĬfNhAg\Aqğ}.ޤD|qXâzӭ3ה}6~qu1!C?jm'`,s>>%!pj"q**+@U9@88é=4/	dhIA*F>ثw@3R`P0}zږ~n?&>F(l==п+׼AaoNπ͒8-Hza[*Bmj>\&*_fCW1A+E[׃م%S$^Q%'1hdlh(c6D=Sɉƫ̟P)6vklmE&Ne,>,/BpnryMĤЪtXl4W6!.Qx]^;/cS(9_0uaS_X_*s4W-_Tf/9ZŹ*dҹ\|w^GsdyZɢdPVwFnPȮ9fPVLCXE
iWv9ԡ$ܑ!1Σ1ߣ|zPmfLFMD3KzG`|ȂXF޹MŅ8^g 
qc>t@26[ͥQ=-[thɀCŶp[6\5*5_u&ڈ]ro*~ڃ@e۽{Oz4[rG@v֩Ǥ:=`]r?wP1.ء0_V=ojvO@~IР_őrҺuC9c?jH'&J	T=,9&{	SB=DaD=R;РcI.xjI-|Fk߳kdfՠ&n(KӹΈ̲ݻ@Ã!Nm˰|u<$	`
ԝpq3#Q#ܷބx}61+IJ9%i\k;s99 ޓaWתwK)i_`XZ	Rj[?!,lJ_?(ݹmawfS<X1\q3ډOw.F{2В=,ީбo=&{<eIoy֓ݭƞ`$Ħ
A(ƛzn"oo0'Z׎UliE*4"	;ϦW-IE^޴N+ߞMywC.EOͭ,oE*pN4;[,_p;-B3;!ҳʈOۘbtBW2"vU<
/5U Dګ/ж&lɺ_փDpSM?FwJ
LS/ymˍJ+X c-j< p_D^mDpb|OaƨXTEc)!*kPJ#IPUĮwg*3gT޾Y&oqA؝uB5Zـ}/*9sZ^Z/~zl[A4HQ#aod<J W&(~ַzh}zjۘ]tMzܼ2\8׾h{ތȉYsEͪ
|͊ptF)$VNBK"*svHMRۼ_PԦ"$ha׊o'TPxL7AsVb(\8*xi2̅XfԹ jф-80G5- ¤6	deLЪupM$]ʹҋU2>'λڞʣ}B Ԕ}7Bw,ZE	O!`6!kiD0+ȸBW@K!©նlV5l͢yW/y`ѵWl:.MF:y(<~1Y\Gzh>G+#|fJo4]NG˽NSnFD'91"/|"wx@qHxSC4?RKdY}Jz1QiՍ6ϛx/GA<YO3T,Je1Nւ8	)LmXvTi7f-08at]\ɵLLK$IڹGZ7ǝ_Fio=P8 :$bۯz{l:rxx13=9De|Om$z}3|mdЈz)e/15ʙ}6D9B;i%!BpbUЫRmM">׾Ȕ.!YznI=̜ }ʎ;[/݂VQ"aSkGb`:ht5<IXvp(Ҥ`ߦy|qD1ՍS<338$/$dʯ<i{هZ4
^
ȿS0^̟:c\yi\0=ju8M-
[̗r_Bw4`
*!ѕK+ڹ$y͡>ި6/ݳH	M5ΔJ
܆4ֲ@dߵ9o7~jߍ(kPAŋ!^ǻ%9767FX_XU
H"8%!]F
LǛȪ'}d0efF٩e3Ewrb]nrmƝj/?Tɯ=ےwL3UIkW}`*֐^b2>\rQ(43У+o&!8ŵ5f-ks6ۗܧ1ɝ.x}M|W7Xx$Tڵ/A Zw}*wvs˸܄˫<:ϡ_Mك	d͸]ud+d!3WJR=R5$͎{C7AՍnʻkao{'xt,p5AmâyrBsYPp9yqXjsC
Tt"x}ac@4o7"s̳ηj2sl_0 L^{O\3f96h&AEayMUq_{Jͯ""|ǹ"CENʄK+bfH ?ٶjwʶVw`}΂]}DV<3՚϶l-#jGM adjEyt2[ĢVJ0;Óe	#e1>H3׹AɊ=C2jO	o֜pQUi?r#cQ΋SzБJCGʳBdڷ7shWY[~ޮ9ԣт˹Z]חkCNX%/Z}Cpj.mJ1Sޗ-ɫx{~ϛNS7P6UhۗA'f/د&ށl.ӸDv9MGO?(vFEb[q8!i:1R7mNeiW?ZWdk?_^;G&^9kI0}i^ڔL,+ÞlW@rll0ĸr]*;ZO_
Dq7fV'a&oѻ7whIXC7?[c`N^S!/DVv&ҕג.+3%yQkF7AT7ѽlA0k1o@V?^EoQ/OIT	[NӰ
/\ :a;])9M=kkAu'oM<\D[=yG	4|Zե+SA!YQLtK0r˲\ǞWߕYj7/6a90ȞWHj9lf	7ii{6ҷXu$.7Wl݃?_qc3fLVRawq)NV" I$öZXwЫZ-nݷ2u'3x[z-GCѳi#Ą:R4ӿS,Wl|=--}92ov*LmiKJܴmxZ3K%
žCӳ4t=ԄcCs5}j5gʖVS2d?BwAh@z`R39~ڠ|.&}BIYEKr\g|_g\
g<_PHͽy@OsMu:" ڀ:vay_J
t*72֬7Ej:ݣ03=Th΍P0h-jұM8z^ԗ>|RE$ܛ xTj`%]<)Ξ@Kl#=AQ;!ߘ2@ΜDenڭWUY=qP3(5B{Kb0͂ üMֲft">
FDprUX4A`?`T8dJ8cOvR$l.hNͻэL;/GM>]OY2$Vȃ8/ypWj]ק4W@>O	*ʲrf$Vɓܰ٭idq$"$^z6KBj?1uAdGpŬhذуe:iIa߮Vk3DKȈ5.9gtzx<ZTXK5ZAZũ9"X3-e<36. ȯeJӕԾ]F;	CqwϾvt<4Zv[GBF!67iˎ/1˩LVZ%|;X:DIZ$DbG
$'N9nE=h\{zz"+աB9nOƷ|xU[_wWݛΫl/f%}d	t]MC}K5V;PhC{^ҀoϺb:ċwJFN4C/w/DxEo[~!0J\YT|߸<եA,nS~ƽnW?g2Xcd;'B9nz9P9+	j79Խm2+CicPW۰ zG3	B~(5]Z=BY{(!DfU4sjV*Z@0՛zBIڮL^w%uz9\v=١zyB2x(%dx45yyLAAz
@=GmO&h;H}Z;s`]Q
+UE,&ďes&X'uP<XTD;E¦fS?N1(S\}QUr5HA3	lph7@YCKfD]);WۄҌi^sh+ǨEA߀<Ha	K9@$֯cTsўā'a((\6w˰Nyj5!KJ;.Qxfqzj#oǵ
CR:̺#'DS	}-dg;[8/vlىӣ@4%8+RV[Mc9kˣjDٌL}F'/;T&:(Ntxh8WBZ+R^=l̾{(&hQ+][Y|3|]a%1HڗyzݤWrV]QB^YUnN0qvJ,}jjզ{А^Il55Q}@8Ip'ٍi PNH'*w'soA88^&}Sv'@|ӧh\`чǋ`թȑ~;X-0|)'ԗ96ܻg]A2N˅_ݪ5b&7+jҾCg&s<TԳ>+#u6CO߼ X0?c0Vpr0r3!h^J!#xl>Qn\V}ƲVgy>3
37m\~C,W+i&'/VFҵpأsڥ%Op\~XֵE{Ω>VM$_6tݡ+'}9N4g#{4iec>9Z4Π#:K82#Gd`phc0f>#ӿ(9o;DX';xlY#tv`z$6BcWfށ߳{]/)nchާ5xrmfƴ&KlQaRgwǌ:bn1AzӻK/ĳ%VRW7Dޛ]#(%l\g܍xlZLJNv/2[қ-4e70Zr)=s5Lpqlh{K_ճE'ypy'ՄMm}iIؗNu>ߖUbPZrU6QaG)چl
$x'zWĆÈt1\?6ڷWm
ڵIҠ!:
]nzS%3[ib6O.6"#'Ս9jAícB}KC }Hx@.@.E/	Aw]14o?b:y$w#Ŀ\ŬSSb WxsS-K
[gWIT>%]cEХRobDa)tUy~)zc}(5}gtX66Vىd=Rl>EA,!fDwUҁn8N $squR=rK_|-_MZց<k-=|89ZfJ[_t+6؂16Ѳ"QyMcXLyjl%^>"*߄1"p3XPnHV{+s|hHF _N˰e\Y9Zھ"O?B3,G<5j41?ɰЃ<8.ujDqZsjfvk;xp(vQJM{(%. o!wԭ(<2Fe\ϮxTM`%BQ2ĥuF Ȗl>:~!PGDxe[Pثwݏ{`o8QO/Ci6X?XRp
&ƽHNNSK3j
Van˶)LЫ/ҷC4m4^~\82qad\؄u 5of/ZK5,as-\FX҆>ҹb!Ǳ\^wZؤHhG Y%$ NֿkԨ_:?*Z5yq!ԌE^zސJi ][ABD?._تHuUq6*IjI7&/F8U̷Oy`.]ȄMfpCT*лJ˦ߢ"UK}Dzt9
 H#h :ɫN3-qM<*ӞKƷY7t;p>ۃo5EPнxf~;ThE}zm-G U,6h3H׻Sw!4בCqF_8e#-:5GHQv?#MHR?~@Iʎqc۠ґ,=Bǟs4OzR0V1[n̐X|}^
--pV$ԧu#Qx{Ilu,&6:7}nyEm!nҵFƪByVUdIWLFɁ-alC	<$\ٿ}>5,v{%iЭeqн"{[Չ.
Fxژ.
sʣxkښ{Zk2AF{w5cպ]\{Åx`dP&QvjèFʧ,O1W]glffGo'#
Jܛ?EPPSUxO~o`\:E̺KOi;(=
<e sNN K}=ɽLu1(@+#4H_ 1|9%b{e>v|7%3%3|5mQu2+E%]],V2eyQ};Y-̿*OvmtՋf˨ "27xUpαN.(sS%XqdAlωr,iAoZe%kN1J="=-P75oY>6EǾNULU@ .2kOKv;/?v&N,yM,1ѬL:d8!5)ۃ\%Π	cx"X =[Ü_EIJNT;{Dq*2Z-VDܛM%5KP)grf|KQtNΑ{9a&^De@Џ-֟k\bR0'bFYٽm`xA~O<j:`Џ3b%~@+Ξ"cRnCjИHQAE КERo}WnDnpaZQf!@mG+*46]N|l}I%?u\,/Hm-×s% G6+wWSaڹ^sG\ɎmE0gxl|ű{-7*!ڎ&nߠ1Tf	Hbd΢%a)^]<o&1	=5<ЭWMD\Akb
M-kYti=>2'"ϙM!ԛָ7A;i҄070HY)?\EkP`N̮OX.
U+'3;GUQ/ !m!JА6ʑkfɨzwLՔ+١{?edPq-c{5s,nڻqPKct2)b~A4I&ZnkFuhĎ/j^߲3Š\w:FAKF#BOSL?#*jZYPP=:3uL QYCJ>7?bZey}N;1gXӬrwڀˑ2ܠZ9NDVAk kd?M	p^BaCl{ܺͧUFMlۥ"2!Yɇ4l?yY2I^Вâi.& #3ͮ+9]j!#?p-.3!I~,t;@رghr;,݁C^=Ӊ!.\$'KֱۖYsKLR<tO;hOȺN	p9eHZ^Mr#^k.-r[׼:ٶFڴrcvGU&f6sݻ^zo)EvIY.,txsC 7qm?RF@By(8?97rVb˃NpIܯ\9P4i	V`UӌXT&5jMvkZhIf_ašGκMM)9&?:ڽΝ~.;N,K_oku\D7PBW"j("LHCfîuհG(;Bbd+GGe9l<YbX[dB| Ǚj/!Ϡ~9;smĠ-E
0X OJΡoqבTkx9tt2S>*չ<_<7˪Uko)Q]fTVwjw_FYL1:>
^!w]+LYNi<ٷO֢;$ʆӉv(Z>YZ`90	)/1,$lܥ#Mۥ++U|pϏTӣ̊vͧjr*9j;\Z"K<	49'HGF}=bWȪyǹ$r%
/dWKRAVUŬs[gӡz!׫Fi{0' h#@FPvXfO|6utNݍ|d8DE5f
&=}(.7u*۩!'eF[m~Fxb^[5a}ŗ*ig^GX+'JuHS")v5ڎ"}q=Ͽ'(|]J?d3#Ȥݨ@"f*	Ma37KijrŜJwgC&{W\0#rdft'PX%B:n?@K:eYmCstS}))DԜgdiDA= sӣx!*f[mc	Ͽn
iq͸BQ%!fs9T$1|lzBRj_|,<2PH+Ȇ{Dhyzg.uT$>62{97ҞK'+3BU`I<1ǜjI|"]0={|0Ŏvqަ"\5-E9wDmp-aT#1ެڢn<"*ʟloͫM_<^Ӗ	%0N~/8ľ3VY>ǕuSL9%K!)ίت\Y"UdȜɪJMǕd;$^Ώyt28͒baEsͺ_BX<Rf(	5(Q?)7VdL}k9@*ڔY|GȰvwP΢d=%!'Z+=]ҷnKf5NO[7@%2ʞ\ڑdg:zЫĔڀɮ
yKީ۳GThÜuL3+G;-#~")P7u=	`a`=Iϯhܼas׾}Y4G'q(yIUSwP8Q<nnoh7ߧSݒ׵/TF!T!'7uUNEA.ơE1֭ҒɋSPWzˀtSη~E^![ΦvHTQ[#5K݁,<[Dn+J_/>+`Ht/(oĘ?nҍn$vЋAcÑ$|kk:-ǂK^^9̾JNM(?¡͡tӣo1Rmj;1ƩaaշgīKˈg{:/r?}RZ5<-_GRψ-,)Mֺ7aÈ,NR7,,܇`o,ܴ)ğHن"ŇR|>ǊIv$vhiܸVFvd9,|5ˏW}0gL4)NU,m<f{#\+ɌeuܕPe=82ψqT#̢ؐ`3էH]zx)Oޥvѩ%E>C]<>esZY:Ρ*#O&zQB5UgY'4agTe,Fv
W'5O6u#<Oܱ.4xk>ԝt.σЄzo=Cjip&
\B[,;?eo}8HgzréMc7#ӁS-$ϭmIR=WG4yk;V*JN%*;6g]AƋPlzZ,=Gdt\klmA0ح)lUL;MiݧL?'ة]nb}j݋m"B"nG:kK^*.	rđw}g}YExPLZ]סD%:Mx(`G#ݸyյ8)YV/Ɵ1Ǧ!":Mwf}bCg*_NmW¼;BHGm]&[-ep ͯ$YIaT*VCBekji`7ίW5@ɂF?]ĉGT~x~Z#^:WPy/SQ&zTEBأr,TcSP^f,*9ܤ?I7_n5ȴR#ô5Иu7҆y^CEΤυX)Ljx@t#[,<ȧ޲vȥ֧KW11uB~MGΡ~!$~X7p7ńWe:o!79)|/؉c?U޽\UїE6U;7L=yLcܘ>`Z%}v5GH2 52C4Ɏ,R
Uhzn {HO>)FU^>¿V7ʨ)0$Y^P45ge}8֟w}l%x$84''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(18467)))
