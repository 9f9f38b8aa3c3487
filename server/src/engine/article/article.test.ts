import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isQuoted, parseArticle, sentenceAt } from './index';

const examples = path.resolve(process.cwd(), 'examples/pakistan-russia');
function example(prefix: string) {
  const file = fs.readdirSync(examples).find((f) => f.startsWith(prefix))!;
  return parseArticle(file, fs.readFileSync(path.join(examples, file), 'utf8'));
}

describe('article model', () => {
  it('reads the date header and the PTI dateline of 000', () => {
    const { article, problems } = example('000');
    assert.strictEqual(article.date, '2024-10-29');
    assert.strictEqual(article.dateSource, 'header');
    assert.strictEqual(article.dateline?.place, 'Islamabad');
    assert.strictEqual(article.text.slice(article.dateline!.span.start, article.dateline!.span.end), 'Islamabad, Oct 29 (PTI)');
    assert.strictEqual(article.text.slice(article.bodyStart, article.bodyStart + 9), 'Islamabad');
    assert.deepStrictEqual(problems, []);
  });

  it('reads "ISLAMABAD:" datelines and bylines followed by the place', () => {
    assert.strictEqual(example('003').article.dateline?.place, 'ISLAMABAD');
    assert.strictEqual(example('004').article.dateline?.place, 'Islamabad');
  });

  it('leaves an undated article (002) without a date and without a made-up dateline', () => {
    const { article } = example('002');
    assert.strictEqual(article.date, null);
    assert.strictEqual(article.dateSource, null);
    assert.strictEqual(article.dateline, undefined);
  });

  it('uses the override only when the article states no date', () => {
    assert.strictEqual(parseArticle('x', 'No date here.', { dateOverride: '2018-03-01' }).article.date, '2018-03-01');
    assert.strictEqual(parseArticle('x', ' date 2020-01-02 Body.', { dateOverride: '2018-03-01' }).article.date, '2020-01-02');
  });

  it('takes a full date from a dateline when there is no header', () => {
    const { article } = parseArticle('x', 'MOSCOW, October 30, 2024 (Reuters) Talks were held.');
    assert.strictEqual(article.date, '2024-10-30');
    assert.strictEqual(article.dateSource, 'dateline');
  });

  it('reports an impossible header date as a located problem', () => {
    const { article, problems } = parseArticle('x', ' date 2021-02-30 Body.');
    assert.strictEqual(article.date, null);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /impossible date 2021-02-30/);
    assert.strictEqual(article.text.slice(problems[0].start, problems[0].end), 'date 2021-02-30');
  });

  it('splits sentences without breaking at ranks, initials or months', () => {
    const { article } = example('001');
    const s = sentenceAt(article, article.text.indexOf('Lt Gen (Retd)'))!;
    assert.ok(article.text.slice(s.start, s.end).startsWith('Pakistan delegation was led by'));
    assert.ok(article.text.slice(s.start, s.end).endsWith('Deputy Defence Minister of Russia.'));
    const t = parseArticle('x', 'Col. Gen. Alexander V. Fomin arrived on Oct. 29. He met Gen. Munir.').article;
    assert.deepStrictEqual(t.sentences.map((x) => t.text.slice(x.start, x.end)), [
      'Col. Gen. Alexander V. Fomin arrived on Oct. 29.',
      'He met Gen. Munir.',
    ]);
  });

  it('marks quoted speech but not apostrophes', () => {
    const { article } = example('003');
    assert.ok(isQuoted(article, article.text.indexOf('Both countries signed')));
    assert.ok(isQuoted(article, article.text.indexOf('Friendship')));
    assert.ok(!isQuoted(article, article.text.indexOf('One of Russia’s key concerns')));
    assert.ok(!isQuoted(article, article.text.indexOf('Gen Qamar Javed Bajwa')));
  });

  it('keeps every span inside the text for CRLF, CR and lone surrogates', () => {
    const text = ' date 2024-01-01 A “quote\r\nB. C\rD \ud800 E. "open';
    const { article } = parseArticle('x', text);
    for (const s of [...article.paragraphs, ...article.sentences, ...article.quotes]) {
      assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
    }
  });
});
