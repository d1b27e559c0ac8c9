import { lastAtOrBefore } from './search.js';

/**
 * A text that remembers, for each of its characters, where it came from in the original:
 * a list of kept segments. Mermaid's preprocessing only deletes text (and swaps characters
 * one for one), so segments are enough to map any offset back.
 */
export class MappedText {
  private constructor(
    readonly text: string,
    /** Segment k covers text[starts[k] .. starts[k+1]) and maps to original[origins[k] ..). */
    private readonly starts: number[],
    private readonly origins: number[],
  ) {}

  static identity(text: string): MappedText {
    return new MappedText(text, [0], [0]);
  }

  /** Original offset of an offset in this text (end offsets map to the end of the previous char + 1). */
  toOriginal(offset: number): number {
    const { starts, origins } = this;
    const low = lastAtOrBefore(starts, offset);
    // An offset at a segment boundary maps to the end of the previous segment when it is an end.
    return origins[low]! + (offset - starts[low]!);
  }

  /** When the whole text is one kept segment, original = offset + shift (the common case: no cheap map needed). */
  get shift(): number | undefined {
    return this.starts.length === 1 ? this.origins[0]! - this.starts[0]! : undefined;
  }

  /** Removes the given [start, end) ranges (sorted, disjoint). */
  delete(ranges: [number, number][]): MappedText {
    if (ranges.length === 0) return this;
    let text = '';
    const starts: number[] = [];
    const origins: number[] = [];
    let last = 0;
    const keep = (from: number, to: number) => {
      if (to <= from) return;
      starts.push(text.length);
      origins.push(this.toOriginal(from));
      // Keep inner segment boundaries of this text too.
      for (let k = 0; k < this.starts.length; k++) {
        const s = this.starts[k]!;
        if (s > from && s < to) {
          starts.push(text.length + (s - from));
          origins.push(this.origins[k]!);
        }
      }
      text += this.text.slice(from, to);
    };
    for (const [start, end] of ranges) {
      keep(last, start);
      last = Math.max(last, end);
    }
    keep(last, this.text.length);
    if (starts.length === 0) {
      starts.push(0);
      origins.push(this.toOriginal(this.text.length));
    }
    return new MappedText(text, starts, origins);
  }

  /** Deletes every match of a global regex. */
  deleteMatches(regex: RegExp): MappedText {
    const ranges: [number, number][] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(this.text); m; m = regex.exec(this.text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      ranges.push([m.index, m.index + m[0].length]);
    }
    return this.delete(ranges);
  }

  /** Replaces characters one for one (same length), keeping the map. */
  withText(text: string): MappedText {
    if (text.length !== this.text.length) throw new Error('withText needs the same length');
    return new MappedText(text, this.starts, this.origins);
  }
}
