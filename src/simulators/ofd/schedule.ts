import { DAY_MS, HOUR_MS, MINUTE_MS, utcToLocal } from '../../service/domain/time';
import { HISTORY_DAYS, type SimRegister, shiftOpening } from './fleet';
import { hash32 } from '../../service/random';

/** A document as the simulator knows it, before an operator's module writes it in its own shape. */
export interface SimDocument {
  number: number;
  /** FFD form code: 2 shift open, 3 receipt, 5 shift close. */
  code: 2 | 3 | 5;
  /** When the FN stamped it (receipts carry seconds the FN itself drops). */
  time: number;
  receivedAt: number;
  shiftNumber: number;
  totalKopecks: number;
  fiscalSign: number;
  /** Tags 1097/1098 of a close-shift report. */
  unsent?: { count: number; oldest: number | null };
}

const SHIFT_LENGTH_MS = 12 * HOUR_MS;

/** Numbers, forms and times of the documents of shift k, as the register formed them. */
function shiftPlan(register: SimRegister, k: number): Array<{ number: number; code: 2 | 3 | 5; time: number }> {
  const opened = shiftOpening(register, k);
  const n = register.receiptsPerShift;
  const first = register.firstDocumentNumber + k * (n + 2);
  const gap = Math.floor((SHIFT_LENGTH_MS - HOUR_MS) / n);

  const plan: Array<{ number: number; code: 2 | 3 | 5; time: number }> = [{ number: first, code: 2, time: opened }];
  for (let i = 1; i <= n; i++) {
    const seconds = (hash32(register.regNumber, first + i) % 60) * 1000;
    plan.push({ number: first + i, code: 3, time: opened + i * gap + seconds });
  }
  if (register.openShiftIndex !== k) {
    plan.push({ number: first + n + 1, code: 5, time: opened + SHIFT_LENGTH_MS });
  }
  return plan;
}

/** Every document of shift k, with what the register wrote in it. */
export function shiftDocuments(register: SimRegister, k: number): SimDocument[] {
  const shiftNumber = register.firstShiftNumber + k;
  return shiftPlan(register, k).map(({ number, code, time }) => {
    const h = hash32(register.regNumber, number);
    const doc: SimDocument = {
      number,
      code,
      time,
      receivedAt: time + register.deliveryLagMs,
      shiftNumber,
      totalKopecks: code === 3 ? 1000 + (h % 500_000) : 0,
      fiscalSign: hash32(register.fnSerial, number),
    };
    return code === 5 ? { ...doc, unsent: unsentAt(register, time) } : doc;
  });
}

/** The shifts that exist by `now`: none after a shift left open. */
function shiftRange(register: SimRegister, from: number, to: number, now: number): [number, number] {
  const index = (instant: number) =>
    Math.floor(
      (utcToLocal(instant, register.timeZone) - register.firstDayLocal - register.shiftStartMinute * MINUTE_MS) / DAY_MS
    );
  const last = Math.min(index(Math.min(to, now)), register.openShiftIndex ?? Infinity);
  return [Math.max(0, index(from) - 1), last];
}

/** Documents formed in [from, to) that the OFD holds at `now`. */
export function deliveredBetween(register: SimRegister, from: number, to: number, now: number): SimDocument[] {
  const [first, last] = shiftRange(register, from, to, now);
  const out: SimDocument[] = [];
  for (let k = first; k <= last; k++) {
    for (const doc of shiftDocuments(register, k)) {
      if (doc.time >= from && doc.time < to && isDelivered(register, doc, now)) {
        out.push(doc);
      }
    }
  }
  return out;
}

/** Documents formed in [from, to) whatever the OFD holds. */
function formedBetween(register: SimRegister, from: number, to: number): number {
  const [first, last] = shiftRange(register, from, to, to);
  let count = 0;
  for (let k = first; k <= last; k++) {
    count += shiftPlan(register, k).filter((d) => d.time >= from && d.time < to).length;
  }
  return count;
}

/** The unsent backlog at an instant: count and oldest, as tags 1097/1098 would carry them. */
export function unsentAt(register: SimRegister, instant: number): { count: number; oldest: number | null } {
  const since = register.unsentSince;
  if (since === null || since > instant) {
    return { count: 0, oldest: null };
  }
  return { count: formedBetween(register, since, instant + 1), oldest: since };
}

/** Whether a shift is open at `now`, its number and when it opened. */
export function shiftAt(register: SimRegister, now: number) {
  const [, last] = shiftRange(register, now, now, now);
  const opened = shiftOpening(register, last);
  const open = register.openShiftIndex === last || now < opened + SHIFT_LENGTH_MS;
  return { open, number: register.firstShiftNumber + last, openedAt: open ? opened : null };
}

/** The newest document the OFD holds at `now`, looked for a day at a time over the fleet's history. */
export function lastDelivered(register: SimRegister, now: number): SimDocument | null {
  for (let day = 0; day < HISTORY_DAYS; day++) {
    const docs = deliveredBetween(register, now - (day + 1) * DAY_MS, now - day * DAY_MS, now);
    if (docs.length > 0) {
      return docs[docs.length - 1];
    }
  }
  return null;
}

/** A document the OFD holds at `now`, found by its number; null when it does not hold it. */
export function deliveredByNumber(register: SimRegister, number: number, now: number): SimDocument | null {
  const k = Math.floor((number - register.firstDocumentNumber) / (register.receiptsPerShift + 2));
  if (k < 0) {
    return null;
  }
  const doc = shiftDocuments(register, k).find((d) => d.number === number);
  return doc && isDelivered(register, doc, now) ? doc : null;
}

/** The closing document of a shift, when the OFD holds it. */
export function deliveredClose(register: SimRegister, shiftNumber: number, now: number): SimDocument | null {
  const k = shiftNumber - register.firstShiftNumber;
  const close = shiftDocuments(register, k).find((d) => d.code === 5);
  return close && isDelivered(register, close, now) ? close : null;
}

/** Whether the OFD holds the document at `now`. */
export function isDelivered(register: SimRegister, doc: SimDocument, now: number): boolean {
  return doc.time <= now && doc.receivedAt <= now && doc.receivedAt < (register.silentSince ?? Infinity);
}
