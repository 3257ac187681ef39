T = ["treaty-ratification"]; A = ["arms-transfers"]; S = ["sanctions"]
ARTS = [
("2025-10-02T11:30:00Z", "ru", "TASS", "https://tass.ru/politika/25213877", "update", T, "ru-ir-treaty",
 "Договор о всеобъемлющем стратегическом партнерстве России и Ирана вступил в силу",
 """Договор о всеобъемлющем стратегическом партнерстве между Российской Федерацией и Исламской Республикой Иран вступил в силу 2 октября, сообщили в МИД России.

Как говорится в сообщении ведомства, стороны обменялись уведомлениями о выполнении внутригосударственных процедур, необходимых для вступления документа в силу. Последняя нота иранской стороны поступила в Москву в среду.

Официальный представитель МИД Мария Захарова назвала это событие «важной вехой» в двусторонних отношениях и отметила, что договор «не направлен против третьих стран». Документ, подписанный президентами Владимиром Путиным и Масудом Пезешкианом 17 января в Москве, заключен сроком на 20 лет с автоматическим продлением на пятилетние периоды. Российская сторона завершила ратификацию в апреле, иранская — летом.""",
 "new step: notes exchanged, treaty enters into force (seed ends at ratifications)"),
("2025-10-02T14:05:00Z", "en", "Reuters", "https://www.reuters.com/world/russia-iran-strategic-partnership-treaty-enters-into-force-2025-10-02/", "copy", T, "ru-ir-treaty",
 "Russia-Iran strategic partnership treaty enters into force",
 """MOSCOW, Oct 2 (Reuters) - A 20-year strategic partnership treaty between Russia and Iran entered into force on Thursday after the two countries exchanged notes confirming they had completed ratification, Russia's foreign ministry said.

Foreign ministry spokeswoman Maria Zakharova called it an important milestone and said the pact was not directed against any third country.

The treaty, signed by Presidents Vladimir Putin and Masoud Pezeshkian in Moscow in January, covers defence, security, energy and finance but does not include a mutual defence clause. Russia ratified it in April and Iran in the summer. It comes days after U.N. sanctions on Iran were reimposed, a move Moscow says it does not recognise.""",
 "English rewrite of the TASS/foreign ministry report"),
("2025-10-02T16:40:00Z", "fa", "IRNA", "https://www.irna.ir/news/85953107/", "copy", T, "ru-ir-treaty",
 "معاهده مشارکت راهبردی جامع ایران و روسیه لازم‌الاجرا شد",
 """وزارت امور خارجه روسیه اعلام کرد معاهده مشارکت راهبردی جامع میان جمهوری اسلامی ایران و فدراسیون روسیه از امروز پنجشنبه، ۱۰ مهرماه، لازم‌الاجرا شده است.

به گزارش ایرنا، دو کشور با مبادله یادداشت‌های دیپلماتیک، تکمیل مراحل قانونی داخلی برای اجرای این سند را به یکدیگر اطلاع دادند. سخنگوی وزارت امور خارجه روسیه این رویداد را «نقطه عطفی» در روابط دو کشور خواند.

این معاهده بیست‌ساله که ۲۷ دی‌ماه ۱۴۰۳ در مسکو به امضای روسای جمهور دو کشور رسید، همکاری در زمینه‌های دفاعی، امنیتی، انرژی، بانکی و حمل‌ونقل را در بر می‌گیرد.""",
 "Persian copy of entry into force"),
("2025-10-03T08:00:00Z", "ar", "Al Mayadeen", "https://www.almayadeen.net/news/politics/معاهدة-الشراكة-الاستراتيجية-بين-روسيا-وإيران-تدخل-حيز-التنفيذ", "copy", T, "ru-ir-treaty",
 "معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران تدخل حيز التنفيذ",
 """أعلنت وزارة الخارجية الروسية دخول معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران حيز التنفيذ، اعتباراً من يوم الخميس 2 أكتوبر/تشرين الأول، بعد تبادل البلدين المذكرات الدبلوماسية التي تؤكد إتمام إجراءات المصادقة.

ووصفت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا الحدث بأنه «محطة مهمة»، مؤكدة أن المعاهدة ليست موجهة ضد أي دولة ثالثة.

وكان الرئيسان فلاديمير بوتين ومسعود بزشكيان قد وقعا المعاهدة في موسكو في يناير/كانون الثاني الماضي، وهي تمتد لعشرين عاماً وتشمل مجالات الدفاع والأمن والطاقة والمال. وكانت روسيا قد أنجزت المصادقة عليها في أبريل، فيما أنهت إيران إجراءاتها خلال الصيف.""",
 "Arabic copy of entry into force"),
("2025-11-04T09:00:00Z", "en", "The Diplomat", "https://thediplomat.com/2025/11/the-russia-iran-treaty-explained/", "rehash", T + A, "ru-ir-treaty",
 "The Russia-Iran Treaty, Explained: Alliance or Paper Partnership?",
 """When Vladimir Putin and Masoud Pezeshkian signed their comprehensive strategic partnership treaty in Moscow in January, some commentators rushed to call it a new axis. A closer reading suggests something more modest.

The treaty's 47 articles cover defence, intelligence, energy, transport and banking. Each side pledges not to help an aggressor against the other, but there is no obligation to come to the other's defence. Compare that with Russia's 2024 pact with North Korea, which contains a mutual assistance clause.

Much speculation has focused on arms: would Russia finally deliver Su-35 fighters or S-400 air defence systems that Tehran has sought for years? The treaty names no platforms. Iran, for its part, has already provided Shahed drones used in Ukraine.

Russia's parliament ratified the document in April; Iran's Majlis approved it in May by 192 votes. For now, the treaty looks less like an alliance than a framework, one whose substance will depend on what the two sides actually do with it.""",
 "explainer restating seed facts; Su-35/S-400 mentioned without news"),
("2025-12-15T10:00:00Z", "ru", "RIA Novosti", "https://ria.ru/20251215/posol-irana-intervyu-2061208841.html", "rehash", T, "ru-ir-treaty",
 "Посол Ирана: договор с Россией — фундамент отношений на десятилетия",
 """Договор о всеобъемлющем стратегическом партнерстве между Россией и Ираном закладывает фундамент отношений двух стран на десятилетия вперед, заявил в интервью РИА Новости посол Ирана в Москве Казем Джалали.

По словам дипломата, документ охватывает все ключевые сферы — от безопасности и обороны до энергетики, транспорта и финансов. «Это не военный союз, но это договор о стратегическом доверии», — подчеркнул посол.

Джалали напомнил, что договор был подписан президентами в январе в Москве и ратифицирован парламентами обеих стран. Он также отметил важность перехода на расчеты в национальных валютах и связки платежных систем «Мир» и «Шетаб», которая, по его словам, позволяет обходить западные ограничения.""",
 "interview restating known treaty facts"),
("2026-01-17T07:30:00Z", "fa", "Tasnim", "https://www.tasnimnews.com/fa/news/1404/10/27/3472210/", "rehash", T, "ru-ir-treaty",
 "یک سال پس از امضای معاهده راهبردی ایران و روسیه",
 """یک سال پیش در چنین روزی، روسای جمهور ایران و روسیه در کاخ کرملین معاهده مشارکت راهبردی جامع دو کشور را امضا کردند؛ سندی بیست‌ساله که از آن به‌عنوان نقشه راه روابط تهران و مسکو یاد می‌شود.

این معاهده در ۴۷ ماده، همکاری در حوزه‌های دفاعی، امنیتی، اقتصادی، انرژی، حمل‌ونقل و فرهنگی را پوشش می‌دهد. دو طرف متعهد شده‌اند در صورت تجاوز به یکی از آنها، به متجاوز کمک نکنند.

مجلس شورای اسلامی و پارلمان روسیه این سند را تصویب کردند. کارشناسان می‌گویند سالگرد امضای معاهده فرصتی برای ارزیابی میزان اجرای تعهدات است؛ به‌ویژه در حوزه کریدور شمال-جنوب و اتصال شبکه‌های بانکی.""",
 "anniversary piece restating known facts"),
("2025-11-20T12:00:00Z", "ar", "Asharq Al-Awsat", "https://aawsat.com/تحليلات/5210233", "rehash", T, "ru-ir-treaty",
 "تحليل: حدود المعاهدة الروسية - الإيرانية",
 """منذ توقيع معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران في موسكو في يناير الماضي، تتباين القراءات حول طبيعتها: هل هي تحالف عسكري جديد أم مجرد إطار للتعاون؟

تنص المعاهدة الممتدة لعشرين عاماً على التعاون في الدفاع والأمن والطاقة والمصارف، وتلزم الطرفين بعدم مساعدة أي معتدٍ على الطرف الآخر، لكنها تخلو من بند للدفاع المشترك على غرار المعاهدة الروسية مع كوريا الشمالية.

وقد صادق عليها البرلمان الروسي في أبريل، ثم البرلمان الإيراني في مايو. ويرى دبلوماسيون عرب أن موسكو لم تُظهر استعداداً للانخراط عسكرياً دفاعاً عن طهران، ما يجعل المعاهدة أقرب إلى مظلة سياسية منها إلى تحالف.""",
 "Arabic analysis restating seed facts"),
("2025-10-23T12:40:00Z", "en", "Reuters", "https://www.reuters.com/world/europe/eu-adopts-19th-sanctions-package-russia-lng-ban-2025-10-23/", "new_story", S, "eu-19th",
 "EU adopts 19th Russia sanctions package, including LNG ban",
 """BRUSSELS, Oct 23 (Reuters) - The European Union formally adopted its 19th package of sanctions against Russia on Thursday, including a ban on imports of Russian liquefied natural gas from January 2027, after Slovakia lifted its objections.

The package adds 117 vessels to the list of shadow fleet tankers banned from EU ports, bringing the total to 557, and imposes a full transaction ban on Rosneft and Gazprom Neft. It also targets refineries and traders in China, and for the first time crypto platforms used to circumvent sanctions, including the rouble-backed A7A5 stablecoin.

Russian diplomats will have to notify host countries in advance of travel within the Schengen area. "It's getting harder and harder for Putin to fund this war," EU foreign policy chief Kaja Kallas said.""",
 "first report: EU 19th package"),
("2025-10-23T14:10:00Z", "de", "Tagesschau", "https://www.tagesschau.de/ausland/europa/eu-sanktionspaket-19-russland-100.html", "copy", S, "eu-19th",
 "EU beschließt 19. Sanktionspaket - Importverbot für russisches LNG",
 """Die EU hat ihr 19. Sanktionspaket gegen Russland verabschiedet. Nach dem Einlenken der Slowakei stimmten alle 27 Mitgliedstaaten zu. Kernpunkt ist ein Importverbot für russisches Flüssigerdgas (LNG), das ab Januar 2027 vollständig gelten soll.

Zudem werden 117 weitere Schiffe der russischen Schattenflotte gelistet, die damit keine EU-Häfen mehr anlaufen dürfen. Für die Ölkonzerne Rosneft und Gazprom Neft gilt künftig ein vollständiges Transaktionsverbot. Erstmals nimmt die EU auch Kryptoplattformen ins Visier, etwa den an den Rubel gekoppelten Stablecoin A7A5.

Russische Diplomaten müssen Reisen innerhalb des Schengen-Raums künftig vorab anmelden. Die EU-Außenbeauftragte Kallas sprach von einem weiteren Schritt, um die Kriegskasse des Kreml zu leeren.""",
 "German copy of the same package"),
("2025-10-23T15:30:00Z", "ru", "Kommersant", "https://www.kommersant.ru/doc/7234410", "copy", S, "eu-19th",
 "Евросоюз утвердил 19-й пакет санкций",
 """Совет ЕС утвердил 19-й пакет санкций против России после того, как Словакия сняла свои возражения. Главная мера — запрет на импорт российского сжиженного природного газа, который полностью вступит в силу с января 2027 года.

В санкционный список добавлены еще 117 судов, которые в Брюсселе относят к «теневому флоту», — их общее число достигло 557. На «Роснефть» и «Газпром нефть» распространен полный запрет на транзакции. Впервые под ограничения попали криптовалютные платформы, в том числе привязанный к рублю стейблкоин A7A5.

Кроме того, российские дипломаты теперь обязаны заранее уведомлять о поездках по Шенгенской зоне. В МИД РФ пообещали ответные меры.""",
 "Russian copy of the same package"),
("2025-10-28T09:00:00Z", "fr", "Les Echos", "https://www.lesechos.fr/monde/europe/ce-que-contient-le-19e-paquet-de-sanctions-europeennes-2195511", "rehash", S, "eu-19th",
 "Ce que contient le 19e paquet de sanctions européennes contre la Russie",
 """Adopté jeudi dernier après des semaines de tractations, le 19e paquet de sanctions de l'Union européenne contre la Russie vise une nouvelle fois le cœur des revenus énergétiques de Moscou. Revue de détail.

Le gaz naturel liquéfié russe sera interdit d'importation à partir de janvier 2027. Les compagnies Rosneft et Gazprom Neft font l'objet d'une interdiction totale de transactions. La liste des navires de la « flotte fantôme » s'allonge de 117 unités, pour atteindre 557.

Pour la première fois, Bruxelles cible aussi des plateformes de cryptoactifs utilisées pour contourner les sanctions, dont le stablecoin adossé au rouble A7A5. Les diplomates russes devront enfin signaler leurs déplacements dans l'espace Schengen. Reste la question de l'efficacité, que de nombreux économistes jugent limitée tant que les contrôles en mer restent rares.""",
 "French explainer restating the known package"),
("2025-10-22T21:15:00Z", "en", "Reuters", "https://www.reuters.com/business/energy/us-sanctions-rosneft-lukoil-2025-10-22/", "new_story", S, "us-rosneft-lukoil",
 "US imposes sanctions on Russian oil majors Rosneft and Lukoil",
 """WASHINGTON, Oct 22 (Reuters) - The United States imposed sanctions on Russia's two biggest oil companies, Rosneft and Lukoil, on Wednesday, the Treasury Department said, in President Donald Trump's first major sanctions action against Moscow since returning to office.

Treasury Secretary Scott Bessent said the measures were imposed "due to the lack of Russia's serious commitment to a peace process" in Ukraine. More than 30 subsidiaries of the two companies were also designated.

The sanctions freeze any U.S. assets of the companies and bar Americans from doing business with them. Treasury gave companies until Nov. 21 to wind down transactions. Oil prices jumped more than 5% on the news. Together, Rosneft and Lukoil account for about half of Russia's crude exports.""",
 "first report: US designations of Rosneft and Lukoil"),
("2025-10-23T06:10:00Z", "ru", "RBC", "https://www.rbc.ru/politics/23/10/2025/68f9a1c29a794712", "copy", S, "us-rosneft-lukoil",
 "США ввели санкции против «Роснефти» и «Лукойла»",
 """Министерство финансов США внесло в санкционный список крупнейшие российские нефтяные компании «Роснефть» и «Лукойл», а также более 30 их дочерних структур. Это первые масштабные санкции против России со времени возвращения Дональда Трампа в Белый дом.

Министр финансов Скотт Бессент объяснил решение отсутствием «серьезной приверженности» Москвы мирному процессу. Американским компаниям и гражданам запрещено вести дела с попавшими под санкции структурами; на сворачивание операций отведено время до 21 ноября.

Цены на нефть после объявления выросли более чем на 5%. В Кремле заявили, что санкции «не окажут существенного влияния» на экономику страны.""",
 "Russian copy of the same designations"),
("2025-10-23T09:30:00Z", "ar", "Al Arabiya", "https://www.alarabiya.net/aswaq/oil-and-gas/2025/10/23/عقوبات-أميركية-على-روسنفت-ولوك-أويل", "copy", S, "us-rosneft-lukoil",
 "أسعار النفط تقفز بعد عقوبات أميركية على «روسنفت» و«لوك أويل»",
 """قفزت أسعار النفط بأكثر من 5 في المائة، اليوم الخميس، بعد أن فرضت وزارة الخزانة الأميركية عقوبات على أكبر شركتين نفطيتين في روسيا، «روسنفت» و«لوك أويل»، وأكثر من 30 من الشركات التابعة لهما.

وقال وزير الخزانة سكوت بيسنت إن الخطوة جاءت بسبب «عدم جدية روسيا» في عملية السلام بأوكرانيا. وتستحوذ الشركتان على نحو نصف صادرات الخام الروسية.

وتقضي العقوبات بتجميد أصول الشركتين في الولايات المتحدة ومنع التعامل معهما، مع منح مهلة حتى 21 نوفمبر لتصفية المعاملات القائمة. ويترقب المتعاملون رد فعل المشترين الرئيسيين في الهند والصين.""",
 "Arabic (markets) copy of the same designations"),
("2025-12-05T18:00:00Z", "en", "Bloomberg", "https://www.bloomberg.com/news/articles/2025-12-05/us-extends-lukoil-license-foreign-assets-sale", "update", S, "us-rosneft-lukoil",
 "US extends deadline for Lukoil to sell international assets",
 """The US Treasury extended a license allowing talks on the sale of Lukoil PJSC's international assets until Jan. 17, giving potential buyers more time after a proposed deal with commodity trader Gunvor collapsed.

The Office of Foreign Assets Control also issued a separate license letting Lukoil-branded retail stations outside Russia keep operating until late April, easing pressure on fuel retailers in Bulgaria, Romania and elsewhere.

Lukoil's foreign holdings, including stakes in Iraq's West Qurna-2 field and refineries in Bulgaria and Romania, are valued at about $22 billion. Several US and Middle Eastern investors have expressed interest.""",
 "new step: sanctions licence extended/eased, new dates"),
("2025-08-14T19:00:00Z", "en", "AP", "https://apnews.com/article/treasury-sanctions-grinex-garantex-crypto-russia-a7a5-9b8e", "new_story", S, "grinex-a7a5",
 "US sanctions crypto exchange Grinex and ruble-backed stablecoin network",
 """WASHINGTON (AP) - The Treasury Department on Thursday sanctioned the Kyrgyzstan-registered cryptocurrency exchange Grinex, which officials say is a successor to the shuttered Russian exchange Garantex, along with companies behind the ruble-backed A7A5 stablecoin used to move money around Western sanctions.

Officials said Garantex customers had been migrated to Grinex after U.S. and European authorities seized Garantex's domains in March. The A7A5 token, issued by a Kyrgyz company and linked to a Russian state-owned bank, has processed billions of dollars of transfers for Russian importers, according to blockchain analysts.

Three Garantex executives and six related firms in Russia and Kyrgyzstan were also designated. The State Department offered rewards of up to $6 million for information on the company's leaders.""",
 "first report: sanctions evasion scheme targeted"),
("2025-08-15T07:20:00Z", "ru", "Meduza", "https://meduza.io/news/2025/08/15/minfin-ssha-vvel-sanktsii-protiv-birzhi-grinex", "copy", S, "grinex-a7a5",
 "Минфин США ввел санкции против криптобиржи Grinex и эмитента стейблкоина A7A5",
 """Министерство финансов США ввело санкции против зарегистрированной в Киргизии криптобиржи Grinex, которую в Вашингтоне считают преемницей закрытой биржи Garantex, а также против компаний, связанных с рублевым стейблкоином A7A5.

По данным американского ведомства, после блокировки доменов Garantex в марте ее клиентов перевели на Grinex. Стейблкоин A7A5, выпущенный киргизской компанией и связанный с российским госбанком, использовался для расчетов российских импортеров в обход западных санкций; через него прошли переводы на миллиарды долларов.

В санкционный список также попали трое руководителей Garantex и шесть связанных компаний в России и Киргизии. Госдеп объявил награду до 6 млн долларов за информацию о них.""",
 "Russian copy of the same designations"),
("2025-09-11T16:30:00Z", "en", "AP", "https://apnews.com/article/belarus-prisoners-released-belavia-sanctions-lifted-5c2e", "new_story", S, "by-belavia",
 "US lifts sanctions on Belarus airline after Lukashenko frees 52 prisoners",
 """MINSK, Belarus (AP) - The United States lifted sanctions on Belarus' national airline Belavia on Thursday after authoritarian leader Alexander Lukashenko freed 52 prisoners, including a Belarusian opposition figure and several foreign nationals.

John Coale, a U.S. envoy who traveled to Minsk, announced the move and said Washington wanted to normalize relations with Belarus, including reopening its embassy. The lifting of restrictions allows Belavia to buy spare parts and service its Boeing aircraft.

Belavia was sanctioned in 2021 after Belarus forced a Ryanair flight to land in Minsk to arrest a dissident journalist. Exiled opposition leader Sviatlana Tsikhanouskaya welcomed the release but warned that more than 1,100 political prisoners remain behind bars.""",
 "first report: sanctions lifted on Belavia"),
("2025-09-11T18:00:00Z", "ru", "Interfax", "https://www.interfax.ru/world/1046702", "copy", S, "by-belavia",
 "США сняли санкции с «Белавиа»",
 """Соединенные Штаты сняли санкции с белорусской национальной авиакомпании «Белавиа», сообщил в четверг в Минске американский спецпосланник Джон Коул после встречи с Александром Лукашенко.

Решение было принято после того, как белорусские власти освободили 52 заключенных, в том числе нескольких иностранных граждан. Коул заявил, что Вашингтон стремится к нормализации отношений с Минском, включая возобновление работы посольства.

Снятие ограничений позволит «Белавиа» закупать запчасти и обслуживать самолеты Boeing. Санкции против перевозчика были введены в 2021 году после инцидента с вынужденной посадкой самолета Ryanair в Минске.""",
 "Russian copy of the same lifting"),
("2025-09-12T07:45:00Z", "de", "DW", "https://www.dw.com/de/usa-heben-sanktionen-gegen-belavia-auf/a-73981102", "copy", S, "by-belavia",
 "USA heben Sanktionen gegen Belavia auf",
 """Die USA haben ihre Sanktionen gegen die belarussische Fluggesellschaft Belavia aufgehoben. Zuvor hatte Machthaber Alexander Lukaschenko 52 politische Gefangene freigelassen, darunter mehrere Ausländer, wie der US-Gesandte John Coale in Minsk mitteilte.

Belavia darf damit wieder Ersatzteile für ihre Boeing-Maschinen kaufen und warten lassen. Die Strafmaßnahmen waren 2021 verhängt worden, nachdem Belarus eine Ryanair-Maschine zur Landung in Minsk gezwungen hatte, um einen Oppositionsjournalisten festzunehmen.

Die Oppositionsführerin im Exil, Swetlana Tichanowskaja, begrüßte die Freilassungen, erinnerte aber daran, dass noch mehr als 1100 politische Gefangene in Haft seien. Die EU hält an ihren Sanktionen gegen Belavia fest.""",
 "German copy of the same lifting"),
("2025-12-13T15:00:00Z", "en", "Reuters", "https://www.reuters.com/world/europe/us-lifts-sanctions-belarus-potash-after-prisoner-release-2025-12-13/", "update", S, "by-belavia",
 "US lifts curbs on Belarusian potash after 123 prisoners freed",
 """VILNIUS, Dec 13 (Reuters) - The United States is lifting sanctions on Belarusian potash, a key export for the country, after Minsk released 123 prisoners including Nobel Peace Prize laureate Ales Bialiatski, U.S. envoy John Coale said on Saturday.

It is the largest release since Washington began engaging with President Alexander Lukashenko this year and follows the lifting of sanctions on national airline Belavia in September.

Belaruskali, one of the world's biggest potash producers, was sanctioned by the U.S. in 2021. Coale said further easing was possible if more prisoners were freed. The European Union, which has its own sanctions on Belarusian potash, has not signalled any change.""",
 "new step: further easing (potash) in the same US-Belarus sanctions track (paraphrase 'lifts curbs')"),
]
