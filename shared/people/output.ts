/**
 * The anonymised text as it is written, in pieces, with the few reads the grammar rules need
 * at every name: characters counted back from the end, the last word, a short tail. The rules
 * run at every name, so the common reads touch one piece and build no strings; the tail is
 * built only when a rule may apply.
 */

/** How far back the rules look: a role phrase with a determiner and a comma, or a title. */
const reach = 64;

export class Output {
  private readonly pieces: string[] = [];
  private size = 0;
  // Kept whole as well while nothing is taken back: appending is cheap, joining the pieces at the
  // end is not, and taking back from the whole string would copy it each time.
  private whole: string | null = '';
  /** The piece holding the last pseudonym we wrote (only the writer's own words can make a name redundant). */
  private ours = -1;
  /** The name (folded) the next pseudonym written replaces, and the one the last replaced. */
  replacing = '';
  private oursReplaced = '';

  push(text: string, pseudonym = false): void {
    if (text === '') return;
    if (pseudonym) {
      this.ours = this.pieces.length;
      this.oursReplaced = this.replacing;
    }
    this.pieces.push(text);
    this.size += text.length;
    if (this.whole !== null) this.whole += text;
  }

  /** The character code `back` places before the end (0: the last character), NaN before the start. */
  codeBack(back: number): number {
    let rest = back;
    for (let index = this.pieces.length - 1; index >= 0; index--) {
      const piece = this.pieces[index]!;
      if (rest < piece.length) return piece.charCodeAt(piece.length - 1 - rest);
      rest -= piece.length;
    }
    return NaN;
  }

  /** The text from `back` places before the end to `to` places before it (back > to). */
  sliceBack(back: number, to = 0): string {
    let text = '';
    let rest = back;
    let skip = to;
    for (let index = this.pieces.length - 1; index >= 0 && rest > 0; index--) {
      const piece = this.pieces[index]!;
      const end = piece.length - Math.min(skip, piece.length);
      const start = Math.max(0, piece.length - rest);
      if (start < end) text = piece.slice(start, end) + text;
      rest -= piece.length;
      skip = Math.max(0, skip - piece.length);
    }
    return text;
  }

  /** The last `reach` characters (all of the text when it is shorter). */
  tail(): string {
    return this.sliceBack(reach);
  }

  /** Where the last pseudonym we wrote lies in the tail, as [start, end], or null when not in it. */
  oursIn(tail: string): [number, number] | null {
    if (this.ours < 0) return null;
    let after = 0;
    for (let index = this.pieces.length - 1; index > this.ours; index--) after += this.pieces[index]!.length;
    const end = tail.length - after;
    return end > 0 ? [Math.max(0, end - this.pieces[this.ours]!.length), end] : null;
  }

  /**
   * When the text ends with the last pseudonym we wrote and then only a comma or an opening
   * bracket ("Maternal grandmother, "), that pseudonym and the separator's length; otherwise null.
   */
  pseudonymThenSeparator(): { pseudonym: string; replaced: string; separator: string } | null {
    if (this.ours < 0 || this.ours < this.pieces.length - 3) return null;
    const separator = this.pieces.slice(this.ours + 1).join('');
    return /^\s*[,(]\s*$/.test(separator) ? { pseudonym: this.pieces[this.ours]!, replaced: this.oursReplaced, separator } : null;
  }

  /** Takes back the last `count` characters. */
  drop(count: number): void {
    let left = Math.min(count, this.size);
    this.size -= left;
    this.whole = null;
    while (left > 0) {
      const last = this.pieces.pop()!;
      if (last.length > left) this.pieces.push(last.slice(0, last.length - left));
      else if (this.ours === this.pieces.length) this.ours = -1;
      left -= last.length;
    }
  }

  toString(): string {
    return this.whole ?? this.pieces.join('');
  }
}
