import brotli
n=a=0;b=1
for c in r'''#-}Tn/VRJ4Ժԁ҄b<2}(!5'ӄߝ";4p3ȍ\+B~*~c]G˦4
u&ĉbmCtSU9N``t	cg>QKaOOېt,!\tu;L:s[Ρqq^(e\C|lVJ>cWJ0W&C*J@3x[ؓ*
u܊R
;:+=R5yPX"|Ը.RME <-:A[SCae٨7-t0}>}L$,-Nn<ǃ۵SWF5:)/2wDqZ3i;Tڛ04OϜpжeUғט+ #P?r]ty1D%QHwǧR\~ާ*1SH d7%2]2޲<sid3fgy2E#ڴѿ?C@VRMWOx|ʹ;Z|:μoѷEe/Pf[l1t	ˢ0vV2lλS_5cVgt	gL]|rV;>W8T=͜#ŵU#=x`̛H@!йDחِc$iTr,7Ea٤W̜d%rѵB:F"4-">E{^	A]	/5
#NN8q=̈́/uxƲW3NsRQ_=[_ID2%}
gd)É2+A;%pStco3^Pt[\_ƈN~|̆ttsֶ``u`)]z^7~MƌQlsMqU=Gܭb!dW!s<#)A#[od|z&2O?ޮV+1hlژ$XoHAdлSaV'u̮$px!	0zV3?ݙ_FܴI~8ͪX9REi7Z!DyƅnXߵz`yi\x`Ӥc%ƽyp1v39#1wBEDI!tیo/KwEш4VAyڶuzQ^\۹3kR`i|rpfQȹɕܭ+uV2Ω=262wc<Z"YEq.͖Z*AxӋL`[nGy,k1QXB2Rf'z;,FbSL\f5ɑ޵	4+]B1֟--a^z]5׼`1iF_AgRsE.8]sbm2Xd؄%6'Fߥ'.mcw6""Cspx|aO3܅֙*7SގŽu"8ڨ'M8X`!za!k-yi`"*Cq/x\Ev=ֻ4#̒{CX+q(^ʞTn>-Kzn
yXt0V7Q\{k>mWVjCASĎIrF|@Uո
R/)gk>5<|yl%B/<"=$3Ι_.g҄
ND&`f$]D 
!pʗ+ͷOn+W9+Zד#+kopg?^DR'*#fܵeҐ"CQI(JwЏ,p8!]1HDC@`+$r8h	Nɒ6zY|dʀɸ˻qWD%la eh5am!Сb)BU5_.7L֔ͬ%u&[WƘN"O@%@^:z[mB+Pod٣҄QK&בBU[2AN+7;dC}n]ڂŹ6~0S&R#S;"Fzb¯G
1O{Y1K'BїԂx.CmޒLZěHhlٳ-2iX/ډ5_'	F۷
LsI?Iعa1DbNB%qM~
CڝO?_Ux>8dR`>AYg|ÑZr-KhUdƎqہL?z>-wf}˥I3zsiҿ_+-bGG??w^ARr%qtU-@lʂ]+4ܱ8ˇX!XXz4S}MԻ+yc?E9kmh=dx,j'P.zlE^.;Zor|d,&}3="ƟǾKa&BB̑qaQĂ^Ƞ!Qvy'J?Wn/yyx[^q˧s@1׎}Qlb'N6vȉ
ز:.ߘr@||IܨҜM.9#-A1ب"FV7:uXp9NBHœdI;߂8cTdT}$X9JX]=z':0ʭ)WvakEWb!YB~9	΂jq%ȇt#	SE	)G1KKΔMϕ[<@5`0|Ā,k-gWDtgЗgYI
s`%Sܹ46}]2iLoac
4eȆ/YЍu5\ƚVm6ڻ!\+T@!hr5(9~)GH2LC+	ݲY@/Q`~!5rr?TPyΥzܶ)Yz|	Mu Ŷ.z˭N{&Q>[@?]ngϐZ#|Zݵ{ԈSָȚI'ʠ4Ǯ>t)B0}ODޔ2
HAݳA4x״68._vbrt]#چwMKd'qC~ˣuQQ1/uU8Wi23E֤pFH6@h?E^#lF#R Gchȶf@X2mk387Jo[VSZj@9cc}U_TF̘$d4vrojX-("ƻ.iV,q0#2I`Ğ6ӀΣ4k	yaI<Zxɲ.d3]=J`SArܨV\:Yz47uL>,InQf^$a̭Ms/-,HssQw`@&҉Cb."7QH)lHSDwӷa)?hš?TԚ !^'Q5)ޖ|? |zӻ"Mi-q*"OvmK2t΀:kw:iS£9+ЎW[Cg^L!G%k(q$ߜa'yJ7^#ѤuՍ1V	}gږ^JFk;V9|GESgddћNSd#$͵@QgN"a947)UvcѴa]Z|҇ݥ$@!9<7yLGAS!}T<kƟ> QH-+ן;5(-)cKyh8
z-gi'eY4xGܨH86]FWDTk21opְle'ֽכ%Pi] -:
q(Lp؄	=H1XoP`XD43jZ)4#bcE7юܸ:x̅*h'z>U:ɲBxH1Yevx>(¨\gl.A?taAdc{_sGd>r=LZ͕iU}V2E[oD}{i.0v NmPϾwTJί_WB7HUG*D"x^0EOȆ
pm&SƗ߳QCtZG*>yuK0љzq#ϛ}?%ڷnlhjhIWWkRAKHTRh6{L|i˚Nǧ"7̽03I`zV4Ͽ(x-1s]SJ4zhU}̒;q\nܬͤ!y:ˮM~N`ADıfIyj=C9Bt}abXfa?JbF\kbn(dS:Xh]Ҋc(tU]9Ǚ]f I;rLO JsjY9=0MjlI̴dDoaq#1Bp`DoĒE(`b!wѓ@BOnI&bL2dM+I`jf2Cd0Tλ"PӸPB	9a6W)ۯfsk`>эOyҽF4˖
\2JԙeC"62~a_4Oou2*)$ݦ)#ЂQA[/qrxnI	/k</v@::U`e}ALZAά5Հu1$UA`AB7p-Gj֌4P2ǪD/ƀ
Z#d͍|3M6^k@80/`mn(G6PZH{,դ6
BkkSg$7J^ X~oϮ`|ߎ|2xǁ1OÓ@$A|ȎT2־vqArzq"+ʊޭYi r~ʙV"yA۱ޫ
u&l7	:Ytɱ5˞SH̷:ʂʨeP\nw:ռ.ä́ج]!ȁXgK*IV	&+>Uv?W?yvoOH9VpeHF^v#YZcmoɞEE8-2Gǃ$@od*ׅ;Lނ;uɍH N|\Oo`~i!SCw74TȸsRp1ч<UD 18jȬu?{s3>{h!fH)\M#IXk˾߱ϕ+*P$oI|>wX1 ӸGa.{uYfۺ9[_.4{b*bQZ`?؈wP6)~2
*1EЏַ7h
q#ٺ8Ԓ!0<DejQWoct1C:K@g:_Bٹn>7EaKFf̊:LV]fd'WW>hn-c\V-Vj<dfB*הЕuR%Zc/#H;ǥaq1Zq4SۯMD:oFӋڈl'#[HH@ am+$UҪWr˘4}t~މ4ڜf1yOͯ)ǚ^AQp)!ө&4y#-65՝87"okVs(+Vӑu(>Z_vTR?R`x`7.k;<KN4u#2rpMgJ`Ѩؿj3JW&B&F`8Nǳ1|:e!ل[EU@01<[Yp	:ȌR1KZK.)`^	Y24fl^EC >ӊW$Bƕϊ@hg-ĳؔBxԌqWO9xXJʅϝmiT
̘kGr"h~"J;ѸԳ#v"R	5WpaΨֆ:	iEL7<ՄL<%ydjyxAA{` +Öb|&s}q:/E'I~&j}mO3w53ʘ=jŔ'`IIS.,>ԎpSūM\FOh#ָ݋|$PmڮEު~s?<CƂK§U(?qpƳ"8\W^pm1COUVV!'7R,0#ԕ`#Y}3
Kϝ9'z)$ɵG`IE+FH#xxPiHzIޜ2Ƕ~ܢ3I\ũjfR=Ʈ{C5	Zd:,(Zs"<QZ˘}~>6FGl>,u6<Fi_cH"v٣?C S
LȌKůӊ1U>sU҆wqu!5@~V]ʷ3֞¢hSM@TK7LiQnҡ6ZsV?l?eRp8a[utIyb>Pϑ]qm(7Ples9r#QyzS;'[чȄ;)WI6ɖ-U\#`9][ɶg{NΨk){ʊpd^˧Fb-ɾ	`$G͚%\AֺQZٔ[dҢ,H2Ȗzxѓوwߵ$9!sX0V5ɊPƤ
{1G@dDu3ZԳze[@2ւgey20?6ق݈ۀr"{iXN|Ap֡z]n`=jms^mBRVF|?{B1WG%gDTՐ:ơ!;]
/!  #Srؕ9`k\q9SxnRzƹI7kr(Q%^EcQV&lD[:g"l^1B& ClP*ܩUB<xduIb|GfKH@.-B+<.>o	ۤUx"t©d8Ƅ<EmKΜGTc/s5kJ+r[
wmi,uS
%yD>u5w)[hO(C:ĨR$}Ӈ`Buӿ(,h%!_FT[J;]Vy7KQ>BƔTP</sF")y8,eUJ4ÅG8fux>лkzQH!3s6tGضKQ$[טY4@U?vŹo(^^9rӾ`vetӼgiQΔ:cCʸtVPsqVݫ^1yyTz\9XM2"Vl]j@X]7&mC"vjw#o6C7ƢWg/6xʁ_[woǖ2'-_AoĳȰ>lN̵*>W٤ϲAZ/?ef1oUlO&!	Px:ըo`dV?&=;0Q0w2GHr7*N'.kX$jB__V":q_!
g@fOCCڜ55f0vpm~iv۴px1 ǎ*OB<Atj6"у-?{tyٝq/L)
_f
Gj!LwbXLo)n~c8 { 3BBe-+?4}?QZLt>Y&֥;xz<nb>Z&]MyGʹ+kO{nc,K:&~aZ;h'+Z4n}9nD`qVǫ?@W7v	9̎:ǂ^yWW~:ɼ4&1܃C̢A8@$Nə!Yl+ۯy|8{ř.sNm[.Lhp֌>km5DcT51I R1UsucE{[,|s7޿سY[b"6zZ|0bAJD~֥ǫ*J+Ԁ`٩'#L@G,+'ԕLu<TAZv;?ƙWt"\:)J{xAΆ^~13܍xTX=<9?/=S%Hԭ>	N:g	+7ު0[:Tmo:}Njx6Vd>+[auaUՋƓtԻדÜؼkf-ϻT7jyӓYI|azYV(AVS&F;v"N#mUr[mfGŐc+T3e|wk1("3ѳlކ1&r^+$!<ӴiGje˹+:i7%*pp!|2^+zrEf}GQ3}{;gڒoltyn̤Xr ?hȫ#z9f=HϭEgi4l9Â]Ğ_	SRUƽ[Ĩp,̎KDrbwHdЩB%_߱tcl6lqēeS~sW}syF(c(KO2pq1u}x&ըM%=&x3ǫ0ݞ659ÑHD}g˫}Q~0@2YD9SFH^S|!TU1_D[i|pY>eѴoMjLU}S"Ml5?)iųވlw5dƳ	Ngcb5ݕV
cg%[׳RW|bc#6֚deU^p?OM:xя.\oRe۟`aR{nv^jlFʵȠ;*R7=\Nqѻ]ɀ'mi@DRgjQ,!%^ǉ+Њ3jDV5<mqۜ*|)c;6Ύ,;O^=hs.VBҴlfxaT6;6l̿ڊ:`=?+f:Kمm"v[<~WC%aզγL-+	\MT\)>ɚ	0LZ׈"JI~`a̷{ysɃpB"<&k|Ow3>au/_p ҇Xj{	|J[. M=z(FԴWqE¦8v!mCetgG`h,d^L'ϭ4s'*_Okϼؼ,uXpa$AG"q3=8`(H7&",Lֹև	":^Ouþ_PhT/Uڮe
M©)]]|sc-JQGZLo;"y;?ϽY{0l Á+/KBq
h1Ԯe׫?m^ǔV.jc_O_CasдC]I~~͖DcIXݮ7^װ8A9{[%d#G,E϶
Eg]wl0i%ϨbNAӢ|:8.g۫8	+	vzMaBX׳5kQ_>ׅ|l}OFtRil:K1VV^x-HUR(coaE_m<¨ޒīm5NgP,"OpɫnHF^ ~;E%Gկe2}bLI@6vL(r]aR3҃3}~UhViɞ8V,5ġSVl#.|*ʪB	?VM)Ց_gXaΟ_Ʃށ}M_j:I6X#?ȃO$i@
IKNQAَ&N܂~	qoiTα@vzǶW~6'E;<٣=VckXW0ھ{ݳՑKpkVV8)kWd,|$2.:RU&Nc8"nKYV+3C8~225?&WY@ܛu6%ݮњs2*XǴ%O1+c7i5U(n$cߎ;Eeĵ/uHPeBx}rw˝QDȜIy0.	0C,1ߪB̳F}zg\hg@NR,3jkwЅƣ?Ҿ4gЀjTz0Wg?
#U}сCrm.=vƼźEuғ9y΂kxK֭܀vy<nK%CR]LoLIE{M& bܙ/m~Cř8v!/:3r-ٱt9s[mL|X}5evH_Le
pv}?`zDxw3\͕v-rMNQa՚.Ҹxw܃քIa&Z5|O{ד#NƗp{HgNj5}8 5Bld%pi[!q^L<¿<xLi?G[JeS;?ǜpyJ@7ݐˆ ¾:;@	ó tpIdLu.
r+ŏ7Nl*jlBXtt^<'lէ7L/ˮaVÛMB44	
mY3^j3,,$>2ſm)̪RkeQ׆'5KY_3-_:pEWfHTŜ@9**qg'1o	ҟ's@ذ.f7]>܍B~``5Qopny=k=ϼF5T(HQmϱ^Ԑ&ďyن\Dm}fcǬhh8	I2=H-7P6Er"BЩ@X9a1:ִ3c}Ʊ6iV
PIG\ٹb˯hy9:%"lGϱ|ֱfIƻ]F@H*~z\Uhnq6JhT*rdtY7|u+_3#?=xBYp!+_llۦL+-PӜG٘,>ԩ=zZ8WLv=+`U7_fٵ|=	NܸZ>:(5%|S|LAqvH֬oّW	Ej-<1ڨ5MU%:{
´)(waQ(q57ɧyn?=XиX7%ƂWи|}X/fo<4}.uׂ~#\)ew9A{ȍ*"ۜP7ڲuǾ}#dsϳ*"ox)ΟnD*>]Fi!!x=HܬHW;*j&xf*lY!ͧQQ3"Q}b|3lȲ5y˸,d$VĥcH hP30>~mvܠ؍|MKqplP/dx-G1$Ae|YqA[uך1pLIгZ#n+$Ae¨
if#6FjmwYj^
:#ڮM!l8f4m`,1X.\9VmXEV^,ŗSY}j.ڝ<?j&:tѹp݉ő4FV
5NM*I $w>ʥ;Za̤(#ůCZBڀd5'?wKRC2oi^"W=/&$GW5.a/)z7xxB"2WY}dK(do3'E"}9 	E*JIe<Nܗ̌ȿ/eFTé+^dӓOC'&i(:y]ΙڠP&y
ULKuӏpѩ
92wDwH8sЪ]
vǳ@C57z}l%2D1[-OS2;mF38?j
.^V@Sa
V%e nq1ûgYq1!ff<egJ<Mt]ĶvPf7qJ6[Ԇ6TٵUߌ%$hmvs]!es+Ȋ~/oM6JzP2m}տw5\#tԶ	*D}%(")+>e;dQ"Fʑt8y8uJ?uثr0s.SWMMK#cud>4snw46<6#E17Joٰ#L@8(Y^*g֘B͝wa3N#P|9rЧU|D	>݊MSHV_ʙ}ۙT8S\ѱŮ#y(ţY=;2IGcZX|$`4/ѹ5[_%<0H1dO2h{߆?ԓ-<iԽ^V]׻g Q")(Id^i;p.U[c/wcDNĿQz~KR$##{)):L,(:݈pZņRq	fḁ&֐/~:H2,wü)!ҥAIZK8fQlXiFSo+8rĲîV>![]Hf%o@MZ·$6&{zhUN+CXL#-yEhΝ5PLm-Ί8':&Yj9|#&JBR^l	Տ6?(ϲ8j{YqBzDI,_iSV^x߄A[{)^!ʡ(ĳjdkݽxҷNk1+iM.wP/OKx,э&aY_^u{mf06N5QD&.H<0ܶ[G-}I$ץ:б+J<EΩP+ʌdX6,~ _.9P ݘ"IG$^x3b>`m@aepےGQ܃bѝە]JӄjBo̌F[]*rΉٓLjO;ސ}&sPt]c:o@+ADQۚrW)]\\E'sbwPh݅2Â[xܣuE)ynq	17$ 3	%bw:u/?یw;Q`Ӆ'|'Y=dF"}7d%X`8V2&o)7lzg=>6eilݮkT+}h/>$B61,a=.ʜ`~%?Jfby;@iwY!O3}{ޟ_KMYԉ}O]g0<0Lm;1}ˡM&V?*;-|=&[A,ۇƖKM*@&9fa94z
Ŕ-cfy,ǈrcoakv^yTSn=K,;kS5fv}$-OWxg8>}.rs:lL	qbqʷf$pufDpלΎ:
&s<*k)qjs1]j\83:4r-aΎ/4o	d3[{|X
><@Be8dopL 
#^^|3=TN]%:zMJ]ڀtӵX:	.:
ybfʔ).6O̀/&u<^D'P+9LL}U/wHC*/Y/ߺd{?I¯9-6MƩ;ƫnn_PnȔukoʲ1	M
BJi^q5ɮM7)֊,vb	G	~>DE*vk)	M:cq}ɜrNQ={hIpھqEiNaPht/ېf~?o2XŮp޴s-8DZxz /JI-ZdS[0;[ʚFGIW+#s6ɕ\.ͼwGr3h| pqbA2/Pma$9#jo'j.$^L-&<{AZ@eOdTK}1^wڳ|i|5dyjN#_o˱_w''Z5ZpS#Z!rX:Xbbs9ǯƺR|aӅ<yq$"f?>39gK*ܤ1[eη5WǨX+w@qqs}qR3!ndXSn@KӬiz|O76ΞR֓Hbв۾ڙ͚ةoVF{laKBz}}V0
_5s	hܡ+=Q*}!ٵ]*GOݒެ2{̊ړ4zb/)	q+ݶF@ȣc=B%K+}dw%f] :vɼ"v'qեC;]ԂE}c0^{_vhJ'vTD&jg}Bօnj'aH]tRj)+8ʒK!"oodjymΨ^P֘Uޅ
̥Y!.ЂY"f֮3LOq'K#4F	[ȸ'Ҵpde\0}d9ֱ~K,?sSҶh;]	:h.bߧ1P$N!̒xKj+V:z\}"lݍsְ[niatr	J#{ȵ(@ԹAo4eг5׫W2bYF؅D<z
N]wC;<~ʝ~<G5LȦpٌ`VՈShzGqp'ӌD@)=kzNEy(~U*$$UߙjB}CTűc\&_%n#BH
efGzv@gJӠuyʠűk>}'^	`Ӯ׿Ñ&kʿDFX0[+)8$cyP6@Ak(6yOylyUEE,˄E!/ZŹ4ڑ@gORڶ2##շuL0ՠ4ʁ=rӖd(	w'/'W"P*cӥUU<TOY<Ճbrϼ[<s.zyzz:??f؏1ƜзS:TčRXN`TBcz:\ wOC? W׸_2 #*%Cژw_İE?WHLTY?QF?u%߮֨-	Tgz׃BKR6è2{LާѤ׈'T`Bܢ8.³`xz%\q%ʭa^Ҭ~E8$2c+"w>;ͬ\Acũob+äsN4%EShpR13DՌlhuݘz\kHI[uAo;4dwr^ٺFs"2I*6ΏT#BkLXuHI^E}:ڂWb<(M^lm:h5ʗHz1Ð.E%'ȑRdhɈR(CNpuH~`zGD,6ϧZ|{W׵ƨBsFGpy	ŗ&@MjiLauA}*O>2nd^6kƪ~	M44UuË'.Ƅ#u"sYLnNz_$F5)i-6c#teEG؁nsMDLpwT75s/8Dvݒ@_Hv].[L&˕S;4TI[|_H^(<MHsm` 6ّtuiѽ |jU^-z]Cx	hյzҿlݚc?J1.# 9pl8*a`7h5/F١TDVlx	wO}?k%Ji6˄*׽H2sgC	 {%Up1w#PLj<D9p	{fs;aV03F&*tkJÌbx1mS&dҘ):$^O/VL%f=v?6bsaN_J"TEEFӫrŨ30]}W/=hrua-kv}!':J؎-?	u'vȈQZYp|-o*Yc\Vd>#5XslK	6?@@:uh|EXtUY\E3jOɗHaʱ10,{Je1m:x].[év­L#f1c9=3	4ڪ}cOfE[\UG(va:ރMӛגoxY~1}q9}mXN!`#R>Pbu'oYGInO'}=(q<|oP5tJMg+3~?xfs7G(A1+PH#TyCM.(C[HO=rmC̊b'GVS]¹*b:iAy̖-ƛ*k]BVT_QNRںqگ:5ܰ|wX`Am-?@Ո^FC5_B;Ӵ~$;*qYɜj*O.LIٿ? -7g K>ɋWU޳fq9kJkuvh4TVݎ@؀Dͨ:T_epKt66ty%]ȼf\Z'oV}ʱzlV9#HVauٻ7<i'XXX.>ʒaa}xR/KM855B?ɺ}1Zu3 GFbѿv;ԓy Z.ڛg{
iT;#IŶZu+)M~bdHE+AjHaVuՇ\+RN#5ԁP݄Ch_~NpjzbA=,|
Re	ʹ%dl}8FOJZ	yrʓ+@T
XnaJԁSGkx%*̓;c>9CHPqAô]mc]{(k?daZ+3	t1JW7w2M.WUeVĈ3OCll_?ΠѸ9&yv`"4$BOWhpR9Ø)O!F0Yǲ @a+DM8t,7<H?1cNJȪmpa6\(֌Y\>QTEի
sǮ ެlw)QnpT7H2	ɟI;YE?k>g%XSڄƅ!`utBS@Ez [L
G;|Q}͂كWfm&wIudS5I|6rݜԫ/^Q}TAJ3ߠu!Dm#S#|N?0ӡp2[2M|*kjN=}fAeSmR|{#/ê݄>;g$rp_Sǅ;$¿A.ѣ;pٓg~blgF2ߚʽ@ƙx,Vvڮѕ|)@>2̆͝GԆJzӗ\!~7	H߷<mZSw"I:QEQϕ'fYC6͓c}Nhe6M݃3ΐ<S>9
a3.gpc?PH˓Ml$ȫ?T`=T*BĲh@O@V1`W6}k.o%Т%~zQՃ5l۽ΐY$V1c3|Qy:4eO9`	?3Cf%޽!<"h(S+X2le.K.HHX߁bJHJ`.A{ՄWہjvĭ&Lݕ8zD&PA
QtI}Bm&a%UY):L_h)D_ѮO3Ҍ"8lJ{Q&I<E\`H5;F(Lp_
مBlfBen_!;]
7uW;LJ!J@l'|I	'Pnӈ-i;Nk{~-vĥQIi/!^ҡ-؃̇x/!ٻg]"
DѸ޷{SS}7ҬnNj>~>\B*@"}rP\f&9pA$Rqbe!Ew 3*QKr+3	'ޠ"R<7jaP!޳fC$S3&b$@Ѭ8Tl1 ڇ85g6Olɣԏ
.$?ֲg3L@iu.{(gJcS)K7`,ʆ'!'O[Ϛ0N	)LX!3Ҍxŕ*لH<es>So˄>[SBn<&ن4Po&bX[#aVc/F5˟B_YnRheDojr):f׃Q_ZXiƞ5.ì]#^zۚyJ8Vݎ*Sk`dGxEU>";1$ʲKDM@m%qǼ4VπXpIԱ?҉3tO"KBniZhf׷3EDvהƢP^Ov.'UL<\Ћw	zv}ʌWX$tl}3Tܝewm|2u}!űX_<Qu/x9=KjAǰ6ދo#	`_Dٽ5,Jȓ*-zC(QǤ̦Ml?vPGcw:o\yfZ)2I6LϨבX<ÆwrK!1>
ͫ##fKoΨGhd"^vY:M<XY;z$Hϲ3[?\P;pV-]R+tycir(",6IUϣlCLny9eV4T-Hc~aمmܙ!ot݋/Ѡcʠ=E?HKGX:+aWݞ	sĬ#r,Zm]c JahŐMbTEV2nW?y>!xsj7]T^4:"iv+uv@RU$ŋ1exIːPOgQ?e2ư0!a3FC"W\)ǈyD1W7>$tdk.`iei`u`.t[^zJμUT߻*#W0];^ω
͐sǤ{dYW	?9f5ǲ7b]łL D)u%|cx;[YDF_83IRsxC=Z!plӃv}kȦ=S`JyKĵ 4Џy؂^QjUxj 2Bg<L^E:Xߓh@p/0 OlAεߨZoѨBϣ;޿[5HJ;Æ+9tYyݽ2
7*zlD=v.LL9A-q&GblZKב{1OV}3!Mt.$ɌB76Tyvѳ8n$MHW#WR׭TF%,X>(¨ϻ}D!Rv1Ndy$	YPrLZatۦ'SgbUރ[0ǊȍT`$Y1ۢO|9'j˝hf}B(b'9g$_[yj/*xMs@O\7z^?Kˎ؄C2ޅfYgLҊVf/ϧ6Q%_Ɨ]V6f0QT̩߃ BJמ`O%cٹxy`ǐ]/T!͍QʉR/8as.ڤf|Z!ޕ/ɬ5jH*yyRB^adX9PSy 98ʨڀ*9u{Iţu#҃c#[-G!hA.0óو]P/&̀oͳYSXңdb?l25/TcϡV	^a
ڕFB)sl>"uԤhқe@932^^.yh=m<@H/ד>Vd}H9fIEd=P!).M4݆%Q_}"RHguı-/ʾݻZUmui| \8&Ep1½Enn`ŭvg
{Kop2)&Rd?"sB<	Æz=2ޛ)]sb#1FLPF_$ο;\с/rQM7mqOصn"β<+
_R;3drdؑwŲ:j/Ʉ͌aґLl7]Ca|U[F]XCǍ8: 
ruEtX
x{Dqx\8ܧdǧXKsRApڡiC#im(f^0"Vo4_a
XJh
Oe4J.m2;
kMfVטݓNls+=ީL26QNSTD|T{%^Uf~Z*Ѝ6Ǝ]!JJAt!D̟=t^>CTH=2܁BJF6{>և8s7<k7}
Bo	ބߠC*&-{h~צpG.@OC`mY- +g,4&iV	nZn4vʯq<l	t,U<uavi*}H:;	;Mk`HLt5|6=P.Wd3 X׋z,)&zRuΪ+[,N"qpPCjW<EaȷzE
r?آHfY*c+ͩWx&4ʀD<:ҋ9Y{ifN܇/NzZY7=lKF`C:yެF?0cԜān(	asҼ:J5Bɫ{[=*<֨!a2B [?!BH{Lݝ?>_R5
ƴۥx6|?Qv<Ȕ<,5gOXaȞiͷ$1~,\+,8j0ǅN-/Y/%ܻԎx`xt(DǗYh0ɝ+dSSXo:h)KӇЛUgHZ^3G3<E~<hO^^7!L97Du|bQ%܃-B͒6û{;YHSI8ݧǟ>JC5&cёEbąTOa_b8; 3F۞T[[ܥt$B$;=nbUJժ4ɺө59&و('V^;bBh9ziaC3Ε?q7qݕ]w%S^e370Ab$>ʐS|N>C"q8RX\7n`dv݊@Y׈9:Zl{ft`݂r7a*@Ĳ(5si{ŷ3)(&vD5ߓ:$װd[^YҞې\#p"=ΐ(8m-_Ӯ~%)ԡ^P/Kgj~F1Ouuʱ+}\5b~`LY*q*(̢K:Zhʌ(B6Dѕ=aB0pİ$#ik_7=}>!{;mAj&n}(0}@"ɪ3n30-Bӌi6wn0T	pq$Z
"&٭l:8@	]"=z;A/J&:<W8rȊƧe&>Lw]ʋߏ=ɱC`e"Tsߵ4Vޔv"ĪY$,{970ID\Wv&֡leDҩ*ɞSL=v$?hۏMQ.;?ydѿg~?У#5.P~q1R8@~PBqU-5|-sOޔPbȲb8Z1GۿLՁ'Moۜ-vcdqؠO#Eȩ{Q}DP?q2`_m#Uԟ<CDK_^!ڏRˣ$n^=Y[t\Yr|i/%BЮYnt:8*PF`O'=n?me
eʢ#}P@ɼd¡ݗYU)
e0͙?;A<,;{d-d1ɔeA6DQ+^?AXL9[xCU߈ʬ\0!Ԩ٣6
yHD@$s"om%\NMI"eغ|rhMUڄ_p>[$ώεQ[B͐	i>>341ˁSB(qŞs\G:p}'ʧY(Ƅ=B̅V:LOʁP9px'Õn=F?$YW˫]8:h77 @9
.bc^$л?dtHT@)T%z.^*}ū)cd097y*2 aa[
ɶdt׽9fj^ߕI˭yo\qԱv[y"PM#FdpX&սh.\o1"Sp_˄tb_7klxrцN,''j!Rȗ9D=Y=* 'qI^Gӱz
"KRܫݪ%c$/jP׻zkvm;VaT"fYf=N	ǲ̂؞3'&L:BBmfx.c<@κa6K,4P֑}<>]Hi:Y5\%r
;ZܫmM-=|'R~}[E|(;=xTƘKèBWzL֬38T}i ݒЙ`ʵѳX_3&BU-0h8q&BB,-?Ľ)ϫ۪,z{nKH$ւjׯ R1,zi8V|@hγucDikmj(F`w6=Pg6c_ӧAl,b:ؾj~fAyP=*1)Rf3Q2Jj	$fZDIu5=ͥ4f}/yh2qIWo)6N~^=q7xQA0\9*gӢ(<' Ƃ:m6pBfB<u^OA7e'g>Ǖs`mDQFt̥/iF7+Hds|2	Rq ?ʦӏNߠؐZaMT _ȹk!j[ԘGPljք:aFjDڮg,?Z0ƶ#-vOءH؈Vڑ
Bٴf+!-6:fT	63pݞάĹ/5"8NFbG)s5{d/!}H;&h	ts;}O<*^z۾|>ӈBC
E@Q˯1^d˾4+vp^JJ΅sJ
F1WPP!:̆׹AEڗCuYlOB;qƹR ޚmU}gnq-Q9N*vBrj`+R	O׳=P|YQ Jwr!ʠޮ(k؏I9TX>YDW>[+b*ϝQnd8s{NPѠD(Syuk?ʘtP*o({KׇȒA
ʳc$\"{̀XIHSI6QMFϢ)4۳ȢDLȫ#h8n\a=mUgx'Vm>RϺ\bssVmq.ΓGxɓ)~VȢ0?vOk/;mΣY.[o[D?x?03|..NyZ8>ɗ2HQ%iH;d(nHgˀpG~z N/rBykT
Lat+ưA֊Ӷ&lC)[ɢ"K^[+^7ˋiҨe+ިߓ$ݍǯYD;8*2cه{
Ds8.^3_k|D/Yw21ATPmGѶ3j֝A_7]ܒ\bpmS7ylk\&]׉,_p	eWJ'g|)ܰtgpwa=գ6XdHٝKe0FfpzHKSE#ArĽ a_<(u]#Mݽo9ڷfd.<(Qw٪Ҥe56	\puM%0_T
d+X@5z6<1B[[pj@`"@̍2HqödծiXyӂ:AҮR|qw
8z	}ēM @Pb"S&Qi.T#ľ"DpbP>Ml-=őmCU
ǊӋ^IR׮˛ێڜq֒=St5ej,(KRRF%-ؾئkȂK\L?Eia*+N(h@6o֔BӽXjx_kEAƛ8]йۯoPf7ތх%	i~yjL\S/y *!DȾdN@ȷ`y6Ώgi(Y EQٖW"
vrQYMM5d̨^!5pgߕ1{ 3fQ)x8oI/E4[=,pԙ:)?<}c{@S2kuh0=sGàIB+?k.Td<Ή3ȃ6J*O7BlD'f1u\#zі_ePеo؏qwMJO]o?`S^ƼHȡp.ܨՅ10a͛iv͉5Ax<fB/upQkՙ?[.d,B2=YƫÃ#hO&uOĢ>eYB"A6& zɡMXۇHa
p#έf-Uq?Q$___Vrs_G"0&ڷ\b]b'r;
HW*1˾0@sj[z~kTnѡ-{Xx!P=n_յ;#
ejFd=߸Z]HL?eWߚ@WvAPaƅB&Ah`M\sX6>=\6WU՜JIhǸH~֤F.>hPϘkN}V7`+hȢbrq@5<ԴJ.2HCG)݌rSgݾ(=%zA>[l8-%+bW=ߗ>cTP Ӵx	@]Ի`dװzRc܍:$ӿ,:zx}z02x*luX@#ZxVKYՐ5+ TD}f-duv,IŪ
߯ȺiL%8%ܠ|5rǆ̪0u1͔RXi7wqG9wc5ȆA7t*2ni>04Q6AԶW ܀h0ģӽ;X=-P$Uդ~B}ߖ#Pڇ Jɐ@"NZỈ\IC2,SE9zu@t9թ\M.͐!HWy͙%5qTnpE͸T,+۳2]I_u¸!նɇM{+є)ɞgejg!ձ%P.̊V*BRyӝfCJ`m\Ƞ|
OKTTZר\ҳei~HgvcQOէ7'ނ!A6z|S#6[91Aeٱlְ6væسPקρ8(ԹW@ x`'<mjP%$]ڸ̦NEp'Tn=P'"A{2`Uto]K5@4jOm@&yLDBS{l>nSXVӼLghх)a}FC;8\ʒж-ٻޑcQb-7V)>BJSOB'Rv,p**|w-8	ARJ0}%'[ɕ1k
ͪ^ a{ۆh4a6%wҫ?ZڼBZӊr|Dil0Ejs8(4,AϻҬ\]?M	 }37ݲբVkə_CvCS݊Ƨ?FaPəMr|5x/1[Y)IH	J57fM{{ő/6}ԓ{ORq0ED[lVyY"j6 OI>n;߅`4_b+>#5<ځ)ҁ
=e͝IуʲN$IӋ'<" ̇eʅJkA\S ޟR_'.j4SUлBJ4юa։ċt)0C<"n2<jBm;dgo&2}˰F$ĕgˠ"UjM|`C^z&H*#u+~Ѫ*fW2У͹I؆БřT5"w&ʯ}֍և.({ǳ
УҊϏZ}2a\שä'1'|OxA7Ϲf`Q=s2Els7ٽRwi(;c*ʝa(WѨГ:õ }"PFәq$v߯3dώ=Er<mzyO2]iAd׽b
](i 
OϛY_n	*IeU	-
%K
NQ'ϋְEzRN@Phq#YҤ̸sxΡS!dc+6LK%9>w<5(nN6Ԣ@4Ruɕʾz^=0,Jс|qzvԲ+aq+\Lfl~Ҟ\]wl<Ͻ`{˾^Q"c6WpפGA߈Yd^aHErTȘiaԗB)@e߉7GͤB#:Ovf6_&<X*Ԃ}̞9q6e˟5kKQM	oVX-z=˭ ݡ`%a1AC481(](5pj g`5y5SvѳD?SaHR2ˤsnkǝw!g@HMU!OX5vT?=V|Ѡa?0wϩэh>Yf"gҤ/-LEsvz8R>KQB72~-ec%)lrV+gKu_v	/ùpLnfGZ[yyqq^'<eb|{2{OX2ьfoޜ4XeUF>՟wurődc%|W%bT5R^oT.0ۅiϩ)EU^Lݪ<Մb'=BCۭUҘLz1,Tɝuv5sF=Dv܇ryy')֧Z!%lƮg-ZQ'Wї'$t0"{UF/e(Nx¸̤^}v{/Qōdy	W-c<1Yun!ү
p0.N#L'C:*VZS1D2
Eɢ3Rvިw?=nEW́C!lu((ڜSWǖIk'R$/B	5X,xFJت]4
&eݱ$Bӓb;k?_֮1_
hvW_ĉzL?A}vɒGԊJxV)e9\ɍAk3O8\{+CCx[&M[j` Y~DST]Bn5a־2Y߳Ktr%JIÝ+O\4ij6M<YW3:p0XzάȏE&-L9Ȗ!Hͷ$@S)eDPu	x!d(͝|:tNѿu=B>3s+s[Ps$ƅ	SNf-{zQ=_iJtH@3!H8$<&Ν<"Z>i֛Gr;Ǎ|)J!eE4	G$tiGƀL=l]LfF"ÐE-<ߋLЋ7*۾
%V+عyvʊՍ@v?
'	[/k??ѱ4Ĺi3q	ohhλ#FK{*\_.ʛw&u~FܰKkcmx}ϦK!]^$rێZ	D=Q3ʟSٝOn~rI,J	ظ7҃Z@>J)Kl$DbM̶kViwcȾ8Ƕ^-{\loZ$Vk9G٧QTfuPڒ#Tؾ͆RhQ.|IA{ʹtwϸ&FKT$OF]"pĎ+UYty[C]dsԦRogpx$hh=b&
Dmg|_u,]C;bDq-	n։}Q7b<S1X!7Ni^fȦs}4xv.X4ۏAHY*zZǽgAˮU>cf^ɸS߼{6WifjT#+̸	r9Lmo7K&-WjI(%LTѸc6r-ofHǓ-%;')_|ډ	3j߱`fL[[}
$x+pXŨx&]NϦ&<@s*k~bF!SRi}VRölOw|jg=/%-2HM^ܡK1j52(ރ#!ۀV0wy}>M֜t6UJl%#}2yK<i
X{ʣ$![}ɬ:>rzv~UPYe911T'n	FL&dɇz*h0\=Q$8f4LypY&yq4٤shqϔ2TO>ȴi^٬OJb#y£G)&C}?:HIـrYp?\K=%~݇_ZR=GVӒIL.k
	^G~E__Rm.;fO2ׁ}yHCղ-skH^DĽfeyp|Q<YՃM]?}7=NǛPł	<3ÏM7ΤIْl9~
O?Ǔb{KٹFJ2gܲ-CXcN3'U<vom]{`׊֠6ǐʍjglf{z1uhQ1Y`Swie8$HMʎ>bBKTYܞ6~7x-w}I?˺C_4CD`!<ނ0df7ͥ	iQ֖lkԝ3@95Nzؔq-C7!MeVZ3	%<qR7}iUd:%}ܳQ`=e7CV6jg5lz\YN(6slW$c	ŭ?x8r{YCC_NcIVH#OՊ1N_)٫h<TDWn2B1*˟xu.uކ1v{?..AraSe3`WY]1pXgS-%ذǂ}	ܱ9<-.?Q,kVqzƪYaw՞u5.BXbv_K\nMqsУѮܧ/3gNYԨߑi)rǶvI]&JdPwm
UfW;KMHH2J"֗LȽyc/F1!H[Tu"u6oJ^FrLGIΖ.b<'?\Ay0XN'fStN̥Y1gjOj3Eְ§܍π!F
GkbnįDzkнDJ\xW<('bީ]
UQ/fiM2ߥ#P<*V;TWc~U&yqۨy+)^\S҈}(|Ir͐H8փN= G.E/DBp}c1F՚M4Y~܄$Vӽuj5اA.^@+%Fd5W,Badj"afB2B:f4~I)
t)-6snUnB-Lĉ}:5đUe@Z&\<d̻j,	5FP}=W,2	ڗ5]&b`83u#A|n/&}%lBQ#Bv{	YDTޮً2`T@N~(iA~FX߂ ¨=~\%;0YZ5#mEŁ͜âw,4/Ab=be]G$$&c/js 4йy`%[]\c4t;=txSge(1E8sH.6Ñ~HV&Vd(\QSf%ލ"SXulΆmrZ~agq=Yeτ}12gq)͆ǒZund[IN$v`ȝhkà!ɵ<8=oG8 įZsb͏Ks5DٛIm4cܿYCl:	Ab ªDI
~qA>1_YÛl|pV6_lW:Wo¡ӻw?NRKdYRyQV!N~ڏMHX9,AElXn5xBR-t;qG_%h ,%~taّcfWΛq~g0 S<
#e]iղSLB/N VP)Co̚IZWLOQQtHA{EBͳ+u#3-uiֿٍ	7q`d{SzzȚCءrt'źzvJXI׶KjR?,IhD1UP>+ޤv^N¹<SLݩ.i#}=90(Ӏw8@<)-%(.DWosIݫŽވHńA
Dj=wl<hԖ<6V+Abz"'{^XUڻ?a(̴=+062λ\ך*
	yćb4AD&׃6Cɓ(;(Uޫ=JȫWU~lЃ4xY,3ŔDbqշöDڙ"ޒ"P")(t-Ұ:B4}q 7\3qm߰IL"ȜӜ(P6?mM5? 87qy	FiƝZ`;	.Ѕ3ܖ+ʁ]@z5Z+9Ո	+ɊAϤoXn2Y5'hhn@5؍Y"a:1tjѫJzUuՋZmh9]n}Ryu+6ˌ*!mիǰϘT`h,;ԇsѝ(x^KxOS(eqG6ԫ/-xuQJ8.7ÄjO1"NdޞkmnG{̰G5_Љ_'KId4"©ܥ[±;xfѹq_0Fe+b)4	`Eg'8@.ĳƠ6%!f؞wvʁܤ+R<hntE?Tmֵc(ֳv	(,DӞVuψ:`wԣƯĀDscqxl;1Y0Mj<le\UιEPɿrh{+8ïB-'h20[3rAXZDczd+3>6ǵk}uQ0`vhRW=]Ttڊ+mvj164}Z2iyNW\6hlPId|HpWPcڄt|1qdhl{+-ܦmeH*ҸwvÞ^g)N2Lrȝè jJ6#P(/`Vg#ÕD\6fcdB+_[}0rujE7qyj߇qASۖ¼ߴjSu2vzVq֍Ype:[lsSyQ$ˢd*uwo[;57!ׇ<A@==`ȣ`fS$p)e9L{35dF)2·ǐ'<B=Yd+#GJH(F1KԄQe-Vf"lR	Կ3&j4lAeQ9y{DdjK>ޕ2[ŢN!صL)X<)HjĻ[(9`sMީK<ַ>f*Ή	ƟMJ!XoW2Ԃ^L3L4ǺQ>6pTvWrIz"Lt"`b޿h-VR'GO:5 _ԍ.X:5TDk3n)8hahn-+ȓDGjf3A@0ToibӾٳɒDM8fGIL{3$4m2(x?pѾܰĢ԰*(J>I6.m>P@\O&Ni(ځAc;Ivv1tԶ[
mE\8#CαsÔLS=
ILqDP`(w*=h4#;~SaP;Pow-K\7A+f
)=	B#݌xDbAۚN:GkÏ{ٌ#5R#@LӮThG$Z*Gϰ|,I/4Ffg+~>8@4)ƀLS)m*^ОDTxPgٖ`0Ju3ƤML&1tH͗T$ŏJ0:XD
\L:XY-ߓQƛ s(m$eݨP`ib93t[CC~Sz@ͳ9%$҉ўQzՈX`Uk@\NuMZZr6Ġb\͐2 l5&ƞ}PΔӓбLiDmҍAdbÖ~/[w!~N7d;Jͮu]5*6:0K:H{#Pub{\,`û|dm|.c׺[0JK&Ǟ:?7,4FE\eRwգ\ִ7-2S5EQ TgJ,09tw/&)GI%oQ!5ſ}Ðg! kB8!1Sd֒hϻ%zz֗VFqL]p%OՈ}0΃K*[eY]p|*zY7y6;Ce36Lpl?/54p̋ݑz	ܥIm3T/wk*͹YӗֶcK!.kYh,?+7kTݦOĨGTO|Qf]gC"A̎E\V4wI3+@6%G֯[-Q$.n_c@q6h3|l,)ܔП` O%GCt69FMJ!1-e_haR[fOMqÚn0Kjxj5xskL-G-30
Jkq]d5Q!r)#۶)=ʘjըcYBhu@YV Z$9<QZZBh;"(e&-oS~a*_eʅ]O%ؙqv[BÜ 6E#|^@V-S]ڝ)ȞWOVJL~PRtז=O?:Yt8ͩֵ;;ޒ>ms"D}$U~-bfAǫծ1dѹi{Px[xjQ?Ύ _v]k*)	"Kk+>cd <ٶ.IY%4rJ)%oItf8̈T(Cec6\=GrP@p~ff#2jtBc%Wbԑg)՜C3ɨ
{z)8+\})>yֳkݫ[ڈ(ߝ4l-wu\(9;;Qɟu-Rm\(S(TFO(ÑfiqI3ăB
ub-{h_neBǮA"HRՆSXhD`Gna,I»BkBd*4ٳ0&~Û24Ӫ0M7%f͸?
b~$,P`2dD+]xsu$]k=nvYz`F,H!o!D{%u׫M6NQoD\ؾz)#Uͻ͝y>ԿC-0q7ҺiY9Vkd*
A3oJdө	ї,[P}!^a''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(19815)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
