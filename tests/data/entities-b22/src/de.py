P, O = "person", "organization"

PAGES = [
dict(id="de-01", title='Streit um Rentenpaket: Merz verteidigt Kompromiss gegen Junge Union',
paras=[
'Im Streit um das Rentenpaket hat Bundeskanzler Friedrich Merz (CDU) den Kompromiss der Koalition gegen Kritik aus den eigenen Reihen verteidigt. "Wir halten Wort gegenüber den Rentnerinnen und Rentnern", sagte Merz am Mittwoch in der Regierungsbefragung im Bundestag.',
'Vor allem die Junge Union (JU) hatte zuvor mit Ablehnung gedroht. JU-Chef Lennart Bode warnte, die Haltelinie beim Rentenniveau belaste künftige Generationen mit Milliardenkosten. Bodes Kritik wird von rund 18 jüngeren Abgeordneten der Unionsfraktion geteilt.',
'Merz\' Rede stieß auch beim Koalitionspartner auf Zustimmung. Die SPD-Fraktion stellte sich geschlossen hinter das Paket. Ihre Vorsitzende Jana Kessler sagte, wer jetzt nachverhandeln wolle, gefährde die gesamte Koalition. Auch der Chef der CSU-Landesgruppe, Florian Haberl, mahnte zur Geschlossenheit.',
'Die Grünen sprachen von einem "Rentenpaket auf Pump". Die AfD kündigte an, gegen den Gesetzentwurf zu stimmen.',
'Nach Berechnungen der Deutschen Rentenversicherung Bund würde das Paket bis 2031 rund 15 Milliarden Euro zusätzlich kosten. Der Ökonom Tobias Reinholz vom Institut der deutschen Wirtschaft (IW) in Köln hält die Zahlen für zu optimistisch. "Herr Merz unterschätzt die demografische Dynamik", sagte Reinholz.',
'Der Bundestag soll noch vor der Sommerpause abstimmen. Danach muss sich auch der Bundesrat mit dem Gesetz befassen.',
],
ents=[
(P, ["Friedrich Merz", "Merz", "Merz'", "Herr Merz"]), (O, ["CDU"]), (O, ["Bundestag"]), (O, ["Junge Union", "JU"]), (P, ["Lennart Bode", "Bodes"]),
(O, ["Unionsfraktion"]), (O, ["SPD-Fraktion"]), (P, ["Jana Kessler"]), (O, ["CSU-Landesgruppe"]), (P, ["Florian Haberl"]), (O, ["Grünen"]), (O, ["AfD"]),
(O, ["Deutschen Rentenversicherung Bund"]), (P, ["Tobias Reinholz", "Reinholz"]), (O, ["Institut der deutschen Wirtschaft", "IW"]),
(O, ["Bundesrat"]),
]),

dict(id="de-02", title='ÖBB bestellen 40 neue Doppelstockzüge – Westbahn kritisiert Vergabe',
paras=[
'Die Österreichischen Bundesbahnen (ÖBB) haben beim Schweizer Hersteller Stadler 40 neue Doppelstocktriebzüge für den Nahverkehr bestellt. Das Auftragsvolumen liegt nach Angaben der ÖBB bei rund 850 Millionen Euro.',
'ÖBB-Chef Herbert Lindner sprach am Dienstag in Wien von der "größten Investition in den Pendlerverkehr seit Jahrzehnten". Die ersten Garnituren sollen ab 2028 in der Ostregion und auf der Strecke zwischen Salzburg und Linz fahren. Lindner rechnet mit bis zu 20 Prozent mehr Sitzplätzen.',
'Kritik kommt vom privaten Konkurrenten Westbahn. Geschäftsführer Erich Pammer bemängelt, dass die Ausschreibung auf die Bedürfnisse der ÖBB zugeschnitten gewesen sei. Pammer kündigte an, die Vergabe von der Bundeswettbewerbsbehörde (BWB) prüfen zu lassen.',
'Im Bundesministerium für Innovation, Mobilität und Infrastruktur verweist man auf den Rahmenplan. Staatssekretärin Miriam Aigner (SPÖ) betonte, die öffentliche Hand finanziere den Großteil der Fahrzeuge über Verkehrsdienstverträge. Die FPÖ sprach hingegen von "Verschwendung von Steuergeld".',
'Der Verkehrsclub Österreich (VCÖ) begrüßte die Bestellung. VCÖ-Expertin Katharina Jaschke forderte aber, parallel die Bahnsteige in kleineren Bahnhöfen zu verlängern. Die Eisenbahnergewerkschaft vida warnte vor Personalengpässen bei Lokführern.',
],
ents=[
(O, ["Österreichischen Bundesbahnen", "ÖBB"]), (O, ["Stadler"]), (P, ["Herbert Lindner", "Lindner"]), (O, ["Westbahn"]), (P, ["Erich Pammer", "Pammer"]),
(O, ["Bundeswettbewerbsbehörde", "BWB"]), (O, ["Bundesministerium für Innovation, Mobilität und Infrastruktur"]), (P, ["Miriam Aigner"]), (O, ["SPÖ"]),
(O, ["FPÖ"]), (O, ["Verkehrsclub Österreich", "VCÖ"]), (P, ["Katharina Jaschke"]), (O, ["vida"]),
]),

dict(id="de-03", title='Obergericht bestätigt Betrugsurteil gegen Ex-Chef von Velo-Start-up',
paras=[
'Das Obergericht des Kantons Zürich hat die Verurteilung des früheren Chefs des Zürcher Velo-Start-ups Trittwerk AG weitgehend bestätigt. Der 46-jährige Reto Ammann erhält eine Freiheitsstrafe von 36 Monaten, davon 12 Monate unbedingt.',
'Das Bezirksgericht Zürich hatte Ammann im vergangenen Jahr wegen gewerbsmässigen Betrugs und Urkundenfälschung verurteilt. Laut Anklage der Staatsanwaltschaft III des Kantons Zürich hatte er Investoren mit gefälschten Bestellbüchern rund 7,4 Millionen Franken abgeluchst.',
'Unter den Geschädigten ist auch die Zürcher Kantonalbank (ZKB), die Trittwerk einen Kredit über zwei Millionen Franken gewährt hatte. Die ZKB wollte das Urteil nicht kommentieren.',
'Ammanns Verteidiger Lukas Grob von der Kanzlei Grob Vettiger & Partner kündigte an, den Fall ans Bundesgericht weiterzuziehen. "Herr Ammann hat nie jemanden bewusst getäuscht", sagte Grob vor den Medien.',
'Der Branchenverband Velosuisse erklärte, der Fall habe dem Ruf der jungen E-Bike-Branche geschadet. Mitgründerin Nadine Frei, die Trittwerk 2021 verlassen hatte, war im Verfahren als Zeugin aufgetreten.',
],
ents=[
(O, ["Obergericht des Kantons Zürich"]), (O, ["Trittwerk AG", "Trittwerk"]), (P, ["Reto Ammann", "Ammann", "Ammanns", "Herr Ammann"]),
(O, ["Bezirksgericht Zürich"]), (O, ["Staatsanwaltschaft III des Kantons Zürich"]), (O, ["Zürcher Kantonalbank", "ZKB"]),
(P, ["Lukas Grob", "Grob"]), (O, ["Grob Vettiger & Partner"]), (O, ["Bundesgericht"]), (O, ["Velosuisse"]), (P, ["Nadine Frei"]),
]),

dict(id="de-04", title='Okonkwo schießt Union zum Sieg im Kellerduell gegen Mainz',
paras=[
'Der 1. FC Union Berlin hat im Kellerduell gegen den 1. FSV Mainz 05 einen wichtigen Sieg gefeiert. Vor 22.012 Zuschauern im Stadion An der Alten Försterei gewann Union mit 2:1 und verließ damit die Abstiegsränge.',
'Mann des Tages war Stürmer Emeka Okonkwo. Der Nigerianer traf in der 14. Minute per Kopf und legte nach der Pause mit einem Flachschuss aus 18 Metern nach. Für Mainz hatte Jonas Wittmann zwischenzeitlich ausgeglichen.',
'Unions Trainer Marco Dreßler lobte die Moral seiner Mannschaft: "Wir haben nach dem Ausgleich nicht die Köpfe hängen lassen." Mainz-Coach Henrik Solberg haderte dagegen mit einem nicht gegebenen Handelfmeter kurz vor Schluss.',
'In der Nachspielzeit sah Mainz-Verteidiger Luca Brandt nach einer Notbremse die Rote Karte. Das DFB-Sportgericht wird in den kommenden Tagen über die Länge der Sperre entscheiden.',
'Okonkwo war im Sommer für vier Millionen Euro vom belgischen Klub KRC Genk nach Köpenick gewechselt. Okonkwos Vertrag läuft bis 2028.',
],
ents=[
(O, ["1. FC Union Berlin", "Union", "Unions"]), (O, ["1. FSV Mainz 05", "Mainz"]), (P, ["Emeka Okonkwo", "Okonkwo", "Okonkwos"]),
(P, ["Jonas Wittmann"]), (P, ["Marco Dreßler"]), (P, ["Henrik Solberg"]), (P, ["Luca Brandt"]), (O, ["DFB-Sportgericht"]), (O, ["KRC Genk"]),
]),

dict(id="de-05", title='Warnstreik bei der BVG: Berlin steht still – Verdi droht mit Ausweitung',
paras=[
'Ein ganztägiger Warnstreik bei den Berliner Verkehrsbetrieben (BVG) hat am Montag weite Teile des Nahverkehrs in der Hauptstadt lahmgelegt. U-Bahnen und Straßenbahnen blieben in den Depots, nur einige von Subunternehmen betriebene Buslinien fuhren.',
'Die Dienstleistungsgewerkschaft Verdi fordert für die rund 16.000 Beschäftigten 750 Euro mehr im Monat. Verdi-Verhandlungsführer Sören Klatt sagte, das bisherige Angebot der BVG sei "ein Schlag ins Gesicht". Klatt schloss weitere Streiks nicht aus.',
'BVG-Personalvorständin Claudia Wenzel nannte den Ausstand "unverhältnismäßig". Die BVG habe bereits eine Erhöhung um 15 Prozent über drei Jahre angeboten. Frau Wenzel appellierte an Verdi, an den Verhandlungstisch zurückzukehren.',
'Nicht betroffen war die S-Bahn Berlin, eine Tochter der Deutschen Bahn. Auf vielen Linien waren die Züge allerdings überfüllt.',
'Verkehrssenatorin Petra Hollmann (CDU) forderte beide Seiten zu einer schnellen Einigung auf. Der Berliner Senat werde sich jedoch nicht in die Tarifautonomie einmischen. Die IHK Berlin bezifferte den Schaden für den Einzelhandel auf einen zweistelligen Millionenbetrag. Der Fahrgastverband IGEB kritisierte, Pendler würden "zwischen den Fronten zerrieben".',
],
ents=[
(O, ["Berliner Verkehrsbetrieben", "BVG"]), (O, ["Verdi"]), (P, ["Sören Klatt", "Klatt"]), (P, ["Claudia Wenzel", "Frau Wenzel"]),
(O, ["S-Bahn Berlin"]), (O, ["Deutschen Bahn"]), (P, ["Petra Hollmann"]), (O, ["CDU"]), (O, ["Berliner Senat"]), (O, ["IHK Berlin"]),
(O, ["IGEB"]),
]),

dict(id="de-06", title='Staatsoper setzt auf Uraufführungen – Brandauer stellt erste Saison vor',
paras=[
'Die Wiener Staatsoper will in der kommenden Saison so viele Uraufführungen zeigen wie seit den 1970er-Jahren nicht mehr. Direktorin Ilse Brandauer stellte am Donnerstag ihr erstes Programm vor, das drei neue Auftragswerke österreichischer Komponistinnen enthält.',
'Brandauer, die zuvor die Oper Graz geleitet hatte, will zudem die Kartenpreise für unter 27-Jährige auf 15 Euro senken. "Die Staatsoper gehört allen, nicht nur den Abonnenten", sagte Brandauer.',
'Eröffnet wird die Saison mit einer Neuproduktion von Mozarts "Don Giovanni" unter der Leitung des chilenischen Dirigenten Tomás Villanueva. Die Wiener Philharmoniker spielen im Orchestergraben, Regie führt der Berliner Theatermacher Jakob Unterkofler.',
'Bei der Bundestheater-Holding, die die Budgets der Staatsoper, des Burgtheaters und der Volksoper Wien verwaltet, zeigt man sich zufrieden. Geschäftsführer Werner Steiner verwies auf eine Auslastung von 98 Prozent im Vorjahr.',
'Als neuer Hauptsponsor steigt die Casinos Austria AG ein. Der Kritiker Manfred Eder lobte im "Standard" den "mutigen Neustart", warnte aber vor zu hohen Erwartungen an das junge Publikum.',
],
ents=[
(O, ["Wiener Staatsoper", "Staatsoper"]), (P, ["Ilse Brandauer", "Brandauer"]), (O, ["Oper Graz"]), (P, ["Mozarts"]), (P, ["Tomás Villanueva"]),
(O, ["Wiener Philharmoniker"]), (P, ["Jakob Unterkofler"]), (O, ["Bundestheater-Holding"]), (O, ["Burgtheaters"]), (O, ["Volksoper Wien"]),
(P, ["Werner Steiner"]), (O, ["Casinos Austria AG"]), (P, ["Manfred Eder"]), (O, ["Standard"]),
]),

dict(id="de-07", title='ETH-Spin-off Helvion sammelt 60 Millionen Franken – Novartis steigt ein',
paras=[
'Das Zürcher Biotech-Start-up Helvion Therapeutics, eine Ausgründung der ETH Zürich, hat in einer Finanzierungsrunde 60 Millionen Franken eingesammelt. Angeführt wurde die Runde vom Novartis Venture Fund, beteiligt sind zudem mehrere Family Offices aus der Romandie.',
'Helvion entwickelt Antikörper gegen seltene Autoimmunerkrankungen der Leber. "Mit dem Geld können wir unseren ersten Wirkstoff bis in die klinische Phase II bringen", sagte Mitgründerin und CEO Sabine Lüthi. Lüthi hatte zuvor acht Jahre bei Roche in Basel gearbeitet.',
'Die Technologie stammt aus dem Labor von Marco Bernasconi am Institut für Molekulare Systembiologie. Herr Bernasconi sitzt im Verwaltungsrat von Helvion. Die ersten Studien am Menschen sollen am Universitätsspital Zürich (USZ) stattfinden, sobald Swissmedic grünes Licht gibt.',
'Für Novartis ist es bereits die dritte Beteiligung an einem ETH-Spin-off innerhalb von zwei Jahren. Die Innovationsagentur Innosuisse hatte das Projekt in der Frühphase mit 1,2 Millionen Franken unterstützt.',
'Stefan Kälin, Biotech-Analyst beim Vermögensverwalter Vontobel, hält einen Börsengang an der SIX Swiss Exchange in drei bis vier Jahren für realistisch. "Helvion gehört zu den spannendsten Firmen der Zürcher Szene", sagte Kälin.',
],
ents=[
(O, ["Helvion Therapeutics", "Helvion"]), (O, ["ETH Zürich", "ETH"]), (O, ["Novartis Venture Fund"]), (P, ["Sabine Lüthi", "Lüthi"]), (O, ["Roche"]),
(P, ["Marco Bernasconi", "Herr Bernasconi"]), (O, ["Institut für Molekulare Systembiologie"]), (O, ["Universitätsspital Zürich", "USZ"]),
(O, ["Swissmedic"]), (O, ["Novartis"]), (O, ["Innosuisse"]), (P, ["Stefan Kälin", "Kälin"]), (O, ["Vontobel"]), (O, ["SIX Swiss Exchange"]),
]),
]
