import type { FastifyInstance } from 'fastify';
import { maskEmail } from '../../shared/logger';
import { LINK_PATHS } from '../../subscriptions/links';
import type { FormGuards } from '../form-guards';
import { deletedPage, deletePromptPage } from '../pages/reader-data-pages';
import { readerOfManageLink, sendHtml } from '../token-guard';
import { auditSubscriberAction, subscriberLog, type WebContext } from '../web-context';

interface TokenParams {
  token: string;
}

/**
 * A reader's own data, from the manage link: download everything kept about them as JSON, or
 * delete it (the address is replaced by a salted hash, see docs/subscriptions.md).
 */
export function registerReaderDataRoutes(
  app: FastifyInstance,
  context: WebContext,
  guards: FormGuards,
): void {
  const path = `${LINK_PATHS.manage}:token`;

  app.get<{ Params: TokenParams }>(`${path}/data`, async (request, reply) => {
    const subscriber = await readerOfManageLink(context, request.params.token, reply);
    if (!subscriber) return reply;
    const data = await context.deps.readerData.export(subscriber.id);
    subscriberLog(request.log, subscriber.id).info('web: data exported');
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="morning-brief-data.json"')
      .send(JSON.stringify({ exportedAt: context.deps.now().toISOString(), ...data }, null, 2));
  });

  app.get<{ Params: TokenParams }>(`${path}/delete`, async (request, reply) => {
    const subscriber = await readerOfManageLink(context, request.params.token, reply);
    if (!subscriber) return reply;
    const manage = `${context.chrome.basePath}${LINK_PATHS.manage}${request.params.token}`;
    return sendHtml(
      reply,
      200,
      deletePromptPage(context.chrome, maskEmail(subscriber.email), `${manage}/delete`, manage),
    );
  });

  app.post<{ Params: TokenParams }>(`${path}/delete`, { preHandler: guards.form }, async (request, reply) => {
    const subscriber = await readerOfManageLink(context, request.params.token, reply);
    if (!subscriber) return reply;
    const { deps } = context;
    if (await deps.readerData.erase(subscriber.id, deps.now())) {
      // Only the fact and the opaque id stay in the audit log: the reader's own entries are gone.
      await auditSubscriberAction(context, subscriber.id, 'subscriber.erased', {});
      subscriberLog(request.log, subscriber.id).info('web: reader erased');
    }
    return sendHtml(reply, 200, deletedPage(context.chrome));
  });
}
