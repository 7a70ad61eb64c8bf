import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Screenshots land in test-artifacts/e2e/ at the repository root, kept by CI as artefacts. */
const artifactsDir = fileURLToPath(new URL('../../../../test-artifacts/e2e/', import.meta.url));

const started = Date.now();

/** Writes a step and its time to the log, to see where a slow or stuck run spent it. */
export function logStep(name: string): void {
  process.stdout.write(`[e2e] ${name} at ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/**
 * Saves a screenshot (the whole page, or with `fullPage: false` what the screen shows, for
 * pages with sticky parts); the step and its time go to the log, to see where a slow run spent it.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  logStep(name);
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? true });
  return path;
}
