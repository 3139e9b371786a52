type TypedArray = Int32Array | Uint32Array | Uint8Array;

/**
 * Returns `a` when it holds at least `length` elements, otherwise a copy at least twice as long
 * (amortised O(1) appends). New elements are zero. Internal helper of the scorer.
 */
export function ensureLength<T extends TypedArray>(a: T, length: number): T {
  if (a.length >= length) return a;
  const Ctor = a.constructor as new (n: number) => T;
  const b = new Ctor(Math.max(length, a.length * 2, 16));
  b.set(a);
  return b;
}
