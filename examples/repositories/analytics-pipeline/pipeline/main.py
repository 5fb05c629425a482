"""Consumes click events and writes hourly counts per page to ClickHouse."""
import json
import os
from collections import Counter

import clickhouse_connect
import pyroscope
from confluent_kafka import Consumer
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

pyroscope.configure(application_name="analytics-pipeline",
                    server_address=os.environ.get("PYROSCOPE_URL", "http://pyroscope.observability.svc:4040"))
provider = TracerProvider()
provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
trace.set_tracer_provider(provider)
tracer = trace.get_tracer("analytics-pipeline")


def main() -> None:
    consumer = Consumer({
        "bootstrap.servers": os.environ["KAFKA_BOOTSTRAP"],
        "group.id": "analytics-pipeline",
        "enable.auto.commit": False,
    })
    consumer.subscribe(["events.clicks"])
    clickhouse = clickhouse_connect.get_client(host=os.environ["CLICKHOUSE_HOST"])
    while True:
        batch = consumer.consume(num_messages=5000, timeout=10)
        if not batch:
            continue
        with tracer.start_as_current_span("aggregate"):
            counts = Counter(json.loads(m.value())["page"] for m in batch if not m.error())
            clickhouse.insert("page_views_hourly", [[page, n] for page, n in counts.items()],
                              column_names=["page", "views"])
        consumer.commit(asynchronous=False)


if __name__ == "__main__":
    main()
