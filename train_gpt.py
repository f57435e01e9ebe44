import brotli
n=a=0;b=1
for c in r'''M$!lA#PIXQnm{ǝ&qT
_akgGȢ(beizƖE~bͼ8[EۍӨ#A~`Bb˶cđnNQ$NMF9\+d%bNO<%}<az7;`tW60͇i[LX~xudtFhxgr$V3 _7IG>T,GE;2ќ7i=61h,,,M_~@K3P'aKٮűLQ_RF_Geǽ]{w˫ACJvGpN%гbc?rׄnҀP*7
q˭w jF<Pb-F=x/]T3D}ߖFقőE
]7L^P1ond3kVomZÚ>2l߀5^U46k`^ޒn̓FƳd]D"ɧCt{D-8j2:|E؏Oq1Uk0ʦ1ml,-'	A6ݒsy@K\3^
fOVFlTNnrW9{nΤ;z(4ا-jOaFJrƚuwՌle
s0nzl0o~*Cd`#/FB'Hco%r0f`Oh 3wu< $݈"W">J1GŁr13Eu9. dmqrj~<u@V!uV@,~\uߞ1W +>%cπjWU{A5#!(VȽcWtZ\#-R3R0Igt̯bg`hjGچ y|0\=pTlGQ]{ka#sǘګW6M܇A+9UHMee5{Zy7H=P0xg,49B l]G1.͘?Ʋ/(?ltuE enE(Ѥ?mc·ڄ^Väju1˖p4`ӗ^No>_tmIy(EcnȢ9V2v>pyϟ=3reYŏ|r+tM Wc2SL.VؐaGg]S;t?3TS#Wa`ҠL{ƁYh@ZÚ5m,ȿAmlX&bF;E=nZ>_LdHyұ%נ9.>|o2HFYP̼Z!y5cYL8k6r%o%Q5*5AʭӜ:LF~En|O;U9l&ŏxx?UsDݭߛXaD0N>#Ϲl#ipl[׾=cQˁ
k
@LGs*Sa6Eo8>G'!ll+5/gg0c	%nwcA*ځ.],4HZTv$Ϊb>tg!uM?Thɡ]+-&ۃհ3g[hGU_kڮvRu%<5OҤޱ Ύ(tPc1Кq?ј}MR$ť/v([3->k;r{
mG3!^ȕro|1;Q	6h7<|D1bh
YSm94L@JATv;e6uy֗vyL2;wmnc3{MwZÌ-^EB
yڧp;aH@ÑK2aHp43]G`9-~qy$<q(HǳxKAgxJj|, dl~\(7{v-38eUga%1@k_Bؚ8f84%\]T
'4H zJ='-tMk',B1ߛxCUHkHbB2d(. 7NчUbx̋gJpU)OTʆ.'<W6eGlQrg67CDNk<Jvʫ-tF!%8O۟M_6G m$R%h9u`E2ϝϭG|=$߬qC͉zHbv]?(VI(#F[8w|$}hћ	/2<eRT؆]X4RT-ګ@?HM7)0i]\y!e4ҶY?Ba˥ {Tו&E˵D'YҀeġ|QE!QY8U=;eݺG??XwSA`˞w",jr	_4+^/jWvƭpy|؇hK?=p_r7tRDK\?q9A,e>.|<[ 8C%h{Fu:
Ms[3ɓ;uwg`Ϛ]GkS46"	Ȃ/&BEeA&r1MzTIӊ8SbNL0
[@#}ș~|4MZ+=:}/GkӶ]DYA¼A2Ć74hP$c^Jd0utώz?\'lEPS@bdեcUhPLt,Y#_^KroOFc*yѲ.@Oʋ[.El,*W,8rT#`ɢ	qec8VBLUtg3mWUݧa<_α5APFmH)WFZY%y|qG>&fY!:pSvONīEN0ert'bוD5XdT?2ԀB7c9ǳ1udH˛>3t/nOfB؏.2+֩RZ*/3߷шӺıe'ބko{ϓwkW#(t\pJ1L?,N6&a$X;τ,B>YgC	)81te`r%%x`PGLXBIFd"Qmn(h9n6SgQ2[ʞ:u*ɶ.B8K\UZ&bkޖds~mz
#Gz37y;=]uxoâjxP
ݏi۽Ҍ:ۧĢ]mAVҞFW Ȑ`ud?<]EJ.\̀A#TZ?,W' v"<+,.W./SVܝh]gXKBP[MuٷWNrnF\a|A2T33OYBbSͧ?{rޤa95.k`VVVsNJTJwLȩ|:`JEó>ؗ+v\^QPkb́]jI-܎[tb%m>߫C4?5̆H
f0&DgX8K% >2]`֋^kDvYZ:^]E	L 3iqQ22@q<( Ti7uC:@nSOMӷshsSI׆biX7̙(%8(psRam"|Eĉ]=s#.@a,MΛUye
\F,kYNN9fˊЀFiR/D]͹Ikο:Noeq-E,6gKҽ}z>TbGqj_h±7&HrQEzܳo~OD
ՀQD5@0g!\e)|7-Ů`k}o֨r[1t.٤7,-b܁rRGύPNL3)}t^Htۼ8-- {C}WPqIF922Ղdo>Od×gUm8s<}bx:J,\6	EYAa1 *}It^+mҥfԜH>VkPÊk^cM?@Y	""
=TJNuRYdRNom*Ů[O1pYk/]k~r@å6y͏*A/IVJPGJ&s\6MVkr-_6[$e=/2MXtF'ol-*NfPRrXgCpxIf/OSY	tZ]χ''n,kO||=m/H/{{'r6YO¡{Ȋ?OVlc5J#e>^X|326HVa!W]F!
Pё"mb8yT9ziT״Kg4JXte2vs5
cu{hÜi	TZǰ^v̥F< %ij1-NV33YM)TQK.Ia+S9A;C3ҦM-ЊRqLiǇj*#.tܗn6Nrb:60Ý!RUR5ΎB|`|׭
*~ik`Cݖ
G #@-N}\ؿ߇a!qҲ&2rjȲЙ<3U+c-CfH7uA>SqXb9ZKеqRM,\;˝k(8xzg_[.=r,viNߔn[_h=&W(5Ԫ]4ݜ݁jFFBʣxU`%֠6CQQkm:EݳWS)mӎa-#mc'{҇A\UλM(GR0(ޔ˜Xvn*&"!5rl=`{ߜsI@$h1Xh&6PՇeϬ8SR='H7,x֌6T'X[ʃ&)*qu0ɧ\q9j-2kHFx0:e6`,Jb ߂$5N97ܜL~fmmHՄǩW k(9}aGM[(tiJ:,A5N]h&g!O,@nJX3HŸȼYӞfB߉|şmׇjH,Eѧlה@sUu'7(Ұ%]42YMU}KȯZN.\,d:nWP^31ۙ"t'WrGFTK/>׏pbНo6s@e;q`QućIȣJm2eu,6M562\SRbFK;a
f=ߪtn֥~	מشsXV²<ũ
eoL_6IԵr˛¦T"h̛?ܿYʴbX@`ȇMfmyC'.tʚʑ9Ǹ6|k
F_u
w%H#\an),l(k_vH֝Ex̆N@"@4Sӣg~9.&I&wOIզ[J#X?ʄt
uM,j(5P>g&7ak>rѬLf?lOA@GdmId=:faMt/DU0̢	ω;8[lCluS.gx_XCߡ*9/ٍR|7ϘThX;#h(0hؖ*rN|Δ=zmk
54URhI'+dV)4<T>cQWMIy\,&0ߋfs4ST5MkŢf-ׂ$2]JO+2[_5 \æmSVU}DεRz)"o6Xq_Յf:~46u3ktb׽ʪ97ݾK{7d+ߑNՆ*DPy-[!\AJ| e'ٜ<LDݾϏd/
ilzoh.Wߔw
T9xC6SWnG7m"	ؙpҲ9S!)-XzvF`ٚKw%nWI<JSՍX7lXbC7#JTn,n&жHT:?jmj Cn؀g̮ͣI8-4goxˊGilջΚ}]y<͎g<NB3?@SYPI?
("uK]v=C߳,?r.6Ade:yBly\N̧Y"m}J&Σnyi1/x;l7\J{\uu ,$zDhGl.YeX
,8BMg!hAn??Xyh̲MfaCTngTWz3Z+U6Ő-r\(6XqB
Gz'>W0nֈ(R5o(.t1LHO#J^R#}p52(̂oYw{{ۍWNb]	Լa۪4~9v>(;ơ"kا*ß+rZP'=17#zX s%:rz׶؞}͆{hM$aŦ^(2od7wވE'V#qe/
Z͓%͓aŰrj{ӅN\:fsPeSHu	6p׳M1 QZEFه_sQbA%>gz7\Z2_WZ+@ZWyԋlI)Ѿ}O`h8K%x>^ΛǇ9]/fCT`r'͸уϾm40ݳчQU-^89,leH{C^Z@K
R(4>va>:6:b>J,*(}լw]6R_jP9eAd GTx^Hݗ;/	k~3D[(Hnt|΢4ހ`B#.ư-hmf$;Lٻ5]/nYO#$+l=@S7MGҩۀA~;i~q:'Ab;Y^2:S ҵhb"AiU;'VZJ<fGթX`´},Ba3ƸړIc{4mV~#FZN?
nv`P҅OهKڐWVI_,͘ίG<q4
ly<$D?ϔӯr·wޕxSyRc9g5k{*#x$gL9úDadNvجu@TY%m$&aNL.#~XTUP~ULYwzW'×#Wv]X޾<~LIi^l@~`(yB$g׮\RE`ʋݟOҩCw؏gQ^MIʎ>^/=RӍUJ
oySJ1a3PLe<OXGV2"DZ*qZ
'eQt,X6SV?{zH6W-V9=Mp1#xgKܗE z,..ԯ2\x]̿2go8X/ۑYR 9J%ed:IdΗo6EC7XAGh'Ĕ5^~cXDF7+ĵ7"a![0wσ;xE$45+̤)e'N Ĳ)fѪgGo	/<ߦ	ќܔ
͜*dŦ^Cm*sk1~ ̕guN{FMsYGO/߃״G`$u7SƬϫ)']'M(;w^t˶%?{\)kwF<ܸ~yQZ)#؈Bm@aGd,]/1DoM4/ƽmύMŅhƘEΙŅ)'bgip޿f``h?eXmB\_mNn΀"ʙԫd8Ç:ۂbϛ6@4*+KS7Pz/WxQs[=rMUs+y1m;zP(dNϵȉJe}+x|	TYoHǮk4PĝLHO[ f)`yzJR."^fe e֯ȯۦn,&eSu<0*Nc%wMPńL"ڱ;Ŏkd8//,Yޟ݀Iu99"XŴ[_N:RL3&`$ij>k_ݞ}& 2QF
FQg\x	n$)6H8b}0P6U+m2O-hvsum8w+oе}j#AqM&R1+.+7Kmu٨ymdUNȘbS3boN@{xy1NLRDtsKMI^F0=%_tAׇ[z.<X݂;;2^TQڊj+).k[Й,gJ^~;`:(NTLp0]պiD4 n<0x8Ӭ	&kZaOpHc.Bĸ ҚB&1CD~`sV-Qd#$}޳O"?6Ν̨ƩYTzUI Ҝ_:ɩ^J5C{"ܨDDEz*ʠ*ȄjheMҒąyrZ,Mm3Er}ۼ\ЬnJ`"#&[ΔJFZP48&b2<6Nm	,yL#kPBv3eyyśú&J`AU5{)dxpzj$| =ra{_uXJ=_AЁɩK9z	ވaO6uBzVR/):BQ{r#}cWKSW'1Bxjs_f%w+mܞ=`Rn\PRcx;/kn1.Ɔ&V<ClMyٷ+ЪvޭڇU˗!ltπ?h*[P? Nvjfp»qn~U;+j:%hA=jݸ=ib/ְGγ*l#Y&ϗ/VJ	Rt}߇Zcܸǵ8׿P29R:[Pd :1;EHROqثr3̅.KɐTD+m?A
:ȫ`OX)/wS)/پl8U61\=W6*SC?L0+lB	Z/̯k<Z,2cdzݯ+5$lK0,SZ	+tRxXTh@/ʙVei8RJ`npـto@a'xOq8.Fw1zanU$1~Q:ݚ'ڃބd߾%sI]$Iy|V`|d[AE;7fZ^`YpT֡hl-4ɡ-i4v`$ĪjźBB9Pٞ/x(|R۳߬:^=~md%z83ݕ[`=Ż``M_F۾3}#+vS/ WW/ދPz[}H̚y"` tg)QNRo@F
'.%HѮLJ&iH[6%8Xѱ?3}F̹(:3.s"qFp#װ;gB>1;@_N|p٪
Gd9Q>`\)ʊBrK8Ĥ6۬ڔPֈudv#o](E72E{X!2{?3xcݸ9(kh!8S?(z*LXyGMdj
&ZǴ-zKi!e<=V+ƌPa4p[ϊ+PI XàWƼ`.^CJkA:ͭ7a]~_:t-iD=cRѪ E)b2,i@B.۬y<7Uh$+,Ȑ07d);-˰"-q|y;vHC]$ve/^4~ɡ84oI&x:uޤɽv7oһ6ց{c#l4':Ժa ƬF
U~@,ޏb^bks
1P_H3b9kq+jU@șRP͓kF2)ԁqr|2jڃލ|œ֞!_ǋH,c3Ɍѱ$dSdMʽʪuj.~G15fۥŃ<UtDF[A0<n|[VzJٵX
J,w%u^L#)\+!F(	ujp&e"({=ϑ4 +v.U54},T0F)xIKEt P,+0JTv4[XemFu,bY=ILo`YEg`zBq,xd:ـ#Rz;KNC?!%DE.nԜYXYp-N!d<;yFԍEԟ57z$?ÐO@F`<c˭wb=HҎ,׫o1ywJ)7X`|$'ҢRBjVFDM2E`5šeFZu,TaRC{}4Նi6:SλٽG 9`S8chNړZ݌YK<ߨXh̲%Vt\ۊsԸ<-;U6nrv,BP15!=Q{9FQ|GFq-̀ڏEL(VŇT^i{AҠ
ô}k`	*~@NP":^3DpۍAvz]:C9q3QM)ֳrSLJCAеRHJ?uPȥӾaFؓ[62cx@zu?FZ*Efʌ(mUrZpiى(=}Ǣ~ot_4};;3җʖKGi1đ$(4N%A52pykWCf
%X߻;p#ܵޱz$ħ3Hj@+L%>Ǻ'.^J؊ְP:]
Xb'6Ƣq{T3ėVWu?AcmV(K%rײu6:FvtA{'^ƱބX0qlHk=}^fTgQwOhxW"T*fqQ#BZ#L76n/K>_~'<Ŕ4:~h1y#IDrk=˨/_^|@]ͣaڗ97Ǭ>^։-t%b![`>%A7ŵ@;-%]r^7d]҃y?pʰ.-W+rFȹ<vN4J|`e3utnhzW/.iJ~Ȗ͑EױOHܔM8:F9CҏGTXx/iT`7Vj?L۝s,&Cf	mJdTKL2uht%-q,э-'L5:Cْfјk>g^N{DJyvLڨJ²s90.jBȼWdm#dwN7Fplh|ݰɵVjߍ/*)vpsd@c{BM[דkŚp]sÒ83b@ef6JnK9^Ҥ IQؠ>XCqe]w=#o¹&QZiy>OYV*hj.!!kq.oMM4^b.|eͪI՜*Ɏٓ՗ݕ{|Ѷ^3yDv0?H~PSیkۭ]Gb͉7+ܙ4]N{~Ц;_y3r)OJ'eEar;92sس{(Ĺb.ŤN9Mn;8C<D"*ŉ0J
!kkؗeN!>%Jދ<JLE`I*.šu~ym2$^?j4dt)eAsk߿=aǻdc4
)NX7Jq`e3.tnlʥά2fI^@zEk%:y%)&َgЪx[B.juWP>_K $ڻW<oM@);"U]}Ϟ
k2o8/HtXlDӈ`cBGnDV%ȩKy-CdazPi8T1~`tHɧ%6r66=
»9X6+{L3Йšߎ|Yc{%~+C|-+=Ϟ]F
Qu9pwpnnz̽GvlJ@@W5VK	F?6ECo?-(#p!I]P Qo,tͼޭ[8þT
f8d-xM'.J2;rI~G<cwKqUU;J7LI[Ї$"ڋ^W0Eܬ<9>Mw٪<;>YVjjůUW)SkͫdrmM҅1hi5ǹbRߖP. SdRcEvEhZIIؒt̖3tZhӎVQ@\hQ^Oui54) AߟZkMHI7̷7`'{m´Gc{2ŰIwt	рٸK+,k~|sy88cϮ#Ww54^FؼCo8Y\aƹ&P)¶oڹ1ah]aZgm>գ3uRxe%TLNtb-ӟCi)b<aPSMֽddbv1ْD
^ϙ}<Fyħo.sR0ڱQKQZ:U`vB{$E.JF\95ZDwZT0L	tǲpELΖM2i\N>~"h`#"k2=~@0#$*N^A-5D,uRO߸|~Q$WbиT065۳hP 'owӚڿ\aPh^ߧK\~"hzJՁQ.1v)bq˥16rt@>1A_'q5U4jTBoG|~\кO-kͭpL|@ÃHĐȣlOR^ILݘ|ܳKukx+(ڦ4o_3cFǌD{UxfHڙa ٳ,+;fFV>(N/&ԊhJו]L7
$lxhS0Wee:IL)0֚s93(չTPl:(]B,e0ka^Ða=aH-zhVv߇:ϫn$vrѮ5@`=Sal9Ui_ʢsՏ֛13.bbQCĂ#a˲h>"ܷ-ֿx~tyCR̦5}-4Ck;t ߉ܼ3{Bw:./v9fԖ4٠I	y!w>[:rg\ V&~sK&پQ<J%̛ l|sR}ʫưňZ˻#xf,׼Wu#KDG/[)Nӭ4mѪ
-Dȏ4oLsr$yE%&AkQWYsl5Z@ 6'5G((Z>+OJKl+cLxlZ9<ٚmqaC&jIH<>М ghŵRNqbG)hFT0aǽ,Zjaœ!6L-5ޤ  cg#x'YVă,ڝ=Ebϫ*ƴAt׉RǘMZ= Շ1lIk~H?|&`TCjm[߳ǖ;mϬ\"tކdkUndp";y*̆qp#/&Yi@/Ӝz4N:~Av`٬˲ĥ@ϳȾ{ȩPnN	cՀ#F5?NơIEw;X>tqe/z%%9׶a9Cy̫_c8>y,]ORɤрFN5[[a}hzX"@ޛG.6ݹZ3ch)_ga@W*tUU>5%[x&l$Ci1n#>;$nߵã@,/`}Ԭt]ɿ|Sì2}Uzg٢
obєlYSͿ%NNψ"{4bNģ0M1=]N&Zp'<w(ٮڄC$TC7v,zy1XPW9+Ӣ<Ad:Gק/-4|S}?Gи+h5"¨f|/MÃY"%1imD'wUfdk`ʃ!Zy"ͨ-y1tRKä{ҕgrB1(6PAwbѺW{F)U)@iB/v0Sd{a}qI2pnBzͶ42qo܏gôWL@F3QW8Zʒ%ҚZv_e|.1~ʼ!Z܅39#q.ф++J0(=PtMX27+Ax#0rYU-jE'3as܍dlL˞0$x;{Y3CSnԧh${0ܑpbg-ˠbRl\#]$22IZs};tax|G;*dҮ1/ǿay$50Ä'bS;g=qi15y:,27:ێ7g=lBx:lԯMwd9[P4]چŨ]&ՠf٣A'|ڿG֦!]~'ϥYWC*}g*UD
ff*6KLhV(|hrG׎-w#0LGm[W?gZ»ɏHZL"ze,̥$cÈ(CaLRVɡZޅX~T0YRǏ/*7Ų~֞-;*"W٨Y%Bl=v>ne˃(´so݇i4#w͡OH[L=CҮetB7;p+ʟǾ_	̵Ϳvy˻R)Ү/؁l!xN5TKӬ~[P[bߪN?4,/~)Bq=2.c<R8Z*Ѕm~~ר'Ve-9hB^rEZߑ] ̚[!MJJ$z^ۘ11ç:xƉ#o[X3n1Wk9a4ϫٍYs42#"SѴSzСRM^,ږw`"]o}tQTTa&1 *D_)]Wx<\K<ԇfa;C3RezY
I[#β8B<`V#MOaqrב˯׳(ڂ?Cv6c1Ok|q\kb}Yz,5gheΈ\|)!^kk)Q
p#w$̫H{mfLmۉd0wʉ
IS qwdqm74ɩ
u<o;T	Ǖ&[CUoB7 224X4cհԖ'<'5%fG^y{{T&5Ԃ/pDYeĻ-jShۯ|qVKA˓'Zh#|]E\#ܟ:#͟&A7DU;ixF|Z5~W܂f{BAcۥ.AՓVױЪsP8{lIi	cdńX2':7PE%ʭ;KOͻY1дVnduV+QWs52v[4Pٺ3|K;қJ@cޡP)JS3g.ϵ44/p%ҙCsv-Wv\@7d~ֵ/ϰg&fn>!)a6+69f4UzA*˿wAWfǛY)o?ǛxUoA{fk#$wy]#pHχ6nqƙdΏԏk]Qgq̋z#8==e49״!(l^*m+3!Ko<_RTơxN
<N23lL	wTr^*1y¨&DuͿ7~,N-ًhCi55D۝" 'u0ʟ|͵#D}DZNIWYb<Xvt=nب.ǝDa-"s(I<t6%-v]?Tv!"$>jmKHY?~p2ӥը+|H`3$)=qDq^I
%. V
N{k)ZU<ݰDIT=÷pd؇"^݉;`!\*,F1t@GХn/M@ź'cȮpdI&M}Ц$SW&2LG_:qB_xUMs\<{fCP')<%\IvV(QX£#rkaDB8mIHAWN\lmh}9uٽzu~&=:CH
J9ٝe6%>ʨ}DO01dksZpD*c\8b5@RgC-0,3uۅjؘ4lrEI.[_0яp3Af(ǺY4&-BVVa[lxTvE(jRd1WL[0JS:ĒvH!us1˝ݤGSkT܎Uh_eW+U(1ŷ6<9$pXB)òH$ <gpԝqBuJM{[D(lDD>4ps2ʖ׹"%9YVݎOBe-`n۳GBŐyVJnWוsRz_zRµӧdgj&L$Y^Qi3!5w_ѳq׏jugs|߼v+q~>G޷a0[n9B	MZ-؝6'wX+P\lztm_6#1CRBSR_ 1g^,k$D>?u=yo.)Ԩr/ݭZ[Ҿ"Ϡ@`OtI5moBv+"(Gʣ&ˍ:(mܢſֹ*1x~P.3pކ28?k &!iƐt7r.>7]$^w{?7ِmٔKv:~ A	=$xz6Vc23|wHҞc45j=~C)OuTVVB/Eό1B&V+LR"lП>z:Pڣ>{*r}_OU3fMv/ŷ%BZ*ŗC݈>`NNN,PX,w%\bOq^܌!L=l:sǎ+|5e]' '&LgBD|Θ8ԒŁ\zMO]qM!Fg7A8Na:nU6z9INMzcj a6hU`/4.Q@,upfD!ѿ}U4hJY5oIk4cp#&1ll*$qwHͣ#'4f-wmrЏ`	Sb{wa=4׿\Xv٫0ρZY~̴ÇMX06leTaq,QܜES&w8֒r\L٣<i{sDpslk׍g`X,$diҞZXڦ=K14!MڛsGnrfU5\I a[MkɊ5~;n0r(Gap޴<DlFV%Z)ݎ$l03`܌|@syOBVq3F%դ"tgC5.r؛Cā(X3E(!͍ˎvEwcrDՕ!c#y$Zlf{tb+.cWOWL^dV|ql`1bNܡaQYTjAV4jԔ7_N /:_(J "JS
I2v|
P[X6_ͯ"&\APN
Ll=&|+(b)P$ѫ7~̸OIrҾ63Q6E6s)1FÙ}ZEoGׅ0 /fMn0ŅC	/PaG}ؔ.?( }bΙ˩դJ?w޹)r,L8Յ2Nǂ\Vvp܅ݏȺOk2z$̄9`k}&;>dcʣ80"v-P]	S]P{[pf̡7wp+5rb_P	H{fAH5kmȤֲ83o;\'e޵Ңnl'/L1;{Rrw<@8-ſZQڦ>ݬU=^"ɂXcY8~ٺ{RHHĎqh[Mä%yןBmb]lET3/;)`<)G\ٿQ,f@vsۉ>Fق&~3ƞ{,,m=FUJ-yWeR5]?b5]ZGnx>^-˭a@B)|9__jh?Ћ̗
+Xa\ETK<=	Vm$o0F]YUGX0fŀ+jNQk'|`ɔd~-/4Obvu@A[S*؈am_J1	Ô׸
)5CsO*{sݪuw(x8m\Ͻl¤SuUz4pD0OB=КۡjѼH֍?
v41ODN~9$ݐgg${ą~X ƩP{Y.md!B׉٦͔
 *?ׯlpl:rg{|=B( oN%UF Jۃ(5S%hѸm^ͧҕ=U=a St;r8<hc88Ց,"۝%h(ͪZ̮%p՚R(Z*<Q>\&ϫa#ʿI-oz˅;!Ðw]^Ԙv;`~wn
#@i	D|ʬߡhfdsz@i.,6Z''Z~!:.:elC|t<VM?xJ@WIP+u]99;ĸփw"tJ]"qqeش7 0!8{3&PdS.6?6]9
`EYu!'M}a;Ei<)qxZWW$.OʧR%@D֖\a>Ҳ|[^3'6F!9Ȇ?6ײ@F\nZd_Fd]'˸08^d Cн@2\=K!
ppM-ԧ6o#deL)wb^-Ž2QaR0gtQ̚;T%149-Cu#ClPǁU:JS`lOb^o}o2/$>cC&ܼI4fS<_Zl`'5dAXY^lʪ"tyG4EQ^=aм1Pc#4)H(:Q
x;ު՚_b iźY+W`81Bl+N"4I4Z'	|IFA҇s:}~
߃aP.]aJ,~BD̝PEHv92d=vHyauUznI؝PJs'`LȜ2־*JY3oz5{n0oη@ƁƦÆŠ'.VGapU4؁_7@Ŭ.ՑSQ#¥h8K.=~Ɋ{VK#i80SNWK9)-^S_6z)/϶#:/r]؛^)y7w{_;v̧`T
mrgf)ߎwV`<f?A&p~u`i2ņNm]_'2?@K^KgN9uB.d9o&DY;xEi`#}6fZCي]cvm<wpEY5Ci'QHC7ěE1iNE#}NF؄swH-X`Szgn@zfî=W'ɌcKrs_>@*ҬEa=V°(~Su|fJ;ٔ`Y3V*(}ZlY?^Z*1l|:[1ϹAUz`y,O[_:l3!DA9F%{H~6_A̤Xg]!դI΄j#NTX3JGSHԋX_UoӬwN/UтѽځTG7NZQK,vl@6o5wNlvy|Ç8Tݍ{.o:$[_64e7,ќFY#9t^74Ο*tۑ49Nذyv.8WƯp)/6"WʐʃDZ;ְP}CڎC2Bv1Ok+,GRvµ>q"UM(w]z"Z?_s:fs96y}ߢjxn	e?M31p(.A)&ǂɉyQ߻0?%qݢ/iU^`-b/^
؜p/az:<@?USmn߱
B+^Cܟfb\s63'
+W[ʎU1$PXL޾*:nO3G%ĜotF=rMOGgȸ"x,aHYP(
ҹ5ZY-VT??NL@Fk"'v	.>-c}½;?O= =XJrdR7?UD7֑eKDy7ߞ{d<L%@Ǻ^?oZti?}FCn07kHD'Ŷ`Zϵz#^Fp˔r&@Vz4$1'/ŃU?pv..:!͏?z:7%xd: _H]TqRer)i/8}V˹.ݐK*Цp1)P[ji~c$gGv,=ęNǅ~v"wCZؓnNpވݲ5cVeJ
kcZh{LDM8n7|,ےvb&M#zeЧza4~D}@$zv[݉vбyE@mg.JLNN0w8{}й{&Qߩٕ%uNowԑ_`eWYN/w\1tͰUKU՜=vicyfTA<d_&x:cgp٪\~ec[cۊHNkYXߧ ;lmtTK
0,P?KL`۽G-R8{	5J`j%"X(mĹ]>#Qa'N{wrHGx)5Ҩ<mPK9@68g ]œl928us${P[^?Bb4{{''h,Y˜b$UAzLč3Et[u1>ь`ɛ8 څBQl`|É14]QveN/\	V@bpOƇ]g67JMN"J3	_1֏jV2`$v+_j<!3a9$q&@[ߏGa`AAa[27|:(σvU>hx&*j̓_̙aFmHkTTǌ=BG=V{ZNl>#w,2ncY. Ot;݌?n%8͚*:[Rp ]pD@xZWCJds\i6L([l

Hc3v*vG!ƿɋk4J,s\-By;SиƟM$OX`lۢjFbe]˅^4 yh%Uqmؽ-}i!JTs-A5D,ٻ?1SmNz4 'MSx'KGp3g70İr\:ъaOQ^1,ٵ|Uc{4+
MFN̈́:y{iqG4ЬC4V{'	-$ޞcv.:?5@t)RJh
^S P/9~StvҔԻtL/X;6(7{dpڼz+>oر(1,uڤh}G$vz)v4ޔUYI$JomZIS*zWa<e[j,Yl-4&ۍ	fz1v-;dȄVPө$R^fdҭsÁb5JUΜh&6͹|Xy[nQ?VvdJ=iٝuhȦAYA͊xXd]~gE]f!zt^X_IgcJô[N_]#=*
$|ݼKl#t|FL)xi$-\ٜNX_Ru	 G-JLeމ2.&SYx5pRk'g;Q|vU&~d
HdHƕ|#
CO$&ּ!"y	܃֨c}qDJڼoN$ѳGWQ:fFߓ0ݬMF?t]Ǘ)G&ēS֠ݛKـ!!b{BRE@ֲkD}rAܯ<ȞͰ2?]i'zjPnY!Hׯ4 [?ݥb./{Ta2Qkjk<T>faY@2vRZWJ'II"~ޘ]87Q8¿=ϯb~	1yXYZZwRc,G#Vd1{+?[oS]~Uߘޯs7QXаk!(wlKݜ!}\knv,x:yhf:#w**tΫ,߃\;a:h/F.D{bȌ% 6/ݿ-Uƕ2
sx^BVѡ$޳$9s݈meDǞ<~>(W0nH=q8:Z>@}s/`$cx4@g-FweG>)×Q0OT_0.8QZb8AK&Ed
/G
njż_TfNfZ˻Zkw?Q//QNF

g0A&ۺK^ޥ/R0^$oB%&ߩZb͈uzZ(0?$c~֠R4cxb8;X\Uw?Й޽^1b*4$e:bOdA
RA.xƝYίˡ~IúYCMkXf%#JF#%
cz΋k8PpBD*Q>!><P}/)U']uxdF>@(P6hG6=P*ͤBqx`Ui"G8|G-poI!&Ej:rZ3X;l;r
&i`A7Uϻ&>8Yz=*"i޿1kאYV/nRki&zF]a׷~
ղ&7ʄI30ʆWj-h`~u3N)_Bф_gvߘ	BκQ\b|mnɯJπ+r'da ׳]҂ƬrUGr-25O.*>OmƟٙ~*Zw
*׎+ig2;AcU(GVڡztlo!1Md^-$MKW % <[rGpoX׏تDGВS-_ʔۖϿĊ"*<O.CԔˡ
:t"MW#|z	W!:h6	|	[S*KNռ0ŖqLXVb]!܁|~uNH0oػaTOmRb3#je/{e?*j_rJӸ|FL7c'Չ)1?CIt׼LnT2bPJdh40e%ua	}}rkwh_D-]umћLZ,*Ⱦ&z\>6*Ÿ;INS\|0,5d͵v"S~5[߶D`T8;N@]'ɛEvۧ:B0}:XDii2	xeӟGo6m 2CeVUO4/a<ptnEƘ2NeiژeMټIƢMuyI?Co>qxB4d;2Ӭ5Ӌ+mBG3d3pAZHy8AdRZK(%R<ÞEQƳ<C#>	$jLJkP0]ȖݎƫRʮ&,Kܸ'^!vC*/'m@>&u+3`fq]s?`~@*\>,4WADy1=ymsn@2]	1	|8ؘu\)ɽȊ^Q4{"dԃ1(ҲwIBJǴ`׽WΊsLkpe%̨lf>!.&&ܫV+pԖѹBE&FBEwDMƝZZX0~ 9C}NWxhɩt¤@KZPփf:I;H:&b.ƐO:hgBqg@[y5ن-S:yc12K(b9c΋lflPTӛ*;/˼ûH#SU|~ףO(h)߰~XǆY/z9	8\ۤثH=]o{<G6SĨK-ƉR`7"g)/fdirM	CNrͿ58wğU1Ѱԃ3.\ɻxMٷt2!C\:N_ڨXOzQغS-Ͽɦ}ћ՗Ѳm33}rHyݺ[.TO[8ut&FeiZECMy5m6h_
 	9ڲ|E.PP1)!TjkObe=6SAs3љ	]Po0:2@%H]9[SބuY,5״zTp2~Ak2= ř Pxxˎ:mfKmUlWkOҒK
wϬ.݄b[źƗ30p+jM\טhhQ%fZrpHcf[8ӟZmLH!njB=ks,ϙG"ںn?-+4rTCqXvҧ!FLK'ߎ
q2,v:Vę1]ez:3˾6n/M\Tgqfu"jPSe \Љ;{?M,5DazLm&[lć1mE4BM0O&12PQ?ohuۉjYlm4(=%?hòyHq%p	Uɂ(E}oCaV6Ɨ~jޡQ8-+`>ԣc3IlQ-+=bJ)XϡU $۴Bf6#ٖa]yGz:l!`ʾ!,:#κbw:ڃ1m3S|1]uIYwZ_de'mdÊq`WN9mMA$<^
W;]"~Q/ɽu'a6\}w1Jo5pϬh,Pv3LȜy1x;U#V_:b ͲV?h	x޲П/<wA#p.NJw	&e(c,c=Bܦkry;1o٭;fuX<UT)̷kz L#V~Ho	?@xli\ͅ)֪}ȴ)r(W-i`Ωկ}i).gaWiöʣ~;'}-e͛%k&P׍`k~CG|ƍ~0,{n|PDXצ)7gN;fPL3U4"W5X	n8/Eg݋'\5FAWhBE\fi1Ҹ[͞)2mjkMH~y˜vh-	4IHƁ_ԕ"TaИC_C=GjmL֐ <zLR D/)XŶzWq`{T(H&GqYz+ʽ֊6LՉA;b9Ύ)<͖S*!@aj89Zׁrr֪rxYJێ5a)[.\\gdNt,U77"!eDkLl6|1BpdG[D.r2rż.ogʩj|UOن7Ǻ¹t3^|^oE5vM¡et|O&ìƳҔG~*eh+BhU(jvD6Ζ6B]yT^qFڠkv6$oC[[R]}dژM+rRaƏ}9N
bKxТ"1%r[ @a|Bh؇s#-;N~NW^uAd4˘#~E|1("ѕ5#܉]Ù"f.AɫҲޑRT4}߄n͋kX#Z;Ϳ
Az;ˎDKd"M6/2n
xK@}.	9˻s>?ZUn~ưq)D/cHCf̖<˅^MN0nZF}yS"D"$5`giϮsrV?d(,xbCߟO=8C n~f:#A(VԭJ4mS\Bзy	']1^Rj.˟FHz.?NyҧAP۰ L!LB#	jpUPq20y}O{ /^!h}*|K˾z\#]tGk=BXX;]+ ZG:$hPΊA:Y[[tkܬՊuVySh238II$f[ԫ-vs}˿bK>ҮX]ϊۏ~ϖ/~t,EG%|
L3uȠt+6R<$g"2ӁHZz![ ڧst١@&OP]=W""̀^n3k+r`-"keۃȩ/ހwf ެ?7@ðZpAlun<+J+:;ec<_\ZM֫֟,`"=lswJ^
.sNXCn]CƔ\C0׫!gwX2;@FkvBЉ~Ls'l|T@>2z~)Y, RzѠe?;c2<#ȱIF$@ծMؔQ(kRt^EvM:-~K1Y`%0W$X¼-_rʃHz׷yg̧FӣGHVrTֵ3{èU!<4pNW%M6Br'~O.ރݨT**Lt_c7kkx׃%
-ɤCRz!pyX6iF¬5Nf(n+g*|k4V.OW9zި:1E?kHޑ pTKIOJ׊0Z7ެ,s\^HFkCoYӌuMCno?6]>zJYii"KPY+Qv2c0ɕS&&J"\&0ݳmx^Fs%,XP*Dtϫkߓ]	k.3v48%_X33\,E,'m'PujET.ǅz2͑cdIݱ@Q[w~,%4H#Α֋dF3n!blC	<Ϡ9?"U	'>srhҬΩ/C28>JjUd6<hxx@Hk:yI¡Ƣ'[mxZIʢҗ*hڶOPZEdoWVآ)[YDEr\I]F*H]	"F@Qe[6!4Yj£A{R+"v\b~}؁[}CH%<Oʨ$H>ݕs[$ѽY;peak~GRǷ7
!0ZkB֫cZ͊LC7Q
>К%eU47@۟w_ÚL(Ypڏܽ_el'?|<ZQ$a6FPNs2nsKF[4JҌY'*SݖEUcN7uƋHQ !vKfılD,gv~Q9i/$nqSAX~Q_ف֞{~:
֓nbϦEH]n$k1):S=sйgH_%C6~N#gl.[Cάx
J9;9`fFFVsICaΕl޿Vw4*2:fjU|:KApf
̭d:%zAMEsƋ<Õ@Ý4C#8CX+8
Oc(|޷SD_ ѹ1VDɦkvwj"#(Т$+7eޞR3;~qWK`G|ig%rLlF(Ijj~@ʞ6Ưթnذ9^F)LL^K[Y*N1OS#·d>0a6Ǳ˖؎:KLrxb#av`]*͙r<{sCE6
H*R	Yk]5XYMM?Hr2^fpҏJEt=~֥D#ά[MseWv:~ϭH,]4FY_Co)CO:0,7<;73 MxxQW2pbsҨb&>1u:6'^'HQ\֫L}+ē+n/\Fea>!q*u޽˖nLgr0̡,>-;
*iA!#x7b=$O&w?@zIނ*3uQ7#7+-{]<ͣNa(uN&UVى!wڳyo?r#_bR^)d@1(\ElyV#@&&&PԿc/qL*@G]bQ5XƬji-'MLlPc+.R.-ZUY8mvVLR"mA)Q193pH]		e5e9N,|m.NyH;ߠzwvx2c=i?@frǬmŏ؈46	2ȡToco OZ&E4zR/MFчkϤ\V3Z7؍Qݘ^B1&`3NeŧϵOL
^UĲ\sC=Z֞C%nPBzl^KPȌ(6ɅX4kT{S&TΤ_QpsPSUbhƯ7#T!*h\͌ƥ'yFŖ6yp85ՃCgI۴ȅV#9'CץY"mG׶Fgb**+hG͸t@eʈdĲ,҆(	ZR)M@.sӾUӪb.ҫo.hi,/AGrԔsHu;,/k%r- TxxM	؉ZLS5vDW(0YP7"lku,)0N[Oޢl#~X	7td&43rsQ4uPzPl@<Azݬtwz]i@]=<fQ< eM;3(;
Ћh{ZĚ}f75+΢J62ɭ`mFh+C6+vrx[d'i)3oƖ^ˊ/&m8'o~UDw2[aL`P,5Vk<R#B2777t$OI<rxȘ1lyh!QE:sÄA~Эզs1Ѻb_B\T9\1
F7g3Fߘ׭sJ%?e&D[xxftV&BJR_{i͞s}Jv^DױշpzP܏8ĪbG{fp9T#"0[1oA3Dq1gމfBvЮN>5ɇWggY`ȩ|u[r$ S,FЩ2^ڥk{tvleߧeh{Fgΰ_kl<Ä*a̶/0,~5NJӳ2͊ݛhTXqRԪ5ł܈Eu+̵yۧlN|(|%̬7VWJ7~јw'nimA+˝}~|
zbv[rӜ@-_ˮi!SU9F*3JTNv4"[4@gfdLC5QIhu":5Y\C]A^RӪ}rTʤgA<ǞE>6b+[}Q@Ex9uTb8*_^vwVg RdUKKt'*}<r"|œvӑ0ƣ$QUF;^@%R4!U6ȳcF5Xۀ0%lS]	ΙԳP+9UHŹigW["b6Ġ<rk:+F(\{_4Tkެ̚t^I$In(>
OĘ79Vڃ7Q+\_sԲ]on_7|5jz&y:0K[U1YI*G]0:SZ Gv}d̶;VX/4kw)rm7T	ā%ak+'ɭXӑ?@<, @crC2%qsF*-5[S8o҄-ڰKY~r*ʐ0ޡ'l'utCЁT>W
X8Q8@,ȯ	sޖ^xeYM=ֶdN^ aF̑)].JMu08-TCo[CQ;ǂq&'jƕ%{XkRm_H`,TB߅՚E4ǋȼ	ڦoAjQf$91.{}@` zD ȉ
дtMG_ҏV4VZ\$ċ<Xcу,>̊iFa{j$a:ːb'.{ڂ0{ɏ8y+[.lcIΨ@!#
>[`[Ek;eVٍ϶f-ew
n|7G@̶I\( ~&=T$W&	x}gyg~:P1%CEQ|#itDwDK2sIbvI"}ܜ²		āS EǨ nN{_H"3^5Մu'/$B-Аȿ?~yՏ}~;tѪz4.1'/F^gP@AɁx&{P|r_q#4-nn?g"m&nA,,h47!57.̉֝!T?+Va<u5a OZnÔf-zO\7D׊~)ZAKѯmzw6%&VjB+5-m`2{@{<BMɈ͉F(<YJ~KfR}5Ȳ'Ǩ\idԘi'Cr=ܞcv-;W	ͤ)QCn4tG-?Uy?N+ ruˆa@`B=ҟ%W@wo$<p9'?-J78 &,G"wF%V
G<knڗ%q3͖D
ͣh1G1-XN\xw"'1^TܹǅDTrHhZXNkk q}q8!Oƨ#]בd#u3т#Aɿ,_qP.G{"ϊ_:M):rlш9/.ߪؤ`t6K8}6oiN:,&5*n6c,P'SpEكDra6{%{Mϻa¸1ӻD<Ȋ<A`ւcw$ߞGW	iQ9\6'	9`|.WQ|\zLZI{P%5w7oc<sz@û^fzX4}>$Ӆuڷ`J5ޤ-ӳú792?RAfAO%vŘ8f?ɠ\Q2NA,њ:ެ[Jlr@#XJ&R`ufOg̖?͓HW-].eեxGќvhAĻ5XM}&qݻzܵȣ}NKD""S5rBV:rʠ~)qFlV-3X.vx{dJb5=!EȒsdvEϲBfQd<ݰgZ]EXGx)Ov/A?k1c%7iȃIw2a8z|<?Ȑ¼w]Zv±2Z)`gFdzIEtBLCfyȺ*t.۽w׿p]!ւBԦɁiN{P4պB.=?I'|w;ەwH:H T?jίf.)Vl@/S@uǑ*Ciė;T'\ׇ03Tŭ;šdÛ΄Aqr&PkWE[70-XѸ-ܧS:'8xiÁT0vRүHjiԤ2KW`pPgP%<L9^YVuͨ[z25yCgƦȽ\p}Ȟ͆ubĲeKt|nUZ߰`_^мnD:M~uv+^ǈ ̲PTي`L9-.q*Sbz\~d[;ݩvԇ@%	P`z}:Sk;38۴H^`!?,xI>%iҒ<PlcӄUA@*[з{V	]³gCj/ Pp|,tqn|[K(݂7ro!q؎S=+POƜF|9^<E$<X+GT=J+'dUPKσօͮVwvu:EpMTFGE@W<8:EDgZ*;_/uIDJcO/PW3u.D</ڲt}ӯΔ
TeALIJ9+z;	>PKe4H÷6С.-VNsw-WDYsj(WTwNfQRĨFGKI\NhM02ÙDυňpy\$, RN4,$Սʃ5g	Qk\%>$(#gDX$aHUKN<_nLߕi0̫_tl0@\VFg,tljˈ7`\w@72~۪WC).&b"&κjTC>!NY[ǫԝY+>BǢWleC\+2
:cXOK6;<r#±z(ȅ5[7/tDª"\$W{QZsQabR?[j1܉Y 0l{}u.اM9th c͵]ޜm5P6ʞoq[!g\+?˥ͧ`L M0.^|=%ITȫ<+mЭz58NT@EOx*WCDJZTjrN0ЎDWIBEԹë|X9؈D]ܸӕր&85,+8ǴgT!n(\mćm?ݸպ/2|<5{	Z3353+.+ГρɡK&xXVSļn&Up/Qx|HotT_]j`߫I	A!TvC3)Drfa:bZkQnt*˫UJEvŤ-Q;p.Y4Qa:+ʠn<<PLkwɄNͿ}uJEi)"BvKnYHQ(uwC7NF(`z=4c0u/oGڱ1bٍSP
H"n%oy:0&PLq͚nHߜD5ڏ#ţXoEeAZ.osD'QlN]=XJ3[҃U4GqPM/kիżLҧBS]ārr޸R@\o
TD"VfiJE7>,oI!Ɩ}qIGZ]gѠ"p|I>h9$3:1Q{*mhԹ[:Y)UwS_f4<bI(ŽI1qJ3-B>!D$X҅E0X&4m{&M޵zȲ'#8%nPЭ=B!_="^QZ{z];2^5|8,tc(AB(#[W^̓&T3"Z&]P'ƼWGj!0Kc+MCa0i/%UƄ[Tu1Vi, 
UenF<4._~ұ?$ƿ$\Ibp`pҎpdcOX{oKH;߸/rxǢpd^y9Lgٔ$K,%x*oƣ|:Dћ_c+|Wj˫|yH܁03߯]z&:&^˽@&uˬ7)si&:.~F҅XmFpyB2zU{ܭHԨ|Q·Ԋ)FlvOԬnTьĂ3߅R*le6@@N'IR"|F9BI6Ndc˘
ٲg09Hצ^Z|]7ۮɇ;Nw=>RHY.ʫĩSRCktr,Ŀ
"TrzY!mKgm3]
^Oء[nat<N,g7"(>(Y#>Iޙۮw۟c.VR ?'J{!1mD͑(#jnL{{5a`[tvDW6Ԙ&;RmR5Uo,T%n[sGo3	U#)
KV 6A{|LPΐF/Mm}yFötw9
XO-/%7Y(Auۙ^[OU|gԷ`;lW=!~N`j҂XOD+n|5w8zjU?Bfn
pǘަEȫ:mt=I͉R!LHqd!Ϣעw&)S"=qsM
+Ɩ99J`=MCeNrKfKݸSvjs8ZWh{ּz9-[Xi>R_Ģ3Fwajdμ+X=Փn>p$1	Y6DRfK1ʘݑ'|x{}`ף8dsHuͩsfvPrn~O4?}jЄTEn>,4(V[fK*3ĖoXfh=E&\t*$SIoB&.9[}]}<:08e?2ӾG>RGsj[؂Wq#bF.sT?sޯH-V/FƶR(CF==z&^oKP̉evidiTpXp]6DB-('k|0^fBcHÌ{}x<~Fѫa̶kDbg?ZzgÑˆDzpȄc+{v1hGPL9QbCnz#-8xg _ U.:Ր"]X 1qC2}פڼSQz`OäǂjP'&M^"ةX>)"~*|4"F!z8{xyS@ӽ-7LMX>_+s*yp!BsԩNmahZ&aBW˻Ѝm.%f@=ݔ/	[+߲Y~knʧJy]S^&|wܖ>6͹"lyz#ZidڑlGC(;Hqʪ&NtUv@gA;Dj=s$QUlGM3gM{vlҸUqLm͇&6z&a2{.͑ffŉԂMףGT7F`)@tg3!-ۅ9S%chS-[7OuYɅ/uO$^5٧!{Eʂ1S=E\e{eT0~LSǑ7m(Ji^:jr${gYGOEv2|lL`p#A!ΌS9q/xg&G870|9eEt	~'FJ2G7ݩt
Ӕxid~xD#lLfQS.[g@դ˵IAULK6\M<?^|M'@RJ/gc3~2J>̏R!%1a_uڪH7؟@S=܍r5'&c"ǠX;2}?fbP94Cg.<2k93)T3ќ=;؇.'?v_)|xv3Ҩ«Gx1CatNTrI.wfنeSGؗ`u
Bh![cqi]26@de.mVH9l
? )Q_Z
czM޾;`ЬOZ#ʃ."Ȑ=PNϫ>1y)	5½{-äJ5$eU 2EizQ&:$Z{k)Wl&NT0ƉǸ@G߹b`JڨC1p8/=w'_|nUn[gصww-kT19c)_c39x$!Q!Ȃ_XÐת6ņS5-r504|ڡ	<q0OrҚaǪ^ڳU؇$36"]A֔eOP;<c`CՐ	f;+o@hfz+Ho;J$1*%7Q!HҖN|9Yz?|8(lPYm'΃8iEe֗Zڑٺi#,lf$sϑ؊bլב4h̃dCW}\VQ1j WeBhdrTGYՀ\It"g+a:Mb@&}'T¼M٢]7(w\|}ہkͅz^dܣ`W0r<)E`?EfF)$ٟyHs*߭2:z!JtibU̝} WFbCt#]BOجؠ>^QZڷss4]Py¤QH΍z62{w:8M?~.Z?7}eVRe~vK(ۍZ3DNl:+ҏK~Mg%Po=9S[ôS8,aT(3?հ(=of}D&zNǗ4*eO1:jRq
[?Uj߶<iKcU
z)t?qǰQI#jJ4,HE֦۠SÛ8܅ԖKxX4#Sjn)cɇZVuqcrԈ+TSE{5w2+PZM.1;QךWe?H|9Ѯ6#Arp*WNڗq9hU&v`5ow5~xWcȣv?-GgIЋ^-'ܻu|,AhGCYgfqE|yǜ-xˮFN\S@͜<@GQjdG*w`t7͙h	tnYRcîYS]о<ӗl3ߓ*7ۘnvSte"&;> CɜnRП%^Tj=>D9:H¬Wʊˠ=p@s Kƾ-#.LD}ʺ$W-0/AUBR܁OҲL/.ڹwL!ͬl}DޯoU^S̐ڴջfX8>U^f>aǌY\i3EoǗ=JwQ,в(ԴA0>ԅ?dga'B7rSf`_GX}m>̔.q'2P$:xjj
.hg9`:o%Sn>z3j֌6!x˙2A5ѳsC}Le;N6Z_cχ<X7t+ReAPZDvW1".X)dߎ0'³5|C*YR2F-0,VjQvrNW-25E&W:1{HL./LmL+fQؗH 2'77MGT̫pqϯл.Ҷ#%tB:ēETO([Wyy'lf& 4CA8-uߏ#,Sf-nFrUZL)0nt$CBʚץ'ubIc؃ٽm6¶%^"rtt(wh+zmϺPϰtQ$j;}EоyEB~Ӫɧkx(=oCavu˼6|Wː'`U԰˔m%Up9;AuC|)۹h^GBu݊at8LAodڢ/m{Ŧ9 j9c%%=|;toܸÕQirA:&ÏPb{c$b1A2F}%XA:1dhҔFH;hsCcHe؃ԹYyАs3liyd83ʛCc֮cpвFQI_[coQ¬bbS|1asHV=s f>d`wDцT[L4:oQ2C!^_ͷs)PaAΨ7{q&Z5b4Ff#a;ڸvh0'oO^ټ/ҡYDx0&DM#?~ԷrK6df/f|m PlzS;nzq%W5k4
ga²(O{^QRr}_	T;x!#+,=vv
q+Oެo#TĠkS6^,WŅZB,ɢnlّ:p[9wЩ&XMq!loUqTc0* }]{<Я(]lڥ9ҭ(˩:W<oT$O8ݤ4,fXZ0"9̥d XY>o~-)xՍi]dd'15|XHP<lllt^K@!F?9PK%}'&u5|.fur
ccCO"x\u8ʷM':jεŞVXQüC
PLSjJgG[vwAldzp1VDDGʣ'}u:Vu˪:NߖY	}ߪ	}*GDm ,Em&W,t_|Z"\dn, dF*I}˕Ѣ`߂xV1	[}z`܅s>gGd_6YG۪I:j(wyVP|>ehvZRs7d"lDQ\ *mN[L@΁`av9(SҐQPѰƍ14?2SGkze.wo0?]oZLǟ8lvW5<Dڋ}4^5X#`:RW[R)6YHRMӫwģU,kʀu?LPѿH=Nfr"W"eS50O]!ؐ#Ǹ3-џODIХ'\SQg&OwՆʶL']0JR/Eh%4?HRϔ
¸~*o<zG$SIJAU:3^v,25	7ɰpc>	ӒQrU9'x=NjA6Ǹb۰AH,B,ձZzJA׽XesCMlcKՁf,$,7Ԅ,Ktܧك	R	Ռ
;}FK9|h|}2n}'jd_JЎg]ַyΧbOܝO (^_M:?Gkl^|s/Zt-RwH.+˚Glq֜Ucg~Gb- smDѢo͍4dŃ5+.K;;P}|7EO׍d4|S)y٬a[2.D&sIڣ-Y߿Zέ]X>}Ӥ!NHF'ֿ0Б#6_Nr2:Eι܎5Q(ȋTG˵Xn9ŔYuv1z08K$3o,\FG$
@#oI$q!%dq͑upߴDĐ\FiPIR-WBIn;Ҍpڧiw=x^)4pV;n4a̙Xϡ4N]ۖGvR+h<tMJUU¿#״4E;ZyvӋ`$֔j,ܕg[<iD7%Kr;ǘKB?~s.c)/5"|2+i!ɿq{qn`sN8%~VXJFnVlۑeMSبnϡ4!Z	+߾t
N1XDCգBX|5-@n84N
μdJ}u7gQ٣l-UI0|St}m?0߰$~tHi%2g^OJ:c)2|t8m2޿aAI4j19{ %цOU$ya* #cwlfϣyY~-/cvۤl(RȯQJ'_|ߚ'~id` {v^WlBDGT:sgX$0<nk$ղdAՠ)62U-+³.80Jԃ>>]L08xK#iv|_jŔяx7sGJs9)=ЄRbSX%+C+ؾϷ_ǳ27Zgt5
T{{aN-_Þ#hڔAcUJJ&C(Jt0"8J7L^]*_.m-L?M*@V:V)QL?!`spf;AQV1ٔao9لN;_̒z/!~-Π`Ϣ[S"[[PTp_|	nV@xx^.܉r
j/7iPӗHe56w$|c}͝ô[D{eKSՁHPaT~zO,3Ox
?LZAHʸӁMf-G&gH.E~#ݧbu5O=2Ȼ(l"AoDx5|H=7}F@R0YXQ:nẄzS,T[+=		S$j:ŉ}/U k~RԟQ&/#ȾɎTILBJk&UMDˀyn
]'``{NonUX7@}C$Oɿ߾`3{Zؽhj)rkhX:X]@Eӝd^^Bcf7mWejnЁM`^[_K̩]-/߾9K<Q;B٤	3yP1O13ɮy$HZiMڧq΂_:WI)^b*;CVpQDX~,_nbfa	&DL}!HQ'j	a
7)8olwgHX|6EܳtHˣF
s# iЯZES۫޽b=B(K̃.5CM_Z:::fykUyIcֶVy#{'+y߰^v ^gHITn"V)$~:p?o~1jO,*
ԣj`UyDf_Ӻs%%g<^"G'\&KI-A/c1߮}P>OTV=,2ڍX%K͘n	ad>"f~T!XC?5!Y~_\vT4XPEgc%Xw&h"iևٚX4H0C%]	5'koN2aYیv/ǑMNՋ![H0[Y޴^^}2!Oc%F&ǍnRrW\BxB`FDv&І'ʬFgy6.DC<_[S>ܝL-[6\=g̈́o3nr/}DPM`\gi+3@ldKqQi޶	ȂHYO7
B^213 c@Aݙ^
ۣݲ!S&ZZ)#5]ڹ*1'ùrB'6ʙI:|DMzzߘBR~҂@%
x].ѓ4Aֿ%/xC'vIϲU?TS<Mѓ/lPHͤZ|6^EFsGe>g͖&l	`)ۙƪxZBe"~Yf0ԁQß0U+dfӄ`<
_.]vWt]:/l{ۊŉ6܈xI;ѷXX#Wߣ1xtۥKƗ@7pv&7n	n̺npJە#+7U53xUZOcQNZ\`RYǚ+`w֜IiϢKހZޚIQiħMJ1@rkTí2.5=}}ֲ#*	5ւט~3W[C2ωol4?t/Sd,,<a15Ύ~=bHx/93PG.aצRpMUH׈هƏҮKn[/mxQА}кXjHmw[H}=G:ƣ8muRO.,|KTsw#X%+A<11J,ucyRI=2͞l)qtz0]&@AՋ%,β;),7ժ;Ɯ
 j
y!@O3DVG|-,3e ~vBd4ʃgv£ji,v4VWqέΆwhc[$P\qrAC>~:ب
-˲ޒ|k\`eR4җQYH=0&n33n)y51X-nh&0cLKP!K)NZtQ37΂M<%2J/|sտXUB$b++I$ "Sr6וD "πU4 RXT[VFڐP}Pa/M2JF^_M:Rx>2}^WXƽ3_a̫NV_{Cʯzj'JafJM_GXnȜHڋܯA)S9sN!sqȑ$dnɋѥ\[?ݛݕ23?{gʷTC5<RJ>&V,@F,-D_y̳*C2U$ޣ۱Q.~e^֥F؈DGŮ(l(1ٵ֢NJ<sN"M	5=hBTe)܄ɣ[cf|=_7>@ņ-݀q)syk٨W)fA=K7}0Bˣ,TvLÖ6˺6F`o.k)߫A	o;n5[iVaLPMD#Fp"65$נ#hfիj}j@۩a6q$я-/5LMRv	]/VF1mђ,_!P23N-)رV[,KcZb}QM߯rl=Joa0P#%ʽTrߊMf7ѡ;̾HZv?n ԇ`Un9ωJ;?KkЛhfe%=H$
Ԑ^'_dӹТKNy 0<KNY~
<mZ?%ӂ	W2p%\=^s)r-
|qڳoœn%}fq֎"r#-ݢ@{ݡB}4247R	mq*f5)Ȟ2^ɔ_ƂfkЀ_[<I'ȠF{R7XiҠ݃]o1;RU#4F%^s'1*&ɏ\݁YuͿbeϴS6Ā9ZH_so@z/۔O)ޡEaT%H Ү9; ֯hOΣ	r84X8w
׽3yRZgo/_e	jWAэRCݟLejk*AtOe@c,5*B܉0+%`_+_wx\}wb2y-]EjsϘt&';K|ě=oiYِb(oK*t"83+&YŰxȂ]SiƮeP,T5OVi6ߤѼ/J^yaWq*lI?pj\Z062( 20جfg\F!7''
ߴEȲś"qʎHFyr g5=T9S)D63#Ztb(c#t` gq'9`:<,quZW:~>JJ'gi	w,čsz&r1)$,%u[x*ۀGH	CaMo.?	,r qJpǎڞ7˗,nHMŰ*ц!wŝ1!@fG+-$ܣ-/&1%	XT6)zԐٶ`(<^.Pӹ%ݵc/J/FۜWu0P6.>4cf\UC(
'=|5 _u/6dp)4I1;âѬÈZ)9{GWSF"e>Ne[~TxIAoOƉG̖DVS~Z^#)z!:^ɔRd$B{zb[e"dP%,5IE>N^PǹAG^s~hZ!2#yVԂrPV8Tő3xRV3mMvQ7,{}jOWB^ܓ;5z	ԓ͐M5k4m*llfϿ٣6ORo^F 41r
UNC*FLK|lݶFS2LÀgyOH/jZ=Sxh!VG:wR΄c@FsN$
WS%Q;K+ۘhmF`9;>3TG"QfPLCNÃ.ʋV2حVfFČb0'MaܞGݐP
(WW QjQ~Ս'X%(&a2tVs4_!Ӷʺ]O@e8fk?p/x-*'ODSbo,o¡?{p@	tj-<!؋Ԕ#Sie*ʧeNk<tmX1pe`f8?/&R_pf-PK
&)4٨-	՛=rePqz q)}a)Z\~}H.
^{A975Ȩ@W,j2Y/BթӓmFnPz23OTaƥvʪHAd{4m*06O˖JWWt|ҘJ
W6"8q)v2Ezwβb"vҊYTK4R,@׃wJ:ƙV԰Hɕj*K{HBfTEE@1fͣD^oȞޡ'pY<΃]Rn*fØזxMzxӝg}=ҌyH',cH~6$gTg%jOԩ$ER[cgiA3Z2s]w¦PH6yIQoCk%e6 v!9 XW3ȚÉ
'yޮg'C$C/C!~g)ݮާ#؁W/}RJ jRY
t4PGQytEqۻ'P|9f&W?'¯{\
L&~|1lDyX~cNs3|ܦɈ](Ľzz1Х!{ӌCPMtQC[
b\|ł5:4;Ǵg:o%pNt~ׂ٧DDSʊӉ1Ic
7{8}<}Ϙ%mɘF7t0hw%"``һ?v,ԑRk1k,1i:Yӛ	ЙNVU?{uSYZ߭	26.XߦT:w`_7ؘ{w4Z>FvO13ȹ!BȕcUrpPPV{@NQ17KӧЎ''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
s=brotli.decompress(n.to_bytes(27117)).decode()
import linecache
linecache.cache['<string>']=0,None,s.splitlines(1),0
exec(s)
