// The domain-boundary rule (ARCHITECTURE.md "A review kernel"): inside electron/services, each
// folder is a domain. A file may import its own folder freely, another domain only through that
// domain's index.ts, and — for the domains listed in `only` — nothing but the domains allowed
// there. Top-level files of electron/services (ports, log, sqlite, resources) are shared ground.
// test/unit/lint/domain-boundaries.test.ts proves it bites.
import { statSync } from 'node:fs';
import path from 'node:path';

const servicesRoot = path.join('electron', 'services');

function isDirectory(file) {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function domainOf(file, root) {
  const relative = path.relative(path.join(root, servicesRoot), file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const parts = relative.split(path.sep);
  if (parts.length > 1) return { domain: parts[0], rest: parts.slice(1).join('/') };
  // "../reviews" names a domain's folder (its index); "../sqlite" a top-level file.
  return isDirectory(file) ? { domain: parts[0], rest: '' } : { domain: null, rest: parts[0] };
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'A domain imports another domain only through its index.ts, and only the domains it may use.' },
    schema: [{ type: 'object', properties: { only: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } } }, additionalProperties: false }],
    messages: {
      deep: 'Import the {{target}} domain through its index ("{{suggestion}}"), not {{source}}: a domain reaches another only through what it exports.',
      forbidden: 'The {{domain}} domain stands on the kernel and its own folder: it may not import the {{target}} domain (allowed: {{allowed}}).',
    },
  },
  create(context) {
    const root = context.cwd ?? process.cwd();
    const file = context.filename ?? context.getFilename();
    const here = domainOf(file, root);
    if (!here || !here.domain) return {};
    const only = context.options[0]?.only ?? {};
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const resolved = path.resolve(path.dirname(file), source);
      const there = domainOf(resolved, root);
      if (!there || !there.domain || there.domain === here.domain) return;
      const allowed = only[here.domain];
      if (allowed && !allowed.includes(there.domain)) {
        context.report({ node, messageId: 'forbidden', data: { domain: here.domain, target: there.domain, allowed: allowed.join(', ') } });
        return;
      }
      if (there.rest !== '' && there.rest !== 'index' && there.rest !== 'index.ts') {
        const suggestion = path.relative(path.dirname(file), path.join(root, servicesRoot, there.domain)).split(path.sep).join('/');
        context.report({ node, messageId: 'deep', data: { target: there.domain, source, suggestion } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
