import { ConfigWatcher } from './config/watch';
import { loadConfigFile } from './config/load';
import { createLogger, type Logger } from './logger';
import { Service } from './service';

export interface RunningServer {
  service: Service;
  address: string;
  close(): Promise<void>;
}

/** Starts the service as a process: listens, reloads on SIGHUP or file change, stops on SIGTERM. */
export async function runServer(configFile: string, logger?: Logger): Promise<RunningServer> {
  const config = loadConfigFile(configFile);
  const log = logger ?? createLogger({ level: config.logging.level });
  const service = new Service(config, log);
  service.start();

  const [host, port] = splitHostPort(config.server.listen);
  const address = await service.http.listen({ host, port: Number(port) });

  const watcher = new ConfigWatcher(
    configFile,
    log,
    (next) => service.reload(next),
    (outcome) => {
      service.ctx.metrics.configReloadSuccess.set(outcome.ok ? 1 : 0);
      if (outcome.ok) {
        service.ctx.metrics.configReloadTime.set(Date.now() / 1000);
      }
    }
  );
  watcher.start();
  service.ctx.metrics.configReloadSuccess.set(1);
  service.ctx.metrics.configReloadTime.set(Date.now() / 1000);

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      watcher.stop();
      await service.stop();
      log.info('service stopped');
    })();
    return closing;
  };

  log.info({ address, metrics: `${address}/metrics`, api: `${address}/api/v1` }, 'listening');
  return { service, address, close };
}

function splitHostPort(listen: string): [string, string] {
  const index = listen.lastIndexOf(':');
  return [listen.slice(0, index).replace(/^\[|\]$/g, ''), listen.slice(index + 1)];
}
