import { Parser } from 'htmlparser2';

/** What a real HTML parser sees in an email: every element with its attributes, and the text. */
export interface ParsedHtml {
  elements: Array<{ name: string; attributes: Record<string, string> }>;
  links: Array<{ href: string; text: string }>;
  /** Text content of the body, whitespace collapsed (script and style text excluded). */
  text: string;
  /** Text inside <style> elements. */
  styles: string[];
}

export function inspectHtml(html: string): ParsedHtml {
  const result: ParsedHtml = { elements: [], links: [], text: '', styles: [] };
  const texts: string[] = [];
  let openLink: { href: string; text: string } | null = null;
  let inStyle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        texts.push(' ');
        result.elements.push({ name, attributes });
        if (name === 'style') inStyle = true;
        if (name === 'a') openLink = { href: attributes.href ?? '', text: '' };
      },
      ontext(text) {
        if (inStyle) {
          result.styles.push(text);
          return;
        }
        texts.push(text);
        if (openLink) openLink.text += text;
      },
      onclosetag(name) {
        texts.push(' ');
        if (name === 'style') inStyle = false;
        if (name === 'a' && openLink) {
          result.links.push({ href: openLink.href, text: openLink.text.replace(/\s+/g, ' ').trim() });
          openLink = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  result.text = texts.join('').replace(/\s+/g, ' ');
  return result;
}
