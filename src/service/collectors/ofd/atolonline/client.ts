import { type AccountDeps, accountHttp, accountLimits } from '../account';
import { type OfdAccountOf } from '../config';
import { type OfdClient, type RegisterReport } from '../contract';
import { credential } from '../credentials';
import { expiredOn401 } from '../http/classify';
import { type OfdHttp } from '../http/client';
import { jsonOf } from '../http/types';
import { eachValid } from '../normalise';
import { Session, type SessionToken } from '../session';
import { atolReport } from './normalise';
import { atolRegister, atolRegisterList, atolToken } from './shapes';

const PAGE_SIZE = 100;
const LOGIN_PATH = 'auth/v1/gettoken';

const classifyAtol = expiredOn401(LOGIN_PATH, 'ATOL Online refused the token: it expired');

/**
 * ATOL Online's monitoring API for cloud registers: a token from gettoken (the fiscalisation login),
 * then cash-registers page by page. It serves state only, no documents.
 */
export class AtolOnlineClient implements OfdClient<null> {
  readonly maxPeriodMs: number;
  readonly settleMs = 0;
  private readonly http: OfdHttp;
  private readonly session: Session;

  constructor(
    private readonly account: OfdAccountOf<'atolonline'>,
    private readonly deps: AccountDeps
  ) {
    this.http = accountHttp(account, deps, { classify: classifyAtol, credentials: () => ['login', 'password'] });
    this.session = new Session((signal) => this.login(signal), deps.clock);
    this.maxPeriodMs = accountLimits(account).maxPeriodMs;
  }

  async registers(signal: AbortSignal): Promise<Array<RegisterReport<null>>> {
    const reports: Array<RegisterReport<null>> = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await this.session.use(signal, (token) => this.page(token, offset, signal));
      reports.push(...eachValid(page, atolRegister, this.deps.logger, 'ATOL Online registers').map(atolReport));
      if (page.length < PAGE_SIZE) {
        return reports;
      }
    }
  }

  private async page(token: string, offset: number, signal: AbortSignal): Promise<unknown[]> {
    const response = await this.http.request(
      { method: 'GET', path: 'kkt/v1/cash-registers', query: { limit: PAGE_SIZE, offset }, headers: { Token: token } },
      signal
    );
    const parsed = atolRegisterList.safeParse(jsonOf(response));
    if (!parsed.success) {
      throw this.http.badBody('ATOL Online sent the register list in an unexpected shape', response);
    }
    return Array.isArray(parsed.data) ? parsed.data : parsed.data.data;
  }

  private async login(signal: AbortSignal): Promise<SessionToken> {
    const { name, login, password } = this.account;
    const data = {
      login: credential(name, 'login', login, this.deps.env),
      pass: credential(name, 'password', password, this.deps.env),
    };
    const response = await this.http.request({ method: 'POST', path: LOGIN_PATH, data }, signal);
    const parsed = atolToken.safeParse(jsonOf(response));
    if (!parsed.success) {
      throw this.http.badBody('ATOL Online answered the login without a token', response);
    }
    // ATOL Online tokens last 24 hours; a refusal before that triggers a new login anyway.
    return { token: parsed.data.token, expiresAt: null };
  }
}
