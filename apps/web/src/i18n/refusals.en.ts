import type { RefusalCode } from '../../../../libs/domain/src/shared/refusal-codes';

/** Refusals in English, by code (see `refusals.zh-CN.ts`). */
export const refusalsEn: Record<RefusalCode, string> = {
  invalid: '{{message}}',
  not_found: '{{message}}',
  forbidden: '{{message}}',
  conflict: '{{message}}',
};
