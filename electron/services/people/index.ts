/** The dictionary behind the names check: common English words, which are not taken for names. */
export { isCommonWord } from './common-words';
