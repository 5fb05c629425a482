module git.example.com/search/indexer

go 1.22.7

require (
	github.com/elastic/go-elasticsearch/v8 v8.15.0
	github.com/segmentio/kafka-go v0.4.47
)

require (
	github.com/elastic/elastic-transport-go/v8 v8.6.0 // indirect
	github.com/go-logr/logr v1.4.2 // indirect
	github.com/klauspost/compress v1.17.9 // indirect
	github.com/pierrec/lz4/v4 v4.1.21 // indirect
)
