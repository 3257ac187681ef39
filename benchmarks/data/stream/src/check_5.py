T = ["treaty-ratification"]; A = ["arms-transfers"]; S = ["sanctions"]; N = []
ARTS = [
("2025-11-28T04:00:00Z", "en", "Focus Taiwan", "https://focustaiwan.tw/politics/202511280004", "new_story", A, "tw-f16v",
 "Taiwan receives first F-16 Block 70 jets after long delays",
 """Taiwan's Air Force has taken delivery of the first two of 66 F-16 Block 70 fighter jets ordered from the United States, the Ministry of National Defense said on Friday, after delays of more than a year caused by production problems at Lockheed Martin.

The jets were handed over at the company's plant in Greenville, South Carolina, and will remain in the US for pilot training before being flown to Taiwan next year, the ministry said.

Taiwan signed the US$8 billion deal in 2019. Lawmakers had criticised the delays, which forced the air force to keep older aircraft in service longer. China's foreign ministry said it "firmly opposes" US arms sales to Taiwan.""",
 "first report: jets delivered (paraphrase 'taken delivery')"),
("2026-01-21T09:00:00Z", "ar", "Al Sumaria", "https://www.alsumaria.tv/news/politics/541233/", "new_story", A, "iq-kmsam",
 "العراق يتسلم الدفعة الأولى من منظومة الدفاع الجوي الكورية «إم-سام»",
 """أعلنت وزارة الدفاع العراقية تسلم الدفعة الأولى من منظومة الدفاع الجوي متوسطة المدى الكورية الجنوبية «إم-سام 2»، ضمن عقد وقعته بغداد مع شركة «إل آي جي نكس1» عام 2024 بقيمة تقارب 2.8 مليار دولار.

وقال المتحدث باسم الوزارة إن المنظومة وصلت إلى ميناء أم قصر وستُنشر لحماية الأجواء العراقية بعد استكمال تدريب الكوادر الفنية في كوريا الجنوبية. ويشمل العقد ثماني بطاريات تُسلم على مراحل حتى عام 2028.

ويأتي ذلك في إطار مساعي العراق لإعادة بناء منظومة دفاعه الجوي، بعد انتقادات لضعف قدرته على رصد الطائرات المسيرة والصواريخ التي عبرت أجواءه خلال التصعيد الإقليمي.""",
 "first report: air defence delivered to Iraq"),
("2025-10-01T10:00:00Z", "fr", "RTL Luxembourg", "https://www.rtl.lu/fr/politique/a/2290412.html", "new_story", T, "lu-coe-ai",
 "La Chambre approuve la convention du Conseil de l'Europe sur l'intelligence artificielle",
 """La Chambre des députés a approuvé mercredi, par 56 voix sur 60, le projet de loi portant approbation de la convention-cadre du Conseil de l'Europe sur l'intelligence artificielle et les droits de l'homme, la démocratie et l'État de droit.

Le Luxembourg devient ainsi l'un des premiers États à achever la procédure parlementaire pour ce texte, premier traité international juridiquement contraignant en matière d'IA. Le gouvernement doit désormais déposer l'instrument de ratification à Strasbourg.

La convention, ouverte à la signature en septembre 2024, entrera en vigueur après cinq ratifications, dont au moins trois d'États membres du Conseil de l'Europe. Le ministre délégué à la Digitalisation a salué « un cadre protecteur qui n'entrave pas l'innovation ».""",
 "first report: Luxembourg parliament approves AI convention"),
("2025-11-19T12:00:00Z", "en", "NRK", "https://www.nrk.no/norge/norway-ratifies-ai-convention-1.17512300", "new_story", T, "no-coe-ai",
 "Norway ratifies Council of Europe AI convention",
 """Norway has deposited its instrument of ratification of the Council of Europe's Framework Convention on Artificial Intelligence, the government said on Wednesday, after the Storting gave its consent earlier this month.

Digitalisation Minister Karianne Tung said the treaty would ensure that AI systems used by public authorities respect human rights and democratic principles. Norway was among the first signatories of the convention when it opened for signature in Vilnius in September 2024.

The convention requires five ratifications, including three by Council of Europe member states, to enter into force. Luxembourg's parliament approved it last month.""",
 "look-alike: different country ratifying the same convention -> separate new story"),
("2025-11-27T11:00:00Z", "de", "Zeit Online", "https://www.zeit.de/politik/ausland/2025-11/kensington-vertrag-grossbritannien-analyse", "rehash", T, "de-uk-kensington",
 "Kensington-Vertrag: Was die neue Partnerschaft mit London bedeutet",
 """Vor zwei Wochen hat der Bundestag den Kensington-Vertrag ratifiziert, den Bundeskanzler Merz und Premierminister Starmer im Juli in London unterzeichnet hatten. Doch was ändert sich damit konkret im Verhältnis zu Großbritannien?

Im Kern geht es um Sicherheit: Beide Länder sagen sich gegenseitigen Beistand zu und wollen gemeinsam weitreichende Präzisionswaffen entwickeln. Hinzu kommen Kooperationen bei der Migration, in Wissenschaft und Verkehr, bis hin zu einer möglichen direkten Zugverbindung.

Beobachter sehen den Vertrag als Versuch, die Beziehungen nach dem Brexit auf eine neue Grundlage zu stellen. Kritiker bemängeln, viele Vorhaben seien vage formuliert. Ob der Vertrag mehr als Symbolik bringt, wird sich an der Umsetzung zeigen.""",
 "analysis restating the known Bundestag ratification"),
("2025-12-16T08:00:00Z", "en", "Foreign Policy", "https://foreignpolicy.com/2025/12/16/belarus-potash-sanctions-lukashenko-prisoners-analysis/", "rehash", S, "by-belavia",
 "What Washington Gets From Easing Sanctions on Belarus",
 """The Trump administration's decision last week to lift sanctions on Belarusian potash, following the release of 123 prisoners including Nobel laureate Ales Bialiatski, has revived a debate over whether engaging Alexander Lukashenko works.

It is the second such trade: in September, Washington removed sanctions on the state airline Belavia after 52 prisoners were freed. Administration officials argue the approach has brought home more political prisoners than years of pressure.

Critics counter that Minsk simply refills its prisons, and that potash revenue will help fund a regime that hosts Russian troops and nuclear weapons. The European Union has kept its own measures in place, meaning Belarusian potash still cannot transit through Lithuania's port of Klaipeda.""",
 "analysis restating both known steps; no new step"),
("2025-11-25T10:00:00Z", "ar", "Independent Arabia", "https://www.independentarabia.com/node/632118", "rehash", A, "sa-f35",
 "ماذا تعني مقاتلات «إف-35» للسعودية؟",
 """أثار إعلان الرئيس الأميركي دونالد ترمب الأسبوع الماضي عزمه بيع مقاتلات «إف-35» للسعودية نقاشاً واسعاً حول انعكاسات الصفقة على موازين القوى في الشرق الأوسط.

وجاء الإعلان خلال زيارة ولي العهد الأمير محمد بن سلمان إلى واشنطن، التي شهدت أيضاً توقيع اتفاقية دفاع استراتيجي. ولم تُكشف حتى الآن تفاصيل عدد الطائرات أو مواعيد التسليم.

ويرى خبراء أن الطريق لا يزال طويلاً، إذ تتطلب الصفقة موافقة الكونغرس، كما أن القانون الأميركي يلزم واشنطن بضمان التفوق العسكري النوعي لإسرائيل، ما قد يفرض قيوداً على مواصفات الطائرات المسلمة للرياض.""",
 "analysis restating the known announcement"),
("2025-11-03T09:00:00Z", "fa", "IRNA", "https://www.irna.ir/news/85980771/", "update", T, "ir-cft",
 "رئیس‌جمهور قانون الحاق ایران به کنوانسیون CFT را ابلاغ کرد",
 """مسعود پزشکیان، رئیس‌جمهور، قانون الحاق دولت جمهوری اسلامی ایران به کنوانسیون بین‌المللی مقابله با تأمین مالی تروریسم را که به تأیید مجمع تشخیص مصلحت نظام رسیده بود، برای اجرا به وزارت امور خارجه و وزارت امور اقتصادی و دارایی ابلاغ کرد.

به گزارش ایرنا، با این ابلاغ، وزارت امور خارجه سند الحاق را نزد دبیرکل سازمان ملل متحد به امانت خواهد گذاشت. سخنگوی دولت گفت این اقدام گامی مهم برای بهبود تعاملات بانکی بین‌المللی است.

گروه ویژه اقدام مالی در نشست پیشین خود ایران را همچنان در فهرست سیاه نگه داشته بود.""",
 "new step: head of state signs/promulgates the accession law"),
("2025-12-12T20:30:00Z", "en", "Defense News", "https://www.defensenews.com/global/mideast-africa/2025/12/12/state-department-notifies-congress-saudi-f-35-sale/", "update", A, "sa-f35",
 "State Department notifies Congress of proposed sale of 48 F-35s to Saudi Arabia",
 """The State Department has formally notified Congress of a proposed sale of 48 F-35A fighter jets to Saudi Arabia, along with engines, munitions and support, in a package worth an estimated $38 billion, according to a Defense Security Cooperation Agency notice published Friday.

The notification follows President Donald Trump's announcement last month that the U.S. would sell the stealth jet to the kingdom. Lawmakers now have 30 days to review the sale.

The notice said the aircraft would be delivered in a configuration consistent with U.S. commitments on Israel's qualitative military edge. Several Democratic senators said they would seek to block the sale over human-rights concerns.""",
 "new step: formal notification with numbers and value"),
]
