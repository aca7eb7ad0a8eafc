LANG = "de"
PAGES = [
dict(id="de-01",
title="Rentenpaket: Junge Union droht mit Nein – Merz mahnt zur Geschlossenheit",
body="""
Im Streit um das Rentenpaket der Koalition wächst der Druck auf Bundeskanzler Friedrich Merz. Die Junge Union (JU) kündigte am Montag an, ihre Mitglieder im Bundestag würden dem Gesetzentwurf in der jetzigen Form nicht zustimmen. Ohne ihre Stimmen hätte die Koalition aus CDU, CSU und SPD keine eigene Mehrheit.

JU-Chef Lukas Hoffbauer sagte der „Süddeutschen Zeitung“, das Paket belaste „einseitig die junge Generation“. Die geplante Haltelinie beim Rentenniveau koste bis 2040 mehr als 100 Milliarden Euro, die „unsere Generation doppelt bezahlen“ müsse. Hoffbauer forderte, die Haltelinie nach 2031 nicht fortzuschreiben.

Merz rief die Abgeordneten zur Geschlossenheit auf. „Wir haben im Koalitionsvertrag eine Vereinbarung getroffen, und dazu stehen wir“, sagte der Kanzler am Rande eines Termins in Hamburg. In der Unionsfraktion stieß Merz' Appell allerdings auf gemischte Reaktionen; mehrere jüngere Abgeordnete stellten sich öffentlich hinter die JU.

Die SPD lehnt Änderungen ab. Anke Brandes, stellvertretende Vorsitzende der SPD-Bundestagsfraktion, sagte, ein stabiles Rentenniveau sei „keine Verhandlungsmasse“. Das Bundesarbeitsministerium verwies darauf, dass der Entwurf bereits im August auf den Weg gebracht worden sei.

Die Opposition sieht die Koalition geschwächt. Mira Sommerfeld von den Grünen sprach von einem „Generationenkonflikt, den Schwarz-Rot selbst angezettelt hat“. Die AfD und die Linke kündigten an, gegen das Paket zu stimmen.

Nach Berechnungen der Deutschen Rentenversicherung würde das Rentenniveau ohne Reform bis 2031 auf 46,9 Prozent sinken. Der Ökonom Felix Aumann vom Institut der deutschen Wirtschaft (IW) hält die Kritik der JU für berechtigt, der Deutsche Gewerkschaftsbund (DGB) dagegen warnte vor „Rentenkürzungen durch die Hintertür“. Der Bundestag soll noch vor Weihnachten abstimmen.
""",
ents="""
O Junge Union|JU
P Friedrich Merz|Merz|Merz'
O Bundestag
O CDU
O CSU
O SPD
O Süddeutschen Zeitung
P Lukas Hoffbauer|Hoffbauer
O Unionsfraktion
P Anke Brandes
O SPD-Bundestagsfraktion
O Bundesarbeitsministerium
P Mira Sommerfeld
O Grünen
O AfD
O Linke
O Deutschen Rentenversicherung
P Felix Aumann
O Institut der deutschen Wirtschaft|IW
O Deutsche Gewerkschaftsbund|DGB
"""),

dict(id="de-02",
title="BVG: Straßenbahn nach Blankenburg kommt zwei Jahre später",
body="""
Die geplante Straßenbahnstrecke von Pankow nach Blankenburg wird frühestens 2031 in Betrieb gehen – zwei Jahre später als bisher geplant. Das teilten die Berliner Verkehrsbetriebe (BVG) am Mittwoch im Verkehrsausschuss des Abgeordnetenhauses mit.

Als Gründe nannte BVG-Sprecherin Jana Wrobel die aufwendige Verlegung von Wasser- und Stromleitungen sowie die Insolvenz eines wichtigen Auftragnehmers. Die Schienenbau Havelland GmbH aus Nauen, die den Gleisbau im ersten Abschnitt übernehmen sollte, hatte im Frühjahr Insolvenz angemeldet. „Wir mussten die Leistungen neu ausschreiben, das kostet Zeit“, sagte Wrobel.

Für die Leitungsarbeiten sind die Berliner Wasserbetriebe und die Stromnetz Berlin GmbH zuständig. Beide Unternehmen hätten ihre Planungen erst im Sommer abschließen können, hieß es aus der Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt. Ein Sprecher der Verkehrsverwaltung betonte, an der Finanzierung ändere sich nichts.

Im Bezirk ist der Ärger groß. Bezirksbürgermeisterin Dörte Vogelsang (CDU) sprach von einer „Enttäuschung für Zehntausende Pendler“. Das Bezirksamt Pankow werde prüfen, ob zumindest eine Expressbuslinie früher eingerichtet werden könne.

Auch bei den Anwohnern wächst die Ungeduld. Gerda Lindner wohnt seit 40 Jahren an der Blankenburger Chaussee und steht jeden Morgen im Stau. „Die Straßenbahn wurde uns schon versprochen, als mein Sohn noch zur Schule ging“, sagt Frau Lindner.

Der Berliner Fahrgastverband IGEB forderte die BVG auf, die Bauabschnitte zu entzerren. „Man könnte den ersten Teil bis zum S-Bahnhof vorziehen“, sagte Holger Brandt, Sprecher des IGEB. Die Grünen kündigten eine parlamentarische Anfrage zu den Mehrkosten an.
""",
ents="""
O Berliner Verkehrsbetriebe|BVG
O Verkehrsausschuss des Abgeordnetenhauses
P Jana Wrobel|Wrobel
O Schienenbau Havelland GmbH
O Berliner Wasserbetriebe
O Stromnetz Berlin GmbH
O Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt|Verkehrsverwaltung
P Dörte Vogelsang
O CDU
O Bezirksamt Pankow
P Gerda Lindner|Frau Lindner
O Berliner Fahrgastverband IGEB|IGEB
P Holger Brandt
O Grünen
"""),

dict(id="de-03",
title="ÖBB bestellen 40 neue Nachtzüge – Großauftrag für Siemens Mobility",
body="""
Die Österreichischen Bundesbahnen (ÖBB) bauen ihr Nachtzugangebot weiter aus. Der Aufsichtsrat genehmigte am Donnerstag die Bestellung von 40 weiteren Nachtzuggarnituren bei Siemens Mobility. Der Auftrag hat ein Volumen von rund 1,4 Milliarden Euro und ist einer der größten in der Geschichte des Unternehmens.

Die neuen Züge sollen ab 2029 unter anderem auf den Strecken nach Rom, Amsterdam und Paris fahren. „Die Nachfrage übersteigt unser Angebot in der Hauptreisezeit um ein Vielfaches“, sagte Sabine Stöger, Vorständin der ÖBB-Personenverkehr AG. Die ÖBB rechnen mit bis zu 2,5 Millionen Fahrgästen pro Jahr.

Gefertigt werden die Wagen im Werk von Siemens Mobility in Wien-Simmering. Thomas Reisinger, Chef von Siemens Mobility Austria, sprach von einer „Auslastung für die nächsten sechs Jahre“. Rund 300 Zulieferbetriebe in Österreich profitierten, darunter die Steirische Achsenwerke GmbH aus Judenburg, die die Radsätze liefert. Geschäftsführer Gernot Hirschmugl will dafür 60 neue Mitarbeiter einstellen.

Kritik kommt vom Rechnungshof, der bereits 2023 die hohen Betriebskosten der Nachtzüge bemängelt hatte. Auch die FPÖ stellte die Wirtschaftlichkeit infrage. Das Infrastrukturministerium verwies hingegen auf die Klimaziele und auf Förderungen der Europäischen Union.

Der Verkehrsclub Österreich (VCÖ) begrüßte die Bestellung. VCÖ-Expertin Lena Pichler forderte aber, auch die Tarife anzupassen: „Ein Liegeplatz darf nicht teurer sein als ein Billigflug.“ Die Arbeiterkammer verlangte ausreichend Personal für die neuen Züge.
""",
ents="""
O Österreichischen Bundesbahnen|ÖBB
O Siemens Mobility
P Sabine Stöger
O ÖBB-Personenverkehr AG
P Thomas Reisinger
O Siemens Mobility Austria
O Steirische Achsenwerke GmbH
P Gernot Hirschmugl
O Rechnungshof
O FPÖ
O Infrastrukturministerium
O Europäischen Union
O Verkehrsclub Österreich|VCÖ
P Lena Pichler
O Arbeiterkammer
"""),

dict(id="de-04",
title="Bundesgericht bestätigt Millionenbusse gegen Zürcher Baufirmen",
body="""
Das Bundesgericht hat die Bussen gegen zwei Zürcher Bauunternehmen wegen unzulässiger Submissionsabsprachen bestätigt. Die Brunner & Keller Bau AG aus Dietikon und die Tiefbau Limmattal AG aus Schlieren müssen zusammen 7,8 Millionen Franken bezahlen. Das geht aus einem am Freitag veröffentlichten Urteil der Lausanner Richter hervor.

Die Wettbewerbskommission (Weko) hatte den beiden Firmen 2019 vorgeworfen, sich bei über 60 öffentlichen Ausschreibungen für Strassen- und Kanalisationsarbeiten abgesprochen zu haben. Auftraggeber waren unter anderem das Tiefbauamt des Kantons Zürich und mehrere Gemeinden im Limmattal. Die Unternehmen hätten sich die Aufträge reihum zugeschanzt und dabei die Preise um bis zu 20 Prozent erhöht.

Das Bundesverwaltungsgericht in St. Gallen hatte die Verfügung der Weko 2023 weitgehend gestützt. Die Beschwerde gegen den Entscheid des Bundesverwaltungsgerichts wies das Bundesgericht nun ab. Die Firmen hatten argumentiert, es habe sich um zulässige Arbeitsgemeinschaften gehandelt.

Weko-Direktor Simon Gasser sprach von einem «wichtigen Signal an die Branche». Urs Brunner, Verwaltungsratspräsident der Brunner & Keller Bau AG, zeigte sich dagegen enttäuscht. «Wir haben die Praktiken längst abgestellt und einen Compliance-Beauftragten eingesetzt», sagte Brunner.

Der Schweizerische Baumeisterverband (SBV) betonte, es handle sich um Einzelfälle. Der Verband hat seine Mitglieder seit 2020 in über 40 Kursen zum Kartellrecht geschult.

Vertreten wurden die Unternehmen von der Zürcher Kanzlei Fähnrich Wyss Partner. Rechtsanwalt Reto Imhof sagte, man prüfe nun zivilrechtliche Schritte gegen ehemalige Kadermitarbeiter.
""",
ents="""
O Bundesgericht
O Brunner & Keller Bau AG
O Tiefbau Limmattal AG
O Wettbewerbskommission|Weko
O Tiefbauamt des Kantons Zürich
O Bundesverwaltungsgericht|Bundesverwaltungsgerichts
P Simon Gasser
P Urs Brunner|Brunner
O Schweizerische Baumeisterverband|SBV
O Fähnrich Wyss Partner
P Reto Imhof
"""),

dict(id="de-05",
title="Freiburg schlägt Leverkusen – Neuzugang Raithel trifft doppelt",
body="""
Der SC Freiburg hat Bayer 04 Leverkusen am neunten Spieltag mit 3:1 besiegt und sich in der Tabelle auf Platz vier verbessert. Matchwinner vor 34.700 Zuschauern im ausverkauften Europa-Park Stadion war Neuzugang Jonas Raithel, der zweimal traf.

Raithel, im Sommer für 6,5 Millionen Euro vom 1. FC Nürnberg gekommen, brachte Freiburg in der 12. Minute nach Vorarbeit von Kapitän Christian Engler in Führung. Leverkusens Ausgleich durch Malik Owusu (38.) hielt nur bis kurz nach der Pause: Erneut Raithel (51.) und der eingewechselte Yuto Sakamoto (84.) sorgten für den Endstand.

„Jonas arbeitet unglaublich viel gegen den Ball, und vorne ist er eiskalt“, lobte Freiburgs Trainer Stefan Brucker. Brucker hatte Raithel schon in der Jugend beim SC Freiburg trainiert.

Bei der Werkself herrscht dagegen Ernüchterung. Es war die dritte Niederlage in den vergangenen vier Ligaspielen. „Wir waren in den Zweikämpfen zu passiv und haben Freiburg die Tore geschenkt“, sagte Trainer Ole Mikkelsen. Leverkusens Sportdirektor Markus Lehnert stellte sich demonstrativ hinter den Dänen.

Auf der Tribüne saß auch Bundestrainer Julian Nagelsmann. Ein Sprecher des DFB bestätigte, dass Raithel zum erweiterten Kreis für die anstehenden Länderspiele gehört.

Am kommenden Wochenende muss Freiburg beim VfB Stuttgart antreten, Leverkusen empfängt Borussia Dortmund.
""",
ents="""
O SC Freiburg|Freiburg|Freiburgs
O Bayer 04 Leverkusen|Leverkusen|Leverkusens|Werkself
P Jonas Raithel|Raithel|Jonas
O 1. FC Nürnberg
P Christian Engler
P Malik Owusu
P Yuto Sakamoto
P Stefan Brucker|Brucker
P Ole Mikkelsen
P Markus Lehnert
P Julian Nagelsmann
O DFB
O VfB Stuttgart
O Borussia Dortmund
"""),

dict(id="de-06",
title="Wiener Symphoniker: Marta Kowalczyk wird neue Chefdirigentin",
body="""
Die Wiener Symphoniker haben eine neue Chefdirigentin: Die polnische Dirigentin Marta Kowalczyk übernimmt ab der Saison 2027/28 die künstlerische Leitung des Orchesters. Das gab Intendant Johannes Pirker am Dienstag in Wien bekannt. Kowalczyk ist die erste Frau in dieser Position in der 125-jährigen Geschichte der Symphoniker.

Kowalczyks Vertrag läuft zunächst über fünf Jahre. Die 41-Jährige dirigierte das Orchester erstmals 2022 und sprang damals kurzfristig für einen erkrankten Kollegen ein. „Von der ersten Probe an gab es eine besondere Chemie“, sagte Pirker.

Kowalczyk studierte an der Universität für Musik und darstellende Kunst Wien (mdw) und war später Assistentin bei den Wiener Philharmonikern. Zuletzt leitete sie das Nationale Symphonieorchester des Polnischen Rundfunks in Kattowitz. „Wien ist für mich musikalisch nach Hause kommen“, sagte sie bei der Präsentation.

Die Stadt Wien, die das Orchester mit rund 16 Millionen Euro jährlich fördert, begrüßte die Wahl. Kulturstadträtin Elisabeth Hofer sprach von einem „Signal der Erneuerung“. Die ÖVP forderte im Gemeinderat hingegen mehr Transparenz bei der Vergabe der Förderungen.

Der ORF wird das Antrittskonzert im Herbst 2027 live übertragen. Hauptsponsor bleibt die Donaubank AG, die ihren Vertrag mit den Symphonikern bis 2030 verlängert hat.

Der Musikkritiker Wolfgang Stadlober sagte der Austria Presse Agentur (APA), die Wahl sei „mutig und richtig“. Kowalczyk stehe für ein breites Repertoire vom Barock bis zur Gegenwart.
""",
ents="""
O Wiener Symphoniker|Symphoniker|Symphonikern
P Marta Kowalczyk|Kowalczyk|Kowalczyks
P Johannes Pirker|Pirker
O Universität für Musik und darstellende Kunst Wien|mdw
O Wiener Philharmonikern
O Nationale Symphonieorchester des Polnischen Rundfunks
O Stadt Wien
O ÖVP
O Gemeinderat
P Elisabeth Hofer
O ORF
O Donaubank AG
P Wolfgang Stadlober
O Austria Presse Agentur|APA
"""),

dict(id="de-07",
title="Universitätsspital Zürich testet KI-Diagnose für Hautkrebs",
body="""
Das Universitätsspital Zürich (USZ) testet eine Software, die mithilfe künstlicher Intelligenz schwarzen Hautkrebs erkennen soll. An der Studie nehmen bis Ende 2026 rund 2000 Patientinnen und Patienten teil, wie das Spital am Montag mitteilte. Entwickelt wurde die Software vom Zürcher Start-up Alpinmed Diagnostics AG.

Geleitet wird die Studie von der Dermatologischen Klinik des USZ. Klinikdirektorin Andrea Haldimann erhofft sich vor allem eine Entlastung der Hausärzte. „Viele Auffälligkeiten sind harmlos. Wenn die Software zuverlässig vorsortiert, sehen wir die wirklich gefährlichen Fälle schneller“, sagte Haldimann.

Die Algorithmen wurden gemeinsam mit der ETH Zürich trainiert, mit mehr als 300 000 anonymisierten Bildern. ETH-Forscher Luca Bernasconi betont, dass die Software bewusst auch mit Bildern von dunkler Haut trainiert worden sei: „Viele bestehende Systeme versagen genau dort.“

Bevor die Software breit eingesetzt werden kann, braucht es eine Zulassung durch Swissmedic. Offen ist zudem, ob die Krankenkassen die Kosten übernehmen. Das Bundesamt für Gesundheit (BAG) will die Studienergebnisse abwarten. Der Krankenversichererverband santésuisse zeigte sich grundsätzlich offen, sofern die Untersuchungen dadurch günstiger würden.

Alpinmed wurde 2021 von Nadia Rüegg und zwei Studienkollegen gegründet und beschäftigt inzwischen 35 Personen. Im Frühjahr schloss das Unternehmen eine Finanzierungsrunde über 18 Millionen Franken ab; beteiligt war unter anderem die Zürcher Kantonalbank.

Die Krebsliga Schweiz begrüsst den Versuch. Jährlich erkranken in der Schweiz rund 3300 Menschen an einem Melanom, die Zahl steigt seit Jahren.
""",
ents="""
O Universitätsspital Zürich|USZ
O Alpinmed Diagnostics AG|Alpinmed
O Dermatologischen Klinik des USZ
P Andrea Haldimann|Haldimann
O ETH Zürich
P Luca Bernasconi
O Swissmedic
O Bundesamt für Gesundheit|BAG
O santésuisse
P Nadia Rüegg
O Zürcher Kantonalbank
O Krebsliga Schweiz
"""),
]
