import type { Competency, WeakSpotFocus } from '@voxly/config';
import type { TFunction } from 'i18next';

export interface WeakSpotChange {
  competency: Competency;
  /** Its rating in the report the focus was read from. */
  before: number;
  /** Its rating in this report; null when this interview gave nothing to rate it on. */
  after: number | null;
}

/** How each competency a focused interview aimed at was rated last time and now, in the focus's order (weakest first). Pure. */
export function weakSpotChanges(
  focus: Pick<WeakSpotFocus, 'competencies'> | null,
  ratings: readonly { competency: Competency; rating: number | null }[],
): WeakSpotChange[] {
  return (focus?.competencies ?? []).map(({ competency, rating }) => ({
    competency,
    before: rating,
    after: ratings.find((r) => r.competency === competency)?.rating ?? null,
  }));
}

/** The "since your last interview" card's words, for the page and the PDF alike; a reader is told about the candidate. */
export function weakSpotText(
  t: TFunction,
  changes: readonly WeakSpotChange[],
  reader: boolean,
): { heading: string; focusedOn: string; lines: string[] } {
  return {
    heading: reader ? t('weakSpots.reader.heading') : t('weakSpots.heading'),
    focusedOn: reader ? t('weakSpots.reader.focusedOn') : t('weakSpots.focusedOn'),
    lines: changes.map(({ competency, before, after }) => {
      const values = { competency: t(`competencies.${competency}`), before, after };
      if (after === null) return t('weakSpots.notRatedNow', values);
      return reader ? t('weakSpots.reader.change', values) : t('weakSpots.change', values);
    }),
  };
}
