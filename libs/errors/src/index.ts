export { DomainError, ErrorDetails, ErrorKind, errorFamily, problemType } from './domain-error';
