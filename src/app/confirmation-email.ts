import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MailMessage } from '../deliver';
import { defaultTemplatesDir } from '../render/templates';
import { escapeHtml } from '../shared/escape-html';
import type { Subscriber } from '../shared/types';
import type { AppContext } from './context';

/**
 * The double opt-in message. Transactional, so it carries no List-* headers; it is sent at most
 * once an hour to an address, and only to the address that asked. Its words name the button of
 * the confirm page ("Confirm my subscription").
 */
export function confirmationMessage(
  context: AppContext,
  subscriber: Subscriber,
  confirmUrl: string,
): MailMessage {
  const { sender } = context.config;
  const values = {
    siteName: sender.name,
    postalAddress: sender.postalAddress,
    confirmUrl,
    validDays: String(context.config.web.pendingExpiryDays),
  };
  const fill = (template: string, encode: (text: string) => string) =>
    template.replace(
      /\{\{(siteName|postalAddress|confirmUrl|validDays)\}\}/g,
      (_match, key: keyof typeof values) => encode(values[key]),
    );
  const deliveryId = `confirm-${subscriber.id}-${context.now().getTime()}`;
  const domain = sender.address.slice(sender.address.lastIndexOf('@') + 1);
  return {
    deliveryId,
    messageId: `<${deliveryId}@${domain}>`,
    from: { name: sender.name, address: sender.address },
    to: subscriber.email,
    subject: `Confirm your subscription to ${sender.name}`,
    text: fill(readFileSync(join(defaultTemplatesDir(), 'confirm.txt'), 'utf8'), (text) => text),
    html: fill(readFileSync(join(defaultTemplatesDir(), 'confirm.html'), 'utf8'), escapeHtml),
    textEncoding: 'base64',
    ...(sender.replyTo ? { replyTo: sender.replyTo } : {}),
  };
}
