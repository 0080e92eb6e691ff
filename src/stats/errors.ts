/** A bad argument throws with the function and argument named (house style). */
export function invalidArgument(fn: string, arg: string, what: string): never {
  throw new RangeError(`${fn}: ${arg} ${what}`);
}

/** Not computable is a typed result, never a silent NaN. */
export interface NotComputable {
  readonly kind: 'not-computable';
  readonly reason: string;
}

export const notComputable = (reason: string): NotComputable => ({
  kind: 'not-computable',
  reason,
});
