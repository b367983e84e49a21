package id.sigap.platform;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Request bodies that no valid client sends. */
final class MalformedBodies {

  private MalformedBodies() {}

  static final List<String> ODD_STRINGS =
      List.of(
          "",
          " ",
          "\u0000",
          "\uFEFF",
          "\uD83D\uDE21\uD83D\uDE21\uD83D\uDE21",
          "\u202Eevil",
          "𝕳𝖆𝖗𝖉",
          "<script>alert(1)</script>",
          "' or 1=1 --",
          "../../etc/passwd",
          "NaN",
          "1e309",
          "-0",
          "x".repeat(10_001),
          "\\ud800");

  static final List<String> FIELDS =
      List.of(
          "channel",
          "customer",
          "summary",
          "criteria",
          "otherReason",
          "tl",
          "unit",
          "note",
          "policyDecision",
          "promisedResolutionAt",
          "deskId",
          "outcome",
          "final",
          "resolution",
          "confirmed",
          "followUpPlan",
          "revision",
          "acknowledgeTarget",
          "messages",
          "author");

  static final List<Function<Random, String>> SHAPES =
      List.of(
          r -> "{",
          r -> "}",
          r -> "[1,2,",
          r -> "{\"" + field(r) + "\": }",
          r -> "null",
          r -> "42",
          r -> "\"just a string\"",
          r -> "[]",
          r -> "{\"" + field(r) + "\": " + wrongValue(r) + "}",
          r ->
              "{\""
                  + field(r)
                  + "\": "
                  + wrongValue(r)
                  + ", \""
                  + field(r)
                  + "\": "
                  + wrongValue(r)
                  + "}",
          r ->
              "{\"customer\": {\"name\": " + wrongValue(r) + ", \"phone\": " + wrongValue(r) + "}}",
          r -> "{\"criteria\": [" + wrongValue(r) + "]}",
          r -> "{\"" + field(r) + "\": \"" + odd(r) + "\"}",
          r -> "{" + "\"a\":{".repeat(200) + "}".repeat(200) + "}",
          r -> "\u00ff\u00fe garbage",
          r -> "{\"unit\": \"SPACE_AGENCY\", \"note\": \"x\", \"policyDecision\": false}",
          r ->
              "{\"deskId\": \"DESK-C1\", \"outcome\": \"MAYBE\", \"note\": \"x\", \"final\": true}",
          r -> "{\"promisedResolutionAt\": \"yesterday\", \"unit\": \"MANAGER\", \"note\": \"x\"}",
          r ->
              "{\"channel\": \"INBOUND_VOICE\", \"customer\": {\"name\": \"A\", \"phone\": \""
                  + odd(r)
                  + "\"}, \"summary\": \"s\"}",
          r -> "{\"tl\": " + wrongValue(r) + "}",
          r -> "{\"confirmed\": \"perhaps\"}",
          r -> "{\"revision\": \"r\", \"acknowledgeTarget\": \"soon\"}");

  static String any(Random random) {
    return SHAPES.get(random.nextInt(SHAPES.size())).apply(random);
  }

  static String field(Random r) {
    return FIELDS.get(r.nextInt(FIELDS.size()));
  }

  static String odd(Random r) {
    return ODD_STRINGS
        .get(r.nextInt(ODD_STRINGS.size()))
        .replace("\\", "\\\\")
        .replace("\"", "\\\"");
  }

  static String wrongValue(Random r) {
    List<String> values =
        List.of(
            "true",
            "-1",
            "9223372036854775808",
            "1.5e400",
            "[]",
            "{}",
            "[[[]]]",
            "\"\"",
            "\"" + odd(r) + "\"",
            "null",
            "{\"nested\": [1, {\"deeper\": null}]}");
    return values.get(r.nextInt(values.size()));
  }
}
