import { type StdoutGuard } from './guard';
import { cookieProblem, handshakeLine, portRange, protocolProblem } from './handshake';
import { createLogger, levelFromEnv, type Logger } from './logger';
import { createMetrics } from './metrics';
import { callResource } from './plugin/callResource';
import { checkHealth } from './plugin/checkHealth';
import { collectMetrics } from './plugin/collectMetrics';
import { type Deps } from './plugin/deps';
import { queryData } from './plugin/queryData';
import { loadProtocol } from './proto/load';
import { type PluginHandlers, type RunningServer, startServer } from './rpc/server';
import { VERSION } from './version';

/** Time the running calls get to finish when the host stops the backend; the host kills it after 2 s. */
const STOP_GRACE_MS = 500;

/**
 * The backend process: refuses to run outside Grafana, serves the plugin protocol on loopback, prints
 * the handshake, and exits when the host's controller says Shutdown or on SIGTERM or SIGINT.
 */
export async function main(guard: StdoutGuard): Promise<void> {
  const refusal = cookieProblem(process.env);
  if (refusal) {
    process.stderr.write(`${refusal}\n`);
    process.exit(1);
  }

  const logger = createLogger(levelFromEnv(process.env));
  watchCrashes(logger);
  try {
    const mismatch = protocolProblem(process.env);
    if (mismatch) {
      logger.warn({ offered: process.env.PLUGIN_PROTOCOL_VERSIONS }, mismatch);
    }

    const lifecycle = stopOnSignals(logger);
    const server = await startServer({
      root: loadProtocol(),
      handlers: handlers({ logger, metrics: createMetrics(VERSION) }),
      ports: portRange(process.env),
      logger,
      onShutdown: () => lifecycle.stop('the plugin host asked'),
    });
    lifecycle.serving(server);

    guard.writeHandshake(handshakeLine(server.port));
    const address = `127.0.0.1:${server.port}`;
    logger.info({ address, version: VERSION, pid: process.pid }, 'datasource backend serving');
  } catch (error) {
    guard.fail('the datasource backend could not start', error);
  }
}

/**
 * Stops once, whatever asks first. Signals are handled from before the handshake, since the host may
 * stop the backend the moment it reads it. Known limit: a host that dies without stopping the backend
 * (SIGKILL) leaves it running; nothing here watches the parent.
 */
function stopOnSignals(logger: Logger) {
  let server: RunningServer | null = null;
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info({ reason }, 'datasource backend stopping');
    void (server?.stop(STOP_GRACE_MS) ?? Promise.resolve()).then(() => process.exit(0));
  };

  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  return { stop, serving: (running: RunningServer) => (server = running) };
}

function handlers(deps: Deps): PluginHandlers {
  return {
    checkHealth: (request, signal) => checkHealth(deps, request, signal),
    collectMetrics: () => collectMetrics(deps),
    queryData: (request, signal) => queryData(deps, request, signal),
    callResource: (request, signal) => callResource(deps, request, signal),
  };
}

function watchCrashes(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  process.on('uncaughtException', (error) => {
    logger.error({ err: error }, 'uncaught exception; exiting');
    process.exit(1);
  });
}
