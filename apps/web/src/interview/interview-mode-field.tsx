import { interviewModes, memberOf, type InterviewMode } from '@voxly/config';
import { useTranslation } from 'react-i18next';

/**
 * Real or coached, on the new-interview form: the values the server accepts (defined once,
 * in @voxly/config), with one line saying what each means for the interview.
 */
export function InterviewModeField({ value, onChange }: { value: InterviewMode; onChange: (next: InterviewMode) => void }) {
  const { t } = useTranslation();
  return (
    <div className="interview-mode">
      <label htmlFor="interview-mode">{t('mode.label')}</label>
      <select
        id="interview-mode"
        value={value}
        aria-describedby="interview-mode-hint"
        onChange={(e) => memberOf(interviewModes, e.target.value) && onChange(e.target.value)}
      >
        {interviewModes.map((mode) => (
          <option key={mode} value={mode}>
            {t(`mode.options.${mode}`)}
          </option>
        ))}
      </select>
      <p id="interview-mode-hint" className="muted hint">
        {t(`mode.hints.${value}`)}
      </p>
    </div>
  );
}
