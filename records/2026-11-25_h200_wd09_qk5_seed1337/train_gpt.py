import brotli
n=a=0;b=1
for c in r'''b"ʛr{$HqzT	IgYp3r ѽѡh"S-3RFMNt-eZ"bFD=a\äَC,XeOCҼpTv||A(&/dߣ6/*iF9%<&7lү}!@Bs]veMkd[ќW`7»[L*vNuaӱHxqZ16;G_ef3aQЉ\Mw/1k.mjPztءWGk"j<Ji>ϝǚ#ˠֲ͞\5lԥZ_|qftށ
iy
fooոܷy؆-<Rϰڜw<U?Ff{z`¹*B#"e$ȷ eО'VtվwI<$^pGB
bY=E8o=`?q|j5{ΏR;#d"ot#(ĘI5z|մ^7\=˸#mIe=-V<vZO*.$lF<mr<go@eأk)}ei8@_[9b@aKۘnLO_;vFhUeƍv*G=
H:@e#IUZІ,9!Z?&ghlF%ܭQ+k=:+#	Oե:7^W׎kuðc
Ϊ">88G
,1le{Х×?wB_GC>62V`$"'Qu"b:hjd=8Jʀ`-Se],ǲ؉(.~6ƄŦLH[]2b.JVSXGX85'y3_U(DDJ4iȠ>J|"ҮF%;-3NJ"C>qJܩJ[%<rĞZWj
z(EYYE+$7/>1*<ɇZi3;SR+3IaG*\uHN;]=U	'% 
`YfJ6$)BZlNڞ~96BR#,zW#W~YɸGߵz
gwƃP^];Ԍ-(zP˄ژ2sR!NJ/m]hH{z@R}ʂQhCũ2aozL̗NE/ͻ0qƍY\E)ӘKpa?܅6idR٪k:71_tļAMB~ZG8`c/֡OC|{8|n'WwXY(5?/}tݧՇPfž+_ku1uY&7kd'<GUBӿ26 پgΟ>\rŖWrRӊ>;8rP(<B]@.Mn^J1͋RtA[.ߺl%PZ^L{zse/_+aAhUdbH*\><DYêJTzӧ֧ˁ33`"ȥl|ܣ1x7`U^I89۸.c*zȎOG#V$ݻzݗ˓
h z!̰M+-@@sX^UVap\x,vZSj
y:8F0<y'\ھ^Qe̶?l,OLE1P,v=_A\Q *->lh``D\C`xX	`ݍ:\;iv!Q%O,wjid6{x9%:fʠ/ju^`ˇyx`Uf}u)vԛe"=%V?H_'½c"Ή_+Bօ<TSӞ2dE:S,jCP]ܔMM2SQ?tKG}E^?Yu$ؒd$.̎ac=Mc\qƠ1LoӧȅGE%ZD Hlřv?{_e-w`ϲLO;
Tȏ؍rus;4uW/ r6bnRu >ґ.$h@zމ{	6*Mx(48ǉTY|ǷWfm#bb&7(PkjhB6]X>WN_M\ P&>[}u(uĚt;(4zؑjWoUQ"jB(uy;@vӵYQ¾R{rW8_&%i*;$'8$gY"%Noh׷_;Zզ#\VaQ5Z'Εe:fLk<>ZKՁ 	^ղ=C:ֻs hJ >L1"zM`& Ka\UFL%sDP8d	5HPDy]hPٗ*/Q7{؞^jΏ8?zPlܳxEv(hb=5.<}ĒϏ#wGW][.ΌD@jȝie#/*c2fýֺw/.!SP:'"^Ni̜}Ou4}ұ-	n`BCb= p%UnZ1T0ݱJQ)\w8oe2Õ*jX,cbaiy!N{VXPn8wU+b
I q4I773]M@cvcZ?<:J:Pr1ՔرJN>p3;*n,:4.~UaUVքKSQ\
[)DC̹Elu
R4\ƞ.I4_
ulrJ4Xlkq(/&"sM@-fM1A}bJ{rӘ1'TPm[!
}yd4i
Kq.οRqW$FٻV7L
"@W0V\ nv|<HZޤ5Ȣ+-æ3VYѡY>0SBo)5%`Lt"(IǀG*}й*8W4<ۅVm˖߱T(eΠRG\VKE!*,ݵpl2/]l}|z&h}_7)q0^&#GOl\|howhzw׻Z{\cQslZ ܧ)"*̀K#Lw|hѡPz=Ibs^o"!7T{ TyfK֠K(g7ʒ3PSY6*GnF9UP@hgaIn;#c0B)¶!WKÉ݆lOO7*:T5fuoƷ;+*D.o\_ruȆ1Yld<Y
>b]z{Ԕ"_ʹ1:Kgxqzx	/߇7xiʈy0pJǖ [i#
іڳtR۟Ye'jkaiu\^J&\eB%G۶%#vD1)I2c7Djl?2E{\{M.HoԬ1k>d͸>lynvIbйNܚ?:'lKѳ4ҠhqDFNdq1C%K#\].[hě	-"`!V/AБJϒ&fԘxKc)*3"tRX׸E/v}~4&OF(00"eIm!=|lЗJFf*,qv::.#Q|4p9Zh^dc
*U+:g3g
B3LڈWo1&%ǯOv3M~UGE%O}Y`cCHrN(`r$Cٙ
T $)̫d(!ӴeKdAtzz=8>]d1<_:M(qY^۩5ewf9a3S͟GHkV'mBMU4 U{!i_-і/ٰ1^(]20^g;:N/(7Ӫysdb#R&̖##o@o֝;:uދKmqtK2=Ͽ!P֟Q,6K>7bFo/ȞzOr35e%mvZG;]|4M(M? v`,%bLkYhay[WVuZNtuSĀ4nAg 0PGtF>iWF1+"xYͯ8Ҝʶy
=>VV*;mDdZzc|m͂e#{B.@)ɼ8#i{?'ǜe^vs_*s(YtȻ5+e.kVjgz_S4hۓ`S3D.($Pc7ɄI !Ek:kMB1hݖ-E20~|ΖǤ2#6p*$KEݧy)	874[G04e#KTU8(5HٞҚxۣ`"=ts|*odJ` tZHoXжVw:;/ԆSyg'!K]XJؗFH03{	loһر~Ъфשn;L;&z`cB_Wc\0eu}T_֌9{l6r_`m|Ļ'f]ͮ7ڼ	!?Y:,9%]<3ĤA"ıP̓̓&2.Z/
gyYΖ!.N̔%~MD1"<A"@y$n%)/:jۅF3Lӎ}t۷rpZ&T`ΫDT+	rpƎaڪZ>AɗN-r}`gՅ.BNɜouKŇiFkډcV%iˉۏT=͌9	V0ِ"ѾX<dH!$P	pA0Wlc79Db/I';E)pFs"Cl TX%QLKyϐ"{5%-\0_i.m.hQ@rUE_lęPm$&7zXQ^WP1c1D>--k^002Q1+wf7̾Ʉgǁa;E-abfW;|c>YĜT\-"/&%~̫qU;P\2ʔ`hCtיZ@Sђ30p)#6bQO^sɮ5f@ڬ}L .bq7t:80*O&
(:	pEUϤ`RQ;MUbSujOkv\ʍz3Ωo	0#3ofߥ.tpA]V*ʦ|Hoq:7mL|g/9Jc6v}bVdõ:vqv16t<1N&93@	 /ALRtBV;I.*UÎQ1rv' gcfpu7N})5E_z[SJ9mr#a+"MڤbDnӥHo5}u!]mfƀD3UDDYرȈQ-BOIlԴmqK#c
9k@C&8geϢ9kY_nX^P@
gu{Jc\@q"hPtޭ$9XAws\fݷ>AK^,J%$aB'C5_j8MECړ]U֚dȎ,&0ucθC3{+Ĕq"}f&kE0qQzR߷		Ҧ,F(s6NM?&OͫT}	XGyCsElo$	ܯ ݾw0c0;Ymj!)oǺ'[Ӷ۶ڿ,vr)2Mμ5<Ŝ%{Lϕ)'uzqD(ܟvG؇ΦMY?Aӻ'$QvuWE2ؖ;=v
'LYCݶ>&FU}+"oI(Oaĕ|+8c0Vkq>2D2M7ɮDAodܘ5hq=m={ȥʘ1Φ=5-xML0oo3IQS{.'M8k+T[dصȟLg#\x)rx/96X3[jɻ
dHND!FaЄcU<fr`nqaŠ\uE!(zFcY<?n51ѡ'9?x:a]-ۨtji
"E̺zSY/kyE6C,[Q/HE	ki\UUs<dmcN5pb=-uS1)u!v8A~]^0
a`2=.^!=2xjPVw+ūøeS	$75[AȄ*99ˤzE6ɉ*=8hƐc2P?I&Lpڵcx|ʢzGau}wԥ'+g3gC@AZ10e1ۭuWRa0Xaq0q{BzPɸHĈEҰz^΀ʞ`|%KiO׬Aҳi|ɢGX7Ϋ۳׻/d!uŊRzcj8Cl!-=c|VX7_0i?	h+$9^BѹCjsBeȞė:-ޝߪͫc_ )rz?23(U/ĝ\Zm!|9J^u^TSnآ=zѤOdyE]S"o>v)Rg'yj4~~6V2wߨOݔZmr_{*dC:߳ĄFX|{u5؁:x<UDg:h)8dJcj;HrN9ČFLOL&~h9Ԏb*mO]Qq!ϛ|#d6t|~+&gF5@`XMWowDTCW:jYa4bŹceVD؋de,ol`ɡK[Vbbj=oITI67;.QNWPr˹hU=(NΤ"rnטELz6yS9*t^k+NWԡ
r?!_m<4-v:ݱkݮ0[I2M^l5\tښ߉KtH_Gqį{dyL1'r-QݴϬDːk9Z
՚	T>Cֺ5(isH.2[/K@=CitvJًҔWfş$ 11ն;_2Kryƻc(GЁ;jEK96\WY,9Pd*, 8رD*8[('1d"ҼAĄEǆF3KaϱۛR5&.nm+/Ә΍up-ir˝=77w0md2d+6Fp\7rHÝq8ě_gQ_=U[ƒO&װD-ȍM9`D}_cWɾ<+yڅL71	$%8Cq6K>ǢL/72z3]#rTsbxڣ^ĜUv#vHЖe̘̜XwE͚]Mu5i3Jߋ1#@ʰ#gB2n~Lߏ;1@'0Ƴe;D.{:80'>Uʥ7mUsêPvyۚҤ<8L/e`]Ee܄CZeh$m\TEUrR[xud@vMv_2ՕOMӶt}7)C	3zҺɥK3¿-2:}Hɼͣ(ʿ}ܽO)XZh(R 8ZxVz,<ApAgHDl_VLQΣ&Jަ,ԅW΢z;я3\,=7e< %xḑVA=`wS>9V}x0m

Xpy2|[Ey@SΔO)؊bJBKAh]sEƣ]e^\>4.ujVŹΗɢUٛ$ Рմ'&)FI b!(˚{M.dCV`7Zڴ$НD?u*ɲ8a1Ӳ=#Zltμ=y3Q8g`*(WxO*ɰ&ZʖWkRl~\1Z]Gs<mWMX̛tSW,& _dH%&ҷ:5&'s؂N͸	5(x
O\ILjSo^2ƛG4ݕ]~*kBm+=q8F
@ڲ@l!/F=Hς.t́O",WcFq#̤y
}H`ηUŚ^J۸4G>Za0CG)U5QgUxRnjvo (Z4$ߌ(8AڿDg+.ǫbM,W#X72t=V;wLRdݖ_$F]N;]Fe2WNtQKʋwAaX~nN4:~vޣ<%PA>1՘Tڪ".
m$AgcUfV][}Z_,ml!?GCD9%s3wYhav6*]aF>A4K|:5WH:¢
m+QѾ)6Ǿ$6A-K$"?Þ׵|Oj8on˷b`
!CST4Vl>zS3&NR2JdmqȽǍ=m>ښKqfzQl]4ԾOHؽCl	x߃M'Gz7wR|цmƬDqڋĵn؄oBou?ʓ'YTզˁ1eѻ1yXe*;7WSb:Y9SqVS?Q$-rF
Sr8ь2ʯk@OemYPߗ	FK:)RYq*
=>Vy(A7PsnrqCnD.U."6B%++G]р]*rmIG`tR3o$pWVvCI	yCL8]A"k#pr޲=w[aԢ-?4"Æm:|`7>Ѽ_nR&; y{ӎ6jYrKIѯ]JT8^i4I\1#UA\s8(uNݩ+4ҽ`BW1Ey&W'ʙ?ÐV6Oŵ|LȈtçFͣM\G
<BȒ=^f`rAm&X*y*re ^Ȣ͜d-W`n>E^\h^YJi"MƱ̆.ő6i\dqyVH/@n8VdئL5ns&Ҧ'#BwǛeƋQ0ސE{2=ۏ6n^qCP&>?eea,2e)0s>Ы?K?~teZz2c5\ho\ؼni'
uAU46SAϽ*dڧ5%Kٸ&F+9_Mƴ|{*w[	/)B"3Fġ!Zq³osXF<ǹ,;?7Zq1N18$kK3X=دnw|=v|xIˁ.qЃo}ٵjg3wRBL2pjX(D3Me795ST9يy\x"9Wn̑YL؟ݶZ63ɫlJٻ~:G@g ;yNM*ӹl76LDc'ثwS҉r ϷJ,+ cUޙCch
DvP ɡE8WD
 \\bG=Jao)/B>oP]Ciu{ϗͿ~;CG(G9ױIs#&!+LF!`,3M5"RG\ZNU*da֡Ěx'>ˢt~z=gBE5%;Ňr"xUcʯv̶,<*״a=Ls@{wT7^tk0
e?_W\46fM;d)GkA]̂4Tdw81F֩p͗L3$ٞټSqVuR|\=* bJKMɀNq,Z0]PtMy-dX`/P0sOIچw1{пYBѮ*^vK,f</7ǫƤ9G6;,a6yم'=A:O9n#Q.[J],
	dZ 4p@#GEa'ian]J[fl4Zt«(IֲЀ5VaS#N@l֡3Hy%c4O+'{ȸй]u&rԌ{xg®f DT*+bjSΰY.ηkoZS'=3{Qr?kXVj:kv8g/}ULTMaL)55[{>ʏۼɶD *gKΐm\d{K(S2LOQnW7T)԰A"~aG6pĭŠݼeKw]L}HF̨f؁'Ilԇ0"1~a#M+Ȇ=a|uL>ыrvV0VNI+:IZ[pf#yaQ٦6UEDN>G1|4Jզˬ=1kondʆd6P
i'8kW%fzEu NJ@93/ lԳM]t6Ǔ|xسHTovXMh,QqڭC$SN­߈m]@kFR|CիanFNѬ:hs;W('EݽX_Z^v@zX&xHuK[xXLl!N*ͷI4c$JsRsTԈc<K̩յϮy
z9mE1Ā~6}r6u:vCpmCguc'O5R55btנyA}N7qXXBUc21#XgJc=iRny1c$#x.xk(mbhZe 60-ѱ"jdvFf0ro[?Df0њݐq%u}K.ځ)unc̜'rl1bEښ@vj[<
рhK|fP/b8O_y?=	0~ <4,u,RGtEyuؒw*6MM/EgJqNlc&Zd{~yYC|JRI>Tx@)=ڨZk"~zlZ|%@Y7˕YқWb7\5R0ݩ+ǕS#`Aֽԣr^g=.vfd[/-rζ"C#hPSV*B3N,II^	p̹^4[JڀR
5OStQ{F_<+S+&-<k3ϩ*Fѻz%w]֯UƤ˺4DTN27%Vu^46>VV?ȅas)^GEi%p7+s&uu6'56Q
.Bu?QhY5 !<wt߶\pN^Έ;&MhIކhJH|Pz
zQbUjY=7tޤ߉sؼEIڲs+rB(ƷAu *dn̲cTUd%17JaI''-0#v݀cgb_aIF:lA3>W2ý
od>**b[uu_wǴIaKJ7įu!jK_oC<M]7$uIIв$$W[\~2ګ0J/"U
IG`,k8Jn]N'ا
ГT#[-b#>Ф# *mɺgF@aT\ݒ:ƭx\GJceT
 l:*,}sd DЬ Zca4ÜbʶBTyFC*)Ixj\qMhפޖu)%Kz3s|=<\k3H\D28)wK~jGmQ8HhS1~AiQ7LW>zŇʺ/6&ͯ݃1FSM%
O,''oK?/(ѝVϊeP^YD|!E&z=E^eL,$ہ%h!O(2Ί؜LخgH:͋(&ECJɉ!)w&8,ߘԃwS.O~	xȡJM]cu\_TST8ΦZTA^2tL̠vPy<kӅɾthʚF{"u	^?˭Bĕ?zܨYHs׆bН;:{4tXXBuwEwWϊAȚE#FC5!vԇ3ݬipIЯ@}ן±g%")"˘OLYFU͑C)>EB
1&XxCF:Ūg&x
IYsI-:(F;J0?37H J`%ȂdIzÔPCvŢj$EʽwI~Ysg]ee׼CfɳKבHNP\݉3HKl[~a}S%m0`AOۚJT,?g{FA{ωr2]yp>rYo͡{i]srQˊgYCb/Du:LKݷH*`uǚ'Z `SsDz:CoD0>Z/Ov6Ĳө
FoTI$;AbHYpEFsq|-ZMqߡZ AАA;qX\y5=D/qt~Ӈ%ös!;/!2żDA@Z	8.ɂ8nRWS!OԳKIǥ.c*$jmЌh[f	F;Pݵ[;x,s)[ȯ٤q+vmA[pd`Pfڋ5ߕlE1@G!6?F5"GVo`awݱkӦ@[\fOBO*߬лcbS@Ũkeaa!eΈRQ#Ax}
;@trd"ǩ1~ˍ	"r#xf5A84<bَz49<B;\#xP~ڼ!Sޤ܎X1OdDuփv8u!m{)J$.sԴ&j5l)>,UˆS`tx6t6giAhSHi< wq^S[::lZPU|(Y6jI2==~<2}tCy\yI1Ғ~sF-ԷX*ٌ*u$q]YyKxw|ԣrg	)}!R
.RP;=G~dYO1P6DVУH?9BuL9ĳ?*.=Ūi-GxB:ϊ(&B+zO6,n 
PbCaªCI[ܭ|sИ@]¶hI²?b= ĆU\Ҙ<uǓ7ryv%}m\gL'Y0vrC:7&ISz#*}˥P%lϬ@	ĶŶŏ͒\!î[	-6ǃsn2(Dw%3@f)&U$"C#W\\e$1Y fUpDwх@'
g-+|=.3I:}HEj:u7u>z]1&~~W`3J`ze+?ZK+ħFYJ
м`k϶Χir{+zA.
Öi.@_úxۤ|U86Y4\)VҮ?p+Q^Kx %KG5H߀rAT.GٰX0)%jӳ!0AD`B0MŔ#j
9"ó#W̾=yh}cG uEym2SYNaȸ68۱ƈj#|ٰ;DZ6|0MF;\Y;QH}Qb̦ֳѦ{ wӟpЈ WȐ~ݏ{͊I	kwMm>8FڴNxQXq+mʨ%CN"E+-vn'^-s[
RG-+m6j"JM@01.41b;dn+pLֵ]ڎX˦9޵~!wM!FLp:z.J݀1EaxގBl!۟w1,`,:vj{Ft$#@X	"+l̏$;f$w0߫/h]<i1ߐ>߹F(՞[#*/5>{̀,
DwFp`OF+ommň<@G&KM7veR5FzjKWcxñSJye"i_2ROiWȻ*$^hSuVn o/њ,}jH̷Q3ě?`y%`U8WmsXŭ:C|Aۭ8+xngȤr-41K4twה;+hx	ĽKJ#BȔ6_8Z=dF-_brmՙsž0[ôY[8'ݤ[3`dtϩ1AeBz4.ϘܛF݃P1$ljb<TC2.#C^\<>~ʵi3AMcy_woS֟O
	.Q?r2=	}ͨ(q/2ۺE5D5`B]Z\i%0~ǡb2/-F
'ۄ/ӈLۗWܹ]fTA.{TU1Ս}9h'wlǲda+ȇ=.'0ƲqRSU^?PiQ?ՈݎqGW$OXQ>˿F)ѢHӫN!xv#<A;]Ie57
0|><PƦt2+N-ntvs\hf7#"W̦CҲxy\SZuW-Q -l?Oqĺ5רED<ZF>fKC7&"Oe`nt{cI|ڗux:{_r;ש̉=	5&Ѫq#A-5'5</]T0Jx#F)`ɠϳ/uŎ~g_SݦԳ<d=ř(}nȣ=)~	~9G]KXuJ`GظM#@w4-+9HpK<RMG&hzxĊ֦n(	u`(jnBiP==>&Ҷv×^KuI{{<ę3x-e{41z7,RR'YZuhhPa. }aT0mQUm;$0)z*['iOCRH_wY@jCң~ĩF-IK:И!fSz">5O*\.Cy߻I1xY
$U s8Eƾ5̻%L`PBIH>xs`{5O $NGArcqtI=@'m'ǰ7=yKO)Ճ._i?bFq6UoKm4?X;l>jщ"پΌ!n6`Q;`ծQ5^?/a9gwj_}I'awXCrF"TͲrԤHe>u}/@yĖNX2rIҾͿmN:Xĝk}Tdjcԛ`3a?@1,!>r)_c<Lm/-ĘHb} D^}m?PG^?!R_,k?ݿѓJn46`۠$ A\2jqjYEْB6؊e ʔWw(}{(<ųgy%$j"#N.K40$Aų$"[cn71q*<X5_O3:'p6Rj*}A~3{[́P;ȂoC|@0dkѰJ=&ѵ9Uto>nMݭa~̜z
<%(YgU+ӐٌoXޜճeGt{~kDʍT?&3FWytyV՘&ܶyrxF3-YM@B%ZJJ9({FRٹGsd*ʔȫUX:J7p,, E9&h(7uvևŤl 'Fy-pz,y\le˕8m4.,9-\#ݧW݄ J[Q>r"f	Rf~sq[r1oν$fTY3~'dyߗrG>2_ԫ߉$#T)#y?dzf/$6FzV}TՖUVJ}gfޱg<~LfsʃFұycM{&.\3dءH+/;ؐMhS^kȡSұǶc&=	w'X'%)rx41.TL-͘30|߷MO$)2ձ-%SXGiDqa"ʄH`xFwǃ+"zg0qJ|Is׽_c[3yJPu('jAOW:%kX\6Yf
6P˱˨p24dvOy4*%Z'I9#Q²;2pws}~{+T6W,RЌƬB(֬l80ǰG{Ega0ףL
ׇ{Y@6ԔZS1s3\qcR[n$-+^ϲRŚ5+ǥdPIKhiEj@c֌2oԃ('.*WB0÷zDHBTMUǞ!+EIvb|4TYdbH
Cc^h"Tj"ulĉK`De޴!
m2 {s/X۹b379~DqFX͓5@0T$`Ȼ̠̇3SےΟRlÝՆ|Xۧ?'tKuhKeHO6ՅKR~^٣fȸZd~ ׉phԒ*JƥBUSTy?)Q5=Co~ҹ؄9qP1dñ W`Q&zێ܉0@<A߬:Fkn:0dA7v%;ܡHtvhw{5'11@wԨ'3Nkm,F%m%.ymdN)MX42ԉ5R%O!LSwL	fgyEĄ/>T>lHƤޙi'T'1	WI pt~3C'9\SmzL%aksǤm	\GA[p4]i$EV	)Y{2Sj9hτ׌~'ˢž@N}71l1R_H,&dM*NWC:rdT!~Q3~]˵C+J^P0	d53f	dQY)êkQGvɮ#,}ƴ62?[ћ5|#EE	oq;_(!OpVHĄq^o'G*K0;̷J<5֞կlKc		Q{͓]c0|.sι(M;ŚCXܭ_ҖtcXUќx]HCA>c'(	f׃?0@y(VlUk\tnsLĲuLȃ2rѱoݢ)Jr1/ڮ!GšڜUˬ$j}/vYKK]fQ/V$!7ߕ0igoQޗ@aӅȊ̧D0CRl>|)YV-{*P:R9S&|ƚr,:lES -2b9AhRL)
mָOGv:@ZWMޞ_%ZTD;fgt	oz	d(V`"KHt68,fvCa&;8N+ke)wP>:e޿J!Et!
Pͽ>ٖ>ۂZ.mZ/C]Ϯֈ1/n7ɖdZ(mMN?ƒs>]0Z@_rym}2^`}߄؊Zus\6(iAPb6L۹gۜ/pH,B϶gCl$}@"/z$9Zxoc^WFd][xt[qb!ETu߆{EsۍfzM(Ӓg#\ F]UR$r0܃gǘׄRqe&>pTAj" d?+%eOBГJ%žAc|Qg~W%kGp&O[fü3SFruƪnxUhf`+a"uS-Lֲ
`uMC`jfn?_Mڕ1RoJ,ԫH?LrcɘU>([EhtPY%<$'Ra-,Z jL8хj${ońOY
פ(VܘVFo3Î{eޤͅaz ,){'n'*eP@74	h0pD6B(0Z%t>a١"o#i_0ZR/rOHZ
d>|nUl 'Ƒ͌
ATJpɥB-:Q	Ii6$K>c$8ihiLz	u4܁?vd#R9=MYG2Su&@ Cfȥ	s҄g2q9utś$&`tm6n>v3{Ą+˗i5KܐmqL;SDG%Im1ocE'-^(D$5̡-Nww;=+,)M)J"cIL4w$JӧM1AɳjL7\+2g&A!gMdLh%;{!o{.p(ia3[qwL=)d؂aÛ
}&5:,ӴWv.&|eNU['v.Ј9AO'kwTIĺE;Yԯϲؔ*ΫLe.GgD4G<}j~XƐ.`Fɜ.zb&	]ix6US1IEqľ'`hp65<Sqָora0>#lL.1MO'c.4i<Cq+wLFG4-C#x.P&0Ýq@tޚ"Lw`ǋƇΑ{8ab2 $C
 ބn='O"'d-сŝjĀ_6AP$PW+0ڟح\\ksB!̵=§MBơU>~<.vO@1,W$3XHE]o$rk+{<S-+WOpqhI3sļAهN@0wٴE_4 !`	EؐuzEđu<RL??"HMO1kA/["ʴޭ8y]3|q߿\N=/."oDMKr+/NN˧$8K@	v>nLX`5W[paH`ܨIiD4S>D>KmXhVpDaɟx?&aچ\B#g\R3?Z rӢY	S б;>)&U?ۛïsRW?aSty VM'J*>ۛ؎Wx^`IrXe$ww4]ڸWy^(u`Е3*O~&68p=Ơ
aƪ[/̌	ޏc~3t7#1mAAޱ]ϭh:lBJ:a81$_4iƖсv<ҁӞ+љ
71dl۾ͩh>|]Q-eTf^<-h{~+\'ɔ7P-"C4,h|Ӄ&N0wH/eWbU+Lt԰;:׬%o}D\H_z^xr.U2[Q3-3˓%<ύǩv߾
a47}fb3
źi	N
-5thlJ	[%p?}BksdrfF).0>7zذWUR3[_tœ.ǧӫlYlST
ɲĦ!U[Zpgavt:nmN0n)>PX0ϢM*Qo{/Hg@>X'|nOT(eLvMBqFZh^-_%ްZSvy);e"
\n-kBs¾9KL'I+Sb+#d,Ki?kb+SphJnRcdfeZЖ*CZ_Z׹I 3Y%iVڷ$}kJG͑ܧNԎg%<qsAqyl?ב
5'ļ|qέh+L	% o@İwq,׹N+U}XD nn?5)Fث+z0r&3_`fyj|<x$-rI[ԂlSƉ%ݻe:o`ZUfgwoaPyj،o/XnW֎DX3l63fg*uL:Mbo@G%ڊFmA_<NѨ^/2N3ݮ"=׸^0&=תK2g>׎ՂBAo7hUR^7<x8ȅ8`	jZ)ocZʽC@kW
>k$"~ĹohQ8O!m׌mެ.d<bJwN/E+Xf@K_.\XыL?F3Q(©z(cc*#ZaƠSѱ2/,2rϹisF0tWvt[<@β1vp(*=}MpܨԨ6c^#7mN`YLz6(es_Jy؈f9Z/W;3~ǀMHCwEvZ?E\hWVI@y)6wchYol8h7p|f%mhXyMȂX<Hdخ#}zVIqeK~2^}|tR*fA5W97N\{ڬ~Ry>X#d|#.pOȤxu ĻtFG&bٴ@·WfFȫlEQāOfZ&!Yٱ{u]Oyjޏhs4ùGVndߥ8557ZŔHY4ƳDj[%ǂq$[=f+ieCI&+1dB# ؚQX;űJwʲ[G;r#mˇ݉Way1KmMKFP-;T/ۜVVn3͗1ѵoNZl=-Di]GkG ev~@<]e*}ԞeSwP5c+A@-<0hkԅ˯_Ǽ#':D0I@;<<«؟RJr̝kD~m@93pX{S\^Wަr1,ѐ%Z(ck3TҲ)Mx<|i~u*ʉ}݃ Rpe$7"߫iу܏4%&cˠnxt/MD˂O-i<חg^j8 a15(MZh7,ӴiGmr?gC^˽bPc+MnXu8ۍʖb_daW9TdۇâsҢcjjh*R(Z!Fӓ&?TsuaC!bJebNџϋUC~?W#tXxnٌRܒooR0σfܲm@ȩv͹/۬V%=,܆{V?ePpHvH\7k`9]}p[	$in7X;T^
-Z*Mp7L~gIPQK/t/Feхљ>
~Vp2=1,R'"]^yEKFEՙ]U8dnޱm(VM4!uɄȡgůy˓9|:b<ٲI( L<Z.*Kwڄ6J>;lz[8E,ZϴS~(vg,!VO{ϢySZR>ZGLLy6[a7ǉRahԐ%Sn>^כ)Lcaŕ@xqK]+KuJV7M0-ҢÒ2S:7iۣbiW}LGݜ֍PuG)6Zbm9E=$8)>~̱^f8߻9ƤWg"^%2eeJ(<ѤD1X2ڇ.=@y<vM>++.ƨ3DY|oRCl nϥvJLOU"X}wVtLпt)hZN4Q)0XwM]~8lvQgcۚ2G_Ikk޺nS9ؤjeFHƙ>Рaoe5O;Vax>ɔ֦UNl>B25ӷ <KD+%r)˭#B%.u|ֽوn?rlПJIqYX$U+rT$ʡvPRN~p!&k+kL{V޲Ů_'>D0	D"ǭ9(EAiEW*vǰy?%GF3<ȡH:9e[MYR!$	s]UP1y8ԞݡG݇{
hQA[7{cMp	wP;8(|_ֺ2ݵx!CaEo{_Ϲ̬	,DռL4?&.:PRgވxwfأV;t=/[Vj`̓brd^O{=zsdxy\?2ZC Cgb*b`4CKѭ5ۉ@bMXn2&1|Oܕ[U\ˊd#*{~aIͿR2oËϭbLQ;8	Oۥ)5¬&i~-^*LMΪYSYe!Ԇs&֤RJP',,;*,>\>Bޮ:	4э{O$3Ϡ)A<,Mop{Ǳ||)5G[lVsټ4u*@j&
̋Z3̍ӎ9Ե ?p3p8ƵBH{xuF-EJҊv9I)L#}9Bў%IXyǉO ޶'K?K	/JUM#|^G1hU|ڲ̚fQTXάBk/ubPܘNYCy9{{f>95m)Pݧd޺MTwJ|vwކOãP*"ҙL56İPr0܈yURxH[|ƢHWͽuaRvBחDϰ^PD2=f&mؙOjn]2}4zOHThqW0iZذĠ1%JۀEFW"ݎq,rYzoV׀|yd[h%<1wF/#,An'R;"w<\"y{f9/Vpb&qvx-e({Iy	$͕Ho3a\OhvzwֻHM{űӺNN)Ap&B-q6X	^GaxƆ7;"Y¸[k>	5xu7/,a?zWs:E6-ʧdzMӕ
2̛ϰ2MLցaM_Lwr9D_՜8,6?m.)pfGi7
[lDy'
A"wfYE13pcUz{vATYpٌaι-=!|͔u]TУS-X\<ZNR&7˞ I {.wĽ
\Kn4AbύWZz/߫}<,7Y*q%,~ǑS4T,R(ȁq	Y
ơ?&IF&YRf՗3_ Dk(a]']yٖ75;т-;iǪ݅ғz̥.wǚ"ROua[?|՞g;xdХ(V)tTDD3EX N":o,NN$ڠ3qLP8-{XRrjg`N=ơ1}ڍ`Aҏ<.PUzJ>̽PĘ(wQoPƃpb?jb@N8Εxb2>9ӀL	>WmHIуrZ$Л%0QE#̋	01j:j%[}A`B)G:8_Y_DNSBQ9C̭?
*ƜO|]зG߈hH
ϼWCZzWC<-Wǂz9=ۊsɱiJrh+9VaÒ?\<z>I9Z,d>={&p;ZFU[m<!ҞбɡK+Ҫ&Q-=3gX~bnX`jjr+gY;Aj{
+WգnM\xWZ4o~+TZ^MM[0]+eCҧXVYX-X<JP\7f7TR0CШr(k׆N}S*ڋ5͌z"dΘo .Чw(Uc4[M^Zez˿{A_;Mp
*GaUZoCzg9T:$ـxؿR_XYLkVf,Дݾ!rė@ޯqT4G~+\ojU?vçߥяu̺h"X{THim8^qݵҟ˺]Piõ%/sϫȪ`CMXVɭ[rVh͖͟}{6]H>zVOrۊ&ݗ0NVQ?+1_U
`45@q,yZ0hFԓAJGʓe7Lˡ׃a%zjXW^sڻT4@%>IԺEImPLׅquTXy]^wO6qFYߝs7/t/cpPhk1JN6BCԥ{;7gm_pVQ\-L%X?VFk:ߥ@.CgG@@ M=ŵ7]V)yo,J[Í}ݼw~_aoL=A!h[]N7^.sHD^uؽne.{K,)u؎ʏL,Wm(B7ػEt{6iƦ|OIqݫr_8XafR>"<C5~xm9
DͼVm<TQD	Rߴ]/=k,eߖINp[J!U8|^gޡ6q@5]6#8'F%x2o9Erԛtع.7reMu;5NYw¨*gj:m^8j
(/=a~'|ބ}ٓJ8ޔ\ $ۥރG{Ղ>jWF;oǟ}!uƨUz,"%g(eA~QpI0d.҉;]$mI^yЇ30ƣ3ڨB7/ɚ> D*?]-1dvnV=ĀCb%jjfcĺΟra8n0+|=fvlt=ex6iг(Pi@)J.%-*٢fߠ?n\+eQ+iڞÐ'54ՔaW^ʷ{\aدv# 1ʉ;)|ُ[
ZGÜ۸'(WBryJiIAagP֟)rڹ_b( UU] %{8ht(<=:"ojӋ#b|;vs{e+q!5M~Lݝܝפ^v!?(;uޱj9ߩUI5Ď%jx^փt;svtT*eA/.D!.;Faj̤D˚dY*	>I0,jKcn5NS	g;;JjZ.7sy^ۖ؆!ͭ$OX"=\{~fѲe.הʝbmk$ݖ+2nS٬z-']OѲRFC|Rij~߆Fu=avBs.x?ɽV,R'@7˔lmo"F4G>΀UX@	@8)lQ+ֳm?Խ*VĒ!
04@>s׳C7&.j'(ض)Ҿ/є'b[	Scͽd08`A|EbQyNg*I~?uK&%,w!{jͥì+V^PIs
Y<hjF7f!yb,/d̸7ca%)A!(Ɗ3.""Aٔ@C&b3Zt<y.UW;Y-7(IҮ)" R/)-rq5FI#.t~xe:6F?"kip?)Y:h(@dbrfAWV3ܗe=Gʥ<hahÔ3~G[pC58|ЯcZXI],7ȍsnΆIh=̲D"č33V&;͘ K af!T_Xrӓ$֖Ǝ!8XrC`xipnN]SFvī?F/GW¦mQgh%;5Ժ'vENφ+#/mٷ;ʩ XBYڥ9FS?](ŜHc	;HQlD*B-o&)X{LMC2:z-q`aKe
|M"b2~_;sp{gi?S)4Gz(8dˢ]J=Igm-a[$l.85
+yǴ5E`_W?1:3ad982ǥۺ-<!uvV"#'yj>;sk<ԈEɌp}E*n>#oO6_m@ɣb8&MÌͷyϴEؐP98Cg[0ÇVaS{^a_>gI{Ͽ8շewAm?h6G8hՠphc]4en%RgxgY;8Lh,2GQ2Qzֶv܅ʴGm8HɑM=Ms$,xTa&K&m;Gpٝ3M.h,9Be}?ڜNuV'i%MȞ< B̐Ϳ6H5-;@&wag͟]ŷEifV^EܔCIM҉K\X~G*_^oӧ+p6ؠ@n2]Qڍr_mL.U'VROdMUq?IهC4Ϟbfi=U!=oqP
 6n{G(mPP߳οk#	0FoaOr(->:5(BvL7lܾBUE
Cˮ.N:gl6OYJ̎Txy2s͂f<X,w]ֽef"x5BÐٌYF'ĴGd1}$KZ~YdIЌ$!h{ʥ-^@ɓHR؁Bi&.Uq
pS*xΪrc
F]}V5D3=T/]gFW[½Ēםvne̘OȧϬ:7IŮD74ذRKf2y=3c$s,UpcʵxkIkўp~Bǌg^ܿ\TթCY߸ԏ\n_P/]kw^,1Xk*kr8Ք<PlţPʚGJdM^tV]J0c1(&A8z|bc'ck<CԢw*"Y1ʦ`Ǚzc8ӿ
RAdق6lOuJ76)_|)8XǎgkɵF@!r-}eT;c|L<~^kNayPj2N/`1#X]V مs!ck8;HFI͈;W&{,eG'J>)ddeԺ1L'խ'@[u'Ej"L
u0rۚ(:a {LEw5W+kEo1tɤLELۮS3gpsD1lGlCbK`Uy> Udlrׁ68QciL\ quոaEV̛+`8'W-<)}?LtK=+22j-~`y	ZR[Kͬ`kłI/OҮV+4Լq{c@܌#&>:(V]ʗMYˊ!Ar1yʉ&έBѰv|&G~[#Iʷ$H%?qH%U`B>׸HBgڥzp7_a,d<FNmn1Eׯe͊4&{BK^8XD}$$uwQѱDYl&fxEQ{+N*tú3L®%oސчfb,Fu*CU;[m,Ȟ45g(Ni	GCOx*u(ߢN7Hh	dB^*.8.Ȯ"<+L@:V.q{O+h=|$M@^qDâʸrk.HC.p3'ť#Pr;}{%ȸhNB\#۞1ϟ;|^ĸ { aS`Ѱgox|#ձ!)3mSBwưݣ/?dw`)tт}Ec^j$%)߬-Ix]1 `Pb6^tG0VS_06ɑ[:hNbR΂*
zl42u!RG?,/Xab:f02Э4ܟO˨lJ;dDާfu[|CE`NrOEbH"aLzJ8)M#
\fFJBZm۩o	~M	jg]Iȿo>Q+ķp@(DߥDF0͏H575ǹ>b;ۡbݙ͠rF+y7^hzQ(1ib[Oo9r> }KZ͍@cU|Ydn/ʦ&69$>ƉEGZ/ŊccEba3KPQSCЩ1w4I8*?eAH)~#>ژՙՊCRPv5ŏQ*j7l.1e\:ͲxlDXӡTIH}SDRp9/)~b؛&f:GDl&/Ś[УҼK	gЃwh˺Z?Ei[mBƑ!݋g[7!553D_É([M/YNXȸXF=DO"~mͽ{9?7b,q޶RX֥FZd^e:MbX<LTCS"Pw}fH>˥(8]aY&5t^k#ڥC.4ǮK}ô3I9*9٘5h}s<+TƟlͥH$7<*-bmlфQ<ourpo=KZLpE1>E]fj*B]e|SÔ5iILCʻXi: w"ƇEɭ?/#c])df@ays`>nƁJ_0}ogfY|'aV:+
)TR7ɗ|7(x_2sCʶ#XPҫ=
ԹʂY9h.9ߌ[9/*b%VΧ[}̄Y@eD@OI`׊eИԫΆ^ϑ9x^}
p2a٨=)n׮ʎCź	UgM<4#qHn0Ҫ2	h>r*u`mb~EFF݊
\|_5CtNqڡ.E\g\Q2(9IE(|#lSԘgNj֨l d*8&+Ǚbƹntܳwwb*nlHV]k*#͙ܳ#n?ϊ{MYQ5jq?0nayQ043%jdݰR	BKH`ZGPuݔnXI:ve0J?dVȻްN(70o`PIֿ!QܷvnZ3qIE3ԕaUqCd<Z2:
.QVGA~P&Se$Xw'N#Z<7 ZӬݬ'*(''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(17909)))
