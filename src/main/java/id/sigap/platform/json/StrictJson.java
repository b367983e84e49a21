package id.sigap.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.ConstructorDetector;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request bodies that different readers could understand differently are refused (400): a key given
 * twice (which value counts depends on the parser) and a NUL character in a string (which
 * PostgreSQL cannot store), and a bare value where an object is asked for. Unknown properties stay
 * ignored, see docs/security.md.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    // a request of one field is an object too: 42 or "x" is no {"ticketNumber": ...}
    mapper.setConstructorDetector(ConstructorDetector.USE_PROPERTIES_BASED);
    mapper.registerModule(new SimpleModule("sigap-no-nul").addDeserializer(String.class, NO_NUL));
  }

  private static final StdScalarDeserializer<String> NO_NUL =
      new StdScalarDeserializer<>(String.class) {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context)
            throws IOException {
          String value = StringDeserializer.instance.deserialize(parser, context);
          if (value != null && value.indexOf('\0') >= 0) {
            throw InvalidFormatException.from(
                parser, "NUL characters are not accepted", value, String.class);
          }
          return value;
        }
      };
}
