import type { InterviewMode } from '@voxly/config';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './screenshots.ts';

/** A candidate's journey through the product, step by step, as the e2e tests drive it. */

/**
 * Resolves once the page is signed in: the header with the balance shows. (The sign-in page has
 * a heading too; a test that navigates before this would cancel the sign-in still in flight.)
 */
export async function signedIn(page: Page) {
  await page.locator('[data-testid=balance]').waitFor();
}

/** Signs in locally by name from the landing page; resolves once signed in. */
export async function signIn(page: Page, base: string, name: string) {
  await page.goto(base);
  await page.locator('form.sign-in input').fill(name);
  await page.locator('form.sign-in button[type=submit]').click();
  await signedIn(page);
}

/** Buys the starter package in the sandbox (3 credits), as a person would, once signed in. */
export async function buyCredits(page: Page, base: string) {
  await signedIn(page);
  await page.goto(`${base}/pricing`);
  await page.locator('.packages button').first().click();
  await page.locator('button.approve').click();
  await page.locator('[data-testid=balance]').filter({ hasText: /^\d+ / }).waitFor();
}

const backendPost = {
  jobTitle: 'Senior Backend Engineer',
  jobDescription: 'Design and operate microservices in TypeScript and Node.js on AWS, with Kubernetes and CI/CD.',
  resumeText: 'Backend engineer, 7 years. Payment APIs in Node.js and TypeScript, Kubernetes on AWS; halved p99 latency.',
};

/** Fills the new-interview form and submits it; resolves once the room opened or the form's fit check asked first. */
export async function submitInterviewForm(page: Page, base: string, post = backendPost, language?: string, mode?: InterviewMode) {
  await page.goto(`${base}/interview/new`);
  await page.locator('[name=jobTitle]').fill(post.jobTitle);
  await page.locator('[name=jobDescription]').fill(post.jobDescription);
  await page.locator('[name=resumeText]').fill(post.resumeText);
  if (language) await page.locator('#interview-language').selectOption(language);
  if (mode) await page.locator('#interview-mode').selectOption(mode);
  await page.locator('form button[type=submit]').last().click();
  await page.locator('.transcript li.agent, [data-testid=fit-warning]').first().waitFor();
}

/** Fills the new-interview form and starts (anyway, when the fit check asks); resolves once the interviewer has spoken. */
export async function startInterview(page: Page, base: string, post = backendPost, language?: string, mode?: InterviewMode) {
  await submitInterviewForm(page, base, post, language, mode);
  const warning = page.locator('[data-testid=fit-warning]');
  if (await warning.isVisible()) await warning.locator('button').first().click();
  await page.locator('.transcript li.agent').first().waitFor();
}

/** Resolves once the interviewer has finished its line and the answer box is open. */
async function candidatesTurn(page: Page) {
  await page.waitForFunction(() => {
    const last = [...document.querySelectorAll('.transcript li')].at(-1);
    const box = document.querySelector<HTMLTextAreaElement>('#answer');
    return !!last && last.matches('.agent:not(.streaming)') && !!box && !box.disabled;
  });
}

/** Types answer number `index` (from 0) once it is the candidate's turn, and waits for it to show. */
export async function typeAnswer(page: Page, index: number, text: string) {
  await candidatesTurn(page);
  await page.locator('#answer').fill(text);
  await page.locator('#answer').press('Enter');
  await page.locator('.transcript li.user').nth(index).waitFor();
}

/**
 * Lets the call's clock run for `ms` on the candidate's turn with a draft in the answer box, as a
 * person thinking it over: a silent, empty box would get the interviewer's reminder after a minute.
 */
export async function thinkWithDraft(page: Page, ms: number) {
  await candidatesTurn(page);
  await page.locator('#answer').fill('Let me think about that…');
  await page.waitForTimeout(ms);
}

/** Ends the interview (confirming) and opens its review. */
export async function endAndOpenReport(page: Page) {
  await page.locator('button.danger').click();
  await page.locator('.confirm-end button.danger').click();
  await page.locator('.actions a.button').click();
  await page.locator('[data-testid=overall-score]').waitFor();
}

export async function shortInterview(page: Page, base: string, answers: string[]) {
  await startInterview(page, base);
  for (const [i, answer] of answers.entries()) await typeAnswer(page, i, answer);
  await endAndOpenReport(page);
}

export async function expectNoSideScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where}: horizontal scrolling`).toBeLessThanOrEqual(0);
}

/** The report as the page shows it now and at the other size (phone ↔ desktop): no side scroll at either, a screenshot of each. */
export async function reportAtBothSizes(page: Page, name: string, viewport: { width: number }) {
  await expectNoSideScroll(page, `${name} report`);
  await screenshot(page, `${name}-${viewport.width}`, { fullPage: true });
  const other = viewport.width > 500 ? { width: 390, height: 844 } : { width: 1280, height: 800 };
  await page.setViewportSize(other);
  await expectNoSideScroll(page, `${name} report at ${other.width}`);
  await screenshot(page, `${name}-${other.width}`, { fullPage: true });
}
