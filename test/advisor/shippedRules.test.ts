import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { parse } from 'yaml';

import { OUTPUT_FILES, renderOutputs } from '../../src/service/advisor/outputs/files';
import { payloadSchema, provisioningFileSchema } from '../../src/service/advisor/outputs/grafanaSchema';
import { defaultRules } from '../../src/service/advisor/pack';
import { DEFAULT_PACK_HEADER } from '../../src/service/cli/advise';
import { tempDir } from '../helpers/tmp';
import { checkSnippet, missing, runTool } from './tools';

const RULES = join(__dirname, '..', '..', 'rules');
const STEP_MS = 5 * 60_000;

test('the rules/ directory holds what the generator writes for the default pack now', () => {
  const expected = renderOutputs(defaultRules(), { intervalMs: STEP_MS, header: DEFAULT_PACK_HEADER });
  for (const [name, text] of Object.entries(expected)) {
    assert.equal(
      readFileSync(join(RULES, name), 'utf8'),
      text,
      `rules/${name} is stale: run kkt-monitor advise --out rules`
    );
  }
});

test('promtool accepts the shipped rules and passes their generated tests', { skip: missing('promtool') }, () => {
  for (const args of [
    ['check', 'rules', OUTPUT_FILES.rules],
    ['test', 'rules', OUTPUT_FILES.ruleTests],
  ]) {
    const result = runTool('promtool', args, RULES);
    assert.equal(result.status, 0, result.output);
  }
});

test('amtool accepts the shipped Alertmanager configuration and snippet', { skip: missing('amtool') }, (t) => {
  const result = runTool('amtool', ['check-config', join(RULES, OUTPUT_FILES.alertmanager)]);
  assert.equal(result.status, 0, result.output);

  const routed = runTool('amtool', [
    'config',
    'routes',
    'test',
    `--config.file=${join(RULES, OUTPUT_FILES.alertmanager)}`,
    'alertname=KktFnBlocked',
    'severity=critical',
  ]);
  assert.match(routed.output, /^kkt-oncall$/m);

  // The check writes the merged configuration beside the snippet, so it works on a copy.
  const copy = join(tempDir(t), 'snippet.yml');
  copyFileSync(join(RULES, OUTPUT_FILES.alertmanagerSnippet), copy);
  checkSnippet(copy);
});

test("the shipped Grafana rules match Grafana's documented provisioning fields", () => {
  const file = provisioningFileSchema.parse(parse(readFileSync(join(RULES, OUTPUT_FILES.grafana), 'utf8')));
  const payload = payloadSchema.parse(JSON.parse(readFileSync(join(RULES, OUTPUT_FILES.grafanaPayload), 'utf8')));

  assert.equal(file.groups.flatMap((g) => g.rules).length, defaultRules().length);
  assert.equal(payload.length, defaultRules().length);
  assert.ok(file.groups.every((g) => g.rules.every((r) => r.data[0].datasourceUid === '${KKT_PROMETHEUS_UID}')));
});
