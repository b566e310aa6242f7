/** Extension storage as the service worker finds it after a sleep: kept apart from whoever wrote it (values are copied in and out). */
export function fakeStorage() {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key: string) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (values: Record<string, unknown>) => { for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value)); },
  };
}
