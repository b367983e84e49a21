package id.sigap.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlTest {

  @Test
  void aPlainReactiveUrlBecomesItsJdbcForm() {
    assertThat(SelfContainedConfigSourceFactory.jdbcUrlOf("postgresql://db:5432/sigap"))
        .isEqualTo("jdbc:postgresql://db:5432/sigap");
    assertThat(SelfContainedConfigSourceFactory.jdbcUrlOf("postgres://db/sigap?sslmode=require"))
        .isEqualTo("jdbc:postgresql://db/sigap?sslmode=require");
    assertThat(SelfContainedConfigSourceFactory.jdbcUrlOf("vertx-reactive:postgresql://db/sigap"))
        .isEqualTo("jdbc:postgresql://db/sigap");
  }

  @Test
  void credentialsInTheUrlAreLeftToTheUsernameAndPasswordKeys() {
    // the uri key of the secret CloudNativePG creates for the application user
    assertThat(
            SelfContainedConfigSourceFactory.jdbcUrlOf(
                "postgresql://sigap:s3cr%40t@sigap-db-rw.sigap:5432/sigap"))
        .isEqualTo("jdbc:postgresql://sigap-db-rw.sigap:5432/sigap");
  }
}
