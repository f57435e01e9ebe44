import brotli
n=a=0;b=1
for c in r'''\gݍuVè*NhhF\ٖcF#ujN-j1y+W%-nGBi0Y!El4`:[gUL@chͼbw_)x3Vʯz$3\hVɬ8ٯ׳xW
>5QKæsOHg!;js-je6!ǆ`g30b2Q'	"sKOSnŗonFP)jCJ4і'<;&t)A\&&T6#1*K՚֭+ؼ1q|]ң"/Ve	q#}$!v̯JbX|/SBЮźˠӥ[Y5$,w3*Ϛ 5֠rnЇШllDc\&x$ovƱˢ!*a+WʕRf/ŁdƧFJ:% Ԍ{ߖXJ36WA3׹";uR1Ax=,|*yؤe6]{]؃VY_0NЙ#9R½9+eW#,rjvBȕİ1bݹrAփûc9tH"x~ٕş5<\ȇNk4s44κEF֩pJvjMf9rL"_vfΈ6ϟ7R!.sCbP	i%ܬcdn0bexwvw`rGxYmfwĴHufUյ̿%гäUȝbGaj^"6 FU+Ԣ®,2'DwD~ ÒGޘhWvpm{Y]!<=1ͫ'k6oc1?wFՆ[qjJlEZɿb+TڐW8zWTߖLtdȾx׭̏	p$HG7ߜUXB.TReV|Wq^$G
,.O	/<Mi qѭĨ9	rͭovӣk5N"Ԡ~(Aܧ*)iir3LEoO0}IѡSaB,uao*`4.hBXݼS-x>2@uR[4]n	-$;aY׵7d̕ȩ2)AG`B+tI#d$X]G]sG/#ˍ1,tbeɋ+,̛bmuγ$UYY"c>q6NR&f)sfȿL_}s<x8cK,eU	~1hsxs]͐ɼB4{N̛٘q³4*8b+ֻoʸݥ<UxLg/XX"ѴG~C.~=9NzNbTr>9~DӊM+pdS-B#Tsp8|?]nP>Gwԩg'nT0YE^ǰ#ʝPWrHr1؍*
i@hܑeWR""uwԠ0ˊ	ћm[7Ͽ%֞ӡC7W Y%uwdDWןxfI&5M&>,h*,i\5'ԇ"8Mz[_ISQ3+.M̊]w*_(wW.W4KE;%6meЎ/
KbvHKݷ`	q!éP?΢j+Wf%[ˮ֟Dd_3V
FA_?v/*FS
<>Ĕa26$K3P>Q~}W\lyʪxЅ#iDq](O3aRYP\&PF_	wE|po~MNs9jV%bU'h|1K!svmQ~c	y܆jF_">ǡ(gWr	_UyF!P pټFf]OhYM=us&k+8fhF9/ԝ"` QBֆN8ԩڅf%pҮ}ȀV1POiH2ʔ95Nvx!ekňaRǣkǃ.Bt9D]k~NzT,-յu'7e
R_ӶhәUŴ[iF]
-/z@22<ʊK1ѡ/M)Q4MIa}U`rI#q,iVy~Άw^h?4(4jCEܱ/_RbDѲBV-W*a,׊0dDuAIɇ=͜}GPlA	j^ۜ&eQe;--XZ?^ΗMjE*]*b[?`
՘Ȳ?+CK/Ry;m8!Z[tYSjYoM5O&spr2nЧm͚`#ܚ<o+nZyK%ͼ8<FG0FYo&>sN2taˁ4F:R2,;P%A,lh^I֖n!=4*͓{^KʾFόgܢ=o5z׉
5\XvC42RtUYSAC-dܴ8ƃT(QӖnȘ{>	ͬZ΍RN
p<7tб/zl׾_-OTǇՉElS7
D"*;ѮUdB$nLˉhҺd[LNC[y,՛}"pŚˣ2x#[З_R`dYZЊuao]?Ƨh	zxCs@'[lq~xV Sr9?`2_(٬|s>y*ҵrӇ VP
$2w^OjӫEԦ~r9X#BAlO)ל	5YX_jj#r̽i\-oQ0TQKA	#/2:\FuZ\8$2zIsA͢+N*ֳE6(Ȧc@63 E>D6z2g(NԄ`zx'A"h~":NP<7
+vB.f2<.IǏ@?x?mwZxXӽ.Fvܪ*:n6L"JށL5HIþ`ZqTƨ,y+._ԭ1Ȏ\@c3.k6&+#zpZ'Q;2'8$(ʰq_(Ҭ
c
"j04~bҋKv}*^1,dj ʴ%c<A#/C*w?;F4|1h_ȷMLJFqr|)lDGR&?=8L*Q+n;L*"|w*4*մ~4	+{<2hG|K]BՁugpBԨHU"H˥pE]@|29`߃|48vyԿlǁ;жNX*DWɩLqƜݍ
rϬf:\s"HOtLo?H	W^S5=ߛpU=/Ek}r^$w4wŸֻ3ti
@y%D*ۅ6~OmZn<<-Ȳ30"p7\̬נp̧Svѽ-hy}-FRe	Ecuٓ+ǎƵ;-Zf*S-?LO}ƠDĶd]Aȭwq{iH̆dM/?
lZe͋kp
ˀ/W?jJ8<Sk@t#ϯG+:opnWw#	xa2wFaC29JlÓ_W]a{[d/Fq3z=g1O>1~6=&]]1Rj(Tȕ?*71dLX%7S>%9IS1h5b2#1 9Tɋ\
+>FX)<-MҖڀp:mw=XǵUF#^`?ZU,\-I+UsvޥH?-2Ky+̋sMY>|]87{0=d2Pv )45vޮpαyW016FY_lYU.w4D<b#ޯ9L|ӹ5RBesax'~lb{@-EWx'ŲGVS؎en~,Kީǩ\z[<jl~2o(.VkΨVZkr̑A-(դMI@<F^Pn9gqFr·8w~O~<Xh8V٧(Yv03:; cyH92Կ+vȡ֗2!FԻǖ9Ӿފ!J~xΡ"Ad;K)K2{5Ob[tu!0c !\zŏatJn)%b1ÔcgGEђda1oÃ@EoXdzFPjˆ1%z(t	˟MV{
s#l~0Jҿʅ,ByLRCPJGSG<C7I?=xuT;h~X}̼{3I~վی
ݼ8M)Ȣ>PG˩P.	`:6Ա{tt;^kotD/\L3L<mEsfEQnSc	8kǜ3ɯp<.^v}y^LPbdbd(=Dt44YiS6ZYL&уqNy5`,Ė0!6g8=~Dqk_`s7πf:5d`ctfE:sُ}oܗG7";tt	[cpMvYr<>ؕSouQӧrb='~TfP.Ƨ\wȋb{˯ؽ~+9R;vqŸ{ٵfctɈk߁F7nG)Agk]	-)JH8œT*7l2IElTr	P$4{z-f$n$U^D8gm:EU?i@7g`/^$HQյtۚ:݄p$ȿElɐiOtyIӐEɅq0Эu8~<Şa?D6ΔZ<Z}*եo-]T_j2	=MsτxlǓjV(4O4b\/թӺj̈́_hkM7s}fTfg;%c-n͝=%Sc;l#fHbqY>`؋,2^@ΓhÞHлtyBUDVd
^nBBǾ|a(Ce
kݭfoGeB[!_EC?iQ|YW|%"!bp1-w8XH mcYiP6Իs1EuM(ܚ~rae%7CԧIQH]ocqx$=E(oSm/=Z0nA%LU'><HNyqf/vN|R$8
<O:qE_?|dق"ĸ.hqE	VQ*)okz	*ĖϔMlQB5]EcQ0?yldk0dP x?OkRÂ4{4wuP}Nau4J-5Êxٓh}aD2-g;r?m`M|f\'ދ$\KG\lZLZwQؒGaТhKT̄iڴ¤@WcIfkaˆUI*cLްĎ-<T~>\[nV;KQo;Ř'63,d7JGOGSl͂zD"%WǚNKz'rt[fgBMڭ,ؚ4AhߊhkDˬ|d8i'JJmhiLn*ۂHf@0ԝ^~X2Ŋ,u(LA%MbEfףU&?viSc2jv,nUuاcLċh{Y;o%FX*6fq5&	+]sH|&+<mMRuGyBy&gG6GwY!bxLfJ`¯jtaؖ1[yP='$Dug܆e3NQjapb]yd&ijDqq?YXUQ1Zc}ȸG+7.DȔHm=ʙߟթȵ}.t^.Y	UK\wbQeZ.$`mh,,/}:b>ua].L'`2Du=WC oū$"`O(jɍ{:8e7{TD
K@ẀZC':aVülϙ!RYj\w]VjW?BVjqwGsPM)kL[f
w&\8~T7;Ύ><x3m#igB
fؒ܋;iBIыu+4Aݢ1(io -$R9V*1Ћyʗ!E
LYFs1lv@ca}[DAF%K؀#adE;4M'SQ)d^W+>Re@Fߊ#7oQ>.W'ךGܖYw^Zln,`3=JF!ԝ|ÒE_W֤@ӢɂU
Ӷ)6-:Bj_dpsX?tlt4"t¶<+8dg[HɦKݥ\m6tFڈvߗqUWB>bNavJ.ՉA=oȩȉڨoͱ(چz.70*Jo:yr4N'1β84ō5 (9#X=(.:	kbpyf-2AqP)E%7p^<C'ŉÿ/p.:aquHfB+ljXMWi*Udŷm Jt67Ԛ&#)2jQix{e4"+$rbuH֘ܝARz3qezAi,0jz!.F_{"׶T|`|?gmHu
&qVbM_)÷ѿy٦Γ#AkAU]*p +D+39BbUGrj3bOϐYσ=;lAxqV؛ѦJT`YjkǷʪ˕`%n\.tߌ4&mT"~2~.	X'Db[OmaͮRoz~'9}$fJY&@i
iڲŎBcpASƭǸdTBS<tLc׆taWϸr/@ΌՇ{nJa*z/O[Nup$:kZ
@Za<	8ԝ_j]]lif.R !q?pmS;>D~iEX-a'_u;UޒYҖ܄Y3Brh/$7ވnJ,
cIgnTw5ϗmгgfÎ.,("Xm9pfאF8UwNb\Ev\_tum^1d~_۪z<w"M:L!/l%ϽB٣;M=GP4"(TǢVqՂcy]soYGllψmXC*k$!	]gI¡_@e2 >yd1zJrLδ~g7.qvQ%,BbOi_J'`j?8GHuLR7ɏ|?V~ֱeZz8h-*OQٓ'LV=+ʋuIrǣit{{=P.Y4K܄P#-±`KthPpk/?V^~JK:tE]_XpÉFɺ&Y<rƛugLTEsȣTsEkzFDURQZdKSշ]̈́
:h&ըc]a}>q5x~ĦٚVANA&;kAȻOn_9L6>\
؊NÂh1G^R֕l+CAnD{uGp+EýEUKrh+wqhCK6ăZe`h2nD[΁فm^3h%kY]HZؿwa߼D/>(#Xkw~{:kt",+er5ݶmRcf.-ĺoK0KF`\7J*[qȘ!QBѾc#j֙ܺs%c0=kǴϵdcmwѢSZM:W:=BN?Ο${)Z}sz_={8M׿8W|6>E5'E9n}Dv Nk]tx5ĮMĴݥr0;Lއ`C$$m;		*Z݆1Tw׷~.ܫVܾ{nv$18zӄBts	'1a:/60i,i|eeaxܧk͙68D{jĿ&њE[L׉VknlAo-U{Ӹ>ͬal6\*41ѩu*L?AyۂD/ћSi~f.\!ppvͳ|Ƀ#˛|^I&LÁ%l8Ӽ@+۪y[8ԐME!3Zu0N[R4=>|S|XoX,IPRe7EsvQT9Fxc߮{*	cU[ugG'+/W+z9DT2!Vsm0__!<D5u)~Ք{tpmZGԑDo0~V vVV>s6=Ms.Q iÃ<FDk˱fڟc59QusnG"c4٩3.&<vR[r'j7Cp!~9{^CR֨	Wg0~}5Ȋh=ZK}C;þeئ;ʹ]͡ׇ/!0U]3-zJ˗abJD0H:aoҮΖKjt7/ڱN-x(KѾ$=8ܒQ-#NÊ+U0\X{ۏ=bgĖw'Ha4P":-\BRr3$j&ܨewmD9pȑƐ>;]ϥEK`3GyD_1+@iYkٕ9/|cATOQI]ҏUlɥ'ڰ681	4*DMt3هءU',=6'Cni9-.bCsBNXYܯT#(y2OmRx_m2LՅϕZ,0ԇh$ڪ˯4nYt\-8K-4Mp]yKѫ7cS"~ٕjWN.7%ρ_b#F&bƧZrE2ivU~I	C0I ޕ48m̦'t
N#>ua_8ѠsӹCw>س&oK;j}O0X4gGD<#X
|yuҞ֫TNny

ٱ	-״pW[ѣI6ҼаY߳"	$Q[X8[ӫze55M|l~{-!|.֮dYQ9(<|&=Ԋ}C>(Tʫʲw-s5<sqs[P
PͧJ%VAިS҇]=P0LBk~yT[i]Y*Vr}&SGk;	Ȱ0P9yXe7O\*%љEyhI!Evaԋ݇0Tyؖŀ߮D΍:.ȠRͺ@mhh7َ>]9g{jt̃d^qE׌y2)\OPr-נx[˓u4۪?ADZ9WwhĽ՗}xQuI.qiZ{'ԧd]ܶתҙ]unW_j{_2yY6v	}nFez#	\o7F<Vϭi(ұ/>cH;s_̦ԵOt:j3QũoAm)|Q\\|^@Ǝ
H̩	0Cz
s=MfBJ+}CH!yl9Iqe){~w"Ja;uZ\},4STl~*7ކL_ʜ
p.~HPOוaW\>2l1bZ^@O"DA |4X-CU.Ƣ6`8;USг2[D0j1̪eٳeM{kQIԧfYCZ/iܷzǮ	bFq)1{9MpS`dnpW3Q/+0ʡpqZH!@iQdŬ]<ݥ6ܰƬǥJu4hwUDC)Vya40ޚE:K¼I-o"4UW=YGxeHB"!b'Roש}*h?X$˽2#eyp9yPln;7A9
OcIʴ&s5/9w.?\$vGp;(7-jǢSҚhq	(C-8@t9#6!WX|WC6@uۣZȤ1ʤ$\ؚ_,-C$oOŽݭL<!W.ӝE|=6Sw&;lCiVJ7e_߆ԹY[/Fڌ.$RlM$%ą;`dNp>n{|H{	"`q
̃Qz]֢EgZ,0ח5{gbF%7Z,Q'.{H@e,UφhDŪ^K0XrR.%3<qEF<5͝V"A1OJrխ,x&maFw[n'5RH5}vڠaPBmP ÷AZ,(D.GzŷÙ7p#(w/:~\DFmXðdWq]߯&ʆX>2)wۛݪ(Ë8 ;*^(dyM?SѪSO=T+
ϲ%^Ì߻'+l,Tf	1?mTKٱIYP[ذW~5?&$V|ߎٷT"BZ=quqEEJ~V_z֔Tnekʦ`(>ׇo!҂q+#;m7.m2	tsz*>1K<iԳؼ5}j~UmRZt6-~``JȚVAJcu=P83!?z"=;ý-<*^kFsP۳n!ՖZaZ4է5mF)Jk^EDM?eCLݚio}O	Bl׏C0\xKzk*`_2Ս-_ܫQj0/	Z<]ZY hm:zF).twȟϔ	$:Э?
ތpƽ
71gi%B")Yۨ0תIrKȝvȓt/f3<ђeGLנ,ϣKvKHtZI,ORS!Qc#7'Jߢ>'ݜIy3N5X^4o:Xl]>˓SN,#}T~g@׃*idm-܉CE~yv	Qֻ?hN^r>НǍXz;T!e*Xaa/RҠgPw(K>
pQ'Bۆ"ƳE	ALGIYq|x&|nAn|F˷:NuJX`^3qWK)?FлrZkk\Nՙci1dgrҔTy-y3^TQ_~_ds8{Y3W!Q(7%ǦwfHXMyG1H3avcr&қ^l&Lz h'za؄2-<Qף=J/CyuݮpEzĎyĘLzVKzU̝o]*Fë=ݝpChAT
3Z"t/n7ѾQ$BUaœsѿJ/60܎֞oS~ݶg"`$Tqt@2Ǔi/K >jˑ5vtH,ޒ.jA3(P
0Јr(:^6@	~<t@AVPOmmӴا1@SߝZ`	INeް0*bEcw\_g-6&*\x6ӿlUr&ǋQ9
'׭YZj;^<ڦ>r5 +0hZk.`ov>qG˗g!k(	ߎ޳xѡwQ^<T,37f7,VO=Dq!9J`2{>j<*?-o[FQ+5Ĭ"YSd\tiÃY~K
qPj}ՠ-PgN[04|Z3*o=/ƌVFBڨEtѻw6=N"s|om(@DÈ(Yġ6LkLPj:>.byfA:K2xX˅Pͤ@OБ%sRk'{TN߶H[mVe٨lZJykWK^9_[W\Bß/]9JeqTwG<#4/ִOWk"67IO/Zj@uݖ!%:rmw	$(UMkmjSѻx̡nZY%b}i]l<NHld
]t%Ұ|ׄ~i3EhޘU Cң7|ͪy:DkUO݈ωQҸ2Ց+7x4xz<eSՃxյ"1[۪zR@P{XrR+d,ԡڭ3{"Ine؄/$о/<0J6W=3sqHbPX>LλH'JוKRtpvG'ŭk&̭"ʹcZX^B!sVt_µUgpR#!՜D=͈m:rZʖg
SAI!4]ٔUe>"t1PQ'd-8QWV`ǫ#yil˵K[ȉP
=/a>RT0Ysnоl`ǥvҷ/+82ݮ	3CqUgӪ̾v>o{c8J0}#-BA)nԪ[0<:|,ĹRQP'I?wZ/	q^7n5TՔx}%U9ql*l%zk1t+x$:ɝ98ͻfuaHHpFT́aw(u^ \Ð]vF	$ˎŖQr1uT2
6cGDUpA9!"c<*=<]d:~r(5p5IgMFsEUue0{W	
Α0f(sT,e(9_ÊW WW2+5fELIa'kS!%Jkz"Lƚ3Ğ{n}5?-dXbHeΞ@/ercq,Ӭ2E<!]!!CwjOy%`<G0_E.)Hݩco?#E3ņSzYX.(ӉBv+.-<#w e4ws*7OWR8pΓ-_J|fC2>b1}=9%)=wҜxgo)P9ntPy5-1.4HhF@.[1s8YY37^TZAl2q8iYY}Fާn&;K(ѻmzTp2œp!kŐ<]HB"HO	Q*)/Uɻso=rb09d>۲ƽ	ػ"\Z?A&(˺-tyN
43IS6OHmeWǲ)N:)TbLYpӿ'yTPSV)lKjUO.?P9+ƣ|4hA)IT)%jKgůIǇ&wԩϰhC/(jHRޜF^=c
;IYmO*}AF$zsՖ4u@Bd`gSߢud/5otİISNEuUl[ FQ{=̟;bN&D*(ˋ|mY 2:c(:ƵĊu2zȉK-m;$f-/gv/<zkD#Eҫw	sbf:Hܭpl׵R!АSkqB"kR:p
9UՂJb,lD*2<yqY%׷B$WVwo"ƑK(P+RDc=r.;7_A@&;ēPz,#TɴC8Rևy$b#9Fiz<>2R2ͨ0o'v &hɝc[cq8O"F!.6|zزuLLi,bWZ61?fP8ylw`xXX<N<ݳȳΦCf_EYh+8+RnPXTٛGa{c\}f9$S9%Tvfk<]ى,GkcTKQ-ن0Qx<b|-9g˔ƾLx5	E.)eoȣ ]Tl@Vo<ŭzs!B/:	6|<2]}<do^F
jN}a5&V˟\lыܔywLnP.U{LܪΥ:tPHǺX'dH5#%]9*dǢ'VYJWEځSk,	r(q'}_STTOAqۥ_YϴYoG[-ҍ8Т&*$( dY*h,'>gΓQjSߕ:ǂLs"p=3KOpsUі5lugTd՟7rӆ@:Kn 7.+7lXrtvE,0>k^_5Mҹ:1ǿSi;^þߕ6rxֈ7=WR&TGDb=G[JUBӺ~]2r R}@QPH?ԛ'gf,eb77\_1xWq߱sDьə5! ^
3jr0>e͹xۇ+w@E@q+|sMnLmcxփ%'ػ6j*b̠0f?a\P3IIoi׀),VJݣb8Z,?1{ƮcaUkSPRX>50&ߵgk	rpi,`/վw0XUNkޯϵ?C$M**On$n0ðؔoeQc3Ys%fL')_:
RQ6$S3ɭ+'HmsI$FJ,(\X13*x>We&wr0j;Ѻqn9ɼ+_WI=ԐKc*	o+]c̅w=6ߵ\(:+ւGNF!hz*gnVu52[\DE	&~uѠgX62]5.$gGnt{outHA:*,s\υ_>DW\KۤgVQXWA6Ҹ(ʾļ$q<T'a(L-87K-&>8TXcҖB9EǮ=t۷pƊp/^4{.܂ŐeRJ~ͯD'<G׮׭@d?jpktƺ!^q@Nɪd6,-sљ<$fd&Y!<3!UHae9UڧѓU{<a=~_|z%	P_:G^Gqy~`GemC)K9is=Ep67uvUd&4ӾVUJ	stqhѴmܬ_;)(1VȪj :~gk4O0CtrUoƓȮrUv{Jۯq!ӶLO"_z&݉<? 7U{'ʶ{g.qp*1Eƌ=k9t#'r''<߲<g_*A~h:V}Ap:	m܄"6X"Qr%\ڦLT<mY0VڛC{1=.&S&n|Lrηʻy{(2Ip"Ld̏f mWjG	r1ѤM٫qC:h8UjeϳKMFY+uA=&j/?w7,`CNE^ULWT <c@LLηǍcQ{;FwQ`8܌WJƭӸ:6^$Y+`ަjiGH;;pNgo:wpndԤ>l0ʆSF0H:UF)bmL94*PÑ	mɲ="|a˟ 05aׄHkT'%T@KbvKr8t`,W^i{xQw*mxu%o»v=Zƀ
(Wn(;&uϻjOAr֗Yz^{i*~C,c#DƇo5y]Tx/(N֚'`ږëԺx<zEM^ӝ*NǞ+Õ=?**ڣQҿ,l[{SL(o*WN	H>1oԯN;g#՟GCn,N+w!(xݑ|DY)݁m=üyWuEH	uBr
X)`	j<DӪȼCRR׃ɇ{gzmSq8vtTqƣySa~r%+Tj%g6D|ʁ	<mudU/N
aC`(u=Q"UďW6n{cFMge5͐t8nR@\s-{55
ɳWHRp.Q׌^odiص{?iݣN}ȒIIC$*<MpʤГiwfn-?&;~{~FghܩWVF;~Ǐ1UlbUhUĎPF=0-az'<|uw=kDNiтZx] {Ŋ]_	DnIFR=` ``_T=4U;>tI+5K3`K(uxC0Ϋիo0xfh`n$Ѽ{}mb^¿*QkzEPPBP$jm	SLxRfߛHeUL?JMg7'!Uǌi91>՟ggؔ$i,IK7Weaoz[@lDSgtTl٧4)a=;(Y$ߤ>.M5
Ԙ#8"hC:<nyyc+7>$/L8MQ7X3Vx5%nEƸ׳*1sc[k-;åulݝTR+7}}	yp34R~
N^AqmѡodS\@DڽL3x<t{k?\lQ`G ݗQHnr&4ێ[M^ZH4mt;?ܖI-=[>u^7rˈ3pGxކ́\1"-@"VďBry>cZ$ؐ/;^R?lHw_Jd܋ْԢWz!.Յw6QV0~EPOVƸwyhܒ8"wH%4ϼͫx#j46XP@P~"cǹhaZ9?ޏm(ٕ0^)^*
q#}"`әm8n3lO0ZKN\h	&@ћiڶ_\+}$Drk$'SeS^DHny|2~#S`!h7AٗcnюڷgOOׅG#XKSn+-TوyXX=s4ڨژ?~˩w/G+eFu5 /LԀqbL8t!)ѴIDq}Qd>kҶme,Ca>lQzy-/ԤW:\z݌WQGn+zΪc$ETe~K-ijwcՇ9)	bs_(}4*Lv.քK0ҩ92Ⱦv`uL';^:O"ݿZ\Z"3&Z24}=?%+Hְ^>@Y(Me])Ϲ%Q\5NF݃ v`
]cOd(~lwюBL!mry hGGnf<[n%mhް0JE܄wC֑Q.e6'|ʺX\z	R@),I5,f~ε&M%$uOB0['lx/'{iV&::M"e5ρTD:ë́*P=).t|UUV8μ!"q|1X:FÁԂQ%N4'"C&YP4rӜqպsV&{G+b1:tu84(oМ0m/O%'ȖZ@ rݟܽO?*RmA
x"΃ɟ*!f*A8ذ,`K!%ȀaKݚe(+
1ոj?֙C)M0jիgMni9ϋ62^>u2ݜٕ|Zڤֶ3ՔD(.ωHl2&Ӷak_tZJ+j<oţ9cRDRx]7Q3aP2BN~+EdD*4hFSUkH'vx<d-`n~F.ٛk'_|ӵ(P4bRر)c_LO7A_LU`e1(|5 0'gfˬ#G37<fTR;8JvhzW#+4ȴ>-t#>oo`Ory]iHGCqQ_|"N&6j/]3?<ɾ(HtIڎy<1+ԏޘOׅ<ї:%֗E޻ozۏUV׵xH-2ݿY~OӄFA[$#Ó<d>1&ϑf&-Fhb{݄KGMZ[sUQΤ10L
ic=ڋ@"#Sƌ%#RNvUG&?Zl2B9%)=J(Ƞ6eeJJF(]8+id$iЭzi̜ñ!iޤB/˻.TH^˶̰!Gʎ7}dx	Gf!:#q?nQħx>š@؞
lfrxEg9ǋ~AmlͨVdLYͶ*1 8ǝ4qO͙Lx
K[Цe&ԯKWCw*ltpSpׅ:!ƫ<m?ΪH._	gbj4"oy%ƶН(_cVwfߞwqFǖ:-gݓ]/+84ı4@h\gG+ąKwǅi'~A!&aCqZQyLW3>>ϔfuZDتqsJar]TX
{K+ѱMVЄ!<צ/
vH~f=RHz(1wMףÑBc2?z!c~ExdԖV)r.wa;PaFς(l\.[I\OAong6|cV_զ`3{*u:,rVMĜ/_[9a!->˅=&*xX	(Tט/`d2@j3vۘC}-NXތ]^6%d~iRєʏH]i	ۆЭ@\36^Gi+	Zxs7ʊXes8Ȉ9'
T>.S.+h~ozsp*"Ǭi.5_jBd3!غѲQ`GU~M^72l*{emo6%BTVc<euU%ODs=Snc;W%8Qo~-G\Ȫ0")hk!d/
ۮ/2k>-FLď$i4׽ (q,Wσf|2۝]NވcګH2u
zߛeD3tl"KڍHb #K{EmAJ
{(ctx_Yx;ebsDAU}Xg2Lp~ec0gB10LirfD3iDk8h_^wVԥ˝;ғufu2"<HCQr3HdsDƝmd>/1?Z@W2fUԐUz%e8Y,%$8="ݦ
i"z<B
H"jFV-ҀuEmUY?s]6q-,fG3~>0>kSNǀ,')hO9{Oڐ6ՎH4CKF׃rMoI"H?Q\)mD̤,#sqĥZCƛ]V!-Į%oԓ֡r/jVwۄ0[eg݈bǋ'uUT&HHk|.G"EȦȿpCc#0dҺba`aum'o?U̸=zؠSŴBGuz\HŞ6z؆7+!>gá:G}w#\E#áЦ,W̴؇mFp64ƨo;fE+{Ӡ`HGaz%f#=Ĳ,fDI7F%Tp[16ٝ?VCm޾{
V);(Q=ex4^E3)kY(NIhݓsD/$H~\Ѧ)֍׻bMHVʟn "܍<#=P@`SSȪ
gPǾ<~ZT86ɼ#*ڃāèHq6d'/s\)Ð!oEuH*Š0Vm2H`πh"Ґ3]1Om}Iq2ԞL00Fs]9NJ[|tCcC=0yB#9>ǈZCǁMW2 7T+5A۩26l/oMn=QeiT&SV׍	ڭ1|yֶ:y`CfВ"(הo=N|ӜnG9P@!ܣhUe6<9|[MG,#[!S3d؍:tv8(ə\hc4j4Kr#nAJb` ZʊB]Rdj9$;aX3DL\ =EngܫJo%D:0ӞYҢ,-0ҦʺSœ(2j'q/Մ]isnMBG9k ^iPڧVVQQbADxoY@ސ{ēR9Ą^֝Y7iOӾO˝1H+cSHUQ~/~<niJ-2[ٷCZ9O~*Ա~?<ª<Â~Ӯ-|c>ͪg7
SX=2${U|ȫxVVI,]k5QgخHWi2j&dsz8صש$@Зٟ,rĩ7Ȅ:ݶI7uΓ8Q@aGڣHX)swS:п}LvmhS8ej1>g;ǐA۠7}UD%͇8haRvwwpl$$>D+F`Ƙݣ^Ԛ/DvmmjxAlgz"
oؾVg~NX~.ew<)IxnW*ѐmkW^!F\Ser2l?@6GPrE~|tL=G9Td[Ԡ`vq@cTׄg>_JvSTAn#aڃE/70s;re*)hY56: ͩK']c3\~#%wf)KqjzKE{Ϡqc{*}oD&kǝ_qV$3sPxFI,XqW,.<l2[ۃeN@IC~!4M*b@_ЌO?NM:HP2QIeiC1~Bء.R(_JHipj/kmxIuIkhֆԑq#չ0pY)ѫ9cLiG*ڴ%P1:Դ͹rѮX֓HTA`-5"4{˖nP2o*Ӫ!;߲W!|V{&Q*HN!mXZ:%by
#2k%ثfh<{ir݁c߬yODo*H½{v,l@:u@9o.b>n8]n]ҹiEP18nE4!GWGёԌ'ΈmTw@BdEagoNsOoU1}fַήʌLhЎBy&ς9.Dzt@L;agc$e6gXƾv\n]־ҶМ8Ŝ$мMQt͆14I+RLQ)#/ݚz2v NI3>:2v@Nj~FpZ˵Cd\_^bڇȯ)$k4nҼЯeUV kSL-sM[])dz"v\4:cI3'r1}8IY%eQfP
<"wUb	dC*Sܽ v͘8BH'+qy})ݩbm|KX}+ȨAV-J)<T8RtޝH#G|ۼ߬!G*ΔM?d}R%mF1%~|]"+)phf).ؙ<,ɶǊ˥:~,g6ӺGڼ/@~47(Vt(ѱ\sD)$6Wo.nYߚvץBCP&Eb<3tr ,yЄCgowWHD3_%jۦFoT9߻AƱ	FJvtCͼĜBH#hQG}ёbOyĚ	q ]ڣPμw|ϕhWX29đZsUcQ&u8)&Tm>+9?mZy5U$/&
-Su
^zt0WM$۰,cw_mh$	Kݒg
rN~A"§zDz\#KF%3ÖǢݗ\@Cm-ը_',m,Q![ԡ=$646Biv 1arڡg_Ś>#ŭ!Ҽ-ofn׈7bO'[P߄P߳8	cD6lncϪ\#m+.u>yѤ;*(=}cTrgYˬKzYG
˦i:*pc-ɯJGIR/bx#{3[R0d=e!1eͮѐXg.9~"2#NщlToܰ=+C*+Q4)
+!*<R>v5&<4ׇ}χ+b2*şifOM  N#ucԡDxĚ.i'3laad(Ce"nBךD+s<6q^ȯs}NdNޓ{gR<pǤsޢxRCEm?&l
 ,ϭm#_ɏt+{գda݆DWr4&t"8lt]BLt1W-߽+DbҌ
ܧd(*?yQ^	apRi01ӝi<qLZża,ҬЉ}Q~gp\6Xݎf\':ܖănM27}P\*fʱd*܂c"6Z
NByi]L.==iL~Ӛ-~ބu[LAÍ/7$y{zP¥$6>jՎ՝|dqA`R}h'luTja?Ni0UPZT/4tם̟wg'r|bמQb@Νp٨6n|;eV&	#kdјVuȹ<ʌ8,Pܫa4U,lO׈
ʨƱJGl([fӦ-Z_!Swke`~K׿q&Vg]XSJE@Yg_Ȓjc{Cj[x >]VcыѼ"2Ҕ)9KdXϲÓOsp]~KB,myאz!f|۶mie-PHlp9|91%LD)zU~GJߣtT%EW۲_}I-^F//yfejb8ҼG-NmR:k-QSZ\CЬI`9H%Ǵ8f*(m{V$δ'97ټc?;N4?lDoDT޴!BK9wͥJ,\3$GYGHr2d@U/`'51؊Ԡx9 .AT8a-OY73MiC!p,u̢Ҍn۱wՏtD۟%xE#>(#=>Sȋ>RJ՗ъ9[}?a`B"(6]׻`yfQQQlN]8hq,ͯt07V-@3R#zZTjbF;+ͪ-ЧKcmi
;%υUtQ(bLxp_!fdǩ !Ts[/&7NubI#tPr&%]֜0c/op/ً9ҁ7V*"!Tʃ(2Gsf\,Wu!(z20<MPjwişUFigcz7Q߱+~Pg#َ'w*D[ds7DA;Az&ʕk#Q w{<Bޒ*2Q6__8ج[ڴטp.4igH
4T̓&r8҉tپ+#A^/1NГ Wҽzw[grvȗZGe?6g.{{ۀl2NSZseZgIkгmCmn+cCHlɦ͚aXU(:\vC ]*֐<!S)J{cj~0`7'YGՊX/zƔJ)_\t[Z<#!(٦4O2`u*uKS_pRQk`
ЗN,FҀˮTq}vPi+W3}!d0IfI4Foؽ:a1DR˙҄3kiuL5H܁,WvjȴqRM<d<DEtU|~7ŽAIڴׇ͎HMf)v[ʊ< HL2=\nۖ۝DqJٰFEZ}*B́۽e׻L6M]'Zn(ՏDt5
'a	LТjaa#KxA؏O:sMO(aC-m`4@d߸֤ӬCeJ8.lӓS,nt{YɑURNJFǢ4!D-a?ȄY5JluQ!n\:vߖu+ZNȠV*eԤZ܆_p}*1̯?Tێ^whڽSߋc-E2LQ~ϦR\Ux0Ÿ)8խ#r-WS}eǥu}8ܿolսȎB4Л\лR|'bE?x-r1>?MRśrlv\jV-8#Yk}0vO1<϶fI%7߄1i˗NZIu^=#ؙ@}O:7з. !^#D\xy,UH*ʉCgeNǊK
\ۓSÂÖ<{TMwnCQG\8Vaa6eK~fcՇޝ8\BqP
4W).~Щlf{Lg8ۤ	$'^,(4f[>A܏ޤh-NtfsәW]Zۘ&Q4_{~*sˏ3p9L˽I4*82p"-@LWCΌ!AS/X@t{DrN| G0JD|bB(&JmA0pWLu{V3$M\x-=To;*4/d݋j$tM҈7*P0qnGG\%q|ɛ̪P[(J?qޥR:1FhzhyZĒzCAqT̉;؃[o4Q@GFΡDnuEdezFb+LaŀJ#\30OH*;VM)F1c$`s͸*/Lg:wިTYsGOaE09ME7/R}c0 ?֞~*U/B|Ad7%ag?m=y	̇ߞK^#+8%ԻXDR̗6Ƈ$4k5=7.wI]ɌUb;jJf4բNh8Ȫ?m4DՅW)JY<ĠPJuΤ<SD֏	yPOzZMeysb"BnL)جbwѻ:v
f6pXdų~6^V766p&dj^%/"dg?ͨZ
yPEܮOΏBHѩG΂SL0%bPsGG:aŵ؏MTjÈ/Gh-@(PYp	AGV_|RԐ+ϓ:01:n_AQjՆeߪ-Hq@A+ |=^nxČLBeX?tεվеȩi7u&5ŖڧAUY<q9.Ul+0"-2.2GOvX0bn;B\V	t4OacIڟ)y-O<1jʴxhoELNڈ`܍HVktkj_КY&Dj݈Bn@߈(UթfNS;gHZɢJ])<V݁F=JRt)&МC0v~ʻymnm@ގ΍77̕}ʣ0ˋUց3U:ݏ+0tV[vLHf	Ά24wzd0NCqW8x]*TebIRJӝR?mp¹/L!<ijъ
e?5^_?%fAIfSŗRK9kd;KETQ*xѠX؄RCƢBw0Kh!xC/=/oޱVeJutrLe?TrEȉ<,;PQŐz<@\K$Z% WF 40$y86%X8Nؕ(

ݢF y~>O<ce3X;~6.OgЋcz[$>&A0Ԑ9DJm?ٞS! l(A;*p*LnaZur{AOt;78ǌ0QQD.*#/s8?+@N?i!Ad}eԊ2<- :ZC	oF?@\6JжcN2mES?*4!MrwejqyugEѻЖ:oD:mxC%1ץc4lpA%Y^&D+"6h"Aى_gݱ8HV̗yҶ\/$S6T%u3Yj5I̕eõ-(7q	K	;U-D	#߱6&\1g.a"]bUle\r-A!]Ȕfƾͪ9rީ`0Հ40R^ED;&|pP݃X[PլJ:.%EU-`<=(|eũY*?حQ՛18_}5TAJޤ [Rzׯl-;ׇ~=#֑bttgzx]ۖu6{J*2ԽxFeCX"dyҁ6Lly2RܙIOֻeP@&g~էُe<΢*/2S?ȘA&UEJ!!Bs4حd We$hg~ل1hݲw*|3XqL4mċİgA~TAf2º:o7%=|4_hI|AbA?{PO[֏.G݇4Er=7*U/l.A/S"ۤQKXBjv!2aԣݝ|idp=Qw_5e?1wŸE/gD>ۀJo/ނV WnL86T(Z@Cʆ9+O+J3On0ٻNDÓD9Bf@}M0tVxA\x(Un}HYs+v׺X63|͹d)b,̀`'=DqYhq!V3wAKa<ͷ3LyOz/RGd<(ނ?!è8PRBU7Ǹ}LӱoCI7TɿlgSCגUp׉x|zQ_׫وkft!ۢL&`hv2eGvS`2voۜ7eGT)BXv+IihߞCIǓ59WMރA-loZyp͂̓:D
o]П c},-T1N-/8/Ь9RA;1bkS̅5bRIh ց.w^`pEbnlM]#yT]Je!)aQQH0>ڨ{	ہǲ;|ihM3	\ńbN0M/uX&O[ѩrB xjy7H+_v_q{ݭ%Q\^Nx$xevZ*'xP}do;crx2tEL}=i(;.%S]و'݇9EzbFԈҊnh72Q@}`mdy6OvE՝?p<En:eRo47)ANbɖ/VL9Sv;Gy%?h-ÌlDgQJY~˱yTx0z>tc9cdM97Oo	Uji4R%s){r;/?Vj,Ss-A0rہߎGɢ%kaiMB;3W_
vὐqT7F_rPE|@B~$rlJR)bZJD=@<I~KRF`پDq2ٺ@{.uk@@P%BF'Z=63Jǈ4_ճ@W<]D<3orGLaEԈ",,zQ6Ԫ4D`F?:ϫjтc"hDPśxĢ._FcK1*%?q*Ur%@ȗ62$loA4_]G@%T q\jiڬr,ȳH
oŅQܹx{.hH=^5sŸԗü@eku`:`A2Ud+S2!4NL!σ61bՋFh[\/VתGQmaw'9M*'?/tVy|eaܙA]A4e*b-= ehv6!H޲|[JV}>s2
qG?%<8̌B؊ӵEۣϡrGv݆&q9"L(ʮlr ABէe|ɒZӦoğQpo'tc[0;24gBni!C^"6$:؝qnCJOۭB`Lj0ePO8X~07dH|;y۔|3kz(kbЬ?M*L226e7QMR GQcO s(̲uF)=yZ1bdǥ[SJpaPv3BQϙ>XI6HV9f3TV`8CԭM}jhBPc>CpD2ƌ;HgAsIFծ BnQ)[IB
fs| 'KPIsmȏI?~[{mŋaׄCyT/a#O`iqJNͽؙ1*)`*nnҲcu!>|>t/w&(
tsmwZ*?9BzV=ҋX]pܛG6۫'oE=Aoۏ?7ƛRЗoA,hޜ0#69ħ z	)w׏É?8S_J6?2іy8(^ό}Ud:1W"np8ەawSK<+>z:,F;?={%3i%ޭ=}#9o<o٘x/APƠPǡ67F?ɐ҇^,H8NΘe!4O4CF$lDB8!۵;y9S7%Ba,ܢ0iuE@QYU;˔ɘ.ڂ	ת߼ȗ%PaOʚeB<pީOtG|@^12oi^S{i31N?a,?%հ+<3StI/Jx^z!I"tvH5տE!YUbBDoZH:73s3=$^AՕXH}u
G4I\y&
ekͫnקCя+?J_Xrk!q&r6H1iaؗ
5zH}?A;FK$OE׍3N2eT]bѝnal*[#%b'a۵r~dUT~BSƣEUx׈mɼ9Y{s
8 ٨v62\FQĀAh%3\hD&,Л~yPCeՒ5dǧ˞RP!)6TSՁ/u{_[p2YyǑqʳR>*Mḱz!˂{҉YI1KđQ-@a_eDH:
nsqM@eh%/7)"U4:$3+-$Gi/	)`ɛn1l`/γX0V>tVD>.ɶt&;{H
QgWޯod1~C4|b]%9ơa{w˶z1JvPN&zݘ("e;-[HM~,3ț^S"DxӜ%,Vq}TobN8Dַuͽ#q5U}u{r9%g1:h@d0ɔs:ZfYkM|%+\^$zżI&ߞ"}ֺzi;g_aˋ"~yKA9`pJHڈ+Uѹ.-ȝJA5p]Fi@zO{,-rAF<*E]q!;@5e3B?9Q޽k`fg״foڱwy́xvИR)V
\$Km
ާi@|*qZE K,f? LR܈J*";Q;Ċbzx{a˦cԫu#	
xO6˄*QGg2%5)bM%(NƸp˨wpmN$
Q}OĢUٌ\4XЪSB,MtjUbɒSF1~W&@}[E`ψ`|#\Hǆg.XAdqt~MjL"~qCˑśb?v*ԔVWfKiƺ<ϷU|;ZsA39|ȗѲ[;@5macD՞YP!)ث(l/Gޥ\gԾUÓonh?mm.7dE_@ljķ~i6-~XW2ŭ|O+5\\clcjV$۸uRG@e_[U q(
HH;|2`XWޜ]nϝHE{C/9^o ui޸?q+Ń[xCzľF:
9B7e9htNc1=[ї?ݔǩd){ߐFse9ه.#_LMD-q%mQݸcI&E6[E˽|̳ϓrֽkAog;%|IN19nP):+tL\DhtՃi`4ezfUek|%}٭\i׶AM.ɔj6f}Rjo*zTvKTi#Fjmrtؘ3ЎdZTUuD;F3DpnPZ^uQkj5gRƊyr#8H=:?5~/؛R>mFvŁjKlX$u/Z04rnv87>7oϛV)<*Խfw#?+3>/ЗMWt5>WLEU)2ytV*drwđ܅tAbcɗ*I-d<͝Rmbv>0AѼ_=йY3p}9WfH]bT׬XрY,()Igi/*
+r\geيW{
L=$y2KqA}"׏~K'VڲlgB~MBK8&^iW}/̮Ϡc6D
 ȓ`c[g;FFD>>/I8*bb̫,gocA&UzEIx hRNp͎7ΐz)4`Ǘ-ۖCIh%]	Xp}VVb*e-;ft]ܭmIrXI/l:s,
"P߰<E'uh	?}SRB3ǰKUk!Y9R{
wn;1qmM2'4Q
%u/$m@S=Gʠw1u	y#|%OxV|`	Gj"{^(}nIZO1WUcș<T.STLȖRd`+IAbdx4CM#7G$h	)ׇK0Q:Jn̜	Qdso̦K)V*Y4Xs^~hzLngCAp!?r&cVO{Ǫ	'YQQKoGOȬȦkeGYW?Thٜj;)UC߼HݐKˍ{ӝS-o,fT!F)r-^'3gh9lya$QJ<A	vNw.f5jՔݳYi(6%'CDfp-Fǌn+KlmqHӠΥPuu$tΖJޚ;^Zz:tݳ bT&ɏ%x+[փP¬8ƀ[NSb5ѠƦԽ2Ȝ1Ѳ'@,f]ۑ@WP9"i}hnc=
ղ,Q7\FxbATn[ia!2ryTՃAg4BKpFϭz5Ζg|q0BedΚNE$:t0kӂz-d՟2`<O2mZ׈yٿwEGP({ĩvdepXq!d`8=]97jƴչ÷Wڜ[Y+`>%M 0H!-
)QXLRB;|CaAX];ނvxuoq[שtK*f
	ې4R)N-y%(wS,oɞ0`7t.ޘͱouYA|uzIAnɝ̱Py*3̌tTgǰչkŅ>^ʽ]΀0N7߆=L8va	߯S}ڹG(GѡquJɭɀ7!I9ar
ӽ+ϲv̗Pϩݶ7˰31ơ&V
X]ybh."
ٛ|}mN\KgՌ]i?$ǥ$}u*+HB+jcqva&nN+,-o'K*c=&6	#ѣjK\QL(I7{{S"ټ:wsYĖ(i@ЉfwKGR(Q!uKZ8kv}CM?pXsZAtF4>I7E-٤;h/o7":gro؃˔KЋ˩=I64[Q1Ц^l:ǹҢ(qXԑʽ͋dv՗5a%يشEqQOKť||wڱU}4=,
cv5 DٱHԔ=I>{oYRvf^'!R)##
z6`cj</-rQFY	Rߩ>߃Ҫ&E6GE{BŜ
p
KJa{Zm}٦߈]͎IfU˾c&~k/Jx[]14SwRDݶ͡qCt$C
E Xĭ-kS+C\3Μny*ŷK{3w9*8HɊ2Osb\!4q֢b|o)CwrՕQa[O?m!$
Q}CQ
)(/Zp~5L_
_R.m]'%ξb_YqԤJswxW-O8@Ž'H* ٙ1c\SSm_ޫ7uk'ǚu>܁l
=6bfZBF'{?'Y#{`.G9oa{ķ5-rjùDy YeEљ̍,1%,h+XtmPd\z&gl,\98XI{ VTΙ~%N۩F.նQX6!ũHJ%zʣuŮΕǇ(B2Uq9|݊**֤2+;VG!%½r3~.هk+:Bv*G
DǼP6fg/L]v6Fֲի<p)wAKs&r^YFni)hVܾ|vW%_L)KsK
!Uuf{|jA-*zg!we'T9'U2М5$kvEԍm9}J6GG<O9>feܳ+ڍ*fK)-*b@cvmz#v_/$m@A;Ïy]zBQ?o9ֶ|91s:
%~LT.QbDί5-))Ly4LHJA¦jنf/UeͶ|Oσ|\-IE<`guufekR1>X2>ݱrLS*(Woѳ7hsŇke|_X38;Eđ*dqk5ZW
5Hsv3ömL
U%\k"Z/9T2~ǿXhIm>N\!%+tRvÖl6ҴtPyc'=ɇәC7g+ʲe,-ӑ<2&Qbֵ,XO{KyÏk}Tz#vG27WK'*?Ǎ^oSҕ
CfW>LUhcsvt[EА>X^<;%vB*BO^M(yÉ
xŃniPSOCfЪ+k@ Zıۄߚ7ջ/ʢwTߓ_(+>0[@p%cɳirG_a-PC'E#(&T#rF<ņ87Ӊ)~v3mKUa(+5*1HKf69VcާJ1'i
+})]/ml3z}B_F/[
i8b9&;+JVvnӬ)2!j_.w/3ے8b D:³Ul?zֶQ("Օ!FlBlbm cAqM;[}eGMs@fq< <$f59'wYԾ34e(#V˕S<XR<QKDyPAo,u)-؊[8Xwø4+~%wJRDȘrʾURMl_~)W}Ӆk.ݽP&iJXbhV1f`.xYÇ̶AGg\ʠ-M`9L{2+	PyŤϑn{`AFl0?pCV{Q]U"m7;@2{gOaԣv<Lu{;\`d]Q%ep#Iʹ']S[Y,p;øyoxgbeY\Vɦ	ݨ1?ZɚQFu?Xd8Ig<ۚޛED&˙t8+ӶQ1ϑ5|ZO#fbo@f=F\&>"hEƦ
H$=z.m5~cFRSkـ;mX-	5σF-U]03$$h'^ΪM%hš֖i/:'4B{x}so43YŢ!(RL8NV%RaCk,ʴF9ĿLdgM0oGȱmص>@3?qMBg4r3zc{xдYB|0ɜsx^#ٙ$5xxߙ]=@'\2&E* c~xOO[oQӂ}A'R$Y]Cslސ~t:g1/p\ƧΙJ>	y#[1~K/eWЀÑqG;h+Ґ	ќSɊb}oZgfbsɥ!y2Kxp~ݟ[=[ܔ<Ă~<[;etDM+pQ*2IҷχHu{+>RAG=@}lw	pcgZ),¬ؚBXLڱTDֆ	Xԋ}=$ߊHp6+x5,ht"<nȧ@QyX4~l%n[ӥL_Zsb8#+FܬLf:OEϋU0v;-SsְNЙx8ץi28J4L*Zt/i]yLҌJFu;qGkSop 3H3|EvFq(Q|У7>p$ ۇg{,
Ʈ`Itdg,>߾`=ow^%A=ˤe-2d#=*Xk V&&b_'h͋/a̞Q Ef;espKZ`ޖ͔+¤1f{jcV5Jų")QYoV=8̉.!H·ɏUܨo~5­ӫK5Ťgˊ@|)"Ch7glv?$uìSE?	rLY:^K,n=.&#
{l؊STޯdKksre:/ݴƧzBf>bl_pۊA&<bLWZ5ջH֔?-yCkEM./
|պ+́))W9#;BT5TUh
ł@_NZ_qܴ=Qdb@ZHLNtHxAg7.E-ҀLwl8LGݡ+a^Ffa1ƿQʕ4aLroբlnިY'èPr;v8V"[2UaKs-^-kCz\Cr-[gr2Hn8lI5>V¢jĬNАk^wk{5;fx˔*^La;qv59
=ٮd1̫
mG?bu]6x&<M	&y]Ȣ#r\q#؋gj~"
")ݓoQTŴJk	%_HӋt_1b(s>[Yuݪi5DS]7>k<ES:+eȱy)fE	=-"+4x2xܪSԇ:	\Zqnބ@zf-<lq_c`%4xv8/2g%q,]qyas@ұz)X]*ܓCfҮamTT$v0G$!AۇSMڗsDQ*zGL̡JH,_	8(qO^߁͗װ9ШB}y׎Mbf/Ah`MĩgTiWS0KG.gWNSecM!CuR,42RUZp8+N[IGws=ڴr}޶r]d4pBSPu/	9;cBɗ6cm>O.
wԕ1XohВ"Aq,Z8f$z4Nq5޲!t.HX\j*C^˛hY0ԼvI-a'8R\cI:uoѽp:w״_-QXD@mӝK{q;y	ON.Xv("q@=)2M.= %KuS%Ԁ)=]wO\26Yy>
(Vֳ;I}}4W׏i
g(8vaIXz_,Ʃ6kjʈggj]&tRBx2dn8Q'Em˙mEmؿĉt?įcKǤ/>77[R>5Z^ 3k"vELZUk[Zpz{__]UPSO϶ӟ6;fFheAk>KOro8Xd{Mb܈kq,_W3;,:G\k~)]hpdC5OؕO!C@-Ta;ܙ݅z؁	ohUʵS.i|G=}B!&gKI?_8n@Ʃ2f}kj 0NPY)njs=3Čc8]Yݱ]*pMҩ H;K0%w&DtQy(J-,|{TX%fd0k8I&%_%R :_ob4n/^C̩eGNHY	.g̹Ac֝IV'%g28ܙPBxenWj$QO{ܟHZܐ0"bۏk=$@`˦Py?z1hdTa̖t2Pb|/K|:/FϨ0T	+CoГHqͳݞqnb82&KjaWs6ݠ`O܌J0;DBRsey[NTR}U3Î(ŗ³ҡ1kɴǬ!>ha,cP@Kҳlc`l0с k]|DG՘'ñy!i޲vX={̘TIԍ[ )UX?>ew EKٙ#`8K[ѱopd[n3]ZB(L|ҿ%gֲ"K'ttlgh;0>fD"$GexΤw]mG҈mY!-wړԉ/p#t?B;SSG^ɗb1-
~20)^D`B}s.?K%n&v} ^O{|0ӯ*	jΓю83!ynTƐ~c6,.yIi`HE T}Ns/)o4ޒ.̊\~:ar£Wo/iÀG5A9~C(PBJ3ǁp)!cx5*i
IN˕Ɏïi#kPΥ"eL}1
cs8:"R),u!8Z'q^Zv:tfF`ϠXSD>DԅӾ{M7vex$Ո%ܐc
`O# %k6$	ܠq{TUH -H,lg'pRΝ":1L0.a94.~ÄqL_Tpl]9uƈ߻]P-UnH1rǳA>:_8a^˄߲==͠M
ZC%WxXiH֜g+*1)Bw#Q_݈K&B,C~_6ЎLWőϓ`j<i̪ϰZbʳԊEV/`@\ܭg	dRJEQm0e8ډī0ry*RuNSHe2&sj%3-~5^.&FXdو"a Vf3Lڭ[ոD;P=/ <\ԾeΆ,zM8ğUΰW2=O
֛3(4=ZMm$֡]jvc"e2PI2gkM\hZ1? 4|'l0̖ȬƒÊV3d:-Y2|LvRhg~@g<wDF="B4cVZٶr+u,HHaG	n`9B3mO{=Xw~x;HQNe6lߩ?G#I]-ŜEKhVdCDdз?E	wߚTc!6F;%TҺT?b25
!o\&dͪ?	IA܇nU('ޠ5))w#*<E_yYy2/D/ޯcu]]se?T!hL$GaJ?Д;rErhucna%#h"8E5/?uA]}mx#rZ~44,v+Qɋ**w9ɿw=%cSۨM(݂&J5s"ʘZ@Hͳ\ck^AE)`S&Ŵd}\n˹t:/![?K{l1;)^cKY.߲5f*O*q`Dp0y-,PX~MښGX:LѱnBZ_79xPď[KjOc@zsYva'_9"ټO9#TIOJf=|&l{٘͂r΅)Kս˦Z\|1)g*'f>{'3a\H(B)")؝OvuEKJpƮ~Z0*ҞF@A%	^>ՓE))bt_798ejѕ4}leV4.PakK,(]lP=|-MubhHyeZTGU4@P97ZH9ΉcYӧ	]>Z~ctB@PN\7ϏyHm>xA6wK_!Zo%TΩ#j9@q$8\ڵj7Uo2nnhxыkc^̜KIO1ԵDyATjH*(^\Nwjb`0W3!m.]ę*̢OɱW4r)-fDw|ЮK_ߡ[0|,2z4b.4 <L'K#Q"@^ܗ8?#U"̠8Gl,WmɶlA.ձez,UcϑżpiWfʝmŋ@	<gA}-v5ߞE8?EFjuue!Vտ{Mi=I-o%o><JKú~%S5ݙwlا%a;S))Mm^ՕeR%Nߛ$mTs8~~~{[C>(V89JKPw˯TBS$=)˽?C4;Ϟ	FڍXvGRc71	H8D~}J)YHuuyt,&7a$2rsͽȴQExwFw8zkGƱuG9eĶ8s, _?C$çӂPQ<PǑ
jvkWB0mHXKќV3M[A4ͥ[UFicxTڲ#x~E9ԫDV_38Ԕr_&]q=UζxʗxzTؠ?` \/v<c<:]Ȑz"Nyӄ:qȟz*g/gq.{r1[P_g4&!HZ2ȩXs~ͫI?{Wɛθ~.3&.ƕއZұlz=JyshAdjraL;GqmjW۩~PքkfP%sh,>*YE˻>0_C''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24985)))
