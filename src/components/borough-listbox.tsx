import { useRef, useState, type KeyboardEvent } from 'react';
import type { Area, AreaCode } from '../domain';

export interface BoroughListboxProps {
  readonly boroughs: readonly Area[];
  readonly chosen: ReadonlySet<string>;
  readonly onToggle: (code: AreaCode) => void;
  readonly label: string;
}

/** How long typed letters build one search ("cam" → Camden) before starting afresh. */
const TYPE_AHEAD_MS = 700;

/**
 * The boroughs as one multi-select listbox (WAI-ARIA APG): a single Tab stop; Up/Down, Home/End
 * move; Space (or Enter, or a click) toggles; typing a borough's first letters jumps to it.
 * Roving tabindex: the active option is the one Tab lands on.
 */
export function BoroughListbox({ boroughs, chosen, onToggle, label }: BoroughListboxProps) {
  const [active, setActive] = useState<string | undefined>(undefined);
  const typed = useRef({ text: '', at: 0 });
  const list = useRef<HTMLUListElement>(null);
  const activeCode = active && boroughs.some((b) => b.code === active) ? active : boroughs[0]?.code;

  const focus = (code: string | undefined) => {
    if (!code) return;
    setActive(code);
    list.current?.querySelector<HTMLElement>(`[data-code="${code}"]`)?.focus();
  };
  const indexOf = (code: string | undefined) => boroughs.findIndex((b) => b.code === code);

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, borough: Area) => {
    const i = indexOf(borough.code);
    switch (event.key) {
      case 'ArrowDown':
        focus(boroughs[Math.min(boroughs.length - 1, i + 1)]?.code);
        break;
      case 'ArrowUp':
        focus(boroughs[Math.max(0, i - 1)]?.code);
        break;
      case 'Home':
        focus(boroughs[0]?.code);
        break;
      case 'End':
        focus(boroughs[boroughs.length - 1]?.code);
        break;
      case ' ':
      case 'Enter':
        onToggle(borough.code);
        break;
      default: {
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        const now = event.timeStamp;
        const text =
          (now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '') +
          event.key.toLowerCase();
        typed.current = { text, at: now };
        // From the next option on, wrapping; a repeated letter cycles through its boroughs.
        const order = [...boroughs.slice(i + 1), ...boroughs.slice(0, i + 1)];
        const repeated = text.length > 1 && [...text].every((c) => c === text[0]);
        const match =
          order.find((b) => b.name.toLowerCase().startsWith(text)) ??
          (repeated ? order.find((b) => b.name.toLowerCase().startsWith(text[0]!)) : undefined);
        if (!match) return;
        focus(match.code);
      }
    }
    event.preventDefault();
  };

  return (
    <ul
      ref={list}
      className="borough-filter__list"
      role="listbox"
      aria-multiselectable="true"
      aria-label={label}
    >
      {boroughs.map((b) => {
        const selected = chosen.has(b.code);
        return (
          <li
            key={b.code}
            role="option"
            data-code={b.code}
            aria-selected={selected}
            tabIndex={b.code === activeCode ? 0 : -1}
            className={selected ? 'borough-option is-selected' : 'borough-option'}
            onClick={() => {
              setActive(b.code);
              onToggle(b.code);
            }}
            onFocus={() => setActive(b.code)}
            onKeyDown={(e) => onKeyDown(e, b)}
          >
            {/* The tick is drawn in CSS: ✓ is in neither Arial nor Liberation Sans. */}
            <span className="borough-option__box" aria-hidden="true" />
            {b.name}
          </li>
        );
      })}
    </ul>
  );
}
