// The formats are stored with the instance settings and help topics, so their rules live in the
// directory; ticket numbering reads them from there.
export { MAX_REFERENCE_FORMAT_LENGTH, parseReferenceFormat, randomReference, referenceFormatProblem, sequenceReference } from '@tessera/directory';
