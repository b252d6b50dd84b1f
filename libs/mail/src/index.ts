export {
  InboundAttachment,
  InboundMessage,
  MailAddress,
  MailHeaders,
  ParsedMessage,
  UnparseableMessage,
  headerValue,
} from './inbound-message';
export { ParseOptions, parseMessage } from './parse-message';
export { BounceDetails, ClassifiableMessage, MailClassification, MailKind, classifyMail, mayAutoRespond } from './auto-reply';
export { LOOP_HEADER, OwnMailEvidence, loopHeaders, loopToken, newMessageId, ownMail } from './own-mail';
export { contentDigest, formatMessageId, messageIds } from './message-id';
export {
  QuoteCut,
  REPLY_ABOVE_MARKER,
  REPLY_ABOVE_TOKEN,
  REPLY_LANGUAGES,
  ReplyLanguage,
  StrippedReply,
  replyAboveLine,
  stripQuotes,
} from './quote-strip';
export { findReference, referenceTag, withoutReplyPrefixes } from './subject-reference';
export { sanitizeMailHtml, textFromHtml } from './html-body';
