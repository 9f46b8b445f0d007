import { bin, call, type Expr, num, selector, sum } from '../promql/ast';
import { DEVICE_LABELS } from './signals';

/** Errors that count against a register's error budget. */
const FAILURES = selector('kkt_device_errors_total', { severity: '~critical|high' });
const RECEIPTS = selector('kkt_fiscal_documents_total', { type: 'receipt' });

/**
 * Window pairs over a 30-day budget (the SRE workbook's): a page when 2 % of the budget burns in an
 * hour or 5 % in six, each confirmed by a window a twelfth as long.
 */
export const BURN_WINDOWS = [
  { long: 3600, short: 300, factor: 14.4 },
  { long: 6 * 3600, short: 1800, factor: 6 },
] as const;

/**
 * Share of a register's operations that failed over a window, errors / (errors + receipts), written as
 * 1 / (1 + receipts / errors) so each rate is computed once. It is 1 when nothing but errors happened,
 * 0 when no error did, and no value at all when the register did nothing.
 */
export function errorShare(windowSeconds: number): Expr {
  const errors = sum(DEVICE_LABELS, call('rate', FAILURES, windowSeconds));
  const receipts = sum(DEVICE_LABELS, call('rate', RECEIPTS, windowSeconds));
  return bin('/', num(1), bin('+', num(1), bin('/', receipts, errors)));
}

/** The share a window must exceed: the budget times the pair's factor, to 4 significant digits. */
export function burnThreshold(factor: number, budget: number): number {
  return Number((factor * budget).toPrecision(4));
}

/** Either pair's long and short windows both above their burn threshold. */
export function burnRateCondition(budget: number): Expr {
  const pairs = BURN_WINDOWS.map(({ long, short, factor }) => {
    const limit = num(burnThreshold(factor, budget));
    return bin('and', bin('>', errorShare(long), limit), bin('>', errorShare(short), limit));
  });
  return bin('or', pairs[0], pairs[1]);
}
