import { buildMessage, messageIdFor } from '../../src/deliver';
import { messageInput } from './support/message';

describe('buildMessage', () => {
  it('derives the Message-ID from the delivery id and the sender domain (RFC 5322 §3.6.4)', () => {
    const first = buildMessage(messageInput());
    const retry = buildMessage(messageInput());
    expect(first.messageId).toBe('<mb.dlv_01JDX7Q4K6@news.example.org>');
    expect(retry.messageId).toBe(first.messageId);
    expect(buildMessage(messageInput({ deliveryId: 'dlv-other' })).messageId).not.toBe(first.messageId);
    expect(messageIdFor('a b<c>@d', 'x@Bücher.example')).toMatch(
      /^<mb\.h[0-9a-f]{40}@xn--bcher-kva\.example>$/,
    );
  });

  it('sets the list headers, one-click unsubscribe and base64 text parts', () => {
    const message = buildMessage(messageInput({ feedbackId: 'ed-1:world:digest:brief' }));
    expect(message.list).toEqual({
      id: { url: 'world.brief.news.example.org', comment: 'Morning Brief World News' },
      unsubscribe: [
        [
          'https://brief.news.example.org/unsubscribe/one-click?token=abc.def',
          'mailto:unsubscribe+abc.def@news.example.org?subject=unsubscribe',
        ],
      ],
    });
    expect(message.headers).toMatchObject({
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Feedback-ID': 'ed-1:world:digest:brief',
    });
    expect(message.textEncoding).toBe('base64');
    expect(message.text).toContain('MORNING BRIEF');
    expect(message.html).toContain('<h1>');
  });

  it('keeps header values on one line', () => {
    const message = buildMessage(
      messageInput({
        subject: 'Hi\r\nBcc: victim@example.com',
        from: { name: 'A\nB', address: 'brief@news.example.org' },
      }),
    );
    expect(message.subject).toBe('Hi Bcc: victim@example.com');
    expect(message.from).toEqual({ name: 'A B', address: 'brief@news.example.org' });
  });

  it('omits Reply-To when there is none', () => {
    expect(buildMessage(messageInput({ replyTo: null })).replyTo).toBeUndefined();
  });

  it.each([
    [{ to: 'not an address' }, 'recipient'],
    [{ unsubscribeUrl: 'javascript:alert(1)' }, 'unsubscribeUrl'],
    [{ unsubscribeMailto: 'https://example.org' }, 'unsubscribeMailto'],
    [{ listId: 'no spaces allowed' }, 'listId'],
    [{ from: { name: 'x', address: 'nobody' } }, 'sender address'],
  ])('refuses unusable input %o', (override, words) => {
    expect(() => buildMessage(messageInput(override))).toThrow(
      expect.objectContaining({
        stage: 'deliver',
        message: expect.stringMatching(new RegExp(`^deliver: .*${words}`)),
      }),
    );
  });
});
