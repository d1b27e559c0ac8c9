import type { Severity, SeverityLevel } from '../types.js';

const levels: Record<string, SeverityLevel> = { off: 0, warn: 1, error: 2, '0': 0, '1': 1, '2': 2 };

export function severityLevel(value: Severity | SeverityLevel | string | number): SeverityLevel | undefined {
  return levels[String(value)];
}

export const severityName: Record<SeverityLevel, Severity> = { 0: 'off', 1: 'warn', 2: 'error' };
