import { describe, expect, it } from 'vitest';
import { canonical } from '../../src/diff/compare.js';

describe('canonical', () => {
  it('writes keys in order, lists sorted, and leaves out undefined fields', () => {
    expect(canonical({ b: 1, a: 'x', c: undefined, d: null })).toBe('{"a":"x","b":1,"d":null}');
    expect(canonical([3, 'a', { z: true, y: [2, 1] }])).toBe('["a",3,{"y":[1,2],"z":true}]');
    expect(canonical(undefined)).toBe('null');
    expect(canonical({})).toBe('{}');
  });

  it('is equal for values that differ only in order, and different for different values', () => {
    expect(canonical({ person: 'Anne', from: '2022-01-01', seats: ['b', 'a'] })).toBe(canonical({ seats: ['a', 'b'], from: '2022-01-01', person: 'Anne' }));
    expect(canonical({ a: '1' })).not.toBe(canonical({ a: 1 }));
    expect(canonical({ a: 'x,"b":1' })).not.toBe(canonical({ a: 'x', b: 1 }));
    expect(canonical({ 'a"': 1 })).toBe('{"a\\"":1}');
  });
});
