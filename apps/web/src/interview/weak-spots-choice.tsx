import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../api/trpc.ts';

type WeakSpots = NonNullable<RouterOutputs['interview']['weakSpots']>;

/**
 * "Focus on what I found hard last time" on the new-interview form: offered only when the
 * server found a finished report to aim at, and saying what the interview will lead with.
 * The checkbox only asks; the server reads what the weak spots are.
 */
export function WeakSpotsChoice({
  weakSpots,
  checked,
  onChange,
}: {
  weakSpots: WeakSpots;
  checked: boolean;
  onChange: (next: boolean) => void;
}) {
  const { t } = useTranslation();
  const weakest = weakSpots.competencies[0];
  return (
    <div className="weak-spots-choice" data-testid="weak-spots-choice">
      <label className="toggle">
        <input
          id="focus-weak-spots"
          type="checkbox"
          checked={checked}
          aria-describedby="focus-weak-spots-hint"
          onChange={(e) => onChange(e.target.checked)}
        />{' '}
        {t('weakSpots.label')}
      </label>
      <p id="focus-weak-spots-hint" className="muted hint">
        {weakest && t('weakSpots.hint', { competency: t(`competencies.${weakest.competency}`) })}
      </p>
    </div>
  );
}
