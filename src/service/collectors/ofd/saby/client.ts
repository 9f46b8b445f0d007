import { instantOf } from '../../../domain/dates';
import { type AccountDeps, accountHttp, accountLimits } from '../account';
import { type OfdAccountOf } from '../config';
import { type CollectedDocument, type OfdClient, type Period, type RegisterReport } from '../contract';
import { credential } from '../credentials';
import { expiredOn401 } from '../http/classify';
import { type OfdHttp } from '../http/client';
import { jsonOf } from '../http/types';
import { eachValid } from '../normalise';
import { mapPool } from '../pool';
import { writeBound } from '../period';
import { Session, type SessionToken } from '../session';
import { type SabyRef, type SabyStorage, sabyDocuments, sabyRegister, sabyStorages } from './normalise';
import { sabyKkt, sabySid } from './shapes';

const LOGIN_PATH = 'oauth/service/';
/** Saby's page size; a full page continues from its last document's time. */
export const SABY_PAGE_LIMIT = 1000;

const classifySaby = expiredOn401(LOGIN_PATH, 'Saby refused the sid: the session expired');

/**
 * СБИС/Saby: a sid from oauth/service sent as a cookie; the INN's registers, each register's fiscal
 * drives (several over time, by effectiveFrom/effectiveTo), and each drive's documents for the period.
 */
export class SabyClient implements OfdClient<SabyRef> {
  readonly maxPeriodMs: number;
  readonly settleMs = 0;
  private readonly http: OfdHttp;
  private readonly session: Session;

  constructor(
    private readonly account: OfdAccountOf<'saby'>,
    private readonly deps: AccountDeps,
    private readonly pageLimit = SABY_PAGE_LIMIT
  ) {
    this.http = accountHttp(account, deps, {
      classify: classifySaby,
      credentials: () => ['login', 'password', 'appClientId'],
    });
    this.session = new Session((signal) => this.login(signal), deps.clock);
    this.maxPeriodMs = accountLimits(account).maxPeriodMs;
  }

  async registers(signal: AbortSignal): Promise<Array<RegisterReport<SabyRef>>> {
    const records = await this.list(`ofd/v1/orgs/${this.account.inn}/kkts`, {}, signal);
    const kkts = eachValid(records, sabyKkt, this.deps.logger, 'Saby registers');
    // One drive list per register: asked in parallel, within the account's limits.
    const reports = await mapPool(kkts, accountLimits(this.account).maxConcurrency, async (kkt) => {
      const storages = await this.list(`${this.kktPath(kkt.regId.trim())}/storages`, {}, signal);
      return sabyRegister(kkt, sabyStorages(storages, this.deps.logger));
    });
    return reports.filter((report): report is RegisterReport<SabyRef> => report !== null);
  }

  /** Only the drives in use during the period are asked. */
  async *documents(register: RegisterReport<SabyRef>, period: Period, signal: AbortSignal) {
    for (const storage of register.ref.storages.filter((s) => inUse(s, period))) {
      yield* this.storageDocuments(register.ref.regNumber, storage.fn, period, signal);
    }
  }

  /** Saby filters documents by nothing but time and drive: all of them. */
  stateDocuments(register: RegisterReport<SabyRef>, period: Period, signal: AbortSignal) {
    return this.documents(register, period, signal);
  }

  /** A full page continues from its newest document's time: boundary documents come twice and are stored once. */
  private async *storageDocuments(regNumber: string, fn: string, period: Period, signal: AbortSignal) {
    const path = `${this.kktPath(regNumber)}/storages/${fn}/docs`;
    const dateTo = writeBound(period.to, period, 'iso', 'local');
    let from = period.from;
    for (;;) {
      const query = { dateFrom: writeBound(from, period, 'iso', 'local'), dateTo, limit: this.pageLimit };
      const elements = await this.list(path, query, signal);
      const page: CollectedDocument[] = sabyDocuments(elements, fn, this.deps.logger);
      yield page;

      const newest = Math.max(...page.map((d) => instantOf(d.time, period.timeZone) ?? from));
      if (elements.length < this.pageLimit || !(newest > from)) {
        return;
      }
      from = newest;
    }
  }

  private kktPath(regNumber: string): string {
    return `ofd/v1/orgs/${this.account.inn}/kkts/${encodeURIComponent(regNumber)}`;
  }

  private async list(path: string, query: Record<string, string | number>, signal: AbortSignal): Promise<unknown[]> {
    const response = await this.session.use(signal, (sid) =>
      this.http.request({ method: 'GET', path, query, headers: { Cookie: `sid=${sid}` } }, signal)
    );
    const value = jsonOf(response);
    if (!Array.isArray(value)) {
      throw this.http.badBody(`Saby answered ${path.split('/').pop()} without a list`, response);
    }
    return value;
  }

  private async login(signal: AbortSignal): Promise<SessionToken> {
    const { name } = this.account;
    const data = {
      app_client_id: credential(name, 'appClientId', this.account.appClientId, this.deps.env),
      login: credential(name, 'login', this.account.login, this.deps.env),
      password: credential(name, 'password', this.account.password, this.deps.env),
    };
    const response = await this.http.request({ method: 'POST', path: LOGIN_PATH, data }, signal);
    const parsed = sabySid.safeParse(jsonOf(response));
    if (!parsed.success) {
      throw this.http.badBody('Saby answered the login without a sid', response);
    }
    return { token: parsed.data.sid, expiresAt: null };
  }
}

function inUse(storage: SabyStorage, period: Period): boolean {
  const from = instantOf(storage.from, period.timeZone) ?? -Infinity;
  const to = instantOf(storage.to, period.timeZone) ?? Infinity;
  return from < period.to && to > period.from;
}
