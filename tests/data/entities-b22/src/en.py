P, O = "person", "organization"

PAGES = [
dict(id="en-01", title='Starmer braced for Labour rebellion over disability benefit cuts',
paras=[
'Keir Starmer is braced for the biggest rebellion of his premiership after 46 Labour MPs signed an amendment opposing cuts to disability benefits, setting up a tense Commons vote on Tuesday.',
'The amendment was tabled by Rachel Ombwe, the MP for Leeds East and chair of the Work and Pensions Committee, who said the changes would "push tens of thousands of disabled people into poverty". Ms Ombwe has asked for the cuts to be paused until an independent review reports next year.',
'Downing Street insisted the reforms would go ahead. "The prime minister is determined to fix a broken system," a No 10 spokesperson said. The work and pensions secretary, Daniel Harcourt, told BBC Radio 4 that "no one who genuinely cannot work will lose out". Harcourt is understood to have met rebel MPs on Monday evening.',
'The Department for Work and Pensions (DWP) estimates the changes will save £4.8bn a year by 2030. But analysis by the Institute for Fiscal Studies (IFS) suggested the savings could be £1bn lower. "The numbers are highly uncertain," said Helen Marsh, a research economist at the IFS.',
'The Conservatives accused the government of chaos. Kemi Badenoch said the Tories would vote against the bill "because Labour has no plan of its own". The Liberal Democrats and Reform UK are also expected to oppose it.',
'Tomasz Wierzbicki, the chief executive of the charity Disability Rights Network UK, said: "MPs have a choice between balancing the books and protecting people\'s dignity." Mr Wierzbicki\'s group is holding a vigil in Parliament Square on Tuesday evening.',
],
ents=[
(P, ["Keir Starmer", "Starmer"]), (O, ["Labour"]), (O, ["Commons"]), (P, ["Rachel Ombwe", "Ms Ombwe"]), (O, ["Work and Pensions Committee"]),
(O, ["Downing Street", "No 10"]), (P, ["Daniel Harcourt", "Harcourt"]), (O, ["BBC Radio 4"]),
(O, ["Department for Work and Pensions", "DWP"]), (O, ["Institute for Fiscal Studies", "IFS"]), (P, ["Helen Marsh"]),
(O, ["Conservatives", "Tories"]), (P, ["Kemi Badenoch"]), (O, ["Liberal Democrats"]), (O, ["Reform UK"]),
(P, ["Tomasz Wierzbicki", "Mr Wierzbicki"]), (O, ["Disability Rights Network UK"]),
]),

dict(id="en-02", title='Judge blocks Ohio health startup from selling patient data',
paras=[
'A federal judge on Thursday temporarily barred a health-tech startup from selling patient data collected through its symptom-checker app, handing an early win to a coalition of 11 states that sued the company in March.',
'Judge Marisol Ferrante of the U.S. District Court for the Southern District of Ohio granted a preliminary injunction against MedPath Analytics Inc., finding that the states were likely to show the company misled users about how their information would be shared. "Consent buried on page 34 of a terms-of-service document is not consent," Ferrante wrote.',
'MedPath, founded in 2019 by former Cleveland Clinic data scientist Arjun Mehra, had agreed last year to sell de-identified records of about 2 million users to Halvorsen Insurance Group. Mehra has said the data could not be traced back to individuals.',
'Michigan Attorney General Dana Whitlock, who led the coalition, called the ruling "a warning shot to every company that treats health data as a commodity."',
'Gordon Lyle, a partner at Bracewell Finch LLP who represents MedPath, said the company would appeal to the Sixth Circuit. "The court has misread both the law and the technology," he said.',
'The Federal Trade Commission opened a separate inquiry into the company this spring. An FTC spokesperson declined to comment. Cindy Park, a staff attorney at the Electronic Frontier Foundation, said the case could shape how regulators treat wellness apps that fall outside federal health privacy rules.',
'Shares of Halvorsen, which is listed on the New York Stock Exchange, fell 3% in afternoon trading.',
],
ents=[
(P, ["Marisol Ferrante", "Ferrante"]), (O, ["U.S. District Court for the Southern District of Ohio"]), (O, ["MedPath Analytics Inc.", "MedPath"]),
(O, ["Cleveland Clinic"]), (P, ["Arjun Mehra", "Mehra"]), (O, ["Halvorsen Insurance Group", "Halvorsen"]), (P, ["Dana Whitlock"]),
(P, ["Gordon Lyle"]), (O, ["Bracewell Finch LLP"]), (O, ["Sixth Circuit"]), (O, ["Federal Trade Commission", "FTC"]), (P, ["Cindy Park"]),
(O, ["Electronic Frontier Foundation"]), (O, ["New York Stock Exchange"]),
]),

dict(id="en-03", title='Kulkarni six off last ball as Mumbai Indians stun Chennai Super Kings',
paras=[
'Mumbai, April 13 (PTI) Mumbai Indians pulled off a stunning last-ball win over Chennai Super Kings at the Wankhede Stadium on Sunday, with 21-year-old all-rounder Aarav Kulkarni smashing a six off the final delivery to seal a four-wicket victory.',
'Chasing 187, MI needed 14 off the last over, bowled by CSK\'s Sri Lankan pacer Dilan Wickramasinghe. Kulkarni hit two fours before finishing in style over long-on. "I just backed myself. The dugout told me to stay till the end," Kulkarni said at the post-match presentation.',
'Earlier, CSK rode on a fluent 78 off 49 balls from opener Rahul Deshpande. Deshpande added 96 for the second wicket with skipper Vikram Iyer, but MI leg-spinner Sohail Qureshi pulled things back with three wickets in the death overs.',
'MI captain Karan Bhatia praised the youngster. "Aarav has been doing this in the nets for weeks. Today the whole country saw it," Bhatia said.',
'The Board of Control for Cricket in India (BCCI) later fined Iyer Rs 12 lakh for maintaining a slow over-rate, his first offence of the season. A BCCI statement said the CSK skipper had accepted the sanction.',
'Kulkarni, who came through the Mumbai Cricket Association (MCA) academy in Bandra, is now the leading run-scorer among uncapped players this season. MCA secretary Nilesh Sawant said the association was "extremely proud".',
],
ents=[
(O, ["PTI"]), (O, ["Mumbai Indians", "MI"]), (O, ["Chennai Super Kings", "CSK"]), (P, ["Aarav Kulkarni", "Kulkarni", "Aarav"]),
(P, ["Dilan Wickramasinghe"]), (P, ["Rahul Deshpande", "Deshpande"]), (P, ["Vikram Iyer", "Iyer"]), (P, ["Sohail Qureshi"]),
(P, ["Karan Bhatia", "Bhatia"]), (O, ["Board of Control for Cricket in India", "BCCI"]), (O, ["Mumbai Cricket Association", "MCA"]),
(P, ["Nilesh Sawant"]),
]),

dict(id="en-04", title='Residents rally to save Marrickville pool as Inner West Council weighs closure',
paras=[
'Hundreds of residents rallied in Sydney\'s inner west on Saturday against a proposal to close the ageing outdoor pool at Marrickville, as Inner West Council grapples with a $12 million budget shortfall.',
'Councillors will vote on Tuesday on a staff report recommending the 50-metre pool be shut for at least three years. Mayor Priya Nandakumar said the council had "no good options". "We have inherited assets that are falling apart and a rate cap set by IPART that doesn\'t cover inflation," Cr Nandakumar said.',
'The Independent Pricing and Regulatory Tribunal (IPART) last year approved a rate rise of 4.5 per cent for the council, well below the 9 per cent it had requested.',
'Jodie McAllister, a spokeswoman for the community group Save Our Pools Inner West, said more than 8,000 people had signed a petition. "This is where kids learn to swim. Closing it is not a budget decision, it\'s a safety decision," Ms McAllister said.',
'Bruce Tran, head coach of the Marrickville Dolphins Swimming Club, said 240 junior members would have to travel to Leichhardt or Ashfield to train. Greens councillor Lucy Okafor said she would move an amendment to fund urgent repairs from the council\'s infrastructure reserve, while Labor councillors are yet to declare their position.',
'A spokesman for the NSW Office of Local Government said it was aware of the council\'s financial position. Sydney Water has previously flagged leaks in the pool\'s pipework that cost an estimated $400,000 a year in lost water.',
],
ents=[
(O, ["Inner West Council"]), (P, ["Priya Nandakumar", "Cr Nandakumar"]), (O, ["Independent Pricing and Regulatory Tribunal", "IPART"]),
(P, ["Jodie McAllister", "Ms McAllister"]), (O, ["Save Our Pools Inner West"]), (P, ["Bruce Tran"]), (O, ["Marrickville Dolphins Swimming Club"]),
(O, ["Greens"]), (P, ["Lucy Okafor"]), (O, ["Labor"]), (O, ["NSW Office of Local Government"]), (O, ["Sydney Water"]),
]),

dict(id="en-05", title='Nvidia-backed chip startup Lumora files for Nasdaq IPO',
paras=[
'NEW YORK (Reuters) - Lumora Systems, a Santa Clara, California-based designer of optical interconnect chips backed by Nvidia, filed for an initial public offering on Monday, in what could be one of the largest tech listings of the year.',
'A filing with the Securities and Exchange Commission showed the company\'s revenue more than tripled to $612 million in the year to June, while its net loss narrowed to $48 million. Lumora plans to list on the Nasdaq under the ticker "LUMO".',
'Goldman Sachs and Morgan Stanley are the lead underwriters. Sources familiar with the matter said the company is seeking a valuation of about $9 billion.',
'Chief executive Wen-Li Chao, a former Intel engineer who co-founded Lumora in 2018, said demand from data centres training large AI models had "caught even us by surprise". Chao said the company would use the proceeds to expand manufacturing with its foundry partner, Taiwan Semiconductor Manufacturing Co.',
'Microsoft and Oracle together account for more than half of Lumora\'s revenue, according to the filing, a concentration that could worry some investors. "Customer concentration is the key risk here," said Priya Raman, an analyst at Bernstein.',
'Jonah Feld, senior strategist at IPO research firm Renaissance Capital, said the listing would test whether investors remain willing to pay up for AI infrastructure names after a volatile summer.',
'(Reporting by Sam Okoye in New York; Editing by Maria Lund)',
],
ents=[
(O, ["Reuters"]), (O, ["Lumora Systems", "Lumora"]), (O, ["Nvidia"]), (O, ["Securities and Exchange Commission"]), (O, ["Nasdaq"]),
(O, ["Goldman Sachs"]), (O, ["Morgan Stanley"]), (P, ["Wen-Li Chao", "Chao"]), (O, ["Intel"]), (O, ["Taiwan Semiconductor Manufacturing Co."]),
(O, ["Microsoft"]), (O, ["Oracle"]), (P, ["Priya Raman"]), (O, ["Bernstein"]), (P, ["Jonah Feld"]), (O, ["Renaissance Capital"]),
(P, ["Sam Okoye"]), (P, ["Maria Lund"]),
]),

dict(id="en-06", title='Hospital trust apologises after 87-year-old waited 41 hours in A&E',
paras=[
'A hospital trust in Kent has apologised after an 87-year-old woman with a broken hip waited 41 hours in A&E before being given a bed.',
'Margaret Hollis was taken to Ashford General Hospital by ambulance on 3 January after falling at her home in Tenterden. Her daughter, Sarah Hollis, said Mrs Hollis spent the first night on a trolley in a corridor. "She was frightened and in pain, and nobody could tell us when she would be moved," she said.',
'North Downs Hospitals NHS Foundation Trust, which runs the hospital, said the department had been under "extreme pressure" because of a surge in flu admissions. Its chief executive, Dr Anjali Rao, said: "This is not the standard of care we want for any patient." Dr Rao said the trust had opened 30 extra beds.',
'The Care Quality Commission (CQC) rated the trust\'s urgent care services as "requires improvement" at its last inspection in 2024. A CQC spokesperson said inspectors were "monitoring the situation closely".',
'Dr Ian Cowley, vice-president of the Royal College of Emergency Medicine, said corridor care had become "normalised" across England. Figures published by NHS England show more than 50,000 patients waited over 12 hours in emergency departments in December.',
'The Department of Health and Social Care said it was investing £450m to cut A&E waits. Healthwatch Kent, the county\'s patient watchdog, has asked the trust to meet Mrs Hollis\'s family.',
],
ents=[
(P, ["Margaret Hollis", "Mrs Hollis"]), (O, ["Ashford General Hospital"]), (P, ["Sarah Hollis"]),
(O, ["North Downs Hospitals NHS Foundation Trust"]), (P, ["Dr Anjali Rao", "Dr Rao"]), (O, ["Care Quality Commission", "CQC"]),
(P, ["Dr Ian Cowley"]), (O, ["Royal College of Emergency Medicine"]), (O, ["NHS England"]),
(O, ["Department of Health and Social Care"]), (O, ["Healthwatch Kent"]),
]),

dict(id="en-07", title="Censor board seeks 14 cuts in 'Raazdaar'; makers move Bombay High Court",
paras=[
"Kesariya Pictures' period drama Raazdaar has run into trouble with the Central Board of Film Certification (CBFC), which has asked for 14 cuts and a change to the film's title before granting it a U/A certificate.",
"Director Neha Dhillon told HT that the objections related to scenes depicting a 1940s princely state. \"We have historians on record backing every scene. Cutting them would make the film dishonest,\" Dhillon said. She added that the team had already delayed the release once.",
"Lead actor Kabir Saigal, who plays a double agent in the film, posted on Instagram that he stood \"one hundred per cent\" with the director. Co-star Ishita Rawal also shared the post.",
"Producer Rakesh Mehta said Kesariya had filed a petition in the Bombay High Court challenging the CBFC's order. A bench of the high court is expected to hear the matter on Thursday. Mr Mehta said the company had spent Rs 140 crore on the film.",
"The Indian Motion Picture Producers' Association (IMPPA) has written to the Ministry of Information and Broadcasting seeking clarity on certification guidelines for historical films. Netflix, which has acquired the film's streaming rights, declined to comment.",
],
ents=[
(O, ["Kesariya Pictures", "Kesariya"]), (O, ["Central Board of Film Certification", "CBFC"]), (P, ["Neha Dhillon", "Dhillon"]), (O, ["HT"]),
(P, ["Kabir Saigal"]), (P, ["Ishita Rawal"]), (P, ["Rakesh Mehta", "Mr Mehta"]), (O, ["Bombay High Court"]),
(O, ["Indian Motion Picture Producers' Association", "IMPPA"]), (O, ["Ministry of Information and Broadcasting"]), (O, ["Netflix"]),
]),
]
