#include "extract/entities_lexicon.h"

namespace hirewire::extract::lexicon {

const std::string_view kKoreanTitles[] = {
    "최고경영자", "최고기술책임자", "최고재무책임자", "최고운영책임자", "최고과학자", "최고제품책임자",
    "최고전략책임자", "최고정보책임자", "최고인사책임자", "최고마케팅책임자", "최고AI책임자",
    "대표", "대표이사", "공동대표", "각자대표", "회장", "부회장", "명예회장", "사장", "부사장", "전무",
    "상무", "이사", "사외이사", "의장", "이사회의장", "창업자", "공동창업자", "창립자", "공동창립자",
    "설립자", "책임자", "총괄", "본부장", "팀장", "실장", "부문장", "센터장", "소장", "연구소장",
    "연구원", "수석연구원", "책임연구원", "선임연구원", "연구자", "연구위원", "과학자", "엔지니어",
    "개발자", "박사", "교수", "석좌교수", "부교수", "조교수", "씨", "기자", "특파원", "논설위원",
    "장관", "차관", "대통령", "총리", "의원", "위원장", "총재", "부총재", "고문", "디렉터", "매니저",
    "부장", "차장", "펠로", "파트너", "애널리스트", "투자자", "감독", "선수", "변호사", "대변인",
    "리더", "그룹장", "수석", "위원",
    "CEO", "CTO", "CFO", "COO", "CSO", "CPO", "CIO", "CAIO", "CMO", "CHRO", "VP", "SVP", "EVP",
    "",
};

const std::string_view kKoreanTitleSuffixes[] = {
    "책임자", "창업자", "창립자", "연구원", "연구자", "과학자", "엔지니어", "대표", "회장", "사장",
    "총괄", "부문장", "본부장", "팀장", "센터장", "소장", "교수", "이사", "디렉터", "",
};

const std::string_view kKoreanSurnames[] = {
    "남궁", "제갈", "선우", "독고", "황보", "사공", "서문", "김", "이", "박", "최", "정", "강", "조",
    "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "유", "전", "홍", "고",
    "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구",
    "민", "진", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도",
    "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육",
    "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용", "예", "경", "봉", "라", "나", "",
};

const std::string_view kKoreanStopwords[] = {
    "이번", "지난", "최근", "당시", "현재", "전", "현", "신임", "공동", "초대", "첫", "한", "두", "세",
    "등", "및", "또", "또한", "특히", "그", "이", "저", "것", "수", "중", "측", "관계자", "업계",
    "국내", "해외", "미국", "한국", "중국", "일본", "영국", "독일", "프랑스", "대만", "인도", "글로벌",
    "기업", "회사", "스타트업", "업체", "그룹", "팀", "연구", "개발", "인공지능", "출신", "담당", "부문",
    "사업", "기술", "제품", "서비스", "플랫폼", "모델", "초지능", "초지능팀", "이들", "이어", "이처럼",
    "이러한", "그러나", "하지만", "결국", "직접", "대부분", "일부", "모두", "전체", "새", "새로운",
    "빅테크", "테크", "실리콘밸리", "뉴욕", "서울", "워싱턴", "샌프란시스코", "당사", "자사", "양사",
    // Sentence adverbs and place names (countries, regions, large cities) are never people or
    // companies.
    "한편", "앞서", "이날", "다만", "아울러", "그동안", "이후", "포르투갈", "스페인", "이탈리아",
    "캐나다", "브라질", "멕시코", "러시아", "호주", "이스라엘", "네덜란드", "스웨덴", "스위스",
    "베트남", "싱가포르", "홍콩", "인도네시아", "사우디아라비아", "아랍에미리트", "유럽", "아시아",
    "북미", "남미", "중동", "아프리카", "런던", "파리", "베를린", "베이징", "상하이", "도쿄", "선전",
    "실리콘밸리", "보스턴", "시애틀", "판교", "부산",
    "해당", "관련", "대해", "위해", "통해", "따르면", "밝혔다", "말했다", "전했다", "했다", "있다",
    "없다", "됐다", "위한", "대한", "같은", "다른", "많은", "주요", "연간", "총", "약", "최대", "최소",
    "올해", "내년", "작년", "지난해", "오늘", "어제", "내부", "외부", "경쟁사", "투자", "인수", "영입",
    "합류", "채용", "제안", "보상", "연봉", "조건", "인재", "인력", "직원", "임원", "경영진", "이사회",
    "엔지니어링", "리서치", "소프트웨어", "하드웨어", "반도체", "로봇", "데이터", "클라우드", "검색",
    "오픈소스", "생성형", "에이전트", "챗봇", "칩", "공동체", "정부", "당국", "시장", "증시", "투자자들",
    "AI", "명의", "겸", "직무대행", "내부", "출신", "후임", "전임", "신규", "외부", "핵심", "수석", "책임",
    "",
};

const std::string_view kKoreanTitleStops[] = {
    "이번", "지난", "최근", "당시", "현재", "신임", "또", "특히", "그", "이", "등", "및", "결국",
    "직접", "대부분", "일부", "한편", "이어", "또한", "그러나", "하지만", "",
};

const std::string_view kKoreanCompanySuffixes[] = {
    "전자", "그룹", "랩스", "랩", "테크", "바이오", "제약", "증권", "은행", "카드", "생명", "화학",
    "건설", "중공업", "자동차", "모터스", "소프트", "시스템즈", "네트웍스", "엔터테인먼트", "홀딩스",
    "파트너스", "벤처스", "캐피탈", "캐피털", "인베스트먼트", "로보틱스", "AI", "에이아이", "게임즈",
    "게임스", "스튜디오", "매니지먼트", "모빌리티", "헬스케어", "커머스", "로지스틱스", "테크놀로지스",
    "테크놀로지", "솔루션즈", "",
};

const std::string_view kKoreanOrgSuffixes[] = {
    "대학교", "대학", "협회", "위원회", "재단", "연구소", "연합회", "공사", "공단", "법원", "검찰청",
    "지법", "고법", "지검", "고검", "경찰서", "소방서", "대사관", "영사관", "시청", "구청", "군청",
    "학회", "노조", "진흥원", "",
};

const std::string_view kKoreanCompanyCues[] = {
    "스타트업", "기업", "업체", "회사", "자회사", "핀테크", "유니콘", "개발사", "게임사", "제조사",
    "운용사", "투자사", "투자회사", "증권사", "보험사", "헤지펀드", "경쟁사", "협력사", "고객사", "계열사",
    "바이오벤처", "",
};

// Words that stand next to a person's name in general news (besides the titles above), read only
// as evidence for a name the tagger found: "배우 배두나", "케리 장관", "솔지 씨".
const std::string_view kKoreanPersonCues[] = {
    "배우", "가수", "작가", "소설가", "시인", "화가", "감독", "선수", "코치", "여사", "판사",
    "부장판사", "검사", "원장", "총장", "지사", "주석", "국왕", "왕자", "공주", "후보", "당선인",
    "목사", "신부", "스님", "앵커", "아나운서", "멤버", "일병", "상병", "병장", "하사",
    "중사", "대위", "소령", "중령", "대령", "장군", "사령관", "대사", "특사", "비서관", "할머니", "할아버지", "옹", "부총리", "국가주석", "재판관", "대법관",
    "대법원장", "이사장", "사무총장", "총영사", "도지사", "시장", "구청장", "군수", "경위", "경사",
    "경감", "경정", "총경", "순경", "투수", "타자", "포수", "내야수", "외야수", "공격수", "수비수",
    "미드필더", "골키퍼",
    "", };

const std::string_view kEnglishTitles[] = {
    "CEO", "CTO", "CFO", "COO", "CPO", "CSO", "CIO", "CMO", "CAIO", "VP", "SVP", "EVP", "chief",
    "Chief", "founder", "Founder", "co-founder", "Co-founder", "cofounder", "Cofounder",
    "president", "President", "chairman", "Chairman", "chairwoman", "chair", "director",
    "Director", "head", "Head", "lead", "leader", "engineer", "researcher", "scientist",
    "professor", "Professor", "partner", "analyst", "executive", "spokesperson", "spokesman",
    "spokeswoman", "manager", "investor", "officer", "reporter", "economist", "Executive", "Officer",
    "Vice", "official", "adviser", "advisor", "",
};

const std::string_view kEnglishTitleModifiers[] = {
    "chief", "Chief", "executive", "Executive", "officer", "Officer", "technology", "Technology",
    "technical", "financial", "Financial", "operating", "Operating", "product", "science",
    "scientific", "research", "Research", "vice", "Vice", "senior", "Senior", "principal",
    "staff", "lead", "head", "co", "of", "AI", "foundation", "models", "engineering",
    "infrastructure", "global", "general", "managing", "deputy", "interim", "acting", "founding",
    "machine", "learning", "applied", "superintelligence", "Superintelligence", "generative",
    "software", "hardware", "data", "safety", "alignment", "and", "former", "",
};

const std::string_view kEnglishHonorifics[] = {
    "Mr", "Ms", "Mrs", "Dr", "Prof", "Sir", "Dame",
    // Other languages: French, German, Spanish, Italian, Dutch, Malay.
    "Mme", "Mlle", "Frau", "Herr", "Sra", "Sr", "Dott", "Dott.ssa", "Sig", "Dhr", "Mevr", "Datuk", "Dato",
    "Datin", "Tunku", "Tengku", "Sheikh", "Adv", "",
};

const std::string_view kEnglishCompanySuffixes[] = {
    "Inc", "Corp", "Corporation", "Ltd", "LLC", "Co", "Company", "Labs", "Lab", "AI", "Technologies",
    "Technology", "Robotics", "Systems", "Ventures", "Capital", "Partners", "Holdings", "Group",
    "Bio", "Biosciences", "Therapeutics", "Networks", "Software", "Semiconductor", "Semiconductors",
    "Motors", "Energy", "Dynamics", "Analytics", "Intelligence", "Computing", "Studios", "Games",
    "Pharmaceuticals", "Industries", "Electronics", "Bank", "Securities", "Investments", "Automation",
    "Devices", "Platforms", "Solutions", "Cloud", "Data", "Research", "Aerospace", "Defense", "Defence",
    "Chemical", "Chemicals", "Security", "Pharma", "Engineering", "Biologics", "",
};

const std::string_view kEnglishOrgSuffixes[] = {
    "University", "Institute", "College", "School", "Ministry", "Department", "Agency",
    "Commission", "Committee", "Council", "Association", "League", "Federation", "Party",
    "Foundation", "Court", "Senate", "Bureau", "Administration", "Parliament", "Union",
    "Organization", "Authority", "Council", "Congress", "Assembly", "Hospital", "Corps", "Initiative",
    "Centre", "Center", "Academy", "Society", "Institution", "Agency", "Secretariat", "Club",
    "Zeitung", "Zeitungen", "Rundschau", "Nachrichten", "Gazette", "Herald", "Tribune",
    // Heads of organization names in other Latin-script languages (German, French, Spanish, Italian,
    // Dutch, Polish, Czech).
    "Universität", "Hochschule", "Institut", "Ministerium", "Partei", "Stiftung", "Verband", "Gericht",
    "Gerichtshof", "Kommission", "Zentrum", "Zentrums", "Agentur", "Behörde", "Bundesamt", "Akademie",
    "Gewerkschaft", "Verein", "Klinikum", "Krankenhaus", "Fraktion", "Université", "Ministère",
    "Fédération", "Fondation", "Parti", "Conseil", "Cour", "Tribunal", "Agence", "Académie",
    "Syndicat", "Universidad", "Ministerio", "Federación", "Fundación", "Partido", "Consejo",
    "Tribunal", "Agencia", "Academia", "Sindicato", "Secretaría", "Asociación", "Università",
    "Ministero", "Federazione", "Fondazione", "Partito", "Consiglio", "Tribunale", "Agenzia",
    "Accademia", "Associazione", "Camera", "Universiteit", "Ministerie", "Stichting", "Partij",
    "Raad", "Rechtbank", "Uniwersytet", "Uniwersytetu", "Ministerstwo", "Ministerstwa", "Fundacja",
    "Partia", "Partii", "Sąd", "Sądu", "Trybunał", "Instytut", "Akademia", "Związek", "Univerzita",
    "Univerzity", "Ministerstvo", "Ministerstva", "Nadace", "Strana", "Soud", "Soudu", "Ústav", "",
};

const std::string_view kOtherLatinStopwords[] = {
    // German
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Doch", "Aber",
    "Auch", "Nach", "Laut", "Wie", "Zudem", "Dabei", "Damit", "Denn", "Nun", "Jetzt", "Heute", "Gestern",
    "Bereits", "Schon", "Noch", "Dann", "Zuvor", "Später", "Vor", "Seit", "Für", "Mit", "Bei", "Aus",
    "Über", "Unter", "Gegen", "Ohne", "Während", "Wegen", "Trotz", "Als", "Wenn", "Ob", "Weil", "Dass",
    "Hier", "Dort", "Viele", "Alle", "Einige", "Mehrere", "Beide", "Andere", "Einzelne", "Erste",
    "Ersten", "Erster", "Zweite", "Letzte", "Neue", "Neuen", "Falsche", "Große", "Sie", "Er", "Es",
    "Wir", "Ihr", "Ihre", "Sein", "Seine", "Unser", "Diese", "Dieser", "Dieses", "Jede", "Jeder", "Kein",
    "Keine", "Nicht", "Nur", "Sogar", "Zwar", "Allerdings", "Deshalb", "Daher", "Trotzdem", "Außerdem",
    "Inzwischen", "Mittlerweile", "Immerhin", "Vielmehr", "Stattdessen", "Ex", "Beim", "Zum", "Zur", "Vom",
    "Ins", "Unbewiesene", "Heftiger", "Heftige",
    // French
    "Selon", "Pour", "Mais", "Avec", "Dans", "Après", "Avant", "Depuis", "Chez", "Pendant", "Lors",
    "Ainsi", "Alors", "Aussi", "Cette", "Ces", "Les", "Une", "Des", "Sur", "Sous", "Entre", "Contre",
    // Spanish, Italian, Portuguese
    "Según", "Para", "Pero", "Tras", "Desde", "Durante", "Ante", "Hacia", "Sin", "Sobre", "También",
    "Además", "Así", "Los", "Las", "Una", "Unos", "Esta", "Este", "Secondo", "Dopo", "Prima", "Anche",
    "Inoltre", "Così", "Nel", "Nella", "Alla", "Gli", "Questo", "Questa",
    // Dutch
    "Volgens", "Maar", "Ook", "Voor", "Tijdens", "Het", "Een", "Deze", "Binnenlandse", "Buitenlandse",
    // Polish, Czech
    "Zdaniem", "Według", "Jak", "Ale", "Też", "Także", "Przed", "Przez", "Podle", "Také", "Vláda",
    "Vlády", "Když", "Jako", "Před",
    // Danish, Norwegian, Swedish
    "Da", "Inden", "Selvom", "Efter", "Før", "Når", "Hvis", "Mens", "Hun", "Han", "Jeg", "Også",
    "Ifølge", "Och", "Att", "Enligt", "Efter", "Innan", "Även",
    // German words that open sentences and were read as names
    "Ausserhalb", "Außerhalb", "Innerhalb", "Kurze", "Kurz", "",
};

const std::string_view kOrgNameConnectors[] = {
    "and", "und", "et", "y", "e", "i", "en", "für", "del", "della", "delle", "dei", "degli", "des", "du",
    "do", "dos", "das", "zur", "zum", "dla", "w", "pro", "voor", "van", "la", "",
};

const std::string_view kLatinPersonCues[] = {
    "According", "Laut", "Selon", "Según", "Secondo", "Volgens", "Zdaniem", "Według", "Podle", "Ifølge",
    "Enligt", "",
};

const std::string_view kLatinTitleSuffixes[] = {
    // German job titles (capitalized nouns in a name's span: "Außenministerin Beate Meinl-Reisinger",
    // "Schmid Generalsekretärin"), matched on the lower-cased end of the word.
    "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "sekretär",
    "sekretärin", "chef", "chefin", "vorsitzende", "vorsitzender", "sprecher", "sprecherin",
    "botschafter", "botschafterin", "direktor", "direktorin", "leiter", "leiterin", "politiker",
    "politikerin", "abgeordnete", "abgeordneter", "trainer", "trainerin", "berater", "beraterin",
    "gründer", "gründerin", "bürgermeister", "bürgermeisterin", "richter", "richterin", "führer",
    "führerin", "",
};

const std::string_view kNonEntityHeads[] = {
    // Last words of names of awards, competitions and events, which are not persons or organizations.
    "Award", "Awards", "Prize", "Trophy", "Cup", "Festival", "Games", "Championship", "Championships",
    "Open", "Marathon", "Summit", "Conference", "Expo", "Preis", "Pokal", "Gipfel", "",
};

const std::string_view kEnglishCompanyCues[] = {
    "startup", "start-up", "company", "firm", "lab", "rival", "maker", "developer", "unicorn",
    "giant", "chipmaker", "automaker", "",
};

const std::string_view kEnglishPersonVerbs[] = {
    "said", "says", "told", "wrote", "added", "explained", "noted", "declined", "joined", "left",
    "agreed", "announced", "confirmed", "",
};

const std::string_view kEnglishStopwords[] = {
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "After", "Before", "When", "While",
    "Meanwhile", "According", "If", "As", "By", "From", "To", "Of", "With", "Without", "This", "That",
    "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our",
    "There", "Here", "Now", "Then", "So", "Yet", "Also", "Still", "Even", "Some", "Many", "Most",
    "Other", "Others", "Several", "Both", "Each", "Every", "All", "No", "Not", "One", "Two", "Three",
    "First", "Last", "Next", "New", "Former", "Later", "Earlier", "Since", "Until", "Although",
    "Shares", "Stock", "Sales", "Revenue", "Analysts", "Investors", "Officials", "Representatives",
    "Executives", "Employees", "People",
    "However", "Instead", "Why", "What", "Who", "How", "Where", "Which", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Silicon", "Valley", "San", "Francisco", "New", "York", "Washington", "California", "London",
    "Seoul", "Beijing", "Tokyo", "America", "American", "Americans", "Korea", "Korean", "China",
    "Chinese", "Japan", "Japanese", "Europe", "European", "India", "Indian", "Canada", "Canadian",
    "British", "U.S", "US", "UK", "Reporting", "Editing", "Photo", "Getty", "Images", "Read", "More",
    "Related", "Sign", "Subscribe", "Advertisement", "Image", "Credit", "Updated", "Published",
    "Copyright", "Artificial", "General", "Superintelligence", "Internet", "Street", "Avenue",
    "Generative", "Agentic", "Conversational", "Responsible", "Emirates", "Kingdom", "States", "",
};

const std::string_view kGivenNames[] = {
    "Aaron", "Adam", "Adrian", "Aidan", "Alan", "Albert", "Alex", "Alexander", "Alexandr", "Alexandra",
    "Alice", "Alicia", "Alison", "Amanda", "Amir", "Amy", "Ana", "Andrea", "Andrej", "Andrew", "Andy",
    "Angela", "Anna", "Anne", "Anthony", "Anton", "Arjun", "Arthur", "Ashley", "Ben", "Benjamin",
    "Beth", "Bill", "Bob", "Brad", "Brandon", "Brendan", "Brian", "Bruce", "Caitlin", "Carl", "Carlos",
    "Carol", "Caroline", "Catherine", "Charles", "Charlie", "Chen", "Chris", "Christian",
    "Christina", "Christopher", "Claire", "Colin", "Connor", "Craig", "Dan", "Dana", "Daniel",
    "Daniela", "Danielle", "Dario", "David", "Deborah", "Dennis", "Derek", "Diana", "Diego",
    "Dmitri", "Dominic", "Donald", "Doug", "Douglas", "Dylan", "Ed", "Edward", "Elena", "Eli",
    "Elizabeth", "Ellen", "Emily", "Emma", "Eric", "Erik", "Ethan", "Eva", "Evan", "Fatima", "Felix",
    "Fernando", "Frank", "Gabriel", "Gary", "George", "Gloria", "Grace", "Greg", "Gregory", "Hannah",
    "Hao", "Harry", "Heather", "Helen", "Henry", "Hiroshi", "Hugo", "Ian", "Igor", "Ilya", "Isaac",
    "Ivan", "Jack", "Jacob", "Jake", "James", "Jamie", "Jan", "Jane", "Janet", "Jason", "Javier",
    "Jeff", "Jeffrey", "Jennifer", "Jenny", "Jeremy", "Jessica", "Jian", "Jill", "Jim", "Joan", "Joe",
    "Joel", "John", "Jon", "Jonathan", "Jordan", "Jose", "Joseph", "Josh", "Joshua", "Juan", "Judy",
    "Julia", "Julian", "Julie", "Justin", "Karen", "Kate", "Katherine", "Kathy", "Katie", "Keith",
    "Kelly", "Ken", "Kenji", "Kevin", "Kim", "Kyle", "Laura", "Lauren", "Leo", "Li", "Liam", "Lily",
    "Linda", "Lisa", "Liz", "Logan", "Lucas", "Lucy", "Luis", "Luke", "Maria", "Marie", "Mark",
    "Marcus", "Martin", "Mary", "Matt", "Matthew", "Max", "Maya", "Megan", "Melissa", "Michael",
    "Michelle", "Miguel", "Mike", "Min", "Mira", "Mohammed", "Morgan", "Nadia", "Nancy", "Naomi",
    "Nat", "Natalie", "Nathan", "Neil", "Nick", "Nicholas", "Nicole", "Nina", "Noah", "Noam",
    "Oliver", "Olivia", "Omar", "Oscar", "Owen", "Pablo", "Pat", "Patricia", "Patrick", "Paul",
    "Peter", "Philip", "Priya", "Rachel", "Rahul", "Raj", "Ravi", "Rebecca", "Richard", "Rick",
    "Rob", "Robert", "Robin", "Roger", "Ruoming", "Ryan", "Sam", "Samantha", "Samuel", "Sandra",
    "Sara", "Sarah", "Satya", "Scott", "Sean", "Sebastian", "Sergey", "Shane", "Sharon", "Shengjia",
    "Simon", "Sofia", "Sophia", "Sophie", "Stephanie", "Stephen", "Steve", "Steven", "Stuart",
    "Sundar", "Susan", "Tanya", "Taylor", "Ted", "Thomas", "Tim", "Timothy", "Tina", "Todd", "Tom",
    "Tony", "Tyler", "Valerie", "Vanessa", "Victor", "Victoria", "Vincent", "Walter", "Wei",
    "Wendy", "William", "Xin", "Yann", "Yuki", "Yusuf", "Zach", "Zoe", "",
};

}  // namespace hirewire::extract::lexicon
