import { describe, expect, it } from 'vitest';
import { mercadoPagoPaymentState } from '../src/adapters/payments/mercadopago/mercadopago-payment-state.ts';

describe("Mercado Pago's statuses in the domain's words", () => {
  it('pays only on approved, waits on the in-between ones, reverses refunds and charge-backs', () => {
    expect(mercadoPagoPaymentState('approved')).toBe('paid');
    for (const status of ['pending', 'authorized', 'in_process', 'in_mediation']) expect(mercadoPagoPaymentState(status)).toBe('waiting');
    for (const status of ['refunded', 'charged_back']) expect(mercadoPagoPaymentState(status)).toBe('reversed');
    for (const status of ['rejected', 'cancelled']) expect(mercadoPagoPaymentState(status)).toBe('failed');
  });

  it('never credits a status it does not know (a new one, a different case, a prototype key)', () => {
    for (const status of ['APPROVED', 'approved ', 'partially_refunded', 'toString', '__proto__', '']) {
      expect(mercadoPagoPaymentState(status)).toBe('failed');
    }
  });
});
