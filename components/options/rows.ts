/**
 * Windowing over rows of different heights (a person's row grows with a long name or several
 * addresses): where each row starts, from the heights measured so far and an estimate for the rest,
 * and which row is at a given scroll offset. Pure, for the people table.
 */

/** `offsets[i]` is where row i starts; `offsets[n]` is the height of all n rows. */
export function rowOffsets(ids: readonly number[], measured: ReadonlyMap<number, number>, estimate: number): Float64Array {
  const offsets = new Float64Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++) offsets[i + 1] = offsets[i]! + (measured.get(ids[i]!) ?? estimate);
  return offsets;
}

/** The row at offset `y` (the last row that starts at or above it); 0 with no rows. */
export function rowAt(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return 0;
  let low = 0;
  let high = n - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}
