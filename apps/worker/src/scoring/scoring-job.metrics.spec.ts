import { jobTimings } from './scoring-job.metrics.js';

describe('jobTimings', () => {
  it('measures the wait from enqueueing to being taken, and the run from being taken to finishing', () => {
    expect(jobTimings({ timestamp: 1_000, processedOn: 1_250, finishedOn: 1_262 }, 9_999)).toEqual({
      waitSeconds: 0.25,
      runSeconds: 0.012,
    });
  });

  it('ends a failed attempt that will be retried (no finishedOn) at now', () => {
    expect(jobTimings({ timestamp: 1_000, processedOn: 1_100, finishedOn: undefined }, 1_600)).toEqual({
      waitSeconds: 0.1,
      runSeconds: 0.5,
    });
  });

  it('has nothing to say about a job no worker took', () => {
    expect(jobTimings({ timestamp: 1_000, processedOn: undefined, finishedOn: undefined }, 2_000)).toBeUndefined();
  });

  it('never reports negative times when clocks of two machines disagree', () => {
    expect(jobTimings({ timestamp: 1_000, processedOn: 990, finishedOn: 980 }, 2_000)).toEqual({ waitSeconds: 0, runSeconds: 0 });
  });
});
