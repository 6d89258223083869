import type { FastifyInstance } from 'fastify';
import type { Subscriber } from '../../shared/types';
import type { PreferencePatch } from '../../store/repos/subscribers-repo';
import { LINK_PATHS } from '../../subscriptions/links';
import { validatePreferences } from '../../subscriptions/preferences';
import { readForm } from '../form-body';
import type { FormGuards } from '../form-guards';
import { preferencesPage } from '../pages/preferences-page';
import { readerOfManageLink, sendHtml } from '../token-guard';
import { auditSubscriberAction, subscriberLog, type WebContext } from '../web-context';
import { preferencesView, storedValues, submittedValues } from './preferences-view';

interface TokenParams {
  token: string;
}

/**
 * The preferences page. POST saves and answers 303 See Other to the GET (RFC 9110 §15.4.4), so a
 * reload never re-submits; invalid input re-renders the form with every problem, status 400.
 */
export function registerPreferencesRoutes(
  app: FastifyInstance,
  context: WebContext,
  guards: FormGuards,
): void {
  const path = `${LINK_PATHS.manage}:token`;

  app.get<{ Params: TokenParams; Querystring: { saved?: string } }>(path, async (request, reply) => {
    const subscriber = await readerOfManageLink(context, request.params.token, reply);
    if (!subscriber) return reply;
    const values = storedValues(subscriber, context.deps.now());
    const saved = request.query.saved === '1';
    const view = preferencesView(context, subscriber, request.params.token, { values, errors: {}, saved });
    return sendHtml(reply, 200, preferencesPage(context.chrome, view));
  });

  app.post<{ Params: TokenParams }>(path, { preHandler: guards.form }, async (request, reply) => {
    const subscriber = await readerOfManageLink(context, request.params.token, reply);
    if (!subscriber) return reply;
    const { deps } = context;
    const form = readForm(request.body);
    const result = validatePreferences(form, { sections: context.sectionIds, now: deps.now() });
    if (!result.ok) {
      const errors = Object.fromEntries(result.errors.map((error) => [error.field, error.message]));
      const values = submittedValues(form, subscriber, deps.now());
      const view = preferencesView(context, subscriber, request.params.token, {
        values,
        errors,
        saved: false,
      });
      return sendHtml(reply, 400, preferencesPage(context.chrome, view));
    }
    const changes = await savePreferences(context, subscriber, result.patch);
    if (Object.keys(changes).length > 0) {
      await auditSubscriberAction(context, subscriber.id, 'subscriber.preferences_changed', { changes });
      subscriberLog(request.log, subscriber.id).info(
        { fields: Object.keys(changes) },
        'web: preferences saved',
      );
    }
    const location = `${context.chrome.basePath}${LINK_PATHS.manage}${request.params.token}?saved=1`;
    return reply.code(303).header('location', location).send();
  });
}

type Changes = Record<string, { from: unknown; to: unknown }>;

/** Writes the patch and moves between active and paused; returns what actually changed. */
async function savePreferences(
  context: WebContext,
  before: Subscriber,
  patch: PreferencePatch,
): Promise<Changes> {
  const { deps } = context;
  const now = deps.now();
  await deps.subscribers.updatePreferences(before.id, patch, now);
  const receiving = before.status === 'active' || before.status === 'paused';
  if (receiving && patch.pausedUntil instanceof Date && before.status !== 'paused') {
    await deps.subscribers.setStatus(before.id, 'paused', now);
  }
  // Resuming: `setStatus('active')` also clears paused_until.
  if (receiving && patch.pausedUntil === null && before.status === 'paused') {
    await deps.subscribers.setStatus(before.id, 'active', now);
  }
  const after = (await deps.subscribers.get(before.id)) ?? before;
  return diff(before, after);
}

const TRACKED: (keyof Subscriber)[] = [
  'sections',
  'timezone',
  'sendHour',
  'frequency',
  'weeklyDay',
  'status',
  'pausedUntil',
  'emailFormat',
];

function diff(before: Subscriber, after: Subscriber): Changes {
  const changes: Changes = {};
  for (const key of TRACKED) {
    const from = JSON.stringify(before[key]);
    const to = JSON.stringify(after[key]);
    if (from !== to) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}
