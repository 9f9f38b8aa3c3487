import * as assert from 'assert';
import { recogniseOrganisationsAndPlaces } from '.';
import { contextFor, exampleText, testKb } from '../../facts/testing';
import { KnowledgeBase } from '../../types';

const kb = testKb();

function found(text: string, base: KnowledgeBase = kb): [string, string, string | null][] {
  return recogniseOrganisationsAndPlaces(contextFor('test:a', text, base)).map((m) => [m.kind, m.text, m.entity]);
}

describe('organisations and places recogniser', () => {
  it('000: ISPR, PAF, Pakistan Navy, Islamabad, the longest phrase winning', () => {
    const all = found(exampleText('000'));
    const ids = new Set(all.map((m) => m[2]));
    for (const id of ['ispr', 'paf', 'pak-navy', 'pak-army', 'islamabad', 'pti']) assert.ok(ids.has(id), id);
    assert.ok(all.some((m) => m[1] === 'Inter-Services Public Relations' && m[0] === 'organisation'));
    assert.ok(all.some((m) => m[1] === 'Pakistan Air Force'));
  });

  it('001: places of the exercise, and JMCC named without a round as an organisation', () => {
    const all = found(exampleText('001'));
    assert.ok(all.some((m) => m[0] === 'place' && m[1] === 'Molkino Trg Area' && m[2] === 'molkino'));
    assert.ok(all.some((m) => m[0] === 'place' && m[1] === 'Krasnodar'));
    assert.ok(all.filter((m) => m[0] === 'organisation' && m[2] === 'jmcc').length >= 2);
  });

  it('003: "Inter Services Public Relations" without a hyphen is ISPR; "ISLAMABAD" in capitals is Islamabad', () => {
    const all = found(exampleText('003'));
    assert.ok(all.some((m) => m[1] === 'Inter Services Public Relations' && m[2] === 'ispr'));
    assert.ok(all.some((m) => m[1] === 'ISLAMABAD' && m[2] === 'islamabad'));
  });

  it('needs capitals for proper names and for acronyms', () => {
    assert.deepStrictEqual(found('the paf said; a moscow mule; islamabad'), []);
    assert.deepStrictEqual(found('The PAF said.'), [['organisation', 'PAF', 'paf']]);
  });

  it('names a series the KB models only as an event as an organisation', () => {
    const alt: KnowledgeBase = {
      ...kb,
      organisations: [],
      events: [
        { id: 'cgss', name: 'Consultative Group on Strategic Stability', aliases: ['CGSS'] },
        { id: 'cgss-12', name: '12th CGSS', aliases: [], series: 'cgss', round: 12 },
      ],
    };
    assert.deepStrictEqual(found('The CGSS meets yearly.', alt), [['organisation', 'CGSS', 'cgss']]);
  });
});
