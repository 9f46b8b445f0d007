import { FN_NOMINAL_CAPACITY } from '../../service/domain/fiscalDrive';
import { type SimRegister } from './fleet';
import { writeTime } from './format';
import { type OperatorSim } from './operator';
import { shiftAt, unsentAt } from './schedule';
import { type SimReply, type SimRequest, type SimRoute } from './server';
import { SimSessions, field, jsonBody } from './sessions';

/** ATOL Online's monitoring API: gettoken, then cash-registers with limit/offset. */
export function atolOnlineRoutes(sim: OperatorSim): SimRoute[] {
  const sessions = new SimSessions('atol', sim.now);
  return [
    {
      method: 'POST',
      pattern: /^\/api\/auth\/v1\/gettoken$/,
      kind: 'login',
      handle: (req) => login(sim, sessions, req),
    },
    {
      method: 'GET',
      pattern: /^\/api\/kkt\/v1\/cash-registers$/,
      kind: 'list',
      handle: (req) => authorised(sim, sessions, req, () => list(sim, req)),
    },
    {
      method: 'GET',
      pattern: /^\/api\/kkt\/v1\/cash-registers\/(\w+)$/,
      kind: 'list',
      handle: (req, match) => authorised(sim, sessions, req, () => one(sim, match[1])),
    },
  ];
}

function login(sim: OperatorSim, sessions: SimSessions, req: SimRequest): SimReply {
  const body = jsonBody(req.body);
  const timestamp = writeTime(sim.now(), 'UTC', 'iso-offset');
  if (field(body, 'login') !== sim.credentials.login || field(body, 'pass') !== sim.credentials.password) {
    return {
      status: 401,
      body: { error: { code: 12, text: 'Неверный логин или пароль', type: 'system' }, token: null, timestamp },
    };
  }
  return { status: 200, body: { error: null, token: sessions.issue().token, timestamp } };
}

function authorised(sim: OperatorSim, sessions: SimSessions, req: SimRequest, answer: () => SimReply): SimReply {
  if (sim.faults.take('list', ['session-expired'])) {
    sessions.expireAll();
  }
  if (!sessions.valid(req.headers.token)) {
    return { status: 401, body: { error: { code: 11, text: 'Токен не действителен', type: 'system' } } };
  }
  return answer();
}

function list(sim: OperatorSim, req: SimRequest): SimReply {
  const limit = Number(req.query.get('limit') ?? 100);
  const offset = Number(req.query.get('offset') ?? 0);
  if (!Number.isInteger(limit) || !Number.isInteger(offset) || limit < 1 || offset < 0) {
    return { status: 400, body: { error: { code: 2, text: 'Некорректные параметры', type: 'system' } } };
  }
  return { status: 200, body: sim.registers.slice(offset, offset + limit).map((r) => cashRegister(r, sim.now())) };
}

function one(sim: OperatorSim, serial: string): SimReply {
  const register = sim.registers.find((r) => r.serial === serial);
  return register
    ? { status: 200, body: { data: cashRegister(register, sim.now()) } }
    : { status: 404, body: { error: { code: 404, text: 'ККТ не найдена', type: 'system' } } };
}

function cashRegister(r: SimRegister, now: number) {
  const at = (instant: number) => writeTime(instant, 'UTC', 'iso-offset');
  const shift = shiftAt(r, now);
  const unsent = unsentAt(r, now);
  return {
    serialNumber: r.serial,
    registrationNumber: r.regNumber,
    deviceNumber: `KKT${String(r.index).padStart(6, '0')}`,
    fiscalizationDate: at(r.fnInstalledAt),
    fiscalStorageExpiration: at(r.fnExpiresAt),
    signedDocuments: Math.round((r.fnMemoryPercent / 100) * FN_NOMINAL_CAPACITY),
    fiscalStoragePercentageUse: r.fnMemoryPercent,
    fiscalStorageINN: r.inn,
    fiscalStorageSerialNumber: r.fnSerial,
    fiscalStoragePaymentAddress: 'shop.example.ru',
    groupCode: `group_${r.store.length}`,
    timestamp: at(now),
    isShiftOpened: shift.open,
    shiftNumber: shift.number,
    shiftReceipt: r.receiptsPerShift,
    // Both fields are left out when nothing is unsent, as ATOL Online does.
    ...(unsent.count > 0 ? { unsentDocs: unsent.count, firstUnsetDocTimestamp: at(unsent.oldest ?? now) } : {}),
    networkErrorCode: r.networkErrorCode,
  };
}
