import brotli
n=a=0;b=1
for c in r''':8U-^NWT>)yvQԻ},1R8$w~r/|Ka&hJew(Ni8Nõ tRc"~:΅<Jr~n,Oʮ{r3YY҇V@A !:39>ttäHy4fEKae<ARfHվ)э)<Ǩ"u^0r;=?NL1ԖVm-4ۦJy.HDN	M2_a0AXKʨV9rDPY^uMbvC~&,~Tuh/GO;AKƹvPR'!{Ֆ7ӝϫZK?`/7aB/C	uQ4Be`<3]Ra{8n4S+#!gcQաHbD=@'Ո{cՄ]ICʹ3NG,W$8&$Y~tG~˧nTFm"݀f#ۨ;~ny*P5K%T{#v!X͆v@?G<LǇOF0SY$hr/&@'r-EPҙТwM )UpUN8*̰! T֎؎PؕmJ6V)ՈWqѤqmO=|]3I'֮yp͜qq(O<6IUÈdm++ڐ@pG5>p<8!<\Б?ХְP'rľlz6X9S	v,Y/p.ֻG#بbG{8^]vdTV ]͆fM8׷hBR=Z'؝iѥ(nGyY_7+W+mԥ0E4ϺwA'@JQdneMKJ=τ^pߜ2_+2a@=?ún~Q=ę{(LR	~^OM`dl!Ɖ`0k+})juI[_R}4e8_Ϻ=:R]ogDa:GO<S
֕@T.ڢzH&ÅOdӔkT|q^rZ0ݢ"U 7Ԇ_a)z
l=^DM@Ѯ}vsіn4__ӧR:׆L([DKZi0J
5Y[+I
VƮ|^X'҂`VoT=3|UPb-fP	jrMɓZ.WA?"|ed( [P\a`[C-?46M\T@ıY\Cl<A@
_{& q9eG/ڀUZ"<l6Qyq2O-)*n՚^d>	xpf97yϳx3`%0cdnMZbݠva<mtI+zb8/|?ˍIKZ8q;[ƺʮW1:&c5٩`n)֛ն&oj0U$ҟƾ}S\Ψ9pۀtRW%D]}ֱ5M'ϙDϻ3Q-'8^z\޷w߫9֥߮qN»1ŵ_Unn]\r@"HԘ}NY[ՔVڶT#Gڃcʁ:Oo"Ź4g$c׾&1[eWVL%*`#Aeܘ}\`>S߄Դ1ZbV|Y{$o\ݣwגw=уIębU^riEކFo*EMGy"]\MK?Z?Ȫ!߆7͏Y.2aFg9܊SH hĶLs;	j)Um`6hS(3=?c\d:d/Ś<U&?|JûK%isnܛ2cIZ]ג{߅s`TFzP^ذ<7m(7^SIEPp'&шN:|u,Rm?>Yc޸{/6h7ar]qڡWצ}èUMJXNIUZ=HۦՌCJ>8sJ&U`8ؿ&/uc;	;dՐ(cq$",IohLIe'һgف&'׍Ow6YobP;MÛ£֘!& Vx4'׃T}C0:fbPB*dܽ$|.pa~mQ%cʌ=]38^֑yۀ	wyPC91!yN<%}
Y?r^p6:x`dPQlbP0ֆEق;(v
!ЖGn,Wu1ٿPx4e,WzqP00ˤNK9)V/ّTRІ,9\VMĳMxв.xVܖ8Ys4ƌĭtoyACgnzMsL;}eˉyv$Pnjy(7}sm"ڐr\#m OQ#Gm|[mVּvk[:oGB0NP4$]\~.}F?ݞɽ>-%o&-ӈ3(z5mNY0%2{u_Rr6~CTOѥd}nt".9Z
gawqin}כ7}EkFb3X!e4#$QaH=ֵ,?zF>kO?ߧ
0>46N2ЪZ[ϳV}(?+-$Hl1>V%BNTP{FAw_C0,ʝ1`v6B"ԁ2,:eCK_5	?ȑUg7ϧ `lRCF{+ё?\/cK`a3Xf3r*
խ4D&nS0tS0S=<w9ΤXێ
:9)m9D޳gڳj[+̺C</˝C@ݺnTө#֘
uQeƮ4ɟS ]̮9-h Sgq,=vNn>%1Yr.=Y1۔5
3yy/S9E,[͉#S;ќlب+s"tepR t'oؽy.fX%ԯGWb*1Zh]~b9˱kWEO,
t+%eļunM]ǔ[`&S׮7{w7=?ty0ͻ!yMhU7>ACjד(p>iT{ǴS~lGu;;3ц`v[k];QʃeVcYbo0G-`}2;Yʃ@,P/6gp)~zt~͑	ʝ!QacSX1վ
#[F[	.'io.CxXH={tӄ=ڑ>j>bʏ jEĢ}j."Oo2sePODHuޫw.:28ý48ڷ~( Çiěq}˔7^Aķ^;v_ Ԥm9϶ѦXs~eAuݶ1ݘ[DMALp'P b!T->Y:.iDYԪ<-!II;]sIyMw@8?%SLl- k+Lr{ɕ]3~z;?A*9`4~t+y0.e82<ݽoFlS108]#Vsؘiss	P}VmwL&<+ݩв1ԏ:	u.~ܓ
2eO1ޢû}pFe҈qj%:Wj_h#;+n+ϡc߲f~J-P'mי(zj2ÞˇL1kҷ D#z^ueƅ%1_hOsp}c{Z@Sl}=ه³͡?c]ĳTRa[.k['vZUfX'>Il$R)UZ;(bw<2M<J޲UL<@PͲM8XƂޓ/y,|n+G
:gWtʋgƬQC.Pj+x3gҳw>S$$		FDJÑwlƤ߭@ra8+=IG'=/mcrw
L_JM;D5ٳcsGE^7ɏt$_.SYd9x%!=Bp\]X8ɾYOB06̸P%?"jZgS]^4ܦΨg>kL=pQ-i,Юf<LLOW,q_*/[7l,T[{dQ|ՁiH	s{86q؝Xu}iE\fD(pe.09XEJhKHߟihO9jPSa*>?pޭ_a{UPل̙tWBBGôg/~ݡ=0}ޗ[eHc` uSصdhPqو!VhCelPGMVS+jkӒVݜrj4M#PW 75ã<0]ۭ*̱@0ŖeIPmD,h;osT\,#~´΢KD2<2FP0hUL$|~e-)
}Um~=kskF
qkW̡5+=gHT?q3O!`}ҬJX}e-DkÀ̘[sbTIKZ=J{YP( ;O)9jH<jrS]˹ʴAdʌpo MZlxż=#wJG
WUWl4d[mg;7߷ȓoX>֭$N7ծEvDl	4^"3]8Iз&Uţy0	tPYQ_kPF:4Ҙ#FzH/hpqR5x1`>Ýr݋ۚ
aZwFđյ^t>w$Dw&N<̵ʱ7Z01vՔd1_L<> OYvE',:=ڒbnm
V(-GmŁhAkl@ʪpګjʱYjOء'kǕ<T~[iT/5-SC_?<`Ƃ^å8Fs2boRHFnҶbC3z)[ؿxhq*cY^tjVjvbZ07	>?' WW(YJ_f0Ɵ
&H+/'Mk'U_YԖ+X(,iĦh9ƱRG5Xʇ'h̄A{˘df*RE'[¾3<r3jghpPΣCXLJk[EDj&2#_JfƘp/:oOֹBl1ǴCMҖIz+x5%uɆOBn
=ymԻȄ?u?4tHU,lCka@N^mB,I7hN<Ν3uTtL4ҁ5L|U*G:l*Oq`$`6c4qmudqYBȕtnCIB>y(6@ȸzxVk}p݀a}v؄h8[Π%-knSܙQ20ѳCJ1xr'Em`r@?C̚\LkGI.ZPȡ=\>tT8ĥ}"9tUm
|զón>w/Fdz\Qz_Ĩ*RPEz̈)841Sgo s}Vp,,֎uQX$4Z%zcIQ.hڜoUKVXeDP'3IƗC/ȹ|{3*1}rXD<сEs-vALUFpgA7EC_3¦Q*`&tbyS}kCT~"G8Tק,6Q=Ջ:SLwI}i84B	-oϫ-62E =[2ZcOz.XmKU4WyH?Q|3wt݃F|tfwLtʋ5Xf_ ޳%Flv\_if8Ҭq"K%PʦCeNjN=$Kн4&Fmqݜ	|G͝8/ɻͬٛK&fm$aDQ@<mC
0)طKI*[;%;!:.,~u5&yv`O@\(jÛEY(0}G!lb݁	ªg/ϷĲ4Əa(:J^.kE2XGDkeH(%=kУjcѴ%!Чsm99N&NATkA՞MS"؁.rCGTU\ק_zعͺȐuaP~e&q	%)HR}|qb>ǹ֌(Y*hg:%Ƚ¬%*00&Ţd#p"EnT5nM}̢úNk<4I YJ3wK$p_Ҟ7ʒf	^xb =f
G0n>%=sf@k8ƃj%\'8κпā!h&קRӍV"3
U5LɪR	v7c30WەnE'Qȧ1^ƒ:ryi.,Ǵp>$BFW_ܻS-e`SQ+ä-0b{JUGTU΢.U?OX!_<RMW'Q`C4d}pKڅOD	y$pOݛUgLm$h˫R)ҿY]LS#apK"af: ɐ@Qjoq"H{+D,qh7
ҾD{	ZGC5FigB,+X	S`u.X̏!|(t^$۱9'ceLλfD%S =Zej?49{QȮKwӨaKWQ<~4i ڀDKL+
27Ƚs8Iws: ifۡ;7ݥ>uN~yaWl˂*C!>,P1_j'|p	%D`&/EmRg#D@VMz+OR&7d}h>	7"ƧKxF@3
D"v_V֧)'T_Y:6&ݑ(;j*	x>Y߻G׶xŀ޼BWwUsW" Շe٤yBۆШng{.|vC֛geͥX~=ߥ~@*VHj<ڝLެӣ[РD֒+Hwb՞(54l:۫۝,j!KZ0{Km=@J':8w83vOLK	N<4k}s#+Ykhh,nkʻEAK8ܐTsTݣs^'%ǮȮv!qAcyfa YڌmՄ
DL\$6KG-=ΖUƺՀz@
HtD}B~}JR\1+RS6AMnPacHz{$@KH[۱8Wٷǌ^Z)D!H[PVժǌMG%!=\^wE+<:_mv`A!0dp3ͬJVC$8\lu)Z|M>^r6j'Kf31͙O9MҮ^řb.دPE<"P̗Ѷڈ']uXyM^iEÇdK~jCiwSG4X3(Ee`/8%mƦ-}ǆaD#uUt3+FۗFmߢ-]9Q̮WӷO=3PG+V6ݛ~Ϟ0de_
r1MR/f'SX3#U$˼8kW u
Zw(Ѫ`w'?A 0iGF4xMڻ)Ί#6iD G;H2ٸkezCgR\gPK{k1ZZƶ(h4.l}WN:j34UNB&uLnAF]LQJx!S"~eϧ,'zƕDf^Ax}-ڧ&6QXE|TV^Ї*vkeZPF9,կ#{оC9b)\@'KyPb*}҆#I 3EDG-G]ؘİXZ[fHv?ZqkDBOٗZB3}>u\N>Nf!ՌD$ԃ(mi[XM$pDqʌa$tQɄ/WRՐeǕ.'T
ͻ'6Yc)L]D\6GݕJJ,8ǰcVkIđc!GC9EFm]@|#pg}mTҾM:Ye܄j_g;ƝWzknZ7\%op[bMZSME99\dޝٕ'#מѱ:.+X+~`O3puNM]U}ԍ(JɚȒpz%|ҁ^+Ǹ*0'	_WQAp)^VyHU[$e0DԎ.ޚbλN2nI0YL;>Y I1ǤaX0h8ǿЫZdSisٳjD_&At$P<v
4Wy2ʻ}x?zdAb-Yt}nc62HڔWXSa$U3wNAZ=_\OHBUhhٺ
?7u5۶\-T>kԝ~`^uiMXb&tb[ȰX0D_lVW-1@ѼK'kt nӶY7̸t[:q&{?n-
^IC=qMtÌ*Dp&(Oʷ#?W͵c$¢gŬ	50Ns,TxVhy(I(2
F"-)%C*B#R^C_#Hܤ07,fTcwUS#9 ~@ϴ\<Q^<Ǩ<T;3p@5qyzǋ)-~1cf6X:`^Bf+P8{ُz!td̡O qcOd,1v{{^T!rđd$GۧlI{^Ǝl?GVն%>WN?'"J4V%;]ǐI3ҏҎ`KI8HQIEZ,4"rw#_a[Ϟ)63UؾғQ̈f+I<T4̢RJ8Fʴ7̬`I"GĥO]@A"8+5V,΂	vuK6bϊp I6`vȵ7Դb[@x~5̓EXOt}zf\EBVlPȚoԎ
[Mµ`ÓZj.uݮbt6Ȱү7V@̐?>6;[4aqVW۞l'9ܸ97dG8΍u#)s+@ͳcj^^ȯhC(D"?cn]ߋuަAȝӵHV3e$'m̬֫jȓMD5HV'
C܌viad<?OjeH{wywٯg2m0=Q{d[|׀VϤ[ۓ7<1ikԢվSٍj]SYJʆ\|E6|nܞ&?,]Ml%RQt}i]p'cƛ[tDcq`w˘ep^V{UѴ3Vư%%^[p͚h-[zdFzEG˒,֟RM7p&JoXU d!*]yHY]#$ҵL.N;~3v(ۺ9Gu$~]OC#p>s 8OTh:i[9ٯ6Ҕ7T{ُ\iYgAɫN]aҬO8K5TpiB|?ߒ'j0]alm&v2+S|	h)6t,m,7z٘]8eU`-07-q/ɿXerHQɅ@9=Ŗ֧g
OF)u~k^V0J5HE	%wb`{Oz8Z|Ax͝^QQ*LKjNx-^[rCT!&IXxܴWf
nN4HʁNW߼J@ͫӤTF #79lBCE"IڊTlҬg˩`U,13InOFv}ج*G[
KSܯd4;	:],](3ޔĥe\$UhhJߣ0~D2%;ؠTѯ,~Y)ҽ"FAkCH0Ѝ{^=tSAbV;ϲCr$W/H
+=5\ٺ]	-rpY G*UZwTFqж0I`jMZcIK_ѭJ@gWˇ)?.p,1_N_WaW#ophE6[7wĴ9AxLc:S
^3qNcJ^ώf|߅ـ-FȠ]ۺ5FynϡsV;Fv&10N}%k=rH2tvDӡjs{y< EM(=k'8@*׌ڦ̀wӫ9G|NԀEO@EɒɼbCųkN4A'm	1;٥}=Fu`QDM>e$Aף/̥%MvMek;pR͏qd^2ÊvѠJ?6q^{<@yd8>opE޹Α?R+58@0f4~F:{ӕQ&Ԙf}\yKm$T%nV1xAٟu<ÄU{j	H`mY̔,npD|ِs/8κ`'%7Ȁ\ٯd~Q#TyQCɊ@-*jnS0.O
[YWxPeѴ3E!ba^`GϜd!pMCehCe%=}ݨsT;1+ajyţGVPT8fRuXA[Bw4ΒT$DYVw^^q9pxߤ~$ĸ	zj<݊g2xD0]:[;Ypqvʒc7OݤH,֛mXؽ|ueGo6 G'XɻF	ü7Z!Ù;~q_*cd*!|x+6}KX2-uB6Gu^L%ӍaبaYwƞkǆuTVZ)fFI̝&;_xɏ5ѫ_ːrKfUe
$_>sN:T8LH${H^[+wx{Oo)}T.Y7G7Z-_hmȡS=.7]5OaˊQnHw (hL~h[zmD4\0OC	Zo,Zo͗azsX+mj8هX֣1ǵ#ϙ[Ji+8<"RXΜM/ƃ<s:ۘY}>ԧxKv7l=V|_۽xX6;ߏ#WezH3>dAUbUѨrAK_<xa@|7_r:݋-Bh|i2&%<Vƈ[l6#]c<FbNw+m3a$saDT7/AU`AvtغG
YZÇKHlVKPmIH7DЬ̲vZ܅2::t=i0"˛MR8Gó`>x,e) -WъG3x4	;kxR-CCRwdhyd?iKo?'1Saώf3;H"?\\E%wV˷_sč@"XgW.thK-nf")"QwٟDj0v?Y9LDGz[C.%OoMB^Ij؊dC|M4ߋ(<-\zW/|2Eߟ]Vߔjjs~es^>!M}3gfKhR,]Ǔ&,5KBYKd&xڑӂ9Ɉ¢BtԖeK܅^E 7
KӥK($Hfsɨ)EvoڟQ*BÛu,& Gr}΋ؓdß~EK1Դ7de@<%i4ѧ&<KjԜ/py5ªOLdPl<ؙ(WNcmk֋avAFѴr1x;%կ]b|?i_COc4v,1wyf{).HxBV`˃ȵ׈s3gZAP,vEn;cvehcppͽ.`!'Fx;Z\{g8..Eڞ̦ZLZ
cͥjs6W-XU[2imyMRТݍ2ԭoNhQ5Fփby{;"Uk$AcD?HK\ʱJ!w:}Ero]BʡV>#kijs9UEFAn{I`"Lj>V@.N#HR2FߟK޻n'%V/)Ù+4xMqu$8߼~2I<{=qmQSck\@Ř+e._ڃO.GUh{ȔDR-{ߺ	XBUĢf[9UbaVLaxѦӬ(k*]Q4,-zDzOxjшNgD4^ɪ?}%ĊW>VJՔ}ɾځW94FylGX'B]a1E,G25߱9"ߏyi>beUd6D_5eс
;O>$7+k{CS*ǩ8q0ؐ?pM	'.uM/
y8	,yv)4}e?ƭkw/˪YLP4Tls&h^NL6#±!zm}'csʇǩ;H^IFQ=bj<x~q8s!	JeϨa^R\)o03+
#,o@ߕ2چVҊU֏1P5GUI\ۍTۙ#6

]-Bݻ8d"q%0̗sG62Y62} 's&!sđWw|ܩh^K4y9F_-0ү\L;Iy"Q͋cՆ_J	b[<{3eSrd@!\K1ԌcUdlA5mԭ\`զфfs&%Tӑ|0ޫ˩dy}uR8Wo`[3Ӛ%zk->u'Tr=L-/iyEوB[kZ7B6kbn!Lh߅RMFyPD4_eyٸNZo*&×/SX{¥[Iզ;\}d{]-YG3EwdL{e]y]nyzW'PT"I`̶nUKQȥ{ Lf|Ş&אRdU@%i]2%bXfwVVա1yƳmX<XW4qp0MP8v_ cH']A:ӫw߷oҞȕ2!AFF@anLΗQHYn(DV)nDȆ_U[quXB"D1Peq#WAĜGڊ)q(z.w=ʔ}i/a) чԃJd27R#$B&NM[?d0V-*-Z\<Iץ6=<.Tڣ%D&vvooϏrF)sF?Z3A#I۴Au"N0n$3"YZ'Xz8LUm)D[ظ?ysGeZO/8*Yʁ fǼ$T$iү+T7Uի"hwޕh`N{jIi[6mD{p.B0{͙#nϺ@(tfMC׌£b[[wgVjWׅi%:(,`
dz9To	!ŷ۩WۑB˙޸9Le)jңl&{'v|usf']t{%-|1@1{bbSUCwcx5
K#c#L5 w_\GHr$4y&tfWaBJNvֱ&Y`=X`1a:8#Oޗ?k8#m1ƻț3b&ڪ4~F6!tJ/dhҼZk|m8_&?8EBanGH!lwz^BF:V؃bH>1#DOľǽWSWnhPuh/NTbb.&ʸIX<!ɠܥց,̄s}7.Y\jDgӇR'Jhds	LHTFsdv3Gٷ+S`L%Y~V6 b'xVJŉNɒi-aMz{(nOվ	mpwm̻"	VA9Qz>0]0mThTA6ܒ%O֥1PЅOA-cUB	ݑ̋~yFEGfsN^c2{x7u)YC?]^|ޅ( X`UOf%v85o(6ǲQ8adwru'tOΥnmgȿhE`pXȼyTWB6a0ZY:gΌP5kdXSU8SP?)SKbJ]kȨ:nLޒuQұKr-Tky6>	)G \"ae
S!4o1LʹZzo'&mũB%P~gmɵ>;E*_	ST]B~4/K#swۯr(BvtgrߓJ2L}ߩaJ"$YϽՋ [O\4/sق<BTyƒxE
wQMo;ظԭ>B#CJOԊtY.тtkdL1]Ur!3߫=0_-lģϺ|Y3D0MPlY@VǴp~Eqskt6Ɓ'{D/Ofy4<Gm~{k*0wTnB:=X>ngz&u!`uΈF]GxDTjxVځ2x7 % .4;ٗ*5$W	cͻܹN֤'w
-7dSdI8j)S/Ɉ<y{Q0;>ٚiU^D$xyaĊ- ɫǅ{EcJPjD!Aa7@hjQn<;y3p{l\hܛk֡E!pUPYdt܇EB5iEܱ#s'x/3k%@/RG3Da4S]5g}u''>ޫ}T<![@ܑ"fuNd=xr,Rȗkǀ
cMQ;g/&у~%?[A;+=ZT}żB$Sˢڿ-ŞݡeYM"wq iFj>ӈB.i)"1\;lL3˪nfҟm wj5PT,Yb7N]Ù}zL"ox]sI9ԱGDfףʓM:kZBL	bÁIܜRyL~]d:aM[A$/*?Nbr<<Sq+yNJMmEEf"bUlR
-2TwJ&׈@Z%a#m&ߛvHϻQ[A]WZP.o-s8_m;0<hfb#޺gЈ
Ƌ{ڭJTB'IJ-}(B]-cSJaF,ò?d$f#2Uw/NrQlZ*ڲLjo>ZkPjN|7&@C޵kaχf%$**Hd&#}xTf٦ǧ+tJKx
ˏBk)hyGQB03s^QqӭCpy^
5@53s'Ӝpt	١e`O6c(_~IR_9:MZ8k,ӿԔQG0ڙ}eK;wM}NѼGoİ%G%Ŋ"($REZDcv,oF~:v8/Cxܿߡii΋@6-uĈڡ:s&ArwW՞	4.m8_Ip1IͣlƬ_f#\BοUC	L_x| }e=),3*޻ɘxХȃjbQw=
X!ĈEt֔>'!kB^C>:0MjMysJD@aWώFPY>O2گjrҏг[xخBwlɒs8%3 1{1[S}s9O;khoתDGq8bF>1QSՍ2Όc9.n~3^ޭN:Xzu؛ZW$!gVQRn{d։c4{V!tX6ӗ+ݙ@^vB/>sҩoh?n36Wo/'vΠBpM_Zgea{pbɤoE<ʡ=Ԁ73V*Aw Slɬ9nX[X}ۖXݭ9b%Xmƙ2L|+:\ӆi5޻k}m&?KJxBˢyƍ,.i`@Re>ҧWƣ[AFM~؀Zj:Yo*.fm2;ngUJ[4)$=ڌ	P-ND|hޞ}zW?-G{h-$aa{fu"4
[ڬV;yn? X_Ez	1lgA*VV3W,سQWMLD`]NǏ~t,ۼQ۝ >(N]`htgt"}m݂K%o3!e*,ȭ(YlW}+0uQ)	9#a*}&tJJfcOwϡg; ܛ'D6]wGR'vGMQPhjL$t~LMe֍.yQxEUw2\ݲ̀q|ZO[iyw6.Z+,%`	kl[Y]rm[8x5u߮rǉ٫*{4AӃײwC3JRg4Cv%4IǮR<tuӅH'PUA&Hb܂R]4DfբCxWayΙ*kh7{SD1I64ozRЙp4Y$ĥ+B/=zy-f$֔X]RYśH@fĬծv[pəzM׽Yĩ'@%]=]i]؜^jן4(ySc=Tܳz9{"{fmeG9"qf&hǒ+ԌΆ{5!v4'W Yd=b+,T	+>Q*emXliFm3=w%}(hQH8Pl׏~XK܏sa-Qv(n6r P(J$ySYOٻn^HpmwäxҕϹKaw/ocmǔ7nC<<ݽAn{'wrAy!Oݶ.jnE10ӷ7m{t׏?Nӻ1GڅRnOC6q p!ؑU3
lVCQƓpؕqQ*)v~9NͲ=08%u)*q/'n٪G`c?
o5BU4b=dvHtiyf``Oޫv<%&n#ǈ3KhkfiE1V.Ioz)q?ܰ8PmĊ0JFgO$z64:7!
}bqñ^@c*(Q#%S*Q5AkԟV@mG_>!tI1?~ķկ8z/1
 P9nD1j)&p%ڀȥ;m@Auũ3˦-?%N[ԡ=0_};MY-Ҍ8ĨtHb]Uڀ\G}jJA:Utr2j>_0\,54{9׬?%I	N "8_ŵtTDfasoNuI=e߸GJ )`>ְ :έaf6]cq. }ƲGzdWX;%)߼߱-LFj}`jeMcĞC$YXZ͂S?ޏG
}pt@ȅF&n\U%TItkqkdț^/$fR.BVo5ܲG'D3K
J>xfƜt~{&ǅȈKɀAjߕ/IxIs-2u>dSE~7cjO)ſF4}EoܶlsܔEJu5F7)ł;	s
uǚK2x!ՂpP.[qm<؁nN&YU@95X+xBZvQ	q\)M3r{G=MKxҐώxxCV8D.,P)J}U
]oA6`p'3N0iPjXuDw><طxv=iA
Yڄ8źӚ^ɸa0q.%-Zq/:%ĬZ'MͅڎFǸzi/d
?][rADwа)XV%5BԊ?Z<C&(էk,Wt.(M0lLL%*g[W>Yۯx+ONTY	ҡ:ƻ^ӳ
*t=IB'<:۠|BоBuM@	kGҭO
342mG`HrN#c69۬T8E+(M2{DhkTKx0yJD	2ݍm {a`sY,A܃,fq:"WQk}*cu(6Gc.+ܨ۲1uɏ؛AJ}ptԙ-MI5̖^iu8<GX<d`SdVu8,$`oaܐ1`~̬!M
G[(my
Ēb1ě
"yf)RYKfU 9lٹ4&;`(E(Gh#3'H?mr
e7ju}yX܅
݉ى=!qMŹomCQff3IǸjNBLg}?%y5YP&<^FΝǛk9cUzco#õ]g&>qpozfvs?28$VhӴ	@&&ֱv/>Bt9i?ʍgUQA[9@f,׾u4&zwVlؗ-غOWHЪ[ ^bW98'}}!-}<εI+g#8Q<],N9-
:fG=$2n[@+-26}4G;cs<˔ИfӶk(ޖ7vn=tr*Ч&/6ԕd۩GxǣAo5yB )_qݝp[d+
MP,:}}W0Au$a4"Se^Qx<	38YĩֳG!wg/P1k"Ffe
%	BWhǽfp3~wu.H"3B{+	?3vד$w|R#tr!lǂ:Q.JLzʧ,bfLƐ]hq@U#_=Kǉ)Fm@מc~DyƲ![o[W1Q%GRiEAR~Voi܉z&pkͅ|ߒio][;9yck(Η[͠ObE0u`Ğ51=_[H$)T GA@ۿO?*:MB?j[{J^$ҡ"pT&
̙'3kCStLtѻo>שŋFSckSA>P\j'؞<`=Ty|_=NH-vͩfJ1d(aZ`4v2/-+H˽O2	8))BQsV(]gc4]q ~6CI@{߽Z<3^e|kn1E{ݴBjbч*"L"bVFoCgE/p;/]ݟywɬ:`)6Zr?)U),)EwmL/\P;I@3S8ӯ9f3D[%iѕs޲ħF|H]D@P?`.̷o8śRU"a&VZUɴ-ʬ"@*6&{HI/UKWC@ܞVV	u2\@"n5Ï(Vc_կ8$l,,҅%S0^I`1aY6OnLn`ʙe>-hTҗ&BeqZ(isSƭ9)uӨXË#xֺ` W^seX"@+ՑÌµl޲B4K!?6`:k	+C-Pf9keiy]ffwɣ^,ȹ7"W}QU1#~9otQ}ĭq{3߳,Q/ƺ+ 9s2teҙf?OЪe®֡	8յ7:.fGy;hU`mYVEGȡ*=Imǋ>R_߯ҙ{-aiںe1FhA6w}ݾ}rjW6fu`τɈ4L/˝U	цCˇ)xVyȼOEw$s:Bў#j_Sr
|՝XƼagHs:C<2Ѵ[?n`q@wj7[wޣf4O|?(vщ"l
n~Q2e18m'f@zTQhSF͙	
0AȽ\$Gs{hx5j	x<"t$б[ƹĵB5.ۉƃD&+7pG#TR1&M[(qvKkJWip1#@'YTϠ9WfdW=W=׸G@Ŧ6ͳӞβgT~Ҋ=˳2A<% އr:"]~}L.\O|ɞFLʔPRa'ڎOsZ,רAL'/.t$9݈&@zNˇ`m˦2.:tyq)DYYE#8Ъٖz7R>/I.l*PvqI/Ņ0YZ.T}lNJ@Up"c od 6fq9P0fN^`>f.t-[zoirq61Y/.?ɫŋi2L
ڕsu?'#Ed#y[^۸{qUc:mqjߗdB8-j)DoVװ+WeX"OII(P?AJEdjyXG֗fL:{pá fMYw==nB#:7dEtrUtNɭ%@jW`V}UXiˡZӈNd7?Cڇ^+хE{F0gy+.'qӆM%8|4|zkyL!Z(KR73Dʯ/'Ԙnhdf(N?o/-ٳݗNPLEN:P4o\G+<֠4_mi8_Z;v!؃x#|+,r4~G3˃RN.,:Pr(ްqթU8mF:C-}eL՟]~WNÍ*'rl
s~ώʕa2Sʥyi*2Ԍ3ˁ[Xے<42tÐ7ZlH7_{K"F~ٮ0YS	ZMؑ.JS^[Jt/mf9+K)`zl	٦p=Y^T9ΌCD Nz!pGί.?Y-_tA"ЖWMߪRlptg8U@kX,xDNYz*Xu'+ Oq|fւǚ5n1՜Qo)Un
֪"AH 5ddu"MYM0Q-g(AB%7cdVwEbtS\Ȱ3bu.h2ހl
)1ӾxDږec٦w$+<݉ǽJgЭo-".`yZW&ǿ+V>rQ6C=Kw&[WhKd<D$n-^ԳF8qֵmZƱ7l{ܦ+ӆ.Rǥil!}7EՃ69MzDP]mJ<b'ORM|sp)uG_i[.߁zփH)=GI0b$ǠJrԔ"+rEܤmq!<!Uɟ
DO_trEة u,nQ*g9(ݭ!?i2"?PzxM yX~	ث9$7v
y ކtH]LɷVDȮ/FqJ|(+֨y0)[Oq631, D:(~Vͣ-?X"z<%bIW6u(Ө-+P]quH}OVbOq=-hP2;&gLV,
<Kɮ0` b$J{khkt"u/G٭$,y)EP~6BD{'Fՠu] /%fa+EcYhlcf?I5# ^yЀݎӕԃ+G<YETˇֱٖ%LuӏˮEUZ#=*fXHPHU;t&ۚd]ϯtڳƇ*Ak4z$)ڲ>{m܍qKǥ^*ABE#mŢtg,3;]R0!x`Ycs,r"CȰk'XAӄsloW,z
@ߏ$j&mm"Ϥ!M|6J˛2DKk"΂ïhtJ̀K"bW-͸lWTiI^َTܝ5/ߦ"P@9\-v"=C~j6JV׵rp.2EOiƨB<K;L:{,cH{,Jڥd%rnLXPעJV$#z_ۙig'tڅܴטUFBܱK]Qǩ]<N+INV )/_ӸAUѢ_*?
($׆'4o^*ٿ}ۿh	Y2Ąjۺqv
D1Abv)Ϥa<KdgT,9;#+f<"?m3
^q&2FЋt%*eT˔ǆϯNc}xU{0pO!ݢ@  KRdTǹ8(0KWxWGG\!ؚ;{UPtbe¥vMTFϞ\ʲ3{kmVtM0&׊b2j,ŦDQON+lh-'AX)Լf`][om/>W1(C~H>%cCmԁZ
M)`?HnαP&H=7Wx=g!ܕW̞jQ9olݕ[</fwƃԃNlƷ;6JpRL:19?IrА#>"5y,=j́Jñm.i»ε=fc!ɏ#N2SRxdU-/z#t'us-ҾҎ>RbܝڱOdsPAUC=$ҥNmKvQfT\__t4?ٞQYdM[t%P"q`~A*}_EӧfCDwm|ڇLW֓:?;3߶8SF	Zs!ƞsߥ7W
F8Tj.>πƌ@Q"( KMMI/<Oz87Zvw}CTj4B/RRϮxI64Jڃmkb!kT&}:Εۡcn)AΖI-,vz7ugR	IndՁ\!8*p=jzöY,=Z0GQ=]V!tϋՄ8g\7|s'v٫DWN΀
mHr|*}TzɥC͠kYH:iԴǸϵG;6:0#cnqčم;IPɑԤt-CgϹcpYF`lۥ,"ʕ˃"E?| ZD?P=nX~I =	IѰէƤ"VBFؾܽ%W˒8T`I/Hy[2\-ч"AbllfvFs}ީ2Yynk60,j\b50iY*3j9ȤКq=-E `5aw{I!P͞CN?kSՄ6Itr]+/[RnhMMZ'_/lXϜ~vKa+jkIgۢcbUqpV+!W9QRFdD8!jt=hxN13tv7qNGFëBkv<):7B_q)Rh_jFǑ>R9'}ʹt	\ҍTcI!pݚK~X(8c.<ǹSԞJ5kY2ͷ"̈T5ГߩT)/߄+1xfޥS-;JbҖͷ2lՊfкŧӳ9߻ZyKD`0LʛVU\ҎWG-rnڳ̂ rܶ]W^Ş3Xa6^W-Z6-m5/fi+ ;YɦeCٛ"-O1f14>iqCpKGĘby+ù^c@bs9|;s7L`4_1k8u͠31ͪnȸz=X[zeAZ٨/	ʳP4܈u)˹Z7USye\c1-4ޮN_5NN79~Guw'NΡ|7րTɌ\>'t!^GKw2<2nkɶh
0b̙!.؎آXٺaԾ^}hW<ޗY}^gӢhGD5$JhaRLcqDESKŔv	_15Ҳ3<tЅ`Ь!Q_{dA@.uh=lCjkbB'ZCQlݭ߉ۍ(cS@ ǶHA9E4Veyn&f!ss4TaAA?4'ՙEiRZ\ޜA<fzO$OY90`$=ٲG
ö5	|rPb<.d=4sl S2ܛqߩ58BXQFYͳ?
ȅՅ]FAJ <';
AQhhE_ԑ"gL\S&8}5< *]Z3řj@}dq9eI^w]9+ڟ|ЉTaX{dWxSfTe+,;Ťu$LbopMP(<j|%߿
Vd,f	ҷC]Q-52g	bMbK2?zεLfv54E!AU2	s/fhH`i,uuD}ML:$Cnh]LǻѺ۱3^oޑzA`܃Sq[]~_C.I
B-[Uh+a1ܐ
ve"Ј,[
qvc">()sRdIԫ.C:<FnҨ\xZZpߴ,Oät+,*҆yg;ni*T($N(;ѡ>GtGY	,eD߬u:[arvil<X*߹n(Ɉ	|H7rRÿQ~8>)X* {ͺǗFRO_П4ݏ,*oؑD(Zp2>`a@@-˚[g3Uq0QKP}/0)wCa0#Ƒ(wC:ӀZqzVw~\W/KL8nʥnr:`܇%Ji߇ОxӽwԚI.X~"@DyP*;<+1)_ƆBHM'hc"QvWlțE/DڋUdUS`E7ءH*a"FD͌ۧfle3K(i^h7ryjZ>x:Gșx)
ӗe	UB[>j\0lN>:r4}ǶLOV+J	CtVѽ<"4iǀTdo8f4G;~%M3b%5+*[%c2b]׸0q`4ȗJ7y8/S'-C>r$`6h']؉j-ǭ_E'M; ɟZ!W'=uj~STDS)pRRJ;LP_zݙC^DܻFc^8:ސvʤگ%+xгӡOL844F'0jC̠ +n""XD`%Wh2gqs7YذJ!07˞gÇQNp@L`NWgG_/MXh*H/C/ςO׌KX#[Wo|n?W4CkAx֓`fp.H֝8z-n[PŜU!90c`e+Z0ٟr$==-ڑMe7OW;ĲM9]z`Ŭ
MfpFW~SWϥ1҈YthM$	ڃkʃbݪtZy7[.oqu>a*b4dxܯۂ\<ƍ6hYzѢ:=Ԇ;Po >TS3O=synMZN|.$wQ&fjuJrxOЕAQ&GrAewQ%'])^̼d|a~y<ê=ז455CڿϰQfs}ׅu$@h3;5d݄Ztމ׆wj.D>uSQj=Ր<H#&'_RTGgmfX-ht-4.
v\T$ߣӺL/J`.*Ў$-YӨ'@>{Ԙi'իm
6jE>Ҋ7!*-<M]ЖSԌ*:5Gz&sU;۲zD?έFWg-'z0Qb!	;dZVۊGµ}'ia2ƟT;h#0v\Zj
wGj_b9!>SMkvLM1*x)r@)%ix_bM<57=5QܢJ\޴X"QY3WU?v!Cӡ1?7.Pf̮V˻̠#ڬ ݼm;қQʱ*D\_dUEjKqǭj@PQF|##ޚds(u!K%M2҄#4̵_2"
(4x(u')¥Bl_=tu~aЮspɡ׋gjkЎḓW_vԪ)u1	8	>12Y}*|ZTTOܨ_+kvZrkR35՛6R~?r΂߿hTQ6F_۸*3qٶGU*ZE$_]ܻZՍ5I>6)D1~v:0hk<`RE]ϟtJ:iKڕX<tOi`#BŤRVLq.%HӒ-uuE+]VJ|pg] Vhp?<#KL6ǰ8KІ&1nALO̸>a{\p[OX_V_[3r C2BN8FϒԬM{6:or7˿&`ߝ	YŚE8BȈd^^?86¿:Gm}@ūTxX@١MZ9ɔ>B&5L:*Yq;ӓ4i9ܨZHbk*\̥?Ϸ#jok֓U;rKy(\g.f%ڽcˉ!2}OnԒd<[CMSK>r~6R͓m8\dn4MfUn
i$&vg,VvK'ӶxKg+"}wHٰܦ$+;*<^'Nk+O8Z'@=r5K[$&-jƙ͘b;dIݯXmpNi_Eؾ~'Mf5 TCmVk[rӾ5Gcώ.)S{E׋:zq%W-͟rJ;~?#XŐ6F)!˥F	"M[zfϔ>ђ@^ltnx/Ɓ
]-Mҍvqhuk+QRJ_%iIЎ@Ќ|-DԦ6T}ڌx0{R>Pƴ[t)(߮źxqCpP<ųnmTNU\dE].iN|v?gţT5QPnq1CPřX̆Qvmrbzߴ{/[āN8cç.1KYdpTBxfGRV܂Ls?Ͷ2͑(_=7&µ*/	HՁȩ>ڣ@@p&c/#Dց	#1Ѵ.>qKYDk.C%:ʛ5ߛd~z0*҆ ɯVٯu"~8֛f	tйuuP/1b5d~;Z3L}Ju"ݹX3װ]ވEwקg͝y&0ܿ@(%ͦ!v^l8WLWWAoϊC1^+yq0GWĒs(u*̶{Vg+"&2/¯ė>yǝݠ1й q7d2^U,mRja&=t@44^gvtЈ.Y4KWʽؾĮr|@ƸSɄIx6ZhfcG^[~(֐ys#IןA3;AFrЁԸlդwhrAу:"BZUWc!hC,uHׯ/Eݕ|ų AEWې:&PƈR5GX%6H.X.u[\1d%۲m)ȅlի joqU)tGSnL]ǈ]X#L=58)m8,@/HjfʞB+wK֭Cqd¦kNW?aTb5j˻b9>aP:_H	֟HLeJY!ZP-E
nlS<ƝM`,Ν֎Lu5g,0MqQ0
V(p:<@_#FJ'0@z'	ӟesAp4m<=jzڲy}]8ĆmU,yljf]<(cھ͈Rz&fvId"UTg)xTc3Ŵo΅o,cjeڪmR̪¤U?@.ȼ%SoLYmϷzUUCDY$!pr$Mr |*dl|Ѱjw 1_AVLXAax;xQ*\ӛ@kHS`5u)BDijQM$ںlIq'b}fqhg0M֡pztPvЈaR}@||mtKLѧ2fD!Ĩ$&h#ֆ;2ޑzL`ܔn{j_DSGǭ֯OֈI71Zę%,6=/V|;\g $ݥ.̏5u^'@so7O~B8Lҕ8+DzƟqEΏ,+ś<|Ω",\,(*V&K=LTA?1x9(DM?VyXZD2Ǵ(+~4,SVZBlL{<D-v%_8DBF+#ǢZ^
aS[ՁAM++^MKtoWɏ8O:lxQVĄ+7N[U27SϺf>KȺdd݅4bڵ'̻[9+bVKOFr5lث3h`f1?Ï+YF6T3CX_P>ڢ%ToXo}b{v@{`V<ÒңވHSZ]c<yNkf8Ծ_c¯\˴;)۾*ypONКe
/VP<'%Kwٲ(H=4u/CkṵU[guo	Lk
ņžz{/],+iy||,2ń"Jals5E?y0QHA5{Eҟ[D'+vgZhEuZǟQ|AzTA%Q1;2Űw֓Gϴ[aGþKIy-gUn73J91~)/6Z`qKCRorrzd߉(b+:NȌ?Q)֬=6аˍؕD7)6#FXȏ$lzwr"55wGK	I^4K$էhZy޳9ݛABwSnI<<(,$6lBgKW>d,|gK:J
#JPBfnwC^@>3W0Hteۂ"sS;aKMlŲ*iZytw
(h^qs7	UOhUACa˴6jg}n yǬë\`RoE<6?iw-;Cj+kE1oj}4ףЍ&Z7{`Ě|8$=2<1*:TE2׊_)	ސIi5]s4J0,hUK>XQ~`\Oxސ/MߍjAhZ@ϻ7E><۝N"CްOX5Dں
G%j\IJ\6]_xLٮׅ7tȷ'6@7͉+"ma8X?β4K)A9}OtS̆9WLDVZ<Ds'fGa2u_Q":0jJy"s2^2._GpSBfYrvI	Mw`@Bk/Ե@í59.0vko4n/f>k9մ?ļPoˡznF< gR)2inGA7]_AQjܳX1ȟ/WnkyW`y,1vqsG٬[qX ښΜ]͟mUiYi;\R,*qox@"$Jx9-RVDy.Ғh_ʧֈ-1<7Z'jc3SWʍ/oo ŒU|>6)=\-i"CD_]ԎKJIQͭ]ƯGk%^6֢Sv&_#s^rտb\7;ĞԬh
~ׄnҖF#|yxϬwN+o=]`wSnI|\#u['' p2UӒ8Ot3صU8&Y.Naj
0.FbH	B	Ch3Ɠqle+yS#r<R%v1ǘӿJ  ?C/Ta 	ɺkWm4˫Gq`2~
a^9N
[e}!0kPLPzZN׸4~*QWQx|q܆vxS>I2Zv_6ˍ"P85bż5'̦_+dvj`z}qԬ/IS+ݱ2}H~ՖÈbiDЫ8EG=ts҃;-(DBoj͡T0Ϋ
AAY6اW1?m-Ef$1gâЮF(JnmW٢`	̘JWLfg0"0WNLZf4"aO(:(Y+aтVr+)=+jLif˂eñ|;5df{tpy9+
ȹQsюj˘Yf%klf;l	()J%EBVoϱ3p&a1ڒQAO[{"WƔ#Hɽԁ~La|ңj+\6jRՇ7ĳ|t}?DƻGL]H[@:&e\g=c^FxЋ@na*5I=^>hvTD`L)~8̌1(df$>*iKdpFD^н;dTNԽwU˃pبGÿ! Pk|)$1`a%;%5:yaQvX@	߆O8͛UI2#ߜ$ĩ>؏j!G18+(s XZ;ӑ~UMz
X-Jхm~8GѲ{3ɽ4=sˆWrVm(9ufMZO_Zۻ87lk\ URM~VtX|
7'"_+N\΀ݽ9@u=ɗׇсݥӅMb6$$(_&?~_]af^TVnqR%p|;B=+ޮxrfd14,]wݾ\j&<2kՊf7Wɨ܁0[
ZҡZxK~)u,Ң)~ aϐŋwKǃ"wx	{ɀ2bmua>iۯ8/ސ͍J86+E"\?&:%9"8Ѡ(2`C`x:MYPbޛUb]:*7bcx7۟@e^wm*^d\ÏbWNREe}}"eWLp7Tm1)k@$)5}ELri}FhԷ=KѯuE*Mh8Bk_XӒ9,r|E/جP7+]'l]hy6`CޘKņtJ{1Xb[{G4~$SB~v:EY*)|áfȳ
ni8?iζ0lq݀J(i\wo:ޗ7H6Nڝףǳ-ؑ(|ºxC{dOG`eŰgkfS:\k`N!>y!WHɐHk:J9u#oѧj44²aLHMpUZm_yWbdqĜ1Q	;<}{7чB1:yIN[O]K*ŭەuCl#2h*	C|تY)Nߕ$+U#\)ggĮ'+GZMEJPX: eW\*8$k~4i}Ϧ%ԽrR(W(:)rv`x
;ޘ?it(W: 5B2>ػO)@ʴ6HRxx)-Ą oAźΥ5cZy+|]ddP6EizCaԨ ރpʕ=m@^ǸB/KkfѰ@$xN;k8xݧX֮#;C6ƻoxɎ3	%TɋGN0Kȏ:YdںiMƏYxLx<U)e`Q!\7,F6ɨ4};S%Xzڥbˏ_JR~zb=dvqԢ%M{9kpZ؍2.өkKPOeJ/svtm(W$Ġ5^jϮZ
_Yq\),VHuHuѓVwе%NSes`T˃ߋ?V] Mg8V[:4ѝ؈\^Z5A4P_U}f1ab$ٞ:]V.[ @%sC=ˍޥ(`٬D`P%̪-=1TYvzZx*$$)cٙ[%9j-*rY*_*&ELռYMm=kyֿ˲þI׫WUa#6|Vj׋"v)ICtLl}t45:7v2ATvƕ};N7",Y̗~k @/*A+I5e#mٚ!n4=92Kܝ71!#dc:#j?bi5í*(cBZߋHd$3_Ѿ(zrJ<dE!׈AOe}>aH|ncj"7f-mi;[)/ǆOnwp_Dddy/8e79ڴ1&BFykoٿOF8Mw{HPz]ަEYױ|2.̌p*[I68h1	0ɬWx!Ov{LmALD%:_w.dnD·>[Y)'hAɟV*Q~{O~uBLg
&m,͵H͛0}ѯsf
ƍ*")rpAb)8Ҙ-VG½*Ϸ9>23_USaq}W\0ț602^2RbZafDp<´:O0TPxMjEYPl/|fx>2ǈ _{c]roˍͿ΍Xsv]OII`۹'L>2v-rXȹ5$NZNP`ʩܩBߤ$Ψʁ{d~yq`,*=^DNdGeڊ:r~F֋h1֘_Ŭa5-e+ɷ"2ý8F'tɱ#-:nİemp qNz;xgOVlmELU"cIߌٻKlVH]meL1_IǻkL`w.W5-̡ăyNϯEuU)|[h
z!0z^-=7ٿBG"'e>OGGH:Axn>\CٚO)blAtbNRՄɒ-[SpE$x9v&>}M>^]auDU3krQf:,TvyxRV')^Ȑj<	N85H]q#m*?lqAhŠmIbS0`4)Js1Qh5A27_+ѴEsx=AT]wpc1W+kV"'}aIhƂKw<~Ӛ#N?b3`$ʨd('[̶"~XqXжXN6Έ=͌HmE]1 ۟f&b0~p/CЭp\^aɅنʶZ$VLo=4ǲ^dhre2YD%iRz0mEIܓĮfBoE#ڵiq6j#	DGG]qj
b?/׌#?[2/-Pa*iߝk+	N5I#9q~ȌH3>l/D	{Rfs@.IfƝ_xǿfPIjŖǯyɑV<HD֑>T,X"ĺXsANVʊ{ӝأ%X6~@=ژoЉbʆ߫H@>Z\r/X0`
$BOm̫2i6q!tD\<Ͳj[WE@uIm ip}ˎA+UeؼA=YtBeG`Y[9Զ}ɲ)èkצښ%Td)Ws+h$gi{^=e¨dۮNJ4%/$'<6dPߧǏVjMӮfՔg8sDPT=Ijۡ+;PJ.#I/mpƭ{Hw06&˙>b4(Xy >k{/Ъ-?UwXRF ]}Pn^JK	v|fPLɡky!(g,U&;alW]{3.	εTG3E:t)xc]]*ɲ?h/o?J{,ӽb:na%oTscBE&:$g1}Kego0&e@߻_;F+mY[¿UV>[ˊ\b{:ϹfڗlA~d4w\f3L6=0>ο2"#Rq*k7PŶb+jL#)>k ?'H8$o(3oW߉3ʖԉAySۋGw",$գY`+FHGg9u1cW	2_O|yw:܇tTxRƊb)mqeL6rv~մzf])^T·'lAӞdƀmhT0*й)#|p#C8=`.ӞW2X9<tYxqUYJ0sXH>$%x%FzD>E$ސ|7uLZroIe@`ZW,MGvš
s܏	ZDp	y}flJ)ǲ[Mʺ'FC+܊jΝ&Gv*Xp"CZ:2'K.ߪxoUO	|n<5POqEIL'E-Dg)	4Z1_gfe?H/֩9G20HG{<cz,[Bwwس?'љOޘPg:\
5}u&z~c?pK}<]=O:̗.mTZ$î˖L ^͑:n}ӡ+t֑]#$%WՖ]́4iҷM9δڋBZv&ֹkqԾvKH4w7~CCcvB3)ܵFqNl-.*zΰyyGJ(T`[K"pOݵ#J'bF<j2[cNsiWBN/aR~i5o2$Ma={WJ<%D<{ɚi5=\̷*y3>-uLSVjIΫ];lyֈlTԝ4i1ף[%%Э0NLiX708̵%LDwBuΎ؛VpR=#a?sOL݄Բ&>&3eiө=hG1{2|X :=0}){XŻ"*^)z@ԑQ҉Qǈyz|A.TnD8_<PmU04(4m`HS8z4̍5Җy@s*oږk(%!}g$.)fрHPֈ7[~]bٜrRҾ4Hh*Yeo7kȩBOw$#'̏t˵XUqrVB<8Y\"Ɗ4T0̀G	YZvMɔc>~v\9e9|w<HBJ:>nUX<u}e
R$>c&>/&E{@ǽOa*4J)%._LӚ(o;:\^.r7jLARΟ6.J>aR|إ(o^̽5|ŕ
8PϤҺܷGm;/UToE[odȦy;N#:
Tݫ#]ܬBhFv<ueK=j=g9P7_x4ęI[\%xQ÷bi]IW[k	J`s-Av?2ac0ϱtI9|K#İlrކEX5Fjb*N=vJ=F}p>;tX=gJ	S/܀<`(˸E}ǟӺBL78L:^ʀЪ&'6ÌVnA'vV,O	m	Gq5vʹ1YH> 1Z%0sʿ4Y0MMXb֝|З5YeXc
n- dY`w]]f`9]
ߖQ!wqI89Ү>^bӽ
@\"W4;?Lz20p[lF>ݨ̦=u,Z$`"&([y33g<yVȃ&}U1GK\[gֵYv7SOXճqkiV)kŹF+f3+Zn<mZA<˧6^ݯBĿNOkYĿڛh
SW9a(΄0x?EjZoE}6,"ܼ= aƅD#͐=pLuYr(i0^*-R_Јk0b;!%3>)=0Mj4!>}ӕlƂLܲb@ؚAWςb	Zиkh)'JFMܐniVػ!+VƟ׈3{ݕӫ[*fn /\aeu2'oְCwa\6#˥RcEĦ	4LƜv΋~:6[ʸJZ~SMeIƌKGA}ņ
,,1ϝjx[_ޔ)Vg/d׵˾@(HCFB t^ڝ4ӱG^ =L)^-`U5h\ٖp+z]^a4EAY1ְi.lډau$t;P)ɩt܉Yo'=z)hΘJuI
fz7Mͨ/޺	ndB8o3֕qc9ɧ$1R˦>c̦u%/ЏYY϶݃19cOF؛[M{ϭ+&)϶M2?fY.ðzf0n
+oo.@jP~hFeĉ//	er'`'/>hfg/ ҄߉c{ó2#CɉV]MMvѧl4kGpKe'*	CnuHNzC*?sݎHщTvXPb6F&ɼ$j~Ң}/{ԋ[Ųсߪ{C߈8ޅƅE؆<tH2PĻlR׵3E;DsE;z#hD׏:Xu?LNOf}e<H~в?lހ& ͕=1c[%{ʼ[g=,p+Jֹ)`p^8f@µڨbІF:<F̱/HIz)J?o5-y]rQ؟J"@*S,qƧQoӰV3ay~K<Jp/<I@pZΊʝ|z5٥^,3?DzX
82LNRߗQɂNٌGIZ˜iҼc^}ڭ$ҏEŁ03?p-]GxX`}+Eݘ1Vv}؄MO%ui	v'|اq,s (.*zasDg)8C=þаVMws2wEUORsɬZTyo7zh8i`_\K^fC&~JoN@á;8,ϱǧ+8x":ʯL2k|6buy0yP}u6!(߶VyCF/$uDtBsCjW!^c׳">j\GkI:FJqwsMt"o4ͷTh֛cʣ3ԢVuj\Έxx˿Ko}SxUmA,RNM_'rM3R7Y,WP{8Ʉq#A3QѤuWFaq!r zDMQfgYWX6-W|:Ӌwɼx_0ȜL63JW\y<vߺqi{OS}tܜIrw^o`EQ1BzLGK^LppʧM`k\B.κq@0>ZdHW0XC8V-af
PTC/\HK׿TLFArj0׮sk<6I5EYh[Pр`%wݷOۜՊMUSX%e4z|2L]CbHƯ*ax+ rӌѕm5m{w i@8#iҗ١ˬJIRzȤ$~։+v=жhkETuɵPxsSCoдUHdOzO_s<x4r8^W)dܭʔwIO.؏=؛x*ΎY@vLA=1_]{c=xyò=Ťxtqyn,L\sڲh̢:4NΡ¹mLU,xj*@	ydĨ;T9t(د6@\Iɇ"LRvBK;Lra:Hi=?y9$g߮.W[&yȽN#+p8
gBw_QszM7EAz&^ۺSl`BO͊tBɲ0/@gkP[ ݕA`rW˗ߧРJ,XF <W4DST5bS*Ncj'
`"ُݣǢǢDPb3M[ukM3zY<\uB(:5|-̦ذ14%>IOHh&e?#qin='0ۧXnQ:;HǴ4ʯX)>:n.ȒO¾kk3Eq.yƩɱT2fj\ڋEBlѽ?lU@e܎#fIU$[ֳMF"L6זI.GIOS[ݦ.ԣ1lթ)X[$1ĺK+	N#Q@4|btm?Н?(H|9Oj߸)נg'j{A'ڣ<ҕ,يzE]ʏ~U*YIDdb
8VJ}iĤЍes3~ŷ^7z:|s	HRCʔ'I2eT?	i2o>-c9x͟gõ`"~4tKпy+MA@EV.EU.5mB\+A+%|ƝM[(V͒@qrf%Deo3C?<ZGGHbkd@#ocҽSO6ܷIqČ8hoIc;aխ~ݴҊ%9P
l2nO;7R۪YV(YMӳ޿un¤ljds8̤*sN'm4(U9H'\Z["оnm5s}/:4Τ-0U{'D'՟kDh!g*ؿ/hβf]-3Sa:9ߐoĹ-5bɪFŤ3{5[5eч%`^@+2FJK~$6mfR7\t:mKEx0ؕ%9E]Xcx!N-64A
܈MO^Тβvl7Rr<bLRk$1ٸkNT+<ŖvF.ȘSn.̙=Z;OHֿx-uzPr̉u 'FY=˳i-_itĕր z2IhJNٔ\N`>qOج` `Q9`br&r1BDbAv;̜AJ+m/`a.Y=;֦:.M2wy?F
v(M^n+y#*VÔnNCYӚxkyۏJٓ$
ڶ'3O܀bal5"A˜ӈrm>p"~|YE$\]Yv̫@,>(FQ8F߮0'X(	)uco-zb*^DpΑ%x_so~LzaMV3]Z۾p_]TEo'/lHqZO0O">qb!B4#Q܇.ب1UAw/Djܷime8WÊQ+}}#{7yab=*h-:h
eFE7T~BzR٠a1y?FеЉ|iLF:8?CµV.=@*A KZb?Fv]=߈qɵ8ݚOq5wiGI\Ag^+[̓8%w|gN|՝DWSfr=P܍	[VR ϲ;Zyaޟ۹=|u8JԢh^=csz<1?>*)w[p3a9G${yfBw:{qg!<>Ɔ^K:T>}xEs
o\qVo2Ʋaէ}l
lqROL0^kZfε#'U{\zc2ď	 L$NKpX˵^Y8<~t/[[{;.,}Β &k!y]ݗe(xr 3QgT7Qj>7yu֐SñHļ2|K57PƝּLɲaTCa^D9;3Z;9Se/<:zKujqɣ|ކND4C!&Ȟ7y}vorRۏ-סA?+UDs36ۋ[ץlOJd%ʾǧ5ePC~Ȑ!SS\4]	w?
3sҒ3S&^wmygKlst=lݦsNg`~qGpcN-$^ƕ+t8yEsBȃiK)0]{`ʽb6"GY?הuOcݦFeuߖuɗX( `n+5v
:ՊLa:_`	egor* (	,6I|+
PlA9֏UPNEXLĝ|,XDc5YrH!͗s@ݽH(*u^98u3'TF8UAX<~)ZGIl3K4B>?Ūȋ''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(25492)))
