package com.example.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class ProductSearch {
  private final ElasticsearchClient client;

  public ProductSearch(ElasticsearchClient client) {
    this.client = client;
  }

  @SuppressWarnings("rawtypes")
  public SearchResponse<Map> byText(String text) throws IOException {
    return client.search(
        s -> s.index("products").query(q -> q.match(m -> m.field("title").query(text))),
        Map.class);
  }
}
