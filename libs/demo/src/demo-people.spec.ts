import fc from 'fast-check';
import { CITIES } from '../../domain/src/catalogue/catalogue.types.js';
import {
  birthDateForAge,
  chineseName,
  CITY_DIVISION_CODES,
  createRng,
  demoPerson,
  mobilePhone,
  residentIdCheckChar,
  residentIdNumber,
} from './index.js';

/** GB 11643 (ISO 7064 MOD 11-2), written independently of the generator. */
function passesGb11643(idNumber: string): boolean {
  if (!/^\d{17}[\dX]$/.test(idNumber)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(idNumber[i]) * weights[i]!;
  return '10X98765432'[sum % 11] === idNumber[17];
}

/** Whole years between a birth date and a day (both YYYY-MM-DD), a birthday on the day counting. */
function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const isRealDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso;

const cityIds = CITIES.map((c) => c.id);
const dayArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('demo people', () => {
  it('makes resident ID numbers that pass the GB 11643 check, with the city and birth date in them', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...cityIds), dayArb, fc.integer({ min: 16, max: 70 }), (seed, city, day, age) => {
        const rng = createRng(seed);
        const birthDate = birthDateForAge(rng, day, age);
        const id = residentIdNumber(rng, city, birthDate);
        expect(passesGb11643(id)).toBe(true);
        expect(id.slice(0, 4)).toBe(CITY_DIVISION_CODES[city]);
        expect(id.slice(6, 14)).toBe(birthDate.replaceAll('-', ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a compact birth date too', () => {
    const id = residentIdNumber(createRng(1), 'dalian', '19800229');
    expect(passesGb11643(id)).toBe(true);
    expect(id.slice(6, 14)).toBe('19800229');
  });

  it('check character: known numbers, including an X', () => {
    // The GB 11643 standard's own example, and one whose check character is X.
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(() => residentIdCheckChar('1234')).toThrow();
  });

  it('gives a real birth date for exactly the requested age on the given day', () => {
    fc.assert(
      fc.property(fc.integer(), dayArb, fc.integer({ min: 0, max: 90 }), (seed, day, age) => {
        const birthDate = birthDateForAge(createRng(seed), day, age);
        expect(isRealDate(birthDate)).toBe(true);
        expect(ageOn(birthDate, day)).toBe(age);
      }),
      { numRuns: 5000 },
    );
  });

  it('birth dates at the edges: 29 February, a birthday on the day, the whole year covered', () => {
    for (let seed = 0; seed < 500; seed++) {
      expect(ageOn(birthDateForAge(createRng(seed), '2028-02-29', 30), '2028-02-29')).toBe(30);
      expect(ageOn(birthDateForAge(createRng(seed), '2026-03-01', 22), '2026-03-01')).toBe(22);
    }
    const rng = createRng(7);
    const dates = new Set(Array.from({ length: 20_000 }, () => birthDateForAge(rng, '2026-06-15', 40)));
    expect([...dates].sort()[0]).toBe('1985-06-16');
    expect([...dates].sort().at(-1)).toBe('1986-06-15');
    expect(dates.size).toBe(365);
  });

  it('makes mainland mobile numbers', () => {
    const rng = createRng(42);
    for (let i = 0; i < 5000; i++) expect(mobilePhone(rng)).toMatch(/^1[3-9]\d{9}$/);
  });

  it('makes Chinese names of two or three characters', () => {
    const rng = createRng(3);
    for (let i = 0; i < 1000; i++) expect(chineseName(rng)).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
  });

  it('a whole person: valid ID, age within the range on the day, valid phone', () => {
    const rng = createRng(2026);
    for (let i = 0; i < 2000; i++) {
      const person = demoPerson(rng, { city: 'tieling', onDay: '2026-09-20', minAge: 18, maxAge: 55 });
      expect(passesGb11643(person.idNumber)).toBe(true);
      expect(person.idNumber.slice(6, 14)).toBe(person.birthDate.replaceAll('-', ''));
      expect(ageOn(person.birthDate, '2026-09-20')).toBeGreaterThanOrEqual(18);
      expect(ageOn(person.birthDate, '2026-09-20')).toBeLessThanOrEqual(55);
      expect(person.phone).toMatch(/^1[3-9]\d{9}$/);
    }
  });

  it('is deterministic for a seed', () => {
    const people = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 50 }, (_, i) => demoPerson(rng, { city: cityIds[i % cityIds.length]!, onDay: '2026-06-15' }));
    };
    expect(people(123)).toEqual(people(123));
    expect(people(123)).not.toEqual(people(124));
    const draws = (seed: number) => {
      const rng = createRng(seed);
      return [chineseName(rng), birthDateForAge(rng, '2026-06-15', 30), residentIdNumber(rng, 'shenyang', '1990-01-01'), mobilePhone(rng)];
    };
    expect(draws(9)).toEqual(draws(9));
  });
});
