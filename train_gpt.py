import brotli
n=a=0;b=1
for c in r'''lY{R ?iqqhތE]'eߴ@kCrp#=&$ۜȼcLA)t>0̈KÁA	yELGшv]^}IbE`x^3db-6ߡ͊:*#u(CH;Ȇ4)b1Yss>Fg+cIk{zuL{wS@Α
<6jum {Йe71dI;h"ӴpȕJkU_=BsFxtNd`~HXQ8Xo#"1΋(/w4]0Z!Z06Tdm^UլC+kc"'o+޸s,|ºs(\pK#$ؠ1EWv4ޜ|M%	:$Td;LG%Qߑ|#/ς&y+[n̿7A՝MǢqXLX%md2Y8'̿֏NA}רM=osr#wc_¯Rma&`9Ԫ*NVĴO-i V{"3gѡԡ'y20z{{bBY)מU,d`"~AU,`T5oѥB|ޜT81bV!#]	dK^TsnѓQI2'W<!^-^uF(hġ!#8/FުoeID]ޥk#WaFTvMі10.QʡA֓PY8T[n~wS*P^gϔCB+j-\pPR?m?EPDEўԜs$kfRL\@пzy\_#ߕ\!ǹ
qpIjס1#%6,#_ɧ%TCnӷR-gl?2YR-C_?9E˕gYToזԚ^e4.>Z ݲ]Sm-t%.%a|RZeb!$	_r)~(	 !^>טfPy]jnCz
ڎa~YF<o>xݧ41BJD=p[J'xʴJ4{y4	X>8ܫU+"dwǼ~BטٺD#j0%ߗWs3	ɓwˈhTzSxrYj܉K].{$#ZѢ+.DZ;(ùɚ_Opg5)6٢NXY	vs</w4X-zlIPtA={ϴaYfw7<ަ3R+t֪-J҃.q`?yA+ǰچnXyNW[]IȤ{կŕn?B!נ_ofD_v=2aȳZV1.7սmVr*ң6ƫhE}7 shԘnjڬބɗШZ"TsL9RnQin	"xhI߳ѩ=92{KϸјT?j#>Ȗɑq7s#H>h'nrhLNT%Ay~I7X?ɍ'ЬĆjū,+z'%+_w;CQm@la	Jܪ9@in{-/ ƾ!+m:~F
rF'/Epz/ß0O})d߱̧˕	,ޥ<'j]>FV.b[̍<~\Ppz3][ʲ9i2wJYNާ=?fe
؂3º]0mĒ-~ѻǢ{vFbtߖJc?1@@յw~E%D}~t|#_o66ێ)<IsFNCR}%jHۢPH(zd}Iq|S^?ĮæeXOyՋO<uzbI(^G\zL4;E'[Nr{Kl'hߡdۍ)|WsΤ<,i.(L%]hxDU-s.O=mʏ:VRn7$+$[piD^ے{ԡR9OEެW}ܚQ90^Q2u6!/p	CdFp	%x}B*-TSéUշOk5ԣKE8м4uמUGyU?p?h[-C5jr18Ϻ(:cvM\Q,O;b?v`FpDAqiVMfmږ:acӂ
;9h2'4,_gGJO:&vWAeՠb]`Bȿ˾nC.Vmia;$5F=0>FƞIEZ,2"LӺ|ïc	9آRl=vKO$V[ե"nG1vwg=Ѯ92׸eL3	E
S^	'I/cف*8U̘@ݱSu93ii&n7{;B}Vcfo/?B*ȉ+`3Pظ=2oF:7VNr&*B߃6C.~c }1;҅Ѽ5M)`ւ#кNm,ʄ:U#?S"r{R'\S mz%׬Lh޴KfGeNюʚc4RЛI651֦sQEYjQ4xIݗe	P1WtL*{`]ZbҸn\Hpߑܞ/fD.j$_j#{'#R7e.w5(ۈP'VP0yDɡ9wlȇ.Eӥl.ޘUP+K]iPA!ygϧCĽK!aPV׵&)  8#w14kn;Rhĳvf5Q.EC_я}|B%1bՅ3ȳ$aKK#B	)8s[Hī;2u*x;`ΞקlR%ЙEİxY=dؒkQBo4w_8FǖΌ*NCl3L?Duۛ7J,uɢ;\^n4.>T|Pmi5:dV3Rabr|x3k3L@7°E13gl4fAǻGY]~ yj1AƳ='l/:Ibaj}z^IΊqOE(CǍT5(Ŝg.n87!V
9fo3;Ň*28x]l~dPzQaɮݠŨ3inHBTY[jNObkdۂƻG?~8Ϙ=tDהSb^y+.gR>XV(׳,xƅ%{ȦH9	4?j3wЕeuȯo_9Bi2Arkǒ	Tj?gʙvѸ,LCul5C)Sq{X6U4Wu	A?
b1&B3RF{[Z-ev{QOE"daT%:ݼKeÆ :)f$5)Dnv*[8ߏ.2;V2BbHEiQ2N͘\@J[L̟،Q"	joH#+EmƾP}Djl-bp"NO5I~05ǔOPup,d̸T1.Ÿ:ECӑ܎v%5,9G=V:g'@kbӛұg~c}'Ҍ݆ZaM3«T?Ԃxjvbʸ*db!#@|>3D8s`*[>Oȵ~-TIU\P'O\Ӊ
Y.{	ƐVz:e>A$ldDAs
{ֶU%rT7Rx҇KcOp8ۥx٨ LrvI.V@%ˣZBC<U*ק'@4$?u#{Ҙ;
BZ'BQTefG?Hid	1	[<SvƐy~qG_=PYh ِW\eRk%}ό_6ܚ˺W_abip=؃fcqTpVqmum>"{њxܫ?oi/0ysHśYNHYX'w{DUp`Oǥ\EJ;м;qy3ͿChb±~J;/hd]3'6`hԶXqb7fMw­c#̝KO%ɥ?׊iF9WDDM3:CH+RTٽm)h_W>g
3yu7od$b,E8vϨ|BAلNWH/*PWێ5chGFWsm	 /fWrM#}5/
Qk)CN3"ww$	\	rSfݙϑ/&TB1d.K2	ssDqH0A>Ȧ,b|rcLa
[!_}GA4+}Sb2R\
ܗ&1)
9Fărܱ,ٔQ??7D.5G¤?DpM$6)},\yK,p(u!ɿ5(hWMߔ'j$JQrz.\֞A$F^2'?cRvG;5fٸH̶G=DkG`\Np͛Ѱ8RLqVԛQJP;ٚ0+ww{gV\6	*Wڄ)u3t.&LvM?&+34ŗ|SU܉w'*4":Hy&wФy"s/9ɀpvӁ^b?ҤRhe$=)ƷzhHʎ&6߰LTogJ '1RPΫ8I$Jnnp)``x6#_s-ۗW@>__4T]O01.NkFU,.Oߝ@TfNK`xE*Ӊn]{  ԐՇXWo(LP]ł<bױzef:=@&+Mk9UpYq8i{1;jh"n4ֻWqz6ƍYǃܣ*b&JWgޮkڠIG2!ܲˑs1*6<(ΫKG$1vVM PDϾ \o,IW6ٕ_sOLS_x[CpߓѸtQ@W:#ЈͨΞeY/$pct̸8{}N\n~W|YeTưhRmE!L7Ŝ"9M.}(j}H%5àFqJ@;ά̛ihk^bN6hVSV&ʒ_`^ނkzlx=-}ږ?j(@\_F|OPTgAfPbZ*WmbfofRx9A6TS=,reo!X!VOvq"nȏ~IѰęƱ-P?1(fL.=p ug}mRoh	T͂ ƃBSތ:?i
y\΀^9~c0}P^CsnF ^EI:p*u)=߯o$;^{7zn,3lA%s46+h6spoIc)CA]Hwjd.gLhp$ա}fTy"z8NkiW(_9B}gDr9y8xߐz$(BU^MݤҬU5SN!WI7PРałpР}PsV}1,A1Fhj% A˱,Sʸ(WpoJC.j>jv-(F^I<~}|belu
70o4DrZhQiҖB+t]HCхJFSkIjʻU	#8O,<|vw ,Zmf\@5ˠATE\jh%!<; IC(xh7σ>1lzhߴvI֗DUi*:((6CJQ#Mb|V;WNhqLη۝a$ԩU0#[4mNī1UFO)'-hL+b%(%w9\0A֮:koqAaI>yS G$Dfߞffd%hz8ZĠyzfJ7Hg$B
iuȉ$k=O?Nz@Zïu.f
O Q/DXEu bBÕniUz "j֥į\U?ܰ÷A>~lQzkJl[!6QX5C5rlף c՜H2v.>A-Ζ#`7mUKT6Tz͙WW`.
ExGAnQ=Œu$$á
_ӛA?5f,U&L+i4qB՜O%HοZ`d'8Du^3eb_}ͅ@٠*Mc6¾aC|ʎ[^qߗŊ3`ƐnP[1_IX{6)/;/c9[!X	Mu3b0)ۨ.֏\9NU! +" r$q[ܜP{a88۹y"MIpщ7yDԝ%kTY$+]6ڢSܷeݘ<H@Rb\}s1_:BMۍzoӣ)\l58<«(f1ʴт{ȓӁ~ poڦAWs%aTCc*W%fZN76ίNfAnWיNUݙ#`/RݙPa-a҅J^AT&Ǿ]ٰfP/xrP˟4c9
~ݶnR7L9XEc	S
_ƚͤyeZ't(3!uf{!bSeW\7k,4R`Yм-he}R*Ny!hӷAQ
*@Å3Zyvk[DoĳXԊؙ0f19Pj-Ŵ|5Aon6;cb8@#N	cQx4اҤ>0	5Bv i1	!MNsC
2YGmƂȁqCAWgj3C\n]x"Ɓ$w'cGZ1D2Ou!~xtmuF*q>KyYB{̙JѰ{A:d{&}N׿8ޕpV8QMB!CSd}0$ggPK_<D83%RZOSH%AV^QLݧ
1~؏[& u3#pJox.k	1.zp1 ?ej">߸́Pq>ʢ
فVeU-k&|TX]k8~m68}aswR"8օ<krR6@Icȵv0?-$ʙ>lԋ4igJ[ұMa7-f-r0:RzΥBjqPh!(&PTe%]?)zHmcd2Dp&,5BE4
l`څ<@RٜPH۲vp"f$ׅ
5wVuz~]|4OǤ̥ҙeĠDPދ	'bOt	#Y.HܶlpgzҀn)zz{˛n|ܝ=TpR̯ԥܽf4ל#թ@VOr?tȕݥ$ØA% ](i`r5V5MԽojQF.'ޡvqB.<]3/@SәPԄcѡTww]6ކsJ״Vs]x-EZ)߯-atK#&zP;ԒF(wŰShoO]W+RO]69by>-fcp|fBhnC"fc>v6{QZ%f7ܦ4ΆcӐ{?$d>4	--3,@{ґ^E^:'lb][3½Ĵ@@"K$dM:-/	Lg:G;a(3yBH2TElpZy5k.1N-:ŧza+"nx{RzCڕ	 0elL*A^3qfVEvXdY[Vï'֩͞fyuUѰj.-Ӟp8ڞKk51^MgCr|m.fR)Y;	kWO7I=حx6%*-QQζSBxȜO4oS8ͻDtO܎&%ռiٛգ|DnڃC*!N~>'75lof8u۴[5cgޔYCOGXXb*Z|(XЍŕcԳO)k."a[Jks{:nR_=MdCJ-:Z&ǥa2B`?BQMǉwEʽA%h`)OTJiG<CF	Y@0Dڅy[n>OHVuGUMfˢ_H%ǥ'ǃ	ͮ*È5t*Sc]UkQ0*g˼19(nm<tӳKٜʹZ8ڑ]mÎ/ǯ1^¾@$IB>_yDT#@	F"+:q_/{"*]:*c-|6|ս2
KLpF]Ψv6ډ$-%=d``J6,RG(T!ߝ'*tZc٤/ۣz+,Z0t۩#tU
Y@cb2
֐Co%A֐=(v}1j%uӍ&ǝps|]b07/5`Z؏j۫2txHǎj!H/ȣ3s1*g
EUysþ]2aoL!/X8AȄ{uL`3&Q:Kq{	avH~=-v';ÎQq[tdr,ч%}7SՔɨn%.{Ѧ"
	H"ٜME(P^&h<G-I`Cƃe0rļ$b8&Ҭsy Ttn%m8H:Sx,F0Ѥo:&SدGsιyԳ@DM~EȵF6D2NUĂWc%(qH[r:&A$Ma~fg+-f=-Ѫ%[E
[t˔ ,ײGTUEՃYmV͗Q_ft~ QN79}kjUŝ*OTNRqۮޕIdCͿv!'c݆Tc_	GyV>_\,]GMd:_~y!©**!Z;	ЎمdMrŏ_ke^1Oe@w?ESs6	%*<^2@Re"KV՞]UedI~ݓdw?NmZ>e-UD1nYDy2۬,5-2.^=n.;G0)<B)ܜlOܐ4w_r<.c.X3#չztUMs
_H1V˴-abTߋʹW2
."a>IsOR LevYˇ.|c׾1"Dk]Xb֞C)ÁVow_մ͹6td %h7͚Ƣ?]h\i^89mJ/Pܺ:Q`3,tɆWq
>U5Z:Dĭb)۠EY׽'#U>>l]gy;0Rrf0]Kt	P/5XGtyD˫8EFRۓxӨǉq+a&:C^5us#B
T6h%CĜwW9
\L	rˇQ<(\%/{M5`Ax/@;ۖ~>fnt<5&n,X:!0wu44T)v8f4;t*ޏ-:,$ݕт<64Rl ۊׇ+ԷQ_yJsssx=mj\To2UqMkQ/{gL	1އeUy@>ؿ,(aXUP*s\o	|0Si~K!\lBT4dZ۱{DGʞԤQω{!SJAk3Q5QѴk?8pZ_!q]Yu#/[iת_ڽ6~9?az
d0q9>ʒBGŴPD]H~ە(#:c-SFiWبxYX?2S2+L(ɽyo?<4;Lk$;O$L|rzx!^߳^}UZO;I6X'.vH^xYj۶AP)!%W'ASa˺ Ha}Z7H;]۫{~CtYFj'Fm]CQqܬ^Cd4X&NUK)Svg;hAw?Xd}	܀85lA-vi6]?C{8b'B	%sU2q͸zc/Wu;2H{M!%,Aszvv
vn}U^[ˁv/Y9t;aƇ)
ĤBH9%3ҟrWg/McY̚W2ZJ*+tr	=iPH_fW1X`4ބwoʒk|RFV~e"7lɼ(Ʉo<NnۧzNpCwܿwQi|cH@a
ۢ>>L܂e|93X E8hqkvG aǱ^Gh_g;qT[aJ% 00wӼ|{hmݡwh<֠abv>ɂ2EM2r<|N*v/ٌ>sU!M|zeN[P|ϭhTKMԿ"GY.J	7QNp2k]u8QoݥA[?TѮO51gI-}IÛl]T90߷A\6V\Ӆ8hVGeJ_؀x}xk2!NQ01Yӱ5z|(լD|s&bROݮb5[zA1}a!Հ`BԨK=ezJoձui"n9Fc& V¤XO.)'00O}%yl±3>#uPRK_OB[~ۂ-D{ʴ?o6Cq{*׵ܷ
tϑjю2̀{p.h~QIr!ځnrPCРRvJ(Aߙ]{I`B?X^FvLJEv<v}/RQ+"gکF(E~O5]\ɮ]ZzY;tՈm$ÀMǋXAi-6L˖ʵQδQ͇lCB_P{7;З~V0L8ǿ84+.ѦўuusD_\jj
yǛ$M6wvґIݘ͒M=ttV8Bg'2Sv_m6֧6݀9aZ1:X>Xy6̪{GĦ^A_'b0V"%'SثƂ=ڿʗ4Rп6UNȇ7M%U%ūY$QCk1'.ANɦ6%ȶ
wϫzmƫ@?lyUbJG0lYJ7Ō#ߚш,7Dd
CTfJTT	:~)8^t4qPsG˝cĨ'QCNrB}$m3:)ttaK!"5']/è&x8\ШPpј
g*E|۞)}<k&=*lY˿rXvFl	ݫlAS&_R4nd
"=0oڙLDܻ;s̤PQ>rޣ7!.|je`.a]~#dmc	ofLR)+r`~s,;uƏB<4=3@)zWz_BJrDt	Y2w^R~ފ'ף+zcԾԡA2ޖœjj9ӾV51~l's*ŉQFTX*ݘsS	Pʨ]3qX]n,S5<Ʌ13%ѐ'͟d'ذS}ЇR[*'0[ށ<eмqKysx5ؙě|[7\`ڻweN2ɍSʆ>o݇#^L?zZ={Mz9}7~!5><1P'>A5ο̈́6ƂJAB$ƝdZȃ2ųSuZ46?AG(1fF+Ȕ#3uHz_<a^]S8ʜo*eQhEҍ(0^ۧ_y?T4cCʑʂ%$ܞ^ed\[o¦hE yBFi5%[n^F6<ҩNS܋Ps8H-ߖpدjThZrX'j`;nppqn~ǶoTFۼük%sP ?Mž~ʌ4ջ+GwД`YeFI={rm̚!l6K6q,Ftݚ\ߨ)&TpiGh!:*x]
ۅZ֠zlJ^KD&<PGJyv:T[j]BF.7O[RUm*Y
cG-C^CY{|9@ʷB~zΟa5j8!"`C4ф>%+[,ng4ur.?:1/SњQX&7J8=~(qTC/Ǖy @G8:|)o!/M,<ͩ{mS@-iH?mb=\4N٨01UOwͿ3̩&x\ׇ/aV[gK,&ةxbB0-ƃ|i!Rn\4ÚKtJ.sa=y\9)0v^7[-.Єxh?|fo27LrD]̠wٵ<tj1w's&l֭ۨs?7<!**	ˁH(o[j! +"6$h51 QՕ4S%0V#:J;ِ:TE7ԃCk_GсTZ<HD\ڒcIaC*-D^?%	#?КDsFO6IجL*,`ib	wΆsBvo$^Bb$ 7܈-V|qۺ*m\Eҗe׏*>eDҖȋťσu@E`&9R,w
txhMRoq|%49~Dd-QWEak.l.|@MpͶ5
hN>׎\ЅQb7*oal%՟߱NYFϑ^ƊMre+*ɰ.&x٥NA?u0yOZ><'K$1.ÍH:vAk9Jܝ9BO|"ʧI(VNR^3V8*!c\mhz*`vweFRʳĪ/\o'Ecҁp15|:kLcp	I0t"}8FQsfWfaD85m֙hP\,+YW0qrԨ4C05չ05OV<ÖrFF$F|kzFRt11R49ܠ[M֨\͏<Q
QkR7yS&?ut`+..oZ L4vʌϥP_LE֨΍cF2Dϼ25%?.U̞K
[q۔?5{1αܪUDIWhǵP}ʅ:VC.PIҊؘ8,XOْiEݘ?MČz8HÏ؇JsN[5-mk]#
>)41eekBjX69`Z#9Vռ!pg50w;~D"nL0uٌMy53^!63-H4?Ybՙʝx_H0-y^5OzyQT9~Y
D"J#7Qwu|ysG,?5 TE/]qF#d.y;.8ςIe8i!-ң,4\Ds
+hj~T(:Ż?jf@k"%M}0|Z*6PZҩl\l;޺rWc[<w8g۝P\ ٟj!Õ4ԥȐ@e۪+'y:K9rӔD8:ȇezEΆTYlרՅVyܭVtyBBcS+B&map5r2ͽwmuZ	p'u aӛڥLdPqƤS`^&X"[E6՘>ۢקo6#.>'b%J{c2A֔h~<ʦ>!r8Sʂ`a$rJqHDeÙI9,Mcv}˵א˯'f{NovjI?m,j>[
%aO̓n˖ZvH}ЇEh)6Хԉ%َ9P1ʚ0!	g[x0?Ӈyry˹mΔZX4.a#|O2ţ.>~41	ŏxϭ+^]ԿϷe[r7F˜16ÄP͋j(k;%_JQh-oM9@Ӛav[9uEʡ4@f1~ifE'@BȚ1mL|߂Z(nu"g՚?SLUH;N!gr68}m|jCLCF9ʹ}؆*Fȼ:*4>Ok0r	?%NΜ4.j֊<>_sZ82M.LqT٢Vqq	Ѡ$1itef5g.{70.ĥzڧ(
]I9^I5],m.}9hy&/5WbEIӽWf6=6vѱ-ڍ8SHMOlOa/ܶVMPYVL\I`2RKk}Yu"kf:4ܶ$İCdKS 'vI#[ىqVnBHg8i\s,q	r/F%C=88e&_zG>G{{WOieu%qԷxNVZeY{{@q")dɱ(M9XPG3ۢ˪E(Ӧz1O+	ܢ?ݖ$ؘ+n:4߄\`/]z}eW	.$YMŬMq1R_cBϺ'
1`>#bXi*W&GqXB@ˮ!.ue9Q|ȡн2'4!	/PیỈvߕKy+d(ߴIՈ֩ڜ,SU@8Fz|^,O\/7+w/iRB[POZK}|^'<xZAh2a&Dzy@O̸KJN`GJȌ*dɥ;%nKâqv%	{6ćaG8x[Q795[!ؾү><|rDO.&*\89X-&|@AWoEXЉLNf)9lG2%:77#ϊظ߰V̶Kp$TBl0
zw;ԗf.G2f1hP=hZL
ޘJ 8L!AՆ98tG7[{.^Q]X5ÌN?0ʦf,֮-ubUu'zȩ%&N(ʱIvnp65O^|S+62pm>5Nհ^P+̂W̬zSs6X^Wd!HYBӜ+V6xПe#i
.b--бmBDpս'pmPlwg{c_4UO3eMKK̎|6/BjT<t%kL;/:a'I
.bV5Um>_ӦMx|8^m<ַ ғn/q"ECǊ}=C9)B@6_i8>j>GIc߹h?7~lv2crƝ=_{֭8CºcV;,;q!+hl=־0LԣVII˂~z-+ZYa0
v>['K-2e_fA]KEtHRov΃!E:'N#9"77:	4ݴXqטh"+^șpk5-f@s&VOt&L*[}bޜVSH@N<rvQa5T%!ӵ}ԾZXzߌ.1AK+/D AsKҖv#рd·|yyu˲FIKUqITtXFߙd{c)uT+/L˗|RfMxuש)@^W#)3ü!'y't֜݌ɞH> 6OO˭6V:9rUv^4
s>~bPмD1u[B>f&O·/NHǹJ')[B;ZN#eAQ}ǳH/wh(tRA)5pRoG\mit4BWKZnV\e"bMN+vmjwFOEekFPe֙01Y,irnAQ`DI?I@g}/,&/x6u9?ְXAӰSJ[@&9r[/dk,Õȼ9;HrTwm&X#XO,,~։N7ɗ|p²ψmWT}«1}&0/mJY~h]H81van3-wKn.wxkmʽAU#e&_2fgStYEčA4~;_FI`=l1
aAn=hDݴ]*Upx$P6ԹGXDp;035/qRːƸ5ؘa̓iCa`&ę4j#A!.x֨oE`qҍ}ҷ|Fr#s_"!V68ds0k%1`ߚVrصF_˹Y0	m1#Rʚ.
S 'ԫ_gI٬/#bo)}^BHw݀)h?p_LJmIW5#M{x)'LƐW_$.5ɼMձHR.xWgXfo`A[Lw)GrD&YS%VgOYŉ)k*$ط|<׫%8/{"Ņv;
D%ۮW/&37&#nBƍLBnƸʈՎMj>B)7b݆
X@v<	=1H>B ҨWNSc>CwLdSJuYkHFܦB
ݤjūQԅF$B:4>Bs,{<@ALKM8P"50v<lҝ-5>.6&%~X+`Ҥs	h3Edt/lY%¶Kv$ɂ]4X_3hK"ږKo<w=Eϛe4)ZD
iZ'ںlZHU{tT'ۺZl$Uz/dP4Wt˸>ˡ>Bt=oF3
Gu[Fx`7ݳZmv,=#eX۠V#at_AI=Edνķ'7 `8#ݲg:ϛ>~vb'ՃJ,֎6cHݲ=.ɎE]]iȏߟH{2$@X^fq	RިC9xѾ.ݼ;BgmO­5<]D<YF/<z\TRd@w	#ړgξnKdFRBFΦU4ҡtT:[qM̉^w9!XUe9dViR*3"bѹ7Li&%`@+4ϔ{SDrM-i~tL4hv6yuغw˞ڧ./Ra:'W=
Xzh4g|76tLRW]Y>.09Am6^2Ĵl۶=+`ʆh!RN|nZB<<O#U>-p/Û@YM8ȻCD"ס(BWHEW|i:Bl^2Xƺ4]L!]ŻV)J0Һ13L#wr|^#5?
1,h>$<-Rvc]HƎf]׻?Η*>R&:ݗLͫ~-܍uE?Ad57iU@ECno[ќն`6û~f}*2pH%ζTRЪIt@քT
|6ڭ[^3sf,>BKfdͳ	 aB1̰j	/"Ua6xaEXn_D%NnBF&gsciܞè|U@Yшw7x;&xNd>6x߁?%30)6wmv\(;\M"S_:oS#Ǆdf0,{@'lvHћNyԾ$=X"TԌ$"b-V5ibgMD;`E߰52hȣ"hua4ǴH21}J5z>sXMD<V\vSuuߖD#TO`9pƫb\wsbžb)&\J<Lo*v	YxK)qB]s`|$iЃܧ)c_ʆPm"?iKduM&ջך,_wߜqb*eٙً(R"ͻǑ%rF+"iXu	p#"B,[gҾ"?]fX)0uun~d{םQ-"ǝډ2Xm3at$f'OFءgϔ?E?fsI*÷#Ƈ4ǉgpYhsQ0:*4\W>'tI K--)T>lbƻ%xa*C&,5=j;<׌5$ݻހLi
A=xУOWds9!()Z/`DYŁDx }i^F9*S1Ԩxsӽp+m+t}:z.1ZΞn~_lZȧ@R҅)Ajp{9$m~gG)N`W&Wͅ&3.m1 Jߘ^\:7!*P+?DD:J8X= ˣUѳمX"%]pj8Dv_~CO`p5\39΍R4=\5sŔL9G7ٿswޔκ˘ӭ&%!+Ǝ	vΪIΥNf\[·XOMڢ+\x!jT;JFtPhb;΁arnfYޔU7uVB+Ll2\Կ7OG̀[a,>[=C:\Fd3=j]0$W2lf/JlCukW8ExaZ*ԪǇ #
%	,7>SޅJ̕$hdS՟oU_1M=LdA%Y-ܡSC:tհ,`>*/]XD%@xڜ(
)G\ABG0b8gK:͗J4B:2Y$gԺ"e+P)AT91j [mԼ?Չykl$Jfj<)0ŧnO]evS<2Ȣ<cU%HNAg+|HjeAʤ-3`ZиbJ.+(Csq0r
ъe+Q=2QC%.ki֪N˲
Ӟt c]&#n/ =λw#ķNDM%</9prj*o gI{fl0_E~t_R2[efPX[d"h)^ŒGåIŲZ>oւ	і
\@I[FUWvP!nɲE
>Β9RŎk:4`btg)w;]~\]R-/\qyOX)̑1dmzw<swS),H?	;@$r4v9n%]fǨ`֯g]GӬBxzM}*6M?Z
9~GΌ%g|wuOIJ{HBy`(WtdjH'ۍ2vQ[įюbWhdTa<Rĥ%c8-uMcO,=v=M%<2@4?zƴh7J¯52DL@`!ȣCܻu}ns(Ȃi<a߶ABV݂0JҔSݬ7*fU/cZ	)w?LW6ݜQE9XMIX>&.Q&*ۼ?;Βnli[Os#wNkBר3GĒзUph,)ަe>؎%Vb @2a-ؔ,ofm-_kJk!y@)|ΕߑdC7ln˂;U7ĳdtEQ|μR,1av _G׊Se8NhP۞7m	fdߣ8F{}{_Ȑ<6[>jSUû%-nX))AA"rkBÎ,\5^[qN0ˬТR!ڧ_ǒ5d2.VքHմwݚy<\<Z"F[v
۷uB%4m:``8FOUZJu*|4a]X`qn KzOjApa`ă_s@O{<Ĵ0{©(+5]nJ٥g(ɸۤLKϬVs=՛:( ZFHtEP\6<ARX/9:4
-@QiVUe1T0M;\~
|nxSƺ7 4P/$J3K	EE;Ԉ!Yz̒Ԉ"~[(ǿNjՆ&JʇRnaDŭyTҾ:^؇K޲</uޒiQd̙6Ba"L7#18j5]JȚb")mzԴQgգFnf6{MI\
5"q#/hyYK[MS7krҖ%͚ÛK70O?tfv-@?\<K9܀ğ:Tf
gǦvTTgKs׶<\yX2dAgOH1liT˦\$i|lӜ:T
0_e{Z\m0yK`;ּ"kyRSeLź+]FYq,AV&#1gPɼk\H{F_c˕dfۢǶ2j[D[\۬HTK%gNCL[8}OFe*<`Qcz$^|]6;x'E=YRŶ]'&߶C*jO9W(eRN߁ݓ4_KYץ ?4r:Ӊ'!|%fs8O( B'OQHƲB6c$YSق.%HaϴA׊wgC1js+AӖ#E H_jɔp@nZ@G;&i;oZ>7Q1fݡDfDӓd/ME>UTA Nd5c	gSoΒ>qOSI
Sd$O%@rKWś[gc.g^S;'_=:.9=ڕx5MH#7=w6$Ԓ2Tcc׺B	õиж_PE8RxT0[h
'؀&Plǐ64=ң« 41X!{>Ͻg)%;|ڕx=ʣ+c|ٔFqr@mҍi`gVL^\0tJeF&O?b{gQ+Mf}!C8̜V& j[Hz{ĝP -ؽ57
{̜{j){lhNT,θlǕRT/JBc[:c'gxVgbJ ނ|X0	RZ*2,k|/3AOdG zX([8|l1gwan	'd*͘ߚxi!S֞OC"mtaMWʏ"ڰ^ְr33cB2] y E>Cċ[i dG9_{@Ԟ2~B,zCUvDÀX-efzQ{gV<gܸ͑"5odNF`eO;<Iռ
`ZUqQkĥD|"2zɋ+bktOɢ*ܖ%p=MÉ^uYQRkfw9,q&=)H!V;m=ߎaM	S&.
sDʍ_fD@oJƠd߹.`3ޝ^[|FUI]M>pYqE?)/qk\PǽژQoȄdFC`H"R#_؏I~tX#{ޣ<!.;mk\m6/D J'SY\^xnbNއSiPi$?3rN],A|=ZqӒ >*6A(ĕ^`L^\g܈Iy,Eˇly]y9KeIUh[Bo87q i-NϷΉrD˴}L#ovf֡]/,UwQȦQPFҳOa\PLcRRbG2;e:>?M6<޳Rl\A}b@ý,ТѤ%	l"yPrnĂxl]!dҚ@.U,SY"GUɆ3y~s53>-@ͦz#LOC7?5+^wOi>AImQ-KM$[ׯiMPC(9*BIzI\ҠSlFݎ-F:!tۑ:sYI(YJ_`ѯ8ϋɔyBy]7p΋]͵{`b%g-"ywݘ,ɼya;df:z0ݡR(OX/_@q;czŖ"0i8'+DU[ijtKhXܔ"C0}h]k*DɦJPiND1fx;Pթ-%n͉kFٰIr-߭]:t3Mv:Ȑo{r5I.-Qyh2<=#LY-9guI|#285!Fޜ}2Ы"`d1ʦQSvZ+-]aYw̕+~VJDȉoP{f)8IlPI#,ǀw<5ԇiĬ9cue|[ُr.!۾"Xx,Otz9XRvwIGىiYGj[p/Ywa
{|YAgͯkSrBϺ+)C*ހk.ee?'@0ONqE\,Sboo<%hg(ZU1w"H3F:w{x(^q>Kд$hė	N.8%)۝<l^jЈ+<x]f`s|eǦ< o֪,7#"ȈqQ#*bt(a$i͍gcܗ$7{C6&ߢ߃͞˒Ff8 	ЗNy3;"[ߐqzw;|o>ӽ&ɧ.K±֥7	OAȧ?2m@Ћi	izȑ
(f1eɯ2̍ǘm_j/تBs?a͈mtY&[׆֯6Ouޜ֩"NU}`!N-eO9TcB
()[ x#8tZZDZԆ"`6ޚo^ϨTߺT}9CFܗ&ݜgAX{$8͙qĽ".Q_(:yݥXKX,ŬdS!h݇;Y64y<ʮ\GBu))mƳQݳ6|.
׆~(߆Q؍cgEqƔ;igԕmOvPx=Ps:ƶZR@E5sj[+q*nފG0~3aךntxB
RvzXo"ۖi<JM@{K׭/izE7Gˍ@õ"Ər?	ÊOrϫҬ-m/ݰ :ʽKZۮş;T;nݼwf۱(Ь$LF%/ϢB[jG?
QG3nKJJhF+YD*r8ha]Aw/Do:SV4ȵʎfݐrc̴ڻGϸԿP^83Κy'Y!4Ui|`)fLJ|y4<X]S[u9V9WH"d8fm
Lϧ1$@[|zzk2	$Ȫ^4$;A3j&^TJƵ~'u܆%`6ƦfQSqјlrYJ\r\4*XsŸQݡ!G<"Q$&RcB)GӜjϳ"kg9x?whYֶB˪NR/\؏8TrʻhU<B8ʓʑ$>L˓WϰDxgpL?/jV\JN'|jzI0	5?4)6A$`x*q^9+ʰ_/1պ[ 7kwrIyo\+ˡѩИ]3߮8zcnnIiiҖ̖7J;UcհrzVSXà@ύyt^Gũ%gKNWo)ZGȘṖԺo߿3ڼp~Mߟ-Uo	d̔</vez$uɔ!
"Ũ4U,ov&Gۿߌ5`ʋjW?s֜
_Ƕb1ޠ]l	W*d5ov/rj-β9АhNSВ%E¬B ۀQ\tC(ůCр2zH_̣#KrXr~QN3TRaFǳ+@2'RJjܲȪ#i*3[I#QҬTTSL{GG"y0_3+#P0;̙ϭ5@mIal|z\.NqQjl;)PQ̦g˹NzlE	EPZ`b)ō*y5/Sv=2cK͎W8?cf<|NL߼~ٗu73K;uj1'#P>L7߲>.0`>$ k%^Eכ&Y-xRPDİ?kn&x:<J'oi"#ՋKbi6+kO5?qnkrӆY͟(S0L/R%E_OvDn2m+~˾y6aҠ@hyPfO7=<Gr+,A|{ANݮ͉yݯsa;Tmۆ"P35EfNӓX9K2[W^i?4ҍ<3oFڎLJʜV1mlo"gX?3
ݷ9L0Μ}B(plEaUaCR2(̭u|̈zHBo>{2[Vik%G6ysE{GtO	;	un>rsY|~wJbElciKd#xg.O.;6b+jVu`܎;׹;OEy9À{.2p+}S%˥/AvwĚK+!ii T,#_Dr<)݈jҬ'C7zm8Tg'@@??,39U%-$XWI2;5jΜq۔Z)KP<~Ԯ[3~z0@	 ݺnv'ܾqddO%hȓl$6l$%2O{TqgNFPXTaڊ̠ :w|ǵPeT&*<uEQ̂WӴ3/^}*{֤J^lV?Mč8BR<M1k+{<$V#[4o;O v:rNJЄ,Nً!mȠ;nU!;<_k֞#Ԥ4PH3Ƌk,N3LVr-à#5LŰҀ}o+&g-˓#`ʵEÛ͐ؖ(@	ˊuU;<gwP	\0Q4CAIE2@{,7ݏwL}s"yd ""g7_ed~ME#ǫ:$LQE݌
^9o%6~0^u%U,h*Ѐ[lڄ<)ICZ<; v>yL=p'#ƏT{C%r5&CwE7ŧl9|ҸlP,?Y*_>2SE}C}B^Be}iPYQv!\-xɔ~j5+_׽Y˥"HrٺYQY1Rr߽T8,n'Ky;U[k a?K*9u`1w|,Xw{/B*'Pۂ;H
OI ÈFAKd7QVQ	JQ${S0"S2LQsbTSjD8؜_(jU0Bq/e6K!h`+!k+eG%r:200YAecj֛'cKq6#sFn7WdP}gDCBC+E8l4GʿLK^hʯՙ	V%1"D~HȊ!VJ(,ʐ7!i#Jg0Ǳ߅cI)LbyoPiATg׏g@5KXj!PK|=/NrI$Gv:0B"sBY0ƙXɨm$:UXl'JǦ=]m
s5puhcaYX}ӕI%BY%.YbFjOR6R17KMVCX'0'W-Ԍ
A~5bJ>X»l~"sXn[HJ[{?FޱQhe1`BGIc$/"nwq459xR}$S{aaLY{^ƣ5mHU"ANӮ.^*Kӯ0H*?7jӞNAA!:QW{F@>=`Kqȴ""ƣǔpl#(ҷHITRe=HǝgQMYfkFWzcJѢSaf'4ۯlzFޟZ?/`jռj`8X#}+֮d;p>k	;*ddNd7}
92\4;- ͫ]qf)DP[jw0wIqjca{
/jy&/%M3цw0}N0+#27o&ŝ(-{jl	zDѬ)}j<ߖ,9=$aMaTlL(b+Yt2 ٟD5Oײ!Hs03#D{wt@)\|wsxfmYp=6oS-WUi82J"#Zث/Cxtq~U^E*XH+PLq0V%Xekl(>ŉ9Pn1th˅0lC
*܂ü6 Yb;<Lȓy҄`1:N4J#tXd,
$2zK('`
5BȒ4Oֹ O=QYm2Asŏ,uܬ]hm0Q)tcz~u5/LC8`C9rN"-1t(į ı;<˧C	vS=ћV/O-լt[$[u1Hp{<		]ͥ'T{Y?wE8s7hN̳<aI	n	:Nhf2zSVuH^˳zxPo'J\3Ii~w-${^(x~.OeK5Kעu%׊F&PдkջYNn->tI3rS\VFFά3J5GؐD-{ʳd.Ê'2Е_-Ӎт_Dǚ;?PY3{ޝ޺j/%΀ʏyJډW/YQj@t%ʔ{aѩjGftw:hwl$c̥_a?9FCd@	hӋ>C1cDPG%ft0V,sjL#z9`5XĤΚDHaT4m׵ܲܬzVPKՒY$abY"=̓օ9ڟB	PH4ɽ#ٔǬr,]~m5ޝ9\FɔaM$b9Y~%0))Bae29j4Y@MnK@:ӈӴc#(o
a=b߭t,PS%mz͏}&چQp|k0QC~37uZ;lyda7_̑/EE:ܼr!qDTY<(#i/ap,Ö)PhNת?o kyUHsL>KNM7gtgY|i2AɌnc9<&6'W,	Ɇȍ02%Я#d\ڪ1]j
5!-%[fM9hR$FnQ:%@`=8H8g,ChFkE %h6Q[	fAjb*:S7ҴsZߣM !k%LNxPw1­=l*8{>4QW77<؈Ɉ܇:Um"(Mu/'K`=8(;̞6fBJ86ɤăc:)JZcm}nH.3a`w&F?sLeޥؗd+ly>ת׈E$ݔ0jCHALLzݽ	˓?hbl!E:Po̮XYR)4\Xl"}M5dNKќ@c8 !Vb}"zQi7oN#&g%9NJ*ĳRf+)=ϐ% ;\b~G*VoFG]rCR7xvC%Vq]*VOOxJ֓	4D|OFŠcZǫ?xV;rT+z3ѡ+8rИsod.˼z-sܕt/a>~
VBR!kUOyΒdP^Ћ}Ƹ<ǫ]óvvPtL1)Ҏ'~ŨޕfUH;W%hCfи/œ41/ه	jy޺4ow^׆uc	܊MM[N"pKNk	Ш1{~K3*pV\CnzHʣb^<o+>BTw9qifbmJڻ0+5Vd`؋2ym1]e0x4Vt!@Ɓ׏.KdӚnTU,SebҴ-vכ87X98\Ӥ	s<hm&bu8ky3]fй[2~4eT!LJޡu~y \0;}dW+/9lXrC9uG5Wk@[j<o[8WCĺ3w4\]Hg\κU>љޯ8z[0y`@+¦7B_!lK3N_	I7^hWA/Fb"@ۍG+CLp uo(+/8m[)Quܦk{qwXX!RTaEYM(yWoX$,&nEܣkYf6!gsnآ2cfu h@\L>(94D3}gn@I]|aQ6>xV8˹'@߈mtufCؐ6`X҇-dQlEY=x,mU΃Hϳ߁ObO5ةVQEҹ8N2#T9ӄ'y1:ʖ#|76$VDH}$PAև"rזƪdv*̩v>C5In4&]Rʚ܅p̛"_ׇ;m{JmǨ	q21O9 *̙hXeuOȭװ9x@X@LJ8Y%AYLS	%Ր~Yidlu:B60$
Űqfb\ÈeL*Mb,ŅM^Y)m=dBZ, ?mF1Ϡ P&O=_rFPr[ƭL@2E'c*+^rpHQ9)le!c`+*sʀ(&r@U!O
`<3PnW;(6Ako)S՟6Gk=;nt$	]v/.p<H6ށl0=G-3;zO,,xѯc~}[Lr؆>wi!e)Ū(ǮcN]a8`o_g NN1zykTn_?OJIa
T؍>÷CFfYE(u)-Ing0nޑ\/$yZzsY*#@@
#J!O#bYE	IzѸ*7ƭW]jȪpA_?.͖ȉqCiEpTpvY?i4O01#IYnWECvه̈́JJͯtU*B$Ǐ\ceOavɌ1	<pT#i\&iMh|T]-ҽܢP$Z~T"bR6&;T~q,&Ⱥj:2Ȍ|w%n[{KS8vXzޡs+(a3Hi9ֱ\(w?foy+ǊfQڤ ũcyph׳Fr:[E|C\ow>[ȿT+ԉc`=c& 	<f4.~4RɂI=O9ӄՎ ֧܍ƏžT+c/׿E?2|3e_"/'gi%48%W|7rY-sw6]`lR_jp)
>58	@ۓL?ؾu?ёWLֿʕj%~2Y֪RX̋j|'N*jGA='OI06ˬ:)uqc*t ]6.Gn:ha
WyAFAؙ=t٬rZF0371v-žDq"fP&~ʃ+W$ =-vɰpt&רg{bpAl28oҫS6a]Bho+΂N$x[!ؤ4;$ǥ7Hydv|T2d{Ku֜D1y+{=nG3\x& t̢;m0C^JȒ|_?+^R{!ȶW۬Ux?"ǛJ2i9|;9f-ǘdĴeIʫČ@nBdFR;'e;S,U\3B
_34<R.{<~F"eso)tڂs;N9[.&fiΏC(cݛ{hCֹ
2.)aI*w2yyKPvP3wHp_j>-q8s:AH[^AK8pٲݯ,^THTQJ~mVŀ[YRԈ3t^ʑCD),Xʾ\ߐÆ]kVaqXo=ýC-M801g|Sh?˛G|HO{ؾ(^X&*lٗ:RH$:ڙ	a#A"f<eS& b$vU4v[<{ˇhg)V\L4*4Y7֓ng9Y
KN=ψݶ$`bOxvEd;.Gi>ɿӫRhD\1ء-CMhZe75,gSSߑ~hn<4Iq	\IM̘T(܀B*1x>NgJ_IP1Rܭ%A#Ȫ6v	86ƍɔ?"?ß OXΚucF<AV)$+Iz@Q!.%7G}tH!aۿz\NA$ΦFS_E3rZqfKlCؠr6ݣ<Fe<ńT]Zηi
#8ȅgɍaOִ~	bn
ǉi>2u50iHm<]v|ԑƵ_jLCexG_DE]&8Q#xR.<	.E'Wg6" 4S>)+9!}!Sn^͡ь	&ֵdסqG`M`c,o:ez+_0	ҍYNCjOd {,ڏoHwė6>r+yT{M#KXIߊJKc k}԰6}{pP7'ԭ9x
TQh,=cS2ySW|R9;a96!O&aw`T?F85zd):cAleKKW/lwP4>p۱Š3,ʪijʏ>?b}{-DJM+J&~2`/B̛IJǂxJҾ}`-+t)t9P k'T4u#cW
FJ6<1e{6VMqgo_X_Ä-9)xQLH$:\a_W~	=;+Wh'HRW{{Z{|6kP/s2c0JTbGu&G"D{G>1w,AX%@t8rI0߭p*RaU|0	o
gȎam,++ܿ×tգϚlrė'W(w!MV`r=ВEff5%+ȩRН*;~lC"yb#~39S;=fmǞ8)JM#ϗwܔ$\5eA]+gbřv_?.a~oh>)_jX<0Go3t)tFd\o.mЄDkUʍhXH%E2AԮ
κ?xk(߂-ƦܻЉݐLDתR"g.9}u;HxDGIyp+$3OĻ>4{[2-a[.G6VC:!*LSypiܠޜ$ǢbmN)l`pq^.:ey"*{ŲO@E
=:!fqgE6ɒ'fZq_=8>~/|P"S8Pu	~6n1hP,l֔Y3uyh8ĚCQCCz3{]`eۃݔ5{[&sL+p=_ӆA&.;LMo7 ވ 3+gnъ(k.WJJĕ}=_ǫüI\D#sI7+ȭť^_!<Zw;JHّ-"o֟_ʽDμ"T/krc3}@~B[lt`пi6n,Y2JDucr&[S[6`P,ihľuqab/ʅn	(:UǺڷv`ӌ
mU-ı֒*TS/}_zY=ï}Ě+Ñ*ս,Ҁ@OU
Ȗ,[#RqBCw-Qwst4w y>Qe~N\ulMDЄ`ŸACX3r|vԞT=9VrsJ|_(*Ċ]۵}&Ǵ\&@S$z\ȋc#z	mڲ_g` m="tϐXHȅ9ز$5.od.ֹ:'BA&:?"-@`gU-N0ܘ֣ܴ΅@wTB
$XӚSTeC(=0;bM%"]y0ٔ޷5N	%4CI/Kԃקg?RΆ|4mT?+ZƲ\N:+Q$+a|AA-ńUtSRB5f<ruRϓ1ƨdE]f=oS1]`ҙS|s
+_ʐ_Ga/OAHZWGćK`֋N$5&|uiAoV\8Ǐ0i5a;]#/%HQ4{ʸd'`!e`ɉS^Fr]=Hg;Q{DlSxRWVjPzF:SDX2g4{FoŘu>$d4Y@`B	rѦ`؎$)Ɵ5xYL@:Z^+۔)u.B9ԦD~1<+͙#RVdTA%]zױ%/4JܶCZ.e(g1;hI*},OudPjeo4E^V0(+̔@~ZGH ~ucc7O;EΞǲCʫ3+FS
&P/.sV-ì"<&gow`DJm5s܎ӢC+?t)Eʽ~TPXKdKhQGxi0Tσ׳ԘEŜ0,0܃ŁGӹ]CJy֢PkL>A*h1:'.Ϥh	E.\«0e1Ԇr=|[<3FP_2ȠyvGcIfʹp}r"6dώB^/GPIwCbh|h)rnɢ0l{h9^nqh;Uɪ$c>֯QmN~S^Mc^rtfOeRl|-E{ʺqEMD:ןi	9lqUjB}sĬaOKHS/ /OmոK{J ?SUiAsTTU$ٝDy;JJӝ23k9d}f˨&NVP'~!(SQ"`HWQ`)zLˋpKYp6KL`߅
Dܡћ4YV8ׂM`|	<`j9"B68̠r =bh:hHqedTy߲X4lzx[V@^ۼ{3/έa)Ҽ,ً\קߏđ;(Q-},d#M?Y|3w?kh}m"e3MP[:u<5[bW2"A}nǽȳbf8
Ԧw;)}'TBG/t
NDbaUڏN=h^r"zh[F9Z4J~4 F4$r'M{D61sgv3}Mɞ /tŇZNp!oerò,;ƶMX5\X*9ɛ=@߄$9IHzAO[Nۘe
^
ĂCqZKn/Gׂ[Y,u]S]}%}5%î;MFHVKi?s=\$FbԒ_L!:Ө=#4YϐKrU^G[&t7(XAi1$8Sa.ۤ߰"P	'qJKZsWUѷۍ:ғ(A?ȣ}w͋nhTPAp\DDbH#Gf#dmNKm^.@6ry\/@wщQEv˕ʜ?A8CgIċZgNƒfCzyy
^߱kyӸcߦv^6sʅ]5W*W&K;mǿ<|E4M4eD*+f(Ȟ}(	%p JnP$ф/nͳg~[a"`̤KL7(iFVWҁ4Y=wLm)8e 3:w ?;m9tÕQZe\4"mEB-ӄ9haZ^d(-@K
cbͭKћ
&:͕ş\
a2!5LVP>r
ІavfyU9X]rwjK^y܏}mp{3֜/}lr`'G̐w[8Lt.~4*4$Ɓ5FxCO5"BrWL,:@/ura]un^ۦݔa:&ۄ~_ї,e1ɒ`0I8yIC/܈:úϧo\/jɈGOu-zb,v\3-N$l;nEE5PɁ΋O"^ҹ0V	p~ı1Ҝm<!5By7vHoP'ťnW_Xw۝	g'crK|_ԉpNuvk(0(].ڊxYH?}-{o:S~/wGiMha<Ihm=ܹʏP?8}2!̞%%Guk1`&G@aur3i̶hǥ!-wKG;ݙY=<ј'fn >quf2Pk@<Nxf΍~#!"܀GCd/5;tFW^ jf]hF;I{uۊ{(^0K;l5bͦvKW'_΀j^$,]xUSMOosOsV=%KK(_SH#>Kȴ}F֫N.3IzTP	Ϙ݌<a 1LϚK;HȔ+b7yF`0HS8n,v|[F	`_ɰY-0ɯsf֤>5i"HtP|"Հ@f߾f՝յ{Tt;%?Zyah5
ppwv*Wx5=ƺm+eJtȨ\;NƽΞp1Rr\W=4uhLW`LڲH3#+W4ԈNک6ˎ4ez=R1Y4SebڞGp`*uĘԲI*dӷE>C'B:Ă<(]upuO{ ymBfi܍aTT%B27//g4ܣuF	 #iPOq],Jn<Ïܺumm~abP1CոU;I6^>з}G;̗1X7'MxPWʖŉ=+	8א0mcu,?y_|${؀ZQg|˗o@am*Vfȋ9Yo&KhD}ی0yxZua
y2=!K9yo?:k"ĽebPŵ;!%&'YKǉʂĆZ-isޘܐ>(8\UhS;[َg[>2&ʱm ]J͢0ɨ/,ƕ$́֯)ۛS$Ĥ%O`2n
E!sP`+úPC8+[e%BR^܎=Y?nu(h_Iז5XFMJCJlrM=oSȎVOFy~6Cˢ')̠@8/
w'2ZÂgns rD+
':W
DRzi]Ay_Je)c8p7.5jWhO;1U	Bb	xW$sy*KѣlXv{I!jtQI{RZjz[M{']sc1LZ8܄л+}8@ndiYtAX̾R>gw>+}x͋'*gDaupj=#v!±3
[!/ARsJ30W}z޼c5oik!YcP^۵SjiNRW0~bIhpܤyrG^}9nh.P7sScHT3l_)ϕߘC)B{Hֳ?ScYQ.!$g2~{ʛ)*i!ۡh*l$"e`Wq!fzׯ#NeJY9foZ4w&U!VdF7J̉_;6p^U:Tߚ;!ˇ$xy9΃m<ܥN;Ǡ܈O#\s֠ ~֮w
t\1;F7@Tev:KKi~4nvy?!Ȩ?+7rgn,%;3[j0foVWt>fac޻xe(Q	2~IXfle;slj֏;<}\HMo=:==al@ըLx382S҃4'.4fāBdi,+-Q=_)IPZD	i$t	ݛѧMRA{2&*iƴqtc~F]ejYe^dO߹v*dj5fItbͩ?WکޒUPv^F~~5N*,lYQSuݷ~EЦr	 tXg~,F>'
B̠~tH߿ɩ[ylnlѹ!H2#*X8ɼZҨ?7+_\sHgv|wѩ˹%_*\ȓ?fV3RGJ*R"3mϊ_}F.Q#MȫEoj\blC55)[X<4T;"82Ⱦ*V:hQضםHLw:Fj0AgAEWGV[ ănkoõ0M̺^f>YD-
mmuAbq;~wft;Tx<lMRV?AIh;܆ȪPk?$g5*˥Qړa2Ϭ{eϣ;`WҖaOn)9r{oQh\^lqɒ_ib{̝Ax̳;*'|f`LNel};C"ãboR'o	=c#z#; K;k)-="}EAX#f*Ў'ȶ4֒ZFWז{qxS ]XS'8CʝtyۓIwNL߅&֖I̗?0H<g*Jar-ʷmX0V|q#uy<ޥ`ݜ)<;6t؍8"_B`?ִx%NP$"	O!<nݷ}v4ݷH849)qּNjěa67t/w$jpuYk˕60q"(sIx	.c߅[\3k[XMfwѬhk<ɜŽ ]̷ʭ:eÿؐ''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(23275)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
