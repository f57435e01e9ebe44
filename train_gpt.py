import brotli
n=a=0;b=1
for c in r'''$4!׉D3WŷA!cƛBCz~ܒg8װ
	5gl\)0e	j13$Eo ږ2,{Hf&a],$SQu8X,ި,R[~sbؠD~DodC<9AAG1Vm3(dCQFb}{DT7nqwL
AmMfuCd;4B`"Mf'p$wO¿IPm<҇B7	>vҴ0}0-tC2*83Ku%h%n׃k(4{Lʵ 3hNgzl~&0$s<"K"(˥ykx/u.-0~2Qr4Ә$nscS~}(19 '?o1Woeg~,JMJ
EYWqS)nQ6؅5%ʊ"QוQ~d+YZZӔI-U,g8#iki$ҕy3	|ݺmUe/-
%=n čӹA/,ok,,s5l5`6qgGAb'W!R,%:З,pӕq#¤.ÀT@]LBD{\"/uԙIծ?/m!K)}ՃS^5}HtKNL>>.+x|0}.7zԏo&Vm%~ay{|Aɨj[ز
NySv~̚Y7=\N9"@j^Nܡ)ma 0M8#d:@t>\"˼]
	 k8bmOڭ5gOYT	ׁ0H oDsdqȹ)7L!	pm3`ww©¬ۍ>dK%*TR0{|J,!WhnvЀr}f3փI7/hݾU?LQRx{?ϤסDq׽y#@p$O8ԅف ٌ}B,PNg;b0[ÕR{M[4"SIzՑL	vNzCo١:ػ5!ܮ"	˲ZP{d^Wq@ַհ;~uˆOnT(yу=l{q6VtIBZ(q~c*:e؟&"y8r/,Aae#XBajB>/lcHTIDfJ^ؖyNS5X֝sӐZIW(ܜ lGǶ^1Viap8%;
kʳ"1#/b֡)fLO1ɿQ	"oXˌ:ưڔ9ϴ#<dYϤƟ6|,YX4/ܸQzLս4XF dh^Ֆշgq^)X_$K,]-b[;:J${CSbͻChٹogJ-_2`dd7S->}b$eʣP!QІ3ǖgl.,9,oX.ɦay 8
.6HǂLн˾3"LE"_H~*N6=+#2DxOS̔8_&yrv!jQF4?-ygd-CBQ!Սo>Lw-jʼeו4	Nyz6f/yء\NEֽ
9_p*?~ށD"vO}Qy7ZO{ݓ@@h?83ߕ|؎(6XĩTuQJ5+E#0޲NTVSiKgsYJ8Ʈp
Sc	MȈ1/pTUqlNKvJqK%j[*z:5L:_Jݑ](1m /wxߓQgkX>us^
v[O7LbM{_ׄˋ%''ުjuB7٪FS}`	ttѴBZ+pĵ?hcOmz*HgmǚR=)jbn@2jqȻJþsi6f]fLeHJWyI,fN7(S$eP|
(=58![hFBSV]	6چq_l%L#չdEǋ߫fLS`r<JrƓa!O|Zӽfr?`kzL}siF}

?WP^es'݄*ˢoˡGym[8ȨiDOݮ{Ǧ5XEeRjrZBq}-hyלzߒQC<8e{sP7QDAzJ15~~QJ#_{{M؉|Jј(bBѿݖC*^nMգ¡]1trt?̛9S[$$ڸAjѫ1[Ɛf֯HܽHgD*_l%B,)u5TJN*ws-L`˸BؒFaqɲ'"f۷ֻ
>-Gw!	}M?̤ 4\Gp='HX(Bc[)0'ƝdK6N $z}$qVǞDա~pr xj)՜تwg/*{gK@cDV&1O$0K>?St{"2u&ҝMoˤM[Q#f12ű;ӯ;z̰s*H)x]*9un/˱ӄ~k-YaSL?{j}VVF0=ФQ5+A7}9}WBYtBՠGSOHZֺms<:v%-:ZAFBiҗpoMM^-
CyBq.s[q0P[JQ4]`U0l)6
g'Geb֘\Ax.]1r@qIQfH\݁o@&OUnՋBB/.Q
ix}q5`xM4eih1DbE4-?NΗQ#}'VkU{Q@1TcZP=FNGE
[}<E:zҰ]v0:^	w
>K;Ew7O^H[=/Zb1n	(8nD#Ԑ|Yb%^:l(C~wIUtO[Ԁ&]S~*x#`ʠƚߠͲ޳ğ*{tLƈ!uOLZYYY@@چJDshQt͉v(zCÏ',c:;xÅӾ`Jp2=1˽
h@N'!1.\HR44ΛP؈1}۰fKHs&ym<ϻNN3>U_z+#/ږTIX˯~]!//Y-Q/yګ|vK߶e&H,K֦[ClsL.Ͷ?`OY0Fk_+s:ܵ8#nl,`;׏[0U[-6kv_1N-\Lmt5!%ʶwK/~*ϵ]S8,yz4
`*[[M;Ek,|>3٭x:LFB<JbVzùPd=lBohߗXĨv"{m.ddnߖ|nibPAgt(̭~;YGce҆Dv0#iexhrz:AiY)){\g1=fA-+-|8Xt߄R:t 4B/ ;GqO6G{Fa-p'?0s0yasYO}->xxS{KsȳhxϿ
Ɛ@K(EYE3zbc^5uf@Y#./)"Am,pAkXF V"@!JnģZH_"6?~
rK'|ĺѧl/Y=*>ޜpO1P%ZE;dC4Y sF0.]:ÂyGU$AƏj1EgYwگqʵs	˪ڡɝj)]hsYc0km|N_@peCs!n
,5!w3}ǑK>_ *Gn>dӨ j:pUb94"2k0>@-h(=d_2Ȃ>z#N(}BUȟ݊~_tk2ߨ ii-qͧm4xu!l~dFIOCǻ=D&QQX%Qzy?d,bd%@bS+H<h,b͛EERl0ޕ+ $>߫ʄFsaRD'tolPJfնsG	:ĉi|/m
1]]=hfZGr<˂5ɒEx`!d'ʲ0Q5sNx`<Z)2ݷ]J՝V6@*Y߉%_Se'bbQAl@A{%I66ʤ:p7f2?O?[]ט<1YjpQFRDp(b'ěMTcU9AýP5t7TYʇ^ۑ@ѭJc)ъ]IÜW)EnmXr>W_Q[
Βaf+ND6dVsY{dp7wZ_ZϺ-!]	mkޙvgV:dA:4cXay-NֶZ3SyAޮIz'7TdhNf)j!aĴ^^r7=,|rsѫyPS8WRSPS\Z/_Թ>iIdFWƇC3l٪;)`t[#@ H\KL+§KE!?5L*dN%oc'b>ŁV#H`743GD-z2	Z*N4%^cY7j2<sqK.٩ӄm"ѤHMgԠJIBE0{ChZGmWΐlq! f0ҹo+LW֎ăseǦOS`tywiC.Ę%'wg)/k42'UM@.JpܭމY.tmCku{@ش(,kuϬ6Jxv?#UX\6.LRlLx'etǲR&6>|LFa-=ރ	߀46[J؂axԒ
vnʶCcJexY^-H"lϯ%|hFiItJfMۼڗT-}ö80FuTf+}fbyB oL4 4Av-cbGL@L	BL&' P`lIuFvAD-	*kQ~1t֧P1!R\+>%5j{$Dסu54v6*
X7H4V	u]+b@9YW̝[dƚI?Gvc]*M_ĚA=`A#S]w؟ԌֵSu.@mCoZ>-NrmI-ֲ%OZ:Lo=bT?b?Ǭ&y/(m*Rw2p uP)(pc06DzE=E`UIa4|_RuQJZaġ94kR/p94M=6"Å^q}9Vgx4>ڵs߉upD'I99?gb"m?X;͠7^ђ4Weqs-Ѩ3ϧGΥn<JߑԠ$v1x+fn@ϾgקZN ^̠зw>k$YYZH)گo]fRu"ZӢ&A؉wbS%dҧ^|ufa68ψmv'wGט<fDRx
>RrŚ>1a2@|K%#4ǀlX]"`j&8^kcETIM_kab2S3͓TΪɪ:Bay#̫3Wvǩ?7Ա!kp,ܱ'ŮtJ;7o*7kԴX!vş"ܬ~B	cŇyd˰^s/̙H7
%EDlBmFu'I)E[w(ѱA%XOGA,TczkZ6+j!haUԻ(Ƀvm@
saFe:@>|[xY	D] p*{gFLxZ:v@B'߆.]0sx)Ԁ3Kؽ}E84A-Kͫ3RYXAn6r3iLK.U,:ZO~]
[El/Xn)Zƫoh!W;-/cl'n7F"W*5
\tRlϺN!6L?fp@+ĻW1Z'J)(&L_x(D2{sH":ʺZƩq4HPj s3CчAplcҜ{5!yQ
"\ɀn\[B̉ү
ݬKʒF?TdmR}>Uץ6ޭ6x=%8*_rOΜxe%Jv`}Y'	Ek1-8Y*VϞr:G5/7oeŊΖ_-yNN؋ɪWi~lƼKЏ;(-+xdL1{aID`Evt-pQZ9T(tðB)	9V
əì$:p"&=Ԗ^
Lܖ=	|/L{rjSÎF,,Ve#`IQW& Yx~K=w-Iw_.,O;{ŠWk dKߙv07+ٵ`y@"}9K!,0<HfTݐ>Č/;!uGaZ٤9VcM}[]O}	ˇGnaܫT/jqAOP/am
0g2!Z4RڌL8e;`͹R|ڴK]>4H?kd>Eڏ.'SCT+Զ"&hXhڡ-IvIN8PѠ	v8V۠J_!)A6rA>vo4NPN7'K/'̆ʜ=ŊԆ=Գǈ`
ʥóV'_՜MſwT)o:5`oiEdAVyΎs7#|ld	/X *V*'+Ϯ+jiB	|l9v[y
8N	2x\a4cd)a1đh̲l_~^\$PxjH8pdDqGEafҹbOZ!xM.0B+\?5]8>bۢ|/UrĒy߁˴SM']?9GTq-5r߬7lCS!%،q#JWx.u1+ā` ?o!5X-eФl{+efFǦA9VI!YOW0T!0یdffT74~*Xq7@>@S('e9Id9,->4&*X;%8'}iϭނU/Bn{D!k6o9C<ǡT{=!iJ@FbFh=,K47ߌ@>h>R=Г+m;NWnrFUݟcgtg*N=VelVa'BԾR	co׊u;\wzcyT_X~+,r)]gMaJ$k?+g>ؼ/|y(ߜջɟͫ[WPOs:ͭ͇βLFkD8)eג"o
SP:m abPu#X~Q%8g,-7;Mc**1կidAɫ*Q	F7oWxc6(֛:!yѝ*`P7
ƝVl<wރ޷*v)T\t]6Z{j)բ:`k<V۲|kí8ك-3nܒK5՟Ǚ4-Ҵs]Κ8]A+u#kbqU#ޑSEǨHX\פ-\\gFŶl.ZJvCh~TjhӢJ@zLֆ4xĺ4ɘKӇ?nz̍۫rTP
_p+mgsplgr>J8+n~`v{eeN^oC	2N(8HF<@ۢ?ֶ0Y9܄ҢNl
< /^fj#%y%T%
*ےNR*XĒauͦ}63Lz]){GGdukL	ɌҤ̘ư\k9hԣFA1z{ADEaIޭHü{JeLs<]pVXShb9qY!/_E;hoӀ!0'<gi}tʂg{CGTx\tǸDbqÙRԸL}Jw[SKQ=AV["rHghz8F+M"تbr[r=?Ol-e4]iDd	h`ˎٟtH7.ͥNŒVZQLרذGvc6ݥMQܧ0Ɔ/5IzЋpiÀͭ7\=#RNLW{qr>EKY]Cz85rQ6Kr?:ETŤ|q5RE:T˽{ҏjQi[1P&H(V3Ko-$E@wK8N-*2/Bu(dc!Miבhw\}oK'ң.͒L%S0:f3ueH)/̷BfZ_w3[5mO*ڟxycYg2}9HpqSyEVڶ(!`ڌcܮcmܑQdߩ}8T<\\p{2hV{hEuɬ3lԋ|V_cM=(&ǥH܌ocĸafm+ҥ`>%p=J.M;3>3]L7v;"91mˬذSShݍOW~~(0#֧9ptȾWsٲk	7\	~
~ŘQʇ}P1>Ȍ'y@xTp'Ȁ& ,6+MgۻC$Q/sR=΅ֽ\RSY[7:>CAW=a6
L9$Iьhۉ*<EYAԛPݛ,մ6\!7mITTOҦ>I/Hc=&IL}ղ0Uyʂɉwvq?NRD0NȲYby%Igڭv7;329<9tE$&Ӊ8{zF͚4v07~?ن(Q>9Ɯ&$ltIpاZd-iˎN5YPTɇ8Q}m&uv>]Q^)ĢaAN>;6מgwZ.-Y%:E${'LCEglί2u@*DBki-?INd1DԊ9x1ņ2Y6տ<c(VƘX^M(<#ĔW#tJ8Dڰ5R̸5:NۃBCv~r[kwox"KMU:b-JaEWHϏ"sMhd
`ڝTx9%-ƨ+YMHtĸ.	v~Xfd%)wΛR*TtMnBqWǇjQG&?~FVIyydDfPkaˠ6w]G	Yh;ң2UZp9ÙƋv]5;E(*xݐIlg{CxLKaM
Yը5tSə!SK2Rzb d5ÖG[1"hPi;ݾ;U˙yLգ2f$Aȴ.U<+=i/gҩ$B
BP`eGԳ_[_@wl{έ{lS'Ӿ:;&'n[9ȑo!4Uy'2ufr	hwps:iw4 zR:}vǡ&CH+շ"$-rl90e͐.C݆ʋç&8ȹQ7ڬdۀ_ݕލ}1ɥ50ևyt!I͘߾0}rb/^YCS6~z-5dL=0uؒbE
8]s#9'{taF{xcXI-C]:H}+phR:m3xz,K5~y?EǝB{n*%%y.tʁΧ'"LK#h`Umbo@02F;{5AK(GcXPY6M~Od4x1nGtu[[Pб.K87[:(%wrO߯Q{j݁x24/(2\DbYbV%/T=,ˇ]$u j	CӅXĵ1gΏPixظV>5ڒ\H֩<hjϑL6. ɻ?WOҵ!'&Q(8-D%Ş~wT7QU@	Gߵb7":sie&#*v:qMGM}wfS&^02nܥ:"pǼA.7׻#6
@=Q'hk<)s!
{a4U^`.'88d\}|+[~i
S?6w$ȼٯ} )Lu;AÕR:b_q5iDŌ7}xH`'!{.?P]T6"Dz޽ȴR˳O]5OS$C'xQM96YMs*,<)Zvr8HAĊ%yH:'anU]mSE(iȆWw0̉d<_BUv^S]TH::Vq H؟&d@C(@7j-ʼiӓԁ
#vBN·b(>RQAW$^=*ݠ[e,L(.uP(q(p!-bqmYԷXSmuiS٭
 s-h&U?x3gvЯf
-h_	_ןγ{th?ݕ=f&KT
C/@)	OӮ'9ȶeb,P7PѮI-l?{59Mh'8&b1:<
(B^@.Y<rϜ@k3HWyh qVṈDy.l~ʪfb+"ZC"sϜZ[śPM5Y;VYLԵyn)q(ړ1X=uĢaICse"<aZٖӕaܙs.qݏg\,jW%þ2ϸǟ؊yX	mAv_#?a]Y;y\!jCa;kv*|Y.u*(uiD0BCg5˞6ݼ`us1c !Fm,2C-SvLל"~]BC1i%}~ɇMdS<Ta$݇Ղۺ4&ގ	Tһnw`+TE%CбH-~%ۓoeA"y]Spdh&IJ
vxMOsN%4a	 !ӑ>8Sv_d3*fnDYTvޭ1H׻W%Q~FN9o%v>a_!=JlnheM	բT>}.Ghi
4Qk|~`Κ%a}L\7=lo!]WqN\4nMŊ@L& ^;Oc5{a5! 81'L7N@ʬfݥA8?"|Ok¹h4Nyڟ8RzHq,m=\=ތ9G	66 / /J6Vѷy^PF"ɴAe;\$+YCs_0c~DݱYI [!IФw=«#WL_9ɹڎh	9aٛ-L}p~k0>e@kgkk$Pfv=_t;fDpK8P(ۦqVFcRJd?.[Nuo|uC*߽~X7u]{U#OZWFANxm#[R`K(SG8Uax^_ߝ̀&Ʌ2Gc*O[AQ2%Ǔ6t ҏcs/Ǘa,Mj1:$ \{,Z(Fï $">3˞{QhbG?R0ri~G0)B2kփTFRE&k6ME3'N|UMFJNf?Ď!"J/*V:lLΜw?دK։IZ;	"7۝Ϛ'NOX[4'Q91@ՌN?LE;\V\n{/H?tR| i~DuxhPg\Әݻ=}!)/\K'г?s;QHߪRk-ޯЛDԣZQ<(Ķʫ=]lΘr0f:krrDrV̺	;eq3ؿA'
UB\éK(ZjSЋ<Pt>SL5Qذ2VxA5RTZam3HQֲ|+P{ȿO.mt'>}ɷK7U,'vToyAq*V<4%g,ݫ5\_7q#9H430QÍ;QƄUΚYɛkapAO	6n8̵<r58t~OkXZ=o2BS	&ge\_l۬7ԀϋLK5U{V	]s!!$7RfȣG..&y<j#Ӎ/to^K6!]H8+6vʴH1I6n~Ǜ"},̿˼Kۇ6o##7ˡU3fb_smkܥy^q.Ni>|+~{6
:XD5ʦYuڀ?rYEH3s &B{>Z:ZՆ)\As(Ñ;5yRN<Qb9Ƅ'XReW&ϗ7;2]Uk1]ͬ{#A^-[kѹ4B4_ofۡ,!XEr_D*"ʡ7ZߪcNE?́S߾=ϰܬrH:Qf°ڍ]{"~*j$"թOמK=>}xb}hm8G֩lé";ǪU"vn5Ӭ/^gq[`H_).g:NI0-uXyF
}ܒB5PyK߆˰<mY7dQ&Qo
p	(,aѢt߽ %GUׯkAY(@HՐ^/ŻHeG+̯^^BULXQ.(Ȏذ]1ٲ]oV$Jѹ'p8ȧϫ"l<~͙5!|ş@IՌ?t(ߎݔ%	G4:8Ar:
~:G24NʓYRm  iVaS*nY· (n4
wKST0L[)ʐtVΝr`ci/_^,f$.=qH"'iœhj0ϕ..(	ӈY'8Us!eL#-jۡtYi4p	O҉53=#ExK6JIaAHQі5$Vjc7+oƐ}!׹.@#q6β'8ݚv͚5sCmːs9s}ty%MhXȹ:5FBۼ$4vsպ2!]N_85Qf<,L]AȪ!:4TkS'L#+m͝r~s[SҼeܖ[q2}O""y}e1eޔ2<l>Z
}bibVtlp9	ƪ;*ˠ>3םr)"2ģj'm44)My6fU=߼-X"%||$ؙQPO^-aKlVYz\Pu?G&M]6"ُczj߹d0c+rn7SIu|ג$73nnmR#r6uɃ֔nW(nfnO&ǟ{yŞDU Hw~FuGUʌp9q|~DTN"`ƈtiяנځԜhB2֌Uqv)
C!e<rſydoaRϡ ĉXb^گI*9QӜ6R;dw(ˬs>>ϣ	e*{e/zߗ+y}L2ȈN;ſ?կiGmE,g_U`[pϼfUeĊod2hi`ݓ:º\QV,YA£pH`-}x,r%ˈj_
d(K˻$9tضbxiX*ָdHh/VO1`TM,bs%y+YI1'5ԆK~9(|y,%$1."/T&h
H5e2^qކos&Ҧ7.B7@xIl7ȏqԘ_HgkoQm-}G{x'Ҁ6`ޙVˎQ1R9XM\%kج^.i-PcJTLUN(+G*nټ#IV]4ț$0E'o] (0F[l7f3% ܏EnTuWӮ?PǷ=Ȟ/lLu_̓&KԤb::5UU&n @,KʕH΢%d3n^6HKa{̯[G¾/rb.U8YTn@@Tc]ޝ69j5ujaզԼW؏gh[+rJ*2tY@r6?6JN<tٻzo]C+G:	D"AZL|v)USXrĻQ/D%P9̨*NhI^x&fjOdYucfT˭5&¿>VӋ~uqCG7)!ۍ90kJy͘Ϸ\7L;ԕ%kܜw^o*:l^=W5y3Ȭgt4Be5ΣyH5"P^GJxc^z	qJ7\hҲ^ЃQgafČ33Кw6̇:'ɮBpکj=1XmS@c.QYϪ8߱9K~`ZUخzQŤɜn2ԡ>La1l0A`u69et|GlnMNsA͖G֓Cjű.~q
`
ΉM/^hDTr]1q7֌Ūă'Ee6:9ƴmPǩfouv{tvSMSdd+d 1[&oЧCdBilh-},$\Ajti/WDЫYcw|A*ǟ]S0ӴQFkzɳ\VɆʕC&՚+:#4y9ZoV}fyQhD~ܺ.es,.8N0sѯMבNNfyۊ`ŋ7K"&X҇g'c[ߛb~3NDnN}kb')4Uff23ɚŽ7RF4	
ß:kZ[JLs#%DhF)]4ۺ0	ASːHEp&űڅz8n:D^tk#+ch(тa.%B fvŨGFI<)T6<z=x3(ɺ̷n[mw؝$'Ld\=;BW'nC_Q'?'+nzh͉lqA9L!ڊƝ/b'Ti"6bȴϸ!lO",+K4DCV7sRMj!jՊlMx2<UPԳЉpgW+xHMxi1}H}:dV8~MA"{ڬk7>ɢuelvV~9}ʏAVW~W	nH%)l`SXChȄ	`wC%b<JȝѤp})p.n9^YXQ>óy"18!a#1s̀++|%,eJެ#Ř``4Hh3׾|ɠPIJfjPv}U ێ
ςɦevAmfћ#?Z4jt3m޽bUWJ\"qF79G<EOMpC6j5ʈ+:@UgZv"4k`6t&<l 3)U9SQ4\ڢއIÜRAi	8݅F̚"5sJʣY#g:YV8 W`iFoRTb"Hĭ}O$T*jZh
c2Z6ӟ
Pn\Y҂x/Z{1R$h߃
S~̇Į(_M65ҬZQkT6:܈<TÉES1ej|Ǫ;ȉ+>ʗݏ"#֌`d%bQȡbӢZ(xv݊KcqVXo<E7Դ8gХډr+|i)y)=xr|!wFO=7#۾α*i]z.ĸ}Ocj	V?3IYTů)X*+#`0O7 m[#lìu5>aaǣJX(_H$,))ߩ5vAtJffm)ɘc!U5F{X|\ƪ$BQď5~@ycؔǏ4ab~)N>aׁ2kjm+|D<-T(/idƳEȨًDɢdCV%F9Y&/(Nk@ gcӋ	v#hJMߢƾVĶ"eXH3t/a=%R",*k%4Bw=<XE$F{_$(Ąg
U GJNkʋ55[|1٫J!_LFkh)XK^;9"Q4ՌfiҔUPE{Sɍ6N+B-2j,\ʋǔ!ӟj[|w#ٹzr*.a
4C7׿i;wKGTÅr3x$l/d+]s¥X% l^\pRyc;}v_sp3`9(P\	3(uwIzہ|N׫!TE\hWpFߛPJ/oP:-xf*(TxEʀ|5$X7.6£(dw2x'i+9Y
u֭U^L`t̝d5MЮXڲ=M1y9,ZB'DgF*=9n3 g16Ħ/zpXbTYgGp%akpOpuiS=RkM-JǾǙP'eөоW9l#Ϥ^v[Uiwi
8)!<,46^e˱7tEei:_q@IS1s^3]	Y<1>`T+3xuMI@JL_5ŲKb|]bL#6ooW6^,_z'GwYm+Jgnj!vq]WzcYX:(\/&~O'2"ek߃_I`Nj=ܶV!?n9{ږoLx"%4KxluкNP@P-p^
ͣbMb|-(-5bI}d~OA1q	!{ɗH/LZ9WkW\nuDv`?+s0!<:#w^BWM.N+@R!(4@ZSd+hkoGq+{J]ů&s-S#ڵг8܁͂hƕbk1F}Ci2^ndЙl?<H,vn>)]X<3s*UO<Trvth}ukчK3uڇP75qD0US8W9W4|&b{z7E޺9v;^ʵ3lnCڧ_yc]<y&k~Ҳ&CJð,:wsWٰ\HH.֋FdKp+|ϴ].(z1Ǐשw˒I3jFBy"}~0.§W)ɷYXپγWG!Njۜ#SiORVaneQ»mPLtWѲZ1l!xEXX_àNć_
ܷZއժFْRZ.D%$A6g4/yS,)^={It׌ֿ1udq=
H">U$NψDXU8
v$;Q˚!)yzJ54D:"TwժhIy&?<?)g0kf;ݳSejK(e>Izl>za"
ٹVAlUl	܍UFB G*.?EOVF<6LѿUݷ<3
ĕt4Wr89LlK@'f=\a0U}B
4H7[4bzg{>n~ȑHfN\UxOfrSC{qns<<6BǓE1<<o#+mWωAIW`f[zt"sȱ%h;Jx&eL\BJȺ{l_BUϐ=%mӐ?OQq'׺ePk?\80h,	&f
'jo)ޠ	v&2jNRg|A$U!S%:h66-Mqϡ2JTx\dn?FU҅,ߒ	@d7h7vt#%ǒDԌ-Ӱ	Sxga0B8e?tu:DޯnEX+oR59܀WDF$ǓZ&Jj?БN=zSS0rcjP7ц%tY"FISR؈#uMCF˒1a`Tl,ba	NxgOZ &Zr*g֓@a֮gy+ߚu_|Ȝ_J,

PY|lI7׎=0>B{|ǹRХ>lGO(ԿzߧQbيDYߵCjwS18Xis[΂y$iv3c'xI۪Q=J5l{a}[@NЄBpWsSJ*δƑ&HkC=bn;>0Ij$(m(j9=2dui6+fSK؀+KͭH˓7g܊>bѣJros
}=Ҁ}BL^wIđjA-a;6IB+Ip4-2V2GS4"V5a;w$ۻ0+D+{ uq\ډŏCBP"rq|[Z{װJ4˵l;2!<@yNvpMۢArIХ1ߵlvHҭsI Py??qDYa"qwsJ}l)ݑɣ$ٽn,}գCz1Ý}U!0ܭV$cPylm>a(0dD߮ϤY$&#qPupr'$Jiadzڜm:H|ӓ7_/	p	>J`dZLVa_;USB;F-ͤJԬkoc3d9E:.6΄1i]@"v_m6!l02/j9ӛ:_{߻bzĘKu WGk$KWo,u*ooվsHF(%׆0ӓJE[YkgC̯9ו	2Hԇ]R]ݬ1V@KzwπlNag81B@s"w(GMӢY܆UvY5r"hPTٮr ŧm%ۺ]c;3Rrsو@y{J)UNQf¯fE%SZNCOM(iL;Ʒ6@f̙dnѻK֘~ϑK;tD:LX͡Dy5S_+gZ-fkHurB;#FQW|=cU!\1ǔJ60r$.};{2YO]z|Dj^K~?\u{"6~-,RhP6ӣKn{`]73\{9<O!+U@K۔*A>SNg1!2P])+#C1;7=/d%qdMzւ9jpDgoyщ>͇ɶN"!#.[82hlٰޡdkء@A$vH9m,L/"",ރU*-sHãi@:]deyEGHcVrp* z+/R^Dr֋4jn`04O!zvֻ>`[LH	rǟֆ!5!d.0cٔ[ׁ
%ҌMƪy}ݳj'_ _@,Zzn+o"!}zMPw>8zA$wO}lq qXy%zÄzlĠ)I+Ż6kJTղSɨ)ȶLqƧ*}G#J؜"M=3}78eOݶ^#ֹ	a2`YFG\UU.<,=т(Du[ɚ~e/P~w5Y9;(mFMנj
[QMn5j|2<
UZsM^67E*|S$d?vz0wcǒ~οlz$eX\T#܇IQ>{y^\,=;{8_	[7ܞzgέ/e	*G׫{߈.\57&&,%h$G׾2DwJmg`PXSlО$>OnIÀw?XM@pK'[!=W#0^ږJQX?ȵMplhzFPSi?>@uq$G'AnE|ɨU]ۇdsW><W`ѕ3\K;mVεB3fB4Lg߳SMW=}"9NA{шyVd@ѡ .[ܿDݢFn&:n#>@zZ˓XOGH0QMp\>Bc?":Kz]k%ϞLySiRMrlݐAI<eZ%@'!_m|9[eU~УUv 	-R|;Cyħ9AWPB$řՓU4	8d *#w)͗M7%&Ե/g|͏x_yR8g-Kc`ډOr&LMi:"I9pC{h&џ>qEڥݨ.$Fj;/
}RO`]t4ܴU	5g#c2KwF^wvҹx((=6TƸ`Ɯ<1֒˛gH-D
ql%#s;d:E]ň;CGvZuőZ%Q_bO؂T/9HsT45&5?#ǝhWg9Ѕ	L^m݋p~.nt,^u[z?ֹ048kcЌ[?ˮ=Yk܋Z"vmE=w(hCvCH`Tƣ>g5yv}B2ZݑY ^MD؆n7~$I(	YLiF#DDJqTq60Xd7ɧE\3sWI-,k|s^!E\l;-hHdҳeNZQN:XSVoѥ&xRHfU\U-_i@A+I	v	ǝ vkO:.I|dqІ}tc6| <;^n9C7#5Yr0:1Iw[:MD3=sMͲSxE+9Ջ|Ezj`62)tK?.UDQ
Rv.GhwSԈmHDJ޳HN
%	Co3}f'Ɠ=SN`DЧl44fÄF;68ΓXn@<8z=Ҥ,hї,_,9ßy׎?]0|i"DR[il-O74>6.#NxbswKѴ<ΝۤdС9B;ZcÞo70Nh=.V^΅ԡ~̯ʿ7!hք)kږ9$7sg+}2h)'\Ԛ
UvA1c%?pG[#ne `O[|hZ `!\ T,ER_]RWbMUtɕ
˭-ȉigm-ʵ/:р2;It6N2$(=E2?FZȓԈQDY)y&TN]8^wEk])#-!uʜw,:Rǂ:*[9bED+6D3}W%oCG1̍=b8F۪..a<,хטڬ{){iN_=u)U$c_ɵDvt	2@D}є`{C 	{J9S<Ȧjd޻^$;%]%VʭȐ?m1T")"] *J˟~9@
}S?ՊL&*׭FJroɁ٧Q{ɸiHY/WۉṮQ@Mg4oE͐˷7S6\!h,Û݈\M-_֓
\$ ̣g&!o't_.]K*H7A@`djR| æƅJDATUTg-?L
<'Vsc*+t#Vȸ==-;|?0fћv]x/@Wz$bzuƉ%4~686)Fc(7#w(+ڿπ/)i6h44#ݷ?wq5ܛfE+i@i՞WT[2jk̚K2˟T|	
/ԓ]yɹx4G[TH<y85فp|'yky'?xAjΡk-õ߅w|9>H26PF\MTl(81.Kb^K.,`mJ.r.TRT-KS;(s$KdNŔD02->.uĒAٷۃNKxvu	JH!3C<):*67;L@+V/?<ϲ]xޒIW1wLP7P?\͇.>qC]"z<F.F,YۙHs8IIvo'ɖɒfNZj0پxY@)-aس~.j8,&qO]/6 *ɭJ΂]ӖS2u(G0;p'Ϸ=W۽$/yzMv2O19}ޠ[vKʒ3cdݟq4ۉk2ђbCv]AHoM
șJû?ftO]
uqgDt"A28&	Πd=wY9ʶ:KĐXF09[V(&Er7PJVgU1b7+|kb$%dXFܒ|}ڴBR 94k`(yGB%uAhr$(}}\A)ٽ&TMiĄ	=!9s;_d3=#D%0ɕDoq=%٦yQTQq"spτn\QŲ٦˝BjׅSw=Wt	}]5r[E#qvɜv8ֿɧ<JN_>پ8K<zĤxRIDDjCH8P<`^SsL{KvnJBjBlzVn'as4e<kps=0w}^zS=p?NCnV~tQ-zUhGu׃s^CnC$ɏч &lxeDi8_EBӋ7ygMp"
lH.ߌ=7&~g\5ܫ#r0kG}hl(81ƪ© j ydUkhpJqbҳ}7G
Lxϗ֓l(r#q,,ٳ&vɴdu+}NΓL7139OnW8`tdƻT	׼R@1ʯ-PX*xv^?(_Mi߿36ɵzRغ(=OuSY53O"ɇ/Ip1Ȩɲ>J$ϐNn-`sqSN=Ѱ,Ȯ>zթs1VQܻJix+%%JuGus´ (u70vVSOe^m0wjıL"RYc=Tb k=i/\ɰ(6eDpO>\%3Pt|ӉVJ<
7AI.a33+*BY	rzHyADWHb"FDHͅB_gA)w9ȟEթt/liζّŭ	8f\+}I?dgP$9w	
ẕXIǅe
%/TYAȇ.lN۪A}Tþ	N}EuRR9h;F9sf|Ò1SpF̑Fר-(AX@ۧ7`ݐD(K}[mXec?QO*N!];xΥ*BnOeBH֌ɞ@C%U j0;v.wyފ:ܱS~O.2/cz"z	KI&;d^:oɫY>@ÁA-TqTO8@@J=̪Ԅy'`Ӂ|P:cY5'tyyT1ٿŞgO!(+WMS|r@_Ȳ˾ǇuAdZ)jݿq,4bѯQ..Jn?I/ɘ- 16oh/r"ׂ3|.Cd|1[!:OC.v$SU<wlFηNPƴSQ+ITx9p|U/wտ!ӂ8]>ÉҰII3Ս"d*B,)+lŰwd)-Y^Gے  ͧtG'=Q¸My&FʢxrܘȲb'Frca~-szG~[pŅVz=AIn[c߆T-zP\gף S(P u>dV0S#-FyqjaĀƏ|wroPqRAZ/S?(T+<ZQ׃DITW6,Tmtȑ)>KQ+T4ZYtP<hWt5߷=x u\<%@8qN,m_}dJQsblّ%HQV*JZtQI"N6ٹt`]R̛ddM{֞ds(cY"}_wVďnoH(",ݜZܯz5͖WVGDٸ4HXˊړG#;|r@<
[]fٞ5"^;?uowJyTQGĪ9<ԭ(ԭXxpsm["u|$-̑}Sr2+.f
{%dع&-u˚
b֐#BʛTT6`R?lOע }u4j5ĝuK_4:a[ˎ8['@T''M-BVl+ݏ7Z7#rQq>:~)J}µWzkݮcAOupjaV=ƔLCq1.kbWVEIduY;0hT	uN)TޝA6@bG*2)PkeB߅^SɀoplDޖvS!%sZ-WՃr_ts,	=G:@TB\_,o˻9X;6,֞#z6UԩVA};05h-E?[lL9%+B6`ZxQ(g.KN,"ǧ%((T£5jPBc&gV8ieEU0*z`vg}.õ"gХ@ZdY6[XDdY!-hxwq)lz2/Ќ<|rpt7J(ȇߕ-ȊWO:,lߦ[4J%n$A>mTO@T3Ȏp]QKըN\xlk&ؾi
mŢ"|ǳd(8Yw!wB~j_="	Q:X|ʃ'8gǶxw}%9a%0ع|Ӌ4$v!!ðD֎eĿ5A9<A%[4lc(_ԄjؐoPŢs{ӏ}mky!LXi(w*8ͱG"f}.k,?K-l,kkIî"0yH)E9$$b*5cҰG/@c9J؉ڿͶ8NO}>/vmϩ_I%ǩ![{6:5.8NCzx?AkOĂH2IU.c7""[:AxK$1Zs[!8){ZefGhTو0ɘ{r9lUZڙ4jE^>ټ)?spdHßRRSHר^SAlэI۵GhmЩ	16E#Y
	qѿ3xQ՟ZF<pe΅6o=/G,vKR+i{ol\\PEcX9џ
Ӷ@ߣǠFlQЌŖ֩w<qSV8<sræXۍxP',:]ڭibfۿ *Oq.H\8өU#OLi|\-^x~vjPOG/nFCTRϧ`16ZaOnvXUA|tڷYBX)ȭ5J?qv҉t,p(>$pژ޺cƎˠ35&$jx`{&W(նՔ=ԛ̒D.imP9m#rԸ)\Q0αx؊eSW1,A;6r9C&SEZ,kʩA8OR_?tmTY4UG{OcVxb|oiux~J#s˂Ӷ@8S]e+I~RŒ,Ǿsqqr,1͕\QTܫ-CzBGΕ:I(Éۮ݆c&I}ƦqQnXUSAF-blk y
upag+UkTS<%įavZsldkO7({3م*;;ݵ3@'Μt|^	o	g!te͊P<?*kI
,iraURӁ:{{NJ:utʲ-z*#|0EޠI՛BA҄0ڌ oB5'xK_ghy2א8BDôvѪ>OI^Ts&&/ts# %RL{Ѷn<Ln#sv(=1<\aդjz#m̯חt	MӞ40xЌu$g8eݟ^QOu|փ'b%ԅtpF3_^E"';H}':P{k_8.4'zK@CgEբsxD|i8Y7)<|iˮ6NaYȼr<Vf
Qŉ:P)B-/Iudpж$rƐHF>K  0[TɌ@y'"͐KU41zzgqŐIWъE՘hzTO{7~ܹribs	pݰW֣)^>2`8.aGr9ÆـAA	XmFoOZfע&Uǟ>&{YK"0f	4STKH
\"|MFB*N^Ǐ&JMc|ܩNޱXp6<̊DSbzA,֢(vܧхgIOZ.a֛wm(oǨ77&(=j@efUA{aAZ4^
cj-ctÇ֞Z%P2Xbk3/*b׼jX!b$}bwl<@Dd`SQy5;M!Bj
?49s;8$MC CdM;#Kń{zJ8"ah
}t<G6fM<݀m¹JMMЙ&I1ҝƍ\06N;Z/gZt=Kfzs*B_MD?.g
RaPX܎drʶzV2Yek^cc9dƷ{.fG\9Cpx;R۾uEeX;> yZuƫ{pfM΄=)]{iF3g˼r!r4N̙c+҇ЍH7wʁz'ޗIK-oZ>&H/XuFμ7ܮh[q֗6knj^iQnGH3ׇewQFpC7H>MujyUHyW!L֫}V
tq9pP-iUKjvV&_xYP@{\:P5wL7ϛBmnD-=h	GΤ}/WSٖAԀ1ւ-Ay0->y~w \X&ƫW$RPasr-c,ޡɬdPӘX=EُxIrݳ5KݹJbmeLm+[R~j38o75#wjiwXԿT$@q\z& %SˊB̾\7tfd!3=Iohٶ:y'-c$
Z½zTdP*wJ̑ ̍rЕ$ v9s҄!d<ms9].8ybZ{(ޑP4:.%9G3A2Ŀn/"_Iٓ̫Bǫmn-$f;/ٗqOyF{0ONlCv/A9}OJ{l\q~ۨG#s0stM}VR <'^?h-wNMNؙ4o0P1ػC@Sϑgb(Zaψ393o'2g!\߸+5C8H6قܒub6ynyIej'DiVMM"f@XԚn |]r=F$cqI3є);s.S}DQ~Ot{ ;S8*Y_7(I̧:Qq,mq>i%W	RK=f˚A	V!Ygh>=o\/E)
IٻARAI^HL1wǸ!@k̚S"#8/}}[#AN8a˩m_NRr:q˄6nǕbf|U *4%&R$c˽n;;avB{Σmؙוj-D&amWzeǃ}jHݯȹV!5É^2F>ީC+v,JآS1ʘiЍ#Rm#5{`~Vn$Ƙ|rp!%ık'5n,Ļ}R4(Ab"SځZڸ*grIduSWW-4D41-v'rӞ3G\[O(mEAjyjzAUmGl8A˂YטRDaQמn
SN.*1bv*߹ysEr\J|(D IrVe¦9!'q7.ȫV/3~qŜd]shYBx2:ql;C;Ҷݪ=`ؠoֶt7~bOLq:)(cl!!q-y5zuq@ͻ¾X+|ڪ{oOΈ0ۤ3'G)ɏBm(X%Ք09EfE].rA1/_[wýǱ'.BjOqcQADߊQYhձѭ{E/NԬޒ!~`2l=;M's'	cwLE(ZR;0ƣ=u߳@K1)~I?Z%@~WT7.ERύ{/]A	0cqM!rGgw-m-Vʼ#c5<,ܚmSm@df;!N`:aUj
Z²lM-hi&-`Fy)V̷Ke߱Kz؞`CN1ڼkw2eU|ЯMij֩ҭ}5a%ڶ!T˚wNKpT9KXW܂%YzNǀqa~Z jNp0SMD`پ2$sNυJi?߻WgK),}X;"\/y3b/y[AʋOqE=Mdç+|gB8mNzFEc[m??vl^(JP*H49s~55~?r~ؙC:t}<	:lTmrլupcY=}ҷ;sL(Jhfw{BptВPwqFT*.UעemV֗*L0Je2Xz=G0 C$Ȼŧۣ`!ay, 0M	@\c!ϩI]mt}JPų7m"¾!ܧouR2N6
,@mNG(?IZ8U)NsK.-PR7~ܣϣgU-Ljt~9t5ˣ]<Z0fAѐm`Ѵ&_QYe9jwe;G%_y)*R>`Jȱf#p$Ui6}dIԔU#&<SZ.Gy@a&Jl*SFG>Uu;Ů}Soz>p:#;>%Wo	Z>'Dl߼tC)Ŧbβ0̔s+mĵS"7L*Wj݄Baŏɏj|N)aM?@˃jQRl'~~m:r&-&ŦI|acJ\k$7Ƒ\M"(͂X7҂*xMW6wmȣ-$<}Ʉ׳n1j(ޛ؉,.<sKnGI̲KkQmjf`$	b2͘V|MhgIC4As4,-2̢TC`L.Jԭ0_cBf1w
~S$b00
oIaUf+ŕRJՌw9Stٹ%Cc<IsR]Of>5|a))3ص?Klcd!z
`-8P$\ڸ4p
Z¸ם3יhqsPej-zC
Y_KN֭>kuIV҆|]$ֽ^)Lދ_s9əH^`Bb<޵)f>AW5+w(OY"G=qs˩TEQS-nʌv& ޟ
PNM4V	'WEy.ǧ"ûO3JݻhSƃuUQg6X9C0Wǲ[g]L{Ŵ**CAhUܷ4vMZۏ,v_}HCm;͓ˇהC1U#
ĭץ5q
E,"^JBd9i{U(S֤=5i3E~&-DJ.e>-LfԴdFʠٜԓ<s846CYP	fKߢ՚OrO&yҦ_/E>>C91;!z߲3Ŧe7)RBެ$jCrg=m0Zy+>DT4=FJþGK8q?fƓZ@yo/ՉUSkoU83>``rtaw[J&@sLXAit3ƀ"`

D$i̵9zOko|Pu1wW:	ГpאsO{Ʀ# ųWsxyӠn¼>ƥX:ÈB.l'T۠:ToҪ=bd^Ld̗Qju#}UNB0hg``qѤgҧ259;-)
i`Kx[ӁھP7aBQCZX=WbUȟ̾2j}Mܷt&@i]eտ(WȁOl>5-;6vkp*=#4\"(ޏ|>$BtOe=&N~Yuqjɼ>֐k`'=i#l$Uª"L5Znd;lu^ KN!MԱ,δLYR/K;UM~_֮QΉT%ǰ4, 20$jԛnexK.Ոuɏͱ0́f΅Xљ
EŠ@Ǌ	^ôSɿF)UmF|t>n(F3ǗBT<˰u;էka͆\xGYkFΡG;[[ E;bɍ!>ddK@"fEɊ1;gOǒ'Ė\
tϕ<8S9#=וӏЂٌEAQJO	'HZ;ߪgM-DimDL6
1>dARJpܓy,iۈ"mW4ݴQU FX7gH{b Yx-AWkG*<`͏H|kqG9q޻y^3	+kCL]׻CtZ˾jgŬJư=1vS*A!t]=I'zGbH/+QD5iӍڢ[@]u]YN1wJ7AKΧ6\h>/y1C0f\|z8-0j	vd<0<y)Ekfۖ'{xo#^y#?-N(t|#3ܱ݄p]4F:;`nţT?(\5ox=	U*Ġ|P^IM[s/w߻܆Rȳ%"Y?ֶjC+{ļ+'ھ$Р/ɮzk(w*pCbY܎jJ۴._^V8͞G3ƑFPӼXæ̸`LnD[C{;2q;Lm%Mh!+"q
Ph|(ͅq.%`zA.ݗdL#,$LzWV{S19=j9ǠTp&Hk`^lKm$ɮɯ9*Bnw	
v|ߟ֧ǻ.W7e0#V,رii&87xldacn i:Y$ʤ$\]<߾}7Sw-fWg>ƺXuO5H..X{Po'C1KQ!%tƵ,HydtU?{Z7ʁF(R+Wĉ`kK9~>8j($ٟwP<~4*߲Cv.ѳ#ygcQ,#̸plGk&k$m9oUܦE;UecYbUk#xށhH}9EVW	j1\vwk!iWn\b)rfNS	N!yv̓^97SmRUA4պ҃}ʭtjK	*ǚ1ʀRYwSo7m	XCV{׊يqR9L HvauLߒ68
wٛMRɼȾ٘$hÉ-`j-ޡφ;z`u4>}E\lSگѡЩwbQJ/10r,Q9nd`cݧ9k$Fb+ ΌƏI?ƞy=!xO)ZԢIuX¿gZd2o11hNX
+ZoĊ8cd=(BH݋d2;.g9	'YuO3IOB3CeX[݇aF	/t<\4Z'5͐k^<dv ôB,d|2AW4TΖe'l9E?	.RAgXLXbҪc/5<r@ٕz
z7]w5$5"ݫCƿ`WnRd&3u lδzOΖ~HO)BeC͇B)^7x6^6;awvxVDz}v0˯-1}C8\0K--J~>!%kovE3_{mlS]|6'`	nmڇG+<+S͂,TneN|M=5JK(Ol;8O1LeTMt6zkБEKQ@Hxڊblr'dt*b*g.ؽY@,A1WAAQƐ-.?^юCըɰpH}qvRqC	/m~t |#AnO,M؀r%))lh-X1ӒYQX>h(Wǧ8%2Cv7"mO3;4I)&V=7Lzۄkݐ#ٷ@Revq< 4q00ͣV,dƪ*tǵw<*1<c_C`?E){;EYd<&DwUfWhG36b{a%n8%ի;ˎH~!ȱ{~F`9%#1ar%	уbb	6B@TvݾqɹmӿT&AWmͲJwNK%Shm_=Ď:tQ@m
9+M3I;Ƽ4*HBO/Qkژ_bX!Hʷhur-bhnqq+3\-\yh̍ģ(NAb?!\Xڊov{İۑ\΢ss]@D}Lz*1׉ٟrgK1f|JLf0{MEi^htlsǬK"Ɲ#f1߂ٺfwl3	2tXm"xh;r>;Pu='ڢDcb{CY<z\:-}Kׄ)~X+5}@ёhn"עZ&D1a r*FI5`"K#^եz֔a,.
<6G8/wϙc6mf#!ۤN^ݙy.F*|cJ͍(,5ŒZΌA'{CadI|J5na1{Vf*DfC8о/Ǖ0!EE́WÎ%>)U-r=}@JN gN9ʹ'ұ;59u?mz;ڡt$vMhNM=ݿ	IygoxuSچէ5K!|[-}$V;-/8ͽklׯٍ+S$=.tٶ"ܠAфrQwCζG!kUUւ k!3`c/~h	OpL`""-]մ'$`@M`լ|.oIM>,/Of6B*zSVͭ|y_Eҿ	:A-4qBcO*w/7L4
ټ1ʮ,4BM~,JSQcbͤ-Հ`QT)m#AH|-ӗ'La{)N̞h\2}?Tb_EeʟՒqI(wفYj(w9ƶUfĆ!(͆8[T
C$eXgcbTvT:gE`ظESm5R*YΤsil2u;<[a5xUC=}u4)DFcՐVЅ}h ̕ӱ8e+/S*. fYbj&(eLy%/.AeN0\Lםʓ#nwB2Xk-΁[2'ݪ['eM.G2ύpl#mRf^&Y/DRi	|ȫ.йbU6HY_xmm2KnBQ*DHEedW Hm*8[@>I{8[λC_uʞ.|={'"-#rDʶͻuGJŎ.~p?>U]	"8\Sˑј`	)ڼo	3IX.Ǌ	V%l%̷ԣ2P}ew+"EsY5|{Ň/Kl{̜H8|Do;{o&
cE.it-ɢ#Y]SiW&k-ŦinAUˈ:	SЦ|ǲDYn>שwAYOrX|{/13vErc5rsO.lA&u{;VܯoR1icvɲJD%h)'ΖzՎ	Xc3>kr68IOǀBIYެ-?8ښmDY
)TܠIuYȍfeJQ]{΂	8+#SqV#8-jôXեjWf͙~8FJ?n1{?F[~2Up@0!ў}͚R,EcSOSc[˅µwi9ÿvi8AbJ"«BFfǍ$c
;[fQK
1{nШ4<5ʶ6+)*թx˦G< 	6~A~L45^gH}֡JCDM6<6gq,4UjB.[;IgZPğ!)φ`sT2%E"LՔ6QNLq	&t:	AŋÍ?'V1mU1~˟~"98{k\n3czД";h̷8y
6lM»R1'NsE]:Җ Ř;ߘ?|wa1ֲt-? ݃hn)`]?Q1/rqjA8˿ԦA'helT$׬ܩ*eJIج!2`Tc#+Q1LWgr-z۪Q7vCnf'ħF,Yeah%:̗hU:-=j^m'$ȓ41Nǈ4HȬUy;sȀ2rHGՐS`ą2hʯ/|s
DϐϘ#l[߭?`0,Zn1!W]pw!ʾ׵[W?XI~|)Mfc6/KeW$O6ĭmRZ2zrtxCMg/c!,qO;ւ5\+Ȕ^B=FBMVJB)NeLISH#i֔4|˪`?ÚP?h4,wa1:m xc)֞HaD"ƶT%
UӨRI)clߖ@LdQ40hɎQ\ӆ(pɏ8os'|6q?[`=njz]ƏQ%wF4יOG0qU5(˂uM&?s{uRΙӱh$UpI̤CpZN@ie5S*Ԏ.O!FsĒ_\і`kt	G_?hVPϿd1'^σh2i~LCRIK-*,19#"B~)˛Mɧ44пdfCe{h1T"̓+N?IѷʄYadɹU|v'e)ƚr'.Jyhlzrqj?jIW9.7
w2Jp27P(Blcα(*yMuYPȇ$0*XQjqwʤZŽL:,vO_[] ޘ^|ԇ Jr\g2#&pI|X0G?o~0Wn#~T%/
̀E"=b+(l.c[Q_ѭfفDSyv̺uR+AϜ-ƓEeIl[Z(fۅ]Y4&0ߪ%=?ɘLܮ!y6 t_*;Gb

CPҐȌа#*'Э$s6?:p#ؓ~(oZtO}LutDpQ
4#)+g#âg
ANГT&M~B~Xr:ԹRsUeA#=2v8$ݼEoVFyTC3xV÷մ_D%>}ik`=ל?J.e^!z#+rT5cK>G/ZV~*
@$y%;bJ?&00	tKT"#VfW2 ,C^rUd	isc{ɍ4`oִJtֺѭ|Oĸ$mbֺ1	'<fY`P%9^RbW'ߕ,M>N	'=#}y-Έs1P
\Zݮ_y,KWZ^N6'ǵ4Aa@IX=u},J_GE0)4̾SŅnG%S"$ݗ!bN;z+u(myn؃>r2U<h(x$EMcCc_Vcny͂8Ny_/xs֙7B~A6rp{A"5ޙ3ʇYq.܊e58ZH4ʑY<հrr zCǘVQFFaFJ;yJ`TӸl6GPyLtHHU
J[*hUJRϕX<;s2Q*		ːIogTKKn"/ח /_N!ةf>
LRfY/~߸~eb0{ҫՕҿӺs+DkЊ	mqh	AKZˢhݸ$Rʬ#h*:Er}upȅ#uRPc̱tIaRʫWA̋GpJY*U\nuc*kfj)B/:Lc	ƃ]c/ɰ(L#̜=4h`;q}`˵rۉgwΚc)cۤڝͽʶ9`kt)6QMKi.]՚~߽bwSt`Гf}ϹXkz[Y@UK4:0".y)nnxeNIƌ S(+tSv]I>*hTT_8[DcYkO۞KoA<K](߳´ϑV/BQ&դ"Zڗ?37R5EkHkdJmkoI!ǗT-HK.Ѹ"ŗ>=e̋DIS'ӝ@!^U)+.C&`cL8x2"12)y9~ɾS[yN7VYąhm$[	AԬU7O:$|Wt5S%WOU]_߈f>5or mU«BӰD]vçL.q>{h%YvDi;2 eԶuCV֎TwɌQo> ʄ [WxZQX_
(*}uc}hr@dj8œ~I>ѕ0zhcD7'U<tRz1?Q
b;o
sxXq͠^"Ωوż&\_7ZX3?N9B=1_#42¾x`%
L1ԯsdS2G7	.;OuKD+ZC[2:+U͍b>KAx<ͩs$supPNҮ~2]gWgV.Z-)s~ntw^Rݲ	,"YzFǷyh|Dodo/5ôJ>P:al^sOIh0L>>);oC~>ZӇ-g.aoi>i6+G~;nV9CV@1bB7ĭ'>Wq:HW`վ9XwiŽCłZ/:(Ol
}^g@ؾ9̗!ʞ/-&l%UtܽHZ+#8X&CÑY_oʵ2bN+ӧ=FNk:85P̊o̳SNp6D(ƞkA2r=Bp͵>9]~f'J[.ǅ)L\ a҂L؍uS<$4ʏqb7&6Qٰ%!"Hحl79?)r'pޏ`T!Rqm)$bsqpWg>q[9Ё)Dds~KuqQ&ZU8{26~ĬϩcY!U?!W7`=0>Ɖ`KqPʑѰf}Uuȕ`Ȗz~iu<Ãsg+Eq'k.B%!#9>*]*Y?FG=i;'ٜ($j9ozO߄*z҇Y}۞+Tm}'SDh֝FS+nlQB6~O}J۱nY ŗVG׈ڡk%Vq]cgrh~	}*kE>Q:{*ZqLhײ[=ԾsS	
j֤P¶U)_؎|M/8ICǇiVҝM\w,ظdȑ֭3ơI{k_-	w,pOj!RGYt>^T#V1B)$:.p9޹<qL?bX^ʸ|cRt~kܬ°/F7nC>R8ǫzZ)`gujVh:|R>{M ^?	HtOJ5^(Hg^X(X=wC6xNd5ե}li }a"ռKolfͷ4h&*T;ەX+%;cq~,[6GQ]G[m`We;\)˙K4­ˣ§r9:t\)6*P6H	Imb,~"?B9@	;hlX/<0BuE{nGa1Vg&"`x'˳%2aLs0tQ>B\5yHoS u~իvV
׏K(^?^=FW'u%ʢX(/h!DvSh{5Bn!)!pgzm̨[Ųީ'"A;(+ċGLdѸBq4/{;uQ"w92fՃ}V>Ff>æQ4d)KM)l5n/[e1BEaS*( 4r]KHFy)ٻ8oxNysS#ޛv3=i`ǾOVe<߳s<ޡOf#}t>U
ze0	RۊH}	>;zf8+j6AתBQFҡ6Y!hq]a"zPJ
-PoЧNpXu)Qnsyù_RߵY`r7?7
r6C*}8:R,%ͪrXmU^q [F{q 	8Fd9nO_˧%Ѳ.
q[cEa2i݉}=88uȴ%	os:1߮RfA͌q]-d׆Emsy_"69k}n'XdKk9EFC>5f8nNAz؏@PO:ėǣХםJezrXf72FQYqLg݋ieM3ͯqF	gͰgAsڞ7C¦_twɁvW-8PdAօcO$	ߥ2#W8pAVOW=1qcnEG@!֭2ܮц+.,dd"Tю:	#b!,aԤ@A3K'D[mՊ.b.P	X8N[L:`IJuڼ+ְJh/'F\SIɳv:Uh7OB8E
1+oiClJ7v
A	m9|,QY\!ϑ=/JmʮВD|"!>"QWVwD؟L04YBpks!1_D~3HơrNj:s0DmTmҽ'}ۇ2F<W+=@ٿʵ	}̢3E3Ejeh&O.Ҙ0ՐхeS5ϱfs;`8LL|5t7a߅^`IXUWg-@\-=)BH/F,z|(!rqwSXCa>5_
8K-!8ב`veW-M-UV6P[@u#<]6lXJBk~ֆ8a?>|9!Wsg.gVG,w''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25077)))
