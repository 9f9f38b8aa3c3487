// Test support for the exercise, event, entity and facts stages: a small KB modelled on
// /work/shared/facts.md, the example articles, and hand-made date mentions (the dates recogniser is
// a separate stage; these tests must not depend on it).
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../article';
import { tokenise } from '../text/tokens';
import { DateMention, KnowledgeBase, Mention } from '../types';
import { RecogniserContext } from '../recognise/context';
import { recogniseExercises } from '../recognise/exercises';
import { recogniseEvents } from '../recognise/events';
import { recogniseOrganisationsAndPlaces } from '../recognise/entities';

export function testKb(): KnowledgeBase {
  const round = (n: number, date: string | undefined, place?: string) => ({
    id: `jmcc-${n}`, name: `JMCC round ${n}`, aliases: [], kind: 'meeting' as const, series: 'jmcc', round: n,
    ...(date ? { date } : {}), ...(place ? { place } : {}),
  });
  return {
    people: [],
    exercises: [
      {
        id: 'druzhba',
        name: 'Druzhba',
        aliases: ['Friendship', 'Druzba', 'Druzbha', 'Durzbha', 'Dhruzba'],
        parties: ['PK', 'RU'],
        editions: [
          { edition: 6, from: '2021-09-28', to: '2021-10-09', location: 'molkino' },
          { edition: 7, from: '2024-10-13', to: '2024-10-25', location: 'pabbi' },
        ],
      },
      { id: 'arabian-monsoon', name: 'Arabian Monsoon', aliases: [], parties: ['PK', 'RU'], editions: [] },
    ],
    events: [
      {
        id: 'pk-ru-dca-2014', name: 'Agreement on Defence Cooperation',
        aliases: ['defence cooperation agreement', 'defence cooperation pact', 'military cooperation agreement'],
        kind: 'agreement', date: '2014-11-20',
      },
      {
        id: 'mtc-accord-2015', name: 'military-technical cooperation accord',
        aliases: ['military-technical cooperation agreement'], kind: 'agreement', date: '2015-10',
      },
      { id: 'mi35m-deal', name: 'Contract for four Mi-35M helicopters', aliases: ['Mi-35M', 'Mi-35M contract'], kind: 'contract', date: '2015-08', quantity: 4 },
      {
        id: 'training-contract-2018', name: 'Contract on Admission of Service Members of Pakistan in Training Institutes',
        aliases: ['Contract on Admission of Service Members'], kind: 'agreement', date: '2018-08-07',
      },
      round(1, '2018-08-07', 'rawalpindi'),
      round(2, '2019-08-19', 'moscow'),
      round(3, '2021-09-29', 'islamabad'),
      round(4, undefined),
      round(5, '2024-10-28'),
      { id: 'cgss-12', name: '12th CGSS', aliases: [], kind: 'meeting', series: 'cgss', round: 12, date: '2018-03-02', place: 'islamabad' },
    ],
    organisations: [
      { id: 'jmcc', name: 'Joint Military Consultative Committee', aliases: ['JMCC', 'Pak-Russia JMCC', 'military cooperation commission'] },
      { id: 'cgss', name: 'Consultative Group on Strategic Stability', aliases: [] },
      { id: 'ispr', name: 'Inter-Services Public Relations', aliases: ['ISPR'] },
      { id: 'paf', name: 'Pakistan Air Force', aliases: ['PAF'] },
      { id: 'pak-navy', name: 'Pakistan Navy', aliases: [] },
      { id: 'pak-army', name: 'Pakistan Army', aliases: [] },
      { id: 'mofa-pk', name: 'Ministry of Foreign Affairs', aliases: [] },
      { id: 'pti', name: 'Press Trust of India', aliases: ['PTI'] },
    ],
    places: [
      { id: 'islamabad', name: 'Islamabad', aliases: [] },
      { id: 'rawalpindi', name: 'Rawalpindi', aliases: [] },
      { id: 'moscow', name: 'Moscow', aliases: [] },
      { id: 'krasnodar', name: 'Krasnodar', aliases: [] },
      { id: 'molkino', name: 'Molkino', aliases: ['Molkino Trg Area', 'Molkino training range'] },
      { id: 'russia', name: 'Russia', aliases: ['Russian Federation'] },
    ],
    problems: [],
  };
}

const EXAMPLES = path.resolve(__dirname, '../../../../..', 'examples/pakistan-russia');

/** Text of example article 000…004. */
export function exampleText(prefix: string): string {
  const file = fs.readdirSync(EXAMPLES).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no example ${prefix}`);
  return fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
}

/** A DATE mention on the `occurrence`-th (0-based) appearance of `literal` in the text. */
export function dateAt(text: string, literal: string, value: string, occurrence = 0, relative = false): DateMention {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(literal, at + 1);
    if (at < 0) throw new Error(`"${literal}" not in text`);
  }
  return { kind: 'date', start: at, end: at + literal.length, text: literal, entity: null, timexType: 'DATE', value, relative };
}

export function contextFor(uri: string, text: string, kb: KnowledgeBase, dates: DateMention[] = []): RecogniserContext {
  const { article } = parseArticle(uri, text);
  return { article, kb, tokens: tokenise(text, article.bodyStart), dates: [...dates].sort((a, b) => a.start - b.start) };
}

/** The recognisers of this stage plus the given dates, sorted as the pipeline sorts them. */
export function mentionsFor(ctx: RecogniserContext): Mention[] {
  const all: Mention[] = [...ctx.dates, ...recogniseExercises(ctx), ...recogniseEvents(ctx), ...recogniseOrganisationsAndPlaces(ctx)];
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}
