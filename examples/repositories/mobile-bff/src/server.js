const fastify = require('fastify')({ logger: true });
const { request } = require('undici');

const PRODUCTS = process.env.PRODUCTS_URL ?? 'http://search-api.search.svc';

fastify.get('/healthz', async () => 'ok');

// One call from the app instead of three.
fastify.get('/home', async () => {
  const { body } = await request(`${PRODUCTS}/products?featured=true`);
  return { featured: await body.json() };
});

fastify.listen({ host: '0.0.0.0', port: 8080 });
