export interface ErrorMessageProps {
  readonly title: string;
  readonly error: unknown;
}

/** A data or rendering problem, said in the page instead of a blank screen. */
export function ErrorMessage({ title, error }: ErrorMessageProps) {
  return (
    <div className="error-summary" role="alert">
      <h2 className="error-summary__title">{title}</h2>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </div>
  );
}
