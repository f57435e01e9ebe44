import brotli
n=a=0;b=1
for c in r'''D*ڝ҆,j~Q.ʀbr/(b*?qNiY!FjbU5vh;1Ԑ'ua06|cI:/|ʽl\ёv^#vw5EBbJ#HfMqңșPFGB/)Zk}p}0(5HX ur&K˺Ϋ0ĢăUL[I6~Չ	M/*Yȸ_x\̙C;2#e&IӍt	ggO7
GĐ_ʷ~ߑ]/LbnzLv)YU,E.-F&_Nq
HxATD.i@I@ }?!fsB~Àn>	
/ԃei"WSՅQQ"{Z|k.*ok[bٳEn4a9/Ȝ}\hG7ވnͭЅ_"DpHQ|AߩQݭ0Sn}8Lm:(|w<P1I)b[-H"Ǹ
t"rdQ}9yxCOH7øJ-eɐɶjOؿi`qyձt%Gv˕܃=*FV/'pxRX~AkC}1A+R+EЅjs_!
rG{[h.- u
1sKeBkߙGQ~
ˬZ{͇ơ9B#&afS&nOxIzXis$*A աܺݫB
@
QV3TErn*ab8oû	 cI=8 a!q?wczB%eضh=а*\֏v:I	'SI:ȅi=Ҍ#xȍz ?+Z))hLU܇mr.(Q9D']ʦύSeVKp<2-͊	`X1֗RB`.|y۔%Sx\rsHwKT
E.?IГ.#E߁lSЀS)ƌmn \1EKGx
t|c'Zq@>ƑXH-ۖʂ1pdfHpPh٘iS3c}<mV(}n=+gFMb$E;͋o\?wcs`s65 j8-}"S	`lo
؝/Ӟ/%ƹFA"l,A׀6))o$q0BȉªtSxF͔kΐEPa3dUŌ:$Oڿ}lJ+u̱b5?|<ni۹yJђ(NyԀ/TB*Q0Bcr7uzΓk>T&nhAJ}?x'0.[ 8яԮڶ	0% _3EA*!?F'ܠ6ȅ{d_[AabVXY6ƻyA/k&Z|!ãmblPpȨVDٝױyKIA|*uN<T0j	 dY׳ML)GXTX.-0kT.)Fe}dH^zmJ.6Bw8NDs%wiu!a_SάDھߪ	ҬeZZ=НӂԏiZ3ۤ^3b޼it\_7ܓѪ
q)VFYۋǒbLd&t_ˢ 'u6ܥb3{)˽Bz;RV>b?\2*5[TQ԰`8"
zsnph?'YĬגN(f[VWHz޿ 	m14/(}
TMpRgľҫRp_ͺh)wpFipcJg+Ţf1vaӂAP*G;hgjKKO/L̊l=Or-,ɥccjԫҭS*Ԧ_߄vgCa8>3ħ4xН-=0ӳF6sZIfYe.A!n"o
DRzzr}XGVP	yה``3XeIʹ.EroYs](ƚPj1:9IEtLYOwI!HϋgĔmrmLvTXѡ4w3FfTo՛wN/94Ҭ\w+`ewLeJ7~5ЯA(zӘnJѯn7Й9Ԙh#YLN@E_ha@wm!!:>:r`_J?jk`A<8FȫgE@i	pz".aײ9WޒYWϵƜ aRVp}J!#5kÝntǺغ}8[IחeۓbT8S'h`~i("*OK;CدZWU:kbԠݡDQrC['z,KB˛,	BWЊL<Ƨ'&w*c!ۘ"r3E9]	Ox3/9̸aKg0o3Wט:)
2b3<)c$ܝGsI}jԎ2hfvIm5bھvdsHMET\K	1.gAݸϬ2\Y߀JXqNӴ,3*JCV`lw_mP!A2*<Z2VD˥Jqn=}{{IaX/z,dA@dڊBZɿNfKH)_}@)BjV
VLH7{3PT8ߥj#Sp^@h`'vS4+G.pIo;quat˾4
aPetBj=рU)v(uKʪNIҙAV-I<nҤ
qhʤʳ[V1K&lҢ#pŹZa5b+JT&?ӕB,vA`4-8NSzܦԋJk ìŜmŠЈpì:!13k\/Juo_Ʊ$)סYOƬts5\p Tοuxu)®Lԑ#؝	+Vz2"hE:iDW~ħEU\ѳ0޹u"VQ
Κt[gw^IՖWȽGoX}aޛSdLjrlnzZ8PޑtKq4jɰKLՂ
Tɉ/opD=7@\}ɡIƩJ%q!S1>?-3!p*ĵRڬJUҚҲ&Ù0:UkVo8=A'bY7h'l9B$wHڦ\JBŬ35*Н\D&<4Ӎ@gZDoϦ]K~20y*^Dz7׎r֣%8ɝݹWxy[hn2L!_f)h]o$ݡڴ$'vcY/zso[`t&9?4&"6<6BΎ^I˦a%4_x'cΐ%!lD'8;6G:qlsZտ8ОxA1V0R{9bҍIܾkH#|fY!$*8uYmڶĚoqSZm	l*%8ťgb*t *^"NU4H=c5WݒN\]zdãoMm@dYl3'ݔY֦LǖرAP0y9@i>Dtg*>_N ;
ȻP?D[:\tĀbçuLEM@5l7_IG0>ZFM9لw^W`jɿX^ɉJ%-"Χʶ){^1\/i$'1pVOa{^z5(~iȽ7qu,õ12N:Dc&T~݃MVHئ,]iGGJ&vd4GNf(i/_\vk.ei'S-iSQUK۝.3s1.I_k9Rr*ۇR9*667CJYSxumwHHxUɜ^4tQa*aQ6 ۈsϑ.q J<ʃ̜=P:ҖأHˡUH"ֹa2,{QAs?^/a_hFMfn!qǶo0\/z՞$Ǡ?4rk؍)Hm3Ĝ9EDnA~wvTLLP)́jPc%Ǟ62ת$FZc
=gɩY\MS~[f1̱^0ܴݩKC΍Pb{%yuV<miV>={8$uU~Vo!L]NÌ&sټ5Xz/1^Rڃ̑%)/nǍΖh1PxhnuIKv$iP%qߠa݃zмu:ھAWS>>:״ę_k@8ןC&f$|d5L&^r&02B?di8ʤ-CRIBaƓt}k
bvZ$BlC:GaM?3BCof\rx<v&QV``Ǖ=Tci1u %X[@F'-ʺ>#5pM6"QGX^ՋIqq/6=<5GzVIx>s5|vPuafƑIDqZ´*3.R,A/JD6YQDɼgz1/=PDl9ũEĚ>7	a(N͡MHU3xǵ˞,vx4oo-\3+6B?d
".G<dO݋-R׶i}?UpWu1&S(^	<?o PšǃܽBasyLҵ&~V8W?bQi
|[^)\ۙK;$~:y7G48Ќ`T1<8+52(W2ehuSiuPYt6ŝV{y_}6,<Q٠juv"q\VtX/"0J|=L;Q<F
Y#)ԥaź+dɳwp@^и<?-5֠k&I3Kh{ލB1dČ	4Cզ/O]]Ɩ@}G+1Z[XuS<AdgDO0$ּ_W!Q^lw1c"@X̡{ho^;4)XPD#9aٮ̒n@)%6Eۅ=?6,>jS7ԃBRh\6U-^^GM^a1K(P[O	p,D	-|?28o%\rZ2f5QGAe?jB`+Jf8 (Wk=uD{kp7`m4+$XR	"LPf=n^{1ڶMz\o`{5ыXD\{%y]4@кCMkK؉&2:˱5=(|y5j<] ,-<7eD9	t;#ixFѳmp`\G|5RwL~5@hքƮU``GӖh9:/#ԕnv>xCrncA1F=mm	D=6o
Gرx4ԑ!pvz}awIy'[$)SR{f^ G.k"CwONCy̕)ͭiħe(A?O=L3t
<&,6׍\]='Jiۍ}BP`]-HTWn>˧WinYrk0Wwrr^ʇNmLV<پ+mn;a
]bƩ-kܜjiNC( ~e3rqsmK[Zw-1nGrK5Hb͏8zXESZ *3%%oPO%AgҡAjZ\	ߍRE;Ev>tSeqyВQk%ݲȣ?R"!ZI&8ցMŧeRu&%dsC)E*ŶE$IQމ -zSIch(tĄݤ\L0HsY=4m<ˮQq͉AHYHȩ_{M`0eĸ*˘voLdȰu9st%V"\AĹ9>KC7@~tE.ǞhW??_7-̭BϸܮjFZ%a]߭ܨBj$F`[ڛOW@M'0OZzwzUOp=F@ҐSURqkǊdgGvXcјˏ` TއؒVGLFda*@0>٧#b˟:e3O/{]a?\5x[cÜ28Κo.;+5z3VRqc»]]EȔՂ$Aǂv[Za~{aXW@Ԩ+UȜ7چ9`o١w1ry̋zז{^<gqd
!dnK.:YIr%-ϖMi(@ōwЉ'GǲQCxN[X0Lݪ,E>pN\kgktŮYl)vUkJr[g&C5.oŖt%z³PBԱtBm06DwMBD%Ŧ#$e]rۼGP%_T
.f%3Fۑ3Ƽ4_RONgl}ʱCO.n
%J@9Sq,ڬb:auB\+ԏKɌLΐeBqi2[нȂ'_MTsߠk<C<L#`G#S`"]1uظLj!:0>9r(b_G7ZTWR]ݔ٨ţe5|O_MF3ёǐl>°bRIBqђ15)97TMx2;~vGjbe~ޜffCIY
t"Q-1\,<ۣ>H
GįgH:̬MaifCہ#XfVфze]~-I5p,g͹ylOhkl}?@XWIކ!2<	"_Mh%R,*؏C%=|wbށ]tM?G%Hw!ץ̏Z<']P)iwe}V4?34v"jHQ7%s$#ƀhtk9qƇ\	9sL"߱k=8~JqW,|&jK/tf-c#w۸frMBjE܆N_),'@Tn1ͅQq~bѨ>DI[ЏlsH͟Rĩ׸YIy+ Nn{*^Ŀܥ]QȃVx?8غc:ˆ'zHaWos@I=؏+Q1-oze*:$½E:=:XI'jiʈj]lٗNR;̗4\thaԵf
̰M	=шdtȓŭ 0u2̛}Ț$.j~)S[ų%`
	p<m(}{K~_jɚ	̞wfwy!T/y\>y\ϥ!chk<ГM̐c^*"tr=S8Dy\*ʜXF;0y8u#<Ӂwyfd'*R.b~Ϯ#R6i'ϫɓ?Bm[rkf+''N~,4ju-;LU:pZ0ɫϙiޏi12\Ox
5XXA*D͜x:e~bĿ{R׷<d5Xrs)_exX/7ɜmzmlyNpP=r<ږD0G%̝@u܆I{LJD<*ȆQXh@)Oܠcz6 ]xu4`f?ʅ_|рrƺ0(dsW}l{G+uf,<rI9ܭgj>vvhƞa(ȡC϶CΒuF&|`U9^",(QU
\\qC"T5'e[k lRf`	v~|$f9:#1nOIUݡE@fOK#:xD=0G^:QEOb
ğ/Wv_64zW֖>gb^vxA!W3L&pkPLUŹ%YDiYmnںFLD5g_>֖9rUv#77mkL`#s[T:
Y/eԑ0ʚsr^9*.̽UP*kxJs8VG
JB0-j׺ZB?,)"ݺ5?Nʲ|GP TN
{BYigupqr҄3`rh$Fp8871Ұ2xK#O&axÁ;T;	NT}ժ4 ̌4jS	@u1ćPKѹ|KSͥDn-Ӻqا
6ܔ̖n7uM~Mȣ!4*=	@'֤)lL-b4	?lJohCt#0˧A9lk.w٥&1D8Ck~fi{9Ֆ3˲,eЇa݄ğ/C5)$^|fR76։PJ/NHJ}e>ŔПhLw@^RAc1?O}3D0m2}IۅtiX-|ˑ
Fd\lW])C}$ΞɀEJFL'+كm px}hIjG,7FoP$Oe0і&-$Th[uUL9N{Xŝ*SA7/n4J<|Ȳ=3(ٟpuwPģS/G_31tZwv?;*<l:x|߂WpFlźgSbR(ϊjmƓ!A!8+G"_)w(܎o `{MaÚy#	ކѭ)-Ϧ=f [DG&c`O](?#ΝdQ+1f0Dy]/#yw6).jub$M>r\hc6O0D G^S'D,Mǟ6τĳ}B.Upɂx3Tp.E׎FZ0wu\pCP4@{{ԦN8@}jѨWڻJlPDSh,q&Ӡl[+߳:h:^W*XQe>1Aۻjߋ|PchNՕ.dQnP5֦Ho7ǥVD© YВ[ǧ<SA	U>Zpѵ+ÌӊvmrmjG"^nOȺ,x	c+YT"7xZcH)ebzd$E*Q$bmY#9D[@`,qlqўeq4ԫ2[,3$@b={>4Gm/EC{z!o1X-8r=R*@)EV_VpV*CFGE)We֦#
yfX6>͗IHO|<nFO!2hɛVs*3t:ИA֤ɳ'pv>|%*6rG:?RgD6]sd2[|Vy[j;-'ΗgS˧IѤqW̭4PиjzÓ#[u+2m^{QOĢ1Gt[nα9oh^L~Uz_k-q{;JGt!Zה0ZU6ծǽEPYXSF!c[apܲڮw5ӭ8`;3)35fѳ{Ҏc?RT>9ߐKAX"O;KĬFЗܔ.ԭ/5TF9-)jY#\e34P%߄&;}';&ˇY6/֑%zjkà۬U٨Ǧ8BXx^IgUp^rjΙgHRf?cB4kA٤bI8;ad`*GSΔ-:~Y%n/5<H`*W&z؀ذ֓A$KVziVdB"tPi$֖~$Z_r	z~potJ[Qe"_iK"/v֣[sy9Հ$;FŷT|j	V/euB'+WΗv+t^BHdХ-)<aW/^=kڀ
Lȳ/F?OV|uJn^1A.T#:҃W[ߴ͙6@R0Cxnc*׳Oίh:X'.Iˠݓ><J=.PߏHho޵/J(7*5^ۢ1:OX)VVlfؐ_;,R|-yf޳oHBTM'+}.!t82>8U٧iâl	wϷW:qt+T$͘*ҚE. a=
qs?ǫjϷ:pc/$Bq.β`(<xZCrۈ޺m|tiNK`OY3|tM_#eofz~3d<J:f6blť4m\R,>Gr{`&Ԭ_G6~09UM}:`
T\#ѡ#]O]`;ԔqR /:1@#-'"Ө!ܽ6/)(Z~z/ڤ/BȁHg'@T3G˾O5HcwX6cU޲A|tOJ*9[{zO
E}cnC֦z`MC&58Λ״չ!LiTȸחcw+kYvȨ=+Ԛ\Bb^§nX\J0YFPӕznadժB'%"bkYvݣgIǧۅw+Эkq5=r,Xr$TgӮĩ>g	O _fPgq/5
\i~N}}(K'ы[Ԯ3'V;	+r[G7KP!	q-od:=A/_jlA%|38Q(T& vR	l԰eW #q'ˣ$ۉ[ЮM`Iڅ145?ur܋|ǳaU-O&GZ=-?t	R
T|DwG$JA&ӝ{ΊERMt}}d?	0SC!k/ӞOdO{ʻ 4[O62k*o/͹UԉL	"*,ė>װ4aΈ'ȚEyjѵb2SLb3m:Ŭh߯o3zh6LK%z2fH+סǦ?Ve6XYιf<dp~EW^t{H)aHznNd̳+e:A';j*	m	-F>^ɚ"B<NV#!tvk
M9%q Kh*\xYi%bo0Հde	zD[	sn}p	_Q0\%;g$yܠW$)\l2_P!WD.8kԧ!*rf5Q_3l-λ;Qeޡ݆B?p3i)٣RE4xAYݕ91*gBӀ0IMVP-CnjVЌ
BђdʹM$juz`.[1F.Lްnat(>U#<,+8#t̜$DO427+qJѨĊa0"G%͏a>ڼƘQьYD͈ԌTEz/b9BhsH]*mecϥʽIeE|y^ZҀi%N;SmkhƙټuɈȴ|4CaW,U]+{F*3Uwwvؚ{[;°'66GASjKr\(߇(ض.#Ȃz]h"ULp@lCTL_߲gc|4Z$2_x~yQ OVSELkL_ήGqS&4R?8s<yH`ltWsZ(3*9zHyԲSsn-ױcdn׉s6-i!4zQ/g9R%wĬ%tDƇ~P@o {q-.)! y+ܜQyŪ,{&HN$0c#IX94$xJ=sOCv	F}GK1&ֵ]e:8 cI-;9;@lpBŽ6dDԾ<q"9 zEWG{J<DMRPE0ԘoȰky5S̄5FʜJ/rxܔ"C%W!H(-mRńD#?':;Klq*2WwE a3KGe9'	V_]	ؙmvJA_an.!רtIzD*`Ȭf]aB{J/{VΎ^c-߽:3rXe}0F4gn1G?83$?gL?cQGrMKyk9W#k Kޣ!aF.AҋmչzOPc?>d{% e;"$ަ4kTi{5øK;֮jW%u*N~Q$ɭ@	Χr`KƝCҍJ \Pw{ErGs@ss%=
#
3[>@X@ŰʛXk3=TbYF1Mn]~2W]<,-'հ5rhO5z$fO,?5XwծA&Qy	`/~z=.ijFp(i6dx$@\5z\fUڤ_|><$"'cu#Dhzsؤ}}OD ,zȶ`3
v3Uvnz
g{a`Pѕxm~!`$N1(t<+*,۪VWk̲-w(%p]_Bsؑp>
`Sh߄RH=ni8y`ٗW|&tE̟-JMXsrtp1[[Z+yuIfL~+Ӭ]IF?}UScOj(%Ԇ" $NWufgKVR"ٮrV|cnDMj,yװ0>PGgCΛt˻]ݬXg\cھHCfj-
(gON^_ j;^	uw</ӆQIe4b_^m|sj!͸u,*ޜŌϛ1Q$IЖzI)ḰXkgv74qW](~7iTw"ְݷ^KQv?6}
hdõH@m+QĔUƟhb(ݲbΌf/ʂȁsM=ø$
ҍwKW0f*SACƄ٭
9%8Ϙoٻz#63Gٞ]9:UԱTepX*!QΤUdʴݧ8 N[ɳ>UۦbZ&WJy'jFrǳo1)ppn.6z=4p̠)F9<nI=cϒSXG&ĥϹȃM||˭[ct$Xg{lZee,Iq(8y,sqʃIݢs?{ؒ=W8&{;8ͰpZ_@fh}fmCR5%]o[ߔԻR!N?l[UI$'&_Ɠǡ,y`ܲvXݿAywSҨt<.n']Q?P(M$Dz"ύ;رBD`bpBFsOWzOYqk&an+yʩyzF|Ux{q}%N^;X˭Ū@](gM	v04dwkHILƸ3>njͦhYe`\<e["v=sTxv8{m?Bo<(PLznuakTȴ@5Ok3̮{JW$*=έIq*YR@Ԛh*?xrޔ9Ɨtǚq+Yu P؀Q.̥^;~Z(y31Wvhe	eb(׉<d6a'0w~tffO)lB*mq\8yzӘK$Q٨	^/$nf#G*ʋy^ی̺ h^:;bФSliu8mЛiK]Ojm5}HJqnoI>$=DA]:	cVrxjz۪I-0_ߴC>B~~x^cFΏքvwb=`Z8`qINMBg,uLٴtRA!Z	)#-6,5"˃$)$t ƖQr9LW<Z̾6Z&wcUzEĘrAN]HK}g KS<I7D܃ܪT޺VoxT+ztvʄaCޤsT˸aǀɦȸܠt
0oW!@.+Ý	zr\ۓx0|EcN%~D6S:+YsdlRKImEHj/ł)eyd˧GݣQw$rGYȈŃc nCIA6sB!ֹBqT	@	>&i#2ŧ1t-_ъB5
Uq"Kp@.	$|Dmn)QI8=QڽTYܥʕ_dU=E.)2h<pj^ȓoiWH^EeJ}kbE\(Ps9$GV͐Zm8ݡP`|7V+CJ46KrV+DWC u-5&k7.4ϋ`5tG9~(r:'g	KlߍԤCJ_Cuߝ$DczҺ>$Ϫ@zZyɦja5-)bɕ17ICzdKBvw~bd0MgW-&Ei+`nKܯק=նzw8`qc01Ϫ|^&_lu=sV9:@CЎb.o!HH(d5Š&%e=`Dpg_3LAWw/OѡDțݏG/(sЖtPo.ϞÌb0CpX.͏Bit~_k6eGٟmc=Cm ܟq%[ c_m#urzȔi)~%sc8^{Ü5F;p5ۉfȽ</SfG~7f-bپ܅Q`^y>sT}נpѣrFP`vQ>qLqWsJ(ugn86!YQy9gK?1wX5g"Hը/
˲}[0}ikvrd#K0%";C-Nr)lFė=N.1:nG	mw*lV8߾jQu>Siݕ
ڂ!AcUN-JZoHFEEVR5bQ$;uaed ӀM#4jhAaO"(~shTPbOՄ=d9@$̺7$Ϲͣp*.=
ɣqrH]Rli"
gP?(]5ݟcְXpu1o˥z{oh̎tI=V٘X_9JD@޼مfHVm/4J16)pWdu7vב~}Ii:94PgչIu[FDγZwøfP@	/ܓ̎io{ijK`GHkx̑sadu,B~t$FT2C e%cw]Cz#5`x!^	JLzkA߈7[Y/wPXy4"\"HO$N7EC:y=@Xn;1*	/tܭ*h \ϻ*w4.7ayEǒTuYMB	\-#QSrEh܆(W}%EzWp?TM۹?PjOU%\WI[JR2nHJ&Ьnu$X0}1FDhVlLzfŸəץҏ,}YHٚL[r|tD۝%k&1ar}b1̡̤F@Mͥ(n0u4`yr,/qzC={tjh_Ȉ&`qxƭ8$XML_!SSK0-?<]gύu4KQpQ;uB.5qS +JŲʷ#jkh5t[",:t!4-*^yާSKk>TQͬ
ن]fFcQ.*e 6Ұ9mTUfh?LMxeշJzD!FJ(*+ͮfIA|leĔ p~^W57͟|}#=kbe>xг0xOQO=}UH-Yt#S;j[tT2*J$1
ǄfXx}2"(}#1ئmuɦv7*TyzDGZ}4]n]Cx̵19RiCVG.dX._۰5X	3h)PCM#U,h(Yant̶:6Ptmy .&Vxaۍ̒aM.Љců[_;m@D)NWW@	Qe/X	ź3cF\ۮ}pڰ@yO@gX؊E̕{eDةC:P, /P!ؑ?xӅGG9o|Σt_Eҕg*7deϤDc{.kg8Q.]Y<y2Ea˧
/\5²SuHjY~V#x83%\-^9ؤj%PƗ43aw|VZ~4RJ[Jf\Q{YF{v fkcB;ޜֶl</y#@s?<ȡ* HllAس:vO5KK~vQ1!V#~-ˏP#O4Z>ĭ6K">̍jx<5hs$\N;jبԇP" ȞhZJi|71ӰoI@,̻c*qq%ӗruIkK~AP:$PǶچ^,vl{,Hb[_S#+Mߺ˝RӌE߂`4]IFMD?DOs"Qi	NRsnz>Ţn%K9F;k(L_].FY$NC{+Ƹu{Bm*~bri01;{,[8x/W6w&S-g@4zP\ĤĮfG=GgJ UUCR~i8b.@I֏]q,z=E//|_?`lI!&IPՍ	y1Mma~CI	dTh<dMphJP]w8j0̼Id[PwR].ڇ>#[l!e=gP-nIY=k=įF'ea)-΃;F%'к#OY)`C2͔Ԧ?Dp`Rdtw)AGe"v\<G΀,,)^T'X(u(TYخnNҮJ&ڳcK<L"iʴ]d6ְVC|ڡed/KfіxYjն9Th(unߘgVVJ?IpQ7at^m
lz5q89_gN̊Y_]t$`1 #SDѱeޖ3
t1%\ڏyKۤWLKW+f3fS9"n@K{x*4jr&;Y*!p·n"߯L)̞7׈pN;R/.5PeqxO/F/Äl<OquCdB	9-&X$RTS"ƪzWW9_ZΛԿsdLWrZHWxLʡx@۠(ѯ?Oٓkk/CkA&82m;aד~PCғnpRd;ūf+'o6v>>pNCŚ:NBH_crNª9߰GoԆm^~+'XiWvR&Ūh{{և*;~j;Ƨۃ??;.^psgPid*Y[<"s29%ZA.8|AаgtĤ"	E4[ځu
ݺ]A&{	,1/߽G&ףə|5G:L);aGĉ}/?FwjޝPZO2e	^if[t3ĿnƐ`r\
4PZ(&)ϪˢNS7?;
ǹ<ak_yZaIp!OOtP`qʊj 5&WuĽ>	d5Tݫ%PuٵRQNП.Mر&n+b4(mПTůHܘςZTj;Y^j\mۛUT&smJbX3GwN'#1AX]+aWև!LNY*;[Ã}	uMGi2KSE^!0۬»>#߆:{`^du|8_2	b[tZH&'V	"A+*",a6=q0 "jQ	'2f܌q&IQty߬Y2U;GJćEo9Lgg$ck8Ċ9ۉՊ5jյۤCC>^oӑ9-38h#%fR%4j}i~)XUA3b:v(9OvY|v;Ue&6&"ph?^3!y-f/yϚb_|9p`am7(&I^ISmީMp0Zi}lB٤8AG-$#9IFG]˲[{}Eq5<]!_5}ʢ
hZiHiwkeܻΙAlu8خ%S\1,J҅]±QxrD	veǅG
{\wZR}Sѓ|R_8̪W+0zÜO/KVΚKYpLXff`F՜qp#LyyJֲ]ǲWȺ&6QXɸlUl~5qn`/SmÖ*܌q;:cP5@"ܵ_Rnr"ԹQByݮM]-{(	wvMUшp߽)P4J$DxvӉ Tt})ޅR7^TH˕vh(s\å\W>s>˹p-
z80Y	|_Ps]hٚS+;ۋJ[unMn!;+4c=Ѐrгɖ@*Vq ^"HŧB$>37=1]e1ڈ}mHPDiP0m}+`D>Zje[*&p;6 KpޡQW"Hzm-@{נ U,iN]ܰ1^>z,HA}"2;|hȯğ:T0[r]E{q.mYW#T\(a7VuSbU86KKZIr)U?o\͚9XdӵQxTd`QQxjCQΛd1WDnHjk4Ƿ5_Xp2Ǿ2ݢY	m).~zco czL"0a,JF|T^U4,vdgh K@Ҭ7,&թf݌̢O*<mDzp"!L=RN2n6#yםNL+Q>$<v6f5%~}Lp$qk
QX7=Ueu%nIxRHRSۣXP-ڭn;"hlAy7=%:}*LTeqAiG\Ķw/y߳=$U|\vMWb@%rƫm6h?ğr1-4OFް9Jm-"eNU/ޚzyY-.;Tzʡb3bvAd^MݐQ_i=ďAOK'.LŤ#=6	~-y&1-N(Qnߓ,2Qq5kCy	M՞gnK}S[<h+Пr ƴz0RȘB@w~=Qm$gl~[X۲NZ_f/y=̲&$/ÆvsQ5Zϑ݋?(H3ٓIv2n96pؑLp<_X1D]ZHδlz9ЄU%x[-ܽHC|y9cp4C}ҬEU2!EÁ!Fi9W|xMI?w\A|[(>%,Laz'";!Ԙ$i˸ңTQ:~OϾ3ZVaU`y.RÝƺ:"O1iGha8.\-Kjvap'zJ`Aƞ=oqWZQ7c$vZXP+?^6CqP?{]LveFgjb!jlλb$so[e{w# Uh&[BAZۙ[B*.\MDEN,=W֍3ΡJߢkYo4K.G5m3ECDH4	P4+)Xl-nGݚmfC*˽slǕm(Ғ։
zfVAdC'(Qۥ|7P]
VҮu;FPiOCj**̱}vήc*xF mvHx,4ͪ;omMt]Mݝ]%2+ٚw&O7LMJϊyQ@
cTN['TSh(͕riB	Ɲ8/IykKu˯4aF!`no˿F(5JțǄ
}>HXrҌܡ):Pڍ+1u˾/sQ%Qx^geJр9	#G@ܼoͻpT]
T~`Q_ʊ^v;m8ͥ:NV߾7TΣ1ҮFsB)X1>DB̛W"X[b=-JÂ¹W(L8=OR5]<U46H3kclɌd >8X̫{lTZB)Ofd+AF*bTr/a΢V0D`)[ٌE+.׶]QׂeϜ8}rCզڵ^yVeK@IcKAP-LHPǜHMPJL) m)=bvL7EONON&FixL+`48P83lS$)Jt"הMa;ߵ2uc.PmPm[hmaYcJ({fyuddFTʧ1nBez.0Fu5}rW[݊61хYcL9cubzcIT	zU^9ŀQ592R-@ߔK'rYq?tDXN?AߵВp`ֈ`ؚ j;ߺR+>W5Yb;ݼM0`,hJ^=
/lG--NB	Nٌ {sn%ˤE^pZO֒1Ξۦy]]RY?oV8D3Y=(ir	ǈykL_%f~c':UGM|i`fċ^p=9v[?5we6+78ť. e#:GvՑԠ3Wsɀ|ýU?.ґ٣]u)C`oJfeq"Dݙ=;#{gb/Fx̓k\؆iER[.GOu:e.13ENo\qv<-?n8_?{3(~p)͕gV$n4;6
Jw`2&ʚ s~]s{ڽFl]Z'Q;rږ?')?7x\}g՚[TU;ѸxKahJ?	iݺ	3Ԭ<Loš=ٚxuh$Nh&hqb{CSP/[ۺY^?Q@Jǻ\pʩm5$fͧ|޺ng|̞wf-ʾ<$ׂ8MXƋiGQoȶK?2dVcߢD9:uʣO>n]d()#}m+_|8n*ҩ.Gcn5RA0"ZJV^kqsή% "]-"Ĳ>$a4i/c!5qZFXgǍGҏ3ƅc,9?[YHU:O>C}&h<%ÌK._|EրZ?VjkS9P:zwj3tgǚ'[ȿ2-n8;t()qgn Cۤߤ(y$ib+֢fjA+cYqV3c'Qc19U˗z^~CƧhA{gˮ{3KmуmwQgJ.Ӏb,ȧWP97HygJ˷,YF/%ʦj@Ŵ)|bҪ
$em?L{;P%7ĠA1Ehk|s	n9GLŲwz$:̽@b.*Lg@E{_2wXʩY%լfՒuamʝEԃ2w$ґۮۙ;e+n[WUy&fjFdȚvŁ-%*[lDUĲ#=)Uɠ\~T@NFыt]g2Fj&]G+DPAVEǳOT6yC1;۽<H9't{DYϰT<՚	oOH݃ئGqA*dc$a4<)7
 lfu&
V7ˢm&2е_|у+ ϡZ%6gE=9RujORf4[X]>SFy̭}ؒAEs]Z֪fa3=ZyϣC:"+uۅ^dbl|`5IfO=Ny'Z%]CfAfSc(l	P`ˑe63-Iu]kۻPCi|>DV>(zeJ|IО(Ha؅Zq97k,сfhsO_߮Hz$uFr>*ZTYRq\ɥXcE
xA3)gG4V-B,ʥOκ-2u`lDh4$OE
xRDd,SÞ#٬Q*kW?:	6N!LjTH/g=<%weXG WUPf&#F	̃a+߹P|`~kÔ!!a##8ռġ]Hٯ.Xi*$ץz	y4hsR"[>ok7%vQnٻa@
n-nnI`]/8jPjɡDnJDrE}ĉ>W°(MXZ"ä_	چ6d}WْũNԁRTɩgٓg!0$)܌,7Gr%@w<|+nS(^ZCdFaҽ+ʠI;R2!GhUȞa6^5ɑoV՚b>;g&Lu_/Tq=lR t vȗJ[qwQ-G3|q&{P:h5[͡V{$GYjazttHFYnͪ+ȿ!e]Px.ϒaRΜ+LǙgtgѳH>#?$3b=͓4qP|خѷ)ڎJOqYj%4e&c)ci5!arٌցλWDN^´QD~%1$gkVѾV$Ot@Otl8ӥ=ɣ/3ވ؀mÊ*Tѕ`!GG-F
a8V=LlZ*='YD1ĤD<ćw98@CJn_ڌ4@QǀŦRC,.$;RiCHUrָ[{;îLԟ :Ȋ HoB]WJJ#uoRM:gP[`@<Gus<Qہ[B}ÑecU	B6Ğщ׳kmF̽ul	~шb"mNZc,ֈjƙϨ/2ECp.4N4u7ΛbxI"]OǢ~2ro ;S8ѬZkEǖ#*Ԑ	LlG/1cGO[ӪI[֮;u])_|HJf{[ɒ1Kg]b5^YĐv*X#5>V5onBUP{8}Ul$uLEtDV,9>ʲ]ѯtМ2bCQhPG{2OP؂յ|(i]4(iׄI܃oDg[mlhL%Ais{-5I;+RA:~HSrgdW`lx2sW{c*=/	hsVi *'DBMlECmJ^߭kS1hx؁:Z*ewpQTVX>1d*ScsxQE_/U$|3|ѥ*_%vm;X;Zjf-g1ǞL*lG]GOȂ5DC;M˪ayΡ1S,Ґ|L~EPK_~kRy`ݚFi[di5gIiK\$!v`)ҟF$PE5<g#3զ@@Fo-$g[!^biKy%fp?˔ӧ7Sts	Wc&{<x6i:vȦrλɩGA1^)Kpsl8uuo3ռ*wzx>ݕ(}5KGǪtQ(Yݠs*[+?T!Nd	+nc֌@ӮW҅`RXqB(,=`؊F8eُP$=5<Iz5O\Q̲tVػ3YAEZس$tXйL%[KȁX8ՠɖŠ!	BXۙʯbqi0UӵY8W	"Mp@3O;IM$E-CwJ̇n[۹on(@mF)˕¯E
*\Vk>HbXI-9Ҝ5GvVv{(ɍMbȤ<%*.n4H['!H0=bs%be!Lp%gQHʾ,Ӟ9?Ö)wRQnɀ-oV#oMצ*ScXwԵC0-zٞbANEgJвrXR$#<.iWg	[HGYV(cv©r@NEXaPUIGѴԸ|Ի'0j*JVxIiU˼S+g.3+N|5P{	_HÆt]6:Lvg
T<an:Sp.C#$$:ߩ~dԕ_%=XKmI0)T2ho7/syDYpZM9oy9,r^`ccĠz
	cөbC?ɿ4%P}	%{_1YN>X&2o?Q[;geT1w6e0}2xpkbT%'1yqs$8ۼ8ð@y@6{1PI0*Զ&)Dvh=KZNN
ocu@!"*Z">U1}&Dk80׌2AY?ʏ_U,:eǵ'`l
=,ٓ4v,8-Ű<ߣn;%p@R>78ߤşn,׋vZc		m^Q,<vU{_3MA5_,l$;? $x*,relةВ;HҜR܋Ei|5gW,}`CTޫ}!*N4Hҕ]Ҙ)׋MFK.Gwi00ÄY:`0!٘;La&'2J?z-hZJ7ŬRwվJ^sĸaIY_=*4u%0*IjI(o@:Lgl!t5E֮e}:tAWDWۂSBͨʣ2Vq߂k+Xvb.׼p{`f	ŭQԶILx*e"ݲsUK-5?
u"dD@\޷ߓF]Hfsƍ0=Ukd+sX׻Dx,iowe={չ1tP)	ue0lH;Qi`wα io`0BLx[a+SgqKdTܻ-"m$mN,x"Gft^\LՃd{Z-`[P>|r.>!IYdYю~_ƖCDט{Y68Ao7:(9|ͥM~nԝyGW3hL?pp(A@̯jH'm}Gq"d8At}Y܅'(j4*߹WC,h	ʲ_ߌTGT&	{6R5?'؛'j$AHiϽ#σY[E\ Dҏ˼8p=\Sa!PY\1_
n`sT%0=U݊J|}ʻi	̣Eas!&ëB$:ڦ	K0QƣAL|/C~Z%Jͥ3T	KBNCĞrd}e	ٯULȯ:K؝LzC{u7gXVe }(h7*=.*#OmPB)pXVؾ;
X$%f% qP҈oM'5yXv:KVbu!L̰RG2T-َ*A3`<mSQ\Ϳ\Qۤ
S?ٯ-`M@ܝNю}ս\4GhY	JϚ^Tؕ61])eىE;P]Տ:Z.^ܠkdo>8n%/ZǳܱىڨNxvlg0xez3Cٛ׵vfɂy̸PCۘr*NT9ʵ,ѷ,ްȣ[C:mBɦ>a0 |G%J-ʥՆ&ƿ	IQm'֬XQ*b3Vn
4:e2}<hK!SNEқ:M)j_^mE>?8W!OCcj]_,D7GK-fӏAk"۝kw">*E>,^6>;ܘwJ+VaPdKwoPܠtU*N0>[*2! h4Q)ȅsI7^g2otPV|YF/C/Պuѝ=hUx>MYJ4R>^\Xv?7.>I-Eb/rbd ~jpΨm#!|$1e֙RK{ĨA+ٲ+bZ{ҘZI؜ؚQ }{;A3Ȯ&/a@-ԕ&`2bYbj*ׁ@zw.`2>w	+'uZZP5R˒"e7i"B9-ߐ/ރͭ/g;?cwn%]0)8(0^ASo)&R Od> KI8.PXy@wh5U0)/D[%Uc "q˚
'SR}y ryȊ()oaR/W:-6C2OJGjY>nnͣ{rK3&Ȯ~>Eg_wU51շ9Bl~B1#M75z:սe}n}-;{̧|u{V^#,ży"Sx}y[ޱ]ĘO	vBz߱[&i4Ň4j\:H֮uhyem'mT%oO	܊Ѯ2D;h͚KXZs
=˙D'2eMBc܇[o
g^o)WͅׯeC$cPӀć4,v@*ڲ}ѳ\+Dʄ@L$еFF}LԦ}3qUoxE	f]4"h"Ա\'^8	VsM&d`ſeW:-+)_.@Ɖ.`F%FjvڰVЦƷ)'>$vsB>tԤ[oo[0)FE/Iu<mc^[BiV+I9Yt6b-=~mOOm@?%]?ӤY$RXEyA5Uz?z*MUՋeAc~տ#l.~MmV٘C{*Ѵ*çrNTF`y(pXiW'eۊxe/7Z|¾vi2Iѹ$^00rFѩdtF`Vmٚ=غG?ZP$&]Wߣ'^Pe-*suJf]d_$ܢj.r;
(\^hSvIj*Cy%pJ*6YĴԗ66U&X^C9C8b7P3oEj ]KɔnDEWMF*F*V=s& ӽb`>* @T3N8Kmn0?q%GL*bmBeJ	.'%Sk%_n>YЈ#[.ovuk9]j%KsiYrw3!unƜ\Wއ~جS]\ {qȱҾdjg:ۗQsևV`Ыζ̇h.|P8qŊRwˠXȅp-FSojTؕ7Ҍ4>eoY(4YQ5PY:p,RT'iŷWG4-mѧNپ\HՇ.Jtǆɦ6D3{{p9ẗ
~tÎ1u?z<!w
q>@و"b#Kv	k.t.F"r,c1f޹̛"vx,u.ۗOd53+hz6t|śM*E?AC"rrv6um#а
7p.C)o\֌OOmɀ#vҹZ8}oUwPԢ|cЖ;5Yk8|&yplQfkw?¹	ͫд0*gV?iX6!;pu6+ߢ߄?~pevԕ2~K>TЕ_1tј|\p9ms)IEO>|NΩ$њP&z;LH+MKfDL@t"ѲE<,[]/ܐ{S^YaO`++ւ6ȕqP1qe|ڇ]AM=2q\`6Ms:@˞jS^' м_KBň%';'}URvJaTmjZO}
VJ!XэtgeAbxyu>%a~
-k)ɪ-\`_Զp@'~3/2/J
]KN<͉g:u*-oʍR"KdOF,d?OBx
Lrp|x:ܼmf.-+)F7<@PN(ƈ},Ţ. 6? LI9cGWϸc0"ߒqUIYyo5SEl͑rXE9C?Z̕r/+3eS9D,d5KrHqs,Y̟CvZAErBI,wیmrW-NiIѭa٫RR	G4wX|hM1gӑQбd2}jvݞ2
g6{+pBd5sRiOX Y:uDbK؄XRnhRgj:-[hoʭ͡S~ɖڽϽAc(c1Nobj>%D=°{G,6q(LAq[ȏGp{gƨk+lz)Nؽ=F/ܣ3qvr}.4XYx(\r{ٟ%yU*Y.Bcj`IaO_#ϕa([[zWDrFVwнbF>I&OY@M{.VȑB1^KC1H;ryQ*vvl0"K?pH#?/Iߚ2cow!x`@8`RYX+)f*P]oǎaъ]D*X'ԗӴ\|h=
њds!1DǌM77??_vY̋Q""&4nz1X ԴNe|Rօ?cFwq]|U?¦׷Pjg,ETJJraՓϴ׃xc:zL8ƎȥRzIEĎ?snA,86iemȅu>[Ϥ.?>Vl,Kx>aBNE:c߄~jhMx׻~Xk|\z2ɡF˩rI3܊4t6D#gۉEK&؝&ȂhGݓv̼ڱº:ӏB=ʾk3\Նɾh$^W``ftY-&(nR7Ũw_ߎ`dFzd_Eb9'2x!vZ5=֏Uq>NyTqތG6-!=|z1YK>be9eQԫ?P1^Fm;ɡșe:HŞ3kjRȕ)FAyu!Z˄aW79x-O5ۿߘa[nR^=4F},q2Õ˟$h.bqNإ@@ЙylYVբ	ܻ߅+Ѷj!ΕT	+HdlПTʨ[C$&::WZk1raɫ.lL'ԝ[#Iʫ>4q&δUVMzUw׾Ar<'CM(Az6a[	xt2?7j&7{FY3GQE?8w{^I5}Gөy<YL$RA'W΢%ps1Z_ImA;·kЕŁ SB[&̹5iK`Q8{ĖK&cMؕ`߷`Ӿh*&%g*d[VԭΌx ƽ>TD_PZ)^bPOC#gݱ11*ʆ/.V&Ac[:~wxGzd^Ns,߮8_G̀]\WW$WlDiFPQ8V!r9AU='4-jsGAl=+!C+DX~͎P͜e0;Aqnv.˶.3da7a_Ua̾E%[sO q'ÅN0Eπ9ŭ>l	:))ҊfV 2m۽pҏ9͖Nu1Oɦ	;M
'zr
N¹|:.ëNQ'@
{0X#+&	ė@S˒o?u/`/*;ֹ{CrT͎{9$#<CrQ$!]Qp˪q.HeεmRfN('Rt3B0`!HF.upB%wBKDbZ,B`U %Cü3!ɓٹƠ42LdEx3qKd-BQJ0-}\)d6I*1di[ SU؏"HZoQ!ߕj2Mͼ#:
X@[.`ٸ[з^1ζd^dJoK4ݓf;@Uz	Գ]Z!{3Ԥך[pEH3өo+Ez/p`/ϪUwǆ:ǸUVN+vTC)m9`pِt;ٌ"-A߳Fe	o1I`@DB'МN`UC2å{#FrLy+Qa߶2+OH3qv_պ*yY~<t$UNe"pwb7}=Pgs{cfI-C<P9cIbhZt-D^>'bK}k#W8Ɋ(]8'PяoJxd'=	eygޓ5bX>jyVXDYKL֑5cX2w:>_S	>[ڂoyҗeĞ,MCāKLQb<4Dwe=
x1lՈ2ճKLJbŞ1S}vE J<{$g[M:׆7YpMPfۡ܂){t>|~mV2k>6Sf
#mD%a,a8ҫh5!}:~?1lJA]G:osŝw$m4gmH$"؎F42ɺ32Ǽwè?&$Ahi`NCC]E-;_RC|Rחp<ͰB:3#+?nsPWC	qԴP|1*D!]!mK`Lo@)2CĝpU?ЬƋ56²?B7]{JgߪڪJq
;.dJ֝ Ђ/p|c49wmSzm:ulz_ŨZj6@}66#y$`Vn*iո΋6KIcΨˉnzo!\X2ũc}pk&șފn=}fk*)"zqw6c,ȹ%\X,ǉ˄/6$}>a{p8y1Vq4K]3=JYh}T9J7;k_dZI2j̮@<̈sϏ|W,M8o}ouHN!g6gw#Ŕ<$|I!0|	XkD(/ٶJ$InfX~S">EWg[ݵg
xW
eUϓ)"؀Dh.65;l]C"ZM$OObM@11pũ5#Xx$P:fܚDΝгzgu;׿pL#F7E]4˖ȃ(fB	Hݭa.A]hQ(-[E? MFu20"8dS"@zY71D3j	8@'Vok3!*OUpݮ	>ǥHsuwF,Ɖ[|C4YUjssq _[;xJ>[ZɎ=h[E3/1z`.8q	ĥs6k,|Jq6χWҵV(LQ4؟HU,e+?ѐˆY;ߙm=&>bƖ%)qњ)ݸg׮("	M>>*{]Dl~|Nl׶pQzì )#VZlK3õ]Gj0~2_Oi[ȜAa܆>Vи}JS)im|Խ~br]1~	;bӺ9P֥rP~r[]zY	ogа7Wظ)fw0!WnʠRߤ6i/ Vlmzujޠ4tP^Y	lӌ:aՠ2v@UjG,7cC%x6t"łaP0\'F)["bQ#¦GRSVf1$Fu?pzÎe#	 Bׁ|RR=CWǑBSd1"bPRzHr}Xf9qR1RADY~#8"˥MAfk_HOSېN0MzGNg[մ[ |\"Z+.{bi?ex`#SXq*bIٌ&c{)zھv'ڠ֥T6zKcm[KudArima=4O?XLoVi1[1ŐzM|3ϩ8,z%6QQ!Z	00h3;k)}uJ̱?zgE!=HM-'ǮqbӲRj1~Х	1jO(B7
DeVϞڪHK/SPumOxrzp15Y(<ѡf!@Z#{4=~]&2a\v1H?(jv͉2'r$Bd_.؅`ɺ=)`@+
	#<>FɃPMw*d{T*6X4QOW.956R*vc30@ªZ^ͪw4"]ݨZh]NZes+{N/˖@ۺyU[|q^;O;>N[O-ҸQw.	"v-L4$-wBpe8N<D&7,&z2@+bԟރ9~9dr\vw`Z4#*~*TIЋ&AU]v6P&m6FeQRtLe2{b+^$2ъY&yYЉƶZ+]%+nܶ0jΉ~?}T7ġF|ڒԛ.߾!JX3NK dT.֦e0~'QyƁ]f2Lj;_XIԗo@}ws~PɈ7}}e9z<RltښT8_Ϙsb=Hgf9E(br׍Ѻ?A#"X^vqgT4
Zռq`X[\P#;-}xFp݁0suHvƱ	Ч;ւj7&`.?-Ж6k0oET>5HƱCU%;b :k̵-TXщ_*,Zl7	deHXhle%<Ll%ɢfդ1W$?I%K2Ԏfj	LȾAl>BRY+	62H#kF52tFߞ\)NSI(BSnEMc
|]t4y5soh+%QړE{ʏSѩbNژ5ڌUH,e$?l԰Xn>٠K՗Qm	^XшFx7b܈3$<p''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(20830)))
