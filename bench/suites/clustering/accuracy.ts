import { type RawLine } from '../../../src/service/parsers/types';
import { OfflineClustering } from '../../../src/service/clustering/offline';
import { printTable, type Row } from '../../harness';
import { type Dataset, loadDatasets } from './loghub';
import { PUBLISHED_AVERAGE, PUBLISHED_GA, PUBLISHED_LOGHUB2_DRAIN } from './published';
import { score } from './score';

/**
 * Each message's cluster id through the engine `kkt-monitor cluster --raw` uses, without detection, with
 * no setting at all.
 */
export function clusterMessages(messages: readonly string[]): string[] {
  const run = new OfflineClustering();
  const lines: RawLine[] = messages.map((text, i) => ({ text, offset: i, endOffset: i + 1 }));
  run.file('loghub', lines, { kind: 'raw' });
  return run.finish();
}

/** Zero-configuration grouping accuracy on every Loghub dataset present, beside the published figures. */
export function accuracy(): void {
  const datasets = loadDatasets();
  if (datasets.length === 0) {
    process.stdout.write('\nLoghub-2k: not found beside the repository, accuracy skipped.\n');
    return;
  }
  const rows = datasets.map(measure);

  const mean = (key: string) => {
    const values = rows.map((r) => r[key]).filter((v): v is number => typeof v === 'number');
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
  };
  rows.push({
    dataset: `average (${datasets.length})`,
    GA: mean('GA'),
    'Drain GA': mean('Drain GA'),
    'Brain GA': mean('Brain GA'),
    'GA (2.0)': mean('GA (2.0)'),
    'FGA (2.0)': mean('FGA (2.0)'),
    'Drain FGA (2.0)': mean('Drain FGA (2.0)'),
    clusters: '',
    groups: '',
    ms: mean('ms'),
  });

  printTable(
    'Grouping accuracy on Loghub-2k, zero configuration (GA on the 2019 labels; GA and FGA on the Loghub-2.0 labels)',
    rows
  );
  process.stdout.write(
    `\nPublished averages over all 16 datasets, tuned per dataset: Drain ${PUBLISHED_AVERAGE.drain}, Brain ${PUBLISHED_AVERAGE.brain}.\n`
  );
}

function measure(dataset: Dataset): Row {
  const started = performance.now();
  const ids = clusterMessages(dataset.messages);
  const ms = performance.now() - started;

  const original = score(dataset.labels, ids);
  const corrected = dataset.labels2 ? score(dataset.labels2, ids) : null;
  const published = PUBLISHED_GA[dataset.name];
  const drain2 = PUBLISHED_LOGHUB2_DRAIN[dataset.name];
  return {
    dataset: dataset.name,
    GA: original.ga,
    'Drain GA': published.drain,
    'Brain GA': published.brain,
    'GA (2.0)': corrected?.ga ?? '-',
    'FGA (2.0)': corrected?.fga ?? '-',
    'Drain FGA (2.0)': corrected && drain2 ? drain2.fga : '-',
    clusters: original.predictedClusters,
    groups: original.trueGroups,
    ms,
  };
}
