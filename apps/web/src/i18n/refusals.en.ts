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
  'ceremony.not_frozen': 'This board is not frozen: the ceremony reveals a frozen board',
  'ceremony.all_revealed': 'All {{total}} results are revealed: reveal the board to end the ceremony',
};
