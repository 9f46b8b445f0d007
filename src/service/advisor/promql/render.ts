import { type BinaryOp, type Expr, type Selector } from './ast';

const PRECEDENCE: Record<BinaryOp, number> = {
  '*': 5,
  '/': 5,
  '+': 4,
  '-': 4,
  '>': 3,
  '<': 3,
  '>=': 3,
  '<=': 3,
  '==': 3,
  '!=': 3,
  and: 2,
  unless: 2,
  or: 1,
};

const ATOM = 9;

/** PromQL text of an expression, with parentheses only where precedence needs them. */
export function render(expr: Expr): string {
  return renderWith(expr).text;
}

function renderWith(expr: Expr): { text: string; precedence: number } {
  switch (expr.kind) {
    case 'selector':
      return { text: renderSelector(expr), precedence: ATOM };
    case 'call':
      return { text: renderCall(expr), precedence: ATOM };
    case 'number':
      return expr.text
        ? { text: expr.text, precedence: PRECEDENCE['*'] }
        : { text: String(expr.value), precedence: ATOM };
    case 'time':
      return expr.shift === 0
        ? { text: 'time()', precedence: ATOM }
        : { text: `time() - ${expr.shift}`, precedence: PRECEDENCE['-'] };
    case 'abs':
      return { text: `abs(${render(expr.arg)})`, precedence: ATOM };
    case 'sum':
      return { text: `sum by (${expr.by.join(', ')}) (${render(expr.arg)})`, precedence: ATOM };
    case 'binary':
      return renderBinary(expr.op, expr.lhs, expr.rhs, expr.on);
  }
}

function renderBinary(op: BinaryOp, lhs: Expr, rhs: Expr, on?: readonly string[]) {
  const precedence = PRECEDENCE[op];
  const left = renderWith(lhs);
  const right = renderWith(rhs);
  // Operators associate to the left, so an equal-precedence right operand needs parentheses.
  const l = left.precedence < precedence ? `(${left.text})` : left.text;
  const r = right.precedence <= precedence ? `(${right.text})` : right.text;
  const matching = on ? ` on(${on.join(', ')})` : '';
  return { text: `${l} ${op}${matching} ${r}`, precedence };
}

function renderSelector(s: Selector, window?: number): string {
  const matchers = s.matchers.map((m) => `${m.name}${m.op}${JSON.stringify(m.value)}`).join(', ');
  const body = matchers ? `${s.metric}{${matchers}}` : s.metric;
  const range = window === undefined ? '' : `[${promDuration(window)}]`;
  return s.offset ? `${body}${range} offset ${promDuration(s.offset)}` : `${body}${range}`;
}

function renderCall(c: Extract<Expr, { kind: 'call' }>): string {
  const param = c.param === undefined ? '' : `, ${c.param}`;
  return `${c.fn}(${renderSelector(c.selector, c.window)}${param})`;
}

const UNITS: Array<[string, number]> = [
  ['w', 604_800],
  ['d', 86_400],
  ['h', 3600],
  ['m', 60],
  ['s', 1],
];

/** Seconds as a single-unit Prometheus duration: 86400 is "1d", 5400 is "90m". */
export function promDuration(seconds: number): string {
  if (seconds === 0) {
    return '0s';
  }
  const [unit, size] = UNITS.find(([, size]) => seconds % size === 0) ?? ['s', 1];
  return `${seconds / size}${unit}`;
}
