import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './data-files-plugin.ts';

/**
 * The HTTP headers a host should send with the Atlas. The CSP is the same as the built page's
 * <meta> policy plus what only a header can say: `frame-ancestors 'none'` (no framing, so no
 * clickjacking). Served by `vite preview` (so the end-to-end tests run under them), written to
 * dist/_headers for Netlify and Cloudflare Pages, and given for nginx in docs/security-headers.md.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The `_headers` file format of Netlify and Cloudflare Pages. */
export const headersFile = (): string =>
  `/*\n${Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;

/** nginx `add_header` lines for the server or location block serving dist/. */
export const nginxSnippet = (): string =>
  Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');

/** Writes dist/_headers at build time. */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'atlas-security-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
