import { parentPort } from 'node:worker_threads';
import { readFeedBody } from './read-feed';

/**
 * A parse worker (parse-pool.ts): reads the feed bodies it is sent, one at a time, and answers
 * with the result, or with the message and stack of a bug.
 */
parentPort?.on('message', (message: { id: number; input: Parameters<typeof readFeedBody>[0] }) => {
  readFeedBody(message.input).then(
    (result) => parentPort?.postMessage({ id: message.id, result }),
    (error: unknown) => {
      const { message: text, stack } = error instanceof Error ? error : { message: String(error), stack: '' };
      parentPort?.postMessage({ id: message.id, error: { message: text, stack } });
    },
  );
});
