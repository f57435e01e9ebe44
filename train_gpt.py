import brotli
n=a=0;b=1
for c in r'''uܟawrQQ#_Qrw^,|F|^iS*q*ңCf/J:˦"9OJg$[45=0׭AӆscX>/j_̏\!!64L,M0PFGU:ZPa`ӏQMud-.yF`~$Ӝ\Q̵p\1mcЫez:Y )Y<Ax_$aЎfkyQ$<SNosEBc[s-yh?1ȉ8Ds%'',+(ٝTT^ЩDK@={DU)^&74BIY
CGIߗCTHݓbt%%=l5b%ŴE	Wю#ܼqPk	x02TdyċjBɨQCج"`eZP.TVfM˃(%51_ǄWV.lo&OĶ`~ZT=}s܇/Ե'R9u5m8Ŕs(F ;.q8-<#GqZܭffY1#z?Ih
oFϥMaGZ	J[ʄS/ʱp]v-oՏx'A5>d'Zә`LI2kah̾&^)Il#hcZ1ڌ:6Leڊɪ΢ї'#j̚RΎZ	mxGXM;y5L
6=[Gbà`*&NΛ1zt3֘ò3m[h9pV,f0@!B0(yx3`G\`6}L`Ӵ*\0ΞköOt3
[ZƛA
޻ϵg.2ۨ0ݟBIo[{}BkGlkPV_=S@$^޳VA-pQVq ,ϘN	?".z.:8CG;vfnO}-rOש[=i۫v=!(XC2I{&hZZ
BF-v! ڈѓ5"ݾ֭ "mzלϞ˄5LuX3'czȖ*t^/FMm͚,S1!Gt|>#KRZE~T߷zZnb/$18Ұ3~+JgGN~ZyN9=) /-:۶DTވ}o
M{<>nR\/r4R3b^s6V51 .\xّ2JpDLQ|gp&tf?zcƿ|%D%gRR033)6X^]EL*Kجc:NZKnE{qL:12h'6"L|*xPj\yүa{ē4V(IcM(4+BwV¼H;%˕E>Z!IYFn9дy<9:KXF\
;A;{t+~?.c\+awH|{zPʟ+@*ظGZe)nřȵp2հBOFHEnE<)"lzu?I13Ur5lvk6@WB~M-d`̉jƠ.Is4.iQ>!mimkКk})9ҰkH@(ls^a.$M\*ǫZvXz8w&c-GRɮ)H9#'s)^k;Ifym0ye&kIY94U:r|K3`}"ω>|'<Kp/{!Q'
4p\-_m#:Ņ5B}'=NZ*xϤ3<Y?Uĺ{ԢO0Zz|ƕ=P:~PvIZ/fU> eѧ֘L8\4FNq-؃b6s[i4ϩԚyrҷ38ׅXæ 'YȔ;'oeۢCٌoN%8l:ƍM{BЦ^%_iN3%ߩsMICiܿbx.`c'R(6˪aA7uN 8wE?RU/̉ʫzk^G3G\.ϗѕpXKj"ٲo]Qn2ȁٿ|x_ȮGi՚ZR9l8mH@/r0m%S
<D{z4+M jS/8 `ްg[Cw4Kە`
Uݖ&NRu)sʸWEtX,	B	p
Q</[hk'SelϏ5ZbNkQs=gϬ#ܿSW ]>jgȞF1ƮwK5ҜP<R|٘nZ4Tjݟ\RygEE=n^&{*uKɲ+m ;$X`"KĄh0͙͖/MT[l*='ō8͒Ӣ3cəނùR7(SkvAdp36
Q)l{$Vu u|%ǃm֗DfCE	ihyU^=p̝:<vО>NzZB0OI`'SίCgK,CtĖPK0xď֔@͏A1xa<CS	)JBT6KWc3Y3Vȫg5~ܞ6%v~r&:x*q\9hؤBZvcgޗNa8Շ:J]=IL\PHD;j<uΫZ=S]EAR@?Çqk0ڳ4Di*5XHd?bډ|&LOq6ͤTgmQ'[lA7lSZo-{Vsg1o.Iϒvce^Q)è iL]E3ĎCou٫^2>g0P"?ӭ\ŮCL_lԙAJc܎18}x$h&"!a2X8I8ExĺCF!eHW8kíNNLI
*DG"^)fd'tՋNóEtďHe]yмwt||[M[*LQ*ZVTX}ټ˻Gs/Kƀk׾o[ɜsįD&ڥo+!͡$E]"-*\Kԫ='1e+B3R xiHr@NG7}DVXb	JR=Boa\8&oU͢s<)d?o?5x[z@&+ĞoVs1WYqAbZQRW%017',+06Onik+{nZ.Қ̉7WY*m7MHߓ|WNf4clKؔ)79^}ϐl*
:+8oR	e.	Ink>!Qk!~j̦.&F3PmĽي2܍&Rt߫8VߴTCM\ D,wmag~ЅONҍM~ eNjfwՉ_'>2ux`u-]!Zzԙl9{,pc$m$fKX7nҿ56D2(K՜a!l+qfFk1#x#sM/hJĿ%\<g2ʡ[į1rDҢJ528pzGFv$Rv7lϚ.f|]śY]<P	GO;%8K?Tn/:Y#B)zW۲n{3X@$<[tR޺	΄\;8D=IEk;CM\}f1th2B\}hާbp\A~W;c͏J#M_ox52\|KHŲիu'Iq2x2"_q1H .FTḁ.$1g0kA5.w\E 6~rbaN&z]Td#)/n
G&޺b9ιDz!6@3;V1Y$i~άvpp!s@@OQLGfhPLKEl U7ȸE۱VΣ4g?	T{9Z̀X,Џۨr5)0)AƷ[^,/cZIǳ_m^C
ۣL^![A+'P/=ݭM[eú&ֿnچn<$0+-lhߞ
:ƫϨիLOצBBSfG.qBFduC8j`Їߵ߲BSV\?rnFg?U=)#~"wS/LH)L˯.|GdXiPՅ?ܚG{ֲ<pesZ(=?{=Y0(z@ƘGEӸx9._~0Mܖ=|ݛ<ܭz/Ik߆ѓI }~oL+"T
ga#hXQ(օ
Ck|jXNeآ1_ܮ֤Ю*JPoZi:̫Mf;7PJA9b <eDa
V`y)[hHFGBC0:`
PMMv_N}eNùSG.Қæ\V5?:ҀƾcOmUkJg;Q'}
ޠĩ=)>yuٱ	^r}ߕ11)ܛ˺m2<
eĻeΕ8֭V*~BIF)Ӱ&k|/nh5aiƊXpڛs;}x!'ƨR=iqϐ%;2ŭ1ų<܅Fv[fO*[`?jcdp;Ƒpə iYUu2oهBgS5zK$k/93K?)kyO׼?8'$֟gƑIT3Ǻ[vq@u lYA(ߔىrj~ԆuP176ѡ7~^8fg@V֣fʿ,nѶfb݊ݸ1ҎϏbF/7|IoaܓٖƩϽ-!NPHحI¥'(#"hKYc͕XĻaoدSh|DJ&,ɡq/q$؞0ʮ`&rP	k4\k+cb6>)jwsɘJȟR.KE^wTiؖ<qMm&.OUSwD6'WtJiHP	qXr5χk:qasfߤ/?Ěʤ?uMд֏>!=qĢÂ(Wi	0*=<f6q=/.rئϾrxuWKkV85Fj֍(Z
25VQ2h: sr<@2a)aq&7HI{X!֢J/C?us<_gF1vx.û3O1y9GKHBϬݸıSWh/IuBl:uE},م@Y.~;Ґ#W:samFo9hm[[#RQcWXZ_zK~ǖQͧ8լUJӿ/B{#t:paPT013$5Ԉw6UvnY*Į/LϹ?<8>ژJ9c2jV<p?A5ل ?BwgCf+οnXp*x=Jc;:u7"Q)t9uŞ
Q$vѧd0tHcF&ϴ$O;Y5RPWie{On5ħ!nQ'l	?߭k!ԆJFttY)uB,ayhI.}%TďO%du@|yLϢU+] _Nhp [PޣM*%Ι>x@*MCܱ'HC]aAKׄ1ndrlRֶ,79TܷzҔv(Hd~/g:gp~-ZR}mOkH+==DDdvo/ctmr1lN%O
&QZ9tz|֤p9OI:]6Pe+˩
!5UǬ=l8p{ߋP].fPW7mc/$Lwȝ]`fˤKgY8ս>5ĔoD9EL[2]ӗ(S+^	ů[$#O "j,IQ*,>U[@n~qn^3^_7p1±Wiʯ3KъQ!2қI+V\ݛMT#5\pUQ`%4%_ޗ|%UXoB-GdYر`ч1.$g#ZDwyYd}B=o5Ej+1IBBm-=Wl+A%1WE]<fbWB_Nӟv_	LulTG%~^Be=sYkMC*%jݧ`_%H#<3|s'oYLc	-%ˈǪ0x`lǂ#~D2@,Zn+7mk3WŎ&f\AaGH7&t#fʿxr[X9͉N
v3	׆&˵BӼ~
v`Ӡ<g8,cm@ד!ryvVْHh1(7rȓ}UeP6ΓWձdĹ;@wTtE|..1	ND{CUepmKʀwOKyK+6:.qZ&dqTͷZzn`]޾#4:FrM7`I<o8B׹1B)X'Ħtu&Ny
?.AX
;nE:x^WɍCG;D{-~ɴ.~F_y+٘?˨t^o-ɇvʹO%8l(ԩ;_@Ӡ[6@ܘ-#nocJ\}2?y"Uɇ UK502н.Oԅ $1$Jg<'{@{<֔7ޔG_ǚ0lE/]1û9zUьB1x[Lաz*tv-NFdh4n-w7]sی?Bj(d%&ˑLe^fȢY98>(`EV͎bo|8bNB0Ķǣ]k@nX\de7ݽґ }ӗ׏vSjZߖYUۂFmUt2b7#e4ņë"ou^YLwZD)t][+oGAA4;BD<K=& ԙxCng\`-
+d5\#ܛT~ZV AZ#nnٞJ1Uؒo*pG̟pl+d6ӂhCe'c:ƞ9?ۻ
5x$بD2Sѽ
ZFʴD4إ(uP!{ɝqX8Y\f-s3 ک)m8[3qT;.R+2hR$_ij֐^9:Wg+XEݓjZsRs^b)N:wu.`Tش%I+S)j*.kqÃO	e&ߚì-t8֛6 ,݈b`P^kx%52~K)5
?tA%DfTՑȑvpl͊aSv"JH=[|>Zly8Ƅ@?,b9yRHP\w.wmڻj6ٍ!UE,dwuN8&ЯTAz,˴cLC@VGX¹RփߐPSqeyi8'vvfǏҸA=ͼ":B6~ɪnAԟJڦ||"AnWmhɐގ4=vŭ+;d+qlU6ۮT"CwϬ5(]>@FgwW>e4kMT͝Ϙ.4NtWj]Si<՝S$p8iDÔǍ)_zAQbuh<<ZQe%ʈt+O!*̀M×b3pu8"fReDHi9fdy%S7_UH׀#t9TUZBnvu&a!"-QP~]S7KށJŉ	=Fҽ@yY95Ү
xd[ǮevAK^աuzǔs2ʛ+Mޗ=Ƣh7/>o4!ןRvڧšU.Gwh;-zzPS<WwUv:8U9ǩϑSa?1rLZGRO68rDʾO%nD(Ÿ`:jQi.ԫX}GJSD2ňz{#%В1O"2m!h(x$hY҉}ǙX%4 ˵eղ"P])JÚ
)lЩM\wiCKi:H܆@KpT{@NājqUeh*o4`Jv(KMzX&&A{BN#֗>_[s-NL>=tsI
ѬAz1ySÔ8ky;Z7tH*]V9E"p#{Ͱ1Z'6sEE
ڧI;Gg0PB̕.Zp&S<5*S$ 8EvlM4s`l'Y.[r"~.ZM93HݛbW=ˣ'}pW4?ĭ3jEJƴ@\GpfHCJ*Oo0؞2"M=2
wGqGªI+Kw
Ƒ~MBSX׹; .,8ox!al5ټ_7_cܠT>ͳ9YĈhOEhJmMSPn@ͩ0Č@aߠQXP\͠Q9I{a/$y~Csҕ{3Բ	**ɻV0ՖlfM8ƍZφYv̼HY,`_-հmP 79"QԼm?q*z!\CeɻJRՖ]G ˑdGOc1w֍Sq1Ϊ&\$lu>u?δѓʦ2&ҷ0IUI*/	2UIep{7u~Ɨ@iuH+ogtsY\WCzqo)ң?Jyv(OS$yp#
8(/PBT%IΙ^m%9׌FL͟TK5f@`نUjyS&0OĜDrB1RƊ!UҀE\mLJjVUiULvOnVל$QMU ҬX'"yשh29r]kKy|v$[ܝƼFF&::Ϋͣ?ʟ:&Ru]r(*h'OpU:>%J0
FZgjq4nld5	ZĴS'nOL1a$DqH%.m´a+ӞAP<k1_a"-GU"jZL'RCeqRw=eUU^!]҄&mVZ]1C@DR3Irit\ρyh̞]C Ks)=cr>^yp؈аܿJ%rƖDRV,\o*x/MY6jdR7EֶJ(=waZSO"Ң>ә.QfA)KIx׉% b4zk]ݴg_Emݡzu>ɒVgJ[Բ؊ÚvNOh>"״,]"&".+NN"sjNr.66-y~>Bd	rBw0M`oQH;6ȶco$le78{S݁׼Jƞ.O:o.yb<TBX;o҄j~OۄНx`R:,Oc6JƲ`GemܠT]A9ײ7H@MgǾ;0#Ut0KD}2Hc/gDgn37siqe"g<Qqܣ?1(>XK$֯\êѦd2К|76a:eL k~cFf' )޺j$7=+^}Ʊ%(vص[Pg=cw]z\V.u*_/zlΡّ{3Ʒ~AOR4z͙1ND>Ӥ7@7+2Dy/xh4Ń%~qA2c0z?B^e"^Ocf!zZ#o_bKK\L
F
`eDϨTOjKXۗ
MǇvF?j{&qΚu1ƜNK;U<IDW+i׎8ִ:d|5Ӕ_%h|IoJn$,
#fgUgŋѣ+lszsQ*߮	Q3oAƼK)4,T.qxY_ОHk0ȕߨ
T+UIazT	Y8VjdսBfҵʑT:%ݛ|l|dԬ8dxUm\2ݩՈf}.A_pd).dZO#ڳied=b{ODbX_߰sh,)>*àvpTNuUU9\:=Xt9ǞR5ٜ#j߽0J+P.?ߓ_(+QmĴ=NsjHyOT)`nClhv!_̩->!<|rB';Ytח	z0z$L$a<toV4+N[|CgW/YzPkLsHs7.>\/qP@Jć܉[]xo-ouu!GdtdJr\xŎ%/)J?2Tdǥo18y;Ge_mZ/KZry3w#o>KHy/2#YqZry&̫fʻN:n̼A&Bb v8[:N0tF@2ZJ"Ez	̗0UW #y]8]ba^H3^W|~oeH;k1p&rpuK:ʏRcX,pETmkSTaV}Wn,&R'Ї.?NjUHMmCQk(egAeTM#KW1*#a"K
N,;ǖʄ7qS[f(Yl!2S(v~ajLaU9k/*n*0d*6Bg7#F(r٫_@BQD2Y}t޺8Lɞ"%:H91Q8)
.<fMm%[Kp4VRD7Uj1yb]$hκq+~=է~ɫ׊hgs+aeZ8{k3͟ھ2!Oa*yuUTe*
r5*ޚӝԼPސ010eƵNt!?M"(^ٵːxBKt#s9M"WՇRW!{o[ȱɗw<$T@Xdؠ-ȅ~t&#/FBطMZk<ЙHp) GG@=kZ(vw@|
.K_`3SϷVĘI9I7.aǗ>_g7ȜU4ɭӆ<-+vXjF*u/{Кf&zg}>sN.y4o=Х·wtKȼΟ
!6LBH$%؅+Y69/GU]#B\/Lp1SX49OWr`ߦHnWy	#&n}9Y9Y
8]^yVt~~!I$ybEJKBD`Oӵ2.=ްx$$%ԬnԚĲYmÜZDu?:[τ7wqϴM4ƀǺ1ߟ(ťzm
/ŦoJt*ANyi<	˸A_Y'A߁Lן[S+VQP»wHܿ߷aXfWP
;N:N7܆đI5+ec= ͇`pI'bڹ
zu4Ą"/"o	ŤYOBMps|xgJ&\Z+W$d^G*cdn68NK56CcCHo҈gi2NHɋW8y&\`0Ƞe~N6Fo4@I>raUqb"B\JPZ{?ΩlL;~b֏Wt;$-)E88khְ!qfz>`;HCXů,Br]/</ʷ23m\Jn{BokxiKy/LЖ_+i2 ϘȗI^j0~X5B]"#%5tH=͂fa	xCqĀgM9}ϼ"!
pT
2QT7tCۏ^Ae_Pj>w
؋{H_c.]ں^CU%ӭCZ<Z*8x)ܸ$r%W/vȚͷug.<ڍ*C,-1R=(U4=CcU%Jۤs7n3X%	CRQw_wO81йxԞ	9݄LrGǑg.0ڰZ	EFKri/.DHd}<qܢ,(;g[.|^
eS>n!Ն߻A>ZlrNILדNH#M%vo.6*0
B7:ž?M@ل@O;S"`I)У2Zl9FT|rg3]^s<g'׼)ԭe<:)U)]i8Akl%59fK]|ALg1	Cv'ϕʲdR؞_~?]ۉ[Sf҇ƄD%@?hXs?ƀk"ޮra	VG	ID5w[ͱhY
<*^Z=4W/IrݗCrU+ϭH>ywt[VٟϪYw$4sm__jM	C[-Q˚nF'zLqЋ҇\΅ZiL%,} _RPC̇1P MQ#jtMpcB
[L-y	,7FÈz0jo:ڦaݭbǘ63y(?5.KbtYͤ"sܩ
,-RdEd?3Y׺ÿorAk /D
e CPgTXw݁Q7,Lk5;azCh&Ja[bQd~
&1M<.JmKԊb4\Ӛ2s$Aj(^#A:+^9LoOg"72Lre-S
ɂ"->#ڃiZߜSB'DlAMͺV0a@srAv&;oOIߵDܜ&Ypْ1<	#ğ_1$0L+.&'<4M2>+]ܦV؈pR,sHє3*tW(Iºp<\?ݸΙ<<tA%ǘA
XZ͡Yt5&}غGΠ'(ȴrPItp1m*9%S6>b1*LfbUF;Ȥہ2a˼	#g=kMz;רZyN<nܗG^d'HZXjA^v/BsP.é3`C1QINS^U!8Ƹ2}1ljrw{n`dR'ҿkJ?2'pĐXxۏZ
a~e;!Y|yh@*ej)MY	DWV!0(+!	̔KJd:ofCSFE^R6XMKCІG=zUđ1neӋ܆m&8~ĉU	4O{'ˆ`!=q:d&YH{:r3V%:ȒFT),}7ϻ^7acy#Mc[,°	*) bt"x¾^avۙv+Th"Hh[L$*,|ޏhTڑ^Էl.1IJ͵dANװbnWխ@m!'P%px/F0G5}[C[h*5ȓn<o%[`\=zvtPmo/d~:%ø@0ݼU$H9*[7<p0Iǩv#w7,ծOhWݭlՍL-0@OP6B5[T0p "XFޛ|jwrkl CQ
7)QX)،uKQkJs¼@6I@1&/ϺsQdE>]ǧ-x%.>ɨ*#,vot!I7ǘWDƹ1,@:0޽oMǬyyjĠvVޘʐzsG#9)I9:&K7z'.$C+'8IW*^Z`lLۓ`q"	wpgƶohs@ОVӓdZsAbӑh2*j?.&zfrNBT4im^pGD0HI6c`:b-JW"mNJց9ϭmT*l-E Q3ק<?5Ulb!(%߷6zzgU5aYEċR֛R!@o=m֥[K1-wѱ%ޑFSDۜ840~2Ҝp)݄PG:Ւ}rdܔ/V:$22<kyu,`Tu	pD]a~NjwmA#wV{b.a"̓t0 SӮޤ.i Nz1Vfl|0dܮP4/Kۯ;wץȨ#aɵz?aU]	Ď+nDkIǢО:1s_-*ףu<^B !mu80KWa`׌Du#'l_G̭PvXCByyrŚ!ݣr5O'dY0ދ>h&φR 7'p`XFzXl=`{lϯIq3EEG|BƋ<1dRWd0Ę֌kvjȦuިʋM`Z{#f%wȨm=5d|S<&XވdCM=ە۟J*:rGv%|۳޹"C:ٲ;ܽR;:Dt>.wk\5x5p,,hׅ j۩@åW|0ˢˡ¯KJ'sxS`*[,iڥ"׭rI{mDRkN(%O!p:]'d#yJkbDKs@
h=vOwJTFp'nؕMk,jExĽʹ0GMQc,tA۵cu U#W[Xo9|:ǀ͐t?4<؋y*Uĩ-W{'q,P+(ι]jQIG,E'a+{>K΍ɍUs,'iZmL0µClА	d(DUdJ>Ӌ;wL8Bv$Jؖ^؄θ"vP}t?Hm[\U$`Sk"ä&'pQ>Jum< AwC>Dw42L
#BQ`[{14?yשǛŎw3'54wEޘN=KE>Bi#ο#@*?@_ OhZӈYY˺r%wT)T-_?ؘY#z~`yZf%yB:A+<TErsծJ,#+
0ȥ(7{*1vެ]qi,9zrn(׊c%oF X%&Ðh@^*ϣC;׊rݏƴK.Q*+N</l'&;tEEC,rr0˻c0М9?ǭ:Fh6aќHjWyAszb'b$miPȘ\98a0lp|=ӻĶ.?L8Q0p'lM~h+_۴.X	TaYD±߰HB++GOT_T`dK'h1D)Ԁ.{zԋ
DYG~t@ڰwʲ.fә`|Pڈ-`>Ai~=D@]t?;tD&g1khzlTToˏU4~m-dRSZ+*Mɏ_^"$@jEx&ג7}sE1)t|!?332f~*?H!"݅L]2KX̕ҁLڍʆ߫J#g+-t'iP5؉יwԸ'^]ЋÒ@N=;Z6ˆh}G9](ȧϖFdIJ3LHeRÓYE1ڭ=ы.
/bz^q,$IԂR/s|Y@X*c|)QH]VM_!Wt3{uωbM	ҩ2	/V,dH؁v5MĤ4|JXȱ͜F(¸yof&:{'W6ѦE.v|#ڛe۞qa@]b8Km֔8'qB0JR8\rI\O;6ϴzh$Tnfc>QeKCNEAWs4ތ
SUa%F:
kHEI-]ʷ2#eryNg-SGP^i;&9"$&I2kx©YoD>
='L|h̩mLgδ0+3t%7}@m%SC0hF̻ц70$+-4]^.rPN$#GA^b@7<Vp)&t>r9)ѷ
'ݲd_=m݀:0OIc~hApM2z/D]pf2x4U}~{G2~Dp?`e5|vײ 9{U_TGIXLkUɭpi|%fؔkΧԀVw1%3F9[uY,k?Y![bu!ۈSU܌;yB"t{ѵ,5{0oʷ]eIS	pHB%Mln0(	.7T}i3A7Ja
gſ4pKi-i'Xt
Kjqr.X >ߙ!Cr2CkRaBGěWwݼM֏qȁWܤrm"l\3~՟UrJ){]ҋOPxâp0cW%> K&aa1ݗ;<#+uKIps.}3.bS"Llʂ%LإkJvj ׍XIح ǪX}|5b؜@	2*4ܣ֩R,5
AyppMY~-; 1#]>ڳ=UN
ݼ'64`'f-NO#7Wi6d3R6Rív4צܯ|Y=_مOުߔQWs[~UhPz`@Jӆt­_#c3GVe<ACϥvؔV"3߄$5@%Pfv)HʋCM+ \
<#`D}0r@W*8,mo,q|գͥ'	+n?UcZa_ P1%N>6DYrFWu'5t_DނZfRhm)T3qpyt&4ۼ@jVhPi9
΢m]P7jF|c&]ӓPp#H[JBu5jzmv՜jy.΁+?,.֦7}9CI?JɄxu!S6N,/K<C"l/7LdZ$9N7-E2wոwƭyڭ#;MM@T!n^QוIƄ>BCnhMWn}*U?dE%צo-= ȿ`^kk"ghȰkDlwndât%gЪZ,ΈwFΐ$НI0}vo8#Vzӥ7_5 giޑB+Ԑ0[T\tΰbRt{,w1]AHwl/X>z2"3h3s&<;Xyk8#ǾN˟W~AJx>ҫ$`|-%i5mlZCv݊=#fܻ~Llk3[n"͈)ueEryNJx*^ߐvd8Sdd
?7ic ӺO5.,_?6Jt.GCjF1)kFr.̛I'_xۅ[}`eu#>o64{,uQI
LGN* %oP!'TUk5E1P+8qYkLEnbg6*¸iGB9
#F^nD^Rj~@"ЄRTj"	QDJyp7~߿;v
yG޽vGübsގÂ@JoO~V=v[_Txjit9%Hk&/PC$ D20ˎ$sgeiwگwv{7Z*?dĹ5q@O"%iդ4a{K	Aܺv<'4Sw-uQ)75k9GH0-	1ezzLչ-:tcJbbÏ8lEsT4b{b#@dT|=+-fk>U	`nA^j%:P%VHyj͗~v֒d2@̫I71ԯc1"8ܾd 3w$+zaru40G vpтxË`P{}(uxrs9̠wUXKD[mZt0Ihŵ1(Xl310t!RQ%=*lI	@DwLf\nļ%Ș2ҷBe@ue"CzͶ)J]t6ߦ\!Ӳ;΋ajl̢4&A,*OCVܮ@Nۤ/#LAaDՐ9#f)Ӂߩ6~
0p̣u	^"MF\]DX+aѢ#n+D:xaW
hzd'10DwZsМϾ_.]sO@x|],׸1gº<5o(ĝ!Q/-ڪ3LUiX>IU>WAP,2(c)W|"=huھG?.V[߳i?3',R	!IБ)?BaUׇ_'<˧k,3wͬ8*׍!MSՉ(Ud:?S%cXߩt,KdλN(vdSX,=ɘ&3#0"B\Uj;Yy4_'bzd(F91wq^xZҷ'!u'e4Ⱦm#A~VӚ.cF}(Pb];4/m	.AnuU}vy0$%]$(DB$Lȳ~]]'ވ?]UIf	aշd3pJ*.ar=ۍwxOQ.Xt߃Dxg().-dbݛY,]IouͲUg?i'{`ޜ̣>K ]vQ>S~
H?(ȯDs]U+TsSmsϸ6Rg@OY)hx`4+p^3zeFj~n'FSi^3(LCn\Zƥ5$(r=(+Kȇ;.Ԗ"\t+QĿ<`JƂڝq/!#eKf/]ٱ5[7J/E,ө0üªW	nZ_Ӛ?>Gtł
=cD_Uo֕+/z~~.,hTbKIqKۜmg[{u\N°	L-ZgCOy2ݼ7۵+ǼFƏ[bR
ټ]Y:2B)%9-FQF22ң`Μ_K3dfSnܥle@Tl}r,8o%5pu.=tE1۷Eφ]^P9W%K;̠44_QfCǏ.zc$6(mn+V>%!,c?~7EϤzNʆ{+%<{ƊWpVZ{jj05M$XP!	6M{9S!g܎Q	`PS8vU"ߐn691٫dj*ܢӳAt;  SȝV%@cb
eCΜJ`pհӅו
8A5#9_X0jH_Rx=mBYϤXǸ"?hnneR`VT1`1|fK׋H>q\v%˼jBÈDfac.f=uUbjĲ,԰cH)F3I0ap04B8y3x`		ysHRfjфہDp!.d_2_φ<K¸Eb`S{ȳ1-9Ό$ÏTo
u-q
PہKu4$3` kA=ԓOӜzpjF$\Vk3O"`	?Qx}oEE$#$"otSz)4nPfԭÑG:g$JjS^E.bCB[(2uTYal.j^|_^8lp2lIjg0%lcnAHjٯ6o)}H
-N`;>}79-X CK+8};K}ee\ur[_o
s,ϛm^LF dX:vq24Е;M/QgXE,kJӳt6]ygZ!@ğR0Kt-OҒsX\ЛSObsbB:˻s4d+^""0KڏOyZȢ\m7+ھ5ބ^?T@x0Qئ;j;mq1.s,4
*4\߭6:
q<cp0١+.i7Hzl2i6ۈ[V(&Yy0Nv%۫;9rmͷu-Gc°"B|>izp# `XwAڕY5oV=ʨ[}&\lrІf'5a~]*Ax8LOp>ɨ]j)Ө">}TjНRҤ4e`B>r/.bj>X[D(sGVfb|Z>(A	h3Eʡ8Jwx%<	'ag?jڜP/D	QKg?H8uSjS-&fTSHCw52$QQٙ#6:C:80'#Vqݮb|aW°/2E'בo]7\+$ο:<f߃:&q?NldqSK%-C5ӡa@AѤҋe.%0A׮qwo[пD}$[@_-_|VɊI*	<Nf_ IK5Xځ7nL؞y
P_ESɚoES8?i3&tFCKȜ!<{Ls Cq~Ew<5~+_Fi`e[̇؝#
	lk4RvbJ^:UΞ-Fۚe+|9A"**TbM|xUA\OM*"!)ў^+]xϕ)F4ǚʺvBJ$2\7@"iN0oK|B!oUʃhCێ+DB]$ɌL2S#!+z*ƊzXh{ W$804?KNm@OF@Y&Q-{{Lzmekfa5qH9Á{>m$R̋"ALgl^5	|#|9ovStxVLZU>F r(oܖDY߷N6A@<aE)>t+}2Rϴn&;}wgQd'xOv|{e#ؕհrAW[L#׬ҩj{7)RL<5A~1045Yޠ&6t*Ǡ5j+RK6==1#5X`S	i&cklsL]?AcC5w2Yن80oi:13́
x
֞m>FNepOI<FBU7Eϰ-lI>OG=JEG9JLӔEZXx	i*.'{ʉp)fjF)|8{`0~5۠vԻƴ9Q(Y]^zO4ʙ/v+-.AJIi\TE`&EĄ+e2P H!˩QS'*@	hۨѰ֗~85@P~ңN.h(pėہ )z0zVmfЊYHv&lrWsŧFvW9<ӂxCc2b~&8JcbˏVb(]ku#hv>zߪ)O ڐXHe]ʊ(̸0$*GSxǏ'Ql {I1vq!+_[3 IEBz*6h̓ݻ'ʨ_٨aQ=şYtҖFBE0kMrNԻ3\'̴׳>Ed*͕a:l'8QTęapŷWEPOc2f;Ǉ-UG%{ϜfN Y4̖פ\I,yy%Y?7zFl1ԣPN6?<<XE"T+bɡdef6E,˩Ѝ9|_CU+#!yR723\*oE*aO	eyF;y@}uQs]	2		i+_tx|uG_9_ӻj|Sm"	RIǣB_`Aq,ҽe"<.x<ҾG*ǭ±_J0w]YZ=эbMĬr۞b~҂ܐS	[4["hYdףK8Jl966eײ(ŌbkR}eǃprOPt3}#B1N>v/SNͯs(YοRϩ&
pJNXZU)`rD.C8$Zkѓ1O=|54y8,ʙGXD)F:ZdnE:=Ʃ<M&Ee{K(UdcK'ubmcqЍ]%r!a٪}pyHʊ?Bk&I8R:(n]0h!O:w.6"#~B)z'{.Y;Aݦr<%#2su>ZτߚHMDL7g>3 {o2=DO[Ӻyg[նzJ!ɽnr_,ŝ}{V7v^+K
Z%pGF|2()ΥE`:!@d\؇Rb.ǌ׋^!ttwH&]'QVdjւ55zu570ԎAaiJ5ɺZ5"|LNݵDu(
EN15Zwݨ6q 	W2
v*-#C_OӕqY2*i/#!pl@DH:|bx`]:8tհdNi#Ʊ!!HvFҼDgɸr2*'td,4uVtp4<vW52Ӕ
'Nū{mV}M'Uhݴol %Rckב|Tϱ/<IEĂnYSykx,ߡbOʕ>wd-_HnJ.o>P&ĂG<Զh%gAݜy:ӥ-þ%6D?W=R(]fQ`97BoOpU`q}rNeQhN #ĭ/mWɉ3m&8#SyM8JܸW\K/"m8GY؀Ջޙd1(Gb՝ˌM+Swy ۚfµL+j;^/ǯʚ.lI4 pd*QJϮ'+ 7RX]i#}%A;G	j@Ī%Wɂѱ:`hJ_S	x	so|݈Ir?<vlW:"4`TkE
f|OѕV+kОlh)ZB4&<!?l5Wڞ5'^fuMJ\$
PؽՀTIlCq7!)wܒ)݃z)A9f	#wݞ0vܛF6/Cä?%	Iv[!\juny	7ۢĸKvhHhU"R>>ȩA\Lԭ
bV#%-mA(PG',@ÿ˭2č܇cTy=={Fp"4 Y.R@vl dk4Xo'#/kp?}:`-*6<5h;/9fZܾ~,55}E<Ci<dVb^8T^:EZ{r=xЗ=GOO8ܾp1m78ęߚĊ8,YлXi=azPZyeGҗn:4mƚh[+5&ɃpBdL+L=	q3<=ԶHDHB؄>0j*WIs Ĕ(9Rc]WҟnI7y! VnͶѿ xDm)>^{ڋ
ޜk!7OɳNyֈ+c2>ޢ[XxG_'98"fۛekVnA8g}Vj2I'Q44]H,y]=UCO}/x11Y߲'qpS:7?1)	yA	i4hS%LoqϞβHdߪ%T6.̖Ǹo,f7B}qZņOٜuVxUґРb?`@ۥQ>ߝ6ŋ.(V7ƚk1v,}_5zʯ+eIǃ80lF
<M&it0y(vg_sTd7-d)s9"
B9iߘ@[|m&Kp]ˆCh6S,bzrJm+Nʿf
U/Ԩu]$Q~gIPbnN]ZZX͡b=|0Uc|
eѓ0\79.՚KDC#b%Y|,oa4vm/ (}OmNJ&z^z1ҍ(Ȧ@"p5n$z$,4/5BDFeʝŐdeX/wcς\`vP)5D<	^Sy_JBH(F[=ؔxpLt\Fri672*lL3ݗp-N@bNa.Ne܃t6ܻ)4=L9Ɵ+M;i̥_%(L34d-9hhcIy4?_VY|ƾeDQo{/F,F`мo;~)؅u'c~-Ry0IeMOˋڎ,ɚ#wn33^<Jϧf`D#
(y^]׈Ê7f(!bkzq0 ؒ
s2:j~`~jW1fM68OX׮1$gМ'R0ݛiB!äi5n|qRP@%~u.}z!\? vGjnF!̠j4pK&uۏ@ߪwբ]w:*%ɂ[}tVvb:%eK(.3eI]N8E?_?GzScfg{_u7t#YFlG~Bٸ18H-"'fP[փPcT(}̭GMdߣ2^^pEm3tڸ pL
^[wӓ~Bt@CR#epXOus[eгSr|я"S.
iˑΌ<(ʹ؊Ga4afHΛt\ȇB&/@I4]a8Σ^:}"[,ݞXkzxx~A96uVDn޽M
b#'1hٌJLae4cEyDDh4Y	A4>Uaв^V#PP#^#Qj۽2[.|W?JXMFnS^ɾUكAF~eGd?ωUJ,f0	5t;ަ5D+!,7CTGqC/tmKJٓf4"g$Ԅ4opǍYtƭ	-$n|=Mǅp6C^ގթϹhq,MrٮwI"i׺,ۥE}jf,ۄ#
wȔC2Ž3b5,H:%ۥ2#=}VqA6Razf}z(Vj81?Կ͹5nF\V7F9M+#UtXؚ63Њ'=ͤIY`ɳ̐2/w`eͤ1c)g=|fk`%hs 7ާ+HuҎh57͠Q{ZywæȃۡN+\~I.3`}~c(HƲJ;cUZkY=U9Dʝu;ͬ).ϽZx[ǖã ,v1CxVw	Xdc{]hc%-_
n6ngi0Hh%[vȒ̚*JZ͸OdPϵa9x"V"MW8(8Y$7@)u={ʌwb*wqcV|Iκ}2aO|<&$|.=ݻGNC5z!K;{|,[FU4t'{X(u	wJ-,ʦ(p@-rZӦ"6}ap*z=(FR4#NG>@Ɗv;QLzHԿ-ƞ>uH)Ո:چՁhuKxn#ȋYXJo̙ ǝt<δ>Rd[#m@Ѿ5'yöu̮Ѻ-.X݇Cz(_F|M;];ѣJZS+:ҥ'ǊT?.D]W_5,˽"8k&q&ؾ>nkL}pP,ź+:`+}BՌ*vd7$BIһN˳DcޓnF~InXMnV,"
(tcHNH-~Wa_	V~wKiowu&]ZRkj`0R*0cMf\PK5ݽ#@,Phy֠5W6&6Jl֬<>-sYAtWc3T!V
V9,4ͯʻip֫JГn+AaCNҁAC,JV^/RԢ?JEG'27,hu8
c$H6vҢn4gď?ְDąQ8&˩T,h:kxPY=j8pQ7C?c'zv9kOwPE5,ECv5@e[G9'@+ۉbS1=Ƽ'sqa̱5"&jbCaڼEjƁ,2Ǥyȍ(߬ɦ^դKf}#D0V~5'ٞ:T֍lhݿ%uLvܫFϞ)O,zL!u.ir!ّ"'͚j}7h@3a,v&T3rj)g3.{E$O&مS=˩xM[D+
gҌƒP|E&v=oTJ{&I.]vkMϿ2҂%EvCO<\G&c
LɱJ<U=j$8jmx~j2_)s_Dk߁|qM)PerIc(2@aJ]q)/aą
'nk"pfvQû;PٓVw	eH6dދfɀ~^l@Ħ?a8ҽQ!![oT_ϡĽ(>pڴgVơ!@S?kC'^OҨ;p@˒FeG?q|0B.ˑi\mZotnL5VUYn´W|q'Q )DAڇoZZ
CzFH].!._Cza\q2e>Hp\^2%FHɲ\80||X8b$q}CfzL)QfY@Id*R2ez>^ivr-zYX>elhi1T8?ATufiFLL:/fBC<QLzG\ɼuy>j:d`yοdZYʥW˅R&n{%ݝ7U]Yyn!KɋQ(hAҥLNI(H
ל?ȱ3&7p6)PP,x;tcǯlHi~far/*jqaљ $^zeָ  *)/$}kù%φfUM$2}P3Cʍ548$|b_g Ƿ]:Qލ{UVjJqf's|!dق^F.٠/t]MtH߀:ܠn,#=Lp?$8EhȾ9!ܰb?`ܽq9,rŇdǟAW7pM]3ʋo3hY/lAPT]4W'>ץ xi{oBEB(dCޑXm:?[?֟jlE%2bmؙMԺݪEzrӢ@_Y%v2NoF'JT!ӵLQg2h\ʹޫ&g^yhUA=ьj:!64ņjM/wug,KMÞŴe^U&4;F5""Ӝ%mu|̾۽Ĳ9?
eJO7*ɟ~
H	Bu+E@";2{YѥQ3V_ԯhapgrf)[8<MI]%t";oJ~&ZĢ;OPȺ`<ە.Ǻ.@ ތ<5'PEY\ja'ptSؕ=eO.;Ž4ʭĀԅMB ^i
kH\'ĘȍZ` eUaḰ=xk1c/Gdw>>9kBrpRƑb6;]"Ϣ{:7ا_uSùq S#"i1!ŭbN|
I(lcnazaAxƥǐi(tPrEڑ5b 5UG@DwHۋַw";(;H!ٮfur~R̛/c"=ir٤X !*ڴ5b<ºĕ	j%*LE([\"ĩ/XK(:hڪ\vr?AFnbefe5JX*
[ FK%jɾ(:ZϾqhbD'ߟ]}4oh˽@jt<"1)]+Ԍ|${N˧y]&id{>cЙ*m&v=>a>ID3]_Qr/֖GN486-Wʕ7teْ1_DZvx?W,J4-c`۱L!|=0
l7y=OSݯ=ƬJ==ocYW0#L#7r~aC;8P2E͜.T`N0F,:=^ȡߛƢ[X޷*	'&7C LI[Ib??{)9ؑt	T9HOj]~_/$=Y8:ɤ,Ho(r&M3
&l7Znm\	ae4k{INGMOXfRM2Int!3I#XeR(D>qkeڝZ;]ÅPӡyAJ_DC+ԁRxR\?ܼ6gmߐ5H)0T	[uvMCd`bg΀Uyf\1S׽ՠx6T7'y]dU:vxaP؅`yI9Yף:ܳ1X
$ա;IN#+xO}E6]l+Һ;:@gv>euQ23,MM4IxVU5yw82>?ǓT5x<:C"SzˊP5&huxp݅1>54OP3IO3#)&Ay5>:D#
TRthqÿVt~z@ƲPIwsO>MלbԦuz>*̦¡=Ƃ~ϖ+'NQV6E-X:j=,]QٮHЇ)6ւm@_3cQFpIEDX61">Y<i\]nȇ5@=R(fzMZYPɶۣ?=õϽ%Kdp)or24or8?ZD׍_wQ(6H&4P;U?̢gFtÙտ AՅ<@$*1Cw5id%4-rS;دT:|$fa,9ք<'4`AH?J,p=h	*[5sڊXhg`}?lЌbc^Q˭q˴	I*1bٜ˝nמ$;EQ5g>3-"	>SG ٨)k!!xVDCОmzVciGnRԐԍCp!}zٳX. ɡfȌcyӑwmޭAG#=T	ȓkk[M kiaǤ-·ʘg8U'O6W}2$CfeeӶ*ˇXR(_؇'>"cˡN%GmQ|xX+E
sÕ/?ўɊǵ;yV4tv1Ay
7ܦ/Y9l:^|@L45BBBGƅs#TyoŊ;x/O4 ˖fc(\9Jה]v.-i>Է#4r\>'xXi/!po"` 7a%9"EO5:XV{"SC0")n@ܿYn~Z*I5y	?Z<fjkP-PLeϵܻ/
*L`a:Əq5U`)	Ρ{K7!b?]vHgP	P xKbpeC),.kL8lYyhZvspdrƦ:T.l[;aJߏ>ж<iW*,*bs#TS.}'#Vu4D_H*oA؊QjK5YyUXn?(F:9V7"ŌTݱ#7{ojL|BpcHtcS@V) %u]67B[H

ћW$$œoNVaOR'GiJL[V>ݓawٙWQX1|}G$xO]z߸{Y~	݋u(@dTn\ԕѧۮ5	SEŉR++s]Slÿ|PUT%)
,Up x'T__0XƼQuqxи'nȗ[Zq%dgΌ߲)"Q4/$[:1? DnHB`%ӞFY^0^[SDכ2_eq֦#/TB gzS#PUdgM2Tq9Xe._ɏ	7(]ag@d1r/c{Uh̭<%&ұl;w۠_^p0Ls?ͮ˭C1ފ[7)͎Kx4ɶgOx~$!XR6"+8ۉDI6#ŌE}0k@kA߶1\|hLSG,`w$+iVe rl_=|YW>%Y9,_2AccJ}݂JRRƵ`AԫDV oSk&[ pVUJ5cx/W#H~g]p;MĨ"AE3"ltKM}\ŁVx5л+ڥ[9{,;_{y+at)}%ծ\
+[Gx	CK7%S[
h(v.-ƦRV3Ηf3۾Akt-1#̸m,<up`LElF(92dgOGގֿw֤̓W@G۾m+*=˟q;Ry\N3R YG"|=R1jR3q5ͽQ&wIx}$&ϗX=ܣu]*iR"JLc˕rX#i4Er{Rl!
st5qЍyV1e }7)%IgS2mءٱo,V7:!b5$b'8pJo(=Gvzy{DvWP,:?mk=ʔ:ʱp<ƋGhD>p&Fŗ$WLI`F0
jiZZbW'JDcy,E.BZ{"J)?>\:8%gÆ{|_8ZCť-Sp+Ǉ%{J3˃׀;uȅՎ,kߏ{ա_k"ű`{mGTrGф<iم0pÔgq6­"9AbTĎk`0LNqE"\(
,#J9E&jPG!́^X{{(lRiXByO!
-@B.L{eӴqI׉fXϖ$>с	YsA0́ǋ=x",fN95`-x(Y/>l<{<<g/kآλ,ncrHrCiehzCHEeʰV"YQXѤ0*ӥM9Vͥ+ёF2eb}7GsSr@UjՂ*ßtcCTz$XK[E.bׇ͕h؇:[KRp1Nβ'۟oH$!"L!a\#|xѶ$ԙ$̢l+nKN*sVF+Y;g^-h#4S|F&}0vN/U{cJeC/M:/D43޿EXlwQW
nZ/.N&W=-aU=(Yhb؎h-1hʑWnD£ɨ΀yǵPCɒU/JZn'ǄX:fHNuJc
3u}dt[c@,F+٘SWZ )(-'ּb-Q=V^-hԖ?̢"]L[XdR_8ވO{+iRvM;ΐw7I1L^uQĖRV[̎)XG՝|0NW5ýťa	j)x5_kւ&ݡd'GjP-LۼڟFL~b!B-Om9o8EAkU|MØhpƂuп(	eCŬsڳGB#۞2h#"G_ٱ[c_&""דgxT`w:߲Zݷt3@dH?~0c=LsװSA~Mܤ=9]HR(&H3;0YӰ0j-lRҴ^P@NKNg2aw7.w=YE͡y+wbQ3!NSv0ݦ^N!1Ϭѫ+<yrȮUŴE_D5{"ltGͱ
}2g*9ڵj!3żZEzĤ hUeL(ktr/G64"}j.֮VڗRlڴ#
ۭe0A7dyHjր(	/xgw9-	|ڔ&ƞڊ^/JQȗkRx1\F"d^>0űmtn+l@y-B؆rT
 	|}75*Y}To+NES`am93Jp	/ynˢ(NpM؝zs	MWBiۗf`f>Qzf߄0`j7ɓE3aܐGSecXKw`V>h?iBqYn3b	)@7թ2n/bEv/1ֶLؓ
Ўkc^ύ
|ЬP&RUmBhvNjEpًȔ@mn7VS"&6Ř;w8wȟԑvuDI=̘7k|VW+;{/mb²66W+Z%lO2G,VV+.2p$Rp9QٛK,Yk&gd$&+fUw[\3ē!x(sx~YIԏ"AG>f	~ZBJ_PTr?۾\2rP4bf?0AqJ=e8jJȒ|m;~VxOךä(̖.VH=;ڽ-L;,bo
t4An!_kcNUxۍƪx܁'ma:*ڏ":eD#ҹoq GydTjޙ2=ݙfR[>>4C-w.~MӪcxhߞe</Aq AtRUMc=ȨW͍ah͹C0ߡ=ބиlXS :!N5XyLOǞKE"fђb
ĩ<>kJ"wa#Fk!/̪;
̅+,8A{9dLF:2NvLJHdTZֻgCmԘȷ^M<m;@:{٤ͱ=O)]w+i{dґߪ@ؓWٹ@*l%HsNhũ(XOe)\tnJ" .:ЋHWVgu=މܪҷ2y4`j] Q{/'#>ؑ%iA:im'þz~?_S.O)z ©LdM=np%?ݳP!,٥ʜJx)L.Ԙsr|kL :P:"F6v
$l"(}}sj-Q4V1ĀP׵Y$կf"%X B
Äѫcų9|nŔò?y5=-t_-=Ƽ(vmJu==a[*ziBȗ"\݄S\-^gŗ{H>>L0]Í oe5Ea$&9Pݴ AˑԶTШeM[m/tQηșƪaI˱GkCsӦQ`~3yv$/Qk>9i;8sҠgKԽ?Xr9zХS SRl9ZөJ!wxڧwLZHs1U,ݞ!l؁KzЦޠ>o?dL/o.}	y?ʹŠ^>,);˖ǂp'wʵf*Z?^O8<L%uϹu$L6&]8TkoqRWZˇBqħ
n`=MԜG]E/pWC_X#jȴIraH*37+C7ĕfqM̚`.u()seW1faw5R2JH,8/fho(7f3Pf(MQ!~CժӶqsbBp&ubv:-SC>698rGt\@"sISɞv%H٨ЊL É4߀U\(jfJML~wk}A6}bϸȑH4@:8y^˦уrIYV9RWPU ~ϙ:-(ך{(^8˱â2<Z/Y&[ϧs*ıg	".yrrXyD?-
̚o p_=D:Qf7'&r&^OTۡOͤ5dW9k=^*t1¿_Yx;e&׹ޒ*0Ғك!ĮςYݦu	Ykf?<%2TLг#}׻ĄܛE`ϕQ"O2K,׳נqJMGLf_5Mfz([{36+||ŧ?PaфXA~yː/Α~EuCkk]`E6[!	 w=^ō٥a>(ӬV!k!׷gTʔ0;QNVP#uf|AER)3aكj>Oؑmu@b]'I30HuLC)*mk"8ڥʸ\~ҳiq5slؙV6jFʘuگ KHGT%_
v9ѱңl94׊~,u.O[<r}uJ;bT{8}CQm)p78Clm|FdO{z"
{Ӽ7)[k>ER~rpB޵fjqMm)tF[0eQi~<T_f5p!iv4w_^ގ43ڜ	Vyӏ5LN'bЃ"؅D̩ 0L۟ςh@tk^rF8Eܣn0iLޯfP2;Y	4ˆ8sɡ;+`k(SpjVrr*su*O?f~HC BСq~"dbY	Ν(є5%6Ȝ7YY.|}?U;jt:C{RW3ܸ˫Ϗ(LZ%kՔqyY`aO{*Ezc'o܂PQ1e1Q^wOj$Ӳ0ARlGN)Ү\{yв_0Hc̈a
?qƺr[E! vATz+2y]jėէ˄5fvM:kB/Aqάg/g52/<@"uOڳUwYn>MXILT0iCh9W"ԝ1=p
o41n̋_ցU|P3}N6.^p7Ӵb2qp׭ȉLTi׋iJl3ke_#221UJPT7ݹha,K2#L*8)޼/!%wxKv3vĎIr,Ê9ͩ$HN+ayzkcRr9/\%Bh!?Y7?A}cnqHy^۴Q*rcN.hCFC%&qʈIBtaٸQsm&
z*՛|(G=dOX|	D
}92L6@ޥ$Dzҵg3ܦE9;h9zQĩ(s:L \F­Ye
Pϟ1S֟E2fi4Ӝ,*$sݨk>-:Doƻ~w/lR'Cw"CO4fss|}r=ީ_{ʉHѢ6+;#M]'>BEXO
Xә=կbrm_c#tabT)}>nK]C	a5UNLǴ	yF$v:WUon	%R6g%ՙ&mԐ!ٯnY'h
sy	z!JmY@cDDM0"[Ԁ!oaԦodשywdG$	FoF ћ΂}MUk23p"|̺7X˄BHɿ/³G!|-Y:tf6=A8eKV`sܳ˧xYU͊5AAZ9#~9iy~Nbzǥw?Џ}'WFpŷ+IH>5P/G)(6ˀ7\FK`:Ml~ă_7Rت{-%}+lf+	uzc.3F Pmo\>O^A"1pVڍE9ˋ_
ܠb'NPRnvZN^9#~@	-$?=s1O`%g~Zt#H(ycdaiw]DôI-w 4WI'dX#AASFJ4HͫAeJv;u,/ڪ }XP}uAAQ[&}P۝L޽>tܽ7:m7$|	VKݎi IR,wQF:4"1geIڟ{#ʊA> sjѦ%<LDݧ&D
>ֹ:|@;a1=C̿P4yk(nìVuIםSx:,,Tٟ~}|AM&J	k?hIes~zeI8J)ȁed!aa"gu<0D8eIw/ĳ/K|;צTұ!Љ~bhBW>*o=Ƚ/<.>BFv-|_P̄eٺ"C<zӷŮˈ+bڰXY?
a,(]jɟz-MJQS!ll!?gL7us+ǲQNV/.@JxcUܮ&Q:ޠzao\ȍɆͰ@l%ǌ?M'̣Q{Ց(Pݭ7#fކlZo̟*Ӿٶ>BjUԥIЍ$ve-<{F2Hl8e_*+\5)s߂mPEp|Ӧ5<}rJ#pհ.mCiOʎ޵+e6
2J0ה
`~o/}
#\QȬPxbˊF5ѣ
ׄ$6wdfz
1}u>]7ݶc%m$)Ҵit86j`J-tl?F)Ȇ3n(/	
j/<Ve|ų[z'Gx\LJ؀J7@aPXGS*AH5D1
ZȦVb8$i  BŦkִWV ~г[,s	G3'jl1_=3N:g1_.L&{/_ºC-wҕq!L*a{Ww~uՒy12(&uwiHj͇c"$>{btJzCgUHBԿ*ȕ	rz]9@<qkApx}<̞}c8ȩW{n_ɋBR0>Ta0aE*Rۼk"j֡ȯ$qɦsfokV7z͘Ma8ԍI]]))%{:=ʍPz2X0@k<]M	Q߀χԺ#}OVuE8&1W$`".P7w)7k5)Z_sЗF:)lR@a{lN;oIFޚ6?Xs2B<,?Ճlw|!`aIbmH,Ha@٤k|\R->:JD}%a$c&8v^`W9mߪG$*iJH-,ۗHQOEx$'xsh5$'I&q09UT8KQ\~pΡh\+ӷaj-::!a:@YefXj5&ئ
A֊yyݢǺ}AϱVa
s<Lz-55,a9'=OfICyj!O9_ovʺVKB~?dۤ>1oiIlȒ{UsGғaW,T.֟IK^!9Kz^Jb7k;°5}51_׷f	sgf[ՙnn
Tc2ԅOeFU+^Kj%2˒ю]TТя;%_"ٯPxbqd%¶f/:S8ێoؤټB8̻@?f-Ӷ67
EOBֈ=Po'0^2E
\e^^Cw0d^b$KQڑY-Qy{3R9W>!k5Y&0Nܫ(|ܴӾr[^$~!Zl"ˠu= 'blc	h
q(ǪVVL~AI5?Y}KQ^\h~>ݾԖ,q}QnG%:JPcQē7ٵX)'$$B 5UTfMDޡJ|i*k12N$-ϒe>I%Lbel2ȠyP{hk3y(ض޻D1%|80Srik#N3|g"	h۹sTd(T¡[B@]f,24#gQ؟* A$_0B9iȎߐ%_*b?Dc[W^$Aʼi@#zdz[p;AQ{>|01ǫ35NԳIo"m.0oO3ogJL.߭FȆ;T׋X(~CH}ǔ_msrTNԸ<0:~tp`Pj:p&@Nf=%pU}&,F϶޽Q$	o,	!՟..fH	bR|'_i=bjgaܻחbbE,2Tl_FƐfbOϾJyKAњ\8++@=?q{2_P;aP?څψ|.DrT{Uwu?tix_eq'TcɶtM8b(R9ЮXvO]fe4>Kݏ.]6ց-s*YA [,|![ΚgTO(+5;e5/l-@1N+*P"J4qC@aTnplN4QC"Z10PlڀV>-,h_մ;b3Mr`xf7͕WO&[nҐпci-ue!B9/kҫan?!A%Vl9YIvr\lA;TV(gTO3ϼRJWw`3kz}X<-b׆AS ]EƁY@U^A,z]h*qLep[tgvKT_h-g?	"=rVqxJf:=,dPQڕZY1u+@.гxm4USӫXC۔ Rp0OmbYxSH0jԯ:#V5ySܬoA{q֘E)¸\Q~4>{;Y|J	ɕ9=H
'+ʗGKEn%ՆEOXPrMBBjb8+NױK+0ΥnZ3qe˼~QSDzm21Zfy2nCi]n{kU~Θ2<Ԑ$U>8]_&|ջ7=&wMo׏M/CЭMHA'cW3<dZP37Y4޷A:_v-2[?ā`*vIP)`yһI3<ޟ8?8J+\5
0E#T$1א${ieRI.&0˖g`aK:4jqbq]toN!4ͿF5`͝xہ)8+_GA%:'$q^90i|;S&Ä;f.D:;'PWzc#dBhLñ
!XDix6X9/ή,=_oOb	my+SeGD+WkU7\ψ$̸O`0ز\;GQOp+K/A3a[6vVH{݉nőiٌY^4ݻ40lMUmd4[HG;T2;aɦaD:Sٚ^hێn%0qӊ.5hDL+4f]ShgVKKEu/ת@_Regake-f1#׫ǔ<=_lEBN۱	R$. S/6?SV#ܿUqiRQr#fty>Ws8(Nj5ZW	Fk&ezvŮǼ^-r5wnjpX6Sۛf;-o*sh}¥6hFװ<N,{QQV69e9xr6hUC=c:1[d!}FFWԄ:@@1
ʁcӥCd.|FɝBed2>i1Dk^.Hiˈol9R*RHQ.Cj}L̚ʠv~O(ԱGE+] EխwO
27Bƫ_'̫5߃Mdd?5P DE2cIDSnCgvc""^iծ?+j.R3B"TV9RH'V}ĵ;881s(RƦ/6mP#I8p[&h֊NS8>HR6)QQ*NҒ*;970`h^szAhwJM*.uJ!Jgq1_7i6ro1xsxgГcCx/*
LM='W҉u#]2jϮ;630Vڇ"<CJl
y[9aYTۈjtqIo˪5~	ؘM+r4,<v2ŋ)zfaOϹePS-	uCקd$ي[2zS71 N''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25329)))
