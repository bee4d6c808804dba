import { assertNever } from '../../../shared/errors';
import { ExportPanel } from './ExportPanel';
import { SettingsPanel } from './SettingsPanel';
import { selectPanel, useDocuments } from './store';
import type { EditorPanel, OpenDocument } from './types';
import { VersionsPanel } from './VersionsPanel';

const panelLabels: Record<EditorPanel, string> = { versions: 'Versions', settings: 'Document settings', export: 'Export to PDF' };
const panels = Object.keys(panelLabels) as EditorPanel[];

interface EditorPanelsProps {
  document: OpenDocument;
  flush: () => Promise<boolean>;
}

/** Beside the text: one panel at a time, each shown and hidden by its own button (the disclosure pattern). */
export function EditorPanels({ document, flush }: EditorPanelsProps) {
  const panel = useDocuments(selectPanel);
  const setPanel = useDocuments((state) => state.setPanel);
  return (
    <div className="doc-side">
      <div className="doc-side-buttons">
        {panels.map((candidate) => (
          <button
            key={candidate}
            type="button"
            className="button button-secondary button-small"
            aria-expanded={panel === candidate}
            aria-controls={panel === candidate ? 'document-panel' : undefined}
            onClick={() => setPanel(panel === candidate ? null : candidate)}
          >
            {panelLabels[candidate]}
          </button>
        ))}
      </div>
      {panel ? (
        <section id="document-panel" className="doc-panel" aria-labelledby="document-panel-heading">
          <h2 id="document-panel-heading">{panelLabels[panel]}</h2>
          <PanelContent panel={panel} document={document} flush={flush} />
        </section>
      ) : null}
    </div>
  );
}

function PanelContent({ panel, document, flush }: EditorPanelsProps & { panel: EditorPanel }) {
  switch (panel) {
    case 'versions':
      return <VersionsPanel flush={flush} />;
    case 'settings':
      return <SettingsPanel document={document} />;
    case 'export':
      return <ExportPanel document={document} flush={flush} />;
    default:
      return assertNever(panel);
  }
}
