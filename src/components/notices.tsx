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
            onClick={() => onDismiss(n)}
          >
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
