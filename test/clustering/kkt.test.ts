import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';

import { clusterKktSamples, KKT_SAMPLES_DIR } from '../../bench/suites/clustering/kkt';

const skip = existsSync(KKT_SAMPLES_DIR) ? false : 'the shared samples are not beside the repository';

test('in the KKT sample logs every detected condition is one cluster and no cluster mixes two', { skip }, () => {
  const result = clusterKktSamples();
  assert.ok(result);

  assert.ok(result.byCondition.size >= 3, `conditions found: ${[...result.byCondition.keys()].join(', ')}`);
  for (const [condition, clusters] of result.byCondition) {
    assert.equal(clusters.size, 1, `${condition} is in ${clusters.size} clusters`);
  }
  for (const [cluster, conditions] of result.byCluster) {
    assert.equal(conditions.size, 1, `cluster ${cluster} holds ${[...conditions].join(', ')}`);
  }
});

test('the sample logs cluster into far fewer clusters than they have records', { skip }, () => {
  const result = clusterKktSamples();
  assert.ok(result);

  assert.ok(result.engine.clusters.size < result.records * 0.7, `${result.engine.clusters.size} of ${result.records}`);
});
