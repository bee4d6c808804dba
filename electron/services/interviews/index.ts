/** Conversations with practitioners, their coding to themes, and what the themes show (issue #17). */
export { addConversation, changeParticipants, editConversation, getConversationDetail, listConversations, recordConsent } from './conversations';
export { questionSets, removeQuestionSet, saveQuestionSet } from './question-sets';
export { addTheme, editTheme, listThemes, removeTheme } from './themes';
export { codeExcerpt, codeQuote, editExcerpt, listExcerpts, reanchorExcerpts, reanchorOnSave, removeExcerpt } from './excerpts';
export { addLink, removeLink } from './links';
export { coOccurrence, themeView, uncodedExcerpts } from './views';
export { themeReport } from './report';
export { excerptsCsv } from './csv';
export { conversationLabel } from './words';
export { codebookExport, projectExport } from './refi-exports';
export { importCodebook, importCodebookFile } from './import-codebook';
export { interviewProduct, type InterviewFile } from './products';
