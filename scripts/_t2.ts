import { hasVerb } from '../src/shared/text/scene-captions';
const t = 'estado del servicio / service status — san jorge ⇄ moyogalpa';
const w = t.split(' ');
for (let i = 0; i < w.length; i++) for (let j = i + 1; j <= w.length; j++) if (hasVerb(w.slice(i, j).join(' '))) { console.log(i, j, w.slice(i, j).join(' ')); i = 99; break; }
