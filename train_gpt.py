import brotli
n=a=0;b=1
for c in r'''r`G*v-Q7^ <d-gm0[2[#6K,LƩRG[52I^KvaRomvZȹ|<B)r3M7euѮ4O@	+l]P{aPO[zu"|E&"NRN$֮fW%(J#ʥw~h7Ͱg#߸	nzG>͈mlgi	1c%BRخ|K7;B$*͌	|/U000׽.)$}%7n((%'hY>z%o@)	- :[bqٶ͚զBL/06F+m>9)H\z֏Cf< \ QL|;!d8-b<bIޡj׻cLˠ$ڑ6q='{x!b<?1+w}/cf]<7"V]JTh]fT>Ul?֛2~NU֙)ëX:C^H)l-ڷߔ.TzjRۤ2O?>OdxNȒǯT`}	Π1hgnیoṚxjQcʲc:H0/Pݫcy>av"UT#2XiST2҇j_59M)xq<l.|ӴR[|a&zlʔq@|lp=ӴiFb#~Ŀ'3yx4A]ݙp"Dj+:;zY5LaH:xJ0keC14(
xGٝSf7ӅA40g"\j,N
<eiXĿֹ{F;dO2H5Mp=idM8pkÛҴcS޳ђV@r%?Éq$t1q
v8Wڊ-o4yVr{/ED¯K5܋,rDޞ[}OeɅ(D+H/C28|D(*(3Xuƺ!IL|U>=!#6?}87Z8FM-b"w}(7E6Pg6La9$_R! lWb8</GVY"O^FZATq:?WJ"ޥ޽Ll<OPցE
+AОz$׏Z7ږR?",:ہHt9)ݞA:a"" ݷXD9
gNLo̻Fzx}Icp(҈jҝU]űV{l%~bű,T\א:;y*ޅ.XyTAmNf46)sƼ|DH-yiO	ҐcX2'J0(h؃r1 ͔|ǿ's)=^MM|w#8skJ+ӕѣ,ܶlъ<eMޢ Ӑ7>{=<aB9۵;O|/<~4?M߷2y{WB_ۡUGjD*Xc<tǅY%FvgWg4׻vژ	)GYk	xf]p۳yIX߶C&+/aܔD_c̍xD']g4zT@*;oHjއ``~/tOǿ}cc]=ydP8v!r(.y?xgB63	cL:y)C<Tpe*;Ȃ˟* :d~<D76AA9_B}qCaݮ?hQ	Զ,ޣZ,Imczxp&r[eMļge܇zd9/\:Ě.aBJO4lmzJpT4SʏID6Oƶհęf*`1cnV{Bu2TozB<\q0bS'}`_S28k(~(uZ#Ԫw]RcHj{I@JrQ(
Nѣ~٤QebɁyuxI*g:Jy{[<q1˾~"Ͽ1F(rwa	&buK^=Ih]=6Oڗ
PѠw><<)D,XWq 7X-M3|	x[݈kQCۋ"0fHCı^*إny:ٗV!=pQrXhUAW6׭6dn
5bU$NC>XX<)o#C/b@B.ɮOD$^/tƅQPGhp{)3@62BE8n8v1a>z^:S3P * %/6QcYgވPO:>ٻ+d|/HR/o_,2˃0>ѐ5ڷXCt?0[J=[ Zv|aw5~d·r&YaJ@D^*s̯q3R#5M(^l<j5^wcTQ@npޡ}Â7PȈiӽϧt	,m-$ћԔ/	V?W%Y>/f^N}SNC+Hh'6:R9NX}Z);Oc>P<vIw//7&NLX&Ntsl
%+`e\>dSyUbݙ]	%{w˵[͋Loս$˗lK8
{q@}G5
ϜEMJ2ITZazWoB(Zw
Z';>}=`3ğgw
|یƼCWP9ƤϙgtUR8t.a9E͛0GvKE%}![VИʖ@D֒
4unԿuH.xd(&yJ\2R z6(us%LO^.)߈3cM&f̯['I.Í?3ܦXۙJ?92	e٬ͨZuAGũf&v؉acwrhpt4^;Hɗkxېݖ/ކ&-k,ߢb0f´ժ,S\̱_&`rk
z*:խ4_Dp
ab'SҬ{dSOorgvWØDJ~U\>C!*l6qjbIAOc;?^J;СuS8c^DE!Ky6yym|^OvX64H%[y=݅d:"v.r:bey!v]pLAT...J?}e֘؉kNLsWۤƊ
gHJ
V߼Xѝ8,3duUQkԙf#nJo;`ݘ(gN}9%)i4c0N߭Yq±:3LO@*c|9=2:
˚dVk;$|-
ObPoɲi֊o`߶)el؛HLX8V!6@9qnRkXub.{ԓ9܅^g*XTAI}0əYї(,:l|ϿN2j΁s3a]onB,e=ƥ&ϹD,!vV7l s>z-d1{	))Cñ/KJgqDQ$ԊW^gTNІQ#bX۷ïXPlBzn5ֺDBEmmgYtFEnr4SiA
B5QfہȉIz&6c2kq*?_+:Trɝ\7x1@0P¨vdbqޚfK'	8>IXyN6)4ͲǱܠ`=gh3!2PQ׆I
v!ed(~Iˀj}ޒ}ojg=|yF#"ڮ3J0ٻrttTďiِc}8iϘ
`_S`U{^iwY`Y$&dp;\+]sX#}۸CvMi!IXpYŗrP5KU˝C68acYjA?c\w#t5-!)Z<}LčK۫YTL<0zQthܶ~ֺ}RX>f7GZb<l_=`X۬{e!PcR/qKC3 0
lܪ}3{/hr:[#'W}b^~9Bmcmv;μwOŷQ:ϫ"aҩ5YCB>THkti2&-Ŵaϔq@:i:s*ySŚ`6aڕڎE$6YbI&E5Ȥ˧MQkةkW`s	a	b+<k$U$!lDh+Y.ܧ?"
BDrְ#Ϻy	\jLICk=u)Q=@5tOy6G˱ ~*c0>2z
j\: 57%w>kެ=5X3 ]*9Ө4 ym.ѵy~ajcQe?
9]PBZy<%!nW0ԯjo~KHلzXK;{\#{")&NM/ϭ	Z@?igf!>kޟ~΁gd9sɿkƑimܝ3O8D~Z\͕P*4|<xK<طm_] .)IU%KT6k07ӭqR{9y^ٔΗūۖqµS(	n;4TA(}9Măk\ŀ*9oOI+0|P9\hĘp3mLջF>B^<ˠeK46vDnz2	лxQO ^Xv7BܴPt3n!܏wQKF$mOHd4h=LIM:qC͊{;,w0K^*سyb'4|Z	q._ofǱap	MV^Xf^	I`#sAµE?\Ғc$,	E|ɟ=hc
2X=ȒI^ώPWF
0"/hd Xvkӏc*J:
B&ȅЏPpɰ@rk3sfj܌-Dׇ	\
֛Ï4WٵޅCO&
pl)R0^Il_|UoPŞF7IW;߯uK#M *&>Z-,߫ks0brm'ER+Bҗ2u|R5nddfOMk^ׅ07+B"V|nw^Ny^Yѩi{є5M+{`=P̐I՟Ǿsűer/'"ߪ9y\QT̈KI<9--IO_h(CWI ߱Wn#q9ɿHG:PH11
`Fٲ̢Ĥ!	ud#!vDQ- 7|3#GZ=hK=21l=قz3Ѫ@!]Gy&CTLͩ&Wf"a$Ʀs(aslH{ؙ˲2D<¢
`zվukfp$5*Yuܭ:7d<kس|D9[rX˂Ei$8n]ȴ$-̰q:VY_f]$+xHԉ2Zi\'N˥Xm9:aaJa/Qq2m~D%Pݰslȉco$bt~tJ,dz`'zJ P.,9e#WURПބߒhQjGB]K}iY<fƄzJxH7P==yϖAݽKYhHE~P2'@Vhoʵ *ɲ!ˆǙeI_hhծhHB7uf)^:۱1rPj&Œ
'eqskIhc܁Büc	)iIfps5$C	Õ_gYo`7̧{YWgB?|D%Rp*QLG*%8ز[nөzxEDJYvdrc@v+{Ĭ"ޱE=xDmX_9Ȫ	$yٛ%RUБ,B2
o,)}B<zΠ=tvב/,h/5ƌƽ\|%3(fVHgLMQt}Ў׮DפH@>՞Bup~6~P@7)to`؇#t\\X7xzD,q{P%w֠#(7ͥ8f/h]mv;;7/6:YO$zum<rwn]Bvߜ %Uze-߃ēBC%l&XF>cgsT%_X<vojm*-;_=>kǩlԨ|ߞ&eB&c"ɣ1M<Lݾ1ۭNI:E
[vW$G#Ӡh؝ɫ5R<%LFc"&or 5HnopĴ-|bѓU]Ҟ|(xجq^8׍Ӟߌ!ң#6Q"!N1ԭ"heҝ'12C͕>Ru8۩&rZ~xEPEܡ;-!2D\7+x:gS*nAtwd٥Qߤ2i#3-דG1JxŬnc :3ӛ1b@Kl+l~WC'B3\NLGTd+ΌozΠQG -&>dk5llq|Q62 уUr؟\ÛV?۾qI.|QVr+]ȵS5#[lг̾®Hvgҧi%Q"tVZŎqQ!Ǿ}PoL	܈ː5c0k4'9W "Qf[4P8P۲59ʉ61WB1]4ӹWpXZeiXQ!d1ʺ*Ɍ!:;ѝhjI%A$;-TY:THmfUV8=l8
C?rv"@<d[ҍۺ_[0N٪etʩi,MBCt
,}y>CQP0Ғo+߾FYTO}0tΎdJ7POҚp14l݈XA> <  X'1`.`;!jϴpr9bDdycJu"%i>@|q1;ʣQI~e_WLKf;Dܦ'@E,jcU#gX^yŷlDtRt~c/Ʒ-?b2gƁtd=rlQ3/7χ.ʳ8/2$Sۑ<%ɕDL)N*wIZ"жn	b=?3P'.$9ȴwjqaH	5՛Ժ\U<m<FoݮRtпbt-u#O^_dg}_bNzn1rH܎hҙe\Z0Qr@ ͟م ^'G8&\߼6֭γxH"ʨ_%:LN-~@iȃ_]:m@r)	rx8"#Vey&q}ʹcG()ޝ!Pׅ×z?I؆6vO[qs9(X.gٷVo	2mM@ O)
jbʂ@Y\(v|ӂ]vCpxtҁ/YhxyÑh!W~oCPTFGcτpW.*~C:hi#w@NXx*8[zQ˸ۛ_hQ<"قٗRlF(*z$,SJMpAHeA18~b7;7qݰu?z]ǤX^M̯aL!m4cn<['}boUDk",yyfpboj_xJ^Ƿ&,_3uLjk
)&jq-x<zQ{ltRqW$eŵlNHR&ηIECٗǭ0GNx-<e7q_?; e}ί'ȑYlv=b*ٟc[i:YDѨeHt!Jʼ-I%OgC675MPPTVQʸ1tՙȧ۪OwUV1d>(Wz3UG)
3#pɺhYck^}ӌɬZ%WwEgDUIַ͇o<5ҟ`:N8"o|iRB53o`75l|&ݤ%]NnT13qA.*t@ِ%Ǯ~YEWZ6r#LFoz̳t!YY2Ͷ5A>y
B͇R}/OBԹGL_r>ʐڣYO[{t5Ï"
̪D'(bmmݢ>o#ll˗Pݍ
:ƗYf H
G8`^Jp@߾NKANL8!=< j	ͦAکƗTI'	y0jчR,' A		-Zg!W	:4ҏҁQ^4ջKrc7/slǾԨ%О<|8s;9IƼU8>>^gʹukKI#N,iŎ%pvFEN6]g1q/d5l҂|J-7]tj4ݎ1v³ݍ?@5/L˃}̥_]tM)g)2*-Jw?&3TQl~ONk9$N&;x&$3(/L؋))@sǭanF1;"
~4f_f;1|SM.8{X^§!JXobcǾ!dMթAұX]k5GѰ~ϖѳb͟o^lľҍ`HLÑo|0FԘv87]-"]+m]gj۪n1fT[wczh΍CoZY)KҐ'%C,X%ya׌\=}X#nW+!;ߥRalމ{eI 1kǊO}|WըPgiuQ˴bFQiӒBأL$<UzK$$njn2VoScF֍`Fb&ņŎt=ECgYpOs^,ۑFqƢڤp޻8h,B,5D0\M-O)E҅<rԩG= ΰҏ*uT8Aif8\h=sg\ƭnam6чHB5J,ٶH a7n"6RHA
!Wd4١>ZhQ*@Ii(_03Қ6l4IӀW9>Ŭ$?iN^Ej%]_YpUp<GtLN2&$җ25#V1+AZQai`Hs#pǌ/O>݀};OT{ԌTdQu4[bH(3h?[`idC"z-QCy\؞zk!k0zi{·cA.")ө^$Rc˫͋09Թd5%:l]r	x+x%
"i|Jz$5֭sCRӷasL6O΅<6pٍ'TY?q\\̩+Yo7&c]<-ɞ6!$JCP_aHvTf,7x1c!\v:%\#)B&`~F	K3-Ӣ18Ą#ɎS2c+DJwyuPlo=]>qyĢiiۿ޴6R*F"q"T]0?+*/K]W@.Mm4+mW.|`6zvoR%]9kWwSPɀ,̷&O+"ww?OZ=^Ήԥ+KdBdWFYӗKIeIaQEGّ̖fw'"ljn_T}?"sAQ	\M{\e
d|ae.Rr۱mWׯݚ]J:kmy1OɄze%m2<Nrƍ/n64jZ	ZetӐ ՛J0*fݗƫheP,r'չ}#Hi/
iB1v8M8ZV@mW1W0N!xa˴=R}ыZW0VP+åuH	,jyFFdmԁwonٻ5JķOs5[W^&)q޿Br_RpU{תreG+XVGʼˑvϒN97tqۅM}4a7x;~-(aTmz#ˡ#7s#s47ԕӼ|6L~ZrK8ߣLй6+7EyIԐ<qe2+.Wu+z(E}
W^})X-Iq<V=-t&qP?iPfO֋_PnYo5]9`*cz^+	"t[Yi$hS@OP7ij)Ԯ`[Guhћ#ѫMj^KX.ۇɲeWƔ4ƀo/Ņ9h>0ô:5֡A׽g?/~xN)Ĕ<il[-1P7=<(ML ;ΜT5ˢ0xHegsW-EEf֦Ҳi1}LvjBpwԷ˘#@6w'_5p?4;_L0Q*sn\4`}L<+ط>5ھ1 z"}Ц Lީ.q5O,,}Y|бo*BeF'FvtΦޤcwۼݤmǞ%SMZ2P`G3r78ZK2?X0ȋ'ܫX]n@m98\ԯva&wOY#Im2"X'^=yɕT;%Kbeߨ>b/`0GYz`Q˿yqKϔ '5_W2i.WDȘ:er+_;%)nnEitnU=N9OPd"/a",ΜL̊ӏq5;PwRlHrpYZI!Iyd'xcq9{@@}q/vBL-,Bzs3B|&'LqJ	;%X˺:%Ί8w Mp՞;|FẠ]$7};B]Y`MY;yR7Fݬo&ܵZwe5+2ˆ}Qu\^bX85mȡj82Jrï,I&1PY>OXat&NzY;2Islnz5ji,N^C4a2s=КPDyXʠPu8m;v[ʮnȺ$˨s0DN8_ܚoӀq]#UrB,.tGSFrr"w9F?uգP}֠ݮRt~~Mm&7>\57`yIMΠah} 'IFJ۸AպC_գԮ);(3$wsKd;=gu$[cv>؈0
Nua~ϫ4\?I=|ʄӽ:f^"8N?>J,ͳ`wXQk6lDE[yۣ5Btbȷ6^34xgWfQ,)Pm(ExI|9B;'Ň'wR#A5Adws-\ֶu1?"rҼYG<UktvjHTa?)fJ1&ĒF+dowHFf1m-iGf6LVu2ެ?vqz#O0Nڗ*ݓ4P#BAOYCZ\51ϛQךR/^n:rmkhl.1KC<JB_#mߖ#dfĖ.	>x%\ǿ`~ksCph'?xdN1QKK|]w3?5R_?n5т~ot4,ɨoV7*ekOTWc01Nxʕ6QQZZJ<CȈ%`[ӣ\=fG>W7^QT?i
1Mttk-Y%Gv,Kd?|9=xmک@X0CU)xCݔ:8r-SbdӾ&Vk`΀Iu޳!`7
Rk)uQюNB)i\}.tϚpܥZɐ>6e4umarn~QkemwE?WuWΉ3
$e[jI*W
48SCފ_Do)C׃x+&LF"J83Z[jvhOwr|fBfW+NvQſ(M]un8Ho2#a*dĪ3$gG9hQ&~neohZ&čϹzā}#z=^(Q 1sAb܎r_c>s!_Gh/{Prw~=4߳n=pƫE&'Ctv}}Cι)x
v#޷	Tv^mTQZ~1s^)3F8tG_	E{'_`7% t[fČQUĐOػZNAџХ3;[3յR}HFuiT8u8H]y-r2ˣ3GmlgGV~la0K"24=BV'+wr;spqR"c8:0J@fW9aKɒeW!V
681gώiتM@~.,TA^^g<0j
ؘG̣xU+8зnBc1Y[h
x>" &Y)@dYs_03C|ΣzY>hJL"6$4DH!*%QN`zsҟ=	JTuw5{k4ߊ 7U(o]}tVurٿaNУE_}2?c wY[RG_@̝M:T)[SwئC"+RrR'Ef@x?o-7*^rtT[gUMV=X8S2T2gNb7iwԭѲUWYagԏ7y \])m]qĈz;*pUwDpSG2.ڡ737Ǌ fï'0!%!?_UndDWY-Թh&ɳTL)Ĕ:.["ٞӇP_ILoBcIvi:+}~͸%}=U!3y2ۇ8=CDG0LXxN~c4k{X>GkТ|Ɉ}# @3dªRʟrc\|ҫQ'0j_ɀƿAu؈w79˽zPHWT2VC$yGԴ4/NkƊYX~XƑӴ@m]#Z<4RJ>ĀK!ď)VX/hU<pŻ}ğw/g&ʾu sPƯEq݇ߋv65)vܥe5iy"ͣJŞ%ƿZIQfh{`9RўС)v_jX#V:߃W,bTHa٤tc˩PfN-˳/J8#7grE&k1;)oi{%DFF˺0nԂ܁].qGY8]zO;|ҫ&|f1N6578 WMtjrq!Vh˩	A\S[YM?RDo>L33M(`]Rrɰ:lcWA}w>;S˗nĲN3BӛpsAd<У0i-S
]\>E|ZcE5Dܻ3si`dپ+ZKI"aT5~ɏ#z޼VK4z>٪D(Z˒R֠loQf>'LB]?y%9Kj0Vbtd֘LIFiQ^ɣüt4m-{5,*b[?^53PKP*1nNDλ^P"zS@շpVOXK[hsG}x;ޡDU@sS`H
jwaYa)8	Ǟk9&mNvB_r2>SAyŶ4)nek1ɞ\'ܙcŚMbL8łaDNvU
}߼ J}lKdX?U<|'šVŖy7͟BKahO<e\ъP+tLl+njkK-Ҿ-+(xhIצVt^z]R15c@[unˏOORJ7U>%9W<^|uG+ůC8!}pwΐuB'_2J)K޿ PWRG8{FŉZUWHuGc/R{8@S.$\3K)3xI$r=¼ƆѰJWglvP-Hط]Œ
Nl]K5@4Ǻw
 DPNzˣő	*;82`]=%Fo`AE˳;Mn\]jPgHu T؇הl͵~$gZx?Fe%l]ؿKǃZ#ߪ1xc^x8QNB6wΰLYuDœ5qnX҈zW\6y؛
m.jɃ`A|(m	WbP/u81md>waf̂{SFo&QttϾWew+Rid?ƒwYŏ(Jte#۷_-ܔJ^,!жŞ-B8TQ27+{Ad&M~\N۾X>oU%b>jÅƝݗIǜi[sD´ik7q{Mr{/ϩ^J6uFQNƦyg\9\~6g|FChj&Ϩa|xE@KKV̬,Uy5A+4թsײ9`(]֎[YuІy?dR:-;jd-*_!:/IRJ#SanF8Iu*xe i;nj!506M1}i2]ԏPޏۑ;̖MlD׿#Jrמ\+r\MhG2t}2g-l׏bڭ	ݷ.KJ4/pp}goػcYmTZ${n8s5	?¨BںP%R(-w*!Ѥ[mE9ܝ976zPB4'n?b~j"3!'a;8ZKD?3Jh#c?̙{+|[/e?.~^w0l"_b[.҈(7٨kW4E5]cheX{Ϊ(VSzn2~!x?;R*oԺΩӤ[݀gwg]n+]w:bR8F(	)yȑEynBTvcTYŃU+ϒXEn>\EL^ӬuӾV3ΊȨޕkr5Y |\i:R\	M,;ŖxV\131Z=,zYbM_(v;fZGK_3t C1-5q9IT#JLG&L>[yyuմa[PNäē;9c	#eYK_84e1y}Ԋ0jf)؛CRE$oZ\tזĴR[vbn"@>z߼N@6}Զ5	5ޯݔFTm˚6	ٗiD`Khj:tYVU>DA6[gjfRKo,Ӽud|ТǷNҧNc˺۽nRϪUDY@u5ȃ8
]q?E\"-ӷx,+R~ƻb̟J\HǸr β6ohՌ>|mHˀ֣B{oϞ6e EQE,ˉD&
ӂj 5n@щ:9Tٖf,o4b>UߝDmpDݏ{Ьl)F݂ν2ynZf^<zj1s܋t~[&zU6"e@_$+[|s-=ކ6ۡI	A7=3l J}G;JfA]e=ش#: bX[',ĕ"B-̾aoT{@^y1hC8tw~V84%`hlXtbFU[7 ?='{=k<@hoTFY'Dh3ٶ%KT%Zץhg!*\Z:P*ͫCjJ`?יB%=ǼV>[_h{'/qdǕt(?NÆ#d@AZ_V؁Qα̺M=TgoI7*͡.m">NQ"Ʊ==R$6tQڐU+u]ͻjU#̅"P'ϟnq1Q	 %/!d{&tՍ6'ջѧώG;tزi& #p j)k{ËsXKi]B`{h29Q?@c>զ|-?ו7BTgvoJ\)98^Lϕ3II|fp@'K̜	^ՉU40Gӝ|$49v>,b&dܸlӟbB DvG[ߪ=ƞ<K(E=;Ziܬpoܸ[Bnr×YRǵ̹^ǒEHO[!`JC[@M0dis|tlvIu6J#r&r&ųH /.Y\ףKRv }e@:*ʭ=u"TFښ&N)CL\YC#Tptth a(~3J/،
L+c$X3H(w
©r١5g 1SY0{Gӎ[YhpKkcŔD!*ԅ|1ٛDQ!ԅW`)' &@QJ!-}XTݚ
:ŤW&S΁dT-æi׾ܼ7ʺgy+8,%Lo6vfߚZahF(Tԅ7gQ>?Oݠ'ϾhwҨBπ̢֪V8l@ӡ$=0iJU#WzNLÂ.re9Pf|9ȌLpYFޯ<y'weI6_>#x@te"_aPrkgN]4$/j!{=Oe>8U9ivW2VEe< )/tSN|?.gǝk|&6d[ߔЅ+E)Ќ?:FsLߥnh38FW/_Fx%ҿ+]kfYRQt/'\mXuŚ)*==I/D2aڪ Dkjj6:ǽʢN.$HMjM0Zr=G*˲If^'dY˵8מKN՜trɮ8q{OOU٩tWxJx%2M#ԭD9П&EQtnrql("\1PdľKZ&vp;46բ`Ӯ#-[cEz^GIE¥O}CJHN9UCd x͊ݙT#TH^?jYX~jf}n1}&[&wrnuOZgk8C-Q3R>cG<ko=.pbp[qM&T&3_mV]8'>yĜΚЛuBnB®\$֮F'dEeA"X66|E(͒AيF%@Dmr7PqvؿO55O(}ʵ7!bЖ,3&ńGtNwvŎe"-zr4\u]IݻpZo܀ŬNg%!\tk|pc/FGPNBÄܦ}
R,k~cH@eYk3t$p	;rAɈQԴKC?W<Rpә*Z)Ђћ6<H
|tJ/.4Sɍ8Ф ē2~Ԁ,þa˖*;Ѳ:J b>i_ v7(T{/v(j{\o#Q$x#OK:%2j`2֥B1MQTFdyn H7iMAT|s6h׌o1T!Xt7Gl))^eNˍA@(g#):ZՂNiSzZx>Q!1$uIGn<rVkҮ![!g¸WIqnA;-sP'?_UbhY5<Kx?JI@NAuBʦ.jqƈp\P.T79IՓDBVM9Z,(>rkݽY9ӁDWU13LQs31M,2YjX50G\"4or؇](Vp&Db-2z.FӴ+st/̉WŷnZoŒLhǖߔh(Yj˳(]uUǧ1XߐY8lTC<6Y;Ba`SЌw`0[OFLS&Ȯ4tiPVZFQކg}_-ts@j[_ҔĊdT+5F+]Fl8L-8D֣^:]wAL#2RwOU~IM]GP$Ιx?[Rq~#-^}:ԩl^m̢_7=ߺzdR1}Jdہ[AU(_XeT<=KF-(76Ř}k
өOE0I^(Q[I.ӷbÝmn}qML*AbɶFu\QiJ!ʼθqph͒R8lPý{8n@/uqXg/V(JMKlu)c[W޴ w)rS%Y/QpRGͶSG½nƄgpT\`Xn
 bȉ`W(V׀rצLVOqs̒/3@\/ɲ+'tl%UN0(K[ܼheec&^[;\;`ٹ[5-e2W[LX$`PTŴ*WСΣ%sIÏҭٓQ5<<̭**d{D}Y87$~F_kD.ItWF41܏X^у=vќ"{%		2CɾɻZkNfA,FuPN;\Frb|,a/$˳ЂVƳP|*1зWMa)}kU9h&~P\<95KF`p>z-uf|QSJ"3&wվl3֓Naȫ[jO˗,R_Dߕϙʛx6'şǒyQp=rٞͼȜŷ<xУ@/zP0`ekK3$ȼ	-JHۗs?}Rv*٘włHNܵLuu`WkWZs-ʹ6pXJЉuŃ^k:'4w ee@^bv$~]RYߚGqV\oC,K$i(^O~;s0D):`ah`Cc~
=#(i`	ÌLDw6\'."!@6.)VWGŉ(~ބ=*pC`D{13xxwlK˙0,Ԭkt:^jc%#A%m;kl݉?~ѩ@{W-eч,2OUy /<NbF:Ep"'wS7Je|ŊTtcn1wG8i5y]r\xF߿a2oV??BpOךPZɳk<C:GP6dckLr.sNĊ]Upb̲o<WSL&?FEl߻6`96jK17:/4kc0{aԝ*1\!^v}vtNق%^=7jˠgL۝8-4-ҧuO4w#þӺ4Tv$`%Ӫ9D5CuTܜK)"-LR:MB	%*z~nd~וb1KHC*x	(G&\9;PkHy7-V.=!#5ԍfijη`@uR©,o.^RyRώ[PߒVF6%"̝dYv^mXߖ00 dÝL'CA^\(sY;B˃Ɠ;3WPvTP;<-`i561!׋V	ƷմrAǼLH^IEɭk
4	^Ǿ&jmi8-M5:<WeJqF5w@He^8B(؇Kؓc$|hQnt^ɻvA5z!OTF?&1wL	[GA.DWNՐ73){Byġ|wYwbmܙFl9Ttt4˵kr8֏'$>9=jhϚЉ0?%Xߚ[_Q_be"p`ܭ(ڡŘC>oU!MߙyD+,Kp8KX_4|&9%"ٖ^)n}CRNq|}a=NbșOfdyd20e
Kd˼ƴͻI1U7:AIB֧1^#^$HTuE/HUi,|94,ʻ*g6Ҿ<'1\uS ٫Ԙ365"=Y0C0`|;^:S%ɠ6yԢy{B4)ǊnK[ΞxTGyx:d°DTf0cåҶ]MC4{??ʝZ#'$ǫ)vZ/Pf&%s}6 =sG{}yǃ@ەN>+vs?[tkӛP~Ĕ(#9ė^*@Oͅ\ǙIdס	/TJUGZXƶKk
BXxO~iO##PцenrLX2@O>þ:/Pm{c>!cIޕ	
Y=%TgxP/9
MƄ[jILvV^vp ?vcpCp$zD&?)*Uo-5c(г~"טqiiNH"{j?Y!ED&Ȏ.rnSK6_GRPD
(K%.ۀawNKP:Զ>c'Où7,w#]aknq(NQz!yV
PN)gNWנ/>ըY|d֊cneb>}#-HhnݙD/Zsͅ_ߋv-n4>niN"K*ٸx\	#G| g0ёM-5ϰ1ܓCI`ֿ%̅]oqe,g*s[1lkCԩhO'cl?Q?4'w`D,eUue_/	av"<=NЂ/;9*W`zUߣsb	ײ)%F!@^ȫK_E+KUƞ5¡7ѳweђ	:},r(ma9~FҮT7#үŐdKXǞEfLJo~L(ĮJ.h5c[&iױy1^zBdTse,X{\ׁ?SȋX?ԃXg+~5؏]=lރH8kXGؓ#E	=pnN`&(l>ҪD}5s$?zxFVrjBAܫqĸoLnTѸH4V?2F-LDEƷڧKj@ZHr$v3BR/[0nNêu	;0uda4 Ąa
SmGRҲĘ1
(Rrp'jWߺbsHI̎<+ 1ВmY,tm51%^C-ӓoLg ҍ7Ͽ&0Zxk9T@LEX`3uj5؏;)IcJ%mMMN.EOҒ7ʍq'XH5[Swk7}z8k
3iLfWeB7AA9#&mwrM7"8ɒbɅϊOײGHBԸrnt׋sX_«]Z<bY[V,
XR2MJIH",Oǌ|q(g~ZЗToͤ6ϱ:w؎XŖhȐ+tCsG*AehJj7r&H\{qӄ5"н*qeWhD)Z=_zݣ|abG7	(fC;p_ń`)uGoOpt¨l-	LH*Sؗl3͂ڪW6GĴ߈@kRjlRqr\МS*kկ-\ҀnHH٦LO% mty2&[^VgNz]+MZpw[4#֘LRee3Y۪]x\3MxR͓$v]\=Δ?&ݜ1(dhϺ>8Ȝ̎9	>Oh7{`	i1y]ʦdg{k/]~rݫ{X~LD#hNl3=RgF%_χ̛Oޞ޸ DǗ30
Ss`UʦZ7K/N|X:zFNmDźۘ&Jqj<Ur|9SqF@Jb1ͫP~2gبѤU9aXu5Pn]ߢȈ5¹;/mdREɮzSҬd~A3HJC[pu?DہJίIG0I9agcȺJ=ÿnEư~9IѨ3)oTH9g4um~(@QhBZ>'s^`W^xF̔P۫KI{!&kB.!0tֲxUƸeˆ@DʀҕQ9̆P}Q_E8Үީzٱ <7+ەh"aLƛHSB~ZA<GVqF<kք~<tIvJ9~S35N1k!H\;ii7]ìSS:t@C(Ӷw%x7̖M:uU$ւw*"4rTZ^%;i\3B_lQ\hUp|BQXȆ	nK	'?Mpc;*=-'ȗ֎pRf
d5t*T	Ӹ)՜[}
eG.stj8Vp-ٜNr2oX<<sF\WUgCA2V]cz9O?AH9Gܦ){uĨՀM)HW0 uȕwuRP*]ؖgLoò KBAurY_scLq{KWJhKxa/n
ˀQ[¾#3qJJF,^"Pgh!Apu?z-qQn1;rLLjOȮͿp[5jo+8ioA`r.aNWR`d
jԱA95"^)>ӃȣuOw
1/h*ǘZuq&|_۴H҂W9BVŎb8~(?:~4}G7@ҝ8)ϼfTրVdVC%\,F.)D#)qvo!]S6tǵBv%Ӟ{S,كl/Æ%}+u+k-cz)s@ɫU(jebjz,4Uln1ƼLgX1ENU>ap`!S	</nބ"U&RwQ})X^^G"W3жT=V<!_YUށqkx~V5>h2D<)Z#HY96N^3^Vmz@Q(<-ĠTw)789p;ϗS~Kߜ)*fzSU-{=\з4vWͥofpdZ/>+k۞HCvOҗ&kLњ|tЂ՞g#RčȣVuGL"	OX0̘tY|jIeϊרĜfWOq?O١cN<AFGvTzv%\cA/׻h
U"`[X*,jr`8yN"!ƛAo<6ѝғ"_	6u0+R`][ۥQ=i	t2L/o%jiNHسs8˦NØדBHg0ؚ	#sج*0DHIp46ZiTű,70i=X}2ЯߠLՔ;r<`[}1Lýՠ\\X-drXC;0ř#dj3_VdEPq/ze^YwPBEլ5ذ1i2(O%)ؚ2	:Ar8Hegr8|E4!#i]Ǿ5)-
2ۉ~yīנF>lgC6) 7vof-hC Av¨$	DGΨvP1@Jɯ:2M3;Rq~԰aCۻb;0b#8$wIxh fܞPQν[{5PָCmÜJh~W8_vu^gmn`JH)\
6EЖADYןk׎68tٞKC%oѻe6"
ݠ`b݆55y"dƁׯ6XTqc5mZ{;G7->bo@N:bx5OnjS}#tVDgU':D/3هR2Cn<	wDVFh73لZIقe1@klpU*iчU44'S<tgjpKXv4F-M~rlJ3/߭Cb66|Z&0H˘wz0͆M$_nB^uFl@+)ٝg;S,V"3IX;6e0O$0]V?o|}n2HyEF2J@ć<*sh)ӊʊjT[H҃Tr&,-DHaa'@XϏCH\RNT`+\8 ;DfE<evש}ϔe͇bUuSnS`VvEvئu-l=P
mA2)i~^TQ+i1Ą{|ub 6HK
	*o2~xfsN/mܭEǇkc3]*99_l؎hpk5`xOP8Ƕp1ئȜ-x ?!V:,Rg]$S5Y;~ߨ=f]D1ݏٳƚEK(d/ӣѾhTdʓ-|8kʷd&(ڀKw0}H\NY|׉)-͡a)k1Z=~wbر^žG8P@Is2a+)%HEN/M[j7@2E#RT9I'N@{K}ƤX{Qܴf˵ζLaͭwhlƓϽwLL>+MGվ
m,zг%^soo0HjԘIOݠP[pRfσsB\qz##5
9/9ɔ~%zH&TzZTa[;(G{ŏp80S<ٝ2iٗ.1@T:9R'L>Pg. ciތ L`r!f$Nʶw4PǛ4gM|9ܭ5ncw="VuT_N܉?*9%je=au^ٞ4n$RZb%*jƬ܁=&j<c7YR7Ά ؐjM_J?1shs*BG)1:_o&ϴ9wW@.0OkXe\Ǳ,;ojյN:LC_܄;\'0ػ.E+<zS9G'\MV۲[̘@@z#a CdW.#P#٫ugwc t|^-߬y?!~2dzˡN"ƐÜEt]Hժ`Uכ_ԀgVW|
a5A֡YLN>ޖ"S17}n)a^{KK^N7M_"Cq{,_GD9;qtS*$(AWouνFh^|m}CȮa>ićd1֙ۂB?[M7B\WzFq@E>j](4դ*QuTSͿT';gՖտ2+Q84+\4'N*³'D1g&*.DwIkdۻ<c6H8S7,#OΨHi &FhDl0sxLTyotbl%Pzsbӱ;ViK՘]nQRRͪbhu{řwٴ;es4TN6O-}]m fJ4iؤ?B#/=ڎ.H?2IW'|
Bq	[ vcgo^~fזTڥ Io?гAQrLW-ʴKDٵ"3!|Rĭr2NoH( f5SRˌ0yI{۲_֘ܰQթCoq@]J\\Jͻ"b|̧@9eļlzfY@q%
72#U/GHwjbs@qxtC!OJ=΋I66Һü`.҈ّB$rn7݄$ɤĿ".Q zȃ\(W!_ D;ʇ+ Ҳ܇|ϗՃ#ߜăIuKWBr
b^=efE@JJ;ȶOkߤ%yO1`#wfd dEEVUB(%ĉ2NfT:y:/2cEU&5csٽ'xmvf)ۃ5*@cEY9
,h@ف.kIK0G߯!WLm'xKGt]֟M4	4«οרVTs1?6\%T6<UtG͉ţ-
	j.Zv'>K4Scc\4P@cʁ߀ŷ~ߩvHA0P5ْ?P)VįݭߐHgF6Y !*1Mڕdx7]ƿ׈`O5ȩÝ+=ʘ?UkKh(o^9<PҺFY;(SAԱxI|[
k6ёs(G{N/))vk~Oρڍ\B5={uQ`tEr?U_xڑϪZi[ܷK]K:F)krŘ2<0(?AЏxQ"q٬r8U0hO5X"\*Mƥ&FZQK+
C
%j` #4oΣSPjKȑHjF<4ϿN-o40^Ӄ&,c]`9(u]Puƭ|"W,.Vǁ4:\Ob+'ڱلOV0$ۮ*(!'JK[mFyLatnsׁ2мѶ*\7ߘ95SY)'qAL.$\TE)1/Dϥ}	'scb*
¡qXY1Fk&'Dt.odp5skWKή(yc !̕21OSJ,8X<#,|ȼM%\o1]s?	,Ѷ}V1&ukh*+P2sZ`k&у&W0ctjk>fy!wuJڞsڢraބL19_vey09!ןG QTL$_j`;Aufxjcڍlty^Phˤ:d܊Ψzya\?Օ3N
[a"!%j=U,We"=ZYuceGYw0[r,%v^RHI D0c|FcB8CLf'fE;ɿ}!e;Pdގ)i3t{gKʙ{+̧\lZ|?`QzPOM54ۯ%kЌRq̵ݲkdRzQ8.=1?sٶv6V|jݒ!:ZC)EdH:NGqٔ<(mD),ѯ-s^T]%:ڭ""o.
̦h8{d$^'FSi&
Vٕ;E5(eG%O_q8ƥ19d̳W*,eE#_A߯+re3EZ.=ۿD8@mOmicK%N>tuQ%	ky&~L{g9[	Hg%ݶAe/3h|R̞(?MDNIQi9f!+sJоxPݲ)SӉnv2Be\,ǟ9V̮}b1Rm\w
ǣM_AҎfשCGQdQ9)D=86|0Ȣ`)fms7նCdfjrP;fYzQ°62XʝGd_:̜SuTӓ՜
,fȖ0:KN]+B v1TcCوPF{4hշŻH߆efz3wŘzhVU߽7{CL|ћ>'$bե~)3˽@ܹY3YTQiɫAYc<*pRF v7sw00!ԧa	i\aNU964@| }^mXEͼgm{<ܰM',Lu8"4uRؾ%rh<>M)k=|Dܿ$F>rJͫ:-ڸ@r3asutzÞ~<B֓0[Ӓ0dy&CBOJdpĭt5@aQ9ΪhV9H/c&Ė4fNy.͠KtOɑ1P̠4k<Ǚ30ˌ^
"H)OvXI~<~y\HF.&GG`gkIʉslPf͑b0&xYQ|r^x6LSni<3P^ͮTY7	@{LgȓSU__DA Ѵ3mB
HP35ʣ|¤:T}D_h`@y9zX";I;6IYMat#.٫&	Ғyٱ+D6oYl)G{n^LmpL1v+ЬwE,GH"bU!	_liawŕp^3VQRAWn$Ló6K/ދ$hLC>$q|	ێ$Dæɑ{qm}mf=2}\¿!ɒz6BNĐ?@͢]ZCT_<r<J#qXjҡT/ܲ+ }Hr,1Jj-J֒mvc*&_U[lrȼq/܇IYļ[Jʒfa͌τ5pGFAU
j0d:	ڒPD>=fd|kr\}mJ$uG	d٥#$y2^<GG{May;H&Mf2%_@Ѧ\Rۂʄ@vZJfUMɨg]WV(Tk6d:L>,t$/ĀeћٷLwwqfǟ
҆tݖLM1?PσZ*6J@¥6{|4ǅ*02t?֞ɏ5!P3r۰ta@-}V	iSj+{B<:t˧8pղlD{ڗTm"cv''m^d\`LF72lAJmkk,yƈV:nBiЦ<|fUBOnz]zp91}΋)*q'7>2wn,P2W`Jf6Ӈy$~5j6״ـțJ={UtAJXI{~U0/(S%`]O@'۟JA9Z\x(Ąz!AM.{	(d(rcE>m#VNŊ0Y[۪K.ʰ8gKмiſ`I	Ĝ`gi,~R	(jS(6ۈNxqUtI%˼&l{rQ1W2urymxuTu~9L4Y5r3tDޖQxAZK=υXH)0#NL6F2ߵg}?6*9DYt*_AwݭYIcиZ1β'ӣyYRT*Ь	C'!_WJfvΎz UHS0
8CĜU?I=aeڼ׉حt۱Bo&tZlc#^qj܃%\7ǖڻ?=+j5[qZ[)͜hp),>ֲ1#2ٻd9ɹs5u+zM^=ºM?@V'Q&KsqUHzfou_ȧ۰
,&<`mUh13Ŀz,+>-MMѤ~r&o5yC.˟F+tnRU{StpB40x0bm3Asܷ)Gxi?̘֔n><Ӭ;_	h,tlwq?<-i8	_ƵHbq09_Jʓ2~9l/|a1عoO8ȣO<Pkblro_Ղ~fIz=%Ž R8g'JeDcmȓU2h7<>NY2<J5i1:	E ANlP͚±0m+'-`IZ/wp:ڊwГo+0B6I4&j
|ܲ[s8)6B/ΔjP	1/\Ruќhc¬4NʩҘ_b-'U[QͳdZKx-)Bca۝U-SBлlp^fÅD" *_#oMW22$	_v3vaVUV0"&ބ|fGИ`$oʑ=dQkT=T٧O9/j+Ov#G5~qTܛ~''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(18518)))
