import { interviewPolicy } from '@voxly/config';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from './room-state.ts';

/** Time left in the call, with the spoken warnings' minutes once it is late; both rooms show it. */
export function CallClock({ startedAt }: { startedAt: Date | null }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  // The server stamps the start; a tick that predates it must not show more than 15:00.
  const elapsed = startedAt ? Math.max(0, now - startedAt.getTime()) : 0;
  const late = elapsed >= interviewPolicy.warningsAtMs[0];
  const minutesLeft = Math.ceil((interviewPolicy.maxDurationMs - elapsed) / 60_000);
  return (
    <span className={late ? 'clock late' : 'clock'} aria-label={t('room.timeLeft')} role="timer">
      {formatClock(elapsed, interviewPolicy.maxDurationMs)}
      {late && minutesLeft > 0 && <span className="clock-warning"> {t('room.warning', { count: minutesLeft })}</span>}
    </span>
  );
}
