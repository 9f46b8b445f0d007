import { normaliseFnSerial, normaliseRegNumber } from '../../../domain/identifiers';
import { type AccountDeps, accountHttp, accountLimits } from '../account';
import { type OfdAccountOf } from '../config';
import { type OfdClient, type Period, type RegisterReport } from '../contract';
import { credential } from '../credentials';
import { expiredOn401 } from '../http/classify';
import { type OfdHttp } from '../http/client';
import { jsonOf } from '../http/types';
import { writeBound } from '../period';
import { Session, type SessionToken } from '../session';
import { firstOfdReceipts } from './normalise';
import { firstOfdDocuments, firstOfdToken } from './shapes';

const LOGIN_PATH = 'auth';

interface FirstOfdRef {
  regNumber: string;
  fnSerial: string;
}

const classifyFirstOfd = expiredOn401(LOGIN_PATH, '1-OFD refused the token: it expired');

/**
 * Первый ОФД: an API key traded for a Bearer token, then the receipts of each configured register
 * (1-OFD lists none) a day at a time, money in decimal rubles.
 */
export class FirstOfdClient implements OfdClient<FirstOfdRef> {
  readonly maxPeriodMs: number;
  readonly settleMs = 0;
  private readonly http: OfdHttp;
  private readonly session: Session;

  constructor(
    private readonly account: OfdAccountOf<'firstofd'>,
    private readonly deps: AccountDeps
  ) {
    this.http = accountHttp(account, deps, { classify: classifyFirstOfd, credentials: () => ['apiKey'] });
    this.session = new Session((signal) => this.login(signal), deps.clock);
    this.maxPeriodMs = accountLimits(account).maxPeriodMs;
  }

  /** The registers named in the configuration; 1-OFD reports no state for them. */
  async registers(): Promise<Array<RegisterReport<FirstOfdRef>>> {
    return this.account.registers.flatMap((r) => {
      const regNumber = normaliseRegNumber(r.regNumber);
      const fnSerial = normaliseFnSerial(r.fnSerial);
      return regNumber && fnSerial
        ? [
            {
              identity: { regNumber, serial: null, fnSerial },
              device: { inn: this.account.inn },
              facts: {},
              ref: { regNumber, fnSerial },
            },
          ]
        : [];
    });
  }

  async *documents(register: RegisterReport<FirstOfdRef>, period: Period, signal: AbortSignal) {
    const query = {
      kkmRegId: register.ref.regNumber,
      fsFactoryNumber: register.ref.fnSerial,
      transactionTypes: 'TICKET',
      fromDate: writeBound(period.from, period, 'iso', 'local'),
      toDate: writeBound(period.to, period, 'iso', 'local'),
    };
    const path = `rent/v2/organisations/${this.account.inn}/documents`;
    const response = await this.session.use(signal, (token) =>
      this.http.request({ method: 'GET', path, query, headers: { Authorization: `Bearer ${token}` } }, signal)
    );

    const page = firstOfdDocuments.safeParse(jsonOf(response));
    if (!page.success) {
      throw this.http.badBody('1-OFD answered documents without a documents list', response);
    }
    yield firstOfdReceipts(page.data.documents ?? [], register.ref.fnSerial, this.deps.logger);
  }

  private async login(signal: AbortSignal): Promise<SessionToken> {
    const apiKey = credential(this.account.name, 'apiKey', this.account.apiKey, this.deps.env);
    const response = await this.http.request({ method: 'POST', path: LOGIN_PATH, data: { apiKey } }, signal);
    const parsed = firstOfdToken.safeParse(jsonOf(response));
    if (!parsed.success) {
      throw this.http.badBody('1-OFD answered the authentication without a token', response);
    }
    return { token: parsed.data.token, expiresAt: null };
  }
}
