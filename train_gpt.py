import brotli
n=a=0;b=1
for c in r'''LUΥm,q-Lq{(0Ӎ%b <Y[+~"=2()`aDWdif~G}<ƯYjӣʆod!s)֓O
܉ټQ.EܜcvXԍ
JoFP;f~>leCP`W:=ӓ)u׍&{83e-M1S^mC~ōV8	Iavf)CB:uVø.\΁"93lNUJ3Rӆw>@-v0nºc+ġǜJ8ѢUf(/cNu*tʃ}HA]JԀs-KUbc~ER&wD}I<W{ԜЖ!!U2Ȕ&eo&Ħ]0mb;ɱ&Uo`di`ӽG+2SpKIچgz1&*.Anވ8nhWմy0UڀDV_c~FK^bkq+k6]9֐hФ.^amv#R`iK:u$u`
SpJʦXģ
mBհ	Z~@t"\ߚ[x
{ŃƟf)K\p̛F: `Κ( λfVh`oՍ&
7]kŋVPzOHGvd9]yڝ Ojހ$*Ll	2ĕBC3Ȩ#ؐ,@8ɛ%QmÚ	Un։OBl[SFP%^ƶ*Hܣ$vSW]t.7c!>g?c<D>(ڦ^kɨuNΙN&UJ_Vh0ڃµDʩ	xѼ%*hʷζ'ylk_e[ݱD8w	QŚWD6ɤqv`ju$61>2IoAu@B>[vjx֍Ƙ|{ؿr<Z#;C}Kĺb7D//Β+]4sbV{DsdC~,	|Y-0C;89ZǤ/W:FХx E'up\|I-؎iSk?ghǒ.j}`_i˹Jʊ%/K,_g+s ;/^н^WOµٓ-Z,P	%&)/WP/?֕ߥ+Gx9ׯVFewy@\Q9<%r/޺?;,1^Hʬl73r*1Ͱ#`K|Jgsq!1_5*~<It6d8(HW"mک4Pl҃#8c~wCWc֒`^W1wwxh	i4Sɽԏe8tB@ !ʠ?-G@u_	iab2%aOcM8WD܉0[//˗,5ı9NhO Ő	H٨յ'u<{цì:8/ \Ϣ+,Z'ߜzۻ:=Ȁx2mcηV>,x{.]*^akR8V>J@fA1TMµm2[!ϻ1h0>OBڑ4_f-ƟR!;C#PivRtnfvA?//BX'He]L$U%gބP?X~:*Aۈ#Ɉoxiȫԕs
^<E	Kt#T\l-Ltѓ͌=ks;yW{6'zaۻPȾ!Nϧ
ܹ&J:x9~Q#DvJ˭;g"$gou~G32ԍKg45=yKjTRa@uՂ/(=7әȏ*==\[ox(>UUw0OlHP3DlkgY;ʹzXԖ<1@ޏB*ؘ"g<px~B\*LlK|i	w˶O0@ڠXLCF#"9;T6$){nb-ޙҹ*~-$Y=˛ϏcaeeG]$)ٮ?-e\gٍN0L-w1)S+ْZ/i\;VQ4neQwؒ?;o."5QMyԢy`c_`DЗL),\bt/ɕ>!k>ZB7J]A:@/p,Tv%_~;
B nVVg!49"F
J3^<W~.|O[BWJVgrՑ&c%ͻpTT԰txǽ%8#B,MzUh_V^(_9Ja.rǸ/!piC5Yf^*MZQ6$oH[ݕ9_86R(H_QÔ&g<kG4"|ݐ=wqϏ>&!ȭC01[=px!ɖ{pjT?'
$Ϲ?|~`r#Nگ`5	ύ_	z|ua6>T6$IڽۓvLQmبRg	6#wW'$`Ne[!]Ǥ*H.cPZ~w܁U25	w+/88ր1/FB'~@{?"9
(
Yk)(qД98q<JTF~X5yRB԰jdLbuPqvrUTÕ7*D4!?}ePB#&gWz19Qhь{|YY$V-3ƿo'z#mRXA($A
y{)ԭŋy}op(q\`j3z'Rc#z%ٌr~u6r:c-מnݯ!8M5uV2p 83YP?JIנ	zjƅ3Sķ%DyþE%*q7aݓ]	Wl:1,7)kAzÄnm7s7Rjg_XӉd9}B jk̲v1h FنjÞٖrycf3p742܎,}h%B6kN0~Xȹ|Ox|;L^f+Bþ3`Τ=-״ pKA(B7ΚkH'kaAwCZ/DkvD#|:>- w{/,k!G&/Z>םp~v}.ϛ`EaPn/60$kؔ-K?qΐ-zEݵr%*RМXhTH=;<ZVCѶI22_)<V^q\F;y>ױ4XfFwW(_3a{l1<&ۊT7V}ʶpśf*JQb<~XۭPʧv~d.k5LK+/VV 4ykgH(T dҝ1̀~X= wхk|tsdѴu	%Ӗ=Қ!!K"o.F~UR!Be]'L|ݑq
Aާ['pwgq
&n|P(d̾:kd?i#ϳU;n۳գP\l{;`ygȼ_f,MnUÛvpɸ405mN@[(ݠV_:7!`%g5Ê2ih9csN>FG5<<12=܀Q?]4U<4B(oJ'׼JU"£#\{4mu*Fbέ0`
KSFMb:gKp++α"ov2ֱ̐ղWv~!StA^fd`D6^s	Ṳ?#,1Um7\LyD8DlސU6ɫzԔܑRRud _M
^/Rг&w|X5;evHLʌt i\V Z̳;gl!/1ǜe_7ȫmӪ\o;	3ԫEjdn.=rmTwڋ/a:?Oy/"	G^C2hqkXVĨMؕ҆z"u]SHlo:J;lԳXRbe?7<gn3,Iy^lYvRaYss׺۹LÄ`;D)KwE=Ejm	φP¦Xc޸'ܧ&t2/ zG*|ccJSb73(Qv*ŋ%_2VEoQ7Sސ:o&Yt{K0rQ#Hҷ(^X@PNd:#o ͹<gۄ9	d~kӼy1Km@crH$kfϼ,F~_Jp`ޛ+ĽGi6ToSҽ$]Xkr?ђ֢^=ׁ%ı~nا"IoOf݅!)G1\H
߹W"WpV	U**EځQ>0PKRB)A?\WON]Tbse1xExle"۹>tydl7W(zY82wRl3v/RIG7y&w{
>l?	=هDywNCU/-ΧzoIU[dcmܚMK"ˁ`o&Nsi(%|Ne>j*>7Zз+XULlyR.TFLx}0
)c'__j CֵHMٳBd(*<7ED,V1s*K6n:њXrԁ2_ɑƏUjuPaw}c9i#,Zxx,ǸFҍP4_kC;7PCL^GuM2`l8GB9MY.ִ
O#WO &*}Pbqh@nt*a7rѥBGW1B*8b/Įw4eZ0T)\,/Hި!_0A9ʶXmdO"_<KfH,4!Ҿ]Fjה\AժC8Kmޚھ{r2NBhsJ+ſ8ŌL	zHe$v1
/P@=2-61f̗H9Ft9auvhVC"<NRE5؞LO\BpDӧI"BX#vr"NF&Zx/-l`Z?"u]S4׿NCHʽ*{5+(ƢBMɿ)Pg(okf0`6]R
܍ǯxͱ<(Ǻ z$W.fdI_XO3s>Z*.}Xw9{>io	icAQy_V͢8i<κXh7Qb5i_L|5ю~y3jȩ)~@	έҫpR^v%	P	RŃӬCڞRP'Hw0Q|/G
;!5-^c/`:eZ]D<ݲ5@_tQYϊ2âZ)ńDhۅB42#P!*j2dՑcSmgиpT:3%t6Qȯ@YQl[dOUw'8%(7"!٠ǌv;@$q\&O"}_dh8L	1E [<b2ո&	-Dp"x<
o+HTg:d;ʾ1M*U>Jumj=1srGԢ<Cڷ#NM?1N}My΁D`P`WĆجpF:ɦYҝ
+{;ܕ݋p41t&>:j[OL{7Z$ھH|x.^InJ/;wz@Fż! gI\Xn$c&zBQʱΜϚcP?|v|T̙5LfQ7+N>wܷZj?]U-v9|#fn>۶Bm߫OP$4qbL֙bKVL-;Ҳ"B\Zɶ̔FX/I]Ɨ׮$NΑ[f
m
Hаܚr2KjXIec]ۂn~MfZZQl5I>"%@(uov4VܙeY&GcjnqeSǝʶJkmAh޵^:N#+|WRK!TbԑZ_OKwgi;NCuv|/ԦNg߭.ѳ)~\jMڅ˩ Ǵ)eb	Ra(!E}K>sKݨȰYڙm.)+K֌q^e//9=2ȷ+hΛ<g˭.k+bAM%ݐX߶f(гW?a
#FfzWAAۅQŕ"I1~(LDi|)VOWƂ\R$5 gMi=YKԉsFmeeʲ<{M-3dxu 6JHcK-P~XoȯGSCGcduy&;X?,;D)%#,De]^DTFϏ+_k߹yִfF߬H`N°њ\Rl!ROĀKĥ(]هϹMf}v\@'=t´h}3Е0D8%/b)yy̮ݼu33s|$Ac_ۊkK.ߢ^0Z͢w-?s$v7lMnLOo%kݡ0YҴZ&P&f):Iұ&P?Qks}\;:3GW!ûjr{\xE2C`{:͏"Jv}froʤ#|ɫS"͌T8P\0WңȂviѩu^&LTʰRPu$V^Yɳ?4cȘŮcn=.+)Ĩ۩׻wnClh(UUif:XiU=.eCAtFSOBg'6n#ܛ0`ixʂ&(˘n҂ދWR7f®^L$	C
!5DLUiȻҾlkÛŦz5$½q&/E=y,L xy.p&4{x'4H׼0ڙ%nMz̚U$D6ŹqN(bB"L>gMO
Ң7i@ԿhH߇K	wTqİ:daNޭHӡƮ>[g(
<WmrkX#Ek%pkMҁȳ%&O4w]@0/,ذGbHOhCF#W=rc8BH5zf#aGD8oD3{VŢL7Y+w^~/&n_VCJ(2NXibp4߶Rh$6yOհR\3pf5;]Tw*niawOJϝY-*RP\3tnO_QzA7]L_9(sI+Z
If;p.Hch5w%t8`F>q1XDYXЈiVD(_iAYEȎbс|8\hpE 9=˶lf+S}]*b|<ƺDԿ*o
?Շ'Ͱg41k-hz+G?R+=1`.]%ϋAߴڕOiz
)2{{UYh[wqn$Qԉݮg*mY$eU:̤mw@FtEڷ
ts{ͻ-JZ-5ɽD^QMI0v7rSHr@;>g<OIF"Rt̓AӚ3Ƒ/Tؘ=?oPϰ@'xbԳo:Jy͜(ye9VJbHZ_ĐEÜͯW bܴJΡ_R[I:qx>0οĎ 51¹S-ۥ<v/h]oFy*"O6:c/m]tn5Ao5>Мh'd=2-1uSG+:P#Ղ-/H4|N·rI0679+?kP	rgMGw>WYv'r! ]wq0-ʈܝלƏ'sf`le&)i8j4Y{X|  /pmݒÐ^q4hϞq)8JWzGQmGʋt^[}#in"GAQV٫h6)qz-k2ȢPE͌Bڋ̳%YDnoО1GFCѭvw#֪4jD0ATdq
&1FbjCYy+5r{k0ƏCc	G`n
ϗUv8dw1tD0?mT\bj=ڬѰP%%zc7}Xhޒ4hO3FQ<COgqޠV0.q#10jDlø O'ۯPC=Ҵ!?`@ԙig?,pܓ$!3jU.rv-RfVFR]a]˛۝_Ν$w	IF;"I"WWd3:QV'L;4϶vȢYrzdu*p17]%JЇSqqvJ~$٧ۢں;$04goM7˩рP͐أK~pFe/foyʿHcEqr]+`c+Qe$d%+Ԝ
ߔAV4٧f7+[שjDkuAg<85^.Pch.kxy7>D:TPx*ԑ GRΠ~SG`8;kyfH-sdVSōǤM`Oo=6o>6+\Bֿ%15pXBsG"-VвOʔh#S{7EjwXvZx]x{O\PYtYiǈŉ gfȈYrZ=/7) {~	u%{LucQy'q{KtE).ס-ܛZYi|7T0(Tה<(	8Bkz:HUXߏ&+ЗHu͚sSv7Ķ?Ш`;rxD08C$ڍN3fdH2E	լ@G9ă_SQ9yOR7_eEMg01gdax٧c~~˕mzkue-{sD˜0Gd{۶)WS)nh?]j7s*Q8P?6UA|KL*7F r&Q5q:DuJqGW'Vlh1" OޓRS, /t:/"ſ9vWXؗڮIUqpUNЉ:1&x\eE>}z{~7/(ƻ"Cy]eϸ?m)0anIyv6[$@&c1Ń|VGrAя.[ߥɐ@UaӮa?|5jĠ%5v<>',٬ͽߠXpF&	[=TH6l+7H>j՘,#vV~
R)͕#uL>n,#8yכnِ9[JZ?VyrqD|\:kBDStsP`\!,u=u]yd6{=2kRtT+=`.Ovx:T^Ci%c߬SL7$CC`(OW99%367C=B_~]H0eƔϷ,Il[H~I*=49Ǿ'+gN@iGHbZ	HxLK.d9slps(Dv wHKSD@KQ3)ί
p11_*=q&͠pT<׀A^Dvd#ԓz	ԗ&n;He1 ?$C4#jlD<BWPpH\yl%ܝ`htcbM[X{ VѯKe.қ{X$̍B`Stu{>jK)OI'!ç{/=)Kݱs*\cn&
t	ڸ9aյ|t>߀NZnF}ϗbFwE+^*gX]Y$pa`:̠CȼJUX(-6ʎ.͛^:ؠ=UVڸzm YCCѫþEFfg$t3Tgxp[8(s%Xդ0=qπҎf@f*@O>ơCImpÌzd62cR!5?[~غq0Yl;|Ț,x`&BQK,!g|Vk^ɐlՍ5.B$w'ےc=FIqu_eՑ,RR5].3d5զGibptZ$ƸLVLԔk:;:޲	N_mcVr@yaGǇSϨ%Gˈ6ڃ0~˽DվO/Zլ>miflL%GӽpDUgs_g@+f&C9HO,	uIUl|2CN=ƊB$NzT*ДU{k.9p}:qarXY<pXx!bO?hA@[X5H90Z]җ\g^ʕ"9+6tupYY$|֥{y2ީtOtNVȩ^8M>ձ3ÈfYQmЅ:֭WFgN+K.ʹ/&mGXHI٤)!?esG7t݂n3$VqE6
.I67døn1dleRM<T )S1;\iP+=%\OC}ڢΣ%3atPӔ/IVO
~ûU(a	[U6+jj)}/_N].0h0ԧlxʎϪP0FIƋ׏%2lG/89}2cYhG5"J.Y1-K$b1n̥vK_D9}Q6:u{qOKFB7Ce;~Zz2qHzjl1Dk{$Pȵ.٫^)u\`*^M*hjo=K<2ȔF	Y2vhPv^fRb:ǵڟTЯAT)2MLhͩ0ۖ-1jnS=B'vwޣ/IbY06ιNJݓ*Ih!Z3XQt575 2k)֭e;<=c*UNZK<hOSܷoV8E*Lzч_"P3d,Xʷ)(lK	"7XkQJ.1]dp N_k`ړT{&	~8oiC+ӌ4'p6e0!b%+X+6EQת]Sy[>C"Fo+c,u I7/È?ܨH]đSd,qdPzU`|f+kYږ6Ԍ6ZމtczQ,?"3y^)0vg)i/W0BQ2\zGФ͍t'C6`iGt:tߓĝa3Q?HUbxi7om$1wq1)DU۲0K֏AN:MN"KT*w4԰LFboɔ<%ޞgc<Ѳܘ<?h[nm'_/5w'Ca#:_$bz8Nuqw6W=2˔Nʉ5=Gk`؋4<=Ts'_yaǨ"QpBmI[D&q}%J&R1ɑ	4=`'>sRûL3fw`?ZhdOùSM.VKN/#mKaղ}kj|Rӥڋ_ZŤNyPs_65PpTY,A8%l͹V=\RD܅=͈Æ`-SHq1e<J=6zCΓߊP}v|5Q%1ڶN0U!So8Ք}8]LW8=wNw	]@viksF4Y=մztoޮv>Bݷ|G`,5ޗVwl݃Ńe:@Hfqv_C}@"&o@:B)<Be-¡.ܐhG9aXϻڹ1Ew;6=ڭ-ȟq@("KbgӨ~ǍNlʂަO:ȵH݆o߷9am4F44K}zqWN!3EjYܑ{?Ͻ*&#dNآգ9!(.$AX>ܐ
n0M{nV$zP\"USƺ.%^(ڻ}׀]<ԸbL$gzOC=߻ע\5igĤpcIMG*XZIlS%=M>;,q9KK@qȥ!xɢk[Aw6-Wne.icGЗi#mXQ?`ئl/LVڂ}dʫzy_-uWHp9%a\{0r&KL0'kR'kNUxbB?2d E[;&@o*w{(CNΡ>PJԠu	<m~vVoݩb;ź9ZABc(k*F	ʥ-DZcvt`yʏ"*jNWԿ=)b+>$:ݖle[Lدu-A6Lid#ψ{`ѻc~?ƺ<Sm]	!x;\jE95JHle**Ʌ9-RI$?Zc͗_|i#n!֪'2l|PXLKY,XVwƪeϠ
v]X8Jxa-<Wv N|w:tmHނ*U(,uH׮Z:"ٱ9;R8͉ȓM.<ߐ>'&*)Xhl7C[i}7<}ۛF>S7maM{p<Ǥ/#Z[^?3ұN!҄*{a)Y77kY~>MVĘv	/n8) TG
źPZ7غR}R;E<m+!zU	ۯڊe).ݓ Xוp^[nVA`z>Xܺˡ7Eh{QVK*:yor8%opgȵIٌ|&Vl'624:}]#(B3	%3uO=O:MeMaHDxג8';VF
̧BQԆ?fDh.i-Cfؿ+؛
]uI?X+N)<\ٌ7	׶Ð͊HK[յ{reo`ŷ*-@Hj}Ё4cKcHS8>Ezv2-	:2|trcgր.vߪY!"l0Y%eoGֱ05ˇSO6R:ÔXpɹEIV64t1$`2`N?NIW
O?9yYS9.b^M{9'G'q
%ON}1ג54]:U0OU`}(tYJY-,?,i΀s V?GϷ[ʩA\$^v<rٚFrr_?RW*R`*Q׺3M1QxǶШ?|[F{*ETR[;A0$3_i<Ȼ<O0b:fgQ,2_=ȑWNXߏ*t)<kk62NsO"v_ίlX);Y7I	;LNz'=IڏBz߿ێY,VP<'o?v@`ьR<{%EZ8ةqeŒH_/{%3}3CQzMAK\>_^?iTi^ϮȊ,1"CJ.gFCxng[X$,&IВ[43Cp٢],Ku XCqOص)]nM'6Mޤ&+[
1@8^x=gݻۡW:ߟ>Ȇhp³m >Rv"7]!pXP"j)+Idʂuqtsڰ΀Ry ׾nկ;0=(y]ß-1_R5מ^=!TdgZ`O*{ėMs.ZHY4TbpMdHoTpU'/a/.3@`|ff0ctP,Ah1XͩapW[yr^m RZ}0^, #81|ULt9^C ?)X޶}?DߴVFWSڍݤ͋F6aRĚ!\՘D@c~?۽tzԋyw.h`GWzLػn	R5ͦk6O'R*St9	fa;M=\&sS*XbTν
vŶ {Y5Gˌĭ)x8>lPݑMjy҈	Z#e`M&4Qs8Px.|l}|΄]Y5y1Gє+,;8rKU5bxhpzW-Ǝ"*GzeMqigj?*FĿv+,ɒʤBn<-fn`Vx'OF	[0ǘ@{;%{u ڳTy#fF|),(kcбdinā<'y#aӅg3^o||"*TqzstŨ̜nzlAܡ{@ztyU.ݮw]q(bulmsd1^=HkAfjA-H`Ue۾ppƤDā_5mj*ҷ{ 57\/iۺ9֚;^3ŞӚV߶e;;L<oܲ+:Ú.`֣zZU_A3?NdL)Ͽ*#ofJx6rYC[qk20NՓ9 0؋Gʠǡw}R%UfN0"`9,)i$^gv pƂ))@Z6e~>ޅ0Wm)OȶyXosk&΋K]URa#P=l~_Ҝ$'%CsW3VqwbOӓ?&f3&*?6]<HIT4BJ6FV2U(v^Ϳk#1"Xuz(G*}iץ6]"lu'jLHÔCʜn.*pP'78Fkkhq
Fµ!yULPTU:M]W34NΜݼsx(Fnp={$#=ƶ=-<L=p(CД`C	B#Up)H|Sn~u
SӂES/HPbTg	ǜ}JTN_^<Z}VE`"0јBef6\*?^~2gyci۲:L Vǧ	i`HϿȕeD$Z&b8Ϗ$Tݶ.~7N۰Ź:Oˠn<Llp:K#8!S{MuBr|եDe!Az1UAz`+F[idSoȶ|@2C~eߘԏQ8oΐ-ɧc<ϩ$L)=dڱ9УhOÂP>d4¼lFdŽ\V{&ԏv*.i5HߛʝQRsЖ-˹5-ѳٳǎIF7k"3V"b"Mܓ~,85;:U']ώkvˇb}"%E}hdgޔjZnw_{#_zѣ.g!;9yűI~*<,T=&E+FpmaQsgyɡQ^@ri}_żZ-Hѝa[/clɢ)c%oți<RÏuF(WSJ2}6B<=:
DyIptHھAV.~blA=yOKh%[C07Gp7dS+>ߗy	]'umYYybs!.7>ͽKǏϴV$U:m	<jƭĚW@ݣ_ݭr|Tm4@i۸_
5fc?|@O7%!!<SVrRX|6jhX=?>OFG\XCtU9!?¨bqVxwѣV<ǘ>Ha|6޶YE\"=zЇFb5D"'rƟ1Y:}]7|ʦ՚F_fRɭ-- ƖrMHe
n*8Ӽ'c+ڒK3>C#7MWյ8l1<!-ђ%5dnG?>fݱܹp6VpGP;lIB8|n!)8̂=Ôӻ$L*O_:V	
ٜ WޛC(í/$:F,YXХaV]P=^&
Atz':~+#T:`@8&{R:kn]ҍng϶ѦC؀]]:efOd2KQ)eajq:.'.3`}Bwc/4'_+u*ƜQI%,/ɖ
Ou!ЖXNǸIF<|b"-ǩMJ,4-M%8?ĤHȪ$MY|;lŏF_Wפ(ZMH>Z:{NQ65E<HGN.
owa.k\NkJtּx<L٦zVuة7;UVEm!m>aK(ĠɄgX9;:sdVdatJژ{{E1ό~q.:o.>T=0lL8?s%iڲ*QĦԈp=߮qߗIߺMcTdڵt]ʆƧԧGxS~~`|>j §tTq,'c8֊$bR3դ+47F0[ξT~eJ`ֶ@?&EaFP@#_SWkUJ'T7AZni߆]%~sub&\MB~!JӺ:T κ×brٺnf+*`ݩgԀp`gw*فy;aLNϒ%-PІP'4\Gw@g=iԦ5_c6%eIc0'kÜ?ͤQDb{ ۶6Ln4։<f8dՎ.VeoC{:ԽYM9oKT9@G;Z/wD\e܎*Š3E]qeuIBnxeO'QuPQDΖnG/~Z&¾Ж%"4f@VBZRQEjPb?WOtаktd\+0֍Э/jP;~ʬtDZ9e6`~$0`+6y:e^Iv-=D(a_XňVsҒ-q\+uAS&RkA!b^4W]M,9\R[ߋ֘@q)9Tp|!w<$)A9ӢxcKp=& YuG
\Cq.PqnU(7ۥszqB1Cm*1,3ۺwg609oپHLes8܉PwGì"y}#e$Tv ɍ)5!g]	qdgy>\;BT+r߰$ۍ<ֲm6j^;W5ŝeAS\Lce'׻&ES eLѮe6n?؏;0[:$bJjwT[0˵>ޞMʠÜCǣʘ}qd
LׅȻ{dCk!$MZb7Дv:'<	X>ټX9]p41Jpڗ@wà+8E2/;Q+FJMM8]aW9N̘ǰ&ɍgخ$A+`߰k! d\wEr:NɽjT>ab=}U/nY<fZZ\ND
M|)5|'6`üț7Tÿ;bÙN}*lh\o%eP
L.7N$nB	;<hʆzaH\3t;@R`7<@[
i>(7-rc/zR+l¥,a=ؤvF9>0b^Q+T0iyR۱~tfDR͒u6KJe/6_"`L-u@Et3(T_ڸ1=ca&C)d-pK*|\I;/UW*֤&Fɓ(z\HDzRM8@Y@͊C9tHxݒH[/ӌb'szB?=mMxH?=bpi|7Eـbůf1X#.
1-%DRͳk.K=m3JWJYpxEtD0i[ ɏjwR?<%u}T¢/7	bH4-̰t!Q	wf2_V/Ӆ-ymMΙыgOδˮw!>F;5v*jtToo#=!#	wjkk
eywёʵ&Cu16ۡ@8Oarj8+[/"PJ׷c19sȕ"Ȃ̆wsVersXIe0A_:"	oٰp)q'yNFyRNa=VqWs-AsjnnJEħiJ~jֺx7K).˽jW5bdKmƲ9HʨZ*dLw΁T!^'A޻b|:WQ,֐3	6$jdόO)s74GԔ#yZW
&8Cl}LȈj^MTq-rD1]؂ߓ4-dsztJ12ӘtqHYԆ39ʕ>ծٺL\H>9_=%o8ݼmhe5­R_ $8L$ݦZvX`lQ8C-,Q%.LҡL;^E#;nvz|E^
`ՈϺ[Gx}c W=tlx4Iqh\hFx3O wmwk1߆wH5Yæ°2B)My}6=4(L|67:Վ]ҟ seOJ͏ \e(s[!_)%jZ)uިcvƳ+'!	P2w 7ú˕L!0<B\jQJ÷}v*ZٙB	e;'L28Ǹ0["sI(F6 $Wc2_"sk/t{6/ ͉0@XÑОAIӨ
aoiALÌ`ݶ;=So8V]1RZDyK`R,<t$2f:U!9td'Z=ǗL3GߢTN=6YC@Ө^*]R@Nw,?}M\CU'ϵn;s:F#O$
pl=3GP=eqQ/.=Mt24DYXt,3j}̨Z)aB>Σ[ȪeGq^yW<u7gn#ĆJd;j\!B$!{cmZեyR GzY/D٢\?3܍Bb8D̵nd3h(6ZE-Ϳ;~vJrŨsd{ʖZ3m.b;>R\o|W/5
А~ĺxNZ
z}456Lsw3mO8ٙqBɁ~k8{Ou"<|W`՛c:؜`	QX&@pI.ȃL81X470sۚV7ַ^ɟtL$͚E,xR0!a3|bZ*(\KˀN$vqİ2(߻(9yLVP2$.c 'Tɰ	[<~B=E]
rluj^ѾS(ԅLDRMSE
Ή*ǲhWzJ,Ro֏4Mh3FkvN!8ϥΦ!MFNǧlHV/>uݶݘ'2Ӷ*X܆&a+,)b8ĽMkլEX%ʬܛ's,iB̽k_I&V^ Q;.il%4Ϗ-0wUBSt-kćFݵ~84`@2T.px-keEZԊ{5;J3
eۗz`q_%ܯѧZ46М%yCڷ\^ZҦ2X}ѺrNUnXzZo+[ڄ{`;MB95<՛o;BBEܩiSkBݒ
π:'u`ƌk]V͏SR0"Z3w =ПĲOdȿJ.Qd(Λ	rēR(T\s^I2V.OF{pÞۏ%b7Lk`GPNRr|͜>B*$yKaۓу2zY	<*ѻǵLcθ8]Ԛy+o߲x_-dΚ@+,''=uYŋOh&dAm'3̬
^-S$(	:[y̛BTU%`ɴm24f,8'ƑfBYȔ˩1(T&/˙qPS`'Ib5ť O۲	SƊGۣ3'K>JƴYzAp&V5;ܚH+})G\=u
'0[4>>׉ɞc\[
h878?~Hj8txk܎>&[zdGYԹg#EHkVq-#̽Ǧc#nNnYiګA1iJC[Ϝ%wR_6݊A[]cʁz=I|TP>H.߉1g\ms//a(B=cyPN˭ĺO= SrvɠE1ϯ_҉BdF,>66tˁL"| duܰ>߬/GG|e^ֶ~Y#,98
x[[k#P_[Ҽ- ЩSw(v;Tk+gtZ@%k
p~	0)uƠ|6Aފ_vFfF҇pBP52<5	Sܹt6ŨeɃx-blkP<*]a^0
FuP$~$6܎+nLMYѰpκ]vmT1\ :z%I|L.u5IN$ [F\7X_
FL
VdJ<iY`BX6!5Գ#YhΤ"RY˦³vXk8ȫ?U(`Ǟ	nν^ܝjw.h4~σUgpl=݉M	|.&ϸ5Z3Mc]&gn_mjOKɱUaS-hhXrāЕWMdY-ܔoVij`ٛоQ/><ݑa~Xc9ڱYz ZbW=CӖV	+:ԴIGz#oz@df[;ƾs2m(Ey}dYޝއ?͓$-Mpepy\uU3{H%fSPnȠBEVRjLN+)߄5uu~c
qU>QT	vP!S5niaN4gdǺ")>/V6MnrH6qHjmI=͕+iO/ ~*ݛ?3}
D\$
(KM{J͘z`+PDiPKdIg*J>hk%Ѿ
{U^Cӝ~ldU˪V@ܟ]cG_$?ھp6XZ@& ֌ݐeYQd*2UĚBfSx|4p<7ܫvYs6"H[nd=84""سFV'=`njd<6I,f.pm+huloϘݰ}<P/DzzމT|^zҽv6DqN'ɐjݓ̬2mv<sj.ۊ^*
D^qL	I,L^4@chG>\<ѾʐkOz~Cػ@@R`nz=u{U]^mdX@
xBsCՙzݔ!^OƸ	86,.\ףPOI`-Kv8K6TrZ1R`P\W
7_K
|$d3Hi,X'o
{x6ۦ3?"vXnhŹv82	}[$PW(_O!^n\bZ?>sQ..бr*K,Ԍ8Z@߇Qg?\ǔLm;4JJ&lyW`eY$t֟T(^mHMHT /lMG}Xvu۠B$WChJ[Bq*cϼ):ڟ{[֪vXro79Au=eC(ٻXh!|یr[ɯp#cN>QmU0AcƴOҥb6Dgzn&,$߅vzzM9k;\LMooHLΎ0D/U;S	Bܧ|_Mky;@63mr	čķ	^"y1h	K;<)-[Msud/-'ÆK>u40ֽDeUP>??#vS܏$={	vS/
JuNRx#p<I~ЂN֕tE9K%/3ESe}'̞>a	>MR0σ^8;ٜl<p.:'HAMJL;TP
wli[ǎPXiwk;_
,OxӖGсɣiK~|U;EE7a".J4D=tP+1?m]]h=J,1
^ly۽n$I&,EĀ6c=D(ԍax6	5fߤ72z'5ÿ$ѿmޚvFMu:OB(T7kXnڡCePB12 $xߠ*#frC,BSuӑt<ߖ͑e>W$JA	n5=4Xm<c)vtԃ_dťƋfL)p-ԙ+»ڤ6!d؟Tڳ`S1WR	5'K5\_},OGu4O`u\4R3ě%@JW+CڄK,B(o2%pG7Inn%
,iWŁ!C2xQ;h"8{z.=7_]0ei#M<Rf]qe9zp?v@{A,iVH7so4ۨtKiqϩ$k?[HRDщ5#yh=&wюI5M(z,ǅ*N˿CyJ2ōu?MG׸X#`cѶJ:4Od~i:,WL.ΩSUAPWxdj0s*crκ=7b'eIʫñH*(ڦ"A^ͮ~Ao5Oh~͏OnB5f_h8-6Y)xF$I d}o,?<%lqĳoPL=q1L'w׍Th]%D+%߹J:TwgKe?w]_h7k[;.H e)v|d. z	@͑CO+[{|L&ښ	4E%
E5x9̆G-Ҵy)ߨ3.~Le]߻wi5ǩ%ƀ4=o6x^0[.Yl+-ҵԝeڒ*H^	,1S>̃J)]!sV,Hu<m˪R!Tdu?&h fđ܈,ӵпۢM+s@pRF&ߧ;4uk5,Qq/uNޢьY׶̔#.rɘ[che'I^Γߐnlй~j94uw4L@Kps20ak:#^ɯw1Wp&7[AUZoU;BCcYuߍkgSӮkh $Д*sU>0.AOI)c<А4γoiׄsWGMaAەsdyHx[!%dbn?[F7Dna(ȧǘ+q'.wh6[-d'uˡvp]ۤ1H߈_ӒeID f[ïOI1ðEw8qՋOeE)&5XRR4|֥|B&0+k>ëcW7&ωSƊ2 :a,3ܽfiM8g _G_a/JӲIة@QوޑO3gcϑJ\#[+al_2G=qBŊx7f/X}h4%Y,1=g`eԲmpvT
=s{$B";q_Ԩ^"eR#SK1P eCOJ*VxG4ҝԬry)ӂѝlIX'܆[_ʜ˧):{o
	ںʪ|3/1OR469(W=a3Y6\RȧZ-8elQ@x`N.NRQ_*`R}uhCA+Q&2ZO7"Qzci8pkOC3>/?leeB/*brDV$_	=݌8D>EiL7XF\1#Pp		K	ەQINF8Ύ'Wbt]36˗ެ;
iuɤLБ_޷VU/9Mvמ@ٺ)2$~;*g&;Ւ=>H̰neI"!WS-׷8lHdƅfs0vd߀D-Z{ًj,dU՚ο>[+R)'2{BX.LJNT?O)d̵+j9v!Ҝj)/^J*ox<o;4؂CJdDƚٗQx1=al5r{pxPhg@OS\
3e]fUƲ
ۑTdP¥#tVԴk}ӿ4ߨEm@ЫٙsSuyR2}&6Ug~s^}snY*+J=hϴV:&~=ie#8i{s-ǟ8=$ƿWHb!y~T[p('(RṪE;:]1Ed+8܂E)@LגmPS5̆te@ԁ__ܕEcy"K"G~uNvb!1=η-tw;XI!soԟH[	Ze_;0Y sʇIQK-j8N?.Ubeg͍!WGea4OhK{HF'9ARf?`?ȟ@ SѹjP!+L'Oik"a/ܬ[h.̦*Vd?L2i:9ʴ%(27qw5tٲHF:/!YЬ8=ߖDo<GKQdZ	Rmq!61B
2uwBՙ^>n8x~q'6SKZٕQTvON1An}5G<eqӻVH!vxJvV\Љs=ĆԊBϏNs'3PPj&a]ktk׃^>ΡcwrUY8X7p*۬`^؂=5Uk0ӽ׀˜3Qg^b;IueAGGQ`[nwbѤUAY}ǃHwd>,+~Th2+bv76ՒG!,O`X75Z"yʈKLǡ8+fBQ#Η)X#*̀WjϪ4oH[q*`Ev{Hz$ IW1\@e8ا̱
bIˬoPz٣^ށ|a,oITtɄ|1XOGhȞY&ӛ{C,%'E$6@UA+ǅw$эD^6-u\E}3јÕlk~3xH'%RJ^~Iɪ͓ۈrнיvNҴAه4.هB_<Y#7h1Ċ:zc2%ۀFi&$ppm-J'CKSF`&Ӧ^%¸yC&UMQ@,npyt~zw]GY5d0#0eLXށ&Fĥh#[בnǵY݃Â8
jg[ZNWr*0PxhFW$dݪ̔^9g:`&͏WekZ6Db_n׺ϾC!
W @8kJ϶iS&/5q=6rۨAo\2A԰#FȈֺJ.kāF7[=^]+B2CQ;N\`nG$Xn|sOk0:2sZ8)J""$<dCaA: my̸P_zG&arD\$>z~-Xֆ֯G#ZTӟΜ45ڸIoǒ68R%)lvdo%`ܷp:6^Fz6-C^8*G}:-E9%&%636`z]]6l$=<zH$Z)b̋@ϬSQzUIL4÷fq͉Gp<9UCvVu?d/=od>X M8aue8Ǚ$kI:	}ڌņ_&ZC).޻˃.2#ƽ]p[@qx;|lОHM,3Y*H0tj|˅?'U1]Liz*șɩV_$.`OE C2sab4cNxtq	Mi>|``ϩHZrT3QYtLDU٫D6A0-;LڷRq޳W*VeIC^U/*
wpyxT(VԴ:ƛBysHc%_BvvӦ%h>^ih;2GyF,o-7
I=mQ3pt6\؁z~Q˿N$j>9,En	ƴk.xOǴʉy.QCM6,+Lӱ<.rBImRh)57[/5#V1o$kLPN =rժYXLzgD;'ٝ8[Whu'c^8v8y9\¥T-A3bLaʣvKi{O8SĮ[UL"GE9M9q+!Ԏ+3۰NoNBtH[y9>V,h*ܒo}#^xqdv[vՕͷ\7e>\~>']wSL~&U
"mE{B{N<W*a >,K?԰zlϭa$؁Nv
\&/KBJw8}ڦwzL^$<{"#/
ԓ͏4	/Bڼ^s`<ŷgqӫGv~lȭfלE>DN' 	bb{YvʙxtYΖ_j׈yJ~^yq7`"ƫs۫+C>ZB!6gc*_Df<lWl2D]Hr	R&+ո4|\=)sģafhW4d,[_pI4Rr՟Yٲ.uP3Ѡ`|z<xJ4vPt9OʴlAt~B?IR*kAYg
8VWmȣp6Ęĉ&i_uo6|W}Nͪ0ZisԾ60g`]wk61B>5*$w
H'(Vh_\&LOX,d{-q$5Ar՝nH/DyWɶ0-;:lo=BVTn܏8tRԉ&C@B׮9m}pkj3J#6bKv,Y~+wC4\nuM !xeAL+āUz3v3ey^ G~Gadz)e<lPi{ZsJj0ͻUޜ#7S~ׁWlSG`o}|uT
1RǷ@l7LÅ2 qcZ[N;)mʻݧ-Tj!=CDz,Zg״-ێCB|MlQ*76Tq(t$jzu&klbΙńuqa=hŖ,pO7<bRsEww՝Mig_WGFܤ?^Cپ-|}wJ*ń&?:u L57X*ߊ.DN~g]yZK	
"e3,v*[ A&$<0p,۶CǙP.ldo>KB96]CVL˜?o5
пvtJW=D^&aRߟ],mBjV\QK.ԏ'Cs2ѷw	>%;:6U(v	Y&?ŗsp~c~ӟ~1V؈ƉqVTׅݴ޼2l4ڣ]Y){,nɧ-|ÉS˽>W5$!F<HF*LFݼQʗ^ĀN[l߱@gu~]C?`g"~(JNK}B|
ͭոΪY3;/R{iF'CT=)h	9$=mct_`E"sl^n?)D.A?`R(#+frK/qvmǤL` Qܘr\шVCEBhXWEyga0cG	:KҀ8[u1JX՛A.g:#	.ϦWp~P -J=صֿi@ͧ]uAD_*ͮqD[Jh`6a{dVՍ/J>GQtզY V΋76gu]!J62ŎBLW6W"%h1;b|#u]fDHK^i)/ӕnG_tId.057PSZXF}nֿ3~Fwh0dj=&ҙ4b@H	t҄Aj	"a{h˛	S\4R­qX&sb>y=F`b$?CѬI2I.agSU@<EŅfاd]%wAow[|p#&T)"YyKG߬31=YԮòףh>۶Xk//
8Q *+`l1maѴsEIči#5	]9D~ʐZ|Ȯs͉;tvU~GRK|MOO١aIvAT5Urw(_s?>s$[qx$G'g:v%^	.pk8l-.SsD1Wo_t!WtԵyCB#fyZ8;*)}@٤DWU;mx4ΉUtKG.m8L"ji[Ә	OOʴe2)/C Y']܊MFoGUS
rɛͺ$/R?JoCNhiQugVBДz+p"ɡ_;C)/`m$ʆNc//)gа7$a)=ڏ_g$ɤ|cWD.{Nzw#AIUT^֙R"Guó$"!S7l^[uK_Ά-]/g_S#7xc΋M{}w"p. n}f	]?J;{~_)sO5p0t7x/m$YKpƓeWݑgH@?fhiST&PdCjuN_DU-]k׀mnϵo^1ܤpfFk!;lh/}+!#Ǡ4T>5˫^ĉ1j\,Bt6=s͇1=͞Lܾ?1}&_ wD>4{׏$h)iҚFh_ss3Nط5Bzw3xN|Jm3NYڗ57rTu'&ɦ;~o.F?m5)/!@cLYC3$dG2B-ڌ9
f	fr=`&ӘKTx۲&iht)Wښĕ:j<x
6x|SJ3}WM01uRR/߂S	Z-]-сm ;4WhG/qz\uφSƈiaI&A:.2<Y(7uJY/^X@uZ?F2Y~m̎qxs"w=}b<qʰ8A]'ЕZN?'>Dt0هh]v>ӫ݀hcJJqƟwy*y73/AXt	o(:lSt5Rp3!o>aoRMV	`@Z&r]l9ƕq0eG>U{`z2NLX޺[&2Tnːp+*<W619){nΉ|ߌL7-{dcAڐ#QGvUai@ՍA^ؖws/ټGno?8y~_=r,߆CjzH9>Ȕ]DOQZĺ|x҉2-Ȥv{ӿʈ,Ao/5L;S8E
o9#3܈m׋HƟ7{`Ӟw0[|y͡^RL£"ð~UaQ^K,B'ҨaVCwSW_wKkX%/*٫l}\c0|G:lnnJB'>8jƇXN	;Vb8̑ԣҭTfє[L?NuXӵy|,ٚҗ%Η^M<^Q?cvTĀ׻c4R$A3F[BϞ ,q>iӨh`ǡԁBGRT^f$*s ա"NyʯGˮUhk*ՆEQA*ʼ~܍ֹX!-%M<^X!k֟@'n}ݛZqt`Ol](IWWfL+/<<ebMَE'
6D>BCdhՆdA;4
IѬ#ɫ#3)K~\`!TЗEQ<j"fDFrUWVYx8acǤrF8
Ϧ L%~?/th5FN~sNٵ-T2RPg|UHL`ZO`mXDӛC_$^6lb9!,gjEG%	Y<q/B =`X}Kw:FqӪb\cŀ؟-ȑ9Dl4	ara$!ִ,g	3Rp>"ā>DƯwjSŨElg)rpVj$t2LlASѰWXY(wsB{~Cުʷ߈ѷh5r;JFQҠ$ 4ْRvȨYtUY!5S&"Iok̀o٭=ɿQYžvDn<n.LbJ6R7qOOW}wA=9D9/w;qsE/,?RQ~є6HoC#zz%a>j 7߀T@ɶ9΄;q)5$Z4` 63պr+^(}*T'ފZψZ}zB>"$$v;bƇGxݮ/	֧=Mܯ0QbiZoѤ)¤`Ҡ8Ѷ%?E#>9^m[2)0^˲.SKClv,M MCv@۔A3Y)z}͟74Q,MԊzS%.e`z3B!4*|A%Eϡ0enW>ahłۀVe4(}w>LhV n;:%7_%͑0!x3|;#rD4!T_mAMq~&f.G3^ ';k%aTcdck{L&y؉h2ViƁ[ ʡA_:_.m/WڑWtQғhYlEXTrdыGvX8lށhac¥1Φiű)ثʮOI	9ʒ9^{'U+e+i	vxV[d'ZRQFǒt3XܞuBҕЀea+> SW&f00N*csHh<R6C$Cfu
MWOl;kϯX}c	"߭;G>(#+G;/Īf*z#?OM\9
~&R	R9MGCƙϢB:]=`̖{UB$*1mճ~݄C`y"Xec֘ QgMYYQ)yK?z,JvE
H]8_<^+K@pC j-_}1cBa]t=ZNjςgTw~Fk]NZ+¼Ӭ*K/$ߏB+31Ȃi|	]l2Wara{sLU9a#8*%pR?ó˴/@M׷@[gdK9Ldy
s
|5
<*RxO^^PLtۖ.CY^D}{k6It)6k\ׁU%8Fӕ)MTyقD>t%ǦW&cj=:j)ZXG1,KAEМouz?i,efҀ"\b27bkEQg9B
RKCR8&iuWMTx]Оg:CzNOUNY[F=ΩLvY
bU	ٯ]Odr!i{gJוӄzNؙ`ѻ{i(K;cevIw6~_X2Oc@1O&vsG@$Eft&>3vf|sFb}\jROy`sKaf8םWgGoDd^ZԆz9׃|ݮ2P(tΉNmFـۖZ6-2OܚK1o¨mCű}[*i.۔qѹ<jF{ԗg
E5yC&Q<!z؈buسF>6n)@yTߡ]tYdL	g(}W(Υ/$0N߬Z	4T~2&٠>D2L"Ĕz()#Yk	':NQ@XoTp&2?ecxY|||iW(X.Wm5h!KvRb̝PeSBs?tYޜT<<X-=ȸxߋčJ9u&|jU^V>lhM;UϪ3Pɫ`QDR@Ȕ&MxS3MJVyDYE2@ܨM	M&
`8Y<ϛ6Ӯß/KπSO,RJvݏIΥ"IѶ'Y݄ޭ.Ʈ)VRߗ8$reF*EKl
n;7p,|ƇČ|%R@0ʋ8Ǔe'mf{^ضW (s'Ps}0һa׶xTHa Dt}miHt\~o`kjRtx.̿8Ȟ	ð`loۏՄFh<^ Ͽܵ]:C*P@:ي_ذTee
Der˕96ysPIc?
+
-+]5\.GHn2!-S׋)=0|BcwDL((z,J}.^	ӳûLnZ<#xnh։i%oҡ+8:2LNc6d{R:i5/VWF`]׎`B0|O5z"wAaj_bۮkZ$(/c~ hrGpOs TBje!Dȋ0Tg,WȆBtI(e!V.K1jzfHԋVޜzW]>tt$B	ѓZv+#ݿA#]%|v$fҗObPct]J"s8V?x<^Hav[2MUҬ`R;`}fo@ě`dg\cFԇ05U"4;"3unOY֬aĖQێ3kףSy9M̭{/]]Ă|Jt1=mdWqĭbY?%Ze 
gB~#+&aȶĞJo1:u̐^[Ցk=&= BǞFYd ǑITf!7ׯ<ݦdמղR%M4wM@ܳ2ҽ#NIj
U4Dٔ"Jpq%ZarA˹awlmdndҵӁUƖ(ס[`Q&J!^#{D12{jЭq	)EIyɢo%~?F#`̜3ɴJm)r<Ieut0ڔpAxHf܆|,3ݲ^$l0?$GQKI3sh53V	+a#{x'UsNqtW\'cɔ2dݡv	Wɠ1hz.˶;Gi0r<di;v/k,sι O>np4ցdp\ҝֽLRwGg[X#t؄/yP+"/6)`JDωg5ѻ&Sk%M,'sh.K`n ّ?n26щs#pXă|
J_=r&*rrWĽwڿ	''':
 o=ord(c)
 for x in([o-1-(o>13)],[o-128,126])[o>127]:n+=x*b;a,b=b,126*b+1920*a
exec(brotli.decompress(n.to_bytes(20880)))
