import { bin, call, type Expr, selector, sum } from '../promql/ast';
import { DEVICE_LABELS } from './signals';

/** Errors that count against a register's error budget. */
const FAILURES = selector('kkt_device_errors_total', { severity: '~critical|high' });
const RECEIPTS = selector('kkt_fiscal_documents_total', { type: 'receipt' });

/**
 * Share of a register's operations that failed over a window: errors / (errors + receipts). Bounded by
 * 1 and never a division by zero at night, when a register forms no receipts.
 */
export function errorShare(windowSeconds: number): Expr {
  const errors = sum(DEVICE_LABELS, call('rate', FAILURES, windowSeconds));
  const receipts = sum(DEVICE_LABELS, call('rate', RECEIPTS, windowSeconds));
  return bin('/', errors, bin('+', errors, receipts));
}
