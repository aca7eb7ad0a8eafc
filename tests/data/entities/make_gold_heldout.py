import json
P='person'; C='company'; O='organization'; U='publication'
arts={}
def art(name, lang, text, ents): arts[name]=(lang,text.strip()+"\n",ents)
art('ko-11','ko','''
카카오가 글로벌 빅테크 출신 AI 전문가를 잇따라 영입하고 있다.
카카오는 14일 아마존 알렉사 개발팀에서 음성인식 연구를 이끈 브라이언 오코너 박사를 AI 부문 부사장으로 선임했다고 밝혔다. 오코너 부사장은 카카오의 AI 비서 서비스 개발을 맡는다.
정신아 카카오 대표는 "AI 네이티브 기업으로의 전환을 위해 최고의 인재를 모시고 있다"고 말했다.
앞서 카카오는 지난 3월 구글 클라우드 출신 한지우 전무를 영입했으며, 자회사 카카오브레인 인력 일부를 본사로 통합했다.
''',[(C,'Kakao',['카카오']),(C,'Amazon',['아마존']),(P,None,['브라이언 오코너','오코너']),(P,'Chung Shin-a',['정신아']),(C,'Google',['구글']),(P,'한지우',['한지우']),(C,'Kakao Brain',['카카오브레인'])])
art('ko-12','ko','''
바이오 벤처 셀리온바이오가 글로벌 제약사 출신 임원을 최고경영자로 맞았다.
셀리온바이오는 2일 화이자에서 항암제 임상 개발을 총괄한 수전 킴벌리 박사를 신임 대표이사로 선임했다고 공시했다. 창업자인 윤태섭 전 대표는 이사회 의장을 맡아 연구개발에 집중한다.
킴벌리 대표는 화이자와 아스트라제네카에서 25년간 신약 개발을 담당했다.
회사 측은 "미국 임상 3상과 기술수출을 동시에 추진하기 위한 인사"라고 설명했다.
''',[(C,None,['셀리온바이오']),(C,'Pfizer',['화이자']),(P,None,['수전 킴벌리','킴벌리']),(P,'윤태섭',['윤태섭']),(C,'AstraZeneca',['아스트라제네카'])])
art('en-11','en','''
Stripe has hired Rachel Okonkwo, the former head of risk at Block, to run its fraud prevention business, the payments company said on Tuesday.
Okonkwo spent seven years at Block, where she built the machine learning systems behind Cash App's fraud checks. She will report to Stripe president John Collison.
"Rachel is one of the best risk leaders in the industry," Collison said in a statement.
The hire follows Stripe's acquisition of Bridge, a stablecoin startup, for $1.1 billion earlier this year.
''',[(C,'Stripe',['Stripe']),(P,'Rachel Okonkwo',['Rachel Okonkwo','Okonkwo','Rachel']),(C,'Block',['Block']),(P,'John Collison',['John Collison','Collison']),(C,'Bridge',['Bridge'])])
art('en-12','en','''
Vantor Systems, a defense software startup backed by Founders Fund, has poached two senior engineers from Anduril Industries, people familiar with the matter told Reuters.
The engineers, Miguel Santos and Kelsey Park, worked on Anduril's autonomous drone program. Santos will become Vantor's chief technology officer.
Vantor chief executive Owen Barrett, who previously worked at Palantir, said the company plans to double its headcount by the end of the year.
Anduril declined to comment.
''',[(C,'Vantor Systems',['Vantor Systems','Vantor']),(C,'Founders Fund',['Founders Fund']),(C,'Anduril Industries',['Anduril Industries','Anduril']),(U,'Reuters',['Reuters']),
(P,'Miguel Santos',['Miguel Santos','Santos']),(P,'Kelsey Park',['Kelsey Park']),(P,'Owen Barrett',['Owen Barrett']),(C,'Palantir',['Palantir'])])
for name,(lang,text,ents) in arts.items():
    open(name+'.txt','w').write(text)
    for t,c,ss in ents:
        for s in ss: assert s in text,(name,s)
    g={"language":lang,"note":"Written for hirewire's entity tests after the rules were tuned (held out: first-run score reported in docs/entities.md). Paragraphs are lines.",
       "entities":[{"type":t,"canonical":c,"surfaces":ss} for t,c,ss in ents]}
    open(name+'.json','w').write(json.dumps(g,ensure_ascii=False,indent=1)+"\n")
