import assert from 'node:assert/strict';
import { test } from 'node:test';

import { createLogger, levelFromEnv, redact } from './logger';

function capture(level: Parameters<typeof createLogger>[0] = 'trace') {
  const lines: string[] = [];
  const logger = createLogger(level, (line) => lines.push(line));
  const parsed = () => lines.map((line) => JSON.parse(line));
  return { logger, lines, parsed };
}

test('each line is one hclog JSON object: @level, @message, @timestamp and the key/values', () => {
  const { logger, lines, parsed } = capture();
  logger.info({ refId: 'A', rows: 3 }, 'query answered');

  assert.equal(lines.length, 1);
  assert.ok(lines[0].endsWith('}\n'));
  const [entry] = parsed();
  assert.equal(entry['@level'], 'info');
  assert.equal(entry['@message'], 'query answered');
  assert.equal(entry.refId, 'A');
  assert.equal(entry.rows, 3);
});

test('timestamps have the six fractional digits go-plugin parses (2006-01-02T15:04:05.000000Z07:00)', () => {
  const { logger, parsed } = capture();
  logger.warn('x');

  assert.match(parsed()[0]['@timestamp'], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
});

test('lines below the level are dropped', () => {
  const { logger, lines } = capture('warn');
  logger.debug('no');
  logger.info('no');
  logger.warn('yes');
  logger.error('yes');

  assert.equal(lines.length, 2);
});

test('children carry their fields and a message alone is fine', () => {
  const { logger, parsed } = capture();
  logger.child({ datasource: 'kkt' }).error('failed');

  assert.deepEqual(
    { level: parsed()[0]['@level'], datasource: parsed()[0].datasource, message: parsed()[0]['@message'] },
    { level: 'error', datasource: 'kkt', message: 'failed' }
  );
});

test('secrets are masked at any depth and errors become their message', () => {
  const fields = redact({
    apiKey: 'k-123',
    headers: { Authorization: 'Bearer k-123', accept: 'json' },
    settings: { decryptedSecureJsonData: { apiKey: 'k-123' } },
    err: new Error('boom'),
  });

  assert.deepEqual(fields, {
    apiKey: '[redacted]',
    headers: { Authorization: '[redacted]', accept: 'json' },
    settings: { decryptedSecureJsonData: { apiKey: '[redacted]' } },
    err: 'boom',
  });
  assert.ok(!JSON.stringify(fields).includes('k-123'));
});

test('the level comes from KKT_BACKEND_LOG_LEVEL, info when unset or unknown', () => {
  assert.equal(levelFromEnv({ KKT_BACKEND_LOG_LEVEL: 'DEBUG' }), 'debug');
  assert.equal(levelFromEnv({}), 'info');
  assert.equal(levelFromEnv({ KKT_BACKEND_LOG_LEVEL: 'loud' }), 'info');
});
