T = ["treaty-ratification"]; A = ["arms-transfers"]; S = ["sanctions"]
ARTS = [
("2025-06-04T09:20:00Z", "fa", "Tasnim", "https://www.tasnimnews.com/fa/news/1404/03/14/3321874/", "update", T, "ru-ir-treaty",
 "تأیید معاهده مشارکت راهبردی جامع ایران و روسیه در شورای نگهبان",
 """سخنگوی شورای نگهبان روز چهارشنبه اعلام کرد که این شورا لایحه معاهده مشارکت راهبردی جامع میان جمهوری اسلامی ایران و فدراسیون روسیه را مغایر با موازین شرع و قانون اساسی تشخیص نداد و آن را تأیید کرد.

به گزارش خبرگزاری تسنیم، هادی طحان‌نظیف گفت این لایحه پس از بررسی در جلسه روز سه‌شنبه شورا به تصویب رسید و برای طی مراحل قانونی به دولت ابلاغ خواهد شد. مجلس شورای اسلامی این معاهده را اوایل خرداد با ۱۹۲ رأی موافق تصویب کرده بود.

معاهده بیست‌ساله که در دی‌ماه گذشته در مسکو به امضای روسای جمهور دو کشور رسید، همکاری در حوزه‌های دفاعی، امنیتی، انرژی، بانکی و حمل‌ونقل را در بر می‌گیرد. طرف روسی مراحل تصویب را در فروردین‌ماه به پایان رسانده بود. با تأیید شورای نگهبان، تنها امضای قانون از سوی رئیس‌جمهور و مبادله اسناد میان دو کشور باقی مانده است.""",
 "new step: Guardian Council clears the treaty after the Majlis vote (seed ends at Majlis approval)"),
("2025-06-04T11:05:00Z", "en", "Reuters", "https://www.reuters.com/world/middle-east/irans-guardian-council-approves-russia-partnership-treaty-2025-06-04/", "copy", T, "ru-ir-treaty",
 "Iran's Guardian Council approves strategic partnership treaty with Russia",
 """DUBAI, June 4 (Reuters) - Iran's Guardian Council, the clerical body that vets legislation, has approved the 20-year comprehensive strategic partnership treaty with Russia, its spokesman said on Wednesday, according to the Tasnim news agency.

Spokesman Hadi Tahan Nazif said the council found the bill consistent with Islamic law and the constitution, clearing the way for it to be signed into law by President Masoud Pezeshkian.

Iran's parliament approved the treaty last month. Russia completed its own ratification in April, when President Vladimir Putin signed the law after both chambers of parliament backed it.

The pact, signed in Moscow in January, covers defence, security, energy and finance but does not contain a mutual defence clause.""",
 "same Guardian Council event, English rewrite of the Tasnim report"),
("2025-06-05T07:40:00Z", "ar", "Al Arabiya", "https://www.alarabiya.net/iran/2025/06/05/مجلس-صيانة-الدستور-يصادق-على-معاهدة-الشراكة-مع-روسيا", "copy", T, "ru-ir-treaty",
 "مجلس صيانة الدستور الإيراني يصادق على معاهدة الشراكة الاستراتيجية مع روسيا",
 """أعلن المتحدث باسم مجلس صيانة الدستور في إيران، هادي طحان نظيف، أن المجلس صادق على معاهدة الشراكة الاستراتيجية الشاملة بين إيران وروسيا، بعد أن وجدها متوافقة مع الشريعة والدستور، وفق ما نقلته وكالة تسنيم.

وكان البرلمان الإيراني قد وافق على المعاهدة الشهر الماضي بأغلبية 192 صوتاً، فيما أنهت روسيا إجراءات المصادقة في أبريل الماضي بتوقيع الرئيس فلاديمير بوتين على القانون.

وتمتد المعاهدة التي وقعها الرئيسان بوتين ومسعود بزشكيان في موسكو في يناير لعشرين عاماً، وتشمل التعاون في مجالات الدفاع والأمن والطاقة والمصارف، من دون أن تتضمن بنداً للدفاع المشترك. ويُنتظر أن يوقع الرئيس الإيراني القانون تمهيداً لدخولها حيز التنفيذ.""",
 "Arabic report of the same Guardian Council approval"),
("2025-07-08T10:15:00Z", "fa", "IRNA", "https://www.irna.ir/news/85880412/", "update", T, "ru-ir-treaty",
 "رئیس‌جمهور قانون معاهده مشارکت راهبردی جامع با روسیه را برای اجرا ابلاغ کرد",
 """مسعود پزشکیان، رئیس‌جمهور، قانون «معاهده مشارکت راهبردی جامع میان جمهوری اسلامی ایران و فدراسیون روسیه» را که به تصویب مجلس شورای اسلامی و تأیید شورای نگهبان رسیده بود، برای اجرا به وزارت امور خارجه ابلاغ کرد.

به گزارش ایرنا، با این ابلاغ، فرایند داخلی تصویب معاهده در ایران به پایان رسید. وزارت امور خارجه اکنون باید از طریق مجاری دیپلماتیک طرف روسی را از تکمیل مراحل قانونی مطلع کند؛ معاهده از تاریخ دریافت آخرین یادداشت کتبی لازم‌الاجرا خواهد شد.

سخنگوی وزارت امور خارجه گفت که یادداشت‌های مربوط «به‌زودی» مبادله می‌شود. این معاهده در ۲۷ دی ۱۴۰۳ در مسکو امضا شد.""",
 "new step: Iranian president signs/promulgates the ratification law; Iran's domestic process complete"),
("2025-07-08T13:30:00Z", "ru", "RIA Novosti", "https://ria.ru/20250708/iran-dogovor-2027811934.html", "copy", T, "ru-ir-treaty",
 "Пезешкиан подписал закон о договоре о стратегическом партнерстве с Россией",
 """Президент Ирана Масуд Пезешкиан подписал закон о ратификации договора о всеобъемлющем стратегическом партнерстве с Россией и направил его в МИД для исполнения, сообщило агентство IRNA.

Тем самым Иран завершил внутригосударственные процедуры, необходимые для вступления договора в силу. Документ вступит в силу с даты получения последнего письменного уведомления сторон о выполнении процедур.

Ранее договор одобрили иранский парламент и Совет стражей конституции. Российская сторона завершила ратификацию в апреле: закон был принят Госдумой, одобрен Советом Федерации и подписан Владимиром Путиным.

Договор сроком на 20 лет был подписан в Москве 17 января. Он охватывает сотрудничество в сферах обороны, безопасности, энергетики и финансов.""",
 "Russian wire version of the same presidential-signature event"),
("2025-07-21T16:00:00Z", "en", "Al-Monitor", "https://www.al-monitor.com/originals/2025/07/explainer-whats-inside-russia-iran-strategic-partnership-treaty", "rehash", T + A, "ru-ir-treaty",
 "Explainer: What's inside the Russia-Iran strategic partnership treaty",
 """Six months after it was signed in Moscow, the Russia-Iran comprehensive strategic partnership treaty remains one of the most discussed documents in the region. Here is what it does, and does not, contain.

The 47-article pact, signed by Vladimir Putin and Masoud Pezeshkian on January 17, runs for 20 years. It commits the two sides to military-technical cooperation, joint exercises and intelligence sharing, and to refrain from helping any party that attacks the other. Unlike Moscow's 2024 treaty with North Korea, it carries no mutual defence obligation.

Analysts have long speculated that the deal could smooth Iranian purchases of Russian Su-35 fighters or S-400 air defence systems, though the text names no weapons and no deliveries have been confirmed. Iran, for its part, has supplied Shahed drones used by Russia in Ukraine.

The treaty also envisages settlements in national currencies, linking the Mir and Shetab payment systems to work around Western sanctions. Russia's parliament ratified it in April and Iran's Majlis followed in May.""",
 "explainer restating the seed facts; Su-35/S-400 mentioned, nothing new"),
("2025-08-12T08:00:00Z", "de", "DW", "https://www.dw.com/de/russland-iran-was-steht-im-partnerschaftsvertrag/a-73512290", "rehash", T, "ru-ir-treaty",
 "Russland und Iran: Was steht im Partnerschaftsvertrag?",
 """Im Januar unterzeichneten Wladimir Putin und Masud Peseschkian in Moskau einen Vertrag über eine umfassende strategische Partnerschaft. Beide Parlamente haben das Abkommen inzwischen gebilligt. Doch was steht eigentlich drin?

Der Vertrag ist auf 20 Jahre angelegt und umfasst Zusammenarbeit in Verteidigung, Sicherheit, Energie, Verkehr und Finanzen. Eine Beistandspflicht im Angriffsfall enthält er nicht - anders als der Vertrag Moskaus mit Nordkorea. Beide Seiten verpflichten sich lediglich, einem Angreifer keine Hilfe zu leisten.

In Moskau stimmten Duma und Föderationsrat im April zu, Putin unterzeichnete das Ratifizierungsgesetz. Das iranische Parlament votierte im Mai mit großer Mehrheit dafür.

Experten sehen in dem Papier vor allem ein politisches Signal an den Westen: Zwei der am stärksten sanktionierten Staaten der Welt wollen enger kooperieren, etwa beim Zahlungsverkehr jenseits von SWIFT.""",
 "German explainer restating known treaty facts"),
("2025-10-20T07:30:00Z", "fa", "Mehr", "https://www.mehrnews.com/news/6631204/", "rehash", T, "ru-ir-treaty",
 "یادداشت: معاهده راهبردی ایران و روسیه؛ فرصتی برای عبور از تحریم",
 """معاهده مشارکت راهبردی جامع ایران و روسیه که در دی‌ماه سال گذشته در مسکو امضا شد، به گفته بسیاری از کارشناسان نقطه عطفی در روابط دو کشور است. این سند بیست‌ساله همکاری در حوزه‌های دفاعی، امنیتی، اقتصادی و انرژی را در بر می‌گیرد.

مجلس شورای اسلامی در خرداد با اکثریت قاطع این معاهده را تصویب کرد و پیش‌تر دومای دولتی و شورای فدراسیون روسیه نیز آن را تأیید کرده بودند. یکی از مهم‌ترین بخش‌های معاهده، استفاده از ارزهای ملی و اتصال شبکه‌های پرداخت میر و شتاب است که می‌تواند وابستگی به دلار و سوئیفت را کاهش دهد.

به باور نویسنده، موفقیت این معاهده به اجرای دقیق تعهدات اقتصادی بستگی دارد؛ حجم تجارت دو کشور هنوز با ظرفیت‌های واقعی فاصله زیادی دارد.""",
 "Persian opinion piece restating the treaty's known content"),
("2025-06-30T21:10:00Z", "en", "AP", "https://apnews.com/article/trump-syria-sanctions-executive-order-8c1d2e4f5a", "new_story", S, "syria-us-lift",
 "Trump signs order ending US sanctions program on Syria",
 """WASHINGTON (AP) - President Donald Trump signed an executive order Monday formally ending the U.S. sanctions program on Syria, following through on a pledge he made in May to give the country's new government "a chance at greatness."

The order revokes the national emergency declared in 2004 and removes more than 500 Syrian individuals and entities from the Treasury Department's sanctions list, officials said. Sanctions remain on former President Bashar Assad, his associates, and people linked to terrorism, chemical weapons and drug trafficking.

The move does not repeal the Caesar Act, a 2019 law that imposes penalties on anyone doing business with the Syrian government; that would require action by Congress. The administration said it would review waivers under the law.

Syria's foreign minister, Asaad al-Shibani, welcomed the decision, saying it "removes the greatest obstacle to economic recovery.\"""",
 "first report: US lifts Syria sanctions program"),
("2025-07-01T05:20:00Z", "ar", "Asharq Al-Awsat", "https://aawsat.com/العالم-العربي/المشرق-العربي/5160233", "copy", S, "syria-us-lift",
 "ترمب يوقع أمراً تنفيذياً برفع العقوبات الأميركية عن سوريا",
 """وقّع الرئيس الأميركي دونالد ترمب، مساء الاثنين، أمراً تنفيذياً ينهي برنامج العقوبات الأميركية المفروضة على سوريا، وفاءً بتعهد أطلقه خلال جولته الخليجية في مايو (أيار) الماضي.

وبموجب الأمر، تُرفع أكثر من 500 شخصية وكيان سوري من قوائم وزارة الخزانة، فيما تبقى العقوبات سارية على الرئيس المخلوع بشار الأسد وشركائه، وعلى المتورطين في الإرهاب وتجارة الكبتاغون والأسلحة الكيماوية.

ولا يلغي القرار «قانون قيصر» الذي يتطلب إلغاؤه تصويتاً في الكونغرس. ورحب وزير الخارجية السوري أسعد الشيباني بالخطوة، معتبراً أنها «تزيل العقبة الكبرى أمام التعافي الاقتصادي»، فيما أكدت دمشق أنها ستعمل على جذب الاستثمارات.""",
 "Arabic copy of the same executive order"),
("2025-07-09T09:00:00Z", "fr", "Le Monde", "https://www.lemonde.fr/international/article/2025/07/09/syrie-la-levee-des-sanctions-americaines-suffira-t-elle_6620145_3210.html", "rehash", S, "syria-us-lift",
 "Syrie : la levée des sanctions américaines suffira-t-elle à relancer l'économie ?",
 """Une semaine après la signature par Donald Trump du décret mettant fin au programme de sanctions américain contre la Syrie, les milieux d'affaires de Damas oscillent entre espoir et prudence.

Le texte, signé le 30 juin, retire plus de 500 personnes et entités syriennes de la liste du Trésor, tout en maintenant les mesures visant Bachar Al-Assad et son entourage. Mais la loi César, adoptée par le Congrès en 2019, reste en vigueur et continue de dissuader les banques étrangères.

« Les entreprises attendent de voir si le Congrès suivra », résume un économiste syrien installé à Beyrouth. Le coût de la reconstruction est estimé par la Banque mondiale à plus de 200 milliards de dollars. Pour l'heure, les transferts bancaires restent lents et la plupart des investisseurs du Golfe se contentent de promesses.""",
 "analysis restating the June 30 order; no new step"),
("2025-12-19T08:45:00Z", "ar", "Al Jazeera", "https://www.aljazeera.net/news/2025/12/19/ترامب-يوقع-قانون-الدفاع-المتضمن-إلغاء-قانون-قيصر", "update", S, "syria-us-lift",
 "إلغاء «قانون قيصر» رسمياً بعد توقيع ترامب على موازنة الدفاع",
 """وقّع الرئيس الأميركي دونالد ترامب قانون تفويض الدفاع الوطني لعام 2026، الذي يتضمن بنداً يلغي «قانون قيصر لحماية المدنيين في سوريا»، لتسقط بذلك آخر العقوبات الأميركية الشاملة المفروضة على دمشق بموجب تشريع.

وكان مجلسا النواب والشيوخ قد أقرا القانون الأسبوع الماضي، بعد مفاوضات تضمنت شروطاً تلزم الإدارة بتقديم تقارير دورية إلى الكونغرس حول سلوك الحكومة السورية، مع إمكانية إعادة فرض العقوبات إذا لم تُستوفَ.

ورحبت وزارة الخارجية السورية بالخطوة ووصفتها بأنها «تاريخية»، مؤكدة أنها ستفتح الباب أمام عودة المصارف الدولية والاستثمارات. وكانت واشنطن قد أنهت برنامج العقوبات بأمر تنفيذي في يونيو الماضي، غير أن قانون قيصر ظل عائقاً أمام التعاملات المالية.""",
 "new step: Caesar Act repealed by Congress, after the June executive order"),
("2025-12-19T10:30:00Z", "en", "Reuters", "https://www.reuters.com/world/middle-east/trump-signs-defense-bill-repealing-syria-caesar-act-2025-12-19/", "copy", S, "syria-us-lift",
 "Trump signs defense bill that repeals Syria's Caesar Act sanctions",
 """WASHINGTON, Dec 19 (Reuters) - President Donald Trump has signed the annual defense policy bill, which includes a repeal of the Caesar Act, removing the last major U.S. statutory sanctions on Syria, the White House said.

The National Defense Authorization Act passed both chambers of Congress last week. The repeal comes with conditions requiring the administration to report regularly to lawmakers on the conduct of Syria's government, and allows sanctions to be reimposed if benchmarks are not met.

Syria's foreign ministry called the step historic. Trump ended the broader U.S. sanctions program on Syria by executive order in June, but bankers said the Caesar Act had continued to deter transactions with Damascus.""",
 "English copy of the Caesar Act repeal"),
("2025-07-18T10:50:00Z", "en", "Reuters", "https://www.reuters.com/world/europe/eu-adopts-18th-sanctions-package-against-russia-2025-07-18/", "new_story", S, "eu-18th",
 "EU adopts 18th sanctions package against Russia, lowers oil price cap",
 """BRUSSELS, July 18 (Reuters) - European Union countries approved an 18th package of sanctions against Russia over its war in Ukraine on Friday, including a lower price cap on Russian crude and a ban on transactions related to the Nord Stream gas pipelines.

The package became possible after Slovakia dropped its veto, which it had maintained for weeks over concerns about an EU plan to phase out Russian gas imports.

The package sets a dynamic price cap on Russian crude at 15% below the average market price, starting at $47.60 per barrel, down from $60. It also lists 105 more vessels of Russia's so-called shadow fleet, bringing the total to 444, and bars EU operators from dealing with 22 more Russian banks.

"We are steadily raising the cost of war," EU foreign policy chief Kaja Kallas said. For the first time, the EU also listed a flag registry and a Chinese refinery.""",
 "first report: EU 18th package"),
("2025-07-18T12:15:00Z", "de", "Spiegel", "https://www.spiegel.de/ausland/eu-beschliesst-18-sanktionspaket-gegen-russland-a-5f2c8e31", "copy", S, "eu-18th",
 "EU beschließt 18. Sanktionspaket gegen Russland",
 """Nach wochenlanger Blockade durch die Slowakei haben die EU-Staaten am Freitag das 18. Sanktionspaket gegen Russland beschlossen. Kern des Pakets ist eine deutliche Senkung des Preisdeckels für russisches Rohöl: Er liegt künftig bei 47,60 Dollar pro Barrel und soll regelmäßig an den Marktpreis angepasst werden.

Zudem werden 105 weitere Schiffe der sogenannten Schattenflotte gelistet, mit denen Russland die bisherigen Beschränkungen umgeht. Transaktionen im Zusammenhang mit den Nord-Stream-Pipelines werden verboten, ebenso Geschäfte mit 22 weiteren russischen Banken.

Die EU-Außenbeauftragte Kaja Kallas sprach von einem der bislang stärksten Pakete. Die Slowakei hatte ihr Veto aufgegeben, nachdem die Kommission Zusicherungen zum geplanten Ausstieg aus russischem Gas gemacht hatte.""",
 "German copy of the same package"),
("2025-07-18T14:00:00Z", "ru", "Meduza", "https://meduza.io/news/2025/07/18/es-utverdil-18-y-paket-sanktsiy-protiv-rossii", "copy", S, "eu-18th",
 "ЕС утвердил 18-й пакет санкций против России",
 """Страны Евросоюза в пятницу утвердили 18-й пакет санкций против России. Словакия, несколько недель блокировавшая решение, сняла свое вето.

Пакет снижает потолок цен на российскую нефть до 47,6 доллара за баррель; в дальнейшем он будет пересматриваться и устанавливаться на 15% ниже рыночной цены. В санкционный список добавлены еще 105 судов так называемого теневого флота, а общее число таких танкеров достигло 444.

Кроме того, ЕС запретил любые операции, связанные с газопроводами «Северный поток», и расширил запрет на транзакции с российскими банками еще на 22 кредитные организации. Впервые под санкции попал китайский нефтеперерабатывающий завод.""",
 "Russian copy of the same package"),
("2025-07-25T09:00:00Z", "en", "Financial Times", "https://www.ft.com/content/3b7d1c7e-eu-oil-price-cap-explained", "rehash", S, "eu-18th",
 "How the EU's new floating oil price cap works",
 """The EU's decision last week to cut its cap on Russian crude to $47.60 a barrel has raised questions over how the mechanism will operate in practice.

Under the 18th sanctions package, the cap is no longer fixed. It will be set at 15 per cent below the average market price of Urals crude over the previous period and reviewed regularly. European shippers and insurers may only carry Russian oil sold at or below the cap.

The package also added 105 vessels to the list of shadow fleet tankers barred from EU ports and services, and banned transactions linked to Nord Stream.

Whether the cap bites depends on enforcement: much of Russia's crude now moves on older tankers with opaque ownership that do not use western insurance. The US has so far not joined the lower cap.""",
 "explainer restating the package's known content"),
("2025-09-12T13:00:00Z", "en", "The Guardian", "https://www.theguardian.com/world/2025/sep/12/uk-blacklists-70-more-russian-shadow-fleet-ships", "new_story", S, "uk-tankers-sep",
 "UK blacklists 70 more ships in Russia's 'shadow fleet'",
 """The UK has added 70 tankers to its blacklist of vessels carrying Russian oil, in what ministers called a fresh attempt to "choke off" the revenue funding Moscow's war in Ukraine.

The ships, which the government says have moved more than $5bn of cargo in the past year, will be barred from UK ports and from using British insurance and shipping services. Thirty individuals and companies accused of supplying electronics and components for Russian missiles were also targeted with asset freezes.

The foreign secretary, Yvette Cooper, said the measures were coordinated with European allies. The UK has now designated more than 500 vessels linked to Russia's shadow fleet, a web of ageing tankers with opaque ownership used to sidestep the western price cap on Russian crude.""",
 "first report: UK round of shadow-fleet designations (paraphrased: 'added 70 tankers to its blacklist')"),
("2025-09-12T16:20:00Z", "fr", "RFI", "https://www.rfi.fr/fr/europe/20250912-le-royaume-uni-sanctionne-70-navires-de-la-flotte-fantome-russe", "copy", S, "uk-tankers-sep",
 "Le Royaume-Uni sanctionne 70 navires de la « flotte fantôme » russe",
 """Londres a annoncé vendredi 12 septembre de nouvelles sanctions contre 70 pétroliers appartenant à la « flotte fantôme » utilisée par la Russie pour contourner le plafonnement du prix de son pétrole.

Selon le gouvernement britannique, ces navires ont transporté l'an dernier des cargaisons d'une valeur supérieure à cinq milliards de dollars. Ils sont désormais interdits d'accès aux ports britanniques et aux services d'assurance du Royaume-Uni.

Trente personnes et entreprises accusées de fournir des composants électroniques pour les missiles russes voient aussi leurs avoirs gelés. Plus de 500 navires liés à cette flotte ont désormais été sanctionnés par Londres, qui dit agir en coordination avec ses partenaires européens.""",
 "French copy of the same UK round"),
("2025-10-15T10:30:00Z", "en", "BBC", "https://www.bbc.com/news/articles/c2uk-sanctions-rosneft-lukoil", "new_story", S, "uk-rosneft-oct",
 "UK sanctions Russian oil giants Rosneft and Lukoil",
 """The UK has imposed sanctions on Russia's two largest oil companies, Rosneft and Lukoil, in what the government described as its toughest action yet against the Kremlin's energy revenues.

The measures, announced by the Treasury on Wednesday, also target 44 shadow fleet tankers and four Chinese and Indian ports and refiners accused of handling Russian crude, including India's Nayara Energy, which is part-owned by Rosneft.

Chancellor Rachel Reeves said the UK was "taking the fight to the Kremlin's oil". Together the two companies export about 3.1 million barrels of oil a day.

The announcement comes a month after the UK's last round of designations against the shadow fleet. Russia's embassy in London called the measures "illegitimate" and said they would harm global energy markets.""",
 "a distinct UK round a month later (different targets): new story, not update of uk-tankers-sep"),
("2025-10-15T12:10:00Z", "ru", "Interfax", "https://www.interfax.ru/world/1052417", "copy", S, "uk-rosneft-oct",
 "Великобритания ввела санкции против «Роснефти» и «Лукойла»",
 """Великобритания ввела санкции против крупнейших российских нефтяных компаний «Роснефть» и «Лукойл», сообщило министерство финансов страны в среду.

Помимо них, в санкционный список включены 44 танкера, которые Лондон относит к так называемому теневому флоту, а также ряд компаний из Китая и Индии, в том числе индийская Nayara Energy, в которой «Роснефти» принадлежит доля.

Министр финансов Рейчел Ривз заявила, что меры направлены на сокращение доходов Кремля от продажи нефти. Посольство России в Лондоне назвало санкции нелегитимными. Обе компании экспортируют около 3,1 млн баррелей нефти в сутки.""",
 "Russian copy of the UK Rosneft/Lukoil designations"),
]
