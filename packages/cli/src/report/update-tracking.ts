import { readFileSync } from 'node:fs';
import type { ProjectFile, SharedSettings } from '@atlas-lint/engine';
import { measureProgress, parseTrackingSheet, sheetPath, STATUS_LABELS, type TargetState, type TargetStatus } from '@atlas-lint/rules';
import { UsageError } from '../args.js';
import type { CliIO } from '../run.js';
import { writeFileAtomic } from '../write.js';

/**
 * The status a target's cell should show. Measured facts win (complete, or claimed but failing),
 * but a state only people know is kept: 👀 Review of a claimed-but-failing diagram, and work
 * marked In Progress/Review that no page claims yet.
 */
export function nextStatus(state: TargetState): TargetStatus {
  const current = state.target.status;
  // A cell nobody can read is left for a person (tracking/invalid-status reports it).
  if (current === null) return current as unknown as TargetStatus;
  if (state.measured === 'complete') return 'complete';
  if (state.measured === 'in-progress') return current === 'review' ? 'review' : 'in-progress';
  return current === 'in-progress' || current === 'review' ? current : 'pending';
}

/** Rewrites the Status cells of the tracking sheet from the measured state; every other byte stays. */
export function rewriteStatusCells(source: string, states: TargetState[]): { output: string; changed: number } {
  const edits = states
    .map((state) => ({ state, status: nextStatus(state) }))
    .filter(({ state, status }) => state.target.status !== null && state.target.status !== status)
    .sort((a, b) => a.state.target.statusCell.start - b.state.target.statusCell.start);
  let output = '';
  let last = 0;
  for (const { state, status } of edits) {
    output += source.slice(last, state.target.statusCell.start) + STATUS_LABELS[status];
    last = state.target.statusCell.end;
  }
  return { output: output + source.slice(last), changed: edits.length };
}

export function updateTracking(files: ProjectFile[], settings: SharedSettings, io: CliIO): void {
  const path = sheetPath(settings);
  if (!path) throw new UsageError('--update-tracking needs `tracking.sheet` in the config');
  const source = readFileSync(path, 'utf8');
  const progress = measureProgress(parseTrackingSheet(source), files, settings, io.cwd);
  const { output, changed } = rewriteStatusCells(source, progress.targets);
  if (changed > 0) writeFileAtomic(path, output);
  io.stderr(`atlas-lint: ${changed} status cell${changed === 1 ? '' : 's'} updated in ${path}\n`);
}
