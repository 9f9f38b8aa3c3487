// The views' requests on an entity named far more often than a tree can show: counts of everything, the
// first ENTITY_MENTIONS_LISTED mentions, and timeline sources cut at maxSources.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ENTITY_MENTIONS_LISTED, EntitiesResult, TimelineResult } from '../../server/src/shared/protocol';
import { TestClient } from './lspClient';

const ARTICLES = 3;
const PER_ARTICLE = 60;

describe('language server: views of a much-mentioned entity', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-large-views-'));
    for (let i = 0; i < ARTICLES; i++) {
      const body = 'Pakistan and Russia met again. '.repeat(PER_ARTICLE);
      fs.writeFileSync(path.join(dir, `a${i}.txt`), ` date 2021-0${i + 1}-10 The Druzhba VI exercise was held in 2021. ${body}\n`);
    }
    client = await TestClient.start({ root: dir, settings: { articles: { globs: ['**/*.txt'] } } });
    await client.indexed();
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('counts every mention and article of an entity and lists the first ones', async () => {
    const { entities } = await client.request<EntitiesResult>('newsAnnotator/entities', {});
    const pakistan = entities.find((e) => e.name === 'Pakistan');
    assert.ok(pakistan, entities.map((e) => e.name).join(', '));
    assert.strictEqual(pakistan.mentionCount, ARTICLES * PER_ARTICLE);
    assert.strictEqual(pakistan.articleCount, ARTICLES);
    assert.strictEqual(pakistan.mentions.length, ENTITY_MENTIONS_LISTED);
    assert.ok(pakistan.mentions.every((m) => m.text === 'Pakistan'));
  });

  it('cuts timeline sources at maxSources and counts them all', async () => {
    const full = await client.request<TimelineResult>('newsAnnotator/timeline', {});
    const druzhba = full.events.find((e) => /Druzhba/.test(e.label));
    assert.ok(druzhba, full.events.map((e) => e.label).join(', '));
    assert.strictEqual(druzhba.sourceCount, ARTICLES);
    assert.strictEqual(druzhba.sources.length, ARTICLES);
    const cut = (await client.request<TimelineResult>('newsAnnotator/timeline', { maxSources: 2 })).events.find((e) => e.id === druzhba.id);
    assert.strictEqual(cut?.sources.length, 2);
    assert.strictEqual(cut?.sourceCount, ARTICLES);
  });
});
