import * as assert from 'assert';
import { Gazetteer } from './gazetteer';
import { tokenise } from './tokens';
import { tokenIds } from './vocabulary';

describe('text/vocabulary', () => {
  it('gives known words an id and unknown words 0', () => {
    const g = new Gazetteer<string>();
    g.add('Vocabulary Testword', 'x');
    const ids = tokenIds(tokenise('vocabulary testword unheardofzz'));
    assert.ok(ids[0] > 0);
    assert.strictEqual(ids[2], 0);
  });

  it('a gazetteer built after a text was tokenised (and asked) still finds its phrases there', () => {
    const text = 'the Qwertyzone Accordium was signed';
    const tokens = tokenise(text);
    const early = new Gazetteer<number>();
    early.add('the', 1);
    assert.strictEqual(early.longestAt(tokens, 0, text)?.payloads[0], 1);
    assert.strictEqual(early.longestAt(tokens, 1, text), undefined);
    const late = new Gazetteer<number>();
    late.add('Qwertyzone Accordium', 2);
    const m = late.longestAt(tokens, 1, text);
    assert.deepStrictEqual(m && { first: m.first, last: m.last, payload: m.payloads[0] }, { first: 1, last: 2, payload: 2 });
    assert.strictEqual(early.longestAt(tokens, 0, text)?.payloads[0], 1);
  });
});
