/** Life phases of the fiscal drive (FN). */
export const FN_PHASES = { 0: 'setup', 1: 'ready', 3: 'fiscal', 7: 'postfiscal', 15: 'archive' } as const;

export type FnPhase = (typeof FN_PHASES)[keyof typeof FN_PHASES];

/** Warning flags of the FN status (one byte). */
export const FN_WARNING = {
  replaceUrgently: 0x01, // 3 days or less left
  resourceExhausting: 0x02, // 30 days or less left
  memoryAlmostFull: 0x04, // archive 90 % full
  ofdTimeout: 0x08,
  formatControlRefusal: 0x10,
  setupRequired: 0x20,
  ofdAnnulled: 0x40,
  criticalError: 0x80,
} as const;

/** Nominal archive capacity in documents, against which operators report the fill. */
export const FN_NOMINAL_CAPACITY = 250_000;

/** Where the expiry date came from: an operator's forecast accounts for excise trade and the like. */
export type ExpirySource = 'forecast' | 'nominal' | 'driver';

export interface FiscalDrive {
  serial: string;
  deviceId: string;
  /** UTC ms; null when no source told us. */
  expiresAt: number | null;
  expirySource: ExpirySource | null;
  /** Share of the archive used, 0 to 1. */
  memoryUsedRatio: number | null;
  phase: FnPhase | null;
  warningFlags: number | null;
  /** Validity of the FN from its registration, when known: 13, 15 or 36 months. */
  validityMonths: number | null;
}

export function newFiscalDrive(serial: string, deviceId: string): FiscalDrive {
  return {
    serial,
    deviceId,
    expiresAt: null,
    expirySource: null,
    memoryUsedRatio: null,
    phase: null,
    warningFlags: null,
    validityMonths: null,
  };
}

/** Converts an operator's percentage (0-100) to a ratio, rejecting what cannot be a fill level. */
export function percentToRatio(percent: unknown): number | null {
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    return null;
  }
  return percent / 100;
}

/** The FN refuses new documents once the oldest one the OFD has not confirmed is this old. */
export const UNSENT_BLOCK_MS = 30 * 86_400_000;

/** What decides whether an FN still signs documents. */
export interface BlockingFacts {
  expiresAt: number | null;
  memoryUsedRatio: number | null;
  warningFlags: number | null;
  oldestUnsentAt: number | null;
  unsentCount: number | null;
}

/**
 * Whether the FN refuses documents: 30 days of unconfirmed documents, expiry, a full archive or a
 * critical FN error. One reason is enough to block; "not blocked" needs every reason known to be false,
 * so a drive whose backlog is unknown is unknown, never reported as fine.
 */
export function fnBlocked(facts: BlockingFacts, now: number): boolean | null {
  const reasons = [
    backlogBlocks(facts, now),
    facts.expiresAt === null ? null : facts.expiresAt <= now,
    facts.memoryUsedRatio === null ? null : facts.memoryUsedRatio >= 1,
    facts.warningFlags === null ? null : (facts.warningFlags & FN_WARNING.criticalError) !== 0,
  ];
  if (reasons.includes(true)) {
    return true;
  }
  return reasons.includes(null) ? null : false;
}

/** The 30-day rule; an empty backlog blocks nothing even though it has no oldest document. */
function backlogBlocks(facts: BlockingFacts, now: number): boolean | null {
  if (facts.oldestUnsentAt !== null) {
    return now - facts.oldestUnsentAt >= UNSENT_BLOCK_MS;
  }
  return facts.unsentCount === 0 ? false : null;
}
