import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';

import { status } from '@grpc/grpc-js';

import { PluginClient } from '../../../test/backend/helpers/grpcClient';
import { badQuery } from '../errors';
import { createLogger } from '../logger';
import { loadProtocol } from '../proto/load';
import { type PluginHandlers, startServer } from './server';

const quiet = createLogger('error', () => undefined);

async function serve(
  t: { after(fn: () => Promise<void>): void },
  handlers: Partial<PluginHandlers> = {},
  ports = { min: 0, max: 0 }
) {
  let shutdowns = 0;
  const unused = async () => {
    throw new Error('not called in this test');
  };
  const server = await startServer({
    root: loadProtocol(),
    handlers: { checkHealth: unused, collectMetrics: unused, queryData: unused, callResource: unused, ...handlers },
    ports,
    logger: quiet,
    onShutdown: () => (shutdowns += 1),
  });
  const client = new PluginClient(`127.0.0.1:${server.port}`);
  t.after(async () => {
    client.close();
    await server.stop(0);
  });
  return { server, client, shutdowns: () => shutdowns };
}

test('health answers SERVING for "plugin" and NOT_FOUND for other services', async (t) => {
  const { client } = await serve(t);

  assert.deepEqual(await client.unary('health', 'Check', { service: 'plugin' }), { status: 'SERVING' });
  assert.deepEqual(await client.unary('health', 'Check', { service: '' }), { status: 'SERVING' });
  await assert.rejects(
    client.unary('health', 'Check', { service: 'other' }),
    (e: { code?: number }) => e.code === status.NOT_FOUND
  );
});

test('the controller Shutdown is answered, then the backend is told to stop', async (t) => {
  const { client, shutdowns } = await serve(t);

  assert.deepEqual(await client.unary('controller', 'Shutdown', {}), {});
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(shutdowns(), 1);
});

test('the first free port of the range is taken', async (t) => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => busy.close(() => resolve())));
  const address = busy.address();
  const taken = typeof address === 'object' && address !== null ? address.port : 0;

  const { server } = await serve(t, {}, { min: taken, max: taken + 5 });
  assert.ok(server.port > taken && server.port <= taken + 5, `port ${server.port} after ${taken}`);
});

test('QueryData travels as protobuf: 64-bit times and bytes arrive intact, frames come back as bytes', async (t) => {
  let received: unknown;
  const { client } = await serve(t, {
    queryData: async (request) => {
      received = request;
      return { responses: { A: { frames: [Buffer.from('ARROW1')], error: '', status: 200, errorSource: '' } } };
    },
  });

  const answer = await client.unary('data', 'QueryData', {
    queries: [
      {
        refId: 'A',
        timeRange: { fromEpochMS: 1_796_000_400_123, toEpochMS: 1_796_004_000_000 },
        json: Buffer.from('{"queryType":"devices"}'),
      },
    ],
  });

  assert.ok(
    typeof received === 'object' && received !== null && 'queries' in received && Array.isArray(received.queries)
  );
  const [query] = received.queries;
  assert.deepEqual(query.timeRange, { fromEpochMS: 1_796_000_400_123, toEpochMS: 1_796_004_000_000 });
  assert.equal(Buffer.from(query.json).toString(), '{"queryType":"devices"}');
  assert.equal(query.maxDataPoints, 0);
  assert.deepEqual(answer, {
    responses: {
      A: {
        frames: [Buffer.from('ARROW1')],
        error: '',
        jsonMeta: Buffer.alloc(0),
        status: 200,
        errorSource: '',
        format: 'ARROW',
      },
    },
  });
});

test('a handler failure becomes a gRPC status; CallResource answers one message', async (t) => {
  const { client } = await serve(t, {
    checkHealth: async () => {
      throw badQuery('bad');
    },
    collectMetrics: async () => {
      throw new Error('boom');
    },
    callResource: async () => ({ code: 200, headers: {}, body: Buffer.from('{}') }),
  });

  await assert.rejects(
    client.unary('diagnostics', 'CheckHealth', {}),
    (e: { code?: number; details?: string }) => e.code === status.INVALID_ARGUMENT && e.details === 'bad'
  );
  await assert.rejects(
    client.unary('diagnostics', 'CollectMetrics', {}),
    (e: { code?: number }) => e.code === status.INTERNAL
  );
  assert.deepEqual(await client.stream('resource', 'CallResource', { path: 'info' }), [
    { code: 200, headers: {}, body: Buffer.from('{}') },
  ]);
});
