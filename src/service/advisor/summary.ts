import { type Advice } from './advise';
import { type RuleAdvice } from './adviseRule';
import { type Score } from './backtest/score';
import { valueText } from './methods/describe';
import { promDuration } from './promql/render';

export type Row = Record<string, string>;

const share = (value: number | null | undefined) =>
  value === null || value === undefined ? '-' : `${Math.round(value * 100)} %`;
const rate = (score: Score | null) => (score ? score.episodesPerWeek.toFixed(1) : '-');

/** One line per rule: what was chosen, and what it and the rule in use would have done. */
export function summaryRows(advice: Advice): Row[] {
  return advice.rules.map((rule) => ({
    rule: rule.spec.alert,
    method: rule.spec.method,
    threshold: threshold(rule),
    for: holdText(rule),
    'episodes/week suggested': rate(rule.suggestedScore),
    'episodes/week in use': rate(rule.currentScore),
    precision: `${share(rule.suggestedScore?.precision)} / ${share(rule.currentScore?.precision)}`,
    recall: `${share(rule.suggestedScore?.recall)} / ${share(rule.currentScore?.recall)}`,
  }));
}

function threshold(rule: RuleAdvice): string {
  const { params } = rule.suggested;
  if (rule.spec.unit === 'flag') {
    return '-';
  }
  const seasons = params.seasons.length > 0 ? ` vs ${params.seasons.join('+')}` : '';
  return `${valueText(params.threshold, rule.spec.unit)}${seasons}`;
}

function holdText(rule: RuleAdvice): string {
  const { forMs, keepFiringForMs } = rule.suggested.params;
  return keepFiringForMs > 0
    ? `${promDuration(forMs / 1000)} +${promDuration(keepFiringForMs / 1000)}`
    : promDuration(forMs / 1000);
}

/**
 * Episodes per week over the rules that know incidents, where the suggestion catches as many as the rule
 * in use: the saving stated as a number.
 */
export function totals(advice: Advice): { suggested: number; current: number; rules: number } {
  const judged = advice.rules.filter(
    (r) =>
      r.suggestedScore?.recall != null &&
      r.currentScore?.recall != null &&
      r.suggestedScore.recall >= r.currentScore.recall
  );
  const sum = (pick: (r: RuleAdvice) => number) => judged.reduce((a, r) => a + pick(r), 0);
  return {
    suggested: sum((r) => r.suggestedScore?.episodesPerWeek ?? 0),
    current: sum((r) => r.currentScore?.episodesPerWeek ?? 0),
    rules: judged.length,
  };
}

/** Why rules kept their defaults, one line per reason, naming the rules unless it is all of them. */
export function declinedLines(advice: Advice): string[] {
  const byReason = new Map<string, string[]>();
  for (const rule of advice.rules) {
    if (rule.declined) {
      byReason.set(rule.declined, [...(byReason.get(rule.declined) ?? []), rule.spec.alert]);
    }
  }

  return [...byReason].map(([reason, alerts]) => {
    if (alerts.length === advice.rules.length) {
      return `every rule keeps its default: ${reason}`;
    }
    return `${alerts.join(', ')} ${alerts.length === 1 ? 'keeps its' : 'keep their'} default: ${reason}`;
  });
}

/** A plain text table, columns padded to their widest cell. */
export function table(rows: Row[]): string {
  if (rows.length === 0) {
    return '';
  }
  const columns = Object.keys(rows[0]);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return (
    [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => r[c])))].join(
      '\n'
    ) + '\n'
  );
}

/** The table and the saving in one sentence, as advise and the demo print them. */
export function summaryText(advice: Advice): string {
  const total = totals(advice);
  const saving = total.current > 0 ? Math.round((1 - total.suggested / total.current) * 100) : 0;
  return (
    `${table(summaryRows(advice))}\n` +
    `${total.rules} rules with known incidents, at equal or better recall: ${total.suggested.toFixed(1)} ` +
    `episodes/week suggested vs ${total.current.toFixed(1)} in use (${saving} % fewer)\n`
  );
}
