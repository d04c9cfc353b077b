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
  'theory.no_answer_key': 'This trade has no theory answer key yet: upload the key first, or enter the scores',
  'theory.key_locked':
    'Answer sheets of {{sheets}} competitors are already graded against the key: it can no longer change. Correct a wrong row with a reason instead',
  'theory.score_range': 'A theory score is from 0 to 100, with at most two decimals (not {{score}})',
  'theory.change_needs_reason': 'Competitor {{competitorNumber}} already has a theory result: a change needs a reason',
  'results.theory_missing':
    'Theory results are missing for competitors {{competitorNumbers}}: record them, or publish with a reason for publishing without them',
  'results.theory_override_reason': 'Publishing without every theory result needs a reason',
  'judges.activation_invalid': 'The activation code is not valid: check it on the credential slip, or ask the organiser for a new one',
  'judges.activation_expired': 'The activation code expired on {{expiredAt}}: ask the organiser for a new one',
  'judges.already_active': 'The account {{username}} is already activated: log in with its password',
  'catalogue.required': 'Column {{column}} must not be empty',
  'catalogue.bad_id': '{{value}} in column {{column}} is not an id (letters, digits, . _ -)',
  'catalogue.bad_value': '{{value}} in column {{column}} is not valid: expected {{expected}}',
  'catalogue.weights_total': 'The theory and practical weights of trade {{tradeId}} sum to {{total}}, not 100',
  'catalogue.descriptors_missing': 'Judgement aspect {{aspectId}} has no descriptor for level {{level}}: a J aspect has all four (0–3)',
  'catalogue.duplicate_id': 'Id {{id}} is already on row {{firstRow}}: ids are unique',
  'catalogue.unknown_event': 'Event {{eventId}} is neither in the events sheet nor on the platform',
  'catalogue.unknown_trade': 'Trade {{tradeId}} is not in the trades sheet',
  'catalogue.no_scheme': 'Trade {{tradeId}} has no aspects in the scheme sheet',
  'catalogue.scheme_rows_refused': '{{rows}} rows of the scheme of trade {{tradeId}} are refused: fix them first',
  'catalogue.scheme_total': 'The max marks of trade {{tradeId}} sum to {{total}}, not exactly 100',
  'catalogue.rule': 'Against the rules: {{message}}',
  'catalogue.trade_drawn':
    'Lots of trade {{tradeId}} are drawn: change it on the trade page with a reason and the chief judge approval, not by upload',
  'catalogue.aspect_marked': 'Aspects {{aspectIds}} of trade {{tradeId}} already have marks: they can no longer change',
  'catalogue.change_needs_reason': 'Lots of trade {{tradeId}} are drawn: a change needs a reason',
  'catalogue.revision_by_organiser': 'Only the organiser changes the definition of trade {{tradeId}}',
  'catalogue.revision_needs_chief_judge': 'A change after the draw is approved by the chief judge of trade {{tradeId}}',
  'catalogue.no_pending_revision': 'No version {{version}} of trade {{tradeId}} waits for approval',
  'catalogue.bad_file': 'The file is refused, nothing was written: {{reason}}',
  'edition.none': 'Create the edition first',
};
