-- A store as hirewire wrote it at schema version 3 (main 38677e3, the code before version 4):
--   hirewire events --text tests/data/events/en-{declined-offer,counter-offer,ceo-succession}.txt --db v3.db
-- dumped with `sqlite3 v3.db .dump`. Tests load it into a new file and migrate it (tests/corpus/store_test.cc,
-- tests/scripts/db_migrate.sh).
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_version(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL);
INSERT INTO schema_version VALUES(1,'2026-12-02T11:32:44Z','articles, paragraphs, entities, amounts, events, offers and sources');
INSERT INTO schema_version VALUES(2,'2026-12-02T11:32:44Z','events.first_seen and events.last_changed: dates a nightly run added or changed the event');
INSERT INTO schema_version VALUES(3,'2026-12-02T11:32:44Z','events.employer_aliases and events.previous_employer_aliases: the articles'' own spellings');
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES('schema_version','3');
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL, authors TEXT NOT NULL,
  published TEXT NOT NULL, language TEXT NOT NULL, site_name TEXT NOT NULL,
  duplicates_removed INTEGER NOT NULL);
INSERT INTO articles VALUES(1,'e7b8a591db4c9944','','/work/wt/queue/tests/data/events/en-declined-offer.txt','','[]','','en','',0);
INSERT INTO articles VALUES(2,'4bd38bfac1ede857','','/work/wt/queue/tests/data/events/en-counter-offer.txt','','[]','','en','',0);
INSERT INTO articles VALUES(3,'ad67033d92e29e7e','','/work/wt/queue/tests/data/events/en-ceo-succession.txt','','[]','','en','',0);
CREATE TABLE article_sources(
  article_id INTEGER NOT NULL REFERENCES articles(id),
  source TEXT NOT NULL,
  UNIQUE(article_id, source));
INSERT INTO article_sources VALUES(1,'/work/wt/queue/tests/data/events/en-declined-offer.txt');
INSERT INTO article_sources VALUES(2,'/work/wt/queue/tests/data/events/en-counter-offer.txt');
INSERT INTO article_sources VALUES(3,'/work/wt/queue/tests/data/events/en-ceo-succession.txt');
CREATE TABLE paragraphs(
  article_id INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY(article_id, idx));
INSERT INTO paragraphs VALUES(1,0,'Startup founder turns down $1 billion from Meta');
INSERT INTO paragraphs VALUES(1,1,'Andrew Tulloch, a co-founder of Thinking Machines Lab, turned down an offer from Meta Platforms worth as much as $1.5 billion over six years, The Wall Street Journal reported.');
INSERT INTO paragraphs VALUES(1,2,'Meta had approached more than a dozen of the startup''s employees after its attempt to acquire Thinking Machines Lab failed earlier this year.');
INSERT INTO paragraphs VALUES(1,3,'Tulloch declined to comment. A Meta spokesman called the reported figure inaccurate.');
INSERT INTO paragraphs VALUES(2,0,'Google matches rival offer to keep star engineer');
INSERT INTO paragraphs VALUES(2,1,'Google made a counteroffer to keep Sarah Whitfield, a senior engineer on its Gemini team, after OpenAI offered her $20 million over four years, according to The Information.');
INSERT INTO paragraphs VALUES(2,2,'Whitfield accepted Google''s counteroffer and will stay at Google, the report said.');
INSERT INTO paragraphs VALUES(2,3,'Such retention packages have become common as labs compete for a small pool of researchers.');
INSERT INTO paragraphs VALUES(3,0,'Harbor Logistics names Nina Patel chief executive as Gary Holt retires');
INSERT INTO paragraphs VALUES(3,1,'BOSTON, March 4 - Harbor Logistics said on Monday it had appointed Nina Patel, the chief operating officer of rival FreightLink, as chief executive, effective April 1.');
INSERT INTO paragraphs VALUES(3,2,'Patel succeeds Gary Holt, who will retire after nine years at the helm. Harbor Logistics chief executive Gary Holt will stay on as an adviser until the end of the year, the company said.');
INSERT INTO paragraphs VALUES(3,3,'"Nina has run some of the most complex supply chains in the industry," Harbor chairman Victor Lang said in a statement.');
INSERT INTO paragraphs VALUES(3,4,'Harbor shares rose 2 percent in early trading.');
CREATE TABLE entities(
  article_id INTEGER NOT NULL REFERENCES articles(id),
  type TEXT NOT NULL, canonical TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL,
  roles TEXT NOT NULL, mentions INTEGER NOT NULL, confidence REAL NOT NULL,
  PRIMARY KEY(article_id, type, canonical));
INSERT INTO entities VALUES(1,'company','Startup','Startup','[]','[]',1,0.59999999999999997779);
INSERT INTO entities VALUES(1,'company','Meta Platforms','Meta','["Meta Platforms"]','[]',4,1.0);
INSERT INTO entities VALUES(1,'person','Andrew Tulloch','Andrew Tulloch','["Tulloch"]','[]',2,0.94999999999999995559);
INSERT INTO entities VALUES(1,'company','Thinking Machines Lab','Thinking Machines Lab','[]','[]',2,0.94999999999999995559);
INSERT INTO entities VALUES(1,'publication','The Wall Street Journal','The Wall Street Journal','["Wall Street Journal"]','[]',1,0.94999999999999995559);
INSERT INTO entities VALUES(2,'company','Google','Google','[]','[]',4,1.0);
INSERT INTO entities VALUES(2,'person','Sarah Whitfield','Sarah Whitfield','["Whitfield"]','[{"organization":"","title":"senior engineer"}]',2,0.84999999999999997779);
INSERT INTO entities VALUES(2,'company','OpenAI','OpenAI','[]','[]',1,0.94999999999999995559);
INSERT INTO entities VALUES(2,'publication','The Information','The Information','["Information"]','[]',1,0.94999999999999995559);
INSERT INTO entities VALUES(3,'company','Harbor Logistics','Harbor Logistics','[]','[]',2,0.8000000000000000444);
INSERT INTO entities VALUES(3,'person','Nina Patel','Nina Patel','["Patel","Nina"]','[{"organization":"","title":"chief operating officer"}]',4,0.9000000000000000222);
INSERT INTO entities VALUES(3,'person','Gary Holt','Gary Holt','[]','[{"organization":"Harbor Logistics","title":"chief executive"}]',3,0.9000000000000000222);
INSERT INTO entities VALUES(3,'person','Harbor Logistics','Harbor Logistics','[]','[]',1,0.75);
INSERT INTO entities VALUES(3,'company','FreightLink','FreightLink','[]','[]',1,0.69999999999999995559);
INSERT INTO entities VALUES(3,'company','Harbor','Harbor','[]','[]',1,0.59999999999999997779);
INSERT INTO entities VALUES(3,'person','Victor Lang','Victor Lang','[]','[{"organization":"Harbor","title":"chairman"}]',1,0.84999999999999997779);
CREATE TABLE amounts(
  article_id INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL, paragraph INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  surface TEXT NOT NULL, currency TEXT NOT NULL, value TEXT NOT NULL, kind TEXT NOT NULL,
  low TEXT NOT NULL, high TEXT NOT NULL, period TEXT NOT NULL, usd TEXT NOT NULL, krw TEXT NOT NULL,
  rate TEXT NOT NULL, rate_source TEXT NOT NULL,
  PRIMARY KEY(article_id, idx));
INSERT INTO amounts VALUES(1,0,0,27,37,'$1 billion','USD','1000000000','exact','','','none','1000000000','1489952100000','1489.9521','table:2026-04-13');
INSERT INTO amounts VALUES(1,1,1,102,140,'as much as $1.5 billion over six years','USD','1500000000','upper_bound','','','over_6y','1500000000','2234928150000','1489.9521','table:2026-04-13');
INSERT INTO amounts VALUES(2,0,1,115,142,'$20 million over four years','USD','20000000','exact','','','over_4y','20000000','29799042000','1489.9521','table:2026-04-13');
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  event_key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL, employer TEXT NOT NULL, candidate TEXT NOT NULL,
  candidate_kind TEXT NOT NULL, candidate_count INTEGER NOT NULL, previous_employer TEXT NOT NULL,
  role TEXT NOT NULL, team TEXT NOT NULL, outcome TEXT NOT NULL, timeline TEXT NOT NULL,
  reported_by TEXT NOT NULL, confidence REAL NOT NULL, first_seen TEXT NOT NULL DEFAULT '', last_changed TEXT NOT NULL DEFAULT '', employer_aliases TEXT NOT NULL DEFAULT '[]', previous_employer_aliases TEXT NOT NULL DEFAULT '[]');
INSERT INTO events VALUES(1,'hireMeta PlatformsAndrew Tulloch','offer','Meta Platforms','Andrew Tulloch','person',-1,'Thinking Machines Lab','','','declined','["offered","declined"]','The Wall Street Journal',0.9000000000000000222,'','','["Meta"]','[]');
INSERT INTO events VALUES(2,'acquisition_attemptMeta PlatformsThinking Machines Lab','acquisition_attempt','Meta Platforms','Thinking Machines Lab','company',-1,'','','','failed','["offered","failed"]','',0.6500000000000000222,'','','["Meta"]','[]');
INSERT INTO events VALUES(3,'hireMeta Platformsemployees from Thinking Machines Lab','offer','Meta Platforms','employees from Thinking Machines Lab','group',-1,'Thinking Machines Lab','','','offered','["offered"]','',0.5500000000000000444,'','','["Meta"]','[]');
INSERT INTO events VALUES(4,'hireGoogleSarah Whitfield','offer','Google','Sarah Whitfield','person',-1,'','','','accepted','["offered","raised","accepted","raised","accepted"]','The Information',0.75000000000000011102,'','','[]','[]');
INSERT INTO events VALUES(5,'hireOpenAISarah Whitfield','offer','OpenAI','Sarah Whitfield','person',-1,'Google','','','declined','["offered","declined"]','The Information',0.9000000000000000222,'','','[]','[]');
INSERT INTO events VALUES(6,'hireHarbor LogisticsNina Patel','hire','Harbor Logistics','Nina Patel','person',-1,'FreightLink','chief executive','','joined','["joined","accepted"]','',0.8000000000000000444,'','','[]','[]');
INSERT INTO events VALUES(7,'departureHarbor LogisticsGary Holt','departure','Harbor Logistics','Gary Holt','person',-1,'','','','left','["left"]','',0.70000000000000006661,'','','[]','[]');
CREATE TABLE event_offers(
  event_id INTEGER NOT NULL REFERENCES events(id),
  seq INTEGER NOT NULL,
  currency TEXT NOT NULL, value TEXT NOT NULL, derivation TEXT NOT NULL, kind TEXT NOT NULL,
  usd TEXT NOT NULL, krw TEXT NOT NULL, rate TEXT NOT NULL, rate_source TEXT NOT NULL,
  terms TEXT NOT NULL, first_year_usd TEXT NOT NULL, response TEXT NOT NULL,
  UNIQUE(event_id, currency, value, derivation));
INSERT INTO event_offers VALUES(1,0,'USD','1500000000','','upper_bound','1500000000','2234928150000','1489.9521','table:2026-04-13','["multi_year"]','','declined');
INSERT INTO event_offers VALUES(5,0,'USD','20000000','','exact','20000000','29799042000','1489.9521','table:2026-04-13','["multi_year"]','','declined');
CREATE TABLE event_sources(
  event_id INTEGER NOT NULL REFERENCES events(id),
  source TEXT NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  UNIQUE(event_id, source));
INSERT INTO event_sources VALUES(1,'/work/wt/queue/tests/data/events/en-declined-offer.txt',1);
INSERT INTO event_sources VALUES(2,'/work/wt/queue/tests/data/events/en-declined-offer.txt',1);
INSERT INTO event_sources VALUES(3,'/work/wt/queue/tests/data/events/en-declined-offer.txt',1);
INSERT INTO event_sources VALUES(4,'/work/wt/queue/tests/data/events/en-counter-offer.txt',2);
INSERT INTO event_sources VALUES(5,'/work/wt/queue/tests/data/events/en-counter-offer.txt',2);
INSERT INTO event_sources VALUES(6,'/work/wt/queue/tests/data/events/en-ceo-succession.txt',3);
INSERT INTO event_sources VALUES(7,'/work/wt/queue/tests/data/events/en-ceo-succession.txt',3);
COMMIT;
