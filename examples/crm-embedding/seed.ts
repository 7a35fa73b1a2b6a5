/**
 * Loads the sample firm's deal and complaint logs into the store: each log is replayed through the
 * library first (only valid logs are written), then appended in one transaction at version 0. A
 * stream that already exists (a second run on a kept database) is skipped.
 */
import type { Complaint, ComplaintEvent, ComplaintSnapshot } from '../../src/complaints/index.js';
import type { FunnelDealLog, FunnelEvent, FunnelSnapshot } from '../../src/funnel/index.js';
import type { EventStore } from './event-store.js';
import type { StreamKind } from './streams.js';

/** How many streams and events were written, and how many streams were there already. */
export interface SeedCounts {
  readonly deals: number;
  readonly complaints: number;
  readonly events: number;
  readonly skipped: number;
}

async function seedLogs<E, S>(
  store: EventStore,
  kind: StreamKind<E, S>,
  logs: readonly { readonly id: string; readonly events: readonly E[] }[],
): Promise<{ readonly streams: number; readonly events: number; readonly skipped: number }> {
  let streams = 0;
  let events = 0;
  let skipped = 0;
  for (const log of logs) {
    const replayed = kind.replay(log.id, log.events);
    if (!replayed.ok) throw new Error(`${kind.type} ${log.id} does not replay: ${replayed.error.message}`);
    const appended = await store.append({ type: kind.type, id: log.id }, 0, log.events.map((e) => kind.toRecord(e)));
    if (appended.ok) {
      streams += 1;
      events += appended.value;
    } else {
      skipped += 1;
    }
  }
  return { streams, events, skipped };
}

/** Writes the deals and complaints (e.g. of `generateSampleFirm`) into the store. */
export async function seedStore(
  store: EventStore,
  kinds: { readonly deal: StreamKind<FunnelEvent, FunnelSnapshot>; readonly complaint: StreamKind<ComplaintEvent, ComplaintSnapshot> },
  data: { readonly deals: readonly FunnelDealLog[]; readonly complaints: readonly Complaint[] },
): Promise<SeedCounts> {
  const deals = await seedLogs(store, kinds.deal, data.deals);
  const complaints = await seedLogs(store, kinds.complaint, data.complaints);
  return { deals: deals.streams, complaints: complaints.streams, events: deals.events + complaints.events, skipped: deals.skipped + complaints.skipped };
}
