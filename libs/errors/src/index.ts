export { DomainError, ErrorDetails, ErrorKind, problemType } from './domain-error';
