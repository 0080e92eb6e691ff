import type { ImageFooter } from './svg/chart-svg';

/** What an export made now from this page says of itself: the link back to it and today's date. */
export const pageFooter = (): ImageFooter => ({
  permalink: window.location.href,
  madeOn: new Date().toISOString().slice(0, 10),
});
