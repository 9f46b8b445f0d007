import { type CodeFamily, type Detection } from '../domain/errorEvent';
import { type LogFormat, type LogRecord } from '../parsers/types';
import { CATALOGUE, type CodedFamily, detectionFor, entryForCode, unknownCode } from './catalogue';
import { findCode } from './codes';
import { driverFailure, looksLikeError } from './fallback';
import { PhraseMatcher } from './phrases';

/** Wordings that report success, in the drivers' two languages. */
const SUCCESS = /ошибок нет|нет ошибок|no errors?\b/i;

/** Words that mark a failure in a debug or info line; wordings are looked for in such lines only. */
const FAILURE_CUES = /ошиб|error|fail|исчерп|exception|не удалось/i;

/**
 * Driver traffic: hex frames ("-> 02 05 ..."), ATOL parameter dumps ("> LIBFPTR_PARAM_...") and the
 * fr_drv_ng command counters ("commands total: 206, succeed: 203, failed: 3").
 */
const TRAFFIC = /^(?:->|<-|[<>] [A-Z_]+ \(|commands total: )/;

/** Whose wordings a format's lines use, first the format's own. */
const PHRASE_FAMILIES: Readonly<Record<LogFormat, readonly CodedFamily[]>> = {
  atol: ['atol', 'atol8', 'fn', 'ofd'],
  frdrvng: ['frdrvng', 'shtrih', 'fn', 'ofd'],
  drvfr: ['shtrih', 'fn', 'ofd'],
  javapos: ['shtrih', 'fn', 'ofd'],
  kkmserver: ['kkmserver', 'shtrih', 'fn', 'atol8', 'ofd'],
  jsonl: ['fn', 'shtrih', 'frdrvng', 'atol', 'atol8', 'kkmserver', 'ofd'],
  regex: ['fn', 'shtrih', 'frdrvng', 'atol', 'atol8', 'kkmserver', 'ofd'],
};

/** OFD API wordings are looked for only where an integration may log them; driver logs have the link codes. */
const DRIVER_FORMATS: ReadonlySet<LogFormat> = new Set(['atol', 'frdrvng', 'drvfr', 'javapos', 'kkmserver']);

const matchers = new Map<LogFormat, PhraseMatcher>();

/**
 * What error, if any, a log record reports, in four steps:
 * 1. a numeric code in the line wins (an ATOL result's "e.c", Shtrih "return code: 115", "printZReport:
 *    51, ...", "142-ККТ:", "kkt error -70", "ошибка -3822"); code 0 is a success and no error;
 * 2. without a code, or with one our tables lack, a known wording in Russian or English names the
 *    condition, so both languages give the same condition key (looked for in warnings, errors, lines
 *    with no level, and other lines that speak of an error or a failure);
 * 3. a success wording ("Ошибок нет") is no error;
 * 4. an error-level record left unexplained becomes a "driver" condition named after its message.
 * Hex frames and ATOL parameter dumps are traffic and never errors.
 */
export function detect(record: LogRecord, format: LogFormat): Detection | null {
  if (TRAFFIC.test(record.message)) {
    return null;
  }

  const found = findCode(record, format);
  if (found?.code === 0) {
    return null;
  }
  const entry = found ? entryForCode(found.family, found.code) : undefined;
  if (entry) {
    return detectionFor(entry);
  }

  const phrase = found || mayBeWorded(record) ? matcherFor(format).match(record.message) : null;
  if (phrase) {
    return detectionFor(phrase);
  }
  if (found) {
    return unknownCode(found.family, found.code);
  }
  if (SUCCESS.test(record.message)) {
    return null;
  }
  return looksLikeError(record) ? driverFailure(record) : null;
}

/**
 * Whether a record may carry a failure wording: warnings, errors, lines with no level, and debug or info
 * lines that say so. Searching every debug line would cost more than parsing it.
 */
function mayBeWorded(record: LogRecord): boolean {
  const level = record.level;
  if (level === null || level === 'warn' || level === 'error' || level === 'fatal') {
    return true;
  }
  return FAILURE_CUES.test(record.message);
}

function matcherFor(format: LogFormat): PhraseMatcher {
  let matcher = matchers.get(format);
  if (!matcher) {
    const entries = PHRASE_FAMILIES[format].flatMap((family) => CATALOGUE[family]);
    const usable = DRIVER_FORMATS.has(format) ? entries.filter((e) => isDriverWording(e.family, e.code)) : entries;
    matcher = new PhraseMatcher(usable);
    matchers.set(format, matcher);
  }
  return matcher;
}

function isDriverWording(family: CodeFamily, code: string): boolean {
  return family !== 'ofd' || code.startsWith('atolonline-');
}
