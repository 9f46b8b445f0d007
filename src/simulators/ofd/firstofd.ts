import { readBound, writeTime } from './format';
import { type OperatorSim, indexByRegNumber } from './operator';
import { deliveredBetween } from './schedule';
import { type SimReply, type SimRequest, type SimRoute } from './server';
import { SimSessions, field, jsonBody } from './sessions';

const BOUND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** Первый ОФД's universal API: an API key for a Bearer token, documents of an organisation's register. */
export function firstOfdRoutes(sim: OperatorSim): SimRoute[] {
  const sessions = new SimSessions('firstofd', sim.now);
  return [
    { method: 'POST', pattern: /^\/api\/auth$/, kind: 'login', handle: (req) => login(sim, sessions, req) },
    {
      method: 'GET',
      pattern: /^\/api\/rent\/v2\/organisations\/(\d+)\/documents$/,
      kind: 'documents',
      handle: (req, m) => authorised(sim, sessions, req, () => documents(sim, m[1], req)),
    },
  ];
}

function login(sim: OperatorSim, sessions: SimSessions, req: SimRequest): SimReply {
  if (field(jsonBody(req.body), 'apiKey') !== sim.credentials.apiKey) {
    return { status: 401, body: { error: 'invalid apiKey' } };
  }
  return { status: 200, body: { token: sessions.issue().token } };
}

function authorised(sim: OperatorSim, sessions: SimSessions, req: SimRequest, answer: () => SimReply): SimReply {
  if (sim.faults.take('documents', ['session-expired'])) {
    sessions.expireAll();
  }
  const token = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
  return sessions.valid(token) ? answer() : { status: 401, body: { error: 'token expired' } };
}

function documents(sim: OperatorSim, inn: string, req: SimRequest): SimReply {
  const register = indexByRegNumber(sim.registers).get(req.query.get('kkmRegId') ?? '');
  if (inn !== sim.credentials.inn || !register || req.query.get('fsFactoryNumber') !== register.fnSerial) {
    return { status: 404, body: { error: 'organisation or register not found' } };
  }
  const from = readBound(req.query.get('fromDate'), BOUND, register.timeZone, 'local');
  const to = readBound(req.query.get('toDate'), BOUND, register.timeZone, 'local');
  if (from === null || to === null || to < from) {
    return { status: 400, body: { error: 'fromDate and toDate must be yyyy-MM-ddTHH:mm:ss' } };
  }

  const receipts = deliveredBetween(register, from, to, sim.now()).filter((d) => d.code === 3);
  return {
    status: 200,
    body: {
      documents: receipts.map((d) => ({
        fiscalSign: String(d.fiscalSign),
        transactionDate: writeTime(d.time, register.timeZone, 'iso'),
        ticket: {
          fiscalDocumentNumber: d.number,
          shiftNumber: d.shiftNumber,
          operationType: 1,
          // Money in decimal rubles, as 1-OFD sends it.
          totalSum: d.totalKopecks / 100,
          cashTotalSum: d.totalKopecks / 100,
          ecashTotalSum: 0,
          prepaymentSum: 0,
          postpaymentSum: 0,
          items: [],
        },
      })),
    },
  };
}
