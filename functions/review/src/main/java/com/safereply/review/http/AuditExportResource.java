package com.safereply.review.http;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;

import com.safereply.app.audit.AuditExportService;
import com.safereply.app.audit.AuditRange;
import com.safereply.app.audit.ExportFormat;
import com.safereply.app.review.Approver;
import com.safereply.app.review.ReviewNotFoundException;
import com.safereply.review.auth.ApproverIdentityResolver;

/**
 * The compliance export of a practice's audit trail: maps HTTP to {@link AuditExportService}. One page per request
 * (CSV or JSON lines, in chain order), the next page's cursor in the {@code X-Next-Cursor} header, so neither a
 * request nor the function's memory grows with the range. Logs carry the practice, caller and row count only.
 */
@Path("/practices/{practiceId}/audit/export")
@Tag(name = "audit", description = "Audit trail export for practice admins and the compliance group")
public class AuditExportResource {

    private static final Logger LOG = Logger.getLogger(AuditExportResource.class);
    private static final String ID = "[A-Za-z0-9_-]{1,64}";
    public static final String NEXT_CURSOR = "X-Next-Cursor";

    private final AuditExportService exports;
    private final ApproverIdentityResolver identity;

    public AuditExportResource(AuditExportService exports, ApproverIdentityResolver identity) {
        this.exports = exports;
        this.identity = identity;
    }

    @GET
    @Produces({"text/csv", "application/x-ndjson"})
    @Operation(operationId = "exportAudit", summary = "One page of the practice's audit events from 'from' up to"
            + " 'to', in chain order, with each event's hash chain; no comment or reply text unless includeText,"
            + " which only the compliance group may ask and which is itself audited")
    @APIResponse(responseCode = "200", description = "CSV or JSON lines; X-Next-Cursor names the next page, absent on"
            + " the last")
    @APIResponse(responseCode = "400", description = "Bad range, format, limit or cursor")
    @APIResponse(responseCode = "401", description = "Missing caller claims")
    @APIResponse(responseCode = "403", description = "Not a practice admin or compliance officer; text without the"
            + " compliance group")
    @APIResponse(responseCode = "404", description = "Not the caller's practice")
    public Response export(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") @DefaultValue("csv") String format,
                           @QueryParam("includeText") @DefaultValue("false") String includeText,
                           @QueryParam("cursor") String cursor,
                           @QueryParam("limit") String limit) {
        Approver approver = identity.resolve(request).orElseThrow(UnauthenticatedException::new);
        if (practiceId == null || !practiceId.matches(ID)) {
            throw new ReviewNotFoundException("practice");
        }
        AuditRange range = range(from, to);
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        boolean withText = bool(includeText);
        AuditExportService.ExportPage page = exports.page(approver, practiceId, new AuditExportService.Request(
                range, exportFormat, withText, cursor == null || cursor.isBlank() ? null : cursor,
                limit(limit, withText)));
        LOG.infof("audit export of practice %s by %s: %d rows%s", practiceId, approver.sub(), page.rows().size(),
                withText ? " with text" : "");
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            page.writeTo(exportFormat, writer);
            writer.flush();
        };
        Response.ResponseBuilder answer = Response.ok(body, exportFormat.contentType())
                .header("Cache-Control", "no-store");
        page.nextCursor().ifPresent(next -> answer.header(NEXT_CURSOR, next));
        return answer.build();
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return ReviewErrors.toResponse(e);
    }

    private static AuditRange range(String from, String to) {
        if (from == null || to == null) {
            throw new BadRequestException("from and to are required (ISO-8601 instants, e.g. 2026-11-01T00:00:00Z)");
        }
        try {
            return new AuditRange(Instant.parse(from), Instant.parse(to));
        } catch (DateTimeParseException e) {
            throw new BadRequestException("from and to must be ISO-8601 instants, e.g. 2026-11-01T00:00:00Z");
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequestException("includeText must be true or false");
        };
    }

    /** Without a limit: the default page, or the largest page with text (texts make rows up to 20x longer). */
    private static int limit(String value, boolean withText) {
        if (value == null || value.isBlank()) {
            return withText ? AuditExportService.MAX_LIMIT_WITH_TEXT : AuditExportService.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException("limit must be a number");
        }
    }
}
