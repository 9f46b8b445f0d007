import assert from 'node:assert/strict';
import { test } from 'node:test';

import { parseConfig } from '../../src/service/config/load';
import { startOfdSimulators } from '../../src/simulators/ofd/index';
import { SIMULATOR_CREDENTIALS as C } from '../../src/simulators/ofd/operator';
import { testService } from '../helpers/service';
import { tempDir } from '../helpers/tmp';

test('an account a reload removes leaves its registers unknown, not up, and takes its gauges along', async (t) => {
  const sims = await startOfdSimulators({ size: 24, seed: 7, operators: ['platforma', 'atolonline'] });
  t.after(() => sims.close());
  const platforma = (name: string) =>
    `{ name: ${name}, operator: platforma, baseUrl: '${sims.get('platforma').baseUrl}', token: ${C.token} }`;
  const atol = `{ name: atol, operator: atolonline, baseUrl: '${sims.get('atolonline').baseUrl}', login: ${C.login}, password: ${C.password} }`;
  const accounts = (entries: string[]) => `collectors:\n  ofd:\n${entries.map((e) => `    - ${e}`).join('\n')}\n`;
  // plat-b polls the same registers as plat-a, which stays: those registers are still reported on.
  const service = testService(t, accounts([platforma('plat-a'), platforma('plat-b'), atol]));

  const [atolHealthy, atolBacklog] = sims.get('atolonline').registers;
  const platformaRegister = sims.get('platforma').registers[0];
  await until(() => service.ctx.fleet.get(atolBacklog.regNumber)?.up === true);
  await until(() => service.ctx.fleet.get(platformaRegister.regNumber)?.up === true);
  assert.equal((await stats(service)).backlogNearBlock, 1, 'the ATOL Online backlog counts while it is polled');

  const dir = tempDir(t);
  await service.reload(
    parseConfig(`storage:\n  path: ${dir}/kkt.db\n${accounts([platforma('plat-a')])}`, 'new.yaml', {})
  );

  const metrics = (await service.http.inject('/metrics')).body;
  for (const register of [atolHealthy, atolBacklog]) {
    assert.doesNotMatch(metrics, new RegExp(`kkt_device_up\\{device_id="${register.regNumber}"`), 'no longer known');
    assert.doesNotMatch(metrics, new RegExp(`kkt_ofd_unsent_documents\\{device_id="${register.regNumber}"`));
    assert.equal(service.ctx.fleet.get(register.regNumber)?.up, null);
  }
  assert.match(
    metrics,
    new RegExp(`kkt_device_up\\{device_id="${platformaRegister.regNumber}".*\\} 1`),
    'plat-a reports it'
  );
  assert.match(metrics, /kkt_ofd_circuit_breaker_state\{operator="platforma",account="plat-a"\} 0/);
  assert.doesNotMatch(metrics, /kkt_ofd_circuit_breaker_state\{[^}]*account="(plat-b|atol)"/);
  assert.equal((await stats(service)).backlogNearBlock, 0, 'a backlog nobody polls any more is not counted');
});

async function stats(service: ReturnType<typeof testService>) {
  return (await service.http.inject('/api/v1/fleet/stats')).json() as { backlogNearBlock: number };
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.ok(condition(), 'the first poll ended in time');
}
