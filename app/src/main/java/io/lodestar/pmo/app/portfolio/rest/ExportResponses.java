package io.lodestar.pmo.app.portfolio.rest;

import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.risk.rest.RiskCsvResource;
import io.lodestar.pmo.app.shared.export.ExportFormat;
import io.lodestar.pmo.app.shared.export.TableSink;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.BiFunction;

/** What the export resources share: the format, the snapshot range and the streamed answer. */
final class ExportResponses {

  private ExportResponses() {}

  /** Writes one table into an open sink. */
  interface Table {
    void write(TableSink sink) throws IOException;
  }

  /** The format named by the path's extension; anything but csv or xlsx is a 400 naming it. */
  static ExportFormat format(RestErrors errors, String raw) {
    return ExportFormat.ofExtension(raw)
        .orElseThrow(() -> errors.invalid("format", "lodestar.portfolio.export.error.format", raw));
  }

  /**
   * The export as an attachment {@code <name>.<extension>}, streamed as it is written, with the
   * count of what the viewer may not see in {@link RiskCsvResource#HIDDEN_COUNT_HEADER} (more
   * headers may be added before it is built).
   */
  static Response.ResponseBuilder attachment(
      ExportFormat format, String name, long hidden, String sheet, String notes, Table table) {
    StreamingOutput body =
        out -> {
          try (TableSink sink = format.open(out, sheet, notes)) {
            table.write(sink);
          }
        };
    return Response.ok(body, format.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + "." + format.extension() + "\"")
        .header(RiskCsvResource.HIDDEN_COUNT_HEADER, Long.toString(hidden));
  }

  /**
   * A node's series from {@code from} to {@code to} (ISO dates, default the last year, at most
   * {@link SnapshotJson#MAX_RANGE_DAYS} days: else a 400 naming {@code from}), as the JSON read.
   */
  static SnapshotSeries series(
      RestErrors errors,
      BiFunction<LocalDate, LocalDate, SnapshotSeries> store,
      LocalDate today,
      String fromRaw,
      String toRaw) {
    LocalDate to = Objects.requireNonNullElse(errors.dateParam("to", toRaw), today);
    LocalDate from =
        Objects.requireNonNullElse(errors.dateParam("from", fromRaw), to.minusDays(365));
    if (from.isAfter(to)) {
      throw errors.invalid("from", "lodestar.portfolio.rest.error.snapshotRangeOrder", from, to);
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > SnapshotJson.MAX_RANGE_DAYS) {
      throw errors.invalid(
          "from", "lodestar.portfolio.rest.error.snapshotRange", SnapshotJson.MAX_RANGE_DAYS);
    }
    return store.apply(from, to);
  }
}
