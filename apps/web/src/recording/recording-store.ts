import type { AnswerClip } from './answer-timeline.ts';
import { recordingExpired } from './recording-retention.ts';

/**
 * The candidate's own recordings, in this browser's IndexedDB and nowhere else: nothing here
 * is ever sent to the server. One "take" per recorder run (a reload mid-call starts another),
 * each with its audio chunks and where each answer sits in it.
 */
export interface RecordingTake {
  /** `${interviewId}:${recordedAt}`. */
  id: string;
  interviewId: string;
  /** When the recorder started (ms since the epoch, the page's clock): the answers' offsets count from here. */
  recordedAt: number;
  mimeType: string;
  chunks: Blob[];
  answers: AnswerClip[];
}

const DB_NAME = 'voxly-recordings';
const STORE = 'takes';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

let opening: Promise<IDBDatabase> | null = null;

function openStore(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('interviewId', 'interviewId');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Whether this browser can keep recordings at all (IndexedDB and MediaRecorder). */
export function deviceRecordingSupported(): boolean {
  return typeof indexedDB !== 'undefined' && typeof MediaRecorder !== 'undefined';
}

export async function startTake(interviewId: string, recordedAt: number, mimeType: string): Promise<string> {
  const db = await openStore();
  const tx = db.transaction(STORE, 'readwrite');
  const id = `${interviewId}:${recordedAt}`;
  const take: RecordingTake = { id, interviewId, recordedAt, mimeType, chunks: [], answers: [] };
  tx.objectStore(STORE).put(take);
  await done(tx);
  return id;
}

/** Reads, changes and writes one take in one transaction (chunks and answers arrive while the call runs). */
async function updateTake(id: string, change: (take: RecordingTake) => void): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  const take = (await request(store.get(id))) as RecordingTake | undefined;
  if (take) {
    change(take);
    store.put(take);
  }
  await done(tx);
}

export function appendChunk(id: string, chunk: Blob): Promise<void> {
  return updateTake(id, (take) => take.chunks.push(chunk));
}

export function addAnswer(id: string, clip: AnswerClip): Promise<void> {
  return updateTake(id, (take) => {
    take.answers = [...take.answers.filter((a) => a.question !== clip.question), clip];
  });
}

/** The interview's takes kept on this device, oldest first (expired ones are not answered). */
export async function takesOf(interviewId: string, now = Date.now()): Promise<RecordingTake[]> {
  const db = await openStore();
  const tx = db.transaction(STORE, 'readonly');
  const takes = (await request(tx.objectStore(STORE).index('interviewId').getAll(interviewId))) as RecordingTake[];
  return takes.filter((take) => !recordingExpired(take.recordedAt, now)).sort((a, b) => a.recordedAt - b.recordedAt);
}

/** "Forget this interview": every take of it leaves this device. */
export async function forgetInterviewRecordings(interviewId: string): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  const keys = await request(store.index('interviewId').getAllKeys(interviewId));
  for (const key of keys) store.delete(key);
  await done(tx);
}

/** Deletes every take older than 30 days; how many went. */
export async function deleteExpiredRecordings(now = Date.now()): Promise<number> {
  const db = await openStore();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  const takes = (await request(store.getAll())) as RecordingTake[];
  const expired = takes.filter((take) => recordingExpired(take.recordedAt, now));
  for (const take of expired) store.delete(take.id);
  await done(tx);
  return expired.length;
}
