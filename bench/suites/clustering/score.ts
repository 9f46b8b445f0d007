/**
 * Accuracy of a clustering against true groups, as the log parsing benchmarks define it: grouping
 * accuracy (GA, line level) and its group-level F1 (FGA). Rows with an empty true label are left out.
 */
export interface Score {
  /** Share of lines whose true group is exactly one predicted cluster. */
  ga: number;
  /** Harmonic mean of correct groups / predicted clusters and correct groups / true groups. */
  fga: number;
  trueGroups: number;
  predictedClusters: number;
  correctGroups: number;
}

export function score(truth: readonly string[], predicted: readonly string[]): Score {
  if (truth.length !== predicted.length) {
    throw new Error(`${truth.length} true labels but ${predicted.length} predictions`);
  }

  const kept = truth.map((_, i) => i).filter((i) => truth[i] !== '');
  const groups = groupRows(kept, truth);
  const sizes = countLabels(kept, predicted);

  let correctLines = 0;
  let correctGroups = 0;
  for (const rows of groups.values()) {
    const labels = new Set(rows.map((i) => predicted[i]));
    const [only] = labels;
    if (labels.size === 1 && sizes.get(only) === rows.length) {
      correctLines += rows.length;
      correctGroups += 1;
    }
  }

  return {
    ga: kept.length === 0 ? 0 : correctLines / kept.length,
    fga: f1(correctGroups / Math.max(sizes.size, 1), correctGroups / Math.max(groups.size, 1)),
    trueGroups: groups.size,
    predictedClusters: sizes.size,
    correctGroups,
  };
}

function groupRows(rows: readonly number[], labels: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const i of rows) {
    const group = groups.get(labels[i]);
    if (group) {
      group.push(i);
    } else {
      groups.set(labels[i], [i]);
    }
  }
  return groups;
}

function countLabels(rows: readonly number[], labels: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of rows) {
    counts.set(labels[i], (counts.get(labels[i]) ?? 0) + 1);
  }
  return counts;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
