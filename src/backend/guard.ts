/** What the rest of the process may do with stdout once the guard is in. */
export interface StdoutGuard {
  /** Writes the go-plugin handshake line: the only bytes this process ever puts on stdout. */
  writeHandshake(line: string): void;
  /** Reports a start-up failure as an hclog line and exits non-zero. */
  fail(message: string, error?: unknown): never;
}

/**
 * Takes stdout away from everything but the handshake. The plugin host reads the first stdout line as
 * the handshake, so any earlier write (a dependency's console.log) would stop the plugin from starting;
 * from here on, writes to process.stdout go to stderr as warnings instead.
 */
export function installStdoutGuard(): StdoutGuard {
  const stdout = process.stdout;
  const realWrite = stdout.write.bind(stdout);
  let handshakeWritten = false;

  stdout.write = (chunk: Uint8Array | string, ...rest: unknown[]): boolean => {
    const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return process.stderr.write(hclogLine('warn', 'output on stdout redirected to stderr', { text }), callback);
  };

  return {
    writeHandshake(line) {
      if (handshakeWritten) {
        throw new Error('the handshake is written once');
      }
      handshakeWritten = true;
      realWrite(`${line}\n`);
    },
    fail(message, error) {
      const detail = error instanceof Error ? { error: error.message } : {};
      process.stderr.write(hclogLine('error', message, detail));
      process.exit(1);
    },
  };
}

/** One hclog JSON line; the logger module writes the same shape. */
export function hclogLine(level: string, message: string, fields: Record<string, unknown> = {}): string {
  const timestamp = new Date().toISOString().replace(/Z$/, '000Z');
  return `${JSON.stringify({ '@level': level, '@message': message, '@timestamp': timestamp, ...fields })}\n`;
}
