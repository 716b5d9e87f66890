/** A change as the plan orders it: the change, its hazards and how it must run. */
import type { Change, Hazard } from '../diff/change.js';

export interface PlannedChange {
  change: Change;
  hazards: Hazard[];
  /** Must run outside any transaction (CONCURRENTLY). */
  noTransaction?: boolean;
  /** The statements before this one must be committed first. */
  commitBefore?: boolean;
  /** Comment lines for reviewers: recipes, backfill templates. */
  notes?: string[];
}
