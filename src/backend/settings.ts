import { z } from 'zod';

import { type PluginContext } from './rpc/messages';

/** Where the datasource instance points and the key it presents; the key stays in this process. */
export interface ServiceSettings {
  /** Base URL without a trailing slash, or null when none is configured. */
  url: string | null;
  /** Why the configured URL cannot be used, when it cannot. */
  urlProblem: string | null;
  apiKey: string | null;
  datasource: string;
}

const jsonDataSchema = z.object({ url: z.string().optional() });

/** Settings of the datasource instance a request targets: jsonData.url and decryptedSecureJsonData.apiKey. */
export function settingsFrom(context: PluginContext): ServiceSettings {
  const instance = context.dataSourceInstanceSettings;
  if (!instance) {
    return { url: null, urlProblem: null, apiKey: null, datasource: '' };
  }

  const jsonData = jsonDataSchema.safeParse(parseJson(instance.jsonData));
  const raw = (jsonData.success ? jsonData.data.url : undefined)?.trim() || instance.url.trim();
  const apiKey = instance.decryptedSecureJsonData.apiKey?.trim() || null;
  const datasource = instance.name || instance.uid;
  if (!raw) {
    return { url: null, urlProblem: null, apiKey, datasource };
  }

  const problem = urlProblem(raw);
  return { url: problem ? null : raw.replace(/\/+$/, ''), urlProblem: problem, apiKey, datasource };
}

function urlProblem(raw: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return `"${raw}" is not a URL; write it as http://host:port`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `"${raw}" is not an http or https URL`;
  }
  return parsed.search || parsed.hash ? `"${raw}" must not carry a query or fragment` : null;
}

function parseJson(bytes: Uint8Array): unknown {
  if (bytes.length === 0) {
    return {};
  }
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return {};
  }
}
