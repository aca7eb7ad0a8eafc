P, O = "person", "organization"

PAGES = [
dict(id="de-01", title="Haushaltsstreit: Union und SPD ringen um Kürzungen beim Bürgergeld", body="""
Im Streit um den Bundeshaushalt für das kommende Jahr haben Union und SPD ihre Verhandlungen am Dienstagabend ohne Ergebnis vertagt. Strittig bleibt vor allem, wie stark beim Bürgergeld gespart werden soll.

Bundeskanzler Friedrich Merz (CDU) sagte nach einem Treffen der Parteispitzen, man sei "auf einem guten Weg". Merz' Sprecher ergänzte, eine Einigung sei bis Ende der Woche möglich.

Die SPD lehnt weitere Kürzungen dagegen ab. "Wer bei den Schwächsten spart, spaltet das Land", sagte die stellvertretende SPD-Fraktionsvorsitzende Anja Reuter. Reuters Kritik richtete sich auch gegen das Bundesfinanzministerium, das Einsparungen von bis zu vier Milliarden Euro ins Spiel gebracht hatte. Die CSU pocht dagegen auf einen harten Kurs: Der CSU-Abgeordnete Florian Wimmer forderte, arbeitsfähige Leistungsbezieher stärker in die Pflicht zu nehmen.

Die Grünen warfen der Regierungskoalition vor, den Haushalt "auf dem Rücken der Ärmsten" zu sanieren. Die Haushaltspolitikerin Svenja Lohmann kündigte an, im Bundestag namentliche Abstimmungen zu beantragen. Auch die Linke kündigte Widerstand an.

Gewerkschaften und Sozialverbände schlossen sich der Kritik an. Der Deutsche Gewerkschaftsbund (DGB) warnte vor einem "sozialpolitischen Kahlschlag", der Sozialverband VdK sprach von einem "fatalen Signal".

Nach Angaben der Bundesagentur für Arbeit beziehen derzeit rund 5,5 Millionen Menschen Bürgergeld. Das ifo Institut hält Einsparungen von zwei Milliarden Euro für realistisch. Der Haushaltsausschuss des Bundestages soll den Entwurf Mitte November abschließend beraten.
""", ents=[
 (O, ["Union"]),
 (O, ["SPD"]),
 (P, ["Friedrich Merz", "Merz'"]),
 (O, ["CDU"]),
 (P, ["Anja Reuter", "Reuters"]),
 (O, ["Bundesfinanzministerium"]),
 (O, ["CSU"]),
 (P, ["Florian Wimmer"]),
 (O, ["Grünen"]),
 (P, ["Svenja Lohmann"]),
 (O, ["Bundestag"]),
 (O, ["Linke"]),
 (O, ["Deutsche Gewerkschaftsbund", "DGB"]),
 (O, ["Sozialverband VdK"]),
 (O, ["Bundesagentur für Arbeit"]),
 (O, ["ifo Institut"]),
 (O, ["Haushaltsausschuss des Bundestages"]),
]),

dict(id="de-02", title="Sperrung auf der U8: BVG kündigt Sanierung an – Fahrgastverband fordert mehr Ersatzverkehr", body="""
Fahrgäste der Berliner U-Bahn-Linie U8 müssen sich auf weitere Einschränkungen einstellen. Die Berliner Verkehrsbetriebe (BVG) teilten am Montag mit, dass der Abschnitt zwischen Hermannplatz und Leinestraße ab Juli für voraussichtlich vier Monate gesperrt wird. Grund seien Schäden an der Tunneldecke.

"Wir wissen, dass das für viele Menschen in Neukölln eine enorme Belastung ist", sagte BVG-Betriebsvorständin Claudia Brandstätter. Nach Brandstätters Angaben sollen während der Sperrung Ersatzbusse im Fünf-Minuten-Takt fahren.

Der Fahrgastverband IGEB hält das für unzureichend. Sprecher Jens Wieczorek sagte, die Busse würden im Berufsverkehr auf der Karl-Marx-Straße im Stau stehen. "Die BVG hat jahrelang auf Verschleiß gefahren", so Wieczorek.

Die Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt verwies auf das Sanierungsprogramm, das der Senat im Frühjahr beschlossen hatte. Verkehrssenatorin Petra Lindqvist (CDU) kündigte an, bis 2030 rund 1,8 Milliarden Euro in Tunnel und Bahnhöfe zu investieren. Im Abgeordnetenhaus stieß das auf Skepsis: Leonie Hartmann von den Grünen sprach von einem "Investitionsstau, der jetzt die Fahrgäste trifft".

Auch Gewerbetreibende rund um den Hermannplatz sind besorgt. Mehmet Öztürk betreibt seit 19 Jahren den Imbiss Öztürk Grill direkt am U-Bahn-Ausgang. "'Herr Öztürk, wie soll ich jetzt zu Ihnen kommen?', fragen mich die Stammkunden jeden Tag", erzählt der 52-Jährige. Auch die Traditionsbäckerei Krause & Söhne rechnet mit Umsatzeinbußen.

Die S-Bahn Berlin prüft nach eigenen Angaben, auf der Ringbahn in den Hauptverkehrszeiten zusätzliche Züge einzusetzen.
""", ents=[
 (O, ["Berliner Verkehrsbetriebe", "BVG"]),
 (P, ["Claudia Brandstätter", "Brandstätters"]),
 (O, ["IGEB"]),
 (P, ["Jens Wieczorek", "Wieczorek"]),
 (O, ["Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt"]),
 (O, ["Senat"]),
 (P, ["Petra Lindqvist"]),
 (O, ["CDU"]),
 (O, ["Abgeordnetenhaus"]),
 (P, ["Leonie Hartmann"]),
 (O, ["Grünen"]),
 (P, ["Mehmet Öztürk", "Herr Öztürk"]),
 (O, ["Öztürk Grill"]),
 (O, ["Krause & Söhne"]),
 (O, ["S-Bahn Berlin"]),
]),

dict(id="de-03", title="ÖBB erhöhen Preise für Sitzplatzreservierungen – Arbeiterkammer übt scharfe Kritik", body="""
Die Österreichischen Bundesbahnen (ÖBB) erhöhen mit dem Fahrplanwechsel im Dezember die Preise für Sitzplatzreservierungen und Fahrradtickets im Fernverkehr. Eine Reservierung kostet künftig 4,50 statt 3,60 Euro, wie die ÖBB am Mittwoch bekanntgaben.

ÖBB-Sprecher Bernhard Rieder begründete den Schritt mit gestiegenen Personal- und Energiekosten. "Wir liegen auch nach der Anpassung deutlich unter dem Niveau der Deutschen Bahn", sagte Rieder.

Die Arbeiterkammer (AK) kritisierte die Erhöhung als "Abzocke durch die Hintertür". AK-Verkehrsexpertin Theresa Hainzl verwies darauf, dass die Reservierungspreise damit binnen drei Jahren um 50 Prozent gestiegen seien. "Gerade Pendlerinnen und Pendler sind auf Reservierungen angewiesen", so Hainzl.

Auch der Verkehrsclub Österreich (VCÖ) und der Fahrgastverband Probahn Österreich zeigten sich enttäuscht. Die private Konkurrenz reagierte prompt: Die Westbahn kündigte an, Reservierungen auf der Strecke Wien–Salzburg weiterhin kostenlos anzubieten.

Politisch sorgt die Preiserhöhung ebenfalls für Diskussionen. Der Verkehrssprecher der FPÖ, Markus Steindl, forderte das Verkehrsministerium auf, "sofort einzuschreiten". Aus dem Ministerium hieß es, die ÖBB entschieden über ihre Tarife eigenständig. ÖVP und SPÖ verwiesen auf die laufenden Verhandlungen über den neuen Bahn-Rahmenplan, die NEOS forderten mehr Wettbewerb auf der Schiene.
""", ents=[
 (O, ["Österreichischen Bundesbahnen", "ÖBB"]),
 (P, ["Bernhard Rieder", "Rieder"]),
 (O, ["Deutschen Bahn"]),
 (O, ["Arbeiterkammer", "AK"]),
 (P, ["Theresa Hainzl", "Hainzl"]),
 (O, ["Verkehrsclub Österreich", "VCÖ"]),
 (O, ["Probahn Österreich"]),
 (O, ["Westbahn"]),
 (O, ["FPÖ"]),
 (P, ["Markus Steindl"]),
 (O, ["Verkehrsministerium", "Ministerium"]),
 (O, ["ÖVP"]),
 (O, ["SPÖ"]),
 (O, ["NEOS"]),
]),

dict(id="de-04", title="UBS streicht weitere 1000 Stellen in der Schweiz – Finma erhöht den Druck", body="""
Die Grossbank UBS baut im Zuge der Integration der Credit Suisse bis Ende Jahr weitere rund 1000 Stellen in der Schweiz ab. Das gab die UBS am Donnerstag in Zürich bekannt. Betroffen seien vor allem Funktionen im Backoffice und in der Informatik.

Konzernchef Sergio Ermotti sagte an einer Telefonkonferenz, die Integration verlaufe "planmässig". Ermottis Angaben zufolge sind bereits über 85 Prozent der Kundenkonten der früheren CS auf die Systeme der UBS migriert worden.

Gleichzeitig verschärft die Eidgenössische Finanzmarktaufsicht (Finma) ihre Gangart. Die Finma verlangt von der UBS, ihre ausländischen Tochtergesellschaften künftig vollständig mit Eigenkapital zu unterlegen. Auch die Schweizerische Nationalbank (SNB) unterstützt die strengeren Regeln.

Der Bundesrat hatte im Juni ein entsprechendes Massnahmenpaket in die Vernehmlassung geschickt. Finanzministerin Karin Keller-Sutter verteidigte die Pläne in der Fragestunde des Nationalrats: "Wir können uns kein zweites Too-big-to-fail-Debakel leisten." Keller-Sutters Departement, das Eidgenössische Finanzdepartement (EFD), rechnet mit zusätzlichem Kapitalbedarf von bis zu 24 Milliarden Franken.

Der Schweizerische Bankpersonalverband (SBPV) fordert einen grosszügigen Sozialplan. "Wir erwarten, dass die UBS ihre Verantwortung gegenüber den Mitarbeitenden wahrnimmt", sagte Geschäftsführerin Nadia Imhof. Imhof kritisierte, viele Betroffene hätten erst aus den Medien von den Plänen erfahren.

Reto Baumgartner, Bankenanalyst bei der Zürcher Kantonalbank (ZKB), hält den Abbau für "absehbar". Profitieren könnten kleinere Anbieter: Das Zuger Start-up Alpenkonto, das seit 2022 über eine Banklizenz verfügt, meldet seit dem Ende der CS einen starken Kundenzuwachs.
""", ents=[
 (O, ["UBS"]),
 (O, ["Credit Suisse", "CS"]),
 (P, ["Sergio Ermotti", "Ermottis"]),
 (O, ["Eidgenössische Finanzmarktaufsicht", "Finma"]),
 (O, ["Schweizerische Nationalbank", "SNB"]),
 (O, ["Bundesrat"]),
 (P, ["Karin Keller-Sutter", "Keller-Sutters"]),
 (O, ["Nationalrats"]),
 (O, ["Eidgenössische Finanzdepartement", "EFD"]),
 (O, ["Schweizerische Bankpersonalverband", "SBPV"]),
 (P, ["Nadia Imhof", "Imhof"]),
 (P, ["Reto Baumgartner"]),
 (O, ["Zürcher Kantonalbank", "ZKB"]),
 (O, ["Alpenkonto"]),
]),

dict(id="de-05", title="Freiburg überrascht Leverkusen – Bayern patzt gegen Heidenheim", body="""
Der SC Freiburg hat am 9. Spieltag für die Überraschung des Nachmittags gesorgt. Die Mannschaft von Trainer Julian Schuster gewann bei Bayer 04 Leverkusen mit 2:1 und schob sich auf Rang vier vor.

Lukas Hainbach brachte die Gäste in der 23. Minute per Kopfball in Führung. Rafael Oliveira glich kurz nach der Pause aus, ehe Noah Bergmann in der 78. Minute nach einem Konter den Siegtreffer erzielte. "Wir haben uns für unseren Mut belohnt", sagte Schuster. Hainbach sprach vom "besten Auswärtsspiel der Saison".

Leverkusens Trainer Erik Sandvik haderte dagegen mit der Chancenverwertung: "Wir waren vor dem Tor nicht bissig genug." Die Werkself verpasste damit den Sprung auf Platz zwei, Oliveiras Treffer blieb ohne Wert.

Auch der FC Bayern München musste Punkte abgeben. Gegen den 1. FC Heidenheim reichte es nur zu einem 1:1. Harry Kane traf in der 12. Minute per Foulelfmeter, doch Jonas Fässler glich in der Schlussphase für Heidenheim aus. Trainer Vincent Kompany sprach von "zwei verlorenen Punkten", Heidenheims Coach Frank Schmidt lobte die Moral seiner Mannschaft. Bayerns Vorsprung an der Tabellenspitze schmilzt damit auf drei Punkte.

Die Deutsche Fußball Liga (DFL) bestätigte am Abend zudem, dass das ausgefallene Spiel zwischen Union Berlin und dem VfB Stuttgart am 12. November nachgeholt wird.
""", ents=[
 (O, ["SC Freiburg", "Freiburg"]),
 (P, ["Julian Schuster", "Schuster"]),
 (O, ["Bayer 04 Leverkusen", "Leverkusen", "Leverkusens", "Werkself"]),
 (P, ["Lukas Hainbach", "Hainbach"]),
 (P, ["Rafael Oliveira", "Oliveira", "Oliveiras"]),
 (P, ["Noah Bergmann"]),
 (P, ["Erik Sandvik"]),
 (O, ["FC Bayern München", "Bayern", "Bayerns"]),
 (O, ["1. FC Heidenheim", "Heidenheim", "Heidenheims"]),
 (P, ["Harry Kane"]),
 (P, ["Jonas Fässler"]),
 (P, ["Vincent Kompany"]),
 (P, ["Frank Schmidt"]),
 (O, ["Deutsche Fußball Liga", "DFL"]),
 (O, ["Union Berlin"]),
 (O, ["VfB Stuttgart"]),
]),

dict(id="de-06", title="Millionenbetrug mit Solaranlagen: Firmengründer muss sieben Jahre in Haft", body="""
Das Landgericht München I hat den Gründer eines Solarunternehmens aus dem Landkreis Ebersberg wegen gewerbsmäßigen Betrugs zu sieben Jahren Haft verurteilt. Der 44-jährige Tobias K. hatte nach Überzeugung des Landgerichts mehr als 600 Kunden Photovoltaikanlagen verkauft und Anzahlungen kassiert, ohne die Anlagen je zu liefern.

Der Schaden beläuft sich laut Anklage auf rund 9,3 Millionen Euro. Seine Firma, die Sonnwerk Bayern GmbH, hatte vor allem in ländlichen Regionen mit aggressiven Haustürgeschäften geworben. Sonnwerk meldete im vergangenen Jahr Insolvenz an.

Die Vorsitzende Richterin Sabine Eckl sprach in der Urteilsbegründung von einem "Schneeballsystem". Der Angeklagte habe Anzahlungen neuer Kunden genutzt, um ältere Kunden hinzuhalten. "Sie haben das Vertrauen von Menschen ausgenutzt, die etwas für den Klimaschutz tun wollten", sagte Eckl.

Die Staatsanwaltschaft München I hatte achteinhalb Jahre gefordert. Ermittelt hatte das Bayerische Landeskriminalamt (LKA), nachdem die Verbraucherzentrale Bayern eine Häufung von Beschwerden gemeldet hatte.

Die Verteidiger von der Kanzlei Brandl Oberhuber & Partner kündigten Revision zum Bundesgerichtshof an. Rechtsanwalt Maximilian Oberhuber sagte, sein Mandant habe "nie vorgehabt, jemanden zu schädigen", sondern sei an Lieferengpässen bei asiatischen Modulherstellern gescheitert.

Für viele Geschädigte kommt das Urteil zu spät. Rentner Josef Huber aus Grafing hatte 14.000 Euro angezahlt. "Das Geld sehe ich nie wieder", sagte Huber. Insolvenzverwalterin Carola Mertens von der Kanzlei Pfaff & Lindner bezifferte die verwertbare Masse auf weniger als 400.000 Euro.
""", ents=[
 (O, ["Landgericht München I", "Landgerichts"]),
 (P, ["Tobias K."]),
 (O, ["Sonnwerk Bayern GmbH", "Sonnwerk"]),
 (P, ["Sabine Eckl", "Eckl"]),
 (O, ["Staatsanwaltschaft München I"]),
 (O, ["Bayerische Landeskriminalamt", "LKA"]),
 (O, ["Verbraucherzentrale Bayern"]),
 (O, ["Brandl Oberhuber & Partner"]),
 (O, ["Bundesgerichtshof"]),
 (P, ["Maximilian Oberhuber"]),
 (P, ["Josef Huber", "Huber"]),
 (P, ["Carola Mertens"]),
 (O, ["Pfaff & Lindner"]),
]),

dict(id="de-07", title="Astronomen entdecken ungewöhnlich reife Galaxie aus der Frühzeit des Universums", body="""
Ein internationales Forschungsteam unter Leitung des Max-Planck-Instituts für Astronomie (MPIA) in Heidelberg hat mit dem James-Webb-Weltraumteleskop eine Galaxie entdeckt, die bereits 600 Millionen Jahre nach dem Urknall erstaunlich viele schwere Elemente enthielt.

"Wir hatten nicht erwartet, so früh schon eine derart entwickelte Galaxie zu finden", sagte Studienleiterin Johanna Vogt vom MPIA. Vogts Team hatte die Messdaten zunächst für einen Kalibrierfehler gehalten und monatelang überprüft.

An der Auswertung beteiligt waren auch Forschende der Universität Heidelberg, der ETH Zürich und der Universität Wien. Die Beobachtungszeit hatten die US-Raumfahrtbehörde Nasa und die Europäische Weltraumorganisation (Esa) vergeben.

Der Astrophysiker Martin Scholz von der ETH, der nicht an der Studie beteiligt war, sprach von einem "spannenden, aber noch vorläufigen Ergebnis". Möglicherweise täusche eine Überlagerung mehrerer kleiner Galaxien eine einzige reife Galaxie vor, gab Scholz zu bedenken.

Die Max-Planck-Gesellschaft will die Heidelberger Gruppe in den kommenden fünf Jahren mit zusätzlich 2,5 Millionen Euro fördern. Das Deutsche Zentrum für Luft- und Raumfahrt (DLR), das die deutsche Beteiligung an der Esa koordiniert, kündigte an, weitere Beobachtungsanträge zu unterstützen. Bundesforschungsministerin Dorothee Bär (CSU) gratulierte dem Team.
""", ents=[
 (O, ["Max-Planck-Instituts für Astronomie", "MPIA"]),
 (P, ["Johanna Vogt", "Vogts"]),
 (O, ["Universität Heidelberg"]),
 (O, ["ETH Zürich", "ETH"]),
 (O, ["Universität Wien"]),
 (O, ["Nasa"]),
 (O, ["Europäische Weltraumorganisation", "Esa"]),
 (P, ["Martin Scholz", "Scholz"]),
 (O, ["Max-Planck-Gesellschaft"]),
 (O, ["Deutsche Zentrum für Luft- und Raumfahrt", "DLR"]),
 (P, ["Dorothee Bär"]),
 (O, ["CSU"]),
]),
]
