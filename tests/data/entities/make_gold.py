import json, os
P='person'; C='company'; O='organization'; U='publication'
arts = {}
def art(name, lang, text, ents):
    arts[name]=(lang,text.strip()+"\n",ents)
art('ko-01','ko','''
엔비디아가 자율주행 반도체 스타트업 딥레인의 핵심 연구진을 통째로 영입했다.
17일(현지시간) 블룸버그통신에 따르면 엔비디아는 딥레인 공동창업자 하비에르 몬탈보와 최고기술책임자(CTO) 권혜린 박사를 포함한 엔지니어 20여명을 채용하기로 했다. 인수 금액은 공개되지 않았다.
몬탈보는 구글 출신으로 2021년 딥레인을 세웠다. 권혜린 박사는 카이스트에서 전기전자공학 박사 학위를 받았다.
젠슨 황 엔비디아 최고경영자(CEO)는 "자율주행은 AI의 다음 무대"라고 말했다.
''',[(C,'Nvidia',['엔비디아']),(C,None,['딥레인']),(P,None,['하비에르 몬탈보','몬탈보']),(P,'권혜린',['권혜린']),
(C,'Google',['구글']),(U,'Bloomberg',['블룸버그통신']),(O,'KAIST',['카이스트']),(P,'Jensen Huang',['젠슨 황'])])
art('ko-02','ko','''
애플의 인공지능(AI) 기반 모델 개발을 이끌던 루오밍 팡이 메타로 자리를 옮긴다.
블룸버그통신은 7일(현지시간) 팡이 메타의 초지능 연구조직에 합류한다고 보도했다. 메타는 팡에게 연간 수천만 달러 규모의 보상 패키지를 제시한 것으로 전해졌다.
팡은 2021년 구글에서 애플로 옮겨 약 100명 규모의 파운데이션 모델 팀을 이끌어왔다. 그의 후임으로는 저우 신 연구원이 거론된다.
앞서 메타는 스케일AI 창업자 알렉산더 왕과 깃허브 전 최고경영자 냇 프리드먼도 영입했다.
''',[(C,'Apple',['애플']),(P,'Ruoming Pang',['루오밍 팡','팡']),(C,'Meta Platforms',['메타']),(U,'Bloomberg',['블룸버그통신']),
(C,'Google',['구글']),(P,None,['저우 신']),(C,'Scale AI',['스케일AI']),(P,'Alexandr Wang',['알렉산더 왕']),(C,'GitHub',['깃허브']),(P,'Nat Friedman',['냇 프리드먼'])])
art('ko-03','ko','''
삼성전자가 미국 반도체 업체 출신 인사를 영입하며 파운드리 경쟁력 강화에 나섰다.
삼성전자는 18일 마이클 브래넌 전 인텔 부사장을 파운드리사업부 최고기술책임자로 선임했다고 밝혔다. 브래넌 부사장은 인텔에서 20년 넘게 공정 개발을 담당했다.
이재용 삼성전자 회장은 최근 사장단 회의에서 "기술 인재 확보가 최우선"이라고 강조한 바 있다.
업계에서는 SK하이닉스도 고대역폭메모리(HBM) 인력 확보를 위해 박준서 전무를 중심으로 한 태스크포스를 꾸린 것으로 보고 있다.
''',[(C,'Samsung Electronics',['삼성전자']),(P,None,['마이클 브래넌','브래넌']),(C,'Intel',['인텔']),(P,'Lee Jae-yong',['이재용']),
(C,'SK Hynix',['SK하이닉스']),(P,'박준서',['박준서'])])
art('ko-04','ko','''
국내 AI 스타트업 노바브레인이 오픈AI 출신 연구원을 최고과학자로 영입했다.
노바브레인은 22일 오픈AI에서 강화학습 연구를 이끈 다니엘 하워드 박사가 최고과학자(CSO)로 합류한다고 밝혔다. 하워드 박사는 스탠퍼드대에서 컴퓨터과학 박사 학위를 받았다.
정민혁 노바브레인 대표는 "세계 최고 수준의 연구자를 모셔 기쁘다"며 "하반기에 추가 채용을 이어갈 것"이라고 말했다.
노바브레인은 지난해 카카오벤처스와 소프트뱅크벤처스아시아로부터 200억원 규모의 투자를 유치했다.
''',[(C,None,['노바브레인']),(C,'OpenAI',['오픈AI']),(P,None,['다니엘 하워드','하워드']),(O,'Stanford University',['스탠퍼드대']),
(P,'정민혁',['정민혁']),(C,None,['카카오벤처스']),(C,'SoftBank Ventures Asia',['소프트뱅크벤처스아시아'])])
art('ko-05','ko','''
일론 머스크가 이끄는 인공지능 기업 xAI가 테슬라의 자율주행 인력을 영입했다.
미국 경제매체 CNBC는 3일 xAI가 테슬라 오토파일럿 소프트웨어 총괄 아쇼크 엘루스와미의 팀원 일부와 함께 새 연구 조직을 꾸린다고 보도했다.
머스크 CEO는 자신의 X 계정에 "최고의 엔지니어들이 합류했다"고 적었다.
한편 xAI 공동창업자인 이고르 바부시킨은 지난달 회사를 떠나 투자회사 바부시킨벤처스를 세웠다.
''',[(P,'Elon Musk',['일론 머스크','머스크']),(C,'xAI',['xAI']),(C,'Tesla',['테슬라']),(U,'CNBC',['CNBC']),
(P,'Ashok Elluswamy',['아쇼크 엘루스와미']),(P,'Igor Babuschkin',['이고르 바부시킨']),(C,None,['바부시킨벤처스'])])
art('ko-06','ko','''
게임 개발사 루미너스게임즈가 넥슨 출신 김도윤 씨를 최고운영책임자(COO)로 영입했다.
루미너스게임즈는 9일 보도자료를 통해 김도윤 신임 COO가 글로벌 퍼블리싱과 라이브 서비스 운영을 총괄한다고 밝혔다.
김 COO는 넥슨과 크래프톤에서 15년간 라이브 서비스를 맡아왔다.
루미너스게임즈는 엔씨소프트 개발자 출신 최유진 대표가 2019년 설립했으며, 지난해 크래프톤으로부터 투자를 받았다.
''',[(C,None,['루미너스게임즈']),(C,'Nexon',['넥슨']),(P,'김도윤',['김도윤']),(C,'Krafton',['크래프톤']),(C,'NCSoft',['엔씨소프트']),(P,'최유진',['최유진'])])
art('ko-07','ko','''
미국 헤지펀드 시타델이 골드만삭스의 퀀트 책임자를 영입했다.
월스트리트저널(WSJ)은 12일 시타델이 골드만삭스 글로벌 퀀트 전략 책임자인 라훌 데사이를 포트폴리오 매니저로 채용했다고 보도했다. 연봉은 2000만 달러가 넘는 것으로 알려졌다.
켄 그리핀 시타델 최고경영자는 올해 들어 경쟁사 인력을 적극적으로 빼오고 있다. 앞서 시타델은 밀레니엄매니지먼트 출신 포트폴리오 매니저 3명도 영입했다.
골드만삭스는 데사이의 후임으로 내부 출신 에밀리 로스를 내정한 것으로 전해졌다.
''',[(C,'Citadel',['시타델']),(C,'Goldman Sachs',['골드만삭스']),(U,'The Wall Street Journal',['월스트리트저널','WSJ']),(P,None,['라훌 데사이','데사이']),
(P,'Ken Griffin',['켄 그리핀']),(C,None,['밀레니엄매니지먼트']),(P,None,['에밀리 로스'])])
art('ko-08','ko','''
네이버가 생성형 AI 조직 수장으로 외부 인사를 영입했다.
네이버는 25일 마이크로소프트 리서치 아시아 출신 천재훈 박사를 하이퍼클로바X 총괄 전무로 선임했다고 밝혔다. 천 전무는 대규모 언어모델(LLM) 학습 효율화 분야의 전문가로 꼽힌다.
최수연 네이버 대표는 "천재훈 전무 합류로 AI 경쟁력이 한층 강해질 것"이라고 말했다.
네이버는 올해 초 서울대 AI연구원과 공동 연구 협약을 맺기도 했다.
''',[(C,'Naver',['네이버']),(C,'Microsoft',['마이크로소프트']),(P,'천재훈',['천재훈']),(P,'Choi Soo-yeon',['최수연']),(O,'Seoul National University',['서울대'])])
art('ko-09','ko','''
앤트로픽이 오픈AI의 핵심 연구자 2명을 영입했다.
디인포메이션에 따르면 오픈AI에서 추론 모델 개발에 참여한 연구원 케이틀린 모리스와 제이슨 파크가 최근 앤트로픽에 합류했다. 두 사람은 앤트로픽의 정렬 연구팀에서 일하게 된다.
다리오 아모데이 앤트로픽 CEO는 최근 한 팟캐스트에서 "돈보다 사명에 끌리는 사람을 뽑는다"고 말했다.
오픈AI는 이에 대해 샘 올트먼 CEO 명의로 직원들에게 보상 재조정 계획을 알렸다.
''',[(C,'Anthropic',['앤트로픽']),(C,'OpenAI',['오픈AI']),(U,'The Information',['디인포메이션']),(P,None,['케이틀린 모리스']),(P,None,['제이슨 파크']),
(P,'Dario Amodei',['다리오 아모데이']),(P,'Sam Altman',['샘 올트먼'])])
art('ko-10','ko','''
일본 AI 스타트업 사카나AI가 구글 딥마인드 출신 연구자를 잇따라 영입하고 있다.
니혼게이자이신문은 사카나AI가 딥마인드에서 로봇 학습을 연구한 이토 겐지 박사를 연구총괄로 영입했다고 20일 보도했다.
사카나AI는 데이비드 하와 릴리언 존스가 2023년 도쿄에서 공동 창업했다. 하 CEO는 구글 브레인 출신이다.
회사는 최근 미쓰비시UFJ파이낸셜그룹 등으로부터 추가 투자를 유치했다.
''',[(C,'Sakana AI',['사카나AI']),(C,'Google',['구글']),(C,'Google DeepMind',['구글 딥마인드','딥마인드']),(U,'Nikkei',['니혼게이자이신문']),(P,None,['이토 겐지']),
(P,'David Ha',['데이비드 하']),(P,'Llion Jones',['릴리언 존스']),(C,'Mitsubishi UFJ Financial Group',['미쓰비시UFJ파이낸셜그룹'])])
art('en-01','en','''
Meta Platforms has hired Ruoming Pang, the Apple executive in charge of the company's foundation models team, Bloomberg News reported on Monday.
Pang, who joined Apple from Alphabet's Google in 2021, will join Meta's new superintelligence group, according to people familiar with the matter. Meta offered him a package worth more than $200 million over several years, the report said.
Apple did not respond to a request for comment. Pang's team will now be led by Zhifeng Chen, the people said.
The move follows Meta's hiring of Scale AI founder Alexandr Wang and former GitHub CEO Nat Friedman.
''',[(C,'Meta Platforms',['Meta Platforms','Meta']),(P,'Ruoming Pang',['Ruoming Pang','Pang']),(C,'Apple',['Apple']),(U,'Bloomberg',['Bloomberg News']),
(C,'Alphabet',['Alphabet']),(C,'Google',['Google']),(P,'Zhifeng Chen',['Zhifeng Chen']),(C,'Scale AI',['Scale AI']),(P,'Alexandr Wang',['Alexandr Wang']),
(C,'GitHub',['GitHub']),(P,'Nat Friedman',['Nat Friedman'])])
art('en-02','en','''
Quillstone Robotics, a warehouse automation startup based in Pittsburgh, has poached three senior engineers from Boston Dynamics, the company said Tuesday.
The group is led by Priya Raman, who spent nine years at Boston Dynamics designing legged robots. Raman will become Quillstone's vice president of hardware.
"We are building the team that will put general-purpose robots in every warehouse," said Quillstone chief executive Marcus Feld. Feld co-founded the company in 2022 with Elena Sorokina, a former researcher at Carnegie Mellon University.
Quillstone raised $85 million in a Series B round led by Andreessen Horowitz in March.
''',[(C,'Quillstone Robotics',['Quillstone Robotics','Quillstone']),(C,'Boston Dynamics',['Boston Dynamics']),(P,'Priya Raman',['Priya Raman','Raman']),
(P,'Marcus Feld',['Marcus Feld','Feld']),(P,'Elena Sorokina',['Elena Sorokina']),(O,'Carnegie Mellon University',['Carnegie Mellon University']),(C,'Andreessen Horowitz',['Andreessen Horowitz'])])
art('en-03','en','''
OpenAI has lost another senior researcher to a rival. Lukas Brenner, who led work on the company's reasoning models, has joined Anthropic, he said in a post on X on Friday.
Brenner is the fourth OpenAI researcher to leave for Anthropic this year. Anthropic chief executive Dario Amodei has said the company does not try to match the largest pay packages on offer.
OpenAI CEO Sam Altman told employees in a memo that the company would review compensation for its research staff, The Information reported.
Brenner previously worked at Google DeepMind and studied at ETH Zurich.
''',[(C,'OpenAI',['OpenAI']),(P,'Lukas Brenner',['Lukas Brenner','Brenner']),(C,'Anthropic',['Anthropic']),(P,'Dario Amodei',['Dario Amodei']),
(P,'Sam Altman',['Sam Altman']),(U,'The Information',['The Information']),(C,'Google DeepMind',['Google DeepMind']),(O,'ETH Zurich',['ETH Zurich'])])
art('en-04','en','''
Samsung Electronics has appointed Jun Hee-chul, a former Qualcomm engineering executive, to lead its new AI chip design center in San Jose, the company said on Wednesday.
Jun spent 14 years at Qualcomm, where he oversaw modem chip development. He will report to Kyung Kye-hyun, who heads Samsung's semiconductor business.
The hire comes as Samsung races to catch up with SK Hynix in high-bandwidth memory chips used in Nvidia's AI accelerators. Samsung Chairman Lee Jae-yong has urged executives to recruit aggressively overseas.
SK Hynix, for its part, hired two former Micron Technology directors last month, according to Korean media reports.
''',[(C,'Samsung Electronics',['Samsung Electronics','Samsung']),(P,'Jun Hee-chul',['Jun Hee-chul','Jun']),(C,'Qualcomm',['Qualcomm']),(P,'Kyung Kye-hyun',['Kyung Kye-hyun']),
(C,'SK Hynix',['SK Hynix']),(C,'Nvidia',['Nvidia']),(P,'Lee Jae-yong',['Lee Jae-yong']),(C,'Micron Technology',['Micron Technology'])])
art('en-05','en','''
Microsoft has hired Karen Liang, a former product director at Inflection AI, to run its consumer Copilot app, according to an internal memo seen by Reuters.
Liang will report to Mustafa Suleyman, the chief executive of Microsoft AI, the memo said. She previously worked at Google, where she helped launch the Assistant.
Microsoft paid Inflection AI about $650 million in 2024 to license its models and hire most of its staff, a deal that drew scrutiny from the Federal Trade Commission.
A Microsoft spokesperson confirmed the hire but declined to comment further.
''',[(C,'Microsoft',['Microsoft']),(P,'Karen Liang',['Karen Liang','Liang']),(C,'Inflection AI',['Inflection AI']),(U,'Reuters',['Reuters']),
(P,'Mustafa Suleyman',['Mustafa Suleyman']),(C,'Google',['Google']),(O,'Federal Trade Commission',['Federal Trade Commission'])])
art('en-06','en','''
Hedge fund Larchmont Capital has hired Benjamin Okafor, the head of quantitative research at Two Sigma, as its chief investment officer, people familiar with the matter said.
Okafor will start in September and oversee a team of about 40 researchers, according to a memo from Larchmont founder Diane Whitaker. Whitaker started the firm in 2015 after a decade at Bridgewater Associates.
Two Sigma said in a statement that Okafor's responsibilities would be taken over by Wen Zhao, who previously ran its machine learning group.
Larchmont manages about $12 billion and has returned 14% this year, Bloomberg reported.
''',[(C,'Larchmont Capital',['Larchmont Capital','Larchmont']),(P,'Benjamin Okafor',['Benjamin Okafor','Okafor']),(C,'Two Sigma',['Two Sigma']),
(P,'Diane Whitaker',['Diane Whitaker','Whitaker']),(C,'Bridgewater Associates',['Bridgewater Associates']),(P,'Wen Zhao',['Wen Zhao']),(U,'Bloomberg',['Bloomberg'])])
art('en-07','en','''
Seoul-based AI chip startup Rebellions has hired Thomas Lindqvist, a former Arm executive, as its chief operating officer as it prepares for a public listing.
Lindqvist, who spent 12 years at Arm in Cambridge, will oversee manufacturing partnerships with Samsung Electronics and TSMC, Rebellions chief executive Park Sung-hyun said in an interview.
The company also named Choi Min-ji, previously a partner at Goldman Sachs, as chief financial officer.
Rebellions merged with SK Telecom's chip unit Sapeon last year.
''',[(C,'Rebellions',['Rebellions']),(P,'Thomas Lindqvist',['Thomas Lindqvist','Lindqvist']),(C,'Arm',['Arm']),(C,'Samsung Electronics',['Samsung Electronics']),
(C,'TSMC',['TSMC']),(P,'Park Sung-hyun',['Park Sung-hyun']),(P,'Choi Min-ji',['Choi Min-ji']),(C,'Goldman Sachs',['Goldman Sachs']),(C,'SK Telecom',['SK Telecom']),(C,'Sapeon',['Sapeon'])])
art('en-08','en','''
Elon Musk's xAI has recruited Nadia Petrov, a senior engineer on Tesla's Autopilot team, to lead its new supercomputer operations in Memphis, according to two people familiar with the move.
Petrov joins a growing list of Tesla employees who have moved to xAI. Musk has said publicly that the companies share talent and that Tesla shareholders benefit from the arrangement.
Igor Babuschkin, an xAI co-founder, left the company in August to start an investment firm focused on AI safety, Babuschkin Ventures.
xAI did not respond to a request for comment. Tesla's head of Autopilot software, Ashok Elluswamy, remains at the carmaker.
''',[(P,'Elon Musk',['Elon Musk','Musk']),(C,'xAI',['xAI']),(P,'Nadia Petrov',['Nadia Petrov','Petrov']),(C,'Tesla',['Tesla']),
(P,'Igor Babuschkin',['Igor Babuschkin']),(C,'Babuschkin Ventures',['Babuschkin Ventures']),(P,'Ashok Elluswamy',['Ashok Elluswamy'])])
art('en-09','en','''
Fintech company Ledgerline said on Thursday it had hired Sofia Marchetti from Stripe to become its chief technology officer, the latest in a string of senior hires ahead of a planned expansion into Europe.
Marchetti led Stripe's payments infrastructure team in Dublin for six years. She replaces co-founder Arjun Mehta, who will move into a new role focused on research.
"Sofia has built systems that move billions of dollars every day," Ledgerline CEO Hannah Cole said in a statement.
Ledgerline, which is backed by Sequoia Capital and Y Combinator, was valued at $1.2 billion in its last funding round, according to PitchBook.
''',[(C,'Ledgerline',['Ledgerline']),(P,'Sofia Marchetti',['Sofia Marchetti','Marchetti','Sofia']),(C,'Stripe',['Stripe']),(P,'Arjun Mehta',['Arjun Mehta']),
(P,'Hannah Cole',['Hannah Cole']),(C,'Sequoia Capital',['Sequoia Capital']),(C,'Y Combinator',['Y Combinator']),(C,'PitchBook',['PitchBook'])])
art('en-10','en','''
Naver has hired Daniel Cho, a former Amazon Web Services executive, to head its cloud business in Japan and Southeast Asia, the company said on Monday.
Cho spent eight years at AWS in Seattle and Tokyo. At Naver Cloud, he will report to chief executive Kim Yu-won.
Naver Chief Executive Choi Soo-yeon has made overseas cloud sales a priority, and the company recently signed a deal to supply AI data centers to Saudi Arabia's housing ministry.
Kakao, Naver's main domestic rival, named a former LG AI Research scientist, Yoon Ji-hoon, as head of its AI model team last week.
''',[(C,'Naver',['Naver']),(P,'Daniel Cho',['Daniel Cho','Cho']),(C,'Amazon Web Services',['Amazon Web Services','AWS']),(C,'Naver Cloud',['Naver Cloud']),
(P,'Kim Yu-won',['Kim Yu-won']),(P,'Choi Soo-yeon',['Choi Soo-yeon']),(C,'Kakao',['Kakao']),(C,'LG AI Research',['LG AI Research']),(P,'Yoon Ji-hoon',['Yoon Ji-hoon'])])
for name,(lang,text,ents) in arts.items():
    open(name+'.txt','w').write(text)
    for t,c,ss in ents:
        for s in ss: assert s in text, (name,s)
    g={"language":lang,"note":"Written for hirewire's entity tests; names marked canonical null are invented (no English form is derivable from the text). Paragraphs are lines.",
       "entities":[{"type":t,"canonical":c,"surfaces":ss} for t,c,ss in ents]}
    open(name+'.json','w').write(json.dumps(g,ensure_ascii=False,indent=1)+"\n")
print(len(arts))
