import brotli
n=a=0;b=1
for c in r'''T7rߢmʔ|^'-iټpΰӃ
*6<¡r:`n=V@kR~ASl<H1tܛxИF$>'Q-\8},Ibxc5>Z)y	"7<3c;ukmn<L)J*e[zT?ު!qMY'W9}ԲCUjېyfcN\ůWwELŤRAaC*(oR޻-aK9	[mQ!e2_Ͼ	ъkgJR'>4KoT_Ŭi:"oH9/&ud@nUW)-Gt;h)̕%LE|nqp?dleWkщ.T-bڼMcs`'VsFy1"˺uALɻfת-lCڎ&jlώQFxù{t Ț~\(/t5)$ײ$<,ڭo³!Z״,)Va,>uǬatj&	uEbڿl&;6?H`Stw۫x߃P@y"֮/9|Kb6gr,zmս9[e׾>m<rdZLG)k_pRb_X.zw:H'Gz,Zx%+=Mش7g̃V-haǮAc}ܐ**aQ6ʔ;+.7ёWZ s|USO0/03N#߄!J-4{(#<i,]3Nӗy'զRZ,BǑփ6v͗D	%Jx$.sN5(4.j!.bVeOT)Kq_HʶW8=7z37v5ή'D <JtK=̑G|PU]ՓkA;fNSFxGV68r;oX̨YpA_$_[ƙs k~ȥN1z&lypǵ-9m,N
f +Д.Br	`ZuSqbEeCpOFՊONE zغzZrv(:`RU<|%ӓ\j-"adĻd6>,?(hUgў߹ɴG!~?djK_Eo#'Rm[N%:Rz-)з#bgISB%:U͜]2ȏI'nGDUǓڵ8PD9T&Wܺyb\^ix%Tu2ݑ	C[§y|0nŝ= ְEu|'!Y^9)/E1<O}6;U]m.dù.b&f0yu+eΛfJ*֋&̢)ћ{A]z/WU7[)t2vۑ(<-U-\z?"SZ?-:2DDxzqwCen;ӰPܑ@}KPWӫT@S ;D܄:Swu*~	C^Onø]X˔Ĵ!,ŽvB)zEyJ2
=(+7/4FN+1ʄT5x?ݺSw..Lڷ%4mdWK'ѲgSՍىن(gbrR*,9o<B<EMZ|'Y(2yޛHmRJSFm:mM{@`)|5623YRzpSܚAûN+33Ԟ_2ȓ`EJʑwo6lgr4H9pCZgVls3oʻ<D;+ǐGǰKXXCKϢK;pǘmrJJ֏i_'ߺau/HS:ۙɩ7"ܺ ,%RWP]QAl482!տ2"jgy$ {QIjƲٽc&n>ng2Þ	;3fÏ8hE?3TFMsH6MK*hJ{L"-;ܡu(!YucjeU13ʔLRV+L1|+_@ES[bcݚ.O@ƀDo_/4U<=xgbHPb?=&aTOkk؝?? N*Lt~O3c/3zzHƔ5WiVv!-Z!Aófi}(R3diM1<S;4(bAUn/1[x%@PA^)Jiem7?1n>l1	/S*Ҭ"bּcѺ?\ؒ- uJ/1	24@)>اbjX"K4ȵ6Wh2+*ɼC1IK+)SI͉Rբ5qy4]s{нn\'ѻ&ƁHKM}</֥b{kWfH#PP6zw
C9*GB'ϓ$N|5chu8ZI- $vxڄ/L<k#=tR6mkCΆni?>P0u݂dDA.Egڰ{ޚфiݷW#OߊV5yE-`%oeIR_h]G~+_tDCY.@Lzϑ\,{+OD0M~dPēwGI:!&ڸ64׸dԙ./fMشh@Ulzlqw4~i+[d}s?цo9mwisZednVnu7]߉k"VɽIdԕPϨBK[nNJYTE"׎I<Sq@͗ŇOG?
5PT{T1m
Ĝlm;bx,$_u:m$4H;sИN_'z7gň%qP4֭Rڈ.GlݸΧy
GxLݿNp3$nj-ucOo+FXY6d˝uehsNr	˴Uʦd$'piv'QѤAQ˄4Ci4l};c<ܤD{!Q)Ns_F؅a"(L'̣^pc3.=H!2bE4[?tF}@bCcw}*!FYUyڀ֖&z\O<%Yu<ByuPw@2j}7?fn#nSó=J;éXڃY(@ێS5ׄ|^@t
լ3׬Jŝ4}rK̩{~[hM{gE@hؙx~B{ΌEt#,ueSB@{}s]]=6#hh*NQcr%""\۝lڸJY-!o9u^˳_|K]O
qURTz0R`p~oh#0ss{v>)^m۬Ԃphgq`M1RڋHRU˟-!ɣz9s4bGW2XQĵ[{{ao!.:RevK#d0
WOo ~<,NލHȲ&_sj9,sY³7vHD(_pJBx,H#"trjݿOE$lP6u5L4QX@xcK3axE{֘&X?!]e)
K)(t-jNDӶدIU5֕3/F!It[
Arxz.oag}MF);І%7/xT8j7ךSqGb`>֧m\7|j^tm225ùENci?k[v<
b$ٮދmlN7%{SV7Sc5P(?ߛ4ybb=l%Sʂtd^h;ͱ@f̩ϥJ̆{3TY ɋ؊'ΔPzI$L/$lk]7%ރ0GyJ
"eU,!YLM*TS%H; C2١du<q{QtD3t>i|q=#̭	+!g	RQ̱I~oVҞ,%fҕU
\]	\<ZX/p}O)IDI٨nfęsģl1=2#*vt~WkD0b@+AԺ`J4<â>q";r`k DZ"n+>eQ SXU	'|o`NIWd6\sٴ$ǝΎa9=p=p%c.QAtׅͳQ@K`inw
5<?^{H5f҄)pJeѰ$kgèaLid76P%͋LscǣLX1xZ]T9:A,0W	EZ.Id0#mb֛xHxHK8%)Ѳ~lƖL_HQ;s*%ˎ`cLpKY]B
(>ϿQ(ιEӆ a(x9+Fq8{=5#V	;eώ>!O~QdU݋:BxÝ-48&/zEIϾZ:q:;c>n*yeVˮY%@`PƬ29|3?frld(gR#<_zƠ:nET,<:\4dSmrf!sS0,WO4WنO/:ءF_!`о+LO1ORNE>`P\(ح\~5gԆʪiS56mD۴3vdcӈ	EG6ͯ'>$]4msȥǗ+ME	6$ɾ/ͬ`ݧh#ޛDS	1#+7J% GܯUuo+r`:ϫڽyųU7xHs!VC+٭!L5ɋCČg#O`'_@#_NHΤɸUȲqk¨wR[^C7T8ki)2(T'1Hjnм9ˇ2c~upr*#Zam3I+Kv,#*N[؀+|D+KT2+{r%Jg.lHϯ S h˟?I)olE>vհ!GAWXn
Dչ؋K,axє~f"|!	"nօűMBD"{#aldB	2̴%v8hH"I< 7Cޯ~):hmپ^*WŒ
XضƎaك<ҟJu2Y=QaoáV:%~fbu)Āj,͗^tA׼Vpg9/C-kgQ׷iԂ^}eūiVg%XJdձ0J)R
#ٟo/MBRSMjq
p5ypmp0wյwf*!֣)͇%pr%ŨޛiCx 9)v5{?fH}KF߯1l_Ay1CQ__=N0uǔvoSBoVۋq۶Һ`Z?ETǴl7IvK=W4
͢ҀT-Rus\J C2i:T+z^yl,Ј`Y4^4!x¾HRRdk>:ZGgƥdҊd(MBh4%{ciH;X?4Ϟ/Uy3&NζfUVuiQY@	>Y`vx,{X]H.xFj%n}@ї2e1'ό#؍0`=R
c,p-qxvΨWl)Rн h)sĵ3r{}<'WK'=8x'w̠f܅q4@L?;Kbx.sTJQ4M}%	d69Cʬf5u_	:HR͈?>&~nWѳI7F`HsVrHxL>QGghNX9Ivl|]޶@y-O/bS(˃r|bYM{-űYOzx^ǳ4A P4QS%z"U݊"0K g7˦q~?|;tٝ^\N=*Ez3HΈ#7^s{[J[gzm$k9B^5"t)ކz	"KǞԷU@=N@LW'o@.ҶM?h4<S7K*v޿|^DitYP?+H|8ib8Vڝo~UqhI#ۀ '||3	̄Cނamqr!t_=X`5O%~IFД6<lł֒5tTԴz"46D;2i}m(CdkĨ;9t4Gp1ݾ"e	ΠzRݬ-|t9{Uٷ@LpQ7sNFqĕ3mal+D=Xj`~nw7?ܳuǗw];T38tQg6'3.YQ(+ɂ,Fzo΋L]Dc["KX<d,!ӯg8L3YJf_^&<*X˺CI8aȥk'مt`Kf^,]gylRƀAqM.iڞ֝U}GR3{4f±.kP]ЧVǨG0Y0yѵ@")	LL;=߻dcͽ0-̲k=.p

]zۈal:5DS˦FsoB5>1HN#%(Msg;Ҭ3d0S&oC}CRN+Dʱ,Sz	;SBcˆD?m Ư4^k$ʉSK;+%^HSéPK.v@]N=M<Y%E
zP+Oy6ʧ:raa}aYtґԄ&үy@W3w#|	Kڕu+/((B*Iσ0kɛϖ
rDZx ~pvF:-vuvyR6xC{]op($8/>3&wu;|-&.5M	^ژ;'?@J77yׄ^Ǌ2f3mȵk<`:0.@ДXYET*#G3&.˒
li&CB6o2|8cz814*մ1.ƍ%r8{böqԉ+nLht».)9PaSWS"l\Ы)}NPn_Ԓ*'O@pP
?.krTfAsd~UT[wCh8Pψ:)>h$l?wRα/:vh*Ь5ȑOҧϥqv#Uv>vHMqQߠtChvp܍GFsMh)jۆW)r$;T[
|=]=uLH|r%[؉d֮p;ts	EѣguiOkz$͖i9@l]i/4lPmѕ\6
Hq9$ͯ0'uXqX /bEV%ˤ).rH3]J:~h6;@ʒkh@xjeٚ5*3g˽&ߜ%Ei/	5`_H48Qgی6!sΒG7%bثNnI^_Ϋ$mLUɶzܥ?-&x6X3ڗrڥeP0=xdI~OQ/Ou܁u0rn/j&{/^m%\ŧ6R^SV,)oqY؛#ܨ.XTgh>ٙ?YƓPopx1-݋oLb4+t</(iS6#oEΪ.gT[)LcxHfYϓ$2wƬߵ%LqSz1^Wە!6/K2@+jGѷLmxaފݑh+VH;(U{ZD sԒ[aB"ENME2$77<-zM
qB*|!YJZZuQ;L[*¿ԃ+҇;\.҂g	/RL2}pʺŖӜ{9>>H% ţlμ{Nw$qyگg4ׁw7@ܛu1TDg`+}=1Q%f߯wx[xP)"DtCmM%*~nl}:Y0Jҕc;*/dƧqo!{ RrH[n̼"O/
qY0$х8-f%e_wދ_#k\sE+8B؈!2`GVUm.{zOsKnABQZ$.ĲgWV>S-;z^-]،- ?mDkw=ڟÍimiO(\B})M[5gVݖxZ3m5-<h2ék;wL_KH8֑Fx{33f|U }UO`89!i&3-af6BlvzA{BE/qhr?uhf9)$qvgY<qDAX{)L3\eH,Uk,Y?1|RW"BP
ױ`arӭr3΋6\3H#7Æhl=/<CVQ\n{}Rי'0kx#ZѝbPW`J̑ej,]iƅq94vI4[?&q6j)qP=Ӄ,Cn	fKh%rSIK0	ϐdu,f_Wp7WjP>ktP`u1RIc /5@֤&4X3#ޑV̦ϝ\,_iZq?޻osf7iL	liV
İFΙ}:1Mm$߻y\OȂ:W5j&˭Zt)flО:YskNo?l%@>Hn&)\Z$Ϯ#'u_ѷXU8(7~!ϟ­w<ӮjAQڇ>mS3_~a1P:5׵/wǩ(h>Q:qHbrY7ƶ>Nk܍X(s%'SU?E._@Lƫk̴5:ِDu$iճ/!%\]%%ݞvIT۲H9d(&D
o8CHVnZ8O|]JΖ߭)p[N|^ā"{@ϒ0ܪܢX3OXfqcY9iYذTF\=n{ĉ,K̿;W3e'WC<7,7xcd ӁzC_lUr[ɠ.qp	bLXҲ!5|6jSך?&iğY?M4Լâ0UA"yZ(C/(0ƾȀ[8N.C-1rQ*8wvzfokdx^zvEq~ECږRǒl:AuWs=;rӎtFxK@ޒq۴2&T.+%5t03yYsEZչ]aC~8BHFVnsɓDܦVSY"`xT{jW?zՔ)"6TDvВ1A(+ӬܽG2r tޖL݁vD?0f֚ E	l7"8DIBS~bA$6sSuU޻+eic#m4lр+hG"[7+Pm<Nq,B^KڡyXMV2Iǹn,`C}PJBeߋ=*DEō@Yرjo?Yb%NvC/hm>=*FgR&ɻ2PYHM>W̢h	T̕xEz}
q=WǺXmqC{;f`&v-H3xڟ<}I~аUWj©5Sn6"61rLS=3	rI+'6=3S(3wʬ٢_>Ru@]P9HnpфLbf?>`ʖmWo%.A+29bQ҉ugޏ]x=ҧHC?WC"%ޛČuv:mIEs@"OKt;ȴH^ԈT&p0u>3_]f-?W6tt	PӪڽMj!2zO[o|q̦ kĴs|gAMw.?īg]HYX)X3yZ6[l̡%uFTa-Rɷjw#uǉbdȰ$Y
Rؓ:"A~ǆ*!%5ؽNpBD#9ַˀ^B%=ŇH	Z=j]4s֍*2+NGOj*<ԍ4/p-BDVٱXE?uk&j7_cS@Sg}tm^ș:߽l|3fhM65Y>3iZ[ՄѺ<lPMεޢħÕĈM.ΚU<ĩg)OD[9(8MĠ̯+G ޚS#&s-4*Nea~Hjɉ̬B '4<whmd&h$HuU;̞SUl7?KWl5ޖA/"dE±М"2<ҫ bi,'6:3{w]8xOf;YmACՌ܈ĝq{SK:~:zZC.f
a!B*n)22M(0B-S.ݏ<hKA;gKo0Ԋ|W0:Ԋ6s®8.̲^C,D.E >Є3mBiEFƣT:,ӕ4ezp%h؝dJn[3\cL
	Tǟ8r~+p,K<
{fjԬYЩLĘ,ʬysX:űwzeNMgTa@C02'P-LWlk[%~*ߵH6wɸgQIbTH>4:rh>n=Xznc7=œȘvY3 ~lZ~^SFu?=5$hQ/rGQ7K1=hܐČdsPȪ\5~I?nCl٬7ýV</84B&זe>nFF@Eܵ[|CK_i Fj6)#=@F΍.aToSƯ:ٓX9}a|w\ыVO3pn7[HS>XlϾO~޶V>*Jɭǀ@[t@/ܵPގ<Kwe\σʛ
_OoUJɚșFs9T0e4d_hF:ŬnwES-IW+z	8gWlGT\)4,̖ɼhu'n{o{hk l83(fkuXxl"=tOeOLr8W8Ȩ"%ў(}<7l.I]}AP)MT=ۛU?$+d&i/el<|*pe{IF`U#Yz1$ձX=ܱʫј-ámJ|B=Z1Ye!Y(PuaE<|J|ݚo6aUwxir1ؐ18Ħ}FS0Aî̞k,^fKv>gˡTdɁ&Љ8<?nݏj%]u. @`<3q͒SMoR[7N2U]C8q1hOm#Qúfڗ;e&6|2`lVeeˍs6W3ͼm"82 Yu]=f7as<bo}3/AéyOxék+K=D+߉;(/<JuqN{l^[@W`bec(#mv:ܛNɬB,̩?4q2OѰR~vlFh'6¢Eǥp0ڣ5ܒè,3?|Jv$g7dW(cM>xԖ*sAHh%/nZCMGBBǏO3c΁ҎSHD\}ncK֙P8˕[݆+eO9O2x;Fވ+l5,J0T^Zn%cc9|!IHϐJ$HuVҬ\(ր'd^IzP:c.WI .8:O} Z2=Bb$:apI۫ʋ.-0rBެJsw.m$g ΆJgpmYV̢"%#|1jw¥m0CyɒpHdnʂy|zX7WOM՚46cDF18{\~ȸ;'S٫A#7mAж2Ou]ԩo(&)9:QǚɞǖGziڻ-[V/j֝M/$"Al0y4qܹڎ"[P3B/&yA|[6c!۪G`yWWWRs^:.Hw*y8W%9ҖT	VUE!fl@&h<e#]RcVϔsh
;MIXȬbD~;8Y4339)QOrNڸh 4'Hepl]דq&A4%-X.9>՚iP5}+
IO 4E O5EٻʜQكJ݁̽ܨOi0A;9*Kq͹k{Q߭B7gXIYfL
3ֆOJ(n{AFSGA׬ңA!+m&2׍XQxC"k4	ܦRh`
:ۖbE}ϩn_N?6}%WbpF՚Z0%<l>k{1fv~Wjʳ>~d(yHO&ZUԌ˖Cpp8M)V/O].cI(hb7B8l)kQ|Q9׿ĘU<N?C)5X??5ڢMx9Ȟ" ZDq8?¬
`{28ba[mC܏u)D{"ۓe_%pܢ"Ө=ozȲ;996lխnʩe1|($R+:کJ*Hr`~ک@ƿS%}WhU4,N7 Ţ+Ȗ٥8dh&\Jy^q'0Kr^J)Xz>fahK,ҟڵgY33bHc7$3ĔOhw7iʅSL\Fx"ew-,ILJ?}Vݪ6Bj7T"/X5-Y1{̴9ěƼWݵs;<8aӧ` =*3a-BJu3̃(<<#z*AksU4ȕhom5Xuj	iI&rMgA<(eʮ	d(P7qޜ2kG@{|&Y^,BdufBU9hG}<ˁ8d7

,ˏϱ^n~f4yڰq8ƍdk:Kڮ_Ȳ,X*[>2@_{#.SFHOaftSEAÈF!@_X/HBmiX]6x<JzyɑVݟȼCmFBWnԵ~oɁ4Mp|s7jdT+bTq;o^312hWpYF_o g-mT֗A"
r=gEO,u*gOg>q$hKUܤʖYDD"2QGŴIUql+6_	J"4ԶV2)+mX%Vz--w8j`t', kѧHP6S;! ғ_.\|~(ؖ2-"w=bPyRG5&R3I߻2TX-IJ{GB7г0fڏeFO<)ιJ_da3ԛ+'zviVS?oǽޞV
R/K
|͟ռ[ra;JƼŕGv'4HVIj
9E;[CyiIӱM%_Ys74la/!i$8tPhmrw]OڵWӐce8)ͪڍ\%O03?^N+EfW^{Wn9-jٺ_׷uO%iPA@cSBM{֤Oe-e֑_qĔwd}So9˿#F#qh8xoLKtZ-[ޖan.ˌ1M0oؒY/73f7P~4ӸmZҴ?&mm 25	UKCwbtB-~ҼwٖN0eoЏ>SfB=]5{pGQ׵]˪)P?NEQ750Πw /+N|˨)vX2PŹ*ظ)^αVڃAwBe["}cNGָA[ E{5.1.QǴ)/KcƹI0pX_N@:x#y˜hrJQSӠJק~z+:\Q/,|و2­сH886&/ 3"$NkE+Ȇр{vz&H]T/nw,4mıϸ0ծd%7nÀm3=mͯ.R-'Ii¹=.3@ϜBq޲*uR?~Jf߀K9tߕ)[$*%я52~5p?ʃǸsUH%dҞ6/~Aߊ5BÈp*6pC@Ǉ>~YݗٗɡʼپnͣӀ	z"U_ߦ &zEԤb3,m:ڈMD֫^#ȗ,6<%k5UuY̭/jl^9!0Xtu5ƌ7_&W{wU|%eDC7e/KgvƝܓ~"^EJÈͯLq5tzJJ:e;]qĔb 2gyEX:Č[{PJTAxd>Ɏ"+gW;S?#Fa:aNY|ڴS6HdՉs*1dfU[NX4݁M]dXX+ŎpT^|p˼~yItWG#|`fPI:E>=#}0#JټRA=i&hSu2KQ*@E{[ӉϞ{˹Mm(W[)K¾ 8K<]1GgQlvYSN1ؿߙaU'x(=-Kg´[/MĶ`Hpڽ4Z.Djg	М2iWNKlU8R36XPv^&͑ DjųsoݟRID:>*0Y7	QߌuH̮4?0$˓ƗEQiT5=qhT<utl~q"b=v	V|N	ͮ9oƍЕB:+?KF{._b&A%,m\BiBіtnPg}96^B٘S@HNxN"e]ąe4-6_6fv,1'o1me{}[-5,)~̺j0j"нׄs(756?*U%tʞ="F Rw7Kmfif>۬_i
UUԣ|[Ljo(I_H7Iz7oYɖWWK-b	YO4!?RMS͚ՆLGJLuM(
dtȫsۊTQMب&iG^˪ס8|*FvN1L.I[ ܊vy`0ٴ\$MؚCbxGC1j-O@5Mw ×I;3:.n^=ZM˧'x7^]Vruw<Ū~h\:Lrg1ϒ7<)j 
V }.bEOy4t#Т_%Jx|u^׷޷QZ	զ@/X	g!DS25GcʢmepQsy&SU(Ԭ#<PESm_[KHj=2C@ԠRp6!FOTbIZŮAOZbJ".
5t<R`p\]Vh\qb*_[Ҁ<,ŎѰ&ƟԞ6ٳ(>\\ۣñv4/-ȴ[(2Ip2[D2.!<.+fŴ`~pP@&I>ZX9R&szaTw"kǲ4M]5<bLAf%oU:~n{qp[GÃqzvp9Bg~tL5"$>&I6ŷMWA{Ƣ.Tiە}PthNu.|#y
KdپyzHB҆3h~qL85 g{54
jϜֲW4BS73Ng(0e='c&&$*GB|q2ٛT@0T>1!l8GG?baBL*.k[ٚ^PhĶYχjw J"V0Ӥ;7rǵ|/7
kγ>S(lڜ$y_m"Զ@ª-UPg4Z@Ï^3!yĊR}Y.t`(1.Nr`6t͙cC%~Eg"O]+?L*ӏF{@Nqj_64i>ٜyK2"A,H۠]oܩ|+ g]$=uZU
9ͽwO˽ϋ!|î3ޖ$A@߾{ BX D6	:IkBXL(ë c(I
cuPFq?`AM& E^cx4:ACdB@Ty_2HRCːu|Tғ=rY)w<Mb||1|6&R
tR`2sxʠ~8~|aq)txT|wR&҈-||Sbѕhh]w&Hr"uRюVũ/O: eqԳ;oxo%z}$-"AT42Yt?%4?xivHΛHCmH*pǜ1NnFa_ӻdAǳ;Zzs PH('`z\Bҥd+
jVзM7N}M}p"9i߮08> =aApÅɶviħ/OAނf'etߚpӝ{(RopiK`VOԮtO˺Wfܻ\CL3IXB.F1{^<|,^3-?NbvׁbBNm'=`D\j߿Rur8[I<5r9,|D'Dxe?x]@^!w˺ )${<HK~U`c
[,5NRųO;@O߹ÂCժ+M2,9EF?cDaˊ<dj\Lnף(ZU>7ϊO"~Q^igc!/noPאw]̴X|imE<huʥmNӄB)&aݽذ5'9hEkI:EH\\cE}rUiZ/C[IJXTne֗Z]ʪolb7SQ=OP=٠Rvvu,l%q#xL(8,,4U<=}'Î)fa)Hd	ҠʃHgs٣۾s.Nօa߹
lmwD}ɘDjY7#AWD҃('P1f{Þ.#|HɌ#iyFڙ`%NPzYFAͯL4RJ&YҪi<)Nɿc*xIɏ:TaoHg
VYirFD89ƶP?ʯx<1G?ߔEVX˷<oYGaiu)}"1fbW8XEÛXz5PV'[ؿLp0R8ҳg,Ʈma+5)-Գ8p~_mF7	pXchxc}iq{$ۄ]ԡE} >cSAWG0g<E׶Eޮȯ QOCsٶ,څ`!z_L2@uۧ}I,-֥j>Z݂upKܧ_^{hDq9Mgn}ەŠ_>u=qCpԉ.BێƐHܧ^=9V 9Ή.¦mhrǆqۂTѺֺdWAT'|ủ[2"oIA{RLX<yyA$ѥbS~=<"~Yݷ,1qBiJkSMۈ%T6$:qiƞ4/RNБ((kGyN`$iQ4w,@EMsnɔ](`:a7ALd
N3,s֟ƍ$QP/ 7S݊/V
=T'|J*@Iިrzwߕ%Ƙk	]1)[̀lB 4TX^AUj{Cuƙ_z+4xםMq]1!tͤ7-A896%ۋ̅(3nLsJ?.OnqHǣs:/{uCxDɻL?]KXY~Aݗ#9T(Uر>!]K BUtNh4:]^6ǨO0wzwNG Ν|sڤ1ɕі=\sYی8Lv'Ncv!riiuؾCכxIe<̒-lh%Tzp2a61ؤoGs	|,<RVǆݣ)LK_iƆQ}@Q:&20xIl<jE3Gܹ gbZ~E\$cC)]-*/XttZd4]#(J{@]>`.?Răs"GO<S<g@lg!߄44-i.ӚL&>\ x*
9v$Rk"cnk՟g&S^l̮"3֩QޡPD,Cdz8`'܅z"3sxkNQ̍d׶$Ǫ}fCe-H%@'PY`!
YoM+?.˖iIj%pɢBAlu0@bYEkD`cDı.yƟʒ]SN1+J++=؊##77k<ڢLȘwc]&ۣAo@{IP@ʭ
S~©ѩȇV$._"Q`jގirY~.q|/s+qhHR%޷KPk%ՊwcijʨNǉz*5]ʜU$ͣR=_#Dd	L"dpWXM_y>Y6IڙzЀw4=](")[A|\hZѲlzWjH}h6mN[Bteeo<Bd^_oۺ٤ڶouνcU\XjMbTxNpF<bݴFAMԌm>R.܉ֱԂ=T1U9*3	s9Rhú(P&Gغړl
EPz)`UXqN^Zݐ5sBǛ7|G@b*+O0Kzԛpرi47jsl/f }٢L0\0h&Q'y:$pӾYɚ	9|uJN(NZkx5%6w~NONP.XP{D'~Q$h	v,MBڡr1
o÷
t;T/7FQ? iŒFݓߏvY8HJ҃gC[TÆq{yBOى_˥66>T>4<|kRGZ=0X:jZɧh:Ǥ0%DIJUzBYR8qX+xF߰tb˰oPb%(#<7oٿƤJ8~/КD\*ܿҰrȼ%SAD5vQ;ґr'EtMm0\py݉Mo\5#k1	w:gc]xy3s,K$ή΢Ђ=4"!@dx{b{L}Vau)>>
kYB%Y6zx:V/!
bb?hfD.2c?^9B@ SM~ѳUsYڕ}J9ؿH̵ծ+;xԍcdۏM^VJJ%;`- *$DUlFKRs:@8[6jwVqCJ$W,9YkQ(Ϟ$ʬ6Cۨ@D\7z |_`Ay?rWaM4prZ;XH|2S8dv+]j)bzT}vٹ.3'"J*\d̳5621ẍGyLpYvld6؈NNXRcw6ru
>aڷMݼUR¢\ʬ"?xs*T!Rp2MaWK] kZ$si~)	x~83?uhf֖k^ߍb|@
`$\)j`ܧUE<ci5$vd"T6 u̶_b&_cp׷.-Ԩn^#6}
tv#<PlYJsI1h̐Mkj(Fʥ-ܽnw6dʇlzq
s2u-߽cOѶLXmS'-hjƈ& <U`Oѡ+aG1*.oj}J3.MHxd]ywgg,?|$`Vں0dJ۠p&d~aڟl.<ٗWɦoqS9&bs>ߋQ7O%TV:z^lTP-	n<xԢ8PPig2KsH}PVvUp#XkxARC{ϥ:jM,lMTN0	EZE#B(TЧV&{2-b*0`1"qc;hwڄd|]iO3CM^#v|gv׽MH3*?c;5h5޽;Etqײ.!;%Wp'Y@7ROWF	8gZ50AKCѲvwi ْޖ0$m̔нy8˖Ԍ7*o]Ӳc,NiJtÂݎWȚzz1X'I)ɨ{Êzι/ýH0KG$Q!P2e`~;_-ΪWā:yY0A[f)qWs},Id,ɣ<uȯCPzd\-F-~]:GGF/*mѦޠ[b
Gfh_)pP2UK
͓MA5ښCع@	;&W\-tj*V޻.M7ƮVJo:xQeN55uG}0
v3ǢfV/>>'7*NTKNLɱЛNo!FlfP˅UșPñr" zܰ'!)>v*_.f\׻Ddʞ@7vtƊZP߃*D[ϸ3AUno8Ӵ5(MN>l\ uy>Ev7EHs-$5^vmЀPq74x|xª"~39|Oq/]&C9[1=>IMOV`j<5ٝ<q0	wR.O1g=nڻtumT?WQ{al@˂ҧ)8{D$9_D'J-tqV>c܊}EEٕe,Ħ2g0$J}u6܊+ߥҠDW6O1$Vשݍa:x|gC&ZGF9(cRe	uS=p>( oQ)jIMQІgteh՜Υ=t	mּ#[\cAS
߃x֙41іVMMNwepDkz-ʸbROΤOVr	:#{^: eolǪ2״oJ9HEB<tP2)^ЋpԞ-pScV6i)]6p~$!Ç/{&O?O\LI'&ڣqMրE)RQ<ڑ݀Xs 8K_ae*7j&|ǂO-PO7ڣ6,ozʑn@]p]b& 1][̞?Ӄ=9FHdR"	ʗK9xXÛy2:>&V/S=P!Feў1zDof`BSraJH(ȆX
ݢ?DKͱ=HgBYԭWe&ǿ\M/31FX^$)?#fq'B}v}E+"]ɿa{BU12MwT0=Z؟Ŕ϶Jʈކ9.6@ק.|ްPBlz~MW.VcDlzWf$½T3`΋waurCPbQxEw4<,0u4C=K'<e־J|dfw9_ȳǒdcee"2b!v%lwpy>ȃ7vӻ#Ƭ}&:`6\C<ܛUԇ{YӉth_S̴ƙtfݕ
Bʙ!r"oF"lc{`YfK2IҐhl4V5ZWrӄϡqwJӦ2j$^mʙtXzxt3G|?;bل@e=e(rJց{AȚ<#~S7(\OsX4>5fyNVA,-
Y$6p qYWM9MwȤp('8	܀S/&rGle`U-ym˗l$Dس{TTd]K8Щd3ɨeֽ?<{
x.؁drҴ@ϼ+)hm"է!3-^W2g0l=>oKrpԒ
 ֙o/Ԣ!QNԁ1ɂ]?i3WT*_ٓgo<Du uXcߓϴٖvCJdM(:հqf7X&
g^_M"&=id>ͷ	x$M߅jR`i#2څ̋ɾIؒ :^%!-nӵh*p ۡ =lߔSݣkw r#@~D!ש
u\C/]hF<ΌӞXP"BE(jRC}cny׽ME+ZKR/qv P|]ew8h`ֽvat֎4S?%GN>)^5֣n`nUCD1	IM%\'`Nf N7\B,lMX8c{؜2M^n*+ȷUgY]]Vͻƃ(4@o{keǹ\SQjR^'Snܞ64ōThk89΢WY{tdZېYc4>M!i8Y,V̞b<ѴY/~+%8dMl#8NGb;
, TɌgVؙF/ɱ--+݈mLR=}ȃ~FҥbZX$85SmSi8-L$ͱ_"MȻor<?ETԽdܴ_EVbh/69@>kZ'S2o`n_-2YbӋu:<m4߱#ЫU<]**ҍw3g.HZę_OvhSPYq
B`exPXK=E^j)	cϴJwK3kܬ0tZǲŠX F@6l͍UNCf@l68|,޻ʥ\xwl$kױ>(}H3q0lhxt֪y7AJ
9!d#9u1[:mDD
8i'<Үމ%zj`a?S@jacYގu=&Hed`
"L1Vݳ}YǘLUk_m=.9QnAOBRz6/)~(Xe}]#8edLE%7ԼO@вB]=n-9bQbx)MNt*@*A6}6³SnN̦~ޠ\%c]m0$QcC̻\zh;<;$M.7RtE 5;>%pyfĆqVO1̶<'Mqޤ{qSl&,*fd$6YGƄv3zDt1ӹFpě"\\U?Ԭ#ũ5O,s0?Cl)^UlI]<֖ZKк3DgɉCY~vzןJ{wn];@lϞagrgu2An.:*+_}-`++ߟ$&u֦HBDR;
0ctƖ.ȶ7Exƴ+eHO0%Js@6Lk6WշYy"\IAY76o"
_xYD0?,ѐ'#>99G,O$:e׆Z]W<ǵ'Dr+]OJĘ&
~gȒɤDv~U.q&E@|^HڸKG^8d.%âk<{Ej$L2b%ãv΀kqYrbV5wz0{Mtԯ=StJVs'hGHy۾	F>tTP_V)8?%.2Nʥ`~=j,7bv8EPWyg+Ɓ֒%xU(Q՛aClE֪V&CվӔ͉	w%Ӣ6Ĕ70A+PA
Ь=X\Ud.6߿	VrRq&E#m,:^\**nM:wXi/j(
}0݅[,1>б@aML0hDtsr|z&̪C3]%Xm<"KHt~sϴyv_VXdpĩ$niٞ_ՁŹ3x/xȵ"O#MBaq+%	xiMo$2? %PYDK̟SSgġj(OߢR7(7E|Ն)of%	#3tj9e
yVY1o7O?"#+ɪl6	"Yfz@HG[1DAپz(if9șӓӏ^$\K0ҫuVSFqtTΗXޣod#>ge6_jn+/wݻPY,gK.iFg)394K'/&kUT؟_C]{&o+lKhl$FD"C5N|kEI8Bv7RpDllOE/ $LCNڅ14Ţ8gdPJ-;+4n558n<aÒ,D'GeE[Exj
^tNRwnC+̲>%X|mY՞6J¡TRS
G
6b->ېHU~_K&E~>f	ɋ?<_-or~6ΑԂ"0&?>w$/4*oWnfߍN,xZc:Z-}dBrs/٪y`+Z}gBU޶mjfߴ=ӧ}W,IZ(2Ey)K̔q*QmÃ#/srvϖmZK;U4eQҨK/-WBCm
$huScyJ\Tԙ+jjc&wG#L!vHLFg$[zF	&FVhݦS#~I%צ|C{W5h%݈áOK"52Zð=ׁVK\}4wR}N]׿y~&٠r{^^.9 K/H5{u}_f[2!\! /&5g.<=;\=~wcQW+3Kמv%z/yiOS8/>@}zW8Dݷ::Uk'$кAǜx0i6~UCZ)$@J|hQTe%.7)!ϴ3}meʢq`POr"_2Ļ+*%vˆ4(4'ҧR^ܳz)U
PS<A3ɠ(St7N+LE>³n٘Y5Y`K1;+ɯ-يw(6[
e(h4Y3>\PE+Rhtޒ5_k|VMܞZyh2ʼ8"}*q'>+Q $ۂNQqqMx&ğ"\q@29`t~T	6$_va@6yWTܐ`Ρ&<Ĺc;bɈ}5֒Զ^L*ֲUݷø%=)Re$OeP8Lϼ2ޥ[n::9=z(@,J@lIl.bz`
SȜfH^pԛBLoU60ҬޟƁ,̏W&>c/7ްxiLͶsFy?^Rw{u7zٝZOi`)am6@#Oݝ/.vXխa;P;vS:J\uOyǧY\aY_8.M˙5ЌLH|#Bk*o΄6%uвTlS|ţi s^zKƢAO&8'M_^3>H&d4$4yV~.}I+I׭Kkƾ _dd'0-4+Y[XtgPڔZDEѬ}<%1ޭBSH/g4+\`E?'T%KMX ˇL?ɤDV66v3(fů̶x^0Cu׾^&>ч?rʋ.qKḟ+u&ZdGl/\D'H{ |:Pe]ʺ&%?{zYCbF_.Q>"Kw?nհ# u}"/pJgUS&z3ۙ	~ק;g͐SGk-J.>IJZ-X1`VdƛOTYzkz5"k$n}QjaƒOmfgd9YμKDX2_q<EևǉA6K?]#rƸ	+2__sҥȻqr(msc&J"L)-a/5Rf$E
	Áa܃@Y\?-]4Or
ȼfbLhYzٸX|Kڶ9ϺUH)8JR_jnJ$`Ƽ-\OZ֚R[z9zLa"U԰}	ܑ@<MR(VՉH-:=	?ڕqsgyM/e|3[|Ľf(ْi6YƽasزQڎĲSК}9o( Ӕҕ0oz=:$	KNsqPŐ
)Ҡ=*gKmi%o=r޼8U,B	װk
=˃&ݲ˖_gyڌ%Qgzxz?m\)wПc
͎+׊"IUr@Yn2""7ٵ~x+/PIϒ̵ݱSNl1s(74ξ֪qpp_OvP<-ƅUQy"ۭ+f:_Ɣ3kRBwM(s&A/|61r-'؍n{_Ů|)c,]bv2`&טoZh٣օqMZ
νm*Ӂ	_Uw4Zκ3`åBÔ0GW3|o$]k?L	V-b~>8Hi,U}X<Tݑ.#'4~sPI;yUJڲ%*w?׾;g(v`/x1zzAv&яSݍ/"wҞ:<$P+[._iu1#Qf>Ś_<Y~v/3jk\
J0WcJrٞ@Dgߺ_k6Yl6A}OCĢ&r$7Zp$ټ*!|XgO6Ɩ˖DڞuA
GC*ӌfiJRhb+'j}64sBGPY
"O);hu3Kk/8!f!O]5hYKf)+ZiL%q3`DӋ2vQV˟ESF<}2%9onnLkGXZǪk\ތxBN{=>cy֗`n;*3`<oau`TBLAHKC޻=|)B`OBUhOg/dd;!_LgkYJ׾|
Saۘv bRݬԉ?uvc0oٞ+"?*?+gQ)4l}\܊n#=+E3ܲywsg1]G]`×ug΁X/2t#jέ:.لZj|MQEͿS/t2.St<V3[qyA#o"06{ PJIUN?{8'dYk;[-9q@dg!Fnu=Ĝ((=084aډUˠ+/h-BCb+V$ȆDs>_}'j 0VQXuXƽ۟5Nq?v	d(l$2rǡjOuرқI=-Ui{Oʅ>1_.WsFWʋzCJ*VʖP1PPԱ%&l+
evof׌}y.J8קpk̮WÖalF[\E31~I
ڧΑwƷu"1Y@QJt>UxC+'p~w4oW[g{crzh$S3	9J"n_NS#+;ANZDrh,ԡVy&/.:Rp0CPW0]ĜBYxʖ!vI-=;&	i[rh{) -xT+ȭ%%r7Յ.<ZUjj{8щWBcOip۲S"A)XL1>J̫ȧc]#6Rǫ)79^
Ò"YjOm
4A69KUOe΋hlsƹh ,Ѽ4Pb3ɐ?A}#*ܸOB).ʦ<}e`@Yq-Qլ;]rĊjU$=*~x
ս*ݱq=:)0GNU$´
י|M݋CV

><#ϽS$RqQ+(L~
oqexym|fV* J%JߖW
R,rov Ӎu,_K2=AuΛ6HrTIqy:f˱˟/]vΨZ_'N2\ru9P߁i9qehݸ1j΅ dCV&6K,߽,_1$FVW6ФSJDtl7/אNɋt^GsYۭ0"coUs- Z>;až\-	K\Vy+Jab
a\OzyRc(ՖbkˋOuBڌܴ4A׏/ra3MifƋTl Yd6ܿ,I>;YޒoUf`@-0҆Ӹ3ˣ+L\PDoP+v\grXت\iK%7SH^ȕ=*-ۧqMD́UW!?)MF@k:3xPfWw*%(U#s;r&˰Wq-ʍcs؟XѯȌAp'#	X֡>Dmz=2AI Ri0HUo9ϑqhA:bx0,߱+w Wήw16l
Ao#tH#rlf_؊7@JYXV0ߎۣ^OtgAiI8x80<}I\ǆÄӏZܴ?|PL826xίu˳!<\IN&<z<yIseo0k5aAm^rátnNRE-+Sh%َ-xGjف[Еb+Ȃ0y
؃dkTC@1ä8?Sk,^ш΍$lWIIԏ{9ӏY+&פāiBJ}"{p3,H`Lq'ӌOIʟW~h؋ɣχ!_ʿ')stO*!Vӑ$O.{eFkĳlr~&42#|͸iݼ?"6:o\یus:urm)Њ˦`50D	o4CLUSWUÇs+Z<"H3|ߘV] B3c[X1
VV%HqѓkQ4&̿Vmԧ9١xeǴj&_s}U?ܥF6(ЄI:%X?LݕeSR]Q~he#5U|Wq
{4YQgV0dfVg7LSȷeZy9zeoKΘ?[ǈnJ{Sin}>	.Μ4R::fsxގٕUռ-ς57!K[C[V>X7ޓ֫z&"YOjl>,uh	eb!	Oj}`KFљLQ'.mE%u_w:T#bҕX8yjt>w1l/9NB+\7Ʀ(a=P<rbȓEh5,MΚ[M1؂|4LplhpxHriV;ţx5JG{G
X=ԍD`%~̮jPY"QޗJ:EvX/7lVZ	\ϛ!Qk!x5r
އ<ߝ߂ƐV J?߻~'nNLk!FCh+12jaXԵ%-bz\ٳlC҈qW6"	$A?dнYՀ
8BBEQ&'[X.׏]>+PR^P@5V}߹ѰI*?\@Y.hfø`DX8pm	0d\x!'*5yf-<T'd֮ٌV*K"mk^%YUB1uCǉ$i&"׺YZ&LljԣvCW:W%pyNWNPYj EtBzK4"U+y44F
Z~\O#śݙw>G}?Ԟ}{	Pې1mʞ%:}';($*uzZ٨^r,/11_O!n]6K>{,QXf\ě5#djb!߲D
:wȟc\AɭlCx/|T$/*MYb	A$S}y*SL~2Ę`ȫ7HCE6tE:!pz'm2_~])woW$6~2_jWِŝZ.X02~(%>{|2t׊Gb	RV3Zo;,~FL qy&ӱ$">ͅY6"ٱʑp3f3ՌxwHj}_MIHxlC|O'˒,5kG6)͸F"^w:Sx*UM:̜x=8SXm<,BR=٠l\֠h}}Z1q\1ԈIͥۦVDZHlm2_@Oōc%f
r2kY*'=IgSIz(ќ32CbԴҷ;~hTS"#ƽbaz56|takePB%L}ǸU&r܏so4nyQS0;Q;L,0#qd}}prt	ǖ@zs*IԢq'}h	bGĖlsx5<q0;Z{ "YoCИiMLs^g5Ԓ-,]%e^(;P)E=G$7~2mK~<dG,4|aƢI؎Mqw/۲_ːϢGp9dٜٮIpq:jyoװ3|Sjf4&
jm
ttT(\cӁܙfd(.#Zi`CwAݕ$";Yr_$žCSqܱ1w3Za˰$
 Ŷy7o5=h{j?_FoMѩڬxL.jLE$nR}ql@Le?pɗ:6*<s1IbHש:Grӟ6"joygf,H2
d7>rΒ_2>\i.QڔG+{j,,Td<Nh^_b Pr,ggCL"-OC!y9SDtLD?މ4.POIvA7:]R$j5u$*G^VYjB.1W=O/pxe5ZֲIZ>:zO)ƑmL~h+
צn;rT#ŸO*N}xS#4Fɔ+.N7LE3oZuU[Sg;"`N\<9=BwmfU#UH)`z(ZNWvMv` nNZ	gj˅;GuS][%Ӷ8AZWˁW_"}<$e+;/hIywPsfAq>ǝK(<rƈ#º{8҉%gB7CV^ ^RϪ9Ǘ@qT!AsƲ'%׶KBr¨b?Ky5/|eҎМٿhÒdH
Ufw^aVX;/Z>_tv2oBZ:݂|v~h+!@e+4{ܜكjDȓě3kW:[X,QP2פ1w"RX$kX2i/t-!G2#ޢةGU0;@2za߫Ɣd<rSyryL2ӋZ.pf[q1;4Oo8̾L6K}=MаޠԜSoӤQS	VaӡߗftKeOU$SLpnn֓٤g@FqϺ#ޮˆoϗ2}h|߼?Bk]Eu%C}f_&f¶õrl"~҂/G`bhOr'"OܓyC^#9eIFKyCЗǣEI]!C%h܆3y-_"op,InԦ۫>[]߀$CƯRbKCի>*`]kܿgo~MzH^jz\tO)K_P^U4tq܍$yaKb/2%yl~1Л#F!F6KP'B%7``VC̀/5\
kMh-ķ`XY?W|NOClh+n.H48Ҧ܌zJKF߲;40r#UaT3zʉ@"ABZ'&
g´>Ѩ{ch6l]|R/rJ Ĩ19
ɑiyF
u*nµF	e`m*.s0~I20tf?UG;_&:b`^sӔ*pK/ʻ`~ך@4x4;X8v7}B:A>k$>Y*ӮS)-O$ҦOɌȒ1J4d 'F4(XDF"ĞT@b
xA)7&9eAvtToz%E0d+7֕?#p_]b?HX.3qeaܯgS_w6.Φ0F(->`øL+>CU2nsNJā_06dȫ/AB!dHۚ,WS:τOHb)Hǝ<?/M%BqQtRUڠ̱[5#9~j	6|fgӹ#BITt!OIܦwSլEeWy&[Z*b8Yp(P%K=?:֡j!d}Voz (
"}ۣ|m^pɕ2`zM
g	=~V!e=$&:(rˀO}[(p٫T0p}C״g@߿Ll_l1QjG9hBJR
&pӿJ.=;h9iMjr^%Sy7ubU8ĵӑ8k!2O%*,fVi6'y7HȤgtMkVu(@̤\Q=o~FI wx_y`h4:t5q|`{H	Jƺ3Y~=6"!bP>d|[݋,9bu]FjT@*2;݀Or8''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(20556)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
