import { classifySendError } from '../../src/deliver';
import { BriefError } from '../../src/shared/errors';

function smtpError(code: string, responseCode?: number, response?: string): Error {
  return Object.assign(new Error(response ?? code), { code, responseCode, response });
}

describe('classifySendError (RFC 5321 §4.2.1)', () => {
  it.each([
    [smtpError('EENVELOPE', 450, '450 4.2.1 Mailbox busy'), 'retryable', 450],
    [smtpError('EENVELOPE', 452, '452 4.5.3 Too many recipients'), 'retryable', 452],
    [smtpError('EMESSAGE', 421, '421 4.7.0 Try again later, closing connection'), 'retryable', 421],
    [smtpError('EENVELOPE', 550, '550 5.1.1 User unknown'), 'permanent', 550],
    [smtpError('EMESSAGE', 552, '552 5.3.4 Message too big'), 'permanent', 552],
    [smtpError('EMESSAGE', 554, '554 5.7.1 Rejected by policy'), 'permanent', 554],
    [smtpError('EPROTOCOL', 503, '503 5.5.1 Bad sequence of commands'), 'retryable', 503],
  ])('%s → %s', (error, kind, responseCode) => {
    expect(classifySendError(error)).toMatchObject({ kind, responseCode });
  });

  it.each(['ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EAUTH', 'EAI_AGAIN'])(
    '%s without a reply is retryable',
    (code) => {
      expect(classifySendError(smtpError(code))).toEqual({
        kind: 'retryable',
        reason: `${code}: ${code}`,
        throttle: false,
      });
    },
  );

  it.each([
    smtpError('ECONNECTION'),
    smtpError('ECONNREFUSED'),
    smtpError('ESOCKET', undefined, 'connect ECONNREFUSED 127.0.0.1:2525'),
  ])('a refused connection (%s) is retryable and slows the queue', (error) => {
    expect(classifySendError(error)).toMatchObject({ kind: 'retryable', throttle: true });
  });

  it.each([
    [smtpError('EMESSAGE', 421, '421 4.7.0 Try again later'), true],
    [smtpError('EENVELOPE', 450, '450 4.2.1 Mailbox busy'), true],
    [smtpError('EMESSAGE', 451, '451 4.7.1 Please slow down'), true],
    [smtpError('EENVELOPE', 454, '454 4.7.0 TLS not available'), true],
    [smtpError('EENVELOPE', 452, '452 4.5.3 Too many recipients'), false],
  ])('%s slows the queue: %s', (error, throttle) => {
    expect(classifySendError(error)).toMatchObject({ kind: 'retryable', throttle });
  });

  it.each([
    [smtpError('EENVELOPE', 550, '550 5.1.1 User unknown'), true],
    [smtpError('EMESSAGE', 554, '554 5.7.1 Rejected'), true],
    [smtpError('EAUTH', 535, '535 5.7.8 Authentication failed'), false],
  ])('%s is a hard bounce of the reader: %s', (error, hardBounce) => {
    expect(classifySendError(error)).toMatchObject({ kind: 'permanent', hardBounce });
  });

  it('treats an envelope refused before any reply as permanent', () => {
    const error = smtpError('EENVELOPE', undefined, 'No recipients defined');
    expect(classifySendError(error)).toEqual({
      kind: 'permanent',
      reason: 'EENVELOPE: No recipients defined',
    });
  });

  it('treats our own invalid input as permanent', () => {
    const error = new BriefError('deliver', 'DELIVER_BAD_INPUT', 'recipient is not a plain address');
    expect(classifySendError(error)).toEqual({
      kind: 'permanent',
      reason: 'deliver: recipient is not a plain address',
    });
  });

  it('retries what it does not recognize', () => {
    expect(classifySendError(new Error('something odd'))).toEqual({
      kind: 'retryable',
      reason: 'something odd',
    });
    expect(classifySendError('a string')).toEqual({ kind: 'retryable', reason: 'a string' });
  });

  it('masks addresses quoted by the server', () => {
    const error = smtpError('EENVELOPE', 550, '550 5.1.1 <jane.doe@example.com>: Recipient address rejected');
    expect(classifySendError(error).reason).toBe(
      'SMTP 550 5.1.1 <j***@example.com>: Recipient address rejected',
    );
  });
});
