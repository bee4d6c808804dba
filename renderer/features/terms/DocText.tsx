import type { ReactNode } from 'react';
import type { DocJson, DocNode } from '../../../shared/documents/model';

/** Marks as the reader sees them; anything else is shown as plain text. */
function marked(node: DocNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else if (mark.type === 'underline') out = <u>{out}</u>;
    else if (mark.type === 'strike') out = <s>{out}</s>;
    else if (mark.type === 'code') out = <code>{out}</code>;
  }
  return <span key={key}>{out}</span>;
}

function children(node: DocNode, headingOffset: number): ReactNode[] {
  return (node.content ?? []).map((child, index) => render(child, index, headingOffset));
}

function render(node: DocNode, key: number, headingOffset: number): ReactNode {
  switch (node.type) {
    case 'text':
      return marked(node, key);
    case 'heading': {
      const level = Math.min(6, Number((node.attrs as { level?: number } | undefined)?.level ?? 2) + headingOffset);
      const Tag = `h${level}` as 'h3';
      return <Tag key={key}>{children(node, headingOffset)}</Tag>;
    }
    case 'paragraph':
      return <p key={key}>{children(node, headingOffset)}</p>;
    case 'bulletList':
      return <ul key={key}>{children(node, headingOffset)}</ul>;
    case 'orderedList':
      return <ol key={key}>{children(node, headingOffset)}</ol>;
    case 'listItem':
      return <li key={key}>{children(node, headingOffset)}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children(node, headingOffset)}</blockquote>;
    case 'hardBreak':
      return <br key={key} />;
    case 'table':
      return (
        <table key={key} className="table">
          <tbody>{children(node, headingOffset)}</tbody>
        </table>
      );
    case 'tableRow':
      return <tr key={key}>{children(node, headingOffset)}</tr>;
    case 'tableHeader':
      return <th key={key}>{children(node, headingOffset)}</th>;
    case 'tableCell':
      return <td key={key}>{children(node, headingOffset)}</td>;
    default:
      // A reference chip or anything newer: its text, never nothing.
      return node.content ? <span key={key}>{children(node, headingOffset)}</span> : <span key={key}>{String((node.attrs as { label?: string } | undefined)?.label ?? node.text ?? '')}</span>;
  }
}

/** A document shown as text, not fields: what a signed version says, exactly as it reads in its PDF. */
export function DocText({ doc, headingOffset = 1, headingId }: { doc: DocJson; headingOffset?: number; headingId?: (index: number) => string }) {
  let headings = 0;
  return (
    <div className="doc-prose tor-signed-text">
      {(doc.content ?? []).map((node, index) => {
        const shown = render(node, index, headingOffset);
        // Top-level headings carry an id for the contents rail to jump to.
        if (node.type !== 'heading' || !headingId) return shown;
        const id = headingId(headings++);
        return (
          <div key={index} id={id} className="tor-anchor">
            {shown}
          </div>
        );
      })}
    </div>
  );
}
