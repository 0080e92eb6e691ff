/** Set by Vite from package.json (vite.config.ts `define`). */
declare const __APP_VERSION__: string;
