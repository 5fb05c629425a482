module github.com/acme/billing

go 1.22.5

require (
	github.com/elastic/go-elasticsearch/v8 v8.14.0
	github.com/go-chi/chi/v5 v5.1.0
	github.com/hashicorp/vault/api v1.14.0
	github.com/jackc/pgx/v5 v5.6.0
	github.com/prometheus/client_golang v1.19.1
	github.com/uber/jaeger-client-go v2.30.0+incompatible
	go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp v0.53.0
	go.opentelemetry.io/otel v1.28.0
	go.opentelemetry.io/otel/sdk v1.28.0
)

require (
	github.com/ClickHouse/clickhouse-go/v2 v2.26.0 // indirect
	github.com/beorn7/perks v1.0.1 // indirect
	github.com/uber/jaeger-lib v2.4.1+incompatible // indirect
	go.opentelemetry.io/otel/metric v1.28.0 // indirect
	golang.org/x/sys v0.22.0 // indirect
)

// replace github.com/uber/jaeger-client-go => ../jaeger-client-go
