import { describe, expect, it } from 'vitest';
import { parseLooseJson } from '../src/adapters/voice/retell/loose-json.ts';

describe('parseLooseJson', () => {
  it('reads bare NaN and ±Infinity values as null', () => {
    expect(parseLooseJson('{"p50":NaN,"p90":Infinity,"min":-Infinity,"max":+Infinity,"list":[1,NaN]}')).toEqual({
      p50: null,
      p90: null,
      min: null,
      max: null,
      list: [1, null],
    });
    expect(parseLooseJson('{ "p50" : NaN }')).toEqual({ p50: null });
  });

  it('changes nothing inside strings, escaped quotes included', () => {
    const text = '{"content":"NaN Infinity \\" NaN -Infinity","p50":NaN,"a":"\\\\","b":NaN}';
    expect(parseLooseJson(text)).toEqual({ content: 'NaN Infinity " NaN -Infinity', p50: null, a: '\\', b: null });
  });

  it('reads plain JSON as JSON.parse does, negative numbers included', () => {
    const value = { a: -12.5, b: [true, null, 'x'], c: { d: -0.1e-3 } };
    expect(parseLooseJson(JSON.stringify(value))).toEqual(value);
  });

  it('still throws on what is not JSON, repaired or not', () => {
    for (const text of ['{"p50":NaNx}', '{"p50":nan}', 'not json', '{"a":1', '{"p50":12.5.3}']) {
      expect(() => parseLooseJson(text), text).toThrow(SyntaxError);
    }
  });
});
