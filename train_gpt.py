import brotli
n=a=0;b=1
for c in r'''IM>r^C[H!^¾7(a=+c3isgŴр1y\͓k{c.oؠlK9{MzKX(7ӓ<t9uӘ^[21PaTP@e]}hF؁#Piiъ!]ʮv\#\
h	X0.)693He:ɨ0R3ZU:e	M+1M)4ɠWCJ4dcT+fʘ=v;?pq|kִötI|rޮֶΧ$C<:g<PXy,nǟ4lNXbJΣLpV1zn֩Ʃ܊ÏSL1	x@^ƫaG?M-T._ӝ¶@6R5Ƥs޳0Xkɨ#!gg&kdFPIsE7Zdػ<0Ą; $םЗH2~Ub|bfF^tDոWQsTJ2r3^a#2YyEFďoa9L>܆<)izqڲƔR
RB[Г*3Q*n)#lZN4t)c܄$zFvO+*Btؐ#V$R#1l֒Btc)mޑrjp%վTΦ<So<U/=z#e!μтOfjH)^E$Ta27PJ
.X(0ȍݭ	6@·lE°
C6IüϷPqЩc-Yq(ıʂ"PBjĳ*4ӑx6="\%|FV77]Q\BVSz"~o>+h98XaiqG&&!;pfPȻc+;}D9˖^(L>8 In(U&cdDN1ʺ	fs\5qטqtһW&@pItCDcoX=STb%ö&2o:Ƒ"?,v>Ǹ?ƦT~}-;A	>b8~p 

A=%D^=,b{wN]N8j{>\8TWEk8SHw4ǻm1יwc
1l#˺"`;M:k:8eA|Æ`
eFkB%5#f~'tUFˡvޥbizU<_5*jyA$T[iRbĐPabwgJ(/)љΧy{jaNN% IB%/RZI)^
P*'qv+Qz+^9. iAfj
<u}UMfɲ&oы,Ϩޜ(kg^XSFu=nIk1̟sjq!Ճ[ޤE5dr'wKRVT\H:nSQg{i$7_X)R/*1KIڻ]_.Go;{TB"Hs"׀Beef2@ 5AEw]RlDMt}p9Aī|Q$(ϡ;bGS~ʩBK~!8_ܽiW7eVovHw\hjrXօute]#ؑށ%YR7.>׿h}N^N/mrZM~%X3O"M!ڑg,D }+߽D1-tCm
uIy{0TCB
h\R$ K*ke'v,/SdP݌&NywRg2V;TozyI*D]܄D0-ȐnKnatMB\0,Щ[kzJ>u3{jq2? xӑN69Si[TG}֕aʐ=;Lmm3٤F_ئShIeQN:f"Sr+hX{+cZb+l6ū2gGKʡwЈTuڌC,߷_4̽aʒ2OK>UUǪJTx;bfmo$RTɁ>bTߟTkϑPaϞEcqr[v(i;xОp(1;cxJ'ʃnW	83c׻>/%j μC<	9G	KXIKAxVB-WS͝vVĢ8~:v=2)&u5~T1lR:.cΜoK'Οu\f]ILWBy##A#K=[xkj@6V50Əڟ>ɗfMoqq8ߪv%D]@+MD3mfb\4d67J[.2RqoGeǪn^B\\
Φ_X8%Y#&i)_O+úvgabx9Y4wD}e('4{JQFĩ9J~$$S38lckژ12Ҋ~wG00,\'Ȣc"Xc,ٝ^C]#c;ZxPc%0KT
AkVۂֵ^~wVXd=X˘oˣ>vƯC7ai6%Yk i7977;`Ԍ(hR˖Cr$gUY8|
$T*%FZuA"L;\)~Li;_>[Q.Yfl
ݩ=ty+lP_`O7SZ{s4~X$,ZzlZ ǢH>f3Kt.Bdi߽uS.*|)1P\c~U6ΖpFo6w*\/u{7H84уǕ]Rq(S۱:;־iğgS.&+K֭xvjABL&WN3q
lXP֔gHjEls{b	)K",7F)l12
&?ƩHmUY4Q4ar$HQR-nӪ0ʺ=j,8$W0PoӴm͜\_??(;Ft-\ZI&ak;Dݬ"|vokW,ǂ-s\VÛ{,b;
^6?XFT%XZ^h-Ɂ>ҝ5qզ*!.ںRZ+4ں+ekDY	
?eҟ8#M/OT6ъ6O0|p)Y 71nms6׋\
Ս@j4gI,˃0Ybʶ71ZS_xm/~<C{l00œv;x%WLg_ߩ=TY`UZKeEٛѠ{2'n4&!0.J˲!ٙe2y@^JiJE!Rww)L'hhO
@|lxW`*F*y<ϢIG[)ذ	Sedbm$+dԶX̵Wgv:HŊerLJgN+o1z`֋%OUu3@Z<5DAOgx-hj?S`^#M%׏FY)ԹE?fHA?9{wOޥT%!Ԑp1}gև@y`3"KݖķOܡ{dGuy}A]K)^lvf}2{$y3;=%XÁ}3ADa<NvBhF$?
lN+h.DA/Ҁ%KňH	A1ŢXjcz4Z+ KPьhiEh̸uFُӼL\hNoea0ֿ:S4[%\Z.qL>i9_ܩp;+9NVg'hcј+@Q.ˣ!>ДB$9Ƨr8_bY!Р,"N(qs<CLS*|ug%Ƣxy UqPAf*;tIPdWvlԍA`c+9&1i[m1&U` P`}4jfcru;J*Fu$ÉZaXjTfQ=sPcQHanҜYg,!PִP#hߔ,J!+Pgɻ|#MҜe{BuE}ݦ4(řߪ\ϫ@6Џȴ|θ1W]/ˁ˃m>2!ə<?6~jl̠:/9hEy91ݎ&P=S.8#57!oǮ#@"-mKD+Wdqo+")st~ Y%w/58`V*A!΁6o^kܐd%f<R܇xZNC;?L1nmI^=/l-?hߒ2VXWƾmA9DX@I޿v2O V	(͟Wܙ-;=tֈ9Ynzy=JћG/|fNd{ǃuXNeW΍k=>ÐJv؊uvҥ'71yok	X2ۓ'|+X%`is8
݅Kaҟ۾Ӧn6$	^{q95Uʖ+IQdp|zΛ5oGϞ;Iq'lƐ[YD/<6Li%rNO>Xҹlgەe%	u+F5kJ/̹ѽӐ-LG0.9-g"ң\Rքvʨ˿X-7_-1@n	RoW`6:DzySK:!ZޭͱzɵĈ̭ɶ3}T]xj#eMhnޤUcq>Rk106DdůK_'Cul`M~<L ]b'O֝ĶTu|ƻLg܂*Hs	
v?׳adw<8(WUIbaNK<Dˆd®Y}#tAȋ5RԱgccgۯJSeL^Fݰik%8{ȸ)~ݐbzLv5bkZ6νX׋lZAhA2J͚q|>^26]=ZX:uu3ʂh0E;SW	׹[x\mn\v'-j5Q^[(\]P%T3,K4K{,X;ۯAO\KON?T0Ūɢ$Ep>^RwBq*=E`=Y1>ޒak[ΈrF<[a3JA]
ݚuqs3/^(߄~:A%k5FqA@7!k yQ}\J<E_lMݪ]pMDiQa5!̗-+a]g<f]εvۤ]31{S}}=B^B̓kDQBK2Qw?ײ `Xd8&zװH:S ^h#;{O]nC5߻qPяA*]GgPKB<9֐/2ȁxF#|I(WpRU5
9ӨB8WE( cyȋKK
G\:\lMf-"ju0?6fǯ	~3&W(;h/[Uǿ8ڙeWb7ۀ=ZXBhx6e[k.F)",Q.w3LZL']_ u:djAht|ۦ1%3l
M#\5<t )\|Nʌms-кn6VC(!H~Mk7S@@5Xg].+t`c:&̺golDh1j:("a>h7;Hб7wT۷WeA~sƉ<[L:(%8tFقb E6*cQ̉П	YP:17v>oޠ ZfzqUhN|#Mhprlj^f3HUi2s/ם˺,Pa/m/l8}ʣzofǪV ۑ:ê"C½^ٯ|#C*+;R+PXtǷt7ҧDEYc"0zӔվ˘~UOәc|	P?/4^Uك6HOӴ-GSDѷY?gn Y˧@l~ӯuNëWP&#|H<'1N7=v;̅AAd}q˔˄ :Zή1;͂fܯ[U,akɬVۼ!LLHR^Doj{5 0w*X"&ԭ*gs:ֳZ<[>|RZEygKm٤*nvǺ@рm3i _ʄ%ɲjr9yC*zвNX!#צu[77yhM6wfݫޞ <\\8/peKg\cSZtWaxr-`ҐIW"	͇Jlš;[S[;ua>*M+-*rE~pyY=kDvIb85^!A*[\y؄*FLp>Ц<7+uE-Vvބ1˯J,v/.a<]M^mıwKÞt~;8ψ6\jE0c|:Ĩ0ƉX(,j
~fקPZsaׅ$Ѽ΄1qqSS[ˌNTh1y:Ewƺ؎f-'J`<A>;ڈ̊ugC#7T1f7Q|b:ET:4ߖS2jٸ.h<˂O3TܓޑhB>buRPšמg\VeozS{#N#yQĉxIGا^[Բcٵuiŗf֣!Ǯ[Ĩ$ֽnJU,?bʀza94ʒC&!DS%on_o*;h_B~ܡ":wшhrB_sp%ӶYU+Ahֽ[6{Q%ϧe͗݉ˍ\G!?wʀv4N%z8#qgW}zsu9`ؚ܅zX<rPc%hKiZGP>z){gF^leӎ oBarv[ͩcp3ؼ/PÅܦ9y[Q$_<P
BTjUA-Tv2~Ҹix<cFSу9~R0yfA,bEݴ}_ȣ` M&Ϸi6Ӹښm>!P7|(słҦGWա-DMW;č}0wTAӚtH{Ľ);±7|K Z	t>Frmųd ]'@gDQKtMg3űL]yWKi\1ga:R{aѫÄ/H .3!EHO__Zlhf-(nY7'.ڜ{5@~f	6Por+zodĒ'h?}ySY)9dX."e.}laC6ڳ	PØVڍ^AC(hgÞ~It~~l%B*vZG=m?:6[+)08|jϗ0ݡ-ږ70\ύc/[p	^ix`p[tgz7T}ؾBmA#YV_߉ּ{O5y(\gV'}ZG(ҟͦؿn{X[e*Y8	΂rEtJeNS	e%}zq/Į:eGOʸ6Mc]T%B^ӌ	6AaX6
kuȵG3.Ϻ"-lZH@.]oD#͋{0MAd	pP&Vӏ7Gi9&2ZWc95w{ˮ}sXN&ˀP&ȔPf2Hu+3YH1}¡9AM}k-d2z$ڔXI#5>=.=9̴W;O4)֗Hɑɺ:1;u{P^k:Ӽ5d,L>@#yZo3H{4fĢJ$W56Hп)N04֢vx͆wzՑp1ӌXY?8mĳN̕K3kI܊$gKޣo#?"Suk1w:Hgz\XXZ1ƓZ3F6>BT[(I
-qVo܍Ys}78EV|ٟ1]J,)deB<0! tҘlaë^7	:Xh7UrwcŲNrA]P3Tgtpfʠ¹-jÿ=-T3wĖAi!:ߍ+˲2$4mtk֮Ј6εv!h^Q|"8|dF'UrG7l((J-	jGn-ɌxUЈTN<6ʦ"]^YBUfĹeRFJ1;ъ^!&OVƀӳϥU>p<єܜfr3jo8R`tZI)(`hxt|GE[#ťvAz^Ϋcc<<%sjҒڸ
ġ[Y"
mp{S)טz/x?d;A]?нi/ԀkKH7-&F(cЅh;`NLL:_Uy`ߨ(ٻ{0tI'Y	{7~'e?4k=<ddI+Ǒ5gz4uIФІrG*&ױ=9D+ѼSߥ`< tsm̼~ӎ;[S˜W}b{7İ`Fn3(>bc0)}|u/QXSʈ%"Y5exc<
pߤIę[[mKW
 {՝ō@ۢPcN:ZƮ2TWn~ۨ$W7yk-{OEKχ]et=2\/γ9yx x-;./݂˱#:p$lٕ;/WP#6|aP'a1R9ԱFyATT^lD5'F||h32L{ Vgx <crw!O=0+b&6/sh<}x߃6961˛yA7mTA͊:ޜڴُbgowJL`ӣ[}]֟ic|"|t:b@x vO)?:a,8H5ܿΈc\T6sڨ;c|*Ý8>gQWn 	n.chY+E+80p^qҳp@ۈi	Dӑgp~ |
<@WBQqp6QV87ߖ TIH̰߀
xhHXtItO\wqayrzAbpPЈ́/'Lq&
˺yCq >_aϑ7@'J9E<toT̡(eu>d;mInJPً3&*4A9X6ӳMEϓ:۰۬yw&+³Z3;Y+>ضsyli6l#×(	ks1"zVf83}hq(~rkas&o?+1!tDk¤IŖAJ~Gp)P~ɓT\>۵zgigPa!_\},Ǜu[29m2e/Iǟ0s2sY+WYƇq?S,AA!>Q>6'Ex#X`D6xBxX|dLTvɸpEߑ#{ٯQt@~9)͎Z]~b;e5/C6L%K+*ĸnBDLUvzdoYC`s6'(t<&:lgiˍc
iϨ\	ڽ|o3%^Qm4dNn,MPŝ2~2H1@Uw[}rw'gSEy/!~:/wPekˬtY4ςڝl+-n߸1yȵ=ԞiiȒ@AtG#9W4CZ:$N/0Ç+=ggU>g6ڗP\WӋ&I&x)X
K`Y 08XO->Aw2<"X9lo|qqG$BL[-?J[u̶jɿӓaDLZcc҉	kBҒV4ʘYk;ɺv;0Q^լ1ۨ7C}[Ǐ3$RAJUkU^QE"؅[I0#m!Mo#\1NakɅ&~L!Ƨbj܅#L3̴-a;4X8cSR"QHT>Ǹ D/5ж[kOl~]
EuV	4]-`l"wMD@cFPAlK22=h+N>_v?dr̉/&sCP%j9zX<w!pԟbОБr(xr;WL,v^p_ʅSFPZ$59xOLA6&)%BŮ~F7Cb	U{tߖ .UPvA	8Ƴ7B7װgF÷
џO<Rp-.bQdY?U_:"O>lӧ$/Nx;e:( ߀nJ"kƻp:%[Z_eE3i!OiD_;m6ה0ǓĄ\͝L
=iCegүdkn ̒SNɸ`Ň$yy0DۛTF@[֜%dU<G/=1α=Ayݣ,MCz3;g}Ʀȷ\7ևKi:CIT$NbVq:!ؑ;8ق-N¼U`KA<8.
tn
`|riwo/V]ޝ#L%Ѷ_p1jb̜ֿ	ԀL՘d&7n`۰lJY3D@tRUv\ެp2/q$Bܨ<ce=h=f7ۈ1
z^`O|:EDN+'iQ*/Շ	`/~`$i`x-с?k
ֹu|G|ߖc`p<7˰z3Pm&"s_-C@~$CF"loZݝI^SȳL%Q	5YbUſ-{=TWOe/LMΔqOg`lm[8}@dFBK~ڢl:jKsڊ:sL}űS1zŊ4o#3jČs_V0]{&ȍ-E֎^Ԡ!y	2qZx+5
ŀjs89yɝƏ շpp
ta:*(լ[~>4\yepz~֡\>s+-_"~,iȒg "B0%OЌ+.!ٻ/mnTL45ãX39Bٽ{[>[qz=$$o2ѢR_gH9`ܤ%ijf!\M$FZcfӏǉfE
`'5yZ:nn}CHe/w|ժޣ=$e˚=et9ҟ/j.פT%s
4F8W-IJ٢΂T9@J9s3O 4ݞTk|`*42'EЬrDL_SgĞ,Ni	(9;uT͏$؋xuG2`NmpqݎǨ	]nlhaҳdv|JGРƿ)+?hUzȠ9M<}>6yvs]"po\ޖql@@e59ai݂46Hˣ)N6)Ώ҄Z<@x&N,rF/{(TÚ!X>ɗXҗs5XV+QbB3aّTChd0HS&9޹U0r5qU^AwMD-vNLNU]:-=<	?RA#~zr %WPϘVidGE\iW<Gٺp0-X&y~gF"W: eLI,2
̓\җe{d|ɄAiتƒX)J"cLMŧ2qEF!5MTؓ;Ǖ3d[Z$!,<"ơjxh+RP|:*7lS=͖bPbP}[Ц؉ܸ	|~I˘/H8TWۼ<#X0zLRm	bV>|sn}[ʡKO*{ןf{Dn'$ !3{&ΌF9Wpm3ӳs^}@s"+x@1jwhI`B07JCrxQ"ca}=Di{)v11EuáRh2W~kȭ@7yjyu!aͶլ m΁9+<M҄o_r]	+2)mSϊssD}oLčАx[bSm։>Hǩ$
~R=U>&Drv2B	4BEo$y3UKUDV˴̒zZ ҝBT=x>3]]Luedqsp
Pˡ!і&٧Sj@{EH~s}`
~Ȩ3#L[Cpww3ŖEz<*zq۰z8/C-]SMŧG?2_ף%ڍ"~W]9T=sSңSNoNf'#αit|fQINI-I<Ti;^fݡ	)yG<кkʳFE,=	p-P<Na'6	|S5BZrI<}TV"?/('TlHn{e߁(]%?Ϫ#%wQ%eZ 2/tw˳ŞӧdڜGI,iT}Ǳ:^jj})yp\]rʶ`#NW!59b?A(/FȈ[&ȬӖDfJ&,`еNFJ,LLs'b)Z8*t#1WH7MBOK=.DڡCuܚDgx)<MN/etRO$ecYI>9q,U%һšQ%G/H<lNV9OH-a&"Ҿc%/PiZ
mW|S^.{0~DQΪ#֠#FC2MǪg,nJ:/'@Dh߬Z1y4'jԗT#dJ¥EP޶Ȫ@*ˉ5vp|Ecz4_&pm
]ua|63>cM@vBͻe>ۧ4p'WN5S#&IP+5_#'fsҰPd;Έ_ƪ֞QOh%֬i+&S'zS?߱^$@t1r'\"˭(%ޙw[7PלҼΪNAtOW#ٲۮ[g3e?P?$E;ٺ1mҾW<e=4Q}ƞjbGƤq`z=ZTI/q=m2Xòq	>Ү8;Y%Jrqҧ{ryz'M0RԥrgXPj{fӝȲB7ÆyW.J;cKƲ>|cYȷPjs&Nlڤ#GLe'ӑ؝@ęYxcFd(αKcFgXBysƓV$+\D=}&pJ|F|ۯG` >Xkˁ8ĉ&ϨBĽSˋ7V(,-b,`]ٵȂ=LM?/Bx{M-	ޥв_;̱v8ת9ѻv3]RˈF>{fՁj/gs ma=߲X҉gĊ3-k+FǙ	e%TX]oWbڟ{m}Qx8"xze\ׯBQ/vB)Čo~0kםOgxϘ~Vr&E@X^ƈn-P2=!ىbB{iՔ*֙ךRkDK1~'ϊ'fDW;T.Ki@X0
5$dݦbNjhLeI<lwNIKV)z(ʘx"Ա&i߄l?pPyȂUܰf@~::tGvgE9?7)C[0
f}F@B[
ېH_];eA߂4tK<C8m-]֩iw,gO#߅R+HCGtK٬D{̏3TL̆>jH[N%){ޙIJWh5K yt~ΤV+/<qA7th~ٜ9VW$CtXxZ^V
wڿ߁"ts(Bb>$ct~j+`G4pa+rDB3q2U5ϊl>ѡ{Ҁ!C|   Q_7 ^0-
ƟZiJ~YE<9L&mVZǄ}(E_4g42U+x,D*%xSZS?֩Hyo՚٬%xtb';£[{0ewqȈr1{Տ]Ē	6ϔiE]HNQQQI|j8F!+BG`&1(Pbн͞ooCp[C=$%&>#_,*)1{ޅ^NcHĠ6
=jEHbYǱ-иtQ~wZ;N0*؟ zy]BSHE2X'ӛz>B-<)RDј\ooɈ8vx^آY0BJi}Ci*9Z3Qgmo0%V9ׅ.NCŘpQ@OAzԭNw<˲0x6l\CLO(XAĆ~rt7=9̜F^.EyG~((7TʰF'#ϰ~|&7p?_$%Ls\`-(V6ԦI-0f'wTX|ťuܗh?+E,Q&/JĴ[B=ݚ=%k0-7ѣu$Ilr+t{ίm]
Jh>GէM*:vxkn|nl..MkW<Xf;%ߥԒޓKCB6O*Tb~*XAνz<iIی7n\!XP9N!7˗z˲%"aC\=Wls%-mlʜhDp4:kIAOE#ԐYOjhgy|aN+ՃK-hH_c^kNfхzQ֊
%4ν7Ճ$.}Ξ`nJ'pǮ)A)\МԐ0jD|b>ƄڗFMyWLHLҟ*̡\Ç:7RѺj^nuzwt>X];rLp=;{d~dz,IiƬ-[{H!KڳاCqWx^>Ӆɞrt#rBUܙؽEaͣ$c*h+UMLy[:3z nP˃]towXk;jyWLM3`@DzXLx܅us;
E3#8rutnAMuQY0xʗSTiʶ4۠שٟ#M6Rz;T
Xkœ	m9ѺÆ#8՝ս2܉V,׍@AԑgƧMn~4qo$SlG1AЪb5OXsWx]Yd(i'=^xA)ǣ"}w.;Jb0ѺkzhԚ&ݑKuͫ\ƶ-WoOϕ-B_׳s+NpaIE/BF<:Tė[9խ-<A|i$%BQ^l*qv4(grR7A'kؠ5jW.^y=~֙+hL)+dx؀V8iYҙhӪ7ŕS$ov0g` yR/]ZTчȉضh-oqԋ	L۷}weʢ%C+89	Ly+"<sKXv+7YS
ӄcZDcA\/ʲ7U2QWQՈgæόȒz4FI'o8ǲTٗy93+sCOȼ!ś5	zSj6MK7FE
vJ"	?uF|C"O|*\n86	y+~0jTC×X+ωGh ͞ɂݍ+żiv&-55ͯ(uhmx8V3gwրʪYV)ڞL-DP{WO0s!ڑèun4ïռ4ӣ7b0Ƽ-'6&7q<^'9(|4nI>׃vݡƾXK.gFVNڇ)yi$SrGy6Ux9ԕyavemd6tp61.W%WĐ< Ԅwqv'{72\
O	#n:h5zy%ŝA#tJZZ. I7ǠoeNX"[{GYMLJÅiA˵TǴܱ
R$@ӱ 3%/.ݰ2*ٺDbH{H)Q74'~[hǚDM/#_4"pHiq+[E:>/gO3HFӓ<4@IfĹ>o8ۆ'^a/~2W:ѹ`Z*"%&pcR&N×`D\#;3-jfvߍQl"qU0\cgɪo02@KR#IG)5hKaWA_bpo|
ĝm3@/T_V9*Kt|~0:WqE֜*дdhtiCYyB:H;:jŹט{P+$rrOb80Ӹa{9>9>T֖ tZl_'o)NɜPN%R8Y'ɻ?;Sd(6ƞjaCcv>2JhtW/Ҟ-oD@\v5aٙUsgSOq(C3P˾~UaUGaɞ8&ϊsHЙ<@[:=q-hnzw<ӥCHWU~E\
pHj8Ѳ8z@8;<C^LDaN<"RAj3-??<!"$t\B^Ng{QLY9ϡUdopF-­j*%dH/$ޢ(J\Z*p,wW!r\UoL0X"aF(gj6cG`om<kV
~[>7ҟhduiCvw$Бs2d(lBѲr~U{!w<t ktxOYQl	Zؙ|L{ND׸c:K>kjR`yۗd+8s;G's
b4gT8a1.^1"Pc;٠+J~8H8Q5՟c?y7r;)Su.X0ѷewW{Pzڕɝ@Ex8p¡ǱQ>X/Jj>:wQR4hbɞ+)Tx6݆A;WJu{e[%""uCI6W͐F3*o`shnH5id{1-_%Zvy4,UvYS.ŃmM˜ْfU߫Bb΃Vݙӹ|X'GÆus|޶5&3 {AT^ys$we4tV8EapJl((Mьtd80L4m'Eɡ31ܔzvM6mHlvi\WwcG[܅rL[˛ٸzAE|4B/4iy!B5Zu˞S8/ڢ}us?ݑ<R/-sJ߳I:Ņɨ2rg@}b;ͻ.9yPđђ%[mn2%wD*c;`[>hA>lQTs<WԜI<ѝD"Q&U6jBԖ'TMKy}@O5gl׳Ftk0d@ݫj5ʠAC_h]qΛ},y{+uh
5F}	pWѳnLκ76y[ {1be{SH.W@;5LEҏO^vg~,"cK{֢OfٜqWZ=cYp$1(xǄrz@_סŨ$ZX|[=p-WXgK΄#z=V!
X*5gYو|r<*9rsuj"rUsګAa+vtLO5ijJM)ØT	R,:V&7M
UNSǪ3ƒƨݛ$]!%`5={amDOziDeS`?YlӞ2cV0E No5;!F؇̜'.G\5,7Zy8$*d˴@T<D3z9cMaIMBYjئ"QsgЮpQ֔j*%QYJQ#k.4 їՒlX/CkN0gg݄>p LIWvKNaU޴&n
Xۚ+	ф6d K?&w`/զqJHe{jvB2\J@R}̍;ǵ`f.ۃȀ&9A  @lGb:a
<"*ZyӗƏT5L-:_C)Ī^vhHոxi\|OXvdjN ,_Yg~Zڣ
~5Q6ƼY3n<cܠ>4kսMEm$NJQ1.Q214"3NA!BvĒmv^Aܖ--Ԩ,Ojd&(3I.R1tC}=\|&; GoPm L!
\(EiU'>
`x>ut3ZÖ.4ol`~>(TũvvLG4LҪؠN90xHC-ܨ
$pf8Ӷ'?W̑Qjd54mߙJ*֢DHOT0X_؉WɱYd/Orj D/3/CQӽvVBLVLeYAL-tiv*GZEˉP\!edaW%a_GпЍkE!ġCt;p CÂn@uŕzIB4d4mʔщ}yCk%ܩ>mFܐ~bY>ϹEN|V6k)-PTD[[ʸ$|)CJ/&uv ڷ*V1=JӤѠfHh333Y<ѿ (K;MƔ`
=[˥5#"opOÖ[ɲOVYFNlH]\*N3ͷ(1ʸ=,J
h\J,kRv_n	9	Ư?]	țb
p6l,@<ʺWwDcG
s6<hkv%6fF"mϡ[Ge{Jo>ԐZ4ZfK  87~Ci&s|]s/
@iđOxl\;'Ӷ\AB.!joLxD'cдԥEiJm#f)jm0b'DC%ٱ{Fa3wPٺ.<zyKF؂|="_bќ9j%cn؍wW*\QD`ͻ9ΩVղhű#.m$:?7ǌ2I)XaqŸC!Jj2rs1{MPQn6`]EMʃs*^z9N{@>)6tS4	Ar#[kɇmЩ}LTofְ{XFBڡئè
ʥ=:q-1cS§1ՎT$MTDhxE+Qf}֕P#bYXСM?@SWv-?{aNPĴG`!o/EP2mzź[K*J7$ix"`'Fw5!'gDLʪ2fP+˸\L`A^X`)kzTlg?cK"Ћةa=ZUZ+Zk6f.Bk|)UN{0.ؿHk-t@)`ȅoPƩ-QG!#t*c!<ϭ2xt$>WTqSusC(?JsM;QVq%/}6@+MȟȆ68aن.3]ǱoչaS:9p-_.lZҀ=goǌk*@;[d\$ֺ҇ߎFBTD5#[E"Qt.Т|
8։C1xSFz_d:o}jVbș
sk,"N]?tc/A5c-
`%ΐ,~(bL!)_nR\nbP^Ů׸$ex9>ܜkEa\@H
	f֦[H=^"؝c(IMW0#fۈV`?qΉ$F,ԣPV\~O.!HV`FFКp	fU@KʁQnvd<yYmОe7Csb_G>_p-r2?9Cc=Y\:F`
?E[bԏX4>:7g<m&Z'&?[QhЋlKVS>DG`slĭٛqB|:Rs)gaNawȪ|1%uQa4KF,] 'u.dԙI,yH	ܹzٺ>:3jr%IENP2HMYۼoV`uɭ2	=_^r UCnVЬEWg]ހC"\,Lsc0fױolK=pjݳolYiMĘށ2f.һ_RZE+*Q	Ub*dmNa	SŭۀSMzG#k0?|N՘/x"JpT٭-$1`&TxBۺ^E|!E-CYS&:Cs]0	An_˓OA?80Zȃ[АP3Xǚx:UjړMu|C2DhXrix]hj&S^L֢y<BloݽؾqyRb?}Z	A	z>Q_okb	Eo8Ls\it3sI`C$4x¦_-k|-ic6~ͽB"z/Smuo
@{0))nJ^z#cԱR֒/5b?7OVf#phxů>,1%ݞf6ܹZ511CGrM7p.*ʓLyZcgAGTͳY1$4L	8M(p.ۏ:y54/=Jbm~v۬"a[ϔ:1kfRmeR-Pzčr6xL_q">5CfYAY5GMN}k>?LT˯bۀR,GO}!V%50gP+ah]ՠs"j,t`_0̉`*f+@,|@ʡ
PUxney]ݙlH@r>~}Ϗ=PX)J`cs8"k`_/>
($iKD9J;oaYc"CcC,U1>d E}6E-81ݷAMk9;̴QBaU[´2j-\'&piVyhpsՠŃ3ћ
A&s6,Uvz63h3!W[p
'A<%`@+hYـ{M[=`͊4eg#ȑu¸BML\R|Goh=Sp!u4aش׊Yp"՘EѪVc#4TމeӉ_S'd/[	ݑՄ+µgxn>=hŕC}DP̩+BPP3Fg\ST~ҲgrɗAIbQ
khp0{g!xugR!Ďc&̄Sߛu//<ɃyAD.G?݋yǠt"Xܴw˺{'f&4yFcqtg;wO«YE*(n~3*&F.c.K"ӯXzet0xܨΟBcV-lTYӭ+wEA/J bvNwݙzYPBBt@C'ãsx7$o{)Pþ*wyee`Nu[^Pɭ΍vjη~4}>]Qz7%?E@/U0ڹ0XLa=թq.YDWu BW@T0wL12)mڷ2ts'H֨O9C&NRYewn9ru4Vl/z>'Wc0"GZ_N)#(ܫ,=QdH>}_Cޢ&p؈RB<>U|b2߮7(9/z_qݻ"qV7ޗG[>l%"R~grvKk28gk0%51f..×N>30DoܡZC_LW8v7˧"
p@"ڵ+$ֶE>ːd٫ʝhܑٶZg?@r[wI?yϓIj!iRtڂ$&NN(ىѫv2n?^<G7cġUrk
'bv܍|	;-ԧ`S
܁@}Ȳq4	O=Mw߲sUo/+c*Ѯ%ܢ<k.ļZ՟j۵{ad`sh{D̢c	̖x0uM39y,&|oہ*d4B-_k4.
`Z(ۆpJQXu~x	xejCSl&xl<p'~EZ`zHB.KF~oGsJPSw:Sʶ;uR+q-*3vͣxӞBl+S =ʉgzk")7{_F֣_P?q;u<]MV2m.&dVtzuz0ʢO^'V2R'8v fKm}5!QbO֮R2.
2gJU~jYʥDIs{s)G7JY˖+"$.v~u3HVSWv+ɋR5
=`\0ǪzŚ&0`3J9˛Uj[\(Bgʖ߷#-c[
RǘqљxE"_ًoMبu^2 `ĄI(':%F_§@1iZN2eH)\-'yuxu4#"M'jTu$Ncg{lK-ZˬPjG?5ғL.o[IbQ}U$
sI#8@)8Okk\(h"$ɞo>[nm4]#:r;ͲAM]@ߨ!&֣.{Z
UAI\kX78*-A,$ϕ	]'[b]IϪ`|Wjii9T\׏vw`:SL/oZܬ>?_vݠ@G1Ϋƹ"7N̾_ELs wV>1/Gp+ь$f8ۦ5KDllq'z[@Ce[TžRlzGܧwv+_;2x*??͍Bӆ.ftL1jQ"?puDHTЀ&t!ԐCd!^;߈}6b>w20,s{'IrmԽH?59#Ԯ{H"t/ӪU4tVWQ\Ϻ>Vh/$&%uZХd(b@4,h3ʨ}-I"ex8
fh@=4b?Vb#zEX E9>{w'ObۿD)&cW%A$ÿWHY^p=(:'9Yb#Yuj}D%-ǎMݎ'>8K)f/WYk}e8nڤbWnNtȬ}7%H٭&@h"Oe[UO] |V^wܡ(҂pzx>ǃvi[2zޥu
?!Kbhi^ޖsƯ%~,zNsG9aI]>ȝ+YENKd8ƙ4Ҍڎ)VʰȌLh$N!OЏi-A5G^ª80cz+@rH;Xu3Ο?,"2cGw`9eNd
A(3g9Z3ƜЙ*OK<I8b߭qƯ11MQ=9|K1\**|XHֿ sU ~!ݼ+-=*Ճts:HW*q&%/T\KR}8E1.7ߡ@֗U)~R½aJ7e}HN>"T'*5(2x8'ע]VCj²h;e\8!1m
Q˖xsu۪=8-Сo#Bj9ʴK;u3mqjKi}Yk<|5sDpRmCܑ{{8	?aZ{O$KS7Y>T{y̧f3^;BM(_t\۴қi|dL-$n"	׿Ӕ̃-4A=DoDПHzޞݘN91<zjTEɔw(OV]rɡY3fhCLc*>uv̘Y;~!,miLԹgC|UMGڋYcWa0rJntgiUБː6γNxQqR%+$44RʖY$L0((ūљKy16DL
(Eʚ:#4\<g~$pA3#A(|>3o	L
?	-ӕ;FFNkAfoֈTK|ͤuNJ14^IɾfzO3/T
i.Dqا_H-ΰ|ɽA4ZJbbQ)DKA1РaA';+# ;B4S8ÍN[$SȣĀDFGY۵)s:CߐؘJE6ֻVd^rl/Lʀr3ߘ9>h1ODH;Y+!wΓ`.<1ղę"~x1ՍWkm9PrQ	ȤLs$Ct62Ovlҋm0նs.vbk`kܤлxqA7$+6@^)8*7ZKDT^ҷ?]1"X[ѽHE `&7N|Hk]Ff#<ki[Yͨz" n1
dT9}]q{xH</ϰ4;^8t'FD\~-UUږ!>tkDfKt3q5)|,B$ݥ	
%E~7[k̒۔n#1϶o܈:|E8$ljp&l+6C=1ǅq-xڊ=8c30Ҹnͩѣ4JZֺZRsy62M#uR	frk?	*r˟[31G(ybesx uGlQO>u}ӏ?6O׏l}ZRE1I^nf)TD,Fԑ;/>	MJR)ƂTD0hM*hF"F,ɰ#["9enxBooпو4ڴWrN!)R9ͪB&oɴ{V.s^^Lj1opޒ&P(|ͅJjTڨךvXf(m;++\Ο:m0ߒ^ggtטo	\
yu3epPM[`q}wʸ0o9Y=Sd\En	-8|P٭ylrkD8"B"zHƼ'@;Կ I!3ƚgOӇ_)Sp]SY{$f%>̬WrMAZUn'l B:hC
ԯm%J#b#Oˁ܌Ap8U4H/&c~ط@pi`bŏ+Q:}DݓYȺp4ޝɬv!%4Ien"ygi!JfGlʙaux9t~'BA	V\8'UiF-+-Xarh=OkK8L1SKTvn=Ҙx۬i-73Zm+RSCcɫ^MaMSX
ހ;f_4E?>*BdWX41۝@z݆;&gr81v=h&d9#`\3IԢ*s7,Ԗ[vҧQ¼ejɫu|ANT[r4֜qؤ]$#g(my_JM21jİ' ތ΂ɭ-f0t͜AڎNb=g%;[V gb@ݚN**%?Vx9yN˅ѲpM!P76I`s%%6mQwk)ECZ(`EWt&QѭC߉_ͦX"̻çbFںyQ,/3Fм?-X-YN#R}I˔L_|JAWΛikk(xrtaI֤ԾwEq܏	hؿsYIe'< LZCݮ92͎_omA˭p]8g2isnLjӴµZwm7i$&7l2ݰv3jϤA*I-ɿjbMS'Bӡ6z9\r(9t{1}us įj_s҉Tę6ƇnXe}yZ(M԰<j4Iţp2{+	5Bз¦ު/CL7<]IF̮iG#ȹ[ҹ
G e[g0@F-JVh`ӗXغ)hn݋3YG1ʬF-o>bS
İZPb7	T3tI<ǟI,a9s6y^**>͎8ؤ1cJYm^B7tHԥ̈Yޱç0'Ҙ>*ŷ,~!`t-9qr3!oq0l#wBc~}CjFՖT<> uIN2.cGk5tʰ"JaMݠ֨ɼmL_'8[hٍ'ձāߏ}TEhk`g^TEyOMA_]ބ7dλrח}XjPκB|SIQQ:mX^[ޡDb\[o4-'.Ԥ OYl0sLH0aʪ !ë56z 5Lli,Ρr`{EY9^@obFuA؆3sPn8N`dz341(I7>tU20~ӄ.s'ltx\5߹pq$?1i9]۩|-Ncs'!8*:=9KZwZC-E )(9a޳kY30?yɤFezMD8ogg=P]r
*ח~ǃ'#c2ǋo@fҎ`bMs$;qJ Op˓ȴڶFj+nU+jzf`1B.y)N8-,?z#42AnMr/nqZ<oRZuӜROepsGЋn_ȩjɹ̔~$n1-)Gزv;~ܺdY>ƹhB7o}-۔R+&7W?~. yAߐ;OHgAFtƹ?kjƅڢMӪ;+{^eḦּ͓q\ŖxkA\x8(-P(}UAwW!3:7S9Pz7&޶ʛW1l
:*Y[6ȁoӐTdj-ճѵ)TO_1H*{2%.wE<%>NQa6c?2gOL,^P#Ne91il5DKx,jߗ3ׄS:Tp:V]	KG<Dhp4C#	}a`7/ 2ǄɚC<?ȰSRcۀ?#Rõ^[7zdӺϜY>%ԧ0/C6}5?/C~\`RPf&){n
_-gKNhg؊b/F.Q\lu(LxC3TepuI/x<XH
Y+ާzy3@ߟ^LcͲ0jF=x>ȡ΄0ݥE>-LaO[?gf'037T`ب.H?o-+ uh֑`%͔hy}*s?ko*EQlMGD636%x_,-0W=
6_];ifZTo2Rn9`Ϫ`9N5@RQG('Ȥ`} $6`oy+XN(Gv"ww*`+;ýhd)tZZ6I:)--N!׀yt,^Aq=/gG}=~=S_^sXBH4&rƍA3*bG'w"Hkjef5pt"j^P'
AєrC@L ѧaCyhOP,HѤrJЭBnfΗױ_ô2Y˦.)ƑϤjw֟?٦ۖX pQًSJ̵/ڮNA]RD-tYi6+_>@~1G^ٴTXkw٧ǴAe	v0 ˷Z3?VienB1}7N{u=خpb%7VS|9Rx>l"vݮƬFtϡmֿ6g	h8c9	U_S@4êMmnQ-;L#ܷł^WiSȩsOՏrҐkٲg+7pU-ܪN"N;D(A%{>C.+"Cf'T5"=^x)uخHEctCE(CCoweX.Bwno{Z-	JSG%5q`hH&QEbcSrg=#]vF%n+ʈ?Mr&RG LڜyhF7߲}D4KaH]/ҿqi^Dd\dԗvÍ~P	VwHǮ^ifdl@	(A}N!7&ÞZKuHk>6إ7w<r^?9lw\ʟWz2;(jovr+qn:'r~S\Τ#˥CN?t]z)Y|fsNrNN9`(Y{@9pH1r-mh[*g`T4~4g^_*3si;Ԉmu2o?
yyTU
AEN24u:xvGĤ2],w&NJ޸ϼ-hNdU̫/7G׬R_7d"ԬhV֘s$\1jVݮzV\AɎnf=1.==dn޳wz[)Ir_T?XK>=QcDi`JxfZXe2po£ZZ;rɔdqOċ@|Ǆei_V:9υ{c9ͅjJ+Oy!80,]٘7g^IAb$^:FzU^b)lHw~KB--.DD~cyQ71Usǥn?5rNs0A852E/'NU5L1!\=dp	юNAleclm&5J_VSm->b͑LQF/Y<(BR>7sDNd3Q&Y]̶%QWSݵOYoi@8(%
Ml<ބ*{;WOΔ;N)Į2[0fNEEC#)iqx`fǤ߮lAPz'Z!'f>܃6*֣Wq0ˌ2hVm3Ƚւ-έSViO!6NaMY2;٤Vc$f0DUT$(Ӥ.˿17DdKZe
T5@NV
SϠͪ߰-3yF8ɜr$9׾+eK%gNwi3qsE?'l
G&{&9%ϒ,(N?j\0>_udʴ/O:!R#~wTS.̄?4_>^SyUmXoDc#l5s>vķzJ[-q
?BfGèj},5-~,3U۟{j>Ҧ}I=`
8c:NA hEI5ȞKlT=&ۡa#L~Ԇcdp]+q:*	1X`Rvʁ;]H$\9*7z̋ǣ@GERΠ	dL*^ƈCT2'03-؇F$,cb۝(A,*{ѧakH%ep9SҾՒal}Hv֒zv-ŘK^qZ
d͋t6fe^֖Y~6ֱë4͌[{693)^CllNHtNo!Z*v~{xj&O7_Ǽ=?rҏM[V>RuBW.OE"ĕpI2ltG(':C)M/
ʺ3tG%M>ƺ_bƜ3/i]-E9ԔiՔh~ms&E:N\tjţu%L5iTs~j\]IX 10lR-w[9E3?v5@2²#4^jG.L/7_ɨ,h-k+1g3Y(\ӐָʧsbsBӝbXbI>kU~@^`p@=мӪ'0̅=	U{b7H{irHYׯz	DXE)`էՓ=T^AvT#h76S}%T̶e[/`V^GnRڈ
oLmӎLېنyһ`tׂDIUDӀ/[V/e8\9Y7V\ślO
2@r%,L{l$z%i`0Jx- Ȼ>R̋FMM"хɺָrK>%F*=;ۙ>cF'&ܞbFl[Ģn\`,҆L3M&6["]E;8G#dXMː6&!Qϵ.}&qC\1%</*^cםؙBkNƵu:N\wǼ)6G_D'ЉulkxoGMoDFGk=w?~ݴBSڮ7b͐5<1:wnʣ3g^Vk!~^jiނ9P4[/(b\ߚUyYǠV˲|ϳ@ǌfVc=ZniҝAU	>ɝƥ_M)ܫ ]2RG6jWgjǃrp|	xy|g\g<زN!Qێ~f۠YX^ʈīȲ-.̝ٚhuQd8WAA`]]ʏѲ>|xqI!S'-]jDqO_˄Ծc}<.ƅƞ-FǺmNF_%)W.]^^ĵҳãX|\Y@ogHWPD-LJ\7=m.SV]a	AvWu|.d SS Y`*.|4@"LeƿjbtfS9{\^YOF}d/0[];Aiӏ_;OOD?ZW+>:|EJ(3WKZV=eƒLj'?)X(J]Ӗc>X yn0EhhrjbѠMl|fO#۵kwƺ DЏܻVF$(~2 wcܥw{vĺz4ܱR$+Cm!ZTs9\@'|AQ<s6J}OAu"@>2yPr+XJߡB;ցfĺBEo7L٦ٌ,"oE7B`ކэ-]tMwk-u|s&1#ɭڧB}*Hle\S]N%@VNΊ[n~ӏ]e8fhyD_8n6'JYi͊jcC@±IhD<ّ'zT@Aqŗ/K]nݸ=_[ti)h->Yfjcĝ:0P0_$-lܪ3nʛ^NM'VOzΊef9,f]%w	bqG$abe5׃UȍƄ2P͕4X܍?-mGr{ĜK$ە*ɠN;FԿZnֵɢhChte:7РXN[qYݬħmbm{Ev$3QyBj Sò~:_@J|zB$A[RÓ͕͏|э*՜Ty7$F-fxdV,342Mj݂
sfBi:-x<Y.5DTLnȜژV 	JIQ!XO]:*~WDx,vrv~.[S	xݼ6,i<~̺:EkTHиFnmt([|H)$mҖdûԢ+vVM<=2r!֔I_ɨYDcrs-ӑ!RHk?/Ԝ,
ڣ"E%e|#yV"XI+$sN>0x*+6M|bqP3,|;RQ0g/0+ fL6pe&utJѮNXӼ(U-bŹ:0-"wқs*>̏4m2*,^:xiˁ^*W0kjR4/ߧ;'$y$ֈt&2\эc
~#t2ܨՈdYH=W(uUObH|R,~	kx2`+sCIJe.,\ժUXst>ijJ<5ܫDyqtfM|>E9"B,s.jĆ=:	خų
{Bud#~I/VΠ`(gRXeH]w/is~	ʿ0i;A^:W)mdbc^."4l,mS_Fɔ!RAϷ}g-{ʟO~1jƄwPED80OE΢(	Bo# }e&/'@|2SgQ=-+ȬZFAV3"GoNS_x)|NlswCoӊJL8VOtZ=u(SX;ɤsS+DPy65ĸzTpN8K.Xu<{\?dS:a.M1b:yYT9`33Z4l(ZvK/M4ׄ?f.?ЊPvU_T_ex!ma';v	kh<Gyu3Ⱦ$3\ۥ.^Eަ9l8Ȑ$VqI^'3eKW!p1Ϥ25sqyhP!k(~
Qg7%&f2RLoUڢ̗M۩Kҋ'iZ,x0̤r0(D,{mZ҉usP8Ι'Yɿ$~CCh<Ujn-q^$xoIH̒iqag΍{-\SOǱQp@k!{tz-61vs_Ӕ=īB8IбU5ѭI,7gQ\aCOŞ"3?ǵrI[6t	wB"dϝPZT9AUjMYS`;:W$
]ԠT|irMPD:j
|+NެM%=$/l. Np9XueX5GҐCڛ/_b=:A~QBߐxzOZȸU?=ƚ5$w|?.h4G7۔(y׻J/*JB*R$x|x<*"lњ{XEuOƇ̖+OlĐjt4AkKJ|5ĨKn ۊ=Zhʯoݷx=ġjxU 2aEu|dxF8
x&2`K +kX)Tr̀_DK*Ȝ=	ԄT<s<i7]0
9VːT3,xE)ʴYθҚmX?d$m(W+}ka&~d
$Zn ~3$Nf#WôՌv,m8]3=s<5Qx\=>\]p>_@E0iDkYǐu.ʱ+\ʡSa f`[P_zέ]E5ܾbS݄ʖ>gzBakM:Q_d@yO=KE"QfcҜsg+3)nN7FTP"ȹo_aո5=f~W،͠q3zO/RW;?Hs.JqO)(f[*tHumN!,Ӆ|
9`pWMun}\؞!Rˬ;K!Ou}Vڛѹz&lĎ:bvjnCPs(%+	Z[eM0Ȏ"e?GДuPEE0-hйaNL˒ݿP442%6&x1{AF>:RATd8l9..oM}w*n1ؗeYC$ԕ
U\`a-;fg4I({W*5Ém0WOC6?;Α.?0ÿx:CbqS2

m>w8l_="*m<J ,|,bXfz*	DvtHT8rrhO5!ֶ)y< X?-e%rH#`ozދ2uw}$ 7bc0]k,h0><'Y@iVs?q5XVIp28R-(VֽL+B?k|a4o}S_k"+;l|(uJ7-.*1gIN(rLkKVݺn{ylm޷|K?ȃ>ܣǽfOKW2dMt&SN(ܠvۻȜf4VnːYO={N.Tr9טfrC6~Hˁ~چd12M^.xz^rjXudm8%Q
3SNuZ*.˓<XMa5
g),B}@'H4Zڃɽ׌Tp;$dB=ͅMe7+kjȂBpyʽOĜs;S[m<p֎ ^jbbmAڦ/\^39nEdL:!N'@c;ڨ'LCkX[	++ȫ>!T5)tyeH]D0ïSXRL(ySa\phbWYJKui fesN0TAxv7׊=˧>>|%Ҏ\ڂ>ơbY%+nߴh1#w-Q֧'wʥRwYFޥS7"ȯ(4[*݁\e}79)x$7^>(5u~;
BƖވѳҊ@m؎ӹdW},ۿTWv7YaamzĴ@]Zn5b3vZli^,ܰ6t2ƉkLŁi:CԮ6%_M&	̓o"u^	F[L~rqC߈kM(AKA4{eB@T>tOqSجI^"CO}WAǡC-b(^2#nLx'=/՞n24];P!r~{JJ`p,-}t9}т\֮S׷_vŞ4Z5KwiKh={<ߕD؟z3!9ؖl֖[E0}+?*A1PJs8rÏ֏uξL;klgGd_{%A?=_*ɑʓɷ^i%GZ4^kҵr0=U!nu05?!]˶ij޴M2U;u/\k2	62uاĽ|;=	d$|(ǒ>+
|֖Pi8?|jZدo]Ԃw{,zV|bSZ
,1ĩ184,m7}]9#R9^2JJ}gsQH!v՚4x']SWi5)ǩ#P~8ӼӶ}Au<LE>}m-][.\{xo>U"lKOM mƂTʶkyJ͏vWu`xd!UbtqN|VQmgV"'eDx][KW׭Xj-zveCx.ϾD>ˬRq҄11rԧ\2vz/brYж86z~[Tkn?t`Tvn^=͸Cnl;>Cŷ8H׊M?ǻӟ#}k=I;ߨԝ:Շ11,UY1`QvԌ93Oڎ1$-+sFC)w&%E,`Ȑ2vu_kϲaV)W4d ʩyfOY/1s.'eP;	4طz
`̈́rL*,R<k^d(4ۂS3I\O~iDvd"3UX8?cԱft[|*<K5oPy(uts@HުʗD3>k4ؽke(e1<
k:b0:ѱsnʏlYǊ??ï	:%JA*CLc 3֟oͱ CVԸ
tnL?xZ23k%kpP*Lcq>"'}ؐov>;0]ԈngXMO7Zs!.ѦT7WއW:}>7P&`e}QnɍɍJVh&$+0WιOp5~ԓe$ =҉E43CZOSq(3lz5Rϒx]\$-cŀTm(qB#ӆr~:WF3hM{74bI?o&t]"TW,2z׮C{%P7rs]Jl6\YFrA6eXS.'\&aC$s*3͓QAp9]I*6V"c$fF)-=5Pt˼#33tJ*=ċv'G"4[Vۈ/cRB7̴"Iʰ΋g#<(fswjղm)3	>lVi62r3>R'!&90QlpJʢ|p&EF֙ҭ٣4H'6*ζ6LÏք!ܼt!Z06Z?]%BLՑK`EbpN&ߗ		up+FUpL'|ݩ5irYPWQjӷԥ}j&lNL8YGlٿdP
ƾя"EB]pUDgŮKw'9Լ,ޫ	irlnJ&mF<+/GGipC.|y̶уʭi]9NTCx,wIGDF`ǁMϺV5C$K#ei֖?M/,u)cBƆ-7!HόB}k//	TvlݦB2_9/?4LOL%MrђY
[KqB\VFnwxĩ~)i!\:l]V>"MWݒ%T0#vErb\A\**><I#|Z zdJV%!*]6]RSuȚL jIygѓ](Y_r0QaWb&.,x+r$j ["v~k^ʶQ,m.Z,o,Srg0=SuWbN*$$لxCΗd AI̗JcpΝr'cOm>4d[1bK֜*8Ja6$k޻GJ7zD!Λ}hݴy	!I%9f<$ޕ#
j\лx9F̔)ϙܴش.tW(*\{L"PRtĞg.,kи3fF;43IEgo6^fp0<W,;)9ӗ@N>f&xR?֜1 &].5VC<rerbN6"(k6vT]2V$>9j9BħLzgy%\ϨGKA3
g0(!2`lvB*!;DqΞLSjѼ#gAZ.OLSN2ӼjAhV@s_ِ߀l3L	eKfMGւT;)-GJRM\{lm1bjMvErDVh0>ބ[D2?ӹw*9bOY!;5aX#gn#a[Wɜ\\Dm%O4S!0.d/dd&3U|Qn5ԁEiTn&JG|&ooh=pm}ש]ҲM`[w1Nxe|_+PaHgJ=zn4F)2[]ݵ"6wRM$K(рZ3Xܶ҅?OQ`ȍGmYդ"i^iB7\-,tPr̼bo>(~).%CEr#;Z@H{6bVBoމy**xͷXʡj pӒðԠL=p̜iy+?`d
qՔʕj1Z?'2
?P()=1*X }ݛݺ`Ÿ@Kr0H4Z!+͠f1k)Lɼ*zT`|82&K?ݦf0pDĔ2*@uڿpƍOC͕Q02t#Ceƥ5kzJLS]@M(֞FXțN BvEhU2:L}60֟$Dk\=~Qmtُhʹ(TyQ5FT$mG~Oє+زeƳvMX w\$șkP$ϜZR\A`YѰs"M)ٕ~i
(wcGJAu%ݐӧd2ߴ/%0ڑ$3WjC0~
IKpur	qaB0Zq[)De\ K2bZ}0eNx'y[QVA:vS<pE	},`~ųثŊmk=N8b@ى{rB}T)Dg@P"e.BZ'#P{Vh_9!.Y]ߺִFMJs>0UFKxS,PosQu|!#2ʈ!	y?=!YWWh܃]%(nߦѮ3}LGQߢ4FӁor%/؈|XxlJYZWw;Щ+Kk</҈zA&or3ԣR	]$FůAJ̾`["Ďm{Zl,ܔbD3\@jܜ*(^u;,$ɯsti1g̀e0rPk"}\"pǹH@SwqS^%9H[@6ζ,NAlK^h
J@d4q?,;h'QW0
}2ә,y#:|7X9+M7&/{ւO97`deyp4/м, ~?~Tp`˙BF՘_-&˜~PʴgjDkM߈CtonNIlH1˪+Y_qsƉŞ*KMc$[@	m
ڶ%DZC-(ưؕ-it78,Q_6ڻ#6A $0:I+VPh	4TOunB>ڼU$-FXr#	kO-ujLb	2
V|ݶ"=ux:_WW۸"`vKTb7)عPACȺ4-Y;5Jʍ)I26w(:ckۨja+.d,Oyd?n(xaγ/Բʹ0	%9nv?{U:u2Aߏ@{<"`[Q4`d;6L̰U6jW%X*MP"ӸzЭ^&-456_>Ԇ!2zFjO9HTn+_]S1)C4S7/+K\fI=3 |k=V=\T^yZTxvh*_5q#G*h;oMڴPy]A4?ЋVֻb,$SvBނ>݈sR`&Qn-X\Th!̴5"]_64KY`=]aMP[\m*w5ޢ+@G)DP@SOcLuA2P*͟G8eFäV%Ci/-	{d!đ~aBx/Y`y@{Np+rypB6w1_( Н`VNQTErcNݧNt}@Ϳ||mfV:tM̄BTwp;Tc>'nSkpu+ٛqHu EjEԜ%ьw,>Dт4?..i?c(-*<|lpZZM>|ʹa+??`F8pU$I9;6ǤX;ќ+<Y3 V<Q2qS:t0)} ;wqܵ7nެFtQ|g71IMڶ˙tc-$6P,;$[#ӂOT,RL1Aq2sAOv,ÎBsz9+\
Aϝ^@iw#ynT@_ޔԈQlhcc .4YNmȳRsXx&1:oGݽњpGh׷ލ^jj,~L*WuWޖ{t9{05S
zYtMVL?z2B0ߔٰۢܞOϝ؝(3ţBޟ7RǅE|*sǉ!/n,{ܦ!?)w[YѺv$*`$.ٲ?=D\/Kߺq·\CAYVX<@df5R4X:g|	ḵ٧ךiv{nU@.[OZg3g ֫xP^RKk \wxb!lМiY0Ttiʭs
AHhyu%C(iXɷوM/ޝgRz/ET/TWYj!C3zz^UgWnm8d!Lt#4GwdF4 (e9ECxTPgYDVKx:E,|~GA9TBΓ5R]0ʋ#cXzo{|Zz>{^K?$^S0V?˟kˎn\~ӘJh

KEpEi|V%"Wd93p#x29gɐV|՜f"ؽЫ7tHٱ,tJxy,%^mKV͓j>В_ܣJG4pS͐See51$hk!M,?'\jXjb$c]Kg!̈́efÓCPnh(@HIk6{Ҫ5XІr+_ԏCnje.8"Ht1F<#7gex:֦7:;ٶ<bPiHFǀ,`P{}M}IempRRЀL-1C,G9؞V0 TKT]$#5Ϗe]eSUNʹ#;"ԋM}2[%ɬa
&̝'ΨLШ{UccU?xcҝKzd<(rLUP]C
V"л^KqD]c![c lh޶ܶԪ}ĪFو*޾ɎO&1rZZ/@)n9an~:[[H6]Y!z{[c1C}9ybZ>IYb'X^SS7\	Oبe
Bgtf3{u{.iAu-mdSocё־TptɥdToGTevGdMHRIhef<$4Xz\ǘfq'\<@X
ӫ 9M8_Q{&(u3}kĘy!pj;;G_]1}c|1ry~	R.ȁ)n3/ȒЬƴKnjVn|ܼ- ^`Lx)d-W([>'!љPG܁= 
;8ͤidx2^KPY<pn.vJl=	C&m.WBbK5kg9A6LftL9+Kd?}¼/'L1~X50XH#t]44$7
z"=ZxɄCYE^DI-Ѿ\\R5Ӻb0D>]3^	{E2FZk	
HDO|dþzA\ м^7vIiWu#Fxe;ԟ!r+gk[H՛*ߩEԌOf)9E/5<qT
1gOr"Ðރ1!',޲w7zA''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25617)))
