/** A ${VAR} the environment lacks, with where in the file it was. */
export interface MissingVariable {
  path: Array<string | number>;
  name: string;
}

const REFERENCE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * Expands ${VAR} and ${VAR:-default} in every string of a parsed YAML tree. Expanding after parsing
 * keeps a password with ": " or "#" in it from changing the YAML structure. "$$" writes a literal "$".
 */
export function expandEnvironment(
  value: unknown,
  env: NodeJS.ProcessEnv,
  missing: MissingVariable[] = [],
  path: Array<string | number> = []
): unknown {
  if (typeof value === 'string') {
    return value.replace(REFERENCE, (match, name: string | undefined, fallback: string | undefined) => {
      if (match === '$$') {
        return '$';
      }
      const found = env[name as string];
      if (found !== undefined && found !== '') {
        return found;
      }
      if (fallback !== undefined) {
        return fallback;
      }
      missing.push({ path, name: name as string });
      return '';
    });
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => expandEnvironment(item, env, missing, [...path, index]));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, expandEnvironment(item, env, missing, [...path, key])])
    );
  }
  return value;
}
