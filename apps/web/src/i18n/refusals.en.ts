import type { RefusalCode } from '../../../../libs/domain/src/shared/refusal-codes';

/** Refusals in English, by code (see `refusals.zh-CN.ts`). */
export const refusalsEn: Record<RefusalCode, string> = {
  invalid: '{{message}}',
  not_found: '{{message}}',
  forbidden: '{{message}}',
  conflict: '{{message}}',
  'results.not_published': 'The results of this trade are not published yet: the marks of each module are shown once they are.',
  'results.not_drawn': 'You have no competitor number in this trade.',
  'appeal.unknown_aspect': "Aspect {{aspectId}} is not in this trade's marking scheme.",
};
