import { formatWallClock } from '../../service/domain/dateFormat';
import { DAY_MS } from '../../service/domain/time';
import { type SimRegister } from './fleet';
import { fnStamp, readBound } from './format';
import { type OperatorSim } from './operator';
import { hash32 } from '../../service/random';
import {
  type SimDocument,
  deliveredBetween,
  deliveredClose,
  isDelivered,
  lastDelivered,
  shiftDocuments,
} from './schedule';
import { type SimReply, type SimRequest, type SimRoute } from './server';
import { SimSessions, field, jsonBody } from './sessions';

const BOUND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;
const MAX_PAGE = 100;
const utc = (instant: number) => formatWallClock(instant, 'iso');

const apiError = (status: number, code: number, description: string): SimReply => ({
  status,
  body: { apiErrorCode: code, commonDescription: description, details: null },
});

/** Taxcom's API v2: Login with Integrator-ID, Session-Token, and pages of at most 100 records. */
export function taxcomRoutes(sim: OperatorSim): SimRoute[] {
  const sessions = new SimSessions('taxcom', sim.now);
  const data = (path: string, answer: (req: SimRequest) => SimReply, kind: 'list' | 'documents'): SimRoute => ({
    method: 'GET',
    pattern: new RegExp(`^/API/v2/${path}$`),
    kind,
    handle: (req) => authorised(sim, sessions, kind, req, () => answer(req)),
  });

  return [
    { method: 'POST', pattern: /^\/API\/v2\/Login$/, kind: 'login', handle: (req) => login(sim, sessions, req, true) },
    {
      method: 'POST',
      pattern: /^\/secure\/API\/v2\/Login$/,
      kind: 'login',
      handle: (req) => login(sim, sessions, req, false),
    },
    data('OutletList', (req) => paged(req, sim.now(), outlets(sim)), 'list'),
    data('KKTList', (req) => paged(req, sim.now(), kktList(sim, req.query.get('id'))), 'list'),
    data('ShiftList', (req) => shiftList(sim, req), 'documents'),
    data('DocumentList', (req) => documentList(sim, req), 'documents'),
  ];
}

function login(sim: OperatorSim, sessions: SimSessions, req: SimRequest, mayRedirect: boolean): SimReply {
  if (mayRedirect && sim.faults.take('login', ['login-301'])) {
    return { status: 301, headers: { location: '/secure/API/v2/Login' }, body: '' };
  }
  const body = jsonBody(req.body);
  if (req.headers['integrator-id'] !== sim.credentials.integratorId) {
    return apiError(401, 2112, 'Некорректная пара Integrator-ID/Integration-Token');
  }
  if (field(body, 'login') !== sim.credentials.login || field(body, 'password') !== sim.credentials.password) {
    return apiError(401, 2108, 'Ошибка авторизации');
  }
  return { status: 200, body: { sessionToken: sessions.issue().token } };
}

function authorised(
  sim: OperatorSim,
  sessions: SimSessions,
  kind: 'list' | 'documents',
  req: SimRequest,
  answer: () => SimReply
) {
  if (sim.faults.take(kind, ['session-expired'])) {
    sessions.expireAll();
  }
  if (req.headers['integrator-id'] !== sim.credentials.integratorId) {
    return apiError(401, 2112, 'Некорректная пара Integrator-ID/Integration-Token');
  }
  if (!sessions.valid(req.headers['session-token'])) {
    return apiError(401, 2109, 'Истек срок действия маркера доступа');
  }
  return answer();
}

/** One page of records in Taxcom's envelope; more than 100 to a page is refused. */
function paged(req: SimRequest, now: number, records: unknown[]): SimReply {
  const pn = Number(req.query.get('pn') ?? 1);
  const ps = Number(req.query.get('ps') ?? MAX_PAGE);
  if (!Number.isInteger(pn) || !Number.isInteger(ps) || pn < 1 || ps < 1 || ps > MAX_PAGE) {
    return apiError(400, 2201, 'Некорректный формат запроса');
  }
  const page = records.slice((pn - 1) * ps, pn * ps);
  const counts = {
    recordCount: records.length,
    recordFilteredCount: records.length,
    recordInResponceCount: page.length,
  };
  return { status: 200, body: { reportDate: utc(now), counts, records: page } };
}

function outletId(store: string): string {
  const h = hash32('outlet', store).toString(16).padStart(8, '0');
  return `${h}-0000-4000-8000-${h}${h.slice(0, 4)}`;
}

function outlets(sim: OperatorSim) {
  return [...new Set(sim.registers.map((r) => r.store))].map((store) => ({
    id: outletId(store),
    name: store,
    code: null,
    address: `г. Самара, ${store}`,
    problemIndicator: 'OK',
    department: null,
  }));
}

function kktList(sim: OperatorSim, id: string | null) {
  const now = sim.now();
  return sim.registers.filter((r) => outletId(r.store) === id).map((r) => kkt(r, now));
}

function kkt(r: SimRegister, now: number) {
  const indicator = r.condition === 'backlog' ? 'Problem' : r.condition === 'link_error' ? 'Warning' : 'OK';
  const last = lastDelivered(r, now);
  return {
    name: r.name,
    kktRegNumber: r.regNumber,
    kktFactoryNumber: r.serial,
    fnFactoryNumber: r.fnSerial,
    cashdeskState: r.contractEndsAt - now < 30 * DAY_MS ? 'Expires' : 'Active',
    problemIndicator: indicator,
    cashdeskEndDateTime: utc(r.contractEndsAt),
    fnEndDateTime: utc(r.fnExpiresAt),
    kktModelName: r.model,
    ...(last ? { lastDocumentDateTime: utc(fnStamp(last.time)) } : {}),
    lastDocumentState: indicator,
  };
}

function byFn(sim: OperatorSim, fn: string | null): SimRegister | undefined {
  return sim.registers.find((r) => r.fnSerial === fn);
}

function shiftList(sim: OperatorSim, req: SimRequest): SimReply {
  const register = byFn(sim, req.query.get('fn'));
  const from = readBound(req.query.get('begin'), BOUND, 'UTC', 'utc');
  const to = readBound(req.query.get('end'), BOUND, 'UTC', 'utc');
  if (!register) {
    return apiError(404, 3105, 'Смена не найдена');
  }
  if (from === null || to === null || to < from) {
    return apiError(400, 2201, 'Некорректный формат запроса');
  }

  const now = sim.now();
  const opens = deliveredBetween(register, from, to, now).filter((d) => d.code === 2);
  return paged(
    req,
    now,
    opens.map((open) => shiftRecord(register, open, now))
  );
}

function shiftRecord(r: SimRegister, open: SimDocument, now: number) {
  const close = deliveredClose(r, open.shiftNumber, now);
  return {
    fnFactoryNumber: r.fnSerial,
    shiftNumber: open.shiftNumber,
    openDateTime: utc(fnStamp(open.time)),
    closeDateTime: close ? utc(fnStamp(close.time)) : null,
    receiptCount: r.receiptsPerShift,
  };
}

function documentList(sim: OperatorSim, req: SimRequest): SimReply {
  const register = byFn(sim, req.query.get('fn'));
  const shift = Number(req.query.get('shift'));
  if (!register || !Number.isInteger(shift)) {
    return apiError(404, 3105, 'Смена не найдена');
  }
  const now = sim.now();
  const docs = shiftDocuments(register, shift - register.firstShiftNumber).filter((d) => isDelivered(register, d, now));
  return paged(
    req,
    now,
    docs.map((d) => documentRow(register, d))
  );
}

function documentRow(r: SimRegister, d: SimDocument) {
  return {
    fnFactoryNumber: r.fnSerial,
    shiftNumber: d.shiftNumber,
    documentType: String(d.code),
    dateTime: utc(fnStamp(d.time)),
    fdNumber: d.number,
    numberInShift: d.number - r.firstDocumentNumber,
    fpd: String(d.fiscalSign),
    cashier: 'КАССИР N 1',
    taxationSystem: 'USNIncome',
    accountingType: 'Income',
    sum: d.totalKopecks,
    cash: d.totalKopecks,
    electronic: 0,
  };
}
