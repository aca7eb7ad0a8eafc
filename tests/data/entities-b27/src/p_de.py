P, O = "person", "organization"

PAGES = [
dict(id="de-01", title="Streit ums Bürgergeld: SPD-Fraktion stellt sich gegen Merz",
paras=[
"Berlin (dpa) – Im Streit um die Reform des Bürgergelds verschärft sich der Ton in der schwarz-roten Koalition. Die SPD-Bundestagsfraktion lehnte am Dienstag die von Bundeskanzler Friedrich Merz (CDU) geforderten schärferen Sanktionen für Arbeitsverweigerer ab. Merz' Vorschlag sei „so nicht zustimmungsfähig“, sagte Fraktionsvize Anke Reinholdt.",
"Reinholdt verwies auf einen Gesetzentwurf aus dem Bundesministerium für Arbeit und Soziales (BMAS), der bereits zwischen den Koalitionspartnern abgestimmt sei. Bundesarbeitsministerin Bärbel Bas (SPD) hatte am Wochenende betont, das Arbeitsministerium werde „keine Regelungen vorlegen, die vor dem Bundesverfassungsgericht scheitern“.",
"Aus der Union kam scharfe Kritik. CDU-Generalsekretär Carsten Linnemann warf der SPD vor, Reformen zu blockieren. Auch Markus Söder (CSU) meldete sich zu Wort. Söders Forderung, Leistungen bei wiederholter Ablehnung zumutbarer Arbeit komplett zu streichen, stößt in der SPD jedoch auf Widerstand.",
"Die Opposition nutzte den Streit für Angriffe auf die Bundesregierung. Die Grünen sprachen von einem „Sommertheater im Herbst“, die Linke kündigte Widerstand im Bundestag an. Die AfD forderte Neuwahlen.",
"Ökonomen mahnten zur Sachlichkeit. Holger Brandt vom Institut der deutschen Wirtschaft (IW) sagte, die Zahl der echten Totalverweigerer sei gering. Der Deutsche Gewerkschaftsbund (DGB) warnte vor einer „Stimmungsmache gegen Arbeitslose“. Nach Zahlen der Bundesagentur für Arbeit bezogen zuletzt rund 5,5 Millionen Menschen Bürgergeld.",
],
ents=[
(P, ["Friedrich Merz", "Merz", "Merz'"]), (P, ["Anke Reinholdt", "Reinholdt"]), (P, ["Bärbel Bas"]),
(P, ["Carsten Linnemann"]), (P, ["Markus Söder", "Söders"]), (P, ["Holger Brandt"]),
(O, ["dpa"]), (O, ["SPD-Bundestagsfraktion", "SPD-Fraktion"]), (O, ["CDU"]), (O, ["SPD"]),
(O, ["Bundesministerium für Arbeit und Soziales", "BMAS", "Arbeitsministerium"]), (O, ["Bundesverfassungsgericht"]),
(O, ["Union"]), (O, ["CSU"]), (O, ["Bundesregierung"]), (O, ["Grünen"]), (O, ["Linke"]), (O, ["Bundestag"]), (O, ["AfD"]),
(O, ["Institut der deutschen Wirtschaft", "IW"]), (O, ["Deutsche Gewerkschaftsbund", "DGB"]), (O, ["Bundesagentur für Arbeit"]),
]),

dict(id="de-02", title="Förderbetrug: Bedingte Haft für früheren Donaubau-Chef",
paras=[
"Wien – Im Prozess um mutmaßlichen Förderbetrug bei der Wiener Baufirma Donaubau GmbH ist der frühere Geschäftsführer Gerald Pichler am Mittwoch am Straflandesgericht Wien zu 18 Monaten bedingter Haft verurteilt worden. Die Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) hatte ihm schweren gewerbsmäßigen Betrug vorgeworfen.",
"Pichler soll zwischen 2020 und 2022 überhöhte Umsatzeinbußen angegeben und so bei der COVID-19-Finanzierungsagentur des Bundes (COFAG) sowie beim Austria Wirtschaftsservice (aws) rund 1,9 Millionen Euro an Hilfen erschlichen haben. Pichlers Anwalt hatte auf Freispruch plädiert.",
"Richterin Claudia Steinwender begründete das Urteil mit dem „erheblichen Schaden für die Allgemeinheit“. Mildernd wertete Steinwender, dass der Angeklagte bisher unbescholten war und einen Teil der Summe zurückgezahlt hat. Verteidiger Stefan Kogler von der Kanzlei Brunnhuber Zach Rechtsanwälte kündigte an, Berufung einzulegen. „Mein Mandant hat sich auf seinen Steuerberater verlassen“, sagte Kogler.",
"Die Finanzprokuratur hatte sich dem Verfahren als Privatbeteiligte angeschlossen. Der Rechnungshof hatte bereits 2023 in einem Bericht kritisiert, dass die COFAG Anträge nur unzureichend geprüft habe.",
"Das Urteil ist nicht rechtskräftig. Wie der „Standard“ berichtet, ermittelt die WKStA noch gegen zwei weitere Manager der Donaubau. Die Firma selbst hat im Vorjahr Insolvenz angemeldet, meldet die APA.",
],
ents=[
(P, ["Gerald Pichler", "Pichler", "Pichlers"]), (P, ["Claudia Steinwender", "Steinwender"]), (P, ["Stefan Kogler", "Kogler"]),
(O, ["Donaubau GmbH", "Donaubau"]), (O, ["Straflandesgericht Wien"]), (O, ["Wirtschafts- und Korruptionsstaatsanwaltschaft", "WKStA"]),
(O, ["COVID-19-Finanzierungsagentur des Bundes", "COFAG"]), (O, ["Austria Wirtschaftsservice", "aws"]),
(O, ["Brunnhuber Zach Rechtsanwälte"]), (O, ["Finanzprokuratur"]), (O, ["Rechnungshof"]), (O, ["Standard"]), (O, ["APA"]),
]),

dict(id="de-03", title="YB gewinnt den Klassiker gegen Basel und übernimmt die Tabellenspitze",
paras=[
"Bern (sda) – Die BSC Young Boys haben den Klassiker gegen den FC Basel mit 2:1 gewonnen und die Tabellenführung in der Super League übernommen. Vor 31 120 Zuschauern im Wankdorf drehten die Berner einen frühen Rückstand.",
"Xherdan Shaqiri hatte den FCB in der 9. Minute mit einem direkt verwandelten Freistoss in Führung gebracht. Doch YB reagierte: Noah Beguelin glich nach einer halben Stunde aus, und in der 77. Minute traf der eingewechselte Samuel Oppong per Kopf zum Sieg. Basel-Torhüter Yannick Stucki war beim Siegtreffer ohne Chance.",
"„Wir haben nach dem Rückstand nie die Ruhe verloren“, sagte YB-Trainer Marco Bühlmann. Bühlmann lobte vor allem Beguelin, der „ein Spiel auf Weltklasse-Niveau“ gemacht habe. Basels Trainer Luca Ferretti haderte mit dem Schiedsrichter: Ferretti forderte vor dem 1:2 einen Freistoss für seine Mannschaft.",
"Überschattet wurde die Partie von Pyrotechnik im Gästesektor. Die Kantonspolizei Bern nahm nach dem Spiel drei Personen fest. Die Swiss Football League (SFL) hat ein Verfahren gegen den FC Basel eröffnet. Der Schweizerische Fussballverband (SFV) verzichtete auf eine Stellungnahme.",
"Für Shaqiri war es die erste Niederlage gegen die Young Boys seit seiner Rückkehr. Basel liegt nun zwei Punkte hinter YB auf Rang zwei.",
],
ents=[
(P, ["Xherdan Shaqiri", "Shaqiri"]), (P, ["Noah Beguelin", "Beguelin"]), (P, ["Samuel Oppong"]), (P, ["Yannick Stucki"]),
(P, ["Marco Bühlmann", "Bühlmann"]), (P, ["Luca Ferretti", "Ferretti"]),
(O, ["sda"]), (O, ["BSC Young Boys", "YB", "Young Boys"]), (O, ["FC Basel", "FCB", "Basel", "Basels"]),
(O, ["Kantonspolizei Bern"]), (O, ["Swiss Football League", "SFL"]), (O, ["Schweizerische Fussballverband", "SFV"]),
]),

dict(id="de-04", title="Verdi ruft erneut zum Warnstreik bei der BVG auf",
paras=[
"Berlin – Fahrgäste der Berliner Verkehrsbetriebe (BVG) müssen sich erneut auf massive Einschränkungen einstellen. Die Gewerkschaft Verdi hat für Freitag zu einem ganztägigen Warnstreik aufgerufen. U-Bahnen, Straßenbahnen und die meisten Busse sollen von 3 Uhr an bis zum Betriebsschluss in den Depots bleiben.",
"Verdi-Verhandlungsführer Tobias Krähe sagte, das Angebot der BVG sei „eine Provokation“. Die Beschäftigten hätten seit Jahren auf Reallohnzuwächse verzichtet. BVG-Personalvorständin Petra Lindqvist wies die Kritik zurück: Lindqvist sprach von einem „historisch hohen Angebot“, das die Finanzkraft des Unternehmens übersteige. Krähe forderte die Arbeitgeberseite auf, bis Mittwoch nachzubessern.",
"Nicht betroffen ist die S-Bahn Berlin, die zur Deutschen Bahn gehört. Der Senat appellierte an beide Seiten, an den Verhandlungstisch zurückzukehren. Verkehrssenatorin Ute Bonde (CDU) sagte, die Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt prüfe zusätzliche Angebote für Pendler.",
"Der Fahrgastverband IGEB kritisierte die Streikankündigung als zu kurzfristig. Sprecherin Martina Haberland sagte, vor allem Schichtarbeiter und Schüler würden getroffen. Die IHK Berlin bezifferte den wirtschaftlichen Schaden eines ganztägigen Streiks auf einen zweistelligen Millionenbetrag.",
"Wie der rbb berichtet, will Verdi im Falle eines Scheiterns der nächsten Runde eine Urabstimmung über unbefristete Streiks einleiten.",
],
ents=[
(P, ["Tobias Krähe", "Krähe"]), (P, ["Petra Lindqvist", "Lindqvist"]), (P, ["Ute Bonde"]), (P, ["Martina Haberland"]),
(O, ["Berliner Verkehrsbetriebe", "BVG"]), (O, ["Verdi"]), (O, ["S-Bahn Berlin"]), (O, ["Deutschen Bahn"]), (O, ["Senat"]),
(O, ["CDU"]), (O, ["Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt"]), (O, ["IGEB"]), (O, ["IHK Berlin"]),
(O, ["rbb"]),
]),

dict(id="de-05", title="Siemens Energy hebt Prognose an – Windkrafttochter bleibt Sorgenkind",
paras=[
"München – Siemens Energy hat nach einem starken dritten Quartal seine Jahresprognose angehoben. Der Konzern rechnet nun mit einem Umsatzplus von bis zu 15 Prozent, wie Vorstandschef Christian Bruch am Mittwoch mitteilte. Treiber sei vor allem das Geschäft mit Gasturbinen und Netztechnik für Rechenzentren.",
"Sorgenkind bleibt die spanische Windkrafttochter Siemens Gamesa. Die Sparte schrieb erneut einen operativen Verlust von 280 Millionen Euro. Bruch sagte, Gamesa werde die Gewinnschwelle „frühestens 2026“ erreichen. Finanzvorstand Thomas Ehrlich kündigte weitere Einsparungen bei der Onshore-Produktion an.",
"Die Bundesregierung hatte dem Unternehmen 2023 mit Garantien in Höhe von 7,5 Milliarden Euro unter die Arme gegriffen. Der frühere Mutterkonzern Siemens AG hält noch rund 17 Prozent der Anteile; Siemens hatte zuletzt signalisiert, den Anteil weiter abbauen zu wollen.",
"Analysten reagierten positiv. Lara Vogt von der Deutschen Bank sprach von einem „bemerkenswerten Turnaround“, die DZ Bank hob ihr Kursziel an. Die Aktie legte im frühen Handel um gut sechs Prozent zu.",
"Die IG Metall begrüßte die Zahlen, warnte aber vor weiterem Stellenabbau bei Gamesa in Deutschland. Betriebsratschefin Sabine Oberländer sagte dem Handelsblatt, die Belegschaft habe „genug Opfer gebracht“.",
],
ents=[
(P, ["Christian Bruch", "Bruch"]), (P, ["Thomas Ehrlich"]), (P, ["Lara Vogt"]), (P, ["Sabine Oberländer"]),
(O, ["Siemens Energy"]), (O, ["Siemens Gamesa", "Gamesa"]), (O, ["Bundesregierung"]), (O, ["Siemens AG", "Siemens"]),
(O, ["Deutschen Bank"]), (O, ["DZ Bank"]), (O, ["IG Metall"]), (O, ["Handelsblatt"]),
]),

dict(id="de-06", title="ÖBB dünnen Regionalverkehr im Mühlviertel aus – Bürgermeister protestieren",
paras=[
"Linz – Die ÖBB wollen ab dem Fahrplanwechsel im Dezember auf der Summerauerbahn zwischen Linz und Freistadt deutlich weniger Regionalzüge fahren lassen. Statt im Halbstundentakt sollen die Züge außerhalb der Stoßzeiten nur noch stündlich verkehren. Die Österreichischen Bundesbahnen begründen den Schritt mit Bauarbeiten und fehlendem Personal.",
"Freistadts Bürgermeisterin Elisabeth Teufl (ÖVP) reagierte empört. „Man kann nicht Klimaziele ausrufen und gleichzeitig den ländlichen Raum abhängen“, sagte Teufl. Gemeinsam mit zwölf Amtskollegen hat sie eine Resolution an die Konzernzentrale geschickt.",
"Verkehrslandesrat Günther Steinkellner (FPÖ) kündigte Gespräche mit dem Verkehrsministerium an. Der Oberösterreichische Verkehrsverbund (OÖVV) will zusätzliche Busse einsetzen, um die Lücken zu schließen. Steinkellner betonte, die Regionalzüge würden aus Landesmitteln bezahlt, man erwarte daher „Vertragstreue“.",
"Der Verkehrsclub Österreich (VCÖ) warnte vor einer Abwärtsspirale. „Weniger Züge bedeuten weniger Fahrgäste – und dann wird wieder gekürzt“, sagte VCÖ-Expertin Katrin Aigner.",
"Betroffen sind vor allem Pendlerinnen und Pendler. Franz Leitner fährt seit 20 Jahren täglich mit dem Zug nach Linz in die Arbeit. Herr Leitner rechnet damit, künftig eine halbe Stunde früher aufstehen zu müssen, wie er den Oberösterreichischen Nachrichten sagte. Die ÖBB kündigten an, den Fahrplan im Frühjahr zu evaluieren.",
],
ents=[
(P, ["Elisabeth Teufl", "Teufl"]), (P, ["Günther Steinkellner", "Steinkellner"]), (P, ["Katrin Aigner"]),
(P, ["Franz Leitner", "Herr Leitner"]),
(O, ["ÖBB", "Österreichischen Bundesbahnen"]), (O, ["ÖVP"]), (O, ["FPÖ"]), (O, ["Verkehrsministerium"]),
(O, ["Oberösterreichische Verkehrsverbund", "OÖVV"]), (O, ["Verkehrsclub Österreich", "VCÖ"]), (O, ["Oberösterreichischen Nachrichten"]),
]),

dict(id="de-07", title="ETH-Forschende entwickeln Bluttest für Darmkrebs – Unispital Zürich startet Studie",
paras=[
"Zürich – Forschende der ETH Zürich haben einen Bluttest entwickelt, der Darmkrebs in einem frühen Stadium erkennen soll. Der Test sucht im Blut nach winzigen Erbgutfragmenten von Tumorzellen. In einer ersten Auswertung erkannte er vier von fünf Tumoren im Frühstadium.",
"„Wir hoffen, dass sich künftig mehr Menschen testen lassen, wenn dafür keine Darmspiegelung nötig ist“, sagt Studienleiterin Lena Hofstetter. Hofstetters Team arbeitet seit sechs Jahren an dem Verfahren. Die ETH hat dafür zwei Patente angemeldet.",
"Ab Januar wird der Test am Universitätsspital Zürich (USZ) an 3000 Patientinnen und Patienten geprüft. Chefarzt Martin Gubler sagte, das USZ arbeite dafür mit mehreren Hausarztpraxen im Kanton zusammen. Gubler warnte aber vor zu hohen Erwartungen: Die Darmspiegelung bleibe vorerst der Goldstandard.",
"Für die Vermarktung wurde das Spin-off Helvion Diagnostics gegründet. CEO Reto Kälin sagte, Helvion habe 12 Millionen Franken bei Investoren eingesammelt; zudem fördern Innosuisse und der Schweizerische Nationalfonds (SNF) das Projekt. Kälin rechnet mit einer Zulassung durch Swissmedic frühestens 2028.",
"Die Krebsliga Schweiz begrüsste die Studie. Sprecherin Daniela Frei betonte, dass derzeit nur rund die Hälfte der über 50-Jährigen regelmässig zur Vorsorge gehe. Das Bundesamt für Gesundheit (BAG) prüft, ob solche Tests künftig von der Grundversicherung übernommen werden. Laut NZZ hat auch der Basler Pharmakonzern Roche Interesse an einer Lizenz angemeldet; eine Sprecherin von Roche Diagnostics wollte dies nicht kommentieren.",
],
ents=[
(P, ["Lena Hofstetter", "Hofstetters"]), (P, ["Martin Gubler", "Gubler"]), (P, ["Reto Kälin", "Kälin"]), (P, ["Daniela Frei"]),
(O, ["ETH Zürich", "ETH"]), (O, ["Unispital Zürich", "Universitätsspital Zürich", "USZ"]), (O, ["Helvion Diagnostics", "Helvion"]),
(O, ["Innosuisse"]), (O, ["Schweizerische Nationalfonds", "SNF"]), (O, ["Swissmedic"]), (O, ["Krebsliga Schweiz"]),
(O, ["Bundesamt für Gesundheit", "BAG"]), (O, ["NZZ"]), (O, ["Roche"]), (O, ["Roche Diagnostics"]),
]),
]
