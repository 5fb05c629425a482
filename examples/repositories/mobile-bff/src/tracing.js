// Loaded with --require so instrumentation patches http and fastify first.
const { NodeSDK } = require('@opentelemetry/sdk-node');
const { JaegerExporter } = require('@opentelemetry/exporter-jaeger');
const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http');
const {
  FastifyInstrumentation,
} = require('@opentelemetry/instrumentation-fastify');

new NodeSDK({
  serviceName: 'mobile-bff',
  traceExporter: new JaegerExporter({
    endpoint: process.env.JAEGER_ENDPOINT,
  }),
  instrumentations: [new HttpInstrumentation(), new FastifyInstrumentation()],
}).start();
