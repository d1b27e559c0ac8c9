// Mermaid 11.17.2 as a browser runs it, in Node: the oracle for syntax verdicts.
// jsdom supplies the window; the globals Mermaid touches are copied onto globalThis
// (`Option` is needed by sequence `box`, see docs/mermaid-grammar-notes.md §4).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let mermaidPromise;

async function loadMermaid() {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const { window } = dom;
  for (const key of ['window', 'document', 'navigator', 'Option', 'DOMParser', 'Element', 'HTMLElement', 'SVGElement', 'Node', 'getComputedStyle', 'MutationObserver']) {
    if (!(key in globalThis) || key === 'window' || key === 'document') {
      try { globalThis[key] = key === 'window' ? window : window[key]; } catch { /* read-only global */ }
    }
  }
  const mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false, logLevel: 'fatal' });
  return mermaid;
}

/** Mermaid's verdict for one diagram text: { valid, type?, message? }. */
export async function mermaidVerdict(text) {
  mermaidPromise ??= loadMermaid();
  const mermaid = await mermaidPromise;
  try {
    const result = await mermaid.parse(text);
    return { valid: true, type: result?.diagramType };
  } catch (error) {
    const message = String(error?.message ?? error);
    // A failure that only comes from a missing browser global is not a syntax error.
    if (error?.name === 'ReferenceError') {
      return { valid: true, type: undefined, message };
    }
    return { valid: false, message };
  } finally {
    // Leave no diagram's directives in Mermaid's configuration: atlas-lint's own copy of Mermaid
    // (packages/mermaid/src/delegate.ts) is the same module in a test, and initialising it on a
    // configuration left with a broken theme throws.
    mermaid.mermaidAPI.reset();
  }
}

const cacheFile = join(dirname(fileURLToPath(import.meta.url)), '../../node_modules/.cache/atlas-lint/mermaid-verdicts.json');
const hash = (text) => createHash('sha1').update(text).digest('hex');

/** Verdicts are a pure function of text and Mermaid's version, so they are cached on disk. */
export class VerdictCache {
  constructor() {
    this.version = JSON.parse(readFileSync(new URL('../../node_modules/mermaid/package.json', import.meta.url), 'utf8')).version;
    this.entries = {};
    if (existsSync(cacheFile)) {
      try {
        const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
        if (data.version === this.version) this.entries = data.entries;
      } catch { /* rebuilt below */ }
    }
    this.dirty = false;
  }
  async verdict(text) {
    const key = hash(text);
    if (!this.entries[key]) {
      this.entries[key] = await mermaidVerdict(text);
      this.dirty = true;
    }
    return this.entries[key];
  }
  save() {
    if (!this.dirty) return;
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ version: this.version, entries: this.entries }));
  }
}

/** The key names of Mermaid's default configuration at any depth, array-valued keys left out, sorted. */
export async function mermaidConfigKeys() {
  mermaidPromise ??= loadMermaid();
  const config = (await mermaidPromise).mermaidAPI.defaultConfig;
  const keyify = (obj) => Object.keys(obj).flatMap((key) => {
    const value = obj[key];
    if (Array.isArray(value)) return [];
    return value !== null && typeof value === 'object' ? [key, ...keyify(value)] : [key];
  });
  return [...new Set(keyify(config))].sort();
}
