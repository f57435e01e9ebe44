import brotli
n=a=0;b=1
for c in r'''ݞ8ʚpSFQh7rwҴr~R8y;"_EfK|sՖ.H1dG+f=|]hJCvĔUAc|ޖY3´o6(t:LmoSe+xNlmkgn\tR
16XB% GBMER;fX+vIDbS&=led8p=χe TG.FTD;7WҕuFM])C	- >k$Zei}ȓ\NJ״}	ʴaװ5YT~j3*ç9o`|MBCS3eFj)568Vq)wV)a_BILtɴ&1J&	eJfe[տNgA/u5N͉{|.z'7}Ka3bJUΈy3{׏8/E\maaoCGh}g
1\ &7U#7λк,H^6+z ּ.h|ξB|H-ݿEzSѭqRIP.t_k.N5 >
w/LIO\وJgBK6ȭىCZW
%_e߈FBij޹[$)ߤ9#lv͓SРc
̸Vm<aCјx>H͋8PHat50<8]".|zZcXڟDǋdɥAefExʉi,=ytٝħxkޒx
78$\_~jrO׋e׾Z@kn+,OonIquM\L/vujIm4FD1 ùUO{]:fV}+(7۫z3TxBxځ@`LWU*3}8]Hڃ$w>zQ|"0y-	`t}NjN,$Ɯمfn1vw>rLbɎE#bS`=7\TB6)){)R	3?%Ul\xz6ܴ0S~ 5i#ƞ7km?ެm:R+rG۹QkAAc1kl#f9X}̈wgNl[m
\dY'Q/[^%v#خxx9VԐo+AV<NvUֳqpZͷY98ͅX߃&,
4cmQtIUlCے:<pO#ζ%%rh^tϸV/G)'BÔz:h*RȺ`xӟ=kWbzH.DM@ 4Vh0[!nu%{\{cCmMXuY"O.Ҫhs>(taֈVQ%j!|HG;iY26Y~Ԗ.7G't9;89;g$m{\&Cǂ+AV5Ӕ$V|3cHYlebTo*0˒)0u/.2eh^Hg٘1H<:p ~0t
#'5S]iHt|>r !]oD*NObjv\k3>lЯ?ȃ`ǾIAЗq?OPGQ
2:Ch/w\ХN$m4<}ү%ٶ%('tthHGݦ'gHQ+de:j6tz&`AA/&2~	&?ˏ^KS^>JGO{|:VWC1rLVb(#zه5M&:EGJ	5i?[IX"zDcT/M,^/wʤ|"6X16.;/"\wO/]E݅8q1q&C'ݞ@ x*aQݳ7tH.}c2W.ޮDQo&h{9J~:bФnM7-K6RE1f^5gB?W^ʚo[W 8{]o*hffͷ%mt/3%@Zg,f̟H4-8DX`"~p-lHE5<qkӎCNǯOvh]RڧgWz"9"Ā&YΒGk8h*P(ZR(eiOJv7Q$yڶ`7Ŗi:.C1+M}Aͽׇի0&53ˇT	ӓlsf\J*$֞=,zʟfvlk}0+*DIȽƳwÙ&{5Z$YDnIa6llJ8H%Ӹakq+(X+akqðZǐ ApSNϠEnSC.@Aе@oحKѨ\ϲ?ۨ+4ݓ!o=toz$i9$O |(Ps{67D@NMqFv<]ӎp*k$~	q;ӥ*|>q֘`ɹTȟ;$/1]Sۯ#Kr;2WǄQ_Sݾqjr4Kȕӷ->/۩!q[t˵cµ/L"DϞ2t1>9IŲos#a9P(x/^I9y #Mģmsu/Д֐VyX5ޕ^_%Xx|BլY&"SpV@Y<Ţ˅(#J\lhϫiLz{ڣ3˭{ I[D{"%kkZj8~gs%3VAz[q=lz+'`nç;sX%O2Eajђv!Ӧ¥Y3)EDӟ@ǉw PXzYGRyJmn\kEK-P8 +toYf7nN5W1_sZx(ĩ3ӈhYUr;L:n,(kLlëX
Q%7ڰ	y>[f^MN,]~R&ԖzhVcsaag.%uV(-w֧ŤUU pQ}2Ai̱3/ثxi_
y&VtAc|AXpmV`omդd!3m2M:ːϱ$P~UO'!n^kuƇg]z2H[PzAyU*]r;p7-9@I8!FB\߯~-؆oz_nP'ߞF'ݐ@áŜz/sv)^;\	-֎-ӝ> ؒT/t3[c{-G@Æ_KbVK
a12JrN~qܺTY[HQOlZ͉;>g$n0LfWz_a9/޶iRZgxOXlM(GAHQB^&ԛҩf"B=@>H	=|Homӳxy0Ҽ&);0UW?V/L*}:tT>	[PM+Es4cd2	\b8UKj?XʞĻʖTr/.DWKU'AeI@%fF!<h̚aXu80~>[J41NqۛA>Q\yޏ\>[,B1Y^Ǣ	ff!SN|ƎmSFqlgX1TQESP&tXEu(,jU%Tm~Xwvнv"Ƈ̆X|c1hj30Wo}3V}Bu ),KLJm`/oQCG,HIVR
N]Î[%ܥʣ}KAMyGo dwtNt V~$&F.j}&> a=q̳#jRn_؛Vmdjq@"r@&XT}(ݠQ[FdZڍQ}~e+ަ!^m܊	7{zKF/L-3@N۷#btp8:hbϒjp~cz=/IlvqOe$[+ZhDɿB>HRe7nnGݲ8p3OglѪn.CW}ֆơF^ntfY*h0ҷ+w)wZ9ҵw~0*\O}b6uS<w"ldH@-G>	CS81]݇3L?Iu\ΦmD5}u*#2$?-Ӌ[ߕ-	ݺfQzپBmU\mGDw5D}\3OYYԑEE
Lܡf̾1ڪCå+3	Bu"̓PtuV֡+%Lդ""tXo٤^vj~GZʋtΑh34ƥ'ʲO,@PQ!Te ׫Gl1my`ߎ-܉	͐ѽZ<#ȍ`VlϾUN(f/WQ1Sw	(ol7͚҉O&sdqϙ{z%Ax`tateTrI5M۪&-3ɨih]|2vz/мb. 0_C3LZ;ge\ZĽ2ÂN;fSZyƻ!gˏ:~3RA`Y4RP(??->4i1ܗJ=Brߞog'\6߽M[wt{V.gbpn\<QJ-,!b
y-	{|}GΨAz'GQ:DL<.;<Fn[!7̂Je"I^f&l2dqDeu&ܭ}ׂiGJ#Ox1޻۳n&_o^e1Tc\v"Hbӹs
23^'5ٴ:\h̦5߀NTiWb +K܄t7ATqkqo@[1cEHY
GZHlY3n\>K(b#x8Č1b{^90MŚ)iL8ù߹V;5<#M]BP[+!Fͣ3	>yϫk[SѼG?oyRs~p.\055jܾ{aiYv,7</9HmLʄ۬!>'<snCkVScXmDđt(ҧ͏'eN+(>['w_C}Ǻg8ҕ^^i]XR7o&rtg$)]ǳZQ<N*=T|ˍ\?m+۵ȍ2+4g'yYZ]jgC;;4!peڨ
jmHQEnHH	0ǝ2YtVWB}BaMb^hߦh<qЙ_y|6c(k]M>rg-Yj?&?e 9̈GQQ&iŞ+HFԵgUNW0p=+Vݎ}by&ܽu_oedZ[D?61mmmDZ<ӳڄ,|5zn3zZ5M"ش?*2t5<C٣ϞQsױ}+:޵}E?ķgGК!b? &ݴ~WnKISIu!۴h^b~aϷt|gcuhH69шРԦgb־!8rS!ͱеȋ|#Li<Cgh˖GҚ@X\mzsd3-pZ;Q2źͩ=ѱފ	֭wRw?[p5ܢoKȾy-IA8%iSWkb՘؟~\y53=Bcˑ(bpݨtj1^LR$(6߮JZ+ޔKRY8"
q
h\)"<v)hb>ˏ\T"Sd,6k[71ηO1^T`n̲\JE@+Kwq7BNtȏƋʔzD@NG2uC{E΢MÒ4<1آƝ6>a 7TY?&nu@;K3G63э?:Qj,%Z^\G2ؓ̔(kϤ:ṇ!OC8udV&gEPj	p]iس;%jFdJDEɤp=T`KΉަ
ôZQ#&Ű;Pݵ"x?+82eݢ'5O_U3*ļA7?>}$Q6rWzwNI|ޱ/ЦPuWÆoٺAFCж6&Y%6˨Y"r485BN}/o\d1wcj{	m|g+5ְc֘@4[*6lENñVa=Syo5!qJۖ$Zudbc%tBKoȿB	;b+tH8kK6Ofm1<TLel|Ӎ~Z]yV/ޞΝ݈GN$tJCj8S^7`
S	<Xʰ]Zy(^'=onVV?c8A)F"PZkK&}t'Cܵ<\,'g7Rpt6AJ70,u3.d!%gUg	\PGޭ+kܕ 7s#ilVm|lox,,;O&
ydK,Uvȝ,,wsL~F.܃zUL+̓~'%8§*29!ueng`m݃	˹(ͅdmMkBvg&5}hJ'UxۢmcuPC~~%ydۑgюi޻uHɺ\4 Ĵ`cgDPl	Xb~?zaU~)>]/Iٸ2ʴHܴy\zt).rR*Xڰ~W!+&EW"^g:˳9a(g{{N͎Fka>o^SRBɽIʺvn:s{>N;Bnl-l2xҕaZϻlvb+;4`YYѰ()n@Ɔpp)|fa4$7lNQ7wK%$rLqe
bVҔ̶\3Hx wtDn,}0̲ߚ}1qR	
r;m@uj,=*P̱)dB/{M>(sj_ҟ"bRP1
au}4	!P9̼#4Ru/N&. ג):lPläsI{e0^A;$>3-"`݌ܰϚRЄָa_Ƒ7{ɺS4A HLk߽PވFzCŅ_̘9ϲ"/{oL1,tULʥ9؅՘x'zf	{uD\m`%f&SFfD0@D1sL9mE5z$Vr$%QLe2M/]xrsb54%<wh7RWІ'wKը*g/1yTO>z|[//t:Y;1h@&`r+}ZEHݯ`e'x^urڡ;TVFGz11${T;Fdhu/kRԀ4ۊ`>#̚2l|mن!p_@oeb	W˳g2PDnً`SX
1AYv		)ɦIb*Kl=Ay!;R$.Fk~K$5\_̑GJM<@/WNߍBh}6y*Ǩ̙9/VSP<ć![('}LGA:@r3^0Yy-@ĥϱ3r"H DP/2{_PK/6tY	I=hcD=9QÔ.2zM/Ȁ	yzΆ8N/m~V׼*o4Ҿ?[YND#Ҽă*%]o84TSAXƕ]aqW6m5Ɯ/'+з`ߥd$v[196obw˙Z)WFF1-ܣqЉLeLK|Tռ)vRbƻ!)#nv|\y<*Yy)8sSO\Za?C*C4w\]1-Weń,z}c3Cž۝%m\XTG,=~ÑƖM4&:gx,1tbے٦3j̦4m!mUGgb'̚uѨ\<!W]ͷ3`s^޹eڳs`1qT!_@9u ÇʔcߪoKpZeȜk"$\q:zzPU\tpxFpnOR^Q&ֈ)V-UhLjT7Ja|k^e#b=4;/ePjoB d͈+)ILۙF=OxAApov|(RHɫwj?Upkΐ+a_1[UժǀbsAbV[K["l!2Ʃ\F|TB-zPˏ\n5Mqc/8xf>^3˪iGƆ`E;Alt~;jޗ9Tr+>M5J<&q޴ټ@!@a:Beu+/A^mwgF0uzDv]J'e'Bu?d?Xz|Fw̆qo(s3]r?W]z`\,A%ZDjwmi5^*YLG3<b^Ez1Yj\}+nYo\\ʰA4t}GeWUJfU~B|Ax^۶uMI1ФA;$uWm6rwFh+Cj.|]$Z<L?q)j+M3y{VUWS?JF(:H%;i;#3/S|\i38S2#C\AgKpڑ4A8_͟fOu~4]~ך״>^9y%g N^2&I
4iIM
Ű	,[Jg98Wٌ\:vZҐ&+.f*٤IUdGB-C~u;8a
E!H2ʍ׫;a6,Sk{XƗ`^3qŭoD@V}Vj֘9:{'<A.=x]C
̗9Ar+='?q#jͅsgcށ!E'ĸ!o ?P@1WydUJTVb֛r$d)O_X=43m{ϢNSOhOe[ֻfw^EgctK<jrDǟL:&O$ƣ
4,S~g-g1AӲ0[ȪnR`ı[#~r	=tڡlbA7k޳^c%U_,Z^zܡc*83]Ƶt.˨]O?5s~06Vpk?F#br\/߉cOvy-~#oBV{Q
ǻh|ĕ?*	h#M3zč9QL~Vyݿơ̼FUQ_&ȼcpލ[X;k[*|ՙzl҄1_:-v7!379KTܟ&QnB,|T&WrhaO	syA,HƯHPɽgZ9ܲ/a=ج>gTP0*rX-"s `7I4pز%lyԦ,w7.h]uӂ˶(Kk ,QVQE7
4o`G!|at#[V6S<k-2mª}9ёک/-`Ǻ+P"I]uzQw`@dǑ}f|fΕ	Ye'm8mSѐOޓ?W+l%צ/+oM̍*ƢJǰ5?vYڬHNE~'ö]:3Waπ:nZc[[m[g' GX8;tܑԆD_$Bɼ~\ry4b&r3O[`*ӖGʭ8q' \/osXO?:]*XgcqW܆X/JCQ$R&_x$n:5Z}T12~x_5`dÇ`bbk "Tk(۸nIx`]<ڕZ262ǀL5{EtR%TVk>s2u_K@j9mz)ΥbSc`[O9J4'ۻcb̥ݛQPd^čS}ERׅoeB?(TjmEuM݇-.'>]2[ٰQ.ۣP[jԜnfv9mծʇ_6Ŝvh
ն%TQ6t|ElJOP7zsĳu.ѝ;4}Yo4sѕȲ]'jwj"p!0Lwt°L2w,~ip?M_@'oKCɱϛ@XshR,*ՅѤ9,;w>KlqPTǖمOO|ȸy?Ԯ[w>=£h
p#'LX&"k,_Ŧ;_)W3,ڧ&AT	%|W5Xߤ?C&mۆǁi9;neۖJfEKŶ')pc;l5<Q>9fւ_	j%|(˸ڶV{EFO>'sΒ7qYE[H(d:q3S0kbګd\8C8GBС!6	Vo?ɚa Y]V$@O.UJT6Z0EItN
ۗXbC9\-w
ɔ	Gۼ|ɇ%Y2ːWŠߚYԁ׷ ,;!}+tmj&kW$	%V4|9E6fY,PswחaiG+_o|)rӁӢqjg̋;uc6Qn$EF\8~vu0nh@#[Ap&OfGBݷ9C%gcƵC[ˏyr`nqJR~Mi,-CEfغ϶Y>:X)[mq{1xKkMFy:H ڭ֦Pv"rm)ݮyR5^&VjHe]u7^?ֈ1j MkYziV;;rARϵ!-xz*o6p"
ˏPEYC}-tݏVFDi"|*FIsq~ȴdYEYMu')iK0>xaRj?eQvcdp-sQӚhNNFH7o?UЩ>$3Y)D.!_ُd$a| o~UX%#ҝߟRAO}Mo,G^u0UE*jJgP2N'G6%yZFv5yɖe?Gd""@8tH7ea20ŷ*ix;C	OBgFF_,a2P6F:}'Fۈ+q*CߡVU#hAΨbԐFGLg[KrDa13
pae]~N]Z:OԄ<#؜zSzʬ39^tBEv(	_լ1!ϾLAףY{bez(7A/Z|s_fR4"uKyiV"5P4U2ډs{Ȝ9RT#RV`MsHDҪ2u]>:{wkB]dEP_;@``ů31>Xvֻ-^q $z܂_f؆amSpƯ~8	jxʆ%!"`.DڎԖd-$2Wzȉ+n	;ߩ$e[U3m+$1
ذtӁH$Vslx|2>JHY3sֹKLe+{Ј	#HhX/"1Oޥ| lq	3E~JYT-t$8^$fŰ{peD0"oO:ηe\yPf6we>1c+c!?{59A%H߰=YlyiRKh 33%HhMίkbXٮ0\qxcÏ˿)4.|JH֝OǪ/ҳ;/cqZ9FJ\%^I	XEٝq՚jEI0j	{ξǃ9_QDLNHx@({z4Gzg̘k~	lc1N~_BRE1L=wtvӧ%.ddLȥ?3A͎e JDE[P33Vhʔm!T\2]wzj+Lv^@C2Te޲_hZKpRƱHS
s
{,T=]%8:/Y6=:r^	MߎB)SsS_~[?IW)`#!TЌUvAs-@-[Vr;n,}f	ɳT,BLi"=;}WڽݕN!=,b>T_N/&6a?Ր2Mn!UR
>;.Q!ێ?-aA>?`YSvkrڒѡ+hdXvΜȖ.NiGN"oƌ$_g^m>߾`O(-k9DΨ$d*6J}np-0Ө_;^am͢il*	IvpuDڀy+	8O5ǪƸhFuYEbfSs̤WҟoA~)`ߔggޱQ
:!,Rs<s*:ʸVIRt3S!˗%d>w9[0<j%oڒ߬RUwQ,/(?,@-vFNPɰ{IĿ4I؉820$B4_JAiJݕz^IVF'IӔS>bj;,9nM>-J&%חɝ9&ue?lL<7?2ڞ*ftmKJG=!kAD_eYp_ӆׅȖuM)i0B>$?po_0c=i\%Aŝh;psE׈AEr4pH("I3g˪Dԁ4-UZ@S@ @&#'=ʎ ܠovե-d])Q:ϳ@1?c3Yg.rD)}K"xu-T8FN6FiIBY}cm`o[\ _0cω#_R/qKf!FPpe|r%	dHI׿;-AB-۠HJ͎!9,1mØH؂=ipGA[GS CJu,7t;*C.t%@BU[wmpթ5TٻAM5W`Y6_H6Š&,frhT9 
ӸǞk5 "ՔQEd'eκ]}I#qmv{ޮכ!T&q_#fRdkEMK	 ڲgDWĠm4`T|בccԇW[@.}&m.ԏӦӚ)Xsyzߠ9^TFo)6bNܪܙ@cWd9G²kW_Уj;Ηb47pHƔ/s9q5ÞpHտj@ɋjPm@{<>ȒйԦ`5A wgƁdւEn]qF@Ţq\R/~©7=NGu	WM`WqЂ3ϼ;%;[+z_Y΋2vI1;Yr?Iugj09|&paɕ!`9[_lLӣ$t `[9Y(EřXAWOCX,S֓?H{/eݼs|4Q8JḶƵBZ-(Sb{dk:HʒĦ1;FNHhvQ6pѓ+pهIOR-ęإeB9
Pw?=aVN1Xy>9D3/R-c[¬ބ 8]װ:#%͖
܁4`87.Oe+yL:-Sq_	I^QN5ϲв[A\V|x`zN>nЎ	KV[z	 v2;-]Sƅe",;j?$e'/`߼NKU"fh8~\A]e5S*dcCʉݬq` Fe;Kr҅ Jw_2*%{ě:˔
l22Җٙ|`mņ+RG:svTMnb5(6\޾X+(D,KfĊ@~OtaDѕuW߅n۵$r+ՖHʴ'Bdxz§G#)K%>S*̔7*8ҋVHE'u#9iRI;S2[szdunqFՑ]lU8	`7Ǭp̀ciukҴ`KƽfM6D|(ux̭B:c4hn(ZMbgb*ǫݒDhBkׂXϺ/(k4Q!XDnt=ȡ|_OՏ	lێ{̠5K·H)#sx9=&7lΐ@F~2tDb:OO'Yu*	j6܋XՄ:KBsưA-ȥ;&h2!0`101߳9y1HbK7.<ޔ֥Y[EIywjڒ6ؗE2CO=?̤bqYjγ?c|YAd9U`M}Tw9UEM7 m~π="(J)߶ֲ,ċ}ϊtneE.^|*\gbp7ڵbۗQt>j݅l<&><n)WT-ypN^xL2ؕ(jVqO%|ٻm	FH\۠ɰ^Kh|zS*
Յҟ-"xeՏãYRML]OuTHLȂ~.1!muFE)qCܙ*DC0)f-OAoCi,@8W4_M=BbϑYVtG(ݻϘD4в6 =s<l	"orK.T#<6IU=o$ JtuCٷ;Ry[a;xp"#Z^ 20
JPo8j710)U()7Uh.<ܜA5ndN7Q@*ˤ?)lNӫQU	]cVJH%v?ylTT+[~"|ȭ$S%FO#ҟ$c"n*9ב.um6D
lTv1PiRU}Sm[d^|wƈ$@:B	3ҙ{9+n\p'"r?+Y̜
,w;ʢĪ}Mdl H}\-}`ÀEV,ph0iAك"	̏Ȑ;̚|u	u:[dN8{+a܂iŁIRnIJȋp}UxlmS{gGLpN@-.^F¶lxx=H4ZѡN_܍^D#7eCuH_hWr%F	)yĆvWXZ~҅5-lK{@ǬT{,e@yM~Y|ߣש|u?cѝPÁ\6y%iy,Doiќ<(G22I~
/m[<Įlyw]^Cc}Gbm3ө*ekC0]jƟJwFj7fuFǳu!95^o@?1r"(s~/KȀKB)X7`/adh׋Xa>}l'2RuJMF*$Ftǯ(DFFdtd%T?)zFDȀβwKρIC<UKnBͶߨ~zf5߃99M?m3W׉%Ɗ{Jɘo͏9{o{5es9΁hӯXΝȲؤ40nh6gӠ*aY^	`I1S	Zbzpݧ4nͶKvWO֔r6'j#6BQΙ7fŹA,0E~HȳаHbָD;4Ν#ifC<8WgSjgp8<zJ[Lڜ&kǞ{ӾB
whXMw<o0_e9
Mh3v7l0J k$ds݅I]*Ut33({jS3Ӆ7i݂'}cRpa}pXƊ	ϓ˂:e-)ZC]܄S^L]*>>n'04Ͼe;s2֛}#8ɽ=dm7sɩX	[9
3^{m#sd"XRWkW0NMY.1B1S?υFQUͬ-iyϬPq΂b{STpI%1-,lsA|CcreNkl-9fDS1}{?c܂q/3JL.b?U!@mZM%^?:Fm֛Zʗy	HE=P׽n?Kڐ
6:K	8ā)ӥ;S	7q<ςܤ'j4v>;M-u;fW̵d%ɡH'/v"=O'°*K$Y:UY(*~c+E)XzT	λ7'ƼWY]~r\ԝTiҌmZƐ8!G)1l{{ɟ>DƑTz!߳>`cp|$(0OpJB}!`tiشڲ[b@{=f[c	yG,N.yXWftՓnLeh;(7-5˧د&%וXDLۚ5*vGs&wU0M6o`҂ԄmI/d`o&Հ
$˽m5$;jo=	ݵk<&wc
Jr b&\+J]ĕ'2o	4&K-aЩ[Fvqע&@OsܫweJ7bPU?+ _I`X7p˿Zόw8BK9iZ~nH|ЭQ8$g>ԧE&1fv*r5\8;n[)>O[ROڗҡҋWڻ;y2ǽ'jK ߇yG:u|_66nGLt63y(v`$Vm
4IR$r_!Wٍ{D*LjX0H"/CyzХͰ(bG9Ebnpq-X&EhNU=x3vkZބ"\hgnm	G/9:Ur%-y^A۫NheSt(u\\HԺȂ K"dd^3<sAurߕܣ	bpbvi=C,<s<zË۲u<ɿ:TIUe4^i4:4Z]Y\*Z:a&;Fwu;~}P>9Ytfzl(D`ZZƯ4}g"ݒ6zXEP.k^dA,T7C]KݏS_o1"t-Hςk̀pQCS٧{3Sމ2I&hFmƢe g7|5qr
*;>OǪؙ}o>V[[/PpAB|in[Vbc+WԁcZcK<ĥJxӥ9MUZY΢sa4B*W\>10ۻ<Ґ2,	2Q3Ā#c@b[nzdVI;޳Zd_/^6eMN@M!G|K=2,Ғt+;&1mTNDP-xͭs*2"9s^5':O0NC\
wup;N|j+`G$Xߊx+dt'J4\&؊5o#;ɾeW!O0p 
Ù	wOO/śkc+H1]3ga]k>aA!!?Յ!ڰP[],xkq	!th3=Z:lϟƧ4>Vܕ1I*̍C-%<RW3-EܱXz,gqظmz!t|FR[9gYh"JO9vbmxky{-&8:rLFǧU%VANV~SӦ!HIGFލ\!ۨgWs.ƾ- Yɟ2a`?ɅZ:d
1wi0^ƭk=.Mw%$h4OficgNEH~>.ÿL|{;TOana3Kˋ7sMmξ}Z33(ȼǯ}FK00@iĉ͋ZԚί!hӮmomE=Q(L4]C˄Yޔ
ˀZO1H6CS3R2)z%&)V>X9uq7q[
W	;-0*rc1B;'Fzx`Nafn̓DىWN̞[OMO(1?ϔQhB$lFQ5ih`3p{MӮ,r')l:#NdD2S[+;2d<DH}ʝE;ߒjoE0#3hTPz5FxyIEZb$Nnf=^P3ĕ'R**V9X,Jw;Dy:6ͪԬk=w}UTƕ)gܮHza_T.&?ԮMk#W'԰DU###?+h?YcԀ?}yXY1;OΠ]7/zRjGQ!ՑJS!llXH؅g_ADK/ydo.!~zCT7߰B{dTszđ	`XeUAoHӉYUֱ1΁ҀzmW(9@ߓ^'/CiřXKtsB3ԩIU@ɞqlJhJWeƨH]/h,i	._ˈ߭Xh3tu?]#DVo k5E/ndиuO,9:+{C^f%sRJ{"mٵ?vc$8U|RWrkb?/2W,
8PLohE{1?SWe w]ږTX/̃|7)1	LCxN}Z0Rɖ­jD-ٽ_96S~,F}3֔BcMA;67VVr{19zmQ{LGć?$#hȣWO~Iz4Ѕ7I?L0T/Sgx0V}̗no.P~jI3n7]-G'{Ÿx90Jƻ;܀SA
z}BV*2~4Mˍ6dg|DMQ(.b){̑#P$ٱmz_b@SjGǻE6%ـzӻUw,M!)ƌu =rHd0 ])
,tNH^Oʏ ckʳ].vӵXqnUpz¯tlKC 7JlkE8uو\tbi9Ҝ]bA*ќ1PV|	P)vgߐ=ѵ#fpopz^&cXDн<ۿ#c|/e\bz<#OaWs ʗ
pkRG`UQv+	i}!Ú.RȌFf*]/Dg` xcKB ppv#-˒ia%@96||(Y#T*Xfۂ6E2k<kޚP(b]^ڒ(;ĲD[nV]^݀R y_xϪ)X ɬ-(d5EyI]tCw$nLYc.UR&& R(7wHd](<yٔɠ<ޙa\!Et44
pdҭ˳wzŗGYpV̷dRGP97%]w܈)ڕ:V[j~l=EJdxw,ű=
.sO{~u_E_b[(Ȟ^]eփ߼$F{aZrmLT_t+ɇ,ppWP&V{^,USpZԝoH,ÜЫ2)=߻wmǽÅ
~V01G;G!&QcϿtm>LQ}z!3zѸب],eN˃0è'w_.¡Ss[S|v59iɳZڹNg.=ue&,jr>)ouaNшhG5FǛyZxvbpp__31^PNemv&/saQ
RՀk!g.1uAFWah#0z)LuH/F%}Bfr5\ԽQI0E
}U\/R2soߵ|1ݜѵZR:\7٢w2IQBh g?.ҳ%J4luUA4*44-VƸH4p|x6e\>6d%pNϹ\(}aMqlIUq#As:_7<tu6Oh%51q+)|,rFnbφXr;i/aU6y%xd,X}/}6g!oP5(mG_ѶG8bE=ט<ލSYE?oHQP]fGH#oϨ_c|mRbgǡ,S*|o7(
ʢZJ%ƮRqCS"اGاL15-7Jz	kC2=}e\FŹ N^@.®Ğ`S[ډ6qq{}$qmԑ#z=ݔ"ű$sj"oHpg۴tj#!>
Ca޹6uJ'nvL{!g;j\1Z!}TNJ~DI;j%d}kd9o}=
ZyJ^&ßţ5o`sz P̱ezjހ-ϚD^?ޣ,؆gsTǬ@ڋHw2	];P7|<K7&$%f:5OuIh8} bERb7:}
PڜMe Sx@x;̤Νf@L}ژ8Lڬ̴W4MU"s~<wVbBnXƖ/ѪBvi֧5"/á`F ̲]ٯ)K,Sl_I:]D&ar'.ztFCAH1ҵ^MK98ĞWFz^y:m<X;nC*{vWV[KYx`ƪL~cc|d!Nƥ1"k}w
{XRIՠEc}ր|Ǯ+p@ӥ.a&ørSX9|O\zo`t	Zc)!\~,ǌg{N@Lǂ5nkIbZn}kms8eR	rx«?23/
~>K"͸9^TѽVːf=ϐz\ȱڦU ǷUX[]^CC-XZ+HO]1n[cWm_GEDͻ80ԭ[):<j=&3qM&Lϑx;^ʦ:FA2qS}/A)>-S%Z2W 4W֡gr'DT+V_Ta-3V/'|lxӊOrv464d{"s}Dذ1n۵w&|đ4	VP%X7"ZY=gX!̵NVKL, EJb3jKOK3=R:^u	éS~@0MǍ!˵?@x\wkX=1{ULϑGCIڷa[?qɡF	pA7%Xpμ]8c(ߕ6ܗbJ|`
bbr:=NUNܻQL=W(S';X#c>7ǈsCdyBiLe{Օҩ4L 3>wֿh<v$/rt?k9Vv:}+!8%L'T^Fo
#ZҹfOUvҙK!4nǉ؜_PnP%i!)w?AKRUH[Õ׺SsSDG-b#זf{&OH?7ٙğ)FbigQӼb}Ie`ư9Rl8Fs->,Q|+dTƌkTƨ	j@l	diϞS%{n~~4`.Q2D1uFmMO<wj<b/(4v	ONvaʇݏGF.TeJ 8ABeVIˎpUn]pϹ=FUNp4g"8`<x4MquƶR{&X ̾q(օz^s^G+ٿ3iY8n=x	#'ɗPܼ8L~r=9M[٣1xhT6es/+wddTU3K%zo)ڪJ!9&p~y2G*	CX$,]BGʟ!&8cw+5S o ZxFwuIˆ$Tj/MLя}^hn9{b<iUuތ71h0[K	1DMM3EG|6uHǓ-!mBn~V۹h4Ƴ+@d] wέCۆG(RحA2I]	rʶ(_WJnYvYZi6k+TL-Î*R-[nκfّD$Ua+	W˔J?}d0žF`_Z	6~x>KdԯOAj@è9S1_Iv2*Ùxwy^Dճs4I]2qѫƯ(6XCĿq74KGB׋j:N4΁
>HDkng -D%BP5(zNm3kңbu. ˂ā>}d(׭9sDT3S}ѵ9@=N1#UǹTqzUԀZlͮІ<ac޴)eKKvݎQP iҜ^Po~FJ:3Q:z}Fn<ÈJ\\1v 8^VtQa߼iB6P_۵fC?}'ކ/Qs-~N9a7	qnȯBbuU|Bb;|ʑ:mκjBncO:߆+`RWּG!
}zmO(H-DHѝ=ΌɃҭj|+)zcӡTN^`~K'j
Ąi(f=?otqiG|]zǌA9_Q:x,(_spoZq'+ra#%>lةP%ƎBՇƱů_Oڊ|iٖJeb,®6>sf Ȉv]5e;v=
0|`g:jV1lcT~ɺ|QVō٭rm+XTB-]Heՙ¡mVϕH̾]@#A٬?}/
QX"j0Egf a KGͼxFQp.*?UKْkm)iGG;tͮ߫fЀ~B])ژę}I)F@o_v|=g;I5*p`ff]W{=)^U|$< 2?f%J.huTj$	GUӏM+rI}%[ϗ*naVl,[ 5v>Hن|[.HpNIN7I©$#*v#<rU;O4JnčtlqmiQNpƊ"Iȉ#|%{2b5C]X5Hn_m=7S'f}LY	]vcŎ\Uw$Ԯ_`F߾8O7Ty)h'xJ)KonMO*`;fZ3oנ 4ԁB/rW6aCŨr7/H5,yCΈ?~Wǵ tB J^k47m*ƏaC{ ~s}Vt؝Ƃi;k-.t[Պȡi_w{_e+m2Y5	
 M1:O}.V+~ēN$+AfKggxa;&SY%O&ܖ]# vMΜm!y'F͑j	*1B	!=#IcY#QRɵB]t./:.h_LL(-FO4۴h[Of j`-%3aФIHo:,_%	M#Vǝ:^5-|oV_7O8u4Ӈ2,,@N-X,Y2rX\x,?^HBʾ_@FeӳpQ͡rUmE2)&¤lwDɦ:!vB/'³3h|KPTS2Tʰe&fM+ۜCd ɒeKxBtB+h/{*ވxTl<O4:5jKӽ>CK:~	!k|q-l@bz܉=.9o{PPwؒ$bN,`a[^BSzzN8nx`li۹C{3$xwG"\oZ5ow0/Э~dz;RKߏV$fZ+.abڠEZW<NY&˿eϪ)	"B(kjNCW$yfBd[Rl<CmXHU2wF_=hnU:/ha	4stS?dJ8o[,ql*ֺk&e,L4ƣ_HMX!5{n	$i0{,O	߆NMCrλB6[f#uQ]p#-:٬Gi(px,W
}ʑ0hסg+Yݰatc!u*eۗ5%eذ!܆ĩEˣbj_tsp($zxި1c$T3FԴ׊ł9׼YGX@VO.M&1;x,H)8%I2Y֍̽JN'-٧D'!{/Idh%Dz_R4'Ӈ0k9=<<LʴW+rޑxGD ]i rm݀@6/F<i}3[Ӄ=C{a&]˽VgzF$ƕs=2șK.ZF_w,e1BybۦeofTB.uvяM_3,yѵ?cͤTWRԼ0ԢLav#zLb7Oָy0-hr>VZ;41* Jff¿eΜɲӄNEX>|0<zBkX2þ?=`&+E+g5%F6ud	XT[UIZ9ڨL2,cQ}΀J.s	&OuΎZ[Dtջ.MD<r^WiыИSa,E9j|3LYc0jquJr"kg+gh YɅSYaԹm^kE@Aa@}΄unj|WQwwXŌYvQKTYɍܧΩ<v
)c0!iU?)UkHpB"4Ά?j=\ȰNt@7KScMՁڑվ!NtB)^MHj]}s$ٙxjT8<m#5ϺlqɿNG^q8Qm:#H}B2ڢ(l޷ӌi}1њՠN4oӷ$қ۶l[Juu<\MP)_ԘP%FsrK\^mۚdyVڦ~%<v6\Vw~IZZt5s,oF}ޱPFsVO@y|PYlSy'SS]%tyĘ\mCۑ"?qs×M+K
]do(aބOXrҜ~dIL?Sךz͈y0LI/|'Զ'ƺˡi͙KCK1}֓Uc|4+}!d4\ТG	~{LRQbo="nY@ľfآ]ʎ@X+w
uó1q@8fl'hc+{2v	};e<2n qJwHLa*5W@-aE	}<182g(LaR4QłBt}QVaC5umD(G^b=*E X-O6[I*%r<sHj"ĳ(o$5OvU˘suiќ3FM>)D7c.ʏԻ"yvI)}D*kOkd\['"pe,I?0G.nJwM
Cۈ,PIy{Q7q+v׏Ԍ1;9ӟMki^6+gCQWcxEDVZي(hv	O1τEn`EJ0t&C\B
nޖK#Í/hWJN{0e[uݨu2̠^FOmQ8b{آ*Y KvԴN,<+T6yeڨY3nτEE	l7^kOBϷG CGrg-ug6ӈHq<	:8f}5տ!ɯW%*rƘ0ңTߔZǡҵph=fv<e'K4Τv^5].*vXdcW9֍g]?]V/G<1i
3\׊q_go$P|^<GoS?ZZ31DpWkayii)#(xDJ,gWJxėcQg0h>@ب9#1W9Pc+ν0dʙFmħB*cǤ)+Ýrbf\
G8ՙшCw\іh 7Vy$Qp2{X8s_4T<i{;OFkM(,$)Ƥ$·kY0u-2эz26-5>nr/J3 qr}86v< y* ,`VZ?wqwbr XCNcX-zܹ_?`GC+GF\&ۿ!Wg_ءfN`?T*yѬՌǃǇۄPP;wa$ɳnͣvh֢=y;>k+JNGQK+'nЫVć9ɔ29z$3%BV!{jAT0*i=o.N.ޏ8`xS-;#ζɡn8^pŻp^C۟Y^t^k/B%tZe$t)iLlzgOvw$|tɗ/V)R>	|p7(K]=hBc8	
2s0q0֨z|rpu׬HCl@s`,Rͫ9Je}aJfx@iOKFh[(߾|	xp`y8\n!NdKl`D>qTyO|+Dhǚ3^l:|#ɜ\3W8oڲ9	pAC
**وmgPx7{wl!NҦ~K@p^I XPݶQUޣ֘\.P9;`ZR,0,AzgVbTktPv<#Q.G4^f,јoؿ'vEr.avy+JXhad &[.NߦgK7I$ץP *)rڕf2wlDҗȢt%?Cay BcvR%v^WyӴy  i"EjBWlmxU_5/ޒ̀}m#)|ݺ؊.	5Jb	H W
6FvtѷHzhZe?ͥG*'&B
8úqUH -|k:A`öMGϏ0~/%@ۥ/
[3-=VZ?ĦsR(?گM;\@qEU/":?Y,G߭щiLZ%[̳Y5Q;R}/ʑe۰- w^vՖ	JFa/@̫I͠'P	74&Jb&}4Z/l* Vznqj|B{	4Yhj;Nt݁o:rAD}iM(-ln/
u[-I7wIULjdZj߬^ف8ݹR<1D.8p=qCIŦ'e]x?']V˞9lb(ԗݞ?E<Zhҏ+x&=m-FtQTϿ8͕ÐF^B&Z/$VVCЍ^1}z	g6ʆC3BD*m4^!k+$,x
Ԇ&Aޙj%EH}9TV6.|j3DÔbE\6&}lBȬAvS+oC>SO&ňSD?d#:JE0u#%kO{+Juj%#mdyРdÔ'XZ_UcWV]Kt'=)к4R+ݿ2KUÄݺii?kǂisٳ6:npg	)wu8\;XqBRkx:Zl`F-@׼|-]UV#iC>=cߍtCFSq\_c `ϪUxߋ^@=HFӡ_mI6*Pw$WoOGܐZ`_ȝݰ(>bZi<EmV6V1pi&^Ä4ZպӍ;=AӛU''օI˫N7ЖˡtcrͱP'UDe3\dx%>mY\~uffS|kxf=sڽqʤ#|kqo0.+ӝrؘz B8-1Lb=~evU4~dڕeeQaGdg,QEB .ۍ؋P='{ɞarkr"H_faц|g2;OJS݌ʚulk]\OXG&F8|3jѲtAà*ȤU	ҁҮIs5vQa<mem(cdW$EƘeRǤ)mI0aa6'geyIqT#eܨ!Ӕ
rifI7>4-H|ڔ{?bXQU*'sƉY j:Uiw}wQ<tf2$J*`;9i&ggPũjuDET֤R^%li Nå
͡Q^Uxٖz,T9`k#qMyV#dj=Nu3ŴO&#mA"	D <*e6
q-z =}։Ԋ+Uo"֫8)Kb:Bpe$8C֞
q*X#٦AQq&p:[3X}%dks&[xiAmV;Gߏ"tw{Pvx̪ϋ̚q}L$3%v]ն̖ƈG_0P8r\>,&s*]]pRK,1]],( \gu`O(,J˘])`vmSZ/&7d	/iab*xS{}EZN3+zR&ea{*&Ƚk@{M_ّu\%c.E0s\2iuqHX0<y_mԓ@zϷIWA)sXvX*Ʋ M NJK><)vB,k!\`{K@{C6۝cNǜlkěT_%+?{p`v=aϧ)D|Mfހ~3%.)~MHЯyu9'=ä^[eiyP͸O4Ȅҙf\_x΀AU֙LV{DKHm	VmЀ2<vuܯh/$05:\39ij;U|lܽ܁nsپj#=h=*Ͻ/p^08_p˂\TK)ǘVyogفkM"$]"i)ȟA"ԌxtHrt|k#G#,:a[\:)ktpzN,'s#(|!k@ͺ,|_P==w53ڙ.Î(-~06߿TM( p_8ۂN?Ŵ(8_"ɐhՆOe؆{J5
kz%3ǲӵYОiL͐0{L7[rv,oAOH?nGv#M_K[$&ˎYY&r17eWUϻC(|XKY+(RM1ln
lZ>#^N4ѼDiLO{QT-q
nI2,Gc>~V:^~3'UM0*#VΤ@02vlgI`@π߆D0-({ǜ)U&+nO=fv0@м˟A&vg[ǘk)X\AIA.Gϩ'0zlXRoƏ ˙!C_Mmn+&sp*/E- @s*(%׳gmAK K{j0rG5Oh.؀k~ǝK]HgߵҐhN|Д,/Cx(ܪ6 N)a3?яr˓͛ E8EV@9á/G{M7~{#Ի~&^+bڱ6q8O';juΦ@]@LکQW>G40,3<.[_܄ru/+P3xÞކ٫?}_UxߪToNU0ʷGaSC/e/y@ݘIoߠȢaњ8]Gs%uLӜ1ՖǴ=&5pI	!3oͷgsA(,є6yu77,(`ZS}$gӦC|GTpzNq֋~@
:9m0tKHC`*'n_e<mis#z(+[AiAҨ5=f]sL4^5ÑT~l!ޙAOw1Ƞ@Zx457άR5]BT<#)ˌmKi&u/J[?M\j]|X'o^
!7Wg*ږY2kW.L-sE]J%-8yC@@,FЫ
	$H1H\Dh+QB<ʾl3.4>pǬk{V
HY^[[Oe4chAjܪGo@֓m~7.݀*#pBd,6m <Ue4;Oĺ8PJtN{~ՙƩ/k/#љ&Rw	Ioqh3ތP`}Zq#VnE7f{r>espIh4s|&x<gmkN'ٹטiƓV]6<hA'c7d2]NݽBޫs%hC@¢F<{!Ԗ.Й5d߄jeo5nE+h0K>ئY\Mtohs7Uju IarU%fnVCJȅOۇ{7<ad\E"6@}ȗ݅Rr*q+J 2/&{ µw-8uo"aײ! U-}y|ХvϞפp!<AúFqDZ}u;Zl5ʣY rBKȰ!t#0l	z8KU=&h}hYi}6_ Gw}L)@`QF
Wv*U5ƎrclثͨnDQ9jl͠'C$lgr ͍lxàc&vo_z+@) K!CYaJ&Ƅ;cɪ6v(7Q%n5r;^%hI3NUm+O̜Ҵʢ":DwpY;tE[üM3cL\z/KƬ\Wo_.Rj(NI^GyZ.M),Zίڣ(7Z)I1Rk>6;IBh_%^H;;gҪ`]KFOX
q[߇?0{n>Zˏa
\sP^Ƅ*[ы9|3$K˟=x*}ETi:gC	h$ځxv݀dR7nה"n8E6-a\c#(3-H¬gr̓#8m|6,K#Nڥ2
3Է\҆^O5|kR'X%ӂCMɲ!]WoXS5IA(Aɛ0:zw}O̢Ǉ0w
ˈmɾ|֨0վnS't/fYa(q"Xځ,G΍Ōe|JsMxK_OIvh3xԜ}ˠ'|	0UNf^9ڗGw
$c)	8fޑCGQY=" JЦW1>ު0o^?ǿj۾'py73HiM!Xp5V}hì,QF&zU]=*%6mƁ5Ψ-$sJ9ER]IBK!=*V#!y't̻U5*˟%BK]bg~0=dؐ;l%JjJu}U7OKt! APe1s̳\ɯHH߃Ć?`4ʗtk$/|dOݖ:NJfAϱsK|WbVD' $Ǚ00<Ȏؙsn8}Ǧ ABV:49W|V{/d	:@Y*.|CxHX44tϫHU΃'AxkLeKj3e|aeO!*L^WOo0j<θ#@+hͬlm<e{U?Tz}к4X/"gފg"Nӷ"׺7R?}h9]lͮ5݁:** ^CF&CՖN\v]M Vٶ?80=cc+aזr(kQEc_~b4:E/l%$VMx܄ъǽLE߂7'[a͐҅1U*B$TzaO}s*ZO'Wmu*0݇T035yժ<ۣ( Z5݌jOkނ؝RFJN/dƎ,cPf4M[|"Nݞ'}h\w_*(["P6hx̽Aߧ1`?у39^ZYklpʅUς#ĄOUp:`Ś*ġ@٫ԍgfS)p͎}Spj̳T32+4/S]'/[=8?'$P[ͫsaF_tPY,d£ɇNGþNإLcYWi4.5#NF8e^șEGǳ̧EǌA!2&!0$g=XEj9<V2n;S2wa}Dx~ ڊl"Ə2J5C
.>Q%X3Iq_XÀU1[#C}/>+C@ŝ{YUIܲHɽosןӁC-ϻ>?]7lCŘĤUwF֝K
|R((
sJѮФiٻYgȮؕG˝]$g\ <SِRh=öVė4vΩ`L1fUz<K_:v1]Õue6\pa	$y:15h|;_nTh)|ׁ}	Uzӿ/%_%z,2D<(?ۿiP+oXoQ̇~[O0s:ףFaif'E7,NmUmtg4~Ҁ[:b>1ѰOYx~q_ҿ$lY'ŗwTXxJi`ƀ1ƻV:xSY29Yx{̅>ם{+Xp%˩KVL$7KU 4 ynU:>̚*`S5We
ExڭS8H˱޻WAg%PAomYĘjƋIii(*, B	ɿ_]nߐy"gݫn+$6Hi$	
]ESB\I"YMS]' r04;	\zb!D:3"BVS̳8AF.pP2q'Ӹ"uG߇!U
K1ޓOaʪʣ|yݟJ.{)=P[M]%0$̕2(aРhR$£1Ւ6إgt3^yٔ7Qd-ƶI_f%r2h"ɪ՚[4h%cЛEIܽi*j*lS@?- HRכ_(NVbp"AnèRScDq՘9h701Ғ7Ea-]P);е~ 9I%WiE&`L{ͮVgScɆ$FY+d,VCR]5ib2RH'R)<8Rxtky5xn0ap!L8UnA
F0$<qvҙR!Y%gg334Foɥw8x'z_Fo܏=ac.nLoHgof<>ٮo+~m
7Kn'JZEȌZ*<(f&@,@tO-><jf3kAľHmن-')"E8T;Ng	x.L4m1#q:ZSױrNXFi$>k};.Hr>:xN2K
Vș֋`?AAX+bQq{~ldgՕ,̗ݷf=GP[~7ӡjdDܒބBdfm`'Xю۾Q<ou_ŭfe%dϼ1#MD7I QՙyBͣ+>s;*c)߳ȣΉp-wiM@bSCλsDΊ^hB>2ap:\jѦHz<L
$E҃Sp\0i	{g&*"&o7g	l8pK{WՊ*̳Ó=6lmX1޿hD}@	7l/|CaP5giri>"}N,i6(8Њ\K߉y(b`J5|D5ƚБkc݇	G-	\W^Р5AlίX	TXtܣr(se&Wt^Agu#cOunV\`Rߧ=
wШڅ--2$ݺ
Y~ w%t!}gs7B]6G#J?dU>?\%jk+g?nڭ(zt9m7^j9RľP SQ?e͜.Q_ՠ՘Օ^	u|&n\yrDsb˙׎@<=Q*=˵zѫAeѱSB!BZ0*WSn:.poZPqL}+׉,4؞EgCE|+Vnv'ګKʈ#)|*΁Yz/q7ɛ:q/Ibk+Vz{`%<#_|gգ}YBQ
oFޅԨ29I1TTyUn8%Ҭq:?.[ǈZ4,-	T">&BJug.{sXٶ?ǶZjVB0^sFC
 Aۂ6{
glgJfC}[u}K?ɷ+,*`KΖ#-KSVRTS5ռNcnhsJ*qBw~*uzl6XqУe`U˾H*8"avDn%ð@{t%pog/<*+)gov(lҚXɧЭ+'KKMq[Qoux["`w 8gy!ͭz~-)VB#>\ݶUB'fַܺ!Ոw-U*WN!#:~sM<	{IA̧&[`ǭχ8ҎFC5/oRz+UI̩E9i d	&4+|gʯʫh	?:;Mʑ;QÅT/iRڊPT̺HG)w^(iAiPQeoxʋ?7a#]39ԽI;oR=WPljߙ*szJ2oc]ר+<գo-$\ōc9ԝl&el/DҖ RY}%kZKqǀ@,B=IΆ"tg*|$Eul|GiFʎ<ؒB\Jb/aqy+D5kj3K)7HsyLzKo%<ˑWbV^_l|g;0`@j1Zs@30ldr/^	5(mۊ&C%!ѝjU9+ńŋ;ķW8U]5V^F,7&c۞{֋K+_*Mӌds.fu ښQXʣ~2תw6KixYK2-u71=nՒk*IsɲE)ZT2׀4QȨ; u{Jy'/<ZmS|Sr)5.k+0GS3/+S3,tG&[BD~:֊kMP\cͬNu+Ϧߑ̱
eh
?TTFƢ0h͔L9rLȂ>$-O;j̗E#x~%&iiR
Kg۞KdS8JFxڢ?txwBmOabK:F}Ҙ%4a;Rַ;uRSșҐΧip÷bXjʮnKl.}6ciOubH4΍q!,hc+<xlXm2ŢZT]D-Is92_!j}ԳR0L@l/18ζ$+PTJ9i-I<GCo9
C_{mx/bsSÔјLOLԹcjvd2Hס?gm8lɈjd"u<=rLPIy
#אbp@ePɟTeWo1=3M9`2wɊ9a*o(+I7[pɦԅ,b0VQ?hrzRٳ\)M@\U<o]Ԛ8QɝyhU`)qֺi*ϳtT y9όմX(QF>ͦMޕOn+lXc*akvN	NmDeS@|c׆FXOQdif`viVHR{/,=fké[hSM B۽ȰÉL)'bjXUx3h$zRۧho\WDH4jn1y%!SUjN$[PJ|fӻE9ن	r5z$=Q%׻("$#}q1WbԢ6̾lSsh{YΡLX=qĭ8j7cŐ,JQ&ߏDJߘ%dibB4ݨC{ZiucǰVŇ hi)Tx0ѐw5',11>_^t#Т	
!ȪkfKKy&+B)>L0q4PAtIO0P/Τ+c-A'kidPƁ4ϨKEӆi$w4G$Qf0Ѹ>V#wIַʂƣ<՛Lz0JiJ@Yظ*`ބBKY[lg$my'7ҫ!&7JwىVb<Tr]D,TgUx6ϸ/5,;YHFGdȇfv7?XHvf>OMLYΞJȾadr_D.={ 	roXZH>{ܻQbyob4ͥGH*˟v>_EfGoKui	VؙgrޣXz%(f+7 FҫtƂ7`$eϠ"hya:~E׃{-o3Sٟ/GM\fFɱw΋=-¿/!-qo)Qz"M<xWM`^Ȋp9q\ǒ/N١'\vy+ui1d2кgYIUN~l˃@@X>1DYͅ`ŧMCo}!8 Кhi&P}\7ۄ=A5<ao:R\w?1<COW~?oUo=9s<DT`fll[-='I|F/'</^Ny6e3I*Eά˲o4pNb*ikY7PǍlשtL9b0qTo/oK)O?Hf͐/>з&רͤV>މyAhi`~BnRd{Cv"ː(dΖaDC6|ΝͫL?`j\cR_t֚cBPQÝĊ@!ˇ6*iOp88ʗAV֑d˷r.k	p"=hkŁD!:(UfWO'M`2/YjpwX;shƫ;;KDbҸ])SD֩klue̄mS@reV@b*Q4[mj5ԗG9,JQx |{PtS0KqT1B4Ti>8LWnQ6a~	+s27Q~KW$ӤƨY/~Аxi
%\Ϝ8T[v̖n5Q719qo
e=;zk_+9iPLO7ɳ}	17\s>5MBH۱F-M1A^-I܊y6Xlĝ#1Hׂ^ZLڮηc%*P(q_pBO;ΥKћ,~=+&G-	'riJ58}/Ϩ &!&	6_̸i]MSϳHpWގY2R,ctn JzԻgxI_] W+_jV]ycJNMmO ٷ	]Ʈúz	8vA{"	ܬ9ȟ8DAn_Чק޺{hCsWd.~z?ߐj)"[Gp=	9C\Cл;/̮!Q<z9d6A$_+DbU	B-&M93bC2
r?m3I~hej=F3au\z}-"	p1o84dߋNE	ψ$BȰ9e3:jg:UIw-\<9F/Qkd~g_(JМU?ϭLR~ԶR:ݙ1f,`Gb4-oq4o]b(S
X/5:	gitDHUȗ~1=v/gi|Pј9M/cNBw0m\ qY_>'G=A0Ът:٨տe9ޱ8wm-
(5qyJf
m2ϑrMU6EL@y5+a*XY4.ý2<
4xӂ'2E<N!m=xryA̪)1sѝ!w1I̢uBZ#|qҁ E
ѕǡ;	0|I2wG^Hdu\ĢMŊk	BxFc?f|bX]oĆkɖtF)k*-i?ܒES`$kxeDyǼD2$\>r]r8qvjJ߃VŕAUA؍́fFZ#h]!T[p=">ʚdśGu+ۛ=,hF-Y@\"Gau,
P5,ѣrQqD~oH
V7f$%LJRH!o
cTg8J@"Ƹޥ2^aI	xb*L,BAVG,tÀAUe7Jܬb8C}66l[ YNJWQJIhk?>mb';Б?TYWqV<SOݬuVy~^0R>$R	c8C!bcz(̫7O\zNSTW~KXaKўa\([z$b[rc	}_eRJ
yܺ)r$Ǵ|gkKȖq+%9$=&2cAds0HjiX3,S*6y'{ӟ/&EX_{ծQ NѲ]{o<x[P^:}iʉMl$8Vүtʏӎx=j`u:J^jckV7~Fc&-]R@.ͨoy2	WQ&NpܞVh֘jrsF37VҨ׵<,70<Z!jigii>5`ܻG?0-4Xmr#f>MnaGŴ kkO3>b~iMء~k|ԖוzH?vlE݃kP,BK>)qD_YSNU!!؄!d?Yt8kޯ?ޗɳ0vhi,"ȐZcu+Y{ThA\3[˅[X;̙ޗy<ZNM%54vѮy{؃}ҫiz	+"=8@#YXp*`\5co$"HQ:bS2!1R~ސhTbF`LrnHd"tDRǧLH)&?YQ
ݣ"#^o_աc",c)IDgWB+Yx+B/ʇc~L+Pu(Xŗ\l'j	Xj@	vj]T#ʩ6La\+b:MyxunCnk4Ac.j 5D@ַ@$5E>::Oַݴ!U zx#	GMDpȡ
W@r=)_0[ύIpܸӇ~
u"#ҀqMf8?jmXWB|UǛ&D	FhquUH.ЋM=KN0ҙ$> P[e|xoڀ`Ś(Ҡܱ"k+N-8=(uŔй4vę2r$}p[/BNP|g{`Dƕ,,05ݩ$QfCB=
^Ē	c-6T̥|&.e?2k5i*Ps3i1	W5\Niަ\Gׄv7gNi
j02"zȚon#Z;,ߎ>mkp]ӎ<RA1'!umҠ,Ws{ɃLl*.	pgXMύX,(L>C\fx0mWsxƋkdX!y	Ӱ֋q7xγ+{R`@(Oqy.UgWL<rь^;݌yClWỹjU!7^z$>qmLNξ|>]l}٠|00Ec5)GJj6	*aK.j9nRvBi<ߔhzx)4&}^ݺ؅7Y`}'W0}Zϔ	;CzR=JqMaaֿwS}ApC(ՎUICm{4W}26w1ImpBWtoA3g֔RÁFYP:$CUI$)Nx"|iO	7]@T]T5P$Hvhfk!CQo
L{<=,UI12CV,-fP#*֚s_&
%%g>`{,5/\׳Gbp38.ީ$[ӉvBJ˃:Ŗ'ՏWz;t7ueiWʭtwˌX".z6r2PƻPqק+7mMĄ B)C13vܞ:RTE!n.2ߢcM?@SVg3+;18ϑktQ|ͼ^'s6kVbFCtAȳp#:6;G#Luvv[uCqy\ {qD;',)ZF1+e±A=_Ԩx<hߑ^,N~Ԓ9*K'3]UhFdy#UH=T)}b4:R!<u^ӸĢ``wŏop={\W'EG|GE
?6DoVp(	cؓyK
Wxo(Zˮ]Vofs{!Oz:C>uصO@HA};t ?&VՎ*pd7vjY%n
^ԯaA]?ޅԾ-hğU,4`oG6(~jI,1T]s״IƐ?ަ6enܓvҾ\n]`b(` D۹i̝pEVԉ ?ΞoGvȊ<*5\tyހNN̲NP-4?UܗvR+a:	O؍t~pjztiԏg!\\G^̓rҦ+''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25433)))
