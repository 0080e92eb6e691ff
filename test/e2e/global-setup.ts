import type { TestProject } from 'vitest/node';
import { build, preview } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the app as shipped and serves it with `vite preview` for the browser tests. */
export default async function setup(project: TestProject) {
  await build({ logLevel: 'warn' });
  const server = await preview({
    preview: { port: 4317, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
