import brotli
n=a=0;b=1
for c in r'''ߍ!!']GEo4Rt7%S#f!P;2P-`j%Cs '$6< PKBL3'&&S$sWչMCo̓ZT]X[it	LSʭ%n3ױ,#۴bPd0Oi6eCP=d_Ltd}(.s5z5V~.Xg#k `ESMhRB`;n%46ÌnUĆT-

{dxcMOўDǑn$2k
'ݻ(FYXۘR1'Fcϙ)?!=/k`ƚquYTLN-)V<%_E˅b^|f#͕U5πil'SRz}9CPDFFGpƠM.L05
6)Ř2]nhqĝr,Ž* 
/7޶X?@1^Xg=31Nb	Tmȹ:Ǿٜc;ȭĂوH 4%^]/41ziQYcM&#^J8&/׹ͥ.|KWF͋'Tjxg\l44%43Pjbi0)"?%,LDrgyd">\PwBs='$i.Q|0)%PC115Ȅ02hq[5m
foR>;rϤ8ev"@Aw&;=fH4*q0nTЃ UbcTR|b6ܜpz-,:&:WDzSpֆ?F))҈xfKbڳDGm5rž1""Bgͬ`;(&^sB&vftD'|vE`Ę0E|F;r<#8bwՌlVbiag3)c;n$%ƃsupQ@Fh(Z]ՁAoL֥Z%ˣvcr|ARRR	HȂyLfߛnɺ("4jX *`ټUc3QG@)95"I*Cަ~pYPb\bj`0q.hӓthČ}/Qj3bK*K%bSϢ<
ϴa/(+7֒_)g\8=Cο#PL+Gstk_HWVG3os>}x%=¿)Wæ
3+:'2i
`|tTOfxQY9$BXTdWw'R*U%zHЂwu_Ӷ*L|O9O*;nЋ$&t@߇1J{PnуfbmW|MrCέ,=:\GIy-+1Gdi؇3p^t̽IJYƞ#eyȤ5+0;2/|y`&b0&Њn7ԓ&HsJ05'MN,Ա-P\~ɨk/;<սɒ.|s$GJ5TeZdwY]ϖ#p_۞yV^ng1-݊1A>) RS8x*36RRMAd:6O+mR`Ã1nԶߪ?vi7}HS7.3ŀ$?޷q#RܠP.|D->YEəȜITpLzݳd}NV]s#5v+LɿtGۗ%IB8<%mR`v@aX8o'َPլͷ)X`ZղdFE%	PMrsDȍ`mLM՚1ք db9N [MG)=Oe$m[5(h1%zYKbq ƽV<|pE
	TJ7g>1
]."w/MGSH>:cةV	<ЎPiC0f~6`ZwVOK;PA̣JL&D;D=I\Tqm`S!~*0[Fq0fǞ4"9NĐ8}2eRE)ra
'\H4ٞ&/(i(m73}q\Lπ+5zZ-gܫuYJ5 Is-0f$jICdJFJIj[!shZ
_D
;E8ߍ'4G`A,(hr=D܆kUwOn]D,4/fzCNP\nM<}VdWԄK&VϧYق_0!okI?X|̫JC`iğ]d/>)GºZҹPm`RٹN$q/F3%݈H2ԋ}zI9gqY6ۈ3`Pk[,cxþ7ۗs6ɝ7m&On>PdY&rqj:E'h'Q(3SORܒDI\fؔ
cSl1A(T"{sWtPɬt+QOMzti{Yo
ua˥2
Ȉֆ×1r( ]¿rNj\gi2&~0iCPtz(:oSӜ! 'EV:.g)FDlXU%ɒw5e=ٶEPksYnUP^d`Yblh!Mˍ4zq߻B(}Rg}IqlhA*nԲFbr<%؝6s=j,ÈL$w:/Y_?Ɗ/ڬ޿-UM?Joec-Wx"C9ϕ39Ӭ~2E܁>9-(/˶b<|9-E-aҞ?cNCkP
BO/6]2!`˭1hBa~ę}|/~*!&uԭ@I6߽tq/.@הhzU;#x1Kڪ8XO7l^˅ݙ{*f5[ߢ{y|kt[SiZ\P]kFj6s`xXy*<>Ofh /]mފ3T9͆W-G~ĝ"WsN-ҙR-¾`u*ŬsWaaKɄ|#^$b|UFŏ9dubOM93*A;o<m!+
g3
eCvGVWL\1=сj>nb'WyQлD8צ9=kyAhyC3Š)%Ek$icG#=i~ؑaB|0O4p&NsfZVevnec
2{<5+Fֱ8.,3#(CuzFߤ0eM192NEЍ4)K!%**d۔ф?llRz?J|I-%D}O5y>N3Nk	{R_SjlҀI&MXs>%;k۸5\ʭq#Rs)dߊь<[w}auvz6IDhDl_pi22wBS6j۸,-z"n!$-Y1d)`UC/&Y}0P/K:OE5 F<;a&#1)OTߊ]zyIg8
]X0|l#Ǜяp%³rmT3AU1
#2_$5hGs\Ǵ_\V*j6eAƐ
Εl7ٗ9"!_En^uiF.&PD`ʱDo"pYD%bV\<\.],Dbnpcz5Y_͢Bڰ]G$(dܮGڣNW$xYtk,۞mΧ[AHϻRɗr<+\He21`Ët"f[{o1%AHDU3AqtQr/r5Q\zvm2GP!}AtP:S>Ww:c`}ˊ`&̣GzFbӋ-_fp|KY|GPb$SA1m!2	)"%]i$$bS$(ޥJ&{pZe@+>'S. ֧m2Gvy!yva;&6ʛg#1g*A3|qQ	*6q4Ι	2֗h޲;ӄ4Uw?#ʒbZŅqd.8*Y~V(Hco<T3ΓZq{ЬETh߬"uR\|OW_Y-E2*jC֣tRv& iڸ|3DRǊVle9~l&q^F4T͢3 27ҵ,y7Mx|QކqEPNuخTΉh;~1̦3?6UvphMqoŴ^|^Ͽß:V3^v*t	S-l ܜn(+MŦ"%8\rWRΫzK~s-!<Nd>sZˉzm_vaB3AWxk?lڛLZƋܮGȥm7b /9/cDbC1iS[ph0Ѓezyyg
|e]'<-Nr8-}-x΃3{Sןٻ^3|Up'Qyj3OJJ7.xHQ-L&(^ParbB{\y0=!``pيFr;jB?"%=*dmY[^HnvBt<P'ZXnN1},,A1KQY2ĜBbF٬ʕQ4fa^ݞUUfkf"!ψGFɨk,:$Dџ+WBP;N=T7$~{eQ0ɽuYWjƊ.@TÄGutJYG56͛V߱Örm=к_ڗ̅ώP}7hڨǻ͇5ȁLQ`+k~ě|xztƠ~6?rk^V(D39?u.<CH*/W}q[?$.h&	<˿"a^@}Ŭ;Ji7s>,p_+56)ˬQU݄HZP9ZI3x#[n%Δ*^Z:?R @ðē0ܡ`-;"G¬SҒ4YD=RSTo0Z.um̀J	\^yQR!Тq""gƤâa\жl c85|΄d07R$-mjT)y4FŲߦ1ضO;9-M)lF'؆(XHӢ&k2F5C*fsDMLCKNx7BB)ͿLR8ȽiЉN&?p0͋|HYnvծo DV+Ą~mr;ҞL
a!Y/ԅ,[+LPѧ-5rRIyCu_"\<;f$	N<$nL`FL̿a{'PːAiwăN5Y6nŐRKS]ۻq)p=,~@Х;vw'UT])Mf!Ԁ5|9,j^ؖ«lƑl$ۚbZڌ#_k}ǏΩ;pڝjg˃c	D޷;RȺ̮;:G
ϯ^@6g+vU6

[4q5(VEZª)bgR)_%Hr
pӈR=xk$ٶ
& Δv\hOڽ|0ksKJgs׋P4O>@dEb1	`M!̇ۤmŶUɏxĨTUuK]֩½{iKESe\SLC		8ԘiH)!(]\"z/&y/	 QVߡ?Em&,B
΁F4TS`m=٠cB.н1t޺]BW/SG͂ɶ]
}-B0sɶ`1p;0{#<RGv'"׍ݮ:(A87[ovi"MaȁNz6fdܩ$ޞ
äD̹#*L}RUqB!J
ͫn{cq߼Ł>;#*t`HI
biɯjAnoA!3!Tl}osB5*dSX6ĆW}P&>ůÕfLע)z&MI#Hn®iyNĽfnO3Kд!:j֤usEׂ7ҫ(,5ΠkBXbbâeO)˶mbb	>0NiK"ShA!]ތhwo>6c¹vWўa4`bزMb̟=o7IWճ<M4r̿hySAa}/f&en<ЁYC~(sѳ"hKcvcPq'=yr9g/G³AjZ&F'ֳ;/;b,1qb]|t%xѪnazv߈+VL;_TN`~q(C}Jw3\kʡ%ż\2]A{VVcFdj1pQ!s6ؖ=zKJ;g\I<'|Dbn'ʅ&B4֑ŏBz/F$Iـj_l=|{6SjT8X֒IٜǄȯ<b@Cʶ\}ɘ2Y$xnm;aiC*v9Yި%b_
kg630w }h#8	d܈U;x6Jkb)׋@7Sq2|7}t?P8)OQП_tO$ҀlPCfC k	ڊHIl({D\N2Ou\U<Ek9m5=N6`(eRh&0'pR:-Ƹ9Sךi22K(j)ǒPu@ųw_@˫<8;&-}	ɮ@(Y!rn%TR>6Ĩϳ6?WwtɖٲOM8ބ`,=$`O jWiN`yJp&ټzK=boLn/Jӧ!Kw[0i>PFw~#*E%Ø.v}+C'dٶȩz9]X"G<ԝWsV3f܌nW_JD__J{.NóJ3l\zcCX?4 "qD,֍9e* Ǟb{*!Ƣp5H	bGO,ӥ	jlzJ3ȣDtLx^1L.Qy<3#'%[ŕ7LM%#Йܪ,J_h֗hyq w/F!M%oG˒{ùr0ĄR0-_5EGZvG2\6gr6m)q۽-#hݤDNK,Zl[تf|ݴI*x<D[Cfi@f=_BTCٌl\US6=]/Z2?U(Rl+B<a`\iεyn'Z94nț-Q 71,сL&[S5BSF^0m,iS-%Xت8%TBnN+bx,38݁m\*Wǎ(Fe:blE\!Z5Qsݬ1iE)VSy:GY(9Eo#()_[4xpϒ"Жoڛ{Ef@Zm*g	vH~QD>6C1fY zǭ!?,qAaяb	y:ץ<s="x[H-6s*arrf
M}C	AT<]Gٷ̨eej#$Rz7pjGpJ^ؿ~K]ܲƨ0GXH{Yx:eUj2 7Cg+k=מAWDBљ=֡ɂg_̈́*:]5	^C/w)Bfn
`:%&g8"k!H8xr]LJURVuD!2ǊzfxYw\hϵiWj'ʲWdEW5Ŭcv,"T+"ne
OQC!CZ='o8O\߄tGU*+Խa@@pGΙsj4r<3׫Iο8|h"@wl=ܭhF-[ApSR.'3:T3̟Y[V6Jb;%wc_aٙECħzho=I	YpmQNPrʒLCLJ<KaGBy\ʚoaw}m{LTuW+_נt\oCvH$>{E׽QC1wR6ݏvzf/mU°R~AcPnn֥I{/G̶
]'?gk5\UJṁ(!.pRW4J
)()xx
xo#D'dC3{ܠr,V~3:܌N5sB1t"}wsA9WhtCXӭ8gNu,3r+k'p.(G|{"RCR2!=P@K1=MGU,y&OBW{o3\;4&g{SRjdSKLA>3Ev@Hz4Z6Bԭ1wJu֚5_ti۪y;[)Ϛ`,_ {5ZHW	),ߏŝNd@$Mav2,7~)vMf[=+n!P}Uq&/2Hzf¶kojI9Oy)wX!)k[!sɖϻ:#~HND٥3x~(ֵx r[q|&qɔlC=`vW٩P,{sOo"FUrφ#~F,xyKB]DRuzcrwgy8,ܱ))xN<}tChSJdTݑh=C0&A9(`!%}O]x"X<N_Y	)6տSO$sǷ$ALҝJ@Mt~޺vZ֚]_(OlmH5:$.1,`IѼ$3=w#Dƃm)K F0ڒ[ҍUSA3#DFMGpéihLvm+>,U*]F!ӳ٠|Oyֺe%E@?kl?
6p/ߌm[H5+R͡Vj*e֐Z.G We$Srǃ)X+"h6#n0!?yEѰ(@L|{,EqPk+Nǋ&WL}{piatkoa.Q@zgUӋ!*TuL+'<٬ٖ4/L*I_ƘªƙF2,KTJgb34l$τQ:̫8[%6qLU;m`NTD<#cNގI\cwG4߇Z2EIut7O+qsj`$ڝFϬFc?52b΄U+ئB"t_)[)}
Hc@a`Spye̪]PV9.w˹L=g7?@ '*VD_r5!wؙ~]}ƌ)W_2ot7^~QM=4XkN0	Y%@y9qcNϱ-,1Ǿ_-#za@jֳ3AR+Ϗ;Sn#
^]w
ǭL)rιCц{is8FO=}5aU6S@uHYŰ%FߑDqغm	Qkzh}ΈOEIm|mґ
ׂXc>C{DI:HwO+k;"Ӷ0Ȧ͟z=-WUQIcM|]
tR2ǵВ%")w S<g$֍2r'խ?tԩԽ#з&^co&S%r|Vhw2=טi3<I ԴfYʧ[T]T|^7JXG}ǒ)UPV{1Vۨ^ߦ.PD^WQ֦Z[f	]rǏfSL3@C&(MH)+ga#L9('Ȕ%zbç8-ٜ.;eB?TǇi2c x7Ծ}+!y"ley^-qIrHzT"=/$QBJV!m8Ä-Yi	ťxt
ZQ<>߮ٮu/@:n:ڴN#F#ޑIKӕv_DZZί6N&t<\k9t;CQ{/YԳqg|R_ϘCD8$CȨ}{/ŖɛdEE:df*:9`ߍ8Quؤ@;6yIԥdh-"݃{C­0|6.%FR=
2pq\ݓ
A߀ BKp3T$+ZaYܻBdwƹ7luذخz"NiM'Tuk=	BdUam\Qi1Gfkذ"bQ~̮Hm<TnV*-
rtCLʹ"_69ٺ p"K%6	GԘS0{'f_
y֤Q2<;::z?s{RA?h3t=}UR_Vب}tmB`5#H2nnd<y+ܲHk6l}	F`F0{ }k***,'gʗWZƝ*д-AWG:a>Oj'Z$OWF߂X_TO'$Hi(Y8Bv9ˢG[׋K07Kp !aփaƗԯ=!q+هjkFSʄ-|AН:pm&=y>!3qG1@#Ax{wq!OMkC-Ύ;e<Jsn|MQE+ep<u$xzP9/;\ߛ'R1G}9R($H?ϨUx}'͌ʒȞ4IWTw2Ao:G.2G'WZċʚ9g2?	ii/0<X$5%݀1j}'VWmztWcJPU4مj!O	cYu߂/KpN}mxH}&ClQˣȞ:P5?J!#b_ɒ)ؤ
¨ag:sƋ]\?J~^Gd_Cз۱8ɵ$·6-Ks\ڢAh.
gқn&&.TY%,#;_͎Sv`<rEj1ywH̎k*?ޣ=b$1ަsЇ+/)5]/WZld١dӏ2=,ApS/{Y'%g[@Z6׳eΒllbvJ3hLѐZBVmώf2&Ms1L?
>%`8H\<Hx+ܤ>ܔ`	9NMׁasjKw^E|ӏ]ink؊	k3M0*Yelv%Qв©d-Ёa[xLߖEev6k|0Ed1Yq2E'-]	xd|CXeЕ-.תeƶA(۱`F\r}d)3)yۄdoԡZ>:C;l+I$a9XݺYƺKlD)L:ʇW7H1fqnN
]#xlr+X=l~C/J0y	J=+بDbH0 1=[Vr-4	6˹:0%<y8\3]A+G0GJcCx1l(cLS,m6̝Zy5Lò~C*?h<]BEͽr/b$
S<F4DʩŔ#b\_іd'б-AdZ(*-Mo;uS	'LqԮY$aj:dy|r̩^FЂI)\M|ohVҝb!JR:yfˠ̷Ա7&U\ό@Lv)z)9	yq#(
[{9tP
*XϮ>E,WMլj4=JзѰ(B')6#qllXBљi4t[Cϋɒ/7Ȋ͞Uh7[j"l;Bܛ|&tE^wĬ\`uǢfb{?iK?>5Q+7fTKҌ\̓93YOU$0Yr9tVV³т:`ɨ!,v
L?/#1߾Έ~Vjv2N`ǟBhNɤ=!7ZQCo^,!ep@RY:Aun)F.-P:|BpŔɎ%˽Rػ_!5zsګT!^hp{"#U.HF/m=+5q/GTϳB(ĺĭ3AhXbYZE
iڿKu|QWϽfެ-QGc&hAmߘz=Ka~Bww0EdNYu|,u7Ʒ.(ɾ[
;ԠCe%~~=؄2"6܈|TI3Or+9ej\XtjE`Cj'+AoalTys.hi(<ҋkUޯBj/ϸ8/XX=ք+2T8fC<7-ƼbQp[Z$ewxJCu>ܱK
~ <$,g7׈B0O4ǣ=M^^&p+OhܞZw\:Aݢ,F@@OKCL~w7L,(XݟR*Agma@Q:+iҊFo$;ҷUdڞËJ̀it9_7(DФ):HJIgг3h:H=&'~ټY,@.֯w04PfԘZ|ã39+<Бum5!%j-d\&r{юyֶnOOA;׬20٢~3M@"	ܻ%ش][MR3
O[oBJx(@L|AxQ2a}U=ظVh·Fȅ6[P Ed~^ŖZ$8Lˊl6s!<ܞV.kj/wCVGMk<=N'k&Ur@*Shm	lw ^.|3݃RɞѾx۔S-_}L
Z2}	NpQ@d+:*̄/=+Jϑm\Fc!N5şd1(H(NS5ZR)RBNtCř5։)4<dxUwѼ:q^/8²I۟=+pN hVece6Oj۔(#et%ǲmԻZk+)q8r)rb7`Ugѻuյ$Bܷ{Ӯ	",@݄MDq4z&ܓ
P˚Ck~jDtٰXo~-ލ1HЧ]g@PK8ڙM)%\SRYr;wƇ?CI|i)(!8Qٷ<ZL@ċp=[bh"Qۖ)eJ-k32mvW{%P3~g%b|Psv2zdOh[GumI(	wn^A=I~š BAZ[3&Ƙ+RN*Ϳv#V8ap9& 
~{YlLL$KTzTBJX.?[5y30_M%ϳe(nyi՜ϽƇa$ӵyl;ۏ\}K.FQR$'FP$4P8LbŏΞ(lk+i3xE<&!)+Yp/c'Ch~n&cb:gEتGjf#\yl<%6-;>ĵo:?gJL:WPU02ɜQ?cr)73Z[Mئg`@>0p3[ĹmAξJ)rYcta20An$o 	cX6Fщe,ܴqB׭)Ψ3TFLKyQu_|yt(*H}^0ۘ$9hٟږvͅ2v%ΜnWI&w.R'{5c̑>22ȭLa3
¬,I3'QTΉVO+ie=ӥtǝ=BZIًTGŵ@kpo2؆|%5{Y΢L8m'Ans5Kui|`Wڱ@8ѧNzg27"aùr)TL^++ACϠDsi06è_	{9tj2yg6$w ,b><`}G`*DSA8bHE1c7ֿJ-)v[2toW)ިSVsBjlFjb|6ZB5q+L.Nwzڏn
pQ_RBm3}jy٬\̾R2kǅ@߳eͱ̛[PPkN}F]ƹթ"qPljS_8gYNyQǺI|*<vcNӕSy/lGȐxT:y9Vd%a
=rS]r[1Sd?!evFSDloq\hd8,Ԑۏ(=B@\]Ȍb/2uV^4V`!Fuf01I:֓b\ͻkޅɏ\GrNVʂ=иHΖ*,pdqZۻZjMF&۬pүB,#g}KY-LCeM^&Up2	7	zι^3}(ؙ1
gRߔѢe`alrB'r>5-7A%Rt@u=Hy#Hف>ܺ XGRU"+wR~ϰ%&)tT>uUuoȖA<QNn7	t4rPPDv$l$ݿjQN}@$;|^i)isZ	tM'Go*!w!nFpӅЫiNZ\xu8pqF؎i9@}t٬c#^+,~o"܉߳!x1#.~@ds}ӰUS:)_.7l,C(k \z+#pė#Myw-TىWfQWh2wTXJ.g5
"#ToƖ`mEX.P~XƋ wyke*Q=6@34L^j+W=m$E _ 5KΏ{YȚ@1MY.UώۢS+i)r"l8^/b8Ա]7 vGvǷЍyLT1{ĪNT@Ьɤb]#OXo)#Us,j1O<:]{ޚҋǟQ>\*Zf-H8Z<Ի$&xd]ő=.Go.CcvԸGlw<mɂM~eB(ÞZz ^ͺݔ<|)mQwųCT*\.o@#wUN@Yrց4&\PfMt9lcSRښy@b~6:FbQمC8?4PݽCz9!;SqIÍ|""~$bͮpxLөPfΒͮV|&́?ߦK0uݜ=p׶īӻ,־}RX$:i(PFTKƮkڮ"f^*{3Ok6Vlnܻ^^;n(LT"Rԕg)cɝ4?jX3)dȂi	q
(PToQفTHK߆Tu>zVZēk^Kݯk 5Ttr|"Wdmހ%UP@^Dҏj$o4+<r,Dљ7^nk˞$bTPǚƊ1(U[޹+aa~tPB%\OX"^9{H$پ[Yez@gհe+2^}9>10޵Y}=r!ͣ:לڇ>m=Q&	%Ÿu8F
PJXe%I_Ny׍W&	A
׀a)~#DR6/0dD!Bs&-vkE­Q?-ʮKqbuF/.0qb=D!P'e**tzk`?l?+Z}ąw[6h}enƌ3Ys%Jj1kE uIGLLǏ]+,P¦cHUPoY2_s9fGjkLz:Zdd/0Ѐ7O"òYtYQs˻Mxzc8T'_QSţugVeOnb
tE&1Ap)l'
#;17~޴Җ`W	s.Il՟|r8ǳIg%N*wn@a5%m*2"N~ߊc&4[x	rt_Y1Ueh(
+-+4"Őˀ
@h̓g331I_y;fn" Ş&DY]4RvFրwgP
BUT;rgg~c6x3}I"R ɩ4SFGM|R8ת<W	<iUUӡ;U~!̆1ȇ%sЄ-gnBH·99P8*iDLF7'b,@\fɟͅLm>mϰ=$q#׼.@Zu!XG|?ۿ±hYԪmžNς(\Uпn'	k%EpZ"1jsy+D&	kc2AS?Se|Gƛ(+7/0E%IQQ//n6Ol1ٶKAgJv8(*!]&g:fkSGTZ[;ҵa]C4FފկGM(ƿ=WwrY`՞;X/
lRQ6ёĔxYh؀1Tͦ!1EL;T5|Zz"{l%f"R^`эA1udgSVѱ
 ~#0ױ+I&,Ѓ,m8p#5F=ҠL-X>Sbh0 9ulVKȄ~XDA?>6~}o,/QJ9f	Fߖ51(Q,][=ٴ7?Oֹ\/a_"THe<
i*z}>|P?a.}KkkmG0pkRYXjѕٞCGւ^	ٴ}BKA+5)a~X{x8_Pь)y.TGf&$UAtoq2_}>Y^lbJ?pG5.i?;-W"g<ރbKV-n$Sۘtf1
5O1"b(f
5\o=Ѧڷ+ޫFeN.	݈ѐ,Uǃyj//ra]]=cߗ	3c:lZjt7jyxՋwMRmRWتwD0١'H-?wGk^XUltİܿ[P'fXHE5G|xD=N[ֲ\OX^R2̭|)f~1	ݲ0Ǩ{%z\BHʒ%eR&'Q{bӈxw!Jߗ#F0OxP
B۔1P-L6 رM vژݙmAupSG.ĂW қ|9REV8PY''B ȪsH ]{Ko0aG?&'I|xҤoFd-l@Ǩ
{F[AȄyO6ٍiΏR
TZQ{fnL@/ȇ}RP+ F=RlMcB+b0q;.1cy>QDտ~(D'/ހj4U;1[Pqɴyۯ͖>lLXرGD7Ѐg8ϗ
>,=~O ufGrڴ=KtTj݃,$7d
I)]C-N%ZGrK'[Sɋ7=W7ly߃P	ڕӺc`E"^$0!(ptpNɽme';;!7ae+Sptw%ӶaC6ڻɐ0ΖWop;˔ʹ/N#ݾ` ٞCB0'g|\KA:͏mڄ0LӢǐ˱SN4*Ӭ-v:#x-qN4LG-#xrJ_#8K޸4]tn4O4)&U	ژ;myS26PjkXҾ1JۛhISRyCU`PGҐϕޤҴÂ-{Hi%EJ!ՏƦSV3W$[&So6t*=6Je=Eҁ('fPSѝ<٧5FkƝbi.+/0}a{Ix׶3ԱHCMTGnԜhm..x6ċNrΪ*`I/ga5}3_9Ca:j$t9ժ?YJr-ɧI>O8Vg*ʢ#Mfw`ehACONpCfxт3!ԬZ,%ߺ]Zɼ]\h[)ڣ)n-ϣQ[5V86׹nTr:&W:о;SWA,^ɜ1EQZ
юڒ=}-RF"g$Z>Lqܸƺ\ORmכ 4&KyX@P$S*pݎk_Xy!Yb!J)9l{z7;j̺LXW/] 59.
ϯ$}k"(haT`sfٹfF/˱K߻ӛfľ$e֎!bjQlvyKO]Vyԑ:a3(o0d/Y-5
xU,]҅1՝>A:6&E&OIbiitȞg8oPмlzxQz]Z49H2~eQ>>P٧b#EHF٧fSO{gI(>?g20Tŗj%ӼDIi\ҊtE9zuHyAr:<&X@GB&C)95Į4qX@HbBDՓVLw&X{l̡1þ?\$.0S)C4w>{,9H
Ok&`*Riɢ"!OEM4z^f1އѠٶνkϟoQj4`9*<VxSdaw̗Df;mPJlG,c8@4oѨKZ߻ȑo&)Գ1eG>}ʛ*Jzȧg(d.ާ2֔E$sW>VF1jao"~rx4,}WY2&\$xʦvҐXbC9QaPp*=+}sSo݊2<?؇9Rp}J0Cq4{wPзΥu,UNFCzGWGpL#H3T.s`)7:ZIGά@4Y[{Ħ"A*8`B4Xq2ToNqџJqo&zs`"#'_	DoCF(c`)Ɩ;ӝoÁ#A_hGM;oẢ@͊w߂wM*"7GyKv-F75{VtCWk3wg,$ӜtK9_YKНMlAߤPx|1.["1D\>PE\}];g|Mڥ?JrkxJcIbe-z!Fŏ lGeY	
F?LӺ\BvY_)^$:ֵ2ףFedى
=%;;Sr#șߵk7Bf~6#`6,v^X"i'q(fXZ_= 8UZk̙usDe8Ӗ*oʭfLl[(7ЫSՀQ'#6Zu[opd֙ȬJ\`ߢ+:Ƽ[*|t"l+ĽΜd,?gANű8ڈɺ(Ce-}+M|/8@T7g/;p;O-MۃX(K.koݯYRaWܑaji3XtFs36GŻPi+.qo/+L 9uhۜ3A߬Æ$ңnp!ߌ0]M2PkOGV\d55>nhh4ǺI"xUk=0!D-tSQo$ܩ1je|JcR7H|wۤ7Bѫq*Y-[զylb®2+z}q,^)3uX(7'ĵO-1ѧG/؀]ilMɸaO_٫K}	W߮~8p}/j42FX+SQ;}ӫ5Ch0.;&W=Kw5qYh͡!s%W]n!@:9fțPrJ(ۼ~j^tjZ߽ĝ:ar}?ԗi>eV']п UcUS'ج%\Z۲85pɦh,7mSo\j2Q%(uBȭb#=Z<Rqt
rL\{myaư=C:]b'HI/]5p'w9jl7	<+G%hk9v<>P4(u>wƌ{5KF~cǸ'|A7rxD_cɃSJ#s҇aŪ%K'Ey~y"x?ͫa'S>yHִͭEAB:iv42fYE"XߝS7?d
LZBa1?:px&V(hm%WӲN0θzmA[ܘo#>ʡ_GJq+CnʏQ~b;þӖ^Y2|BVғ}	St*W}sQڰ6xO+bF]޷ZΝ0kdp#8S֥ؑX'%6Ѡ?-O;*ImGN[ݩolݮ)ðKgE=?[T@:Hx"oC!b,M%^ȫH@"ICêLLkwLU{o$6ޡVGKAʖ!Q++)ϑu)!h7KF-Gmcշ&dؙ
t:7[f	sՇYe0lYM1;$7e4ba9H̀gf3U|F}{l3r(W˵σ6Sbݓcz%oZJͿ\/>ܿQHͷxS(HR"XBD%Q>p@ȑnux[nshhn=Nj*&jwPZZHA*ׁlATq|sCZ~¤2ORF3VBvHbP:2[!_SkYxrԀ~4I|(\3|SDO("yےIBJ)Ѡe2tڞLF֣QQl$Ћ\vd)i.LhƘ/̶>6ϼfk0ځ&p:H{sb++`#^&Eu]gػbO?o#MΈsPACZ4.ߡD:f'URm)b_(v*{:Q1EKDxuP3Q˰F%[Nlgh`-rmez=nyZ5npyzXB÷NŘ˘_N{{(B&W%H."aZbͮz>ϺVN*ƺQ"߼P&';=kEtGG
M؋W01m"JAPez).[ua<2G\ed'jPͼҿdLk>א|1woh)4N(YsCë;f**ZӆϬA3EȺϗǖdD 	SȵGOxKQq*hF\Fhqѱ)668GS\;4/c$ppfA'S|ڬٿ8?ZYlY(ZW.nM҇c:Ր4I:ѣ8;&+n~ة˶|{kHǷm;a5S^Q&l=V
hKLbB=Bˣ@2Ӂˬn#"ϟ-;΢AP}Vs!"sYi,JY|OĩijF'ޭ 
6jUvQDĽWh"LѫTdؕH?]_vXjɝG2d#h=Zsu\օv ȹ'v3X-{%{6qʽ3SḁXxDAU?>ֽVAljhXmUH@A7ҐIZ3L}CxP7yZ'2[BN6҇Ǿ«6ױɱdVwƇM|ǔ)Bw)"yzwYaX)]yHvTc
`U4rdAiJwDE`	e}חԿZH9P>[ޮ0p|H(V#ͬ"NTF\<<-,dU%9ݔolaG'N$/^_cbATKrvQŭ:{(Y{T	mɞWYt(=-9SϓхD&y~BӴvS^bjt7ӝL3{7Iʗ53ɾ\sƴx"(͸Lߍ<]7Jyldȉd3K(*k;uZ8A+E,pÅ#+iX-AD}b6ۼǫo1QvE;yQގf<aؿrz&ޱf4xRhi=L@TʷZ",\vz[tDc&^:iCiه5.	jJ+pj{_JEҦZ`?D"'|ǫq7R׵Àuǜ{@:4k6c~+j?]B6sxZH*~n}owæe9ZG/[yXد}ZfT؈^yya&;sKQakٻًMOIA@=
Lfbs#naV!
-rk*JRoAcR]MdSp@aʕgH?C4A	ȡXIp0C=v1WUׯl"u$;ۗ1
8~\	XKjcUv=K$]/}rP8Hqʓv=jr+~rnNό'ڔS/\c	I{pmqbZԐB{|."ѡ $&yqkr3˱h/ЬcS<#ɓX+'(-L88C$[hE_߼`}JsKy'_!Gg\rEC͞;ҳ(3J]?'R*KD,mU\'%|\,2Uڅ 3Fӯ1 [ʬdpύ=xHbE^ھxS˦ ԇqDTFdl҂pb+2ĉ+Z>Ob0Ċɶzgj/dߏ&"k~g/߻RR9,ŇohϘqzđYSCmAe¥H	Jݭi@v!F̢DR^KHכ`hcq#&,\	2'd;gv;XPbxdJV=]Ί
b>;jc3+h+A!GZ84UŊ7Ke'W2l%[QD2|"<Դr&)ټjp Jq̀(xZk/)n$^D9IlTVuڬno`Sf"ƍƄ,-><}elڹ/G˸x67^Bq*!GaIʍ[qs|Nh:>8<ʗ]`8W=UڕA*p	J݅54hg'Nhy\u0SyN%ѲӈhъoZפ\3KݐDЬv/jHqSv*DBd[253
0޺(:Tʴhى3;{"!E4HPĨtU$wb/8bdʛȉ;FPOKƱTf%ڑf̥#sWkOsW}ڽkz)vOlPh;#SDA%ǔoXF	қg~*;<@Sԍ+PRk8+Kۥr۪lƁ]{ĢCɜ,,Zxd,}. [}D}>M" Z%W~ZZ-$x#?U''ȃ^.~p
L{g~Qd>߄0H61:[Â_  *.kr'U:;֧b(s:Wj?γ~u+ɾEZẋ̦LՍۋ5HgR`7׵wp:`LB^Y]|.c5/Pw՗5Sep{n7#JWڥy|59!^{0y1^*= sqt˺;M4??Zqg*HX"\
0_#P<w[e'-R^n}(l&b3naIaҬ
y>xȇpӇ~v>/s5Q2`hgyYHd$"
f\|CA"y>՛XWs6/as_ܾwW&WMd*H*\^5Ę?|+!N7Xhjj??[DqN]Q&$Ȍ>acw$Νҕҽ0p92SqG]TƎ6~gi~M!kF+g:88G.Jjך"ߓl
'vO0OBN=˻YK)j7.ԽشӑuZ(_k>W7a*(bShg9~c\Qu{vdI!$(ާ.CtT	
9[BREشԳGl],&]WN?d(Vknw6Bz]=i%cy;ÊJʉ+HSQ*($HfFuEWC{r%tqrf&7*,lB_DdS=M~\lIBO*ZƇq7b?NMȉƏ$=5N)x^ݮ4iv`¡}+#DYmA#ɟ2	Q|t2"mA&LkN4+?po ؄jҍ߹["1GyN;>S|~Ӹc@UW)[%ھ՜:*9c@gaBm}xW:Hqrgo8	g!0< ה4rWՄE|K
`Y.=<n{'iĈN`J$jzɚgileʅ#:hp(\,h 8Weђ~=Y`ߍ܅YK]rgr״b1;dЇf>ϸ38C˫u?ӛkNUE͢K¾ގ)Wpu%åUŨQ>Ւ(E;ہP0F.+C,S1},btVYVjЊ0O]=af]3Z&ԍe
0{{ʖצZ[8 Ts.:hʢ4IRLݒwPN[{	UQXѩ}p_P5O	ma^v8WShM*XDf+(-|yږϺm i4N2ų9ʾ"M0$g+7>_2wû_),\ӻI*l]`*[@S&g?n`׾C:-_:)K+ư1?iUPDTNo؜V|r^*JTL&!<!\$0uɛ>tZd
m)/Zv3CM.@H.~0#
HP;TN;(F.e_{I[-#=k&֮N'hˬ aљxۙ7d;¼S:&!D5YD6k۹&b4um*%݇Mlhrl-	!~H"Q}6CiY !˖=T.Fy]2f֋='bVSb-4b6y^	$Aw$/i6&@!EbȻ7hZյc@EqW^"Rƶh$|ިgG?|@U)>Bt\KV*2_Zԟ{
*
FLwI ٠NzLK_5ڐ7Δ)Ƕ+̎:Y'g|p*Ͻ~xrdwҪuMygc7u&D{6f'2hUՓHZ1uQũn$Ud_ĹJk#'tMMs)a+rVٷh~UfLn_lg3e՜ګ#'XɎ"ގ!Jۋ
HЯ)B4ݯU|!ߋ5YxBIvE*?x	<ڞ]}HҌ?OBk'A"!yQk^<v'-o=Kf?'^G0x(Ii&nc+<.VpoSz<yw9I47i`6zbD3wrpoה*z$ZGǟ3_$_m*XkV(ϻ+>Yw.'44Pj{j(_<\bŵ-A)V\75J^79XȾWRWќHZ,	t#ZhcNS1_ZԞ?n߼ p\JzJ;=>ފHπ~ķ٩OiYxNRJ'mj&e"/7*Aك|ͼ9JL!<	L?:L0['=]dv2$Wk$rQͷ<҄\mkoWŭ	Ɣs&#+a^(r pK$p+e#7@LnEmqmwkZooyL3)/֒/.^HuhIb Xx@Z`#[oƓ
hzNfŨdeٶ:`v"(/	+~fܖ4[yruݸwH6mԎP9bamփv;Vܩɚ|r13J:*I	uY{m[8fsyB3Ltj<n\8HHs>mY=6oC*=X6JH)/cDΚB.4ha'\	PB˘+˚ՙ۲@ԙfe?.3P-G%ID)CJ[CqQhbK.¥Kـuy\WcU{/]Цxƶ)	Pp/B_ (g>T!҉u1gj'"՜dRJNBYJIyms[d)ݔis͕*8jwxU[G@kZG4}ag޽?߃8Tofr!-vKf֘d.ր3~ce3)S~+?|oՀ2_%jN$Y%/7Ό˥K)LBsC@+E8`Ԥ+ϺjB0l8
Mǃ-k;(MOXtDL@N)%p}(,qPK*u ?/g<KkRJwQbg
83bJh!O\2DO5)%k6Bݟ@g	֢VpUں"!4Ȃm=J@ez$[b=/lӌ"r`Y+CT6Ebͤ[wدKNOaRQ.9h*eLQ
J[hDRMG~_w.S+ai~Hd8XRՙ^Mn$]}EIj3SdSd֦=a؍X&@ԼW1͜hٰ25WQ̞߾YPY*)20RݙB[p(`[ضi֭\_>L֖
Sv~[NXǅמȁtv,ܨ/۸|ȷ$:f#ޏJU~x6h[ddAI,S:;{ՒAZoލ8ǽrIVVZ+ː^KT"^vo.WFbM[`j$MԐһ80/U4p(TKxݝF&6+%F5#$BɎ2#gبwj XðFˇZ_ώ)p?S	r,bOنm{ (x#Y*YOǪYycfI͖3Ojv^be"zSB\lŶDyS<fVxè,$]2Yk/RվmU:׊aFOuWih6Af4)J9%ai:.~9&eFNûȟN͖fRyJyΆ4;ڂH!"XbY)n2ُĚ;ȴV4i ޿h˗+}+#uÓ4ܸ/9شJL F44ŠyX#k=nXު=mMfDp]v=Ӡǖ(FʝGZ9_RnJ`Ӵxxq'6ϣCGS	lZ>ȍ%d{RʊNE$fůmj"y&\1&ȷ^]mh3+2&;B=Α{ޜr[D?]R͹7Ջ@hȁoyfCÂs(&^3:~552ɹ>l"FUPRYr/)J-eyPSM^w9O:ů#w8Uqg}:f<	BjͫnE
mQ{s"Ƨ(`!aȡE161:M!W!Vmn%,i0L6&d{lrKѶqH͐[ ax MK""s΢3JAOAP4i=A2;ɰ!IɀkZˬƄ|n٬}r۫
/-ȦV'+J5!#:#ea8/cG[?<ځIĦӻa؈xZ4/u0i,Iilnľ{IֽRHmtBbGϗߑ58eg8QQr|RѤR7Ü3n/܃>Ѣjg\wH{:b,U.=&:*v<B?ǁ,ܭ{ʟE	@Si*?L!=F:C{.pt=w~ds#;jP!Bj/JΟ%0+K׍8JInBvKTR*"oEX&kmԤP}#{Po	B̒	-#`֎!UiѫccHe3,th(^1/ѩ7-XYђD!W1ͱ6/Y,aq3@)+k͚=ɺGS#{ʻqǝ /mjц#RfX2AuY9ՂTD(>JJ)!6iLj>	pZwIA-Ѵ#YPvW+o
GJ?p'gdNXZ>]&|s"
ѻTHWӧ=?fK,ˑT{s\<_'eVa_p>n 4]LЇ@(*G(e=mCּZYMFc\vGi6KlA(vű&	&Tׂt˱2r}v1H(-K5q2<xW
^nf//Y-jgdj%/Tf07ixH+ʐA|KޒAI<&v|f0ƍ$D_w͞g[<)X	'ƸNTu73&)7ݨX(y]":N9oHV۱T8EV6O"FMϳ4!gCo-<_8B/,t(l+i# iKoوU]U0@e9\A-L۩I5#`ͧ5Xlsr56\=ȚwBEI{yJ}|q7׌jG0nf]Kq67-/c[%ۍ+bɀ./XCO/LXf~eoXqǩ˖ÒN
MULz /iKE(Ҩ)r$;*zի[|&a$NFYԙQ(pSNH*Ū-LBۭ"Mnx:<Z_=qV7HΏ)Ph=CkroQz8tCp'۞ۄzȃ=);|ɲ̐	?5ual^F-#*ӏ#"F$-ZZH>*L'bZ>>yl$Zz(^H+`Ȣ}Bfzƈs `'zĮXߋ~I~2W0`,)g%9)2r<m#lJk{.غN]N,+-'?S{MG<LhRFp܅Ϟx.#=|0Cv!J|ˑĿs3G80c\,%!(A%4	?Gg0ii}Gq
	s3*iYXͬQ/!\qB]$8jp&&bwruHE!m}$;dGcl Id(؍N:KϘ͏H=Ҧ5L̅S۞(y	
)).'|E>'Í+|vWͬq[eloWһrDt	HY<5{c|qr5h|NyO(OxҒq2v]b+R߮̽Qx0cx0Tť6Ibn*P{/\sΊ1~QGc}j?vƴռ$>HB`!cā:3{UIтx^<"e^"C==>&\F(#eܛk+Îׅykr%UĕEVlƁ,`-!N$ZѦhu%#8̇Fcs	%(g̾>2ǹū.zܞphR3ɬKICMKyy%B=668M`:ѽ_ȏR't.fl8}NӛPv+ZQl3<.Y&	H:ۈXE'na~3^҄"ZB;FbeÜ_=WLN|߬Zk`:<~D	Fȵ/\:W۩c8wnr/Ɩ)Ù1M%-~^ұwGt{Pک+^@ֆɾZF,fZ9+@)I&49nnz=f$5%nќ1jߢ]:}ÓYCy_؊~&SZdt˩^yέp:CE_ͷt:&#HKJ2B{/+xL5"Mk<JД1VPE~
ݺ#ѩp#M9k^	~(c$avݎ"%ϛyI}ֹ`A{wY6Q3gSIt0Y#'fP,eF
SG2jC>.KR$9NԥpS`wCOKǑG/7zN>|FMZpD @oA΂Dk5~ZL}=lH-*=770ޢW^aT|!~zSx[̷EqȦѷ.m)FWGvj&c!G-y2N DuHթ@[YبƘ!RoݗtbC"41dmӾUܚN''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(18878)))
