import brotli
n=a=0;b=1
for c in r'''ǣ#:4ߤ{@PݡtgM©+]_f	ujWX0m0iǥrKp@D@i\&#KC3
{Cw@j[ܽ07|
=ZP`Ţ̝dF5ܡjfL%oy!AhOu.$55L,'N_JDO`uMu1T')#ru|	U	Akyu;VNK׼2`HaMңNqV jIQmu}}2>_hʌƗZ)
@}4@TBHHVPT/pF1DQWa:`FmuGT@
dnuR̯+JEUQmހئeOU'-i%CςUIUWqjk}sNUma]NSMӿlǫ~nsuA̓]PW*GKIxSsGa~WKx	>+sQ9yZ.&nii"ʾxu @d МQJٳ>c5!$"@҆	~§/.?dv,N31A؜ezC	bmF+MBO-:ͼ:,ёG~k"_XN_(i<t[Ҟ_Fz}d(h$r2mIlK9Co\itbCܧyOr@Y*'E1EYҤy٥dPVu-ZZ%8Zz?ɀs3ɏLtױz@)S"LsK=730!Y*: s#be)6UW(v'70OOZz3q+23#v{b?vKfBB>\Xb; X+'dHGq@/7D4~ǰq|>j079\WWλHT4IK6}Bx|>bƕU]kin{H]aÓ8e^wܱP(:Q=LGxeH=%O݃)lhw1m?޶Բ}jc!r;^&ڢ10Ub<75!DR7F^?T\Ls
?CBj`mB¨;Y|UEI?Ȏɍ80y#ӭi=:RKer5TЕjF?řaeepYҚv$aC ڎQFm_n^>wgУG_VIpEh Be6yҀHpsvĝb%tW#]!Gǻ|K4VCړZ,?0,b{|b&5<SZ)e%PpONEdngqQ*_Ʈ!wd^2]SE=r9JȪ#tW-^ByviۢLB(Pf[hef)z~o"eq΀ЉIEGI^)>>i*s4TPJ^p΃fh#'ƭXT=.'lThXxoi|$x#)k'ʸMU(̉6Z^ʺt©Vc{.F\!t(^ԬWUzW=ށP ]XV8d׭a"|0~S{~Dt+h+9 j`Mn
Ft"߲XkjǁɊ9_m9ʻ(T-"-^9PsJFǗģ3&&ʵphB;kr5pJE8.W߯J?2N(ƬIGÛ|KI٩ty`BNN|Sֆ&}XeyZ$H(j\lzp"/3kXVx{͍v{4$1GXT|p:cM'*
'm`pTsX2٣n)v8ůIǥ/TQF'r; T|HVw:(2.ũFұLhѥlQצEL`Q_
)-LgffuԸkLڙ;CHKiCҔl-Ohd1.ze]C1izt1YYJu֔JމMsxjaφ!QTk4π#?lΦt/z9^RaFԔRfF[m8?$WbDJ736S*j33S8֣R`<{xjU.3h:B+`#uө$)(ڸpą<[xYkF@+?3}ĭQQc
wkrEO[x"Es}LhDTQem<SV+Ot1t]Ɨ^dUacv[R~\"k&DݡfXISUOx\M6a&ѠalII3}xO՝Zgļ*\Ot5{U`h&b+_
1?i;u.gՊL!^2y3TylqjՐw}iZ_?oS%T>Z>ָ_HVPU}Gܹ.."?7@`O60ӡ`+TCvb)u;yL`@NVӴ\iDӺs3i1|>iMjq8+3%x	j<	SB&6kIu;hr7nY`)U0Bzezq7\^ȵU/+܎aϑAя><hY>tj	niiHP79kl)XA+gOŏDM:ң˲{?2z@*pIY6ɋpmAb|!3D~g+4wwaiMcwط@%q'˚,$9qvF.|Vig.n.}IFԩŷ=VӼuKWrM0oA?lՎgˡ|lmJNX]xW&V=t'6`?IRSOc(;wBT5Ӏ3;dR^wBi4u-W{,0a5iޕįK:W8W9k/F6۝{"*5t('ܷ
.,E3"']ŉ3(jQ˫x@ d&[N-0~csf2z=v3c]ϓ~ؠ:|oO[ٽ1ba͜O5u{IԾ^>	pVn]1Kзzrnw!C	؛5D|OVͺ ɓqoݵU%!CoYIF}2jrʒ&;PU4^Ok'N|Ve8%4(Ftr%	tO'*K"ݸc1lWjveFdˀr9N#Ǔy6sjE_Wfk8kAuk{q^T&>t#m"[x?hLCiYȭɒV5ل&L=Ð"pאfEFV|<
dbOvhiLRh?SZ0H8Y;}	bub@	X>_3D1"V̒bι9R#D6jpƻkPɐRΩ}BPx$|)=^lΊwIp!:ۑ-L&Ԯϙ*=dR8nJxƧȱt@˼:29Բ=ٳaԱ9qm0H*۶=U)M
תQ͖uaУ3aаZζuW֗7g9Rs'GLmٓ(fem_k4$:(4)-57޹ӮȻB46Dڄء0bt={,XS=zCK!=!\m?wmb`oo>.'MJkrْQr͓˩TDf:|"'	Oלz%ƖHEjttʌmUɂ.E@@)5t)J+,2/8S]sLkn*z˻}$ǥǸfRک-\3MTww׃rXb5nn.Oߩ?W&0(aaQ#2&,(m#E P|I&zKR.	sR	m\vңXںy-<D&]1NJ#ÂpHFTČvEbuT͜yϒ/ߍLU^L{6SLATQ1i]Fd+[c?{Lp?տbdítNkTƖ׊T+ Dn¢s]ުVTv0}k^F،(Ig*l-R())e&ud@,nZI̿8u 
 63+4j*Хe(xBɖW9VЅg}h'p]*vz=
!(EOׅVTP@WVK0WƂ:D&>Hý{{[:ׇ& ٱITW9ŵ)i\iK߫4V	*QSU1ٔ|kptsHδ5~qaDxMkQbg&7'2s@#S?3,4BT6UrY!Uop#'V51¯o"ye_)BYaȍF2uvv*&ŉژmi5ì3`0~e}ڡ=<ûOF^;~Oi@n]l)enH0!3Ρj3pr4||3'!7$8?Z'H)07Slpǎgyve-gڳ5!	0`HSߦ_5ݪy{9@Al0Ky!0nVCГɑШjAQ9v`Na=<R׊E\i<ΡҺYȚ>Q	3/0VL?ŉ˔7"νp@"Ѻ	rqf=U
,`۪ w|(56-ű(t4ŐQRkhB$P<Rq"V:2\%BGXH[ޫ	e
x5^ءRK"ͦz|viY/f&(BrԠMzM[;GtvS0ҥͩ&{Kғk?b<3̛ʥge3WJ,m*;|V]ck9,Όx8^y݋[mCN^QuVwݯmoۧߏ(y0#H'TȉgtFCĆDӎ;ޖդV9tz/~g_{"=41bb c)ʃx@|.ERBkzs؛.;"ր>NPƻB.,H3VC³NZ6ȩ)9rbނYQ
cٍ	L{HKRc`%=Z"b_Xzд8g7עP9ppͳ^փY!:s:]-d4Ghoъ}-%LЇ|(
{ӝKƓV;2ì}4.dU3tEݳfڶݻ8o҈ҘÜ+fkթC?Ŏy4v~3Qm\ݡA(w)t۵&FACq	րE͙˃yɵ	i41qʒB)2e.t[)h1TN;P`] ؟hb}ĕf'Z1(A	7{
Ϸǲl9̌h|ud
r BdnV~_МPi.s 5ՂrޑB%cɲÊF3zlݣ+E${T:M$Պ=\ֽXI:e]m:t4]\BysSD0kxͽb7@ԴŹ"aǦ.œZɬ:[ݔv.8KLrJCpMaՇofXƗ1D(Ѹ!-}w9T?Zmj=C|cRNN%MFJWZk\?ܢ;t`OFeT`Q0>Ɩڭ4@*Z\]ǉt=N\΁`RSS*_HI?4]Zt''m?W']|pp9ܭm%py#*C:>&%8϶z\ɟk-UzղМ{Y21~{WUv|߅ՠ3y|X,pxND]2k'`SVUMת*;dmۂ]
'ɔ7ժ.pr`Ħԋe$G	D/aZ &|ҀڡNB
/ÊH*"sD&RIޯ,2VJ+:yS$%s4N7oQ@׿Is$	z}@ݠD%p,\JHǼ݅7ˇ`;hbW<*G` Gse~lWky>n'E&{wOkhاINK˖+.E=MJΝ:0ign.5׋0JȌ$߾|j̢5zg(\5fBɦ`G*5Ui݅kZxԅX8uP46S@[:_IQݣ7/PiB-"s,eK!dDthpd|Me!.>y52ZbG:݊X:ͺjo`n-ЫLSZ	V+\UEΏ/ӆOyԌ5pˉc~@?"1Ď}/!cǊhaYlϭ	e3A%#A	[>LroχB<MȖZ/|{0&o`>H/
f*0]jۧѽˇm3։~c4ȡܪcĜ]8fqw?h2
*3}Ut'xI(ɻֿ27eA5?w/g/npzғjɚLIlDod:O2$'ENi+~%XAG)t?R0Uԛ7H;[Ha'ӳ5}kFYk$qj[<epORˀ<]/-ol\YmQ<j޶b7پƣ]^OXD[Ԯlɐɽ̬9Dp#a!H}ҵVW?p:;-}\ZA΍h:A?H*nAIcvt<*MX9 cSA:^;)oM(ly #Gʓɸj֓Dt2աPW_bŮ4e#+f3ßyBֿs5,}ߗHKͶ)hѴú˲C	`XPNƻgŞwKނ%=dOt^-H;ga(Մ
VWLUiC!; +N2<;ȗnWQJQgGeP9<?ZHObvYDze++PNCe>dqRo{T-C|ȡNӬ3hq*4ƻvæKQKc.8Zhi<УU#;~qH[Ƨʮ@32Qrۮrs=͢R[+P6Vf~{qYX V,X֥9ɢc
Ĉ
׻6#YV?^.ik҇C/Bwr9;}"?%1vo$7?5~|~U$W}HƽՀuG?ϸb>T:,5Bcx:|gY^CGە?MC1+i>?WtZFfmYϬ2ykI<p:R.6 l9sU -R]I}TyHz3maLoY_q*0%Tvdn6t֎n4S̖H2VL:'^*5Oʹ-!'UɮabǙ(L͚\W$vV٭i${^`wսҭnUIB,h̟Փm)`M/&Ήd=ߧIfϚ"M6}dل+h0rD>7ݒ,[$T7qSWRCW^gһZF`NB5~Ϭ܇f)Ƀ	4.jy4A,ݱRkiB2C%6 nn8LwTzOY!IgDfj&ի6Kj$WμQTb٩TJwc~%eC&M:x-@<~DDP,KN&?σִx?Ҩ|P.M>)K>9}If4vlv-!}@VX7dm|Z)T5a'*k}$CH(>Tspp?K$DWrm>kd!:3S!oUI@Nc
,6u5b1i4c\1.p8Gd9!'hz%&`7&Hf,Z$UohҏϘ5<VNɠPN%/zXyX.T6be1l۫Qjd~ͣD}4юi
m]	NbտS|B$jI!	È9ʳ@r0xhEza~|c-FArDsR`A1&#Eed^+A|u[i*L/lk+S²^Ȱ3ߚ͋Op'ɯO#;)e׃:GCgj=Xr|K8qC޶y|!Y57'aԉ[BZ7xq6[ky^-<- NOpSFI3\a{?
mt|}:U'Wvly~5cϕPvpX.(2D4a|6ʽ!ʽ'*Kܠ6-rRD~ ,ZSl[^V2Rm۔ˇrտҎ.VسU?/AaFr5dԋpib,Lk9UG_W٧k	6ў"Qjǯ%HvA4QSʪJrA;#`ɚo'"k,/V!vu_zR6e=A`Z/u'֝0*̃Z$	ux̐t͛KVHL89ExLgX[^l\0J
kCA&8Ƈ6o[v%e-|bӌ̗ڧÙ;*z±&]x@^f'ŷeHtZX-hhFҖpϷ"Tb&lGsoK;ԬƼ˹* E @1Rׄ0ۅ9ӟlp;yI(K~yШ&t7e+5ʓCAK<3ՍA*+Kfact*/\v6 $Ј#YS^]KAK9AE
Aar7%?xR/ݸԄ6/kCſ'nzY՘#IyR|>֡=mWUjJ{@0&_)a<0&ZYĈAJ(	B9p
!wY1`q4:8!˳]e
Ϋ[#"n(VŸX#,5}mIJ˵C
`p˱v+%HCsnsGmǘzq?«
ۻ0YsS]DHj^SFۃRYe	HuaUҫXGEP-+@;ױ~yO͟o}ބŎ#'Ɲ̚WZvfye>I3T(ՈHfJϵ~_ulo"ZoaȗtEGmŴvտ8Eڲf{^RITx*Uq6}Aoߟn;L[=/^ο!x2C0NcrI[5˙9W?[7sʎy6|_h֯SFs/Dmy,rf́8|ߦJQ=ߎ"2EȒ/j7P+Q@w]vUa23	,ˉ<*z#cĶ-~TKRw$PD(Ĺ+Gz*KnoUCuK*ɈzF@X=݆`7FsOYQe#aag*Ai\&\;4P0.Kh'}q~>6+aAݑj<]qf4q*3UnA7=|J̵&IAB$IáOʅFF6Ě_a^[v8tp6ރ΄mWx
UݲObONSvH/h`(T)\
iFr_1%^͛Gr!ę^ǼH">@b</aq/VרH%8	%winH{5,])Iúlf-A*Ƈ %}Ā#%xj	_LeWVXCKbcV5}We	lH}֑o%wn0̼@U~ʰ0
Έ1Ҥ[k_Xʥ'ۭw3nj76;0ɲ)9~X/[44wyѬnlט̯ousYjX6c$[ĳEeƋ!Z63'cW'9M>$h2c>s#SrrT|/i8R([&Jй.О3aU!.2o~՛~5IQn9Z"%qq@SH^D,;$`R(CGSug#f:4+JpٿMγ&eĤ_<fUki36>w]1ή3K`[ߍރ=n-($]=Kan[o<1<8=h`!.:OF9ť׏.\#9΂լpw5t	ՔY]˩MO0mNo{ݖ}P w&lm·/>y{`S@4TnvXs[GlOÂ4DFGHHMצ)PE&Ӯj@%IJVu{h$)c;90|6~OS:5IR٭ܫZj͑Ӷ>LB-_UQ/HGSnjG43i /^;ͼ֔v/7+'1:h1Pآfu˝iű޺/Rr	[q#Gz`sȽKgΙ
lrk*4EZ޵>G#;G#UNi3oƄU/J8K_9 q7|݀? GpT(|+ű_e0! 654ܫ,:نd)bArISKw>O˘jN_{o:JNM#͙$#ŚOM/<~1ezo	c	oD\Q1È0^(<KtˤQy]݋a?ܵ_ӗD`j2>tSnƕ"ˍlT
>	ϪB}C8Ø#,jJKue+f ȁشK
t#g!pHkTCʹTЇkS s5!,";Ĥͩխƞ2|Ie-$7Sǅ`(v.Zz>=L ?1,5՚ɪ͏fַEA]!R\E	jܛ5ΤA>ly,v8kʢsdxL#8ןВK`qú,(RȍRfǂo-?dԒX%8IcFc7UK]VoLQ\ܕ]ٻj
̚`W¬%9FTK2|8E	ar qd{8Kja`T֧=sxfwI<ި^S413zf̡Z]t'I2iB/#Z۹
+P:ç~L\
}:>I'RQm;z] U-5h=hq@\tB>+D?[ە)b̜TKYnX],${{?Sx|WљN`ǆÒonEF)Kfwl@WcqҭܦӬpBPt=`I#m{^EȷEBȟQ-y4~*imА
ۮ4:xٹ(A3gHхêS@K2w9v/q0߯u̵,AA!`k5x2<YqK'҉״Ql-y~H%KR'\´A}"$:@ā =NlTc$a&f "=tlJWͼE>>:E
FzraJjYۀp%~Pq5caͮ4ؼ%Cl6ubtFF[xEtͤ?3_>Ň$K9k={P1}ofw؉jӫ~MyжՠLsω:_qv|Tމ~se؃l	Z`$ɳuwG&ZDʢ\ ]x;=nD3v.2;t=e;J,J;^Fr94OcYۊ6_š%<fG`Hp3Zin݊d6%
)AԀx)K1mY9D~[Ǜ=^Gָ͓u7<Mn$R9\ʛ09ΰyP@Ҡe1Q!J!-%&1ׄӽ(1V؅ՙKEWSZpUM.SOϪM5AngŠd0Ǐn[PȚUn\ǅ.4zw7_m6S~o|YP+$RQ\&S$`)AbQ%ܦApK!ÄEK]b'2ɒ8_ '3`r_LŸt^4/CUbcYKYni=BӼ,B5'ܣP	|vlʪ3Gt.z"%dI7j?ѡ`srN@2RVXgt=՜qQm:u'V4R>βW+Un	/_M܌>8(U&ћ<k+Pnf6r6!ohy@!3\u@Ɋߋ5qLΨl	|ϴxԒN'ڋ߿
[4b	ɮjwkĈRlː=ְ=*ѮO)`nfMydw^	XގVЮ8-!pTZ[Ш@G&x13',RGŸʕgL+-
F˯ȞM<!09TP!gk#E6OחG%0/Q&TǶ~8łm	W]Y* 1fAAmѯhT^hj|Wu+(,NsG{ԭCA¹_	|kUpk:vwS<hݕ2FàRXAf˲pC3R޻Ek3F{'<gfka%u:[3yeLڡT'=Iw3s.=+6jJCNhGd>=Pfr?u3&ū3Π4
˺0W2`P˙0&&JȘ ,5VGZ>/U{woԊƀ:$+/_">;Ǣ٪ǐlD5kxK&Aŭ{ma.0N%Y($8Gt/*d(ЛT7ˉΗ2n7nРLYezDO<{zگ.S2\*k`i1؛Q,=@<Ogy"/_*݌jd9-`eR#<دA^w#C%w_BV TBAF#չem$!q1/̆nM"o3xס#^HR٭^klѝNN+3>#%
fePT&{'Ŭ*_b[NA[tqؙF+G\n`I$iU>=s;čPAaN;x[]r֍q#Rh>[!36
{>/F7pzśَKs*zX_Q^&832SK6Av!]:ŒX<CY!ZRԏKrԚ!cr2"D
fm޺Ol+PL}\T7	|':KAk]uE_=ͪu we4@Ue+**w` =[3fcՇY]!*zuW3c~װ=3trLt&wXݩ#OҔGVzM|
VRafvuϵ+-֐3#721ڔ"MEQ GYP̢>"]t" TUJu˚Mxơ?@$mHH.V1|Hh2ۆvix8a`l{Rm/l Y;]Ty<יta>YŞ|o"=\x;Ts&ٓad	P׺}l؝8§}6Gْ3s4Šߔ0j݉[O<vոZ֒ϟi%niJO)aĪT*cp߃E <cg|טmQThvΌfӑݵ3iʇsDɒ#кΪ CUlyVط;I]c*}i;\%ebINWW1 ,/"_g04?[\r6wk|Qt~NqpFډEgv`!Gj$L>cv9E%Ԉb$N~Փ>/<׌{J /3 0z@ֆEIz#j#;2	*71? Nc&կCM)׾s6Gķ7O4qےts9L 5ݽG_NBjc#z/j\pB^*=JhgL*)SX*O3~^qKr#̯P`e=ۄ|~boBWL3͎$|:@kV^ZC>M0qߋ"Lt'Xۻ_Ta|JF}KFkW)$2:0-}:؍9Atާs֚0?Vpք CQ	]A.	)PmΝ]ztōSRls]F՚@/Ahuj#htPkGÅ ):ʸl7,]}w`^&iT]5JGvWǊ=9Ke<o<-cNS*c<Rn\C]mۭ6jzXXUԉXsDΥ}Dr~d*Ϋ\xlȬYIbԗCx}~GN3e$@8ous?9/qrҦ8>@/<BxOcjm;͘(ejc7JxWso=8r{p=E9~m9hF9J-i3?.VDGΫvazqkoS2Z 158ِZ Ɨd@ӭ59;DC1$'Ia?+տȮ8j&M"k@ĭ<)g_qn~T|,)<'yR/d1@3
yoxbkăd;q~D4C~ë ؑE_~P^Xz^Ox>&wyPI)A$m06fuƉwm{X0YZ|(WC1{CBo.Z~,,1*oƯTܸ4Rz]
$5# ǵSz'Oc0!)M΢4.Tp?2ދnĩMO
`ՠEh_SUE݊;\SgG5:*GcנcÌ147`Xk<S|J$z^9l'[{֓]=ƂE߫Цх4Һ8l#&N,\'^sSyFЉ}uozf-zmIpʘ)~̩(љ_fh#Quه#L\Mc=*;K-RhߛU/u^2Oĥ-ZFkHe	.9F?=1*2R.{aól"Z7]ܯ%*ܾ\b|ίb#{{!2
ʅ#BrQr͆\YhzvcIaU֭Vk\!o՞QNn0mzE^.8ʆD?Cu	bwklhk;i"z"."(cKiNF<hV׮ș@)yƭn`DHUGH2Z[V?Bm9f=QݼUۧטJ=Ea]F=u\ߞrxY1#5"ރ$\xǛ1XYWRJS
¾;{ѡ;4@³)1JBlˊ|blkՀǟ)kwo֭/('"{caP[[ׅLݪ[8xzSG{`,]PwNG{0|~MBGutEZ]
Eof]6RsQ4i@ 	o!˛=Z68\|w2y(J+^
e<|zS_O_$]IϳOzVجAvW)@}2"%[]ɐСpӞaDk>;K܈ƝbAsyOm݊&ͳpW81a&xlsvLZ-O%lSUxƐ>ԑ]+*PF86'U)|!wRx^C=e<wKɒ5]Râ"JwĎ0~%׺NƬgpˋ_՚B?l1T5W.C]Ȅs(5Wq0f*I7|W)KΌLC!b:X(˸VO/4JU ywLi(گXAJ/ʡ:W#[vyk=-Z>;ދ&]3UL:5؜òkxPЉdKڇ
5<9(__wKlξE4Ԑ#e~$2fC'*lQmrP*3 պ^|BjǗT_."w	!oPN^(+/`jħߣwP+Ѿ~òa#0C$٭pn=sy¯|x6`ǃU#?dqEo	k$0)@(JӃqL_84B@qܗ~\C}qOmTK^D&hh7Aޖ#>lQ̳rNْX()v"D{RD08qȯHCw;GC1jENYDwU̩nM%ML-W]{Yڲkے<kn,"|5'3ݘиe>پ[Tշ3gz!߇N҉Y$T:7.{ǎVƟ>Ի҆dQez-	RjǭY-@OܸNhJ>:j)4cf˙'Y!p=Z'r0Ru}j8~-bQ9`A}Sn?\ԄW'{ٵ 1ܪdͽ<<( "q:)ӾJALQ6!}6<l&e1)LNX9 /i/,Z<pzŴ)OLW> vp80**s]/Pƣ2|ߑrgqV4|+0A#q1ё"/BȉeeT}<ozG/dXXb~Ew[1Hq/,5aǥiR-6
}f$a}PqX>AToS[&LuƎo_1Rװ!' R7-:k5,W{17kj;sVۿ˟B|/SX4'4z[1`\;$o<Ǐ7LsӞ*l܆*_܌0(=ȁ%g`ϵܓo7GYz~k-h^Սvݘ΄!ʐ&j=šϠf$ɐ ;W[/pc=:sH}a\P|*<Ea2Y'/i~s8+'VÌ ʾրds^.gMK@6òלQf@{VDUkxӆjDBmH5\W&MҴ(Tf2l3-lэ`K%)cuۓ˼;Inwl;t?_B3*U|3Uk |khʴzy!BJD2]>}do)غx&ӂXhǴNHudթ φRޔjB$sT(Xʛ)~bk<kaqރ5BUD#5زWc*-I[ݼ8֑k_,GkiU|Ih!ɪަn?H/DG}:Ó̤)pOwm+E/zBX˞kU,G/m@Ao4<:SPV&1{d&Wswgd$prFW:BQhXkJ`4,SJ{V*}po?/4x˾5NK ϹL٪iR;1W_U~:G2[HS@<H[{q?24&4.Ɋ&^?Ջ[GF
>s;62uPخ+\FNeDlhvARIH$թN%4B_u1Qҧʅ5D	<Km6޺H@οcLmIv\fi3oǓWƽi?<^i*Bo$j]gUؙ?S(LyW(*SxӺ!g}3XM4DΖ6p
PfcjRIn~cѣ]	ĩ#a=0tۛҜihW|ybfd>,Ӑ`T3u/qmavA<EڨUL~j2N[s^uȘGclfr_ɘ_݂\{O߼]CqE*ՌKm|;P>7:HՊb?+qҩo)ė;|S ZkٷԭhTl2.P(&otC'9.۸}\`Ky	ZQ4
kF`(3ondK2̚E֖g.DlCջIіcn@,TA|RRjH5w
{͓Uv¦/?34"8\_Wz+@(gyB~.ȓ؜FS4|7K -\ʤ́ak4#!-c!\i.iNߢ?*G~ʶ]~fӒ?;סߒh+I <TFrX!3~ϟ0D[,cnȠTeM9!nY̘`r&f*i:,EiIp(yʴGы0ԟ:a7<!˫ZޙɈ0ƒ ^_LFCئoc>Ca6XR"AҰU_g-?,:C+U)ӘG\cE|QO,u'5hgJ%#"W[Y3NfĜ3Z.-F>/;xIE6բ~wZWY,k51+)}x~&$Z|)Aē}vtPlH̥{}=j<3@կqE<AfVwhܬ`u5H^fi:ݾP 6Se6 r8lDʆǈNԋ8Ph9d}x:ܳ1@O.˿޻d/=\ǝE <ĬH5Ziyx82pjxQLϓͪ|}KX)mj-°RSA.vc8ɜ˒	f_ԓ0vw-ldx<%Y֏'WNzp@d2MGHک]١xA|	=Y^EӗJA߂޼z*2$N.h&d=X]`ckh(^aa&EUtq:!>t!ކ܈AD Jm6
9>#ʳ,HRbATS7qC6OU`Q ϊߢ24/TP:vχ@:(0"TPGԯASqrԄDs#x9SYiLç[X%>HD.bNn|'mM#t0ɨgK'4Q;k!_>,lw>$TWXǾ>ܭbBa]5ph)9JpU(yi\]Z6JcL%aصxv79MDE':<f@DT{џ+I\@[Q@sN̂IhX[ZnoiUcRΜxMc>fN\EPvhܘL~'JtRMcβ3#DTTt(3<!jpNo͓ڠVqT(Ȣ,>tmɎYE17K[vAQHMBâǒoΙaeƿ$֍W;()l?nı1tC"dʈ#L\'*c-VˎSd}_oG)bٗQP7o200y+2Oܩ/ܖNs(SpLߏC9N =UfʕRtw]?`Y}Ϳaigb~s3X|ÅY4W$R;̷`1buft|I7pHKdƼ,^?e~8\	FQ݁8v<۩њCx%(Ĝ!Cem$>Jcu*jRvT̎2M0r)j%|G{
%0@3ٵNvS3-|*l!^0֏QKrf֚zg5`޾n8&QY3nkV
Йx٪5U(<CIG\>Ca4:LטK%g=|WjXH7ּ|9`)&C,]YJ
#D+5Q.6q^TssEfJw9_Ms
['1߇EޣEǿLTi7m~R6qIL#׎3Xb-ǻ7`bäKNnJYohbTv~x,dD2hNR?~ƌ`*ŷ{ͻ ycH`եAܘR٤@f(_f<>I&O,A~nQpy[,¢jrq-xʿ6je(<CXQ!N&J7RN($ȷ:a>	\#hnLD``ϱd'u%&#T?*aTV0{g$\%G?_ yʴfuh|SR)A"a5>ͼն=X3y|F/D(1Um͖ͱ!},..,Æsq7(Z;W:>&WڜB6C!c4L@4*kLWhA9Z;X!h)nt_F(OPSdD)5S:;}MŖ>mï[E%q׉v{'EU{uچ~=S[|"h8-AW/v5ۭьFȿFݧޙ"piv2nG5S}0!:0f}pr0=S_e^nIى@v@+.5f"fHfK1+ZF4Kަ<HB4.ɼB0TOGԓ{y#c01sEy h[˚QxT}?iBغW %LkEև3(N2	?IU#=1Dͯ_"-S|͢Ǥ2DWÖUng"|15f/_R6Cpq:`<Řϱk Ӳܠ~4޸D.қHjF5	3}:L5<u{7_6.b3̦E)`$kؼ
w?M{:#Ċξb:ì~/sY;Z ~(^ J\HD-vWS/nCݨ`D{Ƨt|W?QvIƕЮ)RDKc;%S=c$>пٕmU`n<i!gx`KZf]9NE^:ܵ^c	?^|I+Qz:%~%{ϱ LӲm'A%AVE%M]IN܂p~zB<MT4cslPIݭ<[B)q@H+RflFr_'eW|D:Cs^BosK=.AHVBpn*i,=,p1Ep`~ؾݸs@UJf)<>ÙxZcqRXD/F/ϵYZwʉ't`}w3"Z)H=ߨ[l/ر0^PtΔ@\0AyN;5ifJ w=fʓ5ƶ$&\tCcHA4gEIa.Mg}	e5a:m\_vϠӑB:X
Y/unՄ
<-6l-8tT>.QSYXK)iA"@wG4yN2I!>dgIW8ahI$;BÕVMV$<ͳL>܄v=,[?6)7{Û!lNqEo܍ϛl!3ջS,X'thwڒlְU=y8gս@-ubTWP-
qY=!ւ*O:2nmiRmՓ\G\\ӁP@ܤ^uq.ѯpz
ŴbҿKjuPwPUޔf-H7>RtThp>=Kus\\c҅t{P=NՕA{Y"$|Uwަ5]&wJ&g*8n
L4E7zkUwiA`ZM5YZ͚[ÀdAFy:PR>ߔTL3:eGcu1]|eR=fb2N"*śF<zÅWCXV~~oېcmPðG{"WSH+^	f+`! 9o>2RgӔ5ZŚoLBXH\#I<(_8_kVGݢȝHP6zWF@PakA^|gLRw>9[6P6gǸ5m ϓin݆gSsHއ<(m{]e}{av
%`
|n܉҂[F`l~e¥(	Kq.2#ajZB־͘ZUՐʔ"_B'ٯc  LfkC$Fԋ֯z#BG֐ǥtxDEX+KA}r3A#M$4 YR/(ڂKҳA|mܡhO;!Dz6/cF)s>LѠ$&?D:cec+5lvgJB5KA
1u%rb<(,؄TjR	}(#:g%QAxż=Rq=Ó7cIr;C\FмkYma<QMaȄLx}N)2wϱchuxzP\a--_]ʡPC,
[3f+ޒA
=;uu>f?Jw0nNϿ9Nr2)7jٸ>1t˪B4v5pFm:aTzԆ(@QR;{$C[ 9ւ!.[Zަ)d-%dkpkК$XT '#>2خcߘ\M#U;A.ˋ`?c߷Ä\>BWǥKR|ZM"eyt44jԔڲ	$\kwn
Ǝ#3eYEcv^2Hc&!~[/i!'Rņ/<5'!HC
2 "czEA"zɠ;6rL`*if]1@S}&q݀2kH-3]otI_u̔ڈpe*.RpEl]J]oj1I3O,R=ȥ	|:y&GTڍtvzMf$=ІXqIzX9\Uli@af׭u;֖z]I4Cv֖PqfV]O@0,.LI֊1	~Nf_qL;&,Pۣ%c,rvD*ξyg*(ָdlo;cy̵$mke'jB
AQ3BG׉Xعifl_rr#o	X6StM6ԋÜCaʚƨqJ,e[ĉaiuKޝq%q[cvh;ξQt-;hy9p7ŏh(@P.b&{˔̶"yr_}ЕAYс48ԯߕ=`iӋviׯ7T/Td^$˯MqDk/Yn+-~_@nML2J3[,у,6]C~rUJux/|)Ô\ַM4MEŢtX8UO*Ѓ	˩SÜǅNk6*֮:+ڿaĚU,Aa=~Cpki.w߆J!cnЋ543l%p	ztDLnxSi2A`|ަ}߀t6gȧ/8g*V;vJzGg)}MKӠQ8yu<yXߥD#*Aʶ{W>MBB"&UFuZxɃ,T9M"BEe@k7χa&TǼ=_"ʬ=*AMPVڄ0rZOSנ<
7U*/@
9u	mkb
A(clb0gNA!B
jAfr-ntA~idkc(lUdu8Θ?w/zHMSە_Ҳ_}OœWp=jBvF;?n?!$R'
-ѡw$S
/B10x
R*%zd+(U,x4)%8yj4EÐ]?1[O7.ks9@kƣMG&U]D7Զ½ְP<؋f5ڞp-q `b*(hW)M\գV.!kBMj.fm8s"NU{:cm&cuY{Y(Т#2O+׈Q92"%PXԝ+k
^$ȭ~LD/d|2Q As=aVLǮaf1QydـIwHmT½8"$iW?%W/E
+`G|QBgїl3*p:;{)o{p,ʟ˩AM;z$4#oK#PʴXAۑ9G=fmYaK*ޔ:s&-#K4q/Kf-]i=&XZO\"p"e|>*Uu^B0NV3X,R lةEj	froOFFN-*I6i6-#6E؄M7C4ʲބh*L!+ǾZeH5۲4Rîe;@,kT?9xf
-:Ϧ.EIϼ3}&~ه56NÃyo.IeǴߗ(Glysd܀?;?^O͢f̶eJ9#3a^qǥ+ڻTOST8߭u?	ۀ+~A}$c©Y~7v0ulwԠk7aA)j^Soh@]7Г||G(#M@E^̻WwG٬ؘ!oΫ]od\
_=OǋĮXbCHj`D4]~(sxw(_|Z*1kX+x"=Ea%^]ϳ]<MCm@	4ʓ͟{NnGЏKG)plLƩ7Wʕ}sT>x}_Cm>r+i.I`Ԏc{ޣZΦSON'wR&)Dɡ)+oinS>tܯ5U FuaQ'n%BҞݧ͎?0ÔnAo
8p@rӾ߭H.ȔQȯ%oڃځq[|!SU6޽%UDSoUK$ڽ#ߨo -3#L;H$IɝgFMF$g`Wt1˼|h#=Dͥ*sFF߭S*I[/2VvZrš(6$'sşԦkРqqzY4It\[h^*C]@dmjqt=:u.DȱB/>	,V;,9XV;YoJmR(Eou׮CϚWf?wъ"Kג"qM`&lĕN+8lwzOM.ȁL]M``>oӇzGuե$Kvp-j_H ʍLzJPywyp9DekzѻZͻĀ*['52w$oJ[5
^)B5΋95RsVo0yj=*_hMz5Y:LO=WSH%-3[$
I`4VXfmN}~4ɗxbLdoPTj#gv;q޴O^@uXV9͜ZnءG֔`wfۀŊ#ӦӹmȃK_9+ |&>rnC-$2"X>:a2Q`ІiAl"At`%*7*56G@ON*ÙgmCTű^7ٚx8Yz4Д;iORNAȱ*W4M*xsy$Ǝ׼I޻£u<OP2lFԶC{2EUj؀<k>_ۨC l%ֺ˭T#w@9I?)MICDF	t\pPXLƲ<}qBϏ"$+`,g#;@!tU|@qo]r=ϥk5An8gk?EEֵ@t(H|Iv)k+>XH}/W 7/]nA}	<7%?3߼D/ZV̗
3ޫ7&r~dq2*E-з2ˤI'Thby`b$	؟,^ݤ0{Wg/#p_QɅE_>Ӂt|cw7>6s}6xдAϒVl!@$GmCļ,l8mqeud.7!ލX~҂;dɀ9؎(؃mDŁ۳jfIٓb̈́iكgLX)\1g~04=10ɩM5*؁mm}z.=þ܋btZot3̡Ãh|ҫcd(%E)[bH?B;{O4Ǐlq#<ƖN]E)N)E,[O}#HIC*f}@Yƙ!v$[ڿ``m\5ُյkeDc32nlz=2O^RSď_yg}>Q4ǳ۷"[}kN0B|M΁'%oe*R6ɐNPºI#k+9@͡;bY>$Q)k3ԤcBg.uMȍ@yݩ%ŨIH+)ȅ7(TYkȈ)oq ӕb|Ҋ9=Cner[`1[Pqn_zIĿ j]+<LS&	ƱZУwE)sWDǌ,-̣4o=a ƎL_s;4eжW7i.mh'{\\`|ty8rW4ܥ0ݖW(JON)53/|ԔG^jȧP#teNzFFȱWc`OҊbC)9A~(fתX0Zߟ/?5|ڃhVq}YEK-=)Mpa"{aHFI5oºkΐō4:usOķ3_huKLA"d^yBb&TmV/ehfKmA<	WJ?ټq6y̂ mtLS*v"pky<Hö\0-BFWc&TTZ^:h"p{ږ\3k^ԃ֮t!hgily,X,ͭcR:EYKj%y&<T
8GvA lD
LÏ1JB 1k^TtIy	+cNy@9ܕ=ǾX}y{֯w`l4KuMHXZuT%Q<[/r{*@1	2_͢2'4vlי`c"1@G"g])+q$r-BbPF}22}ٺ<_~luq3;7o%U6qɏz&
2j]lĈ
Zyص=ԫ20Z8O&?3p׈U٤=QeowxxYզّQ˲KEx۹WĦrC̈9 Pr$s4~s\a=6hw7.vNd0m[E2u3#`̌ؔ>l
Hx)
Bse=+ߘ3~7gIՀؒQsSsxӒFFN`q	%3b6#KI,AӤ'Օ*zB
b*96<kefɹÔ_KYn>Y={$؝׉-ӕ\nj&Csټ.3l%RH(żOMXE|ʚ_݃&Dw87FrON{JӦ%wA7֨Qv_D5֡kſ]re˾K7h=#0,ʽ&#N6BNu<(8C;KgBl"ALA&8<6pƤ4<UGߢ՞TL|X1ʪHȏ`7 ձC.Q'dmNxT>she} 3ݧCb#~ܠ81Rٹ}ܶhg_T #iJoBl}F6ޖHʝ$:5jXjрm{əѨs`'E$?XZ6ilTjɡVdhF4VM~m~4<^C-M߳G2SV]Eۀf PWVDM)^&Ӎ,0ѝ$ha19=vpUh(Ý7RH6ǐĝUײ؏?',ىfE<t-ɔSճېsI
ǆ=Rjاg;	gPF٦Ld9dA_Ĕ+ qP߁nݯ,ʦ/ЦŲZ@@M*CKrNN9Aňc8ǚtbBJq
W}0RfoYL	-)SQ#4 ݴ%ƿPkч$,}j?bLؗb36vU~|Qm9a!"WZYФOJ0إCq9z/Pg@;RiLg{`GinʮeF0.Ҡk(֎0܎&Vω7s7h߁S!sh'vJ:.yRKjO΅Ka#5FreC{f:OmJ8*?vգ, ysXaY:I4߈kOTmؑrB\g

cDq0{ܹ_A#y_xj3eCOV#'mnx0*`ӝ:fT Άςg4.P	okHdJ"Mނל{ئxzDd»Jz;%a`ͬ3_*R+̙6M~App`XY)V!}EOnUwFqS")X!jQ;%~rP#;}/uj.]95sŰ]yĮ
-ǯ|b.5OG;({"dϿL((3(sЍzSDvԥ	s&t˳dUACvrmrE<Txh[$=ŘuKrsٱύ^9ӻ{ 2P_#̦d_3x+tw#0yO5AA[ڮc,SJgQN<͠sm;"HU:Uag>ZdaǐWcݕۡ7UAT@_^o\cI a
8(oْl#	XNʯʐuvh6?oOӭy(Hxiª>}pH=C7C/Q-^4Ei/(9Yxih.it,sMF_;\1>К(OsNED7:Íad"QLȄyiǊ5gKEGyo͛еHq϶vd pVJhj1l
hw_ΡPژfa'Qy\"`e2A˱cϤgRYHSevF޽hyY%#mec|!Ji	Bƺ@ibU7v'fݟ1߫y(ZY[E)ʦeptv>m/HvL0&ĭ/wԠV-I`]#COWjaqRqV3eHy_SvϾ\Te qʫ$B@-bag;'[pm{([Să0aL`W>5)ͩb ^jJk3Y=u7h'n
m_ğn.9B$Q?щUSF~
ΏE<.%n3[CN*xff,C%o]Sazo"	QrdBYL</&3\Q1˨H*el)#;pӀ^Bft9$_,w-Wp	hXMs*\-R~Z$!(F J|NԳ԰Itg@гθduǘȄzr^9S3#Dƥ%]sƛ$8N
ƿUsHU{|(%/z	-uvA;Լq[2DÄ$K;::|~܉:vU}ɘx9K)(ĆC*Y)^$ܟ{RvmU{N~Py1"lGN~iǫԼS9=xh#եo ͐$|t/U23~?mNUn8)ŞX,1X-j}5NA5vn'v˄wFfZ^)ɲfŹey՚zA:~a3A/`o1gW7E_2;d|B|GS];չ#A+FX&7	ņsvhZ+/!"{rRl̳^VILӝ0+i8`[φh0-]N+ucL*Xd 1a?ќJ9_8a]9rKUֳaݷMG1T՞ǺJe83tvC/'d[#ǃS9y*~`F׿0CSԉx)C;C2+LE uA LUX]WX	_kI0{ƕСi	,bc}R^в۬K_	}#tsJKggtGhimKocڿgjDPý48qa,J'\=9Mõ_iE'eAlMKNg)^m-m):I|BWSg+F2[u]7*vbcjzLqr>TmEюΌyc-QӨDԊckŲzDGo6x9+V|b&"ּmVeA6Ն
gM?#7)c{hCO@+fNy׍I~C8Ggw"]*$jٜ<S8OlD?lg`Xt5	HfwcEZrNob&Ҁr>|U΢U_m{{]#+gfҐv<TY13iPKeF aQ#pDҪűCyDk>mx:=< )Y<RynY
º)K4Ȣ4`!4ҁx+ϻz~US^h/K %2ʂs(ӪU]@}gM(4:^d@-Bmg#	kw=BcrҋX̳5~ٱe9ԉyg}а*~eˤd*:/<ȼ.QY5a/hDǯQ)<u<ͣLg6>%ȦZlZs+p0|net2fmh_"/dN-(؏V(|{"TKV xvPvkASwF]SW8&Lh.mɻǲ@?.W^(ԃzfTG*.ֹӉRv>	^[^ٔV2YlNDݨr$2dmUgV݄TɊKdOXtQZ!D.sˤq	ܭT$sʂf/jM\`*˥z-\KVXKE<$]A;ǧ]mxߩJhJyMD!Pr$|twԮVhYM	t[hsj^aob
_NDЎsRF1IѼA|	_8al_KQO,g޹SDpU32j&97ˬ[c̻
fy9
A9~L}4BĿ;"7	sR`LED	l>kqs7%&{ǤЍ'!YItёW+ʆ69cw~{چyZʬƍNtΒ;<՛ٞ!ΞBp&jX|{Euhw4RĭDL4.il̻$i܏lb;Dϱd|`P|\ƣJjގW"bqaIh ORdk^ApĒǿسr5<`lsoTRtͳ4~lTצڻB@4B'S0!RfuY`Ynޢz~K¢h8#8B`G[}8C/	ƒ	flr_V$t2(NBQ7h؉xUY^Xxyal)6sǡ_mu)ŐfJna6Q4^o047Ol	Co@k6&P^Kd$krϒezv@lohOO>9.Sۨl9D{En:ԔXkw	ĘmuR&$4EV0\cXaܹ@!qIغZK|˗eWU{6tפp\L? 'K©Uݺn_3Q[l9\oogȑbu¸ӂاјĺ
][LƼՀjVʞAK^J	Slz.|;/Ϥ`:Q8JD֐_z_jLCt$cy_z(!}-tX!]̈́ۼΦ"LjOz35AIq7H\zns
@Pkv֌\+RԤ+qΐuޮf$f.yu=?C/e7'*+%	+,r~6(KݸɁsĹQ^;ܮ({-u	A>֪:וi՝6\x6lZHǿ^,V;2ϼ*b͊d_*ˊ	~VY@)		X@!K0;~qnI6NXpը]*!4&x!֔͏=ڃNhw9VqGңV47Jn2cU+CdSAaCf&B>|ݛlcJXV*)~tҠj!,[[^3oOȪ7RSp);v<ܺ*eYT`0>ߨ]B|5hNN[!5Nv
;']<|o8i}2BĆϑ^Tdrk[*xJ޼
ѯr$djj@I zl1s*y.7BA/HxDEOՖٵװ~߽bMnSW*	ZLy=Hٖ-(2##16	,k4?vN8W݅͡[FR:ns:Bp$grkFB1΁ËItTxm4&1'jb3ntFjL}/^_@5>1wEQG]ȉ?ok2dP.8Zy#
~y9KoЎVky|4՜+ƽ4qmZޓ=ZQ:qJBHgbH܏2!nC+$Zd,Ew&s},M8|q
дo,ee%y+bE	r%8Ld0GGV[2cT_]6XΦ%q?Y]<ra"S:OoKSy}UXg+mڌ|/T*,-aX!zs)%.P4s<{Tvٻ70-rW-mE38^)~;>6ͥDos4YS+;y9F]Hٙ|:pTj(R*T?Y%I72]X!C-e?WhwxdK.r.cx#ݲMG3+B_I$ʜN69ɔr9ȼI9QǻϰXI2LVt^J;VNJQ`׻!b';,fU{МȨ1AOXWyPonqwV"NoVg_n!kC-XA/Lȇ|Eހ_R4տ׷_52ifdl g)%)y
S~Ftw¤EֳA͟ң*^OG,u#NXR|qY*P?z~nF2viҼx{9i\nZ-B :Jx33qVMvľQ@fʋ"@77E؃3q$"qGO]Ɲ9.E*/?/OszX݋>Oİ
^AsKl|UUByѧ|ܭJ׭Ojny@WGg=#yԢRezRVdnK?+b4$Dm~o0>$Qi?-H2BF=Y'K%175	ߝQv`͈^`́5jӁ0o^YAF^.̗ۋPpc[5U{y+ʈZdzDbΌ~v>J=͞"VxL#R:ـ[?տiKSk,%$1Ժ*>YQΦ6ؙp5Im?Rt[JQN\!:y 7k"u9k!iҹ5Iж]qّYbD9pP8K&!Q8OX
RJZ5l`tC-53ݫ8X͞ڠDC	owdb7/+rĥ7)+ʨ7v`Բ˒#j%K7ZBcW'4g=JPZ&fmdvU8%؉'|Փ2"E<؏1H=GNWWלW3]CS*5Qfbv\ECEiCMV?$Beޱ2ƕz}҅i/oׅй-mWlmڮPNj9Mخ{Sԙ>~yߺ.'V@ל,I!gβã5hE4ubّsGv%k<ɗz0]O
`+BWֱ
|PGTgםG*h o`l͌279efeRo͂]͟=Ҙ]p!jV3weaR_ĿCa
.KB&.2c>̨pš9	b0^vlMWQ(֘=Ƞ2_;ť׃Xt:ڜ6}~FX}CPx' L.71dW5f"g$=Ϣ13h.uO]kbAX1R=EiµWs_l̚ˆy=b:^oEk2<ĝ1Iɓ0בN(&J?[
ok9œB-<h߱Zg[ypxz)b]8/d׬e3:)΂[}OT6F//;E\Nؙ"	hPĥҜ)n2RZC2aWU6H4EgE?YOn'RO-Ü҃P(iE].}̋b%a+%.iHu՝LKЕ^MDYμۦwe~'hMVd;=Nst-dZ9ebF.E܅q{&FXsp˛˸{3jP\|pws-3ƌ
kL+?s)eM7>ޮEĔfie`1;
2.kRد;P)i֣h,&S5čn'ǞHeCN*<ڋҡts&5%Sa`
z+F$=LKMڑXhb}:9N5rsB{&c8z$zpfV.^HjA*PY_[!eԯhRGjĪ" n_KMiɜ\ƿRæS30{+{Σ30;òmĝ"Ȩ$RB>\sf̖9'@ a8I5v0HQax#ml`j:hvQ/2/2MjܴX-%PYX{(q֓4AٱF>k
Bo 8&mWΑ.0*1mczKejH[kvFW5]!ϜݕӦ؄V;.P8U˛{ح)2V`iVÌn/zR_4*ll)aOT'J{ӻ4[5n{ Pwjx,$ƚ+IT@?PUW٧-om6noq1q,zߑU^0ǻjdM-(P)
myd=bw4+S
a;oLU!"#ܮݙ_1{bWyJkHY)gt׽xp$ZYN#M|Mտnj̺oxٷ7,+#|[0ΗIƙFNO<
.!bBe-u=VJaesoX!Π<@lɦieQAƲ~[ΣƮ	Gonu/¸OyX*OaCq~φA%IY3C%DH3
ֻ͕Ϙ&G58p۸Mnќޢ,}Ay^fRr kEÙI4tצ^2r6 g/6]VfKf9(+,6v$yT!Ar6tAŗ..jvQߍ6_.KfGحdĊQܙn{ H{ hӊceSwH'/Cs/_tހLI
Z*0Ww6ӗ+%ѷ'&ŝh<Ʃ?;=U"&5ۗKMxޑnh%c@l?s5K!qѤ&y%)hl#w;UjāA[ɆK}|ֱB+Ңww*\|h$IQ%q#?Ɵ"CŀQY&
{W@P^XJjm)Jա)1E:c1̉qH*¦܀}kkD7P)f]@o\h҅IKX*/#dpHHC	Ϛv*
eh0UrmtI<SUrĀUyjw:e׊0}Q`@VbPW6`/To~XYT&wfUsaC46TCMaIl5e+#<3)|`VvfuIN7x1aIq:<r[ӎQJ(3G{Ґ=ZG6A6(\\S߀j/~$8E;p
kkX]%ݱ_/)hAI"bV$~q7Dj+;-ԁ2s~mxXU&ӳs[W4uD'T517mKBEIr46tVDT^Hgb:u6h~OD=#MGqdϱ0$G9J8/dqϧ(Gc̢߿'qϱMc~ȕ!,QňE`ĕB]%]}Wvj~Eq4k<~,_зeٓsn)?J.?wEh(u|!/K&0΂,wy^F  ؒ]4O!:oFj3<ߝ%pcګIđpݡyaқA%,hL+PM`(x)AP5cUeX={o^Fن{zOT=2&>1ͧ]yح\@)˱J}YqyY'sE2|Q!i-RpBS<b`߭eđJorĠqdM5f]6amX`J̢UQ*B	f!P#с
7cYecI2^"(3eҽi_uѳie+S^-oIk^2:ømiWͩ~E3'ىΥI(~8݂LҰReBIO~˨N4	u֫+0/P3ql"Kwׅs(y"<̒) 6ãNmM_(+Sg@a*v#7 :YץPj%wVGë4,dĴ԰7^>fo%m@|ohxb)Sqr@{õ> _m<{))ոoʜuYs9̢nʏXR{
ŶL>'Z׏ւXt`p^s@|]`V4XɠA6	p}إ4Jcںmu/3Ϋ	1|7=V-1$A=rBߪ,V:x1E= .b5Ț?Vn<]B7
^7ѝ{>P".rгO	BWsD^mMՕpҫE`/{v7O/X0ҒqYp{1vJ/?<R4Uk5?+1$g¡-]ߗOϚGZ·͓߸>U,rkjy½ĹE>R?Oz~{K?֍hH70Yݲ_>AS#*ca:":%A|G[V)KVB3x"l:f{oٌ6up.-MWrCV/D4^J0Cy Ⱦ`h>h?oA#bçyF͏%AabJƙ׭Ľӟٔ+(\T^i'7<^WCP*fxXDU)hZvK4zb(ȝ``c|S$)ӕA;C6[pg]xC	21MtCN.WF׉]`"#[!`uD݇v9ahyAB~s~u;Ojj+ÿe.w-ϊV|hCd[( g.YD
Ej2D*?SԐlsN?&$ܬҎ@BٗںM>biďj6;bujrb|ϋ 0zXb<2iߓE`nM- rVaG6oYpe¿r
YUǒ55Eץ {UuN*xp̘-F]BlqE܁SμY.~Z[tn(z\ִ_.P,	H~=Prj*d7d.t%[4$<@0?ޗ	 ~j-D_$ڍfXV>~#GI)=7i=A!+Vz3ZhsCʯZž
!1-}iۑ09By=t"Ť]TV'r	904u>]^^Xn	rnÍ8+LPBXҬ4ҹ1!B6=ܒ[>_UۺN|['̓^uko!PՊZA~=ݤW?wxޥʀ[Xʰ/st7U6|Ē*œGӑ1qܩ[;Y=%M8¬T޼g+(`IԢiPv#Eub^^)Y!8=@9*v=	.߬ο݊?<FnFD+m;Z(:p`݁]s>MҊZhxAd`ScH'-T}V$ŗnl*T)5Fc=0[rTUY\CUitU,&De|D;xʎ.7:z;O<ڎE
E".an+8VXݐ4&ɅbE`2z¥Cv~~ 4rNRk9|~\];W,ݝH0 S~k|cϛЁtw^TtQ7u6
06T#`]qh`wde{L6ʖE1nqE2ƜƴEH-=(V2@x{@,f/0C!wBcG:K2)^҂Ch/N\l]wXe^ܕ<zM,zLhr>~hn+)1XU]>8L)aMmم#	qdxeyMW"lD3?mV_NMP0ӕJZ!0aIQ+YKP%aMP9{E3VqzȨ8 o4{ӺǛΛ~0Beü=GJAP1Vz8g-yٝGcT+onT	y^ʨ8$`wAG'k~CZfv<4=aO6^@Q9W)ι,C",8æWBμr]n݋oCݻGq.VMPj@2b{0Щ)ga+&@C6.==;MޔH<	&w3)ukj@c<ʜφs,=!c;5s(қ `,`& !ʸ!DW|π7ݪIУ_hxDG=}Kű{*]Tjpæ0˄7s #p.,t][YaL,{X]C	Io`U0LR},CkЍCg6&
}yvd+Xjз	hBaNޒ{H43үP	@Y˺k2!޿L::+GMVMzLG{a#gܥ;4Pc	/L|L&x<c]j-1@23M29'-aub׏5rX&ծ{:i.6LW?,6_[ЃR1rZNۜKW?̡,dGލqIU>WtPٙF=f`gaBҩI#s)˔(j	sЮi=rj~,XO`*#d,!R@k'K*XX7EɘVЗwހLD_ס$jհJ
72J;drFPQ=B̈́Ѭ|(_ٌNӝ̑VTV~ا	r:$l-@"T yНRY@f[(2ǅlI}-¼
Z*ZQF~72q?ٜ<޻F`w2:%Uؚ^q>ZAҔ&{pmT >ۖucJ0oHj):Y-Cp&BS̆rэ9j`YQSoEЛ	y|"t:P8EͤlςFL6@5M9Uod
J:^΋ҩK%JL"8c	΂@*qm'8Hd/ 1q-2KIԫDYs~sAdpod*nϭ`=&L6N<~ND*ɠ!̫gwa8Xn=H-}Θ5P;ґTC1Q
mף-0=˱pD=j*~S&)ѳU̳ܮ]122ZlO߭Rֿ)ȹy
pY{w0{ЁRx"ے`tj˛[+g.sG(nlѝvD$may:_AQ!%՟|Ɂ0'$-y}_15&4:q-' g+wA:jN/T$_*U=L(Bz5īf7Ƥ^!UIlhE{eqCW+rg/ARªhm[tU_J4g
GL|'إ|r%(\:	cYc3$7spH!Z|<˺^%,#0A^!z L۶}9kԔ~9XӰj07v;jhoPhEe5ơP~oQ+ŀ{?aQ@E3t Zu2Jn@uyR]<sedJRz2su+}>hFGznh=0dFVSvs!~n-"#ŚJKw\HVT;[#E'rגcdoњ?8Hɢԋ_8CH?/ߡj1 ݻ<134BҫAx6!t)GI,
wͻ!i`r܎{Fm~dp gSTnܞ[hٰ5#_Zҥ-dPS1's!{tRd\N-4O%(ֲm~HlDq	o"6*NY:Q&#D\^t3̌,;TtBN,m4V4
jD$Z{).04$iu|Pp(l`G~ޛkTQX*s5%
t\MbȢ+i{D+7Xڳ)59/?
{%Ŋσ4B\a7^s`wq`g`/>hI2ΘPZǊ@`:O%sĜ|2o+F	(88x=cɹΖVUpּ5Dܾ?MCZiq4ΓN:^,Nai(kCW	3T\ߺIST@(Ќ~̤h%|ş''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25192)))
