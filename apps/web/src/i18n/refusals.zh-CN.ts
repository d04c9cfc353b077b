import type { RefusalCode } from '../../../../libs/domain/src/shared/refusal-codes';

/**
 * 拒绝原因：每个拒绝代码的中文说明（参数用 {{name}} 插入）。The type makes every code of
 * libs/domain/src/shared/refusal-codes.ts need a text here and in `refusals.en.ts`.
 * Loaded as the i18next namespace `refusal`, keys used whole (a code's dots do not nest).
 */
export const refusalsZhCN: Record<RefusalCode, string> = {
  invalid: '{{message}}',
  not_found: '{{message}}',
  forbidden: '{{message}}',
  conflict: '{{message}}',
};
