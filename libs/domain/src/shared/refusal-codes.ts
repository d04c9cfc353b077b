/**
 * Every refusal code the platform gives, each with the names of its parameters. Screens translate a
 * refusal by its code (apps/web/src/i18n/refusals.zh-CN.ts and refusals.en.ts, typed by this list so
 * that a code without a text in either language does not compile).
 *
 * A code is `<area>.<what>` in lower snake case (`quota.full`, `catalogue.scheme_total`); its
 * parameters are what the sentence needs: ids that a screen turns into names (`city`, `tradeId`,
 * `aspectId`, `judgeId`), numbers, and instants in ISO 8601 that a screen shows in China time.
 */
export const REFUSAL_CODES = {
  // Generic: a refusal that has no code of its own yet. Screens show its English message.
  invalid: [],
  not_found: [],
  forbidden: [],
  conflict: [],
  // Results (docs/results-rules.md)
  'results.not_published': ['tradeId'],
  'results.not_drawn': ['tradeId'],
  'appeal.unknown_aspect': ['tradeId', 'aspectId'],

  // Theory exam (docs/theory-judges-desk.md)
  'theory.no_answer_key': ['tradeId'],
  'theory.key_locked': ['tradeId', 'sheets'],
  'theory.score_range': ['score'],
  'theory.change_needs_reason': ['tradeId', 'competitorNumber'],
  // Publishing results
  'results.theory_missing': ['tradeId', 'competitorNumbers'],
  'results.theory_override_reason': ['tradeId'],
  // Judges and their accounts
  'judges.activation_invalid': [],
  'judges.activation_expired': ['expiredAt'],
  'judges.already_active': ['username'],
  // The catalogue workbook and scheme revisions (docs/setting-up-an-edition.md)
  'catalogue.required': ['column'],
  'catalogue.bad_id': ['column', 'value'],
  'catalogue.bad_value': ['column', 'value', 'expected'],
  'catalogue.weights_total': ['tradeId', 'total'],
  'catalogue.descriptors_missing': ['aspectId', 'level'],
  'catalogue.duplicate_id': ['id', 'firstRow'],
  'catalogue.unknown_event': ['eventId'],
  'catalogue.unknown_trade': ['tradeId'],
  'catalogue.no_scheme': ['tradeId'],
  'catalogue.scheme_rows_refused': ['tradeId', 'rows'],
  'catalogue.scheme_total': ['tradeId', 'total'],
  'catalogue.rule': ['message'],
  'catalogue.trade_drawn': ['tradeId'],
  'catalogue.aspect_marked': ['tradeId', 'aspectIds'],
  'catalogue.change_needs_reason': ['tradeId'],
  'catalogue.revision_by_organiser': ['tradeId'],
  'catalogue.revision_needs_chief_judge': ['tradeId'],
  'catalogue.no_pending_revision': ['tradeId', 'version'],
  'catalogue.bad_file': ['reason'],
  'edition.none': [],
} as const satisfies Record<string, readonly string[]>;

export type RefusalCode = keyof typeof REFUSAL_CODES;
