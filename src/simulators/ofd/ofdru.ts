import { formatWallClock } from '../../service/domain/dateFormat';
import { DAY_MS } from '../../service/domain/time';
import { type SimRegister } from './fleet';
import { fnStamp, readBound, writeTime } from './format';
import { type OperatorSim, indexByRegNumber } from './operator';
import { type SimDocument, deliveredBetween, deliveredByNumber, deliveredClose, lastDelivered } from './schedule';
import { type SimReply, type SimRequest, type SimRoute } from './server';
import { SimSessions, field, jsonBody } from './sessions';

const BOUND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;
const MAX_PERIOD_MS = 30 * DAY_MS;

const failedWith = (status: number, error: string): SimReply => ({
  status,
  body: { Status: 'Failed', Errors: [error] },
});
const success = (data: unknown): SimReply => ({
  status: 200,
  body: { Status: 'Success', Data: data, Elapsed: '00:00:00.0123' },
});

/** OFD.ru's integration API: CreateAuthToken, then AuthToken in the query string of every request. */
export function ofdruRoutes(sim: OperatorSim): SimRoute[] {
  const sessions = new SimSessions('ofdru', sim.now);
  const byRnm = indexByRegNumber(sim.registers);
  const kkt = (match: RegExpExecArray) => (match[1] === sim.credentials.inn ? byRnm.get(match[2]) : undefined);
  const guarded =
    (kind: 'list' | 'documents', answer: (req: SimRequest, m: RegExpExecArray) => SimReply) =>
    (req: SimRequest, match: RegExpExecArray) =>
      authorised(sim, sessions, kind, req, () => answer(req, match));

  return [
    {
      method: 'POST',
      pattern: /^\/api\/Authorization\/CreateAuthToken$/,
      kind: 'login',
      handle: (req) => login(sim, sessions, req),
    },
    {
      method: 'GET',
      pattern: /^\/api\/integration\/v1\/inn\/(\d+)\/kkts$/,
      kind: 'list',
      handle: guarded('list', (_req, m) =>
        m[1] === sim.credentials.inn
          ? success(sim.registers.map((r) => kktRow(r, sim.now())))
          : failedWith(200, 'InnNotFound')
      ),
    },
    {
      method: 'GET',
      pattern: /^\/api\/integration\/v1\/inn\/(\d+)\/kkt\/(\d+)\/receipts$/,
      kind: 'documents',
      handle: guarded('documents', (req, m) =>
        byPeriod(sim, kkt(m), req, (r, docs) => docs.filter((d) => d.code === 3).map((d) => receiptRow(r, d)))
      ),
    },
    {
      method: 'GET',
      pattern: /^\/api\/integration\/v1\/inn\/(\d+)\/kkt\/(\d+)\/zreports$/,
      kind: 'documents',
      handle: guarded('documents', (req, m) => byPeriod(sim, kkt(m), req, (r, docs) => zReports(sim, r, docs))),
    },
    {
      method: 'GET',
      pattern: /^\/api\/rawdoc\/RecipeInfo$/,
      kind: 'documents',
      handle: guarded('documents', (req) => recipeInfo(sim, byRnm, req)),
    },
  ];
}

function login(sim: OperatorSim, sessions: SimSessions, req: SimRequest): SimReply {
  const body = jsonBody(req.body);
  if (field(body, 'Login') !== sim.credentials.login || field(body, 'Password') !== sim.credentials.password) {
    return failedWith(401, 'InvalidCredentials');
  }
  const { token, expiresAt } = sessions.issue();
  return { status: 200, body: { AuthToken: token, ExpirationDateUtc: formatWallClock(expiresAt, 'iso') } };
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
  return sessions.valid(req.query.get('AuthToken')) ? answer() : failedWith(401, 'Unauthorized');
}

function byPeriod(
  sim: OperatorSim,
  register: SimRegister | undefined,
  req: SimRequest,
  rows: (register: SimRegister, docs: SimDocument[]) => unknown[]
): SimReply {
  if (!register) {
    return failedWith(404, 'KktNotFound');
  }
  const from = readBound(req.query.get('dateFrom'), BOUND, register.timeZone, 'local');
  const to = readBound(req.query.get('dateTo'), BOUND, register.timeZone, 'local');
  if (from === null || to === null || to < from) {
    return failedWith(400, 'InvalidDateFormat');
  }
  if (to - from > MAX_PERIOD_MS) {
    return failedWith(400, 'PeriodOverflow');
  }
  return success(rows(register, deliveredBetween(register, from, to, sim.now())));
}

function kktRow(r: SimRegister, now: number) {
  const local = (instant: number) => writeTime(instant, r.timeZone, 'iso');
  const last = lastDelivered(r, now);
  return {
    Id: `00000000-0000-0000-0000-${r.regNumber.slice(4)}`,
    KktRegId: r.regNumber,
    KktName: r.name,
    SerialNumber: r.serial,
    FnNumber: r.fnSerial,
    CreateDate: local(r.fnInstalledAt - 400 * DAY_MS),
    ContractStartDate: local(r.fnInstalledAt - 400 * DAY_MS),
    ContractEndDate: local(r.contractEndsAt),
    LastDocOnKktDateTime: last ? local(fnStamp(last.time)) : null,
    LastDocOnOfdDateTimeUtc: last ? formatWallClock(last.receivedAt, 'iso') : null,
    FiscalAddress: 'https://ofd.ru/',
    Path: `/Мои кассы/${r.store}/`,
    KktModel: r.model,
    FnEndDate: local(r.fnExpiresAt),
  };
}

function receiptRow(r: SimRegister, d: SimDocument) {
  return {
    Id: `${r.regNumber}-${d.number}`,
    CDateUtc: formatWallClock(d.receivedAt, 'iso'),
    Tag: 0,
    IsBso: false,
    IsCorrection: false,
    OperationType: 'Income',
    UserInn: r.inn,
    KktRegNumber: r.regNumber,
    FnNumber: r.fnSerial,
    DocNumber: d.number,
    DocDateTime: writeTime(fnStamp(d.time), r.timeZone, 'iso'),
    DocShiftNumber: d.shiftNumber,
    DocRawId: `${r.regNumber}-${d.number}`,
    TotalSumm: d.totalKopecks,
    CashSumm: d.totalKopecks,
    ECashSumm: 0,
  };
}

function zReports(sim: OperatorSim, r: SimRegister, docs: SimDocument[]) {
  return docs
    .filter((d) => d.code === 2)
    .map((open) => {
      const close = deliveredClose(r, open.shiftNumber, sim.now());
      return {
        Id: `${r.regNumber}-z${open.shiftNumber}`,
        KktRegNumber: r.regNumber,
        FnNumber: r.fnSerial,
        ShiftNumber: open.shiftNumber,
        Open_DocNumber: open.number,
        Open_DocDateTime: writeTime(open.time, r.timeZone, 'iso'),
        Open_CDateUtc: formatWallClock(open.receivedAt, 'iso'),
        Close_DocNumber: close?.number ?? null,
        Close_DocDateTime: close ? writeTime(close.time, r.timeZone, 'iso') : null,
        Close_CDateUtc: close ? formatWallClock(close.receivedAt, 'iso') : null,
        ShiftDocsCount: r.receiptsPerShift + (close ? 2 : 1),
      };
    });
}

/** Without the right document number (Num) OFD.ru finds no receipt. */
function recipeInfo(sim: OperatorSim, byRnm: Map<string, SimRegister>, req: SimRequest): SimReply {
  const q = req.query;
  const register = byRnm.get(q.get('Kkt') ?? '');
  const number = Number(q.get('Num'));
  const doc =
    register && q.get('Fn') === register.fnSerial && Number.isInteger(number)
      ? deliveredByNumber(register, number, sim.now())
      : null;
  if (!register || !doc || String(doc.fiscalSign) !== q.get('Sign')) {
    return failedWith(404, 'ReceiptNotFound');
  }
  return success({
    Tag: doc.code,
    User: 'ООО "Симулятор"',
    UserInn: `${register.inn} `,
    DateTime: writeTime(fnStamp(doc.time), register.timeZone, 'iso'),
    ShiftNumber: doc.shiftNumber,
    KKT_RegNumber: register.regNumber,
    FN_FactoryNumber: register.fnSerial,
    Amount_Total: doc.totalKopecks,
    Document_Number: doc.number,
    DecimalFiscalSign: String(doc.fiscalSign),
    Format_Version: 4,
  });
}
