import { describe, expect, it } from 'vitest';
import { browserCallSocketPath, isLanguage, isShareToken, isWebRoute, languageOfLocale } from '../src/index.ts';

describe('the shared vocabulary', () => {
  it('lands a locale on a supported language: pt-* on pt-BR, es-* on es, anything else on English', () => {
    expect(languageOfLocale('pt-PT')).toBe('pt-BR');
    expect(languageOfLocale('PT')).toBe('pt-BR');
    expect(languageOfLocale('es-AR')).toBe('es');
    expect(languageOfLocale('fr-FR')).toBe('en');
    expect(languageOfLocale(undefined)).toBe('en');
  });

  it('tells a language from any other string', () => {
    expect(isLanguage('pt-BR')).toBe(true);
    expect(isLanguage('pt')).toBe(false);
    expect(isLanguage('')).toBe(false);
  });

  it('puts the browser’s call socket under the one path', () => {
    expect(browserCallSocketPath('call_1')).toBe('/llm-websocket/call_1');
  });

  it('tells the web app’s pages from any other path, as its router matches them', () => {
    for (const path of [
      '/',
      '/interview/new',
      '/interview/abc',
      '/Feedback/abc/',
      '/practice/abc/2',
      '/pricing',
      '/billing/success',
      '/sample-report',
      '/shared/tok_1',
    ])
      expect(isWebRoute(path), path).toBe(true);
    for (const path of [
      '/does-not-exist',
      '/report/garbage',
      '/interview',
      '/interview/abc/extra',
      '/feedback/',
      '/pricingx',
      '//',
      '/sample-report/more',
    ])
      expect(isWebRoute(path), path).toBe(false);
  });

  it('knows a share token by its shape: 43 base64url characters, nothing else', () => {
    expect(isShareToken('Ab_-'.repeat(10) + 'xyz')).toBe(true);
    for (const token of ['a.b', 'xyz', 'A'.repeat(42), 'A'.repeat(44), `${'A'.repeat(42)}=`, `${'A'.repeat(42)}\n`, ''])
      expect(isShareToken(token), JSON.stringify(token)).toBe(false);
  });
});
