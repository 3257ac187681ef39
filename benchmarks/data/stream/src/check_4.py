T = ["treaty-ratification"]; A = ["arms-transfers"]; S = ["sanctions"]; N = []
ARTS = [
("2025-11-05T22:00:00Z", "en", "AP", "https://apnews.com/article/boeing-st-louis-strike-machinists-ratify-contract-1e4f", "trap", N, "-",
 "Boeing defense workers in St. Louis ratify contract, ending 3-month strike",
 """ST. LOUIS (AP) - Union machinists who build fighter jets and munitions for Boeing in the St. Louis area voted Tuesday to ratify a new five-year contract, ending a strike that began in August.

Members of the International Association of Machinists District 837 approved the deal by 68%, the union said. The contract includes a 24% general wage increase over five years and a $6,000 ratification bonus.

About 3,200 workers had been on strike at plants that produce the F-15 and F-47 fighters and the MQ-25 drone. Boeing's defense unit said it was pleased to welcome employees back. The walkout had been the first at the sites in nearly three decades.""",
 "word-sense trap: union members ratify a contract (defence-industry setting)"),
("2025-12-01T09:00:00Z", "en", "ESPN", "https://www.espn.com/boxing/story/_/id/47123344/wbc-sanctioned-title-fight-riyadh", "trap", N, "-",
 "WBC sanctions heavyweight title fight for Riyadh in March",
 """The World Boxing Council has sanctioned a heavyweight title fight between its champion and the No. 1 contender for March in Riyadh, the organization said Monday, ending months of uncertainty over the mandatory bout.

The WBC ordered the two camps to agree terms within 30 days or face a purse bid. Promoters said the fight would headline a card during Riyadh Season, with several other world title bouts on the undercard.

"This is the fight the fans want," WBC president Mauricio Sulaiman said. The champion has not fought since a unanimous decision win in July and had been linked to a lucrative exhibition bout instead.""",
 "word-sense trap: boxing body 'sanctions' (approves) a fight"),
("2025-08-19T16:00:00Z", "en", "Houston Chronicle", "https://www.houstonchronicle.com/news/houston-texas/crime/article/gun-shop-burglary-katy-20821455.php", "trap", N, "-",
 "Thieves steal 40 firearms in Katy gun shop burglary",
 """Burglars drove a pickup truck through the front of a gun shop in Katy early Tuesday and made off with about 40 firearms, authorities said.

The Harris County Sheriff's Office said the break-in happened around 3:30 a.m. Surveillance video shows four masked suspects loading handguns and rifles into bags in under three minutes before fleeing.

The Bureau of Alcohol, Tobacco, Firearms and Explosives is offering a reward of up to $5,000 for information leading to an arrest. The shop's owner said the store had been targeted twice in the past five years and that he planned to install steel bollards. Anyone with information is asked to call Crime Stoppers.""",
 "trap: domestic gun shop, not inter-state arms transfer"),
("2025-09-15T08:30:00Z", "fr", "Ouest-France", "https://www.ouest-france.fr/bretagne/quimper/quimper-les-armoiries-de-la-ville-restaurees-a-l-hotel-de-ville-8a21c4", "trap", N, "-",
 "Quimper : les armoiries de la ville retrouvent leurs couleurs sur la façade de l'hôtel de ville",
 """Après trois mois de travaux, les armoiries sculptées qui ornent la façade de l'hôtel de ville de Quimper ont retrouvé leurs couleurs d'origine. Le blason, qui représente un bélier d'or sur fond d'azur surmonté de l'hermine bretonne, avait été endommagé par les intempéries.

Les restaurateurs ont d'abord nettoyé la pierre avant de reconstituer la polychromie à partir d'archives et de photographies anciennes. Le chantier a coûté environ 45 000 euros, financés en partie par une souscription publique.

La municipalité prévoit une inauguration lors des Journées du patrimoine, samedi, avec une visite commentée consacrée à l'héraldique bretonne.""",
 "word-sense trap: coat of arms (armoiries)"),
("2025-10-08T07:00:00Z", "fr", "Le Parisien", "https://www.leparisien.fr/economie/emploi/licenciement-sanctions-disciplinaires-ce-que-dit-le-droit-08-10-2025-ABC123.php", "trap", N, "-",
 "Avertissement, mise à pied, licenciement : ce que dit le droit sur les sanctions disciplinaires au travail",
 """Un retard répété, un manquement aux règles de sécurité ou une insulte envers un collègue peuvent conduire l'employeur à prononcer une sanction disciplinaire. Mais celle-ci est strictement encadrée par le Code du travail.

Avant toute sanction autre qu'un simple avertissement, l'employeur doit convoquer le salarié à un entretien préalable, en lui indiquant l'objet de la convocation. La sanction ne peut intervenir moins de deux jours ouvrables ni plus d'un mois après cet entretien.

Le salarié peut contester une sanction devant le conseil de prud'hommes, qui peut l'annuler si elle est jugée disproportionnée. Enfin, aucune sanction ne peut être fondée sur des faits remontant à plus de deux mois.""",
 "word-sense trap: workplace disciplinary sanctions"),
("2025-11-21T19:00:00Z", "ar", "Kooora", "https://www.kooora.com/?n=1487220", "trap", N, "-",
 "«فيفا» يعاقب نادياً سعودياً بحرمانه من التسجيل لثلاث فترات",
 """أعلن الاتحاد الدولي لكرة القدم «فيفا» فرض عقوبة على أحد أندية دوري روشن السعودي تقضي بحرمانه من تسجيل لاعبين جدد لثلاث فترات انتقالات، بسبب عدم سداد مستحقات مالية لنادٍ أوروبي عن صفقة انتقال لاعب.

وأوضح «فيفا» في بيانه أن العقوبة تُرفع فور سداد المبلغ المستحق، مشيراً إلى أن النادي لم يلتزم بقرار لجنة الانضباط الصادر في وقت سابق من العام.

وقالت إدارة النادي إنها تعمل على تسوية المستحقات خلال أيام، وإنها واثقة من رفع العقوبة قبل انطلاق فترة الانتقالات الشتوية. ويُعد هذا النادي الثالث في الدوري الذي يتعرض لعقوبة مماثلة هذا الموسم.""",
 "word-sense trap: FIFA sanctions a club"),
("2025-10-14T10:00:00Z", "ar", "Asharq Al-Awsat", "https://aawsat.com/العالم-العربي/شمال-افريقيا/5194411", "trap", N, "-",
 "هجوم بطائرات مسيرة يستهدف مستودعات وقود في بورتسودان",
 """استهدف هجوم بطائرات مسيرة فجر الثلاثاء مستودعات للوقود ومحطة كهرباء في مدينة بورتسودان على البحر الأحمر، ما أدى إلى اندلاع حرائق ضخمة وانقطاع التيار الكهربائي عن أجزاء واسعة من المدينة.

واتهم الجيش السوداني «قوات الدعم السريع» بتنفيذ الهجوم، فيما لم يصدر تعليق من الأخيرة. وقالت مصادر محلية إن الدفاعات الجوية تصدت لعدد من المسيرات، لكن بعضها أصاب أهدافه.

وتعد بورتسودان مقراً مؤقتاً للحكومة والمنظمات الدولية منذ اندلاع الحرب في أبريل 2023. وتسببت هجمات مماثلة في مايو الماضي في تعطيل الملاحة الجوية في المطار الدولي.""",
 "trap: drone strike (use of weapons), not a transfer"),
("2026-03-20T20:00:00Z", "fa", "Hamshahri", "https://www.hamshahrionline.ir/news/928811/", "trap", N, "-",
 "نمایش نوری ۲ هزار پهپاد در آسمان تهران به مناسبت نوروز",
 """همزمان با آغاز سال نو، آسمان تهران شامگاه جمعه میزبان نمایش نوری دو هزار پهپاد بود که تصاویری از نمادهای نوروزی، سفره هفت‌سین و برج آزادی را در آسمان ترسیم کردند.

به گزارش همشهری آنلاین، این برنامه که از سوی شهرداری تهران و در محدوده پارک آب و آتش برگزار شد، با استقبال هزاران نفر از شهروندان روبه‌رو شد. معاون فرهنگی شهرداری گفت این بزرگ‌ترین نمایش پهپادی تاریخ کشور بوده است.

این نمایش در شب‌های دوم و سوم فروردین نیز تکرار می‌شود. شهرداری از شهروندان خواسته است برای حضور از وسایل حمل‌ونقل عمومی استفاده کنند.""",
 "word-sense trap: drone light show"),
("2025-09-03T10:00:00Z", "de", "Stern", "https://www.stern.de/gesundheit/bionische-prothese-junge-aus-bremen-35012744.html", "trap", N, "-",
 "Mit bionischem Arm zurück aufs Fahrrad: Wie ein 12-Jähriger neu beginnt",
 """Als Jonas vor zwei Jahren bei einem Unfall seinen rechten Unterarm verlor, dachte er, er werde nie wieder Fahrrad fahren. Heute trägt der Zwölfjährige aus Bremen einen bionischen Arm, der über Muskelsignale gesteuert wird, und fährt jeden Tag zur Schule.

Die Prothese, die die Krankenkasse nach langem Antragsverfahren übernommen hat, kostet rund 30.000 Euro. Sensoren auf der Haut erkennen die Anspannung der Unterarmmuskeln und übersetzen sie in Greifbewegungen.

Orthopädietechniker sagen, die Versorgung mit solchen Prothesen sei bei Kindern besonders schwierig, weil sie regelmäßig an das Wachstum angepasst werden müssten. Jonas hat bereits sein drittes Modell.""",
 "word-sense trap: bionic arm"),
("2025-10-19T15:00:00Z", "ru", "Sport-Express", "https://www.sport-express.ru/armwrestling/news/chempionat-mira-2025-2331045/", "trap", N, "-",
 "Российские армрестлеры завоевали пять золотых медалей на чемпионате мира",
 """Сборная России по армрестлингу завоевала пять золотых медалей на чемпионате мира, завершившемся в воскресенье, и заняла первое место в общекомандном зачете. Спортсмены выступали в нейтральном статусе.

Двукратным чемпионом стал представитель Татарстана, победивший в весовой категории до 100 кг на правой и левой руке. Еще три золота принесли спортсменки в женских категориях.

Главный тренер сборной назвал результат «лучшим за последние годы» и отметил, что команда омолодилась. Следующим крупным стартом для армрестлеров станет чемпионат Европы весной будущего года. Федерация рассчитывает, что к тому времени спортсмены смогут выступать под национальным флагом.""",
 "word-sense trap: arm wrestling"),
("2025-10-08T13:00:00Z", "ru", "Kommersant", "https://www.kommersant.ru/doc/7198833", "trap", N, "-",
 "Госдума денонсировала соглашение с США об утилизации плутония",
 """Государственная дума в среду приняла закон о денонсации соглашения между Россией и США об утилизации плутония, заявленного как плутоний, не требующийся более для целей обороны.

Действие соглашения, подписанного в 2000 году, было приостановлено Россией еще в 2016 году из-за, как говорилось тогда, недружественных действий Вашингтона. Теперь Москва выходит из него окончательно. Как пояснил представлявший закон заместитель министра иностранных дел, соглашение «утратило актуальность».

Согласно документу, каждая из сторон обязалась утилизировать по 34 тонны оружейного плутония. Закон направлен в Совет Федерации. В Вашингтоне решение пока не прокомментировали.""",
 "trap: parliament votes to withdraw (denounce) a treaty, not ratify"),
("2025-12-23T06:00:00Z", "ru", "RIA Novosti", "https://ria.ru/20251223/pogoda-moskva-snegopad-2066541120.html", "off_topic", N, "-",
 "Москву накрыл сильнейший снегопад с начала зимы",
 """Сильнейший с начала зимы снегопад обрушился на Москву в ночь на вторник. За сутки выпало около 40% месячной нормы осадков, высота снежного покрова в отдельных районах превысила 30 сантиметров, сообщил Гидрометцентр.

На улицы вышли более 12 тысяч единиц снегоуборочной техники. В аэропортах Шереметьево и Внуково задержаны десятки рейсов, на дорогах образовались многокилометровые пробки.

Синоптики прогнозируют, что снегопад продолжится до вечера среды, после чего в столицу придут морозы до минус 15 градусов. Власти призвали водителей по возможности пересесть на общественный транспорт.""",
 "off-topic: weather"),
("2025-11-09T19:30:00Z", "de", "kicker", "https://www.kicker.de/bayern-gewinnt-gegen-dortmund-1138842/artikel", "off_topic", N, "-",
 "Bayern gewinnt Klassiker gegen Dortmund",
 """Der FC Bayern München hat den Klassiker gegen Borussia Dortmund mit 3:1 gewonnen und die Tabellenführung in der Bundesliga ausgebaut. Harry Kane traf doppelt, Michael Olise erzielte das dritte Tor.

Dortmund war nach der Pause durch Serhou Guirassy zwischenzeitlich auf 1:2 herangekommen, konnte die Partie aber nicht mehr drehen. BVB-Trainer Niko Kovac haderte mit einem nicht gegebenen Elfmeter in der ersten Halbzeit.

Die Bayern haben nach zehn Spieltagen weiterhin keinen Punkt abgegeben. Für Dortmund war es die zweite Niederlage in Folge, der Rückstand auf die Spitze beträgt nun acht Punkte.""",
 "off-topic: football"),
("2026-02-05T17:00:00Z", "fa", "ISNA", "https://www.isna.ir/news/1404111609922/", "off_topic", N, "-",
 "آغاز چهل‌وچهارمین جشنواره فیلم فجر با نمایش ۲۲ فیلم در بخش مسابقه",
 """چهل‌وچهارمین جشنواره فیلم فجر شامگاه پنجشنبه با حضور هنرمندان و مدیران سینمایی در برج میلاد تهران آغاز به کار کرد. در بخش مسابقه سینمای ایران امسال ۲۲ فیلم حضور دارند.

به گزارش ایسنا، دبیر جشنواره در مراسم افتتاحیه گفت امسال سهم فیلم‌اولی‌ها بیش از هر دوره دیگری است و آثار در ۳۰ سینمای تهران و شهرستان‌ها برای عموم به نمایش درمی‌آیند.

اختتامیه جشنواره ۲۲ بهمن برگزار خواهد شد و سیمرغ‌های بلورین در ۱۸ رشته اهدا می‌شود. فروش بلیت‌ها از روز گذشته آغاز شده و بسیاری از سانس‌ها به فروش رفته است.""",
 "off-topic: culture"),
("2025-10-10T11:00:00Z", "ar", "Al-Ahram", "https://gate.ahram.org.eg/News/5266218.aspx", "off_topic", N, "-",
 "تراجع معدل التضخم السنوي في مصر إلى 11.7% خلال سبتمبر",
 """أعلن الجهاز المركزي للتعبئة العامة والإحصاء تراجع معدل التضخم السنوي لأسعار المستهلكين في مدن مصر إلى 11.7% خلال شهر سبتمبر، مقابل 12% في أغسطس، مواصلاً اتجاهه النزولي للشهر الرابع على التوالي.

وأرجع محللون التراجع إلى استقرار سعر صرف الجنيه وانخفاض أسعار بعض السلع الغذائية، رغم زيادات في أسعار الوقود والكهرباء خلال الأشهر الماضية.

ويترقب المستثمرون قرار البنك المركزي المصري في اجتماع لجنة السياسة النقدية المقبل، وسط توقعات بخفض جديد لأسعار الفائدة بعد سلسلة تخفيضات بدأت في أبريل. ويستهدف البنك المركزي خفض التضخم إلى نطاق 5 إلى 9 في المائة بنهاية العام المقبل.""",
 "off-topic: economy"),
("2025-07-27T18:00:00Z", "fr", "L'Équipe", "https://www.lequipe.fr/Cyclisme-sur-route/Actualites/pogacar-remporte-son-quatrieme-tour-de-france/1581230", "off_topic", N, "-",
 "Tadej Pogacar remporte son quatrième Tour de France",
 """Tadej Pogacar a remporté dimanche son quatrième Tour de France, au terme d'une dernière étape disputée sous la pluie à Paris, avec un passage inédit par la butte Montmartre. Le Slovène devance le Danois Jonas Vingegaard de plus de quatre minutes au classement général.

Le leader de l'équipe UAE Emirates a dominé l'épreuve de bout en bout, remportant quatre étapes et portant le maillot jaune pendant dix-huit jours. L'Allemand Florian Lipowitz complète le podium.

Côté français, Kévin Vauquelin a pris une belle septième place. « Chaque Tour est différent, celui-ci restera très spécial », a déclaré Pogacar sur les Champs-Élysées.""",
 "off-topic: cycling"),
("2025-12-03T15:00:00Z", "en", "Science News", "https://www.sciencenews.org/article/comet-3i-atlas-interstellar-closest-approach", "off_topic", N, "-",
 "Interstellar comet 3I/ATLAS reveals surprising chemistry as it leaves the solar system",
 """Observations of the interstellar comet 3I/ATLAS made as it swung past the sun are revealing a chemistry unlike that of comets born in our own solar system, astronomers report.

Spectra from several telescopes show unusually high levels of carbon dioxide and nickel vapour relative to water, suggesting the comet formed in a colder, older planetary system. It is only the third interstellar object ever detected, after 'Oumuamua in 2017 and Borisov in 2019.

The comet will make its closest approach to Earth later this month at a safe distance of about 270 million kilometres, before heading back into interstellar space. Scientists are racing to gather data while it remains bright enough to study.""",
 "off-topic: science"),
("2026-01-09T21:30:00Z", "en", "CNBC", "https://www.cnbc.com/2026/01/09/stock-market-today-jobs-report.html", "off_topic", N, "-",
 "Stocks rise after December jobs report shows steady hiring",
 """U.S. stocks rose on Friday after the December jobs report showed employers added more workers than economists expected, easing fears of a sharp slowdown in the labour market.

The S&P 500 gained 0.8% and the Nasdaq Composite added 1.1%, led by technology shares. The economy added 185,000 jobs last month, while the unemployment rate held at 4.3%.

Traders increased bets that the Federal Reserve would hold interest rates steady at its meeting later this month. Treasury yields edged higher. "This is a Goldilocks number," one strategist said, adding that wage growth was moderate enough not to worry policymakers.""",
 "off-topic: markets"),
("2025-12-30T20:00:00Z", "ar", "Al Riyadiah", "https://www.arriyadiyah.com/1210455", "off_topic", N, "-",
 "الهلال يتغلب على النصر ويعزز صدارته لدوري روشن",
 """تغلب الهلال على ضيفه النصر بنتيجة 3-1 في قمة الجولة الثانية عشرة من دوري روشن السعودي للمحترفين، التي أقيمت على ملعب المملكة أرينا في الرياض، ليعزز صدارته لجدول الترتيب.

وسجل للهلال كل من مالكوم وسالم الدوسري وألكسندر ميتروفيتش، فيما أحرز كريستيانو رونالدو هدف النصر الوحيد من ركلة جزاء في الشوط الثاني.

وبهذا الفوز رفع الهلال رصيده إلى 32 نقطة بفارق خمس نقاط عن الاتحاد صاحب المركز الثاني، بينما تجمد رصيد النصر عند 25 نقطة في المركز الرابع. وأبدى مدرب النصر استياءه من الأداء الدفاعي لفريقه، مؤكداً أن المنافسة على اللقب لا تزال مفتوحة.""",
 "off-topic: football"),
("2025-11-02T05:00:00Z", "fa", "Tasnim", "https://www.tasnimnews.com/fa/news/1404/08/11/3420133/", "off_topic", N, "-",
 "زلزله ۵.۴ ریشتری حوالی خوی در آذربایجان غربی",
 """زمین‌لرزه‌ای به بزرگی ۵.۴ ریشتر بامداد یکشنبه حوالی شهرستان خوی در استان آذربایجان غربی را لرزاند. به گزارش مرکز لرزه‌نگاری کشوری، کانون این زلزله در عمق ۱۰ کیلومتری زمین ثبت شده است.

رئیس جمعیت هلال احمر استان گفت تیم‌های ارزیاب به روستاهای اطراف اعزام شده‌اند و تاکنون گزارشی از خسارت جانی دریافت نشده است، اما چند خانه روستایی دچار ترک‌خوردگی شده‌اند.

شهروندان خوی که سه سال پیش زلزله‌ای ویرانگر را تجربه کرده بودند، ساعاتی را در فضای باز سپری کردند. چند پس‌لرزه خفیف نیز پس از زلزله اصلی ثبت شده است.""",
 "off-topic: earthquake"),
]
