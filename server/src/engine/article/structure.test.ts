import * as assert from 'assert';
import { findQuotes, NextOf, splitParagraphs, splitSentences } from './structure';

const sentencesOf = (text: string) => {
  const out: string[] = [];
  for (const p of splitParagraphs(text, 0)) for (const s of splitSentences(text, p, out.length)) out.push(text.slice(s.start, s.end));
  return out;
};

describe('article/structure', () => {
  it('splits sentences at . ! ? before a capital, not after abbreviations or initials', () => {
    assert.deepStrictEqual(sentencesOf('Gen. Asim Munir met Alexander V. Fomin. They talked! Why? "Yes."\nNext line. a lower'), [
      'Gen. Asim Munir met Alexander V. Fomin.', 'They talked!', 'Why?', '"Yes."', 'Next line. a lower',
    ]);
  });

  it('does not look past the end of a paragraph without punctuation', () => {
    const text = 'no stop here\n\nSecond para. Ends here.';
    assert.deepStrictEqual(sentencesOf(text), ['no stop here', 'Second para.', 'Ends here.']);
  });

  it('finds quotes per paragraph; an apostrophe is no opening; an open quote runs to the paragraph end', () => {
    const text = 'He said “we agree” and Pakistan’s ‘Friendship’ drill.\n“Open to the end\nNext "plain" quote';
    const paras = splitParagraphs(text, 0);
    assert.deepStrictEqual(findQuotes(text, paras).map((q) => text.slice(q.start, q.end)), ['“we agree”', '‘Friendship’', '“Open to the end', '"plain"']);
  });

  it('NextOf finds the next of several characters or one-character regexes, in any order of offsets', () => {
    const text = 'a.b!c“d.e‘f';
    const next = new NextOf(text, ['.', '!', /[\u201c\u2018]/g]);
    const hits = [0, 2, 3, 4, 5, 6, 8, 10, 11].map((i) => next.at(i));
    assert.deepStrictEqual(hits, [1, 3, 3, 5, 5, 7, 9, -1, -1]);
    assert.strictEqual(next.at(0), 1, 'asked again from the start');
    assert.strictEqual(new NextOf('', ['.']).at(0), -1);
  });
});
