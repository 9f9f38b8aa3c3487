import * as assert from 'assert';
import { AnnotatorService } from './service';

const KB_URI = 'file:///ws/team.kb.yaml';
const GOOD = `people:
  - id: alexander-fomin
    name: Alexander Fomin
    aliases: [Alexander V Fomin]
    country: Russia
    ranks: [{ rank: Colonel General }]
    roles: [{ title: Deputy Minister of Defence, titleAliases: [Deputy Defence Minister], from: 2017-01, to: 2025-10 }]
`;

describe('workspace/service', () => {
  it('keeps the last good KB in force when a KB file stops parsing, and shows the YAML error', () => {
    const service = new AnnotatorService([{ uri: KB_URI, text: GOOD }]);
    assert.strictEqual(service.kb.people.length, 1);
    const broken = GOOD.replace('aliases: [Alexander V Fomin]', 'aliases: [Alexander V Fomin');
    const problems = service.setKbFiles([{ uri: KB_URI, text: broken }]);
    assert.strictEqual(service.kb.people[0]?.id, 'alexander-fomin', 'the last good version stays in force');
    const yamlError = problems.find((p) => p.code === 'kb-yaml');
    assert.ok(yamlError, 'the parse error is reported');
    assert.strictEqual(yamlError.uri, KB_URI);
    assert.match(yamlError.message, /last valid version/);
    assert.ok(yamlError.start >= 0 && yamlError.end <= broken.length);
  });

  it('reports a parse error plainly when there is no good version to fall back on', () => {
    const service = new AnnotatorService([{ uri: KB_URI, text: 'people: [' }]);
    assert.strictEqual(service.kb.people.length, 0);
    assert.ok(service.kb.problems.some((p) => p.code === 'kb-yaml' && !/last valid/.test(p.message)));
  });

  it('gives an over-size article one information finding instead of analysis', () => {
    const service = new AnnotatorService([], { maxArticleLength: 1000 });
    const text = ' date 2024-10-29 ' + 'Col Gen Fomin met Gen Munir on Tuesday. '.repeat(100);
    const result = service.updateArticle('file:///ws/big.txt', text);
    assert.deepStrictEqual(result.mentions, []);
    const findings = service.findings(result);
    assert.deepStrictEqual(findings.map((f) => [f.code, f.severity]), [['article-too-large', 'information']]);
    assert.match(findings[0].message, /over the 1 KB limit/);
  });

  it('indexes articles and forgets them on removal', () => {
    const service = new AnnotatorService([{ uri: KB_URI, text: GOOD }]);
    service.updateArticle('file:///ws/a.txt', ' date 2021-09-29 Col. Gen Alexander V Fomin, Deputy Defence Minister of Russia, arrived.');
    assert.strictEqual(service.index.size, 1);
    assert.ok(service.index.mentionsOf('alexander-fomin').length >= 1);
    service.removeArticle('file:///ws/a.txt');
    assert.strictEqual(service.index.size, 0);
    assert.deepStrictEqual(service.index.mentionsOf('alexander-fomin'), []);
  });
});
