import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_LOADER_HASH, FIRST_VIEW_GUARD_HASH } from '../../scripts/vite/first-view-guard';
import { headersFile, nginxSnippet, SECURITY_HEADERS } from '../../scripts/vite/security-headers';

describe('the security headers a host should send', () => {
  it("forbid framing and sniffing on top of the page's own policy", () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    // Scripts from this site, and the inline guard and loader by their hashes: never 'unsafe-inline'.
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain(
      `script-src 'self' ${FIRST_VIEW_GUARD_HASH} ${APP_LOADER_HASH};`,
    );
    const scriptSources = /script-src ([^;]*)/.exec(
      SECURITY_HEADERS['Content-Security-Policy'] ?? '',
    );
    expect(scriptSources?.[1]).not.toContain('unsafe-inline');
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it('are written for Netlify / Cloudflare Pages, and the nginx lines in the docs match them', () => {
    expect(headersFile().split('\n')[0]).toBe('/*');
    expect(headersFile()).toContain('  Referrer-Policy: no-referrer\n');
    const docs = readFileSync(
      resolve(import.meta.dirname, '../../docs/security-headers.md'),
      'utf8',
    );
    expect(docs).toContain(nginxSnippet());
  });
});
