import brotli
n=a=0;b=1
for c in r'''?Q߸(	O;t2[9)i@pv0d.	m1/\q?͡~Շo0XԬ6,G4	`ru5OLD@?ێ+Ҍ-؏ߐ?sOZxh;em#7
êdYRʛH]!4qߨ)
ېP-Vb{
	ɻNۤqNMĿG5A1-Ȝ
NBRLjzP[[v{+zB3ؿ]A[҄6	Q&KG1xlf'!ɫxl~l~":;cH0ds[4pdqI[?؁9)I:_`{=̀Uu}\q7=TZV:4Am'oƺ2,z6=+MQ>rRjϳq8bh=_>yhҩzq_{g:AA]
Ϳg_55guWʫL؈x{Po~>bhKͿ}kvM+b6XŁPFU#	xS4EYM7j5REEډM|#Kl"LѸ(oF?kP3K&»I}k<l&3-f*"f\"~BazW`>dgX>Vq#J.|.w$#UT{{Ҵ'EpKa=Hm?9tmC1|U)żgnxݻ~C	r8vI˷rT Zfxx\19o%܁C \~;jNMʭkun
:;iSҘHQ_ll}R{lZF{Qϯd[Z
7<w.=Lٔj\,Lh^Ht˄wWx{8׼3tǨWIx+bXYu}7z2tA܁ҤԝP͔Y'ԽG#XR*P@x*6,`
"F5*!K(@עbܵd5kzoCft/b@<ڻ_3?6.σ44sF]Ü3?n}Â\yS
IDJ#tIP,g)0V	M3=_dPÅzg'%hO5\a)PۿK׉c[|3j@gWZvoj"B9^E:gv@SB1Sa/[{I]7. ѓ4]&|UPϷgrN;iK(N	ɬm:rÐZ̛=V &m,$~A?
!`c8Z.dѠѦ̗[h'"cN+r2j%д&̬AXԍuKj =֘}[nkv/v r-9m6(9jׂـ(P:5hȆm*Y0=dF},0Ä0Z:nN8&A`Ӳx9?EG:#W2g)tkCRmm ij2iܗH84=>r)]\tYܬĮ5,5A(|ūs62&PU&ގTēK!DJY'	FAnݚlK==hO-eQNzK#dp&{f}^( q#׳go
*kwz2wj`ծNTtL'Z	\E+ή;'W@y!su8Zwʆ.m(u_1ۭl|*#7ԙb:ٷ>xg<zB\COʞmj[:K	&.vto%eul "Hũխ2x@<8sW`ܦ*W¬nt^eK8fAsb)r'rEIfu֤b'77Ұ<y'eaΨԽ&0iOp9fgBcFHX3FV݆?u80`]ιW$218RۢrҌbv7ݯkO5~&n'<ʺ#f`B}9EV%g_tK-4y˨~2s}*5՘/7Z.HY%qXά,{}jWj7+Ι*fx=ԂA(&0Ҽ۞fmm Z($CZO(Ԝ۞OmzħFy@]uRBgGv}G_
_<eANg՜~ԅu!_`.kƐV6܆]S0A,>M6sp&<<@֓MaŁŗ/'8lHɭ q".pى5UqzkkrJoqm8D;1LS@j=<n	bn:LS#}C°ָ1k4K~YvȄUxy5{!n|@vPXB=3;Ok.$#5SkKX@=Z	r٦/z	=Mp0or+o`D[Vf<`Ƿ1-_cЏK#pW;E?q|ā@ff!#@HԙH]qsM̢S@#<~g0ӆgvٵ91gu^'Iݟg@6uϓ7۽Z>i$1S٨D":W5%Y)[U|j>9O׫PkIF?VCΔ,Eu͗sVD҉Z2I
Pڄ1·g̗9Co!za)<}{(t7>GGtӐoÌյX" 073	Yp-F>ZSP3Q4Ci߳D59c5$FeT֑Net\yoŤp<QȭMG#³s=_$LǄSrv ߗgҐOr@W*tm![.O?gB<SNc^h
qOG-Ί@zUwׯS9UzpKjCKyLzxYLβÜaK|2Ɠjk{/Ѳ#hQ~F>1qǰ՗Ԁ`OBx&ۿF³
^!Fq*Ƞ:YzQS%e( sXXr&VO)Q"<ضNѫݣ#Cu{JoM?0GiwDɽ/h|nm,ˌe[L>pB˵cb!**NsHjNk);߇ˈn>ԧ|)?nIU3<y4mɉpý`$f5ё6Ix>Yٲ!RoZCTۊ[f3MV3WYrv2^̣Eӂ3ڥ+UhCD/C`}>qۢ Nl<8sB~_kfh\Щ#d2BqҪ}Csۃ؞Ȗ'61I{E~!CUUǲS0>m&+Ǉ^:ҌwHtBN^$k܎
ׁ"[o'/ ypYRĮ
fo3[6|,b:A=yD١oY@d\Zb܉Hd+@Lspcw5kΈ1Mn؏?xí}v^2h/+.9y6do/AwhFHܡʝNЫJۂX63ex`Z«+@/{hj2DrXJ®4EY5J=(I8(Bȧ	"I"Q
Mz*-2YQʓ3nX~)8$	cʑ05՚jOo!ayH}WF2ΐw_	­pɤU>sGfj/|\kCT8t)wnZ1@T=֪yVǑX$`($5ciєuhbR!Rץp(]R*FU#S$"Or-BfCn۩Ԗ@X+AwNWJg֧*ϛ91uӝCO(?
ΙżPC?LC!]E<[3R9xWeMf;˛d4Q79UFwb?bm=g՞_ TԭeMg͍KkuH_ӎEY~HSM&W+?E,yOV=/%Fhv+vۓOww,1"/^	l711[m7uq,Wb+tBLk<{XPH_ً:3͉._X.N| ~&S9Y_HkС!vlv Z>(<Cǥ#B7dJؓ08йiSӼ@;;3Q\pc{
9yE `*Kh.֡R0߇[0fu2sg!1_XRBBw<=[Dl}j9&OPU5=˗0@qE=`<W?4^zRѡ.x!R3͜%!Q]4'K>0PH̪sl)\ f}~}5VbY=>=ͳ>;0@T;C%0fv:.
=x48JBqZՃSg8D&qOݎQ3 &5qR115.׽'m̕	?9sHEJ6AV0~<S+2cr/܌qwӰSѾP3%?GGlMټCXa@d59TAKNM`K`ZсcJ#Yg[}{~7rs4cUSu_}lpӊc@ڍƜT hwEڵܼ230~Qłx]4<Q<87E Nue6Osě3bj}yAoTQJ-WU˓Aڊn:]X{]o
G!3=N?ƟeQ-e}$,E,D `DвHlnǤS_˖;jxIFܟ8$'bޭ{Va5OWbw&aoDVkT[NX٩/bD`ΩrG	-l`w82h({DW԰?ϊCd0]!zЯȔ/cH&b=xP`-=܇V2_׸c"i^5lX97ugv"Ԇ/LW̱XS!ǯ^ѭr`لG$vlwp|u]|]!{"љb~Ҵ
!}j+zbmzg?62``t~MiQKψBjOa%whgP]ʺMv~X3yDNdpÇ f&.'3'هNFIIy<S"5Fj;R%j1a<h{W>[j$Ȼ|+z3M-LU<HѨgi!ELr^jf=HwHXkǣWyË3)MqCxHr̎W
&59sOs˒ޥgTǙȷVo-X[;}ށw1a	ήjd"M)}5Ob<S_Gygyb1M8Xl\A78x֚PL]#z%@QH׆ׁ6H	nT9k-_z,N[8{9uRzxM1{,F32eN;?R}A9tcMq4cػ{o?%)i-RYVɡ=ʤ.rn(;_ex|S%wJdCaw[Ut]ȉz܋[hD4qX_ZbVqvB\a.$ޤWtR	L"Xf%sH:߱XC@ӧVѽ'MRb6פ[aM|m#ѬU%ƾZop%q/&\v(H19P9נMRN-˒Miw3h9&I/ܗNyh2ݫώr0l+8t<Àp_+&u/;wMw[mUWŮI^exR05.xְصf5#0W&<3`v)ZJ	`v'G~yC|܇$L1UkO-UXTfxG/<kzץ;J=U#ϲ(ycM3r:M
@/iנn{Ę9&͉p:ifłUda|GJ%8$0<lzN#ܛO;JٍhiIoߘz8/ȧ',=G_Ҙ؄WHMʔ%%"U4{[fqѫߛ}"l|W̺c-
P:6L­١E7<-vb5Y{ŋ0*nJ o;Qs)
9EKւnt0t~F/1L 1w4"@l(''p[(Iщ~.שi H7Qͩ,'=kcX,x^sOPu+E`Ţz\ĴfBڻ7p4trUJȘm2Օd7X2VےKھ=Ƀx;' dA2@K^ՊiWXf]҆;<M0{tNȬ$+r.S:ҩ7!}+|~fNJR֋"Ԯ`EZ/DӱNKQVPQ۬F#rи@^>ޔzآZІĢ_tR!o2jPc/Wkߴʈt=GUw`j1.y3VRz8|VN@Ui2sI׹D4Vɤ@5@ɧň!BMjoUqR	}/L}Z[z|zɣyZz[{V@ԽɪA.u_<*֛pAac"A,ǐ+3eȥگWd۝62tX\CWޘ~Tkbz/kU6jdB12]8
G]ιHO4-^PַZc#4҃OVˠuλ3w,334KS#Gi#,nMĶv}`7kvq8Aхr֞IO@+։j˯T(^˸]oۍЦr'ĸH@9ޘP@֣*a+d)9n/IWӎʚ"9\D4
`Ё]4o"{	@TS%GZ8$wz.ԟ-A.Vcu&?
0AipO)	f[cd%Tsz8UCܣW cI.FAS{O[@PQO7D͑>i4os2MG9<	bp 
G۴Yc܅JW|>l$Y~bU>Vi^U)e<!8xTfǛKxgscP{XUfF,ljP ɝHO̒!ٗ}R:3
5?<YV8j%gȲvݣ!LxA/,IҬ+υڷ|b0a6zm%Jon0̪C^Gzcliԙjݠ=T.&gkו"?M@q|ءcFzPefzoGA:/WȽkPoݯ&,
fSl\̫+ǆ߇DpB*[K6Q̩qVs9K~ǻF؉KÖ́'QT4lpȌ:wZx@Vќ]E	NѝXdęo5lo4´k4ނA:]	Lב.UvAmgJۖԜBO̳ӊNAA qՑ?Чcc("0h?6"2$5.|0c:Nf3H6Gg1w(9Gҵ]30]aE'bss>S!={{͸dic:yއ'ѣ`QԱV`(d(|Am&x?r5P|*&y=KY=-h?/26krNLPO+B{qR
[%pse\Č>Ig!'ɅI}sиgχ*
"|z`bq{tu3C5bsuވd9Uy"4
'S,& Q]տǁQ'D6xEܪjpu"|2QQpg-mN'XqX^K>[О[w:,-(JŐldWl2Awjoи,dڴWgW!dfvȣeAf5$'ج%1wō1;4\lb@YڒьUQceL	&Se?h3KӤMs5{@ܸ2QsT@^K1(,vǇ3wJsO!Aiu~U9<^ą4»"˼-}MΜb?0٬LR݇ƯCjZիuXk΁>̏VCTĦ3D[lC@{B҇_B#yև/-+;rCBR8/|8K`]*l*TGj>H/w/5Gtr[vy3y;ĝowJۋ,mwcE|Rs|ڗEA{GyRա:*X	sJc\-rnSI}`Usfd8^!<sӸmb="axwE	̠;E	kՇϫY]"]oK	#'7#'pՅU<[zLu?&$<<0haTwdZ*lDgfZ:n(7\a@eR7]q[̚~I*ZFY_"CvE^bDG&WVhпm-3?pv7"2^v`[ϏN=g˺;L(k^Yicl<nhJ4ħQ1#5li
K\.ߛcoo֥jz֡7n?|f0;|Ayu"[jP26(љ+5݊X"3Ůd4pBda]=zsjf±X+9qpjQot
<[ш(Lc	 ƔIcm=XḠm֖"Ͷ4#.9J-ϛ.ޚƆ[Ðe
@n7Oneq]M׏w-><]]W
X.N!dnp|͛ZǗ.EujVJ#A,'i5 sϯSow_֐iӎ$C?C]xWrw+`3{|fX%aaM?XBҡ5<ś& Phϭ|~Qp?EEgIbIO7|m/Y<}?=rd7*jQL׀̣{
:8Y2ƪ{.^x#rC	B`
Ҩi Ɍ+bk^v{t٥7~
ّ}eX>L%(}ۅObØ8ĀVv;HHa?haCWo?s|{b^'&ʬdWncMgn̙X~bb7ˌ9<\N	"khhP7GZPܖӂ"lWpІߴxȘ,-Sǆ<,xYRHjOmߍ,o&ДfWF8}&}ZB)!QIQ;>=G){w)$W7χ(hYorݝt;O1"N<mHgдְj%rī-(:սak][EH֢}T|ځ['pɇB^$cfv¯!l[&8>$N2ۖmNdtc{үؕ0tvvhAB(pVo[*.ˑ&q֡$v5*d%w_Ȍ,%uuQӺ,+Iٙ!- r6EO@ͨ3PԕGjn{I\oš؄?ye}2uI\hb50οեTxs\ah)sJ+	4ȅ	c/¼l:G=_%I!xHXaac4ɃIXF߃ܳāS%b]ӧʻ՘E%huw_Tde]#k4cOe[u/I)fwERJɚKgȕvGcb&E}CmZBr>Ɂߟrb:h(`F%կs,H\Kw%lܞ
n*4Ӎ&S2՝u0^ z{j{AV	|H	=p	vBT_sn=~9:3P'8
Hl*0I~2e_G+Ȼ~A͸Hņ,<l\WUB]Ȼfqpl%r(nzUaP/pͮyDO1HP.IÕT"R)6!363g%vݵͅR% w IGuJ+O]ZpMXb?;[یNQ^(qH=4r{~B}rt9]̜o]tS{mb(ǼQLt?f,EUqD:>>ލhAI[!Z(WFFuWrĆlwP[}϶ȦB|`V'P|4n5ͫЏoP$=pUs
hIjLETw2Ƹdb$]ڌן)@#0Mְ^"F*=kq/(dpX3֌+W{~+Qع>-z1\hC΀5"cʫa){æ2%!1\.5J90mCJXMtO0y3C[O#K̙x7$W	<4g26bN.DX)5>̨C<3sY#s|ZӛJ3o_(PԤ:ajXA"r*uv	=	Нnn$8[>*c3$ߊezP}j،ԅxԜz9&8҂TGGo3<+iG˾F?~L Tom~ÔFjy'&^vJX0Fe԰"8kUݻLW̎ry$vv|yS!s@A(6[#uz 	XޡtT=cݤzj9>?&#ęO>-v!w$OU*-|,
VrfʆXiQRERI^"7K܎@xC)?̄A;%Ʋ.T)(flFC߹o-ϛ;YICJA.E³Ϝb0(Vjr3?^b|_;Zѝ.ryT)w5kú&rN&wGŗ
tƩX&23fΗȄd8|;Jpb#̉AykKrzx4.H2N%Ӵ,~.>vsOo	س 7D(XxRRK+Yۇ3BJ=uH>ԁbRޫITh܋eM(IL{0hl4F2<3/Ԛt<g٢C/\&ʇ+5Hv0}1\ba~n=8ن&H[l5gSaQ:G+ôID_:ps'aNέm&~v-D9y?j̃)֝VIж1ئk&h{[
Slw1ȄkҴgP 8#BXu%l7VZy!8:4gH1	!XL6cJB
<rϚT4$[{|њrEDT:Ks"%AI];{6H}ȷǷF|ݠO7/1c1¥A{*^tSڰwnF7nVѤKCdoZѷ!3ǟ:	eLVT
TYazק4V[5	5`Ġ`%?=(ԉ.2.acJ\3b͟ūb[UA=AƆ,еΦmwZ8SCXnֽ]|Hf)ߧD.ӆp˳P2P)hKԑgs*wҊNcti,*q:W	A/3"ۡ1^%??2Lo)̛1<V-IBʷp%fMpzI"Hsh8a;At4VPQZ3~21q!k^ޙ}m&)V4Z^#`OHێ$33,(E&xZ߀{^f;p~38ʼ$t2(ַfi{J#t1kt۾etpZSZ1~Xv݊|Ǌl $d[rɼTn332%ߎ׫ѣ~&"kzLnIp56exѮy0kW`LcZS	^,+W(KFj]eo`Dݘ+aY$fSo~m ·g&{/s#Ux
Ҏ-nNuh-6J^N	ҏ6Ԃ{AƬvif ~46r'5VdQ^M֫OaRJMYJ9r\:zfdzqCgJK}5ة_JأSِQNbe~?{|xFLFyp"Gt?3/j]nsܑ>YԆ-մ60>M[jvhQU%,ڋdM3,6F٩_`4KR{eײƨVtUz[QcoMLd<Mn$+\T	x]AEUN*3ZYѓFJrX	$Z̉{äރO]CR^΍*.1<1]{*?(mm<mm>b?fH(@{nF7^b.{'ũ#ŰUJ'vm6'=Utxrs]^զS6~s^1t(BOTlP8xKӗ`Q>qQtJU#=^ɥ\kV\\֛?$K"k
VIS\%`VUO?qT֮:Yf:U%y,_O~1+y!P0%*Sē}vϨ&I^qKHD@VǬeV:95(O\sak,0ҵxAމji=9F`QRV1^[W̅2Z]qJΜC'Ъnϙ%Q"^#C8&uuuÉڱ*)ɨ+V
.d޸fM)ux[gb[K=ȟL%N՗wPyCw\ه.7s6^@#An/8iҒݟļߊ`?soFEKAZ"R.;M6SPP[bՔϽ}6{Ǹxº	R^Rck\(V$#p=ctϡkSr0_ʿLMD?1qҡmD<NCU<Z6U/;l:'A̦-#OՙuװR+SfA
f-RJDGVW|l7"E}K#E؂j lVh3!n1jO*Y@̕sX-ٻ
,  ԓ0"Ԁ0:}b\M?8ݞtȰVT1ɭxMzkْCz'yŚL*_4$47D	HĔn5O6%es7Ɍ	w}<ϋy>і)Xzͩ:[	|AԲ*y݃~\¯hc@-5^,uCյ*^ŖHΔ߫#=wR֚7XXH7$<AgH.#j[psIIU1y_Z'־s`Z?_^X3ɑoWg7or&ލc<[uj>IE!<@\oZm}RAJ`VFb_wħ\mJ^+ŝyt]+>Ȫ~1|t+5"kځ^'m2O/d	`i"lW$ҥuL/[T5i7?]Mݓϑ};1/MRIq09{ǓP*ADkOێ-ẍi&@4B#Ѷ rр	'zf3&ezk@W3\^^w-*rK5JNXX%o0:ǀ,2ܭ]m˽0eYX.c$h2N9wKM=wxW-.lgCŻCy[yQI|P"B&mSz̹=@{ڋ6<Ɋ7IӞOy\exKdաa;s*0|O$ll%=jߦX}ox9ؖh"1T+p&ߦ^XBг5mM/֭B
m><tʛ63O
E<;kַK!~px3pȅk9Պ8y&>\drO=@֩DުS]<HH@		V=KPH`yZSfU\CzQD=UG8W	B=D,V?Ur.Uw5԰qȄ^jwBL]}IK(imn("(SƔeuL;YQ|CEA7xkg,{$(*8Nv "Hs\qTYW@21$U^d݈'AW1UτOpYV$(NDk#Aɇ|><,flDor@gsf{$lXX{dwԿXL`6}m2j.1$۱jTxu5@ن1͉ڨ4YlJ5Jmua(frdܬz$E=>!sg(.BV\
N	Ӆb<#}(~Ay߆L+իMظBO+TozVAoaTɪ?ɐIpp4K#*]$:!2M+]p*1!,"|bZ|߬F&dymҊ-<Y;{TN1!+dM(Y:oΠ5,m4Q+dOKߥ@c[̒0J
G/ҽgˏ=%TLQo2`Zֽ-buiQAVh%p60tݯ5xɜڪΙ%lB${Ķg˕[@vR},˶8oӜ̙iIg?s!ǑI`]Fl<g~jԩ
(۫rnI}HV\Xa[v_K	$6ָJ9T!'sCyyj8c.uOZ+-яsֱok9&'*hztj<!R~)TM n-r!/tάLY۽a&$~h^q1#Js2=ռ0(H4'_htۿ@}EҶZ'1Ȓj+Wͮ3 BZ$`cTBDj%qK5
,-l:P5	_ZJx$xeg"IJȳ@dcW1Z7)"})Dfja/liR|W{1W<UַECR&x|X2pN'>xk6_Nrg)!)-O:ʹʥTA{i.JiO?Ȣt?Y#ߤ%!c:{-e1Ӟ\[\Α*sTcBH1_י½ԃKJtb\4?ԬzyQ2ۅh2,Eé2'r!gvGDWCRRVSoؐ>EA^P=4Lo}OאWfmܹڍα  Gh`ͿB<~VaOjtH)yfN0Us_	=4N-l%X2yX)i
OOf.kH2H'*Fɳ;]6]BElWި9,PWȖρ}6&m߯bh׳׃rv;/o }ؿ9K.Bְs9y!;R:>B;xwa^OÌC1g¡O6ٻòRKYeJ*xCdu-^>"b
EyK8XY#0P*Xb`5TCkgρ[>&sH̙lq>dʺt~THǏ3nUj(IHg~9S5xv`#n=.[EN0BQq'277zl%e brlЉI	Ƞ
w%ڔnX7_ۑpS#[n؍օ) ͈aGa>i7E+ZjohXT8jx]֍"ATW>rݨPLȣRm1,E88+]a|S1J>HAq.Ј]\0>_,HtkoGi/K"
s+M}ϕƧ# ?`s#7vYYu@qv1.u|lac2QDNʲ_ʭ_8%ɥ	ٱ"Ġt'Psewҿ8p8²i݆1̬7a1Zۘ}O
270Oa@ܒ͜l\ϱ#vՒ|ٲv߶`ny{ϷػX9TǙ9TnMjxbLOgʸ~Q} Y/'F_΀)˺ٲ`%Zf>Ɋ	ڤN'^x7ƾϞع!M׬)DN!QXA+.V4}}˵ώ-s8fyH7%cC?˪O/@#N3Fu!oʉ3؉?AX_.Ï|+A(q=|}װhXIjW7@βEKp.9ɀ)?D7\S
7*k64ؑkIm"O>L.!lWQ.-q(o5lBcN\$2g֋s$nPӉ
eUt@s3eiMQ7k%L&(ÜLŠHaK3W",I~B2qWW/+p֕}nL0ݤ 5Qj܉d}Ȁ)*]K](ӆ0BΈ,=ƿdEA9	Փ[-AE#cFrbuJ==K$|**xضzוJ!Tlڕ4+t%{Y&6FPYJS'Iϙi@8{ۀ{ 6Q_LQ?ɼi+it8'Mŀp,=s$',vṷLdӭ1Bɘ)4+{ԜǈЎk|wBʄd2DI%¯1]UrvyFYXk{a/gݙ~zv(sYZ#u_49L "U7\CM<aݩ߿nZGyϹŋP*XHQw:ƵTa<bu3hjD_QNwiJE-e2BS Ydldzm$,ܸE~aX0I϶&,ߴCcRӚ.m'{}8ɶ(Zs/.H<f3ܭf
͸T=
*"rgXǴxu\cZ+&>4ٻ9Ǝn
WJʯ+yf.aP9&puGS*pIT'ҵ[ݎ&`H۫V(=]|:,ٱy*Pzm)N>3m+l(:+Gzo|AT=6Ѕaչ̦zמƍQOVC{Ry;dtƪO˶3H]C	L$p3?0W۽.v|#0 >(]J0jjWcӱz0rˌ:D@Ϗ ըc"aÝegΕُΦa˺EX|8_tG:gpS;n#v8\5ĝdR/VBnSg*U%KRҚJ#n'ǼL5NˍqCq/E
x?9_zEk*^3ϩ0R~ōբ&.:ҽ>Z9۴/SBm	*`5{ҳ,FVR@NGG@kܜVK(!=,Qֿ4߀fK9.b}{ŧ3btpI0ġLYL<sˎrŲ6jFǦY =r= H :Ȁ\߁^jË=TL1BI]Q?FT(LфP݂a/'CyqIç]P̘2)M8k9}ODDԦqXkeDSt#]{n3|.H`M*դi˥^IC	_	כzFu nԔOgp !zcHRlo
,Kyp|X7;DGa
jߨt28&Λ߭"sX@temzh=j81Za._|҆7A9)̔IZ/pP`bH8&R_GWJ.1NhE{8i%E-J`_^__jU+]O9,9IJ/}8(J`*@'vف/+:_Q^?|'m48\RczϜUY%<8(tDh<iR0,c&yOȺ
'~$ֶ._!ȝ6q;Z.ڌ|أkYq"y=WY	JmkOsZeJՊnwQ#AfL31ܓ7h!5ԇҬԅ&d5VE&Yۙ	71],baIr£ȋ%>~j	#?rhF9}+2Sw9і/ԥ4`۳tmo0F|KL"Xr	M@4eڑhE~Y#;l'C[j*4_J@ԋ˹T~+gH><!wSAɆт?r*erXA)d	+OLTzXUn,	Hx{cP<oQDAo]Brals;~.yf!/WTzP*UjD,qՙ<C~X7uݱ}tHl}v3Z}C0[Q|6İG#GܵWKA}#
S݅|vؒ|!Of:,@YJ.9x!s`bZµe4s^%Rjőm^>4Zh68eۊ 2!
01>LD,F$D%c\%V+֖6WjW6S&;
|Ly:ۯn)*gMڍS8p')pA6yՙ#dc[~H!ܲA&SCMDyFC*ϝK7s+Lۣuyʮ==I[̡,y")I>Y,YXU6sԸHw@f`7Oi4^S{cxUF66=ӂZ^ߤ1āVȖdUF|όi9lq+aƢM9\~9m8{yȫIzD	`\Vy$B
Q1|/{ui@8Ca=+\xiW[D_E6S1@LebD^q%`=8a.ܳ2F!{,ЂAL3ƑTxk^-Ÿ]AÞgNfB} [LߗإݷА[$+͆{iD;!(i4Oe.Xc	Ĩ1Shm]ؼ4`8c %ly)TpMa`ɕćgdMXKSy{ޓEYxmtL`;}/]+q2O	L֨ДR2;HND?YTSEЛIfQ1\4|.Ɨ֑:@u"*8UŬ.!ܙl,vfdq_˅A6aR٫S"G7Dٸ E{3"YԹX:tgʆkDQ]{i<im4sup-*o*m}RU%A<YEmBkş1e^Û=:l:6̨)<9o$J{6ޱԣ{n"ԵS"oטY?A=1GOS©<am]7FD&94$
+G68ǘ_hk(#q`g]aK[=++OIhRnFNIQ<MpҔ"p+\/ʎM{ɇX#7-Yи=XҲ/`f>C{r6mC|ԇGY=H3Ai+%]'b5ǜKTyPz}f<_YvCK~,r@wBC0$-&DիWBFD<jf3׿38p*!Z?7bn831hȚ>,EP7XUՑ1!Լ[.DˌtzOr!RڲQur^R8x>5B$XC>`+T+MbiſMVV:woa{%$Wͅ}>B/)f',ćOTݧHqWY%nRދǊEuNQg<sp	PcA0]2V]uhЀր9֤	{;Ypr+AĚFz9ծ/DRPI&C|eܡE,N 67wNTנ^vХU	һ+a4<ۛ \Es[Efչsw3>wm=
Um)UG++SlQyJDĨ)8ħ5)6\߂K A	bG¨vװV}6/Gd"gK'fvG4ȑ;e|mˠ>z\ˈ^w^NA$Z@1.G?մs+fWf	ngVpΕn2@:	l^zdƐ֬H'ԀG8S[ݍ$[430ּɃ7=I	۸rmS5&Ed%5}.u/ܻuM:c҅q(0Fe);bĪ@]ގG'wDSAܩ)JĤzk5!> Y(r:ͧe	 K$4vǛXdM$nxdnɬ`'sǆAǃh;Â&vOeix`{u^Kn+}utΰRņ]x:"7ݺvpԪ&Á/^Y͒ձLz5sI]$
i2Ŕͯ2*,z~
|K0pb5Y_Urm:ٮ%uÜ<ʹt1Se~??ij<m#ΞJ36vp]*BP?kۄGǓ]td:dZx_ѡ^1Ӊʑx}ٗ?`*_ڏQС:?1Euz;dMǰD3.۝0\(@s;f+%G,[Aw,ܯۃYḊ
!| ^oѝS#@ȝ_
ynHX+w6cK@}ɾdU}L5Jv
*)[qY(̮Ps ʷ}uH<>dφnbɣS6Ӵ]^hҳ3f91izLR%)p)%jt	[|KmёVEl:vNͺ,EvsϞ&Ѐzۃʌ΄z8	ʥn[p{1e$N;A+VO_:&&#6R.kλTkJ=AKarZ(~]-a u]'n&tb:PC8ӿo|5F[^߂*ÿԷbf%ZBoJq*g*Ѷ	lƪ6br$.R{Sso1j5b?@ltS
NWH,*rӵbNrQP(0lР`%S}E3+39,Cuob_a=u$ϠD^GժkՖYO1	=5<#M^>u)'sT۟P(W$y^1ϊPʺ>YyFU7Y`Μ]<0JxU^Ry+S2o|vcP6"\T
ޡVMMÞo@I<ڋ,zHK~̟{۫ƷUanp2Fބ@qk}6dϜI
gf=X<;3+ȯ8_eQWʜ{U.8{S|M}ՉGB$2=0Nd4|z!uƐ?<Ǌ0Nm|IT1b3d0Z.~2JF1t)tkvt[JYDjR-8/
kŀKj֌2A%Y:Bfջt{#֗`}c2ˡ\1B9XJrPH*¥hI)db%>uFv.!F)ՂĴ߷xh;_T>D c!#%JhP0[,#79WiϞPڗ"cĪDJ:/Vڑ/~VZzʥ|:ruhÂ[)Wz)7#{Mq>Nը>(%Ra)wݪTɟߥz*oOҦ[edXJXs۱MTRٞtğY?9"=\gVd%j/Z<=b=!oUHܬ~1ER3Jdʮoa2۳<Tq=a=KAA<|b =BW
=2R01f749uuhTK
BuvP[|Wt;'0ڀSݳ>WAxjH֗+S:x\hGy{׃qzlr H3O4"J#
&(cHTδn+.>X6+Ţ
lԉ6[z=*^!~Η֣_D\,kR-a&ς#u/yAXy'4<Js]'UeLD:;T\*Y
mڟA0JdRaH0!aD14v1zxc|!a%%Q؟<N^rD9,1bUXSYjC>\nZTJ*C"jׇܭL:5mujPJ'1uVL!}wڀ``xyOa.ĤeβzO	ܺMpCR6YK^ߚs%'HJ־Õ ;Mŕ!n.*"-;~+k!۰)3k'ʍ-^diS8i(fܓ\S>;F/_i:ו5T]Τ0fVpq϶-]SߋӗE!FG#d߇v\bsXSq=Lʝ96J&fqеϳ"K	jc,YZGH3|YcO=6QW/()bZ9QSO`݊ůF',$/nB!,{qM<u!,?^]F$-4ׇlK32eոï(:m% jRtaՃ-: <Ʀ/%&~Wg<?l	+/*~xVKX8iZn%nӚ^iՑ
Ȑφ$עu2Roς>`f©``]blι;Og )T0e;xL,f);J{#.q|XoohmBf!5X{?#bEu	BzIFwWaİ3ѲfTQ|t7!~'wv<Z6Ջ (%Tȅ/a!o]12
k[pr
muQD_XzEeu&ZDW^ش6YW
um>-H##+kT°xMs֋3'˨*yˆ.7SUץ7:Uy0,}Qb4K-dލP%Hj%5ʘR*fЪRi9}Iշ8GSi,H5yۑ*v9Rםx3u@D@G-.wSc~{ ="CЮW95F|Ȫ%Z'~Q4{pj<ѥjs8#JBdOӍGa3s-ҝàYT.hW(v"HvP?n$k+Ƌ=S!Eŕϒ
΂v`)wV-y<Ö%|ZH ߳f[_i:_"wkL߽uA NڳݪЩ}%vYԺ6qDojvVYj<Ĝ@zPHzj>JƣavA'9C#TKP/c_<=Er)VO||5/+dd0eL2͓1S9tO6fZGokjң7ȕI
Y"Ki$XRT޳91o-;7N<7Dڨ CFH8ڟ(Ưp2MX&V#,9=o1EE4'ږ=_4͒(fX{VOϧCpPb9plM<x	|pd֥ٙIט~1,.Ot0LQfuWoGF6YUM.{]
 TwqJ|'6D[bNw{%TĪͣg'RR"
J;/nR@+Oar|_KσSPlV)P%x
t/5|wո]I_Jrkf/{'T֌^/x̝_CDPӾ~ٴ8.΁+c#
II%ʂf
-?)jrАR^T@6ݎ[Ӆ_SQ8$Dή|Jwx9P@J6.<=,Z&s2/Ɍ,g!Td(:ӥgć'=ѶGI x;i4p!zrz~aԉ4vCHn6f[pȝ|ٗ,xPRshj{%OfD`/vBB*uL6mOX`hJl`ә"RR{U#db.Xx1Ks!A;PUc_ұϽ-Gz4ȮcIۇ^oeg'͏b"iKĒKu)T
~kN|! q@cF\;`hGRjoĜfF ͊on	K`:p+ͫ9
*G%i#eʦ7ҏuO6}=Rmvb޻+Z,>9w+/6Hz=sp[*^̮0
?|{D	Hoiݼpu()w@~cӭѐU4a[ԈDZ `¸\~p3
VɳwHW3}4 QF(յJRE[teS`ڙmD:`$"3JcۣUV>?{^~ϟ6}#RGItX%{v`=/]F%\~}&3fN
|ExJyb!̿ޤCfxCٲQ߳xg@څfoЦzVq%94pD87tXKdk+>|6_Bۄ,mNU0i/Sr7*yҿoSDkx`f((
[ |)'y6چ+=f5b"&xy/Kuϡ=*sNUi&:d#!BIʦ
\[W[e.#Ev_xdIQ!Ee)2Ύ)bwmFByaccͩǁHى^c3(ĸrpXScڊb}Bkzb(-"<W۰_Κl4\J;8E#;N.*ض~y2S'IO5Cb׿aZPoГfGTwYl5)feT]CTc$M{X1F!y'iFFycGReMmӗkʴ@!_E`\8pe.6̔sɾia%3/tON '1^cQvGy^D*`Sowll.ƕx74d&ФKk>o1P,0t>5|hTSBf&$G$SHC#pZ5Ơο/Q\ޤG_b؛MD{5"Ԗ2/S_WZD_]ձ6zy]]vBCӸ	kα;q<26utӝx8cǪA|TZiMȼ,h+V7Џ(1ZN}wO,z/rΈZk6щ8̳(b@<KeɤĻ3'K8wUl1
s%t({'>kTW7{Fƅ)Y4ҹ4;/Ӗ̎۲Ascc~	Kɾ>ܦZ-ՕU5XK+݇vQpj<hx:
ND͵dY,{oD
R_%tsIЭ?EӬXJg^֨//XWJ/0WE4XYDTTx{d9'c
v27q׽i։PZ)8>̍ui)DQR &޲uޝW<sϚi׼?1guhG<!
xmgfL 0|$OՑ\~U%?4EÈh؅)(Wqpޣ҈уjgήvڝo̿uUߝFؑdߟL$ÒE޻2J
2{D]J׍zXdjg[,s~d<7_nq%s?md'JӟE\RȐlp{q2״Yl˕b%.XK#'E9PGuF$p6$t@!	qXQEft0}k٘gޜh1).1,k R*<,ERprCJg1x4T͒XKl2+UֵFxx̅!>WZw!̫8wL;pk0ɿ]t>6r]{GidANW{='H/ 0b4vtdG}O.bE"k*+hG2#cjn\קvTKy [K Ka]7|sAOǋZMLY4WjE`)9Dҥ@aAh>DID֟YNd8}hUs7oq,7~UqU:%P3|*a=,sa#r+13./<4M1>z7eLq|(N6aӓ;j]j-0+
Rkn-=q_A|X[tI"0َhƔ:[+e$0D	}߷36}NwIץU52,<dwݩ5AE!ڙp.^4"K1ԝNhə:=1J`Sk
-m2qUҧҭ|1etToح2gلßڣsk*'6C̾G]gT!YSEݥ5[5ڗ(	!LLZƵjXS:q`[ģk:3֮D+ԗ2*Wy_7d(duj}CqADyƉ!D,_܌;uLKYڌn)לRR~Z3OcFE\})vgd(z5XCA9iJDíLιɿɟ6Ϧ)Âuv"q$Jn
uW\EI/^T>R`%o̤L>zÐ>_>tHHNcNٌF۟fC9˃DLʮ`h)#>O8jW'"m͍[7kD(`FhȮJi#bd}496ވhyh"g1ͭlH/dZO<t}kBZ5t}za^2q<Kq"&)Gex&1l6GhVvDrl'ZזLbâJ5<n"אgF;;ȡaxY֬#dzjƨu23=<KԻ|4}LG}`AF9W4%um|ͯOY*lUae+HaWm2A<b`~q`ׇ[_jL\q3dP6͓[P[ts_Rf[TP{1ѡw&)pu;csWZq]5ÝYޯ%ŢpqJE#c tҙ[ev7QlO,YěĕZܠ/VTx!ƸɊQMb)۽E˪oշ3"
ŢU07fUlim=N$TȵqJm8m;D~ƜΰJo=vP|WMܖ!ݑUj)[b,y~q6ZϭW7o3u+9ĨLHUs.mN~e<1qe TqG_ۦbyE#bEH%ľ{ưŠp'Vh k̓,֊w˒D	/;DztqNo =\L
ܰܧ0]cV0{*t(\'wsCS,+\hHSG&oѺ{`isӎ?I!w=%|dΆ0;tTez/=׼9	׎<g˻vЕFI[̇glWҹ-
7x*uCZ'&5)sׁtSYn}d߁$5k_\>'kU-|Z\*m{
N^̎H7>̄ݨdU`U(8UUjb]!%߰%j[+yۈЗ		mp,As;=N,f<;)\%p{dRBmA;@1̚r~jY)DMc$ӟ?[,v%>И
ÂSael8r$
4
>RMIK{VPjyo[ˊ_&'sLq>w@#i)%.8$vM_{MW57nlN@b+Ͳ:S&8
jgaH>LŵĢ5ăN?kw^$ 
Ԅ}mb*US+WRe@vl@PGܰ<Ҍȥv^ɛ|tTt݈V9.<Ұl±Ywʉa	JҘOv:>g
z-[9% zHJp<]*ԃ	ݾw\T0Nڲk'G]ھ@=GO&FM=v1Ôo/'+X!#ׅ|w}mx.yM19/!tŌPͫ
-"]7I.Ûmzn9Bcko>wRPxϡőY"eYt8G,˗tA8[>^7);:Z
Kem%0(X<)Y)+;5Ѝ)_!?rTҮ3@hi5D(Y#Gƫ n~WW(af@%Az:ljQiuѢW99G=kfX#?0D+#O}&.,ԐIH+{lrYTFvAȞE2)ڸXI%jdkƊ7'!-(++jt9WK,;g.dŇXk^v̼VI
Xq0gc1ٲU4G;`2mgކEބl&*)S
}GЦ=ES͑S'bˆ.8%R>աpHnC[SUcRxBP݈un7Lwz7a;dI/ȯ!2)τŌ/@=KkxLE7x|]% *u4wiT>h\&yZɚ?HB.WQWRӑ8S͘m*:ȡbMu}B%CL~үQh>
):ƦoĵPڪWзI8	B{E@)/h,zʅq[8%K^i~+xcJwmgLf.4Jx۲
&fygrO8Uz]rE[%W\NE]ɤ]t!gV6	OM:xI?&dMkع׿I<ŦU҅)vHMs\G])݀5w|cø05ޣX>TvPYfG,*a؅[kYުEwčm!-1?DW{{z fC]nӵ1cd++-ĭ0M5UZfBؼ8ōBFtYvI}[|dlh+7uF/1Q(.s'5aD
*u>Tb 9Dt>Ą9fz
JBBd;1Pr@ri}a$̹Bnhqbm`8pi[6OlPɛWj_̒Qž!y
X}Y'<\H
o	RS>h~0OWuh:.ɌeF	x0ϏTWƪ#N`ݧ=-Ů7G
/mJҙgahlSȫ[Óy&b [S#/ԗDtvV*d;<.Qs9W_ӖM>e3QB.e;Qn.0״BcL
!S.[̙"etQ5hښɕ^
cS=sW,D1+ae@}~B
%'6}tsVDi&ΝEL͓ӸܐTT~Gȩ#ҥ+CzƟsNS>"!ևV*LvyOw'dڝGiŔp$zu9kpNa'	a2;n͝X˼͔Oi-7]	y4\ԥl>t
{oYuhC{sˣg_ ǠNbԏl|S2>BS}yО<?,8ȴc1WŞ(1߅0re4))Fr$D^;[5\621i.9BQ=ٛ2-/Z<̉I	Cmː<cѥڶ=|q~n;kn^9]ܩt6&zh!>{\d2F&szJe¤w^ۺV
*$l Gkpzq7%7wÉ}z=*$OQL)	D"<@SZ{Rm#O|ʯ<ANC6OΣ()|#ޡ9&|cmsT92Z=|F4>:,vdͰ	C79%cB-QQ2ؼWP0&lM3E.х8N4ތ)gjD.D@Ah԰R1=E@eƃ6/@2ۯl"۲K`m4-)Z%*-q2cbv!QB[lɖ͌=SJqZJLSbʀ~O%gF"I${_OTTPAٰjOʆk|dqymj}'ʤd#M
RASB}#rȨ3X{ӯ[1݃HɈuʂs75,n]q)k3~AvYc2iA x~=ݰwDq.wr@(u[4{^0k)."9A.(;YjNC$"9&^P/Yn[.xGktM	?0.[2k^a$YiѴ?֬i^dhvyޯm¹pEhξek
|~sapQvgjߎSç^~ՈG5tڏ,q'zٞul`Rp(pGB
{&UYod>ZĿ*ھkñ::%κXJЪm16/ױ*Æ!.b׸crʚ0y [fu@0{hgJav<I҄
?IesM,4bɾ7VϠɖu!M.6k˸0ۑLsڴsQʨ<]wsֵ_l܆uwfر1ڒtg#t5Nafa5Ԁ2s-$/\dZ	wHk֙ԁI#`HPʇCg<*lĊv͵0-ۋ^ѵj)-0wUMb"H}Ά-@CHAxްs@W%i5z;fI	Uo*caw[4zb[]lU:ſ٧S0Qيh+
=7sO:bF2Q(`a߄E^1n46|~Y73::TA\˒sdm?mXDă_ӞBSAuUtrtBPmKT2&w}":O]E@5СAhICH?Ӯ-67S}	?P`2{@-eVvWSl}>$eYZէpNM޲CG:M!f:ӭLܒ?AwTLӒZO3gAн%)"ïϡWͶ}UGъȵH!]I/b]PǍ҈f܅wiڭ½׬Y~l-ʇS
j_zb;Kɰ|2E?/qQGy8c2+,1BE"jݬI4oV?sަC,ރL|$hMߎJ_ΏN)޶6Е9	K`sS}qBx\bӉtĬ_=s*7# i]LDKYŠѱ_=U=)>bD)D$Bj&>ٔϰ!J]Gp:!o[?:?1 ԙ 3M7b.9;ޡ%&Xw݂tyaf"*2 PɅ7.jd?C934gϑHiA|uǬ̍)f;̸9y0,ȔpEvYshOHƗS#2|FX	Pǟ3ӿ;VP!M<ħґOX$܇ǜk2$ѡ9ҥg^ȭw˘EJ?d,uL}v#iruymg#A"\-Cǚjѝ:#v}|1%H-РPk{]wՇ2fw/1e2ggվŹI;!ќq˳֝KiTaa7Te
Ige[ZBӨ
KC6}1hs/Dy˦jCr$|܀;ϳ.TK^}#KOFny/4ڊ=x d?"MjxYA"h	\iyA*uZu7HP-KBB^˱#E.Q-2uy#.x2Z[gЕvx}.N&3A'(ܣsJAtzyu~i/ӊ3>2r 0+,yۖηyD=`r{L4)M*\LDfwe[cK^"xdS%~΂ȤNba-ølaYGHUҺYSP3Vy͒F[]FOo%zo&<>2t]ss)k1&cN/k9F}zh*VpHY$ptFvc2ncGc~2z&-$,s.eG/P#K<CΛenyiK9[FTi{8't|s1jV,-7^L^.+`tjJ*.$iSMBQ8شD`ҕǖVU'ț+,lczuu|w9VBjo]}X#TeYט>efе9=Z_Z47(]tbײ_t) wM)mOȴn9RIS:X)kؤN+P)Ȋ5<OŸp=Wj:{@4t9^L|{E	n4ƜjAKȋ+RQB͍ԩ`9?P.B=A@I_;;xwۢRĨ1v{RbϱT[[EsڵC-lnN@˟ՅϥGUڣƔ݄.
aY݇8yO)"5I3ˡlB{(Lx93dё\wOy8/sĐ|;Y߉H`/fKb1ѧ*ȅ8QXko~A![
a87;$VEMO+v;DpةhЧ܌[ړG730,!R&ơm;%ڢߗkMYPlTN3'L@PyT2&`8irnk#H<ǅ4x`F#r<}K2}Te7Ydqd٨F:_:"Jmc(.:HvqaR-4Ƣa+XtL6,sV+K#S+Lkzth}!Jbbym}@ؾ˛ߠ.ѧi[;d ͓po|zP֔?m΁Ēv\Ru~ZkגR3^]wXo:9\qB*):6]Hńj+~fж?xD#]V#yȽH\B@+apHo(Ϲ~uQo=t|!eׂ߱2m^,7+Ǟ.i_ogHȝ\`aL؉W)l9s֏Yc^%ד5p2?%̖&QW~k^$qgҢUWi65_Ӭj`,OiJ>kQj(ʃ)RB-B}f.SQGT)Pʣl.7X%&pù:Wp4o+$M߽P%(-؋uHW}&V@ߜľ<"8~:~-GD:7]/1>kԜӚFHIym#p%ĆcKK9=4o
?.aй9xONot:ÂO(~Ӣ
}~b:&d1[f;"t,&Ane=~#,Pa5.͒FX_"~ŏ57.xV?Ւ<1E8ybHkqT<kd}{Ӿ.]$q
̩h"=pzn̠2c$[ϙ4L8#B"!	ǣdAzX~7>b1՝"X2ʹǨ=9ƔWRLcCRr*Ϸ;@̘<&KmL8 N	[~um&!+c}7ۇ.ӎ7M׬Tx{߷PsA)FoT;˼ 0oSUYAYy~^O"<>[(٭.ڃC	SB.sZy}oTTȈ>Ϳݷ;fBoَ%Kж|Aay ӕwBFyĶ,G*I!OepY~BsNw(bB p7QRj\Of>evۛZ*sl(0˦0^0>!<vz^~Q*bȢ5rU@L#Ͱ|Դ}(We@k,;˖`ko/^Z͑ӈy0"S&\~ۖ`ӛF=XK:$6b8zd=b\+Iʩy\*q~IVZ!b{V%R>I{ɥ׿	qݔb	LץKn^VH ~~jEP,z<!ݰG[VUQߺ4{9rݬ0WGc5#;"/ƚkm"SWOQI|k4ȢU0y	oի8$b(cԵJXZ<1\W@CXs7sҍD`	a
$0kE(	J;imZ)$G~ނ,=7՘ww&?r&]SlwQUTQ߀UJ̄!||,P7ɬ/E*F-4]Tmqw.ޏt֩T٥=j$\|6(Y@rнMYjˍΦ6+-}A?uuEa+%J3sMsCʛ75Gy]CH|u_:OIfzC{Wl1vK(h	\S(a$0 0tM.dî<aZq!~Ϯs;w90ի'Kx"Zmrv.2)^FV9Ӂ0fmlӲΘ:S$2ɘ®ӏOxNPR'XOt<̫qǘȂw))EΕͺDA(!c`ѲKO&E߆ܤp7j?{Ϋ-[>?@P%֜dӰy7,~',Ei,Ќ։TЌ:Qpp)!r̲?GL|Y+LQݜ-Ha"#>+0BsmםƯm'Վ&a&cYH*7$jB|Wo@6O(R}=jj׀Fsv:uկ:֬"v`j?*/vp5JHɢաgK:aդ=>:ڑðU/(UP&bbfLd
T4ج-7Jx:]
^CZ}"۾opҢ3jňtIԟ4Lz>Tb}>˙ہUiM7iSY8$
aû$!$bݸV,_F\.$w'>2P`|
+p$b8`jD[K^{&ap0$8J٨6 lT8n&N<v|	HڔDx|ʶ=ÜKx76,"OGJp9_0:ئQJog̍1]N}ј6GJN6£<45IeaGdL2r*KuI5oYg%t&qkĴC0ԣ'P EBՠ/VI!_~<g$ѻFZF
8Ns-~ul2IohNA8ϑ!_<{MohE{ɞQpux(l/"1^ruGo9`AUJAے"v`Ga2=8RwY/@<;.
Tu?*%¤WO:%RGT8,wk*Fe^sf_u_/+!q:<W ͯ;[> ű3)Ú:2)[<@2/_֡^ފK?{]KO-EnFr(hѨOTk,9;RxJ:OcN^©ɦjv<vS>+{u »k|MfWCHjj=:jBG48a+B)UͨE P$Jm-ua(lٛ.8;/ْyeK/(48)EzVKmIxS-@̑IUކډܛG=%oְ۬OH,-A@B7Jϻ3yr{Xhҁ{<:z~-7BFHvSjvF*1ɲV?w<_ޡ0C7M<C
#	#"b˽3mƈ@_ʉR.́%P>գLޜM.mޟ׽/!  t{qB@{Y;8~)~eD:mƂKKOCFhMG4L Iɮ7lRǱ^)vƏ-fδZ:|GHmՇHyCXݬ8ަ:ǦE@hkVהVϿkŰC3aE
I	f6?(!%+ 5Տi#R!%KǑoGFȗ$.GHmg
tX/vP+Elُr׮s<tG:]. _~3$1\hأ$Uή(y҅DHE=ZȂ:w;|EA~VYpܝO/6?wx::,I&\Ƹ=p(:Ll}{Jsk#Uq_cld9\|$:Ԧ(DJlFvzl(e`Nj`kwg13à^c-ވ*`Q")FAvJDQ88M(We`m#tHzWxgw|.ˬM3
-eԏI/ϙ˟ofrň?
Ȱ
(N,i2$SY}%sWn;qlZY\!FqȭLwF:)4[FyІ'vѾ&kZÐ6lbw4Ln1/|&U0m@רU2J-;Lҵ.e3N]ңZ{v.
z6ݒSŹܽܺ֟ia	i^Ֆ[IuMvUQ)`YOK&HʪGF\LKPfqqN(D÷j8wom!]QWBL5м% h:enoq}ol٥D2ٔ7s;N|X3.@!=T,m4|ݽ?)	a+t9Q%ǝj[qqsx
׹KpfIƆpԋY[3kzv-CdXg/k)!J-*^өY'4,hҪĮyO4=@׋5%L#=\3
9Q:˹
ZMϱ`A8Ҏbi&ڤB^!rbi-?:^Q%vCÉ5\w:gs9,8G%"^jN,4Ȩ#|;c]n%#čKbmx>ZeY4
lUڇWN¦Ի->[/+0N=LCjj9sZUR(%&QTEC`{N̏P),ҼԿuRWOf*9'һ/b"69Nڙ2ʿzϓy:+  ԴiӦ5/T,w	n=3\DKY;&A"MՈhk.rD^p0RnZ?ܨ7gG 3	|ܯ48Y|`\2{$Jv?R-5mw8Vԥ'_:p<NKCBBW&,K2KkMq1Va80˗\_ȼԊ\jGՈE>vngG#Ѓİ"łs~LӉ ͩaǐՎc
CL6FT.P5m*D$1RfHi_Cnub^Aԃ/N=20	i!GBuYn3b93H9r/~{:t^uxƏtȦӒ<*߂ӾӈΨۺ<vb6vgޏY`*hÜGįWa~QyʩVnGZGw`+gjDMD.a!OA|kgB(I	Â<dԨڨݔlߟIL#8HNXss8
Z/?AuLfWU	jz	~Gqߥ\)ЁҮ`״̐p8#ܰszeo2OLHm#a/Ϧ~#LUWOEՆ)DٌFDN;JSaǰiܝנBF;פ4k(M<"Vci-HMƍ~ͰL)T	-xB\M<]rPB?Rh<1oHn%tѭk0ns+{֧,o,5pʌۆs9&ĺ
wD6m1ӿ:hJRx,V E=7,e'	DWlފЩv!`NvKpVФYȡ`xO;,PA%
T3.e<̘sfĊЍ"/|k*KU"t2"w0͑
?^Ţ{Mj!agS9ՊpПƱ<kG%
g {X EGFm/xױ5!gPIx.q d.~ώW)z!wД.zH
g@/OE
;޻ ~Ҥ=`Zz:$u"BE |W{(gIȬ_.N R¬Xް>xps)\}?ol_[0UبW-MFF¾>_Ey`+{~Vd'2|?R` 5^TXRe/Tff
RUy!<L|YGũUZ#ھ~=6Clޕa@a<VP"HK`ƅЙ0K`{)@>(UQn]Ч1t9֘\G߽}9$_3UƠV

*t\#Ǧjӡ}J~NJ{2%5h+'4@.-Ȥe1Qً̢QԈE
4VBC#ZR{0Ԃk¦)jۿǭͱ=ԫBDߛi@{0ύL#:[ņum̪&Ӓ_,gWhjզs 
H&D~[>&iͿݛ=
c6@Y\Yo6ۺ2K:ȫ!0+-~$˂O&a}}TϰpASK@Ovc$`W#W&
%m݉Ǒ3ElFgy,kǓLl=q,=OYBH/9.̄b=Ŗ	T[d[vֻvۧw8? M9N}>Fr ]QSA$HU~HF%0pG.%+{*?p3c$*XB\شsfID1nnokyh\W	B"֊tu*~Ik͑ e`MO!iYl.Qo
TζˡyZ.'ŶXl&$V#;0<6 ęYADp_g>03='Crskd$ʻĦըWE`3A	R&@߀ߚ~h2|sCSE{"qJd.ɍ/C5KGƐ;s"MfW'm/a6"YGctME#ͰH{Jvvr`5̑3gxd+8F'gSqhȄ{3!Pγn?+čBOa.
C	ڃsʕh\[2EvG8f.{ĲMʦ.t{v>L"9ѹUE4>^7\=\4(&}erv+aNtt?;8&A;L~&s@zEh߽.8f:M#6V8ɐJߚQu1b"ΚludK~c&iDx(ZM}|6_e&L48ўDYH6~*^jxXPՏ%x"SPh%(T0+nedCjgy<%%[q."${n7I	48d9MU)Ţ!΄2AwKʍ:ōȹ,(ȼڧC[K_QC]3{vJj>Z{X\z?wpqx<Z\<].qNOstcܐ?BY{gє,y:_|F\A hyC	d}**<7RFJ>D4	BnNRƓM\hż"<F? aV`#D(Bщ]aVǡczf\:NNv~)׳i.̂q-ҽOuki(Gku=ߵacmU&	ykԖ]k!SI͵rYh{R*h(bדcP~A{BϺEgnl\|0-c٘Ս1^4DhNL̞ް:xYZvFVЋi9slS^T|sK5skʂOd*p
#$Zzn-v}ʮ:Ӊ&d(Ъx.ѝ>KWNmX'<kXF/
BsbDSj!l(yNQՄg̞lη}:#3;m\xd}Mޘވs\=[}|կ|0-EN[zʩk		Jg!at;d%<mǛgÔVoIhf4c=! sm?#omśsGkx'\uu-5N}KB֘Oj7<UVD΢d(%%#/Zwqfq<]}=?O_#nPS+rD؜:N۞}´Αi*(v@Z#Cj&cx[ogmb9Y$gDb+ܘِEOZfwӜynV=j YhC̖)oL6KC[ДfY\*q7fix4q`9I6JUE/چAӡތtջG^`9O<ƹY.gknRԸ9S7eG}\B+Ã)N?MjC_qC=>܂1SזeY ֔U4l?/Zpa{z[JmxZS%'*¢XCL}7=m$(ϸF2;=$g1ؕ+@Y{8;/62_3PZ}MūdţF<9	hR}Yf$gv:6ͣ>(Z(X	mӔ$ݹF|Yl)OvV$B=Hb&7Ft&tA*t!"7eMtVucMȦkz՚0o0FԫRlWu|Kи`X؅L[tvH͈K"g,x-!)Xl=}qv"eA-)`
-}t@,v3`p)vGW\V`׶{~jAcܶgQH7N;T4
ĳI3Bb
_z3$Lj5#DñCҋd!TSM	Q$ )lu	s֋t9ػɟn`X2nAI[)h/Z
MWg{V!FtkGڪͱ@A@ote̜Lq.cx;b]ڡ<T"xZKAn#4o@hh=gݝ\оZ]
_N~7&)'ȸFOCC=W]b3w߮ѰRAX6RM"}7=~bE/c$",U=.+GW9W@89!~S7Io^įlr}eL	(!-=zWҾNg-9&W3^(Ăa=̽O7%c*avՔ-!T֧b6M:I')e#"iu?#yRrjg$Ԇe.'J^ЈkڱIHI-REV,C8h8	NZ3>ܚN]wrR#5iFS@ӥ#h=L1'f½k65rXzzo[iCފ/]X?Y)_Qe%,"6SR~eQ7ܞUXJeGKq18pjMԶ,-_cHIu߱n;'Lo[kc&Y[Ws».?dvɠ,*FSjUyДeO6@#`r׵#rFGC߹ſ1'u/#ÞX;-ѱoHz?'rTʴj}rU@6׸(J+c8[ѳMs%`vYՋ"c>l+x^L[oD*U0LGVSzFѡrqK?g8V-ԭkzƶ%^(sQkiwYHC |h'Ak0ܧPEwlƒE=i2GRV~i-z92"0`˶߿
(h[ӂw_	]:bJ#*фBܦ/Gkj>92.|A6WqzV	_;w^NJ=n?'#+>hط§]С8ocϤI(mؒDΪsJ]Z<)1vH"ѠyW|׽8_BU?TDG'~liDWDq*S2u$V~q`FǮ2wZ9
=ؑ*߅kTs_}MeRy? !84tiok߽fhߋМJf'cMڣՏ!(dפȁ%D5bUاs~	mrX{C1ǈκײrXٻ1?'ߔ;"^G>;#YxQ=tb IZϞwLSQDMubϩFM zTՠ;~xn=mzyGOY	3V'%BP5`P˟Pk%]eawj˄%ŧ.Q(6̆1^3nm/һA}bGEB{ͬLS%ɑ__Ú;1$xLCxf@v:sk`mۼ {7eԭs`ϖpM6̇>2oG*л.P	ծ̹'Ww6$pӳ&4ԁרݼ ȗ9ŞNl*g0"aAvVmlxmwd+!t4d̈́|Ś*ώ +&zɏ͚.H$kÖkX##=r:RƱRp
U\p)һϥ,2%5
bQ̊:=tUj,rb,hܠ0N=޷01H_ԗʲ?TPԅ;p)%\˦9"DqѠR|DםBӾlc8|Qp{ѕ>]8t0aY̙c~6xI[C˝ň|љ,],+UY8>d]l9/GyQԠYŪ"QdV:ɩ-L[nٖ-Q	N<ɔbn66m.ίqb~{iz?O@CSGxq8:h}iS7?DNۀʜlIa0UȂtj'w\S)0& X Bm ގKOIF a4bd]GE_JśH_Wɡyz!P@QCp+x(ڋ[z]NR2Rؤv*źo0t%9 	;+x:Nz$F>EśAp"b0V2*dUM+=ƭ7͗Rdp_%5ٲ?KFN"0cjddE>/NFy[:΀t
a1׏HTĥيd'~W.5V5XWoXP)Qm3T<G}UC/ϐ+IR<'@Z$¿BX rd~u1kΚl#pWߌQ@SJ33qѯdL+ťy`3LC% x13.J,oJ})
]kE
u$t٫Kj-oH#22˟ڔ)_O`Ouڧon_rEC
>TнumY\ٶ<;g-p00jmr/1v]  G9P5NH{nZ^Q%ZԄZK\C~ϻ[_$E;#p$x#l[&92ǜB5{-:ei##?j2ZC@T+,*Fhܘ@FѲfjvQmQeʇ%Ω?+;RGȕ&:Lӯx(B;B<"ͺq]iId\FmN;+hflM!Wg7 Ş`zc0nwU{{05I\ֱ|łԅ45aj>Ǧůڎ΋OtC^l< 6ZpCoyWdVkS7ځZ7*уy	qL<a\L
=rp!0]C4n51jml+{hjڹqf5s%A@dNƓENd"(sj.BLUyA(xT}C^UD]>@i3qK`H<ѬUYѠLv;Ń~o2#e[%ҟKp%ͻ˂Odwy(tgmhVh_%;{-Ϝ
t9|Q9(ίrIyuň3׼|E@'Qg\%tqu8X.׭؀Q@-O;W+dЁ&@JɊf5J2Q>0CTn?U~_qLYv)'ρj޴.Csv֯ԌO~E(*''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(27122)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
