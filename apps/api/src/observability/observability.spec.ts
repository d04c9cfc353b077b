import { correlationIdOf } from './correlation.js';
import { routeLabel } from './http-metrics.js';
import { requestLogLevel } from './logging.js';
import { cookieValue } from './queue-dashboard.js';

describe('correlationIdOf', () => {
  const newId = () => 'generated';

  it('keeps the id a caller gives', () => {
    expect(correlationIdOf('tablet-17/req-0042', newId)).toBe('tablet-17/req-0042');
    expect(correlationIdOf('x'.repeat(200), newId)).toBe('x'.repeat(200));
  });

  it('replaces a missing, empty, too long or non-printable id with a new one', () => {
    for (const given of [undefined, '', 'x'.repeat(201), 'two words', 'naïve', 'a\tb', ['a', 'b'], 42]) {
      expect(correlationIdOf(given, newId)).toBe('generated');
    }
  });

  it('makes UUIDs by default', () => {
    expect(correlationIdOf(undefined)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('routeLabel', () => {
  it('names a matched route by its template, with the mount point of a mounted app', () => {
    expect(routeLabel({ baseUrl: '', route: { path: '/api/trades/:tradeId/marks' } })).toBe('/api/trades/:tradeId/marks');
    expect(routeLabel({ baseUrl: '/api/admin/queues', route: { path: '/api/queues' } })).toBe('/api/admin/queues/api/queues');
  });

  it('groups what no route matched, so that ids and probes of random paths do not become label values', () => {
    expect(routeLabel({ baseUrl: '' })).toBe('unmatched');
    expect(routeLabel({ baseUrl: '/api/admin/queues' })).toBe('/api/admin/queues/*');
  });
});

describe('requestLogLevel', () => {
  it('logs answered requests at info, 5xx answers at warn and failed responses at error', () => {
    expect(requestLogLevel('/api/catalogue/trades', 200)).toBe('info');
    expect(requestLogLevel('/api/trades/t/marks', 422)).toBe('info');
    expect(requestLogLevel('/api/trades/t/marks', 503, new Error('failed with status code 503'))).toBe('warn');
    expect(requestLogLevel('/api/catalogue/trades', 200, new Error('socket hang up'))).toBe('error');
  });

  it('keeps passing probes and scrapes out of the log, but not failing ones', () => {
    for (const url of ['/api/health', '/api/health/live', '/api/health/ready', '/api/metrics', '/api/metrics?x=1']) {
      expect(requestLogLevel(url, 200)).toBe('silent');
    }
    expect(requestLogLevel('/api/health/ready', 503)).toBe('warn');
    expect(requestLogLevel('/api/metrics', 401)).toBe('info');
    expect(requestLogLevel('/api/healthy', 200)).toBe('info');
  });
});

describe('cookieValue', () => {
  it('finds one cookie among several', () => {
    expect(cookieValue('a=1; jiangxin_queues=abc.def-ghi; b=2', 'jiangxin_queues')).toBe('abc.def-ghi');
    expect(cookieValue('jiangxin_queues=x=y', 'jiangxin_queues')).toBe('x=y');
  });

  it('is undefined without the cookie', () => {
    expect(cookieValue(undefined, 'jiangxin_queues')).toBeUndefined();
    expect(cookieValue('other=1; xjiangxin_queues=2', 'jiangxin_queues')).toBeUndefined();
  });
});
