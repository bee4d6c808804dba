/**
 * REFI-QDA counts a text's positions in characters (Unicode code points); JavaScript strings,
 * and so our offsets, count UTF-16 units. An emoji or a rare CJK character before a coded
 * passage is two units but one character: without this the passage would shift in NVivo or
 * QualCoder by one character for each of them.
 */

/** For a UTF-16 offset 0..text.length, the number of code points before it. */
export function codePointOffsets(text: string): (offset: number) => number {
  // Most notes have no character outside the Basic Multilingual Plane: each offset is its own count.
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const table = codePointTable(text);
  return (offset) => table[offset]!;
}

function codePointTable(text: string): Uint32Array {
  const offsets = new Uint32Array(text.length + 1);
  let points = 0;
  for (let index = 0; index < text.length; index += 1) {
    offsets[index] = points;
    const unit = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    // A surrogate pair is one character: its second half counts for nothing. (An offset between
    // the two halves gets the count before the pair, so a passage never starts mid-character.)
    const pairStart = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    if (pairStart) {
      offsets[index + 1] = points;
      index += 1;
    }
    points += 1;
  }
  offsets[text.length] = points;
  return offsets;
}
