/**
 * Requests started by the entry (src/app/main.tsx) before the app's code has arrived, kept by
 * address until the data layer asks for the same file. Each is handed out once: a later read
 * of the file (another view, a retry) fetches it afresh. No imports, so the entry stays small.
 */
const started = new Map<string, Promise<Response>>();

/** The page's address for a file relative to it, so "data/x" and "./data/x" are one request. */
const keyOf = (url: string) => new URL(url, document.baseURI).href;

export function fetchEarly(url: string): void {
  const key = keyOf(url);
  if (started.has(key)) return;
  const request = fetch(key);
  // Whoever takes it sees any failure; until then it is not an unhandled rejection.
  request.catch(() => undefined);
  started.set(key, request);
}

/** The early request for a file, once, or undefined when none was started. */
export function takeEarly(url: string): Promise<Response> | undefined {
  if (typeof document === 'undefined') return undefined;
  const key = keyOf(url);
  const request = started.get(key);
  started.delete(key);
  return request;
}
