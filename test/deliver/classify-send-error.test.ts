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

  it.each(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EAUTH', 'ECONNREFUSED', 'EAI_AGAIN'])(
    '%s without a reply is retryable',
    (code) => {
      expect(classifySendError(smtpError(code))).toEqual({ kind: 'retryable', reason: `${code}: ${code}` });
    },
  );

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
