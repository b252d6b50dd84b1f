import { ExecutionContext, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtraModels, getSchemaPath } from '@nestjs/swagger';
import { DomainError } from '@tessera/errors';
import type { NewAttachment } from '@tessera/tickets';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import { invalidText } from './request-shape';

// Replies and notes take files as multipart/form-data (fields of the JSON body, plus `files`), and
// so do a canned response's files;
// parsed before the request's transaction opens, so a slow upload holds no database connection.
// The instance's own limits (size, types) are checked by the ticket code afterwards.
export const UPLOAD_PATHS = /^\/api\/v1\/t\/[^/]+\/((portal\/)?tickets\/[^/]+\/(replies|notes)|canned-responses\/[^/]+\/files)$/;
export const UPLOAD_MAX_FILES = 10;
export const UPLOAD_MAX_BYTES = 50 * 1024 * 1024;

// busboy refuses a part header holding a NUL (a field name or file name) as malformed; the last
// bytes it read tell that apart from other damage, so a NUL answers as it does in JSON bodies.
const HEADER_WINDOW = 32 * 1024;

const parser = (watch: (chunk: Buffer) => void) =>
  multer({
    storage: multer.memoryStorage(),
    limits: { files: UPLOAD_MAX_FILES, fileSize: UPLOAD_MAX_BYTES, fields: 10, fieldSize: 1024 * 1024 },
    // multer's own hook for feeding busboy (not in its published types).
    streamHandler: (request: Request, busboy: NodeJS.WritableStream) => {
      request.on('data', watch);
      request.pipe(busboy);
    },
  } as multer.Options).array('files', UPLOAD_MAX_FILES);

// Whether a part header (from a boundary line to its blank line) in `data` holds a NUL.
export function nulInPartHeaders(data: Buffer, boundary: string): boolean {
  const delimiter = Buffer.from(`--${boundary}`);
  for (let at = data.indexOf(delimiter); at !== -1; at = data.indexOf(delimiter, at + delimiter.length)) {
    const start = at + delimiter.length;
    const end = data.indexOf('\r\n\r\n', start);
    if (data.subarray(start, end === -1 ? data.length : end).includes(0)) return true;
  }
  return false;
}

function boundaryOf(request: Request): string {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(request.headers['content-type'] ?? '');
  return match?.[1] ?? match?.[2] ?? '';
}

export function uploads(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST' || !UPLOAD_PATHS.test(req.path) || !req.is('multipart/form-data')) return next();
    let recent = Buffer.alloc(0);
    const watch = (chunk: Buffer) => {
      recent = Buffer.concat([recent.subarray(Math.max(0, recent.length - HEADER_WINDOW)), chunk]);
    };
    parser(watch)(req, res, (error?: unknown) => {
      if (error instanceof MulterError) {
        if (error.code === 'LIMIT_FILE_SIZE') {
          return next(new DomainError('too_large', 'request.file-too-large', `A file is larger than ${UPLOAD_MAX_BYTES} bytes`, { field: error.field ?? 'files', maxBytes: UPLOAD_MAX_BYTES }));
        }
        return next(new DomainError('invalid', 'request.malformed-upload', `The upload was refused: ${error.message}`, { field: error.field ?? 'files' }));
      }
      if (error && nulInPartHeaders(recent, boundaryOf(req))) return next(invalidText('files', 'a field or file name with a NUL character'));
      if (error) return next(new DomainError('invalid', 'request.malformed-upload', 'The multipart body could not be read'));
      next();
    });
  };
}

// The files of a multipart request (none for JSON), as attachments to store.
export const UploadedAttachments = createParamDecorator((_data: unknown, context: ExecutionContext): NewAttachment[] => {
  const files = context.switchToHttp().getRequest<Request & { files?: Express.Multer.File[] }>().files;
  return (Array.isArray(files) ? files : []).map((file) => ({
    // Browsers send names as UTF-8; busboy reads them as Latin-1 unless told otherwise.
    filename: Buffer.from(file.originalname, 'latin1').toString('utf8') || 'attachment',
    contentType: file.mimetype || 'application/octet-stream',
    content: file.buffer,
  }));
});

// OpenAPI: the route takes its JSON body, or the same fields as multipart with files.
export const AcceptsUploads = (body: new () => object) =>
  applyDecorators(
    ApiExtraModels(body),
    ApiConsumes('application/json', 'multipart/form-data'),
    ApiBody({
      required: true,
      schema: { $ref: getSchemaPath(body) },
      description: `JSON, or multipart/form-data with the same fields and up to ${UPLOAD_MAX_FILES} files in \`files\``,
    }),
  );
