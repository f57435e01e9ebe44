import brotli
n=a=0;b=1
for c in r'''M*5r0s	IVRvB!.v6j6R[!l.dexKҞQȥM!+O8ް
6։h_͐BA6&?NnD+@6C"K͍R0spXmkc|vu,rڤyj&aLj @ws)jU-xz5c)7}}k?_ W7zv_	9h<?8Ma^%OfTx܅	D:r)ʹHHag{F)4Q͸'̮'Qo3NR$ɯ6tW
ކ̲$rVo,B:%Y.ΑlW̷{˷/iۃ_BFA:pqxl+hp &mC5v&UЬu8}ѳbDdXɍ:_1QݸԿ
}"sbP!\|a
Zo
͑Q9#<ߙ=k2Vl+pV/:zQEڮ`|mڀ=}SGMۅ-Н)b-8ϲ|3PδМoHCx\|ըs)\ےS¦k!Tg5jŉ.~нXZL>ȶQFv:^6|˚wK2SA-YЪ,7O1ZW_	)=4ZȮ$7	|G'2x;Ԓ2Ǐ'ף؞tȑ)UlWXiL@9B͆7t+Va<6|#9`L12y.q'"x4Nx9vpwh(,nwXN8؂Њ'gIVړۖ\ÓX{ڨM#${΂ϨɘFҋTȁ;*bcr)3Z^;#_1,SMہ*[;V^ͅŖɑ}^.<c&S(W3~BO_j }Y<0m͵C+v2΢\,À[Y2boG..B>j.jv-ԑ֛qm>,Y1?=CaZfC9`"ě"q~YfL׋Qxb66(ۿ ؝^D4aV[Hbgޭ-HNud~whEͰ[#
}5V.sH-d~Tru[D {9[ǶǼt58ّBܱaIdSpCcWJ",:l0,NIkK2ģ :*G\#Z/>z4s^HnwOtV\P7Q9S?&ΣΏՌгލ7h)/9-ҋ0k->0%͐x&yh8LWD"A
ʙztԅ`M8pyno!N'̋YKKW[:cv~]W5e1I©i+gl6KپC&by B$JG*acynSf>D"y=GŃ8ӨSҚsiեy%7<s28͢Ϝ<q'	@=FO`-)"GַRm/yY-1
Ji#*6Wƴd!Ӟ*Nk/L5^TUEڞGo}Ӯ'oޢo `/h!;V+loʹ_z~iܵ.Gcч1\P0D9]ǑS*Ѷ`$3ۥeq(ACk4f*(R~VFveƷԒ/ֹwR()"q\ۨ`Dzշ'2k*X%aƎ&,[Ҧýx]77n(Pog`>S0$]eeܶ2KT>BАy>o&Fî4n!ÃeK(BFEqQEm#JvH-D0Ξ}(=):{#2s ȩQi*V5eµ7}59W^qn~;v^D6o-QS͔ӈ+0`@@P1d}LB[ز/se"/o"pGT@0oV="Fwb9!A#P|_iLAtJΩ}jְ5HtKƚG_Ye
Ī)gu[&=R(xѰcmLN|J+Ȭؙ+(J-	Ukؖ*ڪȦʾW<W'6l~L*;q+q8`3iJt&gN̲[s9?^,Qq6o#<X]"XUoUۭ:{\u({
s,цKR8&o,"y
3"fT[O
9gNF8<aa7`cR-E5MG4ȶb1CrVqԾL8>OAp#?C}YgPr+1+A1DRRZ{]ìrd]@"lTr c;_\nc>\[LIbK7TʓV]ow5sVQVʺ*fYXp/39Wtv$Iw}q0R9Rf0PHS_gx¦)Gǘ)?
\gV>n	K}ܬRI3eBIMd
ue&m"9?viƈѰAN"y»Qf',5LEح?0#c1.yE-Qw{7x^ͤqʋp4byM&IuzvHc!wcWjBqȹD$th0r՞US#)M/qqsg]3/Ȧ$¡UkVN+Sif<ڿ'E	mp<ϳ%,ױ%:
ڷ}"2mf7̌~0+t6iP,Eq
C<8{W08Qeг:G7'ӧЭuϽ*7&7(x?u=Տ:2S6T %?˻e̥)FEVw*!wc^_}őc4ɘ%2u!:jVmF)IF0Y`J1h)}fq
{Tcpf~52}}FcoyDNnǺZV<ߘ;cHAb:yE=gR^t7Ҁĕ''2(YQ
':w.<[ќHrˍ
ڧB¡qcsZ^dS˽3yq[kjԡcIsFe3SWSȎAPj:ׅEsB϶15--ȥIbKöD(~y `v]	EiȐ:ن>2idj^9f[bB}ĸY%PݨO *Jo&un'K
On<ZwVdEH8ؚ.ߞHOU<IjeW+?#H=U &ZOt,XpǛv|1'e|5)|ruCX\_A"׍IZzUk}ƾ{bRI׈ɳ~Kh64?Oя_qXlzݵ+˅n6$29`IX8ؒh07wA+-ln>@Rm-jG!0Z<1)p[0v'DO>NI>dZ%1U\ǚ*c#I(JK\6Ûg7ϻv"8:ty9tc`uVՇC-D6Ua|֝`2[kbm?v~ܼ10;d6W7H!Jx *ד4lZk<nu|+u1 IJ1)Gi|lge-f;	vn KK~e=rfSIGHo`_*z£۔}حiO(#ȓ-Jx>q`uoY)'u`I:TvX:,7,]LV
&p@(Q4v]<$xEuh'{߶q=SX׵ݼ)aa{My~چ?ou_ZIHʞǚ7A~ƸThg]̾`G.ϞXd\aȌK"ayoIR5ıUӾv \iОɘ*.C34d؄ڎDyߩو9l|6[15q")M{'^s9xj-Pͻ#u ?b2AzR/AN5֥,Ó[Ͽ)!b\,{f.;%6x}AxyChRMXl1orr-|ڊR{(:(.M8XMI@N3lVT
=0XAĊs6Q5g~5fӿɤ>fB(8L{y[f15)b cx^Lhz;pb1-ݷڶkj1(/݄jǗ5ҁ	HzZ޺Gؚýk*.	U! M?pc2[naJF&x@sʤX>S7+YO.~7.x2?AFע%^PoيT48rE7EZ~kMAw*}a\dZ +LTʬ+3p|bFPjޭGy'bo_;>ɄT߼NZjݪ(ukG7Phjɨ-rP
"8+
Lt3ϠrC@\(Olȁ8Xq`.eՄox_7z-?'{`{b(dp^17ҟ3B5ŎOR;!] _/>-:sJ;k$$֒9؁ukvzt.kpf& â΋و$.P9˱,_FpfyLO9ЍxVE9j$Nb6-OZ]FP9,Jtӆpti|o=R+of@.1M~i2DڊDئ6]"=;Axt=!hȔ̘zoǇm!f>bTx} ܫTv?4#\<%s+@FLtrȕ`	r;l=Lc^Y2UƅsČiG5"]g|@/6(
_%C?Y[ٰXDUN%aDa_oh:Ew{Y[WAӫDИ
>JXB1Na?*,dj+T;J ƌ¢T<2:o[}hGQ}ED2,u)	ط`VeúLF6)9]RPV4͊¶ј^IaLJ\Sv^cհ8ސB_$>+qKͱ@MΟǉ#<0='pʢl-K^byR(q[~ҦU5\H#:/]K"0{жBd?֗Z~>U6Ǘ92x5+J@nߟr!ȵiֹa0CwMSe[-֏het0:Hz!	WD+K>2\ӑܐ`;']§uF}ηͥCw7ׯ6M03/dPV?8[DFM	  ƭHMh>(w4/)ʡۏaQ۲ceÀTSulh::I(s^]EX&Ycڛ$ڣcۧzI?%}({=03Mwc(Қd~{Fɭ6Ʌt!M}Ekidrne
#Xk4d[[XЃZ:[?t<F'u>c`ͣƾ8ӎ	He}ڶXظM{,w%Gшk7dƸc,+=<L-"ֶ֗I:ҋn4sJ>h]=ļSVuvދfޞNETF9В,>Û ư!RFUt4ȅPjd,lVAa3NRCD5v/D|ÆJU89<1:{^tݫ'rFƜ/?@:*,;ټrdK2RΖ@Wtz# ~Wrʮep(\e@-dp3.`Gł:6#K{#88ET~q@xSȯݛǰYYaX$8}6۰Vj=lk_<dCģnjTD|ڧS*X$?*yԲb2I{}p[P	EIyǵ?!v|>/}=ߚ5D*hPh~mHU8*oiL0VL2NDgaAQ1
uV,~ӳʦ/k{i^tϾcvq*nqVAQ.Fu7"Sbrl}|60Ha&lidՑU;vǞn)8՘hxiQ':Q=xljpw44rźԼxRHAaW^*D}Ψ)g1-α
fxÌAy'ۉfȶgQr%+!$&Bӂi¡ȁhkي=WrcgD<.B£J׼w%ޢлI6;5gLB`J&͊=gAbMYBn>j)vDJn#HQ@%QɭrZ[8(3E,:qʞIVEP/~.tz]61zER"ʻ1s`9~f7p](SD[k=2Q:]wba81]ɡϔ!F]!x#Ĥn~Jϔ}D#-<U{mwè;WCK{%O<8ziY-ŚG,pn+]D̍lӨSj/JZa@kJ6XLVIesYҷЇB+SOOpS&A#	wtգv89S.1]=`ni S3%hzоgFݭZEVÓ`c)=_nJYL`}ݻG?b/m̱P'ɧḌAĦ9X"D=Uѱ}cJ܎5߁HRd3s *2Rޓ$'([g#%"FXH	(MUeϑBנ~fFkIɤ%V2@<=;0uV(!9,Sjܡσy*^t@O
`-G.IZ>ղA9h$PGPsٰP#C3#[2
KZ=åнۊ*3@{RcC#Sp|+ 0׊;KmxIsؑ\4XiWܐRQ|.ŤH`=O·}#F߬`ЧY۾AZ(o;2K8]`hY$#|Wb}M"dQ[umފcJpMEZY`0[4,W
r?ھ-qZ$N	ۡ|pP
QSGPvRR:В<ʨ+Iܷ?ʴhݝvcNs ]kʋ!*eĈ1IZíMm{
ϤI|,k|G$.Tv(,a{<aL݈xIy"0$Rɠ/п^$`5LIX!ߞf+]5O4p&*1,e4la̘b*2oJSEZkЇЃ;
\zf8c6(0ע_]
-^ىyăͻ'kjİ94dێ]WNgh#?a3d(ٷMv$02ύŘrΰϥίEY2,[i#Mrigk)3ݵFW̩
ȵԽ37o/BMe\WPx&}0mk0Ғ8QAzقmۦۂ_&i_G*]2sRt6PDe[m+-ɥO}&%.}rdF!8b:$UTKȘ@Ͻ4x\Ɣ!ntBުt&zHRPI9=C0-}>DӫAnc:ϡC]Lia}-sw"j^5jgU\ME&bP\c5o?׺{߀^!dVw	GA	-8B%c{|`Krr0@'?9DMjk҈@g738`\p"u1!ƎH:.Wׇ
0`[ȗ)fFk6xUޭ)`PtB$*;|Ҩ~]f)e}7f߇:in2ɔ[9gfX0*3{Mϳ	ID)k>&}bsbP4˄b;ΆHAܲpjvc<ʻ d[c?;6.iQ@ů::3.zM&xϩ̖ݽ'PYdZA$ObzT_X'8-xYa$$sJ.Z{	O˙j]?6EnyͨF*!&Z[GB|m*y=pj@04|(;_XCKYd2ů_<L6u	vtĺ*ߍܿ9رwlDfڞu$oJ,	oBId|
"mSˤێ_lJ#˪mOJΛ#Κ%}J%gf9Ahу]K8ujiZ=-
*n@'jTcwDyBp)Dcޯ$װT?=:Vwѡ+l7oO5o1Ύҽ4g
oB{pDТĎdq.6-CQsU=o'efo(]uKrB6=f!g<UoJ S_K?Ј7B.*׺рF̄ZHbW՛%K_ò'i?@;9UԾ1EΟZz
!LMɉ'Uտjy#45@Z*,WՏ	hա>gC#lfρ
RecTш]+.Py01?b_§q̟
hoĬHZ7uӃK	)5ءҭcOyaljx1+։nq$:mͤs,˝Q[7nFi|`K wö*G@dv7$Ifƨ48ҳcZ,[zE^<?KYε>$>uDWd]7H'd4v˸;2X|چ9BUrTnuSʾgW!Z6sT2ҡJBpp1@q5(<hbÛe/@662XoZqaiZp+ߍs.x|e3V!DIؔo2|=6KB"
caDtYB&/'yc%'%ڝX*F,#є*+jTrDuļT;eL`XLH|/x[C՜ YN3!Q7PѠR_"1X@!ȃ|6=b˲2 ZwЩݾA܋pm0Y$:$خ$ΐЀ$S7څDGWu>Q¿WUMK'.3׍ZtM%Y׊Nu?A׉ϋJFitvXv1qJ˯(6)=Y0vщ	G94#IAeˢĺtJǮEȤMҲ%1(ı/0KEFnd$L#a0piP<x2	&e%ڕ֧6بśح{ы{g\sg'JĮݙȳ$@acًU0aҍoECݵ<~̄8^rQhǻims۰"|/INmpd)S="7ūz]sӖ6S)<'zpOfDOTJaҢ8}"ԴJ6w
OYXA:9Ӎde,N8:$f]DvlSjR	z/xxAC(d9<X^qp?ñ29_rzس!TT2^0W ҆[amγ2oQ$؟!kÝ9ϯ-~X}ryrT?xPLP%((+c<Nm!a݂d۝Cp5rfִ=Wۄ("ٴ4=IE[HƯס[/aG"3QpL97OA	JdXJrܑض;ެ%T.߭˾~|J6>HqՕUHHˈYZ=ۭY9̃*pڥfEǥ7ςvscwt=JM+f?DE+0t&aE`fϡE*j>ڏd(6۰seܶ3fsR&ēEGd-
лN	-mtc>(RZ΄ԝDBY .xBnaY.#V֭ɘMoIɷu8{!`)WVc[qcɠ~vջVϔ}nC2Qp@ΛkTbJ8Ҋەxڞ=C'{',^RT7ёq%@&"7v5}/&_Z_	ݘÁ.sFE+΍Ԣl_A|m#{=`m)Pǂ`"\F=Ϡ[Jjc!WizR}o	̊32&\[9Gmdff}<7$Br?J!):,%6XveEkV W
RAV_KĖ5MM	JLu^s4$D=ĿӃ>uSƑt۷[i׻\^WQ^7qAYiE ]TE>7tl|;#GיG
KC[Ж$Pl#Vxjq/(w3YgþyĔN|B?;^5mV92yXqߥx#)A?yOeY,2iYAýu0cTqhɁ'{ҘA<}UaΒ_9%_kQa~}^}/qwIA0:5ΰnaz3TeǬc9PE,^_[-n`$WTI`=wT5x-.!qzaaڬɉ=am-&2W,>NwۉZ"YC8ˍO
TƿD M(fЫ֜8.-{cTKuFt^N)Z,d%4&
6H\mWմP`lA)Jrp!m
՘,l{X
#upJk+6sNEզCArf5:-7֣ͷT.ku9z˭7)	?ǦĶ;Ni&H6҇ʖ[yoz,lAS׾SBug/--_7,sOj)=Jڪ`C]ٸFlg3r;Jۜ
s|יBhntKf9,p)xJ1d3Y˻ݱ1cxI_HϓJԢ5ws0tzƪI4T#&V[3ڈ!6iyޞH!տ}1GN0ղ-˘nW"~^wTWu5\Ou`֎qY4IZ_yDղHc&4Y#F|K0N.4Vb`OΌWǇSb8NL]?a8,jP5	zlWh̩rcRt>)ѲUl(fs)D}w! #DҎ=HͨLB:Q(Ǫks($Wφ\Zm%s~~HWLʘ{pg}LŭR_P/H<yga]]
2NiЧFJQp|eY=^ӳ
DJm{=4F@txCŠyɊFt̳S:|CNӚm35W4!?oҊw3
jbV/]}i˵nB&C'HBkϲW1J7nԯ] uC"[`"57,:,cϠ=#Ao69>ci	+R	A.ʷ?@)i]zfǗՋD9Nk:Q#z͚xׇ=ԶʓpV[RJN*0N(yMCiA _Eݡع,,OlRLL0=1d=ɸxYK
!E~'T_
`sTs8dNxgX%PëğW^u.f)"?g2K{!@J-GA7yyU&oıb4i\0Eɶ}6exJێOxLzvVM&4&)]itt|إgBď['& "ǳȂlG/ol$Oh'2L.	
߼JM4fD*i>Zَuӑ;Z[sIº.mŷE3>y!ٴOZT$c)Ʀ#Q)P
ѭJz5<uCϵ4u<lψW/̐t%mVI(i.({
F?4\V6",=Bu.ηu̲U	ݢXB&Qɂ1ʎ'5yԓݭH7? nGƱoX+YRŞȳɇb[)+,]`}a|i6)@Nn(4?1EuEy^%fB` K}S&1=@A*j}2,&ˍDn=x).@T~Gڮn;sƜ4`0@nHz0יmXZvN~`<IӫiwIx"Dʬ*aeU18
UTAV/'UY=l/X|~ýNוa2AFOP|oD1rt(=qڞyfҫYʺŔβ;p$G{/u|AVdSl,G^S4UlӸF'I&AI>k)D7׹!()XN5wEY wt!޹QS
daJƁ{49d}-DXqaԚLP]OҍY9l"*Gu%Kkk֕;>[)Uԧ_N%vIGkܪEFCy
^ΐ2nRz`ʶKX"@;*-̾&>,S$ڻdY_.A6&7<\ƶ`ؔv_!0A]VߓۆκKQ|!*%VN!UҷçbYF[8ռVJߕ{˼L9Q1C3+?ߦLFTi.2ٞ[,#"
X=m
aLnZNւۆX9@Ԣ6u?UT)A;ϩBB>gW|fȱɩ[ekoi
&9D0fS^=9[39DֆX+׀Ñ҂[&1[@',!Uanpv Gx76_EZ=x]|5a4%lZYɧBW]u,<}
rmzL~ׁX96ǣ^e7ӛ@^ĖQMerF~^+rYJӠ9ؿr'ޟߕ؝}de>63I,B-ڣ{\ޮL6/\.hp͘.ތ5sh͟k1rsōѬvCxr6naȭn.d/ٽj^(;PVd,DVnا^#>{(&b 5<|:GSi3RNnS9Չ0G'dz>lkʨUj|=}u*Pj%EI`Y׳dPquBcqB4{׬B2|Qޡ6[h.ZFk(D(m"/,V-]~\Zy݊m)-"8qBgY9BjtC;3ptV'#bs(3::'6=)}/Z.A׻V5[1	ĥɯa2k=3eg6",ړRVMXlew
.ܩ,q=f v 5W?|EIza&t^3ɷtg޴.&4EskTj)Ⱥw:sCr%;eMjPg>Ԝ^J_2 \+93E;^ɪwJ6OXn4v3#̕mRAQ".6n7R[I$),6#)Sb_GЇ)ӑ%):F0/AzKHr34	J	c?Ժ*{{!nosk?L,-ٺĠ%ڬDS(sc;Br<D2VTz*4!mCecKrCRƳK0Ĩ)f2LxUeȫ'!Z%d <vn'h.e9u&0Pf2$5[rvqv*:"Tī}j>w܍2sşц|]xG)۾@nL_t4 qCM"QPΝؙ_T);/k`D=9^I6ېϹ\`Xd;|nɭtRtǜ7OvV:"?֡1Kď޽;ߊl9QYPR*7vإ#2;qd5m
^,-tor*҇đ?=^s*Q.O~b.ZIyVP!όZI.5x>~!דЧ<ӂa}5͋tEKgs]7єzHjyw:LuW&fPk.`G~yu_)ũv=̻HڱU`J0ɿA\#U(y@[_1A`ʹJS#j_""hG~n:ގPpVjԍs_i<޾XQǦ9I +bp:<4H˚)`WNCv`Uʕ5:.vyH_fk!ͱoeXDC{8Fy.Ѳ+]כ%T`/MWtOc9:mP,e>?uyhZEI\XӨ Arjv
Ox~{`T47<#
fzcFܸ;yM΋Qո7Lda͘szӱ=>{W $n;iG(;dh yIuVwQ*&ٹ֑[dEs@ 3*1	UW`ޖljԉ0A5!5?mRzqfxˋsղϼk)ބ8Ѽwʤ`sԇd6]DUh_@<i`DgToݹk-O`"ߓ%_Dk_#R@FʒX-Z_T4J|h&YX78[J}4@P^pQg4by&HGvuSP*HN\v_b&5^:@ݕ<TVvˮ,L6/e-rkbacAirn*$l`p{:; 8sGȑ́c͜lž+cwť;ۅ@eB6`ѺO|+d	@[z}QqPLsށ2N{:Y![(|BXs8fY	<f5_.޾ɱ5ʏvm*>+GFax_dr*S[BahLqo{$KbfK,T
ZhOdWU[or7aj%=G,dנ.#$)#?1G{rճ1I**?|C%*vʼe?K@@5jEtc׈\O=',8t=JZ\ Ɇ"Ih'&Y"D272؏Tb7ZA1B.7фgqm,8Z2sM<po>UȮOg\OvH&[!iWv.~--h(`͗k"y#g7WIAֽS6X>5&	=Җ|͜>r3TNʺ7ۡ$.Ǣg!%`=/<ew;ٕUF֩5L@It;"k,5;<DؑɊSYȻ>ӛIH_OuδÇAY[bExa+o9dW3v݈ڄҺl^-v]R
YP?^(Ȳbf3&H:ϙeu|:I>"0S8%ݱCë7;ѽU"=C$͓]C@y-(*9}:^^h.u6Z"7qaBY[-!^E7=v h-IRWR&9~4+XGQ:P/i8AUz6ӳ&eXquY=)mT$(Ƅ-Fϐj&X}NѺKC͐z8ogP߽THD1QSLT>VyR|7^/OVΑKܙwht-_ȲC"-LYi؀~jrJ3fBի)&xع;_Qepr3+-"dj}=Q`5գ? 7)MM={Jʄ2Ç3@<9y6ۃ<O:.
"u6Л`ѱ)7+Ҿå?IuʚO;h|~jvk7͐[tK1"ǚeQ[ޢ&ЧhTܴM&֮ҕ&*kA)6gǰĉΨ]u-vEo!M
ˇ:u=ʡaw}I2ym!ς2nxJ$_	rFĄ!I?r{ńzScǋ#'-2Y@,$V	xd
bԏY?Ykuā,4@
˱pU&F[MP
},q A*BWrȐ@<zϼ#Y/2n~]Z}84R1O#Ą|j\>ƊjtCOVKdF1+'.QpH܋qd0لoU͕fs;ҩ"P͂سdwC3=Ԃ*B{y#W=~Uμy9gCJ+}gU.ƆucIFf&s?#&::OC؛;iG#ç.qdB͂\rwӳƫ#'Q,C38}8(h,!*4S/bhUĕ_zWP%M_$56z8Q߷I&q^C:q{u܉k|'.b`^
zX}3T'>ӑ1)5>DgZ{`O[gҜpA#Qj3)>؎Lz'|fΉQ$X	$;yL
Yͬ|(2EbqhQr`MArs_$Ղ$s"%Eġ#h[X;<?Ёj{]XZ+I;9bi&]4:Rn׈Y8h˄Q~7Rlfuضm[kqG(	Q]0uQfMQUOϴ 	bXqeflBNI-+4`
,"';Ć]Ny qr(3pjy	{tciʕ.eJ֪ޢ˯(n#ƚI)esWݳ67	PP
m&VC)-˩Iٍq֓BI5A]f<f;zç߭W98[
<B;.4/k4ּٽPݦ<vf	٦`f
.2N!G5-ү̞QSh;QCp|\kԜ<3*yN`*Lhdrt+|}Är.>ʈGӀx߉pۜ@g	אMǞ˜.MT?Ȗ"WO)ٱ1g&~KHtU*_.qxYٳ>Wfdu+Yqkrvc2-^98i/>F̋ͿVfr)7Mv]45"[/1|kM_)shR:eҷQTn,׮rE~z5E>^`rײFx eǀ%0^?w$dh?Eɵ57lg٣݁.ƪԕpڶ	˝9ْx(Uۏ|JbƝ1C8hr	H!ѫoL+:{-߶#פ{RuqJ
P|R	ZyǭYԈ?FjroZYȂr*Bс:tѴN֮} qwX0߰,?Y,{
+8mI0XőN)۲t5ӦUߋLEVƚn!F`OPn. r1w5\.F\TGLgՑaF_p<P	!nW`Ֆ,ȼR7/4Ս0~J֊ݦnxNZ1;JU
9ȤDjJRVڗ8MHl S|{tYd)&-(ǇR@)Aˢ;2)$&rLMn:uY@{!ڡdC8@N(	(=ذS"a	Ƞȩj%r<?&>Ї͌չ	+i<ՅA_)к5K~~'զQ>!5f׬p`ˇj
,Egdںd!_Pσ8?v#(ax}]%jRP_}FIac$vcdL)q;p0	?m#6ڣ"zggd?l[w%Dpѹr]gWX$o<,..-o=ӏ{	!AjyXKs7<'/Z9iFǀ0	ytf=	xN}xڣ͆/|ړ~0ױ;~\SȚȖQAL	k@vd;-؜MRCɫC(ku^N3Յ)NǦ֔LGCiFP5ȨJ	K"=2AWWR/o!)7vC57pjI8__O0BU8J*
8MXIMNˣu֘$`>&	q\5M-{juWÈLŶ#%.N01@lNO[Drܲ`>tb&QYD=!֐ޔeAʁ`RJyժbJ\cbܿ|nwm*BFYF8k֝X)e.8ZX{v҂J?.KЁc"6l@غ,ߏޝK\'~83H|9>ro_KS,;gNGڽ@gXěц4~QAiC- *EJpҺsMԲY}4ͪW_`C(Nǳ˗0͓O[QP?jBߌT!%6˽~Vhi9B˙O_}uoȡW4ZRK
19zhoKtR;Bu(̔XNF5>`40c~WN%O`75LEk֊?:=զ#?Wy2Y't6F1N8K'kVʰXRXth]VfIYy-|ڿzbf(!b̆[[զKeRۮ79d3CQٹQiÛ-.AKH<\l*?ťB.+Ɔ_C~|>g%8Fi7OρoUdqύaד|Ixf9I$0јL^:ؿkL5VȱНO7ʍ=o,^Un1:z&-ɅN]'ǜCk+6ƐQU^SECI'cJe_	ߕ~ WiowbN4)Z*Zk>]XrbڪU+G
Fm~I+0ӻmT#M$GaVqG=XVAn[+~`2hG4|I!8X̵9g|ƚ$w+K͛v%	aHu]!2w!ńhr2lGh+>ӱU2V]a!˳usܵӽ J=J8!	S
lO-I7d:]ӨdPסg9vZ̧Łgpy_3FD1%R}ZؤƪH^=5UbnEP U {%K`ғew*UֹͧDjK݁z"WxUiR@k{ޮ,eT<Ȑ+t؏t{?JҺ/:xVD(ݪ]ۘ^AsQ7ҋZL>MLn)XwlJE"Bg&w7	<_W'lҢwtƮ^2t.&~2gFkʄ}( -2_#]ڼ0@y4FifEX!ɺ`FoP*2Ŭb
y"=rR<t/oX$mƒSEoy)4MjU]*6=hAe>=`-zq-eAv'|I(7ƚ	d#XldW=&Fack'Y͆<ϲOaC\0@R:'Lփ?sӵK<r޲VI,79o1}l?$	us@E"$}C^?FV<͜sCumφ̈mIվ{s0}Z_r`ٲܕlR`$BC$A[t0̀b~@)Rc5@JUw=މǍ'd%i"GN0n<XߎX/IwK~yա:\(*+ۚ%}M?{FU#O|>q	"h<ަ1iBӑQ
Sj*-Kw]	ؤpyu_e.)
Ɛ39ؔfߧA[Sg8I}&4	SGRaC,7	0@αKdm\gxt.=u@Mc]+}9#ekQ]' Ջgۈ )Tn~~W?vMϷәI{K׿E~=ǴDΣDIl'lPԔ/=-?t!d>9kz׌kKA`VW@ۓqHX}c;-6WXB6+/Pg͝ړmwpX|"5x%i%Qa=ȝs2g?d-Qh
PsA/\$v2t@eWLIM]3@&"?-?ա0?hMҊ{sT$auLЏ%͘d*`əacs.x]!^Vqdt-^i:p&#;G-ǿ>*&xIa	'Hpc<lŚ6ʸfdɕ!ґ.ւXӜPD?ؗ<1\pr(̹33!,3Qf6ưMO(eoj7Va	nhʬծ\tt?,3Y{0Vc1yՋ̖8ag+{ì5.u3v:
MDʡΛf|6ۥYaSVҕέ$u_,ޑP"Pa{x<y[JQ2߁ΡRZm^Z1j.^d	Ǌ07yVrB,BI 11oz&.FF֔ĴsصED:CA"*~!ċXZ=`ZhJrM}$C\kg4}uF;߽۠קWɠq	bخΡlטdǜaֲwڌlKtU_$IYjFgˊBF~=l ɟFS@Y;8a|,oДϬoSV(XhNuwUG1?7FrO[cyDv|3iNƜqHK*qZoY߁qjEgc~roAw/
<Ͻ{γ;mfStuDRrۤGOsZZzG>#~O^+aBLs}҈fD֚U*-lEZ-7(@pzn)Y42n^=XՎ%Gp(0uӫr|&K@+@jr,iwɰ]8dPY,a/Xgs.8"#x9OL3.gYއQWEѝdsBz\%;pD#7uߴ#̤2ϫg$ziׅ4ܼ\p&&sm2DBҧQI6;l2v#$q'ڔ͙4iӸK_=ξ"Tlqkft8{C 5:lOļ+^_S	!Vj8]i۾ەQ;վBܟ>C2c̽Rlvm8@3khoZW
Ϡ_X}W;jrFV g%ͿӨZ3:aPƃvR	-K/Xe`h7J(	6%ܬ:MSuǱTζ5(oޭջ=
-}m;
,Ԥ950'(poHL a-hݞeJ}$^<L}f<DK=ElY;׸SFeڜdْvȆUiYۖApkNJ$?N9֙=cpNpD׃J9šwHx1_uc'FL)H<εHۨ_bWNآhuA#_>)@B6<G:k?.ܶtPÀS5Z5r|vX55K7U#ߚRFu(߶kPכ@S,;2KrN[aVN ɚ3}҃H.2݉qFS":e ۥd	0]o`R		uSr_2AAp*!	m;;!r]}gG*Qg]ӟ,VM^WvXofA"mii1߬ޣOq17%Uo7OQf]ew'c6~D2~ixplwڏ#fi%vpbqPkpvͫE߁$$,H{uɝB3`/(e#+Ę݌iDGpE:2X5җ1W2]-:<tz005Bݏ6iݕ`[,of.Uy
#7 ' $jx}Oj׼yE?@
g}re9lŮɺ'w5BW'ݒ##C@wͤ7),E[6e;yzjǛJ<ذEbsnAS<˫Ոv7Rٷ]hԘT;:&6 bܝ6Mل5/-RX/ǅuXǒ<A:?rI/wMǳ+p6`M0ːWש]*{/MHب֬-)ži1s̊>jc~YNd>ߏ5FhT	!d`*Ԉł4LV@uGv9,(hXNǣp:2wN%:-@moPF_kB{8%:SjպNOww70^]fO'کRߵmb׍ruj(iifZ#ze|-[ּO9.Ľ;ciII~$yvZnCّWgO8)Bi
A&oH@oؿ@#v&)i$۪#7o!rOkI)Xe3͋@2koa+R#0F;̤7JpMȷƸt`{H̓irRtq2c0Y2yn&$i&!'^XIiQkv,@E.PoFۃ}LΚ+~
(;Ұaݼ'!e>MO|ڶwǄӞ<!ǶN-2f<c\cåA@ȽtXN
	k+l)pt(fڞ+LSrհZ]}PCݵ@Bor9˷fMJכ.Px1@Fn.՚T\C-;;qQ^mrFU̱F{
\ݵ",g=Eh8OJ(3NU*;R~wG`3oWA!1z(4r=X$˹cجo'rd2Ig
zϡtsǦ{ۗ{#>}=z_^ZaQd؎'3~Qr$)!݊Hu<mʑ!9qlSEDc{PMUlS4M?6&}!}Xmߨ<5BK=T3ύٰ
Cez7H3p~$Mmfhzܶݴ/=ބC˷Ҧ#B::><SrQȹ.Ԁwu.lB@It%-Ո(byayQN<a=BTF~ؐhx{wI7Av9I9څM[ݮwO7aڳn2UYS-ҁ>~C#]W9SgDq"P7Q&Q.eĠ~{$B)h8nQgvlu8a>[? ߞjj~Ng0_xbHˉ&ݎ&!]R[54Hdzw3ucl	*S?x1JPG͸I~'v50#<4:\[]ՠs8{@m|ǯ}s\qiI KNX%#,;ɬr5x77E'?ɖH̹3Q	ql-P.W,*2x={[e?KۏECg9P&пRϥ:-nOhda$Wcd؜͖
E{>}rCR	ǈ5szג)s+˞]xݖHt
c{3"BBZ;@?9aDyYWvͼaGK0ޢ\(mwkz8z!@93a:y*
].G>wg̦DnHIa9)XǄ.Q/vj<nCSUyV˭<pSqܶ[zV)WȎ
KO7Dnz"߿ܰR%zޢ,1x=z۹od!&<0i8re
Kِ
\ݧ>O[U2Dݪ88%O9}IY9ab,(lnx&ϸ}IR	d͞t'ת&Ζe9Y7R.<
LZ?',vԤ¸hYbgUsğ3MHǥC7U%@YeBtM_(1CiɎKIx 2=)o hXDv"P[qۋM9|y[	XNϩdAӞަw)]vR??/ڞO%_qbrim82om$HGv.@%߅gWnc8DX<a}P>*/adEi#`el\`Ҁ,;l|Z_ΕE'cMd787eW"Wq(5]q׀AKڤ9ɷZy[LE>n֞j˰s5+؏]XCbouFwTZ
^LΫ5y[Ed!ޭ7A-$5ءؠCVZ5f:AD1̭&ޞDˉ	RazCݽo%7͛u:D9gF:D\fa#-gz@!Yg!.=+ӸzNSУޫwnǗ3U>	0J&yDZi[ISƔ8t;*=_2?҂TϮh-,uvc'(CP0уաt<
9r;k|!WƆ1uřM-c0G`)ӱމN՛coIP/*d4V5j.$&*bY<3QXhuV%]OƄSpʊИwx&!ԺVa֮n%؋Ǯ(/يaJk<xXę^=Q>(uxNQZut@|9uS9	YHRǚ.vAFgǞ̔`و.ČqJds!jþ-Ґ/]E-Ȣbd8w7vRnͲHY80Y>њѐ͟LпreŦ.<<
|ҧ)߈hQ0I&&S	_qiɉ?ݗ?G\X٥EF80Dh]/2u`N%3k*<>Ab(:(\WRŚ;mE1O!Ц-ĥęSZPS{D	1T+-sЎÁv,_ć%(+_6*.QYnO3lFYHm͇icՠU/.UvV&>Cί-d2=Ԥ)@*hɵNlLzQB^s4n^gCpp*fMMV2Nʾ~9H]fCg=PGOq֭"x˱4{+=4]
v?Cdd
ȗ$0;ߘ+y6؋ŊnڴgBjtGё,EMAe!k<4֜)\ǦsFÉDc`pƮIi$Άl
t{`*)sTh+]LI
?c2#~3OՈ1o+#hg;=¯eWnQܪ~y֯b@DRdyq,N8n!^BB9#ˎo7ecIi:I>,^/
$69~7fkvT:ws,֟E#DFm*-ę+>qc-! u/>d׾bg=P6hϗqzKDmp5&mfp>#9ōAk0WWB_X#-{ڿkrwr~=^mʈ0j;e+üm'r٘,̯GKyx	NZ<T	WǤt 0gMl.3t]ת$!#aȪ_Vݨ,`HԤoUڬqs#K:'pa@k`lo]fMg:ϞR^݁KC	l+yFRIhmÔl8t1Jp::ȉ%LY,"Myݡ];(Y1°{y1Ohe"`ݣR;gX2#hIŘ*;6X'
@ ,m?z3I,fՒG.TO0}ŷnH}*Lz]rMdʸ,Ԕ9@'[$E`_M[N׻*k͸O8՘<ׅCW1[g*hz>B]	YpI˱Aד ۶}[BZaFN@+Ȇ*ѕiۺ#YP>ڢ*z4&ZΑvafV)G;/qzq}ci^p
]3rC+ɝxǪpܜRyTV&]nIYߓu"lzb;>huز.wLRN҆3y@לN1˦^k}wzjdɡWeԼzs2Heĕͯ7o>=Y_ɥkqy*E؋+C["H{.GW9{0N=>\7[NL/N/[h{edfj^+KN#96a/:D"AJk5Ď>ǉօiQ֫{@Aj>Jd0i[R߶-ϡ7Z'%~)`jphWt&x	wnh<ܰ4E7)96vН}$X6+9BޠluOGǸ_J~OLceoհhJl_u,4*u{	mתq
)ۜl	*ٴ;b).Ij}qU*}Jf< *l(Yf8&
Sf{K*_0poÞWxƏا*K,&~e/
ɶ?ٰHU8$ˋ(ݢ]Zi?ӣE5.#rWXQ(9<Ur7ƭ1Z[d?	Kb"v7ӊ5j4~#'V.~@r3ܢ@mcI(6XtC}͖v:dڞ}ZZjAHٲYq&)R~~Odm!Uhc:TqӆH7yn6ښYEEQЏQq_]JXIq'S,s{\ofΦg!]!*g@ކdPv@sSFd~wEɆWetf_ .jpa_OT?@j=Y$*̹,B$Sf iӯ-/w}ňlR0<|
Mr~rή0L@/DvC=mTZOw{ox5`G¨P;iV|9ɝ'I*ͤA**ϧRƈȸgw
NԴs?$f]ՃQ&ίur'SY?Q.n(v|ƚߪk*]Ӵ0Nv13_@Lۅ0nIe:ssrx*+߻g!~JȾG3"z,ط7UrAdnJ֊
f l!8qJǝYg@![ӿDӮԐɦ(Bġaj./}Z73rMWU[yڮVAu8V[1[B	͎0m\#@ZNbRfa2 
Tľ
C^n-KIAk|
[KO-a#oI|2ZVف%ޙNoj)0K6Bo's;GaKħ.A.CF]1iZĶ[H+YVҊbK-h6(h%yn^J}˕-ؓ_"}'7:!U6СWJ	 GY<I	7Ns9kLXt_CctgRSO5_Ab^#Ϫ @}2{l~)gd~x~ޠʨf,)!*Ts#\5æ3(rrY7ISڵm"j.m)0UՌkɬ¾E]<2ɗ<1P#lyhM|L0x˕xbRr7#]395cu![qʵw͜vmd%S.<8>ӡR;u{@a->a}Ƅj<y(P;j1ՉF)>)̎3?VJ>#@6(~N'hhcO!Q4_-O@nme&y+٨{J%ZZwe@@.yuU= :Z8a!H	tɦ5o oxI
8q,/rɴ}+K!gޫB%:r*%. 
h]?O8I|X}y?ʑwj~7ݧeb3xf ai{y~x=hR^ñ0`aC]m?h߷ޛ 7MEG^{exfφbggä́qś5x>}5m/|GCx<pnP@?XCBkCWtY\'>cq	oaC{FCA\EcRo7mE?dtƻAPb~ e%X:#Ld6)[QoE$yɗyU7#_ιYE߈BL7Ck..kա=_N6\*gQެ=<jRFO8DєtʋJJK`Bݫś9shUt}մ?Nw!&EgB@'aw.nUOK8~<pǴ>I=,qX*iHXUMa-Nn|E\"KЁΑ4,vP4ʲRمriqJQiSK
]esBFA, G<}bpPCv.1Ø<cHtGm&ǙJv<b]Y|z]E-<ݭeCʲ_b21&t![ɤ0&I]C 	,O֓NC6GփũVަbhWfg&SIS1p<ω+p?(VǚO0oxOr8sÝB0\a4BA9Ykq}3yݪ".xHH	ī7s^Y_՜]q̜4r-ϵUuܭ0+CnsU9cMձ&VP̜}bah4ĹUSS6tZw/ɓٹRWGy??' ߣ6$LЖuǱ:&Op[VStuvJ5ϣ*v̲"ה$Իx/E&Ӵ)ZZZa0ߘ<xܿ{X&^S,ɳyf+yL=!5TA~><LJN:r&ǌJ)ͳ>*zv#Z&3$XrE0X|͕$^*١B>F57ۿQUB?0#mުp߅ot1m\(8yL |Ek0h|BQ\oԄ>|VվV5!çҨ|c @1,VzDfӸ\KDSUR&[g	'dیyChMdJl	CtWvhLDevףjԼ3_cygc%%T~Pit-Ս[?f}[D0cnG_YΈS׶mLWH\~8<^ӉqtcNpT	D)2$!Â{P?Q[5JѼ$q?yVMCme_uOzjt±áq'U7i]H"ռ[^eɕypMyljUT͵ّ'_J=p̡VqC^&m˂wXy׺$#g>VGϊ^U͜1Ln	aY#_OƖdź؃8$AWXiQl&feLqlL6
d`:jR}^W&	[2ԺMq57NV%O̔H?%KX;a?"a}ۄ-u&1m6$@ؼ ~ydr|ђFʄ>&",T̫ƍjnD{ύeH&ȔxLP~5OJE3ҩ_HKN`I{aǱpljBׄx(tJ,$JN\^TՋ\y1AAKhrLD.υ+7#6Nkݭs܃q|E7IUl>֮H<+BCc]/;KUȹY2}գ]l"'{5DݸvR]b#'^m<'a7o<_va]!<g~ӼTھ("|joHgɜw;bsϾ$6/c[w.;v8ؼ]8?{>$)o]-g#UhgCW6{huHuQrZٟO_O׋sM?q֒uvY*Lǔ@gشSSL~}uҝZ-]+n}͹+O\W&.l zղHa-\W-&qөI#ĊaZi/fLúVPkJ=MB?ݽ,U14;u[ەJW/}/J	V
h)"\vQ^)7xaLùύK~Sٚ	#`"]߾JXt!.޵M+1>1=aٳ3Ѩѥ%xӰi)BB
̊ǯiFI(K4-.xַuġLԚgGɌ~\ďbY +"ԽX&=mQoY]Z"c`"/HPCoql>Bgf^;22)eހ\Ed#Arl;yge {vU͓Ȝ"p.Ԏ4QWrNǨ´PT_'v_ӯu_}u!\,`M[ת:<V4VİTLTJ?~{ݮ%-B@k{F2mLQ>Ya͈D;q͖FhȗܱLa3A9K^/cgU##9bc=160_˾ëI\6D{Q'l5r?z{pw=QeK5a>%:0;jŻR
ED{.4&|-%s-QIUb,Vr"4h;-%02e0t-9J2C֡NK]p1<G[(BbʔǾhFj	Il[=ħiK&G eĝ^^%X qz]J|;WR
R3#شάc;*%Ԑ,)*F#cʄ2Йڃ8dĢ[6491֐L;ɈUUݦЦg~ЋU)Uܹz_Km-ܜʄIG.PPO|mޡA)_0}zŽ xl{(
0y6P,MXjMaxdȈ&_|w)62.L|QK(Pjxī<<7>
ߗ{M(W/]IHERB:hWѻKymZ?X
ҏ31g5W҅׎y#'˖k=(.*pu?\w:{?
%cPjH/Qep)wD(=EM~!b2jiL`%3qbĪ*пVQm@!?vď+szHuHpRuOͬlejmĬSfʚ/K^,sReP<[YB10W$|ŝz/!Ւ95g݈ݠdՇBfZӓs|WZ|B'A҅L0#I5jzE7U~BþI5/zEoYݨXH]^gYC7g[(X.e<וo"IP+5FK/"oiR\'wPAbwoɷօM/]\bcŐ>6hq5	ȭ_BϩRxΌ"otYc<_Юy8M̲7&މύePwMxZĽ2;9,msUcگRjj/wSC6q%gx>.vۺ@,XM* m~noɁJ\r$at[ucO0n8ǕѝMR3%;w@3]RjS̤i]~V2Z|*<jpoCC(U_Ql^2)ԇY/rf++w0<lFwۧ]_dYA]B]P;{<E[ysDFb	Ze8R{]?]ZhEp#V#FIM$սԗrb<<= c҉8 Rf֥1'p̎f@_gJwYb1jr]o> ZrڎàķU. /Σ\`d^RA<Lڀ_} ˪,2.qWȒBp%]
;~гJX ]V_0\nMbV,ɂoܩm::HB>h5DGM_ҭs\'F$0Q@]hgqǆL/TG9^zb5*1(</"[,S{#&8ɊFgҚ{0=aAICQkC4ĤG%zư^1^fRgض'jg146ړHS2ȓ~`gόKGo&agץ5RRۘsݻ(ъ3aێВ$^ׯZ(O-j}~>C&TfJuQ|J@b@N<z*1{73p&7((:AG}b[fŷdA@ñX59BDpiy[.
6UtKea[̈́.$!z{߱ζ,ޑ;~|Mӧ%A#S[_ÿyg#K1dwlҦO]`ҝaTӲ6_*Ey=҅[,تW'W>.CCs~l|p1"=_l5suD>]x0nbԹ7U/jaCBI^*?:	(!7Au*r_U}eK1"OYf5W{.7h.mnhQ.%^g<ˇL2ayC>vT3<]tjdS:ͼ+qi~4$"b<ߑ, 6/z'uj5(_ąլ]*b0KhuOtYc~j~םKȸ<m*ckh
[ӒbBmȷP.p6$ŏn|QۍkZլ{P!*r,\dݸUp"7bNzб@uWv"#lBoKJȲ~;(բ70qK^=Po<cBvw_Jw^[M25rn4H~kxb>jg(<25)|N87Z91ݟ!
ѷ0Uk6ђĜ;;vS4ylkR+.IP{ 'r؎WF^G߄']s֊.<ػF8qt1(G&/ϯ*7Mۚƭ/V7E/[n_'=>d16Vh*ɌK[+\ta>8[T'usۗ۲E˖O9~+rDvy!	4ǻʑcx5[\LzCcuVeV
Stb'ڠ܌yc+)TވWOm<Oxxѽ5-Tf3ϣ-T`¬"oA(4dۍKNa|}Ѩ؄͌C	\@TO_Qt6eQܩui@y*>ݞ=IDOM2\Luw$Xӥ;i!4b"dh|gLx}߮1	ZfrjJZE6ǿDH6lq̬Arىp±8?m!i#]\fM)Ad$&@F<Ρ`}=K5[[gڑ@ea}Jx-8C1χ֑Iӳ(1-R:\ILRD##j^˺Fb1a/[eϻ[)pң	ʁyk_TvϔOH׫o9Ґx^wTj`q83$!M|2w˷>ԨH#n*%T8R],T$NluqRޱVXzXO%\2>+X;X62b__\D5qyNɬ6ÒZ\!M4;tm&AW$={ۆ&{Kz}\;əef#T`_J'SVK؇%:&..mdI؆r|ѽCEa*bpw\:Mq2Sx`	_=O 0(@UەonC	1]lHR\kXDu9)Uހ
~m>a[|SN8=<`[k]ww*.]S>2\M,|ܮinޮp<?QxGӥmFA:Ŷ$˅&%a޿(:`cW0h=Lq(2 kY"'܁DX 1N`ĢO'F|+O`M9!ḇ\xLh"[٧$aİ!ɋXHu#aͱ5IyO E)DT2EdTFyە϶rimjBW?EohJWXpIT=2QP$4TTUR
+e^vRAΝš@ZK"ytPuĭ֪D4.1L20/5yr%pONTq`,_h+B
[s2yJaG\ژFa
W9<c2k0nvg11(sBN|_iwϮb"$//v?vQz)yIS/˾Y@]=ݜS%xӮۓ;(xiMRtc7LIb5ڼ9[#_!n)Wɒ-B9r'3QۙρWRyz}F؆=ߪY_=ԪS9a+cRC.rwy|ҩQvs(cg5?TPDriID9VIP޺\ͲcS/s5+ó@$X>^xX+F^k0PG?3GP̥ڰ"bpGS3w lï _8QIׅ0c(cSl԰Ӟ<Ē4ɔ0Z/miFJE(xozؽ|<չʢ
nݫ@MEONcUEҞiT*qvD֦SY6j@".гxI2tK3akoQJP%y~o3sbRxkQ.fuY!Ǔ< z߂Ovۈeg΄REĂl$;y*!s7#69˺tզ18S{hoVT׎S+BG3A+BH'W,.ĵ8+,dћIrkfʟ(TZ=HҬYB]Bo&YPu9(HMO/ۉ)ee3g Jr$ەړW/+znbC?!-mGNSAͧt-X,Ǩ'FeI,$M
	99Rkˆw4_ϸ5"Yn~љ(>پ:ƓJG&V3oqnE!`5b9Yel1<0ʽA1b3N۶$iiR/׼Mn//T48F]z>%DT	%Lh??)ܩ|GgΩoɖR>̳φ٢)/s7B/Kf@o5mi=o#H+8	pn*1Dt$6^ٴ6'̊#W_k<:eNJϡ_si 3*ȃ^5}/emA =͋	XoܻYGJn>858S=r%xҰ<s/zmuEP'RͪJϏזݝ1;7Ȯҡ1Ϫ&o^@%5
p_\EO9~/ֆ!u_8e/KzO=9o@*<N֪p\apa_:ogͪ@rYuFhv5&ւX//a
-@&$0sV+brrLP(jlՂPP 	SY&3NcZFltWϭ}[H7RJ+S(,{<fxSqoTs3VVfkn;Fޮ>mra;) 6g4	~#>;|#֣{0bpS.~#l1*g0ǤQ&cyF^?z/(,_xC0!*iz*;.PEɧ=S¬	YOe3%`V<\`8o_GG/`oUpS"0ax@E95HҢsn8Џ{a
SQ;ɀmv8(Fkγ-ՇG'wNȗ"kem[tU/±M8bZ%gǟؙ}þHo$<,qlg75d%Ec΍D۲c370 G:|âl5tiOUX$у[@7H90cWK6Ɨ".҈֥/|:jۛu$_ՔԋQ?fBPѳƓø%+*rЩrP +z6pE:,OV.
RG8[/G3X$uڵE	2Մ`{A+shfQo|y~. }2Z9|EO1
#BaC܍t}yߚt֗/خk-_x>fqd'p#[o	5FTCsƸL,~~3אjԩؕ7WXі0#Yj3&p2yeUqtuh;{J{\t1n<O-Fֈ%-;qzϪRMܪwϕdߡŦzٖ3])?ѐ9XڭϏ&d/q{I:Dh~P.Ў18(,}tI=l]tGZ<R7Z~
ȧ'\FJ7(pZ+b|k5b)TrҿbaawIoA.KMĲrVr}ەXAzT3]QvHb%YOwXrKOJBd'_ϋ{<kSSpx<z14\S<#u|)?ڤa1'|'ٌ%r,ނ3Kn vfZʖ~ЗAHoZώe.چkqfvV6`ӡ؁֌=S/n!puhMc~g֋Ԃ;Ͻ3ܬ'/i
|K{ÔʹcHвeK?^Zocsndi4`6&$fmȉd>P$hy[`\z1r2aGf#ޱN&ͅo0('tݛ	9!Ċ$9TƷۖI_sqjC$͛BĸWrۑόG$Z.?r?'̳Q$/SWqڞ7f8igs=`u}6s{K
3֗)ץAmaQڴLأ-<6"U
fxW von*lmZ`eEQ8mr	w֘t|-#t5SjFbؓ(Yunvkl*E4<w8ř^2gPePM_02Ƭڥ?K:ݲbWҾ>O'EԎACg&gl4C*43JCBkp;J=KoZ<͟2\A
Jr'^ ΊO*+&wħd4˟uFͨĨ8pѳ1Zԫ]eIp YcZ·A:hX1#l{of{<J90̺m^G5\>׮F h/'j0@E)u@hK҄ՖPǮfR+I$;j]ܢ952ԅdvj>²*]cyJл79v|͚9N$1ֳM8]H@
)6y
ԿOu?m͏iNR!424x
]1]eVC8$*g`ڪ*5Yсœ	{klͱ^>Θ!X
gɱJnG2CZ*'., հ,
1lnt/Ӫ[ZH	(H`guM vdCPʹ&M7QH!Q+k'_aJfȱ_AS*_{<ª2:"<:%~ɓ|~}1Fz_ۤ1Ūx9%>7i{HBV?Oέ"=N^"BIE2$GdrV>&eەr	Θ_Е}_g^FP`_crDݙ8ť!KXmb]=+SF̈Lz	;0mJԼv@>L2m a6Ԟ)>x*-fC*bFjOι\ek$_@#B>ÉF=$?,DB@/߬P0@/<rh=ŭf#,Z:PتvFQgR}NY,àKfyBYuKq<GUڀk6HJ'Y`ޡg`Rf74MHMFGc̩^5?ɍ֎=Ks/a\ͯ۝/RF^%@L'cб
$'jez{FdPS,Yߙ0{WtFn1r4'h+E5{ÚΜ'}i3r[J
!֎عtUiSt?P9'	 !\v
.ʢWhl7EmY_=3.ho3ppv>ǹ''(poB*l6CO}mZi̃BZ@	th9jCf:m&q
'r%*z+tn0H`L?Ξ@S(_aTyz@fܻ('dM=Jo}EB4@^.HY)ԒŪAAF<gؼi,/*@#Êº'ZBT~l8FUiH[M@5ڹ˂P{Ϫ!A4GQ.qPfVۼ1B(`ČLG&.M:T9?!Dru0fH&m ~وB4jS]u"Ȫŗƿ=<ӷLG\N 6M8܃i=7(>pbsU.j2fA\EA\c:֤qcq[щe92R1YǬiˉq0"ϣuT;Ö߶	=JRHC-XxUP#j{w0KB.,(kaMyc$Nَ֩0
n:059kC[5RRZءAþtV2q*|߯tINf<U#ޓQ{1?Z5:޸x%CWX{itGC OEa3hf=^8(!u,|^Sf5!~F'B1gۧ#-l&z4mk|?Ϧm&[,ˍ{Wg._8ryjK
E/C]ۖQ5	%ѽߩh+Oۂ|r3ЦP;?	X[9C#&G5.4[|[GK.Y~4tu
Y_AmaaZԏ|ڵ-²b;TaL^(D*e6-j[7PZo'!RKs
o_}͍=9~N Ab+߀UwTkì:Uiin4a6WҿiPՖU.(h(sINsU
7<~]uEfhUX.ƣMa0Xj%Xsܸ7-'ӭjÅJeRikʗZz/ߛ4a!?
L=CJmr[E_+mze2vd)]M45<};uRˡost9&?ĶҐY;?:3k<ra?~ѱ;ŕ͖s^߄8
@'7rQBe20Qj?(/5NΌ#Y?_ѳ4~~U/C	\Gr!5CAC`1Ó<=-­uӝ=\`A37,y0<d}%C
mȓOto\HH֌́#2"Íalm͏j;ߦ۲|7shϳyȈэ&8u6ҭaZl2-E#IbЧ>[WS$'n5,\ߠo`ha]%>18"br^h6^2m!(0iζ/Z""KĘD2ED6buaqǶKBޑ-rϧD$F$4iy _Ӣ]gKęֺ[
0n&#ۇDUcʋytHD$(%ƪ9u\I<,A53} :OJQ	w5 dMg(RaJ;\r~;3 a5Źeߞx'cɲR~AS#EHȡi0.aIafxmvNBj"đVwwZYJ`sљ:"UgQA(B&DG,YQ;31Qh:zօmvJ@Mlow3HFMɉóL5Dڴ@s.N@ǷYRN׭I׏`X5[c9"*Ǎ%/Osq smÍ).ͪ,gYzҬݴ}zi>Gڜ(NAX|iLm*tb*z~+
 T!
^dtsoُvhYƌ]޸jz@G@ԍQ"x֫} rgqSs$_u5ʰ3mڣYWozȦc)<	0{m֥ se*A݂Syo35ڴ=tdj٦z"ĉ8^ŰgB_,z82E_}%OL4@|X75ǄWW;;()!Pc4T%73ةmzg39dǹ@M6%ܺ4ON~b0]"4ԏocf!%EΝsh$/ޙ'ە׶?p#߬iBoucѩ"PAȪ3[r0a ?Fl05!uSUsn,2,ԌR:تtQK!)fl\AUNi\c)R_LrDvMD;fn|YS
ZU	q765Y[pì]nήĳŬjY߲\)wt`±&JM+g7''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(24952)))
