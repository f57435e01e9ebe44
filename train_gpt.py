import brotli
n=a=0;b=1
for c in r'''(x'O`3JÂ^Tk܉p`~cwmTShLܭ˓f>nǱTh- )`B3H.MN"LxhX׶S`IT>޸~(ʳhaW0Г]şs<\2۹+Ӱ0/l]jYe=bԿ_{Xْ$u(N]J0yް:F2HwRhېcѝ7Ѧbцț[1KxmN3|.`ҕ|ǮH] ('zuJUU6Pü޴a!wIuB
6`7_rdÍQ۲߫=kӞJŘ,vzr2NX \UFxg^f#%^VVxʸǒB~#ːOB>7DBĚӒ׷D	8i&dG^ٙAb&'8a<3&7seZ:!Du|zt;2ʿfBT~dR?$zPJqpj7&eq
Xj ``%׽KR*#v)"s	>)p݇֒7-Eܳ<]^[dlڿD֏YUr&'ڀy2J)j~v!|D6iCaJL_()~zXP&&|,$Z**[g#SJhr ?pqD/=	+7׺h%]E$ʶ2v~֬Aq0;E#kJb2ʩ3	ȲёB^>%	ȱ̡{/>ÕI4mԜ (9P0u()KN;gF[͠;UA\ĎinN؅)!=4ԩQW(6=9֡ͩ%ˮuҘ$}AGlrv4
4kd7s^ג%Ajn'kALSBha.6a&PߕK#g~ԓudΓտyQz5EAˆT,"@(|*0]*dP b݉=sRpfPureu#^1p`:(i'BM;Cspm Y;IV|1gv$ћNyIyʇ*yNPBcp,ۮwYL}:$T6AP?,T\SRZ0,Fst4^(	7(v<Fҳ'6Kbl\!NU|E5(q&By7"w·_cnմcѷ`;WĒ?sL@L)>:w1T+X;0TYa]g͊RC(Etcu}nœw
D0Bt_).>vܔc60*B͊p[(cv9_aە4͙eĚ7Ϥo"՝a&ƗSv|P=:? ~i<i^PPE2Aid-Sa5ūdµpvTCl	wǁqT,x \dNzy)@ũNe$;dS/[lFӌdi1PWvN/Ou<|CUK۬߫%SϫoC	!M<!ܽDn]jic],nʰajA+GjдMY]xԁ*AxHC+jCVB|لM=.ac:[c%w-®oȽjO}أV<ʜX{W1h*al=ml}'SW30?=I2X
bnV9Г",;8tߡe$ʫ"kV\e,Ԯ[^[/2| b;kj%c1GogLHL9p8ɓ7ĒðZýx/VƣLQz,g)ɢΠ%YcݻF3<Y%2o
~<aؼ%anY[` >QL6{kUX6<%܇K.}}ė(wa0*MW<ZNCV#!#HS8mW N=(mFɴJǟ43{(%A&$PyK$@PWҌ٧,}ggO'Ypؑњ0j̍Vxn>)Ƞ(\;-/x2͗NEe`G|ޘC72u&xNץުh$ڃt![ub/iSj",/JJd?#և_}oNOΖwmtYr6f}4w	IJ<p&mJؾF`A'e݃2Òf#]G)CQB٠ӳFߨןwe8EϜhØZ	M~ejF`߶|}\]\TtػLc/LnlQ˗p/!\<?qչX^ό|dh~zi(Haqua$mܩC-Ew1gqr]-AzIA6mxp
1=M~5uHk)>j)GC<phP'-E]1'jw}b,#}Xk	tMv=97)w_JUsڪSv˕C3TӶVzq;?a.ozL&mD٢bI171St.dٚ?֕uFϢ|"C֨>$E=8iٓ%3X+E@ȦZzqӕ5Ӿa"+.$	LOO[+I*zJIv6v_޼XQ,͞eFA|Wĩ]ӛ!BͲ/mͫ(!g.7O(>drVɞJSv(|:o'e\$S2%kچ:T|7~Dէ2n/=o;;[xcm~_$ʷ>p$Ѫ2Cfq1hɈ=dEgU(@ppMjr?Jwep_)K]"Pab 	#LpuϞ"TMHK(l5B@$rϭթ_̝ȽIynHP;{/n'9oPj8u.mÜRJiL3.hBŹszҢYnH.Ƌv^6l.1\π֝w!{cr ת Hp%5w0b%x640bkQnxh-I~0l݂Tgf"BvZ͚QR{7va<߃N&iCƙYaP_|4<Ҳ
h9ZFIɰ^BΡocYս&3jy*$KPrn}[aqR|aԝ1Q,y]L/]!nLssȥEg9%[~#<sX7{"''L*K}v{IjndCF7zەċ&iiHРܩځ[C\$_ua"eN+!ۚ.uXqD͸"?*7Cԏj'a>d4YP+$hgfDŕA	A[
$QjTb^0V˽pRn|U8sպTA?bVҤ$ny-d1::`z@"܇n;ʬĹ"V8l-^Zپ4BӓRޙ3ڹ/!kW"θ0w04y}׹5xkw:vʠ`oӆg}1C>uoؙ^`K.M!6ľkNΟǅf5uBӵf%@}˛#aNLћDp{Ǩ:1#	}H$k;TfFpAmԤBa7I:'̸EMБBեٍB%$okd)\	pYBiTUo]2uNcB39H+٬a-cNԝ{X.߯0C8\I}H&x&EH܈z%~w$ݖ<f?ƅaϢݱ-Tv=@[Ghul\R3K0;](vפdΆTcO2[X#?ѶW0k)9KnqlgRݯ)8jdܫN|WQ#3Đ7gW<L<rԺep,-*Eqg;+:7sT@گ5RJ$l-H:-;ܔaKkӺ#;LhSS>_>הO5n!T1!!/MH8$ի`52ߞ>
@ުr_91Spz}NnO3y:u_-QЌ<ϗQW"9<n@L^MiFЍGiTߤ,?kȞ5϶.eنhD~#jN5|H1E/%oin,/-oO.hP*=ə̫8КMض1v8[cf.F;Bj1u-&vgֶ-,:)Jk{Z&:{vmeީPT0q6eT.|j&TJT)laE3j/OVZ~cum:]BS0 wH7g-e.T}/6ZlU
|1vw:CހlOYBԪO;Ȑ|#z95kbyf}	uHǗr1(0=jbWgKۚҶk 9>3sC7ʌdQ/2[+W(7T.BT_NZ1H]׃'U4v;|_p|V+#idw

VJۀvpP޲EK	4N2߭C
'2&9vJ̹JQWB,7cVxL͠{r@)E5tD0wqb9qVRrP1B.%tػGgR<ָZ0N6QN'0ܝb96OՕ'5h̵$ܰj2@ʞ[цact^4)n)V֓lb@ƗKlp|M"FΚ6On`Woi,va>0æēiҧU&`͊A:Cn3MmĬpqݷiarP}ĘIdfYI!O&LgY\ZӋn_To3*\~GKKNcxXݣ$~wzPα/'~]݀Y5jLUCw-Ep VyvoW0E@c߷yHFjnғv9@s<e*][R`7fIrcק Segoˆ\{V+q߯CnhVcݡk&AQr~BƱy[8Oi@5WÑ6ܧu2Fkΐ43lO#Gנ?
31i"ݣ;æ1 \n*tz	^_}c@"sė%uZȆwҗO2)sZpBA`H?km4W~G1+A!IDhku+XE<bQĐ6Д֖<dbUC-ab4Zo(m0f<}T*Riq\ԙ
ܐ*fYƕ1pp-4g/?w E-"Aܞ7bNI0>(ڹu0`6 &Ci{	x0g=9Z_7O3@%Z;gbEkZ2G;.`yٵuYn( *.Ω[ZvؓQ>D}z&!Ckbkq1L)[e4ˣG9[;0d3ޛ.V:#EhnwmƄuoCR,f:AF';b@8	߲\bWvbZ5ͩ>Hb9~"KTzVZOÆp%Ҍ*v]x$كh@ANnH.elbQ7Jpr/wLQaj9"X	˝4<> gR8etٷ0ܫ17ӔDfޣFzNL%*7OQN^ܺkQxLdيA^ǧFUEza6x+4k5%5\>*x5^:T+X75:Brޡ:%Y&Lu?ݝnFPWuɬǠ6p24Vǯ=6}ɪxh3S}:3nփ;PUN'-cKg%	<L@NfAТ˦ft08d!ǂקN@I[_G_z'?0+9٦ؐB4T"]D̀FmzЗ,;e,T$$@f_Ɔd4"16
'8P|!;ĘЬ<Jv,r&8@қiFo]V=r72cX~&o"ʒX$љ=Wѯ u2s;vni^CNLDEJQ"?EWpf'LGT{W<y|TDn]?)}<ρ:צGcl_rxczdvt|\Q9Y'5Ý!WxHJTNH`0:rF3dL˾2?[v@6+pLiQYzϖݍr[8K9ouߐGɍF,aS&'in)zMϲ5٘0ʮ5pwk[*%FlFaՅ-oSÚ_6j=z>?ܨV+(: 1&m@(۵~ӍxM`Us~9]b&3|:
5Qqմf,;mWM&~	E6,sXU?Jz_:Ȏ&{XJ<߄!r>JP&%86~ygQ#}ig!m+ARC
JI^mj6);j+τbv<8"0\41ޯHԷ3|N]s0gt#S2GWE+-۪C)QGgTr$G+9L}c{w=|dw݀N)S>aS7HYvq_9ZRЫ!~}V
o1|I!g//|X(=@-:"wPbͻ
:X(ݶllýahU3;t,B!2>Xk[$}+$i@FVz4 d&/9m[f@ڄeJw"ƛqrtESɠp)O`0?++V/@Ya׬oKV/8%tsF[MqD*]5x+$n2H^:ԊXv?I#R('"˫'ZCZ%miwR+cF%<{Ɩc=p˶hpf*˼_$#ۗFK@.Ӎ@3ˣ[[Xxdkl,n׉%kЩOUlˮ-Ok5gY6v=2)T-Ny >;"WOUe,wq8fWr9J6xUɄ7G\XpzF~|C~Xw.a_Ֆ#_)t<5ڪ`LԙƎpDQ@jzPw؉JZ{}OTNY35Yk_1^gĕ
^lD!G<jcP0Z}E/5!*~&hZ]Qا\D=[aZ<`.v	Yt>Dt1BM{=
_WjܶmَBI2l߬s@O8*EL,XV}6y͵c=oÎN
ҤZג;!id9.XKӐ)̓L40.,:SdeIվșpn)9p&+,*jةkԂwyJ"ЀXKoL=2]$"6D!GbS<}F$-b!JA(ȱ<b[w<8B~qrLzv;@KQ9/k˖ǉ6/ؽʙ5aSMǶ1bf7V<KD`;30ʻC-g:>5#i{uO7΁<nL]&(^a/?mX$fZӧb)q9!@U

¥	By{]۰/C/ET<	xKrbo,D2WŁΫ'_KQ$ia:m<ĺͰ	˂IڏQ'cg ڷ6%.q'u5\y[	Af[f={=
X-(LE36	r'.L	
9fEwaSl٪bZ$ӬڛH՚PhWgo510uؒ'hspkBYd\,B
у-tE~|b_
RsJ	v3nD2{Iީ8p0/zf.uYbI.[Z)fQnέO^صIx^4 &SUyvA~>|nzhe^zzP.L7kEOh.5ʔgcRl`hP"g W#hh|	rD}qAdE!jXy<ZGj1#h	eao6@iݖz]h=_l3f-pW|AkARҊ`ڛkr/{ٱ.5'=bC+|͎()n	d"dW/Ć3|av?	_0$H׏nr[gu@nw[3i$WB|N(R$d3O&lDp֓Ljxov2-CXjG=?׼ߩ_QKtQL0cm/gpnɑ%#͓#Ps	OȆ^8nwYص>OH%K҂\ltfĴDΉm/e;ūCSA>payV_	lhBf?/3c*+B]/l
rֺO0kl/^ˀ1-˭+4^) NCUx^L4.344l;Yܨ-tJur yS_;"ulDvtچ
((]ߴVD}ĩKذF"/X%tIera̬;tM>R<%s,JּlӼ@cT.fh'Wc]-׼1Nh
'-#"QEJ:c{OüDfk4^W9޳>.pG$%vKD7jV(!SU[ԉ_SY{+?DD,ɁxInu@)oEMʁ(EZ+zHua/>Dwo#e[ڪѬAǮߛ¨Ϣtbs?djՆM}Y9}ܺ1QnG8I51ݵ\K5R{$Iۘ$Ԟ mKwȵJPηFPò!jA{J.hT={ϥ}ŤvKɃ`$$ي<6ձH8"Ö3;4TG%&!ViY߬/l&՘7!]rGk	A4+%oq+{'DE7Ɉ#vu?"W*դYx'^ո`iEƅ8&{&	ڻ%l3^51ށ~ww"f4W5v%&rv'*э;3/U@77ry݅tx5UӖ&LɘyǗV<HAM 
Bńk"Q5nKO7Ǜ`HBh{>fRFb4N<'azf;Ooɇ$ŻSEף/1!-\(U%\6DA!Ȭn,PCFY\>r?G		߹4̗[ۭA[Z͡WIcߏhIYA!ђTl&԰y;<z)aͲ%&)܀m+	vGx%̋LGʚTb]&ɶmqlؠWȟ{(-zzCkLC;u/aZ)?v.~T%5Ɏjцġû^ݏ-η755'r4qXِ8<9lP5VQ#X"$WbVqmPǻ׳|D+lDǭjawY_ַg:7A,B$=dT!IYh8ìNZZ8nՓ֎ڌUbFFmirP,n@4Ѕ*N'c9{X5gFRF+նM~&'a˖.=gټp+4*wDQS7 h|t˚8#oxӏ*<_mzca	4%ɇTŘIWhH	QV3ظ"VPM<RX6Ϙ9sڵ֙6Ow"Zqsoǂ:h2˖9k}5hqYBYQ7^6_L~I=<gIC!W;J7ao*
b,Jrwx ۑ0éuș7^TS]׆Ȋ(i/Wބ	%3=wΡuBRspoF/?"+͝/h8#dCҋV8o{{7"T	W6"s$5Fm@1yƁma~G82Agڝ+NH֮OۮVbIfR! a=H>b3XȴV%m'r?iqˤ4ǉdyC^:"&\KQua
cɺ6-?r2A;k[+3-:{6PAvy	ūr't1[َmfrePEjG^uHb4oU}jΉ.Ld;!Cl5#o\?-ߓ+Vs{BVS	^~^_sc(=_6v`5OR\*(;~Իөx$?Hp"]ިfAFΕZiڧ&,x`z"ݧMIX?k-k?ߛڬcr/"ׇȕ9=xQ<V|&jb=l:av24ySuG!dADf0FvUG*VA"ǞƽwFNs	VU+Ɨ&ԁlUc>vh702ɲƍHtkK5<02|WJ-PҶµ'ZhFAsv]Zdz4@ŚÏgL7Ӭ$E:B&li75Aٜ@(oETnp`>	ЙH0A9]K5()xn_c82`PbzJ	̖ѷ&(&P\`V6DrդfO4ݩ
D	B:sH&[+Ư<f9gN`-SvQsZ"(G۔4|:MO&:B&%#ιl^(r+6ROSnRwaAI3+|%[&̌cD|DQ-Й/',kXVWߙTYVhCzE@.j<&iB/Mt[n*C:8'1"*]E~q1ЃJ#p,Aj&ɵ4$\!Ѵ2:
y^n+e+FgJ=QAQW%I)C aH@Č:(Eoπu=Tk0Z݈0}ٓHךlMWU<|*$E=sKu}T
GQF
&v=UNJôTDlُD
ng[1*+j0/IcRof:0xTV1џtQlIVc'C07,i;{B0JPv6YȱLd`ol\
MIɊyF7]êYQנ۝C+;@\3*?KbCOoD$H\GGRݲ:|b<
a>ӮB`H!I8gy%u\ZJ|d "fidR(a#6T3ٽxvɊ>je2rbj9K;S_ۛ.T۽HT!h)xtTǝEdOYt|zmHêܷx֤ϾOfk~pEF"DKwӗ@
RL4	J,PzsQAn_!je};;(##"L(yDEQ0*	kΗWWcנ}nY/j	hzUb6p<Vx߻/WU<Fi֐
bG]m޿މGWʙskyɹ	`\*IޮNMY*H
ː,Jv8U^iԨ{tnڙZ$(!tܵ"%r)BOȗˍlxVz<C5R8[Ŏ:9A+1Ķw_
qͣkTԲݲI{TB|x5YÂ7R@pϛH/@h.˲Sz'oʱ|<z.onZbZwס~@T+oVʦЊM2cg@o\̠fRĬ3F_~4uʸf}mpӠ{\S,QS-A;%Q)<~?f? Ġ[C9!KPeĕZ?߂NFI<Ko$sE1sVOޕdx]T@ʬ(JPT{@ZoӇy&6Hg3Vq&x#nƶ+d1 Uƭ;2[˨!;r"I6Pƙ>߶iLAШ"wF~FD:(>z|	= W
{ZR{uU.^~CV3EGZjyoѭ3EFl}¹D a9ˣ\F
?koB we>xm>:ix3p{ۻ+,1@$?SF[gFl#LRnn%j#δO<T#ݺށXh<OʈT^2ˣĔݧ}K@K,z2mZҡD*)Z.Rn]a݉~`\\^">EgȻݭ#\`%[Ӭ`5!tuк7Ҷ4a~v9a>\{f<9nilZu(GKoCFD$v۾F[{ȩmjØJ[>(8$0eY/q+#au>YE;]tQt_SaBoww3ڪ;nc`Tly_ 2HD|004ɖKWp`H;`|x!Ӯ_SoQ؏Х,1<_BhگDWp@G?A?؇)<9t[-PWuN&544iuC	SFQcto-sޑ
"װ|Xv7sM.|VFz %1$݅D	͊^`ZRTtx-ٸQM*,s9qQm//M#hs*#`'|ٜ+gAJL$Ggtۦ̵b"Uܵۿg2W &IYJK$Ԅ9ۮ6]1+r3ѓibw[*ϝ?F7#`h.'qfEh%Krg.}רsHs޼mՙ׏<+\"Ԛu:؂-.+FXFJJܝ_^eȦnR3BsP+aѱϾk&1oˣ(ڃNN3x)0aha"WHswI̪ٳ̔ճGA+F99v_l$=BcB-ݹ@״H$Z>//Ď+7L8М\	UG	_`ɡ6oΑ2JZ0`fr,6R
 oI0
6 MSoȥ<
f@	>y׼A[v:@WQӟC~<AW+·~̄m\|Vz4+lz)0uJ[G w27{{]tdbה}IE$)ȂTb6Fв.]tƸЕRwlU1AP/|5MԂoۨe؄g$+85<d|ԊݺKQ0 	/q֌}{UDjN)iBp_Ktp1 :[}S'żq=a:y>'lx/F̐ˢّ:KnW 9BVu`ĠH (VduyJِMErveQwvУ $b3X7$Y@tEʔUݳ85N`d|'SK{z-66dH>eV9Ɛ3)@E~ڗNR(W,؊v;ۂ̔-tI}Լ::D(uțfff`?JӵS&v ]'iȌrºБq@5|jkF~[xtu3Ց%M$ӂUeEW՗̵{|	a|t|(K56Yǎ']'@gܲ	neHf~ngB4^2x7˩,w5ب.ߝ֦A{͘{`ZwDaظH?SF3@'!q"lN/<-rgDl=ܔ<Hm{.HW˞|8w~j7mp/u\^CbۋpB|Q%Q'v[DET-<0s`2xc[`*%E$QFRˇ]ǁs[-ԗbа\3sťwֽ~Ǩ`[wؿ"[Eґw%ĩuKm2;΅l4	+R˪yۑEyZJuܺXHI`IŠ'P0xxϦ ~)#9ӥ;HD
.1ʢ̢U<fm5+TL<pM5UPpJqwngQ0xZd
ڕ]%ߕz>%TuVtkG;;Ǟ[8.٤5/,a#9ω{I0U1|1S`!7&	nz߷BCh[ɵq.F~_+Qy."+|]H(lC])'t ϱT[^cfQj:'BZ?3	{Hdw-q.kz+hOg9yB7Oxk--qȩ]
j'}1:/Q3w-NP(OL;*/X|NKQj7>.$(@%xabYBDIgsbgBŠK2?̵Uq0CBw'ک*L<Vg.xhߏmJMB])YsAw&ǌ	4~)hm;7$>aZ@OBn$1%NH  Ȅ2(s2J
0@{5_%dgɑ%w4HhN2e]|޸|zKi8{p*~DW[4N1f_F.!sdѾp1uQ=Q"D܍hdu}֗xGS-';,VTƂҏ>CTEkwn-CJR	$._]ɸ@) /5eI.'5gtٰٜWEU<zߐcl!);2Cnaq'^N,3[1"4({s˝'WЮFQ,d2u%9afBvrfJoW`ghZ.CfN<WZȭ̆^{ѮlWW!9#\C:JVm0կ CϜ2ZV҆d{az1:fc4~cêުƊ͟m"W{QYFKg$="nɌ?w[&Z	"i/`2?VU.HH G!'Gx\ͦ3[pLY[vHbBd̸ˋG)SGSds]ewhK-s~[1In;j;QI']	ҟH6vX1̸wO5Ƙ?lOhU	Wϰ4\i7#a	AN4i9XkEm}~җ|v`8_XSΰ:]y\ϼި^:l0ƭo-`į#-IX<sKS$cdѦfw#J׸u,r
F:ߕlƭ
_G%*krBqxWPpz	עtOoʎz@tWv3EFB>N\0|.M:7ͦS9g1}|E\v,ITa"Usm>/&%D_dOxseSe"Q|R>դafLlڶ{~*/KfW&xc4BT_uf[\3/ϔ%L9X,{kRm,#cȇn?}jb;XUs~3GVq-yeIEx'u
RstN~j"{%<bk´܋8%vE9{4f;8JO>dtCvWȖîy?IM.jkȄ	ϼמͨ.Eޒ˪3fCn>x:e6b~`sI׶SSʛ2γC@^'N:/%QnÔ_]*IUZ	ou@Lb{бW](z29Pc?9%5(/ߕÃvR`fgʦB[^y:Ϣ>z@Qb}L"Ȉτ;`6Җ]lP^F:^ě4zގK&cX*F]K@rziF[c:GڴTJD	WZ.=rr@/Ʒ'r[-pT42A0"ÿXrx49^f\{ư͎X*t[ّy[}xu%$PF?*һmWՇxp{wsBω:j~1n?TT
Y؜ns__/U@1ЖCH¹ІMESx#`t̩0mhIL}Tm?_ٳ6ȝt7%y>E
)dւF.}SUL;qpZ7E+$,Wܧťh3d`Y\es7g3a7{WڅLޢoÓUu:K@I$֨*F}^I*uuwIno;C}4]@^rR;ZzE3uPsȶ[{P0(]63!rc@
3U!=YA:*UO:[rrݱlʵ98[~nWp*]EpW7SAkGffP/߽ȅE*7nM}CYrqcI7"Nԕ_[g"yB:ecӿî	?B!bE8FdsJ/pjK?:ߔ<[:>ߝUz%=K`e7et	L߫rXqʜhP0jeq+CMWd0ĩd~t^?E#h]3=CO-̏~?qԸm]+޼$#qՓt_wϮޟFM>;=.d.D'=}w5=2K-	T^$2'h:`r}s5yʌ\NJ8:a#OPzV_YPҮz	oҨu˻Gt;Ԕ_8pIU~gb7^p=!9e%B"tIIh gEX T&1B*hm"L&&n٬$Dx+3j?7ȋ	RǞاJ22ԙE-ykقC`T%4_Jߗ<mnz{y,ڳ&sv^V}S
4q!j{*qR8Dyݚb9@ږ~EOl':nַhU̡XWT;#i3s܁hgwC,lګ`TSǍi	U	?Y4v~aD5VX^]@Wk}%2Pwq_QTZtԍ%{e/$LzfG
]<?tղnԂ٘;;\rߖ:ҿ]Q<|؝T'}DdT2lMy`iEAs&2ׅ}U#ZgF^:(+a(զ(A7(tŋl;+pƷh^.d^zǗ<)$n3V~}7ϸLd|,
3]*\U`+4(TlSXD^'+$i0M	6cJ	ݼc*>Bpӳjc1|H{M5ˣ]*ܴKNl;`D4PګsgTn{V4{OmFt<߭R8Ǩѭ̭RJ@w0I.ˈ8ȵH\i	[S5IbMt.zrGJL<Ԓьg֗r0C2xY"̵X5&Jp~hTײD'J$_U\݁T"2H5$|4cl?,#G"{J,βeFMyY۲'T*CԙnQ.Ƴ=ƒ3MV#m5<<UKԫh7+w~#!uY_=AsMbݲ~fB>H:>P?FWF`Ck1]eͬ6a^<p2&gFDpq>ےr/ɲ5d=#t٠
Ī˱K?[t0f:h"]5{mQ:'>4^8.T8nսFiӘwC<:H\y&a0#{w*m<g_{==2Ʀm4it^zd/4ة߰~Ψv1:ɟP{))ͮ5.>-˹Ĝe؅?ʱAٌE:T`^Mѷ/j×6DB3ʬl`
HΡKxL̨رҎ	U2@8	n^kv.}3GLqfu*Ƚ9П>#Yd>9dzf( qH*C81ԯ֧0,>vh?ɥeUP^l_ms)w:ɱ\b14A&+6gTmKp=ْeCԢa9j#ϱN{myCAp7Jܿɹ1;,'ȳж<qViNԿބXsI*mfv/?+NrEתk;&`ޜ=
x.ZFyah^f3|¯	ɀb+A6!T4]&L7y+Ϝae.6ܲ5>&6	P2β#ɉvQHӌۆ;bϔ$U2S`.Z:CIpӶf[\sQmG
ܩwuʽF2j^ѾtLɤ|d"϶MC)ƾKCE?xU#"צz5qF+-H'iҺ78}oF~NI7ɞ;XpB5c*YsQ1P˪^uh+;F|@P9)}6&BVMHb#D6.Ζ}_2ˈ\&9Mb}nYr#Xzvf܌L?$;Yx#hԟ[mȇ2X$VQͣHKS?SF?z??$%zpO|2z|R=$.±N",DtNjX4ƈh&{"Bi\s_t/u?u\d>\@ط_z;uVlz1%as$R?:"".Ď,HݿMd
@ip`[rŨo{;u5A	eK8łΛΧN܂"N<pʡk&Jm',\5`BƸQ7r72æɃ5Z`^52u@U!%i#C(|H	f]j/|tR,XI]olĳC0U's%%3bE[%kO72?1sEF7o8ހ|lْ}hLV.8w,uС[F4/%fނ2hE8H6%<I$[s*~άRi3?~KV,\g=87TŪ>2g
ȠО7&^+uYE9D,P,ܘk7g
n$"c\&#oʛ]086lP;W$ECNOڕfqa]C=Eх9\81g,&.Q]eÍtȮOK;q:s?y4C L-_nk{o~Ϝ[J1CyGq':?`b|gD'(zRuЂdvvz20tQiQUwTHÆۋ>
^+=ѾMUe߈UC%÷(r)%. mu 4جyp˧׮h~޶27?ɄDŋEErVC,Vhx~u>H-2,ƀYVLA]Ƕ!fƖ_7BWwd?iāʖ8gQ|#ija7{=b8kNuLuFkFST}m}kkLmgs_(Y[	"ܯX"v`&&iЌLN`ʚ'soؘoG5މ%N33pٰn2Ak&F_s(``e
v!$:>K@@	U%h׬ɋ[vW\-4qAsf5h",+D0/F8{^h7)c޳a{[o1Q=Xh)!=c\Ѵtk@FBǓ!ջ}\x]Y0/-)9}~75Kʃ6]lzw͏Űzȹ1O[I0}@[vg"Կ~(

UMWпBHݺ^֋ȆҖ@Գ	dt#ie/H"(ub˸{|LM*iٴM8̴;U1shx(_@&3ǵhտ[ȻPj߁}aMg7?pǢ_UkKױ:G׃|^#+W&oȹ>Ca]o9H	'T~܈t[~{}.8٭֓f2Y8ԕjBg:k$EVOsB1LE;wLmQțqXECs,Ⱥ`]rQ>2̆MF>+0qHbƟtp	@bg0BBw{'"q~Ȓ~<s[d795%Ԏ_T{UIxش>V'=i64$XϏ@9\̍+Bvwsư( H=#4wu2(As0hϢ}e_CaՎzI:89i7\<"I?XB6/<0Y&O[̷ip;ePSo<lfTj&I|GïLBsBib26'+?kȋ1npmUP"J`|!Aˑ ~ep7&m7M345r¥rڹ!6EFM),/I͸	!I{&%1ǈ[ĬKjU{?4׆wLNSoY>ʡйD6VŁh]Ʃ?͢MLy7ƆΤEQZjx.`>9?i%n!I.a?~YڼRVWR&Kffr|LK8yޭusuƉG/lXdCبކ
,7^J*Ҙ&DnP3]'v60'T#x؉`;܍ZԪCǬOqsV/
ntج0qz:z=:"ٍx:J8bi~Bu:k@cEyg(Sӧ\ WťǾ|Yb\xR]ISC̍J[,*cTWrMn4S9ϻs2ګʄ.+Ы}N]*͟[b9D,ֈsͳɕl}W2Ofs{i\g 2y#KTH`kf2Nъj*KeGnȬ-=~z:.	%n]<KL¶؇/տU[^u?&dIRAz~1*ۄy$g4nA62 Q۷r>vo	w֤h87M	ɚOǉzv2{gd"	zxX`2וA0j1 W?܄Ou4!\=ٸ!8`[R̒hTHdJa/@QIʃ[iRHߥiѪZ 3ϷD+-0D&JK7nmyX6e
L&fَ#murDT]Do5gM/#Ns0rZůϰcl0q;	tǛQ7 Iڕҹֲ$Ƒ'bSV+<4~&̓	ȉTv):Y\NvȀǷXOM.hG_R8U4M[6 3i2{$L4""1d"*'PtFϱ=ifFmGRʜCoXfѵ3iQu\ڑ-"=ؿI{KIՋEtpݜ/+q]%FnYmݡ.S13h>(TT82]'R!ZREݟk|&
A]Cy"I&eqE4={rߓ>~@B'mʨqߘ2pLU!I۹^ۮO\4:BWO4ݜ	{ŴzBnK*'m[_![^j0DԱlf1R[{0ckY~PIPlaKF4>nv/'}40XE#5}:ڲ}ݜ7r[J.v)ǰQٗm*Jxut)&Se\A@$[/d4afDP/R[}c'}*!(?)Q|?p[z}n?2XC;$f[-Q|%k<^Zn>|QS3igC/3#xQ34ϯF(WOD [Գlg,p̆u0RsskR\h#Uڐܬ\݆oɢlP0l	ǎbb܆ 6OXlJ`{y\3۱_ڑ)KJT٦d	,j0~+̢ Aл5vGK͓Gֺ<cm'5Li?߅[jCOQb8iRy\<1O	T~Bz_7̘b_A?ɿIp;eB`!q;&V5׷6+؟u./İyvQ#Ն(EP}	Ro+RE.ͽIM6ыW݌'ra_͵'Tooc	'rt,h%IjUm|_ }â0]A	F>:\?sL:>.ԉkCؖ'pk/nWc؂tbMxɍӆi>HWU -,RbjK]^"Nƒx	ܴwѻ\ӯjR9[:	@[ej_ls}t6M@<!lܶɴv Hjy]pT٘|yGrZzʻ:P4*69o8U`Uiy'c3"w۞ܪ=s1B5Bjp*fAvT׎`kkï	ѡ5cb97v{tJS>ԅ].$Sk@,Έ/sY|T'|(&_4h3j|Z_=9Kݠڅ#1cT^w%Qh{=?dCz|8Eg 5ew:	ǒ5pf͞KݯK=kgd!&õNIG25_<γEyS̆HU	ȖD۟7R[FKrZ
oUĎ1n""j(587>@:34Fgө4%> XvAKN!UKZgR%Z]p7pt#jç܍f*}ʜӒ^:ϛ9^È ҍYSA
I$F	?Q	^:c'/%zՄüҕ23]qG2C81
$	=	NQ3>="! ״+#0+(h :˺݇cs[1>idV'&֚m%^5F%0mz_<P+R)MH(R=/P%r",5*36uؙTДgLAG$QmƐC8/[HiK5P߾gBڎ_"++HEJx@r?עGw]:kNu8_Z"NJ\DS^B6!߂Cܻ7A+n20p35&&vޱ&`Jy<6+Sh*U6[Ĩ&ǳc/=
aAoL4$wnE;/2ë)mky|ٳ+CZBW5:>9KN\ϵZ-%վz1aAǸ0/ފ3DEx$BF9rXc(ܦ*kd'>̣fN^^gƞn
͠[
ߠl#`@?auS<A@R}؟y^yx]:iQIivr:	-lhsBޯ3jdCzpT1'h(Cqf!ŌzsQ%şR__\ M{nE[á4$e4Z%aS9vvoYǔ^N#7ßlgȈ/ƷMx^o |Ogj<H;]<vq\n޳^4+$έ%f!˘]t=os
e#24)gy{OL8u.&RifI	I6t1ti@
ZnXRy!@"U;E}E\ƜN9HIzD98&Kk/ij$Bnr\;[ݛV<
>.}j2!z^8&r;}<Ýط mY$yT# aX"(H;#O2#XأUs[4]N0*UW1(#=)'5fqlb-LߔL"?CRZg9ڛ|ǠY:Z·fďz*R2ڱAŨ+xU?^w~5I	hfXiP\3m7P{lQltWo#(t$sϼPrn!59_u~in7[%ηExu4,fA{@nF̢lTև:D\m/H2KTr|e?Y-E8yq"#͙uF.pob+qy[)'[hȇku8ȹao$q:tͬx(gz,Ԇ1eC-Ytї,Գd$ *nȺ&#U(NpC/ZQv`glĹŤLHP~wPW8ZPuZrpL[i@ڄˁۛs%Ms.:,8*h@Lccw38YZmuD4ɗGI֢_v)Vv\x\"&zޮ``8^%vԇvQFl;PvMSv)u^zwsQmC)gFPp2۝h,۴	_@XĮƧm,u1ƁQ=
T%s`Ք
A4,, l\ևdߊ#IۓOLͪoF=8[Nn+,k.ٽ@3ƿcAܭқӉ:~y"VD .m3W`;yQ+Q144tma]˪&je7vʍ08$rɝk٧Pmb?`_?o f@xQǝ{vDY%Vg$ l(Y%iH:JֈrHC9"ʏWl?u/ckyD*wS6ˀ<x5(tA)wb̘ɣJW>+?_ѹ{;sD[7^tl	wqs@E,#a?G׵NV+,2d<I^0z/Mنֱ_Jy;]f^EyyzݷDQl$#nP_tg3m6'Nh+Gs}5ZoiYN1cAP՟WMiKKǻWSaH([_K^vhok(<ȪZ(4*/	j@;ԻzwdT>jxy2gׄ>=ޙˠ%*Lkلq7$H*gcV$AXۘL_gK!:Fkc`92W<4};U
e[pC7z|'Fܧ&ڷ2ʿ)?9FŜtGΏ֨Cf#`uyq28Mp fA9iň:Gi~iwVQP`ABx]s @W"ТWod@tHܦ!\%=@W6E%E<."opʚֽ6?iޛрyE!/icqH$β aΤHYI!Q׳\;v\|	9ONS(|^ʰ՝ǂ̮1:T)/˰EnũzqJbXW[r_С?TF<e{ gnT#;YpyGS9є.rMie\vř~a|6ڊNon!t߉uA8#eV`1K=<#֜b:LBѶrvf@*͵ѮW
ư]b31]6aMuw0xIISv#{rݏe5ھ;44bZ?-Uգ͉M\"mpXǈ`"zհ-!@KG;+1l*BCy5h=p/fpHvfU> wIX*cCLҺ>yWty[KyV|Oϖ)Y_-?qz!ut'[o"mLgHثgh@լUR-cőw{Zͼez¼EGj[PV[k4;f
1U(*تJ$3__DH߄:My0
^h_~"-
Т8c.)qKGU7#POOLyŮ
Z5haSHw<[cMwR\QBL `#N"NImK9_оևva#ţī$F8ނ<=20o>dɢ0M>t]xE)1٧d$a=ÙF<8z!.fyxrY|yl'	޷̗mXF4 Ü2\j#`5OO?Д@P~O.O c\R]sy84Ԯ^ͥne8g&f,?RƩ<A`z1UE"]@œufvοGO7DPz3sZz<F.m8Nܶpe*+^loY&rʗ,i)jtM[<wjΟtP!eilJM->kܩeOyv9\HۻۅӭT\4w+VeM!$?5=AHQ=nfp#0ej.p}`UT٢=p:еd-ʦד%bW̗Ic_k,C)''XҊGK%Z~[Ĕ>oȌq'Bf3XM^@tfEo=Od4 '/C[Hxm(T?I,sڮRFܡIVSJQ"vJ|DŁ"Cf{.kMv߽	/XbM^Lˣ}cCՑ`I=<wUKR0òDEۮf?XƩxnEf߽9A`c#BRy7a"3]Ͱ~[RR"AԲ9"?lة͙#HƉCIبz
S!z1<SRVX1b2cIV"v&cOǙccNY~s<ƺ»ٱq<դj3ўiY}14$`Ъ_9tgsM	'w0ĤtfݙOē8Yt
ITܒXYwQլbjpTGpȝ{EVYLPdܿ<PwYBh\ٖe^_k
tEx`&)7*޻qhձ:Ke/Ś9ɳ
L+\u.*UDFv֕7yI] *qjWԅURN+E1F>gGeq13H$q2v0~$fJxBjJl*y7DF(z\~0seδu
4"WǪ2e	W+[v)gFąK;\,͎n[ϳǲ"Ш<F~w|H^:¡<9òX`rtyHE"W;[XO4<8\|r.iH zϖ8zqKz[/эPu\`Fth`nݍrj<ݔ9[ԑvנO)JU7yiqϲ1G?1Bh*Љ|ƐzJӯwtw;3)uJl&LMR$=IK`~dDI[*+d<ȜQ`d¾*B`RxLBψr\"7`;\3#>Չ%U8.,^/=\9ŴeD&Vˇ:~ϿqT~i#rX:o4̒"Y֭D2_V8t>VAd(`Zcɂj3/a|;XثH\Ul9/΂Q#<&&ʇ	sJd5{םQ'ڍ`/{$?-[En1.j.9Q>cN|.Inl.B:3SSrpçשrk2XZD9%*zp`DׯtUbR5HI?.EB`s:TxE͹W<J!n9JUWPoe_1c޲΀:39t&UsitWD\7"һfĴmR69uˣj; ]&gS>!+uy̖ܹƱih2̉'Җ(.RZxzGa+F4B
?"TrFǬM#!~OwpxV
A_Rά\<ۙUmkbj=cĜ~mS*/߿r*=*vukrKr	[FYzƤ?bqcӤۘD]2^Ühujg@@Bʲۏ_{ݩfo_E?!	>(J|z,vWܽ*dVr/,%®l$pqWNX"Y|!FVW.z0HKD@{f5IAd' !/K:áe?a%.x$lV׉,iZY?Ho/nr{˷jn%JKF<)ؐX`-/}O_zé>	Ch]Êy)ΪazA݈1!C}
#\C[H7)7gkޠ9#Pc<ˮl_Í8=v
|qh|1[T^ L6đŢF1utA>Ň*rd8~

F¶Ky5"$m	4egb<S3Gu̪8AD$XIڸ /rtQQQ^k؂ypB*%`";W׺V>ֆ~0JxHCĔ[<`5֣L.GQ{*F=yNuƟ"L,ŒǱ:Au/ߣP5Jz<9#{ejf̇:
bbز)lٙULaM`a{zy]'ԎZݮr@U_oQanÔMVlCaҞ@ٔҒ4hUȉWcTj\w`/՟bC	kZo C G4	Ɖi+h9ؼz%q^
sR6iz\kǂW7M$DVXLeQ_؎1q/Ųt¯=mk9و*gԊN QIqe[$¾61[T8Z{`F|mӗ(0߆,U!4ۘ[Pp@eV}ڋJ.uG_ANޚ+őtđʏ9Z!׭?1-8h-pZʽ,(-K;ԡrVe}silQh5bbMֵgco&Z_D8-pz8[Jb*¹DR޸85'x}'X	9$Xz0G3ěGGgӡZ:DHδ8\FަO~-jS1OxjLVj^y-@c*3U+@Ē(|5q Ξ4̃ːB6IJiոY.ڥ.AѴfǫ>7;`uέ7?`LY
T@a<eE[Zɯ{Ojf^}ېڧ..{a\9FԨ>oRȥeD@J"\<@1:{øYW8c}1pe+\AqRKҩ$E>S UAg^ɨR!LG^P@xA
C\3l3/|ETNVJ8XS8@s	opPӢhxOʩxnfc3kލքUdP?/x/q}H\>x~){a,oVCuYGKI݉rzװANrӞ :-G;x0T(u68ۚ!ȗw"xڝ^آ
ğ1ՓNgbAo11BkD{:8GF9FPajLԘD3GXZ#<=|rxXίA.1ͮ9|)z`#Qî).7Gt(d:b<K"Hi٪4^W4JX[!A.2VA@fDŏw%/F VȯreFp/Xș2}0bATWZxn{ڡF_qw<9^ɤ`]&4I)Wto@BVQ̞xc`nD"zx!e-LscsK*oG{yeݢLzܬs9[rѬ
'Yaw#81<I_~de=N̒{Xl'3,Cka}DW{jܝ|A߶`˞٭A-΂҉mon"زĆEF(.FU-2YFR*qIYѫI˹L%	 e!Ja73fiґ:[0đyH5އ&4
W_ΙϨD:
hnu[Yp&\"av
M'rÎIhX:1z=$5<W9ȀW\y;uboĖzl/v&O٦e[{0(?Kh́ΦiԥKZwު!"̇xSXXsɐX_ߧ1vtЅtYٍHņ݋ƞsS2EUKSkn+#!*ЈyZJ4D3-@p,8OO̧d݃S`=bߘRbjɅ]@'%E"Kbh:8ӝT\O߬J@ߤ-y<^^fRi|.ۡ)K2̭3F7OW#gbӕAѱOoo/,VˬqݝR;<SRӎj`ɘ,*gۃˎf-T	˯uFԬF`3nڱZ- Ւi1V`IiW"
ȝjkTy%5y{QQv
taq :Kv,Z͆Z`{]-a&p#!˩3`RLx/O'X,EO"V)ܝϻ	oqi?e:~944L&38ϫȦAzܤcYd.E[ձ/#c*Zf$£՚uD~H>.]QѓScKYCRhUE|McIӱ!?1DpM(԰ǴVbIEe>w{=A{H9M(ѯJp./snFH0p4[w9X4D//	ҕ2zυRپM?vD+,!Е1<!`-߱YC5C2CiIN@޲(_298Q^bz/c%*tyq:$`@׏lgFkd12W/`ܚA?тE-__8S)ÄȄf%ȗ%6IYt2k<c8XQCˊˆ՛Z3EpXGܝjT_],͵?XXӮNd6pw\nUӇIhNMOU;Й\=M\`:]tnkͻM;#t\;O\1{/[`	KLG=ŧOZ{h0_3iƋ,uDJaӊ=U߲"{]%jnhp\GDErEfq%$՗!/ߓ^l,q{@|M)'jb°"To%Tv,Ӎf"oNoa_/<6eT]l.þ.K̶>;ߩ^ף]mńK0j._=o"rKMuxŜT=L?=p(w[IM:;xs
'6g,~ taX-<A)չ^ֳ	2ǒ{1HTcU!d:S:$#SNNɳL
p&M#+L+b2rx؟+	;ʼSoEk>͇%^>c)&m@F6ehٱfE\3zY^QGuUKݢ_X5(Ϋoޫ\\&ޮUƂ3'B^M'xɨV{0Ze^x8+Y"Q̪{dDa(N8YSO@hnUɑgYbN*5ZKV_3̖|/m]~c 	H<u\*M{(i[@arSCgb@4ʸLKgc=C	Sz~hiN+pXkr6ݫ!KCZXg*|_&,ՙħ11ܛR5,FTmZ,МKDOXYvt9{osB'1kg۟[!P~Ak*u IKD
<5_pB(Ԭt׫ޤ}a '.A^W͊kѤɆ9cQwqcHzMXwV)Zg݂3UmVt<`֡KTjf0n/b۸[ĝey0v@FRޏ3ij "`
(^nv_)-cQ*,[kAxf-HTgWZ-voGILCv"K֊RCn">Ld[I7I-ؓ9,'bƛ2CRՏ1ٲp;J,*nrtF"2z˄*.6R2Ά RgƲ(Qz61&Zͤh-c9к2]х39MVhK6\fv
mM҄tCfwM\(8ҷ/nޡ-aӄaxpDЂa̩D5D<bC8z:#c%3t؉^+`̤f}M>:OZ=:l>Ɖ<A$J2n5Dpa CPfO@ώRznbޡOXVau8|`o50#~\?֑yOJ'kD1<-tČ8bvbBP<Wc0Y* Ċky#PqSpOQDh?iuĿ5K~^j=Nhd:B1vЊ{<pC	-.,9lj*1uIS^Vlʕc/+'@рXʐ{22yZ6.RD"cKwG91w,[{jRPYq!j)L`Y !$rDQgܮ"#F!؋2s9Ŭ}K.yOHz~YU@my-'7/y[qXvn~Whʛnx);gʢ[_@-%n:ٲWda\|rS.?.<qcNj~ZFҏWB485}QENʫ"`n5UyTY2=|d)&55CFYnD^q4n֔kY|r] ȺMzI=D%Q0ٹЄ1Va\o@:>_[S|ړF8åeP^u6Ee`up=d	3w_.w_.Űt*i'!̄c]ʹo)Ưc۱7^nt{!I|^71Zovs˰	7=ԏ9&dvަQބ2̩!|3
tHi%wSQGxE$!+:0ڳWɽqVZǇў՚b`qor_(##؆{@ZĝQ8e4lII782qܧ;SC|φwIbv;@j= P">͊pΓ|wR~hJbkmT).,"g(xҦyH
"pZ)RǳE ׆qw wjparʚ=GNt0cAZ3!0V	Ri!#>'(6-o
8Gқgm?,F?*1Tq$9JPElȅ
ΰdesڄ86m
ӜI_&RSl;igԶA~GQ9ų:,2gqδפKM$c4sRXMYκdu<ۚ3Cs{Hz%̤%>=.(S;(PK47ӣRБȋj0	Ǔ~)?*611ީ_Ĝ W߶T ɸ?D-J"ALUTF'^¬	Ť7SD209[J
ĳwĈe3u.ɥnUӧ7dqP$DoҿF_*v=lB>X h0=?1"]H=XMOB޹bEYX˸ g9|4lҹegiPpba3B̌"{#VJԮ3j?u?7(_WjweMMJrΒw[]r	/`Lz ʩߌko.x5Jl1;<*_t5D}\52y?r=DO٦{-HYI7L4k=y*atwÙ<w-`M-hjÿ4t&G)пX4Y=b~ElR@<pZ[Tn+~@Bޑfx3S8ʛ_?з-mFy M^\hή',PY
e~]:>EHѬtضPk(!ʑ!ÿGh%;W,fytawdD<Sd	uD@>EݽǝAiD<!UW3w&Y̠=/,7GQj[f8)r&h*$6dJaP:uT}g v1qK	l:Cv0ضp$Q3>Uuo֍Juh'u-1vf˦D`7ؗԟFq6PltٻxЁԘAkTd/ |]V)z$9,RBQ IΈۙ׏_чuc*׆0ݍ*ն\o/!unÅ8Kpw[a#+G&մIZ~9ȸS	^<T%|4Ջ
Eru4AH֊NÏخ5sa4H"W׀$Ğ3Eޢ?uj(	;79R+8/x9uãqYTY7k*I1Uô{|6ppe_ףK3Itvz-aU\;pj߶?B f_0.2w|["dƸWMk~0%0"sDg~&;nxӽv0zR9)M3^%#ץD4.Ud6Yx2YBCЏɌޥhVjY1(ž3.PJB2vE..p%Lφhei;q!
Ku?/}w"ɩtF'GApxbŽ]ZKMҟ8-(Q9t#Bȴ8oa\;Hw-'u$f'َ}JʾOEA1:zLlwC;yd_jhQ~Vۇ78R߳a^	9$['LAB%/$A]G4r]!>5	s
wdyX6˓dȀ&v6И*Rn!YzLvCxުn]yG)m6YkKpFb>bDr[0S59zw+)\'>k1fǫ,j h}0L)͕6<FXPC"/wL$vF^-%t\D$4O5~P=9̚n[=gCe("Ep2H9tMDL0ڕMtl]xM1x$k4UiORK:VxDCȒ*o<6mifThТiY6axډΖGT4JȮ8;&e̟8w9#{߷C|,["SblZ4pԭ@`3۩OIPufS[wv4$D[J@}k}٢p_5.a0,ܰrD:qڶ#*mLx%µ'Ց%ܐ<pq߻O}mΩ,fȤqٺV6.O)jȡe}x-Q$X+TQy"la[oQV]˙+tI>,-y}^
xz>_%ȍ~,;^\N4Dٔ|ë^mCͻa2S=;Dk_ %1"AAȝ"a$?S ۱eM  JÍSg@ޘV4%ª<LDp_>_
ċZqQtbߨ_6ן>/;Ss!ba-p.ڜrX5
8\ѷƯB")9psxנã3mS^JlS3FӹZ#pq%Hi`][/6Hۄ+iLBXEԶS!n$/c9|EUYEI՚Adiyl˞s6|TFTȌGa#NL:;B/uv̹b|_G,~OjnoNф?h&kR",41kچD&t
qD)A֒9Q؈_Xd&ĩVoKz/_VM4ɶrq}a!l*6]<e0I;ӗɢ%"xgJ$kIZi)ksxפ	E.&6tW0oM}hiθ"S˩By3e!;lzl`:д\
 >)-;0zJFW!$ÎCInJCV~uZWhʥ֖%f s|$~#wßQZH33Yˁ#Y2ђөtm~4f35ęb|-m]\{(Xً
Ȟ^gX]`!}fD*º~ƮA&#F{׿f*FV9-{o
C,fcD
=*qH*>KP<sWCvPlݘ<D1vvmNg}0nkٲ+Bn}d͋jHI\A^CLCa)ʙѸQcI2ek$<0"؈n6Jo:|Y~q"P4LlUt48 H&wvQm'ʖj׺Eu&z&Q8drRg|3UB,P6RN̰C$|[ZqpanԔSŭwMt]i8.W?̺-WKz:]A/~27i [P5]rëϖ8klge6
*O?
F4Ӵm:&RP۰W]LV@scg,4<nV8mҞk@ݯ@askĀ/L42qh4	(Ь,IZHooEo:zk:ؠDd;S_^2Mr0C)c#LJiWGVn)/5qxcTդ?2 ,KȖ0ba:=`fM7%-aN{b0ҽH+FwH+͂̐\@͋dV7آ	H6U^Ӓf$:ukwDa0n^AT9ĊJS͜s&QνQC@B8Eزaq5YtbznZmw`w<lpҘ׎	tϢl"IGj0ѥI"ַH_+%yB#d98e2'fDж5Y>ia*)*78IQEOQ5|ݬKŽf|Ӯӣ<:BدB'@GߌJXMpEid@p2*nd8OoM!ɢתʎ&,*p$5Ѿ2b,D6"g<08eoteMڱ(]zh%Zì;V؏zUs7(Hd0`9~_#;A;yN17'&"f?H?M;1# -}H	D$ڄ$Y9=/_0((ʏRpA|U+5ۉC}>3\xƃ<j͙u̐Ӄ[(y Ʈ~4H C[ȟ~|p$m6Ԥ|,67)P">f[^Ժjƿ=ZùV/k*RM,x L	+jcG>g*`~RudMe8F_26Pbow6vEص	Gyoi)rkjg1&ٕՆ	:wqu8luѵ֋q"]Ena&dcX:8PvPXxM*ju\QEvl#	R.b"{S1_cY`EX=I<XUjj cmЬΘDmީ[G{ϭ/oՙr5>X]DD2vc|ec!.*bnڭoS%FSX>BSɾ'q)}MS*قʟ(f܄ҚQG]+_?9F1:Hhg 4>$Gw5ƬdЬn7lt,YF) O̜,[%RP"+"DK/096Pa|3YAo"tL~tКPYʢ{}o	vҽc6AZ؃R}bPh܈;C;i~ɊU<˂+r=4}?onM+FMPk`̏ͨ>w9C3Ɏ$)A.ʣkbt
p8_Ѿ?ʽ=KSs8>'̑ce'ĊLF7ju]|_z~߮v|*W{vS;2O3k69ǀާ`8<iDԚ,&BGsɐidDRX,so+=Űԝ(B
˞Kиk?@ޠVF__9g#ʇܴ!{;ǊZĘs9/
ݕR#!A/{AJ,&	/sMDҵvY"{ғ7}?-cE/
OR)~uvƠ -d BL7
u'^x˚Mn-[t1"	nt#'6'*paðĒiAV4}nBu˴T?
<YVAoY<CÐhϵCߦ:5ї69aBrɘr'ΠӫzL
xVʀг,p]e<{%Z@ο_2ѡybAEHzZ{.zX@q
wbf³e՛ֹ3$zӴڮϵD6|Tx%EhR̵h~}ׂ̈< ĭ$i,_0׸J'_(4z9If{@g~Ic=XgJ MIjzzN^|N9JxvPr"zASOo
ݱ:wʎe &Δ8pV>5fĊ)wKKon7ae1SAUF΅D5D]-5I
'&d,);۰,-Pmj`Hʬ`SȹQUkWfvIBpz@2ؠ%iĲ
N]K]Ҹȉm>S.z%gvYszTSka`QfKN&|N
ԄӨ	ĠU̴ϳzFEz	S&Ҭ m$R>isPJ TϨ݈ѕ8%q)1ܮw*BisK;Șrʄ#02+e;O-9
Eaoz:A!VCoN
Pgv"h-ĵ*hC(eP!	Zdo3YIUzofQK0 k:s.32͚;ױ2X>5߫w]IpTׁ}R)єj}'3J
[a9<!Jh~J#׆ٰ0jςq38@e1,6N= h	0frh	ݺ0"pû@#K2efXJocSAhֵwbc2I՜^VA~ofg]hnCD$ţYs݊X-!K-^Ѭb]o}dgXҌŕuE	\gƶWj$zwB0I8Ym(6-j~ȗ5,%O>a6^["6^w[!0ݱk~[Pƈ;MK3~.,rP9ߺ`8Jv9uϘGo!'-T'ޜd=@%Σ {#ea5sWTHW'F$wk9!$J1___p#ؿ]nϑ$-97V-(/Mj]Ǜ<Xi2QѝPi&x-0P3_W_DWx'Q}*PCcP߸4:r͑˯=Q̭#ON~~|y4mWK+~Xο$n=X.b2k-x
TJ
IzV<T275cgci@֟ÙE.ayFG
E]g@qËvl-ջ3Ӫ`ɀ1)&Pk!6ЉX\cr{uggWR ʲ
L:SZ̓a7	$$Φ0$3Ξ'N/jwERp\vz]WbdA>D@1C4\xVE@v~k4b`61?ʨ%ɾ-G/I^Z	H֧jU$8ԿT͒sB`2z_>r,T%ݼ&.؎jkhRDP_8].kJň.ra`?ZWk)x)5֟5v&qՂpǯ`/QB_@+0v:9xˆܝcyؽB"O|,FPQۥ6L8d{SZqVeĞSDFqȪ()B?N}1x|ݫ{"!N"%7lҍb&қhaWF/o[́_זݤ%-,RӲ0'l[;xs0N.˗S܁;2;nT@/yxP·xUܷ_,0ܖ},9Dxy(0Kˁ.4bLc(Tw	wtXc&A4n9y+,GPaɜwWpyh݁Q@2ׁ]ߎiї'(uYz-Q>
wVm&i~]3XZwX'1[9_1֪O,"2'ҕPƻg2A<о}KE%kͪ#	k~!%WMkYۍ1nIQ"Bv144{1kOA*P}8[ev|lȡG-5c5V["kNL\P4a=_v]]Go]*r^أY;Cý=RL4ŊrNԣETf]y]ǃW:EjL4pZrsgeĳ yqFF&:<Cн=OwӪ| p2##P!eFx!Sy/iC-$=`[ި4Uok+%Gj&REJMAJѽWA@&ּXslbg"nUڊH"Cc6Q\=% ë4Z['w^Ӱ"(ͱS?i1x̛͎30%#\i/Pe*w2;~qjXTڐ'ڱۋB"ڒ`i>l:>rhKj#twlۄxD7 	DdZ{7a`nbvBɂu-J>}tKKg9h-?\vyCT̄pZ݄V9i=
ȼg?[SfkT8̽30ZnڃV݊yssľ3W4dL?̱x>D	*/QM
y&.37wXjukRi'=cHΘj!p{Pdެ`WhDKǈ%\J֊uj"IlH9Ee\%qjVۤU[I$79z'`b6E*,Ք-NP^UԝQ^h*^_SD&WzlV֏G<oۢ¤=_dsPZ<`Zֿ܂b0֩ݘ}>DR4,:Ւ	!7'Fďȷ/6ӏ'|ʢLԁ[yȑt DTfABYΩ\@Ͽr_A*3KJ7cQ.doϻ(X^,؁hƃ!&*I^hyL %΅S˯FHSjHh%Τ	-\C&*/Vc2|Z)Lqt<?EbvƓ5/>lgʕ$ln:ʴ({ 7O#O72w2H-h2oů>
fxG}F5.xk~4íWPC>۱½S9Λouݼƪ]DfRLnd`Sh<@ߚYMޏ _?ZΎoɎ.vhZ$ny.jL20[4ϱnxBSBX}HmDpx fdBKj#CۉGDӋ~ XZ>t$Ǩ[aκGQo?HÓ26בOQGX6?-J/?'sg(sǨQ\oj3D>;Ua'K1#/%
s_Q4*?y2RDk\ƿ;MlEcEo	:kܔѶq݊nEnvİy/cuŀn^*S*BvO<''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25586)))
