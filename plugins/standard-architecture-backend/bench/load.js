#!/usr/bin/env node
/*
 * One autocannon load, in its own process so that neither its CPU nor its
 * memory is counted as the backend's (the backend runs in the bench process).
 * Usage: node bench/load.js '<autocannon options as JSON>'
 * Prints the result as one JSON line prefixed with RESULT.
 */
const autocannon = require('autocannon');

const options = JSON.parse(process.argv[2]);
const started = process.hrtime.bigint();
autocannon(options).then(
  result => {
    process.stdout.write(
      `RESULT ${JSON.stringify({
        duration: result.duration,
        // This load generator's own CPU, in % of one core.
        cpuPct:
          ((process.cpuUsage().user + process.cpuUsage().system) /
            (Number(process.hrtime.bigint() - started) / 1000)) *
          100,
        requests: result.requests.total,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        statusCodeStats: result.statusCodeStats,
        latency: {
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
          max: result.latency.max,
          mean: result.latency.mean,
        },
      })}\n`,
    );
  },
  error => {
    console.error(error);
    process.exit(1);
  },
);
