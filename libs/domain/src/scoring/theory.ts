import { invalid } from '../shared/domain-error.js';
import { roundHalfUp } from './exact.js';
import { theoryScore } from './scoring.js';

/**
 * The theory exam: objective, auto-graded from answer sheets against the trade's answer key.
 * Every question is worth the same; a blank or missing answer is wrong.
 */

export interface TheoryGrade {
  correct: number;
  questions: number;
  /** 0–100, rounded half up to 0.01 (the exact score is `theoryScore(correct, questions)`). */
  score: number;
}

/** Written on an answer sheet for a question left blank. */
const BLANK_MARK = '-';

/**
 * An answer as compared: upper case, its letters in alphabetical order, each once ('db' = 'BD' = 'BDB').
 * A blank answer is ''.
 */
export function normaliseAnswer(answer: string): string {
  const letters = answer.toUpperCase().replace(/[\s-]/g, '');
  return [...new Set(letters)].sort().join('');
}

export function gradeTheory(answerKey: readonly string[], answers: readonly string[]): TheoryGrade {
  const questions = answerKey.length;
  if (questions === 0) throw invalid('The theory exam has no questions', 'answerKey', { code: 'theory.no_questions' });
  let correct = 0;
  answerKey.forEach((key, i) => {
    const expected = normaliseAnswer(key);
    if (expected !== '' && normaliseAnswer(answers[i] ?? '') === expected) correct++;
  });
  return { correct, questions, score: roundHalfUp(theoryScore(correct, questions)) };
}

/**
 * Reads an answer sheet's text: either one letter per question ("ABDC…"; a '-' for a blank), or answers
 * separated by ',', '|' or spaces ("A,BD,,C" — an empty field is a blank). The answers are returned
 * in upper case, a blank as ''. Refused (field `answers`) when the count is not `questions` or an
 * answer is not letters.
 */
export function parseAnswers(text: string, questions: number): string[] {
  const trimmed = text.trim();
  const answers = splitAnswers(trimmed, questions).map((answer) => {
    const upper = answer.trim().toUpperCase();
    return upper === BLANK_MARK ? '' : upper;
  });
  if (answers.length !== questions) {
    throw invalid(`Expected ${questions} answers, got ${answers.length}`, 'answers', {
      code: 'theory.answer_count',
      params: { questions, answers: answers.length },
    });
  }
  const wrong = answers.findIndex((answer) => !/^[A-Z]*$/.test(answer));
  if (wrong >= 0)
    throw invalid(`Answer ${wrong + 1} (${answers[wrong]}) is not a letter or letters`, 'answers', {
      code: 'theory.answer_letters',
      params: { question: wrong + 1, answer: answers[wrong] ?? '' },
    });
  return answers;
}

function splitAnswers(text: string, questions: number): string[] {
  if (text === '') return [];
  if (/[,|]/.test(text)) return text.split(/[,|]/);
  if (/\s/.test(text)) return text.split(/\s+/);
  // One token: one letter per question, unless the exam has a single question (its answer may be 'BD').
  return questions === 1 ? [text] : [...text];
}

/**
 * Reads an answer key's text: answers separated by ',', '|', spaces or line breaks ("A,BD,C"), or
 * one letter per question ("ABDC"). Upper-cased; the trade's rules check the answers themselves.
 */
export function parseAnswerKey(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const answers = /[,|\s]/.test(trimmed) ? trimmed.split(/[,|\s]+/) : [...trimmed];
  return answers.map((answer) => answer.trim().toUpperCase()).filter((answer) => answer !== '');
}
