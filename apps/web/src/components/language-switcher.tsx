import { isLanguage, languageNames, languages } from '@voxly/config';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage, uiLanguage } from '../i18n/i18n.ts';

/** The UI language, switchable at any time and remembered in this browser. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="language-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('common.language')}
      </label>
      <select
        id={id}
        value={uiLanguage()}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void switchLanguage(e.target.value);
        }}
      >
        {languages.map((l) => (
          <option key={l} value={l}>
            {languageNames[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
