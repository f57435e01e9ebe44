import brotli
n=a=0;b=1
for c in r'''"fsK#9#beV/^JĀ#)U5~m 4{3ΣΎF@Z~TJtLcJ{o1 zdXʓXUn9Ϙ}$GK1G)ՖdH]T$%΋Bׁ̚nǭu^'ST:U`<+Tg	Wuą}!X&ȕecqtZPñ+lݛUְB+<Q5%:txeTu(h?޹aTyߑޜՎҤǰkxg͢Rvѭt֣^ȫ5J8J?ً!)Y!Ru%HQzOwh;
o4)ux:ƨߙ&Gj̧J6ȣ˖XӻZQ,sgCv.aǘ\#Z$
l3b͑P,ʘ\$t=a{DH0_]k;l&|?Gɺ]vqsճ/aycIQqs!ϝؿ55	U>e<Y[`^{. Bxvpw6pxʱh6p=k7KwvCbM^ަ'`d?Rfpz7:"{v\t3?a;5z<cC07.Ҫ+QęFy2ę2R{K߻چ, #̊}>PB6 n"Шг^cȨOSnPPP΂CyݚƮ|8(G_-t`Il;c\WXbRexNAѪQE!fiնCsq~	-Zܑ7]%7mgϟIsreI~V8Di.ƑbqXuo!`<~͎JMϝ\l$Ԗ2O\hP<8	fx) =:=>2ń{xU׶"^,+MqT@^2]ܓ`2$qe.e˒np\,ܶ~ 5ah-(	QX3ɲ?"eDI¦#9D&lNĲؑLztÄrlSr'}OT\Ѩ̥؟"S!<uJgpBN3̯cvRƐfߠ&&Qo`t~ϿۯOqӉ]0xHӦkoQm{D)} U1
m@zO(og"RHӉWG86K0S̥65s;ݭoX1dV?:=ĘWkt([gx!o>:~Y)P3G+ľ?Z];"@@
Ck>gV<Z_;pė_<
0d)qgU֕JDfCɧXcs]̨\Hw>
%`9=8z/ӳq54f،vO=5mH	]Pӻ +dyTjԴсN`ݧXύ7r$Wi?^eljv\!Ɛ0*"@du23QZ37eDjۻV\elƱ{izſ.rVRŅ,pˢFL0NGi"boѕ~p;4_sؿQ9WɜсDGgr6r R:uJDEfV]T'άwә/fAe@RŜҝR.Aמ6#M(?$|.7+eRjN;!+[$5ǭA3r_X-ۙ4}1,AΧvadMU+%lȆeDҪ:kOȄ9&pӴB87V3Z0	X	52dx@R>}[v"([ЂF	l!2<YHrkڹ"#oEтllΫ;0#:]9c|܅"(?9toY:F2]3|LܨQEQ^݌*ْdfzX~DwHIK_~4Ҥj|`03`jBH (\h!}dJX|BjMHC(7X^gݯ	x˰ˮzJbv&3J͕Vcç{tFD߼'Ҡ	µ^dl=2ݹ4*h	C[wyΕM۶&ŽBOOɂkRGpGƭNy{3ݏUuo<}.Jk\7K'9Z9ftߔ4%:PB5ڔ5{DPC:L1%[/(eNl׃>לס^k9fFe1s0An0lXڌ1T8(
96B;y6N31{my6qjĸWո[eoͨ2T29l<z6f?"b8CX΍#Ol43r/<6bM
DKF2R H4)-U5ǒDcB( f2v:cq~6ޜ"܈g`Lȓ}SdC*,P||х8Fs׹!G׀w9h`R(9S1oEtK]xw
qh9l¸~D	>9Mlu@g[u]4՘A_dmowJӷ1˟Fʕ~EPm.`e؈J'yfB:O3QY/@A-*ӹִ	6xJ2ظؙʳ7gb@͍͒ތ.,]HVc?1_ŅX*°ͫup2^;Ba>0[;`Bg?91s6i	7DJ"
ZhXOF"/&u/4gC" :{?ӴgBD{`VB;$`
F4wNW_uu
h8:qK#sMuW,\	5WHOңȴYJ/)D:J{s	/уnkTnh̓ h|b
BӝnUWRQtO|<ؾR.cˎ	OXzZv-:M*;WBJd\M-đ/EjW\lܢ3u&\ЃJ}>QuU GײՀ6+NVq2M2{|p!0KYn%L<N{$VY#b! &ȘQ./Ʒؒh>"dN"2>Ct4%`ǓG
ܹW=nFWp̠6"ʐ,}ĵl.vQPw&gLKj::KpDi|>:C$K%a٥aԉPK;q]|=xG.6ݛYZդ<B[,v*Dg2|%[ߌr2ÜѫAk(օcW[^j6цoX$RoR ؿ5>XiFDzNƱݒ&@COJ{M,5ΐ\De[V\Q2ě*S]07Dl'd"]e9׀]sS	LHPê=:L&~vº)H48bŝ	8clxK8$o[M5u4ʜ[1t'(͑}QtRێz&eX aXzȍЉ\`	Xnn	Q٥sp*#<
dYby	ZvݓSńqP2|b(,<%NKg`8}3	>G,)ǀ[wI;J|Cc5m&od;B}E\Z҈VҊR+pO۫0gL6kSqȜߔխ7N[u48wLZRֵi8:N*֡1&eh!"YǌȱE5Ą3Pg$FۃOA{#5h*d3$ιصc%]ZFi8#=ѼԬa;a{i3%amp2k,Jӆ֒VrՐ{&sb2_<LN&9B,Xl]5 &CP̓[ZuڰkT/Ϩ]N۞VN#.l7ƈX.`uJlPZJ
\נzoaC(ID"εӨgvȃw/ >r0=VV9B#GIW'	`ە:aRзaƓG9@ƌpa30݆mѠcjA͕*BMG>k4u4}{ޗ/ϓY:z˄֌Vv1/Eu]w]ho؊aB@<BP{4\Ǆ23ր,1`-K3E_3z.	Lْ΂
j(-N&!ӍAE"p;Skum$wUluiD6NЍ1S)~#[	KوZ*C'UȢ޲(t$D{v?1DɝĹE2k̓w=4}:}ِ[lϮX#;łk9<`Il܃
kȅܰ.5\}+:&lPsԅK5=0Nj7KA [6diӌ81D$vԉn\qݛ^۟д-%XhBmV:nZBv& k@WHp#ۚn'D7Lȓ=<hCm'_A7ޖʓ?['lBbϿK<d(8~Xx4wפU0ɷ4<rxҜ!֍0f{pfh0ZM)XFoq?(9A_w̝yӣΙD+_h`$%%u"==f3díhҸYN^؋9zXN\G}3ra"~ߣB=in/.Eܿ1u@ZN/Ze{I(<}!fdBT Eb޶Ʌn3++hC3jlz`;)ew4|tTnxQ̣c9V`~._A[Ih>TKsae5 ĄJܟ5Xoa:`iaIDx.H(zAo<T
`m̔zՏf9UԿw(>ӳʟ#<uTyjD??wDf~iŀ۬!=i'iѹtx1m,K;sIcR,NIݞd7,,еZ'q !1AR׈?iQpY̼A&C3D"$h7$vׅ1p/V٣E;a2{ڊfJ2	Y KppM,9TrT&I:Q@1266{>$1/Nݩm!9#!w0"/֑xeP6&͎Z6=^|PGFPuZdN*EM1YG6p_!đp?TdWV6	) Xa:Vr{U-Uhsͬ>ǂiY֣,!R>0ȵz4I,CjھGo0:zOgJĉf(.>l7;lrܚT"Ǽb+;҇L7ҝ%!vn
{3P3IR''×	ۯ:"Q2hӲ-2xOw;n	Z3^tAiR68+%Tu<d?6/N0lY#)$;TsgQ$wFe$2*0,!M2S/,>v1ڋA./A9:ޛL-H24
ABIҥǒ݋߷"HH'oIx>ҁ^5D.1V%)u9p݃.m7׍͵BzZӴKqf{=1߫Iv2ڗuߪ(l5YAH-۩_L31WCOą)j89p$rj`r$<]jUտQ+ToF1GUJO:ݼB'{d3X/-ʎffPkA.p]cNe1Q̣CouI$c)МEw6!9;N[dg@˜ىqGɷۻ[dӾq!5&x%сEU+Lp"[վiգ#ŲJQ}&$׮<
_)3b
.y(."~N_}^sb"nx@L,ߖ$pɒ-K('Июs_C8f8d:x$?p	IMԬedKѐ7׹ ?:u#ZY`uv{0G[9'E .mQ	J_/]/^Il/~ 4.Q$=I+N\N4MG*a"DCܩ֧L
^w+m5hKVBzR*kB-NWc
HÄ*eJ%V.$qX%(w#iC[e=0kk~A=
c@94\ň5\&XΊXkZ6}Dw0wdPƯ2{apEḞMHߞ4ݪ)aGQ{po_8#;h'̶)*ӟߑ]^5rd#ފP 2o,N4Y!r{`fcxy5ݏNio-nYHZ]GPa,pctTp05|x3
Jn*}2RyTEeh.)̤ OInޗܗ-Q__ՋbboefDk>f#1q@k&(Jɡ7MЅ`>h6n)G,P>EfԊDRlǨՋaC[9MŶyr?eS	2NܙM^̓WsWm"#ײ|7Xl-iB8pXS+ڌL5Ըn{ǧYKZKaَy̼_umӏ`IjϢ]7$Ӥ}qnz=<wΕ~xKډg9IPK`_rg>΋hhwLó&8áF-mcXeddo"Dn8xSx!z&M{J{Y6$f1el7v{ma}j&EŃ#*@Qъj+-Eg<>w7<?OgպI1-GJ%3/,]:Gr'*y6p$y6x_-P\ew^Rڢ
ndX#rvMK%ѮC6lR4S:
ZpL_Ku0/j?e`+r/|ؔ@$D,ns${l9v%5s,ۅ+CBљ&0Jw?v@B	c&j_>9K-JBcԐ}pi#2ZAb=xS/)HBs;j&AJ*^,Rיmibp/-a[XU9V3*4+fvPBVmιxf"'dX{`L#mLq Ɂvj1;G68:~F'8~Q6ؠ{ΐ-?s~eiַQɢ#$4ld>Unŭ̬~^Cc1aڼcѼ,hTUhU܏Xv92:޴Ġ܎nUIn)%'`\xaܓyڈ?\݌]o=Bآ	աI6 ']dh!K|м*qRܫ:nZ?q^cR`qSת4!äΥ%PkCR;cmmU@eM@m7}[6k75.|wV>j0s]qQI&R&|Oz9g?h<S7UT9^=Yʂ!t{{><N7M<̣2(ҕѱz&R7/1\$Ϥl{nK}Y:OSARoi	EWgl0W;KO)tXBQw=4+c+5uyJiBßIK͜|C͏79*шVEļ0%̘;iϓ|m~IV
Ͳd;P0V54<hf`޳Y:d>,.=l|P6,"jR;ab+iBagMVFtG#wvU,	*Y8iVyV9˥{X*=BN#^l5~Y#ڢB/$g\u7@ʟQè;ַn<_]Ŗr_-}Z'-2=sJ#08kU|")2|-K"ۼK<Ӱ.^O"TB#`zP^ئLyD۴.}E!I1%#[P6viB)|J;zucm8U(үc;(~z#>Vt0&ѦfWj^ZC`4R-ǎ
<؉ATW~ԗ%yӰ\)Au,WDfe3=/aT9cIʈĘWZ!:Ln4,kCo1jM$ZTL̈́7-+9"Y9Smd5XZ֓&#	tsUX(k͏rLU`̾*B*Sʤw}8±9B-{Hd70XhH1c}у\+2"yK>۫ע5^vXy-Ҳ!/&;>^ͣKsŶ&Xَc&5ذ~VOF1E0lHI¾XT/ xcsh*TcA'M'(}ԵfgOߍH
?ٕb~B{ZG=[nkV<5xbhF,$hB<$PT]xypxkP>،_P·,lMpp@n7Xd*˺zf\)R׻S8ѡ/\ݙ!REbbg`ڬbV2'o-WQ+45	~Pȉ+qRR:e$Buԙ'!/HtFf}by&)&a;N8|ޔ	rރ1;8ofv! $\L-?e|mK;_lZ3Aa^W8Vr׈9ɪ#ݒK$[Du	l|VAf]S!`G"}gr-i8:lIy$-z6yz1cjDG0PBITGoI/͢mڜm>{E<giUyO:%Mmґ/!M`m/iw5֏X.m5/ՈtQ9vB̖+KrK2Bn2TqMQ<h	2Kk\YА85EQn?K0pb0īpͤCiJtcBK	NߴN{g8D"߀8Bn|ynЙ-"\xyG>8aHȸτDۃ$xXE}'yHY&!e{,ķ̺yޤgï^o'k+I;k1;rcr9u{Y{FbGNy\
R3θU98ֺ=LL\יU߭&FExMŎc
&L_؇I(_Doi2w,`fcȵphw ",ّWL$q&J(jFР@~%ܱ*];C?Ƽ>o@b"AۥLrvWW}S:pmdg]ýiYN5N>ɁC^ܕGĥдEMӭed5xe̻`7;$0'
Yt8H,շt0hSDv{	
؇Dg5϶bM^y*c^`xm#Fl;TAg '0uIgΊ^qM҅?Gg̀QJkR=CE|)c%/?yz}T*}:ܛ|0;e5"Lh?۷aɍ6H\ç^BFMhxrVqjVUI ';vz\E/Ů3]0W\O0JHʶaJ5יʔ{mejyZҹ&E,4{Urw
hWD0^/{flKdGbZ<).# D3Zj)LzZ9p<L-͋H9J7?t є۬8״l@!uݨtL;x!n>"'|۔ȆUީƝ׿
ǍFũ$M`M6aC¦ܼt}D0R׳3Vj[d|_SأR@N7>o؀Ҍ%¾ޔWt3/|OŜ2TCKTR`a.hk5F4tD6s9ڲ9|2R1y+o_ڮ(ѫ!|1J|e=wsmǠF6>mʺcë҂>
ړ>Ɗt!O%xgY8~6¡iFjSD.ս">8W3X	<-VΩ#XS	f4M"cUA>O=,Ds9ƻ>$8@<:XBH,+̄cAU;QVĳ+:Fu5"E%Ĺt0/פe~LJ0 uos/3رO4bx:@c'Uֿ5'X_cgKQEO PՅuˤx_]99.N.FM}2i4-@H׬zhMw Ȥ]L0WqXߣYլƹQ5R%̖KFTPhҏ5ɿ'C3H2?9ʸu4_:&v$4xr5ǪҌȕٳL#ɎY`8>܁d`A(bCS1.9!KL5ȠF8ۤ7\LҦ_Kj(h)X/(C\kq g܆~JJ	=)(7aGm?ŧqεx<yx!,*qm1gXȴAr_y!~Di(e:P]ט(Lf-% .LS,2pIOuKȷ*?lvwbhs\:n`Ci<Z٧m5G}c8ѭH@lBdhL//lb(/Z;¡h&YD֋^(£EC˛o<\i|B:KAnWY=HCg:@y<;HLnLf1ZL[Kbg;N
!fpM.7zysT)KBnӐܰبhGgXb#ǉ}lŔar|*S&~>6"-*˚JŵKl5h0L׎ӜÈ׉Ey]pN4Uk/*HnC";FiIs،0y1՜uJDi>e7IsҏݸAyX0KLp[roWydr4iYwNe$]Q9`1iW$ّ8FPƊQckM̩
'~3#>T
[s}TUxYޝ9ղzլtyX(h)AAe;p7DnfKT?T9'(Ǔɥѧ[On(Lnȭ=;D(>OY,ɡiX(VU<EN"MK(5լkrx^WlHdAԽ{ozkYxmzaK۷6 "C=jpίs;ѪHݤҀ`'EĆŀю!v]֯:Yɱr#n4_"5PHB82sYS_#_֞ήP 	аR[&b_X\Yǃn2!U&bpFZN|'bAQ{
/DTN^[~*HZ% C'c	q<ٽl<$6W͈1¯2eԣ.\x5cAøBRreΊxw&a)Ԯ7Qvlխ>GaAlaO,2#LEh lMۓFՍ1HͶ:b{$Ѩ!K}wo<)WΉj0ך@iGfne'0tnvRs(21\a ecBv1XG
/<|{W'a	A$Uj9?j:(ߡ=u0*}!
?qK%yxī΂IX7p/Swʏ$5xAS&Qō/\l!jw=z9Uu")NjO2	3Ξ>yZ[iq8)ſb~]=N+R{2<{jFHMbڋd/vEI316\	Մ,V|ف%bA2~d"'ȍUmN%}+t#)wXxo!8gpąG95BuTfh7.ޠbekiffXX	N>qFk-L°D5}OQ!q]xk!LykIgRu[v>y2[>DQ(.+̊Tsſ;So4֓}[fEAٽvs#L5@O*ETjגtg7ZS'
	ՑjH}DrTRfى>:S-&{C'3r44iI^Xs;"b.ې8g[AF
ɨ#>+_˘IέڅI<+?mEY%sB:Hn0c@*),UauH7";~ċV=+ThQIBMh۽`U"hp;·˂,tq -Y~JR"]4'E8Bו"f0K$]ђnqȪZSڙZEnvRBYl_cELYGһǺ{P?ӷȑTذ8 7
X-ob[ʹvƍkO8E?8Yy=ІAӾsw@֢{}ٔR1x5׮a\uʋ&40ٷ# šnS?t36K޲0nZXzʂ:7؜ ܑP,I\z|G[әSch9v}DBym_,OAWmcr՝MȚk?n6+,_Տ&3.x|Κw-lXv,)[vQCܸ+_8!t@#  5ıܚb@u؝ش(&Q	!Zd3?=U9#CѮQh8ݒV`yNYnS)R66c}ÉS(*\uΦЂkd ]<T=DԖ#6pz0MxbL{cDrͮP-_֤t;ZʛAir>_.yHFƒTëwԂcRdǷ8'=esQ܍cjXנzvp=|߻iĺ'Z%r )Dt:f_ 9sɚ7̕M~6SWNDH@6I7M4цĕŗv0U8̓&ćP&rĕmF2lE8(CT׈0:wq1ɠpy!{$t/yށidΊOH˗
]/E5lԊ&S;3ۈi^QlFd|s+'2MYWFaZη"8M9bG.;A,@ )(S&|W׆BIlP32?Fgp#;׏D\ȯ8Vn-5~(}ǑJ k`.dr!"
3
6`WqIGYckeq7hsU4_Sq`ӮޤvSNGymo":}p8[TAЍ7Oɞןvx\Չ4lrݬ%v,6-]"zIw $H1Z³Fan{a)[|mW2ֿ{U8\
u6UpX;Ps2ý,7;mKkggs
F}=!Sh_X,RUV"aMzmЖJulgyw&w~e(͓0ʩHƠ/ԽX#ԌJNDl$D5h^b2=D=ؑpέ2V`Ol7WAp3õQϤe9s?]؅?n֏Cph"Ba%:3(]77^؜4;.zN5czvPVy6ҵ;פ-1/GyI="_ćqJ6i'W'`#&z$&eU8s.r	wLHڡu.ARFtEy!NĎcؑwE&YqV34smv.kG FI364[s@{6Ћ[P:,eŪRوEҮfZY+R5D0ɊH9vP]Icx"4Nsm3=zk QA|Jzx$wgy݀.z #auxSPA$iuǲJǽ
'[j)`'Ct& =^sa{4;d/e+	i_+۱D29-ԹbP_q[?I;
YV\MБL[ǴQ~XuZܷ|<=CEMc
yΔ6Dg0UӦyMzMKj]3?"gN83.)EcKw %puv<U,Z͌!^K89=(uOǎ@e`x1ng9	bGom{LCܱ<~DZPQ0<f:Coc4ryy,ދ9e_g#ǲ	H+.vH1z*9xQnFަu_̧	OV@mMܕt˵O3
_e}F3reS-{̵bHpg)=Jjp]a>`:6CЈ>A0ZzQ`NSةOԝpq/żz_k:)!YSfq"J#oc@@FO.=-B½Qɻ"dc<7s̓#'Z Qڽ	`Rz*i$ ^Α)	˸ 	J[`I5QFd-aѤ!tJ3n)c~`۪J{#ڀs<
\!OS;΅]dM^."`5bb82Di1:6+' fpR/svGZT^mo/XOĴ!LtsJلWec߫e8)ɡXbP	RR˨ǁ'>ó0,N2 HHǘו5,$[I2xmÍQ>Xkmaȵ9ȋex4Y6~H]N:"F4ѽ]9o)%/''f*_<Ҭh` :IƑo~9Ա9 @ޤaMT1MeWfB֮H_ӉgƞDm kj3WrBdXR<ũڗ@b *'H1
www7uk_ͪuRf{TL1>xc˔j "J$gkIh#sTidGL~Ʊ4J.rRN|[tk~+|Yǘ>IV\H,+&9۱bz؂cb/VXRL8j}eF8Cͭ{0#Sص*OZ7J d<me޶z{SHcнI)a~%4#]_>JRqhbr,+~T6!X,ʕvFJ[5h|/Z,#ǻ	]ѷ~_XMfJD>	Bū|ӺЮQ4ĶۊʑrtKoM-+G֫ج*vW4rG~*wWq4l7Ejނyհ{	
/ϒ
Dz4^ \ըz٢UHp%]]Wh+QPw|y`<;rʯsnѻWlð~g&ܷ:oE`gL|m~ʅZ}vkʔg'E	T~w ɚԤB-o'Np(> yeqwF2W+O%}	g=[jW(|:n'Ux@k&XXQԎdEMe9T]`BܰPmɪ ͑˃!#uw/2:.ω)#n3/2Y$֠eDPqJת7Eƾ&G(<?Hd!D.tIrMM˖@f')(;?~΀GzЯ<G1IXTzVfӫN>&^M*$.Hsh;g\;(;c/L(|޺^hb!b,j@"D&*WڝLODŤYa-3fA_Z66"qQĩWekrK6acѱr"0aґ:OL@R²P!7ZyjiJ܌WOXar,gXRkzFzŖ+tޠάNP؍\voػ*@NC8,DϠFڈֻUZܭ&}VX5a+=,Q$MjQ9E,Tߨ`l,p<wgxCP=_@64\ؚ.fwQ_5nAV'#dג՗/x+Px&,;ގS1NIխST\dޭYoed=HByŘx$߶ڈ`E]Rژ]0LQk'7/DCIS;)0p=	Ut;?ia>O{e5v $uN9^߻;פkΘan`Z>a)y;mB\]o٠ע'!zdS2*>*=Hj?ѧ.ٕDɮZ3؄y7TjbQWCcUSYTU16|i3aUlYevf0v8Jт*UҨІ?pK^@_J8ȞHGdd~_[~1cp{ubN/Tٞ0#L4vP^ݹ3uppFD͔ YCe%96n*0`0ʻ.B}xFE@3^Q
٢wx842RdݴeK}|:ϜY\Ķ<D:Q)RϲV5bȧ/ߦIxuvu5oB~JV}(RɢDS`!.L7~]'`PDՊEk@i:p2C"Ru]:67 |ǈ}^4խW@WhJa$ɏ0MQMMύOZй2e+5sɈ^Ucґ?eoHBHFeBtEҵKAd`)~Ǳn^#YD?5ĕnb"5t=R(hNg!+̛ۘk@۶},
h#mZf xԁe
[@FS:w	Rjajf.А14Ϲ}#h\r%,Q|/(i1mH"7TK|@j҇Ҵ9_umٶ>b9kuJY(ã)P82(abZIQ}VsĪ</L5Xf`a16K*0Z/C<&,6h8(<vqay-]}#6F#?ۭV݇эVw5W߽Mi#z6tHdlWrz1NP=OM@B_]
b#&,M"8ݵW?B9́vȮ:y94)7`xnOXi	!(rz	*|pq#eF 9bW$Nٷ[zV;-S'tŒ2$q~EYi,*SըĘT:53JEs>X. %"f,.i}3l9wmބnǢU{MrQΠ1=F|y;doqpFTW9q+S0quk6idߦ,@ei>[=e!3twՃ*_lϷ[/mqe[̣o`K5zltϤ.nAc٫`"CSGP4Ǝ̋]Ζ*3=yF|m_sVnbpIyOTyL.E[ҘxrRc8SCȈ`mY}_472K\)I0VƄR*NXyS
g03_H4y٩ݛ qq{=)֠"D1GW(u!4Ԋ;R}|-n'R(V!ڿ3Ug(lWӞKk/Πbu|%pߣqqii3<J1!8.}>;aǨaѕgYB: xܟ́sL?2޾Ѵұhl,?+3l|]sGr~n:c\c8AHJ%$X#vPCѮѽo%c}Qؽډ9GX"+6_kԘ+5\lӬL @щvʌ; a_D?`АsԷުWψO@n>R$U;kZD4f}ߚEhe`΅)R-qeoXڶטa'fӦ\w1DGE?4ӧ}>T`S'DȭܔCmȹ;ϟq6­MHCΫ[SGD}؈T֞Hr۠rtJo=a9DNP*ּ~dA"3bd7	}@qАS"!y=P3m ՁWNJbyʱlaYu۵ӡQAoD2L,3|x@R ϵ_کtXAMcˎz^~۰ѪwDOe^ՇdVj-Ơ}ҜHoTN,V	Wė
@,8kp{4&tTo<KJiDϮ9-ˇB3A8C[ k@
EKN~o[>@E~H:FTg2I]idÃg}JD۸C\5KMpuCCïungx3]mHݛ;lA:]`(Mɑmp=,
ƆBC4Ϋa"g 2IUjZH"ؠF+}C+iXc4ü~8=|W΍[D[}ɥBͳ3JWLwɶ
~C'6CoT--g_|Sp:8=Ƈw|YFɾx|.rmq8q$@k)P*Ϡ`M3kT:}׍D4?ݥRUŁn[IYNmvb	@Gȸ'_)[6v]ߛIMˡ3/*VuUqҏDm|ov~m/yR	KEEr:~,1ydTzr
oZ(d<TDB0_9JΤAԫ"'$}uLr))q=>}fZ; _\WږǓ#8թ˥TՖZ8GeCuFR	<.Zf+ýԿӢ'8ؑ{f!)Má(=^CGPMxVԄFPuт%A]PtFxݴ@NvJSvÔf2woّ\qmww}5;"PC@VOYП$ %|;ct+/{{*ZU\NTjkwxg_2j!1/ZzC5{gk{؜K,K(>#;$5}qe(`ԚgqWn-§WFec\yux
T,$ @	'S%
py<9Ct	8֮\avz5pn5>w9/MNEvzDWd%
/p]]Bʮ)[\rC7MҏpĹ<L<h}ZXU-dLحjU͌2ۻZ(yC_ʏ.=ۇ$x(GfcRLK4,EE֬U?0w8m"}uoDW+'F.!&;vɘqÞزm7OellD8}DO+#e3d7laDM֭w؟W^ˢ9v**VFL$2RYy7O$ԹSQZ;I|؟53f`xO5t)%i͔2oY/Va'`պ.$5\SLi=:ږWVAH_$MQ8	c3ܣu,({"*n<
Aö֏3Agϛ(78@N]h},,iC/!gvnmkS@mrT%J,IȆK2hM_ƠP͏RJFgg=&nt2|AOHYI6tQ,WBc=γZ"YJh);,FKFʔ$dP[
`lbxʒBPL0	S1Qףgf..%Ңectrԙp,y}0B1ST$D&Q+!b5	O11-xCu5؂wҷJ)|8VS5+M7{ŴEMӵyGb-ܢ۳;%9	Њ)˪R޾Ё"-j7uT18ACglW#+P0_nϑW|I,Fadu>N	c9r&!+OstyV@BkЇLC!I{mUlW٢*6PplIΗgܬK?7ّ=Ѓ*9Xۀh"8-iL[
}g{|4۴y]P dXLĪBv]įL#4ΰ2G	dBik-;ʼYTC(Pږs3Mq{}Œ/	8M|HF%N̴UO[Όԕ2:g7ً)@|!L.:;88	Vޖ1͈5@֗~Φ41/e*y14Z5=)ɩLm֮Jzr4&ac[iZuKͲ4϶{`WlV%#(6UYcyQ="	տ99D6i)չ6h076[bݶIAʭ/جh4׃mܣ:]!wcgB2)'N{sW0 ڭ
ܵö́p7^ւl&KLāX"ro|0_2Iql+9ٵ$ކ)ϠϗAzjth;o%aS_Dޫ 69IvaT7sNaiӟڬ}o>9_nWg8Z?Pm/jv^&g@՟Ӕ
_Iu{}J} +5b&Ӂ=Gnjھʻ>8UOթ2Y:ZfЧNH҈4?'og3~4"_/+/Cy$7k;D^QH)!ҘE!ƶ+VVMsȩf-v<}!;	zBe.DӅ2]ƍ8$ȅm$:m_G UҴhu«ӻ,`(WߌXhG!_۵4y*k!oDh{[KWYɻ,L2q=O(l%|)_X 2Jn_
Y\^(۫6&/u=L7Fحġ*.;rpǫp?Z[>qƞ"VLO
zkANE9f]$۲j]WӬO3c.XgDTXş6rZX>}2jMT43$CskR&8{ &*O@|j*&cr{)5M5׬e|nƶil15Y=K1ȔIF+ë#[-C	$"oB\w\/{#'#d,ǚK߼3RהkF+t1RuїkdKH+mkju7d]'2\abwhjWYuϾњheARjIW~X~O͚r~"եHR?i'\rz82`,*׎+(Ғ{M@ҨZ;'GeҦc@!N#;E"V-\"d߫ެ*Z9(̟1-kڞd(DZx<@S8lEUAK׳m;:"5.AV`aJ	#,oYkЧJdPd.ƫӾ?"|j*Nkߒl_	V.@ˑr2jnKà4VS+N`S@i?.҆דwȻ2sy4b*(Ի3QdpS+7@e˗}j}7ǯV{-j$<#:"¢{gիÊ&VUȃ<Xt@ܶ^N%.LDkGI@'2ٚt3	>
z}*} uiP1!CIj\2'("dSCZόai˔*;ÃaKiB/JU3fdtQ s3.L"	|ąrRί
ҩW{m"iv&M36AF&'C*҂2}u^.vtf)I2rI6W} ;x?2znWS>v	[|CV$++MMlG&ȵ$LX
:רv.	X	ԋthOi
\f@}SvD4,Ƈ(sepe:2X(Υɖ^'?ёAxP?t.1ݺ)K-l<
|Ƴ-],r66ʤS	yw:Ԥ(T̷gĚ
,.Fo9S͠o%
]Xo=sb3ܧSN'Xg+*31_$ [&ٝ32:9Q\ǈgȐ%k4NݏmE9?{P՞SxǮy%`-1:zR0~(hK8c433<}+j̙$OEYu"KrQ)$ع_Sk1 P^`9njBV<!io	%1c%!K'zÎ\(4R£^h^1i!ގhoLnS]9JQ?d&5qȯ`q}v}:8\
{SaMd8_{Te")<NkΪGu_|C`>,bɀIݮa̬δ&T&} 8CY@pW:jC!lUdެѹ+͊|ɄQQZ^0*W/Ǌ>={$9w&|.NojtŃۇTIhU:Yeb=uїAE޺H?EN#LZd	w`vW}K2V#د# Tɞm!Skҭh|]4mQY$BkG@pIIoivQ]|LСХ,1[ŗvW#KDðkӁO6ߍ2߂JLƷO 6=KqڛaJH*lGw}ۃ,579Z=yaIB)K+Tqx4cĮIDܦ}MCf`T09{YO//u3נֿ28WZHԝt;ٰ?	~|4,g'bX*Tjn~GEbru*=/=8hBML)0Rifժ_@{d&f/HV]a(̑NCծ3bU\ci
]9RMY bݞ߷ƙZ60Ӄ	%P۞3k5|{VpSsk_Sn
6<~!ly1G>r.¦U~΅uͽX*feSOw =ۚմUYy>JtظJ?;OcEˤs]M%EÿO
#gjŁkSr_ɋ|ǮAs=GePޣyCTXx`5Պ0ώM,'٫pT~l2e=w&`prO*k^y_\u{Is_TD0;B$Ϟ|SJ1t҉A^;d~.@|[X?c{+6$[R6ib=% nuI&",Ծ(ثYԇYYѐEqŧj1Ҏh;a0>6e˱(
0ޖJUǭ8=k=S@cIS~@s>ƧnɊ`#`˺5"~?9TQمth7F\7S' *˂/;%RË7(I%#
v 4ӂŠI'	srcXZ1Z˰͸ӔӦ6T+0b?ek"HXdI$	;۔,`>ۉFtz<Zl#JdњZ_jӲf#P={ӪܺmG٪AtW$9\6'XG
3?^ծޫf\Vky{ZA!19Íf@}]_[7khyK2}@z؍|Xͽ <ˊ~[mϾ}>ͣӃD6UxfzReeMˏEU#)#<Gȩ4Oi33mK[{id AfڿT۹,ԈRѣSٍ+K֊V5$ן'6{sd[`QެԺ5]~1=ngp4̬WUa0ĝUL4ذيGsI*e7B=clW]ׇѧZZ5TyIWrmѠ,M/ac׿JKPl2RWWwbƠF.l7n)jcY2j&I׆b$,L6
j]jW^ILSO.!,uvJN/3]Dr-Yl 9kC7ۛe t9۫*>0yl<լSӏ?^@RJ43ZFhR}>b`D
k4ut܍&aH6{ntfvoi?ү*n2'n5M<Tƛ{G+J}7dvڒ.Ӻ%Z3pІQUUDQT8IɴD5xUŃoABLKړ{IcReQYɁ|Yem߲O!פ]Q]l]fx]Xݡޕ}&Uծy(`=ju2l.Qϔ&/m}>[DP%OSw`ɜw&1F!E_-x9{.X(qHVTxJX&.JL ?&*-6Æ^1,ΩA~G|{Z0=ń9wAI?3Ϙ.օ|(cf-MM{N`gY$@F3dtNdSxdЀ1E78Vq_$]aM{1{Ǭ40xӯR.cf].4u#gykVqZcc9`ТM*قTm5R%IlΧEF"<{I[J_)l1A(!ǲ	B]"VI CC^Uxu":jlɷJ5m@[FUζDOh0iqsYKu	=5R>ԚfIu|,FC7Z4j#;h>M{y=݂1ddǁ2߄Wj0xF$9,j{ejft:TZk"I{I Lmt+QKFq8yɤ
LQRY;B{Ci]@( XasZǈ%du1VcmrqӼBvv)lLe+~ɴuݮh&2hvjޅ!@RZkOݴP]܈&{'o؜F(O	Gz~D	SX͍ٞ':&qrȑݮ8B|%eg'8sHھCQq֫Y](ocT6MM>ƻ^߾4R8+2#1݁W)a wwIlF>aFteDƯF˹&D_0OHU=޽Yolz@ͣ~j$=jW1')ތȗk"N5N()nݩ'^&iܜU̲=[h1*"]RfِN\Š6ݍ>Nʝ[biS=v}EPRfC7"8WSJD
rWA]P6Os/y6&2ypR*١L͊ő$'Ǌ`Tgkźbm*M{&Εo0:J0Um}ƆU`gv~y+8i" 5dF8FhmvD`ɋ|lϪ0}@O A'OhlO|N? ~Mhh\]nD-satj;ԛ)F91S1٣;n7ޒ?ĢNQ
E''a'tU˸o<DGt61)0sE7dvS%(߾g[)itrvTȥoI
PQGm4Ͼ ϥȴNAV4VDv'c|FǈtNu6'JRUWp"L/	*uݒXOI5ydHcƝQJz (B	BeΖq0'"YONcmy3̶.2J4֟?ZVQ= [32A5Ui?@B$ldm;17Z' a9cI*\ׇӯӅަn6%ZwZ\9yD=ȇ~ƕ+re\rӃ
Z0DhȪD~gK-!ܺi>b#;C%:t^=9KJ6s$>.mð#e^qeg5xBuDm^ggi5 &4˳tS}R
Ş2V[Lgty?/4r-`z\(kb/1еR$iK[%Y*t~:^m:y;w3`yGTs~<;zL-Ƭ6f:Ovʩܔ:s_"a@K*[
R AW+x_9kzĠyq#\w;$1T#aΚQXh.%(C4^jZ[/O`|0=1!jM҅AzJ`J7"P>6eo.1l]bl.cW<9I)&Oў̃ ~h*PX7LbZ\*.CxNu.g3Mu׋GC"^)Y-Gc`^;LN0"03uu{֦R$&ӥPe[͢K-N)U{bȯpRSn7>S@8&wDG1rĕRqh٩^,LLUgŗdbC
G}lA|^Y_k(^Y;~M~PACvrHyRçV|l,J"?ثH0zǙ Qw>xNBD1cX3#pCΫuӾHrI߄][6_5|VRI#"h|ٹnIdԓBbI|(N{mկqWxxSlbZkaRB]8%i~YߏVa9'J^)[ %&7CC2e[r0\%0!_1#OOAQDyCOCŢbP=&TTɒX5CW=EB)Ӂ0Cڨ?*T s	_p	<0JwWĵuzw6ZoJȶѣS)sQ)S?O޳`S	,ε րIǕW%EC̋XALr#rl5Ndnѫދ9ra\O:E02c-op$_}6ϥtNÇe<3~J5FKziïm!R>%4D
"	d7{Bx>Wr~81p.ʽ9>#3֏_ӱG!kw>v(_T~N+BɐA}.yѦUGh*Ф0h!Z`(6܍Cgu,?aX1Z={Q]W`Cݪ͛H߲ <By͐`OgP@a+/nռ
{dHa2OЃNWI/\s8yOʥVUWݣ.zBm6KV|g:yBqH}O`9>#gec&HnFO1	lMW ;4ǥ~oHta'o"i4ߨ2FNmU~*^%(ӐGPY0.d&V(kгx+c>fm\xnO	~VP&ԼmVbC&mVwG,"8o3ux/)s)V:88skh$-$xtēZԄGu*v*ݪt.I+>qY9+|tS6X[VJ|x.S|ơFVhRїeيO
7@@3<u&̿յU3&S%5
9q&<v0y	s,SE׺Dj)S+0|HStx]/lv5*QԔ[2fF(7N[$j	.#$ֲ;qءMˑOei5aݼpo8lb'/A:ğw_-oQ0%^R|z80@3(+M'7M "ǵg#%l6,7$ƕ |Mv{˺VC \TŅv{SJ8>1BQHS*)z	Vnʇ=OK~=UHxf jrrЄkU hYJ Nq?DT3 =J$iV&Gi4	2g<c|-7ui1g{x_@#~bN«<)z&ڤөG?x3|xp&ϊuhȾAVjp\at&*/[T5eKX[(d`^&"BH.u*fr;E=؊֤(ǺXxBMDr2,#67٥K!](Ex'*	GnFO0nA%Uغ$9߭4yET=#W{	e}x?5)ժzkEZHFuquѻSNXPlBJDe/?d*܋ܨ|D*f5Q}ʪy?N_Rj&O)ACg&yhՀCM$smpTZU_חèhˍ+m?vLbS/lPh&S}p70u4'9{<d4{#s͖+%3Ō4ͼX5Jڬ7~r͍}onxHL\T0(&ItuǓ%-<DI8%G49x%v=ihLQXp$}E([ٚ$s/ʌ$&tءSYk/
R*3nKږ"Y:3L>ѪL`7LX!W1Ѣbi*O9dZo$OjǴѕWuÖ$L.ݺdkQs%^sМ;WմZ?yb=lrEݖ41\zتƊ ip=ѕIN:fyаIa~LӜ>ĥ"ę
3c|Ajآn 45n=Ia9qB[X؊pjD7΍y1\VCzkD2܁*2cۨ{6^	WzO+-[ѨS;,5Ćkmъ^n$ӅLqh$Õ*o9qIԛ].?ǔ$v5Cڱ٬4kult(\P%T0ka0>8!mЋ?ğpBLˑI)[l(:2n>" ͛3j3%l#.OD}/8C~0$0	Ǣ`"؟Ób
9b
Zj#s~8h|_P|՘]V!xOFfy'sm+Z8vR{&IORd3$ nлi݆W)RSjà<r\=1no]ps8ZS5ēRF߆[y7	қ&5	ʸ+(1sxw<VnuǠ~59gx:n&MdEZҵ|ėF+4mT@<YaZ8˛QoO@a .ٵٲ8yf W?7(ƼA),Z+G0bӉ~SҊM{yƄ\\Rp-i>ښs\&8\4#IXzFw}"č3̫SLS.'	3Zn"u<e'=|ӫ\9
!'=OBx:C}DnwV;%r-E"09B:R;M,Ґ1`̗ cZI'2?~KdX9ϸAw+mI
4=dGDmսx_΋NGZBkn?+p63+n9ɂH$m539=nܫ$Im%2fvu41]L$f-hLBOwM7IKE,l
xX!u?</y8"r٭3&a}
RipT6;[)@'(eY#g5ԠK&u?]dUϒ5	D@Ӱa@ΗFφ0{,Jϲ܅LNeHPC%m9Cnix'̊Eϙ)!S3\U!/˾@7cxBtuP|ٞV9wݪB <7Bj{ܡ'@ [Ԣ7xhҰOj@|Fh20gRfuw7eKg?7`˚%X,*ù}EPѫ~ZԜ#@&KO:PvszϣġXǕ@	ph>8vدIiԆ1ItZCX]+^kD҉<-4gJ~$WҷG>6_.3ޏSI/ˈ&e-SN3@#D8E4F4.q\2+Pђx\"  rMLXًGVMl!hcAqr#6`ޚRAͅiڔ;l|o^J5tDe?ݎdw͛ywV)	(uFicl8k11NL[ZHs4)\Н2:ςk(3znV+mBE(wc߶CL;FXޤaD}>4Yܼ[˯F2+d"#lYQtaVIK{Hadһ~h'WfsG"HjϿz<:7YT2s6
/G˴σ~߸bȎO=2pf+<	O
@g*7y	Y_!V6J,ïDwμD7,^.jjm˙[_ޣ7qX3-p*֞:¸)CpD0lz#].e2%Iid|\8Y~M7's7Ϟ>gf?Eȅ%BϞZ\8U)@ȋ!ϧ+r%_bg-b>M(ѧިx=&v;ڟSF$u;PMv,([H 4A̲AQ|]|27J2V=vjœ]Z,Iđ+.l*(Ӕ-$wm)$GF~	'BFno۪+U\\^Oq	7YAe"Nw;όxGރib!b?:L@2U	2Gϱv]IVCTƇɓ
ՉҰzuAҁZ!)a1ܺͨ{>+F9<kƔ	вbLVnWN2|LYK)JnBӉU	]̬+uV®go<8\|enNݝ3mƣdZˎr{JA՘Q-Nt`()$8iQ@,L0	1nZ0_| !.UC}	t"3xFWCEҤ//k;xGa2mW}Ż]zC|]z=[%݂dKݗ(jzw..˂,_-#ɝBYFŏFsDyWJeȘHZ_@1{v*ct,ɪUN4ǓIi]\}ֹ6QNbByE =T=3,Lɜ|Ldf}=xG6#a bj)M~skDXU)|taeq_:vh0ƐYvY?da+ɚȥ`,DeX6)~99/jUD<	H3!ɉ	f3ݎZiOۄ@H)F&dPoMTxlW7v֪E+_k;*ڰylrd-:"b{S#@-u߹Ͽg8RA&4C3{ݥ`u3
ܝkm<F_+;eɜC#P0^3\ʶXJu  ^&(OFܖߜ@FrηtUe˥Pde1{2.!*<"6qlM*Z]3s<HWW34wK8Cn
}0	֗@yE|6Nu5?I@qxޣuY "nz"ĖyJgnb,=GHBhǥ*BЧ3|LэFnsƤg;SN̋!80/2y, Qe;3,Y9Yh (pf*$ZEvN8DPcys7=T$M[O
Ĕ˯jmD¹T&gwN.k1yv9q&3*>2	wҝ)d׻̫6wZW&c^:::Bj}>]uҟ@(w݇0qO&6O]7ё=	SSS@wZgPݍĊÜ!̢	޶-dhr>XЖIkə:?]"ƾ.R9%ێK/gDa2+rmՊٻ(gǼy?h`CxUł?|+wX <vF
k6u-хؚyʨ
!_;Űх3մʩ	}SܴϷfs,/֋ŃRq-ո9z 
RR}%Lp|v4H]P` {aOGΙƌS)pgoӀT
|޳ZƯsGwV\Sԛ,b:97W{|xXaИ|VXJ7amnvq^خ
@χ\{9O4WD		.M!/a4p'~,]Ƹ!:Ύe*СøQ ȵQfgbv#0Z7g&U~_ula92	- /6r_hȺYH+5#uΘ (4KJזiüC!.lBÉIWf?ԥMΐvaCo vIȫIٷ@k\̮^PYq?ԝFN
j3_Kr/حvt=(i>dr`x٧P}b]28҆+i%&Z5ض9+]'}ڰq͚$M~5$:׏b2/+qv{k'ʘ\H~I;qʂaÇ<il7z8Zݻb24LnZTDU]%0Gq>Y7!d̙7S$M[ǹCE{k_
Ӊk­L<<ij:JhXMس1;mtVQs>Y݌f$|D{Ƿ)ZeB-6M@["ۮ|bLP\s1WeLvQI
W*/n@M0&RʧP_6¡E.ݶsLblbHY9]|Ӻ)"Nzh:6؎<tT]Gr%7π&ъStEőxCۈg"/du(*C1ܼB>9NL[y<sD)SYĩ8[,geWЬ>rQ͗<.rZo
}:EF27N>-[[XUw7%3 $ %FT/n"56iۧ<AѨlYecky!M"Qz\à/TJ2>;~*I6Sij0`My-pF[ϲNfۭڞʶS׻Sn|?^9gUoa	דܗݲsՄ4a	5N}c)q<Fj&PRx.lQL3[ľ/β̟?6>YI-DWjHw97ɛ*eē,.fae^ڙ\a=hE2Tw?,lۅ?"hFGZKWY[o,zU:?Vˈd/y/HP|h	^{PRhIS
Z[W$w:"0MۛTyrV<J{
^fgj'n̓CKp	5QvgF~x7Y,7ެJ!٢ʸB)?O}'ۡ>`{ىoՄ6/*-xu=kƒ}nZPĆy2xursڼ!flR#NYl<RݨmGZ"m}[qgHVո3u}?Oao<=v]xpsߖImOrމW}Tku ʎê  KM٧C[<u+'PK~ufKMʖ&5CU"Ӗu~Z®o9:px9]t
nj98I|'U7S¹ڿc_\mڡLQ
q! g?<X!5[
j3ShVhcs )d=` 
lHV4qoP~1W34i	i|8ɤb5Ƣ"2dmvΨ%6""6F@T\<։DL.<P˕Xs~nD5Mi?nhxǪڋqyqbXx3QsY
ܲs^	s9ʝCf>1s^=d̩[1ō> 62ԡy\PV5'2Vj$")T<ڲ˰iJ-"c-COtxp).w$a'({z6uй<v[Eg']VaܛIn}B7CjDfӠRaPԦ_ PW$ӛqj[W@l3+]7Կg:jXԝ ؤm;έ--)ʜjQ!UhPsC
R0hǈYMD*9U^0+~K{Oćd]1ߌxx:ëB$EOCҬ)d<YsyY
+d>eD+4MoM?&|.l.  J	'9aϢAa׽_ϥFUk^q&kT?ݖ#kܟnj>n}UKGցҾ	GYWN	ܗܽ<EˤЛ}ά(/9Ot*ѺA%$|~ZX}ھ¬AOs (& Ͱ!KgEM}\ژ{4v^OǳX®pͻszxQikqѺN4D2T]*3R͊qv֋M0B2vkWw2εJmH?zO%A.J[p/!U`,c`3L`Mw{@QbVk3gJzԐW-ޢ[+FtTͳ_uQTJYѕȅz$ؓ`JMAQRvQxZ*+(߸wM3N4F6\j?mK=m`ZgY;#]~h^SɏJ?}AW4f/׶ٛqM}-R2܉'ƽ &uN"Yw}1Wz)f|@Ą&?vw8mP2]
.z.cq2H/SOJy?0qyФ`4zUPIfpԝ]qٝ۰=Hk+\&5~BďEQghͩGY\̍4oI#s.p޳Bm0bGXĳ{oߩAyBԕ512n@O_DS	άN{IG[Ħ_Qtq.<WiI!$Lv͗#]`5ehET]T_)&ͫ|Qud"˺In\wD@d̠xm<Oȍ-:m:%S a)@UT0#ҁ-g+Q3MMyqw!4Tz>~pY2˃4j9:5|.ކ^Oa#&5Cʷ(1Wz}6N:(1&/U'nT<:Bx֖urً"/"atOYPGZҷʡÁF}ʃ{ZJ"y07<4˭!1y+cElP3,mTvHYކN'8Ec׌]uT-3(t?JC6r"Dۏ,]qzfU7޳b]˃I|{/~G5Xݖ5ה8e57DnT)8M߰Дw^I<zq8;`z	xAya#;Ă8X~+pskbƳx_к6D>*ҭ[ڿYLJ)Xtpcn\N)o+YC"#5,C@Qqbu$wg2ۏN/٪ʱ3&B|	]ЬQ
9܅|˖K6}.zc`~\t]sYـݐn;&%BU+cV}DK g?QDK}7HwEn 8~M~RϭًFZTS~L[4"[Z _,ZjX5v\:QK`ض^`[%UvE3[|~V'aSųUF.6')I8MOEȂ:ްNy|z-;45.q`܋3%I'q?CDaV5iIf;dȐI.mZLaֲ^ EK0S&5o&Mbr.BPoK7ǆK~vEMDu
w9ilci>fY	D=ʦxM
'eB+sf}p"G͹\*<g}N=F#,bn*2Gx+%CBW%
mUR͔-QØc ̈1dw1w>|LQ@[+/9/AoQ%mpݲ<GBFt.UHUO^Jϝn9OzХI[95'r˻{W<OMXyA,7`q6$R:@)<l*F^=5&3{,z Q Jr%tzX^d}]I8r»Aca=X
Q
.6E9wyfQoCgusuG>	:|kB/u+B	ǳ|:@uˏ+ѷt6x?m(qܤ|{bavdFByBɎQ:<{߈<%4l!Ս`*Fj	eX(fzتO,}Ϋ|uiaՖdޏxнޣe3z`H#էaVrn߿#C<7;OtUE'SBGg	[$Fw1˧yϓpK֥LYb.Prfɒ֨>N9I<ƕD9޳<.yMBx{[L@tU(Y _!kTX)9aܸճtX*	?hɵ*|.<2ʪCpSKxrw?wEm""2ނۑ)O~z֘L?Xn(f[e)|EJc<A7Vr	Cd}LHg1uyd2Y~3n$t`}3H\2UR>bҤ`(XhʐAγJҢ#iK"7~c

)
0KyD3ZZ@+C3d@&>Ud
}yVQ[a)*uȩJ~KiSk+ǀ?_LPgދ=7ǯ͂Z"$Њ559,*ڨrvr0cf*̬ɐNyDdroߩNnϺN?zQ(1gDٶ"nO6+׀kSAey!f`JuيctK^ϳ*;qp(%JUNU2gߦ#M]1kʖs_?8!dcM2h͢P wr k G`@;)0-<!ǐCKpH+mT/ʩi
XI%$l˻J!U`4UGCz-3mc1~X1CkòR![>hARׄ+9R c\pdd}V7PmJ٧(E_D)ܨ#}ILvE9eF@STc!'j#$u(h&Ɍџ(}[Չ{oTq/ù_j;D|T/@/#!zI@*͂
%oˏYV&h1OC<{L(}6Ǡ)+'1i'Lon3jv6Y*s!ʾצ'ȵ/c-K*H؎ѐ`ԖzŌҼC
H(?[yFc
~77>Zfَ֕e`'==n1[W߷<`_UJtc1[iߥOf\4GvOPIa7D&Se˄%&g/qbRCǋ"Vqf\Z'/'$ۍN\N`	`yG!{V^FŁ8ƩԚUЛ4C9?]Mjɦ!Fg"=_O*)e*ZqE6!j0kg>jϺջ@݃%IFNBʻRpije;to׬>~b	qlgw{Qӹg! KFVgu٘a&k؁*"wqUԤFXyv)ߚ0&tW"'ѡD^]g@qd9$*u`,!2lqkdD59ݪhK`nsp-F5y0^pffޣ#3Z1gEGsfNؙLF(ן8H|yOγU:Ҷ݉3ucMiFwC881%er͠O2ΉQNJRz?CϠd9]i>[
e΀0~@m@EbM_T>vBܯq#Q)UHCNa{l2<v4
ʹT+Te<)NҽG "b=t`*PQe>lwJJFU-13^ϗ&bhrNgڻ+ȫ^F`k'z!OSw.́{ƺl("Ǡڴ'ņJ]2f!hlT1֬$6oBH fCoܔKxvH+#TRvS:)	"BvhsTbRCcӔ[bQFIΓhZ͞>`ЧAkn,v}ıdwV]<t٤&m#\ԭreu#29(uv?ZBL(YC~0wD)C o+c.zgf/*xBߛ}~bӄgۭiR*F	uu41Ź\H`پ|1t%:'4_vKi*<T[gfKKE/l<l&q25bZƃ\0ˇ>BF6zɫ^QkVIrz7߀y;_8ys<<<ĆdN΋P;f?īJ:BTt"Cw0e=ŝ\6C>ڶW|i)b]8a}mK)Ij>DϯT4ӇCթQ|;Aկ٦·êĔЏ4Y2?sGLV}I	==.^ѕrHtRLNU;iֱH$ObkҶȦJ{lu5P .oWb81g[G/g/ة7`2Y!
%ާnfvdl5Ѭ A8 {8z7XefW5cŚy[@"g["E_ˆ΁DHq`ـ/ѦK;egs;0fNG#06Ѿ̯D6j#e&^݅~uw
$?J9^'5Ŏv:F}{N\?PT'Ѕ9`Xa:Ы>_D'NiƽӞXrH˵!pս5aj^rQ>bݞoO1T-hiՎhcu%> (oIMȓP۫nRכ5kl\DBe51fk3<A>&Uz]!gIqba۴xjliܦ4JYs;\ˇڰV $z%[#wz\9@p)ƵۃtQ&UE}s+rR9#OXz,2qCOçi7I.t)&tW]5to
L+kJqjmPr4lU~MA8Dл5kj`QV-ML%Rw1˫­`gE#@[5	7tbMN\S3Ws,eҏԃε5lIƷQ=j#݇pdXϐ|jRpQ3|
#>Y7	!o9w,O,u0(\|rY%Шg|ߌZc/q$cLǅUλ`K$Ĥ\dZKUёt{ĈQ
[=H$Tޞg
![{qGqD; mRD?ژ&?#1*fĄ;Z߈-/14d&XԮ@:K$ss<%(8ܵ&njaz!NPܱk=5vbXѥj{zvBx<Fm	ͦș:@^SzOLIwNyT+079=&טp3*ol<yWsCKszIuYhm	453QhGQi-s͜Si14 uQ(rlX*PͻW^WS(chȥY]uy	<*źjB݉mFwׯF*{yGLiUbZ &_ɎM7j{u<?c0\F0X%HfNM۱=oyL]&N2`m~Bg]_l4+WDҗx֗1/ppYātn;v"u{?"1Sb6P)Id1},ؽYC4#6AyOGj#nI
"5UɼbF9/اZϗD7οdI"٘h
ȧzx4<mЩ-J)y@I!Z1=Sjܒʳ՛yQ̬~đ'/F]	\qLĥ#p<X8R/йI8+ܣ\ȯjƖ3),:23͆*zf_?&{FQٹ/wzy{GqAjmm«ߏEXI2B5Z,PC%I(bŇj;h~uj:R5<!
gR&rǊOpt̪scJۿak%j ڏ-ަ_!`S9M{
mȄu8;vL	$/I^><FaU+fI/*Mhp3e%Jz)6Ő/إnHɣF)Zljحkw{7=JSĽw%gMM-AVՍݵ{9P@W/XI`o*\hrLlQs`QNdVZGlB­zԤ?w:;$vs"u7֝c.e\{y'p`OůAbmt	z>6	WgtoP_'
dLqXպliق	bb)		^c3iØ&qǷA
Ӳ=Qf3c֖Ofs!9Uomk9jiE:{e,6N|}^=oƅy.Q/8ɷIL,z{_<y&AZ]:RDq9X7<[RgY@r)W:ҬP[!y#yfz́Q|>N4|`kT=o]
	ۧGJ8,hcB#==#ÆgѦ||*ڹTTYQ<߿ϽoSݞFvƤlHԏ$եki<&˻]6st܇7><=Ǜ093yB4-8(Ҙ#46}3[#Lx­#](L#z*	ׁ-z0`=1؋YJ=`Y5ўF5cڈ''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25027)))
