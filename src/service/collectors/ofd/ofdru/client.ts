import { type AccountDeps, accountHttp, accountLimits } from '../account';
import { type OfdAccountOf } from '../config';
import { type CollectedDocument, type OfdClient, type Period, type RegisterReport } from '../contract';
import { credential } from '../credentials';
import { type Verdict, expiredOn401, failed } from '../http/classify';
import { type OfdHttp } from '../http/client';
import { isOfdRequestError } from '../http/errors';
import { type OfdRequest, type OfdResponse, jsonOf } from '../http/types';
import { writeBound } from '../period';
import { Session, type SessionToken } from '../session';
import { utcTime } from '../normalise';
import { ofdruRawDocumentOf, ofdruReceipts, ofdruRegisters, ofdruShiftDocuments } from './normalise';
import { ofdruEnvelope, ofdruToken } from './shapes';

const LOGIN_PATH = 'Authorization/CreateAuthToken';

/** What finds one receipt: without the document number OFD.ru does not return it (B16). */
export interface ReceiptLookup {
  fnSerial: string;
  regNumber: string;
  /** Fiscal document number (tag 1040): always sent. */
  number: number;
  fiscalSign: string;
}

/** Errors in the envelope are the operator refusing the request (e.g. "InnNotFound"); 401 on data means the token expired. */
const tokenExpired = expiredOn401(LOGIN_PATH, 'OFD.ru refused the token: it expired');

function classifyOfdru(response: OfdResponse, request: OfdRequest): Verdict | null {
  const expired = tokenExpired(response, request);
  if (expired) {
    return expired;
  }
  const envelope = ofdruEnvelope.safeParse(jsonOf(response));
  const errors = envelope.success ? (envelope.data.Errors ?? []) : [];
  if (errors.length > 0 && (response.status < 300 || response.status === 400 || response.status === 404)) {
    return failed('api_error', false, `OFD.ru answered ${errors.join(', ')}`, { operatorCode: errors[0] });
  }
  return null;
}

/**
 * OFD.ru: a token from CreateAuthToken, renewed before its ExpirationDateUtc and sent in the query
 * string; the INN's registers; receipts and Z-reports of each register for at most 30 days a request.
 */
export class OfdruClient implements OfdClient<string> {
  readonly maxPeriodMs: number;
  readonly settleMs = 0;
  private readonly http: OfdHttp;
  private readonly session: Session;

  constructor(
    private readonly account: OfdAccountOf<'ofdru'>,
    private readonly deps: AccountDeps
  ) {
    this.http = accountHttp(account, deps, { classify: classifyOfdru, credentials: () => ['login', 'password'] });
    this.session = new Session((signal) => this.login(signal), deps.clock);
    this.maxPeriodMs = accountLimits(account).maxPeriodMs;
  }

  async registers(signal: AbortSignal): Promise<Array<RegisterReport<string>>> {
    const data = await this.data(`integration/v1/inn/${this.account.inn}/kkts`, {}, signal);
    return ofdruRegisters(data, this.deps.logger);
  }

  async *documents(register: RegisterReport<string>, period: Period, signal: AbortSignal) {
    yield* this.stateDocuments(register, period, signal);
    yield ofdruReceipts(
      await this.data(`${this.kktPath(register)}/receipts`, bounds(period), signal),
      this.deps.logger
    );
  }

  /** Z-reports only: each is a shift's opening document and, once closed, its closing one. */
  async *stateDocuments(register: RegisterReport<string>, period: Period, signal: AbortSignal) {
    const zReports = await this.data(`${this.kktPath(register)}/zreports`, bounds(period), signal);
    const shifts: CollectedDocument[] = ofdruShiftDocuments(zReports, this.deps.logger);
    yield shifts;
  }

  /** One receipt, found by FN, register, document number and fiscal sign. */
  async receipt(lookup: ReceiptLookup, signal: AbortSignal): Promise<CollectedDocument | null> {
    const query = {
      Fn: lookup.fnSerial,
      Kkt: lookup.regNumber,
      Inn: this.account.inn,
      Num: lookup.number,
      Sign: lookup.fiscalSign,
    };
    try {
      const response = await this.session.use(signal, (token) =>
        this.http.request({ method: 'GET', path: 'rawdoc/RecipeInfo', query: { ...query, AuthToken: token } }, signal)
      );
      const envelope = ofdruEnvelope.safeParse(jsonOf(response));
      return envelope.success ? ofdruRawDocumentOf(envelope.data.Data) : null;
    } catch (error) {
      if (isOfdRequestError(error, 'api_error') && error.operatorCode === 'ReceiptNotFound') {
        return null;
      }
      throw error;
    }
  }

  private kktPath(register: RegisterReport<string>): string {
    return `integration/v1/inn/${this.account.inn}/kkt/${encodeURIComponent(register.ref)}`;
  }

  /** The Data list of an answer with the token in the query string. */
  private async data(path: string, query: Record<string, string>, signal: AbortSignal): Promise<unknown[]> {
    const response = await this.session.use(signal, (token) =>
      this.http.request({ method: 'GET', path, query: { ...query, AuthToken: token } }, signal)
    );
    const envelope = ofdruEnvelope.safeParse(jsonOf(response));
    if (!envelope.success || !Array.isArray(envelope.data.Data)) {
      throw this.http.badBody(`OFD.ru answered ${path.split('/').pop()} without a Data list`, response);
    }
    return envelope.data.Data;
  }

  private async login(signal: AbortSignal): Promise<SessionToken> {
    const data = {
      Login: credential(this.account.name, 'login', this.account.login, this.deps.env),
      Password: credential(this.account.name, 'password', this.account.password, this.deps.env),
    };
    const response = await this.http.request({ method: 'POST', path: LOGIN_PATH, data }, signal);
    const parsed = ofdruToken.safeParse(jsonOf(response));
    if (!parsed.success) {
      throw this.http.badBody('OFD.ru answered CreateAuthToken without a token', response);
    }
    return { token: parsed.data.AuthToken, expiresAt: utcTime(parsed.data.ExpirationDateUtc)?.ms ?? null };
  }
}

/** Period bounds in the register's wall clock. */
function bounds(period: Period) {
  return {
    dateFrom: writeBound(period.from, period, 'iso', 'local'),
    dateTo: writeBound(period.to, period, 'iso', 'local'),
  };
}
