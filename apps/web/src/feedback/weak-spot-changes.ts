import type { Competency, WeakSpotFocus } from '@voxly/config';

export interface WeakSpotChange {
  competency: Competency;
  /** Its rating in the report the focus was read from. */
  before: number;
  /** Its rating in this report; null when this interview gave nothing to rate it on. */
  after: number | null;
}

/** How each competency a focused interview aimed at was rated last time and now, in the focus's order (weakest first). Pure. */
export function weakSpotChanges(
  focus: WeakSpotFocus | null,
  ratings: readonly { competency: Competency; rating: number | null }[],
): WeakSpotChange[] {
  return (focus?.competencies ?? []).map(({ competency, rating }) => ({
    competency,
    before: rating,
    after: ratings.find((r) => r.competency === competency)?.rating ?? null,
  }));
}
