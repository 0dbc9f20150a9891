/**
 * Reads an imported file or pasted text off the main thread, so a large file never freezes the page.
 * Answers { table } or { error } (a reader-facing message); never throws back.
 */
import { parseDelimited, readFileBytes, StatisticsInputError, type RawTable } from '../../shared/statistics/read';

export type ReadRequest = { kind: 'file'; name: string; bytes: ArrayBuffer } | { kind: 'text'; text: string; format: 'csv' | 'paste' };
export type ReadResponse = { table: RawTable } | { error: string };

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const request = event.data;
  let response: ReadResponse;
  try {
    const table = request.kind === 'file' ? await readFileBytes(new Uint8Array(request.bytes), request.name) : parseDelimited(request.text, request.format);
    response = { table };
  } catch (error) {
    response = { error: error instanceof StatisticsInputError ? error.message : String((error as Error)?.message ?? error) };
  }
  self.postMessage(response);
};
