import { ConfigWatcher } from './config/watch';
import { loadConfigFile } from './config/load';
import { KktError } from './errors';
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
  // Listen before collecting: a taken port must stop the start-up before any collector runs.
  const address = await listen(service, config.server.listen);
  service.start();

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

async function listen(service: Service, listenOn: string): Promise<string> {
  const [host, port] = splitHostPort(listenOn);
  try {
    return await service.http.listen({ host, port: Number(port) });
  } catch (error) {
    await service.stop();
    const reason =
      (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'the port is taken' : (error as Error).message;
    throw new KktError('LISTEN_FAILED', `server.listen ${listenOn}: ${reason}`, { cause: error });
  }
}

function splitHostPort(listen: string): [string, string] {
  const index = listen.lastIndexOf(':');
  return [listen.slice(0, index).replace(/^\[|\]$/g, ''), listen.slice(index + 1)];
}
