const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Hashes are cut to 30 bits, so that they stay small integers as Map keys. */
const HASH_BITS = 0x3fffffff;

interface Entry<T> {
  readonly shape: string;
  readonly value: T;
  /** The next entry whose shape has the same hash. */
  readonly next: Entry<T> | undefined;
}

/**
 * Values remembered per shape (see shapeOf), at most `capacity` of them. A text is looked up by hashing
 * it as its shape reads and comparing it with the remembered shapes in place, so a known shape costs two
 * passes over the text and no new string.
 */
export class ShapeMemo<T> {
  private readonly entries = new Map<number, Entry<T>>();
  private size = 0;

  constructor(private readonly capacity: number) {}

  /** The value remembered for the shape of the text's first `end` characters. */
  get(text: string, end: number): T | undefined {
    let entry = this.entries.get(shapeHash(text, end));
    while (entry !== undefined && !sameShape(text, end, entry.shape)) {
      entry = entry.next;
    }
    return entry?.value;
  }

  /** Remembers a value for a shape (a text as shapeOf writes it) that is not remembered yet. */
  set(shape: string, value: T): void {
    if (this.size >= this.capacity) {
      this.entries.clear();
      this.size = 0;
    }

    const hash = shapeHash(shape, shape.length);
    this.entries.set(hash, { shape, value, next: this.entries.get(hash) });
    this.size++;
  }
}

/** FNV-1a over the character codes that shapeOf writes for the text's first `end` characters. */
export function shapeHash(text: string, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < end; i++) {
    hash = Math.imul(hash ^ shapeCode(text, i, end), FNV_PRIME);
  }
  return hash & HASH_BITS;
}

function sameShape(text: string, end: number, shape: string): boolean {
  if (shape.length !== end) {
    return false;
  }
  for (let i = 0; i < end; i++) {
    if (shapeCode(text, i, end) !== shape.charCodeAt(i)) {
      return false;
    }
  }
  return true;
}

/** The code shapeOf writes at i: a digit reads as "1", but the zero of "0x" stays (the text ends at `end`). */
function shapeCode(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 48 || c > 57) {
    return c;
  }
  return c === 48 && i + 1 < end && (text.charCodeAt(i + 1) | 32) === 120 ? 48 : 49;
}
