import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFile, nginxSnippet, SECURITY_HEADERS } from '../../scripts/vite/security-headers';

describe('the security headers a host should send', () => {
  it("forbid framing and sniffing on top of the page's own policy", () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("script-src 'self';");
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
