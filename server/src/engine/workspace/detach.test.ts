import * as assert from 'assert';
import { StringDetacher } from './detach';

describe('workspace/detach', () => {
  const text = `${'x'.repeat(50)}General Asim Munir met the Chief of Army Staff. ${'y'.repeat(50)}“Quoted” sentence here, two-byte.`;
  const slice = (s: string) => {
    const i = text.indexOf(s);
    return text.slice(i, i + s.length);
  };

  it('hands back equal copies in the order added, short strings and the own string as they are', () => {
    const strings = new StringDetacher('file:///a/very/long/uri.txt');
    const inputs = [slice('General Asim Munir'), 'Pak', slice('Chief of Army Staff'), 'file:///a/very/long/uri.txt', slice('General Asim Munir'), slice('“Quoted” sentence here, two-byte.'), 'x'.repeat(150)];
    for (const s of inputs) strings.add(s);
    strings.copyAll();
    assert.deepStrictEqual(inputs.map((s) => strings.take(s)), inputs);
  });

  it('swaps string fields and array entries in place, leaving other values', () => {
    const facts = [
      { uri: 'file:///u.txt', subjectLabel: slice('Chief of Army Staff'), value: '2024', n: 3 },
      { uri: 'file:///u.txt', subjectLabel: slice('Chief of Army Staff'), value: slice('General Asim Munir'), n: 4 },
    ];
    const column: (string | number | null)[] = [slice('General Asim Munir'), 7, null];
    const expected = JSON.parse(JSON.stringify({ facts, column }));
    const strings = new StringDetacher('file:///u.txt');
    strings.addFields(facts);
    for (const v of column) if (typeof v === 'string') strings.add(v);
    strings.copyAll();
    strings.takeFields(facts);
    strings.takeArray(column);
    assert.deepStrictEqual({ facts, column }, expected);
  });

  it('refuses a take() out of step with add()', () => {
    const strings = new StringDetacher('');
    strings.add('a string long enough');
    strings.copyAll();
    assert.throws(() => strings.take('x'.repeat(150)), /out of step/);
  });
});
