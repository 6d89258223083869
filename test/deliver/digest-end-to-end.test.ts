import { simpleParser } from 'mailparser';
import { buildMessage, createSmtpMailer } from '../../src/deliver';
import { personalize, renderVariant } from '../../src/render';
import { silentLogger } from '../../src/shared/logger';
import { brand, realisticEdition } from '../render/support/editions';
import { header } from './support/header';
import { startSmtpSink } from './support/smtp-sink';

describe('a rendered digest through SMTP', () => {
  it('arrives with both parts, the reader’s links, the postal address and the list headers', async () => {
    const sink = await startSmtpSink();
    const mailer = createSmtpMailer(sink.url, { logger: silentLogger });
    try {
      const variant = await renderVariant(realisticEdition, ['world', 'business'], brand);
      const unsubscribeUrl = 'https://brief.example.org/u/one-click?token=t0k3n';
      const personal = personalize(variant, {
        preferencesUrl: 'https://brief.example.org/preferences?token=t0k3n',
        unsubscribeUrl,
        localDateLabel: 'Sunday 29 November',
      });
      await mailer.send(
        buildMessage({
          deliveryId: 'dlv-e2e',
          from: { name: brand.senderName, address: 'brief@brief.example.org' },
          replyTo: null,
          to: 'reader@example.net',
          ...personal,
          listId: 'world.brief.example.org',
          listName: 'Morning Brief World News',
          unsubscribeUrl,
          unsubscribeMailto: 'mailto:unsubscribe+t0k3n@brief.example.org',
          date: new Date('2026-11-29T06:00:00Z'),
        }),
      );
      const mail = await simpleParser(sink.messages[0] as Buffer);
      expect(mail.subject).toBe(personal.subject);
      expect(mail.html).toBe(personal.html);
      expect(mail.text?.trim()).toBe(personal.text.trim());
      expect(mail.text).toContain(brand.postalAddress);
      expect(mail.html).toContain(brand.postalAddress);
      expect(header(mail, 'list-unsubscribe')).toContain(`<${unsubscribeUrl}>`);
      expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(mail.messageId).toBe('<mb.dlv-e2e@brief.example.org>');
    } finally {
      await mailer.close();
      await sink.close();
    }
  });
});
