import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { openPglite } from '../src/db/open-pglite.ts';
import { appendLedgerEntry, getBalance } from '../src/domain/credits/ledger.ts';
import type { Identity } from '../src/trpc/context.ts';
import { routerCaller } from './support/router-caller.ts';

const nurseJob = {
  jobTitle: 'Registered Nurse, ICU',
  jobDescription:
    'Provide critical care to ICU patients, administer medications and monitor vital signs.\nRequirements:\n- Active RN license\n- BLS and ACLS certification\n- 2 years of acute care experience',
  language: 'en' as const,
};

/** The form's fit check: advice before a credit is spent, for a signed-in user, changing nothing. */
describe('interview.fitPreview', () => {
  let handle: DatabaseHandle;
  let caller: ReturnType<typeof routerCaller>;
  const ana: Identity = { userId: 'local:fit-preview-ana', name: 'Ana' };

  beforeAll(async () => {
    handle = await openPglite();
    caller = routerCaller(handle, {});
  });
  afterAll(() => handle?.close());

  it('names the licence a resume does not show, and charges nothing', async () => {
    await caller(ana).account.me();
    await appendLedgerEntry(handle.db, { userId: ana.userId, delta: 1, reason: 'grant' });
    const pastryChef = await caller(ana).interview.fitPreview({
      ...nurseJob,
      resumeText: 'Pastry chef for eight years at a hotel bakery: laminated doughs, wedding cakes, ran a team of four.',
    });
    expect(pastryChef.warn).toBe(true);
    expect(pastryChef.gaps.join(' ')).toMatch(/RN license|BLS|ACLS/);
    expect(await getBalance(handle.db, ana.userId)).toBe(1);
  });

  it('does not warn a nurse whose resume shows what the role asks for', async () => {
    const nurse = await caller(ana).interview.fitPreview({
      ...nurseJob,
      resumeText:
        'Registered Nurse (RN license active), BLS and ACLS certified. Three years in a cardiac ICU: medications, monitoring, family updates.',
    });
    expect(nurse).toEqual({ warn: false, gaps: [] });
  });

  it('refuses bad input and a visitor who is not signed in', async () => {
    await expect(caller(ana).interview.fitPreview({ ...nurseJob, resumeText: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller(ana).interview.fitPreview({ ...nurseJob, language: 'fr' as 'en', resumeText: 'x'.repeat(40) }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(caller(null).interview.fitPreview({ ...nurseJob, resumeText: 'A resume of some length here.' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});
