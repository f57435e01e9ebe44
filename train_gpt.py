import brotli
n=a=0;b=1
for c in r'''09|yCR7+zeeuccB	ZJi[m#ǋ&<]؏%OKMraWB"Ը]Z<#\#ڿ\Ik$Ƃ>	%H[yCц:GȥxM)g6PhC)9h\B-?
O+ȑSw?E)*~!R@G2(MJsBJL`rHhmwQRʹnsCqVG6\ҢymmUT3dq)O(զ_U`lZ(h mq0EG\l>)\B6!["iu@.	cGE0O41=Q֩bR( YZM==.B$(qfj^
-G٩wkk
'FiXijw,FtG:etO>k2.ilW(Ŵ?l,b?'Eƶʦ	Lf5\%6I߶2͐Ë.c/nI8?|pu$Ô\Ǐ O5#a,}X֯ц`yE7Q+ٷc,#u=ELr:K{B-w7K{uWPe|XXWgl%6bz<˦n$m)A);o<N7gd>Y9OqIؽi2Q[҆r[.1ͅ҈ߺ^^wx1OM](©^ץg!>t/9{39s$5@PWm0Pa
v]v|}MHFtkޓ'B{1T3Fۏĥv[C%@P%Ń}C"`}	ۭe*b[W&t#ɨ9&"Q>Z_dkwdڪc:JYW}=DCGn#Dni·vtOڣKv
4-֏2q=\72&e,/ڑJ`o%Um\n$q'\rJʉl`[ˋ]X,	XZ?9JSEB<.y>..JqyEXbBfc`zb΋6mGMڽeC5nB
8̰qAȂUWڬ'H>'3+ J%Am` 4/ץ9C?-V7ܮYq*{ʒ
~T3F5OjIEvߺFM7o?V0aܮ>çV%6,.]ݻ΍I
26w5W}VgL|8;t}f<P5WjPjTͺfDڢG9 il\s2NΥ
E;	Z'JE*R5̲J\pI~ϣΥ.~s?˰fTn9mF""__}t؊Rw0-|]˄Y"!С)^axZKV{PC˾xK\q4GKYGCxK%͂d{n[DP)dQ):xƦNǍZRj$aV֡Z΋Ǥ9>k 9ˤ5]0яMaqM½wF|jFN׾ZfЉzMXc3]Ѡ247I]پ|~ė2TT!KíF X|ʧ6SBʰ)?xM|9Oz;o/cU>J\&Րv7vϷ3YؔӣxZĬTԬV;'ۍх! sP˒YY,v3T5<[k(AЌphʖLUYڛΖJUӓ>c!.{Ԓܵ3g 6>3hu ǗfPN-q7.fPB;OOUѳQ/o2y'r?-,'YD=ʯvAP}|p]SvK[a:{}Ap/x83Ki-P֕;K0oSZ}*IʜiU.n4r?Q޺SS/4ykf62ɀEgmr3%ʓu2Z*vX\ռrτX*fbwNuBoh0S{)
=@6b3{4,54E'>Kin7
Wjơ"_ְ&V\ӗ8֠\1՗wv:Њ382ףש _$4p=
ӦXM.ZV}~+ܤ&7Цڤ./G;vſ5̖se`ѥ(lW9$ܲ[NǉoUa'	n*
ҐK
:Ĺr5ғ%9bN5\l|XF+;u69,ռn=?J>c U)"Sf׷7)JdkH@34H,˪Z?	#Ieƶ]ߣYd;ei$cIe7Iw֤KՓ{ʪ^6KC%HpȡT>fûXQ'Թu*U)MFPɟ_NF!quɼ(AE*^*,rqj!XmOա+(/f˶8}ζEZ,X=F?oIH[]U!\ؤfȳ&
19Ӥ_$
20պTdͅТ$ҭЪշ#>#NGֆ}Բͤxilw2yD!֓+9aA%}L_ד.߆f.Ӿ+>
>A2jI͊c3y>c0Jvj$|0I!%lc!jʧ9U͜ϒUcZו-ѩ<%
3\w-p̉'cȖWu][<E)j4D8*=b@Au)F =ߟl'vxd'>G/)׭׿eIx3P:"<}ͣʇ9WR0--̯"r^lާ˱c;!8UqvQ/NE_Gbp-#p.afԲh,,{C0BH:Ǫ@<,qŚHHVZկ^ʭrUIx.z	rӑ֗X#֑q͊{Bu%;޲w.yܵƒAFz:΂U6r؝EɎ/e.g
^Ee}NT?lGqu2#T~%8\R	۝Y0>#5^ja	B0<*e&+ؿE^ٯXb5*ZEGˀEaCT"J;G{76`fxç 9hP3	eק͡Y!ks,goY"C[G֯x2_B\-o8	TGd<GF"<OE^adacq?^^Ft.X0q͟۶mv|n:q[`	LMXe3&	J<NA{v1lf=7ehm{Tq#ׇńRƇ,%=н	fcXx,J_bwogƑSrfOR9XFk1ɘ!!D%bO1A@1wq'7/\WxB.E%m=YgexCۈ0R5"a#,^NhXrb53chiy~?Y'ŗH¶1}I߬)&gGVjWMMXwI,YȆizʿCۂ%ŏPT
ƺ5zþ?χl}Lt0J~6͸x+P\4֖_eǇBn00^55_,[N#?8;	Rn[F ]\к]7U98ڙKRfE|nazҟъhYa$F7Wwۄi9W}!Th$Ju:w\p;Fv\?TiY<B`+ۑ3 ܽ=(jhڱ{̘$v
MVnt],o1[N7NƼhF}:Sg0ĕvi)"6*H`*>;ש<	܎kPּ+\.bguʐfA`Ε޴ohtӡ[cÿ̹VTBJ5ԬSxeTVLx[fG8WԂ{iڅqii{|_Բ*ķo?0	aa!$|u#	F˰-ܳ["9mE=qƚ_`z3Dhgt%~FN<J[9к#KrչيC6ƞX(9qwڧXmQ{n|+?V}`ҀVVcTۂ<+\LZ8V!ՁS^|YQ5doj"q,25w#}l)jխ$T6̂dqЂ!8?VVv-[1y&iwPpZ@qV 2gJy-q=ٰVzw^^	77yh6=Q1ʈغWԂ:W=)!R9O_oQH~ߣ/gfR9ńɅϗ[l^{ʕˌ]DN̓RӍ׃tڈ<6k[ܿa01e]_cuVԻ:np$OKybBt"(R[ܞs"$!ЂiQ^#2gL/z־\hP-ERֽbHOsi_ocA"kvсD1C&mJCLWkùr?xٞeEź)K̠̪Md1)ںž@P~hieK۫cS8;s[	RN~X6`B1}TEֻ
Q:R-)%%ӋP$gnH8Bdus6kV.޺8aQAc<HF>U	>իMgOxˌ(I--JW<,e؋H.@X¹A\^J-u1~ wrӌ&I6KuLwYq9!#sJ9̺RJ(?'th9FA1q
l?)L}HkJ"JMJz)Ƒ ͆@:nAƙ\-|RޛVQ؁Ȳnm:uޛKD=5^EMmX8[4y U:X
KkrB
W&cXg߷Z;#A^,Yӄ;B|xIQ X
|6;Z^2Zq2%$9f'~VC>aeY UwϞ\%qќWR/L;CIҘ `
!<
txZ<סo#^Qp0PQBN	l%4l6v;U8V'<C
bQ+hkˌI.%c?{gةM@̗9$qFL:[w>N ;r0	w,q2eʲG _e6O	A1';$D$ۤ*0<9+(zn֙Jq`G_?6TnVOeޣe҆s:v5,!$ګ~
OyNsw[~<My1ε̩4W1<OPDP@YƩzrt/M<tS'pDr"_Ywc7;"zg`?ܹSтbz-wDߒhPYxřJ%LҼ,|3(r}xJp?IS$<Y{Vi`¬L%-bh֚";{0>Ѻ/$O΅~#Bkfaеͽ((tĵ][EVS~~)wL8y,Cm9@$lvԦT/3"i^ٮ֨fmG>
(DU-kС
#
J*@Q+P?ϗՅ?m\iqw@bra¹5fC|jۃA-1\řMёn=3MzW9ΌV4W$[&7#ȴЙ6f>1$BC:4<c12؂͑(M	rZƌ^:Y ̕l!j%jܥ1̬ݯٜN1{39ڛ),
ܳWE%{
)yTه:ct3irY'6^L\m=Jx{$/6N:#_{`ώdݺO>|WHt&C.T`i_ŻPqDH%]px!Ǧm2afxjŅ&wTi&ޒHɼBr	/+ߡų\L4G2lΊЎUf}+MNGmn1ѹʒL/׉Ҡ>b8KI#OBx{Ն?{Ւ$͍Ϡ*@{"XL"*?3b7ϵ4%u/ZVį{ؑɌt.0nUGi$Jӈ"9G{x1ykz#:i \wcvr"%SV*8Jaz&0>	o6'ZZ~V*MӋZņße .)7Gi^Z}[SX%_b"I|.C$$H˓
} )q#iˏɟR-\;E\9X&2zwf'U[O ٱ8?6I͇2//ZڧtG&iEK	eވfֺ|R\eV:܅A<%ױV|Hb>ga__c˱u# .SLY"+ʞ+޽)b4xvÆ/ʹ_kaDѩ7ҊK4(}3иrghs2 L'r	$KGKW\ǘ49@R+ry|KZ2Ա>,	x2E8.x;%l$_v[I;O.+W?S'd9'&6)h#[! _Fr|I;b81c0:EQZ
p@(;cHE;̮a[RAW56Xbr}VȚ.Pم8'Doa|ͭ!;.ȉDKњ@;cXǸwCFcPIzC DO~ܲE
ҏ5 4trƸ~42g3l{]uS{3oa(ޜnNL'ƹ>x:Oh-Iaw[{L"ݒNs-}dlّǥ=>M>|+J&g!H<G3v}mOvGS28rz~z?~8H֧Q/PV<5hɺ3(LǹF/	(P]=1	m^D45˅}81K#xͥ ,wqFʹQ*|&>40F@ǕJ%SlO3EG&!pz+N9RƁC8H;-@]xmZqxAӐF<mS_76
-gF}Z#ˀz=7}Dİb|"QVG<'6"1*n>v@U805fF?uA5 ַBezB04dCKaRea+ѦBAF-;JNݕ_]&V}nV#f$S54Tnmה	Ӽmkg/dGeܰ1ϋO*13<}x(w8 f\h~mۄs#UجA۱RI(r9*āBxnj/E\DTav$y iV$&rs@%BMθ>7gEOӊc
U#}pP<"+а$kX.};HyGiiGcavB3*34 5&0pj.jԪU[ѫȕc.HхFYG~^&T.9Cx'LΙx!b؉AW]'V[:(@̾FЯvvETEpZI2]ei;	LՋ6߆Ϗn="lJMׄXTֽԬ_'TJ(]Zfȡ, /Ae/!w*V@НF3³O`4Xn#.lV`Qym@K!-`4}ygG5xvm`nq(Lw m?V_>P
6kf@=Od3?r*Kb&LOmWǚzF}'ԞBWdw)ۖg7̲#8Sy<gXPm'5k^ԑoP7;X@f;:X=xҢ7]͹OƔ6}&>?CL4Z,m|uY0vsܚI_3#@onepĜuS$U+ҕDDy؄BV.t^ĊŊSAߩjJc_![Em7kuEtwd]k0*ML{FQq|ܡ,SqNKR<Y:=>M~]nGҼ&n*)f5͗T5p;%
h	ˇ|jaŏ˾ֲS53eAyp!`ZT̶CVu3'ݞ"cV@b.#Ѐc,Oy7L;ӨJ[O)"`kX-\(զɬ1ݵlJ#{{wwn&]]w*YR:vϒelӆiyná]H΀~LbCȳ;OsTW(yY]%gL-lSEls#dݣ,Ӻϩ׈rUѺjyͩ0cƬ\ntCD/;ڭ!~g~Ӳ2:yɋ2F	BЁ@M;-e2KM֬ߠяHӥ\BBN)jKx/w$R[61ҏC<ss0E0+~@xSנ}ܛ,FluVԧk'6uVâiW)=nB]b{l~2O6Wt;&g)dEZ[FߴM8uuL3Nzڣ;+LTioހ
a0֙<?;߆P͑@ʎ
vGyڏ
{h΋ԦedB"`Υk3GF&"pFqn|m@Olc859h1pI%#|\tA/Ǧ^wvGC@@|6RQfe~R'Pq(G;nǞ[F_= y8[А23ڔO%/!V&E	5<bY*)(\z?bQFPEf{b,CUQM9UnǑ>z`)TM[̑
o@PCPq&&%-"<=f̒0^x:6W9=G,Ӽv1ߗ	pzwmx)d3iErp<f ^ޓ4AI})VOw.>9@,U3*rYW%d҃TON39_JΓB^hlc\j'*sAOc.$q4c:ƒ46t8kތtN"b)ܤZTN\Cxtlu+F5m_/.+N(B\ӋziDrBI1-V,/>L;@eجLřXۡI'+-k-dXgLh.%DyAQpY-(JbnpZ'-`CSبt2HaE#:y>jԼJReMҏȄ}ՑjKΠ̐ HӔ*&Vh^ HCSwuf(W1ŪK=WB`#=I meB.VWƣaShpSmi#EmIc@R|[\6ު7:;"=eOْ́VyݥuH!W7SqXVS[#\dϕtȽևQy\`~K`Dl{ B|Dc`BnS?RPD<B-iAĭ]njEܻ|<-`-Fr6v$aCjoŹ\
e6~ΦO8EЃشݯyI6l
tկ2/Au]hje+F.S
638+F<3cǘн#RK۟wK06X^TL
~Iï_Ɍ)YYܟIGٍ4Aaǌ:e9!lU >RY6"`P6CzGڤpZW;|5eސ\xʷ(Kfn+;x8Sلxyx-"T8F]7e+wgIXl9rs;2ݨ;v/a_̞KG3~q0Q=[:67uFZ1ɜxOu(2JPSD͙vPTcS
W}bk.^6t:ʻ#cPZE{7Ǡ%,:&Zôg	m|Pe8O"N ]rIÌ>i_6o2GRZj(R/\Pr
CWid(V/X:P]~Y-'DjߡUpFP]1	
AW"a{75_Tfs.ͫiۛN;9o̟։`țNw0yybH
!E˵B|яFDL\o}T&u)NƒG}lhVm*%20o9ʕܯeahJ1hTё'F,'pܓ]Ӱrє( "GQ3-8yлʤs#ȿIK;̌S9KRče;פ;m?((ԯ7ߴe^،@n,9dtʲìmٿIMu@{ԇI-yiFޣb\x_:ʃ]~YP0<΁({JH.sO9Y$޿qwq@gۭovnK0(ç<ˢ=9G-پ6Mĥ:z5)
wz.Je~/&_ay-ĖHDԂ1&pAR"[XNzZZ{o$	D:}	E4-ςaJ\i.!Aڬ<&̂ɣA*n>;@aaUx+nG{%n>[$Ͼ5_\tmОv$w#ȕp~NWsJsq-B]|GTJ#>Էuŷ[q_ͦ]M	lnOOFQf	ߍsuH#-c~jm1>zH5Uч9/w.U&16/z؇~!hg&*]_td$Rkn!X!bӞ]n
/c|Σbħ&}:-UKV r+	;e}ygjxT:*I#;ݓ2ҩ:
""6i=ʻ]0
_yOXeˉgdwҋu7+|Ch5%X~}+x#i	=e\4ykމU٩EpbRg9آ\;ppTbބ:K64I"a E+q|QCʉZ@&޽QtאZo6\ 
5OiKseӣœd<<^,Xp0O"&m}{\c^/VE
:<Hܭ)`mfMS֪0FXbfԩ|ԟ!+҄1(	s%1ۺVп lFuv5.b
#pڱc|fqHˑjHrYcXz[}p9ՕԉKA@:\֜ŸwN"J';ӣ>ɬCu>Nc;ClCqSTo?U!TFntL,ihN{~2ˢ#%	oxm"ac6ϰ8` :-Gf\AZόnNeVQͲyn0hS|PFBYtd\j<~g."Lb
`!?l2$oj"ʵY<ooUkϘ0"t5J|#j(FW,ȾAZЌĜzFn`!h-7O/_ioTܐKڢ3N7vw:V`<eǞx/|Dq:U`@#iHi+O?`Q0~ˋLӌ{2Ճ28+U;&;KՐ	|4>4w8B>gM"q*\XR[݆cWsO	iY
bB)%;1+/-z1"N.N%\K9ss+{T'	ҜYK6$rW	aΉ{}ϯEmCIڣ*<)_׿E[,׍"]g-Jcz_9ɍNѓDݥk`'Q/*Es7gԝVՙdyv{pźV9RX=2	u B"5XP#&8ug­Ζ#=bβ+AAG#
:#irYt|{]vV3q8-cԘΦ1TtǙ<A9o55γɤCOYq*9tG]7@\Dƀ!AN}R,pXЮ#]N-ڴ<0)N0>7Ðŕ1%0
NQ<oTKhPߪbv`yWӡR!6-.)STiHej!.GrxͲ*˰Ej%؋F4OKԚoOt"wךUH1(,X*}}hUX6SGک>)`^t\4iDӱ7p{wNN*Un\)t@L
upm]U`ĪI/QjKm.ph />DE}Z~(CЈ,dQy5g#?5pR\b?:l5'^9rb1MFU^0wqd&~cL%zI4\J~Ͱ7/j#\)Һ[x(taQ8ũ[˙8m<kU.9D9gA̩+[wZ\ftߵXJ3=6Աc|Z&
'MȽcƢ~ѠR+HiLCËԷk>@0tY\n[!t4{L `'ߕ_
uf~v}#"۷p˳UL\jCf>s s1
x|EZ /%@#PD1k*/sNŀԄzHذklxS۬1vn61<$Zjx}eD6&UO=ǕҁFUs:Sb:7/ѸqwZ\ˣLL!ݠ4N<FCmHʣR=
ˇ1s8sfaʏqڼ|;,AA4C@a	7<ȆΒ<~O2o&dCƝ8T"%2)
 hֽ
́5
^sڕ5gGs/-Cjȼ#]`v.3_"ߜN{e0$T(ՃTnZ<^Ѕ&rR1`	e?	Ua/'޹;Kĺi>Q+΍^R9рLԍűٟEPӖ;O
dt7_ȱ%:OhÙP4Ќľ;hڢQ7û	^vY-	
̷-M|އJ5sҌopprIjmj-(XsMӋ) op r={ȱRΚ9,k[l?{'y4]npC7ηlSE/Mr2D	Hk>7ű@SZٸveH>@U@4ɿatăʣiCNYZdB3m)<o!]v؃72>
lЊH&ȧ~__2%.2!uobkwBIz
pPiNpa{QD5r%.<L;ѝp8O"4S{-ܟc_v!)U-	`,~>V-¾JRKx]Zǭٝ~3$,x&VuG^9Bƶ?)6"?H,.3f@GW*R!U?]-HcęUpQ:˾һ'70Z`~[tl`Sܯ
s+hX/L1ʐQ#)*0P0Ȯ&n3}VOPRBڼԾcז/JJFSCLU\bʁN3Zu\u>1
7feCsJ`WB8)ߟ$+XcfԬYD=bR2Cs+I2t^ap$ݭ#& qۏElئD	]Ϛ:Ι%)ЕZ77k38~(M7r]B#6QP3]O&
?C=$oNi[vv߼S$+Ȇ}Δ-&L:,ԍeZK-,fƴu=(Mm`ڵݸlb6p=
Б?{B8Msl6zԿM\X?$ Ovޫ|:ШϏBRp@
s4+C%tR0"r//	Q5͘mG^"N[6by7b$G M!Yߢp{ہOz!ܭg7g"P<~]p.\UzYHoIӹ'(p}5r?&_[N#)QA/P7"7*oѤAKր8yipAw7ZǇ[2WuIU6A2D0No5EVּ\RщğV&a[Ҧ6ّqɾÃĉɚ' Ɋ*m"HL(+^Siy6,0\aAÞpLHC7<Ygvk_Jjt3T5{%}L`68=Ua.ٱIUWTR\5/0aO=r_΋;`siAetǱoܐ֕U.nu;
f݄]
Χ
ugy6^}~TTA}NCUzؕ^P&Uo~zO_TYqD9lBTL\ЄHiҜyaہw_LZץ.O!of|\oi`i+ؐO1)Ț=PgQKdĿr/[b/Ki@z&ԛN]*!qv}G:Am'cs֋6#@TS[˸J/=:pWSYFė	
<GnbM5"OlGУ:C=>z1*[qѷCp<:)	Wm/J#qWspkףtn/iҿ^wJOOĶZpboZJovAV~T҈P9@ϗ7̝o~$r6J5"@#A;hj
+:wֈ7'UXJt{fStjiZĮ}m>yIm$f=>WbDHj$)D4V´
۹"a۱84ՄcҒ'Gczeb"s&ƻ@I؆ZSj	5]ƫkCҢ݆RI#ll
r=CP
Dܒr2/RFɫ,wO.b`xaCLH%ݡj@zǔNE`Y4`^#k7
~AܟIV(Pxϟ_Z&߆:
wTW,XVYv}&dp'9[<,%7B&ƺx
ޭnK,EkYͩӊc\dܷLޣkʻ~VE٧HguL[HiCvb)L'!1cԊ	eפkY1V
Uћ{7.FQ^¼`3/zod7K}L['_[3٘ '۫b֡yBR<q|ņK$,2
B;Dӕi|i9u1e8_Y-h_k<XX(ѨT(!%pc2Y}y7ߐl3+D{|=tݣx<$,DBR:|,og٨CC("]Ż-;ԼtzoG~ͧ4݂P;bչ)ytxϊլڗ1o=T6?GIT[WwP^qҷMڻDϷϮsC.f-MUhl@-ڡtO-ZVU҃V;\Y;~Y!4*ދe8Ë;cUx׆ioy'MF~U?cS{PA61ΕݬM2c1
ǉJ?rȅkܧۭ߇LG'n=xaƦgmn~ϱ8 bԊ02:!jƾI;k#r7uR۸ӗMîSe<,ٝNIW$
YnRn	Dr^>LV%(U|+xobP\9oNllP%CN.2
Jۚdd~vͰ=͸E~<=\΀ٻh oԀ.\G1Α9ՙkЪFfؿz%VXs%eQZKϹ6ЩrO,>ܩ״$A#G34df
xdHb$لr%upyǿr,RFEB48	jx_P2/KRBb
:ز^@&~oQ7!OaQ\7A6JaljߠR|{ɻN%W̋ tpz	2 q;[	?7\Q iH4
5ifI`aXl^#Ld4afC+D{ o'.'"}vC{rnIfՊޤݕ!&*_#`==w[WL1T֣0d>4fVpeg}ȇ	YŞ~Ѿ/,jrgIh;#l¬'l"m4]*aPqzU،#Fϻ2ǩ_y7wr=	i	A4P)֚rhu]h	TUxaʀchPx"H*vWg47F4%BDÎmч]fƞZQdǶTcLM4UBimłp9 TɔƠ)rʡ5	5QcO:-܊sfsT1 .l{dDҿwE=!)yت>#mmr@ɬv'h=x5USSeT,_ɱ:Yԕ̅!;u.&nY;֧ èܬZi5Aߪ ~۪GBB{r=aL3@e3==RNӇ.;*KGs#g"aóV%qZ`Ĉ=\|d5Л~lsۓ	v-^ɘ%՞c9L>&Е?lB	:эܥprUL{kqIE	cb^#Qp'q|i&۽X2'7Zٖ+.OlmjgYߙCNڧ>kGܼW ќ}êp>҇M2PkٻV53Ͱ*ʻ*܄>=0	@rY{gm\oԖ1+sǺ~֌PLBK'
&Ɍ^?F0@<2S]Yx-MzLg{:ܛ8])ܩsFC]d"؀2!ˇOuhʸL <D\Ҏ51{)Q?Þ]+yȡ2Z&Uu_@GiEyC#_]"Gs!F؄ËJ~Yx̘"H-"!ێ*=P1[1LR޶c/i~Qb$T԰܈EaluVWC\3MW\HmARANd,<$+t+6j\EWvΥ1O+-"uzc)\T0?-;6!Iyp)~% -ȮQڇƹVxn0CݜL\ڒ^TdLq ܚΉANaO+Vy~??iu3m4D0`]QfκNLCddQ {A6^T&ɕYv`%}p{zL?m&5
pe`rFU3S_3aȅ_;]ݡȗ'3ޒuȒw5{#
-YcTHL!#_3`Ĥn
1|ζ.uub܇#^p`+ZУ*V"EuRv4$xٗ"&P>27wX-͑ÿKX;V.Cغ@TJwNJMٌ\%^*ǰ֝<=@S~/8[sp!|0p	E19X,}o?xd$hWOV~?'~_cX5Yi&
d?+Gu7$f$OlpתĻ˫)XˢmJK{H)0A l#6ĀFٮLlhcKćVe8=-/It1"uߨ@r[{	r/́XMϧ2~{E1U֠0+kg"6u=@+y*ѨĻyS܌!BSȹT0S~ӛ>uVdHЇhjx}j
˅tOOhϐߘۨ~LUCۢ_2Uiq9{Mӄ-eEj]mUY v3hw<1Ԁz>Jpo+jųJE)Njd3
2kYӀa*]Nj8?\#J¹{Ygm"|Mzmc!Wv˙BB-8ߡKҝ[G!!Uѷ*Q82dV:i6DEҐW*X݀z3Q6O]=HF޴8ڷLԈ=DFxUpϾGɨ"rdB.,(\=`5mZ~]x.LeSǣͧ@Kwml`U!̡6RZ5>V+(4#V<;69>hAu݋<%)$ެTnØMxTdn߲ߝͿb;.0A=VEGdxsVhTV.K#Q<Ѫ%P[(DX9Ы(qG֨hO3j	)%(8qۉ(ȣRDĔG IlڸAʍ}>]oc1ה4xuDMBZg-H0S.>ݛW.
X(͜.j4G̥1Д	e%ZR2i0(jHC4Nra@2'&0r`#wߦ3})@$H-
׍Y\xʏWкh~<~߯)-Оf)"Lw0`5 *}МǬHAs˿/p[qɜbxCŏ[%Dy
sc:GʋUh_Q#ޔ6x~ /FlEb`fPO~f2(MoyQ),lȮ(eu8aBZak+k)d2PoN d^׿$NQ-'_13qE<>#rK,<ff(sT	"%ɫViz	CVUCv^ҼG["=ޗbjr\4'L&D<'Nr͕E`m0<p\aC+(T~Zt+5bmf`9?	M:\Gu7&ɚ1˶z6ْ«u6Kgq{uMgGēo7U:	̭qc8\L	 bP(;h_^z~':fz٬YoŕAлR_T]K΁>%>#dݐ"Ncd3Uk^ȈăRq?K5UxQ߬KØ{Yl\%0WSxm~h{{s|>q!'B6Hͤ<K<V 
l&5I#\vGuD<=(ej2>ތ߂/U|kժIq_ezKE#V&gXeY5,eʾՎˣŴblLB(v+˿ANhEv\@A:	J7>֎݌Ɩ<t3)kڟ`[KY+deX{!׻T\Ǎ"?)T[/=mNQe2MG}%5TfmڙV}'a4߁s
+vr,aPsYmnSB?
tTCޚO3Ť>X-0̹`d͌{zp;;	NvvV@,	8?CeՉBv`e8Y#"סVIT+Q>ޯ8;ң7;4Ĥ{ō0]ڪzH
&Z&hj.΍fx;`6^0<WrY2ot13=aX~3h!8A12snw[Җն+h޹9,g&27}ҳ?#$GWsE  Io0dJ\&ٛ6(!#Hl_;ooۊʼR}6]u6}_F-ܬ:P)Ӿ8ܗE	`6zP A&DEұeg;s]M\VjUЬQgA2Vݮph%-źx{59=ǫxtǑbä'DZ&ǋLR0)O.vl>T:sW_ˮǛ_tcw`yǘtrѡZ 4T_2QW>`}!C}^ΰ[q$093LL_jSH":&$F^aƲ	+΄ցz3J=kܠ>/޾V
Qs]HdVDGҼ:$wώGnځ8ܞzu8 Ő7y*l6p	fz%P8]9̚ۉ	OXyK-Vݨ\,[bcΖƀ" 'ջni/i9ǅ/H/0xO4Ǘ$h<̀,Y4V

bea+stpȯ_Y7̲WnaO\Y#<ډ$|4j?R̃	{86@`M¨'Ԅ84pY"lӅz1~2i~#u)GN]%'<2gUߨxP=U|y^k<@_R
ȯ5n2sKg$nOgxH`.sI\HOԔufh#bkͬ$/aUrݩ2zi`.*i}z9`?[kkA/K{:aDڱ6tpI^)xy-MORbnyԜ~*hI@UЉ׬\>mݵʹ*p"+D'w7l]Zx?nƓZ^yK2Ș˿ؒ]3bsn^HRj(݌^o\#8P˸?-GxL|2nɾۀ[Z Xۉ] A7B8C=M{\
J+
d ;2&&_@)9v_rx5°}	9	ؾ/.$j%z&t'EgH:@Mۨy	):Üխzs܁Ľtž~'(J~X9;ӷ'{5%24=GÞ20˂o&#~2ntİb?{c6/Ĕ\0EH]3	LgWH
\ʛпAy+J-̵ p0]͆$ܪݧMe+H;ץu4ŗDTq}dd: jTAUQI5[݁3ѨNd@<.7A'muNɩҐqhl|1FԡR݁ҹRׇVP|oYܕ7Փ(JMȢ	1
\P2ԽBUʹ[;cAbym-C~iKϰH[,To=lHsHxlYAFcنo(7mE,Gf6.oØhwէOLoycttnqsŚ:r'/_8s(ymB7lvN?<^r6+޿vNdm( $"ZaݙfϷmZYsʤR1.ۗ"$o?f]DΑXz3T~;j*tICEߛ
VqdfЉWړ<ƃ^>	=l82W`b)ݣPV|jE7o̘TR&IXMS.o3.pOq)&:qs7ۥѕO(!bds ʝig!:%dT܋Dtxj.ϪL_yaD|~aHbR,(6ʩQ	q4DJ6_i>¤h8ٕ{r%hS4 I۹}+|ښHqU5]mnaU֩*L{}-kv:
+'aMG:E4sFˮЯ;^B&}FX$>YPN?Z	֧6!{kOK	
2fHƞ-e6Ƈs^"3M%&&8.!6P.2g^0UKǆ|OxU9Z8جsbKLGu'?8ӥC}oY>"(pۅ06P|۱[+v5{xsUSJ9!E_V
hC-Ay MDHS- )ȽЅ6^
@ǪrҒJrmI3nί^ëW1hEƯm1`(εukt {|M68hQKuED&
jN+ںB^A}Sv^[#:@mPiJAaߣlj{yӺH;Q߾wXrt\<<Tוȕ$N\\+ƺ=~Ӫ=<fVu"qDga#Ǧ\v1eݲ:4s:cѦfTj1Nza?>b0PCy.*YvʈL%:վRL)--@jў܁Zǰخr0~hm&QW2dʜfaG<6+ϣ؍!3	f&|ZϾs:LNya|ڋqicy-1ڞ|fM=IĲ"EOE-E!KNUAxɮǂ
.ANm6H*fbný]MB**u~vE՚c!`!6&UR'vK:P!W|iAc+4cЭ$,}%(dp:?-{CՔ7:;Wx 4z~ʍTx^=qaJH_ѷ/7ʱlE\MqՕcUMѶǁݸQj,
ЗRh8|)`RB.վzaJSѐ	MUͨzϮssYMchna:<^&zJgԾݪr_mm	UtL)Gړ	`_ю͢Ѵ/3T`GbRV<?%ѷkԀMKLQ|TpcŮ)Cd@(lͤwFU e8bȲ/7'[}" ǘGƭTlnY8aXV*HYNәK(0Eʧ]&/C$x,ZqP٩Jb: >!xޕgTmKi0աוr=,K'ٵ`j+Ғ΢:wTR`ݳ?ZAGɹ$L62ܢs}nQGl`Ҥۊ'2%ٮKk>1Dі"tWye|m>Yv͛5Lk]^Ut~~+gLp%Rx7-7ʈlmWMj?fߥc:^4ץ36,_ˈve^FFd9wuu1QHC{WqnڧrLF\PqT`@J:6.K:T1I:V!Ih% 1O;Cp>mFBNܽC@6.hE^iq˸!؄Jg|%y_HL#RG(+py$Tok?{D1=oV=dpGAy;,eλ5gAMkWK5KQV.:E\63'՟9n֤Ȟ{%]5DE~(lT},рEOitO}ɓ7Kµ[ǀizݠptقvFbfA˿Н1IZ6ȳ/eMώDԀ\"P\e{H*Fre[p&BPKÞglpߘс@4$P׸ؘnYQ03!"jʗb]qeKz/g~zZVŢӒ
$߿f&o(eGw}?-GB	)vMtQ,Rb@W	I,8R
L_<}>S$IY
/C+;,.Z{:=߹#f݁Bڃ;ʛ/NNsjUЅ~@p[Pr1*bGAdʀ12oWpv5VɅd\iRלg-IJ.-BYiDO sw6@d+߅C"6U!aŶw>:"zvXs?	asˌ?@EM,RV"{xg|MotF[6NEܕ&h;T/|Eu.S[fw[o0ubYYkě|_Kdf=QKOG0zyZƯ+<&NF'tN@cܦP}v~&"pCa۱g!{<0\ie@zQL2x*l˹)HmùS>¿?m5zC[\T*Yrn.v)6
2٠8
dt>M{?`-σ[{.-!QɸZu~f+E{OPP3f2_	ԧ*pO{x6j3Ģߑ/XTb2[nwDA1%-}M#ddb|X&ިB4X˲_#\tZN7>̣6 jպ,ãq]zt]"}wiq1ؔXY%B%DÉ53$RZo-6-n1\J3D>Eg'w,ǎP+I(4BA70f:[^#A^nǮjO%Dl{_!|W8>5@<ɢ_'@Y9$!.BZ0X4ɣM2'#?Hx*'bv.K fIl7Xi&Βհ&h5]},<goiJ4ۙJ\zwq9PKJ"'Mxω/Sw2϶{@ƙRC>%ڔC"1|eT4GK&MvF<s*s[@
rQlqڒQe,d2vtbp@=_@r#]UV{-LILہ294΃.~-'\ayL[-׊[Wh-xЖ
LGψ4^~<ݟ]sΔ9O=lOO>Sǯ~&|z}I	/W¬Jɀ9VvmKPK+g>lMէbyuњ=hv69*ĉg-Tt.ӺуϿZ_~x4m	3Út)VigZӏ6{SEB9ut`ݦ[ţЃE[wט4Ǖ)";'C1տ|?4v2%CYt׌_CN..iyZ&UΠ{^(&f#&T^Uo_H`MXC͈όZ.h=(mńA;-
uKԑ^g2d{GTqQ?_ڶwTKX1)O^kwCUڛcJ>eKڻ̯,"pƟ܋G(?gRƼu,"7˘x^b,1 ҸR^;-O;c(6N@	"jK{]Udۯ-[hQyH[Z+Jb}C00Ưkd"luϵl	WͶJvò"$IK\; 	NYv>av?QPPxA`]SeVe_Ҕ`;Vcn6H?F*FGq'vBg9JJ	yElJ/iТLjje8_Mo,J_	.O*ą'},_%'ߋov8xJ]r4|T'L_vϊgdI0o"ݰ9\
^EKLńUE^Leqj̭&ɊˡqV̀V6W'jd!GNqyrG}5w7#e1l_/fPו~n&A:W\]Jh "GE˿۠>Ҏq-&9]x5-(p@(SVڭKX_31!uªdbu2li1chbCqJ7sr+3ѝ6l\E:/ت7Ѽ8̼m3Ob/]T<5c	i֔0ؔP=GML4X} l[S¨_y_ԡipF:y^NǆЭ[.r^ԢsZ&5blf(ЭȗGczΰ$K5L	ģV!m˿Y`]ky "8f)w9fqkm|^ƱҸyd)ÞI6
X8ܹ.<9HA?+^bt+\&NH"?J?I
|V@Ïp3Fm[B)kս;*([<v.g,hÄ@NS'´ 	܃c!)|F-`(݆o\ĆT\]]L4ZQ8^էaˏ\˄%D'sYmìpRϩ[Z.M2H{Xd,"NU+	J;E=b,'ZҗůHQ]hю["&>'=\\#+вCIcTvmۺE5cA?!yQkct0%o.{2	Tvvqm@s-q`Ťn<@˾ɓwp
,z*Sé[D1!Yյ×&ݡĢ܈>c
<BdRQɺzlD)F].%60g*){COPt{4&tq\)fh[p7f]zW+a?\{^fC\'D1!
:Cp5!_ͦ0[=4<uİB)s%130Jk2VI4DwɄܫ/$H¬TS-[}TIin8k;Q 
]8>H@_jv`kޗJR4>waD#̧+yʐs-mJ_r׈7kI&z3L~&v.70>M#qݖ7Ǩs3A
C)6k:kS\66<~H>֚g>uBcH!ʕ؂=w%ȻGqڲcJ*ѵ9
N/U0w>?eC"wm
L.ˠs'tYJƈ[Oui<~$]jԀLԜAxHϩ_7Qڷ4VjJeb f(|@\@8ǸSfKJHElh9m&O+meY[r!>|K<ؓVK:z2.։^NΗp$f0)˦uN\z/=cVˁ;yșP?WB׫q_8?%d00,_IM}`)L?2I_֠emV&^bԀߘUۻSVء˭|,w'wAWp[Ẹ̏RdΌYf
Ak$˝3{[I5YNʔV_af|1P	Ha9]COPYR
s\`Hȋߪ_{Ar/Al^-0qGٌe#8ȹͤa3FWLqΚMoOe҄A<ٟӏuWn[9m^*Xހa*:aOn3ƊnF*YN,q2OifK7`0f-ac5;B]CQßn.̨%3/Vbcj[{c٠:ŃUM(ȯ,ZvҴ!՟k5pvɍߑ!,GZFQ1V7sE(1b_ݔi+')1իTɲ=bmlY9rn>@i2s=</8EW%4Ғߨ1U.ԅ5&tLӋ0Sfȉۮ̸nP.@c!˾TS'7;O1U24uC@̐ψsR/)/-|jλ3ܨ%](>@ۯV0i@8Gn֋OIwź45ƍOо_^A@q5V&'Ȣ9Ί0ȃ&?Ά#ˡI7YBe@RhaV	߄=N<ostoGV^[y~ݯ,zdڟg9޽EøO3tfa̤=>ңMg?xrxv?d~)xϻ|s	i\2\Y՘-ܝѠI"fDaؼ!nW''//<C$j^y)[$	udKɼ9E)dz]hqBOyt-9("́IEMJ&/&çvPDrs}\,,ӈc)ۇ@7gvhcd5U.rPèK"^Qcfp'"qOk0[~JVk$|̼&]"C"p4˅ÁFF)7}k:mJ)<PnV1֥;+ hxu1ʍPrLaqԹf,QԱAثPS\cP*pv\pyll,v1ƥ>݇7ʭ5wIͻǡ}QP'm8}56oǨ-i<*єqQFj~uϏ4r
ؤ`ſY~Zj T% eʆ
TlRJ,npy5N&`YN21Ͷ(05qWeHU)=/Yލd'ڡOss51O`\Y!I{ɫV8Mm N$l8%oTua\5A[rv԰||;Yпs[	ULĔ	2G?D]$a0Y̼o`ˮG>h6g}%qX8\3t?եhԃ"RO{*qֱ8ʡ&:Ifx80jƀ:2c`6@eȧjTZ|ou!dyma(qc55pGLNW8aԃkKʜ}tHatsgZgZW,N2N/XN7uγ65NAϛ	Em`l7ؚkCʦ;rZԨbkجT#^A,g f}ۑO"y-[q/}p@BH6faV9qMKf?7TD9G'|ZSSni<^L.jI!Gܬl
8vOݬ#`S3c\,{CԑNj59h=ۛD:qCO.59?Z[®=!-vK}Ԃ^ǵ/v;ԕ(g+	Ԅ,,EA;$(Vn~)sqGMбa+/DF(f'hu`& g.5ӆ~%2+n8XS{m1v#gBcTę{H+U>;"PK6TbΖ9rʤRD=>}r,	'J*6J$qRYDop3ɜeƉk]y;pڨc]_
؉4Z:4Ig{yڼq	gM6Ҧ[_uɂՖ)ԁܿ҇ߥĂPNܯfA<i*́6ǍG׳ހ"s6`O?2$%0e8s?v^bLH$߽3֛G:yWO=ʿٞe0Mo5N)8`{0Y,xElEW=ZeH1%
*pl|˒8I5#դZɎw2Y̔
MZBzK%0Rv$/}ǖ~^3	BгU^y[6TAՅ:#{v0OK[߇miq'%b0R&0Ri]Sh<S$jw(57,k:;g>טnY;}U@|-}BtԺY<ȥ}skYxΘBhf}BJCވt+G۶о_XMLMׅ)S$IxX&'4Y-
juUٯ"f**0V2YrCj&{_--ҼP/ރ'JX"ʟed+D=_ߋ_
Sod{E/xoY+/V_G4r:x]%\QeT
6H@DI@Pv%&PjZFaԧ0?Z߄Ap>6u-)h$kDvӒɣkg~ʌ?a~o'd#%ye3sUΩ>wl;.TGj3ilمu`G8u$cb9!]v0!!:4oݝ0i%HYIB-*,Ebcc1ªA7P3/B%Z$6ΑBɝfpl@z;ps?]S+/B{sR̚Tژ	4n?:BڟQT	<оxiY]׏F$l:\ĸ(dL;kVZf<BcVO-oc{L00^u^1c3`.=C,(HUVp_t-].N"C:ـʳ13|%F Jq6̺Xbh.pKFѸt}^VV'VS(̏_YD{sˈWAR7iP,;=qy{ǥ RESGd@iPӠ'Go(/:
Ӂz7\ʘ;-iPh"֔/¼"1^0<FQVq5V
|8H
nZ&g02cZCfybHO-O	R؂Uej$BF̽`}ZMB2҆mzj8^/?];dMYB%[(jA9W;J3B++פF(.2KٍʇէMtƝN!U
5(cwy$2hg."FO8ʓA,Gm]ܮ^N	"_obis]1Qk+Uswn&P}2bl/.96U/_e%hQw\IݦؾƆmq]dγ"?.ЊY$w"Eـ#:?k"ђ<BLBCXeքŗ~׮R=eL?`ɏ4.y]/`RIeׂ[ݛoN<bנ8y)
	CX82Zy:τ ͍ao:IeV{aft}/Ap(С,(Þ߂PM_3U$\[Oɸ28ԻhV<7ؒYjdʑ*ӐܤmhݭU20X݉q1;sзקp4MޛAsLBζީ&_[ե(x܉=ЃB'H!f
0܃/+	3b\x"Cx;"QCBB1fu.J&/'yv#D3>Kbcn7K?ܑ{
ҥȊk%IW)ac|^|r&ICT`_Ǎe+u:]1Af	+SUyz\!ب"
ֻM=Z{"vÅfY4mZN*UByAV#µ^KF6@̟`tnFNx\ȸd 9X%Y V6I
*)åV>ĚPͺa\DV)VH&HȂL״b,W!30rvQ܈zb9EXGb gSR[=0'a̭$!U"ˆŎ)>a{i}ZϢB"Pzo4%~cBiҬ٣03L)yaW}?3hD-@}Xc}48"\BRx4
{Ӟp*),AU%)otI)=K! ݤ٦LgY-:ч؋y{b"=GcZ%ԫkTY1UFf(2E4UK6ZREy)85͈YDM>ѕ9|/^0	ΪAgS'Oǘ-9JLo>,l8H(U)C LTN'iab'w`>.1&%6B8`ֱފw1-,%~8o~|	KؐL~:/wA{"zPtoXDOUjbg<\ύQYr~e6fX+ajRM¯|Ǯy1$rHԂXٶ%ׄk,{2 e˺;{/@ֺ_yB\+jMտc4/Xv)ӫ,PEAv1ӟ0hX̜տ%nkUk5Vҫ$bu>[ڥ0KuSh&[r:U/+p)CdqKKHp"kuRįE մm!]D%vEpYͺ9ڜ<\Z5v	z]hXa.DBuaPpM(Q<0,JFLå+צ$kވ!1Q={֏Ҩ-.ژ_4Q6ȑ{+^bѿC84,8Zz\ٺweMyrNm	%muLO]zú#δAmtذ6ӫ):3ϓw}xp0)F'ĎQ=)7.Nl	/Ʌ:r.{ҴSnU3F-2hga&|=<Q
S Y.Gg#D0ՋUÊ7EsFPK[Cpkd3OғWjx 15_4k{XSgIOVt+CV pDR20p'eh9s
eS~ŢcΏN	F4;#wzF3#h֦8%'03sЌ2a3l5MVEy&y\Iޫh"btҫgJ%ւE'ǲܒWJo-,l8TR͋o1J߆"|V,;ŌAmްlptUfJW9o\_("&HuzX:}h.	MBxߣ~5%*5_
g  +6$XE2(X)]Šcc('gN}˃}i5F۞khqejҖ4K"?(L@DLӄن˓KuGFW*ȵܫj{cf/ikm}'2Moѡ_5Cy5(4.sOxSbDsͿ!e&$o͆'v)E:[oٯ>hT\޻gdC	;"?J:ǄǑ[jHE	K%)(fSnDG''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(19884)))
