import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../src/bounded-memo.js';

describe('boundedMemo', () => {
  it('works each key out once, undefined results included, and starts afresh when full', () => {
    const calls: string[] = [];
    const upper = boundedMemo((key) => {
      calls.push(key);
      return key === 'none' ? undefined : key.toUpperCase();
    }, 3);
    expect([upper('a'), upper('b'), upper('a'), upper('none'), upper('none')]).toEqual(['A', 'B', 'A', undefined, undefined]);
    expect(calls).toEqual(['a', 'b', 'none']);
    // Full at three keys: the fourth clears the memo, so 'a' is worked out again.
    expect([upper('c'), upper('a')]).toEqual(['C', 'A']);
    expect(calls).toEqual(['a', 'b', 'none', 'c', 'a']);
  });
});
