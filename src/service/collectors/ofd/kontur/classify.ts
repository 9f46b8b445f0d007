import { type Verdict, failed } from '../http/classify';
import { type OfdResponse, jsonOf } from '../http/types';
import { konturError } from './shapes';

/** Kontur errors: {errorCodeId, errorCode}; 401002 is an expired session, 401003 an unknown integrator key. */
export function classifyKontur(response: OfdResponse): Verdict | null {
  if (response.status < 400) {
    return null;
  }
  const parsed = konturError.safeParse(jsonOf(response));
  const code = parsed.success ? parsed.data.errorCode : null;
  if (!parsed.success || code === null || code === undefined) {
    return null;
  }

  const text = `Kontur ${code} ${parsed.data.errorCodeId ?? ''}`.trim();
  const operatorCode = String(code);
  if (code === 401002) {
    return failed('session_expired', false, text, { operatorCode });
  }
  if (response.status === 401) {
    return failed('auth', false, text, { operatorCode });
  }
  return response.status >= 500 ? null : failed('api_error', false, text, { operatorCode });
}
