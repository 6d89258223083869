import {
  classifyFetchError,
  classifyHttpStatus,
  FAILING_AFTER,
  type FeedFailure,
  feedFailure,
  nextPollTime,
  PERMANENT_BACKOFF_CAP_MS,
  parseRetryAfter,
  RETRY_AFTER_CAP_MS,
  sourceHealthAfter,
  TRANSIENT_BACKOFF_CAP_MS,
} from '../../src/sources';

const now = new Date('2026-11-28T06:00:00Z');
const minutes = (date: Date) => (date.getTime() - now.getTime()) / 60_000;

describe('parseRetryAfter (RFC 9110 §10.2.3)', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toEqual(new Date('2026-11-28T06:02:00Z'));
  });

  it('reads an IMF-fixdate and the obsolete RFC 850 and asctime forms', () => {
    expect(parseRetryAfter('Sat, 28 Nov 2026 07:00:00 GMT', now)).toEqual(new Date('2026-11-28T07:00:00Z'));
    expect(parseRetryAfter('Saturday, 28-Nov-26 07:00:00 GMT', now)).toEqual(
      new Date('2026-11-28T07:00:00Z'),
    );
    expect(parseRetryAfter('Sat Nov 28 07:00:00 2026', now)).toEqual(new Date('2026-11-28T07:00:00Z'));
  });

  it('ignores absent, past, negative and unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('Sat, 28 Nov 2026 05:00:00 GMT', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('nextPollTime', () => {
  const base = { now, pollMinutes: 30 };
  const transient = feedFailure('server_error', 'HTTP 500');
  const permanent = feedFailure('not_found', 'HTTP 404');

  it('waits the normal interval after a success', () => {
    expect(minutes(nextPollTime({ ...base, errorCount: 0 }))).toBe(30);
  });

  it('doubles the wait per consecutive transient failure, up to 6 hours', () => {
    const waits = [1, 2, 3, 4, 5, 6, 12].map((errorCount) =>
      minutes(nextPollTime({ ...base, errorCount, failure: transient })),
    );
    expect(waits).toEqual([30, 60, 120, 240, 360, 360, 360]);
    expect(TRANSIENT_BACKOFF_CAP_MS).toBe(360 * 60_000);
  });

  it('backs off harder after failures that need a human, up to 24 hours', () => {
    const waits = [1, 2, 3, 4, 5, 6, 50].map((errorCount) =>
      minutes(nextPollTime({ ...base, errorCount, failure: permanent })),
    );
    expect(waits).toEqual([60, 120, 240, 480, 960, 1440, 1440]);
    expect(PERMANENT_BACKOFF_CAP_MS).toBe(1440 * 60_000);
  });

  it('never polls before Retry-After, but caps absurd values', () => {
    const rateLimited: FeedFailure = {
      ...feedFailure('rate_limited', '429'),
      retryAfter: new Date(now.getTime() + 3 * 3_600_000),
    };
    expect(minutes(nextPollTime({ ...base, errorCount: 1, failure: rateLimited }))).toBe(180);
    const shortHint: FeedFailure = { ...rateLimited, retryAfter: new Date(now.getTime() + 60_000) };
    expect(minutes(nextPollTime({ ...base, errorCount: 3, failure: shortHint }))).toBe(120);
    const absurd: FeedFailure = { ...rateLimited, retryAfter: new Date('2027-06-01T00:00:00Z') };
    expect(nextPollTime({ ...base, errorCount: 1, failure: absurd }).getTime() - now.getTime()).toBe(
      RETRY_AFTER_CAP_MS,
    );
  });

  it('waits a day after 410 Gone', () => {
    expect(minutes(nextPollTime({ ...base, errorCount: 1, failure: feedFailure('gone', '410') }))).toBe(1440);
  });
});

describe('sourceHealthAfter', () => {
  it('resets the count and status after a success', () => {
    expect(sourceHealthAfter(7)).toEqual({
      errorCount: 0,
      status: 'active',
      lastError: null,
      errorClass: null,
    });
  });

  it(`marks a source failing after ${FAILING_AFTER} failures in a row`, () => {
    const failure = feedFailure('timeout', 'the feed did not answer in time');
    expect(sourceHealthAfter(FAILING_AFTER - 2, failure).status).toBe('active');
    expect(sourceHealthAfter(FAILING_AFTER - 1, failure)).toEqual({
      errorCount: FAILING_AFTER,
      status: 'failing',
      lastError: 'sources: the feed did not answer in time',
      errorClass: 'timeout',
    });
  });

  it('disables a source that answered 410 Gone', () => {
    expect(sourceHealthAfter(0, feedFailure('gone', 'gone')).status).toBe('disabled');
  });
});

describe('classifyHttpStatus', () => {
  it.each([
    [404, 'not_found'],
    [410, 'gone'],
    [429, 'rate_limited'],
    [500, 'server_error'],
    [502, 'server_error'],
    [503, 'server_error'],
    [401, 'client_error'],
    [403, 'client_error'],
  ])('HTTP %i is %s', (status, kind) => {
    const failure = classifyHttpStatus(status, null, now);
    expect(failure.kind).toBe(kind);
    expect(failure.httpStatus).toBe(status);
    expect(failure.message).toMatch(/^sources: .*HTTP \d{3}/);
  });

  it('keeps the Retry-After of a 503', () => {
    expect(classifyHttpStatus(503, '600', now).retryAfter).toEqual(new Date('2026-11-28T06:10:00Z'));
  });
});

describe('classifyFetchError', () => {
  const fetchFailed = (code: string) =>
    new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });

  it.each([
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['ECONNREFUSED', 'connect'],
    ['ECONNRESET', 'connect'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['EWHATEVER', 'network'],
  ])('%s is %s', (code, kind) => {
    const failure = classifyFetchError(fetchFailed(code));
    expect(failure.kind).toBe(kind);
    expect(failure.message.startsWith('sources: ')).toBe(true);
  });

  it('recognises an aborted timeout signal', () => {
    expect(
      classifyFetchError(new DOMException('The operation was aborted due to timeout', 'TimeoutError')).kind,
    ).toBe('timeout');
  });

  it('recognises an invalid URL', () => {
    let thrown: unknown;
    try {
      new URL('http://');
    } catch (error) {
      thrown = error;
    }
    expect(
      classifyFetchError(new TypeError('Failed to parse URL from http://', { cause: thrown })).kind,
    ).toBe('bad_url');
  });
});
