import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App, createQueryClient } from './app';
import { firstViewFingerprint, prefetchFirstView } from './first-view';

export interface PrerenderedView {
  /** The markup inside #root. */
  readonly html: string;
  /** The fingerprint of the data it was drawn from (see first-view.ts). */
  readonly fingerprint: string;
}

/**
 * Draws the first view as the browser's first render will draw it, from the data the build
 * sees (read through `fetch`, which the build points at its output folder). Throws when any of
 * that data could not be read: a page that would not match its own data is not prerendered.
 */
export async function prerenderFirstView(): Promise<PrerenderedView> {
  const client = createQueryClient();
  await prefetchFirstView(client);
  const failed = client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.status !== 'success');
  const fingerprint = firstViewFingerprint(client);
  if (failed.length > 0 || !fingerprint)
    throw new Error(
      `the first view's data could not be read: ${failed.map((q) => String(q.state.error)).join('; ')}`,
    );
  const html = await drawApp(client);
  // A part left for an inline script to place would be blocked by the Content-Security-Policy.
  if (/<script|<template/i.test(html))
    throw new Error('part of the first view was left for a script to draw');
  return { html, fingerprint };
}

/** The app drawn to HTML; throws if any part of it failed to draw. */
async function drawApp(client: ReturnType<typeof createQueryClient>): Promise<string> {
  const errors: string[] = [];
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App queryClient={client} />
    </StrictMode>,
    {
      // A large boundary is otherwise sent as a separate part placed by an inline script.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => {
        errors.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
      },
    },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  if (errors.length > 0) throw new Error(`the first view could not be drawn: ${errors.join('\n')}`);
  return Buffer.concat(chunks).toString('utf8');
}
