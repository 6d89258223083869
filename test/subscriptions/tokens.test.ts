import { CONFIRM_MAX_AGE_MS, checkToken, signToken, verifyToken } from '../../src/subscriptions/tokens';

const secret = 'a-test-secret-that-is-at-least-32-characters';
const now = new Date('2026-11-28T06:00:00.000Z');
const subscriberId = '0b7c1f0e-3a52-4d0f-9d1e-2f9a7c3b8e11';

function manageToken(version = 3): string {
  return signToken(secret, { purpose: 'manage', subscriberId, version });
}

/** Flips one base64url character to a different one at `index`. */
function flip(token: string, index: number): string {
  const char = token[index] === 'A' ? 'B' : 'A';
  return token.slice(0, index) + char + token.slice(index + 1);
}

describe('reader tokens', () => {
  test.each<'manage' | 'unsubscribe'>(['manage', 'unsubscribe'])(
    '%s token round-trips, URL-safe',
    (purpose) => {
      const token = signToken(secret, { purpose, subscriberId, version: 7 });
      expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect(token.length).toBeLessThan(200);
      expect(verifyToken(secret, token, purpose)).toEqual({ subscriberId, version: 7 });
    },
  );

  test('manage and unsubscribe tokens never expire (they live in old emails)', () => {
    const token = signToken(secret, { purpose: 'unsubscribe', subscriberId, version: 1 });
    const tenYearsLater = new Date('2036-11-28T06:00:00.000Z');
    expect(verifyToken(secret, token, 'unsubscribe', tenYearsLater)).toEqual({ subscriberId, version: 1 });
  });

  test('rotation: a link signed with an older secret verifies while that secret is still listed', () => {
    const older = 'an-older-secret-of-at-least-32-characters';
    const token = signToken(older, { purpose: 'unsubscribe', subscriberId, version: 1 });
    expect(verifyToken([secret, older], token, 'unsubscribe')).toEqual({ subscriberId, version: 1 });
    expect(verifyToken([secret], token, 'unsubscribe')).toBeNull();
    expect(checkToken([secret, 'x'.repeat(32)], token, 'unsubscribe')).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  test('every single-character change of the payload or MAC is rejected', () => {
    const token = manageToken();
    for (let index = 0; index < token.length; index += 1) {
      if (token[index] === '.') continue;
      expect(verifyToken(secret, flip(token, index), 'manage')).toBeNull();
    }
  });

  test.each([
    ['truncated MAC', (token: string) => token.slice(0, -1)],
    ['truncated payload', (token: string) => token.slice(1)],
    ['no MAC', (token: string) => token.split('.')[0] as string],
    ['extra part', (token: string) => `${token}.x`],
    ['padding added', (token: string) => `${token}=`],
    ['percent-encoded', (token: string) => token.replace('.', '%2E')],
    ['empty', () => ''],
    ['huge', () => 'a'.repeat(10_000)],
    ['swapped parts', (token: string) => token.split('.').reverse().join('.')],
  ])('%s is rejected without throwing', (_name, mangle) => {
    expect(verifyToken(secret, mangle(manageToken()), 'manage')).toBeNull();
  });

  test('non-string input is malformed, not an exception', () => {
    for (const value of [undefined, null, 42, {}, ['a.b']]) {
      expect(checkToken(secret, value, 'manage')).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  test('a token for one purpose is refused for another', () => {
    const token = manageToken();
    expect(checkToken(secret, token, 'unsubscribe')).toEqual({ ok: false, reason: 'wrong-purpose' });
    expect(checkToken(secret, token, 'confirm', now)).toEqual({ ok: false, reason: 'wrong-purpose' });
  });

  test('a token signed with another secret is refused', () => {
    const token = signToken('another-secret-also-at-least-32-characters!', {
      purpose: 'manage',
      subscriberId,
      version: 3,
    });
    expect(checkToken(secret, token, 'manage')).toEqual({ ok: false, reason: 'bad-signature' });
  });

  test('the version is returned so the caller can refuse revoked links', () => {
    const old = manageToken(3);
    const current = manageToken(4);
    expect(verifyToken(secret, old, 'manage')?.version).toBe(3);
    expect(verifyToken(secret, current, 'manage')?.version).toBe(4);
    expect(old).not.toBe(current);
  });

  describe('confirm tokens', () => {
    const confirm = (issuedAt: Date) =>
      signToken(secret, { purpose: 'confirm', subscriberId, version: 1, issuedAt });

    test('are valid for 7 days, then expired', () => {
      const token = confirm(now);
      const justInside = new Date(now.getTime() + CONFIRM_MAX_AGE_MS);
      const justOutside = new Date(now.getTime() + CONFIRM_MAX_AGE_MS + 1000);
      expect(verifyToken(secret, token, 'confirm', justInside)).toEqual({ subscriberId, version: 1 });
      expect(verifyToken(secret, token, 'confirm', justOutside)).toBeNull();
      expect(checkToken(secret, token, 'confirm', justOutside)).toEqual({ ok: false, reason: 'expired' });
    });

    test('carry their issue time', () => {
      const check = checkToken(secret, confirm(now), 'confirm', now);
      expect(check.ok && check.issuedAt?.toISOString()).toBe(now.toISOString());
    });

    test('are refused when no clock is given', () => {
      expect(checkToken(secret, confirm(now), 'confirm')).toEqual({ ok: false, reason: 'expired' });
    });
  });

  test('signing refuses an empty secret or bad claims', () => {
    expect(() => signToken('', { purpose: 'manage', subscriberId, version: 1 })).toThrow(/^subscriptions: /);
    expect(() => signToken(secret, { purpose: 'manage', subscriberId: '', version: 1 })).toThrow(
      /subscriber id/,
    );
    expect(() => signToken(secret, { purpose: 'manage', subscriberId, version: 1.5 })).toThrow(/version/);
  });
});
