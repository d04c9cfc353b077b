import { metricsRequestAllowed, PINO_LEVEL, subscriptionLag } from './observability.js';

describe('metricsRequestAllowed', () => {
  it('lets everyone read the metrics when no METRICS_TOKEN is set', () => {
    expect(metricsRequestAllowed({}, undefined)).toBe(true);
  });

  it('with METRICS_TOKEN, lets only `Bearer <token>` read them', () => {
    const config = { METRICS_TOKEN: 'scrape-token-0123456789' };
    expect(metricsRequestAllowed(config, 'Bearer scrape-token-0123456789')).toBe(true);
    expect(metricsRequestAllowed(config, undefined)).toBe(false);
    expect(metricsRequestAllowed(config, 'Bearer scrape-token-012345678')).toBe(false);
    expect(metricsRequestAllowed(config, 'scrape-token-0123456789')).toBe(false);
  });
});

describe('subscriptionLag', () => {
  it('is the events stored after the subscription position, never negative', () => {
    expect(subscriptionLag(120, 100)).toBe(20);
    expect(subscriptionLag(120, 120)).toBe(0);
    // The head is read after the position: a subscription may have moved past it meanwhile.
    expect(subscriptionLag(120, 121)).toBe(0);
  });
});

describe('PINO_LEVEL', () => {
  it("maps Nest's LOG_LEVEL names onto pino's", () => {
    expect(PINO_LEVEL).toEqual({ error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' });
  });
});
