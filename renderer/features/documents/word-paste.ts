/**
 * Pasting from Word (or a web page, or Google Docs) keeps the structure — headings, lists, bold,
 * italic, underline, tables, links — and drops the styling: fonts, colours, sizes, classes and
 * Word's own markup. A reviewer pastes agencies' reports into a draft; their house styles must not
 * come with them, and nothing the PDF engine cannot draw may get in.
 *
 * Word writes a bulleted or numbered list as paragraphs with a typed bullet and `mso-list` in
 * their style, so those are rebuilt as real lists first, while the style that says so is there.
 * Runs in the page (DOMParser never runs scripts or loads images); pure otherwise.
 */
import { isSafeLink } from './links';

/** Removed with everything inside them. */
const dropped = new Set(['STYLE', 'SCRIPT', 'META', 'LINK', 'TITLE', 'XML', 'IMG', 'SVG', 'PICTURE', 'OBJECT', 'IFRAME', 'EMBED', 'VIDEO', 'AUDIO', 'CANVAS', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'O:P']);

/** Kept (with only the attributes below); anything else is unwrapped, its text kept. */
const kept = new Set(['P', 'BR', 'H1', 'H2', 'H3', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'HR', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'STRIKE', 'DEL', 'A', 'CODE']);

const keptAttributes: Record<string, readonly string[]> = {
  A: ['href'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'],
  // The editor's own reference chips and footnotes, copied and pasted back.
  SPAN: ['data-reference', 'data-kind', 'data-id', 'data-footnote'],
};

/** Where a pasted element's style attribute is kept while it is read (see defuseStyles). */
const styleAttribute = 'data-paste-style';

/**
 * Takes out <style> elements and renames style attributes before the HTML is parsed: parsing
 * them, even into a detached document, makes the browser report each one as refused by the
 * Content Security Policy (style-src 'self'). Word's styles are still read, under another name.
 */
function defuseStyles(html: string): string {
  return html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, '').replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)style(\s*=)/gi, `$1${styleAttribute}$2`));
}

/** A style attribute as property → value, lower-cased; Word's `mso-` properties included (the browser's own parser drops them). */
function styleOf(element: Element): Map<string, string> {
  const properties = new Map<string, string>();
  for (const declaration of (element.getAttribute(styleAttribute) ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) properties.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim().toLowerCase());
  }
  return properties;
}

/** Word's list level (1 = outermost) for a list paragraph, or null for any other paragraph. */
function listLevel(paragraph: Element): number | null {
  const list = styleOf(paragraph).get('mso-list');
  const level = list ? /level(\d+)/.exec(list) : null;
  return level ? Number(level[1]) : null;
}

/**
 * Takes out the bullet or number Word typed before the text (in a `mso-list:Ignore` span, or
 * between `[if !supportLists]` and `[endif]` conditional comments) and says whether it was a number.
 */
function takeMarker(paragraph: Element): boolean {
  let marker = '';
  for (const element of [...paragraph.querySelectorAll('*')]) {
    if (!element.isConnected || styleOf(element).get('mso-list') !== 'ignore') continue;
    marker += element.textContent ?? '';
    element.remove();
  }
  if (!marker) marker = takeBetweenConditionals(paragraph);
  return /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]$/i.test(marker.replace(/[\s\u00a0]/g, ''));
}

function takeBetweenConditionals(paragraph: Element): string {
  const start = commentsIn(paragraph).find((comment) => /if !supportLists/i.test(comment.textContent ?? ''));
  let marker = '';
  while (start?.nextSibling && !(start.nextSibling.nodeType === 8 && /endif/i.test(start.nextSibling.textContent ?? ''))) {
    marker += start.nextSibling.textContent ?? '';
    start.nextSibling.remove();
  }
  return marker;
}

function commentsIn(root: Node): Node[] {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  return comments;
}

/** The next element after `node`, across blank text and comments; null if real text comes first. */
function nextElement(node: Node): Element | null {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === 1) return next as Element;
    if (next.nodeType === 3 && (next.textContent ?? '').trim() !== '') return null;
  }
  return null;
}

/** One run of consecutive list paragraphs into nested <ul>/<ol>, in place. */
function buildLists(run: Element[]): void {
  const doc = run[0]!.ownerDocument;
  const open: Array<{ list: Element; level: number }> = [];
  let lastRoot: Element | null = null;
  for (const paragraph of run) {
    const level = listLevel(paragraph) ?? 1;
    const ordered = takeMarker(paragraph);
    const tag = ordered ? 'OL' : 'UL';
    while (open.length > 0 && open[open.length - 1]!.level > level) open.pop();
    // Bullets straight after numbers at the same level are a new list.
    if (open.length > 0 && open[open.length - 1]!.level === level && open[open.length - 1]!.list.tagName !== tag) open.pop();
    let current = open[open.length - 1];
    if (!current || current.level < level) {
      const list = doc.createElement(tag);
      if (current) {
        const item = current.list.lastElementChild ?? current.list.appendChild(doc.createElement('li'));
        item.appendChild(list);
      } else {
        if (lastRoot) lastRoot.after(list);
        else run[0]!.before(list);
        lastRoot = list;
      }
      current = { list, level };
      open.push(current);
    }
    const item = doc.createElement('li');
    const text = doc.createElement('p');
    text.append(...paragraph.childNodes);
    item.append(text);
    current.list.append(item);
    paragraph.remove();
  }
}

function rebuildWordLists(body: Element): void {
  const done = new Set<Element>();
  for (const first of body.querySelectorAll('p')) {
    if (done.has(first) || listLevel(first) === null) continue;
    const run: Element[] = [first];
    for (let next = nextElement(first); next && next.tagName === 'P' && listLevel(next) !== null; next = nextElement(next)) run.push(next);
    for (const paragraph of run) done.add(paragraph);
    buildLists(run);
  }
}

function rename(element: Element, tag: string): Element {
  const renamed = element.ownerDocument.createElement(tag);
  renamed.append(...element.childNodes);
  for (const attribute of [...element.attributes]) renamed.setAttribute(attribute.name, attribute.value);
  element.replaceWith(renamed);
  return renamed;
}

function wrapChildren(element: Element, tag: string): void {
  const wrapper = element.ownerDocument.createElement(tag);
  wrapper.append(...element.childNodes);
  element.append(wrapper);
}

/** Emphasis given by style (Google Docs, web pages) becomes the tags the editor reads; a "bold" wrapper of normal weight goes. */
function emphasisFromStyle(element: Element): void {
  const style = styleOf(element);
  const weight = style.get('font-weight');
  const heavy = weight !== undefined && /^(bold|bolder|[6-9]00)$/.test(weight);
  const light = weight !== undefined && /^(normal|lighter|[1-4]00)$/.test(weight);
  if ((element.tagName === 'B' || element.tagName === 'STRONG') && light) {
    element.replaceWith(...element.childNodes);
    return;
  }
  // Only on inline wrappers: a <strong> between a list and its items would break the list.
  if ((element.tagName !== 'SPAN' && element.tagName !== 'FONT') || element.hasAttribute('data-reference') || element.hasAttribute('data-footnote')) return;
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  if (heavy) wrapChildren(element, 'strong');
  if (style.get('font-style') === 'italic') wrapChildren(element, 'em');
  if (decoration.includes('underline')) wrapChildren(element, 'u');
  if (decoration.includes('line-through')) wrapChildren(element, 's');
}

function tidy(element: Element): void {
  const tag = element.tagName;
  if (tag === 'SPAN' && (element.hasAttribute('data-reference') || element.hasAttribute('data-footnote'))) {
    for (const attribute of [...element.attributes]) if (!keptAttributes.SPAN!.includes(attribute.name)) element.removeAttribute(attribute.name);
    return;
  }
  if (/^H[4-6]$/.test(tag)) element = rename(element, 'h3');
  const name = element.tagName;
  if (!kept.has(name) || (name === 'A' && !isSafeLink(element.getAttribute('href')))) {
    element.replaceWith(...element.childNodes);
    return;
  }
  const allowed = keptAttributes[name] ?? [];
  for (const attribute of [...element.attributes]) {
    // ProseMirror's own clipboard marks how much of the structure was copied.
    if (attribute.name === 'data-pm-slice' || allowed.includes(attribute.name)) continue;
    element.removeAttribute(attribute.name);
  }
}

export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(defuseStyles(html), 'text/html');
  const body = doc.body;
  for (const element of [...doc.querySelectorAll('*')]) {
    if (element.isConnected && (dropped.has(element.tagName.toUpperCase()) || /^V:/i.test(element.tagName))) element.remove();
  }
  rebuildWordLists(body);
  for (const paragraph of [...body.querySelectorAll('p')]) {
    const className = paragraph.getAttribute('class') ?? '';
    if (/^MsoTitle$/i.test(className)) rename(paragraph, 'h1');
    else if (/^Mso(Intense)?Quote$/i.test(className)) {
      const quote = doc.createElement('blockquote');
      paragraph.replaceWith(quote);
      quote.append(paragraph);
    }
  }
  for (const element of [...body.querySelectorAll(`[${styleAttribute}]`)]) emphasisFromStyle(element);
  // Innermost first, so unwrapping an element never skips its children.
  for (const element of [...body.querySelectorAll('*')].reverse()) tidy(element);
  for (const comment of commentsIn(body)) comment.parentNode?.removeChild(comment);
  for (const paragraph of [...body.querySelectorAll('p')]) {
    if (paragraph.children.length === 0 && (paragraph.textContent ?? '').replace(/[\s\u00a0]/g, '') === '') paragraph.remove();
  }
  return body.innerHTML;
}
