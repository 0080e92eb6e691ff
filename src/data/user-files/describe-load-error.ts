/**
 * What a failed load says to the user. A browser's storage-full error often has an empty message
 * ("big.csv was not loaded: ." was what a user saw), so it is named, with what to remove; any
 * other error without a message is named by its kind.
 */
export function describeLoadError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError')
    return 'this browser has no room left to keep it (its storage for this site is full). Remove a file you loaded earlier (Your data) or saved snapshots you no longer need, then load it again';
  if (error instanceof Error || error instanceof DOMException)
    return error.message || `${name || 'an error'} with no message`;
  return String(error) || 'an unknown error';
}
