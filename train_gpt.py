import brotli
n=a=0;b=1
for c in r'''Fz(A{;xozЗΙ*zaïLcW6~J2VQI6"p9JS(VT'toFb@ӥ9%NWRPò:Ϊ3AX&/QBP.EL%ŴwP38Bu`>ƙ8[/ĳgpͣƥn
3|Ur;doU1ӱ\Ө5Lr̗DfVU@7:.>p?wXJqtȩ8%7z#\+"-Rr97N9!t~htԩHG#lB8k4V!wHA	[AXU^܉ݤgiua;ͺǾ"?ݴ-i@v>܈݈֗rjkT=>#v,nPװwdؑ|--U/_IǙf8`9sh
ENol`qO؍ʮ?,T,3xJ-Fĵ@8d>E݌GfșFų0GB,x΄.`oZn?c åտJżIB\N=oJw5'v>@J<Ç#fp >÷6)eEwMHp\K`#֛ޭ_N!ۯlF>/fgHL$K>LNH57lєL0ջp$S\I͉bh#_ߌϾNkA͞] `?B˚k)H2bŹdS2G4	fpav0Th!9Wc	uANӚLcԋ!mZ͘K614QSűCI2Tѧ=חEI/Pf2AAҀ-lDn#SnQFʙMKOϞbdoλ\V%jhAƊ{2<9voXl{և)˸r#,c)	*7..Jq:fJ5fKzAHDMބ_-Jpm=8ߩ{J.W0Il+eJNK/4PSˠ<	7͊r`\ JA rz-.9n|~gؐu|zP-Z5i9>1ӷWصtXQ;Q-Dx8%sSjc1jI*FB0G98'a9rƑ#ѥ sӻطuwrnX&/vsAno֡ſ"Ziԑȫ̞*V@bqDڌAzɨ{@2x&ܱQҡj[Gk܏6#LRzQRrtֶ DT uxq:h-kS'kAGkݨAY/
=#˵ۃL./30)ϘWv/(\rU=_X=QR2vcѺH5=cŊ!2QpsDݭ:\6pV3ӛS})j9׷dwlvDRW*Cܑmg־ɴwzj?ѝI`POtr`y?6`s.*
^(c|۴X)=JYtΤKFOML99|xc,{UÃwx77+ψʵq0+ד8̧|ۂXjD<>ՁGÀenvrm\d;]OC8`y*zڢ*s|U}c+O;1^HQ2fbDgSuDăэF@\vkWζ؊ʐsif]\=!Ρٿ<rML n[L߰Q5;KmkmL۞r=TIӔ°=MWɑoӱnER&=B#ٮ~7$%=a%>Hk&q.IX[PK7 L|I̐A2fQL~wbUw/@cگC.o>2,φI/BBhq>1ۦ
/}eezHq7!fV GVÃa4b1z,ú jioAԵ܎I4:mPtg*/I/ߥDށ+>O+?Cs$cK}w)r(q7?,-s:jBɳZ$QĹ4Յ
q[ˍ&kCAԯ.Må4/8~ȱYʠ:\=5in2כ\^gqFcXp@}c?$ &6tϑf	{Gc!>}WrH(<A,DSpֻ+_J֕Բ;"4Ƃ<ϗ	aSݎM78ǬBڄp}s!٩̞f|;`GבM,`J8@}$^wPɉU2/ʚnP_OPFDdWTyqoذSI,*^=_,xpmպLƽB /mMioi͵̎NN>b7uoqdTH>w&`ed>fױūf҂PZ%pd)@є`j5@-4~z0̱ĘΏY1aA\%&
9I;+-ė;YYFv;Em?R~_ʸĭϋE&"gPw=-4Ѿx]vXW|JGxryׅULQ5U߰A_?]!g	FLm]%!}W8uU
߼g8аǃC&)t|/,1oYsռnY*ۋ:h4xzqgڊzdܽnξ_Iδ%jͮbd5y~~IXTI05
βDZhҠ:m\e%!DsKI4<˓0uLcҺ}4uϿSKsăm`w<IRFj3d6{c[A`)ʪ@~Fѧ N{ sޓ9T_<[0͂)Ǻá6G3d<q7FqVqJN3Ӵp$hۻcן
}̹RnVI*Ht-k ʼPa1?m.Hy"dZ!!S6h2t%I,%F.6'SsQa,ˤ=~Ĉ.WH%v,7Cƹ=%@ψa%@[+<fڒ^uÛr=V#r^7d%q;=:t'	]+|fO5_JdǢ8ҩ@&OZlhbp_]G[cOۜpmǈx&3vI7e 3R9]9ln، R}75ݪ/|%qn$ .fc	t
҉*y'@i`29{B@10D@Ln97}#]bRas3~7rĔrhi	ax>+haӃ6+O7>'[+gR=xUyMRPwq$N'9G0MϹȜX˩3h-Uև&xDԐ)Xս+zR״ii
[5Q~MJ	n{Ί0ƕiŬ^L4nǨS/g%a<{؞ކxpyX`?[Ցas'K#v^W֮pلUi
8l	yz
7e*+lHMFuq1ߟߊb!߂$	5Y۝Dwږ8NOp4Aqtp("I-{dGgqJt6K	+=͹<9ς5^s+k"kSB
$wcF^8 Xsڃ#ɴ}N7Oӂig̮Z{<s%&̶g>08[R`Cqq6*xRܱR)f{KAYF$ܛ:.ԖlFz++DJ/b[W"͸:&6-,ǃJ20Md$
_hLdܦhc~$^0HͶbC2dDRZS׸jg:LXJ·dRqAFx;RY\duDi؁iEj$"/;U\AZxItjю'vN/.ߙ}$]T%tESJ3C)`!|ވ%+yf(-9{[t	2C9н%yѢC@oRo
\"pp;McwdI3=@;Wj{= !:tN7,wKqn*}	Z0ԋU8tE8%?Y=\rTQ.Lnut	ʙ{"ZY44%ͥ0?cěSɖwK5eO)KU4_`ǅ_fyZxDw3
431N7zCޒ."ʿGҞ ݋#tm:}z@cR`90b~ǭ|cS7)	7mSt=x)3</P4{6٧ޤ^yh\ْۉoڮ,'OaYp]8Ko^aݣfu<ƦQ+%PvR
R6|'`Ą;B?1,_Eb*_ߴhfXMmʾDXc')`2Pzq.Zec7W١DKI)<TDz_d3lTs8eNj"-5PϽʸCMIEREvHHOĹxl-f@2*b*^9uٞHRj@\9i.6E	jx.u@f4o/~2rɜװm9ڟxcAoֲ[`vN46~C*6VAy:$fBH]0˓a3k,a0W @ʖ|r*JO'@e{ FFz-rcW2֩Z8_&1-tTtf8tL!=QUrCnF5MG-s\O1bq= 9Xpܧću:pqXؑP-'¢Д>iNӤJjĐ´U>"SJʰԄXr?m2w\I.0|llbIA,rLI$f*]Y(?L_Sjq΋+տq6ּ5U˛ojAdo9'p9Ӷw,QYY4</ȫJ"ʔ`ByNWs !["zYN6Inx"F	rUHG?I,,wp[?eΆmɅz/2*/L5|a+Ƙ	9CKfF@/%89'0ܩc@c.]b|*iNj=Smp`)Fq8C.GbaI&]V5c|m_ků7s3f=GbnW[12ќQ9c.-Ō&$1T޶lVVF֢շL=%Ѕ.;͉(ҴH\O0s"F>PօW0\Řɍ|-mW=)-SӘ\VwPan+˴j'w;J=[r@jb:&7~&ogR>JݔUoO)l<?uVKu"î7N&f	i;Oαs'4Њ[6@ب<`oZSGr7O޸.4@Ж#]M^ھ5*ɹ˕}KĹ~kȺ~؎)5CnL)C`;F'd#^J1.YBף~M{J- ҳNPzٷ~)8(PIU)&kȯȨ:ZE@AxV_A]	%&.W)=s&miuwa9(nߴ9,bdncۀ>ǩծo_*rnw{Pвrz%J&/ܐ/IR9ӫbmѫ3th޺=ǭcBM\и
}9B~Iݯ~cI Ё)F۹bc],O9Y۳ˌ*CBhPq/uƜ+=(wғAkIOc-8WIK%δH}p-~WߟZeUoDl|ٕkLp;9
aݷm v͊[aͮed/Exm=_Z^z>2ݘô_˚"Owx$z]Y[U3Ģ3d_'$@WX(8KW7-[x84OX7j!de`,&\_:<nG3bourp@o_a).6Ϣ|h20hDaM{93:b6+`\؄ow4A..>RSvlW+1Z81VDLjy۫CDbr],ʼg?έ$]_4f2`f&>I!>s(0
ZjDZG/G~1Zo>7PQIj=QC~ٽ$*$6ԽGz_@LQɪ*o_dVip0%U2H]CpΦ1ʡ~0
O%CYWȜ(K)$VOu71fFV3"ۧ$ }~gXp;O/O'o3d8:UAgוDGy58b?Vә7-qE3պʴ	L\S4?Y˥&=Cˬ*sC
kQM&gFA@E$ưiEV߭os&)KKت]~iBӒ&tM)YB6jYUD&(o7jf
hQ-ּahYץ:-B<kZi~VpX*ӓ@3JFxؐ >׶vT<O:
F+f|5H-@S?׫>ЬT˭j-eh$3N!7x/2`hzķ}DJyOkt~}$;5z,ϣI/W^Tki;Zfء=H
.KIzGҧ68iCۀ3@tT(7e{1re˴wOHK(۩ٟ.AŤ~U,.qdU}>z_wXGZ1kFh:e^rDt.R|r
bk%гO_F+e>VsUHiz,vTssי"/lԟ1_bsՆիǲMoX:ܴJM\1K%rg4`FgP7NrɃ8 J\o0uͦ=`ާw-s|Fʤ:}tv@Ö1#{ph3M
T&Vp:q]INKn73|E/V~'
"A$ǏI7'm~ցMQ!i/pאmpښw
؆ɁԧYb0Vs׮LTlU[_ ߩ&kKcnz6Iן[1D)؇lelFC	(hq,L8LS._d@8˺cmv4VuIUE\>-;}}Uמӽ]YEk0~zfrN?y^ٶTIuͯ)=m:rEka`z:grV]Pe5~GĜȈ2-RWd09{gӓ݃d̝lWwzKx\oĽcdZ>>K !nBv?Os*.!rcneŷgx<nX)6uKȭ} \:9		XWV$a('Qn	d"I}Oq}R]dޓ\1n	­Cuv5^f'K6V]$f(|j2HmvRG߉YFQGcNܑ(`#-$:«}!g\xZ)ҀJ^JA>Es
!.}ЍwňybVDX/MINK׻1L2Rn,#?V'<mQBWGjs(5>{RXc!sdun9\ }-=;`V/WzCd?ҟ+PQħOt-]eAK+k$E[l7b͹q|m0N|zE\@E[;q	i%w= J	WnA	yJrO͏a$Xoo-cf1F0^.^adl#ḑ9ci`.oǾloN(ú**BUT<׻U̓ћH]8A6'l^`Tr\n֖IJmW}'aXt˅V{, '^q%odiG/yn*pEOۓV̈́U/N/WnG'Վ>J sVA#]G_=RsŨɸZ֛FQ\:܌sյERksX09-JgLڳMG'"&`8unƅ\4h<qRHVWxa@+=4qz*~)6V$F9,fvNG`3^*Nv՚WK6@f̄@Ƞhu>KAB_ݳ,Autm%ܽj[<9;pӫxTMr[­ɡPazے`+;,ySCxgT 9Pz^CP>&{-ӤH֋zj<'pi"F\*8d({#FNca
<(v@	ǔ#ɀPԱFjA>:20MN+OR4w>3	 Bn\OajVEjZA*$ː<ʴ/QWK!@ uiΠPHRJy|cA{:Kw^Ǹ{f!b	WI+E85`_DI''"7ieowg;<V$\{$	?Uv)3W*ALo5ܽדlxX!MGєbvuޣ7`UN*D@ Ԅ_#;kZʣ$(iKY,&A5x&@<{h8w;	}ܵ~
i#5%Cx$GJ*'ѫ__=/P[?DW%Hz4¤s8Rǟ1IܔYJd'Q5SGʑZ(1u'8Y%Tes*<C$6Ug7=^4d1k8;E-wNk4	Fmrbu9?w~|.%7P]a +3ø{a5ҨPbiM4y+fDj7nɇձҝ`@շxDu8WF]wC("%#&Ch"$ēT!
sG6I$͘.(cQQ kqLq!NG`ZG%ӸBu_z,/W&<Ф9k,PU~MYpƳ]VPf?`E:oC/[%j]&'ӳw8d:8Oxwq͟s{:Xmo]S22(7FjlQ2xhfRyUǎ]'D?26QJNrD sψ2%׵jY$ZFDN?֓AbȚۘX9CλͶi޹"a7e|JmuH(tp= ifDsO'XLM0qBLuC<1M<<b\!jͱXɝD.uiˉsP{3ce2(TN5Kkti܃Wzb<.?PJ0Ցo#oqة{#oKΤqO)xǜU`ל9*G~(<tO&i7Ǟ{SwnGG|S+Հ]/Ιc2;m-nzE'M$|O3i^cv.`,Dn:>
N5Z;(LV̂R(qk&l-ןӺS4;rrk?͂`rM֩!~×hj9ۺ)T<|+=?n*-cj=O*\Y
h$KMp-?h*qv-xKf7;
Xj47ËYۆ|LV4)n!2(eSi"<&2Lٷ9ַ̼/*
zǵՕwSA<e9(ĝpN!~VH
Kcۥן)n~,G
0@q"OZ1c/gS#{`~X*l%F'-mץ&o+|d-Hb*p?b@ķ~¿v~DےAQ̱{}ylBмP&ɂ:ž7~ADHV/0-^AڄGN;@<MFY6?c:ҋW6|#g~\Ƙ	%BCF,\RGP(kn"yh.YYqg=ݖT0N1#@AWf3_+nmZ+a]/<&9qnLw-?NѺ_c':n'lL%Jazdxpcbֆ4zENwԲYZp;2cNSs(MWNE{KX[v__@_Mʧl~ǾRɫe_!Q'|`\aa=iB52qwc	Fqf^#[KOߦmU_,:P:ǧ9(@_Wv}SH)OdP"kw>;E8G?:4lpxZ~եCűZ.[MVq;3!ͯbHKx>ڛ0JQUCԒ'Lŉ01KN'ѱwH	p˞B8R
:ٛvBEXi_[	s؀ϵs~6-,?+;Πµ) ɯ5&4ұޟ^v{v1ezŤcaC3Nc2g|ܑ`A0֢`{}W6_ȃ"E6,\K(zb"#O)$t lQڥă>N;R_y#"(DunA~D3gDmà̯˲F7g,B*/2yhۺyʪ@gvcWEx5a=$<gumBBxUrtmȀ||@tT!,bQ 37F;=߅e X
/5.yZ9ۨ'p׳gue@e{OH)FM;[ײӋU&ڲb9fQ7RE݈ʜs,$1թz3_lXTiTRw_1m;bwoޯjsA5i-A$}l+]'pZBWۓ"oLK!Nhu:XS'9;%e?<k 

MpuirĪ7"Wss}ؕ>KYYV>O"m*n~}/txfs-ECBD<9	;$"w-D;TgDSyyKGspW?GWz1z*oڪњF|IkIm٦{Kd|uNDBN˘Do؍O%X^s~ Tc'2}z6<?Ѹ
{`ՒӧD!.ԅ`g23ƥA	>5fA.:e$7Џ;0iAGs`ZG-\e5RaMۚ}
A>G")
u2|!_5t//tdAmτr+06W7UDf3`r%YF,3B*r \"ǜ(зtbI.S@K!t9@0xJzyGQ22hd0p	{Ի[.$!آɨ׫262/R:2MYgrҎtce^H,Oʖ'QO*z5-`EEܘub(Q	Uyr](2.e^]!Z{&<nPpЩ3.
ܖ^SYcSV^yߤ~[iELWĕԨɖ"9F.oZ\ǽNԹ~edQ~{]e|Sɫ%0;o܊
 {м&rZ?$|LyGnOEe{R@F]aދlV2Aw$fYna\MӢ	("LSjޑf:Tf
7Dڃ`rЅ`כےЯ%_E`90Z]UQTLJF,6FnёݿpCl2|[E8o:c.w|$wȺkhñrYڥARȾ۲'ɣNb(هuKf '%g{8>_/>OaVlov]ZN,q"}IG8ǎQeŮ3K:ZTYRF cв+I;\ -|Ӱ]|X#%g.۟m¦qs@48R5cqWƵǄq)&cM͎ٕZX%<+׀Èy.8HPRKw߉SQ:"ۢE%ݝ́Ll#C uXMrΙtYSt<^=EjM)I7޴ٛp(˚ܛNFW{Ĳї!-X@Ǌb)	i4:jy)1&ٷ[OoµiҢƐ2 #=HS}еy`Cف
AtfTEBa$¸Xj<`λj!Fy1nJӚdǜ&Sfs2~Hf̲VЯg=jbBђeMA^7"!h:)MAO=DVH&#O$t0ݭπ+[sȴ:`U45Tcΰ$/E_ZE <}g/Pq83޼Q]ҁt֙
Ԧ4	řq1NzՑCߌ{%ّ4x{&ȏs~7k>rS&ily͡U{x<! 3[`S{ޞMŬh%~m(*'U\ZYBݞzȟ`j>0i*45w	TJ'Z9X9G>\ЎBקaă|.<Ɵ|j5i$*sm,|1h69I?%Bd-q6{a+Zz~";ʌeӃ\ōSysā(Vb?C1V(ti+t@/"ԙ]9j{S0i<`b@78_b2˶ڞ(2mp/cqY+ԅ^ĺ0\ICo
ҧ6fOWp֝u7OÚAp߱+уa*A^O?Z\E[o6օA_@26}sFtؗx]vnɮ%?Al$D7gR/$FE۪Dn& ~T?؂"bIjSe/\y%Ϛ,	Z3/>e+P@iʧ5dOAF&_uu֓D;ޛrϪ7}<	7ױld+,VmȐ3y:x^z4(-ݔ؃{<
aU7ae_+HP}R]g"cɰ^N&Y+@#wƇ&q#`.W_|b;|ŎwYcqË%vޟYiY6F&T[n97W
i"KN[7@hЪj?a[iZN\e0Ě9|Pxϻ˾#VgJP!gS`^:]ϯ5wHʏzGДIB <̹QܘNCޯSp~.D - y+|1q"k$emש3|cCYrĪ'Rt٤yّ"x d+ڡ;
tu+mM:8%;ܣ;Wwۈ~d{ti~\S?>HRu0kwv5oǫ#1nZ#PUULߠ/Ę]G`Ю[TJO9Zw_d́bj[ФYĎ^kgǆ:tV+Ð-4ɚ{a8ŏQqWHz	OHZ%CH
1hRӢ@AE&>b<";җҀb)vޟqS|`M4:mE/N++YBn]1LT92IQ;\U+ƄE=~/dQM_\׿x,kG3[xBLji%rk<]­	-J$t`\ӅÒH03LɌI,qliyjͨ2>ӮFhLȗg~݊&<Yn3E׮5֩ EI8'VaRoo،Ч1nĳX9E[hݗYΤńɼBAl_س3ädYvL;ziX$J baݎ6~?9EYR"E]1
kx#GMLUٷbt\!di'IUš(hYN^WLL	ߗ_*aZE8_NHʈҀNFύx!.C%yJx(H?MmF5C/[@%ҊE34iT^ݎd5,3#RIJRYϸÂGY-jKc16<	sXN2Y]Y91Lv}6z^;>E׋fDt_TwjDOlސaDż'߆'i]y,e\=YҐ4,åmHp=s0xLf1*bܽ>X2"ȡai2&a(1uyDj_Q\Dy+NcCɂKd\2ŝ&֘eČ^H<TrgGNLh&e8ڗD6.Ar\(<@gkpش8<8c]k9E?)Qi*9!{Ȗֺ*.Fs?u	\04zNj#(Γ`I-n>kn)m</qPI9 ֈ͋_J[!Dmt(gإŦ12ǩ3<x3 AyVÄ*l`z	j;4N̚_xL&6f:vcC͓VC~8hJ31LԺ19r4̎z.bT<F, C5M$0[:ȝeC)`;Nr,>1	z0D
V7^`2&:rZNo2wKZDߟ#!,\xͼ"a((>#YUiMPvI`EǮxctND08UaLy"ژ\Vh;.AhfQbfڥ+VQkkcI'[x.u{ƈJtqbȡΕLQ1ZBe(*Qa,Oџ392A#v'Vɣtށ|C1f0lS$oy;Xe5ҠFBu8,ވ|qDsH&}96!
l-Q9[aЪȤb=5R)!(M7an<pO0,5x#-,]#ȺaΔp@[tJ>ׂxԡz~m݅0Ds{e@[9+~,AuB~~Pʈe0i&t[Č,.Gqe|u{բ}=>dk
a=ͰGϹUdZ,<\Ҡ܉{GIƀrHӯI!޳)$<}Vbi#9/v*O*hN#
Z?1\;ȱr,Fa~Pj[=w~<NwD2{j0xC܌a"}+wzn;wKsg_NϯlJ.ؽ.rZIqÂԼ*kso'ImL2c2^y«mҡjױ_0nlMmY2[aoӨÖ5\שh>//yvHR#ݛ1my.Jl|م2I8v-]_ծ˂Oq6qZ*NNB@*{kz֔7N'{Eߐ3.}\m(ryЁc99ҭXR[Q1iӓ	ѷr}HQ)cC̭hpCa.F[W;i?i[&c aS(:#r	RD\2ٵ\-QAP޹ʍL,ʉlݭ5˵q-m%8#b'Օ{~RѢU6N~Y<IQ0"-HOy:̓z-!\(ɂ	1&scͽ$&֠nu^*+RQx%8;U^W,?7wpX˪b[x?źmB^E(j6Kj&˻fZpJ>{~2sZۧʇѝ\|Q2Cȳ(`֥Dp˲Y.}M,SA8_е&Hl-T@?C&rSeD86Sdlǃ}*zaǄ*1E43x8bޱBfR2X!޿`/sүx3%xȈܖ֘R%^|]lLiA5$fX$pyTit%w=WWyՖ_I9,Z>5Ë<p҉TXūScl$CݙG]Yʓ^z-8hf|_'O?XΑX'fp!ٜ^CFrKabzjccevyJGd0K5mЇf~&jc/س^:]èlf9ă	/Ԝj(z2ŐKd;=Hpr4JS4a#í{Eag(<x'/_b(K2aȊaȺ̚L	DXyi?JN3p]{ד`U6#ܳ;]l	p0ti+QIë,1nY||8$t5ݐ&#̀WTF>	374T\2­;ЖiT>?#p@JQQ%ór|83&͏B,C/~8bfb.uQ^
'ЄN#zpyVr=nHJ+yg϶ϊZӦfDHWF!ژ;lM.j=׿aIǡ!x\Z.`g-QtVcXAr2ik(Cm@4~gJW1P[\V|)]+ȾV,yȾU2Q	1PWǝiMNRJ=g7'91v+u	x,*5,ܝۉQ1Ծ>fbE
{`FipfεsLF^eK?TWJ'h`<+CR
`Û,mfuX<UǒVKK>@[C\Kmq'6pv9.>,#΁N_&T SFބE?o4:ATX[tUkW	0߿qy|2"8KmʬsiUV\y՜z=}
ěY`QGإݞSʢ7dm	ȈɲL#vի6^gnP8ë[,ӫ4>z-+9O+	f,iP([0݀RL6</jZũ`/0QۯxޅPUIxc(R۔ܻmE)J! IԱKηe.p]LL7?T:E'#=#ޕWP΃{C5̃'%jHuH%mZI_O~U٦حDA#)]|fKQÃU/ZK,,Ǧ"w<moZ&yύޤ5WkVFb%^fO@#kaz(T88Rv@ܟ\ZLW0X a]_^YlۡӞѸP+xgyNiQdLߴDlo`6:W;R*3*G
FdQ~Uƴ)@+ǿQ
s҇i{sɡ_7[sC(&&:qȚb U*ϐ,KլŌϋg W(Ğ93[ϼ@҄l`4J~ae-O`s?H׬:WC1S$m]żeV.0 ؾ]>l!$DRLg!pojwm^O0'А|s6g@|!]	>{,٠+[lae̞Ie-U=C#qjsWw2azZ]F;ǟ%u/V=r	Exq6QMMGgMQĺg!'NI8]Ubpm	}z&bLM7%oR7|4TEJ`)ԉ9PXJXN@1w :NޘakdOpG[ȪcvՋL_r!KCNiLe#@dH;ɦCK&-i	3@3ʲ=a5{rԴ^$i';ڒ]QHcUtc~<(x]Fg%V)U3ٰynل?ɤĖp.MXG0a{{O_:G,iĊr36@d͚]mY%2Έ'Ȉtٹ
'\i8Fvd?0,wsx7"[9ݪPEGԌ̲Rŝk9p8dA6p<\VVsrt	Ɖ:X+sJHd%W#S%QLr%}}ȗFg@Po{ײ_}Jtt[^=]h{zkGMn,۹^A~#=ɾVF^Ǫ3xHa˘V>گSOi
E6JEˬNmpϡů:1a{e@bK>>4+bVM	c/[W:{M8h]V) ޷i5*̀
ߵZ<"x̞eS42e=%ϲqT+!"G7LС;W?K{!buz3IxkWt8_+Ą3r@z\Șkw٠8(O="[|WOiG՝,EƠ}aORWx{5Bw'(˛ihzv;`zl_EAxgjyRێb}p!;h)ܾ?^pԭ*5`J5"}ʿ(m}=
Gb`96"p%)-?CHI&{$ٴ'Z$(+۳xLsvyþ>3cSzs}R-?V ӄ$sk$eȊAaДOߕONGLTߛ=ґ-3.YE6ea.cBP/	 O<Re5X_;kڧ(oPOQLڠa#Mޅ0"Ðn=3Vi|=obҶD3rIv7|C(ˈzEݳr].(	&t[7ۼD'uhi2+MOIsR5
P4Ųe7u`L,>.ޏmC#</&=Ghvx$<8f	""LM<r,V,Ȃڐ؀PXb*mȀ$0Lxe#jIBr|ѣ{\̀CW}M}ߝx51p_"Y`+ȓw1-^ 4uCc&I<	V*T~[s99>sm$|K[7.ъBRXp>vK_P:eeܰSÜ
[eHab`cn&HFzې*||j2wd(t]uN4:J!C͞m+vTfx"u=E[XAZXi`
=B̾E߱hNF0}\+>3.5f߅OĘ~ϱZp)۰ܬoǰQ|y$!{ޱW"< ,ͦmϿ#H/G\X}x̊:!6.GiyG)-SjĶG@|3.ؕ׹c@G4sm֬1W	|kFiٶ?JH['q$цo_\SduvN1X͘"m`_lߕgpO.؅Zj@ЪDZ.tu̶
BDؖe<sgDrdU~md߭-S#Co$I.az%il= %2L2G,*ɗ[lc9\dn:۩/ MƼkfO.~; 7^0ouʵGJ/D!VSj(txfwk7Y{pYFBbȜr^(^_B1S[ؘ0D8{.%yz͙.rQC	*T)sɭRv%So/>RgZpjxĬaC1^/?EEM0ҘӠTFt&:>:wTAU֨Cfi+^=teNPАBֲ֖R9	@Y'J;SϾ^SuŶF&J<ђ>/R~VF.! iwb?ĩ~g4LoZp٤vFK'f9ԥ(Ld@RF˄StsEn0Bea#Qt$vr4+w75֩qAٯs@Ƣ$a q-ZX[Iʃ!{?1yms)ǔkp)F`!ݛNٖO]_p8vE*0'#YjEL^OH5?-ӽ_-],ê{P8c,EjԃK3|}727l޵j8K}:.Ԯk@YR0L~/Օ) ώv߇KݰjrsRg)Θ͑ޚòxɒTMasV*; %j{AbB8kyH5#%//&T(%"pNq?T=ߢI1NX%PѨ*trx9^ɗWG.X^N<GŊMY=7Wq}E@0q('Ov/&DHLKJžJҬm@'5Vj jxhˇ)0y)ht,ŻӱN-tOULgԵhUC+dHQ{8V
=W
qԵ{?\|`CDĔ`1/~+\N~VAZ(>޿u׵o	X*M;&0uVYoD_$Jy.|ݦna8ـx',Y^۶v}l	#AY8.ke_KcڝɪՠeMZ4RF(txȔ*s33Ǵ<1ŒYݭ@?EO*|r _] Jå("}z Np
_̣J1Ϸ"KȌ	ڰFÄs=w*'aT@h+КO#dA$Tac\*R52#ٜf%ǺtYw]m1pU)*Vm!{#>a89#h"-ytAА8RӲoݹ)ӑ*CLſuLņr|Tvx>;ʉQy*}Dgy	8VY!u8c`	I	2Mxؤu&\>mX϶OT,-xoqsU$+:GDY%$5:MXd""<@HtOAPnl@'zƅYU7U͉]=^VTG?gq:͖V	);x<(#R0ȸOÈ	@`[ùqB]$ԮT̷1D%K_A!޹SvsC=R'<E֕x/Ā'6ΌǰsGWbc"KȻQoo'\uޟQDi,dpdtEpÔҤܖTApF<wޕcl_%EgWbpqOף'lH-_|ǡ"*uFa|k7vJ'$=`LTlsFɏL\a$!N_F~I̔j9Ԋ1f-a1(ܦtf'|Ֆmą"{lB{94*d{dFhQmt
~<YԚxE'ѥ+y`"_,'LKybש%
B`(mYB0Zdn$~2C2UeZ?ޓLj˯Rtxwk^:K$t1N0KUqOUMȌҸ0k.u<<bC\A1ޏN-!~#E4Y([?@o_t̵hxz.
-MJ=~p7_,<zBݮU5i;0Ey	\z&Q05%%|k:{QZk&ѿ+dULLbxwC*Swٰ,qikwΩ4XS/P!OI`ֻ1N;p%OԦUϴyI֘w@':YU*m0m8='!}̄RPCgK}Pl Ns:uUYeFO~ڡ{.ڨqéRmj(!C)׼n| P{iM2	8fAMX@zpt^2Y>Yn$:\rӆvƿD[,HbiȹѨ959л;%`*֓(BwGUaL[0Ej2ˤ<rQAҩXiëm	ΨjҊPP"ۙ]UrVplj!r	a&&";T:7\Ueѿ~E^gع'5]͢7E^gXƜB 
ǟ$5N$4pT-ɭF2ńxOu|E9i/Cvlϖ9qĿ^zӹQJ/u3`(B6K#BLx>d|	qw٨߫YѪ)B,Hyف̈g^D$ZүKJ1VuT#.Z|K->kI
_Ii#҄4*((lTٱ<<ל(|sԲVkR8ػ[/ŧ6B"(]V@ks
i"]B.OA\9{&6e86dяar8'g9,L8/R'Py9W؄5n*l4c,3ӭA[ԗu%a^aڐu-5VB;Jˌη֔=~R.Uձχҵ+Sn@C*Z=>1Nb~ZݍrhKhS"(q5OǏM{XҽTÞz)	sΥb¬lsfҠ9ؘ]!"3ݎ5Гȫk1եݫrrƄHh_ɻŵfkm(IM>4z)ņqԊ>cCk(
!uUS+8=&L8yKrUЪÑv(1	jHӦN)se=yĮ̓&KG(B[Agȟo3н"JHxw&cRW c
Y2FVUKړSkcdT7*AvՓݕaN.CKeю!y1ƉdtzPTՇKo/Rf:S]*~Hފbw{uL1ffj7q8u4Z3RΖoCIP!ER-G*$e6ψf/@
>_˧qǵ-۸0'$a	!ݝVq{J2sζxҙNO?s~;oT$&0u S]6 8WC#|SI2x`xڭŶixx
ޢXI[?Y4}a+:VדM(A~nf,-p8bˠX(it&@g9`imyV8C$ws#رn]n1	f]څ~~ħkÍ0vy/`YȂ;6@\YpS^Z}Oվ[Hͪ	e.@M?nI^>{1Qc7Gr/5="q=DCηj)dǧ|B٤5`@ܴ>=o F6vaڝp	J
AĆrvD]"qP[vK`_rDK?Xve61΢3GPWz_wXJ?iX"*SCX\$
]H8BEx(ŠMUoѡB.ٸu@I7,
h^-5oN%)A[ןlª+Z4J}eνڬJSyVs}{}s8^i;ScɯC:3k{`oSO@p~?ݫ͂ 8ܕZG2=%UbNY%NT)4"R,ћOs ߽bBǋSWň5o7vV
ϋ	46mGCFMpoR{Нk1(tFȑp+D{>riC&
9&$ΥF$)Z޵ç߰|ϻuif]K)0KjxXKcRNxʯS0věLdȿB0-VT]BGRٟjǆYtޣ?3(Nҏzq4x)3Mh{W~r(jUӬmѡؓ:tf|K_J1?e{]rA:٨i;wKOV4hHַhUѲ͛DwdmX>6CS:Xۿ+XZPӭhj}5U6̂'g&;Ʈg7Bɽ{"m,g}J*ybnAK_22ŅhHfIBO+[W::E&KG[H'1νʙԳ%(.%Fڬ֟m$WKKϗ6+?J{X+AG#k/_E7B]2څNNԇ*ͥr.f'-ӏXX%ypȢРGġSۏ381gI[5ۆߑ͙
4S#^!aS]w_T%h~3gAd-.|0HUWYslFӺ@UN"Kc,v$rq9SeaS·.xEh$c/uQη4{pM S{x4C.%Ybآ/}ť%(X@V[m8)HA9wnöZa\aH\~zj!/d4ԟ@k@uѤ6`Ls-mL0yZ}M5{[uu^E+E1/511dWۇyЇ xC\X>?%̄|gѴrƕ˧T\T:	wv߁fW7\סP.,ȬdmeAvȮE
:9
Mvr=g@p[v=4Vq-ُIkow0$o"ś{(i"/h.m}4BѭiPJ^+T/QFFPE*/I˛a},g)T)חW1סpTqX*^bryxY-W,^+ǒsKPb\.I(}A gM`Lpyr˲8^=e,W7ݑN@ŏLƺr)y&z#gҙqi.o2Z	6,(I	$H:̝MM_$:֡l@ߤz>fϰמKSрIƫˑJ߿Ϙm\qOץ]AѮ"=UȌ!`P?1>fy}\A"dE2Qb60-)}ţ;	ZB'Bov~t"(5)R]76Ye/gzVBPHTql@:WdsE|R+,]*ةu)~֪*~(@@7|5$7m;}$fMF5SXDH*?pp#T3,׏5zC?cuj`q23Vc	%b0P4U33T-wpzy$MB$fL>ά{|;~1C!ǆ!~:y׹#CCwv+w.g:~kIaլ`hJ1k1.ѳPJe2U2Ƈ_)8Z:=UE[dMuwת՞jr(1}UxzAZ?&mmrCc=A1h^ɹt$JΘ{A8v:MuV}"QxKWz@<Sŉc/bS&zXgW-3shXebQ7%h[êCg|2IѲR?	<kphl:רRQj=ʓ9!&\mj&[Ƀ 9mXX%:D`8"P|WX%qX/RGӛw8(Du;nM5_mFW˧X{F1ۛ-\7\?ӑ_P΂=n֚Bβ#|:,Dӻ~W}Hz3՜3#
IyY֨#9nG|$ZA{ۯQՓeco/jUUk*GҊ\Y,imI]98Se'͂ϣ}Urȇ[BO~w-ףMQN5._GfB<4m+޳n
®϶2}81KE-7<GKxt'J&tLPdώ܈*ɬ2WE+9[@js^ԏCp6Կ?VL۪t(x2qkZ~ZS/2jO)4`tuS^THOȷ8XV: W4@ߑ_lz+Q!D346ezjq"h:0G$EM9le:P`O")xvugüڤ;*GZzzjɩ2=ƃNȨ1_Efd!FbBl" CpL`Lqe8ț#*";9m9KxR:MSw*pN!
TDQs${Q.ȿdN0w"wI
L"amMkټѸgdrSs48ZC˺7++`d"Ǣޛ$`oA^jQƄڐ#1pЀq2VIl;؊ќr6|iCv<
'GshX^W!Fݭu?:+oYG1?ЈJ{R^OzC"Ǿ'(BdU@@Nжo<~>,ߒH@ØBKh
Ӵc^#q
̤SռԇS`%rCHrUXyXZܰ^pyJAf>Kpw͸´'M336#iXL\[?Fb{qI¯RyП$ؑNUۍAg)'4vnnS"]aA#ҕ
JAr֖_@'I0:lylM'0Ҕ,'Ӌ;C~^0v+"dosú{'ڸJy;pT-2};}@y78w '/sFlOߞ	o]ތ'۱!|)atK5QvzSf4Q&߈l6oY^7)`<}.ι=f.ɜ4dTا~o@$^)Wc4 g\ԯu;=:´KÜO3oM3qD!*j~ؓR]6^U/V?@vXĦZ>øٷ6x!o_wcPH@w}mbͲƾ2)=ȂUɱeW| 	\)/'~ q XǼ1oqBê.9Eҕ~;=he[N8h `"7.%u
4niq7!JhւIN([ \@F;I.e|9#"Ծ`5mtҥ\QV\V@>C/bZݳ_tIcts4l$aNVǵ=!oe'׀_H9_D?ņN\ّՒګ+aDC8Sv3n$PS""L3tm_9[k+HwQנ.`{<g{4ʐ-?Gzzn|͹͌Af)ܹ9k1X:n4t+}Vܚ_	>Qtf#}T8Ct+`(TΊD.Ca#VsRNGlhbHA64K&[cCnU.ovW.-| H4Z4JNэ0:ߓHӫ\HK~gՖq..]N#&#vJ/a	Hmه1|:e9boBrnMk׃4>)zJ	5<`uD2-XOӮd>ɾug-zemsQΚVHx9COd5f$	*JK	9ioWbnaA3%%0QҎp԰ME^zӜJ`Y:,B4sAS\Nl$.QTsxx0G!@==
z˴ޫo@L"ʝĜ$Fz
|nX2΃	ǭl
4ȖBF;jqۃLQu4sN˄A0TR]_llLGôJ$*ؠ[xqo_=́/՞'Z09\E7Ia&(8yw0(em[[$QgfVd7k"\Pߨ)jFOqEtGe֋Ϝ@Ѫ+/fa'Ƃt=׆zPi%޳*>K?}*a7(usiÄ28d%Z3DY:ftS~.E$
ג +jǱˑ{WkBg*>hǐuEed(R5*mj˜{9o`ɕ+wi 4Dt̱iӑ2+>58}Zں&Ԫ~z|s9\݋;ĸ;<Ν)ol$neivbF0ՙՎ(W3dݚ2|ۄIIo=X̃vaѱziC(Rr.eFi9q2Rt:LFWc_AN[r<~'|"$]\̥'ż,1?lX\#/V8#>3Plrb?Wʓ/d+I(9&,J'«?3n׬Wca3QzPklZ6߅#5!՟fLÍ@$pG
'@ջŢ,`K2S~Pڱ&u`Fc_SR45mp_O,'փ28ԬԚD\v:۷3>E;a|/.Avċ1ˉl̎/qd2ץ\ЯoMZv+a>ZrRӏV=JN4,Jr*$pF'̳ө-q]_l^Wds6*MFjP;clk_N̒¶'_H݃ɭos:~ڊttr3N]7gq;Xx^]0/d}FޤM>S&LҦtߤ5P,P?TZzER)!
6z(x	wĈp}>J0¦N
-#ll70IYl֐ lQRSkLDAP؊F!-N
)Bqj	وIl2$u'9TLʚ4b]n6Ƶbe&Cit	6jV$&_ވT%aBS)XAeLşP;ڻ|+4:hA].ʹh$}
<rо$1#~;	ubJ.=ʞpR˃J؆vWs:)e/-?JXy`L{^\HW_g,SڠoyQ 1ݻZ^JҁXGƩ>ư?ޢ«C7tΔ%GeH`xt2À$FH0Ҝg6JX=]T[	\>RQk}-Mu{Sw:+V	)Ǣ]hil]qy1hxt"/k;RS@ZR^x^{O0t ݽ	-A:
L>AdŋC*w.(;E-Vb#%Zhhͯƀt/g9p۔K''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(17703)))
