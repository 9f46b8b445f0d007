import { type ErrorEvent } from '../../src/service/domain/errorEvent';

let reference = 0;

/** An error event as a collector would hand it over; a driver failure (mined by template) unless a code is given. */
export function errorEvent(message: string, extra: Partial<ErrorEvent> = {}): ErrorEvent {
  reference++;
  return {
    deviceId: 'kkt-1',
    time: Date.now() - 60_000,
    timeSource: 'log',
    family: 'driver',
    code: null,
    condition: 'driver:failure',
    severity: 'warning',
    title: 'Driver failure',
    message,
    source: { kind: 'ofd', operator: 'test', account: 'a', reference: `r${reference}` },
    ...extra,
  };
}

/** A coded event of the FN storage-exhausted condition. */
export function fnExhausted(extra: Partial<ErrorEvent> = {}): ErrorEvent {
  return errorEvent('Исчерпан ресурс хранения', {
    family: 'fn',
    code: '0x14',
    condition: 'fn:0x14',
    severity: 'critical',
    title: 'Storage resource exhausted',
    ...extra,
  });
}
