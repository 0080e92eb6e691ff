import type { ReactNode } from 'react';

/**
 * Charts that still show the previous choice for a moment after a switch (a deferred render):
 * dimmed while stale, and busy for assistive technology and for "Save snapshot", which waits for
 * every busy part of the view.
 */
export function StaleRegion({
  stale,
  className,
  children,
}: {
  readonly stale: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const classes = [className, stale && 'is-stale'].filter(Boolean).join(' ');
  return (
    <div className={classes || undefined} aria-busy={stale || undefined}>
      {children}
    </div>
  );
}
