// Word lists of the genre: titles that precede names, words that make a capitalised run an
// institution rather than a person, and capitalised words that are never names.

export const TITLE_WORDS = new Set(
  (
    "President Vice Prime Minister Ministers Secretary Secretaries Chancellor Ambassador Ambassadors Adviser Advisor Advisers " +
    "Director Chairman Chairwoman Chair Chairperson Head Commander Commander-in-Chief Chief General Gen. Gen Lt. Lt Lieutenant Col. Colonel " +
    "Maj. Major Adm. Admiral Capt. Captain Sgt. Dr. Dr Mr. Mr Ms. Ms Mrs. Mrs Sen. Senator Rep. Representative Gov. Governor Mayor " +
    "King Queen Prince Princess Crown Emir Sheikh Sultan Pope Premier Speaker Spokesperson Spokesman Spokeswoman Envoy Commissioner " +
    "Coordinator Administrator Aide Deputy Under Assistant Principal Acting Special Senior Foreign Defense Defence Interior Finance " +
    "High Federal Presidential State Permanent Executive Press First Lady Justice Attorney Inspector Marshal Field Foreign-Affairs " +
    "Counselor Counsellor Undersecretary Ombudsman Patriarch Metropolitan Archbishop Cardinal Chief-of-Staff Leader Former former " +
    "then-Chancellor then-President then-Prime then-Secretary Majority Minority Whip Mr President-elect Vice-President Vice-Premier " +
    "Economy Trade Energy Health Agriculture Transport Education Culture Security National Homeland Treasury Commerce " +
    "Treasurer Comptroller Strategist Economist Analyst CEO CFO COO CIO CTO PM FM MP MEP Founder Co-founder Co-Founder Host Anchor Market Investment " +
    // Heads of state and government with titles of their own ("Taoiseach Jane Roe", "Emperor Jane", "Amir Tamim"; not "Duke": "Duke University").
    "Taoiseach Tánaiste Tanaiste Amir Sheikha Emperor Empress Member"
  ).split(/\s+/),
);

/** Plural titles, before coordinated names ("Senators Roe and Doe", "Presidents Roe, Doe and Poe"). */
export const PLURAL_TITLE_HEADS =
  "Presidents Ministers Senators Congressmen Congresswomen Governors Ambassadors Secretaries Directors Generals Judges Justices Chancellors Envoys Commissioners Mayors";

/** Words whose presence at the head of a title makes the run a person title. */
export const TITLE_HEADS = new Set(
  (
    "President Minister Secretary Chancellor Ambassador Adviser Advisor Director Chairman Chairwoman Chair Chairperson Head Commander " +
    "Commander-in-Chief Chief General Gen. Gen Lt. Colonel Col. Admiral Adm. Dr. Mr. Mr Ms. Ms Mrs. Mrs Sen. Senator Rep. Gov. Governor " +
    "Mayor King Queen Prince Princess Emir Sheikh Sultan Pope Premier Speaker Spokesperson Spokesman Spokeswoman Envoy Commissioner " +
    "Coordinator Administrator Aide Representative Marshal Leader Counselor Undersecretary then-Chancellor then-President Vice-President " +
    "President-elect Lieutenant Major Captain Patriarch Treasurer Comptroller Strategist Economist Analyst CEO CFO COO CIO CTO " +
    "Founder Co-founder Co-Founder Host Anchor Taoiseach Tánaiste Tanaiste Amir Sheikha Emperor Empress " +
    // Hyphenated titles are heads whole: "General" alone is not the title of a Secretary-General.
    "Secretary-General Director-General Prosecutor-General Attorney-General Governor-General Editor-in-Chief " +
    "Professor Academician Archpriest Member " +
    // Legislators, judges, councillors and clergy of news and remarks ("Congresswoman Jane Roe", "Judge Roe").
    "Congressman Congresswoman Congressmember Councilman Councilwoman Councilmember Councillor Councilor Assemblyman " +
    "Assemblywoman Assemblymember Judge Justice Bishop Archbishop Cardinal Rabbi Imam Reverend Rev. Detective Sergeant Sgt. " +
    // "First Lady Jane Roe", "First Gentleman Roe".
    "Lady Gentleman " +
    PLURAL_TITLE_HEADS
  ).split(/\s+/),
);

/**
 * Forms of address: they precede a name ("Mr Macron") but are no role, and no part of the name.
 */
/** A credit's words before a photographer's name: "Photo by", "Photograph:", "AP Photo/", "REUTERS/". */
export const CREDIT_BEFORE = /(?:\b(?:[Pp]hoto(?:graph)?s?|[Ii]llustration|[Ii]mages?|[Vv]ideo|[Pp]icture|[Cc]redit)(?: [Ii]llustration)?(?:\s+by|:|\/)|\b(?:REUTERS|AP|AFP|EPA|Reuters)\/)\s*$/;
/** An agency after a photographer's name in a credit: "Jane Roe/AFP via Getty Images", "Jane Roe/Pool". */
export const CREDIT_AFTER = /^\s?\/\s?(?:AP|AFP|EPA|Reuters|REUTERS|Getty|SOPA|Sputnik|Bloomberg|Anadolu|Pool|POOL|TASS|Xinhua|NurPhoto|Zuma|ZUMA|Shutterstock|Alamy|Illustration|File|The [A-Z][a-z]+ (?:Times|Post))\b/;

export const HONORIFICS = new Set("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Madam Madame Mme Mme. Mister Monsieur Herr Frau".split(" "));

/**
 * Lowercase role nouns that introduce a name directly ("analyst Jane Roe", "IEA chief Jane Roe",
 * "billionaire Jane Roe", "host Jane Roe"). The capitalised titles are TITLE_HEADS above.
 */
export const ROLE_NOUNS = (
  "adviser advisor spokesman spokeswoman spokesperson aide minister secretary envoy ambassador chancellor premier counterpart chief " +
  "analyst economist strategist governor mayor professor senator correspondent researcher founder co-founder cofounder treasurer " +
  "comptroller host anchor commentator columnist billionaire businessman businesswoman entrepreneur executive investor lawyer " +
  "attorney activist candidate nominee expert official director lawmaker prosecutor"
).split(" ");

export const ORG_WORDS = new Set(
  (
    "Department Ministry Council Commission Agency Committee Office Service Services Parliament Assembly Bank Fund Organization " +
    "Organisation Union Court Alliance Forum Institute Foundation Bureau Authority Coalition Party Administration Affairs Forces " +
    "Force Staff Chiefs Army Navy Guard Government Cabinet Senate House Congress Duma Rada Secretariat Group Programme Program " +
    "Mission Delegation Directorate Corps Command Board Centre Center University Treaty Conference Summit Dialogue Initiative Format " +
    "Republic Kingdom Federation States Region Oblast Province Embassy Consulate News Times Post Journal Press Agency Network " +
    // Administrative units end a place's name, never a person's ("Governor of Kamchatka Territory Jane Roe").
    "Territory Territories Area Krai Okrug District County Municipality Prefecture Canton Governorate Emirate Commonwealth " +
    "Association Society Trust Corporation Company Corp Inc PLC Ltd LLC Holdings Partners " +
    // Firms' last words, never a person's surname ("Premier Northgate Investors").
    "Investors Investments Capital Management Securities Ventures Equities Markets Bancorp Insurance Advisory"
  ).split(/\s+/),
);

/** Suffixes that make an unknown capitalised run an organization ("Federal Customs Service"). */
/**
 * The trades company names end in: "Northern Pacific Railway", "Lakeland Airlines", "Baltic
 * Shipping", "Northbank Resources". (Not "Energy" or "Electric": they end policy areas' names too.)
 */
export const TRADE_HEADS = "Railway|Railways|Railroad|Airlines|Airways|Shipping|Motors|Industries|Resources|Petroleum|Technologies|Pharmaceuticals|Brands|Mining|Foods|Bros";
/** A word that is one of the trade heads. */
export const TRADE_HEAD = new RegExp(`^(?:${TRADE_HEADS})$`);

/** The nouns for a state's side in talks: "the Freedonian delegation", "the Sylvanian negotiators". */
export const STATE_SIDE_NOUNS = "delegation|side|negotiators|negotiating team";

export const ORG_SUFFIX =
  "Department|Ministry|Council|Commission|Agency|Committee|Office|Service|Parliament|Assembly|Bank|Fund|Organization|Organisation|Union|Court|Authority|Bureau|Secretariat|Directorate|" +
  // Agencies named an administration ("Energy Information Administration"); a leader's is the
  // government (actor.administration), never an institution of its own.
  "Administration|" +
  // Missions abroad, cabinets and churches: "Freedonian Embassy in Lakeville", "Cabinet of Ministers".
  "Embassy|Consulate|Cabinet|Church|" +
  // Groups of legislators: "the Congressional Black Caucus", "the Freedonian Caucus"; boards of
  // regulators and agencies: "the National Labor Relations Board".
  "Caucus|Board|" +
  // Companies, foundations and associations: "Northbank Holdings PLC", "Lakeland Community Foundation".
  "Foundation|Association|Institute|Initiative|Network|Society|Trust|Corporation|Company|Corp\\.|Inc\\.|PLC|Ltd|LLC|Holdings|Partners|Group|" +
  // Think tanks and rights groups: "Center for Strategic Studies", "Lakeland Policy Centre".
  "Center|Centre|" +
  // Federations of members: "American Federation of Government Employees". (Not "Congress",
  // "Conference" or "Forum": far more often an event's name, "the Lakeland Economic Forum".)
  "Federation|" +
  // Groups of bodies or states joined for a cause: "the Lakeland Finance Coalition", "the Global Coalition to …".
  "Coalition|" +
  // Police forces: "the Freedonian National Police", "the Capitol Police".
  "Police|" +
  // Companies by the trade their name ends in (TRADE_HEADS).
  `${TRADE_HEADS}|` +
  // Political parties: "Labour Party", "Communist Party of Freedonia".
  "Party";

export const STOP_CAPS = new Set(
  (
    "The A An In On At By For From To Of And But Or Nor So Yet As If When While After Before Since Until Although Though Because " +
    "However Meanwhile Also Still Then Thus Therefore Indeed Moreover Furthermore Already Later Earlier Today Tonight Yesterday Tomorrow " +
    "This That These Those There Here It Its He She They We I You His Her Their Our My Your Who What Which Where Why How " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October " +
    "November December Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Ms Mrs Dr Q A. Q. Read Readout Statement Remarks Fact Sheet " +
    "Asked According Other Some Many Most All Both Each Every No Not Only Under Over Between Among Against During Without Within " +
    "Live Updates Report Photo Video Watch Learn More Join Please Already Twitter Facebook Get Leave Comments Commenting Not Below Above " +
    "First Second Third Fourth Fifth Last Next New Old Highlights Overview Engagements Senior Officials Official Administration " +
    "Allies Ally Partners Europe European Western Eastern Northern Southern West East North South Central Arctic Atlantic Pacific Asia " +
    "Africa African Middle Cold War Olympics Games Day Week Month Year Covid COVID COVID-19 God Mr. Ms. Mrs. Dr. His Her Excellency Majesty Highness Behalf Delivers Leads Dear About Once"
  ).split(/\s+/),
);

/** A surname glued to its particle ("al-Mazrouei", "bin-Salman", "d’Estaing"): a name word despite its lowercase start. */
export const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ul|van|von|de|di|da|du|le|la|d)[-’']\p{Lu}[\p{L}\p{M}'’\-]*$/u;

export const NAME_PARTICLES = new Set(["von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn", "bint", "dos", "del"]);
/** "son/daughter of" in an Arabic name ("Tariq bin Omar Al Nasser", also written "Tariq Bin Omar Al Nasser"): the name runs on past it, and "Al" after it is a particle too. */
export const PATRONYM = /^(?:[bB]in|[iI]bn|[bB]int)$/;

/** Nouns that head an anonymous source ("a senior administration official"). */
export const LABEL_HEADS =
  "officials?|spokesperson|spokespeople|spokesman|spokesmen|spokeswoman|aides?|sources?|diplomats?|advis[eo]rs?|analysts?|experts?|lawmakers?|insiders?|observers?|negotiators?|representatives?|envoys?|people familiar with [a-z ]{3,40}?|person familiar with [a-z ]{3,40}?";

/** Generic nouns after an actor name that make the name a modifier, not a named counterpart. */
export const GENERIC_AFTER =
  /^(?:[’']s\s+)?(?:\s*[-–]?\s*)(counterparts?|spokes(?:person|man|woman)|officials?|leaders?|leadership|partners?|allies|colleagues|ministers?|diplomats?|delegations?|representatives?|members?|forces|troops|citizens|nationals|people|authorities|government officials|military|side)\b/;

export const MONTHS =
  "Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?";
export const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

// A state's formal style before its short name, as two regular-expression fragments: the adjectives
// ("Federal", "Islamic", …, any number) and the noun with its "of" ("Republic of the ").
export const STATE_STYLE_ADJECTIVES = String.raw`(?:(?:Federal|Islamic|People['’]s|Democratic|Socialist|United|Arab|Kyrgyz|Czech|Slovak)\s+)*`;
export const STATE_STYLE_NOUN = String.raw`(?:Republic|Kingdom|State|Grand Duchy|Principality|Sultanate|Commonwealth)\s+of\s+(?:the\s+)?`;

/**
 * Nouns for a person speaking as one unnamed member of the public or of a trade ("one woman says",
 * "a staff member in Mariupol, who said"), singular; PERSON_NOUN_PLURALS their plurals.
 */
export const PERSON_NOUNS =
  "woman|man|resident|trader|soldier|worker|investor|witness|villager|farmer|mother|father|volunteer|doctor|nurse|teacher|student|refugee|driver|executive|banker|economist|fighter|survivor|local|employee|activist|protester|protestor|pensioner|veteran|medic|lawyer|shopkeeper|businessman|businesswoman|girl|boy|mechanic|engineer|miner|trucker|shopper|customer|voter|passenger|motorist|parent|grandmother|grandfather|staff member|adult";
export const PERSON_NOUN_PLURALS = "women|men|residents|traders|soldiers|workers|witnesses|villagers|farmers|volunteers|doctors|nurses|teachers|students|refugees|drivers|survivors|locals|employees|activists|protesters|pensioners|veterans|medics|staff members|adults|parents|passengers|families";

/**
 * Nouns that head the description of a person in an apposition ("Jane Roe, a shift supervisor at
 * the store, said"): roles, trades and kinship, beside the agent nouns PERSON_NOUN_ENDING finds.
 * A firm's description ("Acme, the oil producer") has other heads: company, firm, group, maker.
 * (Defined after PERSON_NOUNS, whose words it takes too.)
 */
export const APPOSITION_PERSON_HEADS = [
  ...ROLE_NOUNS,
  ...("president chairman chairwoman chairperson chair vice-chair general fellow diplomat representative member head leader officer commander negotiator judge commissioner editor producer reporter journalist deputy councillor councilor CEO owner co-owner proprietor manager supervisor worker employee resident student veteran consultant physician doctor nurse teacher pastor priest rabbi imam farmer trader banker partner author writer organizer organiser coordinator volunteer politician legislator administrator engineer designer actor athlete coach captain soldier sergeant colonel lieutenant pilot mother father wife husband son daughter sister brother grandmother grandfather refugee survivor citizen native shareholder principal dean lecturer scholar specialist technician scientist historian academic observer critic director-general secretary-general spokesperson " +
    "actress retiree evacuee paramedic surgeon photographer neighbour neighbor friend colleague musician artist singer electrician chef cook accountant programmer").split(" "),
  ...PERSON_NOUNS.split("|"),
];
/** Agent nouns by their ending (economist, historian, technician), of six letters or more. */
export const PERSON_NOUN_ENDING = "[\\p{Ll}\\-]{3,}(?:ist|ian)";
