import { NavLink } from 'react-router';
import { trpc } from '../api/trpc.ts';
import { useWebAuth } from '../auth/auth-context.ts';
import { localModeServices } from './local-mode.ts';

export function Header() {
  const auth = useWebAuth();
  const me = trpc.account.me.useQuery();
  const local = me.data ? localModeServices(me.data.modes) : [];
  return (
    <header className="header">
      <NavLink to="/" className="brand" aria-label="Voxly home">
        Voxly
      </NavLink>
      <nav aria-label="Main">
        <NavLink to="/" end>
          Dashboard
        </NavLink>
        <NavLink to="/pricing">Buy credits</NavLink>
      </nav>
      <div className="header-end">
        {local.length > 0 && (
          <span className="badge" title={`Running locally: ${local.join(', ')}`}>
            Local mode
          </span>
        )}
        <span className="balance" aria-live="polite" data-testid="balance">
          {me.data ? `${me.data.credits} ${me.data.credits === 1 ? 'credit' : 'credits'}` : '…'}
        </span>
        <span className="user-name">{me.data?.user.name ?? ''}</span>
        <button type="button" className="secondary" onClick={() => void auth.signOut()}>
          Sign out
        </button>
      </div>
    </header>
  );
}
