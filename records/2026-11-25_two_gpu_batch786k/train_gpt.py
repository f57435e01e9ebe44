import brotli
n=a=0;b=1
for c in r'''AT13=g{p#Z3@\GJeY{{'ˬ=&gVГ!ڇ6V\I/eǖ2֊_!knɵ @`5.<{zs5=b>6ԭ0StMP	;g۪y͗MךYV{b	dBm2,C5"1вr67',{'`Ęmo̚AMI\̓MU~ٛY_Ƴ.;&
Iǎi,h21[{qjҹI@L&D4-6x#r%B܌N/](m5t&(ґ-k:S(	LNɘO-SW<ک7E a[rt=s=@CN3<ں'oZ[-ôвݲ[K~,$^GpIUͫ?GNup!izVLĶd<;7s80vms͇_7rG9qHxaf]1[lmb/]fcq*kz9؜tؼ,[Xc4ׇS0"k`{/LwlLQ;xbPbBÏ|'?hzrwJN1̵ʂ;T5b)DU/RV%8 W;/p)QԂύ.MXqzL5}mVR	160XRG$ˬO`+<l`&^%8zЄJ9]V%-ܞ?ݻ}a
ΪKQɻ][AE<Ԁ';+O9Է)ϵ9e^B`b[)/ɡ5c[&ƝYČgz5E0Pk
2<ŖIBno 7۝qYLc-Yw̳@B-\-8$G@XjɔڗZn9$	o*)s֩zل[:7@xW{dN%=GV{70w@{_HCkŕçr>u۲&Yzkupʿb܌_l)Н	{DD[4d*2o£vN|ΪFn
DMQ̯g&V6\I?HY,pb0^SsjQx9}@M^(V+Mq0O2USaVI9*~Q6kí"Yґ7yآ2f{vKd1db,	+C>F0Ҩ־9(RVotIOKis<A.'rX":P|y`0o0)2x"H1Ev+D6[o?:$xYCY1ÏO_Fݞ:?5D#{Ch;ӺinEk6D|P-fFL\{
A}ӗ½]Φk2)g8/_,j
AR	b+č--3Xĝ@=k#+UgߘsɫҤap*"
Ŀaiwk"0%#CkB'ϜY)k,d~rE
=!YA}[زJǍUC#8/ds3:OW`@ZM'/5Ļ;aBl"Ow*xTW-PjC1`3(BE8Sر,'nrQ݆g>v__#H>r4f!CJgƸ,ܾއg~_NÉ9FLQu]z4%xu{vCʓ?ϣŲӅL'ؽs r{}ٰqiG"ie9CZ28U4tjEU7H#WOàx=ei70Ae1[Mm{._hцDGΧeC,mJ)@
X')/U1هF)6 GQ87?f'	$بv&l߸Tbܑ2R2PKHiMgG ǓЏDZ~ݪZDTE%:TN01?r'k+f
{<cpP-zcivt/QDF &nTxn	$D]p"ps#/Au0Ñ
X3TΞP")ܫWxٜ(]`T%|J;l;)g<ЪʻIQ|XՖJܓi=*$(m%\[pKm+Êl±ĺV<Xd'!O_+%>F4u1ۏj3.;)E6C2ݹщJG3g՝[]ȫTaBuA}gAn+aLUrz2âܽtTɵ;Ո-Ik<>RHɈhx.YzKԋ$E:P9V϶+em	g:AAnqJbDarǔ|'ww_*z3%_WpѝAC4L.֦<ޑZ6ʠuc1bݫLG;:d}t5t nt"Y.EHnf2#dzaDF/27B<2u}4_Gb\CIg{ԶߜNSɚv* igv7fUV<"gIKXn+>`d׬!CvqAϳѓl'5ZqL>ζ\ւ|$'R݁Gv
rPS΢lkB6+H+$~FyhQ	Gݟϲ%N˟ʟ62;kͩ=>c]$~W
!԰ljp@	:+^KN`KwI	sg8PiZq9¤>(36ڭ|ݲGŹ׿8~4	&ߩҏSts]n[ijo?-v{F)vQ)0K9%d@@w
4XPØ4ƟƽA@̐j|7ڭrԻ@Ĺ$Q7Yp{fӹfVt3:"Ց|р#HS}qlӧӈٮZe ]:Qypn8w(JBpmM.Ӆ9P]?WCwy	wc}O7,\ݮ.nuFJQ
yd\0UR"6чۈʢjyƿO\*PvJ8Tt.ɧ1Rӈ?;;)<ɐ\d)Xdb U/2n~4&b)߯+iLF!VV;"
Gj}NF[z~x۾˿tӿ̓DS[Ȯ8էaK؟Mri}bvU/٦_Kj6A~ڸNȨbѻpZeQX pv&
DZ(?Į"@"iˈ3ٍiusȳZ:.aHǳe0 O &&rp~Ѥjdu+B#oI۸:ܦ?[ЉpLER_sy8hcjk9:'?П/˭ϡy_d70
.r:~'ѹ<(xi6dbsMso`r&Ѭh	fvs{]b"4[0]9P+S2>rߘ4T;688_|f$m\K^FU6̕9۫ЅTϦ 5Hx{	d:>%~M$ի~6yO/0؞
eEb
^5q(qDP.ӂUGaɠ?J95{[WU.ʋОIgMEV5
+{!?bTߒX]ȤP[U kElŹF,&w77HyV+6#`	^β _ZCK(nޮ6)yQTgP۩[_=ׯaU&|R Dt6SS'ćm]c)w-%4@|ԣ6=Ӆab%u<1@:2	)Ԃ}\ !جZĖ	́GyZf
7&-~~lđYPa6\m`\QH`ѕ9"k"	;M]ii6prʋRa0gYe$26QMSɦ2^{ÓHc8J`?D9ZvjE+z]=m=G5ڤ]|<wqCtRīFNۅJT`m}J݅->|(w֖~~	M-(@\Mh.iJӝԮij49lFѼ.=<׏>;c9hIM6`'n(pVt<t<d2bF6!1zFN?@K%O+k{`a2i$
AGȎ\v;{/+zR^G/%iΓFztJ!͝ԍ-ٳy*ˎEЇ9m\Ӆbјb4<ZC)*Db^BfOa1̴.aT^!qɦ`M2&oݻ2wZ##%'}qdEhfewiBݦ%XC;gVҏTgncP\¯/j|5VV` W_òlzGۘH_BS`ڀۉ2bZI\*`+C58yG@N0f4^|&sk;,^ds

}ʯP̝e4˟߅Tpǉqky<1	k0y0)jǛ߶V͑6c>>jF(Gl<ܸJEmx1޷GzuêCU!9_gI! x&<;#[bM6PRٗ#9Fy9'ӊx"ڛD5XPjKyXi9=٪Жr;zkZ7S0.m.3޾Vn(~"krobƀEgі+I=4NJޗ_9Df6D$ŵ6L$sC
M5~9J!VdX$d3'1EQK/}]5OH{jUV?ÞUkz׳nI^~	J3$δsP$:]ڥkl{Gމ~j.ҝqIoHC$F˻=˼~?zsBю><Qӝ?x5'NMbMeuЀ%#Va.nJ~HY^]Y;y݆[*&ŉ;,H%A@יd/+ZqrԶYE91"\RTC7O`4q&UxmOt[ܞֹ[+W\uNEYa(Wʈ}ʶ%0[Z	I`+DW)opizάE#ŪVw%n0@
IE2|u:ZoezmL.8ߠ#8
Gx}ΗŪ?ӊƎLr)rCH.͠\ӵ%Xj?\E͑2jd"ZRjmҧZf^Ԑϧ,Tf!^Te?Q$]I* -M]էj^vۡsPo߱Lǳ04ЃIº*ɔdpJr^IE$b=7E!&_ݢoޠޤ/S>qq4E)B'; +uLzv-i}=mZN_UʶHZgY͸Pb~qͶ@[;i/KT!H-bڽЖDA";C׍oPu*ՆI̺zzưMڙbOc=qcyX/ޓp^60AV<ՏGW{iv1dA0`4VG5c^q9wAz"¤fܝpk]2ʃp(,,1/w.D='@E'	<Vyx]k
I6҆c];q@oTlbX̃'զ"~qem*qVH/٧CayY
rxCl_x҃}fϠx`BoRmx1yv6X4K}îٟC)|H C;u@D]j%
ПV4TezDCoe31#'b&EЀD|ߊb/$pfcodTx$s@T\:!A$ȼo7`'فK<є3#(ҰYYCL5@̀SZy&GIͣ	rEOo+5{x^j׍0+itS@%ظ.ilŜm3:e[ZĨ`CkXz2˲)gbQNUtize}Wc̍Е&/.PL8k*ThʔE_!+%c$|sZJjY.]ح;Ԡf%OlgI"QM">J%p	Xf{QȍlO޵,@k"c"eԈٞSiv ԣ}%{H;0Nں,D3?Qij|68v z g۵	`6EeRK0q0*l	hBD-L+ȸVj5Z*AAE:Ӹzr=Q NYaؾVF7[q
wKrrַ\jM*	ߔ!.hr|z(ql_SsqސQs\Vڅ>F]ĳ;ɘ0E[{8G?Myd&׺R2'fFS>ΪeXrub$)%"ȑ 'p#sMov+VLsPQ(ӃMF[pTǉAfe+e7Ç/!:?o։! ӇkAEB	zэ+.`;ZŔïlE%UsɈpr<- `teY3aaJ&(84ѴG4!hٓ

v0ƑOKЖXk޳ί`&@>w'ta]p͹+^!_|mVՈ?-nyǥT~lӶcs |'jR<'0!I%YQSВkȭp߷Bs_zA@JܸX`TP'6Xsڒ[#l(y*vx~v=˜:ŒN1֪S3 #M?_3β%egĢ_N:*C*ğ^R܁fɝݖַh[#$gՏ|E~ɏ3X҄JrUuzАEjaQT*XuQV#ޜ̈z4U\*d4|М"'o0 όۉqo}QׯtrDĨM[,mϾǰ	/sإiۈ)
́z\q_(gaC|]GMwqR~065x/y/ 'TH$1w/ο[Fs}Pђ<d&5]*!(K@	Vu<':RuY?!.G1,p#E4*RYR5ǣLԾ%/ƥV!c|T5 XۛKu)#ιqC+6%_%-vH!7^G`;r<)XvXn&0);39^:o;J7hpw5kpϹmj+,T tv:y(h|-ș#\ڰ?чtc$q¶"̟yhx:1|tڎ<mHĐ0u'ߐ?i'@b|%tEPǔŕS!pu]ˋZ߰kʢ!,r{[&K&od^D+V/CterF^ө4?KZ9Ϲ+CMٗ+q.xȟ\&9X>$t<ٓD1F(*g{8m~׮5ѡǯMA*nC	t)[D3#*9.MWGӂ|y)˱ӕϋۀѐgr0V,r=	d<ЋԫCۏk#iyؘ^~dNn\^P.Vaheά؇NMe۴mjI(ӷ(p&rͥm#ؿ֖żݨvٓ\5zKۜA5_:j҃طmD2\1K\HV۞wt%S^`ү=S9ȹcy8xąnYo0R{Sߛ8YN
wwNAp?x#V
4K:-|۵VTR9#*ۀU?ѷr44ĭS*\7ɇuL&D!jZeɮ|p2P]8(t1e`8/צX	pֽf׹FQN-kaM=k6 [TK}(Dσ9qc\;WSxe4x/)ȇʨ$\. ':ғSNrzr@R_#o#cŕ_+ݭdEjD<>!oԸ%RC_+9Adՠ\I'!ɯK<aPW_D(:&Oo_ť])!j CGm5WʉR͍]%XP-0yhIT*D&:<|1WZǌX[!ž8tdˉTŷĳ6JKʙJglKM{̚o5hmhLT²ysfx?çwq{KE<7ׁ0=aڋV\b*<u,9FqIeń0
4twoi+Xx9[><O+0N.EB+rO_98L֑\LE`6{a֎T!M|a[]QOĸ̔JVowL^bޚ4~!ŏf5:	^}%:5[;m1Ƅ Weh6p/){rg5>1Bi,
~&1ܭV0?^tq3Yb]ɃΨ
\~ϔ(qZJwF04qw*fh%leж/^niĦn$[y{OP'.h{XqR/:t~Hl>lЗ+dG|	EΣJ	HZDIZyDZiԝhȥ"0XQ(@(]Iy#UnmǼ.xҹ\"j{%(5/Ȕrt("z.Ѣ-ejhOiq;7"GN9i@
{*uwel4وv֜b!i9m*<͑SDȑI?݀>[gBu4&%RЀL?3H |чkM?؟-
5r.QjUaJπQk?7mܦr֐bdFHדϖڝm^e!iCe	-'rHfXY5>۸hTLk|J={غMe'_&.}$>4,zvߍZ\ҭ>pu6JOǥ{Pm2Ia V'XptZͫN]_ʙ`yH>@=v1PxZ
̳´R&BC1ՕzzWfcQM%&RhFN>y9Jlwb*H>[՝o@}WIh2+7Фyg+a/O4s&+XqNȻQ#K̣]ʯBr8Ikϱ6)AgL?p7wnf}tb]XV6p[x<#sV*0fM.;2Qa.z>:>ɦ֚К:Ͽ[jlڙ&;ĵ%\'*^iu0(Ь9S,hRc]f maQ?љICˉg6%Lh;	xغ=1oHY:^9!'F.@Rǹ5q0T9*a=wpZn!58zXBy9$vF+kq)"A0ͭKa^h>+47@Uә߰)5@\-Bd}W+j(`<ͺx&˚?:`ppJr%Nrr1?uFӫrDd:.@՜קSRT4vUh$QA&nwT,׏S~d=,ԺI1ΉMF3~nN913\C-f&>ƺtX_-D0B<T$yeȎ`ȣ,uD7PťL3G<Cyo9e#0ԣSG$5^ʚјYޤ;$/#&v(T:@sBкh-^3<`:SJZB5Yİ'_F?WoG9w.6kmޱo'Xh:fY-tWQ?5_n\$	ˬuxw~.W	Ss8ܕ-H-ۋ[m2YSM%a2ϐY5,4-_Khێ<c2@A?2$0"2:aR$`Kȡ~Sϱ};`9^<;xX ~gت	[Q=̞<Vd` ,P\^*":2-9l3Â@v֚_tc6heIw,XIZ<t@˷ޚa$4 Յ_P-H #<NCȑ]8XÜtn1'#%vE^oUfijJC,GH4ӝA~HO)GY6`8:6?+#E$j}I`htbx*C&q8F;;	-L^z:}ibt,5mi6-ړzOy2IyI
J=U1P\?tT#9pl}|DVfmN#DlWƗd0!ɸފ$xVf}̷sxe|\8#*)	mٝɕN.D ?G&lZ7{ң,IOߛP˪d" X8wrǦwLf?m:3@b6Ԇd"rBM`l}32Dj>ʹ3rOѯ92o}1ti߻?;]Ԁۦ>ó3LrVKGcw͡6%f^_,q,@<NcܦIעVG) *=YΖj2a;@yy^aDHJXjX{UɃ <!ɅVu*mY({KO?hLs!p[m-;c%ͣY| nYh
O6*vJu͛2gV.9c=2HJVGNaNrƞqC[C*ɶ8_Ǩq@}!7ALۑ!Fe4lkس\vVpvPq@!5')-"&h͖G[ˌK*f22#|WOcz<~
܎,NUت@?<ڊdFծ.zkonH~\Xc#O9 >Pby%nduA]hE{jĸwFdL\eTOv3SƧ˥hD&Q:BR%zeO$<A` *ͦ1օU,ݿA"lW_GxtiThzIz,P:@(a0WEVZtm`vؙ@BnǝyU]?+ːg´,i$ݧAHc<ԧ\ʺIJՙͶ=g8`8#.N~9p@TT5>#|7܊PnjiRD<*ۢ51w^>5ѣw֒N'VJ+Ʌa*$_-2لp<~uϜ	dѩ\DknaK?վ?@oC9I̊^B*'5	tE^p£	F9=ȹ.,ԂcxhNY<҆>΢[92<ۘ
e3_XbFU(dyGv\܀mSTse.DF 7f)`Nu6$#_YUח.B
{GVgx88cBfԊ81
E=`* œǼ'{^$Y\7ص%Aǝ6;ZnP[BJ8ܱ6AA߶3[@"30ذ&~m<;F9mؐ~x Bad
QNo̪hwwlv9<-M@f~D)ts*FZ^[o	iC9ߨŇWCMPBF&\*>߫1 &|84ACqd
5pďCm܍ɬò/ţֳb(ԩ[KS;aA!hߚEiZlۓFGEq04W>`w	vE+Rm4/Eʿ4mMHŪQR].$6|S|l3X@cByZ{8&и>O_d8d=L<a} q?g#C:-q#Ҟ5}v_56;RƗO
:FL~ʶer?667ʮ\P:aJ7#iCA%MxY/+}-M
SLB|ɠ܃הlI	M8B\Xi?֙ 48,5#Ѫ28I
\y#>B"IoXՖ?E!N~k$ʲeK/Lbxu+nbsfhJ6eǹEs]T1W{EI#%~n8Q/x>qiYUQ=JfNF>)C̞ν,JҶ.^~#0^i>|\	ںVS|4Zv)~>e#Btp]-Kqk؞3IwluHSv%Fh0LJ1Ǭ5ص!?B{7>}APP^ݯdȾ<=OQČs"xƖۅt8VoEAa>)iPۃfޝEsJK/τ9F]%^KuHQA=ۇst%hM
P}xy2>/Ώҏ	Owca~)H;ɖEݭS% XAdOɘʕĮ"[32PY?",\Sm!ʧW2WZ),|ZְKpvwN)Tsɋ~{xzs^X߱/^Ye%FA4!``Ȣϴk\6вrcmO
PɀaߦIO`rvSfxwR!=ȽGδ`4w'~F;.K0e/Ǝ/ìq4BzǽнސmԶ!ҧT<3n{J8I!޶NG{v߁55pSXǊېU
T׺-;F.o?؉.h):!K}4H+B[س@;6OsW{3Ƕ^^}?Rvxͷ&μkĉ!kuhoM@L֟s0uy-}+;h5UCw.v[{_ӮdGj[kƑ1?n22[Efx4nKu߮9Z8Y$.	KWJǴ ٢~wY~U=Z e.aBY}ޖטߕroȞ@k):5RÉѥBOiF.V|XuޫJ7ef>pRްҕ%ìF?xONwz_/Vvcbè5:@#6	]zYX^Js N^ޏ
Fw!dbەG~1m5-^Q̃tpSok°ɚ${Qt*wO cJ\@B$Ǹ'YєǒZH2P2tqoq4^6E:a3شwGp`]5eڂlp?%ß>,]?+Ra6`dL`zjwXܛ}="CWV{V"@Ӽ\=_>fߕ:(ߜOn5zn	|ۆ7{÷(:KC]zY=L?ۗ0gbt1k4_&Rxr*DT<B15B(.ţrKб'?4ݤ^yfZJIT~ٞoQL.rή	9U˽ Xȩj͔ם=@Ǭx]dt0?mxvu{TzA%_7 |'7W?1CȈϼsFiK$D<0P./E}M=ƚk^n\_V!)P=ҭ}.<(Ї=PrP&@_!3H4Lݏk
}e7DlmԻҥ޳GJ$b/2K,K	i5(/d+.ܛ`,݉TE;}"؛p$>p]tj~jn@iԱl:LPAJTi7?.ڧ@nla'T[6W[fbg$ב͚G!ϯps`)NSPFuVn%Pwr%hIEkE`?вG38ȍvS(,}k|?5mٖ޽o281h3*y#}p4 wST.\2Ԫ)A1M-7S2?5n~2ORޛ+9 1)5Jհ֧49Z.=ot \LΜ1<bGn(o-)^K۸?PoѠ`1#:ۢ߇LƷڡ\QiBaٶo2ۧfD̾s>q?sS*~k!ƤGY@(a+vhUF#וa+# R|~)Jdܾ#")*߿|of1qMfb;
6J8DWc7miǩ$PZr-Ѳ[vZPǴ1 @Ͻ2b͝<QGA޸ij?rG.rc*ʟTI֝3.6I¼*Eζ#GΤo%_ΝY<2C)H|ҾǹܖͦФ<IژĽIVISM-E)*ąs:QvZBoQNrI|U=rkrNq+2 |xoΝ+#I{Hbۆ1 =BnG)b+u]ѵfx%ir,"&]:BБKcy=KK֏8<ӏ'Sx_Nfz`ߋ>r:A]R7	?PՏ,aD2sǬȅ]ƀd'pYRY>ߠ#.CdUƉ-K<z"FKmw|nJ2tkNvW͢.[}ijGK%y#ē"Z|{Uw=%{7-<s+1"׻lԊpP_BCȯڧSX݇9Y^r|%j`
Ħ	ѓu|z$ݽ%ГʃK)ݺBns(qόۊqwq2GW+)2A~59SͿ4^֫սU'n;?VZFv:9s~KM:@ʔ/ΠRѝܨ4׽PI}y60Őbw@ohܾimRUxpj6o9n(!ѫIMB<:т8;Qi2]LX-%8ݴ.@5hܒڟ_FU	12[T:ͅe6W7zSߧ9seU>w(h_	,̾R\G$jW'nۉ<\ɭ\ȦtȐRŐpĚjTm,cmZZ/L5Bfq`	g	bi,do'`O%pK"ɼ؉!F(.Zō`j~
͟x"а6_ƴnzΤBxr_ԘE;H1'ޱwDP۷aݣՕ5̐ѝ <re1"5$if¾XR*QЫn{ĭʌȰco6:#7}L1܇Ҹ.aK0#jup(,]	3;պN$ThBE4vtժ4>Y"})DBҠS7-V,Hq^.gFԣo=тҋOo5L&7aa!hMn@/K/r
p4!;{<}߿f}Bn96wVfWtb[d<z6r	wՀA^з`PtmqAH>nək}~u4>̰?`LE}a
SY}ak+&^uQ!Y|!KbsIAo bЉ#*BZ:ғ%N,ޕ( XA|Էw!HhV:ɳկAFo1WA2H7]= qК5)
Y\'71	%f'A}J:p8aǪǾb&=	͜Ec!A5/_SsOv{br :DY<ŝBC0Xn-ؼWl19A'nK8\[8&vdç$-EI0(hn7*:*I`Ghw͖' ұH_ZO>:<#5=w(!m?yVה,ĭք)ӶLчѵirt7hTwӞw4uӜ&2LrU${6"koΏ^Vm=vsg{4mLiۘ	
ƿ||ڡRr&{^P)oSXŊ҆):Fz#O:?RVњ4M&hnnBL+;¯+	l4,+^yO5Oƫ+Ð,8z9i.ܱWO7(4}-Rv/KqthF{5Mb_
k5* }tbjjĖGԢ}bhS6=0e0͋ҧ&D9TŨίpDD!у!ÊB׺K1u4JVZfJ&>o|iq-?*Ǒ>"^SD_|_Zћcʊ&!+~wI`^!\ƥ9{vZʃg\okXVìʻƙIǖ&,FeS(5M@H}*%w<ޢr6ߒF|ƖvlF6'Ϲ ܟ8N~dCΝDA~8$
ˆ[P:eПcJ%-ņv)v^~>v# %Ï6Jܼ\bkhRαָDJ9
zDF}]rX*L(ֹՉYac@@k@ھ;}L[%W{*nv''\ƋF%R7Z0A	,Eά0ǅиnkf˭_LwӇ ҅3o{G$7Ӹg?QȔɴ[>4ah6	Z4ӫZ^1.q0eP&'VI5t	~8ǱIL"An	NȰ'AtI<o\ƢDrjYMyGpoݩNVep6?ۺӖ=еA&m$gZt:

$לC:;$cOejxOy#m
Q[}M|y=!~$<Ճˆ*?ƇRh707sCkoddA\~k߀¯A,J"۝FprUAbT.(؃CU
yɰ:Ek.ږra!Sbyܵ=+HKaߞk-|y%߈mGQ$1܃B~Ћmww`{w{CݣJԙogw2l9Ee'υ!!hd0sLQ,*Y\·Ns@@Wk̕ڬhϊ[O4n&(u,zR3mY.n#P4l6AΕr+rQd}͕g,®;[srߖ"ܵp/`%,Id޴?L)XR_ұd+Ztzht6b}7®;Zo.mcڳqR ,fȷ̶Kgzk~'>`ۖVJ*9YP܆o[rݪ5ͯ1&~תdr
?6{Ϡ [8N
ѩD y>nZ^)uwy׹֨uě>l5Э{P\v!~)=[.PYջR;d%Q`My===V36-FӋ\dg"o؄]jOXI"NxQBL_o*-!;79`KбTO77rbj͒(N(
ȑ#b0֜ك1BCM/MĉD8-fŒfy$|vkw!k*4Zr}zLw@)Jl"Wm[9h}e|f6ΑsTV՝}=~'\EpvA.2d=+e
]=C+PJiӖMX݆vI~G)\_.bC7exm\	ǰI	88V&PK(͎H'*'KoVM)~#=3]iaw$֗UxN6\Ö!Ǔͮ[&=*x/nIkخ`8]x_$%x;ZMɸ#F,EZaA;N7)$ڦ ypua_k.۹"_TwhJ:eCz\6B.PS|Q P1ٯd=3^D/!	ilL/ټqO׏2q	zo)H¹D^e.E3i-J,9pf	>+.$y82
M%Qp2B3qmxZɈm05-C&nxd%95Yiiawͩ<.|mmҟrćAљR<2ΨQhƼ!=Th_/f0ݵXL	7w}(3>VPãJgǫ{mj;g؇L#JC:d.J.hQnФ'-oRmƴxĆx΄.h|_5Y%B{5G2]-3	NTii25|͖:?
,p46٠>B#o/o~{ʹMu<``oֲSdO*3@ѿiϢd,0Rڕ71tͣn'5ݝgF g5insе\Bs%
vSP5RFȬT+'ܪU'vYH5<^l˨lw]9>Z#//os;]گK.UTD:(p"eY2E^h<զ"*!YmW}lm2=	~8&ߊc{H@b4T׉E:רC|,ZOϴS.`Ni/ñU0OwP_/$ܱ^/p@ٻ6Z@LuE~ŚoV0n:[bZabȼ(CO]?s~"Kkd-$e`1r;ȨhdBP;Z{/-*">B>IϷkOv^p?84Kb=`A5ʁغ1	yޜJIܚ,GdٜMkRYxX\)HЋ
Sá/51}miO|(t.7}IyΛӾ	bЏow&9
fӫ_:@z9Cn41wϋI:˜hTXZVO2ʣνDwҪmut)8gWϚiy|ϱSR:BBc>ұZHDQ,aթbهX<
"@9DG_JpUp^ήCvւl_ʢ]ʱRJMe1YĘ?`9ӰIC/Ѓ%1Űvӆ I.zm6K`G./=sǽðj~ՠ.|?nB$ZF6(}<v3ۋsd9.߬.ɼw	5HMp,ovxY%́R	J/h-ǫMZ{Rol5eK5ll
=^
Ў-t4p9͕;bD)>rcK	;PjR̒ЬQdՀM}ՐտN\`z W_@'Ϊ=0nø§6RVksdƑ_a7( 	v0%:/L!r=TX̄.`T;@|jsZsۼFʨ#ԋ$;]RRF[BpŇ,",hhncݲ`TQ;B%@[G;b,CR6wUѭfHݎ=&۸
؀l3NllW,mdD2Aԟu~ˢ~~̩Lx%QQ2Oj9Zތ(͆+0~z~ʌz89hwX(Y+VjϚ<\}}g{kׂ*Xb&ȴT8WbMZaņ^	c8Ǒ"M'zb@D>g!w}Ե;tێK.gSuW۶2R#sџGHl*ѿ/5]ϪhNԜ+RKӼ`M_@;9NQnM%R%lwǠAl	i@uEuŠ1ړޗFPqC+>:s2|zH[&'Dʳ.(qS5tlMd]!!HҷK uK~g%`Us(b_TOO
1p-YM?P_>%DUyN58	25)x~qy/BCgg{cMumt ^$XcY,lƐ9&5smB[׏3xp] %ypیрsrԸ-[o.v]0Ef&y{K۷Z)qХKN\a7BnJٌ(0uh`f	XhʮBng	mz#DO>LƘϼO9G&+ȯo)yDZjO\ߌiH-VpJI7(8	pMM|30M`c=$i݌ԏ'ս$8PH_2MʒU]ˮS]R%k8"/̾+S.w2fOOp5ExJU˃L p|Ɠ]kGJh5k-Bz>,qr[&S	ÿνɟ"pՉlJY/&7]H\i3gA2[Ĕѧu`gQi?K&ä,GQe4J1]1<ҳɄłAM/<{aVh&ALt&O`i~ePǗRM_\4mOtWk0"(1np-Ţޅs02ܕL3ʦg`g>(sOٙ*\kj+j7r6|8(دӵs';Hǧհx1%VU߱r8x܋4p*ڇIk=j ӀEbL"^a>;F]<ՠ%bx'5a#N}O0kPX6gG?yy%UY4ҴY͕ri=wSGмUmX<Tҧ0_v{
0N*sYѷUfc5V,9٪֘CGĦ&4:B/Be=ߨX`TUM߷V)}>C

Ȝ9»Ͱ0&k5.[܂@,=/
̯;ٽÀ{?a@k͝I?-	ZgF+([1Kѭ1	.mUIormcC8#Y/C3T.ZA+jFƨX۟>Uِ)ja;}aݱQy9dFaوh{@\YȔ$u)/G{bfV́:Lx-MMI%K!7?3-.ef5FHs5\I\eQ+!	ǨEDIJ^;bJ<tUC/E'Ѓ.\z^VǦҸKVǛlGhTcUkJ[bMA.]7?iHOvۅ7і"=1فSa&$ôƩ<Զ'%70BJͪڼ`ʟxt]%#3cY\^qӛU<hR
NXV9"qvdĝf1+LNY_l	lR!VS,Ϝ$QB44|A1n5[|5.No%b~wHlm@5Ff#21IS;LKZ,:Y ?v`{^s
E>}#sgh~̞#BJӍxMa@#ӥxDjҮߓ|g~TL+KU!Ԭãۮ<)wн0 S;{kkQԩiĿҴW]P#94pMu_v0ќ2u/0^}9Eu0TX"ίM7Y,xם5T˻BCۋ׶N_?e[MPt]jք@<_b[Ƽm֢=b|O8@ID&b7'uGSl$=
cLΦɅYK@F)	|jZ1H@B	9֮pnI2$M7>7Hԙ\zH:.I1#Yƽ1D16:ĸ<ޥ]"<s0 ߎ޼dу>H~@Ň@^'ϱMe۟˽1#3C}yĹx7׻nwsҎjHt7{ƨp9{<{qQ݇xeӗ`tO@yci7_շI38!gwq
"K8Qjhm9;_%WIq"pgjߋA={zg"5ك-ݡ@m-߭
Il /!3BRY[Ļ&T{/pڂA.*H[і<t% oyf"{j>:k/%Zs\t;YI?p<V#~3v1bwlHȵ*pݙ-!Y*G,Q=ϧI*K?&=ϙdOBe2	ZOhxNqz@Q{޾Ać@OvlܨagKӋqɧfgAE3,[Oa˲d4j$~cQ8W:/x U/EOiӖF'՞lqJ
+W*HUBT><BVc.@R܏oG՗'xƂΆ Ü#o߬?]tk-4nYq;	KĲxK.MFxߚn,45mYqŢ`Gl,dFbtfXԋ,	Y}^%gbͼh~31dw`զۯ;@wmb(Sx#HB"l9OD<"(f9rҧ ϺF^>|h@<CD+D5͈&0cJ'\LωVѴ<-$Ml'r.s=-_?'z#ޝ(/|tbK#pl0rS8Sg=N$ua&_^a!XxŰjkÚM)Z!91pRt#\F~fr3D>4ۦ%ޢ-_:4DsƶC	%?.ed_߲\FPWI	lˮ|Py̨!4;Cj.ِ7?
e0؂e5AٞK}R~_?sr`im0sORyiĝbUR?=ӛf!,9q@'hR?`IN0!\	(wGWZHjfnBwn	zje%x+@bvu0tͭcVxُ٥	ԹA٠V7LO˶W$',"r'KuP݆\p%{fet^niv5ڣN?	yQ:q$g݁%ˤk_#q(̆Y͏;xQ>^/cMi-%ѼߒY3~TXlHKmlVHhkڸ"ҭW1P[>0#[xp&hoin1:oWc<9wRӫt,5@ԇ@(ԅSn|Uk;^3de@ɮ_Cx{ z;aYW*Y'آ+Bj

WFo08a]J@{rEQK¿%nyΚ~*ֆ5yAހ߸|' ݍ׺:	KRHqa\B?)KF0p`zXԇ&ڥn\6w*٠ӫ7(g:)2nޯOrŋ߫;=l{cZ\{9QJ~'Z:TFMQ_Ѵc=g_Iڹl:FSHXt!Ɨ{hn=YH~lFۏhl /ZD(ۡ90!H0&w=[x0[4^/W);Apz\dL?R^ȝWnHv| J'>+-O`BB0vp~<ܶ޾!`f6\~{Ķ$DWXmE3moaGoiĶBJDEhef_,C2Y{ϏUw5ԠQһH2`zޓ
fx]7B)7aýv~|G4qӡ5@>Ͽ	ʹC~fδ̱͇hօ*.bbq?K.$ǽ~{Hͳ֢&64t޳^l_ijSߧ?FQP#uOPv	@}D`*2Ĵv>uP{z)lw`,O(֙f{alAx lw.::MկɳPvg=ώC]O-n=uEKؕ`pP]^Ʃֽb7$NT LɆTC)v$}.DM4D^&3S9GZ\,wČn.?؞_]=ܹۭgdj,*A7)6tߣڧ*-6 'OVKFB>5;\8ۯu،ž4k`iɶoҐ{ʙl?q)C%7:6ah*-_r}=-IY4sLRn<z@<h?"c+N	\&6MJ#2bB2҃d}& 3$̆[1rِIzq	h[EWZ`!ps#kH|с+cäٔZkbːgPOQn~wƱPreֲ.ɷu^^ƣM|A5QqMvC,8Ȇjl\7Ewʂ@{Y'.	_|O1kojE^)@e`گ;y.`3ܻM,2Ҷ#lhzH=!Q(Ǡur_^6ـ.:8݀J|1z(̦;2/w&bBߝx@SdZ5|Cf7HC$a*kuӦvqGqS>Y׆A֮\5PYAxށ7yE(%<jw$
=Gwv2ߚQ*RF8ԣb1RGfz{է!TѩJ].{sT8& DBv{	CQ;ɏ#	ں]$.lCLLpMt{߅F.ϟ֡o,îк۠mCI6t;UHg<
N&sR@CU38eÇME0D@Me+Զv^#^(i_"	C4R^m)IHp;P9:Lk1õ$i4_^tqPGй
|pȨ]:k=#5ed~ԚPAb(bWϘ[ZpPf,qp"uwlgf{*ʂɁ
͜ Eå[a.7a
H~k>P4MOI+ڌTʌ>xs3vҕuI5
FޛƞY}ˎޥT{
N@Ϙs7aWGXo3̕1
Y'k(+[tG(niZ,^qK0aD˭zC&53Zƀ´|,-Ť_Kft	ޗ%-^mπ&4|S{YҎ}ب{dLaךo<]GtӼ+͊4hw¼Q^'տXX4''Z-z<YH 9qNJ&N]Á:qx*K.]>^'N`i_t$)ȥB'mg6n?b$?̠a^BA	uTKHƶf[DQ
LنͫANٻͿ˧UDOYDx8be!kRJ=/ZHuԶJSڒj"tx)hPl͂|z#
9b>vƖ)r-J&XYƻѤVR.{ێ:nouF6JW\UѫOsF݊	h75޴BWh|7	@;$CpǊK(uADlQzĮd'ٌUAGG[K"5':Fq8]I^jܮԊi-1YV EՄZ'_Uޯݗ!o4Ȍxh%Ybmogm߈ðC`Bwؙ*3:ڑ|Ԏz!/w|eRHUxmR؏U)W<0'"zU/v/ebA]OݥIZ@1F?ϳ"dMZ0c1YN_QÝ֥V|46pnhBf	W]~]01}S_a'mDW0Oh$ZD'"k=J|'~Zpߞ7w"lGƁK<,Iʨr<Զ׫gߥGVضXgTz>0SBG^LHkT"|Ug}KO|)`*Z;ޭ'2H]pT-h^Lt@{%golrXICC*!SyKQ3(GUt:xZؠrqKey0ATRNp.RnGR.Gն59VXMpqB}nÁBwxHt\ͽ$;g	Ԁ/%fX6FIw޻ܜǭϋcXcdٔqGz@YF0&;vug"ƿE$A|dMq~(dRѺΛ+e/tЀE;1
yDdؙcIC6ײBȿ@՚DuVeÍ{AˢX`Anq XD51^#HtQnC~1;Ĳ~C/.?R"0K73XPC_+g nŹZڄ00\۝%jh̑&{n5ٶЧG}QMXdHRSlCY\^t[ʕa=1gNhܟ 1uӈj4Vo6y)CǕZ{~Q]ڵ7ER ߌgH͈?)8s#9&)&B*LZ]ZcߝTgzGJ,o/rT"ë߳	8b.Q8wz8cX||(&6˫p9}$	s@o^¦)Cg,RȯlD[x0iu~>ewmĘ{qv<=Wl2FF=Q!`i[Xf T}=jԓW$ fDdŝ-S!ҁĐR	B|Ŭ}o؂x[PGۈ1fI-i/}'}ֳQ՗iL۸'};$(~]E/&ϺO2$Ñ(рҤ"Q~L=S)`Icysӣ*B2C;`ؔŷ6_o!z9R8546\4ξ$6kx\ uSMHk]@]03ۖF*K
bğ=geJ!&KJ2CEOL2pZk_ٹ8$A)ӚI]p `e	)r)LSzxҼ̽׆ČaӺ#F)J%ufvm# .P/rL0/K$UGp!Ѝnͫc:̙N#4cXx(ΩBϿjk%cf8T5LSєVfܨqC|ƀLPK`dn+7Znl*BPyg!oǲpj#\ ?\I3_YD.a҂T[z&kǚbՊ%k`7Oڐ7pڪ*þQۨ˩zc1;Vɀj
ҲЭ8iU50j*g:7\kŲtrG1]8Tco/Ge v
'QVѾ5}??
)yJM1%zC8vڝݽq)^mn3ˈT,dEKv6vNN,\pǷyv2T:;ZO9ӛuͽ1޿Ů@~G3ȥ4#;lQrdQ(n32eDt;فx^M'ƕU˼۰3v'm.$8
volk8<ê-CoØ܁{JˢLTDqg00[.-Ya~v9tLT_ScJ>Vߥ{rYڨ`	M<Oapؠo_!?^)u,KZ\mkjՓ;|sԆAU[^˹4*wt$/08f\6̵C_ú׊ݦ%1͜%FnZ۔}%WJtǱ8g0^Rˬ%@w99ƙe8Of-ݯƉH&a#}qFk(~ԍyYg@7rs0}/SaΟ#HEsFI^KyOD#o^^QHIMo4=+Mzw!]Y./E._m&F'(1p4+'
Q5:t
Ye_F{|[ʚVHD$66Qkɗ:I3VBFMchA?p>Ɩk?F73e\vžjHǝv;%c
z.Y
Tp%ßʫl(8#n)o:EdC(.SV\ARc`Ls&v~
Ģ/cdȸ]xS=xGsR^*iZ¢}a>9MپR]V&)"sNXXiQPwbB	Q״8kPRDy4
SPg>b!Va8*ɮi;%DvnY8"^uŧ=ۤ[ח.WMeX׼|?͜q̷ilA&ZiF-!M42z'*lW97WgdU[45Qt1җ;2Z'-h=(TN:DY݋5<զgHt,hlQPkpVΦEs\'<FΤew<	><
d9}0i/:wjDC,w)TZ1,zyǘ?YdnMWm>? q;8~o(P}Lŷ@nO5(zbGPEի3FnpĲ! ``]6f0]
.SɅV?ļ*Qڏ1rJ]mP8ـ`{!~	L=GFzCm:F&G*n?&ГS$H(x*{
6WƳ6j?UtyЊrs@0BqâAKZ"J*}60t3T(`ՊfqˌjmQK`VhGu	'5˯aդ\88|A>R5\/-'+#O.[%_;?,J6+˟]_|WW	u
a̵2P*(ч_&YY%߈GW-ĊYBާlmҦn6,)]nGxqJކ
t&U+Co˅PG38z:
~)9h2ǎ>WL0YoJҝm̬NضԸYLy:*~3ʏz-¤r.=X3S0[b4Mtѯ݊5DT-XZBa)MWgw"|W_ĠhT!IT^ϛ%]аTkcܶ۟i%(=nUvnǃh_߿OM^PԆBPԷJ'ã;]X;I_U~lY''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(17677)))
