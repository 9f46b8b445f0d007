import { type AccountDeps, accountHttp, accountLimits } from '../account';
import { type OfdAccountOf } from '../config';
import { type OfdClient, type Period, type RegisterReport } from '../contract';
import { credential } from '../credentials';
import { KONTUR_AUTH_URL } from '../defaults';
import { type OfdHttp } from '../http/client';
import { OfdRequestError } from '../http/errors';
import { type OfdResponse, jsonOf } from '../http/types';
import { writeBound } from '../period';
import { Session, type SessionToken } from '../session';
import { classifyKontur } from './classify';
import { type KonturRef, konturDocuments, konturRegisters } from './normalise';
import { konturDocumentPage, konturOrganization, konturSid } from './shapes';

/** Kontur's largest page. */
export const KONTUR_PAGE_LIMIT = 1000;
/** The document types that tell a register's state, as Kontur's types filter names them. */
const STATE_TYPES = 'openShift,closeShift,currentStateReport';

/**
 * Kontur.OFD: a Sid from authenticate-by-pass on the auth host, then the integrator key and the Sid
 * on every call; organisations, their cashboxes, and documents by period behind an offset cursor.
 */
export class KonturClient implements OfdClient<KonturRef> {
  readonly maxPeriodMs: number;
  readonly settleMs = 0;
  private readonly http: OfdHttp;
  private readonly session: Session;
  private readonly authUrl: string;

  constructor(
    private readonly account: OfdAccountOf<'kontur'>,
    private readonly deps: AccountDeps
  ) {
    this.http = accountHttp(account, deps, {
      classify: classifyKontur,
      credentials: (_request, code) => (code === '401003' ? ['apiKey'] : ['login', 'password']),
    });
    this.session = new Session((signal) => this.login(signal), deps.clock);
    this.maxPeriodMs = accountLimits(account).maxPeriodMs;
    // Aimed at a simulator or a test stand, authentication goes there too, never to production.
    this.authUrl = account.authUrl ?? account.baseUrl ?? KONTUR_AUTH_URL;
  }

  async registers(signal: AbortSignal): Promise<Array<RegisterReport<KonturRef>>> {
    const organizations = konturOrganization.array().safeParse(await this.list('v2/organizations', signal));
    if (!organizations.success) {
      throw new OfdRequestError('bad_body', 'Kontur listed organisations without an id');
    }

    const reports: Array<RegisterReport<KonturRef>> = [];
    for (const { id } of organizations.data) {
      const boxes = await this.list(`v2/organizations/${encodeURIComponent(id)}/cashboxes`, signal);
      reports.push(...konturRegisters(boxes, id, this.deps.logger));
    }
    return reports;
  }

  async *documents(register: RegisterReport<KonturRef>, period: Period, signal: AbortSignal) {
    yield* this.byPeriod(register, period, {}, signal);
  }

  /** Shift openings, close-shift and state reports only, by Kontur's own type filter. */
  async *stateDocuments(register: RegisterReport<KonturRef>, period: Period, signal: AbortSignal) {
    yield* this.byPeriod(register, period, { types: STATE_TYPES }, signal);
  }

  /**
   * Pages until the cursor stops moving: a page shorter than the limit is not the end. An empty body
   * means no data; an empty period comes as documents [] with paging {}.
   */
  private async *byPeriod(
    register: RegisterReport<KonturRef>,
    period: Period,
    filter: { types?: string },
    signal: AbortSignal
  ) {
    const { organization, regNumber } = register.ref;
    const path = `v2/organizations/${encodeURIComponent(organization)}/cashboxes/${regNumber}/documents/by-period`;
    const bounds = {
      dateFrom: writeBound(period.from, period, 'iso', 'local'),
      dateTo: writeBound(period.to, period, 'iso', 'local'),
      ...filter,
    };

    let offset: string | null = null;
    for (;;) {
      const query = {
        ...bounds,
        limit: KONTUR_PAGE_LIMIT,
        ...(offset === null ? {} : { offset: plainCursor(offset) }),
      };
      const response = await this.get(path, query, signal);
      if (response.body.kind === 'empty') {
        return;
      }

      const page = konturDocumentPage.safeParse(jsonOf(response));
      if (!page.success) {
        throw this.http.badBody('Kontur answered documents/by-period in an unexpected shape', response);
      }
      yield konturDocuments(page.data.documents ?? [], this.deps.logger);

      const next = page.data.paging?.nextOffset ?? null;
      if (next === null || next === offset) {
        return;
      }
      offset = next;
    }
  }

  private async list(path: string, signal: AbortSignal): Promise<unknown[]> {
    const response = await this.get(path, {}, signal);
    const value = jsonOf(response);
    if (response.body.kind === 'empty') {
      return [];
    }
    if (!Array.isArray(value)) {
      throw this.http.badBody(`Kontur answered ${path} without a list`, response);
    }
    return value;
  }

  private get(path: string, query: Record<string, string | number>, signal: AbortSignal): Promise<OfdResponse> {
    const apiKey = credential(this.account.name, 'apiKey', this.account.apiKey, this.deps.env);
    return this.session.use(signal, (sid) =>
      this.http.request(
        { method: 'GET', path, query, headers: { 'X-Kontur-Ofd-ApiKey': apiKey, Authorization: `auth.sid ${sid}` } },
        signal
      )
    );
  }

  /** The password goes as the whole body; the login in the query string. */
  private async login(signal: AbortSignal): Promise<SessionToken> {
    const login = credential(this.account.name, 'login', this.account.login, this.deps.env);
    const password = credential(this.account.name, 'password', this.account.password, this.deps.env);
    const path = new URL('auth/authenticate-by-pass', this.authUrl.replace(/\/?$/, '/')).toString();
    const response = await this.http.request(
      { method: 'POST', path, query: { login }, data: password, headers: { 'Content-Type': 'text/plain' } },
      signal
    );
    const parsed = konturSid.safeParse(jsonOf(response));
    if (!parsed.success) {
      throw this.http.badBody('Kontur answered the authentication without a Sid', response);
    }
    return { token: parsed.data.Sid, expiresAt: null };
  }
}

/** Kontur hands the cursor out already URL-encoded; send it decoded once, so it is not encoded twice. */
function plainCursor(cursor: string): string {
  try {
    return decodeURIComponent(cursor);
  } catch {
    return cursor;
  }
}
