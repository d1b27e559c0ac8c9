import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export type SourceRead = { ok: true; text: string; bom: boolean } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a text file; binary or non-UTF-8 content becomes a clear message, never an exception. */
export async function readSourceFile(path: string, maxBytes = 50 * 1024 * 1024): Promise<SourceRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `Cannot read file (${code ?? (error as Error).message}).` };
  }
  return decodeSource(bytes, maxBytes);
}

/** The same, synchronously: a run reads hundreds of small files, where awaiting each costs more than reading it. */
export function readSourceFileSync(path: string, maxBytes = 50 * 1024 * 1024): SourceRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `Cannot read file (${code ?? (error as Error).message}).` };
  }
  return decodeSource(bytes, maxBytes);
}

export function decodeSource(bytes: Uint8Array, maxBytes = 50 * 1024 * 1024): SourceRead {
  if (bytes.length > maxBytes) return { ok: false, message: `File is larger than ${maxBytes} bytes; skipped.` };
  const probe = bytes.subarray(0, 8000);
  if (probe.includes(0)) return { ok: false, message: 'File looks binary (contains NUL bytes); skipped.' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, message: 'File is not valid UTF-8; skipped.' };
  }
  // The decoder drops a leading byte-order mark itself: the bytes say whether there was one, so
  // that --fix writes it back.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, text, bom };
}
