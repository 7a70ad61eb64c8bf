import type { Page } from 'playwright-core';

/** The Web Speech API as a test drives it: the page's recogniser (an init script), and a way to make it hear words. */
export const fakeSpeech = `
  class FakeRecognition {
    start() { window.__recognition = this; setTimeout(() => this.onstart && this.onstart(), 0); }
    stop() {}
  }
  window.SpeechRecognition = FakeRecognition;
  window.__hear = (text) => window.__recognition.onresult({ resultIndex: 0, results: [{ isFinal: true, 0: { transcript: text } }] });
`;

/** The page's recogniser hears `text`, as a final result. */
export async function hear(page: Page, text: string): Promise<void> {
  await page.evaluate((words) => (window as unknown as { __hear(t: string): void }).__hear(words), text);
}
