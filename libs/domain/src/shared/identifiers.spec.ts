import fc from 'fast-check';
import { residentId, withCreditCodeCheck, withResidentIdCheck } from '../testing/fixtures.js';
import {
  birthDateOfResidentId,
  isValidCreditCode,
  isValidMobilePhone,
  isValidResidentId,
  maskPhone,
  maskResidentId,
} from './identifiers.js';

/** Replaces the character at `index`. */
const replaceAt = (value: string, index: number, character: string) => value.slice(0, index) + character + value.slice(index + 1);

describe('resident ID numbers (GB 11643)', () => {
  it('accepts the standard example 11010519491231002X, whose check character is X', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
  });

  it('accepts a number computed by hand: 21010219900307123 + check 3', () => {
    // Σ digit × weight = 185; 185 mod 11 = 9; "10X98765432"[9] = "3"
    expect(withResidentIdCheck('21010219900307123')).toBe('210102199003071233');
    expect(isValidResidentId('210102199003071233')).toBe(true);
  });

  it('refuses a tampered check character', () => {
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('210102199003071234')).toBe(false);
  });

  it('refuses a tampered digit in the body', () => {
    expect(isValidResidentId('21010219900307124' + '3')).toBe(false);
    expect(isValidResidentId('11010519491231003X')).toBe(false);
  });

  it('refuses a lowercase x, wrong lengths and other characters', () => {
    expect(isValidResidentId('11010519491231002x')).toBe(false);
    expect(isValidResidentId('1101051949123100')).toBe(false);
    expect(isValidResidentId('11010519491231002X0')).toBe(false);
    expect(isValidResidentId('')).toBe(false);
    expect(isValidResidentId('11010519491231002 ')).toBe(false);
    expect(isValidResidentId('A1010519491231002X')).toBe(false);
  });

  it('refuses a number whose check is right but whose birth date is not a real date', () => {
    for (const date of ['19900229', '19000229', '19901301', '19900001', '19900100', '19900431', '20010229']) {
      const id = residentId(date);
      expect([id, isValidResidentId(id)]).toEqual([id, false]);
    }
  });

  it('accepts 29 February of a leap year, 2000 included', () => {
    expect(isValidResidentId(residentId('20000229'))).toBe(true);
    expect(isValidResidentId(residentId('19960229'))).toBe(true);
  });

  it('refuses birth years before 1900 even with a correct check (440524188001010014)', () => {
    expect(withResidentIdCheck('44052418800101001')).toBe('440524188001010014');
    expect(isValidResidentId('440524188001010014')).toBe(false);
    expect(isValidResidentId(residentId('19000101'))).toBe(true);
  });

  it('reads the birth date from characters 7–14', () => {
    expect(birthDateOfResidentId('11010519491231002X')).toBe('1949-12-31');
    expect(birthDateOfResidentId(residentId('20000229'))).toBe('2000-02-29');
    expect(birthDateOfResidentId(residentId('19990229'))).toBeUndefined();
    expect(birthDateOfResidentId(residentId('19991232'))).toBeUndefined();
    expect(birthDateOfResidentId('440524188001010014')).toBeUndefined();
  });

  it('detects every single-digit substitution (property)', () => {
    const body = fc
      .tuple(
        fc.stringMatching(/^[1-6]\d{5}$/),
        fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2008-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.stringMatching(/^\d{3}$/),
      )
      .map(([region, date, sequence]) => region + date.toISOString().slice(0, 10).replaceAll('-', '') + sequence);
    fc.assert(
      fc.property(body, fc.nat({ max: 17 }), fc.nat({ max: 9 }), (first17, index, digit) => {
        const id = withResidentIdCheck(first17);
        expect(isValidResidentId(id)).toBe(true);
        const replacement = index === 17 ? '0123456789X'.replace(id[17], '')[digit] : String(digit);
        fc.pre(replacement !== id[index]);
        expect(isValidResidentId(replaceAt(id, index, replacement))).toBe(false);
      }),
    );
  });
});

describe('unified social credit codes (GB 32100)', () => {
  it('accepts the example 91350100M000100Y43, computed by hand', () => {
    // Σ value × weight = 1640; 1640 mod 31 = 28; 31 − 28 = 3
    expect(withCreditCodeCheck('91350100M000100Y4')).toBe('91350100M000100Y43');
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });

  it('accepts codes made by the fixture helper, letters in the check included', () => {
    expect(withCreditCodeCheck('91210100MA0P12345')).toBe('91210100MA0P12345K');
    expect(isValidCreditCode('91210100MA0P12345K')).toBe(true);
    expect(isValidCreditCode('912102002424000018')).toBe(true);
  });

  it('refuses a tampered check character or body', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y53')).toBe(false);
    expect(isValidCreditCode('91210100MA0P12345L')).toBe(false);
  });

  it('refuses characters outside the charset (I, O, S, V, Z, lowercase) and wrong lengths', () => {
    for (const c of ['I', 'O', 'S', 'V', 'Z', 'm']) {
      const code = replaceAt('91350100M000100Y43', 8, c);
      expect([code, isValidCreditCode(code)]).toEqual([code, false]);
    }
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y430')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
  });

  it('detects every single-character substitution (property)', () => {
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const body = fc.array(fc.constantFrom(...charset), { minLength: 17, maxLength: 17 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(body, fc.nat({ max: 17 }), fc.constantFrom(...charset), (first17, index, character) => {
        const code = withCreditCodeCheck(first17);
        expect(isValidCreditCode(code)).toBe(true);
        fc.pre(character !== code[index]);
        expect(isValidCreditCode(replaceAt(code, index, character))).toBe(false);
      }),
    );
  });
});

describe('mobile phones', () => {
  it('accepts 11 digits starting with 13–19', () => {
    expect(isValidMobilePhone('13812345678')).toBe(true);
    expect(isValidMobilePhone('19912345678')).toBe(true);
  });

  it('refuses other numbers', () => {
    expect(isValidMobilePhone('12812345678')).toBe(false);
    expect(isValidMobilePhone('1381234567')).toBe(false);
    expect(isValidMobilePhone('138123456789')).toBe(false);
    expect(isValidMobilePhone('+8613812345678')).toBe(false);
    expect(isValidMobilePhone('024-2345678')).toBe(false);
  });
});

describe('masks', () => {
  it('keeps the first 4 and last 4 characters of an ID number', () => {
    expect(maskResidentId('210102199003071234')).toBe('2101**********1234');
    expect(maskResidentId('11010519491231002X')).toBe('1101**********002X');
  });

  it('keeps the first 3 and last 4 digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('hides the birth date of the ID number', () => {
    const masked = maskResidentId(residentId('19900307'));
    expect(masked).toHaveLength(18);
    expect(masked).not.toContain('19900307');
  });
});
