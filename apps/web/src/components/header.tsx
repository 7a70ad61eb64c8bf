import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { trpc } from '../api/trpc.ts';
import { useWebAuth } from '../auth/auth-context.ts';
import { forgetKeptDrafts } from '../interview/use-kept-draft.ts';
import { LanguageSwitcher } from './language-switcher.tsx';
import { localModeServices } from './local-mode.ts';

/** A navigation link that says when its page is the one shown (styled, and announced as the current page). */
function NavLink({ to, children }: { to: string; children: React.ReactNode }) {
  const [active] = useRoute(to);
  return (
    <Link to={to} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function Header() {
  const { t } = useTranslation();
  const auth = useWebAuth();
  const me = trpc.account.me.useQuery();
  const local = me.data ? localModeServices(me.data.modes) : [];
  return (
    <header className="header">
      <Link to="/" className="brand" aria-label={t('header.home')}>
        Voxly
      </Link>
      <nav aria-label={t('header.main')}>
        <NavLink to="/">{t('header.dashboard')}</NavLink>
        <NavLink to="/pricing">{t('header.buyCredits')}</NavLink>
      </nav>
      <div className="header-end">
        {local.length > 0 && (
          <span className="badge" title={t('header.localModeTitle', { services: local.map((s) => t(`localServices.${s}`)).join(', ') })}>
            {t('header.localMode')}
          </span>
        )}
        <span className="balance" aria-live="polite" data-testid="balance">
          {me.data ? t('common.credits', { count: me.data.credits }) : '…'}
        </span>
        <span className="user-name">{me.data?.user.name ?? ''}</span>
        <LanguageSwitcher />
        <button
          type="button"
          className="secondary"
          onClick={() => {
            forgetKeptDrafts();
            void auth.signOut();
          }}
        >
          {t('header.signOut')}
        </button>
      </div>
    </header>
  );
}
