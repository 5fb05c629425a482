const path = require('path');
const express = require('express');
const { initTracer } = require('jaeger-client');

// The agent runs as a DaemonSet; its address comes from the pod's host IP.
const tracer = initTracer(
  {
    serviceName: 'checkout-web',
    sampler: { type: 'probabilistic', param: 0.1 },
    reporter: { agentHost: process.env.JAEGER_AGENT_HOST ?? 'localhost' },
  },
  {},
);

const app = express();
app.use((req, res, next) => {
  const span = tracer.startSpan(`${req.method} ${req.path}`);
  res.on('finish', () => {
    span.setTag('http.status_code', res.statusCode);
    span.finish();
  });
  next();
});
app.get('/healthz', (_req, res) => res.send('ok'));
app.use(express.static(path.join(__dirname, '..', 'dist')));
app.get('*', (_req, res) =>
  res.sendFile(path.join(__dirname, '..', 'dist', 'index.html')),
);

app.listen(Number(process.env.PORT ?? 3000));
