import fs from 'fs';
import path from 'path';

import { type AdvisorSuggestion, type ClusterView } from '../api/types';
import { items } from '../services/narrow';
import { narrowCluster, narrowSuggestion } from '../services/views';

/** Answers of the service API recorded by scripts/record-api-fixtures.ts. */
const DIR = path.join(__dirname, '..', '..', 'test', 'plugin', 'fixtures', 'api');

export function apiFixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), 'utf8'));
}

/** The recorded cluster list, narrowed as the plugin narrows it. */
export function recordedClusters(): ClusterView[] {
  return items(apiFixture('clusters'), narrowCluster);
}

/** The recorded answer for one cluster, with its sample lines and every register. */
export function recordedCluster(): ClusterView {
  return narrowCluster(apiFixture('cluster'));
}

export function recordedSuggestions(): AdvisorSuggestion[] {
  return items(apiFixture('advisor-suggestions'), narrowSuggestion);
}
