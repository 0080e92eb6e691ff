/** The over-dispersion setting as the funnel's subtitle and table say it. */
export const DISPERSION_WORDS = {
  off: 'Off',
  multiplicative: 'Multiplicative (θ ± z·s·√φ)',
  additive: 'Additive random effects (θ ± z·√(s² + τ²))',
} as const;
