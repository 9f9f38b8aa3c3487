import * as assert from 'assert';
import { isPartOf, nameVariant } from './name-variant';
import { analysis, context, FOMIN, kbWith, official, person } from './testing';

const ZAMIR = person('zamir-ul-hassan-shah', 'Zamir ul Hassan Shah');
const SIDHU = person('zaheer-ahmed-babar-sidhu', 'Zaheer Ahmed Babar Sidhu');
const kb = kbWith({ people: [FOMIN, ZAMIR, SIDHU] });

function run(text: string, ...mentions: ReturnType<typeof official>[]) {
  return nameVariant.check(context(analysis('file:///a.txt', text, mentions), kb));
}

describe('name-variant', () => {
  it('reports a spelling that is neither the name nor an alias, as information with the canonical spelling', () => {
    const text = ' date 2024-10-29 Aleksandr Fomin arrived.';
    const [f] = run(text, official(text, 'Aleksandr Fomin', 'alexander-fomin', { name: 'Aleksandr Fomin' }));
    assert.strictEqual(f.severity, 'information');
    assert.strictEqual(text.slice(f.start, f.end), 'Aleksandr Fomin');
    assert.strictEqual(f.fixes[0].edits[0].newText, 'Alexander Fomin');
  });

  it('gives a surname fix for a misspelt surname', () => {
    const text = ' date 2024-10-29 Gen Fomine arrived.';
    const [f] = run(text, official(text, 'Gen Fomine', 'alexander-fomin', { name: 'Fomine', rank: 'Gen' }));
    assert.strictEqual(f.fixes[0].edits[0].newText, 'Fomin');
  });

  it('accepts the canonical name, listed aliases and their parts, joined or split particles', () => {
    const text = ' date 2024-10-29 Alexander V Fomin, Fomin, Zamirul Hassan Shah, Zaheer Babar Sidhu.';
    assert.deepStrictEqual(
      run(
        text,
        official(text, 'Alexander V Fomin', 'alexander-fomin', { name: 'Alexander V Fomin' }),
        official(text, 'Fomin', 'alexander-fomin', { name: 'Fomin', occurrence: 1 }),
        official(text, 'Zamirul Hassan Shah', 'zamir-ul-hassan-shah', { name: 'Zamirul Hassan Shah' }),
        official(text, 'Zaheer Babar Sidhu', 'zaheer-ahmed-babar-sidhu', { name: 'Zaheer Babar Sidhu' }),
      ),
      [],
    );
  });

  it('ignores coreferences, unknown people and nameless mentions', () => {
    const text = ' date 2024-10-29 Aleksandr Fomin and the air chief marshal.';
    assert.deepStrictEqual(run(text, official(text, 'Aleksandr Fomin', 'alexander-fomin', { name: 'Aleksandr Fomin', resolvedBy: 'coreference' })), []);
    assert.deepStrictEqual(run(text, official(text, 'the air chief marshal', null, { name: '' })), []);
  });

  it('matches parts in order only', () => {
    assert.ok(isPartOf('Babar Sidhu', 'Zaheer Ahmed Babar Sidhu'));
    assert.ok(!isPartOf('Sidhu Babar', 'Zaheer Ahmed Babar Sidhu'));
    assert.ok(!isPartOf('Aleksandr Fomin', 'Alexander Fomin'));
  });
});
