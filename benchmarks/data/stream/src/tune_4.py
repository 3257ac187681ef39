N = []
ARTS = [
("2025-06-12T10:00:00Z", "en", "BBC", "https://www.bbc.com/news/articles/bionic-arms-children-nhs-2025", "trap", N, "-",
 "NHS to offer 3D-printed bionic arms to more children",
 """Hundreds more children born without a hand or who have lost a limb will be offered 3D-printed bionic arms on the NHS under an expanded programme announced on Thursday.

The lightweight devices, made by Bristol-based Open Bionics, use sensors that pick up muscle movements in the forearm to open and close the hand. They can be customised with designs from films and video games, which clinicians say helps children feel confident wearing them.

"My daughter calls it her superhero arm," said one parent from Leeds whose seven-year-old was fitted with the device last year. NHS England said the arms would be available at 12 specialist centres by next spring. Previously many families had to raise money privately for the devices, which cost around £10,000 each.""",
 "word-sense trap: bionic/prosthetic arms, not weapons"),
("2025-10-05T15:00:00Z", "en", "Runner's World", "https://www.runnersworld.com/uk/news/a6541209/new-sanctioned-marathon-lake-district/", "trap", N, "-",
 "Lake District gets its first officially sanctioned marathon",
 """The Lake District will host its first marathon sanctioned by UK Athletics next spring, organisers announced this week, meaning times run on the course will count for championship qualification and official rankings.

The route starts in Keswick and loops around Derwentwater and Bassenthwaite Lake, with about 600 metres of climbing. Organisers expect 3,000 runners in the first edition, capped to limit the impact on local roads.

"Getting the race sanctioned took two years of course measurement and safety planning," said race director Helen Moss. Entry opens on November 1 and costs £65. A portion of the proceeds will go to mountain rescue teams in Cumbria, which organisers said had supported the planning process.""",
 "word-sense trap: 'sanctioned' = officially approved race"),
("2025-07-23T12:30:00Z", "en", "The Guardian", "https://www.theguardian.com/society/2025/jul/23/scottish-nurses-ratify-pay-deal", "trap", N, "-",
 "Scottish nurses ratify two-year pay deal",
 """Nurses and midwives in Scotland have voted to ratify a two-year pay deal worth 8% in total, bringing an end to months of negotiations with the Scottish government.

Members of the Royal College of Nursing backed the offer by 68% on a turnout of 52%, the union said on Wednesday. Unison and Unite members had already accepted the deal earlier this month.

The agreement includes a reduction in the working week to 36 hours by 2026 and protected time for professional development. Health Secretary Neil Gray said the outcome meant Scotland's nurses remained "the best paid in the UK". The RCN said the ratification was "a step forward" but warned that staff shortages continued to put pressure on wards.""",
 "word-sense trap: union members ratify a pay deal"),
("2025-10-30T18:00:00Z", "fr", "L'Équipe", "https://www.lequipe.fr/Football/Actualites/l-om-sanctionne-par-l-uefa-apres-les-incidents-de-lisbonne/1601122", "trap", N, "-",
 "L'OM sanctionné par l'UEFA après les incidents de Lisbonne",
 """L'instance de contrôle, d'éthique et de discipline de l'UEFA a infligé jeudi une amende de 90 000 euros à l'Olympique de Marseille et une fermeture partielle du Vélodrome pour un match, avec sursis, à la suite des incidents survenus lors du déplacement à Lisbonne en Ligue des champions.

Des fumigènes avaient été allumés et des objets lancés sur la pelouse en seconde période, entraînant une interruption de plusieurs minutes. L'UEFA a également sanctionné le club portugais pour des défaillances dans l'organisation.

Le club marseillais a indiqué « prendre acte » de la décision et annoncé des mesures d'identification des supporters concernés. L'OM avait déjà été sanctionné la saison dernière pour des faits similaires.""",
 "word-sense trap: sports body sanctions a club"),
("2025-08-20T09:00:00Z", "de", "Süddeutsche Zeitung", "https://www.sueddeutsche.de/bayern/gemeinde-neues-wappen-genehmigt-1.7123456", "trap", N, "-",
 "Nach Gemeindefusion: Neues Wappen für Rottal genehmigt",
 """Die im vergangenen Jahr durch Fusion entstandene Gemeinde Rottal hat ein neues Wappen. Die Regierung von Niederbayern hat den Entwurf am Dienstag genehmigt, wie Bürgermeisterin Anna Huber mitteilte.

Das Wappen zeigt auf blauem Grund einen silbernen Wellenbalken für die Rott, darüber zwei goldene Ähren, die an die landwirtschaftliche Tradition der beiden Altgemeinden erinnern. Entworfen hat es ein Heraldiker aus Landshut, nachdem die Bürger in einer Umfrage über drei Varianten abgestimmt hatten.

Das bisherige Wappen der größeren Altgemeinde mit dem Schwert eines Grafengeschlechts wurde nicht übernommen. Die neuen Ortsschilder und Briefköpfe sollen bis Jahresende umgestellt werden. Die Kosten beziffert die Gemeinde auf rund 15.000 Euro.""",
 "word-sense trap: coat of arms (Wappen)"),
("2025-12-20T19:00:00Z", "ar", "Sabq", "https://sabq.org/saudia/riyadh-season-drone-show-record", "trap", N, "-",
 "عرض ضوئي بـ5 آلاف طائرة مسيرة يضيء سماء الرياض في موسم الرياض",
 """شهدت سماء العاصمة الرياض مساء الجمعة عرضاً ضوئياً ضخماً شاركت فيه خمسة آلاف طائرة مسيرة، ضمن فعاليات موسم الرياض، في محاولة لتسجيل رقم قياسي عالمي جديد لأكبر عرض من نوعه في المنطقة.

ورسمت الطائرات في السماء لوحات متحركة لمعالم سعودية وشعار الموسم وعبارات ترحيبية بالزوار، وسط حضور آلاف المتفرجين في منطقة بوليفارد سيتي.

وقالت الهيئة العامة للترفيه إن العرض استغرق أشهراً من التحضير وشارك فيه فريق تقني من عدة دول. ومن المقرر أن يتكرر العرض في عطلات نهاية الأسبوع حتى نهاية يناير، مع برنامج موسيقي مصاحب.""",
 "word-sense trap: drone light show"),
("2025-08-24T06:30:00Z", "ru", "Meduza", "https://meduza.io/news/2025/08/24/bespilotniki-atakovali-npz-v-novorossiyske", "trap", N, "-",
 "Беспилотники атаковали нефтеперерабатывающий завод в Краснодарском крае",
 """В ночь на воскресенье беспилотники атаковали нефтеперерабатывающий завод в Краснодарском крае, на территории предприятия начался пожар, сообщил оперативный штаб региона.

По данным штаба, возгорание площадью около 200 квадратных метров было ликвидировано к утру, пострадавших нет. Минобороны России заявило, что за ночь над регионом были сбиты 42 украинских беспилотника.

Украинские источники утверждают, что удар был нанесен силами беспилотных систем ВСУ. Это уже третья за месяц атака на НПЗ на юге России; ранее пострадали предприятия в Волгоградской и Самарской областях. На нескольких АЗС региона отмечались перебои с бензином.""",
 "trap: drone strike (use of weapons), not an arms transfer"),
("2025-11-10T11:00:00Z", "fa", "Varzesh3", "https://www.varzesh3.com/news/2115403/", "trap", N, "-",
 "مچ‌اندازی؛ دو مدال طلا برای ایران در مسابقات قهرمانی آسیا",
 """تیم ملی مچ‌اندازی ایران در مسابقات قهرمانی آسیا که در تاشکند برگزار شد، با کسب دو مدال طلا، سه نقره و چهار برنز در رده سوم جدول توزیع مدال‌ها قرار گرفت.

به گزارش ورزش سه، علی رضایی در وزن ۹۰ کیلوگرم دست راست و مهدی کریمی در وزن ۱۱۰ کیلوگرم دست چپ موفق به کسب مدال طلا شدند. قزاقستان و ازبکستان میزبان عناوین اول و دوم را به دست آوردند.

رئیس انجمن مچ‌اندازی فدراسیون ورزش‌های همگانی گفت این نتیجه بهترین عملکرد تیم ملی در سال‌های اخیر است و ملی‌پوشان برای مسابقات جهانی سال آینده آماده می‌شوند.""",
 "word-sense trap: arm wrestling"),
("2025-08-08T22:30:00Z", "en", "AP", "https://apnews.com/article/armenia-azerbaijan-peace-deal-white-house-initialed-2f7b", "trap", N, "-",
 "Armenia and Azerbaijan initial peace deal at White House",
 """WASHINGTON (AP) - The leaders of Armenia and Azerbaijan initialed a peace agreement at the White House on Friday, aimed at ending decades of conflict over the Nagorno-Karabakh region, in a ceremony hosted by President Donald Trump.

The text, agreed by negotiators in March, still has to be signed and then ratified. Azerbaijan has insisted that Armenia first change its constitution, which it says contains territorial claims, before the treaty is formally signed.

The two sides also agreed to a transit corridor through southern Armenia, to be called the Trump Route for International Peace and Prosperity, linking Azerbaijan to its Nakhchivan exclave. "It's taken a long time," Trump said.""",
 "trap: treaty only initialed, not ratified"),
("2025-10-02T08:00:00Z", "de", "WDR", "https://www1.wdr.de/kultur/ausstellung-westfaelischer-friede-muenster-100.html", "trap", N, "-",
 "Münster zeigt Originalurkunden des Westfälischen Friedens",
 """Zum ersten Mal seit Jahrzehnten sind in Münster wieder Originalurkunden des Westfälischen Friedens von 1648 zu sehen. Die Ausstellung «Frieden schließen» im LWL-Museum für Kunst und Kultur zeigt unter anderem eine Ratifikationsurkunde aus dem schwedischen Reichsarchiv.

Die Dokumente beendeten den Dreißigjährigen Krieg und gelten als Grundstein der modernen Staatenordnung. Kuratorin Judith Claussen sagt, die Besucher könnten an den Siegeln und Unterschriften nachvollziehen, wie mühsam diplomatische Einigungen damals waren.

Ergänzt wird die Schau durch Gemälde, Münzen und Flugschriften aus der Zeit. Die Ausstellung läuft bis Februar, der Eintritt kostet zwölf Euro, Schulklassen haben freien Zugang.""",
 "trap: historical treaty in a museum"),
("2025-12-04T14:00:00Z", "en", "Bloomberg", "https://www.bloomberg.com/news/articles/2025-12-04/northwind-board-ratifies-interim-ceo", "trap", N, "-",
 "Northwind Energy board ratifies interim CEO as permanent chief",
 """Northwind Energy Plc's board ratified the appointment of interim Chief Executive Officer Clare Hollis as permanent head of the company, ending a six-month search after her predecessor's abrupt departure.

Hollis, 51, previously ran the company's offshore wind arm and took over on an interim basis in June. Shares rose 3.2% in London trading on Thursday.

The board said it had considered external candidates but concluded Hollis had "stabilised the business and delivered on cost targets". She will receive a base salary of £850,000. The company also said it would sell its US onshore arm to focus on European offshore projects, with a decision expected in the first quarter.""",
 "word-sense trap: board ratifies appointment; company 'arm'"),
("2025-07-01T13:00:00Z", "de", "Tagesschau", "https://www.tagesschau.de/inland/hitzewelle-deutschland-rekord-100.html", "off_topic", N, "-",
 "Hitzewelle: Deutscher Wetterdienst warnt vor bis zu 39 Grad",
 """Deutschland steht vor den heißesten Tagen des Jahres. Der Deutsche Wetterdienst (DWD) warnt für große Teile des Landes vor extremer Hitze mit Temperaturen von bis zu 39 Grad am Mittwoch.

Besonders betroffen sind der Südwesten und das Rhein-Main-Gebiet. Auch die Nächte bleiben vielerorts tropisch warm, die Temperaturen sinken nicht unter 20 Grad. Mehrere Bundesländer haben Hitzefrei an Schulen erlaubt, Kommunen richten kühle Räume für ältere Menschen ein.

Erst zum Wochenende erwartet der DWD eine Abkühlung durch Gewitter, die örtlich mit Starkregen und Hagel einhergehen können. Die Waldbrandgefahr steigt in Brandenburg und Sachsen-Anhalt auf die höchste Stufe.""",
 "off-topic: weather"),
("2025-08-31T20:30:00Z", "ru", "Sport-Express", "https://www.sport-express.ru/football/rfpl/news/spartak-zenit-2315478/", "off_topic", N, "-",
 "«Зенит» обыграл «Спартак» в центральном матче тура РПЛ",
 """Петербургский «Зенит» обыграл московский «Спартак» со счетом 2:1 в матче седьмого тура Российской премьер-лиги, который прошел в воскресенье на «Газпром Арене».

Счет открыл Педро в конце первого тайма, после перерыва Мозес сравнял счет, однако на 78-й минуте победный гол забил Соболев. «Спартак» доигрывал матч в меньшинстве после удаления защитника.

После этой победы «Зенит» поднялся на второе место в турнирной таблице, отставая от лидирующего «Краснодара» на два очка. «Спартак» опустился на шестую строчку. Главный тренер москвичей заявил, что команда «заслуживала большего».""",
 "off-topic: football"),
("2025-12-22T08:00:00Z", "fa", "Hamshahri", "https://www.hamshahrionline.ir/news/912034/", "off_topic", N, "-",
 "آلودگی هوا مدارس تهران را غیرحضوری کرد",
 """با تداوم آلودگی هوا و رسیدن شاخص کیفیت هوا به وضعیت «ناسالم برای همه گروه‌ها»، کمیته اضطرار آلودگی هوای استان تهران اعلام کرد مدارس و دانشگاه‌های استان روز سه‌شنبه به‌صورت غیرحضوری فعالیت خواهند کرد.

به گزارش همشهری آنلاین، میانگین شاخص آلودگی در ۲۴ ساعت گذشته به ۱۷۵ رسیده است. ادارات دولتی نیز با ۵۰ درصد ظرفیت فعالیت می‌کنند و طرح ترافیک از ساعت ۶ صبح اجرا خواهد شد.

کارشناسان هواشناسی پیش‌بینی کرده‌اند که با ورود سامانه بارشی از روز پنجشنبه، از غلظت آلاینده‌ها کاسته شود. وزارت بهداشت از سالمندان و بیماران قلبی خواست از تردد غیرضروری خودداری کنند.""",
 "off-topic: air pollution"),
("2025-09-07T16:00:00Z", "ar", "Al Arabiya", "https://www.alarabiya.net/aswaq/oil-and-gas/2025/09/07/أوبك-بلس-ترفع-الإنتاج", "off_topic", N, "-",
 "«أوبك+» تتفق على زيادة جديدة في إنتاج النفط اعتباراً من أكتوبر",
 """اتفقت ثماني دول من تحالف «أوبك+» خلال اجتماع افتراضي يوم الأحد على زيادة إنتاج النفط بمقدار 137 ألف برميل يومياً اعتباراً من أكتوبر، في إطار البدء بإعادة شريحة ثانية من التخفيضات الطوعية إلى السوق.

وقال التحالف في بيان إن القرار يستند إلى «توقعات اقتصادية عالمية مستقرة وأساسيات سوق سليمة»، مع الإبقاء على المرونة لتعليق الزيادات أو عكسها وفق تطورات السوق.

وتراجعت أسعار خام برنت بنحو 2 في المائة في التعاملات الأولى بعد الإعلان، إلى ما دون 66 دولاراً للبرميل. وكان التحالف قد أعاد خلال الأشهر الماضية نحو 2.2 مليون برميل يومياً إلى السوق.""",
 "off-topic: oil market"),
("2025-10-21T09:00:00Z", "fr", "France 24", "https://www.france24.com/fr/culture/20251021-louvre-reouverture-galerie-apollon", "off_topic", N, "-",
 "Le Louvre rouvre partiellement après le vol des bijoux de la Couronne",
 """Le musée du Louvre a rouvert ses portes mercredi, trois jours après le spectaculaire vol de huit bijoux de la Couronne dans la galerie d'Apollon, qui reste fermée au public pendant la durée de l'enquête.

Les malfaiteurs, équipés d'un monte-charge, avaient pénétré par une fenêtre du premier étage et dérobé les pièces en moins de sept minutes. Une centaine d'enquêteurs sont mobilisés pour retrouver les auteurs et les joyaux, dont la valeur patrimoniale est jugée « inestimable ».

La ministre de la Culture a reconnu des « failles » dans la sécurité du musée. De longues files d'attente se sont formées dès l'ouverture, de nombreux visiteurs disant vouloir « voir la galerie de leurs propres yeux ».""",
 "off-topic: culture/crime"),
("2025-11-18T17:00:00Z", "en", "The Verge", "https://www.theverge.com/2025/11/18/ai-chip-launch-data-center", "off_topic", N, "-",
 "Startup unveils AI chip it says halves data center power use",
 """A California chip startup on Tuesday unveiled an artificial intelligence accelerator it claims can run large language models using half the electricity of today's leading graphics processors.

The company, founded by former Google engineers, says its chip stores model weights directly in memory next to the compute units, cutting the energy spent shuttling data. It plans to ship the first server racks to cloud customers in the second half of next year.

Independent benchmarks have yet to verify the claims. Analysts note that several rivals have made similar promises but struggled to match Nvidia's software ecosystem. The startup has raised $400 million from investors including a sovereign wealth fund.""",
 "off-topic: technology"),
("2025-12-26T19:00:00Z", "fa", "Varzesh3", "https://www.varzesh3.com/news/2129981/", "off_topic", N, "-",
 "پرسپولیس با برتری مقابل سپاهان صدرنشین لیگ برتر شد",
 """تیم فوتبال پرسپولیس در هفته پانزدهم لیگ برتر با نتیجه ۲ بر یک سپاهان را در ورزشگاه آزادی شکست داد و در پایان نیم‌فصل در صدر جدول قرار گرفت.

در این دیدار، مهاجم پرسپولیس در دقیقه ۲۳ گل اول را به ثمر رساند و سپاهان در ابتدای نیمه دوم بازی را به تساوی کشاند، اما ضربه سر مدافع سرخپوشان در دقیقه ۸۴ سه امتیاز را برای میزبان به ارمغان آورد.

سرمربی سپاهان پس از بازی از داوری انتقاد کرد و گفت یک پنالتی مسلم تیمش گرفته نشد. استقلال با یک امتیاز کمتر در رده دوم قرار دارد.""",
 "off-topic: football"),
("2025-08-05T10:00:00Z", "ar", "Al Jazeera", "https://www.aljazeera.net/news/2025/8/5/موجة-حر-قياسية-في-الخليج", "off_topic", N, "-",
 "موجة حر قياسية في الخليج ودرجات الحرارة تتجاوز 50 مئوية",
 """سجلت عدة مدن خليجية درجات حرارة قياسية تجاوزت 50 درجة مئوية خلال الأيام الماضية، في موجة حر وصفها خبراء الأرصاد بأنها الأشد منذ سنوات.

وبلغت الحرارة في مدينة البصرة جنوبي العراق 52 درجة، فيما سجلت الكويت 51 درجة، ما دفع السلطات إلى تقليص ساعات الدوام في الدوائر الحكومية وحظر العمل في الأماكن المكشوفة خلال ساعات الذروة.

وحذرت وزارات الصحة من مخاطر الإجهاد الحراري، ودعت السكان إلى الإكثار من شرب الماء وتجنب التعرض المباشر للشمس. ويتوقع خبراء استمرار الموجة حتى منتصف الشهر مع رياح مثيرة للغبار.""",
 "off-topic: weather"),
("2025-11-24T07:00:00Z", "de", "Handelsblatt", "https://www.handelsblatt.com/finanzen/ifo-geschaeftsklima-november-2025/100171234.html", "off_topic", N, "-",
 "Ifo-Index: Stimmung in der deutschen Wirtschaft trübt sich ein",
 """Die Stimmung in den deutschen Chefetagen hat sich im November überraschend eingetrübt. Der Ifo-Geschäftsklimaindex fiel auf 88,1 Punkte nach 88,4 Punkten im Oktober, wie das Münchner Ifo-Institut am Montag mitteilte. Ökonomen hatten mit einem leichten Anstieg gerechnet.

Die Unternehmen beurteilten vor allem ihre Geschäftsaussichten pessimistischer. «Die deutsche Wirtschaft zweifelt an einer baldigen Erholung», sagte Ifo-Präsident Clemens Fuest. Besonders im verarbeitenden Gewerbe und im Handel sank der Index.

Die Bundesregierung setzt auf ihr Investitionsprogramm für Infrastruktur, dessen Effekte sich aber erst im kommenden Jahr zeigen dürften.""",
 "off-topic: economy"),
]
