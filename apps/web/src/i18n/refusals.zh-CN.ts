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
  'catalogue.required': '“{{column}}”列不能为空',
  'catalogue.bad_id': '“{{column}}”列的 {{value}} 不是有效编号（字母、数字、. _ -）',
  'catalogue.bad_value': '“{{column}}”列的 {{value}} 不符合要求，应为：{{expected}}',
  'catalogue.weights_total': '工种 {{tradeId}} 的理论与实操权重之和为 {{total}}，应为 100',
  'catalogue.descriptors_missing': '评价项 {{aspectId}} 缺少 {{level}} 分的描述：评价（J）项须有 0–3 分四档描述',
  'catalogue.duplicate_id': '编号 {{id}} 与第 {{firstRow}} 行重复：编号必须唯一',
  'catalogue.unknown_event': '赛事 {{eventId}} 既不在“赛事”表中，也不在平台中',
  'catalogue.unknown_trade': '工种 {{tradeId}} 不在“工种”表中',
  'catalogue.no_scheme': '工种 {{tradeId}} 在“评分标准”表中没有评分项',
  'catalogue.scheme_rows_refused': '工种 {{tradeId}} 的评分标准有 {{rows}} 行被拒绝：请先改正这些行',
  'catalogue.scheme_total': '工种 {{tradeId}} 各评分项满分之和为 {{total}}，应正好为 100',
  'catalogue.rule': '不符合规则：{{message}}',
  'catalogue.trade_drawn': '工种 {{tradeId}} 已抽签：请在工种页面填写理由修改，并经裁判长批准，不能通过上传修改',
  'catalogue.aspect_marked': '工种 {{tradeId}} 的评分项 {{aspectIds}} 已有评分，不能再修改',
  'catalogue.change_needs_reason': '工种 {{tradeId}} 已抽签：修改须填写理由',
  'catalogue.revision_by_organiser': '工种 {{tradeId}} 的定义只能由省总工会竞赛办修改',
  'catalogue.revision_needs_chief_judge': '抽签后的修改须由工种 {{tradeId}} 的裁判长批准',
  'catalogue.no_pending_revision': '工种 {{tradeId}} 没有待批准的第 {{version}} 版修改',
  'catalogue.bad_file': '文件被拒绝，未写入任何内容：{{reason}}',
  'edition.none': '请先创建本届大赛',
};
