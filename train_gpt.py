import brotli
n=a=0;b=1
for c in r'''%WD_P$Ø\܀՜1f<0ƩΑ.˦hȥZS
up7
l1%*mҲT_Q΄}	{w	?~2bT0@%t]894ڐY[4sܜf`BL8tA`-|n&ټ(nEÑm[|a(BEWNgEY Uaۼ()ʨК^BK3ߊ_1[pRm` tc.b,Ȝ2e1PӕaM=]$K+FbF9enEQ[;9u	S7p?YYx]/_ɡ@(=2ET͛ض4H˰H&=9XT.e6)I2XYDG]۫t5PÓNƱ@uYNUvcv!Z3ה(C1يfM2dL/fIq	%UT5UT"rCE+(4ٸ&Wx:+Ш#vT%WI*ۦNԕD7ą4Pމ:w97vasZ;3O{޼Mh-.;hܥlٹT%&qݬ[,62Q9K̡
ۨ'őÄ́քLo:U_q7:`{yW0,9E{Ҏ9gەT=g@q	*bEٍv׍<.͂)zdl*:7T0ǗY(9RVƳg4:e^.jOU]MykL]~mŴ[	>H;8-C,ÌXƞIi3o6֐J[1h:ߦ*պ~X oÄVLvWr+9?XR:r&ͽ1Tp1QNߘsNqw!Zjk)\+f^M+`ƥYXz}0#pc˳͗οs0	~"	ɸskE֫6sP1[*ѳڣ:Lb3C,y'xLR}6IV[o}xF]2ƹ0|=Y!%P6M|gxeŠUKV#ЈB"3'N)Ƽ
in$n'UHƟTv |B/ڒ/u>ht3,^=JlA^h1	jd!20~ָˇz]~_ġQOu$}z1}N؃|2o[he-=o
3=_[̏RodqwR-2_l~pNͩF߈I=̝(TR`^#np^Ɵu8ѓ_
KV@z7lwo[-)hMt&ɹ_Sh]V7L2$hw_X	l}J^`|{ʍX0*K9;Mg!]jqC]S9؜/"ϻT3Z-pw:~#K4F֓	 6d٠*{RwNo'$i)MV#BT,>ln>xÏ\X6~R?;-Quف6
]YA݌ayp~WcZ6D^gb^88π*^N3f~%ՄՏA4\GTF4l5a}w"ObM2wѳSܗ܃[eP[ȏ5q||Wo1Kc-Ob<-6*s38"f6ܺ{.btH_@M]adiFX=)k,ݮC?͕4NIhÀa8
ZXͬ(۩3<	OEmhn_k͝yzkvbc=3PȞӟmOljƘT΍ssxY۷;1lhh;sȪ<bIڕt$YޱNۊ?FNck##+Xzixgs.M %ޙiJ@upJP!WYc6HSՊF<"z]ǋft5MdF<<"CmcW@}c	VٹS}΁|q0:iztx߈n!C B5̎>>#4|]Z}OF55ρĶɸz[R]Ҏ5fOOʡJu$3E8ɮփ'wU4l4a׿mT"Mr_q%8:Cс{97ĮěPtuZ9:jcջQ!~X[)Y
K1!j:vme{YЊ59.ɐ,fM	<JȯML6l̂mcbނ,8w	˨Iۧ"&Xq1oveӳpʶڣ>OΙd)$`T07r^߁"ȯPP87}ĕZ=@}{oĸ7Dɐy|ܾ)"1qEKr΍X݀L6̝QJ~./ǍOOq#z\k̟ۜ_!wN:&NYn/ߐ e-H7)*-tufBC")ד
X2/=`(.Yܳߙ8{_fX߹-ʪܓ(
C,xFdPwK*:o9Cd8h`+6^̖+xו
ab,y^ÏTzus/]>٫Lk<߉?:̰R,A`;1r2B:dXQoçwO] h CuD*ڔYoLgPTק]9QiT1;#ԅH&^L,/B}.C
ky`Oސ%bTQY`pмz.WXOUΓFnYQLN{G=(5FgZij8:&-8W^7`֖9uy_4:y-($ĤDD/6+ܨ_>;ƎF"}b1f?!jłZ:Jh69*ݕLϙ 1{A(pu[́*Bɨ΀)$Nc.vul>QuSݳ̨gG.?]'9C%9(׍-	dZ;
5uXkFh]}hk->`=xR@\)X	9O3W])mTT:ő.O)A;hm`#Uka0yU]7UMT7!QKr14ƙ
[;+.rofL8%L۾K2ԅ'01.U*MpҨ4̮9gė̻.WeuO`{۩˧35IܱZ؇X%ֿ۬3X`TKdFAUX~V`)@0 &lIsSsBKv<QNiO.nadep(V5wpcCb^t;G|:`xLyIMtqRk%5)rh; dz3ir6[e,S4'i"}'#?xG;
rcnGkٱ8)[gKS-k:²e5{1W̖[(%,LqsGnN1%9S7܍ݐo(Q5u8tPU%Jt+C.6A8dO>cɜoX/=qWע̗1E0Žj5~ VulRb #ɲy(|!?4bd@`"ԆufIv\H|Nh8dnS\iÃڃ5u%#eA[8'
!t0ϛ5	hqSʿxԸf̱?ҿ TO׈ojufOlG݆ԔxQ~i׭,4Nsa7g~զWY"߬t$p7dYΦ\s;ϴ[" Ʒ}X'rW!:qPfC$QӼ\u	(p~6r/ˉuoWuA[a\v݈د]'?:*UߏZʕltCiFQBʓ--Ǝ0Cߞ?D
3"b+'3{VV&{+V=faRMʉ;׸@Sm8ٴAXإ3-ZUo4qpKvHa
YpX'}oږɝ	hҒ|oNZ{qZJzM,NZ]l.Zl*0x\T;fCܟT^QM~A8C4f4F̭R×Fbt%ڮ:-o9,CM|ybx\Oj֥
> :E?^1r]϶mYmv5t?(VFK?ʰm^q7x\v}6eF/jSq&M1jRa)ǝ,Z7gdXuaPn0ΪRW3ܱH6d/6tW[?<0@rΣ"+ctHzΎ]VZ2##Qá0,[UВNGݍ޳m$tQK"_TD|X]N4ɤƙaz[-̱A֭&b0bIw}'&XY8F&TЭV&2r3jxqc~H[eVV̿yÑeo$FKUd``<7x	;SJ[a2#d5hCZ!kԮuF8&<jޡC/zC1VT\݆ڥ=!zO	c.ɉ#ӄxp=JcRyui[u!2sz(
fμZEӇ FT˹#i61(~],t/5܆q^hzJؤ7hgϖeEΓ=ҌJ+i{&ɌxmkLz yKj%'Gjf]E3.;г4G$ط]
Vh9:DK˪Dyo.^GdJ^feǛ:7>PI,C%|vaz<9ư*	3NL|5?y1L5Pw1:/+ͬsTWg.=Tz%@ .9'0rEqC mҬ;
'sÃK(w6]SQd[Xi6*W{̤( jgNp^[c8ѕ:?h8$67n՛##?f9'dumOĳC5pi7@gTCk(OlDÓO]|eyloGĎC7sQ:τCgcf׹Ab ' b~V$UWڻjDMnLy4o>	вt/G(`P߭4tԡJ\ڒA2ƍnY\;cU^U%,4O7id(Bm|q".äՒpW &V2ӆjrS)0b&`g#۹=ķe"OĳȤ!YJͲfkm%!9e":8ƴP*>QZ˄xj4ÞUR3g؝'"wSH+OKπ\suAEki;`gIѢ'GB F?[)	bH}:U.KѴvzW+TB(0T*j,zixTU߳w$]zg)ˣJb=	{˅ġ(EpeG]V|U=yrb.`X9~41gаa-߷X?I<*%ǩ*dғ*OԆic:n_{Cla# vC=LtG,ٲ-ι]1pv̸Iف'XjM/$,9#9LIbU!Jd5q9?Ӽ=B$6z{a#"nښHq$y@"e v2IHm޸lRTWFmn"@<+]-`
SR3jı0!ߑ[S~G#RCjo\Fي;<u:OzN8unG!vjܛl֭z`+Y]Ԝz$ߐ	$bAh.۩!¼#zqp?_nǹݱf
&O+("St0aΡxQA3^H.֭f uӡTZOjR))!xB8[\/ƚBM9O	FV)yץEf] o;l(۟lւ@ߌ'[&F2?(y{	SҋSQhņ,tg|MkjT$˧U΁uUт>[<r'pF3l٥M=ЪӁNI@FCZǐInWhL\ [Rn=ADN[<.Q/a/qʟS;-$>ne0*/b(#5ruI8_S''Uݪ]z|:3dV2ďsG0Z̊Ky'(#kn͹a[~XF^N1akx&E=q߭Q/rPk ͎
"ɴW0;(nQL%˳e7oq̣a\Hɋ<<]J@~}a}oԑE\Cei-]u^*gW7V}*\_Svӂ\JZ/ʧ$4/q7-ٞȝ
SɛPٿCċ
D]vMZm֬j- 9
1	ߓPQj`
ś0i0
ޣ;07CQކ'=zЈVghġKUT0`U׳1D)Ͼ_K@$W|2Լ8
rQgۛͽ6!˕ E`}3ggJa>3O,u9]^-۬BV1d&ELire#lHp?sۀ4xq.f!SNUg޵Zf.yOB=F7^n9lչrDm\Z{lQERӬJwUL/G:_Z%ŶriU~LaN":Emݩ%eGi7ƛ	*l?CF@9٤ӥjMV`[yUk8ǈ?`9ш@ǹ޽:cV6߃\4=nX6ԠI{hߊ˟Ɩf"݃ϴDկHQ"ێ.^ϿU4}bMR}Զѥ+׏=¨Dx.feqlMY)eGDkݽtbH<ʃ?_JH.ѾiA|ё/omK9pN]Fnß@"w`^[viџװgmџ2v$p؛y>+U/ȎüKMUiٕt׹oĢu:Fs.9	+mltZrb"Jo4>5̵*Ԩv7)=͠z3WDf5i:FaR,iCKQ=_D&N't^M'Of80ߤQ_[G[dɄ֧4']՝Yԧǵ)O\z	%T`}D5^U\7E6?-S.-z@Y^)fY6R
bI-pIg H]b(@Ǳ*&
)Rt4[("q`F'4wj\wRT[Tza[
fnĻyt(pRIlj%~Z˸֠Boϯ8PXҀ&&W{[\Mce$A̐ht6&ȣ٪mmt.WtVM.|=4-idC/75a[4sTSV_
LԹ30T{IߔXk1V0Q4lt!P18MpvH3܁^1c#/4by{%L$aoQ4
Iq5ƻTg@MY
y7ףѾd% _Dk^U;uشe)nr7!=Tn0AH;):Ҫu>wK҅Pч&'Č
Rnf'M*3ˎfNLǳdŜStZFB#TN(
+ۺ"Z~47[91,Tz-(oГ@KpRȻǙ
ͷ·Ī3Is;Mޒv<o_	k1*Ɗ	Fink6W^/t80xt<.ݗ:?,yW*22u`L;#(_<-'N%C0pQv?awa@9{|IAܲn/ѫő(f=I{9~ڤԹA"/,9VϜKJp14}YK$*!gáF~ُބMG24<ݭ<'i!BB1Yvc\qJ@zo4{Ls,ߘ#]ыfk)C,MJ)cʢFDav(/^Q7lͧ%>Jf=(ͳzZb][>|E`PDd185*[u#g.:V(TtۚpFƷz1(rۂJpt`a ޹8t`r-X9^JvN|u!cW|E]<Jl>HR&f	YC!7og|z)`ׇB_$Ģ+qJy`G[W-)7oTt
LHX? ÓGHBa&e](:nw
ә-CyS|{yUK\$_ɥ;y<XTVh$0Qz٬~nh2WMC><p_SC0g҇}{u't.iUtیQnwE[	^{ӄoL8<*ʼg4t?k<_W+έC;XV$>6ɍ=mf}ar+JX8,Rϰf:VH9sI6TǢK=]o!UMٕBTӽز	3m`p)"zlCΆJoY\+J̅Fvo̎E/O/ק	2<K͘Q1N20/BMŶ]#ڣĝdLgI$rؾS*w`2tGڙ8Ț3lq^F)[5!ߏ6Z"IvwR7y*2T{љCfƍ%>c+͋^;/Ä+k;ږ"@M˭u6qugNߠP?d<JJsN5Nȷ.q5Ӳqe8Kz2%Q~;w{.H	+9\Hz<[v4.M
?,w;b]r2Q(1)[.Ŧݥ'H̉~JQS:uP%/8G59/d˹p
nu_fwXKB/Vg0݀TI*TÁq۸L:b̖fJ˦:O˷~c~Ku&~~:#ǱWbJ6@
įdܝ^i#c`^`5+O`2D>;Zjs8=3X%l/6ٱ jk7~l_:\k$v$q=
A\*6T "P<Qg5rKaа5mY!!~Y`e<!-Ԋ']vI
PSH\z7'gچEl/4C3&0hcEw]XdRw=&//n3ܲ~u#=*QD)""ڒ6GF/e-nqAЛE۸wFGA"޼[&2M?];duB\ew
KElV,$HAtc4=K(+N]O}:=u1EرNȿמ^+\>J*0KoA͚Og\3ʬ'h_Y%x߭̌6?p`Տ7S3=̶Ү,=S$B>=6~E=^S <gm}K%Ϧ_4|7&FCEms&Cׅ˽5!i9^ŕڹ@e&b$4~DƀD^d48~ޝo)kCQDq0?7lyC]ѢsHF`'9\ZF0,֜gn&Ӄm|Eh9z"me#ņDңOđfR$KǨcPD̍!xiI\Iat [!pB7{֔w#m`~~/Q0"rSD<<n̔TdْboV5؞ZN$RP5Lυ9PƋ~Bu%¶5	
bjpDk"rŅTá\kӠAZwf/v(Qt?#q`S\_*pͱ&!zS˔6
J-TFݙ;5ƹpX(kZ]m\NX,bݻӗ`Ҭ\#|1Sh{&vuWGORȰ?5C|SGƄ;!Ĕ46}P[D~-:!HI[rEbphUِP_O?f8():l8OQ^`Ք%&ӸzLqF
G/T7 `;C7{ˈjs+Zb`ɈpPM1<0@%(moAdeª1~bB[#,>rGDyudJh{+Қh:UJCiQNιDLƑ@6q |ad{	~`RoN&m)1yv٘JEA}KƉ1zmb7e5,R˰
SV!'I{jjSF]n"M;A:p;
2pһNK ecK6ރDd{xk~UL7ИJ!VXnz#f
9	>0ޯ-j͖DHP՞=sl+	ρ!TNG[M/	
-/~#ܚ=P?ԆԶ@KPx[hЏA};9;ͼ< Κ	ɋ̽Nf7*	rE:xʣf7`ǎwLH|QJGŃtQp7B<Vc:+%]2y06zs~Ҝ ջUPhMgJ[Ǧh%T|.`-o~Di8wnLTfى2?:sfָr<ɢEȿGRxHD4s(TZΩ"m0:S3bNIވ9҆8Bqk9g2Bҕoy)Rȫ2=|2VS+~ZL2EgXȰA6wtOq)'^~VĹV7Ďv6rpKlyCĈȕR['G...bޠG-|לy@aTvxY'}g@7ߋ; FYe,1?Ujv4Sg̓O]eu!jzd+A4T@7i{oXv?O(	3DJ~z	
*a=X1L y[lWQ(&wHؘFq`W7`<oOp>Bȳs3<5|j2aFZ'4Kv!n,qr^q`>/'j{dDX ς;^½Gv!Ycc/ܯMI}*&WZZĒԦaDu}=6y[%i¾-JhbleWJ{3p=g7rѥ
|~oRpVМv%VgtG4,Wa
PU,kn:mCǩv'5
ȥ7ג<!jQWlJʱrVB%_Cmm{GLf|gEz{`q]s:MҚytc8^&xdjjǅՅ1fM<:qۤC٫rTܤw m`,"! ڀF!2547w	9_jd1q1VPzo	͡ŝѸ;A|yAp",'XK	y^6ܑ'ߐ41n]؍B7,ir3?ȟ<)ބ'c2پN%;"
},ctEQpg4yXeԵQ~Sféc@"XT`+nQowۓ)oo\a/ѯ9%cZ߰246]Ow-.lqUgZNrc*m*!**̧U'PT_M39##{ByXJߪ])םO\:xz#k_8Lۄ8d6Uv0g{pW_~rNX<
)Iׁg@`ktN~Ԍ~&k:j2ɇ.0XأO`Q|fe;ՓI23k.9wQj̕u7R!r)NBv=.%V-Q:ȿ/obmsR͌8[u0۩6Ce@1(o3;_pVGr0q_P]$'ȵτ2McA%P+.IY?N^-HQу|oKVV|kۉO(ފ׻N:(:O6*":c!>fJ:t*EҵY~e `;Jb* [DuL#7VOdqeEE}'|qf92{XJv3<.Tڦ}YP).Ӑl-'B`S`/|ƯDGæ/t|.xqoXxٮFiȸB&ɏ9ndPJ;'ܝ~ǘWMʬ/M4OIÌ#;p&$Ge5SO# e~ϩKu(ySC;~6KjU#ug1ژqVu?܆=֕ߙ-&%zݮ$ڷϒwD=Ϳbۇyc!2WX0R<d~v?PwR/~M.~[OI8mܢTu>?)̡fƴι8E̼Sq.<_g~RqdN9Y7߲Tv|x>UKr?9Ӏ*itaFU*lFޡCrX\mKi4\ExrA&5K$:ACDDP{gt(umUȼ{72OIhN<b0)o/)K8֧&qm1!m<0<BwcFfT@нLǇ1y@ҋ@*-+vuJ˹6|ifdb`)`%0+ f$1ԙA[ſ!|YJf`Qes)Pjle|6jv|U<hFT΅ɘQfW/kBENO4Dn`*),#|ҵ(ֈ,pE$Ɉ>PQwfamavcSK+74$;4+d9	)gm=Q0ad߬LFI/<MCi>'4_Z<A1T~cv+~1L
9bǧj[Ǆ)`]IK6͍	G%44ڦEouL}Fn9i*$<B3>صIf<@-xeso	oe{}P=K#0l=>+zAa	6|lb!ՊU{ObHz52.څ:cŦT,+x)Kձ"#ˣ(%Pn/cԟ<,SIgMɦ/'KR+\<L%ҧi؃υ7I*;H+HBߑrz2g<_"&Bj4߂r;%oX?AԳxz`cv\*0A=iRjǑUuC;܆*rUU˵_ϒwbL~T3]ں0-\01Ҵ"xO[c),y<MrOEʉœ\cIv_Ͷ"	Է.IGշݍqQҙqLj8^eVaןI1ouN,`u	$*`u>nOST,%C]=|y'mTT.#}yYBމc?ɻܧSʦ1S*uoojogUL3aKDH-t=\ٟ9k7x)crL-k.hN)9l0l٧]Kd0
E$	<H,-rk_L+ Zqjw
p^e@re.s0?N]wזʂ[EՅ,vkBь=t4Ѭ=oZYE@	>Vs4`̺,kNrpˎӘSCе+-z\$'6@dؾp˾XMuP]CKذ}<8ƒaGN~kϣ"~mBX}G&	[b"u~Z|dw҄=|b
)@ɹas{ؿUt̶jx߱o}JHǚKBI5ɿ~v	S	U>8ihwvν<k՛Ir,ö}TYpX9\'j@ѩ9/6nYY[M
O4lk+8`LkW¾BJʖl*:՟wQӕX#1Ӹ_ZwRjߔdEC.ҩfChnI~[לГ#A[q[^^GEv(vHtř#n2)\ۊy|kΟk-Oo9MUƇɉ7'ظx/q`v0:;ec+~pH=q2.[lѣ:qɶǬ_CR!\G)qB~ث}Z|bo:B,mp+pg݇f6q0ڥ]gǭWԶ\XK2mHnmp}zE_[Aqܜ'K@"
wՍY%͎o#D~$اN{".jzpw̿%1ݬ=W!7	m͐QE&ȅX!<:7m^ʔ
ȍ[	KDK
Si6{
*h'lyWfC^7IJE%Y_y{\t7*@Ǵ[)h}521ptp>@T>w=iX3n~sӏ,IhV]"	MWi,XٸfKމGW<NqH*y+}a@_`
ȵJغn>H)GL%g@!
J}x%93t+i-<9id8&اgfӹJ*nyXiuMtÃs{C$/Sr>H
XK|vʩu,wB˴́,OQԀN4] 7mT`/ Mr8x˅!5~mwr/X؃@'AU~#u1^y/scm0c&{P:dу+(s_
qi8	@&^˯m`s/Í̹+W>bIس7n,EcO(MzFK(>˹*nNu<"	I1c0<jfl%j]s#WDQl_gPB:')hң@cu~,d׶>Uo7dŭ`_h[_Y2Ôhw|Mܤ٩tMr>F(5"/йŋ.t]qVy7^	ʥ`e}Ŵ	oGLzy]̧BhLB[/Fֻ`FX?:̘)rbRC߼=51Uhx(:R7א,Ȏ_=bB
vJC0of4g=2*s}pt>QGez!]%uX޼D3ɐ'wCʤ9~oȏڙ=ɪDq+2#fXЂ|iߋԨW>JiMf[̲٣/kXQš9YFV tChMFvgP~7δjhS(1)EOV#ԃ>%l5߉YBA\7?+@Xw[	fgX|ݠ1rgn3;*_&bUs ]<MU;j+w8Rו3nǻz+ǉ|{$͛VA
*7]Oiٌ15ے3plLFr/7D%ʟFl93)Z<Y݂)As|,\J)=D)aToѲnAs0(P&DŰQal0oWOs31^XF3d.8H^Eư0[sYوO2J)fY;Ѩt͛Dfm$2i#
P#tKG{j2a{#,di~d}?$`eAwOoƙX|¡[2M\@5HlKY<mpݟiY~81	TM#1KW iU$MTghmļm;ORYD4G)(ƕ"/y_\-s1WqM@w+lXKBUodekeo=V%-"VpSRv߆y*ی#H:?UR#rc38Ԩ[/V@AQi(˔mq.jp8'd1"ÐЛInB%2
d~+|Gr,Jiyנ}	Zg#bS~Ҵ,!3/ui1LPH|Synl)h9NԻQ$aP?52M֝0>06ΝK&e}fP8O#v9xtҌ5֓~N^Hj ^q\SIE) \XgecrUE;$(9TG8s@rnUPt~e	8``):
Ϋ$jJX2' Yw3Λ|20:8K={@iܰ<Q{+Սq6='UNAIr-MoT%Ӥ<a^Gs.G^Tl\Bǘz]±3ȷr:).#._']	ήtdDR*)*-ST]@8ֿBFG
Ѫ=2k8mqP+Ez4?H"m5ek>U҉rȾwɺRo^3aPnYjhڗ6]Zq7pЗtp``ty ?amځEkƧ`!zr@&fzme1K5}ɉer7n)Y;,YӞ-F7_̣cZ"D148MY>Lƌi$a$*OH˶Ħ~0m0>k8U
Ř28p) ^0PүNJ9Ju];^VzϣBYC|t|iq:]>.	՟/h%tfzG[Tu_Db9 E-DyV M&A5uQf-0hytKjKȲ)SklL.GPp'F8k8ˬbe{Ί0U
	7	HKdYF ?~_<v]OcOVhI'<{XOĤa&:F0\ݼ1kޕ<A(+*M[`9ˡsNw[ʯ+l$ř7G׹*lMaԢާ[4ت6jf `ܒqIh͓ujs0'#uJ7&70.p$<&нXM*vRáo:mZ,FcµzՒӦAͽtԽ:OS6T3uɍ@VƫVo\>tJSFhK/΢We!BHRT_mӝ}.z_iVXd!K#_6Ĭ$͞Xb7B;u;ARXdZ xR2}.Vؐxg9$WSp
WbB	D'ܪ<"zʷy@Yb@@:{y2(oM'=~#.	^^J'wie~w$λaF6roqء̳[Ǣ2("2ΞSs61_SXd܊Ԣ5Gp]8HhϹU#z`j1*ei|z+5B2[ygo+թXr-z"z%[NیˋیnwPesSN.lq"9*<O=x}y"ʜ$p̀(k_DT/,Vlâĥǡ!mڈ2#.Ӈ[wkƘ%6B}/eFε?6:`AOO:֎cFoӞwKXzz'ņz:d|!?U
y˛ʅloH)Ưޛ:!4'p^o2-+oMؗٿSI<˳iN+lXS5u\m=?5b>%s/B5smeݒBj"0v_f]Q*\gӳ*22y}ŒnX|/Mцa`y2g8 HH.?A*u۸oV%ώ|4#DŧCjS/p4ΣyeW8zf&1A/sTxDz0jrLl
Q6cKIJy!^$::LLÙxZ>Z5Qy4)!"8\uDѮѣhk:#Vɍ;##DSVx>;Jt&.޷Bmݯ89cYA)ߘJCOWٰFѪđfAD?lP*,^:XCK<jvY!FEntfje)1WǙ_bFw6x
Ϩ/	%Z=)9~h7Ӊž.:+o
oJrFZoɞנwbt0DK%vHMZmЫVܺpԩ
S.e֠ΐN&0]H%O.2Ce"mzi۔dlp$dmtp*nP֥Op={)zbiGc|܊K+
MCZ|cyOpב?0m
N$*t
gŜkn:WX%%C4S)N9pѯp.TľR#vcO#`/c}XhjѹSW:`?z0T	܊&qCjh(J${ϖ x˅~ʫqy"0V@qtҩǌ՝z?xG2~bAK`n*ziYMދ1#ʨ0i>`OܱEi,Awbfŉ9DXзn}^iBQh˹m4wTk#6p}6H@&<S7k˙F(|z%U*YD
n7n.Q{}9,P߫Yj"$+@7E-<h78)lw݁>F@ɔ޿QcZo	%r7?'ҳkǯd5,;oG{:I<&	tAo>-
.bhrԛw6aiZW]e-ǬU7Pr@.Uv݁
t||G9f&WY.Ip;hLhS՗Ć9ư^kl;C!dFNY$)^Rݛ0ͺNnVb׶r3HC3!yv߾@[l^SͿ$ZwA3Myhdc;.IؖFE?_Z*&-S5nMrx'h<ݢ*F[Ú"]U:?Y%ޥo׽!x^ "y|}Я/;QvӐВ,"eXPwo$ϛt/T_r*@M0DÎA+0$T\@FH>X@zƿԹ(Gӷ%:E}M
˜+0L 'aA;10Ťʞ
c^}(b2pww ?=$ƌ5oƗ\/ս\q%1CKӠ%̔R
d|kA!ySrϰЈwY3h ڬD"}+Bwݞ;\^{?px˽Nn>/Dfi|5}څs2˽͗Cny(ooI^ئ>$_{QպHER0-5O=[SyDk9[OJX
['Άǭ{^TE3ڝԏrOJpd#Unmݯ9ʌˬê@xK@(L`R$fZ=ɫ/6ʑisr+[Rɻ@iXWDּVr&q
7D'=l[R9F߈e*JvЩg7RŅ5bldeA-m&~[U
d}	ӄtFnFg<GP(~Q)ԡuQ,HֺE}ߏ TsUs#U`ԱB$_|0ԕk%*xǡy5J\<k,y/tgҖ_Yjm1֐ją/>@d&f8FnY\ka_M0DK1ttFp`6Z%_kAt0u$ϐO*յXv°|Ī܏Sv<|
_!<>@Twz5:O^)Ev Jq|4EOخq҃##c,qіO9u\4ʤ?qߌzSI:=zQPQ>L2{ sj=6d</+}ʊs5Hay̮Fk9lFH"G[~wMGB>ڲ{}bZuBKott2~=mS4._+4oڧLkH`9p_9Ciz4+uHZnemMĦ`S>6#,x,yхwkI,tpdD2{U;S]Sјpf)Si9uÑΆ`/ώ8G
ʝz!z۳"&.BZXRIMäMKكof'XA2.LWێqgԪׄߒڏy0k4jBޣpB(˖+k-x1ϭ[@7`k
؞Vgw-φHF	_Ը
j@ؚ{lKaK/6ƌ#vvwxc>>(ڰ9,]9#1h¬HDҽ(pk]Hܹ\!6T?c
	E!U7ouzQyޮ/w<>&K*M)RU4$N>3PWɵu_3íAdhbGav#$$H;Xd7TePI1ڃr=Ͱj@Я~i^ѧHmy6;߰*[sS`3pHLTI@woԘ_Yw
6|w&l[#XT?S)EՇ?_J*$˲&ưGIXyoӈ
z!E}Vgq*CE(M2~)^hE-$8ve\{_`cϵ=?D/K?ŔV_M?Ƕu.Hj/3dpr)Ҿ8<ǚ}j{}ځ4WpmYq_t[!o
`G)"9=:ȾFps6ugQVDmݤ6,[, +LN>ݰWlTӭUٯ|ṉAI2P\э
#~p_l{LzUHx"`ͼC1uK+jRCN"kز0}˖mf}3zq~GϚwC@CO\W¬YdRtd0+{إ$8cJX(`b|שtw@^ǚ;ǅT:s8M	i 1ѓz˔xǄkǃw/Å(d5Ǝj;9SL#L{9/݋ZҧbN?r,]vS}Bf>ą*_t)>{Ggypʎ_[PUJ]X@?qKRZ%Qz%wz|l@Ƿ?xKU\qE)i-f(`q%M7Ȕ;Qͥb@5.6\!"ne({*dT{lk?>jV)N68˱آ#`@sF1j{xuؕδ-*@؍1Dn!Bÿw߿)JCkʁ'(ڒ &d5̥wۀ4zԊn4Wc~svy%za;W)~m³zC	kڇe<2`$hļ30!*Я6ruxѦx4(<vOOۣa{ʇ9Ί+mӝ(D9Ďtߝf:` ȋr$ߑ*95 `CK{<9)GgU",N\KfLfЧ5$!ng`]ҝ?|Ιxb1oU.1'4+vb2M_W>NpşRUQ8rKP|%kd{sm~` pڤ"2#2=WHCh`4Q	UP*_sQ2A[IK~ݑpWֿ_&IH~,T3Qx%@#o)޸|ŬREDa6M֌k
ʴlCߡKRIsc]&m*?S/0)gk>
7(E:\/tǭJ7_YŶsFfI֍;/_ɕQ;N0hRO}`uJreZN8F}ɏJbj/knm).[wVڰ.dʙy6qe*	4^FP; KFc^g257JGgV+Tm.
+J-Hoaqu0{	GQw2v)caPJئ֜bĜ7|?*bPXqK0D%aWaɔJVex|uFW!JҙSǱݷUcε	(eMf.ņǫ*QB,фQEm<%(QZ="6n4ď/!]u,T_
Ntcȇ˺BSȪA@̻wLթϑux/8J8+RR8jTQ/FUՍGeaQji;?L&lsZƜʼ_	]_S6ֶ'ݶ(.Ų=֕,j#EsOEϲ̏3Xޔ&QK;>3YTޣ*G;#J%eXlyw71]L[{,nr_UuÙm	
#|G`_͕];ݩ<uiZmfxǔEGrQ>yxƍĹ!p֟BTnw-Iո"\#7OZ[5c0pWAC̘y+a}s\HyGfx{Xm^=YsEŜϬU~ٳҜl{:bN3eCyؖ߱-T!&mdi5Ʉ#fۇp&9ӻ8s<TY<Ҏ$Vu5-".p-M}388.`C	|uIA8Vzr8xދUWh(/Jpp,xtD¹X<1ZSFLFbVSebw~ǟ7<͙Yi*`Ō"J͘K_UӬ̓obW!t_4*ގ>O6ER9c%y\gnlٖg8N8[U-}Bt\ԕUsGVbQ{p%ΏYt.V٭;!u~FҙxԏHiw4Tū}P1ͬƮakU_܎y&YG%.t8Vzܦɉ߮Xˈ_ܞۤGA-.VP6A޻hŇ7/ĴWwQC+eXa:N¯^o'\ZCg*#vC+/,rGո#mxq<b՟#
g/{2$v8 I0\eچ4ShlUăudݢs&ZdMh:/TəMJ&1jFF_v¹٢ aE͍[Wļ8YE\qrI͉NjE	Os>¸$S5<Dӝ/#̜|)zIq{l74\z^2yD;˭?([ɪ3nRݑ$[,38XAqQ˒f<!9Nbو03?J5G;ߵ*õ̆`h(/O!Ko@C͞4OmAkO}U6y7RRg8=^ Y	ۇ:ٺ@ÿ9D܋{Lލͩ*}ϻmicBߟfQ߈+RǇ7Aa~D&PQb=8/VMoyս6i)3zhJ5U 3T{Pq7zYK#R-m:ՓSe/Q=O1ڏ߮}@{R1.ߧʜa̢uu.|tyދJӻҴ:NëǕ"Jܶx\DwмO%sB>@Zۥ}E'v[_=9֦m]w3Nܽjcڢ0x#v&#h4Ȍ܉h $ğ=t8mi%~1rO	JRЋٍ?3:6dYӨ- ȍM>>%¿ύǤʰʴL$3[=b=K`qHOlM<02Ev!cx3vCn׫cČguyFP՚<O*q>8jϾtH;A	;{4Oo1Zڍ@WL$1io#_հw0մUD_oVK<W^HS=B!=wmGUGr63;\+Bo~W+wlEU|oʙ=)NMlW*0/J>սM[;A@PvF-d ;a(7pݩE?go։1Iҿt}l=ǲHН,~yڨPΡ6H>6CmVq3J5rulĻ`K?~
<E7+j҇9Ȝ5,AQ4	Nc>&fN܂gt;%3<$:OȦ+TOf֬|}Y!pH^K~T;ӂSUG)wf&52-Rfi(8\Dղ0l\xil$FbGk%lՀ{Qd|vg[;p8Cb}W8T`yCqPHn|wsޱ:\5eE3jN}RȒ);:"5ݏ?]^ic.4,"8fA}A'UP9]%-~N-UD\Du@TA7MEBD$z(e3O(M԰8IƖcoF5W-`mk:u^UӬ&na0Ikf0˹rfNϹSLԹ(Xx N>f5kTґZF5<yצsh-M{qG@@,IkMN2>KXOD[hl^E6gxRѾ[dZre)yd*όAjYtߗ9ޚ{9ˤ%%)t9ș_=8ZMai'2gFK\aI+j+}ZYKWI$\pJ&y`,#A2еHS9tיqԟ3yǢ&>ĮԤniHGP9[;r!]gHe\NSˮ[[v>K,z>¾,@>A-7&rRk! RU?4\P'\nU6:Ss&,FR۴W{mǽkߪՃ<ݑ+͕{&Un:6Z~s'4$uYzV=Dݩ=/^
x?[:ַ'[߄E9cwIfȦ$N~%(/iI.يJSӒ1yCTŀvjEguw߸0&jT8*g,awL.jF-dDʧc/޴*$ݑ8C϶"hEUQ[rٕSȴUp!ٙAI&'e<ze\gA"F}5HڔdQq5?5=/Ȗ-NEL8Ǟ3*LQS[N%A
&5\t_os40>ED:;ڵ
׺ޝ͛;Ee%<l|yvJ{pImTz{m\ݥH3U~~okTiHI@HwtNl\Wp<;6AchxȘIܢ~'eKNLڃֽ\:	r~}L}Ҍx;õyj'HbV5foDcɬ_a-HZh6۝=#؇=V)Tς(xPAIr$W9~O$#J0k$Ӑ- Jchz2x%~%
Йf	nڼf)zTuJgB'
JK&ё#[}1**@htsE~glJwʒ1;t'pw·M2r Ù#Yң -cnљx{VJM25UɎ}i=fGmЪNK%̩_QZf{&q<[{/2&rIՀ}Lnx-!^_o:DJ]j~̥v:-+J*n5xNM TnY7Y4̾7RR9q4*fÀ|FP52cVLOf&>g3zNEnϋ?n[ZǦS9A[%Kp~ˡ	-}4K?A`J.f¦10(`C'Q5դkmB^ۼ\İÖܼp$لNd"B˽ֽy5=λ>zg#-ݹL0Ȁa9Q!r
P93Ʈ	@+wȩ~.Zrިbde0qk=)	)ǎ!،{K|Rސ*.ȈeXЦv^.&2֚UM>קԭ\@טEիS;=B5sj#5bh]z{j˰ҮX~ L04bn"-+#ؗQ>1iÌ:O]KEmC.e!|]j+]ItDɸ7GͮFNl3e}ߺ6#7͇,ͮ6/'Ul6-1Ēf @!lf1H,(Ӻhve27@B8)HU4,;uE(Jk8zʢḟ|ح]D͖$(Hqr\V$eSՙGt3e?ַאa*1)U	VN;O"![*5H6\D*cxǞi.)lX^VU֣)?6^r%c:MÞź;	2i'?gX`m>ܾ,2T:IXL"on^DH|"&*m+r[b"WNīe<φu*8Y|,lg#hE!sm
ݜ\?jK$Cɗ-?]h>&D275?Ju
N	&1!o_X>nW#+K\As
$l%?ѵ46^puճhu/x&LX[ƹ(̓bx~_>Ay4rFk]~Aǟ],;I['Mºh|a>b&b+]woNtr+Væi_8רg0{߮;W|:ğ͙ݽ֬Dߐ;}$Êfát{?2$'Uu
xNh<F*sgH@szlp=.D@F<7WO
ܤZIN+ޝɣ&3WQ39cNCwaUgѪAL#ޗX65j3ϟ( pڕ%N<aܭ<]Vgyg4JBLӁ%_UԏZIHc!gGMh{ʴz	3	ʾhN xeYA؏6qP6Śv<_\$_IXv̎e%=aknE_c<VO#fE] fȓM5'5w~t[/T|>xa}vYGRSTb>o!a! h)[8Ef
\_)I
@6m-n˵)_lYwP+XӐa])HXv8oɫV7-)(l6|w0j)1_ggsJ:dbE|$tRu7IkBȉj$Sۤ9M4y}[Mhq(ҩlSf0<4y'H9tUРc2UГI2dԇَlA$ ":zܨ`4M>XIؙ8qxII״eϖzE]1ŕqM8hrɵ+bjEdQ#.ɛwnP+$ƁJ*'534[U)aZgO7 ԲXe٨d7?<ÂJb\7p+sh4lɦ`75)f']ҥ86cbR6̟?S:WeGFfJ_S(X[Ylzy5~Ձ^bt98/s~Ř=^@TȅB5a%	? h&I?ql/yfτdc,Tô2IW&}i҉oąm pQNy\.jǨMIZ!\o&8zW`"ZʩWh1(ۤzEsRs&
BHu\QTa@TE!(gz=55g
D'eM&P"DĀ}Ʊp'56ޠ?OO?unkJ6=]0CЛ6GFvrfAl,	#2adFYd_4tub\ܼc˾Dn4%i);0PN!`H:'zYoi79>:O=:9y	+.y9#}ݢpC-Inz(n7fh΋C/t/K*@9gƺ})Hϯ<sV={}ϷyؽsBە xα?BUzߑc:ɎBթdKY=08=33ȷ_Հ#xdY[kǜ^,}7Ȁ0'Xg[(<J	L'Cɨ-GL>h(A6Se]QbdN]ї
xʶ=F
fЕs'MZ3!<qVF]dBÜZGLP|i46<{e!L$]p4@"^ucc09*V k.|'4oh ғ?D![£sRnqaq_4.0d^Q&ɇ=dRMSï8ϙKI@*Ӏ$jLepU/+MK(%ՙW$Jw4Q8~ؔ4ghܸ&ձf:l]j>~9]7U!auqy/Dեv\$]_USN6*\LB@j,LGM|zCԷ@kl|-xڤQyqH`p2kfŋ'0gi6YD<l{_Ȧ>vյRu|Ɣe֡e\4F
kzpUƘ	zyb#3^uzfEb7;|Ǩ''"n؞	~˩żз1;ce{gD3PNd-3ļxvq/cBS hͦtO?M-IXVЭQ_mFG%\Pl~ֽTZ3&i5,/U=Z920;M9QE$}Gn$БV%ܮffNlԱ<zʄOi-<T@l=]. տT>Z63JJBCʑ=S?CJ2ƂW]/?}Ͱ	/)8:ri[Nj<^ٯ9vO҂xvF;[-?cQ~=qѯy{,}-x{|O|gJnau1;M-ru?8eUĀ8~Lf]eJz!5N;i'Z`jj:Nh`\0ޕ\ȩub_k*Tol15	cmPǛdG!Z{sW
u-6U}r_\_JQimdXR3w~dq?i˗#Uo(b'dǵz-ѹL;^؂fuC~!zZPoݺN?uv0:k)'*7Stys%	׬ָžԏ6hv!}OdGjz'O|5ح8Bx4PO
Y^6%+WIhAVvT3}]iú;jq]3UTd-W|m2eB^,o|a bTJh?:i
pa&cvF/O0ZBm$m/SiGBʠO1W-\P kJKO
4HjxרŒ2+E;)cD3FBeggf@J4+3"a>PL:LpX'Ƿ{w,_v`!7On"TqxԈϊ3t~vuf;nM&"O?Q2{Ƈ>E>0qna{ns8fU&Fʃ<y],VGF߳˃'Ro,0-+{Տ̜q,Skb-1;<Xm<زP	~E˺ŉ_?\RڏcK=6QR[Y)kĿJ2҅^YKכqxHֱR_-^+m=2~K"}~}D̞ VgYN"%5<^ƍTPmE a|%7'E$"v'S@"fLjr|x2J^RV͗>J-ϫзԌjU_w߱sѐ͠501]@h8'͙ޤ%ȢQ`DMv_Ol:#8wRl]R9RwUMq';86ZE^֤۰?JU/׿Kc~oY;gmA̙.poMR.T_Qf?GEMKN3NLt}S2S\3j߾͢Zh!ȡUbS>#KƠW7[ 2&\oVpsj
/-E/4$\(iTȄ[	Æro>,=EuF	b>iSO]͏0
r34eݨc]ϪOWPaCS}=aytAdS=:%8gvEebCJT!H4EKUÿ	%k{в)hڧ+2S0Cb^F+c֦ͩK8|?*Ta&v@ŋTz¸8N	|<	كżɚ®tV%]ڦ,|15YX pb4>,^Uc^9k1cU;
F-7|F/TIp*_jA$#>R̩m]P^bʦTh3iLƋДЃ}iAH%Ptǝ	qBkVr]@YAfo9J
8gF^dxkZ	:(zN_2R*ddwKun
_n`=~R*R|32K0UOr	mSo<kæXY~9ǁ,"sQ@!y&ʼ?:ǣiz<+#2q_WSUSv4JrN+~܊xӍmțH1t6קQR_-KMep?PLJ,g+sk|tAew[A
1EڋTȬB)f}?Y&ZrYY.yKQcws ZV>7̫}cxw*e
"_VҵXTT@97Mф[[7KZ3:Ĳtj`>&pSfQ`5kzhlWt+sSZׄ$#mpaȋ_oO:Y5FR;΃%7ID̋ɟU^K#ƼLPuΫ8\!T&'[xVw0(&jb>E[Ԁ3/yM֓6]bSL>ξ$qWފsޱyb9Djp}>3TqEg_3ʝ]S-_5ĹD4gB"Z-W*tm!l*uPQsޟvWҼ+Yc!ƏN±$!nޚ?XmU<55AYwu~6`˓7'хU'sB[?lb7n}ܩd&4o;f2xSʼk6'*Xz 	}HdWp[υ`tS˓lo҈"A$*Th`ܚ"tۅdgii7lQl*ZoUjlj0,ܼ]c[|ܛh`}O5ɅzxʑRILM>h`)Fhܴ(.Lgjʸgr/`AMή+'<zU9Sj&Ŷv)XEٮiƅ;IKχ|c:Au=3GeyHkߕ!ĀĀf;/LƶWǹ:MKëtO	kɢ@4]э?ewz<Q`hm%$5R0HN&ԝпL.hx V6p#٬^sk׉ȨGa^\^t>gAͻ@2kQlr-2PՓrѪ3:Q۞!KTObߥD[oj%y,q[YDж;`u ;kAnriPw_9ۊڴ$*/sB(Z4a95ڜشTͤι5/HH;:BΧ%t:j.EI	u1OVbS?FG%BÐ#QG@ϴP8N|/ ؿm@_6R3 ͌ncC<^w +W,
~hy0s8gƽ<[#&gFyV\<>[efB;_BۚP L˫K9B|2-0@>IyݭMz6!5yuL-r-&[GPјN&<iC4]HbL CJ@b	bYՊo̷<=ɡWUh.[:wҌȷfּ"ueVƼep
Lgs*b#־&o%3nsg	;Ul!MqA
,#t<EKPN*k,kn(ĉt"GBCy|bKM;;;<ĕ"i')U\LGw8^;3kQSH͏)44$B|q݇D@[zɅ
@Yk{ź*!͎^XdJEwDL}.	mz0IҏCvECHWhh,ߥk8ƕY(F RG-ˈ_PӧLR$AEXdnLX3֒.NE`kLQT#݇f	c֏mMAo]Du {|#L EW%ij\yVk^4`t.՚V*D1Y3֦:\bӘ[ZOT'.zN80*SV{ "ۿ	f6AIQ%V*$t;XmZqtMYF[jƐGhxƱPؖ#lo{[w"aJ8+ޜ9:
Z!ZG^ą}D`dʮѷ
LppA?ZIBv0vBD,PB4t5~k4ZДaeHP%0֔ӬO݇jK 1yzh	!^_Y
Ji*f(7|h#2~`}PA(p ;'H-R1yFD8}YХi!\@{Ib?tBX*'=O޾`Йc4P^@;K`֟=ڶPk;;yb|Lgw*!PL&!:CS0V޲Gqa:tn˶zBt]Bטi؜J/>!@ؠ+sQjmUTDM_yp۹OOgގHїLp	N[DB67^iĪ*2UE8s)YtU: ߔ}SKM"ۄ5zBw&\ҳ8YKrRԫvk_%n2
̟_'bǦ9I2;Ai,sL+gWǶWl-BKybƸݕމHn=vLAO}.ͽu.q1ؘQ |pa<ؿ~"!}_ON|MLdY\kni]9ij2]FH{nIo+~)Pk֐>@W
<lK\L`
ϘԩSOQ$r6ae.xuvaFy_`д޷[~lL8",4|ڦ!02ȖȚ'Ie׃VmIOv՘RHF/٬.,jcUTwu:5l8"Oi.TtF:WEowZ?]6RAg36%9_Ѷ4^Ք*lR|[;ٷafôw Ms-}bM"ǭM|tȂ²R(`|2,߾FR]#JjQ@TY\ݠ"٬#Z۷mg$ĳ2X~ {,YPyFk[ӡ[K`g[qS<'T>qvcx#-a[vMNYzySm,ut\0b)n[ ˢJ?pGOxpcOs?S4}̜֔\9,ds^;;v"?o<BXLȘ)StG;xˣ#`1M+s,~dN[snׯɾh~~|ƌ@FiDPuj]19K
HbοbF%_$MtJ]#xD̫-lڈytr/%gHg.:]{"Exǽۣˬ&KPrϵڋD.J758UyY?Ob
{߼șIȥUy˼ϛ\|
xZ8)rcƻz0,IimKl|'-C1. pL0h-Mc/c4iDƜڊO~1л`}r]Ż=~	$ՎLDp6bsTw^t]rQno*adbk"VxD{.,Trh.Y>tQkG95c.<ѭDDuU^`$f+n7Vs1Ne!>̝
n0R0[,P?B<{L%zyY;6զ	o
3d{
8G>	CX(!id`ՙb6U6fĹ˹K6sˤV"AxHo_*[ze%gVPˊma.D0&uɳ/!0ȕEۀ_>X#vйo5,D2ۙtpTlO*pћ˾#ת	o}zѺsɺ9eλv.xVر̵Pџ]æH`bWB@lZB62iFO
I2i?HgoA:>o,k
1O}sش^Л݉e^u/2zU~ԓ`l.p4#z)ƃJа}'~3@;*uysf-DO+s;'N9}}OE^|ƎMS`΅,#//FrnSrW2Ĩ^j>9d@<lY5&+8mLTtG2oM"؅zFpJW= Fn
3ٟE4bg؉K%اƩycbcː·5rylqպS>̽[/ZSnR47Ȅ֑hP^oC(!+s/24wHeڹ:/ΡuԾ ̬B&!^^?+&_v\ɅzO2ڄ'ݲ]O	r`JXXuÜ&b}QKG0ؒ?gBfRӾ'Tۄ]FAt/6ڶ.F>ùFRv8WE
":Ȅő3B>h@+&$C%iFM\\OEihi<]C0#PclK2-NÞ{uԬkn)PZ4X)2&PIhd;R*@S١3f"}[bJjo#PxTDN^X~P5z(4AEvxr6iq;dngJyx0r4{<nb3>pu7BU`ˬS/;э3{^/|E'43d1AʕP%պ~piKB+F+kMfA`=ؓaAM=#hǜq$8Aű>"$?)j@ߺVZUXa"rz]@?I2~bQp;*{b33DF'x4qS!%M©fٍ&b?-nÊa\p|v̱aĂg^{Ly9S7˛KOPwq݋Ti,WK- }Y.'ir͜I#S@CgOpĻi{Ta2lU(f=*((!eiӝ>/ܟ!˅UNgˑK݊zÁw`I܏h^ߊHĚ *Q*b@,(L: HO?ͮTԮ5l@0Q]%ihJ!Y0KdVD,8t\1Bٔ	uɨ7HV7qb{ҸrlK;N?e(֠Pwp߶8j4DWh=R>`goX·ё6&jU;Ac;lYo~3)J]+Q?ZERƟ"4C{˱!l#5vizO
.@Ә<%ukE~dN +?qX@0)9zw٨D}>*:K'ڍԇZ"۹cem
vrˡҶsu02WSԸqqyL5Ւ"Vt"N;6)@q#G]uL61aD~ȏ&`G͇D"?r\[	pڛ0q5F5#47k:lLy4zݭ۱ؽ=BtP	V-1'Ow.
C)НYR4S/6LCa*XDS-y&r1 =ў'Жz Sjhq,!B+YC^8{	$;>Kaؾ#C75;ģ`^kЙPCc	ԾʈfX5-(lRYh6ޞO3]ɶ%F<Hc JVλ+JǇZwz
EUM߹zUnkGՍ3H=0Zw,AoT`i.0Ug%!i͢0I
cTw:P٧`܎kbwqϠdGUS3kPd%ҳPiG&˯LǗeu&>e4AlPUhc!<L#AR=@5߲ > *]5cSͨ{F{.Tɗ:\jBތVqP*&oVĜȚ$*(3Ɠ=>d*\]k`B!rn+CDJi9Ľ?27dtЉ߮MSJ5?~Ig?7:;G+Rh\`oWQ<Ò<	;\_FvǊnPX[_siJ%kò- 7Xm</()Kb66e=23fMF Vsɉ&ƮAh4 J
o2CcnO!owXwv/քoˎI5@Ԭ3Ú[Ҍ`</zF]#+zPh
dȜ#\D`a-<Jb3!"а[ny	hr]ΰ0goΏXXĘnʭ#(JWӖE?04
[N{޴Q#Z):PBBwǽ%	\uWz5zi7h)|&ȝ̯Ċ$QɅL?!U ?Q
h/TmcG.KG06؈3Ld'Xˮ,UHWCRf{*7p]7k|ͼ$_uovHƖ$Z$k$D2@_)'%i߅hHٷjʈ|yg*@ML_a+	?9|yIN׽\=p@wї-;AܥU/9ĦHEӕmiF̦L_K&GKك6oPpKguKi,3T1ɝρjY+mSP8MIGk!МEeAq8s9<r M΃EacTS=҈-hmVO!M;k&{4
':h~F:	CJ1j76́nh`O@[΃sA!IQ;W*txޏ*n.c{%\e,77؂It`هttyqY=$zm/=Fg83>Ov*TPAhaVkZ\Q4GM")oRq#v2QعxW2w.͌_Yugj}eVxUZdml]ۘՋL-*fZ|.;>PA*~aA]ynĳN/cS\ Κد]ؿ4y[Ia):f2R9chþx`a$°'cǑ60ĕ-p=K<n
\	>njl93͑ӠnF7ր5A'T<k/ݵՍ2"q*n,ujqwǅ8*S$BVDS>
57J0dԆ7xܬB}AxB@xbe98=Ls[|P˗.vFt˄3h@LM(Gk\;bv8
Ѫ-~s4TDߏo;5,]nfݨ ^E;Mґ#+Ưt7%MtDEgҮ^\5<ЫB"m(|~upwԖ+rrŚ]GHQCv?sg#gGI&BN]Bӓ<[Ԩʃ;!jTd+Y7:գM5i2$#i"H4[e9}Mf̜@4A1gc/c+6 y١Ci5B	<`Lm]6#.Ҡ=/y$pަrCʣڰZǸF5;oLT{ڒ-{vP;Mΐ8pũn?d_WaYؐyl2|Īh Kþ#{8!sf,P2vC îv1Z%Tm#=LVlj>M^jkTЋMV{(jo6yԛ%K(<I@Q~7=':VI.0f|<];H6yV@р&x6(OP^o/T)UJ!=\qGN<5h)/LaAixǃ4_N%¬\9H$بaxYUnxWTYc5xW`p+ɜߌZmӎ$M`	d6}f)w?ݤ
KdkX0by.L3Icضvb}Q-+ŎeRܔ7qҙ]81[HZl(j[L{Jp4egrp_5D|Gfrב.b3TĝfS
щ-"Ee̱h5Ԗot=JYʵM='UB qQ[Ǘx_EH:
F&Bԁ>3ݝЭ <48_d:R|VҿcRyVU0݊AښCXHӓButjbJ;VaǃJyўۨޏwuy9O&g[
SI<%*IYB}yFbFIM,#VPE97ofoB'E+w%;^W.YX2gE)xצ<P-+6tߥ?ǺMrء@Yq|Φ<G1e͵$˲hEĮ$sl*	=5z]!{wg{snq]H%KE^ZeĹw
J{2׿0'Njh?>nha?d	r9#}sX/.̰e(')%cKWgX:`]WKNܛ
1`Ow]"ADkh5vw<>ؾ9aϴ%nv=c֣b~ȪPJֱk~)x&\)G~F=yхE[B3tCc	Ћ[o)gGZ %׺4ZP7t;lشι}?:μׯߎDa:w1$ɷ#sG09>'RO®U3||]/BXS/='VI/ZUVě=x,j>L<tʈMQy~7ٺmW¦ʤ)ٞ|"[yn@n!<`pO?XI]WvHR+HXWV -m)kOrIہlYMzIgJ1O=8&P?ɐk߂
J;oY!!W9d'Hs$P_ߓORwk1YYfL[fIf[p11[%AYv֣ 	ܶ^Wiۖ2vLX{Z_d9bK֘EL݈{,&ѽ	"~?;:_ nJfݕW!T=
[3͑ʂ	?IZF֮ \nƑȎR*ʇȟۺ̙/J׻g	mdz 6a)j(wbl˰_6!WJ+C٦˫SƳËzHasOnlUn_Zȗ$t49ɵӹnF̆v8ӅӲnyĠ*yg]fxZeOO]`j7kEK?EgY?gvgD\KmyML*œpɴyT\hN:nVƁ2iOD?+m+Q)<nzj
XJJfK4Y8k3Ӹ˴ԛaL2d%}4o]вwP+سNC`cX'YؿԷ(YߖsZ6aB;Α}>qҸݚm=ûƾyݵZ!=[ǖ`ɕwqoS&bz*CW5a[p9Fcd;^`<<ۻ0zX @u%,/XkВm}Z]GT"_q]m=8ӤApܑzAu@X&9cf`UjEKvJzGxMEq]LΖEUJtu6ͱ?[٢	ߨi|"Ծ՗&2H*D݉Wh˻?Ò؉UuGNf	W!sh2Ot<"_vғ`¾	7jyj)YĨV..t3w7cL:x.ǖR)ӝ+p():ofMiʷO]1`8Ss:},M''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24410)))
