/** Moved to apps/web/src/i18n/refusal-text.ts (names, China time); kept for the pages that import it from here. */
export { refusalText } from '../i18n/refusal-text';
