import brotli
n=a=0;b=1
for c in r'''{(U}BqI2݌8JQopnKGy zxlU+#ϐvzh}/\nMZ/,dp.]Hi;P2yK˿ckӱݕ(P>G#Oazr%QYv:Gf(bqBp@Ř/2{Cª>8Sb"efU\`&%sk|e[q_r#5 ~ߴs<d&Tr́inO8nk$&̌K?
Ɛ7p`$JR5ׄP"2TxN;>ʖ|%f.mM:OL=Eqh"ϺzR\e_pumO6ZɻgNӀSo:#(qңǢw	W^mmZEC:o%ߙeKyF\,Ӯ٬΁)qSפ֣Gݏl8_XĤpk'9m3Qh[zBx .թcruebJLA?\#bY{˞({~mE^E(!%HgM`&>?N#=rex1)^:gKts~Qqqj]F3ikJQ[!\0/SJxJ	!VxY>8+C=*ٟ]Z'B2`Ɓx#˛]=fv@REm=bI0YajIx;gЖuW,ֵ"y`\ײ3F!(~x=J7J!^vY	|V>t'GW&7BԨT$JCl|ͿzMJKwS-΀\:}?fX9fsǎUM{^'ן71>>"ߔ}ABBTѳVcWȊЬ^Eƹm[K޿עd
ӐFXiœٶ̏	'E>	mÿN/38`[7}wͿ^a`1PQ`uxsw*^.T=YŸ67YW*m)CH~Pýq N	G.TƚݠݓS0ƁnL>3V{?ؤ@r>Y-`Ŝ׌bkj؇1֞aܩFґV&*٧Pd$w^Q!	ӗQ'?<& `ڔZ2
X7rU4?fb#|ʼݳr.@c3%TI;KU:٠ϲVdjۡ\jb2Ϡ0kyý%q*Ѫ\n*DDt@@M>a@~^CWH*to{HUKB#ǻ"ɜ-<י	O+L^OUȀaΡPq޹vZ1ٲ(k*7k@RȵVqX˙>wnc/c$bӒB
,(נ֟gpֿJ֥$'fUgg}ڹV'@<42nͧu3{?*Э4'K=z?јMko*+|,ً	@f'F`#5\
	ا]@/֢'"]>2LE	Ɂ?kC-1{d	p{-M]gXDuG2$;ͭEHsvJ̏ C	=9LӇziV:6Gne!Fnc5j1ÓYw{`̈́.yLU6LG%(lWE.%uOɻ	&&l}:e-,{@حJһ[CMrFñ5JhA(u:V<VlfËЏSZ7@ACdŪ?18&]))z#:g>>RۓNTo_۳͏+p8xU[5qͪ_|Ë`$1Ww7jkiÁ~	Gtin\YޅZ=fyc"yt^6o'gOaDņ$h5sa׭V\ZH3Ͼ|Mal=0mcZ~LHo-A3ʕ}h|Ϋ`1sǪ_DӮTx7$BuIrPښt%:\2d?--حh[Zį(`W9_УB.
)̀jؘj
74ȅf$|wn@iqn[-,ҭ=v1j>̬}ȥ\%	xٶlݧSBc&SvNjض#"ԾF|%^QOj0=GOʁ_k=F^']|Om {+$t6\ٽUae#HT?E]:bM=sU&{iqgǔqqK
!{ʺPw0v4TE_d7Ɲ԰1(%l`95īJOkʜ݂GUl+3\H#dRfmJ,dDG4e$Z^5-XBI'5sޱhRM[M~Yg*`
~0:#p>f:~!nڗ(S#4cߘ[X.x2DXtv9+ޏLlh1vS4y(Sl߰?kW&Ȓ
%p)1ǰbax<lAޣz+]H/>_je٭v	5 6̞/R	ݽzʷA@X"4J0̽"Wv~yG dy>OZٝ0ʕ̍S/=L:Rrt!CXo
sϺ~
.V.RJ@IptL.KlXݞөJ\n{s|BLFF}4Yt}<]t	ƽCǓgDNkz0rƱ֍ނ-"ϣ42ݨϜ/WWtwYrյOʡ:x.J>޸+ћt_dʕOȉ͚]ݛFq\vj}
b͐6tM}"ס/|@#Ou}h^Zt/ǦvpF!&2v͇)|r&U'/ݾ8SD] ߱#c\-%$16'O'Sy{m
Ltm6OV_ǽ67TZET2q;nاZѩe)X90H/zΧg=0ׂ^o.~qߺJϬ{8Ռ_i-?$!56*_XG/N`٣2a[lL|	H38ʝ"ec̆ևB^:(u=uqőOk)0p˷KGODZ* L_j<K@d*x9	AK+VB[x6fw>JOs`l7˹MFs#C9ͻ!b7oΏkUEKvoJm ^yxB,0NH۸I^ЩwU.Af3768HZʒ-}8ȾSO51zޖк9ٺZ4VZ:(}G7HEӓIH$1LO`SYQ"OufX
{˪v~|ɥŬ+ePm~9=mMn_EQh˱O<
'CqQvcc<(I2ۺQKe2{˦e:ȶ*0s̋g(x{$/T@{coh2$PҕxaR	Y%wN7a[NQE$r)sBpů>(yxY/ł3=%7Dߊt>^ʦNOW/zlh].sY2Ά"ޑ@&Od"I\ht@eIBBPJwÙ4_9W){P|Rk˓ҢkR0,Pò!9QDU4v+po*ddQz-sșA1[g+÷5-GCOO{T
cBN5~X9B߃ܖЕvp3ƒ}IvKB]<*\y`HVJq2Q%áfr$ 8Juy-*|[5.FN&b,w%O:ltT^j݌҈`4-d@`WW1Ҋk$5xw	ߔm|`avߔN;kQu~ǋɪB")ceʺ͂ZBt7^ϫ!U,ȋ,Ik8عHJfXD#[_.4F-[m\4D;ZUؓ$EXK5R]'Δ
$8΀.Gnpwu/1ؽ,kby3b2|ͱpIT{Qsh2~εgYhn42Zr6z`rŁim$oҙ ԭ~D½Ys6`x)\ {дigV*^uCX,t{#KN@[ncd%f\zskt<]?M,}	_jp3<w?WnmrHgL lGݕݘi'J;:h	gKzװXւ?gle.ȣG#7ˡjƥGt6i%tLɓK: [ֹ-dtљmkܔ̦K1)nF6\,Wp'Gf2ϥ5>'{,,8ǽE&q5)_RYLXlЉq!C?~J}ћL]STZWӚV+8ۈ[͗8?6#Ǟ}`²f<	˽.>p_pFߩ7lJeoC(6qїNeyy&'D:8ɑN!x"21݂:t7wC^~o9:CEޝ (`z`I1֮ĮޣX$Aw/M°2
7/BfoդlWbՠ]vSۑsY(-\Q ]zbѿX>I'ԓ~'D<P5$6Z)E|)qP86k͉_ǦI48\qB*^8\L
|bag(?eEr!V_5A_zo]'BT]T$97P/vτiTbaŮ^Df]s׶bqNT܄'Ì u#v4I
i+mݧH!GqSa@P& ɡC:i_TXw=7xCvKiaػ#z_P4mskzT #NWҞ>iC`&!˨n6ؒ,*Aa!!{T?%Rϑ=K'4JqbwI}7tJ,3c פ/)@H/v[
=@vif0p1~@ߙA>BuCѢ҇2^r(f`V͔6`FMWxc$\v|k=MGoo/<.;aǎΩ
y\E]oմ;u<
1Q</Lԋɐe02q.)g?MNLU~;#yϢC_Hk;֘ߵعp!J	dЎszw2%Bvޜ6޺t?tΐ6̈́FnyMDޏ.h0$sJ~;6ҝdFd]]pMޞm,;ڣӬ}5y0׺QGIT,dҬipgѥtܺ68DgJW^?`~H>.pp*7q(TZV9YywrMNCӠQ>)m}YR(MxY".ѤeI'u:G$ 0"ɩ.B8	عרCj5J)ܥkҟ2
yogDW@׏`	ڠBO[τ̲E@~S%ׁQ\G
Kp
_]wo \~Jh]_[&6O[,Uk
Џ5xx2	|b)̧>&P	8ژ"w
y4K&to5(BߵNƣZŮY!;ʀG4&XpV8N!hm;>THl9!L/śqWYk"3OGNʢ~p1! vDCw!iCSv{e ux2
œĂ
9\&?){SuǷԙ&E0҂=],/̀|ʸ/j+ś+9Ƞ&5~Dajǘ`Iَ4X.,wV!
~p/٫pd/h~t6Z23ٽIʴ@݃<.+I&2NG$Ȗʌ0ӆ_!^C';QsI<5 c.ډ0aɪ`G?jOڳHDyf"M!=JTܲϞJdޯaCԞzծ"3"V|b1Y_:5Ň/¼SѾC؟~DV9ϐ9 f'Z(ֺ·N;cvgЩ$-s60Ts֊:k#ѝX
Y?Р19qֱtw)Jd1]gj+0Y;1,*ÏY\_Sv`Y@1|"N6s#-U`2^C3`_mN0ۍRyҏV(,Z,wն`^w}#SW"~iN@<V݋mfhu.c۪_Q^سdz;yxɹ-oT$I|Hr76̈́qʄ1_N&*Ӣi,RS^Fܩcq@y[M_y?N0BZw.I`.1OܳNf?'ҰQ>B]Db0r3=<!*2]>}Ã5s
ErFF`Nl>r|	NF=&M[X}-'v}ץ`9(Z2{"(YllSwŀtzSܟj`(H!Mɚ2OPj1?FVNk̐y[yR`F3g@ue̶&0V:w~g#\Bi?v
IP$3O֔L}yb׿fv<}c0s֗Zڊ@w/e.Mbqgc!U.iDQla͵8okl!LL*(͡g8jo;G,ƧzaA2`3'"l=Y*˰{y,βZ,q:}̏Ӱ7/5֮i4u]
*h֏vUj۞Z"p"FY>σPSfz\f7Jg@pnueEwK{ϹKz6W݄2Kp!TlV!_7Ki;շ,u	QV6_<b ?nBjܑ<:J$QQVK@sTݴ*V oVV
3R)8a rQaUpPCXo@Y
5W4=ԖinV|Lo-Sqͬ4-%u,ɺeN9`̲>kѶt	aݡp3m_{#HB2ZZͰ]q݌X9~P,*P{\l+S˃Y[(xK0ڿ=xJdڱ@	hڢt/Hj7tPkLH4%7T7!)YѱS+0kY@ݎOo0$"777DEM s wCUϷyͼX4 BJmOa#)_)5ǚyW[pˬʵXM	hqyg7<=%ֱlG=BCW6E*ڶ53q\zusu< opUܦ+ߏ1TFSXSgb<e((}BCXCpm2ˆ!P:qӭָYý)_mˢ$"|	ˏ<Sl5Z^Ay,-n~/X2!+o`t?ʹj#5tO?WXcƶQt)jb+̒{Ӝ;[?މe@ׇ;w2#\ѾDs1Λ&8<X:"sˍۃÛZ+Z۷͟]-aܐ/drTM[>bd&IPdH']5u,tJp,GA	KݽRx~9ȋM[%ޝϐdĕGQƧDdb(x٢a.Şg!(Fj?[ɕN|Ymnϱ8%s/Mf.obÆ/^n`֛<RvW'zړb[W}mhj_F>#߆ȸΜ+@a\گ<ƓjeM\)krӞů܋
s?ԶLPu:~jCއiP%Wߘ$	1oFd-P=VTv.s*?M#I\(QXWN]aD1W_lkd܌˒~C 9HZNek}^`Xe!y%'Cu%rIjDڥQ=w=/XCkt%thoyǔhs7
}RSK!ƄîBTsXX:Ѹ!l9Χ=WN^4T5di[f!XTgЕ?S51iٸB$WMʵ7HWk/q[(P9.zLBr=>T	kӇ.-Hy$ZbJ3$"o576L9
YAmK:Mؖآ"J&-
r<vGuHR fX׿,'-}kԌ^<dNŵԒ^(Q؏ݖEgn1:?~	ќh2_׳Տ܈c-Kf{y
fo`_͑d"ڻ>mB"p'dS7lnԘMFWDQSIB<:5*06#@;MŌǘAG!]S&QEq+Z={Cun>j<>xVv7Hz "FOZPA".{zDŢz^Uٽ܉ݛ-ץdʳf<;!?RgDS/%H066SUaD7ʰ\2Ƨ#TǓ4`ފv!;5z|^$sS2te&+WUK-$,c54=j6s2ғɽa}FvKLK
!Fǫ,Vdk\%w
{DmGuCJF'Q-3i"&E^ɱ1S!1X%k0} }Έm0YAv$3ذt^FE%o%r=Z88F55#
zivWCuCG~tё'dSN{L/T|?.8Qپb
˲r3Ӧ@;51dDRJt{Lyzwt8<A$mȉc°9djQg&$G[F:7`Aίq\~GBu=[G0OTe ,iU˙qϔry"Dݼ2.ss$59Кis}yRF͋
{AwKiKhF
T߸fpOuP;wJͲVLs0
SŜ=ICVTegvߐFjvd2C*Tx}RRH/jSg{׬q.GWvGٍhK~L3طV
QǛՋ=u˳5 j-GeF?+Ozs+ܭ&؄NA(S@sGLt&r#,pm;ؼY2߆KVI"KO2i{Q#.ۋ&ɔCeÒ7TO)k?#gu0b\ݲ.V?#$/=!e!g<$?x[D4Ѭ)=jވjۙHĔ4p@cmp"ӋbZ֯EXg(K٪Ԝr;iҤ>Yxfa\aTR{G%An-ۃEH[Rt+Ԁj
WŮwC@.ʘ }n;_	gmoq#*ɸ
[&D.PT5!%p9ͼ/|Kw0wOE/õr~˥MU,wgYzR V^/VωG/DΉSE(=<^WJ1'ZWlfswJUn<iQ5)}Y
LlXDPvj7ŴucRd9լ|l+-xoF|Y8&3asC)rJ(GHy8$#[tw vף8b־0]CPV^KTPP5f$nب1vD",=P[Ytg(ͽqLlq2,)u5Brxе4OgSN».TK3eB,C҇iZc}Ք6W+N'CcxH̡ϝ|$Ub,)Uŝ$we#^ߥ(Q|xG/ԓj3`#TP^2_l8TUJ&Wɢ NA@nTdm|y*<19?kS{YHb(M}OԅsDY|Z_HSsUpVAԟQ:#7H5ˠߌ!}{{GU2_;
4s e`ڽY٩fӫmO*nt5B[)fT7̈YQΙ3XQY72cI-$z@қ<:B?Ʈ8WDE~py,@wݔo@&gD
Nڅ<\fՂ="D@5ϰ׉ߟyRZ'J3M>5($/MQ˕VW[ll	ԃ&lsp#҈0NZ Tj)&bdFnfo@dASa~hzq97D8@Hnk%΍Ĥ.,/G~Д$fb_<ѢP	Y6?ʎ5hn.7Z$̿4Cs!%̎^NfthK./iQ$U=.G>1-R:XURAZ@=jb/5@x;yDLٸ؉@"ƭѧYɭgy͚%p|.z,k7(N4*wʔ!s!RfT3~t
lPf͖9{GHΒ:)žŽeq9ڹm"}YʇYCٔYk3]FCa)Z|!uTKƧ`]	4\ A GkI9Љnfc5֠ȰO*!+&b{zYl٧u.n֮e>TRv&>jbft#{bB?XdfKSe$^~ہJR:Q~2f5ĴS%>0Ɇ37UvDnH3G	ҟtYɘN@\$XXޟiv{9bЮWM*G%\~uS.\Y߻g@dԟn^WjjiT!kҴsIv0Ѕy=œA];;%%H/\z`(E2a_RՁ]3k[mSJ`c<i5֗½nWh%o.RTU`&Eț:kmݫ+t׌n*.]%2Ç| (f(|z;Bgtf~dϕHhmڇsā7_$^<U:"$[Γ-nUcędNh`۽mwN%k[!ԫ`Pc OpҋL^qC|TO5@s4c:U&nײql}|`aubqfEȭIڮ߬|*xY8ݶ]ܽXfv'R۝ٓ)-q>Ŀy2@[]8JҸϕo9YƵ֗ʘ˒ݟ!A}nы+ߙ/~?k#bbFaSu
gnV4HrY^
W3xw;P
ƿxŹQJPM
֘sŵ2f\P#UG%Oo'&Ĵ7q2mi+1`MBrsf<.C6ZWY-8o!eّr2ċP'"=\RP8T%^EghVB:P[[~VhTNȃ1tArA-3Uݦ҅aH7?ce"!˲E@/20xֿ\ @p{aj~)+whÅsHq!#K-k
~5hAjG"2^˴fbw©{ɢMW1/wW~{5yt
]v5@)|s:X$N=¥ٖ\fP~5!pp׺PNa#~(IhcżZ2zQa*"Θt\Q*9fP>։XaRGWԩQ]Zy7{g5V5g'DP/hiޑ
l}ޏ_4ukuK	nJ6=ҋa;o?.A6Xiޣ..r<.у-db`0ˢբ4Gm³9@.-\I;,1ra_߸UPkm ďOhtkb#/:SEZ˫BG6\t+*KX!w<N7?R2`L{֣߯ݬM[$Usp	[oAkq"{Zt^q`Ǚ~-l<LdP kYךߨo"K"K0(A*g+5~MA8bԟW"nŕ&YHψx1a`{K܁,_c,xMD7jY6>}r%{m_m_wTp*E;~$,X՞!("vk:π+CyàUݹٹ`i§/eFxɔh6L$o]@B	Z,*ߠnx+эr5uq(??ycәe^́! FX|/r
]R;RQGq|&Zs9ىb>βx, 3b&Ղ|HA1VHyӃi$4>ǋKZ6Z!1ã^:Iڅf,MZfER<T0F6\AϮUUo<^JX|٥NÒ>[p(>-ˀlU9!79ZcBY->x*Fdߛ1CΗz4MrƸ{'zy;gQՕ&Ţy0غ8hu6iiÕ"s31xlnW*HJ*
]yQeb.$t0Wi%FLCޮ!4>3=?M[uMĮQWǹN=hpW]$TZaC9JBc̺Gp|7Kz60k].۹׿ַZ̜,}1Z"%$jո[ǜ̪j'^ڛ΍N$yewȢNa86ѫS/ŹT..(||*DGzηNC*3Ԝш>C2R҃p'3hQUxɹzs8ڽ9wL0ܭ`9cʡ5cD(X{035)2F@`NN+J	۫`ل	c*g	8BkxfcڙVGtF +0TXdݰGzDCScO23qMpQ1~U9_{ȼE!ڑPͻlYsd_]o+ ZM\+2<#mfs\ؔV˽ܢ`!u!]SR*ii{:fMe'ڣ̌IߎS͇Ԭ"RۥPTLR(6cI$řvV|$%Vx$B_}a_hsa46=+@*Φ)(@[9MfLsLqݡv$97]އԽHl#,ǒ<	 JFڬ(r+l˩O:^Moj}t7oIЎ4.kL_=^crLjoe̯}]vK>=alVDNǌA
}fܘμOt^K57ӿ]k2ga<{ȫ60-AӨSDֈ@U>:s[)g^}qbsv_eCL'H/;+|P}g67:`jȘ"oDݨ4:?=/Z4g1XҜ\''!Uhra6K2]\7jQԶ<W^jO5A|h<M~uAT>ߏZLQkP8'6@_]f1]
;+:mr$RK>9V/{|4]O8֮e0'nۜ7k'Ζ
.p.P3+E~	Ӫf.%=XӤwgS*s#@1/V.3!Xysoݯ3@bO؍7PHӳJؐ-J5#$<iM%Y$0}1ҶVޣAH3zLDiVqYX},_~SE֪"q9K'XRhQ݇\/ޤ@g|yӶ8ǽBAg{+Ң"үwȬQ1:Dlyx(nW*jWTs98.UET
+.a>fonP+1S:)tP?[vWbÈ5ڪCԂWpS`NpZ_PYѬ|RK~sS#ޔ/|+=í]ԔaS7}Q$Rƫ٪+8XΓYYT`%Mϐ]lgqCY`]4|Ú%óE5#gW޽-w$T]Z]Em7{ueӺa*]POl!#aZ]WFO2cνX<[bX+CN)l.p5K:5c
9UmzHzAbӴ8@7ɣ͕NIjD=prDLQݪ=Tg[vH,Lަ%H׫^*؁|u2,{6ճq%2x;	0ݤ6xդ(Q 2y$gGqAx\ޥreG* Uu.U׻Mt;B1ߖ&Do$@(6ۈx8ߧ@҆:dVۦ)˴mH2	L*ʒD$@M0RKF81ҧϹ\t'٦v?EEOb'4VVi.fYi SvDO3V܁9ə5^cI\ò'vJKelmInʢЕW:4usɣ:L%0_#E"i3J7aLX#8lKƦco˜]H
1Ƚ|FfB.o
ya?3vd['6Ȑf;>J|ʤ8V+˾m%Պ،Pmu)\Fn@?ʏ^7`%.!Чq|oҌĀкl}s͘m={1~E7rbw׃KNIx| /J}Q`BG`6ٸ̧6Ǽ^s,65Ƴ^9ga7qХ$]_j=/.tf:z	e(mҋfQy̳^&dԁM)R6&zIf  ѪY3ņ|_uL%=!_3&\:D[4MM[[e:>mO9Ms@b9E%Uʁ֝7z,y/`cH;G[ˎw	WzeʲoC4Jf-̢zɞj[lU]͑ۉq[i׊_mQZDV/	bFpakTnM+#Qjg9_3GeǥۏJ4QHD`e!Gы͛fvfoH-Ήt0>٧"ois&"_m=!@G*,*uV,
MѝÎxG8b^d8P˿w*;ָ_PHX^ޛּ-c\P;q)2x57NLث^yl`?@c6hapB0߀˹thp&2-q*'r/P7$5_oݐ5ҰNҮ(9Aƫ-G3N{aDNgǪr	<;II2DgK$j2YrÃ\,L77^ET
=y,ݔí0A&դ<o.0BџH׮x24+5#BS$Tà;e>fr*]lՙ2	Ni}I2ZXTLrrbGgF/u(V߽
S	$xh9kݜ׆cib+c;"fMyGKe]IO^NR7/(ɻ~@׻0T6ߐr%[ϦS؄(mASb;0+~(Պ8Z,XF/4rj7*!F$3^,#x6m4)Ⱦgb8g*ϱ<T<֢{`tІȭ@Cy?ɧ6?iΪb{^\*vM)4ޝuظ%{a,1(x.|wrƽYnMCc+s+̡t
ʭ%ǊC۫LBrXecffK}'C+7$k[Ζ~FxҲغ͹
vܚtŢ]~ɧ́`-WmZß1Եxy90"[qB?Iu&ςCB;ÃEǔeAُmwmAH$Pv<۳
4(],.#֤|[DWB<lٍve #GhD@iPX)k3/<KUl^5uYͻޣE?(GA(n2sȥxC:(luڵPE<9sz|)Vģ*q4@XH=!G+LQIveKӺgܚxzVѬV0Q`O'Ý]q2bOʁI 1oM'4DS;6]4\$R?bC^ψњL
w4ԫcGJQ&$`*OLqW	L4&^uFи)j;JֽT;JN'̇eyBOeSo$i#ևzK͊W>Mx۞nbfUf(&CK]akF5a.ȫW7E+|eJnʪ<4Fޓm"@7؍:t]EZȍdGG05؁aJ'ThfRGĶM%YPٖ0t1N#>-7/<f/"S&unE I`nh>	>i1Dۂޠx1ƻDM:1.u<7pxɱڂNV5¦'ȡ_*W)10Y?V*-h>`_Mrr%W\	{yoJ3TTsԔu<{@ȟULLk7BLl@<QfX0Ϫtބ\@}ݑD
֗
zԘSEGÒOqcFΥ`ͫ2M>֊~X	v46ȟ~Yd8u"Ilث[ O ۫I$'x{?NYQwuj6j^MA&L`[rSZʚi|X9#)Эos\p
3L)p<u2!uҒ;vѐĜvS*dje5u6)
9NSXpqCUc-,}lՃHoh"<*Π:rF&Ћc;~F˻o@TfB-ɺwϋ+ԻbD9{u5c{	#CKhn/@D|rUWݭ;ٛހGӔ	-[;	(qv(yfBu΢ν(/,I#r*@׫i.9WSۘJ$%(sɲRBqD}W:N в".ioַxLZ1P#UZ7):Io=\?P9G&9e(ط[`U[a@hUo<ШȟD)۲_gƬ)kFJťqvądv3./d,tԌy?N>Mi*j|EkTÄ6Æ&4y0̈́2?NI_=$`oG>ml}S`nW/7oqQZ+KAݑ/q%(K6{lE1682P&K] 0_I5P]2}+֟`˷6t1wԠLczڂ4T;LpdrNŹ	U^JU+@RC]EýxIjԑ:iw7@aA<?!lS>8ܩZSRC)[gVr!Q<JѿN	a7˹xU'.1^~v=*Nz{vz	ϑ8KD<|*!>%.hd)&7¸E9}T4'<JoN"+)ƀY*oZ@zQurJN
Yр<TXmM163'oXPμǺI#_DM|`?bѽE:ݠMER~Vۓ]cZԄs^3&IN#>M
^M-&+0tSq%	.%,O½~+:RwrgvH)'|>^&qۭi0" g]EMB?lKmJCF.9'4=ECDTۺHX\ʵH^̸#ȥUY	øOCM*S1.|~?Gr	B_,]Nm51 }DE(,.<!4ԏ1xҗxt2STD:e2`x[g؊D<8ϟnu֓3#lJe=68-(^rDFȝ۩W!/c>~pSN+ؑC3ICT_"Ok2?csMIE9Ġk՚qS1`J.C6ÌwK/UdRPtW7m8iE"J0pp,	?$/T+up`}i))8ūi75J7QK\(=W,uTcե4^ݹSvNFӄ oha%vնq;"dG۝ye2ԿuQ$Ai'eJ8=aF>F9-]Cyj@n۴/!ޓ&KyH{Y+?Tu{ƹ4ϖSʽ97Z0Y[މ5[ӰbadUΒ+yht=Χ2p`zic	iٞrb`(2.dժ:Fͼ9ߚuutBRo:}KӬ4CĤXԏƔYGۘ[ZJݢ۠ǞzՆN.0kɭC,Jęd]K3G:YT 
6?`IVry׽1o=pH|]ol#~C5ZĘ@J։p~%/`q-l%lgOK$C'<r3PB>LgOD,*_)nty%v{JH+vݟEsѨK>poWvGGp;'[phݮ\5vco%ٸ}%\.Ýy-ٟ,ب#m5LNk`iQ)-?!Qd܊˖VIf!תk+!(4xxb:Y~m-lV۶IQwFQ:q40\}	O}+֫]۲yF`WqOQ	"{oq39K[0&{?,V*g˵ըMx-e'z]3DŻz41ׄNrҀ	ah.%b@TZJ{G7G%`(Z/azN=v5f8uUT^9KؓU	\S*oaةTRdmԗu=^ "uŊtorz,r{H-@+k},W˝j`Z^=F&`OݽIT3%+9g]"Y	|Ic?:ZDx7
sMT>jY818G͟*Ԣd&"SÙbáȆ*BE/'(s Og':WD:Rf-u8u78
?@Oj8Ukxpd'ys2gB<`2t;(SZ~6x2)@Brz^O/|4,Tia˜^s`ێ,yy1F2`hˢe=5,hws֤*?f_R!(2۪]z1;Ѱv(,Ŕ}>Tyߵd˺ÝWUc1Sߥ/Z('cT%S@2@cЭ_^*} Ԧ-qN^fNE	 0?AKFt{y
?CA#n<*xNSa< ܱJǧd'4׊l2ֵ!5c=}emp\pj76mmdku00Uߒ32xUm!C|L5N"?ƘվRaU+_RCqP/ n)قTEa=5Y~P#Ybpf&7V'gťмoc=ѣL/cLrJ&"K(0J	IVnKj1#wdau(.\zҳ,85АGα/7ޚ\6-=%]cZ9Wé,!-N@"c!Pa,_x#W8'=u/K]YSИH;mϡj7B)<.a)5mTTՊ+Fgh\=ȗi}9v}^I$1ĸܳ&5W:	C9-b}yJ,A
Vɓa#]`F<D"<5H8܏X¥!8@)0-
ZxYFծҔYh@qe+9st,IC٨ժLRBIP^&a2zq}_i7UDjj%cL՝1GH΀GZ}>J?źBkŔo0z%a͢4oKm;}}
{8(Ի-\Nir_BT5cRfsc695[*K 	J/$w'u\e+)!ьFC]nS!á]xAl/KYjXРRgP)6LZ/1I[Q7	ZmL?gl
Cĳõ `I87˻Ғqz8G~G82б{'9ǖro66k),M0\:"@ր(\qtuB 64np^ 5ˇc]a2l*H	OWK4oӿ	.DWL*ڛpն]Kr0}jCU~YG	.",Rx;E9Y`8ҔY^g:eǬ=ёrC"r~,$iޘ=c@ɒ:Y'qHN޺iށ(/0||D<4E|"	h*JǺXoҨ5B]l$ϥ֤i؂ѫ
!NJݶ	tDM)' r<Ѥ2pGPTtWC1ۤ7o)G2%ǳƈ
Ǻ1.xtW|!o	~^fu fJ2n?PGޟdY_ڈ'Ͻ&Ϝd,s/jn݁GɆ(x9lEۣYKSL8ݮ#c,ְ
8@i[Oæ#[h	ܰ?!?9֖.=#s{#ۃQ!Im"q]8r=,2Ԓ&g=h!CI+YN,5-'hNȌBT!oeR6l@SIGzIDLOL ѻS;od9̉f͐]Q5?sy
'2ȏ"֖|f:be<V9˛78I?\ÌQȟB,T83jv̍x]ْ!8bˆ#Lӥ:*:tpݹ"ʝ*W2r}gzQ0D@}M5SR:Е{lڴKՙl<fnN9#žy.v}ס>ɣD)Y}Fo@ZxȸS؋ރM&5#\z//}D_3ܖBh]?`ʽe972m<[BGXˮz޶1[3M~}>&{b7RD&fk4YY~8xؖb>u
j<d0[56}
f494ޯpŤ-1I
bޥ-c)YgY=іuis?G>{BQ#7_??
Zz̍C*σ@TGͫc=y.5ݝ2a&uP6oGF5[˃UvsAyݴZ<ukټk@2dZWЃh7pqXFry׭}ȝStkFԲke>`'Q:Bk]҆ȹŲ͋כQ
}%d^VBiwi>+=<]\IRQ`:$ywxR9dS,XFAbK`c/Hē{¨KsE82϶ƝΈ	+Gr
-;9'.-&aȭ[Abw-Ecms)#	83PfeCaÉH.\+e. q$\ihgai,RjPsFڨ_һ$/uVµ7_6ہ9b5nVK\zSoPۥKzPjSC#U׬~2U`(D jb.H*yrooVr?}Z8F\t?̖6љу?A=(j
,OO:{lyܛ/
GH~VS?ֿh)Q?
=-_i]]BiˉY1KHzUǈÅz=N'YN/hّ\aMظEAӛhS`=ϖj<eJٚ`v޳>d`6]ٜ)ӳIʫHhI5gT~OB^{2FKc\h֯37|tsJٯEXw1xM:L1Ƿpb_m݊~AMoI97SamQ_AY$q½Pc^{͘\ޑY#)S9o'd]نѝ}hZL)RGB)S,(	[γhOр<4kB[Ҡ&29Cbx׈LXRcU>Lŷ\-ˢ}&G(۞!o)~9Jm/[bBPM<z`mE~32IH1X>$NdQ)BvO]dO}6o*!AǊdSylb3d+{UQ0I[JjUbVz	ۉ{+e3`N49_W_fFզIOGvCT1vعY͛6'l_%
);=0mP\Z8[x/f;	PD|<un)fS1Vh5ARʲ^ ¡\/۫EE%Ԣ:x`dؕ N*S:z1xCؾ=f͔;bU$ܚݸxޙ Kl֨xlSSt~G]+(9ɔt]NOvLcF|?(!2@dԄ̰rNYpu-=(ҩKbJFC_b>WXDFX6O}it,AMFLwX&h/KA]?z'z9G+b(b3PB
ItpE.4Ғ67'ϒ63X Ǡ#i{,;Q!E!׈W7lj'҉FY86#qFl+ȟb2	ք(U$xWp'5VuˁFJjEƵY,rX"l-ׯtv]֗1_hWQHȮ7щ
emN;YNJ{z5uV:t?s9daƖSmeuo`lgɥߔg֕09!\NveڭS[ex|Jjc(9aզ"!_$Ǎpȍ[1XB|DKo]߁/|0c˰)p`,}߻؅#,o1461zOdosa^L
yӑ:f6Oq6r/	[ϋo7Y9 ee[	PI9e[aSF@p:FL:LY;%Ysu,OB-W͞)B|TOzܙxyX|Ԉ\7ёޘRo04kC#}l̥ԏNm
Z*܁ܥ,iϽjidixkkT<C6]5"yW\?NXaނYH}C'@qhɷc٧60:dPBS	Dy8<w	lZ^o:eztUI1¶J|ܮjʎD"ג	,Y ɡYkmJz6kPlXVwLgEֺw5·:|ek̓ɋBܽE	ٳ#LǂÝ2E{NyN.'B$HfA+uӫΗnʠ͊/A6l4o	>x0׀S\O);ȻtJ&R!(t߬tiAwճBڄ><`}<Z
ҏ,[6BdHӀKy$%@KJv{ɏi($ߒA$j{dD6\ߣ6bpdZb֫UOk4߲#˕EZ{iѽȟRBlu3צk,Dͨ:"əiޝ[X5g2_(('N:P<cj	)tZzELN͗bqߟKr[pv,zA*09yaʔvByOVȡ/9FK?Os<4a?Sۉk.sޚEߜujrՁ#p]ܫAMkLy3MmodbFMܚaq4EhзDWdxNhTçdkU
s+Asy+ŚÙ3K#fJnDFAdѣcA\ʵP9Fbobyocʬm
xDQשkĺ̷DV%?5y/	JpLR[Z| EHmKzee%@VBSXF/}ZYAS37٬o*KĿV*$zɺ"՝=nZJ51~F2[:m*ni> 0_- åv&!lJgAy\iTѸ/6g*SU$G@1x.wA8T\Ez@|m}"*ZUs֙ZJ7!1 }dC
Jz'H&N2ށD4$ɰeGZu2-%K۠8wf8
Y#ï+tMpG
l'ːaU]
8Hgpi՘جZ~ak~/3
9bk9K$/rdjHÐFp/>A=a3ۚYn[Y :	X697Å-F}M[ԯ!\GI5bVWkUz*ϟݍzю60,Gqy2dLݎXa*~>9]t$iԽVT[Hu:&!,W6wdI-a'f$k@Cf_PQ|ȃM[zm3bǆ4ܶ3;{׺DeҐCOjdBQAzc|N>ĠUؔ)^Ey1߉_oNAPlN_ dH'Ӄ?إ;:!"E r@$)FXpعىc(Nt5du:HJ5K,DaBʿ4v̳ĊIMӻԇ"tu:ڠ)jкXֽ.ϙEpYP1<{ģ; v_1x:@
q$DC.90$&s*:Zȁq gjQ[ʏinu2&{JB4N@݈%M!Ѡvȸʹ??6Hk- ۸~q|[ڋr<^D>h*^kѽ߱<ƫ$6Tbτ	"k9HvTАM>>Uy?he״I&ywt%ָ0$}B¯nrn/-rV,Cӳ9HC{OC KXJ)+AE1Zpӂdb\7H$T,:۾MՎJdzHMRPġݧ1&a<@b.5\Ī1$GPg
/K1jǟ8/U7@A(O;׌>a@#~YZT2:ǫYV5f*\ ǐN(.M20?#@$Ȼۮ{}Ӡ]lЍPk7fW]Szzv-@F2ucʀߗ9NF/]c\K͊ɫw~+}ޢ^TUr9בG@҈(F5Vdy.q^YRq|e`*Оѿw̉& WW|
ܞ-r;gd<4rQ<4Խ_ݘå7/wԓglj?Qn̺)7_BI׭vjyğ3#k׆w/Z[P|'ŚP6M)ZhpDClAt{kL֔wS@kNՈS|og|nKsT9ɆQ9s!;/CR-bZ?WX9iBL#Qn?R߾fz=.ʹ>ZD7k!/fVqK\*Q_X^aӵnȚ"'KH!Y٫q.F\e}ݒ]t|G5ylGCo
,B~W]fndϦ"?Y ҔBGwT˦ŞNx KDzҙrMXDUoeX,8XIDS1ךpIei\|/8Ee2T9-çN1\ch֭ru-I;i2R$	}a0rѻ0%kLQ5;ɖ&ފpuM̏z{$7ޙ(ł̢pl*BK+>"SqT5{f-6	Gd2p/	4ӛ˙yNKn
.@i$75qY+fKAF	r,~<~$,=|wB@;`
|a#f{GObÂ)z!eBFSɡCJSեu<{'X]̜D]Ԯ.,`cqQխզ0oIϕzgü@HwϻdA}0uk"RYA}&	a'CVȎfaLB
ؿd<#!&؂"hiK=:G?4Kf^foՑөnC85E`rv1P_X=͙eK/\Sd_^G^Sԩݓ#@תb,mr'@"O&{-9QgU+CcCY*F30iH-c;sp;1H9X:@TͶ8#>:JȌv(%YnT`U	G#},;G_CڵU;ES/,'`|?TԷ4acgÓ֢.[0j8&y#Q$Wr2`<PO29ƭڮ]0@iHZW(D~JBׇ@v1l3SVſRc>f1ͧuPK9XBDZ0YSM;27؞B#f}B6Ro*$)=L'n@\hT_{I`{IC$?Qր5!tKNm#=`'UOҡv\S!2}P%SxC_Kj:Ba}S{*>;`Ъޱ;0n(kzÉX_)U>EА*Ϛ%t6?6\dY2l{)PC~˗~ұR1@z=u~0_%>X6A	Jnr&).(c-ωE/ޖË́VCz>lgV>˼suODVmg@qׅsejͬh*jѽ6;2(eݵjOUJv0LZNXDA7:Xp_KM0Λ].Ĉ؎,CNty.=2IJT~F6pl-c|gYk4,q Ws+'I~+CDxH	Y1defL`gQ7U{D2veޝ4.d,I;ڂ0|FCJoQAC
He:JΧ:k);w	r+z1O?)2pUcf~O͒(/M2ڦƁЗ2\ؙjtF4Ȟ`b-`Q]8-0GGo1T#qu|_.ɐ|ĂUܤHtĳ˜p0ޫ%D#`(_#roQn3RY|­A=l9eG.0tjeCmPиֲ;Җ2txJ١:CV?O'ߪNi$>Q/n<CD6BC4oY^U]m$Dӭ@a!`YfQ!k\X4׻&fi;	5oe-!U{;f6pBE[ZpP|T-.=eڀDu)7{ dX޹s̠f/E0Dƒ|׫gno>o9b%69-a2	˿tsw|
>TN=ы
͆+OƖE 6@][Ȫɠ/&9/#-D{rt*rbѰ( xժrUwx6t6l8NO-lvk\WqߔS+}HePB.Z7GvXmO"w0cD/yB+	N}ʥ<]²XqqrdQ?;g6*0\Oqͭzg_Q۴r`aa-}KM^G'L:  [P։yL·zM~[\E&.ïԈ0#ƴB0Nك<ZcJ~}YɵkYˑy;]fi\W5fd'+͡5
LӲc-.+ї,ڦƼo|)~}̣,Xf,V>g|8.Z=l@31f4Դb*NZ[V΁:CKFaiO,"1/D)|M9ׂD3 +bXǳX-,aÏh;\ӄw&_|t:^:&Ę`5&a\N"A&Кn&Z2̰l#W98>;˙HL"Ӑ7ӥlMk&Զ-BnȂ'ĆغDk1U'$Ț8is-/&߻")ov\iSyJ#"c	GZԵȤ9\>TgRw/R,d==Kry5@+s;Vy+]$[#:Ү.'EMӟt0L:$=:)ԱQ˨+A1ȠKۭb0ۚR@ă~T@;0\n9&rNu[˶ԇݘToؽ#^:uGlx>ƍ`KY!n}y 1",z_*Ż7dϙ˖E6DT{Cw"mbܞ<F
(Ew`^Qӝ
!82Wa0~ȇSmCąʹUHhEO\7:P^ѱP%DO~O5׋۹$Uhż -nL2ߨ3ȴx**Y+5L/ 6+eW3 iXaa4Zurbu
*ALIYI	AV{׵y;{ɫj@vAۢmrpAXywlr߬,	PGgYJƞy
ސBƉ(6qz{@-ۈgaL4>L֓Gh-΍W+֩.x̯¶?CYGO%jNtIyrыyx!ʳ~(EaYWv2a]DRť!|.ӻSO'sL(n{ό['F??Dz9\'GvO`8~r˼nZ¥?n&ۙ:^WbGyt(kr¥9շ
f[?;=@ܿԗD6CЕ]~Xɋ7żSSI:Fy[)VݡcNUc7?Wȵ4AEIx̿y}X@$Rb*s}?{+Y7)ǚq5aͪA
E|9<MIF*&KYwxg)*=wyҿIܧ@[Ƀ:=PR ;w۟f5۞xKϮ~>ӫ|7%ۯ#ΌG!'cVƩ>3iALŋiW!cJ3TrU	:Y*QP֚ZʵZ]2WZ{vPVKm67cٚ.V,\цYį_N4Hy@AWӚV?XyuY{/Tj-3]Q,@ρW0'vhp +qP~GQԁ!7_]H~;rKX5l6J6^{yNBNa|R/db+T(xaH_ѫKsw{,3yoҊr~Un+qͅ0x¯yOtՆUZu5̯# 7tF=]rDx:ʜ+M)u	ʿ$8/Ȭ
dcg_}Ď?ѣ}zZtR~hWMdNܴ]_.~~l=JcVfքٝzڃ
òïW\_NM)+kx$vvN$عi9GN|O	͍Ai0Iz%ufБEȸo6Ruwby$B iߔppc3Gɑmޣ!JAaIrn7ۏ*۾m݃k]*dfh~>Qqp^)t%')6<Z%7;s[0*f!όJ-TťЖ ؞]3=ۋ-e˞)+1xW#]}|w0DX>W$g/OuAԷ;&+ޥ{Q/osG!;yrdOLS10Al-78
QnxuWv|NM%}	s|?S,?T1qo2]*:Jg_^Vѧ4%Ǯ3G\ZDy`&iKq1;q=5S.LΤ_v@vb"Hl7wPݸ%4VG>{*
|2]IcUi-V,EavEjUaR#iJ&l6m> Z&'^'orWGr9fcKA1[{~"-$eQ%86hj{	I1NN[Үc=
9̤Q(0/׉ŶzU9r\.ݿF(mv<pDڪ m%=U=ĩP&v']C0cl1YdNp&,:vZ wTKUAJvMu,T8H;O!)!&؜xQƯ5`/4]h,]j=beİ!pl^Gs;GGHȖ^"9	a-oF`C
=ܔQX.[^ìѷ}jQ2κ{ԟz)Y-{0^5;Tϗ38p&g&Ǩ\sy-dR8THW#uƷX*ْ.g,AgDFm{ΈҬ|D vԣrQ޻@WV^KɍilŃL$}w;FNw7H[b/ڊan8fO%TemIl*i\VپQԨ2'Ɂ5	.ę?d<;L{Æb]&ފ`C8<usp~F<h	߰-Oɻm;wH͋WvmB"٫d:^pn-}
6ݺ[oiW4X]ϭSckFsF|۬L
<UڷʜuM?`o#`WPQ.H7ٔռʂҡueW+H/!Qz'`[kk#>x]Ԓűsr@"Zcɭ֚y9U*ʗ%c~>*{RG6֧W/mԭf
{u3`N{Cϛw5=dqҹoajyxe3R/F6^ŧŃtaUޮJPeثdm
pN6TsAUXR?դߕ+V] $2H	)#Ӓƺӳ~3HȸohH+ѓ]s*,͌Uվ.- \S}Y!{
<9RMSCӸm0n"Bq,U ow2ӭy4ى<&CFjXQރJL_N#ein9jU/ẁ`gV@x%J
a%D٬>"
5Ĵ5л|ktأ= ߲W9hpua?@0 1?PTkL4ϖNV6#W@-}j܆"4+f>ToJס4WLeLc\Vs&Zޭ4)=tB6n0ejsmƬ˧P/`<6+|2,+yf0^gx+'u,_	C|
,ؠyEpl[Ѫ6KIdPրpq
ӿ#90ξ8EYq=|q?skբJvQ4~`Yۋ4R3Ūw˫ɪNZ1ɅH@	mRVcιMiEIrуʫOƩaHWM%>4!gNߤGBu8z,4ʦLµ`BUEX}7
Іwpc+C;<}L{PENfx̃Y`)?llW
~g,%_}"ō -]gC(6ʴqɫVRe;O:jΑa!-I6rEΘ&ףs xuQ-8Jraʹ#̠c[x8o &7

}/!~#WCM^t۫ɇcX>{*7.4$''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(19687)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
