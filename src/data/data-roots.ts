/** Bundled data lives in `data/` beside index.html; `data:update` writes `data/local/`. */
export const BUNDLED_ROOT = 'data/';
export const LOCAL_ROOT = 'data/local/';
