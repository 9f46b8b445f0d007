import { type DocumentType, documentTypeFromCode } from './document';

/** FNS-style JSON keys (Kontur, Saby, Yandex) and the Russian names operators print, to our types. */
const NAMES: Record<string, DocumentType> = {
  fiscalreport: 'registration',
  fiscalreportcorrection: 'registration_change',
  openshift: 'shift_open',
  receipt: 'receipt',
  receiptcorrection: 'receipt_correction',
  bso: 'bso',
  bsocorrection: 'bso_correction',
  closeshift: 'shift_close',
  closearchive: 'fn_close',
  currentstatereport: 'current_state_report',
  'отчет о регистрации': 'registration',
  'отчет об изменении параметров регистрации': 'registration_change',
  'отчет об открытии смены': 'shift_open',
  'кассовый чек': 'receipt',
  'кассовый чек коррекции': 'receipt_correction',
  'бланк строгой отчетности': 'bso',
  'бланк строгой отчетности коррекции': 'bso_correction',
  бсо: 'bso',
  'бсо коррекции': 'bso_correction',
  'отчет о закрытии смены': 'shift_close',
  'отчет о закрытии фискального накопителя': 'fn_close',
  'подтверждение оператора': 'operator_confirmation',
  'отчет о текущем состоянии расчетов': 'current_state_report',
};

/**
 * A document type from an operator's name for it: a JSON key such as "closeShift", or a Russian name
 * in either spelling of "отчёт", with or without a note in brackets and the trailing CR/LF some operators leave in.
 */
export function documentTypeFromName(name: unknown): DocumentType {
  if (typeof name !== 'string') {
    return 'unknown';
  }
  const key = name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return NAMES[key] ?? 'unknown';
}

/** The type from a form code when there is one, else from the name. */
export function documentType(code: unknown, name?: unknown): DocumentType {
  const byCode = documentTypeFromCode(code);
  return byCode !== 'unknown' ? byCode : documentTypeFromName(name);
}
