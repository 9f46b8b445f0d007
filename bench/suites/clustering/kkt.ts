import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ClusterEngine } from '../../../src/service/clustering/engine';
import { recordEvent } from '../../../src/service/clustering/offline';
import { detect } from '../../../src/service/detect';
import { parseText } from '../../../src/service/parsers/parseText';
import { type LogFormat, type ParserOptions } from '../../../src/service/parsers/types';

/** The shared KKT driver log samples, read in place. */
export const KKT_SAMPLES_DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'samples', 'logs');

/** Each sample log with the format it is written in (the fragments file quotes messages only; it is left out). */
export const KKT_SAMPLES: ReadonlyArray<{ file: string; format: LogFormat; options?: ParserOptions }> = [
  { file: 'atol_fptr10.log', format: 'atol' },
  { file: 'kkmserver_error_report.txt', format: 'kkmserver' },
  { file: 'shtrih_drvfr_windows.log', format: 'drvfr' },
  { file: 'shtrih_fr_drv_ng.log', format: 'frdrvng' },
  { file: 'shtrih_fr_drv_ng_android_logcat.log', format: 'frdrvng', options: { defaultYear: 2018 } },
  { file: 'shtrih_fr_drv_ng_console_no_timestamp.log', format: 'frdrvng' },
  { file: 'shtrih_javapos_android_logcat.log', format: 'javapos' },
  { file: 'shtrih_javapos_logback.log', format: 'javapos' },
];

export interface KktClustering {
  records: number;
  /** Clusters each detected condition's records landed in; one each when clustering is right. */
  byCondition: Map<string, Set<string>>;
  /** Conditions found in each cluster that holds coded records. */
  byCluster: Map<string, Set<string>>;
  engine: ClusterEngine;
}

/** Every sample through its parser, detection and one engine, as the service would take them. */
export function clusterKktSamples(dir = KKT_SAMPLES_DIR): KktClustering | null {
  if (!existsSync(dir)) {
    return null;
  }
  const engine = new ClusterEngine({ maxTemplates: 5000, noveltyWindow: 86_400_000 });
  const result: KktClustering = { records: 0, byCondition: new Map(), byCluster: new Map(), engine };
  const clusterOfRecord: Array<{ cluster: string; condition: string | null }> = [];

  for (const sample of KKT_SAMPLES) {
    const { records } = parseText(readFileSync(join(dir, sample.file), 'utf8'), sample.format, sample.options);
    for (const record of records) {
      const found = detect(record, sample.format);
      const cluster = engine.add(recordEvent(record, found, sample.file)).id;
      clusterOfRecord.push({ cluster, condition: found && found.code !== null ? found.condition : null });
    }
    result.records += records.length;
  }

  engine.merge();
  for (const { cluster, condition } of clusterOfRecord) {
    if (condition !== null) {
      const id = engine.clusters.resolve(cluster);
      setOf(result.byCondition, condition).add(id);
      setOf(result.byCluster, id).add(condition);
    }
  }
  return result;
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}
