import type { StorySummary } from '../shared/types';

/**
 * Minimum evidence: a story one outlet reports is shown as single-source, and an edition
 * prefers stories that at least two outlets report.
 */
export const PREFERRED_MIN_OUTLETS = 2;

export function meetsMinimumEvidence(summary: Pick<StorySummary, 'outletCount'>): boolean {
  return summary.outletCount >= PREFERRED_MIN_OUTLETS;
}

/** Sort order for edition building: stories with enough outlets first, then by outlet count. */
export function compareByEvidence(
  a: Pick<StorySummary, 'outletCount'>,
  b: Pick<StorySummary, 'outletCount'>,
): number {
  const enough = Number(meetsMinimumEvidence(b)) - Number(meetsMinimumEvidence(a));
  return enough !== 0 ? enough : b.outletCount - a.outletCount;
}
