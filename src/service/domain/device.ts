/** Fiscal data operators the collectors speak to. */
export const OFD_OPERATORS = ['ofdru', 'taxcom', 'kontur', 'platforma', 'firstofd', 'saby', 'atolonline'] as const;

export type OfdOperator = (typeof OFD_OPERATORS)[number];

/** A cash register (KKT). Identity fields are normalised; unknown values are null, never "" or 0. */
export interface Device {
  /** Stable id: the one configured, else the registration number, else the factory serial. */
  id: string;
  /** Registration number (RNM, tag 1037). */
  regNumber: string | null;
  /** Factory serial of the register. */
  serial: string | null;
  model: string | null;
  name: string | null;
  /** Store, outlet or site the register stands in. */
  store: string | null;
  /** Operator the register sends its documents to. */
  operator: OfdOperator | null;
  /** INN of the owner. */
  inn: string | null;
  /** IANA zone of the register's clock, which has none of its own. */
  timeZone: string;
}

export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

export function newDevice(id: string, fields: Partial<Omit<Device, 'id'>> = {}): Device {
  return {
    id,
    regNumber: fields.regNumber ?? null,
    serial: fields.serial ?? null,
    model: fields.model ?? null,
    name: fields.name ?? null,
    store: fields.store ?? null,
    operator: fields.operator ?? null,
    inn: fields.inn ?? null,
    timeZone: fields.timeZone ?? DEFAULT_TIME_ZONE,
  };
}

/**
 * Fills what one source knows into what another knew, keeping known values over unknown ones.
 * Returns the same object when nothing changes, so callers can tell a change by identity.
 */
export function mergeDevice(known: Device, update: Partial<Omit<Device, 'id'>>): Device {
  let merged: Device | null = null;
  for (const [key, value] of Object.entries(update) as Array<[Exclude<keyof Device, 'id'>, string | null]>) {
    if (value === null || value === undefined || known[key] === value) {
      continue;
    }
    merged = merged ?? { ...known };
    (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged ?? known;
}
