import { type Verdict, failed } from '../http/classify';
import { type OfdResponse, jsonOf } from '../http/types';
import { taxcomError } from './shapes';

const AUTH_CODES = new Set([2108, 2110, 2111, 2112]);
const SERVER_CODES = new Set([5101, 5102]);

/**
 * Taxcom answers errors as {apiErrorCode, commonDescription, details}: 2109 is an expired session
 * (log in again and retry once), 2108-2112 are credentials, 5101/5102 are its own faults.
 */
export function classifyTaxcom(response: OfdResponse): Verdict | null {
  if (response.status >= 300 && response.status < 400) {
    return null;
  }
  const parsed = taxcomError.safeParse(jsonOf(response));
  if (!parsed.success) {
    return null;
  }

  const code = Number(parsed.data.apiErrorCode);
  const text = `Taxcom ${code}: ${parsed.data.details || parsed.data.commonDescription || 'no description'}`;
  const operatorCode = String(code);
  if (code === 2109) {
    return failed('session_expired', false, text, { operatorCode });
  }
  if (AUTH_CODES.has(code)) {
    return failed('auth', false, text, { operatorCode });
  }
  if (SERVER_CODES.has(code)) {
    return failed('http_5xx', true, text, { operatorCode, retryAfterMs: response.retryAfterMs });
  }
  return failed('api_error', false, text, { operatorCode });
}
