import brotli
n=a=0;b=1
for c in r'''W,G|c'.s͸qۡHF?93l<ۮ]2ؾ4/]K5O2ba;׺"Z[~HgWC˹ZҜ2s2rUQMѲ̎MR1UtBm$uQޢ߭˯3Kү&Ρh/sֵ![(;QhB9RnaԄ{0Y%6=6('Mwh9I.(L 5s]||iXѦ¬1),WbVIG &`<Ȩ !Y!"J,@E
nǃZdw42D#l6,K){cUxgŹM"r,˧E9{ݩ+N˸[)]Z93_֮W&)r0leg]qv$Q(πHkNp"iԪ{"XA_ie26nfYZLKlV\.MҢH5Ow;GՖRrҋˋ1C-C\Q"GgawͿ;
|}%*@Tl9Sʍp~(>!bKǧR6U$p߄~&p{]F3kHcvɃĄz-Ő}Zdcs{t
Kֶu
u؈2USNZj0/& ӑgU	zɀv]QΞ
L6arȃi0M<܊jǔ{}PvU۶+*ګ6fbw]n߬Ϭ>%}R;B+]iϱmʏnh`|'	mb?\[ЦҔ͚i/@+`Kb]IEM,7t4Ʃ̳~LԷ'$$?Mlof٪u>s¡jrȣ4
tоbO?T*kf86YXh/P6a3#mB͝˂Rh]UB}OR%8)]U&}ug0IqBp̨6QHйӢHh$)WayqrlEEZ]
%z7ozJB"U!{ymtcR"!\dڌMؿ`nbzTJZ0GpUVQ\<RP!dP@i+8L_
ŧd̓Tp55-eUYv[wEA^jNL+S7>LsJɽI'L=f)tvAsH#/jx:nξJ$[Gm=8Y%$ɗ@GJ/Ge܄@Ҳ5XvɤVS0xYv) T<`gtN)"-DR4]HD&Fz5ty7=V|\pYba$=-"7/sìq`Fֻ`H*ƾ{Q7DuwTJ\ԥ*5*O@{5͛/Fuh~_	Tq3ݟY,ͳc0`rΘ#ɝ9nUI
}Z[3aҢ$Q4B؅vоvnZI=Kъ=BYT=>BnLsWܶ ]ձ!|Ģ:!
j}x/R,Ifc|^ENϞ#ܯy	Ih[W\p*Ėag0ځp4SCl/>?ߖɫ:oמebPCs>|y	I[u
= ,&Udnѽʺu
Xb]d\9L9߱ۇOaU1ׁҬ*
?p4r^tk<F:8aqpS8W̋TV8@:ɕVl%/ρUyi-cC߸A	<MA_tNk!Q7gecź/ھ ?tn{Uq%U_C֢>uOO:k˙#/~sGoj$'7H-!5}:iʙ,O3^L^DiDD~#\PY	BK$NgНն_ºzn0`D#Ħ޷&*U,&>̥EF-=|NiPS  ǻ?s]v"17TN~z'%Zs.߉AI V!E̹
(FNܭO`={LAzx@ap(t=NLo&>\Ԓjxcaa-dpz+6#P5<r0ȁ?q7!lUQ4Ηl6=nWiǖm>
-uw[d̽v ckw.֡.2̠^E<S`ǎRأfE1vN,oG3|DR@φȬ3<6We-o\`ӵřW4eo:,+-I?$F~:!;[܇Lԑ7BZ¥Ɣɪ)qNnNګ5ް5yQy[M_9R;OjjITnvc<[V)CʞϺË8ޝr_)c@]6_,[~9Au?~8?ٕJggrq1ĒwXm@oU}
YR/'@	xT@&#I4hMQe<UXL)eЅf))ݴsL>^ohBcr؃u%-8~(ff@s,?@ƅ_7Λr~>x,5JOuʏTЋ@82߈#ؠ\0,k[vBe^jbA]Tϣt#P Fhz_nJVEMSx:v->ܗ_ӏ?zǅVۋq`21oPK(߶hu'eI,RMC]Ғ̾[2'OSo%p۱܁Qb8RGc	9%_ƨςǯN]+=׋ß1ܾzސ(Ƚw1T}@eld;DqhΖӹ/xoЬ8U`f&W7UHhl<T\֯zhfvNn"	&ւ!Gѧ*t/J60]8kġL8vPF׷b+?_ѤǤhA K+x#_v2Wy
?h:#EFۗy>H_X&ܥdE_NW+]Ϝ~&y[i[u¾<NiRɎTۀyܢ{$$Υ?V΀-5?Rolehc%0ߌ|J-@VMZ43BAö.22HمK]1kPv֓\"YAށu
bLǈ.<ם'x6A>8i!=r޾T1n'X7Il=JR
1-J+qM#o"QǏ$nǓ>g&8Iի},5TǨيV7$b	ת3?Vf=3y(0O=GmN`NvVĐKQ1+%T%Ȗ5[ r$(d"~֣ǟe	Ͷ[q4yY2e-ab#@e"PZKWc[6LZC1]`/52;Φ22C
#ańѩy°O((]&Ğтzeeʜƴeh8@83LRg\pڊ#I؄&Y=گb۶,&~c^n5SaMVsZhLuy[xǥ8>`KYԂȄ<֏4ےf$u.mwoTðmzÐ&9DbHF2o\gyf=?H	M,zڧ؂dlG;mnL_ɛ"߆EīӕGFnoި7yxޫ&\3x	^lbA5z|
!*lu(&:DVչѼףpJ~ԺʼąڟTlա`l.o/6`D͊yǜdT	xhyA\W
\Q6|~/8=~ߺ}0,CG(_';}7"ؽ@TTHO.ۇCqc]zT_,CK$n8x'}Ȱh+q!ɛ˜SC`EٲTHuH{ȅ|^s-9mM6Ki]a0r- areeÕ#Kf@1(o5&G"t܀0x;kdݖuZI$qآ(Iٹd	-vԏ4>+U͠`d#8ȱÜ6w.?]rӠF6e6=4d3evs^8Qrr,yF1FXB@yAc}@+'R
P20;n9C
j'դ1juqlr|E:{$*ے_6esw"է4hqTJخ^<ܕ"t{dHFt"ڿkMmB1$pֈckazkckoprщ;1X,|ڜ/f\%=DH]KR%	eUTҨpv`aq7εlOD"65[3ُ{-֐P˖]vv	@n2KB9>I1ɳYuN1Bǟr*߳hLGːpiS,s8H+I&<ݹRǳ|ߛ-\Jb,&4эNKj=&r\E^l78JH<h7h9c%0|fiy >ؖ7!Jtf:8ͽXe!ywݨŖ*BG&'OCI9H:Үhr_/`x ohkSa	(T7IMhz]S;0=D	#]_44*~G=4ү*?Ze8'O%Ǝ dpv!K]C~	}mF^88|OVd`˲(s=I޻S|cݛBoNm|-5!]GΜ%
MSX,*dC|r23#8!?ӽނ<k!Z$	[">+\K>x܁y#.x-Qc4:(xR{5Y*U<ӿ`Hj2{K(ENt)\l/+ήQ;*8VmTʢ1"pRc{o	h*B`IIIU[i&O%2[FJ#ΐO}~iD:i[5ՍҒuIֺ	ev$	uSMcFdPחezaĹ!~jPZӂze׳khIpV_Ċʝ:c']4b$(˅;uƠMߢzj[j\y`g!feܻ"=joSymm{qv?>ufrCcF5	,{I<ׄ~[8Ej6X@Bh\?HΛh6BF	Hzu,!elQ%
&Eyλd]g]heouiUz0C-`?X^?,"\ӭ&Yg
Ei;
aۡlCfݪ΄d3V9Ô@k?Fʝm	{I$K7+&<?cv(О%PƕMfb߃=ܓnWfO>ÛȽ9pl39͓Rg3-ǏѠhBϷtڄƆYڵP4Qϡh}RLՍڥw̠.ót!ޑ	c#Aaf)EnIҢOهM(gSjȬM9"EoCu
ɁAŚ=nG7xOɐ>}~Z)3K5ӓXrI&X%n=tR*u<V0mu)`b+,9˞f]}VW{}jPRޗ׳"űw)Ȣ9ߡNB0`q@inb!e),6l*@YusV-Ԃ`e(\aJM
L߉PX4[wlh*Kh9f@Ħ9pCВuQqޡV9֡esP13^tG2X3nb&OFlSC'X!Pxۡ"fJ>^/]׭gfqwߜe[HCxnddPr"lP%ak%eYYľBq8{QďMlz%4W$ioH{Rve_aSIE=Ӊr-thRD%.]ddȨ*@:NMۅŤ{A|?I_0/$3 Y;*ek_,rNm1#$DD|{_ٸE4i;@`Qlݿ@RHidgQ\S.Y}GMt1'Rcci	Gq=GrD	rо $SqZ14z&T8;53GAwIHvDlًJ#jtv!v^95(aަf.ح|@`~D]mM?fެiqejC1L+ZTĤ)|aji|Tȯ+.ĒG{XޥH:U3o54g+XF4at
̈kEu|C"0X^	i|ŗFS9F/t6=S~:AKX&Ɵ0^4.$:OspJE}ȓ71thaf#EW8Y;@)ڵ7`DOeC2t7Ǿ+a%;Tҏ|pI].cYIΗU`)@L!h~ɂۄ)ˡ׵2[Ȋ!И4FX1AYb7]҅ǩ)k޵~JZO.=BƇM	F="݂Y'?9:-DD/.h"\ӜgCI?p.-[Ȟ/3ZT=pU[pO,6$I{R_N]@sZ'p4\0~Vkڋq5#&rk(HL/;ʎMj}}"5B:Fb@`n]sS8?cѿrȨ^$ZKLWwО{5: ǻ0XxfUp̚Z~!֧N\U}x-V̧.1&Q Mmn{;`ja0Q2nLN0t})hvkԚɀB+FM
_i/X[ЀڶĹ<.ӌ"ţ.JM^[1Y@!% ܉aPrRgϺU?qQzPNQ>us	4<ߴdHLg&Nw$)aN|zr`d~j(ǺD))_L5>fH=+N>UhƵOxgyDMDNWǂ:`{3okd_|4vGylm%u:i94AOԵt.fЂTН)ym!{_DۚR,.	BV"s/٭P8xR=T7L)I^<צD_(0h޺_/Ze]ۼ$g[ zxU[()ڧuu[qòJ[T.s*/`?%1?Dx՝CJɣ&hA@]!S|(ϗH+o/j5IFEջYY%HX;GBFe8Oj2J:iTkZ-uܑ$˟pޣ~)ݙm.b) ғӺ?mG·vjQirgd3uDFta_YEuګ5Y'>P;mva,Uh48ӟND{K>9%
DPxoR*ǶgY'|T1/5knxWI77tiNiZaRc_YȓOpY1оEhKtoI8_1կ=:k֐zl=ܟ9R&͑R8D6	\jZbpQ6OE>֌ЙyˠTe)|j0Øcñ՛y^D=ѓr*b4$t^Wː8+\u=hY!X!!~eקa#HAǥ&E~l>v~ֲH)(yݮ\/HEeKeqE Հ"eڒm6B
HEg`t%S"x0dʡs{
$ݛY-6ɡn؅ڙH۰ȄۙuP!@0XAߟC]S
pnLޛ+__
N_x]`sF2v[6{&=k)N]cO*(!G8g7+Jk^!FyVp'2( @Jڣ\2dƥ+v6]~FC'gϖ9;!Rŏ|J\|%Bfk<ʫCf]`װlPʸy݉{bqQHז8J{56`Uե.A.2fBa/Ͱ;T1ޗeәly#'B?U;mP:Z0mG'j5}p('5"
°`ԍΌzАh|ixƆ٤|-p!
dY֛T_y&3\p-!ǢMw	uCmMNAjxe]^2omBh7eQ	U,#9Nbߍ1eNCK
[^QvxRY^E.,ĎYp(Olӣ-՟UhhO[1X>'gM-FIKR[5ZF/\iTSik!·[FB~@5!SU){3`i=YW,J5a|yO. Gn8dŁ0\}иjI6ŴzHGԘ<g~׽KVz{{)fMuȷD,Y<vǂy_{i[v`y;ߢp׫L΢UD<-)߻_s5/RΉ-vB.H2ͪK^XQbt"/c>-]ܼÉ	ΐ`n=Uߡ*: AD5XU,@߼H%݀PofqJcGȈaHVɕ$21UXs.~@cKqpTXɅ:Hsق]dLwp7$b=_$~rԁͧvڸ9ZP\Tڇ:71EiIgUC#x:_x2-jиx%`Ȳj>JP8p'}֎sOi;ӔK|K ;_|ۮIşnN˓:!ކOc:FiVzܱεaLotxF^.΁$i;<ǐd|c	[8&oRяtM.0Rޓy+O1S
ک9x0b
Ͻ̼%!rG¨ZJ(#|SXR"Es/Ï]1k$~|ƸƃXJQRp?,b){`cӴc dsճ>jՏdyѨ|\1͔L8z֜{7~zK)3^1:PAu*EswS0<uɗrL^ޘu,%(8{/)߶"(Pݨ`%WBo)CT|i&ђ݌{e	bߠ@(*?)&xzݲD'zc|sq*WG [=¬܍{qfn@X֗Ge/QU3ŭ^tƯԏ|EbkHr?rxlvڽ*CBĎ-V{Q>w:~r
H:ڵ&IqpnySݞ	U6e*7j.ma"	B·CC??W9Qrjě$5W[ѱ]!4pC}21%CuD_Ep¦eọCWLdS,ڼ#4_8*a~Զϸ_8Wt<"4-^KjA%hM<c	><ZCBǒϓ*ɟr-˻	Sp%v>Nv#|ދ$e
?|ۥL;t.fej9WT%e4q+_Moɍn@Ò?ږ#59`\6=lݼ}M5Oϣ~ @|TЬ`߾ޙN	&vz1Pib,õӐQI-ρ҆kȻ]+qQ;dZnw>ټbZlYs.)><x
]pj$%>iv'qYoK܏Q@έJY,g8%g
z$Ab!$NY@\w<Ur
ʐ=m/OK}%ѭN-ѮGZ
	&D9ÿVÌV̓G?V,tod*
ߗ`Aқt$LЙ%_?[ݮg7hv|Uلcyر*h6VKX3çN/ej?=lt,ΘrY:N7K-}gvRM<_|^G"2f}rɭKH[uFMUPMO҂bbXYF۞>u2]բ>$nvWZ-;9E11X-a)p{%^KG÷gfzU+Xi |(cQӛ8 Jي2yɍמD&hTJ5IE60ua[]s[4gGxs'dE[wYEq@ԒPM.a-e#(Mw
TZo+H^l<8Z(3љ=BFɽhd[jcrC
ePxB0ߑt)WJCkϬ^rι9:C0!ξP)J"RH:|6uiM*ePq8jW+}P%XzYԖVmAfxV 3:Nd-"DۢJ36zVW5`GLΔԭt/q ҕ1`bsZr|O?&Ĭڡ;|9܋lS0^WΗQk39^6/Qw}2/, UϡMѕ,Cd^:N}O¤ؒQT	<ӿҽw>sC7R0ս{k,ьĚxX+&]VUZ#Ԫ]`L#V(+۹.*hi^Plg6
L
UR3KQa`eAޓaD&xR#5ڦr{-031u~ҘҬ#O
VC.|Q -)=n|ljt>S7Aq[mx$^$1AFB`=sR'W):jY'ou/i#_/-_%S>;D]@w4(?p̃7>ޚ{cgnmO	Rj*r}Mbl^wAGAsB/ү
ѿgV03"E:ZRT֔5J/]&oBp!oǯ*<E֒9'i9!XT{kU[WrՔ `˧ǏIյWv,Qͮ$}hԛӅ$UpHk؇p,`	E8X_pN,KH+9i!?]M IH
ٰf}	ı?&xӣ HM; UYg:!wӫjђuvHpY#ф+o.bWB]2%"ԝm4y7Г%͵7p	L2-[w2-˺|.C_\wD])(|wv}lN+2J:kğ3e@$$ɗ!6UڄY{?سU(:	IӻNbp#\cǵXnP:&)<ʷ]r-1Gk-ܶ}DYD6Ң2]o-Ȑ5`ZziV[ʨ­GW.ÅG4~$àix1;XX{p$J,xXfZߘJD¨0LXxe6U9r43&ʊaȦ}Xp0,َFqO=ݧWWwUm{
DsғijaMXcd4ׂrݷgFźZS5`z<ĕ9#U2WiK&=CşIEƛQ"-^z
5 jj&[,h"):Q@ocܑ{t- [To09LuMK޹Bƈ&rǔ]N#gȩĵY*E&#\֭8fH5Ͼ3=UeYlb|4ם=GE`++vP|CUsã?[Mom9;QKw~:ҎXqn
މMг(̺wZkU#rehtTBgfSJiu%I;θk8{$(n&vδ>CU
ǇBvGVSЗSey@I8[q^M).56<p!1ddHÇN?KHkBtFڧ`f++3#sRJI^|TWQtjPΈj-֖{;H"u\y(,ͣjOށ;O`6MکPZuY:vOPj	j^6֋ķMtсCVyx0>:30td?l=KѨV+Q|@S"hă0LvM:Xd	̚M~RQK"Aa=S& ֲÛՑ{3̏T~ϊvez&4?ƹ.ܧw%dGkݙyMDFG^h]jȈXȈ<_[Srbsmܲ:BMʉbIe˓*24o'uǝX0UgYH_]0̪;jɪoBpi80t"c9K
`ܤLx"ߜ71v|٩b;ށw/7K}+]rdUv)qHΨr%5{k	H>{pGpzׅiY&@y	-jQGH863t'ʑwaֿ@M
H.Wa`ѓGW94:M/6BG1ӜkH3wB<-@qJKލá?-ߔ٤ҹvM9TOG3g^?߭K/*Ęx^-L=«^rhr mˤ	]Bax(ښĂ	/aXH5ơ4Kޱ%|JUӭi7iK؍dǂ}ݨu%b#~Y~׿'.zۜ+"mqEw|@6.4<o6KBQJӭ{U&Q0NPCm1ʋ{ΐ\l<x8JbԨV&ڶ/̍:%ʩ+͇"0*~D!eLi1|gD"#hnmbVLrŷeyБ8fGAx"c5%b˒.GЙ(]T/'
mʄgcx.OZlCs!2>Vf2Ib4$}Ab׋DP6B1%վqŪ0Px5`W'D\7jg	NIҬ(jQO	lb4VBL(o.CWXӴlDf1}|G(#}m	gTJ2T 4#f(?ÓÀ[[x|ز1Ueװc{N/œz{UiC[S*K$6<gm)	A[*>E}
fĿJ%4xВ$jȺkTo
^Yȵ׀4u$]ǚqlhR?a[\^[KZnS!Cb&@;Ul	zw<zI	˴|ڲkO[Y5-ur%ZD1Gc?-c1~:1Xv;+^=W~Qܒ#ԍ^innDsgaQT	ٹHC~u$f{IZ3G~Mnbب$ %ܚ~ʷe~xglY-]Ko08FM/)Gm.DKYoJ_O	Љ];"4̴e0]s=X={_F\کQv4_:pKҬlpZ99uQxUbiS`+ѯkf>`B7².f>UG5ݹCPq0Ȁ\4ʍH`NiŠÁev-ksv;0 Rz,Ee:Wui/k=vо#oaZzS-u@d
QPZ'd	߀#<Bο_&uK(/Sʮ_x%˱ǅ~R(FA70J>|R3֐hН%*BzUzY,ܣQXGr۬Wӈ֚eWP1	y*mE+?*Jɡ5cSooYg!?9]ѝX2^"pvw'p_3C̱ˇXƢcgH#TP8a3$.ї7G¦h0sqF;ޕg6ƀQoRTӕ*|:%m4$L^*Tb2vj̘{´
IZ=tk7`BI"Z~duQ}/Nb	~J1G:ƧfU,{ƘF?Ĺ[mίE({{"Cyl(bVGҭlf3FG{V4	ɻp`CI Z1:O_̗Z8Ax5y8zZ?STF4R{!x9eܠJ;?ZwR6q@4Ь̕K@_Fm	bA,COƒX|5oXk^3[pͶ!BK='|VX//~0F`Ԕz%& ~N%awF_Ho@U~U^K)\4[<ˍEǇљτ=mm|qCTd'SJSNMƔ\y]bb:ջm+q6Omh9((NN3!\0(gA!=RL1Ik.E5yrglXS$޶ȭWD,6h4F\EETvlC9Υ _Ϳ`Nup؆C3. *gG&Y#1تd؟2@NY$.,64ǗJ?ŵ2m{&i&~8I3$J)5¥`2ː37urGӎRyVwo˥nFQKL/X64l3cfVЏ7*ۓ[Nyo[fOPHܥ]~EYRJ`AJBձګ)#X:SǦ?6+*dsdDiΛPƀfTD[	ŧvSthƶ6@Cz =1[4߮t)HXn*ET1q%/xrJ<V#<_hŹ.ў׽.~̰^Srms[2%ԢqފqeWcxR6z4K[8R_%ͳ k7J@vrځbBf$9T.	id]YR%S!?6ogǏwP+KאҒv8;NU	g@`ztxWE)܇>
} z<SבFmVEPw$"ɭRSFRHŷy0
Q
PujJE%ϥ`|;EgM5܈>xTƍʒZ/X-s޲zl'Tֶ#د8m^>Tx!}ߤܾRb-lS;	Sf:P79j7\3pڼڪȉ.ҡ>gK(\#nSk+_ ݪ\2T3h b7t9WFEiJs{>uULq05VPh0Qoΰ:WDj!qoL6?aIJްCćȥت"<7Oz0/W[WR1`l&)rNsN7r;K^?_
Wܢ()xؘ-OjF2@q!>߈+vIiB$
àf>e*׬_]"'%E&cȎ||,YD_q`ytPunlsP4O%_!:$DKy>V'CsT5'ϻ-ӗ^YLckʮl4ϋЅкԤg4(Exf8|mPSV2_aTWW)(;_@dCvc#قbn7X:BqzʬS	j	:/,,`u/V86$RfbS6SrX SۣѡnxaS&:aWڑG[A]cv=?M]iw1  R̓yHbd%::{5ۆ 7ML%yS[ZʞՊbZDz2fd9Ęyv8طp"Gp;ܚ%^g8ڣp͚lث`71K}r݇ZU[+ς~	@=ͻғ1Ne4Caa&@̠?YuDE֚0I#$d
q΢CMAJT@QŘ527s'G.B2J/+:9McI7^G~fR۴/So hӬpRS3Ӏ̒x|YO[WBK;Ck{ZH~@s7uvH.1xQk>oYaOh8>vtjN>8;R{/<̢oD|t;Fܒmɖ#IrcUihkLŤgmD)->Kys0pS+mD:> HNHpdlϷx#>H40Y5n(#+
>4RvҸ.q<!Y1Ѩ@ӕL{I2wwl(WziWHxºzg-`FsߊMqniYH3iȰWoج&^p%5O^DFryNZͅhu0CDm--!ߞDǽׇ:1FL9%;a"́(F"%lu{POĆUF,}zuh}pV	zlډđ6fѾa'8}T%L1:"hg2{Ҋ6o}W2RJϭ~ֿ*Բs,uQ{BcquUNo#"VQ?TD}"4_c8e=xB37[]L@Q~O/xZ·bqȮ/~\"˖[ؑuUSaF7rbLODpҨf>n	o;[pӳUi9د5fPRҁmնndҴPVPP|Zhj/tA'P*^]&MeN	-O:?E.~lX4snt]}e ڕ>k?ܢݥuVg`vx2:0;8
ߤ\יC	-:g^{/Uw3PpZB3oӟnUiǰ'?FT"Y@Ǯ<ĽXofGOT!gʈ076hz	nrˤ/$BԹKx2B"­cj؈RZEGR&rƼ#ͺǸk^jY{H\/p	ЍP~bnRz-{o
ؽU}~$aݺ!OwZ=8)`ю!lźȽ#hۥa(xYĥÆJL{	h=)2ږ\@'dٚ^tX+iT'
c/?U-z.d	aX5<֧Ej	8R:]Gj,ni_- {?Kzх/@BܫhƘŃpXNj%C.p?tvBsbn,ӯOH$T)eNr5S84Ng	
Zr>~MoޣD8$bʃ;U^̨	c@Pg'UY]%:?."pG مCE יۭG~H{+جw>G*#~KͨO}vD߸!sH*0z_C{@-AL
ט;Bܖ;^'N+75G8Fr<^ɢ"{&VN#r-6pZ}Rɇ~eȨ1%e^v}[2i"U@Q˸Ɉ2TMf߰i^O~4%(nκ'!ךudݛ|aCH¤Wȥ^z-gРt~ZV*1*CM6b9ːIC"Cj3hmN'yN"jEAM5ޥ91"![w4p2U.Ɯi/Ok#οvyDNߎҺ!z$LteuˏߺPyմtjj\}ןi ~ҴJf@ߔLߌZ~dj2wae
25͕P:Qы&nl}fvN$,>πR8 ި[B-CF 6)k3*K»͉lNP|D˂zc(}`hr[}:7]&_Ua_![nր|Mr,^+ܮf0پ^	7WD>ÍPaϼɧmJ_uU޴xxxP\:=G[vA@V~ֶGIBy/;^\_óI"0=5Ƙ9|GțXY5	G|$\շ:6FD3Hɐ8dv,ܴl[UkVJ)j	A|V	4#(Ƞ{=DŻH8Yճ\@uf,ʕ>2WǗióz[9Ki\	cuR5)g.<s9O|"uc<2dbMDoj.-.J(_w?U|/A(xNjs,V>e&] ߢ\dü_9qT3HqST~F	S=MF(6h<{*ݼK]+#ؾ=XdtԛWqo:b{f	1Ґf/S'"[/H<5CPHjB[8yqqďv|foF&:nQ(2wtܼPs}^/ qR8g>j'qj_~9À*u#Yv@xّNl;oh'G3ΨTfո,ap'R=QiBDl$?n\^w{VVLO /dWvoj`z0/+ӈtρk	œFŚmeοQJ]*57!b&`1GXѳ;آ\_56q$˺M5	*:	;/C%7Ӓo<_!HVY
~
7C1ḱۇwiο#b:j,|WWlii4e5!*D
5kb]sƂ=%+s8w-+e::Eߡ$n9x#rHڐq2v@4Ъގ\˱fvt?TOAn·F1wxSGsT%]	
gi&*%DSb3^_ͺmBaX3hdS2;V$JݎnLkI&/B:pM0:^fݴքlB1!&o?kovLڿCĠj	=&2vxơh!pI}*sd8,Sc$\2'ǥ[ <Acz;,+p@
::}.td_Jkj?=ttǊFXzӕ(`7E`\?u	HfYgǑ{~WC".i-&mΓЎGޚT]II^V3I>B#Vev¢qq.ȉiLԌDK/f͂I4zn̏ardݷ*DwݶF*<1pهHZ˘8Z_k8@P8vxE(wծ^a nyB׫m+_cyzn݋G9ڠ(lJ8ݐOVG&мc.
&DNY1E#~K٦DKG+$;^{SZyTpϹ۱H)?j--ߝ	20-Vu6TJYd	Ax_kuӚU!W+)JѢ+3d/ՉRtrǴ[`m_D7+6}ܲЊym~"Xm߯ѥl?-bScUd\p]=038RoyM@0oFes$@ 3c/~ѓrw˗M+iݝߺA2vjߡ+"r>_GaVпFGĀ1+H`|۩ʰ`Pm%s_M6s)Jjd|$PrxBr>q{.2@A#:αf(ǣ:^<x;4jZC`dq T:Ju,s6O'Ǎ\Ɗ:^%hTv;=>ClBqSkٞɏ-,eo+$+gZ7GGҜiTǊ.?Zzϸ߽I-#Q!?g|.2voQKAR6 +͂PXƒԴF$8ٿEU% }ӭW`c9guЉvJ!-CE5#@gEY@tx.h5:qxȄ&uc{ȭQsOnd֐-[ʗ\,<?*R|w-v%Ɗ݆mM|`N˸"rJEBioĮsEگ]'%	5qAipՓ²Q֘"TPҭoc
-`t~AswdXCir-IFYI)׀Lҵw]κ[$\x3Β5.nw/֫-_Y0SΘ<MZ43P|Vތw>*g#FͰ*EߒZ̎BOsfπ-\'O).Sh ˟֠ԅuI$ހV0j@Y^,GxWIy	"Gko $-Ta~kح7ѷt
FƓI$:NBXʗ_1IV!	Ƣ4,яʘF%nZr"UC/xOUҞӷYc_JBLYQAyΫkJYK'wJ]׺w6,|ãhaيzmM4U[Q4t.d[bVXӵFr|rY!.:*@ʂ5*,Z8\<x̼g^Q<);!$
lBɡaBV.^J-G3=q@oP!z546sud *tl"PFFȡ,a&`4z3wWUB@KX4x0$	Ca3o`6UOI{*,8Ii]7єOlQK:גEbk(0<8ߤ]Ͼ~=4BL1fIđ@ȆWO~bϑ*`#[Qe̶H֕v
c-J._ņz;#Սa|'R\>[<BR;i* YU+O'3oKٲҢ+>iQ{	ơg+_uԠժ/VV6(&p2Z$u3"O!md	h9پ@.TrՔ4W
֪RW8{		ğpwʬMe9ZY>^̳C$&ٟY5IH_u>mH7ݤɎZ8!>Է:
*lZVy\ޅH&rI$ޜm2S ݠ6%3vL'}`Qb/dY[TQ.֠9ו`{8/jqVF^ϸL[s¶OܕAjƊjeO̽t²!}^zͰtX܉.*R! ׌!=<w\;AU8IIlz̂wr&1cK{%3g¨W24̭~Bc*XY3ǔbِYpf.kC#&:MYVA*-8-^Yn+ъI:ʇt/'ifn6_uȱUȘ͊C9پQ&rYU+LoܮKD}z9Ecͼ>\	=ڼߚl=Iyǣ#dxS~yi`v]&f&:m#k49ڸY)f-wëL,'pr!	ўC5YoT6׸؁8t|qKk6XC[ACc-K`~9i#+2
vRf{-6XvRiG51 >m;){7jIo &iKy&IK62F-d1Ovyٟm4Њ>:xޥ7$LRp[ңoW6Ad bSxtcO""4̚7z+Js!F#7ÓۥVެ^\ƙdg9ՌiFnt;_>!G^$Ft9H®L@QDxi{p6ml@EN<A+'{Lkspw|	>n/ͷr}s`!GɁq0MNǒ;څ@3!ۃEL%;h+?Κ	Wsf?*5lJfrҭ{ZvPǁ\2B	JUF1Q@6"'غ^b0̛zc9Ge$u=T3d_Î@zNllDθYo|8(H@ΎbqT4O,AئJgr]O˩֒lƀZbz7&B?$"b	Ǵ pW$(m]ot}Ӥ^Ti%DTGt2G7%|RZKՂiGE[	ҹo1Uڗfˆq@۠z8pKi5۵ڲˤZU&H4Bn:4UԘrըR׷u+Ǣ6XUVCs7	`Ц5ۈߤS\r;A	ԥx^
oQFltaXZ|bFv:UMX(XsP4=Up)gXBD(	1Fy}b²[f7܃d֣؉GH۔KOQB}oh!M4qzB[l2Є1߀S"S2,J]M[˿,[]]c3ëfد݇Ti#?Lyk\4`,	גQ;"t:s+vÊ4>ݠ[q?#Te%åPҢ5%A^ȱ.a-ZԴ4k:ΞvgЃѮQUǩZ0_?gڲ*Pi<{ܵ]@΄Jo8$eB99$_*wgi6gPŏǇ/fE#%:!p?RՐօEڮdsxdX7Z-}ߴe0ˉW&ݶx 5	HʤGLyZªfϔH#N^TS0 iلb-($RPݴ/*8[`~f_;[ˮ<ȘޡE1U/5^*gY-i{)ț[lϖh?dc f%ō#vطj/j/,P
_GzDKs;Ւq^GJܨRp0f^_i#@Mt.֧wc\ c+	(°	]wOKg",4d@J̄>$U'&?QΌ&MB+GFdwN@wNaC׭+
ܨĩ18r#X#kSpҖeM?rA
NK6+ܭŘAD/9Nc$v2|X}}T'|;(
ʉneǯ]׌b̞>uftS,5ԄޥJAL'S̜pxszEm1NIah=*
,%3l2ZY%KȗDQz̗B@+ފ=VD3j	SoʡZG N@ќ~qlbVɅJtk5FJvgPU_x]?*ì:m,Ez>I>}Dj~#:(|F.(1Jq[@mޘv9Tg62:	eEQQ@S%-D')T5Ra}ٗREY+ԦC)	WPCTtO1PEd;Rv[Ui_b(-HU.߹f՘4yLA}?#i9fa=ؕŋE2iHߨn*r˭+p>\&քU"+Ikpq#a:ٛn[8mnc+
kΈ-;Y
m5 }I|:ՙΘ;$ɠґ7éj\ fFV6R=eE[\#wߔORgd^VۘR{P| 4>7(|=Kҳ#Ӱ3RL{o)z_eS1MkY\M ZFҤ0j@LF-0gHQ>rҌsF3H%1Widў9;)H,	Wcdż1xM9qQ,:|Urc_zu%6{Û$gO)hzKZL/YX˷$נrd]gn}\\t2nn7!*2ޑzc{kѠ݀ټcsGNBO$<ߢ':TZ%WɰΕ[o|c]!ER^Z.Uf/S_EEaj?Oyd̼/n?C: pva40>BHLb[Xr|UGp2Kw̬"j5f4 _mKZ6r̯hŜyΧ@Ë22ݞ//zg.RAdpE6Bviy7ZħD˘b)3<ױ|fq-Kσ5Bh{/e>t#dע{aiGlrx[Yӯ?PqZE6>3eMW%a%&3?r	Ru.L|p"E?"a7׸ʐxHPNLmUђz);֜%,w*cPoT<zEC{i}ַ\Wp8P73l@8v4`ȠV.:T`Әp}/#pdj\?\-.ED(ӘQTػ]lҊIN@ ,L%}vOͷr,(u˛a܁"	&sUL:+9G˒XG<M8ގ´~T\bUvv)egQ@Խ,KY'n#\+YVIݘ'a8LE^M,Kiu)oZݚr.Ûy+$ܓhl.q>'"ūDw9Ԗ^f06&ˬ#ZebSV~<PJIу8o=$ٯ#,v(`-a]1#@$6	CZPӠҵ͆'J>MN^՛˿tѯڂpFbnTơFP3q:9}/C,LtܙҬ0!(Ƀn:YYBUy#,E8DޓUFַ=WM#]M}8B0ΡHA,dm;؅ߐ&ǻ`@DΕ{W98Tʭ$rXS4'fmQG!
z8_K*H[62%!',./X;na
=F?C+ujWXo2{
JY!kfR6x)}?ћ08X޼-VFg΢v59֝4̧VOUҍOwuGJW^J!3W7'GygӰѹ({D`Ve{ԽUBE}_%+,O+;b-ՈT*I-xo)`d<'bƫ[Ĝ/^&m$iYsmJ2c56mЛT!(>چ7ϷH@#ThXܕ 6498cb'NF0sW1&>y@)kbAk0Ď؂'Vf,O2,Aqb0m8~Nf7ª{ـGX[T]M7۫{JǨ+оKs:RŽ
^+ARJʮЪ{l[rY̜yrrfoJ1sʨ)t(֭ln%O?z.1ޘʐR:fy4L<ۓ]
)N[Ι[jsG/~@׺_DӳgHt*5]|ܡpIISIȂ.qanѰ.1	"Ji6p½Y^(K@PJ.9Iqܳ{^ysI=k%WRZ;BP9;wm(&V"PgcFǺ̜wEhD@]zPګh_d>ݙWsݳyC&kI_Ӻ73m@d`E5V>ŭDX݆Y2%Ƽ̬:$l:5*͵:2>ުǀ=m٤ͥp`
?cCJ&HZd}иPblRgttB}ɩm1:^3yEp-ʞ8q)2D[?:GNKSJ03Mb͗([)&АI^MU̒ǏBy\j2$4(ϷTc=˙}4E_Rɣ7(̀$fzy;ͰK-~jGLڹ&2̱d{9&N-S18&M(/U?bopl(!lhțgGNerIZK@4Qьa
Ԛ`836=؛3k 7hKMm<ӵ]oMK޿&23щ~Z#zi'#5aڤXs޾̛;&Xۣ$kk~tLW¨iG֞^N`bJ8%I`<6݂e;^0(%%GBθmoҫj}A2
{=GHLg__5l7<IqڶrˊP@>y *hP;=.T!Lٷ#ϗӃ]>sEIq,n?fn r#>@iy޼$a':a>W:<ٛ{G7zrDc$dMAnw̻+W4jr.=**K݊ǠAaJ<H|ޤL}b'>Aft]ȿ1PzVU>g~.plzÔ`'sUrHΑi$s-e_-ݤ]h[RdPZZƏfW߱ɓܝS`(A!.oyU<pDr15JWkCbUe9;	J.kM	[[J:-M@&#ՔxŖq=<!<j-@D\:Ίܙy8DnULz?ȴ_^o]qO3aMIfqbK05JM֝`q4nbO6%`*v:Ogj8dL˴nQܶ7"FUmӭaHo0&r59	گ8jCeku&aջޯpK`W?@\[bˇn3'u=7+<7Y{V{A\.ߒTԞ26Bb~Zzknӗ50:!JŔC9׾VWnFɧ!ҏ;w!.Ez-5-ΨEVQk	J|"UNhJ<h@^ӖwS5r|g7eӊbæV(-hDje.%fL@g~y%*UVy]'9ױζ
^~UffESUkږWտWY3_BSe#svV>ߟCq"*ɺn׼|y +LG¸ɟPT[Ҙ?$U\kAXcAG2Z:BD@{h@Q6	r{T3#x0h}MBJ=qB"f&]]bOrAULљG^UU"P'[8`:!P'хuҘLjSD^1#%Ђ[\ϳQNR#{3_"vXxddŀN!@t@Lw63Zts,e0Oy`.S1ax-60QDׄu'F3.݁ϕWWljɁ5QSλ+<GFɏvvySk0NQIt:y:C/MN9bjM|pS1ϔʋ5?V?ӁD(ު+	u6G"r#te_!׶woP\wŢ]H#6e4_h/đ"ȚYiΝpQTvŇ?}x11}s#k_ՙ¾cϞE<̃iaDN;*1ª@,`!ܽ-MɷC`ˠ+HaE:]P5ǏخM#;ӧYGdzD>}LBM!;QT#qMUO.9-?Dċ+Գ/wg0>jM6ɗ)1I`ȻF	|f>92Z%,nSSgD.	1ŚƤ9VdZ2\ėܣyD@)ќ#.L_~0pr:"fb/tFȶmtkѿ|ݒ.>kc#tߦɰk3YLjGu{*i9JoۿhVګ^būOg9tzlR~̵(L[t@Tpʱ:9KdkEC̶iA6зpJsȣ=y-L](`mVshΣ>v=5x(LW3R-38n׷%w\BdRG>d=Rq|13$ #ŧxo|sCmIit4v.	\u$",3ov
U9+]dBC_UyJΊ֏5QC5VQ@a"Ȃ6^o~?,Pt2E[E.sێ"}HCvgD2FYh~hRɺmЉ?/}w><D[	3ct]\CH]/_Y]5ӊϽ@ɦzkcb͒!g`a}QڶH61o_{eqWȞ#(^K%J+ejseQo#	!џ8g?W;e_s)m|T<FLh0kbT@LOqcm!
Yec&j$2Jx?<P5g.â.FgpwCr:=\~-I[l:@%PɩW}136?ɡvռ/ܳ;;5>T5ݪ#z5LƝS£Qk
յ$Ss$"<sW8oK*{/3><L6$3ܔ3]
5u e<yרE	ș/Y%rxߤS}
!Sɖ!$܇kt;<g Ш9=@z÷`L>_Kif"H~JϔnXAǩ6HZhɔA۷6|ǘ{|64¤Ҋt':o`gY{nnӸnHJK`z9,Q>ƫ`"OlRȘ%|/e:!*\8ڣ};v$ӭ1u5uU'8C]uI=_0bqy
'h~\_d.B07)ƕbjzE01@]OZqdvUŝ9zYwCӹ<ӂFz&4lVouCsK B""@hIA ls:(BGܛ	ѽY?Oɏw)#0m^MX0.T5wwϭ^
6z(pi_C|T,KnMw(ԢHepfBw^<qv?xCU<rgYjeޣجG܄A=9\%~`A7*q?9/^?<6Ƴ| r͸5HW0Jj{1IĄ
koF9Jz(V%-z4EImՂjb)-U@yItԊ[7sazGiN)Cw:jkt ;~S2޳ӝ:| &_:|Ы|G&Mބ9Dxa3wɜ7Q&FfF:/hmffόӑe$A>b';YV~ʕ:Y1?̛/Nh]nF]^y]٤xB?DA(_'ƢRnn޴d}ȱ:3j7.Hf|r38ͻ'~.tYpAbŖ~z٫@
u\}v;[an	2@B!_Ft̳uo\͏~hnl}AJV	S8ΩWpkvwuA]tu.|T<ڐI6%j.bl8lVXoKd}4ْg?H"BEHe?H3Rڸԑq4zԎI^Hh2%W0}q5	}G*үVϝ޳(0|#Jןɚes%Ž buͤqW6,֟̀ѨaW6cִ%)kkѫ9FT	E48/Ӯځ!7?GI&Pn4O1Tg{TFcT,0ܠKlǡ՘{W~9lL~ߍQ{Sm8QlOoحީDT~Nd΍bgBEϤvK[:ŀ%%6KZȂݓ0S	rԼ,0> `Fcu<sJ7.8'la{P)҃Jq>&ٜF@\,[5nŀD5}_Qa15"WT*7=48p w`-,"ZT~EF8C8|J,R<[RG|xDem9VΒL,!2+sCшx#Jg2D8"0d_U*fQ.êП\iўiG#|I@!g#!eEδ2CuBg2fAY=;ƮcpEO*E.>pkO}A˨¶Y?~!_aKzʹn1˭TznWn;v"XvNGK1}vKz-TR Zv%Ȑ~ue-os=}N'^$+evFyʦ&RB˥,'INitA̜ڑ`P6Ѳ	ct^k(F_ZҕU>ŪTG%	?*@o>2;c.J>BScصBB+5(.ߴrZ&Z_Koܫ4tRzΰ^4:}Ŷ0ِۮpH`_	.&~9vj׊$4T^яΝ36f.ͧH׈q.[[LC3*Z*-џ-mǃZ#F0[GY	Cwj;!S:L>^^ð )B/<a$kX@|wGug؝n?ۖQZs>S*i-K?K<v̼!Ӗ16U-
LqiJj23͢n^Guqa*gr
Kܺ"6G2.6ޢbCfmS,+VW3r&+fѝksŭeu$qrt},L2Û_ĝ9	`)$]T˗ct!оXP@0NW|]:2lwߞd$6Rx1Raa0kׯ&Kz~wiػyѿQ#(¢8Lx@/U9$|fXvG#c%uQkXu:0s#07A|fG_ΐ:َDVY+Բ8i2ޗ7Zb|k(ǡ?ב+`N/:e+G]]!|\&ՔAi!/Ԁ#pZD(p"X;S*_"
Ŝ;d-x,84efU\wã.pq%g*:׼5~I_!U}N^T|*-c_jtf*3*}TPO7}:;}Ǟ7˸)՞JXm84ʭ5`&y{Xj}z3פ<׫(pxު7]]A*ZV\0-lqفnCg'z<|fَAtaLyF%cה#b~x8$aU{Iœ-YAKðӿxi_d6~q[Ga̡/%\Fjv$׻lVM1HPɰ~R=*)x}\8l*p?sYD5p~.YYܶ)WnѨxB4v2ܙ¬?Z֖nhN/i`8Z6%>v?}YƟm[أs$|<MbQRn1W"@3;xsG5qJt{l0ϥ}j&{Tu%Y&z"ʇPxs5*$&Nw?-U|yHX_waFz0dbqLuR?R<
t> QbՒ#>sH	d"I]F$vS߭e2,:"yyhW\v{MLo!1,|RGה}hY;H?``YNL%G܆"/cԦ,p3,̂;̘@yYYա<7R0fW0^C@-Q:-Gg^Z˼P/iG(Vߣ_T&w'zPوǽHk*!سmlR9|\#3J;UaBٚ78H[KNV{qdf[!Rѕ̛_|Ă+"Lk2,lmCV@~LگYr0j,diY=տ5b^ݞHhpW>;QvNN,)95mI>j	$0Uά(evo
iw8tOgIAkщSjMV_
~7Q0y}(}f1M@x۫gyکOd]F׿ {s#AWbXnܡ5ę,۱@ʘp8<OGtN-dL3CIOntܗN{)>J)ԫEJD(ix}$M`EIȯ{߄(Z؄z7{׍sJQ$z&,By![SMɒcŮ7:\Bװ]i	hq@o-FRYѣp4Gb~LhUlYTԵkĒ0gd[zգPyҋgd:}mS'{QpskC4/&zzʯ4.9zK"FC{m[hE~?ץpՅc
mcoMH
^|ydڰb(SVW-v,ߍVů+_()|rɈTsIP,@2@h@!
;ϕoWZϔ(Ȳ̓4lijiTEdHH0έ@p2Dۤ:""6<4^K-p:gg!4SE(yގ<׺gD:-13Ebʂ_¸w1`_as4Ub̹EKT*R8zJ~puw)ўa\۽[ _B,W;S\EuSDMUM̃dռā1	8,+-bLk`qJcVX T|c'ٽvlyMBu}9X}ےH1o':nxcx:2g?3wy{9K ZƲu39̵~L"7;RonlLdԒ*jfw%,-wn{qaNi[2ΆI"ҙSJ	@ 53[N#/\E+&afە%xͺӁͰpL*\	v#`:lhwPxD&ZG;\oLf[Ed#;hDb1?=xz܉)ҷjw~k$RCSʐhȵ3#k[Ԍ(γєf4LL?k&ل2Û̝zє!`!խm>ckñ{Wo-N'eRմi[i2bRڀ>w,l@ɤ{FmBhoKrZ< 8k;ҧZwqht9d.Q9BKu8L\|*V.է|¢Y <i"s,QlE˙]]]P09Yo/Ovns"ki2h	(Hֲ0Ǧ3eiy6Fp2Tp\G%ѭǏLzs!ɴܐ(/2r/9`i?xSC=X/<aXRČCz	8^kGn=Ĺ{$4A޻BƏ"LSETwaa3eZYĉ;GdSCg96܅wu/Ҡ֭Iϔ'Bb0VVOKpYU7>؆ZW1GZI˚k4GFhn+sL+Ï)O[WϺG51Yq!b6)e
)bIh{χAg;	W
ơY@=^8*D`}Fyۂڻ:&Anm5[,#Dл4fd(2Qu"Ì~MYĚ]SIB0[E}liBhsδ=ߏʯe2ۑl(п<pȱցĨ:p@sGک߷G(7=܆[8%qNp?ϣ]Ƀ9JEADw.*>ТbJҽxG٠՘[Mh$Y	)Aoۘ)	dUp3xv>q1AD1bu:P\lam	dϾ{yvM[kRf3vBv	SKOqqd/؂bz?{"w-;б s=#ɶÐ:73ǔ;tūҚZyk.!v˗ @4GhP?'o
,nJ'؋hk'3ܔŃG	B$e>~ܠ=U
~pGMd[<Um:z*._HR+|Eo_wV4O6~#hɮW|" Ǟ_7 vqʍUӲo­0"&Ŗ{;ܰV|ɵVF)9&ŹBȔL֨2¶0D%}Kx$'h=.Ug[659ܣZ>zgO}Wr3(tO)1FC67KF,3ͣP+Vhy¾%m9Ջpx׋{Rs+$/wcUn096{(?dmodƎuy>8:ϓ2G GǇ!ӫ$G/y_oB	IR!чDRc.yԔwԌDU>[^'mFrHht՚QZC5/``Ŷ\Q/׼#n)՜:[u@@]iz?{XT^+Ϛ1nt7:x̸lb*0AۿmYk<Ftܴ۳;_Rx~kuޏ֍\׀:.5;
W{=UیxMCYVc|/!NF Qe	4ewhWo:EИ]5N֟r]*
Ӟ8?ntˮAQt}z*̡ib9ցJCͩQpnծtG/ڼPؒe
HمmA9(mZJ_4cXvmrnq_ELVhobDqWc'	 >ٸvQڐd£Ifֲ=jo~vNr΍[fM¹܍zvTnǎU4usIm	[BNkCqyݩ-DQDm/Eӥ6>[ʗ߈
b`PXQOݴ{"{xXH	*rɲ4~̧`R`̨`T	dopk_1{G-ȰQ(&tO8	t@^GTC'P\-5Hn۸8ŉ@5Wj<m/L)9E"R)o^x|e$A;TƗ*Ⱦ8Pf~eQ.%Y"X܉|OԠOQb+QeI8ң9k3'{gWEPo]I
҂#ǲA"+=Cw#@!1i&
8ʭaC\vNZxVʌwa9xUa5j1#?CۿII!R[,uY7=~=څ\jlKIĕEJ2ܙRHD1 N?ں|%C<o168d7Ӗz֊M-f]"Tlxlw#Qd4DؼJ8Zimr	&'7RlD)Yg1qޣϗUUw˛\XҬFnMv'rd@8%[;ѹۣڭ{M}>U(T$-ګӁuf.L5i4U*:gMXwOe'$IX'GΚءSvW?>cҴ#/:ɢG#!d܀W<(@X6MKJF^ougyc{QZop?t=_xĤ	[CPATvF$$CTg#n9*R?6/&WiRBU.QyQ J]e >7OaRo(yXk_yBxfԻYqP"k!qp5UjdaID$zcjCEU3.®Nwն*~2BtKbr$BΠ{OؕL!d1a
9ړ7zIИ;vҸo:Txmï<M`Ƞ4vP!MghaCy2Ro"\I!2H^(9L[dA=SJ?Q,|T:SA-ßʑ	x#H8ΥSU1=I=':>aC{O&qdi!ZBk/0zՓԬE>y>T#q@]Z$-<w4ъ`kj:nh=Һh[[w,E=a'hwF(|{Mb|UqE6bT{(GMs{cw3IuiؙƬou>#V8qM2ˀٚo4<xWgBϔ^Y){-B@)B_?&-*v(hl|h*Oud%ǼA*yM^
E1Rzu-usʳqX4bK6ޕlݰ*\R	;1H[Cmݒ}ׄXǗ*r@nKh2hx.G0D}Dyc[uC[uhџC#ɰݏhxuPH>/r8(iwkhH|*	g3Ndi@=T4Ymqݜfsp9ٝT(E!̈
ǳ@N`&>*S(0f
nǋҠ|#h_#MpC^m&T[q>nWϹ7q@ָK bّۖ@[yAD]A>3iclO܋kZ+fC-ۉ%kE@C9o<(`XdeN#ѻLfة=C%-`jğĩm*޷DV!!El޿kW%*2e߱؆J~bv)80 ;LҐK66޲±k_pTWe|(Ȱ4lJbKos1 iRZӘҰO}Wf}ՐI+>92zLțXKիRZZzشNZ;AEzhwH;sE,q[hKMY*u%gwӗsHn[tQ{"uIr~G Ga{],^Ed2Mu,LF'H0ޢ҂qfqIı*:ӷahoDQc2RFʇ d)ϡu:[.ÈtzroSx$ySg@u$v}A;;x"ncnz^`ӟ,"?2]$iJD%#	Ѳҗ{5@UcC6<44/@W0U5ýV;Y:vX8߼Ud
6*?UQ>Fo7>6Ko2F:u REµ̊2,t27i!؈fE+ǖNi$cm_הfZ15}neLʙt2kƎF`BTu85jټv{Vړ~=PKskLBw?0_wJfDݣFK`{yks#eZ\!?f:ϧx%s?t	J~ҫz*$=\	A[9o
ւm:,<?l°c;w9Lv&uqG)*VRW2cߊ%]MQ>(Vӓ;Imwg,|E/>~s1(o* {ZE1ZzMSdAX͈EY<U% #^rO?_гbYe+dYrtξucb4K_l-Ӣxd+ߖDؚ2#׆'4]&CZ<8ad,bC1>VC|[Cɝ5UXނc9l+XGEƘ4Te(Gǿ֫Oue9Oy
%gl-\+u{ΚRFַ7LKbpXptW}sqhèvNH%ګY	$0cXL
-8"hn/Uz[v.;W7'DDSP!*}$ivuLJ0~<5`O6{ai{lpEo8zT]+P0ek'0oc#l\c;	(t(%}mcm#w{	tDwOњJ*:7͛nXuM_.3=@oƖ|{L&FT-:a]jhԴ'3TMzQߏR |_Ad!n2)Ad
o/Y]Yg:}4#űߓm{qz{3ֶoo4N[LxOstxO6JY\#1kw
AKR$t
LU}4ŕՊ+/`,`{^{IoBudNc0fm*IIb̈Ҟe6}kjÛvd߉kXʠ/MzK`v}#vjiTLl
\Qc chU~ u҈-	V<P~2ig:roUP@FތXJyCUM!}.V2/mWФcw-.7kQfd#iyѹ^]ސ5<Qi.׬JjC
:Bj(:8;*Ea;	WXdͷTvջMT_3ө3L[v"$QA4WzܛU8c-4%6
&Lpub^d˷wi.KpOGhi0NG*j}ۋMƹ8ѺΓ<Z:դ+**C_9KVu̥5$:{3_:Ws)ݠ%;8m(Cףq˻0$F	*Ў4@SrREJҐ?V?;{oUכ/&mIj~Rt>MFbDMF,rҟߒL)6f/-H͏cf7c@^/ZSͬ"~ηB+=֨(HߠblBM՛b[ɞ=K8:0ofr7BP!

#/yi$sƴ=4H6KԻw<xmS+5HM*׋3|`8[ՠ`.;ƪ2 ңC}J;GQ6>*DxbQ ;_yT#_SĨ-&ΙI(+ߊهpN'"b;"?F֎$N)RًMK,.F>%1+W/]rqQ-\x~Yq5.{PVa|a'}Yg;}^KX/Q!KS;D?pT ٴ%NIs̡?X6Yҳ=X#g}poqq:z$Q^gyg-lo+#hF-odfKvO#\ ;y);ChDժޢ0L^Z=!UcΚzKpĔgj?|^;2O/ų EutݢGłN~x?,uj3n{qq4g<Cm <gԬ0sݽ=tK[
Ņ`9FȆ*h54\ҾJB>7զ<mcNHk/ >dӚ*0ߞ>3zƜE^qKlxE'
syCеC ̌bQS`yҘ%%WZ SIKãs<Q?sNZZn/dK+zޅzz63Ve_J	4:Rh?'XsM.Y"DMN7l9<:W'X18ד\ї]yBn7v$^^z] G1ۮPK;f;FŋF܅M@O[>2fh'6G"@t!Ɯ5F-1)(jY_c8&ӒƗM8CMe[յ
N^E^1|Å>}Өwuv,
g+lS,&gǄ=pau͛VV=b{&!h/`Ns=R8|1!fTq&O[ƥLy2:a9YnOƌN ݨ[~
`J]͙KU3QL-z&*(wU|Vl_
/M2]x mT"ހCGĥy`"s9MRS9=kgU.ϖ|IQWk_EKg_CFuo.)3?ؔ*lǹQTǹ*k{'ΜX[5h:&Q0Q-ܰvCyrUKq>ZsMŁM;@({1ۑԉbQ/VӁ@Vn>o}WSg$p|ԇeá.>[w$p9M-u\ViQŠ<I`q^:m;}mzh#DkciSޑ"o=ccO7gALy
̣=m˼ܱ"̲pp^u)zm®M7*@ۭsr`'ԴY 3\v,$?Wld$ 8xfo-t-7hxj"S
~GHOV_ĘԏL|}17+|zۨD};N'Fc@́|xJXzO_
mn84bnf̢ܥ.IԀSqiآ2swnYbe'a $v.D1/LibkZJߘI)ùtDԣ[@/T>)TX{H)s@Yntϩ@<ܘ{w8ժVŔ؞b:AˎtЖ
!$ʀgĪ	"?=lK]SW)U=r)nE*f$Wk9Ud\0לQީ'K-L"e?ϾPT*VI]z)"ǾST1GEfWZ$\1CLВ{Q'Q(ߏy`J~˅`4<9{QtG|<	bm)N;{*8=>^۷o˷gSӇ&^{(C$ٟSa5.W'~
{>_jfsraIsStInԒP&O\ħ#(8v4Fg,CU^\T3f3G0F->!2HapOD4^ϒѴzNt3Ӕ*XeoL.6ӇNO&%Yk'sGO\U	I&06tB66׿hHx
Wv%adK"mxB.1˔,,PY$bcY˭[P`,y\|ҤqÝln#f~;8!d۝#44B	[ 	MG*YZD'e2ۜ"(''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24906)))
