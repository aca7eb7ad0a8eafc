P, O = "person", "organization"

PAGES = [
dict(id="en-01", title="Starmer forced into U-turn as Labour MPs revolt over disability benefit cuts",
paras=[
"Downing Street was forced into a late-night climbdown on Tuesday after more than 40 Labour MPs signed an amendment opposing cuts to disability benefits, in the biggest rebellion of Sir Keir Starmer's premiership so far.",
"The amendment was tabled by Harriet Okonkwo, who chairs the Commons Work and Pensions Committee. Ms Okonkwo told the BBC that the proposed changes would push \"tens of thousands of disabled people into poverty\" and that ministers had \"not listened to a single charity\".",
"The Department for Work and Pensions (DWP) insisted the reforms were needed to get people back into work. The work and pensions secretary, Alan Brierley, said on Wednesday morning that the government would \"pause and reflect\", but Mr Brierley refused to say whether the savings would still be found elsewhere. The Treasury had pencilled in £4.8bn of savings by the end of the decade.",
"Ruth Adeyemi, the chief executive of the disability charity Scope, welcomed the pause. Analysis by the Resolution Foundation suggested that about 250,000 households would have lost an average of £3,500 a year, while the Institute for Fiscal Studies (IFS) warned that the Office for Budget Responsibility (OBR) would not score \"vague promises\" as savings.",
"The Conservatives accused the government of chaos. Their leader, Kemi Badenoch, said: \"This prime minister cannot even control his own party.\" The Liberal Democrats called for cross-party talks, and Reform UK's Nigel Farage said the row showed Labour had \"no idea what it stands for\". A Lib Dem spokesperson said the party would table its own amendment.",
"Starmer is expected to meet rebel MPs on Thursday. One senior backbencher said the mood was \"the worst it has been since the election\".",
],
ents=[
(P, ["Sir Keir Starmer", "Starmer"]), (P, ["Harriet Okonkwo", "Ms Okonkwo"]), (P, ["Alan Brierley", "Mr Brierley"]),
(P, ["Ruth Adeyemi"]), (P, ["Kemi Badenoch"]), (P, ["Nigel Farage"]),
(O, ["Downing Street"]), (O, ["Labour"]), (O, ["Commons Work and Pensions Committee"]), (O, ["BBC"]),
(O, ["Department for Work and Pensions", "DWP"]), (O, ["Treasury"]), (O, ["Scope"]), (O, ["Resolution Foundation"]),
(O, ["Institute for Fiscal Studies", "IFS"]), (O, ["Office for Budget Responsibility", "OBR"]), (O, ["Conservatives"]),
(O, ["Liberal Democrats", "Lib Dem"]), (O, ["Reform UK"]),
]),

dict(id="en-02", title="Jury finds Ohio chemical maker liable in $210m groundwater case",
paras=[
"COLUMBUS, Ohio (AP) — A federal jury on Thursday found Miami Valley Polymers liable for contaminating drinking water wells in three rural townships, awarding $210 million to more than 1,400 residents who said the company's plant leaked industrial solvents for nearly two decades.",
"The verdict in the U.S. District Court for the Southern District of Ohio came after a six-week trial. Judge Marguerite Halvorsen told jurors they had \"given this case the attention it deserved.\" Halvorsen will decide later whether to add punitive damages.",
"Lead plaintiffs' attorney Dana Whitcombe, of the Houston firm Brandt Okafor & Lowe, argued that internal memos showed managers knew about the leaks as early as 2006. \"They chose profit over the people next door,\" Whitcombe said in closing arguments.",
"The company, a subsidiary of Texas-based Gulfstar Chemical Holdings, was represented by Kirkland & Ellis. Spokesperson Greg Tomasz said Gulfstar was \"deeply disappointed\" and would appeal to the 6th U.S. Circuit Court of Appeals.",
"The Environmental Protection Agency added the site to its Superfund list in 2021, and the Ohio EPA has ordered the company to fund a new municipal water line. The EPA declined to comment on the verdict.",
"Resident Lorraine Dutton, 67, who has lived near the plant since 1981, said she cried when the verdict was read. \"Nobody believed us for years,\" Dutton said. Ohio Attorney General Dave Yost said in a statement that his office was reviewing whether to bring a separate state case; Yost has previously sued two other chemical companies over groundwater pollution.",
],
ents=[
(P, ["Marguerite Halvorsen", "Halvorsen"]), (P, ["Dana Whitcombe", "Whitcombe"]), (P, ["Greg Tomasz"]),
(P, ["Lorraine Dutton", "Dutton"]), (P, ["Dave Yost", "Yost"]),
(O, ["AP"]), (O, ["Miami Valley Polymers"]), (O, ["U.S. District Court for the Southern District of Ohio"]),
(O, ["Brandt Okafor & Lowe"]), (O, ["Gulfstar Chemical Holdings", "Gulfstar"]), (O, ["Kirkland & Ellis"]),
(O, ["6th U.S. Circuit Court of Appeals"]), (O, ["Environmental Protection Agency", "EPA"]), (O, ["Ohio EPA"]),
]),

dict(id="en-03", title="Deshmukh holds nerve as Mumbai Indians edge CSK in last-ball thriller",
paras=[
"MUMBAI: Aarav Deshmukh kept his cool under lights at the Wankhede on Sunday as Mumbai Indians beat Chennai Super Kings by two wickets off the final ball to move into the top four.",
"Chasing 187, MI needed 11 off the last over bowled by Sri Lankan pacer Dilan Perera. Captain Hardik Pandya hit a six off the second ball before falling to a sharp catch at long-on, leaving the 21-year-old Deshmukh to finish the job with a flat-batted four through cover.",
"\"I just told myself to watch the ball. Hardik bhai told me to back my strengths,\" Deshmukh told PTI after the match. Pandya praised the youngster's temperament, saying he had \"ice in his veins\".",
"Earlier, CSK skipper Ruturaj Gaikwad top-scored with 78 off 49 balls, while left-hander Kunal Rathore chipped in with a brisk 41. Gaikwad admitted his side were \"15 runs short\" on a pitch that got better for batting. Head coach Stephen Fleming said Chennai would have to win their remaining three games to stay in contention.",
"The Board of Control for Cricket in India (BCCI) later fined Chennai Super Kings for a slow over-rate, the team's second offence of the season. The BCCI also confirmed that the Mumbai Cricket Association would host one of the playoff games.",
"Mumbai Indians, owned by Reliance Industries, now have 14 points from 12 games. Fleming's side sit sixth.",
],
ents=[
(P, ["Aarav Deshmukh", "Deshmukh"]), (P, ["Dilan Perera"]), (P, ["Hardik Pandya", "Hardik", "Pandya"]),
(P, ["Ruturaj Gaikwad", "Gaikwad"]), (P, ["Kunal Rathore"]), (P, ["Stephen Fleming", "Fleming"]),
(O, ["Mumbai Indians", "MI"]), (O, ["Chennai Super Kings", "CSK", "Chennai"]), (O, ["PTI"]),
(O, ["Board of Control for Cricket in India", "BCCI"]), (O, ["Mumbai Cricket Association"]), (O, ["Reliance Industries"]),
]),

dict(id="en-04", title="Qantas to cut 600 engineering jobs in maintenance overhaul",
paras=[
"Qantas will cut about 600 jobs at its engineering division over the next 18 months as it moves heavy maintenance of its Boeing 737 fleet to a single base in Brisbane, the airline confirmed on Monday.",
"Chief executive Vanessa Hudson said the restructure of Qantas Engineering would save about $120 million a year. \"These are difficult decisions and we will support every affected employee,\" Ms Hudson said. Redundancies will fall mainly in Sydney and Melbourne.",
"The Australian Licensed Aircraft Engineers Association (ALAEA) said it would take the matter to the Fair Work Commission. ALAEA federal secretary Craig Delaney told ABC Radio Sydney the airline was \"gutting the skills that keep planes safe\". Mr Delaney said the union had not been properly consulted. The Transport Workers Union (TWU) said baggage handlers would join a protest outside Qantas headquarters on Friday.",
"Budget arm Jetstar is not affected. Rival Virgin Australia said it had no plans to change its own maintenance arrangements. Morningstar analyst Elena Novak said the cuts were \"a logical step\" but warned that Qantas risked a backlash. \"The brand is still recovering from the ACCC case,\" Ms Novak said, referring to the competition regulator's successful action over cancelled flights.",
"Federal Transport Minister Catherine King said she expected Qantas to meet all safety obligations. Ms King said the Civil Aviation Safety Authority (CASA) would monitor the transition. Qantas shares closed 1.4 per cent higher on the ASX.",
],
ents=[
(P, ["Vanessa Hudson", "Ms Hudson"]), (P, ["Craig Delaney", "Mr Delaney"]), (P, ["Elena Novak", "Ms Novak"]),
(P, ["Catherine King", "Ms King"]),
(O, ["Qantas"]), (O, ["Qantas Engineering"]), (O, ["Australian Licensed Aircraft Engineers Association", "ALAEA"]),
(O, ["Fair Work Commission"]), (O, ["ABC Radio Sydney"]), (O, ["Transport Workers Union", "TWU"]), (O, ["Jetstar"]),
(O, ["Virgin Australia"]), (O, ["Morningstar"]), (O, ["ACCC"]), (O, ["Civil Aviation Safety Authority", "CASA"]), (O, ["ASX"]),
]),

dict(id="en-05", title="Hospital trust apologises after 84-year-old waited 31 hours in A&E",
paras=[
"An NHS trust in West Yorkshire has apologised after an 84-year-old woman with a broken hip waited 31 hours on a trolley in its emergency department before being given a bed.",
"Margaret Ellwood was taken to hospital by ambulance on 3 January after a fall at her home. Her daughter, Joanne Ellwood, said her mother had been \"left in a corridor with no water for hours\". Ms Ellwood has lodged a formal complaint with Mid-Pennine Teaching Hospitals NHS Foundation Trust.",
"The trust's chief executive, Dr Anil Mehta, said: \"Mrs Ellwood did not receive the standard of care she deserved, and I am very sorry.\" Dr Mehta said the department had seen record attendances during the winter flu peak. Mid-Pennine has asked the Care Quality Commission (CQC) to carry out an independent review.",
"Dr Sarah Quinlan, vice-president of the Royal College of Emergency Medicine (RCEM), said corridor care had become \"normalised\" across England. \"Cases like Mrs Ellwood's are not rare,\" she said. The patient watchdog Healthwatch Pennine said it had received 46 similar complaints since October.",
"Local MP Tom Hargreaves, who sits for Labour, has written to the Department of Health and Social Care (DHSC) asking for emergency funding. Mr Hargreaves said he would raise the case in Parliament next week. A DHSC spokesperson said the government was investing \"record sums\" in urgent care.",
],
ents=[
(P, ["Margaret Ellwood", "Mrs Ellwood"]), (P, ["Joanne Ellwood", "Ms Ellwood"]), (P, ["Dr Anil Mehta", "Dr Mehta"]),
(P, ["Dr Sarah Quinlan"]), (P, ["Tom Hargreaves", "Mr Hargreaves"]),
(O, ["NHS"]), (O, ["Mid-Pennine Teaching Hospitals NHS Foundation Trust", "Mid-Pennine"]), (O, ["Care Quality Commission", "CQC"]),
(O, ["Royal College of Emergency Medicine", "RCEM"]), (O, ["Healthwatch Pennine"]), (O, ["Labour"]),
(O, ["Department of Health and Social Care", "DHSC"]), (O, ["Parliament"]),
]),

dict(id="en-06", title="Velvet Hours reunite for tour after settling royalties dispute with former label",
paras=[
"LOS ANGELES (Reuters) - The Seattle indie-rock band the Velvet Hours, who split acrimoniously in 2019, will reunite for a 30-date North American tour next spring after settling a royalties dispute with their former label, Driftwood Records.",
"Frontwoman Casey Moreno announced the reunion in an interview with Rolling Stone published on Tuesday. \"We spent five years talking through lawyers. Now we're talking to each other again,\" Moreno said.",
"The band sued Driftwood in Los Angeles County Superior Court in 2022, alleging the label had underpaid streaming royalties on their 2016 breakthrough album. Terms of the settlement were not disclosed. Driftwood chief executive Martin Feld said in a statement that the label was \"thrilled to see the band back together\"; Feld added that a remastered reissue of the band's catalogue would be released in March.",
"Drummer Theo Park and bassist Ana Lucía Reyes will both return. Park, who has since played with the folk group Northbound Lanterns, said the decision came after Moreno called him last Christmas.",
"The tour will be promoted by Live Nation, with tickets going on sale through Ticketmaster on Friday. The band is now represented by Crescent Talent Agency, a boutique firm based in Nashville.",
],
ents=[
(P, ["Casey Moreno", "Moreno"]), (P, ["Martin Feld", "Feld"]), (P, ["Theo Park", "Park"]), (P, ["Ana Lucía Reyes"]),
(O, ["Reuters"]), (O, ["Velvet Hours"]), (O, ["Driftwood Records", "Driftwood"]), (O, ["Rolling Stone"]),
(O, ["Los Angeles County Superior Court"]), (O, ["Northbound Lanterns"]), (O, ["Live Nation"]), (O, ["Ticketmaster"]),
(O, ["Crescent Talent Agency"]),
]),

dict(id="en-07", title="ISRO readies uncrewed Gaganyaan test as private launchers line up",
paras=[
"BENGALURU: The Indian Space Research Organisation (ISRO) will carry out the first uncrewed orbital test of its Gaganyaan crew capsule in December, chairman V. Narayanan said on Friday, calling it \"the most important flight of the decade\" for the agency.",
"Narayanan said the crew module had completed parachute drop tests, and that Hindustan Aeronautics Limited (HAL) and Larsen & Toubro (L&T) had delivered the booster segments on schedule. HAL will also supply the service module structure for the crewed flight.",
"The announcement comes as private launch companies prepare their own missions. Hyderabad-based Skyroot Aerospace plans the first orbital flight of its rocket in the first quarter of next year, while Chennai start-up Agnikul Cosmos is preparing a second suborbital test. \"We are no longer a science project,\" Skyroot's chief operating officer, Meera Iyer, told The Hindu. Ms Iyer said the firm had raised $95 million this year.",
"The space regulator, the Indian National Space Promotion and Authorisation Centre (IN-SPACe), said it had approved launch licences for both companies. Minister of State Dr Jitendra Singh, who oversees the Department of Space, told reporters that the private sector's share of launches would rise to 30 per cent by 2030. Singh said a new space activities bill would be tabled soon.",
"Kavitha Raghunathan, a professor of aerospace engineering at the Indian Institute of Science (IISc), said the pace was encouraging. \"The challenge now is building a supply chain beyond a handful of big firms like L&T,\" Prof Raghunathan said. Agnikul did not respond to requests for comment.",
],
ents=[
(P, ["V. Narayanan", "Narayanan"]), (P, ["Meera Iyer", "Ms Iyer"]), (P, ["Dr Jitendra Singh", "Singh"]),
(P, ["Kavitha Raghunathan", "Prof Raghunathan"]),
(O, ["Indian Space Research Organisation", "ISRO"]), (O, ["Hindustan Aeronautics Limited", "HAL"]), (O, ["Larsen & Toubro", "L&T"]),
(O, ["Skyroot Aerospace", "Skyroot"]), (O, ["Agnikul Cosmos", "Agnikul"]), (O, ["The Hindu"]),
(O, ["Indian National Space Promotion and Authorisation Centre", "IN-SPACe"]), (O, ["Department of Space"]),
(O, ["Indian Institute of Science", "IISc"]),
]),
]
