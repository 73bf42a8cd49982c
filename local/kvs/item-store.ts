import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

import Database from 'better-sqlite3';

import { SQL_INDEX_PREFIX } from './entity-schema';

/** A stored row. `space` is 'kv', 'secret' or 'e:<entity name>'; times are epoch ms. */
export type ItemRow = {
  space: string;
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expires_at: number | null;
};

/** The namespace of plain KVS keys. */
export const KV_SPACE = 'kv';
/** The namespace of secrets (kvs.setSecret); never returned by queries. */
export const SECRET_SPACE = 'secret';

// Rows past expires_at are invisible; every read binds the current time as @now.
const LIVE = '(expires_at IS NULL OR expires_at > @now)';
const STATEMENT_CACHE_LIMIT = 500;

/**
 * The SQLite table behind every namespace, with prepared statements for point access and a
 * cache for the generated query statements.
 */
export class ItemStore {
  readonly db: Database.Database;
  private readonly cache = new Map<string, Database.Statement>();
  private readonly getStmt: Database.Statement;
  private readonly upsertStmt: Database.Statement;
  private readonly deleteStmt: Database.Statement;

  constructor(file: string) {
    if (file !== ':memory:') {
      mkdirSync(dirname(file), { recursive: true });
    }
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS items (
      space TEXT NOT NULL,
      key TEXT NOT NULL,
      value TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      expires_at INTEGER,
      PRIMARY KEY (space, key)
    )`);
    this.getStmt = this.db.prepare(
      `SELECT * FROM items WHERE space = @space AND key = @key AND ${LIVE}`,
    );
    this.upsertStmt = this.db.prepare(
      `INSERT INTO items (space, key, value, created_at, updated_at, expires_at)
       VALUES (@space, @key, @value, @now, @now, @expiresAt)
       ON CONFLICT (space, key) DO UPDATE SET value = excluded.value,
         created_at = CASE WHEN ${LIVE} THEN created_at ELSE excluded.created_at END,
         updated_at = excluded.updated_at, expires_at = excluded.expires_at`,
    );
    this.deleteStmt = this.db.prepare('DELETE FROM items WHERE space = @space AND key = @key');
  }

  /** Creates the wanted SQLite indexes and drops ones left from older declarations. */
  syncIndexes(wanted: ReadonlyArray<{ name: string; sql: string }>): void {
    const names = new Set(wanted.map((index) => index.name));
    const existing = this.db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE ?`)
      .pluck()
      .all(`${SQL_INDEX_PREFIX}%`) as string[]; // `as`: pluck() returns the name column
    this.db.transaction(() => {
      existing
        .filter((name) => !names.has(name))
        .forEach((name) => this.db.exec(`DROP INDEX ${name}`));
      wanted.forEach((index) => this.db.exec(index.sql));
    })();
  }

  /** The live row, or undefined when missing or expired. */
  get(space: string, key: string, now: number): ItemRow | undefined {
    return this.getStmt.get({ space, key, now }) as ItemRow | undefined; // `as`: columns of items
  }

  /** Inserts or replaces a row; an expired row being replaced counts as new (created_at resets). */
  put(row: { space: string; key: string; value: string; now: number; expiresAt: number | null }) {
    this.upsertStmt.run(row);
  }

  /** Deletes a row; true when a live row was there. */
  delete(space: string, key: string, now: number): boolean {
    const existed = this.get(space, key, now) !== undefined;
    this.deleteStmt.run({ space, key });

    return existed;
  }

  /** Live keys of every namespace except secrets, ordered by namespace then key. */
  listKeys(now: number): Array<{ space: string; key: string }> {
    const sql = `SELECT space, key FROM items WHERE space <> '${SECRET_SPACE}' AND ${LIVE}`;

    // `as`: the statement selects exactly these two columns
    return this.prepared(`${sql} ORDER BY space, key`).all({ now }) as Array<{
      space: string;
      key: string;
    }>;
  }

  /** A cached prepared statement for generated SQL. */
  prepared(sql: string): Database.Statement {
    const cached = this.cache.get(sql);
    if (cached !== undefined) {
      return cached;
    }
    if (this.cache.size >= STATEMENT_CACHE_LIMIT) {
      this.cache.clear();
    }
    const statement = this.db.prepare(sql);
    this.cache.set(sql, statement);

    return statement;
  }

  /** Runs `fn` inside one SQLite transaction; a throw rolls everything back. */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Deletes rows whose ttl has passed; reads already ignore them, this only reclaims space. */
  purgeExpired(now: number): void {
    this.db.prepare('DELETE FROM items WHERE expires_at <= ?').run(now);
  }

  /** Deletes every row of every namespace. */
  wipe(): void {
    this.db.exec('DELETE FROM items');
  }

  /** Closes the database; the store cannot be used afterwards. */
  close(): void {
    this.cache.clear();
    this.db.close();
  }
}
