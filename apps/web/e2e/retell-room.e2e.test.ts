import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retellLiveKitHost } from '../../server/src/adapters/voice/retell/retell-browser-client.ts';
import { FakeRetell } from '../../server/test/support/fake-retell.ts';
import { retellSocketUrl } from '../../server/test/support/interview-fixtures.ts';
import { RetellSimulator } from '../../server/test/support/retell-simulator.ts';
import { launchChromium } from './support/browser.ts';
import { buyCredits, expectNoSideScroll } from './support/journey.ts';
import { languages } from './support/matrix.ts';
import { screenshot } from './support/screenshots.ts';
import { startVoxly, type VoxlyProcess } from './support/voxly-process.ts';

const llmSocketSecret = 'e2e-llm-socket-secret-0123456789abcdef';

/** Every CSP violation the page reports, as the browser reports it (the blocked URL and directive). */
const collectViolations = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push({ uri: e.blockedURI, directive: e.effectiveDirective }));
`;
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: { uri: string; directive: string }[] }).__violations);

const post = {
  jobTitle: 'Senior Backend Engineer',
  jobDescription: 'Design and operate microservices in TypeScript and Node.js on AWS, with Kubernetes and CI/CD.',
  resumeText: 'Backend engineer, 7 years. Payment APIs in Node.js and TypeScript, Kubernetes on AWS; halved p99 latency.',
};

const texts = {
  en: { reconnecting: 'Reconnecting', confirm: 'End the interview now?', warning: 'Less than 3 minutes left' },
  es: { reconnecting: 'Reconectando', confirm: '¿Terminar la entrevista ahora?', warning: 'Quedan menos de 3 minutos' },
  'pt-BR': { reconnecting: 'Reconectando', confirm: 'Encerrar a entrevista agora?', warning: 'Faltam menos de 3 minutos' },
} as const;

/**
 * The Retell room under the production server and its Content-Security-Policy, with Retell's
 * REST API faked and Retell's side of the call played by a simulator on our LLM socket. The
 * browser's LiveKit connection cannot succeed here (no network); what matters is that the
 * policy lets it try, and that the room shows the browser room's clock, warnings, reconnect
 * notice and end confirmation.
 */
describe('the Retell room in Chromium', () => {
  let voxly: VoxlyProcess;
  let browser: Browser;
  let retell: FakeRetell;
  beforeAll(async () => {
    retell = await new FakeRetell().start();
    [voxly, browser] = await Promise.all([
      startVoxly({
        RETELL_API_KEY: 'key_e2e_fake',
        RETELL_AGENT_ID: 'agent_e2e',
        RETELL_BASE_URL: retell.baseURL,
        RETELL_LLM_WEBSOCKET_SECRET: llmSocketSecret,
      }),
      launchChromium(),
    ]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await voxly?.stop();
    await retell?.stop();
  });

  async function openRoom(context: BrowserContext, name: string): Promise<Page> {
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(voxly.url);
    await page.locator('form.sign-in input').fill(name);
    await page.locator('form.sign-in button[type=submit]').click();
    await buyCredits(page, voxly.url);
    await page.goto(`${voxly.url}/interview/new`);
    await page.locator('[name=jobTitle]').fill(post.jobTitle);
    await page.locator('[name=jobDescription]').fill(post.jobDescription);
    await page.locator('[name=resumeText]').fill(post.resumeText);
    await page.locator('form button[type=submit]').last().click();
    await page.waitForURL(/\/interview\/[0-9a-f-]{36}$/);
    return page;
  }

  it('lets the shipped client reach Retell’s LiveKit hosts under the production policy, and nothing else', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, permissions: ['microphone'] });
    await context.addInitScript(collectViolations);
    const page = await openRoom(context, 'CSP Probe');
    const dialled: string[] = [];
    page.on('websocket', (socket) => dialled.push(socket.url()));
    page.on('request', (request) => dialled.push(request.url()));

    // The real RetellWebClient with the token interview.join hands it: it dials LiveKit (and fails: no network).
    await page.getByRole('button', { name: 'Start the call' }).click();
    await page.locator('p.error[role=alert]').waitFor({ timeout: 60_000 });
    expect(dialled.some((url) => new URL(url).hostname === retellLiveKitHost)).toBe(true);

    // What livekit-client opens besides: the region settings and the region hosts; and one host the policy must refuse.
    await page.evaluate((host) => {
      const tryAll = [
        `https://${host}/settings/regions`,
        'https://retell-ai-4ihahnq7.oashburn1a.production.livekit.cloud/settings',
        'https://evil.example/exfiltrate',
        'https://livekit.cloud.evil.example/x',
      ];
      for (const url of tryAll) void fetch(url).catch(() => undefined);
      for (const url of [`wss://${host}/rtc`, 'wss://retell-ai-4ihahnq7.dsgp1b.production.livekit.cloud/rtc', 'wss://evil.example/rtc']) {
        try {
          new WebSocket(url).onerror = () => undefined;
        } catch {
          // A refused WebSocket may throw as well as report.
        }
      }
    }, retellLiveKitHost);
    await page.waitForTimeout(1_000);
    const blocked = (await violations(page)).filter((v) => v.directive === 'connect-src').map((v) => new URL(v.uri).hostname);
    expect(blocked.filter((host) => host.endsWith('.livekit.cloud'))).toEqual([]);
    expect(new Set(blocked)).toEqual(new Set(['evil.example', 'livekit.cloud.evil.example']));
    await context.close();
  });

  for (const [language, locale] of [
    ['en', 'en-US'],
    ['es', 'es-MX'],
    ['pt-BR', 'pt-BR'],
  ] as const) {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      it(`shows the clock, its warnings, the reconnect notice and the end confirmation (${language}, ${viewport.width} px)`, async () => {
        const context = await browser.newContext({ locale, viewport, permissions: ['microphone'] });
        const page = await openRoom(context, `Retell ${language} ${viewport.width}`);
        const clock = page.getByRole('timer');
        await clock.waitFor();
        expect(await clock.isVisible()).toBe(true);
        expect(await clock.innerText()).toBe('15:00');
        await expectNoSideScroll(page, `Retell room, ${language}, ${viewport.width} px`);
        await screenshot(page, `retell-room-ready-${language}-${viewport.width}`, { fullPage: false });

        // Retell reaches our socket for this call: the server stamps the start, and the clock runs from it.
        const callId = [...retell.versionOf.keys()].at(-1)!;
        const sim = await RetellSimulator.connect(retellSocketUrl(voxly.url, llmSocketSecret, callId));
        await sim.greeting();
        await page.waitForFunction(() => document.querySelector('[role=timer]')?.textContent !== '15:00', undefined, { timeout: 15_000 });
        // This page does not hold that call's media (the simulator took the browser's place): it offers no Start, and says why.
        await page.locator('main .card button').waitFor({ state: 'detached' });
        const elsewhere = page.getByTestId('call-elsewhere');
        await elsewhere.waitFor();
        // It says where the call is and how to end it: with the "End interview" button it names.
        const room = languages.find(([name]) => name === language)![1].room;
        expect(await elsewhere.innerText()).toBe(room.callExpired.replace('{{end}}', room.endInterview));
        expect(await page.locator('.room-bar button.danger').innerText()).toBe(room.endInterview);

        // Twelve and a half minutes in: the warning the interviewer speaks shows by the clock too.
        await page.clock.fastForward('12:30');
        await page.locator('.clock-warning').waitFor();
        expect(await page.locator('.clock-warning').innerText()).toContain(texts[language].warning);
        expect(await clock.getAttribute('class')).toContain('late');
        await screenshot(page, `retell-room-warning-${language}-${viewport.width}`, { fullPage: false });

        // The network drops: the room says it is reconnecting, and stops saying so when it is back.
        await context.setOffline(true);
        await page.locator('[data-testid=reconnecting]').waitFor();
        expect(await page.locator('[data-testid=reconnecting]').innerText()).toContain(texts[language].reconnecting);
        await screenshot(page, `retell-room-reconnecting-${language}-${viewport.width}`, { fullPage: false });
        await context.setOffline(false);
        await page.locator('[data-testid=reconnecting]').waitFor({ state: 'detached' });

        // Ending asks first, then ends.
        await page.locator('.room-bar button.danger').click();
        const confirm = page.locator('.confirm-end');
        await confirm.waitFor();
        expect(await confirm.innerText()).toContain(texts[language].confirm);
        await expectNoSideScroll(page, `Retell room, confirming the end, ${language}, ${viewport.width} px`);
        await screenshot(page, `retell-room-confirm-end-${language}-${viewport.width}`, { fullPage: false });
        await confirm.locator('button.danger').click();
        await page.locator('#ending-title').waitFor();
        sim.close();
        await context.close();
      });
    }
  }
});
