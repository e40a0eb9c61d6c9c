import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { AliasTargets } from '../../src/load/alias-targets.js';

/** Loads text with js-yaml, watching its aliases from the first node on. */
function load(text: string): { data: Record<string, unknown>; targets: Set<object> | undefined } {
  const aliases = new AliasTargets();
  const listener = (_event: string, state: { anchorMap?: unknown }) => aliases.watch(state);
  const data = jsYaml.load(text, { listener } as jsYaml.LoadOptions) as Record<string, unknown>;
  return { data, targets: aliases.targets };
}

describe('AliasTargets', () => {
  it('notes exactly the objects js-yaml handed out for aliases, not other anchored values', () => {
    const { data, targets } = load('a: &x [1]\nb: *x\nc: &y {k: 2}\nd: &z [3]\ne: *z\nf: &s text\ng: *s\n');
    expect(data.b).toBe(data.a);
    expect([...targets!]).toEqual([data.a, data.d]);
  });

  it('notes the value of an anchor used before it was defined again', () => {
    const { data, targets } = load('a: &x [1]\nb: *x\nc: &x [2]\nd: *x\n');
    expect(targets!.has(data.a as object) && targets!.has(data.c as object)).toBe(true);
  });

  it('knows nothing (so every object counts as shared) when the loader state is not as expected', () => {
    const aliases = new AliasTargets();
    aliases.watch({});
    expect(aliases.targets).toBeUndefined();
    aliases.watch({ anchorMap: { x: [1] } });
    expect(aliases.targets).toBeUndefined();
  });
});
