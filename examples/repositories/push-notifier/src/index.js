const http = require('http');
const { Kafka } = require('kafkajs');
const client = require('prom-client');
const admin = require('firebase-admin');

const sent = new client.Counter({
  name: 'push_notifications_sent_total',
  help: 'Push notifications handed to FCM',
  labelNames: ['type'],
});
client.collectDefaultMetrics();

admin.initializeApp();
const kafka = new Kafka({
  clientId: 'push-notifier',
  brokers: [process.env.KAFKA_BOOTSTRAP],
  ssl: true,
});

async function main() {
  const consumer = kafka.consumer({ groupId: 'push-notifier' });
  await consumer.connect();
  await consumer.subscribe({ topic: 'mobile.notifications' });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(message.value.toString());
      await admin.messaging().send({
        token: event.deviceToken,
        notification: { title: event.title, body: event.body },
      });
      sent.inc({ type: event.type });
    },
  });
  http
    .createServer(async (_req, res) => {
      res.setHeader('Content-Type', client.register.contentType);
      res.end(await client.register.metrics());
    })
    .listen(9464);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
