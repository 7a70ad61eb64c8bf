import { policyForLength } from '@voxly/config';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from './room-state.ts';

/**
 * Time left in the call, with the spoken warnings' minutes once it is late; both rooms show
 * it, for the length the candidate chose. A coached session puts no time pressure on: the
 * time left, no warning, and under it the mode, as the history and the report name it (under,
 * not beside: the bar keeps its one row on a phone).
 */
export function CallClock({
  startedAt,
  lengthMinutes,
  coached = false,
}: {
  startedAt: Date | null;
  lengthMinutes: number;
  coached?: boolean;
}) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  // The same clock the server keeps for this interview's length.
  const policy = policyForLength(lengthMinutes);
  // The server stamps the start; a tick that predates it must not show more than the length.
  const elapsed = startedAt ? Math.max(0, now - startedAt.getTime()) : 0;
  const late = !coached && elapsed >= policy.warningsAtMs[0];
  // "Less than N minutes", true at every second beside a clock that shows them: at 1:11, less than 2 (not "2 minutes").
  const minutesLeft = Math.floor((policy.maxDurationMs - elapsed) / 60_000) + 1;
  const clock = (
    <span className={late ? 'clock late' : 'clock'} aria-label={t('room.timeLeft')} role="timer">
      {formatClock(elapsed, policy.maxDurationMs)}
      {late && elapsed < policy.maxDurationMs && <span className="clock-warning"> {t('room.warning', { count: minutesLeft })}</span>}
    </span>
  );
  if (!coached) return clock;
  return (
    <span className="clock-with-mode">
      {clock}
      <span className="badge room-mode" data-testid="room-mode">
        {t('mode.summary.coached')}
      </span>
    </span>
  );
}
