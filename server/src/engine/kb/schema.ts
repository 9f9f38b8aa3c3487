// The JSON Schema (draft-07) of knowledge-base YAML files. This object is the source of truth:
// schemas/knowledge-base.schema.json is a copy of it for VS Code's YAML extension (yamlValidation),
// kept equal by schema.test.ts. Regenerate the file after changing this one with:
//   npx tsc -p . && node -e "require('./out/server/src/engine/kb/schema').writeSchemaFile()"
// It lives in code rather than being read from disk so the bundled server needs no extra file.

export const KB_DATE_PATTERN = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';
export const KB_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

const dateDescription =
  'A date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD. As `from` a partial date means its first day, as `to` its last day (inclusive).';

const strings = (description: string) => ({ type: 'array', description, items: { type: 'string', minLength: 1 } });

const common = {
  id: {
    type: 'string',
    pattern: KB_ID_PATTERN,
    description: 'Stable kebab-case id (e.g. `alexander-fomin`). A later KB file with the same id replaces this entry.',
  },
  name: { type: 'string', minLength: 1, description: 'Canonical name, in the usual English news spelling.' },
  aliases: strings('Other spellings and names used in the news (matched case-insensitively).'),
  notes: { type: 'string', description: 'Free text: how a value was inferred, conflicting sources, caveats.' },
  sources: strings('URLs (optionally followed by a comment) of the sources for this entry.'),
  country: { type: 'string', description: 'Country name, e.g. `Pakistan`, `Russia`.' },
};

export const knowledgeBaseSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://news-annotator.invalid/schemas/knowledge-base.schema.json',
  title: 'News Annotator knowledge base',
  description:
    'People, exercises, events, organisations and places that articles are checked against. Workspace `*.kb.yaml` files add to the starter KB; an entry with the same `id` replaces the earlier one.',
  type: ['object', 'null'],
  additionalProperties: false,
  properties: {
    people: { type: ['array', 'null'], description: 'Officials: names, ranks and roles with dates.', items: { $ref: '#/definitions/person' } },
    exercises: { type: ['array', 'null'], description: 'Recurring military exercises and their editions.', items: { $ref: '#/definitions/exercise' } },
    events: { type: ['array', 'null'], description: 'Meetings, agreements, contracts and visits.', items: { $ref: '#/definitions/event' } },
    organisations: { type: ['array', 'null'], description: 'Ministries, armed services, agencies, news outlets.', items: { $ref: '#/definitions/organisation' } },
    places: { type: ['array', 'null'], description: 'Cities, regions, countries, training ranges.', items: { $ref: '#/definitions/place' } },
  },
  definitions: {
    date: {
      title: 'date (YYYY, YYYY-MM or YYYY-MM-DD)',
      description: dateDescription,
      anyOf: [
        { type: 'string', pattern: KB_DATE_PATTERN },
        // An unquoted year is an integer in YAML; accept it rather than force quotes.
        { type: 'integer', minimum: 1000, maximum: 9999 },
      ],
    },
    from: {
      title: 'start date (YYYY, YYYY-MM or YYYY-MM-DD, or null when unknown)',
      description: `Start. ${dateDescription} \`null\` or absent: unknown / since before the sources.`,
      anyOf: [{ $ref: '#/definitions/date' }, { type: 'null' }],
    },
    to: {
      title: 'end date (YYYY, YYYY-MM or YYYY-MM-DD, or null while ongoing)',
      description: `End. ${dateDescription} \`null\` or absent: ongoing (incumbent).`,
      anyOf: [{ $ref: '#/definitions/date' }, { type: 'null' }],
    },
    rank: {
      type: 'object',
      description: 'A military rank held over a period.',
      additionalProperties: false,
      required: ['rank'],
      properties: {
        rank: { type: 'string', minLength: 1, description: 'Canonical rank, written out (`Colonel General`, `Air Chief Marshal`).' },
        from: { $ref: '#/definitions/from' },
        to: { $ref: '#/definitions/to' },
        notes: common.notes,
      },
    },
    role: {
      type: 'object',
      description: 'A post held over a period.',
      additionalProperties: false,
      required: ['title'],
      properties: {
        title: { type: 'string', minLength: 1, description: 'Official title (`Deputy Minister of Defence`, `Chief of Army Staff`).' },
        titleAliases: strings('How the news writes this title (`Deputy Defence Minister`, `Army Chief`, `COAS`).'),
        organisation: { type: 'string', description: 'Organisation name, as in `organisations` (`Ministry of Defence`).' },
        country: common.country,
        from: { $ref: '#/definitions/from' },
        to: { $ref: '#/definitions/to' },
        notes: common.notes,
      },
    },
    person: {
      type: 'object',
      description: 'An official.',
      additionalProperties: false,
      required: ['id', 'name'],
      properties: {
        id: common.id,
        name: common.name,
        aliases: common.aliases,
        country: common.country,
        ranks: { type: 'array', description: 'Ranks with dates (latest last).', items: { $ref: '#/definitions/rank' } },
        roles: { type: 'array', description: 'Posts with dates. Two roles with the same title must not overlap.', items: { $ref: '#/definitions/role' } },
        notes: common.notes,
        sources: common.sources,
      },
    },
    edition: {
      type: 'object',
      description: 'One edition of an exercise.',
      additionalProperties: false,
      required: ['edition'],
      properties: {
        edition: { type: 'integer', minimum: 1, description: 'Edition number (Druzhba VI → 6).' },
        from: { $ref: '#/definitions/from' },
        to: { $ref: '#/definitions/to' },
        location: { type: 'string', description: 'Where it was held (`Molkino, Krasnodar, Russia`).' },
        notes: common.notes,
      },
    },
    exercise: {
      type: 'object',
      description: 'A recurring military exercise.',
      additionalProperties: false,
      required: ['id', 'name'],
      properties: {
        id: common.id,
        name: common.name,
        aliases: common.aliases,
        parties: strings('Countries taking part (`Pakistan`, `Russia`).'),
        editions: { type: 'array', description: 'Editions with dates, in order.', items: { $ref: '#/definitions/edition' } },
        notes: common.notes,
        sources: common.sources,
      },
    },
    event: {
      type: 'object',
      description: 'A meeting, agreement, contract or visit.',
      additionalProperties: false,
      required: ['id', 'name'],
      properties: {
        id: common.id,
        name: common.name,
        aliases: common.aliases,
        kind: { type: 'string', enum: ['meeting', 'agreement', 'visit', 'contract', 'other'], description: 'What sort of event.' },
        series: { type: 'string', pattern: KB_ID_PATTERN, description: 'Id of the series (body) of recurring meetings, e.g. `jmcc`.' },
        round: { type: 'integer', minimum: 1, description: 'Round / meeting number within the series.' },
        date: { $ref: '#/definitions/date', description: `When it happened. ${dateDescription}` },
        place: { type: 'string', description: 'Where (a place name, as in `places`).' },
        quantity: { type: 'number', minimum: 0, description: 'Number of items in a deal (4 helicopters → 4).' },
        parties: strings('Countries or organisations that are parties to it.'),
        participants: strings('KB ids of the people who took part.'),
        notes: common.notes,
        sources: common.sources,
      },
    },
    organisation: {
      type: 'object',
      description: 'A ministry, armed service, agency, body or news outlet.',
      additionalProperties: false,
      required: ['id', 'name'],
      properties: { id: common.id, name: common.name, aliases: common.aliases, country: common.country, notes: common.notes, sources: common.sources },
    },
    place: {
      type: 'object',
      description: 'A city, region, country or training range.',
      additionalProperties: false,
      required: ['id', 'name'],
      properties: { id: common.id, name: common.name, aliases: common.aliases, country: common.country, notes: common.notes, sources: common.sources },
    },
  },
} as const;

/** Writes schemas/knowledge-base.schema.json from the object above (run from the repo root). */
export function writeSchemaFile(root: string = process.cwd()): string {
  // Lazy requires: the engine stays free of fs at load time.
  const fs = require('fs') as typeof import('fs');
  const path = require('path') as typeof import('path');
  const file = path.join(root, 'schemas', 'knowledge-base.schema.json');
  fs.writeFileSync(file, JSON.stringify(knowledgeBaseSchema, null, 2) + '\n');
  return file;
}
