/** Fiscal document form codes (FFD) and our names for them. */
export const DOCUMENT_TYPES = {
  1: 'registration',
  11: 'registration_change',
  2: 'shift_open',
  3: 'receipt',
  31: 'receipt_correction',
  4: 'bso',
  41: 'bso_correction',
  5: 'shift_close',
  6: 'fn_close',
  7: 'operator_confirmation',
  21: 'current_state_report',
} as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[keyof typeof DOCUMENT_TYPES] | 'unknown';

export const DOCUMENT_TYPE_NAMES: readonly DocumentType[] = [...Object.values(DOCUMENT_TYPES), 'unknown'];

export function documentTypeFromCode(code: unknown): DocumentType {
  const n = typeof code === 'string' ? Number(code) : code;
  if (typeof n === 'number' && n in DOCUMENT_TYPES) {
    return DOCUMENT_TYPES[n as keyof typeof DOCUMENT_TYPES];
  }
  return 'unknown';
}

/** A fiscal document. (fnSerial, number) identifies it: delivering it twice never counts twice. */
export interface FiscalDocument {
  fnSerial: string;
  /** Fiscal document number (tag 1040), monotonic per FN. */
  number: number;
  deviceId: string;
  type: DocumentType;
  /** Instant the FN stamped, UTC ms, minute precision (the KKT-local reading converted with the device zone). */
  time: number;
  /** When the OFD received it, UTC ms; null when the source does not say. */
  receivedAt: number | null;
  shiftNumber: number | null;
  /** Total in kopecks. */
  totalKopecks: number | null;
  /** Fiscal sign (tag 1077) as a decimal string: it exceeds 2^31. */
  fiscalSign: string | null;
}

/** Rubles with kopecks as a decimal number or string to whole kopecks, without float drift. */
export function rublesToKopecks(value: unknown): number | null {
  const text = typeof value === 'number' ? value.toFixed(2) : typeof value === 'string' ? value.trim() : null;
  if (text === null || !/^-?\d+(\.\d{1,2})?$/.test(text)) {
    return null;
  }

  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const kopecks = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return negative ? -kopecks : kopecks;
}
