import { type CodeFamily, type Detection } from '../../domain/errorEvent';
import { ATOL } from './atol';
import { ATOL8 } from './atol8';
import { type CatalogueEntry, conditionOf, fnCode } from './entry';
import { FN } from './fn';
import { FRDRVNG } from './frdrvng';
import { KKMSERVER } from './kkmserver';
import { OFD } from './ofd';
import { SHTRIH, SHTRIH_FN_RANGE } from './shtrih';

export { type CatalogueEntry, conditionOf } from './entry';
export { ofdCode } from './ofd';

/** The families with a table of codes; "driver" has none, its conditions come from the message. */
export type CodedFamily = Exclude<CodeFamily, 'driver'>;

export const CATALOGUE: Readonly<Record<CodedFamily, readonly CatalogueEntry[]>> = {
  fn: FN,
  atol: ATOL,
  atol8: ATOL8,
  shtrih: SHTRIH,
  frdrvng: FRDRVNG,
  kkmserver: KKMSERVER,
  ofd: OFD,
};

const FAMILY_NAMES: Readonly<Record<CodedFamily, string>> = {
  fn: 'FN',
  atol: 'ATOL Driver 10',
  atol8: 'ATOL driver 8',
  shtrih: 'Shtrih-M',
  frdrvng: 'fr_drv_ng',
  kkmserver: 'KKM-Server',
  ofd: 'OFD',
};

const BY_KEY = new Map<string, CatalogueEntry>();
for (const entry of Object.values(CATALOGUE).flat()) {
  BY_KEY.set(`${entry.family}:${entry.code}`, entry);
}

const DETECTIONS = new Map<CatalogueEntry, Detection>();

/** The catalogue entry of a code, written as its family writes it ("0x14", "-3822", "taxcom-2109"). */
export function findEntry(family: CodedFamily, code: string): CatalogueEntry | undefined {
  return BY_KEY.get(`${family}:${code}`);
}

/**
 * The entry a numeric code reported by a driver stands for. A Shtrih-M code in the FN range is the FN
 * condition, unless the register uses that number for one of its own.
 */
export function entryForCode(family: CodedFamily, code: number): CatalogueEntry | undefined {
  if (family === 'shtrih' && !findEntry('shtrih', String(code)) && isFnRange(code)) {
    return findEntry('fn', fnCode(code));
  }
  return findEntry(family, family === 'fn' ? fnCode(code) : String(code));
}

/** What detection reports for an entry; an entry that relays an FN code reports the FN condition. */
export function detectionFor(entry: CatalogueEntry): Detection {
  let detection = DETECTIONS.get(entry);
  if (!detection) {
    const target = (entry.sameAs && BY_KEY.get(entry.sameAs)) || entry;
    const { family, code, severity, title } = target;
    detection = Object.freeze({ family, code, condition: conditionOf(target), severity, title });
    DETECTIONS.set(entry, detection);
  }
  return detection;
}

/** A code our tables do not list: its own condition, at warning until someone classifies it. */
export function unknownCode(family: CodedFamily, code: number): Detection {
  const written = family === 'fn' || (family === 'shtrih' && isFnRange(code)) ? fnCode(code) : String(code);
  const owner = written.startsWith('0x') ? 'fn' : family;
  return {
    family: owner,
    code: written,
    condition: `${owner}:${written}`,
    severity: 'warning',
    title: `${FAMILY_NAMES[owner]} error ${written}`,
  };
}

function isFnRange(code: number): boolean {
  return code >= SHTRIH_FN_RANGE.min && code <= SHTRIH_FN_RANGE.max;
}
