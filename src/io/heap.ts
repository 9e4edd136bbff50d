import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Heap in use past which a build keeps its heap closer to what it holds (see `keepHeapClose`). */
const LARGE_HEAP_BYTES = 64 * 1024 * 1024;

/**
 * Once every incident is read, a build knows roughly how large its corpus is. When the heap in use
 * (the records, and whatever has not been collected yet) passes `LARGE_HEAP_BYTES` (long timelines,
 * many actions), V8 lets the heap grow by 15 % over what is alive before it collects, instead of the
 * half the bin sets. Measured on the long shape of `npm run bench` (10,000 incidents, `build --html`,
 * 3 alternating runs): 277 MB at the peak against 306 MB with 25 %, for 1 to 2.5 % more CPU. Smaller
 * corpora keep the faster setting. The setting holds for the rest of the process, which for the bin is
 * the rest of this build.
 */
export function keepHeapClose(): void {
  if (process.memoryUsage().heapUsed > LARGE_HEAP_BYTES) setFlagsFromString("--heap-growing-percent=15");
}

let collect: (() => void) | undefined;

/**
 * Collects the garbage now when the heap is large. A build calls it between its phases, before the
 * knowledge base is made and once it has let go of its records: V8 would collect only after the next
 * phase had added its own garbage to the last one's (10,000 post-mortems with 24 actions each: 180 MB
 * of heap in use after the knowledge base, 63 MB of it alive; a peak of 300–322 MB over 3 runs, and
 * 292–298 MB with the call after the records go; on the benchmark's actions shape, 268–279 MB, and
 * 259–269 MB with the call before the knowledge base too and its sort in columns). `gc` is exposed to
 * a context of its own, not to this one.
 */
export function collectLargeHeap(): void {
  if (process.memoryUsage().heapUsed <= LARGE_HEAP_BYTES) return;
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}
