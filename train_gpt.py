import brotli
n=a=0;b=1
for c in r'''%74x%RTNmZQm{eX˕=P
-[NX`D,<XC
+gpɔDҍDۜۃ}=͢MD)xWl2F-/MQR~O%a*ǒFEiL/B6wBޣشfl<ك
={Ҋr,ia#̄hh4*%Q4[+T>M-}Ff{2gwe}
Y۱o=UlQQoЪΠOٔ;]ڍKwB´<Ł4}HItYQ[j{c8NWdõs-Aȇy/]8SL0eJhE+kNf=n{/o{f+٬ɦL2gI'k'`څYj"Mڟmܑ0UWH8KΠ<]^00F[pEJVȤ/ż]dZokX2gaFۤ̂jߤwڏQ36]iĚ{
Q!͏%Ir #ʚ+Um$3./FdnɄP"1-rNU[vSxYxCEH%z΅QqV~Ue>2غZR7~ٟɩ'=Lӥ;~dh~wXM?OO8$}g 3_(4c+֕!ĚLk&0}L\(ϻ"f@OR"
`̂NATB5|ЙRQL-)>Hs+<\FxǱcZY|\ق:v=\kT8	,P<̪w(XQF\>),"Oـy$N.GH:Wm,GRq2!|2AO²SѷH(	%zc8oEBNmSYґW١4SpAx!$WޠQ1'T^aҶ;xo`$~{Q,p+d̹+Ut.wO^`\G\eV]G4ձ}&B kZ%042Wwt3a
\zA-+Cy,9a+?ȯ97K#n'GZ<O"nׅÔ4c60!lDVէ2=l@ֆ.J{)vow8	`J85`[>}ՁE5V׉CRRƖZ8ҁ>oעF9B1nBT-G,Tk"Qu/FEU͕oOj)O̕e*/J#?@nHv\א*0Ɏ£ۢhD(x@*]'C;عuُhqݞsvaF͜r0rþ-:(d	,)Y,4ԯfoE4KM9d3˰z(Y_oi:.ИJ8"ώVe*jƕQ μF~" hUol%lac7T P7=F^֠\;G_*"ҕ.uykED6uȊȄ¼jщqbQ,;^*v">gxlqJ%K\܈CϤσ4"K4`C&kZȽbw*Ʋ"Vn*e6gFH^'S9΁%K2k,dύ	:WEVNPdg"E7aQY"YnS2̱\Aa+|L!f2M="dxyjF0޹P*N\Ac*2wi?Fa0~"@)Ȝ	YJ$8%٢wfnk!]VP^;YDe"Μoښ*W{E{([^Xz0EGvOCπ(Νjݚµvjp
85,F
ҟ?jʚ_L4ŷ>Vw=DH>]
xdzai^EL9@i~]8Fb78yw?۸(_0KC\%*byEY8&ʬkՎ;=P'b/:)"C^@ܼaC/VO/57.(MB̅Y]c^?ѬW{h]|oԋP*vi!ު]zQ,iK!~/&bdck ~tL-Ȅ YaQ^_VüF780D=WGKJEK=0iܮ$='Ş֐jGH=vߛ&$iCseLkQCHS7hE?i}lSm"Hs(LH_&NhfO̉F=fBv݀ћ6Y-z=&M>vD=Vi"]͕xn]&A0̯y*ß!A1-ڈCGV5OO+)9d2S@{RiʇN7Gpԁl3nISeoԦJjڍuvllޑ%ޞΑpZbLu*[PmG(߸+.%(0'AA=;5Ng'nvݎ_~I5ܘl	i<K2Z$ًF+PnHoS/!ϰs\k%hlB߲%ÕRy<;IT'ϙJy3	/gK֌6̜LpC)$Wr$1!~@Fl]RIq~xASڇY6F;[(:ܹǬaeYj~F8(_%3Smu3ʦcxspۡ^Ll<k>̙η{ņQN[2;ŉa.U{'`-0`%4iV<Sυ*-7hhsL;=2Ɖq;ύW+EIL̿P0$vHQ}ǒ^اDͣ]XYѝ?p$E*Z̲G:8xt]#-Ã{~ɪ&#,mǳsr{ij+lf<fe5wI	.ڦ\W|ɹr@A4(fE2Ȥg;wZ.,nbҸo0op;ȩ\yPRWz/{$m^wUUk<Tv8rçXEZ^sV~24:V7%ȑeYLĬzjf'HȴȰJPnɋ$/`zX&
Sxx-~[v;DZJ(a9Ym+VˉZ]|Z:6fw$pGAIsAG(.?-HG,pClbrEsYXJI,M,ARjcw\6S!w4n6ڇ'evjlXԃbU}.}zibǋ86z{ע(RGφ@@eB&*t~7֕b{|[3؆gn\.Yb>Ej(
y|ӝbq̈>i3VQ[5۳Zi]ޜSO'l#gT4OQ ڦdH Q__ڄvMBhs<7QQI:(ҷsձOȢ,AvZىmեr~G]"<	r>x=yE<_l"B;"v]chߪ*"f/̬k9h~y{gR+mWT	>"hvט}4AV'd0	=5ϋqMH|ŨV_;ʧ&w7jC(vd~P[]<|}qA>fm}GǛnڎ[LpX|u~Uύϴn'$aL~Ģ޿\}FBuGDW
՜at?уϪ|;|ۯ1|^V̈^%_Ըͻb/OvTDܾ,ܰCkT<,=EZK{)gEυl45VdN@G@<ފF܆TBɊU˭̈́̑\̟H3FW-зvVQl?T[[R2hX76P.,xϺziMFJǋ#iAԑRFlIO7uMjӟ+I:26E֒	lמks~޼A@_z>Qԝ4_:/2M#b/gqBU{@m}.O0^`%elf"@#7ڜqqׄqȓ.$eTPCůKNΛֿ0;rӥ͟EUtNҾXgn}w:^2(z{=[+E	Տ{Ɖx;*G_f[*n^ϊGLWl<;T4ɳ=<Pt6lO=W'THZ(εmeo2$.ՁUnpfCHJ_MqՓZ>Z(ں߇v޶O!њ|'OKOY.KgѿУYx>4C@xh-×xIctqy:hϭ?c@Ш
`ŠvEz?VX!83AOWdǂV"WK+؛y(99E^(<OӜ;[tFi,niHgK1 yÝ(|a͝1*0zx+uE<5?ASX^C<JX_ۇ!ǢTJcW	^nt$ل%f&f֊AWO)ΉgҤ\d9rk;Y՛MķELfJSwB±ΰH1.F3_8ӡi:>w<K9^eM֐FEڶƵoWF\Is?L`HVT#m(b"Q+Үak(FQzX{	&֓fCuj*	bIcisPØ&-d;8mi-!e'UZIU]DQ~À6vIm,Wߩ5?))_tӬoVϞŲL$0y=c5Ӭm&^/@4!>kK aCљM8½Cuټ߃7EI_!-"6T3B.Ξ\`z33ܖWR:udO_u|5	xr;j2Oy1liNp	&dyZ0h
wOܣЗ;"9BTĊ$֖T7z5W
Qc,U5Ѭ`RĿ2K\Ft/҆j&LPš`p^ɕaM"mQ$MiJ]q@u["};!$TPl4(1&P0K<<8+Fgه?7̮=;kq͝N0݊Ӫ,B?vAǕPEHC[T\nүݸJz;nE<DqzܗX1"ܿ5N?!ƌB(5i{&Yan};;>^'F03|A%%ݬ!JaTe#~GvI>I_Plt#Ú<.|ٱm)_\)~#(K&n5C~lQVl̭]?]\xАMJc$-O915.ebƊv6v$e)'÷;7P	%$M|I>TjS-d^	d.{5цyI<ρKh"WpĎ[2#QdG0\;,U3iNk1TgXʀ(	sű|>BY(:b;2F]uȯ V,5<ԋJjl<$ q][d_8ǮYyhe/l1d_Yma}ݮ0%a4(oz<wzp#2M2bD7ʘ t\xLx֛q[.,5Gj^MWs֘+wJ[X +<lpǰ[\Ou׽bw!E=Ȩ&ʂhgr+6zW>V4N~ؔ'P+v0˱S1вʶ1ofЯ&wËuWy<`gY"'|P̳=	CBa_ВZ8^,ݵFzY	V{RMʚѾ͜OeY^><;+]oc@jљr-vTܛ>6OJD*+<j׾ _QPVX78n2h	ե1IƹHl]
.d3 ENKe):ϵF/d{@ٷg3+e$rBQNF6@kž7Q\"b-|}-l`Ƴǲ:`Oam=xCnje.;\M2O<6q:2o<UќY4LO$(xSm۸|sF/=y3SE:=pm=mΌ4m#>v
n8un6Ǣṣm`T3;+w\ܦrV.E"fcģwoHJ(AM~(5sC-v
}$Og߷+VrC:J31TĴ&K ٴ!ơ40RYO}r\كa`P$OD_ΔFƎJrqdCmW/̗:\D['Qd?RAY!-bKcІ]Rgd=Sf
-S']۪͋˱CJ~Öu7WqPb:u6]ØWEc~:ŋ{hfgrJ՘pa)XE1%G
O,V0t(80҂9ϩuƁWfOKod^|7b8Ee^t߂_,z-,%;>!h*%<a_-fXg1/׳6_&_Z{X.;B!rջàZAcg/.f<	g'/ZX1e4eн7jz
p
;~φMh^BcGx
j@ seq 32gSO[3>ϕCاƱֳ&̃0_14D@0JǾ$NK44r<~]OՉq,pkS=,ǝnǑy4Q|[xDڽ2I$vtx&BW'kވ~~y4^I:a5XQÍey"Ao|J(K/ˢh@X"X5eYrŋEٻ#˩zQjyҺP.RNMԮ˱Gr߱^#	)T$*֜]*āB	Ы&`!.*b6	G
ݩaIs܉MCiй<1nF&\O̿tf3ϦNF)_ґO=
_R?g<#A<I<,W5Hfvζc U>ɉDi|rdQOlMŚƩ3PaXsADT	-О5IsC.:§S:%=mXߐo-,UB	W0|*nO0^,ƷoԌg4qF'7ĈJ^Oׂ01R̙np?&ۣl=%*Ƨy>sam20Ӹ'в0Ϝq=wrɭM:XA(DYBS')	<aPW4\I;n?)ՒaUξNَ? 3n0wgBʡPs9B7d}޶̐yklMZhJQ5p#M^n\rm7Ū+HED) eߥQo
#̋OFEPކ%Č~|ͺGAA`qϸ;dD#r m9u~i#S<z L6s\|-H_=m{lup6__XA;R8w3IaŶ{a|zq~>Co&O?ىKɟǨt3az8)"{V@yaEԣ6~C :Σ	^<]_QBϤ]ˑaeMI>5ȭfj@ޣstaϷZ}?nJi]҉mBB,SG*7&	tE('MYlT^"s߫նi	E3XFE_LuOWZ7FjV=|â
X*ktkLQeSáC9nl'/T'e<"ǨWgMW1h$	]{
$lv/o~uWБ`'/7ONN)%a*g j-Saj
\ɞeiXL?:myN6P˩F:j4\Ќ3tTDm%dy2h{NBm7`ƛpj(k4C{{\<T&ǿը1(9Г'݂W6%ʛLP5x^ǳ(^=0H|j9=-}v,3;RT~Ի_g0\/A>ܚ-Ae9ԺfM˱|\vb6Oҳ׆UaM"HSB!Xʁ"bʥ߃msǱv¡їLg,aZ-qO.١Ԓǻ?drӫw_uAĤuȫ~ql?aQG-s1f I=2Icm#*>`)qиmPTI@wAJğw}AUQ4TĈp$oGE٠FUY	C\O}5Sמ0RŰ6Ӱ}SQfp=n<
2ο!Wcl#C1̜êukYݕ[ֆ(Qp_)dͅ!91lނbBGYQWB
w;"uSs_`V|mQ	?h*҄AxӨ<ĸvXB˱r2=hyӆ:sbx7PxנvƫnBəۮmm5#ܽgz
%P]igU&YKDiǩ10cway+շr/ԄBjEFY08(e۰Cw\7C'%R>Fa~@omQ~3j9oUg1JGJvϽ\ޑ/ҒÚR23)$=((GE2ypi(7T8οoރZ[׳h?!fP&Q%W~m.uH1(88Ht=%j9)V6n<b.lwqmm;~iQ«VAӈ_pSM{P{PQEڙm0Zp|huq"ǾXzeÉ%yUBQ1͠нIrpK'dRn*^DRO}!
xօ*Ɂի-BKnbѼuݡ(ġPvٯױDL,ҶpƌjW=I{f+6%q/ٜM3_@i&ȹ%@cAebz?E>xz "ĩ6TFՔj4fAƑ86=
ҒNK¼4g ̀nmZΤRUsHƍ9/@,yFQJl< nz"܍*m{S&ĵ+uс(9i`N__hͫ+H *V"7׎ҩu;%ٰ*c
CßZJ	('i*`dmt[Hkڥg (4.M<tPڞ)ф*p̨\E!qrԋn[LFoG6įk,TduY]
mBNIu)lڼ9ׄPޮ~78a<+Z!	a
e6Xo_ܶQ,iϗ')&`܏CS+á;ϒВsY:CWz[^(҆؎UAՏ=C/;e9Zg=J9~Pz"^с$`<fomtSFq(1faBke8˖W4|xQ2Z9.cKitR3RĲb+$JB(
nDh@wp9D(u7@%'4i"/Bkj9k,1!?q5_
>xV֣NPD{4bnɅ{ۼS{8Zm_7;1Ȣ.ѝ'$V)6c3Zې{J}KHۂbt<%p/XoЯ(&FR4Ki6-~<R,Hb>ߜ&m#:ͯ$~"q8ĉYIk͹6f]jvEts=ed­=QZ}wGޓkS>(QUH"D<!CN.Jқh#Fmzl\ٔBby/oٹ1fŃa̷c%hSAbI͋{uLY#F3D^![Ht-S"`Zߺ0]nTh1ƑE3Df5-H}*@#`P|ucJƥz4؛54G3LѢѭB6<c5x#
0[''Bp%*+[;od#yk6#@ƒBkm٪H[tmܠVq5PӌOO|)ԩՓqLU[ot-ت_=f'a2HKt*9;D8ߚ&˩lQ~r3S͠c$^ͣ)72@ہԤIַB
e,agwكJ}ç]&bF-
W9w$PʅQbavl^,?/Y^*gI$k$i#KhdTxz*<ߋ"RϕG6_.[kP[7\*Mnv=r̬Q>Yf`N+ڜ}5ϕrXts՞Ɋ2!<ܙ&'O//֭e{o+/z-mP, 63pRc)OK,Y=	ܴ]*/OՋ}T:dRyMpG3$xYc}(oyMG>)dYFTA:*m%@2@BDJ@ؓfܖڇѶq0^YFOWFxҬ`N.Ґar]<U!*X]%|):`ْZNDÇEb+$ӒyǛ8$ɎԾ~UϕZuFnG#d#қ*	Pɾt83]߃ MeJ'#o6S,97jnAb5n!Rǀ	M"pބmC)@oSځOVÁ[9Jh?	|`LڶTR#Qvb!ѡ_/iN}sI^y
2Àиu/cKB+7s*h(qob0 fy&:_wYụ(m9ˆ}8А,p"Vv]"Nt*ׅ]c>֩!h2uW%a4*[!q#\]^Q:z8BRH~kٙ®k9'{L3ؐ(OdߘmI_h6dx<ާ9*Z0dCBj}/n_bUM#G:GUr$,\PJʥeЈܾ!i,ʢ4֟%5߭*IuaaiU=GY3LNbggyYٚyXXm<E"rБ$TSpF`$߳0؏+;L-Op]{C6?qai߲c[PG4+!v<5\l(*F,_+Cks{ hjWDҺ_و$ӮCT-MQo:M@}&E
.cÃ`Q{GXyk>cp0O?g
HDU1W1ڕ72Ƹo#ƬݬU;W}8=F3Y!`?Jsb0|2,-lh`ƪٍS]$qg3iSFfrhpX|<	7ȫOeqô&KN̓uēqFZ+(Y"ڰ=f/ל]HM]߷kYS
BO'ɘCL7mzSQe;bdV}[,LқDzY_ö##G\$RrNI̏.m;{[t>;D[jeԕvgp|Jd'V[)b|`t]P͛ȳ	(<YsTHw-abl; ض;%Cԗ˓">[s]̷2 y ӰY5a:ңU,v[Kܼ؇ Vh	:> ҾȚsόU
d>A^%R7y4f5fj_<Q+>Zd^סAV3:`RDAE\o7h¿0=Kqd}>s#9@/+N}ʀ	ċ)"#ž~.+&X"ڦ7߅"?_j@J˫wR6*[-Kvʯ(#Uǟ'uuB=o˾YY?Eu?bkQNʖK[PJ>Q0NpIoӦ|Xwي>VKȽ1#ǧҝ(4{@j}wkd8tѕYpH)!?Z4}-wh){&	I޾X}غDʀB¢6ƕ<ݹmWTǘM^tVKͩ^AJ-7W٘~ZIG.!
Jl?nǛ*WL [ncʙ$3<ws*	it^X-gJǞjgXS#
#6\͟VyKR B4ՎG HAZ̵l#l0 @.PGeLqw&/^D=@urS\g8?uxɹS0d)-42iS )c?>kxM:-72Zѥ\;^ڟ;<;H؝Է#ЪcΩX1%X7@4MNY[xMZ:'(sCI>\&&!-'Fl#ƯktZjlt#eTk0f͌(E$׵|=+G(ԅWr@gž4~p6̂Ъt[c:/ZQ2AGOLQ*DR~eJ'{=ڧM+tL*Km(~xd4dl8Fb5<lh$-уvWLϳg'F,m4R?JKK;wHŪKùhRk`r:s.c,Y+;33<mܮV|7(ԧT$9jRakX-P\
@4IvV>N!XޅDPPp?1nؐ-XjSk2+`Xk  y$3YOBۺsgVI5Y6V)Ag{1$v2.>lQǎBUú	Åhz1StW߇5	(?"!g]@Ǣer2V00ٹY]Лx`Zէ2{Bch EXǦX_2Ń6giuQ;}nhz?U5_Z/Y؛=؉68QR*MHIaRtt}הgB;>3Q#@<8Y>/m/[ܸS;A8ڶ;s[cΠFHǕr:`!%sĤnk:cRMs*'D^s$vlH3gR>9ϧoޣe@eg$uįv	}CyOfzhNXGi>/c)YOo,@gYɸ1.B<
aFjv-rVDHpTvIc %^ѥ
_cúg2ĕǰ{$:ājCqބ<j:x=*i@mLʝoW1'b̘$p	\^OьJR_'Bs ʟzd(&gͅǺkղf]NAw.`)Uyt	 u5qsv!qbu=1vHa4_.y-`s2bq2}Ii_z?dwDƩC݆E6S!Jvm͒:l{l;Hv/ԇ){;^QΖ}yfdǖ~ K.wWKv^+P#vxrt#,pxoZ"zR]x<&^`۩QkaDّH\iL0*æB@S>}؝?#)Wq"'CmT\,ʒx;
vR0-;6q/|K\4N/?6J6f=Vt܎a;A[U%`Hˆ-eiİA΅ި:_T$\=Wt8k ӱv&c͔6A*a=Eu+)$XGE&IBñ{˵n+љȹ$wqk! f}؆pڮo6[?X;MCzӝMS¬?չXaUZI#>.)O[wɛ7Z?J~Vr)bz݁q)cJaycĔ4st9ޟjGJ%"1ksgM;@l1&koV+R'r̭%%;.mRe VgZIܜՍ7Z=h OV3(q7\G[SHT	.tsAUj7/;˵ψȕa5\qd]X$Ȅ߾hK?*5_Ģ7r"@LoLO2(`	C[Ȯ8|Bs	Pǻafj>)Js>T5O5W^hhk|}	$d`'q)վ7zP+ʔ+H/ƪ"<|hqLNWaùM}%bQ[1_\
։܄UVbJ&6ܸviH}

BeQVA[1;x9`+{?Z_&Ac\يjFgKýccB^/Ld	px7Ps
pmcba$C~Н^p		ǟN)WNKM*)d@jALڿKѴ1D(&[lq`uVz.w=s0ހ00Ҩy	×I4LNÏhdnIpbiZ֎	km<'
ӇдUɋ_.(Mm\5n@rF0w)#y!cWہ$1zRM۝pR;*؝Pˇ}OFX|ƕYF@$_6<,6Ă. Qg8dE3=>248iaCňq]H8Ik5tհ)ȏk}COz?u۩h%Uޚ-ȣܹK^ņ<8L$|\3gӲka t#x̮ͩD-b7.'j$0})c_P?
Yiٗ@^1YIq#<ԖCܥYՙ{dofylZW:Px@x0%C3I";MBs!/@մ2J\©"laeRӣ6pv]gޫحzt|~wZ-%x-J͵XSo#{kz;+]3!¹?NFbRaĻD[j_{ԍ#"/LFD2t-,- !" =-)6I 5e8W@zӛޓ9P#H+o9З]ܡ%^,]pT̚VhWS2p>.=ar˝	~kGtmZӨԵ6,}K]lA}צy'c~-*]BUuI]W%}bm.oFA6iSbD0Uc".%	JHZ8D2*ͩ-|D?F-eύEosPaׇoЕ{jց?ɒ{hE$/R)YܮpXS@We٠'?Ƒd#+WƬ?BFb~;+sZHLjd_zEi\@k:Ô'T/][NՃ -˓!5ߏ׻of7CB-78Y٣= 2[;2;#<Rñ$q<jۯ[_U/+r9j~{oD&4c2+UƯ 1g18A
D~XeK2IW}~Se[F</Cd]@w,[l^bo?~G,֛եP,5z
7CҜd#uGv-o0Q؋)MJRϝS>rCo_sz	5)@<umMSTah{rZ]TƂ{{zٽ(4l 	.4%0*Z&.Ȉ֚)N5O)z]injOԒ~γr{Z|ИxׁՂ9OEJWK,|:sKCU*`]<XP4VߞETy5&~g9vA[IPԷXUئDz)V#ߝ@ea[u-H4zv3^4DOmV3ihlfV>rr#T@h:{u,?B<+t*׽_j(WЙ\Z3
IGK'sʆ)p{ػ2ېrJG*'ѷ)Ë̩+?}bQ)_>EkѾ{RIɈhտoOūR1$_o!z(da)4?'.o^M%Bm92mȊ3 YgPw2J#ĥBRF# kM)$ae=֔#5_2؝v؅?̎]˻Å93դzb.CôB=ܷ
ͩYv!M͹BSO1n)΃(y~D^C4\yB]PhWĎCM~,B;ei(gz\BD]8nz
R#գKJEH
D5oU˗]޹?λ՚	J	~a+̳U&	Qy](?@r ηrD&O.}X[NaZ!F;Φ֬ӢYXdllTLƭ/.U?g|LSa]а
Һ+HM$SaL2D]ڟ
fZ9ѩ0%h+NP/dy4B."oկtf1 `:kͱm|M8A1ҭiʶ.R,0ފv4)IG1|o#JiGKp7z?̴.
+]ok|0OΠ7ʡp݂ԉ+Zrn<UVR	b&ٞcءd&+k}gx2He]/`rߩ~zÌֿڧ1ISӐĔ|؎Box'ӷc)WaTmKö՗GZC v#p$LaۋH>֛k) 1L
͢^yj~USo\{щD}خ[ni:K˰8̥`[p|v8BKԖ%|q~mn:=\[3=^ƭO0\M!+!qa) aD܄B\x
!a29Z^?bp"z=ş"dR,&VG;{q"Dcڦfץ|ՏȾBk	v3ɞz"eE9٩,8/ȫe!ؽ>V**w^'"v0f́g|#~
3mk`U|"BK6[Ɂo8`:aϾ%!ʲPT>֌jJdm&<+_4tŌWdw+6Kl>о:vؾ*l}E<FrLw4yV2lL^O͗-xO"WwDV>OΘ`o8?¦dve߮T}qd^O>ҷI1G`N>A^ց$4hS>v. Q"KXDJ޲k,s]U=U?bٙԞyDXQʷiA(uL[G,(ܻaD˚;={K[*]'ڥ|'#¦̴.mԲjXr$M\ڎ)l_Yg]޿^yE4Î1]l}Ң8׊HMypKlJ!:]@<h4ӈD],1Ն+
H3plyMI3HEWhA7a![ofZqXwX"+̡aq:ҋTb6z/gќy˗.ڄx/&ү)7MIh(N@og]c)SA݋BBf#N(/_c߭zxڶ̴TKӭ0jNӨ޻xY/Fx!J[C/J	zZ(@AhsWԮw' wٲ[ߦp85:6.Y2:vSO:߸FENXr!*єaH{uޡ+$<Goa|A	 Lz^Ϡ7Q5(*tvF)OK.i&1JM)x*W<x7ZvA~/R؛LW#aB~sBHSx:õN 1ZY)9Zuy"wo0o<\t'Uŉ6{4Ēv̮	,#fWccHahDr*-̒~+]̓uLxDM:VEWoF2HOñ4AɳsϲZ/.oIp_f]A|ּ[\r9̞11%$JQR):"R̰±UZ#n8 ,)p
`5ZW5	5K 	|}k,)UPKC\sJ/ͬQ
@T&ymla¼7yʬ~϶ރ)AM8[*x}]	5\u,ڊWN\Nx|$݁?1<#М?o%dkav]2o.Vz/%8Flc0]u 
eF aoP1\srM$2k>IO˚?GÙӒWL}l&ڊpȇ9/~!-6>}ݍ>ToYS' xL?ŗ7WPmǭOS,eS/bi64A>k(t}xOSPjEˆD(TAi:w ~/6BǎTɠk2mvS&`/@wo5k*4TebxmV)+\?ך%~W ňMƐIQ_=Pv+@TsGZϯeMuɠhBOOAl ICýJcRJz<7s@W!AFҿF67
ֈ*բ?ӫͱQ0|ܔJhWs86k"}Nזdy`4eԂ֭ϙ#˂8gki{r"2/hjcAX,߇lRN@_pm6QzH&(7Utf:ܫLՑ,֟4WB 92ӼZ<P£r:[wd/Uڮx"<gŦU4ݣeXKM9%m`diPU}H%ݗu=SM8GNQX"vDi|CaJٷrt'{.0W^ɵhѧA_wHI+ Z%	i3oy\56_a8Lޕ/	+s^613#]NPCb]{7U*nKr=HJ3gHn\0ήU.G(HrypƎL%hlJa̽iK"ǆG}ѻQݱyE?3/|Ҵɶ	0˥l0\irJ+C{gw*ݾEA!.TL&u}`QQÉ#F-NڛY%r.r}eǙ"Rq3W<(:q$OÑN~$Mj^:pڶϫQIΗf-_ӢbYǛz>{|=Ք:m5UT;#\=|Pmyx=̗Is//wUe&nj[]aOXH*	4sD@,Ɣ|Zt{8/a@^SlУϜ,n+4ȡ5ާ4TՅb")VvY~o_7![jAܾðLo¿b:B3+,C7e-7WajJApu@Fl2[ˋ~ϓEϱSǋ0%f6=b1\GTqւ|6ƺL t'IM'IR'A`Kާ.bڠt+VQnLrɱ	ˏSl09MƗ.#`5"\u#ܘoe9/'AvTDڰևOI
FH/3k_pL7]yoTCoi5C4Eo)cbAٖ}PZԘQϥ$9+=ș.'ϑ!EһF0i(}wf9]dЁbӈv'#?M>˭v{ra%~v A8HqcUhp$i¿r1#t-01t~rZ@2bȫ/qD;p_\&yVcB=ȑO8iU]2)k'GjOCם§gV2>!"=Q+	Gʜ^uˋBf%Xk2uғB|̢hFyjɆ%{b'V$/FH3i!Blh%L8z:=Q9ʺp3ʯ؜#ޞR>RMw8 z;4f<k6&>S;ilgh#ozzCKP+`.#v^J$CcnMߠk>g\ғ)>nvx()סA9])ר:}ߩ3Tq)xQ>_ݱ-|3H~ЙTBKf6lOGsJVH16Ul5ˉtYLڠB@QuРzm(@p͢CNMo҄N1hg۾IԚv]=ƨ]F~H&σikwZ$ǥdmbӌ_;aѮ;#!cng ZBbF.6p}Db]FEo#XieRIJB.E}!̉@kfΕWUUo-FBxb$V>XnE	%iL4DƬrj'cpѡTf!R|m͗	:%Gх|keƍf''IF]3~t$t'jEۑg96|.äC$<li0rq0N}Q$p.Or3gxKOLF.#ދx et;o|P->*!	{y-*onX؇|m?ʣ#J~u8CP`ƃw
\}fA_\LAS8C
?Ϲ>Ũ3՟JPzZզ*|c!Sԭ;%WnZ^aG>5Cf$!U1}/!Z6R*HRa9܊8Bq=c{^>ylUI}ONS	Y".Oy: o ]g`DQJ^5zV#\>2*FbW#u3|.ܖLFR3nUvC<"w/McJo˼V:)(=@zzԣ¨'On?i^3~~"Nט^6?۳;t(֘0)]yz|JwJUnҨ^$tykc>ł=sCk)Bjb7aAujB¬SWZ)hOv\+/9LȀ~DltyLhryFK޷Ƚ5[ҺBYc"B;#sӍ_UG!TtP	gy,4nN@@ϡZ1e=<;|ȴQOӺIjuQ0syDOٻ$iQE86LlP7]P'^)-aics8Hnõ)IPЫW(^bȍ5ՠAjS"ùkM+Xw3`#ݱτ3O	3=a1tX~Ur\_cYnH;!1GT΂* M_,+lc[3l܊m}B!\|,ȜZlȄנ k7J"cJYp<ܓ[ѕ:8^}_Pݯ>["pj=ɾHɶ(ڙ.CuIS.ToH9ײW:׮hۻ0I~FúXյ5 wmqN<5@Ȼ}W3Wdc]jf\XR'y\j)9Az?FETGCit]_
tΙStg})
P?P
%Dz}\ bκ#)Ct5YHG^T0ho:ܵGLp٣x<XwA?`yU٨j+2ixCPnjG&WߓAIgTEvlφD~<x36sO%uh{wCpc3?}[m*nƸyAZ{О)(K6a=_piIq8dd'`X=QeR١jB۽;ڴhKxܼVRpֻ=YEIOhZ=ZZRծx\*W~GmVSAQߜq*Ĵ!F:cln *Ӫ~uϜ&(esq*ec*&BSS;L:K=1ŽԈD'P 2@Smt/Ƞ";ŖҘm9ַhЋ&cvk2q22ޤKߘDʲgʏc8Y߬ɳmMy0~\{}L5+s3,y{oqY$nA.4CI"nT0n-"o%t
܀C?t3WB4%!5ؔmxf(lYb#& fFsnKGIf"':(}Q֐
ِ]m@\؁uA	>ϞCr#^1Un?F8iz3#'Ɖ6ѣ{5BنyUppI*m,07k30׽b׮s~>Mոť8ʿOBhoVw":sƏuʾKe~jCS28ԐnJmJe&IN{mߡLQJ(hОDQɕ_!>E.=ߕ0`óh)'=jj؈Us;^/'rf_Eq͗`P_"xQخٲݪVLvҝ|ֳٖ#nzjcw=7CU	(janLҲ7F6"q}lMEZïa&nN߉c-	I{cFVoAXc޷b3FHy.4ɎSQkz*0#B#6ۭbHEEF<ec{!x=ۀٖ4kfRmOݞP <Q |PD#hBd ~*OGSvYLU!oǴ<EtCqt>NDǦ8tp(~dWd0Iα Nr?f[8-nfytE'Y}|`	qme]^DK@i	ܣ,!SMۍR`{3A8Zqdsmդ1MEQy`8M)g'&!O,r8?7[Ⱥ+5ƑWiθ`Yn|sq;7ǽKo	R6;Ɵ3d%ƃb>FtkE_2mwK-=Ebօ7[#WNtƶ>ֆ(Pvk-OKE{(qҖr*iQOJ/d4čq}dӋވD0'١CRxf-R<okYNyv57A+ѐeO}VPj	*J|̙U,iK	ɽEPaC{*6shaք]6[UqEƙH&)}65BsR_Lnz.gGLy;5ϋZ,(,?8`/a)AGo&́cIXOP2
~Σj.t4(ǽ&oSLacEb$۾2{B۹(;Z	pFOW<gw0V|<#?̣%Iȯ_R9xGwу@)iZ+ڰo# N=Gc18L(>G>\0O"Q5{Y'ڰ{3]"ԳuT3ءk!mH'ܮvhҐIA%gܫPNM<
D,%(2CIT+ h D\M9Za}N^
z8YvIňx%ï]MilۈMwB]|&Xէ`u{&֭DR#Z|;C,v01N)6Wξݞ7751sgWuRal(3_ۆH[Ǒ)}N4H'Ra:Y#i_iS8_qfkxq1CdMu(:^̩v%w[*6!y`p!S:qPGQ6WRzVY{H1΂:֢}xŹ5tr½>,#:HnKZ7}3~TS`J,J}+29pIaXʶo1g#AX,hxG{ZCfXZ69rTiGFY6* &Ʊ=x?ey&=JG!վ.ҁhy88b1ѠDu8l*# @њ 9:-dZ1۳Z4pSY9΅xr&5Hqǒ,8bC7"ήPP2/r,E9*x2=qڑK)8rro]}OW2xےpn*zת^T5qM%]Gz4rŚ[I0%?HݷB6t:?ŬKƒ}{@j-ƀ)}TEĵYڳ&iERy+rsz<ho|xK0'$7%9G+T/o!ۈ[G֙߳ϐ/zؗUjEA!J[
9S3۝oL210'X"{Z
#*ș'fIҮDmDځ"P$Q%Tވ0D:)eqкhbv&kѲQLo[{kB3U1on6A=ɑyTrT	=U)ׇO3a2zr3\!#ļ2L2#fbRނ)8S4/ʋK]ynU&nWf]-N̦)T(93u1|!ŖLi;6ɱSTXe٠߸Qd||Aǯ řϹ(Ǩdِ<nbFsH[U(Oo-APD
IVX׮,Bɂ>5FȮ%+<5 YJuAe,Һ[ѽa(~Ux"H]Sͧ{aZ˧N(GgCqc,Ruwiy<|C]ݧaND`pH:
^R8o?4dKaٚ{rvӂELw+O2
'c?	$I?8Pjw۶_["4aZϙtջ3=X|cҵʳi
un>j#[=µzXAi3dO,!`āǄJuZ_``ƴw#@M!sj9DPzdG!ڠZBcPMCɷ8΃ø؜{-O5Զ"gc)0Ju0Pγ8Yeg}S" kb\GDҚnXioL?--0,SnĞ/Ñv	wfU=PGBWʥ`x9	Ʊ
/kJѤW^tĀSL*;. >HI5
\*M^hܟZQ\r˝N@´|hD}f76:1+'=ͥ{	a"^!ızV9ef56B-~;+1S.H
B<-߼F*Z]nځ՛ɻPm)Ƞ=ιyB9z\A.ΏsݐVG3˦7m3*zܛdpގjb;a`tHnUHv@Xi%^ՋJ"C/gPBNK<SϳAcc_s2ocuӲ(X}E)""9ٍiNف{YSەIؗ/.fgbV|*צndӜԞP{Ϡʰe26
IcŬBVa*:ЊذWWeٻa{
*,<ܡG^mtJ88\H+8TZr΂u!
.ҴNmX^hA;ܪwk'lp[{l2/ȹפn%;v$82ORVV3cx%ζKyqkW>D		~:7$.gj"-Q/ց*GuivڼƂlOXlxeWoh1VFy.ʵk+nybÒ#bn@_w~OlثC_7˿pۘ{]QҗV_%d)ps"s:a+m؀q.}tB']ĪΨl
5~m=[o,iD~Zem/+Z>ڽ,O]~VyX@s{lSj+-:¸q*̕ʁp+Pet֨{!FbF@k?eӷζA#=y֯p(jCd!YW(iȓMPb^c	cjD(m?7A9h%`]&đ\Wہcevʐr9Y"HU!jسg0/;/[k5Ė$ĪwOfS0nsC͵`]Ƕ@Jqݟ֭StDzcFUeiZrn<b.#ֵxvo{XTB̲t&؂WGå9,h:Ö9ѬWv2ʟ<j66F\Wa}~5zfѹ6EPjp/:&ȟiKM/ D[Zl@"+Lf6*l]xCBomI.!7qK;0S
/Ӗh	R'˲(LƂxI`unAJI.glT*4J؋
"AK!q;qZm]5`5gŷq^O|.kE;FtyЕVezzʍ[s\ʐ7lfgmAP1˳[[DKȜh7ػiT4,ҪAoёN5SȾM7w\gҵ.L֎}+GXغss8bγj&"ɈPՒ`YsuΨiml\@]'{ͬqiܠ2CPzq~]ش2^"}A`{VպQjSO\HNYRAPsDG1Όyo,D	MlG@cpޓn#V~9fAƎP
O̩;$QHB`ZALΠȕ}KnJSYY*{R((+ {իP:Z;܈"d5Zw6j;Iwo";$?Zoɲmڻ5xD2DxR(ōM(N$&1̝9xUix74n`ELڪۉ@n~?[eMN؄,[a:(x^LΦ
Ͼqa[ςelݓIJLra`ٰ̎|ԦͤaEvKj%~ #%nKӭAh?<,.5
\S	W1CԽ@LUi߿frװs Wo@kwƅ{#\ߔM?$jЎldڎoyt_ACjc a!L}(D$ǫ<yk_%wVRůR5T\y,2YܾOkyڧ!3|̝i[tչrp0$M3I;vO,j¡ޢYrPYS}jڕ'{Ec.rwEٴQB1Qp,˃i/"EUUWPT)^Mb)KɇMע8/<91
	HW:<ΨW#/.fΐ?Ij5pO5#X_rv4S\2WDX}HъYO+e (Bd
]ƚfQKƫR*6SN]5Z"/N_ٖFЪi},ݬjGuXoG4A 9BEa'"|JǰV<Lk	iVG,ߋހ%f|+NB"Q5ږLϪuz1̃rXgpzڮcaTʔr>?bd=ndeHdoWJǸknF	3= #j=b/B~^gC!hֹ{۪ۈZXԇ*LX*o<GzUԶHlτ!ޗ0n%K)$O%vi0{gX/0~[r`HFPb,8ܑVO߁-xlx	OM=_Luȝ:{Or4.B4h_p7w^5kxSdqqXTƲ1b-Xِ29:7_iM&^%lO"½;8gc)߇B0ވːw`Lb=m7<MeqP[=1ʽ,ܱ{3JF%Y{tM\
Լ<x°Vh^GĎwA>| I#Èc|?ײ͠مw
Hύ݄yqG.W,XıNũPդaqE-`κΎdMB>̽zjKkѥb{]e|}H	5,GJxaLD}"YLofe4E>ơy۶;XfŚaB>5&ICӆh0"z,cY>*+:V;+d\q4$ƛ!l`߀=8!s׶?KJV<1QYm:vu6&p[_F0etO'֥(N(`)y1Ͳéuĸz#hS|CxU`YZ-.vRPܘ-,V݈9'ӅAѽśzz0	?ۣ2Fv$N,e\>qYBBG5ǜ>_1˭\%$rh?,y8 _![SLbxEJ؛\w|iBg#չG9L2_iw"Edo:=qcVQfp/Ao6n܅W7!>~C53`hxv_%tffy9˻	=+)^
*v|XkzXj}0<7hʣWz	`]Pw6Auvz:xӦAv[kȀFlfv%:[\wFF{EJCzC˦/&/s1-h#ә؃Pf5߮^npVad#5'OGVwX3c՚JgȪ!Fq7;"M|d?CňURg<1ٷF޶5a9?9Fۉqk&[\.E?	p
M0oY)Ȟei
A܃CMIx	<~w.ҙnEAEh2ԉ*xz޷RQk&#ԛ{QxL
ذh m@`I(<k-L#Ln]9h\?v>CȖ,'ݥ>Mīo)ύn*jhNR
9+uyf|݃=s%K.LKЛiC
Y]9N1>^%p>.Nݖ%Dho0G^-'${6M6A];)qy}*^2`,gYz+UOJ/
<Eݥk[HTjE@}1Om%ΉpW>d\>Hp{v>jQ@,zF[ߙUOѻŀ){Dl@7WF~n-6AR+Usm^f)uʕq&˭&13H@p\ʨ\3tfh֞o~Zfʾj^{7:zvxjPR&yF~,'BFʡ }Y8:Sx',UiË0O<$
ӪDf[_n	r`'ʏ0l`ȹۈ}2Lޕ@|>-%ϭ|?: 
|i2X?5kڰNL3pEfHxn~*heJN5rSD)8#X7w9*qo]t~wuR]-¿=nR*pcuwlԌwH;:RCOù}(QŲU}|/dK-SG7Aֆ5>x7͠UtMAv1\҆:p(]W| 8yϢZ3h 7I!y:δ`i)WUi\"9ͤ1<{./D@ןߺSɇ#$[d={\i)NQL:c-7zʗ63mic8.Q(AHʾAڃWZ
~RCtS)s:MnuKɔI jwT .w!w!8wb҂zBxИ&mTӦ&-&0ٷ0dƹk*:KB	fy=زg%PEJ+gWȺܦ+%Ҳ/Pڌfn̂Aj\)nYdX_Xi`QԓTџQ9>nбbOGۦkǢ@~fк)j̒fR!S?׺Argoanw=E@d2ŻS$_e;Ѝ#3C:ۏ;PZ~`5	4Rd[YV`EL7ʊ{	hɷBi!0XnXޔOR0*9j-J:)(,ĎP%dq Co;@%jAVoСpŒ<~ʌ&;rĉ,>|0\q_s \ܔmZ&7vGYڤ0þ=TP'?"Ɉ|_d&̗|li+T5XySUPlZj Mv҄Nx-b7e_
Yn9JThsM.G8ր_xkP1|C&@5U<pس\yD	CѸSz]

%T *#ajiG<ΜaԤG_s;ghۻsp7nx!9w/\}ici!бEϡw96$lӯZtl~-C$Cis{3zNnp.gbj8V~NeN9V3,4`.hf]v'Ʉǖ5ʋ=\>d4a1		kN@=FҝMu }#|ٛ
D>93$4cd6aLtM#"q,n<\_]DX!BfB@VmTz+jYȸUQ7`=51ɳB
^eYVv	R2>BtY'gҦo_RmS'	A>Yh#-4!jOՄ>S"Ɩ9|aQa$oKSsKv>]}%p#ZEx0p4Dׅ)^eʡ(Ј`] ܿiFxˣc&Hl5m2Q]BJ2Yq5́I8)vdM^#Whُ[ԗ{@#.5\P.&q.ƫٖYva`t8lop9,wd3<5WqxbzF@ưe0ɀ0q"-by,Eٕ{<;?yۆ,19w5GێeyԅdNǡc&Z{m'ӇйlES
^%}0fE$4ҥa*^fhtVEcW?d(FX<3?ag8&G?[Q{'wI7-Lحi>gֲ*qڮ!j9E2q|\wźy&nb:	PX_ۦ^F]O$cDk5>H^k׸p`P?fe:pe˶2Մzt)_"{Yܨ(a6.4ȚHmaӉXNe֎l)=N]	p p_w"AͦgvsҦ1Dy}g=xڼوrx҃dοmtwS#^JI0U>Rėϰ4N+EEc6$	QQ nZ4GĻ
Z^}ɽїyЬ$=h$YJZ3(]F͚Ĵ$jqsp'$|rk%zr5+Ϭ+
M@ińAi1k@D;`6}~3ε_"x(%j1
JY^lNo+Ƒē۪jZ|jވn(*E<J_awMxg^1Ka(˹٨[LӺ^emCuXQ(̠1K-Ԓc0ĠO5WDE;&Z56grz.+L\צRp۸U6

hӦYMW[C4ӹF5L;>rg@}{*߽Z8VǴT:f[؟W)3u!ZszӤWP'Rz6*9g7$F-	{ߤGi[i:
5ä-!f\L"#ɯ@MީZۻ̈z'x6Hn6A5sV'sPG-MgUcXyOԧ3:!Vϖ|{5CH^!]>-aٕ0J{+sMگJS`wĤR3F-VQm{R˛!vCJNPueށƅ_3Ӵ~W:I`Dy,
q~IbT=udH+hL1Tjx9Ҁ9(VmOT4O:bBT&6P7ҶPJ(;ATa$0{y޿Kq.LpWUILۅ֮Z|9~Q7&W"A4Gcy@Kv@KCk$+,5#xӽyc7ĪFmܖ;`@̹M&$3 	aH11%GmSN=)TIyGV;Fv?aOBivN͚';zɏ$\)̎g1F|0*nSW|_eSO1[>6=KŃRfNAyPDYn~ΒH
LEoV
1j:L)v%#ťZgW.&GXGy~Wƥ?$FKLW+ұ֗aK>>[)<aj[75ǅ8nSpPd "6mŎxoʋM&vb;v#ީCoT>@fpA&B={l"Ǻط%}dM@OKmS
į1ȪxI8/>[XܿH{[ESEC׾,&`ηY_&eIR5kp:#Q=cou!IMisM+,Np]Bw?$M|,ښٓu{L
aҶ9/E@k֟pɸ[Tj^ʷ@XJ+{3" $x.ѩy}/xۭʆߏJ?b1Tm QNLRO{J('Si!^˼_ .rƙĢRS!a*4%I:2fpad'V82m֗"Ă4i &%K%S'7N_0	޼M_ɀhĿ!O,Ǣ$	t>C۩<l|ըOB*@8EO4j^SOHd,iKS<H!:t2YڡwM.dݗip\ج2tG?xۼx8ώ2[~R^ށH.TԚao4]
!ƅx?q-ay{=Lu׺EGT!<1 hBkFǇ\BUX~1nl,z߲O||9S#B_z@ݬ0@pܡGX Ǟݭ5x֕ǖ6cZg-*{MKyEuݘ>s(DJYj܄CВ^b^yÑdGaMY&YކPQZw{aųqۓ+JE2vƔ t"0G(8
_/]شb;E.5"2{Ah#Js͋>
hP7(GM`1H5SDw8ABs>!\xSwj`H	)gi[hY~7PoB[˗ߤIZatUBd7ۗCΚNϞqK3){g9w8ohhHLľ<ϬK#8:U5^q̦Kָ+%+ΘF,!ǘlșes @Ì/h2c
tgZE;OB.z5Yx=fXksuLқseƩI1zXC۸~!d)g4͛ӯBAlvϞfLԭ'8Xϻ	F̚B.<77r#)XAA޻nMoq4eQ28"9Hܳ[f@Gv«}/iϛr_v47-w`b9*d|!mЄi*x,F|woG=oNOlL!bv@hHYqѳj| p_F'(82+З	RЊtdNЏBy	9H]$@Q:G)a_o@țdbmOx&>ET݋PSY".ڗYғ,ŗ̰`5P5:xioɀa޵˒_\})U^eynXsqT2	Þ
ƜQ X$r{-Ğ*!&:TǷWaΓ09xRuz(1\
32OʁƬ̔nߣU AC}"0:uHebIt:HěYB\K?P׈ZׁG_œ1ʿ5OG_N8чWQfwQ+~$v4OYM(Ƴ{eq֒X
NScYlPZ*=jj@1XMd*݀Ӵ)22Ly߻I"N/ĦֳX}nkOLKzUwlTSgGGӴe 2iXLYu<j]FI-ݖ~Xtԫz	\a?erYdo#t/Ӧ,\}pWP,ِ#;+{vJe)*ă ˼IձCi֩qFц3ĆjKF.9)?d`pzQS Fyn~0V߼cV~ǚbv\QW
eDB>3xEYd<@~dCP4wga.kȈR|ߏAOL"8Tn5{/MWPxrzgJY'%Ӹb\_N\XiĔW>ER_3_ȸ͌(ͳd@!50dOi>B {ƚf80ޖqCvc_u#*-]iΏuf!K.V^yy*OtBڣS&xlb	݂by#ϿT@tqx,#w\̀C1Д̪K,Y'?eQ&Z@6p	/ib7]ruYpmkI`uM_dY]#.l,>sS2~dfA͢zAc0QuBQp<r.ɷEܤf7P)Pڏ5VTU(֕c"Bn1s"3G}1Ϥ8d<unʀN?B&( a]3:yپ`ѭö!/'"$V!__OģZ@d#L+Su<~ȭَL#_rHȚ݆Tx	kRBh'p/\u1^Rdp8eC϶^?n{shyݡ܄5Pߺ8\mđG՗Kr"HL&S7,ޫeӆ#Ӧչ*g,ydL
}7@NH\H"?e!:y(-ӯ4XHϝ<]ně@~+R̀aXAloC=W`sK:!uj3	:rR1ƽ+cȯf(jbi<óˊ+>|0	wL~AvZx;ܮס\gORcI`m'8R,7ZTMVyΗ&300^KN
&a>:.7f&^OU4*'13,MRh>-Amas4zjՅB*]=I=02:4v΀l~j!zƺZDx2q8yk@c#ٝӓ2a4.*	)bUkՖS|"[m#	Ԑ>A6\ܘ6GA{"eHW*0:LKt<#BRD$4=nZF4.C[=\eF2sjx"ܲ3أ=۫|]jW<'A3?4&C.@9~ŰyʠۊtbT[jy/r.֕JX(}?OK߰uпpY@3taIgT3L
Cݖ<wbIѼNp|Ɍ]*$ԉ@ďL^Bpˈau	ϧԊ% ޖ
ڴ.Z_HSȻr8>N>[`.YZC/[٤7vRrƺ"h6/3YI=N*@cU%Iܫ/O6ڒ+ׁD:WFc%9؝܅P~VZE!ţme	@<5ġL|fړeQIU2GU ώp}©57&W38)AgQ_կiH>ȯ<J%T}G9uX×?N*Z"= |f#^'d;.dTܙ(hkk݌F&Z H5bƴfԘŝ8|QL.o
4ȡ0'̇Uϝl:[^>3|oS$fc
glΙ4gK~ܢV8uvGvCݫPV'	,"
(W~j(Z-uEC`lji^*Cv]r)xʳ=Z$q+mRq;?5Ca5emmU/6ŉO9]|lvBQ۩;(xc)(-4ނdL.B#`R+>qN5x2ɹHT'H$pvsWh5-T"z*+۞ppQM]1eOڊtZփoHGe)KoPЌ#zQb`4aojgܣRۮI{^+PuI_Gnӎ"*TPwBGO7&v]p8Dϐ2d[Y\S\>޸WK,	Ћtә5(Jk.2TsNo/]Q)(à.lHeW
U`c[;z]1gdbfę||k۬(;ʶ&kX{J	rfadPi[NORz6KR$ACDOOXaՃإۈx/!28
Hn	5˓_2I=2.Rv@8X0vTN~rop'9R++5z	LpTU*K"6E{^a-	Aɡ]5egӎIsy)o\r4C"{؄ٿF߭!K0OF
ưRy3fHE#{Op}x4kRZ_HsA4ޅNinxs\}QJ̗jFm7ȝvL &Pz&PWک0BŐwn
;9VYXǯLʤNc{zxLI i/]5WhX]Z&YV6nޡ1P<$$C<ɇrҳu\-/oMH1-ROaptj{v><vʷNzpUO+^]c7F~~&?]KD<	hE2mu~Yqv\GElzL>XH6 sIO[ś%Ic;0f_}>amT/g_yqz%nhp-&7HHmkT7-g&FrlE5g':V5iՍ+b3hÂc|T{ČNhE-3hU/K%F!~go}Y1& h	oZYÁjWd]vU`8wt6 :-&@M7?53JPM34Y>[3Z:fϿ6vvn
;	κ#vkOV5lǙϭ+ԦmHxvRlg;б#g#_&0{KZ8Ԗ,q-X(Tؾn]ٱldɮP8t^X+ھ>ziTD_CƮf!sjxa5jhtVHіPK~rq$8R%9bd4;z]P[AzudeƤ@ܔE,jBe>ظ)~^QewlN`ì>rD޾DX'ZD˥%KD2Wj"){i1]fѾsu7BC34T3wDN6p1E?/VX[~ճ0hż365<[*KT|$]%s])̀M'^dOGLa}}	-ȣ<U9$~R͝ȞǊi	߆;_p}+D1.M|6ZMf~>.Oqp+>g!(7>wIJx8&ʚ{ZeIK޾K9#ːS,E*ԉQg~r[ˢg(HT{$P<3R,?LS=ӂ˷.,*/\]zJ\A>ΐGݵTw-B$AÌwm1kO<ciMYIRg<U=,A7(4QUO[~*ӘqLgv4B,	/Qݎކ
uAǲͨuYJ.),x$.YgxͶ\Ҥ/VC %Nh_}V:[yVzN7$piD@z3vHZ{$vwFa0fTbupgElBv'V
g:@B][ƕj7LY_X*1D!&_BV0bTIaqc:iD1 {c2uïDYrnp6eȞ"Z7lw1S<*1Α=Y=C[G*/~pJmW`llbד'%fZT[{esI2E(t6w)6giL&̾F
ZrX}?+G|xЬ%>{ReӔ1Y7VwQAgQ:s0|d˩eVrC=ܑMA?(/^'j__O/	`0|&WjV!Zh&!ɭpҖœUf+:jrC Ϫ~VϜ׆w.څ=8y8oӡh1UƄ{^_\vVS̑ݮ]ޏE\åZ/ۆ/Yɝo0RX0x#s=Ƶf\qtvDr GGD߾	u{VR)^ǡw9Ԑ.r@f&Nߎgգ
wSd~fLl4ԢN.&Lv7J3۝؁̘u/@S7˖.]#{;>%`^ރ.yh|@@#d0عǮO(31FvfE27Zc|zOs.bJ}EǑLrCj$u!y*!NLMϛؾBQ_CZuƗCÝ#JHnEoEͮxf+ywT}͐ot)ץpŊ&qM+֕3Ma3^dĜ~LEkBkl/T0yNΩSBhx&(RY 5cZFLɎ*N%٧ֈk%uckt2	ڃh$ObdMͨ7_HzǱ+k3DXktZ
^}
9m3m7Gp(/)$}ԸבƑR\ oiߛP$^zAO=ԭךW-^>G=L..i[?Ty}ц\!*K_#g9@ZܪݘҗlG5#\46LOh[py6gӑߡ$wՋ`s8?׬Bؘn~1/}j2umePQ֜|g^)Dń~`H0ҊN,VXԝ{zԻRDix[њ\6`JUDP-dsڣs.cF"rgxkQgm"<6hڿ_<]PPN^Hdo3VxX6ҥP֌iߖL1giJfߧBy[aghcs+Kw5rQӹ=AV}`ͧxђ5;,,G8@ۖőԤhDZN.4b$]R|	~ۇ3I>8c]utR."_{^[bN$T8|"<!|kuʟwx@h{@]0ձLt#F[&YڄIZ$!Hy[߂Gư/@(<
m	EwEɴ¸ӖGxThȉ:O/7Afa[ħW14Twܖ71IX'Hg+H.)7;Eu!KK{՗"BvO
xTTьфMݗZw@C8[cEw* LC.=^k"!o#s-޳T]"pE׼2`ӮŹ3?؄PɺȕSkF~qv$mL^
WSk]ۅ:;RnRRzJVoЍ˩`LpԏuCN$+Hȉ=us)):]\sSyP5V1_UBjFȭ"Ķp3<B|4Ƨ`8F@ɒ4׃%M(a0ĶctXW@\Uʠӕ7ڃxSҸŀJIĳeye֒0ifL80~c:oJeO/Pe=Έ̅ypf$ݓ3Jx'|y;|;%C2f]lGbr
AN+llP\?@aǑr=fڌnc3xyW
jX,QrLչ4xfƏ?p*Je<YjâR)FJJNRSB?ܵn=/w<,.ݧ2GI/'T7ɣT.g8	"r0ds<yd_m̩y%΂2xI#»`Ҍgys[?UɎq%²k1t4&ϫވ[}%#ddtCޱV_b6NܖHc0>ºdMqY(ڍ`3
Rujk,>$)]FWم$<Fi'Dt'>M?K-@جy6D]%L{Y~.3<u_w~7ȳ%|qƭuuܝ8H0y7&`ٵ.j]¦|v7֬ߔ}Zcxh5E>f҅!jkC<5Eߚo26oHѭ7m
Q8
N9%kӚ9'sOvR=uNjυO''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24716)))
