import brotli
n=a=0;b=1
for c in r'''D~=uixהʂCP##pƯ۔;	ds#.tX,}-,n[LKfΫ,fS3E2$k&ϥ^Qxi{&W5%1NL|owޱDɲPl=|8ϴDFvuyQSgQsYPȢJcvwdDTq>ǳ[[?˅;٘QqSQ}>u17ȗPʞoGWRHZgzSḶWלNRg)_nu!SdBo~KGξ`X{{CX$=@KZ[*dSfTi%^4ߣv2!b%CGu!eП9hqp1Z՟9%͔*n7ƾCՄ1%ψ@|wxD7U>CqPn ӻOu\D5FblsjqT!`݇&>fƉ;TQ8vȔgB5@Yr<;ݪODܡvkҍxq?l?nYQ]-3&ޡz|*SSXHfVqBT3iK2H'/p8mRň]!ĩ3 E^8]?_oC8e
] *b|IUAfB`7>MTttłȠn`{DwD8F*Rؿ~" PC:ߕm	Ǝ9ǀKRA}sy43k$ЙC0ίn%lY)vÚ`{ϬΨ*D,)%mLF:J(M9.Z3&M}uf^!ޡh6Q؟6in>"6uMۨxc$llL-Jhӷ )8pְ*%IfwiY}cBvE֛aL4;xq0 K<3փM`IHy+YƨŅ<ͻ֕~B̩W^u{2	޳%ϷNJN+>*]"/@uiXd>ڽЌU"_m2nyD3ʦGG@	[b2.9Gͩ#S.Nxv%4/>^#L<Dܐ9xN~#X~?|@3q^?sRܔ޻G,y	iZ*)"ސڗʡ"36ݫٳ>Dv@bT]Zu{\/({/Up^9~si"7=Ω9)
N?k.aHMA!}RQ9sۧښs2Q!V_α^!Xv:%B-$ݢ{ԨEzaVν;tz׹(ӓ.wphq-lO8)b707RCd'ǜfyv4//̦D}$7+5Nݜr\3_"! ?C.ztЛ~y:C{,bM3x\FZi?Eid%Yg4640*|v /tg*@[w˚,u^.cZJ:]|]2ÏDܮ̀1^HĮvl"Ř0vQ,B5ND9`"\$Ü\ 6Ky:/rlg(y
(<|^~*k.s/+g"8m'ov2m({'2{ebr`*߮WچG
wK_H+l:O-kkT/72AkW\dHND$MAypՂ63f_>];0?Hɂ0YyDg߫|)ȒAeE`ͩ׫w+Ǳq4̻Ѽ@KsAz҉2MބХֽRDl,n9h0NKu{oa)/<{7+DBQ`"$pڠ`̬
3lyMq\I1
[1D[߀IиOC	ʝX?Ac?ʄF؅P;t=$nL&/5p|e_خ]llV{J˻fj#͑
Ș)ݖ3fּ|]ŵ$ߨ]'1WVǎGۃ1r[Ψ[ɒ+ʭZJg@kr}յ.[yȶ^>*0Ңxh6<v3}	${(gi+S~)|mД|R͋]iN;XvIdHN:(]3@c4?Ő]IړNmeݠ}xJ@T9)cUyinL*Xi|oz",H|2rJ7|<K{U%tQYǌT6C*9:SLBλmͧL4%ß]jcV\e>2kSdbŸqu|}E,t[1^P̝i%YJU
chqz˻uАs`M-P0ՌY7֫mK@א^º.'_Ή$E>A|ǲD̒S]^3^ahzԨ!`b\$(NvO(5˰wx##;gP8s3Aκ\j]B,܃t[=|(R[foI%s<͂P@JE&vL`bުÿOЃ>or4g՘һr?>5|o*޺=ԫNHJct׏dwYHXhƉe:SVLinfōj4̴f -(QmIȟşΑ,`UPJf)mgv8$!_޷^pi}$t@VAtڳW<0	:Q`pk%rXM8i3(s{|z>8(vժ0pcm\ɻKF]\8LckֱbKZ;J+	~d~BB=ɆŜũinˋ"Q< =WҚ(m|ܴK!0-0J؀
eDJ׫^P(,KsLp'9Li@;.)Lu9W8 %9dΓ˄xr7A
XNC9ިpL4_	jV"+x6<.x_Fihd9KX0Ha|)H0cF%7ݱ&ֱ	TW/m3i~iȼQnvҵ̥
r&S}z+M-ï&">K(45F5X)Lh̫aez
BdW nW9BcQz	Kdųn_IV`BڏgGf)+1:>OWR{?!&:E>5׹/ܧRsu!#$yC"ݼ#Л2ֱ"\q2Sv_>X3bc''Jm-S+L-l3<9дjش_by'bDHqthTxYQj;yGh[uHG}ϾKO8W<;=
X>6N>z̌.@ʘ*|JޖӦ5K14XױWSN]7Fsï.8״ºcl&?G_1@{@X"'My	ȕA{MƱP)=F<-pRe(lˑo5rJ}Kұ-p|l{[KVF+-r0@fs|4)7>ac J{pin3{Y<>o0n2YJΈ(T[jr3cÅڷcuNKM1@u<~̹
?CSC߹ٚgt4ۖX:/@	KҬ#K<*
$%ś>%vy^H}:Cĕ*yl!tgI{"UEi:7SfF~/q	ݘpFʳt^0pؒ)1ߴOOTb*ջj*Nݡg%̈́Gqw½38)/<.-kE2{g#qu_*!^yAWѥ_a@ʄ]u"'/
V-r8_7x}c',ބѸFnǹbը!:]=t׼"#\(#=+gRǚʳ%aëCoS|B%}_<۽81]NfF2 ڗ$)>JߧB6I!ÔA]`>Ƃb'mo-]c_{p+60 
\W-cǜ\ܧRrZ1+2^g#e\WKBZy|Kul
ʍǂhG\ ]}e]YEleҝt3=y}j@;ُ.Xΰڛg-6d`xdkZP؅)<I}MhgƇ[m؋(t{I/NC 0tG"TMBqH9w2۰[ŢLCzO1\Hu%QgTo87lxΎ	C=z	R@FSjH|}J#DpDY`|Q%RKzQ sFߓ̈C2,<98QZdmXM͂vNP#Fֲl'7آf5J6(M#pyPQx^q=?;э8˵͘7һ_5vcPV7v̾=%΀hp3k9r){>Y]4;m˦ ScpqBD|hذZ',Qrb9ܶ@,7xIn-D_J8}Z-fWnDHF!?ѣeiм0P#oE"ѳ;T\M0^7WǻF7ՒwYgs%3i%wJub$H.&ʾO/
z>cTMܠ+gf+Ă>̓~jv8L5f.׮f,+Mc`w9NIM>x<}*UUfH\hqy?k֣-!#Irdym(^ZY\_`߆#$Mz1U|N{P^1Psr:z۝<H2L"&+\ nN0m;8lj56.LeAņӘ;,$YQs I*f+00IDU,|	t_)rK hȘFs"]{2ݟW'*pa7dux$>%Rx;F)x"32Zњ/}
qZi
2q OdUH@YSYmhf[PIXB94H,»>)IP4f2zq2}CJ2Ti˭!|lO٬?I-

")ʯ-I-F3+p!ڪ!5SU8Eq8|'L<2ϸ'E%YBTTpo63M6IDH!W޶?$@I3ituӲ#Gkl$*ۅ+eQψBI_ՕC`EӬvG&c6wz;v2'1a1/R%c>[mdXkoc
ɛ~Kr.'&j'*4FWRKFl+	SܗxKכL߽ܹi7so9|7srѽsG:@OX|*ɑ c%ăc+aVtiMX8i>"zծѫ<&=wڿwX_Pl(\*o7ׅwup'١ʩ()4F/0~Ch%sG])1ɲCUDnk$JE;?.Y
˰Npڲ5X-w<qҚR3Kւ5'N]CEؐƞ ȁt0q	ݱ,.ԛUF86t2Djɞ;G0MMbv×[
%`J&!cU@)=-8],?L6ѽ6Jozy'֗ǆw'e4oJv 6#1|lFBh; (_"*[;kb̾am
XݚҹVtk0Rw{?U]Gbl\_ۀO4Ů 3:|k~C(-Jjj~ō.NܣJbZ\EΛ9pjV3JfCQSZ+Dяk._W
iRzz[-ìY=BOby'~LvŕcqN`1; HߦGj2t&5Tn04j3ד0&ʟvݔx'9GÕIV%\_[X?nbyԮ˪5]<ҏj=!'%)bΊ6nׇ%Ķb!8]=ESt1N~ϑGobTgf!Xq~܌[(rg=(5da_Ue.?+0xIPlօ3C|Lk_Hܒ6wCQ7$ܗ͉fΤW5Kl:{,&AI0@VثlfLr'1/aEeéZE(OQNqU`6gVm_=zϖMm2_vICvS.ijJp*"e3+H4*I%O3"bJbc-{T g*0?w:ɴdcIu'k:eCi
B%WltMSdƥ Xk@<.Hŕi3s?9#˥uCMPuݲٰ^q|5p>Da vr[%*+	9v'{BB@h0ФMgHH1>%}LrPJŹ	Rs«k$(6Ski!%ksݩ,1w>h&ӧԋZqDIŌƴ;A
ǈN'@7gL&q	R="6exGƉȡ{jNg,}1mr= L9"۲LN`*XSr̻Abt5&ѰCDP,K;zV[D$*@6Ft%+7>Ƭ8QЂ8?u:.ވ>o^O	k Lد1U[C!G9nVrئX>
Bשeg-rh!f8yQSJj
֒<YI˙O3I3ƧUD557(ӌh+wx7+*
Q4;-{!~]!#}Pu<+}%g"vKBXEw]_H@z[]bUƐ`LBf7nƪ:x%w[/] h@/]9,Qד95©@8U9w%?y@_[E̧c:
Up2ݔ:Hqӭo0e;=#jaGJX>įܣIdAh1>+~h~ݵ
xjIwYk%ݲM/iZTZ[&)ɰ1÷|,ԯ4;z	lwEIC6gbĻ"@ޢIUҏ*y/p]-Fx.f'DNgOFNp_%GȘa^'NGׁ470ֆˇDb؛#ʽX|#!a(i
<6yhג@[aZѷ|N.j&'^/ªXsJtɔkD6
-RlBơ^M-E7O=6 ,|iAY#yg8Pn{RPa:3kW8i2vr2_lS $h11"z y(bՑ['Π\ lQc(yЏveh$Ѫ=_Uy'?<<QT(3{:?m9mCƅY!*bH˭.̎eD!0ҏ	nU9 X1kyܨf'c<Rڢ=r>]-.v%F0+Іg0@xZوZq/6	yƽ%lm-uʶ#;DY$@eՀ-O|!j˝^:|qiȯ.ڈ4[>UܲFYyL
eI޽
U&̑
] *,+7Nہ#ڵw-ȝ
Ҳ q-+'2S،"7frb:QSe9HF;J5jTL	BRbaE4|]ͷ&TmIRh}QA=MaKG{9D;i@cZ2B2%];"7ZTjpHڂClחԍfkaҋwΤ4ӼDz>wrJf(s.~0o[vWBX39xoӲгɾ8]@s}*tYTӖ6
GT_
}Cʼc4a	H6GWެ=l|ٮ.O`ϵ[;ǻNÇ/G۲cKܹA[
Zc1](8~Zfe~]4eKw76<È*x(bʰ۷Θɀhos`Ytr,ȔR`5{/]ŠF~ԩB2gx;wѴ{ʦBJ=Mov݄_4Cʄ$id+hYh8Мw/ϐR(mQ?%V$kQR_S`Anw&1CsQRtML$ڑJڷ_bL5A!jZ(ͼ8K.a؟./čmF{ۋ3f'Dљ[R(@(yӼ_xCPQ<w<'&^g%7bf@ӕBԣ[ɽ!+wzPd=4Ǻ$ףkn
GrU֞*vrA9zH%\$goͼۢkKkqfB׏ȥt[26j:ͯVBbKR.ކ-R>|īш:pMK%TNG[l5V4qP
JSnp&,/"q7=Oo4X6myIVbh$E"j,nxkj*Lnvsf8жT'%x-inƥ?tZ+8 .fJ6b`ܢbn֤4E@ׄ)'7y|Ǉc(/A#CJFjנ8cm-l5@
n۷%:ȈL8,f+ހ,.h=We?Ӵ.{yH29.?m)&]ˀŬ2/y!N[>Z/3m~a>(EI4Ȃߛ]Y~ocԿX(TV1vwWÓ}f=9BX1Iׯ	B=gXfֿ2zw_Tu;ܼv.XۈQդqb,FZIsZQ[UDrdbJgF֐mL}raWݛ<4Z[x͡_ָ߸-8~Ӥ/43"õ_i<o3wngВ8[LG-<2*âDNV.w
vPWʡMW(٠=jHw?"\%њ0#3˚P5B(z5G#3Җػ2pt.)IcU1Dh[8ĤN\n8 8d6CJGݞ{Q!GJ1a˛W_;=ky,_s>)
@?!9l ~Ւs4R feXESK(S$G(Mj0zP%qM7d#PT^`3xt*օ1ؚVCMO2FV:jv1WkND.$>ҥ$Qvͩg]$3ҘgOօydRoߨG\Z'#dRxA*E|Os?op:&uOz;<r&ZA6R02ٱU
|Y)1V~b@j
{WܣR~bs[8 nӸ]сgGjJ2Փãй?X(gj%Z_Ng8xYf^w-9g1ӂ, zasyj	N-@Q$ܝ	2Q4r0lZ%MŕJ]	sκϵL<m']r>C<ṕc/߀mfv+U}!J4ačqK6Pa@=8l	Z@c@)4´AO+Ѹ?LuR.ج
x8C5np2
Cܭ^3@H4/T=>j.f]zi8ɢ#K-:7M	J~*ٛ&)J7WP܍ׁ-lARIĐZș3L6'NiJ<3w.'};wgBȃPeV*V !Yb8JѼʄOC(u1/ܽpx`;q@N=}G֙s{SaQl&؅Z3҈T(Eh'4Cuً(cҶbaҌ\N?8y_$&Wcڟ?E~3x^x!T[)k!c4ÂQ=j3.w?2Ҫ(r(;k<dt89dFqQ[֠ڴ
e|͇ռ@>ѿ	p~mZ)@G5xisrg_?;qZxؔKrOZCאQ2<@1VĀw%At[APF]> Xt	
fAUD]Hj4PC$jvzژhYixИ\V=<B {~lfѶ˹l>E	~AO5pXޖ`c2qPՅ6%Ĉ3krLA7L7^Tt\y{p߫aoN4%%6X/c_xy$D!7aUȇtukSب~eڥ+|ȂqfY:t8Ɩ#{Ծʣ%gWTI%\pL|6]Lj&WݎI7Ms=@X|
{No{su`ia@۰U˝p/aoWg@dې[׼ImgK˸e\Aͬ`okկyt^4FɅ@JCZݵt^%u8I&|qPs8t1Ze>dϨD;ؿ_e8`:Wc6^_KuVLɉ-{D}r?ˁI<\:gÇa/UL[&ZE;9Πӗ=I#U-;6զPֹ֟IQϦ<W!]?$ø0YXl-MtϠ\lL<BQSLF?,d\9iFW"a][=ux0ل
Nr	;Pi'Rg˞IXIjMwRVĪH\%x:!!F8G+'7b=M}=m-ۓ+`Oq:լa?p+bH>3SZ!O\wc1#k{?03LZĬOC71eZ1s˩]λ+jۘ+>zJvbrz{:>Φ4pޜvX܃*]?YluqM!8<t=GrqyBCEimh7ߐ_OR93D6(lѢW_sCnXg>Jxip\ETKd#
܋z!ɰρ+zvBW0&`Q~S@,HӠ%w'{}E,e3FҐ,8yKAPׄܖԮ&'י.]˲_yƷ}Ϭаޚp5ۗ:ޡz&[;w:sP5&1:xO!sM/D-yn3*1G&7<ͤ@fYaxoLF	QA}AU&ˬ!أ$^w5
ݶ}.#'n9ڐ@/TcކK8ba_snȖTjs9"n1#A|iK45sNp{oe1ހm sUs\=IP|bi/(4Wyl0ԧ%x.7
i(NSLaeul$B~{'Vq	"r@
n;iȠL~A4`[;/nHcߎÉ~įǽ̴1ѶtXj=RG3ߛC`%\@7QSĻ`J-ft%cb<>?̷C4C	߹C˘Jlg˽SqyՒLF"oe$YZr#ٲ]ud*XRًf8&h_}Fn.,Jc=Ahʜڕ}hA؝8KjS"2bQʳ|)7oLdN8k'ZzіUc7԰/(*IςX
I2K,ȵ.gφWۄp	bX~29,QVM2_h}C5@t46hwypYx:M5&*,v"ai7!Z\cLG1n}6iAFY	|#6!qopǷJ2.ēaY:#*[ģcG>Ґ~G]w=pdI<C$P~jG5^2GѓmXm
Vl#g<?	yAKU3*-K <Tl9'\@xS`)jj*Uߜ}mcSOo!Ժx'~QF
i)FS^.4Vi9.;=%=ɨxпk:Յ)@j%\`?=wKD3mcC>e bú84Bu,`T2F{qtߏJDRКV-B>%Aĩk`ٛODE&]ߋͿӡ/-h/3:͐j+x$Ǫ(%r"el1lQ,Ӓkų*?Ԋ]3E2;ٗXHR'*ґջa2mܫii;[X2c470hm{fu!}coVRxQ,_K.8k`|{=yx-0Y_1(vZO|۬F`dDƀ#+R۠7Z9inoƝkUr]R]#E؃HpM[0mؤ5JUN,¤UAEp0D0{,1@όNnֶO4Lfl8Wus <aծ}2d?d*-pdlRվa1pXXz;.ZXtĺKLfd؀#јN2H@5K:~[g/Jh1bN,2ʔ)LDeRaF2Р6!icɔUWM%Wn[SoPI(>P9/5lۀ֡$N1fkOFByEuB;LMd#QU$ziێZyaIH@=CH'8^tƜȌ7I<ЂM*sӱl's1ֻ}uHvC.`73SίXzh,@ݲ#ŀo4L$>_;k؞nVIq>iJB]۸DfyҢϿpCq`nX	k.W#t}%2X
Q;A>U}2ڨy3l*gY:./ІäǑs޻p"F͜fb=}QPIV	iAZ7h9Iqr-.ߜ>zå	'1Dr'{˅/>WT]6<\Xh֜,ϵ{qO4&̛AdˍٲKS?H*Àz90kvoeaR4"ܶp#;fFϓ_OTȦ:i,L7R"k:@NŹr9;F_D<Ѫ0ذwo.=G]KDieȝ_EIt}No>f	/ځwzg8uKP9F͎%ɟXw>g8U_)c{?	-Vʯ+x:N@ہf8Aasy{FXQ(O15o{PG7ǾFٷ?toܘ5ĸ/ċ[L@}:.MŷkC}8b|#8 LZN,d~
Y8fܜ}Fc.`QՁtR@KQVoc7w6|JH\MĴ	Z(]6"܄9^1/"6R32,Hӽb-EiǬs:8'LIڶKɵ
Ə+:HfE˾YZ
о!u.7	Av\l"u$vNnZWtE7d=JѧJ|Ed"|ȶ!Q0NVEاN1_D}qEjǐUWt\Ĳߛ{d~Kv?{9rJĆ[<O%% 
Q"|>я&Yخq~%r]|3==ZQ6lٞnU]נ0Н1ʸֱLK7o3aiN=ƜGhQM^;VVt@_L/u6>ƕ6g9~xq[Ô+s΅iia0k	ߍR'ڋgۛ;:ň3q%SC!5apbqѿĄ/ADB/"xb`/lE|d)`q
s,AKۥ<8ΏA!|]ފ%u#[t~5P	RD̲8f$\?&jɧ"
b_F]L»TԊŲL>$ÑNxۛ"lݲiuz&K[Ո~5{-ǍOLү=a})[~SyuZU+/rn\bX7Pu+ź;HM80{|mY"|YA8%QmM&(t28M\pʆN|ERe-8ΰeOoQ&kJzaaKuZ^Ѕ2.}mS-K3ŏgqW)JJnCцQ((߮\/MpN66e2.j}puo%LÄGֹ{08\_N"޵:VH)7',T:r8lP,Yckش#1	W Bh.&gΎkɉL(kC$*hu@AwR^}Mm8+7Ή۾p9lfA #Ɓ|f CQǵw-[я$lO~Ҥ͕':Z/F~r-lno5#Y_ܔ'ƫש9ԓ/dţ.z	UmT/z|(Q_)VՑɝ+ҷ'}[iVũB~Ԍ[6rJunX<WYAj*j»\ŕ~1ݒč=ٜ-ΕϰH#d({G9gD\z)lQMnIZր^x+G1PB^ؾ7brĂ@Q1*/CnIhCŲRD_υ[#SaG_KtkLvGZ:Ȭh3nbu`+vyI?5]#'p:h:sB'fȿlڏ?S6htl0`k΂_x+~mrɵyf|_UޔGqnAGٱY[4
48SP9 ZlϺ\M[Y"Q$x8EJ	3H_j/%͎Ӥ+fș62KzZ95=;!XެzBFɠfAJejgZwU	2g>͌:«8dT0м'sN$3w,OZ<٤kBDPci,߳˓0vW[T]s
|F#3,%c>ǒ{g#JV.LhR ߥʔʬhR!ڮj^2mc&*:kҚ/hSLb8QΛ}Ձr^aϻmH7U:=oP=1)ϭla=zДVwµMԝe76!CI|FË
I"jɻx)"dg$D9"/k/O-nw,c%`jvOf@߂_U[u|۟26د&Bdt^3ZMatu
(X5j6<cqaFZb7w6ڥqm
,ˈAw`ẹenٍV#ށ8}@5Wqgz}lw8S	t}݉ծV}k&^T'Qwp.:E޵dS=xj%M0z{eSϥuӦeH3U&7nWc7ӇNna'&q*eT<͈!g0Pufڳ$=@ɐ?SxWuz=,2t:Т-Qg_J
UΩӭA\Ô4`aIWLa\=UљZH_5΃Aג6&|ՔsN{^Eo@E')+F=o^n\ɍY&nBqmR\[ȶڻLEaFǝc-,OntlV,E'Wѝ0@?6f?|BOkt|lqCϩm^q,!PҔAfRA!ѡVf/֤vBaSˤ!˧A1l?/[.PAߎ52MHwr\#?տ.ִR[B|و(nRxQE]dڳW`˭W'1v`ڌ֑1&Nx"fϺ+ROծyʁQ-:@_3ϋ͆r+	Cק\T-VeZ$((h>#U1@Ikd}?-6~|ܮw`!܋GP^M5$3Oe8;nD ZFjY/uDرIp֒ܬ
RQU@KE|s}P2fˮ|byAxAeTZt(uCѥ:¡DIOC|M5SQ/ۍ*J޴_JN:kug$YmgxAL+oVuiNvƲ+NX"ě{oUYž7K*ƞMTXE	"ĠjD5ю>m¢Hi8wΥ]8R׹fJҵ^dzD(٢ޒp\vCASKR<@^r<D yrݛNKcNE]ltGϸֳlȮBG?\^"oCI~܂er@ЖGv{:Iǐ+$5H'G?ݙjBΩ^} WNĄk;&?ײ"$fmĸhadk( )u:bMK	&;C	|)g²);ҫUT?.(`DŰ-BrLaFbF1P_T`l.<Ru66_w?VG׆њ֒I6< 1(MXs@e0RjI$?TlM`ĩYw œfx;AߎV4˪+
*\;Njń[~KpdZFq	=`U\,5ͫ9J0JTo a9$+GRrloځ
4bWJ:S͹p
49Vݭ J/zI_n{JKI+b{Prc[kg^(EWE/z-P6ԝCe2+yWڃ(S?yĺ҆ #&uCV
#y[Kbv`s٨)-գ	D}]kZ)Bè)IZ)Ϗ2FЖq"n'?K#Ёq¬ѹވamS}+yʽ_$1&,O!ޖl\NaLY{qz?4]0'^cЬVηFC?
ʿ'l*qUoD:LU5dt6F6Yhig	p۵\۫y^:ʬpYΑtEW2E;q*E=<]/\mʱid e}TnβΌ$>mG.jjƄJ2]'\SSm0{Sx`Slhmͧ$ׄz})߱4l6eQM~ǽF	,	"`ϒeO6P/_<Q[y̓}Vcw[0xsݫ%,Dv72,F"OTSŴHo^dJ*ñ_֒GQDhY*mX3߽KR,Md+Z_ߚ0P1pTbDʗuqˌ!%\X9BN4Y	͉9*09רn 7YCK-}fQ
>ѾV*k1g|?.}y	̬?x.okҺ:\KٵR%t}c[b1J1}9(4n}`mfV͂^Yܞ9L~?χ"_ޟ`4?32_̞#2՟[Ӕ7wܿy"b@$SҺ7x!ks|m͔yeV=4r4!prw
QJpOפ%HJhF5d~Q/͋{(.Fjܭԋʣ2YD8@w!\D?B7ĔOn{6X%IڨVk߈,Ecݾj2ȏ_:#ɱlH4&}F3Z!	?ޣ#C'xAg?e=,5$ҁ)"ضBPb`/a̒QsV,0J nt,i\H|kot
,Xuzk/ )liyċGAs4?S72Pp^יQkϮF!ɞb?S'hX?\"}tImQ-%G0eQe'\^<{_Eq4VET,|nKBnp*D3N/9MۄvֵX/ȾҊt~	b94&U.;ԬZG}מ7kz$ҵ#Ҥ%qqdéIى{&Nf ۘ^ծ,÷bi[7bMyҞdэL^h˫DCjg^:Pr`lz.EuG~Jǁ"wWzC#"\/#+mt6ȐQ>ABAhM0xrBOتA<ˌlԁTŐ:Asgewsqً)2m%}E9AwkssэFuvæd/(ͫEX[R=ưhggw=ҬݗYN*^)%?EgȪх7	qթ-adY(5&`/|ΐt]{^S}ΐۨUKu)\@\Éc׹.e&ONMl_7ˬR+#֏ܠlۉxM9:#@U08w^\jYUw+[ă{/zee&`8m&YjGjAE +,gÁshLkh(:۠*u&Pw>'J.ApaMſ8IE&b\+h(O̕eYNriuvʯh0M[:3EEйFYR$9ǎOx@U/d^H]@}&%u[wjus̙-2Dʇ])Yll`EZOY];i 6W*ֺb1Z56wǁ%,!-=_#7QΙ84pLU$.,$#~	l]8`%g9z%\Ah̿>fE2z7 :<Hwl|$׉x2_uڧ}	1zv!	G$3aǫeE"BX&6NN{9vZqg[1ߓ'Uw5Qod2NNj8=oA̞?QŜ
@z&sFZM˩&۩Fτ+ϑK<1Wġ0x.?ZV̓Cǖr^^۬ë2~j!AAhz3KG!Ԋ&_T1FjGln:<e.SO,Irט:_?Ix4Y̫ݦ*&ĜZVeI\Hq!#Ь2ѤdRf\;;'Eas(S$|Gm,5Sh'~׫^#EK^hQ9RW&u8o0;@'6Y`)rU00ctc>KAׁ6TWNSlFwEPM<Fe[o!06[iǱhΝ	w+h:	*C]w؋E}V̸IЋoÿˠ%_#{=T}k?3F=
`Uǉ%>zZaÖ»>)0!|#M8jlw;)7*zCH\ѩycz-qz{޴R|"y̼۱Vp;{J8zWFͻO3E&X.~Lk&F0'CZuԁGZkXj@ynTnܵ	HINF^/4`A˥'g/~(&?tԶ5ȭvܭ@tšC[,K]`:h-MBoW'^)ޮɛe8N#B*qM9^ʀz's{zb!#bbaײSI¥wAp0`kZ^ӹ~5T
*5uD	(5&ȵ Y_Zٿ'uCee:tp0+X`rҘ^dfȢ'[қsfz:#Juѳ~cI]cfۢ?Ph!	ҏ7SG?BHM$>λ)w9Hm{~'=2txU(yvp?%ۧvm#^+~/˱F<ηǗIpRӃ'#OȞغoͿ^"&o{.b@]%*̼nm#͚1K/˵!p.ԋ(͡Cc3irrtݗg%a>tewG?OE+ӿ7~2GK}gn2ty1`;Ibh>|43H&2Ns7/6[9L̐aO#Aʘ<$*{Rɴk'FzW\H1)=!_ԚQ6uByuv|u|Y{6iQWAȳ),B<Q/ߛZ;%W"ŋq^^Gw=0z,Bk^y:'h3׈`{Y&n$MS!l_3
Ǭ?8k~E.>^ڭ[o"vf:cz5tzޒ$F\#RGV=w?I7|չG16|h͚LMx.Ɛbzm:MI<V,>ӏ#T@|jU|ݷh}[EQ֒1`Y4?Ԃ1T[{Jrg1@hK*{)}~zȭ)X׷+e=iY! xB:/ߔҮ­FUIRT\]Ư<#؛q"K,Wr`h^z
԰NÙbr=}gxXUI=aۃo1>ˌ WAmH Ǣ[%Ct Ylզބ2x[62Ss(^a`*^cF%wUWBnHZ+Sڃӝ1?W/ΖٮZMGőĎݘϾV-MK%t&kk&UhYE̕|^4w:ǁ3gj@*%2~~^DlƤ WZj%dF\Hqդ0 e'v0{'827ȕ"|W`Y&ּݰtO7߹F/ƀҟȋԭ\ި:"K%VY("^>zGp	{߈)Mo:%זeyib*ݑ߁%&P.uf&D-2;2;tްYƽ)2b_xud*:xZ"{	*lP?	>8Qޠ΂13FgbDn+B"I#ZtծKb%W0)Gkep&"Xf8I]
\_gWj˭
joHtlHt	%%Μ#lu6eiƻ)5ampq۫HDLT~Winғ0_qݨQ6"]Gv(k1X?pb-T#z,BB̴۴ʰVƹ^͵*oSkyO-|AB\w<f?<|u|-BӘ"(5Q3çyc׏$y3om{)H߇)MA!jI,]lMuݕкɲZ]N{Q'ĘOJk	X2B\3hȷb;d>@`QGF3)%GC͎rkӁ}B[Nc4a"Hem`g9t&|){ÄWs>~٬}j̌mCMˏQ/Le mFnjANbVjP;oѧ"CπSXhʞ*$p$eU^:"AvUrƴ̄V9/<X5s>[6WK˯=&MUv=BYOzL5t6'dlNhǆjDq{e7.ɜ9r*#G5ddk5˫PΒԮzX5:Fz-Q	Q#)2i^ImbzJ`jN}ת:,aG9 ԨA M2WȰHFf.EsC!|O8M(	d1Ґ{O0(8-sѩ,HxHЅÓP
Mk^QD. $lzݴfCJq,p wM{ݧC"h7^+yI˝Jy@aze d3_ѫ
}8jcg"j
wIͬ~ğ"Prv!Z?'Pˠ4bwaFT	-qҪV?lNח*m=%xg<Gqotm#Q}@wl. lZ>Jb{Yb0dŭ/vbƀ:Hwcjߌ6Z'\-gTӴ!8кkwd% }l9V^J:͈r{rBW2g%ܘK3DӟAE T(jVˮC0v/
>D؜V>1.8;o9>mTڦyI!{QQ/6vqbn@L
*uMiu19|),+Eoh/n4,501bCya:1-nBrit'<sCo0eG
,ff"4SjgLק$jrg]bxvNPG۩4IBMԳb)%upmͱ
^<y|
ԁL2joeL#34w{IB'3TDsɫͽv(oTݲ(29p<,:VnQg3)2dt
Jo*c6TlUf;{p]?eӜHԃ0RX%.2ѽͻb*5Y$`E~t-Fk)ם!kFt|ڡ;hGWYWZ4)x̝m^SN3GYQN4	̑c$$9)ҢfKV̢o2vL,ȁ&¾4,*!R3lřf5G^ ώYϭVٲ#-a(|ڼR#l-%S-dQw{2zV*ܓY6h0U6ee~}1Lޚ\
HrMg&ׁFC8dW]Qеo<y/;F1ě,V/ss82hqDP}ס'm3Je7:>$ME9Ga,2}؊;M,BnrHf1\G=܈v??3Fͯ>*FܒIdW);щ2ՌAVH`|RjDav>)[~qk;əZ]Ѕ,ݶ4VaBMmHI2`ZY2(,A_Z13?Q_L_?΂ R
ҥW(VX~[|Cˆa	g#`<_4rx@F4hp3`%tX0m5v#>"/,c5T1ތPI"E'>ՔɢފÉ/%<$|f%1 huHރ+ђZ՛X`ĀmܷÝ֯0V[-[Ϊ¤j&	8(#8ZǍ+Ά͝s Ba/yqY32*eTs>	'%ʷp%*K<|Șt5vʫ̈",e,[scoX:
ϸɼ7A6Β;Ԯ*6!af4[.2Qٰ5/OBkLRj	PBf3AcD+S#e1,nkyԽ:GGoM}ýX5R*o<+I}>21 ֺ(^˳		Bdvtg^4	phwQ|)r/Be#ϫ
8֯o}ǜ8=tŧDIja3%=sÀ;^OPP/n@/T>qThPomqk<OF|X@.I(u&5'%({zs:>ۃtIcE̻@#0=S4R߱8n=5iq?Ww}"̯I!߱i=,^5Ds~ۧҢQ;WݿSƂxPɑKCR?\1}anTrN]j.jZČv4G8|jd/o2kÉc$x.pNJCQ	ʇy<Bfo'm~>*~i͐,Q9|)y)HL7vEǧw{cjg'!=\gϲ3^c	[AnPq1.l݅908ĤrU"fg5/d0Իf[<CŒNd$ΞE<
?y;6)Fg%\^bWk5ݍJ4P+ƕ@Duf0zsi=czC2p#KZhלIlVp$uH{bkJGHqBǶ~b2#rp%z̾yۗF@"9Xv+
1t1[X\^qsȡh+}I՚^81?(x+*vjkיHך،->vէ
Vo͓'xCBlhj+|f^'MW`׫0^a4Ǭz^"hδ.7S0R!ڠ޽=&8LX
/jo@oǈ1W[xIbS/mը
ݘMmIlz*XӤ21c'lmӇĤ3R%Jʃˤ*ׁ 5ٿ|-T"54!Ԟ^8's9)3S(gZQ2MWz|ErqCIY+9lޖhv+ß`s4Z-۬GPgG'8ORڨ\|S!
v׻9p Eb+1W=ڰŧ
\$("vQ>ߘ*&ߐL0XjjYBm0'9~.G]%`/[| SB؈ιsQŮunɚ8ʸ$ϚϤYnVS  ûχgt6QZ~bł]ڑ)#ްΊӪ."hmt5P^[H ȯj-1c)c'~͂Uf"ՊO=2A
̺ U!>Qe)q`05ׂՆ0::CP2ݥyՓWz46{̜K=4i7CBt;ޑŧKϕ39wwQax̧ĭӁ+TWfXG WtQ)ތ!?r+pNK':gz!!ot~oGS.E@F*<tp4a;ǆ13VkRs<1p-S*qX=#c;j:Kg\' 5Z97T3vmoع+-{h6]vWt%q=CE fQ!H]yR.Pnd0 qzrHF,w0ڙD=A'SI:!x mВ\!!I~EWfн`ޒ,pu>~d8d2%*J4'mp'=o;Ǒow4eRYXQ<Ӵ5U`"}C.'̘N2nߎLCuzKĮɒuԀ[zĂyƞ%D`׺$y[f>^ȯɵ&eG0|@/2lGŨrMU%v;5dI_mݹ=msA\Q>׭ao_)"aܱ	:3hP+#77q6WnsjOSgBз^ּ-?v1`stӊ3}c
&ppŀz@OwL|0;KX*6ԅeŔ:nt{vĢxҡk>d`M{b>b3i2w}<}Ш/laqr'?x[!d[ޫ^ߩϽ]n(s}oñH{4D`(|8U0c3nGu;z.1*tg՗T(YNO}=ĆΜ{PϫeٳWJWnU;uߚ,hYBC !ȘuFZx֛  $-y3XcN{Drt˼X&j1(D:uЇ`w\_{~9r׿U1A%N8i=.Ŕus) zĶ=}m6Ec"\̜q#v˰nuխZ'g_KǦ\#Kz2z
j$?iȍuC09+d=9ciӚõe.8};(-nq7D[uWu*"zǫ~\&zɆ	"NtYdYF
!C0F,7;,@QGvtĔ^ե[YhMYMs}6OZ̯eJqV;\)bLS*uW,6p!e3h!gjEf'ӝxa6ك׶7j9i)iOA:{18նa>!Z,n̐Vkl^+T_k{U8mdkyRiM`Uɬ֦rt0,?C_VxϮm+.e{%@oRȬBN'ל[̼=h*5z]Z.Gd?EXV?f]m;߭5$xԿsǍlAFC<fLGߵ]	WtV ;\fd֐ރx<B	^"'?~&rcfPhI=FN!dZȧщۛVݷSgtg2^f={($} ߑ͐,S	Km- ۊɀkUu}v¨FuƇ*-.ж).~zwލn%YwDMэ&Pק5 sτˬKFA\\%	}7bכ]xq_0_I.0źєH)Vٺ?U	?%feƇ;W[ʶ\H@:&j̞"XIK7,D_bj6Y%:eNI{&j;q8UNܬ@abg,g(Am.ط5^9CTC.>abǬϼ%	:fl_
4ߓVrw%|
<u͹9nWՈC~PH׮XDj_X_?\ܻ?>_ܵܜ؋hVݠͲ!MN9րt+XNׄhp7bGxQҩ0O>lՐٱsQA}KA_R$Gw#^{WCq A!Ȱ=C~wVD0tgXڐX&&*_/h%ӏ@ͱ"3bR1	m<ּ<-fXqf?x`DBG^>AhA>)# !'ܕ~LMaM(Wy0Ӷ=hN9g]-b<*$UrqZV+F:jKW%ܫ#SdӪB(nh{θ%$D$W!bXM^ڹ=mo`@G}rժqRρX*[#{r;&F/"tl;H_dHEMJ¹Hel_ib<da'Z$.sE97`Y-
ӎn@~H3ȹby5Oip:8+w>ڤ#A<cZ׬L>oJƄFFz.99
ѡben|6Z/sm]Jk~Ɏ_5`}iagAo%l	^7gԱ7 $tOUA;_p'Rguiݒ˘z7Bx])l#+bN`;	OgTlcC'Ed!%ZƐaBaNͳYOc-$C]؞*q¹gO·|ޛ9Mu381j03ۗyʳwÀ%0	m$5pݼK#X{>aݡ b/d<&1{`WA
b_ߡī1DXȚ(0BjrjJYعib21tKV\2&djhl11	?UNwiOŕm-r4J$osDz!.z~ζ)saѪ!b6/?av>ޗ0f? [W{Zeaisg2}މBl(Vj<E6<okn.F^UF$I[KSisQMzPSũ0kt%%?҂veD-R8-:8&_sd ;u~X7u٧ #hJSk?< ,uςΓhV!ƚwgZGL+`o6	Hqi|Z/DnT؆Q"a1K*ømPC2؁e8wJgB`YXCGn0Ŏ`
% ~I.R:x8ߒΐ-,?ۉ]Roܰe:B)f=!@9PD Y,{.NDصykikq-M Ȋz'h޹|cKq^~E߇ZxJAaN?Ι_ޣ8{_\́?WBڃ/<m%#֒N'r"ӺۀǲP=	N~.͎4R~	w#}yҀxŕp!@hRюV=.oڿ4@S<.*۱QOu~*%{oAMȃ1bg@KDk`IɄv֘G&+ugE×u7R¾CQHD8sqDиbSu	1t:Y:: hـivq}N|pMyRUqĝͼ&{ERڠR x2(>dTi5?/c"qc2"!ĭUrAGx)KC*hј\hq7
HZzHe|YHвv*ݏr^ >ǻ1B!δ` (`6qޜyjdMʇZA^æBݻU
,;k7`Y<2Z!1j`"4ٶ$hS"#F/JǑvo6sfL	ztc Dm2K^|R@Uh
EFvUدL?Ip}?.]H'//F˦%ʤ%Y]M;Xɴ84reЧϽD_wFҢ<aFzǔqIGOٹ˴r2wɞߘJ__	ߵmQj@Jnݝ5H2WPتŤVS`ʍӢPj5{Vo-ψ)zRo>#r$]nB9ˡe+}K>$@#TƪFD3Qxf،)߱MKvy92FH޸p؍:yClvG?eɽppo$Pƿؘq$$ؒ.y՞QR1jIަ	߾ѧW#EvR)vF9˙8]hyx3++5ʿRU}FIltT(o+qodW}T7TZ=rQIs&/{ɂ4	DDbod$ZuG)Q3lo;6<S e@VpեmTT$_ÚgEć}ϧҰZu![OiPj 5<?qOZ´Q$>oPǑPKZ#R~-]ݻۉYi<nޒY$"c,Dȍ	U?ƽjH|)T;AkmنR2e blbڄ¥53d*2)֡2*Gm)e
TT-AՋ&3PX'\8oQPzcH3Xfbh4Q31cɣR0{~LJa
1
Z:ߙvRk-K\۴tn˃'΢7׎GO3>rT
q,(q8|YUт@ `8zb:8*g:`kQV2~BynɗRڽ67w?3q
&+<,mm^IߥЖٯJaj(7&thq*2iΣXPjJEP8.=To2ȁ+Wº^R}ͷ(%y¥Ĩqi~gt&܅ҍ
M(ak}ȆPv'>eŁj'4rFY4@x5nH)Kʀ'NPpwG#@Dn{E/ʦL)E@SL}>&ڗȋ{qkAyS5Ϝ	ȼeՈixGòC1kG<ï4?|ZdYtq@!ȿzxԕ΍|Zp4!S[$|GBeŔ!&,ȁD.hl3cD0-K7A[xG?ЫE!:1YA,7r3<)ϖBE]ݐ1WOd& =)AӍ8g:TL^V0vn+TתyӂOtiϫ"W޳ԋ9+D	(P1ɜ&2
WLqɤ?d][riiQchoչɷq͖a]b m2ԝi^wQ>(۠b*t½a7lxN΍5i2$lIj}>wdKUDl't(ݭLVu>Ũ66=x?m"e˝fWۊO'r[CMjkMЕ)\ٵ<CJ6/V+S=
"pYE[:U.KS)Wh؛~v|m$/6%/RZ"`Vn	7d[$4lM/bc΍!˄BxD_+E9%	
t%x?&($mO=bH<֓_ŚILcµ7nTсԒW!a:7\@a0"w7U	ڊg b.xvcU9fS
Rݒs5z$n1OfDՇj(+ֿƤH9e=)kAQ	~~Xؓ݌XԥYDw+,EG_َۉ'Y7i
ҏ߃P42ցwg׷A)b_af~uXۋ`C̲D&گ:RM9XάG3P}K-jVOg`I?1ǹM&FjQך(W9r֟1QD7ҊgpVdcTUΰ^P<|MlQίhvw'p"|5wJmÌJlgx,.Sۦ5v}pU-ԾZR(HQírxGfFxظ6/OHߴ\pJn|ݝ!.Rpފ',6ds̩iHLR(oG-iRvkZ
{ILh8fU[q>OݏZ:,b(QY. { !%
śDd'O;5&:rs*5۵S_oBȵ'(RD%Ed(.D3kKcdt}Cz8=-qF$ҡ9ýhDv#(rxJןK&+c#Hn)/^bǜfYͻZ]A$JK;vH>΂W3>p'?(>8ZX֤O&	!'̄Ղ}taq>#țN)ejc:q?N7t?`z&7q̄L	һgi%$ʿRݤ%;'ʏYw޺o 7p4`L &:yTw"jQz'ڒ%<cH̍{0%G_ӷ 8f`yV2a6FӾ&{+ň'.M~K0?BGYnϖcNwK
r1ȹvITW"+57_Ϭ*:?+rߴSYS0D!g̸sUz8s]Tg=kLz"OSĽuX[IResUGaabus7RЅ2ބmާFaA&M֬y"S	&t<{<|>V]s84i;Eq.LԅX=؆MA!vS{=_lWܢd_'l<{<6p?Վ}bU# SY:nxFoEPKڦ6Ըۆy%V<foxQ
vš*#&-R?Qe}weرfwae;<.7kwM":e/P Q=/af]6E`ׁ]M=EM êۈ.c'x2Ty0vp˕ڢ|ҭԏ!l#:s߹2eR!;tFQUgPGXaݿg)%}srI<( ޚ_ҳ5Ψ8):
U /lЌvuA|ZU6D^}N@ٗ9bA0lH_%ol%m	Où,yX^N~ڙ(oNƯfBf*~ieȋ(/~U8?K:qWqr#ߺͽ0"lat6!@PyZs.ˇTTJwcڹ.,	ov~4zL:yTg3҃)ǞoO.٠=)4гZBs_jiKΰ3(
=	A-M٭G"#x3ϒ
"lAԗ£*%Zj1jrUC/d":0X#Dб.Ȓ̾
 hue.qBdZĄE>ws_S;ܘˢɝfZ#f-J8	bc`6N?!tX>zqs&O5ŝeGӻEN(#Vr12Ke\Ϗ
cPsޭJ1EuuNKk4},AŪĥq1 Wҕ~b}ñϜآ<Mog,ްZ+KGTE4r*ڌ;5EljF:Rj%'թŐv#+rRiNRiTYۯx'ɕNy^?Vyc"{a	S4ڸa;մ/NوS!q̭+3r#׀<9lQ]]
oM_!sDXEl9ƞ2]k&e _٘;\Jxq'_ǄkUF1fOk)kN>$>{?؂J/T
ŧi>PіWUYʧUx*rծgF_el~~ϵżMB/c]br<~ϖ}m:Y۶hѱZi1@.0--ԚyjoPmuWϞӳ%؈x[GYvy=7!
W^p˱
B?U/~T.&`Xuzk٧Fǹ-]TKqOǼrlKbYK{C@s9xmĴJM(́˾yйq£sX"m9ϡxL)-ǆL%[nP1ȗI%2>&I&?èj9ۊӆCDP_X7<pǚɘ[Tz1^yU,ҙ{GeVVçʣla~B7E͹5V82*Nи8_QLDLۣVM_HRk#U^ȗ)zՂNyyP:D7,!;@6zj@˂XSIhdSR|dP01+nemT	Ykzώ.y)JRNKVb*lDBKq5O$:;r+ħM(nBW1VEwq2w*:xX:+b:$3ؘYEFsdɄZhjA~ۈ~	Bu0vͣ<BMJ=cAVkacErCKޖ{;m9D*=Rb0pj5r#hMלѻ0c
AG	yy\j&ܮO1c9mmY/84
ib*4Q?ښNgOA>tj}t+K$ee|չUZ5x[E=tg"3{/./ N Gc _ݻC-|;Y5m.JʗΠ(q 	ݠ(?[`!\AO%c
@~ϾeovKA{+1iK$iJ%$PQ/'(}uox>E(:][mSU͂́[oqF$PFfwDs)ЉKdY3p]+bqyGɰEYfLzVǅ	Pڅծɯ|90L8D:;syvKLϫwd	NĆ'`~<ۗ/L2#@%c.3ӅlB8V*y/1?BTst`)O>WgFi%)){;O}KqE3lnSաwN@@+ʢQʾԃ0&ekȽ#v.[ҡv^&,O#x=VTFiLY	tƌg^)i;ˆ\d5\lp{wڠ2W>s4[a6K#0$C|T$?UҺһ-ED|G=1vIҨęre@z9Rނ1שQճ
\z&4E^ΧFK-d[Tm_۠/
˂f"&HלP-buTp*m| O<-:u+OFsxv>|;A)"inzFTGmݒϵvYNѿz)u	CnuȪӤ2@ʹY߁}d·,? "ʣ%h9ߜYxE\OZt9*nckٶL"o^+Dv'}"_\R
ڨ,6>sbfٞ$:7/lj6Ÿ7"_C<g&-]mz#mZoL=s10s3l)2^)WiC5XQY]+-uuƏ1
va'*ȹhS 'Ĳ5?tC0@,طsNץ$ah<GUN\VIj˻DLŭ|q6Sy_Gjhygyh(`/1]ׯNռPw	6#Da+ޞƍ	1db?d6-iXou@;_#;[yРgf:T")ySY3׸$V_!aj(r
N>6b̝"	]'JϗG05D|jZ7	hEU1z[8ǯv77J#|'T$H769ylۅyzv^$Fܐ#e
Ä-6w^ܦe]rڇ&|ɑ0;Dߜ]$QKLPX4^U)MciÉ o*Ƅh7V>Wp\3ڄ٧
=gK׷BW4٠@.IP(bXŨ)l
~#)V#q`+%z,@"7SĠ6cx25Qq<)So:H;d_hN;݌cFˈ;fW@-6zxAp}n+vet8ի?1Jxȴt&k{,chNgԎ4bџ4|9. GB:Oo4~*s{FwHܘWSnlb759q\ߓH[ܝF>@GnP5#^GM3AkCM[4e׹{UShWdn<>;6s.]_)uB11aͧflR[дH{Vi,eOs#lBԂqj	X?D`;|\s/"jȎ,*@Y't2+QB8`p||nC 6w)'pEf%5ݻW+_
Z+ z%X9;Dv\KrmSt}y)Sr	x;~ȽP0Ri	f?b* D13U4 ͏cLؒ_t$ֲ5z^PhY 3`en&=ZJmev 6){ŘÖ	w.Qú`S0y`zG?`SurO̙ީʬڋ]du<u\ħU,Fb	D*zsU׼JrT)(xa%enU`@+P'Նj-[Ay&Blּۅgߐ-xqv]7'3"h7	I3҂
ӵmj5p[KͫqX*x|ڣKr{E=*NوAzx\#6@,f-k(fcU@k5q1̖ۧ=n
P7YQ~	%hvguڞ<lnd2xv}6m#ZH'+~!V3fbP;FHihNp?HyZhwa)B8"FRt`$fym&Nɦ9`:a `J#ڳѱ*m9BC.VUqg>#ו\L?`7VrZ/~Iv>>+#܏w<L4YCEjr̉YcB7=Ƀ)t=nra&G,wkN70Y
UZ2"eao5Z@[;}˺.)dzXq5?Y_sOrɏYWؙӟ!
Sqԁ<@f&GK(E	N`STp%qn8|'cxlf/a#f2v`&%+קԶlZ8@1ؐL92jC'2LiݑBARrϕT=eCQ5ޯ[
0_SDEp3d"Hƒ[&oLWl(wXFmf37~[҂(ůE	hVi=ו-QU2wJ(bJSxA>ė!ȏjqtƒ#lqߥxހ'J(vKRc(?Pցb^ϓ1 pXU>my tnto&e,bGzE]C=İɴ0Rh>CQ^\مOR'S:M	,7؝Pp$I85vݷ̞)f!ySh~QR߯H`_[VY8_H*r|,||IW!αzRVqX/nJ0rзqu-@/TڄϪTpɺIxXٯO0^Ԕ[XB;vCӼ#O?:;ʷ@eEXʤ<PSثxNW5BӬRJͯ)ڋ3	 /ShCҫ8q%2g<cCB̆6͑8~| #'"c1`*ǚӗ7R>sр(*qUGȠtyj0-Gʄň5`PR,[o~^7ԅ)u5GEwT}MJ	Q¶2VZƍ=	x45&4G[I=fc]f"@I-T\ýql5Iٻ0xoO}{OE[б'pǈлK8gBj;L*Eɺo1aMw#V4RS	&~Ԭ!=\H,"ݵag(iNvpEu\
d.7c0Sglб.glFv-%tp$gԖ>tEtw̪0o:=S1R~@7۩NXAڼӜ;gw+fMBi4-$k &Ao,M93ki[nm}̾=،ÞQ8lΌ8ؼ<hF#flyߋqb5>qT}TrY>D{S<Ʊf&Jk`׉GR}>ƺJg(J0	[d ;1҄ȗ#}Vp@jjρcnG]kW|[N?>20F;j,xЙfʺzw@{
e&/ŝq5u[w@PҝÜLbx)5_'ګǳ/5hTՐ_6Glh6xr܇:·>gɥZF(ayY)ϸU3H`ʋCo;X<	Ͻ1:RUK";3m^;R`ܡ]E./BEjƸj~	kBlKethl+f6j۹&h
mC1yHDmb2*.4˄~֗k˲\?ϼ  +v8ujBGy}Hw1C.S?8|?!>`9uq~OP/u{U*27ІhoGAā]bf<n!nx6rg*FےdZK$m4*07Ar6ĤyC]9`\I`/¢_2ƗGv.e[2)ze'5:=~ęKJ00pfiuyعRhfVGsJ<PYIBrl@_עb' #(<uq`U$x͂=_+R<m"rF/z 'FS=+0d|DYRNL*T>ԢQ3ɻ	|^Nace:[(-C̛d;P*ϖ u܈EߔΗ;du~DD֜."4*Hjm+x-;h{IUeHTv<)M>yF89w5[3ڡ*ڏQ?:gN/oXG_a&'}UU]:ajj#,4֨#^5aK͹6%FiC,֣m_׊	M5gƸ5жHs+2co)N4Ձfb
ff5J׾~(=RkƲD<y7{X),vUIQEY&{	:	ÿ3fV3	%c"~y/|}o،-zǙ"e̛o>9I.{~l˰p} A=T?DM	Zrc_
aLC:\Uu7&!g=ŏ2W!ETǤXג4S?ױ&e;G<ZRѐtF}x"TߋV3w׎՗&Ȩ^;Ã͞Bp1N
Ko
9&bw9ZŰE9_&be"ZذWԒ]Ի.AЊhڎ߸͜O"!(<e[XFP16ּ=2ZǮdځ<_6SE+̺HRYΒX)1A#ͪ9QwѲ;H*v̢79	R%>uA~Y~X1WV֖ ?W1̀$TTuW*>΁J!aHԞS˞$Q8͖P\	pM.!Oͻ0<Ra66(ȁ-Ux߻zwM*i6Z̩^d߳ly^.^&1	Fĺê")<*3O(ڦVUzA)	yӒ%s:SfjR'bTyghő̂/SK¬YîSPٙB^tmtO<\V@iI`ϖ$E
>^+-c<pļLtYgCMtG6ORxC/E33֙]Uxm0	+mV;gSP^SzLR!W9݁̴k7i;Ò`*&A%>s(?Q!+B=N_sK_+uET݆Go-ɒ,F֝։6ҁzkFݺp-ֈ|D,?&<ۧ72pY#C*Y?0@j\9TZ2!{jtR)S#Gq>2f
uZ_WpJT[]d_Q;934)TV1=KrgZ.1~W:uFk_޳g,4φV%itwܮ;1HGJwcU{ֈ_Qi!$ڭ8}ծF~A2ȶ()0KEr&jӱJ1y1R+GMqKLO˅MF?z΂x0x#@YgfxImy rʇt[5h	m-#pbmԆ}\uO}tlP7pׂ,3dZBvpzl:P$mZ`V4t}#ڎql5SeiMkz֎vm~ýXίIjW=g5+J?\T-6ÞTH7_ã1Z$DACtPJ4o
>	>~6&x[gմ	ƞuaqVTӝe,G!@$R54Mيhk>pBkCNESuYȂO>~hQ2Eqf0=[ڴiB=^[֐ktE";Ew6|ٴ!3ő6kk`3b@F!E
AK38ԥpg9#gw78g2N]t@tiصf%yS٪ly%ݲ\+ŻyEJĘON_ä-GǙώ,wHRیI3׾Q41P}¢ĕЊ9Sޚ~O+Ѓ"''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24429)))
