// Knowledge base: loading and checking KB YAML, querying it by date, and editing KB files.
export { loadKnowledgeBase, eventsOfSeries, MAX_KB_FILE_CHARS, KbFile } from './load';
export * from './query';
export { dayInterval, impossibleDateReason, isKbDate, datePrecision, DayInterval } from './dates';
export { kbFieldSpan, lineOf } from './yaml-nodes';
export { addEntryEdit, addListItemEdit, applyEdits, yamlScalar } from './edit';
export { knowledgeBaseSchema } from './schema';
export { KbOrganisationEntry, KbPlaceEntry } from './coerce';
