import type { CheckoutCurrency } from '@voxly/config';
import { useTranslation } from 'react-i18next';

/** The currency's name in the UI language, with its code: "Argentine Peso (ARS)". */
function marketName(market: CheckoutCurrency, locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'currency' }).of(market);
  return name && name !== market ? `${name} (${market})` : market;
}

/** Which market the prices are in, switchable where the operator sells in several. */
export function MarketSwitch({
  market,
  markets,
  onChange,
}: {
  market: CheckoutCurrency;
  markets: readonly CheckoutCurrency[];
  onChange: (market: CheckoutCurrency) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  if (markets.length < 2) return null;
  return (
    <p className="market-switch">
      <label htmlFor="market">{t('pricing.market')}</label>{' '}
      <select
        id="market"
        data-testid="market-switch"
        value={market}
        onChange={(event) => {
          const chosen = markets.find((m) => m === event.target.value);
          if (chosen) onChange(chosen);
        }}
      >
        {markets.map((m) => (
          <option key={m} value={m}>
            {marketName(m, locale)}
          </option>
        ))}
      </select>
    </p>
  );
}
