import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorMessage } from '../components/error-message';

interface State {
  readonly error?: unknown;
}

/** Catches a rendering failure so the page says what went wrong instead of going blank. */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Atlas view failed', error, info.componentStack);
  }

  render() {
    if (this.state.error !== undefined)
      return (
        <ErrorMessage title="Something went wrong showing this view" error={this.state.error} />
      );
    return this.props.children;
  }
}
