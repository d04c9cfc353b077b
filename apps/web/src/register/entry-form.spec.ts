import type { TradeSummary } from '../api/types';
import { creditCodeCheckChar } from '../../../../libs/demo/src/credit-code';
import { emptyEntry, entryRequest, idNumberProblem, membersFor, normaliseId, validateEntry, type EntryValues } from './entry-form';

/** A valid GB 11643 number for a birth date (the check digit computed as the standard says). */
function residentId(birthDate: string, sequence = 123): string {
  const body = `210102${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

/** A valid GB 32100 code (the demo library computes its check character independently of the domain's check). */
const CREDIT_CODE = `91210200MA0QC5GL1${creditCodeCheckChar('91210200MA0QC5GL1')}`;

const trade = (over: Partial<TradeSummary> = {}): TradeSummary => ({
  id: 't1',
  eventId: 'e1',
  name: '电工',
  nameEn: 'Electrician',
  teamSize: 1,
  aspectCount: 10,
  lotsDrawn: false,
  ...over,
});

const valid = (): EntryValues => ({
  ...emptyEntry(),
  eventId: 'e1',
  tradeId: 't1',
  city: 'dalian',
  skillLevel: 'level-3',
  name: '张三',
  idNumber: residentId('1990-03-07'),
  phone: '13800138000',
  employerName: '大连机床集团',
  creditCode: CREDIT_CODE,
  techBased: true,
});

describe('the entry form checks, as the API applies them', () => {
  const rules = { trade: trade(), contestDay: '2026-05-24' };

  it('a complete entry has no problem', () => {
    expect(validateEntry(valid(), rules)).toEqual({});
  });

  it('names each field that is wrong, with the API field path', () => {
    const problems = validateEntry({ ...emptyEntry(), idNumber: '12345', phone: '12345', creditCode: 'ABC' }, rules);
    expect(problems).toEqual({
      tradeId: { key: 'required' },
      city: { key: 'required' },
      skillLevel: { key: 'required' },
      name: { key: 'required' },
      idNumber: { key: 'idFormat' },
      phone: { key: 'phone' },
      'employer.name': { key: 'required' },
      'employer.creditCode': { key: 'creditFormat' },
    });
  });

  it('tells a wrong check digit from an impossible birth date (GB 11643)', () => {
    const good = residentId('1990-03-07');
    const wrongDigit = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(idNumberProblem(good, rules)).toBeUndefined();
    expect(idNumberProblem(wrongDigit, rules)).toEqual({ key: 'idCheckDigit' });
    expect(idNumberProblem(residentId('1990-02-30'), rules)).toEqual({ key: 'idBirthDate' });
  });

  it('applies the trade age window on the contest day', () => {
    const young = { trade: trade({ registration: { ageWindow: { min: 18, max: 30 } } }), contestDay: '2026-05-24' };
    expect(idNumberProblem(residentId('1990-03-07'), young)).toEqual({
      key: 'ageWindow',
      values: { age: 36, min: 18, max: 30, day: '2026-05-24' },
    });
    expect(idNumberProblem(residentId('2000-05-24'), young)).toBeUndefined();
  });

  it('checks the GB 32100 credit code check character', () => {
    const code = valid().creditCode;
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect(validateEntry({ ...valid(), creditCode: wrong }, rules)).toEqual({ 'employer.creditCode': { key: 'creditCheckDigit' } });
  });

  it('checks the members of a team and refuses the same person twice', () => {
    const team = { trade: trade({ teamSize: 2 }), contestDay: '2026-05-24' };
    const values = { ...valid(), members: [{ name: '李四', idNumber: valid().idNumber, phone: '139' }] };
    expect(validateEntry(values, team)).toEqual({ 'members.0.phone': { key: 'phone' }, members: { key: 'samePerson' } });
    expect(membersFor(valid(), team.trade)).toHaveLength(1);
    expect(membersFor(valid(), trade())).toHaveLength(0);
  });

  it('normalises what people type and builds the request body', () => {
    expect(normaliseId(' 21010219900307 123x ')).toBe('21010219900307123X');
    expect(entryRequest({ ...valid(), name: ' 张三 ' })).toEqual({
      tradeId: 't1',
      name: '张三',
      idNumber: valid().idNumber,
      phone: '13800138000',
      employer: { name: '大连机床集团', creditCode: CREDIT_CODE, techBased: true },
      city: 'dalian',
      skillLevel: 'level-3',
    });
  });
});
