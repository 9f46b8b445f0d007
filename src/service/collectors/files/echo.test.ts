import assert from 'node:assert/strict';
import { test } from 'node:test';

import { type ErrorEvent } from '../../domain/errorEvent';
import { EchoFilter } from './echo';

function event(time: number, message: string, condition = 'shtrih:107'): ErrorEvent {
  return {
    deviceId: 'kkt',
    time,
    timeSource: 'log',
    family: 'shtrih',
    code: '107',
    condition,
    severity: 'warning',
    title: 'paper out',
    message,
    source: { kind: 'file', path: 'fr_drv.log', fileId: 'f', offset: time },
  };
}

const CODED = 'command FF46 return code: 107 execution took 31ms';

test('a failure written as its code and then its wording is one failure', () => {
  const echoes = new EchoFilter();

  assert.equal(echoes.isEcho(event(29, CODED)), false);
  assert.equal(echoes.isEcho(event(34, 'No receipt paper')), true);
});

test('a repeat in the same words, a third line, another condition or a later line are failures of their own', () => {
  const echoes = new EchoFilter();
  const kept = [
    event(0, CODED),
    event(200, 'command FF46 return code: 107 execution took 29ms'),
    event(210, 'No receipt paper'),
    event(220, 'Paper out again, in other words'),
    event(230, 'Command is not supported in this mode', 'shtrih:115'),
    event(5000, 'No receipt paper'),
  ].filter((e) => !echoes.isEcho(e));

  assert.deepEqual(
    kept.map((e) => e.time),
    [0, 200, 220, 230, 5000]
  );
});
