T = ["treaty-ratification"]; A = ["arms-transfers"]; S = ["sanctions"]; N = []
ARTS = [
("2025-07-04T14:00:00Z", "fr", "Swissinfo", "https://www.swissinfo.ch/fre/politique/la-suisse-leve-l-essentiel-de-ses-mesures-contre-la-syrie/89602211", "new_story", S, "ch-syria-lift",
 "La Suisse lève l'essentiel de ses mesures contre la Syrie",
 """Le Conseil fédéral a décidé vendredi de lever la plupart des mesures économiques prises contre la Syrie depuis 2011, s'alignant ainsi sur la décision de l'Union européenne de fin mai.

Sont notamment abrogées les restrictions visant le secteur pétrolier, les banques syriennes et la banque centrale, dont les avoirs gelés en Suisse pourront à nouveau être débloqués. Berne maintient en revanche l'embargo sur les armes et les mesures visant des personnes liées à l'ancien régime de Bachar Al-Assad, ainsi que les interdictions liées aux armes chimiques.

Le Département de l'économie (DEFR) justifie cette décision par la volonté de soutenir la transition politique et la reconstruction du pays. Les nouvelles dispositions entrent en vigueur dès samedi.""",
 "different actor (Switzerland) easing Syria measures -> separate new story (paraphrase 'lève l'essentiel')"),
("2025-10-14T09:30:00Z", "en", "The Hindu", "https://www.thehindu.com/news/national/vietnam-signs-brahmos-deal-with-india/article70174231.ece", "new_story", A, "vn-brahmos",
 "Vietnam signs $700 million deal for BrahMos missiles",
 """Vietnam has signed a contract worth about $700 million for BrahMos supersonic cruise missile batteries, making it the second Southeast Asian country after the Philippines to buy the Indo-Russian weapon, officials in New Delhi said on Tuesday.

The deal, signed in Hanoi by BrahMos Aerospace and Vietnam's defence ministry, covers coastal anti-ship batteries for the Vietnamese navy and army, along with training and support. Deliveries are expected to begin within two years.

India has been pushing defence exports to Southeast Asia, extending credit lines to several countries. Vietnam, which has overlapping claims with China in the South China Sea, has traditionally relied on Russian weapons but has sought to diversify its suppliers.""",
 "purchase agreed between states"),
("2025-12-11T12:00:00Z", "en", "Defense News", "https://www.defensenews.com/global/europe/2025/12/11/denmark-signs-samp-t-contract/", "update", A, "dk-sampt",
 "Denmark signs contract for SAMP/T air defense, first units due 2028",
 """Denmark's defense procurement agency has signed a contract with the Franco-Italian consortium Eurosam for SAMP/T NG long-range air defense systems, turning September's selection into a firm order.

The contract covers four fire units, with the first expected to be operational in 2028, the Danish Acquisition and Logistics Organisation said on Thursday. Financial details were not disclosed, but officials said the deal accounted for a large share of the 58 billion crown air defense package.

Separate contracts for shorter-range NASAMS and IRIS-T SLM systems were signed in November, and an interim NASAMS battery will be delivered next year.""",
 "new step: selection -> signed contract with numbers and dates"),
("2025-10-10T08:00:00Z", "fr", "Ouest-France", "https://www.ouest-france.fr/environnement/ocean/traite-haute-mer-ce-qui-va-changer-en-2026-a3b1c2", "rehash", T, "bbnj",
 "Traité sur la haute mer : ce qui va changer à partir de janvier",
 """Le 19 septembre, le traité sur la haute mer a atteint le seuil de 60 ratifications grâce au Maroc et à la Sierra Leone. Il entrera donc en vigueur le 17 janvier 2026. Mais que prévoit-il concrètement ?

La haute mer commence là où s'arrêtent les zones économiques exclusives des États, à 200 milles nautiques des côtes. Elle représente près de la moitié de la surface de la planète et n'était jusqu'ici protégée que de façon très partielle.

Le traité permettra de créer des aires marines protégées dans ces eaux internationales, d'imposer des études d'impact environnemental pour certaines activités et de partager les bénéfices tirés des ressources génétiques marines. Une première conférence des parties devra se réunir dans l'année suivant l'entrée en vigueur.""",
 "explainer restating the known 60th-ratification facts"),
("2025-06-27T11:00:00Z", "en", "Reuters", "https://www.reuters.com/world/europe/baltic-states-poland-finland-leave-landmine-treaty-2025-06-27/", "trap", N, "-",
 "Lithuania's parliament votes to quit landmine treaty",
 """VILNIUS, June 27 (Reuters) - Lithuania's parliament voted on Friday to withdraw from the Ottawa Convention banning anti-personnel landmines, following similar moves by Latvia and Estonia, citing the military threat from Russia.

The withdrawal will take effect six months after Lithuania notifies the United Nations. Poland and Finland have also announced plans to leave the treaty, which 164 countries have joined.

Human rights groups criticised the decision, saying landmines kill and maim civilians for decades after conflicts end. Lithuanian officials said the country had no immediate plans to produce or deploy the mines but wanted to keep the option open.""",
 "trap: parliament votes on treaty WITHDRAWAL, not ratification"),
]
