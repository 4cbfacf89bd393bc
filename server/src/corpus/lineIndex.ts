/** Zero-based line and UTF-16 character, as LSP counts them. */
export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

/** Converts between offsets and line/character positions without keeping the text: one number per line. */
export class LineIndex {
  private readonly starts: Uint32Array;

  constructor(
    text: string,
    /** Length of the text, to clamp offsets. */
    readonly length = text.length,
  ) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.starts = Uint32Array.from(starts);
  }

  /** Number of lines. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The position of an offset; offsets out of range are clamped. */
  positionAt(offset: number): LinePosition {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  /** The offset of a position; lines and characters out of range are clamped to the text. */
  offsetAt(pos: LinePosition): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.length;
    const start = this.starts[pos.line]!;
    const next = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1]! : this.length;
    return Math.max(start, Math.min(start + Math.max(0, pos.character), next));
  }
}
