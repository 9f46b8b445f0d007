import { hash32 } from '../../service/random';

/** Tokens a simulator has issued; a fault or an expiry makes it refuse them. */
export class SimSessions {
  private readonly tokens = new Map<string, number>();
  private issued = 0;

  constructor(
    private readonly prefix: string,
    private readonly now: () => number,
    private readonly ttlMs = 24 * 3_600_000
  ) {}

  issue(): { token: string; expiresAt: number } {
    const token = `${this.prefix}-${hash32(this.prefix, ++this.issued, this.now()).toString(16)}-${this.issued}`;
    const expiresAt = this.now() + this.ttlMs;
    this.tokens.set(token, expiresAt);
    return { token, expiresAt };
  }

  valid(token: unknown): boolean {
    const expiresAt = typeof token === 'string' ? this.tokens.get(token) : undefined;
    return expiresAt !== undefined && expiresAt > this.now();
  }

  /** Forgets every token: the next request with one is refused as expired. */
  expireAll(): void {
    this.tokens.clear();
  }

  get count(): number {
    return this.issued;
  }
}

/** A JSON request body, or undefined when it is not JSON. */
export function jsonBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A field of a parsed body, whatever its type. */
export function anyField(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null && name in body
    ? Object.getOwnPropertyDescriptor(body, name)?.value
    : undefined;
}

/** A string field of a parsed body. */
export function field(body: unknown, name: string): string | undefined {
  const value = anyField(body, name);
  return typeof value === 'string' ? value : undefined;
}
