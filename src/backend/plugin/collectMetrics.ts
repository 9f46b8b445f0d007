import { countRequest } from '../metrics';
import { type Deps } from './deps';

/** Diagnostics.CollectMetrics: the backend's own metrics in the Prometheus text format. */
export async function collectMetrics(deps: Deps): Promise<{ metrics: { prometheus: Uint8Array } }> {
  countRequest(deps.metrics, 'CollectMetrics', true);
  const text = await deps.metrics.registry.metrics();
  return { metrics: { prometheus: Buffer.from(text) } };
}
