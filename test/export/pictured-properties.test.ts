import { describe, expect, it } from 'vitest';
import { changesAPicture } from '../../src/export/pictured-properties';

describe('the computed properties copied into an exported image', () => {
  it('keep everything that draws: layout, type, colour, SVG paint, table spacing', () => {
    for (const name of [
      'display',
      'width',
      'margin-top',
      'padding-left',
      'border-bottom-style',
      'grid-template-columns',
      'font-variant-numeric',
      'writing-mode',
      'transform',
      'text-shadow',
      'fill',
      'stroke-dasharray',
      'paint-order',
      'shape-rendering',
      // border-spacing is computed only under this name in Chromium.
      '-webkit-border-horizontal-spacing',
      'overflow-x',
      'column-count',
    ])
      expect(changesAPicture(name), name).toBe(true);
  });

  it('leave out motion, scrolling, interaction and logical duplicates', () => {
    for (const name of [
      'animation-duration',
      'transition-property',
      'scroll-margin-top',
      'scrollbar-width',
      'cursor',
      'pointer-events',
      'user-select',
      'mask-image',
      'margin-block-start',
      'padding-inline-end',
      'inline-size',
      'max-block-size',
      'inset-inline-start',
      'border-start-end-radius',
      'overflow-block',
    ])
      expect(changesAPicture(name), name).toBe(false);
  });
});
