P, O = "person", "organization"

PAGES = [
dict(id="en-01", title="Senate panel advances rail safety bill two years after Ohio derailment", body="""
WASHINGTON (AP) — The Senate Commerce Committee voted 17-11 on Wednesday to advance a bipartisan rail safety bill that would require two-person crews on most freight trains, more than two years after a Norfolk Southern train derailed and burned in East Palestine, Ohio.

Sen. Margaret Hollis, an Ohio Democrat who co-wrote the measure, said the vote showed that "the people of East Palestine have not been forgotten." Hollis said she had spoken with Majority Leader John Thune about bringing the bill to the floor before the August recess.

The bill's Republican co-sponsor, Sen. Dale Brockman of Kansas, called it "a common-sense compromise" but acknowledged that several colleagues remained wary of new costs for shippers. Brockman's office said amendments adopted on Wednesday had softened penalties for smaller short-line railroads.

Industry groups pushed back. The Association of American Railroads, which represents the largest freight carriers, said in a statement that crew-size mandates were "not supported by safety data." Norfolk Southern declined to comment, referring questions to the AAR.

The Brotherhood of Locomotive Engineers and Trainmen, the union representing many freight crews, praised the vote. "Every derailment we've seen tells us the same thing: you need people on those trains," said the union's national president, Raymond Duquette.

The National Transportation Safety Board concluded last year that the decision to vent and burn vinyl chloride from five derailed tank cars in East Palestine had been unnecessary. NTSB Chair Jennifer Homendy has repeatedly urged Congress to act on the board's recommendations.

Residents remain skeptical. "We've heard promises before," said Tessa Grunwald, who founded the group Ohio Valley Rail Watch after the derailment. The bill faces an uncertain path in the House, where the Transportation and Infrastructure Committee has not scheduled a hearing.
""", ents=[
 (O, ["AP"]),
 (O, ["Senate Commerce Committee"]),
 (O, ["Norfolk Southern"]),
 (P, ["Margaret Hollis", "Hollis"]),
 (P, ["John Thune"]),
 (P, ["Dale Brockman", "Brockman"]),
 (O, ["Association of American Railroads", "AAR"]),
 (O, ["Brotherhood of Locomotive Engineers and Trainmen"]),
 (P, ["Raymond Duquette"]),
 (O, ["National Transportation Safety Board", "NTSB"]),
 (P, ["Jennifer Homendy"]),
 (O, ["Congress"]),
 (P, ["Tessa Grunwald"]),
 (O, ["Ohio Valley Rail Watch"]),
 (O, ["House"]),
 (O, ["Transportation and Infrastructure Committee"]),
]),

dict(id="en-02", title="Care home boss jailed for stealing £1.2m from elderly residents", body="""
A former care home director who siphoned more than £1.2m from the bank accounts of elderly residents, several of whom had dementia, has been jailed for six years and eight months.

Graham Whitlow, 58, the managing director of Meadowbank Care Ltd, which ran three homes in Kent, had pleaded guilty at Maidstone Crown Court to fraud by abuse of position and money laundering.

Sentencing him on Friday, Judge Alison Pryce told Whitlow his offending was "a grotesque breach of trust" against "people who could not protect themselves". She said Mr Whitlow had used the money to pay for a villa in Portugal, private school fees and a Range Rover.

The court heard that Whitlow set himself up as the financial attorney for 14 residents and moved their savings into accounts controlled by Meadowbank. The fraud came to light in 2022 when a bank flagged unusual transfers to Kent Police.

The Crown Prosecution Service said it would now seek to recover the money under the Proceeds of Crime Act. "We will be pursuing every penny," said Rebecca Osei, a specialist prosecutor with the CPS.

Maureen Lyle, whose mother lived at one of the homes for four years, said outside court that the family had "trusted him completely". Ms Lyle added: "Mum thought he was a friend."

The Care Quality Commission, which rated two of Meadowbank's homes "good" as recently as 2021, said it had since strengthened its checks on providers' finances. The charity Age UK called for a national register of people acting under lasting powers of attorney.
""", ents=[
 (P, ["Graham Whitlow", "Whitlow", "Mr Whitlow"]),
 (O, ["Meadowbank Care Ltd", "Meadowbank"]),
 (O, ["Maidstone Crown Court"]),
 (P, ["Alison Pryce"]),
 (O, ["Kent Police"]),
 (O, ["Crown Prosecution Service", "CPS"]),
 (P, ["Rebecca Osei"]),
 (P, ["Maureen Lyle", "Ms Lyle"]),
 (O, ["Care Quality Commission"]),
 (O, ["Age UK"]),
]),

dict(id="en-03", title="Tata Motors' EV arm in talks to raise ₹4,000 crore as Mahindra readies rival platform", body="""
Mumbai: Tata Passenger Electric Mobility (TPEM), the electric vehicle subsidiary of Tata Motors, is in advanced talks with a clutch of global investors to raise up to ₹4,000 crore, people aware of the matter said.

Singapore-based Kestrel Bay Capital and a Gulf sovereign fund are among the frontrunners, the people said, adding that the deal could value TPEM at around $10 billion. A Tata Motors spokesperson declined to comment on "market speculation".

The fundraise comes as competition in India's electric car market intensifies. Mahindra & Mahindra (M&M) is set to unveil a new dedicated EV platform next month, while JSW MG Motor India has gained share with its cheaper models. "The window for Tata to dominate the segment on its own is closing," said Priya Venkataraman, an analyst at Kotak Institutional Equities.

Ms Venkataraman estimated that TPEM's share of the electric passenger vehicle market has slipped from over 70% in 2022 to about 38% this year.

TPEM managing director Rohan Deshpande told analysts last week that the company would launch four new models by 2027 and expand its charging partnership with Tata Power. Deshpande also said the company was in discussions with the Ministry of Heavy Industries over incentives under the PM E-DRIVE scheme.

Meanwhile, Bengaluru-based start-up Voltrik Mobility, which makes battery packs for electric three-wheelers, said it had raised $18 million in a Series B round led by Lightspeed. Founder Ananya Iyer said the funds would be used to set up a second plant in Hosur.

Shares of Tata Motors closed 2.3% higher on the BSE on Tuesday.
""", ents=[
 (O, ["Tata Passenger Electric Mobility", "TPEM"]),
 (O, ["Tata Motors", "Tata"]),
 (O, ["Kestrel Bay Capital"]),
 (O, ["Mahindra & Mahindra", "M&M", "Mahindra"]),
 (O, ["JSW MG Motor India"]),
 (P, ["Priya Venkataraman", "Ms Venkataraman"]),
 (O, ["Kotak Institutional Equities"]),
 (P, ["Rohan Deshpande", "Deshpande"]),
 (O, ["Tata Power"]),
 (O, ["Ministry of Heavy Industries"]),
 (O, ["Voltrik Mobility"]),
 (O, ["Lightspeed"]),
 (P, ["Ananya Iyer"]),
 (O, ["BSE"]),
]),

dict(id="en-04", title="Swans survive Magpies fightback to book preliminary final berth", body="""
The Sydney Swans are one win away from a grand final after holding off a fierce Collingwood comeback to win by five points in front of 46,000 fans at the SCG on Friday night.

Leading by 31 points at three-quarter time, the Swans looked home before the Magpies kicked four consecutive goals. It took a desperate smother from veteran defender Jack Kerrigan in the final minute to seal the 12.10 (82) to 11.11 (77) victory.

"I just threw myself at it," Kerrigan said. "Whatever it takes at this time of year."

Swans coach Dean Holloway singled out young midfielder Tom Papadakis, who gathered 31 disposals and kicked two goals in just his 24th game. "Tommy's got no fear. He wants the ball when it matters," Holloway said.

Magpies coach Ben Calloway said his side had left its run too late. "We gave them a four-goal head start in the second quarter and you can't do that in September," Calloway said. Sydney will host the Brisbane Lions in next week's preliminary final.

Swans forward Logan Whitfield faces an anxious wait after a second-quarter bump on Collingwood's Harvey Nguyen, who left the field with concussion. The AFL said the incident would be assessed on Saturday morning.

The match drew a combined national audience of 1.9 million on the Seven Network and Foxtel, according to OzTAM figures.
""", ents=[
 (O, ["Sydney Swans", "Swans", "Sydney"]),
 (O, ["Collingwood", "Magpies"]),
 (P, ["Jack Kerrigan", "Kerrigan"]),
 (P, ["Dean Holloway", "Holloway"]),
 (P, ["Tom Papadakis", "Tommy"]),
 (P, ["Ben Calloway", "Calloway"]),
 (O, ["Brisbane Lions"]),
 (P, ["Logan Whitfield"]),
 (P, ["Harvey Nguyen"]),
 (O, ["AFL"]),
 (O, ["Seven Network"]),
 (O, ["Foxtel"]),
 (O, ["OzTAM"]),
]),

dict(id="en-05", title="Hospital trust apologises after IT fault delayed 1,400 cancer referrals", body="""
An NHS trust in the East Midlands has apologised after a software fault meant more than 1,400 urgent cancer referrals from GPs were not processed for up to seven weeks.

Northfield and Ashby Hospitals NHS Foundation Trust said the problem arose after an upgrade to its electronic referral system, supplied by Leeds-based firm Calderline Health Systems, in January.

Chief executive Dr Helen Okafor said the trust was "deeply sorry" and had contacted every affected patient. "No patient should have to wait longer than necessary, and we have let people down," Dr Okafor said.

An internal review found that 37 of the patients were subsequently diagnosed with cancer, and that in at least two cases the delay may have affected treatment options.

Derek Amos, 71, from Coalville, waited nine weeks for a scan that later confirmed bowel cancer. Mr Amos said he had "rung the hospital six times and been told each time that it was in the system".

Calderline said in a statement that the fault had been caused by "a configuration error during data migration" and that it was working closely with the trust.

The Care Quality Commission said it was aware of the incident, and the Department of Health and Social Care said ministers had asked for a full report. Local MP Sarah Whitcombe said she would raise the case in Parliament.

Macmillan Cancer Support said the episode showed "how fragile" referral pathways had become, while Healthwatch Leicestershire urged patients who were still waiting to contact their GP.
""", ents=[
 (O, ["NHS"]),
 (O, ["Northfield and Ashby Hospitals NHS Foundation Trust"]),
 (O, ["Calderline Health Systems", "Calderline"]),
 (P, ["Dr Helen Okafor", "Dr Okafor"]),
 (P, ["Derek Amos", "Mr Amos"]),
 (O, ["Care Quality Commission"]),
 (O, ["Department of Health and Social Care"]),
 (P, ["Sarah Whitcombe"]),
 (O, ["Parliament"]),
 (O, ["Macmillan Cancer Support"]),
 (O, ["Healthwatch Leicestershire"]),
]),

dict(id="en-06", title="'The Hollow Choir' Scares Up $41 Million Opening, Topping Box Office", body="""
Blackthorn Pictures' low-budget horror film "The Hollow Choir" surprised the industry this weekend, opening to $41 million in North America and knocking Universal's animated sequel "Gizmo Gang 2" off the top spot, according to Comscore.

Made for just $9 million, the film was directed by first-time feature filmmaker Maya Okonkwo-Reyes, whose short "Vespers" won a jury prize at Sundance two years ago. Okonkwo-Reyes said in a statement that she was "completely overwhelmed" by the response.

The film stars Lucas Brandt as a choir director in rural Pennsylvania whose students begin to vanish one by one. Brandt, best known for his role on Netflix's "Harbor Lights," signed on after the project had been turned down by three studios.

Blackthorn, founded in 2019 by former A24 executive Dana Whitaker, has built a reputation for marketing horror to younger audiences on social media. "We spent more on creators than on TV spots," Whitaker told Variety.

Universal Pictures' "Gizmo Gang 2" slipped to second place with $33.5 million, while Warner Bros.' "Dust Road" rounded out the top three with $12 million.

Okonkwo-Reyes is repped by Creative Artists Agency (CAA) and Anonymous Content, and is already attached to direct a sci-fi thriller for Blackthorn next year.
""", ents=[
 (O, ["Blackthorn Pictures", "Blackthorn"]),
 (O, ["Universal", "Universal Pictures"]),
 (O, ["Comscore"]),
 (P, ["Maya Okonkwo-Reyes", "Okonkwo-Reyes"]),
 (P, ["Lucas Brandt", "Brandt"]),
 (O, ["Netflix"]),
 (O, ["A24"]),
 (P, ["Dana Whitaker", "Whitaker"]),
 (O, ["Variety"]),
 (O, ["Warner Bros."]),
 (O, ["Creative Artists Agency", "CAA"]),
 (O, ["Anonymous Content"]),
]),

dict(id="en-07", title="BBMP, IISc to map encroached lake beds to curb flooding", body="""
BENGALURU: The Bruhat Bengaluru Mahanagara Palike (BBMP) has signed an agreement with the Indian Institute of Science (IISc) to map encroachments on the city's lake beds and storm-water drains, in a bid to prevent a repeat of the floods that crippled parts of the city last monsoon.

Under the ₹6.5 crore project, a team from the Centre for Sustainable Technologies at IISc led by Dr Meera Subramanian will use satellite imagery and drone surveys to create a digital map of 180 lakes. "Many lake beds have simply disappeared from official records," Dr Subramanian said.

BBMP chief commissioner Ravindra Hegde said the map would be shared with the Bangalore Water Supply and Sewerage Board (BWSSB) and the Karnataka State Natural Disaster Monitoring Centre. Mr Hegde said action would be taken against encroachers "irrespective of their influence".

Residents have welcomed the move with caution. Sanjay Kulkarni, convenor of the Bellandur Lake Residents' Forum, said similar surveys had been carried out in 2017 and 2020 "and then quietly shelved".

The issue has also turned political. BJP MLA S. Raghunath accused the Congress government of protecting builders, while Congress spokesperson Farzana Khan said the previous BJP government had "legalised encroachments".

The Karnataka High Court has separately directed the state government to file a status report on lake encroachments by March.
""", ents=[
 (O, ["Bruhat Bengaluru Mahanagara Palike", "BBMP"]),
 (O, ["Indian Institute of Science", "IISc"]),
 (O, ["Centre for Sustainable Technologies"]),
 (P, ["Dr Meera Subramanian", "Dr Subramanian"]),
 (P, ["Ravindra Hegde", "Mr Hegde"]),
 (O, ["Bangalore Water Supply and Sewerage Board", "BWSSB"]),
 (O, ["Karnataka State Natural Disaster Monitoring Centre"]),
 (P, ["Sanjay Kulkarni"]),
 (O, ["Bellandur Lake Residents' Forum"]),
 (O, ["BJP"]),
 (P, ["S. Raghunath"]),
 (O, ["Congress"]),
 (P, ["Farzana Khan"]),
 (O, ["Karnataka High Court"]),
]),
]
