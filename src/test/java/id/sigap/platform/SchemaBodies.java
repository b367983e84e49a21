package id.sigap.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Request bodies made from the schemas of {@code openapi/sigap.json}: valid ones, ones at the
 * schema's bounds, and invalid ones. Values that only mean something in a fuzzing world (a user, a
 * desk, a case) are written as symbols {@code $$...$$} that {@link FuzzWorld} resolves when the
 * request is sent, so that a recorded sequence replays in a new world.
 */
final class SchemaBodies {

  enum Mode {
    VALID,
    BOUNDARY,
    INVALID
  }

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> WORDS =
      List.of(
          "pelanggan marah",
          "internet mati",
          "sudah dihubungi",
          "menunggu teknisi",
          "Budi",
          "ok",
          "LEMOOOT BANGET",
          "tagihan naik",
          "x");
  private static final List<String> DURATIONS =
      List.of("PT1S", "PT30S", "PT60S", "PT15M", "PT1H", "PT6H", "P1D", "P7D", "P30D");
  private static final List<String> USERS =
      List.of("agent0", "agent1", "tl0", "tl1", "spv", "manager", "qc", "pic", "liaison", "admin");
  private static final List<String> TL_USERS = List.of("tl0", "tl1", "tl0", "spv");

  private final JsonNode components;
  private final Random random;

  SchemaBodies(JsonNode openApi, Random random) {
    this.components = openApi.path("components").path("schemas");
    this.random = random;
  }

  /** A body for the schema, as JSON text, possibly with symbols in it. */
  String body(JsonNode schema, Mode mode) {
    if (mode == Mode.INVALID) {
      if (random.nextBoolean()) {
        return MalformedBodies.any(random);
      }
      return mutate(value(schema, "", Mode.VALID, 0)).toString();
    }
    if (schema == null || schema.isMissingNode()) {
      return random.nextBoolean() ? "{}" : "";
    }
    return value(schema, "", mode, 0).toString();
  }

  /** A value for a query or path parameter. */
  String parameter(JsonNode schema, String name, Mode mode) {
    JsonNode value = value(schema, name, mode, 0);
    return value.isTextual() ? value.asText() : value.toString();
  }

  JsonNode resolve(JsonNode schema) {
    while (schema != null && schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      JsonNode target = components.path(ref.substring(ref.lastIndexOf('/') + 1));
      if (schema.size() > 1) {
        // a $ref beside other keywords: the referenced schema with them laid over it
        ObjectNode merged = ((ObjectNode) target.deepCopy());
        schema.fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
        merged.remove("$ref");
        schema = merged;
      } else {
        schema = target;
      }
    }
    return schema;
  }

  private JsonNode value(JsonNode schema, String field, Mode mode, int depth) {
    schema = resolve(schema);
    if (schema == null || schema.isMissingNode() || depth > 6) {
      return JSON.nullNode();
    }
    JsonNode hinted = hint(field, schema, mode);
    if (hinted != null) {
      return hinted;
    }
    if (schema.has("anyOf")) {
      List<JsonNode> options = new ArrayList<>();
      schema.get("anyOf").forEach(options::add);
      JsonNode nonNull =
          options.stream()
              .filter(o -> !"null".equals(o.path("type").asText()))
              .findFirst()
              .orElse(null);
      if (nonNull == null || (mode == Mode.BOUNDARY && random.nextInt(3) == 0)) {
        return JSON.nullNode();
      }
      return value(nonNull, field, mode, depth + 1);
    }
    if (schema.has("enum")) {
      JsonNode values = schema.get("enum");
      return values.get(random.nextInt(values.size()));
    }
    String type = typeOf(schema);
    if (mode == Mode.BOUNDARY && schema.path("type").isArray() && random.nextInt(4) == 0) {
      return JSON.nullNode(); // a nullable field sent as null
    }
    return switch (type) {
      case "object" -> object(schema, mode, depth);
      case "array" -> array(schema, field, mode, depth);
      case "boolean" -> JSON.booleanNode(random.nextBoolean());
      case "integer", "number" -> number(schema, mode);
      case "string" -> JSON.textNode(string(schema, mode));
      default -> JSON.nullNode();
    };
  }

  private static String typeOf(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!t.asText().equals("null")) {
          return t.asText();
        }
      }
      return "null";
    }
    if (type.isMissingNode()) {
      return schema.has("properties") ? "object" : "string";
    }
    return type.asText();
  }

  private JsonNode object(JsonNode schema, Mode mode, int depth) {
    ObjectNode object = JSON.objectNode();
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      boolean isRequired = required.contains(property.getKey());
      boolean include = isRequired || random.nextInt(mode == Mode.BOUNDARY ? 4 : 2) == 0;
      if (include) {
        object.set(
            property.getKey(), value(property.getValue(), property.getKey(), mode, depth + 1));
      }
    }
    return object;
  }

  private JsonNode array(JsonNode schema, String field, Mode mode, int depth) {
    ArrayNode array = JSON.arrayNode();
    int min = schema.path("minItems").asInt(0);
    int max = Math.min(schema.path("maxItems").asInt(4), 4);
    int n =
        mode == Mode.BOUNDARY
            ? (random.nextBoolean() ? min : Math.max(min, max))
            : min + random.nextInt(Math.max(1, max - min + 1));
    for (int i = 0; i < n; i++) {
      array.add(value(schema.get("items"), singular(field), mode, depth + 1));
    }
    return array;
  }

  private JsonNode number(JsonNode schema, Mode mode) {
    long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
    long max = schema.has("maximum") ? schema.get("maximum").asLong() : 1_000_000;
    if (mode == Mode.BOUNDARY) {
      return JSON.numberNode(random.nextBoolean() ? min : max);
    }
    return JSON.numberNode(min + (long) (random.nextDouble() * Math.min(max - min, 20)));
  }

  private String string(JsonNode schema, Mode mode) {
    String format = schema.path("format").asText("");
    switch (format) {
      case "date-time":
        return "$$now:" + (random.nextInt(48 * 3600) - 6 * 3600) + "$$";
      case "duration":
        return DURATIONS.get(random.nextInt(DURATIONS.size()));
      case "local-time":
        return String.format("%02d:%02d", random.nextInt(24), random.nextInt(4) * 15);
      case "date":
        return "2026-12-0" + (1 + random.nextInt(9));
      case "uuid":
        return "$$pool:cases:" + random.nextInt(4) + "$$";
      default:
        break;
    }
    int minLength = schema.path("minLength").asInt(0);
    int maxLength = schema.path("maxLength").asInt(200);
    String pattern = schema.path("pattern").asText("");
    if (mode == Mode.BOUNDARY) {
      int n = random.nextBoolean() ? Math.max(minLength, pattern.equals("\\S") ? 1 : 0) : maxLength;
      return pattern.isEmpty() || pattern.equals("\\S") ? "a".repeat(Math.min(n, 10_000)) : "a1";
    }
    if (!pattern.isEmpty() && !pattern.equals("\\S")) {
      return patternExample(pattern);
    }
    String word = WORDS.get(random.nextInt(WORDS.size()));
    while (word.length() < minLength) {
      word = word + " " + word;
    }
    return word.length() > maxLength ? word.substring(0, maxLength) : word;
  }

  /** A string for the few patterns the document has. */
  private String patternExample(String pattern) {
    if (pattern.startsWith("[a-z]")) {
      return "fz" + random.nextInt(1_000_000);
    }
    if (pattern.contains("PENDING")) {
      return List.of("PENDING", "DELIVERED", "GIVEN_UP").get(random.nextInt(3));
    }
    if (pattern.contains("A-Za-z0-9._@-")) {
      return "$$new:" + random.nextInt(1_000_000) + "$$";
    }
    return "$$cluster$$";
  }

  /** Values that only mean something in the world: people, desks, clusters, links. */
  private JsonNode hint(String field, JsonNode schema, Mode mode) {
    String type = typeOf(schema);
    if (!type.equals("string") || schema.has("enum")) {
      return null;
    }
    String f = field.toLowerCase();
    String value =
        switch (f) {
          case "tl", "to" -> "$$user:" + TL_USERS.get(random.nextInt(TL_USERS.size())) + "$$";
          case "username", "usernames", "member", "members", "pic", "picticket" ->
              random.nextInt(4) == 0
                  ? "$$new:" + random.nextInt(1_000_000) + "$$"
                  : "$$user:" + USERS.get(random.nextInt(USERS.size())) + "$$";
          case "deskid", "desk" -> "$$pool:desks:" + random.nextInt(5) + "$$";
          case "clusterid", "cluster" -> random.nextInt(8) == 0 ? "C1" : "$$cluster$$";
          case "id" -> "$$new:" + random.nextInt(1_000_000) + "$$";
          case "url", "endpoint" ->
              // nothing listens there: deliveries fail and stay on this machine
              "http://127.0.0.1:8089/fz" + random.nextInt(100);
          case "secret" -> "s".repeat(random.nextBoolean() ? 32 : 40);
          case "phone" ->
              List.of("+62 812 3456 7890", "081234567890", "0", "+62812" + random.nextInt(99999))
                  .get(random.nextInt(4));
          case "revision" ->
              random.nextBoolean() ? "W-10 rev 02" : "fz-rev-" + random.nextInt(1_000);
          case "criterion" -> "C-TC-" + (1 + random.nextInt(5));
          // a world's own posts: a thread of another world's is not this world's to check
          case "externalid", "inreplyto" -> "$$new:post" + random.nextInt(50) + "$$";
          default -> null;
        };
    if (value == null || mode == Mode.BOUNDARY && random.nextInt(5) == 0) {
      return null;
    }
    return JSON.textNode(value);
  }

  private static String singular(String field) {
    return field.endsWith("s") ? field.substring(0, field.length() - 1) : field;
  }

  /** A valid body made wrong in one place: a field dropped, retyped or overlong. */
  private JsonNode mutate(JsonNode valid) {
    if (!(valid instanceof ObjectNode object) || object.isEmpty()) {
      return JSON.textNode("not an object");
    }
    ObjectNode copy = object.deepCopy();
    List<String> names = new ArrayList<>();
    copy.fieldNames().forEachRemaining(names::add);
    String name = names.get(random.nextInt(names.size()));
    switch (random.nextInt(4)) {
      case 0 -> copy.remove(name);
      case 1 -> copy.put(name, 12345);
      case 2 -> copy.set(name, JSON.arrayNode().add("x"));
      default -> copy.put(name, "y".repeat(5_000));
    }
    return copy;
  }

  static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
