import brotli
n=a=0;b=1
for c in r'''.'̜04rU-*W[>	6=EAb8SbPtHNrNΩI3'g=tixE̲.q
3,33PK{8my]95{DLy	`N"߂#ף1#iM`' z87b_kn2Bͨ2+\9NP&Sݯ@+jkHYuޗd+˼)TOUwۅ8+eAY\sVY3%;ۀb̺iRRNRtqNc~rDtZ,u>4Y!n؀ʗĴti;*i̣
.\5\]H=
[H!0T̐٫*3Ԡ)ʈPؐx;=MU7(e44O:%ő9HbH`Sp:+89O֫Fgʠ2QXؘLoeOw9-'(<!gaɷSOdn΅]]t>G0rALS;k5Lu8)ױiҝLJq8#=N|?W<e	Lۜо	/dsVGFa.sw,b=LQ,"D^ TU5 (ضcjcS)~_R@Lb0S»Լ,N@eVq8zA*fÖܟ(#Y	%M8~7/ͣw`m-CRKЭ"7o5zCvQ	``-)ы0~
jf<ظ-rs	D5XUiRG#Z $:%P
EL@ɔgg+(P[w~aפ}|	;$#j	]REɴx5e0Kہ3i 1ЄjTvPr{;OdZ>@nKϭ;Yóg>>_"3ʰNfvnx_ȭB*f$(tSxs
9Ⱦ^C&9=4>zuJ-]aVC9ٌW[;$pԠ؉>rm)V4ѰG@DĚ*l.z-٘Co5xDQBc\޾N\I\L0ͧ$D-Iy=762Lr0Mr;oː&,&]Ŧ^8qi~v>XIVpL%+mkŏi-2V˔$CdrYq3NVBK#b̰-V80b6,WH!YLr0X1-kp]FQdBF+CCX%#oڂ9ɺzN\OPDcrMFGN;=e'~'Hθ$/KNm2sхKfJ;{:;Q$LRl\4F6;y/^7-3.2vfZc}j6[ M,=0MLV}Aܫ+BfjzPCyMau{Qc{Q͂bpoo-Mv7C[*7޵[(\<Ѓ<7&_nݘ+m}жIȏr*zӠdSĒ!jSc
B|ݞZ3#/nM(<o&`[9rf\)HͻޛϏ֥dɈ^Ѐ\P<]{>rr_'89i=3"RWZ`&JϪ8?:^iρ!ݲcbt(~CMTTD<rM5eٻSZ?ZS,7ߙ8WJjU#ma1+Av2؛V֮O+kd5&PŇC/|d=+	)}NgdAzRtƵ"?ŏq7ܚˁ-dM%TA:?=ع,}y3Yz:+p޲
dM,!1E[*vz;Q%żǷP0Iw3c@V.îm0ɿײYӛ=b~|XĄuxRC{v(/ЦbMUh:Z
ʆucʾ;&'ļL1rFA:Ǝ:(|NyX}B}dҁ`̅xHč4.AԪcKٮkZkr'AP~z=iՕzi̤caTwmX\4Ì9ޞfaިfjB?HdF}1<xu894t~%txWs6CYxwRX<)ilGjÐ}rѩ|; FH<wW$ǸrĥAi |woTD>q z.x<7δtAhHV@{UFc%rW9WFP(DФ>TƒVėv(e.pT?P$7fwVUv::+3U	:LT/ITii	+/ur]flDfF:+-	
sL3d%Olu5Ǵp&ԁ2wFۅ	xa+
Z	%[ǥFb!H6C%¹Uxvtip:7W+nVJq ۉ-t7MS_7חӮoխΌ$hzבV*[@d_ɉzDaOS	}JGtVY.]u.ѥ8WWrrHrHHz\XvH#G|
ؘNxns_>RY@ǭDAϖMǡCMOؘmƜ|qB]HfbI~x*!kT9݅	.17j[jɕ*93BD>I7Jx@3֝EJ lZWs;͸:;_D)Ygb'oUvx3~%mڎV-+\UÑY.*wmV|/ҏI&mY{	Ǘ'״Fa<(AV&W)țU3@pvٜeT1tYxRٛe>c0*iF9cf@;ѣE"Dm24H̿}<N==xtND<րwzeuqxO\(͠j9XuK#0߫,[}_:9ی|1a A]kt[+?i@CB18T1-JL#'qĞkFәX/T\GJ?}XcAߜY/';n{Zqȍv6>6xrBG23$"4;pJ@`b4V*TU)δ8 ]:j
LNj`<hs78>ofA*qh/Чu~xp^vǉ_J]
X1Q'oWܟ])$n=vJZq/˥0/F׹8[uͪB+/Qr+?\J@L%4ȮxŠb5\h̵ևҠ{1ƙ&ѡKDJ0oo<%ǖ%đxP*?R.mݔ݊N~GDRvZ		~;W".Ӡ0U5(@m:{ќ;gٰ-C]hXL _Ϳ24"\p\-Ülq*UJ\K$A;fdy?8hO44?:92|ڜ_C2
TnAR}
1JuXxj˖ÓkM3M.Rwa1seۈ{(ήC[i6!LݠҳLerʃ<WdѾڡ
F3kTE]~҅I),1ͧ`xN9HF\X?Z@ը4Zj]'T\NsOjDB6~gIMu
@*R[\0w}FddiaVH:ҧBXŬӒYCͻ>uR/^Q͵]lÚ1k}yZQ(RpNsӹ)hָnN-ԚfƑjk46%$C-icd*c\ϊ6i#x<.GyFfmuπ1!YAxfOTlZ˸|dz)V8*3Ϗx)OR`ΫSnŦׅL9MΞe!;z:aBgx/}dY@b,;bRFkR#VYhoBSMXR6PmdiqҕITkOS(Bϛ]bZxk´ÖؾDVnZ߶MDhE`X!XޞS,ݫP9Jiԕ̭<`P&
OQTF,|̈́*/,07'J̷QhQ8_$*j.^Bp/RVcbdo&u	¶bT
G˭Ic"?A9΃>@g;FHRE
!kբ}G`(#QBSyנk5!9˽Gh,W^Q!6Tپ*ӶooH[eY7"f PlwpZA{;ccD3x(Q~<#H>/sR8Y2K|C(q6Mqn2n$sA-P{ ƹ:ԙK}yGKv`y/V0\Fk/Ȝ5)3C͛+i\p'ks94'PdN~ь&ׄyNG0Zf?UDD8FN;J?*fٺyݸx+=^S\ڷ6\%8Ī5\Ͼ
Lm8rÕ3}XczsX4=@?g̟Iϴ6D֊gdfرuޟ>Os`0	-/g2C(*1IɆYk݃SˊRLPdyJ=WEχ#Ə,QAiE?k!gԊ"dxfJ5M3^9!1@IT8g2CP_6:N&.IU.S#q{ ;s4tlcNׅ2 ֏fKe''Z_7 n٤'-Yc=_]$Y[e31zvc93NfNtX`Fvs\W/+(B%тRE΄\uECf}w|*;Rߝ:ڍT7_%[W>Azp>EA17&e>Yte-_$7Q+ڴZہgp[f~*SBYicWdwA#]8݁ӣ<;U*xϢsː]٥`e}cԌcP~k=zl
֨SAGm(d·w-dXώIZCQ5g@YL#n
H@N	}rQ~^tpN|Gx	Nw4ݴ4+7s-zIkϫYU[o*j-\Qbh%l/c~ܐ&Uuk:?I=v0~IO
F}pD.oӮZOY;qCC9FD`׉/"n{YdcU'xHRٝEndVƠ+]ylCι?Af]ɒo~
y9Z~WlyP3Nv""	W#*|!]:	6lwػ/:]SW\C@KI	WH܄{Ll:}؃ɳO&quMb46Jlaxl/O5&׻QIOho}ZǴ=Uؓ7nHwlɗ6Fڔ	sY 1\,<c9M6܋ix@0E=$9j9D"ԣ7IWRN?D/KX&	sD`4ut&q_YWS7xb:KvG΀ܕ+&5Ԍ}^*ڤEߺ`c^g
&׉:ߚRHO,.q@r0`^>\|՘2Kʖ],+,.qxgQ6F=.E}?SWt*BCv$_
~֛Nβե\]{β2aؠԦKzWL]rc׼
ɷX^Y+ֶ[)>F" .l?G5܇U} 91(es3ݖ%Iug[*!e'

B|q
QiE{dEybsdG !c4ƺ'LKvN!e%puN҃`7	`%@9ѷ\W9I_ RHZVRrpЮ=ޅvT31aɇIٓ
ϢT`3[5r̺tHrmg`#^DPŢUYD+ݏWXOˏjނvΠ\z6vU;|WoJݼ9:1#m)hdr3J{U@H^
	aղ]U|v6^UcMy^̶ksZԨږr;nD6'&ŏoO*V[SNӨ3WE
	ȅ\Rg|W׽yuՏB%qz,sg%xְ.Fi<U^EhWiJ-mہMF?_#i0$qqݲZ.*ާw- )iX̿H3ʼ6EglZC;QK@q*+yR%!	6ϙǿB;AlNw]s
GFs5n(V̀%*4ilt-\db^Hv5Q*ӻ%63
B]Ȓ)3пTj3?=ZFJa@q	ɹZ*Xj:DԬ(z^W YzQOZRqհ1-^Ki^ͳrD(j$\rƁ2c3^\fr:A*_Uc4+5(jCO|~?::LA^DWzNi^S}Jv*&WT=	|>PV$^jh'L6Vդ]#klN/M)DY%`oHin?zˢ˯eL'~5X0VovG5|ԂUDT7F$NKR%>g{ F()'my!)ӂ>]~h^}^p$̏r|$a#x;̣3Ԟ1<paF~~zN?u9t5lˢє{1m% R+JZ_@.rJ^X.\<&Lcsԃum"a=).-Ǫݤs1PUQ		|ч+gcLWJ#i
kьhswבgHXRnjN.
j΄;_5JѢ7JeՃĩ639Z2*NZ5e֌z$WӦqNZt#plyEI2a+̩ e~֝Q8a41ymǹ	Уmũj$t1U&XWqʯ!Akgbå~UlK(X~TͶ׶ɍ*}VUԆzFG6(΄W"1̚~FàAۻ<zĠZx=RfE?n*?ύ6*X(	o62cWOIk\"lIs\E_d~)rvdv@Ptψ^O`$wRؽhj.dfp͕tۭm.cxLx[}Հޜ3`d܆8ŔSJeQѦ'Ѥ-OuzMF3;gIs2VW)QxT"ѩLUD7J_ОH7~UxR=%ܘ4i{&
AIM:`xBS @QϟkWT҅$ڹ.Ĳ	z0IKy%Uɩ&ٸQ
0;[5C̈́hh;#c?Q^4ƿ=X)~/Qƅ|fAs2Ŗښ<[hlפ6YF%ekط2}Ӝ(W{ԒiuTLlKNOO.XtQ@Nwʊ}^KӞdЇdtj$.)Z	K{lB+L&т+MS^U$ajEs[Y%DT_%(c%&|zBЙЇRbP+5S.6VՔe )X)$,Zղi+Ԟ8K	

xrBqix!ֿiwJUboO/5bߐY7#|(TFϤQq=JYO<
wRc];l%
rtE[^ǥa֖x,g28G2z,,5ſ 	hg-y(p.	hoƋK.:'<֘HNCإǟIcҲ%ewzzvFAH
jPΣ
* ֭ɢ-̷=ERPt_fcFW:2qkeE~X`s}(*;Kx׌ytZ]Ss-q\'-27̵ĳ5z}OɥH>[tn,K%AEKp`#cԑ[SS֏jՄԿv(81҆m&iV$
J-0<	8QX_3ePrq9xvkܩG<ʛ_S :+!OfIw-Q{in/oQDJ9ǐfڒA@Fg[0pWd!I2v@vfQ*ĳ?%,X[yXd<j,"<?]{kE%xۮ4ٛ(q,ׄĎgΩրc9Nlٙ_/,ޏBlثT\Śԉ.xkZ{~*I}}M>l/pD٥Љ);E39WnNv|rl2ͽ&gjkΚ4U?;˃:Tl[/	@KT+4R%9QgL$A3C<3I5?inJ^Tát	,Hq*8.Yv]_.4C[;j`F!i/VJ_L߻QwJO!"ӴP^rſG1$ٰ&l}$[LM+o Tb$Ыrɍߨu!U1ؿߑi&%֪_ޣ$TF߂!lº-heb`q"<Cܤ\kw~Xyʢ[e)i-(2ao/?0d$i|`oBۑR7R|gȞ?]+ n!-Y"$+dM'F6IQjy!tצĕZ9z;8Jz<b.j	DЪ#z~*<rPEƞgI`ؑk<}m'JC՛7b	~PkݭEZjnwڟ:ރB9]T"/hp2	1DT0ڌ[~s{2y"A'KFYvtG(*ɫd%Pk~ɶm%sF~2\n2|j5ŚF?S909QtTSݨ[ fKɝtL+M
e^!l]wЪwū5`ln?0'x|5t3_&_£\!\s]ă9<q+KY}bx#,<J?+p1lGĐ~dXKq0s+`MBeV3;zr;ʡDgot+H:3Зj:.ۄ]P0+)nBh}w^e޻w(t5;ٰ#{+=
pFςч+PslV-)6VCyczķ%3HEݷG tG-IX˳Zܞ)(hŭV6Im-xݳqضO]`˰}I:҄SK +5:e^(N[]<.3V2ʦjǫˋծb
޲PC~%Kט34Y3n[`(hWBkXaB50M)8__Tz\SǞHRmɈͶuѭ3.!.pLsKLacX7!TooT,6eo)!9> ϰi}/[W3ztлPXkL*h*4Ԓrj(@n0&#\П~$	
=dժϐ=fM~]_ݹ%pilH֠G~5Kyn\)mtqZxu#I*RN^ma|KܢYMҳE5j$1aVɾ{9JT8aYY*,!Lj
};څ`ЃyЊ80E*(}'pRWj@j8VbB8h]khh6~U(`Ɨ%|φխlܙS;M
^![0yd4NЭDdz>)8[7W%b#V:S7-TatuDcn$\"UҔط%3z2ڑZJ<kT>}a2l<µA5#Ԁ28 :^>	znFrہej3.A*iRXik N)0%a+EڝE%	raC1#guP^v̕IB~VF\fwmP!h]!c_>x&?a9JA{HIRk.:Bvcy!UaXqi#r:<zc6BGWdM**[a7Y2ܳ*|ͭQp4Bh4<yΆiBr0	8tԌűԠrUQ^|!/LZۡR?àyMʤvxBA7LHX\ś4J&$zeBϲ/e\FM
TJC.8,OYϥ?fl	XvMV{7Ǧ}ݾk;%{[?uĕWVa3q#di)IV$jq8B(GgQQg˭QhBeH[rf2F<%yNSMƖ`;lXH9BC3/Ra-B|N2D"5ݹ_"7q]5ϞVavwO%,.`Vh\{CiYڲ^hJc 5m֚sA/wz?0	.ǧr
gg;M*$ɮ-B
*݄ZE#,oܱǚ˨OU^?I&,
q0\FL٘l;V(5&]K#̤ˌ`q)90	xJt*^k$˞5RE+m~&[huugN\9VoR)x՛x]ùغŇGQpq۞.T߿aԧW.eqbW`SAqDNmdsV4O:=%5D0K!LŨNrq̝E89ր
_RДYo&k6c	RlѠ:*.ݪ0ʶ5 &tq!.6&c;ȮEFZ%0xmԻVG2<׹[UVg/Ga<ŽdE6@i9eQfx&puir`ЅBA2&_Úu`3L٦>0qJ#,5pע$]bhc߄h3к2ZRQލ0n(u<Pk4v'P|kR}:4FR6΅ y5/FR'Gј9]tH$*I*dE(c^:,5(:]Lwk!}%0L>,`@
ڇ[u˼׈N1'X]$hųXz8VBF}In6ֶ=obQ\ȼ4FLL~pn3
բ+QُlB$LdφZ۬t+'MxlivƁb kCNZshTƙDYg'g^c03¼ Nc;G)ȽV9хr1JGFD2#z:ŰY;G!˘%\= HK[
1PEuu$g04t*j7{8%(`ؒ<8ڑ3oY{$XrJK7?Q)]QF?ј7؋2̴KՕwENNDRu4;&tnu|[F~){zXȜ fܵ,A!kjÓ	RٜL!)1+E^;*K6űSީu#d:M^Sŋ_\
W	cÓ ú		uEU(-v"WYLeir|d)*ʞ_N.TV@ETsV{ѭb*ccLkr1)$;y.//n>I,l%ޭ"=ÊQbS˖ln+j!'/@6۷XOŤ:MfZry+OmbemBgcˣC,E"~jJfl	<ۈh]؛2vT`AYzKXwt߄OwVp7;L~aǟ (3I۳`&SnȬůT;C#TEQ!qGR÷Ƣv~iuoـZTͤQxu@$kX͎%me|*xK.lùbGRуU6'5f<HCrrڔ07B$$|+Ρ5ȳ%k1h-WCg:<9tIқYYQ_gU}eNɮء;_qbeHg)zԋ==IpJ7tAA3ip2ĈKLdqT!#YݾqNThqMNN<O[rȺÕ]!%O12:J
jg߀0aW'ǌ6C+Mk׫"YWVP/۴fv1/}Ļ=ے`
44/.#ʜn-NwSg$z?3P D*"7IsɩIb,	ٗ5^j3m$V'n1\N`PYv8\ײ1mNXHaǗ~s&ѫ	gI[]P6SkC[Zޯ߀8mqZ(9SQngP]BMҨK]?r[[4]z=%JϟDO
XUFYyP<1<3w#"3FU4N1ݭIFF|7%	ɪH>K5o`ݧ;QPΌnL`vGHW'EiRUQ?Li9Y(#owm?׻=OsWR<ɟ=͐ROې|ˁ)js7LB&GեmA
0CY`eqARBG(OMJ]?iY$)ZhߑԠMӲ,D@HDzdp<3Ԋxeyy'_o":}YF(M:Иt޳ÿ݋}2Od0u>3JO?dE9hj>tPCzbr0{}	0{E7s'$˴aѩٗ@[%9pr=y%|/`рRK"d%+KibtX#wLGwгCl~j߳In9P6J_aU.aI 7D!fxq'4sDsxMWL5(u!,n'$)6wH*۳r=iXSw'MۻJby5MoXvpyi{[,8-ٜc@`eD
PsY\Ҋ̭*4?W74rcTZ!`#ؑ'ъ&nv.DBHbPlG5ŲUuV['M~UߠuaQ
*FA3D$zhWA
Kaojhŉ)b|=c
>-=TY͚F֘{.JYƚF,М.HVBu}2Ś߷|FKpf"&%>4bD
fUG@$2${!N6վ2]ݟz<Zk5mѰKǐ%9ҵ-FxG=Ðp8u1%qȏ>l@L}(Q^<MŹez\Rm|NS-f=LaJoQr^VٯlǕE,ޜ]`eGˈL ],uOUΥ@T'0dnyyXVΪIr>ۡLԇTվKw}JV2A*4:	q{U}nQ[uPZMxgs^joœ!uY>ċ60Ʉj&<^L	4pW¸AUrr-3H]RV/[Ve$	t8N+^cnɄ@*ͦP$IR4DE˳,f#ѐ@w@F:CyAtrV-:9>zLyt'q4Hx#^"k\]ft+hɋ۸'nyE@BGfοW2>0(
ٗa]g_E^ŕ7 e/Sձd{?~IklÏ/,۲[qV68]BWL0Jڔ	gah7	yp$Qd3ά:^TxoָWGֈ@QmpCCktV|_j*	4!sh!f]A*CڍmiI>R<6E%N}9A6%dei3|fiձt)WIrۻvЩ^HTvЙy0l5KszBə! ?;QoM-]y t;Yb	;Hp3TµXebl^=̢"(X2sx޿yεδa(]("OݜQ%{qJ3yE܂FQރ&y<	+KMHx?*^%;	Lgɷvً(tΤ)3Y5+dO^7.pcӞۡ0HDDϜˎSnmO}؜b8r@++Ij|rUcֶe6Q0Gdu"|C_>,;M?AqT,ԍԃwxf7w@G/wM=.̠(ɇd{Bi~ݬ/kƝCܨՒyLΘ}ǈ;Y7.ҬVɅ)6^K[6QJ	g{jHѳ LM)=|B#~h~FrNgEۏ)8:,NmOBzyV`07*i2l'H
X^B\.Ge֕w{El/f}gN(ʵޫsabO?נbļr_(9Ň79qJӨZS=U</]S<IЅ Zy^rRchՒc.Z[&Wcڬ15IlBZ{K&?yz'/(xa]8sC(Gˊ6VrJ&]jҥ$q+g)?2<,^A0|\n]A,z.("8'3ˎ$еKJn03f،&JgRl[Д_{	TwT|bֺxQdKLnE?ٙ-n~6'oB,Ii'\P1^/qJKtS <pd"?g_!sX}8Qd NH\ن#(ũSϠשptsfJU+^ܜYay~$g"tzMtN`	!/oo7ج%ɦ׌s}=8.X7iI1+yJJSūұ.	~r;yJ9E'B˕PԸaq	R	m5K9vm\;AO g&}ҊLH6ڔ%P#ȇMsN7yulް)6lͮH=r%ؾUoRCpbe?ҬrtϜ&BkuU
jwbHΐϙȂe<pI,*ȩt@:JϫDǹdgASƒ۞)ueiȜM
hYs\!4ԅAa?	եs0fZ\1fgۮʖ/?
Qq?W0|QPCx}eĂw6Oh!nC;vVP_d	Xgup;h1~>/F^x;eh,mGF?4JtJʎVG
3=BgHJ)˶-a6wCc{
ԈjYҁ9œ_SUBitW,zK.>^.*<7|GNԋ#%2ѐ)JBFiF]9|W)`s3GM#Je)P
ޥ 8rR6&i';"~ÔUa%}ZhWWc׿|1ߪmBQitGͻ<OžyC@.ѭ`:Qce\q [r![+	|T0ӭ2ptg{?Dr#F:Y	.8ؙ&xڿ4bY!}0/ƿhضz~e	r8[wXh|,:'7`Fr'Vxn@K9fxA=jzw?lmƑf	m{SUݷ:a!ѰY#_CΣTqg_^J~Y.>fޤT(@Ma1H!Q$Nܜl\ǔ~<Co@g ~1ldH)qeANth"O]_&O7yDcM5-&c(kL[ތxdTf}jxZݹk=r$K<īx
֘J;o]/Xy4aj'OG_).fq\"MS:	7:UMOJR^2rxavܲAߧEL}0W"b7j%bؗ{׳qF{TW٭d_^KZm+LnEHz	d5RP]үqEed/O-g
4\Q\t"}7׼3­Hr9%5SG	\M#J8ksHƹyԤmLl{)1Z_QQ`l4V,V9ǥ+&ñYYN9DCC;q1/uaB!Y	v5P˖+z,-5M{	smAcEۼ^O6+1>}(/YeW)m,	Z)F4˦LtςM_yAI+bVHbw+On$vGL[ˁXr˕R+>iIw8,PҰ͸_ls)<v!`CSzzns:7=Pc%8Hj{T|-BJ<aj1r*)T3
@M"||G߳%PYk=}lBtY'AGjeEF;?0z߈<JS;+yZЙMq&ӟu/ŊE֊2AOk9CQQ\AnI``ZM)MIp~ղƂ<BD4ٞjKճ9 Vr()*ۺΪN	|7Yyq_:ӎ[/QQdڷgΥiz7OR:%ǰ>\Z+J:E^An\"DO)n!XoD4L W9UhwAۗ0><5i+a~LܬrS̐FR\{"ښUizd`Pv,AB5ǵ]nNWYD҉a*Q?11nF#¢<R-bš}^	HfKdBmv_٘Fu,[C8'$WH'yE*[lܾݠЃ;_XEBDfǲ0jߗ<pI&Z:U3Ҁko:.֥9MFٷeP(i74MJx
dbXw03e8$pA{IOoʅYWVV0A)V1*#i1
Q{Pքy<kx{ҼJs{2Ь;Ѹ^;V:bypz%2ߡ%SlKeb0O+L[.J׿/Xf4\#]ڹۄЋaolbp`^TXY*bO.({48lB`QInr\
e2i-.!&TGyYbWҬϊ/n"(OVW~[ag81O6#֓ujfszt(%!_ʌ)[*@ݥGl5X`h"֌Bix0vfop&"y.Ɏ3מkۙ75uήz;HbSnMǞ	޺Ҕ4ڀp#^TyMŎ0@;z0k:	/n+ƯcW^zKb4ԷOڲx~r[Fg+7EW[3~R tزbzɔ!\ԗ֑qj@j]x_*9%",}oynƍD;4jw4Oqݖg2moPږS~߄h8Y	Io`ǀC+R?ؿeLe4"v#W(@Ւd99'7pǅ,2$Jc<rhKRHB!Bÿ"jO>4E~KE~[+-EH̗ͨ#Wdcntxg}&Lɋ	pڜ*~LL%P>Ŷ*A`wcoU8NJ̲m:SU`+Ws7nQȐ҄	
r'͒Zk6HDCR~`OiΑ\5~RO]ϳP0_oz!d;spa!۞!0~"}j?ɔ$^MKTn}`fYZQhFIa͈eZ߷ɌiO74ǯbFFu?ii~% /uP6COXoCTZ/u7,@׌;Z wV|\:Ja$g\Wiۧ-">ȯ 4ū?lҠzG:2J.%VԊ9[.?F1@^MC7yANfT8L	A.EI(l@^]I0pOEuiS ҉ץդU??txOpW]Z/0v0"TnHݦs	`cI(b=łӰSDxQ*[5D|wW3s,u"4ܯ4%BH8ň"KgߡL=uv=s}2zHH&>%f]<(܈;,E">̄@ܫ޹fo*HZK.
҃ʾ}2*ӝӜ~үUj$c:٘9\σ\3ΡN#âȇw֢c~VQO"\{d"[H~!k65?6HtL_1SG7fڕ_9EXBYL:K/`aI;R00źTB̉xֶapWƨ)t0la*:'8^_ȣ,v(WI;L-L*Nۇ}x~hiz1-TA^֋7Tn(}FȵWOpgɉZ-3މwv3ʛg[_Ϸp1KJݻvEy-I>S+&,2aWS׾Ϛ@m!<E>2'ZGqX]Q@j\A?2$.!K+KͣΤ}ўkU*|<ač-oTJ3<0jc֭(h~ոPpD|OoEDy=l+ڻoZa)Z6wPi,	l͝Mк3j188eL2̔-4cum[~Z$c'Vm(al~UYLJPTyZG'2tn+]\?GBv~9߻'*	g4X{NGKƘAPח7p; w}j.pzl)s+1}
k0!{ӫ0Ʃ^ڻ^KZ|Ag
)!jl̂Ut8kl҄L(y3׋*GZMƑUԇ=+h_|XЙA\{xbZ	q͝Vyz8]ӻ|e	!ԦBGr/./	VY]]QLEyc0~(fںВa-0(JęMi(ҜVʴC+wUs.KU_ˢjzZg}9_һqܑQFP8o~5n'·Ȼ?*t~wS?97ͥʕz`ORi!-١{oN>Z cMR[NG^HUħRtc/GQT$mV+ltL3V+.Ęmڜ9j>?sF&1G'-`r&
|k:*	uSW7AsDz	?n4Jc.%#AVLQB8ƭ^ #d	{:Ec&hϝ0ӼѹN<#Yc/07b}\*CQGĩ;gԑ(+ǵd.ǙZH,urG@|0܅G.:հ>>%OL9{>s<+ 8cɚ2gŨ[Yǔ1y#J}dP:J,JJVh5֍lSy!ָ>UmCi4	d:4cR /|U3^}+qwzMmcަw}`3"IV;o QXVZòΔE0|U.xNk mΛẕ,0'rX_%
S*.Y-^X_ÝJDhP=:5zښ
;t[Ot]qa^<i8:֜r:ޕ?\W,5'!Zc\bגd;+OP!ܗP<S,3͵Wcֽۛ<kA˨
ń,:",*rϼYpȁ_CK;Q_wpNIbc
SlK&sy~1fQB:AJC",:[!}	x ;0;"&ʗadx%zkj11Hd&2tYzTSѾ˃a<$
8[|hО^i2 ɈV=fN6w&HԊw#ѣhtY/G])=Wi:\N2^56obc=x)d>eHkh)jG̯KtQi1lל@1@āMο[-ZmFsˢs./0sηc>cCd5RR*7K(wU4V:s\Ld_y#KLjR
y.zf6t)3Ǟ6qx;.#7x;#ojwA;sD{EKկGF	OI$#EH=DX݁,ZM5E8L{{KܕbIuxK܇yuߖuu!ۈ4Y	8QC^Ŧ"ϥj/Ob8.Z0lE~{b$R3R'˽w{X Eױ̅5];ϟsM}q:6D\<qո@h8ŞMYFԲ=x{X ݛlxO7k<
Ҵ޼{o2TY]ak[نkw8XN]5?tŅov|TQ<Ƣ<uGE1ߺd^?D HP0f[^dk6GvhQ9Lu+/aAb1ʃ5CE>ȵ'\<Q}umâpObzjD}nW1'a_n(&ۅ0ğ.KgTo͵߆.¾Ϥ|l58~߯	4?ռԚv8K&3l3zs!U(OL#@pWv&ZwRHPfLZ@;?۹+hc_WkJgԃ8Ԛ Q22$ 	((ҟp%Qwi+q<C>t̘h/ƃ{BYu@3̘_W[fbmTltc2uA^FzrLm!E$<mv?xN;K5qÚ8GmX֭W0}p>6yvlU~X2T"5Q̭hso3+@	QHѬ],/)@gx@-U&Do31#oҎfTW?ِExq'o<Ȭl".	Dbڐq`(VizCz6rE_Vq&j!Q8v@ȈX0y=!T Ѯ]ՙҩCT"zdWшcqhka}.+q48ph.e?zR|rw>6"#}R9|ђ0D;Y:E&x+>=u=aƋ3OK'UӯR"_2+o6'9PZΫ8K>o%LKyo
ip?(X7[4 QR6ؽp˹ՒA|n5kS#HWl8igZƍ<ܚ;i9sE0,@CΖu=YsJnʒ/fb2SȈXm~pϮiw"z\;ِ6D!qbC538tY(ԡapvRSsSe~ͬ]Q`ݺWnߡ1˄ŅvJPZ(KIR9#3'a~MYѐ$YZ]{#z </4}um>GK@3Ͼ.gNoA~ t)x.:/"pQޅdF ZCj7eghyx\huʦX*Tة\~wP.̹2qD7vkE@3ɸ8`G3TF7N
k-;ThLt>GnَXӍ ̫F8b5Yd8ӻ~ϥŸFg>K΃gWNwrG193PʥɮaJcWA݆D{?*D1XWJBdB(ӣGCL]sFۂ8ɣ~yd^͘@}IX/	o{JG֮@}sýȕ;T{S_AkήK5g+DA<=a"&Cʐ.w5۸@	,ѯ
1'׎֏@PE7?|§|A_Ժ+r^%d)hW+!$R'G%z(f46P$T:q(hɲOf4Dؕ؍uS
R,PĀ}BS(iXeQ[9R%bXH>þ2؛
DSЍ@Q
('_eJ"%;s+}Qyjedpʕ\']\Y$=)vEĩ%;{]<#HЛ`U@ҕ͎ۖ){nڂߌK"I$PʹCVÛ}\z/ixȝrx SA1C,zQEZRJ5L7^4N ؗ\L) n&CHRX>aP@SrJԬ9
Ef!%amի,V"uoVH1f5˽XQ,Fi,66[~[Kau~",ƪ^^
SsH/:Պ#к|5`8=Q>˸6tzom{QБ.@xkT%FH]L"OWħYחOՁ>K.|f	"z1&V=qGءd>;*ѐ&Z1zI~ [*ʠֺқ],8-CYnU}łL*%{Ic	_U
-X
~L0n)ՇGHnrOޝ@G!w'Cna1x2O`vVڌХ	Կݸ4edpڣFDC+|oODyȄ٢]+iG)N,|1X֏n@pϾ6Ud_[bXO]V3n"z~+izn˵.̐UQHb#3$g7bvA
:Q8`ocG;fx6ь7?8.3@.oW1BcgnvsCEj$,։k7&~4<anYxV6~̃)`ylzSfÖ6ֵBD$uJ~e`Q5~ԏ?)*,Y<b:(փsn+	I(|C6dtC)"ʹW%Hz
M+;D]ȟ&a1jcOKDǆT!oZ_5 H/|{T;/QhYDea*={xu4<.dj	NḒs!#"ޟiHB1kdn'~/j0;ڢ=҉ZBUyh{!'+En
.$(}g5Ef{SX.JYgF'C/3Z~7{-#3d:DwQ/6~4YݔS.QΤ>jc
A-MvaqQtxTҦ~{!
D"~yq+}zhǒPl=iӊ;g*('i*W>ςמ5Rc"HllhHAD>bE?3_`?`l;U-M<ȒCߙ
!_/ɫj ţn<:^ٰ3DT|9au'Ur,9OW?%>|=f$AO_	?iPU]2qȿɋ0JjkÄ$B2]g\ܫ=_$۸TK).5>k|y9!xl^{^>?ѐ_^VSVj_;3YCY`[ڶFN:
FfՙK&zi|u\zק%\qX y¦?#[
s5eë[ө|ʠ6>Q>3s_Qrmp7&w4ξҸ3jX}8>j́*lR̆[O},e:5Vׅa	ͤiyq%̭_ӵ~t
*K+G3˘= mEc?
Vvk?*̿?ay0
BןSEۍ4KcE=@N1jfKch|ı+mCú/!n¦"ιl.0u*{SŹb,#
F@*|h	ߩ|WK(U.0/Z5ey
Z;3sNaTkVϖ>kV2Ń6U9~Ұq+=@@Dr}ƨ	twK%YBݺ|_7sDt H="
e:Qij!1ê'nüW-TAq^GyƽŜR8[UmޭmT'

n$ݖ|"8v%:o|T\Wx5g
ԠvH.ЛDp1ޗOq?@e3Ox|)̤!-DBڥwH@#3]5",YrxtIj:$,0:56>	$æA9;9իhr_g;v`U4sz߮tpRBgTfo`zU"ZS-y0$-i\Y%(ڧ(
]EbGLQV_ޔ%a9wݎ*ʟIrv"DOqV?ͅ_1*-ṣU7/֖[lu1]sd8M1r"qEOk(f.?jt1PU#6.L6UBQVO79jڷϋ=݁rLj H2
*3}3
/c}!15d̳CRREڗ]I<z`X̆w[[6cqn$ϬlujUڔkTm%:o_{AډѻL;G@^_L6r+eF{&կc)5;MÓca<5̀Qe@i1M(U˚}޵gW(kלnUi"pJITw_]5oo})?tFXr܁8yև$޶S;1kܺC؆-UGXW-i$hsEƅ?l]ٻ,.$Dܻ-`c>\ՈEz{S(#?I*aM|tuK(t=QxG{F90v~B?diE%3=w#E3en.PWi܊GxOضALԯ#00fuSߓ/1zYV%t|
Zh};eZنn	;06,ނ`JpJ:ޥOn"NLeޔ̳6aS|ޤ_V~5Ɍ#"Ayc̅ja%atR!DfiNy0#GOz*gƚ>xSNZtng4)r[Ϥ~2g@ފpb#Íu{gWFDrVhծ:>zټAҨ&.^w11uQ4oc8~0џ˶qͤYy[8t߻
nY#M[%l)cáF[g
;-Uk5uP+V`BX-ٝlvw|%	V1L
l;TSٽ	;\P yڬOJȺb);oUǈk4bP--3>)}"1OsFJӻ,wI\W
Ʌ#'اfEf*c?wϷ_B&ۓ=K={ekuCI\M}JBX-$JN
P¦b$2k^5,_Gw+FD.+ԟ׸BɉpĂ&*e4Ҁ^gMVS4܎#:KȓZPx9|G;w6P/gxZ0:#_LO,0B%[!vW]gJoF
dq[Gv٩7ugieҹ|؏u[DPf{hjM~ 
@Lf?CH͢FTsF٬ArXϗ-N`P>RLN}/e"JXתӘ,w_^̦E~W2_cgNwv3' &..C׃{)J,;lЮAXz/r wT,&[<~	׀i]"0?ײ!%%;̍3ΏFqۖ@K+~Xݺ=Pۯebl46Љ0-uP*EWG5B$y7C}0#E!&v:ghv2+NqvAm{Hvqvsŉ=2&"f4e7vM̈\Z']S$1:#MIPBi;ԇ4{+#^j<Qx7]H.wu1lЖnJeCĭrO|UY~\-[M{oĐ(Ķ:aÇ182|g7k+ ߎ[ٺFȠS:!DM\!9%}jP17GVyjȕ-N!fm@̊VOڮur87_5B#\dA6߹hpV8^IvV?f1[vw&˯/QT&f' ʝGͺ˲Sf})iExDyșer#4uFGďzϲxbw[ъw1)Pt\Ŏs,Gbp0ʣwݑyI^p"&ټɄzo-Bڦf_Fbz"fZfW:FCcw@bx!#AͲSưx?Qɦ,SXv7HG\!JϞXNclCg1CIGW]kb@b+j%5C8Ѫd(htY,/P+C["sqk7ek5.8Em؄chLdOuabp:0oX۰d[5[B8kP0#eLbEāmbu8.:LR:!XfUvIԹ(k${ݺ8ӈsY_p$e2Vh,`mǻUN[&͖xeW۴F%.G"?ȈmloT;|demo>`UfځiOrSҽnOxT*ɺþpm`IZס5bn|ݣ`ŗ+DKLz
U6ŲczN7m
6 y{?t7Qkqmmڟ7uo4<ܞڌH/e3)=P݆p+TI-פ_VE߫_On%؈Zql**a2#Y}`;އERP3Z'@ߠj<ADɈ]Buh?fV^\/wa݂_ǑiVGWukFEKnhe5+o9S{(3tR^
Ho@T}d%Cj~"ީZC; ;1cx'ڜ.=2scJDS1=%ieƙnӐ\γyA5,EM~2v{X<_,Zڶ6>=aܔHBU*ǤЁx9pGi6ƺ\q@+ٞur; #A'ɠ^/i(pچҜ#ݜ7ҟĔa"+ђ]F\~
o`\-_8_QJlJoW<i{jc@8Ϫ@Ԛۡ~۩X&@;:d	i^-3%Ar&ט;.iȦ''ֵɿBi_a$9\ UNr-_ٰ?ftQ)[^c6OiÒrޟ{JbLtƐ{=DfEܣֿÄS!CrքyLK	cc#PeJHh\y̼Z=Jtb,_@$i]`#r,N%[r9!DK_%uŽMvV'mC|ACD9I٬k`a9{MÀ=n6ֹ2j޷au^\ Pu_jߊx
O˧(L̼гoΒZ]B!Zd5l-~ŷr=R;$w8*0܍kwhWfoiyNaԗ(O(3[piZ&xi_Ο4xdUx}r>0tk(e`ŕ˅vdi[JH4+W;*:	We#п59Ǩv'a[މ|,FoX+1;;Bu2weB&jġO8BQ*cۭӢzV5̄%(*Tc
+!{Ɂ*gmg$ezBU`^ۉ^`s9m9!	̙6Lx$JbNu@o"ň`Tw-Xg/L))@
]<Mghq4#S.ȍk؟^OL3_@Twj<=ֺ,,Χ{rL8B3{$wX/:rXZalIoDGǂʑx]DZǊ˸[Κ|vDuX^<ur(+oݮ7sÕղ^Ȭ4.	9w;b@I$J=L\DG6h"\LZXt7GHցkZKvJy*ZIȀҥvDnI_AkY=,ϴEkdǏSǒ;Xhnm.Fe1Jm<fN>~ʘc^daUܜ;σ֭Aʃ#%̃C̳
˗RM}w#}GQeGn#D)#@;dR2.ǭE@Fácur<)ipZtp̯2!ݠ@ik?$¸^VϢ9j>L)oĎtѨ3ԏ}ZhKFJyPg~JPL3MΩ:}z
R6ϗ.3&8~Zډ@q_%f ;/|v4b&Hɴ<j2rsgQܷSY #:5ŵĩ·ռT?dq'O]nh_K5EA,[L"g!ř$q˲_cù=J0ҕЃZ@*ʣ}hZ<n,@u{ЗrTIUMeL,İ}p	0B=sH}s-%`i%6IPcñ#C3o;ZV.8G~GiWj=Z:ʬw*BE(ըUSW	CD&oARp2ZOټf+@gG2&Ĕ?{p~Fqpuo|˿c$;vE}?gXkѭj"n5:v׌ݟ+
(E[Oֻ{eTg\#ԃ"x([Z='ԃOfounNQD3
ò`gpǸ|Z>EɐӘ	FIL5tע7˩jJ?(ėW|i$bijk`v=kvcwđY7C#i(/9&ύnJtҰ`[@W$HRpeDB?hݯ%܎&/4%WqUc`־~rN8YB"`hCnYCËǌ17'ZՈΘ])|7®|jT;ζ'бΞYa,;'iS:2p`ο#s^պu#c9l}^]qTybu}Lh.>~ð3u]Kk`W;Lϸݩw֞vBU'ћ
KMkZtpؒtXyߗ{cEA3]I}OخE!ZJTv	R{<Zs2ldE9,>dO ͵kxqģ5kl0ҕTܒmJ@K_9Z+)s[*Yq10s+:woQHz9KȓnD;,i,	O֍ S)m6wAY%u[dXq~21{ж+zݪҖ!ϢM/߄7[M5ڮg&74!aqO*H̔;081ZBn0SǊcIv!)-PBfA/TIQF,Mtweg$ՀةD~m2
uxvy>x?T)+&>D$he=2zBlJPNku.1oTrֆ.VBjȜG"YdHk,t9^D|^lڶC(zKraA	ͽVY%%ޭf!AG{Ѻ]ejVў-do$[Qd3iHn־߮^,SڻrƇ{S0RՋwNn3%'<X^2+3̈t΋$8,*A~0:pQ] %r} ѩi؇Y2J2=Ρ-G8~ӧL3N1f<RWqmXdRd<;ś]?\ORڪpF|ТqҟSzvROO3gMfK`:,gxȚ߲bʪdŉ](<X>/<$?.Ň9Udr"}mαɏa]DggR`*Fc?XϣĊG>ٍbӰ)E}EG;mrKN3ʙǎ5FHe
39]A@¤`*
gϗuNUFRtMGg7UZ=MǑ^^,T7HupGϹʧAR<mxe߯?-%[Ao;uNn'TXr͐*Um5U&PTP$MawjysXKю;(5-̅CO,GsΙQqź?ظTޱӅE7w)}=\KA5Y<07<8ólL';Q0Pq׎C7oFXĆ -`L"-_múL)k~>X[/Hw]/~PP֥;̸ VusV6utZ$ƃ-X1/+(;6p;޼9K;.wУzglY>Y݈\v?	HӝM܏åБoJ?{3~3U=qEO$.t=R<LЋ(EşkQqɃp;9^Iڞk-CŜ&v0BWg!QƤ$'8,Ⱥqn[`T_xjULKUd{G5sشۇ?c˯El\P˘~
T3(7rL h0LVPnM-~)0KͷO+Myk?n/-|nOUgEotna]L\XEـZ+9S7" ;+S>|8 {"iu]š`k#vB!O̇<
d	řYp$J{n\[k-,?adθ!MxY655~t,
V'pÖ=qPa&rZPmeyǸsXr%]V'^hzV~fAF=?Ԁ6vz:̴«<	kgߞ6N	~f{SrkʮJbkt=uŦqtU r>"`Oղtlf48Qm=k6Obͺ,c7տ'wDӅq;{Gx-x
XqЂY(Bh,)ι0vMgт~\7
/4n͖dߤ)PllHtnK3L΀A۬n.*%5oNn^Ol޶ڵ1e>=	=ފ61`.4)r	9Ȫ-T07kZoP'fzAˍAKsԔ;YY`Fu|#SwSt$='yˀ/JUg%
Uf̩̿qK`uɻ9rзTX[xl'HI@.R1#ˡ{?oB+yOվ΀2QTA7@Rnpgbw`M5)[K zk˓֐EglMT5%3`%ԕ!xJׇ/֒qF~Q(Ĵ|]>zqȭxluJ??:$MM=Mѕ|,߹:ckQsgҷÛ)Ɯ<HAKQLܪF_߉5Yә	dmp}؞;hBQB,)CU^6U'Ɵn4Zwm^إ^62̜gqqXM^\E&"ݓ@|)wYNg;ƳX|CVZQ-`y2QHݯݿ_wNRLY:bږn_UԢR6&ݺV[c#$P,'?σq\r8ΦP̉GmheMǜ4[8jy
|̦Xv76׮4&wT۪.aW2P#iHˈ vmMIJ+X44Upǿ]ǏS.`<ݼ)Ŭ`a<Ғb-E?3jg˫\f![TVLr*zx_&ZvR	1DoQ߲IcTKU,U]t*{WC	wO7pAedʙFKGGDyKԞruҬK̝"9VIB M֜6k'G,6Ո1cLQvDj;.~bPC[5΢V	ŏ,':dݕKji:rGN*`RiߣZ:%AdYagYE-q,]Ku}qPm}}E}gfyM-ki"L
\M9U{MJa]\-=ψ)\D8Yh0|KIy))Fx@\
!ͯihT)R8ߎNX7sF>]oĸJEw__}g\ynb+HqkENς|ƽp)92u9w6G h.:l'Vtʩ]yԖYFc7`1%#k][/=ܺK$G`a9A#LZۇ2L1؛Aֲ<͍ċ5ȪEJ1ųTeO*aF
=L2}gLqlf޿;:kͫ{E ͘`j'}E,%,8{Q9'd`ؖKa̴isOe^Vj%Ǣۄ{{0(ݤ^io[t!uy2>܈
0TZ\<
=	ʵZ՘ڏ4M6S*)ܺaj/\&l])"?w/͂5-q%\?Ϲ`2kG3)/9өنxGe%qS"lV5|D%Hiq-jn@dL/,QZS45:c~rX,ڻ&wɶ.Lܞ;MCqsnM.?ۨ^U1AV/`wƲч{z{wũnӓ#lؤ%lr5SwuN0Vs`>٬euβݒʀ+pXg7(h7ٯT d+A_hqEpIYaRV}{D/+U>Mcۛ'0GϚOif:,R9
!'v`Epz]W\[֜̡oY"2uϰi|UPy҆'~P	c9@^iɇ6$[O1-4'yMSͧ'0̀fLIA- ƝFNu>2KʕR3CUƧӍςpdxxOAn#Rgv:݆)yr!`a݆UWݽ։YhhxXgK($;OW7lFJo"+'C!jdXȴ)aPzW VʪRA\9`sa{;e!FBݟƺeԌD`o̞yO',Otfi8`#-^XXthIR~z+C5#)RH[-ҙXEK%ҡ:vO"
&}ı>-':~^Mv=L^RP\ixPŠY#<wk԰j<Ijt8[NRzEwvM;
3!z9q.?[0̣sY	Y3?E/\D,Bi֮E*sƖ[/FmţCXN֫(8GB0.E9@t-αkgfFJ4ׂ[uwURzGziFC+RU"XV]|֎& p؁٘OPf6%gvz]է*af[*bnRf<fkbS}עӚl?]u_%Fµȸ¸7]VkU{K;OXպ)hg*HVٹ5aRZa.S^x2u#R~#'6E8ea˺y5;2xg 'tNMU.VIn`umȿVљ_PQ=
7BpJcΒyº(:n@*ؤfj&nֱV/!It!GV\c~(ث!pEJӅX%GFo5q?-ɒVX=cŝ_a?oa͜1n 8yO./eQ>ܮoTǍ"7qoa74Xd^Ymԟan48)cx?1vPm0Ęyz(v4Ӂ?pO	5a(؉Xwgt^â!Ms.ċo+jϾ[,UE@BX*vpNhO'	Fߕ
 m4nMen+a*ޑY% Jcco29g͢>MH5z@!ބ|{Б~(Gzvpz<cɁhurvʳ-	FhP@kFϴ<ɖAWMQwVplh1S;W4~)Ώ<>Àuԧ^U0Pkӈ=/Snh֑̈́!N߲r,ۡdֱ΍CEjl~AT21g
L7#H(%z`u:N?iA(7EQH\8`9#3U{	L_=eZ؍pÉUgZAdR$ӴHHoo x<5۞\$wP;[ňߡ6fAMTޏ-ufuuֳn%5Eړ@ytYRgeQ֊²W
=LVeZ7v'Xmt;քWJ+Z*(:h@G@uפد˶@R<p__vs\C~xĖ_El7Kr9k6aeǒPYDޔaɅ8*sxj:?yOVv"Ir<xuWR!,AUǼF<GdW;)nN9lVKCNAm;
}+Rޫ^^nZcm Z`eWSA;,+#MAS|!W_6'>э͌F*?!$GQo**k)^NQ;8IN:J+2 !5?{tkkCڅI'x݁cgo1XYd/Ɋ%xWrjх	yVϳ$(?bVcϹK9$cLӈ<ڋ-̵I*1dQ}s|[W7Ē$ֹ@:>Ѱʆc|JOϴFPM0ʹ´V3"CX!ON߫
bd(*U2NoirMOP/:C!$ĽS=29p0~|!cYAyWy;*.=DrQi)"=1Ay9!Ic$hH*j'#,63dM3yK	E3~v7X0"{aE"gvxFrDa>It6f2`ʌ ?ݙ
E%>ԇc``FPĲb¼2اKD]|F]/X#k6JQ%Pt>0 *sVRE7=
:W2+_B@m%[ƫ}#ϒܡ.]d%-ruPo%,̢]-r6z̶V;ޱi 4&vnV0%-%r>~'yȍZ-oq@L"T"5jD,9eGT2hV},qa6,~	WGQ;);Jp<9z2ZȲBs+tJ a,E la)ڍ8x'
vs`CInOhDٯϡPEyP_ &j850((g0h%9Åе`*H6{-/HXU#Ҵ_V?JfEHRmr`3
YKѤzgu*!Wxȸg>i5؛ݿPt*Y̸ρ8Xsq40)xI2^E-h:| :pUl:(;<KiH[#GɂFsA6D=Dq3|F4bN®]V[|תsӚtTݥ36i\D#@0Te1Zɴ?w-M~.oq _>ײ15NP\$x4^g^I͘NyFLi#{6
38iE1X.!VIqffu Q|J^2uEQcbNr^A_M^bB&y}_A
[;)g>Fp@Ϋ֪4F	m½{ًN_o3jiMBʳCڙU"rǢ1{@!6\I\.pgߤW$vn6*uoU}$҄mJ6b$'tv(7.x: g6qL<OOLm(qߦmUpL>b+έAsUՙZgpvſ% 3zxx@Aܫ'_-Z!c^^pk9-(/uϰſeT^"VOq"RȝPIQ{1G"dJ?tI,e̙H^.SnJDΝo`.vѰ`߂YM
xΤ?_߲k=Tz'ʹϝH%ɐ9;2oHhEގNQ6Ƕq:rF=w`r9o0܃y*@ߘJHrj
iΤgԨB$˕"D%`:UlW՞ߩrVDЁCݭʈ2Q7sΟ.CD
0c`\p\/mLI~HɻZkϕC	Mw(tRVP|2c]֭ZEϺߚ
^>	m+ژ05E2ǒz %,)?P؉vŎa<vHvlc
C(&t;#݅`Kɸp:'2WX͋DŷJf<[fڑ5Rk<'*n`Jn^9/p'-rnN<*\2{NêI<aF޳.|id̂ZlɚΔGOٯd0b>>
*aΔճr5klA9b(
kAI_t4Hۅ0Wm6
r<܈̀I7ݟ@Z'D:p!DЛ˷6 6|dݭwb^jJ|£omeѫl$Drү 7^
J5GfZ;At$K~{\@؈{ˊ550l9}"L7gZnzyt,Q8gG	mRhgx?uٴ3xn~9)$lFd/դbY:IBP|0C6Bs>eB;Zbٵɉ֯Wg.j,MWX	ΎJ?!'6d]~)'oxd\±Nv6	$:Y>Mf9ظ3\2Z-v?.Ɲaet8JL`(tTmIM̘^4̀I2uV۩(5nՠ+j6cW6%aW}[}H՘'ـGhíj.x
VĊCCx;vTUֻNQ')&\z1-ISAOiE${Wղw˵	VX9p[Kăq1,s`Sܐ2R"gẖHqi
TW[Bݹp)ܿN=r3k!9
ztpKl3%9DkW`rOn͕"x@C	Dy	d
o-#fV<odYADTeTWӁIJ՜wuhSbMm[tۙ.DFU10[&'m~ܔg}
2ú=GR@ւ+ɖ$x,bQ-r25uΚLʀ8[cƜ8߅v|U5{iUL9NEFs-7INJhȄqLCO҃ߌPLc^x6(ϷdxP]ʹJ1<U1ъYkb:ۼ9h>_kkb[[g*0[}ZODBi)ҭ)yA"g {JS3\%uZ{KMqQMP@A؄\;Y`Xy~*Уi-Qu%5ê7EG"i4g/<)INנ?UF\(zV3#׋	M0X"Ͷ@dBս)%z݅yҽx2\F۷*$IlSr!0 [h%~ppYVxi;9Ι"2En=)7}RWXtۓң(~hcZ"~ЁSލ&xA0>_x_nJdmnX4>%B=|q+AZfyn2á ۲>4߶:zsԪג`ߧ8Ѥ[TUPc&/̋&0}Yvի7f*5`b0Kyq^<g
P};GT'xKpnqLNLupWKol.YA`]mĠoۢ̎:OJQ YɚMӷR3B(eVEewǷ6%Xog%ft#@.A7ΩZ)/ҙ#-GS$zwx>/b	( Ǳb@iL31kvQ1.HLns_.̠ɧ¾-{Y^^s3F--֌]<҃@LΊp"uJݹ;W< zzbۣ1Ԡn2oڬX
B-5\A|0@m!Jo VǵoS7ָS8@qWlY̿"oe-`ɾlyrOMtW*&OʸpЦ-MC|
q)g0ƞF
){%vAjAJ$K`1(D6ߋx^&V`iVSlOє2#$v{cׂR7>&)gGr32]TЪςLq4͉5Ч%TWuD\;%4Je]ѺF9Oas:s}"1b3R~@n,%ҴveJionXbm%
/'Kڕb1*ݒ.yPʤ=vFPacaq}߾#?t#ו\mE8Ce1܅&QQ^dƑmnE#jfd-?`t/FA15ϚDFeNɧ1{@qХC2PHʪw]۳%Ş]	qN>/
k7DH<ؠ לTXcViKE{M@a#HH ffe֎u Qŕn,+R\OYL&SBS]"]o/av3N.ݟ*r2ERi%Z~Q>~η9kufզc)jxGl?4τwN_r	ͼݙ\z(}4d4aY_k)#7ubT^o
aw	WuK^:^
c~j*ۓS$iȎWfe
>IڑhܠW\,`K2(#̄P6PJQܾ41awP42͕9W;W?r8[zz:I;yNc6U̬M
#u%'\2D{$G/K<ОfJ+![Hv%gMbܠxt/EF՝ܵ[~
'J:˺K!gx^~ȶDkcXP6^է enybnSAÒ*8ؘgCT%nC]&)$NA޷
~sj@cRzΛ-D)i/z&yދj-YǴ='J&=
I&tܰBcOdb6ݒ\6zk"0hRhE+DCWD"RZ!n`taޔ[$b:+PqcUɯs"\H,]/tJm#{N޾M.I5*P$L1/Eg8ɫ"Hd$!Db:y/TMB m
-6š;ora§|[%:dRȇڦd{ՔvzzkݱsLZwɿnG~m_:'dc˄҈K[}^R=	!ɽ.=Aw}pk?n,J}f`K4íuNݐ1A-S#4~?Sbl3Mk͚'^)(́ZBw;!2*ZKj.Dθ'-:i	ݜ^u";O}j7
xrcn߁sĬ:K
2IwK/ŜУnϹ!aMYƵɋ%JҜF݇u2DQ7G,:~Wd!gnRn#wk/?*GNpiX:ϻk4'k{ȵL^'!w_=-&'իF~ܪQCK8W;^NA1$n,̮*<9wK)7ij?FΜYȁЃ*֮ʞP0z`Gc]T xDɤQܪYa)e)D':m+(n2!62R*5HI=$3YQ^`~~Î9:ZDճU7%c9(="(bjհ+ѠxWD Glqíո
ͧlIUkeKȧӑWTBz#2ejN%A.'co?֔kayr1uMBܱ+&7#/J2ՠw+wəN0=݊½äu;TIͼS;YJJQ[Wn(/tiGWTma۟gDQfОլOY0xxvrYrnhV
ɚGڰ[fb"cCq,I^Pagwxd؈eQ߷Ӹqc/ď}ěJ.tqs/3Ld;;zۢw7{/4OZy
JNʖ]OJк̛6KK|+}Ի<g7?/:
X1uJQxIp+^Uї/23xI2A[ZߠqbG]x[!Lҹwϰ4zt`ŠG޶Ag)\QlXQӕ@A	X}7r9Mv f."@#*	H&_7śm=ԾgU.yS-;	јâė=O/OFY('=C_XLw{Ǉdޛ;dV8dY7
CKHRFGa`V.8~%YƍhVˉit!(^*ҸY¿Cٔ"f1H!R.@iF˹u.+> RFy1xcz#J;jrV`UKoSѵJL4La4dyd'`(Ӹg2ҶC
ӆӀ5ѝCgý˷!6BgojN/z.93Ktzd&pb!.{4Зpiԉ+q-+	IЂvd[.!fxkWs-ƒ̸.i(k<aC&5J\BL]82-#6k|t4ݳsyuK9Pm٣_9IͼY1G6M^(,`˸a@I̬q+aŸTMOs7`[ŷ[u..8vCI%MQYa/KQx4y:lVrtKe67ppԒltUUDk>"pY@/f?*&B"cRY>pAi*#B6gPzYU3_vC~̫Jdry@RɍSFJ94f'.y֯ĘL]>qe+D|qDOӻriapʥ|:!c<JrzշޞH}XJ1U{zF0>C,mлDH+Y:6vUͮ|և{tu97&h7ѥOP`?DwcLG|/''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25615)))
