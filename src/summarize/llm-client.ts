import { BriefError } from '../shared/errors';

/** Where and how to reach an OpenAI-compatible chat endpoint (LLM_BASE_URL, LLM_MODEL, LLM_API_KEY). */
export interface LlmSettings {
  /** e.g. "http://127.0.0.1:11434/v1"; "/chat/completions" is appended. */
  baseUrl: string;
  model: string;
  /** Sent as a Bearer token when set. */
  apiKey?: string | null;
  /** Whole request, body included; past it the summary falls back to extractive. */
  timeoutMs: number;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

function endpoint(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return base.endsWith('/chat/completions') ? base : `${base}/chat/completions`;
}

function contentOf(body: unknown): string {
  if (typeof body !== 'object' || body === null)
    throw new BriefError('summarize', 'LLM_BAD_REPLY', 'LLM reply is not an object');
  const choices = (body as { choices?: unknown }).choices;
  const first: unknown = Array.isArray(choices) ? choices[0] : undefined;
  const message =
    typeof first === 'object' && first !== null ? (first as { message?: unknown }).message : undefined;
  const content =
    typeof message === 'object' && message !== null ? (message as { content?: unknown }).content : undefined;
  if (typeof content !== 'string')
    throw new BriefError('summarize', 'LLM_BAD_REPLY', 'LLM reply has no message content');
  return content;
}

/**
 * One chat completion, temperature 0. Throws a BriefError on a non-2xx answer, a malformed
 * reply or the timeout; the caller turns any of them into the extractive fallback. The
 * deadline covers the body too, and holds even if an injected fetch ignores the abort signal.
 */
export async function chatCompletion(
  settings: LlmSettings,
  messages: ChatMessage[],
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        new BriefError(
          'summarize',
          'LLM_TIMEOUT',
          `LLM endpoint gave no answer within ${settings.timeoutMs} ms`,
        ),
      );
    }, settings.timeoutMs);
  });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (settings.apiKey) headers.authorization = `Bearer ${settings.apiKey}`;
  const request = (async (): Promise<string> => {
    const response = await fetchImpl(endpoint(settings.baseUrl), {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: settings.model, messages, temperature: 0 }),
      signal: controller.signal,
    });
    if (!response.ok) {
      throw new BriefError('summarize', 'LLM_HTTP', `LLM endpoint answered HTTP ${response.status}`);
    }
    return contentOf(await response.json());
  })();
  try {
    return await Promise.race([request, deadline]);
  } finally {
    clearTimeout(timer);
    request.catch(() => undefined);
  }
}
