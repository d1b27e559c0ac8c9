import { relative } from 'node:path';
import type { ProjectContext } from '@atlas-lint/engine';
import { measureProgress, sheetPath, type Progress } from './progress.js';
import { parseTrackingSheet, type TrackingSheet } from './sheet.js';

export interface SheetContext {
  /** Sheet path relative to the project root (where messages about it go). */
  path: string;
  source: string;
  sheet: TrackingSheet;
  progress: Progress;
}

// Four tracking rules read the same sheet in one run: parse and measure it once.
const cache = new WeakMap<object, SheetContext | null>();

/** The configured tracking sheet with measured progress, or null when none is configured or readable. */
export function loadSheet(context: ProjectContext<unknown>): SheetContext | null {
  if (cache.has(context.files)) return cache.get(context.files)!;
  let result: SheetContext | null = null;
  const absolute = sheetPath(context.settings);
  if (absolute) {
    const path = relative(context.root, absolute).split('\\').join('/');
    const source = context.readFile(path);
    if (source === undefined) {
      context.report(path, { message: `Tracking sheet ${path} (config tracking.sheet) cannot be read.` });
    } else {
      const sheet = parseTrackingSheet(source);
      result = { path, source, sheet, progress: measureProgress(sheet, context.files, context.settings, context.root) };
    }
  }
  cache.set(context.files, result);
  return result;
}
