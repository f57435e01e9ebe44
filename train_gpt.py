import brotli
n=a=0;b=1
for c in r'''3TZC˯@%6`t?1Tud)UWB<g
BCY^C.{wĹUAPb_TK׫t',#-9o[eD{B`$a?˼OM߭ҭ:m90_p B#9Сg+;O2(o9Q5Uˬmu7TLoMܤs>NJ=voe9_"VQ(&NT%32ѽeʝڜ`xn(TXxZ9Tb]{PUMhe$ē)-RsV@V?Yѐ|{pczԌ)SItZ|<h~\%h$_̏yr<uQRș8z]CZًHxzTmyg
)BPù5#~i_q9<O"3#<LۂeGBn^ZO6LǢx_aʛۿ<\ڤпz,ǰtJX	ϰqt#ʕ
Wr`!rˇ*=T i8G\dEBjGgqiזY)F8בyC+vmbm\դ3rHrT(:eW`"J]aL>FMD4~`,X.3K7NijPduN
Z9=y< ܃G+A6u_z/n&lD"=<_c<jzGm}B֩ق&!K׬K}tv׸l
0R<~µK W}Q"I@f7
E9u+v	x/@DSJCC+E!_woj@DN9|!V_ ֣lRa5[}3)w{?GGфc)aKߎZKM9ԵӟP˗=ǹC"I˓J
u8vzF%^|y1/5ԏɇ{lVLʽ_(Ǉ6\?{ahWm<n}Dh'oA^?ǭ!*qޘ:c^RbepŌXS&<~h"mWY}Ȧ_ɢMl8̈́cx ˍC;<%fh6Tcɀ?/:՗DQVwjv"Smߊ^b'N}((`/4FolՓe"$anJRΔӞ	ISiLv.޳*!`[QΟؕOv?ƠN"R۔01pFԹ\W°JV[ـ>-VX["DDj3wm- d-FxcFuGѢM~ӭ1fACHPݥls~bT*r̶m-ȴSԔDX5GRО`v}2Bj$D{\ɞܐ.N, ŚPRjo#0Ɔ"URY
Lڍd.%'_	
s֥	%4w!-f	kh-u"epAz"jc*QUz6aQsPœLJߋf&Áڭ.bz%ɦHZݝ	ggUz}ͻgR9.])/U mϷ_oW%SOiD}HѮ+TQ=>|;<8,{3v'0oZl5Dy3tD^KNzc9PF=G.O^Ԡݴ+UTljݺ1̯>0سȬǝXۧ\4J&pl H0kFv4m}Wv.1m5ZaЄ!IХ5E
+'}Ū`<zj:8G84%K۝̑+?*b7*~ސ<7i~^6~GN_@qą#,#~o#xzenZv_`^MnY)1:Db_#VS]bW<?ب?2I5hQ5(ֈϴ*߇:hbW>oIс܁Ws8h%_==<3@..+N/5B{a(?83^sҍ?OJ_Fޏ"hZKBz,5uw-/,Tz*iĘH4E{FjAFA+j|߅}qnFUBF)-Bvt-W6ȶH#JWu_4;?AŶ@v[ޭI־r!)p|ѩ}tҭ):Qϭ͹UVd~qJ#(ozlٳ
Qܔ"/~8Txm>c.T,Ǽ{/7dVAI-yrUDTλ7sLÄ;p~11;	&jر^GS-C^ZF8c9RεQrpYvܭھ=HN~̠[&JF%4tj5\h4FZ99
Զ~S3v@9GOQl-,c>rn"n!]Ŵʴk2Ò>p$ޠgRv~usE~7dYNҁx0<$Ԛ;_ ikFh6JpL}sZζc"/fs!3Sfʋv{_[`gaylK47g8<o#m\xCLcFdn`=H
1_!$yl^KNr̬Ԉu'č׼K
UMIhd2\\^Y`wFWN?!0ʝVh`ՂQ6ы42ֲԘIUW7M+TqLq̦jj7֞pyĝ܁BԞȱx6ZQ532h	 S 1QH~rmCFf"A}vƬ+p"Ӧ~`Æ#Ivs{4EUm59Հj1XhD[\!|}edpuGŋ`δ^k{C߼Ӓ,BƊbX'q#2aRK]}ΗjmoÛh|yW#=&-!FǩjO=\NV4lC4T'{e3#RaɬI*NYَU`!OEFcgo`s.CGaqX<S̘BppV04fX#:D?b9bIBkAYyhѕWo&Pz{NMTjaU\.bY ;+s	[Z݌ej0ƪ
4c	#9Ox[Ύu'Hy}[e3Q	& ɻm.(ϧ'-r;Nv$rez%Ќ`ּŇ+_\	%(6!~TO"I]3Tw
z(qpZf$~0׊J=e$.ʯ'GC؊>T1-qـ%#ز4!goc; 2
jKV]76'7OɿEA:r9K|KGf4qH&t}mmsLHrSw`6!ozWq#hMCsiZ\c<I>jo"{pz#oci)

]56pǄEJy85=
''>ֿhPpQҊW%J#gnhKL\cv;8$1Tkc:ЅB@6£(t*ő(ɽcHj8#ƥ=!ϴԚ3GȗΧ}>rsw6ltQ(_֨}A_OT@D4[z2|gإjĜaχ5PϠw6!_2Z`-M5{ؓ15(>EP^۰ /B`:i|\bm=]eN-8I#'0|K\G _0Ivttrxw#v܄.({5֟5:3|Iq;-@qENc Ѧ߇mݚ;w.OQs'vp?\u6Y\ek^C(@۹L2΢Bȋu1Dݳ^m$u	1@>T+ѿ>ftgS~ίoQ`^ZwaJϤEż%'::EME ݲ\8J*GR#ʪj-ޅ\SӇÉcŀi!ʽ(	"",&фg|kydoZGqFUc;VjmFg7yu4+`Ϗds4т~ɋSc@)wͦ0.KNL(!jB}l:h"P4MOMӜ:ݻ]EH׽2~lP;%z$όƹ`~EgZH#nTb$G&ï5ĜX\ζbL5^+
ϡfcL[wëa uv־?Gdt.zM{{yRۭ/pQy-	b/MJ}&t,^w%IK<McFD mȴ	aȜ.&)@"P`&=1>Rbg&ò<|y_r]ǑL>+'ګ(?c}}2.\LxknZ	mso]?WO<L%B lmOW@8A3ZYddL|m\I0f-ުzȑo${vXXSʖݓl[!ōp/+)ћաeJe~W5,wOCƀWQF;/dNW;2]O#ء/?zIa..Ƥ&j@qwD˝k1ՒCE|EgNxWœ4Ts[TA<ȍ g_^o'AP
 N̈́ҩ?0PՑy^u;Ƀ 85-Nڪ6ֿd>',oÖЕ>JhD|Z7Z"yv?&T5%Ɓo[7Ͷ
dMw=oTPp^BNCU6Ǔ%n\D0n$Ҿǂ׫2jeMwGH\^1ьxD߁~YF3#InB	O
x#@f,CJG?R"%!x9RN`A[jrg*(8(s<H;C9ؙ]vw~Lτ< ByqRy )a*UJЮJ>sKe~3!т)S(XOJR#Fe$JbZ)P<@UEoWtGˡ͍w3	ڥ`+'ުz^0bk:49YavQ&bjgٝ\$]2Qeg`ҳkHݟҰ͜$F5MklA|QܻY/y7gre:fZ!42yT۲Uk69X۫`ѥ	G#lqԖ=ј͙s3*t:N^wǫIep|<!I~R٘sSgU(.&<}BNHcȓSC=,DȐq[Adq4u?w?/#j̊[+gnt[M|X)7+~7f0`\իxbp.P+rUD34J-ĝ8eC7*ĖrBN0ޢ1PaQx_o0s#yD,,GӄLKneYރ<CӯB:.X&a%5`w1v&fƋg,n++g/rU׫3^muܟ6UIDƿ'3scb֎=iԵކtm}Y֌Fʦ`ErIlxi(s!T'qb?eBR	JK>O#ԋ$s2lgMͭXtM3Dٛ4k%Q!i6P,MȗЛ{y.;iͫ/cEUwv"k+i)hz9$rv5Υ/:+jaa
PŜN_4jóZvz:}ˎ0zhU.?ӛ,r/6ʦ+w/$0B.#Aܫ;FSh;:̉xXem{ܮZ*i;ڀ|h s4DִZr}XFJqcv΂ιs٬ߕ֦b&ZԗCԷ7>6ߖ.Iσ^9uI$p*J܆ܒW7oZ̿ـ2 wo55~%lA:qV)\x|it-O/Ҽ}+߁b7FԿV}RhZh̾
bA&R?ͳ> p?~Z0
#܊qҿ|xJsf}EqfR~kd	_]Ȟ܍)[&y`q4o	Xa'&U<ݐn~rO73sYDLlK>e޼>d[7ԦaÄA}`.ӢeٴÍ"]<L
D>WhK#
nڲQٞ"7em^GA2Q_z>>_
3K&X^pAÄrdS,p!U-?[[/1Tְ~*F5:T 9'9]H
j"!Qf=TǍF%ޕ9?p؆ϡѭ=ZKl`'~jlX4Ja2hvK5v!MqQ%=mX4Io/nXgǳ@Yte`+ۃԂsL=?&ɍeǭ2<Ĺ^[1oGB-phݪ]-izNr28yxL(\ms<G/qbB[ƱDA+6Ҍz,Cwďq/kK{PE+}kk1KM|ƔFYr2KPݝMqϛǛn w.[!tЛǨÈ$׭N!pywLt\gֳ?5~"1Wbj]n;txx),j޷	=C:IuVKЁrƂƝB{kسV&QcK>IױGxY1+7{`KMQKKp/uvzQ]dԶi+k̮R5Sga\HҒѐ(oJb3v#9@\E]>I+Ϋ$si4s7JdlUVI˖5OQi1jxLI+uҟ5oU¡TZ>(6*Qx2:oڕ{Z+Γr\ÚbmW"P-H\C52cՁ2L+IǧtՊ$	W݊SOfs:ʱ#	YfD)g.Nxً`h]LFuWg8qN:Ԯ,σAzX2Ї~^_f~e1R.3.7? }B";*T`˾yOrQQMUopbZDrTU"%fh$n_aK2:6X#2M;}MJ]Jדu<~fOi%#X#"JXi@{pbUjawvʜ87UɄre*cߍ!\pb*(|UV}e^qE=̏yr\&pM(C;=7Aڶ,?@^omu*@Rwf@RI6Żtƻ:jkl4ǼDIq}|Ȏo3*U\OWPZar'M:`Ũ wL'~^5x'֡WZyUl0OIa>$7h-X^
0cveG`޽˫iGyndyd.{Ś=2pgŁn:y$ZÁ|L,zB@,uն5z)7e-#LQF}W]?G!cq{c6wD=&rqxKv~0u̸Ɔq\{=`Mu^?yMHț[@6v#8`@ĔSUkolmrCf}!m8VDnߥiO:-f-e֑Z`{ơgsЫITN~ܿ>ݾCo=XsgP\w^{@BVTɎS*qCV/!-
c#,;i_Y08דJS<mE˔m."39!0K	Plbb	
ُYѽOؗIwMK8/_i̔-5υb}ZU${R,LopB"/j(
[(eW
\{oïQIAtkϤr}P9.y5ϧ
,{
+܏el39:4نEI)^#rggrK._H,U.*P&7,̌+w΀SZz[ݺJIxtDYFJ?ѓ~U9Cjgk'߅wdb1'0#Ztٝ{wxo4Ykce13c?T-nC\+yXws&_kxRiK;|Eu+_y/O(<b\V$̱J:sVL}R(?ma~DIOн*eoӣ\۫ؤUYO1in7I:)S|$R~n>*.5-׻?P<?l~3(ǇLMs5lY+oۍ~ЪɅ˟uIFPM/zY,:Fy۪*N-ERPkIfXޚKK*O[ɓFgըlڀ2m6<g:nBE~;r^҂)UIͦ[:Jʤ`|YՑE-ڿ,Yi{_--g$+vx9<	NO?N92ڋ.!I:U+@ҫ^%ZƲ2vv`n"7;b_(U?p#e4c1@?iϢm$b+N͌Cͨ}!2l]#5f
CĴ
x.o9|~8΂Q%ƎTR>p4k`ç̺͜
XX.b0Jh[^`PFp-÷vl-9>{`x-G@H^{Ԓ1v'VWۃȟ̃dxҡ#BP3zČ٠_69;!rԋxӲ6ΟRLXt˃ñy;q:@cd]+f֢50E~K,A!z}TMj.{p[{|sT|~0AA$}_C΃39ɾXU\_[ǓjL*DBK	y>R/7ߠ2ުە&Ȁm%I1; hy*V4(:dG?hn:iSgSuYt*fؠѲ`NNܡ;O#yn/>/x1{ݬpT.w.ƾi'Ygژ/Wš Z\Sjr>'I[Cd9ݨQڏ;a\-M4rte2[lfEK*-b%t7n`ԷIh}{0VWu|cus.hwbIŚ/sԕer:jSGUSdyxgJEb֬Rx3.m.Nc9M9g/%
u h"ǑdSSpՇϦƬ3"$W#̽%ڡ.rБ5
WL1!)N.>Jqe@{$]l3E8!;naPU
hdƮU'x=PxbG۝w@?y6uqE]4ň_)9.B$"2{j_71JuO-AG<w[$1rfLɯ"ƭÀ׮hIRDc2ȫ0cLLbFX(UΣ-EkDiÀg8l/	ܠw~þݜI]etbv"%bUTߵ͙ځׄ]
	%:5͓ؒIj}+ͻW<3`&8DBҐ!\*#V
7x[;`xQҳmYiýX5[qrxBH!rO}ű8DBʄ?|z+͒ܽu;
v~?\:A7O9GKU~7M0_^j39+}M
o6Z#ߍ/W\GAw4ě.22y6YFTG~ȒIώ;)`[/RsH]-εu1ȻxuFXnQ~<:]=ĕeaJρOqtsdÒ.;'Ό@z%)޿j8@tmwNOhʻ1Bw\Y'[-lZRk6)ˣVY}vϋ(Iܸ]8<Yy94"QynȺڹbV.mN7i>	]0ôeЛ LU8֋Lb_MYۻP'Ԍ5ƐPcҟ٠5P_y7;9Fx6<OGY8<Ԯ߅QzMrj(!}R ,o,igX/TV_I̓ު/3"_G{ܾezNR5lb<
ҨΩn9}̛KPJ}O%N]!rà5ۯGoWĒKfPzRNu?hv-żӓGO5ڂqO H
Q\6QKWN=5Zj^	~&5's&uJ#-Ҫ|ɔy
'`K)Wpö1qz3./Dt3A$ScHPʤ)6)4COm?9abNÛQ!Uҋ)<]<5{@ZZ1VpI>ٕv#_wnͮϠ6j߃y	%JRey|,Q}}RH߲-kO]}l8j=j9~ġl6P,xR/p}P6قI~ZN*qD'}ɀ+	0@p^V.7"B}Z+wC!fO#!XLQŇZbQF:l#>ʬJQ¬P=RQr(TɦG.[y]Ms5ixUH~T^a9l)޵>Wi2٤ <֘QjX.d@+
;ɺeCuhnK3iqN8Q÷	ge`Ig]W-	w
u"1zF-To}˟Y]HRMPa|9v4K|3ݡyHz{?<Y"bͼߋ<dYn7ӶAٍ۴tbNg2uq]2@XϜ<-+%&\W+}ڢ.5s];{u(XrݥPYo.!Ҕ(n<#&gأT<~;dT&u#pIޙ'xXx+Dϑ0QުIBl9":,kyNCTspղFOJλw%wuk`PKַToo\\p0;I4<LJCLx_\s(<P@"Re7+ܑXYȊy_,NhIR]Ȍv
$%M8wI̐}WsɢqJUݿ"^-Sݧ}=awHjs58P3lÖ[rH	2ݑBfz\U߼|ow^ɪ*2I+"Ϸe*fL&ChqǾLFغt~.(cSL]`Z]AqE-v4LNzG׳4,4Lb½?/ϷڣCLˁ0MND""9+I-	g7-;YF>ZN:JbĬɶy
kS~..n!WGY`׋-4@?r<LC!/JuɂݢXcP,$Ѡ7//lV3T"`Aʰq|ݨyK4ǰ&uVut ܒhI1[#p'	H>YrCYq[ٛ(gVƀهQ.k.mEf*)!}Yjv%+GY]z|dRdRgVPIy>;l1F/2K\3ޙ99ʉMki\jζzN~"5I+ī&;qL˧VEhw +Iͣx4weqQmR9q*]cŹ3Fr9ơoŁUV36}dKP/"Ƶ֚טճ;ϐ.3I~avw^8֦)ӕ#pўw u+fxN4Cöy guP^|E5Gߵ}+2Ԝ+Q-<!3ؼ}+	/57nV./-+/Mp9͂a*Su@֘y0TCeSHT
}`"!#+6dG;F؟Z*,<Eԩ}NI˫#yvD-(|uia@5O#p$4;!lQry׀`<#_ǲT!a&vlۧR5t#E
<PI{¼5n4ff$إ	yϳ(3;tזܲCۀhӪg3d9}Ӛd&vd~_zKӊg,!̳x(ȧτ,imAyg@dʝe[wӳK0{XlR}m]eΚHu$%`KP/QUϙb+~<N6#c>1T~օ@2E٩\lHƼܸ8"<7GaANIP>:flH(*6\0OWbdX}ܾfxYAb\9׌rq.mP		zmϩZ]ɢ$	fAڕP$@	kB+#mMۗw)8M;(`ƨ54$B=?ڧ1V.%mӡLͪaIo= #4.zIXi(A
`pE`8e}ʨmc`"Ɂ̍@15&ʈʪ{դXܻgx7A]5!еް9b¼2x<PB1t	.FJRdLzU
yTY]DBQKi>yxB?6mXNJڣ&Y
>,w
pfpiEʈ)dv)`_EíTv]:RKڗ7U:e6h^$͊Qރa2PȨ?[T̤tHI߆w*E(Zbuȅ(VOC/pb&gI*<}1jI#oU%	ޚ{Myg;ss܏Jz_`dKЄcwrz/~[vϯder'AAi4GN+8߆͂I	J5@IC׳A0bѪ 8-.8P}2bGр
+{kυTb:4fD:qGZ~60Lo.6*U{62}+5mjIanZ*S7R>A[kR0ˣ&DvaFp|={vPҵsYӒIү&W
ݐq.A!UI#@u/Hnȱ~(H./hg{k	TSAFP8|Je!K4Q.(خWfEb"8MѠ`GKЯyt..N(.!1rЍHԭˇ9fo~sqZI.}E2{T}/}ZT^Q΄ޭe\FZITB^nnmўxԞy]'vlvXA1ܵڝL:d$
p]Pgh6)ʭwL8Ցټݔsg"|{tAϰQ[#ѯm7{P'`Q[!tF>/%a;GxbbݭɈހQxUrV"L.Q/rK)wOR]x+=&ߑ$l<#=l0$˯SQM!ȫ֊4%~.ѿRMēίj'=h{ӦBG6ۮ2E~dɯSM2/w/?6ʩ2cߕ;)ZE"8
J0UzjaxWV`7Ɯ[Ѓ#$]ܩ&RNuݒI؁դm80\=%C܂Ԉl0j`kFF	"9jvV{a3!u~1-ޝ	+(S3[7.ߙ7~E	[s<1̀&*z4p8UA986	4SŌ"}0};Wu>RM#2Ӌ8,z֦kBqtqœ 7eEawNP}-X$m:Jg;õ=tpqi!9Q]_y?.sgnƿv1'ްsQ0ew?ȶc_Hշ 67E2$ZhΝ}o׎UHPwFD.lo+1g)*+va?jYR	~Ƞ)XjJcQ<.1uˎ0pe0Flںjk8HQ?um0e(̎[
Uqp'wIwiV'52G6q
>XPR֜5Z܈/l?DԼEZQy0e0dg,lR҃J51vlF\?e)De=Lsz`%51jQǕ%'d|y$ѳ
<?|$<,l͎2Im)@Y6+H?e6	Tm R?0bu<zeP@GnczW-+C_47ï,LX8@.|׃%8dOm~_e|p9-ُtҬ?X{޵K?95prۇhC3Pƻ Kmɛ^,3}$dԬЏOb<yʪiD")%-q5mis0\
M:ظϴy_xx-ho\gֽsk_(<LAx}hLZgq+[2$̾+,JJ#ٞԏ
Sɥ&dn2*ČVѭ`e3N+MCA?bk4~c܁
G5yY׸jbs?{eu8D_W؋P4wY_p	ûܫ؋ZE8,-ƦL3bK+2vs%^
f*ę֑PR?#%+OtȦ![Dr6P$-ܦK0fC`pMc6[dϤ YIbv^St>7n1i	!bVĸ1R΁ˢ4W3	r|ς>+ԥ;RߘXΑq)P*x2j@wJ#VװK?wnǦ87\KUpۃ=z/XǨCn]V%֣v+Ƹkn5g̒ڻB"995ty3{,~!9*A rwUПU`͐t}v\'CqqHHy8C.SȜ8C{PY&Nէpv)j0.ǘwi1a
n
ٮGA@=Tޣ"zQB<tMPۮH$pI_&_w&00	?`*Zy0b7݊F0ܡFvY¾8.tkuW[ɄsGCNxtpSRϡ"ۇSz5?gɭ-3[-#dٴ3jI!No:+Ȭcyz@*z!%h̒}Յb+BwF|]x̧^8JϧZP&n|j>csMoY߷tު$_X`%]<eMW}Ū{Qq4*6YzfvNc%LvS1-%VcҪȇZ@ۮմ@{cO}d20`,R<a%o[S	 ƶ6-}0^ӷy;%pfygyw'/xI4ta'piD	Ņa5jci>Ed7|w)Ces'fj@5[FN<daV(nҿ|NuZDJwWuvKNI|C|tcgۍzf/FI(wVĸmLu,Q#OMX#5whM}hC:EnvD"`"yڭX4 F@OJoѢ`CO)eݻKFnC	ѷ#IsnV+!҂Qfzt|G AڐBnaul<M<Fԛ"gp<vhמd݉pdTE1xL͜ܜ}NҰOl|Z |	jN&C(RzDXn~9^4XU<]W	´^I3ǿm?iFw"&oAқ0c!WO<Ok?~k'd"JT:apVd=ke
p]3kȳׯVD>&IcnWxм+m3Tm{2޲eȄXt3P nWH!ʍtq`Cj	ӷEP\
]vA^hK=]N/sH}p4RCy2
B4`<khޣtF6$MOOȨh?.c4PVܗvӖg n˛۠j2@B"	yWVdкм!`JL65#{dfqEĻ\y;дˊ[lC#CբFnϦ$eEԶ~Cd
ٳ8ʘf,AHB\=^ЫJ3]A14JʩCrN^(3z0pkVIkdYto|@\_<w1u0od3x	uQ#R (J:ɌU׈Mbw;(+;ڇfխo3R/-=`;ݱ0Ƽ#L!JzaYIrم)Ao;&=Ex6J`v>\=Ԯ=vv{y*!n~4Vlɀ6:`{\o0"PQW9-Hfه8X Qk޽Zߑ?\N͸Tns
~f*`n1\]DB7`hv=w]8s@Eݑ
D$4Un@GBإV>.XpwSq9;FrOLXaq&Ѻ>=кrJ]QlYr[zPojSϥ&B+	nsԇ߄3ҍ.vP<AƞGtDNHC=No"ٻ
H8_i_'\nq=`od\VTMoZؠID,))qڪs~LGG݃̓c6ǘ@#Яî8\>SK`U΄{$w!MѥU5:tzeĜ_%}q0/I#cʗ
8UAyɌ5",
؛-rǾ@M@];DA`*vV/Dˈ+0O\Yh	DݵSX$۷jYՓh][ey'xfEb>Tӑ0,xw{T5!)ad]3kDנt%Ư8m>OkvJEVޅC[̦/0hΆf7fhǖ/P\%2T|5iߓc94@	d{6"άˑm>_JhLCK9lZG5KOsbգ	Tƕ|EĦpDlWJCh
;֑6H*ۇdJKPA pݭ-Zff>3ʙZѲXX֪id]?r6%Z)$qw7[vCL͍C;(ҎdWtY7d=)=AɣMpͻADq˷ϴB?[G,K`Sjܫ͙mn#PQ@&"B^O8°~	TL/Wv\ԗ9<xkL3AdPCDWfM̖+J$C({ϕlhݽ=%CxLFOϋ3dIZVWǚPj޹w,J9\gLM$^=G`"C $\on<zJ-|L? ]Jp4+\eea9|Vxγ/Cr~9T;+ӈgߟGj߫=չ&KJCdϊv;vX8̄x\|N J/GkimN0l+J'L>SweɇݳNG`G_g7Yѿ5LJR&d3QzB1ONOL>)S޴CA)\?ȏ
v|*Jdd־,;f̰&^./'yދX;2;({3SPO(H۩m@~OqS*rǕmYy^--`qMj>kK *Gih/E^,ւv~$21&lhiZYX#lĖh̓d6Qڇv-7AВ 2L,$6.-0wo#;@O_ɬH1nJDЇd`6.ƋaUhb+A
%R/%UPNE>"/>{Q+w)yG)I؆̫K{ǇϢ:͠3X;ڱ4Ԉ ;y)ޝ7 {j5(&kbZՍ<X3v;Ń{V8m*Ԩ"bsnYrVu4BYsqCtDߤ&ȯhՌW|=.ڴ!*ͭ+0:דW.JFQǮD!f"F\â#mZkݿª޼Ý#^) ʏ܍y(ke5Ă"@آzݔړ[zps&G4/#R0vעItIFяmɉ'!aTkew*A$OpskݎPpjG6vm~۩	ΪCx8)ok.UJRy4͆z]i!PU˲JQ0%CIړ/~.@N[[&B}aGvxuRoª5xڂM~ZXB<|ʄ~tdeiػr/kkۡ49w:!{,P0:g
S/iQU`Ւ4.l5/[AD:LAT*!NgNY	>W|KFhSLiC;1Tͱlƺ(S<t{z%egIux"\<<X GYB`מYdK@Q:Rk bFwp1gʲ"2K
)=˨iye#Ⱦlڠi9[֠.uEMkçaV`y*6Kfɔ6AXفz	>-A#ݖ6ui$o]ŋ&2ޭ$X*{Pzoeѣ<bO۪.#$J϶D^ʤeF Kv͚d8r,W.ƍn
F/r%x6\:ЀTcrڒX,h@77yBޅ]+PB@?yٙu>j/$8ۢW`_o$-5':
ELLqw0#]ܠO.1Sjaum;}cYyȟ;! 8ڮ%N}a[lP%k	f_oۛF:R99Yyl<Ɏj<Ť4(y&b@
(`Ӷޛ8wϡRzePfxj^[!д	Raҕ+a
 ӴvұК^Zdи.N[{&_׵Ԏk7ف>$іƬ9AQqϧɉOVyf/@MNS׀va_;:Š3WoTس.MeHćaDŲ֝Z$M.
!{2Hڡ3A{bK"/#7Ǯ	.I
X{%GymRz.+įԎqZZXʀLpFbbxscԮe/_=5kս}u'
NSzlŨُIbܽ8ә	
X)Cm@[F~qÉzTRڋ	SOݛu^B't uܮ|UR)[fV'!Veg6,Ǩ$RU	&NƩoOBSl^wdf߲|P,<NpktqQ0fF$^-%y؜r*2OQ{{DdXbkT<jv&\K+P@\5t0b1Bk'1n$^x!;#t-xKE_Ʋ"%g8KWD[C}l}JL:0Sv2B5DK*b%Dw'R;(#9cl2	F [uvPsp|֒kť\aM4(݇eyIxG(Ov	cB-*tiL54Ǻ8fͨ3(:K|bqCTke_p]e!:9g8Lи83z}*G9X5wa+|>=9>OnÅc:yЁWҁ'5ƺo(e2WPHh͢Zk،ԢJlkHgͨT	#EI\͋cJ{p _+s_ja_@#-P9fQ@ACTuDLpmϹ/\PZ7yˈ-G@=[Ln1F9G)D#7-$Iz1LPl,]Q[׍v֯	~W4tq?zPʹezdOyzbiXUHt> TNYl7E]y'p:lՇBju=TO93(gc=bmB;#Ygj/}:<ұk;= cWӢw
wI*'Ɲe!84>O]KX.ϡ	TٽIBN?۫4_a&tr<M}u}|]Qdx-*vF%\GJ}<AlTYTWJĨu2eqNͬͲ8|ŨUcش&'%tSTѐ5h`XQx]QhrJQKri%y.pP ̦Ir(fvqԉ'
Q2ۨ.fZ|pT@ӿ5%'CxMRE
oۙjƖIƼ/<,:2@0dd79:>K܋Z x;mb̔W>gN8MkڎQ!A׏"ߓ$,_ݥA6e
~×*βSoQ#%3N!r,ѭFizAq8e-oa˦ҩ)tWC$]b=|+z%?1f)^`G#tRUeU,6a+elLX0Bje'wl`=z!{(=ڃQH:؎ .TQ<fL;iӥqiQv	dɶɶN@^MQ):'s+Q<ɘ=t"_ )aHw:ݦ9&
Y:#	hX_C%óPhSvśixB	:?3bbƒ]>{g@-`SepQ`>ԹrqFlǐ4ZH%*0iHz%J=.ۛ!tTѬ̋@[O3
<#~@|yCl+mkQ:S
:x'6UN2ԏ\	RqRt!HHHh4~%K͞%[ʤ>نB2y&*C'Qđʠò6CѶ!J֏(flX	YG=-̠PHs|zƻ*PiddD@\ebNv8oԝSf6vq!G<s
&F+#a;!a-"-4*/"v;9ǐO_ٮT/ZҰގjȧSr~UUha}{~FApUӐTd˒8Cs>oG6:Ԛ]<(bN=:tO.|?>j+5ܔ8}iG"EhG{H̝8*EC98H/@6l8BLdmdދ[*+!e4˺gcϏ'87d3<[>s&ի.> =Eurֈd3kL>_gscsE:/PD:aVWʱKF}]1uj)9U@MQ(_3JfS|	1ݽmg:Vߠ}uKCc	pMShr<	{GJM^!Li?x*(za}Rft7'/X^M+ly1>x/ȁ+P:EP~A&ά;oT?dBV1Z@U%V9J-0[֤m+2tXČA|Lv8 Tݶv.^ZAI=y#7ɨVFތh>2;{gNx6v3=OQ=>"pnh߳?0$#'Hs)pot	͸jOe]>	Y4i}S[?ʰ6&$zOd~l~V)~nf72l%l6KHBg0"sO`6ir?ΟҸ=a^yg:3ه,=ozVa//|i*o,5f"Wug[-7Zh\!
k[)[:Gؒ/)h~!-eXàߛhD69ݬ)8J|B	'jM[a_ɊD?f1K4=uθ'X3~s)*$sP)3	5I2ˀLoMhS?RÜHk^7ݘ0>!a۟]Z~ ˵v&.˚J_W&rEŧ]z1IOվA:ta]-x?Z=wOe©-i-H]}Ns%6<ָJ_mհK+ײ͉Ɏv	)?PWmqj`E5h_25/|,Z\ӊ\Иč/6Z/&_;olN2MC1-RPPV[oXh \4;Rq>Tq"TTuMȕɳ1g=dzdҔG{|~\^#Sk3&K*޾a#&ne"|!IRV{k$v\PV#s֟:ͧlΌ1w{2iEͨ%rW߂	0kܢ-~-n?΢p6DEhWV#owo֠l%4t($&}bϊ
}p;E׸>#k]s;UX~4Lճ!dhiү[jڎ",:<ćѦo~ˢE5MLNC+@jӝHI\#՚'C)oiH})A '_ʕpߘ!A,)gSdh*3+-Z!f[ayp8lmlx/Veե/~E|QۨwҐ#ɀXۏ^$>8Vn\;S0քZ=(RY+;ϝGy1`
,\e(sP8E],`BgLԻtўo=~!BWnB-B;u
=w7mt]āňǸGQ
{W̕^4oYܽv7.aO9sJ̅҆p70x{17\(`Kh3o˹V&üZL]W{:0!͓ϸq|0a_YyЖ#ɰ?؝HD*طOfg9{v:ɠ3GM\̯eE=z)_Sf8sCԍPt1Yeu=1+b	r{o\"J^|+5=')=ۅ'\Om#uKuR)ƀyTT(~k17ːKˠ!Oy`556BgԺRCeZi*IqDoMC4ub5)Px~Xtpg;x&ڎ7:QTހjX^g](ωآǄL,VjG#	:fFJ|51/گkBo0; gН$߭wa0߂F	Ul|oSثj$p/6M,ܻ4y	8RegNOTnG+J]Њq]Es,8&*S:]bߑHW4A^%{?(+2ߺprHH8U-IŢxx';:$UJ~i>MOrQ(k̶{tT>@Դ^+kb'fpҢ\^=8C&I6~Ϗĥ8iKsݸ ]`؋Gc_٠ݟ9Cx;Lڻ*|^-TkޥqLm3qFs;{!ZF-EN$Z޲|hؒߊG`/s"}rY/*k~lm -ޔ_O""dG
!U<Cۗt%V_av%-߉LJS{[]aоgQyywƶ-;ߟ'65y	ߊa+Uyn8@B Q(v'tb[c7ϊ+A>7Hs<,7׷rG{kE!]0{!I7rŊ`EQ7kobա?;:(rng+Ǥ˼ߪ`z;T!׷ߛVRD6B$2NPQw=}8;ƌrsJ]	%_/i8uK<{Nٙwا"0IĞuLkFޠ~Ѿ/NΐkI&ȒGRMfՀIzg*"X38aj˘QG"-={:%[^S?vV)1̌/tT46XȂ(п͞XHHJ2|VpgкDo۴Ļ>0NNYܚd$}g&_y5V-\Ǒqn,Go'Ct*gߝP9Z8w	"!djfֈg+ODSXRħ/_<<#"gsUb	XեzCY,:w~]
U0Kq1%wL\l@'nX2D
1k̴E}2po!5Y͛&_ݡEvȨy@m7LF"woLd*O>aVЬuu?e],ZsB-b4$wS{KVPGFfd[dL&V(ȵEMk֝O-6D"=65RBH4j*smО_!Q*/#	6@b:,\"z`.UO}\?|d]1r=6=ʎGƆȦƐPDm1\:zv'f=L|=#T_MWl6Yt63Oѣz7Re
irb?|4y\5QRog n&&ܰ[ >Zml{':-o0y	HɃwQk<S#YȽR,\29#2BܐhxKq]˨m>Cэ"~ݩECl̈	T"<Gx~ݢ?~HaӅ0hvLn1,u?|4K+%$ŴՆpA#{_:ILZrގFzqHMu%DƶԃW7b/r&_^c-?GR*8d`ev;ӭNրQ%m^nd͟_	YP94O|~Q7~.݃8~LjwE;Q]՛cX4<B^sLz6PThQo*%	[FЭ޾i`}w?LARmi$+كv_ѫ]hף$K<-+)C!q4-	}7j?	G&+u$MXz(+7î3.[;	2ɡTa0XTBׇӰnf1-w~ŇJ)YeDh0\4(2VވfUX7}=c/]-a;*6-\6<=žǉ8Յِ9Lf>4>8dyXwZ;kט9
ϻm$cL}ϛ.B:&[Πv}Ā+zxxI@ԑ{Ȩ;NDy?kI_Cv&Z1ymOZ*ȏvFвVj?WU"6:$ֆ-@u:'ƟEc!L6ΝN3щ]Þ,OPMhwpW\=G938]ipy[Y҄2@Fڊw1[3}|Oa4naegR-2hl7jOcm{D!$СpBI%=Kld,$QէϺU&
t<*/CP0أrTM#lɲͿ	MlɚwH[1l3
įtב־<gnˏ=/t|5Fߙ%{Ͳf=Dk
~}5l@&[0a["|oɓUoݙH%׏qB2QuyG9Ǜ;Ҝ~.d:{d!z#qE[$ڌf{M/R&
}vt0_YܖVuC83=ލS:B?YgN)O:~]+lDu&$[5WD>$
K!x̩8	ְUɞEԯNgUc1/cp_0*jnĉZzE9x1tE"Dd6NUjxF|OB!FhĄΒ|NyN%
uc<jԺo.h/'hduo@ĐVLʏOF@/Qr#)F$D}Kў-^)=.ΟҚ߽C-1ۑʾ!O$uGiMz
Q!CgtSֺڤڢ: o@Pv'`Gڈx[V
XI],B[5Ŵا;Ǡ*H^qE~sX>t7uL $R+̧GtTfsWVV²x[4qQjw};za$xRZ[ nc*lF	*nCh'Glzָ9#9A\|{$a9Ϸ		xYtquyfm_~o/q>H[5j6<e7b~өڰЬ7{HGjvm!);Z׍$%!zs9.wW{iau(Es+`("^TWIhIW i~igVóDұk-}"Qzrxn.An{uwRǻxdLV,}8GC:f`ȑݒggv[;a NjAt
DCŞL%0SP"=d˽BjA5%=SQ0,s]ڧШ%{7Oʙ%
lm]?{-_?(3ܵuz^Ѧ&F)"Mt#e#A87ҥb\tDޭOmE,!JdѾbQȤ{znhPQ9wFGQGtԶ<S̸fٳj6{]|*pVLE/]\'P.[>'1oV?ѣ!DawogUˍ]Cw*#'HEܞޛµ&@ЇJavԗcTCȑ.';i8Lb,Uϼ Wڿi{H3^͢RH\+QaD+"N~uVeJ]*Q J{D:=6FP,(
'H`]пc4G`w
̀PN6: 8Wڴ-7^М2ՙȝ|:.ԌCAݩ(4MJb+|S*2_ϊy͌0d_*$8WǊ$\2KX_w)·yH/3D5۽jlOVVp1ױHIe 6Ln͔[-6:WՔ fHO;fĜE5_a?ƽǁ	ɭސ/NUܓcrUj
ɖzaXWp*Q0HUKF4N0zd3bX0N|cΊ[f]
lv"$'@`;	Q֓rCĲwr@2/+Jdx*lrm\WC46RO*(d9ܒ964B(lLϻzƥAJ;i9]@g?T}R߀-52/R?1c4
#(d؏rR٢]Uل4"Ś|L72:J+Yt5+,4MC8ž/p*~F<K2ڏv6uׯ;ٕ:@2ȱη%/GqZÒ&+@ϘJnԛyK;<TȎ&z<޻=_/ӪOm$M;VדO&yv(ƿb~	ƾ}7xcjB
j4(ɫ~MRcOzϐ5  WA2f5ɔgY/Zh1EkW$֖J}̟ѱJ 4SI/F2u?X}co7`7?NŻǥA=lBaI`{kʙzUq:K@rXdbЯ)z_dymт_
C~1*#l:ID&J1ц/Mh-oNU9aMYQN+9X
Aڢ^NUGf͓$!i	ͩv{?ʩ˹-xBW҈?*=SǆՏȓk|o iԿqT^R_%gSNy5CV@tDj&2\2ʽWqk_R\?W,̺j&:Jz_o	kӖg?u;ȼݍ۩̍.KnzKSAd"DЬHƲ
JsY|"r^R}CIS\SD}r205Ӈ֊
hέZühFf$)[OA*zwf7'9<cʿfUt@rL
\Jix{~@n9'ʦ:^ɘ\©EOj֥1`5}B\[?^_Q2{B@Stϰۭح*kGiJ+5y}GfNɁSVv4-Hդ@8Dt{.ȣ+`ܣ_:7Izlf}_o>He39iY׷wN@dmKK,`%̫4FC/ϧ$ȡĽ;Ȍm7:qP/ۑT?ŲS)"yW?V/4VŞI#g\8ޙۣ9Շr	AYӸkOt6|)ޫ
Lzt(&TE1I78k_d֋a&X;}^m4"uhS2j%Ili'T[$'̣$d%S"\Fg</6%ٯIY{
Tց>zUΨlqHE4)}(J/2B&Uk.e(GƬ
:+3{A3TRg̩G^F:X;֔QY[0Vf1?sz"_ugњ<hic\&#gIyxH[GP0ѽSOl(Rd`"%fW$OĶU%FHd]d1rԵmyI^kvq@FZ֗yVӋǏ
ΟfڿךP.חi8ˮG*ԋ!5jzZj\וH)RڀzQq3$ڰ,_ZB+Sc#GKc&wv@}l_%C*nII.|Ay PS.c(}jɑfE?EJ;p[0c,03DMo<Uu
0>;%ڈt}l|5qHq9rYeϫ2B/]s[rp*ՑX\6vjX?ȇH08CK9n(C^jp.
wmTS`ҕ*Z`ж;iaK0;-~=<o;,9IIT>-ȖWu%Dɢƪі1DNmз;ZMd,J|<HV*PmNԠlDO<s&>jI)Ȯ4F6>qY܎6g6%.h1H'̙`?#)a\ߵ`ޏhŌ© X'/Zːڪtdkg2ɵl׏'mJn:ۓ3B"
O	C?ɿiٰ2HرFo4dwؤ@Hs:_Q#iKC*Sm\elN&?rV3(̽d,x&&l!xn2ܳ)0gC!A)νSy5zl\q=VjQ[Ѻ!%܌<nwTc:~jPQYݐ"aX$1[.5	zۂПԤ˶XZ>r:	+5ɧ?V/ݏ>^ti+-iBLv~,J?_Gc>FZF<Ǻޝפ){Kia2ȏI6՞A8	PEg0HNъIepeK}M	b1zqn{¹xE~P2ӛV4sf.H}>f2oѺc	T}·`NFu7L)^ޛ 	vâ&<?Ӆd+br֖m4	UKCdNP\ZtlX!(}B]@[L:#2IT2Rޗi
"57dY[̲\J[n͈ MUuѶ`)<fr]^܌/wy&$dR'?{(eZW)<8?6N *>NWI00CZp,&Kx^"S^&]fޣ٤DƲ,O?-+(l(Ҫ̈^}VzTNZ#X	զh4cetONW5MLǁZO{g*h:-F>vdd/wcӳhE,Y݈Lz֖třghY)v jٵ%DFqAeAbA[q {j2Gȃ^."[1*8{<*"b~swƀ7:f<.rAO|ů'\z*ɛ	fCigyӬdAʶum.=}_Xm|u2ل&@ޜBG$۝;kRbHJhUsvn7Wg[VӸܓf]`5ւf	WY8*auYKĪ"NͻlsMkXFŸIpЩ;	xUr4%w:D̨CnZo0nv~Ha
(?^Z6y\}a/
+jaS`X73˥!e2"ĨG|csS8#1ߪje8x,ɗ9Dy)@9`!6scPѮzwiGҎ-Јej-R>֏p[4Ç]YsY*y eDڄ3-´jsxҲTݲlXџ΁Gv&;V;U'S
BBFJYȀX]9!f~326M+B41	%>PP'͆б<<
ͫEfmF%Gb(+P83vDؐѹP߳k_ɞ(]B&+F3uG;O'U<+ؾxJPCD/0KȮ1~وƗMښϳ¦޳F2`Į͵dguIR|T~YWؽ՜աКIp
}67Cg6-k/E9a&Y]fQe#yJ }ךwvDܚ	eu,y>$,LF;ES4'>[.:RϏQgJaymK6{+q=w~/JC\nXtGNe-FCɩՕ.>0xDYD7@='J+~OQ7ziο,#.ôUb73o۵mS@Ƣ0yb#=ڌ4
zֹh؛xEuی3fbs3(ik.bPYUyLRh*mŵZYY	eF%SEap.iljaHDD;˔aSg϶?,De.|J͇$e!Ι:VČp\ѷwLێ)-R:'AKĒ
4wѨ80%I=x%p& h_[#Fvps=0NrKn=YXߊ͡F=l4R68Cߎ\+aE#s[(:ȨiF^6WdՓ\u>{ZeG,wxړAJcUAns@o9.ѵ:?m_^6j+ddK%O]׊ҝ%U_@7>	$
snkZ*<gW6A"ιC~p!PȻV#Ӊbrj>S21!PٽM.C3JyC=[Y#^x_vQžLcPXF؝ѬQC@S%eW@wdw-lC!|-j+gV-ؓʪ4ӯDiesr	f[zer2yy
C%NȜrk͒E43NE>JЉS(3܁xTux~w9_DUTaJ
4%R#>~ֱȚx~x_1ׅ|DѐMC3ص̻KDF7VInDc%ם9n6Weflpp>cw(7%+i.cۧͪ"	,tWpOra79g{k9r7QN"a@N?ṳuFJBD?	UilzXY9IeW˪>ѮHd?TՑ
ys܃cSq9rkkЅ85ֈo|MykeRs#&@ĆuѴ'>Uۍ4%:$UXAO> &EWFZ)9ϩ81qm}3Õ	I ѣɓGaJ2,.f=5@gܟAׇeDa.hrй"@)K߆,-E[@']i8]8Ή:&g*B$dW\`*v<tyńnqs.Hfɓqj9+=ϲù0bZ(ƫа4`Akk=&D9q>M9285u$f|Eؐ}B!SXxWv٥pDp^}cw<G"25L[a4W!fH-Bhj3$tos&c#ڕ`3h<iFȘdPd3^/8*}fJfg6:3s1c#	n"s]v.xPrѼ4<aΰ~`NyfFdjX}Oϣӷʜk)Îfz|z\dp[vsz!mœH>*;w~(z{&W~?~۶nS
_.	NKdJ78!;sAiEк',~΃jL6a\Oĺ=)^HaǴXK?PP- f"@03»7*&S,5C!3jӾw<#ʢ>u}nuNi8Gs'܎A RD_ϪORµ;?˔TՇ
kR٥0ԁԴ`VN]Eͯg4G\۫'o3Q%"	L{
5#}Xvq/_nmع7"@|ƱwΠ9&`T;ș%vd(ޔܖ$ƔKج0<ݒPOweaj)|ڃ5Yt,^Aƽqk=|Qzj.	xڑXġ;!Ѵ%o}dHh>߂GNr4P=+(=\IrSÉ7<ˆct׎ncoPݏ7HYX]=h^AA__TdA5.L9J8HXNeXG3~tXoo_l_a&CQ7xNn"Zr?y3å\TF}yioCRѹ60ue=zQ'ކIZpʺK^M -đ#ҝpVP9{$zŗX4yS+q=&qr!0h!+0"bNPm Η?SoBѵѽ#̯wтAܞvzdrձI.x*$k!wӭ.6˭si!hʖ)9Wt	8y$@ ~ߩN%֑X-̃txN%o\81$tq֟i.]G[d^7\-Ј\޼ȓ ׿DЅOmQU0;XM?<4@]J=Vet~{ѭ{O
=uޭ5FCe=:џ̞Ϫ(Q}p1y8rc$Ŏ°.f]èu~ؤWz-v%:
T(d8gWϵMV37.p;(
Ί_'N8-K<Q_έ<`f:F'77TXFPҞVSo&a38I=k֋xDǓƦg$z@W9¼}Wqt|#\4}ݱ֨+?|hԹ9$O
آT^BgG6Dl:ɪY=T/Rg;n>M{}\re X6
k<SM>Qe[N̞20%9ǐ4jݖT_4pT3Y^@8@LˬBR(fsy
Oy+?ϰ=?>(23INS]Ϙ=kZzݒ]Rڕߌw6cI͑OW{jXŲȕ6O91nsÇ!#K%6"(rxŎ12x=+-vL>]W$$]ʭ2A۶uBet״jTzvۘy;loCA3C-i][_t7{r`aBcoݣ1.(~rTj2:vD<
6ЌUQyth"ߵƝkm}ܹ,(*iR>Y]O>-yu{{uB+b&:גj9p5x'izQCCLP`Hm*l4H;s9лOaOH}zY{.ΐ!x)׵k(lbBuIge3c§ɵU7?dSnE_vN0_pIݬڮ ^'Q8K#AB2tt2e9SW0ɯ7Jm%вS.ФvgPy/~pUOZ܊R^HƢVl{hnU!V(ׁdzėo+̊3_4؃2G^\(Hw7uNZ;m5}jº~RT{D0˖s/°	)Cˁ4;hUg@A(Rhu$=GϷboVҙqb>=dUIy#>y<Bu%ՊBśv_*^ϝҞl+
.Cʁ@/SeőSJSM*o
lSޯxŗ{R|1LYp[$&ǠSE7ܓ߈e}cI^дX{7iCZitMӑ-=fŉ\]*Hzac
wzxׯYƤ0vDwLbi'JEeFһ?ԎocS+rgB4-ˑN%Zm*#WK&.֣۩\fxb[Q
9aIƖl%
FTjsV(~pބYuaa$&zOȚŉӿBcH}<CzTBp	a1MvA{#t,?ڜ:XWYȨ/|,_solɆҥJH<-*r1RYY7

q!
P[0uFZuhi lZ`w,tkK-FFgfYΪnAb}k9b#ҾϵeV&9V/w=ۣhiؒ̟7{_Pm{t"I/.7odڗ!
6BLn`KӆDup7u[X.|RxRaArޑـ- 4 9^4Bl<N{Z3ʅ;F
/P|n#Վkyȗ~&cƧLD`QIzvا6L5X$eg7gBKr0+odO`̢_+г$uX1߯}ޣf̻@96RYsͷSj߬&G|nXj{Di< JDDڹBώ%TjdLň@&	N"jS׆l<c{rJޣ1Wln3kd_t[Ȏft`Imvҙ-Ԯn4A˯tBҷ+ռ
]6-.DřbaO09ՒӺK	s4>s/X	|67WŪ(?q|xCU{T9wbYf
xaѢyZcYA̬hOJ<H־$Em݆sc!? .R<y20hR0oi;l}.KhZtÂtD1gɦJI.n{ WL0b'jǷ2xY<A(um0bHYZ/p4ڷKxL"۬7)$U9I>
Xi9	ӽBӊ˖ctel={[:ȷ3i&RJBfG*yGnr8N\*¸I*PGEׯ=](<qL'ƈȽ)WH6UT#`c:æ)('ۢWqߘC;!b%݆p8c(1a°rz;%F+3iȁRSAjL^Ȍfn/Bp8J7҈e	o}C #3DFÛġ[)TSP}6|O('C'R)?ȟD6T>¿$MBnTķڈ͏ɣlg=#f'\@;vH-̀4.Ť?sڏełe%P1QͨjPl~Z89ƽР 3i,4Jߨ'aȌө5cq3(\	^+b;!ܲɔǴ6O2C:\ЇίWWN{0RTYI҃G_/n1=~dXV|zۏ ZpO!~T?	֏n>RH^dvMȈCfк8l]wKq~ې3]!,iʒϰb=YQ${Ϭd-6}6rOaOĪ?;HɖR5Z3ICD[7Tg S2ӹ^1l\I+A=Xҡ;W6l߮g?*TܼgӸbZܺu&ɨAa_ή9ͥzVcsïD=RkgeY/l;
kHG?Կ8i)D2fhdڣ֑'~ڝszHTrU!¿ܭ8.9{m*]QfHcDga~dǯ\E_G?&=K״zҏ}$gհ˵zQ~ܖǟG6Zd:BFjEoźpzQعfda0dj&"էdY	ǁޣk]Y7"']\љ(1E\WHCd+t-(+lժ[yZ3Ǔ;qB%ʿ6d'@Aޢ5S{ΊI͇љEdոǣVL7gf5Yރwk@'ogmq%dr2&Ÿ&POe}?[Ok]ż3u^r4nO`=f(rp[wH$Z \ʶ7ӑײ9B1ډՍө.#^i8YQ%N@J7"lºxǬb7тkʻ5Rx~8uQFzYm1[XFcX!2]́z_ni-sz2UĞEG01	HM%0V>flJ2 \t(UYuZKh4O9RK?"e>(<t!ȫlh/iǭ$ ]` 4/]xQ%EG|D߁ٶ>}>L<6XU{ˁAYK~U`0Q1>GΗ1ӛAwt6?~nՏLZ	2!T@y#yq>+`--_{ңIgFcjʗ/>C'ԏ"RWe*TM%@8k3""h164ͦʓf;|6M~@e1qݠ}Eՙcu+YIE.ޖF7T=<ҥNTG35m΃o!}ʈ~<_n٨i3ƋwKmSߓSoI9`+@;ըŷ	qn-gZ&%mw{y7!92[<k6/a&	׼c)Q#5U5Eq+|[0|Jr}]ӌ:єN8}Jt3DӦ:0|#Ѽ$'-Yz/}	T_K9%֦h~<\&!9J~ZLS<*^|G	4Ѥ1p+uv5މY]oвKk:].y8hrO{FI\hc3."ݼ{-#?tz+{KpE8_ߓs""}E|l2(mc>`-bт^V~ݗmGtzW 0}A&ͪUukǌ)sF%RSОs{k_K5&Q, AɂxMוһcX`qB;9+4VқZVx>3ӈ$Җ:N'*S{ߓ܍-*/g:OCxXpArvT<9ڗ7= n$]-4:DK-~Z߳з85@Nxv8eg3zjhVHX'wx{fA0+rfBƾ[aqҌo'Tݭ=0NȷK?m2xGcT̓?3`u=o܏aH9Kz~kԛ@'^pQbѝb7N {#y(.Ӭ>ʺ3W{Qo|,tU޶PHBRfsg+D"p@Em!M(EEh\։F(ޫ?˚/vr ϵˈmaFFՏyMƗ<zu0t4g6q2	1`ޯeê|S!o86^ha|mP	e7Xl5eA
8(ŠZ]OQ)!I̒[$@z%^6o|N.S<V	^-!Ii]ZjZaʂw0#(lԘ8f==ϵCJQ*r۸Fph4s4[ZDGP`M^2ɦ7K)>@6B-d
0YKjtCe׵\(E?5WϽ[tr&ͯøZo
\%_֠&٢&|1\auw.+OõJ|fbw!Pu Jq.,*ܶ"!jn+i׿w2ZI.a!3?c?G'H'*%Smi\*co°.%5̒`ĨIo E3_i8d;T=j?_ЋnRݝác@î+	0M[ggD9fo:Eo-NW*gU1.!ǧZHEn$JjDR	tcjvGBM-8wޏ~z@?3mNZ I ;;Ϊaک>5xP=OFyH)PGhX֓a0K4
cSd})'7ŹO~Ůͯ#`4ݹۥQ÷%x\,@?޻S
(>(?R7CUbE5~G}LCȎ2֬|tX!m#J+*O	%?Kg!`gqUNR]:,Nɨn 2ǉ24$ ѣw8|b֣8k1ThɋwZiz26N:sRB]©P3^PӀ!wצ,ԓ'ǎ\7^`3V/SS;y%iD٨RU ^mo.۵|P/=ϋ%F |ؑp<#e2GkAAGu|n@,X1`E~ϕ1.PtF$kڕvC۱дsծF-h6B|vɦi Cj)ߴfY4DٜY<lăԏbfPBh!AɎ|[t֜ǵ9ja/w>;	')͞VubIײ~6`x@w	yI!΋^1(&iaÇ&9>lһr
EҜR$0׭f/ځ5wfuۉ.ԓ;<dMwԝx mu`hw8΂WH\d۬˔bɥ$<vЪJXCBOyBAg^L,+̵L.ͷYh~>hBh&B|j;>_`e~iEQ{Ĺc8z6J
x%^xs
l=nrh˻f6صy,"-فjGm6s9܇~rîVu-o:TOs(wC}#*vͥ.9ch=ir܈<Xp4EE.ErsOeaJ7Ԝ&>eVeUʁ7;3&>sل(9C#@C|y+U'@pk4-1ZRhNDjn$ʻPy
vV!̈́IA$wa;ʄBBP4E<+cye&CWab'jpwгG%ZLOX<NT<K~MKvf$׺*י ~WpcFdd65JH]UF&$q]`1NWO<=Hki8:^@[vɯ@QFȈХLuLPTqbHҚPz6!LƘ''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24401)))
