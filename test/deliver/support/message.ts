import type { BuildMessageInput } from '../../../src/deliver';

export const POSTAL_ADDRESS = 'Morning Brief, 14 Rue des Lilas, 75011 Paris, France';

export function messageInput(overrides: Partial<BuildMessageInput> = {}): BuildMessageInput {
  return {
    deliveryId: 'dlv_01JDX7Q4K6',
    from: { name: 'Morning Brief', address: 'brief@news.example.org' },
    replyTo: 'editor@news.example.org',
    to: 'reader@example.net',
    subject: 'Morning Brief — Sunday 29 November: Ceasefire talks resume in Cairo',
    html: `<!doctype html><html><body><h1>Morning Brief</h1><p>Ceasefire talks resume • 5 sources</p><p>${POSTAL_ADDRESS}</p></body></html>`,
    text: `MORNING BRIEF — WORLD NEWS\n\n1. Ceasefire talks resume\n\n-- \n${POSTAL_ADDRESS}\n`,
    listId: 'world.brief.news.example.org',
    listName: 'Morning Brief World News',
    unsubscribeUrl: 'https://brief.news.example.org/unsubscribe/one-click?token=abc.def',
    unsubscribeMailto: 'mailto:unsubscribe+abc.def@news.example.org?subject=unsubscribe',
    date: new Date('2026-11-29T06:00:05Z'),
    ...overrides,
  };
}
