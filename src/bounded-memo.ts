/**
 * A function of one string, remembered: structures and pages repeat the same names, dates and
 * labels many thousands of times. It forgets everything once it holds `limit` results, so that a
 * long-running process does not grow it without end. Keys are kept as copies: a parser's string can
 * be a slice of a whole file's text, which a remembered key would keep alive.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit = 10_000): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set((' ' + key).slice(1), value);
    }
    return value as T;
  };
}
