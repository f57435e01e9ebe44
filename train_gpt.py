import brotli
n=a=0;b=1
for c in r'''D"yW$peG>P-¶5fg7nbϯҖF23x֍^Uj/ُ${dP9Đ|J_AKy@;vEEqodrODB(պVޚ<[2݇Iaѐa9o˻?jj~	C{~Fx֦bd9]Xy'zy>޿uIï]8ܥ.W/ʹףMWx{noZ;x*9֓֊h΀<i!Zf@vXv`3{JfxJWcf2N#O[N=^:s[Zυ+ QY3X's+A^ج!tpQa"^ɋR>f%yk,S.gVxs0<z{K~LYv
7b4ݡSP:'Uyo	U|"	eE	 xߛ_w	N0N+x̜.6hQjʷPlSoCkeo][#F"$?]}ұc|*<Чb	^uʉ6N6nkzt60.RݻxzW}<.%q[<u~ʐ%ImwD%	S}R/+nMB\Rb3Kaï12'%~.~]1&rTHE(rhawcl7@-DtY[)ԟdk	'/g$oUñu?L[/'k	d+h	Ln0sIqg1COW3
)%TD;|Ļi#ۢ2P=rh\e)ʮG:N&8~*ˠ<<)e"˓-:uTUgWĠq>3˓XL_5]ۿhLIYwчt/pxApws9uT0UEXZzrˤ,Vn_3tH{S!ԠkpʃՆ9	b'>qypP5եpoz?xNwIz$lMS>Ԅؤ܂ʴ+'OtTcӁÌ/ȓJ6մ>PV+',Bѡҿ{d)߻e l[:Q)	<u'h]kel̦~aD	h=2p&$Bw[M׺0=ϛ)uD`^)>O֜Cvv&6`&vS-Ƴ][J *cUеQ~j2FdbLşV%\=֕Fǋ2}.lQ=Q$Ӑ܅`a`$GC(*j@:A0^\{DW&"	/ѥVӮ$CdjV)^v)r5	AqEz; I_0V$bX\<~Lªkpӡ%y2dm<#Ah~aL̺*{\h>8Շ><J̻b(OXLVw&`~Hq>_z[J ~@4L>Lpga .&,^o<#dH#+њ'z>l6D+|7BkT"lD؅3΢k><sq"u\ؤ:aG\|Avdk?O	=r7̟jY*AWΣ&:sJiOQ&@;n:n0`GP]hRÛ8v=^Z%+ٙI/dIw7yٶ	P^@U+9FE!FD uvԗھ*,U{=^M()>5baݮi)-;SR*tG)*YaUş
ڈ[Q֜|</@Ӂg36_Q)_5*͆r"6^#$[I
VT\k	6Iݧ7u^u+AN6ޢO_Dy-da49@MzPP~)=2ܮ,7oМәM8={m{b)֛+C٘{W2L^^
ď0n^=L)qn}e&02KŹ<r4RْǍN@B=9ͼ0'FV7Bz9VL UGPO\	XMK)~$c́KNZ T5%}!TȤw7rCPOmM(-İ#lGHRW4׏^gGYŨ܎PE(h&oɦy&<^=eJLw0ZSbp^57"5|@h.K7T2j:zRĺ
OAHaCh=sHDq@7NRrj6f	ǒSޅjO$˦˸#Om9:.!<zC,șм9bJSP=i{(R:G `mԄ!f#Q'у'ϥ4JDa<iLΜ!==&P7??kkR/bԴkOj0Eoƃfj{<#Q'3wԥze[K?"n(̱[xZÈ6ۀW%BZOuLNޢ<(,qog	NhLۂ7gޜyi![2BNX<-mǇMeB1Pu)K
Ԋ^۰)JE	1E&\eW+LCVG5yK:4I.xkͨԹVszf !^C'Њks@
/GWԑ7H8(ؚ+^GBwN04N6ڶܑfw64nȐC׷e6k`\ބ@wv#aS/Ѝ99}=ٮ˖΋8(*kPBxuQ$oۧKJkW@ȤQ))cJPMC5$;;g@֐_mA=Q~IT#DGgԆIW'$eʹϲBEGad9ЀoZۤDBZ:[4=ӣB_ƫ3UkC~>?SAP}!95&s12KP75`_3ظ:wԩ@9?mԫr(}ѭ;Ωv]q+VGV>}j(hZyѿG(;bӧQj2iɳB0kE}n4(=˖?e48ėib#F}GxlF^Y3SxN(#rۇ[%^=ƻNZeƵ9Ȼs_¶mܡV`k le8ǊQrAy1O#>	GqeM(N:=((dp$HLnwyx]C[I0$ѷ	kisM]mqH#ۑYնoUIsmY$u؄ŉT`J҅./4Ŏ!k;?T}˩I֐T]Q5Ž#ƴ;v?wƽ&G~DW32CIkb8/(
ȏ{Sv-բ[!s/^5mm֢$YBư[ev_1	iǥ`-Ґ"mItɻjJֲsaZԊ#D|!y˖LA_3Η*M!mVR%vԮzrf޹2*"4tdtC |ϚEEF>*!v`!=<w[B}ͳ~#4̻psůqIWCw%Zlz˕_H͙fD$$2'?COݏj057ӧ&dU;&\YzdX k5o%k9p[D_Rrӗ+=1/<</U&@Fb]ƶoOWBi+,T*{ܤPHD}Cfb.v3B5.#h5U5>%Ћ6U/GÐ+-b/ie pNgj۶X֞=}ܖ9Mx7_ji;H0T@,G"fo}PEhUjWm`ʜ+{6jxqD֟f(U̋@eeeAj1&&t-N47?`SbuovFJKʦq~[?m&Jy]ә2Yz;-o&i4)MxVy*$ʲ{f%	vhq$:R`23ܱ\t'^O#"n
0ݷ3tֲ&^vb#>x/P+8K"Ӥ9SsFb@0hu#ɲfy5{aYLBEN^tG4$4ۂ1tq\&J8x!y1ظfCۄ)qu!ReʳfU-
}ETq9$'S̠PeիzKTAw&G1mNuch_/
4sā@/r(؄T΋UP^^sxHC_mU(ބ)~x<8 UͣˑەVx]3UkanJ&0:WH^aF&8B+
RߌNU 
^![9MyYƪwZ@_*D-W-ɧĸ/;f7B~Ig=IOK\݅2=J,˫_|!'Hԅ>Ua"ʣbPr9	ẘm˟zoLeYoD'82يȓĐk^laJC<J+̓u:M_љ|сiNW|(-6wZf.1QvHe.9ˬa̦@ȅJċ~qM*`XD	׷2̴D#Z@h*}0,cnvPD߯ͯu3D"?ըYj/Eί~6d:e|ޥ_ӍM[?0Sh.lևeoX*:m<NS:К4GlgD .{(1D1ҳTYZƆ;i>LƯZ,
Xͮ7B62ۯֺ	ӏN
OehV[&FHu:ȁM7۵zmcCw$5X2l]f{YAApT]q4W!>D[7G&DPWÕ!}^-ʤE+`=`u]~k[$Qaם_R'Q+GQ}*O&ul7$?٦|[øE	g&pBh8ŃBշC7TZ	n=2D^(|Mtvyza6d5(I/Ä]&/X_/o?3Tz,X.#=\Zȝd	=EsfSPK=IA7w?K*юw:H$z0R$ͅ$Oe@6>ӫtԇ}%	͕^Ѯ+܋Y?ӛ1mψ>$-`&8cσ~z%&R2RSK[ǩ'BZ<;/Fk4ueOP^s0N.ԋ]baX-Z:2	$Ӛң#+	F.&>#|i#,	3ˮg?#6TŸjx'5nB"SO
@Jșv'I+]k^#}1ٹ˟%Ìӽ^b:r?*~)[9@|a/ެd2VI2֑^;CVЅba0!%1"CK/n"A@6b8yBcʾ4$m8޴>%*ujƼ[H2(.oh|jWL2Eb!áRmh[xc̍ĨY:T2x@UKu׬UÊp+F
Íٯ+H)Uz	"$~yfZfʌ/ӹyqC7R=Fl	^WlyK{v5hPu 7=ەm(dԀqV?4_ʪ$ɹplZTp.@@[5t^ڴ,[3Plq9UBG^1݀{ebļ8SҎRarW˒jҦ/&z*oXĽkF#[P:3-FLO?k;ԓ	T>=8%9HۻzoXH֬mȱ!8p/GPDMs7ŕ7.>1'y˥	0߁Ӊ{!2VݿM73.ʕ0'?Q+Idđҽq$Lqdܫ+ɗVĿ.$t e<r_ts	f&լNYT8/)WL#2طӭhٿUy?|g	db 0,۬sbFNB	kLf#+="Am0Ӫ3#}`gQKKҾG"EBhur)3;[%ʢh3LV:8
!چ10Ɵab*1h̻|]d6~FGϠq{siرRxz9MOH]G:&.<g8"٢<;TM#@m<Ż^LFGB
svD8jJ
.{OLauƩ8/x_o3M+<4toHu:ǑN*^ڊ{Ν1|ծڳ܌3P#Uu_5:	בyÂ0
-32tSV#ѵzp@
BQmClR̽eoJ\Qt"	UO?'1s(tueSc'JƮH-Ɇy֙_G^XۈYlZFFcp}Ȉe"x<=V̵N>:tJ[2/Aٮ$s@`Ou_EZhv͵S|ްվI>GC`B$99ej!vu*?=N&"2]dp݂GIׅR$dNyX)trՄszK{UTJ5ǅ-pjY5]z[lc|iu',} )_/dд>aO]͢zdQVU/K4%ڰyIq[^\2~1®SMWmY{n+HͪIkMyh`p((ׯG/1]s߁g,Uں\ KkQՙ!-guٍLWx45q>dW86^{_G{N2EecEeD57³	#8jC	4E!g؍SE՛u8Շ:Җ97"PR4c̱­=a?)LaWyk=Qi>)D4RiތGr /mJj+KQk-Ԙ!a_6P`pc+]l	\_`ǄITʲƩA'9Ѥp#5ANќа{!ǀ(PCm̥wngW)Y-Ӱnˤc	5tĠP/CQ3ѨVBeh}v&U~YUw	՛ICWuM/I+|G*ŐNg΁	`WwvSYH`Ѽu3>2-|5e,+c1ϝ
"
OiamTW?it_sTɞoh *dOwQk;pg`),!.ӑSctuJ9wJgrךfvWjg""D2l/XH3kzM}&׷iU\0Í#ղYk}N/baȈb6΅ #,PXiІ;vBD24n#xL\g}qoDganR߱fc=D;cdxL*lcImdyNq]]"P3DJbh?\)m+C6w|M}$Jr2A`/}=znjͩiJTܷxH֥ʳVhۯξJ:#Sge*vPYͺ]13נ9ڀѸ5~SKV5}DIb|APk#/wt2>`LUa[WIОl?wѶhԉ?kKT%aspk@\lPxDg`OI֛\Hl{п`Y;uG%
MhrŮ{b&ŻP@Oݶ/7$QO'Jb
wqrR'd&s6cnlilYjߙWojk]č0:2&rb$i.۩̓0:»=O_hQ*TC"`(J!M]~8֕'ۓި^MǏvoDypJ~Vv
Ͼ*wI8Bz+ӥpǳԵ<>ܜ	D\ɶ*Ҋһ"Mwn8zMa̩6WqG~,&_I2OMc16"ƿ&b#+&(6nSkIhĴoӔl,OSĕ$CqcL]vѝU!E`Rޱ:TsBkٚ*W4ι?84Ժ^\Ho_,38gԛ2q$J.ʒdӹkjŏ$.e6@}%-V
%lx{h=K9+~=Ǿp3n9R@ǭ/QbvkZa
DΐӅATbn&8̔BBUO͈'dXf}r-֬kleE=;A+ň/c}y01l%D<_h\]ڒwܖ"<jS[W=c/#`J4e*U@ޱH1Kfj6MhН6 Zpi|}D1@y5KH_(a;
M:A#ӏwG3dji6SV^ŵ*Ѷڇ.d52F>s#J10-^XZDXƫ&T|Ħ.8YCݭ{۫
ڃ]IQ,W!sseU~
O>Y&j@ѱj&RqTk[ZÞNыRgȉ:G:h$p\T0l4?Cj^OU#{\Z)G#\_ٲ>88se@]ܧ@5CqүA=҃$D8apSw\(kgȴrtZڈe?N. >dvS2Y$]d:Yd;vU}>?OB
4G g8N=:~s~X2+rڏ_8y@y߀j%7K]tͱ-Eܬ9xX1}85ŗA"Ԓ@QNkf˅jVxʀݷ
MC?¦bx#;^Co`OI+F mVy}p42T*yTM@$Ffur|'zF<AJ42{fhfǉQߋ	1{?eGMD31\ֳ7DT/3=Y4Vy/qϘڿsi	'؄ܜCW|.nyȘd>W(^4yߨbB}b
$RVZp&!6ϟfwսP0ޑL֊$NF׵٨q̸:` ڿ3~#FߒErɈ(
L@RŧZ-U!OKRU3a+u׸mP|.`zI-)qI̛-|.ݡfC$7\i|EsDp#j'g/HңZ	SE7IyJǰw8[P#!'Yr(BZ֩+l'FvXH5V3h8}%ƿoĽW4@^s<.k%'ί5\&&YvRWwŝԷ>ʊ(˽A1hv&*?A߭Pу<,/+Wjb.ӷu8SڦT@AƌkMql&d՝_X 1xQ߅SM(t[r'ѤhYQS5ܺ(׾C.i "i!:Yj	981zsqەiY/nbJYp/'͓dc%9T9\TL70Q1SЈ̛!.mNNXL*ۇ^\}4P/Zo4Ծ!/B~$Vf[8# wt8:6w|t&zj4)E^qxt6#[YϮѮA:
~W?4`Oo4>7Qk?_BʟKVݡN|[0<B$/W=	0԰]/tSqqt<Va?:"`1jyN	U e˪*zd$"	R`& 9͔$<$n',<
Kqan\5žɀ^:
B|-)Iʓݤ
"ei%]GE,|ߋ	*)Q1:x}O0 qb^yD}4͑emT~DՇIy-{@Lv15nWmYe
8%(]KzN|Ёw/b;sx*՛
=ڳ#tn!@Tl>}	$(	f"/XgFOo3=3+hZW"`$\fԃ(go{ȺE<TX5(3N:w773g,QjS6vD'hյqsTWQ)Q@OLZ20jRИwyirZ<ĪM=v6[ܜo:#
V[	DIȽvɵɅn1%ݍS3<y70faCΞ] _M|ڽ,&.EOuN"'y̲bHiR\^)\7.ZQrgY+Ym
NƾYK]b^&kV:ęHmNzAӂvܧŧ#	?fς}$SMYgG܅3=4P=VXu8	2@i9w~VUIWPʵe}	&#Au"GC)!c:^v4ա	ŏZzdn:XnOΚv)k)K$&B:Ej݂5Rnӹ0C"DK|N=8-4(Wo'{WanjAyr9ҝ4K.ևA$$&b|a8bۺlx̍]=Xq{X4nWTȼAkEVMbFӓ66<:k{S+
ڿȲ{U͜$ުKҚĠ|epydϿ\ưa,^wS̠!cZWe1
"REۅ|9GZR	Ԩ	WJE)%4P(=e!sѵ%جPfyȨFڨ_zx*$	bƹȜ$Y΃u4[|[Ȝmŏ\ˈ#-<!
EYRϫP#
oPFgSPLۍ/t!}uZ,.ό ԫ5hC:q`/f<6X>V)+'YyԐDʹ|8q40Ѕwg3pցgu8vڼϣ#R~k+Jz5g:Jܯbs rH	>D#9.d@)?EC[\<tSA!IMc\nҺyz$-0Ak4P0AFf3ޕɰf`3
6KT/"DD)qnsȋkF>apΘy|WmL<2`J7z(=:[B8ݓψ'&M9r	j?ѝ.+Q<e-8t<ҴH"TQ,Kb>b0ȓ<0û3ڍM͸ >Fo9U"xćSu{X7T~A]Bf$iCwIɼR"Iը8%+l%<He@2;kް3RajJ,֕?i|9ZpMxg:GSOajnh×<9w%|pڽI\u p2A5gI9knB;Yn)%?Os&1=7_W$ަ!/[I=.׈FUDzSt2hM%tl^G)&WaK %9 ݺ؋S6XLզ'#ZݥТ"990Gga/QS
ޑJ$bF.J֓^WȷGف_\e5EC9Ӭ!T9-k		ݜ&.țե"Da3)?KbN2
:äTvvΉB%&۟ͯC2tnA)|:)£I=EQЛa߬qG?QPj~_so'tFRf8QF|@!݃D)5|Ҙhm9;hZ7.Rۤp!};0$5ĠҮ*`D8upuzӈŲ@HŖћahcA(ǿ/tFЕ@b|LNv?ׁV\SD53:6^ѶMZpxSvpZ%Lߡ-D_?cB2A>oZ8#l>;`٫3RHX\)==ǫ4խ{aZX!!,ة7v AfQl+I1NVg`~;k,9ML~h3$>Z)$E8-Uyt_@:&@.,٣*eO5m\VÆcǲ<G$$WB$ѼGTJbeW8zLJڞӬ5	u"ZfuWJ4ԋ@//k5!6ץ>u`uffؓMdE zZ2n9^ؽ?ZBz ucCJa/D[vYtҷfjMKu֊Cuܸ<pN4)Q|_'s-U`%)M#^U%׽|:RuVOBGq}&f
'&quP-<ř5V"$an6xv!$f-HtIFɄaL)7ZmK`\I2EẸ0L=77*BMnr|7KWEcaU{dβ#qcqՈ=P%Q+OYפLAd{i `@0iDcs 8JZ`~`=8ͨ%f2&^ҩOry5Qىrǵ$8iZ4Fp߫3,Vp-y.)b/ŝУŢjp1!#Q̓+εĿU҃I,]Ʊ;2
TK;"ɌN#guciyľ'J;E؝),l8"h	bDr>M8X faɵRr<d3d<y%t'AРJgWwg?Lbz¸DP[*e++BT4,v],,Xšy̻jrGgN޾hOԿ?ǟŖRxaՅ`%FI7_g=t"eN>R99%'2E(S`&G!	"jl)ȚR|U:1s^׉}ќ(M;E_yŀBaf6>zDf4PTCHE89ʁ)C]4%]إO<jk-#M̸"k-rr͆Yv]o%Ĩ%,zMp|=nU&tRѿ`K=cYbHJB*j%Fo HvubPe/Ο7Vh
8PpĂ	ľp׺2vxҟx*"wō>]&4õ7Zq;ۺAW>ds9Jd6٤bҬbG_bӎA=Ԃ$ܦ8ʟQR9_U%=1Ђϼ#ES`&}6d[j%34sbտ;nǦr`]{uaN#1{@΁{@NOxR0vӒ8gJ9±:'Ƹ7ofβ^y&g܅}0}jM~KO_ƀ5`\Çw?e-SBzQj44عcp	>ZSBjUb$-Ь֪awό4%")'T.h.`ZeJUъ4Bl"'>͂dh7Bzb7͚OrFC˩]V6?9jhrWbmW{V.!gykx~_ԕΠrp]?rݑ3YB"gx1kdD*kɐE8spCt`w3.´WZdw7O	g<4?̫)?w]3bњR%o3°֚/})@(]"\Mאz8g̨W/>ӁDY#p,ţ"@͘BPUg`=ڋ2R5<?g+rkΥG-jQ̧A8cz0-5A&)|V7WF0P>JD[bzI`f>ޢՊYrH 9
dAyqFӥ9aI"ul2(mHIx%F,	P?QۉŔEdh]>iҶ~Ӻ~l'rC֐ˊܠ̭1m.c6gRx`T`JP(|o!m8шчm#{%oB
̖JarGOˠXwRWR.UMu#҄Fg4bVel)ČI	Êl3&pt@CPOyi#,KvL11	Š^ћySn+mnզ^p~nvO5wT?NK|N:Ug;^Jh'N_N)֌0c$i\׷҂RS3K'pE>eN7){ɲ[ȍŌӒs4'uc¿[TQ\O3Cw'֗]FsHiq0e:Yb:CbXCŭ
8ZR<[ùvwڝUTe?i«/5|=p(#P#+i"Ҡcݴ`0OvZyAՎ
W9i6;9d۫FSF˜S/"P4)<jz|ձP{eOߝZЦPL~Wַ9DI8<^ߞb-Vu]>{sҨ͚5̿6kQ>([c^l,cǔ
;֨5ٌ-yjݘ
F7$}B9fȝF<mUJaX&bI/ijNJO}w>
C5l6/#]VrXµ]GQ/͗X_9?}mKJ=ܠMX%~kHq{C_(<:W7^ҾDjA>ަժۮ\[&SבP0uO)FT?=a#:]+s,&[HPFT&Ya(Vj8Nј̗Lí<f:I7`jDJ@gWuw;s׵I%MI}͍:L~crC&t3l)AcUbaϿn}ƚ,{@ۑ%/ʳʃ|eہAI<fϙν^FBk[
Č8Y{sFC=~M6Gxj%g1Ax3wř"|h?RDܤ!\	g?jۧaqSI[θoN)^F*|*"	WυMyc/KzlkF
>wsI:|yRջa"¦ܮ4ܛwRޫU-&TWˈ֙V{`ceDMpQBIȈ`Ck͊|?x/2XH{oX,=lddWܵJ"\=ɴ"`9̖R~$o+l}-o/"ޢwr7;T$΄`C"Ds7U)`N:s6P|'9*f)~uf]ӼZ{5^o]G9J2ۜd)4e$wEp:ƃu,(I.YxZzF=KjVpfXކ5ٿ9:4r$h*
;4F!#%(h}X]*µd}4A[?izOvϊki,E$ʪ^bE{{bǴM+{	ʾ܎tpMBڞó}:2&lصI޴?(ޢ])!̀Q_[؅tlbPg<fp#ʫ֟{];6w?@a2Tk}Vci6ޯ,J"71Џ<e`=H+bԜEŶYČ{"qVa;G~`DİZrkXlv0'=
P\}FDE%+V:߳04$Ԉ!u.4?BrVd^w"p94T,4rϲěXv\P1VZGwЋoNk&TYfL8̠eVh{3($7>9-#IdLCf)5-JK[zҏxͰ)O݊%bQ?}<(ڣ\s<O4{ʅ}4^Y"5XׅeAӊMvYȖoͤ7PKqM6$CRԍ'Fbh§!o{	Z0êOk1kJ~&'|ؑc"mնtJE![u-$H^hk }y%J P%Kp˹2p{>\l;U yh]ޝf@6m\-Pv^
 pTrTV,ŹͰ\`JEWQUϵ^t2-gmU%ORJs@U&-^sNbV>ޥvB8cKk6@1DJ:UY/ru[(DӺ	jz"=_QgȲ<ܰ7>9?ifNAHS<07yU,գcB/ނ0ta1ru0ye"Seaf`!JF]a84T*!MC:`N-^_tΪwՊL	4̧><e9ԷsSߥ,~xVܠO߂J@	:n*ٟ^dRWŘ۞k:-՝xDadkd,'L8FlIL&Lr	8%JJ}qEұCZȊzV|WtҬ&R@kvXsqͯ9O)i2U6SUӺ A!(qA2$k֊z8]݌V%ň
r7q5άI]h@W;g<	ZH^BpX(Ч
Q<!tOC/¦X~p؆gR@Q<
	m]6;ڍGa)ܧm`Ӎx9kJ[0ާ j{`8yk4L9`!q{i+055O3cx]~D!؂N<I8^y	[)q8mÁ6hsT́Uli9A¨و4n<!F~;aəѵ-g?ʌ=RL6%m_OCJ>R|P)ǃ
,՚j4(z8OLzb[&=K$ӳeD8BNE!!GiVv	|ūӔ-׃':rŨb4h\+z`P,wsdilU~&g˪/FLh7QןC?Ջ/c<m =q
Aayοۜ 'm>]NnPaG93un[E+5ZۼeЧ	#Bjλ[Z]$gO\ƱbB!֮&Џ!4yk0&<3ø?`lKGR{8AE,"ZӤ5Ǭ]=_7~F2OYiH<Yb&v>>`ZK8VYzJ-)8Q/wDe	[Bsh:RȃKuש60
od2ҿ4$}&k2	@zXٞҐX9MdʰHW0MR9&d_͡ʲm:^7$%S_(ݒYLڻ&:JlOMoO8ͮ~FԒy{q)bߙ
ZЩ.IP\lm(luYh1иbtô{jvѝ^'1^WzLvzLȽ)XUr4z2fϱ=[jBeӛl
SN$ױ̼ˊW	"ww,<,BZ!c%)haü{pD-}Xe`KH˗
*b[fH{8b$0'Rٍ9$rS6NY6dqz̴y\a'd] >v#ڴT?oH bCJ\D.YޘVl+"U~7wۗƶ{ʲiE\gV!JG\bʮIfŠgӐkRК7BSסdZ3z@vGzE'.3ep_ e:U+\&HRX,Q7{'n΀/x.kNԡ:].pR¤(A0Ԩ((Iv|¥TeX?|Wһ2@x<- {y&T7`ՅHڙTȻix!kwXlEn/ߗG~Y#E̓ϗi6wrdE83u7E\[cXI~ïAρ>ϒwĹAVJa ېceyei%[+%&
,θ4Λ8]Dܟf̵BHʢWɸ0<ϸ˿C?$Kg3I/D8аچ?hv7;kxzy 0Gߟ(
)r]$̔NMplҘJO%ķʜuLqVɆj1*r#Ja[gŠIx*{1`ԋE]ɹ;0ˣp
2Io[%y_	n?@lؗe]A$Gx=6sd."so	ŻX-nqC/X}sBrIM6u <
\*S'd3ӯR_Z]0Q`?ZZ\W8k\ĸVmmX6,UӅ5ؒ7>+!eFx(5ϿNEGs?qAۧ`#. Ms~3_wdUw-xu'	i)~ZP:G	IAG~s')o\Zzz<Ys=ιeJpd-Y;\+gK5jpnc{;Rqz1c= Tqe'-oS~*tRިաrH$1J׏M5,55*PcύdwwFa-rq(`D@XcnxQeW0 ykokƊH#Ɨy<k#DܬL`+ARX5||p#8fڣĨ`'q:Heqr˚3Q&(:ۭvD3^C(htpKʞ݂/$rr/BOWCsъ>:_ԁφmIIؤ,t+Eܽ*;qͷ̰qRR'(b"ߙGn5?RCDpcA7GwD%@V׌ήvo۫DstOE}b>Ӿ?~T{y͡F/lc%ʶ!dlWD#ϰVQǻǭ̝gPj$Kg/kk	cը,̋D~V-v E߲R̞8t
IȂ'^/o6qm]~e_C<;Tq7ws6ɲ{HH5b4wJ̛8Tڗ:+vNyB6?*5\d1{г.Nv
&L-]M[zXn6O_m~OON.Q6f!=:-ęʐMՍ.ڈ9ߵ?DyCV
bʈ^HfQGiڼߕB88'>s+|Ef{vc`l$яnגG}A̚,YJ/2o87חp|":SBr_ORb\I۪&~7׍;4£ʧ6Þ؇Ѫ7Pz	9-G;ȈdhO?yuvƝ1*~E-ܥŉ=qح/YPo2BKTP2\cvw:>H^:4E<r
P	dk\H{f8T!VW%Z&X`%O}^0Z)Kgkͺ2`!zLo=%/ԱvhϓmJ(ީ*ɸÙN$J90<߂ԓ;'6YͣĢ ;w=n@#En>vy*r#3OpY8қ8dZN=ɇ/c`y@V*Ōn:nyKH-,lyvY}F]L#AIy_Hgv;%N',r1dW>V]-X[δ68{
=Pl@ܒgD0F3+[ WaNjnE"/Yʐ\b_2gMPM:jn~}n/,QU!3c+dsU*˥=WƧi֐@o^#%ՄZ2{q'ի`LrҎHѭ«3ܾۧU!y"Yҝz`Nǿ6?>),QiF`50
aux֞kXC~L#*g6^ǟzy<JgKB]ƫ2Iq(`4ݐX̼i6r:QlHA[Cx?ǺY"~-erv1yӢfYGN)1jaʯrݕ8Tm^<ǜo(%ס \'hX˙|`֔q6jbzS>B?aݍIz~ӎ(|(J ZnF`r=MG*JҌn3vC ҚH7wR&,0#CghKl&Z+t?ULbԒjT+yxGF,D+^P-v(Ow'P+޾PA'R~D/s{х.ڎ(A:nmeqޅԞYDk.\s7>iCE&aYY`^v	78JZlcȦuRq=8(eY\SZR~3&Ao֝gWΣ#vڬ8}_@܎4ǀW,n1lQ_|"oB}7\w~VІM݀<%/e0-U_wIU8~i̙41Ά`fUCL^ϧP/x&hd1%XkD	I)ŔyY$w.;̘N)]ѻ9{v.^v&qZY~XN:#WC}m|!5ϻkCUXvI6oʮ
ۚM%ghZgY@ɥ2zٸ7]JXϟ(vihm!CL̆3G ^yC<pɽYe:°EjjՋϜʤפETXy6l_HH|!t?n@CҎ:cν1.|܃SiFZcS;І	*mс@.NąnN2tR0Z3FOP{%8E4M
bσvԳjFgoެ֊|5đ.5iC1.h)ZMb@W'7c3x`T@T(${rť<yP<Ve[ѴbD:IC_L]1FV,zTPi]kwexۦHkMWOUS~2OzuIH-Z#7ɂݼs\}zj;FW_c#(>ג=_pe j8i2Ǵv۝P]m5ڭJuˇBuWɝΙ&C'qdh9=*KAzyԷ)zdR~]/֌oțO&5lGj?`2-Qx]osn
xɩڮtcmyr	W^$"٨؀S23ܖ	ީ}gD&KcEJyѱUe-44i9B4e_<T(Tqiط@պ
_S>|>ަN&gV8i,ۊX5
Ah-buDE+#v*UAzwB`3.eBb'E`#!#ܷ8B1cw,sfhY+4B%L߯
W߿,
qȸ_|leܯYJbzΗɥ`z2şUPX3T{H/vO\9uѨI~P.8tnUFJyDɡ	8:cw̅M\Ӽξzհp$bXɁbiz5م +.kؚ`-ؑ)ڣ#b-AH5BԢrР[X)'xXs.q*ux&%߽&"IeՋ-Éq_P`&G.
\Gި#.^اywSTiM a=ŧԆb"{?$Kq_	j}Nl]aS8Wwax,g/hAIdTa&@v~H\J'C;a~m Cr?֠M"!<0Z@_2&Vsûp9+OeCμT?jp{1.a-Ϊp	s|$W)-`t{ 4
aIY%[B߬"K|r)j\rçSyѵjm3׻!6]¶(Let}8w0Iqa10)SrwU}WMbߟNTx"c@0Lc>;1ҮWv&HUrF>k2Q5?6B.ؚ@v"0Q&R[^ǣ	ۅ($"m@oVg`+BAN9H~*̬u2wt?ѱD7~Ǖ]š>i9Vٞ:2ޤS##MݜG۳^C}3[];R91݄s"M!٫>?o/̼b!kTqT#Gق;ވF!`LGa˯('/JڳyhBfUY'>i?n?NI-r$04@;
g
Ȃ*fk6ȯ;P2P;n<T#LJϘze~kǳfM`6 a\ܽ0^MvdQow.ۛݩHx0bXŹD3@L?xW'HR>Z{+"!Т|^Y#hR=wkFf sԩMi)m˛`ͪ5Ɖ{:@UN
kE<"՜",NU&[|<lQy7xPt7ã!ɣEG\-ڜm_ڠNs b>Em'2Ea|$0W|,1ԵB4ciNUPGGM^oywM0U~<&a0iR=/ϝ%H2҃[-H	pHT7՘˪̹݁8 ܂Uc^rTurcG1_ܞs%ֿm6Dߟ'YW(OBzwxdxpԐԈuk,8v#&o@^@ Gk-ʝшu{7F$Յ6;~@m3%?@;eߴo'fȳ"kiBjϱy=4`"ڪ¨rLoJV)p^xJiGءuxh{gSl=е	>QA( z!8+i;R,d9,(hj!%WϏӂ_pMޭ%63A]XC%KRJ*x7o\,٣Ʀ vPSFgaˊ_Qh|68)<^rqanC#:bH|mWgp;oÕnژ7xkUNƃw<V|tYKYktc9{˽{SUru
[ԽJ{5̵3L[_16|4f^9 xhaڮw ;})m>F,Fo=L3=ւL$LӰ5W:+ۛ]0DAfDqhXw4"yڳ\!<28ðr_4Nj${T 'ɷF%ʚv+vq"iUq8#hJ:D~wsܙpl)Ә̞HVF6.o=[ZTZľhV(ίގWҘqӱ\
D2ڵĽ,X4s(_(R7xdǤRwtNZ?H!pRĥؙIRx.N;jjzlw!?6ȉE"_
>7ܶA`yA?9$L\e\y^_>fĦ~̔J|2Ջ{'8.1!&¯wܶնPm+̻uGnVFcgѣƍ{_~MͣTNY*HlJlj*˭DGt)RprK+Dm:
=1Ԧ:6KOkO\`Zt&V3QXi5ׄvTߔ2)[JpyN^G_VR)-6$\i1ߖL4.T##-:RxU_m#hO/+515"|GэjoBQڅ̌KΔ)1]}CҠ`Nǭ=roC.';`p:+"{;ͺ	(&$Kusar|ĳY2uQݝ'˽_TqPn^i1rkqvƄ2i-c|@D2IUL	̺eC|ʩx"UI0-@I^) =IARP'9J<1xߊڎ˳'BYIUؐJU%BB6ߪXٕo:2`un6Mo1@?K.ɾƃWW5O²g+Rw)'VWHR-f7#1jG{l#?})u7ű`MzfqwyweDÔlԼ1_mDlc90"%
EPmz}֩\TJ^\-{IDYYŃԎyz,ג.<O'tI*ӥ9ǂ7̸CЍ&/:QS۳á~v3;Ȑ$Oz͐Tt~iӒZ72E߉̌/9VݲϪ0=Chܙp!Um%.KclcҒ|/sO0~v5F]'vmk~	,
x"1"|!&J0g['O#ѐ#$:DAljcփ	Ε˧tf<G>g+}&'ѵХ@=ܕ8¶7Kޯŕ7tv-3tҟX30W޾f^Oz&º7{,abJ	=;ĺցsYUAjڵ}|J~<aN6uwρ8IG7գŝ^m׷۸GF[t5v\ЭQ1٦p)_&bgK	9?ع7>=־*w۽=JRx)cu!'/fZ{O;|2$`Tԏ)MZDBzw//yiJj*2"I[<%IRzrB?-цhоqόMѯ؊5$I̝?>z/jWE\s>Ũca	z_ϻG4Y7um˧]V͑aܳej=tqfY\ۯfv}Dn-0)dOhH[Hi&yp9đ|KyuA3XD`Cwz0+8x{<I}d81?f=/hzv"_ v}E$<Ͷ&HyM<!Hi|>=z\T	jí¼ӟM&x+;ŨI;MwmMWt~tV^~mK8[_ZQ.#Œ5ָ')!KyU"G?Ћ*WOLn;R6z"k`RTx2n/6';rH߿޶d
ȎَBʨg9o8~agl<؎|C5ʭ$nt1~5Ҹ.uъH$8t(6ڹNX$W̆­)Ǎ<H5qqޥYð^aUheFw(8p@f[;xJoL0DibBZ!r#9Án5^=8}CVM0?94xi"B_wG$Z=1CȟD}
c&WFGgW`ٍ߬m=Ɂ\Uckyh|1SqS΢1z6գ]tdԲ-@;2Z!q%Y4,:ͱ<[T:6}-=ZxJAe!pd&mSG21.nԇ=]ξtkږҀ.@*!e.݆^t!8|C
i͈JN_	nRzkd@]N,D3|p
&0eE_%p]Gm?eAu;j@<U3-_tA*Y],Q#?9\zuY:>jCb[ʱ<KZ̀c=$c6`Tł,o["D?OW-0Hn^g^	Ӊ(@0_l8||dɫEX8ϘC\l?F-nRm߷$߭?Tvjw-ҽ^ڠTǾrJ1XT-bDx]^"_^,DPѤZl&ƻGK8,Ui٢oO,ʐAYJ9.DMȚ-ͥkĕD7\d##ȐhR@!fr^T@-tx!-u&	Ѱ#\lvz=#J,3Y|UD7t`\/B,}BBD/SFoV$BŘ-)c{'4
<ɖ|ΨZHH,­M>'|%EG5c%~H\ĺHN&VPV2 ƾg%
/>~TS&ϿdFƭxQ4" e8I<ݲ(%^Etw#BW%=oK+U;!jktJGzK/Jt-8gDϤAhgӮKUs^BNW6I$|2!ƕvʱTM2MwqES*lqJ&#cqx]q}JD"NiOpѾ3+"g#XgS~b߁ɸDӇȣ2]Y%?q&:ܰmZ?^:y"Ç.`ϭ6ۣ8@05Q	F.2[nYHܓ+{:4iYIv"4nzݤ^=MagStĮa<m1$uy}M۲*ڼHR$}.kRcp'F2M@6am4>~ku_Zq(7DIbR R{~.0IٜeqqSY&0`~ݲlz$#ӠfUTݣ77$;״U<VVBӷԔE+qqϣ(_wFKfq)}/فaL4#X9֑q52i}[.2P%8P6W[x֨3H55l$L[DϷl# ]u){Ue-Dxd̪At`ҔҺJ*S7X*ZJ%#dccڌQ՚CjXYjCd<l!RKT&V*~ʱ#0յ~$B0Kv<fUfix8a`8$gl4ߎޏZjwP?̝6׵[+Xq7j׆x{em;jjR>@Z۪9)ڡGoX?uyB"ܪ+A;WqsƼDw
HnZgքbsUY'*$_Cqյߘ-ň@'FgRv[D~vxZз^{9>ܛ1qWA`/αޮĒO3{/wU?@S]~ NO@5Gâ97{7&-R+o0F~@tωw~G1ʾzИM+pp%`
6ٰ;ǠEb{&Vw0Qi#ʲU*91RDS}Iz*.ۓmgNOOA@pl{ţr hʙk5$7ܒP̛Xܮ?.Ý;-(Z`(E
YQ9rbqn aZu!l~"9d"@gǀ$xV[GD3K[43Հ17;4<;EFpK[L((cqvB	ВS]~OZ~} FbPm):t^Y"<R:r%#)#^^?pI$ܞIuqC~[כsIa!)+Sǃ9VJ	`;%[Dm?hW' 'ƺmbV ХKFTʆoJb!$ib6$qA*5_6y:<ݛ-\ieWĩ4 	mc=bw0[ь'#_,`8CU*\&KÂQ@U&/1IJv-5ɍS3( J<pPsq/	Ɗf͈n7Ŝ~J wAQpw'%FHk#:n7΍:OUڝFY2lPj6AܥJk@%0WU@Kg%ćxڨɄí=,m$sK>*(\B	ym{ں6μZqA/EǫEi6ϸQ{pxk@ًh/E78>7*0~7i,q3_\rZ>3CL7^jyy~\m6K%	0vL<L{Dݸ	L07Q>~uVqҊ{N d!Gp)G8.jb*tTewA(.npg3OqG*3ΏMdC~]"d,w}*'j*՝o[Gܳ[N@EF|V@nk.cRP<bοr(OsڇӦ@nUo<!_.3U|(!'m
,Sب2OzX
t@Ͽ4HXˌ±<l0X92m/C%olYˁ
rlH=tCإ$
ܔSÃw:a,;ap_6DQVQؙIxŜ(y*NI"{2zѬm7f>8Q֟HˠշƚiJ")5IBCGtrMJՓ85~cGsp>;e&_5ji/(z`zM4]E;@l7M~Зof$?YF(:/|!+6l0uRv*a\r$*MƔ|uаiuʠͮF-`Z{	m)mTX@|w|M	FL[@_;ԉuI<p{ևΖN@zSVڽMPpԴU1neZ@=̴DjzQʽ)*<NH}c"!++8KAx}&.|?
$E699Nydbb3qciT|Qժt1.R&Amm%TΖs2[|D!"#PG~8&?XHi1e\k|lf'?41`Ճri;'|BR6Oֻ`݉UsSׅu'E?~=Bxk^DAA?ުo#=ugӡH҃HCc={]dsbDXE5[?E:?#֒D`A<!D5$;YC}%) ɿWٌJQu/_Y0Q`9¬	]$ǵ]v]CMGv>L%u7/Fɯ9|.,Or8u	ǺIcseX\|PJTd	ʱ;!
np&ϻsݤV9ϧCI܀/*kl	۶d
}4ݹοO8\)à3/§@xbL%>'w\uczrzxKޔR C4 Ăy}z5@:iLU+%*qt~(
*tȻ:gUОwZ5lפ<Ϧ|:&I"
֣23Pl/"u@&e`[5A tĄO޼YldqwSb>ʊul!h<tUXJb:{CB2}.aܼFOUC;ܨ?2#Υz|ȞETRX&!46tSF1dNM3ۊG3qĀH'҅o*	(°Akvˣ}WR5P>6r§(CiEqa)_2t%/r!ܟ_LbLYG[b_ςX˥ <aٳ"́7c+д&|vӵɱT{Qjŝ'S	;qoad`Vn}aU(ەM
Е_ĈitO6:-l	hM?yЃsN>zƼ7@7OF,T)EESdr:F˦vI-^uK|%xuٜwW._rsAMߔ$ц%><Lo[WݳV8Y[.?RWI3S-%W|ؘ%I|QBh).m7+|iKDvI@Mȶ=YjOq|~]"B;qE@lԫmz,@.[f{!PzTY̊)ѝHV\ێZ>2a7be)/ޠ6"ٿ-qa*o@1hfwe&W&u53{
<ـgP6߁oɓ2AMoyt0F_AO6B~x\kWWיz_̢ʴe*#;4-Z[&Y59tt߅NV=3ۡ1E8!1MvX֮ڏ&!tNeSfFd˲~ùw"v{NJ	(-n4DP~:2= :$ Dbė$=p>:¤ʳ
	s5>oH6`z/?v3}j2nT	zCʄѥФf:NZ	@p8'oΖxȎz	RL[$ڝdtЌhN߸G<V"aٟ"ߒZC>Y7
,a7BZ3Fj.APj{B8\4PLDQ=IѺc|غ,f3D%f0ϤsLX:V9s*84ugP++P[X8JZ|H|[C;ԨX.5{|'.IN||ٺ߿Bt>pwH3)[;s6rvk<{\ljAxX6[G`ӡlϨxI)z[lI]Ѥ:j`![\A \,Dlq( VPe 	q81Y޶,1fJ2$XQMa*_>eDȟ($pYgtUSdжQw+W\
yTomTJdlKk7}pPiۀ)X3qA5)t[oۢ9OBZ5H7.bųFƿv~ߴSڑH7˔}Y~Sg]~ˉiĠcW)&SoF|Nr>0w>t+'"̔+:\(W8ظ:.8[gozM۪H{$`?y.ڨƱVeHBѳ}Nt18]okE;@ETymfd~RNlywK[gyݟ߯S/qoprr'&/ُ`4:OE]dԌ
3G;	#Q)APT}I6nug:-+y#t
,rX$H??	Vǔ|uD^@_wGC+Z8+lqr.y*gu+eԭG͉//<q)ZDf-mnց3K}"Y_F4ɯrcߟHV7ǟ/;$[[GCYR	|[<0gPpY)6:$9ȝ(hMQis}w-Q9Pj&_w%E/sVŕY.:v^AfǇ>T:HRC%pcXӃd1ĵGse$͏CBH.a@)''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(18867)))
