import * as assert from 'assert';
import { KbExercise, KbPerson } from '../types';
import { dayInterval, impossibleDateReason } from './dates';
import { editionOn, findById, formatPeriod, isEditionUnderWay, periodContains, periodOverlaps, rankOn, roleHasTitle, roleOn, rolesOn, emptyKnowledgeBase } from './query';

const person: KbPerson = {
  id: 'p',
  name: 'P',
  aliases: [],
  ranks: [
    { rank: 'General', from: '2016-11-29', to: '2022-11-29' },
    { rank: 'Field Marshal', from: '2025-05-20', to: null },
  ],
  roles: [
    { title: 'Minister for Water and Power', from: '2013-06-07', to: '2017-07-28' },
    { title: 'Minister of Defence', titleAliases: ['Defence Minister'], from: '2013-11-27', to: '2017-07-28' },
    { title: 'Minister of Foreign Affairs', titleAliases: ['Foreign Minister'], from: '2017-08', to: '2018-04' },
    { title: 'Quartermaster General', to: '2012' },
  ],
};

const exercise: KbExercise = {
  id: 'e',
  name: 'E',
  aliases: [],
  parties: [],
  editions: [
    { edition: 1, from: '2016-09-24', to: '2016-10-10' },
    { edition: 2, from: '2017-09', to: '2017-10' },
    { edition: 3, from: '2019' },
  ],
};

describe('kb dates', () => {
  it('turns partial dates into inclusive day intervals (leap years included)', () => {
    assert.deepStrictEqual(dayInterval('2017-01'), { start: '2017-01-01', end: '2017-01-31' });
    assert.deepStrictEqual(dayInterval('2024-02'), { start: '2024-02-01', end: '2024-02-29' });
    assert.deepStrictEqual(dayInterval('2023-02'), { start: '2023-02-01', end: '2023-02-28' });
    assert.deepStrictEqual(dayInterval('2018'), { start: '2018-01-01', end: '2018-12-31' });
    assert.deepStrictEqual(dayInterval('2018-03-02'), { start: '2018-03-02', end: '2018-03-02' });
    assert.strictEqual(dayInterval('2021-02-30'), null);
    assert.strictEqual(dayInterval('March 2018'), null);
  });

  it('explains impossible dates', () => {
    assert.match(impossibleDateReason('2021-02-30')!, /28 days/);
    assert.match(impossibleDateReason('2021-13')!, /month 13/);
    assert.match(impossibleDateReason('2021-00-10')!, /month 00/);
    assert.strictEqual(impossibleDateReason('2024-02-29'), null);
    assert.strictEqual(impossibleDateReason('2021'), null);
  });
});

describe('kb periods on partial dates', () => {
  it('treats from as the first day and to as the last day of a partial date', () => {
    assert.ok(periodContains('2017-01', '2025-10', '2017-01-01'));
    assert.ok(periodContains('2017-01', '2025-10', '2025-10-31'));
    assert.ok(!periodOverlaps('2017-01', '2025-10', '2016-12-31'));
    assert.ok(!periodOverlaps('2017-01', '2025-10', '2025-11-01'));
  });

  it('distinguishes overlaps from within for a partial query date', () => {
    // A role ending 2018-04-26 and the query "2018-04": some days match, not all.
    assert.ok(periodOverlaps('2017-08-04', '2018-04-26', '2018-04'));
    assert.ok(!periodContains('2017-08-04', '2018-04-26', '2018-04'));
    assert.ok(periodContains('2017-08-04', '2018-04-26', '2018-03'));
    assert.ok(periodOverlaps(null, null, '1999'));
    assert.ok(periodContains(undefined, '2012', '2012-12'));
  });

  it('matches nothing for an invalid date', () => {
    assert.ok(!periodOverlaps('2017-01', null, 'yesterday'));
    assert.ok(!periodOverlaps('2017-13', null, '2018-01-01'));
  });
});

describe('kb role and rank queries', () => {
  it('gives the latest-starting role when several are held', () => {
    assert.strictEqual(roleOn(person, '2015-06-01')?.title, 'Minister of Defence');
    assert.deepStrictEqual(rolesOn(person, '2015-06-01').map((r) => r.title), ['Minister of Defence', 'Minister for Water and Power']);
    assert.strictEqual(roleOn(person, '2018-03-03')?.title, 'Minister of Foreign Affairs');
    assert.strictEqual(roleOn(person, '2017-07-31'), undefined);
  });

  it('filters by title or title alias, case and punctuation aside', () => {
    assert.strictEqual(roleOn(person, '2015-06-01', { title: 'defence minister' })?.title, 'Minister of Defence');
    assert.strictEqual(roleOn(person, '2018-03-03', { title: 'Defence Minister' }), undefined);
    assert.ok(roleHasTitle(person.roles[2], 'FOREIGN-MINISTER'));
  });

  it('uses the date mode for partial dates', () => {
    // July 2017: Defence Minister until the 28th, Foreign Minister from August.
    assert.strictEqual(roleOn(person, '2017-07', { title: 'Minister of Defence' })?.title, 'Minister of Defence');
    assert.strictEqual(roleOn(person, '2017-07', { title: 'Minister of Defence', mode: 'within' }), undefined);
    assert.strictEqual(roleOn(person, '2017', { mode: 'overlaps' })?.title, 'Minister of Foreign Affairs');
  });

  it('answers ranks on dates', () => {
    assert.strictEqual(rankOn(person, '2020-01-01')?.rank, 'General');
    assert.strictEqual(rankOn(person, '2024-01-01'), undefined);
    assert.strictEqual(rankOn(person, '2026-01-01')?.rank, 'Field Marshal');
  });
});

describe('kb editions', () => {
  it('gives the edition under way, else the most recent before', () => {
    assert.strictEqual(editionOn(exercise, '2016-10-01')?.edition, 1);
    assert.strictEqual(editionOn(exercise, '2017-01-01')?.edition, 1);
    assert.strictEqual(editionOn(exercise, '2017-10-31')?.edition, 2);
    assert.strictEqual(editionOn(exercise, '2017-11')?.edition, 2);
    assert.strictEqual(editionOn(exercise, '2019-06')?.edition, 3);
    assert.strictEqual(editionOn(exercise, '2016-01-01'), undefined);
    assert.ok(isEditionUnderWay(exercise.editions[1], '2017-09-30'));
    assert.ok(!isEditionUnderWay(exercise.editions[1], '2017-11-01'));
  });
});

describe('kb lookups and formatting', () => {
  it('finds entities by id in any section', () => {
    const kb = emptyKnowledgeBase();
    kb.people.push(person);
    kb.exercises.push(exercise);
    assert.strictEqual(findById(kb, 'e'), exercise);
    assert.strictEqual(findById(kb, 'p'), person);
    assert.strictEqual(findById(kb, 'nope'), undefined);
  });

  it('formats periods', () => {
    assert.strictEqual(formatPeriod('2017-01', '2025-10'), '2017-01 → 2025-10');
    assert.strictEqual(formatPeriod('2017-01', null), '2017-01 → present');
    assert.strictEqual(formatPeriod(undefined, '2016-11'), '? → 2016-11');
  });
});
