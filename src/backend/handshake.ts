/** The plugin host's constants, the same for every Grafana plugin type. */
export const MAGIC_COOKIE_KEY = 'grafana_plugin_type';
export const MAGIC_COOKIE_VALUE = 'datasource';
export const CORE_PROTOCOL_VERSION = 1;
export const APP_PROTOCOL_VERSION = 2;

/** Why this process was not started by Grafana, or null when it was. */
export function cookieProblem(env: NodeJS.ProcessEnv): string | null {
  if (env[MAGIC_COOKIE_KEY] === MAGIC_COOKIE_VALUE) {
    return null;
  }
  return [
    'This program is the backend of the KKT Monitor datasource for Grafana; Grafana starts it.',
    `It does not run on its own (${MAGIC_COOKIE_KEY}=${MAGIC_COOKIE_VALUE} is not set in its environment).`,
  ].join('\n');
}

/** When the host lists the protocol versions it speaks and ours is not among them, the reason. */
export function protocolProblem(env: NodeJS.ProcessEnv): string | null {
  const offered = env.PLUGIN_PROTOCOL_VERSIONS?.split(',').map((v) => v.trim());
  if (!offered || offered.includes(String(APP_PROTOCOL_VERSION))) {
    return null;
  }
  return `the host speaks plugin protocol ${offered.join(', ')} and this backend speaks ${APP_PROTOCOL_VERSION}`;
}

/** Ports to try, lowest first: PLUGIN_MIN_PORT..PLUGIN_MAX_PORT, or [0, 0] (any free port) when unset. */
export function portRange(env: NodeJS.ProcessEnv): { min: number; max: number } {
  const min = port(env, 'PLUGIN_MIN_PORT');
  const max = port(env, 'PLUGIN_MAX_PORT');
  if (min > max) {
    throw new Error(`PLUGIN_MIN_PORT ${min} is above PLUGIN_MAX_PORT ${max}`);
  }
  return { min, max };
}

function port(env: NodeJS.ProcessEnv, name: string): number {
  const text = env[name]?.trim();
  if (!text) {
    return 0;
  }
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 65_535) {
    throw new Error(`${name} must be a port number, got "${text}"`);
  }
  return value;
}

/** The first and only line on stdout: core version, protocol version, network, address, protocol. */
export function handshakeLine(port: number): string {
  return `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}|tcp|127.0.0.1:${port}|grpc`;
}
