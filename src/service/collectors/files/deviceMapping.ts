import { type FilesCollectorConfig } from './config';

/** The register a log file belongs to, and its store when the path names one. */
export interface FileDevice {
  id: string;
  store: string | null;
}

/** Maps a log file's path to the register that wrote it; null when the path does not say. */
export type DeviceMapper = (path: string) => FileDevice | null;

/**
 * Builds the mapper from devicePattern and device: the pattern's named groups fill the template's
 * {placeholders}; without a template the group "device" is the id; without a pattern the id is fixed.
 * A group named "store" names the register's store.
 */
export function deviceMapper(config: Pick<FilesCollectorConfig, 'device' | 'devicePattern'>): DeviceMapper {
  const template = config.device ?? '{device}';
  if (!config.devicePattern) {
    return () => ({ id: template, store: null });
  }

  const pattern = new RegExp(config.devicePattern);
  return (path) => {
    const groups = pattern.exec(normalisePath(path))?.groups;
    const id = groups ? fillTemplate(template, groups) : null;
    return id ? { id, store: groups?.store?.trim() || null } : null;
  };
}

function fillTemplate(template: string, groups: Record<string, string | undefined>): string | null {
  let missing = false;
  const id = template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const value = groups[name];
    missing ||= value === undefined || value === '';
    return value ?? '';
  });
  return missing || id.trim() === '' ? null : id.trim();
}

/** Paths are matched with forward slashes on every platform. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/');
}
