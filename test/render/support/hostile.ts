import type { EditionContent } from '../../../src/shared/types';

/** Feed text as an attacker would write it. Every string here reaches the templates. */
export const TWO_MB = `${'Lorem ipsum dolor sit amet <b>bold</b> '.repeat(53_000)}`;

export const hostileEdition: EditionContent = {
  editionId: 'ed-hostile',
  slot: '2026-11-29T06:00:00.000Z',
  builtAt: '2026-11-29T05:50:00.000Z',
  sections: [
    {
      id: 'world',
      title: '</mj-column></mj-section><mj-include path="/etc/passwd" />World',
      stories: [
        {
          storyId: 'evil-1',
          section: 'world',
          headline: '<script>alert("x")</script>Breaking: markets <b>rally</b> [[mb:unsubscribeUrl]]',
          points: [
            { text: '<img src=x onerror=alert(1)>Officials said nothing new.', sources: ['e1', 'e2'] },
            {
              text: 'Close tags </p></div></td></tr></table></mj-text></mj-column><mj-raw><style>body{display:none}</style></mj-raw> then go on',
              sources: ['e3'],
            },
            {
              text: 'Marker [[mb:preferencesUrl]] and slot {{senderName}} {{body}} stay text',
              sources: ['e4'],
            },
            {
              text: '<mj-style inline="inline">* { color: red }</mj-style><!--[if mso]><script>x()</script><![endif]-->',
              sources: [],
            },
            {
              text: 'Unbalanced <div><span><table><tr><td>cells and <a href="javascript:alert(1)">a link',
              sources: ['e5'],
            },
            { text: `Huge: ${TWO_MB}`, sources: ['e6'] },
            {
              text: '\u202eevil bidi override\u202c and a <![CDATA[ section ]]> and "quotes" & ampersands',
              sources: ['e7'],
            },
          ],
          outletCount: 7,
          singleSource: false,
          sources: [
            {
              articleId: 'e1',
              outlet: '<a href="javascript:alert(1)">Evil</a> Outlet',
              title: 'Script link',
              url: 'javascript:alert(1)',
              publishedAt: '2026-11-28T10:00:00Z',
            },
            {
              articleId: 'e2',
              outlet: 'Data Wire',
              title: 'Data link',
              url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
              publishedAt: '2026-11-28T09:00:00Z',
            },
            {
              articleId: 'e3',
              outlet: 'Pixel Post',
              title: '<img src="https://tracker.example/open.gif?u=42" width="1" height="1">Pixel story',
              url: 'https://tracker.example/pixel.gif?u=42',
              publishedAt: 'not a date',
            },
            {
              articleId: 'e4',
              outlet: 'Quote Times',
              title: 'Attribute" onmouseover="alert(1)',
              url: 'https://evil.example/a"><script>alert(1)</script>',
              publishedAt: null,
            },
            {
              articleId: 'e5',
              outlet: 'Relative Daily',
              title: 'Protocol-relative',
              url: '//evil.example/x',
              publishedAt: '2026-11-27T09:00:00Z',
            },
            {
              articleId: 'e6',
              outlet: 'Mixed Case',
              title: 'Mixed-case scheme',
              url: ' JaVaScRiPt:alert(1)',
              publishedAt: '2026-11-27T08:00:00Z',
            },
            {
              articleId: 'e7',
              outlet: 'Creds Gazette',
              title: 'Credentials',
              url: 'https://trusted.example@evil.example/path',
              publishedAt: '2026-11-27T07:00:00Z',
            },
          ],
        },
      ],
    },
  ],
};
