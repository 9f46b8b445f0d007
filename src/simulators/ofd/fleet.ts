import { type OfdOperator } from '../../service/domain/device';
import { DAY_MS, HOUR_MS, MINUTE_MS, localToUtc, toFnMinute, utcToLocal } from '../../service/domain/time';
import { Random, hash32 } from '../../service/random';

/** What is wrong with a simulated register, if anything. */
export const CONDITIONS = ['healthy', 'backlog', 'fn_expiring', 'fn_memory', 'long_shift', 'link_error'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** A register as the simulator invents it; every time is an instant (UTC ms) unless named local. */
export interface SimRegister {
  operator: OfdOperator;
  index: number;
  condition: Condition;
  regNumber: string;
  serial: string;
  fnSerial: string;
  /** The FN used before the current one: Saby lists both. */
  previousFnSerial: string;
  inn: string;
  name: string;
  model: string;
  store: string;
  timeZone: string;
  receiptsPerShift: number;
  /** Local midnight of the first simulated shift day, as local ms. */
  firstDayLocal: number;
  /** Minutes after local midnight when shifts open. */
  shiftStartMinute: number;
  firstShiftNumber: number;
  firstDocumentNumber: number;
  /** The shift index that never closed (long_shift), else null. */
  openShiftIndex: number | null;
  fnInstalledAt: number;
  fnExpiresAt: number;
  fnMemoryPercent: number;
  contractEndsAt: number;
  /** The register's oldest unconfirmed document (backlog), else null. */
  unsentSince: number | null;
  /** The OFD has received nothing from the register since this instant, null when the link works. */
  silentSince: number | null;
  /** Delay between forming a document and its arrival at the OFD. */
  deliveryLagMs: number;
  /** ATOL Online networkErrorCode. */
  networkErrorCode: number;
}

export interface FleetOptions {
  /** Registers in all, spread over the operators in turn. */
  size: number;
  seed: number;
  operators: readonly OfdOperator[];
  /** Instant the fleet's story is told from: backlogs and open shifts are this old at that time. */
  now: number;
  timeZone?: string;
}

/** Collected days of history a fresh fleet has. */
export const HISTORY_DAYS = 45;
/** A backlog register's oldest unsent document is this old when the fleet is made: one hour short of the block. */
export const BACKLOG_AGE_MS = 30 * DAY_MS - HOUR_MS;
/** A backlog register's documents reached the OFD this late, and none has for as long. */
export const BACKLOG_SILENCE_MS = 2 * DAY_MS;

const MODELS = ['АТОЛ 30Ф', 'АТОЛ 77Ф', 'Штрих-М-01Ф', 'Эвотор 7.2', 'Меркурий-185Ф'];
const STORES = ['Главный узел', 'Магазин на Ленина', 'Магазин у вокзала', 'Кафе', 'Склад'];

/**
 * The simulated fleet, deterministic for a seed. Of every twelve registers of an operator the first is
 * healthy, the next five each have one condition (in CONDITIONS order), the rest are healthy.
 */
export function generateFleet(options: FleetOptions): SimRegister[] {
  return Array.from({ length: options.size }, (_, i) =>
    generateRegister(options, options.operators[i % options.operators.length], Math.floor(i / options.operators.length))
  );
}

function generateRegister(options: FleetOptions, operator: OfdOperator, index: number): SimRegister {
  const random = new Random(hash32(options.seed, operator, index));
  const slot = index % 12;
  const condition = slot < CONDITIONS.length ? CONDITIONS[slot] : 'healthy';
  const timeZone = options.timeZone ?? 'Europe/Moscow';
  const operatorCode = String(hash32(operator) % 1000).padStart(3, '0');
  const now = options.now;
  const todayLocal = Math.floor(utcToLocal(now, timeZone) / DAY_MS) * DAY_MS;
  const firstDayLocal = todayLocal - HISTORY_DAYS * DAY_MS;
  const shiftStartMinute = 8 * 60 + random.int(0, 90);

  const register: SimRegister = {
    operator,
    index,
    condition,
    regNumber: `0000${operatorCode}${String(index).padStart(9, '0')}`,
    serial: `00106${operatorCode}${String(index).padStart(8, '0')}`,
    fnSerial: `9999078${operatorCode}${String(index).padStart(6, '0')}`,
    previousFnSerial: `9999077${operatorCode}${String(index).padStart(6, '0')}`,
    inn: validInn(random),
    name: `Касса ${index + 1}`,
    model: random.pick(MODELS),
    store: STORES[index % STORES.length],
    timeZone,
    receiptsPerShift: random.int(6, 24),
    firstDayLocal,
    shiftStartMinute,
    firstShiftNumber: random.int(10, 400),
    firstDocumentNumber: random.int(1000, 90_000),
    openShiftIndex: null,
    fnInstalledAt: now - random.int(30, 300) * DAY_MS,
    fnExpiresAt: now + random.int(60, 400) * DAY_MS,
    fnMemoryPercent: random.int(5, 70),
    contractEndsAt: now + random.int(40, 300) * DAY_MS,
    unsentSince: null,
    silentSince: null,
    deliveryLagMs: random.int(5, 90) * 1000,
    networkErrorCode: 0,
  };
  return applyCondition(register, now);
}

function applyCondition(register: SimRegister, now: number): SimRegister {
  switch (register.condition) {
    case 'backlog': {
      // The link fails: documents reached the OFD two days late, none has for two days, and the FN has had
      // no confirmation for 29 d 23 h, so its reports (tags 1097/1098) count everything since as unsent.
      const unsentSince = toFnMinute(now - BACKLOG_AGE_MS);
      const silentSince = now - BACKLOG_SILENCE_MS;
      return { ...register, unsentSince, silentSince, deliveryLagMs: BACKLOG_SILENCE_MS, networkErrorCode: 1 };
    }
    case 'fn_expiring':
      return { ...register, fnExpiresAt: now + 2 * DAY_MS };
    case 'fn_memory':
      return { ...register, fnMemoryPercent: 93 };
    case 'long_shift':
      return { ...register, openShiftIndex: shiftOpenedBefore(register, now - 25 * HOUR_MS) };
    case 'link_error':
      return { ...register, deliveryLagMs: 2 * HOUR_MS + 30 * MINUTE_MS, networkErrorCode: 2 };
    default:
      return register;
  }
}

/** Index of the last shift opened at or before the instant. */
function shiftOpenedBefore(register: SimRegister, instant: number): number {
  const local = utcToLocal(instant, register.timeZone);
  return Math.floor((local - register.firstDayLocal - register.shiftStartMinute * MINUTE_MS) / DAY_MS);
}

/** Opening instant of shift k. */
export function shiftOpening(register: SimRegister, k: number): number {
  const local = register.firstDayLocal + k * DAY_MS + register.shiftStartMinute * MINUTE_MS;
  return localToUtc(local, register.timeZone);
}

/** A 10-digit INN with its check digit right. */
function validInn(random: Random): string {
  const digits = `77${random.digits(7)}`.split('').map(Number);
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const check = (digits.reduce((sum, d, i) => sum + d * weights[i], 0) % 11) % 10;
  return digits.join('') + String(check);
}
