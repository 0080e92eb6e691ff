import { framesOnScreen } from '../export/frame-registry';
import { pageFooter } from '../export/page-footer';

/**
 * Prints the view's main comparison on A4, drawn from its spec (not the screen's layout): one
 * page, portrait or landscape, at 8 pt or more; the overview's grid, which cannot be 8 pt on one
 * page, on as few whole pages as can. The figure and its page rule go once the print is done.
 */
export async function printMainComparison(): Promise<void> {
  const frame = framesOnScreen()[0];
  if (!frame) {
    window.print();
    return;
  }
  const { printLayout } = await import('../export/svg/print-layout');
  const layout = printLayout(frame.spec, pageFooter());

  const figure = document.createElement('div');
  figure.className = 'print-figure';
  const images = layout.pages.map(({ drawn, fit }, i) => {
    const image = document.createElement('img');
    const page = layout.pages.length > 1 ? ` Page ${i + 1} of ${layout.pages.length}.` : '';
    image.alt = `${frame.spec.title}.${page} ${frame.spec.description}`;
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawn.svg)}`;
    image.style.width = `${drawn.width * fit}pt`;
    image.style.height = `${drawn.height * fit}pt`;
    return image;
  });
  figure.append(...images);
  const rule = document.createElement('style');
  rule.textContent = `@page { size: A4 ${layout.portrait ? 'portrait' : 'landscape'}; margin: 12mm; }`;
  document.body.append(figure, rule);
  document.body.classList.add('has-print-figure');
  await Promise.all(images.map((image) => image.decode()));
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
