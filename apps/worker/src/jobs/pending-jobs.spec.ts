import { PendingJobs } from './pending-jobs.js';

describe('PendingJobs: the checkpoint waits for the oldest unfinished job', () => {
  it('is the last handled position when nothing is pending', () => {
    expect(new PendingJobs().safePosition(42)).toBe(42);
  });

  it('stops just before the event of the oldest unfinished job', () => {
    const pending = new PendingJobs();
    pending.add('a', 10);
    pending.add('b', 12);
    pending.add('c', 15);
    expect(pending.safePosition(20)).toBe(9);

    pending.update(new Map([['b', 'completed']]));
    expect(pending.safePosition(20)).toBe(9); // 'a' still runs

    pending.update(new Map([['a', 'completed']]));
    expect(pending.safePosition(20)).toBe(14);

    pending.update(new Map([['c', 'gone']])); // removed after it completed
    expect(pending.safePosition(20)).toBe(20);
    expect(pending.size).toBe(0);
  });

  it('keeps the first position of a job id enqueued again (a coalesced job)', () => {
    const pending = new PendingJobs();
    pending.add('rank', 5);
    pending.add('rank', 9);
    expect(pending.safePosition(9)).toBe(4);
  });

  it('never goes past the event being handled', () => {
    const pending = new PendingJobs();
    pending.add('a', 30);
    expect(pending.safePosition(25)).toBe(25);
  });

  it('holds the checkpoint behind a job that failed all its attempts, until it is retried and completes', () => {
    const pending = new PendingJobs();
    pending.add('failed-one', 3);
    pending.add('next', 4);
    pending.update(
      new Map([
        ['failed-one', 'failed'],
        ['next', 'completed'],
      ]),
    );
    expect(pending.safePosition(10)).toBe(2);
    expect(pending.oldest(10)).toEqual([]); // asked about separately, with failedJobs()
    expect(pending.failedJobs()).toEqual(['failed-one']);

    pending.update(new Map([['failed-one', 'pending']])); // retried from the dead-letter view
    expect(pending.oldest(10)).toEqual(['failed-one']);
    pending.update(new Map([['failed-one', 'completed']]));
    expect(pending.safePosition(10)).toBe(10);
  });

  it('answers the oldest jobs first, at most the number asked for', () => {
    const pending = new PendingJobs();
    for (let i = 1; i <= 5; i++) pending.add(`job-${i}`, i);
    expect(pending.oldest(3)).toEqual(['job-1', 'job-2', 'job-3']);
  });

  it('ignores what the queue says of jobs it does not hold', () => {
    const pending = new PendingJobs();
    pending.add('a', 1);
    expect(
      pending.update(
        new Map([
          ['other', 'completed'],
          ['a', 'completed'],
        ]),
      ),
    ).toBe(1);
    expect(pending.size).toBe(0);
  });
});
