import { createHash } from 'node:crypto';
import { type FSWatcher, readFileSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';

import { type Logger } from '../logger';
import { ConfigError, loadConfigFile } from './load';
import { type Config } from './schema';

export interface ReloadOutcome {
  ok: boolean;
  problems: string[];
}

/**
 * Reloads the configuration on SIGHUP and when the file changes. A new configuration that fails to load
 * is reported and ignored: the service keeps running on the old one.
 */
export class ConfigWatcher {
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastHash: string;
  private readonly onSignal = () => void this.reload('signal');

  constructor(
    private readonly file: string,
    private readonly logger: Logger,
    private readonly apply: (config: Config) => Promise<void>,
    private readonly report: (outcome: ReloadOutcome) => void = () => {}
  ) {
    this.lastHash = hashOf(file);
  }

  start(): void {
    process.on('SIGHUP', this.onSignal);
    // The directory, not the file: editors and ConfigMap updates replace the file, which ends a file watch.
    this.watcher = watch(dirname(this.file), (_event, name) => {
      if (name === null || name === basename(this.file) || name === '..data') {
        this.debounce();
      }
    });
    this.watcher.on('error', (error) =>
      this.logger.warn({ err: error }, 'configuration watch failed; SIGHUP still reloads')
    );
  }

  stop(): void {
    process.off('SIGHUP', this.onSignal);
    this.watcher?.close();
    if (this.timer) {
      clearTimeout(this.timer);
    }
  }

  /** Loads the file again; applies it when valid, keeps the running configuration when not. */
  async reload(trigger: 'signal' | 'change'): Promise<ReloadOutcome> {
    const hash = hashOf(this.file);
    if (trigger === 'change' && hash === this.lastHash) {
      return { ok: true, problems: [] };
    }

    let config: Config;
    try {
      config = loadConfigFile(this.file);
    } catch (error) {
      const problems = error instanceof ConfigError ? error.problems : [(error as Error).message];
      this.logger.error(
        { file: this.file, problems },
        'configuration reload failed; keeping the running configuration'
      );
      const outcome = { ok: false, problems };
      this.report(outcome);
      return outcome;
    }

    this.lastHash = hash;
    await this.apply(config);
    this.logger.info({ file: this.file, trigger }, 'configuration reloaded');
    const outcome = { ok: true, problems: [] };
    this.report(outcome);
    return outcome;
  }

  private debounce(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => void this.reload('change'), 250);
  }
}

function hashOf(file: string): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return '';
  }
}
