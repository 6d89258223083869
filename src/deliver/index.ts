export { writeFileAtomic } from './atomic-write';
export { buildMessage } from './build-message';
export { classifySendError } from './classify-send-error';
export { dkimOptions } from './dkim';
export { messageIdFor, safeDeliveryToken } from './message-id';
export { MessageTemplate, type Recipient } from './message-template';
export { createOutboxMailer, type OutboxMailer } from './outbox-mailer';
export { createSmtpMailer, type SmtpMailerOptions } from './smtp-mailer';
export type {
  BuildMessageInput,
  DkimSigning,
  MailAddress,
  Mailer,
  MailMessage,
  OutgoingMessage,
  RawMessage,
  SendErrorClass,
  SendErrorKind,
  SendResult,
} from './types';
