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
  'results.not_published': '本工种成绩尚未发布：发布后才显示各模块的得分。',
  'results.not_drawn': '您在本工种没有参赛号。',
  'appeal.unknown_aspect': '评分项 {{aspectId}} 不在本工种的评分标准中。',
};
