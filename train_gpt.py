import brotli
n=a=0;b=1
for c in r""" i_J~88B"ǷbT/[pG3ј[n0#x-}Eʊ)4d7S,u{JҬGŽj$"+W\V	?SB@8./ly"L+x6|c>ƴTtɕ2^΃ND].ZvƦ6(Sd$S1H)&2XG*b@©NBNg9
äsDl{XN{w}$ˀ@ۭ
rr~zQ2]:nעkYsZb@/ȷ`&2/<_˩x?axp_~6{	77=u|aâ˰uTez*y`EDzl!z[y۔\ O5%ԯ|Dդ}
3p/fjsmD݆B`nhg4fq"W'"ǩܱKvm݈e:u߈eݲ4>aV
L%ZP~/4D.V.ºSGE߁Y=U ŪperejYiҬc}NKæӲ	ȌnRQK1LT\(u90awEǒinCQ|OgDIL}]H +Yv#)[ZGb?5Ű>A}c)xӴ&d+L2yaawLY<'dճѡהA}Na:"fZ\Б?MƓbXµ"l;Mf{EZ8D[pRu52Z7OƩڡ=۠?`\aBY+Uf?B-ɚФ	o@T=/yj̠2K;>(|3@գSmm]>fsk/ͿTL]}*F\cXSWgKT`PM@wzm:fO>@Yp.|;9Y[|${Ԅ`]C;|v:ߓzq=."?{ֱk)	9ʒAɠk:"ՒmβU_T<~ÒmdD|2MiN;i_5iDaMsEʯejO-|PHQ,/4Ei/̃@pP;RHļ(sa*oYQHcpmZ۰F"!!x66[Z[bˌ(ɞ;)(!tVy{64ޏN'?}	)ZjC2Q(FyZɑhcM:?;Z`.0!#E]WU(l`]k	Z i{?Ydӌ57RS(?˳4/P{*j-zڵwdh]E{dpx@RPЌ,°]ɒsr|RĖ:{4jV{'-~ҁZҧ*Cy^$ўt8NͼȴxZV{>ZpvTł߀?ReǬq1d<1]uiv#xí43TSj~	%WbъCYqC!X3?G4u8#^)̉+{҉=ilbIDR<;9RX@k*W̞JH~UE¾2ԛJʷ=GYe$uh@Єja -5qdO+ÇwցOֿy79_@(ʺɩCyǞ{1y-մm*NjWԁ{̑qHѣYi=pذ$zz$jmdtm%I_dke;h~]w</Tt&ӂлWz>~]<'vɹ0kͼU%ҍ'2_ah}0f\Z3!#i}/w<^S\?u{H[,yK3T46tw:TǛaR%BxDЂyp9VOnE5W-ԣ#29!LTwvmua`*kҸt8.q=0e;KҨ.%Ì| /
lbiwdݖW՛";%U
c̧VFm$6?u܏.Lxv8{qR>q!SZkZbݯկ~R&t!bsoYov͆ѶL2܈s1[;uɕM>ٖHlq%fؤ{vdPAІ\&BjfIj\wi"Hwa܏37dFWv)L;iJDMQc@z4Gp./D7EeK-ܾ_jÏ$ҒSX3]ݎK2bݮDHފxi|ZkPf4la^h+٭rD=4?1B%XCvvzYӍ<g~O=}7~͌ޖjA~ۨ%)w.8x fM+PJ:
%'+$B@ŷ$jwƒ$HK3N,| ۝݆hmswAŊU ؄xr`ɤP?kEeNZT/yA:ԨߊNc;+tnB6gA"6h2xmiYbCf|T:ȃMV*>"`f:..ͅfgH8ƆׇwS"[+5(+1;)mi,XdP!	W&0.FEXYզ">:P-C[(43a÷uسZëh`~)?cGEs"qAdyu2<^o˚[1
y~So.3TL6f\ucFn}D֬Jp,*
r$QA[#)bE1DVe	azZׁeYt9z%ߏJ Ǹ@[ԬtXmalY&Y3>U`s!duyD?oeʓskշ}v0SDL
˵T9/+WĮ'rd;t'jyZyڝ5hSA;XL;i65vq{`EDBΊۙp^+XkN' nSQ_(\.c2|0<ʛ6.BN#Ѡ[L	9D^ёh-Wj7n4&;3'̦c-<F;wI_uS 1=./M
LjUm<$.֮XDB?p!GF=Pw3hѷ%ŹŨUo`EMRP(0AVW'pٝƩ/F<R3j3܈Yy-zw=j,'`K:KӘ΋іFTMU!eߩjԛ/ڨ>k4\"l5Zr?-il]y{XZs"֜7ͧ)&mub_B-Ǖ~9Фޡ[[X8=-?y&Vj7}SA{zЄИMhAпw#RLDy!Hb?0IuQzAmԖ@	aw*LdrI	n	v<wÅF#ß,Ϭ;]&lT~4ѣj~"7=DEXqLrN9#[_+].Rvs/&N`qL):(?vbW&:RGPBq)ܚW><Rr/mTix-3:gF@Z4l[Ԍzɏz\0i=!u*9Щ**h0g_ayR*fhϠc.Ϲ¶u\ـͯa
[-wbøTF3]EķX`;!68n'dĄ%?,aj1wG}kD<N2~SRyQzʯ)]ecϕnSjݓͷhǇ`8\ o5ڡ*qT(MoBFTǤJˆOKVmhjbi.a.Ϟ`JǄ:
,a~1SGfl=hzZ*.7yJـY#+rޚ!ο:a>xŹ|wA۽4DtPt7"r^+	w7m̅p
o#D~5 `\FJy|G߯1"x.p,svX2;U}7s	Pչxӏw5,C#LjG38u/Č`ѥ)#*f`=ݕYߐU%L`k^1'ݯI\+~,D&ϊm}I&2"	efCR9RZ!H|bBi1F[_~}'!qpzM?l`i$4%ZtNkbnegے99wmߟaa Tr[EHpǤ8ťdЁIM(͜
ܬwߟqаBgG>e/k=.mO!f>cL5I3whkWK{˓Қ~gҟ݊['sN٪.Q׋ݏܰ27Eyc(d{3V<U3Qz-7,9d.@6GתESa̛ן4*ˇ:'jw}52Tq6Tс#ÿbaӊp8K!mס_I!BW`S'fwGNX4>pC
b;c6CK/T4)S}ԍ(MLH$ӭCSn4LuѪ	#*rr'Gͫ&j+$\ ҩ.6a$~c)߭1##S&|/)3tŊ^T1[(EQXtt˜iņٛYz9/$d܎ƜqAЩL(#>(Xx?Spܷ4Oa#3;0=OL9Yy<ؘ	ݟ:)E2HhĐ}`~POv]YȍEVwb=-
ŏ=ռd/ת{Ud<-{b`	LĞi}Y2U u(cdD"h_c?\r!,кeGhM݅D#Pڃ^]ʢāw)B1?x)DѴgÓƓ4j3~K;.ey΃AUd=[Ţ2uX؄I"mM5^oevF-H;4zbډ7 F?`,$Ex,LmX.<¾VDCtI.Ǌ'Zte2]̨H76fdKlƾk=3!*bY˽=9)b?qE=znNܢ{0gi|$8:tdJ&Pmt2o<j,9J3EV4]հ6؍D[(@H_ Ny#|+hppZhv!Hsnf>U}hY07lEXz!a$GWhn;"'e$Ԩlb&bCR̔NǸu}shKZ̖]
t56z0jH[*Ҷ vn.#"ݪGpHs8$/)F\@:gx9MTUصyǪ[ߪE%TOL<êү\DC88}ԾVr|wҭVRULS,b>a5dv{mHO/*x|(E9xzEѲvYNr=AO>VүqXM7:\;X=W6X?6R3χ\R~ڳive,6#j3ɘ=>RAdo	tx
^!	~8SWڱFNߚT|`Bw^sW
%Iixޔ@Ǫer[ktmA̈RF:u9siH4Ө=џW|5!Wv!*MܛlۘLA/6k5FH\w*չ12ʈb]J6h_e,jɍpspw\ΙiEǈt(PhѶawE2niʋNeJcuHȒ0`UƳ\'/!~_ncJp@̾BտkNo:vؕ_Xg'2Q[ކo:jPO6q7pN1t%=x!P^Buɏ_ոMPg1sؕD-@RE¸Ɏ}7;@ۭs_Io7J(ت}&$7F&,ǧA9_N?AyV)-M}X&vI_&mfrb+Lh֊(fw~1"nxDwOĤ^a̤b>'n&*JGw*9!lZw8@.yItͼ5Yğ?p,;H2HuoMX+*HʋޮɎp1C;b_s٫&&Nµ2dҔ@rpQ5V_VR/<J	~~rϲ8AP?5(3y77٨ܼr#V^lNOHi}CIhRc;U
mL\JUBER7*ɻEZVˁܻgݎZȵwHǢ_?v,²i's>LnŦ6AA~7ݡ)QL;a'P$4ba\9~RH"f:Ċ֣uA5t3́w5
*k}wpOOcns}iܷ" ^ޥ?5~Bf#Kŧԉfյ;K\jP}_iV^@ӫҾ|PY]<ʛ`]>Fpf}X
vЈݎj`
O~Zހ1HF_Kޒ7#UצzcXBv;nȟ`ny#9ZWmW|Ӵ2/͒_y|kB*|K{ڢ:n^oˍ`)Fx:1ٜ3K]*_c>taWnvMfzOn]b/Ve'szƦ٢hͩ+ 
b¶>CMW3Ѭ=őKARa	KLYGp\[hcWQQpFlEFN~uCKfE*{nvnLLL)Q1_gKߢNPÐ$ޤ|$ [`\;C-ۧ=(	d;ĹuZɀQ\;ל)?]ʣR]ӒFhw"OԬ|=a9nϾ5;'ݼ5Oo֞v lBsY6>^5|,TgҔ(h6pY܎dI~o`$20VZZac>	Hմe-ذ{oa&#x=~0Т6ȘR>Ѧ#,X
\PJˋчu1$+Vw*TR9 r?0X@w3aPb0X_EG{g7Bܣf!h:+.v,\K8ɛxeܨ;`A#sXp^K*JQ[XVz:2eҐ|5&ѺN.K3@;=d&~V<j0Ɵl1Eߐ	_&AqZظ^pRìs`|~;;gEڰZ,1l>oȫG(ތrGR;ʔc<@v%(h'dɈxͬkN(Sl^f\-S;j)zFI*xzFvڽנ$od%Cs`uYE<=y^OhQ`?^Aؽ|YgbIX:,ҏ:f0<A*	_??7ȨNl{(ȠP_OI#(OέNϏWc9hwZKhc#F¿k&Ą`Q
v	ŉʜ:C}>	p?:&ǵU+Z3bP+vJ3xƣ:-)C$e4xyܶ@ؙ-
oEH}Sx4&GjFA,!Y^%kčM*IHJq;ZW
%v^^u$
^مJQc`fUR#@Eɐ@YӉϐ4G8r
qWͥ?d1d!losR76ڦ82ZVhk"||RFkM18<o\ȀWdVJjhqV}̺ړ)Ǣ6A0H֛z5<)FC%l(TǟЗ',z`?Y	b/ߧi:+rXxv֊KS_N\p,UjhùAlJwPB*7M4tş.=Tӊ)"):#(5K֎ۂ.3,*H'(ӠTŞ2 yuҁۭiݥy`5\dnIЃaҿ/`N\u{T,n\@vPЈ_̒UJ:NBjyƸ|sabJ][+p;nJKǠZC5Z$Nv/IuReubc3P}VNGPgOiL6f	^f}إ{[E5.v&4&ic5n~SS) 0^rHV$yk*qj)n2.נ*09
C/ȗD/Όݭ	?xmp:@6X}Q
HƤ4|Vґ,h'0Z>D5
׶Eb:=L%JȢ<02ScRp^{HʴPĘ?q޸9ěP9Z 	eZhΗLjrFdrsQ*Jf1mҦv{ӄΊxVuٿpw06uدE2&~yCCJ4tgBPQ6w(o|'9+3
l0tjI~/Bҟ').ι3EnҪgHE*8(g3gn+`POЮa4Qн2W:P_[zR"3a*EWf5h{@?[>[ۭqԎ'X|r_ 2E}G^͒1VFѓ<`
]D$g	
֥КDnnͼNա7Ի۱/bE{e*³zy!ƩK*nZbL*o7FOtmH/3:Lz>H"՞[ur%N@ѷP!7j/\DP1l|ʂ)і7F B|Aso9]9|9sqAjOX^˰o%&
rȥv	ٗ/hGHِ1\x#$ܚNMP2m(Ovׇ
ѿuMV1ֱ۱˒>ҏD5\QqmKU0
8޽O/s1Ɵd	9CC^f)ȍP40=C'iԬ^rQ!lcE"Tx'"eg<i^#rF./l:G,]*PT`Aqƻ!d߇u>_5٪R0Y̻fj"s<Xp3	j΂~Q֊unɬGVtVVʳyv&h+|Sj_-0030dtN?ߊTʯµÞxr[U0\-_sهnmP5fݜu> k\C?XjcR
ћ9L&҆f`uAJ{jP`<#+F:J-/{"z*f ;&S4S%SG/a@otSj|˻ޞv~pBaI@{r-APhT!ZQ=uO[J0HÚYce҆$aKF1AbpwDt4*hrb4?x;P8Zwp&ÀIYysHxKd&ޢ0s21Ϣe"<D
_&JI}{k}4k%j_>н5&-60P5'`[^n#xK%Ϯk_0'oĦWׂ53=ryd*6ݬ<(w+#d՜ٕpU\
:؛ZRJP[]a۬ªw MT7ԶXGsžQI<͙;>*!˂!b#H/b!P/E7$q\U-%@ު̎с+$,,*6I9%̕].ZjJlqi,yFFqdzTClOWR0ɮϭy,>M/ƊZ^Ea,m̻0F]"3Rj!CnM&lC1FCܒǇjpTڨW$ԳΟ'}ȈRVs%2ڿ&[F˨NoZa7xJ;-@6|aOF,,=T1]mDPkO0$4td0`-٪+K$"V?գ%ɈѤQC
΄bmc@[%n{D/[rlp^%h8Lk]ȋӵC-cUL5UMٖf9¢R]A/'nkWW6j2i /|I_jA@]~3A, W*P3X@8^[u-ǣǞ2?TE,֖{$:R΋fM<}y|NrxM0HIn F(ճQP9`bvje1nŦX6űE&w$ūOvu>apO	mu5ɮP̢0q]֘}'Џiu e!O__<ǐ]IGkUÐ|EvxB1Mv6OrC|ֱ'MʬU4[$%13&Q}-;4#$eUKCЛUwv+|qLv?]ݭFֈ56f9vt]d(ӎZ`˭?{&EkV-6̞?
שC[tKTE%'+CֳEv a@ύY
TД$2D	N9<x֒s]	z)٦"ho*"ƴ9E-/PAkELyk.mS^>JDC73+ɸF&gXtс{[X5zldj޴7ao 1C$ jIcw}piV[}Y܄*$B;cT{^-m:|sb"Uhg.KUa˭TץaU-ܹǂX=<|L7Suma<X}s77)&`ۆJc#)˝ILƾK.X&':ä&l` ȹ)h߿'r%uk˄ɷ@If8O) 1DcdҶnq
ƀu9eHIk̡2#z=bq:*]4JprB|.UaՊ\V'(1DfױR?	%F^;Dػl^w?TW|tF&\b{?}fף֧]̱DrߑjsJ$lD~އIE{SeQT̓Mȿc-!
)@mXPv.V>3pf_ڔh[$sE$ª%e7!%oso.зaSՀ^I!|ݙi384Ϡ%ȩHO&C`~~d yuє}LWqWJz~8I3-6u2ڸl&;2=%U6RKi_w,e{Į{ɄMȀ)10Ql?/ʰkaXAԃVӨЖٙ*AK-͏ۡ8{11$"޻]UNQ6cKu:fN^r#߰Iٌp-e޾,u:rr5ƷxJ$nqBF`
UKV7X]I38Qe?B:Yɨ GϛYbcSoAEKvYB9*/R71rV0{9b*Fn؛p˧`;nطrĆh+X®Ybbsnh&.ephw HS|z
ش=ݫ<{I;Ƣ,7ܹ;+7sԍij̿Wl<ϖDCkI\fRFmj^n&JMֳӪ]tDa{͐?"NV;.&E6[>8E	!
_`ƌWq4ӣԝb+ՌSDSQ%&T׃@d_ƻJ>h9:"=@k;?px|̰"ƮTդ0ʻt{ȧbhV^O:8܊9IW,%ָwɮf:+.aOP"fWFZqK{ 	IƮ<f(k%DМĶxƕ1gRہ8ifbBiasg\T$1ȵi|Pa s)|PH4#IjtԽD"k!92?[YP80^eXw g"Q,y..z֟6ޠMZ)UYUO˒W>Y>'+|.$v/޽ݵrcOՊv9Isn{c 2fmހ5ܡA
ؙ[Q^,@(,)qfSZz]
-ϯ3Nͅ	̳0ed_C:uoCg{Hn=Tc>xM!#jO'Rr9PjQh'àɳ,nϷ6\ 3^ˮ<ˤ[1\1*'OIPW;Ԉpqm~kkIƐ?cFy̲qx;܈p~[]'Ƹŀ0<Ձ{vD]|CPGӌ5V)َsc0ObZYH0cI?[r)ɏD}Smv%`]'L'0T&pSe9/B:Ťj]E:ohފSGi5O^Y=q15G)]}v8Qm;jk*K&Dеd7CF6ԯuJa0Se/$})ʵ2U
E=ͷxJ}bPN=|.MA^cY FľL.tfMlcwr9PcůFw׏dLh5yhֺHuIE+ocnMb|9)cvwܲͨw8`]G2-g<pFtGscדҳ+IN`j&y;	 *Jң3VRF{kuf$j-{OU5؏JT8tؑdQLrɒiY2n`>B:'!P~oc(	h~BxKڴ;d{XNmAYTw~X^OD|2O;rxN;m`UFH[YnO'$xMeʁ\5G|G3PRǀ4G7a	qbYa>X!w֛ɵ9^Pks~7z[!W6Ox8Y>P6AVivzf^14ȑèC#/8#sPEHaZ/e_ô>iP1fВh=<@jּf;@x}(ӆ9M>Ĝ9ʅN'LS#!C[ոifBwj8lg4zVQ}0_zu(Jyӯ)A
[7Qn\]nqJC(2#</Nis(VԱ2XZ\7 -{H7RW(%A/fE-
ېP5r$k"ަuQg;[]]aȬ*MGkaWhxU!-Ŭ+l;T<yy܌>̔?}O!`Hs3z"j>qə-{K]uJ@="gVy/|Qξ2_1}ܕѢeu[(9{HI֗a
į}qCͱVd>b$׾@dѧ|q{}c[sw!Bn˿{pW/țUdJB0ÜTǼo:ت;ҹ<ywY_'*axWv/ze>'MЎ@S8CͤkS8͍."w&.ΒI8A<5@0@d:i^q afҊOy%	w&ØҌ/Ȣ0cۅԐKBFLP[\BKOxN>oT[3G5(F`JݵvGigZr06	p];#ۛ*{/\gXcuÀ+i0N5&'"HhnLs.QLF4Մ)T[Dj%$ڈԟҝ%w;>MP
f.y/Fȴy$^!oּƴ)JLTӰw}59z:iԲsvvU5GU>Kx4gh,cӫGe!;?|Mͷ$	/5do%sXbͳ!FoerTRnWQ2o7n	q4..öRRhE%Ի)ē:vD=r#	z-XlߘjEOrUז޷{z}[yBN{]Cc=?ԑcg8ݔDJ5ЕcNjy-Td[-WU/#(
'y֔GgZzOJH?)|LSc"y.g޲Z#!|ecJ,(Λ'|F?1HɖpUj*ڴ!&OtS\V́pRܿJ94J'8nT[i^\§36D;hy@-¦Iz*Ws:6f`Rc=Q9slM3a7L!lHdTase	ɭ_vBtK޲XWRh+%Lя.SI0uAr5/0>jTR[{([y3`#f:ʩrzK0{ӷ`%Cl31gXѿ7lY2^Dΰ)"\OPԆ'y&?auq
(
W3D=ԖZV=ѥHܳIϊEas2WDf؏/_jdЩʘ_0Y7csUe1dЛQ)c
(-U@r[^1DU#Ây!q
a_OE`b0Y-E>3ފ3ݣAqq|=\Ed4cq}vװݥIc	r#lH4as*ܮDd@$J/ Izb\۽s
Wlߗߋ|?u=nj%u^>1^!';{JˎvԔ82n5mF}y|auzYto	۱5|}T*ڮ+˘&?I /)"jW:F:[uhϤ4fǁM&rpkasC--B1z;~GYgNm(&p6_D8@*k[J'xoY
Id$OfT&,-;t?^g|ڙYk;`XƹkEA~3h,ү*mE^Lߡwuj!!&78@#,R|?ҏz`/`F<۵`UQ"1!یFrX9z.gdDҷ^#/hzD!H !ךNXQڀ
ĦZ,daZw\
qJ1@crЏ7jHZXݭʕG1[J<ZIA(y2ѷq/( 'F<j-,?UGk߱A}nZUBc
o#ߪ_[3I\R>i@ј3|ǣ36nÝdϽR?jvui\QˤIYb4/F'#$ˁV	#SS^F46#9hjEAЉ,`ڎk'8h|C|[.1AɇҺTp]~ŸyT!T+>`UG>ǖy!DiA7'RwīFo!ʔxg(ͅY"$JHg҆nQMK#֥hL-NWm~aCm%5t˺jXPɄAj٨/E	B$ٞ0!̄a7<qXe]l>@sml!ITYQh?ey#W5,R\,23j=Ҁ #tQ\2c޺K<fb)1? ,l.*.S]R/9`zMڲ9ŽP^]q)SeJ {6 ;W'6Qޗ-H@&p3]{kwJ@&P̙vj_M2еCt%>af?xeN4$շ Nv{7U7[~%~I<D|gjUރxm_a&(rs50KJfJ΅z'M^DFܸT7[2L&/չ7t_[WrCH˽=R4iwHOqϥ3:]6tK݉:my|]oڥ2yRi%.БPտ{oUdfEA%AZܫ9LupZ 8.q=2
K(eȕ*apqqmYIkN9kˀvէPoryr:BWu'OK>Bt*m; 9C;Vz{_ߐeڏߦiHH0cΫ٢q%uQDۃR|W ǝ-Rfqϊ@Wo(:E"<.jܲ.f0kQk>zmEΧ"!4~	%z"`Ehc@n05&:YÛbyPT3cu^#SKKmxÒF[RjäF}_Q\'{t[/F?tWLc-˾J%v[qFMV4d.
^w2oxF
y @xjzFʒYWVο^0%^ |ϓJ8m w#֣
Ce#pvUlҿ߀bh8ц`Gz%GZ9%W%WoJlgj®0Iwh͢]SbпLW^!aNZ̞,qW	`Y&{Ojw:v-v}<uxE,}H"NػD~GIBVxB~Kܛ/^;ʦ{,qmp p0.
ԛ"cYBO82AvԲ6h*7فZmAWxج(w9l=`6߶<8ζ&wiij]'S)<Lȩ,؟y>e;kF?-SzŶ,0g.ծL1`ؽN3T?_p@>Z'L?ѧMX;]	\Z=uSxMģ
`SP./ˢ:{B^ʸjܦ8{o(F	ą,fِD@!.[0i,DՄG70zCBݾxu;^EKn@?:^i_ZԪJm|0pcmS[M4/ۀǽ)mũerK9Ps}X{tw;v`hX%x\
NmIW/
 Zׁi-:_
8@;`Grn$1vnnk*CZn7^a[r!T/'VƸΟXtהm<=}رƢ>x.q|=FŴy}]AfYd  Єig'q?P3Q[hu]top2i2sǊ#\FF
&;N[/<bEA\Qmd|.;	5zP:GV'=ВъBFl$YE>Q{Ix?+;93;k*>q,0[&/߀8Z/-6:md!	RNJZۋʇNm3q?;ր+zG^6xi]^~H>D&$+t7<G͑,jcT^ԣțfjvdѤdgE8Kҍɱ@5II/E\$ފ1bXk_80FLdγ;[*B,#)ԡ:I\>Ӱ!.Y7&nsPGͰ^Nʂ1Ǵ >)ɫJw!;U9
~`S%Z	]`e$K|mDaR%	Η@uqX@&ztջrg=<ܪ^pȭVH:ڞ;
kg.HK]dG5=A1[?~؇}_E1sk)!j%Wr%=$

M?K]B/eZW|6.wl(Ԧ'?7`n5uHgNYjz[R]:M_X-GEq+s0m2s{tƊ4v"J~q$nDqv?ܶ9:z$(a o_.K>i ّ#͐fѸX]-FSe-9t3%&QσWG1	;^Y<vǇv/VA\'o9ƈk>"V{d@0T!Mՙ;t2-ܼo57_s0
PʈՖ\=F"Vg(.\4Cddp̙յ
e;6׾lBrO@l	رukK#p0!sDM0S;xYq	1O`vr&#!WO8Kc/S{$<twk~ĵm͗b+ҏHԼܥ<%qǦ7Pӕkmp^߅X>׃q_[QjL1Tʙ7)zH0vXҵyZյ}8	fc9܃92E?}CqbsY3Dp"ӕy)Kdɇi[µh}$O3ߵ`#xC|4ˎ'ĕ$e6wXjB՘"߼"r0ϯ\1AF	cˈHćROlZM.`[u~4'(maԾ0*7#_+\Vo=9ʍS5!V.7T:=8A&aeϖ3J:-H4Z0ʢw(86ݐa:۽o3?Z_=Ѷf4vJ\$ͷڗud]^^Rڒ_hveZ5۷%AC{Y7bTD|#P)\KBշ֝$7
Ơ	yK݆M?u#ʏƮlν_<Z8vzd}ծ ,M˪n>y-"O^UT$@g16hEHT0
@~n"bB|'R0=?
/{WnMXMc.=!/8[~zDXߟV;"drzTҕ51MM<eFԞ9l6)֓%!iXO#{NFh}2̈́\dzϒү3ݰSڶK&&*ʱ><=<Y[}7J{Rκh`H['uw8Pc'.T0Y}q!8(	
L$ȇǪeEŚBӁf1#YYfvƛXp5=L7)KbQ׵;`ίŬae?Ƴ\g6tuVg:s ׬܏NԜHۤ:v7L%QSlƇTzֶN2IgfwFBv<Rt8JLTJWCjhϲǾΐש!Čȉbve6ÇK$ro>.k[Jj"gEsI	;Fz)9y'onIJ2	MW2x.ؔw8j&lxw:}_5$i.)"r#
m<mHRs
hz*s#"$xDaRU2p$KȚauSZGgoJht^ٗo[0wǮh13?"yKο-bkHpHX[:që-F"zB.˶|g!,n4ۭ.̲؛{3eI:VtE:3]ڄ*Y;kC)Hۮ߉~wpg%%dOD}cf^W1(
/>f}N܍BjƊTA،R)gQeFCC{YHXO}&qHX(1#_ǹF$i':U[uv)p9EzrjJ)AVěSM[$͏0cQle4=NїERl6GwGpuӍL|ѝ,Ŵ\ЭG8zЂֻqmLݡd3pa}ulY)qмuԯVPW&S֕*P֌(*6GP<XٞF%Oms*nzf0Dni+O<y=D(Gȗ+իBmKc܋.YmsT5ݤRT5"ޝϲL]Lv]>A۪/JU$jQqC'Q\DI]|Xee<gaP{m:ѩ"
oƲK)vM+r׆84PDy3I|тMbx3Ԣ($}	ߟp$q)5BXٸWepͱ/|Æ#tQKJZ7-{2KF˒x=o][49qobU/L߈G9!5(נ9g?ɑHj{m ٮ7gZܒeZ{.)ҹԆacy!ĝN%4ѧ͠AM5OYHoZva/i@g/A%1('a[(=.εF ?eߠeZa2߉ZI8B3=W-e#sģj-λO.OsbF 80nAUxtVnS"$ʍ/˓}VFvT"YbCwp36Ί@ȤLoP,Bس8u+Y&msڗ!6Yޘ&fYY}h}j+IedN:FgR^=jYüXIڷg8ՁbrM<zyOQf|oaH-*.54΋saEՅ:@r0mSIˎѴz3 -Pvz-m_<E,ej7غ&J
Mzg4=ʓo;ȒRc%n93BTԒڨ5	[6WPV|e[w<*+%BPd*ڨɜ@νwwXuhfbKAָșDy9ʜjY;f׉qJH?	zq[ElhԲp*0Bu00`b4ˌ`0_UoápɻJxёb;lҰMͫ\@@֫}3w5gy:ּ5]!>N֓_U0>|bx=LhƩU,`v?#eMx;+O`qSɃ2qMA6j?>>	#x$R$G $"yq<yNr_yk?ߌa =lMdq#lZ8HIFO'Km[)ؘ|֫7Gvij#,"HPo/snO׹yH}k;[6H6ƻfCٰ+R2rð.w{|/[*C/LFx-nQ]O>0\ǝtܶ
Q͡iP~|h$;%ՖI;'qȓWo!xeZDx͈OPr@Dؙ޿3X&_ȖWOQDTYd|=q/	z2X4!f '^I$Ǿ*<wD}@o7H0V+_Qҳ,Ӄ9́<H@e?MIH0(Ƀ8&vU3=Wo:elˆ0sfr3i>*Iaf¥ $˵&\s\ĉδֿ]vt	]fޒV/zWŎ(\XvrͣfP7V:JHQd6=bӇlWSJ2ј97pѦHdR!}Jm\:M Mη"S/1+v*ȟ֜s,NOFlrʊN>n,[.8]+nԿbPj9sBi;4uV'Iug
{CJ(f׳G
m"sZs.oYӔ}h{yXhS|'grvNOfͱEXlN2gו6¹Ǎ<)7 <&QǴǼ"o'0ؤ.rSv(st\ѯǠœhO-o$G4۸>V('2
_k\\NL
5yCVJɔ~85T#6/_00¸*&uo}|PZŽ̂WAFSchؒɶ wqZL3NĊ5Iķ(%lPF($k(HŋQBHƷ"uv*p9zwn92ǔh,l,
u}bhaʈ yP{Iޮ	$[ՋN%aq5lښi$^K\BcD7bQL=IM<|ݷv^.#Z*˳ύ{|XǥRT[:UwA(+dR]vۋZDO)@ȤVLӞDh}PS ɸ'4m+0IgOǐ$	z;;[~M."set*ɦ	I`)%}jڨʫtҗqn֎3tSWWڵ?5Ho]66/]O1KD'5qRҒlˠ`=Xi(Sl!¢?naWgնo?&&:?Ȱ݀ofi:&fNw|e?QǐXGh#1~rS#0MFYY]Vlջ
L?_#bL:ŃL˖#Nrm3Eht1|$ցl~Ʈ@sg	`Ve{=Il(,6:-`uݔR5]dCц6en4wz	0/xn׾Z|=j	μc@Ӫ|mZ<2HwiŦۥ6q"JƩg,5t1:hcH7Ți2/KZܢ6RՓa;*>}7a8n/9(=*y?ޖ0T',[HZ1DvmV$١DR]Tn޸m\Ȩv$-]Q`ګHshfhy$KM}}YI޷JsTYUxo&{b)\6
,ӘNU-o8%igIgqӆX,nm2ԄOÁX<0sޣ)[D2aPIy90U}_:E}nR=//ѭivNo16$>' m$}2F`P=lx88дfzHLy`܁*9ǥNb#-	8oCTv E*Jk0qNߥʀ"BP')=3}$$Yn2tBć,
/χNr/Ҙ$Ta؝VKuU;hwS67,*oe6jf%x,V0y auhZ7tҧ1ceR̖pHRՀխ-8sр.{IGG_Sfڎ/W	!՗*0g'՘EpW|%ZVEřGxi=ĿyĨx^Z\[Jk§x}J	*<CUZxzͦXd%AP3׀Jmr%3GϤ8XzH4(ȑ&+<gPF{j9kj@siԠg~PH)a[,(Ȝ#Xܚ$dM׍V5܁xv݋f[+?*1rk\ɰKPkt%dLI,ףɑz?:bfӜxV'Z|v؁gHA 5R<оԑS?w(&P\;:rI_0Zqz$`Qzz0Nw`gAB8`(}[k:Q:SVJABBY&5nK?ƬU(Voي\=a\
]o/"p7m;)s 
ţ#b(pz|̤8mʝĞR#7
JņΛJX+`ґ:=J<XCzK`U~!Õ,79Ƚ.lKY.)30\.u@&'m-'ҬĲ/%4k ^!L
	YaL޺^۷jeI~ݢֲq>#/݁!ˀͦsnS*9 ʿÏ=zm]dˏN?[^Yo7qHŧ0զthqGkD0<Lx4wV$!KLp1j=ؼ(m# 4ĺP;V0p&1[~»ʼU[r6u'j$_;̐[0/@Ú6=UӔj;95P3Vpܚ6
ڇnAڰg;dJ3pF8/ȢTu	tIy
E5ļnL\ed?`|/T)nRɂ&#mfүKQu_T_rz7{.K܎Z`J+t^&9²9@.TxǬϨIҎrȍ!4G}mƖ1B	=nC-¥`JJ,\ǮLjCzոqTqG/}5/(8Aޤ<y+7_g8ޗPx*Ruޢ.2y3b;jաT!-β}ɲ"RmYUؓp.3"ZխӦsFӐ]+֝w-ol#5G4+@f3@,CQĴNmx/g*]>F`G-zW-lGNm%FГʅ`!=?HgAeuE#muQ@6xZA`j̶x+f	?CRX[Ml=?u΍v(>?>\͍
}$K%I:Ìt/&wc&(ڲ7>sPt\YK6[BŎ,jw/0Y^(׫xYayo~kn:J-kfZΕeҸBuэE:`	؝ԃx9
"X`jkQOـЃkx:L7%&yě͎63D,RPTVΡۚY-]LCVWҦ^3X5*uHYZ,]{c;2y*e=Dnz'rLc0Lԭەbܶšc\ם#NjnopzЌޜuFН˟f(\$BIJD̘şHOmxjӬ^cBΎnԼzT7i2^HS˝[V.`NX6hP3sNѥܘZ|P,^+4(ύ~$K±O%iDC.w19BNeLUNfÉϨѧqòؘަa?e.]1'i?it.{%c0zְ# FC.$%VM9;ѦbʳoX48Iݕ%JU`hGi0\6ZNb1O>ċץՖXSJקZ}J5v.,R<#(w^݉(#yh֬O	՜J`ˋ3zS[`Uq0GiaOOo߆3G*|wS{Y:KL Z:Ӻnْّ%ZUnÒsXkCĳcLzNj(]τIŢK7t[lxIݎ3b}"pwDVu{#MBԦMk\q%SQ5ٔfI;2^zLƼTU1<*CfzrrɗB6 ~3hʞ[}R_~-!uIѱF˹g1ezf&VyOC:2+(b ܛF+t°fv'z`ZdP\T@7kA<UGMKouHduI.π#>HՉ["/7:z, iȪR\'XӈӋCT~96жܕ!8ȶfH|F4d0$u>V"cee	*P!yͻrn/YBZEƠTaM7[s!"fՃ[06j*v)m`ҋQDLPtO'NK9gۓ,j>=4I'/QPW6nF	g-FG_?D8&sYA}p}fUg$,_>ސnׂu؀V[%^Ɯ{|/!BzĔՏ%?d5Yf{, joC*M>V$'Ŷ*lZp-mƽbL/+ʿmC"
{.mZJrPV'#?
@CS(!]AϩtVd,b"R΂O{2^z>z}~#/xYl7pqsl,e,i$Ov/MsbG8A0[tI.rwtXTqzXtלp|0;ըklw_6ƌ)Hd4K@:#6̝]_w;pxmЬ|Q'Waxf?%>#E6^~t{-lW5U]6av;G][JPN;3ADvpn:Ͷj
5=џx-\OsׯasR4/Q0
9Mۙo*JEH\q0alÊāӛ6'k4/>DC?nDX[d:WR_\KkuΨnZ2>aԖ@ݎLPk&a<2f `YJUzrH<s@ݶe!̆L*f2ȓVڧX"i[EսZ'1uUDE4NCx%  uاěLcPG)>2֪ՌjڠbkdKzj˸B*R_8nV@11rSzz*@A&}$ӶrY%YbHM5Zqܵ̑ʸU=Jȱe
i=UفAݨ[ܨEcJ|\Iΰ=V/6KC_qv_@uU|M><;s;jn|x-(/?֤^+xlk,z&^L5Q*erf&յ,ښ5ͩ`1c<ۮcDHK~-1С]bg"P-pt?`Բ}Ԉ
W:Rݯorkr5/uU`*E	jGRyuBxȆt`p!MzR\wڶy2\cCxtv|LЄ^pُԡ<9]|t~މ4rUî&ƾ˕}J=>zc̒ZHPۖ95~>iiN!DW04Xrl*߹xdƧY*&3h`	aN%iφccSkܰe=`v*; 7M*bx ^:&!Jك5-ǒ'Tw95toaBhKwb[­TawKtO)Ul5&2ƏWx8>M83Q^=Io7d˷;iL7:,){gd9'ٟ]+]˃8\
5)%'e@݈XxF~Xk{|3{	 iFhrld@^I{W-e4(V
nMBH3=?zVf?S8=3LǞRZMCFb{%a
s:t־iv\c?t=vvA҅VOA,&Yń'>Kج!y#q`ux;#4+|/8Ô۾mŮ"ύ5I>Pߔª5z9˰-{0t1?.ԢL
Gɡ$yhH7^lO
܅ʫw%y,<!@La*0޷s~~N	[y`9 $Qڄb8U^0rl"ńf;nU$~T2^Toh#Pq`?s9J7J\bj_M:ɿeT&Gm#
 6Е;yir˖=݂ .0=<d8IUݧjZ?ҏG<:^U9vWN5	ئn˻zP}uTwr,YҖY^>nt%]u.2Px6*];asBI'4Q|b("vCC[GތW	<~ru{'7Ziأ\v!0\ޘ"#]߱^Hhs,u7([mQx|R/ֈM2`DgvmDӃ-&nG1Sh(`D[ϓ1|Jua;r*jY04%՟:֕WbsTsIK0y,{`U49^. ޱ*,h:ܮlS\c~hk	dqrI\9\Uia~x82xvdr.R0rP|W\r^xa6LQھ/WҘK`u>BepEC]Us#4A!˦(i>U+W>B+P?SD{Ґ$`RЁ4ZSf`
x*~wWn'|Ba,ōc|@5xL2d@9!x<Z4=_$Z%>J9n/a31<Ҕhͬ3<I]6y՝ߴ(bEۄ]oD֧Fn%9.wapފߑwMXؠ)SϏ"/:۱ػ=ҴB(FQ~brZQN5cAvKڍ;<ZתƀtԨ:b|	dIƨ$Jxbwvjޗ'm)ֈ-EgUTxsFȰnS}}hTݘ<:CJ3!7ΥiH|خ{6ݴv'F4S,[~er0w2ư1^Qǧw{w8;GeBeeYй4R;ʃ;/"`X?s=J%ЄHRi`*MN8%ҡ>7q*p >!$`V+#!nd7a{uV7pʰPU4MKV?r[hZ6X4*SWlzɉT=NŶ6ęy49a7%Q+=/EtG͖2VLbMѬ2G}Z8 E7TLZZ("N͉{
QM]$EPu5A|-z}#IKxj.VY)M,n؟U Jh<PzST9ՕGz,2?ncL
exI#X	?C|æIׁ)Tj2Q#u&7Dc7	ͻ@Ǖ>2?>aH$2;CH.CƎ-{K{nIZc*e}y3˗8yhxݡDZAH7&Cªŗu[rxBBۏ	/P!'ūD
iؐuq
&N]gaͷ+N@EN%)J?أ/͐Qж؄O-A]/=9R8b5{b&PF1}[g4V3HJ@91O	Պ]l+r|Ç%@gڻ)b7H}A;Z@sŭǲvS֘ozxq/|%ggVtz{U>P%w~Fz#6Q.̈́RtXp*[ۉ:xHp!-WDڜJ8ExĄFѦeY`ڒ?&Td3/Ϙݚ)-m9;O?ѧ2MpDQΏ@]Ʋ+ZYENNSj2ͮ?CrFd,Ӻe$`k/ܦX_C[a_x'I!CӔZI)YXfvtz{s~@i5ηjWVk@ޔ^.%m!7XS1g~EW}++WZC N._͚n6;Dcim#؈
e˯b?XO\ ϦƞhDjeNo`nڿbm]
S n	4/d(\c3)=1־@P$cFvb}D^Duqt.~%"ЫEbԚLw~/0yk7=ʇb܀ޣ2pR'Ϥ)ЦM'P7-MD;`AdDXxޓsзzh<`EE\|1ΕCYzD8]?ٸVkԆɍG+U&IB\L؈<51LF,M|bЀ[]qPb|<Ebx֫0jzumXpo'ǯYə.x[Ȯ֢4-XG?+TPVV)ӒS$1(؆Ƒ=+zZ@Aǳ |ѺYGv~\1ldwKХƒc[1T	nJ_u&e[s}<RuiEؾ
,7߆%Im6Qw"OՌ6H "C4k+)Z+]v3Ҷ ?ƯDaMКU/qRDkDĥ}9![Sݓw''}-9SH(WPy$ȣoqW!S/<>ؙ̑|(TY{~dRXվmgG/Ǜ83r3un~[4oQbQ-%Ǆnp
5
ȹ H`؃`5ĤUŷ.rFSOzcR>@
GВaz*>W[+n`I;\|p%i]RPvkyĴ@ՙQL_UNeyQ"T׮9>#ՙǍAc5~ڰc@+I*zp؝ y""+qi XhD-ːYIL1U`>$}B,?fBTd4:v )AH`QйL";9XfX%	iA!:2HK'uҊ4!Hhg(%AVoQZQ[ǵ'(USg?iŌ4tQOުJit{Eo"(cǺ/C'uN5`9 g$8whH݁4)$qOF^~>QRj	KjT_Rh}jFA6C=jhz5Q'R2~+EHPS\$Ýf҅j"fc4RL7%{o$}%Yg!/P+(l$Oj~o13į\x09^\ZGtNX2dTk|pܿA=0iWx-Ȱi4>S0WiT"Knݾ@fq9r)SCHǫ3WZ[}UדԅPrD'Yש;Ln-&ךuQyM!>9%^8"^[_ epZQNuzߩoH<mW~8ʄcFCѷ)$~Ra׼ѡ3$r	1gUv!0sq8SCl(yӔ[א,{ܧKSiW^RZ\F0!!{d^dY_!k9ط!cC\e^rWw['4E7t16	yN2;@	0%qBnv;TZ5Y[EQ7aai7%`wCq ڂ!`XX>	w<}	)PSrțBٶE!N8#ܬM&:)t/<XTXNG+ND[״	_Nފ-37<P[DdLFׇ8~xι#gn!ה#6}@DӂT,˸IIYs.ύ;+c>$
82 	k8oyŜˌ)hWA0@k[+{	z[Fܰ]U#tk~bOٚܪ2;7cxIELV!` sVjc!Ϲ$`P~ǜy۰|^i}drpmLWPMs0B'h)(iܮ+9$C0d7FeTFf}|p`կD"׹_)3>TH{jqݏlc0rv$&pN/sM'x%RuһɴIaҺjq8~}.
;=,ijH[{7<'z#BL@^sٷȖ/}Pd^ĭj'fIn³nOW	}XQW_$5e[+1z\0]aɝDfEB܋3(M<8ILܘ
RR̰Aqbdkѽ#G>t3P`^x'*:ʂ0d~ԃlϾjv1֬EX7X?ʣ\!GK[BT̤Y{8ey3+[OOQ
>{X$	|A4ove/ј9	֌wVٌH^pOsc(7=@vuPȆ=ƌs:ГAcM5ANAtx@RlZV<EǾ7M5t:&</ʸ}tJ'e^zV=	{ʊS_5'E(7TGQ,dBr}2L1daʜ0&QTE+mpdMBk!BzatݟC="ƷQ|f[v`O1ypb.UW>qE`XS<R pTy79/?׉ENˁ$%FOgaܞ$+ӥmڟAۨP$PC%#ʥS0S?W|
3#]Z%>gՖr=cy)3:&)IYL{Nln3u&-zFد8ɦ*{AP
"ښ̸h9Me6ܵa{s.F`VLȃvvg3pTŶl<,UrՋ]N[CA;/[/<SčOxď?%.)bҷ`)?6xg/r\w߽kmAiv*s `m/qZ?*ju%2	arI("
hi).z<btXyLWפjQentG˟VJ/h^s@'Gu><oÍc߉Dj٢LrBe6aWQ<]E|{	Y3M/'^fױVCy^|4M*hrA "2<0=uh03AҍCl+~@˻R%+m`*J4;׿۔$k7]Xހ^b@LLIbl3ü\L+,a:p%	Ya}+X۱Uxg`HzT4V:dfUZb2!$z֓1Ҋ2R9..͑5mWhLPb<z4xҳMٔn`>zYsO7qLb&%KB3R}Uc,Gw%LkZ&[G,r> Y4MiPp6
Kv	ݫ'̷Hϲ_
9ОNa9NͻnYz,*,sfYηptuw:-ټWٝL
JxZK{	?f%eHx;{q|]e[tlFePxD?xZ!:KQJ)DĤ`a("Bw%@/-:ۤp :\0-&c+R.[YTү7Ciݒ΢W0?+Zy9xX²ʽ`vytÇ՟l.*ԬBտIIWFÜ6\N~)7H{`;ߓ6dߛ)׭||Q60ӷD.ۏZ:ʬ[2~%A_va>ձualc\h6ZwTyثNp}4GϪ908(]DD]6
7QE^60[߾hͯ9OV8űtV:|0ȠԄ{N=޾<C{w*,KҬF+KA%^T8u4iNnעgըR_qW_+uߐmD(`s>5)'o+ŇϺ;E3h(6UY[5cBA43
3!?yK(kY=#XAX=[}lH6U5ߖ؇>ZNʶϱn~i<L1
@$nѤL$	`OM"bnǿcQkl{~12b!ḓȇĪTrqRI2N|.Ʊ.U-ǰSAY"ԏt9&"jFu(9Rgx/Yh/S#WWˆc@JPb>fO-g2Vߟkd'x?<o$JW|4G6kG/4̕[K/uK=q@i9Ֆݣ2gNR-5%U,Ё0xpkuS~.xCVXf!9!~fR+#*	~r	S,|(!=AB޹q"=`^
؅k
|T]WZ;C%sck.`W'3%cR̦^5ݗ%Vd	oh0(Z%u@*:q/RHeuWy^Jٮ
n{: 7D&eYVگɿ`WRc\i%:F!ddJ*0\_K֣S$Rlda=ɞ{D>SlN't^\v,,5d`%|jnRYR#>)Bm+
׵mF~}D̽aΗ"Cga0.̌L
ʝl1'|Wu7y,CFn^5$_imN1nCc1.iTӉƾюxWmhu7Sjr*fّ[s*5l^3-3Bu.S6hT4+z9jđEI 0a$U>ϯ̅ȱoH@
CَigV4*<Ү΍a:uZRXvxaۖ+;<;wǔ
+p@(ň:L1{8H[¶&zŪV]^*Ћt\ņX6;amjQ_`W
C|mۙfZV."\݀GI˺0YccvǀXqYOlP*<D\	'?w8ɹRgJӍWD	u׾̽WH,	ށ:	SؓA.Ӓ_C~}5ULݵ[TO^
ȲIV)o"b#Ǎ`^q	O=b(wcDM=%6.ϒֵY4U?-՟Fu77DR{f3)kf[Lw/CF*oVrqvgyaDǸPLYJ =%_0oo۪+_Hawz $F~;ʘ>&$(-BLd&ԠvI:Ǌ'wQJxϿ-,cwЉ)!Q!Gt|
/t޼jJՊ-U[ oe~Lq+C(JuOF;a
tȲy>^v@3ɊϱÍ0hҒ9FR6FW$_kĲSeuH](^4x{jhܯ U_ͼ'd%C)Y-]WiO}TAQ5*W,ͪWlc*~&ׄQj!>zD:5;Hغɢ`[/VEܱl}ٱ̓%kqv?yCk>fv;UŅր\mǏsyE`4dB:ګMnfɗ5ѢmCc#ɜ.֯uWlM>RIgB[`Xʮ"YXf(N:.nf-,b,rôLɛZcx̫32^Y.11kύݓnFiލӋquEǵ{RvdѶτyi}B&ǁ7Jҥ4IdfčUUN&oK(W̖wbF݃6O?Σ^2b,iF-/Qf+tcG\3Ǳ,.tT<7Z=݀۹ P1R17)ÆZٌJ4p3+bؔݠc!EWaÞ<MuAXҒ}Fh`ˆC*(i|*ѿt6t"Jv7=LsԪDoD@	|nFEc_Zx~yFÏ,jғfIN88|/y6ޭJ]PyNr}ؙ61TԱvrз}k4e§ft4K۸u)t*e_DТz{o3O4.#ef^W
W~c1)ovLu"djϥoܯQwSʅԩۮwWΣ3,GM_@AGo,,uXʃfD&INc_%ߢ)4?F}8J{rlvs. |%|}״&\73-o!NNon"u3LE޸6rkzU$Dk9Uhh\nsq@{H=QɶըĿ׊M|S:|rl)/ލbu`F-&d$D.@<k,R$j؎n#ֆ)_TzICRe_52æ5\p7<)Պ5m?A&o# GĮ73sɱ`|pHɐbM'\|Ʈ{.Y'r^t-IQ'lfhy$30KېId[7PDs?aם@Ļ[Y32N_9B@Mac!ӛ;VŢkשjmة7#hSll^"u'ׁ^qx[y'׮wζ:+Yn8vlU5{\D8uHު\ݥEz`Vg7ԙZ.g"_\rl,@֔Z}ȹ&Sjr;+2h^!zl11_&0\NG=f{vb
h#l\$!V8_QQU<N@"ĂӸyjRɱtrR4F1[)J&IEb։8t2/sٌC@!KfPOw)T0zՋQxS|5*a!؇;<=~ܡ?Ib_0AD?hIܰɦԘCަ.,|:q)ժr->X@lɛ'QX]+ (t$YL|O}ehi,om$:=c0 x'`7A[-SƴKT;eM;;5K+íT@5Cfc,+OG04WrHԉd..+19_/),3]~ԋà`Nŝ9K-B>ϵEed%Pw77Wիd}?yO՞5=RXۑ}G>u&9-VPȮlZi'AnO#PrdIڈtt!;ڧ$t#af+*<$տGǯ̯Z8VbM@>k	`ܖQyYU x)ϳxkNϹNe\yZ"&q@sٰ}هNokgڧ
e}qH07_S@lL%7ɝC}8}ݬA2ʤP,*߫16Qc֖?^ty\DAzLɿDK-8#RFvMۙAΗA{&FLJ$C pA"FɖeCky5DKɽLg ?Tq  ҬklÈ2ΪX?yc8r܁Ì}ډ-ǸzisqI4FNMPPcypE_%T]+Fzڬw9KD}njn	F_K*r?ԭ̽?v6YԈ`|s>=9PvO;qbMzo6#8&<	dv	&2-L~4˰ǿ]ğR-^2CEwlY.TհF=ۉ˞T\v=$e{ϬC~m<0Ҭ"IНHSͦBS!3+sG_ԿǡvZsO?Ћsϡ'Bɥ53@]>"+Qzw߰/oa^zN͢3Wm߀S@<y:Vk2T)}'o̖w|l@S(9rOy1fȷγ*r.ťWqؔVR}rxoFn()dR,3;YW͑m;u{ʛ%cNƻ9M͍X4	w34Ԣ!֟k}
:aPǒYi]roƞ0WX']ˇڨ1+ܮmk'8u\4Wˤ]e-40^ŬJn:jOIwm68wm@8:	HOlgH6RS|Ȧ?ڠʘ޳_ԂA۫|tA<Y;^/DnWDV+{T{q:ܬocgK
=
qMP>	mFVQ"%UB!PRn&1-ǅ>˹rZȪ֜--98#AX
So'{	%'92!><Xr?RFGL(ny״sˡ2~urE{O.x,՝A(ɸ=N-6oGnf0]ۅ<H6ٚ֯LLtme"=DP3ު/Z.NڅVr*$"oy[^qff%ԃ(#Ro5ȱ?n]i?5Sˏ%GNrrެ(e`fwy+,zV.&>2^\0dA;5Ե|ݙHȌM*Ny"#3aVoQDEAA uyʪ%
ÂzӶ3c[3|'{OnɩC'][2Oz[
a10JV?.]J%\EqlѶ-_"Ռ.ͧmd,9sVkRY!ʿZ%%y.jW#HY:#'9Se4kgpG-J/B\0q%(ˠlzRڹŲ{{˟B?C؏9HTp;$GK@1hw-:#oH<јARK:R]>g('kv7pB=X\"]k/\ 
{-c~)8Q>JQ~;+~,/se,BŁ|Ֆ֙ Y@N}D)%\Fdw	m/Ϳ&;t,؁=kE*NԯB:tސMQ}Ic(u4OQ=h%:=pyiҐ#E;QMS3ţ%x8E0,܌K3(<D*.T3Zۦw:r^F ;kz
Sǁtsjjעɜ%VS	Eږ?$j?bGȍv?lvmaV!ǑݏfxX*Z5y(B A߱mfµl;YKYOa6:yRN;SL8h=zaudS`Iq/bɅ/?ƜX>5d*Ia0޴ >O3~vN`Ee.&t;/;i0&Htr!ẁ=$}'avKʽF%DߟјBػdxc\zvGޗMEGt/H;?v2hTfUJx6Wy;Ɇ`p}KYN~7B,ӑkaxfB8}Hj\<.{('>@gH=ߴdCۭi:~;xj`&zUCKM3#ly2AMu=òjf# Ms54Xq4nb[B%&ӸqF*U4ց$h`7iZUxܲ9{=@!(S7==آb<ʩ5ca4U.^AAdtnj7;,},هjaHMGCd	RM-)İ<ݴ;^[ږ2N5ćL`F"EӀ6֡)ub-'4tgC=+][ۺBCTMN*p hK1/P4}ӟgQSh:p^Y43Jp<
V`ThR(sKFm(VlM7	ˁb~//Ȩby݀s)=!Z;Y5єϒ9i{A
SwJl) =Ǌ9vXѿYyЎQs.U	ϕO<!`Ylmbݟ8InFJɞhJ/A΃ W_:ɈO>F;
{yOhJ]9kzo>-6~6˛,o24ߠqq/&)+;=٣jo/ƴ]ɮC@Ԕi9.tƋYRzZ@EOy}*$/F1[Br`&o"w*XSy܎FM/
stGӫ@<uj8jv3kcykKP^?[CXYc#&ZYܜPw'l*Kl^}ٖQTYywK	zDO7P(<ԤB3[cǍ/N)5MC]*ʳRЄx{b}!bRͭےӔ{l)wݔʲ³q\Е=#uĚƮ%LѱP7=vwt1`Qpϛ9h9,7LĹ@2tD7#q_C"S!vHNSqr]osD6(lpXibtuKu*ESh5!o\?q`[K0ObsBBOs+k6fFWxd&HKVMק5̉=*&v-w0:V\/Ybw "$ǯ}R@UCj	n}.?C0:$,ϨRiUzЫu!,q	I*)JkRD؇n]9[:KvH%E\RA?PpLlPWިy5R}S|yjԁәjl_	Ѭ7Ka7n3:+04!NrCgMQQ[P)^!ɿccޏOYTY<4m=nƦ+Eu/,{ށ~XeU[VؼUGsLHn}6UI##<yl
Em"46k
e-\INd?.I@	/eJm:*9:}nǲř^#O /$no?hq}yAK!w`j1±I=!ls7pT|P͚%}eɊhwx	F9/VU5­'+ݷ!p_jSްxdJ
VZOӇv,r}m޲W$NnCЊ* ƛP\~wXcMdJAަnTD5)Q)^a!^-V;q߁z2)!UDtgN5͕ ԴAq)и81|b7T1+j'7֙}$~*4I4_c_Fu5r1ݾ6fvUͥ{ևVeX_ŸG'=2ouٽ9kޚc726'(;=3ĴFՒ\n&ǔT^lyi8KtY{tQ	#+'QQ3ڋˑ@o	W+7nF)Cl,On33ޯExͣSU`k'	G;ؘzs[H:/$k՗>1sx!PsȬVvϟՑ~k91\yZ~P}V>(SW]&"HmBu`UY5DbIa^pVJgJ4:z7Z{,9IKE\AYv^߸ϣ%KsK
n9[-*1\ 'Cvq-[mNbƕX
$VXgZ1I/+5Lp<Az/a]ie:r|أ	ce
ʢB6ڱ,(,hX78uZEϑFnrK#ۅ
yĸ,	<jGޅVB|e"T#COO];+JeEͨT``%>GԱ$8eoO$"ѭK݋8k*Vq 	*7߶!TЅ$ˊ.&,m\u)O%wSn˭E|"ˣ'""":
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25082)))
