import fc from 'fast-check';
import { canonicalJson } from './canonical-json.js';

describe('canonical JSON', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    const value = { b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' }, A: true };
    expect(canonicalJson(value)).toBe('{"A":true,"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('writes numbers and strings as JSON does (RFC 8785)', () => {
    expect(canonicalJson([1e21, 0.1, -0, 1.5e-7, 100, '张三', 'a"b\\c\n', '\u0007'])).toBe(
      '[1e+21,0.1,0,1.5e-7,100,"张三","a\\"b\\\\c\\n","\\u0007"]',
    );
  });

  it('treats what JSON cannot hold as JSON.stringify does', () => {
    const value = {
      when: new Date('2026-11-24T08:00:00.000Z'),
      gone: undefined,
      list: [undefined, NaN, Infinity],
      nested: { fn: () => 1 },
    };
    expect(canonicalJson(value)).toBe('{"list":[null,null,null],"nested":{},"when":"2026-11-24T08:00:00.000Z"}');
    // A sparse array's holes are null, as in JSON.
    expect(canonicalJson([undefined, 1])).toBe('[null,1]');
    expect(() => canonicalJson(undefined)).toThrow(/no JSON form/);
    expect(() => canonicalJson({ n: 1n })).toThrow(/BigInt/);
  });

  it('gives the same text for a value and the value after a JSON round trip', () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withNullPrototype: true, withSparseArray: true }), (value) => {
        if (JSON.stringify(value) === undefined) return;
        expect(canonicalJson(value)).toBe(canonicalJson(JSON.parse(JSON.stringify(value))));
      }),
    );
  });

  it('means the same JSON value and does not depend on the order keys were written in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(reverseKeys(value))).toBe(text);
      }),
    );
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}
