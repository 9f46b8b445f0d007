import { z } from 'zod';

import { duration, httpUrl, int, timeZone } from '../../config/fields';

const secret = (what: string) =>
  z.string().min(1).optional().describe(`${what}; write \${VAR}, or leave it out and set KKT_OFD_<NAME>_<FIELD>`);

/** Settings every OFD account has, whatever the operator. */
const common = {
  name: z.string().regex(/^[a-z0-9_-]+$/, { error: 'use lower-case letters, digits, "-" and "_"' }),
  baseUrl: httpUrl().optional().describe("the operator's API address; defaults to its production address"),
  interval: duration(1000).prefault('5m').describe('pause between two polls of the account'),
  timeout: duration(100).prefault('30s').describe('longest wait for one answer'),
  maxConcurrency: int(1, 64).optional().describe("requests in flight at once; defaults to the operator's safe value"),
  maxRequestsPerSecond: int(1, 1000).optional().describe('requests started per second; per-operator default'),
  maxRetries: int(0, 10).default(3).describe('further attempts after a timeout, a 5xx or a rate limit'),
  maxRetryWait: duration(0).prefault('2m').describe('a longer Retry-After leaves the request to the next poll'),
  history: duration(60_000).prefault('1d').describe('how far back the first collection of a register reaches'),
  overlap: duration(0).prefault('1h').describe('each poll reads this much before the last one ended again'),
  timeZone: timeZone().optional().describe('zone of registers the device inventory does not list'),
  breakerThreshold: int(1, 100).default(5).describe('failures in a row that pause the account'),
  breakerCooldown: duration(1000).prefault('1m').describe('pause before a probe request after the breaker opened'),
  authCooldown: duration(1000)
    .prefault('1h')
    .describe('longest pause after rejected credentials; the first is 1 min, doubled by each further refusal in a row'),
};

const registerRef = z.strictObject({
  regNumber: z.string().min(1).describe('registration number (RNM)'),
  fnSerial: z.string().min(1).describe('serial of the fiscal drive in use'),
});

const platforma = z.strictObject({
  ...common,
  operator: z.literal('platforma'),
  token: secret('token issued by Platforma OFD'),
  maxConcurrency: int(1, 2).optional().describe('Platforma allows at most 2 requests in flight per token'),
});

const ofdru = z.strictObject({
  ...common,
  operator: z.literal('ofdru'),
  login: secret('login of the OFD.ru cabinet'),
  password: secret('password'),
  inn: z.string().regex(/^\d{10}(\d{2})?$/, { error: 'an INN has 10 or 12 digits' }),
});

const taxcom = z.strictObject({
  ...common,
  operator: z.literal('taxcom'),
  login: secret('login of the Taxcom cabinet'),
  password: secret('password'),
  integratorId: secret('Integrator-ID issued by Taxcom'),
  agreementNumber: z.string().optional().describe('contract number, when the login has several'),
});

const kontur = z.strictObject({
  ...common,
  operator: z.literal('kontur'),
  login: secret('e-mail of the Kontur account'),
  password: secret('password'),
  apiKey: secret('integrator key (X-Kontur-Ofd-ApiKey)'),
  authUrl: httpUrl().optional().describe('Kontur authentication address; defaults to baseUrl when that is set'),
});

const firstofd = z.strictObject({
  ...common,
  operator: z.literal('firstofd'),
  apiKey: secret('API key of the 1-OFD cabinet'),
  inn: z.string().regex(/^\d{10}(\d{2})?$/, { error: 'an INN has 10 or 12 digits' }),
  registers: z.array(registerRef).min(1).describe('1-OFD lists no registers: name them here'),
});

const saby = z.strictObject({
  ...common,
  operator: z.literal('saby'),
  login: secret('Saby login'),
  password: secret('password'),
  appClientId: secret('app_client_id of the Saby application'),
  inn: z.string().regex(/^\d{10}(\d{2})?$/, { error: 'an INN has 10 or 12 digits' }),
});

const atolonline = z.strictObject({
  ...common,
  operator: z.literal('atolonline'),
  login: secret('ATOL Online login (the one used for fiscalisation)'),
  password: secret('password'),
});

/** One OFD account to poll: the operator decides which credentials and limits apply. */
export const ofdAccountSchema = z.discriminatedUnion('operator', [
  platforma,
  ofdru,
  taxcom,
  kontur,
  firstofd,
  saby,
  atolonline,
]);

export type OfdAccountConfig = z.output<typeof ofdAccountSchema>;
export type OfdAccountOf<O extends OfdAccountConfig['operator']> = Extract<OfdAccountConfig, { operator: O }>;
