// A small seeded pseudo-random generator (sfc32 seeded through a string hash), so that the same
// seed always gives the same corpus on every machine and Node version.

function hashSeed(text) {
  let h1 = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 3432918353);
    h1 = (h1 << 13) | (h1 >>> 19);
  }
  const out = [];
  for (let k = 0; k < 4; k++) {
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 = Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    out.push((h1 ^= h1 >>> 16) >>> 0);
  }
  return out;
}

export class Rng {
  constructor(seed) {
    [this.a, this.b, this.c, this.d] = hashSeed(String(seed));
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next() {
    let { a, b, c, d } = this;
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    Object.assign(this, { a, b, c, d });
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p) {
    return this.next() < p;
  }

  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }

  /** Picks from [value, weight] pairs. */
  weighted(pairs) {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  }

  shuffle(list) {
    const a = [...list];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }

  /** k distinct items of list, in list order. */
  sample(list, k) {
    const idx = this.shuffle(list.map((_, i) => i)).slice(0, k).sort((x, y) => x - y);
    return idx.map((i) => list[i]);
  }

  /** A child generator for an independent stream (so adding one file does not shift the others). */
  fork(label) {
    return new Rng(`${this.a}:${this.b}:${this.c}:${this.d}:${label}`);
  }
}
