T = ["treaty-ratification"]; A = ["arms-transfers"]; S = ["sanctions"]
ARTS = [
("2026-01-27T09:00:00Z", "ar", "Asharq Al-Awsat", "https://aawsat.com/شؤون-عسكرية/5230117", "new_story", A, "dz-su57",
 "الجزائر تتسلم أولى مقاتلات «سو-57» الروسية",
 """أفادت مصادر عسكرية متطابقة بأن الجزائر تسلمت الدفعة الأولى من مقاتلات الجيل الخامس الروسية «سو-57 إي»، لتصبح أول دولة أجنبية تحصل على هذه الطائرة، في صفقة ظلت تفاصيلها طي الكتمان منذ سنوات.

وأظهرت صور متداولة طائرتين على الأقل في قاعدة جوية جنوب غربي البلاد، فيما لم تصدر وزارة الدفاع الجزائرية أي بيان رسمي. وكانت شركة «روستيخ» الروسية قد أعلنت العام الماضي عن «أول عميل أجنبي» للطائرة دون أن تسميه.

وتعد الجزائر من أكبر مستوردي السلاح الروسي في أفريقيا، إذ تعتمد قواتها الجوية على مقاتلات «سو-30» و«ميغ-29». ويرى محللون أن الصفقة تعكس متانة التعاون العسكري بين البلدين رغم العقوبات الغربية على موسكو.""",
 "first report: Su-57 delivered to Algeria"),
("2026-01-27T13:40:00Z", "en", "The National", "https://www.thenationalnews.com/news/mena/2026/01/27/algeria-su-57-delivery/", "copy", A, "dz-su57",
 "Algeria becomes first foreign operator of Russia's Su-57, reports say",
 """Algeria has taken delivery of its first Sukhoi Su-57E fifth-generation fighters from Russia, becoming the first foreign customer for the aircraft, according to military sources and images circulating on social media.

At least two of the jets were photographed at an air base in the south-west of the country. Algeria's defence ministry has not commented. Russia's Rostec said last year it had delivered Su-57s to an unnamed "first foreign customer".

Algeria is one of the largest buyers of Russian weapons in Africa and already flies Su-30MKA and MiG-29 fighters.""",
 "English copy of the same reported delivery"),
("2026-01-28T07:20:00Z", "ru", "Kommersant", "https://www.kommersant.ru/doc/7420155", "copy", A, "dz-su57",
 "Алжир получил первые Су-57",
 """Алжир стал первым иностранным эксплуатантом российского истребителя пятого поколения Су-57Э, сообщают военные источники. На опубликованных в соцсетях снимках видны по меньшей мере два самолета на авиабазе на юго-западе страны.

Министерство обороны Алжира поставку официально не подтвердило. В прошлом году «Ростех» сообщал о передаче Су-57 «первому иностранному заказчику», не называя его.

Алжир — один из крупнейших покупателей российского вооружения в Африке: на вооружении его ВВС уже состоят истребители Су-30МКА и МиГ-29. По оценкам экспертов, контракт мог предусматривать поставку до 14 машин.""",
 "Russian copy of the same delivery"),
("2026-01-15T14:00:00Z", "fr", "La Tribune", "https://www.latribune.fr/entreprises-finance/industrie/aeronautique-defense/l-indonesie-receptionne-ses-trois-premiers-rafale-1034521.html", "new_story", A, "id-rafale",
 "L'Indonésie réceptionne ses trois premiers Rafale",
 """Dassault Aviation a livré jeudi à l'armée de l'air indonésienne ses trois premiers Rafale, lors d'une cérémonie organisée sur le site de Mérignac, près de Bordeaux, en présence du ministre indonésien de la Défense.

Jakarta a commandé 42 appareils en trois tranches depuis 2022, pour un montant total d'environ 8,1 milliards de dollars. Les premiers avions rejoindront la base de Pekanbaru, sur l'île de Sumatra, après un convoyage prévu dans les prochaines semaines.

L'Indonésie devient le huitième pays client du Rafale à l'export. Les livraisons doivent s'étaler jusqu'en 2028. Les pilotes et mécaniciens indonésiens ont été formés en France au cours de l'année écoulée.""",
 "first report: Rafale delivered to Indonesia"),
("2026-01-15T17:30:00Z", "en", "Reuters", "https://www.reuters.com/business/aerospace-defense/indonesia-receives-first-rafale-jets-2026-01-15/", "copy", A, "id-rafale",
 "Indonesia receives first three Rafale fighter jets from France",
 """PARIS, Jan 15 (Reuters) - Dassault Aviation handed over the first three of 42 Rafale fighter jets ordered by Indonesia on Thursday at a ceremony in Merignac, southwestern France, attended by Indonesia's defence minister.

Indonesia ordered the jets in three batches from 2022 in a deal worth about $8.1 billion. The aircraft will be based at Pekanbaru on Sumatra. Deliveries are scheduled to continue until 2028.""" + """

Indonesia is the eighth export customer for the Rafale. Jakarta is also weighing purchases of Chinese J-10 fighters and Turkish KAAN jets.""",
 "English copy of the same delivery"),
("2025-07-30T10:00:00Z", "ar", "Al Arabiya", "https://www.alarabiya.net/arab-and-world/egypt/2025/07/30/مصر-تتسلم-منظومة-دفاع-جوي-صينية", "new_story", A, "eg-hq9b",
 "تقارير: مصر تتسلم منظومة الدفاع الجوي الصينية «إتش كيو-9 بي»",
 """أفادت تقارير إعلامية وصور أقمار صناعية بأن مصر تسلمت منظومة الدفاع الجوي الصينية بعيدة المدى «إتش كيو-9 بي»، في خطوة تعكس تنويع القاهرة لمصادر تسليحها بعيداً عن الموردين الغربيين والروس.

وأظهرت الصور بطاريات للمنظومة منتشرة في قاعدة قرب القاهرة، بينما لم يصدر تعليق رسمي من وزارة الدفاع المصرية أو من بكين. ويبلغ مدى المنظومة نحو 250 كيلومتراً، وهي مصممة لاعتراض الطائرات والصواريخ الجوالة.

وتعتمد مصر تقليدياً على منظومات أميركية وروسية وفرنسية، لكن محللين يرون أن القيود الأميركية على بعض الأسلحة المتقدمة دفعت القاهرة إلى التوجه نحو الصين.""",
 "first report: Chinese air defence delivered to Egypt"),
("2025-07-30T15:10:00Z", "en", "Middle East Eye", "https://www.middleeasteye.net/news/egypt-acquires-chinese-hq-9b-air-defence-system-reports", "copy", A, "eg-hq9b",
 "Egypt acquires Chinese HQ-9B air defence system, reports say",
 """Egypt has received China's HQ-9B long-range air defence system, according to media reports and satellite imagery, in a sign of Cairo's push to diversify its arms suppliers.

Images showed batteries deployed at a site near Cairo. Neither Egypt's defence ministry nor Beijing has commented. The system has a range of about 250 kilometres and is designed to intercept aircraft and cruise missiles.

Egypt has traditionally relied on American, Russian and French systems, but analysts say US restrictions on advanced weapons have pushed it to look to China.""",
 "English copy of the same reported delivery"),
("2025-11-20T08:30:00Z", "ru", "TASS", "https://tass.ru/armiya-i-opk/25681129", "new_story", A, "by-su30",
 "Белоруссия получила очередную партию истребителей Су-30СМ2",
 """ВВС Белоруссии получили очередную партию многофункциональных истребителей Су-30СМ2 российского производства, сообщило министерство обороны республики.

Самолеты перелетели с Иркутского авиазавода на аэродром Барановичи, где базируется 61-я истребительная авиабаза. Количество машин в партии не уточняется. По данным минобороны, летчики прошли переподготовку в России.

Первые Су-30СМ2 Белоруссия получила в 2019 году; контракт предусматривает поставку в общей сложности 12 самолетов. Помимо истребителей, Минск в последние годы получил от России зенитные ракетные комплексы «Тор-М2» и С-400, а также оперативно-тактические комплексы «Искандер». В министерстве подчеркнули, что новые самолеты заступят на боевое дежурство в составе объединенной системы ПВО Союзного государства уже в ближайшие недели.""",
 "first report: Russian fighter delivery to Belarus"),
("2025-06-26T12:00:00Z", "de", "NZZ", "https://www.nzz.ch/schweiz/bundesrat-unterzeichnet-vertrag-fuer-iris-t-slm-ld.1890211", "new_story", A, "ch-irist",
 "Bund unterschreibt Kaufvertrag für Luftabwehrsystem IRIS-T SLM",
 """Das Bundesamt für Rüstung Armasuisse hat mit dem deutschen Hersteller Diehl Defence den Vertrag über die Beschaffung des bodengestützten Luftverteidigungssystems IRIS-T SLM unterzeichnet. Das teilte das Verteidigungsdepartement VBS am Donnerstag mit.

Der Vertrag umfasst mehrere Feuereinheiten sowie Lenkflugkörper und hat ein Volumen von rund 660 Millionen Franken. Das Parlament hatte die Mittel mit der Armeebotschaft 2024 bewilligt. Die ersten Systeme sollen ab 2028 an die Luftwaffe ausgeliefert werden.

Die Schweiz beschafft damit neben dem amerikanischen Patriot-System ein zweites System für mittlere Reichweiten. Verteidigungsminister Martin Pfister sprach von einer «wesentlichen Lücke», die geschlossen werde.""",
 "purchase agreed (contract signed) for air defence from abroad"),
("2025-11-06T10:20:00Z", "fr", "Le360", "https://fr.le360.ma/politique/les-far-receptionnent-un-nouveau-lot-d-helicopteres-apache_2025-11-06/", "new_story", A, "ma-apache",
 "Les FAR réceptionnent un nouveau lot d'hélicoptères Apache",
 """Les Forces armées royales (FAR) ont réceptionné un nouveau lot d'hélicoptères de combat AH-64E Apache Guardian en provenance des États-Unis, a-t-on appris de sources militaires. Les appareils sont arrivés par voie maritime avant d'être acheminés vers la base de Salé.

Le Maroc avait commandé 24 Apache en 2020 dans le cadre d'un contrat estimé à plus de 4 milliards de dollars, incluant armement, formation et maintenance. Un premier lot de six hélicoptères avait été livré en mars.

Ces appareils, armés notamment de missiles Hellfire, doivent renforcer les capacités d'appui-feu des FAR, notamment dans les provinces du Sud. Les livraisons doivent être achevées d'ici 2026.""",
 "first report in stream: new batch of Apaches delivered to Morocco (paraphrase 'réceptionné')"),
("2025-06-11T09:40:00Z", "ar", "Al Jazeera", "https://www.aljazeera.net/news/2025/6/11/الخارجية-الأميركية-توافق-على-بيع-قطر-مسيرات", "new_story", A, "qa-mq9b",
 "واشنطن توافق على بيع قطر طائرات مسيرة من طراز «إم كيو-9 بي» بقيمة ملياري دولار",
 """وافقت وزارة الخارجية الأميركية على صفقة محتملة لبيع قطر ثماني طائرات مسيرة من طراز «إم كيو-9 بي» مع معدات ودعم فني، بقيمة تقارب ملياري دولار، وفق ما أعلنته وكالة التعاون الأمني الدفاعي الأميركية.

وتأتي الصفقة ضمن حزمة اتفاقيات دفاعية أعلن عنها خلال زيارة الرئيس دونالد ترامب إلى الدوحة في مايو/أيار الماضي. وأُخطر الكونغرس بالصفقة، وأمامه مهلة لاعتراضها.

وقالت الوكالة إن الطائرات ستعزز قدرات قطر في مجال الاستطلاع والمراقبة البحرية، مؤكدة أن الصفقة «لن تغير التوازن العسكري الأساسي في المنطقة». وتصنع الطائرات شركة «جنرال أتوميكس».""",
 "arms sale approved (purchase agreed) between states"),
("2025-09-30T12:00:00Z", "en", "Reuters", "https://www.reuters.com/business/aerospace-defense/denmark-buy-european-samp-t-air-defence-2025-09-30/", "new_story", A, "dk-sampt",
 "Denmark to buy European SAMP/T air defence in $9 billion package",
 """COPENHAGEN, Sept 30 (Reuters) - Denmark will buy the Franco-Italian SAMP/T long-range air defence system along with shorter-range systems from Norway, Germany and France, in its largest-ever weapons purchase worth 58 billion Danish crowns ($9 billion), the defence ministry said on Tuesday.

The choice of SAMP/T over the U.S. Patriot system was driven by delivery times, Defence Minister Troels Lund Poulsen told reporters. The package includes the NASAMS, IRIS-T SLM and VL MICA systems, with the first units expected next year.

The decision follows the appearance of drones over Danish airports last week.""",
 "purchase agreed: Denmark buys foreign air defence"),
("2025-07-02T11:00:00Z", "ru", "Interfax", "https://www.interfax.ru/russia/1034981", "new_story", T, "ru-mali-mil",
 "Госдума ратифицировала соглашение о военном сотрудничестве с Мали",
 """Государственная дума на пленарном заседании в среду ратифицировала соглашение между правительствами России и Республики Мали о военном сотрудничестве.

Как говорится в пояснительной записке, соглашение предусматривает взаимодействие в области подготовки военных кадров, обмена опытом в борьбе с терроризмом, проведения совместных учений, а также военно-медицинского и военно-технического сотрудничества. Документ был подписан в Москве в прошлом году.

Соглашение заключается на пять лет с автоматическим продлением. Закон о ратификации направлен в Совет Федерации. Россия в последние годы активно расширяет военное присутствие в странах Сахеля после ухода оттуда французских войск.""",
 "first report: Duma ratifies agreement with Mali"),
("2025-07-09T10:30:00Z", "ru", "TASS", "https://tass.ru/politika/24451287", "update", T, "ru-mali-mil",
 "Совфед одобрил ратификацию соглашения о военном сотрудничестве с Мали",
 """Совет Федерации на заседании в среду одобрил закон о ратификации соглашения между правительствами России и Мали о военном сотрудничестве.

Документ был принят Госдумой на прошлой неделе. Как пояснил глава комитета СФ по обороне и безопасности, соглашение создает правовую основу для подготовки малийских военнослужащих в российских вузах, проведения совместных учений и обмена информацией в сфере борьбы с терроризмом.

Закон направлен на подпись президенту. За одобрение документа проголосовали все присутствовавшие сенаторы. Ранее Россия заключила аналогичные соглашения с Буркина-Фасо и Нигером, входящими вместе с Мали в Конфедерацию государств Сахеля.""",
 "new step: upper chamber approves"),
("2025-07-15T09:10:00Z", "en", "Reuters", "https://www.reuters.com/world/africa/putin-signs-law-ratifying-military-pact-with-mali-2025-07-15/", "update", T, "ru-mali-mil",
 "Putin signs law ratifying military cooperation pact with Mali",
 """MOSCOW, July 15 (Reuters) - President Vladimir Putin has signed a law ratifying a military cooperation agreement with Mali, according to a document published on the government's legal information portal on Tuesday, completing Russia's side of the process.

Both houses of Russia's parliament backed the agreement this month. It provides for training of Malian officers, joint exercises and counter-terrorism cooperation.

Russia has deepened security ties with Mali's military government since French troops left in 2022. The Wagner group's presence in the country was formally handed over to the defence ministry's Africa Corps in June.""",
 "new step: head of state signs ratification law"),
("2025-07-15T12:00:00Z", "fr", "RFI", "https://www.rfi.fr/fr/afrique/20250715-russie-mali-poutine-promulgue-la-loi-de-ratification-de-l-accord-militaire", "copy", T, "ru-mali-mil",
 "Russie-Mali : Vladimir Poutine promulgue la loi de ratification de l'accord militaire",
 """Le président russe Vladimir Poutine a signé la loi ratifiant l'accord de coopération militaire entre la Russie et le Mali, selon le portail officiel d'information juridique russe, consulté mardi 15 juillet par RFI.

Les deux chambres du Parlement russe avaient approuvé le texte en juillet. L'accord prévoit la formation d'officiers maliens, l'organisation d'exercices conjoints et une coopération dans la lutte antiterroriste.

Depuis le départ des troupes françaises en 2022, Bamako s'est largement tourné vers Moscou. Les effectifs du groupe Wagner ont été remplacés en juin par l'Africa Corps, placé sous la tutelle du ministère russe de la Défense.""",
 "French copy of the Putin signature"),
("2025-09-19T18:00:00Z", "en", "AP", "https://apnews.com/article/high-seas-treaty-60-ratifications-morocco-b7c3d1", "new_story", T, "bbnj",
 "High seas treaty clears 60 ratifications and will become international law",
 """UNITED NATIONS (AP) - A landmark treaty to protect marine life on the high seas will enter into force in January after Morocco and Sierra Leone on Friday became the 60th and 61st countries to ratify it, the United Nations said.

The Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction, known as BBNJ, was adopted in 2023 after nearly two decades of negotiations. It creates a legal framework for establishing marine protected areas in international waters, which cover nearly two-thirds of the ocean.

Under its terms, the treaty takes effect 120 days after the 60th instrument of ratification is deposited, meaning Jan. 17, 2026. "This is a historic achievement for the ocean," U.N. Secretary-General Antonio Guterres said. The United States has signed but not ratified the treaty.""",
 "first report: 60th ratification deposited, entry-into-force date set"),
("2025-09-19T20:15:00Z", "fr", "Le Monde", "https://www.lemonde.fr/planete/article/2025/09/19/le-traite-sur-la-haute-mer-va-entrer-en-vigueur_6641122_3244.html", "copy", T, "bbnj",
 "Le traité sur la haute mer franchit le seuil des 60 ratifications",
 """Le traité international sur la protection de la haute mer entrera en vigueur le 17 janvier 2026. Le Maroc et la Sierra Leone ont déposé, vendredi 19 septembre, leurs instruments de ratification auprès des Nations unies, portant le total à 61 et franchissant ainsi le seuil requis de 60.

Adopté en juin 2023 après près de vingt ans de négociations, l'accord BBNJ permet notamment la création d'aires marines protégées dans les eaux internationales, qui représentent près des deux tiers de l'océan.

La France, qui avait fait de la ratification un enjeu de la Conférence des Nations unies sur l'océan à Nice en juin, a salué « une victoire historique ».""",
 "French copy of the same 60th-ratification event"),
("2025-09-20T08:00:00Z", "ar", "Hespress", "https://www.hespress.com/المغرب-يصادق-على-معاهدة-أعالي-البحار-1601245.html", "copy", T, "bbnj",
 "المغرب يودع وثيقة المصادقة على معاهدة أعالي البحار ويمهد لدخولها حيز التنفيذ",
 """أودعت المملكة المغربية لدى الأمم المتحدة وثيقة مصادقتها على اتفاق التنوع البيولوجي البحري في المناطق الواقعة خارج الولاية الوطنية، المعروف بمعاهدة أعالي البحار، لتكون إلى جانب سيراليون الدولة التي أوصلت عدد المصادقات إلى العتبة المطلوبة.

وبموجب أحكام الاتفاق، يدخل حيز التنفيذ بعد 120 يوماً من إيداع وثيقة المصادقة الستين، أي في 17 يناير 2026. وتتيح المعاهدة إنشاء مناطق بحرية محمية في المياه الدولية التي تغطي نحو ثلثي المحيطات.

ورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالخطوة، فيما أكدت وزارة الخارجية المغربية أن المصادقة تعكس التزام المملكة بحماية المحيطات.""",
 "Arabic (Moroccan outlet) copy of the same event"),
("2026-01-17T09:30:00Z", "en", "The Guardian", "https://www.theguardian.com/environment/2026/jan/17/high-seas-treaty-comes-into-force", "update", T, "bbnj",
 "High seas treaty comes into force, opening way for ocean sanctuaries",
 """The first international treaty to protect life in the high seas came into force on Saturday, giving governments the legal power to create marine protected areas in waters beyond national borders.

More than 80 countries have now ratified the agreement, which took effect 120 days after the 60th ratification was lodged in September. The first conference of the parties must be held within a year and is expected to consider proposals for protected areas in the Sargasso Sea and around the Emperor Seamounts.

Campaigners called it a turning point but warned that the treaty's success depends on rapid action: scientists say 30% of the ocean must be protected by 2030 to halt biodiversity loss.""",
 "new step: entry into force"),
("2025-11-14T13:00:00Z", "de", "Tagesschau", "https://www.tagesschau.de/inland/bundestag-hochseeschutzabkommen-100.html", "new_story", T, "bbnj-de",
 "Bundestag stimmt Hochseeschutzabkommen zu",
 """Der Bundestag hat am Donnerstag das Gesetz zur Ratifizierung des UN-Hochseeschutzabkommens verabschiedet. Für den Entwurf der Bundesregierung stimmten die Fraktionen von Union, SPD und Grünen, die AfD stimmte dagegen, die Linke enthielt sich.

Das Abkommen soll den Schutz der Artenvielfalt in internationalen Gewässern verbessern, die rund zwei Drittel der Meere ausmachen. Es tritt im Januar in Kraft, nachdem im September die Schwelle von 60 Ratifizierungen überschritten wurde.

Deutschland will noch vor Inkrafttreten seine Ratifikationsurkunde in New York hinterlegen, um an der ersten Vertragsstaatenkonferenz als Vollmitglied teilzunehmen. Zuvor muss noch der Bundesrat zustimmen. Umweltminister Carsten Schneider sprach von einem «wichtigen Signal für den Meeresschutz».""",
 "look-alike: a different country (Germany) ratifying the same convention -> new story"),
("2025-06-06T07:00:00Z", "en", "Kyodo", "https://english.kyodonews.net/news/2025/06/diet-approves-japan-philippines-reciprocal-access-agreement.html", "new_story", T, "jp-ph-raa",
 "Japan's Diet approves defense pact allowing troop deployments with Philippines",
 """TOKYO - Japan's parliament on Friday approved a reciprocal access agreement with the Philippines that will make it easier for the two countries' forces to hold joint exercises on each other's territory.

The House of Councillors endorsed the accord after the lower house did so in May, completing Japan's domestic procedures. The Philippine Senate gave its concurrence in December. The pact will take effect 30 days after the two governments exchange diplomatic notes.

The agreement, signed in Manila in July 2024, is Japan's third such pact after those with Australia and Britain. It comes amid growing concern in both countries over China's assertiveness in the South China Sea.""",
 "first report: legislature approves RAA (paraphrase 'endorsed the accord')"),
("2025-09-11T04:00:00Z", "en", "Philippine Daily Inquirer", "https://globalnation.inquirer.net/289451/ph-japan-reciprocal-access-agreement-takes-effect", "update", T, "jp-ph-raa",
 "PH-Japan reciprocal access agreement takes effect",
 """The reciprocal access agreement between the Philippines and Japan entered into force on Thursday, the Department of Foreign Affairs said, a month after the two countries exchanged diplomatic notes confirming completion of their ratification procedures.

The deal allows Japanese troops to take part in large-scale exercises such as Balikatan and sets rules on jurisdiction and the entry of personnel and equipment.

"This strengthens our ability to respond together to shared challenges," the DFA said. The Philippine Senate concurred in the agreement in December 2024, while Japan's Diet approved it in June.""",
 "new step: notes exchanged / entry into force"),
("2025-10-26T09:00:00Z", "fa", "ISNA", "https://www.isna.ir/news/1404080402311/", "new_story", T, "ir-by-majlis",
 "تصویب موافقت‌نامه همکاری امنیتی ایران و بلاروس در مجلس",
 """نمایندگان مجلس شورای اسلامی در جلسه علنی روز یکشنبه با کلیات و جزئیات لایحه موافقت‌نامه همکاری در زمینه امنیت بین دولت جمهوری اسلامی ایران و دولت جمهوری بلاروس موافقت کردند.

به گزارش ایسنا، این لایحه با ۱۹۸ رأی موافق، ۱۲ رأی مخالف و ۵ رأی ممتنع از مجموع ۲۲۵ نماینده حاضر به تصویب رسید. بر اساس این موافقت‌نامه، دو کشور در مبارزه با تروریسم، جرایم سازمان‌یافته، قاچاق مواد مخدر و جرایم سایبری همکاری و تبادل اطلاعات خواهند کرد.

این موافقت‌نامه سال گذشته در مینسک به امضای وزرای کشور دو طرف رسیده بود. مصوبه مجلس برای طی مراحل قانونی به شورای نگهبان ارسال می‌شود.""",
 "first report: Majlis ratifies a different agreement (Iran–Belarus)"),
("2025-12-09T12:30:00Z", "ar", "Al-Ahram", "https://gate.ahram.org.eg/News/5301882.aspx", "new_story", T, "eg-eu-mfa",
 "مجلس النواب يوافق على اتفاقية الدعم المالي الكلي مع الاتحاد الأوروبي",
 """وافق مجلس النواب المصري، في جلسته العامة اليوم الثلاثاء، على قرار رئيس الجمهورية بشأن الموافقة على مذكرة التفاهم واتفاقية القرض الخاصة بالشريحة الثانية من آلية الدعم المالي الكلي المقدمة من الاتحاد الأوروبي، بقيمة 4 مليارات يورو.

وأوضح تقرير لجنة الخطة والموازنة أن الاتفاقية تأتي في إطار الشراكة الاستراتيجية والشاملة الموقعة بين مصر والاتحاد الأوروبي في مارس 2024، وتهدف إلى دعم الإصلاحات الاقتصادية وتعزيز الاحتياطي من النقد الأجنبي.

وكان الاتحاد الأوروبي قد صرف مليار يورو في الشريحة الأولى. ومن المنتظر أن تُحال الاتفاقية إلى رئيس الجمهورية للتصديق عليها ونشرها في الجريدة الرسمية تمهيداً لدخولها حيز النفاذ.""",
 "legislature approves an international agreement (paraphrase 'وافق') -> treaty-ratification"),
("2025-09-30T20:30:00Z", "en", "Reuters", "https://www.reuters.com/technology/us-adds-chinese-firms-entity-list-2025-09-30/", "new_story", S, "bis-entity-sep",
 "US puts 23 Chinese firms on trade restriction list",
 """WASHINGTON, Sept 30 (Reuters) - The U.S. Commerce Department put 23 Chinese companies on its restricted trade list on Tuesday, accusing them of helping acquire American chipmaking tools and components for China's military and for Iranian drone programs.

Companies on the so-called Entity List cannot receive U.S.-origin goods or technology without a license, which is likely to be denied. Among those added are distributors in Shenzhen and Hong Kong that officials say shipped U.S. parts later found in Iranian Shahed drones.

The department also issued a rule extending export restrictions to subsidiaries at least 50% owned by listed companies. China's commerce ministry said it "firmly opposes" the move and would take "necessary measures".""",
 "export blacklist designations (paraphrase 'put on restricted trade list')"),
("2025-11-27T02:00:00Z", "en", "ABC News (Australia)", "https://www.abc.net.au/news/2025-11-27/australia-sanctions-russian-shadow-fleet-vessels/105988112", "new_story", S, "au-shadow-fleet",
 "Australia imposes sanctions on 95 shadow fleet vessels",
 """Australia has imposed sanctions on 95 vessels it says are part of Russia's shadow fleet of oil tankers, the largest single tranche of maritime sanctions it has announced.

Foreign Minister Penny Wong said the ships had helped Russia evade the oil price cap and fund its war in Ukraine. The listed vessels are barred from Australian ports and Australians are prohibited from providing them with services.

Senator Wong said Australia was acting alongside the UK, Canada, New Zealand and the European Union. The government has now listed more than 150 vessels and more than 1,000 individuals and entities under its Russia sanctions regime since 2022.""",
 "different actor/round -> new story"),
]
