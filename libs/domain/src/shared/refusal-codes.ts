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
  // The award ceremony (docs/live-screens.md)
  'ceremony.not_frozen': ['tradeId'],
  'ceremony.all_revealed': ['tradeId', 'total'],
} as const satisfies Record<string, readonly string[]>;

export type RefusalCode = keyof typeof REFUSAL_CODES;
