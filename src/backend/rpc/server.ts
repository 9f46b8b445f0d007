import { format } from 'node:util';

import { type handleUnaryCall, Server, ServerCredentials, setLogger, status } from '@grpc/grpc-js';
import { type Root } from 'protobufjs';

import { type Logger } from '../logger';
import { type Handler, singleMessageStream, unary } from './calls';
import { serviceDefinition, SERVICES } from './definitions';

/** The plugin services' handlers, free of gRPC. */
export interface PluginHandlers {
  checkHealth: Handler<unknown>;
  collectMetrics: Handler<unknown>;
  queryData: Handler<unknown>;
  callResource: Handler<unknown>;
}

export interface RunningServer {
  port: number;
  /** Stops taking calls, lets running ones finish for up to graceMs, then closes every connection. */
  stop(graceMs?: number): Promise<void>;
}

/** The name the plugin host asks the health service about. */
export const HEALTH_SERVICE = 'plugin';

/**
 * Serves the plugin services, health ("plugin" is SERVING) and the host's controller (Shutdown calls
 * onShutdown) on 127.0.0.1, on the first free port of the range.
 */
export async function startServer(options: {
  root: Root;
  handlers: PluginHandlers;
  ports: { min: number; max: number };
  logger: Logger;
  onShutdown: () => void;
}): Promise<RunningServer> {
  const { root, handlers } = options;
  // grpc-js reports to console by default; a busy port while scanning the range is expected, hence debug.
  const log = (...args: unknown[]) => options.logger.debug({ detail: format(...args) }, 'grpc');
  setLogger({ error: log, info: log, debug: log });
  const server = new Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024 });

  server.addService(serviceDefinition(root, SERVICES.health), { Check: healthCheck });
  server.addService(serviceDefinition(root, SERVICES.controller), {
    Shutdown: shutdownCall(options.logger, options.onShutdown),
  });
  server.addService(serviceDefinition(root, SERVICES.diagnostics), {
    CheckHealth: unary(handlers.checkHealth),
    CollectMetrics: unary(handlers.collectMetrics),
  });
  server.addService(serviceDefinition(root, SERVICES.data), { QueryData: unary(handlers.queryData) });
  server.addService(serviceDefinition(root, SERVICES.resource), {
    CallResource: singleMessageStream(handlers.callResource),
  });

  const port = await bindInRange(server, options.ports);
  return { port, stop: (graceMs = 500) => stopServer(server, graceMs) };
}

const healthCheck: handleUnaryCall<unknown, unknown> = (call, callback) => {
  const service =
    typeof call.request === 'object' && call.request !== null && 'service' in call.request ? call.request.service : '';
  if (service === '' || service === HEALTH_SERVICE) {
    callback(null, { status: 'SERVING' });
    return;
  }
  callback({ code: status.NOT_FOUND, details: `unknown service "${String(service)}"` });
};

function shutdownCall(logger: Logger, onShutdown: () => void): handleUnaryCall<unknown, unknown> {
  return (_call, callback) => {
    logger.debug('the plugin host asked the backend to shut down');
    callback(null, {});
    // After the answer is on its way.
    setImmediate(onShutdown);
  };
}

async function bindInRange(server: Server, range: { min: number; max: number }): Promise<number> {
  let lastError: Error | null = null;
  for (let port = range.min; port <= range.max; port++) {
    try {
      return await bind(server, port);
    } catch (error) {
      lastError = error instanceof Error ? error : new Error(String(error));
    }
  }
  throw new Error(`no free port on 127.0.0.1 from ${range.min} to ${range.max}: ${lastError?.message}`);
}

function bind(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(`127.0.0.1:${port}`, ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound)
    );
  });
}

function stopServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, graceMs);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
}
