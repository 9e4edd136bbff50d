import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The CLI table spawns the real bin; two cores are shared with the machine.
    testTimeout: 30_000,
    reporters: ["default", "./test/support/summary-reporter.ts"],
  },
});
