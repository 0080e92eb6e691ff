/** Data files live in `data/` beside index.html; relative URLs keep sub-path hosting working. */
export const DATA_ROOT = 'data/';

/** Fetches a data file as text, turning HTTP and network failures into messages naming the file. */
export async function fetchDataFile(path: string, signal?: AbortSignal): Promise<string> {
  const url = `${DATA_ROOT}${path}`;
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new Error(`Could not load ${url}: ${error instanceof Error ? error.message : 'network error'}`);
  }
  if (!response.ok) throw new Error(`Could not load ${url}: the server answered ${response.status} ${response.statusText}`.trim());
  return response.text();
}
