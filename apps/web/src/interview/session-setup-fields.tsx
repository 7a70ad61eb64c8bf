import { memberOf, seniorities, sessionKinds, sessionLengths, type SessionSetup } from '@voxly/config';
import { useTranslation } from 'react-i18next';

/**
 * The session's setup on the new-interview form: length, kind and level, each a choice of
 * the values the server accepts (defined once, in @voxly/config) with one line saying what it
 * means for the interview.
 */
export function SessionSetupFields({ value, onChange }: { value: SessionSetup; onChange: (next: SessionSetup) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="session-setup">
      <legend>{t('session.legend')}</legend>
      <div>
        <label htmlFor="session-length">{t('session.length')}</label>
        <select
          id="session-length"
          value={value.lengthMinutes}
          aria-describedby="session-length-hint"
          onChange={(e) => {
            const lengthMinutes = Number(e.target.value);
            if (memberOf(sessionLengths, lengthMinutes)) onChange({ ...value, lengthMinutes });
          }}
        >
          {sessionLengths.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('session.lengthOption', { count: minutes })}
            </option>
          ))}
        </select>
        <p id="session-length-hint" className="muted hint">
          {t('session.lengthHint')}
        </p>
      </div>
      <div>
        <label htmlFor="session-kind">{t('session.kind')}</label>
        <select
          id="session-kind"
          value={value.kind}
          aria-describedby="session-kind-hint"
          onChange={(e) => memberOf(sessionKinds, e.target.value) && onChange({ ...value, kind: e.target.value })}
        >
          {sessionKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`session.kinds.${kind}`)}
            </option>
          ))}
        </select>
        <p id="session-kind-hint" className="muted hint">
          {t(`session.kindHints.${value.kind}`)}
        </p>
      </div>
      <div>
        <label htmlFor="session-seniority">{t('session.seniority')}</label>
        <select
          id="session-seniority"
          value={value.seniority}
          aria-describedby="session-seniority-hint"
          onChange={(e) => memberOf(seniorities, e.target.value) && onChange({ ...value, seniority: e.target.value })}
        >
          {seniorities.map((level) => (
            <option key={level} value={level}>
              {t(`session.seniorities.${level}`)}
            </option>
          ))}
        </select>
        <p id="session-seniority-hint" className="muted hint">
          {t(`session.seniorityHints.${value.seniority}`)}
        </p>
      </div>
    </fieldset>
  );
}
