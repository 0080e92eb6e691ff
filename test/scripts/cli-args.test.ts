import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../../scripts/cli-args';

const options = { out: { type: 'string' }, replace: { type: 'boolean' } } as const;

describe('command-line flags', () => {
  it('refuses an unknown flag or a flag without its value, with the usage line', () => {
    expect(() => parseCliArgs(['--bogus-flag'], options, 'cmd [--out F]')).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--bogus-flag'], options, 'cmd [--out F]')).toThrow(
      /^Unknown option '--bogus-flag'.*\nUsage: cmd \[--out F\]$/,
    );
    expect(() => parseCliArgs(['--out'], options, 'cmd [--out F]')).toThrow(/argument missing/);
    expect(parseCliArgs(['--out', 'x.csv', '--replace'], options, 'u').values).toEqual({
      out: 'x.csv',
      replace: true,
    });
  });

  it(
    'npm run snapshot with an unknown flag exits 2 with one line and the usage, no stack trace',
    { timeout: 60_000 },
    () => {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/snapshot-cli.ts', '--bogus-flag'],
        {
          cwd: resolve(import.meta.dirname, '..', '..'),
          encoding: 'utf8',
        },
      );
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^Unknown option '--bogus-flag'/),
        expect.stringMatching(/^Usage: npm run snapshot -- --indicator <id>/),
      ]);
    },
  );
});
