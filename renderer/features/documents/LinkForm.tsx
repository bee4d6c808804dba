import type { Editor } from '@tiptap/core';
import { useState, type FormEvent } from 'react';
import { TextInput } from '../../components/TextInput';
import { normaliseLink } from './links';

interface LinkFormProps {
  editor: Editor;
  onDone: () => void;
}

/**
 * The address of a link on the selected words (or of the link the caret is in). Only web and
 * email addresses are taken: see links.ts. Without a selection, the address itself is inserted.
 */
export function LinkForm({ editor, onDone }: LinkFormProps) {
  const existing = editor.isActive('link') ? String(editor.getAttributes('link').href ?? '') : '';
  const [address, setAddress] = useState(existing);
  const [error, setError] = useState<string | undefined>();

  function apply(event: FormEvent) {
    event.preventDefault();
    const href = normaliseLink(address);
    if (!href) return setError('Enter a web address (starting https:// or http://) or an email address.');
    const chain = editor.chain().focus().extendMarkRange('link');
    const done =
      editor.state.selection.empty && !existing
        ? chain.insertContent({ type: 'text', text: address.trim(), marks: [{ type: 'link', attrs: { href } }] }).run()
        : chain.setLink({ href }).run();
    if (!done) return setError('The link could not be put there. Choose the words to link within one paragraph, then try again.');
    onDone();
  }

  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onDone();
  }

  function cancel() {
    editor.commands.focus();
    onDone();
  }

  return (
    <form className="doc-linkform" onSubmit={apply} noValidate aria-label="Link" onKeyDown={(event) => event.key === 'Escape' && cancel()}>
      {/* Opened from the toolbar to type an address at once. */}
      <TextInput id="link-address" label="Link address" hint="A web address or an email address." value={address} onChange={setAddress} error={error} autoFocus spellCheck={false} width="long" />
      <div className="button-group">
        <button type="submit" className="button button-small">
          Apply link
        </button>
        {existing ? (
          <button type="button" className="button button-small button-secondary" onClick={remove}>
            Remove link
          </button>
        ) : null}
        <button type="button" className="link-button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
