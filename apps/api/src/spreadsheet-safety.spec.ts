import { neutraliseFormula } from './spreadsheet-safety.js';

describe('formula neutralisation', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+SUM(1,1)', "'+SUM(1,1)"],
    ['-2+3', "'-2+3"],
    ['@SUM(1,1)', "'@SUM(1,1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('prefixes %j', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it('leaves other texts and numbers as they are', () => {
    expect(neutraliseFormula('张三')).toBe('张三');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula(-3)).toBe(-3);
    expect(neutraliseFormula(12)).toBe(12);
  });
});
