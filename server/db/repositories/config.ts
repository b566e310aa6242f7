import { eq } from 'drizzle-orm';
import { DEFAULT_CONFIG } from '../../../shared/data/default-config';
import { CONFIG_SCHEMAS, type ConfigKey, type WorkspaceConfig } from '../../../shared/schemas/config';
import type { Db } from '../client';
import { workspaceSettings } from '../schema';

/** The workspace's rules: stored documents over the defaults. */
export function configRepository(db: Db) {
  return {
    async all(): Promise<WorkspaceConfig> {
      const rows = await db.select().from(workspaceSettings);
      const config: Record<string, unknown> = { ...DEFAULT_CONFIG };
      for (const row of rows) {
        if (row.key in CONFIG_SCHEMAS) config[row.key] = CONFIG_SCHEMAS[row.key as ConfigKey].parse(row.value);
      }
      return config as WorkspaceConfig;
    },

    async get<K extends ConfigKey>(key: K): Promise<{ value: WorkspaceConfig[K]; updatedAt: string | null; updatedBy: string | null }> {
      const [row] = await db.select().from(workspaceSettings).where(eq(workspaceSettings.key, key));
      if (!row) return { value: DEFAULT_CONFIG[key], updatedAt: null, updatedBy: null };
      return { value: CONFIG_SCHEMAS[key].parse(row.value) as WorkspaceConfig[K], updatedAt: row.updatedAt, updatedBy: row.updatedBy };
    },

    async set<K extends ConfigKey>(key: K, value: WorkspaceConfig[K], by: string) {
      const updatedAt = new Date().toISOString();
      await db.insert(workspaceSettings).values({ key, value, updatedAt, updatedBy: by })
        .onConflictDoUpdate({ target: workspaceSettings.key, set: { value, updatedAt, updatedBy: by } });
    },

    /** Back to the default: the stored document is removed. */
    async reset(key: ConfigKey) {
      await db.delete(workspaceSettings).where(eq(workspaceSettings.key, key));
    },
  };
}
