import { useTranslation } from 'react-i18next';

/**
 * A chunk that would not load: the network dropped, or a deploy replaced the file this page's
 * scripts name. Said plainly with the one thing that helps, instead of a blank page.
 */
export function PartNotLoaded() {
  const { t } = useTranslation();
  return (
    <div className="page" role="alert" data-testid="part-not-loaded">
      <p>{t('common.partNotLoaded')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('common.reloadPage')}
      </button>
    </div>
  );
}
