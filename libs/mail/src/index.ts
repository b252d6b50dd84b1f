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
export { formatMessageId, messageIds } from './message-id';
export { sanitizeMailHtml, textFromHtml } from './html-body';
