// The facts of the five examples through the whole pipeline (article → real dates recogniser →
// recognisers → facts) with the starter KB. Skipped while a stage it needs is missing from the tree.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadKnowledgeBase } from '../kb';
import { KnowledgeBase, Fact } from '../types';
import { exampleText } from './testing';
import { StatedFact } from './types';

const STARTER = path.resolve(__dirname, '../../../../..', 'server/kb/starter.kb.yaml');

type Analyse = (uri: string, text: string, kb: KnowledgeBase) => { facts: Fact[] };

describe('facts through the whole pipeline (starter KB, real dates)', function () {
  let kb: KnowledgeBase;
  let analyse: Analyse;
  before(function () {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      analyse = require('../analyse').analyseText;
    } catch {
      this.skip();
    }
    if (!fs.existsSync(STARTER)) this.skip();
    kb = loadKnowledgeBase([{ uri: 'file:///starter.kb.yaml', text: fs.readFileSync(STARTER, 'utf8') }]);
  });

  function facts(prefix: string, predicate: Fact['predicate']): StatedFact[] {
    return (analyse(`ex:${prefix}`, exampleText(prefix), kb).facts as StatedFact[]).filter((f) => f.predicate === predicate);
  }

  it('003 and 004 give the 2014 agreement 2014-11 and the accord 2015-10, on the same subjects', () => {
    const a = facts('003', 'date').map((f) => [f.subject, f.value]);
    const b = facts('004', 'date').map((f) => [f.subject, f.value]);
    for (const pair of [['defence-cooperation-agreement-2014', '2014-11'], ['military-technical-cooperation-accord-2015', '2015-10']]) {
      assert.ok(a.some((x) => x[0] === pair[0] && x[1] === pair[1]), `003 ${pair}: ${JSON.stringify(a)}`);
      assert.ok(b.some((x) => x[0] === pair[0] && x[1] === pair[1]), `004 ${pair}: ${JSON.stringify(b)}`);
    }
  });

  it('001 states rounds 3 and 4 of the JMCC, the 4th in 2022', () => {
    const rounds = facts('001', 'round').map((f) => [f.subject, f.value, f.date]);
    assert.deepStrictEqual(rounds, [['jmcc', '3', '2021-09-29'], ['jmcc', '4', '2022']]);
  });

  it('000 and 001 date the Druzhba edition to the day of the report', () => {
    assert.deepStrictEqual(facts('000', 'edition-date').map((f) => [f.subject, f.value, f.date]), [['druzhba', '7', '2024-10-29']]);
    assert.deepStrictEqual(facts('001', 'edition-date').map((f) => [f.subject, f.value, f.date]), [['druzhba', '6', '2021-09-29']]);
  });

  it('004 dates the 12th CGSS to Friday 2018-03-02; 003 and 004 count four Mi-35M', () => {
    assert.deepStrictEqual(facts('004', 'round').map((f) => [f.subject, f.value, f.date]), [['cgss', '12', '2018-03-02']]);
    for (const p of ['003', '004']) assert.deepStrictEqual(facts(p, 'quantity').map((f) => [f.subject, f.value]), [['mi35m-deal', '4']]);
  });
});
