import brotli
n=a=0;b=1
for c in r'''qgCk)	7ʅ:(w	ީqӦtwxK/]S?&/pf~`z]<ćֶƲQJ6h@߭:Ӭsh6/WAcGE,0$3B}̻'P3L@!)wg|UAVN^fMvŒzœ>R{TCB֛izc<* 
E	OL&!9xrTl~Ȇ3E5!#;ֲ)y6";AR%q*zwCz3p5Pe'wc<,y{Gc&2Kb06T/݌(ԟHgYէtǚޮÀVЎ4Wty)&R<qb^Si@"x#/uW)+C4ޯ~>zkT<FȹiɳHtφ
HjӢf8=0zPY4T6vϬΒjsKz{+xhaAZu,bW	[\w&ݭB;:%*><̗Yqpk9Пɡ{80RVdĉ#Vן4eԞJtG&il,8"2vWbQݒӐN{+wnʫ>ˆ`͜<(?yI\Q>iF!lO9,EIk	%H.O2	7)aQ-s\ |6τˉC$Q'j3z؛ڃ-3X5Y%3ڨV=fi`ggǤe*ɢ?AϟߊՌL=;&qaӺi	4@KN9ކ&r|٣,
\jк`+S_zqξ>*YV=pr)"l]ѶLXeNŜXz]a2dt,Px?)hoqO.7I I{K2DM i.!}-#ipSW_/K|ChB́ۿ4NzDkZ%9}7چMD)k/1BZL\כ4|]uD9͗U!ե	,#T*dʅͧHŵɝژc<E-e-`[PBKrb<D?V'im2	XNB&۰ΛqF,S`Jr&OIBy $3D޾~y,%%kԕh|nesnl^
I9F'Ql]VMPy+˅/XR X+'31_ˇQSͷ)cz{O8&y!E\wޡ2j3BXvRZȗܩ"̇əӏ=o[V`GM˙[]`҅p@8Yۿ~<Њ|dMe$ȓ!/s[{{T1y)QlQVrI]%$!Lhe}G7\wyǡ'c?6AQʷ%tw~-x^iMqSŌtscwa4:4_+Թ4LAGICfԀ!$ʱOi>Um߿kY߯b$MȨ@jǯnƿ&G9txY~({v-jr5׵QU7$Rja^cM֐W#H""ۮ-ǝ-Gl2aIqEF(X-58>no<i{`TU0]VsIbfeT1y)viaQ01فj}Ŕ&RRCF?Û"+L:pUiIp+hFAXYq=gLo|a7y̿}(w;InG;E!*}qIB1ݢN'ѣƠ^J{ܽ#Qߎjbi(:-gW1oÎYoߑaXE0Yi	wG
A#Z00'G,3:ɡ|1CI$ޱJoSϹcgV\q;9WtҘH`ynB~ev(=כX~!Ѷlϟ7&`-ѓn/I3Roi8
rQy9)i	t*Ąrjҭy\><y/-QFIޕvRO~C}{bl&M}g#8ȆG1eڷ֯wm5X`'oI[b5$O҂tSX6/ȸ̩Νr֭X-ֶb̈أEr/@6w\al$h&J&a6Ȣj/*ؖ@Iprc0>eܽKHe[
x:^tL<ޫswJP\ȧz;_S,)%_pǑնhwΌQ*pMl5m|8%17ÐOfLvTrZԠNQ+l>?KC'BkaG];gq%OXIJ7,\>-i]m@/ѝBƯlr~c"Q޳mS`k	vyח'^m<)\Juy>gu`X˲bd>wv0FŸ	$kΑ79ғ+9IjG'8YBP3nMؠQ-L4"j1=Uf]pՠXl@S]'i+09ˢhx~A)_4?tHUQW-&14_4'a%0T
.%fVgvsSĔ2Z@LmWd^e4kԷxtPuE;ՎȎg,GcVu"`I6MVE Bd5Ov7w(+ςW8
]bh`jsG٧͊j@ӥcJJx[##`Ɖ	+߆٢g!NHŸÈ2	mЙ8pZRM hd,&v!K-l-Oy_U_m$ݤ$[pCfah[cr+=RƬئt%:T[Tב<8tɆ~/[x#Պr^'iN6XkF5PԕZӺrl3Uߨ"f<kyuxD<zRM2C܃ת1<4Z~#}U,K͡M!Zdd/м+KxNٷosnF0Lzѡ~I||Ord/e^eeėMބP
۪֬=ҵU_osضL6KSXUfL/¸EsJ=/|gr#H0
no5¸e	_0̰ B#(h֑6RE_;pBWu٬^81@C>do9*rywɉB*1
0
GGuV#itur~u@&*tPP"n݂_~Mݤ&;mS@ܸ ʈ'lЮu)Aj2CXz	!wt7RGǽ	x,҇2jvߗ֊vO7?)MˮX3؄!qX:KCsJnfŦk|>W6LItu-6baH^2cˁ=#w&ptUԆRzp.p7t]|h{D؈][nդ~C,&=jέlPDk(cA{u&KQ2WObv-X3p.AKcKܠp]'0y2Bi1'3ݭgXDyx_eׯXJ˙*ϭTR1gߌmUȤ(}׬lxKUOM2?qc$!!Şo]1.ߎm$̼WO+@U!>6dXyM$ńYXܿs\4)nEBC__piQ21#j<DajLޜ%ͺyOj}]z0|xȖBrx\Ҏk*ՒCͯ,̱?tU]`'d/@ܛ4;NVyF.cөjnӕ}y٨@Β -:݁d~{!, ^ۅ'+Q7ֱ8%HY 0wkk}z2?.S97v}wYpӓY:}-gd
YX/щ4qN9]<"0{)H-NQY8@{oźi.ɝt1Hx{B_7"}Yd6ե
1l{9KBPd tęLLhR]֩>c:uBN,`:?]3AbbٙLVֱBڋRi@igbd֚
bz=hj'C:CXJA|{r׈#26A 1mnY9p<ž*J8'çgOKkǎb?ˑk?U19JDJs-nįrsWqoe[0?{&6{ߋ6S;]4ܢyjȢfսXMnm|gگ֘s>iSƬ7&JKD*hѮpAeVZ95g<vYNt9"(h+Oi>=3	AZŽڂ~
[NЗHA0qCY%`M
йzR.6GBQ;½-
fLVTPh)/T/2Xy1:-x`;w!%]!ܹۣ 6rzZc
!ij'udX-ƺk0cܾOAy͠:>-`Bc}1To3@۟Ym 2|ɪ!k3?(m^uz9!'L"ՎB>Қ.Dg	'Yw`ҶZP٠M|֬ZBsR{lu8֧|ӛ__/jf	nePr	V<lɷ`Ւo beq>gBx',Dn"^ۭ(yαTbJYP37CFUy/Vƴl=W-Ҩ
6bNbf<JKƇ,B8mek4jW;][J3Tgw]dրAUuk*%[]Գ]"{RxTqpb/3zd"ϸߌcD*C!+w<\zƛ(OBncy!hNMn	f_A$\3^o3WN<`;v=Œ.`x|ۑ1^Y	7Sh	_!eUcY/riY2 1YP$.>dN$\PE#x9ؔ]SWu:YL'A20%I*Z*'ԟ6f"ʅLk¥hÏM>T"P$}ۗ|˟bA,sl.e:f.EYjˀ{Hr
UeKs
؜yT3#`a\Gj^,	cHUWm~:ʑm'2ҟ+4SM=ڀJxg4S
kaVc4],I?9қ./qV<ޫ9ABl)7~6^n;l`ٻe¦QPZXm:ŭ):t1SqŇ֜]G;!Ա-4߲a!˸9uf,[2̷Bͅ$߯z
xMd«ZUktIz"vc3eGS"XUקo	t|aOTn]^Nqtr#7T%;J͐@3Nlg׫_s]OZ*(ys4dq|f/Ӧ!ކjM]t`/#ƹ
gBڽ{zHŇO"zmP'C5m?'yOS\	EaBm>YcW*?uLLPzn`OqVfjĐ'^1ؽPԗKN8p*fȝf<)sbB>/X`݀ފ~l=({սA
,vKdU]ݕ\/^~;B%tK/wA^9C2&gS8AwHP5țrlûȱo6lR/Ĵ\ӄU`ʑ+x 9ۖHDd?W}V3AmVQ6|r-53<QZhWޔ(bb@-3Oyxt}m%ZY|enU\=1͉ӄ$_o
.=ݙ~V6oIUcvMPm>62)+G23+_GoшύY@tͺ``ߋ]>ômD5b8FLZ=[Ν$VJf_P+:.ڧ(U!U]5Ϊ
[Tچ==*ICa!dxԄw˕Д;gsh573k*v{_Gߛ3Y,qzpy~}T>hf1ZECu
EH`vBܬ%j^81N8>Zky
z
t&bUK#Dtu[lٟԯNe8N߻//e@ȿJmր֪gKWOܪ<cdgLduآ5_P'(dJZ'q0۶)YYjOWrW@2kFQؼ߀VkG[x5q(,Ylz_U'1DiPJ\M؏#6G5ǔSi<&_@EpWQ
Ҽ7EI%α	sdµ6
¨uˆ6tζ}HyJgd`&t|@ƱKyЌ0L_O<fݯӱ3$AF׾2(K^ifE۔-c`v fX	ʥuABIִæėOYeW<1'ek=&IBf}S*\^P;%~ʐ͢-Yfz׷jkMqKi79QCڻkaߺ:Oz#P1׍JxL9YN4;j#ZdIJѨ 9& rZhr!زTəȞ~"$D˿-ՕF'W@y/.֟ހTp |4>>3PԒ˺?GIX{]Q$̥ϗ[3a7]<VzҔ#/c`I۝&|6b_6yznvďucM<\)/;,_556N؃1Ii^AD=AZ-A^w8}6)B,<&lF-(ӋTxچp,s4$˔{kmۂIF>tпAnX8{y+2;){_sϐ&h!6pX˲MVCw];8vTTqh0!gQZ+$Ȁę8E!Mˊ2jIM]3XPt٬`0e
0hZ$zWq<PoqfFƘ)ߌф[~5Od~kb\q`4/ݔJ]*UqS)D(+,lp`~as%TsnO׼8SWHMUW(5SxZ-IIhS,dsoFm0\4.of-"j6Y8=o_zLƀ1ś5n?ȶݓ\5lj9Hx'*_kʭ8/
q2RΕQJ^Ӝ/٠=$o?>Si1.e-4#O1^^ggǎ8iE{..zw_>vx{\$Uo#r(w[+@~P"	U?ht<y²Y;{x~N3E"5f0wkЗ<8Fl6`twa^|B):W֤-]m,>G`_W%ܓGنmD	ǕqhщQ:njvhj
;R;˟zfNP0¶I(س%m:=L;jL66\>&U*߫:NvB'PܶKԆ]`#Mh2>t!5Nq.dQu!N["+NC6nJ$	>U
	7Jn~ͮ;C .+MϿSwmO?Ԛ%NX\J	֕I%pWM]G2Fًn~{dA`DkW͉0sG_Ua*OQɿ.U߶Ҧ$h3vaXtvxufKc*Hyf'ɷ:L0,w.VPatO֦ui]oKPb,ѐ/6zӿoqLIQsXUX̵ҩѼd>tuCW?gɂ~nx*,[Lu(K*`0WBYt58{%!3^078/)WIg\wͨo.??v(o<ԥ1/6iՃHEǖaZ7'b֔@WMHOƃڛl(yWAwkJӌh</k5?{C\p(gw?΃s9<ۧF`Yn73ϰ~-wLϿ>s4|h(9K:x>i$0˔7t߈Fh`3c=
 "ث| C2fǍtKí1eρےRY')qHֿ	0r4Y~:NuvGL%ˉmG]:0Ǣ(
݀pm\q/sD)?D_7kB9ԅL-V:|$>&P:w]pU L=~lYjUET.xjRdqyLd0rWV6
='lY]j8ҽՠV#d˻J|Ò66b0\u3OWpVZ_0`lѴcAًS̹c4b.'ءc.k9B;4U<GzhЫ<45Id,:Dۧrϝݜ	ض:ZSv]ݷyhQ`:2If=٦f&,Ff:c*^uW}=l,pslUϗa6C$w.ByM8m4bZLxy2RׄMvY`TLˇ!zdfR0|`1-x +hSz:݄m_7!PX6Ө?
T7DKFИ\Otc=v6[|؃̛O
?_2ҏz!VcegP	mBߠ4|ן|0Qs'T~ڴsh ]	Rnl5e$,g.vTF<"@(3dv'-J^o 6b7)2֬BDVMn
`]NF+cT?J{74ߝkf{`ҫה:{Z+ep6=v>Tڬ0nB$]xG%K'|&A
aCޱE06?HXeOC$K*24_tsʕ,XYŊ!Nܘ˅l5?<AŁ=sYCTa1!VvӸc(HM5Y^}9rq'Jڋڟ`&BC[Y\e0ĪlW7l|`P;/qg"6HIͩGЏ<'+˲jT1חOl$!_[HucU
t!Rcb6Xxyd@ĝΆA"U2&!`4,΅sf"UܶO- 
E?4ht=9wc
z!3ˮ˭A2z>tc{()˕Ycʙ%;JFkWFy0 /I=N5AܳlqL2iבWh3g{{<&QG!H܅osBoIOOv͹74|g/ީ!jH"-z	x,+r@@?H?s97!<ïQZ܉?oʡgd4CT}=BG:1ph3I'K3v'(PorQX_Ƭ'KgN*ߓz:WtpLܿZڴŇ5gB!;{-brZ$6L)N?ՙ;Ip#FvQܸR6->P=MˡlX}$iVb֔$Όz ]Xh40ѐ%hձi(V\E4:ywB:Ttf/cl-bYISFD,*{ʘ`y?/f%#;PO/D~,ނ3Ii4TF[s3p܂.^ۚAJ\%>I.@P5W1{5ʰǺɽ,] >Tl53ԀrYyTY:ء6#о5]WIR9NXl><iǚƣ<N7=o<sU1kbPޕHBm}Sq^gu	iCGż[8?5ƊaE-]vմJ<G՝6. /Z]эkRRS	9ZUA0(Us&yJ%LuDنTɎBظWP]F~Ugx]C_Ѿ^]؄y$Ϭ˘V{B&K@fĐأޏAiR׬t0x֪5"0-}ѹXU/pAr	҉wIVF	WŁ==	a\R<(%s"Qۉ
*(u2]WAiuv7]AQ\va\ːyƹkX{G}U$y~GPP ]ڸ__Lϙ-(Peͳ3v٩wԂ*S5\Wz5j(w'83ZBRy-DD#	e],j.pZ5]ƥϗ+ɕ;u֯t/iĲSĵs+ܴjȟr5}{LDWǯGtXm[LPÍ||0@	Ƌ-~f_h<+KˮErN7gl?Ǧòח])xi's[	MeT`n=Y<Q=t^UT+%qˍQJ5*/h{f	{ƚ2(]-ʜfوD`+L0Zھ?#(mAڗPmcYޑM=)[bՅcpeΪțЮ[ëNXE|7A%p5ՄMԏ>e6	AaSk}$`.%:kuPHtՌ2R]3{5>D:@ Y]k9'+F?ÝM 5"N8T	#YՁ8Чc:4|̀Bq3$#Jf'kܫj?TcqO99|'*D>/.Z+R2RJ4gbxWRϺZ<Ʒa,.lϤ!XwH/kCTJ|(=G7רЊ[^@٩T̗mK˂/2Yv>=]a7=X}VTX=	M#B@MQqμ8̑9r/x7|sW_lmtEi*zǊ|isQ|Ӌ}!7+X[{:B6[ŀ4'6]7iNKpK]-csHs |]SHug,ЇQT]ʋuʉ;4~z$BvIĕ3C70O=3-ˀqi4gj<_;	یndWXq|?шkT$e_Č>;C_%McPʭU_OjUlguv$V,hYLv(J׫[\+7)!ڻ:<?7JtC$AlIߑ^ĵiDqk,۴;U$r~1eDG!O4&!2P|IFb2ߎY(yFEs2]{sKЬ@MBUVг]ՉoO-ҿPiۄ(.ApZe1IJPۨpKGV&]z߉* ܝ0v#Qx^r1;#PDnP*XpBJ9I??3<߮΀yiv6`Ghޘ\Qì*&&9ӇWhb?<u3 \0Y4Ы̚ lr*7&ht'Qk	ѱqp)٥~DZ`pȝ{.9ܜIM2%{@0Ն/RW!ZٓO[[4-QqǯM@>h*(]ZDOmWH5Ād4e}
ɗV_Ā8Ť=vDO)k}\.ŹbbQ]ի;K%eN!"ڠ<yʠ޶d/m&24&aVe4ǔ.DruݶpMɭ|z2uĚg^ZS?|ېWd?lس3f0͵zuXD7i=Z@-8Tl_wr[@7^ݝU-ur']~k$kQɡLe92%C-'ٵیHnصgnbrfY+ҀFo6:)g|*'?<G0ֹu܀
j$dA~٨mZc=C]g:ֱPcEL?7Gޥtls^dr0Ɍ
~~ֵ

rK;|v׺ W2qͅcb`P(H6uV3isUHU6Q׮A٘{nKς	$r ir4ڙ=)ʰ>tY2kZ_4ǯكi3v
fk[%E@GP`?7lvXvtP?^F"pI?}@ƌj2AFNCb/Jyz/v<4XC;ɤLzL	RJ ˈO;o$6?i6ߘ̉,^Q:\TP=ŊZt()mS_(qjϖ	J3" խISǿC
Xӑuυ?~j̣Fr.fO܌41PK"ޞǭJ?=gY?iH7.#_0hק	i[cPMKSz*/ޅ=i8l,vGTloyqiQhL?kR*cB qAX%Figm[>Ual(Oݦmj)ϳ?	0ŞQȭ+5
C;ͦ8ʮvQ*>rS [>+x'2sPN	yOx{H9gskgP|t8;t}l^E:x]tJ67X}K=grR{JV8([6KxbQ,"hxr8!&gȰǸ/II[ly/fu6,6\RU&>R7/\LϜan,p?b0LHXݳ18k\R+wϰ0G		L[y|<we,a*54f/(:{&-۠RQOCAJ{}8òԝEV}̖yh<QRFi%͏T`O?dZo+o-%A3"}1X*Ϳt[BęM#٤~ųɭv>.RE*|eTIbvm	t0&zc,ao#Hd4jt<ɽFs:,jb1W^(&ισgj|7q+gTZ?BoDv8j
!0S+!Zs_L	mYwv,[o=t=@4ϧ9i`ĻN+ߺ7G	
t\
ye5ܝ !Cbԗr^ʅˮNޣѤϭEF{qGMWxxwe('|B_،P1 {jG%E?&yQZ<ɥ'Cн!~ Bs
4äYG#'m Ue~0Ǘ9~Bچ+peRDǡR_+,,mȖJY[ԞʮL%"oZŴ/e
Rsߍ);e.tH0vYmQEYBj:UCvLtqʝ/(!OWdL]qh!KШtכNEVT2;	D7l}ǁYyUܠc3jzxk5|߸(Xo1R{ 2%u)sˮ71/q\n4L1I`Q/T\ ]<$0gl
u׶d٧ǙWm%L9MbnIڱ0fmٸ7TtWC٦\y
|\RTT;Ѱ>Cސמ>xgDe{RuK*`xʤ]]Dc~Gp|?wJ7TT;hPǢXhnb?TL|"R'W?k2$p˯΂ߟ[ۊHuP44$;\L]8[J:+c|G&):<rMC1]wؼ`=9'ߛ?9Ac;p;%eC&#yЙYGXޛvK&âjh3ʾ^q$G
!ywwwWByی$xH+A!WZV:#IDc7RDeA"?1	-'O}3ۿ=Y,4r'6yhIc+P)Që_2ys˗-+c
Vr koLaK*ڹֵcFcӰIE%*EiҌ}!<hGOv̤X**{L;X?Ҽ9BB>ȿ32QƳl+fx	Htg4m;2#/GzMV6Z&[ǺVbi6ώ/7g~PǄZ#s7W11KSφr!w_"glSE',:ӖUB<
	5Z,5ߓm:׌@Ml
ŢɆFgG1ĝs">ɴ*8m:Tgoh; juū#'Ee
IFQKHP?P{)OڮXɩ

*jн"PBYJDi>c͛ݞD]}Цv8z#feA!̗^xQdOƁw0diI؀D+$!"+ߊyMӸ5wnYLѭIaܠaT1^Чo`6߅î!2$l͚͛[jʤ@SlI&mx^LEߗ;B!Ā>"9#2H!;};LsqY+;,_G{p$dVA7ٔlL[>(o\v^*ַВ5FVX9s)o
ܱf}=ŗmEѰ$Upv҉(Ԏa+$bJ+`)JD]c8te[BIB`M9}ݻܼ	_]%`KX= zoDsi0g*ks K<Ůz=f}v$wݐD#r{jʧ,1JBÃvk5Ʒvz^0B˭SvxB+7(zO29Vi1ߙkf>N]0ٟW#|/͐k{uXEBȁ~<JdhXKB<yf>T+OE&JУAь#meg5Եǳ
d6w_,jl[9dD|͂r
9v\<{DuדA`p$;2LtF8%h|
ʣrZpHDjHr(oԌqXٖûdѵG+f:gjk.RSa}M#!L]k}EP6KHȉ:Gƭ%),<Tq(mAX]H{>jʪC |λ\/[|_&0͚QՃ!O̗;}#w3.B04l.)Qɽr{94#_x.R)KTFG?A.x	"fN&`)έn=KF58bI'15${.cZb؏IzPh`_#܇?yI޸zvGe>6s^GYVwp%6ƛ9UĆ:v8BڡcڊKއ84Ι	yF5{XRē~µy{ԩĥa_#@\ߍ7%1ςn6E	>ezf|q;c	'A,"*7|ڦ*foKq#ڀ>tBڝR~RށUr5yTsCv^lLU3+XNw.F}#oPۖ3ң,ܦJEZo`~$ѭ":aNղXe
@'ܖHZUNid"aVO2v7L	V"vJp8Jv.6&y1+C$DA6<ϴHzW3;+^ogOZ+ܛ{&ma/4EٜAOopΖj7IYtoж@v|ËU O!vZ+çf!up 9~.EL9gY7@+JܤrlNhvI,+%s!oAV.N,NnUj+|<<Q'6mR<QxKg1H9$q>x7#:ʽ۸kV$]1i2RvAB{)udǄוBV-S!}+zIѓw͍W8%@ikGc>]nDM~N ]mPlz>ʓdyVi`)j%J&'X0*/`IxfgсUM>HnQ\P;xePUg֣aϤ+L<)eF?z(l_U|X[fQ&όڄߖ-vAP${ }Spx4~8vQW*V\PgM^ݒQÂl?%ahG'OӢC[ɳʳ)Ji۪gǻ}ЖHMa3/˹tpPqZ|Iuqzbgt;;Ĩ>}.bNPxy^I}yc+Zw5I<#\Uzdݟڜ;fUɖ\ϻ_:pϜF]y}%)v2w86F(yOdo
]1ѿdw?
٨bi&p]ZŇԏ$P.eZXVP~ik@mІiAg9߃_):Z0mlQmT!BSK߁[|qF0nlw 'v64mU*uD|G|ֈB؅)oLc!2~nɈHx6tZTW̧DO+E7h%,E$š@
e#`̅pۭ9iwCT$k|3{aI>~+hci[U,znH+J݄xp0fQE-\D!^mb)#,.;P}: 9AT
]6Ȓ*qgGAWN3`vS/6/vb}M̶B3Кݺ|IxpB&7YhN9,ӾAHI@H׹d|iˁ3ύQhv][ҮX݈b&qKԀ5NנOдcٷQ]-x*-BsآMXfDHMqltlz=FNTs[>wL[N͠$@8j<5*alI6Xu3جOGA(/̃&ǲO\b?qHʢ}ڛto3C6ƔZ\C3Omp("Fp3Y\MFV6Lc$@ȵ|JRXQg?x؝XHxzmT8]ͥhnɋՙ'#v%8b̈ueU#D:ϊN4y7nH6ĉi{iyMáRͪ*KFvQ!Gɕuɱ	Hh|pѯ&ǌ>EO3YgkXjJjѸ/S	CVʍ8(k3d*9`5y.&؆UŔ^jD4|PYkYj)aR1jh6U/B$fĨC"BVx۞g$ԋں,}`q;ϴe{_tYYF8q֗axGq؜͙SrhHxkR-[^ۋǴܖXt_IQ
?/Zސ5!!mӈ¥Oi|S0I'OWڝJm}~(Tm3>_L+ o&g2[2:BxUL5܄01j?}2]Ip/!6̡5vzs.ҩ~Ңѝw/Vk;5x-WàºАْ*ISm\(#bI;5]cmY	MZwjV5AՄ#ckxOr5ŏl9xGwkvБ;XΑ=e۰wϺjxͧA?NtL9mOoGPBVG2C0C۩ZJp^7ĜNA 0:ca?~q}H7#9/rܱ[EOlߕ\B<o<RȊ^[5s#gcu	&$LP|ar+Zs]j5Hvyv^!'/[ŕ؄4s8%KGy$X(p_۩`֒ǧmpƹl<_?% I4sf^+WGט	?e%.u3RܗFXڍtx"-ОqJ,K</EβH*czy^//׉dqaK	js)~YRv1}X,5ĢȓYvn[}ڊV:3`FOlkbk
uZSs,n;!Y֛ݑ~n&'i*p.IؼHFQAL{nS$_s@c(R>	3-P[җN?מЦP/y<kMD۟Ҧ"Nyv~Cʊdo]~UTQy)FYNfЁF_82-`ݮI`Q4x,~}Z`,ܬTӿx^HDXr`?*g5،ǧkx3)>L̛ie1þ> M MqocWH)^pue*o*~a0P:7NX>&Hv(آQ'ʙCRbs0H@./f4X$}rmOs/ˈb<-,r.ƾqEvʘLN|s*,h>Y;)coE}5.MbuƆ%̉$рӰ E<Bۜ/EC:֜_JX;ܶo7iKw,P#1s<,wG4'3-l&I[|HN_zH5\
UHBȂ$2<و3_ȚjcQU9OyO8T#ƽ-X	E1Ԩ7:m(Ia`6!$X+lj:"J$MixnެHa%i1B.`TN_x~-!ۊaHFցD1bIyMRȩа]v${l2+@W]IQb;A\P0!ʨȜXT3	މ?_(_$)U*ú{gҁ2Ye?ѧ7l%Rf]NQ6~M5EkRj7PvmĈ7	p"5Rƾ^uK5ЋudQޮق~Yդ*",981,5ϸeHv2IUi,0܁r,//GPYղ	}`uen=ۚ@´L/
_oĭ<vUŢ9H.8uH\I0]Ro
ŠNT`dם:4ƭ0Ss^r1lY$Όc,3Ni0<q@F5\_qbYȱːqTcOV[|r4'R3q\̱)Nؙc/Y'̈́&LU|h	:M3>~O$ҤA:)~*ȼniG@<69Kkvun}'uړ\Jغ
G<U
QΧ$18"R^;VP(`NhĹӥ5P)YbUVpd}WE\1a~\q=ǆVlI@D/{ 'Dz
Wʥ755~"Y%$koR΋^*i^ȭ8+hq^%VLɵ*J;W .B92XwLĮc1)
=\/5jz79/Ggnnd3S-ˇ >mŞ79g!`H>=H0pYjn{zr7X͜lBNsu5)CBԘذ/5W7YcD϶n-?n.Il؍Jޭ=kIӓXq&ѧn
UC-yt@jn{TԔAyª1[ׁ>MΫĮ̳NLA߽*y>zdli?z&\>aQϯKdTЮ(q{@QܾK[M7üDl{Bxk}Eg
O־HPǵ_n2\1G=>&x	}:o3[|?7ɠS!\{WM؃ڝ8ߵ^z&ύic+C·JC9I@Lp&x'ذK؝km'^s!ݏQ4MDvy<	܃ɚկ#ym5]ͅf+@Y&+GzV^8Mz!ݘ5+`~Mcd9V0N:<7Fm3[2pSg/Ê<TVz#JC5vxwLY;ʆB3_O\N]Qŵwêq]tN`4Vy/ߨϢԝxŸqL=r3;w
R<aoSb7'*r
H%§qZ+up[g9N4,FN)wl/O:|>^)vuεO\lz8x\5:ZOls5!nҧ$
;5u[B#FSç	zׯ!wBj[6d1$1ITmB_ڧ~x7>~;;HA.9۲{&,eNJ?e8dL>h6bzIgC̝|+e{Qg$\RV^F};̩;Wd7=7s[KQkvR֭sqBBL75XdH4޳޸\xOj[y<FdCjW	ynno>"_:Ÿ݀՚Ro#X^ԕ
'/B>xV(*gPٮy50j7Z7sߋ.iQ<QׅCP 2T{
l]c# G{bB:ؐ>I=տtEuP]_&8ӱьʺ~ ֹ`:Z(O%4Ç$.Hߐq5J}waC)mٲO+J!A}%;`-zGc[YCX^8k#kdjD%@D}ՈmCXƊ6AR8E,s>ªx@4z5fNyVvV;l^c1SK!q ܉{n
ۍ_d>X(gx`ۆУ%d2Bg M?]ެ*'Ԯ:3| ,8}R!)e>4-qƏ]p$WLٙT@TM66d#IѳL$\tҠGX`;[G-ȎU10,]!5ۈA2ȅ'PƳq%n!wыnGn5'0^_{ e}	_IԿނƳ$0jl6.Yl_EZ"6~̑gְ)+SҺ/-*R\pԮbBû&2lq"<N5=j_w
VСLxsI SzUB9ѳٵcч?ݼ|5B?ʖrsLwD\ފ=47A6hͨȉIt+ Q_RV_pݝE~ɼѮ0ԃFS}R^%w>cܭbm{;5+zU\%Q?wqհJ+y)!m!gẗ́[;1]aW/?75_2ѫX>2ޗiwF؏F:|Ժ\ޒ6-66	u$/}E;/zPҜj5yo0΃U<ə#-zS%8$hSBO&Wʤ"*<"Dhnp2%$+ =Lߑz(ۗJ"}LV?˕z=Mu<qĘȱE=xQӟWPvm9sKxTo,SV'>Ùm@çM4rjFaUWB:ByJ*pX0WK:Lt+ٴ	W[p\ډQG/ށV4	.bdԔTܑZĀA*?[ُ.|Xp&@XۃؤyW\M8k@E-P[@OgF#!i,ݳ >&xTfvYI$0Gta|^)(\˗=,9B',k~ׂ4\|܎vo!ùƶp='%iΆ18]27t}d!R:,) vbkWjh:[d
XE	dR2~!ʶ˲kqqTA͖^?6=f+'.~*Jɿ?6?/
lջ&PCM]25s}Ҷܶ{/
ׁ,7i]r# JmUG}?Ge}szƸd27pE21FKR2s߀![ZX֏nV#ʴ4`ȯ7V 4b̎5<?6|Ίʻb4+[`/do{OPʇ4ǙZ9R«Je3beS:uMg{T`}zR]TsCb=6@&+,FC^)X{1d }{LC3O+	NsH΂Me
o.|j9 nEMa+thh҇!n=AӍLխKiIWj5Vڅ8Zɴ`bГyڿWzBX0uʶ1~S%	ɡ'v<N5{Y^GFaC{940Zd&F2u>|<)Pni+
Tȼ5h"¾޿aH 9l?0[wk;!LåO߅o_/l!BչƸ.TJ?M}O΃{02ɹٵU1iһnlZ	Vx.&O@UDN@QwO	Ձ^ڏϰ:z9~y'|ӇԏElcEfٷmWFIpyQN+OLtr|y)@^ƶPa5SGɜ.Qf9 ?S"Sa/WPLۨ4_O}Gk04}`s T)J*
SY6*D*|E	md=m@9yq2 M4$҉|oaCX}<ؿ5Mݭ϶¬T.4;%@ԍ'؉œK=KFs#/B8+ϱе-B΄CS{˄(y>uCעNUKc1+8֦bRݕQwuOO.Ùݸ>#6,ӫ.Ǵ(.ɡ?;3<,gRmqR+xTͥI<M)mOԍg~TJ^o+1īѭ!?ݿa9SS-8׼4JҬ!ؙX4c3p$9x?ȕL5j% =ϪVH!fQ1aNR1f6~QB͠+q'$?o&R`AFķjH߿|G}:ٚUrȫ	5E.SVaT,lElv3+"GU*W@B$+2,Z )Aa9ZȲ4^{sJmh73U2@İʨ#b
_f{k4mp.M[cت5[h_GEp<|2\RX,rH53!-9؋MdB./߼1#7r5E^å@w#[ڊ>3|d2xũW1Cҙ٘ځ&_ulTFH6)_:NLHr݀Ӛ	.yIoӢlݩ7&+ٝt4GOkh
#iӡ<A[Nݬ(D;ǋK7?!A8NrFmM\2!xިIBƈ}4§a.ZيnaMsiH.VU@\gE'iw^~oF4E7G԰|ޫ&2Mۄ1BL{I;$̛f1cķ;Hס۷1Ԓl,"
< 
2[R3>fkfBWӡ&UńhR'5T^'|._2k-:{^pvtmV0o`%V[QƺQ'&~f-Qǁ|Q(-mw\/mݓ:؅U}?6>pEtiX&Cnu
VAs<U&ufk6rRl]ֹߤ_tESϫpa7k%xͭr+{ee@Ta~v]W$?@zn~в|VbtIX@LQEUp[738[ʘ Q(&l&&8jJEE)!2Л;4D;'~gLʋ[y{٩,Z.^ɊJQfq s7aàYte]۫lU(V+OUMD_[	 O0G)^tU@QTxݒ"/0^ғ.zAVl-%"vҬ<ɟ!+](2pl:.hݏJc$#5ZrEK7EBM}c^@1Dr<$>.;+x^uHwwjwχ`e.?QJ3z6ԝep1ݏ)ʪe.+ϽlN>'Z

˧a!=1s&0\_IQXFхffCNxlLHyQfQ)yZ:OblX3;SqJcY.{MڜKGL^Ң+%/_Lwz,nFNXȉ+_Ǡ][d8Fg6O(hʡ&otdv)_pHWu߂LTJ'7kyRiz@͟Ǖ?aʚteU~}ZײGFa*GǴ+dxZ,Yv;\^ŖUGfajY|!zʑmw5&ܱ<5V^l!J
#gJZJfَoi+B-vBM*̼5x+P6ٹkO$P7_Ba%jnW[fM<"B^+RN2׏Tңc3sJ^λޡUu	ܸ,PS΂+΢΢IT.F?ټY+~s
bT\]ELp$$}SQ6;FT' Üci-<Ï͡Mpyou?y2'Z0Xdʺ7-Pi;0,7tR=Y5A!\V
A),0ū^:H=$_?]ʮ!ͣI3!VCQ|DMֲPAB̊u8M(p!aя[f*Aϫ`Mb)Ҽ|:?>ʊDSml-oж;1
6OK+R
Ѥ<\Fǁ(.#Okr7)4zT]#˾ۖ,T>}F:r3
h,^:/ԃb{If,AY3T>XQHuʪ~zWf%ax NɁ9?׺:Gnu'|s$܌b4iS>GjI9NHUUez'F3ջz"~".-H8"*wPb'ɋ1,Qv%c#w .oDzܔvrmD<%WD2T^:ynRFڐ^y<tEU0->&XSTbo?|ocq~<Jp]԰Va&+R!u]cݭ'}fl{/ǵ!;ʹ*]5*U/C*}$Lj&ڸWMaGX8$3IG{ӄ~.ƤAKܹˀMkCcuiuGd{+,3i=`=u[)'eshԃ/*ϣ?xrkEU֕ߌ`}Ҁf6
~^qQe5qم]tq'ɧ.Άw8QMڼ(LEkoY56U'ZӖ˲Ilk *b%7f;IL.njU̓Մhi8^$6~/XՍ5)7#L٩8)}jԏF1hgʁ|Xd}Q_ʄ(zP`ܿEA%~ۊ eOwl|Ta"NFD,EjJȌ
Nz,GheuxK:qλ˸[y`Q`QЯU^0=t-OaS(þs7dnY8ĆsËTqV^@#%c~	ƯR|Axm"A_ԣG/8|نwԳ;x2ÆV<6E[8O1DaI#OKY'(	Y,B%xx
C`vc_M{q]p	1B($"j!.,to ootX6 prM99½`L:g7AyǆnluEÆH\qoPP".Ը<dd\d1bmE`XN4,:_')0hJu)*i6I7E\emؑf}I>g֜^.e`Pi˻s)Dћ)"A>iV԰/52hQ!ןx^1:BK0os*?!C\ծٌ|lגtSnXHkUpômsϮP"-\ġǺvnA>
{wZQ$8yQZt:enm F	U[o{JTHO!3w*B6A̌ʳQҥ.ksGpaڠ(=~wVzc~,L}aFȵDQU
܊'Q8Fl#?8]HXǤv~}tvmDVPmԨ)l[<x
D_Ҩ-=6fc jۊ\|w@|9L&2bU "\Pez1\~p,n;]܊ޱNeu7/]{%e3sޙ#/gdgȂ>Oy(NJɶpU%c>0EE/ Jg%fS+?VdLt4Is |RwyҰXrE>)]ю٭dbs2Y[;(	niS+'XU$i,99(m3^b|NESӕȽ45vɢ"7GUH=|ڪ6	j'kn<"oNTwXɫִ@qNJP!MYQ5R}@ZY6+*Pk@,!~߈
!a{MʭsQ(^Qݳ?D"d.i6Oo}DaٍjM?>!1_-+J*`BO
<6<uB.në7Uh/X+Aܨ~ljkW!}_͓җ$kLDҎXxZQkܦfmr*}wЗ̡!9Xq'SU>n^#Z@t5<=f,6vbhQf[{ʢEA8k9҂k-?Î(8A#<*ދ?Ŷ7Z^jvдiqp?8Ӽ>,wqX{"g]YcN=2Jk0؝8w(?^EPi0c=e`yҔ/$Kt?ti֠sd&iGFNi;)-}Xv\,m98o7xҰ6ϭ8}z`Wі_Db;E3W>!%hѱtSgSaHgضvCLȑyPLU'C#v\U6f(:5GIװ|2@KVALBͤAt*E^ޞ9{AD-fPY*w:q^%xMBʻ?gv"ɞFs%e|_HxIEG	!P7QlӢe,5m?.SP˔7'ӋoAݿ9AҪ,P,_J/ֶwiJ4At4Z_7`Zb|ۻ;V0S,O0
[RH?ƶ*Ĺ3;\ßf(1b>Ow9]p6<:Lجz*`%wJ\/TFI³Un~E5jՀbLS?̝Xiu.=uWCu;0lvzDmߢU7ߨ݅S@nlVS*RKڕeY2YQ$ @гxς;zjxp<߹PD)u,U	;bYt۽|#EQeI6_(U˝<zK4*'ai>e`͖0f.mF|bFqYȽ+9δ(ӴTʌE<r3	ˇ$N?U4ފ>ӗ7dÒЈl0Jf'սeZyt>٧9|_pqѫ 2v<?g.٠vOwsAOtlbPpVKTt@Be}iFnӭ4)8wݩsjUKT<!aNʧF/[h]WF`,̌oT}مǠP#Iΐ!iø[BfWH`q3ܞl]<jȄѦ<->($AW-1k5HI0#t;ش,Q߮{y@N%UͦlLm8Vr?΃>9 2ٝ~z]WerL<ǃLmj-b`}o2%jjsi!<؛N<4R5ʭ_CZopaPp'9	B~*®,\-'H)FJ>ް)zi^Ũzrs#ܕ	^ǳÊXk۳t'Ouب`rʵ|cI0"شf*{o[C]Y۝$nWVL>,,OJ&ǹ,TRŲph{vB
*KQg]it(ߛ-?w0}ܒʁŻcaa;حq˥&@#ۮ'5YX'`47Rq!3КX̟U*Mj>.XkG7;W[|S/Cݝ KoAȪ~n[Ƚ.ӎevXdZo2[[7ܟVxlZWö1Q!Ɣ{{iTr"e9pq2OWV=>nR5#xstlX60H:>,n3]o&1Oúm5)P:*vSk$>SFi;՝~LǙSZxNA	&]j>WE>5EBҙu;s޷cz7P|O{H73hTM<ӟh|F0fWPg@/Ua3 	ԅd)Ճ:i3Hocޮsg*_{=˳ǟɮ" //ݶ̛^Λ1ь P0G·0HҺv̍/WJp >ſ%eӬz|%y4:ӄFUzH	/t?wN>$KDbS\ٱ\)EFn Z+HhYʝ	8\7fX0Q̫P[7Z!1ۉBFjƼ2dBX5ָf"ͻ#z:qqV˶1NHoYzbC(dٝ5]ִp0d&,{I!>J>V7אކ=Hѩ7H<~xӂ*ÄG<Vȹ|ܧ|j!P˽EVoGЇ4*ίmvE_XDܑ6Z~0~G.}_jtśAJ#B'-,&Ӟ`o²j}/fY;d"ִ3mRaVr_Muk,X@PpD@C:$̲N`5]ʋ47Z
wF7՞ˮ*$z˳J0t)1f'jL͠Z<=W܇/"uuG]Q/_3U4ޫ׹Ԑq_h	_~ſA%˔."|G[@X3zֽ\-2w@cN.e׈Ӹ:ĔNHAhݎH)=Sa#9OY0ZJ1H$$ש&l9N.C{bK|Pio|d )LZ$+E{:gkrF]Eڅ^	:}i<<7ׂJ9PTCV=H3زՕv$$al>ٽ+sîA4']ӱF9G9j+Ytmz"aesEo4|7՟Vݯ=7,è@`ܬt3!^ՇDV8e}ZmxuHֵrcLɪA|	e$3
a?ʿ-3w^-!;Miyi9OUZen[cRMw)Z$qo@.K2b@B*Jc&:/T/ηպ2&u ȴ_(,j&KlQ+\Xܠ9$ؐ\m}U$&hBJ3˖9-<A̵h35F?RylneЪ;qŎ`i}]~y{=76+zzKΌk?):мMzT7ONvH-ѕ*^/eV
2.Ѧliuu&oРc.hC"$L?z
8/5gK6Ȇ`אCy*V8Q֬6&ޏґx<+Ӣw
He[-{ڳYЁ6Gc<h&ĩBZ}A΃xOsPoFjA$NT^E:)99H<Rs܍rtcѲvĵxX'Ԩގs$ugI$]kZv:<!Xxvxԋq|gXۘ6zsίEt,fǫr҇3hUvvڽّ,-EkP_GS6aBbիїVzaA@FxaѾڂaJCrξ}0~{t|+ZL<`'&Qr1,yShցc?733UȰWΩ)9&Wg$;θ;qrp4=nZCr&8TtW(bcN['lLdĨK{CjQeHrѤtz Qm~2umsƏP&uY
Sb$Ỷ~]a˱a7`57xs( Wo3l1QYp>͟'i_tdHw̎jI3 CHD	9oILoAN~Tym7iNvqF0J:}"72QjOݖad`.bR;H,Nk[=>L֠@֔jH_Ŝ)43]k[w	rTE.RW7Ȧ\ G!U3AΉEѳL|B%s	Z$a!S21\7//Z؈J`FJ<D-Ɩ`}@T'[dk)(2zDL2
չ7؞Q_Eֱ	IZқcud1ܩ\i ؼVHvTp$W;tz_A;C~ھ{%nrGFو{c;~eQPEٝ?dC#$kT$Hbgֵ$?
\4i99HwY7҉mJ~tNƦjq\zsYt98Йm\$7g@ڮl|gaIҒgҨ!dCG$	^ؓF9aѫT9%<k(f]tg+iVxС4!oP]{sL%2X˙"PF
'A<[֑ N܄>[4g	-pJTR*9eSjՋUO77ۙNfxUckȠ`m(TLt=۠Ũ44.I$1ŇmڂmWIw2cO<7.9lOڕiM4B{˙s}#jh$($ͦ7PE.΋ƴIIkǫ_C`PFڍP@EPG f8̽*oudO	ϝnՏ	F&_,it-bIBf285@ǘW\2T43;ָr4!gǙR~Ԛ;3vBvG@EҠ#.uGw/	܃ׇKo%<d2magoK|x@rFX19D:2KɛJLv"_F:?#\	rܡ(o^yj%'AۅnB kƅshSsPqQLא!jYP~F&[,:^<+B?
!żV(VMn!XS^;>r<.]Tg%A^OJVǍRj"nMQyx,ˏflQG@{AL,!N%й%Y"B)X^AqUT"hIohԡP-Xo`bXjcm'RS'Dcɟ{ئϑ*OM҈rƊhˏ-KfnQLşׇY
îN<LEsJW8էpTX.eF6AY\.,-2t!a#tӊ?̊ &h?Ub=չ<߃VfFcySؙs-Z̥:`ID4sP>߽76oN<}m/r4FP=.B>̆am|l\7J(ITyT.օ'Ѹfwj-B:4߭&ed=rŕ~2'C;% ݳbNw8%!8R,˗7=
;ԕFA|_Iܲi}z,ٲIp>z0sK0a=kvn}YZMvdo!rRq@/mtګA5}џϏ۞+n4!)Vtpc̙AO('ڂkg9*]{Ý~Iٌ0ޮnmWQdr2¢)'>Ĵ0>}aݖ/"WvLmTx"Mv>X/FAU=e@/pI*jӅۡ7ҝȚX4`i4MIDEd0Th$B׃ݥcױ
c6mIJB(+4iW݃szKcܶ&
zEXhJmFyMP+װ:Tn3xM:jn9a jGڣ5&|ALY4c2,aK3	uZ؉4K'?j2"s%Թ 0w_r:Ō̬CzbYu#tf׼Gr#8`\@Rϑzj=.xڔ(1ϗUnl{=0{US5#([;?8Qb1۳MºpnhxT^ON֟0ߧa<4I<``ؘ`7;qQ)$)9-WM*6LڤȄcj@[IMAC{sғr=3JzwQy-kYme1TTɃ|ma|Α+?fSq98ёw̤7אĔ~MYP~ IQFwK֞~!!7!	
f)qFZb)÷.unцpR*2ڜLZsAЉ4hPF09	{q~u&E
?if{8M?#(̞JQѹHsoV^O758G
8ԧG_.|bZ:RTFL_ˈW:/@[yj1U%}ϕoޢP
rx43]j9Ӆg&u\``j;k`5:8~bu\9%|Ε&J#UG'{II6;ǭIU6zX2<tYڭ}Ugyan-~?$=ǜkZ?%6x?dXԟpp"x9gc*֌߼A}Ʌu2@u['ڤ|~%B/R.''	VTyq1˖	Zka_${mn:zA
o˻bH:Q׺&fF}A;T~RYӋԍ*ǝ|4ʭԙȷoSh-EѶU_pћB%ˁiL|^J"U=S\xZ͸7S_3[0"Kj}c{2Q
2~mZ˹,/!8QCxxmqs.8x;<C:\ 453AS
1{'2V'"Xb3ݥ$8t6қf?OEب u**_]_ٟ+-T<ɝ:r[uH0L$ʡ@O6VJ9$uϧ%M0EN17K6
LjL1z>yXy(\Hd0Ŕos5g	נxhp4W=koHTcA,'fBGNZptO,ʶEgdd!w@ uKyRZPMPYO"U)Ëkr{u]#	1Bk?fz@Z{kùUDIP%R$udÅB̆^X3vW.NXiv3Ϭw;"O!B
0r(ќ&c0	$RWLF+}t96xArYD7
Ypp׉f!L	^$!/)|@6"9
-1;<5>ױ
]'=px?mqsqLl[߈cuL_B8n~`,ڍXԔ7˞GEQ_6Xj6ڋPFRƎPTJϼtH"ТKfxQUϗ$(9Urx˨TWٙjԨKE-atyh'K>'%lQBEE~v]1M%}s5w̊YXq@eх#ՙ7u߿-ݹ^+AH+¬q԰:m[ވ܊Ȋfp "@W'3t&h?1?мTRB0y"+e hh9(&y"nOuՖ0~e2D7YҡlJwgtwxa-
AљgS}rғȑ( ǒ(ܙ1ԁR,li"=hw֖@h1ݳd*cFFE|N}r	`"#ל3Іc]	ͮЏ}eCKfS}?\~J@~gOTWz^ 	j;$d;%H۾me;3d~V,;ޅxӦĞ{Kѿ'@ l\܁3F& OEeN[r,8>903kD8 [Ŀ4xnkՕʱWlR|hG1[\%HjެOzw(uO_!fEg'هyn$[@Ne)&&@<P8#ҙ9fJM:-=ֺ-2Zl۝s*";<m(U.ކ1g(c4s82WO	[r|e{gtfc
3qqś@cMYQtT0i2yB?uqr_܀+=15(ikFr2qOz*w%v+:NPڕVj͡]OҝgqBՃͼ%x\.\j̀v/+@`KF5t\+TK:;v[\ʐǷlree}Rmp˵hl9Ǥ%ˁbEWhc(؟m5GtHNz14`| 	4I_<L`_:Wҡ<xuQd$60j]e^I]3*\tȅ+(Ś޴8kNԈ6<^AhiA<4Vǘ$WNl4/~,=+@;p^pc
WA~R[#p 8gӐ_u#BdI>׿UʛӻfLl?|}3)Iڥ`@z{{>Y5H+z!կ:}au.gn[7"ҷay5ϝG)J=ٺ uSc<Bd--4+{'|"F^z+tA I2]oʰ7ho;vG"Ƹz]eRMSMrW9ǳ6ҖvJ2~	Qt0?xEO^:5ցA3K
	q[xhqR>߱7SJ6G$JVA
j*,@N܃vHLޣɁ#=PZ{(pqAڬ+yJ`bԒ!%<|f4K}8ֻ$@s{Bݍv<*Rʝ7E#wٴ\ W-&t*ӒO`u`ŚV,q
֟*?;w,;WmQ.7ȧWQF2[-?FDe-^jwQ\WPNҦtWVs-*T;"
+[hx^lnytC[T@Q؞A*0`Y#E@yu[M	
e6k`ũ̎|#L_M'l"OEMtBíkIUi%z&خ/Yv)j̖Y73.J1Fƴo&Ġ4N?kkՠLTf%z4ӡ=Zԕ.pV(q,`tvdfy\Hǋ#3VXŝ=6rEýrΰN9Os'L6tZTn-(χ`Ŋh>X"BݍڇoId9=@_Dap3+mpjiu)$C"܆]ʲ%*8sҹIŨɅU)Gݔu8ݍa'Yw-_$8mmQ\7~^ZylE"iտmO*-,m{Pĩ˲~/fQ
aوmbgQ˔`YDW2Cq̾YZ@]JSvl_!FvmdotQX7jΰʢnsv{{5Dq9ѿ&Ϳz`y*tvהU!Oe|/
(6rB¤. Uӯł 9#Jլkz%!6۫czvIGFw@[s<foٴ@]8#܎p|WORJo{4
bJL%jܻ0*}c"Vb[ֈ%#1ݫ<hĨg	^6
BW؞֟I?;pq;7;,s٬\EhΡtXvh4Vw^3uW/BZںX};v͚:5l},xziC<bA xP ?,(κxfl/O 5SqVMmDgг۴{dc[yII\(Qi&$Np gzIe׉YWӽscՇ;ߊ}2]ByDlIZqQć>!+/@oI8z$ԩΗ݇>~:.Z;C8[)m'Q݀O- "4iyDțrC]Ց}	v߇;7HSo/x0_P+^ٞ}ӥ!cԼT b#˪)u7H'{^ˊ&vȤ~PCs)צ80bF"e>J~_MH,)R*cPN;*[I'Uqlj2Ɛ&+HCSٰBˍ	D$9\c}O<
wZ}ޓkLn#Ƙ5Ck:D|G\U0ҏS|ƀFHLG]D1wyf
L(]Лc.	XO
>8M	aщ8A
+?aR1(
ȋN{b,)I]o	Vq
i?L{!	R90	҄w L`ejW*+C5[IfW_cC2gU$B_dP2vԴă"[ٲQ_tRp5@ֽ'ݳ7xoJ!ȚTJWpqo%ԯ7Gcմ_PE}d;~2!?\.-TڡW%ѵEu,՚l36N84p<ߌML8^&Y~Vr%qAH5rŮdӥލD)
kv&HQ/1\86_B{jIJ]BW%9;_q0Y
H+¨)}zm۠:~=D_lRE/m%=F 
7%&d)=QR.j٤[9\w+/E`"#0Įb_T>JHbaX	^cŎ(jz7[TD?blOQ_]Ա*A7}^Gq1<-xݐ3{ޡ5d/	2lͤڈĄ/U|zӫvMD͡h??IZjW6КSpPYh[uo";h\ hq&Xς[Hli,0C*(Rk9}ԘǐǢ:#CtUĀ	1v?	&҉(1rOU%ªfܩYK6x,f4=?l^RW)Z6ukDZɕK)b6Fɬ'tW2xrOnؿ
ރ]g3ƗZ]@Q;ƨhd#K>zIXzcpg*n>܃ݤ=մD"RRP ?	3/ћM_w
@f|^9ʻvm%Ib{bXθEѹz6&
X Q|qF;ٯ(0DóSieBev&}?b,ZͿ0Rr٢/Ыeڛ8<=n*aCھN-*i,&|
!y(DP*t`xZzֹ7\\:p2fo$MBz	B]9$6h5'~O.Ć7ViUt)jHJk};\ϩy[p@*#6LF<vؿ(H
۷~2;<	0g'ȕ7WSk!9P4aM¡*,QBwvzPWxVBҖ_}DȉNX-][DN8?zm|=5b٦~o"h+nFoс{i_/.zF\Ozv!I۠1s$'P8ƒaaL6NSUu+w3e@p.B6F|ɱGIw6v2YnQ>lu֖Yc7ĴsF%"p`)݇R$Cǰ:]E$,3Evڴ@]cv^_0'k"( M7`oY'
$Ɲ84f?C*a`c"	iͲȂzm!6-7W"l
"/~&j-[A6F948߉
ԼÂIoUGeY\і<UE$]!ؐoUAY{)3qʜhRI^hImtk#QO!lb?sWp7gI\d65tZD!1%P2	Pܚf3#;(?Hx̕Ь'8Q"gW
oǷn].ºp>z/SХROCBzђ Oxfκ&4JCK3oK04/2ةģԅ1'	_;ō}viIo
+i7҆_lV:'}~]1/{5==Tqڡ]_NwѢ?MvB'3
JAq
+A.G':UkeQ>M5!e8ְˊ%EqrQz)8}{jt`rԉBŁj}Ɛ9uSF	a5*c	b&:'XWN7vkΤfB\BI˽ST˞le=5

[?ے٣nLVЉ_d-MN+lL}gB&^ɨN0)ߩ2`{	k_3)=9cįl;m<KXYW˿WGT'GH
euOK-RgUE8pA ʒ2"Yzn`8rqWXEmkT\|nZh-s"+1xܨq'REdcuhrIdu%ߩݪA`ЉwM-~=6,yiEAImל>S
;Ķ 5	(hǃiW6>_u}\ǜ!'Є2ǆe BLH0vj7ز2^uB-͙Pf׮[5N_[!٧p&Twy̬b4iF-RM߰Zi
m@;x(\*hn؟Rǟ\SF4NRBi_c1uFf8Xѡ:\V1#	gtK\)çDϔUvϫ&,5ڹJQc7ZgPI6d>K#W6_2/}eP4U;RZ,Fw4ZXD$RfʲdrHIl5}?˩v"_>ɁU5`kׂ":#hw
u[>lD8&6!Ǿ9(¸x"~tGVK؄ \ZZ6B'NnǱ#LgY}Zwۏ]GGH,޼l{n9s1":BQcKܠp*b:%zI˨p`1^7XTDtnlzNbNriuƿI׀	?q}'(T#1,ɽ38N`!Olq>QԻ!,%]xQ?˦x8^?/h	}@m<^	qQCXwίO,ǰG՚"'̕8oQGxLȟд.6ʾ4MCuO@I͖=ǿb_ͯДdf4])S!%
Oty6AݿЋHϷA=g)ҢWx^ζ:ċM*x*/ԑ߷$U!ÚNIlȲJH?&Uj?g7t<dH<'2ߺht$ƣM}v<D*-/X21β$,ȵː*##)Ebֵ([jв%ngCERz˫֡MۂumYiLse&fՠe)a]?0ҋ߁xiGBT^J?<AovXH",IGRʍPM;_=s?;qտ߲Ӈ-K7TIս7m0z\߮ܜ'_#)"M-xl|;au\RilcKЉvcF|jLVˮ,FrsG)sǎ<E
Dܐ́c	4I'ނ~re7]Q|>bո>P!uv''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24529)))
