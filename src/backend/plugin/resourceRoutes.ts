/** One forwarded path shape and the methods the app pages and panels use on it. */
interface Route {
  pattern: RegExp;
  methods: readonly string[];
}

const ID = '[A-Za-z0-9._~:@-]+';
const GET = ['GET'] as const;

/** Everything CallResource forwards: the read API of the service, nothing else. */
export const RESOURCE_ROUTES: readonly Route[] = [
  { pattern: /^info$/, methods: GET },
  { pattern: /^devices$/, methods: GET },
  { pattern: new RegExp(`^devices/${ID}$`), methods: GET },
  { pattern: /^errors$/, methods: GET },
  { pattern: /^errors\/series$/, methods: GET },
  { pattern: /^documents$/, methods: GET },
  { pattern: /^fleet\/stats$/, methods: GET },
  { pattern: /^clusters$/, methods: GET },
  { pattern: new RegExp(`^clusters/${ID}$`), methods: GET },
  { pattern: /^advisor\/suggestions$/, methods: GET },
];

export type RouteMatch = { ok: true; path: string } | { ok: false; code: 404 | 405; message: string };

/** The service path for a resource path, or why it is not forwarded. */
export function matchResource(rawPath: string, method: string): RouteMatch {
  const path = rawPath.replace(/^\/+|\/+$/g, '');
  const route = path.split('/').some((s) => s === '.' || s === '..')
    ? undefined
    : RESOURCE_ROUTES.find((r) => r.pattern.test(path));

  if (!route) {
    return { ok: false, code: 404, message: `"${rawPath}" is not a path this datasource forwards to the service` };
  }
  if (!route.methods.includes(method.toUpperCase())) {
    return {
      ok: false,
      code: 405,
      message: `${method} is not allowed on "${path}"; use ${route.methods.join(' or ')}`,
    };
  }
  return { ok: true, path };
}
