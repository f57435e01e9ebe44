import brotli
n=a=0;b=1
for c in r'''RGZlϞRYMʡfB+&Ӹ|֮|˒	fɝzܥdsKQ{zj`@J$L	]&wJ1ćШ.e];+C++uÁUkl7 -+ޔCqcw~N׫&Fo:R,C|k֎{б^/~;FW؟&HƥDȓ0ҹMVmZAA\,
0sѠu;KMfgsm)ל~xtn_0܍J8Hw k>ƢLƭ@1Ԯ/')iĄoH7{,yV:9Dwο~&ڶ	̀;k5VQ@C95v)\PÚPu?'^A0=0מRm#306*`CP{ј܌)\=ŞqJyDk0]a¼ۻЄВK|iU 2>QD\?
p{l_*,Tip%9__3	.ddg\ќ~H(tTȎa+4h1if6^,?)G$ц5;s3QRU]_VA)n܅81m%ߡ7:B<G:"Ga#%y#zxReӴ^@u@3G_h&Fߥ'<L]ѾPiUܙ)Ns<73]G,v1&	i\=6	Wdºl°^hҎ@)֓rj~l{'(NRxIߠo13>
iwÝMY&ET$:Q/c==~gEB@w(}ԁ	Iz@0F	}L\zqt27]8Kؚ(gh҇A~;,{ۮ?'&ԪqL֕֝X$(Xηu\gn)61KgZ@D;fZ1g`+]"E0cn~Ύ8#inTaΟčnDB"ri^܈Q׶9#mV)C6~6\f=I*5П5_85֯c=9020d.fiYBup3Ae !Reɞf'OŹX{~l?'П}}gPw|qT5ík#TsE!5JH~I'p')9h8 e#ڲBs-s7\|90dow:`5n͐ѯK
5=ZjU0Q!tLǫ\u5sG=^UN8,g4 -Tɧ̙pJT<t!N`݇jX;-*z*Ɂ{HE"#'QʛU[Z6A&t!vs"oخu=*&r	W#!g#F׋(X>-M2H<gp=i~@՘nYtzJ0kJnpbӲ=fʥڲSGĢQÖ@&A`j%EqE$Kb7jzCwWe!1V L ABz!2YYOk/g4]ON!HЬKm stoxy^՜R$y7Պ	ݙx/Gѧxp[KXe#zYj@`{(t`/7kTr3ma!$SkTIC774^Açd'Fֶy"[dM6_`&P_[2ۺ^=:qnf2x{T{hflf#hA[gedrد_nRġ1Tej
тwF~ $1nNU&FhRJPB*xd2 `|ޏ9gPR>HݪV6w 5_bO3y/|hR2ZRiwRZo=-rmj[PJMV}{2,ѝVTm9)܈6B'w׺F?^8d&ecVn´2N2ڛ(yݒSfvO>br-Aѱދy*DukY#0?_qhDw3Ra
9QCi(U~ω*L`Cی8AI-(74R|ިp-#Vgw>c+7.?MGZOQs;OKiڏ}KʙygU$o\Y!!eݭ?J^ta2C2`"ZǣF&˕38IJake%%$	`ͦhլ1""yW۪*@\KLa&L.UL3lޣٙҀg[\eq|۹w([`Fa*sWDӃv[̓)-T>l|oLƍ-V{խߚr]BϨїSHvH
lҊfppl463E/7`U)r0`I.ȏt-yWۣ.h.F6>P$@piX|ۚ^3BcA3X:N<.DHA,DQBq7Ϛ0ϲ׫Ԩn@L@BOa"2ȩHz1?*m6!́g<'DL~&$W37;)x<oѦ]]
^o@$s7
˽%-KbIL6aڪȋ)Ҧ;Tƥ	ȼ=g:=d_Ui"Cbu4BūXgdYdVR,;NlFIåErA:MvD؍P
?˖ۊיRie7T6w.+gӥEly6_rΗ0VIz 	oiIYJH-ʞZEEPt;չۨSL`/4ԧ[g'ZW_ʮ;
MgƢC{߂q]pxǣDe0bmU̥XYx}!]kUpς!(6tTFS	heь&I|@y:kBvcW=T:\ZcQϫPz|ޞl+,8\%ʢYDz,nJBomG1D-]~۲#;X}jqsʪ!ձ}|'^E;DYAK>~q?^?c9!h+Fr7%|6UZAyWbG@q6#'LXBaDRC֧P{hB~rHq5q@9JfZ	ŏAw˃SX7ëX[u"I;r]ڊc$qӵuSA}Pi\cD>>i7`ZOn HcC@=d[@` E6QHHcmY'}t7|ikqVds#[
q_؁CA:yVҠMVCD֎v~uƩiP(3pr>-_iҏbpU6!ng6נD=ѿ1e2`R_.gͯ
:9o2qmrv#g,9ƺD%>ѵ׍+SS;Aa7ߊt>ـտisvݼՊtŅ5ȓQw*jbPIJ߳sN`:I"FHcӮNK>(яԶGN^]͊)Z+$Gv0'߲,޸	ВW	NA҃2$dߊl7ÎEmozUD

101ە
[ٓV$URfdDǔ?7(#Ɗ9zǮD`Dy׀z+
 Ѐ._%lHL҄Dz>YU54mt΢2ΖY	q7*̖7.־E#=RՔ]nkЖ"]	̻5vHR)v \IG3*9=%D`Ӌ_xڱ1	'	&R0_4-&PGZy`NSAvO6ʲ-)؝<O5 m'*M=t-J͠Kbl9C~8KloQpC,N=#Yk;2x["C-g1^'XZE&kc}-8,#ܢG_5ك8I\szS-͛ 8/02~P]@|;s&θ:_оZ@6Ӆ,QG.`>,TbE?DO!˄x*%w[d04LCgy'FP 3RU\ۂy^*Vm#J<4"ȽyYΏ͓$ԓį(q'L2Ω:E.˒MVq/R5UDh[o/ɢo=;F{aU?5L:ي`'̫E
md'GLΧ1&gˆ-̳8gIDfӥd>8r&`	bQшh-݆2"_~̢S;ơ^"cuZԣR7E5K,q'Z-{$$tǱ{ $({
o;byI̴֏:YZ-kP=1mz$<ğBhF8оAc0<?=VMmƞKoc\{I(&:G;8y.>٥ZP>_FRW(@Fm@"pVnj\^ˤYa(w9xȸKj"~Ƭ"1>rY(S}_eV}FB9f;,r0cU0ew\9g*tR+n |Fjvfʫg(yˋĒa
IwĻ|,wOM>F#6zOc޽3w
b%Yi?\W7܎V,
ȅ')IϱXn&VZxc9ѣHwӞVvg]c+aR4CapRf!B$Z̨#]جÝnK̵6g\Nn`t͙ݑۘdIʥU=F
o1<8SUֵ1VvуOωL,'IDNsҵ>׿KUg{&uʧY,ϕ6fUٷy6*-$y[Fo)gxO\Ύ=[MQu?LEJ{FeOƿߴӪ]m{rX3o6DQK#$miU^|m2guZMBeBpXJomJԭNIΎ;SE,0¾,d1ރvBBzW!KߴDAk7ۮi?lM*w${+DlDInOaɩ%$$ȲcϮV$ӂ>Z3b.SX>їvqRɂErۅm~PпB"cݨܚ(u:̲Q,HתEܨȳ<B7ҫL|'[@m#3QwCU5+6
ە6׈053W%2+GH׆~:9>{+!.|8Mۮ8#Llk}6U{8$0҅TX:-*2BȂc|<l,/g4XG9JP$/ߖ*ʀk|IqHСCQyVi!\*w_S	=y L=
Ax2l~hӜ̵t_`eCR =0Ԡu)'%hֲG	v}gz$e+?-K8©Xًe^8WL
1{ħ}eCNھiŚdp>%s<{1l{=G>aێ
c\}8}7ŻX;,0۠XAc=@v#U>q "GڽgaLlTI͠5=["gLΗ+|IΑ̺k2ͧ1X
k[0U03Q9Y'1]s}$1R4Y
[%!\Eh~+!ȥߍbXPLN		f]#5'w+8A^XāG9ՅqȪ5ʟ=\H^s8q}Hc
76`Pp֭p3ǅTzpL.x(jm4<ӉZt~"0'uw>	Aj8ۘi)3rd'hǌـWk@Y/7͈!ծoGhf*їɒp}+pkbrREsm47Ry>dODNff&^߰ہ%b
Ϫ} hihw~;`0ΪgMֿUL!߄_Rg(>أ`X j˶P.B=V.Kc~1;so?AdMݞGU;gk]`-T-tlvYsbyPVD^ieшM>9nU=@Qz"G<8ƫ*P)lA\Ԩ`Qq^H{PQYʇ2R4L~XǤ-Ym9aEE	ƝxɄLB-0?Xe^c޵yٝKgΫXx+r*D-0(!"?ji|v`Q`RHBZX
o0l?U&{d{K:]A)09ڗqD>oyŁضxvBm.Ȳ2	^[ز
2a
Տ­T{>SmI %(6ʶ\QxYgξ2ȝ\8<L0Z`(AMFAjt\^oR<<ɝK#ٴki׀aa~pGʭԗ<1	IeXΒu/fӯݳ=`ó( j=\̂}ig_TPQ4OڏoYjX êx6Ylֱk}gZ=cjRR:̕R?(C`$ɿ=f͏byͲPUyǵVK͈"~{'CI_	U&l'[Þod veDˁfJ۾XJؕ]jߎ^`kBrɷRSV ݇]>/+z'Fj"'bMWA#CHݚ̰>ْ@ww="@mgʏHD6ɔ_Y"ɠ#>IaCKɒ`3k>[cx]D R_9ۅO5!#Q0Ċ}ޥAݘOX>ΪǑ\ے08^9_'1	ʱt{I7E'zUDQ`}ZH1DN=IN<0C'IW SHNĘ<37vh=4x/o
RRKӾ,[ZpW<xҌҪtLv&wTG)}%z=%5!6fjWA]!ej4.hݿ`2mSc`Kqg*ʸ->f/?6!H׍Uˋ-fߑ[*D¬(8ܟ?TwoɰTS\θI̼ԇ9Pevbc&O:Wж~	I>ǓsI[pρtnU׭z`)R;,'G	~Q7]%ժ
z989Ia)EEo^ˡ	\:IS&ߣWH;SJp֊M 	yُHB͗gI$3`3o߀Ӡb]5	A*+"K#,#^sliaj-ŢΗUJj@ҷXk׀O"'\Yр|VBĪCԉ#|
no7Dk}$}[7zΜl.V"`?D31fOYV*2HߥÂBzd.HDShwPiU^<$Y^}}vYrEϡU;H5V(5M%ÿUK{/"RVC5Eк&b_Xx_ˡB_*ZrXJjodVq_-&1%p4=`W,?ѩ5 }ܵF8. ;EaP<
Q\:>٨l͓Jm`(DC6pȜ[TFة!#D32/AN}?>,3kYFZMB"OeJ־xeiI+}%
Ew͘`F7YgWQ8^
nփ@ٞO]a`^1vAsz"TQEM{=	U7Vh*_Km
,
UYeۤ]79
[<Ř2q?n4Ք.3OL-#Ծ7G%JP0;\gb	[jmKjH1 ;4w#
Gx
kT}׏ɾP<r
":{P:x240ϫ<)Jv~kOߛs{fћHGXcQ:xgsNѷ#EnXox|ʉ8ex20ˏ	~Gā
_gxE~[ntqE.XWъý_C#ޘLynw&E3ߝV}SށפDm~cv6ڵ]"ûЕ;R	՞PŮMɏʚ)(`,g7~,n4jDLGX~>XMۋ|fUYmCqLs:N*:9v,ba8ܚjw_FN<e/sԩۅ1)Ԗ&ѫY%}ǟqeɐJqU˫ЎD2Qȝ2@hy9gYi	%NY	7$P*!C˸M׉X׺'<i3mHk%|d\qwH92S׊IH_|}f?jž2?lg(%%ѹBd|pd+Ah?$a3Nxd1Iy'1VčbJ'%	h9nMVێ71$lW:cN2b.!>J9ș9S0V'FSAy5>'(bP?|Ld">z5O3S4H93*ZBԱ̫\(tyF7J^dl(_Pm\e.]Gm+b
!)Ez53cg	l+uŲ}`	Vh,U(rz3ϝqNJ*o[1:=>#eo(VwDHCg28`r{e3Eߩ![G'(/ʲwֆ.`:45I{ބNg,œ=dZf4&l+[[?.[w~Z<-fCǸ[Z0uƪ͔|i{M&áM9[hoGV-rѷ.DXݔ.Փq͒}ԍ#t_b>#bG`\2ɚO$+B4_ɍ.C܉ĘWAyX"zidDY^}f0)ǜ-2)PJ!zɩ8\U9U{8<0ۋ֎0:-yPOT-]WƟV@ؑSPOިn%g-qlХ{P TeCΔΕ{b=vdAz`ltP}hfr*&<M`АfpO˪[Tx>-_OKq&2?y@^iކajʧCt|zٗMAo}44ĬRbiFLsaOLZtϳD|:F-\N8_GݩR
6ҴyvlRhN=
?s3p֨"L9xd:cyؓ7ċ(ԸZEjӄ'B$5#{Ik%Il#	M'e{0kZΆ<\vCVղ a:ǫ/=	ۻKT/cXW'et#,
¡ /W.SίG$ɹvdy!;:(׳c®!&	0H 6>ݼzD"\Ƚ:M[H9n?+/-ޡOшGKgbQSD`8pE,0hUΩu߮!{ԧU*aƿҩį2WҸջ9jx͓Ӫ8ej;Mvv]̌r	i3[Ēk=ىlߧsz`)?\;a<o+wxcғ@UH;KjSՖr{Ls"Rsͥ&6sAޡ2,`&Mk
cC^]b͈2)ڕVCV(SLϾ6lAIؤtjL=Qe
ťrCDթrǵL2*kϒUΨt֕=i'&Uͳ8oGnqJ-$M	QXjoW/Xz-vSԡQƱ&{ .hH;`mr]iҾZ+}	abIИ=FR"Joe̜%| ă>o̯@_#mi{#Ư;y.Gh"w8V6;g)B|x	qI/B27sAf	1,u4jC/9HޓXӣb	q"l3CN`RYMG:uNxؼǚ,y(, uaծ8C]dḘ$zH`kiև(lT4l/&#bHՁSJO_J%GbS\ɮ"؈z)r٭A>V`|¼ڨزO_RیϚf:b%˭.ڲces*O
EJ·oOѸ؅v*)By`]KȚ8	4Nj>H(1x֫_{c|zÎlR:El&,{V:m1# V%Gl܏fؠ%ճCGߤ{XԜkuBT܏:d׌`z6 ,P(3T3A9-r%c_GlSOQD"!5,3zs>HEo=;ԪC.`Ic!IJ~'"Y=2_VȤsb}H|ƻ=Gd	S"fkX7H;F{Hvqw}xԲԈlAϻӡgmZٷ3y5h;uի@0080áS?[niҀf! SttjL{Mt :<6@R{ؤ"ySkؕ+GFӞBO[4ڦ|S^\KH[͖&ѻ=7`'*~B:3ecHs8׽Jf{,аߣJ_un\E3(iyʖ+2"o֛VŚȑ>Ī.FuITTYyW`XfȸHyUTiYIH(*ɦш(q8~rXR}lɖvsB~
ܴL{xOiMܯ`HƄGhE6cNӠh'{NGZ۠6ƕQe9}a	+	Դ? (AΒCT $`zxstSݍɝY: ِwa(9>JِhtUy7H_!?Au*x9?ˎDݖUÏ1b|ª
W}اp{ճoENV|c],Tz%kapGѓ^o]lz=SgҗEfR[+۩٦x	pqqL	{Ǉݫt(L!wbz	vZ@Z>0!3Ȼg.5uӉW4^ACvJ9N+DwHϐ:mV]ɏ/V8p̒޵W׮KWeMW6(̓19Ҭy0_b."ZNr0"8M%mׇooS8¸/9"hwO\Z_uƃ8Lbm-:cMΧ±B.cX̌ӱRQGN5CѦ2toiY>&ˀ$2GCmj*γ_*y,A4M~;WP|;:-3[Y+ãEu)5hصd>7k=ľ<(jUcH$YՑl&bIp'**jd|IVC~4[g]+CLXhl&[͹A+NkUJʅ=Uo{+	$b'71QI;:^ӐQؤ,68^wew]$Tf.<.;~;!:tT9XJ9'/0zbm Iʹ -/~}ڲO/hGUB(%0w~	
kBɏUy4ml-QQ؃=	0܌^/^L =aƱ.'uOl{mlqn'֨={+÷ҁ9̷pߣHIeғ~Ą|I Ԗ1!϶AGExxs?ȼl9^6_y#:"
ʞܓj# `~K\P>,T[ge1áU9ƨۃU}s"4*M@mmgm%E*ĴMdƵE
yvdLev3^-wԃ«pa$Zݍ|g]!o^K\N׈9p ^AȞ=y)O;GVKUR/F@:AߒԂF
K\+8aUqğV/ߘ݈I$ӫwR}UNǷ{J@-b̼vN0Y^ݯJP>n{Q:&uy&ӹ%O$RQ}bEmЮ)ҧEa!^MTӚYT۳ˈ).C<50#cN-HORmzZITP_ܾ+ǟ4'ɗ7̩	ڙdl>ΘŻz˽.mMp؟8\n
̠_T (/OlSm̝s{+ڀq*yJjsWPi}M!U{}hs\%TIY<Ԃ7%lf1ńѤȱ52p_?=rL^x6@6¾ɑKl0WAx wMe֬`?;;yQI7hYWQs{ŔZ2-[9ߔ|`8 [.9EMD}_H2o 5cHnŜٌ0v]lad&~B0K/4Un36S$~Ivȡk8UĞݫ6x(s5s};؅}UXͷ1dxBtf).ͺip|t'-LUL|}}iY@G_
;a1wsߝb52TX-{k]	[΋U]s~@f/,	ܫh8M/TvGe*,˩'twܺYl+2 )Gי }RcG՜1Q^K/@80!,v͵U=#01#m{;pRhL	YOs")@GohCEy6yGexwF:޲r]_&pN\|.Z0jzޮ9y07Qh'TrÖՠc>Ɲ0,*,5>gCzW!G';Ю¸}"[e>.NOeD5dZU>Di[-<.6U,,CJ!Ԇi:%stySϢVk|W~9~7)Źg&!a\&4ۧȬUmX CWʻCф5V8ih!ålntSg]/1-AІ? ׼%qpI7+j;9fAf<7Ya7EA=p	ؕߣ%LQ,X#
&	¡3טj;FEl=	[˭WĤEpQuI}2E%zؕ#x*`ZHejz`69٬:ֹtLf!dŭ̕l`3R	D0If7E2qwIcV6<U^Z$0ߦ4u_VqM9Mӛچ~tށ["ou)q;)^7G%9ŀ>F	&݅9<!dc@>f|	o!KzǗ1[	7O6Z,Ұj.rǀ.4.U^EmgRŕ*5"hTU/_ADӁ+4dP_VB5 A_0pցWTC׬.?Î	]4f/1G>`L_L7o=PoÇdEri;0NkU'-Y+
IѼ%Tg	BWɅ&W'G{X<QXC+V:'-}\ɭT-UtjԖv@_hܴzOIzd"x[:r(6
9/uxԦy)4coML-3s#I9@	,ŕh7zr|dqaO}sXLwVxAƈx{qn,c9OߙܕTZ~!y֬a`E~ۥ_7'*P@c%W~pɵVjUz&I{eq:@ܥ-*ʓ5ҎMԹpPۡ#֥lZ-=!ϳ[j4 z20."H
#1f{<Q~&
%Q>D3JNCh6]6Hm{M=,K&z^XQBVS˥رN"EsL"ŨIv*|DlUD_q)HqB^hOpiLm4$[3SiQnS6POnͻiKFGR=U3`#fUQʙs)$s1eHsDՆ7.qcӺ$+0=99f;>>,z62[b7),̍>wGa	b۩.bn@jp<^IJX9Z?:niNw҇ן`7fɺPM۫It[,n>kSخe@u#B?9Je<ԢINӗ/P!ڵ*&1tSܤCbn4 WhHȾM݆}XѼ0&k3yxp
Фd߲o4d{]#dCLǄdX·4R=K.T/,PbC4s]>FXi_iwHݸ$6q.Zڡ)k߈̦bTgӏ!K]7I ۘR	v3Ӟ˴!9:`F7E687ӊ!~W>PEuUj̔5ItH|UO$sSzB4c9+٬q\5ZIޚ@ȾxzO
6SCAb`ݖT`^ğC7R;/ܧ9'G\=p0lĺyiقظēAEvEʰMق.VVQ7lZs;S5݈.¡N:ƿmȼ?lg$,sv~V׭()&nȒJsg)VM
0NH}8Oa
ɯ+QuǋCH-oxibQ L`^Fi~INC5&|';aJcϾsƸk&~N"LkK~Y6*W#y;$E(_	]('CH.Y99+LT$JuGA X%&emECBu5g!>PPp8ֱt3h[Vܽ6xR̙:y>W1OJێ>)mrZ$h<"d^ޱMNk-n,'ru5]7nd`&Q{!?d)vj=JڠMK|cAe3u^IqhN^F'ډ!l4^Jt}iS(ګvU,-xƝy]r01U"%"Hmpw,+	wl9`!5]H-Mzb)-7e#?5Hۭs@?&U'J7RFzW)LYO˘zF{=Z%i"PSߢI0\m`r-
I`[m8 "OV*|sĻ:u&OrٱLX0ϛ,iwV؈G }3yQjYDNUi8X]zFbDy4/aJ΁k]%'҇y4[ȔKvwK-*^nZG²&.ʪ1]swĹtB?c
w>HC#rgAtZ̑sN$M#E6o[)@+#Р82(KKL<TQWE80bH.0g&*W
GA@lATO[	/o:M
$D9=/ ǊQfX}vϩL;>m`}UjBwT{/̞h>iG(?T8@d-]`Ċ{DCz#CpQ7pBؠdnnyyʦZӹȩ6ˇh4>մz^zUjx6Hբݬ*MރYpUJ4e=
5"֡u%py˫}],ڦ|0>rZMiv/ٿ6aYO<fQL`CydLrΎG$~o|O~YeՎԅ'6|7toEcȠ,F']H,{:j`ˉ5˕zu"SS(nrgAy8}>t!Za[3Ġhz`;D0?ǩY	O4q/6vN,odɢp7
lRg/3{p__IshְGrT{Uڰgcl&3Gi{ʓf]+"?8A7M\(	Lepy:\Ι#3-;- #PbHLc(*K&WRٙG`{7<>sP|˅6sNή7hT}C2!xazTc.9EhrvtcTcFjmtP`f҉mU@q2ݱX5ک9څBY`Ӧd[EΤ߬np,:m#ȅ>Ô=cר)d"stMPoBٹI=C+A[D-Ȃ]zX'!uðĵ̔c)+f
d!J	:3H /^u]Y3s$w~(9.LnyKD2~{N:|$/}{Mv]me-!ފ='!JD{ԴB-1Y"xD;*:4бo%'-3î)2M7y'iN0-ݳZZ)=g̲7>05hϬ 'tDف8U`[x}^Tć-qHm]@xQ,r"fSU,ԻR*ok uѿeQ&΃\øÕN_B!^%Ց{!_%B'=`S<ΐa5-5ϥ"AFpߙaODqbB@N;Sָ=gH̷Lec1&ub<($P-)3?dU.?Kz:!e[uFmV֝'ifJ7vc5zOfۼ8])x>Z(xh
۝%ȇP15Kփq	n7>ڰݞ"!J;?٠wVɻ\SD9ؖ#:YΘ*
W5o1_j6ڬw2SMX#A/W³FaÚzme+;ݱa72%"G@=#ݐ$~ڇ}eN9D%=]K(z0_?5`"@Z-(a,?\I]>muF!mAD4ФF:@He435*CNx1kL,Ś,f̧*]ZZɗץX|0&C1r1z9N?D3X=ߒ	͹Q/^ȸŧȂK?C%ٺDnݳBYrsaofe
Á˹n#Ьѷ;pI]U8s\oG7;fSkbkEV*ӿpԨų,#>?91\+V՘yaC5-;kі|I[ԂIi]0n0X&ہcx޽3|.k}DTכzN6ĺΈ}vVHТqQ.!%VOнF,hwɤ'֥ި.ޡmP^<>'7 l0 Z"ӡB!IBW17p%@OXrfxiuĉƇ2GZ9öRVs.Tߗu0cԁ9ԤʕXƏ\CFhjVgؾ7IugbS'Y*LA5Pkx<%;LKmΞ}vv}'eELaT0'W	*,GkZ9	!`&:Hj֙"՜(՛u|G}]W	<,(ߔxwNֺ(~7j*N#Þn?ܺ|Z0_1t0Q%FGgϚ1%~*ԤŘHƘB9uBYͬ3y2k8m#AZz}t϶Vx)=3FnER]hݘNۖE	?VK#j\l{5NˣalYaƌ-#v	*qrp]>e3"XB/&Q8O~AEb5hTk17<CBg?|yݨ+ǆ'O!iHKY=!ʏ'pS7?,CDo5ҵѳw,_j	*8u׮8nq8`ȃXK>1UnnCtl!<4<gFgaOO["x
0*LgݽD\hErKŏ}^AXܡC62DFA}ɜo̵dHϲLEpDƤkFUr%C
OB?
Jo&t?ʘSuMLi!0gt*~M^Cj**	6k۪
=D$Աb.$%w.^1	Υ?/i#RnЬ_ETQFĈ#tj/[BfE˻o63Kܗ}Zg#=*/7nK=#RS#/X:iM	%[Ӷ׀TKũwy}ۅ߆Rsӧ|zosDܔƷs"7W+f}D
?3D$1VƜ!ًdX~A| r7P͖:Ȩ^kޓ%TM{r'شU	ҸfvҹHK_ 	l0;^D	qۣ׸Psʖ[>`etO<UȬa(>jdCHnQő">a,;\UIߚwROw*M(xϙCs4q+e+ƿ1MѲ9@	Gػȅx"Ey5.p!91+_L]xxϙY{JՎ;Q5nϠ CȾ)*§qtٞ{*F.]^n͙#¼CД8رpU˯Ƌ*{1!!KQ[r$%Q^u` W^y5sd`+`"#,([t/jUM%Ta J?xD\!mH
XTI~T\fO'K21bcg[o?,JϨ\&#YJ	^ގv^icހɡۮ_/:%tŐ8m	g(HR?Ast~<K|G62%r{fHEa	&+c|ŒI+x) b1GmT?}B:Y/ q!y%solGo5ϻ$QҾ͚˙LCXFx!x
gI9ʫ2Yi9.9R$}Wvw45grڵq&TF[UW]]rw
tpf>{vngXVJ0-m]ϤTN6]7qe?+ҺaXݕ?QV$ F.2H>mwld0×D7jfP=w܀b<<GX]zM(c:ЩHN{	.u9bUٱ/G;BMtS	qy0oZT,&H،Ln-ҪlX2d}ڕ%uzӞ;q:L!Lƫ>hժo6L=vnio']ٗ`wvPɻ~UX*`V'xγՄjtnWf`Հ#ȓD`$>6}9lf+_wmw5bGFvZ]h|]Һۉ֐=^u6LsT5g$`afƏr,U7)-08aCM1?g8ʭ@$RfJmO/$`vOimi{'<4EګюohRD1t7MxLg2Ύ'ڃtB/`\̆&YkX)gĽGfz'H!	/3%HxJCԊaс-12
&IndM]syQaT6o?J0W&wAr(!=:܆Z,exE;L$KNekSI%4Fuƶ9a`-A%yӣ&bVnYPzS;Z]#O.DʠVB#G3W}\t	o7:JcP5Y1dG֭qi!ׄ=@%WEH}pm\@ЙUٞ+?,c)|!ŬϷ^?Vݣ.#{ȏk2ݾ)\~uoÔtͿ
$/NsA|zɪ_͔v{ƀpp0N+/NIj*FYmC|?"RE^`ƐDWkτOxɤ9\P޺3>Zjax:FKDXk]+ޑǟpzZ'&9vppJ#Mdo<LU)VgZŷ2..Q,((u[_N_z" 1M(ҐmO[=]ۗ΍4/J4/]m@6-Ҫpҗ$a=Ntӎ{up0e}knXq^eWL"lɻl7:۸Ax*lmq߱OcԠΉ̀ո3xsV
PD̿-8&T"oڽA V5}rU%hA<gpZ:c809D3٪e>$AV8KorhJ0')ydpٌz]к;Guo3ojrNw-eTAX
*XOuױ(#\bJܤ-9ZxT/>AiE%b"6m},۲ǆnOErP[g\˜Q_ɴRzy7cT
޿.DڀU,sҕEc|Ҩ^3m#+>8(q|c_G(-k&XFIj1%?#M)wiƃdRgŸ)UE} Һ&8>\;'R|3K%ǡZh><l&"G!2]'֐?MΏo~&RBn0ό)0~ydvH"ׯ7P,X%ɍ6bg$U%!]	\VU0e6'eӱʋ̅#EaF	ED{d{b>/OEI]}ZCԍT|>̌3a?as+yqD3;y&?wb7!s9"t{qbĢ<ZebҰ#(б0%.F4,KD_0ZsA<)ƾ(q3|<ǉ/]-=fE'gD"S}ЙHj0>ԩCF?ˍRgE~QDJR؊ڙ11L,nRY	8il,M ݬ!ݢ)EP3 L}mdY ZpTԶ0Ċ~kXLn%<ō^V+"ʛ5j.j8}b(o#;6r86xZ̴^jbh/=2ĐE?ê].'֬
qOQM|۱]m/L$VW5eԑbڇkڔ̀Z+ 
WºǜzVȌ.&ʠAIdb0Ǡz%ֺι"w0madq(lvS>frzkJ-dS,5aD`O{0Sߺ;$u6mL>@$|~S0B Nga6t~XF6.h-X<NPWL[X;݈ey9jTwv4=S7l
?ll[k^
sh,=#agKU~ׂ;,m!(/7t6wfV;vx-I=5mKR'~qW:,BoyjJ\=^uqGۈliV!}W'~C'u*sw6$JQ|ٵNbT"v\\hdK6FlN|MһX$G!T.ۙϣ7\JbG"Nzy4V(37(* ťM8̑+z}ajh K:5[	v[2U6_0!͚*?qϚmavZ^=rs/?AJ0YTN}qS9-4ضc(k_F&mTMfUvSeoA9*Y^+:2d=S\'˨^S9	VPԧ2cͺqȟA4wdy8a62/AŰBCpK~>9С<ՑKo_Đ~3ioX{swIv^J16w"dމDj.߳KT"m-(TP<b	IQ 'a%i)cY4fe->dE_#3jEխ]>_";!.͑K!k߷9*i"Ubů5snvsB&-F^VyT&ޜP%!qLc!SGI6c+pp@YoreblQ.$9uFۃAئZͯW]K&"yVO;wֳ5%ػÙ{՟%@,GژrqQ&W5a{e-}?:Dyjo9{Hn+Hq 2ݠƫ[	lG0<-=|s^y:cʯxv,bԑ,(ZĆVyzŽ)uS4@Vbşc`B
تĕֳ2IkҞZ' ey1v(n
h&NpR7[&0Q/s[W4ԏccvIClvb!l4/J7HU%yAKT`O*@=Ev{miI?xQ|	*?ȶt%ٙB-MArP
G:l	zÚ7ps{'=p(jS63Z$~S6)w΂6j-N%\4i-ͧ@C'TԂ~p&.MIۓZ^	rBAG`Uʴ&nߧҳȱmVp@P]vaF}З	/w
̄q+[pzb-Yy%rs7.dqd!۝Q[m;+CXL?ƀ+lg!a;vv*˶hJ[y8Aɫ$kt"0?X3)	Oύ9hR'r`@gm7oB0`XQpގ1[@OO"t܂nj+Rdٰmًİ@7غĜ[%lP-H[ڟT}C!q#];UP)pћ^txƔ_5huK
͖zojȀv8ЍG%MJ U߽~NMdZ*=x޷xkټEۿ0Z/s8DЧ&ePř{[6
!66)gҊDvo8oɊ~Wb/ѣXY{o	]ɟ`QD9~&ſXޖ?gJ^>{
ՂYc%32?EgRzKdEG]ă.pFM^@}FcW[d{o#fl\s$
/t!!ؐ"VTW.\U"3[n&fƒ"͘qĽ.Lރ.'0Ke8lڢ1;Z8/i!L>{c.)zym	ܘcY˒NC՟ܐquۛV?;&A4G|تͿh{G~"}FtKswP\®­ϑPI7fB$+éuA5?&xi]`KW#~t/>ɕѢ/;t}mNg=[9|,oӓh}R<l/v7E68V`@x2X͞7T|ڬb8@4io؆rQ{=R׶rfuD\2hw_3'yŨdeٙY$b,h+2FG>uNm[:Ho
nԏ}̨tBE֎7m	8!i?"./Q~ǗrƑәF~<<MM^?Y0NUls0zɊv2"ŊOlWE=kqv`˅Hԕ:>k;a&؞Q)"3W@#P߯Y1SIDq10߽lIW9aL[A`^uJi<Ϟ`|'؝%`%ʞ5h9cJ2ke|1/}(J!nMS݉Z"Y4/(~
JnfT;1ƪk+CR/@"^^ڡq+Pt<n7l;ߘ9Wǲq;BB9ƃ!\¶TCx%\ǥ+8Էl.A6ll;*Z`N
ا'\cfwH>tv͊cIy^WD>Jr)&oRPZ@J	9C79*^=[wWVý|ǧ2K*o].{Q0Bzrs+%"79rxnd@+|W3ק
cFߋ,bxMgTΣn,lj/rmѐIg~YvDfِbħ}q гaI5ڮ:p=YY(XϘ/;ШOcsL{hoEnOy)KC*`3ˍjA(Wg")]ߤ|1XoiӸ:TlU˔Q1ңhE8-Z]Z٤jٴ~7$ 0t=Q1_u+נ9HS$i2Fѩ7,Ӎ3h(eRϯOqG.Έhwt>DQy$zޚXw_al6^]E"NǺ2	9l*^T	 :-Xf-^z*LԁQ0edJRc7rB!Cπ654L(2.ץO ;ݶs!5-*ʧP7		CKEFcpg<xMh/3aӎädnjʿ<c!.Uͮު"nHwo5HL۶VCʢ1Ot&]Ph]܌ӵ:vƮhs.>9e-}UN{|Or?B$1^+<&c؜!	ا6?׽_Sprp8ar۝1jk$lxLwYD+ޒH[Eqy1sÌsX&KrȔ7Ӝ4]{~){זhvcM?݋N$ѻ,sKv$#v>"^Lq,:ИDEi8ՈّqM̲hg_P0=%v=Ŵ?9vHɖy<`YDDqĽu4c,dw, EpPݧ"Rj#1nP|7+IWP:~	nUGQTʫd-YdИ`Z
gRnSd}|qe8q.3S{|Wk72kWboFQ+7pc܌U%o˾4gJƊʝqMl&EՈ?،
Z8Ķq,0B;LėO³HTŦC֩Q߳+3{C֔k`YEn>u 1ߎ5Ll0Pe9ƣtR?n˶V9&	0DP[}a(1k..1pX'P']=őŐb4\[ti,gr^nC]@ƣbِ}gˊ.jyʆ?9]<,*Ӱ[# 2]`^cP2إ(U]mܷD&WǀQvL?Vi>B!݄ס]F/Mu;VGÌz[$H]:eS])Q5ͭ~.j@sp[H/*PݴLW<^jVC[۝݈SGP̘Dk`ӆ8$h/Y	w7E/3rA
$@=̳9ɛ#O"=8 Įݎlwg$R;c,Ip(,ۿUhwrխbМn#ɽrds̊ԇGς_\]OUU _̯hȖxɫWeQyNE.gţa(uɮP6I1yP(;}sD?U5mٟ{/D;s{Kd6˴$YWB6	/K>l8kU~Ҫ%IrnwkgJ%okK[_ي|lv&ա8MoЗ/\~zObfGNwxQ=5ȢeZFTCtk:FtMY%KKJ+@R+tW;e֘x݈=ܳFLL1yYRj(0g4/yD`ƃ΀.J}	>tTݙњ=X\xN0?W%]*%U{1@/dv%<In3ֹghaDՇu|^ڲŘ*!N7/&cHt+aS"t5MzTUE3ђD-U[YeC1?UaMaz`U.>n@yK$bP/?_o}*#(]]^;[غulB5Z|ӖgV6T-,Sxܡ\lLYۮW1{bؕyͺBȬ9S(ZX])[DNJ=$łLhpwtbƗջԬެ@%/n*f-Eu//J	%!
Pn ?21Jɀ%+]VȰBq̆SA˸b\&uC-iԌspLb2B_qHb9h_3)U'OeIخ#߃p٭Ml_z^EKa8L	QDa޻zw,c\K
JֈԡVuo6X[4ѫ!cߩF[r`?7h,͵ي-znޔרu؛sN$C`.;@U<œ,Au}[-,	pL!-zNa'8ck,=mrLOZ"m7&]f.XΌڟ% DuGl`~փyFf8W(
 g~WO"D?̰+'ߕGեe<ѣ	CUw 0@<uڳ:<ak=˹qL.ۍB_͘6\ W.$=Yepb%nPIv"Ϻ;I\@.cQtX_+QH;@2f7k@P=,}

:||vyMpqC?ʽ6P~=[I݃4	e|'|ҞĮ&V<9Q_o.,Y]تl#8@6JC'd,׸<	j>םGLE¨I9tqjm|a*+ʡܧ|.UлQÁ<2t-'oJ+r̒{/:8O"˷xSH-"f`֧,qJa{+	ӣ$хi4=?ݎMUf[zhՓΧQbjMK1g[<F	@7VYL>6Ĉa&{MNXlX~j= k7IӄWܴE*Pw73֊R8NA_e5P^lb`4dU՟5)=%q1DT'ʌȤ`7zץ\nq=hsL%dQ
__ _.<IޟhϯR.+үt\B@T ؠ9jA.Sl<$>-V<#ߐk3TƖb?;A"Ʀ=grE-|i4Hޔdog"FR()caPs&'ׇnw?,f@2StU[V*V7|'Q,Oc×^W@D'4Ha9S1hi__IQcć/k=y#G31Ak%TߴDRٟQˏ!uG
TTV:S]cjBм%Ԅds̡QWG=Ņ24t<Ȁ°2;_T"CGiŢo<*z|Sh#hP_WD}Ɏo9VԷ1pPyJ]1sJ_=?KnճN Meda5rr{N<2ɟ:ɥu-"t^Jxiܛ;/Y7A0ېS9n8BI+Q.)!Ri?ŏtzc=;araslZ$`͒!vLQIeU@"J9Hwcu~z*i4 U"*`U8ē˽
rLۈe([H9#Dޥ&iHd:Dk˻A9K1İ{*zhθ+7n"k5fsU]ʷWg^?ۦ3ξh5&$\agUy}!ڰ!mt`{:<sf MwM[{U*\?d [`I)xb!G&6(4+e5֦R|0kT@Ҝ"/':`]V_y4C^{(ؗFCl6mdgJ>u KT*q6Yѥ1eW]K	]oouVoSPIu/#Wta}JoN.5Q],zWZmz+Z§?2ѥv/j@&C/o+"jFJپ̢+~tMS܁)ң?/wC;4ͼ^wg4J-Tk%xsy8yŔgկ߆nC_o-+O4]1	cD FW3!8$֠01jOjX٦:ѳ=mI
B1FE6
Ӷ%^4J"SC2ʲgj}٘]-=?[K+G`~YZ~υsLZ*3yͶ?X 8xmD3 ^(RJ-_:۹p3*δ[>mmbHlӰ?hpS20Yʓ+#1	)"ӑBadBÛ7ʑȤ7&AQۙΗLYEخvGDx̍g)^1S0n6)?!aWp$G٭T8]9ׯҏuҺ	,F iԬW6b̙ľw!ج8 E'Tl2T-p>aHVX/ߠP)?g`tIȸ[oW|3Uq)K~QuFe֖1=|,04#y?,L8;;܀JbOkbu,1Ea|3Z@5Ժ,E}M4Cm;]Sea2(\=XqXܒOmvӑ
9bM:qtد!bvՒdt:ޤiWjS|\Td-|jUɹC9Ũ~HnBؔv.ܩ+nȊȤRQC+(}}Q)K\ˢ!6s
$#͝!$'Fc@=`>qDE5X_d2q+240AM[IQ$Vej{ЍxE3G7`GcF\+ڜ)Ւ]ZPxRR_bYb.mBSx&2͘"
X`ga$ݔ-ʔ0-MW`g`k(!iOr
B:MѰծ\PDDZ}pD{Xp55Ɉ/R: IG$uɡ~jU(U2"S+چɚ",-e~UqSMcG>)@jMB2ж7td:u"p
W'[).{#D]ۿWݡpւq%ʕtRv$'B&pd9׼Hljs
!1ɪXSwכl-9Eff8;
;aE,Yt,~"d	ѕw4Dp˗#gSc8]@dz̻*7D͑rp3`n|#61r֜
T&ɪXRqkֆȇnjEڐٵŸ=j=R7Jͅ5Fː-8=v]f91:oƽTonLJ.EtE9Mm8C÷
 BT%;kA--)ybcՐl	g,ҏXmls׮ĳӿw+ލf+mabєV.'_UZƮ?19W@׊4S#H|1o<	IMTQeVHtXnL)4Ƌtg`cQa4ÄDktY%
G0΍'W`WvZ71'Ǫ݈r`;!gbI$26}F2J,vemfI#t8?_kd˝4Ÿ]GFU0=iͯz@:(G1P*H*?s^xW3=ccxK^4m1)E@ևiɋn޽ҟ.]d2Gq%pyHÆ*{ıdrzRiWh^1W ҳb3@Loه}mGLV1ژK>Ҩz33Ro~HFWoZbAM)͋a*/ѹB\s`(0?q#ǷV1n.Of%*ZMҲd§Ðlp߸yfM{s8ɰPF~ay]ѩQ^u2gq/E77Q/"2SZϾN`HhH͵W5'ΰ}w_w7d¦X"νrdJU!+/Ok=޲?ىsAN]&KR@.1'+8s|Ӫrҷ*N.؞ӰM~{.?"!M\Ǘg-'X)r[\ZgM8;fS.$9C,a)Y;XچWi[щ#G;s?-d<4vBS*Zl..3=v|k4UiK!Vʝ1&϶'rtX{"m;/b3J1-)6CÑ^&.8`կ{^ZIjˣ1nS:0٫pNQ`~*tZb^(x=c1eǑ%p'ԲW̓EHe~t/Sb:;s܆Ժ&2H!90ɖP̫3)cVϏbO0s&gָ&_K8}ZO[^:$>>88QU:ÝUeMi^w/֢Le'V+T7\٤щ\P>0ͽرzy{G}WNݼŊõ=u@
ݻz)%R47NDüͤ_^{e_	epזl6	|66Xvr##}0·f<WH~~ұq57֗ͣ]60Ia~W)E!{líȓ0Lߝ%YcHGQ-cthGԡ[67L6qEM3yltHA:Fij_*|?̀Tܴ0WyCpؐlD#<F	lqI7H>aqNޡ$õeN`3$[v
 Jku3VƖӔK9.K*hE-m/ߦ&Ԝ>~oyoSCGV=yv::tٕ[tc5bh	!P]n]AߦpPEC82/LΓ!qt-`P-T3r/NLLem#aH*0yElz7Tyh"˙RM NdH@PiɆ;5~0FW_4(2Dލh]{'Xb"`}@txt+R8VҤԤ º)ǉmf/ڤpw@f^Hʾ?Fw:Z1tS(ނbLTiF<;[ۼ+a1 Sޖ_Nxρz{6:4Ȩ:^M,66/h-#.N?D)io&pLs6'=,'_6޷Ȅbdͣ,;vc,AE\u9xVcгt{hĄɗT>[tЩa,B[;1*6am4Ƈ)m~]B=ӕѣh&jg#JECNU>.KݴL?]EނtZ68R WCS"΁:5bjZK^M,i'Ξ;K@;:L-{XRm-{ܙhm.v!ɾ֟ 0>D7L+~V Zf8S*%E~|;i
sk?9\ɬ%DٝߺJ>g &#׍`JR`'5NxX߻bs݈۔->}{SvCŒ0kq&bȇcT2Ɋ"55У GY ^YN[aϬ/sVӪ`9@T1V4|ޛ@)>cG!Wv9tI{qKDKչœ9mg]aI"i
oS~N36ɃI9ؼ80LQR/ÉUfhSΐ/Ԏ4b[xo+Jc֐bkeE.#Ќ*\c=8ѵ|cԱܷG!ݫyhFYlpQeJ3D.Ǔ<UѴ-U-֌`g5;cg˗π	UEϢ)BpعаwQkQb6#-σU-zҼQe!ZxXq;V4.W1jzў3SAlv=u;&!0މg XkH5- ĈJk:q=ׁ@,L$pNx[aMM{x"dYsx̕l?br~-a)nHQ,5KsBSP&<"dBM`Ѣ;}:ZXA(xq1,DMpCfͺ׵U2\؞;= l)͔Γ*z@43+jlr\1޴K^V*oQez[>nٌtWK9s(G%:Bu_d[iAtX`=$Dn-r9A*nq)bw<t%'}3hۥvѠrY07}ʈAްCHLCz Jҡ\!t7^Ӑe%pO0Ԍ-ZYS}}xݡB,M 	@%/Q!S0k:D<wpeTȝi$=]VI\%Ѩ+͉'~%Zv\Y+3FZ(]3;$`;PI2&|>?+^Gl4ܿ_zf@͗[Ģp-iGPCPIٛQr:ߋ`ވ.^}4:w$Rԙxg<7h%ȼnW/6RC~Θ̐Ҁ9b	muhy|e6j{~)Ÿ;-3).ƃ7=$kw&&$u.qH1h<yzg#YϷ:Y{ɠ0^ɞHT%9d8Ñ<IjI3=Oy{wuSR!@јݱ6­WJ-5/oW|œąG$2'R6JF^9n)jDے.ؗ07 s`Цԣ0 ZN(Vߟv1%(?Y1IvU CҺ.><ILWap7DV]R8PŹǒ$MR	kW4Wpsd^պ=n>TԹ%W˿KL,j_ eOjБO}"YvިLp)iSۅ'SjſULڹKʢfqcrpΐOWRBڳL/ћT_l8sfWT8Rf%B9G	ʼʅ'	UU;|z{$OZXƼ<e0w^RYfe^6&QkLX#:,W&3o2F܌3o&	G|bQBɗO9360BoBӞނ4YFHL,@1_7g;z"1Ћ( =6)ǌm{%2͕_]{ʵߝ;aBcgsCׁzftEVkZ3֌2g|~ұ҅^=^Ƹׁ׵nLqa܊/Ӝn`0eaށҊ.=EB5d0tzoi׹$·):ɈDh;ոtHVon9ؑ_ʤ͎3ćp%vxא#/ܓ!wU\y#ma](=%=&DkʨU$C[cûv9&J>ՕS:1B
Kiv~V	SM6J_¬c2ܕbFut(d%xnC3ޜKʯk9܁rQ BN˨Wm&--3jƿ"ӹ˙,&
:K͋~Ks	oZ'Q0%[jH?Vd<y$nH>!kEX[_xBX=1édf[a¾FF"#hJ2\Z'o''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(20814)))
