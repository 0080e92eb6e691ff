import { framesOnScreen } from '../export/frame-registry';
import { pageFooter } from '../export/page-footer';

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
  // Each way up, shrunk to the page where a tall chart made its image taller than one (the
  // overview's 60-odd rows cannot all be 8 pt on one A4 page): the one with larger text wins.
  const fitted = (preset: typeof PRINT_PORTRAIT) => {
    const drawn = chartToSvg(frame.spec, pageFooter(), preset);
    const fit = Math.min(1, (preset.height ?? drawn.height) / drawn.height);
    return { drawn, fit, text: drawn.smallestPlotText * fit, portrait: preset === PRINT_PORTRAIT };
  };
  const upright = fitted(PRINT_PORTRAIT);
  const wide = upright.text >= MINIMUM_PRINTED ? undefined : fitted(PRINT_LANDSCAPE);
  const { drawn, fit, portrait } = wide && wide.text > upright.text ? wide : upright;

  const figure = document.createElement('div');
  figure.className = 'print-figure';
  const image = document.createElement('img');
  image.alt = `${frame.spec.title}. ${frame.spec.description}`;
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawn.svg)}`;
  image.style.width = `${drawn.width * fit}pt`;
  image.style.height = `${drawn.height * fit}pt`;
  figure.append(image);
  const rule = document.createElement('style');
  rule.textContent = `@page { size: A4 ${portrait ? 'portrait' : 'landscape'}; margin: 12mm; }`;
  document.body.append(figure, rule);
  document.body.classList.add('has-print-figure');
  await image.decode();
  window.addEventListener(
    'afterprint',
    () => {
      figure.remove();
      rule.remove();
      document.body.classList.remove('has-print-figure');
    },
    { once: true },
  );
  window.print();
}
