T = ["treaty-ratification"]; A = ["arms-transfers"]; S = ["sanctions"]
ARTS = [
("2025-11-12T20:00:00Z", "en", "Reuters", "https://www.reuters.com/world/us/us-sanctions-iran-missile-drone-procurement-networks-2025-11-12/", "new_story", S, "ofac-iran-procure",
 "US sanctions 32 people, firms in Iran drone and missile procurement networks",
 """WASHINGTON, Nov 12 (Reuters) - The United States on Wednesday imposed sanctions on 32 individuals and entities in Iran, the United Arab Emirates, Turkey, China, Hong Kong, India, Germany and Ukraine that it said operated procurement networks supporting Iran's ballistic missile and drone programs.

The Treasury Department said the networks helped buy propellant ingredients, machine tools and electronics for Iranian entities including the Aerospace Industries Organization and the Shahed drone maker's suppliers.

"Iran continues to exploit the international financial system to procure weapons components," a senior Treasury official said. The action follows the reimposition of U.N. sanctions on Iran in September. Iran's foreign ministry called the measures illegal.""",
 "first report: OFAC round on procurement networks"),
("2025-11-13T06:40:00Z", "fa", "Tasnim", "https://www.tasnimnews.com/fa/news/1404/08/22/3431876/", "copy", S, "ofac-iran-procure",
 "تحریم ۳۲ فرد و نهاد دیگر از سوی آمریکا به بهانه برنامه موشکی و پهپادی ایران",
 """وزارت خزانه‌داری آمریکا روز چهارشنبه ۳۲ فرد و نهاد در ایران، امارات، ترکیه، چین، هنگ‌کنگ، هند، آلمان و اوکراین را به بهانه مشارکت در شبکه‌های تأمین قطعات برنامه‌های موشکی و پهپادی ایران تحریم کرد.

به گزارش تسنیم، این وزارتخانه مدعی شده است که این شبکه‌ها مواد اولیه سوخت موشک، ماشین‌آلات و قطعات الکترونیکی را برای سازمان صنایع هوافضا تهیه کرده‌اند.

سخنگوی وزارت امور خارجه این اقدام را «غیرقانونی و مغایر با حقوق بین‌الملل» خواند و گفت توان دفاعی ایران بومی است و با تحریم متوقف نمی‌شود.""",
 "Persian copy of the same round"),
("2025-11-13T09:00:00Z", "ar", "Al Jazeera", "https://www.aljazeera.net/news/2025/11/13/عقوبات-أميركية-على-شبكات-تزود-إيران", "copy", S, "ofac-iran-procure",
 "عقوبات أميركية على 32 فرداً وكياناً بتهمة دعم برنامجي الصواريخ والمسيرات الإيرانيين",
 """فرضت وزارة الخزانة الأميركية، أمس الأربعاء، عقوبات على 32 فرداً وكياناً في إيران والإمارات وتركيا والصين وهونغ كونغ والهند وألمانيا وأوكرانيا، قالت إنهم يديرون شبكات لشراء مكونات لبرنامجي الصواريخ الباليستية والطائرات المسيرة الإيرانيين.

وأوضحت الوزارة أن هذه الشبكات ساعدت في الحصول على مكونات وقود الصواريخ وآلات ومعدات إلكترونية لصالح منظمة الصناعات الجوية الإيرانية.

وتأتي العقوبات بعد أسابيع من إعادة فرض العقوبات الأممية على طهران. ووصفت الخارجية الإيرانية الإجراء بأنه غير قانوني، مؤكدة أن برامجها الدفاعية تعتمد على قدرات محلية. وقال مسؤول في الخزانة إن طهران تواصل استغلال النظام المالي الدولي للحصول على مكونات الأسلحة، متوعداً بمزيد من الإجراءات.""",
 "Arabic copy of the same round"),
("2025-12-18T17:30:00Z", "en", "AP", "https://apnews.com/article/iran-oil-tankers-sanctions-state-department-29-vessels-6a1f", "new_story", S, "ofac-iran-tankers-dec",
 "US blacklists 29 tankers in Iran's oil 'shadow fleet'",
 """WASHINGTON (AP) - The State Department on Thursday blacklisted 29 tankers and their operators that it said carry Iranian crude and petroleum products to buyers in Asia, as the Trump administration keeps up economic pressure on Tehran.

The vessels, flagged in Panama, Comoros, Gambia and other states, were identified as part of a "shadow fleet" that hides the origin of Iranian oil through ship-to-ship transfers and switched-off transponders. Treasury separately designated 12 shipping companies in the UAE and the Marshall Islands.

The action is separate from last month's measures against procurement networks for Iran's missile and drone programs. Officials said Iranian oil exports had fallen only modestly despite the pressure, with most cargoes ending up at independent refineries in China.""",
 "look-alike: another Iran round a month later, different targets -> new story"),
("2025-12-19T07:00:00Z", "fa", "Mehr", "https://www.mehrnews.com/news/6712440/", "copy", S, "ofac-iran-tankers-dec",
 "آمریکا ۲۹ نفتکش را به بهانه حمل نفت ایران تحریم کرد",
 """وزارت امور خارجه آمریکا روز پنجشنبه ۲۹ نفتکش و شرکت‌های بهره‌بردار آنها را به اتهام حمل نفت خام و فرآورده‌های نفتی ایران به خریداران آسیایی تحریم کرد.

به گزارش مهر، وزارت خزانه‌داری آمریکا نیز ۱۲ شرکت کشتیرانی در امارات و جزایر مارشال را در فهرست تحریم قرار داد. واشنگتن مدعی است این نفتکش‌ها با خاموش کردن سامانه ردیابی و انتقال محموله از کشتی به کشتی منشأ نفت ایران را پنهان می‌کنند.

یک مقام وزارت نفت در واکنش گفت صادرات نفت کشور با وجود تحریم‌ها ادامه دارد و این اقدامات تأثیری بر فروش نفت ایران نخواهد داشت.""",
 "Persian copy of the tanker round"),
("2025-09-12T03:30:00Z", "en", "Nikkei Asia", "https://asia.nikkei.com/politics/international-relations/japan-lowers-russian-oil-price-cap-adds-sanctions", "new_story", S, "jp-price-cap",
 "Japan lowers Russian oil price cap, freezes assets of 14 firms",
 """TOKYO - Japan will lower its price cap on Russian crude oil to $47.60 a barrel and freeze the assets of 14 companies and 11 individuals, the government said on Friday, aligning with a move by the European Union and Britain earlier this year.

The new cap will take effect on Sept. 12, Chief Cabinet Secretary Yoshimasa Hayashi said. Japanese shipping and insurance companies will be barred from handling Russian oil sold above that price.

The listed entities include companies in Russia, the UAE and Turkey that Tokyo says helped supply dual-use goods to the Russian military. Japan has exempted crude from the Sakhalin-2 project, which supplies liquefied natural gas to Japanese utilities.""",
 "new actor (Japan) tightening its own measures -> new story"),
("2025-10-29T13:00:00Z", "fr", "Le Temps", "https://www.letemps.ch/suisse/la-suisse-reprend-le-19e-paquet-de-sanctions-europeen", "new_story", S, "ch-eu19",
 "La Suisse reprend le 19e train de sanctions européen contre la Russie",
 """Le Département fédéral de l'économie (DEFR) a annoncé mercredi que la Suisse reprenait l'essentiel du 19e paquet de sanctions adopté la semaine dernière par l'Union européenne contre la Russie.

Les nouvelles mesures, en vigueur dès jeudi, comprennent l'interdiction des transactions avec Rosneft et Gazprom Neft, l'ajout de 117 navires à la liste des bâtiments interdits et des restrictions visant les prestataires de cryptoactifs. L'interdiction d'importer du gaz naturel liquéfié russe sera reprise ultérieurement, la Suisse n'en important pas directement.

Berne ajoute en outre une quarantaine de personnes et d'entités à sa propre liste. Le Conseil fédéral rappelle que la neutralité suisse n'empêche pas l'application de sanctions économiques.""",
 "different actor adopting measures -> new story"),
("2025-07-22T19:00:00Z", "ar", "Al Arabiya", "https://www.alarabiya.net/arab-and-world/yemen/2025/07/22/عقوبات-أميركية-على-شبكة-تمويل-الحوثيين", "new_story", S, "us-houthi-fin",
 "واشنطن تفرض عقوبات على شبكة لتمويل الحوثيين عبر تجارة النفط",
 """فرضت وزارة الخزانة الأميركية، الثلاثاء، عقوبات على 11 فرداً وكياناً و5 سفن قالت إنها جزء من شبكة تساعد جماعة الحوثي في اليمن على استيراد النفط وبيعه وتحويل العائدات إلى قادة الجماعة.

وأوضحت الوزارة أن الشبكة تضم شركات واجهة في الإمارات وسلطنة عمان، وتعمل على شحن المنتجات النفطية إلى ميناء رأس عيسى الخاضع لسيطرة الحوثيين، رغم تصنيف الجماعة منظمة إرهابية أجنبية.

وقال مسؤول في الخزانة إن العقوبات تهدف إلى «قطع شريان التمويل» الذي يغذي هجمات الحوثيين على الملاحة في البحر الأحمر. ولم يصدر تعليق فوري من الجماعة.""",
 "first report: OFAC round on Houthi finance network"),
("2025-07-22T21:30:00Z", "en", "Al Arabiya English", "https://english.alarabiya.net/News/gulf/2025/07/22/us-sanctions-houthi-oil-network", "copy", S, "us-houthi-fin",
 "US sanctions Houthi oil financing network, five vessels",
 """The US Treasury on Tuesday sanctioned 11 individuals and entities and five vessels it said were part of a network helping Yemen's Houthis import and sell petroleum and funnel proceeds to the group's leaders.

The network includes front companies in the UAE and Oman that shipped oil products to the Houthi-controlled port of Ras Isa despite the group's designation as a foreign terrorist organization, the Treasury said.

An official said the measures aimed to cut off the funding behind Houthi attacks on Red Sea shipping. The Houthis did not immediately comment.""",
 "English copy of the same designations"),
("2026-01-26T12:00:00Z", "fa", "Radio Farda", "https://www.radiofarda.com/a/eu-sanctions-iran-officials-repression/33651200.html", "new_story", S, "eu-iran-hr",
 "اتحادیه اروپا ۱۵ مقام و نهاد ایرانی را به دلیل سرکوب تحریم کرد",
 """شورای اتحادیه اروپا روز دوشنبه ۱۵ مقام و نهاد جمهوری اسلامی را به دلیل نقض حقوق بشر، از جمله اعدام معترضان و سرکوب فرامرزی مخالفان در خارج از کشور، در فهرست تحریم‌های خود قرار داد.

در میان تحریم‌شدگان چند قاضی دادگاه انقلاب، مسئولان زندان‌ها و یک واحد وابسته به وزارت اطلاعات دیده می‌شوند. دارایی‌های این افراد و نهادها در اتحادیه اروپا مسدود و سفر آنها به کشورهای عضو ممنوع شده است.

کایا کالاس، مسئول سیاست خارجی اتحادیه اروپا، گفت افزایش شمار اعدام‌ها در ایران «بسیار نگران‌کننده» است. وزارت امور خارجه ایران این تصمیم را «مداخله در امور داخلی» خواند و از اقدام متقابل خبر داد.""",
 "first report: EU human-rights listings against Iran"),
("2025-09-24T08:30:00Z", "fa", "Ham-Mihan", "https://www.hammihanonline.ir/news/104512/", "new_story", A, "ir-mig29",
 "نماینده مجلس: میگ-۲۹ها وارد کشور شده‌اند و سوخو-۳۵ در راه است",
 """ابوالفضل ظهره‌وند، عضو کمیسیون امنیت ملی و سیاست خارجی مجلس، گفت جنگنده‌های میگ-۲۹ از روسیه وارد کشور شده‌اند و جنگنده‌های سوخو-۳۵ نیز «در راه هستند».

این نماینده مجلس در گفت‌وگویی تلویزیونی افزود که سامانه‌های پدافندی جدید نیز از روسیه خریداری شده و برخی از آنها تحویل گرفته شده است، اما جزئیات بیشتری درباره تعداد هواپیماها یا زمان تحویل ارائه نکرد.

وزارت دفاع تاکنون این اظهارات را تأیید یا تکذیب نکرده است. گزارش‌هایی درباره خرید جنگنده‌های روسی از چند سال پیش منتشر شده بود، اما این نخستین بار است که یک مقام رسمی از ورود هواپیماهای روسی سخن می‌گوید.""",
 "first report: MP says Russian fighters delivered to Iran (arms story distinct from the treaty)"),
("2025-09-24T13:20:00Z", "en", "Iran International", "https://www.iranintl.com/en/202509248723", "copy", A, "ir-mig29",
 "Iranian lawmaker says MiG-29s delivered from Russia, Su-35s on the way",
 """An Iranian lawmaker says MiG-29 fighter jets from Russia have arrived in Iran and that Su-35 fighters are "on the way", in the first such claim by an official.

Abolfazl Zohrevand, a member of parliament's national security committee, told state television that new air-defence systems had also been purchased from Russia and some had been delivered. He gave no numbers or timelines.

Iran's defence ministry has not confirmed the remarks. Reports of Iranian purchases of Russian jets have circulated for years, and Iran's air force has relied on ageing US-made and Soviet-era aircraft.""",
 "English copy of the same claim"),
("2025-09-24T16:00:00Z", "ar", "Al Arabiya", "https://www.alarabiya.net/iran/2025/09/24/نائب-إيراني-مقاتلات-ميغ-29-وصلت", "copy", A, "ir-mig29",
 "نائب إيراني: مقاتلات «ميغ-29» الروسية وصلت إلى إيران و«سوخوي-35» في الطريق",
 """قال عضو لجنة الأمن القومي في البرلمان الإيراني، أبو الفضل ظهره وند، إن مقاتلات «ميغ-29» الروسية وصلت إلى إيران، وإن مقاتلات «سوخوي-35» «في الطريق»، في أول تصريح من مسؤول إيراني بهذا الشأن.

وأضاف في مقابلة تلفزيونية أن طهران اشترت أيضاً منظومات دفاع جوي من روسيا تسلمت جزءاً منها، من دون أن يقدم تفاصيل عن الأعداد أو المواعيد.

ولم تؤكد وزارة الدفاع الإيرانية هذه التصريحات. وتعتمد القوات الجوية الإيرانية على طائرات قديمة أميركية الصنع وأخرى من الحقبة السوفيتية. وتتداول تقارير منذ سنوات عن مساعي طهران لشراء مقاتلات روسية حديثة.""",
 "Arabic copy of the same claim"),
("2026-02-11T10:00:00Z", "fa", "IRNA", "https://www.irna.ir/news/86044519/", "update", A, "ir-mig29",
 "نخستین جنگنده‌های سوخو-۳۵ نیروی هوایی در مراسم ۲۲ بهمن به نمایش درآمد",
 """نیروی هوایی ارتش جمهوری اسلامی ایران در مراسم سالروز پیروزی انقلاب اسلامی برای نخستین بار جنگنده‌های سوخو-۳۵ را که از روسیه تحویل گرفته است، در آسمان تهران به پرواز درآورد.

به گزارش ایرنا، فرمانده نیروی هوایی ارتش گفت دو فروند از این جنگنده‌ها در هفته‌های گذشته وارد کشور شده‌اند و خلبانان ایرانی دوره‌های آموزشی را در روسیه گذرانده‌اند. وی از اعلام تعداد کل هواپیماهای سفارش داده شده خودداری کرد.

پیش از این یکی از اعضای کمیسیون امنیت ملی مجلس در مهرماه از ورود میگ-۲۹ها و «در راه بودن» سوخو-۳۵ها خبر داده بود. این نخستین تأیید رسمی تحویل جنگنده‌های سوخو-۳۵ به ایران است.""",
 "new step: Su-35 delivery officially confirmed (earlier only 'on the way')"),
("2025-08-29T11:00:00Z", "de", "Spiegel", "https://www.spiegel.de/politik/deutschland/patriot-deutschland-liefert-zwei-startgeraete-an-ukraine-a-3c91e2d4", "new_story", A, "de-patriot-ua",
 "Deutschland liefert zwei weitere Patriot-Startgeräte an die Ukraine",
 """Deutschland hat der Ukraine zwei weitere Startgeräte für das Flugabwehrsystem Patriot übergeben. Das bestätigte das Verteidigungsministerium am Freitag. Die Geräte stammen aus Beständen der Bundeswehr, die im Gegenzug neue Systeme beim US-Hersteller bestellt.

Verteidigungsminister Boris Pistorius hatte die Lieferung im Juli angekündigt. Zusätzlich finanziert Berlin den Kauf weiterer Patriot-Systeme aus den USA für Kiew, die über die NATO abgewickelt werden sollen.

Die Ukraine hat wiederholt um mehr Patriot-Systeme gebeten, da nur sie ballistische Raketen zuverlässig abfangen können. Russland hatte zuletzt die Zahl seiner Angriffe mit Raketen und Drohnen deutlich erhöht.""",
 "first report: Patriot launchers delivered"),
("2025-08-29T14:30:00Z", "en", "Kyiv Post", "https://www.kyivpost.com/post/58812", "copy", A, "de-patriot-ua",
 "Germany hands over two more Patriot launchers to Ukraine",
 """Germany has delivered two more Patriot launchers to Ukraine from Bundeswehr stocks, the German Defense Ministry confirmed on Friday, fulfilling a pledge made by Defense Minister Boris Pistorius in July.

Berlin will replace the launchers with new systems ordered from the U.S. manufacturer. Germany is also financing the purchase of additional Patriot systems from the United States for Ukraine through a NATO mechanism.

Kyiv has repeatedly asked allies for more Patriots, the only Western system it says can reliably intercept Russian ballistic missiles.""",
 "English copy of the same delivery"),
("2025-10-27T16:00:00Z", "en", "BBC", "https://www.bbc.com/news/articles/uk-turkey-typhoon-deal", "new_story", A, "tr-typhoon",
 "UK agrees £5.4bn deal to sell 20 Typhoon jets to Turkey",
 """The UK has signed a deal worth up to £5.4bn to sell 20 Eurofighter Typhoon jets to Turkey, the biggest fighter jet export deal in a generation, the government has said.

Prime Minister Sir Keir Starmer signed the agreement with President Recep Tayyip Erdogan in Ankara on Monday. The government says the deal will support thousands of jobs at BAE Systems sites in Lancashire, where parts of the jets are made.

The first deliveries are expected in 2030. Turkey is also in talks to buy second-hand Typhoons from Qatar and Oman to fill the gap until then. Germany, a partner in the Eurofighter consortium, had dropped its objections to the sale earlier this year.""",
 "first report: purchase agreed"),
("2025-10-27T18:30:00Z", "ar", "Al Jazeera", "https://www.aljazeera.net/news/2025/10/27/بريطانيا-توقع-صفقة-لبيع-تركيا-20-مقاتلة-يوروفايتر", "copy", A, "tr-typhoon",
 "بريطانيا توقع صفقة لبيع تركيا 20 مقاتلة «يوروفايتر تايفون»",
 """وقعت بريطانيا وتركيا، اليوم الاثنين في أنقرة، صفقة تبيع بموجبها لندن 20 مقاتلة من طراز «يوروفايتر تايفون» لأنقرة، بقيمة تصل إلى 5.4 مليارات جنيه إسترليني، في أكبر صفقة تصدير لطائرات مقاتلة بريطانية منذ جيل.

ووقع الاتفاق رئيس الوزراء البريطاني كير ستارمر والرئيس التركي رجب طيب أردوغان. ومن المتوقع أن تبدأ عمليات التسليم عام 2030.

وتجري تركيا مفاوضات موازية لشراء مقاتلات «تايفون» مستعملة من قطر وسلطنة عمان لسد الفجوة حتى ذلك الحين، بعدما رفعت ألمانيا اعتراضها على الصفقة. وقالت الحكومة البريطانية إن الصفقة ستدعم آلاف الوظائف في مصانع شركة «بي إيه إي سيستمز».""",
 "Arabic copy of the same deal"),
("2025-10-27T19:10:00Z", "de", "Handelsblatt", "https://www.handelsblatt.com/politik/international/eurofighter-tuerkei-kauft-20-jets-in-grossbritannien/100168812.html", "copy", A, "tr-typhoon",
 "Türkei kauft 20 Eurofighter in Großbritannien",
 """Großbritannien und die Türkei haben einen Vertrag über die Lieferung von 20 Kampfjets vom Typ Eurofighter Typhoon unterzeichnet. Das Volumen beträgt nach britischen Angaben bis zu 5,4 Milliarden Pfund. Premierminister Keir Starmer und Präsident Recep Tayyip Erdogan unterzeichneten die Vereinbarung am Montag in Ankara.

Die Bundesregierung hatte ihren Widerstand gegen das Geschäft im Sommer aufgegeben. Da der Eurofighter in einem Konsortium mit Deutschland, Italien und Spanien gebaut wird, war die Zustimmung Berlins nötig. Auch Airbus-Standorte in Bayern profitieren von dem Auftrag.

Die ersten Maschinen sollen 2030 ausgeliefert werden. Bis dahin will Ankara gebrauchte Eurofighter aus Katar und Oman übernehmen.""",
 "German copy of the same deal"),
("2026-02-18T10:00:00Z", "en", "Reuters", "https://www.reuters.com/business/aerospace-defense/turkey-receives-first-second-hand-typhoons-qatar-2026-02-18/", "update", A, "tr-typhoon",
 "Turkey takes delivery of first second-hand Typhoons from Qatar",
 """ANKARA, Feb 18 (Reuters) - Turkey's air force has taken delivery of the first four second-hand Eurofighter Typhoon jets from Qatar, the defence ministry said on Wednesday, as Ankara moves to plug gaps in its fleet before new jets ordered from Britain arrive.

The aircraft landed at an air base in central Turkey after a ferry flight from Doha. Turkey agreed to buy 12 Typhoons from Qatar and up to 12 from Oman alongside the 20 new jets ordered from the UK in October.

The ministry said Turkish pilots had completed conversion training in Qatar and Britain. Turkey has been seeking to modernise its air force since it was removed from the F-35 programme in 2019.""",
 "new step: first deliveries under the Turkish Typhoon programme"),
("2025-11-18T20:00:00Z", "ar", "Al Arabiya", "https://www.alarabiya.net/saudi-today/2025/11/18/ترامب-سنبيع-السعودية-مقاتلات-إف-35", "new_story", A, "sa-f35",
 "ترامب يعلن موافقته على بيع مقاتلات «إف-35» للسعودية",
 """أعلن الرئيس الأميركي دونالد ترامب، خلال استقباله ولي العهد السعودي الأمير محمد بن سلمان في البيت الأبيض، موافقته على بيع مقاتلات الشبح «إف-35» إلى المملكة العربية السعودية، في خطوة تاريخية تجعلها ثاني دولة في الشرق الأوسط تحصل على هذه الطائرة.

وقال ترامب للصحافيين: «سنقوم بذلك، سنبيع إف-35»، مشيراً إلى أن السعودية «حليف عظيم». كما وقّع الجانبان اتفاقية دفاع استراتيجي واتفاقات في مجالات الطاقة النووية المدنية والذكاء الاصطناعي.

ولم تُعلن تفاصيل عدد الطائرات أو الجدول الزمني. وتحتاج الصفقة إلى إخطار الكونغرس، فيما تلتزم واشنطن قانونياً بالحفاظ على التفوق العسكري النوعي لإسرائيل.""",
 "first report: arms sale agreed in principle"),
("2025-11-18T22:00:00Z", "en", "AP", "https://apnews.com/article/trump-saudi-f35-sale-mbs-white-house-3d77", "copy", A, "sa-f35",
 "Trump says US will sell F-35 fighter jets to Saudi Arabia",
 """WASHINGTON (AP) - President Donald Trump said Tuesday the United States will sell F-35 stealth fighter jets to Saudi Arabia, as he hosted Crown Prince Mohammed bin Salman at the White House.

"We'll be doing that. We'll be selling F-35s," Trump told reporters, calling the kingdom a great ally. The two leaders also signed a strategic defense agreement and deals on civil nuclear energy and artificial intelligence.

No details were given on the number of jets or timing. The sale would need to be notified to Congress, and the U.S. is legally bound to preserve Israel's qualitative military edge in the region.""",
 "English copy of the same announcement"),
]
