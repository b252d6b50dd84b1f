export { DomainError, ErrorDetails, ErrorKind, errorFamily, problemType } from './domain-error';
export { ERROR_MESSAGES, FIELD_MESSAGES, Messages, PROBLEM_TITLES } from './error-messages';
export { LANGUAGES, Language, acceptedLanguage, chooseLanguage, isLanguage, languageOf } from './language';
export { FieldRule, fieldMessage, interpolate, placeholdersOf, problemDetail, problemTitle } from './problem-text';
