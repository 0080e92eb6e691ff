import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Flags that keep Chromium off this machine's closed network and out of first-run work. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const NO_BROWSER =
  'No browser for the end-to-end tests: install Chromium (Debian/Ubuntu: sudo apt-get install chromium), or Google Chrome or Microsoft Edge, or set CHROMIUM_PATH to a Chromium-based browser.';

/**
 * Where the browser comes from, as Playwright users expect, never downloading one:
 * CHROMIUM_PATH, then Debian's Chromium, then an installed Google Chrome or Microsoft Edge
 * through playwright-core's `channel`.
 */
export function browserCandidates(
  env: NodeJS.ProcessEnv = process.env,
  exists = existsSync,
): LaunchOptions[] {
  if (env.CHROMIUM_PATH) return [{ executablePath: env.CHROMIUM_PATH }];
  return [
    ...(exists(DEBIAN_CHROMIUM) ? [{ executablePath: DEBIAN_CHROMIUM }] : []),
    { channel: 'chrome' },
    { channel: 'msedge' },
  ];
}

/** Launches the first browser that starts; if none does, one line saying how to get one. */
export async function launchChromium(): Promise<Browser> {
  for (const candidate of browserCandidates()) {
    try {
      return await chromium.launch({ ...candidate, args: CHROMIUM_ARGS });
    } catch (error) {
      if (candidate.executablePath && process.env.CHROMIUM_PATH)
        throw new Error(
          `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        );
    }
  }
  throw new Error(NO_BROWSER);
}
