export interface NoticesProps {
  readonly notices: readonly string[];
  readonly onDismiss: (notice: string) => void;
}

/** Things the app ignored or adjusted, said plainly and dismissible. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p key={n} className="notice">
          <span>{n}</span>
          <button
            type="button"
            className="link-button"
            aria-label={`Dismiss notice: ${n}`}
            onClick={(e) => {
              // Focus goes to the next notice's Dismiss, or to the page's heading when none is left.
              const list = e.currentTarget.closest('.notices');
              const buttons = [...(list?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
              const next = buttons[buttons.indexOf(e.currentTarget) + 1] ?? buttons.at(-2);
              onDismiss(n);
              if (next && next !== e.currentTarget) next.focus();
              else {
                const heading = document.querySelector<HTMLElement>('main h1');
                if (heading) {
                  heading.tabIndex = -1;
                  heading.focus();
                }
              }
            }}
          >
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
