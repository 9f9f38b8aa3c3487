// The starter KB that ships with the extension, plus the example workspace's KB file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { KbExercise, KbPerson, KnowledgeBase } from '../types';
import { loadKnowledgeBase } from './load';
import { editionOn, findById, isEditionUnderWay, rankOn, roleOn } from './query';
import { eventsOfSeries } from './load';

const root = process.cwd();
const read = (rel: string) => ({ uri: rel, text: fs.readFileSync(path.resolve(root, rel), 'utf8') });

describe('starter KB + example workspace KB', () => {
  let kb: KnowledgeBase;
  before(() => {
    kb = loadKnowledgeBase([read('server/kb/starter.kb.yaml'), read('examples/pakistan-russia/pakistan-russia.kb.yaml')]);
  });
  const person = (id: string) => findById(kb, id) as KbPerson;

  it('loads with zero problems', () => assert.deepStrictEqual(kb.problems, []));

  it("knows Fomin's role and rank on 2021-09-29 (3rd JMCC)", () => {
    const fomin = person('alexander-fomin');
    assert.strictEqual(roleOn(fomin, '2021-09-29')?.title, 'Deputy Minister of Defence');
    assert.ok(roleOn(fomin, '2021-09-29', { title: 'Deputy Defence Minister' }));
    assert.strictEqual(rankOn(fomin, '2021-09-29')?.rank, 'Colonel General');
    assert.ok(fomin.aliases.includes('Alexander V Fomin'));
    assert.strictEqual(roleOn(fomin, '2016-01-21')?.title, 'Director of the Federal Service for Military-Technical Cooperation');
    assert.strictEqual(roleOn(fomin, '2025-12-01', { title: 'Deputy Defence Minister' }), undefined);
  });

  it("knows Khawaja Asif's roles: Foreign Minister on 2018-03-03, Defence Minister on 2015-06-01", () => {
    const asif = person('khawaja-asif');
    assert.strictEqual(roleOn(asif, '2018-03-03')?.title, 'Minister of Foreign Affairs');
    assert.ok(roleOn(asif, '2018-03-03', { title: 'Foreign Minister' }));
    assert.strictEqual(roleOn(asif, '2018-03-03', { title: 'Defence Minister' }), undefined);
    assert.strictEqual(roleOn(asif, '2015-06-01')?.title, 'Minister of Defence');
    assert.ok(roleOn(asif, '2014-11-20', { title: 'Defence Minister' }));
    assert.ok(asif.aliases.includes('Khawaja Muhammad Asif'));
  });

  it('knows the service chiefs and defence secretaries on the article dates', () => {
    assert.ok(roleOn(person('asim-munir'), '2024-10-29', { title: 'Army Chief' }));
    assert.ok(roleOn(person('qamar-javed-bajwa'), '2018-08-07', { title: 'Chief of the Army Staff' }));
    assert.ok(roleOn(person('zaheer-ahmed-babar-sidhu'), '2024-10-29', { title: 'Chief of the Air Staff' }));
    assert.ok(roleOn(person('naveed-ashraf'), '2024-10-29', { title: 'Chief of the Naval Staff' }));
    assert.strictEqual(rankOn(person('naveed-ashraf'), '2024-10-29')?.rank, 'Admiral');
    assert.ok(roleOn(person('hilal-hussain'), '2021-09-29', { title: 'Secretary Defence' }));
    assert.ok(roleOn(person('zamir-ul-hassan-shah'), '2018-08-07', { title: 'Defence Secretary' }));
    assert.ok(roleOn(person('tasnim-aslam'), '2018-03-02', { title: 'Special Secretary' }));
    assert.ok(roleOn(person('sergey-ryabkov'), '2018-03-02', { title: 'Deputy Foreign Minister' }));
  });

  it('knows the Druzhba editions: VI under way on 2021-10-01, VII the latest (ended) on 2024-10-29', () => {
    const druzhba = findById(kb, 'druzhba') as KbExercise;
    assert.strictEqual(editionOn(druzhba, '2021-10-01')?.edition, 6);
    assert.ok(isEditionUnderWay(editionOn(druzhba, '2021-10-01')!, '2021-10-01'));
    const seventh = editionOn(druzhba, '2024-10-29')!;
    assert.strictEqual(seventh.edition, 7);
    assert.ok(!isEditionUnderWay(seventh, '2024-10-29'), 'Druzhba VII closed on 2024-10-25');
    assert.deepStrictEqual(druzhba.editions.map((e) => e.edition), [1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('knows the JMCC rounds and the agreements', () => {
    assert.deepStrictEqual(eventsOfSeries(kb, 'jmcc').map((e) => [e.round, e.date ?? null, e.place ?? null]), [
      [1, '2018-08-07', 'Rawalpindi'],
      [2, '2019-08-19', 'Moscow'],
      [3, '2021-09-29', 'Islamabad'],
      [4, null, null],
      [5, '2024-10', 'Rawalpindi'],
    ]);
    const cgss12 = findById(kb, 'cgss-12') as { date?: string; round?: number };
    assert.strictEqual(cgss12.date, '2018-03-02');
    const pact = findById(kb, 'defence-cooperation-agreement-2014') as { date?: string; aliases: string[] };
    assert.strictEqual(pact.date, '2014-11-20');
    assert.ok(pact.aliases.includes('defence cooperation pact') && pact.aliases.includes('defence cooperation agreement'));
    assert.strictEqual((findById(kb, 'mi35m-deal') as { quantity?: number }).quantity, 4);
    assert.strictEqual((findById(kb, 'military-technical-cooperation-accord-2015') as { date?: string }).date, '2015-10');
  });

  it('applies the workspace override of jmcc-5 and adds its outlets', () => {
    const jmcc5 = findById(kb, 'jmcc-5')!;
    assert.strictEqual(jmcc5.loc?.uri, 'examples/pakistan-russia/pakistan-russia.kb.yaml');
    assert.match((jmcc5 as { notes?: string }).notes ?? '', /Article 000/);
    assert.ok(findById(kb, 'dna-india'));
    assert.ok(findById(kb, 'express-tribune'));
  });

  it('has sources for every person, exercise and dated event, and participants that are KB people', () => {
    for (const p of kb.people) assert.ok(p.sources?.length, p.id);
    for (const e of kb.exercises) assert.ok(e.sources?.length, e.id);
    for (const e of kb.events) if (e.date) assert.ok(e.sources?.length, e.id);
    for (const e of kb.events) for (const id of e.participants ?? []) assert.ok(kb.people.some((p) => p.id === id), `${e.id}: ${id}`);
  });

  it('names every role organisation as a KB organisation (or a place)', () => {
    const names = new Set([...kb.organisations, ...kb.places].flatMap((o) => [o.name, ...o.aliases]));
    const unknown = kb.people.flatMap((p) => p.roles.filter((r) => r.organisation && !names.has(r.organisation)).map((r) => `${p.id}: ${r.organisation}`));
    assert.deepStrictEqual(unknown, []);
  });
});

describe('starter KB: default role on a date', () => {
  it("gives Tasnim Aslam's Special Secretary post on 2018-03-02 without a title hint", () => {
    const kb = loadKnowledgeBase([read('server/kb/starter.kb.yaml')]);
    assert.deepStrictEqual(kb.problems, []);
    assert.match(roleOn(findById(kb, 'tasnim-aslam') as KbPerson, '2018-03-02')?.title ?? '', /^Special Secretary/);
  });
});
