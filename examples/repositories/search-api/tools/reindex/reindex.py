"""Rebuilds the products index from the latest snapshot, then swaps the alias."""
import click
from elasticsearch import Elasticsearch


@click.command()
@click.option("--url", default="http://localhost:9200")
@click.option("--target", required=True, help="the new index, e.g. products-2024-10-01")
def reindex(url: str, target: str) -> None:
    es = Elasticsearch(url)
    es.reindex(source={"index": "products"}, dest={"index": target}, wait_for_completion=True)
    es.indices.update_aliases(actions=[
        {"remove": {"index": "products-*", "alias": "products"}},
        {"add": {"index": target, "alias": "products"}},
    ])


if __name__ == "__main__":
    reindex()
