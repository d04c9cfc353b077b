/**
 * Fictitious people for demo data, simulations and benchmarks: Chinese names, resident ID numbers
 * (GB 11643, with a valid check character and a real birth date), birth dates for an age on a day,
 * and mainland mobile numbers. Everything comes from the `Rng` passed in, so a seed gives the same people.
 */
import type { CityId } from '../../domain/src/catalogue/catalogue.types.js';
import { CITY_DIVISION_CODES } from './demo-employers.js';
import type { Rng } from './prng.js';

const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹易常武乔贺龚文',
];
const GIVEN_NAME_CHARS = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉兰志建国海波宁亮鹏辉峰晨雪斌宇浩凯红春东文博新立成鑫凤晶琳振彬松涛德福',
];
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '157',
  '158',
  '159',
  '176',
  '177',
  '178',
  '180',
  '181',
  '183',
  '186',
  '187',
  '188',
  '189',
  '198',
  '199',
];
/** County-level suffixes (GB/T 2260) appended to a city's division code: districts most cities have. */
const DISTRICTS = ['02', '03', '04', '05', '06', '11', '12', '13', '21', '81'];
const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK = '10X98765432';
const DAY_MS = 86_400_000;

/** A surname and a one- or two-character given name (two in 7 of 10). */
export function chineseName(rng: Rng): string {
  const given = rng.chance(0.7) ? rng.pick(GIVEN_NAME_CHARS) + rng.pick(GIVEN_NAME_CHARS) : rng.pick(GIVEN_NAME_CHARS);
  return rng.pick(SURNAMES) + given;
}

/** GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`A resident ID check character needs 17 digits, got ${first17}`);
  const sum = RESIDENT_ID_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return RESIDENT_ID_CHECK[sum % 11]!;
}

/**
 * A valid resident ID number of someone registered in `city` (a district of it) and born on
 * `birthDate` (YYYY-MM-DD or YYYYMMDD): division code, birth date, sequence number, check character.
 */
export function residentIdNumber(rng: Rng, city: CityId, birthDate: string): string {
  const compact = birthDate.replaceAll('-', '');
  if (!/^\d{8}$/.test(compact)) throw new Error(`A birth date is YYYY-MM-DD or YYYYMMDD, got ${birthDate}`);
  const area = CITY_DIVISION_CODES[city] + rng.pick(DISTRICTS);
  const sequence = String(rng.int(0, 999)).padStart(3, '0');
  const first17 = area + compact + sequence;
  return first17 + residentIdCheckChar(first17);
}

/**
 * A birth date (YYYY-MM-DD, a real calendar day) of someone exactly `age` years old on `onDay`
 * (YYYY-MM-DD): uniform over the year of birthdays that give that age (a birthday on `onDay` counts).
 */
export function birthDateForAge(rng: Rng, onDay: string, age: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(onDay);
  if (!match) throw new Error(`A day is YYYY-MM-DD, got ${onDay}`);
  if (!Number.isInteger(age) || age < 0) throw new Error(`An age is a whole number ≥ 0, got ${age}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const latest = sameDayYearsBefore(year, month, day, age);
  const earliest = sameDayYearsBefore(year, month, day, age + 1) + DAY_MS;
  const daysBack = rng.int(0, Math.round((latest - earliest) / DAY_MS));
  return new Date(latest - daysBack * DAY_MS).toISOString().slice(0, 10);
}

/** The day `years` before year-month-day (UTC ms); 29 February falls back to the 28th in a common year. */
function sameDayYearsBefore(year: number, month: number, day: number, years: number): number {
  const lastOfMonth = new Date(Date.UTC(year - years, month, 0)).getUTCDate();
  return Date.UTC(year - years, month - 1, Math.min(day, lastOfMonth));
}

/** A mainland mobile number: a real operator prefix and eight digits. */
export function mobilePhone(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

export interface DemoPerson {
  name: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  idNumber: string;
  phone: string;
}

export interface DemoPersonOptions {
  /** Where the person's ID number was issued. */
  city: CityId;
  /** The day (YYYY-MM-DD) on which the person's age is `minAge`–`maxAge`. */
  onDay: string;
  /** Default 22. */
  minAge?: number;
  /** Default 50. */
  maxAge?: number;
}

/** A whole person: name, a birth date for an age in `minAge`–`maxAge` on `onDay`, an ID number of `city`, a phone. */
export function demoPerson(rng: Rng, { city, onDay, minAge = 22, maxAge = 50 }: DemoPersonOptions): DemoPerson {
  const name = chineseName(rng);
  const birthDate = birthDateForAge(rng, onDay, rng.int(minAge, maxAge));
  return { name, birthDate, idNumber: residentIdNumber(rng, city, birthDate), phone: mobilePhone(rng) };
}
