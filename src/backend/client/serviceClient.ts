import { type z } from 'zod';

import { type ServiceSettings } from '../settings';
import { type FailureReason, networkFailure, ServiceError, statusFailure } from './failures';
import { apiErrorSchema } from './schemas';

/** Query-string values; undefined and empty values are left out. */
export type Params = Record<string, string | number | boolean | undefined>;

export interface RawResponse {
  status: number;
  contentType: string | null;
  body: Uint8Array;
}

export interface ClientOptions {
  /** Aborts every call, e.g. when Grafana cancels the request or its deadline passes. */
  signal?: AbortSignal;
  timeoutMs?: number;
  onFailure?: (reason: FailureReason) => void;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Calls the kkt-monitor service's /api/v1 with the datasource's key; every failure becomes a ServiceError. */
export class ServiceClient {
  private readonly timeoutMs: number;

  constructor(
    private readonly base: string,
    private readonly apiKey: string | null,
    private readonly options: ClientOptions = {}
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  static from(settings: ServiceSettings & { url: string }, options?: ClientOptions): ServiceClient {
    return new ServiceClient(settings.url, settings.apiKey, options);
  }

  /** GET /api/v1/<path>, the JSON body narrowed by the schema. */
  async get<T>(path: string, params: Params, schema: z.ZodType<T>): Promise<T> {
    const response = await this.raw('GET', path, searchOf(params));
    if (response.status < 200 || response.status >= 300) {
      throw this.fail(statusFailure(this.base, response.status, serviceMessage(response.body)));
    }

    const parsed = schema.safeParse(parseJson(response.body));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? ` (${issue.path.join('.') || 'body'}: ${issue.message})` : '';
      const message = `The service at ${this.base} answered /api/v1/${path} with a body this datasource cannot read${where}: check that service and plugin versions match`;
      throw this.fail(new ServiceError('bad_response', message, 502));
    }
    return parsed.data;
  }

  /** Any answer with a status, as it came; throws only when no answer came. */
  async raw(method: string, path: string, search: string): Promise<RawResponse> {
    const signals = [AbortSignal.timeout(this.timeoutMs), ...(this.options.signal ? [this.options.signal] : [])];
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.apiKey) {
      headers.authorization = `Bearer ${this.apiKey}`;
    }

    try {
      const url = `${this.base}/api/v1/${path}${search}`;
      const response = await fetch(url, { method, headers, signal: AbortSignal.any(signals) });
      const body = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, contentType: response.headers.get('content-type'), body };
    } catch (error) {
      throw this.fail(networkFailure(this.base, error, this.timeoutMs));
    }
  }

  private fail(error: ServiceError): ServiceError {
    this.options.onFailure?.(error.reason);
    return error;
  }
}

/** "?a=1&b=x" from the params that have a value, or "". */
export function searchOf(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function serviceMessage(body: Uint8Array): string | null {
  const parsed = apiErrorSchema.safeParse(parseJson(body));
  return parsed.success ? `${parsed.data.error.message} (${parsed.data.error.code})` : null;
}

function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(body).toString('utf8'));
  } catch {
    return undefined;
  }
}
