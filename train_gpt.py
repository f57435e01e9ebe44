import brotli
n=a=0;b=1
for c in r'''lɣMN]qfхtĀ>[j|>
ɋ=0ɧ|pc5$tʚ^9CmɠL4r4<Կ j?cVk 4֫Isf#fszKߞQj
wcv#a~[AdH<^mq_TRAUۧyQ%(PuV!gz͙[jQOvYڅ&؆ SFuY+׀PeHѽJ#2f	?nI[^gD}u'DQ+r$j3`?VVO%ɚ[sQ:rε:OǤk !s:.ۂTbS)ϙۨ,5m
sӗWR>(RʻQ?qוqd)֝XKU3+?vmO&	B8nLp@Ka	FaS@N2|+)8I͟$"׃o֊Zs)ʛqeݠiBIX3&^јiǐb-WH?Fsk5w$N}MeEeݮk' Oj4,̺&J[h?op<p2I<dbXmSʇ	аh'"b?1#Y.ʚWw67"|p5 |3MGz+um#<L@Gڋ|E}
qȅxzĎ|\כPEo2ߊwÇƔҽ
Z܀'cϼm,##Uvu{<wfkJHHreSOVyE'dE;؏[Z96$@453qş/{-O=לޤ"[`7e]JY[jnK3Brʯ]umcم1xBnPG6.pE;D<^mD%J&̘sfW7h|5J^T}UH&^iMe%LX)Qdڇ0P?9yn';;q(#XGzMսOMu
7'uAM=T|-[?WYC:;JԴr.Nn1vLO?biK%=L_(-$ہoLĽ0$CߚdMriB3vn5}7N͡KY#Ǻj-7S
!0'aG5~4ߠv~*+O8tĳOr0zFUI5\.V]Exm5M%@`\fE"jk4(ytT[H&gڼJʗ
{
	<xǠB}_ÎF$_g0-5Kع56f}WxĩL!s(հBM.jxqzIT*ۡǢ!',8I\#.Z<9zPRB}[@,NU̯gpF4~f3Dg߽aǈ@Kg1ucָ8z4mqY}ʸ%NCkOH#i'O>ܕ%7sѹ{a2Ƿ68_wqԘĔھ7o̾<vE+i!Xga>X0:Fh7cb/D35Z~A,zlPVB^r7!˒ d]s2EWz-ڼ}X'Kٵݧ,8H|5=οYG$<-)E:%X 5úYb`̈Fi#.$:=?	Il9+b=¬{|6Fc{6Sj݀tG'!c.ϹRۂGatAΛ-WG(bVk:	fe	fq/`uX9ܼEh܁tp5υʠfk҉6zMʨneݾ'hV3cvvZN,&bХ.nw٪7C:uv9}fRD'ڙm:ӪQz̘ZdW7y͒]0#Jmh3.CŗAC*lA)"-w?@<ܨNvA*Q4RP-NcgS^j~YCk;ۤW`1/_lߨɨR3=)yVeG}d1پL-%:<tdp&a4V
;єu!ҘQ"!Fj?|laHAq]I̽י;ؚ#g"YG/DGlɇZ1
]׀K$EX3s1h%&J8:֭"=jߑV90̽|Gg5Ye9;p%$SǭgMԄR?9̧0Ob"v'hD110Ơ տ+
<\ȩ2tܷAo#5s]X&6go`ԑp`xվogkw4?*Mǌ}:o8`oOԿ]E/Uˑ]R } {wFʁ܎)=߄3S{ۊ-R@0ͽyjՅDذZرnWDUQ΢#ͮN6IȵdVȎ7Kg4:L>ģ;PTSi{QUe=jbXؾR$׏Y;{Oߎݳ6*-Բײ\&Ʀ>/eG@
@Ȯ\K!oɾޭr>հ@Ҳ:|ŌQrp6Vr'?őZʝ69S%i1yh=g~1²haݚIvg9xr:֯ڙL=083.ҟt=k+@(ftcLĜdC-`]Y܆_Y a<`n!P	ftJ/D+O܁5+cdYE^tGfHJMlr-go&^.w
h?Kˉd9@#k`tt܏=\a8[9Z/řú`XfDNW
p	qq?2(BdKSm1cq+kqG݀CUMw ֏	yR?to{7Ƅ'SK0*tX(dEԃb+Ł.qԑ

٦LܒȲ	wF3=}өo/­y(/ӝ Q7ʬ
A=f~9e5r1#ǽMۼǋ~hf;ELDuk[|oD3_%5?6њ#b7Ύ{~_ӺA؊Zld{ 2}+Ѩׇtʥ!N\iKEVP}!s1$7haș҇S<&ݯǨEQC$w`IˌY3$̹G^SQqqӺBrcSn0ŔΠ|ئPb#&UY/f?pӿ	Y+ZXpCz4o݀vڼHsZ$CcIjJn?c~Lٜ^~ҳϝK)/|Q;eijB~M&x%P	_neK%Jǝtl"GQo79>\&IjqJG<r	'lFAxq)N7M^TQ\ֳ]P@G3*gB>2=ȸ*V/:SV\8 5py$%-ϬXuV~ڵB$%Jص7/JRxkRD&d29ӖcV,q*pp+d<{JiJ}Rd('Ö֒EisܔCJOU#'Z!A,\1re+H26,+q{iMTNpC~ـRà9ڸuOz}sL1PPba.CCNzT`zgT#
\+I֩`YW|Ao~B(ҷt{S&qr$؟UדwLK`ԙ#UtnjJRh9VΒҐI]ͧwJ7=q.T]32y{:7nb<6;|4s\mvwϦE޸݋<پ7}ԻY]g|9Mɗ/`W
];U;staɑcwXiTφwwN'Y),xxwlgsKWwڴ&4]WBcKIPtL۵;ga&x"i8v@xA> cȚ2IZxJ|~çq˗x.)oܱ%lϵ]ʸDBߤgn+",3cjqvVPR@>2׎-]\X@ۢq-d#ιwR#$߃=TM7FQ!ߏ@E<*D*vnfW0Fj[~ێWg(Jݢ_ӹSqc`_*к4O>Ȟd9Ў!%j~ժgYFF~E~By:rТ.$VݬcFyvWpݵDJ#x\׼'/P~}|g$Z^Duv߫ȫ0IKw.|Ϩπn{UȖ;-TG&/(Ҫ8pv>Hdϭr#߳(yZ"i<ڂ<Fݴ3hMx}AѬoxJ.sr{=r<7e2a]8lբ@vxIG;@MH/ttGewvd8R]W5M;on){YdVs$̖&5F^=ȱ7^ʷ5kֈ<!a'5Iý-.;2ߘٽr ߃0%a_?M`j.bgz0Ð̼vz:]b8̊4b
b|.һ{'7Lˁؾ	7÷Awc7b9UÀҬ	n}!`]Rz¤ݷ5c]jˏ?I~P75xgch~U6y۳^jЪD@x p0qc(Sj 5uhRCzAC{xo^RUsKfس{1D)/P]6yRlm0|p|.ҰJ~bZ&1dGQ3}urOWNM~RßW?ˮ{;U0jU;4ҳsOsbXDR
s$S`ȅ΄~gÓtD!|g+2}JnK)NKh/Mdԓ5΅+
IBU2ͻWDPRgejL1s|V[*3#87W1
$Bt7E>_7I@i	 RۢU\}rެeyB]9\QM9&Ò5/ehf+_pRܓ+2*!p7ـh[C##Ɯ<(s$ɬ ̲\EfǍ-48ř#|uHejFt<ũ(bjЦ6V!A+j*=BEhZo!իYxLB~=r'ʩ:m$D+R6ϿD<dzKzn%w]pD
qBP68P̸ ƣ@۰UefwNt<7QD{ױ]YՊ8F	A,وicK֖{jF1(	٪a;jC
&`C#I&zÅMߵ6ЊK!j19_l8͂k@2Jцȅ=BNcRbO:}Nؘ2vgxӳaFVlɥrG]6YVp7aAk@R;aנUb+fpKR	cWFnNNhŬrkمu qLjcrDv_GG({mi`oi^GgDNUܑwavmMC"+<cm*#gʔVu,uFuz:5qR.7mW"*,MKrD"P1QE^ J,z2H~k$)"HLlkQ KDV1=QL	WĀX7Ӱ~ŐLԠhx_֕ɒI?bw4YHUG`cHkȿ 9ì|(ͪhMݦд"\zz}=OIcQ+*XGHرٔar܌X*IbMј1_e.Ѩ"AQAǶdBQ}}$*mdi@T=HEѩк_i%|<$F9c.^`U}{!.|O#;
ȋ6Ě`f,fiYvc,pbu29S֙,VS"``QaMJ$bق3|=HXL](.d΂3@Kta9E6Kñ}Ԏ9uSķ tڥ0gH@{֬~!@gڠP`;)wܤMߺ4ǕB<q[n*6ǜjSws|h~m}vHi>t̟U
*WnH_҉&1k#QH0Ǔ#Ր݋M{J=NUtÚBrrmRf@F*"C<&Wݭu,C
KH݉*wni'0@Hkn̺]Ա|3d4i{k1,#/a8'N	*.w]AW֭ ~4P}*C
-S:,EN=vՑi3~ף#5ʣNHeBnlxv߶?g0r,BzXj{φچe~b
jĝ!{s:N9]X%`5!َݜd#)0o84Ș[k<RSҖٓ
%BPWUվ'JQ+saH	ͱ<{w޶[d;0k'QҥI@h}kحEE11I+єx:[XFhz٨wb9ܢ^ʍa,q1t)H»xa*\K#'oߙyH[2fL.Ni=AHpVūOJ=A>ǅi4 Ԍ'v0hϏRC$kvT8k^<kZٵǃuSaӄi;2QRH{dgog:Acx5DËOBͻ0s>j4,^={yȢоɀiFmT6̱/ɔMQ_.aMS#9	QgDp:X!ES?\)|IvLiVS)
dqTi<EK2%߹_}@'ʈwY$li=Y>1%qٴ'#ZUjwv8¸)!A@7\XQ!2}xf*˵lFjFh:Oj@CAd׵։%:9I.5DvSƔЪkjPI>L1coL\yebrȮ"mq1<z.$s%
Xjmp_X~}m]i=>¦de_,~7jmͿM7;B"L|_:v
x6#,ȶ^7L'6p)hX-4|YCndVBG
-Ywʨ9#bYQP*GruVWY;k)tR5PQ3ķ=В}nd5?	=LQU΅&Eظ&pf;ϭ%[oH}ձޟ[0+8TI9~]26rͤg*^VA&+!,	&D,$S?stι0
IҬ);q-L:ʳͪx-:JBsۜ3Mv1ÿJ_*hvSFn >: ˻9_^v(7ēz
e1]bUb4ZD'sG5C˱ӫJvR·rz*pRi/O9K=h޽o/}!^:")ːümׇ={i)@b!ËU2Ўm1BTPU2ͨH!ϗVЙn(ԛ[H@VQqq
3t.T_pj}dڮ@Ȥ?dmoVJm^grDM0sRӶ:{VZĢLsx\e+"HhL->3\Ga
^+y&λҰLf
hd2OCSYo9d<hk#Ez͂6W	\')A}U2Dr؛	r~2NAC	h)"l>tfh
'#cvfņǤ,"RWސ*}T)zH'(3IYI(sx5Ͻ])5DM]Ψ8KT͢ה8?P*J/	5)L9"5_ֻ
^3]Q{@F!%T0ν.$=_e*{ϗRSޭwAJ[3 O@whls}	&bC,2O23#kWZMhwydɥֻ%/}atf/;%tJccGPw֘{ݷPYrۀj[q#('b~AqAIju.5O-eapٗG7
w):R+[/כ)zM5D5,֠/P9VQ|\s2dAlf7nGO?`pMs۶-U*FS]-K9t;s2yOJOrq)wsnשqR|sG\9'B CSkrpey'1&ōKoNG09#>0;#0ߖBgU@	t80߈	Lţb}B~<]5e΍ڸ9iXڲMzOWUqgc%$ö_&GSP	JGeٖJgXfiώzOڽ0ˢ1S&՜!¡gˑ%ˠy3qʇR^0B?^T!^q(+MRyzif[ʺ"56Љp؊]h'yP_2?q}.Ks(olJPgiis%Oz0hHN"$:>)\Ue_SmUkcATA05E5	078y3Ί_2M@G-3ݨòWz~՘OƪU>^DҠ50h~NsG5ѧF)jWle9FLPk8`QߖDJ$Aaj$>NQԢ8n~l3#P2[#.ϛ3ŚӉ#/jí:j%ÊΎ8;nMD][VU9ۦ&\F}rlm?#vm9Wp,(FuߢR&c9$7oa\f;V|9އX*Ve?h[wkե^hJM0aKN߼W*U؎3ƒנգ&AӁi{R	h6*08ijՂ25%w1.r\!#gT?bNh@IboŅ;uc5z<:bW)EE6uz̈)RH\M}bnPՐQ75<.	J`aݴ/}}ƙ$۔ğYxΠb.]8ܛpjt%Su3`Mj+% svL	Չ*7]7|H}m/ڕ&5@!XB5ՐguhHxNuP/yy
BwmؽDŹ"h6Q,	Ɗ&a{S8P6}C|a!d`8>!+\*`^CMf[HUo@d&Ij)\gޙ^BK}x,tqiX&
X&ȇMQ.0B}o`[1t^giHiR
)%]V^#w޷_MO S(N3"JVC:T^ڹ5gר@oqòd1~kI\H2849rPN}&dc:3">n0b;ԚF">iUn]Om;LVf1
gj=|Rݕ}8Q#pǞ(mH!80cnMМF|	gx۵99SJRyQ;T8X.Dm: gH3XhuAWt܃zL%fԞODM|PnSٗuȇjW_\Txn%g;7
i-9`6X/mO=;2ީڑJ|۰	DR͖ǮFeP	F5Qz%Hd !m	2r;ŔKAe!X[;Ѽ5Ώ'zWg~ĞӚ1G	uEҢ7NS8Cc)ȩO7bv=#1d5Q.p^Fb^pڔu,GWs??Mzr`z3Q݆_EqJN؏_b(y;=
~5t~SyG)":,	!a25)|v:sA`ڹЯhk;^͸1h.uˎ&܈! {	Jo2]zs؊xC m&Z#IcgZYL;HΤD@7^ܨN$Arr]59n~U,$co[-;h~kTEhhPIt ,]ČC;jxpyT4I|yYZЈ@QTzqלjQ?ĝܟ_#Q6D܋vt:v57l>2^0vfpd2܁|:Lm,IΖ>O0_	|K^yfn֔ʔ̶iz!aU9ָtCf0x(6_i_F'BW۸pǯ<NP-ѸWn3_)˰m	եbZg*2<7/dhS_()ѱSM3(1Ͻy&t]ufA7N
9CrfU1ÍGy`KF MϿÐ;xɀ}la4lvP,"!\|IUӭ!00Ybf>(7PAPd,8.YŤ7ˏٽ0l:uNۧi=pО8.FV9c77QX!)l,zyCǉn1F/W=vm'{eig A66GtƾCҷVfOܗԣQ1ET߸V	7+TbT(M|nVEm.9ʉ%G4_'zT!|GC%%1w`D]q\˹Z}q*p5ͺ4+];Iǵ
9MMY>nOAT+~-Zُ(|TUՋW{cGJFqm|4]Xݻ"A)gj:pA!T>m&ιn≠[fu\ߝAXpʽkC4[uvy ~hv3X.C	~٧|9Eq0SuF݃u_gf;`ئ2OU3~foޯPp!ת9H">}=6(,7&]}Qh(\ʙ)=3|rzZI)'
{P
x)%Bnرӧnkj߆ˆ lmk9OM].6(7]A\vG	@U2)H|T~}/o fҸ),Ջۼdd=
4Y<Xc^?Ys*:kKDo1=ŉܭZ+s$k9-ayڣ),c̩ww
.PеRپWb8s=HXo36Íԉ؄flqǳ6~]uvh شnvziWaZ*3/6"׿٠@`Șȋˋ7nSwн<$AIA$F!хߍce
FKCJ*O(+YZDCQwrVj:?{8ZJ9vB@c\r{mMyZ,/WJvլc_*>$"-XKcUwݛ-\DτM˾!~5Ȓ^۵5!$)OCe*~>1 ?۵/PA6=op{j/l=3+4vǙXiW*A"@t*\@n܏KTb-uX%2	B#Ren1<MrrF__˜p~560شÿH~bgx	)huБո$q<	z^ݲ@^/PP0.zleo'>n\j){y#@ghh}2|5Dy~ZUN՝Tsf*biw/9o1m02|Ý#гBOƴIFGזdݩ`:]v1>ՉC:Rq8S͐q<<.^oсۄYzmC.Y]\'.|@u'ނy0z`/CNEzF
Uw3}U[MNV֊LCխ?PO֡J'CF*ވj5qF	q	1DqX(B93,hԶkJG;c+I}Nжzz(	hFz`sitPyaKvKU?'?mס׀~#Y{Cd+O;9{	}Ӝ?s|<H
WІ!J~uh=آ]zڌ<9Yz.~rEg\yjoxUD
Q >ٵ/:	IEXW$˜_>B~ D@6FG?ES̯7Kj}u^RĊ81X$zĞ~"}(Ѷ%e.	Tŏ7>KUr"ڱqRObfA\HH0qպ92BNaAhг{vB(D(۶d
-X_Aq(13^2fhW mt$&fQ7-o`p\ycK"rL/P2A5\0RQb	нЁ~]+zerMN7[4dڑeN{LB
#XǸ޲eM/-XV!*FIIkkUŰ# Fnd՜R9[ܧ^h*dɽƬуEvȊ&GuͰO},/l̑5X_C*8|gi%%;Ʋsώe߳	ZZTv(m7CrɁ=!-OFÏ$9T}#!_=7zlD
: ,KK|?J}KJPw)5h)K,WtJ[Sl18iҝсTw*6P.7:u]3ƭ(VD3:rkyl)Afzx*@XY܋,^$L/	<=`ْv'׋2b0]s6Փ7JW("q<ΰzUz_{;?|gަT|If,ǀPD;\9a:ȧ4}]u6U%ӿrBcTgofx)*65n/#e=&7d[@נ̃UmVȭ	<o+jiBW5%Թo#:MJ}Yu˧FfغUN(h):d0|FTN җ5\Qxł8AS[Ah<ǈJBWghB'oЗ3̹r`[$O5aBp9fpl7 UmϺy׋+)	*<Vʓ7J`<Hz%1'[j׼دb3_ ]ԙ&:8/.whR/[~(Rט¯Cb>նA93qrÁV&6\H	'w7u=z^HRjRݯb֒I5ӎ9wWafY$(_s,ʳǶݚ]Ŀ}]"*^[*s'o|<UeɴyqF#=Ąu#I1T3$Nt/[ɵDE"Hd?ҽ%w|ǩKҊ&N=͓On$Z@˖gש6=C&CS6LWv#Voջazp;/8	}o+/SMh#vA)P|j#"ʂ]ЉP1/Bh0|ȃٽx=45(p.ΖgAѹύ3WMLBR2y?wv>Bj0̭\H93 ܜ)-\@bZv";5*n9w4I(zѶ})&;]%F*?nKoؽ1&-2oGߍ '<|bL6oNA=_I+.JO%2ΊT@7S<#Іn=<^QĐ;O@ܦȌnr i2,޻yJBOfPkp =~;}N-f.TV/oSH] f*X|%:lkO540EĶNW7:K,)sp1A`T1g?mB&5Ru'1
tFAr!?էw0 ]Gݵl g$٧P݁s ڋF@HC.׽1'<~s`-Cû_91Av\ϛY}-՜n]iMϏ54@"$?$֜(uskĊLNјΗY~$>(֖S_-GqńZԒw=gҕk)DíBmqpѪzL\12TLRd/Ȏt~ԌQ'ݗ=y{O}+G'vOQo oaCb6Ipk+bnʗ/ȴS(ُ;O0 FW"	s8BPΗ{}8Išƣĵ	e<g4^mH&+oΥLޞ!]\a>(tyԑ`E)B-Q`b!V3pN͇*446Y$ԆFv^ a OǠmgc̿рޞg@5gzNrL(Lٓuǡ~Ox$V,'&GxbPM^LwRK)c E~-ŖG=ʃ5_G^yC|nˁ,҂XD 3`AvqCK+oNwtu
8oCZϮ9vd@*jSW0v)MֵqΝ@=PxE=U_T90-xCI\͚*SXةWP
&BY.o-AŴO`\Y)_\{Q#fӨ,	9oɒZ`{0Jݣ@bdxÂWFEi$̻lǽteIdOfr0
,C)-F/"W*fJW`o;ɲ)U+2ݢDgWʲa@(~^a` <A[1?\YB5߶@0nXW<V =*}:Z,XBq&ȮDa0_8X|=VneP9]]ܳzYNčͼܡT/;ӌbfG}ݦvk҂xH^tW(op<RvJe`ކUJdĻz¹6UL!SVsncZaK
ɳ!ӛ'f$]a4˕ƲwätFƣ$u;L@mMGW@Ά2%El`lgbd{n/-.*T4&Ԁ3oy`Ѡqd 5MXo V@ O	O	iu^¨W"+ߓ4hvj\ے1E!aMSKݙJT-B`PI(R,'z!%}g|MeP?$؎TN5\Lן|93"5}ǘ_:YAk"Ӫ3v42wٳJstWc6CO_7WC+ԍڢFQ`MaI4	GECd;C USVN (;QHQeEҳńbnݦ$YSH a	ȶ3AMP+kitGVŪ1L1	Sx_0|(ÀrُFt"Fe;Z#
f xl/4_\HuQr#F`_ϫ2?kǭWhާ*tQCU{eKPQ{h3*ɭp]њzzZ8$ ۝g¥hLs3)ۀ)>|O ]NǮLK[֥'u>w ܲDm^Bף!Q&uk.EKa}	3EGEnzluUAS`ٞkmt1ZDK9kmrޛʷ{ۙv_^*csj}N,Nt8=Q\g{jKY!Ǉ"uOn8ֈ5](یF/zḑ+ҍ%"Ҟ/{~(F$_+À_nnę1#rU-s*pqʲ3n~-tXshslC(Ӹ^8?JdYew[/QӹfTr=|\Jp+B)K|kSOa8'q<m>-<TKب><cFlmW(Xx\zJqxMlL]@rYd{&AFI	ՖA޳3ϕ@>'ϳkÞ29v9ʱ7;(1,&zHtcu]yQFc,.M3~"Ɗε;fĽZښ@݇Yܘr"%DߝJwH*iIrFJ#P_Y,&XG`>ʽ|g؃H`ًcgӺ;ȐAI}4UĜpCJp/GSPlE-]$՞ܮp	U+m@ߎjg#!K7EKJT°[_$DTMgK <bZ:ք	:Fx5F,O`vƧ	8_[NaKƠ0^g#{dz	dhJG1x<M:HcX9Gù=fArvVN ˽:
2$*$k.RpɲJY13mq,5|01
ckayO']*E9bʉy{>\W~ځ#"Rˬj}8f[JK+udPq@>ѸC8p׊MgS"nN/.nޱ"s*oAVޣL@{¥/&³6"we?[?OGFQ?'vH:sse)vT7E]V8u1D7wYQzi$FMWB,>sGcEc^GgRm%U1B!$uۮ+wk.oߎY]mUbiDrLiGƧ1wӤѷ@%zHǘbeGpҌN$7?L:;b1u۳)PBNjRCUU~r:m1fiS]P	~g 9z2̈́lդ,̇N+T bOr;#Nw$i@JF?}/6̏a<;(ID^iPd.Du݌dKv=BB [q"Cm ԲB7ٖφX71@0?~3ܣ9gwD%\,tn)7u}1e 7X͙beq&{<6Wۘl?v@	WFCbA,K/޶u-?.!ֺw.0hz+iэØL8z@FbGo9dr^8|	B?
ZVSuw -#ڣelyz0f3k'P÷\ȣ<G/|ͩzCV4sj9cJEo0'C&GA{˥7RҸȘA02ʬɂڨl	3'ξ#>jͧfҭH$U$>ؑg&l&YL= r<Z۸e^@<00}Ϟ1Kv×SA@O%vʟɿT@0'E2:N]']ڧu^Y?ԯ'Opޟt4vT5J"e7g߈ku~U5VJ)Xo*ăG/W=iQ%R[`5
iNc2<˶9F4dуw D^@V\!kd8MY6DalTTDx=Ҫ\|؄u&tuZӛ@߰P#rڿߊϒjʢVZ=$gPUfĩԱ,]٨ѩ-1c[&f͎g?xߋId4*QCI|˗
(emLhc3W?Zթ,+#QϖQ2Ǡ#$q8_ǅUݶGnԤrɄI0dYA0JC!P -`lҾҽܑāg:["E8IEEYnqN=L|I|SiRN6Hψ{>Y*0	ĩ]0HUa=T8L]87˧7"'
LD,|\8p';`J:<"܆\=+ZO"'rWWSIsJљ6q}md6kufHdtʙ9kj)уlo{BEUU
m1cRT~?Nsvgb՞iH`E^`+p-[w-p\f%1ͲP۵ZbDťvåcfo$mΚ}?-	1ЅDd .r/lMNBIB;ieԯ3:ԊHLiו9y|lU\(TsXŅVzmE$͹Az߈^?O<+y/v`V*v۔Wr/lN&ӓ!bZG<ѤǶaTO:$kPO2ݿWAџp$oӰp;وB@+ϴ$VvԞz˿A|`pYOyN12>QqZ1ܒƕM7Kծ ?t@HZ*{%ԴI;ɅFéd!Ǖ#T0%4̥׶!&y%B9r̉mۄg')DNn	Ќjx@v-4sC&6W	ܱt{o)͆b?Ԉ0޶x7%N܌]r?Lܚ-*zE!áWPܽڡ)D7lkJgɥ#~{ϝh8i$ڞ7wY_e :p>zǻnUHF$O&pNN_cW5rt'p n$X#ha4QҢݸKJ&Tש(*f˻pkbT$bE'oUnϦ3_ɚ`,+v,ӫǝPKH:.R2m=P-LJPbyLgĿ^[̷̩XցT-$ϲ7\q[ \ւZ4}}:cɐ5<LUGHåݵtEfjy>"A|KyD$;)ߧGFm#H@x^ŧdYf{a}t3M`yz|YK
E[rӔ
I>~Ejd##~ڭrk_dRV,.=5\uf=֦4kC^pZ)m3T1~Go]<cGP;.(*`^xW`K|6:j?]+ν.kk&K&a:+cBY(/BʣG;ח~bf#ʷ_J%E[-@;wVH|';2N`'KZ)Q-xXyM~V7_aNǫryxJ+Mb)g(hgUݟI-J2=K~ݓwwr}\ӛR	@I0ޱ<ZQ5^|jgTӋro*Tۊ`mbo!:ފau]u"4Ɂf6"[&qȬݡ^ݭڌ^ekO)ڱ$q(46rPWAc.I)t/2&.]՘Mٷn
kYuI~o7ez*ia4|U W(ݽv+t8.4pȳn͜Nԅ݉;q=D#~vUzƓf* &'0a
jhlÕNWo{q_iBϳOpAgO?l3nks-ǿ9{
)CFρ'};MCtt"EE(El'+)X˶VI>03 !Ĳ{E*M(c"4eu]6"Ԯt!IO-!~	HFyGG9ezC%Q&Q12 rO93WǏ6qܕYg\T}bK̎ 1ӭ/;(V!8~خy2,72{Az&ISKg\f!OGN5oעb&u7+(O\*Okd@COm:b .[v7%T*4O,qF9Izp\j3m"7@k)d(Wƾۦ1Pm:Q0ͷc<ǉ|%[ݨ݂ >Y![&)>5OIhg[_nyZϷS9k~:8ݍ^%b0:'a!AÂk΍skГXO
T.dAG`Чf]_iRo(e} KP2(7˱YI'+{v4E<|WI-_#/Cl5*
\m>Iɶ(@ĲGÆy~&+|ٲ5pabE΍&qhxC]&^S^&Z01]Psp1טV˘4IVlǚ"߻ֵe9ŽZ#F)(gO/mnȒWfDJuTƳVq[,EȹsԴo]
D:_9pф(Fi MO9X7j5^SFtjAeXsQLFlgn(TgXDsLm$ljIn%2-Emoϭd05]P4YC_/L+ѫjkWIpm7qlɸZWOٓ {,DXd&;'ٲtwTty:߂viߕΎΔG8,'yny]>w)VU%
fPϬxAfS"[[5tֽ̍Xk3ǣ#]	ۓe?˱dnmrx=qօ(Π؍G3N_+%=tjĉEN%G=tDݒ@+^\KS,72À"o`,ڢ.܁,5
T4#qWì]pr3i;еˢya_&iOУOtUZݟ«zZT#sNكQԯ͋,d+W/OGr@{
7aqٲP;;sǹbrFLaѽVMju6sGۭ*,s?pWH\dȧD&M%H7~{|6gA^@'Z1=unmR7jgO%c);)ʿR1qʾb!o-bS0Jǂ7	ڨʬ2:t;lֿQ"_yx҂.,jPg^ȶ_Z=-xӣ"X&{2UHX8E%hk&%5`;"=`Ho:XG/qPĶ+-B0(߬/h#+Y-E5ئݎuWl߷Tnp܁0NSX+hl1CvCa\nIޱMA!V8Lqa5&	~%EϣmU>՞Q%wך>%̧<uCWȔ"jر.@Kh]ET!8[eǥ\w"hcnbnryi1͛.[Qc27
uUQwF[̡K	B"V[e0˕0N$v=v~{
;m!R#bz-i޳yX	Y¸$7/Ӭo
7CZd~[%1`AR,TŶ:\!bz8܎!X\b_hmy
Q-B7\@-ْ@3;s/'wfI܁/kۇh)%zr99R$hhѶ;YfrOdDMQ8;ŏ_Ֆ+ر$coC<x+Q;f,߀G-6B 7Z#*G|}̱_O)YҁnƧc%yn$R5+vO&ˉ`k6Rݍdtou}5Ga2HռV')uN#Vp*4A#6
Դڽr'd+M&|"<_j"S"U(>|grL9[XC،tߏ5Ĉ(-h#22ͪ`|ȭX\m͍9%8}eĬ%c6ӈM/7v00x[L{\oܔXza*uQ%ǅ,Uh[]Ɉe ~H4xw2һ\0`Oam)/ϜyٕYHBݷ0ٍ@fKM'6"@QD*5q<@DΧߔi"UHhND̐'-ԟ1XYOۢK߲&h\ó3_4ߪLԪRp6~J?OKi $\+@ߗgTG3B((Κ®]obNߎw 1<ZE$`8%N5r4)\Bw*
gLgŌ}6FNauz._Kbv0$jR_ۣ}r)\1br$ȹ!T^<TB2Œ7z۹kyN5Klt,{MhK#5	ӉZ1g$ãE^ؕT906{šdi,֟mȴ&@JRGzGU:~Vt~]9tu2!)`l¹>0R;Ik}w=C4`ӄin8Q,_\x*4*^2C.2":LϰwׁgC<iVLh+YRQ;I[,r^cQb3N$K:~5i=;i^-f	8*[4DǇ4^pj2ͬ/GY
EWZ;3L:ܒ)=$r=RIRZ$lzgNuIП@G@
AIzΒyt_4RPyt*l%G}1'Wqʷ'-XZaT~ړG[sڒ`ŕ!XnS&1qZfՔh4UQS#QTVjݐ%UQohrC,6Ǟwe)
h~ZTa9ji58JIU`zy؄_А76Ɋ`rCkl-~N:Y	խP	A5aٞ
ς4p*7Vh9"_zZpS{;Ͳ+*(xɮF̐;MRM(Ȱz_O5b$W:"պ4IŨ;r9ԫa(HdmcۘEKjK@HO-`5!˵:qsԱՏx0)$"%5n;Y[^	"@dҹY)֔pVofxNR*˖"cK)]As5J&+D%Q =gW7ʈULng_)j'0._XzwŴ{gV6Y|[lY$igt̨X|ȩi_4ɡFCD"L"ph|+@s<Sg1BƌGTcנ^2'
^Z;U-ܝ-=
bfsX4
q:l/p+m'Uiv]qW'݄dPo	$0hn%|i?O4	=R@D{ֶrc+v8ΙFfOXŕeדdU֛lQ͛`'MSZhi?0Tǫ#m.vBa)geg%kѭRaͅ ؄Eݸ'D9O6ʀW@Z-98&ai61Qz|l&ݑM~0JR`Cӳ\$EAE(Xg6Idц6{xo.*uWGpbJ*x 5p#i/mlrzȍ*H*US/H;M(p{]q{Ee	klY)xO*~G]jЫTڧ%$ĸ]RgR:`s4	bԪ*wv|CDQ ȥ<@y#x$Wm/ثE8P̵k$wxoh0ޣ4 QDhu`BīT»y @K3^;5ߺ	Dj[`:tc||=+"Ih͐e:mؗ:~ّO+	0gig6%UZS:ǜnɟ#A~PHQȡ@ۿ@'/%_yw9~7?Ί¨<T'7Oɣ+P#x6lnGPC[V9M^ڸńR׫3;2.OȲN|ܝtCh˶
=<uϣ J..GSU5x*&X!al]p8;4_+lR:M3)"6ǳM
5r|t=SLmqZv iri?Ǡ*.9K`[hRWd+ΈwYґklCR=VK*b+xCڰnu)ִLt'Cf))x|?B#&|=(#ʫeўPjFkT=pdY,s8{WC92Uv˝ ]`C%d]O
½f~IţȤ_$+O6Df#Qԑ\OX^?vݑ)ѷGƶ"y.Fh37Y1<+uÁB݅ÌEOTWkR"9["-9!AKFP4R#HSNpMzitnZ/QGIa^D	-|dx׊pT x*$<<q06y?Z>r˗tw)؎MA؈K[CݬYaKNG]^Sٺ8U¬ʄ=Y][5o	PF%}z	J9C%?V?*mpۚWڹDCÃoh8FPu=_rMyLTzfٵ!R|9V^$7=R./}HUBƃf"=Լ
a^ŅܼdA֗ؑ҄tMH5))(<(zux;^YţitQӶĺ>%:w-˧+s@Dƅ#4uΒh,`?WмZe	nBp<x{~;7ʚZ{"aFIZHReݬ\U!BT=6bٛd~$'`SoMRD#.\]C!־
ٛiԐVu&_Zҿ*"zqZw
1֕-CI/xňJӨ7fYNm2Qn#n%~]Ϯ˓?;Zë
/NEVY5+#MWM MPCYfkgqJ(yY7+8zɶfy@oZ\źgYHݼXJTɍvN#[^Cڹ&`A4p9ğ8?ex#͡@8c$O$OE~ɆA ̪VA{ڕ؁90YNvk=	iEİ=Ă?8Ephd@0
CU_I)H]߷ˡ$X3Qg$ԏ+i׏+*eY_?	p{|hnYlvC`0M+/Al-tiHLg:3gV1ywxho*0Zo`Qf^q_xͻr(bΐI(/fZ_dJGV@I'"[*AQ}biJ_#	Ue`2n8хUVOh+kr5SCٖD]v'7y9b&bx˃+u'h-|{T]DJ:Ѳ7nn&˧ :Ke]EF_~ȭd!m	/V|O{͏Ot p͂hsr&wrR&Ɗ%Í0OfvpLUlrЪv۾L4هc!ϒ\Ι_]r]ƗʏFn3CρR+"k. 2w_'́^ wCuΓً/8MS~0x.K |O}&4nfſ=Ҭ"}$x-UyuO@"v3[xDDݷ/o"!~<D1l*!h^3xdTȓP9@-VTWg^<æe|X;%c ҷCknkuOж(6{"#LX,azmN_B5-rSQۮu˯_~ūsEЪă8eЦ=1'Ng,TO*)~+U#Lǉ\5:4ؕUIa%OhpNcjOQrXR2n`\lՒFҪ=~ǚ&;͸/k!t{S(`i07Fir`)0M<I&YzĞ\]˄p]W ͭ=D?Æ<|,3yV{ng|o]tzZ_lϧ_R@-ح:asP3 j9fCyqV?'XVp:l!@~̀{(ޜ1=0?vBN&7xHܡUgCIy(ٹ۸ǁZ!LR:ە"T?D18q|՗)219}ڌ;;mY(f1I9PwrL?1ݷڃʌQ)pmp˦ׅ2b)VƁ,}&'Sa/q=4ݱX"k1jRMD,-pG*zN|oqZCchڅ=oB&\1#u\B3U	Gh)Yf@w,b\9}?бAmDsa+`d6qܩhIN^:A"ѱp,v;oűfW]x8Ұ'I?ַug,_oDx`>rqǩrNoҥ~+k;~ׁt-|Uj-d.il'B^1sL({wn/{/T).w=2,z|˟HG4(rDIoئPg4b)$d՛dܼЀհ=c7Tڀs.Swј&w9ÞGh'ՓM[gp6"WtFe<.ͯQ"F*+*b;
߅ffF7fF[B?rx)1`ހ18۝*5[v4x-<s/PtX>$Kڥ)nw[6̙}89vϼFߍ {ΧY5]	E۱WqpV:`M^jDؽ	7`>?1Sk8P3:THݐ2^KeK"bȮLhSF#O_&x{jb17dϷI#_76TWfCOEp"ÂV=O\r˖G;Alzk-DԈiHREݥ"~BS^lGW 5W<H:NXġ`v#Ѓ#nD)8_F% "\y(CYk-@f4ܿ,)5، XܯT^!c",
4KdC0l)TVQ51pckHtE4*BCZ֖2TӉy*I)~04%bD|ϥUr(%~r~$LYfouv"61d=U<)$FyM;sX!</nɔ20^MgS0&۽+Q3iZ3WM,GGQfɰB
ݼ*F^ZpUMP.p&IQ Br,*:מ	wFkL#B=7>zt [ar' ďCR2o̶I*ˮdz|%BiS/1'ƶ=pXR{ax{=CI*k;#^%uKݫe[0H	KapI5	1[+`ٹ y=ud7E6|ڒGqh\5QЇ<cޢA=Tث=v.;el>ݎݧH\PWG]IDWƷ}w{	Ԛ
05Y,)VYLWӉ{0{m"_siMs"ͻ04ߝ;:, b6\.G#Ac*77@5oӹʩ'nV<RH͝$<D1Em%@'uh%qQdvԼxn؏y|$ކvSVѱ1<b*mz/tX gA_̗+5v&_]/8sAm*iFUMɿύ<d0tϏXI׺)Ӣ&йQ9%YlMݾaq<tj` 	[g%}3Pտ7I ԆС6c,8yߵA4u4A̪G5~QxQJb~
fBWE^1(_%fmzj
cKGD{T#IjXl+/_x.*بP>llezյ0m::i?a	,FOܜГ%kv/0a
IN7uZSJx)˗;ڔSju<yګ%0r!l-Sʵ,~ïR^B\X^X0Ҥ֣GߛDxq^T>2ͅU{hggtvÉl_3?uҟ2K*ĕ)y}X?/p3bIeaN}-\\Q%Oo$7zt|Ʒg`cT'J~ܱmӱIUnd1}=WR$#NrG@NȮX0ksӽƜO`F$z9- R59ݧήf;n?A}ƨWy̯#409˽WfC^~z\%*ZwSJI%T~~OA?SfiPoOՒk?"3oM;6Ğn7/ri&Սs;֊̳ʯޱY͒ȴGƏT^/P;)b-{e7~3'[((ӿ7)nڀ0VJݶȥVb/ԧPpie6ŁOWkn4cpTU8]m_!eM|е,fpw^(hqIȁ$ctˋixԲ|}Rq{ˋ٩	Pdwl"n+HۯI?˃'d-xr	Ζ~O8HT<5/gL @=V\d?l
[c+,w kiƞh~%Y
*@Ndp
/kUdbCȜPw۫͆g+O*m:hby\fG(wǧorc;۸ѡDtT4EXq8ۯ׻-MǿsACV?DV΀USTwcKvܷ۬`J9
|g"Z_Mc|X}C*mKIdVN18&MdlҚw>@czڿ8
"=P'cuį0KWݝJyqs9jΎ!RJ^oV7Riۿc7L9י?pBs}@M@&;pPSbQ{LǍdf_ɾ4EPǽ>ȧ;n~C4Ƴq*˞P2 m]k0x';~xaҔ[%xt$زd&C lqͪu|<? SB_ZǠEc#sїlx5^hۗ(e֟z:]HթuK \BH Arsiƾg'_Ƃ MxKߵ'r\Ѩq`/[^rWkZñfCWR{ٕ	yePܯJ7loȟ͕0/L!0_s/v͜[C9*ejga6LTMETqB |UQQI?AR4mRjE޷$gH3l;y+\!yá߷[Կ21P:2m=0:Zc&g)LdV7qѽQz	:'/Ӥ_M	̉_`̄z`wgE=06ڌrK' |Ɇm,xVӬ׫Wadִ%>yt74!mɜzzU	̖154:DQV3U?3qjĺ:'>ѴO+	ŋ"skғv'LqBq@$nľ:Z/anՋtݾ>o5	smɽq~nh{@4UQ]*əݾpkrF'`@љZ)*Ǳv̫R<խ?udD~5/wpXƙ1;>֣TĿKhWd6kO}:qS=?n^29ldiS&2Axt`	6k7̴lpgmZY;S/3R7rUpç}x
%þR"qƸ[҆a`c7l9(YLrH:݁~PlϳRF=ȳ\Eby&Yϼ!N٧-ģ&u%w"X\Ӳ<[lydys:jA B	Ϲ(Ef;oeǰ=0sKv]}+iޜ9wª[qeӿnɅvͦ	ڤ8J֋]RǾNIgڠzܯm35{kZ6 kX/z3M*!<I0FB_ApSeғC$iIǁ+eo`iP/cUl)W-CϫQ3Jԣpun@ry-%y} \)cT.'ČōY߱bT_<.p^{̨~3_[+EݜmDA3gIO!ݳa"G=e1S91uƷh[wԴ.߰5:j"F
f	&̿l*k]kWUwMpa<Vzd@.M GIXճyģ[uo\8Mi'
j]/F5}`{H=ɰhAkqF!ُct_|>5941eV}El1s9nb?K[
Eʔge9BHVGܙg]G+=iŻ݄؆ӪE ߎIY<"JL8F)'YgܹuG}'kw# xZ*'*[Ȉ2Ж~SM^M*R7A4z36hS5ˠu6 I-Jg2ØPӨbƪ a]Եx,`-)0Pk-].#@;9c;|\Reښ޶?6]''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(18635)))
