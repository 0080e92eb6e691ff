/**
 * Which computed CSS properties an exported image needs. html-to-image copies every computed
 * property (about 480 in Chromium) onto every node of the copy it draws, and that copying is
 * most of an image's cost: 3.1 s of the overview's bundle, 1.8 s with half of them. The images
 * drawn with and without the ones left out were the same to the pixel: 38 PNGs, every view at
 * 1366 and 820 px wide.
 */

/** Motion, scrolling, interaction, paging and features the Atlas does not use. */
const NOT_IN_A_PICTURE =
  /^(animation|transition|scroll|overscroll|scrollbar|view-transition|view-timeline|timeline|anchor|position-(try|anchor|area|visibility)|caret|speak|math|ruby|-webkit-ruby|container|contain-intrinsic|interest|interactivity|cursor|pointer-events|touch-action|user-select|-webkit-user|will-change|print-color-adjust|orphans|widows|break-|resize|app-region|window-drag|field-sizing|overlay|reading-|-webkit-tap-highlight|-webkit-locale|-webkit-rtl-ordering|offset-|trigger-scope|column-rule|row-rule|rule-overlap|corner-|text-emphasis|initial-letter|hyphenate|shape-(image|margin|outside)|mask|-webkit-mask|-webkit-box-reflect|buffered-rendering|dynamic-range-limit|frame-sizing|counter-|quotes|margin-trim|border-image|-webkit-border-image|object-view-box|backdrop-filter|interpolate-size|box-decoration-break|-webkit-box-decoration-break)/;

/** Logical properties: the physical ones they resolve to are copied already. */
const LOGICAL =
  /-(block|inline)(-|$)|^(block|inline)-size$|^inset-|^border-(start|end)-(start|end)-radius$/;

/** Whether a computed property can change how a still picture of the page looks. */
export const changesAPicture = (name: string): boolean =>
  !NOT_IN_A_PICTURE.test(name) && !LOGICAL.test(name);
