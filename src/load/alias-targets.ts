/**
 * The values js-yaml hands out for aliases: the only objects it shares between places in the data.
 * Checking the data's size and depth needs to remember only these (see plainWithin in
 * fast-parse.ts) instead of every one of a national file's hundreds of thousands of objects.
 *
 * Call `watch` with js-yaml's loader state from a listener's first event, before any alias is read:
 * every alias is read through `state.anchorMap`, which is swapped for a proxy that notes each object
 * read from it. `targets` is undefined when the state does not look as expected (another js-yaml
 * version): then nothing may be assumed, and every object counts as possibly shared.
 */
export class AliasTargets {
  targets: Set<object> | undefined;

  watch(state: { anchorMap?: unknown }): void {
    const map = state.anchorMap;
    if (this.targets !== undefined || map === null || typeof map !== 'object' || Object.keys(map).length > 0) return;
    const targets = new Set<object>();
    state.anchorMap = new Proxy(map, {
      get(target, name) {
        const value: unknown = Reflect.get(target, name);
        if (value !== null && typeof value === 'object') targets.add(value);
        return value;
      },
    });
    this.targets = targets;
  }
}
