import * as assert from 'assert';
import { DateMention, EventMention, Mention, OfficialMention } from '../types';
import { packKeptMentions as packed } from './compactMentions';
import { mentionList } from './index';

const compactMentions = (mentions: Mention[], sentences: { start: number; end: number }[]) => mentionList(packed(mentions, sentences));

function official(start: number, end: number, entity: string | null, name: string): OfficialMention {
  return { kind: 'official', start, end, text: `text ${start}`, entity, name, nameSpan: { start, end }, resolvedBy: entity ? 'kb' : 'unknown', title: 'Army Chief', titleSpan: { start, end } };
}

function date(start: number, end: number): DateMention {
  return { kind: 'date', start, end, text: `date ${start}`, entity: null, timexType: 'DATE', value: '2024-10-29', relative: false };
}

function event(start: number, end: number, entity: string | null): EventMention {
  return { kind: 'event', start, end, text: `event ${start}`, entity };
}

describe('workspace/compactMentions', () => {
  it('keeps KB-entity mentions with their span, kind, entity and text only', () => {
    const out = compactMentions([official(10, 20, 'asim-munir', 'Asim Munir'), event(30, 40, 'irgc-2024')], []);
    assert.deepStrictEqual(out, [
      { kind: 'official', start: 10, end: 20, entity: 'asim-munir', text: 'text 10', name: 'Asim Munir' },
      { kind: 'event', start: 30, end: 40, entity: 'irgc-2024', text: 'event 30' },
    ]);
  });

  it('keeps unknown officials inside a kept sentence (timeline participants) and drops those outside', () => {
    const mentions = [official(5, 15, null, 'Khan'), official(105, 118, null, 'Ivanov'), official(195, 205, null, 'Straddling')];
    const out = compactMentions(mentions, [{ start: 100, end: 200 }]);
    assert.deepStrictEqual(out, [{ kind: 'official', start: 105, end: 118, entity: null, name: 'Ivanov' }]);
  });

  it('drops mentions without a KB entity unless they overlap or touch one, keeping text order', () => {
    const mentions: Mention[] = [date(0, 8), event(20, 40, 'talks'), date(25, 30), date(40, 45), date(46, 50), event(60, 70, null)];
    const out = compactMentions(mentions, []);
    assert.deepStrictEqual(out.map((m) => [m.kind, m.start, m.end]), [['event', 20, 40], ['date', 25, 30], ['date', 40, 45]]);
  });
});
