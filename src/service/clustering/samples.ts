/** One line kept as an example of its cluster. */
export interface Sample {
  deviceId: string;
  time: number;
  message: string;
}

export const MAX_SAMPLES = 5;
const MAX_SAMPLE_CHARS = 1000;

export interface SampleState {
  seen: number;
  seed: number;
  samples: Sample[];
}

/**
 * A uniform sample of a cluster's lines in a fixed-size reservoir. The random draws come from a small
 * generator seeded by the cluster, so the same lines in the same order keep the same samples.
 */
export class Samples {
  private seen: number;
  private seed: number;
  private readonly kept: Sample[];

  constructor(state: SampleState) {
    this.seen = state.seen;
    this.seed = state.seed >>> 0 || 1;
    this.kept = state.samples.slice(0, MAX_SAMPLES);
  }

  static seeded(id: string): Samples {
    let seed = 2166136261;
    for (let i = 0; i < id.length; i++) {
      seed = Math.imul(seed ^ id.charCodeAt(i), 16777619);
    }
    return new Samples({ seen: 0, seed, samples: [] });
  }

  offer(deviceId: string, time: number, message: string): void {
    this.seen++;
    const slot = this.kept.length < MAX_SAMPLES ? this.kept.length : this.next() % this.seen;
    if (slot < MAX_SAMPLES) {
      this.kept[slot] = { deviceId, time, message: message.slice(0, MAX_SAMPLE_CHARS) };
    }
  }

  /** Takes in another cluster's samples, keeping each side in proportion to the lines it saw. */
  merge(other: Samples): void {
    for (const sample of other.kept) {
      const slot = this.next() % (this.seen + other.seen);
      if (slot < MAX_SAMPLES && this.kept.length >= MAX_SAMPLES) {
        this.kept[slot] = sample;
      } else if (this.kept.length < MAX_SAMPLES) {
        this.kept.push(sample);
      }
    }
    this.seen += other.seen;
  }

  list(): readonly Sample[] {
    return this.kept;
  }

  toState(): SampleState {
    return { seen: this.seen, seed: this.seed, samples: [...this.kept] };
  }

  /** xorshift32: cheap, and enough for choosing which line to keep. */
  private next(): number {
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x >>> 0;
    return this.seed;
  }
}
