import { type IncomingMessage } from 'node:http';

import { DAY_MS } from '../../service/domain/time';
import { type SimRegister } from './fleet';
import { fnStamp, readBound, writeTime } from './format';
import { type OperatorSim, indexByRegNumber } from './operator';
import { type SimDocument, deliveredBetween } from './schedule';
import { type SimReply, type SimRequest, type SimRoute } from './server';

const BOUND = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const MAX_PERIOD_MS = 7 * DAY_MS;
const MAX_IN_FLIGHT = 2;

const NAMES: Record<SimDocument['code'], string> = {
  2: 'Отчет об открытии смены\r\n',
  3: 'Кассовый чек',
  5: 'Отчёт о закрытии смены\r\n',
};

/** Platforma OFD's client API: "Token" header, the KKT tree, all-documents by period. */
export function platformaRoutes(sim: OperatorSim): SimRoute[] {
  const byRnm = indexByRegNumber(sim.registers);
  return [
    {
      method: 'GET',
      pattern: /^\/v1\/client\/kkts$/,
      kind: 'list',
      handle: (req) => guard(sim, req, () => kktTree(sim)),
    },
    {
      method: 'GET',
      pattern: /^\/v1\/client\/(\d{1,20})\/all-documents$/,
      kind: 'documents',
      handle: (req, match) => guard(sim, req, () => allDocuments(sim, byRnm.get(match[1]), req)),
    },
  ];
}

export function platformaToken(request: IncomingMessage): string | null {
  const token = request.headers.token;
  return typeof token === 'string' ? token : null;
}

/** The token check, the per-token limit of two requests in flight, and the token faults. */
function guard(sim: OperatorSim, req: SimRequest, answer: () => SimReply): SimReply {
  const revoked = sim.faults.take(req.path.endsWith('kkts') ? 'list' : 'documents', [
    'token-invalid',
    'session-expired',
  ]);
  if (revoked || req.headers.token !== sim.credentials.token) {
    return { status: 401, body: { error: 'Неверный токен или истек срок его действия' } };
  }
  if (req.inFlightWithToken > MAX_IN_FLIGHT) {
    return { status: 503, headers: { 'retry-after': '1' }, body: { error: 'Too many requests. Retry after: 60s' } };
  }
  return answer();
}

function kktTree(sim: OperatorSim): SimReply {
  const stores = [...new Set(sim.registers.map((r) => r.store))];
  const branch = (store: string, id: number) => ({
    branchName: store,
    branchId: id,
    kkts: sim.registers.filter((r) => r.store === store).map((r) => kkt(r)),
  });

  const [root, ...others] = stores.map((store, i) => branch(store, i + 1));
  const [first, second, ...deeper] = others;
  const nested = second ? [first, { ...second, branches: deeper }] : others;
  return {
    status: 200,
    body: {
      kktList: {
        orgInn: sim.credentials.inn,
        orgKpp: '770001001',
        orgName: 'ООО "Симулятор"',
        orgBranches: root ? [{ ...root, branches: nested.filter(Boolean) }] : [],
      },
    },
  };
}

function kkt(r: SimRegister) {
  const local = (instant: number) => writeTime(instant, r.timeZone, 'iso');
  return {
    kktName: r.name,
    kktModel: r.model,
    kktCheckStatus: r.condition === 'link_error' ? 72 : 8,
    kktRegDate: local(r.fnInstalledAt - 400 * DAY_MS),
    kktFN: r.fnSerial,
    kktNumber: r.serial,
    kktRegNumber: r.regNumber,
    kktCheckState: 'Success',
    kktStatus: 2,
    retailAddress: `г. Москва, ${r.store}`,
    kktCurrentSubscriptionDateTill: local(r.contractEndsAt),
    kktLastSubscriptionDateTill: local(r.contractEndsAt),
    kktFnInstallDate: local(r.fnInstalledAt),
    kktFnDateTill: local(r.fnExpiresAt + 30 * DAY_MS),
    kktFnDateTillForecast: local(r.fnExpiresAt),
    kktFnSpaceUsed: r.fnMemoryPercent,
  };
}

function allDocuments(sim: OperatorSim, register: SimRegister | undefined, req: SimRequest): SimReply {
  if (!register) {
    return { status: 404, body: { error: 'ККТ не найдена' } };
  }
  const from = readBound(req.query.get('dateFrom'), BOUND, register.timeZone, 'local');
  const to = readBound(req.query.get('dateTo'), BOUND, register.timeZone, 'local');
  if (from === null || to === null || to < from) {
    return { status: 400, body: { error: 'dateFrom and dateTo must be written as Y-m-d H:i:s' } };
  }
  if (to - from > MAX_PERIOD_MS) {
    return { status: 400, body: { error: 'The period must not exceed 7 days' } };
  }

  const documents = deliveredBetween(register, from, to, sim.now()).map((doc) => platformaDocument(register, doc));
  return { status: 200, body: { documents } };
}

function platformaDocument(r: SimRegister, doc: SimDocument) {
  const dotted = (instant: number) => writeTime(instant, r.timeZone, 'dotted');
  return {
    ...(doc.code === 3 ? {} : { dateTime: 0 }),
    docTypeId: doc.code,
    docTypeName: NAMES[doc.code],
    fiscalDocumentNumber: doc.number,
    docFp: String(doc.fiscalSign),
    fnSn: r.fnSerial,
    kktRegId: r.regNumber,
    shiftNumber: doc.shiftNumber,
    userInn: '7700000001',
    rqId: doc.number * 7,
    rqDate: dotted(doc.receivedAt),
    reqDocDate: dotted(fnStamp(doc.time)),
    operationTypeId: doc.code === 3 ? 1 : 0,
    ...(doc.code === 3 ? { totalSum: doc.totalKopecks, cashTotalSum: doc.totalKopecks, operationType: 'Приход' } : {}),
    fdFormatVer: 4,
  };
}
