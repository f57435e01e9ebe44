import brotli
n=a=0;b=1
for c in r'''N%t+'hL;aZAv_-:Ůcxs:T~GJ˕_tR5ǰ4!;IJMF\W>n%=2v$PePVָ+8-Xԇ9Fbك5+Nm"NځcDҡĊb1׀q`
x(´efʖ<O6d^f!v -|?{dX4tԈT,xXJ"5UφoN|G\-vĤ{]5N	0-}Fh.0;ļ^j,!)oR?#+"Ίw!(H,ӑ;p,qD^ɥ,DUE5ʇxU|fUrܿẌ&ˡsV]̍-9w*˶wLe\׾B(LY2ǨfBH)rtS .S:bG0yGyĬ£v!2rw K%Ņ_Wvj_Jv3yr`Έ`ѻ<>ǒP1EʭW3e-s٫tK4%͞]xQ;v(N*FM<ՕZXU!1BIkv4f(Kťhqp&Xh[<3]yH[I?ۯmܔEư[M-)c?m5J{3Uhe)CL'َka,zIF7vMq9/-MFÄz?6{;$ח2tټsL߯nJ˅~ϔݦzƊ5?DZu8&ZA`%ltvF/8wom'Tڒ.I9Iq.J_q/Y7LHW0fɉʆԺ1%<Ø{prwlJ&+
Lw[:9\*"jl
-]a(r+jYlԵHTQ֊+
BRP5A,ȿY'ܓXe X`>NXőΎxOkߤ{~WHt(\\h=:وpWsXҾA(x|Xԅz.[ҮU1h10 \{~@֮:`|q ֕\v%'7JB\fc ïǢye<L6ЕϱQC9xci}tzkhLpvScAW)ua6$ɾl|)o)Օ$SQ˥ԭOQI33JPڊ6?tەψ~wL&hvr ef6\C?ԶN՚fxY7Y͍H.g;ESRYtɒ}FAOɹљ|GYFɟӍ]ӱSփU֣e}qbL#eäb۔sODuM@D9Anܰ2'R/UwOYq@-V&zZnA"^=r?W=Vܔۘ679yJg} `5xƛ[0qzbnYή8QBfX$iP[lCT'kzާhKr6<HYf~yE\U~\Z7uDߤ)>oHՓ֧>^`ʣEٳ˧By;	eÝ/qȟ$SCt#/XDDPԩUzl>5Wnߌԙ=/ds҃Ѿ{Fo=*$	ޘeǭ$KkIݩinؐ<uIamDѡ2dhDʫƐRh)r<QW2~ɒJF؆OtrpwlټpXIgR:._U=,#BcG(bl@bӲ:Qzyd}V/SЍL-K=,;hmu@I^F.Cf)m%h%bIϥM>[XMOZmaƝP|'P X6:pf{Ɉ#=]ӥ4΅pu]"HU,_OgoRJ+03(<+.ӎdS&d/lCĪk0ę-{}7y0rBD.6SYCԵYbvUpR&T^O,/(&N{ftȺNյw$W7 Luӿk'=ʩecߗV-Ж	=l̄һB;;qrtykh*/TMZ`)L5G(}	/uJN`"؟Zٙ7ɇ=67]3j`̍2& Ĕ@(F]F1ftJ0:+[)(,&+ϦOӪP{[GCZ(Ő`uB.95{тC &K'4Hr«kIX~qJ>.Fl|_@M3j_;O{@QzΞK$9_*f[jz2Ȼ/43NعZ8CЉ̹@_׺ԻۏپA$ilB9ɻD;P
c$cڮgnb]ׯ.1sŗxVXNYëK>z=
y.o$"$:dn
iuq]r-ذ_]ϩAy@|+K_L\w7i
j]7ގ 0N=Q;Z̿3=A*am>0֯V-a JPFJx=I2!iIuwj$}EIp*=t.15
1Ķ\#'*ܡpv̼ihm=A=s	ϋf.njgzDHJ,3ՕNnmp<i*![-L&ƺVviL˿zY̽vрT߱%M=rdd"6K[}&6-֣N,Vi\
u<t<սj0+YגLB-5.%tcKle}8LAgmM({P	uHɐS#sϴ%R	xu:~4Rc!ߑiP90gH,E^s>{iy'4sIƜڰ~XA-O	P,ivDY=.]9Y_HQzv-TtBP({tFҴwųu%a4fj|{bhb;̈́D=Ǒ=ZTP{R)
?ZUt?Ǔ/>c(ҔM.ն^Ц-ܶnur$Hm.
7A)x4ނnOeM0[]ѕ84zYà#YP!݌\w*Ʋ@yE:hZ`5/2Xëd>ِusGϤְ0.4N	vW&H9\ĜjAt͜F3K}ו\?@tzjAH!EN\5E8<G!|/CȌ)S#3ޑ=-*ؒ۾f2hN{d4`lY)<y=eHϙm=onywԧWɧ%"۾IҧY}lW5!_Ne[4eSO$~`0aph~Xyo0r\?
)Qk[aW~#T;si4zS$$qpgZR%֐ތI_FUMX-D/@/lh0MPHv.тŰF*x>DJؓCǴI]]ИkFi(РBd-Tڱ@sHRou{{7p5<ֳN%ͳDs80lEߔR#.Ŕ%"[Fx
xW=7Okt$lsp_9Hc8_׋[{j޹4Klٔ,@`LMARu^<Wb&t|FGdEh/ݛMU3:5$پ5<L\/pڋgK>;{,U`( ;RF26מ-zxXWo^:STƳzMqBa
1ئL`hb"
PcJs!#iǛFƻ3f`S/jtXp
J't(U6_¡T9čc6(mtݺL	ʼ/`]JN־43\HPݱ@N}kO͐eRѬx?n=ô6
Ա#Rfʩ k9_@hyͥw_$.ړȝ
xztZ#<.}F9Za$E%(.=9,K$3m[zPdښu,`v/%M*!	U*l7uYJʝ3!bYvMUK>\4XD$ԭʼE#|2ȏ\HģĜK&N{}i;;l9PAߒ9ŗج#<1DiG,޳lɇ8յR$`i<y8!fc ԬAEt1;k	s"Hb~}t
#߰Z_bWjݾ5Xg3̑uKEͥXo:2Ci1L=ݺ,<ٗM5_Xc,ĄaҚr8NޏCX4uȍ`)ހ4q5_U\>jΆ8yz^(א+BV`\M>3n.oqZ:ğ)M:A}Pl֜lzb٩UfIpڪϚӹ%͍q˳p16	RAէERz}N) \F"Gyۄ@ѴSpʡ<͐GЉl]\Qk]Psϵհ>9INѹtmUO\AM18ޖgcuw\ns`ˇC(}pгAH2ѴsZs*ӛsߋpճhUØ~ϸ2ϫqF]ЍСxjaX[ҩzǲ:.[%G?\|@.)RxI3?1|ҝHBZQ%uWHcƥtˑܻ1S"rєb5.!׭--m3;X޻3/*VBԨҸCB%|?P&CMMvCXוdM^_iPB]@#9ϫXGM>Y§f
ʦ[dϛ<Wwk̡>'sh5Ǔ1+!Nh?Bol՟E$H]Tva	%'.Puq;ȐO[(f
-ȺEn	}NHڏxx)CW[CUy~D5ټ87%V~Ϭ|:i=:"No'x4YIhү,s¹Drc@$A]#\9cqglv̩zNoy	Nr!A;ͅa6Ẋg[v
Jʢ[dDomO	Afׯ8cK\$X3\Zۉs.#"]ԕN!eތê1dTKrf5v؎nͮ49L<qi/M3mܦ5GӫW]w&&]X֨{҇<,vv{`F{ؽֲҬ2ƤBj{)+iՌr
z-)bKIZ'U?\(H%ۡ4n\rp`}pɵGMj}RCibIQg_޵Ncl:E}i`,m592ɱDŮIh; 4I8̿w2&НoW^գ]^T<0Dp}oE>O[ V5eHh)&M~֜;^ч
qqW)9F#nIC4@EƂ3[oWgqmAFڝjt{1V3<&}JLHG1t]X0¶zt7]˛B)OZEaf	^2z65q`Ҝ3.0@!tVΕǚ́K0

r8Yz>cO<]~˿!ܽEǨvrŹ޹hʺFQj{=Mf[zT4mbh-|ZNc ޅږS( ц43d.(k4GQ<'V2W	Mr3wͨV-MD[^vyd}w+k-2Tyjb)yq-	*LXɼLOӮSyW57G2Z9:2iEBS-VGH;љ2eC@GCӂ12Bv%ێ8@zn\ERaɩTژ72w	k20Vh@=!˿U!9f{DќpÙM`D5w2/eh΄?x@Tf^HP.)d}79JRW#_;>-S$@<IGG/Ǭd:ViH՜S%<դz	ǳ-ޤZ͇qF{3
97dB'Kſ.ޒ)4yhڈseXDlɸSesu}çsjsQjֆ'Oԗ|XӳH1_͊`6P(f=t@!ӗM"MI=;'+)WWʹ&-Uxp>)N%Ktw|b*,Ӈf
7.a1h4B'*|5) lM*\TezM4=~^FxYX%X#a]%	U8wjّ3׻>v{~՗i=S)qK(PaOAG6A w.{w]4WːH!Xg{u`hGna޻\ôJOǞ5MLƾe.Usо4\5ApVC~+'cC?aØL;[&so]{W~i\Hz8k	Fm>]ˀsFf~wղuEH{gVkml\48ЇC8)Ј<ͪC
(g0RܫxY7=ex^U`hƼZ~n/\aď FG;HȜ}ʰpYx8-¶֨-VRzu@Ԭ<]. f1CwʖowK_ɴ6dvq
q>\&H6N	?zK\u;~=MD
}ܒ9̏(͚9=8ȑc˼&ĳ'$O^vL5g`LBF
HF~-1]#7ؖ0Wзq2CyaVlXpźē.S0D٧Ĉڈy|ǌvnv".xc6@*f:|=6Q܅mj`ۜz ra/|{Iwi='`7UBHl]µ@FfΜM\F5m/Ǭ>)S>P@3-lKkݷFG	W\wڠ,'(ŷ>*[@0ѣlC_9Zl!ܨVJ
}v(؍AtPߞtu0[]75na׀MB$8 7)W?I/WV7EdE_;/WSl6yף_B[sͽ:hu),nIn8ƼX1%*U2٘.Ks`xRdffU,Nfv3rv%&iyKh(jÜ$#A܇;4n&YN&ϑ(`Ϫ~ncALh9Yg([])CWn-B%}Ecw28f
K:pa8d؋b_RugJ}s]l*4a&(2 Vcfg(n70Md;R0 L@E>Lgۻ`[x|oQ3C	Ӵh-K61jԄUIJ=/~Pݹ,H˒oВ{oX}iko{<Ȑ0nĎՠm?ܻ$$ZZbOf۪v|{ƉRFQ&Xهg(r%BtVϿ6)S"h._S,.?!gqhWF78E>P/\|-;r^O@<;ks$Ό=qxˇ ƙA=k}E؄nĖEw,rӺK݄r̛89?/Hyr^fqS-WRѢ	@ %zRھ"DAQI]#)].JPkwF,_aݱ݈΂SѩB~w~3w3@PC[k¾9h|˒=L]֥q$:д\ams=jktoΧƹ#<vNڣ76Gk32 ݺ:z2<ڐCkύnݩxxXUSK@+̭Nͭ[%\m|A!P֞]qk*UݜP>ƃ+#w" ɝLŀk04Pڬfi{]; #!D*e	;XS%`Yn@_RWlՏݡ`]|}(cW{ө1Hϔb`1":DAmK2FՋہKkRįa)%;t@"G{N`->ҌH2PЮbg v0t(>:AVRG7,i

~p&u0br4ͻMNLNe.m{]$(fj!Ym>S:yF'3	DaNYnçV3\~LOʂ0	֤i'~ŚTEaWMФb!OyL=HYEº=,V۲V{_zѡYMr!Yooo'*ĝ,\D*	dc}
EozeEqaaa(1q¾n§݃˽W:ӧХ1\<-^ƑmDS'NDo,TB2ղj"M8rY7;Ƨ+j/&ZD-x	]ʂdwJI9'Ĉ8\͙Zs[?bɺ)&Njh!ucҫZ*
NNs{΃_8ҿ	d8NraFϛ]zj\vʅcخֹ&5ާ0o)fydvhSz<#-$,3-5|%w1Q>Kڈ?	.ƧlF]3ztg,7 n×B_]YXŏg{uVCǤuB߷9oczȸu<MJ+<ϖIhT6Nu+yӏ*՟/;AjWj( w]	L#~<Ng`jӎiVU>K#0xXhB2IfкhiL.uy_ܤѯp8ɿݸO8јKh8vdw)O8[-ܼ>ڢR#a+Z%8m{ӧD+SM[Yx\.-	O̐`0{qst/2ߚO*^0aDjFe|pL۪׊ ˨a$~.MNGڛqhz.Aq+Soc-N3N<Fz.~ݠZ̰?pՏ{o=~8YtEcs]ZHҟ `)yEwu#>K6<trB,yտ9۝N1@$vg_ HV "ё}. h#F!ly4mrI3Ih)}rO=.@MSƺq(8UvNg{TXBlRPa(4ӑ5*N]șm[ϺDt^S˛D{8kɪ@g5u~je,*>ڲVvşؗ®V
Mf֬_ɋ+_3DDedDCaԭb,6ٯߚҌA ]:9%z?]>Y@5	zOHTa،Gpj>jsP2ʑKa5CN^ŊL
kR٪LoT&P*}1Zv0/@۞%L.wvLÁ|U_KEC
%;({1bfa?H(Xk
MaزKRl\܃oEwIwQ8ݰ.oMHgX kRA
bvGx
"G[-1aىtCAs^Kxp$E&[#o!;7:AC^dȖm``ZK"Rsj	*";٣Tf݇XUyϦ`5.Sehk2RM`jLCUBG\q~)|F_s"e8ɑZ2	/ɜEhOVY̴ه٢zPGs5ϛem+2lō47aNU::MlxOۧUڞr,؞%!9N!WaDL}Sd3'-!&F,:cGH<FӱŬΠ}:!C`~).)_Ui)@zٰr8(Eq.ͲSrj9Αķ"tǘFI_5s0_v	=,hZ~:£39))ofZ)ҍ4%RtG_ɮބ:($o`BkfX\/aOFr1$ށЊ\]+e^{5ô8hdzƫ.-U}K|+EdQsRISʛg|@5EĔU:3wBƦ E4Tn@T7 ~]WToiUj(={C%Rup$!;)>Q	jICr5Ѱrڧ A>OkR&I4gVsȄ_FЧ$@1]!ua{πaA*QY@o׌6UF)C}V;,@mpU~=$Ϯ:}B٬;*b@`ԑgÓQFBXUX>+[AY\g.Oߔť4h)G-pTIf;IV);Ӿ_*E-D8o\9Ku՛ٍ@5FzMebڸ\}#5kYr><\'RCA\Þ1_xX{4m.-,d@YQWFɀLՓݻ˭JÂBT\9eJҚf_̽hSkGI-	4Q1'b	H^*,=$\#A@i$ϸcbGIrtBnR";`(gm ҤL<]̨xՒPhNӠ|go~AūB/ 
lضIgj-ܒk;+4|k(kѳ
%-@ѕ]X|ύ!&ԱjHя˫Yl8skI7!y]ƈu@ezcQ:YTzyc\OkݷrY@Zxҗݵ~{0?=6 &01|rK7u`.PgȳBߢ{F*3&?+`
J9|7#C޶3h	?Q!F3C^!r[IDu2/1ܫ%(R? XٓwlԖ-aC{Z;UHЯ΁P9GViKͶ*'@	̏] ρ$ϠTya`ԛGv6mĮ"ܚd؟Ż?fe@)pS=j,Q 'Iln0G?CӪe,ʬ%sQ.y24o@aGa*85$G˽4yk|Ȩj9@AݣHפ[|qlεfie9K`j~LCvZE],ܧ.3=&PӽtawUo^[%0"jjý	͇F8r4?_q׆դ#$Wtu7=~WXHCmkP	HUfϚo24YJ7%t_brP6Zֿ"N=;-!̑2Y$Os1WXXC`yq\
Ik" ԙ!אVFycŜL7I,|V'mܖdAwNk]ЭUh"b-b<
50lOmܘ*`elވfpq^Rz/
!|̷/)ݍq3	}iVɥ{LMOʹEֈĄ55DJ[}m{TBO60~C@E&رpAe
" `o*a<ڄz Ԡ	1?5uVmi	Ed΄ڽPi~C-a1Nʞ*
bœ@*0Y}7:08+uM0c$@(pAWXoPοz\+KQ1<i˜doD/fԽۛxAJ0XyVfkX&ABa$IQ-.ʹX88I,DٞۍG%cȇ"W&nA~m-iXWB]"klIۨ[ׅo_ianӆ(?+'(V+>Ld,Q3,g-MV4VE	)ҥ%NKXqUG7K<1c@] >Pk({{\.HJN1<"1|@B*eZhȽy^ݢ
EũO3Րyʯڼ`nQ)AM6T;+#ӑj?x0hx>alO¯ʳB/DǁT'6v9(ѕa׊W6U5upW׀+ЗtUT̆@0-D۾дܘG9*dkԨ(VvcjߌN4s4LF t!+u?D%hE5BγJ:3RѬZX.#?8DR@rl&uMShfRi$gHܯΆ\bbFNQ^g7ؙڨX4'U"4>:վQ}{qr^ȩjLm5k^buN0d+=΍a׈#:x^kESԈ{x.Gt]ۗUiE:5<,M͏MTa_&ffHqccmHVa;mhHlA>@>Eݍ,"4n
ZG.wY]ЄQ_rtBē#3В5*|VϏ{Ne	^8{ SDȮ?sf
nn8RTW"2l'e~faAlL؎82Icpm>h,VBcAA[Y
<ؓk̘cZ΁ ymcďǞ0)9@ɴ6BgRwX@[
zɄic1BA {cO1+W΢o-9Xg8BvSM?6bGчSd,~Ԉ'WFk՘n&N2XЮs9z;il֠Ydva9Ż7/)ÉT&n:-;BzϻqC,xa#>_m8T{Ve$!mf[sĀE"/vĹ!+P΍D~d"TQ;%	@/BU-G
߬K&!K/}C+}>yPƸ\!6g	$ &eORz~o-DٸD#@Cci̩<jK5CڤUg9gF6ʼŚ7)sG_}PA37Dquݱթ$EYfX.@\ܝud(7]&IFNE{ҭMk_}!!>i$8|2IdS`.?0ޞZ[bI^Ktm'Crlwvoڬ'.XA7ӔMu<Iad;yj-қO%Q2%÷^sHL@8K4Ӭf\305'y[ciʗÃ1ۡ'z(p$w/4"ddݠoիrʘ}Ct0pz~*Rŝӟ7<r"Hx'b.iG4fJK7=GoA2UZש 
G(*?i<AkiˀWhZ,[G'5Bh#ac}Եiiҹp!ϸ>Ɯɋj~Xx)=պ~t	ʳʌcDү1W@wǮUo|Ų~ZވhBĦˎRgbO'FϖbZٙ~B4PpgnOxFimAv;X4ORzM-Ю/lӦB­G7;7Ti^eK2=ϠӠ>wB5M.j*	TGƟ2#3
-$QS 1t~!eLږ^40TRU%_.5uɁ[pN4H;SaDlKh%UT&uep/wa>nxib(۟r͔ 'HuVэNqya%|HqRn|Y"^؈hZ"~l_`APK~9Ѝ̑*fοaP1)jMFճRہT+e6ɉ:Z^F:ޥgRͨs}$gt[!e/1Յb0-ɻbe
zM+Gw˾tdTҞX*Bh'0PMgW 1Ù|.eAcL߁,|hj5ws4[M9ߗKd\tgbǘsǬ45`X@(ZotK4|z 9 8־w]R&,%w:}_Y24Lxn(BvBuo>O >ĉ^$3in'¶s#@/:Iͅߣʨa(	z~߁s[=Sj{|7Di DyByŧ{`/Ex܏%cyziǶ5j1Ǵ)49O[ȥӎ\9&<߾C׳L,2nq,!+d3`?UF	_n|o6X8*}sU6Ȗe"v$qyek>X~`~#	RzdWi$PԻBGw%zܬ-z?%d58=;#Yzsk#QǇeYg+u=,;YDeŔ{CƘ}_ݖ$MJ>Myd6NCѷ?ZK)ıʒHIYkrPK~*@0M	P	p1Rp$˭vfC4?wgh:'k!'VvƒkNΚم^A7?ҁcu3(¹af]>6+Bݩr?;/o4)rYm-/T.Ê%<W&%Q;82K1B>a]UAaUWbchlg8$^2*I0}ËVM7~_ku|K?*UlODi.wsQg7߇ڝ<ˤ5
*aWk8VߌK] CWL˾gǾD-߱5Fɣ12CΣRʘSnNg`f5~4ΦK>3W;H/wV<1zB"qKT`5	vҽ9:r<"I)-3)UC{S"wkbɠ3sײ	MPc*ܙq2ܗ&]ֆzP\j[;(|6rZWٽ^΍wHԉ!&1y@Ż3	+w-_ױ]=]~M-0H+ta+Ia>Ɓaglln`>`
0v& oD>=+o-NzlGTχ0H(٢ы-~mz`v<ۊ=j%$ĴchɅֳ*3y#Ѧ?px5!LJw.i|piPt&'~fBb.9qEl5f;eWI33yn`4u0}T&\W,e(yZԶ)-2ѣ+ʵӦ//'kۑV2gtڱȬ&ҊEU'{n|UT(J0U^vIw}~>)8,@n܏pHS!!;:^DXM6P%n޾%g_\
&u0޶8Ub7̶\~G44XwRZ6RsqTkf҂{^ƞ9z#;7G.Q[_LE5tncxXӼBדMwDDD!<<<~i[!ۜ66,2YH,oڎkrRUCbPQԕI-m̻J0{~cVh+ͬs3_MJtSއFvM8:!lGjM;ɯQ#e{:Js~1`ۆU06v¢M{>9BOUTPG+jW1> 0mՈY7hmB4ی}LECL
3Κn-6)oId͙vIcЬ{	S3HELyRd
ѿOIXL%ohǜXO˵usӾлwY#6@MP`T>3D\Fu=^W'ՠQ;#:ICɖSgeށ$\>jpu2͝gO!ޝ^η߬WkTMIҖY
J+s˥c6ʥҠٳ`fĥ4
H|J52uۦ l1aVZ04C5l`6*T:"QOgt)1X)
ΨSVސ,NI_	kJgnܘw0rKɕBxuÝ]lXdE9uQ*͊O(Awf(ʌuzW++89ͺ9Bؕ3INRh8+Mh1ԻrAZG[QEJ5Qè	rU=HWS=>ů==eSЪx-8s;PdZ31q{˻ÄR=ߕ=aׁshlNu#,=մlO:X'7QO;q7h}J4~#dw PŨԲqZ^nj$Ήٞ5A!׻%rG1GgJa34uz<8.#tX!=̋xsÙw~OJXV$61u2kHxP{gёR?אݵedFwlq{H&Ep\Ls6X9IR-zCD-~ɚ̿Yv=sOG9Ul[e!z2.$Sԥ89Oxת!$%7Jhz!.PBi[̇:&HKd",gT̝vYl5Zݖ}W\*7βSڈ	ƫjKϦָvA&!Z$Bt5p3ךFrѰ߾yJ9HE)~!LfYDw=>I%D^l=z
efnm72Av41!a
Ƶ_E]~΀kPڄsY"^>Un+U}y͇ȯSw_x3Pх@oTLoAL2|#;\_g̬п+$H2PKiph/wv]gg~0SQϬ7WV;ע܁Ѥ@Wڿ:KF˪NVGh53Q~;
QK}>#BBa	0@[_9d|1
W0RPk$X7{T*Vvܒ	ll** rjU5݃]D
U˃Ďc"R^r;Ϩ2E9,&mZOb*b9ZHXh<ۜ(rD#,eIGp%HACtc~h@ɡ=!my{ԃFkïm|v
sRz˶\B|>SL5;sӻbĒՕr=Aζ*r(У¿]dC#3՗4~!,/MZ0"jIaVL0AFQorjzTߛtȷ4CCox?ۋ;Ƒ<·A2ڊԐrNN:%]$LI4u'Jni20ۼ͢ Q bVU'+?NR٣Ą0q]dYŤ+(RXlP^Eiߦ4zwYK+tLɛ&ӴĩݠcPn\¦0Pvɪh%$Q%yWJ&9\E{Riü׻%FBJ,op3NڀEӂ`~ȣGeWK^?)ց
t*XOD
SԜP=ĞB.kôQwIܚ~wID_/#**BB7UQ,mChb
'vdթ:_Ʉ]Gٍߖnt_Xͯt?&/ŉ2[e.;RލǬb-µ0J~1wT#tEC$p5A4j`5QSN,"ZO1%ݪޜ @+ 6Mlt8	?Bٮ߁0̻p6Fފ-ie$3eE
;qEJ4<YhwR,8aV#iCf× PaijV!ɪ!Ica(Mv6cٓq1Ek8/Eޏ,/\2)6fρJl#*ݹ>..\t:m%DBImsoBܪmZԃrHRt;G bQҥ1.SzCš_{i&{C߼t;&/ ǚlJA0H>ȋ1Zȣb`YBÙcg-&WWuYoTބE(݂}K{ˠ#*8ޗL1Vb.ʑ@q1Uy_Ǵ,|"ϵ	@Iy{
@Wܵ6C$Ӿ_5ZpH޳S~`o>aBbs׏mvZp khIeee?zc8(2{N{V<K<7g<ۃ0sR~\>i<]wEUThZ~Ì˄z%4+#]|/DG"*@1w5M
@.@"ҷߐڄX;rB 1#W[\T!"7GK@qlωkyRJG.d
8qW;/̡!l5%>z{B?Wp~V^<llb@(YfDV؛8';5-~H`&@ճxV|߀iO1ɐ4y>̮4s-߷(iǌv2N6;|,cģ|Rm$W-Mj<LUą*ơ8Z԰b	=R+@ܮ,mw*HAהó5dTðeYl8+D;q>|ޝb1@Cۋ2hHA)VO^0W@ȁB#\=ΡrʊRK[fH]vLW3Ss.סȧIqBȩިM>}}qһ,и\0ec|}hcŚc(ĸQZ\/_@CXИ҇K.60+$(&_S3:
Q@%[TɤJ ^؞{,Z~%	nҺgBCZcQذkk7)Qy(TezȤ	ɇ?)b5Y[(ߖR)pzуq]':cܸpϢy5%έwhͭ"_2-<_-V^ERޚLF־:UɊQETt:ERڭY`
ػd:CYs[F|ZBņ'٠di
=y%2IBZgt!Ihz{˟լpH=Ӹ#{#ͧDVY0`Le;S+(cPR=wY%m=YmP\9E-|/pEcId%{ЇXQ(`ܸΑͩHӂ,ڈ9D=tɻhbЁg`ҝtprMbا4XF\R˶?n}yM^X[;0@\Ӣ%Zן3a?t˩%y3Xͤǔ#6̋e8*b޾-d;)OlqH6=$0/̈ ԄhňQ~dA^%F״wcZެðaݥgR~S&;Eu"3Ɇ,*AɰYV ΜҦ\{*u]hr֘@C2}"u'MR~(tx˞S!Ƙuۚc1yrȘϷQR3
5?-5/TjγMoSKo+Ύ; ʳp9}vdȁ3BN,lbXkhZ
ϐ!yZ)u5LP*.km;B874ʈ(lMI4ҖG̥	uDBIB&b"`r5@PO=ýOpc_*8KIk!-x(̑̚^2<
Kܒ٫(l$yww{#sڷy@*~<:$ߺ%Ǖ[a~ J?y	{I=8GDP&'ʰe3ĥsQJX{(+55lz^!Ƀ5CrΩݔ%#äEɼX<\vB~ΐEW{Xw6Ӳˀƒ$T8IsTZ*YqsYyh,DKQ)*4hҢ[XԜw\-:У*Aŭ)-1p[%WۛH#G5X
M<?mӟDK=rß}YOD[r^ǣ1	>@	;|ɔ'zO:I3d2_b;ۜJpjB0CQ/c		m`K[i-;+J݈X&iG;U1kϬϧ8yHWȄ+ӭ˲ZU&7MIӗRJ>3&JwNdn	Á_\Ǳx#kRx(>3(չ;'0dp1B(ԖKAܐ}"CE$]?;FcM\,E8їbg<5
c-'*n[_!~-??oEdf)ɿ/fCԽKbOAem3Ǻ}^hİWl53tV6~ɈӺة$MeAjUvJDomحJX'eHJzJUkf̤uڊ_ͥ+A%ʠw>$~L$88pqҗOۣaW'X?U$w7M3b}?U02jzmTRnbq	hT<(©WKVm%ɦ@!jοakFQWoa6PtɁ}q%0aL:
CٌrMC> 4c`ݫYG +͎ǟ^b.Cx
j!+[A7-{^o׌)qRuΪh'R~0feWy<˝GX!6N&{pomJZ9ci~oudVR04/9hyTg	Thkb
KyGǖ85
A
.)P܍=DyK1KT5yNګzut{+<3U[DQJ,c&ݓ'
\.\O'v|RtQ3s^ʟWu9<9;Kyto-͉\	/mѓ_P	koGK4>ڒ2J.A5ѯ=?Zp~6]
ViÁd9nŜ5DiQȰӸ͎pˮQ,8g&1I5`)0'Y;PØV\RGJPK)C 2d|W6}ζ]9ۜdeNǻovyP>gE/
)wQ8cER%4^6|ŷާ׻بk»]dCzWTea\g PefEK5B0ϞYF|Z-tڲZ0&p-++t`h߹yzLA%z&P^ПPuq673axY3krHRYFl9@g*Ũ^4ߟr[I YjdzƸ1΂v؝;3u}NVW-k;*a1CP2m/'64΋Z;:1AB
H:yIDN	,]Q]"+Id9y܂e?6Fi&<b6C(vNf3?k|tc|\EMnPn1j")SÁduU,,6ccv!ze\,-&ֵUy/ϼ-b'}$}_r
isPgַ"#z^Pҋ'#gMsL`/rԽTx.u=+rp\gof-y]2>ӼR2:f'}OMHсKJ}Y̢Pivqxjm?q-k@Kcˑ٭5$#
Ŭߪ,,3?t2*ܝf.܋}43D2;t߇
\~&eޛf+)_MC6JXIiplˀi$]q8y6\0Рȹ&0/YڸI/Р'Rov*1rԯk.vfG+BpQrs(^R	>db|ӝ47%kO$T7[_&drqM&'TCKLv%ɮr}=(@`Uъaj.<P4̟jTFel:Y:brϛ,|Ӛ2[2B,>Iь7k>R2Ƽ;uj*8Еs
n`Ww7VŠ.@ӡˀ;+nYjtwq4{'g%ئw*CQ{5՘l*ɪ}BΠ2Hν}?R$JyϲOUF*YCS̖ɹH_rҭ9<DGwCxwg[әղjjYo{tڅkfEg<AdȰv(Rw-Ns4ݦ<Vl0Dim3#JaE}7:$"i>|'a7\q#o@bq |M,&;Wu/!Y^+pW?[/ZfD&pg&90Tyd0cv
5đSLwXܰoڋ%T_/|K"ΗXmÀN=ΨuK$&(ۚm!R4".O!	 }RVIz}9)p7U-N37W
,o[0/ؑ>}9dL{>#>vg7.:ժܟ;Bcٞ}AoDX*7ͯf]?p6&hP+xHVTH8:EWvnT1={l7,#[(3oLT[Y-ǰTywUcZiڛ['͍ɆҎytÛݥEڗ}+Z[RC@;&P;U5n.
%u9\NY*N&2.qG["Qa+evj>`̢j\=`%=>k0%"E..	{Q}eւ'>'	#x!aN/
̙G
WbT{Ncu-3!	1Kxr
˩:l@HIHfaOn_ƗՅ<BXpQz7
єhXߗ+v\X\jw**bkΔxŶ6-`Fd+~#1xpEՓ(w#ܞ}h$./KHm* 5MmߏcK 	FrJTVaL9_^";M$x$`*@EZo8χ>i{
F(e+ Sigz׵YAwV@MWrJU+Kؗ-HSR!/Ӡ	1J?t0p2\G*@	hɑ}^'eP`a8~R[A2in=W܆s$0مܼY)m<Cnǥ3^a&{W|c
1lV|_׀HڝgLF@d"hK#ߝ)ݢ-2`ߍ DiۭO.mǱsZ0O):[TmTtI<{	P~z©5Zoi
Y$k6׺̖/Q&B`mGtUoBʌ'+=XнXr:Я
&iJSLӥ@ۅ8Ag;]cSZBXq3I->`3fc^z.J}͢jȖk6)z3	}r $3%')CM<Xi$-`[M*qBeۣ|4}S/b<P3iSzԔd/&&?ޛI|mo36{qO/
|oё$-/֠8PU1#B61.Am#Vu.lYUbףO&Ƀ<00<ʜ̒,(mF{Ε&2v1}M%j 8($OauAޖiŠj>m$uN'+TI_ZX!M5ϛ|Idl@He'E!p"^xS֯DhQB4CBM 1aJc/e[ݥM|L4.P_kkʐ͸Q31BObDky:Cp
GB3"[	\Pp7D*׃/޸ȌՂj҂[Nok!Hgx6k^L}l\ޠN~49Vb|="ylHr<ʷU|Sk-Z:Eĥ{^(e22ʋ=ؠM__ƍF7(Aap)H@GY{fxpҸŬ/Sܳ,@<r$,~n%	 ȾOH)&%ML@K}\\G7pz#2ʿ,Q+wI+ڈxQznz.ɒ&7VrY,Rֹ֓A&.t>>
>Ԫt4R?@^+z%Kq^ZBFS18/4aGt=fL@@|[F\7mtV	8lrMKh
B%zHkki<7ݿ(`)q\m<Pq~_p"-a#EOJXC1Hob8Ŋ%x;k:M!3`Ѳ)ɵ]u
/vֶ_!;,;^l,)7 ރ+uN$4;Eyi4	+62xEu
M.S-%p9LG|?V Ǹ3$wyƹ@eɑظ&Ow0R'-]ɦVY..ejOGqan9׆U(Igt3Rbñ@cÇAӿW'MLd+LI?-EЪSVW&;:g^?"AofrڃJHRhJ"ǃYv~
MH)cƪ҈!͊eYA);h;Q޻	,4saw[Xpgw̉:K&z0&F; l"	lӐg1!tʃX˃2?Yyr^na}ŢlwrmӼq8Dn5݅`xL}[˂֞I}y<7|Q܍#o@ZsRߨ6
Y:|Pr_0GpUVĕ#Ɩܝ"Vz-̷8u"G:(e`#4лv-)y&9HC7B5K$%Dޢ09L!Iu5O^Ϋ+Tn"ŐN_W\jx<{^ؑS?on#BXA/-|يS3ahƕQDёQA"Nѳ
#1Ғ"q3\xPخݗJ)ҙr'Jehi\
ǳo4OxٮZ$~pp-+;guP˒=7iVG6i?v1h-ս}N*IͦvN?20a`֋ϒWwMrEI(jŢܾ,wUfZHyqi=&ZXx	.֥@SbI51|cj4l$f
oGҚJhمe;=B1>fSjʏLl_&6Fə+>dO+vD3#risIߚp+}y[e?"i̒.P1O*J\Q~ٍC,miBG(E_]H[>f/b'D*tψX1dKј"}YG&T8.X8,	Ҩ|6Aek8QOazBkS/uݘsK;-p݊.n|o**"¯T.ZIf%hlΙ.}TAsvUUՏ_a!Kƪev}]uP
'&?b,z&5kNh53LBF7V޺+!ȶD#Y>iQԥIx:xmG~^^5=+f^ԓ!Մ٫5'͏FZk}qӃxGedQE9J4/O{x~twʟhYܻRUбԤ2m\?1a'PB۽	Uqx=.>4ПMTóE~flܑ\>H<	Ű΅ĤςW(S.!I^!xX"Mke|!yغdN.kxYc-4'% :7cR!g։YX*@J;/'Ӌ?Y_vjd1a&+9ok֔62ܙw.5"o*:'bÉIvN1cjtiA3;4rvmyf$Tq_1НEA#WPD:ُx2ǁӮAF|1`AF#aCE,Y;9U'B)t ^g" (>#>a+D`zN6ݴ%z"K]\&ևԁI9kH>`]`IVW}lȏfrQڨduQ =S`Xn{P^ͯMtۣIL/H-+fʋ3j@y;|v^/ORp.P2rպLGsfc6ߴ2ZZ<r кΧ2SN~$_5ڒ"cȀIN
6&Ɇ\
Iv޺w:"G)WįhQðAGqR[$w*(-'M`z=˵L]pU/Hjg1 XQ̶*)1hI}:e+[Nԩ|b͋A^vǭ5TA8ߥVY;+ԩBAzّjG׶}7^@BƓn>lbj!ρn@rmL3!ves]Bo$:"=XG3iCNT]aկC5QٕQQRtc|#:2t|+gb]4,@6~ۀIgW/$0|2%Џi/n] Rs1J
ڄ]Uw0*cDaRƇ3=NUOݜ%[|Qn|#"2é:r6ߣ@N͍J3GxS[\.$R}g%S-l߈dٺ(
)GS3Ď$Ӥ Y1^'d6JgXeu{H[^(R2AJUݱSV"ˌP\1jKˑ(nț6P¤Мa@ńӔLȮl-ÐurdTq1!RR~y:هpyʆOwL" ^hB)8Smݖ!2*cK<ˎVWƴIjdyyHPֵ܍UXO* {̿VQɌG݅WĻ1ۼ
ΠєȤ/3L@mo=_D=f!jǮ\t{'m*/vb5 11t
d@ئlf.gEwv.;Wp:&jffRL8jMĭ
Fʅϫ*{9$LbCaGZ36'ٍ%yܥ.7Ԫ>Foԑ6<_;#;u0@C,dF2@Fnyq׭[
g],D>-VމOߧEã2R6N`L#0(4}ǩ.GCͯ%;c0rן4s
բgZQ̀ǸD%Ŏu<+ȕ{%44<C;Sz!8AEg<ɏ%>n[SLbbY>|QaHbь&M"~ab?\ied4k .T\Rv0߱E!hvjXK^AN[[9/dW2;KEؠg6zL۟GZ#ܣ^j~yFӝnґȁ}90z9	ڗrel@$4>ұlG] ;Qz`E&t^Mn8tĈNAY@q'M}˹rCIIj\Rϡ
зih|7&bҤ__?S&
b.Q=Ǌ&sZm߾NN(ǽ?	"gMd¡20ٗ$aNJ4<EK@*H*yiʤC*\M:Hػ֟JiX1YJ,Ch0"&frP`91#v/)&eLN+^,b>?:K4$\ҷ&eͣi˶IgZx~hϊ*aBg:m*
D5t^s=HhʤQ5Qn8Eri3tam}*ڀy]16/ȩ.I[N}k΃ϭW{щ	s޼L7 C+(TVV?i(:SM0Xըxә.H@&w*A#$B%هZkeӤŨ4F^LTv4̗hȭN޽~LfՕ_:ѝ_ukǦC#,>%G;AdPNK(G	ytB%;ڬ9~w=6*?Vh)x}rGx,T`kԠ@<OE'Tycu~Y@h$o1M9|ZAEU̹IXD>\kQ|5ywUuEB?	(k%l11b[gP3[ؕ{[߼хշHAwrEo;aS/zԛ$N&Ϣ@	ިVXull'ȞhγPynQJ6Qu<&<Yp*B4<Ӫzt"`%Imsϸn;eACe+A):X
[@/8yyQ!~TKʠɰ?8E̋|LƖ8Ab؄ɝWїF$Pdp`ͺTjT~"q|hjwHwDaDQP=idqN//XZ^J3p-ݚ<8@gI(Y3û60+cAɰhn{$ݔ(Ta4U6V8ADڐ;<qQƺm֊5?mё3IXMU	3>TśMgQaJ˘VjEU-ǺxƝِ(«Mtusˢ@neޜ@H'>(rPҘޫ qȆ*+Ņډ[=B\\!3bâ|`R(}?qқM-JQ$1u(٬LСÂsǾjLs ϜNHyڿ9&{~bo0֋?iֺnMk~IFk|X c51
SZD
o˥z!6ҏNcyZ0wZn2jPv&B.RDBbߡC#b_ِKJ7O]ӭTܜcahw܄x&y;iSśZE[r(^[9"u2?MRd[D"ҊyrY3AұjB6?W=QN1|f=({pΡٞZo]՗ۆ5]շNuD({

Nb٬F?W
ί7h=|OE,US0ܜ*!ݎ\Rp=GĀN{&j%CF3wɂWM^%a iҨ]U	?A5tټoZA7zh;M.iD|C}ovӦuՋMTJԭZ%54ǭ>ץ1ˮ׳&vkT͊A!rƂϰp\nOw-budYԫ ERxJv\MwʊcȄqLC 52"(t4E$iԭsWv&gA$'p5<,ǎFVX^/Qoe.ie^kr7; 0nU.`OK̉$u}_=3pܹ;\,\~FF|CN2r`ӭ¸BέYU06: +e5^r%IH
pho6"^.$P~mߐq\ߣU	monΔ6!ݐ&C^/Er~3$ҖH6T0U8؝߳Fwl(|!NT]z}$>R]!WPVE:RQ^fQ<"Ǵ_޸ˠ"aݲӣ/{ۜ
DKh̞CߨnVA~N'i]=|iBj>%CP9ӗkbV66e:q4ߊYbؽ|5FֿO}=a!6}UFQL2Vif%i0U>ivEX{c4TzCORYǢv
sXY(zܢY!*8LZJ@z,ntAÏԠDtMh>{Ԅ݂v!ğWbǠjuɍ!`WʠI!,^0r1;
'{|ŝw\(J٫Ew߹?HxѶ݇SC&DLFK@w/_A6:ޙjC@8T^pM;/r''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(18268)))
