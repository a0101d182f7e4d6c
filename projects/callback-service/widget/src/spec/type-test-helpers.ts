// Compile-time assertions for the type tests (kept out of the package: tsconfig.lib.json
// excludes test helpers). A wrong type fails `ng test` at compile time; at run time they do
// nothing. The shape follows `expectTypeOf` (vitest / expect-type), in a few lines of our own.

/** Whether `A` and `B` are the same type (not merely assignable either way). */
export type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Assertions on the type of `value` (or of the type argument); see the file comment. */
export interface TypeAssertions<T> {
  /** Compiles only if `T` is exactly `Expected`. */
  toEqualTypeOf<Expected>(...proof: Equal<T, Expected> extends true ? [] : [never]): void;
  /** Compiles only if `T` is assignable to `Expected`. */
  toMatchTypeOf<Expected>(...proof: [T] extends [Expected] ? [] : [never]): void;
  /** The negations. */
  readonly not: {
    /** Compiles only if `T` is not assignable to `Expected`. */
    toMatchTypeOf<Expected>(...proof: [T] extends [Expected] ? [never] : []): void;
  };
}

const assertions: TypeAssertions<unknown> = {
  toEqualTypeOf: () => undefined,
  toMatchTypeOf: () => undefined,
  not: { toMatchTypeOf: () => undefined },
};

/** Starts a compile-time assertion on the type of `value`, or on `T` when no value is given. */
export function expectTypeOf<T>(value?: T): TypeAssertions<T> {
  void value;
  return assertions as TypeAssertions<T>;
}
