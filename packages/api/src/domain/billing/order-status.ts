import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { orders } from '../../db/schema.ts';
import { NotFoundError } from '../not-found-error.ts';

/** Where one of the user's orders stands (the return pages wait until the payment has landed). */
export async function orderStatus(db: Database, userId: string, orderId: string) {
  const [order] = await db
    .select({ id: orders.id, packageId: orders.packageId, credits: orders.credits, status: orders.status })
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.userId, userId)));
  if (!order) throw new NotFoundError('No such order.');
  return order;
}
