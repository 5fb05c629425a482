// Command indexer copies product changes from Kafka into Elasticsearch.
package main

import (
	"bytes"
	"context"
	"log"
	"os"
	"os/signal"

	"github.com/elastic/go-elasticsearch/v8"
	"github.com/segmentio/kafka-go"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	es, err := elasticsearch.NewClient(elasticsearch.Config{
		Addresses: []string{os.Getenv("ELASTICSEARCH_URL")},
	})
	if err != nil {
		log.Fatal(err)
	}
	reader := kafka.NewReader(kafka.ReaderConfig{
		Brokers: []string{os.Getenv("KAFKA_BOOTSTRAP")},
		GroupID: "indexer",
		Topic:   "search.product-changes",
	})
	defer reader.Close()

	for {
		msg, err := reader.ReadMessage(ctx)
		if err != nil {
			return
		}
		res, err := es.Index("products", bytes.NewReader(msg.Value),
			es.Index.WithDocumentID(string(msg.Key)), es.Index.WithContext(ctx))
		if err != nil {
			log.Printf("index %s: %v", msg.Key, err)
			continue
		}
		res.Body.Close()
	}
}
