import { ExecutionContext, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtraModels, getSchemaPath } from '@nestjs/swagger';
import { DomainError } from '@tessera/errors';
import type { NewAttachment } from '@tessera/tickets';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';

// Replies and notes take files as multipart/form-data (fields of the JSON body, plus `files`);
// parsed before the request's transaction opens, so a slow upload holds no database connection.
// The instance's own limits (size, types) are checked by the ticket code afterwards.
export const UPLOAD_PATHS = /^\/api\/v1\/t\/[^/]+\/(portal\/)?tickets\/[^/]+\/(replies|notes)$/;
export const UPLOAD_MAX_FILES = 10;
export const UPLOAD_MAX_BYTES = 50 * 1024 * 1024;

const parser = multer({ storage: multer.memoryStorage(), limits: { files: UPLOAD_MAX_FILES, fileSize: UPLOAD_MAX_BYTES, fields: 10, fieldSize: 1024 * 1024 } }).array('files', UPLOAD_MAX_FILES);

export function uploads(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST' || !UPLOAD_PATHS.test(req.path) || !req.is('multipart/form-data')) return next();
    parser(req, res, (error?: unknown) => {
      if (error instanceof MulterError) {
        const tooLarge = error.code === 'LIMIT_FILE_SIZE';
        return next(
          new DomainError(tooLarge ? 'too_large' : 'invalid', tooLarge ? 'request.file-too-large' : 'request.malformed-upload', tooLarge ? `A file is larger than ${UPLOAD_MAX_BYTES} bytes` : `The upload was refused: ${error.message}`, {
            field: error.field ?? 'files',
          }),
        );
      }
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
