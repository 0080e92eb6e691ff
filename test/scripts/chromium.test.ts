import { describe, expect, it } from 'vitest';
import { browserCandidates } from '../../scripts/chromium';

describe('finding a browser for the end-to-end tests', () => {
  it('prefers CHROMIUM_PATH, then Debian Chromium, then installed Chrome or Edge', () => {
    expect(browserCandidates({ CHROMIUM_PATH: '/opt/chromium' }, () => true)).toEqual([
      { executablePath: '/opt/chromium' },
    ]);
    expect(browserCandidates({}, () => true)).toEqual([
      { executablePath: '/usr/bin/chromium' },
      { channel: 'chrome' },
      { channel: 'msedge' },
    ]);
    expect(browserCandidates({}, () => false)).toEqual([
      { channel: 'chrome' },
      { channel: 'msedge' },
    ]);
  });
});
