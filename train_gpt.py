import brotli
n=a=0;b=1
for c in r'''QfhɉϩũJ6J~/MsɎjkOsՎg_2*yD?WNFQrotLx@Vfʣz7</<Rb>%I[yޫlr	3#4clriYo3PC` G[e:jxUIT('1Li>@(bmҔy|ղ`%@iOXTVJrZq}2'kFxT+(G?ײ)Ǖ̓:aȼd/F|J{dIX?n-܀)%bvf8ՁS.߳ ۏ."_[p9NWs-RQw 'ַ`|\/=Pr2gM۹od :c,"2Ǥ{%^e֔Xn+^Z^͟q	r6[8۲3ǣVJ-:x|"yVr׀t}sT;|#5"8
nrb:!Mat%To:ד}r'M{kX0?_[sIC	8ݕ(d$%;ȅv	؊B Gж`]F"8*ǠЬ6$B% "qZVؖL,a6Yܶ"ؾ , Ŕ4q2[EP[]8}kRҽT`0BjW̓M7/JXq66g46+B *D"8XX{īڲqf:fI]d[EC`l`&`wlWy@Z3ס{Q#HLIT_zui?	S_:̇G;TjS}T#݊\ifYg o@^".ـrD>VެE_n}ll'([0skD
@w61ͬ3oI:'ߟغu[RQ7Rx9iWy^Ѣ:Dj9[­o!GygS8b!ޛ@v̻>LnvGG	7Ϗգ{ɞN
LgHfQxpFU.Vq'MpXx/'2xƻ!Ll^$yףߊϼOzE'iзɧ!-A^[zͻֆֆt`f$<l, HG{+\|e*g 4V#@!Lθ/	7l"]67YJ\iddZ}qޖ̦!ʝ$~\CwK+t_Kн٢:fi#gw]S]3A^Oiwӝ{+ؠ`P3H<!¼Hrzyk	0:Zem52ΥSqдiصWѡŖ!Ȯb<ZxKSHG\$4ɤLZ&LMA"!{-Ær[
$rqn,%P >MJDS//7!
}<Uoվlם5N{5TWqV¡?gLSoL!~C&y5GO{;G6JMEУgŎQtv/>ٻhbOt:OJۊsNڳICֿDͪ߷ZcΠwͬyy-xe%#&|*wxT?c6vJgɑ1M+RΜwky)l^f3˩~p`4vj[OocmҞޖt[,߬	O|2v^/vO0[Q?D<uíLMr|hN5]j>lo`Ũ^f)oESJN$v	F?Q
>w8bv[yX>(<|Gʠrb|!N*x8TkmoUu/?ae&<&=a#%|4d0Blڜbrmsyg\O1tÚRL/(Q=QպM
`P+vpFm/0fLCф׊n\&:CojqZk]1f.qiEI>_Fj-,K{:xz90;*֕uYҷj@c4|ۙKTc'#;i˂!uH/ŏ{!M20mݯa]$j&X!8Wj!
	ۀZi7nݪyw},4J݆\I ʇaR{3t0k/?[wsK+ ?T(6b'!ih۷˾$7';FC%]OL޿$:`LOA5؝s@#ʒ!KYzVUX?;L}GH$arܛqBeϯD9WQcO=9իLڄjZZiyWZ 8GYvU~P{^ts|Z±2m/E)#/+^O5p/s.	hgĕWõ}ӀltĘjɡRP},ˊ_MM_WZw/
8ƵoR+LI6z)Y'7Jg0LgVh&8J^C%
'	Ѥ}8ޢj,VV݂QLA҈]US9uIf9GqA:`Bт2,ا$L
E$Ǽؑ.'Zm9dtjڰW".
	.s
X͌=O}\e)#E1V-\G6sj#ӫ7U`sm]G
x,z[@ܪug`a4*ܒ^˟eL(_p֊ޫkٵ
M%3'HAm͈3T=(/jC\0i!` [ݎlbѺӈ.]$d%`T_I3hTG!I^(B!_'>	24U[BhQL3caseݟ
A/ZFв~ȊuN~*imߠ2rj˕#Ng'ȖqWȀ6#Ԁd0U&ȩsKC5'}uS@AUHz[Vc8jʒ)ū3!/yL3	
'f̻!R{>go	y2y
)%DLQõpO]}N1u{i%jH:9'Ce6|zΥV_q-;x&cANӳE/vb@۽D<}f"WmjGE	oۀY;p)dq(f9YHwծSkPh_җZӖn^͛&a"9Њ`0&X;/7Л[աaž)8ڍx_ׯʾ/OP@e9[WTF$0Cکގ;Kk$	TJwqOuVr~ad5A_fik՚\'mQ~`=Qu;0Է}b`ϑƔޣuY1{]YX1͗Gڈ=ֲuv}U߲oSչ x,ahb <tv`'!ܮ+YVjUn.,l'˞2ĈN-o!HJ\>XͮɫF,HbECۘ+Z٠ pxsݰIc@O6Y\b%z~g_S.kwV;r72/P"zrƌ&eɟ6i&Vwz,%؎gl 2!ɮhN
bN( ئl!ϵKzl4O9)B)J*%#s.VUJD]U_]`Ƣ 0@j.Fj	@/k~އpֻCcV;
B1=ALe<Z._o'޽AP9I9+!ttԃ	dBD=L	}-H9G~u-׉q%v~mE^:Kb̼Ϲ7fWsgң3̈́|( eX5wIMѓh??LFߊSj8xsŐF4LjOaƎZݛd?˫a]!yXf,`	=zSW{E7XUkfckɄ/tגðŉO?z\8FlC`sYrUFȖO:zT"G2o$H!:gieɬ=q{@;"z1	+wcN;#'Tg?ԓ[`Tҧ(мJs&RO4cӞ&(J)	ۼbU]3yuWDQ\p$A]A}m!:B
JW(Q:r8r@_Uݾ
H%_*9v}eў8n_2kTҝ͗"н-cR[^ȮJ\Q{o\MW3D	|74û|3H'Mu.	[m$%Z`{׬o'<="ȹDg|C0ۘ>0H<X)Am}"(DNA{LK"l6(Ɋ{Ǖؤծ*Bsn*NHr6^"y$jlX[)Ia9	,p}MyiEL,[F?%6h&E֘S`
vcsKeP45#|2T,[Aa;Մ݅w";LT*+af05p5Iڥ;.'sLF=;եIniH<fIk@*,^BރvW N5I/&xL1\٢['np6΁n¯n>ަ?2c&x@Sڹ^Xj
sM___kE:X#Pj=MLZt	HXĒoZbzʑ)¨آHklD0ų*2E+?kjrq	93upd9}TC&f	]Dr  T(}upŝUL!b;O7ylRBwǻ<P]Bb9áR`Ϙ)u<H|$irm#%HyʁwYvh8[$ y˥vt7XƟn2>tsya4ϘI`q*Zɍ1m:bJ÷_?iImybs{U1Sb1?0zܗkV>,ϟ|G!S3PPAj|\F$<K<cz£aaӯ@!Vee9R7k"SpB;ȫ! Yv)S̘Pj϶ޘ4uja	P$v(/+`u''x~:ԢQ
.اLJ޳\brMLяABx;W!B?[˻m4Se] (ޑEi?}{kV#ӎM'3ya|wD60;O˪9a3&'M/9;W(yIYnr(hCdrҷ3{83*'JP4W9(a>*m,H{Ύ:#Lމrݥu\Rig:I]"_X$Yκ:^;L}xN?+q6)ѬDD8 &1#I;51[ xƳ#v+u5mW-{vθ<:!m6$&z"5+ڶV_d[5+Ji#9`Yt-=șB*4zbhY;ٲ
d#УU/l~Y2χ.> K̏f3G[ș`(I295݂ClA4H5+ӀRYYE.9{TtUIU`'w~fRoB4REQʕPRaʫn>EUP9I`Vcy1m@*K+N9;ӅS\̋nA:mfga ({N;J_J7SZ.J)!o|ZYn\ӗǝYPK̾V3N2h̟N)ӄJ4f\?;%Jw_an^-vQ"2iTM[ߵq 8
s=TmGǘ.o|<_c^woҹ9"V5M4H)(s^pXt#*fkٌrgrDX-ϩWbNu}߻_3Z,Ŭ:c7PlNQbK;\aWix~P_c6q$n]Zmh-=T./7^]ʝM
)
	S$`	_4\2{r-I<
 -"
w	#(b"HYB4<=&D@tB`?ب}Ͻ}ʔՃ Sl־Hҵھ#=͸XКÒI˕khg3|	5<VL|)׿l*Ӕ,678U jAd\2uѭKnߎo:U~ZZ&X2$tFa{Yp/'$h!ۢؽ2(}1ys0%,7bĝct&i2cX';d+N!&XU!2Yx&4YY^OKDGl*~O
%mPwT:5~lՉ=ϗFφ-B:&;wk&^_r.[_Z`c{jiЗuǪ(ډk Ťj3ˏC{aLGN	on{4bVVŦ3,r2=ۍ{g'{U'փaS.٪Yv9+3dnHg>k#kfGw+FD~BMy\<fO׷_Q]N'ug&ŚZZߣ6roTċzKt-|ܜ 0JqUǌ>0n0.Pȶ{Zu_µ.3*OTvy :Z ׾#4PXIԜCƼ~hւPC*HZoj$
~*ubfݦ"xf!=K/5H^Gև:nx5["*US3ǲ¾Ȟ9/d=	LP?(w05I
NT>!٭?/y$Eƃʎ{c4xF:RTd\5;q|Ԗϱm"ԅ_Eu4Ͻ&g%ؚcśD'h|S(.Ȧ_;;LlLOQ`]ߘn|e͔2>V 9&#xڵ6r"ؚ{w*\UaWΧX|I%G5Ս,ԟHMA}`k?-~p+tm`Yڻ	U6#XIl̬͝X@|׷
kd"3if1vI]gŎ%FڣӪ]K088&+j*]nuwΑϸK+L$?(ѬQ7G?z0њpn5>}i0ɊkUQ|e~ BdrТ!=ܟR\Ό_7	A\~tؐ2:r=<Mf_7-@!8F[

Iw%e7|7g4mƊbk9{*kfD{.)~muuY,sݒ\KC~N%!.V)ٜmEۭs6A.W3`_sӴę
ZP~j[ͬ4o}e`vDQ= )҆]ew΄ô$߆؄<y>FÙ ɨs*zOZ@6h:9 ,97f}zL"mE˯j!{ߜ_ܯ54TOPtDU	tH+pT1y$Ұq{Ҏ.5ķ3#WX
wқb%ЅB;[՘FbפJō3wWY!ŖA%F1:v7B#\b0+aYԎg
7FطҎszB/2h{<"t#zUEo)D+.6h2Y'Mb}tӏA?Iu+	%V¾
hlSƤdޛLˋY@gUd.ӷ˯=8l6ޞ5h66EtnFE&QZY]:X2NMDq}=q6I	-#Rچ)F}IX%i?a/^ 8	!5jppܘžvN|n{QRݬD6KΘ5#M`Ŭfp2p:]a@jetgrxN1Ώ0]MS55\q/T|Q]L?ҮΥĞAg$^nNp.<MWSGc1C5"Ptٽ bydX06m]Ӣi=ҩɭ)~v.cujm|ìTqb4q-hi~c~;H[%bHU^!
{:?V(7#;eiy	3-&yf\Wf˪|z?,;0:jGk$̭kX0@>TgJ.K֕?Z{7/У]`«]7Io*,FJ=hiϱq;o%:sFer Z:.|su1]$~!|epi>l!biGm7֮ڼwGH1ߧf]Rԋy1g,VFG9ٲ:"B؏'W@$7
*ScM+?	GS(@RBzuXK?)TM"Lu'1rOM*w(xlrG4,cR,.vg&ׂT#|_c5sӔ*Wޗ2FY`=BI$9
g(9Мd
E͵jApk	|a+FhԇV{x<_չcӶ)\H`I{),Rx/h<r6b+`) s<7ݨǊclΰ-z0RJ´r*֫V^vCf*NԷOU*W+ݓ><ܟ}#qӽ}q9
P*c>/`.ą~g  vTzFΕ/)a!	rN(EoߋL]|3Lk9}8yġO{WZ-}?uH0݄@:	}MBu?UOڦ ߔ.Yq>%%!$P) X,[u\2uL)\λc\XAg(Xm+jV3߰lca;ȳ,I2ʫmN~cR"^?֨-Bΰ!wϽEEBd.	uIMOxWQ"V{|&ͪ>Lhsl"a?#jN0]wЭovՐ4Ճ!"6ݖJz=t|pΟ3	?
wo3Z݅x4uȚ;25W^c.wtv_w	s(v>|ڠĀ^E/l$*4[:ڶZA[ ̂ЃjJf~lJ\0!(%lu_{7;,Z̈W@[pYֱ[u'w%/`]&ۙjܿUCqOImX7%\ZC^[)yoH.]
7;kŗ{>RZ֌	C{BU/!Q]\Tп\-Ue2!G@z8̇[N/hzƥM+3y})"pZM9oNvQH~Mɻ}xiE`W،0_
'oxRƢJmxk"?~(_fп2Tke0A)VN*Dt	at3#0DD9x6Atn9ʀxQ)T'$g86Y@Ď=f.l!s<|B5n|s9 z}~0ɏfʓAZH-}%:%Kڨ2سxTHfOh?ѕā4hԣ!߹۲hOĤİբC/aVF6­}ޡJù̟VһNɝ]MhXuśӮ+CF@tȻ=j$iUJ֭֩>2A~˕I/8ljn=$yiR~֤Ƈ+A2\x@V8&
L4TU4mͥaP˓>׎;'-ț2CF.?Wgٱef$Buȓ2JޔM7̤6z7d?H.&,&_|"ҍ6cuٰ͕x	AC!	P?l" 0JՇ_XwϛB2DRiBvp@|goqÕcAsP.0YJ6gq.̏YnǕKd55O[3	OzXҬæA7(t4Wźa%16q$hSLV%2(T-إ-VIͰ]*͆r,7-̐RLĢ!l:%!4Q)vM6TTWd~Ɏ'ҏJdk`@z|]4_V&5<R[HlԷsg\{gzt{k}q0UaPhd%YK:{Āe@sokY"e`Zjp`
2BZW(IbfHor3T	ȇ?w_&=i4ҫ9YͱFYT!̬_+υ\'-	^~PS&	]XH>UL:ӯ{M&-֢b؅!EXr]y[#2R '_ȺtRǹƕrrwmnwLpj8@<;hjFeUxCX%AGdl~yڜqϘƀ3395ތ
"ر޲Xuw(s>sɆ/QI\{OOԉ~7^;ZN%fPN:2S?Z^g -v)τcJbR ½̡>V:\1ĉ۱LV/ =yLc~w9UZbІ¥EAm[6D@F[cd+܍~m͑D|eQlB#^j*8wIpɿ.quSO~A@޲{lld?X]HgIQ0]A?ESn/\;k2ש8e9v=E޹U֒8ok#Д*!H R͑B0BBQ|ٺEҟ&+&T7<ӟ۽(_LwF@	H3N/,NT#g"X_lɠ4FR}IiJ @jmמ y;̬rw	̳WOo)֒yYx`I>lIGmÜ|iŇr|4
L;rЛsy	.!Gy3fPg!(,uHO8C
|p;Cݡ3q޴jrH11U
׮ԙCEr2zF9#GKdſ$`ח>@YTҧZnB~7 }ŕ·\Rw:Z p6N^d9)!M߲J۷tv4=#y$M#?*[ULcBt=W:Jv>mFwwXԹŉ^צE7uIJ{]Eηg1,̭uh&Xl0v-Awz\X"׃)|0kǛ7޺'Jܳ./jMMP?4̊yJE-JT i@qqȟp6baٞD/x'*9I SpPʕyGRHRe1ߒ.cWhSAŐűDGʁK&үk_<B
|D>|H3ގI@ϔ#8`%
0W)YY2X.}>o/YqCwOVy-ۡp.]׸>ƍ/=UM d(o˔1bܖoڴIeZ#ZSjCq130/^08c
vc?-$(=0	2ivV̙ds^s[AIށ$ܴF>a9*+Լ^y&bEryzt&ca c{eH
H._̽(+`@ 3LiFu9)[?}j{|5Syڡ&Sye
a\?߻/p}Z9'(lQk&ȿٷqۅYbrY_Srh[:߻$ո~LJ27_wx;Kn<fJƣ1fW6չ9eҢ[^c2n[ȌyșBڕ¦DwB8jN%<+n!09pc2ϢKm|5ֶ7a*,:F֫;n zt0ѱAb#pNѿCAH8[S[ZHN[bb\4L?˅F/P;7lB@Vb{M_!eDkO
_Yzq'ϧ+8,ed$i!0	~S֔^peJɖpgz\gQ׃B([M/`%qռ;dK.&*}2OKRl|Q?hׁtnX׈ȪݼAl·h1@DxV jțE"y (CX!jHMޚAf~pRD^18f!\*`on`PPK{fkjuyb^tqə^*^4\ʭІMpX-ѭڇ@ay{OySVscaڀݼ])ޚ(Fʉ.
cznpƵvQڽ;$
MxQqWŏUAb+xPѻq@f\*_d׷)J͍x5G
м62<hgžQng1رU'I]$!EaClwy#YަDw5(a7&ñɆLZ0թ-yTroz-ӥCֶhr@:`۬f*c5Ff2xxn7YM=0k<$q#NX0}
	s|pkp`n&ٳ`F|I(?H@BI'WmԿ
mud{G'2;ٛxgivp_=<-ؓPs'L_=yrԯYjK~Ɓd C@AҢt<܅ʹ4{uP_\w?!Wiӛϲx@eʏM3tlk`Kh$1cx7%K	?Ypv2R>nCÕDp_EgSӭϿغɒ~`xjl.eeg}`0hzL@΁,ʌ9FwG+gL!(t,@k|(p)>[T6MEɯ-*p)c;پ&Ҥ®z]_)4F~!XaLINЕ݇k[A؝Dd(ZH~:!rMmeXsV"Lނ^/s{@;J&ȧKm~TREGb5;6/ލAhwyS+D=LD#\}eXI$hH}اEOk^!"քtλ<P(Fu
A|ҩDN=֍qj=a~RHP׸f>,tܿAz7nY%B.Ѳߩ{H؄7T\rkyI\:8DfR=wPmvflYoDڬb^6FS#'a-k]sqFZ5ȈcĊTb6ahtٹ	Y4*p5G{'y*mvxp+o^u4?q|i<Sdot@"XuW|=װ6CFtɯ҅Ny`(X1Ʀ߾'ڰDsacv1ă, e7ňLK?<_|v*Ұӽ΢'~2[XdSȘؠG" U:6\bd{6{@Ҧ
B@O-sLS}ő#]BazA#'K~+U9k)hdaɎNV֢ߪ@!6ΠןFCXwlteY"*VtGkF;}bhĪF9w*[{V^&
$իyUtYwo)7]Q~lyaS<9ɞdJ*Ìi5$xfy(,ƯOcpZXB0o/(	mPͮ=%86w~Ahԃy	ZN9ôwfOLIѕ1Yp4Jqb)\Pڜ?L{vӱ+ĮŁN;CcMoPXa_U)R]&k`dlɤfN_/?-IŌVo[{%+OkgMzvƪymgh`ĉ;2s8MY.r3±q.k.UͪukˡeݓO+&Ɠ1%VuW/Ml!Wmdv١b}Rݖ[c)gSޘ%PԈJܓ3C}Ү;JFYˊ2C]T=2dyFƇdǋìA.gĻnʯǾ>~rQ.jhv$8ui?*9Ƴa
FZ52DRC=yۓ!CIK+:I;vK%;ۜX&۱Cɽ3vz2$\G}&ԸvZ2WO!˴H!ë5S"JY$ZϕB|KʿEU @4$ʕԝĨT9{!	/ͲV!NSGIukYӔZ7]/8IU5֫@-hj/urߣ?.*
=0?aًHM*Hp!YGbP5A#e)llAFE@MGџ+FT.zr0@Dq&vbd!E+Cs'W597+˸;#y:(	mٹ$Lr38}ee[;WÙ%>`Ё*Q*śBĢX{rɎN0J(̺KFܢɃUIe˵C|\GܰDV5dRRH%1ΎP	cF<>~m.:ԂfNQh:}-x(Z%Kzة.(7g*uLb>!U	+&@ueՙ`98qp}y25{˵
rd*
$r7͖zxZۑeLaYd;_n.ߕK8p0/#Ą
˔>X=*;]ݫz'BиGSI_AZ6ό9օM=?D'OiBDG+Oq9*v:E1U_^&>8qot` WYԧ/'Dϸ|vεs3Aا5hf#6>ʉ@]ە[սw+V[$Rg0ltL^1ѳkOytLޥZWZUZqdda%j	R0%G!tm~D["~}	m|a~?+-,QAM٪4RgX}~ɫQyA(Smh@D5|[̔.AT64˳[.lLo5&tl70ّ*%iה~k{°]3ilmh bʶ-Θ֨XU!WEbCbռa7nEĜU8ɭ_ͧa=Ru~)lP}Ucg+'wWp#RGc5blY{j\5[-9E0:HэGØ+V~(a0(Ӿ65ElZ>]N'I_FS.WJ\N\_4DO"C(Hߎی55_Rkw6E!~Ӯkjܠ9}T&Ƣ<V{+/:E)FIr׋~
*6-iZcʸAAI؊Ok#z)nJMxGE'L7YW/SΦtW{[#Ym;kËɶR9b8ÑYN,Oc	Ԯ'&@gKQ08v89?0#=1{"!֌ߙ<(]"Ϟs
++j)Ya[UI͈hæ56uCeNAȖF-|A$q6{gZelP2P:jM}:ifɻ̲ʌ.ܣ٥Xե"ju<r8ēIų
mUU\֨$ru C/IbgT\%|qlвΟqgl-Jl0)ծRnȆDэ8*/!A4)8YZLjvėX?Qul&YLSEa :Y5
N[ۗY	6uBf݆Î4Ü)wŉ	җKER41_E6 Y'kж/Z16b$wOıЂ]uoD	>UECر	3b-*ik <o'(qTz)N'K\+H^V-GʇCpJ&GIP"]a>yJEl|-4r*1!gYDl1< },</?|N϶lԛO7{ݯdD64[%|eq&QJ'j;r͟YxٱK~3(xĦ)OdƐ:%h_i"pQn"uM.j،ȔY\p"_}r2({ށs/S|m-rʹBWa}ںVAd1	FC'Ҹh#Z`]IzErv]g)Dy&3Ukʽ߽~+:_-J̆M.@4;bĐ:}ܔ z4rOZ".jkʉ}xOr=/}2"5q#
TnÀ,2fhە'sYTp?]]<yy|,0|szbfх=ȼԜtߦ"'Yżf2uXb[[܈#ݫH_x4^[bBG3 }ThNSYX
BQ8%o~Zu~!n݄PPWrקW`A`*'G^SMdvmw'XJ5DMXX@:
&lE/@ű6 ?R7yO">c%?GXG@˹/0$|Sqoȏs/MBJ9B^9?k-|>8ۻ6
]̰1NWtPY#<FRP{0,əбc#U|)?*%^TW9FYYO?onm9AٴsHX-clξ?>%Wn!':ʂ(X[;ax8sڮINEM,:nǵv'^$w<ΖvуSK|=-f!cf'2OKGA1G:xh	ٶzAJU:۴t^R633֯	9m>h_27,nDKU}qy,CA6ޡ+5:|PlΝtеpծK4P?}Jk@-.Oq́hUC"EË9sgZmHR|lوG
UNj&/#6.hK5'Lb:i	WfJ01
5ۜ".0"0k.߻.;K	9guEd["3/EC=u҉r1K1:ELx=j|^rbb6Dwp˼yhD8JN5ϼ߲F:Rx+|p&^}T[Q6IӤjZG|w̳Nַxc186RÜe(C"?X'ZΡ}r62\n9X>r־dXg?]Wnt'\{Q/>B:ˏט^CmIO*%jÐ\Im2"עs/*G=&җ<N4Ƌ#6twV׌$#L?	U5nY}mk"+M
̀;&&EƑ%x[y
dXbo,*_\()(0Eٰ>g">_t_GE_XɪK"&,wدDvyz:*1fhr\5YR`)Ÿ%nDت	l#hDפ,,e΄P=;9!5=>tt-ùxއSg.	D_alvҼ<0Ӵ]lVX˩);dXwp[ƨ6.cdAA5{ՇIDfEK(sn$|;;#y"Qq(\L9 3}#w;@ӣ]]˖D*B}nJ@2ۘx:W_I0.e?v=Fp7n\,/L:MC)SƳNi2p&B}ŀtU/\Bҥ^ÿ@$cwK[\^Ӻ(vkB2>sUqzߧAڃ'lg݋J̱|l!_#-KVzAmk}2-SJN`3r1զ[з΅F=1	GmOv^U)V?_bjafyiL}ak5'=e>4?Ayt	n`#F̫Zʛ'kr4&c#)L{71uޝVxS;O*}7f:&2	_<=ܡg41~&H΀HŵFza9^׃KņY60`ocѧGE	B
;^	[*s^V3'a]es0!oH+!Hx>q^:E<Ɉӝhe3x+"x\ښNׁLߤжܺ,GcAjz*r^N3ap˽G8Dv&UdvGˈFXR-?"-BnnJ^L~hp@<̀T?w=è}f1S};Pj<hJ	 oY=TMث݋mnaK@VP2W)$u|
j|$\B?
;`ngFqD
Њ;Zjbp=7<	۩&w;l)+\p~$+|Ō.kV 6d	lyȗGߪak?)Q ʔ'g5śxɫdԞR<9}֘Uؼ;_е'8eZP"CCɋ.[Z%53"Ҽժ&̟Sam\VʥŢߞy{iF&h(/l=}ˎ\xR`ԏpT;QW?KuƯ]zs>Lǧ-;yO|,U˅w$#zWF`i*B'HԬYkI^2jDp[qH9,N'/j֞EȖFzZ] Zt̞}H!;M^z=UGpGԭ0%^(
lKzXqǔ^])CWUΧN!=u ى\-4B2"ʝ1q$))'\گߢ`PLw޵2aC\(ʇF<ss!'ωofI,`lFxBK{X
s"/W?x$`&[oԇ
AZ"ɻE!v,пicH5f#r&^Brڶ)O3e*̴^אSȧRAIgܷIhr8Ӈϻ6}w0B t:2Ym[2jJpl8(ίvg%i\ۨW}c`uZ[bcHc۝NNXhZet*Y`l!TEbOmGR3D?7ElYiz1iˏ%0X"xOZP"KM|kK[dRяLLw*eG=RHyLcD1;'ϒ4(bP/%ӑÆtٿ),H6eٷEiO|9Q83Ē	فG.wH8{	ůweFdR9ZL[]$դ6=֖{ސ=VfʃbԊxf?~z]/x@
ͦ-240|8~%(4'K&Qۆ8s7kҖVa)$X9L"S]͌/I"
ڿLoYRBTjX>!zӟz?JϵUHF3!q{->^o7UJ	xyYT[!*ԢQFR>,zag
һ;QYZiHMcg5>i'\:"\FӗЭVvi=s`ӣ*Fۈ'}bPO!3Ug_|N.s_tӞɡO:}ًEЄkA=6!z>!cmqH%ѫְْf;.la̲(ZŴ߉R5PE1t4*Zׁ=!E		Ad֗tZQ}So
͊"YI-Ȳ)ͮ9<BkaO"6ӧt4vȅDx&Ԗe%vajp EڳkP@XWp{ӿ^Ի!+[eXTNk
}*rbSj~$H׼$;^sŏfxH=%{khԳ,0SrK.:SQv6K;c2z=>C179LȏAY8ȿb>Dr{UK̊Ĩi=ϝZbUoYV^[I$51p-IAi;-V8<F2'/FKoՀ^PkIuWĈ,?ǟV'*J"-/KCŏJhu YwJX6R(<0?CY4M~CJ`uN*GS ܔ>9Ce#Ani>:XK/ȜB,3ʗNq8D1%y,*`LVsS4M֡ǩRU
P[TI|JD}{>{jg[{N#q0ٛq3%خǟm|Y?fMc?D*ZQK;tVkv[!Q&G"MGifYu}rƍѺZn!9^G=XX[9	2ٽ+5QD<uO*sl`
$գm
BԛhT5%n.nEČ#(?#P<4Z!<&_g6h΄A$H[O\EECc|st8A-RaY
;ϭyǰ+Ǿö,^K?51/P17ݗnsN4ƪÜH=%E'PB2]cD,qց._^-+ڷ)P.jIvЅÑ0@ g=)'pG#|@Y,Js~Du˨$%>A
qRس\h+BՂfbZ&d@ȝ8Kl:/ٿi*Zt.[ϡg_.6~ N2i	՜{(A=qPqѪp:nU($u3PIŤuş
C%oͦ'0y0L~˻xL1&[TZ$p:&+O\N.w?hPF0:;g\t`&gb<ƴZǗ\%YV+h'&EMIΎ((5*pH8YՀ6Q$!^\5UzȚj w6Y~g7OٽvNKh{ncSդw_lV )'c9L~ph5:lu1Ùw+ye9knEGG#3#V>hGhqD;Y<>[j*
pOVߖ*x)g77>ȻRzˆF04UۧsZq;$1Mc߭[`dS45+yrgzXB҅NܮM:@~į\&<@o20ҋ9in}.f̻zy@\7wЖҧ-ayu9ӡV&<̎SߕT{&Çb1Ř"IU>`3,23ksqۣmjڟZX=rhQ;̦2aK$`nscm{9S8iһgY9qԸh\|	%%7,K۸)7];'Eݮ"EEhMޠk?EGF,66ٷ1
PgN]*:ĝ}!%{j
Ok.nNܺٶ5k
VɃ	Dg:LT;݇Pb{hnm>FfEEAr=<_hn;_YD*XrZ>Tm3ӝ/S$Ŋr7`ߡ`%MO`-uz\@,׿-H35`i
ZجxNbH^^Hn]#Әݘ}AVo(	"\cL^:}҄q0>)17Eڴ>ӳGF})KLS 7OzTj0G4£,V8fڪݳ7!yQ!<QHn*jN|a;#īj ܘBiwsIwlQJ޿Sfm(hTz2|Sdfb׋$6<$Âֹr(õ{WCCC$l/Q֔'B @\k(	2ơMsi6YLĈ7ҬǸ[3Zt]	!6*[HzEP{ְT2~[d];L4B֭kK+x۵D(BS3U?pHڕ+NQ8wPz,mkY<:XB.&"֒Jo9oruDWE*E?|,|q,&:=ޮi&CB2\tο!#ɚ:=t-ߊ4ݙ[+"IF|T+58*8\*jƧEQtʓ7jM3ZY#Xj
LKu<qm,d 43W|.Ԯ0$Cv6wϳA{igT>ˀ6>P]bj$ c4\VŜvJ~0uyoьmECnWv՝/x~qSG\~O/1ݸ!,9ԡfU,^%!ok(igICG*4$0b7
aCz`ρI=ێZ*0x"T29@&P;L5xTϷv#F.¯>HfgZGZG>ݷXM)KD31S	!܌Ij+'wK5ƑGc inb`WMOs/(MSRYfƶv<*ߡQWХzu@X
1q9;hǈƵeF:oPm7ɕ<J)^D{+~gEpolDNntpaI#MoۥS­<F1hF&¨dqJa-|ʴ~Pi98XjqmX _mVHCֺsi%$mi{%0
Y|O:ĵQgI7CNpnֈ֕%
C*!?-~^MC
qʘˑI-̿ձ]7Ӯ#[8FsšzȒ2TcJܩbdwÖz`Y	yPmEmH(k)_*ԒzgKǧY"@V߅o@8˷2vrcbxlYNTYDǌҬv3e,TQ>5I_*_V@6 {^LGci:Xұ1aof#&'1)j7ϪeѯPYVKm{23tx5.<
)
P_%/Uh<i'Q`ϋ;m7(I'{`ܶ0:<-`3PFB\Rٚǋd7\~Y5V/bU/W/tސєvƶ\oWGs\>4N~ģuQ+5s{	xc[Enzb2d;خQsOqsF 3MT:Bݪ!٧,s\x˸n8;,Ty~]jZПnCi'YMM.[>JtAΟE:/\#:vBX1p1>%bYMf]lş,<iwWt'rɾ.M[<YeٝG˜JѼIjoņÛ,Ra[[x3v=6A,ל]tus[]w[^m1/CSG^Qg'EȐ_tÑ2,^ͭ16ab}؛# kaD]sfc#\̑c
"I?d	Y#|M͎d[
\[Z"6>@/Lům%wiezD}A<;;qqeL(Vѭ(<4xU'
Q9{$rޒ%c%ԼA$v[}^Ϳj?p"=DrT:F&,u=' `q٫zDXמ(3Ӏ^Cv=Ļɸ4+1p8Z-1]a-Wnv
;@f0X^\lqe~эҡ`*)d4ɠU'0!(h^j9Lӕy
	MTW.d(pЧAvFVSdec|#شIGoW}=T14	"a)^YC5dDϹc"4C;^rw*&	J$<la|~EkɑPX0N@o֭7iLXẆ!0zȈ<!en!3DM(.ʝ1n
K2Ęשmm4!/kI`Edؼ5IY0ZmEa#?.v{YϏиTP;FAx,ߠ9 v5K~
uÛ<ɮ+ځ1]B0%'^֚	P6:Q*?PU^Д @ 3clbاcw?F3jk32G1 u-:|i7.Ӣ;MPP!٫'φL4wvV(<)'n/ًdmKϏ~c".:$%aI}Q(sٝݖak d`O"k`{6BQ&Au:a~˰}7NZ'd֥Frن8Yʣ|o{ɶfpOrSt
P$;ЀDW!tG8vuGVR\,djl1ur.L=Zm۩͐sngκxڥRO^	G(
Ԧ	/N^i+0QGhh.*NЎ`ƎԧkZӚXˑ3eߓn-y0EYosrlPܥ#&tDWm B7)՝lڙoOHl>S0#ZHuAqY{
+#]G7KMJtJn;)nu64HLreF|}5
g%Y5Y- [K#щVB9KmV866ů?[8ʨ006a,cWWS'@ӊь^CJmѣ}8	ލimYa?g MSŊ<ԳI;D+fUiT^jd,YGѶ<RFIИnR_0U<&v+"@>vnzOGgHCzt.(HB=O[ԘC!`VYn]3nu$K+SΫ=od&/3xWa1{ڹU@YP7zD_ҀY
sAW7Ĩ*̕<8a{wfB>%9EM5W.J$Rǣb0X=5(Y*`Om[Jqq9ojh8mag:bLS
P(JFJӈ-I/Yk:ioiTe?+P^1qB$:zfѴ=X#ٙQX_N@s/g+C=߲G	MHݷ>f8ۛNeUpZ?ͼhJ694PCa'֔	bˠ|ΦHw°C`9f}#0'!jnt\K.`;|g#)?VX؆HR4pxDt<hWpۏ>v;r<P~yUPu|zL\؝htGaxMw[jCޝh|hn%?ݰl94rCXڔ79jcޫh{o
-̩ҚTLRC2)$2-Ҿu>Zt'(Xvjkϕב+-FS"ڦH'̌F`2	mXfl,ΟPB'guNa*BbGü<ZCؘ>EeG1F,ߦ&R(V)E=TrQ5Խ2.TV'J
K(4sw#V&3f5zAŸ#kwO'>H*+ աkS&ARwiK=j(nt6?Oehc{fTe+qXïjTT5ߖݖ%ɒEU%ģ^͖@K;_Tp=g>Hx5\pn(F%zDX&e[)=BKgwU"i^?Mۢ0ڠ4%!m
Jtʔ%,$ʑm;ۦjlaXx͛
Td*|B>!]+Aj*{ga>S!*W:+	Xj2(FmTHȂs1@JB!1b؄H{u;PۙP%A4FH=W4_bd?K$|EsJKpLuN2+Yu7s	OLƋVg3f():ѡQH[GMןxSΆxH4ٺ¡s̀>VL֡͹!\PM"^	?ԣ\rx(E2ًh.>
	XZ{HZVk0.[op'h][Rz`3+iuQvOǃe};ohùTAד*"m=sV\Qz3Gdɀpg`Ȑ"gفYR/c8J4I/*
XłMEHJӠyɮ3qwMc?*/ӲXsk}:GO
֢,S!D+s>rBBgC«fa`"$L\"VQfwFtoy~	u*F]
dТMsպNzZ
IsyKfzW>HE`~$К7-(of}Yˈkp*ДglU7>߬~bG1 HlrAB:U+Sx&ʧ.^sL2}G(<ј[ľ$VHTͅm07>y2ۆԶwkݴѴcO z*\{?̻fʟa8b\r`\~`gs.xGÜci'iAsQӎz}H	0ؑכor-؅C$.SVJ`*]bպٴ&+7ٔh|uE{0;9|.*iD0nXKߚC!<t	Gȴ4Xjf$=xy^~[)H^s-Ɵm<3;<7QMnSsݔSY!)ܡfjZ{|cfg`xݳ͕)V ++q4E?sbe?~/'7{X
Qn[̍k_O sNȤ d>ҩK@kraișh0g:wQ`Ňel!̝`ĝ2V"-50t/XQh3.V/lT5^RšǋܺoN=y9	1_yQJN$<"O&Xz2̘8+sYж;jo,ǫy/M?2Ũ+-["й֛߈OAs݂$׋168pU4y"BThΓ/ʨHKohi,(|SU(Fׇۀņ62x>}'?z3ɇ+t~er,&TkW6(F?e4e1I;߰0xm>U6-'-v>qq:"h>)1
{Δ-fF[Ze!޿biID$ e5~XO"گ4QA^mS$,WӄE')$cS@=Gs>Ȏ\;ԣ,4AԭPIq4BQ[qy	-Wr4cT5~`zc٨S?`u;$٩Hy5?~R(i!L8ID`j\X@}NB<+2aPލDz\%!ü/bqZ#5R66y.]پ/G DqHEe3v١V{2#w!>6a}|>IS8ڙҕfҰIL1c1ZcXsg':7T7pȀϋBJ7KLr%I>.-'9C^JK5mPBMeK8~B%O:UPJi5@F^|1q*͍˙R#'ƹ7b7'4+n8'&9v|	uɃθ;}B!вϞQ9>E߫tՆ֓+n}pԴ0$	&ypuyۯ[lIm2?pyX7w]K|S\k]6>RMqAUP5юr(4zْ$ˇp@B̶M]GU2Z.S==(+r3;g8h̤](ʷh{SރDAPՋT08/AYʖ?[D=%˵6еi)t`eeVRgRBJ`Qդt.Y!f~6^|a^N¨4w3?2Hϟ$ٱi3^Y;fyvU}0-g_>09G~K$z>*[]YFu7Jh+w?҆)9Vj>tYc(ҁ%B=4vƀ'^@DL.լyHƷk%{,ߠAf Нqtvc6TDHVێy%nHp)ÒS#UvqM7&.{. o)$M[*-Gϊ !DIvQ
H2(kqXï<3e,,f)"gqy,ZEl)k.*d_/6X"ز4ӌ28D\t4͢00ZZ"/O<'$*u>cqk'.1kT<w<kq16/h8cj֪8zIˠ}:Ax{N4jtxo(MCv#٢#rE{Eq~wlB]ru'֚INxpܰ6J(.8Vo6oJ/K\0FW*U1A"	Jm|tx6Pˌay;Ĩ_\BZ]%9nFoU4ă?äA2*NѐRǆ20%3^Nө!?:lPjrelT$VfOp&͉UB-RPduPjH-է."h$]?zbnnF|̳F6d#ڞGKN9,_ a~t_?SR:>MՀI3uj×1fC|NΉk@Q2r}ŧY˰b%t'Hڐ`Ԉc6+ZwĚ4ggry_fxK}GHWڅ(T[o؈>Ϗg޻v	cCOyzݧr%|zjxBק<A&!lA9ەwk|vb:;_:Z*Hc,5׺{2zŋ2z+t<VCsNe?.~7CE}ـq?(ץʳ"Η(y]_1lIКH[>)Ƚxhfӧ)[M˅62@7҈FX_H\9EWX tOXu$Pֶc?dY5.;7>ظ5\?fP3`Y?^BZl&tNAѱJMof:Љq/݉9Q]ݜpϫ'Ђ/_:%9Hϛy1E_s[zRU=L)s'1!EB,S9T֧ח}ܰ{؜J0s{_jf"[Ў#MY!^мmгͩ{۽4z8KhG?ĺAd&Ǫ4DM**!%T2R(kԚN	o>Q)`aGLe&
"V}L@@ZÈtueԿnj-#	X&7:pLa0fc URrd
@DͪVҳsAR͖j>uaCmƞ֡ض!KP8&z4;;dߐ'|Ğ0_/.~*%H51{(ĚO>)w[R`C[GNvYz'uj:Iuӝ٘r MTT#%OEip|!~tا_N Ӝd1'?em{uyFz:n9G:!>!z"7sWvXhYrJ.`z#P*ԹʢV03ڙ9ò%2.2kϜ}CE<svG+\_Mղ'RDµ;@#ʮ.~wBhh;Cԙ~IH)]Y0KT9$Oҗhe*J?B6l­B6Q.fVĞ{p\д1c}'O-L§=JաzpږN9DTqY+ANL=;cLDΗ͠aP;w'^R6vÐOȃЄ${16a9{Ā	ېg+LFh	`ӄf>r&oƟݰK.AR9;ƤէoQGkKֺZ*CggI1F|ȁ|Eb8م>L>ڶfíF׶܉q,tv]kOFyMHPq#c2Ic̒laaQ3³cdxk*?|bgţ>RNNMN,3:/ذ߂zَ#;%:WPr83y8S3A\	VF%$ΉQ6H>dƝ[3!R%uQeL(ʐ"m.D]5:$ٙ
ּԃ6Ư]9%DDn:6AVLu$q"'a3΢}!ɈЂ<ʝzh/&	HNKh|õZJWrl6	i\aܖaªkґφ!S~.Z܃ՄXHWye՝C²^ˌFFόJݕiU<d|_BѪ#s8NCUPs	۔r̐'M`Bɉ)bIBp9vF4^<I?|}hM1QxYʏ`ՌX*
:z\|aM_>Ōrێ@)tkM.Q#֟fgP2/ru})lh#69o$uJ%ͯgɜ֠9.<<<zԘvzŹvRs@*M1&bϰOFЈa9>ߑA<,~!7"$;źX\ۓWء'ϕo?wPˁX`ߜZUD<(?׀6z~GCnNuY/XڭN3u59{~b|Xsn)@odD@ڢ.1<M-ܫ¥.rГL%kR͡%ag>߱O4jށA9w̝^K=ݴ,h?&ނO|H:op=[@<F}ߪa+UT$J;uw8:t
^Bznf
1l(ʂE3
˟eNvj;aOjُ/̈́ayNŃcz8&ۚԴ*0?3&d(C"˰6x^mڵ|]YwŒhӰѱu;o<Qo)׸:&ϩ<IRV	5\/K,9NqrGutПB>0snݟHɅL#wnghHxBzPe8Lĵ}\1nFyɅˠ]fIϧΤ§ً֬'[V198oݛǇ{TJlJ\~N}
ۖyTC&z-%Ўx)>dY!iOLelDkɊAƒWlL|\y/kdM%3S,p
vޓwFƃtʺċ4{U?D>09Jp3a^Ȳ&2΄yoи|·O!1];S7F9gc ;̳ïnMxY'jNk7Kƨ(7ѰH=ݓ=BzE@̖`bE]S&HW41F3SI<5&Q}rJ_B,,R^.V{ԮT<Jojpk 8vT-ޥ	_jQ/S8O2|P[e^>JZl7԰U')ޜ/¡հqʹT',?\X٩klpq@?BbeӆE,EYvA)xޏt׊ʗXTb8tHUA%J`2c]gqu ܁wtA=buHp]3f\?
$mÇ)0yBBw$ǁ/:)YjdgW`v\2:UK~ƖG,èOPЖYZ֪f5'fmБ!C~$Әǐ~\^T&3z>f,Fk:P@:14z/5wX1AzAVGCKnn&vN><o^J40j`ղ[vt;m_HݗxMaէiL'8YݧpDB:b~Xf̔ݪ>7iME|K3P:8BNƊ^[iJڽ%	6>)n}2V3\gS;3љlQxNowӊQ|rR"ĕJ48:83[9	D G7ni,ɴTCC/M1fF3ϸ(߹Fڂ_t4TɡϵZ@{:chreֽYֹC'fT'k<cjCw5,fbz?khÏX(±HLה۞e2,zX"?0dnz
zpBR*vSзsntOzţT |&GĒ=ѐ2f4xHץ<Ň$i&O_UΥYt*[#J+k(.#UKdqU/_y2?"2"suhlƘڨj)w#MapS]$E	%|cD4^LdCAuv1K߹!VX݊#f55BF`R	9}ąIA>ےb8nÊ]UJdɘVf1ćy(֒[8y˩!ѳ-T$=#0W?))[.;\&&FeSv^5nپ1T	#$my#@%7DҶNZSo.σZyϼrׅH,R$M5ufbj>4z<,/Bq(F>F>qxoc!gZH\Ye{{/@ʀR YzsYMG*5"l½}ZhmWBԋpZ,lG2'rwpc9(p~&"
Kד֛%^ˑݚ:,ͧ0	DXˬ(;=S4-iQ<`yذ|"3eF6uD9ڎjУy܊-ScT RJ:^CcN+ү&./KfF~(" ̯&WYϓVJWӏсhI3"iE;!#.MM,|`JC{7V+2>.9aJT-P:EH3dR^w@r!"\~*Zj!5YR;}#`Nr(<|H=Q/S%&03)"΁E8Ѧ´VmL0՜L_y1?R6Lmњ	:'8goR/ChT!3'K#t	N_[LMYioRqж2=pV]mG
fT\۵)byJ<t#^<OumEP{gJ~İVȌbpkV6յRD
-T-9X!<3Q=-7ۄA$,8+{SE{O()^ycQ[U`PlLn+xrчG=U	TreoqPaogusJِ8rAxi3GJ߆(mpԙOQQO'y
_{̒k[ҕ[ƫЁ;-ZV^!~ŤU	E-wq&+#͝QJa<^E:@y)h;sԸY\uĞ"GR7fɣ 8\M@H*'jCDTJxц[!ԙf"zVKA3Lh&Ii͛A
hqdWdY-rmIXU/rCx
@Khi7~,iǡ)ʴYs̈́EIQ>zpޕ&].Y-Jqxi_,Eܥ7NpZUfuF`K		Y^XVW>D)pN%hņxq('dRvtQ.R{xjkha_{*]{dnUA;[$nSղ؉`Ӷlpr)B7`&փ{`H՚;#a}<x~FcR[KFK,f[Jȡg;aojj'yԾ}l]Lbay(_Nϰ%ל&m%JCTs0͟"iGgQ6hA|qل0d=xҗx?V+ګSV`9`T#}\Z;[1khfl?	Np߭~
j@,|<IͲF͒@uIe*"O\%4 ؞ˏ|du:tͮyz!	})׹HQiXQ8OXBV{99:r$80Xգd*J.'u.ȭR?2i/
}&aٌIFt(DZ۳{s΃E$gQa;,Ly$6_jYP4#f.N]H6g0+wGLkTӸ^<* lJRa:]A`ѵHTp+ې"sLI;WJRII'm&2XMn"0Q>zC1pNUϝIS@%4U)%Ή1ˎQ5֊jAt|h'2$WEog~)OYI	7InʺZ+K$cfo7Ge1L(@nAxoLɍT
'՗LpGs^|0|bG6,.J%hTgGKlܺJRnbHlT:?YܱvXKVq7grP?#ap+ZjXb"qLiN@$}a8	/dDP5;_@{ŮZ_`Li[.,a<5ڕx?.,qW
~DZee>|H՜i*Ԓs@Zi=X|WdL("C~8ELjۗ^%EJ׸4<;,,RG1qi36p-k_[9[lSˏocé`szޟŽcFdߟ Q"Sl+1JؓM$u^ޛaūsԢAZ_qƊiO͎HHl{Μ|ZJ.{oc7?ovsXI>'ޠ#P30]|^ZL$f@st˷@;WFȁt4:x"ͣxl>ڵh)I֥ި!;45#wXM\ezZP4rMMyuݹjhw)(9\ЎΛk""joh_jU: %#e@ɃWzuB}cȦ{6|yݕ):wYwbp/qz1yGXisߢvb_#c:*kE\!ow3bHn]֭(lBBlIk>Ҽ$?ݪF(a$5tO%B2׃[KƖ\SZfJ*Y	Lx*˃5b?Y)UaMSsO_|/`ԯՓݫ\t.-FI:ԙUu>}c=P{;ީjnCX[nf>Ŵ7}JGIVW/Fg6#`:GZ>/٤lwXXdTվoڜEJ SYy.W{;6)O^WhŵAJts9͡:s+Ԡ"[gG11ÀPtMI#Y~bêG!gѯuG`fAW@gMPskJҴjsއ`JYb@ >*`FS/(DN'LŌ|3Zʼs>JĴvXDSO2UC5K-
FW %C%MjCER}ВTmӃpR_eH0o'7g5Ijȸ(ARn8}hȞ:slD2}*Ԡ`[:Gpn}B?&E[D^wBfݝX^Gľ3s/+Q[bޞ%8L`O̫!͢*ڛ/b*E={ʶ{Q*՜*<߂bn	s&&6 3b ʉsȌ"BH̖GעgZd8%s[*ԥ<ZEfۑo|km{+'Jf,frHܓ`9>D2OYپ#G{+%5AaWiV,uZKd:ǔϱi3H8؏mJ.^6Gw/ŨŅ<G?[eA$2I
مOB
MEv%oYuˊvTuwTܧ3OB,?4rWϣɸpj/ܦExW2y)Qʹf9;paB:X1C\u"tϛb|Çswg,\giX݆iz&Re!>Lm\h{#I7Nܷ2@Bϕ޾8	FԢr6ÙּA&Bic[vBҏVoU0@R©vs+L>l՛:`FȻvV:V̞La[;y5;	ƽ`1T֞RzCGE*=_
q1!mȿuL۳!&0 uD}i]
5jb>pHe!M'ram(WsFi#R[<MtLwtx_lͿW2&5)_ʄm*ձ-teڗԨ#Qa6ìˈX^KcΘ-Zxp,sxGX`Ҧ΃a؀bC`.X`|. ?ޠgPy' eMP<K='QqsQŔp~À&'\{_ӯt<mؒz^ѩTV*>#TK"v].
 Zm
ā^#^2d?#]pv].ǦE{o+cbeE35;A7¨Շ9u}L6~`yYs!d
֪7qV-߆LSN
S\e˷RR%M>e1Z)^D:WbGh!vѯ
<T19ƥh->MrJ\S vF!Wyҽ!"V\ OS,lxWd<Y	3=S_'͢`݂vj;ҭc?ߔ0i)K:}YʴdnXI-I+N	dTΎGt+ήTA}9҃ bԘ
iw:BNߗ_	#ȰP{>ch	`R dȶD^9S,ATw7S"	ÊXפ~|/~^e)`Ǽf=n\rPis-_fGDB)uXRfK
̭)kōpҪi#}CޔðћcЛ1:NݟMխZ=s7UC;ǂM!N-#Eޥqȥ9z(t{è& κ5ZG'8>p5ǪVSS+7C};5*dW/wd5o`GY*ϛi'Kp98@'g/1d;;Q?ұaԿ(Jɹ\G6v&k5s-9i/Vc&afט{CIG̚\J¼ǧ,y\,|G7i
eM}*i|~Deu\_էVŢ1xNmSVRzsF:cպaɈ[r51K\ݖ#?(1R*by941>9#RPq[d0>Gݑ{	ʬˣk|77dU~AЏ@v(C0ȂTDVM ӺFW<eFpOGAsԥןR5`.ɳͳs0Y"3<l>l/$~B9V^$m=ۖ=@zރgSqch0)1y=̽UxnV{SQ?8lռU#uMúTسc˪D)nze4w(d`mwL+_|= aՌsyέ~#zv^IdhM;5g8-g(}AVk-QF4HT8)V)ɴx&*^Eq` q3W=y%,wvUװOߩ`nj2_Fbkm58vۻe2d[(T3B}̥acKY]Edxդ6lZVxPeυv\jm	pWt([,|l4DLfIL|Y'Ri%Hˊ*Li£fJ;~5JfPΕk	YšbeV%ݠy1M"c;fRHc\XsOכT7JiHWxY]4RFrO_nd^gnw'.ǦESɓ>"%UuiffES~w8ظ0E0zȚߧctoY;^lPt܇:cMiD̶Wwq`u/mCtcxTVq6ѣl1=P"ؾ{qO<	S5ܚkI133Cj=OedxmrR7|*O6T
ژ ߴ
٥tD	ҟGp)?u֐d2rQj=ŢjU{aN."l77Xmq'>zJOY>[Òr̒rAy/˻V3O*/f$?W-<MA޿1&l2WV`bCo5gѭy	fզCin1Ʒ8B:Մw6QѴ1˿%޿߼*=K%ֆ,qV{*LgVύ^$iW w>nW7JDcJfͽq0Zbq<PPJ'@Nso$#f
^˨x?Jr)u6ۅ$RIsPQYkB4~,bҶ,i'Q˭G,#D^QzYj@),(5˹r߮=v\5"&м5 8fùkO" y5>x<4RSrه?O}Ws<^%!An2]%ڸNZRnpfIgܜ?pЫڢlm9xh8/3~ۉe$%*<<ay}Ƅϙ 9RSa]lσ]~/>˳xLdL2p{-3\9XaUޔW
ACgVS[& \73??/oDE҅½߱c2~7œR ~mQȶ<?Y{+ʹJjȕǳ_Gxw'Iք[ ;84&PM}%TgעgPXɪ
BR3نNl_7deðAX9JWID-'$ M͎ׇ֭#KCe4GS˨2`Sͦqx@CzνF+#s#Bc0kb#j5*R-2ty[WhIICz=I]З/U%}yNYd6ǊDČcz]ٜcTB9ȑHNi
HeiglYd^@ hD~R`MׅP	Ρv}m5MDuh3nMQ^2Ŀe/jOBTW`b:v ]iNRdd>{Ӑ)՜	Ɵ{M14	|(S4DO8r*ªz-ʀ֐c`GmORL̪.Եΰ?Ϩ?>,iҁ,?{eaIDӔu'Y;ABԤΎ	1@5ofaMGacʖ|$~h</Q<(t
)Uivf<yq-9^Z6 aݰ4c9Ы+,9۞q<آH`CTO^y?j
	ѰEZܪ<!ڴ2iˡg|r}v˝H8Nz V\v$n!۠ؖyWh>.f8(:ܤW7.@Vn*	Xgβ"|?܋:$ݴ%["3cAos8^WЋ'pO7zȑiWMs
[]kƺAZE( J`q#kriюC1iHWwظN{YrܛQnߊx!/XUrSD@s/ʤGNj,<"?;<A5j7Ic7'dܚ]1ؔb/Rkч2vU*i'ZW0P@Yz&d(6	TR PɀE3<Q'<53S݉'`ޮ|mٟd@|q/dYTqsO<AAd*@e5=oqU{ݐYȷ@+,4Df|OXdA{P6Hg9no	b+DPcVC gSujׂ3`̻{/(S@ȟ?n`AHc&|Կcy?hn9yѸ"\_ۄQIf=/<lfC
a(0AAܺq0Fҳ`:.ժo[`[b zwa5ACÍ+%м6[s5'-B2f(țѼOEsVtrjj}ʱƏ;ciܡb۸k)ԉ5ϗjo1Ƅn1Td%2aL;ődo/هz01)uD+Z5T~͈De/	b/޷ZP40~kp\GдaJNcȝ=|w-yx[E|A9C]Is~ڬ޲h}%v*;>6_̰F.FXiϮ]rKXZ09!اv%mٽ-D9ƜGޱfH?{;(!צ#JZ{׃~:A{$E[߬qf-|׃?hۂ]R;SRU
_UHؤGC?+\D7Wn+"]d݂wqO/%~۫4_oٻ"\]< {ۤbzNnϫԓ,q}zЕƪDʃ'V˞Z޳GssV	i"Uʿ_'̨ug^@UpmqvwZ~MX,P"YϗBefRw,,/qB	'	D}Ң\ϜEGҩ_϶ySq*%D7P)ŋ%=zň1ɞҔq?6ѨHcM7?35&sb5V	mX8>A@*Q[%ͫ <]=pkDދzԟ_`{mXYu\%ף[No6ȑc=\˵5rԔˆӛ^2ɮtĨYj<3}?y,xY8rڞV0VFaoNɂÏW9PuƩ$] fg/N83l0̐!68IВ<wr ̢%3=?kJ4BrfUHG!u<1qo+T&
9
ݪ`/ڇoºgp2mn#9+t!V]yD3zU"֪).u21c?iL,iɡMIV Zlq̠4dr'OvgI:^4m7޿<јY۵=Y<ͰPIlȭ(&+=` ]{MK|q~0)w˿wn٫fYVφo"2}	dCuLtۚhk,o+u-(OrBY_֚G=Hjĵܖz#6smڥz
]+VIѭƠƖmqT{!W33[B#$ۓJ%K18y\3&$IY>y];gpQO};L_'S/62?4USK%fÐNd~ȼ&yF=Sq/.Z4nXlu''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25077)))
