import type { CreditPackage, Language } from '@voxly/config';

// What the buyer reads on the payment provider's page (Mercado Pago's items[].title), in
// their language. The package names are the pricing page's (apps/web i18n pricing.packageNames).
const packageNames: Record<Language, Record<CreditPackage['id'], string>> = {
  en: { starter: 'Starter', intermediate: 'Intermediate', professional: 'Professional' },
  es: { starter: 'Inicial', intermediate: 'Intermedio', professional: 'Profesional' },
  'pt-BR': { starter: 'Inicial', intermediate: 'Intermediário', professional: 'Profissional' },
};

const credits: Record<Language, (count: number) => string> = {
  en: (n) => `${n} interview ${n === 1 ? 'credit' : 'credits'}`,
  es: (n) => `${n} ${n === 1 ? 'crédito' : 'créditos'} de entrevista`,
  'pt-BR': (n) => `${n} ${n === 1 ? 'crédito' : 'créditos'} de entrevista`,
};

/** "Voxly Starter: 3 interview credits", "Voxly Inicial: 3 créditos de entrevista". */
export function checkoutItemTitle(pkg: Pick<CreditPackage, 'id' | 'credits'>, language: Language): string {
  return `Voxly ${packageNames[language][pkg.id]}: ${credits[language](pkg.credits)}`;
}
