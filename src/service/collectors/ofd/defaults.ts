import { type OfdOperator } from '../../domain/device';
import { DAY_MS, MINUTE_MS } from '../../domain/time';

export interface OperatorDefaults {
  /** Production address; tests and the simulator set baseUrl instead. */
  baseUrl: string;
  maxConcurrency: number;
  maxRequestsPerSecond: number;
  /** Longest period one document request covers. */
  maxPeriodMs: number;
}

/**
 * Safe limits per operator. Platforma documents 2 requests in flight per token; OFD.ru and 1-OFD
 * clients pause a second between calls; the others publish no limit, so we stay modest.
 */
export const OPERATOR_DEFAULTS: Record<OfdOperator, OperatorDefaults> = {
  ofdru: { baseUrl: 'https://ofd.ru/api/', maxConcurrency: 1, maxRequestsPerSecond: 1, maxPeriodMs: 30 * DAY_MS },
  taxcom: {
    baseUrl: 'https://api-lk-ofd.taxcom.ru/API/v2/',
    maxConcurrency: 2,
    maxRequestsPerSecond: 5,
    maxPeriodMs: 30 * DAY_MS,
  },
  kontur: {
    baseUrl: 'https://ofd-api.kontur.ru/',
    maxConcurrency: 4,
    maxRequestsPerSecond: 5,
    maxPeriodMs: 30 * DAY_MS,
  },
  platforma: {
    baseUrl: 'https://ofv-api-v0-1-1.evotor.ru/v1/client/',
    maxConcurrency: 2,
    maxRequestsPerSecond: 4,
    maxPeriodMs: 7 * DAY_MS,
  },
  firstofd: {
    baseUrl: 'https://universal-api.1-ofd.ru/api/',
    maxConcurrency: 1,
    maxRequestsPerSecond: 1,
    maxPeriodMs: DAY_MS,
  },
  saby: { baseUrl: 'https://api.sbis.ru/', maxConcurrency: 2, maxRequestsPerSecond: 5, maxPeriodMs: DAY_MS },
  atolonline: {
    baseUrl: 'https://online.atol.ru/api/',
    maxConcurrency: 2,
    maxRequestsPerSecond: 5,
    maxPeriodMs: DAY_MS,
  },
};

/** Kontur authenticates on its own host. */
export const KONTUR_AUTH_URL = 'https://api.kontur.ru/';

/** Platforma may answer 503-01 for periods it is still processing; stay this far behind now. */
export const PLATFORMA_SETTLE_MS = 15 * MINUTE_MS;
