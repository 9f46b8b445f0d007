import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

import { ROOT } from '../manifest';

/** Grafana's icons, which @grafana/ui loads from public/build/img/icons. */
const ICONS = join(ROOT, 'node_modules', '@grafana', 'ui', 'dist', 'public', 'img', 'icons');
const FIXTURES = join(ROOT, 'test', 'plugin', 'fixtures', 'api');

/** The file a request path maps to, or null outside the folders the harness serves. */
function fileFor(path: string, bundle: string): string | null {
  if (path === '/harness.js') {
    return bundle;
  }
  const folders: Array<[string, string]> = [
    ['/public/build/img/icons/', ICONS],
    ['/fixtures/', FIXTURES],
  ];
  for (const [prefix, folder] of folders) {
    const file = join(folder, normalize(path.slice(prefix.length)));
    if (path.startsWith(prefix) && file.startsWith(folder)) {
      return file;
    }
  }
  return null;
}

const TYPES: Record<string, string> = { svg: 'image/svg+xml', json: 'application/json', js: 'text/javascript' };

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>KKT Monitor harness</title>
<script>
  const lang = new URLSearchParams(location.search).get('lang') === 'ru' ? 'ru-RU' : 'en-US';
  window.grafanaBootData = { settings: {}, user: { orgId: 1, language: lang, timezone: 'utc' }, navTree: [] };
</script></head>
<body><div id="root"></div><script src="/harness.js"></script></body></html>`;

export interface HarnessServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the harness page, its bundle, the recorded fixtures and Grafana's icons on a free loopback port. */
export async function serveHarness(bundle: string): Promise<HarnessServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    const file = fileFor(path, bundle);
    if (!file || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
