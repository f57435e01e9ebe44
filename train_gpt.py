import brotli
n=a=0;b=1
for c in r'''V<ۄjg"ңˆH#!-'jsد_Ԙ9A95R(ޒy$_+Qa̓0FWIv&+.iCZbh+^[Ē7 
qV]KۂE݈l{>y7hG԰cPcug,:Ta8̘2i9@0
'zŅ@Y!}x[,iޭ`_TSJQ{2y$M1}NQ>7]j
r`?f$|
'k,P`4?7J@_jpw ~zazOQ) \70'͵dY{pB
taVVkҢԒ	,ؿ/۶՗Zj@ܠʧûiiig<FrٻBFh9ÆJ$WH~jδne_|rn=všBʈ1gآM~ǅKF-h&]o
Cx~<̀άعWٓDZqo+ѮVlcsqM֜ύqJ{!4Ek]T96E14˦yC0NH@zJܠ&+G'nX]kz}E L)[Ĉ2V['@	L0~˖B
Үhgi4@T@b;.FGwScbkrH	̚g-͘PDL<{r2¹_,LhK|γ|Iۈ(EBR\0Vf-OcE4F|Âx	$PXùaߢ<dmMx5N*̂G`{F48kF%s8Xաͧjr5l_@1Vkٚn6-y[ohK<k܆r"]NVEw568*OŪ }ʽHJqx}df:ACãF'%F9_>>uӒ(85egSvчJފ!3K]Iɻ>'`k(ֵ/iHYbwjjDH	Beл̻X/^nPĂ?I[Qhްq\? 4QӬu{&sT2uߺ]PJ2yCμ%xmϹܢB4wvSpU	4q8IVeam%Ȓ֛
"AXXV$)<d1pA_iM]XM:gq29[0w֧IlѬJ9,{~@AӪ8foلޤ9RCM6YbƎ;@=bIvs/98ӳa)sئ:զ>m&{rpB>Ǵ	dl#O9}F_*26zmWiȹ"ͼ:8p.vjp"iVJWfm~e6'-υ_pJۂ*΢y0(w(~~PtYπ6C<-r>|=e0I6YWS-1ĢQvЬMN}\BqB&w$ߓqctg~/ZiSt%,|kִzK^4}L.ls LڑH5ߟQ;,1|@!O5B|]E"O~Se})"eG#~'}BVV:ƴ!6FW*dŏrNDkĝ3io Ƞ|oeӠXdޥKK'ߜ؛{*i@8vѠALCމT=a q;VZqV5AȀNG@<'pYJQ>C!'=a%+S8Hfu"Vns¼C;}UP _dU(PxLGƐQѱn۾L܇MZ(QfͰG:7Sl0k41pQY܂(/_qq#l%LcTf}}[ 2[=s?rBKSހ7PXZ4cGdryϸPwBI5Q0֬4^֔1UىM0]'gZ)44F[˭>i}<Wu$f>7UU"c{ڝС2wsٴPmtop6#ҊVyN8j\ÆB]74e<T,k|\<//p·i0Ǿ֭jVS#%ˆ||'xLnPMV=B1.g}`; &Ϣ=ӪWAҭ<ôJb]P3O;SbɒhOuնS*(L(/x=x+17h\=M6\"/L*uA-[sͻ&8ѝ%1|'Dƴ	|Qwer#ϋ=_lQXݡ>efkj.jK=iӡZTҰk,ڱtdAe5"@(bI"MrXF|TyvyKCW#%wpD͝?XV!=!H8)9x@dD0]r5ۊ
;aFݣ:a	N~^aSsؘMR*9؅s+_, _'pi)ʓë DТg+&MRs|j,B;̾:թX!aU.avx[;/{6}'HvTVą/	گyEtAVdE;=@8ySj|fȭ5=)Hٷ`H^<
eQ[l1dΐzDtpD0zf`mB]r>)Y(;ԞRUׯai |Z4!؟!Ka|,MLWe!ӝˡsr]kLo}iWϩ<?{ٰkYla9g^[ƮV=7q3^X4۳Hk:}CO*[>̣K͏<87}͑$df~l_23i'J%Y'|FSDR;ٹcNj:fYyj[eӤr;f@ZAkuv٘ZȣbBXǬ˨j*>lB.8-}"f<5},vʲuE{<܇Y9~%T< 9k2t7kOo]_ )30gf@P+o)8SEM`n
sUQ,^g(~+M#qJ5;01r!>ogh}>h,A!=#@"grI"Fg49KM	Ό.W߀2Zwlle	ɯ:B3by)UA7ܥttD&%5l]WKݹ3٪1sh2@Nʭ25l,XeI@CI{ִhjwڣ\EJY˖@sZަTZ!ob#R:N* =Ui5*)ry]9Sr:J@*?-<?B&B(4%_IQHG-8)*ܺu ~Eʛ1$K\Ų$
+vJ>AE5GaiPM/3bRVi9ɼ@c~UW?,2QtP Θ:Y80wW.e*+".jK~mDrp>mOV%ϼY@;E{cCKZmh{p,B8Mv
~Y{OsԎ24gv3tumlj#͢?-߾v$";Z(6A`Ƹke}K]I5ytӼh0nH|҈*,u=+#MdBj0VƧdW$ٞ3{Pcڨ+yt1{0qfڱދϿƝ)hE<Q&%f!LykWݧ4yl/1]c7[&	<C_
X>MĐ[[5q1z9[U!*Fֱ.Ԁ])ܢ
ľt.RwLRS*;4C;",;Em7N	AF)tA=i~rL+L	G)!z[<-۱vjw>dy-jgYevCZAm~Hj.Pf%.%Qm9`eplv^_%/\͖b2?Ŷ&p{\/@$|&GfuNۉFolZ=K;Y$L7wʿȍšO"kY6ݶ"+FS~ɬW1[QyY2׮'B
x{o4*OV6(8Tc65?Rֹ!>[4ؑy=ǌͤQ͖cdAsǮ#plΠէ\(9,0SLG*`~F${9E[~ɱLtmЇQSXR:-{#*oξ}?$MGzUwaQD]i[#طRl߄dH>ZK4~;fKΤ,׻ۗ9n*VѥtӪ:8΀q͐Ը$F!`Crzb'´HX޸ca,,̕S0k|oY÷ky)"SÛs%^<[14k{8Aa:cߞ2nsPƬr;]kǓ6,ңFJ_ԖmL{+6$~M.5kn_°L/?h?SSIߎTTJ/˝ZXsAL	]!5$1د٬Tś 5?'Y^->nqTX}oz'hq}k0Mz; ؜=F}O:MfշI ,C0ABvQg6=5L)ה,XnC060_e4
I"V	G	_`Ձߗjʌ-}9^&"}Iߵ0@ҢAr6Ǳ+~}Κ5
:*qaq^˝BcfB<V	ӂCri4'	B:jdJүRA)-!:mJn7ީrˠyO}ٲ%_IVKF:K7Mۍ*e,l͍5Iu	YeNo$xYΜJr|`|ۅrBO.yx8,	Cb'(<:[ʵAZUm2[\ƱoTx{8o=:1ֻ+li>xq<E"5~	nc#A#h#8z=i?ilMƁkDqIzjA$Q8gijPwԾ\͍UOPH6n+N4DiHZC'	FS}W#v)gz9	͕ІtGP6".n-B~Y/f^m1܇iUܾ̔܌܈v!.![3܉rXđV4U?rȥ`t͜\A5՞$yZ؃Rx˰n[%$;ΰ/JNdM2 ǚY3.:ϰV,۽rդOQEdtNQZB+֌Ncm4NIsֺNEz9r(	Y҇W\J֫iA"ҼSm-SN˅Z/G	/n*q̞˪[R-&dV֝^F?f)oG^Q6Ũv,G:ש$́ћيѶh5](b^'M̲^;<I7űC3K0p->K
R^q%³ŋ˃]g֗QH}M7ID[a{
M0ws`\&E15>\TӤLkeN,]+݂޲;Sӫ!-j)aG`CT#}fZ)MN֛Y3đ:|Ö\؊`WMʀTOb%>/e/Blʅ!^r5 	7ߐibr9_2!\Y.KiM!+c\K}q;͇ѽޢsT2ha"CF	۲PBƾD\fSaԲB5ȃiO n qkodGU8aH5;գEʹǲmo<j=R+W;_1TWNpnz_0rؖݝѓ7s'tî3ău½ .)5Z\`}׃jī7ԯg= E|P#@ۧx_Kid*я͘rdcb!2{P;yI߿/3+ܫ,ԯ(Q!t2&:o}:eftz{9YƤ]O#Qxʿ37(qL#@Ӵzk&9\fȨLt|$onK'ɱ|dvyM iG7>ǥڭrWE5YMGk!f
9Cf?Z
T. OG.=&=ъ$%O794ӑ8u,MDI$|{ܽ>!uЛtZӭPͪ[Z7-zxa*Փ,°q̣I(GZN6L\$8qߏTڌ^2y̭~tcȆdvk\z[>*\[`1Lag#xӒ&`nB1ǽIMޕ8={gUQY47KS$'``nUل#>u!sfђ@.JjȂeIE0$BԷg5D9&<rRqjAF#d~اyTh1T[5dfM/}
#:Ǵ*;2d,X^	2ـz6<WWZMhO}
o$jӝn6Oz&\r?F3ZV1E`:sݮ*]D6m@|qHT9w*}!l'yc6U!ْX!ʉ[/8fSz =j0IyopH WzU6w?W(*8t[OϒӚ=lim7J%2k*pd`x2}v2b(ܥCxGH3	e\ɶU}x.kULʣy!YrV%aޞqQm+ݰFEElD0DbزX˫#ӱ?y
JHybty
Tȳ?!_Ry9w4͛c~ye{ǒ2L2`&'d=++MXԭ
+H
1n+s,Y8ܙ}}+ۑ[F]1_c<_$ d&0,<װOݻj=lU^?Z^EEړecvF$T3rm{Zd$hרʙ̺c8݇Q(҆MYvi^Gʑ|&jcnì7	>Hy2!aay4̄xLbʦhOSzJipJ
Ósm2Y'R')%<x"phhD)׭nY*@d!h,Lí{w[`Xv&P:Зڰs$i͹onHp(Nx-/N*d f#HѪJpFԤтq(C;m#Fކ+I(n iYnI+R;gTs֓<87sd78qpX	J!*3|bݫ~דj:Rڥ5٥+nufo'S>kؙ+	UoH8fkz4lVjm{&.Ȋul5lPIƏ;-=v@g͠i"U#~q\hw&KsE63Ʈ<i:)7^sj_7ּB\
3˗Rǀf$iQkZjn!q\	[*p=4_FfVTuIHX0@ٰ
55nv?Dy'Ħw-:rG|5(Bͣ.;'~_>0bGAfjIT1X'mRc(XZCiGo֕UxyMZj\ĥѮU5W)[2H&͊P(mqؿ4t(I!5SB*}pJQpI+J}$RiZFPNE+y'^`hys+vHX1kєڜlL]iT`hNo.zB[Q80Gf)aWxӥ3`PPmvoW!Uv_IFr"AP/6>x?k&~J*h8\7ztȚm}?j|
MxKRh	,ȓ!Н̢՜8_|Bm@ο-5Ts`كzmӗ:(0}J9'(8XX)Lyi;g
"ϕShtXHjrg C1jgGDhBϻZή	ׇmPܵ߬Ҋ]!_֤EjR_[w=Wcn6%B[̋N*CKѪt)-0ƅNi;аbF<;11
Jt9d#Vщrϼ(-e΅΂6DU`]2(KƋK <uxv&tz".әUt`F8vNKbqTMɀ[#̍T5zPH<D4ӝ75'@G2}ˉ%A(:tKRӦ\ųǑCәZ5L"I2wkߩzpDΦ89v?'=Q7rtKwZ;Sw1\Jv48B1lN
:(XM{'0>|ʰ<
'M˞9+oIWBOن,h43y:L)5|-0LDP?O![Xȯo_`%$m(Iixˊ۩AJkpV<VD1yw'd!Rߪb4i+KF:iWH|=\fzł@jы!1sj6Qb3G.͎2	rNmKUP&M<LƐAK6C`q;S|vbS@Z|)é^Y֬פc5Ӿ0EY,`@#0`i>y*Kmu +4	ŤxLkϭes9elwNO̸i2Ɠ}fUȔwKӮ4" /`ί>*HP,[tWx`T3תk֏B}|λ̧֥:
զDB>p

p#H
~Q!Pk|(҅XgOq%]ml,`LK+؈dD(˴.P
_ƅZ"\υ$3ʄ5ؗU9w{|mNlqܛzJ*6؍(׹&U%ƤX˘|Z$J4RzTnѶ$ǝmZduNSz,{؃gWPgyβJ0*5JDǽ_ZJJKzS{\Z8]r'קfy9CilGEϩ3MhrqN!s[ð?ğro ͑4Sz&4[ے>Jsٰ	2z!@5"ITt=QJvZxITwao1nvUR"Xc@JW3s<`jVp=_Ч_d,+۸Yk0@^ޠѠ{X4zfV]+@?]҈֌5>ޙCfi=u*_+3D&J%i'Ft1Yd\s>bR4#`@nГړxP<ҕ
D{Vߪ3=:!YVڲb`+.
!R<ل~܅0R|ssvjj:,T#DwŪwɛ9:І9
L*פ$:m9$:(3CR!nTtdBe=ό\'Zcs*:@QlH۲"ƼJE$	Z3vA)	HeK^^"k&z{܋WDJ<ޛGl}9gSǎҸdڲܭm3{-{e:z|lHmLX7
f"	̂|>gޑU?URC..BG[c˧h"RXAƕ!1`7@&mh}	uEH9B{$&|Ƀ`vRxn۸>V2ݸ^ȲMJ݉] _ݿzI$3eXVSLef"	~P&:{QHL͗!]>_'ޒI\Փ©o#5<x7eÉC}qn@V*!tOTA&T`Z7[?C^:d}4h6bZǂ<ߥ;@È8| .k`OXT(/:uNа1vRw&CsMȏiت.Ssiôg0Uhݍ0aՋ'JXPFKWrTkeNf"ɴҙȈXgML6#t -;,IUu˲ .1Y%tTҕ_z'ځZ-օމfSKr0 ;9ڃ4"%F-|?o}-ǭAxJbn#$4J9@oOفDU)paB<`2BȺ\r5F&-2 =c>;lewІQ-}GjVŹZ'v*\ۮ0E]2K}JQ[U{jɐ\RtzjJG?#c7D)O,h2sMi1s<T[!b®FXê̓ÌΗ?;j4"ьP"2vMfΫWyw̙a+  g<-gt;5ƻEkٜ5΀1Imeg=p`Ko"2=I%xȩBjuüma5ޡbCtxqRLӬoSd̩yAV<C8r˳,̾0oĄPע,X^-Adŝ܂!0ug֏n:=HK	.w
@S_hС#ӔiHQλ3+E^/8:RĀh'?umaiYg;ȧ\}
0ҽWa6Y7b	L*9NSQөiBFv]ʪjU3'_XeϾu1Ĵ=۲ZE"jƓQR_R&Y<wHj҈xUN|e%-'&!ČiMP-r1it2!WҌ>.X܂О1Ǫ1Ûf˛۶͓/K'mx{:;d#])S_JJzX;Oma-PRauwgt5__F#JS,##oՈiugL9CF%>$@k[j*e/kd^gS]z7'igHRlɏPj`ƂQF͙^|=6Uy?quu8RX4bz7WfaeM#@g̊XJS>Wf	q^ZM~w#<eu/{Mڄ5V
č'8tT	vUcRWW UXkm	֊DqĄ(HNzBgߢؐ(;^xPޟ}ҥ:8r܅;u-Էiee5LdX>:;:ύdRŠ3
"1zMzx:%Էa=rKxr	8K_Q&}f>21^³wKQ"mT:1J4[ɦ! %q?;PntЯ
MɰռE7#zn;up|#6(D)~
E\Y#	s?AiJYF16. ˽4pRӌѳ'd}Y@fߕ'/ɚCյ@)<r++zVrmgwEvآZ-nQ?łߨ=&F n4S0NNpwt{?BFyI(D5B9v͚5ddOq׉<

*zP˳Q4ZE~#sR!hXZ27!}%ǫҘHwCUA0</jFuߗŠuӒpذQ[{T)fn1Vnov1R@~\hޏ;AĩFQ<Oΐ?.ҮN
dhitynǭ[ڞOM6}9^i9nߘm[l\\"P=xzT4ؕ8(k(ڣD:M#Z
/Lj#?'Eח۸u0JbQFWWǽG:ϓJVu$_N.Y8ؽHb'N{ε:ݎJɘMU5Gыi)}1)0͛ؐ,+;l1մMSb*֞1kQ].0^SX9ݘSO9-
#չ&Ѻ+X6Ǔn{|x֩U\Ƞg{}ZՃ}*3k/4:-"CG9kˑkeӄZ=N6VĀLt2w`ױmj-Ƈ޵7j934?eQuSHqcMJK:6g,14ZXBy` rDFl-aE<&в)j,xC+ev'@Of/5ܐCQ@vH:[	l:ϔU^G'(RtU[NǤC_|tA3> |ƷZIMp"U")nw}4Tqb|Dk]. $ëv#Y)X!i AZ"нsKAސܫYmF7׉"6u_*TVr!+VtcX3#GSGx\]٩#36!<(:c<]xnnD|@_ʮ
ڊؒX׋N&Q^p~PVՇOK4bDM
VQxؕϬ֩҂ipa|4BV>؈X^*>0!W5Z.oKخqܶj*i>CL<a׺<07%uc7xBc0jp7 PAy!ufbiNQ	A<A[l͈@L27iͭ\X.w%6HA] iê!X*8I
vKף$v@؟!C`Jeq+ʛ^qfm2[W7ʾa@C9%vE^kO%?53,3~وp-)6y;;:re)iPeX::6@Pt[(ҚK:(cEj{vSAiՀl](tƕƎݭ5LZԟ"5jVPam=l<VqKa6ÕJޒh5īM<oIEszݲ6'0&9(K?k5l-ҙuMvIjk8t
/*W]hηدqlBnA=_z};r6C/;VŅcfjfP
ÒA-Biַ]P#:|*_Dgd/BӰʣsyZrՍXRRO~R_>Oݒ3%ݗȀ1qSs{m+z+̀ÏU+X*߲R+o3q:]') @mX04kyp$a2ϸ&u_QK	5,saO\ў+UbKMԯhJ[4~$y͜ItX\(U""	.)Q\iSqVUו]I^ͨ70լ)r/62~?b4L
m nB_'Ǳ95a|rґZ.պ5iL5mF.ޝwv׮(vJV\PU28֋F	0At9҉Ȁ6ݡBʶwǪ5nw{,%/M]:nޕ% 	1`o;$Ҧ(S*{M7ɱg.
'#9p,&ڻ]O_pz3Ʃ}"y,%-FƏ8JuJy۰"3qFK+ss9vէ~;7"V)­0bѩ1dpJct6_cO̮TbUgϧ!ƈF+>]`uQQ"N=wH)oƘ8#RI	׍r'΂_SgV3LT;Ԑ=.}('׈Pى1ƃ*W7%};!VV~ c2HhC,L+cM\.#ZwH4.]Y|,2KrI$1g,vw ʞ=p``ßl̚"֗Č&_K7@ֹlgT
"u1xqsHM/o*9;K#UY!	ѩ}"u7z>}XX0R/#&4h.e(DUdA̺{L=E[aH:_Ykhn7x*K"ݡ, "S+paK3}i±97.w7#jt=%m{*Бo-փ1CޚoίM=Hݡ/h1YF3дyn;̞-3^1f\4\W>̼&HTFu)ѪnɖE{؆kڱ_Oޮi':yhoƸZo13S!cިKS8x
|+p+̹?ng	|e"1/:cqq;z{@2\qQpE@]f+V?ɿ_ve\ts~I@Rԗpܼkj`F?K˔bρ(^Wis)bէDcIŵg'SKmg`yTW{}zҏ	Fa
Ldɶ1BѨzv,(qŅ#$\:=tOQ?u
+'dgM8w7w^TM@b|dil-Zc,V}nvk(	..M	AoW_
1@4ĜAx g?5	M{CaтjRuz0 ek=FYRYh7L ϣ
GdhӶncJ
}.n#]TGߊGoHR{(ԃ|0Tb&y*ɟ,+ShjډקSś=|܄кxӚ>l-Y^%vT"
ڰ7,bڳ	ДϮĬO><{2'˱FQ¥Yv6cx6Yt2
&XaY̲Uh
FWhGPȂ2ݓzbȟt{ؖ(7].]"l]ưc@?z	@ԅ8ڂc!u9	
)܎B%U#;T\_bI-vj2ߎv`6i`?ulPfijRm"0UTH+Qpmķ,=+

B@yc)y0+j:
NPL,+Ѱ^}\[c#W`[F!U]p@}̛4)-Ү:hNdω&L]j_~a}@NO]2kLF"glxՓ$ ڣKރ<J*m{3(jR*qɆg	hlu		˽6r"D2u؉]>N(FtnWmQUي14v Y*0G	oϊ]C{݁ѮTKVǗcT6*swtS\Q;RJw`Aae!ڙV.,Jbi.#|=RظQ6$j_<	@-:k~ȼ(Tv>`UYo@|/UU9z(ݖM3˜fDn-oƝ)?-Zzär<(D%v~}09l`qxA7Ŗ#Va/Udg;y֨Ѯ9[B8CK"to99ՆJsQh>ɢ&i&XrɖϹܣ-2sHi)ѧF,1ǳ4EO@3$n/iŬ%qrd7Goɞ&!w|etUtoj!]VJ;UP?/ًT}8=/f"elܣEBJ BF̘x:8ߍXN^>ǚzH>Rف??$EmufX+˔BӬxޱ)FNh"A{9>\p\C:wIMP1'AJ
JXQr]I\҄[2/`74XSu5ƞڤ03-wAP+,/f-o$:\[qOfkyKrs>U	}3(yEh~d (>oYq8ʾ^!]JԱSOɣwb5!Ac*N!XRPT#?ۂ **3:ڽјPøOK [ÂeЕJM۔*(-	ِ/ASI#m,CY@>,ζx31mͻ/sG;J]0(&hjuiq
(mDXΜU=)_om-S}i{,ҶgZAbK5%kE_6}:JB9tȯ[zwM]Cӡ^H{r *,>^CzىπZ_ڑ
.?>z!9]ilFԲ%ϼmߗˇ)͞gJiU*{2#HL-KGδx_Nsi)K>?dMDB?6_=Ȋ16qc5(yEqޏ-eM	WfGH}ěd8&ʧM;T)˖}g8	8+tg͌;Y%Neyr@}بqR̝~DpVlӅƗ_wl[]mǖV].dF5
$]TbȈnbZ`5(40bhk/߷ڤ9l4#S޽?¢R\DQt|ԁmU;oK.@}.wy"д0U/iXncmǖ/*,HQ~_	6dv}LrЋu7af)TXiנ1l1gњc./H-43ĴI6ȂϿ\΅m;kؠ)-[Qɸˢ $s0W?eZK(
,Y
Ջir!:,7y44jG	*8i*'{6j0ށh/]KdZBrK:KX@|
<qPqSN^B4}ι3|՗|F>
ӈ)PTѪ56؅K?2at8n'dfwJ#@nK%<,ӌ4<ٷ0Tr1lۛ?£57K:N``dKX9U*LއjR~[/AeLOP/S@B=C͌NKT yg̫rMn+ʭo6#O8 Lh7Z\m?eďܞX)܋&@n\8XHVpxC.<%x@nM1E:EU>2fz#8?׫=OiCBBk-'6ޒ\X;m`[@Ʃܙq V<uOYFx3UG˃'|t(Y2˕	/J5k;ȓcl-NU'E;T֋,{Xj&:^;ظi$	ã@׷v8LzwRiS&>Ǜ|  xɡ@D/q'83R-Ǻ'sg šۙm	oӏWܾ#L!HmSӷ:KCJYh8#%.L{Y!S3J`ȀʤIܶ ӖϏNIh]iϓ-ALvyڲlIfR>חup4(nOq[Zt~i+W}q«y?IŒȠ5SӔ9PBd	<e>C\1x&<Nsīrݯ_E#jF6ܦq+wIZF=cPmDp5O'޵5{6zӡ0B^Sѐc\HR['͋)*k$ű"eW!Zmd6]a i<sRThe^'wX$ru/ާ6A2oT	ODIIbIږ@p$w)5M/0&kX߱F=?
637SJ8S?ٟ[LU,ˤv݈IE%=N/&b!#y!vrIG%ɒZwƣV:ΈSL[ͱ@[9{$q2ݳˌ\4tCa;<0RW;Tp<-JoE,	2JA{;hU`*ðd8b,^U{rh(OĤ:[mFa!qDuDC-]~V##7h9j&js֝`mEVX^+[ُ{\Hs.iԶ-HԸ.{saa#C4_T̺{X
Յ>;4|5$tz9fi_Ւ#*;ٵ>c4)HG<;TR|'esgxFowIҞ#d(*ӳ_'gHK=3_Ox~Q[2a4Ag^cc4KK
UW2/5]-\Bh7Rj1dOzWEA[יD|ÈR !7?]7rkֺm-F+{Gb;u"H<
	eɋc@С9߫˲cyj\p/a׵+YM~يMRYIvϛi.N@<WiKv^bWȀ?YiRU\luEVڼYEK\*3&{Ȧ\GI$K^aE7po_cj,ZɪRZɗ˃j
5Z7s֛qao	A9qn*QY>МYg:~ \\-p_Gmgf"*&ѯ1'$Lk`nn;P
L7)`r޲c¨U͘bFȷ-|؎ac¿H\Ƣ^'<AV'0ѲɟսjAH	Db2G2:+ܐR"ƈy߃4|Xâ\OۮHuP[N>|4FBu_(cS<_f2tnbo&HYY!/qL07I3f0 9n?x1G˙pʋO.:Oșt=Z!y3Pg?8Du-A+Wo)yU
-T8	vkB,k:?;z$)sj͔d$ UT]d{.u' ]ʭ*{0D-ֱ	zcX1a;	pvmYU/rbɱ(8UʿPòǬWx#s 8K\c>Z]w]x}K	ed~èҲ|`fz-0+3]q^ZB̠bKCHՊ9VD"v˻u<DP!a~.w&x]UPk #^J}'lkĜ	@(8׷1"ỳΆYyhcQL-«KU[/a2zL+\`9}t~&چ9׳^9cP[sx^F]\z3J_4lo$7%X+hfBٔ#VzզGmוC:ͦ8'ԃ;=9ҙEx.Dkq\կDTp?8Egtͷ3jlJ,TXkuZ	ۂSu*;ڬ(4:4T6>\ϊm Ɔ4ӭu%1=/U<#vhm
:J4OCce{/: ǹsѡG`vcK~:&@}Xݣkݟ_=}EQ1]Wqavn:v@vl@ːd&EB.%34E!o(qۇti(LǃdD^	ަ;_iv3jtψo%m0ܽ{6p/B 6[Q0 Ԛ#`JKN+YT>IcK	}QQ\,-"kw/MRzkdz,IvW;ǖQCȂ+wd4ڨ.y6h",}ymJGYҘ'ߍ8г,uK*b%hy-([̴vWˉ5DDܺ:Ϸw\!TH;<sG1VL=k
a1P&TzJKoJ\ɆJ
ªA-]qٓњ7rI8o$dX'.ZPFF
	zeYmS]~;2ЕD0*(Og(_#د٤uoy&[;Ł)~KKX@sR_8ܥb\#B]Ж{qY+tib] ȫTNC ىY=>N_(җX5 ЫٽQ^pBtز05!A]$.I"=ˋcMN{ob},+=
N0o27nUy^q_gaBͺsq/Llhc1ovH5u|ؿݡYܢ@}dˑEf5dM`yt!y%3m["$N{|5*!zu#e{uװʌG\;n4]E?f<I4\)ސEް;FwAx]_;;,P.Ǹ5w06Qz%-5^/ۡ)*D~Tp؝x>0i/Jѫ3\kՔʶ0:}Ͳ"S'Z޲5Ϣ9OEmfwzRd~NN6ys"	3AkN6H.C~Ah^*Dы)><2ˌK
TxV-æ̻#[)}fx'm&ڟ;xH&Qh	KEs{uڰc+˨,`oj4K٣Ώ3{^c*ICoR|kkyD{'6<|/4̛}ZФagOp}3@'ԛKIUs,%`6G)Y1faw^f^PjC1N8-Xy	EGY(Ht6=1b!#!F/EkdqC3s׹$2Ƭ`b׌v-A}=բ&?Uc%8ǿ7rݏT)\W
69@Nz5!ӃfmdPXC>/p/Zng{Ax,͚MI _1kUc6Arf0ȕqҽ{MT/{Wx0v_.~/)@>assv-H#b%G=h`U?ͩ_!ȏbZxq_ϢWRc;DZکT.Oȡ&[zmS23Ǵ$zvt\܅ƹE<EŢՏ~GaX״0ˡ'BacэX|OLfL=>'7QJ?Qd'REǑ7E;Vg"op؆Ʌ٩Hà>1>Zη.u59/t}mU"HUFGS(ue_;?Z.`Ҏ/U|]Ytx2L4*?+3ϥ,)Sd(Aw5Z@;g2EӅ?E'win
TKoI1bˉVQ0_5<V{ܓ8:u \1nܞ޷-fɞ :p|'ڄ_I?L_q	<4Y|UZyYE=Thc61ކTޭ`k]pÍזr'j?5C@13RIk$9A<2D\XTRO@:mkyŚ myخ^Bsɧw4ƐȰ?P9o>'c&qATO6&v%25فi,`̍m;ިj)\`_	o)QL#xOY9A:Kt}ZڈhLLE8~>2;c۳	>mpB{P6%y:֘ci>ZVɼ\O#dIܫ>zh:-N.	V?ŗuD=Ax/`+<3v)roȂg14$L;̀5qNަ78NݶFv[R5c:0۹:<_<dx43Զ<}\]EYR[Ye!!n	g#T۩r({!#&Ƞfx5Rk$н_|Tj5Yi	؏SrCOĭ9cй|17K
2*T̪3A͝y<VaVRsFhNژ9Y	EAe݁H4(#T{Oaf>CPxZkl'P60(ߚ]ވITأHuN,ٖ(ysǊҸZCjkR`'UВrRoϟes['rk=U!te:|(I;1Hn&ds~:a۫ۏ1YQ`,Lb=fEĒeG#ř:{1/%iQSAEӊt|jwzEˊ@^N:N>hzeAޚ:~Ȍ@.qH!p}YyŇ'Ԧl@iз7.kӿMCX#Q*%Zsh6?!&aMjD\l:	&μ?BE:ٱԨȬ&"}lI2t.Eχ#2>l4IqN;sy}L/.+.yv<hЄ1	/!{uJ'h c-.8[V)-r(βyUӣwq[<_-'LbBc!aMS&Gm7˩j߅~{e!FTKh+JIt"Uv-Hvel݇k0ҋ(bysF8׉$__Bg8,6m]BI5hs2">}1HR׸WL&#$"RM%`8[tѲ5hǠ&*5ͷ5i
Wg]}{-yV@Ԧ~Bݐ/ֈBSЬ#X7,_]uu7+]#ғt!dߓ$,}_x	=tMI4}
tx_]͈ں	r"9ң%Ѷ
̳{ǏǑiG~1m&SƖ,Dk.x(G%6qͅTd+y1I)+2{c{yo;$8֯zdv֎!dSR]I1`ˏ9-7үYxym>Vf˩B$|(aɟבL3XmvLXiv*`R$)K^һP;M[
Mf ݾK5 ̼+n/VB^q)fNl$	z++\G;GIsCSA֒[XӬ(ڼ۟uc9lE"Ѽ;ȭ].BβmV2!ͤaqe&VPnhNF(2{swcg[[c9d'?̈́ 0>}[Gcu] ׉Sݑ߈nB.WSԲ}[Tޖ?# zK%AxǏ[ޗf;Y?@ӋT1ƿX8<ytN ܤw<Ckfkjq t	_V
AeQQ2";H[CVILb<T&02wW((JUŏɊ֫T;Lk5T|M0	Էe)u5ǫAۄz
[ӗO<F$U2$"A`Wy=7""R3r\b=dc:8=Mrbxvl@S.6<Ee;֌61iEĲ{bWpF\JȊU&i7#s"߮S2t|m6zC\0ق]+LfyW$*m	EO$ɺӘ*B3HL4.uLdɒaFH`5Q7,Zqm }iE|޵6lAc6u9l&8jX\ݡrL!<Jy;SS:B,-Z`^S(iCrP( uY8eƴPfhn9ˣS'ơNl8{h/c\/Ȣ?яqaن+LkD˘iU?asG$݌s#^SZ}vz|GE}yW0`[wY4	ii\ˉUÔ
ޕ(2.Gl-d߿vٜWBKcܗCP	@1M
NV9kU!Tvq7XLߞQba-Ǟ֊r	ʞc;`AP!o>sCOp~ٖOK@3[:=270ܥ=}<
ٮwT[uJ_; tI2W[nu=ub_JӖ3+\)ɇ<i!-Vwx4DiaG_M`,e!jIѯmdz*K͋y^gPV;:19+01Թ+;Wm(ucp_NvqjJ83z)
ܠUqp/J>ȟO>&C^n+4N·2V?*~a׊7G/aP.4>$arFjc۝ :$+_AپDo; 92ޜp)#Č˱9J1WPݷr=H04Mjr>hE0.ÒYߥނNǡfn3rRd6Bw]|F})1Y;/f/(χqddT}Ѐ`]p[#-4LAgǈ&)ioX˧$aT/dwkIg(dh$&oE3*{rg/ZW	{`OO_I۩>ՒwLb+X{G)W}eJE_O۞:HNɭiԸI<O$%	h+B)c֫bJE<O3XʞЍ=;'zW>oui,8|)΢%W4k̈1wʮqt|"mWQFeבz	4&5uP}YyQT+TIR:IF	e	}́I{yʇ-ՃYx1DA[ɫ
TBfsnbDek\0ŭBdIU4 H2GvwVkȖݏ3+رGPNc\cMSS~S6	Cʡkqg)fyP*S}=2ʌ$§hKŅlgJXjc1Uj-[o=|NZfA>BJ^)Flï8	<gS90"'D)!:d@?1"ж79hNˠ(χ4̼n:f#a$RDzm2@Wch<J1H=4J7 AXV8I'#UeD/I`y/.@wVK=iUT	ҎnkBƺ'-g_ƿdNeWX	F~0Ӡzԥ}#5,
|!md^*ѪhL	!r{]5G1
M	H('J^ܕÐl`*g`MYP7ی3SFз-AnbjC׀rO$ȝ;;sȴE|*_2}iѻ$}62$C}5E2H-wZ%_f@.5W7v[n:k(<WSUF{Whx/_5AԤ+')\TRɩ$l\ƒGBXy F#kJHwJuv"(Y::},	gKwd!-%vE3id9^+ĄW.8%m2Dlp2{ȸӛÓHH8&;fԁ!V'[M,|I.CtԸ%R`]Z),j__W
XVZ/?F)]}r\MLO,4	K'~EӢ:22A1*!;`RC-Q i'liͺlZwyqתu
ؾ\_2?9jvmaϠ-r1a۶6*щvT1?7BbiZK=؜ɴoIhadX؁2MȊeʮ/tvWۜwɑ2zSZHL7ݦQ\"V#ȓv˝T?ѣ߽jeqNjK:r/ɜVrzۊ=վӒm%Gߏd^ciZsFxO$DXD>Iuwg8#B ,/ܣ1#dq:1^#]0բ=2F,x>}AYݖ|cۯ@00w!N}QIfrAe!BȮʸ"r|Ϻ7=Nx 2ܢq7o+p6IH%
&ćieQFT>\%+e87ȿQiA7Q.#_[:?2T.E7
h{)Uy9[bwBM.ѝ3=_d|j0ɇt9*ڙ6x_{}*ėNѽԂ?RN܁aJRud(VSJ<bAX\y^yƆ4ϺPױѕRKh&<øܶZU`F3dc[	_/4VSwԢƀa wQ/ (F&+\ƔvmJ4#B88xAZ̆-g0ǅbT;RQyM7EBщT~Ia+z4$xoi2Cۿކ@ӭ͛sN:i\ܷT9('@6qbCݨLg:ϭ>kkR2X'k;ӎC `	HkL~*56ՊMu`ʈ/?AzӰ%;ޔ77޳L^')<].d6i42Yr^uucS#VQ*ƩP!U4#S
b[X!,7	Pdf:u[ـ]4R8n-GX{c Yj9kJ\CׇT.v8:VvdPߵrU7S9+T$FP_gU$>)13H'~MЬ>ri)eIf²!bP˂[×p|"-0$"AځѬ;C]	PnG]{3Ta5
ȉoxe02d$^oaEZr֗Z&?4׌/4Leȁkҳd(~`M׏ Y;խViTRʝ^k^*(lqX>R$)o"TpWٜ3DӾ|Em_Ϻp:	6ŸMY?-L&|`0` >9z]`r~Xܷ<(ٱX5SafTa;y;x0vF*Wq^]DD*`cEǡY|\1Q^
ǋh4(Fpr/%ͮyG,+7@ tcj^I`y,}VGXB9Rb&STY{.HL(|OmKj7XKg#]`Vwx/D}N<rL<c&\vD[")gK<C,ܓc	{"!˰6Pݦ~GGl2%)Ȅ3x8U]ZfѹAU+v[ll'y6z~y*A#rFgMy.%BbX}~MV.%w߀
EаrhYeҍtdXSR߶K4	2@hrp.'EבSyc)'N#|YVGָzpg!*r2ʺl0tLI_ү
zfmUрGwܦ{îD17H3j.gƮ|˿ƏUw=+ũI eקGӉzcx~f#wc*E-xA/~"Eëp˥,7a*{|Y7hcN&o{+з/d
~Dj")ؔ~Pv2Ǌ"1:#¬CpJ+ՁZƙ^(Em/tӉߦ19͌rX`Z:ulHĨzW59eI'?01	:$-;<WvӽПpOREeVIR%ةOrr;6i`<̐EX)gFEJ?A>D=gbΦ G}K̡[M#}k\D(J&\X;8dؘ٥H-#71ub}~Ǆ3`ȼQ
H.YKuӾ=S
Ȕiqx)MoÏ"f/ەk(ysȍ9֡s?*v1#~}:-M͂$N`dҭXڿwWD.76֡>bܧD_=V4ts>dp:7nAvyη@r.7RϲjRL,@Ҏ\@.'ݕ˝WdO/'Dl
IbUM%QaƇy#`8uV˹= aV}pWAwd٦.2Ny-uW$uMBWk#l4kEM;fiZ{Ns'ߦu#Ԋf5-<&y]'UbDaE}/EʨNִ(w̃U9sR/3MѵM,@ߖFЖPϕ:8Orֵ-bɯR'O<%,)
dǷZeKau2eMJ6Mwu9!̔ҰS&^zbz	b9b>}4~mn>"9\>]KpF^IcSJ3bjIUґ8#4S!hٜ:Dш%c]ȽIiV3xC!H;pS7T}lj[Ae߂$3\	K+n	Egh^G,Gy~|Zx kMSۡd׃be)Kaw~1cG=)r3é̳Æћqa>&9¹P4HTʁP~NЪ)<.ÝT.{iF8]1jI΂5af&KAF'
dxYJyiPf	@Sk],L+HTCfʂ"ѹ?GV:`rk>&s0Y^zڌ?<̏<Mݳ.F.֮OKS;|BV2ߕE֬0Է-*m}؇|;	S=٣oO'06aRQyP`?<įWlja<)\|?mdƷZU}fmW
2^Âͫ"Ǡ!RRFѼ<*{M<ԮÔm̗Ɨ#Tb/ÉY=$,64CQĀie0#Jzj!UOc	.m|:ה-2oׁ4[HƴB'rH [£+sp^6Xȗ/!	y4f,x)p
li̺~ܕ.f0}ʠ]:I?>>(|MNVf'hǊޅ݊z`g?Ld1*5 /zqϛ߬+B1cJ{b	 `,"Ccg_kr=sD9%iqĜXؼkCA=}Q'nAp> 0b,PNroRLׯKK,ʙ><b'C*KBw5+{gxx8yS3ѫ	;Of;hKlzg~	402[9ҸYjl|@w?je Eڗt
!P'I3J̬Yĳiz0NSҢ^>G?_޷(ADT1ă)$%JwcLx҅5|Z[`00޲sMW#ڦ߰X$.LAJ'ĉ?pϐ"e~И{Ιc$uըQ7<0IF+Q(ـԁr*՘3$!9HNZ9p$B7V͟uI,fr?RVƚhI9|_'~r֫܎Ѕ~9T5Wg2o0,l|gjNyܾQzʀfmsf9:]<m+XvpTL^&sm0tWs~j$ʭKVA%<ϑH[L0G'3}J	n=m%*\jD=г>ca)>|Ӧ0/YΞSŘjױ:qւ޳oc#@T&iKb*1"
AA|V0K҉8*)|)FdfkΦ#&M^!G
v$jtƕRiO)^.-2c]ͪ_0{.@8Q=!T*|MRߞ׆uKFΖe&̧sVK.'ޚϛTw*FwFfP&;*xl}>\gEΡ8ȦNu$JQtMh~TBe&h@ʟXח,I:Ug=,9G&A]r/h5VfY.)6uT~wی،wèV}DwM^\.I_G@(*T*B[C߷|v>DvU-s7ۿo2y1w1?ӡή+á,eGFD=%\/l+ui-)Z:ʤr;[~0:nʅΧu"9<jNغUior:lݿW۰}g6fE	<5+hY`D"W#jmŬwkה{>B̨Mѡ9AHEmBk]a-DG`@רC_/UۀJa*-ajZHq^ɿ**$7m1R6[H/IUQWyuk\S{J;=w'ܢA,vn,[{0T4BHFwm1I@}~5F%I$_mqVnJ6C5'Ż0^}ƴ_sE<?Թз{j[8b˜A>N%U,A^?&
Rwp
BS0*=jgSڼXΐ-*ܘ÷4q+w|;48So@dKI01=!G3%XYc/TةEcW1i0dz.{Ļn&h7[ ƕК5SQKAZM]D7C¤A'-P]Wd+Вu8RΣQӠLp܊c+t9W8hT+ d]Lmh,z+E&ρ֎^s$wΥrgU(-I2F#vQ%ĉ{mb,yF& `	ׯ9*ȀLd_S<؝jpWiyxCtDux-
|W^ IEAC`?9[ZAˌͼemivQU<z};/I/F\Cڃ!8W*/5
d~5mQ3"QֹKVTPY9Jݯ[ԩc#eC$[]X[ܥ#	ȋŵuALRs5Ss{`xk&(Oe%"/whLt)a}dܫYl%cϫ ԭ<QJ&ʆƱyG>Υ^w=ѳ|Qwg<|u:uaL[%q#63lM.#15ԸsqӮxPY,M#{~l!;ܬá͈v̤jAfn6A{TkgsߙͨT l6cC06	g	!lGӔ2-ȉYu݇Eg${2u5D9ŭߌz̕	df¦7˗μZыRTdUu1{ăT080qgXHva:T"r:m{BOͼbѻ,H!gS=QSiz!!bVǟV޻StŤ"j!q'v`՘otELq!'ԽpTF6Epc*̰D](}sR3*HiwR>o׀N<66Ư7TpѴF~3DPuyN:fj;3ޔV9
;!xi_*Ri?z7pIQ0̈8(7Oܰ:řu2#Y*h!2bH8NP|6L,xF^>2DOi!)yF6,Wo05TU5_JPvuP2߆-?Nbq=
D89-ۊc2@+_ZG$.[W?I3gR>B]
׷4xe$ن8a5U<}n<ށE$H2L}(cU{Nv3I8;[Kײ>Lh./NuJ+>XAt.|ߪ$AL|rWY/Ӓg&|"_ND*``d1%-uRkׅYؚ:
`zX˓^
"
#MZoJUU1^*&TsygMϗpz rكVAMҿ,G̳PgHo3^^!^؜}!y"?Զdģk8Oǽ]=;bT+	BДg(.@Qw%gC!XXߵ,/s2#ln#C©4nvg%Aۧ=t_лI0R{f<uFFVl\rل:*c6xZJ|*lSdJlV9PIظ<DbnO7}QT]Es=VWQV
OlŏP_DL=
VYI;*"-HЏaA'F%6B3RcqBJZvwQPۄtP6bO#uV g%LQߡEӕrI6w=@-۰	8ڇw5\̣2ɼˁh1I3&RŞfٗl'[G:?0K./X:*N4'C4pY@Əq޿>P^)\ÓڽEN')ju' x9Ҕ2zW;taKf..B͞z}%n,D4^b7]׻4SƀH?XQƐ\8f6SֶvdT'B$>o]VڈO De2WeѬYd}Tt0SO
5"хٵzsjY#'-ЂzAɇxYx#,XF5/F3Xa=/FT(HC?IJG[:H6 s^ow1+x
oǹqNM+Y1Nx><
 B2\lؑ3f#CdAn_wxFy^DNdK:_Dj+2Ulۨ=jrrs}DZ?A_	G5)4NxHVCRL+DBov˟~!BK.4ղ z3]$nYܚ9FQA'T"f\Ifb4S1
ɮeƸׯ0	Z2^A֜EOux*>3O17oySְ[^2kJf؉[OZi"mi^	e4&E(dۭfi3ZH%ʧ%jѹA8"TåەzOtlӒDєt]-K@7U{G!=j`$1;­OQЩ"[iW@4Dÿ.YC 6#,c*/D~DxGZTPY)Zesߙ'zКYo6X!?U.A#Fa[IMUtNȑOmCZ?YEgwg]5ԭb6^IXсsq	԰L<`&F,c	nȈ:1Dֳ\Ӛ"ӧ}\>=>E˘Ob.r{\FܼtUx0MPMU;]yZJΕ"NV_ŋ7̔w۩]E
=דPWљ}&faXgBUo-¦MWw޿}XM80GOʪVf%Ieέi#$b@%UR6˞9SS{Oz6lS)S&۸٩}	-ߣ}edkaZбw{r_+,PjGշ"8kӇ2KQ: \s`ӽ@2kͲ wɟ!x2Jt}k		|(rqۜ
CGpf"ocQH+om,~ɴO8KFXr X!(^mӽ\D{2gekVP@"@.w|^)fZ eJvOt]!06lRMח6?aát0+G\א&wQj0}fpʜD7G-˨odciLޯx9gCHg@>^V^o5ʆwAזeAa?{|zdpCB/	ؽ+
>
]+K&m*}es/pΩ.m."3w4!:,>ɫٮ}R4tϿ`Z}Ar&i
D@F?Γ/m`5fn¾o8GuSڸ*V\˼>$vf*DĞx+r#P?;\~oý>'2[y*DD;"5}m"(O}XM3vNAf19TVB6H>i%sĴ*
t߭ă]^oהp%=wU}DB' <VyoJПbylH.7s+|;FշY}"&|7uD9ЃϧwhC;8sKܬрdissKm&~&
JF
[a<@Ç@i(lA|ss"Y®~gܭ=AK[n1DBʱ5P}=J"/$|2Dr	Qk`lwi\z.'iIϰsP<m.='nnAz)߆_\c):`n"i\J,2[+n$؟ƥRha[E#|&Cʼ5Y#wͤіu\~;2nU:OW%c"dK	b-ЈĨ0<*j.xY3zLLy܇rrwFsQSH~~@zJC+Ui$F(f@~̥r7L($:#1هmC,JUrR96#/%:W´s>3Vayz	GBŀ].Rv0܀X;ݢ
g̙0";¿i`5bAlN:Wc>XūŬVmsvR%&e`Z0A̻H=y^39^|Ո~ݾєʧsc!B9ix
}1'L<څd{\Tȕơ+"ÈF)[/Zfw[DU٘5{zևt|b#wo4@ɠ̰RLK4E'gQp_kӺu
n#͈}~_Caj,S3/N2K?I֝CjˁPiVHYTU(bGy".Tz4`p_^D52B)iVP+kXb!۞7ֈK`<Ñ̼j8@rBx:!X:"UØחxF;R'+Zǃsg vp^e].vx6ݣ,.dxC(x˾_c00<SPj>d'YQg/TF zׅ;
W0R	p2NZLTf4OSgڢ7Fr7ϤsGA6LeE=֣dv<FCyIhLE[ʝJثbʿxj=Ҫ;z1TpTʘ">u88ӳbT
IQ)RNP84NrjǁRvߨ@ڥśv1@X
ЩmAr0$ϧӒyآJF:խ`bҾo!a<m&;ۛXz~ϿoH[qg`A*Ab[Ivq1ִ4)HJ;qFfF+'OWof%ӵ=fǭ7G
q\st10KDeWi6%Bc(/jr/ǣ1>l. mŴ)ļ-m*Z4tŎ͍<D;NF"ÌXWCEӖ&mSTݖ Rk]]#ԉY.ۛθO}0]7۴yz\4L93Cޟۤ_c7N`6$7B~~n56Zcˋūɛ9M̱׵%|Oo}W?Jzדa2A$`+4-YqU<KA1"r˹̿0PtfrBq~cql!E.B2d
 S!x=dRuܖ#	ɐߨ&h\kr_dYrеQ«Y9 9#Q,:IS<7;-R//0'7-ۋKշM¨:5FL<w']":oeЖ$yn̓Gsܐ8Sq`L;S	px6tU{~IJ4qHƉc:f`G5M:^jWQT*֑veX2ߛ̒LlˉE+7C3Xy)\~ۨ!ޗ&{Qpjw?dΑ70>yiRys<Ə&&,F?0thýJ3Z
R/7.I=<QҼ4GmÚc6Da)ƀc6W-&ǀȷ3'K-D`8i)KsdWQ!F^x%Ϝc[D'dp?:;ć*{iXܶiC}}ěáSӐE'ҌX.]aya7ڲ=]IZ5|gIfGGD1kQ>_l3xހuY/ ͒+$Rj l1~ʝIڹH׆6-e2t	KɄD*/rJP9BIаhWнg=pQȴiR8C	t/!3)z]X{ܼϮ8WU
q|L%uĴҵ4	`E$`sqÖx
$Ed=@A$;:Iu)1F,xձHG](@Nq")0-p}ĐA*T޴ڿG}4'haOtE)fd;]y=,drJg=ĶX"םS#ۚ9+`kl!0'/Mb9!zKV+@|qfDhc :r)z\#cqgKyor2gPOԉہ*Y>Ѽ*a:#[Wfh\aҠ&߭΢
um	B݅B#,iclԀ\_Y=FNsxSf1)[m`=e׀ҮJ۠-l[
17fSr&SޓT6e?%HŇLǫΡpͦe$׈z9̑*7oÂoZv4l/ֻݧi
)P:ESF#%==WDX;I͟x*?&bs`,E89G3MxD0e3d#
e{eʶ6P݋&tx$9+Pj[%keF8N50MņMGfʑ0JPI<:mœmn&ՉV22Bll>@-T:d')`/G_{'	/n>'kU?ZO)&̕\u/ *Fџ]^|϶oxK|yXSq&6ȫ~ݪ"KdCe0ܫӯpȆ %3;۷>Na7ð%6ݬ4ϬP$_N60ִ4۩Cz~ܿb=yeAR֦+C}-c5'^sļ1^nx0!x{d!$PHNޛ"QfA}HkrJOyʿh~Mw֪-f9ڇ;hJHhю7X{^XeH!MSW7]0vx2TvX*t3Ӆg+;iBT10JO-{{*ַwS9z5CةRS&&Jx^X7uƕ,*f@{mtϸ+/$׶n~I~#8y7prgՆ,ݻehODQ^(45RZq'Mgf$/gB8fٛV|J9CX4Mr7M<ή+'γ/Bt=9?%ſY`q"I\כcΙGzN)a՘hrCYJ`Sfe2YlTU[ʋwIZ|ئ[7s>
˔tDdآBC0D)4'r2JV&6~X4qZЧ*22 [+MWjCtb<٥zZڏ7-hSOatʠ}qȭ'ph͸ē\zH۾tѭqm(Ԏp'Ɉ!#ʪ؈9oqVx>irypG`)Txz`QD5X!r*+M:elrh7V4]r΢CT~AnܔFw@ߡ@ȨvOɨ)Soz9l3IEЛae.Ay֚j&I-y6NdĂǣȄ`-sM5Lw\hsf_W|9ܤi-5Hy֏tb݆@$\nO;:61KP2Ո<E~؞,h|
[qFeZ
2Բ	45G/~ֽPn^xOe)X^
lz#PateXB=Sh0BB#i]kjˉ$<ݮ<́١,iϋuʵM#;RY]<"5ڔDk`FN2;dlԙ5*m5'
нȫݱcNxU߱T10QGϥlts^t͸ÙhiK0Ro9_5@zg0s4Xؿr~DȇXNDBme>1|WzP)خR.`;бo]
FԀ^{SdӽMn{s5o6Mr`ث̵{jeTPu\nzl@	R
9q؈ƜV	ĺ_4
ûUX4~Do>:>du/bkch;یfC@TF'(	,Tb~XeKT"
az3Zkp7ʴMVth3zcA{6%j|ikDY
P@EgzSzq%b֤$` /%aG)0,:YS(iR7@u
G:.׸-?N۵M؀n}ݘ4:`Z'+_W8ЀK*-%);*Bl>jhD51]
ͱhRnFf `ތB21YǏ^ϔ!Ό(Ej-l~bsU'okQ%1
ˈk1p3(ʡ|ɪ_	s.`6/P|uݝtB4ZPme3:,KrM&EoBbW
&3бa9m3"FU̆ٔZ-ĈfuWx521(tX2.LCKuy߸B:C0`HʿޒJt)]pCFeSսځVWŘNsʐEr+#eJ)M_}eU۶"ON1~62D
G_LY5/щͦqӾթd80,{SJD,
X:QGwJa&t(zאv1/,B>5` amcJkgΖCr JW}FL
f;~KrTҪty7|Őe~7wdp38qHۇYH8:ow)q6ЙY(]n5P#JnNWvP۩Z09Ujqi+h"bVF, aɮ"*3C+y'BΎMѢ.{"[wؿm]3rZa5*j!!sZeUS#6hw6tx]Ss=ymz{9W,)@߁rIvյ1G0?dW~iuAwp:9jד3ϯrZbXjG9~lkl70>."tT3q54VrFZctuԑbD9afljGܺ'-FogHK:g}7"֚1ة?8a{WL8e-%,]*< Xq݈ҬMv(eKxC33wJLeP+S\&#JTY];(ͽR?v;7hvdkLn$WHV?[KsI	"}gҰKX#?NyJ#\~ONzʢ܏$6Թ	xm`TԈhIh/pT2	#څaˍڏnd'z(.XD=hQ/PkBk?wŐ-iѳḒ{f;ߨ;ۛsb3ܠ)J/ޑ7ehf͹|u4£ѵz\>!UbL^Z$+\@aФ>	U3?pEEg[F1r!	gBjRiR}*{dona.
kh?z8πϠ&u2{
VO#aLv
wGViо9FDQ|0jzL'$}fԜá7Ǽ]ԇ@b`RqЮ@OM!5.#tTQ:YƏ(y&wɐIz4Ì>LsF9wMN'zBYs[Ȫˮ¥R:^ltLELW oҝS_MN-)z=-wϗy;N@'rnצ',M/ߛ#YWFee~2Yw4Ǚ,.I);4$DyωRυ|ZJu0+79J20*GнU%g_Y[HabRTͼj~`MK+N@4N5ۦp˔wR"߁qUZ'.//dpTk_%Cn|x	1ڲC¨о\a6u4!*eh.%@,ZpnrjykR:#DZ6
BO<"qy18ʫRlʀ:ul;895nx)kk}8V63	õetOo'o;@K܏)BͨLoNsCM:;צ)V!t,8us~_7F$Uf::ϕ-3X}|1cݼr#,W}P	UDgCM9,7H Yr,n'S^H(Gڍx>(d:_N2˯{SP߃NEvBjpfoy=^v`	V\InGo){2<JW^1ʜ"h&Ǡfn8>ץIԤD,_k]6DC`\aYRL2zV$ЉfT/sL1^|Rwʠ?sg!Śv~k,٦X6;.ٟ/~	aoչjzfC2Q>W
^س)Sb$8X/SkI/AK)U\6GH!Ms"~tXFswtaaD5lZ}BHM#rՓ}[3?s׳_x ?>p|_d:
<{j_U]a)(vUV.sa@ju[\(cß_٪'2^
md-Ag6#OgPP0^}ϒC>uD6b^_{YekʚY0ɄAh݄XqpOqc{4aA1bKºxXZ.>48g1[GWGbyR,O9jH8b\z%Ij` g-IT5τ	Ǿ0`Ɇ8ɊNɞb80;٩?Xpݫ1WE)DGyCCɗ̃R|JBLz1h'ZJ/+&/ (^oOX̀E*/ɂJ,ߤ"`xrbarnܢy,lK`4.a9#T(0Ӭɽ<q4,	ۆvXhM׭Rl11<͢x&5AQɨM5ʯ͊h	sW'`i$%A"tص'd4EԊ	
~oeU|k6uǧa_.;G'qu
kV01LʒsЫ!]+$/*f5ܠ&ʘ)Y@Ne23eτBȈ&V!qd߅}q8JD<Xr<?MV&f9GZi֘Z"թє)ݽAՃ~zMPs<L2ü	ؔ%oA^ܣƇ?/1_hdhhwa=3	:qYR%.K'ͺ|m}px7ErNtWo#w_r-p8`J#0\c*j
i;܋lө@Л_tOR3\iT`GKc{mHmoQ\bKz[R00u.\`-T-Ak,k8	Hbr.%/?	IV4MF~xSt~2qX^^m#Oǁ@-۫&O09Uұ5޹_ݡ<J"ZŐRU~4Z2j3H"m~S59_yΎ?ڢ"Ģ&{ɍYw9	̦koq'vuI17Ϡ}Up\a0b~+&z'EM˃M]}:gM|x
+p@tC:!
**i#Q'=h58fr.NS=OC:2;E{dа,Cc434	ױ)ڝ_%	߀@}7v6QBՎUj8''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25383)))
