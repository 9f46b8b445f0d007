import { accuracy } from './clustering/accuracy';
import { kktSamples } from './clustering/kktReport';
import { speed } from './clustering/speed';

/**
 * Error clustering: zero-configuration accuracy on Loghub-2k beside the published parsers, the KKT samples
 * (one cluster per detected condition), and speed on a million lines beside tokenising alone.
 */
async function main(): Promise<void> {
  accuracy();
  kktSamples();
  await speed();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
