import type { AreaCode, OdsCode } from './codes';

export const PROVIDER_KINDS = [
  'mental-health-trust',
  'talking-therapies-service',
  'acute-trust',
  'other',
] as const;
type ProviderKind = (typeof PROVIDER_KINDS)[number];

export interface Provider {
  readonly code: OdsCode;
  readonly name: string;
  readonly kind: ProviderKind;
  readonly status: 'active' | 'closed';
  /** ISO dates; absent where no published file gives one. */
  readonly openDate?: string;
  readonly closeDate?: string;
  /** The London boroughs the provider serves, from trust, CQC and ODS pages. */
  readonly boroughsServed: readonly AreaCode[];
  /** A merger's successor, e.g. RRP and TAF → G6V2S. Shown, never silently joined. */
  readonly successor?: OdsCode;
  readonly note?: string;
}
