import assert from 'node:assert/strict';
import { test } from 'node:test';

import { cookieProblem, handshakeLine, portRange, protocolProblem } from './handshake';

test('the handshake line is core 1, protocol 2, tcp on loopback, grpc', () => {
  assert.equal(handshakeLine(41234), '1|2|tcp|127.0.0.1:41234|grpc');
});

test('the magic cookie must be grafana_plugin_type=datasource', () => {
  assert.equal(cookieProblem({ grafana_plugin_type: 'datasource' }), null);
  assert.match(cookieProblem({}) ?? '', /Grafana starts it/);
  assert.match(cookieProblem({ grafana_plugin_type: 'app' }) ?? '', /grafana_plugin_type=datasource is not set/);
});

test('the port range comes from PLUGIN_MIN_PORT and PLUGIN_MAX_PORT, any port when unset', () => {
  assert.deepEqual(portRange({}), { min: 0, max: 0 });
  assert.deepEqual(portRange({ PLUGIN_MIN_PORT: '10000', PLUGIN_MAX_PORT: '25000' }), { min: 10000, max: 25000 });
  assert.throws(() => portRange({ PLUGIN_MIN_PORT: '20000', PLUGIN_MAX_PORT: '10000' }), /above PLUGIN_MAX_PORT/);
  assert.throws(() => portRange({ PLUGIN_MIN_PORT: 'ten', PLUGIN_MAX_PORT: '20' }), /must be a port number/);
  assert.throws(() => portRange({ PLUGIN_MIN_PORT: '1', PLUGIN_MAX_PORT: '70000' }), /must be a port number/);
});

test('a host that does not offer protocol 2 is named', () => {
  assert.equal(protocolProblem({}), null);
  assert.equal(protocolProblem({ PLUGIN_PROTOCOL_VERSIONS: '1,2' }), null);
  assert.match(protocolProblem({ PLUGIN_PROTOCOL_VERSIONS: '1' }) ?? '', /host speaks plugin protocol 1/);
});
