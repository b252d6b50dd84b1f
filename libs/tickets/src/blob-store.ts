import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@tessera/database';

// Where attachment contents live, keyed per instance by SHA-256. PostgreSQL by default; an
// S3-compatible store can take its place behind the same two calls.
export abstract class BlobStore {
  // Stores the content unless the instance already has it.
  abstract put(sha256: Buffer, content: Buffer): Promise<void>;
  abstract get(sha256: Buffer): Promise<Buffer | null>;

  // Stores the content under its SHA-256, which it returns.
  async store(content: Buffer): Promise<Buffer> {
    const sha256 = createHash('sha256').update(content).digest();
    await this.put(sha256, content);
    return sha256;
  }
}

// Blobs in the `blobs` table, inside the tenant transaction.
@Injectable()
export class PostgresBlobStore extends BlobStore {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async put(sha256: Buffer, content: Buffer): Promise<void> {
    await this.db.manager.query(
      `insert into blobs (tenant_id, sha256, size, content) values (tessera_current_tenant(), $1, $2, $3)
       on conflict (tenant_id, sha256) do nothing`,
      [sha256, content.length, content],
    );
  }

  async get(sha256: Buffer): Promise<Buffer | null> {
    const [row] = await this.db.manager.query('select content from blobs where sha256 = $1', [sha256]);
    return row?.content ?? null;
  }
}
