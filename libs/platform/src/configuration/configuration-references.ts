import { invalidAt } from './configuration.errors';
import { ReferenceReader, ReferenceResolver } from './configuration-section';
import { stableJson } from './configuration-items';

// The rows of an instance each section knows so far, by id and by key.
export class ConfigurationReferences implements ReferenceReader, ReferenceResolver {
  private readonly keys = new Map<string, Map<string, unknown>>();
  private readonly ids = new Map<string, Map<string, string>>();

  add(section: string, id: string, key: unknown): void {
    if (!this.keys.has(section)) {
      this.keys.set(section, new Map());
      this.ids.set(section, new Map());
    }
    this.keys.get(section)!.set(id, key);
    this.ids.get(section)!.set(stableJson(key), id);
  }

  keyOf(section: string, id: string): unknown {
    return this.keys.get(section)?.get(id) ?? null;
  }

  // The id of a row by its key, or undefined.
  find(section: string, key: unknown): string | undefined {
    return this.ids.get(section)?.get(stableJson(key));
  }

  idOf(section: string, key: unknown, path: string): string {
    const id = this.find(section, key);
    if (id === undefined) throw invalidAt(path, `names ${stableJson(key)}, which is not among the ${section} of the file or of this instance`);
    return id;
  }
}
