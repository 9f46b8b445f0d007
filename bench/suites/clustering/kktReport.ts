import { printTable } from '../../harness';
import { clusterKktSamples } from './kkt';

/** The KKT samples: each detected condition should be one cluster, and no cluster should hold two. */
export function kktSamples(): void {
  const result = clusterKktSamples();
  if (!result) {
    process.stdout.write('\nKKT samples: not found beside the repository, skipped.\n');
    return;
  }

  const rows = [...result.byCondition].map(([condition, clusters]) => ({
    condition,
    clusters: clusters.size,
    'conditions in its cluster': Math.max(...[...clusters].map((id) => result.byCluster.get(id)?.size ?? 0)),
  }));
  printTable(
    `KKT samples: ${result.records} records, ${result.engine.clusters.size} clusters; coded conditions and their clusters`,
    rows
  );
}
