import { loadEditorialSet } from '../src/eval/editorial/fixture';
import { summarizeStory } from '../src/summarize';
const [dir, event, until, exclude] = process.argv.slice(2);
const set = loadEditorialSet(dir ?? '');
const ev = set.find((e) => e.event === event);
const docs = (ev?.articles ?? []).filter((a) => a.published.getTime() <= Date.parse(until ?? '') && !(exclude ?? '###').split(',').includes(a.outlet)).map((a) => ({ id: a.id, outlet: a.outlet, url: a.url, title: a.title, publishedAt: a.published, text: a.paragraphs.map((p) => p.replace(/\s*\{[^}]*\}/g, '')).join('\n\n') }));
const s = summarizeStory(docs, { readAt: new Date(until ?? '') });
console.log(s.headline); for (const p of s.points) console.log(' •', p.text.slice(0, 160));
