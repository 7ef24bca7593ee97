import type { OutboxItem, OutboxStore } from "@digitale-nuts/findings";

/** An in-memory OutboxStore for simulated devices (the real one lives in the device's PGlite). */
export function memoryOutboxStore(): OutboxStore {
  const items: OutboxItem[] = [];
  return {
    async outboxPut(item) {
      const existing = items.find((i) => i.idempotencyKey === item.idempotencyKey);
      if (existing) return existing;
      const stored = { ...item, seq: items.length + 1 };
      items.push(stored);
      return stored;
    },
    async outboxPending() {
      return items.filter((i) => i.status === "pending");
    },
    async outboxList() {
      return [...items];
    },
    async outboxUpdate(item) {
      const index = items.findIndex((i) => i.itemId === item.itemId);
      if (index >= 0) items[index] = item;
    },
  };
}
