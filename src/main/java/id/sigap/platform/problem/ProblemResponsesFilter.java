package id.sigap.platform.problem;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation can give, so that integrators see them without
 * each resource repeating them: 400 and 401 everywhere, 403 and 404 where a role or a record is
 * checked, 409 and 422 where a rule of the procedure can refuse the action.
 */
public class ProblemResponsesFilter implements OASFilter {

  /** Where no bearer token is needed: the ways to get one. */
  static final java.util.Set<String> PUBLIC_PATHS =
      java.util.Set.of("/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/token");

  /** The security scheme's name: quarkus.smallrye-openapi.security-scheme-name. */
  static final String SECURITY_SCHEME = "jwt";

  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "400", "Invalid request: the fields at fault are listed in `errors`",
          "401", "No valid bearer token",
          "403", "The signed-in role may not do this",
          "404", "Unknown id, or a record the signed-in user may not see",
          "409", "Refused by a rule of the procedure (see `rule`); nothing changed",
          "422", "Refused by a rule of the procedure (see `rule`); nothing changed");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, operation) -> document(path, method, operation)));
  }

  /**
   * A nullable property that refers to another schema is served as {@code anyOf: [{$ref}, {type:
   * null}]}; when it also has a description SmallRye adds {@code type: object} beside it, which
   * would refuse the null again. Such a type admits null too. A {@code $ref} of its own gets no
   * such type.
   */
  @Override
  public Schema filterSchema(Schema schema) {
    List<Schema> anyOf = schema.getAnyOf();
    List<Schema.SchemaType> types = schema.getType();
    if (schema.getRef() != null
        && schema.getProperties() == null
        && List.of(Schema.SchemaType.OBJECT).equals(types)) {
      // a String field documented by @Schema(implementation = SomeEnum.class) is the enum's
      // schema alone: SmallRye's type: object beside the $ref would refuse every value
      schema.setType(null);
      return schema;
    }
    if (anyOf != null
        && types != null
        && !types.isEmpty()
        && !types.contains(Schema.SchemaType.NULL)
        && anyOf.stream()
            .anyMatch(
                s -> s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL)))) {
      schema.addType(Schema.SchemaType.NULL);
    }
    return schema;
  }

  private void document(String path, PathItem.HttpMethod method, Operation operation) {
    boolean signIn = PUBLIC_PATHS.contains(path);
    boolean action = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
    boolean onRecord = path.contains("{");
    add(operation, "400");
    add(operation, "401");
    if (!signIn) {
      add(operation, "403");
      operation.addSecurityRequirement(
          OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME));
    }
    if (onRecord) {
      add(operation, "404");
    }
    if (action && onRecord) {
      add(operation, "409");
      add(operation, "422");
    }
  }

  private static void add(Operation operation, String status) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    if (responses.hasAPIResponse(status) && responses.getAPIResponse(status).getContent() != null) {
      return;
    }
    responses.addAPIResponse(
        status,
        OASFactory.createAPIResponse()
            .description(DESCRIPTIONS.get(status))
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
  }
}
