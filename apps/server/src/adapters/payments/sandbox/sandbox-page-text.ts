import { languageOfLocale } from '@voxly/config';

/** The sandbox checkout's words, in the language chosen in the app (else Accept-Language's); English otherwise. */
export const sandboxPageText = {
  en: {
    title: 'Sandbox checkout',
    tag: 'Sandbox: no real money',
    heading: 'Voxly checkout',
    /** By package id, as the web app names them (the catalog's names are English). */
    packageNames: { starter: 'Starter', intermediate: 'Intermediate', professional: 'Professional' },
    package: (name: string, credits: number) => `${name} package: ${credits} interview ${credits === 1 ? 'credit' : 'credits'}`,
    approve: 'Approve payment',
    pending: 'Leave pending',
    reject: 'Reject payment',
    notOpenTitle: 'Order not found',
    notOpen: 'This order is not open',
    notOpenText: 'It was paid, or it does not exist.',
    cannotComplete: 'That checkout cannot be completed',
    crossSite: 'That checkout cannot be completed from another site',
  },
  es: {
    title: 'Pago de prueba',
    tag: 'Entorno de prueba: sin dinero real',
    heading: 'Pago en Voxly',
    /** By package id, as the web app names them (the catalog's names are English). */
    packageNames: { starter: 'Inicial', intermediate: 'Intermedio', professional: 'Profesional' },
    package: (name: string, credits: number) => `Paquete ${name}: ${credits} ${credits === 1 ? 'crédito' : 'créditos'} de entrevista`,
    approve: 'Aprobar el pago',
    pending: 'Dejar pendiente',
    reject: 'Rechazar el pago',
    notOpenTitle: 'Pedido no encontrado',
    notOpen: 'Este pedido no está abierto',
    notOpenText: 'Ya se pagó, o no existe.',
    cannotComplete: 'Este pago no se puede completar',
    crossSite: 'Este pago no se puede completar desde otro sitio',
  },
  'pt-BR': {
    title: 'Pagamento de teste',
    tag: 'Ambiente de teste: sem dinheiro real',
    heading: 'Pagamento na Voxly',
    /** By package id, as the web app names them (the catalog's names are English). */
    packageNames: { starter: 'Inicial', intermediate: 'Intermediário', professional: 'Profissional' },
    package: (name: string, credits: number) => `Pacote ${name}: ${credits} ${credits === 1 ? 'crédito' : 'créditos'} de entrevista`,
    approve: 'Aprovar o pagamento',
    pending: 'Deixar pendente',
    reject: 'Recusar o pagamento',
    notOpenTitle: 'Pedido não encontrado',
    notOpen: 'Este pedido não está aberto',
    notOpenText: 'Ele já foi pago, ou não existe.',
    cannotComplete: 'Este pagamento não pode ser concluído',
    crossSite: 'Este pagamento não pode ser concluído a partir de outro site',
  },
} as const;

export type SandboxLanguage = keyof typeof sandboxPageText;

/** The page language for a locale (the shared vocabulary's `languageOfLocale`). */
export function sandboxLanguageOf(locale: string): SandboxLanguage {
  return languageOfLocale(locale);
}
