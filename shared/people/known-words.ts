/**
 * Capitalised words that agencies write in chronologies and reports and that are not the names of
 * people, for the unknown-name scanner (unknown-names.ts). The English dictionary is asked
 * separately; these lists add what a dictionary lacks (Ofsted, Wiltshire, Sertraline, CPOMS) and
 * mark words that, although ordinary, never start or continue a person's name (Police, March).
 *
 * Kept deliberately short of anything that is also a common given name: a place such as Devon,
 * Tyrone, Chester, Lincoln or Milton is left out, because a name missed is a leak in a published
 * report while a place shown to the user costs one click. Every entry is lower case, accents
 * folded; a multi-word name is listed by its words.
 */

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Written before a name; the next capitalised word is a name even if it is also a common word ("Mr Farrow"). */
export const titleWords = words(`
  mr mrs ms miss mx dr master prof rev cllr
  pc dc ds di dci sgt insp pcso
`);

const months = `january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`;
const days = `monday tuesday wednesday thursday friday saturday sunday
  mon tue tues wed weds thu thur thurs fri sat sun`;

/** Agencies, services and the words of their names, as chronologies write them. */
const agencies = `
  police constabulary council trust nhs school schools academy college university surgery practice
  hospital hospitals nursery preschool pre-school social care services service health healthcare
  visiting visitor visitors team unit department court courts children children's family families
  centre center clinic board partnership partnerships authority borough county district
  foundation federation primary secondary infant infants junior community mental probation prison
  youth justice housing association aid refuge ambulance fire rescue emergency urgent accident
  maternity midwifery paediatric paediatrics neonatal antenatal postnatal perinatal obstetric
  gynaecology psychiatry psychology therapy therapies substance misuse recovery drug alcohol
  ofsted cafcass nspcc childline barnardo barnardo's barnardos samaritans kooth healthwatch
  surestart sure start home-start homestart women men people victim victims support
  safeguarding multi-agency multiagency early help universal plus partners operation encompass admin
  strategy section enquiry assessment plan conference review panel meeting discussion referral
  contact protection notice notification order orders protocol pathway
  crown magistrates family-court tribunal office home government department education
`;

/** Roles and relationships: how chronologies refer to people without naming them. */
const roles = `
  mother father mum mummy mam mom dad daddy parent parents carer carers partner partners
  stepfather stepmother stepdad stepmum step-dad step-mum grandmother grandfather grandparent
  grandparents nan nana nanna nanny gran granny grandma grandad granddad grandpa aunt auntie aunty
  uncle cousin brother sister sibling siblings son daughter baby infant child adult boyfriend
  girlfriend husband wife ex ex-partner
  officer manager worker practitioner nurse midwife doctor consultant registrar paediatrician
  psychiatrist psychologist therapist clinician teacher headteacher head deputy assistant senco
  keyworker key advocate guardian coordinator chair reviewer author lead designated duty
  sergeant inspector constable detective superintendent sister matron health-visitor
`;

/** Case-management, school and police systems, and online platforms young people use. */
const systems = `
  niche storm athena mosaic liquidlogic eclipse carefirst capita systmone emis rio cpoms myconcern
  whatsapp facebook messenger snapchat instagram tiktok youtube twitter discord roblox fortnite
  minecraft xbox playstation iphone ipad android google netflix zoom teams skype
`;

/** Medicines and substances that GP, hospital and drug-service records name with a capital. */
const medicines = `
  sertraline fluoxetine citalopram escitalopram mirtazapine amitriptyline venlafaxine duloxetine
  diazepam lorazepam clonazepam zopiclone pregabalin gabapentin tramadol codeine co-codamol
  oramorph morphine methadone buprenorphine subutex naloxone quetiapine olanzapine risperidone
  aripiprazole lithium ritalin methylphenidate melatonin propranolol omeprazole salbutamol
  ventolin calpol nurofen piriton gaviscon infacol dioralyte paracetamol ibuprofen amoxicillin
  ketamine mdma cannabis cocaine heroin spice
`;

/** Nationalities, languages, faiths and festivals: interpreters, ethnicity fields, holidays. */
const peoples = `
  british english scottish welsh irish european african caribbean asian arab arabic polish romanian
  lithuanian latvian bulgarian slovak czech hungarian albanian portuguese spanish italian turkish
  kurdish iranian iraqi syrian afghan pakistani indian bangladeshi chinese vietnamese nigerian
  ghanaian somali eritrean sudanese zimbabwean ukrainian russian urdu punjabi bengali gujarati
  tamil hindi farsi pashto tigrinya cantonese mandarin bsl makaton roma gypsy traveller
  muslim hindu sikh jewish islam christmas xmas easter ramadan eid diwali halloween
  covid coronavirus lockdown internet wifi tv dvd ok
`;

/** Months that are also given names: a month only next to a number ("3 April", "June 2019"). */
export const monthsAlsoNames = words('april may june august');

/** Words that are never (part of) a person's name: they end a run of capitalised words. */
export const neverNameWords = words(`${months} ${days} ${agencies} ${roles} ${systems} ${medicines} ${peoples}`);

/**
 * UK nations, regions, counties and large cities. Treated like dictionary words: never a name on
 * their own, but a place next to an unknown word may still be a surname ("Amy Preston").
 */
export const placeWords = words(`
  uk gb britain british england english wales welsh scotland scottish ireland irish northern
  north south east west midlands yorkshire humber anglia cornwall isles
  london birmingham manchester liverpool leeds sheffield bristol newcastle nottingham leicester
  coventry bradford cardiff swansea newport edinburgh glasgow aberdeen dundee inverness stirling
  perth belfast londonderry derry lisburn newry armagh southampton portsmouth plymouth exeter
  brighton hove hull stoke-on-trent wolverhampton sunderland reading swindon keynes northampton
  luton oxford cambridge norwich ipswich peterborough york salisbury bath gloucester worcester
  hereford lancaster preston blackpool bolton wigan stockport oldham rochdale salford
  middlesbrough doncaster rotherham barnsley wakefield huddersfield derby carlisle durham
  gateshead slough watford basildon southend colchester chelmsford canterbury maidstone crawley
  bournemouth poole torquay telford warrington blackburn burnley bedford cheltenham winchester
  truro chichester wrexham bangor
  bedfordshire berkshire buckinghamshire cambridgeshire cheshire cumbria derbyshire dorset essex
  gloucestershire hampshire herefordshire hertfordshire kent lancashire leicestershire
  lincolnshire merseyside norfolk northamptonshire northumberland nottinghamshire oxfordshire
  rutland shropshire somerset staffordshire suffolk surrey sussex warwickshire wiltshire
  worcestershire middlesex cleveland avon humberside tyne wear
  anglesey gwynedd conwy denbighshire flintshire powys ceredigion pembrokeshire
  carmarthenshire glamorgan gwent monmouthshire torfaen caerphilly rhondda merthyr bridgend
  fife lothian highland lanarkshire ayrshire renfrewshire dunbartonshire aberdeenshire angus
  moray perthshire argyll dumfries galloway orkney shetland falkirk inverclyde
  antrim fermanagh
`);

/**
 * Acronyms of safeguarding, health, police and courts. Any all-capitals word under four letters is
 * taken as an acronym anyway; these are the longer ones that a dictionary does not know and that
 * would otherwise look like a surname written in capitals ("HARTWELL, Kerry").
 */
export const acronyms = words(`
  marac camhs mash lado csc cin cp lac iro ehcp senco dsl nhs cps ed pcso idva isva mappa sarc prg
  lcspr sar dhr plo icpc rcpc cse cce fgm gp hv a&e dob nfa
  cspr cspp svpp scr susr dardr epds picu nicu scbu caiu cpoms nspcc cafcass ofsted asbo cris
  misper adhd ptsd send semh ehat eha uasc miam fdac amhp cmht crht iapt cpn ppn vprf dvpn dvpo
  oasys sendiass ehcna lscb lscp sscb hmicfrs iopc hcpc aces sudi sudic cdop mace emis kcsie cpis
  mhst icb ccg dwp esol gcse gcses sats ofcom cqc nmc gmc ruh ahnp anp hmp yoi stc
`);

/** Parts written before a hyphen that are not words on their own ("Multi-agency", "Pre-birth"). */
export const prefixParts = words('multi non pre post co anti inter sub self ex step semi mid re un');
