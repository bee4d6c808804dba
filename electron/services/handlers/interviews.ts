/** Conversations with practitioners, coding and themes (issue #17). */
import type { InterviewChannel } from '../../../shared/ipc/contract';
import type { InterviewExport } from '../../../shared/interviews/schemas';
import {
  addConversation,
  addLink,
  addTheme,
  changeParticipants,
  codeExcerpt,
  coOccurrence,
  editConversation,
  editExcerpt,
  editTheme,
  getConversationDetail,
  importCodebookFile,
  interviewProduct,
  type InterviewFile,
  listConversations,
  listExcerpts,
  listThemes,
  questionSets,
  recordConsent,
  removeExcerpt,
  removeLink,
  removeQuestionSet,
  removeTheme,
  saveQuestionSet,
  themeView,
  uncodedExcerpts,
} from '../interviews';
import type { Kernel } from '../kernel';
import type { Ports } from '../ports';
import { saveExportWithDialog } from './save-export';
import type { HandlersOf } from './types';

export function interviewHandlers(kernel: Kernel, ports: Ports): HandlersOf<InterviewChannel> {
  const exportWithDialog = (file: InterviewFile, { reviewId, named, jobId, allowUnresolved }: InterviewExport) =>
    saveExportWithDialog(kernel, ports, interviewProduct(kernel, reviewId, file, { anonymised: !named }), { allowUnresolved, jobId });
  return {
    'interviews:list': ({ reviewId }) => listConversations(kernel, reviewId),
    'interviews:get': ({ id }) => getConversationDetail(kernel, id),
    'interviews:add': (input) => addConversation(kernel, input),
    'interviews:edit': (patch) => editConversation(kernel, patch),
    'interviews:participants': (input) => changeParticipants(kernel, input),
    'interviews:consent': (input) => recordConsent(kernel, input),
    'interviews:question-sets': () => questionSets(kernel),
    'interviews:save-question-set': ({ set }) => saveQuestionSet(kernel, set),
    'interviews:remove-question-set': ({ id }) => removeQuestionSet(kernel, id),
    'themes:list': ({ reviewId }) => listThemes(kernel, reviewId),
    'themes:add': (input) => addTheme(kernel, input),
    'themes:edit': (patch) => editTheme(kernel, patch),
    'themes:remove': (input) => removeTheme(kernel, input),
    'themes:view': (input) => themeView(kernel, input),
    'themes:co-occurrence': ({ reviewId }) => coOccurrence(kernel, reviewId),
    'themes:uncoded': ({ reviewId }) => uncodedExcerpts(kernel, reviewId),
    'excerpts:list': ({ id }) => listExcerpts(kernel, id),
    'excerpts:code': (input) => codeExcerpt(kernel, input),
    'excerpts:edit': (patch) => editExcerpt(kernel, patch),
    'excerpts:remove': ({ id }) => removeExcerpt(kernel, id),
    'interviews:link': (input) => addLink(kernel, input),
    'interviews:unlink': ({ id }) => removeLink(kernel, id),
    'interviews:export-report': (input) => exportWithDialog('report', input),
    'interviews:export-csv': (input) => exportWithDialog('csv', input),
    'interviews:export-qdpx': (input) => exportWithDialog('qdpx', input),
    'interviews:export-qdc': (input) => exportWithDialog('qdc', input),
    'themes:import-qdc': async ({ reviewId }) => {
      const chosen = await ports.dialogs.showOpen({ title: 'Choose a codebook to import', filters: [{ name: 'REFI-QDA codebook', extensions: ['qdc'] }] });
      const file = chosen?.[0];
      if (!file) return null;
      return importCodebookFile(kernel, reviewId, file);
    },
  };
}
