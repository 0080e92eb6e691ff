import type { ViewKey } from '../state/url-state';
import { VIEW_REGISTRY } from './view-registry';

/** Focuses the first element matching, making a non-focusable target focusable first. */
function focusFirst(selector: string): boolean {
  const target = document.querySelector<HTMLElement>(selector);
  if (!target) return false;
  if (target.tabIndex < 0 && !target.matches('a, button, input, select, textarea, [tabindex]'))
    target.tabIndex = -1;
  target.focus();
  return true;
}

function SkipLink({ label, selector }: { readonly label: string; readonly selector: string }) {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(e) => {
        // Where the view has no such part yet, the link falls back to the main content.
        if (focusFirst(selector)) e.preventDefault();
      }}
    >
      {label}
    </a>
  );
}

/**
 * Skip links (WCAG 2.4.1): to the main content, the view's first chart, its controls and, where
 * there is one, its map, so each is a few Tab presses from the top of any page.
 */
export function SkipLinks({ view }: { readonly view: ViewKey }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <SkipLink label="Skip to the main chart" selector="main .chart-frame" />
      <SkipLink
        label="Skip to the controls"
        selector="main .controls select, main .controls input, main .controls button"
      />
      {VIEW_REGISTRY[view].hasMap && (
        <SkipLink label="Skip to the map" selector='main .tile-map button[tabindex="0"]' />
      )}
    </>
  );
}
