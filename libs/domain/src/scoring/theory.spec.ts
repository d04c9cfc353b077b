import fc from 'fast-check';
import { DomainError } from '../shared/domain-error.js';
import { gradeTheory, normaliseAnswer, parseAnswers } from './theory.js';

const KEY = ['A', 'C', 'BD', 'D', 'ABC'];

/** The refusal thrown by `run`, which must be a DomainError. */
function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('Expected a refusal');
}

describe('gradeTheory', () => {
  it('given the key itself as the answers, then every question is correct: 100', () => {
    expect(gradeTheory(KEY, KEY)).toEqual({ correct: 5, questions: 5, score: 100 });
  });

  it('given 3 of 5 right, then 60', () => {
    expect(gradeTheory(KEY, ['A', 'C', 'B', 'D', 'AB'])).toEqual({ correct: 3, questions: 5, score: 60 });
  });

  it('given lower case or letters in another order, then they still match', () => {
    expect(gradeTheory(KEY, ['a', 'c', 'DB', 'd', 'cba'])).toEqual({ correct: 5, questions: 5, score: 100 });
  });

  it('given a multi-letter answer with a letter too few or too many, then it is wrong', () => {
    expect(gradeTheory(['BD'], ['B']).correct).toBe(0);
    expect(gradeTheory(['BD'], ['BCD']).correct).toBe(0);
  });

  it('given blank or missing answers, then they are wrong, never skipped', () => {
    expect(gradeTheory(KEY, ['A', '', ' ', '-'])).toEqual({ correct: 1, questions: 5, score: 20 });
    expect(gradeTheory(KEY, [])).toEqual({ correct: 0, questions: 5, score: 0 });
  });

  it('given answers beyond the key, then ignores them', () => {
    expect(gradeTheory(['A'], ['A', 'B', 'C'])).toEqual({ correct: 1, questions: 1, score: 100 });
  });

  const sameLetter = (questions: number) => Array.from({ length: questions }, () => 'C');
  it.each([
    // questions, correct, score: correct / questions × 100 to two decimals
    [3, 1, 33.33], // 33.333…
    [3, 2, 66.67], // 66.666…
    [80, 57, 71.25],
    [8, 3, 37.5],
    [16_000, 1, 0.01], // 0.00625
    [20_000, 1, 0.01], // 0.005: an exact half, rounded up
    [30_000, 1, 0], // 0.00333…
  ])('given %i questions of which %i are right, then the score is %p', (questions, correct, score) => {
    expect(gradeTheory(sameLetter(questions), sameLetter(correct)).score).toBe(score);
  });

  it('given an empty key, then refuses it, naming the answer key', () => {
    expect(refusal(() => gradeTheory([], ['A']))).toMatchObject({ kind: 'invalid', code: 'theory.no_questions', field: 'answerKey' });
  });
});

describe('normaliseAnswer', () => {
  it('upper-cases, sorts the letters, keeps each once and drops spaces and dashes', () => {
    expect(['db', ' B D ', 'BDB', '-', '', 'c'].map(normaliseAnswer)).toEqual(['BD', 'BD', 'BD', '', '', 'C']);
  });
});

describe('parseAnswers', () => {
  it('given one letter per question, then one answer per letter, in upper case', () => {
    expect(parseAnswers('abCD', 4)).toEqual(['A', 'B', 'C', 'D']);
    expect(parseAnswers('  ABCD\n', 4)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('given a dash in the compact form, then that answer is blank', () => {
    expect(parseAnswers('A-CD', 4)).toEqual(['A', '', 'C', 'D']);
  });

  it.each([
    ['A,BD,C,D', 'commas'],
    ['A|BD|C|D', 'bars'],
    ['A BD  C\tD', 'spaces'],
    ['a, bd , c ,d', 'commas with spaces'],
  ])('given %j (%s), then splits on the separators', (text) => {
    expect(parseAnswers(text, 4)).toEqual(['A', 'BD', 'C', 'D']);
  });

  it('given an empty field between separators, then that answer is blank', () => {
    expect(parseAnswers('A,,C,D', 4)).toEqual(['A', '', 'C', 'D']);
    expect(parseAnswers('A|-|C|', 4)).toEqual(['A', '', 'C', '']);
  });

  it('given a one-question exam, then a single token is its answer, multi-letter or not', () => {
    expect(parseAnswers('bd', 1)).toEqual(['BD']);
  });

  it.each([
    ['ABC', 4, 'Expected 4 answers, got 3'],
    ['ABCDE', 4, 'Expected 4 answers, got 5'],
    ['A,B,C', 4, 'Expected 4 answers, got 3'],
    ['', 2, 'Expected 2 answers, got 0'],
  ])('given %j for %i questions, then refuses the count, naming the answers', (text, questions, message) => {
    expect(refusal(() => parseAnswers(text, questions))).toMatchObject({
      kind: 'invalid',
      code: 'theory.answer_count',
      params: { questions, answers: expect.any(Number) },
      field: 'answers',
      message,
    });
  });

  it('given an answer that is not letters, then refuses it, naming the answers and the question', () => {
    expect(refusal(() => parseAnswers('A,B2,C', 3))).toMatchObject({
      kind: 'invalid',
      code: 'theory.answer_letters',
      params: { question: 2, answer: 'B2' },
      field: 'answers',
      message: 'Answer 2 (B2) is not a letter or letters',
    });
    expect(refusal(() => parseAnswers('A1CD', 4))).toMatchObject({
      kind: 'invalid',
      code: 'theory.answer_letters',
      field: 'answers',
      message: expect.stringContaining('Answer 2'),
    });
  });

  it('reads back what grades as the key', () => {
    expect(gradeTheory(KEY, parseAnswers('A C DB d CAB', 5)).score).toBe(100);
  });
});

// ---- properties -------------------------------------------------------------------------------

/** An answer: 1–4 distinct letters of A–D, in alphabetical order. */
const answer = fc.subarray(['A', 'B', 'C', 'D'], { minLength: 1 }).map((letters) => letters.join(''));
const answerKey = fc.array(answer, { minLength: 1, maxLength: 60 });
const shuffledLetters = (text: string) =>
  fc.shuffledSubarray([...text], { minLength: text.length, maxLength: text.length }).map((l) => l.join(''));

describe('gradeTheory (properties)', () => {
  it('gives 100 for the key itself', () => {
    fc.assert(
      fc.property(answerKey, (key) => expect(gradeTheory(key, key)).toEqual({ correct: key.length, questions: key.length, score: 100 })),
    );
  });

  it('does not depend on the order of the letters within an answer, nor on their case', () => {
    const gradedTwice = answerKey.chain((key) =>
      fc
        .array(answer, { minLength: key.length, maxLength: key.length })
        .chain((answers) => fc.tuple(fc.constant(key), fc.constant(answers), fc.tuple(...answers.map(shuffledLetters)), fc.boolean())),
    );
    fc.assert(
      fc.property(gradedTwice, ([key, answers, reordered, lower]) => {
        const cased = lower ? reordered.map((a) => a.toLowerCase()) : reordered;
        expect(gradeTheory(key, cased)).toEqual(gradeTheory(key, answers));
      }),
    );
  });

  it('scores correct / questions × 100 to two decimals, between 0 and 100', () => {
    fc.assert(
      fc.property(
        answerKey.chain((key) => fc.tuple(fc.constant(key), fc.array(fc.option(answer, { nil: '' }), { maxLength: key.length + 2 }))),
        ([key, answers]) => {
          const grade = gradeTheory(key, answers);
          const correct = key.filter((k, i) => answers[i] === k).length; // both sorted, upper case
          expect(grade.correct).toBe(correct);
          expect(Math.abs(grade.score - (100 * correct) / key.length)).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(Number.isInteger(Math.round(grade.score * 100))).toBe(true);
          expect(grade.score).toBeGreaterThanOrEqual(0);
          expect(grade.score).toBeLessThanOrEqual(100);
        },
      ),
    );
  });

  it('parses back what it is given, compact or separated', () => {
    fc.assert(
      fc.property(answerKey, fc.constantFrom(',', '|', ' '), (key, separator) => {
        expect(parseAnswers(key.join(separator), key.length)).toEqual(key);
        const single = key.map((a) => a[0]);
        if (single.length > 1) expect(parseAnswers(single.join(''), single.length)).toEqual(single);
      }),
    );
  });
});
