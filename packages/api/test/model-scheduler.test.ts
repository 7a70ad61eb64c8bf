import { describe, expect, it } from 'vitest';
import { ModelBusyError, ModelScheduler } from '../src/domain/model/model-scheduler.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ModelScheduler: live turns first on a shared model', () => {
  it('refuses a side call that would use the last slot while it is taken, and lets it run on an idle model', async () => {
    const scheduler = new ModelScheduler(1);
    const live = await scheduler.acquire('live', { whenBusy: 'wait' });
    await expect(scheduler.acquire('side', { whenBusy: 'refuse' })).rejects.toBeInstanceOf(ModelBusyError);
    live.release();
    const side = await scheduler.acquire('side', { whenBusy: 'refuse' });
    expect(scheduler.busy).toEqual({ live: 0, side: 1 });
    side.release();
  });

  it('pushes a running side call out when a live turn needs its slot, and hands the slot to the live turn on release', async () => {
    const scheduler = new ModelScheduler(1);
    const side = await scheduler.acquire('side', { whenBusy: 'wait' });
    let granted = false;
    const live = scheduler.acquire('live', { whenBusy: 'wait' }).then((slot) => {
      granted = true;
      return slot;
    });
    expect(side.preempted.aborted).toBe(true);
    expect(side.preempted.reason).toBeInstanceOf(ModelBusyError);
    await settle();
    expect(granted).toBe(false); // until the side call lets go
    side.release();
    const slot = await live;
    expect(scheduler.busy).toEqual({ live: 1, side: 0 });
    expect(slot.preempted.aborted).toBe(false);
  });

  it('queues live turns ahead of waiting side calls, each lane in its own order', async () => {
    const scheduler = new ModelScheduler(1);
    const first = await scheduler.acquire('live', { whenBusy: 'wait' });
    const order: string[] = [];
    const take = (name: string, lane: 'live' | 'side') =>
      scheduler.acquire(lane, { whenBusy: 'wait' }).then((slot) => {
        order.push(name);
        slot.release();
      });
    const all = Promise.all([take('review', 'side'), take('live-2', 'live'), take('eval', 'side'), take('live-3', 'live')]);
    first.release();
    await all;
    expect(order).toEqual(['live-2', 'live-3', 'review', 'eval']);
  });

  it('never starts a side call on a free slot while a live turn waits for one', async () => {
    const scheduler = new ModelScheduler(2);
    const a = await scheduler.acquire('live', { whenBusy: 'wait' });
    const b = await scheduler.acquire('live', { whenBusy: 'wait' });
    const waiting = scheduler.acquire('live', { whenBusy: 'wait' });
    await expect(scheduler.acquire('side', { whenBusy: 'refuse' })).rejects.toBeInstanceOf(ModelBusyError);
    a.release();
    (await waiting).release();
    b.release();
    expect(scheduler.busy).toEqual({ live: 0, side: 0 });
  });

  it('drops a waiter whose signal aborts, and has no limit at capacity 0', async () => {
    const scheduler = new ModelScheduler(1);
    const held = await scheduler.acquire('live', { whenBusy: 'wait' });
    const controller = new AbortController();
    const abandoned = scheduler.acquire('live', { whenBusy: 'wait', signal: controller.signal });
    controller.abort(new Error('superseded'));
    await expect(abandoned).rejects.toThrow('superseded');
    held.release();
    expect(scheduler.busy).toEqual({ live: 0, side: 0 });

    const open = new ModelScheduler(0);
    await Promise.all(Array.from({ length: 50 }, () => open.acquire('side', { whenBusy: 'refuse' })));
    expect(open.busy.side).toBe(50);
  });
});
