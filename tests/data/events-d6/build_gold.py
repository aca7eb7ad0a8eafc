import json
def E(type, employer, candidate, outcome, prev=None, role=None, kind="person", count=None, usd=None, krw=None):
    d={"type":type,"employer":employer,"candidate":candidate,"candidate_kind":kind}
    if count is not None: d["candidate_count"]=count
    d["previous_employer"]=prev or ""
    if role: d["role"]=role
    d["outcome"]=outcome
    d["offers_usd"]=usd or []
    d["offers_krw"]=krw or []
    return d
G={}
G["ko-01"]=[E("hire","울산 HD","박정훈","joined",prev="포항 스틸러스",role="신임 단장|단장"),
            E("departure","울산 HD","김태식","left",role="단장")]
G["ko-02"]=[E("hire","해성해양","최영민","accepted",prev="삼성중공업",role="신임 대표이사|대표이사"),
            E("departure","해성해양","정만호","left",role="대표")]
G["ko-03"]=[E("acquihire","리브라AI","모아랩스의 연구원 12명|모아랩스 연구원 12명|연구원 12명","joined",prev="모아랩스",kind="group",count=12)]
G["ko-04"]=[E("offer","화린반도체","정태민","declined",prev="SK하이닉스",krw=["1500000000"]),
            E("offer","SK하이닉스","정태민","accepted",krw=["600000000"])]
G["ko-05"]=[E("hire","새한은행","이도현","accepted",role="행장"),
            E("hire","새한캐피탈","서민아","accepted",prev="새한은행",role="대표이사")]
G["ko-06"]=[E("hire","스튜디오 하람","김도윤","joined",prev="넷마블",role="최고개발책임자|CDO"),
            E("hire","스튜디오 하람","이서진","joined",prev="넷마블",role="퍼블리싱사업본부장"),
            E("hire","스튜디오 하람","박하늘","joined",prev="넷마블",role="라이브운영실장")]
G["ko-07"]=[E("hire","한결파트너스","오준석","accepted",prev="모건스탠리|모건스탠리 프라이빗에쿼티",role="파트너"),
            E("departure","한결파트너스","장은비","left",role="파트너")]
G["ko-08"]=[]
G["ko-09"]=[E("hire","대산바이오","한지원","joined",role="대표이사 사장|신임 대표이사 사장"),
            E("departure","대산바이오","이철우","left",role="대표"),
            E("hire","대산케미칼","문성호","joined",role="대표이사|사장"),
            E("hire","대산테크","구민재","joined",prev="LG전자",role="대표")]
G["ko-10"]=[E("hire","한국해양바이오진흥원","오세린","joined",prev="KAIST",role="신임 원장|원장"),
            E("hire","한국해양바이오진흥원","남궁현","joined",prev="해양수산부",role="상임이사")]
G["ko-11"]=[]
G["ko-12"]=[E("hire","그린셀테크","LG에너지솔루션 출신 전고체 배터리 연구원 5명|전고체 배터리 연구원 5명|연구원 5명","joined",prev="LG에너지솔루션",kind="group",count=5),
            E("hire","그린셀테크","류재훈","joined",prev="SK온",role="최고기술책임자|CTO")]
G["ko-13"]=[E("departure","한빛생명","김상철","left",role="대표이사"),
            E("hire","한빛생명","박은영","joined",role="대표이사 직무대행")]
G["ko-14"]=[]
G["ko-15"]=[E("hire","NC 다이노스","강민철","joined",prev="두산 베어스|두산",role="신임 감독|감독",krw=["2100000000","600000000","500000000"]),
            E("departure","NC 다이노스","이호석","left",role="감독")]
G["ko-16"]=[E("offer","메타","김연하","offered",prev="서울대",role="수석 과학자",usd=["200000000"],krw=["270000000000"])]
G["ko-17"]=[E("hire","다온홀딩스","배수진","joined",prev="삼일회계법인",role="최고재무책임자|CFO"),
            E("departure","다온홀딩스","한동규","left",role="전무")]
G["ko-18"]=[E("acquisition_attempt","세움텔레콤","모먼트랩","failed",kind="group"),
            E("hire","세움텔레콤","임하준","joined",prev="KT",role="최고AI책임자|CAIO")]
G["ko-19"]=[E("hire","한울과학기술원","서지호","accepted",prev="MIT|매사추세츠공대",role="석좌교수")]
G["ko-20"]=[E("hire","법무법인 율현|율현","남기석","joined",prev="서울고등법원|서울고법"),
            E("hire","법무법인 율현|율현","유하린","joined",prev="김앤장 법률사무소|김앤장",role="파트너")]
G["en-01"]=[E("hire","Keystone Ridge Capital|Keystone Ridge","Priya Natarajan","accepted",prev="Carlyle Group|Carlyle",role="chief executive|CEO"),
            E("departure","Keystone Ridge Capital|Keystone Ridge","Tom Hadley","left")]
G["en-02"]=[E("offer","Ashford Lane","Rohan Mehta","declined",prev="Google DeepMind|DeepMind",usd=["3500000"]),
            E("offer","Google DeepMind|Google","Rohan Mehta","accepted",usd=["2000000"]),
            E("hire","Ashford Lane","at least a dozen engineers|a dozen engineers","joined",prev="Google DeepMind",kind="group",count=12)]
G["en-03"]=[E("hire","Lumora Games|Lumora","Ilya Sutskov","joined",prev="Riot Games|Riot",role="game director"),
            E("hire","Lumora Games|Lumora","Jenna Park","joined",prev="Riot Games|Riot",role="head of live operations"),
            E("hire","Lumora Games|Lumora","Marcus Holt","joined",prev="Riot Games|Riot")]
G["en-04"]=[E("departure","Charlotte FC","Sean Dunleavy","left",role="coach"),
            E("hire","Charlotte FC","Emeka Okoro","joined",role="interim coach")]
G["en-05"]=[E("departure","Harrowgate Bank","Daniel Pryce","left",role="finance director"),
            E("hire","Harrowgate Bank","Aisha Lennox","accepted",prev="Lloyds Banking Group",role="finance director"),
            E("hire","Harrowgate Bank","Margaret Okafor","accepted",role="chair")]
G["en-06"]=[]
G["en-07"]=[E("acquihire","Salesforce Inc.|Salesforce","Tidewell's 14 engineers|14-person engineering team of Tidewell|entire 14-person engineering team","joined",prev="Tidewell",kind="group",count=14)]
G["en-08"]=[E("hire","Samsung Electronics|Samsung","Park Jin-woo","joined",role="head of the memory business|president"),
            E("hire","Samsung Electronics|Samsung","Lee Hae-rin","joined",role="president of its foundry business|president"),
            E("departure","Samsung Electronics|Samsung","Choi Dong-wook","left"),
            E("hire","Samsung Electronics|Samsung","Kevin Oh","joined",prev="Qualcomm",role="head of its AI Center")]
G["en-09"]=[E("hire","Hinode Motor","Takeshi Sato","accepted",role="president and CEO|president"),
            E("departure","Hinode Motor","Ryoichi Fujimori","left")]
G["en-10"]=[]
G["en-11"]=[E("hire","Brennan Hale LLP|Brennan Hale","a team of six restructuring partners|six restructuring partners","joined",prev="Kirkland & Ellis|Kirkland",kind="group",count=6),
            E("hire","Brennan Hale LLP|Brennan Hale","Renata Vogel","joined",prev="Sullivan & Cromwell")]
G["en-12"]=[E("hire","Quillon Inc.|Quillon","Linda Su","accepted",prev="Intel Corp.|Intel",role="chief executive officer|CEO",usd=["3500000","40000000"]),
            E("hire","Quillon Inc.|Quillon","Eric Dahl","accepted",role="chief technology officer")]
G["en-13"]=[]
G["en-14"]=[E("hire","Hanwha Ocean","Kang Tae-ho","joined",prev="Samsung Heavy Industries|Samsung Heavy",role="executive vice president")]
G["en-15"]=[E("hire","National Highway Traffic Safety Administration|NHTSA","Carla Whitfield","accepted",prev="Ford Motor Co.|Ford"),
            E("hire","National Highway Traffic Safety Administration|NHTSA","Luis Ortega","joined",role="acting administrator"),
            E("departure","National Highway Traffic Safety Administration|NHTSA","Gregory Haines","left",role="administrator")]
G["en-16"]=[E("departure","Veridian Bio","Alan Marsh","left",role="chief executive"),
            E("hire","Veridian Bio","Nadia Rahman","joined",role="interim chief executive")]
G["en-17"]=[E("offer","Orrin Systems|Orrin","Andrej Karpaty","declined",prev="Halcyon Labs|Halcyon",usd=["800000000"]),
            E("hire","Orrin Systems|Orrin","Noam Brownlee","joined",prev="OpenAI",usd=["200000000"])]
G["en-18"]=[]
G["en-19"]=[E("hire","LG Uplus","Magnus Wallin","joined",prev="Ericsson",role="chief technology officer|CTO"),
            E("hire","LG Uplus","Jae Kim","joined",prev="Nokia"),
            E("hire","LG Uplus","Ana Ruiz","joined",prev="Nokia")]
G["en-20"]=[E("hire","Northlight Media","Sofia Reyes","accepted",prev="The Atlantic",role="editor-in-chief"),
            E("hire","The Guardian","Ben Carver","joined",prev="Northlight Media|Northlight",role="U.S. editor")]
assert len(G)==40
import os
HERE=os.path.dirname(os.path.abspath(__file__))
for k,v in G.items():
    json.dump({"events":v},open(os.path.join(HERE,f"{k}.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
