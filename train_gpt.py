import brotli
n=a=0;b=1
for c in r'''	ֲJ`Ӫĭƥ܌8oUu]wҾGanY^,oPSV}̍RNBY]̸܌NLyNNSEIHǯ<g6ҀX_юӺQP7čmWPE:@Ó8u*0f҈s)$qɠGZc#	;pJ,o˹$^z4:P]Iκ$y\`sĹ3vɜ%telzmܻňޙcIO=0O`{1ĝoP~ֵ0Fճa?D%:]I'ce/WzSm<N^/G].|ѻ%ru\0ŗA։g=K ۔+&vXxs#qM(0qtEn
{>x=25'M6З{1&K9j+
٘n31?\L|Q!3`a?\pYZVJ¤ո4\BB`Nwwу9X'Uwӥ~sqπ#CgUOf97B&B7aMع4P*GEФl<J$A%qsCȠʝۭ`^vF=g:dNe38yiulګ/8PZǴ!jqqHN
xGĺw;2Hb
UCSz:mǏN%iOD(tzQ3Î:m;ӫH-qA/E4cQߞu0gͬTGl]n|;>72TGZ{܂!Z
>o/VCfu,P}ztY^"=\َ+߶ǊZ\ʓ-aLœ:@;8Ŕ7M@0|aMЁbڷ۟dl"qpeD6݌ &U
ŭL~*܈niqhIɜao7uK	ba­чLZGh\ݲ]?BĄl#,y5	̶´%sHˣuxliI5G6-y}}TXױmRLI 6%Q?ɡN{{8~O A޿	/Q"%aZs!}]xO
zPquHD޿K3qgb֛_1Bn=ky-(Ɋٖ|80%g#y=r6R&K8̔`T.=0x'v;ZI##I]ubWoۯܻ*"I7vwo\2üm5A]a#B@jaRR\30mJ˺xEߢ8׸^
+2߶EuJܺ]{BEΠ nn')FmGohĬ|Ί
ѹZJ{<ƢH`R',tTtx'jtucOeߦ3f*ܻh|]52#ՠD8!>"st|Idd-fbߑd˵Db>M
2Tb&_4ڨS@Be$Eo<>À1̡WBW0Xe1xĚ"rͶ\"ׇS|?2vE[`lsΚN0^Bu)N!L 7%Lτжbأ_`U9fa&<`p˄۠oѿXKSt"UVX'HϠ m}$#`	|qYƕr.TʑW9>kk\&XL*1f7Av%]L
im9Zӱ;Y
4zhge1|qn/g4 xGJii! 	]k)gE8<K%z/"v|c9*wj%#4V 2~SXRݫgRٯ+ :q-!`Iz߾.)e9N8Zdo߭~"l
?d<RD	"!]!\^{Ľ8gw,"\ʰHo[:ycҁ|t2d
?ΐ ,w:W1.R̒=:|P^k^hȋKSۭsuNu_aīFmi|~FzC`[JQ.Jd&#<VkV')1V%ZYN;;oV.I/ujATR/Ag/ZˇO. !^RF")޾ʗÄ  8LQN~idϯسߔoBڤ˷1I1zSQXgO\qՅsޛUW[.MjLZ~8oYGdvz5jV2ʱv'1.עJ!mߚǳCwdWB]l=>MP3)^_xh|Gռ*ɋJI]S[?Ĉ%޻ٵYS[T^<o/XPZhnK;	Do*COeSn֥YŤ:1=ӓ̋mVTS,]֜Gqg d+ՀZ1&?[}o.yXR9-{;ǽNbP6Ȩ[
xX
~(NHb8J@;2A\4i7t+;L)]yg']cSEVl\Arw/wQ)i=|țϱd6HM~tEhvhW2a$[c\CS*AXC*0:1LZ4aO"=>w:j"+_<mr'Ķh7TӏiL-ee^VN8W?\8.*v'$_R8mИ	25zϗvu-]O.s<v!E1d(uA__	p"*wINǗr	H	?/^(ZE({܀\OѺ:!Zِ}YydB
T]SV=Sڙ1]P
-O&rhWc,/[]O=e]% bUܙ9|q~_IPx$5f4lFpƮHa!IN׈a׵.]ó.$
̌DSCD=qxu@]g)1{ߺ$ͧ$
5{Ǉsx\Ƈ[J\/ڃU&TXykU"iPN0?B?]f`::Z.V|qW_LNQuX|y].)EkzRZ@9,:}Uƒ7?Q_)#3SHHsb'L"ebH2s>fšxMj9\8+PCm9jbC&|1r!MI;פbZE[kp7/T/EڪuU%x4ۓ\ƇҸVZCC	P40*2t8Dd_f':uhDftED@Dgqhdd{{rƱ`uv/x^{~pciiGzAkɢJۇ#P!)/=W-B+)בvӁkВ8~ҏɹKѾB}T=ڋ+Vo\C^]ul*0nͩW.ڜ}ba_fPʎڗXI_ЏY(O{2uGA"̙9KT*U8O#d]ib@8QXS܂9Csftܲ%UdqK9A-l&&9TEŵMju˖Z|
4ש<exUĒK"k,Y:wE;@P<?H3_U7͇!Mgf׏\BeφCBP|CӢ'HkAI0z<μk7Ӝw@HR2W" w6(^&n)"4b)/5E,"#WT'h̵),K>Hqzx!=ӤI4,4o$<K9PYX:spMVMûܟND-#,@\9<!mfUW׮^DP:.tB!-yͳݽR@E[.͗+<zͶҟI-EN:}TD5HwOY̟Юg)_,-0XI(z+К(yVU`yܤQƙ~8Kji>P$<ҍHqLV~(1DX׉iQ,4-žx[~.ђWhlȖD/ͧh}x0F|'D?`U4]a|^+%9ςRc,Xחb}עV{_Uze{,ܥ$%=Awu *Vߓߵl'#*'_4$w>FЖ:%RI Qgdur5
q!}=aèI9̜Җn¼i%7=R-ofZ;x~Ѵ+PU;uWާJE^ުo%y{0#Y=97̉g?p
ןD,r`,ߏ=ݎ}IԼkaf;ڻ}M`iĶI18Oa	; #RRSƠގ|^,pX5IL{xMgc.!	RΡX@Z-b5զoL̨zt7{uYgLkdr8
!޴&xZ^*$r\"hإ!@mx.~QטOk ʟK\^ai?pǇ4/fS3ob̟̾؁ɪ֧RX6=sΫO#Ry,/ljѫ#2ۈ7M`A4,GB`Hk{|koQY,ww8Ӯ@qGCPMS?ڴrވRM"aĺC	j_B#3u3.,]/^	«V(e05ʼ6W#qԇ˪s?܊NO;ҵߴPt<ݍӼgC\Ӭjݤ_ݯY;VR(uZPKm]cnPV0o"tѬ~uByfUS'<y<|\HMh~Kc)ݘǔ*RئY@$Yn%tժBҟFnSE0ȉΒL1'31ܴS"(Q$Z?TxQv]{KY-?
D8\Җ |_y!_CT?Cx'
ߺ#L9*snrJVq(0ˤi^W`>kUL=y>ܷr@~̉8ʍ^ڞ<(Z`»=BN^Sì`6;)Q$/l8^2CE{9s.FQW۵e6yazz]ymhOdQԛ0%,^tZp*<)[z)JŁeh4~҅(;"4ģA*dު͑ó<~hewi[ԎB3eY\_қ-Vak}34G3!\oŰ=2Kؓd"fA+()33ݓɝF:HʭrNiG1(.?ntH̗$ڧ|98]΄˱VPj-ޞ3F;n
&=1gkf%n\Zj:͚<3 ϤYF??hi!Jkqyiԅɕan<k]IVāl`Tu|݆߽m7<}órulsgs4ɋeE'8ڥ x?shZ+Oӭ2GD)O[(m>.ou :A(/Z*rḫ>t_Zpw8åGEA6fB_Е8cH),#kzld)YK,Ā1tV"\E],ͥ(47
]ܫgmʟ>/+43kw`)A͵<~Fw[qAƪ݋ýFW>Ԍ 
Vĸ
&R)R+>towłͫ%{B'=x^k6O`.cϒ]y?ġa/-F)Jy3NHuSW3=hwȊwYI4(gC.=xM̳IȨETp6B=^2\
PΦ:rI,w^#RuQ&Ԧ¹z¯|E!m_4,J͚B^tϑU?I;<>:ԄG"aU:'k3_y,A`!Ǡl'޾ƀ^)n~8+|^?\R+3bomٵ$\V,4s%f.M$Ma Ҏn`Aւҿ6vYe	JzmĈշt=ӝ[ѕ~7q&K0g-.e۩8!vp&\3uÍDc*&/$K-P4S!|dΓe8f?j+w4ysY^B5Lg+8kE05;1MCoבdc[J;Ήq}?)O/[4si޷;w.e!Mb20K}Rx]<#Cħg/ڳ)lϬ$
E@n{ ޾W(Y'`vк;9Cu&[4K#9kd*Nx)QҨOH,b7r&_B s)1ZWvʷt-`>U(=;nlyAvְ¦ơndnuHKDֶ
wލ hMߑҔͰөusr_Mh̲aAbuexC|#Rվu3SD`Qȋ4cM`THJ;C%Ϭmڅx9KEH6fχc?+Vǯ{_bYmj2|o;6,QBJ?r/9(*a|8}pݫ	~wKaN>1FiO,?VXؓޜۂc"hFC܁V}̔-Bgh2œr,[4;)EL־D?)z@"Ԋ3QL"s9)1L>ӱZ$X~VSDjbֻK֢ߙ-R&Ѕh
(A~E9@Lϙ;u֨ZHQzDf3pXIvq`dbTLjTQ=םu`a8#JJGil|}WL0]hwܩ3}6фG4C'4K|U_njO!gqI۲(tEH8)vu|VvrZԧZ:U΅>݅IomTayԛ!h޷4ޓN!a!`[ Ƙmo[w^}9Z%_Gb/ϳZ!XD>ZUY;}i,<S{554ʮo|ɨ܅Z<֓0e	=n2yYOI6VY0O"/6.Su0kXq,6nsxȓķ/:nL;LNlLhO$3`խ%ߥWLX1PUJ<CA­W+^QQgԊ6Z[Z8׀mM%sHJ*r'~3	4pǫzlU_#ZȽ6.B-UKwLVv	 Xٴ>[ВBs[" /Ƈݽ".H&&~Ƃ˞Y,ݕg|thi9N̵7:ƀHFоXԀDk`b]xd[0oTT~0Ovrz'۳D>[:@ϸϸk	+ӓ-Վ;/2M~~vҳOE5~ؓH۬/14Daڜ7lR1;˹oi3M02\Q<()ڗ9UQUf'6ٍJ|՝vUAoD̔8{YLÜ>T`tR>3a~|;;en.ϻPEy&ŔmpV_C0_dhh2M_W7t-VEO!##~#e&?ۑ*uP`r\;FZS.x,d$=Epˮ^H^i+/<5!ϣ۞Aì5ћxg0z9Wٓb
WzȸίFLaQ1qt* yP7zuz,CmQ1Py#MB6[0(};ݳgǡ-J_2);٫cnk×{0ߓH?(\cؖ:ZOz?Dρ1``ޞvW\v.کK@\2^ѳk}eX1r
F4)JE"ZATgtnu^\T|92Kue*na`D5+N	Xiө/E01,G"Ox#U9%Jgr1!.DT|SSpc-5t=X)?I)UMbo MV|Y|YBAT|Uu6Q'ԕ>,φm3$kvlrkYPȉ$zOM2rLTq<W>7YvfR>՘M}{#],e=DBe.
Q`Ԓg!.2q6zr߂/$؄Ĝ׍"WePjS<kam{ߧ~#5-W+o܋	}k)?'HJWNp%(g&#*v(]=/ݽ2Ȋoq`z@}(P}ZyO/x'Rb]`K^wV~ȏlҨFX+-3^HAl6+<SzSfcRGVs}ntCg=+*&f)Ш=Jz\p3umÌ.%3Z%Un'7t`F@yHTvP~zΰ<ԑ'@_:QY 0UlɞKmVfL9J!GRl@V. E9cP#d*ɵH\ȅ2Y=F>^FJ999#;<ns/Ipwkz#ȈHgl`* 3a_]db1<GVŧ?μNZ/ݛ"
I8nIDjUwd-b/[nH,nS?Du	GЏ<ocz[.?D~M #_>E~Zfx2!Pc4eS<	*ER=^ެ9/1JM47,ܾOk=9@"8ĪɅRO`'ƨƑu
'~ڹ	˭Σ/S1W2عIR7a~kŽȝjmݨQ C098T=m&+ho^':3E93Ċmk
Pf	1%FG j?bSv.0dfy#Q%vܹRitYdzHulHNؓ<cؗt/ȮLIw.nuJBXЙk\S׉PӬ3<bX:r@\	rܯļHbO~0`|F1j}@q1c,GN݋`.٠_ĴHa_O\uKg2d EƮ6ta1n?DO79Eql|ku.Ϣͻ;y*c˒
rGl?kT4aԮ~1:1?Q
ލk~MaЄߨٝ
n*vmŷة[hOjք@ġ,l=ݰ4kw4+c2t=h/gt<6il^Kq^'A׬llhlǄؽq_qC{/CSE\%1[^-%cxxh'K_jl}A[ZLƚM}-22QC^bB#(f^DCyX+#RIVOqOGw"}o?јcWC3QpS89SB	Tp=]v]6x:lzYjֹDv͐{w)~xQɆAq\sӯFց̡aK9pegVϽݡ*%yl˵t.-?_QJtwuw>ʹWV<BDOWς(yL!8NYeoƙmjk.p<L@ElнTYGۑ7Aa#]J W~~n=w$.ec\s?l!zИt|GADaAڅ/AwDvoXGDڔŗ(M2_IcʆoՃ|'ۅPXmKL̩QcKrFՓ!{-_~/qs"*mßíJ*H>80h{lG|_3qqy#S1*nŷҿ{[Њ6^^9Zvλ_M3UNy>Q|CcfvkŎq5b?ۥ}23A.k+_qFknT#p_2P=m8/$"UT_NHtۈd'w>eв|dL^/ԏ6.ǎ\4AKJdvi7_qs_ѹb0+*?^pVDC}WYԕXQ,5H:ʏ3|'Y|jV?,XeII{>7J(qؿM`p,Kn1K<9I1$ڲ)Pxk3TnZ̻ΝF%yƟ،̱1Ҍʔ
012vж
z˺a`VE``:o+s$}nsoÉ'_0/Y)"
k%[ڝв2F%GA!=m{\pe`_`'z1ռ9P
J_̋c72xEeߜ#W:_O3P<tp:"qyq@|Ck?IgXABvMO7XMV>a.HxɒڳǎP7C85A̺֎n\؃ϠiؓvcNw(B4Ҙ:aP{sc;Q?͙, ܅&y6?' gL|˯?δ>m6Vf/و"K{Zۍ$*l;eEDx""n]nBE!oYoez8UWX#2ɮK~7S5;rm8Sg[j3$_O3~ cd޶sВ?Ь<s:VŅdYڹwZ5-TR,uMK9ؾ4j/5}lo|G"'2oȣ@(Qĕ&r'8_<~Vէ&s+EH"L/	{r!}2nnCovR
ýP)ޝdۭO0,`,jdF.cGG
eΰSDWD*޾YM7ӢrKKF}X\sDAplkE=åT%cz`6U^UFӶ82?"T˟s0IҮfwTWۋ!^0O_aGK*, _<,
kgGR?[Ý?O	N׸ۻ2)T޺I`Ӡ]%O)A`ď|,vċЈl~\U@nmn<1Byr XoxaN^76{֖h&V܂t׽[!"տdЩ2Pt]q-"50_
rŇ<ޞALݯ-2`Z=
]Y#;H]_*9Dll]!]I
?igWSxLcmWQVb-`4M15Q%-<Ր"}>¼<Ttי^Z[dώcgؙN$ʸz˩i$19r*U;MR(y-P+2MBM'*&1RIہOw74&qP-$vG-3]D{B-MNasr"j.YL̼]Ļ5ǧhqrp_(vEźHϲi"~IiJ8{VO8Đ͞`G]&HIӝ[_ȌӸEԨ+bo8HjJ\!Qh2
a6">˂c1r@rb؃*\Qsc(s_Y3Qދ,Bcyٺ`4>}accxrHcʟ˔<`Gn(ΰ&YĆт@!yt]m,Tɤd%e*>ul<9}#B Q-5bOhJвRBMr+tR@ C֠bL7,?`P}џ
߹m?Ƒț_14;ږlfڡߌ9KHrzFWC^	aJKϪՕ$URN\ōNwJ{.i[5`;ۤrX&"eۢ%#Ϝtſ*xi9gVSֲdw߬c^s̗cIŝ+`N$D֖=u$HIUyts|XZk}3DndDUqrG-^yBʛ3tO
~,g,niS&Tqשf(xit4T\oʔظɟ+N +_S0s/sxמE8_'JTΒ0klshh?fƳJ*x'rWͼHcC)ҒPѕÎÞI$EΒȡo2`!*l4{uѩrsV5=eµ{$`ވ(0ۆf=lpxۉ'!̔¹GZ~"T*])~05,%Ư_,nUMeh\mG.A˚N`ȜRxB8P7W|ʟfjtS%/+	o2rۑF׎Xmz2px`Eɘ_u|Wmy/jD8@}D22kICXMѰ¥~XIF1C!fiySՍԜݝӗqk(\tvqo֜,UˠctȎ٣vjS~,Rnf]ŗǄȚy'l`3^NR^`/ϗ9Z+z9xLxGȵ|.j>
Ͼ2OBkq80w (\xޜ}WB]S=cRI	^4*=/iM~ʡjH[=d=I#]nRpz1܏:ThݢT]q Q[תf`E_7tы(<֋kZƌX֞]ky(k"Zd;͠hUjdi;}HF0'܋T
9)%Nap3maN_ړO݄ja&+n٣Ȩ	kDyڍgS<m׵fLPhY!@ɦ]j7'uΰ{qF5!}~ަӗ\fM~vUxrճ^.vxbp> =L΄А9؟06}o+^ϳU*Eo֜Țûԡ[ ]NkIHU9ԩ
-Ԡ3p.9+*2a-5vPb5~V*M}l	?g
ǚ8̿v9!$J"}ŉ+!۱x;%=߽r$'+άՙ:>3Оރ@G
pnbPJ|kCU?voLqU+#ԙHN*&c[4v4Ϣ;s<loM`͋0:=$yZ҄őTArHa`p`:y*{` %PEx	AVyt;,_yMآj4J_8_??qѰ~Ġ:Ј<؃wŖ^ysR ʉ?zGl1wF~M6˅p¼5.ΓoaZqgHݹ>Y'-6OFOay)B3A82(y<nԂ3׃g5N%"*Y?/+͵7d[pafHt@AnrObX"~nѨZۨ*8aLn׾,XV D?@DAzǹ5bmscǜB]\p@.SA&0 "'ەQ	m l L!{/"=yՈ4o}4RrU2-M0^EқL*_X9aW1`q9"	1g`?Jk?]ۂ1C
)@>բCʮj((/D&ˍ΄I$'2SɕR	Zsܽ<:172/8JDѿ¬a>b,a.(z;_#;TLtN7ˮgvӖӗiX@>+:tMwul4^[?3N( *Nf%@@½y
\~r+\].tAY}!nR>j/e*!R~4.VFquXrQ%S=f"NnIfϧW'i54P$!VŹQ<,aVFHZoYBy`Ţc,Jϥ[U!=jyXkjVHk"mtFHRfՌ)4+CˉKl\x<5W1yGZN~KW5>p /|ocgaB;͖f"+RЕb˕v'.ˠn[_˓[XSҸ͔}tĔ۽v	h8U[=G"3_ux:ҍ~wOs2F7iGԃ+/T{<{%FoiVTI݉8ecJ>ǸШv0@E&$(Ȇ+(-fH-IcSb=-
ǚЕ5\ҋ٧pMF֧rݵeңed¦ڭ:oԯYlKOoս<'dŔǶNT2v_E$x"|WR-#_@?tLIvCgya);ϏؓA	Н.rQHך]5:>E}ӋB>6_l15G[YX]9(&:Fw+m*3Vd^(/L0$Վ|^uj?bQѰƃLϼ'.Kw}H	׋Cx5T]g^-Hɗ4zfsV04XGlS5vŁRguansώV*a@U$}1/ڙn}sRSqT*r,`aCǻ}]că7T~"Zo']JQ<[Ԡޑlmeبgw)gr_YJ[Κ](JDCS*/pzdfzՇo޳HLj6TЏ>tVT;RUlӯy$]A$<%nH:6+%2WޮJݒAʳgG^m#".*ĉ^B.w`M'vHGA4V<-ۇd%RΩA/uarf@ˤxu
4͑@NټɄg
ϛXFsDq8/&ϵE&LͳD܎Ap(DO;s5Wm	X=TtbUzZ܌i5k'`sk8Nu
ޢgY)*ixP7m[}9%hHUiٶ˾l"/o.Uc ԏ\eO"Y%17I5Ώ};Pި-ByNN˞Sܒ_<5 ׶)d}Llg|x,Sfzcڽ{4'nBp&Ab΃BX*ˏ\h>jF'||MӢ؊Щ&cc=`ت$ԧiACjGJmpsPXARhPiðq#;	}H^ AAɻ2ZSKW5;p`U#\W*lbtQ6U`Dè?|R0nQ%*0؋ERQf֊owN@
'.3sϩ~,7j8dsh?ύ)5R!t~lnPIԇ|K2+đ|وbW1/)@QĄMdҲ_ D<AP~	n$qQ_,0As|ps?a;˗.@]t6{Cz8ԍՔӿ
!PuW(H֛aossR1"$X|8.Z_ʵ@|;6zIX]sWHQ-KjJO΃*\{>f'fx]sunXo(Хsu@3w-31AJ@7Ȉ`ڂhNJm*&O_{om3ձ=n,ƩJY`S/>ٸ69kIS[ܮqZBȘ!11FUT͖m/WKqJ+ip	٫GV&O	TS|!)t`L$+ʢP7!0.(xɨMP4Ipԫ%y:_WAΉܩ?9J_ol:t8,$gVuk]pkJ	-w]b"֘ H͆7`E{mj((y<T}ºHcTA_[o~Č`>em4X*X(G0+?12خYǙt]wgĸP3{Re["~nLFO-Q&!# :ݧ#dZw5є#_QWb6A%܀ǷUi}ƙ.rڪ4sŴKܴg<r6G[<<na	ʱKҰT7;&B\̽dϚ6taŦ1γ>@C#6&Vaϗp3irSYjfHdd({V,7p3$SJ#С@$;OƄ+w9YݯOO}:kA!*WӬO'VƮ4cʶMo?kcLU_TPXeo۽ݍ#ds^EۈGUEEn5tJKGx͏/@]~{?NnܐWAWq1UQt*7M67`*$5~pǃ?q]kt5PT33RF]K*VkzOl2I&oX"ȉ}>}	HONȠMKyw9ECkVrhxLM.7:c,&PB3K&;\ {\%BGd#IErˣq6;ˡ_	W_|T*#psL'cf|	\c{W>U=Y+26ӣq$C4~c_2W]LF4Ԫ]|FWíYK}Vޑz$do_ERC+mcg=eS$2ypN/L ߠ;W£ZƦPu%ּ2kg@fc~=lɛ{vl`}l |ҏn߹M)U17Ը0`:9Ŗ76ݻ8vZ˟­	<gl
,!>|äWݸh=ړWr}iS|xGAiCRf,,/V>r;Gn	@7Hɭۛ8EpW2*\0/9Rأ Ε~èΒ l:.ܮV@u7~Sw`od
KF Z?05zb42f!-XM˜%"gxśDW!iB:P<xp<Oji^+ߥCMe'ownG3@?Pխ/F>֍EoѶ$7uֺr,U$De9F1rbbP@N`DV,X]MZ{;e̐C4jjOgq7IrLEy /ʮbW0CɩQaI"to0^7svx;zl)Hӊ*8$u2opݶi'e'(HLcYŋUjaC83o(YoPC@/0i?%m3޿=v9jcǝT\or2O:Fnբk8njuڨyPqNŋ5<89'Fd0"|؂ԄlדT(TְH4ۨ<obfR;(ĳ0-enpߏǁ >6ܪ[a&77PH4s=x#/?i#o0hWW0ZܯZp!v\Hj1y̐:fqIi:eӣ߼ZWݢ֮mCpw3O%8*~ĈHøւ	ۃǗqgwįoCݨWllpA,oAa_	n] v#?KێC'j7bF{j{J)!,-O+N׾6@`lц>Vf,MRs%w7lx
џ`oۜݫ`L3	})z؁Ș~q=eH0000׃#pB'fWV<iɁ;qbd}HOޡc{)ychsNܴЯ|W,>T'<7e}^ҒPt1g"CWo)T'9}11{zcaH3|P`+/!dCTArk}{#HaqB#ATVo0&P8dҐer|~523{\)y$JC dfxoհM[<ޞ5<J bދDDHD6
 qeE:ǘ?h6+?K(w -uZG_M(yV˭AQG\Xv'ʏ~ȘoS#4Ҋ/`Zvf2u+]4WJaө8!	zg+RLs#6f"TM7?ur^)2!	gFܗznsDlGzF(bUȝ^&3B8.VA%6 K`yGR}q*cG7K:fΣ:Uk^mHk?k28ɮFjAɌ.|!s<ߙEZn%ΊͮԊyX5`g^rdKn6qS=Jpf[®GJQz?q<W.e
%	[<ɥ,ڍćB$RAm,6|4*/TR3	S	C)$	r3/q]CN`ޖW	Q٬`f]MK̕:hR%<ؕ]:mI.|X<̶Qn۴r?wk"Amֻu/2riС]	4#jg	Eg@)F*5l4ZNéi*3ơ s·T
Oy0]ehɝDɝ֢ԀbIb+èwO6z9/*UCWnΊ7ɼF0B?%T-Opee9_j!DHXM,H*'˻z81ChM6ߞ(4@431H^M[rom\RB	(mm@:dDpS!	~uPq?iDfNkzj-Wڃ<Od˻O\QO9`{LeIѤe`>r(%-@ʐ9nTJ~ܘ8=#{W0?!
ڷIdnO|ony@DZU]i["rWkѮjJ߈rq
fc6{CQyWÿ">vɏ\v(Kk#nH4a2=h!fc4̘>4@_aq~p
*{.Vq-n"_6ncy*#QM!H|MbqtWB3,{L,ٮv/#5
L/Մî{Q4,;uR<η9OlMĨF)ړ)]7)f^L\P[xfnJJI*Nmܭ̤,2.:ՆJR?ңֻ,,Kɳ_	sW0`v	>?&!ۅ%LA\|E|OC+*Կϵ8o˼Z.zŐį[Weu\p(՚e];e12XI
L?>1܏`ARq_$^e%YhN5}^F&6+ܐ>6Nd[^t3:gՈZ(nЇq:.ߤ+	[?Dj}Ȉ*a\	PcR3azĘz
qq6ʙ7^ʅ@'rcǛז}.yRp$T'\ZhЗE}
|=\ϊD@X]A0qϧr0R0}${Ԉvsq%A!ADr(
&K'0v1Ib3a̋oi	t%NHWĐ#&g.X#!g^/'@Nwѣ4 kC
w%ro1i$t=u'!ݘ{EtqzejjxmpGcZϩڜL	^aWG-iume1"l/nq{@˴qv@ڦɊ=x@|acѐz
6۰U0@>XڬV38Siؗ	2-mB>`EBougw0I`n:[z_~ӞumH
bB:(}yVÑ!Ȝ=*cG%s
%,Ea:ɬLj&p'5e4w=qއjy)BǇB_Uo,qx@Rג;aʳ"?%{1pIXmg-͓NŲ.u4sIGVu#TC@Lq݇1AʜsPC7\æ#8)"ef8t9/͔l)XͭCѝ~76BLB	H|yO?Ua(Є1Z2$&Xl`.Č?Ǝ]`avTns5m.B6uɡvS*?\HגQБrGƶLsQskɯ5n_ӝރYxWcľ|$|~ż$`ԉDozEgU'`s[XJ@'zqZ (K\BH+Ź7..xqu6C͖`0x~S,8mfݗu܀~ޯήPLii"[h0|l=M80в-4xI͗BqðVáfi`:4o>IS,{~_6.MO"a`jۉvY-[֛^+f^GWtƋPhSYR7|4|dww;DW2d/`pf@5]zUǆ[Ӹ`рD,6NI~Ըhz^Lͅ1ÜwvߓӕwQa7ms1
]PءROXSGGy3ї2(zȷZ@пPAd`^x0oR&rsјn%fϸ5sOݭ4QPrkHgebZE4D>{'8 vÀ1C\ȽP)۔y'6_E>F6SG$[Ll5$367O4{d?(ŴSӖͯ"9klppآs\vϜݞ~mtMfaeڸaD#-[mm(y'A?׭O̓:4<dAA/GjxU"kV|klΫAMNN%9:<sүޠ:bhst"j84bmOغ3x{{ln9v*ekbѧ0w )!xuS0*G9֨;)א5vek?ՖۨzNwε	p69)CޝnC2̩js5N!'|8zܮzW};#t-͙x<X.Êy(	on]R[Ɋ4$}
i 	Ӽ x`^f
E'DNba޶J%צ^>S2jآ׃͢DM}|R/"Է)ĳ`chd@ݼ"^N{U}{n>Jg8MlUvPw֬,
TpV }ֵzTWǂФr^ߴSs&;ɼ0e]Olj'*G~@c?zCWǿVM yԃGK6D+,jLߛ-[$dOaҨʮ.Vqs"%ȟEش؊N9sO^/m%$Մsƪs_jvШg=u9GɹD}ң7	.Ah{,~mOԧN u6*kGK<<ޟL(Njv"7NȒ^3! zC6@GdWG$2n.wpr$[7^**|$Q8ԜNIIŁ~̭MEeϧn_F[%'. EWtp Sͬ#[Z*׌Q׺Xǟohߥj1۪OY)^ܙ5KyUԁ،g\z[JXľQoh,,Z||Ra
"`_0(߀1`,s^WIq+q4sm(߶RظbqW?ӋF]jRW^կցNwMG3ĳ7^Uқy#3VR
55\bX q8N`Egl\}8n˪-
@4crRU|~m	OtAx-T7rG`|'+;KXT&gfbn>l8b,%g1aѼ[`TcyFfYk`'AK:7(w0}b7y6slڻ :89*{27{#^g(`ߙ0V6a\\Ļf"
W[9G&	ڇTHalG `)]E}تD
YGxזZ_9ح8VWzXΈ422,{pa^̄dl]fό%}T.72o@stID#<o&%=oI"n/-]qp^1ϐOyh&	Y/&=M.<tސqq׼	 =-]rdfc-o\ϢfoEeƝi6ǎ/E;%Q1
yϹXmIؖKщK<_a_@-d?Δ¸Uj3ȫUJ;6nLH!~[#B_DF;p]z55o!];jgd/տwZ0?֝c@1(e.W)m E)¹ϞbڜӼ7/ʾ351: ˨6btjSZʷoPnB;х43(nR^Q,qb]Rթu
k8baImqi~sW_xT[98Lص[1ͦ!'~tqZ2иޚ!hibY	4i<%Ѡ^Kz'R4{mh@53	MudA2qg_t9PH$36϶L[!IlNork]dma4ق
,OT>Rnܰjʱy΃t^DdVջ^)4	ҽtFknד%o4ۤȶ_zE],2hq~e\r/(2AlF~8U4T
yYƑQ+{>K#QMױ,mpXo8t~=5DgtTdi
aYJ<^Gr%o&?SQFsIgtDq9W9cۭ*"HyL~̺ߺW@9y̷l]
קXզYdՍ۪"$Wkl^|~,jEkL$Q؁5\T<qŘՂٺƉusK*j3i'\@096ҘM@zowaiwݭ]PWtgN&AdV._Y܉;	a>4j
%zQmd	ukɸKD>3'P[h2nhOɄ0fZ}ھ9/] WvȁnqjGNch,1`gY-3ʁw+ђWDU*X#RQ>B9rBÎA!JK?Q۩DjzMf>hPuV>9'gy< \KNiFn<HL70ܫMF%pz-`[iEcBɟ	C)m>zĠY|Ũ1Fɦ]Q{c{s66U܈;t9_n6(g"ʾm['^+O4}ѩa?>fC1g-jŪ[[]FK>߭L>2u2vScZ8jpk|e2ۍ{h`zdԐJ||QG<S%[Kx+(<Q
MzW2eq&3fjFй7KV&!Mβ2״SZ+3̥ccPA!\Ͳ?ؖ٩Л7K@yk`4_ 3٧uOJqFDz-̥pί\(ݟUzNU;Ȕ|s-i>o|Ϯq}w.*~ƖDc&'h֍.6ZZЧ?3p;Ն֖N͊ʊuRۣm̃SAڲ	DVٌe	0!\{nIY(wl'd:$4>֝tu	@"a\#՞xR+Eˑ>7۝8ڏ\p BD1C7F2<ըۘڙz˨ץٮOc[ZTCHSԫ>v*ci+$K`w0ϝ*j#eI[jIʇ;G_q,^A31/Xifք*9/x=mlٜ1ce+o<zR;(ʴYt.?By{P_i	՘C$"'ؕyݎua%euK`ZؒzT'׈GUIBeyʙ!E??"jۅ?TYMiFNOl!j?pzUR7uoΟ%TD*Ti}Fmۣp 'ɸ*3y;Wfi!Rmnյ8	8Vͱ
m6@Eݴ޷OF-I_~U]sEaÊBb3.R`=0TkFԁ2 {Snm/aӅ%+ZƀG-m&*x4q<Ţ}:γ@flK>!QDn8D>{##vZnr6dO.n 8"}?5OfP4Ti	#$f$Lu/nR}ǖB)}2|9Kg_)Z(7٨_Ǉ֗Ռ{F*wg޾ʶ,lÕՅ
'pξ*V@<AVxk^XB*xgFqҸ@FCћ7Ԧ<k_5cUãЌ0~ѓ
94shτ-`Tн[}%~յEhNĈW>w>
َr/ZDKn-;K\e*lY_͸ELٗå'`vMb ̄ȸt>(-<]&l՟1yXj^ST|ZZy|6iSeNVp:AF:Q/vڂ.]$JHbD#'~_.i~O1
B;H{B{csɟ>͖mm?9I{=bFԾ^ȯ8	?>|pG#SgWN.
ooAɖpM@7ușuVMu06@[Ά!Am@Oq<	֪HGpR]-STLbmF)gF`{B2eO>Z1PݩMe%xI38͗X_IzۚP|\&[Dn&mdU@lw6֩z:c%`N-
ba:epn?nIǅAҾ;SuflԘ)BzjNX$~3W<ISjU(rȕ;չQkŻ^6٘2dc6.E#ާ=Ϫn<{0qOpNɧ{=YqKLiX¶x7o}c$4~`V#HJ;"j9.T}X`#4PI`Z=k+"C jHNX֜}¦!'UJ%׻S5nΘB=&3m2\s`7*.iӹXA|ͦ+S~!%uɼDWoL^42.ՊH(\SS%{'@+ҼзєОk,G519r-%̐adHRϡ#)ԣ;~DEt4	AC89f2Ƿ߫Mv5K!gM0*hbHq\uJPwr@ܧ[iReJKFrn%wawcM&Լr{ osUOYxWߝ.b:X5YPՒ?ҍsTYӺ
viB\"NCԉX[+oyx\1$2ءwSoPY`
z(Ik͗z;FbIB1Svh|el%=^hPFZΦ4O9*
-mZ6MV2%ECfsڿ<iF؅	YjUgmIl0oDOyoœ۰vπ͞[?dJͶW"zճ8/3_<5AWcNEh
/tI cĐǘ]Eō5i5K8IAݛ&"luՔjsx5.*p-m='a?gMrnNgݤgفo_Zغ,Tc\@M ڵitmAa0?$x,=*G9"1}%o6&'o͗B^	3itsY=ڛB>b:#xFȌ8<Ξۋ(W*Zh6W$ڵZ)Y{_g־i5®plךp5'Ո2ϡZT9<B5*Ʊ}Lpݣ#	K?upMmȥd$E\xɐӥ84bm9o2'jzu
z1?T\OxϲZ_!3`U7{tيdU44}V9Ԅ̓ҌlKӰ1ԥ0`zWvG4WipȢG5d;\m٣0bޗp.زm~VNޢu
gzFx;;,>JdJ=X5u9?rk/	+
6]as#P}B2zܽهh)'`#\\$%D˧JϥyP%ĥ$(!z˜[1.C.~w9)jBz6eD.^pHNމXFcQ%t<2M)Q%My۸s)'u-vt+ƃ	+si(iX#ǤZ`	ކhqf&3g?-/C£kCo:O3¥O]ƓҔVnoR6lK{ЇsBǨ=rʙӷȂDEm#@Ѯ݋Av̫f& Ȟ1^XZ<HPqĎo5^~]p=^	cЯqۼǇ_rRc>Na-vo7!/8d6
pT\[E136!4T6ȚGߞN{"a)fvk,#]vĪ
|W=@ޛ:bϜ4|]ʤ~zcQ̀*{@?xh[&u.06
ָrm$D#6'CڸHEW1k>0ZߙZKb6jw-Ͽ#H_SDK|d3(uEzʀby 'ke\gzKN;]g
RS/mWkqަDkp1f:vhN˭D̪D!;y46ˁ6OJ:MQsՆ2|qͦ>Hc>L$aT7ASATz-7v?8%Y6ٛXQE/f04E	gwu#?(u#x*(Б>WMI`SҝF@ٵż(VeAeWJJ~QU8,xR- Bm28Ii0c&2$y~dD%J$qIh|Cqʰ	j){u$HP/`P?En"m9<x؄^ٹEv
DՓ6H5c
D}FHu1<qW?wcӓ{zνuMw7Hhr	`,^ƚ9ּn۞/73ۮ0i:_~}2ۼ¶M6xD$O;Rou#O;YBPHƤg?oa1Sm*y<ImߦEBEb9P. zu[Sz1YDڶRD23z!uCHn
w"cVa0BVkWPs4zb=J'?nЍ'@P+Ǡ'XEV"خmsɶ+[ó/^aܽ޿Z_pMSN`Y	&ܣ^>HcIA:
ʢf5 hғHpshnʧ
cI܁)ա:dn*
`Kzf +/'B#.|ŏ3" Y7B̔1j3#ÛfHи.-̞`nnrsAfӠd:M^8S*qk6tԾn1%hcQ.DRi{٬o
Ѝ|*_({H,]vvW7':N޲w}SJ@V	mlvBܭ/Oʈ(96i?)gqdӤ7ۭ*((t];_r.&1`$=dPx$ dЈsOެɕj) 8}̔Dkl\mfqz	DE;!CDً! k؈Bt>~,BV{^:D46~!ו1llA(:Z{r&=S[xqW`.VEJF\"0S
َ1&ξt%SHߟv5SSW-4E4~@lf<Ma~w?USu&~ʗu$'[NSH٬Q߃Y޷7?)DJMah+q д<Nց/QفEp"wɩ~mf{Gugi܀rK:|6ɇfJ
ЖD|)	/"_@3hmy]݆YRL7eʳ̠Ř,ЃoD͊͛bʛ\%:H[x%9_JyWhbZL:ϴƣ\EWjhǁSиr'ODNGZ((ŕyRDUakmdzCxmZNƵNP2eʵ>htǎɲUB}VghT-ȔlcϤ9PwJ@,JdxS͕ʽ֯-365K0qs?	K_\,qԽfpQqNUF.>2Vc{%V\zS~
GwM[Ec߲RL.bFKc;W#`e&גfJ#Pް\APZj2$~~טSOʳ&u rfj;.3Ҡ<	+My^Qc|GɓCĊn`D<%9kmϠa<Zbz_mBC
wEXMG	4	y8ɮE`sh#Pd"Q?3Lʾ:c̱IghRA[}Ie<
05u*1*Kd'mwJK&#ln
vs!|o31#[&z/_҉WKP_b҇v.˓tCV"llǻ9g7	 ۑwljxIGh-A"ɬ2.$n˻AU I$ߤY[AIy>ܿy*s_wCqY
TeR}Q"FIҒȘoƄ_wȮN8&1ԪEu!o,i*tA;tA2UJz=r	iBЏɬ3ޱ2
Hpς](b^NqQ#pة42Aū2B$D8J{J7Hey60h0Wga2وUkhvň:w3ƅo*%pI$j)b~fNt"Nj,Z˗)ʈd_'3fU{"7#B\KiCk5EJ$}RykcMdCfl~ vvˢ'8y6n]^U^سӓK\Uh`#yz%/
I7__>|tOnADJ,32a|!+DYq(2P_@н@%Ʊ>M"4#Z͊(:&u"ߨ[udqї(ӾhzUcGoo4XGIb<޵~>*{}tmUlw,VZ~X|']ٝΤћ}Y'L~Hv!UޅFNH`۳7XEǷ3,kS9SWg%V:P%m/+״yAJWQ>ekd|yh.0QTvH
|ūnj77T`	ˠ#f<T{әmU֚vԗq:w<<>$ϭ(86ٮ&/!*cy"Su&ɕ[UH9`݌Ypu`d{;Rb·ilS<ŵ^]%iH:u-?Tn}zva/Ui?+ɤ-Uŕ\/Wq#ms8PUĄKvƺ@fڪ/d.pVb¦Ha[.X?CgfU~-H\*
ZgUP#W!bڀ۞%l10Ov|=?{P]ć'@c++ȭ(egF"s#0;LxׄtG\1,?HL2}?A:ȁdO}]\ЌV;ijCSNJ_N eyMje~rƑ
$HV~u"s{i;ĚE^ӼܴKήeM)Vu^"T:}a=wl}HӞ]ЂPbi}$أEn$t9F@J>$HČyu46[?ֿ҈W+'d1Φ+*qq0tnܳڟĪ_-&`=ɮl-wՊJzv**y_[~UO
ʒ6]
zO:ȶo$ıx:¤i!1.߮]ubNݦf9XN9n}cD̨)+רG?Gyђ/dVhvEԐf0	:xʟn0)ӡuk`J)s4v .'GDU
Rmn,9DAm|mq#ا{=$ߊp9|y
@ЃzF"ӚE)4@72nm{N	NDրxA:ë_"Вu-(E:bU<ѫϖoCf
 ӾvD%պ="':sސzr}+6]Br	؄7%|XY"&tBhpQ`D=3Ke_i}ܣQnA"N^[K;@jW>^@*m!
m:aZ'έLAٚ8!	
cuLZΤ8U:gQxh(XnR"F.t{ˠ\,apyq`:kc[ؼuJ G͗k/6HJF8.Ż0gjO)G|,?{
o\͛[(A+>r97=4MRp;4(4:Z	a҄Əj]6rh"F;)?J!+Q;̿>jsġ_A͉`eծ.TM8Oyb@jWk<>pѐl<|UMAӐ^ıy*;Η{*&]҉QUY6@P'dvȒuwGw&r S]Й<Ƴ!+M"BNcF6]ӊ'XNʡZ_[BwS҄3I0j*<ȷ~O*~jU8AXC%d7U5Ұ!j)ؤRsTՖvރ=l̜rH W@,ܙl;cwsE>yS_^BѶ؍ؼ0^<a֏ԕvIo;;w$q455=gkQm+9<\`ށ5ÈgyBN58*jlْf |K&mBJ64W%IۈAKO9ӷ_=y?#)	;5AjȖS&:ڦϕ!L٨'ƽOY[}%>OC02N9]މDe';b|.zi4XblOLԣEyJw>=K#.kJ!ך'7?g"^խɚh9	ӾHɳF"59X1:;2Ǭذ>ګy:ǩ&gWr˛C-*w./kc	 }EɣDA#x%8ݎLR	o8z]QݻmT(.d*ilE.ע1=vXR˯Kc=7Ockܶzhdd ZP;/f'wµOԩbW6Ʌ&rå?HsD5d{r">7|
YȔ0нZ:D
G3VD#9~ި
_|.8($$UUqr}=FUHSǫQ,<kI\D޴m\
ovеӐv*[ݪH+
AI`~Y5bԜO,۞jOi2Xp*|U0h !qq<D@KBm;(Mv{"~Yc|+K&c#lwn6/sa2)J?=,t+2Pw_aIldY.
nB3a:fv,Uctj̅c/[R]eU4@qu%z+۔ne'R6xư>ot^G8V/lR0zǅ};6]}Hz˱+#i.nov4?Nw~lXA;ܽ4ڝ OhoWy93E/W	F:1@v)qkr{nsgA q+&(t~3s9l'	4py;X\;ɽLmg9"9dRy)Ńd --	](M:l0bhn0m%x>.g0(bL%9eD)_LLǄNRKĥ˂RY{Z%X"	y44"ڤzؤRYy$*ft=_WtH{hj-y;ë<UU|İʄ1
CGYgI=<5WھO\;R7{2;8IC~.~DULbGl޺ԘBs 
%1''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(19618)))
