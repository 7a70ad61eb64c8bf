import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { errorText } from '../src/api/error-text.ts';

const t = ((key: string) => `[${key}]`) as unknown as TFunction;

describe('errorText', () => {
  it('says the server’s own words when it answered', () => {
    expect(errorText({ message: 'You have no credits left.', data: { code: 'PRECONDITION_FAILED' } }, t)).toBe('You have no credits left.');
  });

  it('says Voxly could not be reached when no answer came back, never the browser’s parser error', () => {
    expect(errorText({ message: "Failed to execute 'json' on 'Response': Unexpected end of JSON input" }, t)).toBe('[common.notReached]');
    expect(errorText({ message: 'Failed to fetch', data: null }, t)).toBe('[common.notReached]');
  });
});
