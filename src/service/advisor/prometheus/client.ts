import { KktError } from '../../errors';
import { type Logger, silentLogger } from '../../logger';
import { labelsKey, type Sample, type Series, type TimeRange } from '../series';
import { narrowMatrix, NOT_PROMETHEUS, prometheusError } from './narrow';
import { splitRange } from './split';

/** Where history comes from: advisor.prometheus in the configuration, or advise's options. */
export interface PrometheusTarget {
  url: string;
  bearerToken?: string;
  username?: string;
  password?: string;
}

const TIMEOUT_MS = 120_000;

/** Reads history from Prometheus' HTTP API, one range query at a time. */
export class PrometheusClient {
  constructor(
    private readonly target: PrometheusTarget,
    private readonly logger: Logger = silentLogger(),
    private readonly timeoutMs = TIMEOUT_MS
  ) {}

  /** A range query, split so that no request asks for more than 11,000 points per series. */
  async queryRange(query: string, range: TimeRange): Promise<Series[]> {
    const merged = new Map<string, { labels: Series['labels']; samples: Sample[] }>();
    for (const part of splitRange(range)) {
      const body = await this.post('/api/v1/query_range', {
        query,
        start: String(part.start / 1000),
        end: String(part.end / 1000),
        step: String(part.step / 1000),
      });
      const { series, warnings } = narrowMatrix(body);
      if (warnings.length > 0) {
        this.logger.warn({ warnings }, 'Prometheus warned about a history query');
      }
      for (const s of series) {
        const key = labelsKey(s.labels, Object.keys(s.labels));
        const into = merged.get(key) ?? { labels: s.labels, samples: [] };
        into.samples.push(...s.samples);
        merged.set(key, into);
      }
    }
    return [...merged.values()];
  }

  private async post(path: string, form: Record<string, string>): Promise<unknown> {
    const url = `${this.target.url.replace(/\/+$/, '')}${path}`;
    const started = Date.now();
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...this.authorization() },
        body: new URLSearchParams(form),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new KktError(
        'PROMETHEUS_UNAVAILABLE',
        `cannot reach ${this.target.url}: ${reason(error, this.timeoutMs)}`,
        { cause: error }
      );
    }

    this.logger.debug({ path, status: response.status, ms: Date.now() - started }, 'Prometheus answered');
    if (response.status === 401 || response.status === 403) {
      throw new KktError('PROMETHEUS_AUTH_FAILED', `${this.target.url} answered HTTP ${response.status}`);
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = prometheusError(body) ?? `HTTP ${response.status} from ${url}${hint(response.status)}`;
      throw new KktError('PROMETHEUS_QUERY_FAILED', detail);
    }
    return body;
  }

  private authorization(): Record<string, string> {
    const { bearerToken, username, password } = this.target;
    if (bearerToken) {
      return { authorization: `Bearer ${bearerToken}` };
    }
    if (username !== undefined) {
      return { authorization: `Basic ${Buffer.from(`${username}:${password ?? ''}`).toString('base64')}` };
    }
    return {};
  }
}

/** What a status Prometheus itself would not answer says about the URL. */
function hint(status: number): string {
  // Prometheus serves its API paths and methods: these come from something else, or a path prefix left out.
  return [404, 405, 501].includes(status) ? `: ${NOT_PROMETHEUS}` : '';
}

/** Why a request got no answer, in words an operator can act on. */
function reason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) {
    const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : null;
    return code ? `${code} (${cause.message})` : cause.message;
  }
  return error instanceof Error ? error.message : String(error);
}
