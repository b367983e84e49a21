package id.sigap.cases;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import id.sigap.procedure.InboundCriterion;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The inbound criteria travel as the spec writes them ({@code "C-IN-1"}); the procedure's enum
 * knows nothing of JSON. The OpenAPI schema says the same (mp.openapi.schema in
 * application.properties).
 */
@Singleton
public class CriteriaJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("sigap-inbound-criteria")
            .addSerializer(InboundCriterion.class, WRITE)
            .addDeserializer(InboundCriterion.class, READ));
  }

  private static final StdScalarSerializer<InboundCriterion> WRITE =
      new StdScalarSerializer<>(InboundCriterion.class) {
        @Override
        public void serialize(
            InboundCriterion criterion, JsonGenerator generator, SerializerProvider provider)
            throws IOException {
          generator.writeString(criterion.id());
        }
      };

  private static final StdScalarDeserializer<InboundCriterion> READ =
      new StdScalarDeserializer<>(InboundCriterion.class) {
        @Override
        public InboundCriterion deserialize(JsonParser parser, DeserializationContext context)
            throws IOException {
          String id = parser.getValueAsString();
          try {
            return InboundCriterion.fromId(id);
          } catch (IllegalArgumentException unknown) {
            throw InvalidFormatException.from(
                parser, "Unknown criterion " + id, id, InboundCriterion.class);
          }
        }
      };
}
