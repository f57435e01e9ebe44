import brotli
n=a=0;b=1
for c in r'''^ʲՎ!ef,b/Ǚ!'̛Pnhs,3'~RXժ`<5	̤(ɭNtpQU=^Seuˢ֥}fqǊw o7LJKQ Y'3ĒDG-<{_V}06Y+ft7Ƀ$EeH'/ޢ"@r5Zܨ	əOAʧ°b(#yr>:/Tk-&:Ǔ1Clfw?] D#
΂m
hupR ĝx"OQL}bZqӽA*I/g`zʹl5D^#)Sԩ7E\d[Ī8+^yͲ0^{}*;xĞڒZC=fծ<gYķjAIBr_/IܡךL?xW>D_͖Q9G-$`gr::'F197-rr$QÙ#@$.fhqpܤ{Q*=şL>3]gbHSД,v"'N38L
(HarNkкދز׼ڎ=]`$?B/˛1W-O^7JI?s!	g{BǙNlUhNx3R{scR['Ɗ_o~Ha)xȡȌPi*Hp daӭ/3ײsہ*`WE/i;[ˊHl /T*_;ĵ!~3YMUfkoͳUFZ`gx41V>*Ã~OσĿO	2Ά0GAkjI5;"eWfK0{Z֛a3VK|5Ga'-:+ABty{ȶ0Q6!i
zCߞ2FJ`ZvؗXoЬC֣'!t{&a5niSqG/UvTc!I,YvʜT:#=lsq7×ܻh*{{F#<9[7n/"|{F7|Gw)̴ԊuX
lMWQL2w^Y,/4]Պ%^8Է;ߣ_v	Y|ӎ73. +@.b)jt4n,{ܢȜ\Kzr
t348-j{ro< ^|L[ذt0iqܙ7Ip^̵%EYh¾ޑfWN~ůzt8M-S'ImaӲ#@@҈,{u}Km8eƏJ%?Ġ#t,ԑ̾4McW~_ZY8.É3z7kr`c|Brm0vi-AJ[.3,pNlb)P.:(cC	aoYC"#$vdq4{qSKjqkRfL˛Dؽ;68=قŶݪT;Xctß%Xsjq)3֗\zj"fW\ѓ9ގmd߽֭?9$QO&-Ց"ɮ2F_jR*-[f3N̞)շAȝAk|I	؂L0ȱJMB2	vWko1՚yd"VE&%NSg&5)ǻo6E-Ќ)R*oƎ6>;ZZcF-@pӂaaFƯW7ʡoTYRwQmMdbv
SFآG,dXnGT imVĹ+X0#څ~z5&"#z^y{Q+/I)S#@&J4|>Uj
z1l2DWݟq|`|-<1σɔ*3bg05pXI2/tK];}5a+?:ھ:bW%QU+=,(ڠߴR,\7?\gHQn,Fk)s("Ha&rmfm3oֹGt|hSL?3EQbO=!W{ŗi>?]u?A(%[#^HHJakL^[_KU,nJTj;KuW:eKe_dz7n4͖ʙ#;MdxI4#
ˤx#.3G4̩В'hR'fсD;dzۍEI}O
/J}(12רRͶJs5;TЯdHy"ĄA~׊Y![jId͏ /VyЊvTՈHݔk	]`#˷Z2_Α,؁Lv 9M&<svM3F'-ÌjF.BƪIx[;Bh\BbۿxeEMVݞ`yaJ6.yat7{+&	GnlGv8\ļfgBӟR%Ֆ1.bĲZA
Ͽ gً
 ѡ9/CD\ˣWͰsLkRԸqZpr555S34G4OU\iL9F1R³Ly`Xt"w	B i,h]i<Oa\-Tσ+X_<p)7I*R<Y_-cu^N~BANh?DG=xnhtF2,4,J:1eMd;o :y|w&T=MKGLգZK<53<{2
ɾr'6v1G(0a>:n/p	>!5ܢ(Ũ\ R8x}w$߱_È3kѽSEE_V~}mv5ݒ]Eԅ]	CQÙ:tNKvdlSBru\Ɗ6)E9b^
/<1ݡU;y
Z>֭#^/ϺVøٞ%ϻO}#z||s3hg@ƫJo/#1%#	^J
(
/-_OBPȒҗc/jk2H#YB	_`|^}"hƆ)sQ-evx{xO<LgHmrI?Pv/LVvHmp%[c)֐V2:[@*ɗ>Q$*.M[AжN'}iTYAҸjP` ,T7B";)rt~ПVp2es%ȸG/1CT\ALmsT>Aog<PukXz$CRk4ۮĭ9c0u2U:lݸo]m3W1ؗ	lu?J+O;زwp&+Fygس93+SCzO#ҰϏJ={MP ̚1I {^Z`0c#$f[/C)8OD{"Aܹ7$PwٯĶzfE HA,|t(E)U(t(ag*
g,=ص~BH׫F	ո{_;1Y"/zc(Tfۖ*|I+V@P/u4YDyٶ
R(QG4T	{owWB/L>bAO>+d'Lu+[<\jAӮr>Ի2H*AlǞV`6/4~ӥ18`̣0dc?R3zbCkг>C^vt&̿=+D:ܸWJ*{s\98RpFLvs
#6^LC7Han,|Q4TRyY;°ٽ9dlƞE4TmȭeP&`Zъ`@˕br)zqãר.+J:#D,Fhhc>OHb>yn O|Wglz'lxjTZ(5/YK31$0gF2.Oږ|;aH%i*3jѷ+uZE1awz̀k͛gE#$	#Mj9xB%i_&nJ͇*NcܷPLDe	7).=i	4zrWRA
A1F}0{Յkm*EWs>Rԡ^gW$yp1Sp[uovxXO{kKJӿbޠv6>IG*$k(*o6q6n
NELh;\_EH+ԍr%cw"Y5Ş-]l;x%ҁϽDDNmVR7*}iukQƃ+̃910@J!9dH=/vz Wr~HMLM{}ԩև3\{a[~|_X[GSlЪo-԰7zpœ.h]3Օ@c)^ՐφJLң+^n^</+4)GyG9I@/n~P2%bX83\^03i7lao[*}ިr}B{#$Xd:wʤEê>W B|\FOӸ@NsD"^w"~vYyͧb9{
)RTAk?+bאt^i)Mw|zx]VG9ͪР@5-mAp7ib-ίWۅ\«zq_EXKw>N"ҝ4AYվpًֿ}[NA)RZy#\ET0;خv=YV)df[n>MnȮʠ.xN;ew3?NGy(WӚQR%Vݠ1VUvޜ5(S+!ĄIfq?!<f]نdF@T'\@!~aVv,>g+Vr#Ѕ4aH`OLX:X2,A<u@*".oRjȳ`T۾ZfDۋεT3YZԹEr;!Ǟ0ox$a2-#{huA?a R֜U`DqJxg6ǶN6GjG}DmNql]"ѧ_u_M%k%TF%2sϩ{	8NÎ֫AҐM_sMԝ"'HѶi"ncZu
^ۼ&%нo.IvFƛI[j*%2J./,eDvRqx|]ճh^ƶ.,'MB=$ɍ	Ӈ7ȵY"xƹ.a1=*tT0Yrkv(פ_x{֘9g!h+pJt|4z@	KhSמQ)˅Hm8+lͅ!`+bݶؼNM2߄0>j/De9%wbӌjbqS~dd&ش|f"Tl%/}&H.AVȌ{kRə'z@ZfrbdTͶOR*ư"	,~`9t~WmvT:pIEh:iC|J,rZb-FIuQyi5H&cz>a}Di5͚lpUpԓϼaݔHUi2|.<9WRSk^e:j@;ɃyRph	Fo
x9qFGFb'V`yCڏfB>7}/>vd>''ǔ̼*d*}t¥M1BQU($Õ}Q;o0%<x$M,aP6P@IPpTp&)և0Z)D[S@Tρ,e0+R"y^MD9׌HތfRhBkGfr#ZmcL2yc8B`خ&)*!hbmxߡВC2f$Heùֱfۿ`wA:9Do75a#E;j-;jv*Jkфص=ػo{?(̗FnERPʕpM֝vY3<ˬy>9sApт8{F3Ω67`FO\tEb4[AF=<iу]-Ѕ	|k`Aj^g\"EF&BʚvD@YcuHdIOwIׂ$GlLֳt[^>ϐKZuZV<x&֛[)isx[aML}ODI7IS+"{]|]|%*[K&_D^U)nwϼcifz)xgw,68p8݆Jv 8#m;ъWO`֦(NK̈
7nnXCU|@X=e~7
BԾ@î~{ 
Kb+C!4,مC--f."
bFd~-s>S=f|mԪҫohp,ʙ}+'	h4n'Iy.gNPָf8˕3	<lЯ\#0ۯ/QYtbkYk;̚D2AcQI݆(RՂ$ɪCncdBB{Vղĭx:"޾Ha'P,̞cʴ2bkֻ	>@d]aUx94{z?DHW]z>A])xiwjDja!ҟT2	UG=g`
R9U7Σmՙܾ>r?cuӔ[;`ѭԆ%
U8i*Rmt>]bfe,%Im`+"K~E*ȷg[ȃ+և(Sx©UFN\w8le7ʶ_C:Bg78+kfs|$Tʴ"ÄvmԷO"H1՟̧ۃ~ cb0ȏ2Ҷ|"(v֬=Z%Us8F{?_%5ԱȳAgYԴK31]M1u~qSwۋWnonQQW*R2 h٠d:ILb"P#YS؜w@fπq x$A6]65}JZeԮp=*u&B1L/ 	"S|LqZkX߰?*TFI~3`j)cEζO߾7¼w`vBQ-ha-ЪWtфFCRsHx0<I~Fh{ާb;Ð@}22$hS2gX1N+.ӈ>+֥
G@,zUuS,	PxYݯ
sn42ʱnSLRf,$:DL;,.ZF(F(\bɱ?"tϴSAwt,,A@!.Lq+W<a#ZȻ\YTɋǄ2Eţò,ե ~QcxҾۚ%3cg6kWM^/n}%ql܇O;em֍#YD/ω-<%#EK7I5{OǊ5}z[A\`P%2^ȼ'Y9V|Ǳ<%%shM"
MJ0ЃcnGݹ+P{Aז	qZX63Q=hgιrn	#v
9նYAY8+K]hs\(9F+;M(r> ~o>rlIGoX܈ƥvGk8eds>š}l8dϐR͉rk~$\ÃF_kXy4 cG˜%7;,%.@yֵt92'P޴87jU~saILG)~זaf}i}"g[Nw4Gpv&^GHU}#EZ<͠Ke&mHȬ	iԜǮNlp\M
=~iS4| ^~:L|T^։;<}&0Wz	ڬ#ܷ6DsiG;Kfۤý[>rftV bjݣ(rYxMQŋ m!ds)?ٹ;ء8a	6d_%T ߗ5|NLe2j=[:('u[7b7˹n]SYA)9sB&\$qQ)8MaX/m߰ȋv7OX3KGL(/4ɄQ&!M$iHَK9$ի_ѮABʆp0Fރ:
_8~c>Nϊ ?akpb6:y^C+a	75?wӒɺH֎\϶]ƨj3+ʇ5\Y ̧/@A|,܊Ƒ#]sƪojC"\ڡcxX*Wߢ{ޛ L."W>R<
nguǈ-r~tiugC'ȹ!*?Ǐۣ3ʊXhu՗AL6=CK|d>%(+/@\{v@cw&fMXhqyCêe*32;\x5i|2[gmD|mЫE~!Dɒ|C#dsYuj2dOHI+'AxhJ1_b']$p?}zJ]T+	I@1ϳ8#1.Œ02PmK&܊oW0{ŭRÇ|~*0keY	Yoe(;{J\V!Ӌ1o^B҉W!dxzQlBwEr4+MWGOU`x܊uBFx+SZFdۭk[M]Nq'iExfNY~r~Ǥ"W@Q<>"N#HH5NɨıNq/4}vBZf}Îi#\&mcċ f*0H$)-t2s.'*T]'[ՈfBْR1]Hi؜L8ݲNƲq*vJp6,i۪hCGQĸNҷ\PbSYWL'7nt#REUx/Nadfho*]SDioV΂3\$VٌT6Mdb@!SrV{go{ۻESr<p~ķ=иP((o4)'ԊcBYN5u>ߡ7E(UAz.h~&.RdFrJ$4,*˾*QGK'IY-z"aȵoD@s}5l2~~{}|IȣoX[ܷEX=,m9xg*xdV^np85-(ʯ n	o!&ܮ4:h
`ߒuJ,tRwKQ+vZy(6<
#oZц7\?3}rkB׍a\ZQGP_ˁ<?ϕ:Qx*aߴp֚PA>!.cĭplMa?/g|l_I:ñϡ̲xAeO%]JK:}ͬYЇm\zX|M^,FbѠȈjVo0
@o}\NzvJ#,\cߚu{iZ>Ye	ӮyT̵4m4u#I%Ϥؓ2"Czfȯ;s+l9siN;W5+Kٻك:(BHTzsp;lh
NZ8-#
[CzcWׇsZ,FjiN)dX9N;ܸvǪ
Fs[t[Q̿ca{?܏	V zVɴxŹ7zqEPM>AQзA*3?֑	6	$Ȓ*7~cS._%%mFG}:{kig>| >DleO%k٦ך_֒(ayiy5#ӔI̵VE{{}Q!#5[
]5Zlښ{rG_-nvfDllv_ȐSwc'E0-RݹH~/߾S:ĮSP63uԊ{o_(t;kFĂd\І3VF\PKCG[(k1Sŏ-ԞmJfu`G@E>MܺlB1ٶ9R'xed{L#uT<Mr Bvi Aj0\2|Ω1uN:U*π33.d<ʉAsаeG(rז3mֺ<'P@MgLehj4KVTK`4600G&8Dk~٣L,`Z`
E!JɝJr֙CGW^ʻa]J$L"%NX3'3,9*A46UWM}Xg<axrF9ZըbҖ555MϠtx0,dyGҝ~p͓~gbc Ey0Q[l2\{+(~ʢPL1iȚ4Ҋz`.v|9[V\3=4«&h;QQũ#NO]Ƨű5Ӓpټ)5ҏ 3=ԋOY(~5ApmƭA`z+}um]ڀwC,-4ϲbfֵOs}eDJ/ݤO@th>"U16cui	
r:cqcg˂	AShX8:jP?Ҭ%}؜\_}	.N+?'~d`қ+F<&қ!Nj̯3ysDA+AaΉ41,@לmwWkuś=v+Y$I?dvBScֶ#r\vƹ׍_aY]&/=fԵ!2b%Ar
BVNU`l~mIcĠԵ~azq5˪N:Di+5;ĂʋLڤ3JۢTAĿ7"NhlRb&3h«>̀'|1ւRGy^״0<-`$_޷_R@Z٧Vr)I$h};PA!HK2,fOϭwV .]RsӄA <q<ǭ`C5{Z%jL^MGl0$͍Z.x_5ޑr<jw?'+Cic°|#"ɹ«~wO?4P}c{BgHl$]$<G,6η\J}Ԇ ^8CRcW}''J^cNp[ÀhJ6uD7evݶ}&,"z-;Q&B"oiBɲreP:=zˆՍ4M4H/T:)ы8qo*H}/:7=1Bkz}a-Q5"2"L:j&dVR2#hv)߻+o7)B>}.,:l"u-K/Mq߻ޯփ:oamw9{|0PYrAcڰ5m%6>RWO5oP&*D=ϘCsvFs+\e3Eǀys%ŏ%bDoOzN>mӋwsHo&'@rؗuxGϴ^s½lI:RK޹9Q(_vгkI7Zh0?2m;-d=\5õZ}e)cLeiԣ_-;d[>lP!Q@ۚu3&U`0rxTŻrʦQ/s!,CG#h$ڵ	4pUǕmrߦhSC#N\̾)8ĂݢH1ξ̛p԰?<mZޏy
˟N.BK1aIfEyn`KiK3+n~/FB9W5YC%g.p«C';XZjA>GDZ@9:SskɲVp;/0ā+^zԸV|`Uݨ,޺pyxuWĴխ"i+AC6HԚ%{ZFRM}:B&7]Z߮1JL	W%DTTs+P(
ƔP282?\Їp)ܺ.0dҒ6l@߇vʔ
QވOW&^r_(%>uE_86g)	տ5l]>xvة5SR{
ѭCb/ hx9F*//FQ!SC|ކ9AYMTώQt#ܸ5k
F2\Hp$=a}ܠפh+Ԗ5QAki`v}epZRA?=Ƽ~tV] Q|ۮ&Z6pʔǹ'mHa#w4IUq-OramɶK9jYNa3 .xݹJeE_Ϡ	dp0\̳i͹%[A{˧ZAEܗ)أO^ERoOA1X78'N|~65ser}ddu2߾4kN6C7P)Lĉzh'+U}TJZ>0%&jzS'0J'&D('*aL_A796vDzyXսԦUFb8עôPd+K˴
Zoh%U]$1>y'3(L_Im}FQNNCܓXIYqxv4z5{/$ycq}<:@רp:AžZڔBfEw@&;ʀʹϯˑɮM̝jDVLX͢ޥr~yמþ0ddѺ&@^t>^ߡw޶jŸY'y2$_a3hG;ʾ.,l>_VfkJSsz/T>5bL0؏H6չB8qZkJ5\bc1>@n-JöGP\(puIa*k{^6%Hd:^RfbfA-ÉO-pE%>/	"xE8ΕYP~40U݄jeE=X$hoN\Sn1S*3r'+
Z-];r=I^:b2b̓Y0AMB51Ժҡ<t:4hǔ*ZU	K]'ߕ zۋ[]$	1V2،|Mp#_:qPm
Nso$ZR5;{e#9}`UnnփoΥed<-݀YTύK{BתmL<N[/<٤Z:P&s^sW«	ĘҮ2Ch$7,9T<A4#&xi>c
7UaSQvTd::Y+4Zf |G:Hp ٙp0t^/G\
6\t"f1~DDBdQ4	Mhy6Ja\v3ӑsmzL+lSxԹ|%ybz!ƪyq1Fif`$|}uso;aVlid<yުh׃5"٬gS[njIq([||7}3l:a˹Rnbβ\\5#{L"hx}k2e֦iNN|Iғ!2[=-H
D)C7\V[y[)LΫbM3Pև+-PGh}Nt(V%6c^VžU;<X{0_7ZiBLflŐc-܄z.3>$߾&[3Ӭ|0r~3ގbl	Łяv<c8`_AekwYTHvqPd͢9<ӓ:3XQ`7m9	R32tr}`بFejOhJ׵O-foOZb߅8M5qZiOW0W9?_kUxXlT$øeZޭyhҥ"J!#*
j3b˴sEx$ѭd	!gXD#J3 Nd(k;kzS\߂]8g
R;|80яB#q!@<DӃeJ4(׶6|``8~=f3FPƼ.2>`|:?8Y/#'C-Ԫ";1	"#([n0GK ;6ݏT	b|`a,
Ѩs?"iPWӭ}9ӊ&Ȥ
_ȏB,*&MǛۙxl\rN,	%v%ȑjìy^!\'nm>@:IfMMSIӱMh^N%jb;=za>eMtr7:&4L$lTb])!`{XxӶ1-Ύʉ64W[M@ʄRXs<PorDYޜkXAJ/ev;Np@b
AvotpdwoN|!jJ]Oz߅7!Vmw};Ī
QJe4Xu~~Ȗ(NNRUMOWpJwYV{P5y/7{ãĝ?$a/tT5?;أC|gĄ9#FBf$4b68bS&=ZQ!	BFU>]bgh@޶vɴle+EԵ;c{ʙ΅|Q<~զ%̱K)dWoAXcM/sDȊbUOdڎwL̋i<nY9zwMsnA6B}LCطJWgz`)-9*pę3șX@ٯPÍA3ĕƮ|(\2mƠb}2%dYu9'p5BuLpʰ@f& ο:Z&F=%Γ\7AhГEqSx8NjȻdq@ݳ`0Hp,MKĲԕ3?dXhQձjHsܚ-4pHہ<M\q<J/§WN!Z8ݸ	$Rsϯ$¥cVZILGȕǃ̐bn~J}Τ4|aαPŔ[@YZtM-.p@n"+Fq_4$^ eGHAɗLPCi`d3UK+ڥ2ύe+|Avv,fcM7<p\@>]ky%ePYÍVS1˼Y Ob9:˥Ay+]zʑ\eM` GƏZ<RR5۫oHShN`5veO3=B7٘2O5tƧ'wy:¤Lǟnx*P|/D0z-yÀ&j"5;"4TXQOBD4ADly1w=AەdE.Ie66YFXÁa]X=լ|EiM4v6+lwA8bwr`ĢT^MwuՉءʶ	ψ|b>[?*)cŲ+i}P5L[Č/H\ǝI,]E&ŋ7(/fN[ۥy/qw,p='&܁w*'^1(FNr*cDDWCȖ)tҹ0v'tr$gZ^#PJq3MǞHV8)KhД%UfКdKErшf9LMBoQp F.`Wx+fFИ@Mv̥ʣ#0j)Bʌӟw5U2Ny\bʹ_7/99Q|X٤]j2"g%΅aݳ7 jXN{.JI؀c"̴*Ė;V7QCC?(ojA֓_Qr֖vwt҉F%=3\#q<J=n.MUW_V͕/
)ܻ:rHf>\^sm v3=zJzM֕a"eՌ'#NTŸfzȽϫf
Hp*vv%{	"88G^Zn)Py
'{6yyIikgjh}L3IWESyѻ|2:w*%7Vgjƪ/d_i1«Rr:N:~q%Za`ܽmz#q%h]*a95!$Ѷ]P,7}_u${}4ɰΕ)	_҂JvOK1G݇:LG{
uԾBIXE>^ͬL/tG(::<O+ٗh-Hd8څKk{u	mW[8*и28Z?idĠ\rM<WE>!Hflv%=l~HOg Q1*?2՘*W0I|0t
:E["V{dzk,#{Bo|,PiU271u17vLAoP`K-`3Q_'c/#cx(5SI4g?*?\\<
[%[$P];kjd233\QoJWE%ا*´WiEޭn8^ĳH{d!YD~y?N)eѿ15 JB5)Aɟ2cjePٌB	oNȮx|hJdH<tۦۨ7yqH3rMP6 teMX9FN`cӰ=né=ȊըKnoa6͍CjTУ^u)k4!Sv(B/j}[YHZ.ۼ0gKӮfAޚj]?G9*):|gBK{Z,aw%>_'gw̡l<fۥáBG'fϦ˂3b"ֈ.[3Ӑmq|&֭e7'/zRGfPu2$q9pwی-5ӫ66I@837Dբ.ɥs!07EFm)x^NĻc?';%J&B>.{f-`s-DBZ:f,`K1d1{}#Ч#"Qǚq5hhKmѷvyo+iہ3i[fgCnf8N_tj'_N-'Rr/?HWf&?D)$	As_¨+`p'1X`ޘtGTjԸlWi:iۋ"ݯUVͺi`L<6(8@~q0Nyg.xgY+%EMPYqY%7}9ڄ)LϷM2!UȻ5YS&ơxA;p)+kފ2;Ӷ_AאI\BV U\vS'0/za?sO|#҂RFX;վژFX:J_@}y}31.>_l%LX"?,t+3qǦ{3N/c"29ڢ@Wiڍ~ɦn-ddqzH0x`pl~nQȰLǌ6H;bh]߲:]=)טZ+:>جuLP$ܻKVڃlw܃}Ǘ
ÔNx>qru1gjVdmnİDUZQxU.tX5R)lOB[џ79KMهeχN4=z543U%fr4~ۀbI)1uOSI[|9>ܦBNqUMC0AeRx&,<.<ޖ9QP/sRřo;ܮƢ;yF3'3=>HNsRd β9QV
$ߛ*MS֋|`WK
o<uFly?tE9D|=IjxonD*\:ԐWbYıÐs%>Ƒu~=Z?<,ɣ|ë@ɞaԒIVyNPd6wƙ2qhnW=7fǫMǩ8Gx׺ӷ0ʥr; -28˧$\clQ~h9Z:9;]A!yJ^mm^E5Õ?	q͟/$+?z'`ʔ}ӥhсWLƦWJܘxs6є\p&[1$[Gh DW߷~m$4*s1r|7}'~6BN
8AlqJ٧խ7ZJkןh_۞Tv[vP,$
v6uQUs\'ؤ?hJn.dmv_݀}ip;{T0ģE=1[&W^-`*]}+vWޮYQ@CE1+y!Ǩ"	Ŋ,m"bɎ)`*#V2V'Ec'Ɯ]פv4. H@Ӈm+M;H<Vh&oϊAyi{DΥxŋoۘct?g)6-^nyG(ۉ׬<.c5Ǌe|IgKā`^WBϖӖ>ـޟː(6n1C	`|T$V1?$f{oa+Yٸţu+0Qqcok1|ƓFMͱ-xc+6ƓH P*ڸX}W~1O׈6oL'̠ArCL2zwF#"\ zlڸˢX6-r_vk7`ӃC5ZI9LNWeEV܀u_velX_w#Ob$·˓-i?US(w/hֈgR gHoЄewk+Ȝ0^YCfFme9ߣ/1U>iȺk.'Lx1<)Eʽd2qBrk(Q٦;[կ͔ì+KOLB5F9aqX<+&A41[?S2~2n#z1
4˙FgXy~1x؎ o5g"&
ޭǪާoʛ
/HI~'=ί|;̮K1N6lƕs7&XUwEE!i;	A~}}BoxbʻlÛb.H\|BT"ʑuՂsձ"0A.;`riׯ˺BROe]<Eux0·t{bz=jNI(%d\?@E4{©gd" $>ߑlPP.j$wgHJ!Vqm&kwɵum4nW%pgCBl׺]ڷjY}Hu}ۑۏ8ľ"hRbv}mqъҩj3G`e<Oߘ5%ӛosQ6Sކ`5˛\:ST	AsҟQh*q%Ŀ̓ߛ9m@NY/y}6],,b~UY0/;1Z^@VmX7[ҡdǞqoIh<l[aE/sUňsMZqSMD5<JrŒ:x&j	NƆ
a:?Ǟ=o~VɁ9eGgڤj m]_fqfß5I̾"aШ+I*z|e$o;Hr+~a~5=so|ݽe70ċw:]-sAКêa<+=%);A<_̲`lMoצ`*/qWж~rkn9e-+6Ng~n.GՊ<.+7%z
wZ&Ѓ	T,MoF80ƮBEe}cb(ȗ{)yّfN8]YR*
8G,7bd5qOnȝtCE19TnΧ_55hRVz/l Z uFEig){7UYo1_I+ՠ~^W˩{~`ػL mQau8kY<@Z
֤m³KiXllHA̕xsܻ}N0[cW*[jSeuv;)&F-'aE!c#ߗ̓pq<
!p=Rё7;lCzq2ݯt޸M̘R	tdEO[XRxYl[U.=LY[ fj_NoOZAz`׃i(T>(ǀӛFxҶ|,`e/v@mfr*W ~ڭ;KZYWV<|ݝM
߻:5(K{7rv[eD./<Tb<1߮0r+~9Ӑ΍go))W7v"vXKq-K\m]H)Qpj?-I-J	t^&emr95F$&ϱlrĬ5 7eĩD ),u)E{?7RReTd>Nb\̨OEDܣɟ-3wx?q(&]}If{~!,fBBCfx=9, h^Kmc%KƷx:T9*D73ݎFn\*2d^}A<PMJAQh'A{llOt,ָɌn!,{3ر$(]sl*_xX"ٳW*L$`$n@gߵ1@+O+?XBxFN"8@j.`>9ɤӲdf#V^B2ve+n۴ɠZ#saέLV$#Nc~GQ_VV>ߚ(CJy{X9pϏjnM۔:X^C23*zڼW(v֕)J.~M{e[NJ߀	v\ dU)[a\߻;.ؗ`*BORZ*F|C*ng@4=l(|%āVKI>+gsw#8I0u0ת3f1±+:'DG1x ǋ)>4r%C(ط{<Į$ɦ'iexqч'[*[a-s865HmwΈ]GtU1ZfbSs9'yYembm7Έj@GGvFݓέ
~
CTx̯ڏ!Q́]pc}-ˠHǷ=#|̆Ѳ[}ڕ1qqҌܲ"eӏ4ui7>:Ϲo؅B:ɿ]z-ǝ|b';v]Kѕ3ބ:	`Uvͺάwe?3)]ÔHj?Ks#ɓx(38\w0AV >ԥۅ$.@gs}۩ėMѮ72h	j2&@9,5Ǭц_QrTU(yϸѩ\ݰ9E81߰jn7n}-&jW],7 $/KS"HAݛ%4`7[IXdA[tƝSв¶lZrO{L.n[,^'/KSʛSC&`D3k|+!artgNRV:[y(4g1ҟ.,>2יT.@762CZ#t.B~YYK`3N6WtKB}bY2βf;+k4Vʬ$\,gRӀ)`S`W2NxLbi	ߤD4g8n]S/h,'ӽR|M[%+z]Oc>+s#2gNį>ϵ,wEմa-2t;G!?VOX+/-;wm˂E<'c]hр+)#ŭ/)zԫ}yMښK1(e(PvkҢA֥60(l1fo`F.B2qΫ?0B"*JQ;yA*qN~ 	LMt-V(J](Zňb-}hOlz"TWHy޹:&oAg(	.(tpx Cku˂_ߏ.~1GՅ8ؘ}9)Ծ*xY{
ޔx7Uț͋WԨ!XR
7K
՟f4cgŦ^և\v˒x`b1B=[۰}/"ɓyRqsL%'ҫŵ9!z_]-"^c}o/KC(I?fF0YCUl#MظU+^Eq[{fتIH[Gֈ)} pMŞFZ$c1ʢ]ٸR	JpِFq0ϹڇC{~F2wHȚ&25IFҙ)pÞT=Fԝؤ
Sܓ1`@4~uKB	h~8ێBز^.ޔCG%_s`*'n)nٛb"O%A`KUxvLfR
XʲVԆ)BV4b˳<rؓ\SKӝS	@n}<qRN3oqhOƶ'S*Z͸BĬpQJ>Pr0D,mLQmEO*,8n}x(rGkHVESBӖ/Ъdԏcl8QG}?}n&jܶD`xr!<Z
&RC^?	<0EϹ%ƾt,`ڌVB$( >ͳcp}xş=(CÈ&/lL5qBUM)J{2!ZXݗ
Q!@}ȟͰt*p.ȑY)1DBWǖF{Mv[@3	m״	QsQVŦݱ*Fe;8߸;ͣo\fM.^n1ºJ3S97_x
vKG%ů>ɫI Uby4G̛!ˊET!l=Oپ:JظK|xvl*-5klN{ E2jȇ3BDه5ʑN+	Sk[|@|H:_D#2{E}Q>uc=v=^<[ɚ(W++y2*z:
PǠFd.bk@C\rj~)Y֕~y߱9N֘RWJCC˖JRA{~P4̷Ìʶܣ՚n',O~mށ޵5{qe~8
:ii^>^ˁ>5ZVnڠ+WsGH`,E~V2p>~fsKHCMiЂ|1X)bsb2:LǒNbۢGƵ"Sar'`¨K:d4+)J\W×)5K{EnO׳3[]lA׈Un?1Љ4H&&)0ʭ/Åw#+XZxX4؀.PykLzзYsE	/di(aG6;QL*S6M6r͍{Tۄ~?JQ0{As	]qYLZuPhF	Ѻoωz2)ԣp|,?h!*?6ߚPΝWB{{l0L3E	:'@'S0-J~aׇ %3+$muaCC&CIY	@B܊t3cFi8nB2ZTgPܛT!CyC7^r1Wx ~-uۨj/2cH;2̮Xm1ϦUI>O#RWwt
]2I.l%0<i]WpoG<1Ǵh
ѭϮ0ҝXSDs^CXt%0_N6܈J~r}XE@dV/,DB(`?QdLF;r(>(ؐ֜fƋ[<_G>{`mĄ<l)K
s]ݟi?mN%^ڥxqݢЉz#yќ46|&yg
ǎ&1L$7<S2.~>qI*F74-3о&^~<zq#Ր|%zطe*4;D`{C<qHZ(Yw_
L)U!0;DBF%xrpɲkǥ2N+MYaVB^֠[ߌI0q4&\O"Y%^14P*7sHڳmrtv̸|vj̮fDl_
}5.fCɵGb̸/N9]rn*ۈ<E[k&cвXAe@xGJЌ56z6uSNΓ	vK(F)7A%VqՔPvhju[bEGv	6($qh
ÃO$GsOs4ǻ&>)@IICP'Vh+Q[rV{rn|ŝCՖrcz?>Giĝbh#WCfԐ+X@­v64ja[[G.}KӍ}T>I^!)2sa- wejE
)A2CeaZ;ʱvNgu74}Jשp7VB̓i+:0:G0xb&O9XHCKԐi&H:	|-@Y"{`8 ʞ[؅qph"Ȳ{Q:>AF`kTՊǼ3ٳGMV׀jGPXȥesb!ؘKspa_^_yiGʼ<3ҷ|ҏgwܬ`oǏN8hjE}-)ѽtO+j0vRKHLYyZVp_5˾$['ˠbU(oׄƋ@ߖf_ٙc4̐+5,<β{,^ʿ	zDT2ϞBF9FV۾'UMMO3f7VfQ@ИLD'+;EohM50^n(A.	<S'Ɗ؟tx$+1v!@e/г=UW)KOƮ|5װp24KN?_,Fb/+#Ko5ٖ!	,e'h2l =ҥБtɵNV,$$Ń7UNԴJLJǠgT032#=&eePb	Qܭa:7za؋r]Y!$e0CʻaזJ	fjszo{RR.ʠҟwʤ/lչ	W$l#eW36
TV%!ZǲG1W)14U[^ʒ
U"Bbݎ6ջOHȌiɓWW,׾	JĴ;[̹JԦXXԎlЃm%Òuqp4n7VudppEb,0b'eRpKV'*[x(&thv{xQm<v1OS˅[uv7Y}dґOj$mMM3΂}Kד+\ϤEy޺ږ.5U&ǸgA+cm%ưo\^Xc"u&ݝܻF#ijM#nuϾJ|}[**ʫp^dC6)ӻkkѡNtSwφ>>#5m2BE&\H˷Tz20<?	hK3A8/֐	MGG[ڴ^L1<`)x0JHS`\ʻ'~C2@+#7E-t&_q0liRy4_ǅ=O~'k7֮Ǐal|ԨKjO_XUp{j"bDg-%tJr6iƭe5Cdvà_`˯?#_yÏg !nڽ#Izz7Q&Zm݆Q3mRd;KƷCJSc]jOGYl֩/+7MِO)`Ƙ}ޕQ*BIqXqQU|q$gC%[cLPVf&S$aTw%i´]#vΑJLU(]\ϟ$?Xݻp>r@8y aş3*u=yH_)-OP~ɉPr<biQe~IKΩRjϚ8!J2M]cW](χGߟ֡4OSΌKMWhl[#Qԣ_̂y\&DީEH`k^O,%W$v^dPVKM(v%f"{ze>SB%I``[׼|Ĉ͒0	; gy~ȅhn_FkdŹRfM׉@%ȬI5#6hdEv":/]h.V9\kRi~Ȍ#&wnIV5]m2QM%^v]UDLIrόs^M]
ڑ[lfd̲͗]S?/ܜty:yiG&_(;sZ1dݮV1u/rso	`}ftԀ,y̯Ӟ6x4ԟ6ڎqjzԵ153|2.nԤ>&Û290AҎ֔$lp
LϞELw8ɘ.UN[NPOq#)Glŏ4Ĭ0J~7?Tw(lXܼ)|ȁ'[~cxaͪ6d7XEz
fKOFzitcizCvIUj"Kjq»)qo|_JD)suy΁n77)R@<qIgcJ*tJ/<#{~AUa]=]}Gf`8KxSHf$6Mǒj$#U8(ukZ|EV:'X?=٪K`6iL9HYl!G>۵<yٜHx]2&אTnu1ϱJ2?z9^ni@E,ۡ2
`=Û.w1y%g*b?cI/q`u"yX ܽ ex#6:gͦյ8abeIqdBiexj>cF)0ߩmՔլvlBU?@i["=`gcݮ>[c ŉhý6S1\iܠM$oDָQztWXwOl{1J*=mFFu1Cާ׈C7C6~eBs5cXqگ[D2*;II)Ɛ 1e^wȡh,X@^R:זI'8Fb32Ifq#@w-j$2M]gnK.J&uuը4߳@@̶$a$٥2u}cR6̞
9B&)>NvZSb3z!)Kܙ>4,pL^gߓvwyt	'\wuuCU9(w|>tXUR1bG*gqk݃.g8+Tn26fk5VұJ-׍vdFsל̇"hF	kRܟݮ{j7öfnzG=[7Xm*6+2f+ jڀL[#\s&p@"ԍl-,`^u0Ê2-bJ21ԨIg9{sW+URrph	2^34`:=;yR)Z֘Llz}ؘ# (NS~\" GXh[}s4MwS*KH#f3n<P<c	hiٛ)aIMZD`,c`<:*sY#ѥ`un-ʝpgKÒ(Cz)Cӄiq 6h/٭E/SR%Э߻}16c]n"O$QL~_֋:=On?'MЄ"4&Lϳo5A|H#I87#΋Ƽ"cG^T3{$H<a(vϘzHvљ+s߼Ɵ)c
ߕ|GݚԎߞ|'R8*@a5P΃ނ՗c,ŎSΈg1LJ9~ͳ$K~]p{=qfJL']v3X%-6haozs)Pk]<j'0rCɯ."sj֟}5%T c)ܯ^q(i\`_$]<M6DZMr^jo/+}
{3*ZaA(۝teh*_ܬT
`$RT	*P 1kv<ѥjTEWzq5\1?^]}*{M]	4ۜ
.%b@Lq. ?%[|kF"@(k4XXoa)ozaf:; -'Qp`Afݩtj#ԲF%UoҞ I?vӃtχG?ܹs-'߀E\9\Uނ~Բ.i}ҩWUקimpx#d4$H|nB8H,v,+	yVʃz޲xL'ͦHevI*pcziUK?1Y~B6Qp˙(͠5cHf^b!̞D)^*mSN{O2im"	/q YqΪt!@%o1ԍqFսզo^ƕ$gÃD3͒+x۳c@aÒ
/Nj}M29ǜD"34ŕɅ5ڊՓ4["OF{aVKm&+`׺|isNV"t|2bzimv`X`z]M,@BWvWv#T:Ãۙ͢'8o'SY;ۙqVwK@y|=WF'sI#ZTJۘN>߀}CbU}0z(}&V))-&,d5Mq@_0SĞՕFv(CX- չ@*P֢Je(şp.ٓږÜi3	Y_=Ր}GLsYm/LEoY9[`E5"awƩπ<NҨ93_!b5XfFTK~Rpl}!x#BƏӷC4+@џ[cWkC&<AeO|I|(rQљD+8bNy
q7^۬e-#o!68sYBҊ7ι$T~SS4+)d;B58h%]}?(d:e%{8ʡ}ɬX+u۪{0 9=&D00@_SRW/R5<g"}^א@	p	#f{mAn͝P0#Yyz@`;I=VEԣ5D4ڥ'Yͽe5q";~ǈWN(YGVSշNUdlDoJQ&xDtFdTqH 'c#݋dͻGh@u!͓5Uvh>ݦS`lbt7{fGVƝtͪ+O~-C`+uU*5o|=O)/߈N`[q)ˁ6|Pw/gxuSٖ[ʑkX i}hoB]xԟR?u4|R5?9O0ǎŽk#9
"&O0y6%=]*̀rDY0JFȘ{,Fw.vtIͻ'Pxw"QvDSk7T&.g<U8GЛى>׉\6By_#T(,b	=¿{}*`66w7PkQ1R8m1c06+Ԑ}׬!^dŲw\>0>uft$G[ףNi(	eq Y'=a#s+[5)َtds 4ǏƖ|n\N7ø~·ߜ!H :HuѤ՘@}h\ 47جc4C0?FٽnmCb?87ҏfx܅ǚؕ*eև]ˇ(PLQR+W"g~AsN)S7fglv't6*ĵ=UpeĹzh ./^UYEN֕c<O5hٕBV
ɑY!JΌE#d΄!n> EAJkхiNs}1q(;)FށȻFhGg
 ?@/:űI&d?0&:csע#ʡЋ+WH*Hֺ~~@%i%dӨIftc=ђľQUiTs$GGRRΎy{'pۮnyY\]jy?ޚӷ~N(%4Yds!aAp>ֈ4ze%UOu<%I9Pҕ,yIg+;}"WKJF4zxR
dfƋ2!s	1ցJLjbߕYAD&WE`եOR֩=2wF1	Ҧs64σOˋS/QIa.ɄyQ.p'ޮTlJg&jBmΎDE(avx&S&[{l<MX_Yū.KP=>tz)bPK_+A'N\oh)?h<o51ȾNoCzL}'F(ǟzo2ç#=\dZ4[c܇̒wvT~XP]	OsĶ5w4"U(٬~h3cnCˌ;D#;GI>ϡئ$\-̷v{myz$-˖;et6géȳՠ7ptAܷD
{]^5b\HXu_-yȝ[mftcP,fǷ4VIgy^HF@ߧ:Hoqkq0+͟..Y˭ǖZڋPLo< 1[A3B:ER=ա;f_{}B1lY V[fc)NKNCa:?F^tܤ:N"uŸ'ʋsǎQSh~KBue(ԸG,!=I9O Xew/GPe&=!
NV2eGC3E#?$m*?'>AI2CP[-`(:LwM(܏H,"YLc>X$HPޠ.yyXf<;Iu
L.%|C6Z!%Wڅ$<OBDj	RA#TC	wMlR*<x˫oMַ!"ڪ%xt˹rN&5Wâ.4xyҫ~mG_hP2ɱ=Db"uE%'*Ûh9';Fz,XD0'R:XGO".J" \I6{P9_p\kUo,u!̂ܝΧHʨӐ5\ccTSdkb2Ed6(ɘ_TG#H#4>-KULQ5zP»[bd?߁
yLG}=0ZŇsogj͈(q{Mm(%#or$@hIp$I۱*ZkOߴoD`'{݆%{>1ovZs:eCVUvƛyc8SA^nypZǦEMa	k2.1cp/ҶT!<f؍f2DHUǜ>^D*<(Տ__N߯*?Nn˹!nd_ֵ*qkxm5]	1${f	gtgZ[*/"cIb
0ߛBt KdsY%~7ӦUOW	E.ųɗwY!¥2mU;uZݖ,QӘCU.ܱgAC&ւ,rZވ!9,~g^o`5uU]6q&ޑ*ʉΰ^.)R$*ވHU42n"g915v|FπnURiEgUѯLGfǙLe7Кe!~_˙؜qjѨ"-Ua6w\26W6wtc%}dТ)к#;bJrK5\-&VwoI_@Uwqgi$4ҵ؏>ʜϜh-~Wu:sțp߹IqH6IVƛ|zILCɯFaJބaܧd~ƾ|P/UN5޿5F(	{Rd@;2fT.-|gFg=Zҳ̇D͞U~QL$t&:Ng3Д!~d$r-mE%|Ћڰ3βeFXY+KrtJvJ͙-brj#T+{ x0v9=x:ar+sjc˘yqvUJ,8Bbl,;sxE4At*V3o#EjxD}9eW9uQo;˽L j3ƬT<QE؏?tzϽ"5M(pѦSM̞~)*<12okև&]P=cBɮAƣrbZRxi0ǋߋ>Pw4ǓLwAh{e|ҾdxNؼ];lMg?jiUz-`5.rU6hg]y<˚,4BВHO_JZPv 	qa=o@p|IfhΒ0ǂwJ٥TP,Bf~HEGՊK%r)aTR~:Ov.d,L5W7:#^qۓ9F7(?C	Ĭ˛̩yqRgEqz(RHHrWФϔr	Fe=?A b 2L(ۚߛZPw9CUDJS\ͱMɜ@!$ŗ^?jYTl ]9	ue)ٚbP[Mفb#:Zl܄vyt5=6DuRH1".`[* `*BKXb6+p$[B@g+'i!54_f]D}ߝЧI#`JEԾ,Wуral#DGYDcڥpcֳңpӳd8Ԡr@,rLBب9r_0ReN@IɃ+hf%ǥEӵ0SEZ*t=}$2Swj=5,pǛylΙkw<OGrՅ)o9|p|xt5MŶuͼjJdOxZU/spx]φG~d1i:x~Q[cMrtתIMDܵz"o50j+նq)Jp|gyP<ˆ0&]<*9w\Կ@lUlk$Q(<W
)Vwg5	[2B~S*˜ENM>Úrӏ^4"c2xYcVܪ|D^UdDMJQ4C߀ҭUeg26B}:	;*&w&<..jB^αw~8;c+L͇`4s
Ղ|oߙR3sƪM&ڍUP0EHǂVbQλ~xauSZHR/`R"فIXATߥi-488-s5o(~iSŘ߮uD\EMoO$htl@PԞ]<!+</\IGڠ)NaA,`ŪoDyϢQnit$-+$qL.h*W"''1YW05AEp)r,twU7~!iiF}]	YϲuY	&mQbB0eEL؃ceҫ|	uj<z}fm$˺՗Yg{4*8ylm'ܺ
čW&C''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(19798)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
