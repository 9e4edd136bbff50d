import { setFlagsFromString } from "node:v8";

/** Heap in use past which a build keeps its heap closer to what it holds (see `keepHeapClose`). */
const LARGE_HEAP_BYTES = 64 * 1024 * 1024;

/**
 * Once every incident is read, a build knows how large its corpus is. When the records alone fill more
 * than `LARGE_HEAP_BYTES` (long timelines, many actions), V8 may let the heap grow by a quarter over
 * what is alive before it collects, instead of the half the bin sets: some 25 MB less at the peak of a
 * 10,000-incident site of that kind, for a few more collections. Smaller corpora keep the faster setting.
 */
export function keepHeapClose(): void {
  if (process.memoryUsage().heapUsed > LARGE_HEAP_BYTES) setFlagsFromString("--heap-growing-percent=25");
}
