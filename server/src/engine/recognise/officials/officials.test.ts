import * as assert from 'assert';
import { recogniseOfficials } from '.';
import { IS_HONORIFIC, IS_PAST_MARKER, IS_RETIRED_BEFORE, STARTS_DEMONYM, STARTS_NAME, STARTS_RANK, STARTS_TITLE, nameVariants, officialsIndexFor } from './kbIndex';
import { tokenise } from '../../text/tokens';
import { tokenIds } from '../../text/vocabulary';
import { contextFor, exampleText } from '../../facts/testing';
import { KbPerson, KnowledgeBase, OfficialMention } from '../../types';

function person(id: string, name: string, aliases: string[], country: string, ranks: string[], titles: [string, string[]][]): KbPerson {
  return {
    id, name, aliases, country,
    ranks: ranks.map((rank) => ({ rank })),
    roles: titles.map(([title, titleAliases]) => ({ title, titleAliases, country })),
  };
}

function kbOf(people: KbPerson[]): KnowledgeBase {
  return { people, exercises: [], events: [], places: [], problems: [], organisations: [
    { id: 'pak-army', name: 'Pakistan Army', aliases: [] },
    { id: 'ispr', name: 'Inter-Services Public Relations', aliases: ['ISPR'] },
  ] };
}

const FOMIN = person('fomin', 'Alexander Fomin', ['Alexander V Fomin', 'Alexander Vasilyevich Fomin'], 'Russia', ['Colonel General'], [['Deputy Minister of Defence', ['Deputy Defence Minister', 'Deputy Defence Minister of Russia']]]);
const MUNIR = person('munir', 'Asim Munir', ['Syed Asim Munir'], 'Pakistan', ['General'], [['Chief of Army Staff', ['Army Chief', 'COAS']]]);
const SIDHU = person('sidhu', 'Zaheer Ahmed Babar Sidhu', ['Zaheer Babar Sidhu'], 'Pakistan', ['Air Chief Marshal'], [['Chief of the Air Staff', ['Air Chief']]]);
const ASHRAF = person('ashraf', 'Naveed Ashraf', [], 'Pakistan', ['Admiral'], [['Chief of the Naval Staff', []]]);
const BAJWA = person('bajwa', 'Qamar Javed Bajwa', [], 'Pakistan', ['General'], [['Chief of Army Staff', ['Chief of the Army Staff']]]);
const SHOIGU = person('shoigu', 'Sergei Shoigu', ['Sergey Shoigu'], 'Russia', ['General of the Army'], [['Minister of Defence', ['Defence Minister', 'Russian Defence Minister']]]);
const RYABKOV = person('ryabkov', 'Sergey Ryabkov', [], 'Russia', [], [['Deputy Minister of Foreign Affairs', ['Deputy Foreign Minister']]]);
const HILAL = person('hilal', 'Mian Muhammad Hilal Hussain', ['Hilal Hussain'], 'Pakistan', ['Lieutenant General'], [['Secretary of Defence', ['Secretary Defence']]]);
const ZAMIR = person('zamir', 'Zamir ul Hassan Shah', [], 'Pakistan', ['Lieutenant General'], [['Secretary of Defence', ['Defence Secretary']]]);
const ASIF = person('asif', 'Khawaja Asif', ['Khawaja Muhammad Asif'], 'Pakistan', [], [['Minister of Defence', ['Defence Minister']], ['Minister of Foreign Affairs', ['Foreign Minister']]]);
const ASLAM = person('aslam', 'Tasnim Aslam', [], 'Pakistan', [], [['Special Secretary', []]]);

const kb = kbOf([FOMIN, MUNIR, SIDHU, ASHRAF, BAJWA, SHOIGU, RYABKOV, HILAL, ZAMIR, ASIF, ASLAM]);
const emptyKb = kbOf([]);

function officials(text: string, base: KnowledgeBase = kb): OfficialMention[] {
  return recogniseOfficials(contextFor('test:a', text, base));
}

function mentionOf(all: OfficialMention[], text: string, occurrence = 0): OfficialMention {
  const hits = all.filter((m) => m.text === text);
  assert.ok(hits[occurrence], `no mention "${text}" (#${occurrence}) in ${JSON.stringify(all.map((m) => m.text))}`);
  return hits[occurrence];
}

function assertWellFormed(text: string, all: OfficialMention[]): void {
  for (let k = 0; k < all.length; k++) {
    const m = all[k];
    assert.strictEqual(m.text, text.slice(m.start, m.end));
    assert.ok(m.start < m.end);
    assert.ok(m.nameSpan.start >= m.start && m.nameSpan.end <= m.end);
    if (k > 0) assert.ok(all[k - 1].end <= m.start, `overlap: ${all[k - 1].text} / ${m.text}`);
  }
}

function noMentionIn(all: OfficialMention[], text: string, phrase: string): void {
  let at = text.indexOf(phrase);
  while (at >= 0) {
    const end = at + phrase.length;
    const hit = all.find((m) => m.start < end && at < m.end);
    assert.ok(!hit, `"${phrase}" at ${at} is inside mention "${hit?.text}"`);
    at = text.indexOf(phrase, at + 1);
  }
}

describe('officials recogniser', () => {
  it('000: title and rank before the name, rank re-mentions, a definite description', () => {
    const text = exampleText('000');
    const all = officials(text);
    assertWellFormed(text, all);
    const fomin = mentionOf(all, 'Deputy Defence Minister of Russia, Colonel General Alexander V Fomin');
    assert.strictEqual(fomin.entity, 'fomin');
    assert.strictEqual(fomin.resolvedBy, 'kb');
    assert.strictEqual(fomin.title, 'Deputy Defence Minister of Russia');
    assert.strictEqual(fomin.rankCanonical, 'Colonel General');
    assert.strictEqual(fomin.name, 'Alexander V Fomin');
    const colGen = mentionOf(all, 'Col Gen Fomin');
    assert.strictEqual(colGen.entity, 'fomin');
    assert.strictEqual(colGen.resolvedBy, 'coreference');
    assert.strictEqual(colGen.rankCanonical, 'Colonel General');
    const munir = mentionOf(all, 'Army Chief General Asim Munir');
    assert.deepStrictEqual([munir.entity, munir.title, munir.rank, munir.name], ['munir', 'Army Chief', 'General', 'Asim Munir']);
    const gen = mentionOf(all, 'Gen Munir');
    assert.strictEqual(gen.entity, 'munir');
    assert.strictEqual(gen.antecedent, munir.start);
    assert.strictEqual(mentionOf(all, 'Air Chief Marshal Zaheer Babar Sidhu').entity, 'sidhu');
    const acm = mentionOf(all, 'The air chief marshal');
    assert.strictEqual(acm.entity, 'sidhu');
    assert.strictEqual(acm.name, '');
    assert.strictEqual(acm.rankCanonical, 'Air Chief Marshal');
    assert.strictEqual(mentionOf(all, 'Chief of the Naval Staff Admiral Naveed Ashraf').entity, 'ashraf');
    assert.strictEqual(mentionOf(all, 'the Russian deputy defence minister').entity, 'fomin');
    for (const phrase of ['Pakistan Army', 'Inter-Services Public Relations', 'Pakistan Air Force', 'Pakistan Navy']) noMentionIn(all, text, phrase);
  });

  it('001: "(Retd)" after the rank, the title after the name', () => {
    const text = exampleText('001');
    const all = officials(text);
    assertWellFormed(text, all);
    const hilal = mentionOf(all, 'Lt Gen (Retd) Mian Muhammad Hilal Hussain, Secretary Defence');
    assert.deepStrictEqual([hilal.entity, hilal.retired, hilal.rank, hilal.rankCanonical, hilal.title], ['hilal', true, 'Lt Gen (Retd)', 'Lieutenant General', 'Secretary Defence']);
    const fomin = mentionOf(all, 'Col. Gen Alexander V Fomin, Deputy Defence Minister of Russia');
    assert.strictEqual(fomin.entity, 'fomin');
    assert.strictEqual(fomin.rankCanonical, 'Colonel General');
    assert.strictEqual(all.length, 2);
  });

  it('003: "the then foreign minister" is a past title; "retired" before the rank; no person in "General Headquarters"', () => {
    const text = exampleText('003');
    const all = officials(text);
    assertWellFormed(text, all);
    const asif = all.find((m) => m.name === 'Khawaja Asif');
    assert.ok(asif);
    assert.deepStrictEqual([asif.entity, asif.past, asif.title], ['asif', true, 'foreign minister']);
    const shah = mentionOf(all, 'Pakistani Defence Secretary retired Lt Gen Zamirul Hassan Shah');
    assert.deepStrictEqual([shah.entity, shah.retired, shah.rankCanonical, shah.country], ['zamir', true, 'Lieutenant General', 'Pakistan']);
    assert.strictEqual(mentionOf(all, 'Russian Deputy Defence Minister Col Gen Alexander Fomin').entity, 'fomin');
    assert.strictEqual(mentionOf(all, 'Gen Fomin').entity, 'fomin');
    assert.strictEqual(mentionOf(all, 'Chief of the Army Staff Gen Qamar Javed Bajwa').entity, 'bajwa');
    const bajwa = mentionOf(all, 'Gen Bajwa');
    assert.deepStrictEqual([bajwa.entity, bajwa.resolvedBy], ['bajwa', 'coreference']);
    assert.strictEqual(mentionOf(all, 'the Russian deputy defence minister').entity, 'fomin');
    noMentionIn(all, text, 'General Headquarters');
  });

  it('004: a title after the name; KB people with and without titles', () => {
    const text = exampleText('004');
    const all = officials(text);
    assertWellFormed(text, all);
    const r = mentionOf(all, 'Sergey Ryabkov, Deputy Foreign Minister of the Russian Federation');
    assert.deepStrictEqual([r.entity, r.name, r.title, r.resolvedBy], ['ryabkov', 'Sergey Ryabkov', 'Deputy Foreign Minister of the Russian Federation', 'kb']);
    assert.strictEqual(mentionOf(all, 'Ambassador Tasnim Aslam').entity, 'aslam');
    assert.strictEqual(mentionOf(all, 'Foreign Minister Khawaja Muhammad Asif').entity, 'asif');
    assert.ok(!all.some((m) => m.name === 'Zahid Chaudhary'), 'a by-line name with no title is no official');
  });

  it('002: an official missing from the KB is unknown, and his re-mentions corefer to him', () => {
    const text = exampleText('002');
    const all = officials(text, kbOf([SHOIGU]));
    assertWellFormed(text, all);
    const asif = mentionOf(all, 'Pakistan Defence Minister Khawaja Asif');
    assert.deepStrictEqual([asif.entity, asif.resolvedBy, asif.country], [null, 'unknown', 'Pakistan']);
    const again = all.filter((m) => m.text === 'Asif');
    assert.strictEqual(again.length, 2);
    // Each re-mention points at the nearest earlier mention of the same person.
    assert.deepStrictEqual(again.map((m) => [m.resolvedBy, m.entity, m.antecedent]), [['coreference', null, asif.start], ['coreference', null, again[0].start]]);
    assert.strictEqual(all.find((m) => m.name === 'Sergei Shoigu')?.entity, 'shoigu');
    const later = all.find((m) => m.name === 'Shoigu');
    assert.strictEqual(later?.entity, 'shoigu');
    assert.strictEqual(mentionOf(all, 'the Russian defence minister').entity, 'shoigu');
  });

  it('finds officials of other countries that the KB does not know, and their surname re-mentions', () => {
    const text = 'Chinese Defence Minister Dong Jun met Indian Army chief General Upendra Dwivedi in Beijing. Dong said the talks were useful, and General Dwivedi agreed.';
    const all = officials(text, emptyKb);
    assert.deepStrictEqual(all.map((m) => [m.text, m.name, m.resolvedBy]), [
      ['Chinese Defence Minister Dong Jun', 'Dong Jun', 'unknown'],
      ['Indian Army chief General Upendra Dwivedi', 'Upendra Dwivedi', 'unknown'],
      ['Dong', 'Dong', 'coreference'],
      ['General Dwivedi', 'Dwivedi', 'coreference'],
    ]);
    assert.strictEqual(all[0].country, 'China');
    assert.strictEqual(all[1].country, 'India');
  });

  it('reads initials, honorifics and hyphenated ranks', () => {
    const text = 'US Secretary of Defence Mark T Esper met Chinese Defense Minister Colonel-General Li Shangfu and Prime Minister Mr. KP Sharma Oli. Later Mr Esper left.';
    const all = officials(text, emptyKb);
    assert.deepStrictEqual(all.map((m) => m.name), ['Mark T Esper', 'Li Shangfu', 'KP Sharma Oli', 'Esper']);
    assert.strictEqual(all[1].rankCanonical, 'Colonel General');
    assert.strictEqual(all[0].title, 'US Secretary of Defence');
  });

  it('resolves spelling variants of KB names: transliteration, no middle initial, surname first', () => {
    for (const written of ['Aleksandr Fomin', 'Alexander Fomin', 'Alexander V. Fomin', 'Fomin Alexander', 'Aleksandr Vasilyevich Fomin']) {
      const all = officials(`Talks were held with ${written} on Monday.`);
      assert.deepStrictEqual(all.map((m) => [m.name, m.entity]), [[written, 'fomin']], written);
    }
    assert.deepStrictEqual(officials('Sergei Ryabkov spoke.').map((m) => m.entity), ['ryabkov']);
  });

  it('drops a generated variant two KB people share', () => {
    const a = person('a', 'Alexander V Petrov', [], 'Russia', [], []);
    const b = person('b', 'Alexander K Petrov', [], 'Russia', [], []);
    const two = kbOf([a, b]);
    assert.deepStrictEqual(officials('Alexander Petrov arrived.', two), []);
    assert.deepStrictEqual(officials('Alexander K Petrov arrived.', two).map((m) => m.entity), ['b']);
    assert.ok(nameVariants('Alexander V Petrov').some((v) => v.join(' ') === 'alexander petrov'));
  });

  it('a bare KB surname needs an earlier mention or a title; a rank picks the right person', () => {
    assert.deepStrictEqual(officials('Munir said nothing.'), []);
    assert.deepStrictEqual(officials('Gen Munir said nothing.').map((m) => [m.entity, m.resolvedBy]), [['munir', 'kb']]);
  });

  it('does not take organisations, headquarters or bare titles for people', () => {
    for (const text of [
      'The Pakistan Army said that General Headquarters would host the meeting.',
      'The Air Chief visited the base, and the Chief of the Naval Staff was briefed.',
      'The Secretary General of the United Nations said the talks were useful.',
      'The Defence Minister said the Inter-Services Public Relations statement was clear.',
      'A Major Defense Partnership was signed, said the Prime Minister.',
      'Pakistan Army Chief visits Moscow',
    ]) {
      assert.deepStrictEqual(officials(text, emptyKb).map((m) => m.text), [], text);
    }
  });

  it('ends a title at an organisation name, not at a person, and knows companies from generals', () => {
    assert.deepStrictEqual(officials('He met the chairman of the Cuban American National Foundation on Monday.', emptyKb), []);
    assert.deepStrictEqual(officials('General Motors Corp and General Mills reported profits.', emptyKb), []);
    assert.deepStrictEqual(officials('Similarly, the Hungarian foreign minister spoke.', emptyKb), []);
    const ag = officials('Attorney General Janet Reno said so.', emptyKb);
    assert.deepStrictEqual(ag.map((m) => [m.title, m.name, m.rank]), [['Attorney General', 'Janet Reno', undefined]]);
    const ryabkov = officials('Deputy Foreign Minister of the Russian Federation Sergey Ivanov arrived.', emptyKb);
    assert.deepStrictEqual(ryabkov.map((m) => [m.name, m.country]), [['Sergey Ivanov', 'Russia']]);
  });

  it('reads organisation names and acronyms around titles: "(COAS)", "ISI chief", "Commander US Naval Forces Central Command"', () => {
    const text =
      'Chief of Army Staff (COAS) General Syed Asim Munir met ISI chief Lt. Gen Nadeem Anjum and Commander US Naval Forces Central Command Vice Admiral Brad Cooper.';
    assert.deepStrictEqual(officials(text).map((m) => [m.text, m.entity]), [
      ['Chief of Army Staff (COAS) General Syed Asim Munir', 'munir'],
      ['ISI chief Lt. Gen Nadeem Anjum', null],
      ['Commander US Naval Forces Central Command Vice Admiral Brad Cooper', null],
    ]);
  });

  it('reads "Ambassador to Russia", "DG ISI" and a transliterated re-mention after a sentence-opening word', () => {
    const text = "Pakistan's Ambassador to Russia Muhammad Khalid Jamali met Lt-Gen Faiz Hameed, DG ISI, and Sergei Shoigu. Later Shoygu left.";
    const all = officials(text, kbOf([SHOIGU]));
    assert.deepStrictEqual(all.map((m) => [m.name, m.title ?? null, m.entity]), [
      ['Muhammad Khalid Jamali', "Pakistan's Ambassador to Russia", null],
      ['Faiz Hameed', 'DG ISI', null],
      ['Sergei Shoigu', null, 'shoigu'],
      ['Shoygu', null, 'shoigu'],
    ]);
    assert.strictEqual(all[0].country, 'Pakistan');
  });

  it('finds a headline name that the text introduces only later', () => {
    const text = 'Rajnath Singh holds talks\n\nDefence Minister Rajnath Singh met his counterpart.';
    const all = officials(text, emptyKb);
    assert.deepStrictEqual(all.map((m) => [m.text, m.resolvedBy]), [['Rajnath Singh', 'coreference'], ['Defence Minister Rajnath Singh', 'unknown']]);
    assert.strictEqual(all[0].antecedent, all[1].start);
  });

  it('builds the KB structures once per KB object', () => {
    assert.strictEqual(officialsIndexFor(kb), officialsIndexFor(kb));
    assert.notStrictEqual(officialsIndexFor(kb), officialsIndexFor(emptyKb));
  });

  it('survives adversarial input: long runs of capitals, no spaces, repeated titles', () => {
    const inputs = [
      Array.from({ length: 10_000 }, (_, n) => `Word${String.fromCharCode(65 + (n % 26))}x`).join(' ').replace(/\d/g, ''),
      Array.from({ length: 10_000 }, () => 'Asim').join(' '),
      'General'.repeat(20_000),
      Array.from({ length: 10_000 }, () => 'Defence Minister').join(' '),
      Array.from({ length: 5_000 }, () => 'the Deputy Defence Minister of the Russian Federation, Col Gen').join(' '),
      Array.from({ length: 5_000 }, () => 'Gen Munir, the army chief').join(' '),
      Array.from({ length: 3_000 }, () => 'Lt Gen (Retd) Asim').join(' ') + ' Munir',
      'A'.repeat(100_000),
      '',
    ];
    for (const text of inputs) {
      const all = officials(text);
      assertWellFormed(text, all);
    }
  });

  it('tells by word id what each word can start', () => {
    const idx = officialsIndexFor(kb);
    const ids = tokenIds(tokenise('alexander deputy lieutenant russian former retired mr zzunheardzz'));
    const kinds = [...ids].map((id) => (id < idx.startKinds.length ? idx.startKinds[id] : 0));
    assert.ok(kinds[0] & STARTS_NAME);
    assert.ok(kinds[1] & STARTS_TITLE);
    assert.ok(kinds[2] & STARTS_RANK);
    assert.ok(kinds[3] & STARTS_DEMONYM);
    assert.ok(kinds[4] & IS_PAST_MARKER);
    assert.ok(kinds[5] & IS_RETIRED_BEFORE);
    assert.ok(kinds[6] & IS_HONORIFIC);
    assert.strictEqual(kinds[7], 0);
    assert.strictEqual(kinds[0] & (STARTS_TITLE | STARTS_RANK | IS_PAST_MARKER), 0);
  });

  it('finds an unknown two-word name only with its apposition, however far the comma', () => {
    const text = 'Talks were held. Zamir ul Hassan Shah Qureshi, Defence Secretary of Pakistan, met them. Ali Raza said so.';
    const all = officials(text, emptyKb);
    assertWellFormed(text, all);
    const m = mentionOf(all, 'Zamir ul Hassan Shah Qureshi, Defence Secretary of Pakistan');
    assert.strictEqual(m.name, 'Zamir ul Hassan Shah Qureshi');
    noMentionIn(all, text, 'Ali Raza');
  });

  it('reads "Constructor" as an ordinary word (the demonym table has no inherited properties)', () => {
    // Lower-cased words are looked up; "constructor" is the one Object.prototype key a word can be.
    const shape = (word: string) =>
      recogniseOfficials(contextFor('test:proto', ` date 2020-01-01 The Minister of ${word} Ali Khan met the ${word} Minister Zia Khan.`, kb)).map((m) => [
        m.start,
        m.end,
        m.title ?? '',
        m.country ?? '',
      ]);
    const ordinary = shape('Xonstructor');
    assert.ok(ordinary.length > 0);
    assert.deepStrictEqual(shape('Constructor'), ordinary);
  });
});
