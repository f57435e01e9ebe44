import brotli
n=a=0;b=1
for c in r'''Ob@]^DwPezb4ۏH_qS\W/4oGѩ]K[
ΘNr+K S,ˈήʩ<bMː@"Aɨb7'ТWv
ՠ'ԻgV!!zL)]9IMq6Y"y6@cEW޶fT-s_s,0fFĹR5awXb~_VפUh`A"[T}̕x"u-O|G=]P7cp|܁!ЍBNSwBƸEξGSլ=e`_aivnؐ
̺ʋMT.DCѻAxFbn[%շ1@sׄ1ς
L^S'9٣~,@}؂?ZABR=6Zm8˜мbʀWAc<O9ҷMqs{S3ht͜rߨqo;ͭk+P݀wo7UNF]^$	P[#!U˨kt)4>I^sm_E@x.a@m`Uk@YFEЦSP?'	Zxe)CiY$~TiCh's:iD(:}6V,gAǩTǫaeg׍S0_D]T}mՆ?Tǵ	>t:ic7 kIY&l{@ 5ͷL/6F#MN{-{K̮hȽSU=:,^-ѽe	֠9qin#|mժɜvZli̻Zuf$)J׺U+KRj19\ͦGDØʍaZlӽ0Ze)ܥ.щVL>>)vDD5Ԡ̥n^ĄZŤ(~:Hy6"%1aŅ޻\ [me!Tçe}+҃69cLY,\ʉC֭0P%dſ==}FB#?$ 61%{m.|zeKьMEW!ę,)U/nt(9% ʹ` QFoҎߒ{O^ҥ%3]JEWwQ!{"/ ۑmQ'ݒ0-]ڬ^]hֵ%0ؾ6=c<d`t{7a>a ٍ^nJ:ݒЍ99KӅ۔ŃIj?nQXQJб?(W +ǰA0}zJh"!/06iѬ"8S !.Y;Ŀsa`zhoi=)V-|_[9z.$?
y'x9sgIDT=r&]r3c}bRU}o{acA8
+qRqͥ	t-">E	I0tQd4LUQZ Oh)k
ZHFDɆ%mWMYO˓B(u!LjCpdu#0\ٶA`ӱ<t=jEc1Rx[9Uiщ@KWţӠ;D;gpKc%{8jo8"{؋#_)f_;i	׼2mpw'ZW͖ycǔ-nϑh3Q!
]Џ7\<saWAD6Vp>e%/80*zTԠM̀11@rFb_y0Mmu! V~J{uqʪ*ʿn
eV%kVCJzZmb-7`?p``΀tNwy^PvغBlD^Q(RMƿzG$8C7?=Fvm9'#ՕB#6ė?g0^zܚxe\x/\kwlBOw;pӤBBH!QŇϤ	[o%a+1їìӑ\=BPÄ͒hcOKʘZZΘ(W~94EdGЂ؂+'Kv.O1Rw_}KsEdb	pbBsĒ4X~m=dN#4ΜѶ#LڊFNՅ<y%BSۭEP-<l!z}GՂ^4:i([!Ӹx.׷kz9GC{%DPUUU׏ۀGںd[aWJ>/yܤJ$VtJYD!#ݽݧ4x[F*p_8؄-c'6^G^.x$8v]O{K9/I+"ʵVvP2OϛIVFO8u;'	0Xٛ9G%Յ׻]%YXPeu.v%ذƞƩ~Sd*Vmo8:}+/=Mmӂ+jc;nNMۈ%UCƌձńX^ByOАq3'dSЩejo/Ƶ@=Jh"dV1cжڄ\/cғZް&c@i+:\<ڈZ՗v4}Q\K(|B'zѻjaԻ6[>~bb=;v&F¨g=Hj~-(F??[c:F)	O;mo"),`ΐ?Vʏ.p΢RIՇ|Z\J!wNv,ޮZ3%B5!lSΞj#d,!aa?Ɉ.ac|ԩbߜ"ـT?Q>\$2׻Ua+ḽ
*T=jh)-/%Y?knůAHOl
ټ`eWdNͷ,yܞd^×Xh	]oU&-GS(pR!)>|f5so\5`8!x&Zު ɳDaG{m&<1q# pG'=~8_݈ZR<=Sǘ5A[Wq~,0{gUOVɫ|hٌp,E=0ڵ5WxJWhnDz$x	:>JTƈ< ebN-o)3g֓Ȇ5f*&{Zi L|,_sei}ʡCÔoƿD-l6/N%R8a.y'*
_rpS9'_rr
5mKKF!9I)23,khUV0<E)^,ޞPT;ɴPZGjU@nGFĶғ9pR"Jն!7b44;ֹؘ	ÅܭmenؾEOW֗)%Cl|ƙJQ-d7$rPAdQF/yמğ*7ÏLszn3CC?BߘyӋF
_DzjEN"O'tx}dIHu؆¾s|
Hho<i\G*'3	 uj=rNH8l?<Dªv w%do(3Z$?Ka%ȷc".#R@v`bܔxɋ=Hנ9%Xxu];ZǨJܟԕS-crjʄ:԰ǪH,./mo:US[>ְSsRAĻhNvÀ^-ؾ0dAԉf |Ȼ_,uMZM<gB̴9CDUMct:!WMw]cܲ[?CȻ8g
	g.ՠ0ԁ;j"h>?T4vqJ)Kq%%_Sh66Eaz,Cڟ*i9IHq\4$׼ORdGPt/wvߙ?YdXHJ	ω{]XMbEFIK~yM-DUl7H	}cZl9؀LK̶˭oOK|uF/cdĝIXP	
hNt̐~)eZ;1\\	I4Vjlnةct4mi֝kd|nƓIq<,^nGǶF~1Cssd·0`\fZ^r̽r?6;8e1o>FoױX<iЗa^C}7jX/ՑzdŎDiJڋ`Ӥ n /cָh8K^T5˲FԜ5soZ{fpe^*IPvOˎ'c=qnNjVGNP	'FLJ&:!b"7+Ԥb~_J
~NjTG\`
~.P}Xhi\;a=ǀV7cդEfBf!>V˩+C}NTRmk3<ViBʘlM 
}*'a);ph96ƵёfQkyT{͒V+Ŷq5QˈW-3oJgLFGmAl~qzܠݘ$_ζ1&ƭULkɓkh(VJI.Vp;n'<ًX<]ru#o[`\UJOTedϐ-.fE;%eRQ
(,ـA0EO%n7Ş==gixeR<WHfKct=+
v>u-d"͠p׃+ЂȌXkv%EDuaLfCbOϱM1aYJhsՃX?Xq^νy?`Q9EΪ FǨZ@#c3Et:m5dR"I}Q̴hk\Αk%rF
H*KxZ5,t˧7a"ƞ]ve)Z8	صmw]ٝu:[Y\2h_BR@8)"|ΛuQ>O];82w\WQUȈi@w\gK7lI3g@?Cuy hX1K0n­E|lh-46`-8cKd_-RsTpxȢy|B9t*HB2jɳѤj׭epb|ԃN\,PTq~pQQ7?C '(\o%oo!hyف(ѵrde\E#;O-"POcf[ѣW\8t5o-4i=.O,J'zծпVOMSD!:ѣ+T>|N)޴&72vp=oR{;֩$cL
vjE`C^MV5h]c$R׈"t+|uIυ5TMmZ<biLiN VJw%ِU߷(?]*`@PafU%})?|x8ROWr0*BY[6aA0	!ţ{ ޻p#.&aLH̵SpYMt,:ǼɽAtχAY[g|,4ۄo?uōoBB#^QyJ
oε1Vt_׃clkb:Y]]6Hlưe3VGI2$GCm{8=h_q/Li"Ov!Wǀ{
uLd@^ڡC;}/QH=PV]z:O2|ق;vHj1s=y
f#VOL8L>K/Z~g<ɰڊBgD%!cn2mN*(PѲ9aAQRRF,zϼ9#?Xv&flSКTM]֦/Ct1M}OX}Z϶;8\D4Pܖy\x.n5;TGW~ْOT_3;01sQcTMWe~eK2јj!_P$te%=g#Aεcj?ӈq$P@pwވJ4Y7iMlr߀թ(9	b+f^PȤJh>SzbUް.1KKOX#<t83NuF$l>Br'#hTN:ɶXN)[۵ͻ"pssn-;&{8I\3 ǅؽ̒)A=߇ӌݎM7ō|ȻɏJ[IT/6݉,IhĬ.#}:%w'oM^1G˄mJɲJ-ق.Vێm79Ǒ;mj!Ձåmw6gMIphth.ҖTjO]5BšW4`Ѷ(mx,ϠM2,(8=Sڹˬ9s6I('N]+0	
K%Q)2G.tca)4x8U3т#!6G4̨N;^ Sw9HskѨ;{7}tGil4My _ߊطË/ƝoiKXqqarR_uhroq$uíe_kUr\lJXx	[ Vd"&t4Z!u2O*1݇pK7}\ɤj~=]G>1K,ҵ)c	't+'=nپڃdG521?>Éu{¸>9
+Ǚu:Ǹ7**FΚO4^3	&×&4$yn6rŋmM֍FBѹMgJ+&&z(?7p"=-o#Jǿ(P/%1B]s:JUc+exnL߫)dR7g^:+oq6/-PutjR\٢bUg$BHgflIdl'2T.c-?Y7-F\̇einԠTU:	@`:},afbSx1{OZ6UGڹaޡ0~#LCLu"ӗF­
QCxyn%2ĮxU%MsOāǱ;6Li8\Aus>eoJI(BY[.F0ǹydi1:'6Yb[4DgͷT?m3jS˸_2V=!%a`R)ëցfJ^?߳9V ٬r.@HhGGtZM6ރTԷLob Ύ'g#>',w}'=W֨(svftn%SW+O)]	:ԨUőGO'.Mtȫ{evR"?yY,=	ѤaQѫU~w݊R(dC1+&K̏sgtg2@T|DM=C;^T-?:KCMSUk=ǶI<ƍKn1l1"X}P=
*~]/E~C>qQ#U(Gd&g"5i\sI|lӧ_by$GhV\^bŞ҆i6+։6cp÷%ZK`ܞ oKcaʡs $÷R``%lGnN{_Vq	G~0;ذtd˸0d)ɚ]XV*w`2RĮک|cEƿm1RʤںTPPs#Ӵ~נJۙ
#ıKY*dqv86Nfds2+S+zTvù'&m}|"/,fR_1g
XnA]Kmن#cbl1"˹І{
dO	H1tCv;3w'&ݫZ[Ly!}T)zcSX-DGay\uXwbwğ1"]#[f^^BA-
%<pƛT@d=5i}ރ¾jxc-^x;ZϢ߷$5MÇ}ǯXܘۤcC`tGTʨԕŁ.k7n{4Z:a)pPƫ~[)޾RÒ_S'w1΁QsܽVsԕohm{wJ!S-?VH=	~
*j2P/Im2_Ƶ$׿iNs/lh.7+Y޸Ff,emY\e^2Pt]ǥq@Ѐs~F\-lesLJán'O?kJ`ӄ]g}M_9e1Ҫvf9,7΃; o$;9,~:v,)2ө"('~ی߶xk,Äޓ_v^5Axnh	ETX9:{˂WwV{wӄ	O&Aaej`_`!O'[`O\Azz'~ӵX WI~oVzarĚn}<4!rن'e"_9Eexv_ޮ˸+=b`:ɶC^IFԏqVK<ט>YLNSR~"Za]t?fat߾X3mΌxUoī;۔d*x;Jsv̸:8<d3vo JWWXbJ>}vHey'p!0NǪ Zn-fIv!hmўmH;5ϓ~Ԭ2g~_}@S: D6	`&#Tڴ5UЭ#yv$4BzʅGIphj%rPUaOr*h̲XحQ/HI015c{>2wB5GطWyAtsG=7ώ_o:>ǛC<ϝ=^Zʶ~!'D:6Gv+BUT	`57*Ǯ^P4J~-5*3IʩJ@4 Zxs5Ya}Uz+c]c7RTkZ'Y-bg3ή NмT!X7sBY]q8|IlYw+>c%޴sN!yQu`şM͂#]T;Qj١reCY7G	R56ocBFb baL{QLc10jVG+i7Wٜ(r(k^!Fi}'fA~]LZk"qУVށQ6ӯ\T'ZYɖ$m`Ml,zol;$er[aLD6I>!_#<Q7rbĳNjeտiL8ŋo3^F$\r)[~ea|Ŏ&L9X]_ԨXz"'.tL8ٗ]zZWB\f{1@YN1+I4Ep%@N6ʓJ?8EoّQv*Ϙ18#~/Z6VAXk_H[mIŇ8/>sd=#'խG_l,dwmu.M12dDa!VD(fsDܸ%mߊoDj]Ɍis^P5Ϫb˗{}Ğ]`)h"ڃVx(mRuM>[L:_Ĩo $('4[Ӏkz{)ٟ_"kͭ*QXuVuk3b<J^R:nCϚ,pmL(A4&զ"6BW3mP0HyٵK%&[_A 3zynLd לR @)vwdǿVy8Hb]gp˭Y7OatB'qFCL;=Uhl&2vb2AY2m,cos9e1U#݇pTd-zz(.׵LȰ=39It_ŸoĤ LH"\φƦ0y{{ֳSBر_ųY
SX͏b7Lvl2$A>f5/Y:G:
zΤU
K6؅ޛOpW)E7Ųfӄu ZRpWVV)]ZLtZ	ҵ|h,n|3^LǾttL[$Xڱ%DtDL^7?ϚyzCՈJs`0<}z^VE-<L0Q"z܈M;]n^cxXK}+PPa2Q4NGhXSبTU,RW~v>)*MG&`l-AJ+LP\78	<6H^CҢ<ݜlbܿ9ӎ؃pfo݋Pts%I		Mً/eGXce~xW%Gg*)Q8:(a=CH4ϋ_uDqs72 9H\E+I\0mz¨q72ɀάO_c;:	{?Zճe&cszj[ʾk4/Vd.$֌cI}>bѽD&דO9.Υh*/N@%6эJEEg1x=v*IEfSĳɯƬ7#c}lhjĥ4"7W )C[ǌMI.6y: 6y|~mbڱkto͕|
f̛_'*9P]Сo^Jöآњ*{/eyH5L(ۃLcy,5
1O+]W;5.K2)"c:'Rc84U5lfݤ&Diڠ"]ՐwDLMccO0οɹJ$G5~uWǃϠLYy_X7pRq|]u.e"EH:Xs1PI:ַeFz]Pk/yw>ao9DGr)5ՑEݒo
ڵ<oqlYwtPn-F*;i*r/OEə6ՈU;V=҄~dd.v~6TJio;EOLv͝yvDVUmm\eߖ{|GJυw:W;(K6MKȩPϝjF͒V%T\$v-7:+гٓͯ;̐8VM]{p4Y82qdڊ7)`hNomEybnAD^VyO9
[Qp>d@`oXl,COV--{=	a#2đ%QӨU8lq,)O&bDPvARTjP؍M,ؑͥ'4R[M#mƤ+7P|MBWZR%م-t{܉/S_^ۼm2HIԿ$mt_joł~ce1ц9܎Aqe2ɰƘE&(X. Z*z2% hU
zRxT:q+E"&aոdI]zRC2@YI2n|#=3ΐ{=HbSO>6ʄ'uB1/d
Y>s_y,9)Ѐ#fɍPǙڿj=ehyZq/>;+oUk-u>$Be(95k:ph֘D3hYDrBo0O@	/ͮ`5ҢY܇ȏ:#c*̀4.7CgK]=JC X@	7>194DpށSWKTƔ8y'F4WPI:t?Y!ܷ?_k38q8bw+jq^FĴ2WJyf?Ϊ&g:*?-utևaJ=уO\TͷRZƂ^f7>fDͩ8a@adź2zs*	aXsMkK" n"%ےcDrgYO<V8U1pCQS~Gs˿[s/%9GuD*وb{ѥ33;xKS~8Lu%evEhCĲ//[CFqs\LhO~yQlsՖ.,RO!"'ȿ|вlB|ZwBqһ<JStOߗ+ojˮ޻9ҿ[ti0#/zL8
riIfe4int08ND[
Csun=xfЌ~w7|L6VBBhU.1392C[{ڙ@,5ZTNn-^%CR@]hI}?ozUI#`HIJ[3'ΎRvg.{Ѱ}$s89-RH[6;.0Pm[jIA1yMWob.O2lUJ
Շ+}nJs.ƿ̻|SD͂9roπK;VH?R|r\:X6&K΍c؊*D9T܋W*ICZG0%`XiQ!Z1.
sf8A3SW-uySmmxm7hpIcY9[=ԷcS6ڔX!CT5[L3dAکvƀMg0L6*:MLi\btOal_RDOOqƹՑ.!l,7̤Dwݵ?hպ͜hfmW[`g+HtO	ćЏZL5ULkr45wrLU7u'\28a?i2sƛʹf#:Vg
n	cߝfƔ4ji۹ò
U@s+?\p,n~dnq)7Ա]`cǔz2)`:]zNl&;	;fPQˆTQɮT_gs,}ɀK>;nKۻ^ԞׇfGz
=A'.W	[{'Gs^[G_YZʉLS|3݃
й5_HUY̯yƣ)Iλ9;I?qq?@I»At&^ˮOЕ>i8U6"Me*ZM]t{5<=P	ltHwP)W(J/OL9 a<>mMm%YD# ]JD̳,=Z 13@׻̀,\X]O^ϨU֞8zDePYLjǐJvAŊf٥DŢvս
ICf?gF^@-M;vTqMBϴ{ C$a'5ʮ20˩֕UEH}y
Cn7qӸ#|.	تrrg`X==dʺ,6CԜ4vfpCН6Y2e/"$B٬3ƛ!!|!p+n;+/9j_&z@cON>ҍBo?L3@F\A=& :paCk܆1Ԕ϶99M@^Ib_41Jυ؎]cqjҾrDg5<X4DOUUb74J7\;}ob"gZ)[nDKhn7LHyhBEnpT:]Ie`:ebռtY95@KptަcT.q)KͱЄ3]EYyK9?%+H-`]V6|"zŚoM|V>B$4f¨J'~oh6vnV(WoӰъAUA-e|bpyS?ѷBG:̜]#wS53c͞VWlZ3n`lְQŋu1vQ(;mߵ^NnM8+
4Ծ/H*(G.,	X;\¹ EYB50QѺLYw6kv׏."4bTuE ʶJW-/.G1P)u]ErMO؏6VNqx6}f6h*̥OodGh/n)YQLVÎ%9g4ZL.Hkl۴zU1^P;"]bi4 BoŖr̓|G	~oڹ>Rνֳu~,
VUv_<\oiҚpyH2*@3e,F;>ؾF1NÉ(L8ƛҽYl]tiȍR'γ6/śԙcѫ>kPJ|7۴vI 8cy)o]ן5HL4@t8*Q$[Jxb_ĭӴi߷Aɏy.T׈r݄(deŪLCxҟվT1ϝг@GN]/4{;ͺA	gLUłF/`ψ6=>aY_,iFA~^2)$=pno~^A_(]
t~H\K6Q7puJY>ؗƧ>EܨѺ17rfhױlgv@;F(Wogǔ@%VC;Tf*Ңv bguo]G(Α9p3xN7W9/cN|k[FAÂICˇGiF*iG]ۛOܱXVi޾NCt;(9*Inu;t5Ο$Q80'ʼ7:O_<w$	FL}Xgb[ʱ	L/AyA\կ:ƙƕƫYF`iK6{Dͼ1O $-L#
~-Sl̬sjW:CKFElθ}M߹ݞn{:GU5tc>*W6bFLճ;K2iiueKrG'pVHlE<$UX,2onw?A|^L

 !
]/#`]nӿܲ
&`#j̩.]ׯy yPAZݶH\k'تsY`pbo^HؐA8E^HVU6({pĕfr#, T?f]A(aXԲhȈN#%a ,{.=$J7Fp|"ǘom7 w]556-?Bwړs>Yap?yУ9/i|ȓ[ԃ$UH[{˖FHXhsśN-}~'^;ZK)*Z1mx[6EmiʰfnIkPTsDł\ ,5nMUsyz:T܉g2jՈʈPxcmfiqrV.'ΦHېJ/uÏyސYzyܣ>nUU [0g/ߧ|C@Vt!<boʄR+q9.mP!ENѣ4<eMgXċF/G]gi`"Ł4_yZʃXtͭQ&Մ~$A[uVX؅ڼހb)"ѢZ_zNHTLox0\}In

сpۏ'`
gMÄMӕ*PPpр;$.pݲʤҗ	;55b۾1ڗHodLeSv*џC.šOzǲ7rbu	7Q˦"EΜɨTDs}4j,o]ZQ2`ȿ$QI.k--&Ҭׯ'`DlqiȚ}/ss[ø\Xs.hΊ8~}Rǫ	M`!zF`U?ѓuEtϨFxM~+BWWPT#@):eqhusnFo0(u^5,g0eF&7$]T>6ۀFW	.
;V!D]
_FݗpSDąrB%\S;#(VC6YI9ډ|(؆\0L	tS!RZJ2'|-z"+!)ܺ?<>_
gnvԹZaUsc2K;Wy(O)eJ\p2>zRY.,>!?%!f{zwM<Qׇщq6_BPuΌַ[p(\wyĆ|̳1)ZnÃ߃z4x˕4:)9epő ǀѢpw=Hg;+7s3!ԭ/y*qU|n|yjؘN`X5PGG@I`"5&7?MParq@o8[& ri&GLҀ+eAb,$Rvfͣ;U$i&:%jQ>T0Ojɖu%Ma/ŌGtN
H
h!ЅZKwPA[P(֕FUҿY$fȾͬ:wǘ
iK!vEܶ\[?]ۅVҮ#[:).^[Mo ,N bCВ>C/9\;)^jMrILD^e+-S~p(r$JБA_l)(T92PXu5\*!ܜ{Nx+Oc
0!`	n)<#kO&c$07kI@?-Lvd0$PH*krP2E0<9e}XgP|9?\[C4|˗aأH	KS\r2g9mݙIQ?=+]ʐ$c7IտSߩbü+&x\"b@^FK9	AeJE]APqڤWEr:D޵fxv4XU ٺuD3hR6ՇK,ES5``3ScfZ3&m'[|غqji
Zۛcjׁ*6߽
UڊԻ<%Qz4q@ճ-ד=H6gŘ9[ɭ4~c+{Kh۶V_,.ٌI;8~~ wK>w5J;P(s <˳Ӗwv_LirT)2y/+	L?H'p>ԍa)H|V܇="5^4ƢATEќөi'fJir'b5Irey*u]-|,
\؝7!Mwڨ݊<n'ÂW`r>[ hDь۫ͨʴ%aF^po&:6ptd~|^ĚYȫBگọ3bY+}#B)׬Aɜy}e5(]?zxIS?ڦ'./;|_'ʹ(`tr&1r@do	_ܳ="yRV(K`QCǂԩʃq/ޯ>xbݩ a!|0)].CNsu2(2Ũ9LL'WD<C:G^w%E9
GľҶB)sNJ+΢-a:+Ynd^3f= 4me$iɑIv.q;	>xܧ8!MFЈ)ɡTRmF
Sk:>N!́D9uG<ai,.,$|OʳatW{|Hl՗:$ߦuEʩgYs'_sN׻}ROhs`(,!\cڧFFZۄvש~fwSÃ8Kv:kçN}|_O~^a)D9:Fkxn1BIܝ{q->W1dڍñ[5&=$5P1Kߵ|)`@5[_ոr/SG"$_~uϲ?ybwW-5WV"cӓS|qeK@9MEgHGvXgNY1H@l
ŋ7>2A޵n;147	:ԛ){V/لd#8Qg^"fqGn>78_!>OH#tfWr֩F=ŧ!@{Ӷ2Ztlǁa?Qe@^-N pF%ܗww=۞ΐ]Iw--vb{5)W%Kd+5wd8j~ X1mt܏*m97f,*=ӵ?Tan`ռbH`ԨY8
k5a4*R4g,3])vO|g"Z-h2~#jɡ}-J|W@Ma1 61`Ph>lπDKʺR3'u&ɼURFwKtk6^QsFըbW3K̼o74:A}yl,jF9O*%Z!0#IbYgJݛ VFЦf\}Xҍ'?8αadK.,8'Omı
-	Iblp&#jʌϽ+fϼnڱg {
\%5DD/~Ě?GԮw|zg*!R̿+, }iPp	
tcH/%->kDwg9fnb a_-/͸TyioX_OGZdXBw~No#Adjم14s˺:lŤZ3lhaϝ9ZyԱZw	}{pm"![>!DUeAXcTi7?ۥ;_.R ]v2m7\Wc)HĤ]fϏL?-(ِիT{]iȠO-YgIa^ORI!WQ=R[2"uJ1vM#tEK(_¿Ƭl+`O4bEj@4XM+ڈ'So"ָ+H,BO<{ǎBq$Ց1@RU{U]r{̧uSędQRa^1=$?ت]U#s׭T"Ҧxpͫ#Ĉ-˴[7p mu*1vQXPCt,[0(kd%^;ѢKdpz
څvHGV("_զGZsc+fXuz̚WYQÚ=CG]T֎.ԂۦmH f]hmc[1% +1qږ`s>aV+
L8|ߵcMMyɢE=<z@"cҽb71X@ԛvd޳68C$QS{<è9Wb+BxE
ʊXˀp'[[O<DB5	E&̂ƥ5ց~ HߊG1mM3!\AO
H)ӷf=_wduW5tf+y Szc$tUw8j6f|KUGVyQهUhFS}k'81ʌ{~Dׇ\b9ŀ0if+M7ްڽy{U}aĝ2@Kv:Xb34t)pL`cTє)}
"nLkR"8q(+գY&Ŧ;=O{ݡ˷es3!>e-[Y?RXzpp"	̩VaFS ϣhVD|­Se]թLN`̨i^r*KEDQnxvOǚytA#F͇ ˋVڬBoVT\s΃ןB,A!oe2m+^FkM\=DpxoeCUqJxX:rn3YKWr	z?Ʋߞqt)¢X'ȑJhoLqӐ>cXu}<ۮ5Ol)Y[jĐY(CRNYdPz#xׅٶZĦjݜھQ,)1-[ ݪPFuɻY*)fGbǮ#g z1rėV%E$dCHܐ|{@Cn^њ+/Pv/sf5m5f_XUaϼT,tך1`הN0әa=
G5xC0K~3kt:yb_9WDX$XZP<(B-[Gi>qzK.Ov^$Da·.L1o]åR}Pam͐V%Ʀ+#Ζs?mjiQ2̈́<|mdoGPh@U%/q\"	ht4Z(BG:BȞ!.;xGfjZb|+?cdR6t~7՘sG"OEP>nbGkq/*W&$3g&@)nY\L-4."ԕ!L08yHv#M*46f!K/T$4xٞOfޫ'
V#rYcr?O8	Hcڴۧéwʪp-{\s!4ނįC՝Eиפ0̷Q67NH\oûu1u96]uwT}:yzѻdQ*ǡpw8ʆFRכGaj٪ܟZC_nU-԰W	H|yItJyo>=puKz@hY	؇MԊn+:iq`R0!ۅS6N
lih·5s Du	^j֭mc-^nECӕl9V|Xo8y~biybȯ}l@-ʙ&tYBCс02IIYN\n}ӓD_/H>YԽZhӊE0ƈQZmk~fkǋ1CF:ʫL«\֞5Inߊ
rībnZ1{N,UDf	J> !Hrx*
2nveNPj(m۶ȟ$_˺]~#</m
эcK\7oTx;<dݻM{peb̻{kI|MPD˖~6 >pd3EugM=y|ycl+5K>'Ȧ֔͘Kn@0kʐB5̹{,<jjyj^
h;مŗ>-QZA^un\#
ĸ^^Mhbx7AǮuNKn01܉a(75׀f~܀x+7AƌVs9>RQ|ҋ'BbLj=SIKz>A9!)'**>=څ٤ֽPNdDbr(n]KՈ@c-Zvmp_
'kǶK45]@DK$G)59On_4cq;i7sYC+J0׶\5eՇ*0x7x[w(F?k)3sP̀aX0܍!RP^,ñ2Ē:G|KG0+3#vjTUR.u3ŲZFk%l~*ZW]b1NUIbiwf7%$*eC`/z*cKRԂTN
،8|;՟@q&eSݿY{5рɱX-e̯ϻ*nG2_!^\#NZadc܄hVo@*2<"pNiF_Uq! ٞfpZ;zQ_Ѿ;QWp̉Pl԰ĆfĘZ=ǖMy	ǱLCȆSct*ě4	нFI͠9+CO{W?l4+t#̕ZmrehCa
Fą%;wal-0YX)Hi%&8	N[Ij߼9åhw&vP|J\-#r($+g*h\hܾu o7ܬ'إ@QT	EжJ0p~T_]//߯xQ֝LǒVb#({=Sw?˧8ýNd^	
j\d˓7<(̾";%>~d@CIe&[Z2c$xd3]24pUŵQY>5'u1hѓ:hmRQ$jG|G{YK.ۃ49'9vT(ߔ=]Qb8GgHDT4s}r6f6PMxS\TK{5K1!A.UL-WVxrŤ\2۝&Gǰf	EQ`tkg.M-LP*i#ټ	H#ʦv/=bΝ4Oyہ/٩Y2fl5N`NӅK9N|N.Ut.4md6U!a#|F6&7ڶrN7xc}6ӑWc%YDk߇՟WjAVIcHxI`8%Kؗ	itN;T5.Qw(1A4[ZP#Zeȍ&Ɨ|1Tͤ&Qs`A`8Ӽͮv|h?^-A!qăG49
bb?2ĐRw;BJ@X΄p0BdSktr$Ԧ!)^6:>ܸ/1|^n`\5ˑIiYII\@Ɛ+iaZҙ >]MͮW"Kv߇N1Y`ÛnIG8wcѽИKkx?J,ژ]ZDY<+/ע'%N2~!`P[w\rcj0]޹ʵ&+9\Io|J<MlҾ3Ιjr/5hƁDvW'5Π5KЪ(+˨d՗+t 8ê		
^|]N+g~mU-GXF]666`+@#l΍SdF&9O=:y+Oq Bqw7|۱mFV;w҇'TH	η.wdT0a'z+-TAn7Ѫ-rq@0zA4>3/0Gӗ^.AZ`@\ރ[>0q;
fP<pζFTwQ"f>g͚SȐbԓ.ѝkQ6n(mVfLvI*nc	NZ#]}[R҉,*KH-EkJ)@ؙ($1TF)Ndiz˩mhwit--ylHtǕyxҍ. upM#T1q;&7x(uL=(umߚۓ!5Hjɵ}+o}GVT=l_3yN WհŅ%#}B0Q&_	QqdE5ĐBߙ4	16^vGQSӸBsR<ӔF[ \Z6'?X/ppr]j¦J̵XQ=ϫìgGY?B"b~xew56H~ ˠm4|!#<ٗ^b+=LBc5G+f?Ƿ@pp_lA"%ig7lա76+Qu;?GxԾUnF\o8u 	g	УVHҳ~g($ȡ6o\KpԦK#a?P	[8C;"ĀCSÈ<$9}qHrD	؄RT&p}P0s"!U%%T"spDĦpqqxϕq#@˽~ܬݝ'K	|m)F={'J,к7Ovr3B'VbƇbOp6҇Q8,~gn(mQyRۄH8HԲ'9k|UT{J)Bk/C2g}m{v"{
P=+ot0\˻C&T4NECߜ$pWҳv-(˵[G0>}\I?T0^vƢYΨvw˄Ega3w&`-ub	C
Gj>	BFy_=.V}ѦoqۓE;3m |{p\߷E\InfZLΜZڌZrsOQN]<.		
wPh=kRcn;ہK4P5^.z%WR@>?%5Ц]R&2GGn	nތ1`[l,5CG35J(jNby{n׳E( TV;Gd<ЌA.f^4ܟKyaɤvԧ8m>̓@F;`ֶ>(#>J[,F05~vDwIsǄR_ΟpϜMfk]Qj
8.%@QnOYbוVѹ2<VcM~*2oAʟuȺxVD
#?_/>Cbsp4{-aVҾ&ʷC,p,DS2Ir+2TL8,$/>uӄ7ݧOPѳ%<ͱ=Nۚ!wVVLblC:<Ǡ}6ЗKjz_ZL-TAȗ0PcGh%jZX`
c[@֑*݌4q6fjv1j^!ΩJʣ86{w7"Ǭ{W)0f&ZtKV{/oŧDpiF?2Q^Kcӎ	
Umz	yT+8Bpyұ/;T$vC8&1Ys/GB80~`÷#d)[P}jE*HDO.5ӿzčS
ʌ5\kK.%AD3x޹+.orƌ?^`*m-dzDE֓%+~npCpRۋ8AABÜSrQE8e6͚͸BfX2Tk+r1Y0jQvM5L!ae ڰРm0iu8d߫Kq*w`_L,^iė۷̀+b~f#3l
N9v_xSaT{0;V5M( u7S3n(7ƽ?§:$k&)BB1TȓkF^ީj_D7}Q&Z/tjKˉpMك(*t-DLΪր.	SuOˈVd
ُ
٩ѡlg$ŕ~15'oӛ_Add/Iϼ~|Qsr֗SWtVbe/$qO3Dr`VC?69gڔ:LHxiQ<ЈbsɋhĕI5Xk3j%6*egRJgznk6u) f?D@&klG zsDҶ+6$Ĉ+GmY\#S'Xz
*påZs׉IQXƲ!wӾGEʽ}s@ȩ4>RB6V¸O#ڐůQ5_B[߬$ӄM<~2^|>ԁ| (/JH5zJo6G.d[i
aXA<s;Ϩ#Ӷ:kј]dGtfW8]Dx|íIHN#vC}G]Lթ_ $koZRȮV	F*£f7T]8O@wbH;)saS1Xv(U3v#lxJw#{
I_hsȍ0{ޣ|0j >ԡͳ٬iOQUEBπhllWπpU3IvW:pޙ{H8k
5xJˢI<N!M#Uɻ\=5V/{pIЈ<ýżLPþܗװyAz6N3@eY6wӉWAFBb;L3f^-Z,cO3[zŻܜ^i-ĸ_ֲ[
ŭ].-޶K\LHcH$%"oPT~ޕ E~`;z̨ڱ<ٵF	<Mc"[xoϦر5z)R/M&ӷhdG5Q
V=n>SiaoFjan;LjF0dԱ:|ActE/v^Csį~Wھ!P$EɬsN]C^~c-(V00MvŤBO$]mcMT0e܀ؤ<mE7;T{v=XIrv!ARJI̮[ɭ ŔҪ V!/Z9ГȚ=m*Rې/4ŋ.X*qMp3jsƷFf{xu5iD$&tSgx}K@+Mͧ"=̐9gSLRȴ;h;`8Uj
çtGNAboV?Ľh")$1}vV[9ΰ
~4;yq1tL8mڌ˒5?r
k[1f5mc>eήϖBĆ#=ְjǬJE72=>[;T\ބ, 4֩2jC%ȕ5
ي%[5X ~R4>96}'ՇM֜\VI#~]ԐʋVؕ&!<!1Mٴ,HCɢMO<#0|"٭Q0Mv0ʇ&*ڲ/MB&S`:`IxxZ-.q^ɲX$?oZ_0E҅rSRr
\[fV3aވDٚEԚP??!cy$oiʬ0ՠ^ZѬ7Q&bBѯqUkTLKԯLyq{/(T<3ӻ;fԩBʀ44X3MOk`]&>3rUwo,TiRQ@ƨSFn=x"փ'Ad=^eZ-ihzʷ۳Էۼs%+@=(u@w@#<ڿuo$b_q0Ŕ=%щd /N̣j-rԁ\(N#hnNߠ&
V?1Ԙ6rPy3Bɼ]ګ"s!DB(j0-Ԩ-
I־ʡX>ǰͨCΩط>5+[{@&J-8b~;m2SCܽoϙl"E٣u|j/oY%^fO0F?݂6Qޢ(IMg.ӽmx߿>Inß݊H۾&-φtpRe`Y\#1 j}zbUV:xN xOI5^N]Ur9	r2`вQ(p+t:<QV>ڏS\=LqqOz5$cOu]n!>n%QД)(ک<3gTՃfku7#4;mjh'Ư!ȿBf)U;3p xmQ޾(~~U%1m3K.L6 eo%m)I9O,WӃԮK;Iq5ŏ mhnlч;wכ$0Wl<ʬ#\NOH,VӲn`>8:w->]ݺ0~w"(0&HKy1&rRû]?uVH7Ԫȕh+GU	w[tȇCv"$.4F%hʤ@d{yAEH{P؇b|sAz)>Z[W	^NdF
|3^f|l^KM5%\)Oߐ^cQ_":5uΆ=mөn8ɵ@>g $ȕi	ڢ'PCkR^
F$({| ;o=bE<	4UonMe!$LTFf:R%wJ~$jvb9u֮?O#z[akOG
oǮϱ=S$\֍րr]a6:ǯ.{V@3pպLvY.Wө+g׹Njp¹IE@u|0Qc߁MB_H_8T2Eɍx0c!;=$pAIUnb)Z:\}1yqE:8?ÞpĄs=كϢSlP[ݝJ<dnԉ08y|߻pI`he>1He6C,uǑR}{UV7RQmVvY	(x=dfs}=oI"(V2]'=Ԫ)޼AhuF%"1ط0ؙŭ&R"bBx]ս;W_(Uje׫)iwRT)P_RXuܹcb`Ki	O2|UiՉK9Ҏ}<|Z5'aQYܽm
Pc9Uq;<ώ%z_mD7
$˙-9kЪ!")WΑ<WҬ|#06kOi/#*T;DKp#Ĕh88dm!ֹ.h7ւNdȻ90ǧtҶ%FſKc[Y/1iO`3eRd(ќa9ƒQM0Z3DSW%ߺaY.v5Wd%cAoloеCߨєqؼ1/:nF!(<eRCo;81s=ݙª@&'4,ː<ƥ4h\F#-gl+A[gJYgBd4r*+ݔd99C%0tkˑH
֟BUiŤBoo7pK޵ӤjYkB3yȔ;TdY0"{ܹc(3[ $"aaiJ)DTFŹQIfP3A"bюj^~@NNŷ9/q,ˆKQ=¼w$rR:ΌWMۅ$RpI&ӎoɧ*O&t`~p'up:U=ݣI&@pK9X	ä[osrfs?8I8WMsKfY T;}ҽyGj

!3{%@U|vTǽgګIquMdL0_x+]uA3O9uIKZix:'	q>@\*0KnnW(ҀG8!`bZjc@u93ڋdӰ. +W,״8anC)sg(L8ھZ2,Y6t wQaY(UH(>VU@=`-zTb/]דAS6y՘Sui*uaYKvќ?~کtcF|B&y%qXSirk+DLU$8ַƋLυ(%Ε?!e%	QIlVQR1%ؤKZ
<H$hysu7ѻ/3Rۀ<Mm1-&vmxY5_/!8R}]*7ԯʲˤTyd]^~|V2	¶)ŧ^bOԵZsKM4̧bsG
lz$+ncu!ze\w~~H2VnCnSݼ+Ѫ"',D&˄Rũ1֘gRClqOn80xFsKôrkJaF4	8K9qtr2el@_NCTFydXOUg)FIXkaUͰAJoaoȗZSJ}XޯCNYZx>u/U[?cSdN^t=2yQr/ʭ҂'оLFk}kڿݡ64\?WԹ+NA
OL+	gԷCϖ cyf2ڂx<abQ@҄zΘggVsO\-igǻp2r'JHR9B T-y}Dv¡)Abc`aw~HSǅ̄?A3ڇܽqPWߚr5>=^K*Aۂ.Mr>M\J:/YL|i3P+ƋŨmȡ0um]9eeEWNLxvE>֜`4فBcj0!v30y'FݛLJ-!*@xS[5ܢFn~ȯGlL
94yJ۽d%0g&SWAć_UG]ɫ^δ<ޛ~O><cIysO/>ٮKğA1	-eJ،Cs0ܦt1|³ه6K$wƢv;ə5ti@ЁVn1K)NȴyW;48ҥUNajZJȸM]%Y3e%N;ءi)[j;2j0I_ŨXXی*Y3I=[NwDƂ%>a~HECrS!ҳըz̺0deۜt6zbڛ3u{LO'>և{!"WC^YA!)w=8R	/P?jbK])Glu:B.k~2׌iO:b'v!Ax3YEx7SUͥbAoOkEWc|gvԉids{0=8`lcje6PB-Dkeo>mYPTƥHu߶e=o7CӟǽP[>|[ZҹS*<4,yVh̑!csYQg)1(Q<_6å(b;HCGbNE7^4ZQkB7`m[ٍ?ukN<q2}hZ58(p%Q,b5&9b+Ma݅Y%Ɓ<O-%^[\ʍr
іאN @JB*Im"eWc/̴Kh\u70^ȝ6>SI3#c\n~,ߩ8҈G1ԞԠq0Kx9l/@Ƽ*K(sN?|q>Mŀ$F<Uu/!\ڡ'+PoFdGT.̎؈#A^+p(ZFe\Hߠ=&Z3qy1֍Aۥ-NE=r̿p]zlԫ:Ort@&hg)m"z$\zݬ؏gaf߲&wN'֧S	K_M':4j#A`"1T-$B@S=5<C[S.;j<PAdR[w>@8՟޲{8_q@ϥZD._ΡAtZ'Q}= ޷m',e]@pa8֥~!w@Ri0tg:ݚ})crzqm<Vښ*ۄx.Ukowdr,uqK͌|Ԕ,i^b3[w8?'5AIw8L̋4%֥9L_4	p5OXF[ŴtIG&#͈xĚo-5=B\6r_<\¡+ߠtmc-6/[6Wy{mj,u!FZO/D
=,4EJτRXMNn{sW>6iE9ʧ*{ؕѷ,S4OV/Ԑ plqYT;Z1,[//Bc1I:JD\ȏ2f+	*^44e|$+|NN>̭:)2C*϶t3>[;MQ#rψV@5ڿuǀ){ M7pmQ&> ۓ#i
> JP-3r_x1/PZ@89Ԝk5ۘ+\r/j`D,gV5ώuC*t,*RxyNʍ !>Mw65`ASۣrǴei+¦1=zՈ?<;U#/7"ݩɥdal:i.Y4B3)q֎.DsRfiȐwʪj.{-"}W]O!^hyƎ@AU[/)OA,~.sFç(}ή2kJ<u%QPn-r'b0q?UB$2ml=:1<xT/o#fbFY#ؘBiǊ4'5xsPp>.
>)~_7xAfo$
 mRrMw&v5-ش``v:t-\=ADDfz)]00\S9*qN'7>ڶ;G`וUl5F;̇ű>.Dfg&n>4ϑ~8E	hVϘ5>Vۛt3nݸ"LwKl"KPWRnOMs=xc7c}y-I˼$RC4"jUK .4X л޵ͩgSL]>_v"K|`J8rvZ:VGWX~z6+ĥ~#e`qH.(,wo4-ޙ݁^ÎFFhAPJAVk3[ܯA@?'>	zlr~Fsa=β{ΚnĄڞqhɩ*	zJgsvf\clpTx^le@د{^7{bCV`5ہ!%ʎ)#4ۗ,>dYSl٣F=ҚMHxVVA}-\KsvAgg:6-U~-qpߝFrkߏBnTÌՀ4Lf)u*CFvntĥ;dfveǉ&!RG1b|wԪ1U:V`aDIMMo#LAXcdoGS<AYYǡ*mkzj^ͺMOPYփ/OoF%~O%nmKӪi?
n޴,[B/Uw	6x'Χ8uͻ-npx	EM+_ĵBm.?jV8?X	
#3fA*$).(
a%-^oFp<܏.)}h.5+ӜȔB2ҡ+C4l>ܖFv#:EҸã/>fgen
ڛMttMkEU(Z	#z>@ ڡkQX4هpяAa7Qih=h_AR+4R@(6âN+f4Bz`s_|_RleKOALϮ4O_*FfNBÀњ3Ԯ rA=Rqc^q`Y9PsDu=zr/-{	Y!#٭-<eVϻs@-|:"2xF{0*bI
+eS7ntCilTExZW}/3>+W2b7q0ޏq6FxuCٶSX9l5Žȇnz̊aF,+Hzoz:zI,	eC'StaW'+jD05|ұѕG`͜ta'`a`w16۬
l5StI;PnԀ]UXpkhzJEO#'2߷ʦKS[kxN'8#px9\V7/uR_& UUT_]8Br͐R}?iiH)3MΟ0kgP4y&Ӡq`IХ)շl&eWҟr7vi~qHZ%atS!M2[Is;_P)oj,`VP78pҁpϣ?Z&޺Jۚ1΁ǧ{Iʬ"ύ=Lig#=bwR#K͙\XUfԎ?2~ռvh'Ȼ_4ݜZT`׃!f߸mujS
kqHק'6
}^Z./Svu1*NFȄxغf"#+
lDCO( vNCו.̘xrWiQ)k59@P)@L O̦lǌpfDrprZlǍa%4P7 UBY!ĢK}vѢS^2ާMpqɪL4z5xpԣe:ÈNw>֧>^BJ7^0wl,Ku)W~7vZї	u$l&H1.k	IdQ״qJHR?߸/9,;!X,Hy0RCKbkOU6My^sy;L<הwZKi%m(ۿx8Ub;-΁=V:/1";ڵf.s`ZR#iM
īy9 01 ݟ1P]ּAM	`?5byp5lK΃i$=~ܥ"Y'awQ1DkC>
۬sueQ sTLN,Pٍ.-L1vfqf{+dwƒktW_]$,Xn޼z%2f2oAIPN}e
*n]vq!?M֏bOl':ȓk0EGResTEtG9LZˀQ(ÁM.~Mjc9*km-'R'SjW@)EEoxP>Dl4^M'0;fdџjSA9I8ȓf*s9Pλ@8WPp{d8$e{:ׅ_)R6+B֔nU	z6hZF[:0p'ȓ~%\ +OPXòo\e]Vn<k;*T)O֒ZXÔ0kұڀ1YP|,:WH]@=oƒ\8E֭VJ#[N	X̀{d3r0RgÇn C:I#|>10`a8US.ME´fX]ޭ7~E%>V$$A§-Z»F+wclpɩZcrb:oBIO|>K.#d9ǈ6<A-b{%u8ڋ;p'QduQZ%: 5~0{KՌ+NA]Bԋٰ?V v}y/c>
h-пI'^8`hۇP4FĘ):.Dߵhrٹp#M=V PLRpyhG{ȋY*hu$a':u&$({1ZhC.p~0)|FxEbh4}4vâjHchE!Qa^7Y&_
|4Rg[nzl٧7݌^#^4pn'v,4%AϞ%ڻP	fZoۤ4h\Nf`[W"1/MHp"ʺԏ!#c@>-yZ8wKGĒwa˶.3sY[̋|xpQuҟbkRG1fB8?ØXd;vLb]XFi߭z..ggZ70ʕYVu'"IB[Dʮ!J}y0ÚLh̟މu(]Ԩ_tE2DT;_tזҝgio0@Aʢi&D>9_iu1%	T2y<"T-4XT~I=S.r'^gʿD
|dl3&&Y_<Q)Ur%YTJ~zĵcEb>B@KΰJ(;ɏ9a
1UۙmLs/,VY KI\1xiՇ9",,KfFbj96^SvarE72<)T\X	S?٧"_;Đ.Ո_ݧ=.,_Aԍ`t؉MQ)Eb11ٲ\Bqw
@bzL`Ԙ}\A>ӔiP%5F!'$Ao%ƲkxuʙHaCUƓlT˔WZVsj>{Gh;_ґiv<Ygh0r`EN!m~wt`T[_	LufWԙ̭
+sXnēeF
/g_ѕ;jwǝ)x CEgsżK
E<AQ(+2p<=^;`1կg-19?о3ǡ?'dk-*ՑUBQ3r$^YYT+.8?$%	ٓA9@,WeU]¢buVD`*$J&7l.ΖH6k.%O`v؛q\4n~V"{|}UWE)ʴ7_J8(D%I9Q1)-'!ڍP_
KoyXƨEIq$Xq"١)}қ%2DJ
Fj{j16ʸSwބ7,6/ڊNs3W^۫SbZ3cu
8y#S}zV^dE@2{\2Aʚ7`ݰˑktSԾTЦk3_8s1WI*`LٽKiZ$`~ƸFgлƍtzC;Zԭ0z)l HԸEҐvg6Ma[SaĆXN/XhR*,
Br*uYē˔_-5o+<9jw"6̂2!u?wܪJHO
[_7'Ø:6:KrȐ*V*B! T.۝qxp7?đhCi7BZdz;/dvyV-vCbxzgJoz)'Y@lBEoWލ,UPr|g"/ZO!
Ǫ5~0[Rh˴Xc°`ڿ69eف|iJBssaȾzkI*+3i'L&
8x0IκeUߚ4Nc/*ͮrL^qʞ0O._C]_<l̳~=LЯb&ڋ@#һG;Qظѿ%XM#zoJ6cDтNsTee!y2V-X܃uQCwz	hC_?EՓbhƭzf-G="y`]
$ʑcaRߟ=Ȇ3W*r_kގz#ojR[ێZ1Kv1bQ\FjRQaXS>zn19LICNkD'[0?P`Guz|E]Ԭy"H0A6J,ݟpjFÙKTe:GUuKȍpk ݻI-b3{7ǌ%+>
"B,qtϊ
US-(X
^EU'M&(&4}&ڭM.9?0p܉;rˀ{Il:.QUpKeX#sm?xݒ^z%\[^$F0" ,J6py'1hfDs$\Evz̾H:JkKbw_Tŕ|C*UcpMSkr1ϼ2_߯yc[BsqM's^X^P:r7q'ʥX˦Phx|jA'6}&QKaMMO&oAٛ%ԝw3^bHXazpن$~SØh+4>L"ei@pg51.Ny׌Ёvkٰ#QCQSev{r)ճ1hzӊv ޙ:ބ۩yۏc8b,("ȍ7.>qҌ0q(vQK':Б2g`;<rHa#n&pQO
3rږe}|RP	XyK)@tAXZ^G	6;-RdinÝHOKeAA;b˽Bη>7gTg| 6ŠwYUQYrZ)3JIWt]Wk#LdN1_$Ir%!^uGԜ:"m
00*?&˜!w2r+~ֿğحoܶut#p@YAֆT%
4 .ԆgqmL/%' dʿ\>??9B	\ĉeeYn9",I<qoYȜIlZT3lBR`o$îJqԕ:7͎?Ҳ#:<c Lbh,͸_mj=wgx.ACZ;̻VMieʿkimѡ#֦E_dle۵ճ>.lӫ[ۨ"ҹ͗-M0bڬG1<%f	R,L+~sR1PBc;8§HUw!ID.-ka'?VG')"CAW2.Z;ޢlՎWjeo0i7PDƣaǗV6'mT<cJj.ҎMڸ=~03XX6*t8VOl*S6jǕ0ʉ7,ױ@qȸfbid*ӾD[2ӢŐ7Ap%,aSa`gX*!o01#Ȯ:yϒ׺z@6z#a5.ĤI*պ(P^	]?{EσFl`DׁY)ٖ^QRU͇(<e0׈uf5kĞ%!p>=|)IT]'RֻCQBІ@ЛFܜXM
tWMs!thqKÙ[s``L	Y\D,G5ЌmZ+˴c2UpҤ_i΀{J@Ɲ<_-G=:a7{>JX,_UCu|tw0`ÁHw?z	ܠ4!Vc4͵EHYN9wȷgxJ60ù1eL}\֊*PR4f_wۨ rI}mL^9b>1ZMz/	A8p*J5>αW4BLY	_gI; r	`"jBv!Σņa~,a0UϻŁX~+NFIr*ʗY(Ko%WE3.<Y,+.9\SW8	)f ޯWSA%ÁrFVYȦOý:o~xk+bT${4)-ܼS`ttI]d4Ϲٻ'2e]PD]/l:؇T{Տkur=ܝԤXaޜu6=P4uȨiR[	ȟjye>ArxJ+kvڠEp^y<Le~шq2ELx|=(a=RPP%QԟK6OXhKݱ)GڐԾ^!VUj3)ͦ^d<4stJ/Zs=^*۸ķU3g-ʕ'S]І a~`֣hUR~:0 j<8~bnlopTq{*B| ڸ2r{^R*Ek:E
Ρ@[t%gAɠ+.Qi/|kRQX"3Ł=CWH0KVث~PkxzVJ׿IL/b)SnK6fXhkт'{gxXvUфؼef7KCȇО:qI|X$h(Eh|֍K+X{ԉBP]Jݐ'2Cn1]3o 5S`Y=& ص>{`]VRdd"zu/̰T͚:vFoDr>Ex;bVա¸w~x]zޱ	:Bx1f98Hrwie?|pRĦ܃Q%"}l}[@+Gr'HSϨ&3dU@lЙoߨ(PKjˉ#~:ϵ`ˤy(lpYw70!zLl4jP/(<׿6c!#&QQŲ֛пƿR}s0 yv$
piK>hq{*Vևvkjwd+
ǲMA̿{R`[dGMt7LHи0|~Op'?bV^{Fq&iܚ>"|ÿ'p9>+QOy*	b<o4ăIAՅk@'%ußm8qs̿uСKrEC[lsؠfhЎ02ר)9A9bx5&S@j,g&E@Di!i$߁;[Q*%A,aɳl۩].`)QbIQ'ߥL[Nzdʫ4o50[bMD>nɳ=4	V6 w=%_À'Z7[]<gQxuļ>ܓq<ΈT#)Br޴W/ܡK-i*>`$f[StVYXr1gP>{¿s"4VX3SfK&ʾH}F͍՝&HW؈.lU\f&=x]A-,+iEU~RJŎn	RyKh FG&rĄD#ͨ4nlsPOO!NÊqsНPN>Xv)cYF5l6h0uDmQZf؏kN*)7d`81x?+ʸS>>Su^d?jزċW*e>UM(U^Ǘm bCщm%4q):g%``D8qcXZNQjukzQT4ޤ9M0ɑؙn"iRӐȽ*siS93l-[Cq8]QãXȞkSyibރ
_KGՃOxMXg<Ft*Ty*eVymTf`1(PMgTVov]X*/fc}bvԏO.[ TޡZ!ܲ~.:	ϥѵǏ߽>ƸB!|Mɺ
՘(X0yqJe?@!T:,YL2ӎ/vTנҷ^^vB_ޣȑG#HnL-BTԫ~L~`,[Pq\.P.4HB]ʻeyNivȶCӝDv^U'˵̲޺ހэ>S<Gfbb64՝DN~*gm˧xψb/>q6&>5\ѧ[ d6jwӯ"''PqK@cV=x7j$D]rRߪӧIR!G)6ɋ4,j6KB[H]ΰJBhgV.շ̀ШՎ@÷WdtNO4~!,_ulE4į~aLOb@q;Cx='W	ΉL&V2NLXæ-woGapYf}|׳oZ!0=9%1Կhи˒Ҩ584ĸ`%cNM3'ډ6ݒmY%	
UVBΞTq=ez\pk4ݸ`Po_@>61.͋3>kǉkvzs^mǴ'Zd&JuUCqGDϒ[iQAbH'eɤ@ԍ\*)ؔaG4շTAy_-z>ߥ%O.WEHp9#	B>SkQdu3ckR̶q֜ʻpL}S#%/{خ+"*Dܦ9P2N-mB#Rc_a(jȣ>	ayP6$^[BSÄ%I?(*ׁWep?88*J֤Wܼ=3&ݒ!A3J,afPrߔV,+G;OTbu}ޝqCwx.		KǏYfXthm¼Ǻ$	''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24288)))
