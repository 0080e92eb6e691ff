import { takeEarly } from './early-fetch';

export { BUNDLED_ROOT, LOCAL_ROOT } from './data-roots';

/** Fetches a data file as text, turning HTTP and network failures into messages naming the file. */
export async function fetchDataFile(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await (takeEarly(url) ?? fetch(url, { signal }));
  } catch (error) {
    throw new Error(
      `Could not load ${url}: ${error instanceof Error ? error.message : 'network error'}`,
    );
  }
  if (!response.ok)
    throw new Error(
      `Could not load ${url}: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  const text = await response.text();
  // Single-page hosts (and vite preview) answer a missing file with index.html: that is "not
  // found", not a badly formatted data file.
  if (isWebPage(response, text))
    throw new Error(
      `Could not load ${url}: not found (the server sent a web page instead of the data file)`,
    );
  return text;
}

const isWebPage = (response: Response, text: string) =>
  (response.headers.get('content-type') ?? '').includes('text/html') ||
  /^\s*<(!doctype html|html)/i.test(text);

/** Fetches a file that may not exist: undefined for a 404 or a dev server's HTML fallback page. */
export async function fetchOptionalDataFile(
  url: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  let response: Response;
  try {
    response = await (takeEarly(url) ?? fetch(url, { signal }));
  } catch {
    return undefined;
  }
  if (!response.ok) return undefined;
  const text = await response.text();
  return text.trimStart().startsWith('<') ? undefined : text;
}
