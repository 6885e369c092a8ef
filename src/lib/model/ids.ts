/**
 * Stable ids for derived things (claims, quote groups): a hash of their content, so that an id
 * survives rebuilds while the texts stay the same, made unique within one build.
 */

/** cyrb53: a fast 53-bit string hash, as 11 base-36 digits. Not cryptographic. */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

/**
 * Makes the ids of `items` unique in place: the second item with an id gets `-2`, the third
 * `-3`, and so on, in the order given (so the result is deterministic for a deterministic order).
 */
export function uniquifyIds(items: Iterable<{ id: string }>): void {
  const used = new Map<string, number>();
  for (const item of items) {
    const count = used.get(item.id) ?? 0;
    used.set(item.id, count + 1);
    if (count) item.id = `${item.id}-${count + 1}`;
  }
}

/** Orders article ids by UTF-16 code units: the one order of the story, its pages and links. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
