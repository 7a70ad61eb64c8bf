import type { Competency, WeakSpotFocus } from '@voxly/config';

/** What a focused question weighs: as much as the must-haves that matter most, so pacing keeps it when time runs short. */
const FOCUS_WEIGHT = 3;

/**
 * The plan of an interview that aims at the last report's weak spots: it leads with a
 * question on the weakest competency the session asks about, then revisits the kind of
 * question scored worst when that is another competency; the rest follows in the plan's
 * order. Only the plan's own questions move, so the session's kind still holds (a technical
 * session asks no stories, focused or not) and the review still knows every question. Pure.
 */
export function leadWithWeakSpots<Planned extends { question: { competency: Competency }; weight: number }>(
  plan: Planned[],
  focus: WeakSpotFocus,
): Planned[] {
  const chosen: Planned[] = [];
  const take = (competency: Competency | null | undefined): boolean => {
    const found = plan.find((p) => p.question.competency === competency && !chosen.includes(p));
    if (found) chosen.push(found);
    return found !== undefined;
  };
  const lead = focus.competencies.map((c) => c.competency).find((competency) => take(competency));
  const worst = focus.questions[0]?.competency;
  if (worst !== lead) take(worst);
  const front = chosen.map((p) => ({ ...p, weight: Math.max(p.weight, FOCUS_WEIGHT) }));
  return [...front, ...plan.filter((p) => !chosen.includes(p))];
}
