package id.sigap.reporting.export;

import id.sigap.procedure.PhoneNumbers;
import java.util.List;

/**
 * Timelines as CSV (RFC 4180) for the audits ISO 9001 asks for: one row per event, oldest first per
 * case, with the case's facts repeated so that each row stands on its own in a spreadsheet. Phone
 * numbers in the details are masked, as they are for QC; a cell a spreadsheet would run as a
 * formula starts with an apostrophe.
 */
final class TimelineCsv {

  static final String HEADER =
      "case_id,ticket_number,channel,case_status,hard_complaint,cluster_id,customer_id,"
          + "case_created_at,case_created_by,handling_tl,event_id,event_type,event_at,event_actor,"
          + "event_details\r\n";

  private TimelineCsv() {}

  /** One event of a case's timeline with the case's facts. */
  record Row(
      String caseId,
      String ticketNumber,
      String channel,
      String caseStatus,
      boolean hardComplaint,
      String clusterId,
      String customerId,
      String caseCreatedAt,
      String caseCreatedBy,
      String handlingTl,
      long eventId,
      String eventType,
      String eventAt,
      String eventActor,
      String eventDetails) {}

  static String of(List<Row> rows) {
    StringBuilder out = new StringBuilder(HEADER);
    for (Row r : rows) {
      out.append(cell(r.caseId()))
          .append(',')
          .append(cell(r.ticketNumber()))
          .append(',')
          .append(cell(r.channel()))
          .append(',')
          .append(cell(r.caseStatus()))
          .append(',')
          .append(r.hardComplaint())
          .append(',')
          .append(cell(r.clusterId()))
          .append(',')
          .append(cell(r.customerId()))
          .append(',')
          .append(cell(r.caseCreatedAt()))
          .append(',')
          .append(cell(r.caseCreatedBy()))
          .append(',')
          .append(cell(r.handlingTl()))
          .append(',')
          .append(r.eventId())
          .append(',')
          .append(cell(r.eventType()))
          .append(',')
          .append(cell(r.eventAt()))
          .append(',')
          .append(cell(r.eventActor()))
          .append(',')
          .append(cell(PhoneNumbers.maskIn(r.eventDetails())))
          .append("\r\n");
    }
    return out.toString();
  }

  /** A cell, quoted when it holds a comma, quote or line break. */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = value;
    char first = text.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
