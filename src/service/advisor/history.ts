import { type Expr } from './promql/ast';
import { evaluateRange } from './promql/evaluate';
import { render } from './promql/render';
import { SeriesStore } from './promql/store';
import { type PrometheusClient } from './prometheus/client';
import { type Series, type TimeRange } from './series';

/** Where the advisor reads the past: an expression evaluated over a range, as a range query answers. */
export interface HistorySource {
  query(expr: Expr, range: TimeRange): Promise<Series[]>;
}

/** History from Prometheus: the expression is evaluated there, with its own staleness and functions. */
export class PrometheusHistory implements HistorySource {
  constructor(private readonly client: PrometheusClient) {}

  query(expr: Expr, range: TimeRange): Promise<Series[]> {
    return this.client.queryRange(render(expr), range);
  }
}

/** History from series held in memory, evaluated with the same semantics; for tests and scenarios. */
export class LocalHistory implements HistorySource {
  private readonly store: SeriesStore;

  constructor(series: readonly Series[]) {
    this.store = new SeriesStore(series);
  }

  async query(expr: Expr, range: TimeRange): Promise<Series[]> {
    return evaluateRange(expr, this.store, range);
  }
}

/** Remembers answers by expression text and range, so a condition shared by candidates is asked once. */
export class CachedHistory implements HistorySource {
  private readonly answers = new Map<string, Promise<Series[]>>();

  constructor(private readonly source: HistorySource) {}

  query(expr: Expr, range: TimeRange): Promise<Series[]> {
    const key = `${render(expr)}@${range.start}:${range.end}:${range.step}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer = this.source.query(expr, range);
      this.answers.set(key, answer);
    }
    return answer;
  }
}
