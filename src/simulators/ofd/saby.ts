import { DAY_MS, utcToLocal } from '../../service/domain/time';
import { type SimRegister } from './fleet';
import { fnStamp, readBound, writeTime } from './format';
import { type OperatorSim, indexByRegNumber } from './operator';
import { type SimDocument, deliveredBetween } from './schedule';
import { type SimReply, type SimRequest, type SimRoute } from './server';
import { SimSessions, anyField, field, jsonBody } from './sessions';

const BOUND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;
const MAX_LIMIT = 1000;
const KEYS: Record<SimDocument['code'], string> = { 2: 'openShift', 3: 'receipt', 5: 'closeShift' };

/** СБИС/Saby's OFD API: oauth/service for a sid sent as a cookie; registers, their drives, documents. */
export function sabyRoutes(sim: OperatorSim): SimRoute[] {
  const sessions = new SimSessions('saby', sim.now);
  const byRnm = indexByRegNumber(sim.registers);
  const org = `/ofd/v1/orgs/${sim.credentials.inn}/kkts`;
  const guarded =
    (kind: 'list' | 'documents', answer: (req: SimRequest, m: RegExpExecArray) => SimReply) =>
    (req: SimRequest, m: RegExpExecArray) =>
      authorised(sim, sessions, kind, req, () => answer(req, m));

  return [
    { method: 'POST', pattern: /^\/oauth\/service\/$/, kind: 'login', handle: (req) => login(sim, sessions, req) },
    {
      method: 'GET',
      pattern: new RegExp(`^${org}$`),
      kind: 'list',
      handle: guarded('list', () => ({ status: 200, body: sim.registers.map(kkt) })),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${org}/(\\d+)/storages$`),
      kind: 'list',
      handle: guarded('list', (_req, m) => storages(byRnm.get(m[1]))),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${org}/(\\d+)/storages/(\\d+)/docs$`),
      kind: 'documents',
      handle: guarded('documents', (req, m) => docs(sim, byRnm.get(m[1]), m[2], req)),
    },
  ];
}

function login(sim: OperatorSim, sessions: SimSessions, req: SimRequest): SimReply {
  const body = jsonBody(req.body);
  const ok =
    field(body, 'login') === sim.credentials.login &&
    field(body, 'password') === sim.credentials.password &&
    String(anyField(body, 'app_client_id') ?? '') === sim.credentials.apiKey;
  return ok
    ? { status: 200, body: { sid: sessions.issue().token } }
    : { status: 401, body: { error: 'Неверный логин или пароль' } };
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
  const sid = /(?:^|;\s*)sid=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1];
  return sessions.valid(sid) ? answer() : { status: 401, body: { error: 'Сессия истекла' } };
}

function kkt(r: SimRegister) {
  return { regId: r.regNumber, model: r.model, factoryId: r.serial, address: `г. Ижевск, ${r.store}`, status: 2 };
}

/** The drive in use and the one before it, which ended when the current one was installed. */
function storages(r: SimRegister | undefined): SimReply {
  if (!r) {
    return { status: 404, body: { error: 'ККТ не найдена' } };
  }
  const local = (instant: number) => writeTime(instant, r.timeZone, 'iso');
  return {
    status: 200,
    body: [
      {
        fsNumber: r.previousFnSerial,
        model: 'ФН-1.1',
        status: 3,
        effectiveFrom: local(r.fnInstalledAt - 400 * DAY_MS),
        effectiveTo: local(r.fnInstalledAt),
      },
      { fsNumber: r.fnSerial, model: 'ФН-1.1М', status: 2, effectiveFrom: local(r.fnInstalledAt) },
    ],
  };
}

function docs(sim: OperatorSim, r: SimRegister | undefined, fn: string, req: SimRequest): SimReply {
  if (!r || (fn !== r.fnSerial && fn !== r.previousFnSerial)) {
    return { status: 404, body: { error: 'Накопитель не найден' } };
  }
  const from = readBound(req.query.get('dateFrom'), BOUND, r.timeZone, 'local');
  const to = readBound(req.query.get('dateTo'), BOUND, r.timeZone, 'local');
  const limit = Number(req.query.get('limit') ?? MAX_LIMIT);
  if (from === null || to === null || to < from || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return { status: 400, body: { error: 'Некорректные параметры запроса' } };
  }

  // Documents of the drive in use only: the simulator forms none on the old one.
  const formed = fn === r.fnSerial ? deliveredBetween(r, from, to, sim.now()) : [];
  return { status: 200, body: formed.slice(0, limit).map((d) => document(r, d)) };
}

/** dateTime as Unix seconds of the register's wall clock, as the FN writes tag 1012. */
function document(r: SimRegister, d: SimDocument) {
  const seconds = (instant: number) => Math.floor(utcToLocal(fnStamp(instant), r.timeZone) / 1000);
  const body: Record<string, unknown> = {
    userInn: r.inn,
    kktRegId: r.regNumber,
    dateTime: seconds(d.time),
    shiftNumber: d.shiftNumber,
    fiscalDocumentNumber: d.number,
    fiscalDriveNumber: r.fnSerial,
    fiscalSign: d.fiscalSign,
    ...(d.code === 3 ? { totalSum: d.totalKopecks, cashTotalSum: d.totalKopecks, operationType: 1 } : {}),
  };
  if (d.unsent) {
    body.notTransmittedDocumentsQuantity = d.unsent.count;
    if (d.unsent.oldest !== null) {
      body.notTransmittedDocumentsDateTime = seconds(d.unsent.oldest);
    }
  }
  return { [KEYS[d.code]]: body };
}
