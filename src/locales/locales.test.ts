import fs from 'fs';
import path from 'path';

import english from './en-US/kkt-monitor-app.json';
import russian from './ru-RU/kkt-monitor-app.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') {
      out.set(prefix + key, value);
    } else {
      flatten(value, `${prefix}${key}.`).forEach((v, k) => out.set(k, v));
    }
  }
  return out;
}

const SRC = path.join(__dirname, '..');
/** Folders of the Grafana plugin's frontend; the service and the backend have no user interface. */
const FRONTEND = ['module.tsx', 'components', 'pages', 'datasource', 'panels', 'services'];

function sourceFiles(entry: string): string[] {
  const full = path.join(SRC, entry);
  if (!fs.existsSync(full)) {
    return [];
  }
  if (!fs.statSync(full).isDirectory()) {
    return [full];
  }
  return fs.readdirSync(full).flatMap((name) => sourceFiles(path.join(entry, name)));
}

/** Keys and English defaults used in the code: t('key', 'default') and <Trans i18nKey="key">default</Trans>. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const tCall = /\bt\(\s*(['"])([^'"]+)\1\s*,\s*(['"])((?:\\.|(?!\3).)*)\3/gs;
  const trans = /<Trans\s+i18nKey=(['"])([^'"]+)\1[^>]*>(.*?)<\/Trans>/gs;
  const files = FRONTEND.flatMap(sourceFiles).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(tCall)) {
      used.set(m[2], m[4].replace(/\\'/g, "'"));
    }
    for (const m of text.matchAll(trans)) {
      used.set(m[2], m[3].split(/\s+/).join(' ').trim());
    }
  }
  return used;
}

const en = flatten(english);
const ru = flatten(russian);

describe('locales', () => {
  it('have the same keys in English and Russian', () => {
    expect([...ru.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('have no empty value, and every Russian text is in Russian', () => {
    for (const [key, value] of [...en, ...ru]) {
      expect(`${key}: ${value.trim()}`).not.toMatch(/: $/);
    }
    for (const [key, value] of ru) {
      expect(`${key}: ${value}`).toMatch(/[а-яё]/i);
    }
  });

  it('hold every key the code uses, with the code’s English default', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(50);
    for (const [key, text] of used) {
      expect({ key, text: en.get(key) }).toEqual({ key, text });
    }
  });

  it('hold no key the code no longer uses', () => {
    const used = usedKeys();
    expect([...en.keys()].filter((key) => !used.has(key))).toEqual([]);
  });
});
