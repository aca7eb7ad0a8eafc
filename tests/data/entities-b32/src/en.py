LANG = "en"
PAGES = [
dict(id="en-01",
title="Senate panel advances rail safety bill after months of derailment hearings",
body="""
WASHINGTON — A Senate committee on Thursday advanced a bill that would require longer freight trains to carry two-person crews and install more trackside heat detectors, the most significant rail safety measure to clear a congressional panel in more than a decade.

The Senate Commerce Committee voted 19-9 to send the legislation to the full Senate. Its sponsors, Sen. Maria Delgado of Nevada and Sen. Thomas Whitcombe of Ohio, said the bill responded directly to a string of derailments that forced evacuations in small towns across the Midwest.

"Families should not have to choose between their homes and their lungs because a railroad decided to cut corners," Delgado said after the vote. Whitcombe, who represents the area hit hardest by a 2023 derailment, called the bill "overdue and modest."

The Association of American Railroads, the industry's main lobbying group, said the crew requirement would raise costs without improving safety. "The data simply do not support a federal mandate," the group's senior vice president, Mark Hollings, said in a statement. Norfolk Southern and Union Pacific declined to comment.

The National Transportation Safety Board, which investigates rail accidents, has repeatedly urged better detection of overheating wheel bearings. NTSB board member Carla Bienvenu told lawmakers in March that existing rules were "written for a railroad that no longer exists."

Labor unions praised the vote. Dale Rutkowski, legislative director of the SMART Transportation Division, said conductors had been "asking for this for years." A community group formed after one derailment, the Ohio Valley Rail Safety Coalition, said it would bus residents to Washington to lobby for a floor vote.

The Department of Transportation supports the bill, a spokesperson said. It is not clear when Senate leaders will schedule a vote.
""",
ents="""
O Senate Commerce Committee
O Senate
P Maria Delgado|Delgado
P Thomas Whitcombe|Whitcombe
O Association of American Railroads
P Mark Hollings
O Norfolk Southern
O Union Pacific
O National Transportation Safety Board|NTSB
P Carla Bienvenu
P Dale Rutkowski
O SMART Transportation Division
O Ohio Valley Rail Safety Coalition
O Department of Transportation
"""),

dict(id="en-02",
title="Former housing trust boss jailed for £2.3m fraud",
body="""
A former chief executive of a Lancashire housing charity has been jailed for six years after stealing £2.3m meant for repairs to tenants' homes.

Graham Ashworth, 57, from Clitheroe, pleaded guilty at Preston Crown Court to fraud by abuse of position and money laundering. The court heard that over five years Mr Ashworth paid invoices from Pendle Roofing Services, a company secretly owned by his brother-in-law, for work that was never carried out.

Sentencing, Judge Eleanor Whitfield said Mr Ashworth had "betrayed the trust of some of the most vulnerable people in the county". She added: "While you were enjoying holidays in Dubai, families were living with damp and mould."

The fraud at Ribble Valley Homes Trust came to light in 2022 when a finance officer, Claire Benson, noticed that the same repairs had been billed three times. Ms Benson reported her concerns to the trust's board and to Lancashire Police.

The Crown Prosecution Service said the case had involved tens of thousands of pages of financial records. Priya Mistry, from the CPS Complex Casework Unit in the North West, said: "Ashworth thought he could hide behind a web of shell companies. He was wrong."

The brother-in-law, Kevin Doyle, 61, was given a two-year suspended sentence for his part in the scheme. His solicitor, Martin Hale of Hale Barrow Cottingham LLP, said Mr Doyle had been "naive rather than dishonest".

The Regulator of Social Housing has placed the trust under supervision. Its new chair, Dame Susan Okoro, told the BBC that tenants would be "first in the queue" for any money recovered.
""",
ents="""
P Graham Ashworth|Mr Ashworth|Ashworth
O Preston Crown Court
O Pendle Roofing Services
P Eleanor Whitfield
O Ribble Valley Homes Trust
P Claire Benson|Ms Benson
O Lancashire Police
O Crown Prosecution Service
P Priya Mistry
O CPS Complex Casework Unit
P Kevin Doyle|Mr Doyle
P Martin Hale
O Hale Barrow Cottingham LLP
O Regulator of Social Housing
P Dame Susan Okoro
O BBC
"""),

dict(id="en-03",
title="Tata-backed battery maker to invest ₹9,000 crore in Gujarat gigafactory",
body="""
MUMBAI: Agratas Energy Storage Solutions, the battery arm of the Tata Group, will invest ₹9,000 crore in a second cell manufacturing plant at Sanand in Gujarat, the company said on Tuesday, as automakers race to localise supply chains for electric vehicles.

The plant, with an initial capacity of 10 GWh, is expected to begin production in 2028 and will mainly supply Tata Motors and JLR, the British luxury carmaker owned by the group. Agratas chief executive Ramesh Iyengar said the facility would create about 4,500 direct jobs.

"India cannot build an EV industry on imported cells. This investment is about control over the most critical part of the vehicle," Mr. Iyengar told reporters at the company's Mumbai office.

The state government will provide land and a capital subsidy under its electronics and semiconductor policy. State Industries Minister Balvant Desai said the project was "a vote of confidence in Gujarat's industrial ecosystem." The Ministry of Heavy Industries is also expected to approve incentives under the production-linked incentive scheme for advanced chemistry cells.

Smaller players are watching closely. Pune-based start-up Voltrix Mobility, which makes battery packs for electric three-wheelers, currently imports cells from China. Its co-founder Ananya Kulkarni said a domestic supplier could cut costs by 12-15 per cent. "Right now we are at the mercy of freight rates and currency movements," Ms. Kulkarni said.

Analysts at Kotak Institutional Equities said the announcement was positive for Tata Motors, whose shares rose 2.4 per cent on the National Stock Exchange. The Society of Indian Automobile Manufacturers (SIAM) has forecast that electric vehicles will make up about 8 per cent of passenger vehicle sales this financial year.
""",
ents="""
O Agratas Energy Storage Solutions|Agratas
O Tata Group
O Tata Motors
O JLR
P Ramesh Iyengar|Mr. Iyengar
P Balvant Desai
O Ministry of Heavy Industries
O Voltrix Mobility
P Ananya Kulkarni|Ms. Kulkarni
O Kotak Institutional Equities
O National Stock Exchange
O Society of Indian Automobile Manufacturers|SIAM
"""),

dict(id="en-04",
title="Tran kicks five as Swans stun Magpies at the MCG",
body="""
Teenage forward Riley Tran kicked five goals as the Sydney Swans shocked Collingwood by 14 points at the MCG on Saturday night, keeping the Swans' finals hopes alive.

Tran, 19, playing only his ninth AFL game, booted three goals in a frantic third quarter as the Swans piled on 6.2 to turn a 17-point deficit into a handy lead. The Magpies, who had won their previous six matches, never recovered.

"He's got a bit of magic about him," Sydney coach Mark Ferreira said. "We brought him in because he doesn't get overawed, and tonight he showed why." Ferreira also praised veteran midfielder Jack O'Halloran, who had 34 disposals in his 250th game.

Collingwood coach Darren Keogh said his side had been "flat from the first bounce". The Pies lost key defender Tom Reddaway to a hamstring injury in the second quarter, and Keogh said he was likely to miss at least three weeks.

Tran was recruited from the Swans' academy after starring for the Sydney University Football Club in the local league. His junior coach, Kelly Burgess, was in the crowd. "He used to kick 100 goals a day in the backyard," she told the ABC.

The AFL confirmed after the match that it would review a late umpiring decision which denied Collingwood a free kick in the final minute. The AFL Players' Association said it would support any player called to give evidence.

Sydney host Geelong at the SCG next Friday, while Collingwood travel to Perth to face the West Coast Eagles.
""",
ents="""
P Riley Tran|Tran
O Sydney Swans|Sydney|Swans
O Collingwood|Magpies|Pies
O AFL
P Mark Ferreira|Ferreira
P Jack O'Halloran
P Darren Keogh|Keogh
P Tom Reddaway
O Sydney University Football Club
P Kelly Burgess
O ABC
O AFL Players' Association
O Geelong
O West Coast Eagles
"""),

dict(id="en-05",
title="Hospital trust apologises to families after maternity failings",
body="""
A hospital trust in the West Midlands has apologised to dozens of families after an independent review found that failings in its maternity services contributed to the deaths of 11 babies over six years.

The review, led by the senior midwife Dr Amara Okafor, examined 146 cases at North Severn Hospitals NHS Foundation Trust between 2018 and 2024. It found a "culture of fear" in which junior staff felt unable to challenge consultants, and repeated failures to monitor babies' heart rates during labour.

Helen Maddox, the trust's chief executive, said: "We are deeply sorry. We failed these families, and we will not hide from that." Ms Maddox said an extra 40 midwives had been recruited since 2023.

Among the families were Sunita and Ravi Patel, whose daughter died shortly after birth in 2021. Mrs Patel said the report confirmed "what we have been saying for four years". The couple helped set up the campaign group Bright Beginnings Families, which pushed for the review.

The Care Quality Commission rated the trust's maternity services "inadequate" last year. The CQC said on Tuesday it would carry out an unannounced inspection within three months. NHS England said it would send a team of senior clinicians to support the trust.

The Royal College of Midwives said the findings reflected pressures seen across the country. Its director for England, Fiona Mackay, said: "Midwives cannot provide safe care when they are stretched this thin."

Downing Street said the prime minister had been briefed on the report, and the Department of Health and Social Care said ministers would respond in full to its 32 recommendations.
""",
ents="""
P Dr Amara Okafor
O North Severn Hospitals NHS Foundation Trust
P Helen Maddox|Ms Maddox
P Sunita|Mrs Patel
P Ravi Patel
O Bright Beginnings Families
O Care Quality Commission|CQC
O NHS England
O Royal College of Midwives
P Fiona Mackay
O Downing Street
O Department of Health and Social Care
"""),

dict(id="en-06",
title="Paper Lanterns sign with Sub Pop, announce 30-city fall tour",
body="""
Indie rock band Paper Lanterns have signed with Sub Pop Records, the Seattle label announced Monday, and will release their third album, "Glass Harbor," in September.

The Philadelphia four-piece built a devoted following with two self-released records and relentless touring in small clubs. Frontwoman Dani Okoro said the band had turned down offers from two major labels before choosing Sub Pop. "They let bands be weird," Okoro told Variety. "That's all we ever wanted."

The album was recorded over three weeks in a converted church in upstate New York with producer Aaron Lindqvist, who has worked with Big Thief and Japanese Breakfast. Drummer Luis Marroquín said Lindqvist pushed them to record most songs live: "If you messed up, everybody had to start again."

Sub Pop A&R director Megan Castillo called Paper Lanterns "one of the most exciting live bands in America right now." The label will also press the record on colored vinyl, with a portion of proceeds going to the Philadelphia nonprofit Girls Rock Philly.

The band's 30-city North American tour, promoted by Live Nation, begins Sept. 18 in Boston and ends with two nights in Philadelphia in November. Tickets go on sale Friday.

Okoro said the band is managed by Hollow Pine Management, a small firm run by her cousin, Teresa Okoro-Banks. "We've kept things in the family," she said. "It's the only way we know how to do it."
""",
ents="""
O Paper Lanterns
O Sub Pop Records|Sub Pop
P Dani Okoro|Okoro
O Variety
P Aaron Lindqvist|Lindqvist
O Big Thief
O Japanese Breakfast
P Luis Marroquín
P Megan Castillo
O Girls Rock Philly
O Live Nation
O Hollow Pine Management
P Teresa Okoro-Banks
"""),

dict(id="en-07",
title="Chennai start-up test-fires 3D-printed rocket engine with ISRO support",
body="""
CHENNAI: A Chennai-based space start-up incubated at IIT Madras on Saturday successfully test-fired a fully 3D-printed semi-cryogenic rocket engine at the Indian Space Research Organisation's (ISRO) propulsion complex in Mahendragiri, Tamil Nadu.

Vyomika Aerospace said the 12-second hot test of its Agni-V1 engine met all performance targets. The company plans to use a cluster of the engines on a small launch vehicle that can put 150 kg satellites into low earth orbit by 2027.

"This is the first time a private Indian company has tested an engine of this class," said Karthik Sundaram, the company's co-founder and chief executive. Mr. Sundaram, a graduate of IIT Madras, founded the firm in 2020 with two classmates from the institute's Department of Aerospace Engineering.

The test was conducted under an agreement with the Indian National Space Promotion and Authorisation Centre (IN-SPACe), the nodal agency that allows private firms to use ISRO facilities. IN-SPACe director Arvind Menon said the result showed that "India's private space sector has come of age."

Scientists at the ISRO Propulsion Complex monitored the test. Its director, Dr. S. Lakshmi Narayanan, said the engine's thrust was "remarkably stable for a first full-duration firing."

The start-up has so far raised ₹210 crore from investors including Speciale Invest and the Tamil Nadu Industrial Development Corporation (TIDCO). A TIDCO official said the state was keen to build a space manufacturing cluster near Thoothukudi, where ISRO is developing a new spaceport for small rockets.
""",
ents="""
O IIT Madras
O Indian Space Research Organisation|ISRO
O Vyomika Aerospace
P Karthik Sundaram|Mr. Sundaram
O Department of Aerospace Engineering
O Indian National Space Promotion and Authorisation Centre|IN-SPACe
P Arvind Menon
O ISRO Propulsion Complex
P Dr. S. Lakshmi Narayanan
O Speciale Invest
O Tamil Nadu Industrial Development Corporation|TIDCO
"""),
]
