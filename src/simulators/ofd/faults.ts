/** Faults a simulator can be told to inject, one switch per kind and operator. */
export const FAULT_KINDS = [
  'http-429-json', // 429 with a JSON body
  'http-429-html', // 429 with the nginx HTML page
  'maintenance-503', // 503 with an empty body
  'processing-503', // Platforma 503-01: documents still processing
  'rate-limit-503', // Platforma's "Too many requests. Retry after: 60s"
  'http-500',
  'slow', // the answer comes after delayMs
  'malformed-json', // 200 with a body that is not JSON
  'html-200', // 200 with an HTML page
  'empty-200', // 200 with nothing
  'session-expired', // Taxcom 2109, Kontur 401002, an expired OFD.ru or ATOL Online token
  'token-invalid', // 401: the token is no longer valid (Platforma)
  'empty-period', // Kontur: an empty body, or documents [] with an empty paging
  'login-301', // Taxcom: the login answers 301 to another address
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

/** Which requests a fault hits: the login, the register list, document pages, or any data request. */
export type FaultRoute = 'login' | 'list' | 'documents' | 'data';

export interface FaultOptions {
  /** How many requests it hits; Infinity until cleared. */
  times?: number;
  route?: FaultRoute;
  retryAfter?: 'seconds' | 'date' | 'none';
  retryAfterSeconds?: number;
  delayMs?: number;
  /** For empty-period: "body" answers 200 with nothing, "paging" answers documents [] with paging {}. */
  variant?: 'body' | 'paging';
}

export interface Fault extends Required<Omit<FaultOptions, 'times'>> {
  kind: FaultKind;
  remaining: number;
}

const DEFAULT_ROUTE: Partial<Record<FaultKind, FaultRoute>> = { 'login-301': 'login' };

/** The fault switches of one operator's simulator. */
export class FaultBoard {
  private faults: Fault[] = [];

  set(kind: FaultKind, options: FaultOptions = {}): void {
    this.faults = this.faults.filter((f) => f.kind !== kind);
    this.faults.push({
      kind,
      remaining: options.times ?? Infinity,
      route: options.route ?? DEFAULT_ROUTE[kind] ?? 'data',
      retryAfter: options.retryAfter ?? 'seconds',
      retryAfterSeconds: options.retryAfterSeconds ?? 1,
      delayMs: options.delayMs ?? 2000,
      variant: options.variant ?? 'body',
    });
  }

  clear(): void {
    this.faults = [];
  }

  /** The first switched-on fault of the given kinds that applies to this request; uses it up once. */
  take(route: Exclude<FaultRoute, 'data'>, kinds?: readonly FaultKind[]): Fault | null {
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.route === route || (f.route === 'data' && route !== 'login')) &&
        (!kinds || kinds.includes(f.kind))
    );
    if (fault) {
      fault.remaining--;
    }
    return fault ?? null;
  }
}

/** "platforma:rate-limit-503:3" from the command line; the operator is checked by the caller. */
export function parseFaultFlag(flag: string): { operator: string; kind: FaultKind; times?: number } {
  const [operator, kind, times, ...rest] = flag.split(':');
  if (!operator || kind === undefined || rest.length > 0) {
    throw new Error(`--fault "${flag}" must be OPERATOR:KIND[:TIMES], such as platforma:rate-limit-503:3`);
  }
  if (!isFaultKind(kind)) {
    throw new Error(`unknown fault "${kind}" in --fault "${flag}" (one of ${FAULT_KINDS.join(', ')})`);
  }
  const count = times === undefined ? undefined : Number(times);
  if (count !== undefined && (!/^\d+$/.test(times ?? '') || count < 1)) {
    throw new Error(`fault count "${times}" in --fault "${flag}" is not a positive whole number`);
  }
  return { operator, kind, times: count };
}

export function isFaultKind(value: unknown): value is FaultKind {
  return typeof value === 'string' && (FAULT_KINDS as readonly string[]).includes(value);
}
