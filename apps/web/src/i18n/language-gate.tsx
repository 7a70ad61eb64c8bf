import type { Language } from '@voxly/config';
import { useEffect, useState, type ReactNode } from 'react';
import { i18next, loadLanguage } from './i18n.ts';

/** True once `language`'s dictionary is loaded (a report in another language than the UI's needs its own). */
function useLanguageBundle(language: Language): boolean {
  const [loaded, setLoaded] = useState(() => language === 'en' || i18next.hasResourceBundle(language, 'translation'));
  useEffect(() => {
    let live = true;
    void loadLanguage(language).then(() => {
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [language]);
  return loaded;
}

/** Shows its children once `language`'s dictionary is loaded (a moment, the first time). */
export function LanguageGate({ language, children }: { language: Language; children: ReactNode }) {
  return useLanguageBundle(language) ? children : null;
}
