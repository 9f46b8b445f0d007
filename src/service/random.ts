/**
 * A small seeded generator (mulberry32) for everything generated on purpose: simulated fleets, the
 * advisor's synthetic history, example and benchmark logs. The same seed gives the same output on
 * every machine.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  between(low: number, high: number): number {
    return low + (high - low) * this.next();
  }

  /** An integer in [low, high]. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A string of the given number of decimal digits. */
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) {
      out += String(this.int(0, 9));
    }
    return out;
  }

  /** Poisson-distributed count with the given mean (Knuth's method; a normal approximation above 30). */
  poisson(mean: number): number {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) {
      return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    }
    const limit = Math.exp(-mean);
    let [count, product] = [0, this.next()];
    while (product > limit) {
      count++;
      product *= this.next();
    }
    return count;
  }

  normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }
}

/** FNV-1a: a stable 32-bit hash of text, so a seed and a name always give the same value. */
export function hash32(...parts: Array<string | number>): number {
  let h = 0x811c9dc5;
  for (const char of parts.join('|')) {
    h ^= char.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
