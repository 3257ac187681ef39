T = ["treaty-ratification"]; A = ["arms-transfers"]; S = ["sanctions"]
ARTS = [
("2025-08-21T15:40:00Z", "en", "Reuters", "https://www.reuters.com/world/us/us-targets-hong-kong-firms-tankers-iranian-oil-china-2025-08-21/", "new_story", S, "ofac-iran-aug",
 "US targets Hong Kong firms, 13 tankers over Iranian oil sales to China",
 """WASHINGTON, Aug 21 (Reuters) - The U.S. Treasury Department on Thursday imposed sanctions on a network of Hong Kong-based front companies and 13 tankers it said shipped millions of barrels of Iranian crude to China, stepping up the Trump administration's "maximum pressure" campaign on Tehran.

The Office of Foreign Assets Control said the companies disguised the origin of the oil through ship-to-ship transfers off Malaysia and falsified documents presenting the cargo as Malaysian crude. Proceeds benefited Iran's armed forces, it said.

Among those designated are the managers of the tankers, registered in the Marshall Islands and Hong Kong. Any assets they hold under U.S. jurisdiction are frozen and Americans are barred from dealing with them.

Iran's foreign ministry condemned the move as "economic terrorism".""",
 "first report: OFAC round on Iranian oil network"),
("2025-08-22T06:30:00Z", "fa", "Mehr", "https://www.mehrnews.com/news/6571203/", "copy", S, "ofac-iran-aug",
 "تحریم‌های جدید آمریکا علیه شرکت‌ها و نفتکش‌های مرتبط با نفت ایران",
 """وزارت خزانه‌داری آمریکا روز پنجشنبه شماری از شرکت‌های مستقر در هنگ‌کنگ و ۱۳ نفتکش را به اتهام انتقال نفت ایران به چین در فهرست تحریم‌های خود قرار داد.

به گزارش خبرگزاری مهر، دفتر کنترل دارایی‌های خارجی آمریکا (اوفک) مدعی شده است این شرکت‌ها با انتقال محموله از کشتی به کشتی در آب‌های مالزی، منشأ نفت ایران را پنهان کرده‌اند.

سخنگوی وزارت امور خارجه ایران این اقدام را «نمونه آشکار تروریسم اقتصادی» و نقض حقوق بین‌الملل خواند و گفت این تحریم‌ها مانع تجارت مشروع ایران نخواهد شد. این دور از تحریم‌ها در چارچوب سیاست «فشار حداکثری» دولت ترامپ اعمال شده است.""",
 "Persian copy of the same OFAC round"),
("2025-08-22T09:10:00Z", "ar", "Asharq Al-Awsat", "https://aawsat.com/العالم/5178864", "copy", S, "ofac-iran-aug",
 "واشنطن تفرض عقوبات على شبكة لتهريب النفط الإيراني إلى الصين",
 """فرضت وزارة الخزانة الأميركية عقوبات على شبكة من الشركات المسجلة في هونغ كونغ و13 ناقلة نفط، قالت إنها نقلت ملايين البراميل من الخام الإيراني إلى الصين، في إطار حملة «الضغوط القصوى» التي تنتهجها إدارة الرئيس دونالد ترمب.

وأوضح مكتب مراقبة الأصول الأجنبية أن الشبكة أخفت مصدر النفط عبر عمليات نقل من سفينة إلى أخرى قبالة السواحل الماليزية وتزوير وثائق الشحن، مشيراً إلى أن العائدات ذهبت إلى القوات المسلحة الإيرانية.

وتقضي العقوبات بتجميد أي أصول للمستهدفين في الولايات المتحدة ومنع التعامل معهم. ونددت طهران بالخطوة ووصفتها بأنها «إرهاب اقتصادي».""",
 "Arabic copy of the same OFAC round"),
("2025-09-16T17:00:00Z", "en", "AP", "https://apnews.com/article/iran-shadow-banking-treasury-sanctions-uae-4e2a91", "new_story", S, "ofac-iran-shadowbank",
 "Treasury hits Iranian 'shadow banking' network that moved oil money through UAE",
 """WASHINGTON (AP) - The Treasury Department on Tuesday blacklisted more than 20 money exchange houses and front companies in the United Arab Emirates and Hong Kong that it says laundered billions of dollars in Iranian oil proceeds for the Central Bank of Iran and the Revolutionary Guard.

Officials said the network used a chain of shell firms and exchange houses to collect payments from foreign buyers, convert them into dirhams and yuan, and make the money available to Iranian entities, bypassing the international banking system.

"Iran's shadow banking system is how the regime keeps money flowing to its weapons programs," Treasury Secretary Scott Bessent said.

It is the second Iran-related action by Treasury in less than a month, after August sanctions on tankers and Hong Kong companies shipping Iranian crude to China.""",
 "look-alike: a different Iran sanctions round a month after ofac-iran-aug (evasion network) -> new story"),
("2025-09-17T07:15:00Z", "fa", "Tasnim", "https://www.tasnimnews.com/fa/news/1404/06/26/3389120/", "copy", S, "ofac-iran-shadowbank",
 "آمریکا صرافی‌ها و شرکت‌های مرتبط با ایران در امارات را تحریم کرد",
 """وزارت خزانه‌داری آمریکا روز سه‌شنبه بیش از ۲۰ صرافی و شرکت مستقر در امارات متحده عربی و هنگ‌کنگ را به بهانه انتقال درآمدهای نفتی ایران تحریم کرد.

به ادعای این وزارتخانه، شبکه مذکور با استفاده از شرکت‌های پوششی و صرافی‌ها، وجوه حاصل از فروش نفت را دریافت و به درهم و یوآن تبدیل کرده و در اختیار بانک مرکزی ایران و سپاه پاسداران قرار داده است.

اسکات بسنت، وزیر خزانه‌داری آمریکا، این شبکه را «نظام بانکی سایه» ایران خواند. این دومین دور تحریم‌های آمریکا علیه ایران در کمتر از یک ماه گذشته است. مقام‌های ایرانی تاکنون واکنشی رسمی نشان نداده‌اند.""",
 "Persian copy of the shadow-banking designations"),
("2025-09-28T00:40:00Z", "en", "Reuters", "https://www.reuters.com/world/middle-east/un-sanctions-iran-reimposed-snapback-2025-09-28/", "new_story", S, "un-snapback",
 "UN sanctions on Iran come back into force after snapback",
 """UNITED NATIONS, Sept 28 (Reuters) - United Nations sanctions on Iran were reimposed late on Saturday, a decade after they were lifted under the 2015 nuclear deal, after a last-minute bid by Russia and China to delay the move failed in the Security Council.

The "snapback" mechanism was triggered in August by Britain, France and Germany, which accused Tehran of failing to meet its commitments. The restored measures include an arms embargo, a ban on uranium enrichment and reprocessing, restrictions on ballistic missile activity and an asset freeze and travel ban on dozens of Iranian individuals and entities.

Iran recalled its ambassadors to the three European countries for consultations. President Masoud Pezeshkian said the reimposition was "unjust and illegal" but that Iran had no plans to leave the Non-Proliferation Treaty.""",
 "first report: UN snapback sanctions reimposed"),
("2025-09-28T06:50:00Z", "fa", "ISNA", "https://www.isna.ir/news/1404070604512/", "copy", S, "un-snapback",
 "قطعنامه‌های تحریمی شورای امنیت علیه ایران بازگشت",
 """با شکست تلاش روسیه و چین برای تعویق سازوکار موسوم به «اسنپ‌بک»، قطعنامه‌های تحریمی لغوشده شورای امنیت سازمان ملل علیه ایران بامداد یکشنبه دوباره اجرایی شد.

به گزارش ایسنا، سه کشور اروپایی انگلیس، فرانسه و آلمان در مردادماه این سازوکار را فعال کرده بودند. با بازگشت قطعنامه‌ها، تحریم تسلیحاتی، ممنوعیت غنی‌سازی و محدودیت‌های موشکی و نیز مسدودسازی دارایی‌ها و ممنوعیت سفر شماری از اشخاص و نهادهای ایرانی دوباره برقرار می‌شود.

جمهوری اسلامی ایران سفیران خود در سه کشور اروپایی را برای مشورت فراخواند. رئیس‌جمهور این اقدام را «غیرقانونی و ناعادلانه» خواند و گفت ایران قصد خروج از ان‌پی‌تی را ندارد.""",
 "Persian copy of the snapback event"),
("2025-09-28T08:30:00Z", "de", "FAZ", "https://www.faz.net/aktuell/politik/ausland/un-sanktionen-gegen-iran-wieder-in-kraft-110681234.html", "copy", S, "un-snapback",
 "UN-Sanktionen gegen Iran wieder in Kraft",
 """Zehn Jahre nach ihrer Aufhebung gelten die Sanktionen der Vereinten Nationen gegen Iran wieder. Ein Versuch Russlands und Chinas, den sogenannten Snapback-Mechanismus im Sicherheitsrat um sechs Monate aufzuschieben, scheiterte am Freitag.

Deutschland, Frankreich und Großbritannien hatten das Verfahren Ende August ausgelöst, weil Teheran seine Verpflichtungen aus dem Atomabkommen von 2015 nicht einhalte. Wieder in Kraft sind damit unter anderem ein Waffenembargo, ein Verbot der Urananreicherung, Beschränkungen für ballistische Raketen sowie Kontensperrungen und Reiseverbote.

Iran rief seine Botschafter aus Berlin, Paris und London zu Konsultationen zurück. Präsident Peseschkian nannte den Schritt unrechtmäßig.""",
 "German copy of the snapback event"),
("2025-09-29T15:20:00Z", "fr", "Le Monde", "https://www.lemonde.fr/international/article/2025/09/29/nucleaire-iranien-l-ue-retablit-ses-sanctions-contre-teheran_6643310_3210.html", "update", S, "un-snapback",
 "Nucléaire iranien : l'Union européenne rétablit ses propres sanctions contre Téhéran",
 """Au lendemain du retour des sanctions onusiennes, le Conseil de l'Union européenne a décidé, lundi 29 septembre, de réintroduire l'ensemble des mesures restrictives européennes contre l'Iran suspendues depuis l'accord nucléaire de 2015.

Sont notamment rétablis l'embargo sur le pétrole brut iranien, l'interdiction d'achat d'or et de métaux précieux, le gel des avoirs de la Banque centrale d'Iran et de plusieurs grandes banques, ainsi que les restrictions sur les exportations de biens et technologies liés au nucléaire et aux missiles.

« Il faut que l'Iran revienne à la table des négociations », a déclaré la haute représentante Kaja Kallas. Téhéran a dénoncé une décision « illégale » et promis une « réponse appropriée ».""",
 "new step/new actor: EU reinstates its own sanctions after the UN snapback"),
("2025-10-05T10:00:00Z", "ar", "Al Jazeera", "https://www.aljazeera.net/politics/2025/10/5/ماذا-تعني-عودة-العقوبات-الأممية-على-إيران", "rehash", S, "un-snapback",
 "ماذا تعني عودة العقوبات الأممية على إيران؟",
 """عادت العقوبات الأممية على إيران إلى حيز التنفيذ في 28 سبتمبر/أيلول الماضي، بعد أن فعّلت فرنسا وبريطانيا وألمانيا آلية «الزناد» المنصوص عليها في الاتفاق النووي لعام 2015. فما الذي تغيّر فعلاً؟

تشمل القرارات المستعادة حظراً على الأسلحة من إيران وإليها، ومنعاً لتخصيب اليورانيوم، وقيوداً على الصواريخ الباليستية، وتجميداً لأصول أفراد وكيانات. كما أعاد الاتحاد الأوروبي في اليوم التالي فرض عقوباته الخاصة، بما فيها حظر النفط.

ويرى خبراء أن الأثر الاقتصادي المباشر محدود، لأن العقوبات الأميركية الأحادية أكثر شمولاً أصلاً، لكن الخطوة تزيد عزلة طهران الدبلوماسية. وتؤكد روسيا والصين أنهما لا تعترفان بشرعية إعادة فرض العقوبات.""",
 "Arabic explainer restating known snapback + EU facts"),
("2025-08-14T09:30:00Z", "de", "Spiegel", "https://www.spiegel.de/ausland/ukraine-erhaelt-weiteres-iris-t-system-aus-deutschland-a-7e41b0c2", "new_story", A, "irist-ukraine",
 "Ukraine erhält weiteres IRIS-T-System aus Deutschland",
 """Die Ukraine hat ein weiteres Flugabwehrsystem vom Typ IRIS-T SLM aus deutscher Produktion erhalten. Das bestätigte das Verteidigungsministerium in Berlin am Donnerstag. Es ist bereits das neunte System dieses Typs, das an Kiew übergeben wurde.

Hersteller Diehl Defence hatte die Produktion zuletzt deutlich hochgefahren. Die Systeme werden aus Mitteln der deutschen Ertüchtigungsinitiative finanziert. Zusätzlich trafen nach Angaben des Ministeriums mehrere Hundert Lenkflugkörper ein.

Die ukrainische Luftwaffe setzt IRIS-T vor allem zum Schutz von Großstädten gegen russische Marschflugkörper und Drohnen ein. Präsident Selenskyj dankte Bundeskanzler Friedrich Merz auf der Plattform X und bat zugleich um weitere Systeme vor dem Winter.""",
 "first report of this delivery (paraphrase 'erhalten')"),
("2025-08-14T11:45:00Z", "en", "Kyiv Independent", "https://kyivindependent.com/ukraine-receives-another-iris-t-air-defense-system-from-germany/", "copy", A, "irist-ukraine",
 "Ukraine takes delivery of another IRIS-T air defense system from Germany",
 """Ukraine has taken delivery of another IRIS-T SLM air defense system from Germany, the German Defense Ministry confirmed on Aug. 14, the ninth such system handed over to Kyiv since the start of the full-scale invasion.

Several hundred missiles for the systems also arrived, according to Berlin. The deliveries are financed through Germany's military aid budget, and manufacturer Diehl Defence has expanded production lines to meet demand.

President Volodymyr Zelensky thanked Chancellor Friedrich Merz and said Ukraine needed more air defense ahead of winter, when Russia is expected to intensify attacks on energy infrastructure.""",
 "English copy of the same delivery"),
("2025-08-14T14:20:00Z", "ru", "RIA Novosti", "https://ria.ru/20250814/iris-t-2034891022.html", "copy", A, "irist-ukraine",
 "Германия передала Киеву очередной комплекс ПВО IRIS-T",
 """Германия передала Украине очередной зенитный ракетный комплекс IRIS-T SLM, сообщило в четверг министерство обороны ФРГ. По данным Берлина, это уже девятый комплекс такого типа, поставленный Киеву.

Вместе с комплексом на Украину доставлены несколько сотен зенитных ракет. Поставки финансируются из бюджета военной помощи Германии.

В Москве неоднократно заявляли, что западные поставки оружия Киеву лишь затягивают конфликт и являются законными целями для российских вооруженных сил. Производитель Diehl Defence ранее сообщил о расширении мощностей для выпуска комплексов. Президент Украины Владимир Зеленский поблагодарил канцлера Фридриха Мерца и попросил о новых поставках систем ПВО до начала зимы.""",
 "Russian wire copy of the same delivery"),
("2025-10-09T08:00:00Z", "en", "LSM", "https://eng.lsm.lv/article/society/defense/latvia-receives-first-iris-t-slm-air-defence-system.a601233/", "new_story", A, "irist-latvia",
 "Latvia receives first IRIS-T SLM air defence system",
 """Latvia has received its first IRIS-T SLM medium-range air defence system from Germany, Defence Minister Andris Sprūds announced on Thursday, calling it "the biggest leap in our air defence capability in decades."

The system, ordered in 2023 together with Estonia under a joint procurement, arrived at the Lielvārde air base and will be operated by the National Armed Forces' air defence battalion after crews complete training in Germany.

Riga plans to acquire several more batteries over the coming years. The contract with manufacturer Diehl Defence is worth several hundred million euros.

NATO's eastern flank countries have accelerated air defence purchases since Russian drones entered Polish airspace in September.""",
 "look-alike: same weapon, different buyer (Latvia) -> separate new story"),
("2025-08-01T12:00:00Z", "en", "Reuters", "https://www.reuters.com/business/aerospace-defense/poland-signs-65-bln-deal-south-korean-k2-tanks-2025-08-01/", "new_story", A, "pl-k2-2",
 "Poland signs $6.5 billion deal for 180 more South Korean K2 tanks",
 """WARSAW, Aug 1 (Reuters) - Poland signed a $6.5 billion contract with South Korea's Hyundai Rotem on Friday for 180 more K2 battle tanks, the largest arms export deal in South Korean history.

Some of the tanks, 64 of them, will be built in Poland by state-owned Bumar-Labedy under a technology transfer agreement, as Warsaw seeks to develop a local version designated K2PL. Deliveries are due to run from 2026 to 2030.

Poland has already received the 180 tanks ordered under a first contract in 2022. Defence Minister Wladyslaw Kosiniak-Kamysz said the deal would make Poland's army "one of the strongest in Europe".""",
 "first report: purchase contract agreed"),
("2025-08-01T15:30:00Z", "fr", "AFP", "https://www.lepoint.fr/monde/la-pologne-commande-180-chars-k2-supplementaires-a-la-coree-du-sud-01-08-2025-2596412_24.php", "copy", A, "pl-k2-2",
 "La Pologne commande 180 chars K2 supplémentaires à la Corée du Sud",
 """La Pologne a signé vendredi avec le sud-coréen Hyundai Rotem un contrat de 6,5 milliards de dollars pour l'achat de 180 chars de combat K2 supplémentaires, le plus gros contrat d'exportation d'armement de l'histoire de la Corée du Sud, selon l'AFP.

Soixante-quatre de ces chars seront produits en Pologne par l'entreprise publique Bumar-Labedy dans le cadre d'un transfert de technologie, Varsovie souhaitant développer sa propre version, baptisée K2PL. Les livraisons doivent s'échelonner de 2026 à 2030.

Les 180 chars du premier contrat signé en 2022 ont déjà été livrés. La Pologne consacre désormais plus de 4 % de son PIB à la défense.""",
 "French copy of the same contract"),
("2026-02-24T10:00:00Z", "en", "Defense News", "https://www.defensenews.com/global/europe/2026/02/24/first-k2-tanks-from-polands-second-contract-arrive/", "update", A, "pl-k2-2",
 "First K2 tanks from Poland's second contract arrive",
 """The first 12 K2 main battle tanks built under Poland's second contract with Hyundai Rotem arrived at the port of Gdynia on Monday, the Polish Armament Agency said, marking the start of deliveries under the $6.5 billion deal signed last August.

The tanks will go to the 18th Mechanized Division in eastern Poland. Unlike earlier vehicles, they are fitted with an upgraded fire-control system and an active protection suite requested by the Polish side.

Deliveries will continue throughout 2026, the agency said, with the first K2PL vehicles assembled at Bumar-Labedy in Gliwice expected in 2028.""",
 "new step: purchased -> first deliveries"),
("2025-11-03T11:00:00Z", "en", "Breaking Defense", "https://breakingdefense.com/2025/11/europes-air-defense-scramble-what-has-been-delivered-so-far/", "rehash", A, "irist-ukraine",
 "Europe's air defense scramble: what has been delivered to Ukraine so far",
 """As Russia's autumn campaign against Ukraine's power grid intensifies, Kyiv's partners are under pressure to send more air defense. A look at what has already arrived.

Germany remains the largest European supplier of ground-based air defense. Berlin confirmed in August that Ukraine had received its ninth IRIS-T SLM system along with several hundred missiles, financed from Germany's military aid budget. Earlier deliveries included Patriot batteries and Gepard anti-aircraft guns.

Diehl Defence has expanded IRIS-T production, but Ukrainian officials say interceptor supply remains the bottleneck. Each Russian mass attack with Shahed-type drones and cruise missiles can consume dozens of interceptors.

Analysts say the systems already delivered have proven effective around Kyiv and other large cities, but coverage of frontline regions remains thin.""",
 "overview restating the known August IRIS-T delivery; no new delivery"),
]
