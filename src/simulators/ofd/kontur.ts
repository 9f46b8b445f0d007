import { type SimRegister } from './fleet';
import { fnStamp, readBound, writeTime } from './format';
import { type OperatorSim, indexByRegNumber } from './operator';
import { type SimDocument, deliveredBetween, lastDelivered } from './schedule';
import { type SimReply, type SimRequest, type SimRoute } from './server';
import { SimSessions } from './sessions';

const BOUND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;
const MAX_LIMIT = 1000;
/** Kontur's pages may be shorter than the limit before the end; the simulator always cuts them short. */
const SHORT_PAGE = 25;
const ORGANIZATION = 'c2e3a34c-823f-4b1e-a9a1-d94fa40c22a6';
const KEYS: Record<SimDocument['code'], string> = { 2: 'openShift', 3: 'receipt', 5: 'closeShift' };
/** The types documents/by-period may be filtered by. */
const TYPES = [
  'fiscalReport',
  'fiscalReportCorrection',
  'currentStateReport',
  'openShift',
  'closeShift',
  'receipt',
  'bso',
  'receiptCorrection',
  'bsoCorrection',
  'closeArchive',
];

const error = (status: number, code: number, id: string): SimReply => ({
  status,
  body: { errorCodeId: id, errorCode: code, moreInfo: '', userMessage: { ru: '', en: '' } },
});

/** Kontur.OFD: authenticate-by-pass for a Sid, the integrator key, documents by period behind a cursor. */
export function konturRoutes(sim: OperatorSim): SimRoute[] {
  const sessions = new SimSessions('kontur', sim.now);
  const byRnm = indexByRegNumber(sim.registers);
  const org = `/v2/organizations/${ORGANIZATION}`;
  return [
    {
      method: 'POST',
      pattern: /^\/auth\/authenticate-by-pass$/,
      kind: 'login',
      handle: (req) => login(sim, sessions, req),
    },
    {
      method: 'GET',
      pattern: /^\/v2\/organizations$/,
      kind: 'list',
      handle: (req) =>
        guard(sim, sessions, 'list', req, () => ({
          status: 200,
          body: [{ id: ORGANIZATION, inn: sim.credentials.inn, shortName: 'ООО "Симулятор"' }],
        })),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${org}/cashboxes$`),
      kind: 'list',
      handle: (req) =>
        guard(sim, sessions, 'list', req, () => ({
          status: 200,
          body: sim.registers.map((r) => cashbox(r, sim.now())),
        })),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${org}/cashboxes/(\\d+)/documents/by-period$`),
      kind: 'documents',
      handle: (req, m) => guard(sim, sessions, 'documents', req, () => byPeriod(sim, byRnm.get(m[1]), req)),
    },
  ];
}

function login(sim: OperatorSim, sessions: SimSessions, req: SimRequest): SimReply {
  if (req.query.get('login') !== sim.credentials.login || req.body !== sim.credentials.password) {
    return error(401, 401000, 'urn:error:auth:credentials:invalid');
  }
  return { status: 200, body: { Sid: sessions.issue().token } };
}

function guard(
  sim: OperatorSim,
  sessions: SimSessions,
  kind: 'list' | 'documents',
  req: SimRequest,
  answer: () => SimReply
) {
  if (sim.faults.take(kind, ['session-expired'])) {
    sessions.expireAll();
  }
  if (req.headers['x-kontur-ofd-apikey'] !== sim.credentials.apiKey) {
    return error(401, 401003, 'urn:error:request-parameter:apikey:unknown:access-denied');
  }
  const sid = /^auth\.sid (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
  return sessions.valid(sid)
    ? answer()
    : error(401, 401002, 'urn:error:request-parameter:auth-sid:required:access-denied');
}

function cashbox(r: SimRegister, now: number) {
  const local = (instant: number) => writeTime(instant, r.timeZone, 'iso');
  const last = lastDelivered(r, now);
  // The docs spell it fiscalDriverNumber today and fiscalDriveNumber in the 2022 copy; both are served.
  const drive = r.index % 2 === 0 ? { fiscalDriverNumber: r.fnSerial } : { fiscalDriveNumber: r.fnSerial };
  return {
    regNumber: r.regNumber,
    serialNumber: r.serial,
    address: `г. Екатеринбург, ${r.store}`,
    name: r.name,
    modelName: r.model,
    kpp: '668801001',
    ...(last
      ? { lastDocumentTimestamp: local(fnStamp(last.time)), lastCashReceiptTimestamp: local(fnStamp(last.time)) }
      : {}),
    fiscalDrive: { ...drive, earliestDocumentTimestamp: local(r.fnInstalledAt) },
    salesPointName: r.store,
    permissionFrom: local(r.fnInstalledAt),
    permissionTo: local(r.contractEndsAt),
  };
}

function byPeriod(sim: OperatorSim, register: SimRegister | undefined, req: SimRequest): SimReply {
  if (!register) {
    return error(403, 403002, 'urn:error:access-to:cashbox:forbidden');
  }
  const from = readBound(req.query.get('dateFrom'), BOUND, register.timeZone, 'local');
  const to = readBound(req.query.get('dateTo'), BOUND, register.timeZone, 'local');
  const limit = Number(req.query.get('limit') ?? MAX_LIMIT);
  const start = cursorIndex(req.query.get('offset'));
  const types = typesOf(req.query.get('types'));
  if (from === null || to === null || to < from) {
    return error(400, 400002, 'urn:error:request-parameter:period:invalid');
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT || start === null || types === null) {
    return error(400, 400000, 'urn:error:page-query:build:invalid');
  }

  const empty = sim.faults.take('documents', ['empty-period']);
  const docs = deliveredBetween(register, from, to, sim.now()).filter((d) => types.includes(KEYS[d.code]));
  if (empty?.variant === 'body') {
    return { status: 200, body: '' };
  }
  if (empty || docs.length === 0) {
    return { status: 200, body: { documents: [], paging: {} } };
  }

  const page = docs.slice(start, start + Math.min(limit, SHORT_PAGE));
  return {
    status: 200,
    body: { documents: page.map((d) => document(register, d)), paging: { nextOffset: cursorFor(start + page.length) } },
  };
}

/** The document types asked for, by their keys: all when none is named, null when one is unknown. */
function typesOf(text: string | null): string[] | null {
  if (text === null || text === '') {
    return Object.values(KEYS);
  }
  const types = text.split(',');
  return types.every((type) => TYPES.includes(type)) ? types : null;
}

/** An opaque cursor, handed out URL-encoded as Kontur does. */
function cursorFor(index: number): string {
  return encodeURIComponent(Buffer.from(`sim:${index}`).toString('base64'));
}

function cursorIndex(offset: string | null): number | null {
  if (offset === null || offset === '') {
    return 0;
  }
  const match = /^sim:(\d+)$/.exec(Buffer.from(offset, 'base64').toString('utf8'));
  return match ? Number(match[1]) : null;
}

/** A document keyed by its type, with identifiers padded with spaces as Kontur's own examples show. */
function document(r: SimRegister, d: SimDocument) {
  const local = (instant: number) => writeTime(instant, r.timeZone, 'iso');
  const body: Record<string, unknown> = {
    ...(d.code === 3 ? { receiptCode: 3, totalSum: d.totalKopecks, operationType: 1 } : { code: d.code }),
    userInn: `${r.inn}  `,
    dateTime: local(d.code === 3 ? d.time : fnStamp(d.time)),
    shiftNumber: d.shiftNumber,
    kktRegId: `${r.regNumber}    `,
    fiscalDriveNumber: `${r.fnSerial} `,
    fiscalDocumentNumber: d.number,
    fiscalSign: d.fiscalSign,
    id: `00000000-0000-0000-0000-${String(d.number).padStart(12, '0')}`,
  };
  if (d.unsent) {
    body.notTransmittedDocumentsQuantity = d.unsent.count;
    if (d.unsent.oldest !== null) {
      body.notTransmittedDocumentsDateTime = local(d.unsent.oldest);
    }
    body.ofdResponseTimeoutSign = 0;
    body.fiscalDriveReplaceRequiredSign = 0;
    body.fiscalDriveMemoryExceededSign = r.fnMemoryPercent >= 90 ? 1 : 0;
    body.fiscalDriveExhaustionSign = r.fnExpiresAt - d.time < 30 * 86_400_000 ? 1 : 0;
  }
  return { [KEYS[d.code]]: body };
}
