/**
 * The pure checks of the domain that the forms apply before sending, the same code the API runs:
 * GB 11643 resident ID numbers, mainland mobile numbers, GB 32100 credit codes and the age rule.
 * Only these files are imported (no Nest, no Node), so the web bundle stays small.
 */
export {
  birthDateOfResidentId,
  isValidCreditCode,
  isValidMobilePhone,
  isValidResidentId,
} from '../../../../libs/domain/src/shared/identifiers';
export { ageOn } from '../../../../libs/domain/src/registration/eligibility';
/** Commit–reveal lots: the commitment of a seed, and the draw re-run in the browser ("checkable by anyone"). */
export { drawCommitment, verifyDraw } from '../../../../libs/domain/src/catalogue/draw';
/** The categories of an innovation achievement, as the API checks them. */
export { ACHIEVEMENT_CATEGORIES } from '../../../../libs/domain/src/achievements/achievement';
