// Word lists of the officials recogniser: ranks (with their abbreviations), generic titles, demonyms,
// and words that never belong to a personal name. Phrases are matched on normalised tokens, so
// "Lt. Gen." and "Lt Gen" are one entry, and hyphens ("Colonel-General") are phrase gaps.

/** Canonical rank → how news writes it. */
export const RANKS: Record<string, string[]> = {
  'Field Marshal': ['Field Marshal'],
  'General of the Army': ['General of the Army', 'Army General', 'Army Gen'],
  General: ['General', 'Gen', 'Genl'],
  'Colonel General': ['Colonel General', 'Col Gen', 'Col General', 'Colonel Gen', 'Col-Gen'],
  'Senior Lieutenant General': ['Senior Lieutenant General', 'Sen Lieut Gen', 'Sen Lt Gen', 'Senior Lt Gen', 'Sr Lt Gen'],
  'Lieutenant General': ['Lieutenant General', 'Lt Gen', 'Lt General', 'Lieut Gen', 'Lieut General', 'Lieutenant Gen', 'LtGen', 'Lt Genl'],
  'Major General': ['Major General', 'Maj Gen', 'Maj General', 'Major Gen', 'MajGen'],
  'Brigadier General': ['Brigadier General', 'Brig Gen', 'Brig General'],
  Brigadier: ['Brigadier', 'Brig'],
  Colonel: ['Colonel', 'Col'],
  'Lieutenant Colonel': ['Lieutenant Colonel', 'Lt Col', 'Lt Colonel', 'Lieut Col'],
  Major: ['Major', 'Maj'],
  Captain: ['Captain', 'Capt'],
  Lieutenant: ['Lieutenant', 'Lieut'],
  'Air Chief Marshal': ['Air Chief Marshal', 'ACM'],
  'Air Marshal': ['Air Marshal'],
  'Air Vice Marshal': ['Air Vice Marshal', 'AVM'],
  'Air Commodore': ['Air Commodore', 'Air Cdre'],
  'Group Captain': ['Group Captain', 'Gp Capt'],
  'Wing Commander': ['Wing Commander', 'Wg Cdr'],
  'Squadron Leader': ['Squadron Leader', 'Sqn Ldr'],
  'Admiral of the Fleet': ['Admiral of the Fleet'],
  Admiral: ['Admiral', 'Adm'],
  'Vice Admiral': ['Vice Admiral', 'Vice Adm', 'V Adm', 'VAdm'],
  'Rear Admiral': ['Rear Admiral', 'Rear Adm', 'R Adm', 'RAdm'],
  Commodore: ['Commodore', 'Cdre'],
};

/**
 * Rank words that are also ordinary English words or given names ("Major", "Captain", "FM",
 * "General"): they count as a rank only when written capitalised, and never alone before one
 * capitalised word that might be a name's first half ("Major Defense").
 */
export const WEAK_RANKS = new Set(['major', 'captain', 'lieutenant', 'commodore', 'maj', 'capt']);

/** Retirement markers: "(Retd)" after a rank, "retired" before it. */
export const RETIRED_AFTER = new Set(['retd', 'retired', 'r', 'rtd']);
export const RETIRED_BEFORE = new Set(['retired', 'retd', 'rtd']);

/** Honorifics: allowed between a title and a name; alone they make no official. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'syed']);

/** Markers of a past role before a title. */
export const PAST_MARKERS = new Set(['then', 'former', 'ex', 'erstwhile', 'previous']);

/**
 * Generic titles (any country). KB titles and titleAliases are added per KB. "X of Y" extensions
 * ("Deputy Defence Minister of Russia") are read by the parser, not listed here.
 */
export const GENERIC_TITLES: string[] = [
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'PM', 'Premier', 'Chancellor',
  'Minister', 'Deputy Minister', 'Vice Minister', 'State Minister', 'Minister of State', 'Federal Minister', 'Union Minister',
  'Cabinet Minister', 'First Deputy Minister',
  'Defence Minister', 'Defense Minister', 'Deputy Defence Minister', 'Deputy Defense Minister',
  'First Deputy Defence Minister', 'First Deputy Defense Minister', 'Vice Defence Minister', 'Vice Defense Minister',
  'Minister of Defence', 'Minister of Defense', 'Minister for Defence', 'Minister of National Defence', 'Minister of National Defense',
  'Deputy Minister of Defence', 'Deputy Minister of Defense', 'Deputy Minister of National Defence', 'Deputy Minister of National Defense',
  'Foreign Minister', 'Deputy Foreign Minister', 'Vice Foreign Minister', 'Foreign Affairs Minister',
  'Minister of Foreign Affairs', 'Minister for Foreign Affairs', 'External Affairs Minister', 'FM',
  'Interior Minister', 'Home Minister', 'Finance Minister', 'Information Minister', 'Law Minister', 'Planning Minister',
  'Minister for Home Affairs', 'Minister of Home Affairs', 'Minister of Interior', 'Minister of Finance',
  'Raksha Mantri', 'Defence Production Minister',
  'Secretary', 'Defence Secretary', 'Defense Secretary', 'Secretary Defence', 'Secretary Defense', 'Secretary of Defence',
  'Secretary of Defense', 'Foreign Secretary', 'Secretary of State', 'Special Secretary', 'Additional Secretary',
  'Joint Secretary', 'Permanent Secretary', 'Deputy Secretary', 'Under Secretary', 'Assistant Secretary', 'Secretary General',
  'Army Chief', 'Army chief', 'Chief of Army Staff', 'Chief of the Army Staff', 'COAS', 'Vice Chief of Army Staff',
  'Chief of the Naval Staff', 'Chief of Naval Staff', 'Naval Chief', 'Navy Chief', 'CNS',
  'Chief of the Air Staff', 'Chief of Air Staff', 'Air Force Chief', 'Air Chief', 'CAS',
  'Chief of General Staff', 'Chief of the General Staff', 'Deputy Chief of General Staff', 'Deputy Chief of the General Staff',
  'Chief of Defence Staff', 'Chief of Defense Staff', 'Chief of the Defence Staff', 'CDS', 'Chief of Defence Forces', 'CDF',
  'Chairman Joint Chiefs of Staff Committee', 'Chairman of the Joint Chiefs of Staff Committee', 'CJCSC',
  'Chairman of the Joint Chiefs of Staff', 'Chairman Joint Chiefs of Staff',
  'Chief', 'Commander', 'Commander-in-Chief', 'Deputy Commander', 'Corps Commander', 'Chairman', 'Vice Chairman',
  'Director General', 'Director', 'Deputy Director', 'DG', 'DG ISPR', 'Head', 'Deputy Head',
  'Ambassador', 'Envoy', 'High Commissioner', 'Consul General', 'Charge d Affaires',
  'Spokesperson', 'Spokesman', 'Spokeswoman', 'Adviser', 'Advisor', 'National Security Adviser', 'National Security Advisor', 'NSA',
  'State Councilor', 'State Councillor', 'Governor', 'Chief Minister', 'Senator', 'Attache', 'Defence Attache', 'Defense Attache', 'Military Attache',
  'Attorney General', 'Solicitor General', 'Advocate General', 'Auditor General', 'Accountant General', 'Postmaster General',
  'Governor General', 'Governor-General', 'Quartermaster General', 'Adjutant General', 'Inspector General', 'Surgeon General', 'Judge Advocate General',
  'Representative', 'Resident Representative', 'Permanent Representative', 'Special Representative', 'Trade Representative',
  'Counterpart',
];

/**
 * Titles that only count directly before a name (never as an appositive after one, never in a
 * definite description): they are too common as ordinary words.
 */
export const PREFIX_ONLY_TITLES = new Set(['chief', 'head', 'director', 'commander', 'chairman', 'counterpart', 'secretary', 'governor', 'senator', 'fm', 'pm', 'premier', 'chancellor']);

/** Titles that mark a person but are not a title of office ("his Russian counterpart Sergei Shoigu"). */
export const RELATIONAL_TITLES = new Set(['counterpart']);

/**
 * Demonyms and country names that may precede a title ("Russian Deputy Defence Minister"), with their country.
 * Without a prototype: it is read with words from the text, and "constructor" or "toString" must not be found.
 */
export const DEMONYMS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  pakistan: 'Pakistan', pakistani: 'Pakistan', russia: 'Russia', russian: 'Russia', china: 'China', chinese: 'China',
  india: 'India', indian: 'India', us: 'United States', american: 'United States', 'u s': 'United States', usa: 'United States',
  'united states': 'United States', uk: 'United Kingdom', british: 'United Kingdom', britain: 'United Kingdom',
  iran: 'Iran', iranian: 'Iran', afghan: 'Afghanistan', afghanistan: 'Afghanistan', turkish: 'Turkey', turkey: 'Turkey',
  turkiye: 'Turkey', saudi: 'Saudi Arabia', 'saudi arabia': 'Saudi Arabia', uae: 'United Arab Emirates', emirati: 'United Arab Emirates',
  qatar: 'Qatar', qatari: 'Qatar', egypt: 'Egypt', egyptian: 'Egypt', japan: 'Japan', japanese: 'Japan', korea: 'Korea',
  korean: 'Korea', 'south korean': 'South Korea', 'north korean': 'North Korea', german: 'Germany', germany: 'Germany',
  france: 'France', french: 'France', italian: 'Italy', italy: 'Italy', spanish: 'Spain', ukrainian: 'Ukraine', ukraine: 'Ukraine',
  belarusian: 'Belarus', belarus: 'Belarus', kazakh: 'Kazakhstan', uzbek: 'Uzbekistan', tajik: 'Tajikistan', kyrgyz: 'Kyrgyzstan',
  turkmen: 'Turkmenistan', azerbaijani: 'Azerbaijan', armenian: 'Armenia', georgian: 'Georgia', mongolian: 'Mongolia',
  lao: 'Laos', laos: 'Laos', vietnamese: 'Vietnam', vietnam: 'Vietnam', thai: 'Thailand', thailand: 'Thailand',
  indonesian: 'Indonesia', malaysian: 'Malaysia', singaporean: 'Singapore', philippine: 'Philippines', filipino: 'Philippines',
  australian: 'Australia', australia: 'Australia', 'new zealand': 'New Zealand', canadian: 'Canada', canada: 'Canada',
  brazilian: 'Brazil', mexican: 'Mexico', nigerian: 'Nigeria', 'south african': 'South Africa', ethiopian: 'Ethiopia',
  kenyan: 'Kenya', tanzanian: 'Tanzania', fijian: 'Fiji', nepali: 'Nepal', nepalese: 'Nepal', nepal: 'Nepal',
  bangladeshi: 'Bangladesh', bangladesh: 'Bangladesh', sri: 'Sri Lanka', 'sri lankan': 'Sri Lanka', maldivian: 'Maldives',
  bhutanese: 'Bhutan', myanmar: 'Myanmar', israeli: 'Israel', israel: 'Israel', syrian: 'Syria', iraqi: 'Iraq', iraq: 'Iraq',
  jordanian: 'Jordan', omani: 'Oman', bahraini: 'Bahrain', kuwaiti: 'Kuwait', libyan: 'Libya', algerian: 'Algeria',
  moroccan: 'Morocco', tunisian: 'Tunisia', venezuelan: 'Venezuela', cuban: 'Cuba', polish: 'Poland', dutch: 'Netherlands',
  swedish: 'Sweden', norwegian: 'Norway', finnish: 'Finland', greek: 'Greece', serbian: 'Serbia', hungarian: 'Hungary',
  nato: 'NATO', un: 'United Nations', eu: 'European Union',
  // Words that qualify a title without naming a country.
  union: '', federal: '', acting: '', interim: '', caretaker: '', incumbent: '', visiting: '', new: '', senior: '',
});

/** Common Chinese surnames: a two-word name starting with one is re-mentioned by its first word ("Dong Jun" → "Dong"). */
export const SURNAME_FIRST = new Set([
  'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he',
  'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'dong', 'xiao', 'cheng', 'cao', 'yuan', 'deng',
  'fu', 'shen', 'zeng', 'peng', 'lu', 'su', 'jiang', 'cai', 'jia', 'ding', 'wei', 'xue', 'ye', 'yan', 'yu', 'pan', 'du', 'dai',
  'xia', 'zhong', 'tian', 'ren', 'fan', 'fang', 'shi', 'yao', 'tan', 'liao', 'zou', 'xiong', 'jin', 'hao', 'kong', 'bai',
  'cui', 'kang', 'mao', 'qiu', 'qin', 'gu', 'hou', 'shao', 'meng', 'long', 'wan', 'duan', 'qian', 'yin', 'xi', 'wen', 'chang',
]);

/** Transliteration pairs of given names: each group is one name. */
export const TRANSLITERATIONS: string[][] = [
  ['alexander', 'aleksandr', 'alexandr', 'aleksander'],
  ['sergey', 'sergei', 'serguei', 'sergej'],
  ['andrey', 'andrei'],
  ['alexey', 'alexei', 'aleksey', 'aleksei'],
  ['yuri', 'yury', 'yuriy', 'iouri'],
  ['dmitry', 'dmitri', 'dmitriy'],
  ['nikolai', 'nikolay'],
  ['mikhail', 'mikhael'],
  ['valery', 'valeri', 'valeriy'],
  ['vasily', 'vasili', 'vassily', 'vasiliy'],
  ['yevgeny', 'evgeny', 'yevgeni', 'evgeniy'],
  ['gennady', 'gennadiy', 'gennadi'],
  ['anatoly', 'anatoliy', 'anatoli'],
  ['shoigu', 'shoygu'],
  ['muhammad', 'mohammad', 'mohammed', 'muhammed'],
  ['ahmed', 'ahmad'],
  ['hussain', 'hussein', 'husain'],
];

const TRANSLIT = new Map<string, string[]>();
for (const group of TRANSLITERATIONS) for (const w of group) TRANSLIT.set(w, group);

/** The word and its other transliterations ("shoigu" → shoigu, shoygu). */
export function spellingsOf(word: string): string[] {
  return TRANSLIT.get(word) ?? [word];
}

/** Words that never belong to a personal name: they end a name being read. */
export const NOT_NAME_WORDS = new Set([
  'army', 'navy', 'naval', 'air', 'force', 'forces', 'headquarters', 'hq', 'ghq', 'ministry', 'staff', 'committee',
  'command', 'council', 'department', 'directorate', 'office', 'house', 'government', 'state', 'states', 'federation',
  'republic', 'union', 'university', 'college', 'academy', 'forum', 'summit', 'conference', 'meeting', 'agreement',
  'defence', 'defense', 'military', 'security', 'affairs', 'national', 'international', 'the', 'of', 'and', 'or', 'in',
  'on', 'at', 'for', 'to', 'with', 'by', 'from', 'said', 'says', 'told', 'added', 'stated', 'noted', 'also', 'who',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday',
  'public', 'relations', 'intelligence', 'services', 'service', 'corps', 'division', 'brigade', 'regiment', 'battalion',
  'fleet', 'group', 'wing', 'squadron', 'institute', 'centre', 'center', 'school', 'agency', 'bureau', 'commission',
  'bank', 'company', 'corporation', 'party', 'parliament', 'assembly', 'senate', 'cabinet', 'court', 'police', 'guard',
  'partnership', 'cooperation', 'exercise', 'exercises', 'talks', 'visit', 'delegation', 'statement', 'news', 'press',
  'he', 'she', 'they', 'it', 'his', 'her', 'their', 'we', 'i', 'this', 'that', 'these', 'those', 'a', 'an',
  // Company words: "General Motors Corp", "General Mills Inc" are no generals.
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'gmbh', 'holdings', 'motors', 'mills', 'electric', 'dynamics', 'foods',
  'airlines', 'airways', 'industries', 'technologies', 'systems', 'association', 'society', 'foundation', 'organisation',
  'organization', 'section', 'mission', 'embassy', 'consulate', 'shuttle',
  'united', 'nations', 'inter', 'economic', 'coordination', 'joint', 'federal', 'armed', 'central',
  'minister', 'ministers', 'president', 'chief', 'chiefs', 'secretary', 'general', 'admiral', 'marshal', 'deputy',
]);

/** Last words of a state's formal name: "of the Russian Federation", "of the United States". */
export const STATE_NOUNS = new Set(['federation', 'republic', 'kingdom', 'states', 'emirates', 'china', 'korea']);
export const NAME_PARTICLES = new Set(['ul', 'uz', 'ud', 'ur', 'bin', 'bint', 'ibn', 'al', 'el', 'van', 'von', 'de', 'da', 'der', 'la', 'le', 'e']);
export const EXTENSION_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', '&']);
/** Words that may follow "of"/"for" inside a title ("Deputy Chief of General Staff of Armed Forces of the Russian Federation"). */
export const EXTENSION_WORDS = new Set([
  'armed', 'main', 'joint', 'federal', 'strategic', 'economic', 'coordination', 'united', 'nations', 'kingdom', 'emirates',
  'arab', 'people', 'peoples', 'liberation', 'democratic', 'islamic', 'central', 'planning', 'development', 'finance', 'home',
  'interior', 'external', 'foreign', 'trade', 'industry', 'production', 'emergency', 'emergencies', 'situations', 'immigration',
  'information', 'law', 'justice', 'health', 'education', 'energy', 'commerce', 'communications', 'technical', 'technology',
  'space', 'research', 'region', 'province', 'chiefs', 'general', 'air', 'naval', 'army', 'navy', 'affairs', 'defence', 'defense',
  'state', 'ministry', 'staff', 'forces', 'force', 'federation', 'republic', 'security', 'council', 'committee', 'directorate',
  'department', 'international', 'military', 'cooperation', 'national', 'office', 'operations', 'logistics', 'procurement',
  'armaments', 'personnel', 'intelligence', 'services', 'public', 'relations', 'command', 'headquarters', 'policy', 'inter',
]);
