import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { test } from 'node:test';

import { freePort } from '../../../../test/helpers/ports';
import { isKktError } from '../../errors';
import { PrometheusClient } from './client';

interface Seen {
  form: URLSearchParams;
  authorization: string | undefined;
}

/** A stand-in for Prometheus' query_range: answers every request with `answer(form)`. */
async function fakePrometheus(
  t: { after(fn: () => void): void },
  answer: (form: URLSearchParams) => [number, unknown]
) {
  const seen: Seen[] = [];
  const server: Server = createServer(async (request, response) => {
    const form = new URLSearchParams(await body(request));
    seen.push({ form, authorization: request.headers.authorization });
    const [status, json] = answer(form);
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

async function body(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
  }
  return text;
}

/** One series with a sample at every evaluation the request asked for. */
function everyStep(form: URLSearchParams): [number, unknown] {
  const [start, end, step] = ['start', 'end', 'step'].map((k) => Number(form.get(k)));
  const values = [];
  for (let t = start; t <= end; t += step) {
    values.push([t, String(t)]);
  }
  return [200, { status: 'success', data: { resultType: 'matrix', result: [{ metric: { device_id: 'a' }, values }] } }];
}

test('a long range is split into requests under the point limit and merged back', async (t) => {
  const prometheus = await fakePrometheus(t, everyStep);
  const client = new PrometheusClient({ url: prometheus.url, bearerToken: 'secret-token' });

  const series = await client.queryRange('kkt_device_up', { start: 0, end: 30 * 86_400_000, step: 60_000 });

  assert.equal(prometheus.seen.length, 4);
  for (const { form } of prometheus.seen) {
    const points = (Number(form.get('end')) - Number(form.get('start'))) / Number(form.get('step')) + 1;
    assert.ok(points <= 11_000, `${points} points`);
    assert.equal(form.get('query'), 'kkt_device_up');
  }
  assert.equal(series.length, 1);
  assert.equal(series[0].samples.length, 43_201);
  assert.deepEqual(series[0].samples[43_200], { t: 30 * 86_400_000, v: 30 * 86_400 });
  assert.equal(prometheus.seen[0].authorization, 'Bearer secret-token');
});

test('basic auth is sent when a username is configured', async (t) => {
  const prometheus = await fakePrometheus(t, everyStep);
  const client = new PrometheusClient({ url: prometheus.url, username: 'grafana', password: 'p@ss' });

  await client.queryRange('up', { start: 0, end: 60_000, step: 60_000 });

  assert.equal(prometheus.seen[0].authorization, `Basic ${Buffer.from('grafana:p@ss').toString('base64')}`);
});

test("Prometheus' own error is passed on with its code", async (t) => {
  const prometheus = await fakePrometheus(t, () => [
    400,
    { status: 'error', errorType: 'bad_data', error: 'parse error at char 5' },
  ]);
  const client = new PrometheusClient({ url: prometheus.url });

  await assert.rejects(client.queryRange('up{', { start: 0, end: 60_000, step: 60_000 }), (error) => {
    assert.ok(isKktError(error));
    assert.equal(error.code, 'PROMETHEUS_QUERY_FAILED');
    assert.match(error.message, /bad_data: parse error at char 5/);
    return true;
  });
});

test('a body that is not the API answer is refused, not guessed at', async (t) => {
  const prometheus = await fakePrometheus(t, () => [200, { status: 'success', data: { resultType: 'vector' } }]);
  const client = new PrometheusClient({ url: prometheus.url });

  await assert.rejects(client.queryRange('up', { start: 0, end: 60_000, step: 60_000 }), {
    code: 'PROMETHEUS_QUERY_FAILED',
  });
});

test('rejected credentials and an unreachable server are told apart', async (t) => {
  const prometheus = await fakePrometheus(t, () => [401, {}]);
  const range = { start: 0, end: 60_000, step: 60_000 };

  await assert.rejects(new PrometheusClient({ url: prometheus.url }).queryRange('up', range), {
    code: 'PROMETHEUS_AUTH_FAILED',
  });
  const closed = `http://127.0.0.1:${await freePort()}`;
  await assert.rejects(new PrometheusClient({ url: closed }).queryRange('up', range), (error) => {
    assert.ok(isKktError(error));
    assert.equal(error.code, 'PROMETHEUS_UNAVAILABLE');
    assert.match(error.message, /ECONNREFUSED/);
    return true;
  });
});
