/**
 * The small part of PromQL the rule pack is written in. One tree per rule renders to the text Prometheus
 * and Grafana run, and evaluates locally for backtests on synthetic series and for generated rule tests.
 */

export type MatchOp = '=' | '!=' | '=~' | '!~';

export interface Matcher {
  name: string;
  op: MatchOp;
  value: string;
}

export interface Selector {
  kind: 'selector';
  metric: string;
  matchers: readonly Matcher[];
  /** Seconds into the past, as PromQL's offset modifier. */
  offset: number;
}

export type RangeFunction =
  'rate' | 'increase' | 'changes' | 'min_over_time' | 'max_over_time' | 'avg_over_time' | 'predict_linear';

export interface RangeCall {
  kind: 'call';
  fn: RangeFunction;
  selector: Selector;
  /** Window in seconds. */
  window: number;
  /** predict_linear's horizon in seconds. */
  param?: number;
}

export type ArithmeticOp = '+' | '-' | '*' | '/';
export type ComparisonOp = '>' | '<' | '>=' | '<=' | '==' | '!=';
export type SetOp = 'and' | 'or' | 'unless';
export type BinaryOp = ArithmeticOp | ComparisonOp | SetOp;

export interface Binary {
  kind: 'binary';
  op: BinaryOp;
  lhs: Expr;
  rhs: Expr;
  /** Labels to match on; absent means all labels but the metric name. */
  on?: readonly string[];
}

export type Expr =
  | Selector
  | RangeCall
  | Binary
  | { kind: 'number'; value: number; text?: string }
  /** time() minus a shift in seconds, which offset() introduces. */
  | { kind: 'time'; shift: number }
  | { kind: 'abs'; arg: Expr }
  | { kind: 'sum'; by: readonly string[]; arg: Expr };

export const COMPARISONS: readonly BinaryOp[] = ['>', '<', '>=', '<=', '==', '!='];
export const SET_OPS: readonly BinaryOp[] = ['and', 'or', 'unless'];

export function selector(metric: string, matchers: Record<string, string> = {}): Selector {
  const list = Object.entries(matchers).map(([name, value]) => {
    const regex = value.startsWith('~');
    return { name, op: regex ? '=~' : '=', value: regex ? value.slice(1) : value } as Matcher;
  });
  return { kind: 'selector', metric, matchers: list, offset: 0 };
}

export function call(fn: RangeFunction, of: Selector, window: number, param?: number): RangeCall {
  return { kind: 'call', fn, selector: of, window, param };
}

export function num(value: number, text?: string): Expr {
  return { kind: 'number', value, text };
}

/** A whole number of days, written as "N * 86400" so a reader sees the unit. */
export function days(n: number): Expr {
  return num(n * 86400, `${n} * 86400`);
}

export function hours(n: number): Expr {
  return num(n * 3600, `${n} * 3600`);
}

export const time = (): Expr => ({ kind: 'time', shift: 0 });

export function bin(op: BinaryOp, lhs: Expr, rhs: Expr, on?: readonly string[]): Binary {
  return { kind: 'binary', op, lhs, rhs, on };
}

export const sum = (by: readonly string[], arg: Expr): Expr => ({ kind: 'sum', by, arg });
export const abs = (arg: Expr): Expr => ({ kind: 'abs', arg });

/** The same expression as it was `seconds` ago: offsets on every selector, time() moved back. */
export function shifted(expr: Expr, seconds: number): Expr {
  switch (expr.kind) {
    case 'selector':
      return { ...expr, offset: expr.offset + seconds };
    case 'call':
      return { ...expr, selector: { ...expr.selector, offset: expr.selector.offset + seconds } };
    case 'binary':
      return { ...expr, lhs: shifted(expr.lhs, seconds), rhs: shifted(expr.rhs, seconds) };
    case 'time':
      return { kind: 'time', shift: expr.shift + seconds };
    case 'abs':
    case 'sum':
      return { ...expr, arg: shifted(expr.arg, seconds) };
    case 'number':
      return expr;
  }
}

/** The expression restricted to series with these label values: a matcher added to every selector. */
export function restricted(expr: Expr, labels: Readonly<Record<string, string>>): Expr {
  const add = (s: Selector): Selector => ({
    ...s,
    matchers: [...s.matchers, ...Object.entries(labels).map(([name, value]) => ({ name, op: '=' as const, value }))],
  });
  switch (expr.kind) {
    case 'selector':
      return add(expr);
    case 'call':
      return { ...expr, selector: add(expr.selector) };
    case 'binary':
      return { ...expr, lhs: restricted(expr.lhs, labels), rhs: restricted(expr.rhs, labels) };
    case 'abs':
    case 'sum':
      return { ...expr, arg: restricted(expr.arg, labels) };
    default:
      return expr;
  }
}

/** How far back (seconds) the expression reads: offsets plus range windows. */
export function reach(expr: Expr): number {
  switch (expr.kind) {
    case 'selector':
      return expr.offset;
    case 'call':
      return expr.selector.offset + expr.window;
    case 'binary':
      return Math.max(reach(expr.lhs), reach(expr.rhs));
    case 'abs':
    case 'sum':
      return reach(expr.arg);
    default:
      return 0;
  }
}
