// Word lists for English news date expressions.

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Month words that are also common English words: accepted alone only after a temporal cue. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'sep', 'dec', 'apr', 'aug', 'feb', 'oct', 'nov', 'sept']);

/** Words after which a bare month name is a date ("in May", "since March"). */
export const MONTH_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'last', 'next', 'this', 'early', 'late', 'mid', 'until', 'till', 'by', 'of', 'through', 'from',
  'during', 'before', 'after', 'to', 'between', 'and', 'or', 'on', 'until', 'throughout', 'that', 'each', 'every',
  'earlier', 'later', 'past', 'coming', 'the',
]);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);
export const WEEKDAY_PLURALS: ReadonlyMap<string, number> = new Map([
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
]);

export const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const ORDINAL_DAY_SUFFIX: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['dozen', 12],
]);
export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
]);

/** Duration units → TIMEX3 unit letter; time-of-day units need the "PT" prefix. */
export interface UnitInfo { letter: string; time: boolean; years?: number }
export const UNITS: ReadonlyMap<string, UnitInfo> = new Map<string, UnitInfo>([
  ['second', { letter: 'S', time: true }], ['seconds', { letter: 'S', time: true }],
  ['minute', { letter: 'M', time: true }], ['minutes', { letter: 'M', time: true }],
  ['hour', { letter: 'H', time: true }], ['hours', { letter: 'H', time: true }],
  ['day', { letter: 'D', time: false }], ['days', { letter: 'D', time: false }],
  ['week', { letter: 'W', time: false }], ['weeks', { letter: 'W', time: false }],
  ['month', { letter: 'M', time: false }], ['months', { letter: 'M', time: false }],
  ['quarter', { letter: 'Q', time: false }], ['quarters', { letter: 'Q', time: false }],
  ['year', { letter: 'Y', time: false }], ['years', { letter: 'Y', time: false }],
  ['decade', { letter: 'Y', time: false, years: 10 }], ['decades', { letter: 'Y', time: false, years: 10 }],
  ['century', { letter: 'Y', time: false, years: 100 }], ['centuries', { letter: 'Y', time: false, years: 100 }],
]);

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'],
]);

export const TIME_ZONES: ReadonlySet<string> = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'pkt', 'msk', 'ist', 'bst', 'cet']);

/** Adverbs that are TIMEX3 on their own. */
export const REFERENCE_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['lately', 'PAST_REF'],
]);

export const SET_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['yearly', 'P1Y'], ['hourly', 'PT1H'],
]);

/** Words before a duration that TimeML keeps inside the span ("at least 10 hours", "nearly two years"). */
// "about", "around", "only", "within" stay outside in the gold annotations; "over" only in "over an hour".
export const DURATION_HEDGES: ReadonlySet<string> = new Set(['nearly', 'almost', 'roughly', 'approximately']);
export const DURATION_HEDGE_PAIRS: ReadonlySet<string> = new Set([
  'at least', 'more than', 'less than', 'up to', 'fewer than', 'no more than', 'at most',
]);

/** Modifiers TimeML keeps inside a date span ("early next year", "late November", "mid-1998"). */
export const DATE_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'earlier', 'later', 'mid']);
