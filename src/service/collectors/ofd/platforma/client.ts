import { type AccountDeps, accountHttp, accountLimits } from '../account';
import { type OfdAccountOf } from '../config';
import { type CollectedDocument, type OfdClient, type Period, type RegisterReport } from '../contract';
import { credential } from '../credentials';
import { PLATFORMA_SETTLE_MS } from '../defaults';
import { type OfdHttp } from '../http/client';
import { type OfdResponse, jsonOf } from '../http/types';
import { writeBound } from '../period';
import { classifyPlatforma } from './classify';
import { platformaDocumentsOf, platformaRegisters } from './normalise';
import { platformaDocuments, platformaKktList } from './shapes';

/**
 * Platforma OFD (Evotor): a "Token" header issued by the operator, the KKT tree, and all documents of a
 * register for at most 7 days per request, written `Y-m-d H:i:s`. At most 2 requests in flight per token.
 */
export class PlatformaClient implements OfdClient<string> {
  readonly maxPeriodMs: number;
  readonly settleMs = PLATFORMA_SETTLE_MS;
  private readonly http: OfdHttp;

  constructor(
    private readonly account: OfdAccountOf<'platforma'>,
    private readonly deps: AccountDeps
  ) {
    this.http = accountHttp(account, deps, { classify: classifyPlatforma, credentials: () => ['token'] });
    this.maxPeriodMs = accountLimits(account).maxPeriodMs;
  }

  async registers(signal: AbortSignal): Promise<Array<RegisterReport<string>>> {
    const response = await this.get('kkts', {}, signal);
    const parsed = platformaKktList.safeParse(jsonOf(response));
    if (!parsed.success) {
      throw this.http.badBody('Platforma sent the KKT list in a shape it does not document', response);
    }
    return platformaRegisters(parsed.data.kktList.orgBranches ?? [], this.deps.logger);
  }

  async *documents(register: RegisterReport<string>, period: Period, signal: AbortSignal) {
    const query = {
      dateFrom: writeBound(period.from, period, 'ymd-his', 'local'),
      dateTo: writeBound(period.to, period, 'ymd-his', 'local'),
    };
    const response = await this.get(`${encodeURIComponent(register.ref)}/all-documents`, query, signal);
    if (response.body.kind === 'empty') {
      return;
    }

    const parsed = platformaDocuments.safeParse(jsonOf(response));
    if (!parsed.success) {
      throw this.http.badBody('Platforma sent documents in a shape it does not document', response);
    }
    const page: CollectedDocument[] = platformaDocumentsOf(parsed.data.documents ?? [], this.deps.logger);
    yield page;
  }

  /** Platforma filters documents by nothing but time: all of them, which also date the newest delivery. */
  stateDocuments(register: RegisterReport<string>, period: Period, signal: AbortSignal) {
    return this.documents(register, period, signal);
  }

  private get(path: string, query: Record<string, string>, signal: AbortSignal): Promise<OfdResponse> {
    const token = credential(this.account.name, 'token', this.account.token, this.deps.env);
    return this.http.request({ method: 'GET', path, query, headers: { Token: token } }, signal);
  }
}
