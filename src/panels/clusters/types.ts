import { type ClusterSort } from '../../components/clusters/sortClusters';

export interface ClustersPanelOptions {
  /** How many clusters the panel lists. */
  topN: number;
  sortBy: ClusterSort;
  /** Whether a row opens to the pattern's sample lines. */
  showSamples: boolean;
}

export const DEFAULT_OPTIONS: ClustersPanelOptions = { topN: 10, sortBy: 'count', showSamples: true };
