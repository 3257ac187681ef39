T = ["treaty-ratification"]; A = ["arms-transfers"]; S = ["sanctions"]
ARTS = [
("2025-11-27T08:00:00Z", "en", "Armenpress", "https://armenpress.am/en/article/1233498", "new_story", A, "am-india-arms",
 "Armenia receives new batch of Indian ATAGS howitzers and Akash air defence",
 """Armenia has received a new batch of Indian-made ATAGS towed howitzers and components of the Akash air defence system, the defence ministry in Yerevan said on Thursday, as the country continues to diversify its arms suppliers away from Russia.

The deliveries were made under contracts signed in 2023 and 2024, the ministry said, without giving the number of systems. India has become one of Armenia's main arms suppliers, alongside France, which has supplied GM200 radars and armoured vehicles.

Yerevan froze its participation in the Russia-led Collective Security Treaty Organization last year, accusing Moscow of failing to protect it. Defence Minister Suren Papikyan said the new systems would be deployed after crews complete training.""",
 "first report: delivery from India to Armenia"),
("2025-12-08T09:00:00Z", "ru", "Интерфакс-АВН", "https://www.militarynews.ru/story.asp?rid=1&nid=651022", "new_story", A, "mm-su30",
 "ВВС Мьянмы получили очередную партию истребителей Су-30СМЭ",
 """Военно-воздушные силы Мьянмы получили очередную партию многоцелевых истребителей Су-30СМЭ российского производства, сообщил источник в военно-дипломатических кругах.

По его словам, самолеты были переданы заказчику на церемонии на авиабазе под Нейпьидо, в которой приняли участие представители российской стороны. Количество машин в партии не раскрывается. Контракт на поставку шести истребителей был заключен в 2018 году, первые самолеты мьянманские ВВС получили в 2022 году.

Мьянма остается одним из ключевых покупателей российского вооружения в Юго-Восточной Азии. Помимо истребителей, страна закупала у России учебно-боевые самолеты Як-130 и вертолеты Ми-35П. Правозащитные организации критикуют поставки оружия военным властям страны.""",
 "first report: Russian jets delivered to Myanmar"),
("2025-12-17T10:30:00Z", "fr", "Le Figaro", "https://www.lefigaro.fr/societes/naval-group-livre-a-la-grece-sa-premiere-fregate-fdi-20251217", "new_story", A, "gr-fdi",
 "Naval Group livre à la Grèce sa première frégate de défense et d'intervention",
 """Naval Group a livré mercredi à la marine grecque la frégate Kimon, première des trois frégates de défense et d'intervention (FDI) commandées par Athènes, lors d'une cérémonie à Lorient en présence du ministre grec de la Défense, Nikos Dendias.

Le navire, armé notamment de missiles Aster 30 et Exocet, doit rejoindre la base de Salamine au début de l'année prochaine. Les deux frégates suivantes, Nearchos et Formion, seront livrées d'ici 2026, et Athènes a exercé une option pour une quatrième unité.

La Grèce est le premier client export de la FDI. Le contrat, signé en 2022, s'inscrit dans un partenariat stratégique de défense entre Paris et Athènes.""",
 "first report: frigate delivered to Greece"),
("2025-11-24T12:00:00Z", "de", "Tagesschau", "https://www.tagesschau.de/inland/ruestungsexporte-israel-beschraenkungen-aufgehoben-100.html", "new_story", A, "de-israel-exports",
 "Bundesregierung hebt Beschränkungen für Rüstungsexporte nach Israel auf",
 """Die Bundesregierung hebt die im August verhängten Beschränkungen für Rüstungsexporte nach Israel wieder auf. Das teilte Regierungssprecher Stefan Kornelius am Montag mit. Künftig würden Exportanträge wieder im Einzelfall geprüft.

Bundeskanzler Friedrich Merz hatte im August angeordnet, bis auf Weiteres keine Ausfuhren von Rüstungsgütern zu genehmigen, die im Gazastreifen eingesetzt werden könnten. Als Begründung für die Aufhebung nannte die Regierung die seit Oktober geltende Waffenruhe.

Israel zählt zu den wichtigsten Empfängern deutscher Rüstungsgüter; zuletzt wurden unter anderem Schiffsantriebe und Munition für Panzer geliefert. Kritik kam von Linken und Grünen, die vor einem «falschen Signal» warnten.""",
 "arms exports between states resumed (policy on transfers) -> new story"),
("2025-06-17T10:00:00Z", "en", "Notes from Poland", "https://notesfrompoland.com/2025/06/17/polish-parliament-ratifies-nancy-treaty-with-france/", "new_story", T, "pl-fr-nancy",
 "Polish parliament approves ratification of Nancy treaty with France",
 """Poland's lower house of parliament, the Sejm, has voted to ratify the Treaty of Nancy, the friendship and cooperation agreement with France signed last month, which includes a mutual defence clause.

The bill passed with 412 votes in favour, with only deputies from the far-right Confederation voting against. It now goes to the Senate and then to the president for signature.

The treaty, signed by Prime Minister Donald Tusk and President Emmanuel Macron in Nancy on 9 May, commits the two countries to mutual assistance, including military, in the event of armed aggression, and expands cooperation in defence, energy and nuclear power. Tusk called it "a historic moment" for Polish security.""",
 "first report: one state's chamber ratifies"),
("2025-12-03T19:30:00Z", "fr", "Le Monde", "https://www.lemonde.fr/politique/article/2025/12/03/l-assemblee-autorise-la-ratification-du-traite-de-nancy_6655120_823448.html", "update", T, "pl-fr-nancy",
 "L'Assemblée nationale autorise la ratification du traité de Nancy avec la Pologne",
 """Les députés ont adopté mercredi 3 décembre, à une large majorité, le projet de loi autorisant la ratification du traité de Nancy pour une coopération et une amitié renforcées entre la France et la Pologne, signé le 9 mai par Emmanuel Macron et Donald Tusk.

Le texte, déjà voté par le Sénat en octobre, est donc définitivement adopté par le Parlement. Le traité comporte une clause d'assistance mutuelle en cas d'agression armée et prévoit un approfondissement de la coopération en matière de défense, d'énergie nucléaire et d'industrie.

La Pologne a achevé sa propre procédure de ratification cet été. Le traité entrera en vigueur après l'échange des instruments de ratification, attendu dans les prochaines semaines.""",
 "new step/new actor: French Parliament completes its approval"),
("2025-12-04T09:00:00Z", "de", "FAZ", "https://www.faz.net/aktuell/politik/ausland/frankreich-parlament-billigt-vertrag-von-nancy-110812233.html", "copy", T, "pl-fr-nancy",
 "Französisches Parlament billigt Freundschaftsvertrag mit Polen",
 """Die französische Nationalversammlung hat am Mittwoch das Gesetz zur Ratifizierung des Vertrags von Nancy gebilligt. Damit hat das Parlament in Paris dem deutsch-französischen Vorbild nachempfundenen Freundschaftsvertrag mit Polen endgültig zugestimmt; der Senat hatte bereits im Oktober votiert.

Der Vertrag, den Präsident Macron und Ministerpräsident Tusk im Mai unterzeichnet hatten, enthält eine Beistandsklausel für den Fall eines bewaffneten Angriffs und sieht engere Zusammenarbeit bei Verteidigung und Kernenergie vor.

Polen hatte seine Ratifizierung bereits im Sommer abgeschlossen. Nach dem Austausch der Ratifikationsurkunden soll der Vertrag in Kraft treten.""",
 "German copy of the French vote"),
("2025-11-13T14:00:00Z", "de", "Deutschlandfunk", "https://www.deutschlandfunk.de/bundestag-ratifiziert-kensington-vertrag-100.html", "new_story", T, "de-uk-kensington",
 "Bundestag ratifiziert Freundschaftsvertrag mit Großbritannien",
 """Der Bundestag hat den deutsch-britischen Freundschafts- und Kooperationsvertrag ratifiziert. Das Parlament stimmte am Donnerstag mit breiter Mehrheit für das entsprechende Vertragsgesetz. Bundeskanzler Merz und Premierminister Starmer hatten den sogenannten Kensington-Vertrag im Juli in London unterzeichnet.

Das Abkommen sieht eine engere Zusammenarbeit in der Verteidigung vor, einschließlich einer Beistandszusage, sowie gemeinsame Projekte bei weitreichenden Waffen, Migration und Verkehr. Unter anderem soll eine direkte Bahnverbindung zwischen London und Berlin geprüft werden.

Der Bundesrat muss sich noch mit dem Gesetz befassen. Auf britischer Seite wurde der Vertrag dem Parlament nach dem üblichen Verfahren vorgelegt.""",
 "first report: Bundestag ratifies Kensington treaty"),
("2025-11-13T17:30:00Z", "en", "The Guardian", "https://www.theguardian.com/world/2025/nov/13/german-parliament-ratifies-kensington-treaty-uk", "copy", T, "de-uk-kensington",
 "German parliament ratifies Kensington treaty with UK",
 """Germany's Bundestag has voted to ratify the UK-German friendship treaty signed by Keir Starmer and Friedrich Merz in London in July.

The so-called Kensington treaty, the first such bilateral treaty between the two countries, includes a commitment to assist each other in the event of an attack and to develop long-range strike weapons together. It also covers cooperation on migration and plans to explore a direct rail link between London and Berlin.

The bill passed with a large majority on Thursday and now goes to the Bundesrat, the upper house representing Germany's states.""",
 "English copy of the Bundestag vote"),
("2026-01-08T11:00:00Z", "en", "GOV.UK", "https://www.gov.uk/government/news/uk-germany-kensington-treaty-enters-into-force", "update", T, "de-uk-kensington",
 "UK-Germany Kensington Treaty enters into force",
 """The Treaty between the United Kingdom and Germany on Friendship and Bilateral Cooperation entered into force today, following the exchange of notes confirming that both countries had completed their domestic procedures.

The Foreign Secretary said the treaty "puts our partnership with Germany on a firmer footing than ever before", pointing to commitments on defence and security, economic growth, and tackling illegal migration.

Germany's Bundesrat approved the ratification law in December, following the Bundestag vote in November. In the UK, the treaty was laid before Parliament for 21 sitting days under the Constitutional Reform and Governance Act without objection. A joint cabinet meeting is planned for later this year.""",
 "new step: Bundesrat approval and entry into force"),
("2025-10-25T13:00:00Z", "en", "Reuters", "https://www.reuters.com/technology/cybersecurity/dozens-countries-sign-un-cybercrime-treaty-hanoi-2025-10-25/", "trap", [], "-",
 "Dozens of countries sign UN cybercrime treaty in Hanoi despite rights concerns",
 """HANOI, Oct 25 (Reuters) - Sixty-five countries signed the United Nations Convention against Cybercrime at a ceremony in Hanoi on Saturday, the first global treaty on the issue, despite warnings from rights groups and technology firms that it could be used to justify surveillance.

The convention, adopted by the U.N. General Assembly last December, sets rules for cross-border cooperation in collecting electronic evidence and criminalises offences such as hacking and online child abuse.

The treaty will enter into force 90 days after the 40th country ratifies it. Signatories include the European Union, China and Russia, which first proposed the convention. The United States did not sign on Saturday. "This is a starting point," U.N. Secretary-General Antonio Guterres said.""",
 "trap: treaty only signed; ratification is still ahead"),
("2025-12-10T12:20:00Z", "ru", "Interfax", "https://www.interfax.ru/russia/1061870", "new_story", T, "ru-cybercrime-conv",
 "Госдума ратифицировала конвенцию ООН против киберпреступности",
 """Государственная дума в среду ратифицировала Конвенцию ООН против киберпреступности, подписанную Россией в Ханое в октябре.

Как отметил первый заместитель министра иностранных дел, представлявший документ депутатам, конвенция стала первым универсальным международным договором в этой сфере и была разработана по инициативе России. Она устанавливает правила международного сотрудничества в сборе электронных доказательств и криминализирует ряд преступлений в цифровой среде.

Конвенция вступит в силу через 90 дней после того, как ее ратифицируют 40 государств. Закон о ратификации направлен в Совет Федерации. За документ проголосовали все фракции.""",
 "first report: Russia's lower chamber ratifies the convention"),
("2025-12-10T15:00:00Z", "en", "TASS", "https://tass.com/politics/2057743", "copy", T, "ru-cybercrime-conv",
 "Russian State Duma ratifies UN convention against cybercrime",
 """MOSCOW, December 10. /TASS/. The Russian State Duma on Wednesday ratified the United Nations Convention against Cybercrime, which Russia signed in Hanoi in October.

Presenting the document to lawmakers, a first deputy foreign minister said the convention was the first universal international treaty in the field and was drafted on Russia's initiative. It sets rules for international cooperation in collecting electronic evidence.

The convention will take effect 90 days after 40 states ratify it. The ratification law now goes to the Federation Council.""",
 "English rewrite of the Russian wire"),
("2025-12-17T10:40:00Z", "ru", "RIA Novosti", "https://ria.ru/20251217/sovfed-konventsiya-2064011322.html", "update", T, "ru-cybercrime-conv",
 "Совфед одобрил ратификацию конвенции ООН против киберпреступности",
 """Совет Федерации на заседании в среду одобрил закон о ратификации Конвенции Организации Объединенных Наций против киберпреступности.

Документ был принят Государственной думой неделей ранее. По словам председателя комитета СФ по международным делам, Россия станет одной из первых стран, завершивших внутренние процедуры. Закон направлен на подпись президенту, после чего МИД сдаст ратификационную грамоту на хранение генеральному секретарю ООН.

Конвенция была подписана 65 государствами на церемонии в Ханое в октябре. Для ее вступления в силу требуется 40 ратификаций. Россия выступила инициатором разработки конвенции еще в 2017 году.""",
 "new step: upper chamber approves"),
("2025-10-13T09:30:00Z", "fa", "ISNA", "https://www.isna.ir/news/1404072113305/", "new_story", T, "ir-cft",
 "موافقت مجمع تشخیص مصلحت نظام با الحاق ایران به کنوانسیون مقابله با تأمین مالی تروریسم",
 """سخنگوی مجمع تشخیص مصلحت نظام اعلام کرد این مجمع با لایحه الحاق جمهوری اسلامی ایران به کنوانسیون بین‌المللی مقابله با تأمین مالی تروریسم (CFT) با شروطی موافقت کرد.

به گزارش ایسنا، این لایحه سال‌ها پیش در مجلس تصویب شده بود، اما به دلیل ایرادات شورای نگهبان به مجمع ارسال شده و بررسی آن متوقف مانده بود. مجمع پیش‌تر در خردادماه با الحاق ایران به کنوانسیون پالرمو نیز موافقت کرده بود.

حامیان دولت می‌گویند پیوستن به این کنوانسیون می‌تواند به خروج ایران از فهرست سیاه گروه ویژه اقدام مالی (FATF) و تسهیل روابط بانکی کمک کند. مخالفان معتقدند این اقدام دسترسی به اطلاعات مالی کشور را برای دشمنان فراهم می‌کند.""",
 "first report: constitutional arbitration body clears accession bill"),
("2025-10-13T12:45:00Z", "en", "Iran International", "https://www.iranintl.com/en/202510136114", "copy", T, "ir-cft",
 "Iran's Expediency Council approves joining terror-financing convention",
 """Iran's Expediency Council has approved the country's accession to the International Convention for the Suppression of the Financing of Terrorism (CFT), with conditions, its spokesman said on Monday.

The bill was passed by parliament years ago but stalled after the Guardian Council objected and sent it to the Expediency Council for arbitration. The council approved Iran's accession to the Palermo Convention against transnational organized crime in June.

Supporters say joining the CFT could help Iran get off the Financial Action Task Force blacklist and ease banking ties. Hardline opponents argue it would expose the country's finances to adversaries.""",
 "English copy of the same approval"),
("2026-02-03T11:00:00Z", "ar", "Al Ayam (Bahrain)", "https://www.alayam.com/alayam/local/1124553/News.html", "new_story", T, "bh-csipa",
 "مجلس النواب يوافق على انضمام المملكة المتحدة إلى اتفاقية التكامل الأمني والازدهار الشامل",
 """وافق مجلس النواب البحريني في جلسته الأسبوعية أمس على مشروع قانون بالتصديق على بروتوكول انضمام المملكة المتحدة إلى اتفاقية التكامل الأمني والازدهار الشامل المبرمة بين مملكة البحرين والولايات المتحدة الأمريكية.

وأوضح تقرير لجنة الشؤون الخارجية والدفاع والأمن الوطني أن البروتوكول يوسع نطاق التعاون في مجالات الدفاع والأمن والتكنولوجيا والتجارة ليشمل الجانب البريطاني، مشيراً إلى أهميته في تعزيز أمن المنطقة.

وكانت الاتفاقية قد وقعت في واشنطن في سبتمبر 2023، ووقع بروتوكول انضمام بريطانيا العام الماضي. ويُحال المشروع إلى مجلس الشورى لمناقشته قبل رفعه إلى جلالة الملك للتصديق.""",
 "first report: legislature approves treaty protocol"),
]
