package com.dezky.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answers (a request line with characters Tomcat refuses, a URI or headers
 * too long, anything it rejects before a servlet runs) as problem documents instead of its HTML
 * report. Only when nothing was written yet: an error page rendered by the service wins.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus resolved = known == null ? HttpStatus.BAD_REQUEST : known;
        String body = "{\"type\":\"" + ProblemTypes.forStatus(resolved) + "\",\"title\":\"" + resolved.getReasonPhrase()
                + "\",\"status\":" + status + ",\"detail\":\"" + ProblemErrorController.detailFor(resolved) + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The connection is gone or the response is committed: nothing more can be said.
        }
    }
}
