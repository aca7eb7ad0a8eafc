# Writes tests/data/entities/unseen_*.{txt,json}: 8 hiring articles (4 English, 4 Korean) written
# AFTER the recognizer rules were tuned, to measure generalization. Real people/companies that are
# not in extract/data/aliases.tsv plus invented ones (invented names never go into the dictionary).
# canonical None = no English form derivable from the text (or not checked).
import json, os
P='person'; C='company'; O='organization'; U='publication'
arts = {}
def art(name, lang, text, ents):
    arts[name]=(lang,text.strip()+"\n",ents)
art('unseen_en-01','en','''
SAN FRANCISCO, March 4 (Reuters) - Glean Technologies Inc. has hired Priya Raghunathan, a former Salesforce vice president, as chief operating officer, the enterprise search startup said on Tuesday.
Raghunathan will report to Glean Chief Executive Arvind Jain, who co-founded the company in 2019 after more than a decade at Google. She replaces Owen Keller, who left in January to join venture firm Larkspur Capital.
"Priya has scaled go-to-market teams through every stage of growth," Jain said in a statement. The company, valued at $7.2 billion in its last funding round, also named Lena Ostrowski, a professor at Harvard Business School, to its board.
In December, Glean hired Daniel Mbeki from Microsoft to lead its AI agents platform.
(Reporting by Krystal Hu in San Francisco; Editing by Sonali Paul)
''',[(C,None,['Glean Technologies Inc.','Glean']),(P,'Priya Raghunathan',['Priya Raghunathan','Raghunathan','Priya']),
(C,'Salesforce',['Salesforce']),(U,'Reuters',['Reuters']),(P,'Arvind Jain',['Arvind Jain','Jain']),(C,'Google',['Google']),
(P,'Owen Keller',['Owen Keller']),(C,None,['Larkspur Capital']),(P,'Lena Ostrowski',['Lena Ostrowski']),
(O,None,['Harvard Business School']),(P,'Daniel Mbeki',['Daniel Mbeki']),(C,'Microsoft',['Microsoft']),
(P,'Krystal Hu',['Krystal Hu']),(P,'Sonali Paul',['Sonali Paul'])])
art('unseen_en-02','en','''
Cohere, the Toronto-based enterprise AI company, has hired Kim Min-seo, a senior staff research scientist at Google DeepMind, to run its first office in Asia, TechCrunch has learned.
Kim, who spent six years at DeepMind working on multilingual models, will start in April as managing director for Korea. She earned her doctorate at KAIST and previously interned at Naver.
Cohere CEO Aidan Gomez confirmed the hire in a post on LinkedIn. "Korea is one of the most important AI markets in the world," Gomez wrote.
The company is also in talks with Seoul-based chip designer Rebellions and with Haneul Robotics, a warehouse automation startup backed by SoftBank, according to two people familiar with the matter. Haneul co-founder Lee Joon-ho declined to comment.
AI is now the largest category of venture funding in South Korea. In January, the Ministry of Science and ICT said it would spend $700 million on AI talent programs.
''',[(C,'Cohere',['Cohere']),(P,'Kim Min-seo',['Kim Min-seo','Kim']),(C,'Google DeepMind',['Google DeepMind','DeepMind']),
(U,'TechCrunch',['TechCrunch']),(O,'KAIST',['KAIST']),(C,'Naver',['Naver']),(P,'Aidan Gomez',['Aidan Gomez','Gomez']),
(C,None,['LinkedIn']),(C,'Rebellions',['Rebellions']),(C,None,['Haneul Robotics','Haneul']),(C,'SoftBank',['SoftBank']),
(P,'Lee Joon-ho',['Lee Joon-ho']),(O,None,['Ministry of Science and ICT'])])
art('unseen_en-03','en','''
Hanwha Aerospace has appointed Michael Strand, a former vice president at Lockheed Martin, as head of its U.S. subsidiary, the company said Monday.
Strand, 58, will oversee Hanwha Defense USA, which is bidding to supply self-propelled howitzers to the U.S. Army. He succeeds Choi Young-hwan, who will return to Seoul as an adviser to Chief Executive Son Jae-il.
"We need someone who knows the Pentagon from the inside," Son said in a statement.
The move comes a week after rival LIG Nex1 hired Park Seo-yeon, a former official at the Defense Acquisition Program Administration, as its chief strategy officer.
Shares of Hanwha Aerospace rose 3.1 percent on Monday, according to Korea Exchange data.
''',[(C,None,['Hanwha Aerospace']),(P,'Michael Strand',['Michael Strand','Strand']),(C,None,['Lockheed Martin']),
(C,None,['Hanwha Defense USA']),(O,None,['U.S. Army']),(P,'Choi Young-hwan',['Choi Young-hwan']),
(P,'Son Jae-il',['Son Jae-il','Son']),(O,None,['Pentagon']),(C,None,['LIG Nex1']),(P,'Park Seo-yeon',['Park Seo-yeon']),
(O,None,['Defense Acquisition Program Administration']),(O,None,['Korea Exchange'])])
art('unseen_en-04','en','''
Wiz Hires Former CrowdStrike Executive as It Prepares for Life Inside Google
Wiz Inc., the cloud security company that agreed to be acquired by Alphabet Inc. for $32 billion, has hired Marisol Vega as its chief revenue officer.
Vega spent nine years at CrowdStrike Holdings Inc., most recently running its Asia-Pacific business. She will report to Wiz co-founder and CEO Assaf Rappaport.
"Marisol understands how security teams buy," Rappaport said in an interview. "That matters more than ever."
Earlier this year Wiz lost two senior engineers, Tomasz Wieczorek and Rina Sato, to Tidewater Security, a startup founded by former Palo Alto Networks researchers. Tidewater is backed by Sequoia Capital and Index Ventures.
The Justice Department is still reviewing the Google deal, people familiar with the matter said. Representatives for Alphabet declined to comment.
''',[(C,None,['Wiz Inc.','Wiz']),(C,'Alphabet',['Alphabet Inc.','Alphabet']),(C,'Google',['Google']),
(C,None,['CrowdStrike','CrowdStrike Holdings Inc.']),(P,'Marisol Vega',['Marisol Vega','Vega','Marisol']),
(P,'Assaf Rappaport',['Assaf Rappaport','Rappaport']),(P,'Tomasz Wieczorek',['Tomasz Wieczorek']),(P,'Rina Sato',['Rina Sato']),
(C,None,['Tidewater Security','Tidewater']),(C,None,['Palo Alto Networks']),(C,'Sequoia Capital',['Sequoia Capital']),
(C,None,['Index Ventures']),(O,None,['Justice Department'])])
art('unseen_ko-01','ko','''
퓨리오사AI, 前 AMD 임원 영입…美 시장 공략 가속
(서울=연합뉴스) 김민준 기자 = AI 반도체 스타트업 퓨리오사AI가 미국 AMD 출신 라훌 샤르마 전 부사장을 최고사업책임자(CBO)로 영입했다고 3일 밝혔다.
샤르마 부사장은 AMD에서 데이터센터 GPU 영업을 15년간 총괄했다. 그는 앞으로 퓨리오사AI의 북미 법인을 이끈다.
백준호 퓨리오사AI 대표는 "글로벌 고객 확보에 속도를 낼 것"이라고 말했다.
퓨리오사AI는 지난해 메타의 인수 제안을 거절한 바 있다. 업계에서는 리벨리온, 딥엑스 등 국내 팹리스 업체들도 해외 인재 확보 경쟁에 나선 것으로 보고 있다.
''',[(C,'FuriosaAI',['퓨리오사AI']),(U,None,['연합뉴스']),(P,'김민준',['김민준']),(C,'AMD',['AMD']),
(P,None,['라훌 샤르마','샤르마']),(P,None,['백준호']),(C,'Meta Platforms',['메타']),(C,'Rebellions',['리벨리온']),(C,None,['딥엑스'])])
art('unseen_ko-02','ko','''
셀트리온, 화이자 출신 임상 전문가 영입
셀트리온이 글로벌 임상 역량 강화를 위해 미국 화이자 출신 임상개발 전문가를 영입했다.
셀트리온은 15일 제니퍼 콜린스 전 화이자 임상개발 총괄을 글로벌임상본부장(부사장)으로 선임했다고 밝혔다. 콜린스 부사장은 화이자에서 항체의약품 후기 임상을 20년 가까이 이끌었다.
서정진 셀트리온 회장은 "미국 식품의약국(FDA) 허가 경험이 풍부한 인재"라고 평가했다.
한편 바이오벤처 젠큐어바이오는 서울대 의대 출신 윤서진 박사를 최고의학책임자(CMO)로 영입했다. 윤서진 박사는 삼성서울병원에서 종양내과 교수로 일했다.
업계 관계자는 "빅파마 출신 인력의 국내 유입이 늘고 있다"고 말했다.
박소윤 기자 soyoon@mk.co.kr
''',[(C,'Celltrion',['셀트리온']),(C,'Pfizer',['화이자']),(P,None,['제니퍼 콜린스','콜린스']),(P,None,['서정진']),
(O,None,['식품의약국','FDA']),(C,None,['젠큐어바이오']),(O,None,['서울대']),(P,'윤서진',['윤서진']),(O,None,['삼성서울병원']),
(P,'박소윤',['박소윤'])])
art('unseen_ko-03','ko','''
트웰브랩스, 구글 딥마인드 출신 연구원 영입…영상 AI 고도화
영상 이해 AI 스타트업 트웰브랩스가 구글 딥마인드 출신 연구원 2명을 영입했다고 10일 밝혔다.
새로 합류한 연구원은 딥마인드에서 멀티모달 모델을 개발한 세바스티안 뮐러와 이하늘 연구원이다. 뮐러 연구원은 독일 막스플랑크연구소에서 박사후연구원을 지냈다.
이재성 트웰브랩스 대표는 "영상 검색 분야에서 세계 최고 수준의 팀을 꾸렸다"고 말했다. 트웰브랩스는 엔비디아와 인텔캐피탈 등으로부터 투자를 받았다.
세바스찬 뮬러 연구원은 "한국 팀의 속도에 놀랐다"고 말했다.
한편 국내 AI 업계에선 인재 쟁탈전이 치열하다. 업스테이지는 최근 마이크로소프트 출신 김도현 최고기술책임자(CTO)를 선임했다.
''',[(C,None,['트웰브랩스']),(C,'Google DeepMind',['구글 딥마인드','딥마인드']),(P,None,['세바스티안 뮐러','뮐러','세바스찬 뮬러']),
(P,'이하늘',['이하늘']),(O,None,['막스플랑크연구소']),(P,None,['이재성']),(C,'Nvidia',['엔비디아']),(C,None,['인텔캐피탈']),
(C,'Upstage',['업스테이지']),(C,'Microsoft',['마이크로소프트']),(P,'김도현',['김도현'])])
art('unseen_ko-04','ko','''
토스 운영사 비바리퍼블리카, 금융위 출신 정책 전문가 영입
모바일 금융 플랫폼 토스를 운영하는 비바리퍼블리카가 금융위원회 출신 정책 전문가를 영입했다.
비바리퍼블리카는 20일 최지훈 전 금융위원회 과장을 대외협력총괄로 선임했다고 밝혔다. 최지훈 총괄은 금융위원회에서 핀테크 규제 샌드박스 업무를 맡았다.
이승건 비바리퍼블리카 대표는 "규제 환경 변화에 선제적으로 대응하겠다"고 말했다.
토스는 지난달 미국 나스닥 상장을 위해 골드만삭스와 모건스탠리를 주관사로 선정했다. 같은 기간 경쟁사 카카오페이는 JP모건 출신 앤드류 황 전무를 최고재무책임자(CFO)로 영입했다.
앤드루 황 CFO는 홍콩에서 15년간 핀테크 투자 업무를 맡아왔다.
''',[(C,'Toss',['토스','비바리퍼블리카']),(O,None,['금융위원회']),(P,'최지훈',['최지훈']),(P,'Lee Seung-gun',['이승건']),
(O,None,['나스닥']),(C,'Goldman Sachs',['골드만삭스']),(C,'Morgan Stanley',['모건스탠리']),(C,None,['카카오페이']),
(C,'JPMorgan Chase',['JP모건']),(P,None,['앤드류 황','앤드루 황'])])

# Written after the first round of rule changes (second generalization check).
art('unseen_en-05','en','''
NEW YORK (AP) - Anysphere, the maker of the Cursor coding assistant, said Thursday it has hired Oluwaseun Adeyemi, a former engineering director at Stripe, as its head of infrastructure.
Adeyemi joins as the four-year-old startup races to keep up with demand. Anysphere Chief Executive Michael Truell said in a blog post that the company had tripled its headcount since June.
The hire comes days after rival Cognition AI poached two researchers from Anthropic. Cognition co-founder Scott Wu told The Wall Street Journal that the company planned to double its research staff by the end of the year.
Separately, Brightline Analytics, a New Jersey data startup, named Hyun-woo Cha as chief technology officer. Cha previously worked at Samsung Research America and at Columbia University.
''',[(C,'Anysphere',['Anysphere']),(U,None,['AP']),(O,None,['Cursor']),(P,'Oluwaseun Adeyemi',['Oluwaseun Adeyemi','Adeyemi']),
(C,'Stripe',['Stripe']),(P,'Michael Truell',['Michael Truell']),(C,None,['Cognition AI','Cognition']),(C,'Anthropic',['Anthropic']),
(P,'Scott Wu',['Scott Wu']),(U,'The Wall Street Journal',['The Wall Street Journal']),(C,None,['Brightline Analytics']),
(P,'Hyun-woo Cha',['Hyun-woo Cha','Cha']),(O,None,['Samsung Research America']),(O,None,['Columbia University'])])
art('unseen_ko-05','ko','''
뤼튼테크놀로지스, 네이버 출신 개발자 영입…"AI 에이전트 사업 확대"
생성형 AI 플랫폼 뤼튼을 운영하는 뤼튼테크놀로지스가 네이버클로바 출신 박지호 개발자를 최고제품책임자(CPO)로 영입했다고 7일 밝혔다.
박 CPO는 네이버에서 하이퍼클로바X 서비스 기획을 맡았다. 이세영 뤼튼테크놀로지스 대표는 "이용자 경험을 한 단계 끌어올릴 적임자"라고 말했다.
뤼튼은 앞서 구글 출신 마르코 페레이라를 글로벌 사업 총괄로 선임한 바 있다. 페레이라 총괄은 포르투갈 출신으로 리스본대학교에서 경영학을 전공했다.
한편 AI 스타트업 모아랩스는 카카오 출신 정다은 연구원을 영입했다고 이날 밝혔다.
''',[(C,None,['뤼튼테크놀로지스','뤼튼']),(C,'Naver',['네이버']),(O,None,['네이버클로바']),(P,'박지호',['박지호']),(P,None,['이세영']),
(C,'Google',['구글']),(P,None,['마르코 페레이라','페레이라']),(O,None,['리스본대학교']),(C,None,['모아랩스']),(C,'Kakao',['카카오']),
(P,'정다은',['정다은'])])
d = os.path.dirname(os.path.abspath(__file__))
for name,(lang,text,ents) in arts.items():
    open(os.path.join(d,name+'.txt'),'w').write(text)
    for e in ents:
        for s in e[2]: assert s in text, (name, s)
    g = {'language':lang,'note':"Written after the rules were tuned (generalization check); names with canonical null are invented or have no English form derivable from the text. Paragraphs are lines.",
         'entities':[{'type':t,'canonical':c,'surfaces':s} for t,c,s in ents]}
    open(os.path.join(d,name+'.json'),'w').write(json.dumps(g,ensure_ascii=False,indent=1)+"\n")
