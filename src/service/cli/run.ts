import { ConfigError } from '../config/load';
import { isKktError } from '../errors';
import { runServer } from '../server';
import { type Command, parseOptions } from './command';

const DEFAULT_CONFIG = 'kkt-monitor.yaml';

export const runCommand: Command = {
  summary: 'run the service: collect, store, serve /metrics and the API',
  usage: 'kkt-monitor run [--config FILE]   (default: $KKT_MONITOR_CONFIG or ./kkt-monitor.yaml)',
  async run(args) {
    const { values } = parseOptions(args, { config: { type: 'string', short: 'c' } });
    const file = values.config ?? process.env.KKT_MONITOR_CONFIG ?? DEFAULT_CONFIG;

    let server;
    try {
      server = await runServer(file);
    } catch (error) {
      if (error instanceof ConfigError) {
        process.stderr.write(`${file}: ${error.problems.length} problem(s)\n  ${error.problems.join('\n  ')}\n`);
        return 1;
      }
      if (isKktError(error)) {
        process.stderr.write(`kkt-monitor: ${error.message}\n`);
        return 1;
      }
      throw error;
    }

    process.stdout.write(
      `kkt-monitor ${server.service.ctx.version} is running\n` +
        `  metrics: ${server.address}/metrics\n` +
        `  API:     ${server.address}/api/v1/devices, ${server.address}/api/v1/errors\n` +
        `  store:   ${server.service.ctx.config.storage.path}\n`
    );

    await untilStopped(() => server.close());
    return 0;
  },
};

/**
 * Resolves once a SIGINT or SIGTERM has stopped the service. A second signal while it stops (Ctrl-C in
 * a terminal reaches a launcher and the service alike) must not cut the shutdown short.
 */
function untilStopped(close: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = () => {
      if (!stopping) {
        stopping = true;
        void close().then(resolve);
      }
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
