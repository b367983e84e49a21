package id.sigap.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-C-8: V51 gives the cases taken in before the customer record their customers, and V60 moves
 * their handles from the channel's name to the platform's. Starts from a fresh database migrated to
 * V50, with cases of the shape they had then.
 */
class CaseCustomerBackfillTest {

  static final Instant AT = Instant.parse("2025-01-10T03:00:00Z");
  static final String DIGITS = "6281234567890";

  static EmbeddedPostgres postgres;
  static DataSource db;

  static final UUID CALL_1 = UUID.randomUUID();
  static final UUID CALL_2 = UUID.randomUUID();
  static final UUID TWEETS = UUID.randomUUID();
  static final UUID TWEETS_LATER = UUID.randomUUID();
  static final UUID MAIL = UUID.randomUUID();
  static final UUID MAIL_BY_NAME = UUID.randomUUID();
  static final UUID NOBODY = UUID.randomUUID();

  @BeforeAll
  static void casesOfTheOldShape() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    db = postgres.getPostgresDatabase();
    flyway("50").migrate();
    try (Connection c = db.getConnection();
        Statement sql = c.createStatement()) {
      sql.execute("insert into cluster (id, name) values ('C1', 'Cluster 1')");
      sql.execute(
          "insert into user_account (username, display_name, password_hash, role, cluster_id)"
              + " values ('agent1', 'Agent 1', 'x', 'AGENT', 'C1')");
      // one number written two ways, normalised alike (V38)
      insert(c, CALL_1, "INBOUND_VOICE", "Rina", "0812-3456-7890", DIGITS, null, 0);
      insert(c, CALL_2, "INBOUND_VOICE", "Rina W.", "+62 812 3456 7890", DIGITS, null, 60);
      insert(c, TWEETS, "TELKOMCARE_SOCIAL", "Rina", null, null, "@Rina_W", 120);
      insert(c, TWEETS_LATER, "TELKOMCARE_SOCIAL", "Rina", null, null, "@rina_w", 180);
      insert(c, MAIL, "TELKOMCARE_EMAIL", "Rina", null, null, "Rina.W@Mail.example", 240);
      insert(c, MAIL_BY_NAME, "TELKOMCARE_EMAIL", "Budi", null, null, "Budi Santoso", 300);
      insert(c, NOBODY, "INBOUND_VOICE", "Tanpa nama", "tidak tahu", null, null, 360);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  static Flyway flyway(String target) {
    var config = Flyway.configure().dataSource(db).locations("classpath:db/migration");
    return (target == null ? config : config.target(target)).load();
  }

  static void insert(
      Connection c,
      UUID id,
      String channel,
      String name,
      String phone,
      String digits,
      String handle,
      long seconds)
      throws SQLException {
    try (PreparedStatement sql =
        c.prepareStatement(
            "insert into hard_complaint_case (id, channel, status, hard_complaint, customer_name,"
                + " customer_phone, summary, cluster_id, created_by, created_at, policy_revision,"
                + " customer_phone_digits, author_handle, closed_at)"
                + " values (?, ?, ?, false, ?, ?, 'Internet mati', 'C1', 'agent1', ?,"
                + " 'W-10 rev 02', ?, ?, ?)")) {
      // a handle has one open thread at a time: its earlier thread closed
      boolean closed = id.equals(TWEETS);
      Timestamp at = Timestamp.from(AT.plusSeconds(seconds));
      sql.setObject(1, id);
      sql.setString(2, channel);
      sql.setString(3, closed ? "CLOSED" : "OPEN");
      sql.setString(4, name);
      sql.setString(5, phone);
      sql.setTimestamp(6, at);
      sql.setString(7, digits);
      sql.setString(8, handle);
      sql.setTimestamp(9, closed ? at : null);
      sql.executeUpdate();
    }
  }

  @Test
  @DisplayName("R-C-8: V51 and V60 give every old case its customer, one per phone, handle, e-mail")
  void everyOldCaseGetsItsCustomer_R_C_8() throws Exception {
    flyway("51").migrate();
    // V51 wrote the channel as the handle's platform
    assertThat(identifiers("HANDLE"))
        .containsExactlyInAnyOrder("TELKOMCARE_EMAIL|budi santoso", "TELKOMCARE_SOCIAL|@rina_w");

    flyway(null).migrate();

    try (Connection c = db.getConnection();
        Statement sql = c.createStatement()) {
      assertThat(one(sql, "select count(*) from hard_complaint_case where customer_id is null"))
          .isEqualTo("0");
      // the same phone in two forms: one customer, known by its digits
      assertThat(customerOf(sql, CALL_1)).isEqualTo(customerOf(sql, CALL_2));
      assertThat(identifiers("PHONE")).containsExactly("|" + DIGITS);
      assertThat(owner(sql, "PHONE", "", DIGITS)).isEqualTo(customerOf(sql, CALL_1));
      assertThat(name(sql, customerOf(sql, CALL_1))).isEqualTo("Rina W.");
      // a handle in two cases, written two ways: one customer, the handle in lower case on OTHER
      assertThat(customerOf(sql, TWEETS)).isEqualTo(customerOf(sql, TWEETS_LATER));
      assertThat(owner(sql, "HANDLE", "OTHER", "@rina_w")).isEqualTo(customerOf(sql, TWEETS));
      // an e-mail address is an EMAIL identifier; an e-mail author's name a handle on EMAIL
      assertThat(owner(sql, "EMAIL", "", "rina.w@mail.example")).isEqualTo(customerOf(sql, MAIL));
      assertThat(owner(sql, "HANDLE", "EMAIL", "budi santoso"))
          .isEqualTo(customerOf(sql, MAIL_BY_NAME));
      assertThat(identifiers("HANDLE"))
          .containsExactlyInAnyOrder("EMAIL|budi santoso", "OTHER|@rina_w");
      // the case that named no one is its own customer's, with no identifier
      assertThat(customerOf(sql, NOBODY)).isEqualTo(NOBODY.toString());
      assertThat(name(sql, NOBODY.toString())).isEqualTo("Tanpa nama");
      assertThat(
              one(
                  sql,
                  "select count(*) from customer_identifier where customer_id = '" + NOBODY + "'"))
          .isEqualTo("0");
      // five people, each in no merge, and nobody shared by two of them
      assertThat(
              List.of(
                  customerOf(sql, CALL_1),
                  customerOf(sql, TWEETS),
                  customerOf(sql, MAIL),
                  customerOf(sql, MAIL_BY_NAME),
                  customerOf(sql, NOBODY)))
          .doesNotHaveDuplicates();
      assertThat(one(sql, "select count(*) from customer")).isEqualTo("5");
      assertThat(one(sql, "select count(*) from customer where root_id <> id")).isEqualTo("0");
      // and the threads are on their platforms
      assertThat(one(sql, "select platform from hard_complaint_case where id = '" + TWEETS + "'"))
          .isEqualTo("OTHER");
      assertThat(one(sql, "select platform from hard_complaint_case where id = '" + MAIL + "'"))
          .isEqualTo("EMAIL");
      assertThat(one(sql, "select platform from hard_complaint_case where id = '" + CALL_1 + "'"))
          .isNull();
    }
  }

  static List<String> identifiers(String kind) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement sql =
            c.prepareStatement(
                "select platform, value from customer_identifier where kind = ? order by value")) {
      sql.setString(1, kind);
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getString(1) + "|" + rows.getString(2));
        }
      }
    }
    return found;
  }

  static String customerOf(Statement sql, UUID caseId) throws SQLException {
    return one(sql, "select customer_id from hard_complaint_case where id = '" + caseId + "'");
  }

  static String owner(Statement sql, String kind, String platform, String value)
      throws SQLException {
    return one(
        sql,
        "select customer_id from customer_identifier where kind = '"
            + kind
            + "' and platform = '"
            + platform
            + "' and value = '"
            + value
            + "'");
  }

  static String name(Statement sql, String customerId) throws SQLException {
    return one(sql, "select name from customer where id = '" + customerId + "'");
  }

  static String one(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      assertThat(rows.next()).as(query).isTrue();
      return rows.getString(1);
    }
  }
}
