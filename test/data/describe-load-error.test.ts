import { describe, expect, it } from 'vitest';
import { describeLoadError } from '../../src/data/user-files/describe-load-error';

describe('describeLoadError', () => {
  it('names a full storage, with what to remove, where the browser gives no message', () => {
    expect(describeLoadError(new DOMException('', 'QuotaExceededError'))).toMatch(
      /^this browser has no room left to keep it .*Remove a file you loaded earlier/,
    );
  });

  it("keeps an error's own message, and names one that has none", () => {
    expect(describeLoadError(new Error('row 3: bad value'))).toBe('row 3: bad value');
    expect(describeLoadError(new TypeError(''))).toBe('TypeError with no message');
  });
});
