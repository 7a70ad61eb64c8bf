import type { Language, WeakSpotFocus } from '@voxly/config';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { weakSpotChanges, weakSpotText } from './weak-spot-changes.ts';

/**
 * On the report of an interview that focused on last time's weak spots: each of them, last
 * time's rating → this one ("Communication 2 → 4 since your last interview"), in the
 * report's language like the rest of it. Nothing for an unfocused interview. A reader of a shared
 * report (a mentor) is told about "the candidate", not "you".
 */
export function WeakSpotProgress({
  focus,
  ratings,
  language,
  reader = false,
}: {
  focus: Pick<WeakSpotFocus, 'competencies'> | null;
  reader?: boolean;
  ratings: readonly { competency: WeakSpotFocus['competencies'][number]['competency']; rating: number | null }[];
  language: Language;
}) {
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  const changes = weakSpotChanges(focus, ratings);
  if (changes.length === 0) return null;
  const text = weakSpotText(t, changes, reader);
  return (
    <section
      className="card weak-spot-progress"
      aria-labelledby="weak-spot-progress-heading"
      lang={language}
      data-testid="weak-spot-progress"
    >
      <h2 id="weak-spot-progress-heading">{text.heading}</h2>
      <p className="muted">{text.focusedOn}</p>
      <ul>
        {changes.map(({ competency, before, after }, index) => (
          <li
            key={competency}
            data-testid="weak-spot-change"
            data-trend={after === null ? 'none' : after > before ? 'up' : after < before ? 'down' : 'same'}
          >
            {text.lines[index]}
          </li>
        ))}
      </ul>
    </section>
  );
}
