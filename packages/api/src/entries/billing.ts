/** `@voxly/api/billing`: checkouts, payment notifications and the payments port. */
export * from '../domain/billing/apply-payment.ts';
export * from '../domain/billing/create-checkout.ts';
export type * from '../ports/payments-port.ts';
