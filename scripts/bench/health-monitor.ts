// Asks /healthz every 100 ms, one request at a time, each given up after 5 s,
// until stopped with SIGTERM; then prints every latency (ms, -1 for a
// failure) as JSON. A process of its own, so that the load generator's work
// does not count in the times.

const url = process.argv[2];
const times: number[] = [];
let running = true;
process.once('SIGTERM', () => (running = false));

while (running) {
  const started = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    times.push(response.ok ? performance.now() - started : -1);
  } catch {
    times.push(-1);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
process.stdout.write(JSON.stringify(times));
