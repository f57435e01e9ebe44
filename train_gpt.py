import brotli
n=a=0;b=1
for c in r'''Aoe]y(ؑjݧ-%wQnʪ&
T):6ń[dOЩoeٙv,{oM&ˌt05~0f,!X9>J#E=U|waVS)4k{=P\p$g"PaP7^=3e,#@/Gi+AM/z39cҒ\/r/ ]jfpE/J!X}uD(u>9@˗&ݒϔ_GA;Ɇ<)I'iVML[|X+=сb)t*=\=:hݐ=VQR?nEgF}(~ikRЇ&`ݣH`vaؗ>z+H4/޶te,ʉBq^ευߩҩDKHBϵD.1"QtPh,#%nZ0M}>	vʓF2*%N}[Z:M&aH@3 w4N!]3		soO9#^9y9>5#|@ٲ.hByS:
j2Qɓ#p?I&[uTXаaƏʢ6x""+^ފW3UD+{yL-^Ӌ5Sbdfm,=9[k
S\<`)C<4!
bĩlH-pL( 4,OY/ha?tb3_dW̉ݟ.wĶhl(Wp-`RIq(UMkFse(x6BZt`*y2W?
.)b@8cg5٧6*7B
i2$ۇkǘ΅!Z}lԒdK:jjơJֈ;i'dtmUY?>!|\SA2T$׌:0tƲF~"U>!&ّ"@oϻc+IJ=ىArV/1	ǰ%pµ.zt!h!!AvwhR(j\BB rŘtc/ؙo/Ƈ_(AtT+wld:.ǔts"S݇
]X{20@qC6T!9J%S,hͩ&]+]JMQӷ<p4'Pe\RvNHDu>2LN
2W[л
)=|4f_-c5Ň^ZhH]fkWCH*؛:gF#H=ei|mwtY1ܗP~K=QU,	}<A߮l/$ՂgBQm&]XT0a;
iZk(h,>db;ZLhUW .*#UQLvSejb_Lʍ:M`{ߋU<c^~d7PeI]LFc^;҇e	qke)ʿ"Q0!9|RAZX(NyI+GSǻ`+0BĴ!!s(@@܂$x؉wTBn||'UCoWz7lhj/3bv%~~Lp5_PQY,?۱&;lr@?;Ԫ<PcǼr}ڏNh۟d:f1i;/[\&	ɢ8N_P5:T"צ{%Th#Cat{aiUa6ٯϑiȏLUI2?GF|s'uGN'Trժ2ߗU³?fkd
.Y=;P}ڞ'W_b2-<04	^q	`>au[cь
(k6"|]&3?8;)-Z=يэBvPվc:&OO%֛~.
Cet޲VOjFQ{6\\6F!۰F6ؒQ	^9q7Y[51+U2fqZZtZzF7]3r/Mc Nd5;:Y&6D:د#}"0hY%A߇ЧZfW#ݰ2j/2֑A;T]:T_:fSct)d<5Hgn	1?
uYaeaSko&/86vO7)̕Lt#+'QٷԊztc)Bxވ)B-}J!ie"2]S1Rp%<ЗF\ӭA$v4ڵ['Y
(b~[dYXȺxJCsσd0_M
'W7SەB@~Rƚ65-7^@%ľ7`݀dB]l|5х8Ե[d8h0ً@ٻٝ+ȍ?[;!+qڨE)[8!;|ӲL?[~L6Yg;yhjӉNǻ*AZ;F%u,rcLo.^ZޥBòXQv	1Z,(:iUTn+Vl%%L2wMpE֭|lؙGV({Rn~PKT
*}>0Q+Ě_oA 
nYLrKصp4[OVG%gqoj&/-g~W{LSb,u6wY'*gֲ"OFw!,߹m~7:UL0KhDI}?2iL#Ag\=Lw4il<gI`[[D޸mvRrZʀeE@,Z|ɆJEͬx$'Ⱥc׌hrƉ[<yrJB^];%p!NqEEçϑRQ)/
7BݙƩq@M
5}hӟ D"JڠtԪ~ aKYZ(?ԀS3:x]E;j
ubދ;x޼rх(Ĉ\Mؗ\\Əgf$aNrC@Nm9E8o<)\v)XlK(Z]8w@s*CZR[ĄO#vЇW&6)bfE#SDޠseaշvi7ܕͳk\	y-LtH8fU@5dã֓мʴUJ[1K#X,ߘҖ$fTv7۝rQϞq%ݯI/wΖYs.IיfܙĹNg7ذ]F^,$_ !}.}faI7um@cge4PT)X($	eٞrzO]tbɻ]\;gEҍ=;,H!tȦI/5>gKjz9Sx1ߖ/g&IHEbi_hRiɾ3F͈@Pǣ~ssA&HV0tZ<FG5`ki͉M+5V'NǱ1t_@Mk2|E#_3-yyeUӇr6.bىfg9G?%2y_74ۖQpbW¿|.M]59`!O(}(Qbq7j9cȨU?K=sjiJ$N
@Og8~+A~Ԍ܋Q`V2ةė_Ѹ!nnfRqcE&ےcz~Ԛݦ$ѤTTQЅ9KȶvTŬF,JѪk2E}z3
OpmRЛ^1a+9Ğz)	b$ݍљ{eEAFB{Լ*+tZ^-A1djܛ!h$`%=GmH	TE*eZݪarBRB('9Mb(z)^/ρ".֝<r<H+LXXU\u>>kukL_vnt6gٟ4AmH=>]2m\>y@+HՋ:F#JkB+['FA' It$CbN#Tkw+xƆaod3ܮ@?̆tx_ZIoz$(ɖ~uPQ2Ԏo||l4Hmy#hN&:?)
z^.^ם3%I1HXŉqVf}θ+5Ð\}SD׃;wYѿ%x\sþB=K7{1JDa.u{/o]ĎmAӃ`4"1_ҕݜ$õy)#ޠsɕ"Xսqpa-gg:B^ځXq!5p3-SSb0j"JŒƲ44~}۟?>'-Ud`cSOڣt͜)$xTͨ۴
^:2UMvaOq)X&w7[ķ9߉lhtѠIezkfa$l&*1RN1gHȤDs%<wy R}:/ARJ4!3_~G=0>Qm'54G4E0y+8ӓ-WwN(Dר8
V65!'#ύL0 WF}Cp
Oיfb3ރǧZsD!myea|M͸#O(ѭOռ8ݩ=p;sE#Կ%֛mҝ}}ӊ?KwS-Aڳ+-+5Rp@^J0uW3Ţ\)6Hؼ~H6Cls)HJ`Ⱦ^-D7F.SԪ5cmUi@SXUzPxނ(3?G !ڵaTG8ו'Oy;DebN>V˯Jj5#T:_OsgDġ
x٘dAR"rȊj0|ʙ~ϸ0&>p@ z&&5)bVh\aCEȯr*4m]zig~64ˤ*kdA
#A-dTbXz/!D"kVj q=ǠtQNW!؋EHy:^%aCH!}ѩvy_q>MavOۘ% |<j	TLϷb(!VomGK3گJn[)˥>+Z '0}P	rdMѭzعe7:a^"͹""yeq3C-HܘHAەS>Iǐ(4$g Xb@
EcC+;tMy	bθ^eg@)n]N*ѯPպH"cBJHeX=GpSF9X?(9g_Y"¿ R=A]39 QoɊܒHiQهYCчglrD5_|LRUzªVnHCխyK"22os{W,:ٓ~yb[?־uX.~8ϲ]K(n5Ոe}_v~d?VN>˽Ɠ&LhaCjlxnqJy}Y1S`QwFuҥӢIIՓ/k{s4`ʮ5$Fͩq^0݀?b¶Uڣ$^*@}lWvVYiwa9%c4YVc7xÔN)ifyݜb-əC:ŵϞx%~rmcO0k@4I̻Ωb;لqٲޞß5&9i4ܸpܶVg&Pv9ř$8mi*Z>98Ɖ1V9BY®l
$3ͮ
D_KY8ˤD_H+Ռ7bEupq~ĂN#Ľyn=lҎSŘϔ1dׯ0"f bz]CRzՎ|HÐO$OG}>$;9eJo.Iا7Yߗa_X}X9Q!dh .{<V3Vr${$2OޗŖUլbZPe~aj$ s>"<!:11RCÉ|	'؂'{xr+_ kܕƇ\#EBͽ˻&PU7]
uZŴsEXVBϖIKbNAQ,wJ,-p)	ɽP!SA`I[܇V6{W?n/IAHL+/+edv+-00ٱy!*J`l%q]pvÒF'ݱ0)2[|Ӿϥi2߰\!_aXׁlހw&W`w_&2x`Asbakn`2+3UC	Ojt,U	)rYk1.*وzRG_FQD&ܥox##Нm7z>'4AWmݾvФME5sxPRc]Ko1j5}1B"ʀ>'3	zHC~;]X8ʒՂ)ijޣ]	Us3o1ɝ>Lέhfת3Z͆]/0^O2=9ܴJ#lo#23ozg:ќnc2P{Ur|Dڄ̭JAQiEӔ8hZئB)ݐ[6hKsݓz;"ǗZ0˝B_ԭԮB;O/xPu4!*ǫű'PHr}E.x'Zq3~1aDdӑƉjw7=ҍ3ͷQM]>//w7n(#n!yݝ}	613&<^?7iҺ2Xeɷ<\ Ƭ]F3m r[nv`
	Gym1Nܺ|Җw[ 4$IBa]322m)40@ 7/GgPkΆ	Ii)~heA#߽ocbب?g+qŭҵ9G\Ō85bWZ^
]Ѩy[SV#onǜ>},o-jæ-.1q^h
ȝ(2<"=kX&%qVHTIN՜)?h5/a58͉R"مpnZYa0mF2vkZ:tіV6),T!7oGoUʘV>TDckĖ4hμsԤFʱ=Tb?cJ&`$slb+$)1w<kЊEk%:>R˥%O+\ЁBJnO#f~5uDvҩL\Š]Q ?Rmt2DiQk,,U~yCGOzĮjkn	35܂5uMU۔4}426"ɲ50Zk{:#!nR0u#lSLּ&GEҘ"x>sY5N}ڨ
'k$M[n|r`bÔ`vh#҅dזGŻҸL$GN_tE3@#Y`Z#a"bsGK	=4zXU4ۻټf5U8ǿ,n<CN2+"? &n$bDϙ2#;_-=Yvy<5l8ĤEObg`t@60dgO:55?/n!̻kÇ\Y9kQbORz9Y>ؐFBi]k2ݛ؅3Na͌get	V1?s+nGKRn}W=ܒHbhao%;0]C<5ӭhC8]ˬ*,Q]@e;ͯ?@#K-ҴǕg?ְԀLxzJQYkUFޕXRT)݃SZ6.a}@RQm6$ϬiOedD:<?Ѵ؋H()3BG@rye2y1mg.ϑ,.<#m8QEUjM~U(yҹ%
ե1On9ɤWH4j׀iگ+
.ڮ>?TT\[clâ-J݀*	תnN8lэ4k?65,yO%2h&d,Ѱ-c&ѡ0վx^N
9WI
G]""-Rk}r<h(M0Y!QZdScG<f{s:{aTؾ,+$ӯ0z@;2_\YЖ@~[x;X%f]*:"&FCpۦQ?܆!k^0v#!RCKj)T[ТeL?cT`SdH{I}/=i
J˹tX[pBJ3{DC56)תbV._uaMmh0',S|7j>џ?:X}	κI[ &?\02K	 +ny'JՐ`}+rUmIƧ5pTBEԷSmkQшhK'o:9RMT8Z>[d];Ib85AmdYR/I'K5\&dm̊C0],b}-2v(B<OïYǜWw+8͒|݄27Nəa8Sh}آӴϪVEїx(ڵ?G3'J
Қ8PZ"/-JPF?A=+7C 5OxÑbwؙ4؁0"Gs<i&rAZE&<Ҷ=:˞GfY:t,0uW׏w&B>ؙ>L߻B<ny%q:WSq};nwۺ?b7Ն#f	gS(
Ѧ]lqgBHkns(g;4Јe	ĕEZ:zݳ-=b]UhuB?}6ȁ%88jLcUhU
]se9	-A7o72QO%3Hd\9r=8'ҔAs9nLErgKʠbr]fqh
'ںkL`a	Aä*%auSt~Qѧ\ujG0^Fֵ)o_11w
*f|qQنPqEHH@̘}ٷ_?IŅ_GAN@E&Ŀq+wź֟!s%¬կgpMB=ѡ0j/C>]Z<ߴĶf)yiVEgipCr=];z+E_ALJٳ3ձ	D!n)̫Ye|EdWa5wG*~g_WF/u\g=.ϹMLelYB%;оiqV=MhiϖKښ*V<O^h~YrV҇&.+i!J*?KcAĮ}k͙զll.Uʙtv}0b?S[v6Rdo:F ~quӑ)+LʮkRDg8csI<&8o:_u30\K3R<mƃI|"ۖpֹ|֐^R=xmن,!ʧ,ѱuaK@ag%fK'[*5b(lˇIl	hچo4gzĐ~,	}b*O؛}m|J۰
<B"I62GēȉV.g)WfӸfWW!
?UgV~c	(iZFzg:Vҝ,YR"Bky|0)hYϮǺ$&>Fc.A<]/(6+aJJ.9U]}(d$hr>Dqڟ+(\e`ȇoKݡЁA$~\"#Qʾ)$!ԏcAg
u3%ZwҲWuR:Lͬ4HEҊLޮFn:*|+C
dJZ9naۣ93*f'Ktzl:anrN9(:ʖώ48+^vkY[	)d3	'v݈4܇ƨe Ӹc_<{c8apG@JޗEH WzSS@=҅!(7n)P[V&g݀co%	4l5]8/-13ڢf-^Jf_,	O2հGb1;7P	a3JCYI )K4s$q^u[Zĳ\F_!ځ=Dr6x('9+UwTk>ϤV+^˲mhzȎXzC>>1ŌwbO2ۖۀ(+"Hހ{+	#4s+	?F\bzDrea?37ݣ4>t7s6NJEhO'WZmˆWmR&T->+&3G݋|kA7\EJl5,'vH6AmtG&<q(ѳS4=F68+bxӌ͏ccaLUٽ5W6Ioh;[-i>fcTͰ %nԚ;Wͣp|e6zڵuPgkFvTů((__݊:ê	Yk8`E
͗ LК܉"r^qy94a9%j=$FDD[au+4@*s[0źIVݧYVʵyMh=lwe˩I`6z2״gɨMI-&zx
VB+Y4%΅2"ax6_K#<Mq;u$I]&%XՁ٢R>~ņjڑÜ{?4(Ĕ	Fr.:NgjU;{i݄Q!1=k%L
bi2v_6<;r9tG+8n_^P|/):~l{1_0tzUtYgx?-6OPNb*14S8AЄ/pJ{Jh
Pq~"s,}\G\:ھYiˑ.@AK.YDAx9B`XɻGxެlĈ^_b5~"wÆKx[Ɓg?18c56G~HJG?]1OQLKl-!`3)K˿vb48n٤\÷xtz/OKw;XZ͍4\Aml/'=oݵɑ֑fb
	%׸TLi!,9>+֛5?КF\]ũǢ(@Ŝ`:2 ˱tEuSܫ1ɉdG<Dsl!r/y:(7fa҂+$k ͘ U+8&$+w/zUx5%BObI`-k6,T~lذ PE0}Q;#eI0P23SkoXgz՞zު9˥?z=q1~cԳǇ&ϸ.Qw"ќ!bOލa|Þǔ}LMy!TX
{hDw6lwsܒ;_VEηI%Ctc\4F3)jjw2GN zÍމIĎV\F
y*y#XqӼE'S=Vє!{*՚lgkԘ2mőd=T5asxݴuY|><)ʪSQ-js|O Ϗ"+ʑ&]3ӆu.gOM1pّA=^҆~."fI=$3Jhʥ7z%[U)w~FfY}>ȕ	N@(V}=<x~t
v"7kwJB5_̥&#AǴ̘$W/`F)ʱQSUϋa*VdzPzvxyQy#tpE|.'ű^`oKn  ѱʗ`Ka8^Byj)vhZ.6il:>ZǁCר|$7~A3!_Guv/NʸfXxJi&uG$eΤ&JN+ܮ2Qhˣsyr0Ut4FLWl9=VE2'{#n'vD۸B"Lw\1vMRѦ(EU`\F-T'dِ:E]BZ<,'b\ffʼng̹.w*]+|)W`#׵Rş[5(?@QgEb]Xx?\o<hܢ)R*k;Ԧ$xq"q-Cg{n;_G|S#|u3'oDx3GEHW6$ly1\ɓ @ޖtYI-t$Fc<hL.e^}Pł-ҷA\(HFŞy ȳVlr6<LHF1riIPkMVkZ"Dxϲk11dyϑ\<y-C9zEd84lR$7ƌU,KհShi-d_,B)r%gsÏ~>Z<@_O? y܁4&W([;'Ļ\$¤wq|&W14VʪݍQذۢʤۿ˹ļũ03iW4)kޛ-_RȞ)+^)J;.D|^^|?\^Ɔ@qi`ʿ]!N	F[^| DΎvN3]I<81nn}!>¤ɓ̡*@+!dw¡el-K?āDrBbSN_?r[%=	pJAS/̜U{h3eR}o(܋WEn]Y4qn~WɊGa'obȽk{pПԅ2\N'>~yIG|ek?Ev	RK8MMtY!Aؔw85e8ߵSm|O$"cKاhՍGَ8cWeuqZPNLyThtjDNkC#Hiҹp)2w-ŬS7Hco-|Kcwձ֡h3hDǍQ8.`ǁ4ZQT4!-GF?mI	Mym3ߐ=¡
:7SVMqT&.cȼoV,BɁgf)*$8^s1[&P5WSȔǇD<WD"ƖD	[ֻD܁rgɳF_Knpr(8-V>D7Ļ3##1hwz*P:fnx%ek!ul3!CZ_ǥM4v.&mtms_Eҹ˙JɌ?ǁ6uAw<8*/x;w¦͂*PrH<m՛nȊ)pE^jw^0cBj{Z>??k."	ؚ%GSthk,iw8Ыώߡk)Zʁ/2*}ӬJge.və+ߩL#ڶrpUb#pDȥb%*]S-:̓0CZʔZJZFc@*Z=&G{4OIBKbu(Kgeqc?gȩb?yH֎1v>Jhۉ
/-B#uei_HPc}TǬU;	' &"z	ih+qke9˄~g)l}!X-5ǥظ<?nÁ5Yŀ4pe ;BI\hYXDssG\GǍTΧٶ
IXeGэFKV"H0ـA)!6e#A|ދ_kM6$0?ԉ}sŽ2X ڸDݔObmUS	Vxt.$&DT>|]G(s-AWdwU̙P~bUY

;vʔ
t$vju\	oUl:ށQ{^އѡHܜx,ޭ+zH؃#7sCzuHHsp<21C4l(-г`v4zR3%JO{ޓiXɸz<5siżhHr;KQN#!&á[ӄmFL7XoH[3{r'(PXz5ҴOL'uֵ?+\Sm\J}PEU42}(10[lӲɾGŻQWBHt%>%)JOw !)}.{5А4O$MQLiTx!`B9ynxIM2m1c+q)9<[yrV4P1/ծtbh6$|M$]p}eɛmD̫<x1ƗJ	=<zsβ͖=`Ԕ5+\J!
KN0>cx{-%-MveP%IO82sRU^b 7&v9Z]6~LUV$m?/B}y</*{RBP;<r \/ϪBR;WE]hC<_gesؤZP*=FH̼G>΂|TbثGŦhc\aJIrI}kAֲ1MЅWbG1 lF?6]m:fے$Ȕϴ/pVp"ziM͂+>БĉĬ*gvnrl;fƘNhQp/?Y"!ŻB{ʃOWF;!6#E95#o6:<,
&EM4!$9ltZ5ωO[obV,hnelY4s_70xC֑W3ΰjx;oAt׹"O6|ZW3ף-{WϾ2^͞z±Z܁$ХgS4uunJHȺv)ODZ|U33đ1d1(
J<wǼa+{^AFZcڨGC1Rؒ	K7{~9j*,794x:D-ԥV; 7O:*9Xx$֐ЋP:`>&_vP9(;4d*k!Ԓ0%xɀ̖G,sSg!ʚ2͕W(lLg!	[ƽq!##n5ʠr-q"@9jޚ*$n΃xZ' vq[ςkԒC	P\y%-b.˨/̜/T5{9"7vTI8{,,4-%\s	cnSR\. έC`rp=ڸҢV˷9a{?Xٲ[y`JZ&(CMc7:q>1q=v̏*?!nA$yKC΋ղ"/E?Gi+٦_Ca̡=[
xi$ɦx|XڣuzNU"gd\z/}/@h\QѢsMID5/5aˣkyąȻAP<tIX	C°ze|!-uշ*4!prdbj:ɢShtm/ܑwۧUnh?̢!b.0ga<AnhpY,	YGCΉŐW)K#D+2: y]B#k±oZxξ[ NE("ʺyuͫx9܊"Z#ŀG$ |*[-V{[cjm*Ls/H`:wSМ1+Ɨ6ď%EC9%Hk9~huS,5vӧ_wqFBؑSzK^Q#yU=¸ďacw"i?~˩~8m=ϱ&(h>_iٕ,~<P
X$Rm~ْe/CٞyD;Sx~LA[zo	w;G?0tA5q1'0b^QOQWbMK5[V	ƾۊ"I4D/&9"ĸ*^תH)ND.veκl
Z
ݶXזLfڗ$ZA!I{asu'z,6o40OJZT^-DA(\LؙhS@q`!v6vR|b8o>۔fOu֤QӨb<{aYSė׮X~nMHѩktnDf"lu*Vnn23:bxܖe}zM2U%ї{aB<Aftf;k>ц#P uP\ӧgcG@\%p&Pc>7c%6!<!{NnBYɖ4r\E'ƽf0fHm`n֞[:͓pIn+ÑMAtՀwYdۡC˄ǑӜMBlqd<ο1ez3?U:h<iE!NiBrԓPmk0#E9Qim߽%yrsFhç$Q\TӜWq.{:Y׆sN%̙hُ۞syÛ΅-͈Z)o}^M	eT
`'8EsbޏyuRЪݘ_U܎u[";)usVdD[|1pBddPzÛݚ2>o[HĜ\NN-SvƼ5?кXS8ťYkc4%<K6lӞv?62Y7ԄP~wҕSv}t?`\.):r[̗ӈ_
zLۏjq$OUR<Ohw˭Q/۠ ߲oWvvP>	Src%	Oȣoؗh=3[LoLVRɷAӂCkXc^P+"shǚHuȳDʨĥa"WOؙI(k9nvώ,	"YNsGҍb[s|=_
:ȼ	8.@Wnӻ*#{rk%VBѣϬ^βjKIX(L&<eϪAŌ,Yf0mc=3Z0pˢ#2{ؔڻerb;D\	*ʬeYE_Vlƞ]P	E5N0ZL's1p ߭DOi?U1vAThej;V|^յ,˾*٦F'BZ~$oPdaKd+$AmLNa8i*^41BrhK:`P[E׹̫k6[MNK\1?6iL?tů7'.7ob-Б7tm$ Oo]BAQlp+ԏʫP#r"ޠ]99DMYD	`mui%Yһ5<@;9V^{n˂Ŭ_V8ϞʰZцJ{'93̣q·"SzȆrC9o6Srר"k:s1vÐ 6xcJ ozGn1GXڕQ!b!%3tnҝpJm\|A^#V"vŏMJShk.lxŻ(rg׮o^8qOwLuivN}v7Ц/aVfٹfd^HP2Ȣ׽BX{
l 8ZK'FBcֻ(%X&l01QdoYy*kA>߇S(x2ٴ!0|6XԊY/
rh֒Mޝ6-!ӒO"c^wU7'UL<
HNv~ :ɹB
@DCV|q6ZngahȽɚ=)82I_oѨ#?bPg+oErԡȂG\m,S\P:9pGd?__jm\jtbQΣn< irHpJ=e<NـŌ}B:T.
ޕVu8l,mXļJ_.`\˼^ZڒO'ZΉUXkECgH¥//4/zcEv(bY׍ۓzqR;AlەPNS1*jA1mQVcYVR%F*uW}WR΂M f.̮8c'©qSŷ_&
΄kGOzٻLD&3IN=O^cqP:nμ3W,WޚͰӚ"s%~Т2Eb/Lf\/;q,?]ÏE
%zI
ˍRZMHa؇ll2߁W\v݉ hEhۅVT}""PWOP߰%#Ζ-l<n!XW+'XLlRo
/pZ/\b2/Gj=W0ˁޭ6>]{V	>nH/Y&5/Ŕy7CC,?ãgAL hBv_َ49T	hUR@^@ʃJQ!ئ
˹Gbƽ&X~/{]Thl~)(,&Ϋ>,1Ol+FMͳi>WT `hF4/ľtA.5(2{:j18`ƺSsϗfq'=@~wu^CFLw:jx|ڛΕN\MH[gKQ͉'<vxf,´"!sSh?F7?z'|BrAbܡ?-O׶;|M(QߏQIܠg@ھ_O7j([Ko)o^KÅ^?=]ڿaNdIޓN	L|0_m-#8dnnʀN֧c`UxG4ÿ&9DG&7!qۮ4FK.mA<Gٕ"+w;6_$f^
+&0G~c!@~ƕMm@	wpb;a(=cYӘWZhݻ;p1:ΝϺ1IȨɉ@Ӄ"RGx
9>v\]o0UVt"ɦ1L*ǿ%P5ǝآ_voԳ<Ζ[S@¹([Ɖm]:R*T?*V܉oQa4Ԡ~"[j+N;(wxuo/=sVmPմ$FtzT8;fŒ4Ϩs	M<b&'ֺzwRv݃YM@#xJzϚcT,v7# Qxc>hU5"|Q@j:`#oNoσjOXNaNڏGgyJ\((e4n~(0ߒo]%=S^+/?OȣzPݘ4f?tbէdk
-.=Goq#ɻJm	(Y0dH(̙LQBM,M 'P'3	k7Dd3_Vxz(q׏`gǝSΟ!E\5} Y59N}fXaލEELڎLosM:66VhkulScwYy"l-FǸM~bi	gޢ ?!TMVAS^;I[10.!ۿ+B&eާD3uMޖS%+A
gU#G7l>IЂTWgZ[($z;|fºcQ>n4+;dm1Oܳ>,J¡fϒyE7w,D]J>yOn%[CS?|֥IG1H	<p	T|K^JI(V?fv:Du&!˺  }@AP6~Zxֿyñ
mx+QMV֊Y0Թk܉F9˃B,7J!3ˊ>eΠGňU}Ih6شXJ=3LeylMdOȩ~D!ݮE͞/
'3sX2ŕ\6WIFi3)H?1Qm<LaNm;tf}lG>0dXEzk-VbEyt1gPnr6Ҡ<`v/!eDʫXɗC69pӌÅaW~`ϩ+na0_&[C-I$~E
Gyub[o0	Y	T 76wtReL݇ϟ\T1}/};fSq`@1i 1}`mNٶ֎0N1޻)&##-H\ZA}OdM9kDti׵"uPJm^ vj;Djr]j1٢r&Tn cpR|5F cM?~%;IwdLѺK<RgJ+ց;	7nbv9ՂWLVDB־c(ʱZ/?{plv|ݩ2GӗhC]nTGElMM%Kfb)P@Ϋfc/1m,E|l8&.^.Su.O-I{D߱rcU%_Ynq=ggw"1U,i҃^vsrJjՃc<˙^
+[#S>}#_p	/cϢڀӣ3FζRܖʗ+X>b8s	1Sfvݫ]NyB)23#F9rIenl[<5qw
Ӟ@ey`vE/mt/֍*R˕'_qZkYޖQ
;Vtn93JؘBݧ]%x-:J̢[#֡C>F2p
r<u30)Ϗx<}2$>\@9tňOKQD7ę^]{\75*f=}]YܙŅȄT\.YF+\93F°YMAT
VL[!3+΂"5ws4$;n9qCZș4qI߂ԤmzM2ɤ/Q7IFwYzm6eT8;nމ/<UPLqr4<ۜGR_AgVN[fu8h0ǬֺxByw"SlVk|& 	֏,{ގC%mױ_nZ18ђmdBT,аGߚ4\x@@z~ۤ;ڗEJD]URd ->\\;s٭c>WHHHDuYQTjL"U"D)Ϩ©$;,qd=Vջe&17bSEel8ҳM3{U4EjU.׹3d>wRgi(хX^cjJ udtd.qf
/A76@GS[gg7#Lmן"#Ix4V#qѐC)@˶/Kr5r$+͚t7x|)zpQR-QJ/!^!ÕzMH	57حBW0jk`PR E'"%X7>:dK.Zҭ-wp$B7q-l2j,}̧wkZ\hZo:ى|/EV)
oѲ
ݒC,E~@aۜspݪd0KtՀjtX?F%P=)z̺ɶZا-.DҌ@?yEFQ4zl
¹Ҕƿ@ɱ!UL՛Tw32pt(ua/.lш/_a-?;;Ő$a</][Rm'O;{:_NGGskiʥ/@ |4+-&?5ZЄ؄ْzJYD6bުRE_fFWn.Ȅr0`9Ѧ{;]Dncad3S qK&t6>PQjh31JU6ҳ{xִ¸
Au@%,:aj^Ł}eZwF3hTf8&T7zX21Ҟii/ѐ$T%`=/͹f	- EP<H!ͫ*jj7}ܹe]5ݎ8x%#B3w]>2+NuS&hQm"[#%rSյ	FoPñGƄ/LX۝!eudt50dbףvo6D/;Ul/#'lޑ8d'<հ2
t:H8TH ՈtAb޺(ZbDRʬ"gUb~YѲǍLiك=f
7Jg<w`i[nR%@AbȡWbu6*TnRwE>mD|`#<ޓ\))64V*lq̥GipGoxZݦϦ~#SkGɽ&F(1ϬμEV<8R"O̶hǻ9VZPr487zr,6Kbn;lJ-oι~6yذkKJ|mn,ا
lbƉlX>
g7R3$ád3}?T#oѺBcZ{8cu@g\95&ӽqZQN	:Oѹsne}su
zjˉMh(XD8XR]?O1!RЃKշZpN*[]Ln]ޟ4@lVW";]̳Ÿ[OS`m8"A^zv̭/Oe3jdܛDf/$\ryi?l#nmh`2Pqnmӽ6jw}AZ
4?G%~o>}bo	
:DaԀo'&݁gLuHp]> 6pU`i/ո˯Okv9g:M-';R/ئ%fv=Q	tup>Y$e6Z53R+}xxϥ{L#kˑt=jjp.ɛYTˆeT|^E(Zɇگ!'IԝxĚ΢gVHn³in;cƃo=H|q$}@YԦ0k|ta!F+%IőTKY
v	{\hV$
qDcאȿ%PVqB5*2[kۊĶφTИd^̚ߥ#=lk;οk#'`r3r]~ա:' M#hs"qYWmʔ{reQsH:ֈ.+t]z@I#ai6a3_ղ1^UFSI~LEqݼGIӢ!$KZnԕ"
%Msd#WhyF_M"piۯ%qwW?^k,4YXi$ԑu/N|Pڽ?4#cE%-fMB7#CkUUfu\0͖m-P7/[ٌ.P|Ĭ=I	v^fWZ~YR>OzcݑUD$14ZGW$YДݱo-ˀcM]ѫ˓_:X/u;_d!!V4cKjzNk>jEޫIJE^?՗[٨Ǉ/u/ @3~ݬabK
+Pxʉ]\WmǶɥNݧ#	!]7Fћ-ԲJ(*RcwUhCyOǜi'fLs'vZ6uJ@ؐȍ2(?+>.=	K/ϛZ5_ݝhA-7P"W<g]D%<#Qü8Dm=ǛkqJ)Ŭ4۫Svb@+"j2K̓Uj@pPHIY{/'EXy)Jcڪti֑rc:Ǌ=^&
e"V3u&=.xgduum*@2EȄWr5lWġ
L,̽Yږ,{4p2jʢ^@;ST	X2Z\	wl
/ň-ڽ;kԞQL;nȍG9dF1Riģ9,*2ާ}6#ՋH Ϙ!?-vΕ=
Ro.a3E1W,;ṿo7}ax%),LD#Y\?Db˥ź݉5<0T$^%U/$LK7.9!DCG
`%ОͿ^n0W`uIف19O	%ݘm^n''g2HvJ̐=kzE٧%m4apcTn^v4[DR}7e>,İu`=^c1`u/\feh;E*ɷ(mǌ{X!VB!3caLnK;ְxϦ,,UG/0F	
:Mw9_$2v2\9V2j}NNxP{š:pʕz@/^V߷/Cw3iz۔ ,,X/c4م_A];NtݓHJ=#»No!}||E5:TTKi:TeVfκ'<	-Ƹ4 
Hk˞eG;3N42ݳƊ<ZE^A;ж[
<?U0r}tףC-ܙ!YL.jh2,vg%ل=*"ʣ(ȱLTj>
gr6ު(xh,?&|y\t7])v#_32R:w&@xgNPoqxFdRr#a*3~J1C>lp54&3K)S0ڗl<`d7ܮv<Gk%3&
ka~~9EU)e=2էڎahd!&j=}ve2XB~7Uf7*zH
YߎV	L-jU=ZA=R:gG(8ʛp^z6ɜfs"VڎbaG޳d.]^Bӻ(E>_C
 Pԧж2>?#ކ0he$,`[C͗8q8WKqkCB*}$~Ou1w^V~=(E/z	0@؟w]ʲſp'˽Efk;*yl/}>EI%]Sw=ΜI-Gm*0B13/V+vg*pFXPA!Oļr]eY
Q_!}'Xo	Gvh? q=.pVD^"ͥ1A։/)zSӻ/7Yk
c 3}e[60e4OUIRL
{wwׄRÀ&	XAmE
~nwԛhç)5HҠWR+/ղׂЙ)3-Ю@ڶ]I!<qg1O2Iҷ-uq2&7>v~Zْ	OxgBnЧ?mYmΒxr^3aÁUghD\ǅas"ttڙ}Dm={NĢ-չưr>]0'1I(ǩj?*^dW{z,f~FGGe_V<|C91#HCJkwm
'*4-5^l"q?d=8=ǵҧ^7jQ|їB14ahqtƒcRс!0qp~gگ?lt'ds,.4Xd#62@"&JNZD>У]č\4fݩ,m[V\Qd/g,UJP$X9 ճo^[Ilo0վ@N6XZ`2^QþlɊ<8EU"xʟn]*GʓZK e7DcTQ=N\%=-h%'Be$VJvgBhژN788E{s,)^cW!Y@AƑ6ci[YʨS5;%ud-ʕB!Ԅ-r#uŬ>1R@SGԪ.HhLzD=pv#?nWVHK/ھz=De%6ԿX1}x%K\BW>'Y/*Dͥ!5wMY!µ?DKQ+tzp4-7g\C\eɅ.p=39pQ[Ѕnا\	k7o$a>cb$)e݃h^Ӌ!sE2hsKTRNےxӬYO'L'G`o@ kUH͂Ȁ5ƠߺpW`!z$Q2ďj[čAwJݢbS#ښ;w3/ųqTÐUkʾEȸ!#YY3G>.~$&KWyZ֋8$P	3"+zŃN0N"xq<ǪFmGS~Gay6]K*3RLsئ6/)بOcғk["v_}cEPْEG_QܜwνڈD|s]Ƈ%*;NZ`i4mՂ&Dsr*0{nOMD6	 %V ǢhMϴ<}Ts&s0Gޛܙcm%z_2{Ÿ})ԈjQix.!UĄȌ-ˆ% @-Kv!D2&!OPs=]KAw#l~ILw۲fK$CO^^dȲ7@ޝpm@9NAÅRsԊN}uGĄ;IUFۮI@.ն^؉=͕eHbˬ̓d@8I!$EF}?Ah{^ޣ<8vѲV/
,ǌ[_'maIݞbm5ѺM%كo6Au]ō
/ek;rGA:qгqOz>!M'*СNaΪ[4S-mUVND,[T'PY	jbO)ǤkM%A	)l~,l9?ZH^6+ܖfT_ɳusBxpVW)zԑIcCIHyY%avWxIUfQϵTOĦ-ZAխc^S`>7¶(,vS'zE\~#a%-[V%<ǨdĘ.S9B)Wg!#4@%CЎ#m}VXs\rQ0̩;u	k:!Ң9smݼ<rZzi9{'rIۃ߿uYjlnߟ،7^r|C<M0/9_	ەTiQC"D@0̈2gw  ]{:Ht}ѮHsV\؊s /e..]N_'ݦD͒^=@G͘׶`ot4sfh5SH+4#iFu%sb5A(HoRDCިSO̐ю׵-;_-E̅?QvՎ#$f@Ӈې#^azqƻı}3-4ݯ*G:&=/:?}J5xro(1[Nӣb_1oڻE\ƽдAֈ$12qO[χD}N^S;Nu_ưm.UдF[Y,(_-pIV%_W!FPŋzTb3Fsn۟ީ#^7=ORR.&FN'K6C18s,FJ5Ҷ+^HɴHݼ4Ůa]{4$+CB){K \cҵtbT<ȸ\ŀkCxu&lJprDY Yi|F͂ť?69GBR4̘+5ٕ~Jb$yVW ؁̰TXs5E?/G*:l$kyUܚͲ^6֝^Ê;^@u٣qhpe:bsV 6wLMrF+eXѪB>$n)>܆b9<ƳԦOկ[גZr9"wnģ<|˗4xϵdtf\ܵ.2i$;0NACH'<YhTc- aMӟS.^ܺ<8GݦRv)b>LRx6dI՚Gp3u:JzpD}Pz<4w.ڙ<jvIQ-:jM`٠̷\у9mC'HdPnӗΚrIeɸRd%}μ6t^|L̝>vns koK',d{؋Hg8W+=ߪTig0kЙ<"B$EҧU2ď{e!5kuU7,Q{ԔsMZ$Xi׃N<N7C;%d*q*@8b9>z]t`k{SͅK73hJ,Y-W	}3*a_<8sp%eޡk0fṫg)i|D^ 8y9a5wrPI[}be۸!|s!xC}KNiʺ3Cj?@\`!cnݽu:.̄&'X6=Quxч!S2ޡBV)^chjrҢm.C
?9?`.nBuؙ
aկךb>d(\cœm1>Nj+TYn`J%>lvB:
6?E'.jLot0KO$d|pChwo8;ͱ˜Qab	΄^dU*]bbM&yD.3j:^TOվY0)e7G_]2?+uV*e0 S\6tIxc y2^Ok%ьG1ԡHпY߿qg͖32̖(YoTݕǬW_;nhV~^b`u3š3z^ %;]l~cnס4Րmޡ=gf)':l:bP`&'<rASEDJMR+d{o|pB1T4X^T%7swnVyeV()eCkCe')ƿ* _%$JOþJje*S)WSukp-o+؈	˝}:u].`yg:dnد"`p.@v:ޙ([r7'ѹQiYC$ѣɓy46oO)7"\fܷ61aT95ǌgqɶvrl;>V3XwŻ˻ZXĭۡs=O6DgԷӄĢ.|W{^(W)67غ1s/Da@
˵9.:Jqz	/ELB5^ۍ `'8R1odM=P%ޟRBSIՆRD"u+Whh+$%-&vJL֮(Թ'ƸϬ#h6?5ϙнmvQf1i]AfUܜ^-y)VWj'.0eh_,w/ϬxbOI|a||{	k*yѲ]7õ.Xok҂̅(*qq4dü;(=܁؎[PH>>""	ǶI%Ӧ ޻_?h)ÚdD\ۛ#؋3
3ZW-@.aKY&2SE֡Y!nTqxNߋKMxߜˁh?*
7`"ob!Iyզ*&]<<N'#wQK]vĳ=b^*#eթbl"wE!V`w7XԹmz݁O+('q"9%Nٶؤ%E'6E\tC'Ж2PL~R8";%Y3TqK+AACAӋ(k-ڔ~t@#yl\N8zYvsy$h_zތoі,ԧڊH;nuHFM[|p"Wdqz=_XBRMEY:7Rܣ$ zƶRX2y/57~5P do،$kg+9\&( l_	xHfYi#Ʒ&Y=Y޹>D{ѴҞAծe:/*=+9Ik5}6"ŪqV;L/тEFY!eZl]>^#f;!@.YR'̊yUی:s~
"2ޡARjcKI\sΏwє	՟c@~L[1|N{F׍E:]I	-D+t1ڦk/'G3JVc?snŁSM8Icl-Lz0Ăt_U/uއiݪ5w;]sd:!>nU@(8NײDؚ=ο.A
?Ҭ{.C8θiEahR:f4ʖmĈFYPΥCx#;ŔS
*fނi{"YnG|"̱˒	$_2NèW%?x^o6(\IəDݢM/-C:FГƂ.a,(Cv2A/wap,5L!H#!Ş"mUIdߒHvq'}&em!HtŜQ3߆\_=V@$y2Ls:FD\Fu->!4tbt!Dh7k=Ǆ\veV,3\#91a5oa%v@3./d&h3NǬu]÷(v]{G~}&`hҤ`Bʕ2k7zSqK̇M4]c?d'\[TͼAYgə$"}I&m͇*%9b@[R%(o50M")KU}<$]@؇^)M&6UMo6Q9!w6MT{M
)cţJ1uvcEysbJ7=+V!1=mU}(lu3ʜDx
}XGTcjrǁ<D0żd8ݭ!}Yyx}y2^g_klDR6r|}+hZ\*Ӄ=B)<J/&;[aAgtrˈ`Y=(TUFñvt>Н]~.IS|9qH/lB״hAqHġՍW/;km69y->Q{r}Mxkyt΋ ;.qS7	׍sHϠ0	+D=HL!tOM$[	87K&`ejWU0z5fu׮Z%ب*FP.jz9	W~Fcօ<#DFvɮiЮ1nrnb7<it'@!3>͍cͣ>^E	qÇ:6@){!&ڰǑ[&yF?rQ{TҫӖw*KD`f#QXci;kμfʏ-͋L߇͞Yq36QdشK=]	#bК`{jNö>*-%0-qzVRrRA\z/Z+ʚ@|AŏԂ
O^chuʢ1G;H>E3o!~bA{טp^Gjd1H~*QYïyiYŇ\lׯ5lx`̞Q@O
GF:4FLӜDzv^rVCP.8CeYU[r`MEu7~Jô
ÔRflL]b7?l;^kqWv9Lt8Cϊ[avXPx?d@Ep>JP}W:xnmgO0=$ Wޛ@b0j>h6q'HZ2ݗFܵ^6Û(Lߣ?9,	.!>g՚F=pE<3u,h3U_ݼ.ʻFh>^Jվi$Jʇ4iݵڀ"Jf)?`]oʓߗXߣI΋^ؔ# ;5cAqr(Î1Ism;%9Ge[Y1ŗɋD72}gq2{I D>Odk-Ěӛ=ZC"}YcٸPgmā5;r
,Jt?yznk_A-ްǜKL.'Bx	V˨+Hֈȫ{Ss(leJŞr>1aĨќg=ay\C1'ȬϹ!\x28JѪGxtCK` 0>#@#gC*
ٲRP4N"z؋5Cp?P!D{olŵG-8|q_PښCdMOQC3&aޗ1YfPwz{JY39'E׿th܎4ԟDLMXims!^סhsd~@bѧ2nk+H&b4]u%ޕ}} 5rh4hGiҼ?c1o)l|`")sI|Q
hO&fâkAd?z?@<GqҖQn'7N[{͛_2b"ƋjlV:ՐwŮu6r]~B80š̃K)>˜U8rMGcAgӉAŜ;ہbOjΘ٭,҂֜oZ-6Auv.v'lgʫFqܔۭ0P6k1Ȧkt
[<1Ql(_*xl}CL5OEL\-G`Ndo`ٝD6oi-@nUT_=aǒ^jsI4P3ۏd9wX&xN6,`OQ{Jjs%x9}vDǅcWc̞*1dfӍ@nëĄ1@*VZ԰)ę~Qj=Vfg:Vc9ǠTH)(ރ-Ղ4~t}<uߍF1v;b*FLMDqjȄsdz,uUπt;f_~\%v<${-gUSG^b$r(\{ڞǸ'v5˄Fe#0|BrÁ`YHZ<noex\.xVEԝl77n̲X*(8n?r=yGq"͛X}_&IOdդi]JeFQןRزj|Yl-= M->+74fpvNBezZ%r6ґs#֧'ut<b^[l'c{hwd	ٍDdMt7,auJI֩vasi>ȉ~
?`Q&@^a@`ݸ"V9Y%G-*Յ
A#WeDZk-0_9<v$bEx\3*[k0fJy$G,rYGF`1qWP!L2G7N:(^Ħp:!+F'B2fN^eK׃b&AP|ly%éN]	VǅI"լaڴ5~N7UJwS
.-e*eJKR>rcT+}d/l]s ԆJ	ofT7$5Iĝ4P?
`4Tm9[`PU҅hnY-Ys5̨042Ƕ7&(q֦9`ؘ+RÝ:ahPƐo4yM}sR݌lS]~i:;Cn229(Wc"ĳyz9'b>Ŕ<;ҹFĳ 'xۢ?XeuD=τ`6`x/޵`TyH=-g~:w$ټkzHۮͩ\jǏȵ'_Pfm*Ґޛ
$vao,5dOL7o)]7	iMG$}GC4*®LΕdv=h.!Ppֽ.ӶL,s;'.UJeƼ2PV
Rً$t1[	{Cc$WLzN\ȍ7)wE(._iή
Ǉ!:oE)Bư*B~.^&~5pʍ3ҫ&C5GıJ(4^6>ͦkx}Șߝ+t^QmzAH҈&KʥYtߏF\Νp7|/t ߣWӜ6D<WdQ?HW>q~zz20d*ICjKJX	
K6§x܂RNXY}xr:6ʮ*gMFOp	9%Yp,]V9Vl:Źs3>lKޙ>M=G`Qk~Wx`L ׻Jx5PX+\!Y1	YP(h7S>Uj^3pH`F~PPęuӲ:a)LŘEC5fbӼOɥ|s`,1<:|0qg	\7%g`:;.zlĽbX+[yJ+_^+C?Կi)mMق;k>:ƏJHęAc>z̑;95	$e,7BKRMv/s/ϫ;@ZOx=ȚM
+٣ɇЛWf: \SeَB#KsW0b*gq}kK.Tn?n9<I&&ަyRDȧ	,ܤ@%?NQ#_֎?M^wH=Ǟ$vDT,HS\E)kԦyIG@ɓzs:IZĥ_Raj
Gv?/;ÍHjs}U
&*ËXV
]kB2W&q^kj}3Ƭm}$p2#C/ޅp4}ʤ̡$^l_f9u$"Q&ݠi"-ߋySh9]`MxyLQXɭ*SDm/SK%߽v~k0_=W&@V$2g^s^@g]#yƴ qzhuȖ-Xq h}26ܹ`CpJ_p[I&kijbI
da{uxLBappD:6.ueAP_.xkiuBӺxB(̻4L(w	\c8!x0fo؜Jѻ[
t@0%Mgo|ix&/FZW`HX-6[1)e1<PRF˴Xz .(-Ц9<fkmtcJKJONrEL 5n88rv$PGC.ǒ%j]s+RM9:A7w`Ц?fh`_5I:G|5Hu@ʦ{Aƀ4tN ;ѶU@F&x'Av̋&QշLDD@yՕ%ߟ_ײ}am_]
݊q_;&|I"
5
y]yٍ7y{X8ʲv6s:zcמ+dEؙڍv?EM>O;dnBeϱo>*JP̽G@G|~oRA#<l
G/d7ʏʀ(DJ5ڃ,qc8nɈX
)JU9WxUYvb$í#מ'sEկ7;m^6IA.'Y	;^rO2St
J3yWwm,bvWpkD:{X29<Ѡ'.!\
vzc7]2ĉl%;(
s$/ԝ^OڂCX.p RqϿ\4(Gfv#t6x25UL`¬?@#XDhMM8#Шۡ
S>NɤL0KA^6DҌ˛y[mcz­mBΘϒҥ ȫm4ɬ;rLz}8#Ӹ[ڊ4")'Rq Ai	X.L<^.AA:sq3?}¤'ԮZfntZr+_^?E3Sۄ4 ?82=LГ!N-"33NTؿ
YtLxi{;RZ>Ixio?{h_YR nC#ƧX8._DȳTR
F? R͹GgLvvn'cŁ'Ef\t"yʞcӣhJ tFtYԗ>"O:}\DgU;ͽp,g9_ &pHdB|ʨ$f#{=($H:bGf݈(S`s9cnٛ1C6ܺ8Ɯ(<P#'/5a~r f17U*
)4Pa|%0s1ù,?դJۈۨkhoi#7ӾuPx)z,nYQ35tXub	CD>mi?I 2-ZM3?n|`O[r{<mا9h8ܞ>R0VyXVec9$"NnGN(=5݀$zs^0sOߛ05Ӫk|д۔rmmю]*B>ՠʆN%RRJ,ô5>'_d̺D#j[vҊ#tB
YɐI*
$eɔ\fpbJ{t^hOSJoӼ	Ptfjܫͮ*NL\PCֻh/3=UIKaǱxȱuhE ׋ϺfȇuѻFs-W9̇jn,nG+^iџ:jx3`N#0BߣԮ۽׏R!~0͠i2`;RxYX;%M%/.lWӍa\yM6E<t=R*B_ΆI]@%|^*¼Q:Tv5dlODѫ^]wVЂџ0yUJ:?N-?ͺ%Ģ΍ƥ@F3Ʊ!My<jʻ^}̖&%=0к^0o6"7	JݐObiKhړȹDNv%f
vRЩjȻyMP2v5pv]'ONƅs8`l+J(ǟMŢ4#5GC vV`X]#cxDqlqp"ħ}&==%e<EH֦<yJ-"{|AKo8ח4sm>gZ
n<tY^Y5oM7-fN@&>*ލ5baˇ;
0uѧl,yL[5e)+9e<#W?R1_"Y+̠Ò'Qُoe*4Zmwcws]իfF]ӳHMkckHa0x}y_|M98/lβtDxeˌĉ2F<ڴˤqWS̶aСtoDhބPwe$b%-a//t܄;(q2+0Bw=.Pe60תSusҷNv<:#ݵxU*1lD|ؙSӅbѣՓ@.J\I"jzPijߵ˃<2z]bְ	ya'yZÈI*	qp(s%ºG7&>xes
יJGa4X6V$2=j'ב}V{c #_%Y0{
:$({rAy(dOW^}jc2V@]7iikm*)ƈBf1zJi:)#O<U*"=ŇƯǋvZOLl8BDx><ED¬bGRU߂m]_~5].IKF̚[;EPbB>m(Qf)vM;KYzȊ7#NBtg<>N;M9>OEKdI7ɽ bqJeٕ->"&
xKA7B8iٹ|p@8:trޞsY!,W&_׊ֿxǛd5<ɑ˅_`d޽Ie5yӶ;~;u.h~͙jK)RkC$(F*%BD.Gܧ>iYEãܗM/?ccJE>ʗj^bweE[e\|u=_n|"pՃ'gǋp
\s4KŬh*jQjKYڷV1VED&c+at[J;q4OpGձo$ZJ^~`-QN>*fb]+ܲU;HFܻ
IILsǫgԦ2:?6jɔƑ%R߶m+t;%boҲaI*,xcx tA9rݩEZڗVn4_+.b:R<-zƯ/j~ 0\M3qL$Q%U)åh51r(0PqP"˪YµAگ^iT*:Sn2+?2QׅfSe`xK:>2N:/gɟ-QS'T\>n}6ߵ/MJ<A`j'X{}3Զ2VAˑ[ib+wo[uŷm<\THe/@l#ٷҵbBebυ[c '0#5T)~Tuc{TP؏|/) b'TO7'MB96m݉l{JBsϋIB,+E-Dh=Br
(rHB+d6`݄*-L%L}#Idlڒ.q>ӹ܍X[6o_{HM xfq׮&3:/T:!}A^-[H>aֆo}drɲkX'4͍!	ѲOًص6EH*p I/ێ?IϷ	yϦ\g'QeĩryyQp+	$	@P5źƽ;x"π!&7$ĕo.<T6gG	a=ɜa;pu3yƉ՚Y$I͉'7+_Ԋ>y~'_SSҘ^IU""1Ẉ#R5Jm|[̟@h;+st2Ʒ;,lUvNFWQ
׍:ģ֐+]8EM &Ѣ6*߁:3(&'߀$ĳؐd"YsU(l|Zf~+Go}{xBW*KMrn5`JhuZ܋ˏߤw%.@h۩}@qU+
vƁcϺZٹěΎQ,m2`Gt*,TfO(ټIQuw+An
wv@vY]d=+DZn3t:#aoNuԏ׬Q,i]ئH6Ν!t|ސzA(o~eHԬ>fC;6O FX"-!YBޔ%D~]lʨÖtLNHAfN>[בz~[1+(j=:Uzh4X7ц ĭ>XB>ݾcXYTִea+oDߍ+'~Ҍ]Ț'?*wzI2mҶ(&ew},uxYϢ/LE3C5jZV'4WBD1Wx6^1t |g@3Zyq<?1v߆QF9r(W#:{J>K&¬oAf13`|F-4E9I/;,/˻9Z}K3:rzgnF[yi
9VBSh,Lj0U$7[2ލ-:EfӶ]L^KvQp10zw_j(H%^m\>`ԝb~k!	{2P?VHܺ~b#lwxI̩(^BtTO] +aߌD]pҞ""C͒z1?.<=/?c{N%!i=5#<ΰ?PQ̓Z:AN@rvfڕZBs&˱TNYC$p 5D^4Qq^iF{ʀļq:FLߧϠ(ZfȏoV8kÑ)]|5oT؟%i~JdppKvWw݄@TCvU{\qɑ*ehD)>s89%U3UwQwn(kA-6ߧ-mfwnׅa
$PDR=\]Jִ2z?ِͽ
=cC[˰AT]:CԅL!0@C9߽. LΏ^^yNR0"(ݹɼO̟41ɦxMpbO9jԠubÎpG9/Ł7t~TS<bNDc9VuuXuzMRq)?m	u*-)t&,jSv"u*&GU<yd]
Yc[
<B<J	5L/0ԩ2^dz|#,f=?Z2rwsD~0D)!tguX_W,߀\75mզ9zcr3Eb3Ӆ6!"1
3Ϲ1|	XNCH+tsζݧIϻTCF	,26zyʁ	<g8ؠ`A0.~!K(w}kwok(2ӊ^{@kTْ9kۮw])ֈz{/ȉM8}yt{Dpρ8k]KÕZdx+ٚXl*@Zb6Q̈́
pZb+}Y\%3
[юIЫ1*vcu2ɿEz9\%f-Ntu1+yܾ@MkuM>Jcɮg#?A֛>>B6{ɒL\{;C#*A9"ϻvW>lZ͒ZFs(^RLf'ܷ_$ϙ-<T~oq4873e	wciG<77&0z=hmƬ.>~AmD)lN/2eUvܙMnj;n$	il%[DtO>lu]TRt\Ã-,Jgl	(tZ=VA2U9A'<-,eÒ'$0+~4fFe_F,Wn! g%y7CF_`|e?-Õnĝ#ʞ 'N4VJѝV%'#8;yw ̀-@{9
gTضn*Um9iL[ ~wʿ}϶_#YL1|(&?(4ʥTŝɞ:qлo<ތ	a,ӾmfD`CƈG1vQĤL!~du	7eo}2Xsb Dۺp T*jx&֕StN]u{5ɜz,Է}V}%n*WƵRmXr+ݢkyV,aFFk* X+Иjj{#~LU͗]AouES{ANήϼN@ӟH^HKEXע]^#N{>¬'ʯv30Imlk5՚{oUz
xa9C^""JMKg,=q^90B{*bD*{''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24423)))
