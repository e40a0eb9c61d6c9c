let collator: Intl.Collator | undefined;

/**
 * Danish alphabetical order (æ, ø, å last), as `a.localeCompare(b, 'da')` gives it, from one shared
 * collator, made on first use: localeCompare with a locale sets one up on every call, which is twice
 * as slow when thousands of bodies and municipalities are sorted.
 */
export function compareDanish(a: string, b: string): number {
  return (collator ??= new Intl.Collator('da')).compare(a, b);
}
