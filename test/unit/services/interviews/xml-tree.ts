/**
 * A test's view of an XML file as a tree of elements (local names, attribute values, text), so
 * assertions read like the structure another program sees rather than like string matching.
 */
import { SaxesParser } from 'saxes';

export interface Node {
  name: string;
  namespace: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

export function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const root: Node = { name: '#document', namespace: '', attributes: {}, children: [], text: '' };
  const stack: Node[] = [root];
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value;
    const node: Node = { name: tag.local, namespace: tag.uri, attributes, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0]!;
}

/** The element at the end of a path of child names, each step the first match; throws if missing. */
export function child(node: Node, ...path: string[]): Node {
  let here = node;
  for (const name of path) {
    const next = here.children.find((candidate) => candidate.name === name);
    if (!next) throw new Error(`No <${name}> in <${here.name}>`);
    here = next;
  }
  return here;
}

export function children(node: Node, name: string): Node[] {
  return node.children.filter((candidate) => candidate.name === name);
}

/** Every element of that name anywhere below the node. */
export function descendants(node: Node, name: string): Node[] {
  return node.children.flatMap((candidate) => [...(candidate.name === name ? [candidate] : []), ...descendants(candidate, name)]);
}
