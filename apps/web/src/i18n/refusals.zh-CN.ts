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
  'theory.no_answer_key': '该工种尚未上传理论考试标准答案：请先上传标准答案，或直接录入成绩',
  'theory.key_locked': '已有 {{sheets}} 名选手的答题卡按标准答案评分，标准答案不能再修改；如有错误请逐行填写原因更正',
  'theory.score_range': '理论成绩须在 0 至 100 之间，最多两位小数（不是 {{score}}）',
  'theory.change_needs_reason': '{{competitorNumber}} 号选手已有理论成绩，修改须填写原因',
  'results.theory_missing': '{{competitorNumbers}} 号选手缺少理论成绩：请先录入，或填写原因后在缺少理论成绩的情况下发布',
  'results.theory_override_reason': '在缺少理论成绩的情况下发布，须填写原因',
  'judges.activation_invalid': '激活码无效：请核对凭证单上的激活码，或请组委会重新生成',
  'judges.activation_expired': '激活码已于 {{expiredAt}} 过期：请组委会重新生成',
  'judges.already_active': '账号 {{username}} 已激活，请用密码登录',
  'ceremony.not_frozen': '该工种的成绩榜未冻结：颁奖揭晓只能从冻结的成绩榜开始',
  'ceremony.all_revealed': '全部 {{total}} 名选手的成绩均已揭晓：请公开成绩榜以结束颁奖',
};
