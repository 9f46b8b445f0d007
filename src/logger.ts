import { createMonitoringLogger } from '@grafana/runtime';

/** Context of a log line: plain values only; never tokens, keys or whole request objects. */
export type LogContext = Record<string, string | number | boolean | null | undefined>;

const monitoring = createMonitoringLogger('kkt-monitor-app');

function strings(context: Record<string, unknown> = {}): Record<string, string> {
  const plain = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);
  const entries = Object.entries(context).filter(([, value]) => plain(value));
  return Object.fromEntries(entries.map(([key, value]) => [key, String(value)]));
}

function asError(err: unknown): Error {
  if (err instanceof Error) {
    return err;
  }
  if (typeof err === 'object' && err !== null && 'message' in err && typeof err.message === 'string') {
    return new Error(err.message);
  }
  return new Error(String(err));
}

/**
 * The frontend's one logger: Grafana's monitoring logger (Faro when the instance enables it).
 * Context comes first as in the service's logs; an error goes in whole, users never see it.
 */
export const logger = {
  debug: (context: LogContext, message: string) => monitoring.logDebug(message, strings(context)),
  info: (context: LogContext, message: string) => monitoring.logInfo(message, strings(context)),
  warn: (context: LogContext, message: string) => monitoring.logWarning(message, strings(context)),
  error: (context: { err: unknown } & Record<string, unknown>, message: string) => {
    const { err, ...rest } = context;
    monitoring.logError(asError(err), strings({ ...rest, msg: message }));
  },
};
