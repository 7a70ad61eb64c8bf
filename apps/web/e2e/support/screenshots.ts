import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Screenshots land in test-artifacts/e2e/ at the repository root, kept by CI as artefacts. */
export const artifactsDir = fileURLToPath(new URL('../../../../test-artifacts/e2e/', import.meta.url));

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
