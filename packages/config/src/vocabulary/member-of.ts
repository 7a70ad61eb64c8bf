/** Whether a value read from outside the type system (a <select>, a query string) is one of a value list's members. */
export function memberOf<T extends string | number>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}
