import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with the flags this sandboxed, offline machine needs.
 * `sitePermissions`: the microphone is the site's permission, as a person sets it (headless
 * refuses its prompt; `grantPermissions` allows it), instead of every prompt accepted.
 */
export async function launchChromium(options: { sitePermissions?: boolean } = {}): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Browser tests need Chromium at ${chromiumPath}: run "apt-get install chromium" (Debian) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.sitePermissions ? [] : ['--use-fake-ui-for-media-stream']),
      '--use-fake-device-for-media-stream',
    ],
  });
}
