import { LanguageSwitcher } from './language-switcher.tsx';

/**
 * The bar of the pages a visitor may see without an account (the landing, the sample report, a
 * shared report): the brand and the language switch, nothing of an account. The brand links home
 * except on the home page itself.
 */
export function VisitorHeader({ home = false }: { home?: boolean }) {
  return (
    <header className="header landing-bar">
      {home ? (
        <span className="brand">Voxly</span>
      ) : (
        <a className="brand" href="/">
          Voxly
        </a>
      )}
      <div className="header-end">
        <LanguageSwitcher />
      </div>
    </header>
  );
}
