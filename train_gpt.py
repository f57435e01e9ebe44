import brotli
n=a=0;b=1
for c in r'''sHѶ{ׄcF5v(ChhO2ՀaA|Cݘ\JZDoLrL936d<$sA%P% N9![)"fKW!>#ۛ]>[ק$~9+c~F)aS^xT}X1|WȅA>!Z	5+8+f$ vu33+rh$Sd0~KYφcQ_mDDw{ 
?8zaI2Ov6ү9{rCfr5،L"ЧC7h
،F˳bP<ΆIVI.L	kAEj3nlm$̦̚f{J7rV.2;f7yL,]Uh4,6YsJJe3fzIh^&'`߰5(xӃ~i`>vm}/8u}H5
, jC69Ngc&:I`^|No,Z/+tQą^t2jHʖ?~b6N}ka22˫h̡H|;ǔͤ$,ΞW*h/nW%nɗwc2эoeLq>ڒ(<PʿLxjoƴ*dβ6Lwt\|XVV-zզ1ǀ;b{t^Gv(Z'?/͓XJh}7Yo4(!|	A4#qR77,%A2O,?Yx'|ZJ*ѯ̃3֧(\j_ݵDX!f 1k<Ά/sFdK\	9|T͢9669"X70ET>Lx?!2L&ěUa Jo?.O@"~б/|Ι.b9Lz.Z o{3qΘ&w""wJB7V'Kf]yJˀ
Hn:8UN^0syuK.zT)ݜ8ՅyS)J=+E$#u^w`!Ng/DF9Z+;ӫ})b·i
)Nz&SZe7>Q\<b +Ii2g_	t	cMߡ$ҤPE{ݜXScgF	A2W"XmiT?vWc;S	8	ԗ6`2§]/c+"\{SVGDo	
^LN&l_ڇ<^:ɩlA^Vo,Ԫ3͍@;xF8Di4c!¼ەI;̝5lu~؃:NȜn8#(;JQ]If\xt/X&Òܥ ҤĳhlK	/R^YJmG=/T="+1FzҺ0+zr0
ֈI8˳²Rb`I3W&|nSֲ8п299Xͧi<2pP`#g%J<޺s>ȁv`<|jvpAwsFv"E!xsԛNT"odLy`RB+ao@6^ڶ[af@VMU^BU@B/qړV܏~RDe5]pd)hǛu9CrQ_zE*lnk+L Ī]zi`ޤ^g̯t#$v`	9}CPbŠmGhoFv±xsE.;w}#GۭuQQT޲8y~$j!Sd%4V'x6207C(؂2{RG{Bڈvb׃,CGRJ܅uǳI3cAV%t	_̭chاxz8;{HZNAΓBʂ;RGD4/UFqQȡL7$+c4VTE=ͩ,0ݥ
nzhԤgB9Ԁg9>ji8.A.)en	!1?7?v=҉\e1K8uo԰[Y'Y%5ɓBX15MX+= )8pF {Y(Ɠ	Ϧmwb)ԝ^dڡsWko0Ak9)?khkΒ~)IMՐz;J|^x\G<Y}}%[rvuieIy=<%FwҪF4q+zS,I6gzOؘ&שQhb="ѩ?iE1ȯp^{|t2ӑUtpxkH5wf_B%5'T:ecIMJٵS,tjx
eIGqvH KCsԕ԰8{h$jI9AY*oxKNyGU-2i	16֔Qοy+YgNtҟrՌ&ؐp{Ya!VO NN(x,>GfON`wڒo}QA\|r:o=mLKJTkbߠ-ەLp0NR+QdY8u1nMXU^ւ"vhɛFZԑDza֢(F2EO1'ǉ1r/KQiMHsoӇƌN	zl0up J(raen^yg2#-/(f%*ςƐi9-'НT76VE\ULm՜XTÉLH?kӌ+ȍkyKgG#hyN\T2VV)pH4V֘F|%UGҫzԞ+ybO)A,Jdбw+.M{&drlsyatj/@BhFMA~K$u9Q} c6)S!lǯÎl̰JL2lXNez%W`o{Ѯ4:qҲcٹҴ@K'H<uknnrg̰qĈghw/#dH,ɰU^Su"Y\PgAܝҖŬlr]PhLie>7v)E!1[5*RK<TٔBΎ rǃՍϏw^)\5|mǠXܻģi$A`JpeDA8[2B3_%|H۶Iߠ+FWhש@]ӳg}kzJYԷ`>ƐwW* HGAN XTsP(9	NÅ| 6DQ7_\'U2K\Uvug}DR*՝Ϣadw;?~U:U_H9?4p-.yt?[7X\ՐQَqϤֶőY=քʈ*NPEYf}FP#OڅGRC3o3&)f:UW195	h:'|6}^*o{YYޚCK:uMAÅrmgNz=6˳03O5.:h<V٥ 9|#Uȏp	T"Yȿu5)q\:͘UV:ۺuoxVA[2rZ6s¾x_-·LɅlWk<$ΑP/CMidJ#y#tp ԎΡQ>WܟBUSʍȉƐRSN-S\U
zٹClʗR<ܞnKϫCnR>ٱK 	O$Nl
NŇ	(&h@Φ""E__\ȃq|G`7ټ=ǡC7:#aJũSM-deHΉX*Q%rÛg1	ē@@.΁/rE7]6\rt-SX%3&G]+8Ym"7o-ň!ZZ}ḣ)r{L@%h:YJ\cVX^h1L4L$˥yr{g]0й})SPaU?W4ƀxEfXO;ws֑\0ޤb6o6KY!MhY-vɝ9m^ԁBȴOUKֽ\MƑ_`k,{|3_*p,4\BQ4<-oMG;҂7B~£<;|.NQCGZvJmX?gGfgLǲ$}ҍ/7
0wۙ:ZPCX
ne%LEѾ]4+}{QuD۞
=EBJ	EDـ-qh,o,ZYΣszD_~Gva&#߸MNe~ݙLn+Pd0wRXkpkjrҿS".ąf9I2d	э:`3Zއ	I',N.h
X4=r4&UY-Ԭ+4lOg xiDQ)_PKE?}ϟ14-%܇ݭ&
C>"*܀5"Ah_կ"&3KR:PO~+KǞPѷ/^߭C>
ٲ3Y]	,!WGHwqHFZ|+[~b(uF#@&\ш.<spӈwH)0m2Oy{&VGC},B3<}#"$ͪ62p%!fr&6ӷҡ[g&9=g\vR;Q&vBesPއ#8=pF|3&?._
P>0wl^7)NNq37;ب+kk^@y9ގCýYz7#X0$":\[G	Q}lFTD[R2xRR^%3P2zpͲ8GQB&Iy);z*ՉB~E_?%,=ݡGe`ud[;~ӽSdtm^#h:4Y>4!#vr5ȃ:|>vݾסI(n	okbjvIyǪmrfP`گp63^Qc/,TPq(=I2ڎΎA*->
ޜJbzzaE4Ͳ Yh:q.Ѭ64xy
I<,qGԥBCcGM3_hUۨ9:"ƿQZb::LU!#޾D1IxǶZegb0LzakrrB1<3]R38Y2x'Bؚm~Ȃ|w@}k%hފջfLi(.+P.Q5
)k!pB
cfY]"ŌɍAl֭&&,5VُQ|C^)J<J98+Fԋ!)#Y}|ċ;ȷ3,;,#2ccЎAg<0[HR-uoVOeQy*]Е}V#kǥY`.p֮RdI~Cd]6ڂ>̙Y)8>YݒjBx+g"uflofuƩdkќmAm9	ηͰ^*bjH6D.`Ruz/ZH+OݳkĖ`ѿc|#w?Ld:՛"@&F:ƿAw/PcR-Pmr̈CH޸;EMZx%mA_ZշNGݓ}@ڂ\hqѽ>xlY΄zj05r  -G;πݭ+quvu%e2MnhB1#Αw$\x'`I" Oq"uƞèۡ_BS:/jÐX$rCrZy"A2|-uyaǴ>ՔrA>zrf2x/WÉq{ۋ7v_Դ{sy5#ҫr!YWF4"EJmjVgbW45Cr}fZe9WpZˌֈ%T0-FÁr.V|P5!á]ӧNʸծIߺKP:Q_M|S1 {'$j/.lA"Hk̼?5VSzY_3^Bӽ&hŴ1vArΡv*Nl]Mܰȑt
K+5"֨?yO19	̱2F4vYОcnn"ova=ИJ͓ERt|c,¹RVC+h~ԱGi;br0&J<q|@
mU]*,Yj^7DF9F;,.Ɔ5sgñ؋~@ӓyxw$bX^}Eҹl=7͍7N5[3E=߇f`M%2o.\'P߅k8su~F.Xrg?%E!fK\d_	fPٶ%iOہKsϯ3|$5~o7&_;ևsa`_Y)#sٽ(A}S˛ݚXu=2Q+B@}6:eK{7ǧQp̒z	YY&}T.e'gծ%ҟmzU<zAyq#,
+qf^Ǥ@-e=?3b
NsDoUi	bM7@ٔw3ұG
/	/̫i: 7Ǹ;FQwنh 2|NTMӅ;g;֦|=$h=dt$y..*ТSs"p]FvWʵV/uϺI-̙{D=?]j4v̎݉.,
ɿ`4^ߒ+W<U#E<Ҫ[R*Y[\+&YN[V2~4Ƈr[o-P}ЛdcTN&xgZ\ٴTʚ<*؛sc0CddVֱv{Vy+</]FSHπ4oDch_kidŴ9ܓUF-!i<ٶ9M'n?W`e%LLwUKAteU;U tכä|t-<d̂'J޼*vu,V1x,}cO0^ay}o|m˄>55U#;\dk1cJ\=vѢzVl(ʬJQ.w֛N%7D-ڿLeP0.l$;`&JcZxpR&>EL4x"Aѿd͹*?[R+]nkmI3JLȶ։S9!+ǚr1N)wUX͹@h.R1>V~0MtG]ÓlS,P(l~>ʓנJˀ
LrMԭ;>RkdO+Ɋ;̷`Vnu4(	XJviKrȵ~9:3&c{ .cջ
)&>fʛ*PE¦΁O>7""M*ܯ[Q
q|;	&d,+W(XTΑ~%G=IPa"Y0ץw+B)$o6':1= MKbeY
r"q\k[_U9'rfF"_!ho7XjLV'v&Fk!C/DO>Aj,mȔ[X&wS׆6T{Szˁ0RFz̜0@)j#=l5{*$E:fJIaئ9ÏŸ;ux/ȨCyRnzj#3VJAd,қT#uցf&oN/=1o61xUMäɐ#|Ke6@drmRmB^O*PSVdnA\dJb<.В5I:pzv~s=/v9`s̦ɀG~,5ZA2AL)JzinVf^$i7ȝ~w;% #+MWm"..϶|p]/Bk,	֚AYD]Ts6v.m~L(@:Tde4A2zrt^[%̜"9+2!7֛KN~$\V~А	M/e9LՃ1ʮ;O
oT&T]j4]50MɗՄMELyyrw.9Y~֯82&bQ]B3VRC+s ήϜHĳ*TKL4| Mu1I}A!ߑ@@v}eY˜@-c1PX6#%)n(H0[Jy-ql1/u?`m)ƃgIF>)#K~^"֭~(	qKǢnM7>SQvu
AȬʬۇ$PPg/a](5G`ӽđc}Cej`p|20-Y[9XJۓfO_xd+^VH8S&[Mm2ًw*ƪdڸy=fu(/0˖vW$pd˂77E׆XTj}h;ɂ=Lٔn<9-r~}Qj=F_U{w;1@~p^*Ϥ:_<۷JǓF%a`ߤv]|_>JH{
{@^)`I!ajʞ!tRJJ%_CGD*^yl@a)YHј7PoDZH<\W_0',	62Ȏ>xƎ4P&/uU҉n6|N /\N%7Mo@@Q7Iՙl/w|D2t|e'nʵZT:c5Sc$juО?uǑ1d)/A>gWIs1Dy'+IL7
Ffɔ6AP]W?i_i469@O7W:X5$B@jExǴL$b6|x/A{V-!RN"$P:@M7(ח݂wԹ]pޮqMeōϦ$u!Z@ Ĥ9>ҹYP>$ǥ-S4-hͼ+ڶVFIb̿(.1ej.pAܑ
@CUR% NODktDhm>>4cՀ_۫{vo\z҂=($e]x$(4?Ar#oS+onA<ЎB:"ή Ժ(&g=¦G߶ofmB.ߵa~7#j!>SR3נgS$%-wM)D |Q\|W؊oD|e$NAڀk0׷LLSdȈQjlv߲Ļ=*0ctPeM+}CLcyhԆ֜G9qM#ϖIƬE*Fxݣ*J[7l,΀l!Jt{֔΀.IL+R.sBѲ;SG'dJ_Y->׀ݱ<Х_5֐MƙrPe-C5wD;{	{'C")s$FCL^hw-ܑ]<ôF>г,xx,x*kJ`CIbѺ˙ץQ73T3o9+Tngj>"ġsIgMlԨwLJЌƽh]"JS1	!1Cgߞ*l]!}$<vnzq@fY
p#%:؈s4pٶ<ݖ]ʮ˻{?ٓAw[<N.nEɆnUẄ́^Q
Y|5m9Ki*U(pzڟ(=rj8Ù4=Pe\F#9;|foλ\4׃$lv#ċHe/u*e_|~m>OO+Đpfb.|PIɯc 8ݛOFʦ9JBeJ{g,ڝiI\;Zm͂-Ȼ~I;̴:c2ͨϧϓp8,FsCMg,I¿$Gf I+PGlh%)Ṵʔ@&HJ C&%t,hK͑oMUϤNhXn`Ozψ]I}6٠-51̯g`(q˹M|+CtUB	B߸Ĺ?=&-wfCt$5/|YR8W_E};xT\p=$?CQAKQ\SF͌Sy)uάxed)7S4	yfydABM:sȷGYݨ,_R^GaRE@ۈ2L$Tȗb]E<!"cAUعzŽѲ[rւj%3ۼn8%ݬ,958G{7rՐtИ_4Fh{9AT2g8\߻SXL]OyJTza=t,a&C
e+pR<96qJADDȎ?LlT9/aГloXĢPkLzJ8inF|7vwkx;0J@eIʞ#'
V܊6}T7]CT)_ʒ
>^P&2QՂ:9l!
`Gڔ&^t$צqSLvnB.Wq0HDy:`.t^!nmxuJ1+ttԖ<܌-ҋM9ӎ>61jVZƏh0,7sĐ#
+-L#]I&G.LjGZxՙ3͈}cγ uFrI_mW:=*^Zq?e->.dɂ՞W
̋;d+.W_RDE.Zz$EC0Gٹ(Cb;ؚ
\ScǳezixR@f_!;C[cUգ+څHxA
dfǝ>8Q$M1'.!U;n`ѯvtۦp~@%Ki["{so#SDV|'B`оӂ%'|~4nݴІʧW83X/|!ƃoHϳP>ͼX>%OjsX(B9
Q9hv=83ժn"Dfn'zψmX|Bqp&ʐ62<	*\AoPhrd{j$7JuXdp9t!jh,X0iP(y#;Ɋzq$_Sv߀;!
!MQqFҒRJЉ]ϨͲϊv3|҅&e]"XR{d1zyApë;sA^*RpcԴkֆ«m@M?)ƃm]Y8paȋR`۬MH7H/=5Wi[SNr9-tJӝ[Htm:bf]PM?4cFqwL@'
EwMLf:TU]AZؚ2A:sy 2a4B*%%qYQ]pɷ
{Gu^E>L8W1M8UNeWz{@"ӷTM]#qt+W"z=sp)z)LjL<p!]eu
oC'ĵrɯ#YeԫK<oSD6`y".ƭ.\χش]ROӷu"\??̙:Ğ>BӎNªy˓B]e7*T/nG`tFĔu
-V9}!ТK)چ[8?2~/tHj.̔mxԊuW&uKգ|(ReM$a)yєΆHjg!I%{׋GN'ǒ{~7ׂKxbݮHǀPwSπ5ԣ4URkhw]1,5׏VQSC'7i9\0BPC()dQ>7njåMM3hlECΠ(Q՗9TZCp:25cuTϜnaL!M'fYSMiRqn̝1(LbV8՟S2t)Eߗ}JArx}#@waթIFA;\4aܖM;8e\"Yҧ]gIJ֭QĽnxC=Mm;AI߷P{hڳk&Kr1х3WR9S!6g6;ϧ
P;;UQpsoN>KCԊp'̓`kɻKPCep1ƯI1Q-GF_,cSR"hmAeb*1qJmD&@HJ֜3{&IĠ3.+lODBg2{jkV4LP$c͟RSZ)F2?U\'Z1ݻoߕG|CSĨkq+Nzevq)=tPӃ\E^KB]wTA4_;| Dn2\k7iʧ4r@fsى ̷ x=_8SbgEL-LUc"I͕ݐBH"Eirt[0iXEjh c<%68R~u~ȽV!ir3L<ZNzp?)wC7QOoaرcMuں^^oc`x| Wv~#ޭU֟j4ЪwZGG+e8PC<ĉM	C(|6wUlì$MtԒf$ѨX?c2]?ȸy2݀$"ռ[_ɛǱ {Upɋ@ҡsujj
NA)#\&Ry6AzWpyUD-QME[VMx/7܌&)}a<?4Fi;>:r9D1U~lª[xNS[=daKն}\Lҟ!kŨۑ	`$ڻwtlQkP]q@H2aع4vSֈ_<$LC*Y]5:#e_ZnxyzqZ1͇#|pX6:,2pZLNT5%z)Vͯ2ܣ3}X^P30ʰ(%g,&Hs
K?°+wСru[&)YFSwc^4Eg$g;[kZa,%XQe#2*g!z}(V2qC(	]@2N6Q xeX~RdvɌ#6O26uΰva!n*2Xid|P^Nǧ;qqHhSYcj(/,Q:}n[10
ֆrLn'PQ\_ާhF/q*iSyM*.,IфA*X$pߚn/!Hvw͋^&nDCeIwuf	&g-9w͝@,1@4'7:[;dHOv'ɧAă)8xb``5Mabg
2eX^kT8ǟoqV޵xx,J٣˧`V>3i^2"84R]FbVղoԟ{25Y+hCICP63vqQCJ"C5\+:CV?xgU$m?X0@DxVbQDxe!;$A^.xÆ{i-%hI^DV"ʟjھ1X~J7϶۴nL:TY7v)=Hҝe[%w'٢M1f$vTKǲ٠qÞo}Gh!(ʬ-SEO-q\|_[-!%PPӐ(oUzAaQ
°~b˴g%zޞ{q>#@%:t̄TJ*	K\6ʸ>޵%/hFCUm5ZVovrhWwz8ԭ:#>rR@ϝهsȋ60,4_.)ZѵNzoп\7h
ѽ`cAVg:a,q2jw"9W rg(Pݘ)R՝ȶR7Y>q(A1wb6c	!2SNF	Oj[k۞ޙ4,jGՔJ:a/s1tzMjLn0 7xe6]p4@q^~0ķchŬRxh?E5f$oh7ׅqp*=Aܧٵ~܎@Iy*+7	LIXq#zlPE)bxw:KR{i`Ȩm^OҦƦ~m1x|2֣-5x`(B'o39l͡ŭtݐ{GBB	Ñf6mJ\M.HvʉS#oerkŌuw֥Te%&r@1Ǟ߱AȖٓO$Dׅ0 _LWc#70`N;ia>qg|2'$@Ě>HEUc1 ]	j,nج
Ef4b?i˰vhL=5*Xh1SwcYpżT]qf¶d҃3Ї+m6%Me}ƍ0b'`qWқI@|x/ۆѨPN,),Hs @LqPvͲDtua6S)ӯ̇ϧC ؆?}Ms6Z.cDҀ+qW
>((mQ!ړuZMɂRB&iq7]ټ׋BdtJ<	q\֓W?y>E{Xw3\FbYJ#Qɠcb7;}W:DUu%k[ɳ<(O2!^ͅV7^ܗ~-W#~}iz|+gƤׅzЅmPW9~&	'Uϑ0χ<.q{̄@ċEd"sBA0MWA@pK/X%H׈)YGT[|42Hc-}SΈݧ\&0؅&O| XJBw6*sP>P QȽy-S~hغXnԷ@,<,9[״Ƈ:x΁
^	u4XoOcgx>ѽ	@c]\X0p8h;&q"e6j5P{oy˘Rͱ@_F҉Qy|uvNsBu*(c*-'g^/KyHl)>{ۀ^i(
(;Ҟ,dF;B6(m1.84rV[gѮ÷p
yK$Nc?|Ĝ^W!31kk63W} |mpGovαܷpO̖
2_\i{ũ+}h[@o-@_1W8ιYfF@xͳ2v}Ytכp5N1jB޿c':ψ<qőؘ=mtc)܇*Ӏ}L)3JZ@b**@zQn!!AYoEiAgxְ<bՈNKl+U\!4Ǩɛ,>^y|G-ڃ\Nʜч<IݨPCGzHږjѴctk^b
VAٹjG/P#u4/SK2VQzLo9$`K\f|Jza30ӫ,v"*0o6^ϒTJߟL;H:a5:ODYch&^$ͻwFͮ/gc]\
ޣĆԳUD24|K#nC(k^%~ȽAU(`N6~y&PzK2f19hQ[6nӢ0)0p^^5=1wȺy͹Wei-$v7[}n,џ4j6vaJ@=P	wb2xtt<BFFHgC8R4P-ɝ
.Lg4>s#j
kUeH ?ÿR*&7eëqTQV2B|cɿy0J*Aq6AɌJ߰s
ݍ%jG̷qy3uˮN4lyPTB7.tY mlfF3aާc$ɐӢZVxԮVvQfP+GPx^gCmJ\ʢl
Ռ?Ӂ"FJwV~0ƨ.)]}gFT2ؕ	YA˗CP׼2?Sx^Z^	c#DjToI"1EKY~Bؽ//..cNv>)e&5+1 x&<=jgxVZ^xdL288;I̻dš"Ûڮ4	>RS{drw{yO۴L)ow"WnJ[ZVhƽ&5Ƙ0aܠHZD?'MΨWBMЯş$))*l}ٌ*tȏ͙hܝۻbJAʽ?@+?ep+m}<B'l9ɯjUc2&'_^;_slZޮt>B4[:Шb?o<$i5ALlDиJ'ĚܥI~b!ϭibmyI	eian'u,ZD.VHT,0׹(x+{ٰ'̳@/J'?F#O؟hMQLۍ
Yyh2Eё'SΏUP#(LNIԒvX2Cj<џ0O +n0Ǻ&]8|`ƅ֦ǐvzǕ޹vUk|c;;cm~9%UDKJmގ2u?8-)JGld>$W9rʶШgN_oC)@Ls[$ԱuD\ėҭ,D.MT-\RCbV
3kCcBuӷzQY3UlYxrKk?@tVr7b~y}ݓ5+6tJyȢO'^9Vlм=eۉauO~tPdۑ5qEמ߶dI@9lг39ΘV50~-Y̢M]"cy1
;3?B7BA	KB[1z->v)+`|K<TS|]9YeCCH#$AߎAa8Ra݈YL!"QqTQ&fJZlIrѰ17 OzW˔lb@RAh_SQ97[L#B=qɉcKźmO'>Kq+\-xh\!Sֻw4$3B3\i4dv( 	I!j_LHm,G=noXK\њo9w4eXpdd'2nWGT¿r5kc 1,ǊS*w=MXx°İeAlz5{A)-AKk0ӯVg0m((e3o<*uV΅&S\cmisv9	~˝ɑiԼ޽F3z{4ԪFZmß([MmM`'׺h&lue*oXǼ
tv;rj	
4Ez:g&2fv[TLӈn )/FN	[U/T ړqe?kY{SnM7'{Ѯ-\lƧ	PR&ILBp.oF0[dkCLı|Sܠ $v.MBaw5KD?M,бo?kI>xV;ǐa)j5kONtaI`ȦLPIuwr\"mŀX#ql']ey"T¼$ӧZzNsb4<CAu+BY	hoV'Ss̎l>#+A6j
ҋ,Mz YoH$T\Eal9:TWQNOiCJHs?Ϛ˲ɳ+$ņGz
z
B+Х]:N:wTCX¤x0j?-ЮkPܠJ#dipM_:ŵ[0]^KKٝk;zIuПYM<r6{4U#Cugh1@dwҲO Ɗ`WR^ۑ%x$8`c,Ÿַ	;Rf]WI335ekҮG9~,79f"pYFa9+s6K[s=e_d'}@ѧ9r8[4nx_L0}	7.lR/*oɱ;"UV~"\b"lӍ0*	2]˻X4c<v+÷OgT`[y2!'<'eB*VF8ִO+hX,EjIv+Z'9ǢYlJ<<RۺŏrwLTeH
<HqŒnFHh<Jߩ]sHX;AdAɑdϯɎnRۈݭCXYc[_J5L$FQ=t92HTyjm9|PE4c{!g4F}[t/ރ_pUC|pY
QLwGБ*b
m:/&&F%USېwqS*K<MfI%ϡ ,?M1-dAkw.]?ӶvPdq%!Ԧ_bz	j"14ȩ8>/g]~7('xxD/fs6]#] pfu{si|abbɁqCjDm|C~q<hYAǗn`m'@ި`Ȱ!wQ92q^ѺZƳ7%X~ʐ <\ne2VG-nS5۩R%vpեlǯ4t|i͸*\ξtȒeO,2y=PRz)+cBSڲEՅ+7	\GZʃTICR܋7
Ƌ^!gD_IҎ^O\ɖs͵~G,{7,e"Ca'5842?VpE%	Cbhp.SN΄ڵPupORf^y
~W`Pˡh`) Ć{ra>Cޖ|	0RA>rږ!#|w ?wDXM9+~4\Q;az\;Vpz5d(؄^FY'aUY98[h>-}В=*َ9"%r]&igEF
8}m/w|%Vxr?A1<k
M;SULb*Yc~/'B5f0
tJw-ܕ0oܰY1Nzԯn
&
vp]v>O?$Ü`]_V< P^:B4ţM<o{4IRvx8~FѶkĀQA-q|JXfS`
¶Z´ls4=XЉsvqLc-0Ϥ
Ώ'{ܿH6^W@_Ҕi{>ET'cF;Ef&E
Ê{aHEWký!¢@<'}v3,y24Q<ǔbnB+q3tes8Ӽ&X2	q
Y݀T"zX.tw[6?d}*ܾr	
M09EE+`0o8܋&?kI×Cܜ,Ş$$XeNܕ6QPӥSbWɛTגs{lys0q[MMȥL8Q߿zۙ^~$ӸD!W<{EԐoχ >BGp ݌%d߷a'=KGU'	io;fޛzq٦WuEPn5ڬ`ڳ7qCPv׳Dkז%VD6Fq|ǀǿaSZd,<f3g1̝:D7LjS̋zVȤGså904JK,1}	̐;k5%_ѻXҚ*nȧ@s(_W3F1*0En_o=+4esqdVH)ےYKLqUs_ _7\ʯ>w
ݥ#lKq%h̊hԪ4O>d˛7k!ߥJ&!YG\gYY«9#CZ>hg?G|uZf"joJfAQ7Sq@IZN>؟Ja}lќRx
eǵ-a)u/B'SO#	˴p0X4*u.z)mMשtL}EϷ+îNOO,c/MYr-'ƨ'qi_,aH{1'Dמ̄&؎ݱ_
׽ЈY(Щ[7֐.ѝ(ĐgjRךY3F0ʵ-.	\0Erp.dƢX0V~"s8~BՔ:76[ڬ݂]mbYRݎ~bL#9j/0C5
\_Jeѕ@ľI}<1[̈́aqH7UCW6@oͅ\]pqN6Dެc`ZZ?jzqx#=)G i6/Qr/X/:ьלڤ{P-kKqn!1M'#|^[pe^hz9#TnOUnJY_%;.6frbɈ|wu;cЦ\r,0z.xw~U6ojSlqnTPIZAӈ3)E^ԯw+m1'_HL+Z6҆[biGkQBndiÒ:?NKwfu`z޸ݿOiR.ʴCg@DM>wW06'w8ئʬFTk0arѝa ]'xFYƞñ_7GC8My4;6wK7DTuo>gEYj/NiP+7ʵeIG	~K&Պefn*ÜXa@9F|ͧg'hY]hGHedE[l';۪>|͆f*C1[9ߗ
(Ր4T`ȷb=ŐiH_y٤|F]McȯøQ7vp%HSׄmj`:HCwӐug/22@isN̦ľvޗĴ8t,L(]Gox^k@ͩBFhOr1-nTXiϽy@9Pٿ@ۤ+[ܺǡCv'RT(SחGp|"{|.gԓf̄xӎdű@e',&fbUda_umU}}+]|¿B`XȤjTDe=GAtŰ."ϙܝe8p%>r:ZaÉxi۠_HS&Kya`"+j143JBȄ{,kK?paۈ|߲V
":ЦK K_<IG0cClG~kfړE?S89kq(hCS@h:9kYkNx̡o~A2V:^n΍IYtQ|Y~Y8{)QZi+4ȕSKn܂ؽ{8}{%ɆkبSj~MH)ټڅr"T&TAd1'|kA0*1Vz6־;i	$Q}YʃBwv2rt(FTg0E2+#+ڄۭŨ:ĵ¿/71T)X'Xέה@qGwnc\)8J߂m#|:N ՈX[1Jnҟw2Z}GT߀s#Ί5q&bmcv"L5GC43+s&-ոgاIV>Ѩo\%ázH79Vk*uH}(ϹY|):u8yCCÌO8/sRmMEzgK`&h\I|oI1tB0zs%L+UN=զυX ~iEPc+Hȳ#49
v&VQO2Q'uORp{AIICZx/m(хݥq6oя	HZ3R!yF|ܵ!yFQt}G5FBV,wy$݁s4s~,ؗf<TOJЁ&o, !i~&D{7/%ITS!5NٱxSQ;
u<YrލܵNm
uw;LODYwvԲB8y;P6hP9(zqyBVCemvETZUSAb)gd3Kr6\W%L}m&g>SfH̀L=
+wE)dMhqݺ։f1Hl]|zwD/@:](=%ۼ
Za9CsK"}{ۦδ*ې#aeYOcƦSÊ;Z8fG3 K?S!,oEwťp&H<CZ޾ө$6ܱ1>=^%@£o*n9r|VjA3g+ٚYLnaVjm1A«K܌ݗK\YlIIy;ZEE?y~J&uZFl;0HI	؟ƭW׻Bq C4RT9`I{^OcLr>T!ȱWgD=$>h6J;	_+C@ƐOq}@=/ScP "6ʄUVWxk5!Q@yWa^0TZ:_hI!bVCþkN9Z]oHڀ-ԭI^-M96?7\¦b!p׃gCe#g4ԇ-W5P'yuN6\oWݡ*U`cئW!`PҞGoq̢ʹ8(f"mCʌq$(G*xen'm6eb'<O}E"_^-'ʎ_$z[<%3rS)y4gL?kڦ	=ęɋ_޴ŲtN_\]D8{lN+jLƠv9]"ǲz
UF'Kl;ڭ?`/}[s]ގ~n{>\cݾYEERh_56\Y+k
zFwX![tP!φ,ZU܏Y[x9ǟ~YqXxKjo*2-XHфTflRБ71٧,%9Kikmٿk΅@yA-Is$2,/}`C`2XV"K$='A31gVvFN[\'13R-Ek͐*،nyӀm\w˶N4p_uy	țlhRԔ_Rt\.qٟܼіtDZ}̆"~^ͅLn1mE4ܝH,@T˵AcũE&|I( Ǯ٠=DYT2@FSrEUY((;DoP-jCrL~ڳ .ߒr)a+f >kA9$ί]4#wOG#vNv-5&uΨTtO<)knzJY`Z0|ZG9:jR]}ѻ*ܷ:W&֍f6ōWJx4,8ٳR<Ɲ9r464XYK;/ćJDKl=&5h{7Хo2=HEXbsޝ6K7q~dGo39CldY~d:IH Wn^{015vp1Bdۗ+3+n߉uĥR(!L?DoƆN97?]0jl
԰{td-!ьs~d;<E:/k5'xnmS˱Cڞ|ݏi:*K݄Ff}Ɯ%tJ#g?p7Z{
0wЅ>g3SI9E1=]{߂`ڪ>΁)}Xο{LMҐמ<009M۴5Йxw\N]}`{EƩ,R{	-qSzW@u|܈Q)%xÁ^bj4"n}O> )#?x/Lu
EtS{B!yg9VOu3(*Y$V+N1GM#I	WƮjE^8d&pA%ďHtrvNrDBؙ~Xn~D,HL6#KVчY\q,PbS 1KnG&×@-̕ĬA	gm߳oH\py^C~<T.+j+߃{Zliǯ-dYS3OdԾ:-6w+.muD|)O߸/Z{?GtIׄhBoC5J%g¸X>dt,}Q@&\SspClc9W	qo<$ïl!בt)&ԗժߡj˨N?;~ܟ`l[ɹ"ٿ5Qh#iLW\|؅9J<_?͂Ӝn3%R]f
=k$V,Q@= z)}<KsZm8ܔ_M^HBV51KN<JGdɠȇFOsfêڹM79]UpVq?T ǩ<e:{FF	d\ua\xh_2z=){Eh{n
ԥ-2:P"NOR\s7Nt8Gh.Js,mk~950ÿ׼%/(߯,ѳiG>AN&ѢUݜews,Ӱ|*jcmEW1z;6DQUtW4}1`YlȾlBն2\	aog~k}kT"gПk,aYU<	c5Ϭ؎uLc!;f*vk!u^h8Qjoo]
IQܧ!۟YũmaYdK:{2ЋF5F@	{:L~O1Vh%?;i=6d/&R0|Ud]HzA63[\׊]@ ր28TH(Uׅ՘ϨgN:@:\Kһ߁10Ia-H^k3@(fñ>wHsŌ\8U3i(
и٭YxHo#P.8^TǠ߻2$#Y*хFdֲfqI!<2dDs/3-p@S?g1K ջ&D|ӘlJbiК
y [UӴg'%dg~hRWXCSt͉}Β;<jP sjZc5?d{jp.·{iʩs	ƶ,	cFenGgӲDCXzK;~lm3a2cWˏy}w#\@=Xߝes}rdg='uUjyKx9w=35D^W_҃.O7ד0s]Y|+ylS4TG,ػ/b/0GrQap<jh7|Y?~)/Gr80r{6۔@f_o	/XqC3$(xLL#[uNܴke֙Sc+#B>zdq&'F@hr7'G1Pɗ";8x/$Evя7Bǌ8Td?X=vAJ{gLcÌ5W SLDЃ{liԜâ&j.s$XoQ34`qb? sA/Rby&րUb3&qo#RSQv R>zY'>}cFqS|WxC[pױ5'=jQ.PW{Qjk>xD˘I|+K=\E]>wp`[x!]{YB{Eo.nh7(
]Ħe-QJotӈ(
P;/D=ӓ0cW"wU+Ρۦz)\ji9p_`â]?e&֠9$۱Yַ*ڏ@D_QlTYPMOQ˼F;$Wq~iB݄	S?:`T(B\#
0'P.X[|6U@?#2F?ǵ^,QJjU|wSJ*C:T3ܯ:ĵUHCE(jq-
jEhk)ݍ'Ib:­fPILF]ʴ7K}~qܡ9zu(2z	KF@`]I [4M]Γ&]--bc׶`<J{\lnrLPzs>ӤNG`DŽq}Vd0Y޽rt{NDEM,mzρ2X4uWTҭ3p1}>5,0<0y4~*Iu7oIQvH$3U`Z3*˖uŔo$BI:p%}:jQXm7߃:S7}E7X*q.m@u]![Ky!KH?Uq;A0~;sBIҌ:~I?͡TX#F%+o+_u-*i32h"'\Sި|Sp)4|tmIn߉;D1eCʣ֫Lӿ62BQ1SۓƦn]HrɘHф1(w*fEB?`^N(Y\O>ϋrCz<F>Sϲdwڸ)zCb+ܬ3ϋE/D*ŐG]ӅV2̈v~0raTn/J*lMxFm}{ct	CSeΝ6Z||!:fD=Е-7TYt֘z,GYq`N5έnwŁpAT72׋.7=6Q@0gPb*c2W#,Z0k fl3.F\Iuخ5Dύ9IR66~z[lHͺ5I?:Ss+VK;ׄXdy}>wz#^)ԠqU1fӸHh~Ѷ+i/'ojUJsNt;d[ϛlЭ?AEOȱ]?6BǹAW@T[B)ϜRK*ך߹O,@З7<<zH@)P<>Bq@ͻ/mW^=m]?`+vj6+%݈GbMM/(@c˭_x
T!TKMP"!Ey-łUƈ3ӯ-5گ<Y]|¡N,sHC_D(0A'6ylЋ1iȆ"}dJ^W%j[]ȱ>8Өz7ݰ"RN3ڃ8>ںB2G.ú`U*5B-KXȉӤ3]|J*]&0uFF<zAh5|(D2|2˘+ؙ˙Q2w4v6ޛ+o|0zP(*6mhw^n b$[ղO^$WlltmFbm
Uܒ}u <؂(ۗnpa8Ut
Ԍ+{?;λt!W1G7F-NKMκQ+͠b$>п&<I*H.P>bY?:r,>AЌ,̶*΄Cl.xF(w!HŔ*@Ѻk!e8mwx-hfp	*9DH\p3YRz{igulw+ڀ=w9Mq7U~	7gw(ǅfrb՗]EI
V?ur:؍J'b[fff/ͻ1\c;Zvz	{daD"y^"{M1(ԙ/`ƖJ`MzucCy?\Gr̤u޳ģ*ޫ24߮5ƸgJQL,NɎy'p z}|D?N@\;3sPX<hɀ?Xyt9yoh(0y&iEȰ>a4}	4CXJHַqu>6Ba<r\qƨ8E̴0=YB bhA^iZBIE|=:)c ̫ۭ٘FRN$3MQslVgӹкFu/9X|S4<tχsu?zewpZnFOVK=@.ЩNҵkֵÃ=ːn_GG`M,?$?:eStK݋s;'џ՞e`ʬʣ	Al6nĩF;|ZmPuYE==T%*J|cֽڽ`<3M>GC؉p`ϩ\١r`N4qf-7Ӂh|c0+6܆RVy;׻ռɥE,B!:vE9EfFAEF"3IGH&YMùnqؚo`6?DH
6;q~y(?<yG]g\c%-}/en̍h,PrSkjۑɏcNNqg]9ǾF@V-0{[AA:Y֢p,Ɔ6ڶ҈K9B
w*-ɹsYX&Ty6kHѦ JB%aИ"4> Lf_Ӫ[rLc[9*2aR~z60`ϛ!Tъ؅>4p8?{lrkϠyH(X͗S,#8y4fKu~$}_Ǔ+0	U]<g9{yՌǽ;7EBsD]k3ʩ׏c?ۧP\sMk|J`5łeΏ@نeq~(H5 !ЅT·нmlݝn&/ɚazZC8CW_Jp݃6QZ;Qp|ɦsڸ4Vp^	4Moչy}{]^*\81wY]_ao=@@qXؼ>u1$$ʘJ#k|0|@wɫdٸ\e4b[:G{_3U{ׁϼpÍ>Y%h_W]Gv$DZfNͩV[wq6	

CՔ8G
z6#ag֦4mh͠hBg׏[ͦRl_Y&*,S*Lj<3ƢhE`ɉS@o3`3r^\Y#%jiRAӠv*^t/kHa$"σT%7<fL,˙(ʆKhE؄><BǏN{qT0%߄-	
d	9pN)?08Rf/ה_tJ9Ip D۰&058;??I]]}dqGyا5ѤwPqQ"#H3,ϵ2&5&'atLuÎf?IHX6KG}a%'CcŲ_.
<Sb_RG)],fx~ +(R}OV*=9;+~Ȗw
Op@`4ϕ5QTВc75Ŷ"^a^ƞ&tܳt*;xcIh<]ޜYa->95d]"fL{ƤΏ**ɄڶvLҜ$BжFw&v?±dx`C.vaۮ>(ϯ'r}~:\~ŸH{Tp$ӛB(/%9)׀~YxLcܽU0]_ɱ̒ǳ]jWπb׃e[q֝1@+7
	LXrYZAXRh،E1,BuP85kNt>Q(@&nee?1,H<#uVҗz}xT=v_ijsXbp*]>Z@&.X3 ^OtU٦¹97gS[
"<<ڍWmgsDI~is؟>{#G=Nl	N[>\ukB!օr|?|$TMZ!+QI%ZA_/bnS"̭QKp8HnPA	*)S:=0}=͡ uߡX5Gj9ZV¼l4)#('laj3?Y0ҝPYǔA_Mp,~ٖVc2wq'}t"6@zܡ8Ҟeܵlv$T\!"JBʈn;$ǕNh/_`hPɟ|YYSk2ۨ m$ҋS׮Z~j+ܕpNC\!?P]$Wa+qqHơ"</1=;}z!y¸ʷ^K*h>w%{}m'}I@RN݉:*G͑Iƀn]dc۲\WlQKcIofFhЯ>[13KC)ם~t]Úd,g.}^wK
VM0kT%dX*ڏm	1z#uƏeeFd!Áo)Wf
;O=i
$2;{;^|]*XsW6+ФvUDh~u}bt֧+"xqf%P*-xiK+5HL6hCL!ġ#U`ԦUCt8bjÅ)(ʼP|ZL%bȰqXdU٘!gm6!it s¸WsnDas+>=COش:ʁw+>{I؆
CfzZׄ
J9oL6"K LCx$-A(̯ڈzsn>]bp )?nY{Q'p_۟Qcػ'۫Y`0=JdBp;u6݈\*ZΝ6o	MQs(hF~jҬQ6~&׷SMp>*ck66'rxE^zJ1A-$76oBn|@?oBC<TZB<h^aSw	G3	] AUd-XxxTѽ4{%d,xm/UltiOC^~egڃMaA[:܄VX)D*oLҕżh}}`
pr4BHETj&.dá)=l#՘&%z.W7Q"ֺPdi^yÇH%w4#Mo4hʌhЋ|ؕčytz~g8Cܤs((d*j|6{4;S,ipPQY٭+PM#E(Ww0 ''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(18401)))
