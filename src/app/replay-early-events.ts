import { EARLY_EVENTS_GLOBAL } from './prerender-markers';

/** What the inline recorder (scripts/vite/first-view-guard.ts) keeps of one interaction. */
interface EarlyEvent {
  readonly type: 'click' | 'keydown' | 'input' | 'change';
  readonly target: EventTarget;
  readonly key?: string;
  readonly shiftKey?: boolean;
  readonly value?: string;
}

type WithEarlyEvents = Window & { [EARLY_EVENTS_GLOBAL]?: EarlyEvent[] };

/**
 * Replays, in order, what was clicked, pressed, typed or chosen on the prerendered page before
 * the app was live, on the same elements (hydration keeps them): so a borough picked while the
 * page was still loading is picked, not lost. Elements the app has since replaced (it drew
 * afresh) are skipped. Returns how many were replayed.
 */
export function replayEarlyEvents(): number {
  const queue = (window as WithEarlyEvents)[EARLY_EVENTS_GLOBAL];
  if (!queue) return 0;
  let replayed = 0;
  for (const event of queue.splice(0)) {
    const { target } = event;
    if (!(target instanceof Element) || !target.isConnected) continue;
    replayed++;
    if (event.type === 'click')
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    else if (event.type === 'keydown')
      target.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: event.key ?? '',
          shiftKey: event.shiftKey ?? false,
          bubbles: true,
          cancelable: true,
        }),
      );
    else replayValue(target, event.type, event.value ?? '');
  }
  return replayed;
}

/**
 * A field's value as if typed or chosen now. React notices a change only when the value
 * differs from the one it last saw, which hydration took from the page (already the new one):
 * so it is told of a placeholder first through the element's own setter, then the value is set
 * past it, as testing libraries do.
 */
function replayValue(target: Element, type: 'input' | 'change', value: string) {
  if (!(
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  ))
    return;
  const setNative = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(target), 'value')?.set;
  target.value = '\u0000';
  setNative?.call(target, value);
  target.dispatchEvent(new Event(type, { bubbles: true }));
}
