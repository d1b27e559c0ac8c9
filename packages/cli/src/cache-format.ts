/**
 * The results cache on disk, compacted: a warm run reads and parses the whole file before it can
 * answer anything, and on the Atlas docs (921 files) it was 3.2 MB, most of it the same 215
 * messages and 32 hints repeated with their key names, and each file's diagram summaries twice
 * (result and project share them). Here messages are value lists in the order of a shared key
 * list (so the report written from the cache keeps the key order of a fresh one), with ruleId,
 * message and hint as indices into one string table; shared summaries are stored once.
 */

type Fields = Record<string, unknown>;

/** Message keys whose values repeat across files. */
const INTERNED = new Set(['ruleId', 'message', 'hint']);
const SHARED_DIAGRAMS = 'result.diagrams';

export interface PackedEntries {
  strings: string[];
  /** Key lists of messages, in their own order. */
  shapes: string[][];
  entries: Record<string, Fields>;
}

class Packer {
  readonly strings: string[] = [];
  readonly shapes: string[][] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly shapeIds = new Map<string, number>();

  private intern(text: string): number {
    let id = this.stringIds.get(text);
    if (id === undefined) this.stringIds.set(text, (id = this.strings.push(text) - 1));
    return id;
  }

  message(message: Fields): unknown[] {
    const keys = Object.keys(message);
    const signature = keys.join('\0');
    let shape = this.shapeIds.get(signature);
    if (shape === undefined) this.shapeIds.set(signature, (shape = this.shapes.push(keys) - 1));
    const values: unknown[] = [shape];
    for (const key of keys) {
      const value = message[key];
      values.push(INTERNED.has(key) && typeof value === 'string' ? this.intern(value) : value);
    }
    return values;
  }
}

function unpackMessage(values: unknown[], strings: readonly string[], shapes: readonly string[][]): Fields {
  const keys = shapes[values[0] as number]!;
  const message: Fields = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = values[i + 1];
    message[key] = INTERNED.has(key) && typeof value === 'number' ? strings[value] : value;
  }
  return message;
}

const MESSAGE_LISTS = ['messages', 'suppressedMessages'];

/** Entries (path → { key, config, stamp, result, project }) as stored. */
export function packEntries(entries: Record<string, Fields>): PackedEntries {
  const packer = new Packer();
  const packed: Record<string, Fields> = {};
  for (const [path, entry] of Object.entries(entries)) {
    const result = { ...(entry.result as Fields) };
    for (const list of MESSAGE_LISTS) {
      if (Array.isArray(result[list])) result[list] = (result[list] as Fields[]).map((message) => packer.message(message));
    }
    let project = entry.project as Fields | null | undefined;
    if (project && project.diagrams === (entry.result as Fields).diagrams) project = { ...project, diagrams: SHARED_DIAGRAMS };
    packed[path] = { ...entry, result, project };
  }
  return { strings: packer.strings, shapes: packer.shapes, entries: packed };
}

export function unpackEntries({ strings, shapes, entries }: PackedEntries): Record<string, Fields> {
  const unpacked: Record<string, Fields> = {};
  for (const path in entries) {
    const entry = entries[path]!;
    const result = entry.result as Fields;
    for (const list of MESSAGE_LISTS) {
      if (Array.isArray(result[list])) result[list] = (result[list] as unknown[][]).map((values) => unpackMessage(values, strings, shapes));
    }
    const project = entry.project as Fields | null | undefined;
    if (project && project.diagrams === SHARED_DIAGRAMS) project.diagrams = result.diagrams;
    unpacked[path] = entry;
  }
  return unpacked;
}
