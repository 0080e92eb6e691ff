import { useCallback, useState, type RefCallback } from 'react';

/**
 * The width of an element, kept up to date while it is on the page (ResizeObserver), rounded to
 * whole pixels so sub-pixel changes do not redraw a chart. Undefined until it is first measured.
 */
export function useElementWidth<T extends HTMLElement>(): [RefCallback<T>, number | undefined] {
  const [width, setWidth] = useState<number | undefined>(undefined);
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const measure = () => setWidth(Math.round(element.clientWidth) || undefined);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
