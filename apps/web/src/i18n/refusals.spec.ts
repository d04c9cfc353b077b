import { REFUSAL_CODES, type RefusalCode } from '../../../../libs/domain/src/shared/refusal-codes';
import { refusalsEn } from './refusals.en';
import { refusalsZhCN } from './refusals.zh-CN';

/**
 * Every refusal code of the platform (libs/domain/src/shared/refusal-codes.ts) has a text in Chinese
 * and in English: the list is read from the code list itself, so a new code without its texts fails
 * here (and does not compile). A text uses only the parameters its code declares (plus `message`,
 * the English original), so that no sentence shows a bare {{placeholder}}.
 */
const codes = Object.keys(REFUSAL_CODES) as RefusalCode[];
const GENERIC: readonly string[] = ['invalid', 'not_found', 'forbidden', 'conflict'];
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);

describe('refusal texts', () => {
  it('lists a few hundred codes, each area.what in lower snake case', () => {
    expect(codes.length).toBeGreaterThan(150);
    for (const code of codes.filter((c) => !GENERIC.includes(c))) expect(code).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });

  for (const [language, texts] of [
    ['zh-CN', refusalsZhCN],
    ['en', refusalsEn],
  ] as const) {
    describe(language, () => {
      it.each(codes)('%s has a text', (code) => {
        const text = (texts as Record<string, string | undefined>)[code];
        expect(typeof text).toBe('string');
        expect(text!.trim().length).toBeGreaterThan(0);
      });

      it.each(codes)('%s uses only its own parameters', (code) => {
        const allowed = new Set<string>([...REFUSAL_CODES[code], 'message']);
        expect(placeholders(texts[code]).filter((p) => !allowed.has(p))).toEqual([]);
      });

      it('has no text for a code that does not exist', () => {
        expect(Object.keys(texts).filter((key) => !(key in REFUSAL_CODES))).toEqual([]);
      });
    });
  }

  it.each(codes.filter((c) => !GENERIC.includes(c)))('%s reads as Chinese in zh-CN', (code) => {
    expect(refusalsZhCN[code]).toMatch(/[\u4e00-\u9fff]/);
  });
});
