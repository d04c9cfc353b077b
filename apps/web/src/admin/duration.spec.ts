import fc from 'fast-check';
import { formatDuration, parseDuration } from './duration';

describe('completion times typed by the chief judge', () => {
  it.each([
    ['3:00:30', 10_830],
    ['45:10', 2_710],
    ['10830', 10_830],
    [' 1：02：03 ', 3_723], // a Chinese keyboard's colon
    ['0:00:00', 0],
  ])('reads %j as %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', '3:60:00', '1:2:3:4', '3h', '-5', '1.5', '3::00'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('shows h:mm:ss, and reads back what it shows', () => {
    expect(formatDuration(10_830)).toBe('3:00:30');
    fc.assert(fc.property(fc.integer({ min: 0, max: 86_400 }), (seconds) => parseDuration(formatDuration(seconds)) === seconds));
  });
});
