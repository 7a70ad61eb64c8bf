import { vi } from 'vitest';
import { backendInterview, grantCredits, longAnswer, socketUrl } from './interview-fixtures.ts';
import { RetellSimulator } from './retell-simulator.ts';
import { apiClient, signInLocally, type TestServer } from './test-server.ts';

type Api = ReturnType<typeof apiClient>;

/**
 * A signed-in user (named `who`, unique per test run) who took an interview and answered
 * once (or never), then hung up.
 */
export async function finishedInterview(server: TestServer, who: string, options: { answer?: string | null } = {}) {
  const cookie = await signInLocally(server.url, who);
  await grantCredits(server.database.db, `local:${who.toLowerCase().replace(/\s+/g, '-')}`, 1);
  const api = apiClient(server.url, { cookie });
  const { interviewId, callId } = await api.interview.create.mutate(backendInterview);
  const sim = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
  await sim.greeting();
  const answer = options.answer === undefined ? longAnswer : options.answer;
  if (answer) await sim.say(answer);
  await api.interview.end.mutate({ interviewId });
  sim.close();
  return { api, interviewId, cookie };
}

/** The interview's review once it is ready. */
export function readyFeedback(api: Api, interviewId: string) {
  return vi.waitFor(async () => {
    const view = await api.feedback.get.query({ interviewId });
    if (view.status !== 'ready') throw new Error(`still ${view.status}`);
    return view;
  }, 3_000);
}
