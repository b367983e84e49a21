package id.sigap.platform.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The fields Sigap always writes are {@code required} in the schemas of its answers, so that a
 * generated client may rely on them and a validating proxy checks them. Answers are Java records
 * written by Jackson with every component, a null one as {@code null}: a property the document does
 * not let be null is always there. Nullable ones stay optional. This is for schemas that only
 * answers use; a schema that a request uses too, or one that lists its required properties itself
 * (Problem, whose empty fields are left out), is left as it is.
 */
@OpenApiFilter
public class RequiredAnswerFieldsFilter implements OASFilter {

  private static final String COMPONENT_REF = "#/components/schemas/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null
        || openAPI.getComponents() == null
        || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> components = openAPI.getComponents().getSchemas();
    List<Schema> answers = new ArrayList<>();
    List<Schema> requests = new ArrayList<>();
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations().values().forEach(op -> collect(op, answers, requests, item)));
    Set<Schema> answered = reachable(answers, components);
    Set<Schema> requested = reachable(requests, components);
    components.values().stream()
        .filter(s -> answered.contains(s) && !requested.contains(s))
        .forEach(RequiredAnswerFieldsFilter::requireNonNullable);
  }

  private static void collect(
      Operation op,
      List<Schema> answers,
      List<Schema> requests,
      org.eclipse.microprofile.openapi.models.PathItem item) {
    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
      op.getResponses().getAPIResponses().values().forEach(r -> schemas(r.getContent(), answers));
    }
    if (op.getRequestBody() != null) {
      schemas(op.getRequestBody().getContent(), requests);
    }
    Stream.concat(
            op.getParameters() == null ? Stream.empty() : op.getParameters().stream(),
            item.getParameters() == null ? Stream.empty() : item.getParameters().stream())
        .filter(p -> p.getSchema() != null)
        .forEach(p -> requests.add(p.getSchema()));
  }

  private static void schemas(Content content, List<Schema> into) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().values().stream()
          .filter(m -> m.getSchema() != null)
          .forEach(m -> into.add(m.getSchema()));
    }
  }

  /** The schemas these refer to, through properties, items, anyOf, allOf and oneOf. */
  private static Set<Schema> reachable(Collection<Schema> roots, Map<String, Schema> components) {
    Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Deque<Schema> next = new ArrayDeque<>(roots);
    while (!next.isEmpty()) {
      Schema schema = next.pop();
      if (!seen.add(schema)) {
        continue;
      }
      String ref = schema.getRef();
      if (ref != null && ref.startsWith(COMPONENT_REF)) {
        Schema target = components.get(ref.substring(COMPONENT_REF.length()));
        if (target != null) {
          next.push(target);
        }
      }
      if (schema.getProperties() != null) {
        schema.getProperties().values().forEach(next::push);
      }
      Stream.of(schema.getAnyOf(), schema.getAllOf(), schema.getOneOf())
          .filter(l -> l != null)
          .forEach(l -> l.forEach(next::push));
      if (schema.getItems() != null) {
        next.push(schema.getItems());
      }
      if (schema.getAdditionalPropertiesSchema() != null) {
        next.push(schema.getAdditionalPropertiesSchema());
      }
    }
    return seen;
  }

  private static void requireNonNullable(Schema schema) {
    if (schema.getProperties() == null
        || schema.getProperties().isEmpty()
        || (schema.getRequired() != null && !schema.getRequired().isEmpty())) {
      return;
    }
    List<String> required =
        new TreeMap<>(schema.getProperties())
            .entrySet().stream()
                .filter(e -> !nullable(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    if (!required.isEmpty()) {
      schema.setRequired(new ArrayList<>(required));
    }
  }

  static boolean nullable(Schema property) {
    if (property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)) {
      return true;
    }
    Set<List<Schema.SchemaType>> alternatives = new HashSet<>();
    Stream.of(property.getAnyOf(), property.getOneOf())
        .filter(l -> l != null)
        .flatMap(List::stream)
        .filter(s -> s.getType() != null)
        .forEach(s -> alternatives.add(s.getType()));
    return alternatives.contains(List.of(Schema.SchemaType.NULL));
  }
}
