import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { parseAllDocuments } from 'yaml';

import { parseConfig } from '../../src/service/config/load';

const DIR = join(__dirname, '..', '..', 'deploy', 'kubernetes');

interface Manifest {
  file: string;
  object: { apiVersion: string; kind: string; metadata: { name: string }; [key: string]: unknown };
}

function manifests(): Manifest[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
    .flatMap((file) =>
      parseAllDocuments(readFileSync(join(DIR, file), 'utf8')).map((doc) => ({ file, object: doc.toJS() }))
    );
}

/** The model class for an object, from the schemas of the kubernetes-models package. */
async function modelFor(apiVersion: string, kind: string) {
  const module = apiVersion === 'v1' ? 'kubernetes-models/v1' : `kubernetes-models/${apiVersion}`;
  const models = (await import(module)) as Record<string, new (data: unknown) => { validate(): void }>;
  const Model = models[kind];
  assert.ok(Model, `no model for ${apiVersion} ${kind}`);
  return Model;
}

test('every manifest validates against the Kubernetes schemas', async () => {
  const all = manifests();
  assert.ok(all.length >= 5);
  for (const { file, object } of all) {
    const Model = await modelFor(object.apiVersion, object.kind);
    assert.doesNotThrow(() => new Model(object).validate(), `${file}: ${object.kind} ${object.metadata.name}`);
  }
});

test('the kustomization lists every manifest but the example secret', () => {
  const kustomization = parseAllDocuments(readFileSync(join(DIR, 'kustomization.yaml'), 'utf8'))[0].toJS();
  const files = readdirSync(DIR).filter(
    (f) => f.endsWith('.yaml') && !['kustomization.yaml', 'secret.example.yaml'].includes(f)
  );
  assert.deepEqual([...kustomization.resources].sort(), files.sort());
});

test('the shard count equals the replicas, and every shard index gives a valid configuration', () => {
  const all = manifests().map((m) => m.object) as Array<Record<string, any>>;
  const statefulSet = all.find((o) => o.kind === 'StatefulSet');
  const configMap = all.find((o) => o.kind === 'ConfigMap');
  const container = statefulSet?.spec.template.spec.containers[0];
  const count = container.env.find((e: { name: string }) => e.name === 'KKT_SHARD_COUNT').value;

  assert.equal(Number(count), statefulSet?.spec.replicas);
  const secrets = all.find((o) => o.kind === 'Secret')?.stringData as Record<string, string>;
  for (let index = 0; index < Number(count); index++) {
    const config = parseConfig(configMap?.data['kkt-monitor.yaml'], 'configmap', {
      ...secrets,
      KKT_SHARD_COUNT: count,
      KKT_SHARD_INDEX: String(index),
    });
    assert.deepEqual(config.shard, { count: Number(count), index });
  }
});

test('the probes point at the service health routes', () => {
  const statefulSet = manifests().find((m) => m.object.kind === 'StatefulSet')?.object as Record<string, any>;
  const container = statefulSet.spec.template.spec.containers[0];
  assert.equal(container.readinessProbe.httpGet.path, '/readyz');
  assert.equal(container.livenessProbe.httpGet.path, '/healthz');
});
