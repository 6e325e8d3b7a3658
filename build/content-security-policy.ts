import type { Plugin } from 'vite';

/**
 * The page's Content Security Policy, in one place: the built index.html gets
 * it as a meta tag (see `contentSecurityPolicy`), and vite.config.ts sends it,
 * with `frame-ancestors` and the other security headers, from the preview and
 * dev servers. A static host should send `SECURITY_HEADERS` too: a meta tag
 * cannot forbid framing.
 *
 * - Scripts, styles, workers and fetches come from the app's own origin only;
 *   no inline script. React's `style={…}` and growing textareas set styles
 *   through the CSSOM, which `style-src` does not govern.
 * - `img-src` allows `https:` because remote images in a draft are the
 *   user's to allow: the app renders none of them until the user presses
 *   "Load N remote images" for that draft (src/core/prose/remote-images.ts).
 *   Plain `http:` images stay blocked (mixed content on the real site anyway).
 * - `connect-src` allows `ws:` and `wss:`: a team's sync server is wherever
 *   the person's server setting says (README, "Working as a team"); nothing
 *   connects until they set one and start or join a team draft.
 */
const directives: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob: https:",
  'font-src': "'self'",
  'connect-src': "'self' ws: wss:",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/**
 * Vite's dev server puts the React refresh preamble in an inline script and
 * CSS in `<style>` elements; only `vite` (never a build) gets these.
 */
const devRelaxations: Record<string, string> = {
  'script-src': "'self' 'unsafe-inline'",
  'style-src': "'self' 'unsafe-inline'",
};

function serialize(entries: Record<string, string>): string {
  return Object.entries(entries)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The policy of the meta tag: everything but `frame-ancestors`, which browsers ignore in a meta tag. */
export function metaPolicy(mode: 'build' | 'dev' = 'build'): string {
  return serialize(mode === 'dev' ? { ...directives, ...devRelaxations } : directives);
}

/** The policy as a header: the meta policy plus `frame-ancestors 'none'`, so no other site can frame the app. */
export function headerPolicy(mode: 'build' | 'dev' = 'build'): string {
  return `${metaPolicy(mode)}; frame-ancestors 'none'`;
}

/** Headers for every response of the preview (and dev) server. */
export function securityHeaders(mode: 'build' | 'dev' = 'build'): Record<string, string> {
  return {
    'Content-Security-Policy': headerPolicy(mode),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * Puts the meta tag right after `<meta charset>`, before any script or
 * stylesheet, so it governs everything the page loads.
 */
export function contentSecurityPolicy(): Plugin {
  let mode: 'build' | 'dev' = 'build';
  return {
    name: 'specwright-content-security-policy',
    configResolved(config) {
      mode = config.command === 'serve' ? 'dev' : 'build';
    },
    transformIndexHtml(html) {
      const charset = /<meta charset="UTF-8" \/>/i;
      if (!charset.test(html)) throw new Error('index.html has no <meta charset="UTF-8" />; the CSP meta tag goes right after it.');
      return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy(mode)}" />`);
    },
  };
}
