import { framesOnScreen } from '../export/frame-registry';

/** The smallest text a printed comparison may have, in points. */
const MINIMUM_PRINTED = 8;

/**
 * Prints the view's main comparison on one A4 page, drawn from its spec (not the screen's
 * layout): portrait, or landscape where the chart is too wide for 8 pt text upright. The figure
 * and its page rule are taken away once the print is done.
 */
export async function printMainComparison(): Promise<void> {
  const frame = framesOnScreen()[0];
  if (!frame) {
    window.print();
    return;
  }
  const [{ chartToSvg }, { PRINT_LANDSCAPE, PRINT_PORTRAIT }] = await Promise.all([
    import('../export/svg/chart-svg'),
    import('../export/svg/presets'),
  ]);
  const footer = { permalink: window.location.href, madeOn: new Date().toISOString().slice(0, 10) };
  const portrait = chartToSvg(frame.spec, footer, PRINT_PORTRAIT);
  const landscape =
    portrait.smallestPlotText >= MINIMUM_PRINTED
      ? undefined
      : chartToSvg(frame.spec, footer, PRINT_LANDSCAPE);
  const drawn =
    landscape && landscape.smallestPlotText > portrait.smallestPlotText ? landscape : portrait;

  const figure = document.createElement('div');
  figure.className = 'print-figure';
  const image = document.createElement('img');
  image.alt = `${frame.spec.title}. ${frame.spec.description}`;
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawn.svg)}`;
  image.style.width = `${drawn.width}pt`;
  image.style.height = `${drawn.height}pt`;
  figure.append(image);
  const page = document.createElement('style');
  page.textContent = `@page { size: A4 ${drawn === portrait ? 'portrait' : 'landscape'}; margin: 12mm; }`;
  document.body.append(figure, page);
  document.body.classList.add('has-print-figure');
  await image.decode();
  window.addEventListener(
    'afterprint',
    () => {
      figure.remove();
      page.remove();
      document.body.classList.remove('has-print-figure');
    },
    { once: true },
  );
  window.print();
}
