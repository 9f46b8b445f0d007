import { type AccountDeps, accountHttp, accountLimits } from '../account';
import { type OfdAccountOf } from '../config';
import { type OfdClient, type Period, type RegisterReport } from '../contract';
import { credential } from '../credentials';
import { type OfdHttp } from '../http/client';
import { OfdRequestError } from '../http/errors';
import { type OfdResponse, jsonOf } from '../http/types';
import { writeBound } from '../period';
import { Session, type SessionToken } from '../session';
import { classifyTaxcom } from './classify';
import { type TaxcomRef, taxcomDocuments, taxcomRegisters } from './normalise';
import { taxcomLogin, taxcomOutlet, taxcomPage, taxcomShift } from './shapes';

/** Taxcom's SDK refuses larger pages. */
export const TAXCOM_PAGE_SIZE = 100;
const MAX_LOGIN_REDIRECTS = 3;

/**
 * Taxcom: a login with the Integrator-ID, then Session-Token on every call; outlets, their registers,
 * each register's shifts for the period and each shift's documents, 100 to a page. Times are UTC.
 */
export class TaxcomClient implements OfdClient<TaxcomRef> {
  readonly maxPeriodMs: number;
  readonly settleMs = 0;
  private readonly http: OfdHttp;
  private readonly session: Session;

  constructor(
    private readonly account: OfdAccountOf<'taxcom'>,
    private readonly deps: AccountDeps
  ) {
    this.http = accountHttp(account, deps, {
      classify: classifyTaxcom,
      credentials: (_request, code) => (code === '2112' ? ['integratorId'] : ['login', 'password']),
    });
    this.session = new Session((signal) => this.login(signal), deps.clock);
    this.maxPeriodMs = accountLimits(account).maxPeriodMs;
  }

  async registers(signal: AbortSignal): Promise<Array<RegisterReport<TaxcomRef>>> {
    const outlets = taxcomOutlet.array().safeParse(await this.pages('OutletList', {}, signal));
    if (!outlets.success) {
      throw new OfdRequestError('bad_body', 'Taxcom listed outlets without an id');
    }

    const byRnm = new Map<string, RegisterReport<TaxcomRef>>();
    for (const outlet of outlets.data) {
      const records = await this.pages('KKTList', { id: outlet.id }, signal);
      for (const report of taxcomRegisters(records, outlet.name ?? null, this.deps.logger)) {
        byRnm.set(report.identity.regNumber ?? '', report);
      }
    }
    return [...byRnm.values()];
  }

  async *documents(register: RegisterReport<TaxcomRef>, period: Period, signal: AbortSignal) {
    for (const shift of await this.shifts(register, period, signal)) {
      yield await this.shiftDocuments(register, shift, signal);
    }
  }

  /** The documents of the newest shift of the period: its opening, and its closing report once closed. */
  async *stateDocuments(register: RegisterReport<TaxcomRef>, period: Period, signal: AbortSignal) {
    const shifts = await this.shifts(register, period, signal);
    if (shifts.length > 0) {
      yield await this.shiftDocuments(register, Math.max(...shifts), signal);
    }
  }

  private async shifts(register: RegisterReport<TaxcomRef>, period: Period, signal: AbortSignal) {
    const query = {
      fn: register.ref.fn,
      begin: writeBound(period.from, period, 'iso', 'utc'),
      end: writeBound(period.to, period, 'iso', 'utc'),
    };
    return (await this.pages('ShiftList', query, signal)).flatMap(taxcomShiftNumber);
  }

  private async shiftDocuments(register: RegisterReport<TaxcomRef>, shift: number, signal: AbortSignal) {
    const records = await this.pages('DocumentList', { fn: register.ref.fn, shift }, signal);
    return taxcomDocuments(records, this.deps.logger);
  }

  /** Every record of a paged list: pn from 1, ps at most 100, until the counts are reached. */
  private async pages(path: string, query: Record<string, string | number>, signal: AbortSignal): Promise<unknown[]> {
    const records: unknown[] = [];
    for (let pn = 1; ; pn++) {
      const response = await this.get(path, { ...query, pn, ps: TAXCOM_PAGE_SIZE }, signal);
      const page = taxcomPage.safeParse(jsonOf(response));
      if (!page.success) {
        throw this.http.badBody(`Taxcom answered ${path} without records`, response);
      }

      const batch = page.data.records ?? [];
      records.push(...batch);
      const total = page.data.counts?.recordFilteredCount ?? page.data.counts?.recordCount ?? 0;
      if (batch.length === 0 || records.length >= total) {
        return records;
      }
    }
  }

  private get(path: string, query: Record<string, string | number>, signal: AbortSignal): Promise<OfdResponse> {
    return this.session.use(signal, (token) =>
      this.http.request(
        { method: 'GET', path, query, headers: { ...this.integrator(), 'Session-Token': token } },
        signal
      )
    );
  }

  private integrator() {
    return { 'Integrator-ID': credential(this.account.name, 'integratorId', this.account.integratorId, this.deps.env) };
  }

  /** The login POST; a 301 is followed by posting again to its Location, body and all. */
  private async login(signal: AbortSignal): Promise<SessionToken> {
    const { name, login, password, agreementNumber } = this.account;
    const data = {
      login: credential(name, 'login', login, this.deps.env),
      password: credential(name, 'password', password, this.deps.env),
      ...(agreementNumber ? { agreementNumber } : {}),
    };

    let path = 'Login';
    for (let hop = 0; hop <= MAX_LOGIN_REDIRECTS; hop++) {
      const response = await this.http.request(
        { method: 'POST', path, data, headers: this.integrator(), acceptRedirect: true },
        signal
      );
      if (response.status < 300 || response.status >= 400) {
        return this.sessionOf(response);
      }
      path = this.redirectTarget(response, path);
    }
    throw new OfdRequestError('redirect', `Taxcom redirected the login more than ${MAX_LOGIN_REDIRECTS} times`);
  }

  private sessionOf(response: OfdResponse): SessionToken {
    const parsed = taxcomLogin.safeParse(jsonOf(response));
    if (!parsed.success) {
      throw this.http.badBody('Taxcom answered the login without a sessionToken', response);
    }
    return { token: parsed.data.sessionToken, expiresAt: null };
  }

  /** Where a redirect points; only to the same host, so credentials never go anywhere else. */
  private redirectTarget(response: OfdResponse, from: string): string {
    const base = new URL(this.http.baseUrl);
    const location = response.headers.location;
    const target = location ? new URL(location, new URL(from, base)) : null;
    if (!target || target.hostname !== base.hostname) {
      throw new OfdRequestError(
        'redirect',
        `Taxcom redirected the login to ${target?.host ?? 'nowhere'}: set baseUrl to it`
      );
    }
    return target.toString();
  }
}

function taxcomShiftNumber(record: unknown): number[] {
  const shift = taxcomShift.safeParse(record);
  return shift.success ? [shift.data.shiftNumber] : [];
}
